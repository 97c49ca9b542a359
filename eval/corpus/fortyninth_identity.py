"""Identity and civil-status families of the `fortyninth` part (registered in identity.FAMILIES), and the part's own
drawing kit (faces, pens, date forms, state marks, security print and copy habits) that its 9ter and IND modules use.

Written by a writer who saw neither the validator nor its output, from the seeds, rules.md and how such papers look
in Belgian and Dutch files.  Each family's layout, wording and copy habit is described in its function's docstring
only (the part is read blind).

The part's 9ter applicants come from Malawi, Cabo Verde and Laos, its IND applicants from Kazakhstan, Peru and
Armenia.  Importing this module adds the countries that people.COUNTRIES / people.ORIGINS and be9ter.COUNTRIES do not
know yet (with setdefault, new keys only: no entry another part reads is changed).  A Surinamese passport serves only
the IND rule that needs one, a Turkish birth record the 9ter applicants born in Türkiye, and the Peruvian, Kazakh and
Armenian birth records (in Spanish, Kazakh/Russian and Armenian) the IND translation cases; Belgian civil-status
extracts, a Dutch residence card and two sworn translations complete the set.
"""

from __future__ import annotations

import datetime
import io
import math
import random
import zlib

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageOps

from . import be9ter as _b9
from . import identity as _id
from . import mrz as M
from . import people as _pp
from .paper import Sheet, text_width_mm
from .people import Person, strip_accents

PART = "fortyninth"
D = datetime.date
TODAY = D(2026, 12, 1)

# =========================================================================== countries of this part (new keys only)

_NEW_COUNTRIES = {
    "CPV": dict(a2="CV", en="Cabo Verde", nl="Kaapverdië", fr="Cap-Vert", de="Kap Verde",
                adj_en="Cabo Verdean", adj_nl="Kaapverdische", adj_fr="cap-verdienne", adj_de="kap-verdisch"),
    "LAO": dict(a2="LA", en="Laos", nl="Laos", fr="Laos", de="Laos",
                adj_en="Lao", adj_nl="Laotiaanse", adj_fr="laotienne", adj_de="laotisch"),
    "KAZ": dict(a2="KZ", en="Kazakhstan", nl="Kazachstan", fr="Kazakhstan", de="Kasachstan",
                adj_en="Kazakh", adj_nl="Kazachse", adj_fr="kazakhe", adj_de="kasachisch"),
    "PER": dict(a2="PE", en="Peru", nl="Peru", fr="Pérou", de="Peru",
                adj_en="Peruvian", adj_nl="Peruaanse", adj_fr="péruvienne", adj_de="peruanisch"),
}
_NEW_ORIGINS = {
    "CPV": dict(
        m=["João", "Manuel", "Adilson", "Nelson", "Carlos", "Edmilson", "Januário", "Arlindo", "Ivanildo",
           "Domingos", "Hélio", "Zeferino"],
        f=["Maria da Luz", "Ana", "Conceição", "Edna", "Ivone", "Josefa", "Arlinda", "Elisângela", "Neusa",
           "Mirian", "Filomena", "Lurdes"],
        s=["Tavares", "Semedo", "Fortes", "Lopes Monteiro", "dos Santos", "da Veiga", "Varela", "Brito", "Furtado",
           "Rodrigues Pina", "Évora", "Andrade", "Moreno", "Cabral", "Mendes Correia", "da Graça"],
        places=["Praia", "Mindelo", "Assomada", "Espargos", "Sal Rei", "Tarrafal", "Ribeira Grande", "Porto Novo",
                "São Filipe", "Pedra Badejo", "Santa Maria"]),
    "LAO": dict(
        m=["Souksavanh", "Khamphone", "Bounmy", "Somphone", "Phonesavanh", "Vilaysack", "Thongchanh", "Keo",
           "Sengdao", "Khamla", "Anousone", "Bounthavy"],
        f=["Manivone", "Noy", "Chanthaly", "Davone", "Souphaphone", "Keomany", "Latsamy", "Viengkham",
           "Phetsamone", "Bouavanh", "Sisavanh", "Nalinthone"],
        s=["Phommachanh", "Vongsavath", "Sisouphanh", "Keomanivong", "Inthavong", "Souvannavong", "Xayavong",
           "Phanthavong", "Chanthavong", "Sengsouvanh", "Douangmala", "Luangrath", "Sayasane", "Khounnavong",
           "Bounyavong", "Thammavong"],
        places=["Vientiane", "Luang Prabang", "Savannakhet", "Pakse", "Thakhek", "Phonsavan", "Xam Neua",
                "Muang Xay", "Attapeu", "Salavan", "Vang Vieng"]),
    "KAZ": dict(
        m=["Nurlan", "Yerlan", "Daniyar", "Askar", "Bauyrzhan", "Yerzhan", "Talgat", "Aidos", "Marat", "Serik",
           "Dauren", "Arman"],
        f=["Aigerim", "Gulnara", "Dana", "Zhanar", "Aliya", "Saule", "Madina", "Assel", "Dinara", "Kamila",
           "Ainur", "Botagoz"],
        s=["Zhaksylyk", "Abdrakhman", "Nurpeis", "Baimukhan", "Kassym", "Tokhtar", "Zhumabay", "Akhmet", "Tulegen",
           "Kenzhebek", "Sagyndyk", "Serikbay", "Omarkhan", "Yessen", "Kim", "Ten"],
        places=["Almaty", "Astana", "Shymkent", "Karaganda", "Aktobe", "Taraz", "Pavlodar", "Oskemen", "Semey",
                "Kyzylorda", "Atyrau"]),
    "PER": dict(
        m=["José Luis", "Juan Carlos", "Luis Alberto", "Wilmer", "Edwin", "Percy", "Jhon", "Víctor Hugo", "César",
           "Miguel Ángel", "Elmer", "Franklin"],
        f=["María del Carmen", "Rosa", "Yesenia", "Milagros", "Lucía", "Flor de María", "Gladys", "Katherine",
           "Diana", "Marleny", "Janet", "Sonia"],
        s=["Quispe Mamani", "García Huamán", "Flores Condori", "Rodríguez Chávez", "Sánchez Ramos", "Huamaní Torres",
           "Vargas Llosa", "Mendoza de la Cruz", "Ccori Apaza", "Rojas Paredes", "Díaz Chambi", "Gutiérrez Ticona",
           "Cárdenas Pumacahua", "Del Águila Ríos", "Castillo Ñahui", "Inga Choque"],
        places=["Lima", "Arequipa", "Trujillo", "Chiclayo", "Cusco", "Piura", "Huancayo", "Iquitos", "Puno",
                "Tacna", "Ayacucho"]),
}
for _k, _v in _NEW_COUNTRIES.items():
    _pp.COUNTRIES.setdefault(_k, _v)
    _pp._EN_TO_A3.setdefault(_v["en"], _k)
for _k, _v in _NEW_ORIGINS.items():
    _pp.ORIGINS.setdefault(_k, _v)

_B9_COUNTRIES = {
    "CPV": dict(capital="Praia", hospital="Hospital Universitário Agostinho Neto, Praia", currency="CVE",
                wage="17 000 CVE", lang="fr",
                insurance_en="The social security institute (INPS) covers only salaried workers; others pay for "
                             "consultations and medicines, and specialised care is often only available through an "
                             "evacuation to Portugal that the state grants to few patients.",
                insurance_fr="L'institut de sécurité sociale (INPS) ne couvre que les salariés ; les autres paient "
                             "consultations et médicaments, et les soins spécialisés ne sont souvent accessibles que par "
                             "une évacuation vers le Portugal que l'État n'accorde qu'à peu de patients.",
                insurance_nl="Het socialezekerheidsinstituut (INPS) dekt alleen werknemers in loondienst; anderen "
                             "betalen consultaties en geneesmiddelen zelf, en gespecialiseerde zorg is vaak alleen "
                             "bereikbaar via een evacuatie naar Portugal die de staat aan weinig patiënten toekent.",
                insurance_de="Das Sozialversicherungsinstitut (INPS) deckt nur Angestellte; andere zahlen Sprechstunden "
                             "und Medikamente selbst, Fachbehandlung gibt es oft nur über eine Verlegung nach Portugal, "
                             "die der Staat wenigen Patienten gewährt."),
    "LAO": dict(capital="Vientiane", hospital="Mahosot Hospital, Vientiane", currency="LAK",
                wage="1 600 000 LAK", lang="fr",
                insurance_en="The national health insurance pays a small flat amount per visit; medicines for "
                             "chronic illness are mostly bought privately and specialised care is sought in Thailand "
                             "by those who can pay.",
                insurance_fr="L'assurance maladie nationale ne paie qu'un petit forfait par visite ; les médicaments "
                             "des maladies chroniques s'achètent surtout à titre privé et les soins spécialisés sont "
                             "recherchés en Thaïlande par ceux qui peuvent payer.",
                insurance_nl="De nationale ziekteverzekering betaalt slechts een klein forfait per bezoek; "
                             "geneesmiddelen voor chronische ziekten worden meestal privé gekocht en gespecialiseerde "
                             "zorg wordt door wie kan betalen in Thailand gezocht.",
                insurance_de="Die staatliche Krankenversicherung zahlt nur eine kleine Pauschale pro Besuch; "
                             "Medikamente für chronische Krankheiten werden meist privat gekauft, Fachbehandlung suchen "
                             "Zahlungsfähige in Thailand."),
}
for _k, _v in _B9_COUNTRIES.items():
    _b9.COUNTRIES.setdefault(_k, {**_NEW_COUNTRIES[_k], **_v})
    _b9._EN2A3.setdefault(_NEW_COUNTRIES[_k]["en"].lower(), _k)
_b9._EN2A3.setdefault("cape verde", "CPV")

# =========================================================================== faces, pens, inks
_T = "/usr/share/fonts/truetype"
_O = "/usr/share/fonts/opentype"
_U = f"{_O}/urw-base35"
SERIF, SERIF_B, SERIF_I = (f"{_T}/liberation/LiberationSerif-Regular.ttf", f"{_T}/liberation/LiberationSerif-Bold.ttf",
                           f"{_T}/liberation/LiberationSerif-Italic.ttf")
SANS, SANS_B, SANS_I = (f"{_T}/liberation/LiberationSans-Regular.ttf", f"{_T}/liberation/LiberationSans-Bold.ttf",
                        f"{_T}/liberation/LiberationSans-Italic.ttf")
NARROW, NARROW_B = f"{_T}/liberation/LiberationSansNarrow-Regular.ttf", f"{_T}/liberation/LiberationSansNarrow-Bold.ttf"
MONO, MONO_B = f"{_T}/liberation/LiberationMono-Regular.ttf", f"{_T}/liberation/LiberationMono-Bold.ttf"
CARL, CARL_B, CARL_I = (f"{_T}/crosextra/Carlito-Regular.ttf", f"{_T}/crosextra/Carlito-Bold.ttf",
                        f"{_T}/crosextra/Carlito-Italic.ttf")
CALA, CALA_B, CALA_I = (f"{_T}/crosextra/Caladea-Regular.ttf", f"{_T}/crosextra/Caladea-Bold.ttf",
                        f"{_T}/crosextra/Caladea-Italic.ttf")
DV, DV_B = f"{_T}/dejavu/DejaVuSans.ttf", f"{_T}/dejavu/DejaVuSans-Bold.ttf"
DVC, DVC_B = f"{_T}/dejavu/DejaVuSansCondensed.ttf", f"{_T}/dejavu/DejaVuSansCondensed-Bold.ttf"
DVS, DVS_B, DVS_I = (f"{_T}/dejavu/DejaVuSerif.ttf", f"{_T}/dejavu/DejaVuSerif-Bold.ttf",
                     f"{_T}/dejavu/DejaVuSerif-Italic.ttf")
DVSC, DVSC_B = f"{_T}/dejavu/DejaVuSerifCondensed.ttf", f"{_T}/dejavu/DejaVuSerifCondensed-Bold.ttf"
DVM, DVM_B = f"{_T}/dejavu/DejaVuSansMono.ttf", f"{_T}/dejavu/DejaVuSansMono-Bold.ttf"
FREE, FREE_B, FREE_I = f"{_T}/freefont/FreeSerif.ttf", f"{_T}/freefont/FreeSerifBold.ttf", f"{_T}/freefont/FreeSerifItalic.ttf"
FSANS, FSANS_B = f"{_T}/freefont/FreeSans.ttf", f"{_T}/freefont/FreeSansBold.ttf"
FMONO = f"{_T}/freefont/FreeMono.ttf"
NSANS, NSANS_B = f"{_U}/NimbusSans-Regular.otf", f"{_U}/NimbusSans-Bold.otf"
NNARROW, NNARROW_B = f"{_U}/NimbusSansNarrow-Regular.otf", f"{_U}/NimbusSansNarrow-Bold.otf"
NROMAN, NROMAN_B, NROMAN_I = f"{_U}/NimbusRoman-Regular.otf", f"{_U}/NimbusRoman-Bold.otf", f"{_U}/NimbusRoman-Italic.otf"
SCHOOL, SCHOOL_B, SCHOOL_I = f"{_U}/C059-Roman.otf", f"{_U}/C059-Bold.otf", f"{_U}/C059-Italic.otf"
PALA, PALA_B, PALA_I = f"{_U}/P052-Roman.otf", f"{_U}/P052-Bold.otf", f"{_U}/P052-Italic.otf"
BOOKM, BOOKM_B = f"{_U}/URWBookman-Light.otf", f"{_U}/URWBookman-Demi.otf"
GOTH, GOTH_B = f"{_U}/URWGothic-Book.otf", f"{_U}/URWGothic-Demi.otf"
NMONO, NMONO_B = f"{_U}/NimbusMonoPS-Regular.otf", f"{_U}/NimbusMonoPS-Bold.otf"
TYPEW, TYPEW_B = f"{_O}/courier-prime/Courier Prime.otf", f"{_O}/courier-prime/Courier Prime Bold.otf"
OCRB = f"{_T}/dejavu/DejaVuSansMono.ttf"
# pens
PEN_PLAIN, PEN_SLANT, PEN_BOLD = f"{_T}/fifthhorseman/dkg.ttf", f"{_T}/fifthhorseman/dkgIt.ttf", f"{_T}/fifthhorseman/dkgBd.ttf"
PEN_FELT = f"{_T}/breip/Breip.ttf"
PEN_NIB = f"{_U}/Z003-MediumItalic.otf"
PEN_CAPS = f"{_T}/humor-sans/Humor-Sans.ttf"

INK = (0, 0, 0)
GREY1, GREY2, GREY3, GREY4 = (60, 60, 64), (110, 110, 116), (165, 165, 170), (216, 216, 220)
BALL_BLUE, BALL_BLACK, GEL_GREEN, FOUNTAIN, PURPLE_INK = (26, 44, 150), (34, 34, 40), (20, 100, 70), (18, 36, 104), \
    (90, 40, 130)
RUBBER_BLUE, RUBBER_VIOLET, RUBBER_RED, RUBBER_GREEN, RUBBER_BLACK = (36, 70, 176), (110, 52, 152), (186, 40, 52), \
    (30, 116, 86), (48, 48, 54)
LEAD = (118, 118, 120)

# --------------------------------------------------------------------------- text
_CMAP: dict[str, set | None] = {}
_SUBST = {"–": "-", "—": "-", "’": "'", "‘": "'", "“": '"', "”": '"', "«": '"', "»": '"', "…": "...", "€": "EUR",
          "°": "o", "•": "-", "·": "-", "✓": "v", "×": "x", "№": "No", "ı": "i", "İ": "I", "ş": "s", "Ş": "S",
          "ğ": "g", "Ğ": "G", "œ": "oe", "ñ": "n", "Ñ": "N"}


def glyphs(s, face: str) -> str:
    """What ``face`` can draw of ``s``: a missing glyph becomes a near form or is dropped."""
    if face not in _CMAP:
        try:
            from fontTools.ttLib import TTFont
            _CMAP[face] = set(TTFont(face, lazy=True).getBestCmap().keys())
        except (OSError, ImportError, KeyError, AttributeError):
            _CMAP[face] = None
    cov = _CMAP[face]
    s = str(s)
    if not cov:
        return s
    out = []
    for ch in s:
        if ch == "\n" or ord(ch) in cov:
            out.append(ch)
            continue
        alt = _SUBST.get(ch) or strip_accents(ch)
        out.append(alt if alt and all(ord(a) in cov for a in alt) else "")
    return "".join(out)


def tx(sh: Sheet, x, y, s, *, f=SANS, pt=10.0, col=INK, at="left", sp=0.0) -> float:
    """One line with its top at y; returns its width in mm."""
    return sh.text(x, y, glyphs(s, f), font=f, size_pt=pt, color=col, anchor=at, letter_spacing=sp)


def tw(s, f=SANS, pt=10.0) -> float:
    return text_width_mm(glyphs(s, f), f, pt)


def fitpt(s, width, f=SANS, pt=10.0, lo=5.0) -> float:
    while pt > lo and tw(s, f, pt) > width:
        pt -= 0.25
    return pt


def txfit(sh: Sheet, x, y, s, width, *, f=SANS, pt=10.0, col=INK, at="left") -> float:
    return tx(sh, x, y, s, f=f, pt=fitpt(s, width, f, pt), col=col, at=at)


def para(sh: Sheet, x, y, width, s, *, f=SERIF, pt=10.5, lead=1.4, al="left", col=INK) -> float:
    """Wrapped text; returns the y under it."""
    return sh.paragraph(x, y, width, glyphs(s, f), font=f, size_pt=pt, leading=lead, align=al, color=col)


def wrapped(sh: Sheet, s, width, f=SERIF, pt=10.5) -> list[str]:
    return sh.wrap(glyphs(s, f), width, font=f, size_pt=pt)


def lh(pt: float, lead: float = 1.4) -> float:
    return pt * 0.3528 * lead


def pen(sh: Sheet, x, y, s, rng, *, f=PEN_PLAIN, pt=12.0, col=BALL_BLUE, maxw=None, caps=False) -> float:
    """Words written with a pen, made smaller to fit maxw mm."""
    s = str(s)
    if caps:
        s = strip_accents(s).upper()
    s = glyphs(s, f)
    if not s.strip():
        return 0.0
    if maxw:
        while pt > 7 and tw(s, f, pt) * 1.18 > maxw:
            pt -= 0.5
    return sh.handwriting(x, y, s, rng, size_pt=pt, color=col, font=f)


def pen_lines(sh: Sheet, x, y, width, s, rng, *, f=PEN_PLAIN, pt=11.0, step=6.0, col=BALL_BLUE, n=30,
              caps=False) -> float:
    if caps:
        s = strip_accents(s).upper()
    for ln in sh.wrap(glyphs(s, f), width * 0.84, font=f, size_pt=pt)[:n]:
        pen(sh, x + rng.uniform(-0.5, 0.5), y + rng.uniform(-0.3, 0.3), ln, rng, f=f, pt=pt, col=col)
        y += step
    return y


def sign(sh: Sheet, x, y, rng, *, w=None, h=None, col=BALL_BLUE, style=None) -> None:
    sh.signature(x, y, w or rng.uniform(30, 44), h or rng.uniform(9, 14), rng, color=col, style=style)


def rubber(sh: Sheet, x, y, lines, rng, *, shape="round", col=RUBBER_BLUE, mm=30.0, angle=None):
    return sh.stamp(x, y, [glyphs(s, SANS_B) for s in lines], rng, shape=shape, color=col, size_mm=mm, angle=angle)


def box(sh: Sheet, x, y, w, h, *, lw=0.25, col=INK, fill=None) -> None:
    sh.rect(x, y, w, h, width_mm=lw, color=col, fill=fill)


def band(sh: Sheet, x, y, w, h, col) -> None:
    sh.rect(x, y, w, h, width_mm=0, color=col, fill=col)


def hl(sh: Sheet, x1, x2, y, *, lw=0.2, col=INK, dash=None) -> None:
    sh.rule(x1, y, x2, y, width_mm=lw, color=col, dash=dash)


def vl(sh: Sheet, x, y1, y2, *, lw=0.2, col=INK, dash=None) -> None:
    sh.rule(x, y1, x, y2, width_mm=lw, color=col, dash=dash)


def crc(*parts) -> int:
    return zlib.crc32("|".join(str(p) for p in parts).encode("utf-8"))


def digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def pdigits(person: Person, tag: str, n: int) -> str:
    """Digits drawn from the person alone (so that a translation can repeat them)."""
    r = random.Random(crc(person.surname, person.given_names, person.birth_date, tag))
    return digits(r, n)


