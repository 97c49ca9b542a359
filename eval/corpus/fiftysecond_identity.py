"""Identity and civil-status families of the `fiftysecond` part (registered in identity.FAMILIES), and the part's own
small drawing kit that its 9ter and IND modules use.

Written by a writer who saw neither the validator nor its output, from the seeds, rules.md and how such papers look
in Belgian and Dutch files.  Each family's layout, wording and copy habit is described in its function's docstring
only (the part is read blind).

The part's 9ter applicants come from Nicaragua, Paraguay and Myanmar, its IND applicants from Guatemala, Namibia and
Chile (Chile in place of Botswana, which part thirtyninth already drew from).  Importing this module adds those six
countries to people.COUNTRIES / people.ORIGINS and the three 9ter countries to be9ter.COUNTRIES (with setdefault, new
keys only: no entry another part reads is changed).
"""

from __future__ import annotations

import datetime
import random
import zlib

from PIL import Image, ImageChops, ImageDraw, ImageFilter

from . import be9ter as _b9
from . import identity as _id
from . import mrz as M
from . import people as _pp
from .paper import Sheet
from .people import Person

PART = "fiftysecond"
D = datetime.date
TODAY = D(2026, 12, 1)

# =========================================================================== countries (new keys only)


def _c(a2, en, nl, fr, de, aen, anl, afr, ade):
    return dict(a2=a2, en=en, nl=nl, fr=fr, de=de, adj_en=aen, adj_nl=anl, adj_fr=afr, adj_de=ade)


_NEW_COUNTRIES = {
    "NIC": _c(
        "NI",
        "Nicaragua",
        "Nicaragua",
        "Nicaragua",
        "Nicaragua",
        "Nicaraguan",
        "Nicaraguaanse",
        "nicaraguayenne",
        "nicaraguanisch",
    ),
    "PRY": _c(
        "PY",
        "Paraguay",
        "Paraguay",
        "Paraguay",
        "Paraguay",
        "Paraguayan",
        "Paraguayaanse",
        "paraguayenne",
        "paraguayisch",
    ),
    "MMR": _c(
        "MM", "Myanmar", "Myanmar", "Myanmar", "Myanmar", "Myanmar", "Myanmarese", "birmane", "myanmarisch"
    ),
    "GTM": _c(
        "GT",
        "Guatemala",
        "Guatemala",
        "Guatemala",
        "Guatemala",
        "Guatemalan",
        "Guatemalteekse",
        "guatémaltèque",
        "guatemaltekisch",
    ),
    "NAM": _c(
        "NA", "Namibia", "Namibië", "Namibie", "Namibia", "Namibian", "Namibische", "namibienne", "namibisch"
    ),
    "CHL": _c("CL", "Chile", "Chili", "Chili", "Chile", "Chilean", "Chileense", "chilienne", "chilenisch"),
}
_NEW_ORIGINS = {
    "NIC": dict(
        m=["José Francisco", "Byron", "Danilo", "Róger", "Álvaro", "Maynor", "Yader", "Erick", "Francisco"],
        f=[
            "Martha Lorena",
            "Yahoska",
            "Karla",
            "Jessenia",
            "María José",
            "Scarleth",
            "Auxiliadora",
            "Fátima",
        ],
        s=[
            "Pérez Gutiérrez",
            "Rivas",
            "Obando",
            "Chamorro",
            "Téllez",
            "Sandino",
            "Mairena",
            "Lacayo Ortega",
            "Espinoza",
            "Zeledón",
            "Arauz",
            "Montenegro Blandón",
        ],
        places=[
            "Managua",
            "León",
            "Masaya",
            "Matagalpa",
            "Estelí",
            "Chinandega",
            "Granada",
            "Jinotega",
            "Rivas",
        ],
    ),
    "PRY": dict(
        m=["Derlis", "Osvaldo", "Celso", "Nelson Ramón", "Hugo", "Aníbal", "Cristhian", "Fidel", "Blas"],
        f=["Perla", "Liz Carolina", "Nidia", "Mirna", "Gladys", "Rossana", "Zunilda", "Lourdes", "Fátima"],
        s=[
            "Benítez",
            "Giménez",
            "Acosta Núñez",
            "Cáceres",
            "Duarte",
            "Villalba",
            "Ayala",
            "Ortiz",
            "Insfrán",
            "Cabañas",
            "Britez",
            "Riquelme Vera",
        ],
        places=[
            "Asunción",
            "Ciudad del Este",
            "Encarnación",
            "Luque",
            "San Lorenzo",
            "Concepción",
            "Caaguazú",
            "Pedro Juan Caballero",
            "Villarrica",
        ],
    ),
    "MMR": dict(
        m=["Aung Ko", "Kyaw Zin", "Min Thu", "Zaw Win", "Htet Naing", "Thura", "Soe Moe", "Ye Lin"],
        f=["Thandar", "Khin Mar", "Su Su", "Nilar", "Hnin Wai", "Ei Phyu", "May Thu", "Aye Chan"],
        s=["Htun", "Oo", "Win", "Aung", "Kyaw", "Lwin", "Myint", "Soe", "Naing", "Hlaing", "Thein", "Tun"],
        places=[
            "Yangon",
            "Mandalay",
            "Bago",
            "Mawlamyine",
            "Pathein",
            "Taunggyi",
            "Sittwe",
            "Myitkyina",
            "Monywa",
        ],
    ),
    "GTM": dict(
        m=[
            "Edgar Rolando",
            "Byron",
            "Wálter",
            "Selvin",
            "Otto René",
            "Mynor",
            "Érick",
            "Julio César",
            "Estuardo",
        ],
        f=[
            "Ingrid",
            "Mildred",
            "Sindy Maribel",
            "Heidy",
            "Brenda",
            "Lesbia",
            "Ana Beatriz",
            "Glenda",
            "Yolanda",
        ],
        s=[
            "Ajú",
            "Cojtí",
            "López Xicará",
            "Morales",
            "Barrios",
            "Cifuentes",
            "Tzul",
            "Castillo Orellana",
            "Monterroso",
            "Batz",
            "Alvarado",
            "Pérez Sajché",
        ],
        places=[
            "Ciudad de Guatemala",
            "Quetzaltenango",
            "Escuintla",
            "Cobán",
            "Huehuetenango",
            "Antigua Guatemala",
            "Chimaltenango",
            "Mazatenango",
            "Totonicapán",
        ],
    ),
    "NAM": dict(
        m=["Tjiuza", "Ndapewa", "Petrus", "Immanuel", "Shikongo", "Johannes", "Kaino", "Tangeni", "Hilma"],
        f=["Ndeshipanda", "Selma", "Martha", "Loide", "Ndapandula", "Frieda", "Aili", "Saara", "Hileni"],
        s=[
            "Amupolo",
            "Haufiku",
            "Nghipondoka",
            "Shilongo",
            "Tjivikua",
            "Kambonde",
            "Iipumbu",
            "Nakale",
            "Kavetuna",
            "Muundjua",
            "Shikongo",
            "Hangula",
        ],
        places=[
            "Windhoek",
            "Oshakati",
            "Rundu",
            "Walvis Bay",
            "Katima Mulilo",
            "Ondangwa",
            "Rehoboth",
            "Gobabis",
            "Keetmanshoop",
        ],
    ),
    "CHL": dict(
        m=["Matías", "Cristóbal", "Rodrigo Andrés", "Felipe", "Patricio", "Gonzalo", "Sebastián", "Claudio"],
        f=[
            "Constanza",
            "Francisca",
            "Javiera",
            "Catalina Paz",
            "Valentina",
            "Carolina",
            "Macarena",
            "Daniela",
        ],
        s=[
            "González Muñoz",
            "Rojas",
            "Soto",
            "Contreras",
            "Silva Araya",
            "Sepúlveda",
            "Fuentes",
            "Vergara",
            "Espinoza",
            "Tapia",
            "Carrasco Díaz",
            "Huenchumilla",
        ],
        places=[
            "Santiago",
            "Valparaíso",
            "Concepción",
            "Temuco",
            "Antofagasta",
            "La Serena",
            "Rancagua",
            "Talca",
            "Puerto Montt",
        ],
    ),
}
for _k, _v in _NEW_COUNTRIES.items():
    _pp.COUNTRIES.setdefault(_k, _v)
for _k, _v in _NEW_ORIGINS.items():
    _pp.ORIGINS.setdefault(_k, _v)


def _ins(en, fr, nl, de):
    return dict(insurance_en=en, insurance_fr=fr, insurance_nl=nl, insurance_de=de)


_B9_COUNTRIES = {
    "NIC": dict(
        capital="Managua",
        hospital="Hospital Escuela Antonio Lenín Fonseca, Managua",
        currency="NIO",
        wage="9 600 NIO",
        lang="fr",
        **_ins(
            "Only formal-sector workers are covered by the INSS; the public MINSA hospitals lack "
            "specialised medicines, which patients must buy in private pharmacies.",
            "Seuls les travailleurs du secteur formel sont couverts par l'INSS ; les hôpitaux publics du "
            "MINSA manquent de médicaments spécialisés, que les patients doivent acheter en pharmacie "
            "privée.",
            "Enkel werknemers in de formele sector zijn gedekt door het INSS; de openbare ziekenhuizen van "
            "het MINSA hebben geen gespecialiseerde geneesmiddelen, die patiënten zelf moeten kopen.",
            "Nur Beschäftigte im formellen Sektor sind beim INSS versichert; den staatlichen Kliniken des "
            "MINSA fehlen Spezialmedikamente, die Patienten privat kaufen müssen.",
        ),
    ),
    "PRY": dict(
        capital="Asunción",
        hospital="Hospital de Clínicas, San Lorenzo",
        currency="PYG",
        wage="2 800 000 PYG",
        lang="fr",
        **_ins(
            "The Instituto de Previsión Social covers salaried workers only; in public hospitals long "
            "waiting lists and stock-outs of chronic medication are reported.",
            "L'Instituto de Previsión Social ne couvre que les salariés ; dans les hôpitaux publics, les "
            "listes d'attente sont longues et les ruptures de stock de traitements chroniques fréquentes.",
            "Het Instituto de Previsión Social dekt enkel loontrekkenden; in openbare ziekenhuizen zijn de "
            "wachtlijsten lang en is chronische medicatie vaak niet voorradig.",
            "Das Instituto de Previsión Social versichert nur Angestellte; in staatlichen Kliniken sind "
            "Wartelisten lang und Dauermedikamente oft nicht vorrätig.",
        ),
    ),
    "MMR": dict(
        capital="Naypyidaw",
        hospital="Yangon General Hospital",
        currency="MMK",
        wage="180 000 MMK",
        lang="fr",
        **_ins(
            "There is no health insurance for the general population; since 2021 the public health "
            "system has largely broken down and specialised care is paid out of pocket.",
            "Il n'existe pas d'assurance maladie pour la population générale ; depuis 2021 le système de "
            "santé public s'est en grande partie effondré et les soins spécialisés sont à charge du "
            "patient.",
            "Er bestaat geen ziekteverzekering voor de bevolking; sinds 2021 is de openbare "
            "gezondheidszorg grotendeels ingestort en betaalt de patiënt gespecialiseerde zorg zelf.",
            "Es gibt keine Krankenversicherung für die Bevölkerung; seit 2021 ist das öffentliche "
            "Gesundheitssystem weitgehend zusammengebrochen, Fachbehandlung wird selbst bezahlt.",
        ),
    ),
}
for _k, _v in _B9_COUNTRIES.items():
    _b9.COUNTRIES.setdefault(_k, {**_NEW_COUNTRIES[_k], **_v})
    _b9._EN2A3.setdefault(_NEW_COUNTRIES[_k]["en"].lower(), _k)

