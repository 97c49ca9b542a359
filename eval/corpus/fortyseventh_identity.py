"""Identity and civil-status families of the `fortyseventh` part (registered in identity.FAMILIES), and the drawing
kit (faces, pens, date forms, seals, security print, copy habits) that this part's 9ter and IND modules share.

Written by a writer who saw neither the validator nor its output, from the seeds, rules.md and how such papers look
in Belgian and Dutch files.  Each family's layout, wording and copy habit is described in its function's docstring
only (the part is read blind).

The part's applicants come from countries no earlier part drew from: South Sudan, Zimbabwe and Lebanon (9ter) and
the Philippines, the Dominican Republic and Zimbabwe (IND).  Importing this module adds those five countries to
people.COUNTRIES / people.ORIGINS and the three 9ter countries to be9ter.COUNTRIES (with setdefault, new keys only:
no entry another part reads is changed).  A Surinamese passport serves only the IND rule that needs one, a Turkish
registry extract the applicants born in Türkiye, a Dominican extract (Spanish only) the IND translation cases, and
Belgian civil-status extracts, a Dutch residence card and two sworn translations complete the set.
"""

from __future__ import annotations

import datetime
import math
import random
import zlib

from PIL import Image, ImageChops, ImageDraw, ImageFilter

from . import be9ter as _b9
from . import identity as _id
from . import mrz as M
from . import people as _pp
from .paper import Sheet, text_width_mm
from .people import MONTHS, Person, strip_accents

PART = "fortyseventh"
D = datetime.date
TODAY = D(2026, 12, 1)

# =========================================================================== countries of this part (new keys only)

_NEW_COUNTRIES = {
    "SSD": dict(a2="SS", en="South Sudan", nl="Zuid-Soedan", fr="Soudan du Sud", de="Südsudan",
                adj_en="South Sudanese", adj_nl="Zuid-Soedanese", adj_fr="sud-soudanaise", adj_de="südsudanesisch"),
    "ZWE": dict(a2="ZW", en="Zimbabwe", nl="Zimbabwe", fr="Zimbabwe", de="Simbabwe",
                adj_en="Zimbabwean", adj_nl="Zimbabwaanse", adj_fr="zimbabwéenne", adj_de="simbabwisch"),
    "LBN": dict(a2="LB", en="Lebanon", nl="Libanon", fr="Liban", de="Libanon",
                adj_en="Lebanese", adj_nl="Libanese", adj_fr="libanaise", adj_de="libanesisch"),
    "PHL": dict(a2="PH", en="Philippines", nl="Filipijnen", fr="Philippines", de="Philippinen",
                adj_en="Filipino", adj_nl="Filipijnse", adj_fr="philippine", adj_de="philippinisch"),
    "DOM": dict(a2="DO", en="Dominican Republic", nl="Dominicaanse Republiek", fr="République dominicaine",
                de="Dominikanische Republik", adj_en="Dominican", adj_nl="Dominicaanse", adj_fr="dominicaine",
                adj_de="dominikanisch"),
}
_NEW_ORIGINS = {
    "SSD": dict(
        m=["Deng", "Garang", "Akol", "Majok", "Lual", "Wani", "Lado", "Kuol", "Ayuel", "Mabior", "Dut", "Manyang"],
        f=["Nyandeng", "Achol", "Abuk", "Awut", "Nyakuoth", "Adut", "Ajak", "Ayen", "Nyibol", "Rebecca", "Akuol",
           "Nyanut"],
        s=["Akol Deng", "Mabior", "Lado", "Makuei", "Ajith", "Lueth", "Chol", "Bol Atem", "Malual", "Akech",
           "Majak", "Kur", "Wani Lomoro", "Garang Kuol", "Aguer", "Machok"],
        places=["Juba", "Wau", "Malakal", "Bor", "Yei", "Rumbek", "Aweil", "Torit", "Kuajok", "Bentiu", "Yambio"]),
    "ZWE": dict(
        m=["Tendai", "Tatenda", "Farai", "Tinashe", "Kudzai", "Tafadzwa", "Blessing", "Simbarashe", "Takudzwa",
           "Munyaradzi", "Tapiwa", "Innocent"],
        f=["Rutendo", "Chiedza", "Nyasha", "Tsitsi", "Rumbidzai", "Vimbai", "Fadzai", "Memory", "Precious",
           "Ruvimbo", "Tariro", "Shamiso"],
        s=["Moyo", "Ncube", "Sibanda", "Dube", "Chikwanha", "Mutasa", "Mhlanga", "Ndlovu", "Gumbo", "Makoni",
           "Mpofu", "Nyathi", "Zvobgo", "Marufu", "Chigumba", "Mapfumo"],
        places=["Harare", "Bulawayo", "Mutare", "Gweru", "Masvingo", "Kwekwe", "Chinhoyi", "Marondera", "Kadoma",
                "Bindura", "Chitungwiza"]),
    "LBN": dict(
        m=["Karim", "Elie", "Georges", "Ziad", "Fadi", "Walid", "Rami", "Hassan", "Joseph", "Nabil", "Samir",
           "Charbel"],
        f=["Rita", "Nadine", "Maya", "Zeina", "Layal", "Rana", "Hiba", "Joëlle", "Carla", "Nour", "Mireille", "Sana"],
        s=["Khoury", "Haddad", "Nassar", "Saadé", "Gemayel", "Hajj", "Fakhoury", "Mansour", "Karam", "Abi Nader",
           "Chidiac", "Srour", "Hamadé", "Bou Saab", "Rizk", "Tannous"],
        places=["Beyrouth", "Tripoli", "Saïda", "Tyr", "Zahlé", "Jounieh", "Baalbek", "Jbeil", "Nabatieh", "Aley",
                "Batroun"]),
    "PHL": dict(
        m=["Jose", "Mark Anthony", "John Paul", "Rodel", "Jericho", "Ramon", "Carlo", "Noel", "Arnel", "Reynaldo",
           "Jomar", "Ernesto"],
        f=["Maria Cristina", "Jocelyn", "Marites", "Rowena", "Lorna", "Analyn", "Jennelyn", "Rosario", "Cherry Mae",
           "Kristine", "Maricel", "Liezl"],
        s=["Dela Cruz", "Santos", "Reyes", "Bautista", "Garcia", "Mendoza", "Villanueva", "Ramos", "Aquino",
           "Castillo", "Navarro", "Pascual", "Manalo", "De Guzman", "Tolentino", "Soriano"],
        places=["Quezon City", "Manila", "Cebu City", "Davao City", "Iloilo City", "Bacolod", "Cagayan de Oro",
                "Batangas City", "Baguio", "Tacloban", "Dagupan", "Zamboanga City"]),
    "DOM": dict(
        m=["Juan Carlos", "Luis Miguel", "Rafael", "Ramón", "José Alberto", "Wilkin", "Yohan", "Francisco", "Pedro",
           "Manuel", "Starlin", "Anderson"],
        f=["Yokasta", "María Altagracia", "Ana Mercedes", "Yaneris", "Rosanna", "Carmen", "Yesenia", "Mildred",
           "Josefina", "Dahiana", "Luz María", "Wendy"],
        s=["Rodríguez Peña", "Martínez Féliz", "Pérez Almonte", "Sánchez Castillo", "García Reyes", "Peralta Núñez",
           "Jiménez Tavárez", "De la Rosa Báez", "Mejía Santana", "Polanco Ureña", "Hernández Abreu",
           "Guzmán Pimentel"],
        places=["Santo Domingo", "Santiago de los Caballeros", "La Romana", "San Pedro de Macorís",
                "San Francisco de Macorís", "Puerto Plata", "La Vega", "Higüey", "Baní", "Moca", "Barahona"]),
}
for _k, _v in _NEW_COUNTRIES.items():
    _pp.COUNTRIES.setdefault(_k, _v)
    _pp._EN_TO_A3.setdefault(_v["en"], _k)
for _k, _v in _NEW_ORIGINS.items():
    _pp.ORIGINS.setdefault(_k, _v)

_B9_COUNTRIES = {
    "SSD": dict(capital="Juba", hospital="Juba Teaching Hospital", currency="SSP",
                wage="roughly 40 USD", lang="en",
                insurance_en="There is no public health insurance; the few functioning public facilities lack "
                             "specialists and medicines, and most care is run by aid organisations or paid in cash.",
                insurance_fr="Il n'existe aucune assurance maladie publique ; les rares structures publiques qui "
                             "fonctionnent manquent de spécialistes et de médicaments, et l'essentiel des soins "
                             "dépend d'ONG ou se paie comptant.",
                insurance_nl="Er is geen publieke ziekteverzekering; de weinige werkende openbare voorzieningen "
                             "hebben geen specialisten en geen geneesmiddelen, de meeste zorg hangt af van ngo's of "
                             "wordt contant betaald.",
                insurance_de="Eine öffentliche Krankenversicherung gibt es nicht; die wenigen funktionierenden "
                             "staatlichen Einrichtungen haben weder Fachärzte noch Medikamente, die meiste "
                             "Versorgung hängt von Hilfsorganisationen ab oder wird bar bezahlt."),
    "ZWE": dict(capital="Harare", hospital="Parirenyatwa Group of Hospitals", currency="USD",
                wage="about 150 USD", lang="en",
                insurance_en="Medical aid societies cover mainly people in formal employment; public hospitals "
                             "ask for payment in advance and regularly run out of medicines.",
                insurance_fr="Les mutuelles (medical aid societies) couvrent surtout les salariés du secteur formel ; "
                             "les hôpitaux publics exigent un paiement préalable et sont régulièrement en rupture de "
                             "médicaments.",
                insurance_nl="De 'medical aid societies' dekken vooral werknemers in de formele sector; openbare "
                             "ziekenhuizen vragen vooruitbetaling en hebben geregeld geen geneesmiddelen.",
                insurance_de="Die 'medical aid societies' decken vor allem Beschäftigte des formellen Sektors; "
                             "öffentliche Krankenhäuser verlangen Vorauszahlung und haben regelmäßig keine "
                             "Medikamente."),
    "LBN": dict(capital="Beirut", hospital="Hôpital universitaire gouvernemental Rafic Hariri", currency="USD",
                wage="about 250 USD", lang="fr",
                insurance_en="Since the financial collapse the National Social Security Fund reimburses only a "
                             "fraction of costs; hospitals demand payment in US dollars and many medicines are out "
                             "of stock.",
                insurance_fr="Depuis l'effondrement financier, la Caisse nationale de sécurité sociale ne rembourse "
                             "plus qu'une fraction des frais ; les hôpitaux exigent un paiement en dollars et de "
                             "nombreux médicaments sont en rupture de stock.",
                insurance_nl="Sinds de financiële ineenstorting betaalt het nationale socialezekerheidsfonds nog "
                             "maar een fractie van de kosten terug; ziekenhuizen eisen betaling in dollar en veel "
                             "geneesmiddelen zijn niet leverbaar.",
                insurance_de="Seit dem Finanzkollaps erstattet der nationale Sozialversicherungsfonds nur noch einen "
                             "Bruchteil der Kosten; Krankenhäuser verlangen Zahlung in Dollar, viele Medikamente "
                             "sind nicht lieferbar."),
}
for _k, _v in _B9_COUNTRIES.items():
    _b9.COUNTRIES.setdefault(_k, {**_NEW_COUNTRIES[_k], **_v})
    _b9._EN2A3.setdefault(_NEW_COUNTRIES[_k]["en"].lower(), _k)

# =========================================================================== faces and pens
_T = "/usr/share/fonts/truetype"
_O = "/usr/share/fonts/opentype"
_U = f"{_O}/urw-base35"
ROMAN, ROMAN_B, ROMAN_I = f"{_U}/NimbusRoman-Regular.otf", f"{_U}/NimbusRoman-Bold.otf", f"{_U}/NimbusRoman-Italic.otf"
SANS, SANS_B, SANS_I = f"{_U}/NimbusSans-Regular.otf", f"{_U}/NimbusSans-Bold.otf", f"{_U}/NimbusSans-Italic.otf"
NARROW, NARROW_B = f"{_U}/NimbusSansNarrow-Regular.otf", f"{_U}/NimbusSansNarrow-Bold.otf"
SCHOOL, SCHOOL_B, SCHOOL_I = f"{_U}/C059-Roman.otf", f"{_U}/C059-Bold.otf", f"{_U}/C059-Italic.otf"
PALA, PALA_B, PALA_I = f"{_U}/P052-Roman.otf", f"{_U}/P052-Bold.otf", f"{_U}/P052-Italic.otf"
BOOKM, BOOKM_B, BOOKM_I = f"{_U}/URWBookman-Light.otf", f"{_U}/URWBookman-Demi.otf", f"{_U}/URWBookman-LightItalic.otf"
GOTHIC, GOTHIC_B = f"{_U}/URWGothic-Book.otf", f"{_U}/URWGothic-Demi.otf"
COUR, COUR_B = f"{_U}/NimbusMonoPS-Regular.otf", f"{_U}/NimbusMonoPS-Bold.otf"
PRIMESANS, PRIMESANS_B = f"{_O}/courier-prime/Courier Prime Sans.otf", f"{_O}/courier-prime/Courier Prime Sans Bold.otf"
PRIME, PRIME_B = f"{_O}/courier-prime/Courier Prime.otf", f"{_O}/courier-prime/Courier Prime Bold.otf"
VERA, VERA_B, VERA_L = f"{_T}/dejavu/DejaVuSans.ttf", f"{_T}/dejavu/DejaVuSans-Bold.ttf", \
    f"{_T}/dejavu/DejaVuSans-ExtraLight.ttf"
VERAC, VERAC_B = f"{_T}/dejavu/DejaVuSansCondensed.ttf", f"{_T}/dejavu/DejaVuSansCondensed-Bold.ttf"
VSERIF, VSERIF_B, VSERIF_I = f"{_T}/dejavu/DejaVuSerif.ttf", f"{_T}/dejavu/DejaVuSerif-Bold.ttf", \
    f"{_T}/dejavu/DejaVuSerif-Italic.ttf"
VSERIFC, VSERIFC_B = f"{_T}/dejavu/DejaVuSerifCondensed.ttf", f"{_T}/dejavu/DejaVuSerifCondensed-Bold.ttf"
MONO = f"{_T}/dejavu/DejaVuSansMono.ttf"
LSERIF, LSERIF_B, LSERIF_I = (f"{_T}/liberation/LiberationSerif-Regular.ttf", f"{_T}/liberation/LiberationSerif-Bold.ttf",
                              f"{_T}/liberation/LiberationSerif-Italic.ttf")
LSANS, LSANS_B, LSANS_I = (f"{_T}/liberation/LiberationSans-Regular.ttf", f"{_T}/liberation/LiberationSans-Bold.ttf",
                           f"{_T}/liberation/LiberationSans-Italic.ttf")
LNAR, LNAR_B = f"{_T}/liberation/LiberationSansNarrow-Regular.ttf", f"{_T}/liberation/LiberationSansNarrow-Bold.ttf"
LMONO, LMONO_B = f"{_T}/liberation/LiberationMono-Regular.ttf", f"{_T}/liberation/LiberationMono-Bold.ttf"
CARL, CARL_B, CARL_I = (f"{_T}/crosextra/Carlito-Regular.ttf", f"{_T}/crosextra/Carlito-Bold.ttf",
                        f"{_T}/crosextra/Carlito-Italic.ttf")
CALA, CALA_B, CALA_I = (f"{_T}/crosextra/Caladea-Regular.ttf", f"{_T}/crosextra/Caladea-Bold.ttf",
                        f"{_T}/crosextra/Caladea-Italic.ttf")
FSERIF, FSERIF_B = f"{_T}/freefont/FreeSerif.ttf", f"{_T}/freefont/FreeSerifBold.ttf"
FSANS, FSANS_B = f"{_T}/freefont/FreeSans.ttf", f"{_T}/freefont/FreeSansBold.ttf"
FMONO = f"{_T}/freefont/FreeMono.ttf"
OCRB = f"{_T}/dejavu/DejaVuSansMono.ttf"
# pens
PEN_LOOP, PEN_SLANT, PEN_FAT, PEN_FATSLANT = (f"{_T}/fifthhorseman/dkg.ttf", f"{_T}/fifthhorseman/dkgIt.ttf",
                                              f"{_T}/fifthhorseman/dkgBd.ttf", f"{_T}/fifthhorseman/dkgBI.ttf")
PEN_BREIP = f"{_T}/breip/breipfont.ttf"
PEN_NIB = f"{_U}/Z003-MediumItalic.otf"
PEN_CAPS = f"{_T}/humor-sans/Humor-Sans.ttf"
PEN_SCRIPT = f"{_T}/kristi/Kristi.ttf"

INK = (0, 0, 0)
GREY, SOFT, FAINT = (96, 96, 100), (140, 140, 146), (196, 196, 200)
BIC_BLUE, BIC_BLACK, GEL_VIOLET, FOUNTAIN, GREEN_PEN, RED_PEN = (30, 50, 150), (32, 32, 38), (70, 40, 120), \
    (24, 36, 96), (20, 90, 60), (170, 30, 36)
PAD_BLUE, PAD_VIOLET, PAD_RED, PAD_GREEN, PAD_BLACK, PAD_BROWN = (44, 72, 168), (98, 52, 146), (172, 40, 50), \
    (30, 110, 80), (58, 58, 64), (120, 74, 40)

# --------------------------------------------------------------------------- glyph coverage
_CMAP: dict[str, set | None] = {}
_ALT = {"–": "-", "—": "-", "’": "'", "‘": "'", "“": '"', "”": '"', "„": '"', "…": "...", "€": "EUR", "°": "o",
        "·": "-", "İ": "I", "ı": "i", "ş": "s", "Ş": "S", "ğ": "g", "Ğ": "G", "œ": "oe", "Œ": "OE", "×": "x",
        "✓": "v", "•": "-", "№": "No", "ç": "c", "Ç": "C", "é": "e", "É": "E", "è": "e", "ë": "e", "ï": "i"}


def safe(s, font: str) -> str:
    """What ``font`` can draw of ``s``: a missing glyph becomes a near form or is left out."""
    if font not in _CMAP:
        try:
            from fontTools.ttLib import TTFont
            _CMAP[font] = set(TTFont(font, lazy=True).getBestCmap().keys())
        except (OSError, ImportError, KeyError, AttributeError):
            _CMAP[font] = None
    cov = _CMAP[font]
    s = str(s)
    if not cov:
        return s
    out = []
    for ch in s:
        if ch == "\n" or ord(ch) in cov:
            out.append(ch)
            continue
        alt = _ALT.get(ch)
        if not alt or not all(ord(a) in cov for a in alt):
            alt = strip_accents(ch)
        out.append(alt if alt and all(ord(a) in cov for a in alt) else "")
    return "".join(out)


def txt(sh: Sheet, x, y, s, *, f=SANS, pt=9.0, col=INK, anchor="left", track=0.0) -> float:
    """One line, its top at y; returns its width in mm."""
    return sh.text(x, y, safe(s, f), font=f, size_pt=pt, color=col, anchor=anchor, letter_spacing=track)


def tw(s, f=SANS, pt=9.0) -> float:
    return text_width_mm(safe(s, f), f, pt)


