"""Identity and civil-status families of the `fiftyfourth` part (registered in identity.FAMILIES), and the small
drawing kit that the part's 9ter and IND modules share.

Written by a writer who saw neither the validator nor its output, from the seeds, rules.md and how such papers look
when they reach a Belgian or Dutch lawyer's desk.  Each family's layout, wording and copy habit is described in its
function's docstring only (the part is read blind).

The part's 9ter applicants come from Ecuador, Cuba and Sudan (Cuba in place of the Dominican Republic, which part
fortyseventh already drew from, and Sudan in place of Malawi, which parts thirtyeighth and fortyninth already drew
from); its IND applicants come from Turkmenistan, Argentina and Serbia (Argentina in place of Lesotho, which part
fiftieth already drew from, and Serbia in place of Laos, which part fortyninth already drew from).  Importing this
module adds those six countries to people.COUNTRIES / people.ORIGINS and the three 9ter countries to be9ter.COUNTRIES
(setdefault, new keys only: no entry another part reads is changed).
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
from .people import Person

PART = "fiftyfourth"
D = datetime.date
TODAY = D(2026, 12, 1)

# =========================================================================== countries (new keys only)


def _country(a2, en, nl, fr, de, aen, anl, afr, ade):
    return dict(a2=a2, en=en, nl=nl, fr=fr, de=de, adj_en=aen, adj_nl=anl, adj_fr=afr, adj_de=ade)


NEW_COUNTRIES = {
    "ECU": _country(
        "EC",
        "Ecuador",
        "Ecuador",
        "Équateur",
        "Ecuador",
        "Ecuadorian",
        "Ecuadoraanse",
        "équatorienne",
        "ecuadorianisch",
    ),
    "CUB": _country("CU", "Cuba", "Cuba", "Cuba", "Kuba", "Cuban", "Cubaanse", "cubaine", "kubanisch"),
    "SDN": _country(
        "SD", "Sudan", "Soedan", "Soudan", "Sudan", "Sudanese", "Soedanese", "soudanaise", "sudanesisch"
    ),
    "TKM": _country(
        "TM",
        "Turkmenistan",
        "Turkmenistan",
        "Turkménistan",
        "Turkmenistan",
        "Turkmen",
        "Turkmeense",
        "turkmène",
        "turkmenisch",
    ),
    "ARG": _country(
        "AR",
        "Argentina",
        "Argentinië",
        "Argentine",
        "Argentinien",
        "Argentine",
        "Argentijnse",
        "argentine",
        "argentinisch",
    ),
    "SRB": _country(
        "RS", "Serbia", "Servië", "Serbie", "Serbien", "Serbian", "Servische", "serbe", "serbisch"
    ),
}

NEW_ORIGINS = {
    "ECU": dict(
        m=[
            "Jefferson",
            "Byron",
            "Wilson Patricio",
            "Kléber",
            "Darwin",
            "Édison",
            "Segundo",
            "Fausto",
            "Geovanny",
            "Holger",
        ],
        f=[
            "Jessenia",
            "Mayra Alejandra",
            "Nelly",
            "Gissela",
            "Lourdes",
            "Mercy",
            "Verónica",
            "Janeth",
            "Karina",
            "Fanny",
        ],
        s=[
            "Quishpe Toapanta",
            "Guamán",
            "Chiriboga",
            "Zambrano Loor",
            "Cedeño",
            "Pazmiño",
            "Villacís",
            "Carrasco Vera",
            "Intriago",
            "Tenesaca",
            "Andrade Mera",
            "Llerena",
        ],
        places=[
            "Quito",
            "Guayaquil",
            "Cuenca",
            "Santo Domingo",
            "Machala",
            "Manta",
            "Portoviejo",
            "Ambato",
            "Riobamba",
            "Loja",
            "Esmeraldas",
            "Ibarra",
        ],
    ),
    "CUB": dict(
        m=[
            "Yoandry",
            "Yordanis",
            "Alexei",
            "Yunior",
            "Osmany",
            "Reinier",
            "Lázaro",
            "Dairon",
            "Yasmany",
            "Ernesto",
        ],
        f=[
            "Yanelis",
            "Yudith",
            "Mayelín",
            "Daimí",
            "Yaima",
            "Odalys",
            "Yusleidy",
            "Marisleidys",
            "Arletys",
            "Dayana",
        ],
        s=[
            "Rodríguez Fonseca",
            "Pérez Cruz",
            "Hernández Reyes",
            "Díaz Castillo",
            "Fajardo",
            "Sosa Betancourt",
            "Quintana",
            "Almeida Ruiz",
            "Guerra",
            "Valdés Oliva",
            "Cabrera",
            "Morejón",
        ],
        places=[
            "La Habana",
            "Santiago de Cuba",
            "Camagüey",
            "Holguín",
            "Santa Clara",
            "Guantánamo",
            "Pinar del Río",
            "Matanzas",
            "Cienfuegos",
            "Bayamo",
            "Las Tunas",
        ],
    ),
    "SDN": dict(
        m=[
            "Mohamed Osman",
            "Ahmed",
            "Abdelrahman",
            "Hassan",
            "Omer",
            "Elfatih",
            "Mustafa",
            "Khalid",
            "Yousif",
            "Abubakr",
        ],
        f=["Fatima", "Amna", "Hiba", "Sara", "Rayan", "Samah", "Tasneem", "Ikhlas", "Nafisa", "Huda"],
        s=[
            "Elhassan",
            "Abdalla",
            "Osman Ali",
            "Mohamed Ahmed",
            "Babiker",
            "Elamin",
            "Ibrahim",
            "Suleiman",
            "Hamad",
            "Eltayeb",
            "Adam Yagoub",
            "Musa",
        ],
        places=[
            "Khartoum",
            "Omdurman",
            "Port Sudan",
            "Wad Madani",
            "El Obeid",
            "Kassala",
            "Atbara",
            "Nyala",
            "El Fasher",
            "Kosti",
            "Gedaref",
            "Dongola",
        ],
    ),
    "TKM": dict(
        m=[
            "Merdan",
            "Serdar",
            "Döwlet",
            "Batyr",
            "Rahman",
            "Maksat",
            "Atabeg",
            "Nurmuhammet",
            "Begenç",
            "Arslan",
        ],
        f=[
            "Ogulgerek",
            "Maýsa",
            "Gülşat",
            "Aýna",
            "Jemal",
            "Selbi",
            "Leýli",
            "Ogulbägül",
            "Nurjemal",
            "Mähri",
        ],
        s=[
            "Annagurban",
            "Hojageldi",
            "Orazgeldi",
            "Gurbanmyrat",
            "Saparmyrat",
            "Çaryýar",
            "Allaberdi",
            "Nazarmuhammet",
            "Durdymyrat",
            "Amangeldi",
            "Öwezmyrat",
            "Baýramdurdy",
        ],
        places=[
            "Aşgabat",
            "Türkmenabat",
            "Daşoguz",
            "Mary",
            "Balkanabat",
            "Tejen",
            "Baýramaly",
            "Serdar",
            "Türkmenbaşy",
            "Kaka",
            "Magdanly",
        ],
    ),
    "ARG": dict(
        m=[
            "Matías",
            "Facundo",
            "Gonzalo",
            "Leandro",
            "Ezequiel",
            "Agustín",
            "Nahuel",
            "Lautaro",
            "Germán",
            "Maximiliano",
        ],
        f=[
            "Florencia",
            "Micaela",
            "Agustina",
            "Romina",
            "Carolina",
            "Luciana",
            "Milagros",
            "Belén",
            "Julieta",
            "Natalia",
        ],
        s=[
            "Giménez",
            "Benítez Acuña",
            "Sánchez",
            "Romero",
            "Sosa",
            "Ferreyra",
            "Acosta Villalba",
            "Ledesma",
            "Domínguez",
            "Quiroga",
            "Di Stefano",
            "Bianchi",
        ],
        places=[
            "Buenos Aires",
            "Córdoba",
            "Rosario",
            "Mendoza",
            "La Plata",
            "San Miguel de Tucumán",
            "Mar del Plata",
            "Salta",
            "Santa Fe",
            "Neuquén",
            "Bahía Blanca",
        ],
    ),
    "SRB": dict(
        m=[
            "Nikola",
            "Stefan",
            "Miloš",
            "Dragan",
            "Nemanja",
            "Marko",
            "Vladimir",
            "Dušan",
            "Zoran",
            "Aleksandar",
        ],
        f=["Jelena", "Milica", "Ana", "Marija", "Ivana", "Dragana", "Tijana", "Snežana", "Jovana", "Gordana"],
        s=[
            "Jovanović",
            "Petrović",
            "Nikolić",
            "Marković",
            "Đorđević",
            "Stojanović",
            "Ilić",
            "Stanković",
            "Pavlović",
            "Milošević",
            "Todorović",
            "Lazić",
        ],
        places=[
            "Beograd",
            "Novi Sad",
            "Niš",
            "Kragujevac",
            "Subotica",
            "Zrenjanin",
            "Pančevo",
            "Čačak",
            "Kraljevo",
            "Leskovac",
            "Šabac",
        ],
    ),
}
for _k, _v in NEW_COUNTRIES.items():
    _pp.COUNTRIES.setdefault(_k, _v)
for _k, _v in NEW_ORIGINS.items():
    _pp.ORIGINS.setdefault(_k, _v)
for _k, _v in NEW_COUNTRIES.items():
    _pp._EN_TO_A3.setdefault(_v["en"], _k)


def _care(en, fr, nl, de):
    return dict(insurance_en=en, insurance_fr=fr, insurance_nl=nl, insurance_de=de)


B9_COUNTRIES = {
    "ECU": dict(
        capital="Quito",
        hospital="Hospital de Especialidades Eugenio Espejo, Quito",
        currency="USD",
        wage="470 USD",
        lang="es",
        **_care(
            "The IESS covers affiliated workers only; in the Ministry of Public Health's hospitals the listed "
            "medicines run out for months at a time and patients buy them in private pharmacies.",
            "L'IESS ne couvre que les travailleurs affiliés ; dans les hôpitaux du ministère de la Santé publique, "
            "les médicaments de la liste manquent pendant des mois et les patients les achètent en pharmacie privée.",
            "Het IESS dekt enkel aangesloten werknemers; in de ziekenhuizen van het ministerie van Volksgezondheid "
            "ontbreken de geneesmiddelen van de lijst maandenlang en patiënten kopen ze in private apotheken.",
            "Das IESS versichert nur angemeldete Arbeitnehmer; in den Kliniken des Gesundheitsministeriums fehlen "
            "die gelisteten Medikamente oft monatelang und werden privat gekauft.",
        ),
    ),
    "CUB": dict(
        capital="La Habana",
        hospital="Hospital Clínico Quirúrgico Hermanos Ameijeiras, La Habana",
        currency="CUP",
        wage="4 500 CUP",
        lang="es",
        **_care(
            "Care is free in principle, but the shortage of medicines and consumables is chronic; many drugs are "
            "only found on the informal market at prices paid in foreign currency.",
            "Les soins sont en principe gratuits, mais la pénurie de médicaments et de consommables est chronique ; "
            "de nombreux médicaments ne se trouvent que sur le marché informel, payés en devises.",
            "De zorg is in principe gratis, maar het tekort aan geneesmiddelen en verbruiksmateriaal is chronisch; "
            "veel middelen zijn enkel op de informele markt te vinden, te betalen in vreemde valuta.",
            "Die Versorgung ist grundsätzlich kostenlos, doch Medikamente und Verbrauchsmaterial fehlen dauerhaft; "
            "viele Arzneimittel gibt es nur auf dem Schwarzmarkt gegen Devisen.",
        ),
    ),
    "SDN": dict(
        capital="Khartoum",
        hospital="Ibn Sina Specialized Hospital, Khartoum",
        currency="SDG",
        wage="60 000 SDG",
        lang="ar",
        **_care(
            "Since April 2023 most hospitals in Khartoum and Darfur are closed or damaged; the National Health "
            "Insurance Fund no longer pays for chronic treatment and medicines are imported privately.",
            "Depuis avril 2023, la plupart des hôpitaux de Khartoum et du Darfour sont fermés ou endommagés ; le "
            "Fonds national d'assurance maladie ne prend plus en charge les traitements chroniques.",
            "Sinds april 2023 zijn de meeste ziekenhuizen in Khartoem en Darfur gesloten of beschadigd; het "
            "nationale ziekteverzekeringsfonds betaalt chronische behandelingen niet meer terug.",
            "Seit April 2023 sind die meisten Kliniken in Khartum und Darfur geschlossen oder beschädigt; die "
            "staatliche Krankenkasse zahlt chronische Behandlungen nicht mehr.",
        ),
    ),
}
for _k, _v in B9_COUNTRIES.items():
    _b9.COUNTRIES.setdefault(_k, {**NEW_COUNTRIES[_k], **_v})
    _b9._EN2A3.setdefault(NEW_COUNTRIES[_k]["en"].lower(), _k)

# =========================================================================== the kit

_TT = "/usr/share/fonts/truetype"
_UR = "/usr/share/fonts/opentype/urw-base35"
BOOK, BOOK_B, BOOK_I = (
    f"{_UR}/URWBookman-Light.otf",
    f"{_UR}/URWBookman-Demi.otf",
    f"{_UR}/URWBookman-LightItalic.otf",
)
PAL, PAL_B, PAL_I = f"{_UR}/P052-Roman.otf", f"{_UR}/P052-Bold.otf", f"{_UR}/P052-Italic.otf"
NROM, NROM_B, NROM_I = (
    f"{_UR}/NimbusRoman-Regular.otf",
    f"{_UR}/NimbusRoman-Bold.otf",
    f"{_UR}/NimbusRoman-Italic.otf",
)
NSAN, NSAN_B, NSAN_I = (
    f"{_UR}/NimbusSans-Regular.otf",
    f"{_UR}/NimbusSans-Bold.otf",
    f"{_UR}/NimbusSans-Italic.otf",
)
NNAR, NNAR_B = f"{_UR}/NimbusSansNarrow-Regular.otf", f"{_UR}/NimbusSansNarrow-Bold.otf"
NMONO, NMONO_B = f"{_UR}/NimbusMonoPS-Regular.otf", f"{_UR}/NimbusMonoPS-Bold.otf"
CENT, CENT_B = f"{_UR}/C059-Roman.otf", f"{_UR}/C059-Bold.otf"
DSER, DSER_B, DSER_I = (
    f"{_TT}/dejavu/DejaVuSerif.ttf",
    f"{_TT}/dejavu/DejaVuSerif-Bold.ttf",
    f"{_TT}/dejavu/DejaVuSerif-Italic.ttf",
)
DSAN, DSAN_B = f"{_TT}/dejavu/DejaVuSans.ttf", f"{_TT}/dejavu/DejaVuSans-Bold.ttf"
DCON, DCON_B = f"{_TT}/dejavu/DejaVuSansCondensed.ttf", f"{_TT}/dejavu/DejaVuSansCondensed-Bold.ttf"
DMONO = f"{_TT}/dejavu/DejaVuSansMono.ttf"
FSER, FSER_B, FSER_I = (
    f"{_TT}/freefont/FreeSerif.ttf",
    f"{_TT}/freefont/FreeSerifBold.ttf",
    f"{_TT}/freefont/FreeSerifItalic.ttf",
)
FSAN, FSAN_B = f"{_TT}/freefont/FreeSans.ttf", f"{_TT}/freefont/FreeSansBold.ttf"
FMONO, FMONO_B = f"{_TT}/freefont/FreeMono.ttf", f"{_TT}/freefont/FreeMonoBold.ttf"
LSAN, LSAN_B, LSAN_I = (
    f"{_TT}/liberation/LiberationSans-Regular.ttf",
    f"{_TT}/liberation/LiberationSans-Bold.ttf",
    f"{_TT}/liberation/LiberationSans-Italic.ttf",
)
LNAR, LNAR_B = (
    f"{_TT}/liberation/LiberationSansNarrow-Regular.ttf",
    f"{_TT}/liberation/LiberationSansNarrow-Bold.ttf",
)
LSER, LSER_B = f"{_TT}/liberation/LiberationSerif-Regular.ttf", f"{_TT}/liberation/LiberationSerif-Bold.ttf"
LMONO = f"{_TT}/liberation/LiberationMono-Regular.ttf"
CARL, CARL_B, CARL_I = (
    f"{_TT}/crosextra/Carlito-Regular.ttf",
    f"{_TT}/crosextra/Carlito-Bold.ttf",
    f"{_TT}/crosextra/Carlito-Italic.ttf",
)
CALA, CALA_B, CALA_I = (
    f"{_TT}/crosextra/Caladea-Regular.ttf",
    f"{_TT}/crosextra/Caladea-Bold.ttf",
    f"{_TT}/crosextra/Caladea-Italic.ttf",
)
GOTH, GOTH_B = f"{_UR}/URWGothic-Book.otf", f"{_UR}/URWGothic-Demi.otf"
CPR = "/usr/share/fonts/opentype/courier-prime/Courier Prime.otf"
OCR = f"{_TT}/dejavu/DejaVuSansMono.ttf"
HAND_A = f"{_TT}/fifthhorseman/dkg.ttf"
HAND_B = f"{_TT}/breip/Breip.ttf"
HAND_C = f"{_TT}/fifthhorseman/dkgBd.ttf"
HAND_D = f"{_UR}/Z003-MediumItalic.otf"
CAPS = f"{_TT}/humor-sans/Humor-Sans.ttf"

INK = (0, 0, 0)
GRY1, GRY2, GRY3 = (64, 64, 68), (118, 118, 124), (196, 196, 200)
BIC_BLUE, BIC_BLACK, FELT_GREEN = (26, 44, 146), (32, 32, 38), (24, 92, 70)
STAMP_BLUE, STAMP_VIOLET, STAMP_RED, STAMP_GREEN = (38, 70, 170), (104, 48, 138), (176, 36, 48), (32, 112, 72)
WHITE = (255, 255, 255)


def crc(*parts) -> int:
    return zlib.crc32("|".join(str(p) for p in parts).encode())


def put(sh: Sheet, x, y, s, *, f=NSAN, pt=10.0, c=INK, a="left", ls=0.0) -> float:
    """One line of text; returns its width in mm."""
    return sh.text(x, y, s, font=f, size_pt=pt, color=c, anchor=a, letter_spacing=ls)


def span_w(s, f=NSAN, pt=10.0) -> float:
    return text_width_mm(s, font=f, size_pt=pt)


def flow(sh: Sheet, x, y, w, s, *, f=NROM, pt=10.5, lead=1.32, al="left", c=INK) -> float:
    """Wrapped text; returns the y under it."""
    return sh.paragraph(x, y, w, s, font=f, size_pt=pt, leading=lead, align=al, color=c)


def fit(s, w, f, pt, lo=6.0) -> float:
    """The largest size <= pt at which s fits in w mm."""
    while pt > lo and span_w(s, f, pt) > w:
        pt -= 0.25
    return pt


def pen(sh: Sheet, x, y, s, rng, *, f=HAND_A, pt=12.0, c=BIC_BLUE) -> float:
    return sh.handwriting(x, y, s, rng, size_pt=pt, color=c, font=f)


def boxed(sh: Sheet, x, y, w, h, *, lw=0.25, c=INK, fill=None) -> None:
    sh.rect(x, y, w, h, width_mm=lw, color=c, fill=fill)


def line(sh: Sheet, x1, y1, x2, y2, *, lw=0.2, c=INK, dash=None) -> None:
    sh.rule(x1, y1, x2, y2, width_mm=lw, color=c, dash=dash)


def scrawl(sh: Sheet, x, y, rng, *, w=42.0, h=14.0, c=BIC_BLUE, style=None) -> None:
    sh.signature(x, y, w, h, rng, color=c, style=style)


def rubber(sh: Sheet, x, y, lines, rng, *, shape="round", c=STAMP_BLUE, mm=30.0, angle=None):
    return sh.stamp(x, y, lines, rng, shape=shape, color=c, size_mm=mm, angle=angle)


def digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


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
    "tk": [
        "ýanwar",
        "fewral",
        "mart",
        "aprel",
        "maý",
        "iýun",
        "iýul",
        "awgust",
        "sentýabr",
        "oktýabr",
        "noýabr",
        "dekabr",
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
    "sr": [
        "januar",
        "februar",
        "mart",
        "april",
        "maj",
        "jun",
        "jul",
        "avgust",
        "septembar",
        "oktobar",
        "novembar",
        "decembar",
    ],
}
for _l in ("nl", "fr", "de", "en"):
    MONTHS[_l] = list(_pp.MONTHS[_l])
ABBR3 = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
ABBR_ES = ["ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SEP", "OCT", "NOV", "DIC"]


def d_num(d: D, sep=".") -> str:
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def d_words(d: D, lang: str) -> str:
    m = MONTHS[lang][d.month - 1]
    if lang == "es":
        return f"{d.day} de {m} de {d.year}"
    if lang == "fr":
        return f"{'1er' if d.day == 1 else d.day} {m} {d.year}"
    if lang == "de":
        return f"{d.day}. {m} {d.year}"
    if lang == "en":
        return f"{d.day} {m} {d.year}"
    if lang == "tk":
        return f"{d.year}-nji ýylyň {d.day}-nji {m}"
    if lang == "sr":
        return f"{d.day}. {m} {d.year}."
    return f"{d.day} {m} {d.year}"


def parent_of(p: Person, which: str) -> str:
    v = p.father if which == "f" else p.mother
    if v:
        return v
    return ("— " + p.surname) if which == "f" else "—"


def country_in(code_or_en: str, lang: str) -> str:
    return _pp.country_name(code_or_en, lang)


def adj(code: str, lang: str) -> str:
    return _pp.nationality_adj(code, lang)


# ---------------------------------------------------------------------------- raster habits


def to_img(sh: Sheet, dpi: int = 200) -> Image.Image:
    return sh.render(dpi).convert("RGB")


def to_sheet(img: Image.Image, w=210.0, h=297.0) -> Sheet:
    s = Sheet(w, h)
    s.image(0, 0, w, h, img)
    return s


def copier(
    sh: Sheet, *, dpi=180, gamma=1.0, tone=(248, 248, 246), blur=0.0, contrast=1.0, speckle=0
) -> Sheet:
    """The page gone once through an office copier: a tone over the paper, a little softness, optional dust."""
    img = to_img(sh, dpi)
    if contrast != 1.0 or gamma != 1.0:
        lut = []
        for v in range(256):
            t = (v / 255.0) ** gamma
            t = 0.5 + (t - 0.5) * contrast
            lut.append(max(0, min(255, int(t * 255))))
        img = img.point(lut * 3)
    img = ImageChops.multiply(img, Image.new("RGB", img.size, tone))
    if speckle:
        r = random.Random(speckle)
        d = ImageDraw.Draw(img)
        for _ in range(220):
            x, y = r.randrange(img.width), r.randrange(img.height)
            s = r.choice([1, 1, 1, 2, 3])
            d.ellipse([x, y, x + s, y + s], fill=(70, 70, 70))
    if blur:
        img = img.filter(ImageFilter.GaussianBlur(blur))
    return to_sheet(img, sh.width_mm, sh.height_mm)


def lid_open(sh: Sheet, rng: random.Random, *, dpi=170, side="right") -> Sheet:
    """Copied with the copier lid open: the glass around a smaller original prints black, with a soft edge."""
    img = to_img(sh, dpi)
    W_, H_ = img.size
    black = Image.new("RGB", (W_, H_), (22, 22, 24))
    mask = Image.new("L", (W_, H_), 0)
    md = ImageDraw.Draw(mask)
    x1 = int(W_ * (0.90 if side == "right" else 1.0))
    y1 = int(H_ * rng.uniform(0.86, 0.93))
    md.rectangle([int(W_ * (0.0 if side == "right" else 0.08)), 0, x1, y1], fill=255)
    mask = mask.filter(ImageFilter.GaussianBlur(4))
    return to_sheet(Image.composite(img, black, mask), sh.width_mm, sh.height_mm)


def punch_holes(sh: Sheet, *, dpi=170, x_mm=9.0) -> Sheet:
    """Two filing holes punched in the original: black discs in the left margin of the copy."""
    img = to_img(sh, dpi)
    k = dpi / 25.4
    d = ImageDraw.Draw(img)
    for y_mm in (sh.height_mm / 2 - 40, sh.height_mm / 2 + 40):
        r = 3.0 * k
        d.ellipse([x_mm * k - r, y_mm * k - r, x_mm * k + r, y_mm * k + r], fill=(18, 18, 18))
    return to_sheet(img, sh.width_mm, sh.height_mm)


def staple_mark(sh: Sheet, rng: random.Random, *, corner="tl") -> None:
    """The shadow of a staple in a corner (drawn on the sheet before it is copied)."""
    x, y = (12.0, 9.0) if corner == "tl" else (sh.width_mm - 28.0, 9.0)
    a = math.radians(rng.uniform(-35, -20) if corner == "tl" else rng.uniform(20, 35))
    x2, y2 = x + 13 * math.cos(a), y - 13 * math.sin(a) + 10
    line(sh, x, y + 10, x2, y2, lw=0.7, c=(80, 80, 84))
    line(sh, x + 0.4, y + 10.6, x2 + 0.4, y2 + 0.6, lw=0.3, c=(170, 170, 174))


def marker(sh: Sheet, x, y, w, h, *, col=(255, 236, 60), alpha=120) -> None:
    """A highlighter stroke over text (multiplied, so the text stays readable)."""
    k = 8
    img = Image.new("RGBA", (max(2, int(w * k)), max(2, int(h * k))), col + (0,))
    a = Image.new("L", img.size, alpha)
    img.putalpha(a)
    sh.image(x, y, w, h, img, blend="multiply")


def card_onto(card: Sheet, sh: Sheet, x, y, *, scale=1.0, deg=0.0, dpi=300) -> tuple[float, float]:
    """Copy a card or booklet page onto a sheet at x, y (turned by deg degrees, the corners left transparent so that
    the ground shows); returns (width, height) in mm."""
    img = to_img(card, dpi)
    if deg:
        img = img.convert("RGBA").rotate(deg, expand=True, resample=Image.BICUBIC, fillcolor=(0, 0, 0, 0))
    w = card.width_mm * scale * (img.width / (card.width_mm * dpi / 25.4))
    h = w * img.height / img.width
    sh.image(x, y, w, h, img)
    return w, h


def wavy_ground(w, h, rng: random.Random, bg, ink, *, rows=22, k=6) -> Image.Image:
    """A security ground of interlaced sine bands with a faint diagonal hatch (passport and card pages)."""
    W_, H_ = max(4, int(w * k)), max(4, int(h * k))
    img = Image.new("RGB", (W_, H_), bg)
    d = ImageDraw.Draw(img)
    f1, f2 = rng.uniform(2.0, 4.0), rng.uniform(5.0, 9.0)
    ph = rng.uniform(0, 6.28)
    for i in range(rows):
        y0 = H_ * (i + 0.5) / rows
        amp = H_ / rows * rng.uniform(0.9, 1.6)
        pts = [
            (
                x,
                y0
                + amp * math.sin(f1 * 6.283 * x / W_ + ph + i * 0.6)
                + amp * 0.3 * math.sin(f2 * 6.283 * x / W_ - i),
            )
            for x in range(0, W_ + 6, 6)
        ]
        d.line(pts, fill=ink, width=1)
    light = tuple(min(255, c + (255 - c) // 2) for c in ink)
    for x in range(-H_, W_, 14):
        d.line([(x, H_), (x + H_, 0)], fill=light, width=1)
    return img


def mrz_rows(sh: Sheet, x, y, rows, *, pt=8.6, step=4.2, c=(20, 20, 22), f=OCR) -> None:
    for i, r in enumerate(rows):
        put(sh, x, y + i * step, r, f=f, pt=pt, c=c)


def issue_in(rng, issue_date, lo=25, hi=420) -> D:
    return issue_date or TODAY - datetime.timedelta(days=rng.randint(lo, hi))


def dates_of(rng, issue_date, expiry_date, years):
    if expiry_date is None:
        expiry_date = TODAY + datetime.timedelta(days=rng.randint(250, 2300))
    if issue_date is None:
        issue_date = D(
            expiry_date.year - years, expiry_date.month, min(expiry_date.day, 28)
        ) + datetime.timedelta(days=1)
    return issue_date, expiry_date


_SR_DI = [
    ("Lj", "Љ"),
    ("lj", "љ"),
    ("Nj", "Њ"),
    ("nj", "њ"),
    ("Dž", "Џ"),
    ("dž", "џ"),
    ("LJ", "Љ"),
    ("NJ", "Њ"),
    ("DŽ", "Џ"),
]
_SR_1 = dict(
    zip(
        "ABVGDĐEŽZIJKLMNOPRSTĆUFHCČŠabvgdđežzijklmnoprstćufhcčš",
        "АБВГДЂЕЖЗИЈКЛМНОПРСТЋУФХЦЧШабвгдђежзијклмнопрстћуфхцчш",
    )
)


def sr_cyr(s: str) -> str:
    """Serbian Latin to Cyrillic (the two alphabets map one to one, the digraphs first)."""
    for a, b in _SR_DI:
        s = s.replace(a, b)
    return "".join(_SR_1.get(ch, ch) for ch in s)


# Arabic spellings of the Sudanese names and places this part draws (every token of the SDN lists above)
AR = {
    "Mohamed": "محمد",
    "Osman": "عثمان",
    "Ahmed": "أحمد",
    "Abdelrahman": "عبد الرحمن",
    "Hassan": "حسن",
    "Omer": "عمر",
    "Elfatih": "الفاتح",
    "Mustafa": "مصطفى",
    "Khalid": "خالد",
    "Yousif": "يوسف",
    "Abubakr": "أبوبكر",
    "Fatima": "فاطمة",
    "Amna": "آمنة",
    "Hiba": "هبة",
    "Sara": "سارة",
    "Rayan": "ريان",
    "Samah": "سماح",
    "Tasneem": "تسنيم",
    "Ikhlas": "إخلاص",
    "Nafisa": "نفيسة",
    "Huda": "هدى",
    "Elhassan": "الحسن",
    "Abdalla": "عبدالله",
    "Ali": "علي",
    "Babiker": "بابكر",
    "Elamin": "الأمين",
    "Ibrahim": "إبراهيم",
    "Suleiman": "سليمان",
    "Hamad": "حمد",
    "Eltayeb": "الطيب",
    "Adam": "آدم",
    "Yagoub": "يعقوب",
    "Musa": "موسى",
    "Khartoum": "الخرطوم",
    "Omdurman": "أم درمان",
    "Port": "بورت",
    "Sudan": "سودان",
    "Wad": "ود",
    "Madani": "مدني",
    "El": "ال",
    "Obeid": "الأبيض",
    "Kassala": "كسلا",
    "Atbara": "عطبرة",
    "Nyala": "نيالا",
    "Fasher": "الفاشر",
    "Kosti": "كوستي",
    "Gedaref": "القضارف",
    "Dongola": "دنقلا",
}
_AR_PLACE = {"El Obeid": "الأبيض", "El Fasher": "الفاشر", "Port Sudan": "بورتسودان", "Wad Madani": "ود مدني"}


def ar(s: str) -> str:
    """The Arabic spelling of a Sudanese name or place (tokens this part draws; others are left in Latin)."""
    if s in _AR_PLACE:
        return _AR_PLACE[s]
    return " ".join(AR.get(t, t) for t in s.split())


# =========================================================================== passports (TD3)

PASS = {
    "ECU": dict(
        state="REPÚBLICA DEL ECUADOR",
        doc="PASAPORTE / PASSPORT",
        num=lambda r: "A" + digits(r, 7),
        pers=lambda r, p: digits(r, 10),
        years=6,
        bg=(246, 236, 214),
        ink=(214, 186, 140),
        acc=(150, 30, 36),
        auth="DIRECCIÓN GENERAL DE REGISTRO CIVIL",
        lay="stack",
        langs="es/en",
    ),
    "CUB": dict(
        state="REPÚBLICA DE CUBA",
        doc="PASAPORTE  ·  PASSPORT",
        num=lambda r: "K" + digits(r, 6),
        pers=lambda r, p: p.birth_date.strftime("%y%m%d") + digits(r, 5),
        years=10,
        bg=(232, 236, 246),
        ink=(176, 188, 224),
        acc=(20, 40, 110),
        auth="MININT / DIE LA HABANA",
        lay="grid",
        langs="es/en",
    ),
    "SDN": dict(
        state="REPUBLIC OF THE SUDAN",
        ar_state="جمهورية السودان",
        doc="PASSPORT",
        ar_doc="جواز سفر",
        num=lambda r: "P" + digits(r, 8),
        pers=lambda r, p: digits(r, 11),
        years=7,
        bg=(230, 242, 232),
        ink=(160, 204, 170),
        acc=(0, 90, 50),
        auth="KHARTOUM / CPP",
        lay="arabic",
        langs="ar/en",
    ),
    "TKM": dict(
        state="TÜRKMENISTAN",
        doc="PASPORT / PASSPORT",
        num=lambda r: "A" + digits(r, 7),
        pers=lambda r, p: "",
        years=10,
        bg=(232, 244, 236),
        ink=(150, 196, 166),
        acc=(0, 104, 60),
        auth="TÜRKMENISTANYŇ DMG",
        lay="tk",
        langs="tk/en",
    ),
    "ARG": dict(
        state="REPÚBLICA ARGENTINA",
        top="MERCOSUR",
        doc="PASAPORTE / PASSPORT / PASSEPORT",
        num=lambda r: "AA" + r.choice("ABCDEFGH") + digits(r, 6),
        pers=lambda r, p: digits(r, 8),
        years=10,
        bg=(230, 240, 250),
        ink=(168, 200, 232),
        acc=(30, 90, 160),
        auth="RENAPER",
        lay="mercosur",
        langs="es/en/fr",
    ),
    "SRB": dict(
        state="РЕПУБЛИКА СРБИЈА · REPUBLIC OF SERBIA",
        doc="ПАСОШ · PASSPORT · PASSEPORT",
        num=lambda r: digits(r, 9),
        pers=lambda r, p: p.birth_date.strftime("%d%m") + str(p.birth_date.year)[1:] + digits(r, 6),
        years=10,
        bg=(244, 236, 236),
        ink=(214, 176, 176),
        acc=(130, 30, 40),
        auth="ПУ ЗА ГРАД БЕОГРАД / PU BEOGRAD",
        lay="serbian",
        langs="sr/en/fr",
    ),
    "SUR": dict(
        state="REPUBLIEK SURINAME",
        doc="PASPOORT / PASSPORT",
        num=lambda r: "R" + digits(r, 7),
        pers=lambda r, p: "",
        years=5,
        bg=(236, 244, 236),
        ink=(170, 210, 178),
        acc=(0, 100, 50),
        auth="CENTRAAL BUREAU VOOR BURGERZAKEN",
        lay="sur",
        langs="nl/en",
    ),
}


def _pdate(d: D, code: str) -> str:
    if code == "ECU":
        return f"{d.day:02d} {ABBR3[d.month - 1]} {d.year}"
    if code in ("CUB", "SDN"):
        return d_num(d, "/")
    if code == "TKM":
        return d_num(d, ".")
    if code == "SRB":
        return d_num(d, ".") + "."
    if code == "ARG":
        return f"{d.day:02d} {ABBR_ES[d.month - 1]}/{ABBR3[d.month - 1]} {d.year}"
    nl = ["JAN", "FEB", "MRT", "APR", "MEI", "JUN", "JUL", "AUG", "SEP", "OKT", "NOV", "DEC"]
    return f"{d.day:02d} {nl[d.month - 1]}/{ABBR3[d.month - 1]} {d.year}"


def _birthplace(p: Person, code: str) -> str:
    place = _pp.strip_accents(p.birth_place).upper() if code != "SRB" else p.birth_place.upper()
    own = _pp.COUNTRIES.get(p.nationality, {}).get("en")
    if p.birth_country and p.birth_country != own:
        bc = {"Turkey": "TUR"}.get(p.birth_country, p.birth_country[:3].upper())
        return f"{place}, {bc}"
    return place


def _ghost(w, h, rng, tint) -> Image.Image:
    img = ImageOps.grayscale(_ph(w, h, rng)).convert("RGB")
    img = Image.blend(img, Image.new("RGB", img.size, tint), 0.62)
    return img


def _ph(w, h, rng) -> Image.Image:
    from .paper import make_photo

    return make_photo(w, h, rng)


def _data_page(
    person: Person, rng, code: str, number: str, iss: D, exp: D, rows: list[str], pers: str
) -> Sheet:
    """The passport's data page (125 x 88 mm) in the country's own layout."""
    C = PASS[code]
    Wd, Hd = 125.0, 88.0
    pg = Sheet(Wd, Hd)
    pg.image(0, 0, Wd, Hd, wavy_ground(Wd, Hd, rng, C["bg"], C["ink"]))
    lay = C["lay"]
    acc = C["acc"]
    sn, gn = person.surname.upper(), person.given_names.upper()
    nat = adj(code, "en").upper()
    bd, bp, sx = _pdate(person.birth_date, code), _birthplace(person, code), person.sex
    photo = _ph(30, 38, rng)
    if lay == "stack":  # ECU: Spanish caption bold over the English one in italics
        put(pg, 4, 3, C["state"], f=NSAN_B, pt=7.5, c=acc)
        put(pg, Wd - 4, 3.3, C["doc"], f=NSAN, pt=6, c=acc, a="right")
        pg.image(4, 12, 30, 38, photo)
        pg.image(98, 46, 16, 20, _ghost(16, 20, rng, C["bg"]))
        items = [
            ("Apellidos", "Surname", sn),
            ("Nombres", "Given names", gn),
            ("Nacionalidad", "Nationality", nat),
            ("Fecha de nacimiento", "Date of birth", bd),
            ("Sexo", "Sex", sx),
            ("Lugar de nacimiento", "Place of birth", bp),
            ("Fecha de emisión", "Date of issue", _pdate(iss, code)),
            ("Fecha de caducidad", "Date of expiry", _pdate(exp, code)),
            ("Autoridad", "Authority", C["auth"]),
        ]
        x, y = 38.0, 10.0
        put(pg, Wd - 4, 8, f"No. {number}", f=NSAN_B, pt=8, c=(150, 20, 30), a="right")
        for i, (es, en, v) in enumerate(items):
            xx = x if i not in (4,) else 92.0
            yy = y if i != 4 else y - 7.2
            put(pg, xx, yy, es, f=NSAN_B, pt=4.6, c=GRY1)
            put(pg, xx + span_w(es, NSAN_B, 4.6) + 1, yy + 0.1, en, f=NSAN_I, pt=4.4, c=GRY2)
            put(pg, xx, yy + 2.2, v, f=NSAN_B, pt=fit(v, 80, NSAN_B, 7.8), c=(25, 25, 30))
            if i != 4:
                y += 7.2
        if pers:
            put(pg, 4, 53, f"C.I. {pers}", f=NSAN, pt=6, c=GRY1)
    elif lay == "grid":  # CUB: ruled rows, caption at the left of each value
        put(pg, Wd / 2, 2.5, C["state"], f=NROM_B, pt=8.5, c=acc, a="center")
        put(pg, Wd / 2, 6.6, C["doc"], f=NROM, pt=5.6, c=acc, a="center")
        pg.image(5, 14, 28, 36, photo)
        rows_ = [
            ("Tipo/Type", "P"),
            ("Código/Code", code),
            ("Pasaporte No./Passport No.", number),
            ("Apellidos/Surname", sn),
            ("Nombres/Given names", gn),
            ("Nacionalidad/Nationality", nat),
            ("Fecha de nac./Date of birth", bd),
            ("Sexo/Sex", sx),
            ("Lugar de nac./Place of birth", bp),
            ("Expedido/Issued", _pdate(iss, code)),
            ("Vence/Expiry", _pdate(exp, code)),
        ]
        y = 12.0
        for cap, v in rows_:
            put(pg, 36, y + 0.6, cap, f=NNAR, pt=4.4, c=GRY1)
            put(pg, 70, y, v, f=NNAR_B, pt=fit(v, 52, NNAR_B, 7.4))
            line(pg, 36, y + 3.5, Wd - 4, y + 3.5, lw=0.1, c=C["ink"])
            y += 4.0
        put(pg, 5, 52, "Firma del titular / Holder's signature", f=NNAR, pt=4.2, c=GRY2)
        scrawl(pg, 6, 54, rng, w=24, h=6, c=BIC_BLACK)
    elif lay == "arabic":  # SDN: English caption left, Arabic caption right, photo at the left
        put(pg, 4, 2.6, C["state"], f=DSAN_B, pt=6.6, c=acc)
        put(pg, Wd - 4, 1.8, C["ar_state"], f=DSAN_B, pt=7.6, c=acc, a="right")
        put(pg, 4, 7.2, C["doc"], f=DSAN, pt=5.6, c=acc)
        put(pg, Wd - 4, 6.6, C["ar_doc"], f=DSAN, pt=6.4, c=acc, a="right")
        pg.image(4, 14, 29, 37, photo)
        pg.image(Wd - 22, 52, 17, 21, _ghost(17, 21, rng, C["bg"]))
        items = [
            ("Passport No.", "رقم الجواز", number),
            ("Surname", "اللقب", sn),
            ("Given names", "الاسم", gn),
            ("Name (Arabic)", "الاسم بالعربية", ar(f"{person.given_names} {person.surname}")),
            ("Nationality", "الجنسية", nat),
            ("Date of birth", "تاريخ الميلاد", bd),
            ("Place of birth", "محل الميلاد", bp),
            ("Sex", "النوع", sx),
            ("Date of issue", "تاريخ الإصدار", _pdate(iss, code)),
            ("Date of expiry", "تاريخ الانتهاء", _pdate(exp, code)),
        ]
        y = 12.0
        for en, arc, v in items:
            put(pg, 37, y, en, f=DSAN, pt=4.3, c=GRY1)
            put(pg, Wd - 24, y - 0.4, arc, f=DSAN, pt=4.8, c=GRY1, a="right")
            fnt = DSAN_B
            put(pg, 37, y + 1.9, v, f=fnt, pt=fit(v, 60, fnt, 7.0))
            y += 5.2
    elif lay == "tk":  # TKM: "Turkmen / English" captions on one line, green frame round the photo
        put(pg, 4, 2.6, C["state"], f=PAL_B, pt=8, c=acc)
        put(pg, Wd - 4, 3.0, C["doc"], f=PAL, pt=6, c=acc, a="right")
        boxed(pg, 3.5, 11.5, 31, 39, lw=0.6, c=acc)
        pg.image(4, 12, 30, 38, photo)
        items = [
            ("Görnüşi / Type", "P"),
            ("Ýurduň kody / Code", code),
            ("Pasportyň belgisi / Passport No.", number),
            ("Familiýasy / Surname", sn),
            ("Ady / Given names", gn),
            ("Raýatlygy / Nationality", "TURKMEN"),
            ("Doglan senesi / Date of birth", bd),
            ("Jynsy / Sex", sx),
            ("Doglan ýeri / Place of birth", bp),
            ("Berlen senesi / Date of issue", _pdate(iss, code)),
            ("Möhleti / Date of expiry", _pdate(exp, code)),
            ("Beren edara / Authority", C["auth"]),
        ]
        y = 10.5
        for i, (cap, v) in enumerate(items):
            col = 0 if i < 3 else 1
            if i < 3:
                xx, yy = 38 + i * 28, 10.5
            else:
                xx, yy = 38, y
            put(pg, xx, yy, cap, f=PAL_I, pt=4.2, c=GRY1)
            put(pg, xx, yy + 2.0, v, f=PAL_B, pt=fit(v, 80 if col else 26, PAL_B, 7.4))
            if i >= 3:
                y += 4.9
            elif i == 2:
                y = 17.0
    elif lay == "mercosur":  # ARG: MERCOSUR band, numbered trilingual captions
        boxed(pg, 0, 0, Wd, 6.5, lw=0, fill=(210, 226, 244))
        put(pg, 4, 1.4, C["top"], f=NSAN_B, pt=6.4, c=acc)
        put(pg, Wd - 4, 1.4, C["state"], f=NSAN_B, pt=6.4, c=acc, a="right")
        put(pg, Wd / 2, 8, C["doc"], f=NSAN, pt=5.2, c=acc, a="center")
        pg.image(4, 14, 29, 37, photo)
        pg.image(100, 58, 15, 19, _ghost(15, 19, rng, C["bg"]))
        items = [
            ("1. Apellido / Surname / Nom", sn),
            ("2. Nombre / Given names / Prénoms", gn),
            ("3. Nacionalidad / Nationality / Nationalité", "ARGENTINA"),
            ("4. Fecha de nacimiento / Date of birth / Date de naissance", bd),
            ("5. Sexo / Sex / Sexe", sx),
            ("6. Lugar de nacimiento / Place of birth / Lieu de naissance", bp),
            ("7. Fecha de emisión / Date of issue / Date de délivrance", _pdate(iss, code)),
            ("8. Fecha de vencimiento / Date of expiry / Date d'expiration", _pdate(exp, code)),
            ("9. D.N.I.", pers),
        ]
        y = 13.0
        put(pg, Wd - 4, 13, number, f=NSAN_B, pt=8, c=(160, 30, 30), a="right")
        for cap, v in items:
            put(pg, 37, y, cap, f=NSAN, pt=3.9, c=GRY1)
            put(pg, 37, y + 1.7, v, f=NSAN_B, pt=fit(v, 60, NSAN_B, 7.2))
            y += 5.0
    elif lay == "serbian":  # SRB: trilingual captions, the name in Cyrillic and in Latin
        put(pg, 4, 2.4, C["state"], f=BOOK_B, pt=6.2, c=acc)
        put(pg, 4, 6.2, C["doc"], f=BOOK, pt=4.8, c=acc)
        pg.image(4, 13, 29, 37, photo)
        items = [
            ("Презиме / Surname / Nom", f"{sr_cyr(person.surname).upper()}\n{sn}"),
            ("Име / Given names / Prénoms", f"{sr_cyr(person.given_names).upper()}\n{gn}"),
            ("Држављанство / Nationality", "СРПСКО / SRB"),
            ("Датум рођења / Date of birth", bd),
            ("Пол / Sex", {"M": "М/M", "F": "Ж/F"}[sx]),
            ("Место рођења / Place of birth", bp),
            ("Датум издавања / Date of issue", _pdate(iss, code)),
            ("Важи до / Date of expiry", _pdate(exp, code)),
            ("ЈМБГ / Personal No.", pers),
        ]
        y = 10.5
        put(pg, Wd - 4, 3, f"{number}", f=BOOK_B, pt=8, c=(140, 20, 30), a="right")
        for cap, v in items:
            put(pg, 37, y, cap, f=BOOK, pt=3.9, c=GRY1)
            for j, part in enumerate(v.split("\n")):
                put(pg, 37, y + 1.8 + j * 2.9, part, f=BOOK_B, pt=fit(part, 80, BOOK_B, 6.6))
            y += 5.0 + (2.9 if "\n" in v else 0)
    else:  # SUR: Dutch/English captions, stacked
        put(pg, 4, 2.6, C["state"], f=LSAN_B, pt=7.6, c=acc)
        put(pg, Wd - 4, 3.0, C["doc"], f=LSAN, pt=6, c=acc, a="right")
        pg.image(4, 12, 29, 37, photo)
        items = [
            ("Paspoortnummer / Passport No.", number),
            ("Naam / Surname", sn),
            ("Voornamen / Given names", gn),
            ("Nationaliteit / Nationality", "SURINAAMSE"),
            ("Geboortedatum / Date of birth", bd),
            ("Geslacht / Sex", sx),
            ("Geboorteplaats / Place of birth", bp),
            ("Datum van afgifte / Date of issue", _pdate(iss, code)),
            ("Geldig tot / Date of expiry", _pdate(exp, code)),
        ]
        y = 11.0
        for cap, v in items:
            put(pg, 37, y, cap, f=LSAN, pt=4.2, c=GRY1)
            put(pg, 37, y + 1.9, v, f=LSAN_B, pt=fit(v, 80, LSAN_B, 7.4))
            y += 5.1
    boxed(pg, 0, Hd - 17, Wd, 17, lw=0, fill=tuple(min(255, c + 10) for c in C["bg"]))
    mrz_rows(pg, 3.2, Hd - 14.5, rows, pt=8.7, step=5.4)
    return pg


def _mrz_td3(person: Person, code: str, number: str, exp: D, pers: str, break_check, override) -> list[str]:
    o = dict(
        surname=person.surname,
        given_names=person.given_names,
        birth_date=person.birth_date,
        nationality=code,
        sex=person.sex,
        number=number,
    )
    o.update(override or {})
    return M.td3(
        issuing=code,
        surname=o["surname"],
        given=o["given_names"],
        number=o["number"],
        nationality=o["nationality"],
        birth_date=o["birth_date"],
        sex=o["sex"],
        expiry=exp,
        personal_number=pers,
        break_check=break_check,
    )


def _upper_page(code: str, rng, iss: D) -> Sheet:
    """The page facing the data page (observations), with a faint entry or exit stamp."""
    pg = Sheet(125, 88)
    C = PASS[code]
    pg.image(0, 0, 125, 88, wavy_ground(125, 88, rng, C["bg"], C["ink"], rows=14))
    put(pg, 62.5, 5, "OBSERVACIONES / OBSERVATIONS", f=NSAN, pt=5.5, c=GRY1, a="center")
    for i in range(6):
        line(pg, 8, 16 + i * 10, 117, 16 + i * 10, lw=0.1, c=C["ink"])
    d = min(
        iss + datetime.timedelta(days=rng.randint(30, 300)),
        TODAY - datetime.timedelta(days=rng.randint(40, 90)),
    )
    rubber(
        pg,
        70,
        22,
        ["AEROPUERTO MARISCAL SUCRE", "SALIDA " + d_num(d, "."), "MIGRACIÓN"],
        rng,
        shape="rect",
        c=(110, 60, 140),
        mm=24,
    )
    return pg


def _tablecloth(rng) -> Image.Image:
    """A checked kitchen tablecloth seen from above (the ground of a phone photo)."""
    W_, H_ = 840, 1188
    base = rng.choice([(196, 60, 56), (60, 96, 150), (70, 120, 80)])
    img = Image.new("RGB", (W_, H_), (236, 232, 226))
    d = ImageDraw.Draw(img, "RGBA")
    step = 66
    for x in range(0, W_, step):
        d.rectangle([x, 0, x + step // 2, H_], fill=base + (110,))
    for y in range(0, H_, step):
        d.rectangle([0, y, W_, y + step // 2], fill=base + (110,))
    return img.filter(ImageFilter.GaussianBlur(1.2))


def _passport(code: str):
    C = PASS[code]

    def make(
        person: Person,
        rng,
        *,
        issue_date=None,
        expiry_date=None,
        break_check=None,
        mrz_override=None,
        annotate=None,
        **opts,
    ):
        iss, exp = dates_of(rng, issue_date, expiry_date, C["years"])
        number = C["num"](rng)
        pers = C["pers"](rng, person)
        rows = _mrz_td3(
            person,
            code,
            number,
            exp,
            pers if code in ("ECU", "ARG", "SRB") else "",
            break_check,
            mrz_override,
        )
        pg = _data_page(person, rng, code, number, iss, exp, rows, pers)
        sh = Sheet(210, 297)
        if code == "ECU":
            """Booklet open on the copier glass with the lid up: the observations page above the data page, the
            glass around the booklet printing black."""
            card_onto(_upper_page(code, rng, iss), sh, 42, 24)
            card_onto(pg, sh, 42, 24 + 88.6)
            line(sh, 42, 24 + 88.3, 167, 24 + 88.3, lw=0.5, c=(90, 80, 70))
            if annotate:
                pen(sh, 44, 206, annotate, rng, pt=13)
            return [lid_open(sh, rng)]
        if code == "CUB":
            img = _tablecloth(rng)
            out = to_sheet(img)
            card_onto(pg, out, 16, 70, scale=1.38, deg=rng.uniform(-4.0, -2.2))
            if annotate:
                pen(out, 20, 262, annotate, rng, pt=13, c=BIC_BLACK)
            return [copier(out, dpi=160, tone=(255, 250, 240), blur=0.6)]
        if code == "SDN":
            card_onto(pg, sh, 42, 38)
            rubber(
                sh,
                60,
                136,
                ["GEMEENTE SCHAARBEEK", "VOOR EENSLUIDEND", "AFSCHRIFT"],
                rng,
                shape="oval",
                c=STAMP_VIOLET,
                mm=34,
                angle=rng.uniform(-6, 6),
            )
            put(sh, 112, 140, "Voor eensluidend afschrift", f=NROM_I, pt=9)
            put(sh, 112, 145, "Copie certifiée conforme", f=NROM_I, pt=9)
            pen(
                sh,
                112,
                151,
                d_num(TODAY - datetime.timedelta(days=rng.randint(20, 150)), "/"),
                rng,
                pt=12,
                c=BIC_BLACK,
            )
            scrawl(sh, 114, 158, rng, w=34, h=12, c=BIC_BLACK)
            put(sh, 112, 172, "de ambtenaar / le fonctionnaire", f=NROM, pt=8, c=GRY1)
            if annotate:
                pen(sh, 30, 262, annotate, rng, pt=13)
            return [copier(sh, dpi=170, tone=(236, 236, 236), gamma=0.95)]
        if code == "TKM":
            staple_mark(sh, rng)
            card_onto(pg, sh, 22, 22, scale=0.92)
            if annotate:
                pen(sh, 26, 120, annotate, rng, pt=13)
            return [punch_holes(copier(sh, dpi=170, tone=(250, 250, 248), speckle=crc(number)))]
        if code == "ARG":
            card_onto(pg, sh, 40, 46)
            marker(sh, 40 + 84, 46 + 12.2, 38, 4.6)
            pen(sh, 42, 140, "Pasaporte vigente", rng, f=HAND_C, pt=12, c=BIC_BLUE)
            if annotate:
                pen(sh, 42, 150, annotate, rng, pt=13)
            return [sh]
        if code == "SRB":
            card_onto(pg, sh, 34, 22, deg=rng.uniform(1.6, 2.8))
            pen(sh, 40, 128, "kopie conform origineel", rng, f=HAND_A, pt=12.5, c=BIC_BLACK)
            pen(
                sh,
                40,
                136,
                d_num(TODAY - datetime.timedelta(days=rng.randint(5, 60)), "-"),
                rng,
                f=HAND_A,
                pt=12,
                c=BIC_BLACK,
            )
            scrawl(sh, 92, 128, rng, w=22, h=10, c=BIC_BLACK, style="initials")
            if annotate:
                pen(sh, 40, 146, annotate, rng, pt=13)
            return [copier(sh, dpi=180, tone=(246, 246, 246))]
        card_onto(pg, sh, 43, 118)
        rubber(sh, 150, 18, ["KOPIE"], rng, shape="rect", c=STAMP_RED, mm=16, angle=rng.uniform(-8, 8))
        if annotate:
            pen(sh, 45, 214, annotate, rng, pt=13)
        return [sh]

    return make


PASS_IDS = {
    "ECU": "passport-ecu-boekje-open-deksel-zwart-observaciones-54",
    "CUB": "passport-cub-telefoon-tafelkleed-geruit-54",
    "SDN": "passport-sdn-tweetalig-arabisch-eensluidend-schaarbeek-54",
    "TKM": "passport-tkm-groene-fotokader-perforatie-niet-54",
    "ARG": "passport-arg-mercosur-genummerd-markeerstift-54",
    "SRB": "passport-srb-cyrillisch-latijn-scheef-kopie-conform-54",
    "SUR": "passport-sur-onderste-helft-rode-kopiestempel-54",
}
for _cc, _fid in PASS_IDS.items():
    _id._register(
        _fid,
        "identity-document",
        PART,
        PASS[_cc]["langs"],
        _passport(_cc),
        country=_cc,
        mrz="TD3",
        photo=True,
        notes=f"{_cc} passport data page",
    )


# =========================================================================== identity card, residence card (TD1)


def _cap_val(sh: Sheet, x, y, cap, val, *, cf=NSAN, vf=NSAN_B, cpt=3.6, vpt=6.2, w=50.0, cc=GRY1) -> None:
    put(sh, x, y, cap, f=cf, pt=cpt, c=cc)
    put(sh, x, y + 1.5, val, f=vf, pt=fit(val, w, vf, vpt, 3.8))


def idcard_ecu(
    person: Person,
    rng,
    *,
    issue_date=None,
    expiry_date=None,
    break_check=None,
    mrz_override=None,
    annotate=None,
    **opts,
):
    """Ecuadorian identity card (the polycarbonate 'cédula' with Spanish/English captions and a TD1 zone), front
    ABOVE back, both ENLARGED to about 150 % at the LEFT of an A4 sheet with a thin grey copier shadow round each
    side; the lawyer's office wrote 'anverso' and 'reverso' in pencil beside the two sides."""
    iss, exp = dates_of(rng, issue_date, expiry_date, 10)
    nui = digits(rng, 10)
    docno = digits(rng, 9)
    o = dict(
        surname=person.surname,
        given_names=person.given_names,
        birth_date=person.birth_date,
        nationality="ECU",
        sex=person.sex,
        number=docno,
    )
    o.update(mrz_override or {})
    rows = M.td1(
        issuing="ECU",
        surname=o["surname"],
        given=o["given_names"],
        number=o["number"],
        nationality=o["nationality"],
        birth_date=o["birth_date"],
        sex=o["sex"],
        expiry=exp,
        optional1=nui,
        break_check=break_check,
    )
    W_, H_ = 85.6, 54.0
    fr = Sheet(W_, H_)
    fr.image(0, 0, W_, H_, wavy_ground(W_, H_, rng, (246, 240, 222), (226, 206, 150), rows=12))
    boxed(fr, 0, 0, W_, 7.5, lw=0, fill=(250, 214, 60))
    boxed(fr, 0, 7.5, W_, 1.4, lw=0, fill=(30, 70, 150))
    boxed(fr, 0, 8.9, W_, 1.0, lw=0, fill=(200, 30, 40))
    put(fr, 3, 1.2, "REPÚBLICA DEL ECUADOR", f=NSAN_B, pt=6.6, c=(20, 30, 80))
    put(fr, W_ - 3, 1.5, "CÉDULA DE IDENTIDAD / IDENTITY CARD", f=NSAN, pt=4.1, c=(20, 30, 80), a="right")
    put(
        fr,
        W_ - 3,
        4.3,
        "DIRECCIÓN GENERAL DE REGISTRO CIVIL, IDENTIFICACIÓN Y CEDULACIÓN",
        f=NSAN,
        pt=2.8,
        c=(20, 30, 80),
        a="right",
    )
    fr.photo(3, 12, 21, 27, rng)
    items = [
        ("APELLIDOS / SURNAMES", person.surname.upper()),
        ("NOMBRES / GIVEN NAMES", person.given_names.upper()),
        ("NACIONALIDAD / NATIONALITY", "ECUATORIANA"),
        (
            "FECHA DE NACIMIENTO / DATE OF BIRTH",
            f"{person.birth_date.day:02d} {ABBR_ES[person.birth_date.month - 1]} {person.birth_date.year}",
        ),
        ("LUGAR DE NACIMIENTO / PLACE OF BIRTH", _birthplace(person, "ECU")),
    ]
    y = 11.5
    for cap, v in items:
        _cap_val(fr, 27, y, cap, v, w=55)
        y += 5.8
    _cap_val(fr, 27, y, "SEXO / SEX", {"M": "HOMBRE", "F": "MUJER"}[person.sex], w=20)
    _cap_val(fr, 52, y, "NUI", nui, w=30)
    put(fr, 3, 41, "FIRMA DEL TITULAR", f=NSAN, pt=3.0, c=GRY2)
    scrawl(fr, 3, 42.5, rng, w=22, h=7, c=BIC_BLACK)
    put(fr, W_ - 3, 49.5, f"No. DOC. {docno}", f=NSAN_B, pt=4.6, a="right")
    bk = Sheet(W_, H_)
    bk.image(0, 0, W_, H_, wavy_ground(W_, H_, rng, (242, 240, 232), (210, 200, 170), rows=10))
    _cap_val(
        bk, 3, 3, "ESTADO CIVIL / CIVIL STATUS", rng.choice(["SOLTERO/A", "CASADO/A", "UNIÓN DE HECHO"]), w=38
    )
    _cap_val(
        bk,
        45,
        3,
        "PROFESIÓN / OCCUPATION",
        rng.choice(["ESTUDIANTE", "COMERCIANTE", "EMPLEADO/A", "QUEHACERES DOMÉSTICOS"]),
        w=38,
    )
    _cap_val(bk, 3, 10, "FECHA DE EMISIÓN / DATE OF ISSUE", d_num(iss, "-"), w=38)
    _cap_val(bk, 45, 10, "FECHA DE CADUCIDAD / DATE OF EXPIRY", d_num(exp, "-"), w=38)
    _cap_val(
        bk,
        3,
        17,
        "LUGAR DE EMISIÓN / PLACE OF ISSUE",
        rng.choice(["QUITO", "GUAYAQUIL", "CONSULADO BRUSELAS"]),
        w=60,
    )
    boxed(bk, 0, 29, W_, 25, lw=0, fill=(250, 250, 246))
    mrz_rows(bk, 3.5, 31.5, rows, pt=7.6, step=6.6)
    sh = Sheet(210, 297)
    for j, card in enumerate((fr, bk)):
        x, y = 16.0, 20.0 + j * 92
        boxed(sh, x + 1.2, y + 1.2, W_ * 1.5, H_ * 1.5, lw=0, fill=(196, 196, 196))
        card_onto(card, sh, x, y, scale=1.5)
        pen(
            sh,
            x + W_ * 1.5 + 8,
            y + 30,
            "anverso" if j == 0 else "reverso",
            rng,
            f=HAND_A,
            pt=11,
            c=(110, 110, 110),
        )
    if annotate:
        pen(sh, 18, 210, annotate, rng, pt=13)
    return [copier(sh, dpi=180, tone=(244, 244, 242))]