# =========================================================================== the kit: faces, inks, helpers

_T = "/usr/share/fonts/truetype"
_U = "/usr/share/fonts/opentype/urw-base35"
BOOK, BOOK_B, BOOK_I = (
    f"{_U}/URWBookman-Light.otf",
    f"{_U}/URWBookman-Demi.otf",
    f"{_U}/URWBookman-LightItalic.otf",
)
NROM, NROM_B, NROM_I = (
    f"{_U}/NimbusRoman-Regular.otf",
    f"{_U}/NimbusRoman-Bold.otf",
    f"{_U}/NimbusRoman-Italic.otf",
)
NSAN, NSAN_B = f"{_U}/NimbusSans-Regular.otf", f"{_U}/NimbusSans-Bold.otf"
NNAR, NNAR_B = f"{_U}/NimbusSansNarrow-Regular.otf", f"{_U}/NimbusSansNarrow-Bold.otf"
NMONO, NMONO_B = f"{_U}/NimbusMonoPS-Regular.otf", f"{_U}/NimbusMonoPS-Bold.otf"
CHANC = f"{_U}/Z003-MediumItalic.otf"
GOTH, GOTH_B = f"{_U}/URWGothic-Book.otf", f"{_U}/URWGothic-Demi.otf"
PAL, PAL_B, PAL_I = f"{_U}/P052-Roman.otf", f"{_U}/P052-Bold.otf", f"{_U}/P052-Italic.otf"
DSC, DSC_B = f"{_T}/dejavu/DejaVuSansCondensed.ttf", f"{_T}/dejavu/DejaVuSansCondensed-Bold.ttf"
DSER, DSER_B = f"{_T}/dejavu/DejaVuSerif.ttf", f"{_T}/dejavu/DejaVuSerif-Bold.ttf"
FSER, FSER_B = f"{_T}/freefont/FreeSerif.ttf", f"{_T}/freefont/FreeSerifBold.ttf"
FMONO_B = f"{_T}/freefont/FreeMonoBold.ttf"
LNAR, LNAR_B = (
    f"{_T}/liberation/LiberationSansNarrow-Regular.ttf",
    f"{_T}/liberation/LiberationSansNarrow-Bold.ttf",
)
LMONO = f"{_T}/liberation/LiberationMono-Regular.ttf"
OCRB = f"{_T}/dejavu/DejaVuSansMono-Bold.ttf"
HAND1 = f"{_T}/kristi/Kristi.ttf"
HAND2 = f"{_T}/breip/Breip.ttf"
HAND3 = f"{_T}/fifthhorseman/dkg.ttf"
HAND4 = f"{_T}/humor-sans/Humor-Sans.ttf"

BLACK = (0, 0, 0)
GR1, GR2, GR3 = (64, 66, 70), (128, 130, 134), (196, 198, 200)
INK_B, INK_K = (18, 44, 150), (34, 34, 40)
STB, STV, STR, STG = (52, 72, 160), (104, 44, 130), (176, 36, 40), (36, 104, 80)


def h32(*parts) -> int:
    return zlib.crc32("~".join(str(p) for p in parts).encode())


def tx(sh: Sheet, x, y, s, *, f=NSAN, pt=10.0, col=BLACK, at="left", sp=0.0) -> float:
    return sh.text(x, y, s, font=f, size_pt=pt, color=col, anchor=at, letter_spacing=sp)


def wid(s, f=NSAN, pt=10.0) -> float:
    from .paper import text_width_mm

    return text_width_mm(s, font=f, size_pt=pt)


def para(sh: Sheet, x, y, w, s, *, f=NROM, pt=10.5, lead=1.35, al="left") -> float:
    return sh.paragraph(x, y, w, s, font=f, size_pt=pt, leading=lead, align=al)


def pen(sh: Sheet, x, y, s, rng, *, f=HAND3, pt=12.0, col=INK_B) -> float:
    return sh.handwriting(x, y, s, rng, size_pt=pt, color=col, font=f)


def box(sh: Sheet, x, y, w, h, *, lw=0.25, col=BLACK, fill=None) -> None:
    sh.rect(x, y, w, h, width_mm=lw, color=col, fill=fill)


def hl(sh: Sheet, x1, y1, x2, y2, *, lw=0.2, col=BLACK, dash=None) -> None:
    sh.rule(x1, y1, x2, y2, width_mm=lw, color=col, dash=dash)


def sig(sh: Sheet, x, y, rng, *, w=38, h=14, col=INK_B) -> None:
    sh.signature(x, y, w, h, rng, color=col)


def seal(sh: Sheet, x, y, lines, rng, *, shape="round", col=STB, mm=30.0) -> None:
    sh.stamp(x, y, lines, rng, shape=shape, color=col, size_mm=mm)