def para(sh: Sheet, x, y, w, s, *, f=ROMAN, pt=10.0, lead=1.38, align="left", col=INK) -> float:
    return sh.paragraph(x, y, w, safe(s, f), font=f, size_pt=pt, leading=lead, align=align, color=col)


def fitpt(s, w, f, pt, lo=5.0) -> float:
    while pt > lo and tw(s, f, pt) > w:
        pt -= 0.25
    return pt


def wrap(sh: Sheet, s, w, f, pt) -> list[str]:
    return sh.wrap(safe(s, f), w, font=f, size_pt=pt)


def ink(sh: Sheet, x, y, s, rng, *, f=PEN_LOOP, pt=12.0, col=BIC_BLUE, maxw=None, upper=False) -> float:
    """Words written with a pen, made smaller to fit maxw mm."""
    s = str(s)
    if upper:
        s = strip_accents(s).upper()
    s = safe(s, f)
    if not s.strip():
        return 0.0
    if maxw:
        while pt > 7 and tw(s, f, pt) * 1.18 > maxw:
            pt -= 0.5
    return sh.handwriting(x, y, s, rng, size_pt=pt, color=col, font=f)


def ink_lines(sh: Sheet, x, y, w, s, rng, *, f=PEN_LOOP, pt=11.0, lh=6.0, col=BIC_BLUE, n=14, upper=False) -> float:
    if upper:
        s = strip_accents(s).upper()
    for ln in sh.wrap(safe(s, f), w * 0.84, font=f, size_pt=pt)[:n]:
        ink(sh, x + rng.uniform(-0.4, 0.4), y + rng.uniform(-0.3, 0.3), ln, rng, f=f, pt=pt, col=col)
        y += lh
    return y


def sig(sh: Sheet, x, y, rng, *, w=None, h=None, col=BIC_BLUE, style=None) -> None:
    sh.signature(x, y, w or rng.uniform(28, 44), h or rng.uniform(8, 13), rng, color=col, style=style)


def stamp(sh: Sheet, x, y, lines, rng, *, shape="round", col=PAD_BLUE, mm=30.0, angle=None):
    return sh.stamp(x, y, [safe(s, SANS_B) for s in lines], rng, shape=shape, color=col, size_mm=mm, angle=angle)


def box(sh: Sheet, x, y, w, h, *, lw=0.25, col=INK, fill=None) -> None:
    sh.rect(x, y, w, h, width_mm=lw, color=col, fill=fill)


def shade(sh: Sheet, x, y, w, h, col) -> None:
    sh.rect(x, y, w, h, width_mm=0, color=col, fill=col)


def hl(sh: Sheet, x1, x2, y, *, lw=0.2, col=INK, dash=None) -> None:
    sh.rule(x1, y, x2, y, width_mm=lw, color=col, dash=dash)


def vl(sh: Sheet, x, y1, y2, *, lw=0.2, col=INK) -> None:
    sh.rule(x, y1, x, y2, width_mm=lw, color=col)


def crc(*parts) -> int:
    return zlib.crc32("|".join(str(p) for p in parts).encode("utf-8"))


def digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def pen_tick(sh: Sheet, x, y, size, rng, *, col=BIC_BLUE, kind="check") -> None:
    """A pen mark in a box: a check, a cross, a circle round the option or a filled blot."""
    n = max(24, int(size * 44))
    img = Image.new("RGBA", (n, n), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    j = lambda: rng.uniform(-0.07, 0.07) * n  # noqa: E731
    c4 = col + (255,)
    wd = max(2, n // 10)
    if kind == "cross":
        d.line([(0.1 * n + j(), 0.15 * n + j()), (0.9 * n + j(), 0.85 * n + j())], fill=c4, width=wd)
        d.line([(0.85 * n + j(), 0.1 * n + j()), (0.15 * n + j(), 0.92 * n + j())], fill=c4, width=wd)
    elif kind == "ring":
        d.ellipse([0.02 * n, 0.08 * n, 0.98 * n + j(), 0.94 * n + j()], outline=c4, width=wd)
    elif kind == "blot":
        d.ellipse([0.2 * n + j(), 0.2 * n + j(), 0.8 * n + j(), 0.8 * n + j()], fill=c4)
    else:
        d.line([(0.05 * n + j(), 0.5 * n + j()), (0.35 * n + j(), 0.9 * n + j()), (0.98 * n + j(), 0.0 * n + j())],
               fill=c4, width=wd, joint="curve")
    sh.image(x - size * 0.15, y - size * 0.2, size * 1.3, size * 1.3, img, blend="multiply")


def square(sh: Sheet, x, y, size, on: bool, rng=None, *, col=BIC_BLUE, kind="check", typed="X") -> None:
    """A printed square that is left empty, marked with a pen (rng given) or typed over (no rng)."""
    box(sh, x, y, size, size, lw=0.25)
    if not on:
        return
    if rng is None:
        txt(sh, x + size / 2, y - size * 0.1, typed, f=COUR_B, pt=size * 2.7, anchor="center")
    else:
        pen_tick(sh, x, y, size, rng, col=col, kind=kind)


# --------------------------------------------------------------------------- date forms

def dd(d: D, sep: str = ".", pad: bool = True, yy: bool = False) -> str:
    y = f"{d.year % 100:02d}" if yy else str(d.year)
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{y}" if pad else f"{d.day}{sep}{d.month}{sep}{y}"


def dlong(d: D, lang: str) -> str:
    """'5 mars 2026', '1er mars', '5 maart 2026', '5. März 2026', '5 March 2026', '5 de marzo de 2026'."""
    if lang == "es":
        return f"{d.day} de {MONTHS['es'][d.month - 1]} de {d.year}"
    m = MONTHS[lang if lang in MONTHS else "en"][d.month - 1]
    if lang == "fr":
        return f"{'1er' if d.day == 1 else d.day} {m} {d.year}"
    if lang == "de":
        return f"{d.day}. {m} {d.year}"
    return f"{d.day} {m} {d.year}"


def dus(d: D) -> str:
    """'July 14, 1982' (month first, as Philippine papers write it)."""
    return f"{MONTHS['en'][d.month - 1]} {d.day}, {d.year}"


_MON3 = {"en": ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"],
         "fr": ["JANV", "FÉVR", "MARS", "AVR", "MAI", "JUIN", "JUIL", "AOÛT", "SEPT", "OCT", "NOV", "DÉC"],
         "es": ["ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SEP", "OCT", "NOV", "DIC"],
         "nl": ["JAN", "FEB", "MRT", "APR", "MEI", "JUN", "JUL", "AUG", "SEP", "OKT", "NOV", "DEC"]}


def dmon(d: D, lang: str = "en", sep: str = " ") -> str:
    return f"{d.day:02d}{sep}{_MON3[lang][d.month - 1]}{sep}{d.year}"


def dduo(d: D, lang: str) -> str:
    """'14 JUL/JUL 1982' style with the local month and the English one."""
    a, b = _MON3[lang][d.month - 1], _MON3["en"][d.month - 1]
    return f"{d.day:02d} {a}/{b} {d.year}" if a != b else f"{d.day:02d} {a} {d.year}"


_EN_NUM = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
           "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_EN_TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty", 9: "ninety"}
_EN_ORD = {1: "first", 2: "second", 3: "third", 5: "fifth", 8: "eighth", 9: "ninth", 12: "twelfth"}


def en_words(n: int) -> str:
    if n < 20:
        return _EN_NUM[n]
    if n < 100:
        t, u = divmod(n, 10)
        return _EN_TENS[t] + ("" if u == 0 else "-" + _EN_NUM[u])
    if n < 1000:
        h, r = divmod(n, 100)
        return _EN_NUM[h] + " hundred" + ("" if r == 0 else " and " + en_words(r))
    t, r = divmod(n, 1000)
    return en_words(t) + " thousand" + ("" if r == 0 else (" and " if r < 100 else " ") + en_words(r))


def en_ordinal(n: int) -> str:
    if n in _EN_ORD:
        return _EN_ORD[n]
    if n < 20:
        return _EN_NUM[n] + "th"
    t, u = divmod(n, 10)
    if u == 0:
        return _EN_TENS[t][:-1] + "ieth"
    return _EN_TENS[t] + "-" + en_ordinal(u)


def en_date_words(d: D) -> str:
    """'the fourteenth day of July, nineteen eighty-two'."""
    y = d.year
    yw = (en_words(y // 100) + " " + (en_words(y % 100) if y % 100 >= 10 else "hundred" if y % 100 == 0 else
                                      "oh " + en_words(y % 100))) if y < 2000 else en_words(y)
    return f"the {en_ordinal(d.day)} day of {MONTHS['en'][d.month - 1]}, {yw}"


_ES_NUM = ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce",
           "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve", "veinte", "veintiuno",
           "veintidós", "veintitrés", "veinticuatro", "veinticinco", "veintiséis", "veintisiete", "veintiocho",
           "veintinueve"]
_ES_TENS = {3: "treinta", 4: "cuarenta", 5: "cincuenta", 6: "sesenta", 7: "setenta", 8: "ochenta", 9: "noventa"}


def es_words(n: int) -> str:
    if n < 30:
        return _ES_NUM[n]
    if n < 100:
        t, u = divmod(n, 10)
        return _ES_TENS[t] + ("" if u == 0 else " y " + _ES_NUM[u])
    if n < 1000:
        h, r = divmod(n, 100)
        hw = {1: "ciento" if r else "cien", 5: "quinientos", 7: "setecientos", 9: "novecientos"}.get(
            h, _ES_NUM[h] + "cientos")
        return hw + ("" if r == 0 else " " + es_words(r))
    t, r = divmod(n, 1000)
    return ("mil" if t == 1 else es_words(t) + " mil") + ("" if r == 0 else " " + es_words(r))


def es_date_words(d: D) -> str:
    return f"{es_words(d.day)} ({d.day}) de {MONTHS['es'][d.month - 1]} del año {es_words(d.year)} ({d.year})"


def span(rng: random.Random, issue, expiry, years: int, back=(60, 2000)):
    if issue is None:
        issue = TODAY - datetime.timedelta(days=rng.randint(*back))
    if expiry is None:
        try:
            expiry = issue.replace(year=issue.year + years) - datetime.timedelta(days=1)
        except ValueError:
            expiry = issue + datetime.timedelta(days=365 * years)
    return issue, expiry


def regno(person: Person, salt: str, lo: int = 10, hi: int = 9000) -> int:
    return crc(person.surname, person.given_names, person.birth_date, salt) % (hi - lo) + lo


# --------------------------------------------------------------------------- copy habits (raster)

def raster(sh: Sheet, dpi: int = 200) -> Image.Image:
    return sh.render(dpi)


def sheet_of(img: Image.Image, w: float = 210.0, h: float = 297.0, paper: str = "white") -> Sheet:
    out = Sheet(w, h, paper=paper)
    out.image(0, 0, w, h, img)
    return out


def half_turn(sh: Sheet, dpi: int = 200) -> Sheet:
    """Laid on the glass head down: the whole copy turned 180 degrees."""
    return sheet_of(raster(sh, dpi).transpose(Image.ROTATE_180), sh.width_mm, sh.height_mm)


def quarter_turn(sh: Sheet, clockwise: bool, dpi: int = 200) -> Sheet:
    img = raster(sh, dpi).transpose(Image.ROTATE_270 if clockwise else Image.ROTATE_90)
    return sheet_of(img, sh.height_mm, sh.width_mm)


def tilt(sh: Sheet, deg: float, dpi: int = 200, fill=(255, 255, 255)) -> Sheet:
    img = raster(sh, dpi).rotate(deg, resample=Image.BILINEAR, expand=False, fillcolor=fill)
    return sheet_of(img, sh.width_mm, sh.height_mm)