_id._register(
    "idcard-ecu-cedula-vergroot-anverso-reverso-potlood-54",
    "identity-document",
    PART,
    "es/en",
    idcard_ecu,
    country="ECU",
    mrz="TD1",
    photo=True,
    notes="Ecuadorian identity card enlarged",
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
    annotate=None,
    **opts,
):
    """Dutch residence document, front and back copied side by side BELOW a typed line of the lawyer's office
    ('Kopie verblijfsdocument – dossier …'), both a little enlarged (106 %) on a slightly pinkish copy: on the front the document
    title in three languages in a blue band, photo at the RIGHT, name and data at the LEFT; on the back the kind of
    permit and the purpose, the remarks, the VNR and the TD1 zone."""
    iss, exp = dates_of(rng, issue_date, expiry_date, 5)
    vnr = v_number or person.v_number or digits(rng, 10)
    purpose = purpose or rng.choice(["medische behandeling", "verblijf bij partner", "humanitair tijdelijk"])
    docno = rng.choice("NVWXY") + rng.choice("BCDFGHJKLMNPRSTZ") + digits(rng, 7)
    o = dict(
        surname=person.surname,
        given_names=person.given_names,
        birth_date=person.birth_date,
        nationality=person.nationality,
        sex=person.sex,
        number=docno,
    )
    o.update(mrz_override or {})
    rows = M.td1(
        doc_code="IR",
        issuing="NLD",
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
    blue = (22, 56, 128)
    fr = Sheet(W_, H_)
    fr.image(0, 0, W_, H_, wavy_ground(W_, H_, rng, (238, 242, 250), (190, 204, 232), rows=12))
    boxed(fr, 0, 0, W_, 8.5, lw=0, fill=blue)
    put(fr, 3, 1.2, "VERBLIJFSDOCUMENT", f=DCON_B, pt=6.8, c=WHITE)
    put(fr, 3, 4.6, "RESIDENCE PERMIT · TITRE DE SÉJOUR", f=DCON, pt=3.6, c=WHITE)
    put(fr, W_ - 3, 2.0, "NL", f=DCON_B, pt=8, c=WHITE, a="right")
    fr.photo(W_ - 24, 11, 21, 27, rng)
    for cap, v, yy in [
        ("Naam", person.surname.upper(), 10.5),
        ("Voornamen", person.given_names, 16.0),
        ("Geldig tot", d_num(exp, "-"), 21.5),
        ("Documentnummer", docno, 27.0),
    ]:
        _cap_val(fr, 3, yy, cap, v, cf=DCON, vf=DCON_B, w=54)
    _cap_val(fr, 3, 32.5, "Verblijfsvergunning", "REGULIER BEPAALDE TIJD", cf=DCON, vf=DCON_B, w=54)
    scrawl(fr, 3, 41, rng, w=26, h=8, c=(20, 20, 20))
    bk = Sheet(W_, H_)
    bk.image(0, 0, W_, H_, wavy_ground(W_, H_, rng, (240, 242, 248), (196, 206, 228), rows=10))
    _cap_val(bk, 3, 2.5, "Verblijfsdoel", purpose, cf=DCON, vf=DCON_B, w=78)
    _cap_val(
        bk,
        3,
        8.0,
        "Opmerkingen",
        rng.choice(["Arbeid is vrij toegestaan. TWV niet vereist.", "Arbeid toegestaan mits TWV aanwezig."]),
        cf=DCON,
        vf=DCON,
        vpt=5.2,
        w=78,
    )
    _cap_val(bk, 3, 13.5, "Geboortedatum", d_num(person.birth_date, "-"), cf=DCON, vf=DCON_B, w=30)
    _cap_val(bk, 36, 13.5, "Nationaliteit", adj(person.nationality, "nl"), cf=DCON, vf=DCON_B, w=40)
    _cap_val(bk, 3, 19.0, "Afgegeven", f"IND {d_num(iss, '-')}", cf=DCON, vf=DCON_B, w=30)
    _cap_val(bk, 36, 19.0, "VNR", vnr, cf=DCON, vf=DCON_B, w=40)
    boxed(bk, 0, 28, W_, 26, lw=0, fill=(250, 250, 250))
    mrz_rows(bk, 3.5, 30.5, rows, pt=7.6, step=6.6)
    sh = Sheet(210, 297)
    put(
        sh,
        14,
        14,
        f"Kopie verblijfsdocument  –  dossier {rng.randint(2021, 2026)}/{rng.randint(100, 999)}",
        f=CARL,
        pt=9,
        c=GRY1,
    )
    card_onto(fr, sh, 10, 24, scale=1.06)
    card_onto(bk, sh, 10 + W_ * 1.06 + 5, 24, scale=1.06)
    if annotate:
        pen(sh, 16, 110, annotate, rng, pt=13)
    return [copier(sh, dpi=180, tone=(252, 244, 244))]


_id._register(
    "permit-nld-vbd-naast-elkaar-kantoorregel-roze-54",
    "identity-document",
    PART,
    "nl",
    permit_nld,
    country="NLD",
    mrz="TD1",
    photo=True,
    notes="Dutch residence document, front and back side by side",
)


# =========================================================================== civil-status acts


def act_no(person: Person, kind: str, n: int = 6) -> str:
    """A register number fixed by the person (so that an act and its translation quote the same number)."""
    v = crc(kind, person.surname, person.given_names, person.birth_date.isoformat())
    return str(v % (10**n)).zfill(n)


def act_day(person: Person, act_date) -> D:
    if act_date:
        return act_date
    return person.birth_date + datetime.timedelta(days=2 + crc("reg", person.given_names) % 40)


def qr_block(sh: Sheet, x, y, size, seed: int, *, c=INK) -> None:
    """A QR-like square: three finder patterns and random modules."""
    r = random.Random(seed)
    n = 21
    cell = size / n

    def finder(i, j):
        for a, b in ((0, 0), (0, n - 7), (n - 7, 0)):
            if a <= i < a + 7 and b <= j < b + 7:
                ii, jj = i - a, j - b
                return ii in (0, 6) or jj in (0, 6) or (2 <= ii <= 4 and 2 <= jj <= 4)
        return None

    for i in range(n):
        for j in range(n):
            f = finder(i, j)
            on = r.random() < 0.5 if f is None else f
            if on:
                boxed(sh, x + j * cell, y + i * cell, cell + 0.02, cell + 0.02, lw=0, fill=c)


def fold_quarters(sh: Sheet, *, dpi=170, tone=(250, 246, 236)) -> Sheet:
    """A paper kept folded in four: a vertical and a horizontal crease, a little yellowing."""
    img = to_img(sh, dpi)
    img = ImageChops.multiply(img, Image.new("RGB", img.size, tone))
    d = ImageDraw.Draw(img, "RGBA")
    xm, ym = img.width // 2, img.height // 2
    for i in range(-8, 9):
        a = int(30 * (1 - abs(i) / 9))
        d.line([(xm + i, 0), (xm + i, img.height)], fill=(80, 80, 80, a))
        d.line([(0, ym + i), (img.width, ym + i)], fill=(80, 80, 80, a))
    return to_sheet(img, sh.width_mm, sh.height_mm)


def birth_sdn(person: Person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Sudanese computerised BIRTH CERTIFICATE of the civil registry: a green band with the state's name in English
    at the LEFT and in Arabic at the RIGHT, the certificate's title in both languages; each particular on one row
    with the English caption at the LEFT, the value in the middle (the names in Latin and in Arabic script) and the
    Arabic caption at the RIGHT; a QR code and serial number at the foot, the registrar's signature over a round
    green stamp; the paper kept folded in four."""
    iss = issue_in(rng, issue_date, 30, 600)
    reg = act_day(person, act_date)
    fa, mo = father or parent_of(person, "f"), mother or parent_of(person, "m")
    sh = Sheet(210, 297)
    green = (0, 96, 56)
    boxed(sh, 14, 14, 182, 20, lw=0, fill=green)
    put(sh, 18, 17, "REPUBLIC OF THE SUDAN", f=DSAN_B, pt=11, c=WHITE)
    put(sh, 18, 23.5, "Ministry of Interior – Civil Registry", f=DSAN, pt=8.5, c=WHITE)
    put(sh, 192, 16.5, "جمهورية السودان", f=DSAN_B, pt=13, c=WHITE, a="right")
    put(sh, 192, 24, "وزارة الداخلية - السجل المدني", f=DSAN, pt=9.5, c=WHITE, a="right")
    put(sh, 105, 42, "BIRTH CERTIFICATE", f=DSAN_B, pt=15, a="center")
    put(sh, 105, 50, "شهادة ميلاد", f=DSAN_B, pt=15, a="center")
    put(sh, 18, 60, f"Serial No. {act_no(person, 'sdn-b', 8)}", f=DSAN, pt=8.5, c=GRY1)
    put(sh, 192, 60, f"Reg. No. {act_no(person, 'sdn-r', 6)}/{reg.year}", f=DSAN, pt=8.5, c=GRY1, a="right")
    fname = f"{person.given_names} {person.surname}"
    rows = [
        ("Name of the newborn", "اسم المولود", fname, ar(fname)),
        ("Sex", "النوع", "Male" if person.sex == "M" else "Female", "ذكر" if person.sex == "M" else "أنثى"),
        ("Date of birth", "تاريخ الميلاد", d_num(person.birth_date, "/"), ""),
        (
            "Place of birth",
            "محل الميلاد",
            f"{person.birth_place}, {person.birth_country}",
            ar(person.birth_place),
        ),
        ("Father's name", "اسم الأب", fa, ar(fa)),
        ("Father's nationality", "جنسية الأب", "Sudanese", "سوداني"),
        ("Mother's name", "اسم الأم", mo, ar(mo)),
        ("Mother's nationality", "جنسية الأم", "Sudanese", "سودانية"),
        ("Date of registration", "تاريخ التسجيل", d_num(reg, "/"), ""),
        ("Date of issue", "تاريخ الإصدار", d_num(iss, "/"), ""),
    ]
    y = 68.0
    for en, arc, v, va in rows:
        boxed(sh, 14, y, 182, 11, lw=0.2, c=(150, 170, 150))
        put(sh, 17, y + 1.6, en, f=DSAN, pt=7.8, c=GRY1)
        put(sh, 193, y + 1.2, arc, f=DSAN, pt=8.6, c=GRY1, a="right")
        put(sh, 66, y + 1.3, v, f=DSAN_B, pt=fit(v, 84, DSAN_B, 9.5))
        if va:
            put(sh, 150, y + 5.6, va, f=DSAN, pt=8.5, a="right")
        y += 11
    qr_block(sh, 18, y + 10, 24, crc("qr", fname))
    put(sh, 46, y + 14, "Verify: crs.gov.sd", f=DSAN, pt=7.5, c=GRY1)
    rubber(
        sh, 128, y + 6, ["REPUBLIC OF THE SUDAN", "CIVIL REGISTRY", "السجل المدني"], rng, c=STAMP_GREEN, mm=32
    )
    scrawl(sh, 140, y + 14, rng, w=40, h=13, c=BIC_BLACK)
    put(sh, 140, y + 32, "Registrar / المسجل", f=DSAN, pt=8)
    return [fold_quarters(sh, tone=(250, 248, 238))]


_PROV = {
    "Buenos Aires": "Ciudad Autónoma de Buenos Aires",
    "Córdoba": "Provincia de Córdoba",
    "Rosario": "Provincia de Santa Fe",
    "Mendoza": "Provincia de Mendoza",
    "La Plata": "Provincia de Buenos Aires",
    "San Miguel de Tucumán": "Provincia de Tucumán",
    "Mar del Plata": "Provincia de Buenos Aires",
    "Salta": "Provincia de Salta",
    "Santa Fe": "Provincia de Santa Fe",
    "Neuquén": "Provincia del Neuquén",
    "Bahía Blanca": "Provincia de Buenos Aires",
}


def birth_arg(person: Person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Argentine birth act as the provincial civil registry prints a certified copy today ('ACTA DE NACIMIENTO –
    COPIA FIEL'): the registry's name and the province at the top LEFT in a sans face, a grey side panel at the
    RIGHT with Tomo, Acta and Año; the act itself as one justified paragraph in Spanish; at the foot the
    certification sentence, a QR code and a verification code, and the registry's oval stamp with a signature over
    it."""
    iss = issue_in(rng, issue_date, 20, 400)
    reg = act_day(person, act_date)
    fa, mo = father or parent_of(person, "f"), mother or parent_of(person, "m")
    prov = _PROV.get(person.birth_place, "Provincia de Buenos Aires")
    sh = Sheet(210, 297)
    put(sh, 20, 16, "REGISTRO DEL ESTADO CIVIL Y CAPACIDAD DE LAS PERSONAS", f=NSAN_B, pt=10.5)
    put(sh, 20, 22, prov.upper(), f=NSAN, pt=9, c=GRY1)
    line(sh, 20, 28, 190, 28, lw=0.5, c=(40, 90, 160))
    put(sh, 20, 34, "ACTA DE NACIMIENTO", f=NSAN_B, pt=16)
    put(sh, 20, 41.5, "COPIA FIEL DEL ACTA", f=NSAN, pt=9.5, c=GRY1)
    boxed(sh, 148, 32, 42, 30, lw=0, fill=(232, 232, 232))
    for j, (a, b) in enumerate(
        [
            ("Tomo", f"{1 + crc('t', person.surname) % 9}º A"),
            ("Acta N°", act_no(person, "arg", 4)),
            ("Año", str(reg.year)),
        ]
    ):
        put(sh, 151, 34 + j * 9, a, f=NSAN, pt=7.5, c=GRY1)
        put(sh, 151, 37.5 + j * 9, b, f=NSAN_B, pt=10)
    art = "el" if person.sex == "M" else "la"
    hijo = "hijo" if person.sex == "M" else "hija"
    body = (
        f"En {person.birth_place}, {prov}, a los {reg.day} días del mes de {MONTHS['es'][reg.month - 1]} de "
        f"{reg.year}, ante mí, Jefe/a de la Oficina del Registro Civil, se inscribe el nacimiento de "
        f"{person.given_names.upper()} {person.surname.upper()}, de sexo "
        f"{'masculino' if person.sex == 'M' else 'femenino'}, nacid{'o' if person.sex == 'M' else 'a'} "
        f"{art} día {d_words(person.birth_date, 'es')} a las {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d} "
        f"horas en {person.birth_place}, {hijo} de {fa}, D.N.I. {digits(rng, 8)}, y de {mo}, "
        f"D.N.I. {digits(rng, 8)}. Se labra la presente acta en base al certificado médico de nacimiento. "
        f"Leída, la firman los comparecientes ante mí."
    )
    y = flow(sh, 20, 70, 170, body, f=NROM, pt=11, lead=1.45, al="justify")
    y = flow(
        sh,
        20,
        y + 10,
        170,
        f"CERTIFICO que la presente es copia fiel del acta original que obra en este "
        f"Registro. {_pp.strip_accents(person.birth_place)}, {d_words(iss, 'es')}.",
        f=NROM_I,
        pt=10,
    )
    qr_block(sh, 20, y + 10, 26, crc("arg-qr", person.surname, person.given_names))
    put(sh, 50, y + 14, "Código de verificación", f=NSAN, pt=7.5, c=GRY1)
    put(sh, 50, y + 18, f"{digits(rng, 4)}-{digits(rng, 4)}-{act_no(person, 'arg-v', 4)}", f=NMONO, pt=9)
    rubber(
        sh,
        120,
        y + 6,
        ["REGISTRO CIVIL", prov.upper()[:22], "ARGENTINA"],
        rng,
        shape="oval",
        c=STAMP_BLUE,
        mm=34,
    )
    scrawl(sh, 128, y + 12, rng, w=42, h=13, c=BIC_BLACK)
    put(sh, 128, y + 30, "Jefe/a de Oficina", f=NSAN, pt=8)
    return [sh]


_TR_COUNTRY = {
    "ECU": "EKVADOR",
    "CUB": "KÜBA",
    "SDN": "SUDAN",
    "TKM": "TÜRKMENİSTAN",
    "ARG": "ARJANTİN",
    "SRB": "SIRBİSTAN",
    "SUR": "SURİNAM",
}


def birth_tur(person: Person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Turkish district population office's 'YABANCILARA AİT DOĞUM KAYIT BELGESİ' (birth record of a foreign
    national born in Türkiye), printed on a dot-matrix printer in a mono face: the ministry and the district office
    centred at the top, the particulars as 'LABEL ....: value' lines between dashed rules, the foreign identity
    number (99…), nationality, parents; a violet round stamp and the director's signature at the bottom RIGHT, a
    revenue-stamp box at the bottom LEFT."""
    iss = issue_in(rng, issue_date, 20, 300)
    reg = act_day(person, act_date)
    fa, mo = father or parent_of(person, "f"), mother or parent_of(person, "m")
    ilce = rng.choice(["ÇANKAYA", "KADIKÖY", "KONAK", "ŞAHİNBEY", "İPEKYOLU", "FATİH"])
    city = {
        "ÇANKAYA": "ANKARA",
        "KADIKÖY": "İSTANBUL",
        "KONAK": "İZMİR",
        "ŞAHİNBEY": "GAZİANTEP",
        "İPEKYOLU": "VAN",
        "FATİH": "İSTANBUL",
    }[ilce]
    sh = Sheet(210, 297)
    for j, t in enumerate(
        [
            "T.C.",
            "İÇİŞLERİ BAKANLIĞI",
            "NÜFUS VE VATANDAŞLIK İŞLERİ GENEL MÜDÜRLÜĞÜ",
            f"{city} / {ilce} İLÇE NÜFUS MÜDÜRLÜĞÜ",
        ]
    ):
        put(sh, 105, 16 + j * 5, t, f=FMONO_B, pt=10, a="center")
    put(sh, 105, 42, "YABANCILARA AİT DOĞUM KAYIT BELGESİ", f=FMONO_B, pt=12, a="center")
    put(sh, 190, 50, f"Belge No: {act_no(person, 'tr-belge', 7)}", f=FMONO, pt=9, a="right")
    dash = "-" * 72
    put(sh, 18, 56, dash, f=FMONO, pt=9)
    uyr = _TR_COUNTRY.get(person.nationality, adj(person.nationality, "en").upper())
    items = [
        ("YABANCI KİMLİK NO", "99" + act_no(person, "tr-ykn", 9)),
        ("ADI", person.given_names.upper()),
        ("SOYADI", person.surname.upper()),
        ("BABA ADI", fa.upper()),
        ("ANA ADI", mo.upper()),
        ("CİNSİYETİ", "ERKEK" if person.sex == "M" else "KADIN"),
        ("DOĞUM YERİ", person.birth_place.upper()),
        ("DOĞUM TARİHİ", d_num(person.birth_date, ".")),
        ("UYRUĞU", uyr),
        ("TESCİL TARİHİ", d_num(reg, ".")),
        ("KAYIT YERİ", f"{ilce} / {city}"),
    ]
    y = 62.0
    for a, b in items:
        put(sh, 18, y, f"{a:.<22}: {b}", f=FMONO, pt=10)
        y += 7
    put(sh, 18, y, dash, f=FMONO, pt=9)
    y = flow(
        sh,
        18,
        y + 6,
        172,
        "Yukarıda kimlik bilgileri yazılı yabancının doğum olayı nüfus kayıtlarına "
        "tescil edilmiş olup, işbu belge ilgilinin talebi üzerine düzenlenmiştir.",
        f=FMONO,
        pt=9.5,
        lead=1.4,
    )
    put(sh, 18, y + 8, f"Düzenleme Tarihi: {d_num(iss, '.')}", f=FMONO, pt=9.5)
    boxed(sh, 22, y + 22, 26, 32, lw=0.3, c=GRY2)
    put(sh, 35, y + 36, "DAMGA", f=FMONO, pt=7, c=GRY2, a="center")
    rubber(
        sh,
        130,
        y + 16,
        ["T.C. İÇİŞLERİ BAKANLIĞI", f"{ilce} İLÇE NÜFUS", "MÜDÜRLÜĞÜ"],
        rng,
        c=STAMP_VIOLET,
        mm=34,
    )
    scrawl(sh, 138, y + 26, rng, w=40, h=13, c=BIC_BLUE)
    put(sh, 140, y + 46, "İlçe Nüfus Müdürü", f=FMONO, pt=9)
    return [copier(sh, dpi=170, tone=(250, 250, 250), contrast=1.05)]


def birth_tkm(person: Person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Turkmen birth certificate ('DOGLUŞ HAKYNDA ŞAHADATNAMA'), the small green form with a patterned border
    filled in with a typewriter on dotted lines, series and number in red at the top, the civil-registry office's
    round stamp at the bottom LEFT and the head's signature at the RIGHT; copied in the middle of an A4 sheet
    slightly larger than life, the copy a little faded."""
    iss = issue_in(rng, issue_date, 60, 900)
    reg = act_day(person, act_date)
    fa, mo = father or parent_of(person, "f"), mother or parent_of(person, "m")
    W_, H_ = 148.0, 205.0
    cd = Sheet(W_, H_)
    cd.image(0, 0, W_, H_, wavy_ground(W_, H_, rng, (236, 246, 236), (190, 222, 196), rows=30))
    boxed(cd, 4, 4, W_ - 8, H_ - 8, lw=1.4, c=(40, 120, 70))
    boxed(cd, 6, 6, W_ - 12, H_ - 12, lw=0.4, c=(40, 120, 70))
    put(cd, W_ / 2, 12, "TÜRKMENISTAN", f=PAL_B, pt=12, c=(20, 90, 50), a="center")
    put(cd, W_ / 2, 20, "DOGLUŞ HAKYNDA", f=PAL_B, pt=14, a="center")
    put(cd, W_ / 2, 27, "ŞAHADATNAMA", f=PAL_B, pt=14, a="center")
    put(cd, W_ / 2, 36, f"I-AŞ  № {act_no(person, 'tkm', 6)}", f=PAL_B, pt=10, c=(170, 30, 30), a="center")
    vals = [
        ("Familiýasy", person.surname),
        ("Ady", person.given_names),
        ("Doglan senesi", d_words(person.birth_date, "tk")),
        (
            "Doglan ýeri",
            f"{person.birth_place}, {person.birth_country if person.birth_country != 'Turkmenistan' else 'Türkmenistan'}",
        ),
        ("Kakasy", fa),
        ("Raýatlygy", "Türkmenistanyň raýaty"),
        ("Ejesi", mo),
        ("Raýatlygy", "Türkmenistanyň raýaty"),
        ("Dogluş hakynda namanyň ýazgysy", f"{d_num(reg, '.')}  № {act_no(person, 'tkm-n', 4)}"),
        ("Hasaba alnan ýeri", f"{person.birth_place} şäheriniň RÝHB bölümi"),
    ]
    y = 46.0
    for cap, v in vals:
        put(cd, 12, y, cap, f=PAL, pt=7.5, c=GRY1)
        line(cd, 12, y + 9, W_ - 12, y + 9, lw=0.15, c=GRY2, dash=0.5)
        put(cd, 14, y + 3.8, v, f=CPR, pt=fit(v, W_ - 30, CPR, 10))
        y += 13
    put(cd, 12, y + 2, f"Berlen senesi: {d_num(iss, '.')}", f=PAL, pt=8.5)
    rubber(
        cd,
        12,
        y + 10,
        ["TÜRKMENISTAN", "RÝHB BÖLÜMI", person.birth_place.upper()[:14]],
        rng,
        c=STAMP_VIOLET,
        mm=30,
    )
    put(cd, 80, y + 16, "Bölümiň müdiri", f=PAL, pt=8)
    scrawl(cd, 82, y + 20, rng, w=40, h=12, c=BIC_BLUE)
    sh = Sheet(210, 297)
    card_onto(cd, sh, 26, 24, scale=1.07)
    return [copier(sh, dpi=170, gamma=0.85, contrast=0.92, tone=(250, 252, 250))]


def birth_bel(person: Person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Belgian extract of a birth act printed from the federal civil-status database in FRENCH ('Extrait d'acte de
    naissance'): 'ROYAUME DE BELGIQUE' and the commune at the top LEFT, the act's number and the database
    reference in a box at the RIGHT, the particulars in a two-column table whose label cells are shaded grey; an
    electronic-signature line at the bottom (no wet ink), and the commune's blue stamp 'pour extrait conforme' with
    the clerk's initials added when it was printed at the counter."""
    iss = issue_in(rng, issue_date, 15, 300)
    reg = act_day(person, act_date)
    fa, mo = father or parent_of(person, "f"), mother or parent_of(person, "m")
    commune = (
        person.birth_place if person.birth_country == "Belgium" else rng.choice(["Liège", "Namur", "Mons"])
    )
    sh = Sheet(210, 297)
    put(sh, 20, 16, "ROYAUME DE BELGIQUE", f=CARL_B, pt=11)
    put(sh, 20, 22, f"Commune de {commune} – Service de l'état civil", f=CARL, pt=9.5, c=GRY1)
    boxed(sh, 132, 13, 58, 16, lw=0.3)
    put(sh, 135, 15, f"Acte n° {reg.year}/N/{act_no(person, 'bel-b', 5)}", f=CARL_B, pt=9)
    put(sh, 135, 20.5, f"BAEC ref. {digits(rng, 12)}", f=CARL, pt=8, c=GRY1)
    put(sh, 105, 40, "EXTRAIT D'ACTE DE NAISSANCE", f=CARL_B, pt=15, a="center")
    rows = [
        ("Nom", person.surname),
        ("Prénom(s)", person.given_names),
        ("Sexe", "masculin" if person.sex == "M" else "féminin"),
        ("Date de naissance", d_words(person.birth_date, "fr")),
        ("Lieu de naissance", f"{person.birth_place} ({country_in(person.birth_country, 'fr')})"),
        ("Père", fa),
        ("Mère", mo),
        ("Date de l'acte", d_num(reg, "/")),
    ]
    y = 52.0
    for a, b in rows:
        boxed(sh, 20, y, 55, 10, lw=0.25, fill=(226, 226, 226))
        boxed(sh, 75, y, 115, 10, lw=0.25)
        put(sh, 23, y + 3, a, f=CARL, pt=9.5)
        put(sh, 78, y + 2.6, b, f=CARL_B, pt=fit(b, 108, CARL_B, 10.5))
        y += 10
    flow(
        sh,
        20,
        y + 10,
        170,
        f"Délivré le {d_words(iss, 'fr')} à la demande de l'intéressé(e). Document signé "
        f"électroniquement par l'officier de l'état civil délégué.",
        f=CARL,
        pt=9.5,
    )
    rubber(
        sh,
        130,
        y + 26,
        [f"COMMUNE DE {commune.upper()}", "POUR EXTRAIT", "CONFORME"],
        rng,
        c=STAMP_BLUE,
        mm=30,
    )
    pen(sh, 160, y + 40, "J.D.", rng, f=HAND_C, pt=12, c=BIC_BLUE)
    return [sh]


_id._register(
    "birth-sdn-groene-band-tweetalig-qr-vier-gevouwen-54",
    "birth-certificate",
    PART,
    "ar/en",
    birth_sdn,
    country="SDN",
    notes="Sudanese computerised birth certificate, English/Arabic",
)
_id._register(
    "birth-arg-copia-fiel-zijpaneel-qr-54",
    "birth-certificate",
    PART,
    "es",
    birth_arg,
    country="ARG",
    notes="Argentine certified copy of a birth act, Spanish",
)
_id._register(
    "birth-tur-yabanci-dogum-kayit-naaldprinter-54",
    "birth-certificate",
    PART,
    "tr",
    birth_tur,
    country="TUR",
    notes="Turkish district office's birth record of a foreign national, Turkish",
)
_id._register(
    "birth-tkm-groen-formulier-typemachine-54",
    "birth-certificate",
    PART,
    "tk",
    birth_tkm,
    country="TKM",
    notes="Turkmen birth certificate, Turkmen",
)
_id._register(
    "birth-bel-baec-extrait-grijze-labelcellen-54",
    "birth-certificate",
    PART,
    "fr",
    birth_bel,
    country="BEL",
    notes="Belgian extract of a birth act, French",
)


# =========================================================================== nationality and identity certificates


def _sd_head(sh: Sheet, y=14.0) -> float:
    put(sh, 105, y, "سفارة جمهورية السودان - بروكسل", f=DSAN_B, pt=12, a="center")
    put(sh, 105, y + 7, "EMBASSY OF THE REPUBLIC OF THE SUDAN", f=NROM_B, pt=12.5, a="center")
    put(
        sh,
        105,
        y + 12.5,
        "Consular Section  ·  Avenue Franklin Roosevelt 124, 1050 Brussels",
        f=NROM,
        pt=8.5,
        c=GRY1,
        a="center",
    )
    line(sh, 30, y + 18, 180, y + 18, lw=0.8, c=(0, 96, 56))
    line(sh, 30, y + 19.2, 180, y + 19.2, lw=0.2, c=(0, 96, 56))
    return y + 26


def nationality_sdn(person: Person, rng, *, issue_date=None, **opts):
    """Sudanese embassy's CERTIFICATE OF NATIONALITY in Brussels: the embassy's name in Arabic and English centred
    over a double green rule, the reference and date at the RIGHT, the title in both languages, one certifying
    paragraph in English naming the holder, the parents, date and place of birth and the national number; the
    consul's signature and the embassy's round stamp at the bottom RIGHT (no photograph)."""
    iss = issue_in(rng, issue_date, 20, 500)
    sh = Sheet(210, 297)
    y = _sd_head(sh)
    put(sh, 180, y, f"Ref.: SEB/CON/{iss.year}/{act_no(person, 'sdn-nat', 4)}", f=NROM, pt=9.5, a="right")
    put(sh, 180, y + 5, f"Date: {d_num(iss, '/')}", f=NROM, pt=9.5, a="right")
    put(sh, 105, y + 18, "شهادة جنسية", f=DSAN_B, pt=14, a="center")
    put(sh, 105, y + 26, "CERTIFICATE OF NATIONALITY", f=NROM_B, pt=14, a="center")
    title = "Mr." if person.sex == "M" else "Ms."
    kin = "son" if person.sex == "M" else "daughter"
    body = (
        f"The Embassy of the Republic of the Sudan in Brussels hereby certifies that {title} "
        f"{person.given_names.upper()} {person.surname.upper()}, {kin} of {parent_of(person, 'f')} and "
        f"{parent_of(person, 'm')}, born on {d_words(person.birth_date, 'en')} in {person.birth_place} "
        f"({person.birth_country}), national number {act_no(person, 'sdn-nn', 11)}, is a Sudanese national by "
        f"birth in accordance with the Sudanese Nationality Act, 1994, as shown by the records of the Civil "
        f"Registry in Khartoum."
    )
    y = flow(sh, 30, y + 40, 150, body, f=NROM, pt=11.5, lead=1.5, al="justify")
    y = flow(
        sh,
        30,
        y + 6,
        150,
        "This certificate is issued at the request of the above-named for official use "
        "in the Kingdom of Belgium.",
        f=NROM,
        pt=11.5,
        lead=1.5,
    )
    rubber(
        sh, 116, y + 14, ["EMBASSY OF THE SUDAN", "BRUSSELS", "CONSULAR SECTION"], rng, c=STAMP_GREEN, mm=32
    )
    scrawl(sh, 124, y + 22, rng, w=44, h=14, c=BIC_BLUE)
    put(sh, 124, y + 40, "Consul", f=NROM_B, pt=10)
    return [copier(sh, dpi=170, tone=(248, 248, 246))]


def _cu_head(sh: Sheet, rng) -> float:
    boxed(sh, 12, 12, 186, 273, lw=0.6, c=(20, 50, 120))
    boxed(sh, 14, 14, 182, 269, lw=0.2, c=(20, 50, 120))
    put(sh, 105, 22, "EMBAJADA DE LA REPÚBLICA DE CUBA EN EL REINO DE BÉLGICA", f=PAL_B, pt=10.5, a="center")
    put(
        sh,
        105,
        27.5,
        "Ambassade de la République de Cuba au Royaume de Belgique",
        f=PAL_I,
        pt=9.5,
        a="center",
    )
    put(
        sh,
        105,
        32.5,
        "Sección Consular · Section consulaire · Brussel / Bruxelles",
        f=PAL,
        pt=8.5,
        c=GRY1,
        a="center",
    )
    return 44.0


def _bi_rows(sh: Sheet, y, rows, *, lw=0.2) -> float:
    """Rows of a bilingual (Spanish / French) table: both captions stacked in the left cell, the value at right."""
    for es, fr, v in rows:
        boxed(sh, 24, y, 64, 11, lw=lw, c=(120, 130, 160))
        boxed(sh, 88, y, 98, 11, lw=lw, c=(120, 130, 160))
        put(sh, 26, y + 1.3, es, f=PAL_B, pt=8.2)
        put(sh, 26, y + 5.5, fr, f=PAL_I, pt=7.8, c=GRY1)
        put(sh, 91, y + 3.0, v, f=PAL, pt=fit(v, 92, PAL, 10.5))
        y += 11
    return y


def nationality_cub(person: Person, rng, *, issue_date=None, **opts):
    """Cuban consular 'CERTIFICACIÓN DE CIUDADANÍA / CERTIFICAT DE NATIONALITÉ' inside a double blue border: the
    embassy's name in Spanish and French at the top, the particulars in a table whose caption cells give the Spanish
    caption in bold over the French one in italics; a certifying line in both languages, the consul's signature
    and the consulate's round stamp at the bottom LEFT (no photograph)."""
    iss = issue_in(rng, issue_date, 20, 500)
    sh = Sheet(210, 297)
    y = _cu_head(sh, rng)
    put(sh, 105, y + 4, "CERTIFICACIÓN DE CIUDADANÍA", f=PAL_B, pt=14, a="center")
    put(sh, 105, y + 11, "CERTIFICAT DE NATIONALITÉ", f=PAL_I, pt=12, a="center")
    rows = [
        ("Nombre(s)", "Prénom(s)", person.given_names),
        ("Apellidos", "Nom(s)", person.surname),
        ("Fecha de nacimiento", "Date de naissance", d_num(person.birth_date, "/")),
        ("Lugar de nacimiento", "Lieu de naissance", f"{person.birth_place}, {person.birth_country}"),
        ("Padre", "Père", parent_of(person, "f")),
        ("Madre", "Mère", parent_of(person, "m")),
        ("Ciudadanía", "Nationalité", "cubana / cubaine"),
        (
            "No. de identidad permanente",
            "N° d'identité",
            person.birth_date.strftime("%y%m%d") + act_no(person, "cu-ci", 5),
        ),
    ]
    y = _bi_rows(sh, y + 22, rows)
    y = flow(
        sh,
        24,
        y + 8,
        162,
        "Se expide la presente a solicitud del interesado, quien es ciudadano cubano por "
        "nacimiento, según consta en el Registro del Estado Civil.",
        f=PAL,
        pt=10,
    )
    y = flow(
        sh,
        24,
        y + 2,
        162,
        "La présente est délivrée à la demande de l'intéressé, ressortissant cubain de "
        "naissance, selon les registres de l'état civil.",
        f=PAL_I,
        pt=10,
        c=GRY1,
    )
    put(sh, 24, y + 8, f"Bruselas / Bruxelles, {d_num(iss, '/')}", f=PAL, pt=10)
    rubber(sh, 28, y + 18, ["REPÚBLICA DE CUBA", "CONSULADO", "BRUSELAS"], rng, c=STAMP_BLUE, mm=30)
    scrawl(sh, 70, y + 22, rng, w=44, h=14, c=BIC_BLACK)
    put(sh, 70, y + 40, "Cónsul / Consul", f=PAL, pt=9.5)
    return [sh]


def idcert_sdn(person: Person, rng, *, issue_date=None, declarative=False, **opts):
    """Sudanese embassy's IDENTITY CERTIFICATE: the embassy heading in Arabic and English, the holder's photograph
    glued at the top LEFT with the embassy's dry seal pressed half over it, the particulars as numbered lines at the
    RIGHT of the photo, then a certifying paragraph on what the embassy checked; signed by the consul with the round
    stamp.  Declarative variant: the paragraph says the data were taken down from the holder's own statements because
    no document could be produced."""
    iss = issue_in(rng, issue_date, 15, 300)
    sh = Sheet(210, 297)
    y = _sd_head(sh)
    put(sh, 105, y + 4, "IDENTITY CERTIFICATE  ·  شهادة هوية", f=NROM_B, pt=14, a="center")
    sh.photo(28, y + 16, 35, 45, rng)
    rubber(sh, 46, y + 44, ["EMBASSY OF THE SUDAN", "BRUSSELS"], rng, c=(150, 150, 150), mm=24)
    items = [
        ("1. Full name", f"{person.given_names} {person.surname}"),
        ("2. Name in Arabic", ar(f"{person.given_names} {person.surname}")),
        ("3. Sex", "Male" if person.sex == "M" else "Female"),
        ("4. Date of birth", d_words(person.birth_date, "en")),
        ("5. Place of birth", f"{person.birth_place}, {person.birth_country}"),
        ("6. Nationality", "Sudanese"),
        ("7. Father's name", parent_of(person, "f")),
        ("8. Mother's name", parent_of(person, "m")),
    ]
    yy = y + 16
    for cap, v in items:
        put(sh, 72, yy, cap, f=NROM, pt=8.5, c=GRY1)
        put(sh, 72, yy + 3.8, v, f=DSAN_B if cap.startswith("2.") else NROM_B, pt=fit(v, 110, NROM_B, 11))
        yy += 9.4
    if declarative:
        txt = (
            "The particulars above were recorded from the statements of the holder, who declared that he or she "
            "has no passport, national identity card or civil-status document. The Embassy has not been able to "
            "verify them against the Civil Registry. This certificate is issued on the holder's declarations."
        )
    else:
        txt = (
            f"The particulars above have been checked against the records of the Civil Registry of the "
            f"Republic of the Sudan (national number {act_no(person, 'sdn-nn', 11)}) and the photograph affixed "
            f"above is that of the holder, who appeared in person at the Consular Section."
        )
    y = flow(sh, 28, yy + 8, 154, txt, f=NROM, pt=11, lead=1.45, al="justify")
    put(sh, 28, y + 8, f"Brussels, {d_words(iss, 'en')}", f=NROM, pt=10.5)
    put(sh, 28, y + 14, f"No. {act_no(person, 'sdn-id', 5)}/{iss.year}", f=NROM, pt=9.5, c=GRY1)
    rubber(
        sh, 118, y + 8, ["EMBASSY OF THE SUDAN", "BRUSSELS", "CONSULAR SECTION"], rng, c=STAMP_GREEN, mm=32
    )
    scrawl(sh, 126, y + 18, rng, w=44, h=14, c=BIC_BLUE)
    put(sh, 126, y + 36, "Consul", f=NROM_B, pt=10)
    return [sh]


def idcert_cub(person: Person, rng, *, issue_date=None, declarative=False, **opts):
    """Cuban consular 'CERTIFICADO DE IDENTIDAD / CERTIFICAT D'IDENTITÉ' inside the consulate's double blue border:
    the photograph at the top RIGHT in a frame with the consulate's round stamp over its lower corner, the
    particulars in the bilingual table (Spanish caption in bold over the French one); the certifying text in both
    languages states how identity was established.  Declarative variant: it says the data rest on the holder's
    declaration alone."""
    iss = issue_in(rng, issue_date, 15, 300)
    sh = Sheet(210, 297)
    y = _cu_head(sh, rng)
    put(sh, 24, y + 4, "CERTIFICADO DE IDENTIDAD", f=PAL_B, pt=14)
    put(sh, 24, y + 11, "CERTIFICAT D'IDENTITÉ", f=PAL_I, pt=12)
    boxed(sh, 146, y - 1, 38, 48, lw=0.4)
    sh.photo(148, y + 1, 34, 44, rng)
    rubber(sh, 132, y + 30, ["REPÚBLICA DE CUBA", "CONSULADO", "BRUSELAS"], rng, c=STAMP_BLUE, mm=26)
    rows = [
        ("Nombre(s) y apellidos", "Prénom(s) et nom(s)", f"{person.given_names} {person.surname}"),
        ("Sexo", "Sexe", "masculino / masculin" if person.sex == "M" else "femenino / féminin"),
        ("Fecha de nacimiento", "Date de naissance", d_num(person.birth_date, "/")),
        ("Lugar de nacimiento", "Lieu de naissance", f"{person.birth_place}, {person.birth_country}"),
        ("Ciudadanía", "Nationalité", "cubana / cubaine"),
        ("Hijo(a) de", "Fils/fille de", f"{parent_of(person, 'f')} y {parent_of(person, 'm')}"),
    ]
    y = _bi_rows(sh, y + 52, rows)
    if declarative:
        es = (
            "Los datos que anteceden se consignan según la declaración del interesado, quien no presentó "
            "documento alguno; no han sido verificados en el Registro del Estado Civil."
        )
        fr = (
            "Les données ci-dessus sont reprises selon la déclaration de l'intéressé, qui n'a présenté aucun "
            "document ; elles n'ont pas été vérifiées dans les registres de l'état civil."
        )
    else:
        es = (
            "Los datos que anteceden concuerdan con el Registro de Cubanos Residentes en el Exterior y con la "
            "certificación de nacimiento del Registro del Estado Civil; la fotografía corresponde al titular."
        )
        fr = (
            "Les données ci-dessus concordent avec le registre des Cubains résidant à l'étranger et avec l'acte de "
            "naissance de l'état civil ; la photographie est celle du titulaire."
        )
    y = flow(sh, 24, y + 8, 162, es, f=PAL, pt=10)
    y = flow(sh, 24, y + 2, 162, fr, f=PAL_I, pt=10, c=GRY1)
    put(
        sh,
        24,
        y + 8,
        f"Bruselas / Bruxelles, {d_num(iss, '/')}  ·  No. {act_no(person, 'cu-id', 4)}",
        f=PAL,
        pt=10,
    )
    scrawl(sh, 120, y + 16, rng, w=44, h=14, c=BIC_BLACK)
    put(sh, 120, y + 34, "Cónsul / Consul", f=PAL, pt=9.5)
    return [copier(sh, dpi=170, tone=(246, 246, 250))]


def birth_cub(person: Person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Cuban consular 'CERTIFICACIÓN DE NACIMIENTO / CERTIFICAT DE NAISSANCE' inside the consulate's double blue
    border: the civil register's name, tomo and folio under the title, the particulars in the bilingual table
    (Spanish caption in bold over the French one), a note that the entry was checked against the register in Cuba;
    the consul's signature at the RIGHT and the consulate's round stamp beside it."""
    iss = issue_in(rng, issue_date, 20, 400)
    reg = act_day(person, act_date)
    fa, mo = father or parent_of(person, "f"), mother or parent_of(person, "m")
    sh = Sheet(210, 297)
    y = _cu_head(sh, rng)
    put(sh, 105, y + 4, "CERTIFICACIÓN DE NACIMIENTO", f=PAL_B, pt=14, a="center")
    put(sh, 105, y + 11, "CERTIFICAT DE NAISSANCE", f=PAL_I, pt=12, a="center")
    put(
        sh,
        105,
        y + 18,
        f"Registro del Estado Civil de {person.birth_place} · Tomo {1 + crc('cb', person.surname) % 80}"
        f" · Folio {act_no(person, 'cu-b', 3)}",
        f=PAL,
        pt=9,
        c=GRY1,
        a="center",
    )
    rows = [
        ("Nombre(s)", "Prénom(s)", person.given_names),
        ("Apellidos", "Nom(s)", person.surname),
        ("Sexo", "Sexe", "masculino / masculin" if person.sex == "M" else "femenino / féminin"),
        ("Fecha de nacimiento", "Date de naissance", d_num(person.birth_date, "/")),
        ("Lugar de nacimiento", "Lieu de naissance", f"{person.birth_place}, {person.birth_country}"),
        ("Padre", "Père", fa),
        ("Madre", "Mère", mo),
        ("Fecha de inscripción", "Date d'inscription", d_num(reg, "/")),
    ]
    y = _bi_rows(sh, y + 26, rows)
    y = flow(
        sh,
        24,
        y + 8,
        162,
        "Los datos que anteceden concuerdan con el asiento original del Registro del Estado "
        "Civil. / Les données ci-dessus concordent avec l'inscription originale au registre de l'état civil.",
        f=PAL,
        pt=9.5,
    )
    put(sh, 24, y + 8, f"Bruselas / Bruxelles, {d_num(iss, '/')}", f=PAL, pt=10)
    rubber(sh, 96, y + 16, ["REPÚBLICA DE CUBA", "CONSULADO", "BRUSELAS"], rng, c=STAMP_BLUE, mm=30)
    scrawl(sh, 130, y + 20, rng, w=44, h=14, c=BIC_BLACK)
    put(sh, 130, y + 38, "Cónsul / Consul", f=PAL, pt=9.5)
    return [sh]


_id._register(
    "birth-cub-consulaat-tomo-folio-es-fr-54",
    "birth-certificate",
    PART,
    "es/fr",
    birth_cub,
    country="CUB",
    notes="Cuban consulate's birth certificate, Spanish/French",
)
_id._register(
    "nationality-sdn-ambassade-dubbele-groene-lijn-54",
    "nationality-certificate",
    PART,
    "ar/en",
    nationality_sdn,
    country="SDN",
    notes="Sudanese embassy's certificate of nationality",
)
_id._register(
    "nationality-cub-consulaat-es-fr-tabel-blauwe-rand-54",
    "nationality-certificate",
    PART,
    "es/fr",
    nationality_cub,
    country="CUB",
    notes="Cuban consulate's certificate of nationality, Spanish/French",
)
_id._register(
    "idcert-sdn-ambassade-foto-links-genummerd-54",
    "identity-certificate",
    PART,
    "en",
    idcert_sdn,
    country="SDN",
    photo=True,
    notes="Sudanese embassy's identity certificate with photo",
)
_id._register(
    "idcert-cub-consulaat-foto-rechts-es-fr-54",
    "identity-certificate",
    PART,
    "es/fr",
    idcert_cub,
    country="CUB",
    photo=True,
    notes="Cuban consulate's identity certificate with photo",
)


# =========================================================================== marriage acts


def _couple(person: Person, spouse, marriage_date, rng) -> tuple[Person, Person, D]:
    if spouse is None:
        spouse = _pp.make_spouse(rng, person)
    husband, wife = (person, spouse) if person.sex == "M" else (spouse, person)
    if marriage_date is None:
        marriage_date = max(husband.birth_date, wife.birth_date) + datetime.timedelta(
            days=365 * 22 + rng.randint(0, 900)
        )
        marriage_date = min(marriage_date, TODAY - datetime.timedelta(days=400))
    return husband, wife, marriage_date


def _shield(sh: Sheet, x, y, c=(40, 40, 40)) -> None:
    """A small municipal coat of arms, drawn as a plain shield outline with a cross."""
    pts = [(x, y), (x + 12, y), (x + 12, y + 8), (x + 6, y + 14), (x, y + 8), (x, y)]
    for (a, b), (cc, d) in zip(pts, pts[1:]):
        line(sh, a, b, cc, d, lw=0.5, c=c)
    line(sh, x + 6, y + 1.5, x + 6, y + 11, lw=0.4, c=c)
    line(sh, x + 2, y + 5, x + 10, y + 5, lw=0.4, c=c)


def marriage_bel(person: Person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    """Flemish city's 'UITTREKSEL UIT DE AKTE VAN HUWELIJK' typed on the city's letter paper: a small coat of arms
    and 'Stad …' at the top LEFT over 'Dienst Burgerzaken – Burgerlijke Stand', the act number in a narrow LEFT
    margin column, the extract as labelled lines for each spouse (name, birth date and place, nationality) and the
    marriage date and place; signed by 'De ambtenaar van de burgerlijke stand' with the city's round stamp at the
    bottom RIGHT; a straight office copy."""
    h, w, md = _couple(person, spouse, marriage_date, rng)
    iss = issue_in(rng, issue_date, 20, 200)
    city = rng.choice(["Mechelen", "Sint-Niklaas", "Oostende", "Genk", "Leuven"])
    sh = Sheet(210, 297)
    _shield(sh, 20, 14)
    put(sh, 36, 15, f"Stad {city}", f=DSER_B, pt=13)
    put(sh, 36, 21.5, "Dienst Burgerzaken – Burgerlijke Stand", f=DSER, pt=9, c=GRY1)
    line(sh, 20, 32, 190, 32, lw=0.3)
    put(sh, 105, 42, "UITTREKSEL UIT DE AKTE VAN HUWELIJK", f=DSER_B, pt=13, a="center")
    line(sh, 46, 52, 46, 200, lw=0.2, c=GRY2)
    put(sh, 22, 54, "Akte nr.", f=DSER, pt=8, c=GRY1)
    put(sh, 22, 58, f"{md.year}/H/{act_no(h, 'bel-h', 3)}", f=DSER_B, pt=8.5)
    y = 54.0
    for who, p in (("Echtgenoot", h), ("Echtgenote", w)):
        put(sh, 52, y, who, f=DSER_B, pt=10.5)
        y += 6
        for a, b in [
            ("Naam en voornamen", f"{p.surname.upper()} {p.given_names}"),
            ("Geboren te", f"{p.birth_place} ({country_in(p.birth_country, 'nl')})"),
            ("Geboren op", d_words(p.birth_date, "nl")),
            ("Nationaliteit", adj(p.nationality, "nl")),
        ]:
            put(sh, 56, y, a, f=DSER, pt=9.5, c=GRY1)
            put(sh, 100, y, b, f=DSER, pt=fit(b, 88, DSER, 10.5))
            y += 6
        y += 5
    put(sh, 52, y, "Huwelijk", f=DSER_B, pt=10.5)
    y += 6
    for a, b in [("Datum", d_words(md, "nl")), ("Plaats", city)]:
        put(sh, 56, y, a, f=DSER, pt=9.5, c=GRY1)
        put(sh, 100, y, b, f=DSER, pt=10.5)
        y += 6
    y = flow(
        sh,
        52,
        y + 8,
        138,
        f"Voor eensluidend uittreksel, afgeleverd te {city} op {d_words(iss, 'nl')}.",
        f=DSER,
        pt=10,
    )
    put(sh, 120, y + 10, "De ambtenaar van de burgerlijke stand,", f=DSER, pt=9.5)
    rubber(sh, 150, y + 16, [f"STAD {city.upper()}", "BURGERLIJKE", "STAND"], rng, c=STAMP_BLUE, mm=28)
    scrawl(sh, 120, y + 18, rng, w=38, h=13, c=BIC_BLACK)
    return [sh]


def marriage_sdn(person: Person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    """Sudanese personal-status court's MARRIAGE CERTIFICATE (English and Arabic): the judiciary's heading over a
    thin frame, the couple's particulars in two blocks (husband, wife) with Arabic captions at the RIGHT, the
    marriage's date, place and dower, two witnesses, the authorised marriage registrar's signature and the court's
    stamp; photocopied somewhat dark with a grey cast."""
    h, w, md = _couple(person, spouse, marriage_date, rng)
    iss = issue_in(rng, issue_date, 30, 400)
    place = h.birth_place if h.birth_country == "Sudan" else "Khartoum"
    sh = Sheet(210, 297)
    boxed(sh, 14, 12, 182, 270, lw=0.5)
    put(sh, 22, 18, "REPUBLIC OF THE SUDAN – THE JUDICIARY", f=NROM_B, pt=10.5)
    put(sh, 22, 23.5, f"Personal Status Court – {place}", f=NROM, pt=9.5)
    put(sh, 188, 17, "جمهورية السودان - السلطة القضائية", f=DSAN_B, pt=10.5, a="right")
    put(sh, 188, 24, "محكمة الأحوال الشخصية", f=DSAN, pt=9.5, a="right")
    put(sh, 105, 38, "MARRIAGE CERTIFICATE", f=NROM_B, pt=15, a="center")
    put(sh, 105, 46, "وثيقة زواج", f=DSAN_B, pt=14, a="center")
    put(sh, 22, 56, f"Certificate No. {act_no(h, 'sdn-m', 6)}", f=NROM, pt=9.5)
    y = 64.0
    for en, arc, p in (("HUSBAND", "الزوج", h), ("WIFE", "الزوجة", w)):
        boxed(sh, 22, y, 166, 7, lw=0, fill=(226, 226, 226))
        put(sh, 24, y + 1.3, en, f=NROM_B, pt=10)
        put(sh, 186, y + 0.8, arc, f=DSAN_B, pt=10, a="right")
        y += 9
        for a, b, c_ in [
            ("Name", f"{p.given_names} {p.surname}", "الاسم"),
            ("Date of birth", d_num(p.birth_date, "/"), "تاريخ الميلاد"),
            ("Place of birth", p.birth_place, "محل الميلاد"),
            ("Nationality", adj(p.nationality, "en"), "الجنسية"),
        ]:
            put(sh, 24, y, a, f=NROM, pt=9, c=GRY1)
            put(sh, 70, y, b, f=NROM_B, pt=fit(b, 90, NROM_B, 10.5))
            put(sh, 186, y, c_, f=DSAN, pt=8.5, c=GRY1, a="right")
            y += 6.2
        y += 4
    for a, b in [
        ("Date of marriage", d_words(md, "en")),
        ("Place of marriage", place),
        ("Dower (mahr)", f"{rng.choice([500, 1000, 2500, 5000])} SDG"),
        (
            "Witnesses",
            f"{rng.choice(NEW_ORIGINS['SDN']['m'])} {rng.choice(NEW_ORIGINS['SDN']['s'])}; "
            f"{rng.choice(NEW_ORIGINS['SDN']['m'])} {rng.choice(NEW_ORIGINS['SDN']['s'])}",
        ),
    ]:
        put(sh, 24, y, a, f=NROM, pt=9, c=GRY1)
        put(sh, 70, y, b, f=NROM_B, pt=fit(b, 116, NROM_B, 10.5))
        y += 7
    put(sh, 24, y + 8, f"Issued on {d_num(iss, '/')}", f=NROM, pt=9.5)
    put(sh, 24, y + 20, "Marriage Registrar (Ma'zoun)", f=NROM, pt=9)
    scrawl(sh, 24, y + 24, rng, w=40, h=13, c=BIC_BLUE)
    rubber(
        sh,
        130,
        y + 12,
        ["THE JUDICIARY", "PERSONAL STATUS COURT", place.upper()[:18]],
        rng,
        c=STAMP_VIOLET,
        mm=32,
    )
    return [copier(sh, dpi=170, gamma=1.25, tone=(232, 232, 228), contrast=1.1)]


def marriage_cub(person: Person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    """Cuban consular 'CERTIFICACIÓN DE MATRIMONIO / CERTIFICAT DE MARIAGE' inside the consulate's double blue
    border: the register's tomo and folio, the spouses' particulars in the bilingual table (Spanish caption in bold
    over the French one), the date and place of the marriage; the consul's signature and stamp at the bottom
    LEFT."""
    h, w, md = _couple(person, spouse, marriage_date, rng)
    iss = issue_in(rng, issue_date, 20, 300)
    place = h.birth_place if h.birth_country == "Cuba" else "La Habana"
    sh = Sheet(210, 297)
    y = _cu_head(sh, rng)
    put(sh, 105, y + 4, "CERTIFICACIÓN DE MATRIMONIO", f=PAL_B, pt=14, a="center")
    put(sh, 105, y + 11, "CERTIFICAT DE MARIAGE", f=PAL_I, pt=12, a="center")
    put(
        sh,
        105,
        y + 18,
        f"Registro del Estado Civil de {place} · Tomo {1 + crc('cm', h.surname) % 60} · "
        f"Folio {act_no(h, 'cu-m', 3)}",
        f=PAL,
        pt=9,
        c=GRY1,
        a="center",
    )
    rows = [
        ("Contrayente", "Époux", f"{h.given_names} {h.surname}"),
        ("Nacido en / el", "Né à / le", f"{h.birth_place}, {d_num(h.birth_date, '/')}"),
        ("Ciudadanía", "Nationalité", adj(h.nationality, "fr")),
        ("Contrayente", "Épouse", f"{w.given_names} {w.surname}"),
        ("Nacida en / el", "Née à / le", f"{w.birth_place}, {d_num(w.birth_date, '/')}"),
        ("Ciudadanía", "Nationalité", adj(w.nationality, "fr")),
        ("Fecha del matrimonio", "Date du mariage", d_num(md, "/")),
        ("Lugar", "Lieu", f"{place}, Cuba"),
    ]
    y = _bi_rows(sh, y + 26, rows)
    put(sh, 24, y + 8, f"Bruselas / Bruxelles, {d_num(iss, '/')}", f=PAL, pt=10)
    rubber(sh, 28, y + 16, ["REPÚBLICA DE CUBA", "CONSULADO", "BRUSELAS"], rng, c=STAMP_BLUE, mm=30)
    scrawl(sh, 70, y + 20, rng, w=44, h=14, c=BIC_BLACK)
    put(sh, 70, y + 38, "Cónsul / Consul", f=PAL, pt=9.5)
    return [sh]


_id._register(
    "marriage-bel-stad-akte-nummer-kantlijn-54",
    "marriage-certificate",
    PART,
    "nl",
    marriage_bel,
    country="BEL",
    notes="Flemish city's marriage extract, Dutch",
)
_id._register(
    "marriage-sdn-rechtbank-tweetalig-donker-54",
    "marriage-certificate",
    PART,
    "ar/en",
    marriage_sdn,
    country="SDN",
    notes="Sudanese court's marriage certificate, English/Arabic",
)
_id._register(
    "marriage-cub-consulaat-tomo-folio-es-fr-54",
    "marriage-certificate",
    PART,
    "es/fr",
    marriage_cub,
    country="CUB",
    notes="Cuban consulate's marriage certificate, Spanish/French",
)


# =========================================================================== sworn translations

_SRC = {
    "tr": dict(
        fem="turque",
        fr="du turc",
        nl="uit het Turks",
        doc_fr="Attestation d'enregistrement de la naissance d'un ressortissant étranger",
        doc_nl="Bewijs van inschrijving van de geboorte van een vreemdeling",
        orig="Yabancılara ait doğum kayıt belgesi",
        by_fr="Direction de la population du district (İlçe Nüfus Müdürlüğü), ministère de l'Intérieur, "
        "République de Turquie",
        by_nl="Bevolkingsdienst van het district (İlçe Nüfus Müdürlüğü), ministerie van Binnenlandse Zaken, "
        "Republiek Turkije",
    ),
    "es": dict(
        fem="espagnole",
        fr="de l'espagnol",
        nl="uit het Spaans",
        doc_fr="Acte de naissance – copie conforme",
        doc_nl="Geboorteakte – eensluidend afschrift",
        orig="Acta de nacimiento – copia fiel",
        by_fr="Registre de l'état civil et de la capacité des personnes, République argentine",
        by_nl="Register van de burgerlijke staat en de handelingsbekwaamheid, Argentijnse Republiek",
    ),
    "tk": dict(
        fem="turkmène",
        fr="du turkmène",
        nl="uit het Turkmeens",
        doc_fr="Certificat de naissance",
        doc_nl="Geboortebewijs",
        orig="Dogluş hakynda şahadatnama",
        by_fr="Service d'enregistrement des actes de l'état civil (RÝHB), Turkménistan",
        by_nl="Dienst registratie akten van de burgerlijke stand (RÝHB), Turkmenistan",
    ),
}


def _src_of(source_lang) -> str:
    s = str(source_lang or "tr").split("/")[0]
    return s if s in _SRC else "tr"


def _translated_rows(person: Person, src: str, lang: str) -> list[tuple[str, str]]:
    fr = lang == "fr"
    sex = (
        ("masculin" if person.sex == "M" else "féminin")
        if fr
        else ("mannelijk" if person.sex == "M" else "vrouwelijk")
    )
    rows = []
    if src == "tr":
        rows.append(
            (
                "N° d'identité d'étranger" if fr else "Vreemdelingenidentificatienummer",
                "99" + act_no(person, "tr-ykn", 9),
            )
        )
        rows.append(("N° du document" if fr else "Documentnummer", act_no(person, "tr-belge", 7)))
    elif src == "es":
        rows.append(
            (
                "Tome / acte n°" if fr else "Boek / akte nr.",
                f"{1 + crc('t', person.surname) % 9}º A / {act_no(person, 'arg', 4)}",
            )
        )
    else:
        rows.append(("Série et numéro" if fr else "Reeks en nummer", f"I-AŞ № {act_no(person, 'tkm', 6)}"))
    rows += [
        ("Nom" if fr else "Naam", person.surname.upper()),
        ("Prénom(s)" if fr else "Voornaam/-namen", person.given_names),
        ("Sexe" if fr else "Geslacht", sex),
        ("Date de naissance" if fr else "Geboortedatum", d_words(person.birth_date, lang)),
        (
            "Lieu de naissance" if fr else "Geboorteplaats",
            f"{person.birth_place} ({country_in(person.birth_country, lang)})",
        ),
        ("Père" if fr else "Vader", parent_of(person, "f")),
        ("Mère" if fr else "Moeder", parent_of(person, "m")),
        ("Nationalité" if fr else "Nationaliteit", adj(person.nationality, lang)),
    ]
    return rows


def translation_be(
    person: Person,
    rng,
    *,
    issue_date=None,
    of_type="birth-certificate",
    source_lang="tr",
    target_lang="fr",
    **opts,
):
    """French sworn translation by a translator sworn at the court of first instance of Liège: a narrow grey column
    down the LEFT with the translator's name, address and registration number; the title 'TRADUCTION' and the
    source language at the top, the translated document's name, issuing authority and particulars as label/value
    lines, notes on the seal and signature in square brackets; the translator's certificate in italics, signed over
    a round blue stamp at the bottom RIGHT, with the repertory number."""
    src = _src_of(source_lang)
    S = _SRC[src]
    iss = issue_in(rng, issue_date, 8, 60)
    who = rng.choice(["Anne-Catherine Hubert", "Murat Demirci-Lejeune", "Lucía Fernández Piron"])
    sh = Sheet(210, 297)
    boxed(sh, 0, 0, 44, 297, lw=0, fill=(232, 232, 234))
    for j, t in enumerate(
        [
            who,
            "Traducteur-interprète juré",
            "près le Tribunal de première",
            "instance de Liège",
            "",
            "Rue Saint-Gilles 212",
            "4000 Liège",
            "04 223 18 76",
            "",
            "Registre national des",
            "traducteurs jurés",
            f"n° {digits(rng, 6)}",
        ]
    ):
        put(sh, 6, 20 + j * 4.6, t, f=NSAN_B if j == 0 else NSAN, pt=8 if j else 8.8, c=GRY1 if j else INK)
    put(sh, 54, 20, "TRADUCTION", f=BOOK_B, pt=17)
    put(sh, 54, 29, f"Traduit {S['fr']} vers le français", f=BOOK_I, pt=10, c=GRY1)
    y = flow(sh, 54, 40, 140, f"Document : {S['doc_fr']} (« {S['orig']} »)", f=BOOK_B, pt=10.5)
    y = flow(sh, 54, y + 2, 140, f"Délivré par : {S['by_fr']}", f=BOOK, pt=10)
    y += 6
    for a, b in _translated_rows(person, src, "fr"):
        put(sh, 54, y, a, f=BOOK, pt=9.5, c=GRY1)
        put(sh, 112, y, b, f=BOOK_B, pt=fit(b, 84, BOOK_B, 10))
        y += 6.5
    y = flow(
        sh, 54, y + 4, 140, "[Cachet rond de l'autorité]   [Signature illisible]", f=BOOK_I, pt=9.5, c=GRY1
    )
    y = flow(
        sh,
        54,
        y + 10,
        140,
        f"Je soussigné(e), {who}, traducteur-interprète juré, certifie que la traduction "
        f"qui précède est fidèle et conforme au document original rédigé en langue "
        f"{S['fem']} qui m'a été présenté.",
        f=BOOK_I,
        pt=10,
        al="justify",
    )
    put(
        sh,
        54,
        y + 6,
        f"Liège, le {d_words(iss, 'fr')}  –  Répertoire n° {iss.year}/{digits(rng, 4)}",
        f=BOOK,
        pt=9.5,
    )
    rubber(sh, 140, y + 12, ["TRADUCTEUR JURÉ", who.upper()[:20], "LIÈGE"], rng, c=STAMP_BLUE, mm=30)
    scrawl(sh, 132, y + 20, rng, w=44, h=14, c=BIC_BLUE)
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
    """Dutch sworn translation ('VERTALING') of a Dutch sworn translator: her name and the Wbtv number centred at
    the top between two rules, the source language and the document in a grey band, the particulars in a two-column
    table with thin rules, a note on what the original bears in italics; the translator's statement that the
    translation is true and complete, her rectangular stamp with the Wbtv number and her signature at the bottom
    LEFT, 'aangehecht aan een kopie van het origineel' at the foot."""
    src = _src_of(source_lang)
    S = _SRC[src]
    iss = issue_in(rng, issue_date, 8, 60)
    who = rng.choice(["drs. E.M. (Els) van Wijngaarden", "A. (Aylin) Korkmaz-de Boer", "M.J. Ruiz Vermeer"])
    wbtv = digits(rng, 5)
    sh = Sheet(210, 297)
    line(sh, 20, 14, 190, 14, lw=0.6)
    put(sh, 105, 17, who, f=CALA_B, pt=11, a="center")
    put(sh, 105, 22.5, f"beëdigd vertaler – Wbtv-nummer {wbtv} – Utrecht", f=CALA, pt=9, c=GRY1, a="center")
    line(sh, 20, 28, 190, 28, lw=0.6)
    put(sh, 20, 36, "VERTALING", f=CALA_B, pt=16)
    boxed(sh, 20, 45, 170, 13, lw=0, fill=(228, 228, 228))
    put(sh, 23, 47, f"Vertaling {S['nl']} in het Nederlands", f=CALA_B, pt=10)
    put(sh, 23, 52, f"{S['doc_nl']} ('{S['orig']}')", f=CALA, pt=9.5)
    y = flow(sh, 20, 64, 170, f"Afgegeven door: {S['by_nl']}", f=CALA, pt=10) + 3
    for a, b in _translated_rows(person, src, "nl"):
        line(sh, 20, y - 1.2, 190, y - 1.2, lw=0.1, c=GRY3)
        put(sh, 22, y, a, f=CALA, pt=9.5, c=GRY1)
        put(sh, 84, y, b, f=CALA_B, pt=fit(b, 104, CALA_B, 10.5))
        y += 7
    line(sh, 20, y - 1.2, 190, y - 1.2, lw=0.1, c=GRY3)
    y = flow(
        sh,
        20,
        y + 4,
        170,
        "[Het origineel draagt een stempel en een onleesbare handtekening.]",
        f=CALA_I,
        pt=9.5,
        c=GRY1,
    )
    y = flow(
        sh,
        20,
        y + 10,
        170,
        f"Ondergetekende, {who}, beëdigd vertaler, ingeschreven in het Register beëdigde "
        f"tolken en vertalers onder nummer {wbtv}, verklaart dat deze vertaling een getrouwe en volledige "
        f"vertaling is van het haar in kopie voorgelegde document.",
        f=CALA,
        pt=10,
        al="justify",
    )
    put(sh, 20, y + 6, f"Utrecht, {d_words(iss, 'nl')}", f=CALA, pt=10)
    rubber(
        sh,
        22,
        y + 14,
        ["BEËDIGD VERTALER", who[:26], f"Wbtv {wbtv}"],
        rng,
        shape="rect",
        c=STAMP_VIOLET,
        mm=34,
    )
    scrawl(sh, 90, y + 16, rng, w=44, h=14, c=BIC_BLACK)
    put(sh, 105, 284, "aangehecht aan een kopie van het origineel", f=CALA_I, pt=8, c=GRY2, a="center")
    return [sh]


_id._register(
    "translation-be-fr-juree-liege-grijze-kolom-54",
    "translation",
    PART,
    "fr",
    translation_be,
    country="BEL",
    notes="Belgian sworn translation into French",
)
_id._register(
    "translation-nl-beedigd-wbtv-grijze-band-54",
    "translation",
    PART,
    "nl",
    translation_nl,
    country="NLD",
    notes="Dutch sworn translation",
)