def mark(sh: Sheet, x, y, size, rng, *, col=BALL_BLUE, kind="tick") -> None:
    """A pen mark over a box: a tick, a cross, a ring round it or a filled scribble."""
    n = max(30, int(size * 40))
    img = Image.new("RGBA", (n, n), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    j = lambda: rng.uniform(-0.07, 0.07) * n  # noqa: E731
    c4 = col + (255,)
    wd = max(2, n // 10)
    if kind == "cross":
        d.line([(0.1 * n + j(), 0.12 * n + j()), (0.9 * n + j(), 0.88 * n + j())], fill=c4, width=wd)
        d.line([(0.88 * n + j(), 0.1 * n + j()), (0.12 * n + j(), 0.9 * n + j())], fill=c4, width=wd)
    elif kind == "ring":
        d.ellipse([0.02 * n, 0.06 * n + j(), 0.98 * n, 0.94 * n + j()], outline=c4, width=wd)
    elif kind == "fill":
        for k in range(8):
            yy = 0.12 * n + k * 0.1 * n
            d.line([(0.1 * n + j(), yy + j()), (0.9 * n + j(), yy + 0.08 * n + j())], fill=c4, width=wd)
    else:
        d.line([(0.06 * n + j(), 0.5 * n + j()), (0.36 * n + j(), 0.86 * n + j()), (0.96 * n + j(), 0.04 * n + j())],
               fill=c4, width=wd, joint="curve")
    sh.image(x - size * 0.12, y - size * 0.15, size * 1.25, size * 1.25, img, blend="multiply")


def cbox(sh: Sheet, x, y, size, on: bool, rng=None, *, col=BALL_BLUE, kind="tick") -> None:
    """A printed box, left empty, ticked with a pen (rng given) or typed over with an X (no rng)."""
    box(sh, x, y, size, size, lw=0.25)
    if not on:
        return
    if rng is None:
        tx(sh, x + size / 2, y - size * 0.1, "X", f=MONO_B, pt=size * 2.6, at="center")
    else:
        mark(sh, x, y, size, rng, col=col, kind=kind)


# --------------------------------------------------------------------------- dates

MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
           "décembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
           "Dezember"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
           "novembro", "dezembro"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "setiembre", "octubre",
           "noviembre", "diciembre"],
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
           "ноября", "декабря"],
    "kk": ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан",
           "қараша", "желтоқсан"],
    "hy": ["հունվարի", "փետրվարի", "մարտի", "ապրիլի", "մայիսի", "հունիսի", "հուլիսի", "օգոստոսի", "սեպտեմբերի",
           "հոկտեմբերի", "նոյեմբերի", "դեկտեմբերի"],
    "tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım",
           "Aralık"],
}
MON3 = {"en": ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"],
        "pt": ["JAN", "FEV", "MAR", "ABR", "MAI", "JUN", "JUL", "AGO", "SET", "OUT", "NOV", "DEZ"],
        "es": ["ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SET", "OCT", "NOV", "DIC"],
        "fr": ["JANV", "FÉVR", "MARS", "AVR", "MAI", "JUIN", "JUIL", "AOÛT", "SEPT", "OCT", "NOV", "DÉC"],
        "nl": ["JAN", "FEB", "MRT", "APR", "MEI", "JUN", "JUL", "AUG", "SEP", "OKT", "NOV", "DEC"]}


def dn(d: D, sep: str = ".", pad: bool = True, order: str = "dmy", yy: bool = False) -> str:
    """14.07.1982, 14/7/1982, 1982-07-14 (order 'ymd')."""
    y = f"{d.year % 100:02d}" if yy else str(d.year)
    dd_, mm_ = (f"{d.day:02d}", f"{d.month:02d}") if pad else (str(d.day), str(d.month))
    if order == "ymd":
        return f"{y}{sep}{mm_}{sep}{dd_}"
    return f"{dd_}{sep}{mm_}{sep}{y}"


def dw(d: D, lang: str) -> str:
    """'14 juli 1982', '1er mars 2026', '3. März 2026', '14 de julho de 1982', '14 de julio de 1982',
    '14 июля 1982 г.', '1982 жылғы 14 шілде', '14 հուլիսի 1982 թ.'."""
    m = MONTHS.get(lang, MONTHS["en"])[d.month - 1]
    if lang == "fr":
        return f"{'1er' if d.day == 1 else d.day} {m} {d.year}"
    if lang == "de":
        return f"{d.day}. {m} {d.year}"
    if lang in ("pt", "es"):
        return f"{d.day} de {m} de {d.year}"
    if lang == "ru":
        return f"{d.day} {m} {d.year} г."
    if lang == "kk":
        return f"{d.year} жылғы {d.day} {m}"
    if lang == "hy":
        return f"{d.day} {m} {d.year} թ."
    return f"{d.day} {m} {d.year}"


def d3(d: D, lang: str = "en", both: str | None = None) -> str:
    """'14 JUL 1982' or, with both='en', '14 JUL/JUL 1982'."""
    a = MON3.get(lang, MON3["en"])[d.month - 1]
    if both:
        b = MON3[both][d.month - 1]
        a = a if a == b else f"{a}/{b}"
    return f"{d.day:02d} {a} {d.year}"


def dates_for(rng: random.Random, issue, expiry, years: int, back=(60, 1800)):
    if issue is None:
        issue = TODAY - datetime.timedelta(days=rng.randint(*back))
    if expiry is None:
        try:
            expiry = issue.replace(year=issue.year + years) - datetime.timedelta(days=1)
        except ValueError:
            expiry = issue + datetime.timedelta(days=365 * years)
    return issue, expiry


def registered_on(person: Person, tag: str, lo: int = 3, hi: int = 45) -> D:
    """The day the birth was registered, drawn from the person alone."""
    return person.birth_date + datetime.timedelta(days=lo + crc(person.surname, person.birth_date, tag) % (hi - lo))


def copied_on(person: Person, tag: str, lo: int = 40, hi: int = 900) -> D:
    return TODAY - datetime.timedelta(days=lo + crc(person.given_names, person.birth_date, tag) % (hi - lo))


# --------------------------------------------------------------------------- copy habits (raster)

def raster(sh: Sheet, dpi: int = 200) -> Image.Image:
    return sh.render(dpi)


def on_sheet(img: Image.Image, w: float = 210.0, h: float = 297.0) -> Sheet:
    out = Sheet(w, h)
    out.image(0, 0, w, h, img)
    return out


def quarter_turn(sh: Sheet, q: int, dpi: int = 200) -> Sheet:
    """The copy turned by q x 90 degrees counter-clockwise; a quarter turn swaps the page's sides."""
    img = raster(sh, dpi)
    q %= 4
    if q:
        img = img.transpose({1: Image.ROTATE_90, 2: Image.ROTATE_180, 3: Image.ROTATE_270}[q])
    w, h = (sh.height_mm, sh.width_mm) if q % 2 else (sh.width_mm, sh.height_mm)
    return on_sheet(img, w, h)


def tilted(sh: Sheet, deg: float, dpi: int = 200, fill=(255, 255, 255)) -> Sheet:
    img = raster(sh, dpi).rotate(deg, resample=Image.BICUBIC, expand=False, fillcolor=fill)
    return on_sheet(img, sh.width_mm, sh.height_mm)


def toner(sh: Sheet, dpi: int = 200, contrast: float = 1.0, lift: int = 0) -> Sheet:
    """A black-and-white copy: grey levels only, optionally harder (contrast) or paler (lift)."""
    img = raster(sh, dpi).convert("L")
    if contrast != 1.0 or lift:
        img = img.point(lambda v: max(0, min(255, int(128 + (v - 128) * contrast) + lift)))
    return on_sheet(img.convert("RGB"), sh.width_mm, sh.height_mm)


def aged(sh: Sheet, tone=(246, 236, 208), dpi: int = 200, spots: int = 0, rng=None) -> Sheet:
    """Old paper: the white gone yellow-brown, a few foxing spots."""
    img = raster(sh, dpi)
    img = ImageChops.multiply(img, Image.new("RGB", img.size, tone))
    if spots and rng is not None:
        d = ImageDraw.Draw(img, "RGBA")
        W, H = img.size
        for _ in range(spots):
            x, y, r = rng.randint(0, W), rng.randint(0, H), rng.randint(3, 12)
            d.ellipse([x - r, y - r, x + r, y + r], fill=(170, 130, 80, rng.randint(25, 60)))
    return on_sheet(img, sh.width_mm, sh.height_mm)


def crease(sh: Sheet, rng: random.Random, *, at: float = 0.5, vertical: bool = False, dpi: int = 200) -> Sheet:
    """A sheet that was folded before it was copied: a soft dark line with a lighter edge along the fold."""
    img = raster(sh, dpi)
    W, H = img.size
    d = ImageDraw.Draw(img, "RGBA")
    p = int((W if vertical else H) * at) + rng.randint(-6, 6)
    for k in range(-7, 8):
        a = int(60 * math.exp(-(k * k) / 10.0))
        if vertical:
            d.line([(p + k, 0), (p + k + rng.randint(-3, 3), H)], fill=(70, 70, 70, a))
        else:
            d.line([(0, p + k), (W, p + k + rng.randint(-3, 3))], fill=(70, 70, 70, a))
    return on_sheet(img, sh.width_mm, sh.height_mm)


def crushed(sh: Sheet, quality: int = 25, dpi: int = 150) -> Sheet:
    """Saved once as a heavily compressed JPEG (blocky halos round the letters) before it reached the lawyer."""
    img = raster(sh, dpi)
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality)
    return on_sheet(Image.open(io.BytesIO(buf.getvalue())).convert("RGB"), sh.width_mm, sh.height_mm)


def scaled(sh: Sheet, k: float, *, top: float | None = None, left: float | None = None, dpi: int = 200,
           w: float | None = None, h: float | None = None) -> Sheet:
    """The page copied at k onto a fresh sheet (centred unless top/left are given)."""
    img = raster(sh, dpi)
    W, H = w or sh.width_mm, h or sh.height_mm
    out = Sheet(W, H)
    ww, hh = sh.width_mm * k, sh.height_mm * k
    out.image((W - ww) / 2 if left is None else left, (H - hh) / 2 if top is None else top, ww, hh, img)
    return out