def on_table(sh: Sheet, rng: random.Random, dpi: int = 170, cloth: str = "laminate") -> Sheet:
    """Photographed with a phone lying on a table: a grey-beige laminate (or a checked tablecloth) round the
    paper, the sheet slightly trapezoid, a soft shadow along one side and a warm cast."""
    img = raster(sh, dpi)
    W, H = img.size
    if cloth == "check":
        bg = Image.new("RGB", (W, H), (232, 226, 214))
        d = ImageDraw.Draw(bg, "RGBA")
        step = max(20, W // 14)
        for x in range(0, W, step * 2):
            d.rectangle([x, 0, x + step, H], fill=(150, 40, 40, 70))
        for y in range(0, H, step * 2):
            d.rectangle([0, y, W, y + step], fill=(150, 40, 40, 70))
    else:
        base = rng.choice([(176, 170, 158), (150, 146, 140), (196, 186, 168)])
        bg = Image.new("RGB", (W, H), base)
        d = ImageDraw.Draw(bg)
        r = random.Random(rng.random())
        for _ in range(900):
            x, y = r.randint(0, W), r.randint(0, H)
            k = r.randint(-14, 14)
            d.point((x, y), fill=tuple(max(0, min(255, v + k)) for v in base))
    s = rng.uniform(0.82, 0.88)
    pw, ph = int(W * s), int(H * s)
    page = img.resize((pw, ph), Image.BILINEAR)
    j = lambda: rng.randint(-int(W * 0.02), int(W * 0.02))  # noqa: E731
    quad = (j(), j(), j(), ph + j(), pw + j(), ph + j(), pw + j(), j())
    page = page.transform((pw, ph), Image.QUAD, quad, Image.BILINEAR, fillcolor=(120, 116, 110))
    ox, oy = (W - pw) // 2 + rng.randint(-10, 10), (H - ph) // 2 + rng.randint(-10, 10)
    sh_img = Image.new("L", (W, H), 0)
    ImageDraw.Draw(sh_img).rectangle([ox + 8, oy + 10, ox + pw + 8, oy + ph + 10], fill=90)
    sh_img = sh_img.filter(ImageFilter.GaussianBlur(9))
    bg = ImageChops.subtract(bg, Image.merge("RGB", (sh_img, sh_img, sh_img)))
    bg.paste(page, (ox, oy))
    warm = Image.new("RGB", (W, H), (255, 244, 226))
    return sheet_of(ImageChops.multiply(bg, warm), sh.width_mm, sh.height_mm)


def thumb(sh: Sheet, rng: random.Random, dpi: int = 170) -> Sheet:
    """The thumb that held the paper flat while the phone took the picture, at one edge."""
    img = raster(sh, dpi)
    W, H = img.size
    d = ImageDraw.Draw(img, "RGBA")
    cx = int(W * rng.choice([0.04, 0.96]))
    cy = int(H * rng.uniform(0.55, 0.8))
    tone = rng.choice([(120, 82, 60), (176, 130, 104), (92, 62, 46)])
    d.ellipse([cx - W * 0.07, cy - H * 0.045, cx + W * 0.07, cy + H * 0.06], fill=tone + (235,))
    d.ellipse([cx - W * 0.03, cy - H * 0.03, cx + W * 0.03, cy - H * 0.005], fill=tuple(min(255, v + 40) for v in tone)
              + (160,))
    return sheet_of(img.filter(ImageFilter.GaussianBlur(0.6)), sh.width_mm, sh.height_mm)


def sleeve_glare(sh: Sheet, rng: random.Random, dpi: int = 180) -> Sheet:
    """Photographed inside a clear plastic sleeve: a pale diagonal glare band and the sleeve's welded edge."""
    img = raster(sh, dpi)
    W, H = img.size
    mask = Image.new("L", (W, H), 0)
    d = ImageDraw.Draw(mask)
    x0 = int(W * rng.uniform(0.2, 0.6))
    d.polygon([(x0, 0), (x0 + W * 0.16, 0), (x0 - W * 0.2, H), (x0 - W * 0.36, H)], fill=120)
    mask = mask.filter(ImageFilter.GaussianBlur(30))
    img = Image.composite(Image.new("RGB", (W, H), (250, 250, 250)), img, mask)
    ImageDraw.Draw(img).line([(int(W * 0.015), 0), (int(W * 0.015), H)], fill=(205, 205, 210), width=4)
    return sheet_of(img, sh.width_mm, sh.height_mm)


def binder_holes(sh: Sheet) -> None:
    """Two punched holes of a ring binder in the left margin, copied as dark discs."""
    for cy in (sh.height_mm / 2 - 40, sh.height_mm / 2 + 40):
        n = 48
        img = Image.new("RGBA", (n, n), (0, 0, 0, 0))
        ImageDraw.Draw(img).ellipse([1, 1, n - 1, n - 1], fill=(30, 30, 34, 255))
        sh.image(8, cy - 3, 6, 6, img)


def torn_corner(sh: Sheet, rng: random.Random, dpi: int = 200) -> Sheet:
    """A corner of the paper torn off before copying: the copier's dark lid shows in the gap."""
    img = raster(sh, dpi)
    W, H = img.size
    d = ImageDraw.Draw(img)
    a, b = int(W * rng.uniform(0.08, 0.13)), int(H * rng.uniform(0.05, 0.08))
    pts = [(W, H - b)]
    for k in range(1, 8):
        pts.append((W - a * k / 8 + rng.randint(-6, 6), H - b + b * k / 8 + rng.randint(-6, 6)))
    pts += [(W - a, H), (W, H)]
    d.polygon(pts, fill=(46, 46, 50))
    return sheet_of(img, sh.width_mm, sh.height_mm)


def marker(sh: Sheet, x, y, w, h, col=(250, 236, 60)) -> None:
    """A highlighter stroke over text (multiplied, so the text stays readable)."""
    img = Image.new("RGBA", (40, 10), col + (150,))
    sh.image(x, y, w, h, img, blend="multiply")


def carbon(sh: Sheet, dpi: int = 200) -> Sheet:
    """A carbon copy: every stroke a soft violet-blue, a little blurred."""
    img = raster(sh, dpi).convert("L").filter(ImageFilter.GaussianBlur(0.8))
    lut = [(int(60 + v * 0.76), int(56 + v * 0.78), int(120 + v * 0.53)) for v in range(256)]
    out = Image.merge("RGB", [img.point([c[i] for c in lut]) for i in range(3)])
    return sheet_of(out, sh.width_mm, sh.height_mm)


def dot_matrix(sh: Sheet, dpi: int = 200) -> Sheet:
    """A needle printer's print: strokes broken into dots, slightly grey."""
    img = raster(sh, 110).convert("L")
    img = img.point(lambda v: 0 if v < 150 else 255).resize((int(sh.width_mm / 25.4 * dpi),
                                                             int(sh.height_mm / 25.4 * dpi)), Image.NEAREST)
    img = img.filter(ImageFilter.GaussianBlur(0.7)).point(lambda v: 70 + int(v * 0.72))
    return sheet_of(img.convert("RGB"), sh.width_mm, sh.height_mm)


def two_up(a: Sheet, b: Sheet, dpi: int = 160) -> Sheet:
    """Two A4 pages reduced side by side onto one landscape A4 sheet (the copier's '2 in 1')."""
    out = Sheet(297, 210)
    k = 200 / 297 * 0.98
    for i, s in enumerate((a, b)):
        out.image(4 + i * 146.5, 6, 210 * k, 297 * k, raster(s, dpi))
        box(out, 4 + i * 146.5, 6, 210 * k, 297 * k, lw=0.15, col=FAINT)
    return out


def lid_edge(sh: Sheet, rng: random.Random, dpi: int = 200) -> Sheet:
    """The copier's lid not closed: a graded dark band along the right edge."""
    img = raster(sh, dpi)
    W, H = img.size
    bw = int(W * rng.uniform(0.05, 0.08))
    g = Image.linear_gradient("L").rotate(-90, expand=True).resize((bw, H)).point(lambda v: int(40 + v * 0.8))
    strip = ImageChops.multiply(img.crop((W - bw, 0, W, H)), Image.merge("RGB", (g, g, g)))
    img.paste(strip, (W - bw, 0))
    return sheet_of(img, sh.width_mm, sh.height_mm)


def diagonal_crease(sh: Sheet, rng: random.Random, dpi: int = 200) -> Sheet:
    """A corner once folded over and flattened again: a faint diagonal crease across the lower corner."""
    img = raster(sh, dpi)
    W, H = img.size
    d = ImageDraw.Draw(img, "RGBA")
    x0, y1 = int(W * rng.uniform(0.55, 0.7)), int(H * rng.uniform(0.82, 0.92))
    d.line([(x0, H), (W, y1)], fill=(70, 70, 70, 90), width=3)
    d.line([(x0 + 4, H), (W, y1 + 4)], fill=(255, 255, 255, 120), width=2)
    return sheet_of(img, sh.width_mm, sh.height_mm)


def sticky(sh: Sheet, x, y, lines: list[str], rng, *, col=(253, 236, 120), pen=BIC_BLACK) -> None:
    """A square sticky note stuck on the copy with a few words written on it."""
    img = Image.new("RGBA", (300, 300), col + (255,))
    ImageDraw.Draw(img).rectangle([0, 0, 300, 40], fill=tuple(max(0, v - 16) for v in col) + (255,))
    sh.image(x, y, 38, 38, img)
    for i, s in enumerate(lines):
        ink(sh, x + 3, y + 6 + i * 7, s, rng, f=PEN_FAT, pt=11, col=pen, maxw=33)


def staple(sh: Sheet, x, y, angle: float = 20) -> None:
    """A staple in the corner, copied as a short bright bar with dark legs."""
    n = 120
    img = Image.new("RGBA", (n, n), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.rectangle([10, 52, 110, 64], fill=(120, 120, 126, 255))
    d.rectangle([12, 54, 108, 58], fill=(214, 214, 220, 255))
    img = img.rotate(angle, resample=Image.BICUBIC)
    sh.image(x, y, 14, 14, img)


# --------------------------------------------------------------------------- security print and marks

def rosette(w_mm: float, h_mm: float, rng: random.Random, bg, ink_, k: float = 8.0, n: int = 30) -> Image.Image:
    """A security background: concentric wavy rings round an off-centre point and a fine crossing hatch."""
    W, H = int(w_mm * k), int(h_mm * k)
    img = Image.new("RGB", (W, H), bg)
    d = ImageDraw.Draw(img)
    mix = tuple(int((a * 2 + b) / 3) for a, b in zip(bg, ink_))
    for x in range(-H, W, 11):
        d.line([(x, 0), (x + H, H)], fill=mix, width=1)
    cx, cy = W * rng.uniform(0.3, 0.7), H * rng.uniform(0.3, 0.7)
    lobes = rng.choice([9, 12, 15])
    ph = rng.uniform(0, 6.28)
    for i in range(n):
        r0 = (max(W, H) * 0.9) * (i + 1) / n
        pts = []
        for t in range(0, 361, 3):
            a = math.radians(t)
            r = r0 * (1 + 0.05 * math.sin(lobes * a + ph + i * 0.3))
            pts.append((cx + r * math.cos(a), cy + r * math.sin(a) * 0.8))
        d.line(pts, fill=ink_, width=1)
    return img


def microline(sh: Sheet, x, y, w, words: str, *, col=SOFT, pt=3.2) -> None:
    s = (words + " ") * 40
    out = ""
    for ch in s:
        if tw(out + ch, SANS, pt) > w:
            break
        out += ch
    txt(sh, x, y, out, f=SANS, pt=pt, col=col)


def crest(sh: Sheet, x, y, size, rng, kind: str = "shield", col=(60, 60, 66)) -> None:
    """A small drawn state emblem (not a real coat of arms): a cedar, a bird on a plinth, a shield with a star, a
    sun with rays, a shield with a cross, or a wreath."""
    n = int(size * 10)
    img = Image.new("RGBA", (n, n), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    c4 = col + (255,)
    m = n / 2
    lw = max(2, n // 24)
    if kind == "cedar":
        for i, wdt in enumerate([0.18, 0.3, 0.42, 0.52]):
            yy = n * (0.12 + i * 0.18)
            d.polygon([(m, yy), (m - n * wdt, yy + n * 0.2), (m + n * wdt, yy + n * 0.2)], fill=c4)
        d.rectangle([m - n * 0.05, n * 0.8, m + n * 0.05, n * 0.95], fill=c4)
    elif kind == "bird":
        d.polygon([(n * 0.42, n * 0.2), (n * 0.58, n * 0.16), (n * 0.62, n * 0.3), (n * 0.56, n * 0.6),
                   (n * 0.44, n * 0.62), (n * 0.38, n * 0.4)], fill=c4)
        d.polygon([(n * 0.58, n * 0.17), (n * 0.7, n * 0.2), (n * 0.6, n * 0.24)], fill=c4)
        d.rectangle([n * 0.3, n * 0.64, n * 0.7, n * 0.72], fill=c4)
        d.rectangle([n * 0.36, n * 0.72, n * 0.64, n * 0.92], outline=c4, width=lw)
    elif kind == "sun":
        d.ellipse([m - n * 0.16, m - n * 0.16, m + n * 0.16, m + n * 0.16], fill=c4)
        for i in range(8):
            a = math.radians(i * 45)
            d.line([(m + math.cos(a) * n * 0.22, m + math.sin(a) * n * 0.22),
                    (m + math.cos(a) * n * 0.44, m + math.sin(a) * n * 0.44)], fill=c4, width=lw * 2)
    elif kind == "cross":
        d.polygon([(n * 0.18, n * 0.1), (n * 0.82, n * 0.1), (n * 0.82, n * 0.55), (m, n * 0.94), (n * 0.18, n * 0.55)],
                  outline=c4, width=lw)
        d.rectangle([m - n * 0.05, n * 0.16, m + n * 0.05, n * 0.8], fill=c4)
        d.rectangle([n * 0.24, n * 0.38, n * 0.76, n * 0.47], fill=c4)
    elif kind == "wreath":
        for i in range(14):
            a = math.radians(110 + i * 11)
            b = math.radians(70 - i * 11)
            for aa in (a, b):
                cx, cy = m + math.cos(aa) * n * 0.38, m + math.sin(aa) * n * 0.38
                d.ellipse([cx - n * 0.05, cy - n * 0.025, cx + n * 0.05, cy + n * 0.025], fill=c4)
        d.ellipse([m - n * 0.12, m - n * 0.12, m + n * 0.12, m + n * 0.12], outline=c4, width=lw)
    else:
        d.polygon([(n * 0.14, n * 0.08), (n * 0.86, n * 0.08), (n * 0.86, n * 0.52), (m, n * 0.95),
                   (n * 0.14, n * 0.52)], outline=c4, width=lw)
        pts = []
        for i in range(10):
            r = n * (0.2 if i % 2 == 0 else 0.08)
            a = math.radians(-90 + i * 36)
            pts.append((m + r * math.cos(a), n * 0.42 + r * math.sin(a)))
        d.polygon(pts, fill=c4)
    sh.image(x, y, size, size, img, blend="multiply")


def barcode(sh: Sheet, x, y, w, h, data: str) -> None:
    r = random.Random(crc("bc47", data))
    xx = x
    while xx < x + w:
        bw = r.choice([0.3, 0.3, 0.6, 0.9])
        shade(sh, xx, y, bw, h, (0, 0, 0))
        xx += bw + r.choice([0.3, 0.45, 0.6])


def matrix(sh: Sheet, x, y, size, data: str, n: int = 25) -> None:
    """A square 2D code: three finder patterns and cells from the data's hash."""
    r = random.Random(crc("mx47", data))
    c = size / n
    for i in range(n):
        for j in range(n):
            f = None
            for i0, j0 in ((0, 0), (0, n - 7), (n - 7, 0)):
                if i0 <= i < i0 + 7 and j0 <= j < j0 + 7:
                    f = (i - i0, j - j0)
            on = (f[0] in (0, 6) or f[1] in (0, 6) or (2 <= f[0] <= 4 and 2 <= f[1] <= 4)) if f else r.random() < 0.48
            if on:
                shade(sh, x + i * c, y + j * c, c, c, (0, 0, 0))


def mrz_print(sh: Sheet, x, y, lines: list[str], *, pitch=2.54, gap=1.65, col=(16, 16, 16)) -> None:
    pt = pitch / 0.602 / (25.4 / 72)
    for i, ln in enumerate(lines):
        sh.text(x, y + i * pitch * gap, ln, font=OCRB, size_pt=pt, color=col)


def faint_face(sh: Sheet, x, y, w, h) -> None:
    img = Image.new("RGBA", (60, 76), (0, 0, 0, 0))
    g = ImageDraw.Draw(img)
    g.ellipse([18, 8, 42, 40], fill=(110, 100, 96, 55))
    g.ellipse([6, 44, 54, 94], fill=(110, 100, 96, 45))
    sh.image(x, y, w, h, img, blend="multiply")


def td3_lines(code: str, person: Person, number: str, expiry: D, break_check, override, personal: str = "",
              given: str | None = None) -> list[str]:
    d = dict(surname=person.surname, given=given if given is not None else person.given_names,
             birth_date=person.birth_date, nationality=person.nationality, sex=person.sex)
    for k, v in (override or {}).items():
        d["given" if k == "given_names" else k] = v
    return M.td3(issuing=code, surname=d["surname"], given=d["given"], number=d.get("number", number),
                 nationality=d["nationality"], birth_date=d["birth_date"], sex=d["sex"], expiry=expiry,
                 personal_number=personal, break_check=break_check)


def td1_lines(code: str, person: Person, number: str, expiry: D, break_check, override, opt1: str = "",
              doc: str = "ID") -> list[str]:
    d = dict(surname=person.surname, given=person.given_names, birth_date=person.birth_date,
             nationality=person.nationality, sex=person.sex)
    for k, v in (override or {}).items():
        d["given" if k == "given_names" else k] = v
    return M.td1(issuing=code, surname=d["surname"], given=d["given"], number=number, nationality=d["nationality"],
                 birth_date=d["birth_date"], sex=d["sex"], expiry=expiry, optional1=opt1, doc_code=doc,
                 break_check=break_check)


def parent_of(person: Person, which: str, given=None) -> str:
    v = given or (person.father if which == "f" else person.mother)
    return v or "-"


def middle_name(person: Person) -> str:
    """A Filipino's middle name: the mother's maiden surname."""
    mo = person.mother or ""
    parts = mo.split(" ")
    for k in range(1, len(parts)):
        cand = " ".join(parts[k:])
        if cand in _NEW_ORIGINS["PHL"]["s"]:
            return cand
    return parts[-1] if len(parts) > 1 else "-"


NATWORD = {"SSD": dict(en="SOUTH SUDANESE", fr="sud-soudanaise", nl="Zuid-Soedanees", tr="GÜNEY SUDAN",
                       es="SURSUDANESA"),
           "ZWE": dict(en="ZIMBABWEAN", fr="zimbabwéenne", nl="Zimbabwaans", tr="ZİMBABVE", es="ZIMBABUENSE"),
           "LBN": dict(en="LEBANESE", fr="libanaise", nl="Libanees", tr="LÜBNAN", es="LIBANESA"),
           "PHL": dict(en="FILIPINO", fr="philippine", nl="Filipijns", tr="FİLİPİNLER", es="FILIPINA"),
           "DOM": dict(en="DOMINICAN", fr="dominicaine", nl="Dominicaans", tr="DOMİNİK CUMHURİYETİ",
                       es="DOMINICANA"),
           "SUR": dict(en="SURINAMESE", fr="surinamaise", nl="Surinaams", tr="SURİNAM", es="SURINAMESA")}


def natword(p: Person, lang: str) -> str:
    return NATWORD.get(p.nationality, {}).get(lang, p.nationality)


# =========================================================================== passports (TD3)

def passport_ssd(person: Person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None,
                 **opts) -> list[Sheet]:
    """South Sudanese passport data page laid SIDEWAYS on the glass (the booklet's spine at the top of the sheet, so
    the page reads turned a quarter to the left): a blue-green band with 'REPUBLIC OF SOUTH SUDAN' and a shield with
    a star, 'PASSPORT' and the type and code in boxes; English captions in small capitals ABOVE each value, the
    photo at the LEFT with a faint second portrait beside the MRZ; dates as '14/07/1982'; the facing visa page blank
    above it."""
    issue, expiry = span(rng, issue_date, expiry_date, 5, (80, 1600))
    number = rng.choice(["R", "S"]) + digits(rng, 8)
    land = Sheet(297, 210)
    x0, y0, W, H = 40.0, 96.0, 168.0, 104.0
    box(land, x0, y0 - 92, W, 90, lw=0.2, col=FAINT)
    txt(land, x0 + W / 2, y0 - 50, "VISAS", f=SANS, pt=9, col=FAINT, anchor="center", track=2)
    land.image(x0, y0, W, H, rosette(W, H, rng, (232, 242, 240), (178, 210, 206)))
    box(land, x0, y0, W, H, lw=0.35, col=(40, 90, 90))
    shade(land, x0, y0, W, 11, (20, 96, 120))
    crest(land, x0 + 3, y0 + 0.5, 10, rng, "shield", col=(250, 250, 250))
    txt(land, x0 + 16, y0 + 1.6, "REPUBLIC OF SOUTH SUDAN", f=SANS_B, pt=9.4, col=(255, 255, 255))
    txt(land, x0 + 16, y0 + 6.4, "PASSPORT", f=SANS, pt=7, col=(230, 240, 240), track=1.2)
    land.photo(x0 + 5, y0 + 16, 30, 40, rng)
    sig(land, x0 + 6, y0 + 59, rng, w=27, h=8, col=BIC_BLACK)
    faint_face(land, x0 + W - 24, y0 + 62, 14, 18)

    def cell(x, y, cap, v, w):
        txt(land, x, y, cap.upper(), f=NARROW, pt=4.9, col=(60, 90, 90))
        txt(land, x, y + 2.2, v, f=NARROW_B, pt=fitpt(v, w, NARROW_B, 8.6))

    x, y = x0 + 40, y0 + 15
    cell(x, y, "Type", "P", 10)
    cell(x + 14, y, "Code", "SSD", 18)
    cell(x + 38, y, "Passport No.", number, 40)
    y += 8
    cell(x, y, "Surname", person.surname.upper(), 118)
    y += 8
    cell(x, y, "Given names", person.given_names.upper(), 118)
    y += 8
    cell(x, y, "Nationality", "SOUTH SUDANESE", 50)
    cell(x + 62, y, "Sex", person.sex, 10)
    y += 8
    cell(x, y, "Date of birth", dd(person.birth_date, "/"), 40)
    cell(x + 62, y, "Place of birth", person.birth_place.upper(), 56)
    y += 8
    cell(x, y, "Date of issue", dd(issue, "/"), 40)
    cell(x + 62, y, "Date of expiry", dd(expiry, "/"), 40)
    y += 8
    cell(x, y, "Issuing authority", "DIRECTORATE OF NATIONALITY, PASSPORTS & IMMIGRATION", 120)
    mrz_print(land, x0 + 6, y0 + H - 13.5, td3_lines("SSD", person, number, expiry, break_check, mrz_override),
              pitch=2.7)
    return [quarter_turn(land, clockwise=False)]


def passport_zwe(person: Person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None,
                 **opts) -> list[Sheet]:
    """Zimbabwean passport photographed with a phone inside a clear plastic sleeve lying on a laminate table: a
    green header with a bird emblem and 'ZIMBABWE', the captions in English as small grey words at the LEFT of each
    value on the same line, the national ID number (e.g. 63-123456 K 42) as personal number, photo at the RIGHT,
    dates '14 JUL 1982'; a pale glare across the page from the sleeve."""
    issue, expiry = span(rng, issue_date, expiry_date, 10, (80, 3000))
    number = rng.choice("ABCFGH") + rng.choice("NRT") + digits(rng, 6)
    idno = f"{rng.randint(2, 86):02d}-{digits(rng, 6)} {rng.choice('ABCDEFGHJKLMNPRSTVWXYZ')} {rng.randint(10, 99)}"
    sh = Sheet()
    x0, y0, W, H = 20.0, 70.0, 170.0, 110.0
    sh.image(x0, y0, W, H, rosette(W, H, rng, (238, 244, 232), (198, 222, 186)))
    box(sh, x0, y0, W, H, lw=0.35, col=(30, 100, 40))
    shade(sh, x0, y0, W, 13, (0, 122, 61))
    shade(sh, x0, y0 + 13, W, 1.4, (252, 209, 22))
    crest(sh, x0 + 4, y0 + 1, 11, rng, "bird", col=(252, 209, 22))
    txt(sh, x0 + 18, y0 + 2.4, "ZIMBABWE", f=GOTHIC_B, pt=12.5, col=(255, 255, 255), track=1.5)
    txt(sh, x0 + W - 4, y0 + 3.4, "PASSPORT", f=GOTHIC_B, pt=9, col=(255, 255, 255), anchor="right", track=1)
    sh.photo(x0 + W - 38, y0 + 19, 32, 41, rng)
    sig(sh, x0 + W - 38, y0 + 63, rng, w=30, h=8, col=BIC_BLACK)
    rows = [("Type", "P"), ("Code of State", "ZWE"), ("Passport No.", number), ("Surname", person.surname.upper()),
            ("Given names", person.given_names.upper()), ("Nationality", "ZIMBABWEAN"), ("Sex", person.sex),
            ("Date of birth", dmon(person.birth_date)), ("Place of birth", person.birth_place.upper()),
            ("ID No.", idno), ("Date of issue", dmon(issue)), ("Date of expiry", dmon(expiry)),
            ("Authority", "REGISTRAR GENERAL")]
    y = y0 + 18
    for a, v in rows:
        txt(sh, x0 + 6, y, a, f=SANS, pt=6.2, col=GREY)
        txt(sh, x0 + 36, y - 0.4, v, f=SANS_B, pt=fitpt(v, W - 80, SANS_B, 8.4))
        y += 5.4
    mrz_print(sh, x0 + 6, y0 + H - 13, td3_lines("ZWE", person, number, expiry, break_check, mrz_override,
                                                 idno.replace("-", "").replace(" ", "")), pitch=2.7)
    return [on_table(sleeve_glare(sh, rng), rng)]


def passport_lbn(person: Person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None,
                 **opts) -> list[Sheet]:
    """Lebanese passport copied in black and white by a lawyer's office for the binder: a cedar emblem centred at
    the top of the data page, 'RÉPUBLIQUE LIBANAISE - LEBANESE REPUBLIC' under it, the captions French over English
    ('Nom / Surname') set in two rows of three cells, photo at the LEFT under a dry-seal ring; dates '14 07 1982';
    two ring-binder holes in the left margin and the passport number picked out with a highlighter."""
    issue, expiry = span(rng, issue_date, expiry_date, 10, (80, 3000))
    number = "LR" + digits(rng, 7)
    sh = Sheet(paper="grey")
    x0, y0, W, H = 26.0, 40.0, 164.0, 112.0
    sh.image(x0, y0, W, H, rosette(W, H, rng, (240, 240, 240), (205, 205, 205)))
    box(sh, x0, y0, W, H, lw=0.35, col=(70, 70, 70))
    crest(sh, x0 + W / 2 - 6, y0 + 2, 12, rng, "cedar", col=(70, 70, 70))
    txt(sh, x0 + W / 2, y0 + 15, "RÉPUBLIQUE LIBANAISE - LEBANESE REPUBLIC", f=SCHOOL_B, pt=8.6, anchor="center")
    txt(sh, x0 + W / 2, y0 + 19.5, "PASSEPORT - PASSPORT", f=SCHOOL, pt=7.4, anchor="center", col=GREY, track=1)
    sh.photo(x0 + 6, y0 + 27, 30, 39, rng)
    ring = Image.new("RGBA", (80, 80), (0, 0, 0, 0))
    ImageDraw.Draw(ring).ellipse([3, 3, 77, 77], outline=(150, 150, 150, 160), width=3)
    sh.image(x0 + 24, y0 + 52, 18, 18, ring, blend="multiply")

    def cell(x, y, fr, en, v, w):
        txt(sh, x, y, f"{fr} / {en}", f=SCHOOL, pt=5.2, col=GREY)
        txt(sh, x, y + 2.3, v, f=SCHOOL_B, pt=fitpt(v, w, SCHOOL_B, 8.4))

    x, y = x0 + 42, y0 + 26
    grid = [[("Type", "Type", "P", 16), ("Code", "Code", "LBN", 20), ("N° du passeport", "Passport No.", number, 40)],
            [("Nom", "Surname", person.surname.upper(), 112)],
            [("Prénoms", "Given names", person.given_names.upper(), 112)],
            [("Nationalité", "Nationality", "LIBANAISE", 34), ("Sexe", "Sex", person.sex, 14),
             ("Date de naissance", "Date of birth", dd(person.birth_date, " "), 40)],
            [("Lieu de naissance", "Place of birth", person.birth_place.upper(), 60),
             ("Père", "Father", parent_of(person, "f").split(" ")[0].upper(), 40)],
            [("Date de délivrance", "Date of issue", dd(issue, " "), 34), ("Date d'expiration", "Date of expiry",
                                                                           dd(expiry, " "), 34),
             ("Autorité", "Authority", "DGSG", 30)]]
    for row in grid:
        xx = x
        for fr, en, v, w in row:
            cell(xx, y, fr, en, v, w)
            xx += w + 4
        y += 8.2
    sig(sh, x0 + 8, y0 + 70, rng, w=26, h=7, col=BIC_BLACK)
    mrz_print(sh, x0 + 6, y0 + H - 13.5, td3_lines("LBN", person, number, expiry, break_check, mrz_override),
              pitch=2.7)
    marker(sh, x + 38, y0 + 27.6, 34, 4.2)
    binder_holes(sh)
    img = raster(sh).convert("L").convert("RGB")
    return [sheet_of(img, paper="grey")]


def passport_phl(person: Person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None,
                 **opts) -> list[Sheet]:
    """Philippine e-passport data page, captions in Filipino over English ('Apelyido/Surname', 'Mga Pangalan/Given
    Names', 'Panggitnang Apelyido/Middle Name' - the mother's maiden surname, which the MRZ leaves out), a sun
    emblem and 'REPUBLIKA NG PILIPINAS / REPUBLIC OF THE PHILIPPINES' across a navy band, photo at the LEFT, dates
    '14 JUL 1982'; copied at 150 dpi onto the sheet slightly crooked, with a yellow sticky note stuck at the lower
    right ('kopie voor IND')."""
    issue, expiry = span(rng, issue_date, expiry_date, 10, (80, 3000))
    number = "P" + digits(rng, 7) + rng.choice("ABC")
    sh = Sheet()
    x0, y0, W, H = 22.0, 26.0, 166.0, 110.0
    sh.image(x0, y0, W, H, rosette(W, H, rng, (236, 238, 248), (196, 202, 232)))
    box(sh, x0, y0, W, H, lw=0.35, col=(30, 40, 110))
    shade(sh, x0, y0, W, 12, (0, 40, 120))
    crest(sh, x0 + 3, y0 + 1, 10, rng, "sun", col=(250, 214, 60))
    txt(sh, x0 + 16, y0 + 1.6, "REPUBLIKA NG PILIPINAS", f=SANS_B, pt=8.6, col=(255, 255, 255))
    txt(sh, x0 + 16, y0 + 6.2, "REPUBLIC OF THE PHILIPPINES", f=SANS, pt=7.4, col=(230, 232, 245))
    txt(sh, x0 + W - 4, y0 + 3.5, "PASAPORTE / PASSPORT", f=SANS_B, pt=7.6, anchor="right", col=(255, 255, 255))
    sh.photo(x0 + 5, y0 + 17, 31, 40, rng)
    sig(sh, x0 + 6, y0 + 60, rng, w=28, h=8, col=BIC_BLACK)

    def cell(x, y, tl, en, v, w):
        txt(sh, x, y, f"{tl}/{en}", f=LNAR, pt=5.0, col=GREY)
        txt(sh, x, y + 2.2, v, f=LNAR_B, pt=fitpt(v, w, LNAR_B, 8.6))

    x, y = x0 + 41, y0 + 16
    cell(x, y, "Uri", "Type", "P", 10)
    cell(x + 14, y, "Kodigo", "Code", "PHL", 18)
    cell(x + 38, y, "Pasaporte Blg.", "Passport No.", number, 40)
    y += 8
    cell(x, y, "Apelyido", "Surname", person.surname.upper(), 110)
    y += 8
    cell(x, y, "Mga Pangalan", "Given Names", person.given_names.upper(), 110)
    y += 8
    cell(x, y, "Panggitnang Apelyido", "Middle Name", middle_name(person).upper(), 110)
    y += 8
    cell(x, y, "Petsa ng Kapanganakan", "Date of Birth", dmon(person.birth_date), 40)
    cell(x + 50, y, "Kasarian", "Sex", person.sex, 10)
    cell(x + 66, y, "Nasyonalidad", "Nationality", "FILIPINO", 40)
    y += 8
    cell(x, y, "Lugar ng Kapanganakan", "Place of Birth", person.birth_place.upper(), 60)
    y += 8
    cell(x, y, "Petsa ng Pagkakaloob", "Date of Issue", dmon(issue), 40)
    cell(x + 50, y, "Katapusan ng Bisa", "Valid Until", dmon(expiry), 40)
    y += 8
    cell(x, y, "Maykapangyarihang Naglabas", "Issuing Authority", "DFA MANILA", 60)
    mrz_print(sh, x0 + 5, y0 + H - 13.5, td3_lines("PHL", person, number, expiry, break_check, mrz_override),
              pitch=2.7)
    sticky(sh, 150, 230, ["kopie", "voor IND"], rng)
    return [tilt(sh, rng.choice([-2.6, -1.7, 1.5, 2.3]))]


def passport_dom(person: Person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None,
                 **opts) -> list[Sheet]:
    """Dominican passport held open on a checked tablecloth and photographed with a phone, a thumb at the page's
    edge: 'REPÚBLICA DOMINICANA' in a blue-red band with a shield and cross, the captions Spanish/English
    ('Apellidos/Surname') in one tiny line over each value, the cédula number (001-1234567-8) as personal number,
    photo at the LEFT, dates '14 JUL/JUL 1982' (Spanish month abbreviation, then English)."""
    issue, expiry = span(rng, issue_date, expiry_date, 6, (80, 2000))
    number = rng.choice(["RD", "SC"]) + digits(rng, 7)
    ced = f"{rng.choice(['001', '402', '031', '056', '223'])}-{digits(rng, 7)}-{rng.randint(0, 9)}"
    sh = Sheet()
    x0, y0, W, H = 18.0, 72.0, 174.0, 112.0
    sh.image(x0, y0, W, H, rosette(W, H, rng, (240, 238, 246), (208, 200, 226)))
    box(sh, x0, y0, W, H, lw=0.35, col=(40, 40, 100))
    shade(sh, x0, y0, W / 2, 10, (0, 45, 98))
    shade(sh, x0 + W / 2, y0, W / 2, 10, (206, 17, 38))
    crest(sh, x0 + W / 2 - 5, y0 + 0.2, 9.5, rng, "cross", col=(255, 255, 255))
    txt(sh, x0 + 4, y0 + 2.4, "REPÚBLICA DOMINICANA", f=VERA_B, pt=8.6, col=(255, 255, 255))
    txt(sh, x0 + W - 4, y0 + 2.4, "PASAPORTE / PASSPORT", f=VERA_B, pt=8, anchor="right", col=(255, 255, 255))
    sh.photo(x0 + 5, y0 + 16, 31, 40, rng)
    sig(sh, x0 + 6, y0 + 60, rng, w=28, h=8, col=BIC_BLACK)

    def cell(x, y, es, en, v, w):
        txt(sh, x, y, f"{es}/{en}", f=VERAC, pt=4.8, col=GREY)
        txt(sh, x, y + 2.1, v, f=VERAC_B, pt=fitpt(v, w, VERAC_B, 8.2))

    x, y = x0 + 41, y0 + 15
    cell(x, y, "Tipo", "Type", "P", 10)
    cell(x + 14, y, "Código", "Code", "DOM", 18)
    cell(x + 38, y, "Pasaporte No.", "Passport No.", number, 40)
    y += 8
    cell(x, y, "Apellidos", "Surname", person.surname.upper(), 120)
    y += 8
    cell(x, y, "Nombres", "Given names", person.given_names.upper(), 120)
    y += 8
    cell(x, y, "Nacionalidad", "Nationality", "DOMINICANA", 40)
    cell(x + 50, y, "Sexo", "Sex", person.sex, 10)
    cell(x + 66, y, "Cédula", "Personal No.", ced, 44)
    y += 8
    cell(x, y, "Fecha de nacimiento", "Date of birth", dduo(person.birth_date, "es"), 40)
    cell(x + 50, y, "Lugar de nacimiento", "Place of birth", person.birth_place.upper(), 66)
    y += 8
    cell(x, y, "Fecha de expedición", "Date of issue", dduo(issue, "es"), 40)
    cell(x + 50, y, "Fecha de vencimiento", "Date of expiry", dduo(expiry, "es"), 40)
    y += 8
    cell(x, y, "Autoridad", "Authority", "DGP SANTO DOMINGO", 60)
    mrz_print(sh, x0 + 5, y0 + H - 13.5, td3_lines("DOM", person, number, expiry, break_check, mrz_override,
                                                   ced.replace("-", "")), pitch=2.7)
    return [thumb(on_table(sh, rng, cloth="check"), rng)]


def passport_sur(person: Person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None,
                 **opts) -> list[Sheet]:
    """Surinamese passport copied as a whole open booklet in the upper half of the sheet (the data page at the
    BOTTOM of the spread, the inside cover with the holder's signature line above it), captions Dutch over English
    in two tiny lines ('Naam / Surname'), photo at the RIGHT, dates '14 JUL 1982'; a pale, slightly blue carbon-like
    copy."""
    issue, expiry = span(rng, issue_date, expiry_date, 10, (80, 3000))
    number = "R" + rng.choice("ABCDE") + digits(rng, 6)
    sh = Sheet()
    x0, W = 24.0, 162.0
    ytop, H = 14.0, 104.0
    box(sh, x0, ytop, W, 46, lw=0.25, col=FAINT)
    txt(sh, x0 + 6, ytop + 8, "Handtekening van de houder / Signature of bearer", f=SANS, pt=7, col=GREY)
    hl(sh, x0 + 6, x0 + 90, ytop + 30, col=SOFT)
    sig(sh, x0 + 12, ytop + 18, rng, w=40, h=11, col=BIC_BLACK)
    y0 = ytop + 48
    sh.image(x0, y0, W, H, rosette(W, H, rng, (236, 244, 236), (200, 224, 200)))
    box(sh, x0, y0, W, H, lw=0.35, col=(30, 90, 50))
    shade(sh, x0, y0, W, 10, (0, 120, 64))
    txt(sh, x0 + 4, y0 + 2.2, "REPUBLIEK SURINAME - REPUBLIC OF SURINAME", f=SANS_B, pt=8.2, col=(255, 255, 255))
    txt(sh, x0 + W - 4, y0 + 2.2, "PASPOORT", f=SANS_B, pt=8.2, anchor="right", col=(255, 255, 255))
    sh.photo(x0 + W - 36, y0 + 15, 31, 40, rng)

    def cell(x, y, nl, en, v, w):
        txt(sh, x, y, nl, f=SANS, pt=4.9, col=GREY)
        txt(sh, x, y + 1.9, en, f=SANS_I, pt=4.5, col=SOFT)
        txt(sh, x, y + 3.9, v, f=SANS_B, pt=fitpt(v, w, SANS_B, 8.2))

    x, y = x0 + 5, y0 + 14
    cell(x, y, "Soort", "Type", "P", 10)
    cell(x + 14, y, "Code", "Code", "SUR", 18)
    cell(x + 38, y, "Paspoortnummer", "Passport No.", number, 40)
    y += 10
    cell(x, y, "Naam", "Surname", person.surname.upper(), 110)
    y += 10
    cell(x, y, "Voornamen", "Given names", person.given_names.upper(), 110)
    y += 10
    cell(x, y, "Nationaliteit", "Nationality", "SURINAAMSE", 40)
    cell(x + 50, y, "Geslacht", "Sex", "V" if person.sex == "F" else "M", 12)
    cell(x + 68, y, "Geboortedatum", "Date of birth", dmon(person.birth_date), 40)
    y += 10
    cell(x, y, "Geboorteplaats", "Place of birth", person.birth_place.upper(), 60)
    cell(x + 68, y, "Afgifte", "Date of issue", dmon(issue), 40)
    y += 10
    cell(x, y, "Geldig tot", "Date of expiry", dmon(expiry), 40)
    cell(x + 68, y, "Autoriteit", "Authority", "CBB PARAMARIBO", 40)
    mrz_print(sh, x0 + 5, y0 + H - 13.5, td3_lines("SUR", person, number, expiry, break_check, mrz_override),
              pitch=2.7)
    return [carbon(sh)]


for _fid, _c, _fn, _lang, _note in [
        ("passport-td3-ssd-zijwaarts-op-glas-visumpagina-erboven-47", "SSD", passport_ssd, "en",
         "South Sudanese passport laid sideways on the glass, captions above the values"),
        ("passport-td3-zwe-plastic-hoes-tafelfoto-bijschrift-links-47", "ZWE", passport_zwe, "en",
         "Zimbabwean passport photographed in a plastic sleeve on a table"),
        ("passport-td3-lbn-zwartwit-ringmapgaten-markeerstift-47", "LBN", passport_lbn, "fr",
         "Lebanese passport in black and white, binder holes, highlighted number"),
        ("passport-td3-phl-tussennaam-150dpi-scheef-geeltje-47", "PHL", passport_phl, "en",
         "Philippine passport with the middle name, crooked copy with a sticky note"),
        ("passport-td3-dom-tafelkleed-duim-cedula-47", "DOM", passport_dom, "en",
         "Dominican passport photographed on a tablecloth with a thumb at the edge"),
        ("passport-td3-sur-open-boekje-blauwe-doorslag-47", "SUR", passport_sur, "nl",
         "Surinamese passport copied as an open booklet, carbon-blue copy")]:
    _id._register(_fid, "identity-document", PART, _lang, _fn, country=_c, mrz="TD3", photo=True, notes=_note)


# =========================================================================== cards (TD1)

def idcard_ssd(person: Person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None,
               **opts) -> list[Sheet]:
    """South Sudanese national identity card copied ENLARGED to 150 % on the glass, front in the upper half and back
    in the lower half, each on its own; the front in English with the photo at the RIGHT and the national ID number
    in red under the title, the back with the parents' names, the place of issue and the three-line MRZ; the
    lawyer's handwritten 'copie certifiée conforme à l'original' with date and initials in the gap between."""
    issue, expiry = span(rng, issue_date, expiry_date, 10, (100, 3000))
    number = "SS" + digits(rng, 7)
    nin = digits(rng, 12)
    lines = td1_lines("SSD", person, number, expiry, break_check, mrz_override, nin[:12])
    k = 1.5
    W, H = 85.6 * k, 54.0 * k
    sh = Sheet()
    xf, yf, yb = (210 - W) / 2, 16.0, 150.0
    for yy in (yf, yb):
        sh.image(xf, yy, W, H, rosette(W, H, rng, (236, 240, 236), (196, 214, 200), k=6))
        box(sh, xf, yy, W, H, lw=0.35, col=(50, 80, 70))
        shade(sh, xf, yy, W, 2.4, (7, 137, 48))
        shade(sh, xf, yy + H - 2.4, W, 2.4, (15, 71, 175))
    crest(sh, xf + 3, yf + 4, 12, rng, "shield", col=(60, 80, 70))
    txt(sh, xf + 18, yf + 4.5, "REPUBLIC OF SOUTH SUDAN", f=VERA_B, pt=8.4)
    txt(sh, xf + 18, yf + 9, "NATIONAL IDENTITY CARD", f=VERA, pt=7.4, col=(40, 90, 60))
    txt(sh, xf + 18, yf + 13.4, f"NIN {nin}", f=VERA_B, pt=7.4, col=(170, 30, 30))
    sh.photo(xf + W - 36, yf + 18, 31, 40, rng)
    y = yf + 20
    for a, v in [("Surname", person.surname.upper()), ("Given names", person.given_names.upper()),
                 ("Date of birth", dd(person.birth_date, "/")), ("Sex", person.sex),
                 ("Place of birth", person.birth_place.upper()), ("Nationality", "SOUTH SUDANESE")]:
        txt(sh, xf + 5, y, a, f=VERA, pt=5.4, col=GREY)
        txt(sh, xf + 5, y + 2.3, v, f=VERA_B, pt=fitpt(v, W - 46, VERA_B, 8.4))
        y += 8.2
    sig(sh, xf + W - 36, yf + H - 17, rng, w=28, h=7, col=BIC_BLACK)
    y = yb + 5
    for a, v in [("Father's name", parent_of(person, "f").upper()), ("Mother's name", parent_of(person, "m").upper()),
                 ("Card No.", number), ("Date of issue", dd(issue, "/")), ("Date of expiry", dd(expiry, "/")),
                 ("Place of issue", rng.choice(["JUBA", "WAU", "MALAKAL", "BOR"]))]:
        txt(sh, xf + 5, y, a, f=VERA, pt=5.4, col=GREY)
        txt(sh, xf + 44, y - 0.3, v, f=VERA_B, pt=fitpt(v, W - 50, VERA_B, 7.8))
        y += 5.6
    mrz_print(sh, xf + 5, yb + H - 19, lines, pitch=2.54 * 1.25, gap=1.5)
    pen = random.Random(crc(person.surname, "cc47")).choice([BIC_BLUE, FOUNTAIN])
    ink(sh, 30, 106, "copie certifiée conforme à l'original", rng, f=PEN_SLANT, pt=14, col=pen)
    ink(sh, 30, 116, dd(TODAY - datetime.timedelta(days=rng.randint(4, 30)), "/"), rng, f=PEN_SLANT, pt=13, col=pen)
    sig(sh, 120, 112, rng, w=30, h=10, col=pen, style="initials")
    return [sh]


def permit_nld(person: Person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None,
               v_number=None, purpose=None, **opts) -> list[Sheet]:
    """Dutch residence document copied as two separate card images on one sheet, each turned a quarter (the card
    laid upright on the glass): front at the upper LEFT with 'VERBLIJFSDOCUMENT' running up the side, photo, names,
    'VNR' with the V-number and the validity; back at the lower RIGHT with the permit's kind and remarks and the TD1
    MRZ; no stamp, the client's name written by hand along the bottom margin."""
    issue, expiry = span(rng, issue_date, expiry_date, 5, (60, 1500))
    number = "".join(rng.choice("BCDFGHJKLMNPRSTVWXZ") for _ in range(2)) + \
        "".join(rng.choice("0123456789BCDFGHJKLMNPRSTVWXZ") for _ in range(6)) + str(rng.randint(0, 9))
    vnr = v_number or digits(rng, 10)
    lines = td1_lines("NLD", person, number, expiry, break_check, mrz_override, "", "IR")
    W, H = 85.6 * 1.1, 54.0 * 1.1
    PW, PH = 85.6 * 1.35, 54.0 * 1.35

    def card(front: bool) -> Image.Image:
        s = Sheet(W, H)
        s.image(0, 0, W, H, rosette(85.6, 54, rng, (240, 236, 230), (214, 200, 190), k=10))
        box(s, 0, 0, W, H, lw=0.3, col=(110, 90, 80))
        if front:
            shade(s, 0, 0, W, 7, (174, 28, 40))
            txt(s, 3, 1.4, "KONINKRIJK DER NEDERLANDEN", f=SANS_B, pt=6.2, col=(255, 255, 255))
            txt(s, 3, 8.4, "VERBLIJFSDOCUMENT", f=SANS_B, pt=7.4, col=(30, 40, 120))
            s.photo(3, 14, 24, 31, rng)
            y = 13.0
            for a, v in [("Naam", person.surname.upper()), ("Voornamen", person.given_names.upper()), ("VNR", vnr),
                         ("Geboortedatum", dd(person.birth_date, " ")), ("Nationaliteit", person.nationality),
                         ("Geldig tot", dd(expiry, " "))]:
                txt(s, 30, y, a, f=SANS, pt=4.4, col=GREY)
                txt(s, 30, y + 1.7, v, f=SANS_B, pt=fitpt(v, W - 33, SANS_B, 6.4))
                y += 5.4
            sig(s, 4, H - 9, rng, w=20, h=6, col=BIC_BLACK)
        else:
            pur = purpose or rng.choice(["verblijf bij partner", "arbeid in loondienst", "medische behandeling"])
            y = 3.0
            for a, v in [("Verblijfsvergunning", "REGULIER BEPAALDE TIJD"), ("Opmerkingen", pur.upper()),
                         ("Arbeidsmarkt", "ARBEID NIET TOEGESTAAN" if "medisch" in pur else "ARBEID VRIJ TOEGESTAAN"),
                         ("Documentnr.", number), ("Afgegeven", dd(issue, " "))]:
                txt(s, 3, y, a, f=SANS, pt=4.4, col=GREY)
                txt(s, 3, y + 1.7, v, f=SANS_B, pt=fitpt(v, W - 6, SANS_B, 6.2))
                y += 5.2
            mrz_print(s, 3, H - 14.5, lines, pitch=2.54 * 1.08, gap=1.42)
        return s.render(230).transpose(Image.ROTATE_90)

    sh = Sheet()
    sh.image(16, 12, PH, PW, card(True))
    sh.image(210 - 16 - PH, 142, PH, PW, card(False))
    hand_pen = random.Random(crc(person.surname, "vvr47")).choice([BIC_BLUE, BIC_BLACK])
    ink(sh, 20, 262, f"{person.given_names} {person.surname}", rng, f=PEN_LOOP, pt=13, col=hand_pen)
    return [sh]


_id._register("idcard-td1-ssd-vergroot-150-voor-en-achter-apart-conforme-met-de-hand-47", "identity-document", PART,
              "en", idcard_ssd, country="SSD", mrz="TD1", photo=True,
              notes="South Sudanese identity card enlarged, sides apart, certified by hand")
_id._register("permit-nl-vvr-kaarten-kwartslag-gedraaid-naam-met-de-hand-47", "identity-document", PART, "nl",
              permit_nld, country="NLD", mrz="TD1", photo=True,
              notes="Dutch residence card, both sides turned a quarter, name written in the margin")


# =========================================================================== birth certificates

def birth_ssd(person: Person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """South Sudanese birth certificate of the civil registry on a printed form FILLED IN BY HAND in blue ballpoint
    capitals: 'REPUBLIC OF SOUTH SUDAN - MINISTRY OF INTERIOR - CIVIL REGISTRY - BIRTH CERTIFICATE', the serial
    number in red at the top right, numbered lines '1. Name of child ... 9. Informant' with the answers on dotted
    lines, the registrar's signature ABOVE the printed 'Registrar of Births' and the round stamp overlapping it;
    the paper yellowed and folded in three (two soft creases across)."""
    issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(40, 800)))
    reg = act_date or (person.birth_date + datetime.timedelta(days=rng.randint(10, 90)))
    fa, mo = parent_of(person, "f", father), parent_of(person, "m", mother)
    pen = random.Random(crc(person.surname, "bssd")).choice([BIC_BLUE, BIC_BLACK])
    sh = Sheet(paper="yellow")
    crest(sh, 98, 10, 14, rng, "shield", col=(70, 70, 60))
    for i, s in enumerate(["REPUBLIC OF SOUTH SUDAN", "MINISTRY OF INTERIOR", "DIRECTORATE OF CIVIL REGISTRY"]):
        txt(sh, 105, 27 + i * 5, s, f=BOOKM_B if i == 0 else BOOKM, pt=10 if i == 0 else 8.8, anchor="center")
    txt(sh, 105, 46, "BIRTH CERTIFICATE", f=BOOKM_B, pt=16, anchor="center", track=1.5)
    txt(sh, 190, 14, f"No. {regno(person, 'ssdb', 10000, 99999):06d}", f=COUR_B, pt=11, anchor="right",
        col=(170, 30, 30))
    rows = [("1. Name of child", f"{person.given_names} {person.surname}"), ("2. Sex", "MALE" if person.sex == "M"
                                                                           else "FEMALE"),
            ("3. Date of birth", dd(person.birth_date, "/")), ("4. Place of birth", person.birth_place),
            ("5. Name of father", fa), ("6. Nationality of father", "SOUTH SUDANESE"), ("7. Name of mother", mo),
            ("8. Nationality of mother", "SOUTH SUDANESE"),
            ("9. Informant", f"{fa} (FATHER)"), ("10. Date of registration", dd(reg, "/"))]
    y = 62.0
    for a, v in rows:
        txt(sh, 22, y, a, f=BOOKM, pt=9.6)
        x1 = 22 + tw(a, BOOKM, 9.6) + 3
        hl(sh, x1, 190, y + 4.6, col=SOFT, dash=0.5)
        ink(sh, x1 + 2, y - 2, v, rng, f=PEN_CAPS, pt=11.5, col=pen, maxw=188 - x1, upper=True)
        y += 12
    para(sh, 22, y + 4, 166, "I certify that the above is a true copy of an entry in the register of births kept "
         "in this office.", f=BOOKM_I, pt=9.4)
    txt(sh, 22, y + 18, "Date of issue:", f=BOOKM, pt=9.6)
    ink(sh, 50, y + 16, dd(issued, "/"), rng, f=PEN_CAPS, pt=11.5, col=pen)
    sig(sh, 122, y + 16, rng, w=40, h=11, col=pen)
    hl(sh, 116, 184, y + 30, col=INK)
    txt(sh, 150, y + 31.5, "Registrar of Births", f=BOOKM, pt=9.4, anchor="center")
    stamp(sh, 106, y + 10, ["CIVIL REGISTRY", person.birth_place.upper()[:14], "SOUTH SUDAN"], rng, col=PAD_VIOLET,
          mm=30)
    img = raster(sh)
    W, H = img.size
    d = ImageDraw.Draw(img, "RGBA")
    for fy in (H // 3, 2 * H // 3):
        yy = fy + rng.randint(-10, 10)
        d.line([(0, yy), (W, yy + rng.randint(-5, 5))], fill=(90, 80, 60, 70), width=4)
        d.line([(0, yy + 4), (W, yy + 4)], fill=(255, 255, 240, 110), width=2)
    return [sheet_of(img, paper="yellow")]


def birth_zwe(person: Person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Zimbabwean long-form birth certificate printed from the Registrar-General's system: the bird emblem and
    'ZIMBABWE' centred, 'BIRTH CERTIFICATE' and the Act's name '[Chapter 5:02]' under it, the entry as a boxed
    TABLE of numbered rows (caption at the LEFT in a grey cell, value in capitals at the right), the entry number
    and district at the top, the Registrar-General's printed name with a signature stroke and the embossed-seal
    ring at the lower LEFT; the copy in grey, as a lawyer's office scans them."""
    issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(40, 800)))
    reg = act_date or (person.birth_date + datetime.timedelta(days=rng.randint(10, 120)))
    fa, mo = parent_of(person, "f", father), parent_of(person, "m", mother)
    sh = Sheet()
    crest(sh, 98, 8, 14, rng, "bird", col=(60, 60, 60))
    txt(sh, 105, 24, "ZIMBABWE", f=SCHOOL_B, pt=14, anchor="center", track=2)
    txt(sh, 105, 31, "BIRTH CERTIFICATE", f=SCHOOL_B, pt=12, anchor="center")
    txt(sh, 105, 37, "Births and Deaths Registration Act [Chapter 5:02]", f=SCHOOL_I, pt=9, anchor="center")
    district = person.birth_place.upper()
    txt(sh, 20, 48, f"Entry No.: {regno(person, 'zweb', 100, 9999)}/{reg.year}", f=SCHOOL, pt=9.6)
    txt(sh, 190, 48, f"District: {district}", f=SCHOOL, pt=9.6, anchor="right")
    rows = [("1", "Name and surname of child", f"{person.given_names} {person.surname}".upper()),
            ("2", "Sex", "MALE" if person.sex == "M" else "FEMALE"),
            ("3", "Date of birth", dmon(person.birth_date)), ("4", "Place of birth", district),
            ("5", "Full name of father", fa.upper()), ("6", "Citizenship of father", "ZIMBABWEAN"),
            ("7", "Full name of mother", mo.upper()), ("8", "Citizenship of mother", "ZIMBABWEAN"),
            ("9", "Date of registration", dmon(reg)),
            ("10", "I.D. number of child", f"{rng.randint(2, 86):02d}-{digits(rng, 6)} "
                                           f"{rng.choice('ABCDEFGHJKLMNPRSTVWXYZ')} {rng.randint(10, 99)}")]
    y = 55.0
    for n, a, v in rows:
        shade(sh, 20, y, 72, 10, (232, 232, 232))
        box(sh, 20, y, 170, 10, lw=0.25)
        vl(sh, 92, y, y + 10, lw=0.25)
        txt(sh, 22, y + 3, f"{n}.  {a}", f=SCHOOL, pt=9)
        txt(sh, 95, y + 3, v, f=SCHOOL_B, pt=fitpt(v, 92, SCHOOL_B, 9.8))
        y += 10
    para(sh, 20, y + 8, 170, "Certified to be a true extract from the register of births kept at the office of the "
         "Registrar-General of Births and Deaths.", f=SCHOOL_I, pt=9.4)
    txt(sh, 20, y + 22, f"Harare, {dmon(issued)}", f=SCHOOL, pt=9.6)
    ring = Image.new("RGBA", (120, 120), (0, 0, 0, 0))
    rd = ImageDraw.Draw(ring)
    rd.ellipse([4, 4, 116, 116], outline=(150, 150, 150, 150), width=3)
    rd.ellipse([20, 20, 100, 100], outline=(170, 170, 170, 120), width=2)
    sh.image(24, y + 30, 26, 26, ring, blend="multiply")
    sig(sh, 126, y + 28, rng, w=40, h=11, col=BIC_BLACK)
    txt(sh, 148, y + 42, "REGISTRAR-GENERAL", f=SCHOOL_B, pt=9.4, anchor="center")
    barcode(sh, 140, 270, 50, 8, f"{person.surname}{issued}")
    img = raster(sh).convert("L").convert("RGB")
    return [sheet_of(img)]


def birth_lbn(person: Person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Lebanese individual civil-status extract in its French version ('EXTRAIT D'ÉTAT CIVIL INDIVIDUEL'), typed:
    'RÉPUBLIQUE LIBANAISE - Ministère de l'Intérieur et des Municipalités - Direction générale du Statut personnel'
    at the top LEFT, the register number and the locality in a framed block at the top RIGHT, the entries as
    colon-aligned lines, the mokhtar's validation at the lower LEFT with his rectangular stamp, the registry
    official's signature and round stamp at the right, and two fiscal stamps stuck at the upper right corner,
    cancelled with a pen stroke."""
    issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(40, 700)))
    fa, mo = parent_of(person, "f", father), parent_of(person, "m", mother)
    caza = rng.choice(["Metn", "Kesrouan", "Baabda", "Chouf", "Zahlé", "Batroun"])
    sh = Sheet()
    for i, s in enumerate(["RÉPUBLIQUE LIBANAISE", "Ministère de l'Intérieur et des Municipalités",
                           "Direction générale du Statut personnel", f"Bureau de l'état civil - {caza}"]):
        txt(sh, 18, 14 + i * 4.8, s, f=LSERIF_B if i == 0 else LSERIF, pt=10 if i == 0 else 9)
    box(sh, 132, 40, 60, 20, lw=0.3)
    txt(sh, 135, 42, f"Registre n° : {regno(person, 'lbnr', 10, 600)}", f=LSERIF, pt=9)
    txt(sh, 135, 47.5, f"Localité : {person.birth_place}", f=LSERIF, pt=9)
    txt(sh, 135, 53, f"Caza : {caza}", f=LSERIF, pt=9)
    for i in range(2):
        shade(sh, 160 + i * 16, 10, 14, 18, (226, 214, 188))
        box(sh, 160 + i * 16, 10, 14, 18, lw=0.2, col=(150, 120, 80))
        txt(sh, 167 + i * 16, 14, "LL", f=SANS_B, pt=7, anchor="center", col=(120, 80, 40))
        txt(sh, 167 + i * 16, 19, rng.choice(["1000", "5000", "2000"]), f=SANS_B, pt=6.5, anchor="center",
            col=(120, 80, 40))
    hl(sh, 156, 192, 22, lw=0.5, col=BIC_BLUE)
    txt(sh, 105, 70, "EXTRAIT D'ÉTAT CIVIL INDIVIDUEL", f=LSERIF_B, pt=14, anchor="center")
    rows = [("Nom", person.surname.upper()), ("Prénom", person.given_names), ("Nom du père", fa.split(" ")[0]),
            ("Nom et prénom de la mère", mo), ("Sexe", "masculin" if person.sex == "M" else "féminin"),
            ("Date de naissance", dlong(person.birth_date, "fr")), ("Lieu de naissance", person.birth_place),
            ("Nationalité", "libanaise"), ("État civil", rng.choice(["célibataire", "marié(e)"]))]
    y = 84.0
    for a, v in rows:
        txt(sh, 26, y, a, f=LSERIF, pt=10.5)
        txt(sh, 82, y, ":", f=LSERIF, pt=10.5)
        txt(sh, 86, y, v, f=LSERIF_B, pt=fitpt(v, 100, LSERIF_B, 10.5))
        y += 8.5
    para(sh, 26, y + 6, 160, "Le présent extrait est conforme aux mentions du registre. Il est délivré à "
         "l'intéressé(e) pour servir et valoir ce que de droit.", f=LSERIF_I, pt=10)
    txt(sh, 26, y + 22, f"Fait le {dd(issued, '/')}", f=LSERIF, pt=10)
    txt(sh, 26, y + 34, "Vu, le Mokhtar", f=LSERIF_I, pt=9.5)
    stamp(sh, 24, y + 40, [f"MOKHTAR DE {person.birth_place.upper()[:12]}", f"{rng.randint(1, 40)}"], rng,
          shape="rect", col=PAD_BLACK, mm=34)
    txt(sh, 150, y + 34, "L'officier de l'état civil", f=LSERIF_I, pt=9.5, anchor="center")
    sig(sh, 132, y + 40, rng, w=34, h=10, col=BIC_BLUE)
    stamp(sh, 152, y + 46, ["ÉTAT CIVIL", caza.upper(), "LIBAN"], rng, col=PAD_BLUE, mm=28)
    return [sh]


def birth_phl(person: Person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Philippine Certificate of Live Birth as the Philippine Statistics Authority issues it on security paper: the
    PSA header and a pale blue-green wave background, 'Municipal Form No. 102' at the top LEFT, the form's boxed
    items numbered 1 to 16 with sub-columns '(First) (Middle) (Last)', the mother's and father's blocks, the late
    registration field; the PSA's certification strip along the bottom with a barcode and the 'not valid without
    the security paper' line; dates written 'July 14, 1982'."""
    issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(40, 800)))
    reg = act_date or (person.birth_date + datetime.timedelta(days=rng.randint(5, 60)))
    fa, mo = parent_of(person, "f", father), parent_of(person, "m", mother)
    mid = middle_name(person)
    sh = Sheet()
    sh.image(0, 0, 210, 297, rosette(210, 297, rng, (236, 246, 244), (206, 230, 226), k=3, n=22))
    txt(sh, 14, 10, "Municipal Form No. 102", f=LSANS, pt=7.4)
    txt(sh, 14, 13.5, "(Revised January 2007)", f=LSANS, pt=6.6, col=GREY)
    txt(sh, 105, 10, "Republic of the Philippines", f=LSANS, pt=8.4, anchor="center")
    txt(sh, 105, 14, "OFFICE OF THE CIVIL REGISTRAR GENERAL", f=LSANS_B, pt=8.4, anchor="center")
    txt(sh, 105, 19, "CERTIFICATE OF LIVE BIRTH", f=LSANS_B, pt=13, anchor="center")
    txt(sh, 196, 10, f"Registry No. {reg.year}-{regno(person, 'phlr', 100, 9999)}", f=LSANS, pt=7.4, anchor="right")
    txt(sh, 14, 27, f"Province: {rng.choice(['METRO MANILA', 'CEBU', 'DAVAO DEL SUR', 'ILOILO', 'BATANGAS'])}",
        f=LSANS, pt=8)
    txt(sh, 110, 27, f"City/Municipality: {person.birth_place.upper()}", f=LSANS, pt=8)
    y = 32.0

    def item(no, cap, cols, h=11):
        nonlocal y
        box(sh, 14, y, 182, h, lw=0.3)
        txt(sh, 15.5, y + 0.8, f"{no}. {cap}", f=LSANS_B, pt=6.6)
        w = 182 / len(cols)
        for i, (sub, v) in enumerate(cols):
            if i:
                vl(sh, 14 + i * w, y + 3.5, y + h, lw=0.2)
            if sub:
                txt(sh, 14 + i * w + w / 2, y + 3.4, f"({sub})", f=LSANS, pt=5.6, anchor="center", col=GREY)
            txt(sh, 14 + i * w + w / 2, y + h - 5.6, v, f=COUR_B, pt=fitpt(v, w - 3, COUR_B, 9.4), anchor="center")
        y += h

    shade(sh, 14, y, 182, 4.4, (210, 226, 224))
    txt(sh, 16, y + 0.6, "C H I L D", f=LSANS_B, pt=7)
    y += 4.4
    item(1, "NAME", [("First", person.given_names.upper()), ("Middle", mid.upper()), ("Last", person.surname.upper())])
    item(2, "SEX", [("", "MALE" if person.sex == "M" else "FEMALE")])
    item(3, "DATE OF BIRTH", [("Day", str(person.birth_date.day)), ("Month", MONTHS["en"][person.birth_date.month - 1]),
                               ("Year", str(person.birth_date.year))])
    item(4, "PLACE OF BIRTH", [("Name of Hospital/Clinic/Institution", rng.choice(["PROVINCIAL HOSPITAL",
                                                                                  "DISTRICT HOSPITAL",
                                                                                  "LYING-IN CLINIC"])),
                                ("City/Municipality", person.birth_place.upper()), ("Province", "")])
    shade(sh, 14, y, 182, 4.4, (210, 226, 224))
    txt(sh, 16, y + 0.6, "M O T H E R", f=LSANS_B, pt=7)
    y += 4.4
    mp = mo.split(" ", 1)
    item(7, "MAIDEN NAME", [("First", mp[0].upper()), ("Middle", ""), ("Last", (mp[1] if len(mp) > 1 else "").upper())])
    item(8, "CITIZENSHIP", [("", "FILIPINO")])
    shade(sh, 14, y, 182, 4.4, (210, 226, 224))
    txt(sh, 16, y + 0.6, "F A T H E R", f=LSANS_B, pt=7)
    y += 4.4
    fp = fa.split(" ", 1)
    item(13, "NAME", [("First", fp[0].upper()), ("Middle", ""), ("Last", (fp[1] if len(fp) > 1 else "").upper())])
    item(14, "CITIZENSHIP", [("", "FILIPINO")])
    item(16, "DATE OF REGISTRATION", [("", dus(reg).upper())])
    y += 6
    shade(sh, 14, y, 182, 40, (246, 250, 250))
    box(sh, 14, y, 182, 40, lw=0.3)
    para(sh, 18, y + 3, 120, f"This is to certify that the above is a true copy of the Certificate of Live Birth on "
         f"file in this Office. Issued on {dus(issued)} upon request of the document owner.", f=LSANS, pt=8.4)
    txt(sh, 160, y + 20, "CIVIL REGISTRAR GENERAL", f=LSANS_B, pt=7.6, anchor="center")
    sig(sh, 140, y + 8, rng, w=36, h=10, col=BIC_BLACK)
    barcode(sh, 18, y + 26, 60, 8, f"{person.surname}{issued}phl")
    txt(sh, 105, y + 43, "This document is not valid without the PSA security paper.", f=LSANS_I, pt=7,
        anchor="center", col=GREY)
    return [sh]


def birth_dom(person: Person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Dominican 'Extracto de Acta de Nacimiento' of the Junta Central Electoral, Spanish only: the JCE's heading with
    a shield at the top LEFT and a square 2D verification code at the top RIGHT, 'OFICIALÍA DEL ESTADO CIVIL DE LA
    ... CIRCUNSCRIPCIÓN DE ...', the book, folio, act number and year in a row of four boxes, then the entries as
    'Label: value' lines, the registration date in words ('catorce (14) de julio del año ...'), the Oficial del
    Estado Civil's signature ABOVE the printed title and the round dry-seal impression at its LEFT."""
    issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(40, 800)))
    reg = act_date or (person.birth_date + datetime.timedelta(days=rng.randint(8, 200)))
    fa, mo = parent_of(person, "f", father), parent_of(person, "m", mother)
    circ = rng.randint(1, 9)
    sh = Sheet()
    crest(sh, 16, 10, 16, rng, "cross", col=(20, 50, 110))
    for i, s in enumerate(["JUNTA CENTRAL ELECTORAL", "REPÚBLICA DOMINICANA", "Dirección Nacional de Registro del "
                                                                               "Estado Civil"]):
        txt(sh, 36, 11 + i * 4.8, s, f=GOTHIC_B if i < 2 else GOTHIC, pt=10 if i == 0 else 8.6, col=(20, 50, 110))
    matrix(sh, 168, 9, 24, f"{person.surname}{issued}dom")
    head = f"OFICIALÍA DEL ESTADO CIVIL DE LA {circ}A. CIRCUNSCRIPCIÓN DE {person.birth_place.upper()}"
    txt(sh, 105, 36, head, f=GOTHIC_B, pt=fitpt(head, 178, GOTHIC_B, 9.4), anchor="center")
    txt(sh, 105, 44, "EXTRACTO DE ACTA DE NACIMIENTO", f=GOTHIC_B, pt=14, anchor="center")
    for i, (a, v) in enumerate([("Libro No.", f"{rng.randint(1, 900):05d}"), ("Folio No.", f"{rng.randint(1, 400):04d}"),
                                ("Acta No.", f"{rng.randint(1, 9999):05d}"), ("Año", str(reg.year))]):
        box(sh, 22 + i * 42, 54, 40, 12, lw=0.3)
        txt(sh, 24 + i * 42, 55.5, a, f=GOTHIC, pt=7.4, col=GREY)
        txt(sh, 42 + i * 42, 60, v, f=GOTHIC_B, pt=10, anchor="center")
    rows = [("Nombre(s)", person.given_names.upper()), ("Apellido(s)", person.surname.upper()),
            ("Sexo", "MASCULINO" if person.sex == "M" else "FEMENINO"),
            ("Fecha de nacimiento", dlong(person.birth_date, "es").upper()),
            ("Lugar de nacimiento", f"{person.birth_place.upper()}, REPÚBLICA DOMINICANA"),
            ("Nombre del padre", fa.upper()), ("Nacionalidad del padre", "DOMINICANA"),
            ("Nombre de la madre", mo.upper()), ("Nacionalidad de la madre", "DOMINICANA"),
            ("Declarante", f"{fa.upper()} (PADRE)")]
    y = 76.0
    for a, v in rows:
        txt(sh, 24, y, f"{a}:", f=GOTHIC, pt=9.6)
        txt(sh, 78, y, v, f=GOTHIC_B, pt=fitpt(v, 110, GOTHIC_B, 9.8))
        y += 7.6
    para(sh, 24, y + 4, 164, f"Declaración registrada el {es_date_words(reg)}. Expedido el presente extracto en "
         f"{person.birth_place}, el {dlong(issued, 'es')}, para los fines legales correspondientes.", f=GOTHIC, pt=9.6,
         lead=1.5)
    ring = Image.new("RGBA", (120, 120), (0, 0, 0, 0))
    ImageDraw.Draw(ring).ellipse([4, 4, 116, 116], outline=(160, 160, 170, 150), width=4)
    sh.image(60, y + 34, 26, 26, ring, blend="multiply")
    sig(sh, 112, y + 32, rng, w=40, h=12, col=BIC_BLUE)
    hl(sh, 104, 176, y + 47, col=INK)
    txt(sh, 140, y + 48.5, "Oficial del Estado Civil", f=GOTHIC, pt=9.6, anchor="center")
    txt(sh, 105, 284, "Verifique la autenticidad de este documento escaneando el código.", f=GOTHIC, pt=7.4,
        anchor="center", col=GREY)
    return [sh]


def birth_tur(person: Person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Birth extract of a foreign national typed at a Turkish district registry office ('T.C. ... İLÇE NÜFUS
    MÜDÜRLÜĞÜ - YABANCI UYRUKLU DOĞUM KAYIT ÖRNEĞİ'), Turkish only, printed on an A4 sheet in LANDSCAPE: a
    one-row table of headed columns (name, surname, father, mother, place and date of birth, sex, nationality,
    registration date), the officer's name, wet signature and round stamp under it at the RIGHT, a revenue stamp
    ('DAMGA PULU') at the LEFT."""
    issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(20, 500)))
    fa, mo = parent_of(person, "f", father), parent_of(person, "m", mother)
    ilce = rng.choice(["Fatih", "Esenyurt", "Çankaya", "Şahinbey", "İpekyolu", "Bornova"])
    sh = Sheet(297, 210)
    txt(sh, 148.5, 14, "T.C.", f=VSERIF_B, pt=11, anchor="center")
    txt(sh, 148.5, 20, f"{ilce.upper()} İLÇE NÜFUS MÜDÜRLÜĞÜ", f=VSERIF_B, pt=11, anchor="center")
    txt(sh, 148.5, 30, "YABANCI UYRUKLU DOĞUM KAYIT ÖRNEĞİ", f=VSERIF_B, pt=13, anchor="center")
    txt(sh, 20, 40, f"Sayı: {rng.randint(10000, 99999)}-{issued.year}/{rng.randint(100, 999)}", f=VSERIF, pt=9)
    txt(sh, 277, 40, f"Tarih: {dd(issued, '.')}", f=VSERIF, pt=9, anchor="right")
    cols = [("Adı", person.given_names.upper(), 30), ("Soyadı", person.surname.upper(), 34), ("Baba Adı",
                                                                                            fa.split(" ")[0].upper(), 26),
            ("Ana Adı", mo.split(" ")[0].upper(), 26), ("Doğum Yeri", person.birth_place.upper(), 30),
            ("Doğum Tarihi", dd(person.birth_date, "."), 26), ("Cinsiyeti", "ERKEK" if person.sex == "M" else "KADIN",
                                                                20),
            ("Uyruğu", natword(person, "tr"), 34),
            ("Tescil Tarihi", dd(act_date or (person.birth_date + datetime.timedelta(days=20)), "."), 31)]
    x, y = 20.0, 52.0
    for a, v, w in cols:
        shade(sh, x, y, w, 9, (228, 228, 228))
        box(sh, x, y, w, 9, lw=0.3)
        box(sh, x, y + 9, w, 14, lw=0.3)
        txt(sh, x + w / 2, y + 2.6, a, f=VSERIFC_B, pt=7.6, anchor="center")
        txt(sh, x + w / 2, y + 13.5, v, f=VSERIFC, pt=fitpt(v, w - 2, VSERIFC, 8.6), anchor="center")
        x += w
    para(sh, 20, 88, 257, "Yukarıda kimlik bilgileri yazılı yabancı uyruklu kişinin doğum kaydı müdürlüğümüz "
         "kayıtlarına uygundur. İlgilinin talebi üzerine düzenlenmiştir.", f=VSERIF, pt=9.6, lead=1.45)
    shade(sh, 24, 118, 22, 28, (236, 226, 206))
    box(sh, 24, 118, 22, 28, lw=0.2, col=(150, 120, 80))
    txt(sh, 35, 124, "DAMGA", f=SANS_B, pt=6.5, anchor="center", col=(120, 80, 40))
    txt(sh, 35, 128, "PULU", f=SANS_B, pt=6.5, anchor="center", col=(120, 80, 40))
    txt(sh, 35, 135, f"{rng.choice([10, 25, 50])} TL", f=SANS_B, pt=7, anchor="center", col=(120, 80, 40))
    officer = rng.choice(["Ayşe KORKMAZ", "Mehmet ÖZDEMİR", "Fatma YÜCEL", "Hasan ERDOĞAN"])
    txt(sh, 230, 118, "Nüfus Müdürü", f=VSERIF, pt=9.6, anchor="center")
    sig(sh, 212, 124, rng, w=36, h=11, col=BIC_BLUE)
    txt(sh, 230, 138, officer, f=VSERIF_B, pt=9.6, anchor="center")
    stamp(sh, 172, 112, ["T.C. NÜFUS MÜDÜRLÜĞÜ", ilce.upper(), "MÜHÜR"], rng, col=PAD_VIOLET, mm=30)
    return [sh]


def birth_bel(person: Person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Extract of a Belgian birth act printed from the civil-status database (DABS), in Dutch: a slim header line
    with the municipality's name and 'Databank Akten Burgerlijke Stand', 'UITTREKSEL UIT DE AKTE VAN GEBOORTE' in
    spaced capitals, the act's reference (number and date of the act) in a grey band, the child's and the parents'
    data as two labelled blocks, a square 2D code at the lower RIGHT and the sentence that the extract is
    electronically signed, so there is no wet signature or stamp."""
    issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(20, 400)))
    act = act_date or (person.birth_date + datetime.timedelta(days=rng.randint(1, 12)))
    fa, mo = parent_of(person, "f", father), parent_of(person, "m", mother)
    city = person.birth_place
    sh = Sheet()
    txt(sh, 18, 12, f"Gemeente {city}", f=CARL_B, pt=10)
    txt(sh, 192, 12, "Databank Akten Burgerlijke Stand", f=CARL, pt=8.6, anchor="right", col=GREY)
    hl(sh, 18, 192, 18, lw=0.4)
    txt(sh, 105, 32, "UITTREKSEL UIT DE AKTE VAN GEBOORTE", f=CARL_B, pt=13, anchor="center", track=1.2)
    shade(sh, 18, 42, 174, 10, (232, 234, 238))
    txt(sh, 22, 44.6, f"Akte nr. {act.year}/{regno(person, 'bela', 100, 4000)}  -  opgemaakt op {dd(act, '/')}  -  "
        f"ambtenaar van de burgerlijke stand van {city}", f=CARL, pt=9)

    def blk(y, title, rows):
        txt(sh, 18, y, title, f=CARL_B, pt=10.5)
        y += 6.5
        for a, v in rows:
            txt(sh, 24, y, a, f=CARL, pt=9.8, col=GREY)
            txt(sh, 80, y, v, f=CARL_B, pt=fitpt(v, 108, CARL_B, 10))
            y += 6.4
        return y + 4

    y = blk(62, "Het kind", [("Naam", person.surname), ("Voornamen", person.given_names),
                             ("Geslacht", "mannelijk" if person.sex == "M" else "vrouwelijk"),
                             ("Geboortedatum", dlong(person.birth_date, "nl")), ("Geboorteplaats", city)])
    y = blk(y, "De ouders", [("Vader", fa), ("Moeder", mo)])
    para(sh, 18, y + 4, 174, "Dit uittreksel werd elektronisch ondertekend en heeft dezelfde bewijskracht als een "
         "uittreksel op papier. De echtheid kan worden gecontroleerd met de code hieronder.", f=CARL_I, pt=9.4)
    matrix(sh, 160, 232, 30, f"{person.surname}{act}bel")
    txt(sh, 18, 262, f"Afgeleverd op {dd(issued, '/')}", f=CARL, pt=9.4)
    txt(sh, 18, 268, f"Code {digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 4)}", f=MONO, pt=8.4, col=GREY)
    return [sh]


for _fid, _c, _fn, _lang, _note in [
        ("birth-ssd-formulier-met-de-hand-blokletters-vergeeld-twee-vouwen-47", "SSD", birth_ssd, "en",
         "South Sudanese birth certificate filled in by hand, yellowed, folded in three"),
        ("birth-zwe-registrar-general-tabel-grijze-labelcellen-grijskopie-47", "ZWE", birth_zwe, "en",
         "Zimbabwean long-form birth certificate as a boxed table, grey copy"),
        ("birth-lbn-extrait-individuel-frans-fiscale-zegels-mokhtar-47", "LBN", birth_lbn, "fr",
         "Lebanese individual civil-status extract in French with fiscal stamps"),
        ("birth-phl-psa-veiligheidspapier-genummerde-vakken-47", "PHL", birth_phl, "en",
         "Philippine certificate of live birth on security paper"),
        ("birth-dom-jce-extracto-spaans-qr-datum-in-woorden-47", "DOM", birth_dom, "es",
         "Dominican birth extract, Spanish only"),
        ("birth-tur-ilce-nufus-liggend-tabel-damga-pulu-47", "TUR", birth_tur, "tr",
         "Turkish district registry birth extract of a foreign national, landscape table"),
        ("birth-be-dabs-uittreksel-grijze-referentieband-elektronisch-47", "BEL", birth_bel, "nl",
         "Belgian birth act extract from the database, electronically signed")]:
    _id._register(_fid, "birth-certificate", PART, _lang, _fn, country=_c, notes=_note)


# =========================================================================== marriage certificates

def _couple(person: Person, spouse: Person | None, rng):
    sp = spouse or _pp.make_spouse(rng, person)
    h, w = (person, sp) if person.sex == "M" else (sp, person)
    return h, w


def marriage_zwe(person: Person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    """Zimbabwean marriage certificate in the old register style, on an A4 sheet in LANDSCAPE: 'MARRIAGE
    CERTIFICATE - Marriage Act [Chapter 5:11]', the register entry as ruled columns (No., when married, name and
    surname, age, condition, profession, residence, father's name) with one row per spouse WRITTEN BY HAND in a
    fountain pen, the signatures of the parties and the two witnesses below, the marriage officer's signature and
    a rectangular stamp; the certified-copy note typed at the foot."""
    h, w = _couple(person, spouse, rng)
    wed = marriage_date or (TODAY - datetime.timedelta(days=rng.randint(800, 6000)))
    issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(30, 300)))
    pen = FOUNTAIN
    sh = Sheet(297, 210)
    txt(sh, 148.5, 12, "MARRIAGE CERTIFICATE", f=SCHOOL_B, pt=14, anchor="center", track=1.5)
    txt(sh, 148.5, 19, "Marriage Act [Chapter 5:11]  -  Republic of Zimbabwe", f=SCHOOL_I, pt=9.4, anchor="center")
    txt(sh, 20, 28, f"Marriage solemnised at {rng.choice(['Harare', 'Bulawayo', 'Mutare', 'Gweru'])} Magistrates "
        f"Court", f=SCHOOL, pt=9.6)
    txt(sh, 277, 28, f"Entry No. {regno(h, 'zwem', 10, 999)}", f=SCHOOL, pt=9.6, anchor="right")
    cols = [("No.", 12), ("When married", 28), ("Name and surname", 50), ("Age", 12), ("Condition", 24),
            ("Rank or profession", 34), ("Residence at time of marriage", 44), ("Father's name and surname", 53)]
    x, y = 20.0, 36.0
    for a, wd in cols:
        box(sh, x, y, wd, 12, lw=0.3)
        para(sh, x + 1, y + 1, wd - 2, a, f=SCHOOL_B, pt=7.4, lead=1.1)
        box(sh, x, y + 12, wd, 16, lw=0.3)
        box(sh, x, y + 28, wd, 16, lw=0.3)
        x += wd
    for j, q in enumerate((h, w)):
        age = (wed - q.birth_date).days // 365
        vals = [str(regno(h, "zwem", 10, 999)), dd(wed, "/"), f"{q.given_names} {q.surname}", str(age),
                rng.choice(["Bachelor", "Single"]) if q is h else rng.choice(["Spinster", "Single"]),
                rng.choice(["Teacher", "Driver", "Nurse", "Clerk", "Farmer", "Trader"]),
                f"{rng.randint(2, 90)} {rng.choice(['Samora Machel Ave', 'Fife Street', 'Main Street'])}",
                parent_of(q, "f")]
        x = 20.0
        for (_a, wd), v in zip(cols, vals):
            ink(sh, x + 1.5, y + 15 + j * 16, v, rng, f=PEN_NIB, pt=11, col=pen, maxw=wd - 3)
            x += wd
    y = 90.0
    txt(sh, 20, y, f"Married in the presence of us, on {en_date_words(wed)}.", f=SCHOOL_I, pt=9.6)
    for i, lab in enumerate(["Husband", "Wife", "Witness", "Witness", "Marriage Officer"]):
        x = 20 + i * 52
        sig(sh, x + 4, y + 10, rng, w=36, h=9, col=pen)
        hl(sh, x, x + 46, y + 22, col=INK)
        txt(sh, x + 23, y + 23.5, lab, f=SCHOOL, pt=8.6, anchor="center")
    stamp(sh, 220, y + 32, ["MAGISTRATES COURT", "MARRIAGE OFFICER", "ZIMBABWE"], rng, shape="rect", col=PAD_BLUE,
          mm=38)
    para(sh, 20, y + 40, 180, f"I certify that this is a true copy of an entry in the marriage register. Issued on "
         f"{dmon(issued)} by the Registrar-General of Births, Deaths and Marriages.", f=SCHOOL, pt=9.4)
    return [sh]


def marriage_lbn(person: Person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    """Extract of a Lebanese marriage act in its French version ('EXTRAIT D'ACTE DE MARIAGE'), typed in PROSE
    under the Directorate's heading: the registration number and locality run into the first sentence, each spouse
    in a sentence with the father's and mother's names, the date of the religious marriage and of its registration;
    the official's round stamp ABOVE his signature at the centre of the foot; a fiscal stamp at the lower LEFT."""
    h, w = _couple(person, spouse, rng)
    wed = marriage_date or (TODAY - datetime.timedelta(days=rng.randint(800, 6000)))
    issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(30, 300)))
    loc = h.birth_place if h.nationality == "LBN" else w.birth_place
    sh = Sheet()
    for i, s in enumerate(["RÉPUBLIQUE LIBANAISE", "Ministère de l'Intérieur et des Municipalités",
                           "Direction générale du Statut personnel"]):
        txt(sh, 105, 14 + i * 5, s, f=PALA_B if i == 0 else PALA, pt=10.5 if i == 0 else 9.4, anchor="center")
    txt(sh, 105, 38, "EXTRAIT D'ACTE DE MARIAGE", f=PALA_B, pt=14, anchor="center")
    body = (f"Inscrit au registre des mariages de {loc} sous le numéro {regno(h, 'lbnm', 10, 900)}/{wed.year}, le "
            f"mariage a été célébré le {dlong(wed, 'fr')} entre :\n\n"
            f"M. {h.given_names} {h.surname.upper()}, né le {dd(h.birth_date, '/')} à {h.birth_place}, fils de "
            f"{parent_of(h, 'f')} et de {parent_of(h, 'm')}, de nationalité {natword(h, 'fr')} ;\n\n"
            f"et Mme {w.given_names} {w.surname.upper()}, née le {dd(w.birth_date, '/')} à {w.birth_place}, fille de "
            f"{parent_of(w, 'f')} et de {parent_of(w, 'm')}, de nationalité {natword(w, 'fr')}.\n\n"
            f"Le mariage a été transcrit à l'état civil le {dd(wed + datetime.timedelta(days=rng.randint(10, 90)), '/')}."
            f" Le présent extrait est délivré pour servir et valoir ce que de droit.")
    y = para(sh, 24, 52, 162, body, f=PALA, pt=11, lead=1.55, align="justify")
    txt(sh, 24, y + 8, f"Beyrouth, le {dlong(issued, 'fr')}", f=PALA, pt=10.5)
    stamp(sh, 88, y + 16, ["STATUT PERSONNEL", loc.upper()[:14], "LIBAN"], rng, col=PAD_VIOLET, mm=28)
    sig(sh, 90, y + 44, rng, w=34, h=10, col=BIC_BLUE)
    txt(sh, 105, y + 56, "Le chef du bureau", f=PALA_I, pt=10, anchor="center")
    shade(sh, 22, 250, 15, 19, (226, 214, 188))
    box(sh, 22, 250, 15, 19, lw=0.2, col=(150, 120, 80))
    txt(sh, 29.5, 255, "LL 1000", f=SANS_B, pt=6, anchor="center", col=(120, 80, 40))
    return [sh]


