"""Identity and civil-status families of the `fortyeighth` part (registered in identity.FAMILIES), and the drawing
kit (faces, pens, date forms, emblems, security print, copy habits) that this part's 9ter and IND modules share.

Written by a writer who saw neither the validator nor its output, from the seeds, rules.md and how such papers look
in Belgian and Dutch files.  Each family's layout, wording and copy habit is described in its function's docstring
only (the part is read blind).

The part's applicants come from countries no earlier part drew from: Guinea-Bissau, Mozambique and Yemen (9ter) and
Indonesia, Mongolia and Moldova (IND).  Importing this module adds those six countries to people.COUNTRIES /
people.ORIGINS and the three 9ter countries to be9ter.COUNTRIES (with setdefault, new keys only: no entry another
part reads is changed).  A Surinamese passport serves only the IND rule that needs one, a Turkish birth record the
applicants born in Türkiye, Moldovan and Indonesian birth acts (Romanian and Indonesian only) the IND translation
cases, and Belgian civil-status extracts, a Dutch residence card and two sworn translations complete the set.
"""

from __future__ import annotations

import datetime
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

PART = "fortyeighth"
D = datetime.date
TODAY = D(2026, 12, 1)

# =========================================================================== countries of this part (new keys only)

_NEW_COUNTRIES = {
    "GNB": dict(a2="GW", en="Guinea-Bissau", nl="Guinee-Bissau", fr="Guinée-Bissau", de="Guinea-Bissau",
                adj_en="Bissau-Guinean", adj_nl="Guinee-Bissause", adj_fr="bissau-guinéenne",
                adj_de="guinea-bissauisch"),
    "MOZ": dict(a2="MZ", en="Mozambique", nl="Mozambique", fr="Mozambique", de="Mosambik",
                adj_en="Mozambican", adj_nl="Mozambikaanse", adj_fr="mozambicaine", adj_de="mosambikanisch"),
    "YEM": dict(a2="YE", en="Yemen", nl="Jemen", fr="Yémen", de="Jemen",
                adj_en="Yemeni", adj_nl="Jemenitische", adj_fr="yéménite", adj_de="jemenitisch"),
    "IDN": dict(a2="ID", en="Indonesia", nl="Indonesië", fr="Indonésie", de="Indonesien",
                adj_en="Indonesian", adj_nl="Indonesische", adj_fr="indonésienne", adj_de="indonesisch"),
    "MNG": dict(a2="MN", en="Mongolia", nl="Mongolië", fr="Mongolie", de="Mongolei",
                adj_en="Mongolian", adj_nl="Mongoolse", adj_fr="mongole", adj_de="mongolisch"),
    "MDA": dict(a2="MD", en="Moldova", nl="Moldavië", fr="Moldavie", de="Moldau",
                adj_en="Moldovan", adj_nl="Moldavische", adj_fr="moldave", adj_de="moldauisch"),
}
_NEW_ORIGINS = {
    "GNB": dict(
        m=["Mamadú", "Braima", "Aladje", "Umaro", "Sana", "Domingos", "Fernando", "Quintino", "Aliu", "Suleimane",
           "Malam", "Infamara"],
        f=["Fatumata", "Aissatu", "Mariama", "Adama", "Cadi", "Filomena", "Nhima", "Binta", "Salimatu", "Djenabu",
           "Maimuna", "Ana Maria"],
        s=["Baldé", "Djaló", "Embaló", "Sanhá", "Mané", "Sissé", "Cassamá", "Gomes", "Có", "Indjai", "Nanque",
           "Turé", "Camará", "Mendes", "Na Bitchita", "Seidi"],
        places=["Bissau", "Bafatá", "Gabú", "Cacheu", "Bolama", "Canchungo", "Farim", "Mansôa", "Catió", "Buba",
                "Bissorã"]),
    "MOZ": dict(
        m=["Armando", "Celso", "Ernesto", "Jacinto", "Amade", "Lourenço", "Hélder", "Inácio", "Momade", "Zacarias",
           "Félix", "Tomás"],
        f=["Albertina", "Graça", "Lurdes", "Celeste", "Amélia", "Rosalina", "Zaida", "Fátima", "Esperança", "Luísa",
           "Ilda", "Anabela"],
        s=["Macuácua", "Chissano", "Mondlane", "Nhantumbo", "Cossa", "Mabunda", "Sitoe", "Langa", "Muianga",
           "Tembe", "Matsinhe", "Chilaule", "Massingue", "Bila", "Manhiça", "Cumbe"],
        places=["Maputo", "Beira", "Nampula", "Quelimane", "Tete", "Chimoio", "Xai-Xai", "Inhambane", "Pemba",
                "Lichinga", "Matola"]),
    "YEM": dict(
        m=["Abdullah", "Mohammed", "Ali", "Saleh", "Nabil", "Fuad", "Ahmed", "Hamoud", "Yahya", "Khaled", "Tawfiq",
           "Adel"],
        f=["Amal", "Fatima", "Huda", "Bushra", "Arwa", "Samira", "Nadia", "Afrah", "Entisar", "Raja", "Hanan",
           "Maysa"],
        s=["Al-Haddad", "Al-Sharabi", "Al-Maqtari", "Ba Wazir", "Al-Aghbari", "Al-Ahdal", "Saif", "Al-Hakimi",
           "Al-Qubati", "Al-Eryani", "Bin Shamlan", "Al-Absi", "Qasim", "Al-Sanabani", "Al-Zubairi", "Noman"],
        places=["Sana'a", "Aden", "Taiz", "Al Hudaydah", "Ibb", "Mukalla", "Dhamar", "Seiyun", "Hajjah", "Marib",
                "Amran"]),
    "IDN": dict(
        m=["Budi", "Agus", "Dedi", "Rizky", "Hendra", "Eko", "Yusuf", "Andi", "Bambang", "Fajar", "Wahyu", "Arief"],
        f=["Siti", "Dewi", "Sri", "Ayu", "Rina", "Nurul", "Fitri", "Indah", "Ratna", "Lestari", "Wulan", "Putri"],
        s=["Santoso", "Wijaya", "Saputra", "Hidayat", "Nugroho", "Pratama", "Kurniawan", "Setiawan", "Susanto",
           "Halim", "Siregar", "Simanjuntak", "Lubis", "Purnomo", "Hutapea", "Wibowo"],
        places=["Jakarta", "Surabaya", "Bandung", "Medan", "Semarang", "Yogyakarta", "Makassar", "Malang", "Denpasar",
                "Palembang", "Pontianak"]),
    "MNG": dict(
        m=["Batbayar", "Ganbold", "Erdene", "Tömörbaatar", "Bat-Erdene", "Sükhbaatar", "Enkhbold", "Temüülen",
           "Otgonbayar", "Baatar", "Munkh-Orgil", "Naranbaatar"],
        f=["Oyuunchimeg", "Sarangerel", "Enkhjargal", "Bolormaa", "Altantsetseg", "Nomin", "Khulan", "Tsetsegmaa",
           "Ariunaa", "Gerelmaa", "Uranchimeg", "Solongo"],
        s=["Dorj", "Ganbaatar", "Batsaikhan", "Purevdorj", "Luvsan", "Tsend", "Jargalsaikhan", "Bayarsaikhan",
           "Nyamdavaa", "Oyunbileg", "Davaasuren", "Gombo", "Chuluun", "Altankhuyag", "Sodnom", "Myagmar"],
        places=["Ulaanbaatar", "Erdenet", "Darkhan", "Choibalsan", "Mörön", "Khovd", "Ölgii", "Bayankhongor",
                "Arvaikheer", "Sükhbaatar", "Zuunmod"]),
    "MDA": dict(
        m=["Ion", "Vasile", "Andrei", "Mihai", "Sergiu", "Victor", "Alexandru", "Nicolae", "Dumitru", "Igor",
           "Vitalie", "Eugen"],
        f=["Maria", "Elena", "Natalia", "Tatiana", "Ana", "Cristina", "Olga", "Irina", "Svetlana", "Doina", "Ludmila",
           "Angela"],
        s=["Rusu", "Ceban", "Ciobanu", "Țurcanu", "Lungu", "Munteanu", "Cojocaru", "Botnari", "Sârbu", "Popa",
           "Moraru", "Guțu", "Cazacu", "Rotari", "Bivol", "Melnic"],
        places=["Chișinău", "Bălți", "Cahul", "Ungheni", "Soroca", "Orhei", "Comrat", "Edineț", "Hîncești",
                "Strășeni", "Florești"]),
}
for _k, _v in _NEW_COUNTRIES.items():
    _pp.COUNTRIES.setdefault(_k, _v)
    _pp._EN_TO_A3.setdefault(_v["en"], _k)
for _k, _v in _NEW_ORIGINS.items():
    _pp.ORIGINS.setdefault(_k, _v)

_B9_COUNTRIES = {
    "GNB": dict(capital="Bissau", hospital="Hospital Nacional Simão Mendes", currency="XOF",
                wage="60 000 FCFA", lang="fr",
                insurance_en="There is no national health insurance; the national hospital charges for consultations, "
                             "tests and medicines, and specialised treatment often has to be sought in Dakar.",
                insurance_fr="Il n'existe pas d'assurance maladie nationale ; l'hôpital national fait payer "
                             "consultations, examens et médicaments, et les soins spécialisés doivent souvent être "
                             "cherchés à Dakar.",
                insurance_nl="Er is geen nationale ziekteverzekering; het nationale ziekenhuis laat consultaties, "
                             "onderzoeken en geneesmiddelen betalen en gespecialiseerde zorg moet vaak in Dakar "
                             "worden gezocht.",
                insurance_de="Eine staatliche Krankenversicherung gibt es nicht; das Nationalkrankenhaus verlangt "
                             "Zahlung für Sprechstunden, Untersuchungen und Medikamente, Fachbehandlungen müssen oft in "
                             "Dakar gesucht werden."),
    "MOZ": dict(capital="Maputo", hospital="Hospital Central de Maputo", currency="MZN",
                wage="8 000 MZN", lang="en",
                insurance_en="The national health service is nominally free, but specialist care is concentrated in "
                             "Maputo and Beira, medicines are often out of stock and patients buy them in private "
                             "pharmacies.",
                insurance_fr="Le service national de santé est en principe gratuit, mais les soins spécialisés sont "
                             "concentrés à Maputo et Beira, les médicaments sont souvent en rupture et les patients "
                             "les achètent en pharmacie privée.",
                insurance_nl="De nationale gezondheidsdienst is in principe gratis, maar specialistische zorg is "
                             "geconcentreerd in Maputo en Beira, geneesmiddelen zijn vaak niet voorradig en patiënten "
                             "kopen ze in private apotheken.",
                insurance_de="Der staatliche Gesundheitsdienst ist im Prinzip kostenlos, doch Fachbehandlung gibt es "
                             "fast nur in Maputo und Beira, Medikamente fehlen oft und werden in privaten Apotheken "
                             "gekauft."),
    "YEM": dict(capital="Sana'a", hospital="Al-Thawra Modern General Hospital", currency="YER",
                wage="60 USD", lang="en",
                insurance_en="Years of war have left only about half of the health facilities working; there is no "
                             "health insurance and imported medicines are paid in cash at black-market prices.",
                insurance_fr="Des années de guerre n'ont laissé fonctionner qu'environ la moitié des structures de "
                             "santé ; il n'existe aucune assurance maladie et les médicaments importés se paient "
                             "comptant au prix du marché noir.",
                insurance_nl="Door jaren oorlog werkt nog maar ongeveer de helft van de gezondheidsvoorzieningen; er "
                             "is geen ziekteverzekering en ingevoerde geneesmiddelen worden contant betaald tegen "
                             "zwarte-marktprijzen.",
                insurance_de="Nach Jahren des Krieges arbeitet nur noch etwa die Hälfte der Gesundheitseinrichtungen; "
                             "eine Krankenversicherung gibt es nicht, importierte Medikamente werden bar zu "
                             "Schwarzmarktpreisen bezahlt."),
}
for _k, _v in _B9_COUNTRIES.items():
    _b9.COUNTRIES.setdefault(_k, {**_NEW_COUNTRIES[_k], **_v})
    _b9._EN2A3.setdefault(_NEW_COUNTRIES[_k]["en"].lower(), _k)

# =========================================================================== faces and pens
_TT = "/usr/share/fonts/truetype"
_OT = "/usr/share/fonts/opentype"
_UR = f"{_OT}/urw-base35"
TIMES, TIMES_B, TIMES_I = (f"{_TT}/liberation/LiberationSerif-Regular.ttf", f"{_TT}/liberation/LiberationSerif-Bold.ttf",
                           f"{_TT}/liberation/LiberationSerif-Italic.ttf")
ARIAL, ARIAL_B, ARIAL_I = (f"{_TT}/liberation/LiberationSans-Regular.ttf", f"{_TT}/liberation/LiberationSans-Bold.ttf",
                           f"{_TT}/liberation/LiberationSans-Italic.ttf")
ARIALN, ARIALN_B = f"{_TT}/liberation/LiberationSansNarrow-Regular.ttf", f"{_TT}/liberation/LiberationSansNarrow-Bold.ttf"
COURIER, COURIER_B = f"{_TT}/liberation/LiberationMono-Regular.ttf", f"{_TT}/liberation/LiberationMono-Bold.ttf"
CALIB, CALIB_B, CALIB_I = (f"{_TT}/crosextra/Carlito-Regular.ttf", f"{_TT}/crosextra/Carlito-Bold.ttf",
                           f"{_TT}/crosextra/Carlito-Italic.ttf")
CAMB, CAMB_B, CAMB_I = (f"{_TT}/crosextra/Caladea-Regular.ttf", f"{_TT}/crosextra/Caladea-Bold.ttf",
                        f"{_TT}/crosextra/Caladea-Italic.ttf")
DJ, DJ_B, DJ_L = f"{_TT}/dejavu/DejaVuSans.ttf", f"{_TT}/dejavu/DejaVuSans-Bold.ttf", f"{_TT}/dejavu/DejaVuSans-ExtraLight.ttf"
DJC, DJC_B = f"{_TT}/dejavu/DejaVuSansCondensed.ttf", f"{_TT}/dejavu/DejaVuSansCondensed-Bold.ttf"
DJS, DJS_B, DJS_I = (f"{_TT}/dejavu/DejaVuSerif.ttf", f"{_TT}/dejavu/DejaVuSerif-Bold.ttf",
                     f"{_TT}/dejavu/DejaVuSerif-Italic.ttf")
DJSC, DJSC_B = f"{_TT}/dejavu/DejaVuSerifCondensed.ttf", f"{_TT}/dejavu/DejaVuSerifCondensed-Bold.ttf"
DJM, DJM_B = f"{_TT}/dejavu/DejaVuSansMono.ttf", f"{_TT}/dejavu/DejaVuSansMono-Bold.ttf"
FSER, FSER_B, FSER_I = (f"{_TT}/freefont/FreeSerif.ttf", f"{_TT}/freefont/FreeSerifBold.ttf",
                        f"{_TT}/freefont/FreeSerifItalic.ttf")
FSAN, FSAN_B = f"{_TT}/freefont/FreeSans.ttf", f"{_TT}/freefont/FreeSansBold.ttf"
FMON, FMON_B = f"{_TT}/freefont/FreeMono.ttf", f"{_TT}/freefont/FreeMonoBold.ttf"
HELV, HELV_B, HELV_I = f"{_UR}/NimbusSans-Regular.otf", f"{_UR}/NimbusSans-Bold.otf", f"{_UR}/NimbusSans-Italic.otf"
HELVN, HELVN_B = f"{_UR}/NimbusSansNarrow-Regular.otf", f"{_UR}/NimbusSansNarrow-Bold.otf"
NROM, NROM_B, NROM_I = f"{_UR}/NimbusRoman-Regular.otf", f"{_UR}/NimbusRoman-Bold.otf", f"{_UR}/NimbusRoman-Italic.otf"
CENT, CENT_B, CENT_I = f"{_UR}/C059-Roman.otf", f"{_UR}/C059-Bold.otf", f"{_UR}/C059-Italic.otf"
PALAT, PALAT_B, PALAT_I = f"{_UR}/P052-Roman.otf", f"{_UR}/P052-Bold.otf", f"{_UR}/P052-Italic.otf"
BOOK, BOOK_B, BOOK_I = f"{_UR}/URWBookman-Light.otf", f"{_UR}/URWBookman-Demi.otf", f"{_UR}/URWBookman-LightItalic.otf"
AVANT, AVANT_B = f"{_UR}/URWGothic-Book.otf", f"{_UR}/URWGothic-Demi.otf"
NMONO, NMONO_B = f"{_UR}/NimbusMonoPS-Regular.otf", f"{_UR}/NimbusMonoPS-Bold.otf"
CPRIME, CPRIME_B = f"{_OT}/courier-prime/Courier Prime.otf", f"{_OT}/courier-prime/Courier Prime Bold.otf"
CPSANS, CPSANS_B = f"{_OT}/courier-prime/Courier Prime Sans.otf", f"{_OT}/courier-prime/Courier Prime Sans Bold.otf"
OCR = f"{_TT}/dejavu/DejaVuSansMono.ttf"
# pens
H_ROUND, H_LEAN, H_HEAVY, H_HEAVYLEAN = (f"{_TT}/fifthhorseman/dkg.ttf", f"{_TT}/fifthhorseman/dkgIt.ttf",
                                         f"{_TT}/fifthhorseman/dkgBd.ttf", f"{_TT}/fifthhorseman/dkgBI.ttf")
H_FELT, H_FELT2 = f"{_TT}/breip/Breip.ttf", f"{_TT}/breip/breipfont.ttf"
H_CHANCERY = f"{_UR}/Z003-MediumItalic.otf"
H_CAPS = f"{_TT}/humor-sans/Humor-Sans.ttf"
H_SCRIPT = f"{_TT}/kristi/Kristi.ttf"

BLACK = (0, 0, 0)
DARK, MID, LIGHT, PALE = (58, 58, 62), (112, 112, 118), (168, 168, 174), (214, 214, 218)
BLUE_BIC, BLACK_BIC, VIOLET_GEL, INK_ROYAL, GREEN_INK, RED_INK = (28, 46, 142), (36, 36, 42), (84, 44, 130), \
    (20, 40, 110), (24, 96, 64), (176, 34, 40)
PENCIL = (110, 110, 112)
STAMP_BLUE, STAMP_VIOLET, STAMP_RED, STAMP_GREEN, STAMP_BLACK, STAMP_OCHRE = (38, 66, 170), (104, 56, 150), \
    (180, 38, 48), (26, 112, 82), (52, 52, 58), (150, 96, 30)

# --------------------------------------------------------------------------- text that the faces can draw
_COVER: dict[str, set | None] = {}
_NEAR = {"–": "-", "—": "-", "’": "'", "‘": "'", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "…": "...",
         "€": "EUR", "°": "o", "•": "-", "·": "-", "✓": "v", "✗": "x", "×": "x", "№": "No", "ı": "i", "İ": "I",
         "ş": "s", "Ş": "S", "ğ": "g", "Ğ": "G", "ț": "t", "Ț": "T", "ș": "s", "Ș": "S", "ă": "a", "Ă": "A",
         "â": "a", "î": "i", "ü": "u", "ö": "o", "Ö": "O", "Ü": "U", "œ": "oe"}


def fit(s, face: str) -> str:
    """What ``face`` can draw of ``s``: a missing glyph becomes a near form or is dropped."""
    if face not in _COVER:
        try:
            from fontTools.ttLib import TTFont
            _COVER[face] = set(TTFont(face, lazy=True).getBestCmap().keys())
        except (OSError, ImportError, KeyError, AttributeError):
            _COVER[face] = None
    cov = _COVER[face]
    s = str(s)
    if not cov:
        return s
    out = []
    for ch in s:
        if ch == "\n" or ord(ch) in cov:
            out.append(ch)
            continue
        alt = _NEAR.get(ch)
        if not alt or not all(ord(a) in cov for a in alt):
            alt = strip_accents(ch)
        out.append(alt if alt and all(ord(a) in cov for a in alt) else "")
    return "".join(out)


def put(sh: Sheet, x, y, s, *, f=ARIAL, pt=9.5, col=BLACK, at="left", sp=0.0) -> float:
    """One line with its top at y; returns its width in mm."""
    return sh.text(x, y, fit(s, f), font=f, size_pt=pt, color=col, anchor=at, letter_spacing=sp)


def wid(s, f=ARIAL, pt=9.5) -> float:
    return text_width_mm(fit(s, f), f, pt)


def flow(sh: Sheet, x, y, w, s, *, f=TIMES, pt=10.5, lead=1.4, al="left", col=BLACK) -> float:
    """Wrapped text; returns the y under it."""
    return sh.paragraph(x, y, w, fit(s, f), font=f, size_pt=pt, leading=lead, align=al, color=col)


def lines_of(sh: Sheet, s, w, f=TIMES, pt=10.5) -> list[str]:
    return sh.wrap(fit(s, f), w, font=f, size_pt=pt)


def shrink(s, w, f=ARIAL, pt=10.0, lo=5.0) -> float:
    while pt > lo and wid(s, f, pt) > w:
        pt -= 0.25
    return pt


def putfit(sh: Sheet, x, y, s, w, *, f=ARIAL, pt=10.0, col=BLACK, at="left") -> float:
    return put(sh, x, y, s, f=f, pt=shrink(s, w, f, pt), col=col, at=at)


def hand(sh: Sheet, x, y, s, rng, *, f=H_ROUND, pt=12.0, col=BLUE_BIC, maxw=None, caps=False) -> float:
    """Words written with a pen; made smaller to fit maxw mm."""
    s = str(s)
    if caps:
        s = strip_accents(s).upper()
    s = fit(s, f)
    if not s.strip():
        return 0.0
    if maxw:
        while pt > 7 and wid(s, f, pt) * 1.18 > maxw:
            pt -= 0.5
    return sh.handwriting(x, y, s, rng, size_pt=pt, color=col, font=f)


def hand_lines(sh: Sheet, x, y, w, s, rng, *, f=H_ROUND, pt=11.0, lh=6.2, col=BLUE_BIC, n=20, caps=False) -> float:
    if caps:
        s = strip_accents(s).upper()
    for ln in sh.wrap(fit(s, f), w * 0.84, font=f, size_pt=pt)[:n]:
        hand(sh, x + rng.uniform(-0.4, 0.4), y + rng.uniform(-0.3, 0.3), ln, rng, f=f, pt=pt, col=col)
        y += lh
    return y