MONTHS = {
    "es": [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
    "tr": [
        "Ocak",
        "Şubat",
        "Mart",
        "Nisan",
        "Mayıs",
        "Haziran",
        "Temmuz",
        "Ağustos",
        "Eylül",
        "Ekim",
        "Kasım",
        "Aralık",
    ],
}


def mname(m: int, lang: str) -> str:
    if lang in MONTHS:
        return MONTHS[lang][m - 1]
    return _pp.month_name(m, lang)


def dword(d: D, lang: str) -> str:
    if lang == "en":
        return f"{d.day} {mname(d.month, 'en')} {d.year}"
    if lang == "es":
        return f"{d.day} de {mname(d.month, 'es')} de {d.year}"
    if lang == "de":
        return f"{d.day}. {mname(d.month, 'de')} {d.year}"
    return f"{d.day} {mname(d.month, lang)} {d.year}"


def dnum(d: D, sep="/", order="dmy") -> str:
    if order == "ymd":
        return f"{d.year}{sep}{d.month:02d}{sep}{d.day:02d}"
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def ddmon(d: D) -> str:
    """Passport style: 07 MAR 1984."""
    return f"{d.day:02d} {mname(d.month, 'en')[:3].upper()} {d.year}"


def nums(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def father_of(p: Person) -> str:
    return p.father or f"{p.given_names.split()[0]} {p.surname}"


def mother_of(p: Person) -> str:
    return p.mother or "-"


def cname(code_or_en: str, lang: str) -> str:
    return _pp.country_name(code_or_en, lang)


def nat_adj(code: str, lang: str) -> str:
    return _pp.nationality_adj(code, lang)


def sexw(p: Person, lang: str) -> str:
    return {
        "en": ("Male", "Female"),
        "es": ("Masculino", "Femenino"),
        "fr": ("masculin", "féminin"),
        "nl": ("mannelijk", "vrouwelijk"),
        "tr": ("Erkek", "Kadın"),
        "de": ("männlich", "weiblich"),
    }[lang][0 if p.sex == "M" else 1]


def raster(sh: Sheet, dpi: int = 200) -> Image.Image:
    return sh.render(dpi).convert("RGB")


def img_sheet(img: Image.Image, w=210.0, h=297.0) -> Sheet:
    s = Sheet(w, h)
    s.image(0, 0, w, h, img)
    return s


def toned(sh: Sheet, tone=(240, 236, 224), blur=0.4, dpi=170) -> Sheet:
    """The page multiplied with a paper tone (recycled or old paper, copied)."""
    img = raster(sh, dpi)
    img = ImageChops.multiply(img, Image.new("RGB", img.size, tone))
    if blur:
        img = img.filter(ImageFilter.GaussianBlur(blur))
    return img_sheet(img, sh.width_mm, sh.height_mm)


def copier_edge(sh: Sheet, rng: random.Random, side="right", dpi=170) -> Sheet:
    """A photocopy whose lid was not closed: a dark band along one edge and a grey cast."""
    img = raster(sh, dpi)
    d = ImageDraw.Draw(img, "RGBA")
    w, h = img.size
    band = int(w * rng.uniform(0.025, 0.045))
    for i in range(band):
        a = int(200 * (1 - i / band))
        if side == "right":
            d.line([(w - 1 - i, 0), (w - 1 - i, h)], fill=(30, 30, 34, a))
        else:
            d.line([(0, h - 1 - i), (w, h - 1 - i)], fill=(30, 30, 34, a))
    img = ImageChops.multiply(img, Image.new("RGB", img.size, (236, 236, 236)))
    return img_sheet(img, sh.width_mm, sh.height_mm)


def punched(sh: Sheet, rng: random.Random) -> Sheet:
    """Two filing-punch holes shadowed at the left margin (a page copied out of a ring binder)."""
    for y in (108.0, 188.0):
        sh.rect(7, y + rng.uniform(-1, 1), 6, 6, width_mm=0, fill=(52, 52, 56))
    return sh


def card_on_a4(card: Sheet, rng: random.Random, *, x=26.0, y=30.0, k=1.0, deg=0.0) -> tuple[Sheet, float]:
    """A card or booklet page photocopied onto an A4 sheet; returns the sheet and the bottom of the copy."""
    sh = Sheet(210, 297)
    img = raster(card, 300)
    if deg:
        img = img.convert("RGBA").rotate(
            deg, expand=True, resample=Image.BICUBIC, fillcolor=(255, 255, 255, 0)
        )
        bg = Image.new("RGB", img.size, (255, 255, 255))
        bg.paste(img, mask=img.split()[3])
        img = bg
    w = card.width_mm * k
    h = w * img.height / img.width
    sh.image(x, y, w, h, img)
    return sh, y + h


def waves(w, h, rng, bg, ink, n=14, step=3.0) -> Image.Image:
    """A security background of sine waves (passport data pages)."""
    import math

    k = 6
    img = Image.new("RGB", (int(w * k), int(h * k)), bg)
    d = ImageDraw.Draw(img)
    ph = rng.uniform(0, 6.28)
    for i in range(n):
        y0 = (i + 0.5) * h / n
        pts = [(x, (y0 + step * math.sin(x / (9 + i % 4) + ph + i)) * k) for x in range(0, int(w * k), 4)]
        pts = [(px, py) for px, py in pts]
        d.line(pts, fill=ink, width=2)
    return img


def mrz_rows(sh: Sheet, x, y, rows, *, pt=10.2, gap=4.4, f=OCRB, col=(20, 20, 20)) -> None:
    for i, r in enumerate(rows):
        tx(sh, x, y + i * gap, r, f=f, pt=pt, col=col)


def _dates(rng, issue, expiry, years=10):
    if expiry is None:
        expiry = TODAY + datetime.timedelta(days=rng.randint(280, 2600))
    if issue is None:
        issue = D(expiry.year - years, expiry.month, min(expiry.day, 28)) + datetime.timedelta(days=1)
    return issue, expiry


def _td3(p: Person, code: str, number: str, expiry: D, break_check=None, mrz_override=None) -> list[str]:
    o = dict(
        surname=p.surname,
        given_names=p.given_names,
        birth_date=p.birth_date,
        nationality=code,
        sex=p.sex,
        number=number,
    )
    o.update(mrz_override or {})
    return M.td3(
        issuing=code,
        surname=o["surname"],
        given=o["given_names"],
        number=o["number"],
        nationality=o["nationality"],
        birth_date=o["birth_date"],
        sex=o["sex"],
        expiry=expiry,
        break_check=break_check,
    )


# =========================================================================== passports (TD3)

# country: header lines, caption languages, colours, number pattern, layout of the copy
_PP = {
    "NIC": dict(
        head=["REPÚBLICA DE NICARAGUA"],
        title="PASAPORTE / PASSPORT / PASSEPORT",
        langs=("es", "en", "fr"),
        bg=(236, 240, 250),
        ink=(196, 208, 236),
        acc=(18, 60, 140),
        pre="C",
        nd=8,
        layout="stacked",
        auth="DIRECCIÓN GENERAL DE MIGRACIÓN Y EXTRANJERÍA",
    ),
    "PRY": dict(
        head=["REPÚBLICA DEL PARAGUAY", "MERCOSUR"],
        title="PASAPORTE / PASSPORT",
        langs=("es", "en"),
        bg=(246, 238, 232),
        ink=(226, 204, 196),
        acc=(150, 30, 40),
        pre="R",
        nd=7,
        layout="inline",
        auth="POLICÍA NACIONAL - DEPTO. DE IDENTIFICACIONES",
    ),
    "MMR": dict(
        head=["REPUBLIC OF THE UNION OF MYANMAR"],
        title="PASSPORT",
        langs=("en",),
        bg=(238, 246, 238),
        ink=(200, 226, 204),
        acc=(20, 100, 60),
        pre="MH",
        nd=6,
        layout="right",
        auth="MINISTRY OF HOME AFFAIRS, NAY PYI TAW",
    ),
    "GTM": dict(
        head=["REPÚBLICA DE GUATEMALA", "CENTRO AMÉRICA"],
        title="PASAPORTE / PASSPORT / PASSEPORT",
        langs=("es", "en", "fr"),
        bg=(234, 244, 250),
        ink=(190, 220, 238),
        acc=(20, 90, 150),
        pre="",
        nd=9,
        layout="stacked",
        auth="INSTITUTO GUATEMALTECO DE MIGRACIÓN",
    ),
    "NAM": dict(
        head=["REPUBLIC OF NAMIBIA"],
        title="PASSPORT",
        langs=("en",),
        bg=(240, 236, 246),
        ink=(214, 204, 232),
        acc=(40, 50, 120),
        pre="P",
        nd=7,
        layout="right",
        auth="MINISTRY OF HOME AFFAIRS, IMMIGRATION, SAFETY AND SECURITY",
    ),
    "CHL": dict(
        head=["REPÚBLICA DE CHILE"],
        title="PASAPORTE / PASSPORT",
        langs=("es", "en"),
        bg=(244, 244, 236),
        ink=(216, 216, 196),
        acc=(40, 40, 110),
        pre="F",
        nd=8,
        layout="inline",
        auth="SERVICIO DE REGISTRO CIVIL E IDENTIFICACIÓN",
    ),
    "SUR": dict(
        head=["REPUBLIEK SURINAME"],
        title="PASPOORT / PASSPORT",
        langs=("nl", "en"),
        bg=(238, 246, 240),
        ink=(206, 230, 212),
        acc=(0, 100, 60),
        pre="R",
        nd=7,
        layout="inline",
        auth="MINISTERIE VAN BINNENLANDSE ZAKEN - CBB",
    ),
}
_CAPS = {
    "es": dict(
        sn="Apellidos",
        gn="Nombres",
        nat="Nacionalidad",
        bd="Fecha de nacimiento",
        sx="Sexo",
        bp="Lugar de nacimiento",
        iss="Fecha de expedición",
        exp="Fecha de vencimiento",
        no="Pasaporte No.",
        au="Autoridad",
        ty="Tipo",
        cc="Código",
    ),
    "en": dict(
        sn="Surname",
        gn="Given names",
        nat="Nationality",
        bd="Date of birth",
        sx="Sex",
        bp="Place of birth",
        iss="Date of issue",
        exp="Date of expiry",
        no="Passport No.",
        au="Authority",
        ty="Type",
        cc="Code",
    ),
    "fr": dict(
        sn="Nom",
        gn="Prénoms",
        nat="Nationalité",
        bd="Date de naissance",
        sx="Sexe",
        bp="Lieu de naissance",
        iss="Date de délivrance",
        exp="Date d'expiration",
        no="N° du passeport",
        au="Autorité",
        ty="Type",
        cc="Code",
    ),
    "nl": dict(
        sn="Naam",
        gn="Voornamen",
        nat="Nationaliteit",
        bd="Geboortedatum",
        sx="Geslacht",
        bp="Geboorteplaats",
        iss="Datum van afgifte",
        exp="Geldig tot",
        no="Paspoortnr.",
        au="Instantie",
        ty="Type",
        cc="Code",
    ),
}


def _cap(key, langs):
    return " / ".join(_CAPS[lg][key] for lg in langs)


def _passport(code: str):
    P = _PP[code]

    def make(
        person: Person,
        rng,
        *,
        issue_date=None,
        expiry_date=None,
        break_check=None,
        mrz_override=None,
        crop=False,
        annotate=None,
        **opts,
    ):
        iss, exp = _dates(rng, issue_date, expiry_date, 10 if code in ("NIC", "GTM", "CHL") else 5)
        number = P["pre"] + nums(rng, P["nd"])
        lines = _td3(person, code, number, exp, break_check, mrz_override)
        W_, H_ = 125.0, 88.0
        pg = Sheet(W_, H_)
        pg.image(0, 0, W_, H_, waves(W_, H_, rng, P["bg"], P["ink"]))
        langs = P["langs"]
        for j, ln in enumerate(P["head"]):
            tx(pg, W_ / 2, 3 + j * 3.6, ln, f=NSAN_B, pt=7.5, at="center", col=P["acc"])
        tx(pg, W_ / 2, 3 + len(P["head"]) * 3.6, P["title"], f=NSAN, pt=6.2, at="center", col=P["acc"])
        rows = [
            ("ty", "P"),
            ("cc", code),
            ("no", number),
            ("sn", person.surname.upper()),
            ("gn", person.given_names.upper()),
            ("nat", nat_adj(code, "en").upper() if code != "SUR" else "SURINAAMSE"),
            ("bd", ddmon(person.birth_date)),
            ("sx", person.sex),
            ("bp", f"{person.birth_place.upper()}"[:26]),
            ("iss", ddmon(iss)),
            ("exp", ddmon(exp)),
            ("au", P["auth"][:34]),
        ]
        top = 8 + len(P["head"]) * 3.6
        if P["layout"] == "right":
            pg.photo(W_ - 36, top + 2, 30, 38, rng)
            x0, colw = 5.0, 80.0
        else:
            pg.photo(5, top + 2, 30, 38, rng)
            x0, colw = 39.0, 82.0
        y = top + 1
        if P["layout"] == "inline":
            # label and value on one line, two columns for the short fields
            for k, v in rows:
                tx(pg, x0, y, _cap(k, langs) + ":", f=NNAR, pt=4.6, col=GR1)
                tx(pg, x0 + 40, y - 0.4, v, f=NSAN_B, pt=6.8)
                y += 4.1
        else:
            pairs = [
                rows[i : i + 2] if rows[i][0] in ("ty", "bd", "iss") else [rows[i]] for i in range(len(rows))
            ]
            skip = set()
            for i, grp in enumerate(pairs):
                if i in skip:
                    continue
                if len(grp) == 2:
                    skip.add(i + 1)
                for j, (k, v) in enumerate(grp):
                    xx = x0 + j * colw / 2
                    tx(pg, xx, y, _cap(k, langs[:2]), f=NNAR, pt=4.3, col=GR1)
                    tx(pg, xx, y + 1.9, v, f=NSAN_B, pt=6.6)
                y += 5.4
        sig(pg, 6 if P["layout"] != "right" else W_ - 40, top + 42, rng, w=28, h=8, col=INK_K)
        mrz_rows(pg, 4, H_ - 12.5, lines, pt=8.6, gap=4.6)
        if crop:
            return [pg]
        k = rng.uniform(1.15, 1.32)
        if P["layout"] == "right":
            # the whole open booklet copied: a blank visa page above the data page, the sheet turned on the glass
            bk = Sheet(W_, H_ * 2 + 2)
            bk.rect(0, 0, W_, H_, width_mm=0, fill=(246, 246, 242))
            tx(bk, W_ / 2, H_ / 2 - 2, "VISAS", f=NSAN, pt=9, at="center", col=GR3, sp=2.0)
            bk.image(0, H_ + 2, W_, H_, raster(pg, 300))
            sh, _ = card_on_a4(bk, rng, x=30, y=18, k=1.15, deg=rng.uniform(-1.2, 1.2))
        else:
            sh, bot = card_on_a4(
                pg, rng, x=rng.uniform(16, 30), y=rng.uniform(26, 60), k=k, deg=rng.uniform(-2.0, 2.0)
            )
            if code in ("NIC", "GTM"):
                tx(sh, 24, min(bot + 12, 270), "ES COPIA FIEL DEL ORIGINAL", f=NMONO_B, pt=9, col=STV)
                seal(
                    sh,
                    120,
                    min(bot + 4, 250),
                    ["CONSULADO", "BRUSELAS", P["head"][0][:22]],
                    rng,
                    col=STV,
                    mm=28,
                )
        if annotate:
            pen(sh, 130, 280, annotate, rng, f=HAND4, pt=10)
        return [sh]

    make.__doc__ = (
        f"{code} passport data page: sine-wave security ground, caption languages {'/'.join(P['langs'])}, layout "
        f"'{P['layout']}' (stacked: caption above value with short fields paired; inline: caption and value on one "
        f"line; right: photo at the right, copied as the whole open booklet with a blank visa page above), MRZ in a "
        f"bold mono face; Central-American ones certified as true copies by the consulate's violet stamp."
    )
    return make


_PPLANG = {
    "NIC": "es/en/fr",
    "PRY": "es/en",
    "MMR": "en",
    "GTM": "es/en/fr",
    "NAM": "en",
    "CHL": "es/en",
    "SUR": "nl/en",
}
_PPID = {
    "NIC": "passport-nic-golvende-grond-drietalig-consulaatstempel-52",
    "PRY": "passport-pry-kopje-en-waarde-op-een-regel-52",
    "MMR": "passport-mmr-foto-rechts-open-boekje-visumblad-52",
    "GTM": "passport-gtm-drietalig-paren-getrouwe-kopie-52",
    "NAM": "passport-nam-foto-rechts-open-boekje-52",
    "CHL": "passport-chl-kopje-en-waarde-smal-52",
    "SUR": "passport-sur-tweetalig-kopje-op-regel-52",
}
for _cc, _fid in _PPID.items():
    _id._register(
        _fid,
        "identity-document",
        PART,
        _PPLANG[_cc],
        _passport(_cc),
        country=_cc,
        mrz="TD3",
        photo=True,
        notes=f"{_cc} passport",
    )


def idcard_pry(
    person: Person,
    rng,
    *,
    issue_date=None,
    expiry_date=None,
    break_check=None,
    mrz_override=None,
    crop=False,
    annotate=None,
    **opts,
):
    """Paraguayan identity card ('CÉDULA DE IDENTIDAD', bilingual captions Spanish/English), polycarbonate look with a
    pale red-blue gradient, front and back copied SIDE BY SIDE on the upper half of an A4 in landscape and the sheet
    scanned upright; TD1 machine-readable zone on the back; the holder's thumbprint box on the back."""
    iss, exp = _dates(rng, issue_date, expiry_date, 10)
    number = nums(rng, 7)
    o = dict(
        surname=person.surname,
        given_names=person.given_names,
        birth_date=person.birth_date,
        nationality="PRY",
        sex=person.sex,
        number=number,
    )
    o.update(mrz_override or {})
    lines = M.td1(
        issuing="PRY",
        surname=o["surname"],
        given=o["given_names"],
        number=o["number"],
        nationality=o["nationality"],
        birth_date=o["birth_date"],
        sex=o["sex"],
        expiry=exp,
        break_check=break_check,
    )
    W_, H_ = 85.6, 54.0
    fr = Sheet(W_, H_)
    fr.image(0, 0, W_, H_, waves(W_, H_, rng, (246, 236, 238), (222, 206, 230), n=10, step=2))
    fr.rect(0, 0, W_, 7, width_mm=0, fill=(170, 30, 40))
    tx(fr, 3, 1.4, "REPÚBLICA DEL PARAGUAY", f=NSAN_B, pt=6.5, col=(255, 255, 255))
    tx(
        fr,
        W_ - 3,
        1.6,
        "CÉDULA DE IDENTIDAD / IDENTITY CARD",
        f=NNAR,
        pt=4.5,
        col=(255, 255, 255),
        at="right",
    )
    fr.photo(3, 10, 22, 28, rng)
    rows = [
        ("APELLIDOS / SURNAME", person.surname.upper()),
        ("NOMBRES / GIVEN NAMES", person.given_names.upper()),
        ("FECHA DE NACIMIENTO / DATE OF BIRTH", dnum(person.birth_date, "-")),
        ("LUGAR DE NACIMIENTO / PLACE OF BIRTH", person.birth_place.upper()[:24]),
        ("SEXO / SEX", person.sex),
        ("VENCIMIENTO / EXPIRY", dnum(exp, "-")),
    ]
    y = 9
    for a, v in rows:
        tx(fr, 28, y, a, f=NNAR, pt=3.6, col=GR1)
        tx(fr, 28, y + 1.6, v, f=NSAN_B, pt=5.8)
        y += 5.7
    tx(fr, 3, 40, "N° " + f"{int(number):,}".replace(",", "."), f=NSAN_B, pt=9, col=(170, 30, 40))
    sig(fr, 3, 45, rng, w=20, h=6, col=INK_K)
    bk = Sheet(W_, H_)
    bk.image(0, 0, W_, H_, waves(W_, H_, rng, (240, 240, 246), (214, 214, 232), n=8, step=2))
    tx(bk, 3, 3, f"EXPEDICIÓN / ISSUE: {dnum(iss, '-')}", f=NNAR, pt=5)
    tx(bk, 3, 6.5, "NACIONALIDAD / NATIONALITY: PARAGUAYA", f=NNAR, pt=5)
    tx(bk, 3, 10, f"PADRE: {father_of(person).upper()[:30]}", f=NNAR, pt=4.6)
    tx(bk, 3, 13, f"MADRE: {mother_of(person).upper()[:30]}", f=NNAR, pt=4.6)
    box(bk, W_ - 20, 2, 16, 18, lw=0.2, col=GR2)
    tx(bk, W_ - 12, 20.5, "PULGAR", f=NNAR, pt=3.6, at="center", col=GR2)
    mrz_rows(bk, 3, H_ - 17, lines, pt=7.0, gap=4.6)
    if crop:
        return [fr, bk]
    lay = Sheet(297, 210)
    lay.image(18, 20, W_ * 1.4, H_ * 1.4, raster(fr, 300))
    lay.image(18 + W_ * 1.4 + 12, 20, W_ * 1.4, H_ * 1.4, raster(bk, 300))
    img = raster(lay, 200).rotate(90, expand=True)
    sh = img_sheet(img)
    if annotate:
        pen(sh, 20, 282, annotate, rng, f=HAND4, pt=10)
    return [sh]


_id._register(
    "idcard-pry-cedula-voor-achter-naast-elkaar-liggend-52",
    "identity-document",
    PART,
    "es/en",
    idcard_pry,
    country="PRY",
    mrz="TD1",
    photo=True,
    notes="Paraguayan identity card",
)


def permit_nld(
    person: Person,
    rng,
    *,
    issue_date=None,
    expiry_date=None,
    v_number=None,
    purpose=None,
    break_check=None,
    mrz_override=None,
    crop=False,
    annotate=None,
    **opts,
):
    """Dutch residence document ('VERBLIJFSDOCUMENT') front and back, each enlarged to half a page and copied one
    UNDER the other on a grey-cast sheet, the front's purpose line ('Verblijfsvergunning regulier bepaalde tijd' and
    the purpose) printed in the remarks field, the V-number on the back."""
    iss, exp = _dates(rng, issue_date, expiry_date, 5)
    number = "".join(rng.choice("BCDFGHJKLMNPRSTVWXZ") for _ in range(2)) + nums(rng, 7)
    lines = M.td1(
        issuing="NLD",
        surname=person.surname,
        given=person.given_names,
        number=number,
        nationality=person.nationality,
        birth_date=person.birth_date,
        sex=person.sex,
        expiry=exp,
        break_check=break_check,
    )
    W_, H_ = 85.6, 54.0
    fr = Sheet(W_, H_)
    fr.image(0, 0, W_, H_, waves(W_, H_, rng, (244, 238, 230), (230, 214, 196), n=9, step=1.6))
    tx(fr, 3, 2, "KONINKRIJK DER NEDERLANDEN", f=NSAN_B, pt=5.5, col=(40, 40, 110))
    tx(fr, 3, 5, "VERBLIJFSDOCUMENT", f=NSAN_B, pt=7, col=(150, 60, 20))
    fr.photo(3, 10, 21, 27, rng)
    rows = [
        ("Naam", person.surname.upper()),
        ("Voornamen", person.given_names.upper()),
        ("Geldig tot", dnum(exp, ".")),
        ("Soort", "VERBLIJFSVERGUNNING REGULIER BEPAALDE TIJD"),
        ("Opmerkingen", (purpose or "verblijf bij partner").upper()),
    ]
    y = 10
    for a, v in rows:
        tx(fr, 27, y, a, f=NNAR, pt=3.8, col=GR1)
        tx(fr, 27, y + 1.7, v[:40], f=NNAR_B, pt=5.0)
        y += 5.6
    bk = Sheet(W_, H_)
    bk.image(0, 0, W_, H_, waves(W_, H_, rng, (238, 240, 246), (210, 214, 232), n=8, step=1.6))
    tx(
        bk,
        3,
        3,
        f"Geboortedatum {dnum(person.birth_date, '.')}   Geslacht {'M' if person.sex == 'M' else 'V'}",
        f=NNAR,
        pt=5,
    )
    tx(bk, 3, 7, f"Nationaliteit {nat_adj(person.nationality, 'nl')}", f=NNAR, pt=5)
    tx(bk, 3, 11, f"V-nummer {v_number or person.v_number or ''}", f=NNAR_B, pt=5.4)
    tx(bk, 3, 15, f"Afgiftedatum {dnum(iss, '.')}   IND", f=NNAR, pt=5)
    mrz_rows(bk, 3, H_ - 17, lines, pt=7.0, gap=4.6)
    if crop:
        return [fr, bk]
    sh = Sheet(210, 297)
    sh.image(34, 24, W_ * 1.65, H_ * 1.65, raster(fr, 300))
    sh.image(34, 24 + H_ * 1.65 + 14, W_ * 1.65, H_ * 1.65, raster(bk, 300))
    sh = toned(sh, (226, 226, 228), 0.3)
    if annotate:
        pen(sh, 40, 270, annotate, rng, f=HAND4, pt=10)
    return [sh]


_id._register(
    "permit-nld-vvr-voor-boven-achter-onder-grijs-52",
    "identity-document",
    PART,
    "nl",
    permit_nld,
    country="NLD",
    mrz="TD1",
    photo=True,
    notes="Dutch residence document",
)


# =========================================================================== civil-status acts


def _iss(rng, issue_date, lo=30, hi=600):
    return issue_date or TODAY - datetime.timedelta(days=rng.randint(lo, hi))


def _act(person: Person, rng, act_date):
    return act_date or person.birth_date + datetime.timedelta(days=rng.randint(4, 50))


def birth_mmr(person: Person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Myanmar 'BIRTH CERTIFICATE' (Department of Public Health, township health office), English side of the form:
    a box-ruled grid of numbered entries (1. Name of child ... 9. Registered by), the township medical officer's
    signature at the bottom RIGHT under a round green seal, the registration number in a box at the top RIGHT, the
    sheet copied with a dark band along its right edge (lid open)."""
    iss = _iss(rng, issue_date)
    act = _act(person, rng, act_date)
    sh = Sheet(210, 297)
    tx(sh, 105, 16, "THE REPUBLIC OF THE UNION OF MYANMAR", f=BOOK_B, pt=11, at="center")
    tx(sh, 105, 23, "MINISTRY OF HEALTH - DEPARTMENT OF PUBLIC HEALTH", f=BOOK, pt=9, at="center")
    tx(sh, 105, 34, "BIRTH CERTIFICATE", f=BOOK_B, pt=17, at="center", sp=1.2)
    box(sh, 150, 44, 44, 12, lw=0.4)
    tx(sh, 152, 45.5, "Registration No.", f=BOOK, pt=7, col=GR1)
    tx(sh, 152, 50, f"{rng.randint(1, 14)}/{nums(rng, 5)}/{act.year}", f=BOOK_B, pt=9)
    rows = [
        ("Name of child", person.full_name.upper()),
        ("Sex", sexw(person, "en")),
        ("Date of birth", dword(person.birth_date, "en")),
        ("Place of birth", f"{person.birth_place} Township, {cname(person.birth_country, 'en')}"),
        ("Name of father", father or father_of(person)),
        ("Nationality / religion of father", "Myanmar"),
        ("Name of mother", mother or mother_of(person)),
        ("Date of registration", dword(act, "en")),
        ("Registered by", "Township Medical Officer"),
    ]
    y = 62
    for i, (a, v) in enumerate(rows, 1):
        box(sh, 16, y, 178, 12, lw=0.3)
        hl(sh, 88, y, 88, y + 12, lw=0.3)
        tx(sh, 19, y + 3.5, f"{i}.  {a}", f=BOOK, pt=9.5)
        tx(sh, 92, y + 3.2, v, f=NMONO_B, pt=10.5)
        y += 12
    tx(sh, 16, y + 10, f"Issued on {dword(iss, 'en')} as a true extract of the register.", f=BOOK, pt=9.5)
    seal(
        sh,
        128,
        y + 14,
        ["TOWNSHIP HEALTH DEPARTMENT", person.birth_place.upper()[:14], "MYANMAR"],
        rng,
        col=STG,
        mm=32,
    )
    sig(sh, 140, y + 24, rng, col=INK_K)
    tx(sh, 138, y + 42, "Township Medical Officer", f=BOOK, pt=9)
    return [copier_edge(sh, rng)]


def birth_bel(person: Person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Belgian 'EXTRAIT D'ACTE DE NAISSANCE' printed from the civil-status database (BAEC) by a Walloon commune: the
    commune's name and 'Service Population - État civil' at the top LEFT, the act reference at the RIGHT, data as two
    columns of label and value without ruling, the officer's printed name with a facsimile signature, the commune's
    oval stamp at the LEFT over the foot."""
    iss = _iss(rng, issue_date, 10, 200)
    act = _act(person, rng, act_date)
    place = person.birth_place if person.birth_country in ("Belgium", "Belgique") else person.birth_place
    sh = Sheet(210, 297)
    tx(sh, 20, 16, f"Commune de {place}", f=GOTH_B, pt=12)
    tx(sh, 20, 22, "Service Population - État civil", f=GOTH, pt=9, col=GR1)
    tx(sh, 190, 16, f"Acte n° {act.year}/{rng.randint(100, 2400)}", f=GOTH, pt=9, at="right")
    tx(sh, 190, 21, f"Réf. BAEC {nums(rng, 10)}", f=GOTH, pt=8, at="right", col=GR1)
    tx(sh, 105, 42, "EXTRAIT D'ACTE DE NAISSANCE", f=GOTH_B, pt=15, at="center")
    rows = [
        ("Nom", person.surname),
        ("Prénom(s)", person.given_names),
        ("Sexe", sexw(person, "fr")),
        ("Date de naissance", dword(person.birth_date, "fr")),
        ("Lieu de naissance", place),
        ("Père", father or father_of(person)),
        ("Mère", mother or mother_of(person)),
        ("Date de l'acte", dword(act, "fr")),
    ]
    y = 60
    for a, v in rows:
        tx(sh, 30, y, a, f=GOTH, pt=10, col=GR1)
        tx(sh, 85, y, v, f=GOTH_B, pt=10.5)
        y += 8
    para(
        sh,
        30,
        y + 8,
        150,
        "Extrait délivré conformément à l'article 44 du Code civil, pour servir à des fins administratives.",
        f=GOTH,
        pt=9.5,
    )
    tx(sh, 120, y + 28, f"{place}, le {dnum(iss, '/')}", f=GOTH, pt=10)
    tx(sh, 120, y + 34, "L'Officier de l'état civil délégué,", f=GOTH, pt=9.5)
    sig(sh, 122, y + 38, rng, w=34, h=12, col=INK_K)
    seal(
        sh, 34, y + 30, [f"COMMUNE DE {place.upper()[:16]}", "ÉTAT CIVIL"], rng, shape="oval", col=STB, mm=36
    )
    return [sh]


def birth_tur(person: Person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Turkish 'TAM VUKUATLI NÜFUS KAYIT ÖRNEĞİ' excerpt limited to the holder's birth entry, as printed by the
    Nüfus Müdürlüğü: a small landscape table with Turkish column heads (Sıra, Adı, Soyadı, Baba Adı, Ana Adı, Doğum
    Yeri ve Tarihi, Cinsiyeti), one filled row, the registrar's wet signature and the office's round stamp at the
    foot, the 'Belge doğrulama kodu' line; the sheet scanned turned by a quarter."""
    iss = _iss(rng, issue_date)
    sh = Sheet(297, 210)
    tx(sh, 148, 14, "T.C. İÇİŞLERİ BAKANLIĞI", f=DSC_B, pt=11, at="center")
    tx(sh, 148, 20, "Nüfus ve Vatandaşlık İşleri Genel Müdürlüğü", f=DSC, pt=9.5, at="center")
    tx(sh, 148, 30, "NÜFUS KAYIT ÖRNEĞİ (DOĞUM)", f=DSC_B, pt=14, at="center")
    heads = [
        "Sıra",
        "Adı",
        "Soyadı",
        "Baba Adı",
        "Ana Adı",
        "Doğum Yeri ve Tarihi",
        "Cinsiyeti",
        "Medeni Hali",
    ]
    xs = [14, 28, 70, 112, 150, 188, 246, 268, 285]
    y = 46
    for i, h in enumerate(heads):
        box(sh, xs[i], y, xs[i + 1] - xs[i], 10, lw=0.3, fill=(232, 232, 232))
        tx(sh, xs[i] + 1.5, y + 3, h, f=DSC_B, pt=7.5)
    vals = [
        "1",
        person.given_names.upper(),
        person.surname.upper(),
        (father or father_of(person)).split()[0],
        (mother or mother_of(person)).split()[0],
        f"{person.birth_place.upper()} {dnum(person.birth_date, '.')}",
        sexw(person, "tr"),
        "Bekar",
    ]
    for i, v in enumerate(vals):
        box(sh, xs[i], y + 10, xs[i + 1] - xs[i], 12, lw=0.3)
        tx(sh, xs[i] + 1.5, y + 13.5, v[:22], f=DSC, pt=8.2)
    tx(sh, 14, 84, f"Düzenleme tarihi: {dnum(iss, '.')}", f=DSC, pt=9)
    tx(sh, 14, 90, f"Belge doğrulama kodu: {nums(rng, 4)}-{nums(rng, 4)}-{nums(rng, 4)}", f=DSC, pt=9)
    tx(sh, 215, 84, "Nüfus Müdürü", f=DSC, pt=9.5)
    sig(sh, 212, 90, rng, col=INK_B)
    seal(sh, 170, 84, ["T.C.", "NÜFUS MÜDÜRLÜĞÜ", person.birth_place.upper()[:14]], rng, col=STB, mm=30)
    img = raster(sh, 200).rotate(-90, expand=True)
    return [img_sheet(img)]


def birth_gtm(person: Person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Guatemalan 'CERTIFICADO DE NACIMIENTO' of the Registro Nacional de las Personas (RENAP) on its security paper
    with a pale blue-green guilloche band, the CUI in a box, the entries as a prose paragraph ('En el Registro Civil
    de las Personas del municipio de ... consta la inscripción ...'), a QR-like verification square at the bottom
    RIGHT and the registrar's name printed (electronic signature)."""
    iss = _iss(rng, issue_date)
    act = _act(person, rng, act_date)
    sh = Sheet(210, 297)
    sh.image(0, 0, 210, 40, waves(210, 40, rng, (226, 242, 238), (180, 216, 206), n=10, step=2.5))
    tx(sh, 105, 10, "REGISTRO NACIONAL DE LAS PERSONAS", f=PAL_B, pt=13, at="center", col=(10, 70, 90))
    tx(sh, 105, 17, "REPÚBLICA DE GUATEMALA, C.A.", f=PAL, pt=9.5, at="center", col=(10, 70, 90))
    tx(sh, 105, 30, "CERTIFICADO DE NACIMIENTO", f=PAL_B, pt=15, at="center")
    cui = f"{nums(rng, 4)} {nums(rng, 5)} {nums(rng, 4)}"
    box(sh, 130, 46, 62, 10, lw=0.4)
    tx(sh, 132, 48.5, f"CUI: {cui}", f=NMONO_B, pt=10)
    s = (
        f"En el Registro Civil de las Personas del municipio de {person.birth_place}, departamento de "
        f"{person.birth_place}, consta la inscripción de nacimiento de {person.given_names.upper()} "
        f"{person.surname.upper()}, de sexo {sexw(person, 'es').lower()}, nacido(a) el {dword(person.birth_date, 'es')}"
        f" en {person.birth_place}, Guatemala, hijo(a) de "
        f"{father or father_of(person)} y de {mother or mother_of(person)}. Inscrito(a) el {dword(act, 'es')}, "
        f"partida {rng.randint(100, 990)}, folio {rng.randint(10, 400)}, libro {rng.randint(10, 200)}."
    )
    y = para(sh, 22, 66, 166, s, f=PAL, pt=11, lead=1.55, al="justify")
    para(
        sh,
        22,
        y + 6,
        166,
        f"Se extiende la presente en la ciudad de Guatemala el {dword(iss, 'es')}.",
        f=PAL,
        pt=11,
    )
    tx(sh, 22, y + 30, "Registrador Civil de las Personas", f=PAL_I, pt=10)
    tx(sh, 22, y + 36, "Firma electrónica avanzada - Decreto 47-2008", f=PAL, pt=8.5, col=GR1)
    r = random.Random(h32("qr", cui))
    for i in range(12):
        for j in range(12):
            if r.random() < 0.5 or (i < 3 and j < 3):
                sh.rect(160 + i * 2.2, 240 + j * 2.2, 2.2, 2.2, width_mm=0, fill=(0, 0, 0))
    return [sh]


def birth_nam(person: Person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Namibian 'FULL BIRTH CERTIFICATE' (Ministry of Home Affairs): portrait, the coat of arms replaced by a
    centred shield outline, the particulars of the child, father and mother in three boxed blocks with labels in small
    capitals at the LEFT, the identity number in the top box, signed 'for Registrar-General' at the bottom LEFT with
    a rectangular date stamp; on cream paper, folded in three."""
    iss = _iss(rng, issue_date)
    act = _act(person, rng, act_date)
    sh = Sheet(210, 297, paper="cream")
    box(sh, 96, 10, 18, 20, lw=0.6, col=(60, 60, 120))
    tx(sh, 105, 34, "REPUBLIC OF NAMIBIA", f=FSER_B, pt=12, at="center")
    tx(sh, 105, 40, "MINISTRY OF HOME AFFAIRS, IMMIGRATION, SAFETY AND SECURITY", f=FSER, pt=8.5, at="center")
    tx(sh, 105, 50, "FULL BIRTH CERTIFICATE", f=FSER_B, pt=15, at="center", sp=0.8)
    blocks = [
        (
            "PARTICULARS OF CHILD",
            [
                ("Identity number", nums(rng, 11)),
                ("Surname", person.surname.upper()),
                ("Forenames", person.given_names.upper()),
                ("Sex", sexw(person, "en")),
                ("Date of birth", dnum(person.birth_date, "-", "ymd")),
                ("Place of birth", person.birth_place.upper()),
            ],
        ),
        (
            "PARTICULARS OF FATHER",
            [("Full name", (father or father_of(person)).upper()), ("Citizenship", "NAMIBIAN")],
        ),
        (
            "PARTICULARS OF MOTHER",
            [("Full name", (mother or mother_of(person)).upper()), ("Citizenship", "NAMIBIAN")],
        ),
    ]
    y = 62
    for title, rows in blocks:
        box(sh, 18, y, 174, 8 + 7 * len(rows), lw=0.4)
        tx(sh, 21, y + 2, title, f=FSER_B, pt=9.5)
        yy = y + 9
        for a, v in rows:
            tx(sh, 24, yy, a.upper(), f=FSER, pt=7.8, col=GR1)
            tx(sh, 80, yy - 0.4, v, f=FSER_B, pt=10.5)
            yy += 7
        y += 12 + 7 * len(rows)
    tx(sh, 18, y + 4, f"Date of registration: {dword(act, 'en')}", f=FSER, pt=10)
    tx(sh, 18, y + 24, "for REGISTRAR-GENERAL", f=FSER, pt=9.5)
    sig(sh, 18, y + 10, rng)
    seal(
        sh,
        110,
        y + 8,
        ["MINISTRY OF HOME AFFAIRS", dnum(iss, " ", "dmy"), "WINDHOEK"],
        rng,
        shape="rect",
        col=STR,
        mm=40,
    )
    img = raster(sh, 170)
    d = ImageDraw.Draw(img, "RGBA")
    for yy in (img.height // 3, 2 * img.height // 3):
        d.line([(0, yy), (img.width, yy + 2)], fill=(110, 100, 80, 50), width=3)
    return [img_sheet(img)]


def birth_nic(person: Person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """The Nicaraguan consulate's bilingual 'CONSTANCIA DE NACIMIENTO / ATTESTATION DE NAISSANCE' transcribing the
    entry of the civil register (libro, tomo, folio, partida): Spanish and French wording one UNDER the other in two
    bordered panels, the entry's data in a shared table between them, the consul's signature at the RIGHT and the
    consulate's round violet stamp at the LEFT, the revenue sticker at the top RIGHT."""
    iss = _iss(rng, issue_date)
    act = _act(person, rng, act_date)
    sh = Sheet(210, 297)
    tx(
        sh,
        18,
        14,
        "REPÚBLICA DE NICARAGUA - Consulado General en Bruselas",
        f=LNAR_B,
        pt=10.5,
        col=(0, 70, 140),
    )
    box(sh, 168, 10, 24, 24, lw=0.4, col=(120, 90, 40), fill=(240, 226, 196))
    tx(sh, 180, 18, "US$ 10", f=LNAR_B, pt=10, at="center", col=(120, 60, 30))
    tx(sh, 105, 40, "CONSTANCIA DE NACIMIENTO / ATTESTATION DE NAISSANCE", f=LNAR_B, pt=13, at="center")
    box(sh, 18, 50, 174, 26, lw=0.3)
    para(
        sh,
        21,
        52,
        168,
        "El suscrito Cónsul hace constar que en el Registro del Estado Civil de las Personas de "
        f"{person.birth_place} se encuentra inscrito el nacimiento siguiente:",
        f=LNAR,
        pt=10.5,
    )
    rows = [
        ("Nombre / Nom", person.full_name.upper()),
        ("Sexo / Sexe", f"{sexw(person, 'es')} / {sexw(person, 'fr')}"),
        ("Fecha de nacimiento / Date de naissance", dnum(person.birth_date, "/")),
        ("Lugar / Lieu", f"{person.birth_place}, Nicaragua"),
        ("Padre / Père", father or father_of(person)),
        ("Madre / Mère", mother or mother_of(person)),
        (
            "Inscripción / Inscription",
            f"libro {rng.randint(1, 40)}, tomo {rng.randint(1, 300)}, folio "
            f"{rng.randint(1, 400)}, partida {rng.randint(1, 900)}, {dnum(act, '/')}",
        ),
    ]
    y = 82
    for a, v in rows:
        box(sh, 18, y, 70, 8, lw=0.2, fill=(238, 242, 248))
        box(sh, 88, y, 104, 8, lw=0.2)
        tx(sh, 20, y + 2, a, f=LNAR, pt=8.5)
        tx(sh, 90, y + 1.8, v[:60], f=LNAR_B, pt=9.5)
        y += 8
    box(sh, 18, y + 6, 174, 22, lw=0.3)
    para(
        sh,
        21,
        y + 8,
        168,
        "Le Consul soussigné atteste que la naissance ci-dessus est inscrite au registre de "
        f"l'état civil de {person.birth_place}.",
        f=LNAR,
        pt=10.5,
    )
    tx(sh, 120, y + 40, f"Bruselas / Bruxelles, {dnum(iss, '/')}", f=LNAR, pt=10)
    sig(sh, 124, y + 46, rng)
    tx(sh, 122, y + 64, "Cónsul General / Consul général", f=LNAR, pt=9)
    seal(sh, 40, y + 40, ["CONSULADO DE NICARAGUA", "BRUSELAS"], rng, col=STV, mm=30)
    return [sh]


_id._register(
    "birth-nic-consulaat-tweetalig-twee-panelen-tabel-52",
    "birth-certificate",
    PART,
    "es/fr",
    birth_nic,
    country="NIC",
    notes="Nicaraguan consulate's bilingual birth attestation",
)
_id._register(
    "birth-mmr-genummerd-raster-groen-zegel-deksel-open-52",
    "birth-certificate",
    PART,
    "en",
    birth_mmr,
    country="MMR",
    notes="Myanmar birth certificate, English side",
)
_id._register(
    "birth-bel-extrait-baec-twee-kolommen-ovale-stempel-52",
    "birth-certificate",
    PART,
    "fr",
    birth_bel,
    country="BEL",
    notes="Belgian birth extract (French)",
)
_id._register(
    "birth-tur-nufus-kayit-tabel-liggend-gedraaid-52",
    "birth-certificate",
    PART,
    "tr",
    birth_tur,
    country="TUR",
    needs_birth_country="Turkey",
    notes="Turkish civil register birth entry",
)
_id._register(
    "birth-gtm-renap-proza-guilloche-band-52",
    "birth-certificate",
    PART,
    "es",
    birth_gtm,
    country="GTM",
    notes="Guatemalan RENAP birth certificate",
)
_id._register(
    "birth-nam-drie-blokken-crème-gevouwen-52",
    "birth-certificate",
    PART,
    "en",
    birth_nam,
    country="NAM",
    notes="Namibian full birth certificate",
)


# =========================================================================== nationality and identity certificates


def nationality_mmr(person: Person, rng, *, issue_date=None, **opts):
    """'CERTIFICATE OF NATIONALITY' of the Embassy of the Republic of the Union of Myanmar in Brussels: a letter on
    the embassy's letterhead (name centred in small capitals over a double rule), reference 'No. ...' at the LEFT and
    the date at the RIGHT on one line, the certifying sentence in one paragraph, the consul's signature over a round
    seal at the bottom RIGHT."""
    iss = _iss(rng, issue_date, 30, 500)
    sh = Sheet(210, 297)
    tx(sh, 105, 16, "EMBASSY OF THE REPUBLIC OF THE UNION OF MYANMAR", f=NROM_B, pt=12, at="center", sp=0.4)
    tx(sh, 105, 22, "Avenue Victor Jacobs 9, 1040 Brussels", f=NROM, pt=9, at="center", col=GR1)
    hl(sh, 30, 28, 180, 28, lw=0.6)
    hl(sh, 30, 29.2, 180, 29.2, lw=0.2)
    tx(sh, 22, 40, f"No. CON/{rng.randint(100, 999)}/{iss.year}", f=NROM, pt=10.5)
    tx(sh, 188, 40, dword(iss, "en"), f=NROM, pt=10.5, at="right")
    tx(sh, 105, 60, "CERTIFICATE OF NATIONALITY", f=NROM_B, pt=14, at="center")
    s = (
        f"This is to certify that {'Mr.' if person.sex == 'M' else 'Ms.'} {person.full_name}, born on "
        f"{dword(person.birth_date, 'en')} in {person.birth_place}, {cname(person.birth_country, 'en')}, son/daughter "
        f"of {father_of(person)} and {mother_of(person)}, is a citizen of the Republic of the Union of Myanmar "
        f"according to the Myanmar Citizenship Law of 1982, as verified against the records transmitted by the "
        f"Ministry of Labour, Immigration and Population."
    )
    y = para(sh, 24, 76, 162, s, f=NROM, pt=11.5, lead=1.6, al="justify")
    para(
        sh,
        24,
        y + 6,
        162,
        "This certificate is issued at the request of the above-named for official use.",
        f=NROM,
        pt=11.5,
    )
    seal(sh, 124, y + 24, ["EMBASSY OF MYANMAR", "CONSULAR SECTION", "BRUSSELS"], rng, col=STR, mm=32)
    sig(sh, 136, y + 32, rng, col=INK_K)
    tx(sh, 130, y + 52, "Counsellor (Consular)", f=NROM, pt=10.5)
    return [sh]


def nationality_nic(person: Person, rng, *, issue_date=None, **opts):
    """Bilingual 'CONSTANCIA DE NACIONALIDAD / ATTESTATION DE NATIONALITÉ' of the Embassy of Nicaragua in Brussels:
    Spanish text in the LEFT column and the French in the RIGHT column under a blue-white-blue band, the consul's
    stamp violet across the bottom centre, the fiscal-stamp sticker pasted at the bottom LEFT."""
    iss = _iss(rng, issue_date, 30, 500)
    sh = Sheet(210, 297)
    for j, col in enumerate([(0, 86, 160), (255, 255, 255), (0, 86, 160)]):
        sh.rect(0, 8 + j * 4, 210, 4, width_mm=0, fill=col)
    tx(sh, 105, 26, "EMBAJADA DE NICARAGUA - AMBASSADE DU NICARAGUA", f=LNAR_B, pt=11.5, at="center")
    tx(sh, 105, 32, "Bruselas / Bruxelles", f=LNAR, pt=9, at="center", col=GR1)
    tx(sh, 57, 46, "CONSTANCIA DE NACIONALIDAD", f=LNAR_B, pt=12, at="center")
    tx(sh, 153, 46, "ATTESTATION DE NATIONALITÉ", f=LNAR_B, pt=12, at="center")
    hl(sh, 105, 44, 105, 180, lw=0.2, col=GR2)
    es = (
        f"El suscrito Cónsul hace constar que {person.full_name.upper()}, nacido(a) el "
        f"{dword(person.birth_date, 'es')} en {person.birth_place}, es de nacionalidad nicaragüense, según consta "
        f"en los registros del Consejo Supremo Electoral."
    )
    fr = (
        f"Le Consul soussigné atteste que {person.full_name.upper()}, né(e) le {dword(person.birth_date, 'fr')} à "
        f"{person.birth_place}, est de nationalité nicaraguayenne, selon les registres du Conseil suprême électoral."
    )
    para(sh, 14, 58, 86, es, f=LNAR, pt=11, lead=1.5)
    para(sh, 110, 58, 86, fr, f=LNAR, pt=11, lead=1.5)
    tx(sh, 14, 150, f"Bruselas, {dword(iss, 'es')}", f=LNAR, pt=10.5)
    tx(sh, 110, 150, f"Bruxelles, le {dword(iss, 'fr')}", f=LNAR, pt=10.5)
    sig(sh, 84, 172, rng)
    tx(sh, 105, 190, "Cónsul / Consul", f=LNAR, pt=10, at="center")
    seal(sh, 96, 160, ["EMBAJADA DE NICARAGUA", "SECCIÓN CONSULAR", "BRUSELAS"], rng, col=STV, mm=34)
    box(sh, 16, 206, 24, 30, lw=0.4, col=(120, 90, 40), fill=(240, 226, 196))
    tx(sh, 28, 212, "TIMBRE", f=LNAR_B, pt=7, at="center", col=(120, 60, 30))
    tx(sh, 28, 220, "US$ 10", f=LNAR_B, pt=12, at="center", col=(120, 60, 30))
    return [sh]


def idcert_mmr(person: Person, rng, *, issue_date=None, declarative=False, **opts):
    """The Myanmar embassy's 'CERTIFICATE OF IDENTITY' with the holder's photograph glued at the top LEFT and the
    embassy's dry seal pressed half over it, particulars as a numbered list, the basis of the certificate stated in
    the closing sentence (the records of the Ministry, or the holder's own declaration), signed at the RIGHT."""
    iss = _iss(rng, issue_date, 20, 400)
    sh = Sheet(210, 297)
    tx(
        sh,
        105,
        16,
        "EMBASSY OF THE REPUBLIC OF THE UNION OF MYANMAR - BRUSSELS",
        f=BOOK_B,
        pt=10.5,
        at="center",
    )
    tx(sh, 105, 30, "CERTIFICATE OF IDENTITY", f=BOOK_B, pt=15, at="center")
    sh.photo(20, 42, 32, 40, rng)
    seal(sh, 38, 66, ["EMBASSY OF MYANMAR", "BRUSSELS"], rng, col=(150, 150, 150), mm=26)
    rows = [
        ("Name", person.full_name.upper()),
        ("Date of birth", dword(person.birth_date, "en")),
        ("Place of birth", f"{person.birth_place}, {cname(person.birth_country, 'en')}"),
        ("Sex", sexw(person, "en")),
        ("Nationality", "Myanmar"),
        ("Father's name", father_of(person)),
    ]
    y = 44
    for i, (a, v) in enumerate(rows, 1):
        tx(sh, 62, y, f"{i}. {a}:", f=BOOK, pt=9.5, col=GR1)
        tx(sh, 104, y, v, f=BOOK_B, pt=9.8)
        y += 7
    basis = (
        "on the basis of the holder's own statements; the Embassy has not been able to verify them against "
        "any record"
        if declarative
        else "after verification of the holder's particulars against the records of the Ministry of Labour, "
        "Immigration and Population (national registration card and household list)"
    )
    y = para(
        sh,
        20,
        100,
        170,
        f"The Embassy certifies the identity of the person whose photograph appears above, "
        f"{basis}. This certificate is valid for one year from the date of issue.",
        f=BOOK,
        pt=10.5,
        lead=1.55,
        al="justify",
    )
    tx(sh, 120, y + 10, f"Brussels, {dword(iss, 'en')}", f=BOOK, pt=10)
    sig(sh, 122, y + 16, rng, col=INK_K)
    tx(sh, 120, y + 34, "Head of Chancery", f=BOOK, pt=10)
    return [sh]


def idcert_nic(person: Person, rng, *, issue_date=None, declarative=False, **opts):
    """The Nicaraguan consulate's bilingual 'CERTIFICADO DE IDENTIDAD / CERTIFICAT D'IDENTITÉ': a bordered form with
    the photo in a frame at the top RIGHT and the consulate's violet stamp overlapping it, the particulars as
    Spanish/French captions over dotted lines filled by typewriter, the basis of the certificate ticked in one of two
    boxes (registro civil / déclaration du titulaire), signature at the bottom LEFT."""
    iss = _iss(rng, issue_date, 20, 400)
    sh = Sheet(210, 297)
    box(sh, 10, 10, 190, 277, lw=0.9, col=(0, 70, 140))
    box(sh, 12, 12, 186, 273, lw=0.3, col=(0, 70, 140))
    tx(sh, 20, 20, "REPÚBLICA DE NICARAGUA", f=NSAN_B, pt=11, col=(0, 70, 140))
    tx(sh, 20, 26, "Consulado General en Bruselas", f=NSAN, pt=9)
    tx(sh, 20, 40, "CERTIFICADO DE IDENTIDAD", f=NSAN_B, pt=14)
    tx(sh, 20, 47, "CERTIFICAT D'IDENTITÉ", f=NSAN, pt=11, col=GR1)
    box(sh, 150, 20, 36, 44, lw=0.4)
    sh.photo(152, 22, 32, 40, rng)
    seal(sh, 140, 48, ["CONSULADO DE NICARAGUA", "BRUSELAS"], rng, col=STV, mm=26)
    rows = [
        ("Apellidos / Nom", person.surname.upper()),
        ("Nombres / Prénoms", person.given_names.upper()),
        ("Fecha de nacimiento / Date de naissance", dnum(person.birth_date, "/")),
        ("Lugar de nacimiento / Lieu de naissance", person.birth_place),
        ("Nacionalidad / Nationalité", "nicaragüense / nicaraguayenne"),
        ("Padre / Père", father_of(person)),
        ("Madre / Mère", mother_of(person)),
    ]
    y = 76
    for a, v in rows:
        tx(sh, 22, y, a, f=NSAN, pt=8, col=GR1)
        hl(sh, 22, y + 9, 186, y + 9, lw=0.2, dash=0.6, col=GR2)
        tx(sh, 24, y + 4.2, v, f=NMONO, pt=11)
        y += 13
    y += 4
    tx(sh, 22, y, "Base / Fondement :", f=NSAN_B, pt=9.5)
    for j, s in enumerate(
        [
            "Registro civil de Nicaragua / registre de l'état civil du Nicaragua",
            "Declaración del titular / déclaration du titulaire",
        ]
    ):
        box(sh, 24, y + 6 + j * 7, 3.6, 3.6, lw=0.3)
        if (j == 1) == bool(declarative):
            tx(sh, 24.4, y + 5.6 + j * 7, "X", f=NMONO_B, pt=10)
        tx(sh, 31, y + 6 + j * 7, s, f=NSAN, pt=9.5)
    y += 26
    tx(sh, 22, y, f"Bruselas, {dnum(iss, '/')}", f=NMONO, pt=10.5)
    sig(sh, 22, y + 6, rng)
    tx(sh, 22, y + 24, "El Cónsul General / Le Consul général", f=NSAN, pt=9)
    return [sh]


_id._register(
    "nationality-mmr-ambassade-dubbele-lijn-rood-zegel-52",
    "nationality-certificate",
    PART,
    "en",
    nationality_mmr,
    country="MMR",
    notes="Myanmar embassy nationality certificate",
)
_id._register(
    "nationality-nic-tweetalig-kolommen-fiscale-zegel-52",
    "nationality-certificate",
    PART,
    "es/fr",
    nationality_nic,
    country="NIC",
    notes="Nicaraguan embassy nationality attestation",
)
_id._register(
    "idcert-mmr-foto-droogstempel-genummerd-52",
    "identity-certificate",
    PART,
    "en",
    idcert_mmr,
    country="MMR",
    photo=True,
    notes="Myanmar embassy identity certificate",
)
_id._register(
    "idcert-nic-kader-foto-rechts-stippellijnen-vinkvak-52",
    "identity-certificate",
    PART,
    "es/fr",
    idcert_nic,
    country="NIC",
    photo=True,
    notes="Nicaraguan consulate identity certificate",
)


# =========================================================================== marriage


def marriage_bel(person: Person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    """Flemish commune's 'UITTREKSEL UIT DE HUWELIJKSAKTE' from the BAEC database: the commune's name bold at the top
    RIGHT with a thin vertical rule at its left, two side-by-side panels 'Echtgenoot 1' / 'Echtgenoot 2' with the
    particulars under each other, the marriage date and place in a bar across the page, the officer's signature and
    the commune's round stamp at the bottom RIGHT."""
    iss = _iss(rng, issue_date, 10, 200)
    sp = spouse or _pp.make_spouse(rng, person)
    md = marriage_date or TODAY - datetime.timedelta(days=rng.randint(400, 3000))
    city = rng.choice(["Gent", "Antwerpen", "Mechelen", "Leuven", "Sint-Niklaas", "Genk"])
    sh = Sheet(210, 297)
    hl(sh, 128, 12, 128, 30, lw=0.8, col=(20, 80, 70))
    tx(sh, 132, 13, f"Stad {city}", f=DSC_B, pt=13, col=(20, 80, 70))
    tx(sh, 132, 20, "Dienst Burgerzaken - Burgerlijke stand", f=DSC, pt=8.5, col=GR1)
    tx(sh, 20, 44, "UITTREKSEL UIT DE HUWELIJKSAKTE", f=DSC_B, pt=14)
    tx(sh, 20, 51, f"Akte nr. {md.year}/H/{rng.randint(10, 900)}", f=DSC, pt=9.5, col=GR1)
    for k, (who, q) in enumerate([("Echtgenoot 1", person), ("Echtgenoot 2", sp)]):
        x = 20 + k * 88
        box(sh, x, 62, 82, 66, lw=0.3)
        sh.rect(x, 62, 82, 8, width_mm=0, fill=(228, 236, 234))
        tx(sh, x + 3, 63.5, who, f=DSC_B, pt=10)
        y = 74
        for a, v in [
            ("Naam", q.surname),
            ("Voornamen", q.given_names),
            ("Geboren op", dnum(q.birth_date, ".")),
            ("Geboren te", f"{q.birth_place} ({cname(q.birth_country, 'nl')})"),
            ("Nationaliteit", nat_adj(q.nationality, "nl")),
        ]:
            tx(sh, x + 3, y, a, f=DSC, pt=7.5, col=GR1)
            tx(sh, x + 3, y + 3.6, v[:40], f=DSC_B, pt=9)
            y += 10.5
    sh.rect(20, 136, 170, 10, width_mm=0, fill=(238, 238, 238))
    tx(sh, 23, 138.5, f"Huwelijk voltrokken te {city} op {dword(md, 'nl')}", f=DSC_B, pt=10.5)
    tx(sh, 120, 166, f"{city}, {dnum(iss, '.')}", f=DSC, pt=10)
    tx(sh, 120, 172, "De ambtenaar van de burgerlijke stand", f=DSC, pt=9)
    sig(sh, 122, 177, rng, col=INK_K)
    seal(sh, 150, 160, [f"STAD {city.upper()}", "BURGERLIJKE STAND"], rng, col=STB, mm=30)
    return [sh]


def marriage_mmr(person: Person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    """Myanmar 'CERTIFICATE OF MARRIAGE' (registration under the Special Marriage Act, English form) issued by a
    township court: a landscape certificate with a rope-like border, the parties side by side ('Bridegroom' /
    'Bride'), the witnesses' names below, the registrar's signature at the RIGHT; photographed slightly skewed and
    pasted on A4."""
    iss = _iss(rng, issue_date, 30, 500)
    sp = spouse or _pp.make_spouse(rng, person)
    md = marriage_date or TODAY - datetime.timedelta(days=rng.randint(800, 5000))
    c = Sheet(250, 170, paper="cream")
    for i in range(0, 250, 5):
        c.rect(i + 1, 4, 3, 3, width_mm=0.3, color=(120, 90, 40))
        c.rect(i + 1, 163, 3, 3, width_mm=0.3, color=(120, 90, 40))
    tx(c, 125, 14, "THE REPUBLIC OF THE UNION OF MYANMAR", f=BOOK_B, pt=11, at="center")
    tx(c, 125, 22, "CERTIFICATE OF MARRIAGE", f=CHANC, pt=22, at="center")
    tx(c, 125, 32, f"Township Court, {person.birth_place}", f=BOOK, pt=9.5, at="center")
    groom, bride = (person, sp) if person.sex == "M" else (sp, person)
    for k, (lab, q) in enumerate([("Bridegroom", groom), ("Bride", bride)]):
        x = 20 + k * 115
        tx(c, x, 44, lab, f=BOOK_B, pt=11)
        for j, (a, v) in enumerate(
            [
                ("Name", q.full_name),
                ("Date of birth", dword(q.birth_date, "en")),
                ("Father", father_of(q)),
                ("Nationality", nat_adj(q.nationality, "en")),
            ]
        ):
            tx(c, x, 52 + j * 8, f"{a}:", f=BOOK, pt=9, col=GR1)
            tx(c, x + 30, 52 + j * 8, v[:30], f=BOOK_B, pt=9.5)
    tx(
        c,
        20,
        94,
        f"were married on {dword(md, 'en')} before the undersigned Registrar of Marriages.",
        f=BOOK,
        pt=10.5,
    )
    tx(
        c,
        20,
        106,
        f"Witnesses: U {rng.choice(['Tin Maung', 'Myo Min', 'Kyaw Soe'])}, "
        f"Daw {rng.choice(['Khin Khin', 'San San', 'Mya Mya'])}",
        f=BOOK,
        pt=10,
    )
    tx(
        c,
        20,
        118,
        f"Register No. {rng.randint(10, 400)}/{md.year}   Issued {dword(iss, 'en')}",
        f=BOOK,
        pt=9.5,
    )
    sig(c, 170, 126, rng, col=INK_K)
    tx(c, 170, 146, "Registrar of Marriages", f=BOOK, pt=9.5)
    seal(c, 130, 122, ["TOWNSHIP COURT", "MYANMAR"], rng, col=STR, mm=28)
    sh, _ = card_on_a4(c, rng, x=12, y=40, k=0.74, deg=rng.uniform(-2.5, 2.5))
    return [toned(sh, (244, 242, 236), 0.6)]


def marriage_nic(person: Person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    """The Nicaraguan consulate's 'CONSTANCIA DE MATRIMONIO / ATTESTATION DE MARIAGE': a plain typed page in Nimbus
    Mono on the consulate's two-line heading, the Spanish text first and its French version in italics under it, the
    spouses' particulars as dotted-leader lines, the register reference at the end, the consul's signature with the
    violet stamp half over it at the bottom CENTRE."""
    iss = _iss(rng, issue_date, 30, 500)
    sp = spouse or _pp.make_spouse(rng, person)
    md = marriage_date or TODAY - datetime.timedelta(days=rng.randint(800, 5000))
    sh = Sheet(210, 297)
    tx(sh, 105, 16, "CONSULADO GENERAL DE LA REPÚBLICA DE NICARAGUA", f=NMONO_B, pt=11, at="center")
    tx(sh, 105, 22, "Bruselas - Bélgica", f=NMONO, pt=9.5, at="center")
    tx(sh, 105, 38, "CONSTANCIA DE MATRIMONIO", f=NMONO_B, pt=13, at="center")
    tx(sh, 105, 44, "ATTESTATION DE MARIAGE", f=NROM_I, pt=11, at="center")
    y = para(
        sh,
        22,
        56,
        166,
        "El suscrito Cónsul hace constar que en el Registro del Estado Civil de las Personas "
        "consta inscrito el matrimonio civil de:",
        f=NMONO,
        pt=10,
        lead=1.4,
    )
    y = (
        para(
            sh,
            22,
            y + 1,
            166,
            "Le Consul soussigné atteste qu'est inscrit au registre de l'état civil le mariage civil de :",
            f=NROM_I,
            pt=10.5,
            lead=1.4,
        )
        + 4
    )
    for who, q in (("El / Lui", person), ("Ella / Elle", sp)):
        for a, v in (
            (who, q.full_name.upper()),
            ("  nacido(a) / né(e) le", dnum(q.birth_date, "/")),
            ("  en / à", q.birth_place),
        ):
            tx(sh, 26, y, a, f=NMONO, pt=10)
            hl(sh, 26 + wid(a, NMONO, 10) + 1, y + 3.6, 98, y + 3.6, lw=0.2, dash=0.4, col=GR2)
            tx(sh, 100, y, v, f=NMONO_B, pt=10)
            y += 6.5
        y += 3
    tx(sh, 26, y, "Fecha del matrimonio / date du mariage", f=NMONO, pt=10)
    tx(sh, 100, y, dnum(md, "/"), f=NMONO_B, pt=10)
    y += 6.5
    tx(sh, 26, y, "Lugar / lieu", f=NMONO, pt=10)
    tx(sh, 100, y, person.birth_place, f=NMONO_B, pt=10)
    y += 10
    tx(
        sh,
        22,
        y,
        f"Inscripción: libro {rng.randint(1, 30)}, folio {rng.randint(1, 300)}, partida "
        f"{rng.randint(1, 500)}.",
        f=NMONO,
        pt=9.5,
    )
    tx(sh, 22, y + 10, f"Bruselas, {dword(iss, 'es')}", f=NMONO, pt=10)
    sig(sh, 88, y + 22, rng)
    seal(sh, 98, y + 16, ["CONSULADO DE NICARAGUA", "BRUSELAS"], rng, col=STV, mm=30)
    tx(sh, 105, y + 42, "Cónsul General / Consul général", f=NMONO, pt=9.5, at="center")
    return [sh]


_id._register(
    "marriage-nic-consulaat-mono-cursief-frans-52",
    "marriage-certificate",
    PART,
    "es/fr",
    marriage_nic,
    country="NIC",
    notes="Nicaraguan consulate's marriage attestation",
)
_id._register(
    "marriage-bel-uittreksel-twee-panelen-balk-52",
    "marriage-certificate",
    PART,
    "nl",
    marriage_bel,
    country="BEL",
    notes="Belgian marriage extract in Dutch",
)
_id._register(
    "marriage-mmr-liggend-touwrand-foto-scheef-52",
    "marriage-certificate",
    PART,
    "en",
    marriage_mmr,
    country="MMR",
    notes="Myanmar marriage certificate",
)

# =========================================================================== sworn translations

_SRC = {"fr": {"tr": "turc", "es": "espagnol"}, "nl": {"tr": "het Turks", "es": "het Spaans"}}


def translation_be_fr(
    person: Person,
    rng,
    *,
    issue_date=None,
    of_type="birth-certificate",
    source_lang="tr",
    target_lang="fr",
    **opts,
):
    """French sworn translation by a translator sworn at the Liège court ('TRADUCTION'), on the translator's own
    letterhead with a grey sidebar holding her contact data at the LEFT, the text rendered as running prose after
    'Traduction du ... vers le français', the certification sentence in italics, stamp and signature at the bottom
    RIGHT; every page initialled."""
    iss = _iss(rng, issue_date, 5, 60)
    src = (source_lang or "tr").split("/")[0]
    r = random.Random(h32("trfr52", person.surname))
    name = r.choice(["Zeynep Aksoy-Lambert", "Elif Dumont", "Pilar Gómez Renard"])
    sh = Sheet(210, 297)
    sh.rect(0, 0, 48, 297, width_mm=0, fill=(236, 236, 238))
    tx(sh, 6, 20, name, f=NROM_B, pt=10)
    for j, ln in enumerate(
        [
            "Traductrice-interprète jurée",
            "Tribunal de première instance",
            "de Liège",
            "Rue Saint-Gilles 88",
            "4000 Liège",
            "04 221 37 80",
        ]
    ):
        tx(sh, 6, 28 + j * 5, ln, f=NROM, pt=8, col=GR1)
    tx(sh, 60, 24, "TRADUCTION", f=NROM_B, pt=15)
    tx(sh, 60, 32, f"du {_SRC['fr'].get(src, src)} vers le français", f=NROM_I, pt=10.5)
    what = "acte de naissance" if of_type == "birth-certificate" else "document d'état civil"
    s = (
        f"[{what.capitalize()}] - République de Turquie, Ministère de l'Intérieur, Direction générale de la "
        f"population. Extrait du registre de la population. Nom : {person.surname.upper()} ; prénom(s) : "
        f"{person.given_names} ; sexe : {sexw(person, 'fr')} ; père : {father_of(person).split()[0]} ; mère : "
        f"{mother_of(person).split()[0]} ; lieu et date de naissance : {person.birth_place}, le "
        f"{dword(person.birth_date, 'fr')} ; état civil : célibataire. [Cachet rond du bureau de l'état civil] "
        f"[Signature illisible]"
    )
    if src != "tr":
        s = s.replace(
            "République de Turquie, Ministère de l'Intérieur, Direction générale de la population. "
            "Extrait du registre de la population.",
            "Registre civil.",
        )
    y = para(sh, 60, 46, 134, s, f=NROM, pt=11, lead=1.55, al="justify")
    y = para(
        sh,
        60,
        y + 10,
        134,
        f"Je soussignée, {name}, traductrice jurée, certifie que la présente traduction "
        f"est fidèle et conforme à l'original en langue {_SRC['fr'].get(src, src)} qui m'a été présenté.",
        f=NROM_I,
        pt=10.5,
    )
    tx(sh, 60, y + 8, f"Liège, le {dword(iss, 'fr')}", f=NROM, pt=10.5)
    seal(sh, 118, y + 12, [name.upper()[:24], "TRADUCTRICE JURÉE", "LIÈGE"], rng, col=STB, mm=34)
    sig(sh, 150, y + 22, rng)
    pen(sh, 188, 286, "ZA", rng, f=HAND1, pt=11)
    return [sh]


def translation_nl(
    person: Person,
    rng,
    *,
    issue_date=None,
    of_type="birth-certificate",
    source_lang="tr",
    target_lang="nl",
    **opts,
):
    """Dutch sworn translation ('VERTALING') by a translator registered in the Rbtv: a header table with the source
    language, the document type and the translator's registration number, the translation as a two-column table of
    fields, the translator's certification ('Ondergetekende ... verklaart ...') and a rectangular stamp at the
    LEFT with the signature across it; stapled (staple shadow top LEFT)."""
    iss = _iss(rng, issue_date, 5, 60)
    src = (source_lang or "tr").split("/")[0]
    r = random.Random(h32("trnl52", person.surname))
    name = r.choice(["drs. H. Kılıç", "M. Ramírez-de Groot", "A. Öztürk MA"])
    sh = Sheet(210, 297)
    sh.rect(12, 9, 9, 1.4, width_mm=0, fill=(140, 140, 146))
    rows = [
        ("Brontaal", {"tr": "Turks", "es": "Spaans"}.get(src, src)),
        ("Doeltaal", "Nederlands"),
        ("Document", "geboorteakte" if of_type == "birth-certificate" else "akte burgerlijke stand"),
        ("Rbtv-nummer", nums(r, 5)),
    ]
    tx(sh, 20, 20, "VERTALING", f=DSER_B, pt=15)
    y = 30
    for a, v in rows:
        box(sh, 20, y, 50, 7, lw=0.25, fill=(240, 240, 240))
        box(sh, 70, y, 120, 7, lw=0.25)
        tx(sh, 22, y + 1.8, a, f=DSER, pt=8.5)
        tx(sh, 72, y + 1.8, v, f=DSER_B, pt=8.5)
        y += 7
    y += 8
    for a, v in [
        ("Achternaam", person.surname),
        ("Voornamen", person.given_names),
        ("Geslacht", sexw(person, "nl")),
        ("Geboorteplaats", person.birth_place),
        ("Geboortedatum", dword(person.birth_date, "nl")),
        ("Naam vader", father_of(person)),
        ("Naam moeder", mother_of(person)),
        ("Opmerking", "[stempel en handtekening ambtenaar burgerlijke stand]"),
    ]:
        box(sh, 20, y, 60, 8, lw=0.2)
        box(sh, 80, y, 110, 8, lw=0.2)
        tx(sh, 22, y + 2.2, a, f=DSER, pt=9)
        tx(sh, 82, y + 2.2, v[:58], f=DSER, pt=9)
        y += 8
    y = para(
        sh,
        20,
        y + 12,
        170,
        f"Ondergetekende, {name}, beëdigd vertaler, verklaart dat deze vertaling een "
        f"getrouwe en volledige weergave is van het in {_SRC['nl'].get(src, src)} gestelde origineel.",
        f=DSER,
        pt=9.5,
        lead=1.5,
    )
    tx(sh, 20, y + 6, f"Utrecht, {dnum(iss, '-')}", f=DSER, pt=9.5)
    seal(sh, 20, y + 12, [name.upper()[:22], "BEËDIGD VERTALER", "RBTV"], rng, shape="rect", col=STB, mm=44)
    sig(sh, 34, y + 16, rng)
    return [sh]


_id._register(
    "translation-be-fr-luik-grijze-zijbalk-proza-52",
    "translation",
    PART,
    "fr",
    translation_be_fr,
    country="BEL",
    notes="Belgian sworn translation into French",
)
_id._register(
    "translation-nl-rbtv-kopt-tabel-velden-52",
    "translation",
    PART,
    "nl",
    translation_nl,
    country="NLD",
    notes="Dutch sworn translation",
)