def marriage_bel(person: Person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    """Extract of a Belgian marriage act printed from the civil-status database in Dutch: the municipality and
    'Databank Akten Burgerlijke Stand' on a thin line, 'UITTREKSEL UIT DE AKTE VAN HUWELIJK', the two spouses side
    by side in two COLUMNS ('Echtgenoot 1' / 'Echtgenoot 2') with their names, birth dates and places and
    nationalities, the date and place of the marriage in a band across, the electronic-signature notice and a 2D
    code; copied on a copier with the lid not quite closed (a dark band at the right edge)."""
    a_, b_ = _couple(person, spouse, rng)
    wed = marriage_date or (TODAY - datetime.timedelta(days=rng.randint(400, 1500)))
    issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(30, 300)))
    city = a_.address.city if a_.address else rng.choice(["Gent", "Antwerpen", "Leuven"])
    sh = Sheet()
    txt(sh, 18, 12, f"Gemeente {city}", f=CARL_B, pt=10)
    txt(sh, 192, 12, "Databank Akten Burgerlijke Stand", f=CARL, pt=8.6, anchor="right", col=GREY)
    hl(sh, 18, 192, 18, lw=0.4)
    txt(sh, 105, 30, "UITTREKSEL UIT DE AKTE VAN HUWELIJK", f=CARL_B, pt=13, anchor="center", track=1.2)
    for j, q in enumerate((a_, b_)):
        x = 18 + j * 89
        box(sh, x, 42, 85, 64, lw=0.3)
        shade(sh, x, 42, 85, 8, (232, 234, 238))
        txt(sh, x + 3, 44, f"Echtgenoot {j + 1}", f=CARL_B, pt=10)
        y = 54.0
        for a, v in [("Naam", q.surname), ("Voornamen", q.given_names), ("Geboren op", dd(q.birth_date, "/")),
                     ("Te", f"{q.birth_place} ({_pp.country_name(q.birth_country, 'nl')})"),
                     ("Nationaliteit", _pp.nationality_adj(q.nationality, "nl"))]:
            txt(sh, x + 3, y, a, f=CARL, pt=8.8, col=GREY)
            txt(sh, x + 3, y + 3.8, v, f=CARL_B, pt=fitpt(v, 79, CARL_B, 10))
            y += 10
    shade(sh, 18, 114, 174, 11, (232, 234, 238))
    txt(sh, 22, 117, f"Huwelijk voltrokken op {dlong(wed, 'nl')} te {city}  -  akte nr. {wed.year}/"
        f"{regno(a_, 'belm', 10, 900)}", f=CARL, pt=9.6)
    para(sh, 18, 136, 174, "Dit uittreksel werd elektronisch ondertekend door de ambtenaar van de burgerlijke stand "
         "en heeft dezelfde bewijskracht als een uittreksel op papier.", f=CARL_I, pt=9.4)
    matrix(sh, 160, 156, 30, f"{a_.surname}{wed}belm")
    txt(sh, 18, 158, f"Afgeleverd op {dd(issued, '/')}", f=CARL, pt=9.4)
    return [lid_edge(sh, rng)]