def autograph(sh: Sheet, x, y, rng, *, w=None, h=None, col=BLUE_BIC, style=None) -> None:
    sh.signature(x, y, w or rng.uniform(30, 46), h or rng.uniform(9, 14), rng, color=col, style=style)


def seal(sh: Sheet, x, y, lines, rng, *, shape="round", col=STAMP_BLUE, mm=30.0, angle=None):
    return sh.stamp(x, y, [fit(s, ARIAL_B) for s in lines], rng, shape=shape, color=col, size_mm=mm, angle=angle)


def frame(sh: Sheet, x, y, w, h, *, lw=0.25, col=BLACK, fill=None) -> None:
    sh.rect(x, y, w, h, width_mm=lw, color=col, fill=fill)


def block(sh: Sheet, x, y, w, h, col) -> None:
    sh.rect(x, y, w, h, width_mm=0, color=col, fill=col)


def hline(sh: Sheet, x1, x2, y, *, lw=0.2, col=BLACK, dash=None) -> None:
    sh.rule(x1, y, x2, y, width_mm=lw, color=col, dash=dash)


def vline(sh: Sheet, x, y1, y2, *, lw=0.2, col=BLACK, dash=None) -> None:
    sh.rule(x, y1, x, y2, width_mm=lw, color=col, dash=dash)


def seedof(*parts) -> int:
    return zlib.crc32("|".join(str(p) for p in parts).encode("utf-8"))


def numstr(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def pen_mark(sh: Sheet, x, y, size, rng, *, col=BLUE_BIC, kind="tick") -> None:
    """A pen mark in or over a box: a tick, a cross, a slash or a scribbled fill."""
    n = max(28, int(size * 40))
    img = Image.new("RGBA", (n, n), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    j = lambda: rng.uniform(-0.06, 0.06) * n  # noqa: E731
    c4 = col + (255,)
    wd = max(2, n // 11)
    if kind == "cross":
        d.line([(0.12 * n + j(), 0.12 * n + j()), (0.88 * n + j(), 0.9 * n + j())], fill=c4, width=wd)
        d.line([(0.9 * n + j(), 0.12 * n + j()), (0.1 * n + j(), 0.88 * n + j())], fill=c4, width=wd)
    elif kind == "slash":
        d.line([(0.15 * n + j(), 0.9 * n + j()), (0.9 * n + j(), 0.08 * n + j())], fill=c4, width=wd)
    elif kind == "fill":
        for k in range(7):
            yy = 0.15 * n + k * 0.11 * n
            d.line([(0.12 * n + j(), yy + j()), (0.88 * n + j(), yy + 0.06 * n + j())], fill=c4, width=wd)
    else:
        d.line([(0.08 * n + j(), 0.55 * n + j()), (0.38 * n + j(), 0.88 * n + j()), (0.95 * n + j(), 0.05 * n + j())],
               fill=c4, width=wd, joint="curve")
    sh.image(x - size * 0.12, y - size * 0.15, size * 1.25, size * 1.25, img, blend="multiply")


def tickbox(sh: Sheet, x, y, size, on: bool, rng=None, *, col=BLUE_BIC, kind="tick", round_=False) -> None:
    """A printed box (or circle) left empty, marked with a pen (rng given) or typed over (no rng)."""
    if round_:
        ring = Image.new("RGBA", (64, 64), (0, 0, 0, 0))
        ImageDraw.Draw(ring).ellipse([3, 3, 61, 61], outline=(40, 40, 40, 255), width=4)
        sh.image(x, y, size, size, ring)
    else:
        frame(sh, x, y, size, size, lw=0.25)
    if not on:
        return
    if rng is None:
        put(sh, x + size / 2, y - size * 0.08, "X", f=COURIER_B, pt=size * 2.6, at="center")
    else:
        pen_mark(sh, x, y, size, rng, col=col, kind=kind)


# --------------------------------------------------------------------------- date forms

MON = {
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
    "ro": ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie",
           "octombrie", "noiembrie", "decembrie"],
    "id": ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
           "November", "Desember"],
    "tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım",
           "Aralık"],
}
ABBR = {"en": ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"],
        "pt": ["JAN", "FEV", "MAR", "ABR", "MAI", "JUN", "JUL", "AGO", "SET", "OUT", "NOV", "DEZ"],
        "fr": ["JANV", "FÉVR", "MARS", "AVR", "MAI", "JUIN", "JUIL", "AOÛT", "SEPT", "OCT", "NOV", "DÉC"],
        "id": ["JAN", "FEB", "MAR", "APR", "MEI", "JUN", "JUL", "AGU", "SEP", "OKT", "NOV", "DES"],
        "ro": ["IAN", "FEB", "MAR", "APR", "MAI", "IUN", "IUL", "AUG", "SEP", "OCT", "NOI", "DEC"],
        "nl": ["JAN", "FEB", "MRT", "APR", "MEI", "JUN", "JUL", "AUG", "SEP", "OKT", "NOV", "DEC"]}


def dnum(d: D, sep: str = ".", pad: bool = True, yy: bool = False, order: str = "dmy") -> str:
    """14.07.1982, 14/7/82, 1982-07-14 (order 'ymd'), 07/14/1982 (order 'mdy')."""
    y = f"{d.year % 100:02d}" if yy else str(d.year)
    dd_, mm_ = (f"{d.day:02d}", f"{d.month:02d}") if pad else (str(d.day), str(d.month))
    if order == "ymd":
        return f"{y}{sep}{mm_}{sep}{dd_}"
    if order == "mdy":
        return f"{mm_}{sep}{dd_}{sep}{y}"
    return f"{dd_}{sep}{mm_}{sep}{y}"


def dword(d: D, lang: str) -> str:
    """'14 juli 1982', '1er mars 2026', '5. März 2026', '14 de julho de 1982', '14 iulie 1982', '14 Juli 1982'."""
    m = MON.get(lang, MON["en"])[d.month - 1]
    if lang == "fr":
        return f"{'1er' if d.day == 1 else d.day} {m} {d.year}"
    if lang == "de":
        return f"{d.day}. {m} {d.year}"
    if lang == "pt":
        return f"{d.day} de {m} de {d.year}"
    return f"{d.day} {m} {d.year}"


def dabbr(d: D, lang: str = "en", both: str | None = None) -> str:
    """'14 JUL 1982' or, with both='en', '14 JUL/JUL 1982'."""
    a = ABBR.get(lang, ABBR["en"])[d.month - 1]
    if both:
        b = ABBR[both][d.month - 1]
        a = a if a == b else f"{a}/{b}"
    return f"{d.day:02d} {a} {d.year}"


_PT_UNITS = ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez", "onze", "doze",
             "treze", "catorze", "quinze", "dezasseis", "dezassete", "dezoito", "dezanove"]
_PT_TENS = {2: "vinte", 3: "trinta", 4: "quarenta", 5: "cinquenta", 6: "sessenta", 7: "setenta", 8: "oitenta",
            9: "noventa"}
_PT_HUND = {1: "cento", 2: "duzentos", 3: "trezentos", 4: "quatrocentos", 5: "quinhentos", 6: "seiscentos",
            7: "setecentos", 8: "oitocentos", 9: "novecentos"}


def pt_words(n: int) -> str:
    if n < 20:
        return _PT_UNITS[n]
    if n < 100:
        t, u = divmod(n, 10)
        return _PT_TENS[t] + ("" if u == 0 else " e " + _PT_UNITS[u])
    if n < 1000:
        h, r = divmod(n, 100)
        if n == 100:
            return "cem"
        return _PT_HUND[h] + ("" if r == 0 else " e " + pt_words(r))
    t, r = divmod(n, 1000)
    head = "mil" if t == 1 else pt_words(t) + " mil"
    if r == 0:
        return head
    return head + (" e " if r < 100 or r % 100 == 0 else " ") + pt_words(r)


_FR_U = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
         "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf"]
_FR_T = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}


def fr_num(n: int) -> str:
    if n < 20:
        return _FR_U[n]
    if n < 70:
        t, u = divmod(n, 10)
        return _FR_T[t] + ("" if u == 0 else (" et un" if u == 1 else "-" + _FR_U[u]))
    if n < 80:
        return "soixante" + (" et onze" if n == 71 else "-" + _FR_U[n - 60])
    if n < 100:
        r = n - 80
        return "quatre-vingt" + ("s" if r == 0 else "-" + _FR_U[r])
    if n < 1000:
        h, r = divmod(n, 100)
        head = "cent" if h == 1 else _FR_U[h] + " cent" + ("s" if r == 0 else "")
        return head + ("" if r == 0 else " " + fr_num(r))
    t, r = divmod(n, 1000)
    head = "mille" if t == 1 else fr_num(t) + " mille"
    return head + ("" if r == 0 else " " + fr_num(r))


def fr_date_words(d: D) -> str:
    """'le quatorze juillet mil neuf cent quatre-vingt-deux'."""
    day = "premier" if d.day == 1 else fr_num(d.day)
    y = fr_num(d.year).replace("mille", "mil", 1) if d.year < 2000 else fr_num(d.year)
    return f"le {day} {MON['fr'][d.month - 1]} {y}"


def pt_date_words(d: D) -> str:
    """'aos catorze dias do mês de julho do ano de mil novecentos e oitenta e dois'."""
    day = "primeiro dia" if d.day == 1 else f"{pt_words(d.day)} dias"
    return f"aos {day} do mês de {MON['pt'][d.month - 1]} do ano de {pt_words(d.year)}"


def span(rng: random.Random, issue, expiry, years: int, back=(60, 2000)):
    if issue is None:
        issue = TODAY - datetime.timedelta(days=rng.randint(*back))
    if expiry is None:
        try:
            expiry = issue.replace(year=issue.year + years) - datetime.timedelta(days=1)
        except ValueError:
            expiry = issue + datetime.timedelta(days=365 * years)
    return issue, expiry


def reg_no(person: Person, salt: str, lo: int = 10, hi: int = 9000) -> int:
    return seedof(person.surname, person.given_names, person.birth_date, salt) % (hi - lo) + lo


# --------------------------------------------------------------------------- copy habits (raster)

def raster(sh: Sheet, dpi: int = 200) -> Image.Image:
    return sh.render(dpi)


def as_sheet(img: Image.Image, w: float = 210.0, h: float = 297.0) -> Sheet:
    out = Sheet(w, h)
    out.image(0, 0, w, h, img)
    return out


def turned(sh: Sheet, quarter: int, dpi: int = 200) -> Sheet:
    """The copy turned by quarter x 90 degrees counter-clockwise (1, 2 or 3); a quarter turn swaps the sides."""
    img = raster(sh, dpi)
    img = {1: img.transpose(Image.ROTATE_90), 2: img.transpose(Image.ROTATE_180),
           3: img.transpose(Image.ROTATE_270)}[quarter % 4] if quarter % 4 else img
    w, h = (sh.height_mm, sh.width_mm) if quarter % 2 else (sh.width_mm, sh.height_mm)
    return as_sheet(img, w, h)


def leaned(sh: Sheet, deg: float, dpi: int = 200, fill=(255, 255, 255)) -> Sheet:
    img = raster(sh, dpi).rotate(deg, resample=Image.BICUBIC, expand=False, fillcolor=fill)
    return as_sheet(img, sh.width_mm, sh.height_mm)


def greyed(sh: Sheet, dpi: int = 200, contrast: float = 1.0) -> Sheet:
    img = raster(sh, dpi).convert("L")
    if contrast != 1.0:
        img = img.point(lambda v: max(0, min(255, int(128 + (v - 128) * contrast))))
    return as_sheet(img.convert("RGB"), sh.width_mm, sh.height_mm)


def gutter(sh: Sheet, rng: random.Random, side: str = "left", dpi: int = 200) -> Sheet:
    """A bound booklet copied open: the page bends down into the spine, a soft dark band along one edge."""
    img = raster(sh, dpi)
    W, H = img.size
    bw = int(W * rng.uniform(0.06, 0.1))
    g = Image.linear_gradient("L").rotate(90 if side == "left" else -90, expand=True).resize((bw, H))
    g = g.point(lambda v: int(70 + v * 0.72))
    box_ = (0, 0, bw, H) if side == "left" else (W - bw, 0, W, H)
    if side == "left":
        g = ImageOps.mirror(g)
    part = ImageChops.multiply(img.crop(box_), Image.merge("RGB", (g, g, g)))
    img.paste(part, box_[:2])
    return as_sheet(img, sh.width_mm, sh.height_mm)


def glass_corner(sh: Sheet, rng: random.Random, dpi: int = 200) -> Sheet:
    """The page laid a little away from the glass corner: a black strip of bare platen along the top and the left
    edge, the page itself slightly smaller than the scan area (nothing of the text is lost)."""
    img = raster(sh, dpi)
    W, H = img.size
    dx, dy = int(W * rng.uniform(0.015, 0.03)), int(H * rng.uniform(0.01, 0.022))
    out = Image.new("RGB", (W, H), (22, 22, 24))
    page = img.resize((W - dx, H - dy), Image.BILINEAR)
    out.paste(page, (dx, dy))
    return as_sheet(out, sh.width_mm, sh.height_mm)