def desk_photo(sh: Sheet, rng: random.Random, *, surface: str = "oak", dpi: int = 160, lamp: bool = False) -> Sheet:
    """Photographed with a phone from above: the page a little trapezoid on a table top (oak planks, a grey
    laminate, or a tablecloth with a checked pattern), the corners darker, a warm cast from a lamp when ``lamp``."""
    img = raster(sh, dpi)
    W, H = img.size
    if surface == "cloth":
        bg = Image.new("RGB", (W, H), (196, 64, 60))
        d = ImageDraw.Draw(bg)
        st = max(12, W // 24)
        for i in range(0, W, st * 2):
            d.rectangle([i, 0, i + st, H], fill=(228, 220, 214))
        for j in range(0, H, st * 2):
            d.rectangle([0, j, W, j + st], fill=(212, 120, 116))
    elif surface == "laminate":
        bg = Image.new("RGB", (W, H), (150, 152, 156))
        d = ImageDraw.Draw(bg)
        for y in range(0, H, 5):
            g = 150 + rng.randint(-8, 8)
            d.line([(0, y), (W, y)], fill=(g, g + 2, g + 6), width=3)
    else:
        base = rng.choice([(168, 120, 74), (186, 140, 92), (140, 98, 62)])
        bg = Image.new("RGB", (W, H), base)
        d = ImageDraw.Draw(bg)
        plank = max(40, W // 5)
        for x in range(0, W, 2):
            k = int(14 * math.sin(x / 11.0) + 10 * math.sin(x / 37.0))
            if x % plank < 3:
                k -= 50
            d.line([(x, 0), (x, H)], fill=tuple(max(0, min(255, c + k)) for c in base))
    s = rng.uniform(0.8, 0.88)
    pw, ph = int(W * s), int(H * s)
    page = img.resize((pw, ph), Image.BILINEAR)
    j = lambda: rng.randint(-int(W * 0.03), int(W * 0.03))  # noqa: E731
    quad = (j(), j(), j(), ph + j(), pw + j(), ph + j(), pw + j(), j())
    page = page.transform((pw, ph), Image.QUAD, quad, Image.BILINEAR, fillcolor=(80, 80, 80))
    ox, oy = (W - pw) // 2 + rng.randint(-14, 14), (H - ph) // 2 + rng.randint(-14, 14)
    shade = Image.new("L", (pw, ph), 0)
    ImageDraw.Draw(shade).rectangle([0, 0, pw, ph], fill=110)
    bg.paste((30, 24, 20), (ox + 10, oy + 12), shade.filter(ImageFilter.GaussianBlur(8)))
    bg.paste(page, (ox, oy))
    vig = Image.radial_gradient("L").resize((int(W * 1.6), int(H * 1.6))).crop(
        (int(W * 0.3), int(H * 0.3), int(W * 1.3), int(H * 1.3)))
    vig = vig.point(lambda v: 255 - int(v * 0.4))
    bg = ImageChops.multiply(bg, Image.merge("RGB", (vig, vig, vig)))
    if lamp:
        bg = ImageChops.multiply(bg, Image.new("RGB", (W, H), (255, 238, 206)))
    return on_sheet(bg.filter(ImageFilter.GaussianBlur(0.6)), sh.width_mm, sh.height_mm)


def streak(sh: Sheet, rng: random.Random, dpi: int = 200) -> Sheet:
    """A dirty drum in the copier: one or two thin grey lines running down the whole page."""
    img = raster(sh, dpi)
    W, H = img.size
    d = ImageDraw.Draw(img, "RGBA")
    for _ in range(rng.choice([1, 2])):
        x = rng.randint(W // 6, W - W // 6)
        d.line([(x, 0), (x + rng.randint(-4, 4), H)], fill=(60, 60, 60, 120), width=rng.choice([2, 3]))
    return on_sheet(img, sh.width_mm, sh.height_mm)


def punched(sh: Sheet, *, side: str = "left") -> None:
    """Two punched holes of a ring binder copied as black discs at the margin."""
    disc = Image.new("RGBA", (60, 60), (0, 0, 0, 0))
    ImageDraw.Draw(disc).ellipse([2, 2, 58, 58], fill=(24, 24, 24, 255))
    x = 6 if side == "left" else sh.width_mm - 12
    for y in (sh.height_mm / 2 - 40, sh.height_mm / 2 + 40):
        sh.image(x, y - 3, 6, 6, disc)


def staple(sh: Sheet, x, y, angle: float = -30.0) -> None:
    img = Image.new("RGBA", (140, 40), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.line([(8, 20), (132, 20)], fill=(90, 90, 96, 255), width=7)
    d.line([(8, 20), (8, 30)], fill=(90, 90, 96, 255), width=5)
    d.line([(132, 20), (132, 30)], fill=(90, 90, 96, 255), width=5)
    img = img.rotate(angle, expand=True, resample=Image.BICUBIC)
    sh.image(x, y, 12, 12 * img.height / img.width, img)


def sticky(sh: Sheet, x, y, text: str, rng: random.Random, *, col=(252, 236, 120)) -> None:
    """A yellow sticky note stuck on the page before copying, with a few words in felt pen."""
    img = Image.new("RGBA", (300, 300), col + (255,))
    ImageDraw.Draw(img).rectangle([0, 0, 299, 30], fill=tuple(max(0, c - 18) for c in col) + (255,))
    img = img.rotate(rng.uniform(-6, 6), expand=True, resample=Image.BICUBIC)
    sh.image(x, y, 38, 38, img)
    pen(sh, x + 4, y + 10, text, rng, f=PEN_FELT, pt=13, col=BALL_BLACK, maxw=30)


def marker(sh: Sheet, x, y, w, h, col=(255, 240, 60)) -> None:
    """A highlighter stroke over a line of text."""
    img = Image.new("RGBA", (200, 20), col + (110,))
    sh.image(x, y, w, h, img, blend="multiply")


# --------------------------------------------------------------------------- security print and marks

def rosette(w_mm: float, h_mm: float, rng: random.Random, bg, ink_, k: float = 6.0) -> Image.Image:
    """A security ground of concentric guilloche rosettes (epicycloid rings) round two centres on a tint."""
    W, H = max(8, int(w_mm * k)), max(8, int(h_mm * k))
    img = Image.new("RGB", (W, H), bg)
    d = ImageDraw.Draw(img)
    for cx, cy in ((W * rng.uniform(0.2, 0.4), H * 0.5), (W * rng.uniform(0.65, 0.85), H * rng.uniform(0.3, 0.7))):
        for r0 in range(int(min(W, H) * 0.08), int(max(W, H) * 0.7), max(6, int(k * 2.2))):
            pts = []
            lobes = rng.choice([9, 12, 15])
            for t in range(0, 361, 3):
                a = math.radians(t)
                r = r0 * (1 + 0.06 * math.sin(lobes * a))
                pts.append((cx + r * math.cos(a), cy + r * math.sin(a)))
            d.line(pts, fill=ink_, width=1)
    return img


def crest(sh: Sheet, x, y, size, kind: str, col=(60, 60, 66)) -> None:
    """A small drawn state mark (not a real coat of arms): a rising sun over waves ('sunrise'), a ring of ten stars
    ('stars'), a stupa with tiered roofs ('stupa'), a roof-wheel with rays ('shanyrak'), a shield parted in three
    ('shield3'), a round seal with a mountain ('mountain'), a tree ('tree'), a lion ('lion') or a tricolour ring
    ('ring')."""
    n = int(size * 12)
    img = Image.new("RGBA", (n, n), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    c4 = col + (255,)
    m = n / 2
    lw = max(2, n // 28)
    if kind == "sunrise":
        d.pieslice([n * 0.2, n * 0.22, n * 0.8, n * 0.82], 180, 360, fill=c4)
        for k in range(9):
            a = math.pi + k * math.pi / 8
            d.line([(m + n * 0.34 * math.cos(a), n * 0.52 + n * 0.34 * math.sin(a)),
                    (m + n * 0.46 * math.cos(a), n * 0.52 + n * 0.46 * math.sin(a))], fill=c4, width=lw)
        for k in range(3):
            yy = n * (0.62 + k * 0.1)
            d.line([(n * (0.14 + 0.1 * math.sin(t / 2)) + t * n * 0.08, yy + n * 0.03 * math.sin(t)) for t in range(10)],
                   fill=c4, width=lw)
    elif kind == "stars":
        for k in range(10):
            a = -math.pi / 2 + k * 2 * math.pi / 10
            cx, cy = m + n * 0.38 * math.cos(a), m + n * 0.38 * math.sin(a)
            p = []
            for i in range(10):
                rr = n * 0.06 if i % 2 == 0 else n * 0.025
                b = -math.pi / 2 + i * math.pi / 5
                p.append((cx + rr * math.cos(b), cy + rr * math.sin(b)))
            d.polygon(p, fill=c4)
        d.ellipse([n * 0.3, n * 0.3, n * 0.7, n * 0.7], outline=c4, width=lw)
        d.line([(n * 0.34, n * 0.56), (n * 0.66, n * 0.56)], fill=c4, width=lw)
    elif kind == "stupa":
        d.polygon([(m, n * 0.05), (m + n * 0.04, n * 0.3), (m - n * 0.04, n * 0.3)], fill=c4)
        for k, wdt in enumerate((0.16, 0.26, 0.36)):
            y0 = n * (0.3 + k * 0.14)
            d.polygon([(m - n * wdt, y0 + n * 0.12), (m, y0), (m + n * wdt, y0 + n * 0.12)], fill=c4)
        d.rectangle([n * 0.14, n * 0.74, n * 0.86, n * 0.8], fill=c4)
        d.arc([n * 0.05, n * 0.1, n * 0.95, n * 1.0], 200, 340, fill=c4, width=lw)
    elif kind == "shanyrak":
        d.ellipse([n * 0.08, n * 0.08, n * 0.92, n * 0.92], outline=c4, width=lw * 2)
        d.ellipse([n * 0.32, n * 0.32, n * 0.68, n * 0.68], outline=c4, width=lw * 2)
        for k in range(16):
            a = k * math.pi / 8
            d.line([(m + n * 0.18 * math.cos(a), m + n * 0.18 * math.sin(a)),
                    (m + n * 0.42 * math.cos(a), m + n * 0.42 * math.sin(a))], fill=c4, width=lw)
        d.line([(n * 0.38, m), (n * 0.62, m)], fill=c4, width=lw)
        d.line([(m, n * 0.38), (m, n * 0.62)], fill=c4, width=lw)
    elif kind == "shield3":
        d.polygon([(n * 0.15, n * 0.1), (n * 0.85, n * 0.1), (n * 0.85, n * 0.55), (m, n * 0.92), (n * 0.15, n * 0.55)],
                  outline=c4, width=lw * 2)
        d.line([(m, n * 0.1), (m, n * 0.5)], fill=c4, width=lw)
        d.line([(n * 0.15, n * 0.5), (n * 0.85, n * 0.5)], fill=c4, width=lw)
        d.ellipse([n * 0.22, n * 0.2, n * 0.42, n * 0.4], outline=c4, width=lw)
        d.line([(n * 0.68, n * 0.18), (n * 0.68, n * 0.44)], fill=c4, width=lw * 2)
        d.ellipse([n * 0.44, n * 0.56, n * 0.56, n * 0.72], fill=c4)
    elif kind == "mountain":
        d.ellipse([n * 0.04, n * 0.04, n * 0.96, n * 0.96], outline=c4, width=lw * 2)
        d.polygon([(n * 0.18, n * 0.7), (n * 0.42, n * 0.3), (n * 0.52, n * 0.44), (n * 0.62, n * 0.34),
                   (n * 0.82, n * 0.7)], fill=c4)
        d.arc([n * 0.3, n * 0.62, n * 0.7, n * 0.9], 0, 180, fill=c4, width=lw)
    elif kind == "tree":
        d.rectangle([m - n * 0.04, n * 0.5, m + n * 0.04, n * 0.9], fill=c4)
        d.ellipse([n * 0.2, n * 0.1, n * 0.8, n * 0.6], fill=c4)
        d.rectangle([n * 0.25, n * 0.88, n * 0.75, n * 0.94], fill=c4)
    elif kind == "lion":
        d.ellipse([n * 0.28, n * 0.12, n * 0.6, n * 0.42], fill=c4)
        d.polygon([(n * 0.36, n * 0.38), (n * 0.74, n * 0.46), (n * 0.8, n * 0.9), (n * 0.26, n * 0.9)], fill=c4)
        d.line([(n * 0.8, n * 0.56), (n * 0.94, n * 0.3)], fill=c4, width=lw * 2)
        d.line([(n * 0.28, n * 0.5), (n * 0.08, n * 0.36)], fill=c4, width=lw * 2)
    else:
        d.ellipse([n * 0.06, n * 0.06, n * 0.94, n * 0.94], outline=c4, width=lw * 3)
        d.ellipse([n * 0.26, n * 0.26, n * 0.74, n * 0.74], outline=c4, width=lw)
    sh.image(x, y, size, size, img)


def barcode(sh: Sheet, x, y, w, h, data: str, col=INK) -> None:
    """A one-dimensional bar code drawn from the data (bars of two widths; not a real symbology)."""
    r = random.Random(crc("bar49", data))
    bars_ = [r.choice([1, 1, 2, 3]) for _ in range(max(20, len(str(data)) * 5))]
    unit = w / (sum(bars_) * 2)
    xx = x
    for i, b in enumerate(bars_):
        if i % 2 == 0:
            band(sh, xx, y, b * unit * 1.6, h, col)
        xx += b * unit * 2
        if xx > x + w:
            break


def matrix(sh: Sheet, x, y, size, data: str, n: int = 25, col=INK) -> None:
    """A square 2D code: three finder squares and modules drawn from the data's hash."""
    r = random.Random(crc("qr49", data))
    c = size / n
    for i in range(n):
        for j in range(n):
            if r.random() < 0.5:
                band(sh, x + i * c, y + j * c, c, c, col)
    for fx, fy in ((0, 0), (n - 7, 0), (0, n - 7)):
        band(sh, x + fx * c, y + fy * c, 7 * c, 7 * c, (255, 255, 255))
        box(sh, x + fx * c + c / 2, y + fy * c + c / 2, 6 * c, 6 * c, lw=c, col=col)
        band(sh, x + (fx + 2) * c, y + (fy + 2) * c, 3 * c, 3 * c, col)


def mrz_draw(sh: Sheet, x, y, lines: list[str], *, pitch=2.5, gap=1.6, col=(16, 16, 16), pt=None) -> None:
    pt = pt or pitch / 0.6 * 72 / 25.4
    for i, ln in enumerate(lines):
        for j, ch in enumerate(ln):
            tx(sh, x + j * pitch, y + i * (pt * 0.3528 + gap), ch, f=OCRB, pt=pt, col=col)


def ghost_face(sh: Sheet, x, y, w, h) -> None:
    """The faint second portrait of a data page."""
    img = Image.new("RGBA", (int(w * 10), int(h * 10)), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.ellipse([w * 2.4, h * 1.4, w * 7.6, h * 6.0], fill=(140, 140, 150, 80))
    d.pieslice([w * 0.8, h * 5.6, w * 9.2, h * 13], 180, 360, fill=(140, 140, 150, 80))
    sh.image(x, y, w, h, img)


def mrz3(code: str, person: Person, number: str, expiry: D, break_check, override, personal: str = "") -> list[str]:
    o = dict(surname=person.surname, given_names=person.given_names, birth_date=person.birth_date,
             nationality=person.nationality, sex=person.sex)
    o.update(override or {})
    return M.td3(issuing=code, surname=o["surname"], given=o["given_names"], number=o.get("number", number),
                 nationality=o["nationality"], birth_date=o["birth_date"], sex=o["sex"], expiry=expiry,
                 personal_number=personal, break_check=break_check)


def mrz1(code: str, person: Person, number: str, expiry: D, break_check, override, opt1: str = "", opt2: str = "",
         doc: str = "ID") -> list[str]:
    o = dict(surname=person.surname, given_names=person.given_names, birth_date=person.birth_date,
             nationality=person.nationality, sex=person.sex)
    o.update(override or {})
    return M.td1(issuing=code, surname=o["surname"], given=o["given_names"], number=o.get("number", number),
                 nationality=o["nationality"], birth_date=o["birth_date"], sex=o["sex"], expiry=expiry,
                 optional1=opt1, optional2=opt2, doc_code=doc, break_check=break_check)


# --------------------------------------------------------------------------- words

def sex_of(p: Person, lang: str) -> str:
    return {"en": ("Male", "Female"), "fr": ("masculin", "féminin"), "nl": ("mannelijk", "vrouwelijk"),
            "pt": ("masculino", "feminino"), "es": ("masculino", "femenino"), "de": ("männlich", "weiblich"),
            "ru": ("мужской", "женский"), "tr": ("Erkek", "Kadın"), "hy": ("արական", "իգական"),
            "lo": ("ຊາຍ", "ຍິງ")}[lang][0 if p.sex == "M" else 1]


def nat_of(p: Person, lang: str) -> str:
    c = _pp.COUNTRIES.get(p.nationality)
    return c.get("adj_" + lang, c["en"]) if c else p.nationality


def land(code_or_en: str, lang: str) -> str:
    return _pp.country_name(code_or_en, lang)


def father_of(person: Person, given=None) -> str:
    return given or person.father or "-"


def mother_of(person: Person, given=None) -> str:
    return given or person.mother or "-"


_HY = [("sh", "շ"), ("ch", "չ"), ("kh", "խ"), ("gh", "ղ"), ("ts", "ց"), ("zh", "ժ"), ("ou", "ու"), ("a", "ա"),
       ("b", "բ"), ("g", "գ"), ("d", "դ"), ("e", "ե"), ("z", "զ"), ("t", "տ"), ("i", "ի"), ("l", "լ"), ("k", "կ"),
       ("h", "հ"), ("m", "մ"), ("y", "յ"), ("n", "ն"), ("o", "ո"), ("p", "պ"), ("j", "ջ"), ("r", "ր"), ("s", "ս"),
       ("v", "վ"), ("u", "ու"), ("f", "ֆ"), ("q", "ք"), ("c", "ց"), ("w", "վ"), ("x", "քս")]
_CY = [("zh", "ж"), ("kh", "х"), ("sh", "ш"), ("ch", "ч"), ("ts", "ц"), ("ya", "я"), ("yu", "ю"), ("ye", "е"),
       ("yo", "ё"), ("a", "а"), ("b", "б"), ("v", "в"), ("g", "г"), ("d", "д"), ("e", "е"), ("z", "з"), ("i", "и"),
       ("y", "ы"), ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"), ("r", "р"), ("s", "с"),
       ("t", "т"), ("u", "у"), ("f", "ф"), ("h", "һ"), ("q", "қ"), ("c", "к"), ("w", "у"), ("x", "кс"), ("j", "ж")]


def _translit(s: str, table) -> str:
    out, low, i = [], strip_accents(s).lower(), 0
    while i < len(low):
        for a, b in table:
            if low.startswith(a, i):
                out.append(b.upper() if (i == 0 or low[i - 1] in " -") else b)
                i += len(a)
                break
        else:
            out.append(s[i] if i < len(s) else "")
            i += 1
    return "".join(out)


def armenian(s: str) -> str:
    return _translit(s, _HY)


def cyrillic(s: str) -> str:
    return _translit(s, _CY)


# =========================================================================== passports

def _datapage(w=125.0, h=88.0, *, bg=(244, 244, 238), ink_=(220, 226, 214), rng=None) -> Sheet:
    pg = Sheet(w, h)
    pg.image(0, 0, w, h, rosette(w, h, rng or random.Random(7), bg, ink_))
    return pg


def _cap(pg: Sheet, x, y, caption: str, value: str, *, cf=SANS, cpt=4.4, vf=SANS_B, vpt=7.6, ccol=GREY2,
         width=None) -> float:
    """A caption with its value under it; returns the y under the value."""
    tx(pg, x, y, caption, f=cf, pt=cpt, col=ccol)
    yy = y + cpt * 0.37 + 0.35
    v = str(value)
    tx(pg, x, yy, v, f=vf, pt=fitpt(v, width, vf, vpt) if width else vpt)
    return yy + vpt * 0.36 + 1.0


def _ppno(rng: random.Random, prefix: str, n: int) -> str:
    return prefix + digits(rng, n)


def passport_mwi(person: Person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None,
                 **opts):
    """Malawian passport copied OPEN: the inside cover's printed notice 'The President of the Republic of Malawi
    requests...' on the UPPER page and the data page under it, captions in English only set in small capitals
    BESIDE the values in two columns ('SURNAME  BANDA'), a rising-sun mark, photo at the LEFT, dates '14 JUL 1982',
    the holder's signature across the foot of the photo; the whole A4 sheet in greyscale and the sheet put on the
    copier UPSIDE DOWN (the page reads turned by 180 degrees)."""
    issue, expiry = dates_for(rng, issue_date, expiry_date, 10)
    no = _ppno(rng, "MA", 7)
    top = Sheet(125, 88)
    top.image(0, 0, 125, 88, rosette(125, 88, rng, (246, 242, 236), (232, 224, 214)))
    crest(top, 54, 8, 16, "sunrise", col=(60, 60, 60))
    para(top, 14, 30, 97, "The President of the Republic of Malawi requests and requires in the name of the Republic "
         "all those whom it may concern to allow the bearer to pass freely without let or hindrance and to afford "
         "the bearer such assistance and protection as may be necessary.", f=SERIF_I, pt=7.4, lead=1.4, al="center")
    pg = _datapage(bg=(242, 240, 232), ink_=(214, 222, 226), rng=rng)
    tx(pg, 5, 3, "REPUBLIC OF MALAWI", f=SERIF_B, pt=9)
    tx(pg, 120, 3.4, "PASSPORT", f=SERIF_B, pt=8, at="right")
    crest(pg, 58, 1.6, 7, "sunrise", col=(80, 60, 40))
    pg.photo(5, 13, 27, 35, rng)
    sign(pg, 6, 44, rng, w=22, h=6, col=BALL_BLACK)
    rows = [("TYPE", "P"), ("CODE", "MWI"), ("PASSPORT NO.", no), ("SURNAME", person.surname.upper()),
            ("GIVEN NAMES", person.given_names.upper()), ("NATIONALITY", "MALAWIAN"),
            ("DATE OF BIRTH", d3(person.birth_date)), ("SEX", person.sex), ("PLACE OF BIRTH", person.birth_place.upper()),
            ("DATE OF ISSUE", d3(issue)), ("DATE OF EXPIRY", d3(expiry)), ("AUTHORITY", "DIC LILONGWE")]
    y = 12.5
    for i, (a, v) in enumerate(rows):
        tx(pg, 36, y, a, f=SANS, pt=4.6, col=GREY2)
        txfit(pg, 62, y - 0.6, v, 58, f=SANS_B, pt=7.4)
        y += 4.55
    mrz_draw(pg, 5, 72, mrz3("MWI", person, no, expiry, break_check, mrz_override), pitch=2.6)
    sh = Sheet()
    sh.image(30, 14, 150, 105.6, raster(top, 260))
    sh.image(30, 121, 150, 105.6, raster(pg, 300))
    hl(sh, 30, 180, 120.2, lw=0.6, col=GREY3)
    return [quarter_turn(toner(sh, 200, 1.05), 2)]


def passport_cpv(person: Person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None,
                 **opts):
    """Cabo Verdean passport data page with captions in Portuguese and English on ONE line joined by a slash
    ('Apelido/Surname'), a ring of ten stars printed faint in the middle, a dark blue band with 'REPÚBLICA DE CABO
    VERDE', photo at the RIGHT and a small ghost portrait at the left, dates '14 JUL/JUL 1982'; PHOTOGRAPHED with a
    phone with the booklet lying open on a checked tablecloth."""
    issue, expiry = dates_for(rng, issue_date, expiry_date, 5)
    no = _ppno(rng, rng.choice(["P", "PA"]), 7)
    pg = _datapage(bg=(238, 242, 248), ink_=(206, 216, 236), rng=rng)
    band(pg, 0, 0, 125, 8.5, (18, 46, 120))
    tx(pg, 4, 1.6, "REPÚBLICA DE CABO VERDE", f=NSANS_B, pt=8, col=(255, 255, 255))
    tx(pg, 121, 2.2, "PASSAPORTE / PASSPORT", f=NSANS, pt=6.2, col=(220, 230, 255), at="right")
    crest(pg, 42, 20, 40, "stars", col=(214, 220, 236))
    pg.photo(93, 12, 27, 35, rng)
    ghost_face(pg, 5, 50, 12, 16)
    st = dict(cf=NSANS, cpt=4.3, vf=NSANS_B, vpt=7.4)
    _cap(pg, 5, 11, "Tipo/Type", "P", **st)
    _cap(pg, 20, 11, "Código/Code", "CPV", **st)
    _cap(pg, 45, 11, "Passaporte n.º/Passport No.", no, **st)
    y = _cap(pg, 5, 19, "Apelido/Surname", person.surname.upper(), width=84, **st)
    y = _cap(pg, 5, y, "Nome(s) próprio(s)/Given names", person.given_names.upper(), width=84, **st)
    _cap(pg, 5, y, "Nacionalidade/Nationality", "CABO-VERDIANA", **st)
    y = _cap(pg, 58, y, "Sexo/Sex", person.sex, **st)
    _cap(pg, 5, y, "Data de nascimento/Date of birth", d3(person.birth_date, "pt", "en"), **st)
    y = _cap(pg, 50, y, "Local de nascimento/Place of birth", person.birth_place.upper(), width=38, **st)
    _cap(pg, 20, y, "Data de emissão/Date of issue", d3(issue, "pt", "en"), **st)
    y = _cap(pg, 58, y, "Válido até/Date of expiry", d3(expiry, "pt", "en"), **st)
    _cap(pg, 20, y, "Autoridade/Authority", "DEF PRAIA", **st)
    mrz_draw(pg, 5, 72, mrz3("CPV", person, no, expiry, break_check, mrz_override), pitch=2.6)
    sh = Sheet(297, 210)
    opp = Sheet(125, 88, paper="cream")
    tx(opp, 62, 10, "VISTOS / VISAS", f=NSANS_B, pt=8, at="center", col=GREY2)
    sh.image(18, 30, 130, 91.5, raster(opp, 150))
    sh.image(149, 30, 130, 91.5, raster(pg, 300))
    vl(sh, 148.5, 30, 121.5, lw=0.8, col=GREY3)
    return [desk_photo(sh, rng, surface="cloth", dpi=170)]


_LAO_REP = "ສາທາລະນະລັດ ປະຊາທິປະໄຕ ປະຊາຊົນລາວ"


def passport_lao(person: Person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None,
                 **opts):
    """Lao passport data page with TRILINGUAL captions (Lao, English, French) stacked in three tiny lines over each
    value, the republic's name in Lao script over 'LAO PEOPLE'S DEMOCRATIC REPUBLIC' at the top, a stupa mark,
    photo at the LEFT; dates '14/07/1982'; copied ENLARGED to about 140 % on an A4 sheet laid in landscape, and the
    scan saved SIDEWAYS (the page turned by 90 degrees, so the text runs up the page)."""
    issue, expiry = dates_for(rng, issue_date, expiry_date, 5)
    no = _ppno(rng, "P", 7)
    pg = _datapage(bg=(246, 240, 236), ink_=(232, 214, 210), rng=rng)
    crest(pg, 3, 1, 9, "stupa", col=(150, 40, 40))
    tx(pg, 14, 1.2, _LAO_REP, f=DV_B, pt=6.4, col=(150, 40, 40))
    tx(pg, 14, 5.2, "LAO PEOPLE'S DEMOCRATIC REPUBLIC", f=DV, pt=5.6, col=(150, 40, 40))
    tx(pg, 121, 2, "ໜັງສືຜ່ານແດນ · PASSPORT · PASSEPORT", f=DV, pt=4.8, at="right", col=(150, 40, 40))
    pg.photo(4, 14, 27, 35, rng)

    def f3(x, y, lo_, en, fr, v, width=None):
        for i, c in enumerate((lo_, en, fr)):
            tx(pg, x, y + i * 1.55, c, f=DV, pt=3.9, col=GREY2)
        yy = y + 5.0
        tx(pg, x, yy, v, f=DV_B, pt=fitpt(v, width, DV_B, 7.0) if width else 7.0)
        return yy + 3.7

    f3(35, 12, "ປະເພດ", "Type", "Type", "P")
    f3(52, 12, "ລະຫັດ", "Code", "Code", "LAO")
    f3(74, 12, "ເລກທີ", "Passport No.", "N° du passeport", no)
    y = f3(35, 21.5, "ນາມສະກຸນ", "Surname", "Nom", person.surname.upper(), 84)
    y = f3(35, y, "ຊື່", "Given names", "Prénoms", person.given_names.upper(), 84)
    f3(35, y, "ສັນຊາດ", "Nationality", "Nationalité", "LAO")
    y = f3(74, y, "ເພດ", "Sex", "Sexe", person.sex)
    f3(35, y, "ວັນເດືອນປີເກີດ", "Date of birth", "Date de naissance", dn(person.birth_date, "/"))
    y = f3(74, y, "ບ່ອນເກີດ", "Place of birth", "Lieu de naissance", person.birth_place.upper(), 45)
    f3(35, y, "ວັນອອກ", "Date of issue", "Date de délivrance", dn(issue, "/"))
    f3(74, y, "ວັນໝົດອາຍຸ", "Date of expiry", "Date d'expiration", dn(expiry, "/"))
    mrz_draw(pg, 5, 73, mrz3("LAO", person, no, expiry, break_check, mrz_override), pitch=2.6)
    sh = Sheet(297, 210)
    k = 1.4
    sh.image((297 - 125 * k) / 2, (210 - 88 * k) / 2, 125 * k, 88 * k, raster(pg, 300))
    return [quarter_turn(sh, 1)]


def passport_kaz(person: Person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None,
                 **opts):
    """Kazakh passport data page with captions in Kazakh, Russian and English joined on one line by slashes
    ('Тегі/Фамилия/Surname'), the name in Latin letters over its Cyrillic spelling, the twelve-digit individual
    identification number (ЖСН/ИИН/IIN) in its own field, a roof-wheel mark in a sky-blue band, photo at the LEFT;
    dates '14.07.1982'; copied on yellowed paper with a fold across the middle and laid CROOKED on the glass (about
    2.5 degrees)."""
    issue, expiry = dates_for(rng, issue_date, expiry_date, 10)
    no = _ppno(rng, "N", 8)
    iin = dn(person.birth_date, "", order="ymd")[2:] + ("3" if person.sex == "M" else "4") + pdigits(person, "iin", 5)
    pg = _datapage(bg=(238, 246, 248), ink_=(196, 226, 236), rng=rng)
    band(pg, 0, 0, 125, 9, (0, 150, 190))
    crest(pg, 2, 0.8, 7.4, "shanyrak", col=(250, 214, 60))
    tx(pg, 11, 1.0, "ҚАЗАҚСТАН РЕСПУБЛИКАСЫ · РЕСПУБЛИКА КАЗАХСТАН", f=DVC_B, pt=5.4, col=(255, 255, 255))
    tx(pg, 11, 4.8, "REPUBLIC OF KAZAKHSTAN · ПАСПОРТ · PASSPORT", f=DVC, pt=5.0, col=(230, 246, 255))
    pg.photo(4, 13, 26, 34, rng)
    st = dict(cf=DVC, cpt=4.0, vf=DVC_B, vpt=7.2)
    _cap(pg, 34, 11, "Түрі/Тип/Type", "P", **st)
    _cap(pg, 52, 11, "Мемлекет коды/Код государства/Code", "KAZ", **st)
    _cap(pg, 96, 11, "Паспорт №/Passport No.", no, **st)
    y = _cap(pg, 34, 19, "Тегі/Фамилия/Surname", f"{person.surname.upper()} / {cyrillic(person.surname).upper()}",
             width=86, **st)
    y = _cap(pg, 34, y, "Аты/Имя/Given names", f"{person.given_names.upper()} / {cyrillic(person.given_names).upper()}",
             width=86, **st)
    _cap(pg, 34, y, "Туған күні/Дата рождения/Date of birth", dn(person.birth_date), **st)
    y = _cap(pg, 90, y, "Жынысы/Пол/Sex", person.sex, **st)
    _cap(pg, 34, y, "Туған жері/Место рождения/Place of birth", person.birth_place.upper(), width=50, **st)
    y = _cap(pg, 90, y, "Ұлты/Гражданство/Nationality", "KAZ", **st)
    _cap(pg, 34, y, "Берілген күні/Дата выдачи/Date of issue", dn(issue), **st)
    y = _cap(pg, 90, y, "Жарамды/Действителен до/Expiry", dn(expiry), **st)
    _cap(pg, 34, y, "ЖСН/ИИН/IIN", iin, **st)
    _cap(pg, 90, y, "Берген орган/Орган выдачи/Authority", "МВД РК", **st)
    mrz_draw(pg, 5, 73, mrz3("KAZ", person, no, expiry, break_check, mrz_override, personal=iin), pitch=2.6)
    sh = Sheet()
    sh.image(28, 26, 154, 108.4, raster(pg, 300))
    out = crease(aged(sh, rng=rng, spots=6), rng, at=0.52)
    return [tilted(out, rng.choice([-2.6, -2.2, 2.4, 2.8]), fill=(250, 246, 232))]


def passport_per(person: Person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None,
                 **opts):
    """Peruvian passport data page: 'REPÚBLICA DEL PERÚ' over 'PASAPORTE / PASSPORT' in a red band, captions in
    Spanish over English in two tiny lines, the DNI number as the personal number, the photo LARGE at the LEFT, dates
    '14 JUL/JUL 1982'; the lawyer's rubber stamp 'COPIA FIEL DEL ORIGINAL' with initials pressed across the lower data
    fields, a yellow sticky note at the top right; the copy then sent on as a heavily compressed JPEG."""
    issue, expiry = dates_for(rng, issue_date, expiry_date, 10)
    no = digits(rng, 9)
    dni = pdigits(person, "dni", 8)
    pg = _datapage(bg=(248, 242, 240), ink_=(236, 214, 210), rng=rng)
    band(pg, 0, 0, 125, 10, (170, 24, 36))
    tx(pg, 4, 1.4, "REPÚBLICA DEL PERÚ", f=SERIF_B, pt=8.6, col=(255, 255, 255))
    tx(pg, 4, 5.8, "PASAPORTE / PASSPORT", f=SERIF, pt=6, col=(255, 228, 228))
    crest(pg, 112, 1, 8, "shield3", col=(255, 236, 220))
    pg.photo(4, 14, 30, 39, rng)

    def f2(x, y, es_, en, v, width=None):
        tx(pg, x, y, es_, f=SANS, pt=4.2, col=GREY2)
        tx(pg, x, y + 1.6, en, f=SANS_I, pt=4.0, col=GREY2)
        tx(pg, x, y + 3.4, v, f=SANS_B, pt=fitpt(v, width, SANS_B, 7.4) if width else 7.4)
        return y + 7.6

    f2(38, 12, "Tipo", "Type", "P")
    f2(52, 12, "Código de país", "Country code", "PER")
    f2(80, 12, "Pasaporte N°", "Passport No.", no)
    y = f2(38, 20, "Apellidos", "Surname", person.surname.upper(), 82)
    y = f2(38, y, "Nombres", "Given names", person.given_names.upper(), 82)
    f2(38, y, "Nacionalidad", "Nationality", "PERUANA")
    y = f2(80, y, "Sexo", "Sex", person.sex)
    f2(38, y, "Fecha de nacimiento", "Date of birth", d3(person.birth_date, "es", "en"))
    y = f2(80, y, "Lugar de nacimiento", "Place of birth", person.birth_place.upper(), 40)
    f2(38, y, "Fecha de expedición", "Date of issue", d3(issue, "es", "en"))
    y = f2(80, y, "Fecha de caducidad", "Date of expiry", d3(expiry, "es", "en"))
    f2(38, y, "DNI", "Personal No.", dni)
    mrz_draw(pg, 5, 74, mrz3("PER", person, no, expiry, break_check, mrz_override, personal=dni), pitch=2.6)
    sh = Sheet()
    sh.image(22, 30, 166, 116.9, raster(pg, 300))
    rubber(sh, 92, 112, ["COPIA FIEL DEL ORIGINAL", "ABOGADOS", "LEGALIZACIÓN"], rng, shape="rect",
           col=RUBBER_VIOLET, mm=50, angle=-6)
    sign(sh, 140, 126, rng, w=20, h=8, col=BALL_BLUE, style="initials")
    sticky(sh, 150, 10, "pasaporte original visto", rng)
    return [crushed(sh, quality=22, dpi=170)]


_HY_REP = "ՀԱՅԱՍՏԱՆԻ ՀԱՆՐԱՊԵՏՈՒԹՅՈՒՆ"


def passport_arm(person: Person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None,
                 **opts):
    """Armenian passport data page: the republic's name in Armenian capitals over 'REPUBLIC OF ARMENIA' at the
    top, captions Armenian over English in two tiny lines, the name in Armenian letters beside the Latin one, a
    mountain seal printed faint behind the data, photo at the LEFT with the ghost at the right edge; dates
    '14.07.1982'; copied from a ring binder (two punched holes at the left margin) on a copier with a dirty drum
    (a grey line down the page)."""
    issue, expiry = dates_for(rng, issue_date, expiry_date, 10)
    no = rng.choice(["AT", "AU", "BA"]) + digits(rng, 7)
    pg = _datapage(bg=(244, 240, 246), ink_=(224, 214, 232), rng=rng)
    crest(pg, 45, 18, 42, "mountain", col=(222, 210, 230))
    tx(pg, 62, 1.6, _HY_REP, f=DV_B, pt=6.8, at="center", col=(60, 40, 110))
    tx(pg, 62, 5.6, "REPUBLIC OF ARMENIA · ԱՆՁՆԱԳԻՐ / PASSPORT", f=DV, pt=5.2, at="center", col=(60, 40, 110))
    pg.photo(4, 13, 27, 35, rng)
    ghost_face(pg, 110, 46, 12, 16)

    def f2(x, y, hy, en, v, width=None):
        tx(pg, x, y, f"{hy} / {en}", f=DVC, pt=4.2, col=GREY2)
        tx(pg, x, y + 1.9, v, f=DVC_B, pt=fitpt(v, width, DVC_B, 7.2) if width else 7.2)
        return y + 6.0

    f2(35, 11, "Տեսակ", "Type", "P")
    f2(52, 11, "Երկրի կոդ", "Code", "ARM")
    f2(82, 11, "Անձնագրի համար", "Passport No.", no)
    y = f2(35, 18, "Ազգանուն", "Surname", f"{armenian(person.surname).upper()}  {person.surname.upper()}", 86)
    y = f2(35, y, "Անուն", "Given names", f"{armenian(person.given_names).upper()}  {person.given_names.upper()}", 86)
    f2(35, y, "Քաղաքացիություն", "Nationality", "ARMENIAN")
    y = f2(88, y, "Սեռ", "Sex", person.sex)
    f2(35, y, "Ծննդյան ամսաթիվ", "Date of birth", dn(person.birth_date))
    y = f2(82, y, "Ծննդավայր", "Place of birth", person.birth_place.upper(), 38)
    f2(35, y, "Տրման ամսաթիվ", "Date of issue", dn(issue))
    y = f2(82, y, "Վավեր է մինչև", "Date of expiry", dn(expiry))
    f2(35, y, "Տրված է", "Authority", "001")
    mrz_draw(pg, 5, 73, mrz3("ARM", person, no, expiry, break_check, mrz_override), pitch=2.6)
    sh = Sheet()
    sh.image(24, 150, 162, 114, raster(pg, 300))
    punched(sh)
    return [streak(sh, rng)]


def passport_sur(person: Person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None,
                 **opts):
    """Surinamese passport data page: 'REPUBLIEK SURINAME' in a green band with a tree mark, captions in Dutch only
    with the English in brackets on the same line ('Naam (Surname)'), photo at the RIGHT, dates '14-07-1982';
    copied REDUCED into the lower right quarter of the sheet, the client's handwriting 'kopie paspoort' above it."""
    issue, expiry = dates_for(rng, issue_date, expiry_date, 10)
    no = rng.choice(["R", "S"]) + rng.choice("ABCDE") + digits(rng, 6)
    idno = rng.choice("ABCFGJ") + digits(rng, 8)
    pg = _datapage(bg=(240, 246, 238), ink_=(214, 232, 210), rng=rng)
    band(pg, 0, 0, 125, 9, (20, 110, 60))
    crest(pg, 2, 0.6, 8, "tree", col=(250, 230, 140))
    tx(pg, 12, 1.6, "REPUBLIEK SURINAME", f=BOOKM_B, pt=8.4, col=(255, 255, 255))
    tx(pg, 121, 2.6, "PASPOORT", f=BOOKM, pt=6.2, col=(230, 250, 230), at="right")
    pg.photo(93, 13, 27, 35, rng)
    st = dict(cf=BOOKM, cpt=4.3, vf=BOOKM_B, vpt=7.2)
    _cap(pg, 5, 11, "Type", "P", **st)
    _cap(pg, 18, 11, "Code", "SUR", **st)
    _cap(pg, 40, 11, "Paspoortnr. (Passport No.)", no, **st)
    y = _cap(pg, 5, 19, "Naam (Surname)", person.surname.upper(), width=84, **st)
    y = _cap(pg, 5, y, "Voornamen (Given names)", person.given_names.upper(), width=84, **st)
    _cap(pg, 5, y, "Nationaliteit (Nationality)", "SURINAAMSE", **st)
    y = _cap(pg, 55, y, "Geslacht (Sex)", "V" if person.sex == "F" else "M", **st)
    _cap(pg, 5, y, "Geboortedatum (Date of birth)", dn(person.birth_date, "-"), **st)
    y = _cap(pg, 48, y, "Geboorteplaats (Place of birth)", person.birth_place.upper(), width=42, **st)
    _cap(pg, 5, y, "Afgifte (Issue)", dn(issue, "-"), **st)
    y = _cap(pg, 48, y, "Geldig tot (Expiry)", dn(expiry, "-"), **st)
    _cap(pg, 5, y, "ID-nummer (Personal No.)", idno, **st)
    mrz_draw(pg, 5, 73, mrz3("SUR", person, no, expiry, break_check, mrz_override), pitch=2.6)
    sh = Sheet()
    sh.image(84, 180, 112, 78.8, raster(pg, 300))
    pen(sh, 86, 168, "kopie paspoort", rng, f=PEN_SLANT, pt=14, col=BALL_BLUE)
    return [sh]


for _c, _fn, _lang, _fid, _note in [
        ("MWI", passport_mwi, "en", "passport-td3-mwi-open-binnenkaft-boven-bijschrift-naast-waarde-omgekeerd-49",
         "Malawian passport copied open with the inside cover, captions beside values, upside down"),
        ("CPV", passport_cpv, "pt/en", "passport-td3-cpv-schuine-streep-bijschrift-sterrenkrans-gsm-tafelkleed-49",
         "Cabo Verdean passport photographed open on a checked tablecloth"),
        ("LAO", passport_lao, "lo/en/fr", "passport-td3-lao-drietalig-gestapeld-140-liggend-zijwaarts-49",
         "Lao passport, trilingual stacked captions, enlarged, saved sideways"),
        ("KAZ", passport_kaz, "kk/ru/en", "passport-td3-kaz-drie-talen-een-regel-iin-vergeeld-vouw-scheef-49",
         "Kazakh passport, three-language captions, yellowed copy with a fold, crooked"),
        ("PER", passport_per, "es/en", "passport-td3-per-grote-foto-copia-fiel-stempel-geeltje-jpeg-49",
         "Peruvian passport with the lawyer's 'copia fiel' stamp and a sticky note, crushed JPEG"),
        ("ARM", passport_arm, "hy/en", "passport-td3-arm-armeens-schrift-naam-perforatie-tonerstreep-49",
         "Armenian passport copied from a binder with a toner streak"),
        ("SUR", passport_sur, "nl/en", "passport-td3-sur-engels-tussen-haakjes-kwart-rechtsonder-handnotitie-49",
         "Surinamese passport reduced into the lower right quarter with a handwritten note")]:
    _id._register(_fid, "identity-document", PART, _lang, _fn, country=_c, mrz="TD3", photo=True, notes=_note)


# =========================================================================== identity cards and residence card

def _cardface(rng, bg, ink_, w=85.6, h=54.0) -> Sheet:
    c = Sheet(w, h)
    c.image(0, 0, w, h, rosette(w, h, rng, bg, ink_, k=9))
    return c


def _place_card(sh: Sheet, card: Sheet, x, y, k, rng, deg=0.0, dpi=300) -> None:
    img = raster(card, dpi)
    mask = Image.new("L", img.size, 0)
    r = int(3.2 * dpi / 25.4)
    ImageDraw.Draw(mask).rounded_rectangle([0, 0, img.width - 1, img.height - 1], radius=r, fill=255)
    img.putalpha(mask)
    if deg:
        img = img.rotate(deg, expand=True, resample=Image.BICUBIC)
    w, h = card.width_mm * k, card.height_mm * k
    if deg:
        w, h = img.width / (dpi / 25.4) * k, img.height / (dpi / 25.4) * k
    sh.image(x, y, w, h, img)


def idcard_mwi(person: Person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None,
               **opts):
    """Malawian national identity card, English only: front with 'REPUBLIC OF MALAWI · NATIONAL IDENTITY CARD' on a
    black-red-green stripe, photo at the LEFT, the fields in a column with captions in small grey capitals over the
    values, the ID number in bold red; back with the MRZ (TD1), the issuing office and a bar code. Copied at 150 %
    FRONT ABOVE BACK on a portrait A4 sheet, centred, each side framed by its own rounded outline."""
    issue, expiry = dates_for(rng, issue_date, expiry_date, 10)
    nid = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8))
    fr = _cardface(rng, (244, 240, 234), (226, 216, 206))
    for i, col in enumerate([(20, 20, 20), (190, 30, 40), (20, 120, 60)]):
        band(fr, 0, i * 2.2, 85.6, 2.2, col)
    tx(fr, 42.8, 7.6, "REPUBLIC OF MALAWI", f=SANS_B, pt=6.6, at="center")
    tx(fr, 42.8, 10.6, "NATIONAL IDENTITY CARD", f=SANS, pt=5.2, at="center", col=GREY1)
    fr.photo(3, 14, 22, 28, rng)
    y = 14.0
    for a, v in [("SURNAME", person.surname.upper()), ("FIRST NAMES", person.given_names.upper()),
                 ("SEX", person.sex), ("DATE OF BIRTH", d3(person.birth_date)), ("DATE OF EXPIRY", d3(expiry))]:
        tx(fr, 28, y, a, f=SANS, pt=3.8, col=GREY2)
        txfit(fr, 28, y + 1.5, v, 54, f=SANS_B, pt=6.0)
        y += 5.4
    tx(fr, 28, y + 0.6, nid, f=MONO_B, pt=8.4, col=(180, 30, 40))
    sign(fr, 4, 43, rng, w=18, h=6, col=BALL_BLACK)
    bk = _cardface(rng, (240, 242, 236), (220, 226, 214))
    tx(bk, 3, 3, f"Place of birth: {person.birth_place.upper()}", f=SANS, pt=5.2)
    tx(bk, 3, 6.4, f"Date of issue: {d3(issue)}   Issued at: NRB {rng.choice(['LILONGWE', 'BLANTYRE', 'MZUZU'])}",
       f=SANS, pt=5.2)
    barcode(bk, 54, 3, 28, 7, nid)
    mrz_draw(bk, 4, 35, mrz1("MWI", person, nid, expiry, break_check, mrz_override), pitch=2.6, gap=0.7)
    sh = Sheet()
    _place_card(sh, fr, 41, 30, 1.5, rng)
    _place_card(sh, bk, 41, 130, 1.5, rng)
    return [sh]


def idcard_cpv(person: Person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None,
               **opts):
    """Cabo Verdean national identity card (CNI), Portuguese with English under each caption: front with a blue
    wave ground, 'REPÚBLICA DE CABO VERDE · CARTÃO NACIONAL DE IDENTIFICAÇÃO', photo at the RIGHT, the NIC number in
    a box at the lower left; back with the parents' names, the place of birth and the TD1 MRZ. Both sides laid SIDE
    BY SIDE on an A4 sheet in LANDSCAPE, copied at real size, each side slightly crooked."""
    issue, expiry = dates_for(rng, issue_date, expiry_date, 10)
    nic = digits(rng, 8) + rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ")
    fr = _cardface(rng, (236, 242, 250), (204, 220, 240))
    tx(fr, 3, 2.4, "REPÚBLICA DE CABO VERDE", f=NSANS_B, pt=6.4, col=(18, 46, 120))
    tx(fr, 3, 5.6, "CARTÃO NACIONAL DE IDENTIFICAÇÃO · NATIONAL IDENTITY CARD", f=NSANS, pt=4.0, col=(18, 46, 120))
    fr.photo(60, 11, 22, 28, rng)
    crest(fr, 40, 28, 16, "stars", col=(208, 216, 236))
    y = 11.0
    for pt_, en, v in [("Apelido", "Surname", person.surname.upper()), ("Nome", "Given names", person.given_names.upper()),
                       ("Sexo", "Sex", person.sex), ("Nacionalidade", "Nationality", "CPV"),
                       ("Data de nascimento", "Date of birth", dn(person.birth_date, " ")),
                       ("Validade", "Expiry", dn(expiry, " "))]:
        tx(fr, 3, y, f"{pt_} / {en}", f=NSANS, pt=3.6, col=GREY2)
        txfit(fr, 3, y + 1.4, v, 55, f=NSANS_B, pt=5.8)
        y += 4.9
    box(fr, 3, 43, 32, 7, lw=0.3, col=(18, 46, 120))
    tx(fr, 4, 43.6, "NIC", f=NSANS, pt=3.4, col=GREY2)
    tx(fr, 4, 45.4, nic, f=NSANS_B, pt=7.2)
    sign(fr, 44, 42, rng, w=16, h=6, col=BALL_BLACK)
    bk = _cardface(rng, (238, 244, 250), (210, 224, 240))
    y = 3.0
    for a, v in [("Filiação / Parents", f"{father_of(person)} e {mother_of(person)}"),
                 ("Local de nascimento / Place of birth", person.birth_place.upper()),
                 ("Emissão / Issue", f"{dn(issue, ' ')} · DNICRCI PRAIA")]:
        tx(bk, 3, y, a, f=NSANS, pt=3.6, col=GREY2)
        txfit(bk, 3, y + 1.4, v, 80, f=NSANS_B, pt=5.6)
        y += 5.6
    mrz_draw(bk, 4, 35, mrz1("CPV", person, nic, expiry, break_check, mrz_override), pitch=2.6, gap=0.7)
    sh = Sheet(297, 210)
    _place_card(sh, fr, 40, 70, 1.0, rng, deg=rng.uniform(-3, -1))
    _place_card(sh, bk, 170, 72, 1.0, rng, deg=rng.uniform(1, 3))
    return [sh]


def permit_nld(person: Person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None,
               v_number=None, purpose=None, **opts):
    """Dutch residence document (verblijfsdocument) copied in COLOUR at 170 %: front at the TOP LEFT of a portrait A4
    sheet and back turned upside down under it (as the client laid it on the glass), with 'VERBLIJFSDOCUMENT'
    and 'Kingdom of the Netherlands', photo at the left, the V-number printed as 'VNR' on the front, the purpose and
    'arbeid ...' remark on the back with the TD1 MRZ; a clear plastic sleeve's glare across the front."""
    issue, expiry = dates_for(rng, issue_date, expiry_date, 5)
    no = "".join(rng.choice("BCDFGHJKLMNPRSTVWXZ") for _ in range(2)) + digits(rng, 7)
    vn = v_number or person.v_number or digits(rng, 10)
    fr = _cardface(rng, (232, 238, 246), (208, 218, 236))
    band(fr, 0, 0, 85.6, 7, (30, 60, 120))
    tx(fr, 3, 1.4, "KONINKRIJK DER NEDERLANDEN", f=NSANS_B, pt=5.4, col=(255, 255, 255))
    tx(fr, 82, 1.6, "VERBLIJFSDOCUMENT", f=NSANS_B, pt=5.0, col=(255, 255, 255), at="right")
    crest(fr, 72, 9, 10, "lion", col=(190, 150, 40))
    fr.photo(3, 10, 22, 28, rng)
    y = 10.0
    for a, v in [("Naam", person.surname.upper()), ("Voornamen", person.given_names.upper()),
                 ("Geboortedatum", dn(person.birth_date, " ")), ("Nationaliteit", person.nationality),
                 ("Geldig tot", dn(expiry, " ")), ("VNR", vn)]:
        tx(fr, 28, y, a, f=NSANS, pt=3.6, col=GREY2)
        txfit(fr, 28, y + 1.4, v, 42, f=NSANS_B, pt=5.8)
        y += 5.0
    sign(fr, 4, 41, rng, w=18, h=6, col=BALL_BLACK)
    bk = _cardface(rng, (236, 240, 246), (214, 222, 236))
    tx(bk, 3, 3, f"Verblijfsdoel: {purpose or 'regulier bepaalde tijd'}", f=NSANS_B, pt=5.4)
    tx(bk, 3, 6.6, "Arbeid niet toegestaan" if "medisch" in (purpose or "") else "Arbeid vrij toegestaan. TWV niet "
       "vereist", f=NSANS, pt=5.0)
    tx(bk, 3, 10, f"Afgegeven {dn(issue, '-')} · documentnr. {no}", f=NSANS, pt=5.0, col=GREY1)
    mrz_draw(bk, 4, 35, mrz1("NLD", person, no, expiry, break_check, mrz_override, doc="IR"), pitch=2.6, gap=0.7)
    sh = Sheet()
    k = 1.7
    _place_card(sh, fr, 14, 16, k, rng)
    img = raster(bk, 300).transpose(Image.ROTATE_180)
    sh.image(14, 16 + 54 * k + 12, 85.6 * k, 54 * k, img)
    glare = Image.new("RGBA", (400, 60), (255, 255, 255, 120))
    sh.image(10, 40, 160, 14, glare.rotate(-8, expand=True))
    return [sh]


_id._register("idcard-td1-mwi-driekleurstreep-voor-boven-achter-150-49", "identity-document", PART, "en", idcard_mwi,
              country="MWI", mrz="TD1", photo=True,
              notes="Malawian national ID card, front above back at 150 %")
_id._register("idcard-td1-cpv-cni-tweetalig-naast-elkaar-liggend-scheef-49", "identity-document", PART, "pt/en",
              idcard_cpv, country="CPV", mrz="TD1", photo=True,
              notes="Cabo Verdean identity card, both sides side by side on landscape A4")
_id._register("permit-vvr-kleur-170-achterkant-ondersteboven-hoes-glans-49", "identity-document", PART, "nl",
              permit_nld, country="NLD", mrz="TD1", photo=True,
              notes="Dutch residence document at 170 %, back upside down, sleeve glare")


# =========================================================================== number words for acts in prose

_PT1 = ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez", "onze", "doze",
        "treze", "catorze", "quinze", "dezasseis", "dezassete", "dezoito", "dezanove"]
_PT10 = ["", "", "vinte", "trinta", "quarenta", "cinquenta", "sessenta", "setenta", "oitenta", "noventa"]
_PT100 = ["", "cento", "duzentos", "trezentos", "quatrocentos", "quinhentos", "seiscentos", "setecentos",
          "oitocentos", "novecentos"]


def pt_num(n: int) -> str:
    if n < 20:
        return _PT1[n]
    if n < 100:
        return _PT10[n // 10] + ("" if n % 10 == 0 else " e " + _PT1[n % 10])
    if n < 1000:
        if n == 100:
            return "cem"
        return _PT100[n // 100] + ("" if n % 100 == 0 else " e " + pt_num(n % 100))
    t, r = divmod(n, 1000)
    head = "mil" if t == 1 else pt_num(t) + " mil"
    return head if r == 0 else head + (" e " if r < 100 or r % 100 == 0 else " ") + pt_num(r)


_FR1 = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
        "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf"]
_FR10 = ["", "", "vingt", "trente", "quarante", "cinquante", "soixante"]


def fr_num(n: int) -> str:
    if n < 20:
        return _FR1[n]
    if n < 70:
        t, u = divmod(n, 10)
        return _FR10[t] + ("" if u == 0 else (" et un" if u == 1 else "-" + _FR1[u]))
    if n < 80:
        return "soixante" + (" et onze" if n == 71 else "-" + _FR1[n - 60])
    if n < 100:
        return "quatre-vingt" + ("s" if n == 80 else "-" + _FR1[n - 80])
    if n < 1000:
        h, r = divmod(n, 100)
        head = "cent" if h == 1 else _FR1[h] + " cent" + ("s" if r == 0 else "")
        return head if r == 0 else head + " " + fr_num(r)
    t, r = divmod(n, 1000)
    head = "mille" if t == 1 else fr_num(t) + " mille"
    return head if r == 0 else head + " " + fr_num(r)


def pt_date_prose(d: D) -> str:
    day = "primeiro dia" if d.day == 1 else f"{pt_num(d.day)} dias"
    return f"aos {day} do mês de {MONTHS['pt'][d.month - 1]} do ano de {pt_num(d.year)}"


def fr_date_prose(d: D) -> str:
    day = "premier" if d.day == 1 else fr_num(d.day)
    y = fr_num(d.year).replace("mille", "mil", 1) if d.year < 2000 else fr_num(d.year)
    return f"le {day} {MONTHS['fr'][d.month - 1]} {y}"


# =========================================================================== birth records

_TR_CITY = {"İstanbul": "FATİH", "Ankara": "ÇANKAYA", "İzmir": "KONAK", "Gaziantep": "ŞAHİNBEY", "Van": "İPEKYOLU"}


def birth_tur(person: Person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Turkish population office's 'YABANCI DOĞUM KAYIT ÖRNEĞİ' (birth record of a foreign national born in Türkiye)
    as printed from the e-Government gateway: the ministry and directorate in two centred lines, the document's
    bar code and 'Barkod No' at the top RIGHT, the record as a two-column table of Turkish captions and values in
    capitals (foreigner identity number starting with 99, name, father's and mother's names, place and date of
    birth, nationality, registration date), then the paragraph on checking the document online and the 'e-İmzalıdır'
    line at the foot; printed slightly grey by a laser printer running low."""
    issue = issue_date or copied_on(person, "tr", 30, 600)
    act = act_date or registered_on(person, "tr")
    ykn = "99" + pdigits(person, "ykn", 9)
    ilce = _TR_CITY.get(person.birth_place, "SEYHAN")
    sh = Sheet()
    tx(sh, 105, 14, "T.C.", f=SANS_B, pt=11, at="center")
    tx(sh, 105, 19.5, "İÇİŞLERİ BAKANLIĞI", f=SANS_B, pt=11, at="center")
    tx(sh, 105, 25, "Nüfus ve Vatandaşlık İşleri Genel Müdürlüğü", f=SANS, pt=10, at="center")
    barcode(sh, 150, 34, 44, 11, ykn + "dk")
    tx(sh, 172, 46.5, f"Barkod No: {pdigits(person, 'bk', 4)}-{pdigits(person, 'bk2', 4)}-{pdigits(person, 'bk3', 4)}",
       f=SANS, pt=7, at="center")
    tx(sh, 105, 58, "YABANCI DOĞUM KAYIT ÖRNEĞİ", f=SANS_B, pt=13.5, at="center")
    rows = [("Yabancı Kimlik No", ykn), ("Adı", person.given_names.upper()), ("Soyadı", person.surname.upper()),
            ("Baba Adı", father_of(person, father).split(" ")[0].upper()),
            ("Anne Adı", mother_of(person, mother).split(" ")[0].upper()),
            ("Cinsiyeti", sex_of(person, "tr").upper()), ("Doğum Yeri", f"{person.birth_place.upper()} / {ilce}"),
            ("Doğum Tarihi", dn(person.birth_date)), ("Uyruğu", land(person.nationality, "en").upper()),
            ("Tescil Tarihi", dn(act)), ("Kayıt Yeri", f"{ilce} İLÇE NÜFUS MÜDÜRLÜĞÜ")]
    y = 70.0
    for a, v in rows:
        box(sh, 25, y, 55, 8.4, lw=0.25, col=GREY2, fill=(244, 244, 244))
        box(sh, 80, y, 105, 8.4, lw=0.25, col=GREY2)
        tx(sh, 27, y + 2.2, a, f=SANS_B, pt=9)
        txfit(sh, 82, y + 2.2, v, 100, f=SANS, pt=9.6)
        y += 8.4
    para(sh, 25, y + 10, 160, f"Bu belge {dn(issue)} tarihinde e-Devlet Kapısı üzerinden oluşturulmuştur. Belgenin "
         f"doğruluğunu e-Devlet Kapısı'nın 'Barkodlu Belge Doğrulama' hizmetinden barkod numarası ile kontrol "
         f"edebilirsiniz.", f=SANS, pt=9, lead=1.45, col=GREY1)
    tx(sh, 185, 270, "Bu belge 5070 sayılı Elektronik İmza Kanunu gereğince güvenli elektronik imza ile "
       "imzalanmıştır.", f=SANS_I, pt=6.6, at="right", col=GREY2)
    return [toner(sh, 200, 0.9, lift=18)]


def birth_mwi(person: Person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Malawian birth certificate of the National Registration Bureau: a GREEN ornamental border of small
    diamonds, the rising-sun mark over 'REPUBLIC OF MALAWI' and 'CERTIFICATE OF BIRTH' in an engraved serif, the
    Act's name in italics, the entry as label and value pairs in TWO COLUMNS (child on the left, parents on the
    right), the entry number and the registration date at the foot, the registrar's signature BELOW its printed
    label with the round bureau stamp over it; the certificate had been FOLDED IN FOUR (a horizontal and a vertical
    crease)."""
    issue = issue_date or copied_on(person, "mw")
    act = act_date or registered_on(person, "mw", 10, 80)
    sh = Sheet()
    g = (24, 110, 64)
    box(sh, 12, 12, 186, 273, lw=1.2, col=g)
    for i in range(46):
        x = 16 + i * 3.9
        for yy in (15.5, 279.5):
            d_ = Image.new("RGBA", (20, 20), (0, 0, 0, 0))
            ImageDraw.Draw(d_).polygon([(10, 0), (20, 10), (10, 20), (0, 10)], fill=g + (255,))
            sh.image(x, yy, 2.2, 2.2, d_)
    crest(sh, 96, 24, 18, "sunrise", col=g)
    tx(sh, 105, 45, "REPUBLIC OF MALAWI", f=SCHOOL_B, pt=15, at="center", sp=1.2)
    tx(sh, 105, 53, "CERTIFICATE OF BIRTH", f=SCHOOL_B, pt=19, at="center", col=g)
    tx(sh, 105, 62, "Issued under the National Registration Act, 2010", f=SCHOOL_I, pt=9.4, at="center")
    left = [("Name of child", f"{person.given_names} {person.surname}"), ("Sex", sex_of(person, "en")),
            ("Date of birth", dw(person.birth_date, "en")), ("Place of birth", person.birth_place),
            ("District", person.birth_place), ("Nationality", "Malawian")]
    right = [("Name of father", father_of(person, father)), ("Nationality of father", "Malawian"),
             ("Name of mother", mother_of(person, mother)), ("Nationality of mother", "Malawian"),
             ("Informant", "Father" if rng.random() < 0.6 else "Mother")]
    for col_, rows in ((20, left), (110, right)):
        y = 78.0
        for a, v in rows:
            tx(sh, col_, y, a, f=SCHOOL_I, pt=8.6, col=GREY1)
            txfit(sh, col_, y + 4.2, v, 82, f=SCHOOL_B, pt=11)
            hl(sh, col_, col_ + 82, y + 10, lw=0.2, col=GREY3, dash=0.6)
            y += 15
    y = 178.0
    tx(sh, 20, y, f"Entry No.  {pdigits(person, 'mwe', 4)}/{act.year}", f=SCHOOL, pt=10)
    tx(sh, 20, y + 7, f"Date of registration  {dw(act, 'en')}", f=SCHOOL, pt=10)
    tx(sh, 20, y + 14, f"Date of issue  {dw(issue, 'en')}", f=SCHOOL, pt=10)
    sign(sh, 126, y + 20, rng, w=40, h=12, col=FOUNTAIN)
    hl(sh, 120, 190, y + 34, lw=0.3)
    tx(sh, 155, y + 36, "Registrar General", f=SCHOOL_I, pt=9.4, at="center")
    rubber(sh, 132, y + 12, ["NATIONAL REGISTRATION BUREAU", "MALAWI", "REGISTRAR"], rng, col=RUBBER_VIOLET, mm=30)
    out = crease(sh, rng, at=0.5)
    return [crease(out, rng, at=0.5, vertical=True)]


def birth_cpv(person: Person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Bilingual birth extract issued by the consular section of Cabo Verde's embassy in Brussels from the Praia
    register ('CERTIDÃO DE NASCIMENTO · EXTRAIT D'ACTE DE NAISSANCE'): the embassy's name at the top, then the
    act in TWO COLUMNS, Portuguese at the LEFT and French at the RIGHT, written as prose with the dates in words
    ('aos catorze dias do mês de julho...' / 'le quatorze juillet...'), the register's book and entry numbers in a
    line across both columns, the consul's signature at the letter's END with no label, the round consular stamp
    and a fiscal stamp at the lower left."""
    issue = issue_date or copied_on(person, "cv")
    act = act_date or registered_on(person, "cv")
    fa, mo = father_of(person, father), mother_of(person, mother)
    sh = Sheet()
    crest(sh, 98, 10, 14, "stars", col=(18, 46, 120))
    tx(sh, 105, 27, "EMBAIXADA DA REPÚBLICA DE CABO VERDE · BRUXELAS", f=PALA_B, pt=10.5, at="center")
    tx(sh, 105, 32.5, "Secção Consular · Section consulaire", f=PALA_I, pt=9, at="center")
    tx(sh, 57, 44, "CERTIDÃO DE NASCIMENTO", f=PALA_B, pt=12, at="center")
    tx(sh, 153, 44, "EXTRAIT D'ACTE DE NAISSANCE", f=PALA_B, pt=12, at="center")
    vl(sh, 105, 42, 196, lw=0.3, col=GREY3)
    bk, ent = 20 + crc(person.surname, "bk") % 60, 100 + crc(person.given_names, "en") % 900
    pt_txt = (f"Certifico que no Livro n.º {bk} de registo de nascimentos da Conservatória do Registo Civil de "
              f"{person.birth_place}, sob o n.º {ent}, se encontra lavrado o assento de nascimento de "
              f"{person.given_names.upper()} {person.surname.upper()}, do sexo {sex_of(person, 'pt')}, nascido(a) "
              f"{pt_date_prose(person.birth_date)}, em {person.birth_place}, ilha de "
              f"{rng.choice(['Santiago', 'São Vicente', 'Fogo', 'Sal'])}, filho(a) de {fa} e de {mo}, ambos de "
              f"nacionalidade cabo-verdiana. O registo foi lavrado {pt_date_prose(act)}.")
    fr_txt = (f"Je certifie qu'au livre n° {bk} des actes de naissance du bureau de l'état civil de {person.birth_place}, "
              f"sous le n° {ent}, est inscrit l'acte de naissance de {person.given_names.upper()} "
              f"{person.surname.upper()}, de sexe {sex_of(person, 'fr')}, né(e) {fr_date_prose(person.birth_date)} à "
              f"{person.birth_place} (Cap-Vert), enfant de {fa} et de {mo}, tous deux de nationalité cap-verdienne. "
              f"L'acte a été dressé {fr_date_prose(act)}.")
    y1 = para(sh, 18, 54, 80, pt_txt, f=PALA, pt=10, lead=1.55, al="justify")
    y2 = para(sh, 114, 54, 80, fr_txt, f=PALA, pt=10, lead=1.55, al="justify")
    y = max(y1, y2) + 6
    hl(sh, 18, 192, y, lw=0.3)
    tx(sh, 105, y + 3, f"Livro/Livre {bk} · Assento/Acte {ent} · Emitida em/Délivré le {dn(issue, '/')}", f=PALA,
       pt=8.6, at="center", col=GREY1)
    y += 14
    para(sh, 18, y, 174, f"Bruxelas / Bruxelles, {dw(issue, 'pt')}.", f=PALA, pt=10, lead=1.5)
    sign(sh, 132, y + 6, rng, w=42, h=14, col=FOUNTAIN)
    rubber(sh, 110, y + 2, ["EMBAIXADA DE CABO VERDE", "SECÇÃO CONSULAR", "BRUXELAS"], rng, col=RUBBER_BLUE, mm=30)
    box(sh, 20, y + 14, 22, 26, lw=0.4, col=(150, 90, 30), fill=(250, 238, 214))
    tx(sh, 31, y + 18, "SELO", f=SANS_B, pt=7, at="center", col=(150, 90, 30))
    tx(sh, 31, y + 24, "500$00", f=SANS_B, pt=9, at="center", col=(150, 90, 30))
    hl(sh, 18, 46, y + 30, lw=0.6, col=BALL_BLUE)
    return [sh]


_LO = {"t": "ໃບຢັ້ງຢືນການເກີດ", "mi": "ກະຊວງພາຍໃນ", "name": "ຊື່ ແລະ ນາມສະກຸນ", "sex": "ເພດ", "dob": "ວັນເດືອນປີເກີດ",
       "pob": "ສະຖານທີ່ເກີດ", "nat": "ສັນຊາດ", "fa": "ຊື່ພໍ່", "mo": "ຊື່ແມ່", "no": "ເລກທີ", "date": "ວັນທີ",
       "off": "ນາຍທະບຽນ"}


def birth_lao(person: Person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Lao birth certificate on the ministry's PRINTED form, every caption in Lao script with the English under it,
    the answers WRITTEN IN BY HAND in Latin capitals with a ballpoint on dotted lines; the republic's name and motto
    in Lao at the top, 'BIRTH CERTIFICATE' under 'ໃບຢັ້ງຢືນການເກີດ', the number at the top right, the village head's
    and the registrar's signatures side by side at the foot, the registrar's red round stamp overlapping his
    signature; dates written '14/07/1982'."""
    issue = issue_date or copied_on(person, "la")
    act = act_date or registered_on(person, "la")
    hf = random.Random(crc(person.surname, "laopen")).choice([PEN_PLAIN, PEN_BOLD, PEN_CAPS])
    ink = random.Random(crc(person.surname, "laoink")).choice([BALL_BLUE, BALL_BLACK])
    sh = Sheet(paper="cream")
    tx(sh, 105, 12, _LAO_REP, f=DV_B, pt=10.5, at="center")
    tx(sh, 105, 18, "ສັນຕິພາບ ເອກະລາດ ປະຊາທິປະໄຕ ເອກະພາບ ວັດທະນາຖາວອນ", f=DV, pt=8.4, at="center")
    tx(sh, 105, 23, "LAO PEOPLE'S DEMOCRATIC REPUBLIC · Peace Independence Democracy Unity Prosperity", f=DV, pt=7,
       at="center", col=GREY1)
    tx(sh, 18, 32, _LO["mi"], f=DV, pt=8.6)
    tx(sh, 18, 36.5, "Ministry of Home Affairs", f=DV, pt=7.4, col=GREY1)
    tx(sh, 150, 32, f"{_LO['no']} / No.", f=DV, pt=8)
    pen(sh, 168, 29.5, f"{pdigits(person, 'lao', 4)}/{act.year % 100:02d}", rng, f=hf, pt=12, col=ink)
    tx(sh, 105, 46, _LO["t"], f=DV_B, pt=15, at="center")
    tx(sh, 105, 54, "BIRTH CERTIFICATE", f=DV_B, pt=11, at="center", col=GREY1)
    rows = [("name", "Full name", f"{person.given_names} {person.surname}"), ("sex", "Sex", sex_of(person, "en")),
            ("dob", "Date of birth", dn(person.birth_date, "/")), ("pob", "Place of birth", person.birth_place),
            ("nat", "Nationality", "Lao"), ("fa", "Father's name", father_of(person, father)),
            ("mo", "Mother's name", mother_of(person, mother))]
    y = 68.0
    for k, en, v in rows:
        tx(sh, 20, y, _LO[k], f=DV, pt=9)
        tx(sh, 20, y + 4.4, en, f=DV, pt=7, col=GREY2)
        hl(sh, 66, 190, y + 6.4, lw=0.2, col=GREY2, dash=0.5)
        pen(sh, 70, y - 0.5, v, rng, f=hf, pt=12.5, col=ink, maxw=118, caps=True)
        y += 14
    tx(sh, 20, y + 4, f"{_LO['date']} / Date of registration", f=DV, pt=8.4)
    pen(sh, 84, y + 1.5, dn(act, "/"), rng, f=hf, pt=12, col=ink)
    tx(sh, 20, y + 12, "Issued on", f=DV, pt=8.4)
    pen(sh, 84, y + 9.5, dn(issue, "/"), rng, f=hf, pt=12, col=ink)
    y += 30
    tx(sh, 55, y, "ນາຍບ້ານ / Village head", f=DV, pt=8.4, at="center")
    tx(sh, 150, y, f"{_LO['off']} / Registrar", f=DV, pt=8.4, at="center")
    sign(sh, 36, y + 6, rng, w=36, h=12, col=ink)
    sign(sh, 132, y + 6, rng, w=36, h=12, col=ink)
    rubber(sh, 120, y + 2, ["LAO P.D.R.", "HOME AFFAIRS OFFICE", "VIENTIANE"], rng, col=RUBBER_RED, mm=28)
    return [sh]


_FR_TOWNS = {"Bruxelles", "Schaerbeek", "Anderlecht", "Liège", "Charleroi", "Namur", "Molenbeek-Saint-Jean", "Mons",
             "Ixelles", "Verviers", "Tournai", "Saint-Gilles", "Forest"}


def birth_bel(person: Person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Belgian birth extract printed from the civil-status database in the commune's language: the commune's name
    in bold at the top LEFT with 'Dienst Burgerlijke Stand' / 'Service de l'État civil', the act's reference
    (register, act number, date of the act) in a grey strip across the page, the data as a TWO-COLUMN table with the
    captions in BOLD at the left and no rules, the parents under a sub-heading, a 2D code at the lower LEFT and the
    electronic-seal sentence in a thin frame at the lower RIGHT instead of a handwritten signature."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(20, 300))
    act = act_date or registered_on(person, "be", 2, 12)
    lang = "fr" if person.birth_place in _FR_TOWNS or rng.random() < 0.3 else "nl"
    T = {"nl": dict(dept="Dienst Burgerlijke Stand", t="UITTREKSEL UIT EEN AKTE VAN GEBOORTE", reg="Akte",
                    rows=["Naam", "Voornamen", "Geslacht", "Geboortedatum", "Geboorteplaats", "Nationaliteit"],
                    par="Ouders", fa="Vader / meemoeder", mo="Moeder",
                    seal="Dit uittreksel is elektronisch ondertekend met het gekwalificeerd zegel van de gemeente en "
                         "heeft dezelfde waarde als een ondertekend document.", on="Afgeleverd op"),
         "fr": dict(dept="Service de l'État civil", t="EXTRAIT D'ACTE DE NAISSANCE", reg="Acte",
                    rows=["Nom", "Prénoms", "Sexe", "Date de naissance", "Lieu de naissance", "Nationalité"],
                    par="Parents", fa="Père / coparente", mo="Mère",
                    seal="Le présent extrait est revêtu du cachet électronique qualifié de la commune et a la même "
                         "valeur qu'un document signé.", on="Délivré le")}[lang]
    sh = Sheet()
    town = person.birth_place
    tx(sh, 18, 16, (("Commune de " if lang == "fr" else "Gemeente ") + town).upper(), f=CARL_B, pt=13)
    tx(sh, 18, 22.5, T["dept"], f=CARL, pt=9.6, col=GREY1)
    band(sh, 18, 34, 174, 9, (232, 232, 236))
    tx(sh, 21, 36.2, f"{T['reg']} {act.year}/{pdigits(person, 'beact', 5)}  ·  {dn(act, '/')}  ·  DABS "
       f"{pdigits(person, 'dabs', 8)}", f=CARL, pt=9.2)
    tx(sh, 105, 52, T["t"], f=CARL_B, pt=14, at="center")
    vals = [person.surname.upper(), person.given_names, sex_of(person, lang), dw(person.birth_date, lang), town,
            nat_of(person, lang)]
    y = 66.0
    for a, v in zip(T["rows"], vals):
        tx(sh, 24, y, a, f=CARL_B, pt=10.5)
        txfit(sh, 80, y, v, 108, f=CARL, pt=10.5)
        y += 8
    tx(sh, 24, y + 4, T["par"], f=CARL_B, pt=11, col=GREY1)
    y += 13
    for a, v in [(T["fa"], father_of(person, father)), (T["mo"], mother_of(person, mother))]:
        tx(sh, 24, y, a, f=CARL_B, pt=10.5)
        txfit(sh, 80, y, v, 108, f=CARL, pt=10.5)
        y += 8
    tx(sh, 24, y + 8, f"{T['on']} {dw(issue, lang)}", f=CARL, pt=10)
    matrix(sh, 22, 226, 30, f"{person.surname}{act}be")
    box(sh, 96, 228, 96, 26, lw=0.3, col=GREY2)
    para(sh, 99, 231, 90, T["seal"], f=CARL_I, pt=8.6, lead=1.35, col=GREY1)
    return [sh]


def birth_per(person: Person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Peruvian 'ACTA DE NACIMIENTO' of a district municipality's civil registry on the RENIEC printed form, FILLED IN
    BY HAND in ballpoint in the registrar's small capitals: numbered boxes (1 Apellidos, 2 Nombres, 3 Sexo, 4 Fecha de
    nacimiento, 5 Lugar, 6-7 the father's and mother's names and DNI), the CUI number in a box at the top RIGHT, the
    registrar's signature and the municipality's oval stamp at the foot; the certified copy's typed line 'ES COPIA
    CERTIFICADA DEL ORIGINAL' with its date at the very bottom; copied on greyish paper."""
    issue = issue_date or copied_on(person, "pe")
    act = act_date or registered_on(person, "pe")
    hf = random.Random(crc(person.surname, "pepen")).choice([PEN_CAPS, PEN_PLAIN, PEN_BOLD])
    ink = random.Random(crc(person.surname, "peink")).choice([BALL_BLUE, BALL_BLACK])
    sh = Sheet(paper="grey")
    crest(sh, 16, 12, 14, "shield3", col=(150, 30, 40))
    tx(sh, 34, 13, "REGISTRO NACIONAL DE IDENTIFICACIÓN Y ESTADO CIVIL", f=NSANS_B, pt=9.6)
    tx(sh, 34, 18.5, f"MUNICIPALIDAD DISTRITAL DE {person.birth_place.upper()} - OFICINA DE REGISTRO CIVIL", f=NSANS,
       pt=8.2)
    box(sh, 150, 28, 44, 12, lw=0.5)
    tx(sh, 152, 29, "CUI / N° DE ACTA", f=NSANS, pt=6.4, col=GREY2)
    pen(sh, 154, 31.5, pdigits(person, "cui", 8), rng, f=hf, pt=12, col=ink)
    tx(sh, 16, 33, "ACTA DE NACIMIENTO", f=NSANS_B, pt=17)
    fa, mo = father_of(person, father), mother_of(person, mother)
    cells = [("1", "APELLIDOS DEL NACIDO", person.surname), ("2", "NOMBRES", person.given_names),
             ("3", "SEXO", sex_of(person, "es")), ("4", "FECHA DE NACIMIENTO", dn(person.birth_date, "/")),
             ("5", "LUGAR DE NACIMIENTO", f"{person.birth_place}, Perú"),
             ("6", "PADRE - APELLIDOS Y NOMBRES", fa), ("6a", "DNI DEL PADRE", pdigits(person, "dnif", 8)),
             ("7", "MADRE - APELLIDOS Y NOMBRES", mo), ("7a", "DNI DE LA MADRE", pdigits(person, "dnim", 8)),
             ("8", "FECHA DE INSCRIPCIÓN", dn(act, "/"))]
    y = 48.0
    for no, cap, v in cells:
        box(sh, 16, y, 178, 15, lw=0.3)
        band(sh, 16, y, 9, 15, (220, 220, 222))
        tx(sh, 20.5, y + 5, no, f=NSANS_B, pt=9, at="center")
        tx(sh, 27, y + 1, cap, f=NSANS, pt=6.8, col=GREY1)
        pen(sh, 30, y + 5.4, v, rng, f=hf, pt=12, col=ink, maxw=160, caps=True)
        y += 15
    sign(sh, 120, y + 10, rng, w=44, h=13, col=ink)
    hl(sh, 112, 184, y + 26, lw=0.3)
    tx(sh, 148, y + 27.5, "REGISTRADOR CIVIL", f=NSANS, pt=8, at="center")
    rubber(sh, 40, y + 8, [f"MUNICIPALIDAD DE {person.birth_place.upper()}"[:26], "REGISTRO CIVIL"], rng,
           shape="oval", col=RUBBER_VIOLET, mm=40)
    tx(sh, 16, 272, f"ES COPIA CERTIFICADA DEL ORIGINAL QUE OBRA EN ESTE REGISTRO · {dn(issue, '/')}", f=NMONO_B,
       pt=8.4)
    return [sh]


_KK_RU = [("Тегі", "Фамилия", "sur"), ("Аты", "Имя", "giv"), ("Әкесінің аты", "Отчество", "pat"),
          ("Туған күні", "Дата рождения", "dob"), ("Туған жері", "Место рождения", "pob"),
          ("Әкесі", "Отец", "fa"), ("Анасы", "Мать", "mo")]


def birth_kaz(person: Person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Kazakh birth certificate ('ТУУ ТУРАЛЫ КУӘЛІК · СВИДЕТЕЛЬСТВО О РОЖДЕНИИ') on the green state blank, laid out in
    TWO COLUMNS, Kazakh at the LEFT and Russian at the RIGHT, each caption over a typed value in Cyrillic; the
    roof-wheel mark at the top centre, the series and number ('I-АЛ № 0412345') at the top right in red, the act
    record number and date, the registry office's round stamp over the head's signature at the foot; the blank
    printed on a fine green guilloche."""
    issue = issue_date or copied_on(person, "kz")
    act = act_date or registered_on(person, "kz")
    fa, mo = father_of(person, father), mother_of(person, mother)
    vals = {"sur": cyrillic(person.surname).upper(), "giv": cyrillic(person.given_names).upper(),
            "pat": cyrillic(fa.split(" ")[0]) + ("ұлы" if person.sex == "M" else "қызы"),
            "dob": dn(person.birth_date), "pob": cyrillic(person.birth_place), "fa": cyrillic(fa),
            "mo": cyrillic(mo)}
    sh = Sheet()
    sh.image(0, 0, 210, 297, rosette(210, 297, rng, (244, 250, 242), (214, 236, 212), k=3.5))
    crest(sh, 98, 12, 14, "shanyrak", col=(30, 110, 70))
    tx(sh, 186, 14, f"I-{rng.choice(['АЛ', 'КА', 'ЖК', 'ШЫ'])} № {pdigits(person, 'kzno', 7)}", f=DVS_B, pt=10.5,
       at="right", col=(170, 30, 40))
    tx(sh, 57, 32, "ТУУ ТУРАЛЫ КУӘЛІК", f=DVS_B, pt=13, at="center", col=(20, 90, 60))
    tx(sh, 153, 32, "СВИДЕТЕЛЬСТВО О РОЖДЕНИИ", f=DVS_B, pt=13, at="center", col=(20, 90, 60))
    vl(sh, 105, 42, 220, lw=0.3, col=(120, 160, 130))
    y = 46.0
    for kk, ru, key in _KK_RU:
        for x, cap in ((16, kk), (112, ru)):
            tx(sh, x, y, cap, f=DVS, pt=8, col=GREY1)
            txfit(sh, x, y + 4, vals[key], 84, f=DVC_B, pt=10.5)
            hl(sh, x, x + 84, y + 10, lw=0.2, col=(120, 160, 130))
        y += 15
    rec = f"№ {pdigits(person, 'kzrec', 3)}"
    for x, cap in ((16, f"Туу туралы акт жазбасы {rec}, {dw(act, 'kk')}"),
                   (112, f"Запись акта о рождении {rec} от {dw(act, 'ru')}")):
        para(sh, x, y + 4, 84, cap, f=DVS, pt=9, lead=1.4)
    y += 22
    for x, cap in ((16, f"Берілген күні: {dn(issue)}"), (112, f"Дата выдачи: {dn(issue)}")):
        tx(sh, x, y, cap, f=DVS, pt=9)
    y += 14
    tx(sh, 16, y, "Тіркеу органының басшысы / Руководитель органа регистрации", f=DVS, pt=8.4)
    sign(sh, 120, y + 2, rng, w=40, h=12, col=BALL_BLUE)
    rubber(sh, 100, y - 6, ["АХАТ БӨЛІМІ", cyrillic(person.birth_place).upper(), "ЗАГС"], rng, col=RUBBER_BLUE,
           mm=30)
    return [sh]


_HY_ROWS = [("Ազգանուն", "sur"), ("Անուն", "giv"), ("Հայրանուն", "pat"), ("Ծննդյան ամսաթիվ", "dob"),
            ("Ծննդավայր", "pob"), ("Հայր", "fa"), ("Մայր", "mo")]


def birth_arm(person: Person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Armenian birth certificate ('ԾՆՆԴՅԱՆ ՎԿԱՅԱԿԱՆ') in Armenian only: the republic's name at the top, a mountain seal
    mark, the captions in Armenian at the LEFT on a pale violet ground with the values typed at the RIGHT in
    Armenian letters, the dates in words ('14 հուլիսի 1982 թ.'), the civil-status office's stamp and the head's
    signature BESIDE its label at the foot; PHOTOGRAPHED with a phone on a grey laminate table under a warm lamp."""
    issue = issue_date or copied_on(person, "am")
    act = act_date or registered_on(person, "am")
    fa, mo = father_of(person, father), mother_of(person, mother)
    vals = {"sur": armenian(person.surname), "giv": armenian(person.given_names),
            "pat": armenian(fa.split(" ")[0]) + "ի", "dob": dw(person.birth_date, "hy"),
            "pob": armenian(person.birth_place) + ", Հայաստան", "fa": armenian(fa), "mo": armenian(mo)}
    sh = Sheet()
    tx(sh, 105, 14, _HY_REP, f=DVS_B, pt=12, at="center", col=(60, 40, 110))
    crest(sh, 96, 20, 18, "mountain", col=(60, 40, 110))
    tx(sh, 105, 42, "ԾՆՆԴՅԱՆ ՎԿԱՅԱԿԱՆ", f=DVS_B, pt=17, at="center", col=(60, 40, 110))
    tx(sh, 105, 51, f"Սերիա {rng.choice(['ԱԱ', 'ԱԲ', 'ԲԲ'])} № {pdigits(person, 'amno', 6)}", f=DVS, pt=10,
       at="center", col=(170, 30, 40))
    y = 62.0
    for cap, key in _HY_ROWS:
        band(sh, 18, y, 56, 11, (236, 230, 244))
        tx(sh, 21, y + 3, cap, f=DVS, pt=9.4)
        txfit(sh, 78, y + 3, vals[key], 112, f=DVS_B, pt=10.5)
        hl(sh, 18, 192, y + 11, lw=0.2, col=GREY3)
        y += 13
    para(sh, 18, y + 4, 174, f"Ակտային գրառում № {pdigits(person, 'amact', 3)}, {dw(act, 'hy')}", f=DVS, pt=9.6)
    para(sh, 18, y + 12, 174, f"Տրման ամսաթիվ՝ {dw(issue, 'hy')}", f=DVS, pt=9.6)
    y += 30
    tx(sh, 18, y + 4, "ՔԿԱԳ բաժնի պետ", f=DVS, pt=9.6)
    sign(sh, 60, y - 2, rng, w=38, h=12, col=BALL_BLUE)
    rubber(sh, 110, y - 8, ["ARMENIA", "CIVIL STATUS", armenian(person.birth_place).upper()[:14]], rng,
           col=RUBBER_BLUE, mm=30)
    return [desk_photo(sh, rng, surface="laminate", lamp=True)]


for _c, _fn, _lang, _fid, _note in [
        ("TUR", birth_tur, "tr", "birth-tr-yabanci-dogum-kayit-edevlet-barkod-tabel-49",
         "Turkish birth record of a foreign national printed from e-Government with a bar code"),
        ("MWI", birth_mwi, "en", "birth-mwi-groene-ruitjesrand-twee-kolommen-viermaal-gevouwen-49",
         "Malawian birth certificate with a green border, folded in four"),
        ("CPV", birth_cpv, "pt/fr", "birth-cpv-consulaat-twee-kolommen-pt-fr-proza-woorden-fiscale-zegel-49",
         "consular birth extract of Cabo Verde in Portuguese and French columns, prose with dates in words"),
        ("LAO", birth_lao, "lo/en", "birth-lao-formulier-laotiaans-engels-met-de-hand-ingevuld-49",
         "Lao birth certificate on a printed Lao/English form filled in by hand"),
        ("BEL", birth_bel, "nl/fr", "birth-be-gemeente-grijze-referentiestrook-vet-bijschrift-2d-code-49",
         "Belgian birth extract from the civil-status database with a 2D code and e-seal"),
        ("PER", birth_per, "es", "birth-per-acta-genummerde-vakken-met-de-hand-copia-certificada-49",
         "Peruvian birth act on the RENIEC form filled in by hand, certified copy"),
        ("KAZ", birth_kaz, "kk/ru", "birth-kaz-groen-blanco-kazachs-links-russisch-rechts-49",
         "Kazakh birth certificate in Kazakh and Russian columns on the green blank"),
        ("ARM", birth_arm, "hy", "birth-arm-armeens-violette-bijschriften-gsm-lamp-49",
         "Armenian birth certificate in Armenian, photographed under a lamp")]:
    _id._register(_fid, "birth-certificate", PART, _lang, _fn, country=_c, notes=_note)


# =========================================================================== marriage acts

def _couple(person: Person, spouse: Person | None, rng):
    sp = spouse or _pp.make_spouse(rng, person)
    return (person, sp) if person.sex == "M" else (sp, person)


def marriage_mwi(person: Person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    """Malawian 'CERTIFICATE OF MARRIAGE' under the Marriage, Divorce and Family Relations Act: a three-column table
    'Particulars | Husband | Wife' (names, age, condition, occupation, residence, father's name) with ruled cells,
    the marriage's date and place in a line over the table, both parties' and two witnesses' signatures in a grid
    under it, the registrar's signature ABOVE the printed label 'Registrar of Marriages' at the lower right with an
    oval stamp; copied in black and white, laid about 1.5 degrees askew."""
    h, w = _couple(person, spouse, rng)
    wed = marriage_date or max(h.birth_date, w.birth_date) + datetime.timedelta(days=365 * 22 + rng.randint(0, 2500))
    issue = issue_date or wed + datetime.timedelta(days=rng.randint(1, 30))
    sh = Sheet()
    crest(sh, 98, 12, 14, "sunrise", col=GREY1)
    tx(sh, 105, 29, "REPUBLIC OF MALAWI", f=SERIF_B, pt=13, at="center")
    tx(sh, 105, 36, "CERTIFICATE OF MARRIAGE", f=SERIF_B, pt=16, at="center")
    tx(sh, 105, 44, "Marriage, Divorce and Family Relations Act, 2015 - Section 39", f=SERIF_I, pt=9, at="center")
    tx(sh, 16, 54, f"Marriage solemnized at {rng.choice(['the District Commissioner’s Office', 'St Michael and All Angels Church', 'the Civic Offices'])}, "
       f"{h.birth_place}, on {dw(wed, 'en')}", f=SERIF, pt=10)
    tx(sh, 16, 60, f"Entry No. {digits(rng, 3)}/{wed.year}", f=SERIF, pt=10)
    age = lambda p: str((wed - p.birth_date).days // 365)  # noqa: E731
    rows = [("Name and surname", f"{h.given_names} {h.surname}", f"{w.given_names} {w.surname}"),
            ("Date of birth", dn(h.birth_date, "/"), dn(w.birth_date, "/")), ("Age", age(h), age(w)),
            ("Condition", "Bachelor", "Spinster"), ("Nationality", nat_of(h, "en"), nat_of(w, "en")),
            ("Residence", h.birth_place, w.birth_place), ("Father's name", father_of(h), father_of(w))]
    y = 68.0
    for i, (a, b, c_) in enumerate([("Particulars", "Husband", "Wife")] + rows):
        hdr = i == 0
        for x, ww, v in ((16, 50, a), (66, 64, b), (130, 64, c_)):
            box(sh, x, y, ww, 10, lw=0.3, fill=(228, 228, 228) if hdr else None)
            txfit(sh, x + 2, y + 2.6, v, ww - 4, f=SERIF_B if hdr or x == 16 else SERIF, pt=9.6)
        y += 10
    y += 8
    for i, lab in enumerate(["Signature of husband", "Signature of wife", "Witness", "Witness"]):
        x = 16 + (i % 2) * 90
        yy = y + (i // 2) * 22
        sign(sh, x + 4, yy, rng, w=34, h=10, col=BALL_BLUE if i < 2 else BALL_BLACK)
        hl(sh, x, x + 80, yy + 12, lw=0.2)
        tx(sh, x, yy + 13, lab, f=SERIF_I, pt=8.6)
    y += 52
    sign(sh, 132, y, rng, w=40, h=12, col=FOUNTAIN)
    hl(sh, 124, 194, y + 14, lw=0.3)
    tx(sh, 159, y + 15.5, "Registrar of Marriages", f=SERIF_I, pt=9, at="center")
    tx(sh, 16, y + 8, f"Issued on {dw(issue, 'en')}", f=SERIF, pt=9.6)
    rubber(sh, 90, y - 4, ["REGISTRAR OF MARRIAGES", h.birth_place.upper()[:16]], rng, shape="oval", col=RUBBER_BLUE,
           mm=36)
    return [tilted(toner(sh), rng.choice([-1.6, -1.2, 1.3, 1.7]))]


def marriage_bel(person: Person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    """Belgian marriage extract with the two spouses SIDE BY SIDE in two framed columns ('Echtgenoot 1 /
    Echtgenoot 2' or 'Conjoint 1 / Conjoint 2'), the commune's name spaced in capitals over a thin tricolour rule,
    the date and place of the marriage in a centred line between the title and the columns, the registrar's round
    stamp ABOVE the printed name of the officer at the foot and a signature in blue to its right."""
    a_, b_ = _couple(person, spouse, rng)
    wed = marriage_date or TODAY - datetime.timedelta(days=rng.randint(500, 3000))
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(30, 200))
    town = rng.choice(["Antwerpen", "Gent", "Leuven", "Liège", "Schaerbeek", "Charleroi", "Anderlecht", "Mechelen"])
    lang = "fr" if town in _FR_TOWNS else "nl"
    T = {"nl": dict(c=f"GEMEENTE {town.upper()}", t="UITTREKSEL UIT EEN AKTE VAN HUWELIJK", s="Echtgenoot",
                    on=f"Huwelijk voltrokken te {town} op {dw(wed, 'nl')}",
                    rows=["Naam", "Voornamen", "Geboren op", "te", "Nationaliteit"], off="De ambtenaar van de "
                    "burgerlijke stand", iss="Afgegeven op"),
         "fr": dict(c=f"COMMUNE DE {town.upper()}", t="EXTRAIT D'ACTE DE MARIAGE", s="Conjoint",
                    on=f"Mariage célébré à {town} le {dw(wed, 'fr')}",
                    rows=["Nom", "Prénoms", "Né(e) le", "à", "Nationalité"], off="L'officier de l'état civil",
                    iss="Délivré le")}[lang]
    sh = Sheet()
    tx(sh, 105, 16, T["c"], f=GOTH_B, pt=13, at="center", sp=1.6)
    for i, col in enumerate([(20, 20, 20), (240, 200, 30), (200, 30, 40)]):
        band(sh, 55 + i * 33.3, 24, 33.3, 1.2, col)
    tx(sh, 105, 34, T["t"], f=GOTH_B, pt=14, at="center")
    tx(sh, 105, 44, T["on"], f=GOTH, pt=10.5, at="center")
    for j, p in enumerate((a_, b_)):
        x = 16 + j * 91
        box(sh, x, 54, 87, 78, lw=0.4, col=GREY2)
        band(sh, x, 54, 87, 8, (236, 236, 240))
        tx(sh, x + 3, 55.8, f"{T['s']} {j + 1}", f=GOTH_B, pt=10)
        vals = [p.surname.upper(), p.given_names, dn(p.birth_date, "/"), p.birth_place, nat_of(p, lang)]
        y = 66.0
        for cap, v in zip(T["rows"], vals):
            tx(sh, x + 3, y, cap, f=GOTH, pt=8, col=GREY2)
            txfit(sh, x + 3, y + 3.6, v, 81, f=GOTH_B, pt=10)
            y += 12.5
    tx(sh, 16, 140, f"{T['iss']} {dn(issue, '.')}", f=GOTH, pt=10)
    rubber(sh, 40, 156, [T["c"][:24], "BURGERLIJKE STAND" if lang == "nl" else "ÉTAT CIVIL"], rng, col=RUBBER_BLUE,
           mm=30)
    tx(sh, 55, 190, T["off"], f=GOTH, pt=9.6, at="center")
    sign(sh, 100, 176, rng, w=40, h=13, col=BALL_BLUE)
    return [sh]


_id._register("marriage-mwi-drie-kolommen-getuigenraster-zwartwit-scheef-49", "marriage-certificate", PART, "en",
              marriage_mwi, country="MWI", notes="Malawian marriage certificate with a husband/wife table")
_id._register("marriage-be-echtgenoten-naast-elkaar-kaders-driekleur-49", "marriage-certificate", PART, "nl/fr",
              marriage_bel, country="BEL", notes="Belgian marriage extract with the spouses in framed columns")


# =========================================================================== nationality certificates

def nationality_cpv(person: Person, rng, *, issue_date=None, **opts):
    """'ATESTADO DE NACIONALIDADE' of Cabo Verde's embassy in Brussels written INTERLINEAR: every Portuguese line of the
    certificate followed by its French rendering in smaller italics ('Certificat de nationalité'), the embassy's ten
    stars at the top LEFT beside its name, no photograph; the consul's signature at the END of the text with no
    label, the round consular stamp half over the last line and a fiscal stamp at the left margin."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(30, 500))
    sh = Sheet()
    crest(sh, 18, 12, 14, "stars", col=(18, 46, 120))
    tx(sh, 36, 14, "EMBAIXADA DA REPÚBLICA DE CABO VERDE", f=SCHOOL_B, pt=11)
    tx(sh, 36, 19.5, "Ambassade de la République de Cabo Verde · Bruxelles", f=SCHOOL_I, pt=8.6, col=GREY1)
    tx(sh, 105, 40, "ATESTADO DE NACIONALIDADE", f=SCHOOL_B, pt=14, at="center")
    tx(sh, 105, 47, "Certificat de nationalité", f=SCHOOL_I, pt=10, at="center", col=GREY1)
    pairs = [("O Cônsul da República de Cabo Verde em Bruxelas atesta, para os devidos efeitos, que",
              "Le Consul de la République de Cabo Verde à Bruxelles atteste, pour servir et valoir ce que de droit, que"),
             (f"{person.given_names.upper()} {person.surname.upper()},",
              f"{person.given_names.upper()} {person.surname.upper()},"),
             (f"nascido(a) a {dn(person.birth_date, '/')} em {person.birth_place}, filho(a) de {father_of(person)} e de "
              f"{mother_of(person)},", f"né(e) le {dn(person.birth_date, '/')} à {person.birth_place}, enfant de "
              f"{father_of(person)} et de {mother_of(person)},"),
             ("é de nacionalidade cabo-verdiana de origem, conforme o assento de nascimento lavrado na Conservatória "
              f"do Registo Civil de {person.birth_place} e o registo consular n.º {pdigits(person, 'cvreg', 5)}.",
              "est de nationalité cap-verdienne d'origine, selon l'acte de naissance dressé au bureau de l'état civil "
              f"de {person.birth_place} et l'inscription consulaire n° {pdigits(person, 'cvreg', 5)}.")]
    y = 60.0
    for pt_, fr_ in pairs:
        y = para(sh, 24, y, 164, pt_, f=SCHOOL, pt=10.8, lead=1.4)
        y = para(sh, 24, y, 164, fr_, f=SCHOOL_I, pt=9, lead=1.35, col=GREY1) + 4
    y = para(sh, 24, y + 4, 164, f"Bruxelas, {dw(issue, 'pt')} / Bruxelles, le {dw(issue, 'fr')}.", f=SCHOOL, pt=10)
    sign(sh, 120, y + 4, rng, w=44, h=14, col=FOUNTAIN)
    rubber(sh, 104, y - 6, ["EMBAIXADA DE CABO VERDE", "CONSULADO", "BRUXELAS"], rng, col=RUBBER_BLUE, mm=30)
    box(sh, 12, y + 6, 20, 24, lw=0.4, col=(30, 110, 60), fill=(230, 244, 232))
    tx(sh, 22, y + 12, "SELO", f=SANS_B, pt=7, at="center", col=(30, 110, 60))
    tx(sh, 22, y + 18, "300$00", f=SANS_B, pt=8.4, at="center", col=(30, 110, 60))
    return [sh]


def nationality_lao(person: Person, rng, *, issue_date=None, **opts):
    """Certificate of nationality of the Embassy of the Lao PDR in Brussels ('ໃບຢັ້ງຢືນສັນຊາດ · CERTIFICATE OF
    NATIONALITY'): the republic's name and motto in Lao centred at the top, the embassy's name and the reference
    number at the LEFT, the certificate in English as numbered lines (1. Full name ... 6. Nationality: Lao by birth),
    no photograph, the ambassador's signature BELOW the printed title at the lower right with the embassy's red round
    stamp; printed on cream paper."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(30, 500))
    sh = Sheet(paper="cream")
    tx(sh, 105, 12, _LAO_REP, f=DV_B, pt=10, at="center")
    tx(sh, 105, 18, "ສັນຕິພາບ ເອກະລາດ ປະຊາທິປະໄຕ ເອກະພາບ ວັດທະນາຖາວອນ", f=DV, pt=8, at="center")
    crest(sh, 18, 26, 12, "stupa", col=(150, 40, 40))
    tx(sh, 33, 28, "Embassy of the Lao People's Democratic Republic", f=DV_B, pt=9.6)
    tx(sh, 33, 33, "Brussels, Kingdom of Belgium", f=DV, pt=8.4)
    tx(sh, 33, 38, f"No. {pdigits(person, 'laonat', 3)}/EMB.LAO.BRU/{issue.year}", f=DV, pt=8.4)
    tx(sh, 105, 54, "ໃບຢັ້ງຢືນສັນຊາດ", f=DV_B, pt=14, at="center")
    tx(sh, 105, 62, "CERTIFICATE OF NATIONALITY", f=DV_B, pt=12, at="center")
    y = para(sh, 22, 74, 166, "The Embassy of the Lao People's Democratic Republic in Brussels hereby certifies that "
             "the person named below is a citizen of the Lao People's Democratic Republic:", f=DV, pt=10, lead=1.5) + 4
    for i, (a, v) in enumerate([("Full name", f"{person.given_names} {person.surname.upper()}"),
                                ("Sex", sex_of(person, "en")), ("Date of birth", dn(person.birth_date, "/")),
                                ("Place of birth", f"{person.birth_place}, Lao PDR"),
                                ("Father / Mother", f"{father_of(person)} / {mother_of(person)}"),
                                ("Nationality", "Lao, by birth")], 1):
        tx(sh, 26, y, f"{i}.  {a}", f=DV, pt=10)
        txfit(sh, 80, y, v, 108, f=DV_B, pt=10)
        y += 8
    para(sh, 22, y + 6, 166, "This certificate is issued at the request of the person concerned for use with the "
         "Belgian authorities.", f=DV, pt=10, lead=1.5)
    tx(sh, 150, y + 24, f"Brussels, {dw(issue, 'en')}", f=DV, pt=10, at="center")
    tx(sh, 150, y + 30, "The Ambassador", f=DV_B, pt=10, at="center")
    sign(sh, 130, y + 36, rng, w=40, h=13, col=BALL_BLUE)
    rubber(sh, 112, y + 30, ["EMBASSY OF THE LAO P.D.R.", "BRUSSELS"], rng, col=RUBBER_RED, mm=30)
    return [sh]


_id._register("nationality-cpv-atestado-interlineair-frans-cursief-fiscale-zegel-49", "nationality-certificate", PART,
              "pt/fr", nationality_cpv, country="CPV",
              notes="Cabo Verdean consular nationality certificate, Portuguese with interlinear French")
_id._register("nationality-lao-ambassade-genummerde-regels-roomkleurig-49", "nationality-certificate", PART, "lo/en",
              nationality_lao, country="LAO", notes="Lao embassy's certificate of nationality in numbered lines")


# =========================================================================== consular cards and identity certificates

def consular_cpv(person: Person, rng, *, issue_date=None, expiry_date=None, **opts):
    """Cabo Verde's 'CARTÃO DE INSCRIÇÃO CONSULAR' issued in Brussels: a landscape card with a blue band, the photo at
    the LEFT with a dry-stamp ring over its corner, name, birth date and place, registration number and validity in
    Portuguese; the back with the holder's address in Belgium and the consul's printed signature. Both sides copied
    at 110 % SIDE BY SIDE across the upper part of a portrait sheet (the two sides touching), black and white."""
    issue, expiry = dates_for(rng, issue_date, expiry_date, 3)
    no = f"BRU-{pdigits(person, 'cvreg', 5)}"
    fr = _cardface(rng, (236, 242, 250), (210, 222, 240))
    band(fr, 0, 0, 85.6, 8, (18, 46, 120))
    tx(fr, 3, 1.2, "REPÚBLICA DE CABO VERDE · CONSULADO EM BRUXELAS", f=NSANS_B, pt=4.6, col=(255, 255, 255))
    tx(fr, 3, 4.4, "CARTÃO DE INSCRIÇÃO CONSULAR · CARTE CONSULAIRE", f=NSANS_B, pt=4.8, col=(255, 255, 255))
    fr.photo(3, 11, 22, 28, rng)
    ring = Image.new("RGBA", (120, 120), (0, 0, 0, 0))
    ImageDraw.Draw(ring).ellipse([4, 4, 116, 116], outline=(120, 120, 130, 150), width=6)
    fr.image(15, 30, 14, 14, ring)
    y = 11.0
    for a, v in [("Nome / Nom", f"{person.given_names} {person.surname}".upper()),
                 ("Nascimento / Naissance", f"{dn(person.birth_date, '/')} · {person.birth_place}"),
                 ("N.º de inscrição / N° d'inscription", no),
                 ("Emitido - válido até / Délivré - valable jusqu'au", f"{dn(issue, '/')} - {dn(expiry, '/')}")]:
        tx(fr, 28, y, a, f=NSANS, pt=3.8, col=GREY2)
        txfit(fr, 28, y + 1.5, v, 55, f=NSANS_B, pt=5.8)
        y += 6.2
    bk = _cardface(rng, (240, 244, 250), (216, 226, 240))
    tx(bk, 3, 4, "Morada / Adresse", f=NSANS, pt=4, col=GREY2)
    if person.address:
        txfit(bk, 3, 6, format_addr(person), 80, f=NSANS_B, pt=5.6)
    tx(bk, 3, 14, "Nacionalidade / Nationalité : cabo-verdiana / cap-verdienne", f=NSANS, pt=5.0)
    para(bk, 3, 20, 80, "Este cartão comprova a inscrição consular do titular. Cette carte atteste l'inscription "
         "consulaire du titulaire et doit être présentée lors de tout acte consulaire.", f=NSANS, pt=4.4, lead=1.3)
    sign(bk, 52, 38, rng, w=24, h=8, col=BALL_BLACK)
    tx(bk, 64, 48, "O Cônsul / Le Consul", f=NSANS, pt=4.4, at="center")
    sh = Sheet()
    _place_card(sh, fr, 10, 24, 1.1, rng)
    _place_card(sh, bk, 104.2, 24, 1.1, rng)
    return [toner(sh, 200, 1.1)]


def format_addr(person: Person) -> str:
    a = person.address
    if a is None:
        return ""
    return f"{a.street} {a.number}" + (f"/{a.box}" if a.box else "") + f", {a.postcode} {a.city}"


def consular_lao(person: Person, rng, *, issue_date=None, expiry_date=None, **opts):
    """The Lao embassy's upright consular card ('ບັດກົງສຸນ · CONSULAR CARD'): the photo at the TOP centre, the holder's
    name in Latin capitals under it, the data in English lines, a red band at the foot with the validity; copied at
    real size in the MIDDLE of an A4 sheet with a crooked staple at its top left and the lawyer's pencilled note
    'orig. gezien' beside it."""
    issue, expiry = dates_for(rng, issue_date, expiry_date, 2)
    card = Sheet(54.0, 85.6)
    card.image(0, 0, 54, 85.6, rosette(54, 85.6, rng, (248, 240, 236), (232, 214, 206), k=9))
    tx(card, 27, 2, "ບັດກົງສຸນ", f=DV_B, pt=6.6, at="center", col=(150, 40, 40))
    tx(card, 27, 5.6, "CONSULAR CARD · EMBASSY OF LAO PDR", f=DV, pt=3.8, at="center", col=(150, 40, 40))
    card.photo(15, 10, 24, 30, rng)
    tx(card, 27, 42, f"{person.given_names} {person.surname}".upper(), f=DV_B, pt=fitpt(
        f"{person.given_names} {person.surname}".upper(), 50, DV_B, 6.4), at="center")
    y = 48.0
    for a, v in [("Born", f"{dn(person.birth_date, '/')}, {person.birth_place}"), ("Nationality", "Lao"),
                 ("Card No.", f"LA-BRU {pdigits(person, 'lacc', 6)}"), ("Issued", dn(issue, "/"))]:
        tx(card, 3, y, a, f=DV, pt=4, col=GREY2)
        txfit(card, 18, y - 0.3, v, 34, f=DV_B, pt=5)
        y += 5
    band(card, 0, 76, 54, 9.6, (150, 40, 40))
    tx(card, 27, 78.4, f"VALID UNTIL {dn(expiry, '/')}", f=DV_B, pt=5.4, at="center", col=(255, 255, 255))
    sh = Sheet()
    _place_card(sh, card, 78, 100, 1.0, rng)
    staple(sh, 74, 96, angle=-28)
    pen(sh, 140, 120, "orig. gezien", rng, f=PEN_SLANT, pt=12, col=LEAD)
    return [sh]


def idcert_mwi(person: Person, rng, *, issue_date=None, declarative=False, **opts):
    """'CERTIFICATE OF IDENTITY' of the Embassy of the Republic of Malawi in Brussels, written as a LETTER: the embassy's
    letterhead centred with the sun mark, the reference and date at the LEFT, 'TO WHOM IT MAY CONCERN', the photo
    glued at the top RIGHT of the text with an embossed ring over its corner, the holder's particulars in a short
    indented list, then what the embassy verified (the national registration record and an expired passport) or,
    when declarative, that the data were recorded as the holder declared them, no document having been produced;
    the counsellor's signature at the END of the letter above the typed name and the embassy's round stamp."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(20, 400))
    sh = Sheet()
    crest(sh, 98, 10, 14, "sunrise", col=GREY1)
    tx(sh, 105, 26, "EMBASSY OF THE REPUBLIC OF MALAWI", f=NROMAN_B, pt=12.5, at="center")
    tx(sh, 105, 32, "Avenue Louise · 1050 Brussels · Kingdom of Belgium", f=NROMAN, pt=9, at="center", col=GREY1)
    hl(sh, 30, 180, 36, lw=0.4)
    tx(sh, 20, 44, f"Ref.: MW/BRU/CONS/{pdigits(person, 'mwc', 3)}/{issue.year}", f=NROMAN, pt=10)
    tx(sh, 20, 50, dw(issue, "en"), f=NROMAN, pt=10)
    tx(sh, 20, 64, "TO WHOM IT MAY CONCERN", f=NROMAN_B, pt=11)
    tx(sh, 20, 72, "CERTIFICATE OF IDENTITY", f=NROMAN_B, pt=11)
    sh.photo(150, 56, 30, 38, rng)
    ring = Image.new("RGBA", (160, 160), (0, 0, 0, 0))
    ImageDraw.Draw(ring).ellipse([6, 6, 154, 154], outline=(130, 130, 130, 160), width=8)
    sh.image(136, 82, 22, 22, ring)
    y = para(sh, 20, 84, 120, "This is to certify that the person whose photograph appears hereon is:", f=NROMAN, pt=10.5,
             lead=1.45) + 3
    for a, v in [("Name", f"{person.given_names} {person.surname.upper()}"), ("Sex", sex_of(person, "en")),
                 ("Date of birth", dw(person.birth_date, "en")), ("Place of birth", f"{person.birth_place}, Malawi"),
                 ("Nationality", "Malawian")]:
        tx(sh, 28, y, a, f=NROMAN, pt=10.5)
        tx(sh, 66, y, f": {v}", f=NROMAN_B, pt=10.5)
        y += 6.5
    if declarative:
        txt = ("The above particulars were recorded as declared by the holder, who appeared in person at the "
               "Embassy but could not produce any passport, identity card or civil-status document. The Embassy has "
               "not been able to verify them against any record.")
    else:
        txt = (f"The above particulars were verified against the records of the National Registration Bureau "
               f"(national ID No. {pdigits(person, 'mwnid', 8)}) and against the holder's expired passport, which "
               f"was presented at the Embassy. The holder is a citizen of the Republic of Malawi.")
    y = para(sh, 20, y + 6, 170, txt, f=NROMAN, pt=10.5, lead=1.5, al="justify") + 4
    y = para(sh, 20, y, 170, "This certificate is issued at the holder's request for official purposes in Belgium.",
             f=NROMAN, pt=10.5, lead=1.5) + 6
    sign(sh, 20, y, rng, w=44, h=13, col=BALL_BLUE)
    tx(sh, 20, y + 15, rng.choice(["C. Banda-Mwale", "T. Phiri", "G. Nkhoma"]), f=NROMAN_B, pt=10.5)
    tx(sh, 20, y + 20.5, "Counsellor (Consular Affairs)", f=NROMAN, pt=10)
    rubber(sh, 80, y - 2, ["EMBASSY OF MALAWI", "BRUSSELS", "CONSULAR"], rng, col=RUBBER_BLUE, mm=30)
    return [sh]


def idcert_lao(person: Person, rng, *, issue_date=None, declarative=False, **opts):
    """'ATTESTATION D'IDENTITÉ' of the Lao embassy in Brussels in FRENCH, laid out as a form: the photo in a frame at
    the LEFT with the red stamp partly over it, the data in a ruled table at the right (nom, prénoms, né(e) le, à,
    nationalité, parents), the basis of the attestation in a boxed paragraph under it (the family book and the
    identity card kept in the consular file, or the holder's sole declarations), the consul's signature BESIDE the
    label 'Le Consul' at the foot; the stamp in red."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(20, 400))
    sh = Sheet()
    tx(sh, 105, 12, _LAO_REP, f=DV_B, pt=9.6, at="center")
    tx(sh, 105, 18, "Ambassade de la République Démocratique Populaire Lao · Bruxelles", f=DV, pt=8.6, at="center")
    tx(sh, 105, 30, "ATTESTATION D'IDENTITÉ", f=DV_B, pt=14, at="center")
    tx(sh, 105, 37, f"N° {pdigits(person, 'laoid', 4)}/AMB/{issue.year}", f=DV, pt=9, at="center", col=GREY1)
    box(sh, 18, 48, 40, 50, lw=0.4)
    sh.photo(21, 51, 34, 44, rng)
    rubber(sh, 40, 80, ["AMBASSADE DU LAOS", "BRUXELLES"], rng, col=RUBBER_RED, mm=26)
    y = 48.0
    for a, v in [("Nom", person.surname.upper()), ("Prénoms", person.given_names), ("Sexe", sex_of(person, "fr")),
                 ("Né(e) le", dn(person.birth_date, "/")), ("à", f"{person.birth_place} (Laos)"),
                 ("Nationalité", "laotienne"), ("Père", father_of(person)), ("Mère", mother_of(person))]:
        box(sh, 64, y, 36, 8, lw=0.25, col=GREY2, fill=(244, 240, 240))
        box(sh, 100, y, 92, 8, lw=0.25, col=GREY2)
        tx(sh, 66, y + 2, a, f=DV, pt=8.6)
        txfit(sh, 102, y + 2, v, 88, f=DV_B, pt=9)
        y += 8
    if declarative:
        basis = ("La présente attestation est établie sur la seule base des déclarations de l'intéressé(e), qui n'a "
                 "produit aucun document d'identité ni aucun acte d'état civil.")
    else:
        basis = ("La présente attestation est établie au vu du livret de famille et de la carte d'identité laotienne "
                 "de l'intéressé(e), dont copie est conservée au dossier consulaire.")
    box(sh, 18, y + 8, 174, 26, lw=0.4)
    para(sh, 21, y + 11, 168, basis, f=DV, pt=9.6, lead=1.45)
    y += 46
    tx(sh, 18, y, f"Fait à Bruxelles, le {dw(issue, 'fr')}", f=DV, pt=10)
    tx(sh, 110, y + 12, "Le Consul", f=DV, pt=10)
    sign(sh, 132, y + 6, rng, w=40, h=13, col=BALL_BLUE)
    return [sh]


_id._register("consular-cpv-liggende-kaart-110-zijden-tegen-elkaar-zwartwit-49", "consular-card", PART, "pt/fr",
              consular_cpv, country="CPV", photo=True,
              notes="Cabo Verdean consular card, both sides touching at 110 %, black and white")
_id._register("consular-lao-staande-kaart-midden-nietje-potlood-49", "consular-card", PART, "lo/en", consular_lao,
              country="LAO", photo=True, notes="Lao upright consular card in the middle of the page with a staple")
_id._register("idcert-mwi-brief-to-whom-foto-rechtsboven-reliefring-49", "identity-certificate", PART, "en",
              idcert_mwi, country="MWI", photo=True,
              notes="Malawian embassy's certificate of identity as a letter, photo at the top right")
_id._register("idcert-lao-attestation-frans-foto-links-tabel-kader-49", "identity-certificate", PART, "fr",
              idcert_lao, country="LAO", photo=True,
              notes="Lao embassy's identity attestation in French, photo at the left, data table")


# =========================================================================== sworn translations

_LNAME = {"fr": {"tr": "turc", "es": "espagnol", "kk/ru": "kazakh et russe", "hy": "arménien", "pt": "portugais",
                 "ru": "russe", "lo": "lao"},
          "nl": {"tr": "Turks", "es": "Spaans", "kk/ru": "Kazachs en Russisch", "hy": "Armeens", "pt": "Portugees",
                 "ru": "Russisch", "lo": "Laotiaans"}}


def _render(person: Person, src: str, tgt: str) -> tuple[str, str, list[tuple[str, str, str]]]:
    """(title, issuer, [(original caption, caption in the target language, value)]) of the birth record that a
    translation renders; the values are those the record itself shows."""
    nl = tgt == "nl"
    L = lambda a, b: a if nl else b  # noqa: E731
    sx = {"nl": ("mannelijk", "vrouwelijk"), "fr": ("masculin", "féminin")}[tgt][0 if person.sex == "M" else 1]
    fa, mo = father_of(person), mother_of(person)
    if src == "tr":
        ilce = _TR_CITY.get(person.birth_place, "SEYHAN")
        return (L("Uittreksel uit het geboorteregister van een vreemdeling", "Extrait du registre des naissances d'un "
                  "ressortissant étranger"),
                L("Republiek Turkije - Ministerie van Binnenlandse Zaken - Algemene Directie Bevolking en "
                  "Nationaliteit", "République de Turquie - Ministère de l'Intérieur - Direction générale de la "
                  "population et de la nationalité"),
                [("Yabancı Kimlik No", L("Identificatienummer vreemdeling", "N° d'identité d'étranger"),
                  "99" + pdigits(person, "ykn", 9)),
                 ("Adı", L("Voornaam", "Prénom"), person.given_names.upper()),
                 ("Soyadı", L("Familienaam", "Nom"), person.surname.upper()),
                 ("Baba Adı", L("Voornaam vader", "Prénom du père"), fa.split(" ")[0].upper()),
                 ("Anne Adı", L("Voornaam moeder", "Prénom de la mère"), mo.split(" ")[0].upper()),
                 ("Cinsiyeti", L("Geslacht", "Sexe"), sx),
                 ("Doğum Yeri", L("Geboorteplaats", "Lieu de naissance"), f"{person.birth_place.upper()} / {ilce}"),
                 ("Doğum Tarihi", L("Geboortedatum", "Date de naissance"), dn(person.birth_date)),
                 ("Uyruğu", L("Nationaliteit", "Nationalité"), land(person.nationality, tgt).upper())])
    if src == "es":
        return (L("Akte van geboorte (gewaarmerkt afschrift)", "Acte de naissance (copie certifiée)"),
                L(f"Nationaal Register van Identificatie en Burgerlijke Staat (RENIEC) - Gemeente {person.birth_place}",
                  f"Registre national d'identification et d'état civil (RENIEC) - Municipalité de {person.birth_place}"),
                [("CUI / N° de acta", L("Aktenummer", "Numéro d'acte"), pdigits(person, "cui", 8)),
                 ("Apellidos del nacido", L("Familienamen", "Noms"), person.surname.upper()),
                 ("Nombres", L("Voornamen", "Prénoms"), person.given_names.upper()),
                 ("Sexo", L("Geslacht", "Sexe"), sx),
                 ("Fecha de nacimiento", L("Geboortedatum", "Date de naissance"), dn(person.birth_date, "/")),
                 ("Lugar de nacimiento", L("Geboorteplaats", "Lieu de naissance"), f"{person.birth_place}, Peru"),
                 ("Padre", L("Vader", "Père"), fa.upper()), ("DNI del padre", L("DNI vader", "DNI du père"),
                                                             pdigits(person, "dnif", 8)),
                 ("Madre", L("Moeder", "Mère"), mo.upper()), ("DNI de la madre", L("DNI moeder", "DNI de la mère"),
                                                              pdigits(person, "dnim", 8)),
                 ("Fecha de inscripción", L("Datum van inschrijving", "Date d'inscription"),
                  dn(registered_on(person, "pe"), "/")),
                 ("Copia certificada", L("Gewaarmerkt afschrift van", "Copie certifiée du"),
                  dn(copied_on(person, "pe"), "/"))])
    if src == "kk/ru":
        return (L("Geboorteakte", "Certificat de naissance"),
                L("Republiek Kazachstan - Dienst registratie burgerlijke stand", "République du Kazakhstan - Service "
                  "de l'enregistrement des actes d'état civil"),
                [("Тегі / Фамилия", L("Familienaam", "Nom"), person.surname.upper()),
                 ("Аты / Имя", L("Voornaam", "Prénom"), person.given_names.upper()),
                 ("Туған күні / Дата рождения", L("Geboortedatum", "Date de naissance"), dn(person.birth_date)),
                 ("Туған жері / Место рождения", L("Geboorteplaats", "Lieu de naissance"),
                  f"{person.birth_place}, {L('Kazachstan', 'Kazakhstan')}"),
                 ("Әкесі / Отец", L("Vader", "Père"), fa), ("Анасы / Мать", L("Moeder", "Mère"), mo),
                 ("Акт жазбасы / Запись акта", L("Akte nr.", "Acte n°"),
                  f"{pdigits(person, 'kzrec', 3)} - {dn(registered_on(person, 'kz'))}"),
                 ("Берілген күні / Дата выдачи", L("Datum van afgifte", "Date de délivrance"),
                  dn(copied_on(person, "kz")))])
    if src == "hy":
        return (L("Geboorteakte", "Certificat de naissance"), L("Republiek Armenië - Burgerlijke stand",
                                                                "République d'Arménie - État civil"),
                [("Ազգանուն", L("Familienaam", "Nom"), person.surname.upper()),
                 ("Անուն", L("Voornaam", "Prénom"), person.given_names.upper()),
                 ("Ծննդյան ամսաթիվ", L("Geboortedatum", "Date de naissance"), dw(person.birth_date, tgt)),
                 ("Ծննդավայր", L("Geboorteplaats", "Lieu de naissance"), f"{person.birth_place}, Armenië" if nl
                  else f"{person.birth_place}, Arménie"),
                 ("Հայր", L("Vader", "Père"), fa), ("Մայր", L("Moeder", "Mère"), mo)])
    return (L("Akte", "Acte"), "-", [("", L("Naam", "Nom"), f"{person.given_names} {person.surname}"),
                                     ("", L("Geboortedatum", "Date de naissance"), dn(person.birth_date))])


def translation_be(person: Person, rng, *, issue_date=None, of_type="birth-certificate", source_lang="tr",
                   target_lang=None, **opts):
    """French sworn translation made in Liège, laid out as a MIRROR TABLE: the translator's name and 'traducteur-
    interprète juré près le tribunal de première instance de Liège' in a left-aligned block with a thin violet rule
    under it, 'TRADUCTION JURÉE' and the languages as a title, then a two-column table with the original's captions
    (in the original script) at the LEFT and the translated caption with the value at the RIGHT; the certification
    'Pour traduction certifiée conforme' at the foot, the translator's round stamp pressed OVER the last lines of the
    certification and the signature to its right."""
    src = source_lang or "tr"
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(10, 120))
    first, last = rng.choice([("Anne-Catherine", "Hennuy"), ("Mehmet", "Kaya"), ("Véronique", "Dethier"),
                              ("Laurent", "Schyns")])
    title, issuer, rows = _render(person, src, "fr")
    sh = Sheet()
    tx(sh, 18, 14, f"{first} {last.upper()}", f=CALA_B, pt=12)
    tx(sh, 18, 20, "Traducteur-interprète juré près le tribunal de première instance de Liège", f=CALA, pt=9)
    tx(sh, 18, 24.6, f"Rue Saint-Gilles {rng.randint(10, 180)}, 4000 Liège · n° {digits(rng, 6)}", f=CALA, pt=8.4,
       col=GREY1)
    hl(sh, 18, 192, 29, lw=0.5, col=(110, 52, 152))
    tx(sh, 105, 38, "TRADUCTION JURÉE", f=CALA_B, pt=13, at="center", sp=1)
    tx(sh, 105, 45, f"du {_LNAME['fr'].get(src, src)} vers le français", f=CALA_I, pt=10, at="center")
    y = para(sh, 18, 54, 174, f"Document : {title} - {issuer}", f=CALA, pt=10, lead=1.4) + 3
    band(sh, 18, y, 174, 7, (236, 232, 242))
    tx(sh, 20, y + 1.4, f"Texte original ({_LNAME['fr'].get(src, src)})", f=CALA_B, pt=9)
    tx(sh, 88, y + 1.4, "Traduction", f=CALA_B, pt=9)
    y += 7
    for a, b, v in rows:
        box(sh, 18, y, 68, 9, lw=0.2, col=GREY3)
        box(sh, 86, y, 106, 9, lw=0.2, col=GREY3)
        txfit(sh, 20, y + 2.2, a, 64, f=DVS, pt=8.6, col=GREY1)
        txfit(sh, 88, y + 0.8, b, 100, f=CALA, pt=7.6, col=GREY2)
        txfit(sh, 88, y + 4.2, v, 100, f=CALA_B, pt=9.4)
        y += 9
    y = para(sh, 18, y + 5, 174, "[Mentions en bas du document : signature électronique de l'administration, code de "
             "vérification.]", f=CALA_I, pt=9.4, col=GREY1) + 8
    y = para(sh, 18, y, 174, f"Pour traduction certifiée conforme à l'original rédigé en "
             f"{_LNAME['fr'].get(src, src)}, qui m'a été présenté en copie. Liège, le {dw(issue, 'fr')}.", f=CALA,
             pt=10.5, lead=1.5, al="justify")
    rubber(sh, 40, y - 12, [f"{first[0]}. {last.upper()}", "TRADUCTEUR JURÉ", "LIÈGE"], rng, col=RUBBER_VIOLET, mm=30)
    sign(sh, 96, y - 4, rng, w=40, h=13, col=BALL_BLUE)
    return [sh]


def translation_nl(person: Person, rng, *, issue_date=None, of_type="birth-certificate", source_lang="es",
                   target_lang="nl", **opts):
    """Dutch sworn translation in ONE page: a boxed 'VERTALING' label at the top RIGHT and the translator's letterhead
    (name, 'beëdigd vertaler', Rbtv number, town) at the top LEFT, the line '- Vertaling uit het Spaans -' centred, the
    translated document as 'caption: value' lines in a serif face with the original's stamps described in square
    brackets, then the translator's certificate ('Ondergetekende ... verklaart ...') at the foot with the round
    translator's stamp and the signature BESIDE it; the date written in words ('3 november 2026')."""
    src = source_lang or "es"
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(8, 120))
    g, s_, _ = _pp.make_professional(rng, "NL")
    rbtv = digits(rng, 5)
    title, issuer, rows = _render(person, src, "nl")
    town = rng.choice(["Utrecht", "Zwolle", "Den Haag", "Haarlem", "Nijmegen"])
    sh = Sheet()
    tx(sh, 18, 14, f"{g} {s_}", f=PALA_B, pt=12)
    tx(sh, 18, 19.5, f"beëdigd vertaler · Rbtv-nummer {rbtv}", f=PALA, pt=9)
    tx(sh, 18, 24, f"{town}", f=PALA, pt=9, col=GREY1)
    box(sh, 150, 12, 42, 11, lw=0.6)
    tx(sh, 171, 14.6, "VERTALING", f=PALA_B, pt=11, at="center", sp=1)
    tx(sh, 105, 38, f"- Vertaling uit het {_LNAME['nl'].get(src, src)} -", f=PALA_I, pt=10.5, at="center")
    y = para(sh, 22, 48, 166, issuer, f=PALA_B, pt=10.5, lead=1.4) + 2
    tx(sh, 105, y, title.upper(), f=PALA_B, pt=11.5, at="center")
    y += 10
    for _a, b, v in rows:
        tx(sh, 26, y, f"{b}:", f=PALA, pt=10.5)
        txfit(sh, 90, y, v, 100, f=PALA_B, pt=10.5)
        y += 7
    y = para(sh, 22, y + 4, 166, "[ronde stempel van de burgerlijke stand]  [handtekening van de ambtenaar]", f=PALA_I,
             pt=9.6, col=GREY1) + 10
    hl(sh, 22, 188, y, lw=0.3)
    y = para(sh, 22, y + 4, 166, f"Ondergetekende, {g} {s_}, beëdigd vertaler {_LNAME['nl'].get(src, src)}-Nederlands, "
             f"ingeschreven in het Register beëdigde tolken en vertalers onder nummer {rbtv}, verklaart dat het "
             f"voorgaande een getrouwe en volledige vertaling is van het in kopie aangehechte document.", f=PALA, pt=10, lead=1.5, al="justify") + 3
    tx(sh, 22, y, f"{town}, {dw(issue, 'nl')}", f=PALA, pt=10)
    rubber(sh, 24, y + 6, [f"{g[0]}. {s_}".upper(), "BEËDIGD VERTALER", f"RBTV {rbtv}"], rng, col=RUBBER_BLUE, mm=28)
    sign(sh, 64, y + 10, rng, w=40, h=13, col=BALL_BLUE)
    return [sh]


_id._register("translation-be-luik-spiegeltabel-origineel-links-stempel-over-tekst-49", "translation", PART, "fr",
              translation_be, country="BEL",
              notes="French sworn translation from Liège as a mirror table, stamp over the certification")
_id._register("translation-nl-vertaling-kader-rechtsboven-regels-verklaring-voet-49", "translation", PART, "nl",
              translation_nl, country="NLD",
              notes="Dutch sworn translation in one page with the translator's certificate at the foot")


# =========================================================================== more marriage acts

def marriage_lao(person: Person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    """Lao marriage certificate ('ໃບທະບຽນສົມລົດ · MARRIAGE CERTIFICATE') on the district office's printed form in
    LANDSCAPE: the republic's name and motto centred at the top, the husband's particulars in the LEFT half and the
    wife's in the RIGHT half under Lao/English captions, typed in Latin capitals, the date of registration and the
    register number across the foot, the district chief's signature with the red round stamp over it at the lower
    right; the form copied in colour on an A4 sheet in landscape."""
    h, w = _couple(person, spouse, rng)
    wed = marriage_date or max(h.birth_date, w.birth_date) + datetime.timedelta(days=365 * 23 + rng.randint(0, 2000))
    issue = issue_date or wed + datetime.timedelta(days=rng.randint(1, 20))
    sh = Sheet(297, 210, paper="cream")
    tx(sh, 148.5, 10, _LAO_REP, f=DV_B, pt=10, at="center")
    tx(sh, 148.5, 16, "ສັນຕິພາບ ເອກະລາດ ປະຊາທິປະໄຕ ເອກະພາບ ວັດທະນາຖາວອນ", f=DV, pt=7.6, at="center")
    tx(sh, 148.5, 28, "ໃບທະບຽນສົມລົດ", f=DV_B, pt=15, at="center", col=(150, 40, 40))
    tx(sh, 148.5, 36, "MARRIAGE CERTIFICATE", f=DV_B, pt=11, at="center", col=(150, 40, 40))
    vl(sh, 148.5, 46, 160, lw=0.3, col=GREY3)
    for j, (who_lo, who_en, p) in enumerate([("ສາມີ", "Husband", h), ("ພັນລະຍາ", "Wife", w)]):
        x = 20 + j * 138
        tx(sh, x, 46, f"{who_lo} / {who_en}", f=DV_B, pt=10.5)
        y = 56.0
        for lo_, en, v in [("ຊື່ ແລະ ນາມສະກຸນ", "Full name", f"{p.given_names} {p.surname}".upper()),
                           ("ວັນເດືອນປີເກີດ", "Date of birth", dn(p.birth_date, "/")),
                           ("ບ່ອນເກີດ", "Place of birth", p.birth_place.upper()),
                           ("ສັນຊາດ", "Nationality", nat_of(p, "en").upper()),
                           ("ອາຊີບ", "Occupation", rng.choice(["FARMER", "TRADER", "TEACHER", "DRIVER", "TAILOR"]))]:
            tx(sh, x, y, f"{lo_} / {en}", f=DV, pt=7.6, col=GREY1)
            txfit(sh, x, y + 4, v, 118, f=DVM_B, pt=10)
            hl(sh, x, x + 120, y + 9.4, lw=0.2, col=GREY3, dash=0.5)
            y += 14
    tx(sh, 20, 168, f"ວັນທີຈົດທະບຽນ / Date of registration: {dn(wed, '/')}", f=DV, pt=9.4)
    tx(sh, 20, 175, f"ເລກທີ / Register No.: {digits(rng, 3)}/{wed.year}   ·   Issued on {dn(issue, '/')}", f=DV, pt=9.4)
    tx(sh, 236, 166, "ຫົວໜ້າຫ້ອງການ / District chief", f=DV, pt=8.4, at="center")
    sign(sh, 218, 172, rng, w=36, h=12, col=BALL_BLUE)
    rubber(sh, 226, 166, ["LAO P.D.R.", "DISTRICT OFFICE", h.birth_place.upper()[:14]], rng, col=RUBBER_RED, mm=28)
    return [sh]


def marriage_cpv(person: Person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    """Bilingual marriage extract ('CERTIDÃO DE CASAMENTO · EXTRAIT D'ACTE DE MARIAGE') issued by the consular section of
    Cabo Verde's embassy from the civil registry's entry: a framed page with the embassy's name at the top, the act
    as a list of Portuguese captions with the French caption under each in italics and the value typed at the RIGHT
    in Courier, the regime of property, the witnesses, then the consul's signature BELOW the label 'O Cônsul / Le
    Consul' with the consular stamp pressed half over the frame's lower edge."""
    h, w = _couple(person, spouse, rng)
    wed = marriage_date or max(h.birth_date, w.birth_date) + datetime.timedelta(days=365 * 24 + rng.randint(0, 2000))
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(30, 300))
    sh = Sheet()
    box(sh, 14, 12, 182, 262, lw=0.8, col=(18, 46, 120))
    crest(sh, 98, 16, 14, "stars", col=(18, 46, 120))
    tx(sh, 105, 33, "EMBAIXADA DE CABO VERDE · SECÇÃO CONSULAR · BRUXELAS", f=SANS_B, pt=9.4, at="center")
    tx(sh, 105, 42, "CERTIDÃO DE CASAMENTO", f=SANS_B, pt=13, at="center")
    tx(sh, 105, 48.5, "Extrait d'acte de mariage", f=SANS_I, pt=10, at="center", col=GREY1)
    rows = [("Data do casamento", "Date du mariage", dn(wed, "/")),
            ("Local", "Lieu", f"Conservatória do Registo Civil de {h.birth_place}"),
            ("Nome do marido", "Nom de l'époux", f"{h.given_names} {h.surname}".upper()),
            ("Nascido em", "Né le", f"{dn(h.birth_date, '/')}, {h.birth_place}"),
            ("Nome da mulher", "Nom de l'épouse", f"{w.given_names} {w.surname}".upper()),
            ("Nascida em", "Née le", f"{dn(w.birth_date, '/')}, {w.birth_place}"),
            ("Regime de bens", "Régime matrimonial", "comunhão de adquiridos / communauté réduite aux acquêts"),
            ("Testemunhas", "Témoins", f"{rng.choice(['José', 'Maria', 'Carlos', 'Lurdes'])} Tavares; "
                                       f"{rng.choice(['Ana', 'João', 'Celeste', 'Manuel'])} Fortes"),
            ("Assento n.º", "Acte n°", f"{digits(rng, 3)}/{wed.year}")]
    y = 60.0
    for pt_, fr_, v in rows:
        tx(sh, 22, y, pt_, f=SANS, pt=9.4)
        tx(sh, 22, y + 4, fr_, f=SANS_I, pt=8, col=GREY1)
        txfit(sh, 80, y + 1.4, v, 110, f=MONO, pt=9.6)
        hl(sh, 22, 190, y + 9.4, lw=0.15, col=GREY3)
        y += 13
    tx(sh, 22, y + 6, f"Bruxelas / Bruxelles, {dn(issue, '/')}", f=SANS, pt=10)
    tx(sh, 150, y + 16, "O Cônsul / Le Consul", f=SANS, pt=9.4, at="center")
    sign(sh, 130, y + 21, rng, w=40, h=13, col=FOUNTAIN)
    rubber(sh, 84, 248, ["EMBAIXADA DE CABO VERDE", "CONSULADO", "BRUXELAS"], rng, col=RUBBER_BLUE, mm=30)
    return [sh]


_id._register("marriage-lao-liggend-man-links-vrouw-rechts-laotiaans-engels-49", "marriage-certificate", PART, "lo/en",
              marriage_lao, country="LAO", notes="Lao marriage certificate in landscape, Lao/English captions")
_id._register("marriage-cpv-consulaat-kader-pt-fr-bijschriften-courier-49", "marriage-certificate", PART, "pt/fr",
              marriage_cpv, country="CPV", notes="Cabo Verdean consular marriage extract with Portuguese/French captions")