_id._register("marriage-zwe-registerkolommen-liggend-vulpen-getuigen-47", "marriage-certificate", PART, "en",
              marriage_zwe, country="ZWE", notes="Zimbabwean marriage register entry in columns, written by hand")
_id._register("marriage-lbn-extrait-proza-stempel-boven-handtekening-47", "marriage-certificate", PART, "fr",
              marriage_lbn, country="LBN", notes="Lebanese marriage act extract in prose, in French")
_id._register("marriage-be-dabs-twee-kolommen-echtgenoten-deksel-open-47", "marriage-certificate", PART, "nl",
              marriage_bel, country="BEL", notes="Belgian marriage act extract, spouses in two columns")


# =========================================================================== nationality certificates (no photo)

def nationality_ssd(person: Person, rng, *, issue_date=None, **opts):
    """South Sudanese 'NATIONALITY CERTIFICATE' issued under the Nationality Act 2011 on a printed paper form with
    a double border, NO photograph: the emblem at the top, the certificate number in red, the holder's name, date
    and place of birth, parents and the basis ('by birth') as labelled lines typed on a typewriter, the Director's
    signature and a round stamp at the lower right, the holder's thumbprint box at the lower LEFT (empty but for a
    grey smudge)."""
    issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(60, 2000)))
    sh = Sheet()
    box(sh, 12, 12, 186, 273, lw=0.8, col=(40, 80, 60))
    box(sh, 15, 15, 180, 267, lw=0.3, col=(40, 80, 60))
    crest(sh, 97, 20, 16, rng, "shield", col=(40, 80, 60))
    txt(sh, 105, 40, "REPUBLIC OF SOUTH SUDAN", f=BOOKM_B, pt=11.5, anchor="center")
    txt(sh, 105, 46.5, "Ministry of Interior - Directorate of Nationality, Passports and Immigration", f=BOOKM, pt=8.6,
        anchor="center")
    txt(sh, 105, 58, "NATIONALITY CERTIFICATE", f=BOOKM_B, pt=16, anchor="center", track=1)
    txt(sh, 105, 66, "(South Sudan Nationality Act, 2011)", f=BOOKM_I, pt=9, anchor="center")
    txt(sh, 186, 24, f"No. {digits(rng, 7)}", f=PRIME_B, pt=11, anchor="right", col=(170, 30, 30))
    rows = [("Full name", f"{person.given_names} {person.surname}".upper()), ("Sex", "Male" if person.sex == "M"
                                                                             else "Female"),
            ("Date of birth", dd(person.birth_date, "/")), ("Place of birth", person.birth_place),
            ("Father's name", parent_of(person, "f")), ("Mother's name", parent_of(person, "m")),
            ("Nationality acquired", "By birth"), ("Date of issue", dd(issued, "/"))]
    y = 82.0
    for a, v in rows:
        txt(sh, 28, y, a + ":", f=BOOKM, pt=10)
        txt(sh, 82, y, v, f=PRIME, pt=fitpt(v, 100, PRIME, 11))
        hl(sh, 80, 182, y + 5, col=FAINT)
        y += 11
    para(sh, 28, y + 4, 154, "This is to certify that the person named above is a citizen of the Republic of South "
         "Sudan.", f=BOOKM_I, pt=10)
    box(sh, 28, 226, 32, 36, lw=0.3)
    txt(sh, 44, 263, "Right thumb", f=BOOKM, pt=7.4, anchor="center", col=GREY)
    sm = Image.new("RGBA", (60, 70), (0, 0, 0, 0))
    ImageDraw.Draw(sm).ellipse([12, 8, 48, 62], fill=(90, 90, 90, 70))
    sh.image(34, 232, 20, 24, sm, blend="multiply")
    sig(sh, 124, 230, rng, w=40, h=11, col=BIC_BLUE)
    hl(sh, 118, 184, 244, col=INK)
    txt(sh, 151, 245.5, "Director of Nationality", f=BOOKM, pt=9, anchor="center")
    stamp(sh, 100, 222, ["NATIONALITY & PASSPORTS", "JUBA", "SOUTH SUDAN"], rng, col=PAD_BLUE, mm=28)
    return [sh]