def dust(sh: Sheet, rng: random.Random, n: int = 60, dpi: int = 200) -> Sheet:
    """A dirty copier glass: dark specks and two short hair lines, the same on every copy from that machine."""
    img = raster(sh, dpi)
    W, H = img.size
    d = ImageDraw.Draw(img)
    for _ in range(n):
        x, y = rng.randint(0, W - 1), rng.randint(0, H - 1)
        r = rng.choice([1, 1, 1, 2, 2, 3])
        d.ellipse([x - r, y - r, x + r, y + r], fill=(rng.randint(20, 90),) * 3)
    for _ in range(2):
        x, y = rng.randint(W // 8, W - W // 8), rng.randint(H // 8, H - H // 8)
        pts = [(x + k * 6, y + int(12 * math.sin(k / 3.0))) for k in range(rng.randint(12, 30))]
        d.line(pts, fill=(70, 70, 70), width=1)
    return as_sheet(img, sh.width_mm, sh.height_mm)


def banding(sh: Sheet, rng: random.Random, dpi: int = 200) -> Sheet:
    """An inkjet running dry: pale horizontal bands every few centimetres, the text still readable through them."""
    img = raster(sh, dpi)
    W, H = img.size
    mask = Image.new("L", (W, H), 0)
    d = ImageDraw.Draw(mask)
    y = rng.randint(20, 120)
    while y < H:
        h = rng.randint(4, 10)
        d.rectangle([0, y, W, y + h], fill=rng.randint(50, 90))
        y += rng.randint(140, 320)
    img = Image.composite(Image.new("RGB", (W, H), (255, 255, 255)), img, mask)
    return as_sheet(img, sh.width_mm, sh.height_mm)


def reduced(sh: Sheet, k: float, dpi: int = 200, top: float | None = None) -> Sheet:
    """The page copied reduced to k (e.g. 0.86) onto a full sheet of the same size, centred (or at ``top`` mm)."""
    img = raster(sh, dpi)
    out = Sheet(sh.width_mm, sh.height_mm)
    w, h = sh.width_mm * k, sh.height_mm * k
    out.image((sh.width_mm - w) / 2, (sh.height_mm - h) / 2 if top is None else top, w, h, img)
    return out


def phone_shot(sh: Sheet, rng: random.Random, *, surface: str = "wood", dpi: int = 170, hand_at: str | None = None
               ) -> Sheet:
    """Photographed with a phone held a little askew: the page trapezoid on a surface (wood grain with long
    stripes, or a blanket with a coarse woven check), a soft vignette and a cool daylight cast; ``hand_at`` puts
    two fingertips holding the paper at that edge ('top' or 'bottom')."""
    img = raster(sh, dpi)
    W, H = img.size
    if surface == "blanket":
        bg = Image.new("RGB", (W, H), (118, 132, 160))
        d = ImageDraw.Draw(bg)
        step = max(10, W // 40)
        for x in range(0, W, step):
            d.line([(x, 0), (x, H)], fill=(96, 110, 140), width=max(1, step // 4))
        for y in range(0, H, step):
            d.line([(0, y), (W, y)], fill=(140, 150, 176), width=max(1, step // 5))
    else:
        base = rng.choice([(150, 104, 66), (176, 128, 84), (120, 84, 56)])
        bg = Image.new("RGB", (W, H), base)
        d = ImageDraw.Draw(bg)
        r = random.Random(rng.random())
        for y in range(0, H, 3):
            k = int(18 * math.sin(y / (9.0 + r.random() * 3)) + r.randint(-6, 6))
            d.line([(0, y), (W, y + r.randint(-4, 4))], fill=tuple(max(0, min(255, c + k)) for c in base), width=2)
    s = rng.uniform(0.8, 0.87)
    pw, ph = int(W * s), int(H * s)
    page = img.resize((pw, ph), Image.BILINEAR)
    j = lambda: rng.randint(-int(W * 0.025), int(W * 0.025))  # noqa: E731
    quad = (j(), j(), j(), ph + j(), pw + j(), ph + j(), pw + j(), j())
    page = page.transform((pw, ph), Image.QUAD, quad, Image.BILINEAR, fillcolor=(90, 90, 90))
    ox, oy = (W - pw) // 2 + rng.randint(-12, 12), (H - ph) // 2 + rng.randint(-12, 12)
    bg.paste(page, (ox, oy))
    if hand_at:
        d = ImageDraw.Draw(bg, "RGBA")
        tone = rng.choice([(196, 150, 120), (140, 96, 70), (96, 66, 48)])
        yy = oy - int(H * 0.012) if hand_at == "top" else oy + ph - int(H * 0.02)
        for k in range(2):
            cx = ox + int(pw * (0.42 + 0.09 * k))
            d.ellipse([cx - W * 0.028, yy - H * 0.02, cx + W * 0.028, yy + H * 0.03], fill=tone + (245,))
    vig = Image.radial_gradient("L").resize((int(W * 1.5), int(H * 1.5))).crop(
        (int(W * 0.25), int(H * 0.25), int(W * 1.25), int(H * 1.25)))
    vig = vig.point(lambda v: 255 - int(v * 0.35))
    bg = ImageChops.multiply(bg, Image.merge("RGB", (vig, vig, vig)))
    bg = ImageChops.multiply(bg, Image.new("RGB", (W, H), (236, 244, 255)))
    return as_sheet(bg.filter(ImageFilter.GaussianBlur(0.5)), sh.width_mm, sh.height_mm)


def tape(sh: Sheet, x, y, w, h, angle: float = 0.0) -> None:
    """A strip of clear adhesive tape gone slightly yellow, with its cut ends showing."""
    n = 200
    img = Image.new("RGBA", (n, int(n * h / w) or 4), (250, 236, 170, 70))
    d = ImageDraw.Draw(img)
    d.line([(0, 0), (0, img.height)], fill=(180, 170, 120, 160), width=3)
    d.line([(n - 1, 0), (n - 1, img.height)], fill=(180, 170, 120, 160), width=3)
    if angle:
        img = img.rotate(angle, expand=True, resample=Image.BICUBIC)
    sh.image(x, y, w, h, img, blend="multiply")


def tea_ring(sh: Sheet, x, y, r, rng) -> None:
    """The ring a cup left on the paper before it was copied."""
    n = 300
    img = Image.new("RGBA", (n, n), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    for k in range(6):
        a = 8 + k * 2 + rng.randint(-2, 2)
        d.ellipse([a, a + rng.randint(-3, 3), n - a, n - a], outline=(150, 110, 60, 40 + k * 10), width=3)
    sh.image(x - r, y - r, 2 * r, 2 * r, img, blend="multiply")


def pencil(sh: Sheet, x, y, s, rng, *, pt=10.5) -> float:
    """A lawyer's pencil note in the margin."""
    return hand(sh, x, y, s, rng, f=H_LEAN, pt=pt, col=PENCIL)


def carbonless(sh: Sheet, paper=(250, 226, 228), inkcol=(60, 60, 150), dpi: int = 200) -> Sheet:
    """The second sheet of a carbonless set: coloured paper, every stroke the blue-violet of the transfer."""
    img = raster(sh, dpi).convert("L").filter(ImageFilter.GaussianBlur(0.6))
    lut = [tuple(int(i + (p - i) * (v / 255.0)) for i, p in zip(inkcol, paper)) for v in range(256)]
    out = Image.merge("RGB", [img.point([c[k] for c in lut]) for k in range(3)])
    return as_sheet(out, sh.width_mm, sh.height_mm)


def fax_copy(sh: Sheet, header: str, dpi: int = 200) -> Sheet:
    """Received by fax: 1-bit at fine fax resolution, the sender's header line printed across the very top."""
    img = raster(sh, 130).convert("L").point(lambda v: 0 if v < 165 else 255)
    img = img.resize((int(sh.width_mm / 25.4 * dpi), int(sh.height_mm / 25.4 * dpi)), Image.NEAREST).convert("RGB")
    out = as_sheet(img, sh.width_mm, sh.height_mm)
    put(out, 6, 2.2, header, f=DJM, pt=6.8)
    return out


def clip_shadow(sh: Sheet, x: float = 92.0) -> None:
    """A binder clip on the top edge when the copy was made: its black jaws and a soft shadow under them."""
    img = Image.new("RGBA", (300, 120), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.rectangle([20, 0, 280, 70], fill=(30, 30, 32, 255))
    d.rectangle([40, 70, 260, 100], fill=(90, 90, 96, 120))
    sh.image(x, 0, 26, 10.5, img)


def staple_holes(sh: Sheet, x, y) -> None:
    """Two tiny holes where a staple was taken out, with the dent between them."""
    for dx in (0, 9):
        frame(sh, x + dx, y, 0.8, 0.8, lw=0.15, col=(60, 60, 60), fill=(40, 40, 40))
    hline(sh, x + 0.8, x + 9, y + 0.4, lw=0.12, col=(150, 150, 150))


# --------------------------------------------------------------------------- security print, emblems, codes

def waves(w_mm: float, h_mm: float, rng: random.Random, bg, ink_, k: float = 6.0, n: int = 36) -> Image.Image:
    """A security background of interlaced sine ribbons (two families crossing) on a tinted ground."""
    W, H = max(8, int(w_mm * k)), max(8, int(h_mm * k))
    img = Image.new("RGB", (W, H), bg)
    d = ImageDraw.Draw(img)
    ph1, ph2 = rng.uniform(0, 6.28), rng.uniform(0, 6.28)
    amp = H / rng.uniform(9, 14)
    for i in range(n):
        y0 = H * i / n
        pts = [(x, y0 + amp * math.sin(x / (W / rng.choice([3.0, 4.0])) * 6.28 + ph1 + i * 0.15)) for x in
               range(0, W + 6, 6)]
        d.line(pts, fill=ink_, width=1)
    mix = tuple(int((a * 3 + b) / 4) for a, b in zip(bg, ink_))
    for i in range(n // 2):
        x0 = W * i / (n // 2)
        pts = [(x0 + amp * 0.7 * math.sin(y / (H / 2.5) * 6.28 + ph2 + i * 0.3), y) for y in range(0, H + 6, 6)]
        d.line(pts, fill=mix, width=1)
    return img


def micro(sh: Sheet, x, y, w, words: str, *, col=LIGHT, pt=3.0, f=ARIAL) -> None:
    s = (words + " · ") * 60
    out = ""
    for ch in s:
        if wid(out + ch, f, pt) > w:
            break
        out += ch
    put(sh, x, y, out, f=f, pt=pt, col=col)


def emblem(sh: Sheet, x, y, size, kind: str, col=(60, 60, 66)) -> None:
    """A small drawn state mark (not a real coat of arms): a star over a shell ('star'), a cogwheel with a book
    ('cog'), an eagle with spread wings ('eagle'), a flame over a sun and moon ('soyombo'), a bird with a shield on
    its breast ('garuda'), an ox head in a shield ('oxhead'), a crowned lion ('lion'), a palm ('palm') or a
    crescent ('crescent')."""
    n = int(size * 12)
    img = Image.new("RGBA", (n, n), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    c4 = col + (255,)
    m = n / 2
    lw = max(2, n // 26)

    def star(cx, cy, r, pts=5, rot=-math.pi / 2):
        p = []
        for i in range(pts * 2):
            rr = r if i % 2 == 0 else r * 0.42
            a = rot + i * math.pi / pts
            p.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
        d.polygon(p, fill=c4)

    if kind == "star":
        star(m, n * 0.34, n * 0.24)
        d.pieslice([n * 0.18, n * 0.5, n * 0.82, n * 1.1], 180, 360, outline=c4, width=lw)
        for k in range(5):
            xx = n * (0.26 + k * 0.12)
            d.line([(m, n * 0.8), (xx, n * 0.58)], fill=c4, width=lw)
    elif kind == "cog":
        for k in range(12):
            a = k * math.pi / 6
            d.rectangle([m + n * 0.36 * math.cos(a) - n * 0.04, m + n * 0.36 * math.sin(a) - n * 0.04,
                         m + n * 0.36 * math.cos(a) + n * 0.04, m + n * 0.36 * math.sin(a) + n * 0.04], fill=c4)
        d.ellipse([n * 0.16, n * 0.16, n * 0.84, n * 0.84], outline=c4, width=lw * 2)
        d.polygon([(n * 0.3, n * 0.48), (m, n * 0.56), (n * 0.7, n * 0.48), (n * 0.7, n * 0.66), (m, n * 0.72),
                   (n * 0.3, n * 0.66)], fill=c4)
        star(m, n * 0.34, n * 0.1)
    elif kind == "eagle":
        d.polygon([(m, n * 0.18), (m + n * 0.06, n * 0.3), (n * 0.92, n * 0.22), (n * 0.7, n * 0.5),
                   (m + n * 0.08, n * 0.52), (m + n * 0.12, n * 0.88), (m - n * 0.12, n * 0.88),
                   (m - n * 0.08, n * 0.52), (n * 0.3, n * 0.5), (n * 0.08, n * 0.22), (m - n * 0.06, n * 0.3)],
                  fill=c4)
        d.rectangle([n * 0.36, n * 0.9, n * 0.64, n * 0.96], fill=c4)
    elif kind == "soyombo":
        for k in range(3):
            d.polygon([(n * (0.38 + k * 0.12), n * 0.2), (n * (0.34 + k * 0.12), n * 0.08),
                       (n * (0.42 + k * 0.12), n * 0.12)], fill=c4)
        d.ellipse([n * 0.36, n * 0.24, n * 0.64, n * 0.36], fill=c4)
        d.chord([n * 0.34, n * 0.32, n * 0.66, n * 0.5], 0, 180, fill=c4)
        d.polygon([(n * 0.34, n * 0.56), (m, n * 0.62), (n * 0.66, n * 0.56)], fill=c4)
        d.rectangle([n * 0.34, n * 0.66, n * 0.66, n * 0.7], fill=c4)
        d.ellipse([n * 0.4, n * 0.74, n * 0.6, n * 0.92], outline=c4, width=lw)
        d.rectangle([n * 0.2, n * 0.3, n * 0.26, n * 0.95], fill=c4)
        d.rectangle([n * 0.74, n * 0.3, n * 0.8, n * 0.95], fill=c4)
    elif kind == "garuda":
        d.polygon([(m, n * 0.12), (m + n * 0.07, n * 0.24), (n * 0.95, n * 0.3), (n * 0.66, n * 0.46),
                   (m + n * 0.1, n * 0.82), (m - n * 0.1, n * 0.82), (n * 0.34, n * 0.46), (n * 0.05, n * 0.3),
                   (m - n * 0.07, n * 0.24)], fill=c4)
        d.polygon([(n * 0.38, n * 0.4), (n * 0.62, n * 0.4), (n * 0.6, n * 0.6), (m, n * 0.68), (n * 0.4, n * 0.6)],
                  fill=(255, 255, 255, 255), outline=c4)
        star(m, n * 0.5, n * 0.06)
    elif kind == "oxhead":
        d.polygon([(n * 0.2, n * 0.1), (n * 0.8, n * 0.1), (n * 0.8, n * 0.55), (m, n * 0.92), (n * 0.2, n * 0.55)],
                  outline=c4, width=lw * 2)
        d.ellipse([n * 0.36, n * 0.3, n * 0.64, n * 0.62], fill=c4)
        d.arc([n * 0.24, n * 0.16, n * 0.46, n * 0.42], 180, 300, fill=c4, width=lw * 2)
        d.arc([n * 0.54, n * 0.16, n * 0.76, n * 0.42], 240, 360, fill=c4, width=lw * 2)
        star(m, n * 0.24, n * 0.06, pts=8)
    elif kind == "lion":
        d.polygon([(n * 0.3, n * 0.12), (n * 0.36, n * 0.04), (n * 0.42, n * 0.12), (m, n * 0.04),
                   (n * 0.58, n * 0.12), (n * 0.64, n * 0.04), (n * 0.7, n * 0.12), (n * 0.68, n * 0.2),
                   (n * 0.32, n * 0.2)], fill=c4)
        d.ellipse([n * 0.32, n * 0.24, n * 0.62, n * 0.5], fill=c4)
        d.polygon([(n * 0.4, n * 0.46), (n * 0.72, n * 0.5), (n * 0.78, n * 0.9), (n * 0.3, n * 0.9)], fill=c4)
        d.line([(n * 0.78, n * 0.6), (n * 0.92, n * 0.36)], fill=c4, width=lw * 2)
    elif kind == "palm":
        d.rectangle([m - n * 0.03, n * 0.4, m + n * 0.03, n * 0.92], fill=c4)
        for a in (-150, -120, -90, -60, -30):
            r_ = math.radians(a)
            d.line([(m, n * 0.4), (m + n * 0.38 * math.cos(r_), n * 0.4 + n * 0.3 * math.sin(r_) + n * 0.12)],
                   fill=c4, width=lw * 2)
    else:
        d.ellipse([n * 0.15, n * 0.15, n * 0.85, n * 0.85], fill=c4)
        d.ellipse([n * 0.3, n * 0.1, n * 0.95, n * 0.8], fill=(0, 0, 0, 0))
        star(n * 0.68, n * 0.48, n * 0.12)
    sh.image(x, y, size, size, img)


def bars(sh: Sheet, x, y, w, h, data: str, col=BLACK) -> None:
    """A one-dimensional bar code (drawn from the data's bits, not a real symbology)."""
    bits = []
    for ch in str(data):
        v = ord(ch)
        bits += [1, 0] + [(v >> k) & 1 for k in range(7)] + [0]
    n = len(bits) + 4
    bw = w / n
    for i, b in enumerate([1, 0, 1, 0] + bits):
        if b:
            block(sh, x + i * bw, y, bw * (1.6 if i % 5 == 0 else 1.0), h, col)


def qr(sh: Sheet, x, y, size, data: str, n: int = 27, col=BLACK) -> None:
    """A square 2D code with three finder squares (the modules drawn from the data's hash)."""
    r = random.Random(seedof("qr48", data))
    c = size / n
    for i in range(n):
        for j in range(n):
            if r.random() < 0.48:
                block(sh, x + i * c, y + j * c, c, c, col)
    for fx, fy in ((0, 0), (n - 7, 0), (0, n - 7)):
        block(sh, x + fx * c, y + fy * c, 7 * c, 7 * c, (255, 255, 255))
        frame(sh, x + fx * c + c / 2, y + fy * c + c / 2, 6 * c, 6 * c, lw=c, col=col)
        block(sh, x + (fx + 2) * c, y + (fy + 2) * c, 3 * c, 3 * c, col)


def mrz_lines(sh: Sheet, x, y, lines: list[str], *, pitch=2.5, gap=1.7, col=(18, 18, 18), f=OCR, pt=None) -> None:
    pt = pt or pitch / 0.6 * 72 / 25.4
    for i, ln in enumerate(lines):
        for j, ch in enumerate(ln):
            put(sh, x + j * pitch, y + i * (pt * 0.3528 + gap), ch, f=f, pt=pt, col=col)


def ghost(sh: Sheet, x, y, w, h, rng) -> None:
    """The faint second portrait that passports print beside the data."""
    img = Image.new("RGBA", (int(w * 10), int(h * 10)), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.ellipse([w * 2.2, h * 1.2, w * 7.8, h * 6.2], fill=(150, 150, 160, 90))
    d.pieslice([w * 0.6, h * 5.4, w * 9.4, h * 13], 180, 360, fill=(150, 150, 160, 90))
    sh.image(x, y, w, h, img)


def p_mrz3(code: str, person: Person, number: str, expiry: D, break_check, override, personal: str = "") -> list[str]:
    o = dict(surname=person.surname, given_names=person.given_names, birth_date=person.birth_date,
             nationality=person.nationality, sex=person.sex)
    o.update(override or {})
    return M.td3(issuing=code, surname=o["surname"], given=o["given_names"], number=number,
                 nationality=o["nationality"], birth_date=o["birth_date"], sex=o["sex"], expiry=expiry,
                 personal_number=personal, break_check=break_check)


def c_mrz1(code: str, person: Person, number: str, expiry: D, break_check, override, opt1: str = "",
           opt2: str = "", doc: str = "ID") -> list[str]:
    o = dict(surname=person.surname, given_names=person.given_names, birth_date=person.birth_date,
             nationality=person.nationality, sex=person.sex)
    o.update(override or {})
    return M.td1(issuing=code, surname=o["surname"], given=o["given_names"], number=number,
                 nationality=o["nationality"], birth_date=o["birth_date"], sex=o["sex"], expiry=expiry,
                 optional1=opt1, optional2=opt2, doc_code=doc, break_check=break_check)


def parent(person: Person, which: str, given=None) -> str:
    v = given or (person.father if which == "father" else person.mother)
    return v or "-"


def sexword(p: Person, lang: str) -> str:
    return {"en": ("Male", "Female"), "fr": ("masculin", "féminin"), "nl": ("mannelijk", "vrouwelijk"),
            "pt": ("masculino", "feminino"), "ro": ("masculin", "feminin"), "id": ("Laki-laki", "Perempuan"),
            "de": ("männlich", "weiblich"), "tr": ("Erkek", "Kadın")}[lang][0 if p.sex == "M" else 1]


def nat_word(p: Person, lang: str) -> str:
    c = _pp.COUNTRIES.get(p.nationality)
    return c.get("adj_" + lang, c["en"]) if c else p.nationality


def land_word(code_or_en: str, lang: str) -> str:
    return _pp.country_name(code_or_en, lang)


# =========================================================================== passports

def _page(w=125.0, h=88.0, *, bg=(240, 240, 236), ink_=(214, 222, 214), rng=None) -> Sheet:
    sh = Sheet(w, h)
    sh.image(0, 0, w, h, waves(w, h, rng or random.Random(1), bg, ink_))
    return sh


def _field(sh: Sheet, x, y, caps, val, *, cf=ARIAL, cpt=4.6, vf=ARIAL_B, vpt=7.6, ccol=MID, w=None, sep=" / ",
           stacked=False) -> float:
    """A caption (one language per line when stacked, else joined by sep) with its value under it; returns the y
    under the value."""
    if stacked:
        for i, c in enumerate(caps):
            put(sh, x, y + i * cpt * 0.36, c, f=cf, pt=cpt, col=ccol)
        yy = y + len(caps) * cpt * 0.36 + 0.4
    else:
        put(sh, x, y, sep.join(caps), f=cf, pt=cpt, col=ccol)
        yy = y + cpt * 0.38 + 0.4
    v = str(val)
    put(sh, x, yy, v, f=vf, pt=shrink(v, w, vf, vpt) if w else vpt)
    return yy + vpt * 0.36 + 0.9


def _pp_no(rng: random.Random, pre: str, n: int) -> str:
    return pre + numstr(rng, n)


def passport_gnb(person: Person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None,
                 **opts):
    """Bissau-Guinean ECOWAS passport: the data page with TRILINGUAL captions stacked in three tiny lines
    (Portuguese, French, English: 'Apelido / Nom / Surname'), a dark red band with 'CEDEAO · ECOWAS · CEDEAO' and
    'REPÚBLICA DA GUINÉ-BISSAU', a black star over a shell, photo at the LEFT with a ghost image at the lower
    right; dates as '14 JUL/JUL 1982'; copied ENLARGED to about 130 % in the middle of an A4 sheet laid in LANDSCAPE,
    in greyscale, the page set a little away from the glass corner so a black strip of bare platen shows along
    the top and left edges."""
    issue, expiry = span(rng, issue_date, expiry_date, 5)
    no = _pp_no(rng, "CA", 7)
    pg = _page(bg=(244, 238, 230), ink_=(226, 206, 196), rng=rng)
    block(pg, 0, 0, 125, 9, (126, 30, 36))
    put(pg, 4, 1.2, "CEDEAO · ECOWAS · CEDEAO", f=ARIAL_B, pt=5.6, col=(255, 236, 200))
    put(pg, 121, 1.0, "REPÚBLICA DA GUINÉ-BISSAU", f=ARIAL_B, pt=7.4, col=(255, 255, 255), at="right")
    put(pg, 121, 5.0, "RÉPUBLIQUE DE GUINÉE-BISSAU · REPUBLIC OF GUINEA-BISSAU", f=ARIAL, pt=4.4,
        col=(255, 230, 230), at="right")
    emblem(pg, 4, 10.2, 6, "star", col=(40, 40, 40))
    put(pg, 11, 11.4, "PASSAPORTE  PASSEPORT  PASSPORT", f=ARIAL_B, pt=5.6)
    pg.photo(4, 17, 27, 34, rng)
    ghost(pg, 106, 50, 14, 18, rng)
    st = dict(cpt=4.0, vpt=7.2, stacked=True, ccol=(90, 70, 70))
    x1, x2, x3 = 35, 62, 90
    _field(pg, x1, 13, ["Tipo", "Type", "Type"], "P", **st)
    _field(pg, x2, 13, ["Código", "Code", "Code"], "GNB", **st)
    _field(pg, x3, 13, ["Passaporte n.º", "Passeport n°", "Passport No."], no, **st)
    y = _field(pg, x1, 21.5, ["Apelido", "Nom", "Surname"], person.surname.upper(), w=86, **st)
    y = _field(pg, x1, y, ["Nomes próprios", "Prénoms", "Given names"], person.given_names.upper(), w=86, **st)
    _field(pg, x1, y, ["Nacionalidade", "Nationalité", "Nationality"], "BISSAU-GUINEENSE", **st)
    y = _field(pg, x3, y, ["Sexo", "Sexe", "Sex"], person.sex, **st)
    _field(pg, x1, y, ["Data de nascimento", "Date de naissance", "Date of birth"], dabbr(person.birth_date, "pt", "en"),
           **st)
    y = _field(pg, x3 - 8, y, ["Local de nascimento", "Lieu de naissance", "Place of birth"],
               person.birth_place.upper(), w=30, **st)
    _field(pg, x1, y + 0.5, ["Data de emissão", "Date de délivrance", "Date of issue"], dabbr(issue, "pt", "en"), **st)
    _field(pg, x2 + 4, y + 0.5, ["Data de expiração", "Date d'expiration", "Date of expiry"], dabbr(expiry, "pt", "en"),
           **st)
    _field(pg, x3 + 8, y + 0.5, ["Autoridade", "Autorité", "Authority"], "DGMF BISSAU", w=20, **st)
    put(pg, 4, 52.5, "Assinatura / Signature", f=ARIAL, pt=3.8, col=MID)
    autograph(pg, 5, 55, rng, w=24, h=7, col=BLACK_BIC)
    mrz_lines(pg, 5, 72, p_mrz3("GNB", person, no, expiry, break_check, mrz_override), pitch=2.6)
    sh = Sheet(297, 210)
    k = 1.3
    sh.image((297 - 125 * k) / 2, (210 - 88 * k) / 2, 125 * k, 88 * k, raster(pg, 300))
    return [glass_corner(greyed(sh, 200, 1.1), rng)]


def passport_moz(person: Person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None,
                 **opts):
    """Mozambican passport data page: 'REPÚBLICA DE MOÇAMBIQUE' over 'REPUBLIC OF MOZAMBIQUE' in a green band with
    a cogwheel-and-book mark, captions Portuguese/English joined by a slash on ONE small line over each value
    ('Apelido/Surname'), photo at the LEFT in a thin frame, the passport number repeated down the RIGHT edge as a
    perforated number (rows of dots), dates '14/07/1982'; photographed with a phone on a wooden desk, the client's
    two fingertips holding the booklet flat at the top edge."""
    issue, expiry = span(rng, issue_date, expiry_date, 10 if rng.random() < 0.3 else 5)
    no = _pp_no(rng, rng.choice(["AB", "AC", "13"]), 7)
    pg = _page(bg=(236, 242, 236), ink_=(200, 222, 204), rng=rng)
    block(pg, 0, 0, 125, 10, (20, 104, 70))
    emblem(pg, 2, 1, 8, "cog", col=(250, 220, 60))
    put(pg, 12, 1.2, "REPÚBLICA DE MOÇAMBIQUE", f=HELV_B, pt=8, col=(255, 255, 255))
    put(pg, 12, 5.6, "REPUBLIC OF MOZAMBIQUE", f=HELV, pt=6, col=(230, 245, 235))
    put(pg, 121, 3.2, "PASSAPORTE / PASSPORT", f=HELV_B, pt=6, col=(255, 255, 255), at="right")
    pg.photo(5, 15, 27, 35, rng)
    frame(pg, 5, 15, 27, 35, lw=0.2, col=DARK)
    st = dict(cf=HELV, cpt=4.6, vf=HELV_B, vpt=7.6, sep="/")
    _field(pg, 36, 13, ["Tipo", "Type"], "P", **st)
    _field(pg, 52, 13, ["Código do país", "Country code"], "MOZ", **st)
    _field(pg, 80, 13, ["Passaporte n.º", "Passport No."], no, **st)
    y = _field(pg, 36, 21, ["Apelido", "Surname"], person.surname.upper(), w=78, **st)
    y = _field(pg, 36, y, ["Nomes", "Given names"], person.given_names.upper(), w=78, **st)
    _field(pg, 36, y, ["Nacionalidade", "Nationality"], "MOÇAMBICANA", **st)
    y = _field(pg, 84, y, ["Sexo", "Sex"], person.sex, **st)
    _field(pg, 36, y, ["Data de nascimento", "Date of birth"], dnum(person.birth_date, "/"), **st)
    y = _field(pg, 70, y, ["Local de nascimento", "Place of birth"], person.birth_place.upper(), w=44, **st)
    _field(pg, 36, y, ["Data de emissão", "Date of issue"], dnum(issue, "/"), **st)
    y = _field(pg, 70, y, ["Válido até", "Date of expiry"], dnum(expiry, "/"), **st)
    _field(pg, 36, y, ["Autoridade", "Authority"], "SENAMI - MAPUTO", **st)
    autograph(pg, 6, 53, rng, w=24, h=7, col=BLUE_BIC)
    for i, ch in enumerate(no):
        for dy in range(3):
            for dx in range(2):
                if (ord(ch) >> (dy * 2 + dx)) & 1:
                    frame(pg, 119 + dx * 1.2, 20 + i * 5 + dy * 1.2, 0.6, 0.6, lw=0.1, col=(120, 120, 120),
                          fill=(250, 250, 250))
    mrz_lines(pg, 5, 73, p_mrz3("MOZ", person, no, expiry, break_check, mrz_override))
    sh = Sheet()
    sh.image(28, 60, 156, 110, raster(pg, 300).rotate(rng.uniform(-3, 3), expand=False, fillcolor=(255, 255, 255)))
    return [phone_shot(sh, rng, surface="wood", hand_at="top")]


_AR_YEM = "الجمهورية اليمنية"
_AR_PASS = "جواز سفر"


def passport_yem(person: Person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None,
                 **opts):
    """Yemeni passport copied as the whole open booklet on a portrait sheet: the upper half is the inside page with
    the printed Arabic request to let the bearer pass, the lower half the data page; the fold across the middle
    copied as a dark soft band (the booklet did not lie flat).  On the data page every caption is English at the
    LEFT with the Arabic at the RIGHT end of the same line, the values in between; 'REPUBLIC OF YEMEN' with the
    Arabic name over it and an eagle in a green band; photo at the LEFT; dates '14/07/1982'."""
    issue, expiry = span(rng, issue_date, expiry_date, 6)
    no = _pp_no(rng, rng.choice(["0", "1"]), 7)
    pg = _page(bg=(238, 244, 236), ink_=(206, 224, 206), rng=rng)
    block(pg, 0, 0, 125, 11, (18, 92, 56))
    emblem(pg, 2, 1, 9, "eagle", col=(235, 205, 90))
    put(pg, 121, 0.8, _AR_YEM, f=DJ_B, pt=7.2, col=(255, 255, 255), at="right")
    put(pg, 121, 5.6, "REPUBLIC OF YEMEN   PASSPORT", f=DJ_B, pt=6.4, col=(255, 255, 255), at="right")
    put(pg, 14, 3.5, _AR_PASS, f=DJ, pt=7, col=(255, 255, 255))
    pg.photo(4, 15, 27, 35, rng)
    rows = [("Type", "النوع", "P"), ("Code", "الرمز", "YEM"), ("Passport No.", "رقم الجواز", no),
            ("Surname", "اللقب", person.surname.upper()), ("Given names", "الاسم", person.given_names.upper()),
            ("Nationality", "الجنسية", "YEMENI"), ("Date of birth", "تاريخ الميلاد", dnum(person.birth_date, "/")),
            ("Sex", "الجنس", person.sex), ("Place of birth", "محل الميلاد", person.birth_place.upper()),
            ("Date of issue", "تاريخ الإصدار", dnum(issue, "/")), ("Date of expiry", "تاريخ الانتهاء", dnum(expiry, "/")),
            ("Issuing authority", "جهة الإصدار", rng.choice(["SANA'A", "ADEN", "MUKALLA"]))]
    y = 13.5
    for en, ar, v in rows:
        put(pg, 34, y + 0.6, en, f=DJ, pt=4.2, col=MID)
        put(pg, 121, y + 0.2, ar, f=DJ, pt=4.6, col=MID, at="right")
        put(pg, 56, y, v, f=DJ_B, pt=shrink(v, 46, DJ_B, 6.6))
        y += 4.7
    autograph(pg, 6, 54, rng, w=22, h=6, col=BLACK_BIC)
    mrz_lines(pg, 5, 73, p_mrz3("YEM", person, no, expiry, break_check, mrz_override))
    inner = _page(bg=(240, 244, 238), ink_=(214, 228, 214), rng=rng)
    emblem(inner, 54, 8, 16, "eagle", col=(150, 160, 150))
    for i, s in enumerate(["باسم الجمهورية اليمنية", "يطلب من جميع السلطات المختصة",
                           "السماح لحامل هذا الجواز بالمرور بحرية", "وتقديم المساعدة والحماية له عند الحاجة"]):
        put(inner, 62.5, 30 + i * 7, s, f=DJ, pt=7.2, col=DARK, at="center")
    sh = Sheet()
    sh.image(30, 22, 150, 105.6, raster(inner, 200))
    sh.image(30, 129, 150, 105.6, raster(pg, 300))
    img = raster(sh, 200)
    W, H = img.size
    band = Image.new("L", (W, 60), 0)
    for yy in range(60):
        ImageDraw.Draw(band).line([(0, yy), (W, yy)], fill=int(140 * math.exp(-((yy - 30) / 12.0) ** 2)))
    mask = Image.new("L", (W, H), 0)
    mask.paste(band.crop((0, 0, int(W * 152 / 210), 60)), (int(W * 29 / 210), int(H * 127.5 / 297) - 30))
    img = Image.composite(Image.new("RGB", (W, H), (40, 40, 40)), img, mask)
    return [as_sheet(img)]


def passport_idn(person: Person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None,
                 **opts):
    """Indonesian passport: 'REPUBLIK INDONESIA' and a bird-with-shield mark in a navy band, the name in ONE field
    'Nama Lengkap / Full Name' written given names first, the captions Indonesian above English in two tiny lines,
    'Kantor yang mengeluarkan / Issuing Office' with the immigration office, a 'Reg. No.' at the top right; photo at
    the LEFT; dates '14 JUL 1982'; copied in the UPPER third of the sheet leaning about one degree, the rest of the
    page blank."""
    issue, expiry = span(rng, issue_date, expiry_date, 10 if issue_date is None or rng.random() < 0.5 else 5)
    no = rng.choice("ABCEX") + numstr(rng, 7)
    pg = _page(bg=(236, 238, 246), ink_=(206, 212, 232), rng=rng)
    block(pg, 0, 0, 125, 10, (24, 40, 96))
    emblem(pg, 3, 1, 8, "garuda", col=(230, 190, 70))
    put(pg, 13, 1.4, "REPUBLIK INDONESIA", f=AVANT_B, pt=8.4, col=(255, 255, 255))
    put(pg, 13, 5.8, "REPUBLIC OF INDONESIA", f=AVANT, pt=5.4, col=(220, 226, 245))
    put(pg, 121, 1.6, "PASPOR / PASSPORT", f=AVANT_B, pt=6.2, col=(255, 255, 255), at="right")
    put(pg, 121, 5.8, f"Reg. No. {numstr(rng, 2)}{rng.choice('ABCDE')}{numstr(rng, 5)}", f=AVANT, pt=4.6,
        col=(220, 226, 245), at="right")
    pg.photo(4, 14, 27, 35, rng)
    st = dict(cf=AVANT, cpt=3.9, vf=ARIAL_B, vpt=7.2, stacked=True, ccol=(70, 76, 110))
    _field(pg, 35, 12, ["Tipe", "Type"], "P", **st)
    _field(pg, 52, 12, ["Kode Negara", "Country Code"], "IDN", **st)
    _field(pg, 82, 12, ["No. Paspor", "Passport No."], no, **st)
    y = _field(pg, 35, 21, ["Nama Lengkap", "Full Name"], f"{person.given_names} {person.surname}".upper(), w=84, **st)
    _field(pg, 35, y, ["Kewarganegaraan", "Nationality"], "INDONESIA", **st)
    y = _field(pg, 82, y, ["Jenis Kelamin", "Sex"], "L" if person.sex == "M" else "P", **st)
    _field(pg, 35, y, ["Tanggal Lahir", "Date of Birth"], dabbr(person.birth_date, "id"), **st)
    y = _field(pg, 70, y, ["Tempat Lahir", "Place of Birth"], person.birth_place.upper(), w=48, **st)
    _field(pg, 35, y, ["Tanggal Pengeluaran", "Date of Issue"], dabbr(issue, "id"), **st)
    y = _field(pg, 70, y, ["Tanggal Habis Berlaku", "Date of Expiry"], dabbr(expiry, "id"), **st)
    _field(pg, 35, y, ["Kantor yang mengeluarkan", "Issuing Office"],
           rng.choice(["JAKARTA SELATAN", "SURABAYA", "BANDUNG", "MEDAN", "DENPASAR"]), **st)
    autograph(pg, 5, 52, rng, w=24, h=7, col=BLACK_BIC)
    mrz_lines(pg, 5, 73, p_mrz3("IDN", person, no, expiry, break_check, mrz_override))
    sh = Sheet()
    sh.image(22, 18, 166, 116.9, raster(pg, 300))
    return [leaned(sh, rng.choice([-1.1, -0.8, 0.9, 1.2]))]


_MN = {"type": "Төрөл", "code": "Улсын код", "no": "Паспортын дугаар", "clan": "Ургийн овог", "sur": "Эцэг/эхийн нэр",
       "given": "Нэр", "nat": "Иргэншил", "dob": "Төрсөн огноо", "sex": "Хүйс", "pob": "Төрсөн газар",
       "reg": "Регистрийн дугаар", "iss": "Олгосон огноо", "exp": "Дуусах огноо", "auth": "Олгосон байгууллага"}


def passport_mng(person: Person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None,
                 **opts):
    """Mongolian passport: 'МОНГОЛ УЛС / MONGOLIA' beside a flame-sun-moon mark in a blue band, every caption in
    Cyrillic with the English after a slash on one line ('Эцэг/эхийн нэр / Surname'), a 'Clan name' field, the
    registration number (two Cyrillic letters and eight digits) in its own field, photo at the LEFT, dates
    '14 JUL 1982'; the data page copied SIDEWAYS on the sheet (laid across the glass, so it reads turned a quarter
    to the right), at full width."""
    issue, expiry = span(rng, issue_date, expiry_date, 10)
    no = "E" + numstr(rng, 7)
    reg = rng.choice(["УБ", "ДА", "ЭР", "ЧО"]) + f"{person.birth_date.year % 100:02d}{person.birth_date.month:02d}" \
        f"{person.birth_date.day:02d}{numstr(rng, 2)}"
    pg = _page(bg=(236, 240, 248), ink_=(204, 214, 236), rng=rng)
    block(pg, 0, 0, 125, 10, (28, 70, 140))
    emblem(pg, 2, 1, 8, "soyombo", col=(240, 200, 70))
    put(pg, 12, 1.2, "МОНГОЛ УЛС", f=DJ_B, pt=8, col=(255, 255, 255))
    put(pg, 12, 5.8, "MONGOLIA", f=DJ, pt=5.6, col=(225, 232, 250))
    put(pg, 121, 3.2, "ПАСПОРТ / PASSPORT", f=DJ_B, pt=6, col=(255, 255, 255), at="right")
    pg.photo(4, 14, 27, 35, rng)
    st = dict(cf=DJC, cpt=4.0, vf=DJ_B, vpt=6.8, ccol=(70, 80, 110))
    _field(pg, 35, 12, [_MN["type"], "Type"], "P", **st)
    _field(pg, 52, 12, [_MN["code"], "Code"], "MNG", **st)
    _field(pg, 84, 12, [_MN["no"], "Passport No."], no, **st)
    y = _field(pg, 35, 19.5, [_MN["sur"], "Surname"], person.surname.upper(), w=84, **st)
    y = _field(pg, 35, y, [_MN["given"], "Given name"], person.given_names.upper(), w=84, **st)
    _field(pg, 35, y, [_MN["clan"], "Clan name"], rng.choice(["BORJIGIN", "KHALKH", "URIANKHAI", "KHIAD", "TAIJ"]),
           **st)
    y = _field(pg, 84, y, [_MN["nat"], "Nationality"], "MONGOLIAN", **st)
    _field(pg, 35, y, [_MN["dob"], "Date of birth"], dabbr(person.birth_date), **st)
    _field(pg, 70, y, [_MN["sex"], "Sex"], person.sex, **st)
    y = _field(pg, 84, y, [_MN["reg"], "Reg. No."], reg, **st)
    _field(pg, 35, y, [_MN["pob"], "Place of birth"], strip_accents(person.birth_place).upper(), **st)
    y = _field(pg, 84, y, [_MN["iss"], "Date of issue"], dabbr(issue), **st)
    _field(pg, 35, y, [_MN["auth"], "Authority"], "GASR", **st)
    _field(pg, 84, y, [_MN["exp"], "Date of expiry"], dabbr(expiry), **st)
    autograph(pg, 5, 52, rng, w=24, h=7, col=BLUE_BIC)
    mrz_lines(pg, 5, 73, p_mrz3("MNG", person, no, expiry, break_check, mrz_override))
    land = Sheet(297, 210)
    land.image(20, 18, 257, 180.9, raster(pg, 300))
    return [turned(land, 3)]


def passport_mda(person: Person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None,
                 **opts):
    """Moldovan biometric passport: 'REPUBLICA MOLDOVA' with an ox-head shield in a wine-red band, numbered
    captions in Romanian, English and French on one line ('1. Nume/Surname/Nom'), the thirteen-digit personal code
    (IDNP) as field 4a, photo at the LEFT and a small second portrait over the dates; dates '14.07.1982'; copied in
    black and white on a copier with a dirty glass (specks and a hair line), the page pushed into the top LEFT corner
    of the sheet."""
    issue, expiry = span(rng, issue_date, expiry_date, 7)
    no = rng.choice(["AB", "BA", "AC"]) + numstr(rng, 7)
    idnp = "2" + numstr(rng, 12)
    pg = _page(bg=(244, 238, 236), ink_=(226, 210, 206), rng=rng)
    block(pg, 0, 0, 125, 9, (110, 24, 40))
    emblem(pg, 2, 0.6, 8, "oxhead", col=(240, 210, 90))
    put(pg, 12, 1.4, "REPUBLICA MOLDOVA", f=CAMB_B, pt=8.4, col=(255, 255, 255))
    put(pg, 121, 2.4, "PAȘAPORT / PASSPORT / PASSEPORT", f=CAMB, pt=5.4, col=(255, 235, 235), at="right")
    pg.photo(4, 13, 27, 35, rng)
    st = dict(cf=CALIB, cpt=4.2, vf=CALIB_B, vpt=7.6, sep="/")
    _field(pg, 35, 11, ["Tip", "Type", "Type"], "P", **st)
    _field(pg, 58, 11, ["Cod", "Code", "Code"], "MDA", **st)
    _field(pg, 84, 11, ["Nr. pașaport", "Passport No.", "N° du passeport"], no, **st)
    y = _field(pg, 35, 18.5, ["1. Nume", "Surname", "Nom"], person.surname.upper(), w=84, **st)
    y = _field(pg, 35, y, ["2. Prenume", "Given names", "Prénoms"], person.given_names.upper(), w=84, **st)
    y = _field(pg, 35, y, ["3. Cetățenia", "Nationality", "Nationalité"], "REPUBLICA MOLDOVA", **st)
    _field(pg, 35, y, ["4. Data nașterii", "Date of birth", "Date de naissance"], dnum(person.birth_date, "."), **st)
    y = _field(pg, 84, y, ["4a. IDNP", "Personal No.", "N° personnel"], idnp, **st)
    _field(pg, 35, y, ["5. Sexul", "Sex", "Sexe"], person.sex, **st)
    y = _field(pg, 58, y, ["6. Locul nașterii", "Place of birth", "Lieu de naissance"], person.birth_place.upper(),
               w=60, **st)
    _field(pg, 35, y, ["7. Data eliberării", "Date of issue", "Date de délivrance"], dnum(issue, "."), **st)
    y = _field(pg, 84, y, ["8. Valabil până la", "Date of expiry", "Date d'expiration"], dnum(expiry, "."), **st)
    _field(pg, 35, y, ["9. Autoritatea", "Authority", "Autorité"], f"ASP {numstr(rng, 3)}", **st)
    ghost(pg, 106, 50, 13, 17, rng)
    autograph(pg, 5, 51, rng, w=24, h=7, col=BLACK_BIC)
    mrz_lines(pg, 5, 73, p_mrz3("MDA", person, no, expiry, break_check, mrz_override, personal=idnp))
    sh = Sheet()
    sh.image(3, 3, 150, 105.6, raster(pg, 300))
    return [dust(greyed(sh, 200, 1.15), rng, n=90)]


def passport_sur(person: Person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None,
                 **opts):
    """Surinamese passport: 'REPUBLIEK SURINAME' with a palm mark in an orange-red band, captions Dutch over English
    in two tiny lines, photo at the RIGHT, the personal ID number as a field, dates '14 JUL 1982'; printed by the
    client on an inkjet running dry (pale horizontal bands) after a copy reduced to about 85 % of the sheet."""
    issue, expiry = span(rng, issue_date, expiry_date, 10)
    no = rng.choice(["R", "S"]) + rng.choice("ABCDE") + numstr(rng, 6)
    idno = rng.choice("ABCFGJ") + numstr(rng, 8)
    pg = _page(bg=(248, 240, 232), ink_=(234, 214, 198), rng=rng)
    block(pg, 0, 0, 125, 9, (196, 70, 30))
    emblem(pg, 2, 0.6, 8, "palm", col=(255, 245, 220))
    put(pg, 12, 1.6, "REPUBLIEK SURINAME", f=NROM_B, pt=8.4, col=(255, 255, 255))
    put(pg, 121, 2.4, "PASPOORT / PASSPORT", f=NROM, pt=6, col=(255, 240, 230), at="right")
    pg.photo(94, 13, 27, 35, rng)
    st = dict(cf=NROM, cpt=4.2, vf=NROM_B, vpt=7.6, stacked=True, ccol=(110, 80, 60))
    _field(pg, 5, 11, ["Type", "Type"], "P", **st)
    _field(pg, 20, 11, ["Code", "Code"], "SUR", **st)
    _field(pg, 46, 11, ["Paspoortnummer", "Passport No."], no, **st)
    y = _field(pg, 5, 20, ["Naam", "Surname"], person.surname.upper(), w=84, **st)
    y = _field(pg, 5, y, ["Voornamen", "Given names"], person.given_names.upper(), w=84, **st)
    _field(pg, 5, y, ["Nationaliteit", "Nationality"], "SURINAAMSE", **st)
    y = _field(pg, 50, y, ["Geslacht", "Sex"], "V" if person.sex == "F" else "M", **st)
    _field(pg, 5, y, ["Geboortedatum", "Date of birth"], dabbr(person.birth_date), **st)
    y = _field(pg, 46, y, ["Geboorteplaats", "Place of birth"], person.birth_place.upper(), w=44, **st)
    _field(pg, 5, y, ["Datum van afgifte", "Date of issue"], dabbr(issue), **st)
    y = _field(pg, 46, y, ["Geldig tot", "Date of expiry"], dabbr(expiry), **st)
    _field(pg, 5, y, ["Persoonsnummer", "Personal No."], idno, **st)
    _field(pg, 46, y, ["Autoriteit", "Authority"], "CBB PARAMARIBO", **st)
    autograph(pg, 95, 52, rng, w=24, h=7, col=BLUE_BIC)
    mrz_lines(pg, 5, 73, p_mrz3("SUR", person, no, expiry, break_check, mrz_override))
    sh = Sheet()
    sh.image(24, 40, 162, 114, raster(pg, 300))
    return [banding(reduced(sh, 0.86), rng)]


for _c, _fn, _lang, _fid, _note in [
        ("GNB", passport_gnb, "pt/fr/en", "passport-td3-gnb-drietalig-gestapeld-liggend-130-grijs-glasrand-48",
         "ECOWAS passport of Guinea-Bissau, trilingual stacked captions, landscape copy with the platen's edge"),
        ("MOZ", passport_moz, "pt/en", "passport-td3-moz-groene-band-perforatienummer-gsm-bureau-vingers-48",
         "Mozambican passport photographed on a desk with fingertips at the top"),
        ("YEM", passport_yem, "ar/en", "passport-td3-yem-open-boekje-arabisch-rechts-vouwschaduw-48",
         "Yemeni passport copied as the open booklet with the fold's shadow"),
        ("IDN", passport_idn, "id/en", "passport-td3-idn-volledige-naam-een-veld-bovenste-derde-scheef-48",
         "Indonesian passport with the full name in one field, copied in the upper third, leaning"),
        ("MNG", passport_mng, "mn/en", "passport-td3-mng-cyrillisch-slash-engels-zijwaarts-48",
         "Mongolian passport with Cyrillic/English captions, copied sideways"),
        ("MDA", passport_mda, "ro/en/fr", "passport-td3-mda-genummerd-drietalig-idnp-stofglas-hoek-48",
         "Moldovan passport with numbered trilingual captions, dusty-glass copy pushed into the corner"),
        ("SUR", passport_sur, "nl/en", "passport-td3-sur-palm-foto-rechts-verkleind-inkjetbanden-48",
         "Surinamese passport reduced on the copy and printed on an inkjet running dry")]:
    _id._register(_fid, "identity-document", PART, _lang, _fn, country=_c, mrz="TD3", photo=True, notes=_note)


# =========================================================================== identity cards and residence card

def _card(rng, bg, ink_, w=85.6, h=54.0) -> Sheet:
    c = Sheet(w, h)
    c.image(0, 0, w, h, waves(w, h, rng, bg, ink_, k=8, n=22))
    frame(c, 0.2, 0.2, w - 0.4, h - 0.4, lw=0.3, col=(120, 120, 120))
    return c


def _lay_card(sh: Sheet, card: Sheet, x, y, k, rng, deg=0.0) -> None:
    """The card placed at (x, y) at scale k, turned by deg degrees (its bounding box grows accordingly)."""
    img = raster(card, 300)
    if deg:
        img = img.convert("RGBA").rotate(deg, expand=True, resample=Image.BICUBIC)
        bg = Image.new("RGBA", img.size, (255, 255, 255, 255))
        bg.alpha_composite(img)
        img = bg.convert("RGB")
    sh.image(x, y, img.width / 300 * 25.4 * k, img.height / 300 * 25.4 * k, img)


def idcard_gnb(person: Person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None,
               **opts):
    """Bissau-Guinean ECOWAS biometric identity card (TD1): the front with 'REPÚBLICA DA GUINÉ-BISSAU' over
    'BILHETE DE IDENTIDADE CEDEAO / ECOWAS IDENTITY CARD', captions Portuguese/English ('Apelido/Surname'), the photo
    at the RIGHT and the national number (NIN) in red under it; the back with the parents' names, the address in
    Bissau, the issuing office and the three-line MRZ; the two sides laid by hand on the glass SIDE BY SIDE at 140 %,
    each a little crooked, across the middle of a sheet in landscape."""
    issue, expiry = span(rng, issue_date, expiry_date, 10)
    no = "GW" + numstr(rng, 7)
    nin = numstr(rng, 11)
    fr = _card(rng, (240, 236, 226), (222, 206, 186))
    block(fr, 0, 0, 85.6, 8, (126, 30, 36))
    put(fr, 2.5, 1.0, "REPÚBLICA DA GUINÉ-BISSAU", f=ARIALN_B, pt=6.4, col=(255, 255, 255))
    put(fr, 2.5, 4.6, "BILHETE DE IDENTIDADE CEDEAO / ECOWAS IDENTITY CARD", f=ARIALN, pt=4.4, col=(255, 230, 220))
    emblem(fr, 77, 0.8, 6.4, "star", col=(255, 215, 80))
    fr.photo(62, 11, 20, 25, rng)
    put(fr, 72, 37.5, f"NIN {nin}", f=ARIALN_B, pt=4.8, col=(170, 30, 30), at="center")
    st = dict(cf=ARIALN, cpt=3.8, vf=ARIALN_B, vpt=6.4, sep="/")
    y = _field(fr, 3, 10, ["Apelido", "Surname"], person.surname.upper(), w=56, **st)
    y = _field(fr, 3, y, ["Nomes", "Given names"], person.given_names.upper(), w=56, **st)
    _field(fr, 3, y, ["Sexo", "Sex"], person.sex, **st)
    y = _field(fr, 18, y, ["Nacionalidade", "Nationality"], "GNB", **st)
    _field(fr, 3, y, ["Data de nascimento", "Date of birth"], dnum(person.birth_date, " "), **st)
    y = _field(fr, 34, y, ["Local", "Place of birth"], person.birth_place.upper(), w=26, **st)
    _field(fr, 3, y, ["Documento n.º", "Card No."], no, **st)
    _field(fr, 34, y, ["Expira em", "Expiry"], dnum(expiry, " "), **st)
    autograph(fr, 62, 42, rng, w=20, h=6, col=BLACK_BIC)
    bk = _card(rng, (240, 236, 226), (222, 206, 186))
    st2 = dict(cf=ARIALN, cpt=3.8, vf=ARIALN_B, vpt=5.8, sep="/")
    y = _field(bk, 3, 3, ["Pai", "Father"], parent(person, "father").upper(), w=78, **st2)
    y = _field(bk, 3, y, ["Mãe", "Mother"], parent(person, "mother").upper(), w=78, **st2)
    y = _field(bk, 3, y, ["Residência", "Address"], rng.choice(["BAIRRO DE AJUDA", "BAIRRO MILITAR", "BANDIM",
                                                                  "BAIRRO DE BELÉM", "CUNTUM"]) + ", BISSAU", w=50, **st2)
    _field(bk, 3, y, ["Emitido em", "Issued"], dnum(issue, " "), **st2)
    _field(bk, 34, y, ["Serviço", "Office"], "DGIC BISSAU", **st2)
    mrz_lines(bk, 3.5, 36, c_mrz1("GNB", person, no, expiry, break_check, mrz_override, opt1=nin[:11]),
              pitch=2.6, gap=0.7)
    sh = Sheet(297, 210)
    _lay_card(sh, fr, 14, 62, 1.4, rng, deg=rng.uniform(-3, 3))
    _lay_card(sh, bk, 156, 66, 1.4, rng, deg=rng.uniform(-3, 3))
    return [sh]


def permit_nld(person: Person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None,
               v_number=None, purpose=None, **opts):
    """Dutch residence document (verblijfsdocument) copied ENLARGED to twice its size: the front fills the upper
    half of the sheet (the Dutch lion at the top LEFT, 'VERBLIJFSDOCUMENT' in a band, the photo at the LEFT, the
    names, the nationality, 'VNR' with the ten-digit number, the validity), the back the lower half (the kind of
    permit, the purpose, the remark on work and the TD1 MRZ); copied in black and white, with a short hair line and a
    few specks from the glass."""
    issue, expiry = span(rng, issue_date, expiry_date, 5)
    vnr = v_number or person.v_number or numstr(rng, 10)
    no = rng.choice("NPQRTW") + rng.choice("ABCDEF") + numstr(rng, 7)
    fr = _card(rng, (234, 238, 246), (204, 214, 234))
    emblem(fr, 2, 1.4, 8, "lion", col=(60, 70, 110))
    block(fr, 12, 2, 71, 6.4, (36, 60, 120))
    put(fr, 14, 3.0, "VERBLIJFSDOCUMENT", f=HELV_B, pt=7.2, col=(255, 255, 255))
    put(fr, 81, 3.6, "NEDERLAND", f=HELV, pt=5.2, col=(220, 228, 246), at="right")
    fr.photo(3, 12, 21, 27, rng)
    st = dict(cf=HELV, cpt=3.6, vf=HELV_B, vpt=6.2, stacked=True, ccol=(70, 80, 110))
    y = _field(fr, 27, 11, ["Naam / Surname"], person.surname.upper(), w=55, **st)
    y = _field(fr, 27, y, ["Voornamen / Given names"], person.given_names.upper(), w=55, **st)
    _field(fr, 27, y, ["Geboortedatum"], dnum(person.birth_date, " "), **st)
    y = _field(fr, 58, y, ["Geslacht"], "V" if person.sex == "F" else "M", **st)
    _field(fr, 27, y, ["Nationaliteit"], nat_word(person, "nl").upper().rstrip("E") or person.nationality, w=30, **st)
    y = _field(fr, 58, y, ["Geldig tot"], dnum(expiry, " "), **st)
    put(fr, 3, 41, "VNR", f=HELV, pt=4.4, col=(70, 80, 110))
    put(fr, 3, 43.4, vnr, f=HELV_B, pt=7.6)
    autograph(fr, 40, 44, rng, w=22, h=6, col=BLACK_BIC)
    bk = _card(rng, (234, 238, 246), (204, 214, 234))
    put(bk, 3, 3, "Verblijfsvergunning regulier bepaalde tijd", f=HELV_B, pt=6.2)
    put(bk, 3, 7.5, f"Verblijfsdoel: {purpose or 'verblijf bij familielid'}", f=HELV, pt=5.6)
    put(bk, 3, 11.5, "Arbeid niet toegestaan" if (purpose or "").startswith("medische") else
        "Arbeid vrij toegestaan. TWV niet vereist", f=HELV, pt=5.6)
    put(bk, 3, 15.5, f"Afgegeven {dnum(issue, '-')}  ·  documentnr. {no}", f=HELV, pt=5.2, col=DARK)
    mrz_lines(bk, 3.5, 35, c_mrz1("NLD", person, no, expiry, break_check, mrz_override, doc="IR"), pitch=2.6,
              gap=0.7)
    sh = Sheet()
    _lay_card(sh, fr, 19, 14, 2.0, rng)
    _lay_card(sh, bk, 19, 160, 2.0, rng)
    return [dust(greyed(sh, 200), rng, n=25)]


_id._register("idcard-td1-gnb-cedeao-naast-elkaar-140-scheef-gelegd-48", "identity-document", PART, "pt/en",
              idcard_gnb, country="GNB", mrz="TD1", photo=True,
              notes="ECOWAS identity card of Guinea-Bissau, both sides side by side, each a little crooked")
_id._register("permit-nl-vvr-vergroot-200-voor-boven-achter-onder-zwartwit-48", "identity-document", PART, "nl",
              permit_nld, country="NLD", mrz="TD1", photo=True,
              notes="Dutch residence document enlarged to 200 %, front above back, black and white")


# =========================================================================== birth records

_ID_U = ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas"]


def id_words(n: int) -> str:
    """Indonesian number words ('seribu sembilan ratus delapan puluh dua')."""
    if n < 12:
        return _ID_U[n]
    if n < 20:
        return _ID_U[n - 10] + " belas"
    if n < 100:
        t, u = divmod(n, 10)
        return _ID_U[t] + " puluh" + ("" if u == 0 else " " + _ID_U[u])
    if n < 1000:
        h, r = divmod(n, 100)
        head = "seratus" if h == 1 else _ID_U[h] + " ratus"
        return head + ("" if r == 0 else " " + id_words(r))
    t, r = divmod(n, 1000)
    head = "seribu" if t == 1 else id_words(t) + " ribu"
    return head + ("" if r == 0 else " " + id_words(r))


_AR_MAP = [("sh", "ش"), ("kh", "خ"), ("th", "ث"), ("gh", "غ"), ("dh", "ذ"), ("aa", "ا"), ("ee", "ي"), ("ou", "و"),
           ("oo", "و"), ("q", "ق"), ("a", "ا"), ("b", "ب"), ("t", "ت"), ("j", "ج"), ("h", "ح"), ("d", "د"),
           ("r", "ر"), ("z", "ز"), ("s", "س"), ("f", "ف"), ("k", "ك"), ("l", "ل"), ("m", "م"), ("n", "ن"),
           ("w", "و"), ("y", "ي"), ("i", "ي"), ("u", "و"), ("e", ""), ("o", "و"), ("g", "ج"), ("p", "ب"), ("v", "ف"),
           ("c", "ك"), ("x", "كس")]


def to_arabic(s: str) -> str:
    """A rough letter-by-letter Arabic rendering of a Latin name, as a clerk would write it back."""
    out = []
    for word in strip_accents(s).lower().replace("'", "").split():
        w = word.replace("al-", "ال").replace("-", " ")
        r = ""
        i = 0
        while i < len(w):
            for a, b in _AR_MAP:
                if w.startswith(a, i):
                    r += b
                    i += len(a)
                    break
            else:
                r += w[i]
                i += 1
        out.append(r)
    return " ".join(out)


def _tr_up(s: str) -> str:
    return s.replace("i", "İ").replace("ı", "I").upper()


def _act_of(person: Person, tag: str, lo: int = 3, hi: int = 40) -> D:
    """The day the birth was registered, drawn from the person alone (so that a translation can repeat it)."""
    return person.birth_date + datetime.timedelta(days=lo + seedof(person.surname, person.birth_date, tag) % (hi - lo))


def _issued_of(person: Person, tag: str, lo: int = 60, hi: int = 900) -> D:
    return TODAY - datetime.timedelta(days=lo + seedof(person.given_names, person.birth_date, tag) % (hi - lo))


def _digits_of(person: Person, tag: str, n: int) -> str:
    r = random.Random(seedof(person.surname, person.given_names, person.birth_date, tag))
    return numstr(r, n)


def birth_yem(person: Person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Yemeni birth certificate of the Civil Status and Civil Registration Authority, bilingual as a MIRROR: the
    English form fills the LEFT half and the same form in Arabic the RIGHT half, each with its own captions and
    values (names written back in Arabic script on the right), divided by a thin double rule; the certificate number
    in a red box at the top centre, the issuing office, the date and the registrar's signature under both halves
    with the Authority's round stamp in the middle; legalised by the Yemeni embassy in Brussels (a rectangular
    stamp and a fiscal stamp at the lower LEFT); copied on a yellowish sheet with a tea-cup ring at the right."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(200, 1500))
    act = act_date or person.birth_date + datetime.timedelta(days=rng.randint(5, 60))
    fa, mo = father or person.father or "-", mother or person.mother or "-"
    sh = Sheet(paper="yellow")
    put(sh, 16, 12, "REPUBLIC OF YEMEN", f=DJS_B, pt=9.6)
    put(sh, 16, 16.5, "Ministry of Interior", f=DJS, pt=8.4)
    put(sh, 16, 20.5, "Civil Status & Civil Registration Authority", f=DJS, pt=8.4)
    put(sh, 194, 12, "الجمهورية اليمنية", f=DJ_B, pt=10, at="right")
    put(sh, 194, 17, "وزارة الداخلية", f=DJ, pt=9, at="right")
    put(sh, 194, 21.5, "مصلحة الأحوال المدنية والسجل المدني", f=DJ, pt=9, at="right")
    emblem(sh, 97, 9, 16, "eagle", col=(90, 90, 90))
    frame(sh, 86, 28, 38, 8, lw=0.5, col=(170, 30, 30))
    put(sh, 105, 29.6, f"No. {numstr(rng, 8)}", f=DJ_B, pt=9, col=(170, 30, 30), at="center")
    put(sh, 57, 42, "BIRTH CERTIFICATE", f=DJS_B, pt=13, at="center")
    put(sh, 153, 41, "شهادة ميلاد", f=DJ_B, pt=14, at="center")
    vline(sh, 104, 52, 210, lw=0.3)
    vline(sh, 106, 52, 210, lw=0.3)
    gov = {"Sana'a": "Amanat Al-Asimah", "Aden": "Aden", "Taiz": "Taiz", "Al Hudaydah": "Al Hudaydah", "Ibb": "Ibb",
           "Mukalla": "Hadramawt", "Seiyun": "Hadramawt", "Dhamar": "Dhamar", "Hajjah": "Hajjah",
           "Marib": "Marib", "Amran": "Amran"}.get(person.birth_place, "-")
    reg = f"{numstr(rng, 4)}/{act.year}"
    rows = [("Name", "الاسم", f"{person.given_names} {person.surname}".upper(), to_arabic(
                f"{person.given_names} {person.surname}")),
            ("Sex", "الجنس", "Male" if person.sex == "M" else "Female", "ذكر" if person.sex == "M" else "أنثى"),
            ("Date of birth", "تاريخ الميلاد", dnum(person.birth_date, "/"), dnum(person.birth_date, "/")),
            ("Place of birth", "محل الميلاد", person.birth_place, to_arabic(person.birth_place)),
            ("Governorate", "المحافظة", gov, to_arabic(gov)),
            ("Nationality", "الجنسية", "Yemeni", "يمني"),
            ("Father's name", "اسم الأب", fa, to_arabic(fa)),
            ("Father's nationality", "جنسية الأب", "Yemeni", "يمني"),
            ("Mother's name", "اسم الأم", mo, to_arabic(mo)),
            ("Mother's nationality", "جنسية الأم", "Yemeni", "يمني"),
            ("Registration No.", "رقم القيد", reg, reg),
            ("Date of registration", "تاريخ القيد", dnum(act, "/"), dnum(act, "/"))]
    y = 54.0
    for en, ar, ve, va in rows:
        put(sh, 16, y, en, f=DJS, pt=8.2, col=DARK)
        putfit(sh, 52, y - 0.4, ve, 50, f=DJS_B, pt=9.4)
        put(sh, 194, y - 0.6, ar, f=DJ, pt=8.6, col=DARK, at="right")
        put(sh, 158, y - 0.8, va, f=DJ_B, pt=shrink(va, 48, DJ_B, 9.6), at="right")
        hline(sh, 16, 102, y + 5, lw=0.12, col=LIGHT, dash=0.6)
        hline(sh, 108, 194, y + 5, lw=0.12, col=LIGHT, dash=0.6)
        y += 12
    put(sh, 16, 210, f"Issued at: {rng.choice(['Sana a', 'Aden', 'Taiz'])}   Date: {dnum(issue, '/')}", f=DJS, pt=8.6)
    put(sh, 194, 210, "مكان الإصدار والتاريخ", f=DJ, pt=8.6, at="right")
    put(sh, 16, 218, "Registrar", f=DJS_I, pt=8.6)
    autograph(sh, 16, 222, rng, w=34, h=11, col=BLUE_BIC)
    seal(sh, 88, 214, ["CIVIL STATUS AUTHORITY", "REPUBLIC OF YEMEN", "مصلحة الأحوال المدنية"], rng,
         col=STAMP_VIOLET, mm=32)
    autograph(sh, 150, 222, rng, w=30, h=10, col=BLUE_BIC, style="initials")
    seal(sh, 16, 246, ["EMBASSY OF THE REPUBLIC OF YEMEN", "BRUSSELS - CONSULAR SECTION",
                       f"LEGALISED No {numstr(rng, 4)}", dnum(issue + datetime.timedelta(days=rng.randint(30, 200)),
                                                             ".")], rng, shape="rect", col=STAMP_BLUE, mm=58)
    block(sh, 84, 250, 16, 20, (214, 196, 150))
    frame(sh, 84, 250, 16, 20, lw=0.3, col=(150, 120, 80))
    put(sh, 92, 254, "1000", f=DJ_B, pt=8, at="center", col=(120, 80, 40))
    put(sh, 92, 260, "YER", f=DJ, pt=6.4, at="center", col=(120, 80, 40))
    tea_ring(sh, 170, 250, 22, rng)
    return [sh]


def birth_gnb(person: Person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Transcription of a Bissau-Guinean birth act by the consular section of the Embassy of Guinea-Bissau in
    Brussels, in FRENCH: the embassy's heading in Portuguese at the top LEFT over a short rule, the title
    'TRANSCRIPTION D'ACTE DE NAISSANCE' centred and underlined, then the act typed in Courier as running PROSE with
    the dates written out in words and repeated in figures, the original act's number, book and registry office
    named in the last sentence; 'Pour transcription conforme' with the consul's signature and the embassy's round
    stamp over it; a staple taken out at the top left (two holes) and the lawyer's pencil note in the margin."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(60, 900))
    act = act_date or person.birth_date + datetime.timedelta(days=rng.randint(3, 40))
    fa, mo = father or person.father or "-", mother or person.mother or "-"
    sh = Sheet()
    staple_holes(sh, 14, 10)
    for i, s in enumerate(["REPÚBLICA DA GUINÉ-BISSAU", "Embaixada em Bruxelas", "Secção Consular"]):
        put(sh, 22, 16 + i * 4.6, s, f=CPRIME_B if i == 0 else CPRIME, pt=9.4)
    hline(sh, 22, 80, 31, lw=0.4)
    put(sh, 188, 18, f"N° {reg_no(person, 'gnbtr', 100, 999)}/SC/{issue.year}", f=CPRIME, pt=9.4, at="right")
    t = "TRANSCRIPTION D'ACTE DE NAISSANCE"
    put(sh, 105, 44, t, f=CPRIME_B, pt=11.5, at="center")
    hline(sh, 105 - wid(t, CPRIME_B, 11.5) / 2, 105 + wid(t, CPRIME_B, 11.5) / 2, 49.5, lw=0.3)
    born = "né" if person.sex == "M" else "née"
    child = "fils" if person.sex == "M" else "fille"
    body = (f"{fr_date_words(person.birth_date).capitalize()} ({dnum(person.birth_date, '/')}), est {born} à "
            f"{person.birth_place}, République de Guinée-Bissau, un enfant de sexe "
            f"{'masculin' if person.sex == 'M' else 'féminin'}, prénommé{'' if person.sex == 'M' else 'e'} "
            f"{person.given_names.upper()}, nom de famille {person.surname.upper()}, {child} de {fa}, et de {mo}.\n\n"
            f"Acte dressé {fr_date_words(act)} ({dnum(act, '/')}) sur la déclaration du père, par l'officier de "
            f"l'état civil de la Conservatória do Registo Civil de {person.birth_place}, sous le numéro "
            f"{reg_no(person, 'gnbact', 100, 3999)}, livre {reg_no(person, 'gnbbk', 1, 40)}, folha "
            f"{reg_no(person, 'gnbfl', 1, 199)}.\n\n"
            f"Transcrit dans les registres consulaires de l'Ambassade sur présentation de la copie intégrale de l'acte "
            f"original, dont la conformité a été vérifiée.")
    y = flow(sh, 22, 60, 166, body, f=CPRIME, pt=10, lead=1.55, al="justify")
    put(sh, 22, y + 10, f"Bruxelles, le {dnum(issue, '/')}", f=CPRIME, pt=10)
    put(sh, 120, y + 10, "Pour transcription conforme,", f=CPRIME, pt=10)
    put(sh, 120, y + 15, "Le Consul", f=CPRIME_B, pt=10)
    autograph(sh, 122, y + 19, rng, w=40, h=13, col=BLUE_BIC)
    seal(sh, 136, y + 14, ["EMBAIXADA DA GUINÉ-BISSAU", "BRUXELAS", "SECÇÃO CONSULAR"], rng, col=STAMP_BLUE, mm=30)
    pencil(sh, 176, 60, "GNB", rng, pt=12)
    return [sh]


def birth_tur(person: Person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Turkish birth record of a foreign national ('YABANCILARA AİT DOĞUM KAYIT ÖRNEĞİ'), Turkish only, printed by a
    needle printer on continuous tractor-feed paper: sprocket holes down both margins, faint green bars across the
    sheet, every line in capitals in a fixed-pitch face with the caption, a run of dots and the value; the district
    registry office's rectangular stamp and the clerk's initials at the foot, the print date and a 'SAYFA 1/1' line
    at the top."""
    issue = issue_date or _issued_of(person, "tr")
    act = act_date or _act_of(person, "tr")
    fa, mo = father or person.father or "-", mother or person.mother or "-"
    ilce = ["FATİH", "ÇANKAYA", "KONAK", "ŞAHİNBEY", "İPEKYOLU", "BAĞCILAR"][seedof(person.birth_place, "ilce") % 6]
    sh = Sheet(paper="white")
    for yy in range(16, 290, 25):
        block(sh, 14, yy, 182, 12.5, (226, 240, 226))
    for k in range(23):
        for x in (5.5, 201.5):
            frame(sh, x, 6 + k * 12.7, 4, 4, lw=0.2, col=(180, 180, 180), fill=(250, 250, 250))
    vline(sh, 12, 0, 297, lw=0.15, col=LIGHT, dash=0.8)
    vline(sh, 198, 0, 297, lw=0.15, col=LIGHT, dash=0.8)
    g = (50, 50, 56)
    put(sh, 18, 9, f"BASIM TARİHİ: {dnum(issue, '.')}   SAAT: {rng.randint(9, 16):02d}:{rng.randint(0, 59):02d}",
        f=DJM, pt=7.6, col=g)
    put(sh, 192, 9, "SAYFA 1/1", f=DJM, pt=7.6, col=g, at="right")
    for i, s in enumerate(["T.C.", "İÇİŞLERİ BAKANLIĞI", "NÜFUS VE VATANDAŞLIK İŞLERİ GENEL MÜDÜRLÜĞÜ",
                           f"{ilce} İLÇE NÜFUS MÜDÜRLÜĞÜ"]):
        put(sh, 105, 20 + i * 5, s, f=DJM_B if i else DJM, pt=8.6, col=g, at="center")
    put(sh, 105, 46, "YABANCILARA AİT DOĞUM KAYIT ÖRNEĞİ", f=DJM_B, pt=10.5, col=g, at="center")
    natv = {"GNB": "GİNE-BİSSAU", "MOZ": "MOZAMBİK", "YEM": "YEMEN", "IDN": "ENDONEZYA", "MNG": "MOĞOLİSTAN",
            "MDA": "MOLDOVA"}.get(person.nationality, person.nationality)
    rows = [("YABANCI KİMLİK NO", "99" + _digits_of(person, "ykn", 9)), ("ADI", _tr_up(person.given_names)),
            ("SOYADI", _tr_up(person.surname)), ("BABA ADI", _tr_up(fa.split(" ")[0])),
            ("ANA ADI", _tr_up(mo.split(" ")[0])), ("CİNSİYETİ", "ERKEK" if person.sex == "M" else "KADIN"),
            ("DOĞUM YERİ", _tr_up(person.birth_place)), ("DOĞUM TARİHİ", dnum(person.birth_date, ".")),
            ("UYRUĞU", natv), ("TESCİL TARİHİ", dnum(act, ".")),
            ("TESCİL EDEN", f"{ilce} İLÇE NÜFUS MÜDÜRLÜĞÜ"), ("AİLE SIRA NO", str(reg_no(person, "trsira", 1, 99))),
            ("BİREY SIRA NO", str(reg_no(person, "trbirey", 1, 30)))]
    y = 60.0
    for a, v in rows:
        put(sh, 22, y, a + " " + "." * (22 - len(a)) + ": " + v, f=DJM, pt=9.4, col=g)
        y += 8.4
    put(sh, 22, y + 8, "BU BELGE NÜFUS KAYITLARINA UYGUNDUR.", f=DJM, pt=9, col=g)
    seal(sh, 112, y + 14, [f"T.C. {ilce} İLÇE", "NÜFUS MÜDÜRLÜĞÜ", dnum(issue, ".")], rng, shape="rect",
         col=STAMP_VIOLET, mm=46)
    put(sh, 22, y + 20, "DÜZENLEYEN", f=DJM, pt=8.6, col=g)
    autograph(sh, 22, y + 25, rng, w=28, h=9, col=BLUE_BIC, style="initials")
    return [sh]


_BE_FR_PLACES = {"Bruxelles", "Schaerbeek", "Anderlecht", "Liège", "Charleroi", "Namur", "Molenbeek-Saint-Jean",
                 "Mons", "Verviers", "Ixelles", "Saint-Gilles", "Forest"}


def _be_lang(place: str) -> str:
    return "fr" if place in _BE_FR_PLACES else "nl"


def birth_bel(person: Person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Extract of a Belgian birth act from the central civil-status database as the commune prints it, in the
    language of the commune of birth (Dutch or French): a narrow vertical ribbon in the national colours down the
    LEFT edge, the commune's name and 'Burgerlijke stand / État civil' at the top, 'UITTREKSEL UIT DE AKTE VAN
    GEBOORTE' / 'EXTRAIT D'ACTE DE NAISSANCE' with the act's number in a grey pill, the entries in three framed
    blocks (the child, the parents, the act) with the numbered captions in small grey type at the LEFT of each
    value; no hand signature: the electronic seal's line of text and a square code at the foot."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(30, 400))
    act = act_date or person.birth_date + datetime.timedelta(days=rng.randint(1, 12))
    fa, mo = father or person.father or "-", mother or person.mother or "-"
    lang = _be_lang(person.birth_place)
    L = {"nl": dict(bs="Burgerlijke stand", title="UITTREKSEL UIT DE AKTE VAN GEBOORTE", act="Akte nr.",
                    b1="Het kind", b2="De ouders", b3="De akte",
                    rows1=["1. Naam", "2. Voornamen", "3. Geslacht", "4. Geboorteplaats", "5. Geboortedatum"],
                    rows2=["6. Eerste ouder", "7. Tweede ouder"], rows3=["8. Datum van de akte", "9. Opgemaakt door"],
                    officer="de ambtenaar van de burgerlijke stand van", seal="Elektronisch verzegeld via DABS - "
                    "de echtheid kan worden nagegaan met de code hiernaast.", sx=("mannelijk", "vrouwelijk")),
         "fr": dict(bs="État civil", title="EXTRAIT D'ACTE DE NAISSANCE", act="Acte n°",
                    b1="L'enfant", b2="Les parents", b3="L'acte",
                    rows1=["1. Nom", "2. Prénoms", "3. Sexe", "4. Lieu de naissance", "5. Date de naissance"],
                    rows2=["6. Premier parent", "7. Second parent"], rows3=["8. Date de l'acte", "9. Établi par"],
                    officer="l'officier de l'état civil de", seal="Scellé électroniquement via la BAEC - "
                    "l'authenticité peut être vérifiée au moyen du code ci-contre.", sx=("masculin", "féminin"))}[lang]
    sh = Sheet()
    for i, c in enumerate([(20, 20, 20), (250, 210, 40), (210, 30, 40)]):
        block(sh, 6, 20 + i * 28, 3.4, 28, c)
    put(sh, 18, 14, person.birth_place.upper(), f=HELV_B, pt=12)
    put(sh, 18, 20.5, L["bs"], f=HELV, pt=9, col=MID)
    put(sh, 18, 34, L["title"], f=HELV_B, pt=12.5)
    no = f"{act.year}/{reg_no(person, 'beact', 10, 2999)}"
    block(sh, 150, 32.5, 42, 7, (230, 230, 232))
    put(sh, 171, 33.8, f"{L['act']} {no}", f=HELV, pt=8.6, at="center")
    y = 46.0

    def blockrows(title, rows, vals):
        nonlocal y
        h = 7 + 7.2 * len(rows)
        frame(sh, 18, y, 174, h, lw=0.3, col=LIGHT)
        put(sh, 21, y + 1.6, title, f=HELV_B, pt=9.4)
        yy = y + 7.5
        for a, v in zip(rows, vals):
            put(sh, 22, yy + 0.8, a, f=HELV, pt=7.4, col=MID)
            putfit(sh, 70, yy, v, 118, f=HELV_B, pt=10)
            yy += 7.2
        y += h + 4

    blockrows(L["b1"], L["rows1"], [person.surname.upper(), person.given_names, L["sx"][0 if person.sex == "M" else 1],
                                    person.birth_place, dword(person.birth_date, lang)])
    blockrows(L["b2"], L["rows2"], [fa, mo])
    blockrows(L["b3"], L["rows3"], [dword(act, lang), f"{L['officer']} {person.birth_place}"])
    put(sh, 18, y + 4, f"{person.birth_place}, {dword(issue, lang)}", f=HELV, pt=9.4)
    qr(sh, 18, 250, 22, f"{no}{person.surname}")
    flow(sh, 44, 254, 120, L["seal"], f=HELV_I, pt=7.6, lead=1.3, col=MID)
    return [sh]


_MNB = [("Овог", "Surname"), ("Нэр", "Given name"), ("Хүйс", "Sex"), ("Төрсөн он, сар, өдөр", "Date of birth"),
        ("Төрсөн газар", "Place of birth"), ("Эцгийн нэр", "Father"), ("Эхийн нэр", "Mother"),
        ("Регистрийн дугаар", "Register No."), ("Бүртгэсэн огноо", "Date of registration")]


def birth_mng(person: Person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Mongolian birth certificate of the General Authority for State Registration, bilingual MONGOLIAN / ENGLISH,
    on a blue wavy security ground inside a double blue border: the flame-sun-moon mark at the top centre, 'ТӨРСНИЙ
    ГЭРЧИЛГЭЭ / BIRTH CERTIFICATE', the certificate number in red at the top RIGHT, the entries in a TWO-COLUMN grid
    with the Cyrillic caption above the English one in each cell and the value under both; the issuing office, the
    date and the registrar's signature with a round stamp; the copy in the file lies UPSIDE DOWN (the page went
    through the scanner head first)."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(60, 900))
    act = act_date or person.birth_date + datetime.timedelta(days=rng.randint(3, 40))
    fa, mo = father or person.father or "-", mother or person.mother or "-"
    sh = Sheet()
    sh.image(14, 14, 182, 200, waves(182, 200, rng, (238, 242, 250), (210, 220, 240), k=4, n=40))
    frame(sh, 14, 14, 182, 200, lw=0.8, col=(40, 70, 140))
    frame(sh, 16, 16, 178, 196, lw=0.3, col=(40, 70, 140))
    emblem(sh, 97, 20, 16, "soyombo", col=(40, 70, 140))
    put(sh, 190, 20, f"№ {numstr(rng, 7)}", f=DJ_B, pt=10, col=(180, 30, 30), at="right")
    put(sh, 105, 40, "ТӨРСНИЙ ГЭРЧИЛГЭЭ", f=DJ_B, pt=14, col=(30, 50, 110), at="center")
    put(sh, 105, 47, "BIRTH CERTIFICATE", f=DJ_B, pt=11, col=(30, 50, 110), at="center")
    reg = rng.choice(["УБ", "ДА", "ЭР"]) + f"{person.birth_date.year % 100:02d}{person.birth_date.month:02d}" \
        f"{person.birth_date.day:02d}{numstr(rng, 2)}"
    vals = [fa.split(" ")[0].upper(), person.given_names.upper(), "Эрэгтэй / Male" if person.sex == "M" else
            "Эмэгтэй / Female", dnum(person.birth_date, ".", order="ymd"), strip_accents(person.birth_place).upper(),
            fa.upper(), mo.upper(), reg, dnum(act, ".", order="ymd")]
    for i, ((mn, en), v) in enumerate(zip(_MNB, vals)):
        col_, row = i % 2, i // 2
        x, y = 22 + col_ * 86, 58 + row * 22
        frame(sh, x, y, 82, 19, lw=0.2, col=(120, 140, 190))
        put(sh, x + 2, y + 1.4, mn, f=DJC, pt=7.2, col=(60, 70, 110))
        put(sh, x + 2, y + 5.2, en, f=DJC, pt=6.6, col=(110, 120, 150))
        putfit(sh, x + 2, y + 10.4, v, 78, f=DJ_B, pt=9.6)
    y = 170.0
    put(sh, 22, y, "Олгосон байгууллага / Issued by: Улсын бүртгэлийн ерөнхий газар / General Authority for State "
        "Registration", f=DJC, pt=7.4, col=DARK)
    put(sh, 22, y + 6, f"Олгосон огноо / Date of issue: {dnum(issue, '.', order='ymd')}", f=DJC, pt=7.4, col=DARK)
    put(sh, 22, y + 14, "Бүртгэгч / Registrar", f=DJC, pt=7.4, col=DARK)
    autograph(sh, 22, y + 18, rng, w=34, h=10, col=BLUE_BIC)
    seal(sh, 130, y + 6, ["УЛСЫН БҮРТГЭЛ", "GASR MONGOLIA", "УЛААНБААТАР"], rng, col=STAMP_BLUE, mm=30)
    return [turned(sh, 2)]


def birth_mda(person: Person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Moldovan birth certificate ('CERTIFICAT DE NAȘTERE'), Romanian only, on its green security form: 'REPUBLICA
    MOLDOVA' and the ox-head shield at the top, the series and number ('Seria NA-II nr. 0123456') in red at the top
    RIGHT, the entries as captions at the LEFT with the values typed on dotted lines, the child's personal code
    (IDNP), the act's number and the registry office, the date of issue, the head of the office's signature and the
    round stamp of the Public Services Agency; photographed with a phone lying on a checked blanket."""
    issue = issue_date or _issued_of(person, "md", 60, 1500)
    act = act_date or _act_of(person, "md", 3, 30)
    fa, mo = father or person.father or "-", mother or person.mother or "-"
    sh = Sheet()
    sh.image(16, 12, 178, 250, waves(178, 250, rng, (236, 246, 234), (200, 226, 198), k=4, n=46))
    frame(sh, 16, 12, 178, 250, lw=0.6, col=(40, 110, 60))
    emblem(sh, 97, 16, 16, "oxhead", col=(50, 100, 60))
    put(sh, 105, 34, "REPUBLICA MOLDOVA", f=CAMB_B, pt=13, at="center")
    put(sh, 105, 41, "CERTIFICAT DE NAȘTERE", f=CAMB_B, pt=15, at="center", col=(30, 80, 45))
    put(sh, 188, 18, f"Seria NA-II nr. {_digits_of(person, 'mdser', 7)}", f=CAMB_B, pt=9.6, col=(180, 30, 30),
        at="right")
    rows = [("Numele de familie", person.surname.upper()), ("Prenumele", person.given_names.upper()),
            ("Data nașterii", f"{dnum(person.birth_date, '.')}  ({dword(person.birth_date, 'ro')})"),
            ("Locul nașterii", f"{person.birth_place}, Republica Moldova"),
            ("Codul personal (IDNP)", "2" + _digits_of(person, "idnp", 12)), ("Sexul", sexword(person, "ro")),
            ("Tatăl", f"{fa}, cetățean al Republicii Moldova"), ("Mama", f"{mo}, cetățeană a Republicii Moldova"),
            ("Actul de naștere nr.", f"{reg_no(person, 'mdact', 10, 999)} din {dnum(act, '.')}"),
            ("Locul înregistrării", f"Oficiul stare civilă {person.birth_place}")]
    y = 58.0
    for a, v in rows:
        put(sh, 24, y, a, f=CAMB, pt=9.4, col=DARK)
        hline(sh, 72, 186, y + 5, lw=0.15, col=(80, 120, 90), dash=0.5)
        putfit(sh, 74, y + 0.2, v, 112, f=COURIER_B, pt=10)
        y += 13
    put(sh, 24, y + 6, f"Data eliberării: {dnum(issue, '.')}", f=CAMB, pt=9.6)
    put(sh, 24, y + 16, "Șeful oficiului stare civilă", f=CAMB, pt=9.6)
    autograph(sh, 84, y + 12, rng, w=36, h=11, col=BLUE_BIC)
    seal(sh, 130, y + 4, ["AGENȚIA SERVICII PUBLICE", "REPUBLICA MOLDOVA", "STARE CIVILĂ"], rng, col=STAMP_BLUE,
         mm=32)
    return [phone_shot(sh, rng, surface="blanket")]


def birth_idn(person: Person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Indonesian 'KUTIPAN AKTA KELAHIRAN' of a city's population and civil registration office, Indonesian only:
    the bird-with-shield mark at the top centre, 'REPUBLIK INDONESIA' and the office's name, the deed number, then
    the certificate as PROSE in the registrar's formula ('bahwa di ... pada tanggal ... telah lahir'), the date
    written out in words, the child's name centred in large bold capitals on its own line, the birth order and the
    parents; the head of the office's signature with the round stamp over it at the lower RIGHT and a square
    verification code at the lower LEFT."""
    issue = issue_date or _issued_of(person, "id", 60, 1500)
    act = act_date or _act_of(person, "id", 3, 60)
    fa, mo = father or person.father or "-", mother or person.mother or "-"
    city = person.birth_place
    code = {"Jakarta": "3171", "Surabaya": "3578", "Bandung": "3273", "Medan": "1275", "Semarang": "3374",
            "Yogyakarta": "3471", "Makassar": "7371", "Malang": "3573", "Denpasar": "5171", "Palembang": "1671",
            "Pontianak": "6171"}.get(city, "3201")
    no = f"{code}-LT-{dnum(act, '', order='dmy')}-{_digits_of(person, 'idlt', 4)}"
    sh = Sheet()
    emblem(sh, 95, 12, 20, "garuda", col=(60, 60, 60))
    put(sh, 105, 35, "REPUBLIK INDONESIA", f=TIMES_B, pt=12, at="center")
    put(sh, 105, 46, "KUTIPAN AKTA KELAHIRAN", f=TIMES_B, pt=15, at="center")
    put(sh, 105, 53, f"DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KOTA {city.upper()}", f=TIMES, pt=9.4, at="center")
    put(sh, 105, 62, f"Nomor: {no}", f=TIMES, pt=10.5, at="center")
    d = person.birth_date
    when = f"{id_words(d.day)} {MON['id'][d.month - 1]} tahun {id_words(d.year)}"
    flow(sh, 30, 76, 150, f"Berdasarkan Akta Kelahiran Nomor {no} bahwa di {city.upper()} pada tanggal {when} "
         f"telah lahir:", f=TIMES, pt=11.5, lead=1.6, al="center")
    put(sh, 105, 104, f"{person.given_names} {person.surname}".upper(), f=TIMES_B, pt=17, at="center")
    order = ["kesatu", "kedua", "ketiga", "keempat"][seedof(person.given_names, "ord") % 4]
    flow(sh, 30, 118, 150, f"anak {order}, {sexword(person, 'id').lower()}, dari ayah {fa.upper()} dan ibu "
         f"{mo.upper()}.", f=TIMES, pt=11.5, lead=1.6, al="center")
    put(sh, 124, 150, f"Kutipan ini dikeluarkan di {city}", f=TIMES, pt=10.5)
    put(sh, 124, 156, f"pada tanggal {dword(issue, 'id')}", f=TIMES, pt=10.5)
    put(sh, 124, 166, "KEPALA DINAS KEPENDUDUKAN", f=TIMES_B, pt=9.6)
    put(sh, 124, 171, "DAN PENCATATAN SIPIL", f=TIMES_B, pt=9.6)
    autograph(sh, 130, 178, rng, w=40, h=13, col=BLACK_BIC)
    seal(sh, 116, 170, ["DINAS DUKCAPIL", f"KOTA {city.upper()}"[:20], "REPUBLIK INDONESIA"], rng, col=STAMP_VIOLET,
         mm=30)
    g, s_ = rng.choice(["Drs. H.", "Ir.", "Dr."]), rng.choice(["Agus Salim", "R. Hartono", "Suparman", "Yuliani"])
    put(sh, 124, 196, f"{g} {s_.upper()}", f=TIMES_B, pt=10)
    put(sh, 124, 201, f"NIP. {numstr(rng, 18)}", f=TIMES, pt=8.6)
    qr(sh, 26, 168, 26, no)
    return [sh]


for _c, _fn, _lang, _fid, _note in [
        ("YEM", birth_yem, "ar/en", "birth-yem-spiegel-engels-links-arabisch-rechts-gelegaliseerd-theekring-48",
         "Yemeni birth certificate as an English/Arabic mirror, legalised by the embassy, tea-cup ring"),
        ("GNB", birth_gnb, "fr", "birth-gnb-consulaire-transcriptie-courier-proza-woorden-nietgaatjes-48",
         "consular transcription of a Bissau-Guinean birth act in French prose"),
        ("TUR", birth_tur, "tr", "birth-tr-naalddrukker-kettingpapier-groene-banden-48",
         "Turkish birth record of a foreigner printed on tractor-feed paper"),
        ("BEL", birth_bel, "nl/fr", "birth-be-databank-lint-links-drie-kaders-e-zegel-48",
         "Belgian birth extract in the commune's language with a tricolour ribbon and an electronic seal"),
        ("MNG", birth_mng, "en", "birth-mng-tweetalig-raster-cyrillisch-boven-engels-ondersteboven-48",
         "Mongolian birth certificate, Mongolian/English grid, copied upside down"),
        ("MDA", birth_mda, "ro", "birth-mda-groen-formulier-stippellijnen-gsm-deken-48",
         "Moldovan birth certificate in Romanian, photographed on a blanket"),
        ("IDN", birth_idn, "id", "birth-idn-kutipan-proza-naam-groot-midden-qr-48",
         "Indonesian birth deed extract in prose, the name centred")]:
    _id._register(_fid, "birth-certificate", PART, _lang, _fn, country=_c, notes=_note)


# =========================================================================== marriage acts

def _pair(person: Person, spouse: Person | None, rng):
    if spouse is None:
        o = _pp.ORIGINS.get(person.nationality) or _pp.ORIGINS["YEM"]
        spouse = Person(surname=rng.choice(o["s"]), given_names=rng.choice(o["f" if person.sex == "M" else "m"]),
                        sex="F" if person.sex == "M" else "M", birth_date=person.birth_date + datetime.timedelta(
                            days=rng.randint(-2500, 2500)), birth_place=rng.choice(o["places"]),
                        birth_country=person.birth_country, nationality=person.nationality)
    return (person, spouse) if person.sex == "M" else (spouse, person)


def marriage_yem(person: Person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    """Yemeni marriage certificate of the Ministry of Justice (bilingual ARABIC / ENGLISH) on a sheet in LANDSCAPE:
    the husband's particulars in a framed block at the RIGHT and the wife's at the LEFT (Arabic reading order),
    each block bilingual line by line, the contract's date, place, dowry and the two witnesses in a band across the
    middle, the authorised marriage notary's signature and the primary court's round stamp at the foot, the
    registration number at the top LEFT."""
    h, w = _pair(person, spouse, rng)
    wed = marriage_date or TODAY - datetime.timedelta(days=rng.randint(800, 6000))
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(60, 700))
    sh = Sheet(297, 210)
    put(sh, 148.5, 10, "الجمهورية اليمنية - وزارة العدل", f=DJ_B, pt=11, at="center")
    put(sh, 148.5, 16.5, "REPUBLIC OF YEMEN - MINISTRY OF JUSTICE", f=DJS_B, pt=9.6, at="center")
    put(sh, 148.5, 25, "عقد زواج  ·  MARRIAGE CERTIFICATE", f=DJ_B, pt=13, at="center")
    put(sh, 16, 12, f"Reg. No. {numstr(rng, 5)}/{wed.year}", f=DJS, pt=8.6)
    emblem(sh, 264, 8, 16, "eagle", col=(80, 80, 80))

    def side(x, who, p, ar):
        frame(sh, x, 36, 128, 86, lw=0.4)
        block(sh, x, 36, 128, 8, (226, 232, 226))
        put(sh, x + 3, 37.6, who, f=DJS_B, pt=9.4)
        put(sh, x + 125, 37.2, ar, f=DJ_B, pt=9.6, at="right")
        rows = [("Full name", "الاسم الكامل", f"{p.given_names} {p.surname}"),
                ("Date of birth", "تاريخ الميلاد", dnum(p.birth_date, "/")),
                ("Place of birth", "محل الميلاد", p.birth_place), ("Nationality", "الجنسية", "Yemeni"),
                ("Father's name", "اسم الأب", parent(p, "father")), ("Marital status", "الحالة الاجتماعية",
                                                                     "Single" if rng.random() < 0.85 else "Divorced")]
        yy = 48.0
        for en, ar_, v in rows:
            put(sh, x + 3, yy + 0.4, en, f=DJS, pt=7.6, col=DARK)
            put(sh, x + 125, yy, ar_, f=DJ, pt=7.8, col=DARK, at="right")
            putfit(sh, x + 34, yy - 0.2, v, 62, f=DJS_B, pt=9.4)
            yy += 12

    side(153, "HUSBAND", h, "الزوج")
    side(16, "WIFE", w, "الزوجة")
    frame(sh, 16, 128, 265, 34, lw=0.3)
    wit = [f"{rng.choice(_NEW_ORIGINS['YEM']['m'])} {rng.choice(_NEW_ORIGINS['YEM']['s'])}" for _ in range(2)]
    lines = [f"Date of contract: {dnum(wed, '/')}        Place: {h.birth_place}",
             f"Dowry (mahr): {rng.choice(['500 000', '800 000', '1 200 000'])} YER, paid",
             f"Witnesses: 1. {wit[0]}   2. {wit[1]}"]
    for i, s in enumerate(lines):
        put(sh, 20, 132 + i * 9, s, f=DJS, pt=9.4)
    put(sh, 277, 132, "تاريخ العقد ومكانه", f=DJ, pt=8.6, at="right", col=DARK)
    put(sh, 277, 141, "المهر", f=DJ, pt=8.6, at="right", col=DARK)
    put(sh, 277, 150, "الشهود", f=DJ, pt=8.6, at="right", col=DARK)
    put(sh, 20, 170, "Authorised marriage notary (Ma'dhun)", f=DJS_I, pt=8.6)
    autograph(sh, 22, 175, rng, w=36, h=11, col=BLUE_BIC)
    put(sh, 180, 170, f"Issued {dnum(issue, '/')}", f=DJS, pt=8.6)
    seal(sh, 210, 166, ["PRIMARY COURT", f"{h.birth_place.upper()}", "MINISTRY OF JUSTICE"], rng, col=STAMP_GREEN, mm=30)
    return [sh]


def marriage_bel(person: Person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    """Extract of a Belgian marriage act in the language of the commune where the couple lives (Dutch or French),
    typed as PROSE on the commune's letterhead: the commune's name in spaced capitals with a thin rule, the
    reference of the act in a note in the LEFT margin, 'Op ... werd voor ons ... het huwelijk voltrokken tussen:'
    followed by one paragraph per spouse (names in capitals, birth date and place, nationality, parents), the
    officer's signature and the commune's round stamp at the RIGHT."""
    h, w = _pair(person, spouse, rng)
    wed = marriage_date or TODAY - datetime.timedelta(days=rng.randint(400, 1500))
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(30, 200))
    a = person.address or (spouse.address if spouse else None)
    city = a.city if a else "Gent"
    lang = "fr" if (a and a.postcode[:1] in ("1", "4", "5", "6", "7") and a.postcode[:2] not in ("15", "16", "17",
                                                                                               "18", "19")) else "nl"
    if a and a.postcode[:1] == "1" and a.postcode[:2] in ("10", "11", "12"):
        lang = "fr" if seedof(a.street) % 2 else "nl"
    sh = Sheet()
    put(sh, 105, 14, " ".join((("GEMEENTE " if lang == "nl" else "COMMUNE DE ") + city).upper()), f=CENT_B, pt=10,
        at="center")
    hline(sh, 40, 170, 21, lw=0.3)
    put(sh, 105, 23.5, "Dienst Burgerlijke Stand" if lang == "nl" else "Service de l'État civil", f=CENT_I, pt=9,
        at="center", col=MID)
    title = "UITTREKSEL UIT DE HUWELIJKSAKTE" if lang == "nl" else "EXTRAIT D'ACTE DE MARIAGE"
    put(sh, 105, 38, title, f=CENT_B, pt=12.5, at="center")
    ref = f"{wed.year}/{reg_no(h, 'bemar', 10, 999)}"
    flow(sh, 8, 56, 26, ("Akte nr.\n" if lang == "nl" else "Acte n°\n") + ref, f=CENT, pt=8, lead=1.3, col=MID)

    def who(p):
        if lang == "nl":
            return (f"{p.surname.upper()}, {p.given_names}, geboren te {p.birth_place} ({land_word(p.birth_country, 'nl')}) "
                    f"op {dword(p.birth_date, 'nl')}, van {nat_word(p, 'nl')} nationaliteit, zoon/dochter van "
                    f"{parent(p, 'father')} en van {parent(p, 'mother')}")
        return (f"{p.surname.upper()}, {p.given_names}, né(e) à {p.birth_place} ({land_word(p.birth_country, 'fr')}) "
                f"le {dword(p.birth_date, 'fr')}, de nationalité {nat_word(p, 'fr')}, fils/fille de "
                f"{parent(p, 'father')} et de {parent(p, 'mother')}")

    intro = (f"Op {dword(wed, 'nl')} werd voor ons, ambtenaar van de burgerlijke stand van {city}, het huwelijk "
             f"voltrokken tussen:" if lang == "nl" else
             f"Le {dword(wed, 'fr')}, devant nous, officier de l'état civil de {city}, a été célébré le mariage "
             f"entre :")
    y = flow(sh, 38, 56, 150, intro, f=CENT, pt=10.5, lead=1.55)
    y = flow(sh, 44, y + 3, 144, "1. " + who(h) + ";", f=CENT, pt=10.5, lead=1.55)
    y = flow(sh, 44, y + 3, 144, "2. " + who(w) + ".", f=CENT, pt=10.5, lead=1.55)
    tail = ("Voor eensluidend uittreksel, afgeleverd op " if lang == "nl" else "Pour extrait conforme, délivré le ")
    y = flow(sh, 38, y + 8, 150, tail + dword(issue, lang) + ".", f=CENT, pt=10.5, lead=1.55)
    put(sh, 120, y + 8, "De ambtenaar van de burgerlijke stand," if lang == "nl" else "L'officier de l'état civil,",
        f=CENT_I, pt=9.6)
    autograph(sh, 126, y + 13, rng, w=38, h=12, col=BLUE_BIC)
    seal(sh, 100, y + 10, [city.upper()[:18], "BURGERLIJKE STAND" if lang == "nl" else "ÉTAT CIVIL"], rng,
         col=STAMP_BLUE, mm=28)
    return [sh]


_id._register("marriage-yem-liggend-man-rechts-vrouw-links-mahr-getuigen-48", "marriage-certificate", PART, "ar/en",
              marriage_yem, country="YEM", notes="Yemeni marriage certificate in landscape, Arabic/English")
_id._register("marriage-be-proza-briefhoofd-referentie-in-marge-48", "marriage-certificate", PART, "nl/fr",
              marriage_bel, country="BEL", notes="Belgian marriage extract typed as prose on the commune's letterhead")


# =========================================================================== nationality certificates

def nationality_yem(person: Person, rng, *, issue_date=None, **opts):
    """'CERTIFICAT DE NATIONALITÉ' of the consular section of the Embassy of the Republic of Yemen in Brussels, in
    FRENCH with the embassy's Arabic name at the top RIGHT and the French at the top LEFT, NO photograph: the
    certificate as one paragraph in the consul's voice naming the holder, the date and place of birth, the father's
    name and the documents consulted, the holder's data repeated in a small table, the consul's signature at the
    RIGHT, the embassy's round stamp and a consular fee stamp at the LEFT."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(40, 700))
    sh = Sheet()
    for i, s in enumerate(["AMBASSADE DE LA RÉPUBLIQUE DU YÉMEN", "Bruxelles", "Section consulaire"]):
        put(sh, 18, 14 + i * 5, s, f=TIMES_B if i == 0 else TIMES, pt=10 if i == 0 else 9.4)
    for i, s in enumerate(["سفارة الجمهورية اليمنية", "بروكسل", "القسم القنصلي"]):
        put(sh, 192, 13 + i * 5.4, s, f=DJ_B if i == 0 else DJ, pt=10 if i == 0 else 9, at="right")
    emblem(sh, 98, 11, 14, "eagle", col=(80, 80, 80))
    put(sh, 18, 40, f"Réf. : YE/CONS/{issue.year}/{reg_no(person, 'yemnat', 100, 999)}", f=TIMES, pt=9.4)
    put(sh, 105, 54, "CERTIFICAT DE NATIONALITÉ", f=TIMES_B, pt=14, at="center", sp=0.6)
    née = "né" if person.sex == "M" else "née"
    title = "Monsieur" if person.sex == "M" else "Madame"
    body = (f"Le Consul de la République du Yémen à Bruxelles certifie que {title} {person.given_names} "
            f"{person.surname.upper()}, {née} le {dword(person.birth_date, 'fr')} à {person.birth_place} (Yémen), "
            f"{'fils' if person.sex == 'M' else 'fille'} de {parent(person, 'father')} et de {parent(person, 'mother')}, "
            f"est de nationalité yéménite d'origine, ainsi qu'il résulte de l'extrait d'acte de naissance et du registre "
            f"consulaire de l'Ambassade.\n\nLe présent certificat est délivré à l'intéressé{'e' if person.sex == 'F' else ''} "
            f"pour servir et valoir ce que de droit.")
    y = flow(sh, 22, 66, 166, body, f=TIMES, pt=11, lead=1.6, al="justify") + 6
    for a, v in [("Nom", person.surname.upper()), ("Prénom(s)", person.given_names),
                 ("Date et lieu de naissance", f"{dnum(person.birth_date, '/')} - {person.birth_place}"),
                 ("Nationalité", "yéménite")]:
        frame(sh, 40, y, 46, 7, lw=0.2, col=LIGHT)
        frame(sh, 86, y, 84, 7, lw=0.2, col=LIGHT)
        put(sh, 42, y + 1.6, a, f=TIMES, pt=9.4)
        putfit(sh, 88, y + 1.4, v, 80, f=TIMES_B, pt=10)
        y += 7
    put(sh, 120, y + 12, f"Bruxelles, le {dword(issue, 'fr')}", f=TIMES, pt=10.5)
    put(sh, 120, y + 18, "Le Consul", f=TIMES_B, pt=10.5)
    autograph(sh, 122, y + 23, rng, w=38, h=12, col=BLUE_BIC)
    seal(sh, 30, y + 14, ["AMBASSADE DU YÉMEN", "BRUXELLES", "SECTION CONSULAIRE"], rng, col=STAMP_RED, mm=30)
    block(sh, 70, y + 18, 16, 20, (200, 214, 190))
    frame(sh, 70, y + 18, 16, 20, lw=0.3, col=(110, 130, 100))
    put(sh, 78, y + 22, "20", f=DJ_B, pt=11, at="center", col=(60, 90, 60))
    put(sh, 78, y + 29, "EUR", f=DJ, pt=6.4, at="center", col=(60, 90, 60))
    hline(sh, 66, 92, y + 30, lw=0.5, col=BLUE_BIC)
    return [sh]


def nationality_gnb(person: Person, rng, *, issue_date=None, **opts):
    """Certificate of Bissau-Guinean nationality of a regional court, BILINGUAL in two parallel COLUMNS (Portuguese
    at the left, French at the right, the same text paragraph for paragraph), under a centred heading with the star
    mark: the judge certifies that the holder, born on ... at ..., child of ..., is a national of Guinea-Bissau by
    birth; NO photograph; a fiscal stamp glued at the top RIGHT cancelled with the court's date stamp; the judge's and
    the clerk's signatures side by side at the foot with the court's round stamp between them."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(40, 900))
    court = rng.choice(["Bissau", "Bafatá", "Gabú", "Cacheu"])
    sh = Sheet()
    emblem(sh, 97, 8, 14, "star", col=(60, 60, 60))
    put(sh, 105, 24, "REPÚBLICA DA GUINÉ-BISSAU  ·  RÉPUBLIQUE DE GUINÉE-BISSAU", f=PALAT_B, pt=10, at="center")
    put(sh, 105, 30, f"Tribunal Regional de {court}  ·  Tribunal régional de {court}", f=PALAT, pt=9.4, at="center")
    put(sh, 105, 42, "CERTIFICADO DE NACIONALIDADE", f=PALAT_B, pt=12, at="center")
    put(sh, 105, 48, "CERTIFICAT DE NATIONALITÉ", f=PALAT_B, pt=12, at="center")
    block(sh, 172, 8, 20, 24, (222, 200, 214))
    frame(sh, 172, 8, 20, 24, lw=0.3, col=(140, 90, 120))
    put(sh, 182, 13, "SELO", f=DJ_B, pt=7, at="center", col=(120, 60, 100))
    put(sh, 182, 20, "500 F", f=DJ_B, pt=9, at="center", col=(120, 60, 100))
    seal(sh, 166, 12, [f"TRIB. REG. {court.upper()}", dnum(issue, ".")], rng, col=STAMP_BLACK, mm=22, angle=20)
    no = f"{reg_no(person, 'gnbnat', 10, 999)}/{issue.year}"
    vline(sh, 105, 58, 200, lw=0.2, col=LIGHT)
    born_pt = "nascido" if person.sex == "M" else "nascida"
    born_fr = "né" if person.sex == "M" else "née"
    pt_ = (f"N.º {no}\n\nO Juiz do Tribunal Regional de {court} certifica que {person.given_names} "
           f"{person.surname.upper()}, {born_pt} a {dnum(person.birth_date, '/')} em {person.birth_place}, "
           f"{'filho' if person.sex == 'M' else 'filha'} de {parent(person, 'father')} e de "
           f"{parent(person, 'mother')}, é de nacionalidade guineense por nascimento, nos termos da Lei da "
           f"Nacionalidade.\n\nPassado para os devidos efeitos.")
    fr_ = (f"N° {no}\n\nLe Juge du Tribunal régional de {court} certifie que {person.given_names} "
           f"{person.surname.upper()}, {born_fr} le {dnum(person.birth_date, '/')} à {person.birth_place}, "
           f"{'fils' if person.sex == 'M' else 'fille'} de {parent(person, 'father')} et de "
           f"{parent(person, 'mother')}, est de nationalité bissau-guinéenne de naissance, conformément à la loi sur "
           f"la nationalité.\n\nDélivré pour servir et valoir ce que de droit.")
    y1 = flow(sh, 18, 62, 82, pt_, f=PALAT, pt=10, lead=1.55)
    y2 = flow(sh, 110, 62, 82, fr_, f=PALAT, pt=10, lead=1.55)
    y = max(y1, y2) + 10
    put(sh, 105, y, f"{court}, {dnum(issue, '/')}", f=PALAT, pt=10, at="center")
    put(sh, 40, y + 10, "O Juiz / Le Juge", f=PALAT_I, pt=9.4, at="center")
    put(sh, 170, y + 10, "O Escrivão / Le Greffier", f=PALAT_I, pt=9.4, at="center")
    autograph(sh, 22, y + 15, rng, w=36, h=12, col=BLACK_BIC)
    autograph(sh, 152, y + 15, rng, w=32, h=11, col=BLUE_BIC)
    seal(sh, 90, y + 8, ["TRIBUNAL REGIONAL", court.upper(), "GUINÉ-BISSAU"], rng, col=STAMP_BLUE, mm=30)
    return [sh]


_id._register("nationality-yem-ambassade-frans-arabisch-hoofd-tabelletje-zegel-48", "nationality-certificate", PART,
              "fr", nationality_yem, country="YEM", notes="nationality certificate of the Yemeni embassy, French")
_id._register("nationality-gnb-rechtbank-tweetalig-kolommen-fiscale-zegel-48", "nationality-certificate", PART,
              "pt/fr", nationality_gnb, country="GNB",
              notes="Bissau-Guinean court's nationality certificate in Portuguese and French columns")


# =========================================================================== consular cards and identity certificates

def consular_yem(person: Person, rng, *, issue_date=None, expiry_date=None, **opts):
    """Consular registration card of the Embassy of Yemen in Brussels, credit-card size, English over Arabic: a green
    band with the embassy's names, the photo at the LEFT, the holder's data and the registration number, the
    validity; the back with the address in Belgium and the consul's printed signature.  Both sides copied at their
    REAL size one under the other in the upper LEFT corner of an otherwise empty sheet, with the lawyer's pencil
    note 'carte consulaire' beside them."""
    issue, expiry = span(rng, issue_date, expiry_date, 3, back=(60, 700))
    no = f"YE-BRU-{numstr(rng, 5)}"
    fr = _card(rng, (236, 244, 236), (206, 226, 208))
    block(fr, 0, 0, 85.6, 9, (18, 92, 56))
    put(fr, 2.5, 0.8, "EMBASSY OF THE REPUBLIC OF YEMEN - BRUSSELS", f=DJC_B, pt=5.0, col=(255, 255, 255))
    put(fr, 83, 4.4, "سفارة الجمهورية اليمنية - بروكسل", f=DJ, pt=5.0, col=(255, 255, 255), at="right")
    put(fr, 2.5, 10.4, "CONSULAR CARD  بطاقة قنصلية", f=DJ_B, pt=5.6)
    fr.photo(3, 16, 19, 24, rng)
    st = dict(cf=DJC, cpt=3.4, vf=DJC_B, vpt=5.8, stacked=True, ccol=(70, 90, 70))
    y = _field(fr, 25, 15.5, ["Name / الاسم"], f"{person.given_names} {person.surname}".upper(), w=58, **st)
    y = _field(fr, 25, y, ["Date & place of birth / تاريخ ومحل الميلاد"],
               f"{dnum(person.birth_date, '/')} {person.birth_place.upper()}", w=58, **st)
    _field(fr, 25, y, ["Nationality / الجنسية"], "YEMENI", **st)
    y = _field(fr, 56, y, ["Reg. No. / رقم التسجيل"], no, **st)
    put(fr, 25, y + 1, f"Valid until {dnum(expiry, '/')}", f=DJC, pt=5.2, col=DARK)
    bk = _card(rng, (236, 244, 236), (206, 226, 208))
    a = person.address
    put(bk, 3, 4, "Address in Belgium / العنوان في بلجيكا", f=DJC, pt=4.6, col=(70, 90, 70))
    if a:
        put(bk, 3, 8, f"{a.street} {a.number}" + (f" bte {a.box}" if a.box else ""), f=DJC_B, pt=6.2)
        put(bk, 3, 12, f"{a.postcode} {a.city}", f=DJC_B, pt=6.2)
    put(bk, 3, 20, f"Issued {dnum(issue, '/')}", f=DJC, pt=5.4)
    put(bk, 3, 34, "The Consul / القنصل", f=DJC, pt=5)
    autograph(bk, 3, 37, rng, w=26, h=8, col=BLACK_BIC)
    seal(bk, 56, 22, ["EMBASSY OF YEMEN", "BRUSSELS"], rng, col=STAMP_GREEN, mm=20)
    sh = Sheet()
    _lay_card(sh, fr, 10, 10, 1.0, rng)
    _lay_card(sh, bk, 10, 70, 1.0, rng)
    pencil(sh, 104, 30, "carte consulaire", rng, pt=13)
    return [sh]


def consular_gnb(person: Person, rng, *, issue_date=None, expiry_date=None, **opts):
    """Consular card of the Embassy of Guinea-Bissau in Brussels in PORTRAIT orientation (a vertical card), in
    Portuguese and French: the star mark and 'CARTÃO CONSULAR / CARTE CONSULAIRE' at the top, the photo centred under
    it, then the name, date and place of birth, nationality and number in centred lines; the back with the address
    and the validity.  Both sides copied ENLARGED to 150 %, next to each other in the middle of the sheet."""
    issue, expiry = span(rng, issue_date, expiry_date, 3, back=(60, 700))
    no = f"CC/{numstr(rng, 4)}/{issue.year % 100:02d}"
    fr = _card(rng, (246, 240, 228), (230, 214, 190), w=54.0, h=85.6)
    block(fr, 0, 0, 54, 3, (126, 30, 36))
    block(fr, 0, 3, 54, 1.5, (250, 200, 40))
    block(fr, 0, 4.5, 54, 1.5, (30, 120, 60))
    emblem(fr, 23, 7, 8, "star", col=(60, 60, 60))
    put(fr, 27, 16, "CARTÃO CONSULAR", f=ARIALN_B, pt=6.6, at="center")
    put(fr, 27, 19.2, "CARTE CONSULAIRE", f=ARIALN, pt=5.6, at="center", col=DARK)
    fr.photo(17, 23, 20, 25, rng)
    y = 51.0
    for cap, v in [("Nome / Nom", f"{person.given_names} {person.surname}".upper()),
                   ("Nascido(a) em / Né(e) le", f"{dnum(person.birth_date, '.')} - {person.birth_place.upper()}"),
                   ("Nacionalidade / Nationalité", "GUINEENSE"), ("N.º / N°", no)]:
        put(fr, 27, y, cap, f=ARIALN, pt=4.2, at="center", col=MID)
        put(fr, 27, y + 1.8, v, f=ARIALN_B, pt=shrink(v, 50, ARIALN_B, 6.2), at="center")
        y += 7.6
    bk = _card(rng, (246, 240, 228), (230, 214, 190), w=54.0, h=85.6)
    put(bk, 4, 6, "Morada / Adresse", f=ARIALN, pt=4.6, col=MID)
    a = person.address
    if a:
        put(bk, 4, 9, f"{a.street} {a.number}" + (f"/{a.box}" if a.box else ""), f=ARIALN_B, pt=5.8)
        put(bk, 4, 12.5, f"{a.postcode} {a.city}", f=ARIALN_B, pt=5.8)
    put(bk, 4, 20, f"Emitido / Délivré : {dnum(issue, '.')}", f=ARIALN, pt=5.4)
    put(bk, 4, 24, f"Válido até / Valable jusqu'au : {dnum(expiry, '.')}", f=ARIALN, pt=5.4)
    put(bk, 4, 60, "O Cônsul / Le Consul", f=ARIALN, pt=5)
    autograph(bk, 4, 63, rng, w=24, h=8, col=BLUE_BIC)
    seal(bk, 28, 54, ["EMBAIXADA", "GUINÉ-BISSAU", "BRUXELAS"], rng, col=STAMP_BLUE, mm=20)
    sh = Sheet()
    _lay_card(sh, fr, 20, 80, 1.5, rng)
    _lay_card(sh, bk, 110, 80, 1.5, rng)
    return [sh]


def idcert_yem(person: Person, rng, *, issue_date=None, declarative=False, **opts):
    """'CERTIFICATE OF IDENTITY' of the Embassy of the Republic of Yemen in Brussels, in English, typed as a letter
    'To whom it may concern': the embassy's name in English and Arabic across the top between two green rules, the
    reference and date at the RIGHT, the certificate in one paragraph with the holder's data, the basis of the
    certificate in a second paragraph, the photo glued at the lower RIGHT inside a dashed frame with the embassy's
    embossed seal (a pale relief ring) over its corner, the consul's signature at the LEFT."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(30, 500))
    sh = Sheet()
    hline(sh, 16, 194, 10, lw=0.8, col=(18, 92, 56))
    put(sh, 18, 13, "EMBASSY OF THE REPUBLIC OF YEMEN", f=CAMB_B, pt=12)
    put(sh, 18, 19, "Brussels - Consular Section", f=CAMB, pt=9.6, col=DARK)
    put(sh, 192, 13, "سفارة الجمهورية اليمنية", f=DJ_B, pt=11, at="right")
    put(sh, 192, 19.4, "بروكسل - القسم القنصلي", f=DJ, pt=9, at="right")
    hline(sh, 16, 194, 26, lw=0.8, col=(18, 92, 56))
    put(sh, 192, 32, f"Ref.: YE-BRU/ID/{reg_no(person, 'yemid', 100, 999)}", f=CAMB, pt=9.6, at="right")
    put(sh, 192, 37, f"Date: {dword(issue, 'en')}", f=CAMB, pt=9.6, at="right")
    put(sh, 105, 52, "CERTIFICATE OF IDENTITY", f=CAMB_B, pt=15, at="center", sp=0.8)
    put(sh, 18, 64, "To whom it may concern,", f=CAMB, pt=11)
    mr = "Mr." if person.sex == "M" else "Ms."
    body = (f"The Embassy of the Republic of Yemen in Brussels hereby certifies that {mr} {person.given_names} "
            f"{person.surname.upper()}, born on {dword(person.birth_date, 'en')} in {person.birth_place}, Yemen, "
            f"{'son' if person.sex == 'M' else 'daughter'} of {parent(person, 'father')} and "
            f"{parent(person, 'mother')}, is a national of the Republic of Yemen, and that the photograph affixed "
            f"below is that of the said person.")
    if declarative:
        basis = ("This certificate is issued on the basis of the holder's own statements made before the consul; the "
                 "holder presented no identity document and no record of the holder is kept at this Embassy.")
    else:
        basis = (f"This certificate is issued on the basis of the holder's civil-status record and of the copy of "
                 f"passport No. {numstr(rng, 8)} kept in the consular register, both verified by the consular "
                 f"section.")
    y = flow(sh, 18, 74, 174, body, f=CAMB, pt=11, lead=1.6, al="justify") + 4
    y = flow(sh, 18, y, 174, basis, f=CAMB, pt=11, lead=1.6, al="justify") + 4
    y = flow(sh, 18, y, 174, "This certificate is valid for six months from the date of issue.", f=CAMB_I, pt=10,
             lead=1.5)
    put(sh, 18, y + 12, "The Consul", f=CAMB_B, pt=10.5)
    autograph(sh, 18, y + 17, rng, w=40, h=13, col=BLUE_BIC)
    seal(sh, 62, y + 10, ["EMBASSY OF YEMEN", "BRUSSELS", "CONSULAR SECTION"], rng, col=STAMP_GREEN, mm=28)
    px, py = 146, y + 4
    frame(sh, px - 3, py - 3, 42, 50, lw=0.3, col=MID)
    sh.rule(px - 3, py - 3, px + 39, py - 3, width_mm=0.3, color=MID, dash=1.2)
    sh.photo(px, py, 36, 44, rng)
    ring = Image.new("RGBA", (140, 140), (0, 0, 0, 0))
    ImageDraw.Draw(ring).ellipse([6, 6, 134, 134], outline=(255, 255, 255, 170), width=10)
    ImageDraw.Draw(ring).ellipse([20, 20, 120, 120], outline=(120, 120, 120, 120), width=3)
    sh.image(px + 20, py + 28, 24, 24, ring)
    return [sh]


def idcert_moz(person: Person, rng, *, issue_date=None, declarative=False, **opts):
    """Identity certificate of the Embassy of the Republic of Mozambique in Brussels, 'CERTIFICADO DE IDENTIDADE /
    CERTIFICAT D'IDENTITÉ': the cogwheel mark and the embassy's name centred at the top, the photo centred under the
    title with a staple across its upper edge, the holder's data in a ruled table whose caption column is
    bilingual, the basis in French in the closing paragraph, the ambassador's or consul's signature with the round
    stamp, and the number at the top LEFT; copied slightly reduced on grey recycled paper."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(30, 500))
    sh = Sheet()
    emblem(sh, 97, 8, 16, "cog", col=(40, 90, 60))
    put(sh, 105, 27, "EMBAIXADA DA REPÚBLICA DE MOÇAMBIQUE", f=HELV_B, pt=11, at="center")
    put(sh, 105, 32.5, "Ambassade de la République du Mozambique · Bruxelas / Bruxelles", f=HELV, pt=8.6,
        at="center", col=DARK)
    put(sh, 18, 12, f"N.º {reg_no(person, 'mozid', 10, 999)}/CONS/{issue.year}", f=HELV, pt=8.6)
    put(sh, 105, 44, "CERTIFICADO DE IDENTIDADE", f=HELV_B, pt=13, at="center")
    put(sh, 105, 50, "CERTIFICAT D'IDENTITÉ", f=HELV, pt=11, at="center")
    sh.photo(89, 57, 32, 40, rng)
    img = Image.new("RGBA", (200, 30), (0, 0, 0, 0))
    ImageDraw.Draw(img).rectangle([0, 8, 200, 18], fill=(150, 150, 156, 255))
    sh.image(96, 56, 18, 2.6, img)
    rows = [("Apelido / Nom", person.surname.upper()), ("Nomes / Prénoms", person.given_names),
            ("Data de nascimento / Date de naissance", dnum(person.birth_date, "/")),
            ("Local de nascimento / Lieu de naissance", f"{person.birth_place}, Moçambique"),
            ("Filiação / Filiation", f"{parent(person, 'father')} e/et {parent(person, 'mother')}"),
            ("Nacionalidade / Nationalité", "moçambicana / mozambicaine")]
    y = 104.0
    for a, v in rows:
        frame(sh, 22, y, 74, 8, lw=0.2, col=MID)
        frame(sh, 96, y, 92, 8, lw=0.2, col=MID)
        putfit(sh, 24, y + 2, a, 70, f=HELV, pt=8)
        putfit(sh, 98, y + 1.8, v, 88, f=HELV_B, pt=9.6)
        y += 8
    basis = ("Le présent certificat a été établi sur la base des seules déclarations de l'intéressé(e), aucun "
             "document d'identité n'ayant été présenté." if declarative else
             "Le présent certificat a été établi au vu de l'inscription consulaire de l'intéressé(e) et de la copie de "
             "son bilhete de identidade conservée au registre consulaire de l'Ambassade.")
    y = flow(sh, 22, y + 8, 166, basis + " Il est délivré pour servir et valoir ce que de droit.", f=HELV, pt=10,
             lead=1.55, al="justify")
    put(sh, 120, y + 10, f"Bruxelas, {dword(issue, 'pt')}", f=HELV, pt=9.6)
    put(sh, 120, y + 16, "O Cônsul / Le Consul", f=HELV_I, pt=9.6)
    autograph(sh, 122, y + 21, rng, w=38, h=12, col=BLACK_BIC)
    seal(sh, 92, y + 14, ["EMBAIXADA DE MOÇAMBIQUE", "BRUXELAS", "SECÇÃO CONSULAR"], rng, col=STAMP_BLUE, mm=30)
    out = reduced(sh, 0.94)
    out.paper = "grey"
    return [out]


_id._register("consular-yem-ware-grootte-hoek-linksboven-potloodnotitie-48", "consular-card", PART, "ar/en",
              consular_yem, country="YEM", photo=True,
              notes="Yemeni consular card copied at real size in the top left corner, pencil note")
_id._register("consular-gnb-staand-kaartje-150-naast-elkaar-48", "consular-card", PART, "pt/fr", consular_gnb,
              country="GNB", photo=True, notes="vertical consular card of Guinea-Bissau, both sides at 150 %")
_id._register("idcert-yem-to-whom-it-may-concern-foto-rechtsonder-reliefzegel-48", "identity-certificate", PART, "en",
              idcert_yem, country="YEM", photo=True,
              notes="Yemeni embassy's certificate of identity as a letter, photo at the lower right")
_id._register("idcert-moz-foto-midden-nietje-tweetalige-tabel-grijs-papier-48", "identity-certificate", PART,
              "pt/fr", idcert_moz, country="MOZ", photo=True,
              notes="Mozambican embassy's identity certificate, photo centred with a staple, bilingual table")


# =========================================================================== sworn translations

_LANGNAME = {"fr": {"tr": "turc", "ro": "roumain", "id": "indonésien", "pt": "portugais", "ar": "arabe",
                    "mn": "mongol", "es": "espagnol"},
             "nl": {"tr": "Turks", "ro": "Roemeens", "id": "Indonesisch", "pt": "Portugees", "ar": "Arabisch",
                    "mn": "Mongools", "es": "Spaans"}}


def _rendered(person: Person, src: str, tgt: str, of_type: str) -> tuple[str, str, list[tuple[str, str]]]:
    """(title, issuer, [(caption, value)]) of the document the translation renders, in the target language."""
    fa, mo = parent(person, "father"), parent(person, "mother")
    nl = tgt == "nl"
    sexv = {"nl": ("mannelijk", "vrouwelijk"), "fr": ("masculin", "féminin")}[tgt][0 if person.sex == "M" else 1]
    if of_type != "birth-certificate":
        return (("Uittreksel uit de akte" if nl else "Extrait d'acte"), "-",
                [("Naam" if nl else "Nom", person.surname.upper()), ("Voornamen" if nl else "Prénoms",
                                                                     person.given_names)])
    if src == "tr":
        ilce = ["FATİH", "ÇANKAYA", "KONAK", "ŞAHİNBEY", "İPEKYOLU", "BAĞCILAR"][seedof(person.birth_place, "ilce") % 6]
        natv = land_word(person.nationality, tgt)
        return (("Uittreksel uit het geboorteregister van vreemdelingen" if nl else
                 "Extrait du registre des naissances des ressortissants étrangers"),
                (f"Republiek Turkije - Ministerie van Binnenlandse Zaken - Bevolkingsdienst van het district {ilce}"
                 if nl else f"République de Turquie - Ministère de l'Intérieur - Direction de la population du district "
                            f"de {ilce}"),
                [("Identificatienummer vreemdeling" if nl else "Numéro d'identité d'étranger",
                  "99" + _digits_of(person, "ykn", 9)),
                 ("Voornaam" if nl else "Prénom", person.given_names.upper()),
                 ("Familienaam" if nl else "Nom", person.surname.upper()),
                 ("Voornaam van de vader" if nl else "Prénom du père", fa.split(" ")[0].upper()),
                 ("Voornaam van de moeder" if nl else "Prénom de la mère", mo.split(" ")[0].upper()),
                 ("Geslacht" if nl else "Sexe", sexv), ("Geboorteplaats" if nl else "Lieu de naissance",
                                                        person.birth_place.upper()),
                 ("Geboortedatum" if nl else "Date de naissance", dnum(person.birth_date, ".")),
                 ("Nationaliteit" if nl else "Nationalité", natv.upper())])
    if src == "ro":
        return (("Geboorteakte (certificat de naștere)" if nl else "Certificat de naissance"),
                "Republiek Moldavië - Agentschap Overheidsdiensten - Dienst Burgerlijke Stand" if nl else
                "République de Moldavie - Agence des services publics - État civil",
                [("Serie en nummer" if nl else "Série et numéro", f"NA-II nr. {_digits_of(person, 'mdser', 7)}"),
                 ("Familienaam" if nl else "Nom", person.surname.upper()),
                 ("Voornaam" if nl else "Prénom", person.given_names.upper()),
                 ("Geboortedatum" if nl else "Date de naissance",
                  f"{dnum(person.birth_date, '.')} ({dword(person.birth_date, tgt)})"),
                 ("Geboorteplaats" if nl else "Lieu de naissance", f"{person.birth_place}, Republiek Moldavië" if nl
                  else f"{person.birth_place}, République de Moldavie"),
                 ("Persoonlijke code (IDNP)" if nl else "Code personnel (IDNP)", "2" + _digits_of(person, "idnp", 12)),
                 ("Geslacht" if nl else "Sexe", sexv), ("Vader" if nl else "Père", fa), ("Moeder" if nl else "Mère", mo),
                 ("Akte van geboorte nr." if nl else "Acte de naissance n°",
                  f"{reg_no(person, 'mdact', 10, 999)} van {dnum(_act_of(person, 'md', 3, 30), '.')}"),
                 ("Datum van afgifte" if nl else "Date de délivrance", dnum(_issued_of(person, 'md', 60, 1500), "."))])
    if src == "id":
        code = {"Jakarta": "3171", "Surabaya": "3578", "Bandung": "3273", "Medan": "1275", "Semarang": "3374",
                "Yogyakarta": "3471", "Makassar": "7371", "Malang": "3573", "Denpasar": "5171", "Palembang": "1671",
                "Pontianak": "6171"}.get(person.birth_place, "3201")
        act = _act_of(person, "id", 3, 60)
        no = f"{code}-LT-{dnum(act, '', order='dmy')}-{_digits_of(person, 'idlt', 4)}"
        order = ["eerste", "tweede", "derde", "vierde"][seedof(person.given_names, "ord") % 4]
        return ("Uittreksel uit de geboorteakte" if nl else "Extrait d'acte de naissance",
                f"Republiek Indonesië - Dienst Bevolking en Burgerlijke Stand van de stad {person.birth_place}" if nl
                else f"République d'Indonésie - Service de la population et de l'état civil de {person.birth_place}",
                [("Aktenummer" if nl else "Numéro d'acte", no),
                 ("Geboorteplaats" if nl else "Lieu de naissance", person.birth_place.upper()),
                 ("Geboortedatum" if nl else "Date de naissance", dword(person.birth_date, tgt)),
                 ("Naam van het kind" if nl else "Nom de l'enfant", f"{person.given_names} {person.surname}".upper()),
                 ("Rang en geslacht" if nl else "Rang et sexe", f"{order} kind, {sexv}" if nl else sexv),
                 ("Vader" if nl else "Père", fa.upper()), ("Moeder" if nl else "Mère", mo.upper()),
                 ("Datum van afgifte" if nl else "Date de délivrance", dword(_issued_of(person, 'id', 60, 1500), tgt))])
    return ("Geboorteakte" if nl else "Acte de naissance", "-",
            [("Naam" if nl else "Nom", person.surname.upper()), ("Voornamen" if nl else "Prénoms", person.given_names),
             ("Geboortedatum" if nl else "Date de naissance", dnum(person.birth_date, ".")),
             ("Geboorteplaats" if nl else "Lieu de naissance", person.birth_place)])


def translation_be(person: Person, rng, *, issue_date=None, of_type="birth-certificate", source_lang="tr",
                   target_lang=None, **opts):
    """French sworn translation made in Brussels: a head band with the translator's name, 'traducteur juré près le
    tribunal de première instance francophone de Bruxelles' and the number in the national register of sworn
    translators; 'TRADUCTION DU TURC EN FRANÇAIS' as a title with a rule under it; the translated document as a list
    of 'caption : value' lines in the original's order, the original's stamps described between square brackets;
    the translator's certification at the foot with the signature and the translator's round stamp, and the FPS
    Justice's rectangular legalisation stamp of the signature beside it; a running foot 'page 1/1' with the
    translation's number."""
    src = source_lang or "tr"
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(10, 120))
    tr_first, tr_last = rng.choice([("Nathalie", "Verbist"), ("Serkan", "Aydoğan"), ("Isabelle", "Gérard"),
                                    ("Hakan", "Demirel")])
    title, issuer, items = _rendered(person, src, "fr", of_type)
    sh = Sheet()
    block(sh, 0, 0, 210, 26, (236, 236, 240))
    put(sh, 18, 7, f"{tr_first} {tr_last.upper()}", f=PALAT_B, pt=12)
    put(sh, 18, 13, "Traducteur juré près le tribunal de première instance francophone de Bruxelles", f=PALAT, pt=8.6)
    put(sh, 18, 17.5, f"Registre national des traducteurs jurés n° {numstr(rng, 6)}  ·  "
        f"Avenue de la Toison d'Or {rng.randint(10, 80)}, 1050 Bruxelles", f=PALAT, pt=8, col=MID)
    t = f"TRADUCTION DU {_LANGNAME['fr'].get(src, src).upper()} EN FRANÇAIS"
    put(sh, 18, 36, t, f=PALAT_B, pt=12)
    hline(sh, 18, 18 + wid(t, PALAT_B, 12), 42, lw=0.4)
    y = flow(sh, 18, 48, 174, f"[En-tête :] {issuer}", f=PALAT, pt=10, lead=1.45)
    y = flow(sh, 18, y + 2, 174, title.upper(), f=PALAT_B, pt=10.5, lead=1.45) + 3
    for a, v in items:
        put(sh, 22, y, a, f=PALAT, pt=10)
        put(sh, 86, y, ":", f=PALAT, pt=10)
        putfit(sh, 90, y, v, 100, f=PALAT_B, pt=10)
        y += 6.4
    y = flow(sh, 18, y + 4, 174, "[Cachet rectangulaire de l'office de la population, date, paraphe du préposé.]",
             f=PALAT_I, pt=9.6, lead=1.4, col=DARK) + 8
    cert = (f"Je soussigné(e), {tr_first} {tr_last}, traducteur juré, certifie que la présente traduction, faite "
            f"sur la base d'une copie du document original rédigé en {_LANGNAME['fr'].get(src, src)}, est fidèle et "
            f"complète. Bruxelles, le {dword(issue, 'fr')}.")
    y = flow(sh, 18, y, 174, cert, f=PALAT, pt=10, lead=1.5, al="justify") + 4
    autograph(sh, 22, y + 2, rng, w=38, h=12, col=BLUE_BIC)
    seal(sh, 64, y - 2, [f"{tr_first[0]}. {tr_last.upper()}", "TRADUCTEUR JURÉ", "BRUXELLES"], rng, col=STAMP_VIOLET,
         mm=28)
    seal(sh, 118, y, ["SPF JUSTICE", "VU POUR LÉGALISATION", f"N° {numstr(rng, 6)}",
                      dnum(issue + datetime.timedelta(days=3), "/")], rng, shape="rect", col=STAMP_BLUE, mm=44)
    put(sh, 105, 286, f"Traduction n° {issue.year}-{numstr(rng, 4)}  ·  page 1/1", f=PALAT, pt=8, col=MID, at="center")
    return [sh]


def translation_nl(person: Person, rng, *, issue_date=None, of_type="birth-certificate", source_lang="ro",
                   target_lang="nl", **opts):
    """Dutch sworn translation by a translator registered with the Rbtv, TWO pages: page 1 is the translator's
    certificate in a framed box ('Verklaring van de beëdigd vertaler', the source document, the languages, the
    Rbtv number) with the round translator's stamp over the signature and a grey band across the top with 'BEËDIGDE
    VERTALING'; page 2 the translation itself laid out like the original in ruled boxes (caption above the value) in
    a typewriter face, '[stempel]' and '[handtekening]' where the original has them, and the translator's initials
    and stamp at the foot; every page numbered 'blad n van 2'."""
    src = source_lang or "ro"
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(8, 120))
    g, s_, _ = _pp.make_professional(rng, "NL")
    rbtv = numstr(rng, 5)
    title, issuer, items = _rendered(person, src, "nl", of_type)
    p1, p2 = Sheet(), Sheet()
    for i, sh in enumerate((p1, p2)):
        block(sh, 0, 8, 210, 9, (222, 224, 228))
        put(sh, 16, 9.6, "BEËDIGDE VERTALING", f=AVANT_B, pt=10, sp=0.8)
        put(sh, 194, 10, f"{g} {s_} · Rbtv {rbtv}", f=AVANT, pt=8, at="right", col=DARK)
        put(sh, 105, 286, f"blad {i + 1} van 2", f=AVANT, pt=8, at="center", col=MID)
    frame(p1, 24, 40, 162, 118, lw=0.5)
    put(p1, 30, 46, "Verklaring van de beëdigd vertaler", f=AVANT_B, pt=12)
    txt1 = (f"Ondergetekende, {g} {s_}, beëdigd vertaler {_LANGNAME['nl'].get(src, src)}-Nederlands, ingeschreven in "
            f"het Register beëdigde tolken en vertalers onder nummer {rbtv}, verklaart dat de hierna volgende vertaling "
            f"een getrouwe en volledige vertaling is van het hem/haar voorgelegde document:\n\n"
            f"{title} ten name van {person.given_names} {person.surname}, geboren op {dnum(person.birth_date, '-')},"
            f"\nafgegeven door: {issuer}.\n\nDe vertaling is gemaakt van een kopie van het origineel.")
    y = flow(p1, 30, 56, 150, txt1, f=AVANT, pt=10, lead=1.5)
    put(p1, 30, y + 8, f"{rng.choice(['Utrecht', 'Rotterdam', 'Den Haag', 'Amsterdam'])}, {dword(issue, 'nl')}",
        f=AVANT, pt=10)
    autograph(p1, 104, y + 12, rng, w=40, h=12, col=BLUE_BIC)
    seal(p1, 120, y + 6, [f"{g[0]}. {s_}".upper(), "BEËDIGD VERTALER", f"RBTV {rbtv}"], rng, col=STAMP_BLUE, mm=28)
    put(p2, 16, 28, f"[Vertaling uit het {_LANGNAME['nl'].get(src, src)}]", f=CPRIME, pt=9.6, col=DARK)
    y = flow(p2, 16, 36, 178, issuer, f=CPRIME_B, pt=10, lead=1.4) + 2
    put(p2, 105, y, title.upper(), f=CPRIME_B, pt=11, at="center")
    y += 10
    for a, v in items:
        frame(p2, 16, y, 178, 12, lw=0.25, col=MID)
        put(p2, 18, y + 1, a, f=CPRIME, pt=7.8, col=DARK)
        putfit(p2, 18, y + 5.4, v, 172, f=CPRIME_B, pt=10)
        y += 12
    put(p2, 16, y + 6, "[stempel]   [handtekening van de ambtenaar]", f=CPRIME, pt=9.6, col=DARK)
    put(p2, 16, y + 18, "Voor eensluidende vertaling,", f=CPRIME, pt=9.6)
    autograph(p2, 16, y + 22, rng, w=22, h=8, col=BLUE_BIC, style="initials")
    seal(p2, 60, y + 16, [f"{g[0]}. {s_}".upper(), "BEËDIGD VERTALER", f"RBTV {rbtv}"], rng, col=STAMP_BLUE, mm=26)
    return [p1, p2]


_id._register("translation-be-traducteur-jure-bruxelles-lijst-legalisatie-fod-48", "translation", PART, "fr",
              translation_be, country="BEL",
              notes="French sworn translation from Brussels as a caption list, signature legalised by the FPS Justice")
_id._register("translation-nl-rbtv-verklaring-blad1-vakjes-blad2-48", "translation", PART, "nl", translation_nl,
              country="NLD", notes="Dutch sworn translation: certificate page, then the translation in boxes")