def nationality_zwe(person: Person, rng, *, issue_date=None, **opts):
    """Confirmation of Zimbabwean citizenship typed as a LETTER on the Registrar-General's letterhead, no photograph:
    the office's name and postal address at the top LEFT, the reference 'CIT/...' and the date at the right, 'TO
    WHOM IT MAY CONCERN', a subject line in bold capitals with the holder's name and ID number, a paragraph
    confirming citizenship by birth with the date and place of birth and the parents, the Registrar's signature
    BELOW 'Yours faithfully' and a rectangular date stamp slanted over the signature."""
    issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(60, 900)))
    idno = f"{rng.randint(2, 86):02d}-{digits(rng, 6)} {rng.choice('ABCDEFGHJKLMNPRSTVWXYZ')} {rng.randint(10, 99)}"
    sh = Sheet()
    crest(sh, 18, 12, 14, rng, "bird", col=(40, 90, 40))
    for i, s in enumerate(["OFFICE OF THE REGISTRAR-GENERAL", "Citizenship Section", "Makombe Building",
                           "P. Bag 7734, Causeway, Harare"]):
        txt(sh, 36, 12 + i * 4.6, s, f=LSANS_B if i == 0 else LSANS, pt=9.4 if i == 0 else 8.6)
    txt(sh, 192, 14, f"Ref: CIT/{rng.randint(100, 999)}/{issued.year}", f=LSANS, pt=9, anchor="right")
    txt(sh, 192, 19, dmon(issued), f=LSANS, pt=9, anchor="right")
    txt(sh, 22, 48, "TO WHOM IT MAY CONCERN", f=LSANS_B, pt=11)
    para(sh, 22, 58, 166, f"RE: CONFIRMATION OF CITIZENSHIP - {person.given_names.upper()} {person.surname.upper()}, "
         f"I.D. No. {idno}", f=LSANS_B, pt=10)
    body = (f"This is to confirm that {person.given_names} {person.surname}, born on {dmon(person.birth_date)} at "
            f"{person.birth_place}, Zimbabwe, to {parent_of(person, 'f')} (father) and {parent_of(person, 'm')} "
            f"(mother), is a citizen of Zimbabwe by birth in terms of section 36 of the Constitution of Zimbabwe. "
            f"The records of this office show that the above-named has not renounced or been deprived of "
            f"Zimbabwean citizenship.\n\nThis letter is issued at the request of the above-named.")
    y = para(sh, 22, 74, 166, body, f=LSANS, pt=10.5, lead=1.55, align="justify")
    txt(sh, 22, y + 10, "Yours faithfully", f=LSANS, pt=10.5)
    sig(sh, 24, y + 16, rng, w=40, h=11, col=BIC_BLACK)
    txt(sh, 22, y + 32, "for: REGISTRAR-GENERAL", f=LSANS_B, pt=10)
    stamp(sh, 40, y + 12, ["REGISTRAR-GENERAL", dmon(issued), "HARARE"], rng, shape="rect", col=PAD_RED, mm=38,
          angle=-9)
    return [sh]


_id._register("nationality-ssd-dubbele-rand-typemachine-duimvak-zonder-foto-47", "nationality-certificate", PART,
              "en", nationality_ssd, country="SSD", notes="South Sudanese nationality certificate, typewriter, no photo")
_id._register("nationality-zwe-brief-to-whom-it-may-concern-datumstempel-47", "nationality-certificate", PART, "en",
              nationality_zwe, country="ZWE", notes="Zimbabwean confirmation of citizenship as a letter")


# =========================================================================== identity certificates and consular card

def idcert_ssd(person: Person, rng, *, issue_date=None, declarative=False, **opts):
    """'CERTIFICATE OF IDENTITY' of the Embassy of South Sudan in Brussels, English: the embassy's name in a band at
    the top with its address at the RIGHT, the photo pasted at the top RIGHT under the band with a round stamp half
    over it, the reference number at the LEFT, the text as 'This is to certify that ...' with the data in bold
    runs, the basis of the certificate in the last paragraph (documents checked, or the holder's word alone), the
    Consul's signature ABOVE his printed name; copied on a copier with a toner-poor band down the middle."""
    issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(20, 500)))
    sh = Sheet()
    shade(sh, 0, 10, 210, 14, (20, 96, 120))
    txt(sh, 18, 12, "EMBASSY OF THE REPUBLIC OF SOUTH SUDAN", f=PALA_B, pt=11.5, col=(255, 255, 255))
    txt(sh, 18, 18, "Brussels - Consular Section", f=PALA_I, pt=9, col=(230, 240, 240))
    txt(sh, 192, 28, "Avenue Louise 326, 1050 Brussels", f=PALA, pt=8.4, anchor="right", col=GREY)
    sh.photo(160, 34, 30, 38, rng)
    stamp(sh, 146, 56, ["EMBASSY OF SOUTH SUDAN", "BRUSSELS"], rng, col=PAD_BLUE, mm=26)
    txt(sh, 18, 36, f"Ref.: ESS/BXL/CONS/{rng.randint(10, 999)}/{issued.year}", f=PALA, pt=9.4)
    txt(sh, 18, 42, f"Date: {dd(issued, '/')}", f=PALA, pt=9.4)
    txt(sh, 105, 86, "CERTIFICATE OF IDENTITY", f=PALA_B, pt=15, anchor="center", track=1)
    basis = ("This certificate has been issued solely on the basis of the holder's own declarations; no identity "
             "document or civil-status record was produced to the Embassy." if declarative else
             "This certificate has been issued after verification of the holder's birth certificate and nationality "
             "records against the Embassy's consular register.")
    body = (f"This is to certify that {person.given_names} {person.surname.upper()}, born on "
            f"{dd(person.birth_date, '/')} at {person.birth_place}, South Sudan, son/daughter of "
            f"{parent_of(person, 'f')} and {parent_of(person, 'm')}, is a national of the Republic of South Sudan "
            f"and that the photograph affixed hereon is his/her true likeness.\n\n{basis}\n\nThis certificate is "
            f"issued upon his/her request for whatever legal purpose it may serve.")
    y = para(sh, 22, 100, 166, body, f=PALA, pt=11, lead=1.6, align="justify")
    sig(sh, 128, y + 10, rng, w=40, h=11, col=BIC_BLUE)
    txt(sh, 150, y + 26, rng.choice(["Peter Lado Wani", "Mary Achol Deng", "John Garang Kuol"]), f=PALA_B, pt=10.5,
        anchor="center")
    txt(sh, 150, y + 31.5, "Consul", f=PALA_I, pt=10, anchor="center")
    img = raster(sh)
    W, H = img.size
    band = Image.new("L", (W, H), 0)
    ImageDraw.Draw(band).rectangle([int(W * 0.42), 0, int(W * 0.5), H], fill=110)
    band = band.filter(ImageFilter.GaussianBlur(18))
    img = Image.composite(Image.new("RGB", (W, H), (255, 255, 255)), img, band.point(lambda v: int(v * 0.55)))
    return [sheet_of(img)]


def idcert_lbn(person: Person, rng, *, issue_date=None, declarative=False, **opts):
    """'ATTESTATION D'IDENTITÉ' of the Lebanese Embassy in Brussels, French: a cedar emblem centred over 'AMBASSADE
    DU LIBAN - BRUXELLES - Section consulaire', the photo stapled at the LEFT beside the data table (nom, prénom,
    père, mère, date et lieu de naissance, nationalité, n° d'immatriculation) whose thin rules stop at the photo,
    the basis of the attestation typed under the table, the Consul's round stamp BESIDE his signature at the lower
    right and the staple's shadow at the photo's corner."""
    issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(20, 500)))
    sh = Sheet()
    crest(sh, 98, 10, 14, rng, "cedar", col=(30, 110, 60))
    txt(sh, 105, 27, "AMBASSADE DU LIBAN - BRUXELLES", f=SCHOOL_B, pt=11, anchor="center")
    txt(sh, 105, 33, "Section consulaire", f=SCHOOL_I, pt=9.4, anchor="center")
    txt(sh, 105, 48, "ATTESTATION D'IDENTITÉ", f=SCHOOL_B, pt=15, anchor="center")
    txt(sh, 105, 55, f"N° {rng.randint(100, 999)}/{issued.year}", f=SCHOOL, pt=9, anchor="center", col=GREY)
    sh.photo(20, 66, 32, 41, rng)
    staple(sh, 16, 62, angle=30)
    rows = [("Nom", person.surname.upper()), ("Prénom", person.given_names), ("Père", parent_of(person, "f")),
            ("Mère", parent_of(person, "m")), ("Date de naissance", dd(person.birth_date, "/")),
            ("Lieu de naissance", f"{person.birth_place} (Liban)"), ("Nationalité", "libanaise"),
            ("Immatriculation", f"{digits(rng, 4)}/BXL")]
    y = 66.0
    for a, v in rows:
        txt(sh, 60, y, a, f=SCHOOL, pt=9.8, col=GREY)
        txt(sh, 104, y, v, f=SCHOOL_B, pt=fitpt(v, 86, SCHOOL_B, 10))
        hl(sh, 58, 192, y + 5.6, col=FAINT)
        y += 7.6
    basis = ("La présente attestation est établie sur la seule base des déclarations de l'intéressé(e), sans "
             "présentation d'aucune pièce d'identité ni d'état civil." if declarative else
             "La présente attestation est établie au vu de l'extrait d'état civil individuel et du registre "
             "d'immatriculation de l'Ambassade.")
    y = para(sh, 20, y + 12, 170, basis + " Elle est délivrée à l'intéressé(e) pour servir et valoir ce que de droit.",
             f=SCHOOL, pt=10.5, lead=1.55, align="justify")
    txt(sh, 20, y + 10, f"Bruxelles, le {dlong(issued, 'fr')}", f=SCHOOL, pt=10.5)
    txt(sh, 150, y + 20, "Le Consul", f=SCHOOL_I, pt=10.5, anchor="center")
    sig(sh, 130, y + 26, rng, w=36, h=11, col=BIC_BLACK)
    stamp(sh, 96, y + 22, ["AMBASSADE DU LIBAN", "BRUXELLES"], rng, col=PAD_GREEN, mm=26)
    return [sh]


def consular_zwe(person: Person, rng, *, issue_date=None, expiry_date=None, **opts):
    """Consular registration card of the Embassy of Zimbabwe in Brussels, credit-card size, copied front and back
    side by side in the MIDDLE of the sheet at 112 %: the front with the photo at the LEFT, the embassy's name in a
    green strip, the holder's name, date and place of birth, nationality and the registration number; the back
    with the address in Belgium, the validity and the Consul's printed facsimile signature; the sheet scanned as a
    low-contrast grey image."""
    issue, expiry = span(rng, issue_date, expiry_date, 3, (60, 900))
    k = 1.12
    W, H = 85.6 * k, 54.0 * k
    regn = f"ZEB/{rng.randint(1000, 9999)}/{issue.year % 100:02d}"

    def side(front: bool) -> Image.Image:
        s = Sheet(W, H)
        s.image(0, 0, W, H, rosette(W, H, rng, (240, 244, 236), (210, 224, 200), k=6))
        box(s, 0, 0, W, H, lw=0.3, col=(60, 90, 60))
        if front:
            shade(s, 0, 0, W, 9, (0, 122, 61))
            txt(s, 3, 1.5, "EMBASSY OF THE REPUBLIC OF ZIMBABWE", f=SANS_B, pt=6.4, col=(255, 255, 255))
            txt(s, 3, 5, "BRUSSELS  -  CONSULAR REGISTRATION CARD", f=SANS, pt=5.2, col=(240, 240, 200))
            s.photo(3, 12, 27, 35, rng)
            y = 12.0
            for a, v in [("Surname", person.surname.upper()), ("First names", person.given_names.upper()),
                         ("Date of birth", dmon(person.birth_date)), ("Place of birth", person.birth_place.upper()),
                         ("Nationality", "ZIMBABWEAN"), ("Reg. No.", regn)]:
                txt(s, 33, y, a, f=SANS, pt=4.6, col=GREY)
                txt(s, 33, y + 1.9, v, f=SANS_B, pt=fitpt(v, W - 36, SANS_B, 6.8))
                y += 6.4
        else:
            y = 4.0
            addr = person.address
            lines = [("Address in Belgium", f"{addr.street} {addr.number}" if addr else "-"),
                     ("", f"{addr.postcode} {addr.city}" if addr else ""), ("Issued", dmon(issue)),
                     ("Valid until", dmon(expiry))]
            for a, v in lines:
                if a:
                    txt(s, 4, y, a, f=SANS, pt=4.6, col=GREY)
                    y += 2
                txt(s, 4, y, v, f=SANS_B, pt=fitpt(v, W - 8, SANS_B, 6.8))
                y += 5.2
            sig(s, 40, H - 18, rng, w=34, h=8, col=(40, 40, 40))
            txt(s, 57, H - 7, "Consul", f=SANS_I, pt=5.4, anchor="center")
        return s.render(220)

    sh = Sheet()
    gap = 4.0
    x0 = (210 - 2 * W - gap) / 2
    sh.image(x0, 110, W, H, side(True))
    sh.image(x0 + W + gap, 110, W, H, side(False))
    img = raster(sh).convert("L").point(lambda v: int(70 + v * 0.68)).convert("RGB")
    return [sheet_of(img)]


def consular_ssd(person: Person, rng, *, issue_date=None, expiry_date=None, **opts):
    """Consular card of the Embassy of South Sudan in Brussels, only its FRONT copied, enlarged to 130 % in the upper
    third of the sheet: three thin stripes (black, red, green) along the top edge, the embassy's name and 'CONSULAR
    CARD', the holder's surname, given names, date and place of birth, nationality and the card's validity as
    labelled lines at the LEFT, the photo at the RIGHT with the card number in red under it; the lawyer's office
    wrote 'copie' and initials in pencil-grey in the margin below."""
    issue, expiry = span(rng, issue_date, expiry_date, 2, (60, 600))
    k = 1.3
    W, H = 85.6 * k, 54.0 * k
    card = Sheet(W, H)
    card.image(0, 0, W, H, rosette(W, H, rng, (242, 242, 236), (214, 214, 196), k=6))
    box(card, 0, 0, W, H, lw=0.3, col=(80, 80, 70))
    for i, c_ in enumerate([(20, 20, 20), (200, 30, 40), (7, 137, 48)]):
        shade(card, 0, i * 1.6, W, 1.6, c_)
    crest(card, 3, 6, 11, rng, "shield", col=(60, 60, 60))
    txt(card, 16, 6.5, "EMBASSY OF THE REPUBLIC OF SOUTH SUDAN - BRUSSELS", f=VERA_B, pt=6.6)
    txt(card, 16, 10.5, "CONSULAR CARD", f=VERA_B, pt=8.6, col=(15, 71, 175))
    card.photo(W - 31, 17, 27, 34, rng)
    no = f"SSE/BRU/{digits(rng, 5)}"
    txt(card, W - 17.5, 52.5, no, f=VERA_B, pt=6.6, anchor="center", col=(170, 30, 30))
    y = 18.0
    for a, v in [("Surname", person.surname.upper()), ("Given names", person.given_names.upper()),
                 ("Date of birth", dd(person.birth_date, "-")), ("Place of birth", person.birth_place.upper()),
                 ("Nationality", "SOUTH SUDANESE"), ("Valid", f"{dd(issue, '-')} to {dd(expiry, '-')}")]:
        txt(card, 4, y, a, f=VERA, pt=5.2, col=GREY)
        txt(card, 4, y + 2.1, v, f=VERA_B, pt=fitpt(v, W - 40, VERA_B, 7.6))
        y += 6.9
    sig(card, 40, H - 10, rng, w=22, h=7, col=(40, 40, 40))
    sh = Sheet()
    sh.image((210 - W) / 2, 22, W, H, raster(card, 230))
    ink(sh, (210 - W) / 2, 22 + H + 8, "copie", rng, f=PEN_LOOP, pt=12, col=SOFT)
    sig(sh, (210 - W) / 2 + 22, 22 + H + 6, rng, w=16, h=7, col=SOFT, style="initials")
    return [sh]


_id._register("idcert-ssd-ambassade-engels-foto-rechts-tonerarme-band-47", "identity-certificate", PART, "en",
              idcert_ssd, country="SSD", photo=True,
              notes="South Sudanese embassy certificate of identity, English, photo at the right")
_id._register("idcert-lbn-ambassade-ceder-foto-geniet-links-tabel-47", "identity-certificate", PART, "fr",
              idcert_lbn, country="LBN", photo=True,
              notes="Lebanese embassy identity attestation, photo stapled at the left")
_id._register("consular-zwe-registratiekaart-naast-elkaar-112-grijs-47", "consular-card", PART, "en", consular_zwe,
              country="ZWE", photo=True, notes="Zimbabwean consular registration card, both sides at 112 %")


# =========================================================================== sworn translations

_SRC = {"tr": dict(fr="turc", nl="Turks", doc_fr="extrait d'enregistrement de naissance d'un ressortissant étranger",
                   doc_nl="uittreksel uit de geboorteregistratie van een vreemdeling",
                   auth_fr="Direction de l'état civil du district", auth_nl="bureau burgerlijke stand van het district"),
        "es": dict(fr="espagnol", nl="Spaans", doc_fr="extrait d'acte de naissance", doc_nl="uittreksel uit de "
                                                                                             "geboorteakte",
                   auth_fr="Junta Central Electoral, Officialité de l'état civil",
                   auth_nl="Junta Central Electoral, bureau burgerlijke stand")}


def translation_be(person: Person, rng, *, issue_date=None, of_type="birth-certificate", source_lang="tr",
                   father=None, mother=None, **opts):
    """French translation by a translator sworn at the Liège court of first instance, TWO pages: page 1 the
    heading 'TRADUCTION' with the language pair, the document translated as running prose that follows the
    original's order, the original's stamps and signatures described between angle brackets; page 2 the
    translator's oath formula, signature and round stamp, and the court registry's 'légalisation de signature' box
    with the clerk's stamp and initials."""
    src = _SRC.get(source_lang, _SRC["tr"])
    issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(8, 80)))
    tr = rng.choice([("Selin", "Dumont", "Liège"), ("Murat", "Lecomte", "Liège"), ("Isabel", "Renard", "Verviers"),
                     ("Carmen", "Delhaye", "Liège")])
    fa, mo = parent_of(person, "f", father), parent_of(person, "m", mother)
    s1, s2 = Sheet(), Sheet()
    for s in (s1, s2):
        txt(s, 18, 12, f"{tr[0]} {tr[1].upper()}", f=BOOKM_B, pt=10)
        txt(s, 18, 17, f"Traducteur-interprète juré - {src['fr']} / français", f=BOOKM, pt=8.4, col=GREY)
        txt(s, 192, 12, f"{tr[2]}", f=BOOKM, pt=8.4, anchor="right", col=GREY)
        hl(s, 18, 192, 21, lw=0.3)
    txt(s1, 105, 32, f"TRADUCTION DU {src['fr'].upper()} EN FRANÇAIS", f=BOOKM_B, pt=12, anchor="center")
    txt(s1, 105, 39, f"Document : {src['doc_fr']}", f=BOOKM_I, pt=9.4, anchor="center")
    body = (f"<Armoiries>  {src['auth_fr']}.\n\nLe/la nommé(e) {person.given_names} {person.surname.upper()}, de "
            f"sexe {'masculin' if person.sex == 'M' else 'féminin'}, est né(e) le {dlong(person.birth_date, 'fr')} à "
            f"{person.birth_place} ({_pp.country_name(person.birth_country, 'fr')}), de {fa} (père) et de {mo} "
            f"(mère), de nationalité {natword(person, 'fr')}. La naissance a été enregistrée dans les registres du "
            f"bureau.\n\n<Cachet rond de l'office, illisible>  <Signature de l'officier>  <Timbre fiscal>")
    para(s1, 24, 52, 162, body, f=BOOKM, pt=11, lead=1.6, align="justify")
    txt(s1, 105, 285, "1/2", f=BOOKM, pt=8, anchor="center", col=GREY)
    y = para(s2, 24, 36, 162, f"Je soussigné(e), {tr[0]} {tr[1]}, traducteur-interprète juré près le Tribunal de "
             f"première instance de Liège, certifie que la traduction qui précède, comprenant deux pages, est "
             f"fidèle et conforme à l'original rédigé en {src['fr']} qui m'a été présenté.", f=BOOKM, pt=11,
             lead=1.6, align="justify")
    txt(s2, 24, y + 8, f"{tr[2]}, le {dd(issued, '/')}", f=BOOKM, pt=10.5)
    sig(s2, 120, y + 10, rng, w=38, h=11, col=BIC_BLUE)
    stamp(s2, 84, y + 6, [f"{tr[0]} {tr[1]}".upper(), "TRADUCTEUR JURÉ", "LIÈGE"], rng, col=PAD_BLUE, mm=28)
    by = y + 48
    box(s2, 24, by, 162, 46, lw=0.35)
    txt(s2, 28, by + 3, "LÉGALISATION DE SIGNATURE", f=BOOKM_B, pt=10)
    para(s2, 28, by + 10, 100, f"Vu pour légalisation de la signature de {tr[0]} {tr[1]}, traducteur juré. "
         f"{tr[2]}, le {dd(issued + datetime.timedelta(days=rng.randint(1, 6)), '/')}.", f=BOOKM, pt=9.4)
    stamp(s2, 134, by + 6, ["TRIBUNAL DE PREMIÈRE", "INSTANCE DE LIÈGE", "GREFFE"], rng, shape="rect", col=PAD_VIOLET,
          mm=34)
    sig(s2, 150, by + 30, rng, w=18, h=7, col=BIC_BLACK, style="initials")
    txt(s2, 105, 285, "2/2", f=BOOKM, pt=8, anchor="center", col=GREY)
    return [s1, s2]


def translation_nl(person: Person, rng, *, issue_date=None, of_type="birth-certificate", source_lang="tr",
                   father=None, mother=None, **opts):
    """Dutch sworn translation by an Rbtv-registered translator laid out as a TWO-COLUMN rendering: at the left the
    original's captions as they stand in the source language, at the right their Dutch translation and the entry,
    row by row under the heading 'Origineel / Vertaling'; the translator's name and Rbtv number in a grey block at
    the top RIGHT, the declaration and a rectangular stamp at the foot with the signature running over it."""
    src = _SRC.get(source_lang, _SRC["tr"])
    issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(8, 80)))
    tr = rng.choice([("Lucía", "Verbeek", "Rotterdam"), ("Deniz", "Postma", "Utrecht"), ("Ana", "Kramer", "Den Haag"),
                     ("Emre", "Wijnands", "Eindhoven")])
    rbtv = rng.randint(10000, 99999)
    fa, mo = parent_of(person, "f", father), parent_of(person, "m", mother)
    sh = Sheet()
    shade(sh, 120, 10, 72, 20, (234, 234, 234))
    txt(sh, 124, 12, f"{tr[0]} {tr[1]}", f=LSANS_B, pt=10)
    txt(sh, 124, 17, f"beëdigd vertaler {src['nl']}-Nederlands", f=LSANS, pt=8.4)
    txt(sh, 124, 21.5, f"Rbtv-nummer {rbtv} - {tr[2]}", f=LSANS, pt=8.4)
    txt(sh, 18, 40, "BEËDIGDE VERTALING", f=LSANS_B, pt=13)
    txt(sh, 18, 47, f"uit het {src['nl']} van een {src['doc_nl']} ({src['auth_nl']})", f=LSANS_I, pt=9.4)
    if source_lang == "es":
        caps = ["Nombre(s)", "Apellido(s)", "Sexo", "Fecha de nacimiento", "Lugar de nacimiento", "Nombre del padre",
                "Nombre de la madre", "Nacionalidad"]
    else:
        caps = ["Adı", "Soyadı", "Cinsiyeti", "Doğum Tarihi", "Doğum Yeri", "Baba Adı", "Ana Adı", "Uyruğu"]
    nl = [("Voornaam/voornamen", person.given_names), ("Achternaam", person.surname.upper()),
          ("Geslacht", "man" if person.sex == "M" else "vrouw"), ("Geboortedatum", dlong(person.birth_date, "nl")),
          ("Geboorteplaats", f"{person.birth_place}, {_pp.country_name(person.birth_country, 'nl')}"),
          ("Naam van de vader", fa), ("Naam van de moeder", mo),
          ("Nationaliteit", _pp.nationality_adj(person.nationality, "nl"))]
    y = 58.0
    shade(sh, 18, y, 174, 7, (220, 226, 232))
    txt(sh, 20, y + 1.6, "Origineel", f=LSANS_B, pt=9)
    txt(sh, 80, y + 1.6, "Vertaling", f=LSANS_B, pt=9)
    y += 7
    for cap, (a, v) in zip(caps, nl):
        box(sh, 18, y, 60, 12, lw=0.2, col=SOFT)
        box(sh, 78, y, 114, 12, lw=0.2, col=SOFT)
        txt(sh, 20, y + 4, cap, f=LSANS_I, pt=9, col=GREY)
        txt(sh, 80, y + 1.5, a, f=LSANS, pt=8, col=GREY)
        txt(sh, 80, y + 5.6, v, f=LSANS_B, pt=fitpt(v, 110, LSANS_B, 10))
        y += 12
    para(sh, 18, y + 6, 174, "[stempel van de afgevende instantie]  [handtekening van de ambtenaar]", f=LSANS_I, pt=9,
         col=GREY)
    y = para(sh, 18, y + 18, 174, f"Ondergetekende, {tr[0]} {tr[1]}, beëdigd vertaler, ingeschreven in het Register "
             f"beëdigde tolken en vertalers onder nummer {rbtv}, verklaart dat deze vertaling een getrouwe en "
             f"volledige weergave is van het haar/hem getoonde document in de {src['nl']}e taal.", f=LSANS, pt=10,
             lead=1.5)
    txt(sh, 18, y + 6, f"{tr[2]}, {dd(issued, '-')}", f=LSANS, pt=10)
    stamp(sh, 100, y + 4, [f"{tr[0][0]}. {tr[1].upper()}", "BEËDIGD VERTALER", f"RBTV {rbtv}"], rng, shape="rect",
          col=PAD_BLUE, mm=36)
    sig(sh, 108, y + 8, rng, w=40, h=11, col=BIC_BLACK)
    return [sh]


_id._register("translation-be-luik-twee-bladen-proza-legalisatie-griffie-47", "translation", PART, "fr",
              translation_be, country="BEL",
              notes="Belgian sworn translation into French on two pages, legalised by the court registry")
_id._register("translation-nl-rbtv-twee-kolommen-origineel-vertaling-47", "translation", PART, "nl",
              translation_nl, country="NLD", notes="Dutch sworn translation as a two-column rendering")
_id._register("consular-ssd-kaart-alleen-voorkant-130-driekleur-bovenrand-47", "consular-card", PART, "en", consular_ssd,
              country="SSD", photo=True, notes="South Sudanese consular card, front only, enlarged")
