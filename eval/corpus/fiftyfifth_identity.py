"""Identity and civil-status families of the `fiftyfifth` part (registered in identity.FAMILIES), and the drawing kit
that the part's 9ter and IND modules share.

Written by a writer who saw neither the validator nor its output, from the seeds, rules.md and how such papers look
when they land on a Belgian or Dutch lawyer's desk.  Each family's layout, wording and copy habit is described in its
function's docstring only (the part is read blind).

The part's 9ter applicants come from North Macedonia, Seychelles and Equatorial Guinea; its IND applicants come from
Bosnia and Herzegovina, Brazil and Guyana (no earlier part drew applicants from any of the six).  Importing this
module adds those six countries to people.COUNTRIES / people.ORIGINS (and their English names to the lookup that
people.country_name uses) and the three 9ter countries to be9ter.COUNTRIES (setdefault, new keys only: no entry
another part reads is changed).
"""

from __future__ import annotations

import datetime
import random
import unicodedata
import zlib

from fontTools.ttLib import TTFont
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageOps

from . import be9ter as _b9
from . import identity as _id
from . import mrz as M
from . import people as _pp
from .paper import Sheet, text_width_mm
from .people import Person

PART = "fiftyfifth"
D = datetime.date
TODAY = D(2026, 12, 1)

# =========================================================================== countries (new keys only)


def _cty(a2, en, nl, fr, de, aen, anl, afr, ade):
    return dict(a2=a2, en=en, nl=nl, fr=fr, de=de, adj_en=aen, adj_nl=anl, adj_fr=afr, adj_de=ade)


NEW_COUNTRIES = {
    "MKD": _cty(
        "MK",
        "North Macedonia",
        "Noord-Macedonië",
        "Macédoine du Nord",
        "Nordmazedonien",
        "Macedonian",
        "Noord-Macedonische",
        "macédonienne",
        "nordmazedonisch",
    ),
    "SYC": _cty(
        "SC",
        "Seychelles",
        "Seychellen",
        "Seychelles",
        "Seychellen",
        "Seychellois",
        "Seychelse",
        "seychelloise",
        "seychellisch",
    ),
    "GNQ": _cty(
        "GQ",
        "Equatorial Guinea",
        "Equatoriaal-Guinea",
        "Guinée équatoriale",
        "Äquatorialguinea",
        "Equatorial Guinean",
        "Equatoriaal-Guinese",
        "équato-guinéenne",
        "äquatorialguineisch",
    ),
    "BIH": _cty(
        "BA",
        "Bosnia and Herzegovina",
        "Bosnië en Herzegovina",
        "Bosnie-Herzégovine",
        "Bosnien und Herzegowina",
        "Bosnian",
        "Bosnische",
        "bosnienne",
        "bosnisch",
    ),
    "BRA": _cty(
        "BR",
        "Brazil",
        "Brazilië",
        "Brésil",
        "Brasilien",
        "Brazilian",
        "Braziliaanse",
        "brésilienne",
        "brasilianisch",
    ),
    "GUY": _cty(
        "GY", "Guyana", "Guyana", "Guyana", "Guyana", "Guyanese", "Guyaanse", "guyanienne", "guyanisch"
    ),
}

NEW_ORIGINS = {
    "MKD": dict(
        m=[
            "Arben",
            "Besnik",
            "Fatmir",
            "Ilir",
            "Agron",
            "Bujar",
            "Sami",
            "Ramadan",
            "Mevlan",
            "Nexhat",
            "Erxhan",
        ],
        f=[
            "Arta",
            "Shpresa",
            "Fatime",
            "Mirvete",
            "Drita",
            "Lirije",
            "Valbona",
            "Sevdije",
            "Hatixhe",
            "Merita",
        ],
        s=[
            "Ademi",
            "Memeti",
            "Rexhepi",
            "Zeqiri",
            "Bajrami",
            "Sulejmani",
            "Iseni",
            "Jakupi",
            "Osmani",
            "Ramadani",
            "Destani",
            "Saiti",
            "Demiri",
            "Asani",
        ],
        places=[
            "Skopje",
            "Tetovo",
            "Kumanovo",
            "Gostivar",
            "Struga",
            "Kičevo",
            "Bitola",
            "Štip",
            "Debar",
            "Prilep",
            "Ohrid",
            "Veles",
        ],
    ),
    "SYC": dict(
        m=["Jean-Paul", "Ronny", "Marc", "Terry", "Danny", "Joel", "Gérard", "Patrick", "Wills", "Davis"],
        f=[
            "Marie-Claire",
            "Jeanette",
            "Sandra",
            "Nadia",
            "Vanessa",
            "Stella",
            "Mirena",
            "Jessie",
            "Linda",
            "Sheila",
        ],
        s=[
            "Hoareau",
            "Payet",
            "Dubignon",
            "Laporte",
            "Confait",
            "Esparon",
            "Ernesta",
            "Vidot",
            "Labiche",
            "Pillay",
            "Morel",
            "Lesperance",
        ],
        places=[
            "Victoria",
            "Anse Boileau",
            "Beau Vallon",
            "Baie Lazare",
            "Takamaka",
            "Anse Royale",
            "La Digue",
            "Baie Sainte Anne",
            "Glacis",
            "Cascade",
        ],
    ),
    "GNQ": dict(
        m=[
            "Santiago",
            "Teodoro",
            "Crisantos",
            "Fabián",
            "Salvador",
            "Plácido",
            "Gaudencio",
            "Marcelino",
            "Bonifacio",
            "Pedro Pablo",
        ],
        f=[
            "Rosa María",
            "Pilar",
            "Remedios",
            "Mercedes",
            "Milagrosa",
            "Trinidad",
            "Consuelo",
            "Bienvenida",
            "Natividad",
            "Esperanza",
        ],
        s=[
            "Obiang Nguema",
            "Ndong Mba",
            "Esono Ondo",
            "Nsue Mokuy",
            "Mba Abeso",
            "Ela Nchama",
            "Edu Mangue",
            "Bacale Obiang",
            "Owono Asangono",
            "Nguema Ela",
            "Mangue Nsue",
            "Micha Ondo",
        ],
        places=[
            "Malabo",
            "Bata",
            "Ebebiyín",
            "Mongomo",
            "Evinayong",
            "Luba",
            "Aconibe",
            "Añisok",
            "Mbini",
            "Riaba",
        ],
    ),
    "BIH": dict(
        m=["Emir", "Adnan", "Haris", "Mirza", "Senad", "Edin", "Nermin", "Almir", "Jasmin", "Kenan"],
        f=["Amra", "Lejla", "Selma", "Aida", "Emina", "Nermina", "Jasmina", "Azra", "Medina", "Belma"],
        s=[
            "Hodžić",
            "Begović",
            "Mujić",
            "Šehić",
            "Halilović",
            "Delić",
            "Omerović",
            "Softić",
            "Hadžić",
            "Alić",
            "Husić",
            "Čaušević",
        ],
        places=[
            "Sarajevo",
            "Tuzla",
            "Zenica",
            "Mostar",
            "Bihać",
            "Banja Luka",
            "Brčko",
            "Travnik",
            "Goražde",
            "Cazin",
        ],
    ),
    "BRA": dict(
        m=[
            "João Pedro",
            "Lucas",
            "Rafael",
            "Thiago",
            "Marcos Vinícius",
            "Anderson",
            "Wesley",
            "Diego",
            "Rodrigo",
            "Gustavo",
        ],
        f=[
            "Ana Paula",
            "Juliana",
            "Fernanda",
            "Camila",
            "Larissa",
            "Patrícia",
            "Daniela",
            "Aline",
            "Tatiane",
            "Bruna",
        ],
        s=[
            "da Silva Santos",
            "Oliveira",
            "Souza Lima",
            "Pereira da Costa",
            "Rodrigues",
            "Ferreira Alves",
            "Gomes",
            "Carvalho de Melo",
            "Ribeiro",
            "do Nascimento",
            "dos Santos Barbosa",
            "Araújo",
        ],
        places=[
            "São Paulo",
            "Rio de Janeiro",
            "Belo Horizonte",
            "Salvador",
            "Recife",
            "Fortaleza",
            "Manaus",
            "Belém",
            "Goiânia",
            "Curitiba",
            "Porto Alegre",
            "Campinas",
        ],
    ),
    "GUY": dict(
        m=["Devon", "Ryan", "Shawn", "Rohan", "Ravindra", "Sherwin", "Kwame", "Tyrone", "Ajay", "Dwayne"],
        f=[
            "Shondell",
            "Kavita",
            "Tiffany",
            "Nadira",
            "Simone",
            "Alicia",
            "Latoya",
            "Indra",
            "Michelle",
            "Shanice",
        ],
        s=[
            "Persaud",
            "Singh",
            "Ramsaroop",
            "Williams",
            "Fraser",
            "Bacchus",
            "Khan",
            "DeFreitas",
            "Chung",
            "Mohamed",
            "Thomas",
            "Ramnarine",
        ],
        places=[
            "Georgetown",
            "Linden",
            "New Amsterdam",
            "Anna Regina",
            "Bartica",
            "Corriverton",
            "Rose Hall",
            "Lethem",
            "Skeldon",
            "Mahaica",
        ],
    ),
}
for _k, _v in NEW_COUNTRIES.items():
    _pp.COUNTRIES.setdefault(_k, _v)
    _pp._EN_TO_A3.setdefault(_v["en"], _k)
for _k, _v in NEW_ORIGINS.items():
    _pp.ORIGINS.setdefault(_k, _v)


def _ins(en, fr, nl, de):
    return dict(insurance_en=en, insurance_fr=fr, insurance_nl=nl, insurance_de=de)


B9_COUNTRIES = {
    "MKD": dict(
        capital="Skopje",
        hospital="University Clinic of Nephrology, Skopje",
        currency="MKD",
        wage="24 000 MKD",
        lang="mk",
        **_ins(
            "The Health Insurance Fund covers registered insured persons only; patients without a registered "
            "address or employment record fall outside it, and co-payments and medicines off the positive list are "
            "paid in full by the patient.",
            "Le Fonds d'assurance maladie ne couvre que les assurés enregistrés ; les patients sans adresse déclarée "
            "ni historique d'emploi en sont exclus, et les tickets modérateurs et médicaments hors liste positive "
            "sont entièrement à leur charge.",
            "Het Fonds voor ziekteverzekering dekt enkel geregistreerde verzekerden; wie geen aangegeven adres of "
            "arbeidsverleden heeft, valt erbuiten, en remgelden en geneesmiddelen buiten de positieve lijst betaalt "
            "de patiënt volledig zelf.",
            "Der Krankenversicherungsfonds deckt nur registrierte Versicherte; Patienten ohne gemeldete Adresse oder "
            "Beschäftigungszeiten fallen heraus, Zuzahlungen und Arzneimittel außerhalb der Positivliste zahlen sie "
            "selbst.",
        ),
    ),
    "SYC": dict(
        capital="Victoria",
        hospital="Seychelles Hospital, Victoria",
        currency="SCR",
        wage="8 500 SCR",
        lang="en",
        **_ins(
            "Public care is free, but the single referral hospital has a handful of dialysis and oncology places; "
            "treatment abroad depends on the Overseas Treatment Board, which refuses most chronic cases.",
            "Les soins publics sont gratuits, mais l'unique hôpital de référence ne dispose que de quelques places de "
            "dialyse et d'oncologie ; le traitement à l'étranger dépend de l'Overseas Treatment Board, qui refuse la "
            "plupart des cas chroniques.",
            "Openbare zorg is gratis, maar het enige verwijsziekenhuis heeft slechts enkele plaatsen voor dialyse en "
            "oncologie; behandeling in het buitenland hangt af van de Overseas Treatment Board, die de meeste "
            "chronische dossiers weigert.",
            "Die öffentliche Versorgung ist kostenlos, doch das einzige Referenzkrankenhaus hat nur wenige Dialyse- "
            "und Onkologieplätze; Behandlung im Ausland bewilligt das Overseas Treatment Board, das chronische Fälle "
            "meist ablehnt.",
        ),
    ),
    "GNQ": dict(
        capital="Malabo",
        hospital="Hospital Regional de Malabo",
        currency="XAF",
        wage="130 000 FCFA",
        lang="es",
        **_ins(
            "Social security (INSESO) covers formal-sector employees only; specialised care is concentrated in two "
            "private hospitals in Malabo and Bata that require payment in advance.",
            "La sécurité sociale (INSESO) ne couvre que les salariés du secteur formel ; les soins spécialisés sont "
            "concentrés dans deux hôpitaux privés à Malabo et Bata qui exigent un paiement préalable.",
            "De sociale zekerheid (INSESO) dekt enkel werknemers in de formele sector; gespecialiseerde zorg is "
            "geconcentreerd in twee privéziekenhuizen in Malabo en Bata die vooruitbetaling eisen.",
            "Die Sozialversicherung (INSESO) deckt nur Beschäftigte des formellen Sektors; Fachbehandlung gibt es "
            "fast nur in zwei Privatkliniken in Malabo und Bata, die Vorauszahlung verlangen.",
        ),
    ),
}
for _k, _v in B9_COUNTRIES.items():
    _b9.COUNTRIES.setdefault(_k, {**NEW_COUNTRIES[_k], **_v})
    _b9._EN2A3.setdefault(NEW_COUNTRIES[_k]["en"].lower(), _k)

# =========================================================================== the kit: faces, ink, strokes

_TT = "/usr/share/fonts/truetype"
_OT = "/usr/share/fonts/opentype/urw-base35"
SER, SER_B, SER_I = (f"{_TT}/liberation/LiberationSerif-{s}.ttf" for s in ("Regular", "Bold", "Italic"))
CEN, CEN_B, CEN_I = (f"{_OT}/C059-{s}.otf" for s in ("Roman", "Bold", "Italic"))
NIM, NIM_B, NIM_I = (f"{_OT}/NimbusSans-{s}.otf" for s in ("Regular", "Bold", "Italic"))
NNR, NNR_B = f"{_OT}/NimbusSansNarrow-Regular.otf", f"{_OT}/NimbusSansNarrow-Bold.otf"
NRM, NRM_B, NRM_I = (f"{_OT}/NimbusRoman-{s}.otf" for s in ("Regular", "Bold", "Italic"))
GOT, GOT_B = f"{_OT}/URWGothic-Book.otf", f"{_OT}/URWGothic-Demi.otf"
BKM, BKM_B = f"{_OT}/URWBookman-Light.otf", f"{_OT}/URWBookman-Demi.otf"
PAL, PAL_B, PAL_I = (f"{_OT}/P052-{s}.otf" for s in ("Roman", "Bold", "Italic"))
CAR, CAR_B, CAR_I = (f"{_TT}/crosextra/Carlito-{s}.ttf" for s in ("Regular", "Bold", "Italic"))
CAL, CAL_B, CAL_I = (f"{_TT}/crosextra/Caladea-{s}.ttf" for s in ("Regular", "Bold", "Italic"))
DJS, DJS_B = f"{_TT}/dejavu/DejaVuSans.ttf", f"{_TT}/dejavu/DejaVuSans-Bold.ttf"
DJC, DJC_B = f"{_TT}/dejavu/DejaVuSansCondensed.ttf", f"{_TT}/dejavu/DejaVuSansCondensed-Bold.ttf"
DJR, DJR_B = f"{_TT}/dejavu/DejaVuSerifCondensed.ttf", f"{_TT}/dejavu/DejaVuSerifCondensed-Bold.ttf"
DJM = f"{_TT}/dejavu/DejaVuSansMono.ttf"
FSR, FSR_B, FSR_I = (f"{_TT}/freefont/FreeSerif{s}.ttf" for s in ("", "Bold", "Italic"))
FSN, FSN_B = f"{_TT}/freefont/FreeSans.ttf", f"{_TT}/freefont/FreeSansBold.ttf"
FMN, FMN_B = f"{_TT}/freefont/FreeMono.ttf", f"{_TT}/freefont/FreeMonoBold.ttf"
LSN, LSN_B = f"{_TT}/liberation/LiberationSans-Regular.ttf", f"{_TT}/liberation/LiberationSans-Bold.ttf"
LMN = f"{_TT}/liberation/LiberationMono-Regular.ttf"
NMN, NMN_B = f"{_OT}/NimbusMonoPS-Regular.otf", f"{_OT}/NimbusMonoPS-Bold.otf"
CPR = "/usr/share/fonts/opentype/courier-prime/Courier Prime.otf"
OCR = DJM
HW1 = f"{_TT}/fifthhorseman/dkg.ttf"
HW2 = f"{_TT}/breip/Breip.ttf"
HW3 = f"{_TT}/fifthhorseman/dkgBd.ttf"
HW4 = f"{_OT}/Z003-MediumItalic.otf"
CAPS = "blockcaps"

INK = (0, 0, 0)
G1, G2, G3, G4 = (58, 58, 62), (112, 112, 118), (176, 176, 182), (224, 224, 228)
BLUE_PEN, BLACK_PEN, GREEN_PEN = (30, 48, 150), (30, 30, 36), (20, 96, 72)
S_BLUE, S_VIOLET, S_RED, S_GREEN, S_BLACK = (
    (36, 66, 168),
    (100, 46, 140),
    (172, 34, 44),
    (30, 110, 70),
    (50, 50, 56),
)
WHITE = (255, 255, 255)


def crc(*parts) -> int:
    return zlib.crc32("|".join(str(p) for p in parts).encode())


def num(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def tx(sh: Sheet, x, y, s, *, f=NIM, pt=10.0, c=INK, a="left", ls=0.0) -> float:
    """One line; y is the top of the line.  Returns the width in mm."""
    return sh.text(x, y, s, font=f, size_pt=pt, color=c, anchor=a, letter_spacing=ls)


def tw(s, f=NIM, pt=10.0) -> float:
    return text_width_mm(str(s), font=f, size_pt=pt)


def para(sh: Sheet, x, y, w, s, *, f=SER, pt=10.5, lead=1.32, al="left", c=INK) -> float:
    """Wrapped text; returns the y under it."""
    return sh.paragraph(x, y, w, s, font=f, size_pt=pt, leading=lead, align=al, color=c)


def shrink(s, w, f, pt, lo=5.5) -> float:
    while pt > lo and tw(s, f, pt) > w:
        pt -= 0.25
    return pt


def frame(sh: Sheet, x, y, w, h, *, lw=0.25, c=INK, fill=None) -> None:
    sh.rect(x, y, w, h, width_mm=lw, color=c, fill=fill)


def rule(sh: Sheet, x1, y1, x2, y2, *, lw=0.2, c=INK, dash=None) -> None:
    sh.rule(x1, y1, x2, y2, width_mm=lw, color=c, dash=dash)


def sign(sh: Sheet, x, y, rng, *, w=40.0, h=13.0, c=BLUE_PEN, style=None) -> None:
    sh.signature(x, y, w, h, rng, color=c, style=style)


def stamp(sh: Sheet, x, y, lines, rng, *, shape="round", c=S_BLUE, mm=30.0, angle=None):
    return sh.stamp(x, y, lines, rng, shape=shape, color=c, size_mm=mm, angle=angle)


_CMAP: dict[str, set] = {}


def glyphs_ok(s: str, font: str) -> str:
    """The text with every letter the face lacks replaced by its base letter (pens do not write missing glyphs)."""
    if font == CAPS:
        return s
    cm = _CMAP.get(font)
    if cm is None:
        cm = _CMAP[font] = set(TTFont(font).getBestCmap())
    out = []
    for ch in s:
        if ord(ch) in cm or ch in " \n":
            out.append(ch)
        else:
            b = unicodedata.normalize("NFKD", ch)[0]
            out.append({"ı": "i", "đ": "d", "Đ": "D", "ł": "l"}.get(ch, b if ord(b) in cm else "?"))
    return "".join(out)


def hand(sh: Sheet, x, y, s, rng, *, f=HW1, pt=12.0, c=BLUE_PEN) -> float:
    """Written by hand in a pen face (letters the face lacks fall back to their base letter)."""
    return sh.handwriting(x, y, glyphs_ok(str(s), f), rng, size_pt=pt, color=c, font=f)


def tick(sh: Sheet, x, y, size, rng, *, c=BLUE_PEN) -> None:
    """A hand-made tick (not a cross) in a box whose top-left is (x, y)."""
    img = Image.new("L", (int(size * 40), int(size * 40)), 0)
    d = ImageDraw.Draw(img)
    n = size * 40
    j = [rng.uniform(-0.06, 0.06) * n for _ in range(6)]
    d.line(
        [
            (0.12 * n + j[0], 0.55 * n + j[1]),
            (0.4 * n + j[2], 0.85 * n + j[3]),
            (0.95 * n + j[4], 0.02 * n + j[5]),
        ],
        fill=255,
        width=int(n / 10),
        joint="curve",
    )
    ink = Image.new("RGBA", img.size, c + (0,))
    ink.putalpha(img)
    sh.image(x - size * 0.1, y - size * 0.2, size * 1.25, size * 1.25, ink, blend="multiply")


# =========================================================================== dates and words

MONTHS = {
    "nl": list(_pp.MONTHS["nl"]),
    "fr": list(_pp.MONTHS["fr"]),
    "en": list(_pp.MONTHS["en"]),
    "de": list(_pp.MONTHS["de"]),
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
    "pt": [
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ],
    "bs": [
        "januar",
        "februar",
        "mart",
        "april",
        "maj",
        "juni",
        "juli",
        "august",
        "septembar",
        "oktobar",
        "novembar",
        "decembar",
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
    "mk": [
        "јануари",
        "февруари",
        "март",
        "април",
        "мај",
        "јуни",
        "јули",
        "август",
        "септември",
        "октомври",
        "ноември",
        "декември",
    ],
}
ABBR = {
    "en": ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"],
    "fr": ["JANV", "FÉVR", "MARS", "AVR", "MAI", "JUIN", "JUIL", "AOÛT", "SEPT", "OCT", "NOV", "DÉC"],
    "es": ["ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SEP", "OCT", "NOV", "DIC"],
    "pt": ["JAN", "FEV", "MAR", "ABR", "MAI", "JUN", "JUL", "AGO", "SET", "OUT", "NOV", "DEZ"],
    "nl": ["JAN", "FEB", "MRT", "APR", "MEI", "JUN", "JUL", "AUG", "SEP", "OKT", "NOV", "DEC"],
}


def dd(d: D, sep=".") -> str:
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def words(d: D, lang: str) -> str:
    m = MONTHS[lang][d.month - 1]
    if lang in ("es", "pt"):
        return f"{d.day} de {m} de {d.year}"
    if lang == "fr":
        return f"{'1er' if d.day == 1 else d.day} {m} {d.year}"
    if lang in ("de", "bs", "mk"):
        return f"{d.day}. {m} {d.year}" + ("." if lang in ("bs", "mk") else "")
    return f"{d.day} {m} {d.year}"


def abbr(d: D, langs=("en",)) -> str:
    """'05 MAR/MARS 1981': the month in each language, slash-joined (the same word only once)."""
    ms = []
    for lg in langs:
        m = ABBR[lg][d.month - 1]
        if m not in ms:
            ms.append(m)
    return f"{d.day:02d} {'/'.join(ms)} {d.year}"


def cname(code_or_en: str, lang: str) -> str:
    return _pp.country_name(code_or_en, lang)


def adj(code: str, lang: str) -> str:
    return _pp.nationality_adj(code, lang)


_CYR = [
    ("dž", "џ"),
    ("xh", "џ"),
    ("gj", "ѓ"),
    ("kj", "ќ"),
    ("lj", "љ"),
    ("nj", "њ"),
    ("sh", "ш"),
    ("zh", "ж"),
    ("ch", "ч"),
    ("dz", "ѕ"),
    ("ç", "ч"),
    ("ë", "е"),
    ("č", "ч"),
    ("š", "ш"),
    ("ž", "ж"),
    ("ć", "ќ"),
    ("a", "а"),
    ("b", "б"),
    ("c", "ц"),
    ("d", "д"),
    ("e", "е"),
    ("f", "ф"),
    ("g", "г"),
    ("h", "х"),
    ("i", "и"),
    ("j", "ј"),
    ("k", "к"),
    ("l", "л"),
    ("m", "м"),
    ("n", "н"),
    ("o", "о"),
    ("p", "п"),
    ("q", "ќ"),
    ("r", "р"),
    ("s", "с"),
    ("t", "т"),
    ("u", "у"),
    ("v", "в"),
    ("x", "ѕ"),
    ("y", "ј"),
    ("z", "з"),
]


def cyr(s: str) -> str:
    """Latin (Macedonian/Albanian/Bosnian spelling) to Macedonian Cyrillic, keeping capitals."""
    out, i, low = [], 0, s.lower()
    while i < len(s):
        for a, b in _CYR:
            if low.startswith(a, i):
                out.append(b.upper() if s[i].isupper() else b)
                i += len(a)
                break
        else:
            out.append(s[i])
            i += 1
    return "".join(out)


def ascii_(s: str) -> str:
    return _pp.strip_accents(s)


# =========================================================================== the kit: what copiers, phones and hands do


def to_img(sh: Sheet, dpi: int = 200) -> Image.Image:
    return sh.render(dpi).convert("RGB")


def as_sheet(img: Image.Image, w=210.0, h=297.0) -> Sheet:
    s = Sheet(w, h)
    s.image(0, 0, w, h, img)
    return s


def place(sub: Sheet, sh: Sheet, x, y, *, scale=1.0, deg=0.0, dpi=300) -> tuple[float, float]:
    """Render a smaller sheet (a card, a booklet page) and lay it on a page at (x, y), scaled and turned."""
    img = sub.render(dpi).convert("RGBA")
    if deg:
        img = img.rotate(deg, resample=Image.BICUBIC, expand=True, fillcolor=(255, 255, 255, 0))
    w = img.width / dpi * 25.4 * scale
    h = img.height / dpi * 25.4 * scale
    sh.image(x, y, w, h, img)
    return w, h


def photocopy(
    sh: Sheet, *, dpi=170, tone=(246, 246, 243), contrast=1.0, gamma=1.0, blur=0.0, dust=0
) -> Sheet:
    """The page once through an office copier: a tone over the paper, a little contrast, softness and dust."""
    img = to_img(sh, dpi)
    if contrast != 1.0 or gamma != 1.0:
        lut = [
            max(0, min(255, int((0.5 + (((v / 255) ** gamma) - 0.5) * contrast) * 255))) for v in range(256)
        ]
        img = img.point(lut * 3)
    img = ImageChops.multiply(img, Image.new("RGB", img.size, tone))
    if dust:
        r = random.Random(dust)
        d = ImageDraw.Draw(img)
        for _ in range(70):
            x, y, s = r.randrange(img.width), r.randrange(img.height), r.choice([1, 1, 1, 2])
            d.ellipse([x, y, x + s, y + s], fill=(80, 80, 80))
    if blur:
        img = img.filter(ImageFilter.GaussianBlur(blur))
    return as_sheet(img, sh.width_mm, sh.height_mm)


def bw_copy(sh: Sheet, *, dpi=160, cut=168) -> Sheet:
    """A black-and-white copy: every grey becomes black or white (photos and grounds turn to dots)."""
    g = to_img(sh, dpi).convert("L")
    g = g.point(lambda v: 255 if v > cut else 0).convert("1", dither=Image.Dither.NONE).convert("RGB")
    return as_sheet(g, sh.width_mm, sh.height_mm)


def dithered(sh: Sheet, *, dpi=150) -> Sheet:
    """Copied on a machine set to 'photo': greys become a dot screen."""
    g = to_img(sh, dpi).convert("L").convert("1").convert("RGB")
    return as_sheet(g, sh.width_mm, sh.height_mm)


def spine(sh: Sheet, *, x_mm: float, width_mm=14.0, dpi=170, horizontal=False, span=(0.0, 1e9)) -> Sheet:
    """The dark band a booklet's binding leaves on the copy (it did not lie flat on the glass); span limits it to
    the booklet's width (or height)."""
    img = to_img(sh, dpi)
    k = dpi / 25.4
    band = max(4, int(width_mm * k))
    a, b = int(max(0.0, span[0]) * k), int(min(span[1] * k, img.width if horizontal else img.height))
    m = Image.new("L", img.size, 0)
    if horizontal:
        g = Image.linear_gradient("L").resize((8, band))
        g = ImageChops.darker(g, ImageOps.flip(g)).point(lambda v: min(255, v * 2)).resize((b - a, band))
        m.paste(g, (a, int(x_mm * k) - band // 2))
    else:
        g = Image.linear_gradient("L").rotate(90, expand=True).resize((band, 8))
        g = ImageChops.darker(g, ImageOps.mirror(g)).point(lambda v: min(255, v * 2)).resize((band, b - a))
        m.paste(g, (int(x_mm * k) - band // 2, a))
    dark = Image.new("RGB", img.size, (70, 70, 72))
    img = Image.composite(dark, img, m.point(lambda v: int(v * 0.75)))
    return as_sheet(img, sh.width_mm, sh.height_mm)


def reduced(sh: Sheet, *, scale=0.9, dpi=170, edge=True) -> Sheet:
    """Copied with 'reduce' on: the whole page smaller in the middle of an A4, its edge a faint grey line."""
    img = to_img(sh, dpi)
    W, H = img.size
    small = img.resize((int(W * scale), int(H * scale)), Image.LANCZOS)
    out = Image.new("RGB", (W, H), (252, 252, 251))
    ox, oy = (W - small.width) // 2, int((H - small.height) * 0.35)
    out.paste(small, (ox, oy))
    if edge:
        ImageDraw.Draw(out).rectangle(
            [ox, oy, ox + small.width - 1, oy + small.height - 1], outline=(190, 190, 190)
        )
    return as_sheet(out, sh.width_mm, sh.height_mm)


def toner_streak(sh: Sheet, *, x_mm: float, dpi=170, w_mm=3.0, strength=0.35) -> Sheet:
    """A copier with a dirty drum: a grey vertical streak down the whole page."""
    img = to_img(sh, dpi)
    k = dpi / 25.4
    d = ImageDraw.Draw(img, "RGBA")
    a = int(255 * strength)
    d.rectangle([int(x_mm * k), 0, int((x_mm + w_mm) * k), img.height], fill=(90, 90, 90, a))
    d.rectangle(
        [int((x_mm + w_mm + 1.2) * k), 0, int((x_mm + w_mm + 1.6) * k), img.height], fill=(60, 60, 60, a)
    )
    return as_sheet(img, sh.width_mm, sh.height_mm)


def sticky(sh: Sheet, x, y, lines, rng, *, w=46.0, h=38.0, deg=None, c=BLUE_PEN, f=HW1) -> None:
    """A yellow sticky note stuck on the page (copied with it), a few words written on it."""
    note = Sheet(w, h)
    note.rect(0, 0, w, h, width_mm=0, fill=(250, 236, 120))
    note.rect(0, 0, w, 4, width_mm=0, fill=(242, 224, 100))
    for k, t in enumerate(lines):
        hand(note, 3, 7 + k * 7.5, t, rng, f=f, pt=12, c=c)
    place(note, sh, x, y, deg=rng.uniform(-6, 6) if deg is None else deg, dpi=200)


def clip(sh: Sheet, x, y, *, c=(150, 150, 156)) -> None:
    """A paper clip's grey shadow over the top edge."""
    img = Image.new("RGBA", (60, 260), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle([4, 4, 56, 256], radius=26, outline=c + (255,), width=7)
    d.rounded_rectangle([16, 40, 44, 220], radius=14, outline=c + (255,), width=7)
    sh.image(x, y, 9, 39, img)


def ground(w, h, rng: random.Random, bg, ink, *, kind="waves", n=20) -> Image.Image:
    """A security ground: fine waves or a rosette of thin lines (what a passport page is printed on)."""
    S = 8
    img = Image.new("RGB", (int(w * S), int(h * S)), bg)
    d = ImageDraw.Draw(img)
    if kind == "rosette":
        cx, cy = img.width * rng.uniform(0.55, 0.75), img.height * rng.uniform(0.35, 0.6)
        for k in range(n * 3):
            r = img.height * (0.2 + 0.8 * k / (n * 3))
            d.ellipse([cx - r * 1.3, cy - r, cx + r * 1.3, cy + r], outline=ink, width=1)
    else:
        import math

        amp, per = rng.uniform(1.5, 3.5) * S, rng.uniform(16, 30) * S
        ph = rng.uniform(0, 6.28)
        for k in range(n):
            y0 = (k + 0.5) * img.height / n
            pts = [
                (x, y0 + amp * math.sin(x / per * 6.283 + ph + k * 0.4)) for x in range(0, img.width + 8, 8)
            ]
            d.line(pts, fill=ink, width=1)
    return img


def ghost(photo: Image.Image) -> Image.Image:
    """The small second portrait, printed pale."""
    g = photo.convert("L")
    g = g.point(lambda v: 255 - int((255 - v) * 0.35))
    return g.convert("RGB")


def portrait(w, h, rng) -> Image.Image:
    from .paper import make_photo

    return make_photo(w, h, rng)


# =========================================================================== passports


def dates_for(rng, issue_date, expiry_date, years: int) -> tuple[D, D]:
    if expiry_date and issue_date:
        return issue_date, expiry_date
    if expiry_date:
        iss = (
            expiry_date.replace(year=expiry_date.year - years) + datetime.timedelta(days=1)
            if not (expiry_date.month == 2 and expiry_date.day == 29)
            else D(expiry_date.year - years, 3, 1)
        )
        return iss, expiry_date
    iss = issue_date or TODAY - datetime.timedelta(days=rng.randint(200, 365 * years - 120))
    try:
        exp = iss.replace(year=iss.year + years) - datetime.timedelta(days=1)
    except ValueError:
        exp = D(iss.year + years, 2, 28)
    return iss, exp


def mrz_lines(
    person: Person, code: str, number: str, exp: D, personal: str, break_check, override
) -> list[str]:
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
        personal_number=personal,
        break_check=break_check,
    )


def mrz_block(sh: Sheet, x, y, rows, *, pt=10.2, step=4.6, c=(18, 18, 20)) -> None:
    for k, r in enumerate(rows):
        tx(sh, x, y + k * step, r, f=OCR, pt=pt, c=c)


def embg(person: Person, rng, region="41") -> str:
    """Yugoslav-style unique master citizen number DDMMYYYRRBBBK (checksum mod 11)."""
    b = person.birth_date
    k = crc("embg", person.surname, person.given_names, b) % 500 + (500 if person.sex == "F" else 0)
    body = f"{b.day:02d}{b.month:02d}{b.year % 1000:03d}{region}{k:03d}"
    w = [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    m = 11 - sum(int(a) * b_ for a, b_ in zip(body, w)) % 11
    return body + str(0 if m > 9 else m)


def _dp(sp: dict, person: Person, rng, number: str, iss: D, exp: D, rows: list[str], personal: str) -> Sheet:
    """One passport data page (125 x 88 mm) drawn from a country's spec: ground, header, photo, fields, MRZ."""
    W, H = 125.0, 88.0
    pg = Sheet(W, H)
    pg.image(0, 0, W, H, ground(W, H, rng, sp["bg"], sp["ink"], kind=sp.get("kind", "waves")))
    for t, f, pt, c, y in sp["head"]:
        tx(pg, W / 2, y, t, f=f, pt=shrink(t, W - 8, f, pt), c=c, a="center")
    right = sp.get("photo") == "right"
    px = W - 35 if right else 4.0
    ph = portrait(29, 37, rng)
    pg.image(px, 17.5, 29, 37, ph)
    if sp.get("ghost"):
        pg.image(px, 57, 11, 14, ghost(ph))
    vals = sp["values"](person, number, iss, exp, personal)
    x0 = 4.0 if right else 37.0
    colw = 41.5
    y, col = 17.0, 0
    for label, key, span in sp["fields"]:
        if col + span > 2:
            y += sp.get("step", 7.6)
            col = 0
        x = x0 + col * (colw + 1.5)
        w = colw * span + (1.5 if span == 2 else 0)
        tx(
            pg,
            x,
            y,
            label,
            f=sp["lf"],
            pt=shrink(label, w, sp["lf"], sp.get("lpt", 4.3), 3.2),
            c=sp.get("lc", G1),
        )
        v = vals[key]
        tx(pg, x, y + sp.get("gap", 2.0), v, f=sp["vf"], pt=shrink(v, w, sp["vf"], sp.get("vpt", 7.4), 4.5))
        col += span
        if col >= 2:
            y += sp.get("step", 7.6)
            col = 0
    sign(
        pg, px + (12 if sp.get("ghost") else 1), 60, rng, w=20 if sp.get("ghost") else 28, h=8, c=(30, 30, 40)
    )
    frame(pg, 0, H - 13.5, W, 13.5, lw=0, fill=(250, 250, 247))
    mrz_block(pg, 3.4, H - 12.2, rows, pt=11.6, step=5.2)
    return pg


def _v_common(datef, nat, auth, place=lambda p: p.birth_place.upper()):
    def values(p: Person, number, iss, exp, personal):
        return dict(
            typ="P",
            code=None,
            no=number,
            sn=p.surname.upper(),
            gn=p.given_names.upper(),
            nat=nat,
            dob=datef(p.birth_date),
            sex=p.sex,
            pob=place(p),
            iss=datef(iss),
            exp=datef(exp),
            auth=auth,
            pers=personal,
        )

    return values


def _mk_values(p: Person, number, iss, exp, personal):
    v = _v_common(dd, "MACEDONIAN / МАКЕДОНСКО", "МВР / MOI " + cyr(p.birth_place.split()[0]).upper())(
        p, number, iss, exp, personal
    )
    v["sn"] = f"{p.surname.upper()}  {cyr(p.surname).upper()}"
    v["gn"] = f"{p.given_names.upper()}  {cyr(p.given_names).upper()}"
    v["sex"] = "M / M" if p.sex == "M" else "Ж / F"
    return v


def _br_values(p: Person, number, iss, exp, personal):
    v = _v_common(lambda d: abbr(d, ("pt", "en")), "BRASILEIRO(A)", "DPF/SR/SP")(
        p, number, iss, exp, personal
    )
    v["pob"] = f"{p.birth_place.upper()}/{_BR_UF.get(p.birth_place, 'SP')}"
    v["par"] = f"{(p.father or '—').upper()} / {(p.mother or '—').upper()}"
    return v


_BR_UF = {
    "São Paulo": "SP",
    "Rio de Janeiro": "RJ",
    "Belo Horizonte": "MG",
    "Salvador": "BA",
    "Recife": "PE",
    "Fortaleza": "CE",
    "Manaus": "AM",
    "Belém": "PA",
    "Goiânia": "GO",
    "Curitiba": "PR",
    "Porto Alegre": "RS",
    "Campinas": "SP",
}

SPECS = {
    "MKD": dict(
        bg=(238, 232, 244),
        ink=(206, 192, 222),
        kind="rosette",
        ghost=True,
        lf=DJC,
        vf=DJS_B,
        head=[
            ("РЕПУБЛИКА СЕВЕРНА МАКЕДОНИЈА", DJC_B, 7.2, (90, 30, 40), 2.5),
            ("REPUBLIC OF NORTH MACEDONIA • RÉPUBLIQUE DE MACÉDOINE DU NORD", DJC, 5.4, (90, 30, 40), 6.4),
            ("ПАСОШ / PASSPORT / PASSEPORT", DJC_B, 5.6, G1, 10.2),
        ],
        fields=[
            ("Тип/Type  Код/Code", "typ", 1),
            ("Број на пасош / Passport No.", "no", 1),
            ("Презиме / Surname / Nom", "sn", 2),
            ("Име / Given names / Prénoms", "gn", 2),
            ("Државјанство / Nationality", "nat", 2),
            ("Датум на раѓање / Date of birth", "dob", 1),
            ("Пол / Sex / Sexe", "sex", 1),
            ("Место на раѓање / Place of birth", "pob", 1),
            ("ЕМБГ / Personal No.", "pers", 1),
            ("Датум на издавање / Date of issue", "iss", 1),
            ("Важи до / Date of expiry", "exp", 1),
            ("Издаден од / Authority", "auth", 2),
        ],
        values=_mk_values,
        step=7.3,
    ),
    "SYC": dict(
        bg=(230, 242, 236),
        ink=(180, 214, 196),
        ghost=False,
        lf=NIM_I,
        vf=NIM_B,
        lc=(20, 70, 60),
        head=[
            ("REPUBLIC OF SEYCHELLES  •  RÉPUBLIQUE DES SEYCHELLES", NIM_B, 7.0, (10, 70, 90), 3.0),
            ("PASSPORT  /  PASSEPORT", NIM, 6.0, (10, 70, 90), 8.2),
        ],
        fields=[
            ("Type / Type", "typ", 1),
            ("Passport No. / N° du passeport", "no", 1),
            ("Surname / Nom", "sn", 2),
            ("Given names / Prénoms", "gn", 2),
            ("Nationality / Nationalité", "nat", 1),
            ("Sex / Sexe", "sex", 1),
            ("Date of birth / Date de naissance", "dob", 1),
            ("Place of birth / Lieu de naissance", "pob", 1),
            ("Date of issue / Date de délivrance", "iss", 1),
            ("Date of expiry / Date d'expiration", "exp", 1),
            ("Authority / Autorité", "auth", 2),
        ],
        values=_v_common(
            lambda d: abbr(d, ("en", "fr")), "SEYCHELLOIS", "IMMIGRATION & CIVIL STATUS DIVISION"
        ),
    ),
    "GNQ": dict(
        bg=(246, 238, 226),
        ink=(222, 204, 176),
        photo="right",
        ghost=True,
        lf=FSN,
        vf=FSN_B,
        lc=(110, 60, 20),
        head=[
            ("REPÚBLICA DE GUINEA ECUATORIAL", FSR_B, 8.0, (20, 90, 50), 2.8),
            ("PASAPORTE  •  PASSEPORT  •  PASSPORT", FSN, 5.8, (20, 90, 50), 8.4),
        ],
        fields=[
            ("Tipo / Type", "typ", 1),
            ("Pasaporte N° / Passport No.", "no", 1),
            ("Apellidos / Nom / Surname", "sn", 2),
            ("Nombres / Prénoms / Given names", "gn", 2),
            ("Nacionalidad / Nationality", "nat", 1),
            ("Sexo / Sex", "sex", 1),
            ("Fecha de nacimiento / Date of birth", "dob", 1),
            ("Lugar de nacimiento / Place of birth", "pob", 1),
            ("Fecha de expedición / Date of issue", "iss", 1),
            ("Fecha de caducidad / Date of expiry", "exp", 1),
            ("Autoridad / Authority", "auth", 2),
        ],
        values=_v_common(
            lambda d: abbr(d, ("es", "fr")), "ECUATOGUINEANA", "D.G. SEGURIDAD NACIONAL - MALABO"
        ),
    ),
    "BIH": dict(
        bg=(232, 238, 248),
        ink=(196, 208, 232),
        kind="rosette",
        ghost=True,
        lf=DJC,
        vf=DJS_B,
        lc=(30, 40, 90),
        head=[
            ("BOSNA I HERCEGOVINA • БОСНА И ХЕРЦЕГОВИНА", DJC_B, 7.0, (20, 40, 110), 2.6),
            ("BOSNIA AND HERZEGOVINA", DJC, 5.8, (20, 40, 110), 6.6),
            ("PASOŠ / ПАСОШ / PASSPORT", DJC_B, 5.6, G1, 10.2),
        ],
        fields=[
            ("Tip/Type", "typ", 1),
            ("Broj pasoša / Passport No.", "no", 1),
            ("Prezime / Презиме / Surname", "sn", 2),
            ("Ime / Име / Given names", "gn", 2),
            ("Državljanstvo / Nationality", "nat", 1),
            ("Spol / Sex", "sex", 1),
            ("Datum rođenja / Date of birth", "dob", 1),
            ("Mjesto rođenja / Place of birth", "pob", 1),
            ("Datum izdavanja / Date of issue", "iss", 1),
            ("Važi do / Date of expiry", "exp", 1),
            ("JMB / Personal No.", "pers", 1),
            ("Izdaje / Authority", "auth", 1),
        ],
        values=_v_common(dd, "BOSNE I HERCEGOVINE", "MUP KS SARAJEVO"),
        step=7.3,
    ),
    "BRA": dict(
        bg=(228, 240, 232),
        ink=(186, 214, 194),
        ghost=False,
        lf=LSN,
        vf=LSN_B,
        lc=(20, 60, 110),
        head=[
            ("REPÚBLICA FEDERATIVA DO BRASIL", LSN_B, 7.8, (20, 60, 110), 2.8),
            ("PASSAPORTE  /  PASSPORT  /  PASSEPORT", LSN, 5.8, (20, 60, 110), 8.2),
        ],
        fields=[
            ("Tipo/Type", "typ", 1),
            ("Passaporte nº/Passport No.", "no", 1),
            ("Sobrenome/Surname/Nom", "sn", 2),
            ("Nome/Given names/Prénoms", "gn", 2),
            ("Nacionalidade/Nationality", "nat", 1),
            ("Data de nascimento/Date of birth", "dob", 1),
            ("Sexo/Sex", "sex", 1),
            ("Naturalidade/Place of birth", "pob", 1),
            ("Filiação/Filiation", "par", 2),
            ("Data de expedição/Date of issue", "iss", 1),
            ("Válido até/Date of expiry", "exp", 1),
            ("Autoridade/Authority", "auth", 2),
        ],
        values=_br_values,
        step=6.8,
        vpt=7.0,
    ),
    "GUY": dict(
        bg=(240, 236, 226),
        ink=(214, 204, 180),
        ghost=True,
        lf=CAR,
        vf=CAR_B,
        lc=(110, 30, 30),
        lpt=4.8,
        vpt=7.8,
        head=[
            ("CARIBBEAN COMMUNITY", CAR_B, 6.2, (110, 30, 30), 2.4),
            ("CO-OPERATIVE REPUBLIC OF GUYANA", CAR_B, 8.0, (110, 30, 30), 6.2),
            ("PASSPORT", CAR, 6.0, G1, 11.0),
        ],
        fields=[
            ("Type", "typ", 1),
            ("Passport No.", "no", 1),
            ("Surname", "sn", 2),
            ("Given Names", "gn", 2),
            ("Nationality", "nat", 1),
            ("Sex", "sex", 1),
            ("Date of Birth", "dob", 1),
            ("Place of Birth", "pob", 1),
            ("Date of Issue", "iss", 1),
            ("Date of Expiry", "exp", 1),
            ("Issuing Authority", "auth", 2),
        ],
        values=_v_common(lambda d: abbr(d, ("en",)), "GUYANESE", "CENTRAL IMMIGRATION & PASSPORT OFFICE"),
    ),
    "SUR": dict(
        bg=(236, 242, 230),
        ink=(200, 220, 184),
        ghost=True,
        lf=NNR,
        vf=NNR_B,
        lc=(30, 80, 40),
        vpt=8.0,
        head=[
            ("REPUBLIEK SURINAME", NRM_B, 8.6, (30, 80, 40), 2.6),
            ("PASPOORT  /  PASSPORT", NRM, 6.2, (30, 80, 40), 9.0),
        ],
        fields=[
            ("Type / Type", "typ", 1),
            ("Paspoortnummer / Passport No.", "no", 1),
            ("Naam / Surname", "sn", 2),
            ("Voornamen / Given names", "gn", 2),
            ("Nationaliteit / Nationality", "nat", 1),
            ("Geslacht / Sex", "sex", 1),
            ("Geboortedatum / Date of birth", "dob", 1),
            ("Geboorteplaats / Place of birth", "pob", 1),
            ("Datum van afgifte / Date of issue", "iss", 1),
            ("Geldig tot / Date of expiry", "exp", 1),
            ("Autoriteit / Authority", "auth", 2),
        ],
        values=_v_common(lambda d: abbr(d, ("nl", "en")), "SURINAAMSE", "MIN. VAN BUITENLANDSE ZAKEN"),
    ),
}
NUMBERS = {
    "MKD": lambda r: "M" + num(r, 7),
    "SYC": lambda r: "PA" + num(r, 7),
    "GNQ": lambda r: "E" + num(r, 7),
    "BIH": lambda r: r.choice("ABC") + num(r, 7),
    "BRA": lambda r: r.choice(["FX", "GB", "FZ", "GD"]) + num(r, 6),
    "GUY": lambda r: "R" + num(r, 7),
    "SUR": lambda r: "R" + num(r, 6),
}
YEARS = {"MKD": 10, "SYC": 10, "GNQ": 5, "BIH": 10, "BRA": 10, "GUY": 10, "SUR": 5}


def _passport_page(code, person, rng, issue_date, expiry_date, break_check, mrz_override):
    iss, exp = dates_for(rng, issue_date, expiry_date, YEARS[code])
    number = NUMBERS[code](rng)
    personal = embg(person, rng, "41" if code == "MKD" else "17") if code in ("MKD", "BIH") else ""
    rows = mrz_lines(person, code, number, exp, personal, break_check, mrz_override)
    return _dp(SPECS[code], person, rng, number, iss, exp, rows, personal), iss, exp, number


def _plain_page(W, H, rng, bg, ink, lines, *, f=NIM, pt=6.0, c=G1) -> Sheet:
    pg = Sheet(W, H)
    pg.image(0, 0, W, H, ground(W, H, rng, bg, ink))
    for k, t in enumerate(lines):
        tx(pg, W / 2, 8 + k * 4.2, t, f=f, pt=shrink(t, W - 10, f, pt), c=c, a="center")
    return pg


def passport_mkd(
    person: Person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, **opts
):
    """North Macedonian passport copied open on the glass: the observations page ('ЗАБЕЛЕШКИ / OBSERVATIONS', a
    consular registration stamp on it) above the data page, the binding between them a dark horizontal band; the
    data page has trilingual labels (Cyrillic / English / French) ABOVE the values, the name in Latin then in
    Cyrillic, dates as dd.mm.yyyy, the EMBG as personal number; a rectangular 'EENSLUIDEND AFSCHRIFT / COPIE
    CONFORME' stamp with a paraph across the foot of the sheet; a slightly grey copy."""
    pg, iss, exp, no = _passport_page("MKD", person, rng, issue_date, expiry_date, break_check, mrz_override)
    up = _plain_page(
        125,
        88,
        rng,
        (238, 232, 244),
        (214, 204, 228),
        ["ЗАБЕЛЕШКИ / OBSERVATIONS / OBSERVATIONS"],
        f=DJC_B,
        pt=6.5,
    )
    stamp(
        up,
        62,
        30,
        ["AMBASADA • BRUXELLES", "EVIDENTIRAN", dd(iss + datetime.timedelta(days=rng.randint(30, 400)))],
        rng,
        shape="oval",
        c=S_VIOLET,
        mm=34,
        angle=rng.uniform(-12, 8),
    )
    sh = Sheet(210, 297)
    place(up, sh, 42, 24, dpi=240)
    place(pg, sh, 42, 113, dpi=300)
    sh.rect(41.5, 23.5, 126, 178, width_mm=0.3, color=G3)
    w, _ = stamp(
        sh,
        48,
        226,
        ["EENSLUIDEND AFSCHRIFT", "COPIE CONFORME"],
        rng,
        shape="rect",
        c=S_BLUE,
        mm=44,
        angle=rng.uniform(-4, 3),
    )
    sign(sh, 52 + w, 222, rng, w=22, h=11, c=BLUE_PEN, style="initials")
    return [
        spine(photocopy(sh, tone=(240, 240, 238)), x_mm=112, width_mm=10, horizontal=True, span=(36, 174))
    ]


def passport_syc(
    person: Person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, **opts
):
    """Seychelles passport scanned lying askew on the flatbed: the navy cover's edge shows round the open booklet,
    the inside cover with the bilingual request ('The President of the Republic of Seychelles requests ... / Le
    Président ... prie ...') above the data page; the data page has English/French labels in green italics above
    bold values and dates like '05 MAR/MARS 1981'; a pencilled 'copy – original seen' in the lower margin."""
    pg, iss, exp, no = _passport_page("SYC", person, rng, issue_date, expiry_date, break_check, mrz_override)
    req = (
        "The President of the Republic of Seychelles requests all whom it may concern to allow the bearer to "
        "pass freely and to afford the bearer such assistance and protection as may be necessary.  /  Le "
        "Président de la République des Seychelles prie les autorités de laisser passer librement le titulaire."
    )
    up = Sheet(125, 88)
    up.image(0, 0, 125, 88, ground(125, 88, rng, (230, 242, 236), (196, 222, 208)))
    para(up, 12, 22, 101, req, f=NIM_I, pt=7.2, lead=1.5, al="center", c=(10, 60, 70))
    book = Sheet(133, 184)
    book.rect(0, 0, 133, 184, width_mm=0, fill=(22, 38, 78))
    place(up, book, 4, 4, dpi=220)
    place(pg, book, 4, 92, dpi=300)
    sh = Sheet(210, 297)
    place(book, sh, 34, 20, deg=rng.uniform(-4.5, -2.0), dpi=220)
    hand(sh, 30, 262, "copy - original seen", rng, f=HW2, pt=12, c=(120, 120, 124))
    return [sh]


def passport_gnq(
    person: Person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, **opts
):
    """Equatorial Guinea passport: the data page (Spanish/French/English labels, the photo at the RIGHT, dates like
    '05 MAR/MARS 1981') above the holder's-signature page ('Firma del titular / Signature du titulaire'), both
    copied on one sheet in pure black and white, so that the security grounds vanish and the photo turns to
    blotches."""
    pg, iss, exp, no = _passport_page("GNQ", person, rng, issue_date, expiry_date, break_check, mrz_override)
    low = _plain_page(
        125,
        88,
        rng,
        (246, 238, 226),
        (226, 212, 190),
        ["Firma del titular / Signature du titulaire / Holder's signature"],
        f=FSN,
        pt=6.0,
    )
    sign(low, 30, 20, rng, w=60, h=16, c=(20, 20, 30))
    para(
        low,
        10,
        58,
        105,
        "Este pasaporte es propiedad de la República de Guinea Ecuatorial. Ce passeport est "
        "la propriété de la République de Guinée Équatoriale.",
        f=FSN,
        pt=5.6,
        al="center",
        c=G1,
    )
    sh = Sheet(210, 297)
    place(pg, sh, 40, 30, dpi=300)
    place(low, sh, 40, 128, dpi=240)
    for y in (30, 128):
        frame(sh, 40, y, 125, 88, lw=0.35, c=(60, 60, 60))
    return [bw_copy(sh, cut=150)]


def passport_bih(
    person: Person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, **opts
):
    """Bosnia and Herzegovina passport data page (Latin / Cyrillic / English labels above the values, JMB as
    personal number, dates dd.mm.yyyy) on an A4 copied with 'reduce 90 %' on, so the whole sheet sits smaller with
    a grey edge; a yellow sticky note 'kopie pas / orig. gezien' and a paper clip at the top RIGHT."""
    pg, iss, exp, no = _passport_page("BIH", person, rng, issue_date, expiry_date, break_check, mrz_override)
    sh = Sheet(210, 297)
    place(pg, sh, 22, 34, scale=1.05, dpi=300)
    sticky(sh, 150, 20, ["kopie pas", "orig. gezien"], rng, w=42, h=30, deg=rng.uniform(3, 7))
    clip(sh, 172, 6)
    return [reduced(sh, scale=0.9)]


def passport_bra(
    person: Person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, **opts
):
    """Brazilian passport copied open and SIDEWAYS: the booklet's two facing pages (a visa page with a Schengen
    entry stamp, and the data page with Portuguese/English/French labels, 'Filiação' with both parents, birthplace
    with the state 'SÃO PAULO/SP', dates '05 MAR/MAR 1981') turned a quarter on the portrait sheet, the spine a dark
    line down the middle."""
    pg, iss, exp, no = _passport_page("BRA", person, rng, issue_date, expiry_date, break_check, mrz_override)
    vis = _plain_page(125, 88, rng, (228, 240, 232), (200, 224, 206), ["VISTOS / VISAS"], f=LSN_B, pt=6.4)
    stamp(
        vis,
        38,
        22,
        ["SCHENGEN", "NL  SCHIPHOL", dd(TODAY - datetime.timedelta(days=rng.randint(200, 900)))],
        rng,
        shape="rect",
        c=S_BLACK,
        mm=26,
        angle=rng.uniform(-10, 10),
    )
    book = Sheet(125, 178)
    place(vis, book, 0, 0, dpi=220)
    place(pg, book, 0, 90, dpi=300)
    rule(book, 0, 89, 125, 89, lw=1.2, c=(60, 60, 64))
    sh = Sheet(210, 297)
    place(book, sh, 16, 86, deg=90, dpi=260)
    return [photocopy(sh, tone=(245, 245, 242), dust=crc(no))]


def passport_guy(
    person: Person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, **opts
):
    """Guyana (CARICOM) passport data page blown up to about 140 % across the width of the sheet, copied on grey
    recycled paper by a copier with a dirty drum (a grey streak down the right side); English labels only, dates
    like '05 MAR 1981'."""
    pg, iss, exp, no = _passport_page("GUY", person, rng, issue_date, expiry_date, break_check, mrz_override)
    sh = Sheet(210, 297)
    place(pg, sh, 18, 40, scale=1.4, dpi=300)
    return [toner_streak(photocopy(sh, tone=(234, 234, 228)), x_mm=rng.uniform(190, 198))]


def passport_sur(
    person: Person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, **opts
):
    """Surinamese passport: the data page (Dutch/English labels, 'SURINAAMSE', dates '05 MRT/MAR 1981') at the top
    of the sheet and the facing page with the holder's signature and 'Dit paspoort is geldig voor alle landen'
    under it, a red 'KOPIE' rubber stamp put at an angle over the lower page's text."""
    pg, iss, exp, no = _passport_page("SUR", person, rng, issue_date, expiry_date, break_check, mrz_override)
    low = _plain_page(
        125,
        88,
        rng,
        (236, 242, 230),
        (210, 226, 196),
        ["Handtekening van de houder / Signature of bearer"],
        f=NRM,
        pt=6.5,
    )
    sign(low, 34, 16, rng, w=56, h=15, c=(20, 20, 40))
    para(
        low,
        10,
        50,
        105,
        "Dit paspoort is geldig voor alle landen. / This passport is valid for all countries.",
        f=NRM_I,
        pt=7.5,
        al="center",
        c=G1,
    )
    sh = Sheet(210, 297)
    place(pg, sh, 40, 22, dpi=300)
    place(low, sh, 40, 114, deg=rng.uniform(-1.0, 1.0), dpi=240)
    stamp(sh, 92, 150, ["KOPIE"], rng, shape="rect", c=S_RED, mm=30, angle=rng.uniform(14, 24))
    return [photocopy(sh, tone=(248, 247, 244))]


PASSPORTS = {
    "MKD": (
        "passport-mkd-opengeslagen-observaties-boven-rugschaduw-eensluidend-55",
        passport_mkd,
        "mk/en/fr",
    ),
    "SYC": ("passport-syc-scheef-op-glasplaat-omslagrand-potlood-55", passport_syc, "en/fr"),
    "GNQ": ("passport-gnq-zwartwit-kopie-handtekeningpagina-55", passport_gnq, "es/fr/en"),
    "BIH": ("passport-bih-verkleind-90-geeltje-paperclip-55", passport_bih, "bs/en"),
    "BRA": ("passport-bra-zijwaarts-open-visumpagina-filiacao-55", passport_bra, "pt/en/fr"),
    "GUY": ("passport-guy-vergroot-grijs-papier-tonerstreep-55", passport_guy, "en"),
    "SUR": ("passport-sur-handtekeningpagina-rode-kopiestempel-55", passport_sur, "nl/en"),
}
for _cc, (_fid, _fn, _lg) in PASSPORTS.items():
    _id._register(
        _fid,
        "identity-document",
        PART,
        _lg,
        _fn,
        country=_cc,
        mrz="TD3",
        photo=True,
        notes=f"{_cc} passport data page",
    )


# =========================================================================== identity card and residence card (TD1)


def _card(w=85.6, h=54.0, *, rng, bg, ink, kind="waves") -> Sheet:
    c = Sheet(w, h)
    c.image(0, 0, w, h, ground(w, h, rng, bg, ink, kind=kind, n=14))
    return c


def _rounded(card: Sheet, dpi=300) -> Sheet:
    """The card with rounded corners (a plastic card's outline on the glass)."""
    img = card.render(dpi).convert("RGBA")
    m = Image.new("L", img.size, 0)
    ImageDraw.Draw(m).rounded_rectangle(
        [0, 0, img.width - 1, img.height - 1], radius=int(3.2 * dpi / 25.4), fill=255
    )
    img.putalpha(m)
    ImageDraw.Draw(img).rounded_rectangle(
        [0, 0, img.width - 1, img.height - 1],
        radius=int(3.2 * dpi / 25.4),
        outline=(120, 120, 120, 255),
        width=2,
    )
    out = Sheet(card.width_mm, card.height_mm)
    out.image(0, 0, card.width_mm, card.height_mm, img)
    return out


def idcard_mkd(
    person: Person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, **opts
):
    """North Macedonian identity card ('ЛИЧНА КАРТА / IDENTITY CARD'), front ABOVE back, each blown up to about 160 %
    on the LEFT two-thirds of the sheet, with 'предна / front' and 'задна / back' written by hand beside them; the
    front has Cyrillic/English captions above the values and the photo at the LEFT; the back holds the EMBG, the
    place of birth, the Macedonian address, the issuing office and the three-line zone."""
    iss, exp = dates_for(rng, issue_date, expiry_date, 10)
    no = "A" + num(rng, 7)
    pers = embg(person, rng, "41")
    o = dict(
        surname=person.surname, given_names=person.given_names, birth_date=person.birth_date, sex=person.sex
    )
    o.update(mrz_override or {})
    rows = M.td1(
        issuing="MKD",
        surname=o["surname"],
        given=o["given_names"],
        number=no,
        nationality="MKD",
        birth_date=o["birth_date"],
        sex=o["sex"],
        expiry=exp,
        optional1=pers,
        break_check=break_check,
    )
    f = _card(rng=rng, bg=(244, 230, 226), ink=(226, 200, 196), kind="rosette")
    tx(
        f,
        42.8,
        2.2,
        "РЕПУБЛИКА СЕВЕРНА МАКЕДОНИЈА • REPUBLIC OF NORTH MACEDONIA",
        f=DJC_B,
        pt=4.6,
        c=(120, 30, 30),
        a="center",
    )
    tx(f, 42.8, 5.4, "ЛИЧНА КАРТА / IDENTITY CARD", f=DJC_B, pt=5.4, c=G1, a="center")
    f.image(3, 10, 22, 29, portrait(22, 29, rng))
    rows_f = [
        ("Презиме / Surname", person.surname.upper()),
        ("Име / Given name", person.given_names.upper()),
        ("Пол / Sex", "Ж / F" if person.sex == "F" else "М / M"),
        ("Државјанство / Nationality", "МАКЕДОНСКО / MKD"),
        ("Датум на раѓање / Date of birth", dd(person.birth_date)),
        ("Број на документ / Document No.", no),
        ("Важи до / Date of expiry", dd(exp)),
    ]
    y = 10.0
    for cap, val in rows_f:
        tx(f, 28, y, cap, f=DJC, pt=3.4, c=G1)
        tx(f, 28, y + 1.4, val, f=DJS_B, pt=shrink(val, 55, DJS_B, 5.6))
        y += 5.8
    sign(f, 4, 42, rng, w=20, h=7, c=(20, 20, 30))
    b = _card(rng=rng, bg=(244, 230, 226), ink=(226, 200, 196))
    street = rng.choice(["ул. Илинденска", "ул. Маршал Тито", "ул. 29 Ноември", "бул. Гоце Делчев"])
    back = [
        ("ЕМБГ / Personal No.", pers),
        ("Место на раѓање / Place of birth", person.birth_place.upper()),
        ("Адреса / Address", f"{street} бр. {rng.randint(2, 140)}, {cyr(person.birth_place)}"),
        ("Издаден од / Issued by", "МВР " + cyr(person.birth_place).upper()),
        ("Датум на издавање / Date of issue", dd(iss)),
    ]
    y = 3.0
    for cap, val in back:
        tx(b, 4, y, cap, f=DJC, pt=3.4, c=G1)
        tx(b, 4, y + 1.4, val, f=DJS_B, pt=shrink(val, 76, DJS_B, 5.4))
        y += 5.6
    frame(b, 0, 31.5, 85.6, 22.5, lw=0, fill=(250, 250, 248))
    mrz_block(b, 3, 33, rows, pt=9.6, step=6.2)
    sh = Sheet(210, 297)
    place(_rounded(f), sh, 16, 26, scale=1.6, dpi=260)
    place(_rounded(b), sh, 16, 126, scale=1.6, dpi=260)
    hand(sh, 160, 60, "предна / front", rng, f=HW4, pt=12, c=BLUE_PEN)
    hand(sh, 160, 160, "задна / back", rng, f=HW4, pt=12, c=BLUE_PEN)
    return [photocopy(sh, tone=(247, 246, 244))]


_id._register(
    "idcard-mkd-voor-boven-achter-vergroot-handgeschreven-zijden-55",
    "identity-document",
    PART,
    "mk/en",
    idcard_mkd,
    country="MKD",
    mrz="TD1",
    photo=True,
    notes="North Macedonian identity card, both sides",
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
    **opts,
):
    """Dutch residence document (EU card format): front and back laid on the glass together but each at its own slight
    angle, one above the other in the upper half of the sheet, copied in high contrast; the front has the blue band
    'VERBLIJFSDOCUMENT / RESIDENCE DOCUMENT', the photo at the RIGHT, the kind of permit and 'Arbeid toegestaan'
    remark; the back the VNR, the purpose, the place of birth and the three-line zone."""
    iss, exp = dates_for(rng, issue_date, expiry_date, 5)
    vnr = v_number or person.v_number or num(rng, 10)
    purpose = purpose or rng.choice(["verblijf bij partner", "medische behandeling", "humanitair tijdelijk"])
    no = rng.choice("NVWXY") + rng.choice("BCDFGHJKLMNPRSTZ") + num(rng, 7)
    o = dict(
        surname=person.surname,
        given_names=person.given_names,
        birth_date=person.birth_date,
        sex=person.sex,
        nationality=person.nationality,
    )
    o.update(mrz_override or {})
    rows = M.td1(
        issuing="NLD",
        surname=o["surname"],
        given=o["given_names"],
        number=no,
        nationality=o["nationality"],
        birth_date=o["birth_date"],
        sex=o["sex"],
        expiry=exp,
        doc_code="IR",
        break_check=break_check,
    )
    f = _card(rng=rng, bg=(232, 240, 250), ink=(200, 216, 236))
    frame(f, 0, 0, 85.6, 7.5, lw=0, fill=(30, 70, 150))
    tx(f, 3, 1.8, "VERBLIJFSDOCUMENT / RESIDENCE DOCUMENT", f=NIM_B, pt=6.2, c=WHITE)
    tx(f, 3, 9, "KONINKRIJK DER NEDERLANDEN", f=NIM_B, pt=4.6, c=(30, 70, 150))
    f.image(60, 10, 22, 28, portrait(22, 28, rng))
    fr = [
        ("Naam / Name", f"{person.surname.upper()}, {person.given_names.upper()}"),
        ("Geboortedatum / Date of birth", dd(person.birth_date, "-")),
        ("Nationaliteit / Nationality", adj(person.nationality, "nl").upper()),
        ("Documentnummer", no),
        ("Geldig tot / Valid until", dd(exp, "-")),
        ("Soort / Type", "REGULIER BEPAALDE TIJD" if "humanitair" not in purpose else "ASIEL/HUMANITAIR"),
    ]
    y = 13.0
    for cap, val in fr:
        tx(f, 3, y, cap, f=NIM, pt=3.4, c=G1)
        tx(f, 3, y + 1.4, val, f=NIM_B, pt=shrink(val, 55, NIM_B, 5.4))
        y += 5.4
    tx(
        f,
        3,
        47.5,
        "Arbeid is toegestaan. TWV niet vereist." if "medisch" not in purpose else "Arbeid niet toegestaan.",
        f=NIM_I,
        pt=4.2,
        c=G1,
    )
    b = _card(rng=rng, bg=(232, 240, 250), ink=(200, 216, 236))
    bk = [
        ("VNR", vnr),
        ("Verblijfsdoel / Purpose", purpose.upper()),
        (
            "Geboorteplaats / Place of birth",
            f"{person.birth_place.upper()}, {cname(person.birth_country, 'nl').upper()}",
        ),
        ("Datum afgifte / Date of issue", dd(iss, "-")),
    ]
    y = 3.0
    for cap, val in bk:
        tx(b, 4, y, cap, f=NIM, pt=3.4, c=G1)
        tx(b, 4, y + 1.4, val, f=NIM_B, pt=shrink(val, 76, NIM_B, 5.4))
        y += 5.6
    frame(b, 0, 31.5, 85.6, 22.5, lw=0, fill=(250, 250, 248))
    mrz_block(b, 3, 33, rows, pt=9.6, step=6.2)
    sh = Sheet(210, 297)
    place(_rounded(f), sh, 40, 22, scale=1.25, deg=rng.uniform(-2.5, -0.5), dpi=260)
    place(_rounded(b), sh, 46, 98, scale=1.25, deg=rng.uniform(0.5, 3.0), dpi=260)
    return [photocopy(sh, contrast=1.35, tone=(250, 250, 250))]


_id._register(
    "permit-nld-twee-kaarten-elk-eigen-hoek-hoog-contrast-55",
    "identity-document",
    PART,
    "nl",
    permit_nld,
    country="NLD",
    mrz="TD1",
    photo=True,
    notes="Dutch residence document, front and back",
)


# =========================================================================== civil-status acts: shared bits


def issued(rng, issue_date, lo=20, hi=300) -> D:
    return issue_date or TODAY - datetime.timedelta(days=rng.randint(lo, hi))


def act_day(person: Person, act_date, rng) -> D:
    return act_date or person.birth_date + datetime.timedelta(
        days=3 + crc(person.surname, person.birth_date) % 25
    )


def parents(person: Person, father=None, mother=None) -> tuple[str, str]:
    return (father or person.father or f"— {person.surname}"), (mother or person.mother or "—")


def split_name(full: str) -> tuple[str, str]:
    """'Given Names Surname' -> (surname, given): the last word is the surname (compound surnames keep two)."""
    parts = full.replace("— ", "").split()
    if len(parts) >= 3 and parts[-2][:1].islower():
        return " ".join(parts[-3:]), " ".join(parts[:-3]) or parts[0]
    if len(parts) >= 2:
        return parts[-1], " ".join(parts[:-1])
    return full, ""


def register_no(person: Person, kind: str, n=5) -> str:
    return str(
        10 ** (n - 1) + crc(kind, person.surname, person.given_names, person.birth_date) % (9 * 10 ** (n - 1))
    )


def couple(person: Person, spouse, marriage_date, rng) -> tuple[Person, Person, D]:
    if spouse is None:
        spouse = _pp.make_spouse(rng, person)
    h, w = (person, spouse) if person.sex == "M" else (spouse, person)
    wed = marriage_date or max(h.birth_date, w.birth_date) + datetime.timedelta(
        days=365 * 23 + rng.randint(0, 900)
    )
    return h, w, wed


_CIEC_A = [
    ("1", "Датум на раѓање", "Date de naissance", "Date of birth", "birth"),
    ("2", "Место на раѓање", "Lieu de naissance", "Place of birth", "place"),
    ("3", "Пол", "Sexe", "Sex", "sex"),
    ("4", "Презиме", "Nom", "Surname", "sn"),
    ("5", "Име", "Prénoms", "Forenames", "gn"),
    ("6", "Татко – презиме и име", "Père – nom et prénoms", "Father – surname and forenames", "father"),
    ("7", "Мајка – презиме и име", "Mère – nom et prénoms", "Mother – surname and forenames", "mother"),
]


def _ciec(sh: Sheet, rng, *, title_mk, title_x, formule, office, rows, issue: D, no: str) -> None:
    """The multilingual extract of the Vienna convention: coded rows, the label in Macedonian with French, English
    and German under it in small type, the value in capitals at the RIGHT; the issuing office's stamp and the
    registrar's signature at the foot."""
    tx(sh, 20, 14, "РЕПУБЛИКА СЕВЕРНА МАКЕДОНИЈА", f=DJS_B, pt=10)
    tx(sh, 20, 19.5, "Управа за водење на матичните книги", f=DJS, pt=8.5, c=G1)
    tx(sh, 20, 23.5, office, f=DJS, pt=8.5, c=G1)
    frame(sh, 160, 12, 32, 12, lw=0.4)
    tx(sh, 176, 13.5, "Formule", f=DJC, pt=7, a="center")
    tx(sh, 176, 17.5, formule, f=DJS_B, pt=10, a="center")
    tx(sh, 105, 34, title_mk, f=DJS_B, pt=11.5, a="center")
    for k, t in enumerate(title_x):
        tx(sh, 105, 40.5 + k * 4.2, t, f=DJC, pt=7.8, c=G1, a="center")
    y = 40.5 + len(title_x) * 4.2 + 5
    for code, mk, fr, en, de, val in rows:
        h = 14.0
        frame(sh, 18, y, 174, h, lw=0.3)
        rule(sh, 26, y, 26, y + h, lw=0.3)
        rule(sh, 100, y, 100, y + h, lw=0.3)
        tx(sh, 22, y + 4.5, code, f=DJS_B, pt=10, a="center")
        tx(sh, 28, y + 1.4, mk, f=DJS_B, pt=8)
        tx(sh, 28, y + 5.2, f"{fr} • {en}", f=DJC, pt=5.8, c=G1)
        tx(sh, 28, y + 8.6, de, f=DJC, pt=5.8, c=G1)
        tx(sh, 103, y + 4.0, val, f=DJS, pt=shrink(val, 86, DJS, 10.5))
        y += h
    y += 8
    tx(sh, 18, y, f"Број на запис / N° de l'acte / Entry No.: {no}", f=DJC, pt=8.5)
    tx(sh, 18, y + 6, f"Датум на издавање / Date de délivrance / Date of issue: {dd(issue)}", f=DJC, pt=8.5)
    tx(sh, 125, y + 14, "Матичар / L'officier de l'état civil", f=DJC, pt=8, c=G1)
    stamp(
        sh,
        40,
        y + 14,
        ["РЕПУБЛИКА СЕВЕРНА МАКЕДОНИЈА", "МАТИЧНО ПОДРАЧЈЕ", office.split()[-1].upper()],
        rng,
        c=S_BLUE,
        mm=32,
    )
    sign(sh, 128, y + 19, rng, w=40, h=13, c=BLUE_PEN)


def birth_mkd(person: Person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """North Macedonia's multilingual extract of a birth entry (Vienna convention, 'Formule A'): a coded table, each
    row's label in Macedonian with the French, English and German words under it in small type, the values typed
    in capitals in the RIGHT column (dates as dd.mm.yyyy, sex as M/F); no nationality and no photo; the district
    office's round stamp at the LEFT of the foot and the registrar's signature at the RIGHT."""
    iss = issued(rng, issue_date)
    fa, mo = parents(person, father, mother)
    v = dict(
        birth=dd(person.birth_date),
        place=person.birth_place.upper(),
        sex="M" if person.sex == "M" else "F",
        sn=person.surname.upper(),
        gn=person.given_names.upper(),
        father=fa.upper(),
        mother=mo.upper(),
    )
    rows = []
    for code, mk, fr, en, key in _CIEC_A:
        de = {
            "birth": "Geburtsdatum",
            "place": "Geburtsort",
            "sex": "Geschlecht",
            "sn": "Familienname",
            "gn": "Vornamen",
            "father": "Vater – Name und Vornamen",
            "mother": "Mutter – Name und Vornamen",
        }[key]
        rows.append((code, mk, fr, en, de, v[key]))
    sh = Sheet(210, 297)
    place_ = person.birth_place if person.birth_country == "North Macedonia" else "Скопје"
    _ciec(
        sh,
        rng,
        title_mk="ИЗВОД ОД МАТИЧНАТА КНИГА НА РОДЕНИТЕ",
        title_x=[
            "Extrait de l'acte de naissance • Extract from the register of births",
            "Auszug aus dem Geburtseintrag",
        ],
        formule="A",
        office=f"Подрачно одделение {cyr(place_)}",
        rows=rows,
        issue=iss,
        no=f"{register_no(person, 'b')}/{act_day(person, act_date, rng).year}",
    )
    return [photocopy(sh, tone=(250, 248, 242))]


_id._register(
    "birth-mkd-meertalig-formule-a-gecodeerde-rijen-55",
    "birth-certificate",
    PART,
    "mk/fr/en/de",
    birth_mkd,
    country="MKD",
    notes="North Macedonian multilingual birth extract (Formule A)",
)


def marriage_mkd(person: Person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    """North Macedonia's multilingual extract of a marriage entry ('Formule B'): the same coded table as the birth
    extract, husband's and wife's rows one after the other, the date and place of the marriage first; the district
    office's stamp and the registrar's signature at the foot."""
    h, w, wed = couple(person, spouse, marriage_date, rng)
    iss = issued(rng, issue_date)
    rows = [
        (
            "1",
            "Датум и место на венчавање",
            "Date et lieu du mariage",
            "Date and place of marriage",
            "Datum und Ort der Eheschließung",
            f"{dd(wed)} – {h.birth_place.upper()}",
        ),
        (
            "2",
            "Маж – презиме",
            "Époux – nom",
            "Husband – surname",
            "Ehemann – Familienname",
            h.surname.upper(),
        ),
        (
            "3",
            "Маж – име",
            "Époux – prénoms",
            "Husband – forenames",
            "Ehemann – Vornamen",
            h.given_names.upper(),
        ),
        (
            "4",
            "Маж – датум и место на раѓање",
            "Époux – date et lieu de naissance",
            "Husband – date and place of birth",
            "Ehemann – Geburtsdatum und -ort",
            f"{dd(h.birth_date)} {h.birth_place.upper()}",
        ),
        (
            "5",
            "Жена – презиме пред бракот",
            "Épouse – nom avant le mariage",
            "Wife – surname before marriage",
            "Ehefrau – Familienname vor der Ehe",
            w.surname.upper(),
        ),
        (
            "6",
            "Жена – име",
            "Épouse – prénoms",
            "Wife – forenames",
            "Ehefrau – Vornamen",
            w.given_names.upper(),
        ),
        (
            "7",
            "Жена – датум и место на раѓање",
            "Épouse – date et lieu de naissance",
            "Wife – date and place of birth",
            "Ehefrau – Geburtsdatum und -ort",
            f"{dd(w.birth_date)} {w.birth_place.upper()}",
        ),
    ]
    sh = Sheet(210, 297)
    _ciec(
        sh,
        rng,
        title_mk="ИЗВОД ОД МАТИЧНАТА КНИГА НА ВЕНЧАНИТЕ",
        title_x=[
            "Extrait de l'acte de mariage • Extract from the register of marriages",
            "Auszug aus dem Heiratseintrag",
        ],
        formule="B",
        office=f"Подрачно одделение {cyr(h.birth_place)}",
        rows=rows,
        issue=iss,
        no=f"{register_no(h, 'm')}/{wed.year}",
    )
    return [photocopy(sh, tone=(250, 248, 242))]


_id._register(
    "marriage-mkd-meertalig-formule-b-gecodeerde-rijen-55",
    "marriage-certificate",
    PART,
    "mk/fr/en/de",
    marriage_mkd,
    country="MKD",
    notes="North Macedonian multilingual marriage extract (Formule B)",
)


def birth_syc(person: Person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Seychelles 'CERTIFICATE OF BIRTH' of the Civil Status Office, Victoria: the national arms (a drawn shield) at
    the top centre, entry number and registration district in a box at the RIGHT, the particulars typed on dotted
    lines in a narrow bordered form (child, sex, date and place of birth, father's and mother's names and
    nationalities, informant, date of registration), 'Certified true copy' with the Chief Officer's signature and
    the office's round seal at the foot; slightly yellowed paper."""
    iss = issued(rng, issue_date)
    fa, mo = parents(person, father, mother)
    act = act_day(person, act_date, rng)
    sh = Sheet(210, 297, paper="cream")
    frame(sh, 12, 10, 186, 277, lw=1.2, c=(40, 70, 60))
    frame(sh, 14, 12, 182, 273, lw=0.3, c=(40, 70, 60))
    sh.rect(98, 16, 14, 16, width_mm=0.5, color=(40, 70, 60), fill=(210, 226, 214))
    tx(sh, 105, 35, "REPUBLIC OF SEYCHELLES", f=CEN_B, pt=13, a="center")
    tx(sh, 105, 42, "CIVIL STATUS OFFICE  –  VICTORIA, MAHÉ", f=CEN, pt=9, a="center", c=G1)
    tx(sh, 105, 52, "CERTIFICATE OF BIRTH", f=CEN_B, pt=16, a="center", ls=0.6)
    frame(sh, 140, 62, 50, 14, lw=0.4)
    tx(sh, 142, 63.5, f"Entry No. {register_no(person, 'syc')} of {act.year}", f=CEN, pt=8.5)
    tx(sh, 142, 69, "District: Mahé", f=CEN, pt=8.5)
    nat = adj(person.nationality, "en")
    rows = [
        ("Name and surname of child", f"{person.given_names} {person.surname.upper()}"),
        ("Sex", "Male" if person.sex == "M" else "Female"),
        ("Date of birth", words(person.birth_date, "en")),
        ("Place of birth", f"{person.birth_place}, {person.birth_country}"),
        ("Name and surname of father", fa),
        ("Nationality of father", nat),
        ("Name and maiden surname of mother", mo),
        ("Nationality of mother", nat),
        ("Informant", f"{fa}, father"),
        ("Date of registration", words(act, "en")),
    ]
    y = 86.0
    for lab, val in rows:
        tx(sh, 22, y, lab, f=CEN_I, pt=9.5, c=G1)
        rule(sh, 82, y + 4.6, 188, y + 4.6, lw=0.2, c=G2, dash=0.6)
        tx(sh, 84, y + 0.2, val, f=CPR, pt=shrink(val, 102, CPR, 10.5))
        y += 11.5
    para(
        sh,
        22,
        y + 6,
        166,
        f"I certify that the above is a true copy of the entry in the register of births of "
        f"the District of Mahé, Republic of Seychelles. Given at Victoria on {words(iss, 'en')}.",
        f=CEN,
        pt=10,
    )
    stamp(sh, 30, y + 24, ["CIVIL STATUS", "SEYCHELLES", "VICTORIA"], rng, c=S_GREEN, mm=30)
    sign(sh, 122, y + 26, rng, w=44, h=14, c=BLACK_PEN)
    tx(sh, 122, y + 42, "Chief Officer of Civil Status", f=CEN, pt=9)
    return [photocopy(sh, tone=(250, 246, 232))]


_id._register(
    "birth-syc-burgerlijke-stand-victoria-stippellijnen-crème-55",
    "birth-certificate",
    PART,
    "en",
    birth_syc,
    country="SYC",
    notes="Seychelles certificate of birth",
)


_TR_NAT = {
    "MKD": "KUZEY MAKEDONYA",
    "SYC": "SEYŞELLER",
    "GNQ": "EKVATOR GİNESİ",
    "BIH": "BOSNA-HERSEK",
    "BRA": "BREZİLYA",
    "GUY": "GUYANA",
    "SUR": "SURİNAM",
}


def birth_tur(person: Person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Turkish e-Government printout of the birth record of a foreign national born in Türkiye ('DOĞUM KAYIT
    BELGESİ – Yabancı Uyruklu'): the ministry's name and 'turkiye.gov.tr' logo line at the top, a barcode and the
    document's verification code at the top RIGHT, the particulars as a two-column table with grey label cells
    (Adı, Soyadı, Baba Adı, Ana Adı, Doğum Yeri, Doğum Tarihi, Cinsiyeti, Uyruğu, Kayıt Tarihi), a paragraph on how
    to verify the barcode and the e-signature notice in the footer; Turkish only, no hand signature."""
    iss = issued(rng, issue_date)
    fa, mo = parents(person, father, mother)
    act = act_day(person, act_date, rng)
    sh = Sheet(210, 297)
    tx(sh, 18, 14, "T.C. İÇİŞLERİ BAKANLIĞI", f=LSN_B, pt=10)
    tx(sh, 18, 19, "Nüfus ve Vatandaşlık İşleri Genel Müdürlüğü", f=LSN, pt=9, c=G1)
    tx(sh, 18, 26, "e-Devlet Kapısı  •  turkiye.gov.tr", f=LSN, pt=8, c=(180, 30, 40))
    for k in range(52):
        if crc(person.surname, k) % 3:
            sh.rect(140 + k * 1.0, 12, 0.5 + 0.3 * (k % 2), 11, width_mm=0, fill=(0, 0, 0))
    code = f"NVI-{num(rng, 4)}-{num(rng, 4)}-{num(rng, 4)}"
    tx(sh, 166, 24.5, code, f=DJM, pt=7.5, a="center")
    tx(sh, 105, 40, "DOĞUM KAYIT BELGESİ", f=LSN_B, pt=14, a="center")
    tx(sh, 105, 47, "(Yabancı Uyruklu Kişiler İçin)", f=LSN, pt=9.5, a="center", c=G1)
    f_sn, f_gn = split_name(fa)
    m_sn, m_gn = split_name(mo)
    rows = [
        ("Adı", person.given_names.upper()),
        ("Soyadı", person.surname.upper()),
        ("Cinsiyeti", "ERKEK" if person.sex == "M" else "KADIN"),
        ("Baba Adı", f_gn.upper() or f_sn.upper()),
        ("Ana Adı", m_gn.upper() or m_sn.upper()),
        ("Doğum Yeri", person.birth_place.upper()),
        ("Doğum Tarihi", dd(person.birth_date, "/")),
        ("Uyruğu", _TR_NAT.get(person.nationality, "—")),
        ("Kayıt Tarihi", dd(act, "/")),
        ("Kayıt No", f"{person.birth_place[:3].upper()}-{register_no(person, 'tr', 6)}"),
    ]
    y = 58.0
    for a, b in rows:
        frame(sh, 30, y, 52, 9, lw=0.25, c=G3, fill=(234, 234, 236))
        frame(sh, 82, y, 98, 9, lw=0.25, c=G3)
        tx(sh, 33, y + 2.3, a, f=LSN_B, pt=9.5)
        tx(sh, 85, y + 2.3, b, f=LSN, pt=10)
        y += 9
    para(
        sh,
        30,
        y + 10,
        150,
        "Bu belge 5070 sayılı Elektronik İmza Kanunu uyarınca güvenli elektronik imza ile "
        "imzalanmıştır. Belgenin doğruluğunu turkiye.gov.tr adresindeki Barkodlu Belge Doğrulama hizmeti ile "
        "yukarıdaki kodu kullanarak kontrol edebilirsiniz.",
        f=LSN,
        pt=9,
        c=G1,
    )
    tx(
        sh,
        18,
        282,
        f"Belge oluşturma tarihi: {dd(iss, '/')} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}",
        f=LSN,
        pt=7.5,
        c=G2,
    )
    tx(sh, 192, 282, "1/1", f=LSN, pt=7.5, c=G2, a="right")
    return [sh]


_id._register(
    "birth-tur-edevlet-barcode-tabel-grijze-labelcellen-55",
    "birth-certificate",
    PART,
    "tr",
    birth_tur,
    country="TUR",
    notes="Turkish e-Government birth record of a foreign national, Turkish",
)


def birth_bel(person: Person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Flemish city's 'UITTREKSEL UIT DE AKTE VAN GEBOORTE' printed from the civil-status database: the city's name
    and department at the top LEFT with a small logo block, the act's reference (DABS number) at the RIGHT, the
    particulars as labels with dotted leaders to their values (child, sex, date and hour, place, parents with their
    birth dates), 'Afgeleverd met het oog op: administratieve formaliteiten', the civil-status officer's name with a
    violet round city stamp and a signature over it."""
    iss = issued(rng, issue_date, 10, 200)
    fa, mo = parents(person, father, mother)
    act = act_day(person, act_date, rng)
    city = person.birth_place if person.birth_country == "Belgium" else "Antwerpen"
    sh = Sheet(210, 297)
    sh.rect(18, 12, 10, 10, width_mm=0, fill=(190, 30, 45))
    tx(sh, 31, 12, f"Stad {city}", f=CAR_B, pt=13)
    tx(sh, 31, 18, "Burgerzaken – Burgerlijke stand", f=CAR, pt=9.5, c=G1)
    tx(sh, 192, 12, f"DABS {act.year}/{register_no(person, 'dabs', 7)}", f=CAR, pt=9, a="right", c=G1)
    tx(sh, 192, 17, f"akte nr. {register_no(person, 'akte', 4)}", f=CAR, pt=9, a="right", c=G1)
    tx(sh, 18, 38, "UITTREKSEL UIT DE AKTE VAN GEBOORTE", f=CAR_B, pt=15)
    rule(sh, 18, 45, 192, 45, lw=0.5)
    hour = f"{rng.randint(0, 23):02d}u{rng.randint(0, 59):02d}"
    rows = [
        ("Naam", person.surname),
        ("Voornamen", person.given_names),
        ("Geslacht", "mannelijk" if person.sex == "M" else "vrouwelijk"),
        ("Geboortedatum en -uur", f"{words(person.birth_date, 'nl')}, {hour}"),
        ("Geboorteplaats", city),
        ("Vader", fa),
        ("Moeder", mo),
        ("Datum van de akte", words(act, "nl")),
    ]
    y = 54.0
    for a, b in rows:
        w = tx(sh, 18, y, a, f=CAR, pt=11)
        rule(sh, 19 + w, y + 4.2, 78, y + 4.2, lw=0.2, c=G3, dash=0.5)
        tx(sh, 80, y, b, f=CAR_B, pt=11)
        y += 9
    y += 4
    para(
        sh,
        18,
        y,
        174,
        "Afgeleverd met het oog op: administratieve formaliteiten. Dit uittreksel vermeldt geen "
        "afstamming buiten de ouders die in de akte vermeld zijn.",
        f=CAR,
        pt=10,
        c=G1,
    )
    tx(sh, 18, y + 16, f"{city}, {words(iss, 'nl')}", f=CAR, pt=11)
    tx(sh, 110, y + 24, "De ambtenaar van de burgerlijke stand, bij delegatie", f=CAR, pt=9.5, c=G1)
    stamp(sh, 118, y + 30, [f"STAD {city.upper()}", "BURGERLIJKE STAND", "★"], rng, c=S_VIOLET, mm=30)
    sign(sh, 124, y + 36, rng, w=46, h=14, c=BLUE_PEN)
    tx(
        sh,
        110,
        y + 62,
        rng.choice(["K. Van Looy", "S. Janssens", "E. De Backer", "M. Peeters"]),
        f=CAR,
        pt=10,
    )
    return [sh]


_id._register(
    "birth-bel-stad-uittreksel-stippelleiders-violette-stempel-55",
    "birth-certificate",
    PART,
    "nl",
    birth_bel,
    country="BEL",
    notes="Flemish city's birth extract, Dutch",
)


def birth_bih(person: Person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Bosnian 'IZVOD IZ MATIČNE KNJIGE ROĐENIH' on the Federation's green-tinted form: the state and the municipal
    service in a centred head, the register's volume, page and number in boxes, a numbered table of rows (name,
    JMB, sex, day-month-year and hour, place, citizenship, parents with their JMB), 'Napomena' empty, the registrar
    ('Matičar') signing over the municipal round seal and an administrative-tax stamp stuck at the RIGHT; Bosnian
    only (Latin script)."""
    iss = issued(rng, issue_date)
    fa, mo = parents(person, father, mother)
    act = act_day(person, act_date, rng)
    city = person.birth_place if person.birth_country == "Bosnia and Herzegovina" else "Sarajevo"
    sh = Sheet(210, 297)
    sh.image(0, 0, 210, 297, ground(210, 297, rng, (240, 246, 238), (222, 234, 218), n=60))
    for k, t in enumerate(
        [
            "BOSNA I HERCEGOVINA",
            "FEDERACIJA BOSNE I HERCEGOVINE",
            f"OPĆINA {city.upper()} – SLUŽBA ZA OPĆU UPRAVU",
        ]
    ):
        tx(sh, 105, 12 + k * 5.2, t, f=FSN_B if k < 2 else FSN, pt=10 if k < 2 else 9, a="center")
    tx(sh, 105, 34, "IZVOD IZ MATIČNE KNJIGE ROĐENIH", f=FSR_B, pt=15, a="center")
    for k, (a, b) in enumerate(
        [
            ("Tom", str(3 + crc("tom", person.surname) % 38)),
            ("Strana", str(1 + crc("str", person.given_names) % 300)),
            ("Redni broj", register_no(person, "bih", 3)),
        ]
    ):
        frame(sh, 40 + k * 45, 44, 40, 10, lw=0.3)
        tx(sh, 42 + k * 45, 45, a, f=FSN, pt=6.5, c=G1)
        tx(sh, 42 + k * 45, 48.5, b, f=FMN_B, pt=10)
    jmb = embg(person, rng, "17")
    hour = f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"
    rows = [
        ("1", "Prezime", person.surname.upper()),
        ("2", "Ime", person.given_names.upper()),
        ("3", "JMB", jmb),
        ("4", "Spol", "muški" if person.sex == "M" else "ženski"),
        ("5", "Dan, mjesec, godina i sat rođenja", f"{dd(person.birth_date)} u {hour} sati"),
        ("6", "Mjesto rođenja, općina", f"{city}, {city}"),
        ("7", "Državljanstvo", "BiH"),
        ("8", "Otac – ime i prezime", fa),
        ("9", "Majka – ime i prezime (djevojačko)", mo),
        ("10", "Datum upisa", dd(act)),
        ("11", "Napomena", "—"),
    ]
    y = 62.0
    for n, a, b in rows:
        frame(sh, 18, y, 174, 10.5, lw=0.3)
        rule(sh, 28, y, 28, y + 10.5, lw=0.3)
        rule(sh, 92, y, 92, y + 10.5, lw=0.3)
        tx(sh, 23, y + 3, n, f=FSN_B, pt=9, a="center")
        tx(sh, 30, y + 3, a, f=FSN, pt=9)
        tx(sh, 95, y + 2.6, b, f=FMN_B, pt=shrink(b, 94, FMN_B, 11))
        y += 10.5
    tx(sh, 18, y + 8, f"{city}, {dd(iss)} godine", f=FSN, pt=10)
    tx(sh, 140, y + 8, "MATIČAR", f=FSN_B, pt=10, a="center")
    stamp(
        sh,
        78,
        y + 14,
        ["BOSNA I HERCEGOVINA", f"OPĆINA {city.upper()}", "MATIČNI URED"],
        rng,
        c=S_BLUE,
        mm=32,
    )
    sign(sh, 118, y + 16, rng, w=44, h=14, c=BLUE_PEN)
    sh.rect(172, y + 14, 18, 24, width_mm=0.3, color=G2, fill=(236, 220, 180))
    tx(sh, 181, y + 17, "TAKSA", f=FSN_B, pt=7, a="center")
    tx(sh, 181, y + 22, "5 KM", f=FSN_B, pt=10, a="center")
    stamp(sh, 168, y + 18, ["PLAĆENO"], rng, shape="rect", c=S_VIOLET, mm=18, angle=-20)
    return [photocopy(sh, tone=(247, 247, 244))]


_id._register(
    "birth-bih-izvod-groen-formulier-taksmarke-55",
    "birth-certificate",
    PART,
    "bs",
    birth_bih,
    country="BIH",
    notes="Bosnian birth register extract, Bosnian",
)


_PT_U = [
    "zero",
    "um",
    "dois",
    "três",
    "quatro",
    "cinco",
    "seis",
    "sete",
    "oito",
    "nove",
    "dez",
    "onze",
    "doze",
    "treze",
    "catorze",
    "quinze",
    "dezesseis",
    "dezessete",
    "dezoito",
    "dezenove",
]
_PT_T = {
    20: "vinte",
    30: "trinta",
    40: "quarenta",
    50: "cinquenta",
    60: "sessenta",
    70: "setenta",
    80: "oitenta",
    90: "noventa",
}
_PT_H = {
    1: "cento",
    2: "duzentos",
    3: "trezentos",
    4: "quatrocentos",
    5: "quinhentos",
    6: "seiscentos",
    7: "setecentos",
    8: "oitocentos",
    9: "novecentos",
}


def pt_words(n: int) -> str:
    """A number in Portuguese words (up to 9999), as Brazilian registrars write dates."""
    if n < 20:
        return _PT_U[n]
    if n < 100:
        t, u = divmod(n, 10)
        return _PT_T[t * 10] + (f" e {_PT_U[u]}" if u else "")
    if n < 1000:
        h, r = divmod(n, 100)
        if n == 100:
            return "cem"
        return _PT_H[h] + (f" e {pt_words(r)}" if r else "")
    th, r = divmod(n, 1000)
    head = "mil" if th == 1 else f"{pt_words(th)} mil"
    if not r:
        return head
    return head + (" e " if r < 100 or r % 100 == 0 else " ") + pt_words(r)


def pt_date_words(d: D) -> str:
    day = "primeiro" if d.day == 1 else pt_words(d.day)
    return f"{day} de {MONTHS['pt'][d.month - 1]} de {pt_words(d.year)}"


def matricula(person: Person, act: D) -> str:
    """The 32-digit registration number of a Brazilian act (fixed by the person, so a translation quotes it)."""
    r = random.Random(crc("matricula", person.surname, person.given_names, person.birth_date))
    return f"{num(r, 6)} 01 55 {act.year} 1 {num(r, 5)} {r.randint(1, 299):03d} {register_no(person, 'bra', 7)} {num(r, 2)}"


def birth_bra(person: Person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Brazilian 'CERTIDÃO DE NASCIMENTO' in the national model: the republic's and the civil registry's name in the
    head, the name in a wide box, the 32-digit 'MATRÍCULA', then boxes with tiny captions ABOVE the values: the
    date of birth written out in words ('cinco de março de mil novecentos e oitenta e um') beside day/month/year
    boxes, the hour, the municipality and state, sex, 'FILIAÇÃO' and 'AVÓS', the registration date in words, the
    DNV number, an empty 'AVERBAÇÕES' box; the notary's office and 'O conteúdo da certidão é verdadeiro. Dou fé.'
    with the registrar's signature at the foot; Portuguese only."""
    iss = issued(rng, issue_date)
    fa, mo = parents(person, father, mother)
    act = act_day(person, act_date, rng)
    uf = _BR_UF.get(person.birth_place, "SP")
    city = person.birth_place if person.birth_country == "Brazil" else "São Paulo"
    sh = Sheet(210, 297)
    blue = (20, 70, 130)
    tx(sh, 105, 12, "REPÚBLICA FEDERATIVA DO BRASIL", f=GOT_B, pt=11, a="center", c=blue)
    tx(sh, 105, 18, "REGISTRO CIVIL DAS PESSOAS NATURAIS", f=GOT, pt=9, a="center", c=blue)
    tx(sh, 105, 26, "CERTIDÃO DE NASCIMENTO", f=GOT_B, pt=15, a="center")
    mat = matricula(person, act)

    def box(x, y, w, h, cap, val, pt=10.5, f=GOT_B):
        frame(sh, x, y, w, h, lw=0.35, c=blue)
        tx(sh, x + 1.5, y + 1.0, cap, f=GOT, pt=6, c=blue)
        if val:
            para(sh, x + 1.5, y + 4.2, w - 3, val, f=f, pt=pt, lead=1.2)

    box(15, 36, 180, 12, "NOME", f"{person.given_names.upper()} {person.surname.upper()}", pt=12)
    box(15, 50, 180, 10, "MATRÍCULA", mat, pt=10.5, f=DJM)
    box(15, 62, 120, 16, "DATA DE NASCIMENTO POR EXTENSO", pt_date_words(person.birth_date), pt=9.5, f=GOT)
    box(137, 62, 18, 16, "DIA", f"{person.birth_date.day:02d}")
    box(157, 62, 18, 16, "MÊS", f"{person.birth_date.month:02d}")
    box(177, 62, 18, 16, "ANO", str(person.birth_date.year))
    box(15, 80, 30, 12, "HORA", f"{rng.randint(0, 23):02d}h{rng.randint(0, 59):02d}min")
    box(47, 80, 88, 12, "MUNICÍPIO DE REGISTRO E UNIDADE DA FEDERAÇÃO", f"{city.upper()} - {uf}")
    box(137, 80, 58, 12, "SEXO", "MASCULINO" if person.sex == "M" else "FEMININO")
    box(
        15,
        94,
        120,
        12,
        "LOCAL DE NASCIMENTO",
        rng.choice(["HOSPITAL MUNICIPAL", "MATERNIDADE ESTADUAL", "HOSPITAL SANTA CASA"]),
    )
    box(137, 94, 58, 12, "MUNICÍPIO DE NASCIMENTO E UF", f"{city.upper()} - {uf}")
    box(15, 108, 180, 18, "FILIAÇÃO", f"{fa.upper()}\n{mo.upper()}", pt=10)
    gp = [
        f"{rng.choice(NEW_ORIGINS['BRA']['m'])} {split_name(fa)[0]}",
        f"{rng.choice(NEW_ORIGINS['BRA']['f'])} {rng.choice(NEW_ORIGINS['BRA']['s'])}",
        f"{rng.choice(NEW_ORIGINS['BRA']['m'])} {split_name(mo)[0]}",
        f"{rng.choice(NEW_ORIGINS['BRA']['f'])} {rng.choice(NEW_ORIGINS['BRA']['s'])}",
    ]
    box(
        15,
        128,
        180,
        18,
        "AVÓS",
        f"PATERNOS: {gp[0].upper()} E {gp[1].upper()}\nMATERNOS: {gp[2].upper()} E {gp[3].upper()}",
        pt=8.8,
    )
    box(15, 148, 120, 14, "DATA DO REGISTRO POR EXTENSO", pt_date_words(act), pt=9.5, f=GOT)
    box(137, 148, 58, 14, "NÚMERO DA DECLARAÇÃO DE NASCIDO VIVO", num(rng, 11), f=DJM)
    box(15, 164, 180, 20, "AVERBAÇÕES / ANOTAÇÕES À ACRESCER", "")
    box(
        15,
        186,
        100,
        26,
        "NOME DO OFÍCIO / OFICIAL REGISTRADOR / MUNICÍPIO E UF",
        f"{rng.randint(1, 32)}º Subdistrito – {city}\nOficial: {rng.choice(['Maria Helena Prado', 'José Carlos Bueno'])}"
        f"\n{city.upper()} - {uf}",
        pt=8.8,
        f=GOT,
    )
    box(
        117,
        186,
        78,
        26,
        "ENDEREÇO",
        f"Rua {rng.choice(['XV de Novembro', 'Barão de Itapetininga', 'da Consolação'])}, "
        f"{rng.randint(10, 999)}\nCEP {num(rng, 5)}-{num(rng, 3)}",
        pt=8.8,
        f=GOT,
    )
    para(sh, 15, 218, 180, "O conteúdo da certidão é verdadeiro. Dou fé.", f=GOT, pt=10)
    tx(sh, 15, 226, f"{city}, {pt_date_words(iss)}.", f=GOT, pt=9.5)
    sign(sh, 120, 232, rng, w=48, h=14, c=BLUE_PEN)
    rule(sh, 110, 248, 190, 248, lw=0.3)
    tx(sh, 150, 250, "Assinatura do Oficial", f=GOT, pt=8, a="center", c=G1)
    stamp(sh, 30, 236, ["REGISTRO CIVIL", city.upper(), "SELO DIGITAL"], rng, shape="rect", c=S_BLUE, mm=34)
    return [photocopy(sh, tone=(248, 248, 246))]


_id._register(
    "birth-bra-certidao-modelo-nacional-matricula-datum-in-woorden-55",
    "birth-certificate",
    PART,
    "pt",
    birth_bra,
    country="BRA",
    notes="Brazilian certidão de nascimento, Portuguese",
)


def birth_guy(person: Person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Guyana's 'CERTIFIED COPY OF AN ENTRY OF BIRTH' of the General Register Office, Georgetown: a typed head, then
    the register's ten columns (No., when and where born, name, sex, father, mother, father's occupation,
    informant, when registered, registrar) copied BY HAND across a ruled table on a sheet turned to landscape, the
    certification line and the Registrar General's stamp and signature under it; an embossed seal pressed through
    the lower LEFT corner."""
    iss = issued(rng, issue_date)
    fa, mo = parents(person, father, mother)
    act = act_day(person, act_date, rng)
    L = Sheet(297, 210)
    tx(L, 148, 10, "CO-OPERATIVE REPUBLIC OF GUYANA", f=SER_B, pt=12, a="center")
    tx(L, 148, 16, "GENERAL REGISTER OFFICE  –  GEORGETOWN", f=SER, pt=9.5, a="center")
    tx(L, 148, 24, "CERTIFIED COPY OF AN ENTRY OF BIRTH", f=SER_B, pt=14, a="center")
    tx(L, 14, 34, f"Registration District: {rng.choice(['Demerara', 'Berbice', 'Essequibo'])}", f=SER, pt=9.5)
    cols = [
        ("No.", 12),
        ("When and where born", 38),
        ("Name, if any", 34),
        ("Sex", 12),
        ("Name and surname of father", 34),
        ("Name and maiden surname of mother", 36),
        ("Rank or profession of father", 26),
        ("Signature, description and residence of informant", 36),
        ("When registered", 26),
        ("Signature of registrar", 25),
    ]
    x, y0 = 10.0, 42.0
    vals = [
        register_no(person, "guy", 3),
        f"{words(person.birth_date, 'en')}, {person.birth_place}",
        f"{person.given_names} {person.surname}",
        "Male" if person.sex == "M" else "Female",
        fa,
        mo,
        rng.choice(["Labourer", "Farmer", "Mechanic", "Clerk", "Fisherman", "Carpenter"]),
        f"{mo}, mother, {person.birth_place}",
        words(act, "en"),
        "",
    ]
    for (cap, w), v in zip(cols, vals):
        frame(L, x, y0, w, 16, lw=0.35)
        para(L, x + 1, y0 + 1, w - 2, cap, f=SER, pt=6.8, lead=1.1, al="center")
        frame(L, x, y0 + 16, w, 44, lw=0.35)
        yy = y0 + 19
        for ln in L.wrap(glyphs_ok(v, HW1), (w - 3) * 0.8, font=HW1, size_pt=9.5):
            hand(L, x + 1.3, yy, ln, rng, f=HW1, pt=9.5, c=(40, 40, 60))
            yy += 5.2
        x += w
    sign(L, x - 24, y0 + 30, rng, w=20, h=9, c=(40, 40, 60))
    para(
        L,
        14,
        112,
        270,
        f"I hereby certify that this is a true copy of the entry No. {vals[0]} in the register of "
        f"births of the above district, kept at the General Register Office. Given under my hand on "
        f"{words(iss, 'en')}.",
        f=SER,
        pt=10,
    )
    sign(L, 200, 130, rng, w=50, h=15, c=BLUE_PEN)
    tx(L, 225, 148, "Registrar General", f=SER_I, pt=9.5, a="center")
    stamp(L, 150, 126, ["GENERAL REGISTER OFFICE", "GUYANA"], rng, c=S_BLACK, mm=30)
    stamp(L, 20, 150, ["REGISTRAR GENERAL", "GUYANA", "SEAL"], rng, c=(200, 200, 200), mm=34)
    sh = Sheet(210, 297)
    place(L, sh, 0, 0, deg=90, dpi=220)
    return [photocopy(sh, tone=(248, 246, 240))]


_id._register(
    "birth-guy-registerkolommen-handgeschreven-liggend-droogstempel-55",
    "birth-certificate",
    PART,
    "en",
    birth_guy,
    country="GUY",
    notes="Guyanese certified copy of a birth entry",
)


# =========================================================================== nationality and identity certificates


def _arms(sh: Sheet, x, y, c=(40, 40, 40)) -> None:
    """A small drawn coat of arms: a shield with a chevron, for the head of a consular paper."""
    sh.rect(x, y, 12, 9, width_mm=0.5, color=c)
    sh.rule(x, y + 9, x + 6, y + 14, width_mm=0.5, color=c)
    sh.rule(x + 12, y + 9, x + 6, y + 14, width_mm=0.5, color=c)
    sh.rule(x + 1.5, y + 8, x + 6, y + 3, width_mm=0.5, color=c)
    sh.rule(x + 10.5, y + 8, x + 6, y + 3, width_mm=0.5, color=c)


def nationality_syc(person: Person, rng, *, issue_date=None, **opts):
    """Seychelles 'CERTIFICATE OF CITIZENSHIP' of the Immigration and Civil Status Division: the arms and the
    division's name centred, a reference number and date at the RIGHT, the certifying paragraph in prose (name in
    capitals, born on … at …, son/daughter of …, a citizen of Seychelles by birth under article 8 of the
    Constitution), signed by the Principal Immigration Officer at the RIGHT beside the round seal; English."""
    iss = issued(rng, issue_date, 30, 500)
    fa, mo = parents(person)
    sh = Sheet(210, 297)
    _arms(sh, 99, 12, c=(20, 80, 60))
    tx(sh, 105, 30, "REPUBLIC OF SEYCHELLES", f=BKM_B, pt=12, a="center")
    tx(sh, 105, 36, "Immigration and Civil Status Division", f=BKM, pt=9.5, a="center", c=G1)
    tx(sh, 105, 41, "Independence House, P.O. Box 430, Victoria, Mahé", f=BKM, pt=8, a="center", c=G2)
    tx(sh, 190, 52, f"Ref.: ICS/CIT/{iss.year}/{register_no(person, 'cit', 5)}", f=BKM, pt=9, a="right")
    tx(sh, 190, 57, words(iss, "en"), f=BKM, pt=9, a="right")
    tx(sh, 105, 72, "CERTIFICATE OF CITIZENSHIP", f=BKM_B, pt=15, a="center", ls=0.5)
    son = "son" if person.sex == "M" else "daughter"
    t = (
        f"This is to certify that {person.given_names.upper()} {person.surname.upper()}, born on "
        f"{words(person.birth_date, 'en')} at {person.birth_place}, {person.birth_country}, {son} of {fa} and {mo}, "
        f"is a citizen of the Republic of Seychelles by birth under article 8 of the Constitution, as shown in the "
        f"records of this Division."
    )
    y = para(sh, 26, 88, 158, t, f=BKM, pt=11, lead=1.6, al="justify")
    y = para(
        sh,
        26,
        y + 6,
        158,
        "This certificate is issued at the request of the person named above for "
        "presentation to the authorities of the Kingdom of Belgium.",
        f=BKM,
        pt=11,
        lead=1.6,
    )
    stamp(sh, 40, y + 16, ["IMMIGRATION & CIVIL STATUS", "SEYCHELLES", "★"], rng, c=S_BLUE, mm=32)
    sign(sh, 120, y + 18, rng, w=46, h=14, c=BLACK_PEN)
    tx(sh, 120, y + 36, "Principal Immigration Officer", f=BKM, pt=9.5)
    return [sh]


def nationality_gnq(person: Person, rng, *, issue_date=None, **opts):
    """The Embassy of Equatorial Guinea in Brussels' 'CERTIFICADO DE NACIONALIDAD / CERTIFICAT DE NATIONALITÉ': the
    embassy's head in Spanish and French, the text in two columns side by side (Spanish at the LEFT, French at the
    RIGHT) separated by a thin rule, the name in bold capitals in both, the consul's signature centred over a green
    oval embassy stamp and a consular-fee stamp in the lower LEFT corner."""
    iss = issued(rng, issue_date, 30, 500)
    sh = Sheet(210, 297)
    tx(
        sh,
        105,
        14,
        "REPÚBLICA DE GUINEA ECUATORIAL  •  RÉPUBLIQUE DE GUINÉE ÉQUATORIALE",
        f=FSR_B,
        pt=10.5,
        a="center",
    )
    tx(sh, 105, 20, "Embajada en Bruselas  •  Ambassade à Bruxelles", f=FSR, pt=9.5, a="center", c=G1)
    tx(sh, 105, 25, "Avenue Jupiter 17, 1190 Forest – Bruxelles", f=FSR, pt=8, a="center", c=G2)
    tx(sh, 105, 40, "CERTIFICADO DE NACIONALIDAD", f=FSR_B, pt=13, a="center")
    tx(sh, 105, 47, "CERTIFICAT DE NATIONALITÉ", f=FSR_B, pt=13, a="center")
    rule(sh, 105, 58, 105, 160, lw=0.2, c=G3)
    nm = f"{person.given_names.upper()} {person.surname.upper()}"
    es = (
        f"El Cónsul de la República de Guinea Ecuatorial en Bruselas certifica que {nm}, nacido(a) el "
        f"{words(person.birth_date, 'es')} en {person.birth_place} ({person.birth_country}), es de nacionalidad "
        f"ecuatoguineana según los registros del Registro Civil Central de Malabo."
    )
    fr = (
        f"Le Consul de la République de Guinée Équatoriale à Bruxelles certifie que {nm}, né(e) le "
        f"{words(person.birth_date, 'fr')} à {person.birth_place} ({cname(person.birth_country, 'fr')}), est de "
        f"nationalité équato-guinéenne selon les registres de l'état civil central de Malabo."
    )
    para(sh, 20, 62, 80, es, f=FSR, pt=10.5, lead=1.5, al="justify")
    para(sh, 110, 62, 80, fr, f=FSR, pt=10.5, lead=1.5, al="justify")
    tx(sh, 105, 168, f"Bruselas / Bruxelles, {dd(iss, '/')}", f=FSR, pt=10, a="center")
    stamp(sh, 88, 176, ["EMBAJADA DE GUINEA ECUATORIAL", "BRUSELAS"], rng, shape="oval", c=S_GREEN, mm=36)
    sign(sh, 84, 180, rng, w=44, h=14, c=BLUE_PEN)
    tx(sh, 105, 202, "El Cónsul / Le Consul", f=FSR_I, pt=9.5, a="center")
    sh.rect(20, 230, 22, 28, width_mm=0.3, color=G2, fill=(214, 232, 214))
    tx(sh, 31, 234, "DERECHOS", f=FSR_B, pt=6.5, a="center")
    tx(sh, 31, 239, "CONSULARES", f=FSR_B, pt=6.5, a="center")
    tx(sh, 31, 246, "25 €", f=FSR_B, pt=11, a="center")
    return [photocopy(sh, tone=(249, 249, 247))]


_id._register(
    "nationality-syc-burgerschap-proza-bookman-55",
    "nationality-certificate",
    PART,
    "en",
    nationality_syc,
    country="SYC",
    notes="Seychelles certificate of citizenship",
)
_id._register(
    "nationality-gnq-ambassade-twee-kolommen-es-fr-55",
    "nationality-certificate",
    PART,
    "es/fr",
    nationality_gnq,
    country="GNQ",
    notes="Equatorial Guinea embassy's certificate of nationality",
)


def idcert_syc(person: Person, rng, *, issue_date=None, declarative=False, **opts):
    """The Seychelles embassy's 'CERTIFICATE OF IDENTITY' (Brussels): the embassy's head at the LEFT, a passport
    photo stapled at the top RIGHT (two staple marks) with a dry seal pressed half over it, the holder's particulars
    in a two-column table, a paragraph saying on what the embassy based itself (the civil-status records in
    Victoria, or - when it could not check - the holder's own statements), validity 6 months, signed by the Chargé
    d'affaires."""
    iss = issued(rng, issue_date, 20, 150)
    fa, mo = parents(person)
    sh = Sheet(210, 297)
    _arms(sh, 18, 12, c=(20, 80, 60))
    tx(sh, 34, 13, "EMBASSY OF THE REPUBLIC OF SEYCHELLES", f=NIM_B, pt=10.5)
    tx(sh, 34, 18.5, "to the Kingdom of Belgium and the European Union", f=NIM, pt=8.5, c=G1)
    tx(sh, 34, 22.5, "Avenue de Cortenbergh 52, 1000 Brussels", f=NIM, pt=8, c=G2)
    sh.photo(150, 34, 35, 45, rng)
    for xx in (152, 178):
        sh.rect(xx, 33, 5, 1.2, width_mm=0, fill=(120, 120, 126))
    stamp(sh, 164, 64, ["EMBASSY OF SEYCHELLES", "BRUSSELS"], rng, c=(150, 150, 150), mm=24)
    tx(sh, 18, 44, "CERTIFICATE OF IDENTITY", f=NIM_B, pt=15)
    tx(sh, 18, 52, f"No. {iss.year}/ID/{register_no(person, 'idc', 4)}", f=NIM, pt=9, c=G1)
    rows = [
        ("Surname", person.surname.upper()),
        ("Given names", person.given_names),
        ("Sex", "Male" if person.sex == "M" else "Female"),
        ("Date of birth", words(person.birth_date, "en")),
        ("Place of birth", f"{person.birth_place}, {person.birth_country}"),
        ("Nationality", adj(person.nationality, "en")),
        ("Father", fa),
        ("Mother", mo),
    ]
    y = 88.0
    for a, b in rows:
        tx(sh, 22, y, a, f=NIM, pt=10, c=G1)
        tx(sh, 70, y, b, f=NIM_B, pt=10.5)
        rule(sh, 20, y + 6, 190, y + 6, lw=0.15, c=G4)
        y += 8
    if declarative:
        basis = (
            "This certificate is issued on the basis of the declarations of the holder, the Embassy not having "
            "been able to verify them against any civil-status record or travel document."
        )
    else:
        basis = (
            "This certificate is issued on the basis of the records of the Civil Status Division, Victoria, "
            "which the Embassy has verified."
        )
    y = para(
        sh,
        20,
        y + 6,
        170,
        basis + " It is valid for six months from the date of issue and allows the holder "
        "to prove identity pending the issue of a new passport.",
        f=NIM,
        pt=10.5,
        lead=1.45,
    )
    tx(sh, 20, y + 8, f"Brussels, {words(iss, 'en')}", f=NIM, pt=10.5)
    stamp(sh, 40, y + 16, ["EMBASSY OF THE REPUBLIC", "OF SEYCHELLES", "BRUSSELS"], rng, c=S_BLUE, mm=32)
    sign(sh, 118, y + 18, rng, w=46, h=14, c=BLUE_PEN)
    tx(sh, 118, y + 36, "Chargé d'affaires a.i.", f=NIM, pt=9.5)
    return [sh]


def idcert_gnq(person: Person, rng, *, issue_date=None, declarative=False, **opts):
    """The Equatorial Guinea embassy's 'ATTESTATION D'IDENTITÉ' in French: the photo in a ruled box at the LEFT of
    the body with the embassy's stamp across its lower edge, the attestation in one long paragraph at the RIGHT
    of the photo ('Nous, soussigné, Consul … attestons que la personne dont la photographie figure ci-contre …'),
    the basis stated (the central civil register, or the person's own declarations), 'En foi de quoi', place and
    date, the consul's signature at the RIGHT."""
    iss = issued(rng, issue_date, 20, 150)
    sh = Sheet(210, 297)
    tx(sh, 105, 14, "RÉPUBLIQUE DE GUINÉE ÉQUATORIALE", f=CEN_B, pt=12, a="center")
    tx(sh, 105, 20, "Unité – Paix – Justice", f=CEN_I, pt=9, a="center", c=G1)
    tx(sh, 105, 26, "AMBASSADE À BRUXELLES – SECTION CONSULAIRE", f=CEN, pt=9.5, a="center")
    tx(sh, 105, 44, "ATTESTATION D'IDENTITÉ", f=CEN_B, pt=15, a="center")
    tx(sh, 105, 52, f"N° {register_no(person, 'att', 4)}/SC/{iss.year}", f=CEN, pt=9, a="center", c=G1)
    frame(sh, 20, 64, 38, 48, lw=0.4)
    sh.photo(22, 66, 34, 44, rng)
    stamp(
        sh,
        26,
        96,
        ["AMBASSADE DE GUINÉE ÉQUATORIALE", "BRUXELLES"],
        rng,
        shape="oval",
        c=S_GREEN,
        mm=30,
        angle=8,
    )
    nm = f"{person.given_names.upper()} {person.surname.upper()}"
    e = "e" if person.sex == "F" else ""
    basis = (
        "sur la base de ses propres déclarations, aucun document d'état civil n'ayant pu être produit"
        if declarative
        else "sur la base de l'extrait du registre central de l'état civil de Malabo dont "
        "l'Ambassade a vérifié l'authenticité"
    )
    t = (
        f"Nous, soussigné, Consul de la République de Guinée Équatoriale à Bruxelles, attestons que la personne "
        f"dont la photographie figure ci-contre est {nm}, né{e} le {words(person.birth_date, 'fr')} à "
        f"{person.birth_place} ({cname(person.birth_country, 'fr')}), de nationalité équato-guinéenne, fil"
        f"{'le' if e else 's'} de {parents(person)[0]} et de {parents(person)[1]}. La présente attestation est "
        f"établie {basis}."
    )
    y = para(sh, 64, 64, 126, t, f=CEN, pt=10.5, lead=1.5, al="justify")
    y = para(
        sh,
        20,
        max(y, 118) + 6,
        170,
        "En foi de quoi la présente attestation lui est délivrée pour servir et valoir ce que de droit.",
        f=CEN,
        pt=10.5,
        lead=1.5,
    )
    tx(sh, 120, y + 8, f"Fait à Bruxelles, le {words(iss, 'fr')}", f=CEN, pt=10.5)
    sign(sh, 126, y + 16, rng, w=44, h=14, c=BLUE_PEN)
    tx(sh, 126, y + 34, "Le Consul", f=CEN_I, pt=10)
    return [photocopy(sh, tone=(250, 249, 246))]


_id._register(
    "idcert-syc-ambassade-foto-geniet-droogstempel-tabel-55",
    "identity-certificate",
    PART,
    "en",
    idcert_syc,
    country="SYC",
    photo=True,
    notes="Seychelles embassy's certificate of identity",
)
_id._register(
    "idcert-gnq-ambassade-foto-links-tekst-ernaast-55",
    "identity-certificate",
    PART,
    "fr",
    idcert_gnq,
    country="GNQ",
    photo=True,
    notes="Equatorial Guinea embassy's attestation of identity",
)


# =========================================================================== marriage acts


def qr(sh: Sheet, x, y, size, seed: int) -> None:
    """A QR-like square of modules with its three finder squares."""
    n = 25
    m = size / n
    r = random.Random(seed)
    for i in range(n):
        for j in range(n):
            if r.random() < 0.48:
                sh.rect(x + i * m, y + j * m, m, m, width_mm=0, fill=(0, 0, 0))
    for fx, fy in ((0, 0), (n - 7, 0), (0, n - 7)):
        sh.rect(x + fx * m, y + fy * m, 7 * m, 7 * m, width_mm=0, fill=(255, 255, 255))
        sh.rect(x + fx * m, y + fy * m, 7 * m, 7 * m, width_mm=m, color=(0, 0, 0))
        sh.rect(x + (fx + 2) * m, y + (fy + 2) * m, 3 * m, 3 * m, width_mm=0, fill=(0, 0, 0))


def marriage_bel(person: Person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    """A Brussels commune's 'EXTRAIT D'ACTE DE MARIAGE' printed from the civil-status database: the commune's name
    and 'État civil' at the top LEFT, a QR code and the act's database number at the top RIGHT, the two spouses
    side by side in two framed columns (name, first names, date and place of birth), the date and place of the
    marriage in a band under them, and in place of a hand signature a line that the extract is signed
    electronically by the civil-status officer, with the verification address."""
    h, w, wed = couple(person, spouse, marriage_date, rng)
    iss = issued(rng, issue_date, 10, 200)
    commune = rng.choice(["Schaerbeek", "Saint-Gilles", "Anderlecht", "Molenbeek-Saint-Jean", "Forest"])
    sh = Sheet(210, 297)
    tx(sh, 18, 14, f"Commune de {commune}", f=LSN_B, pt=12)
    tx(sh, 18, 20, "Population – État civil", f=LSN, pt=9, c=G1)
    qr(sh, 168, 10, 24, crc(h.surname, w.surname, wed))
    tx(sh, 160, 36, f"BAEC {wed.year}/{register_no(h, 'baec', 8)}", f=LSN, pt=8, a="right", c=G1)
    tx(sh, 105, 48, "EXTRAIT D'ACTE DE MARIAGE", f=LSN_B, pt=15, a="center")
    for k, (who, p) in enumerate([("Premier conjoint", h), ("Second conjoint", w)]):
        x = 18 + k * 89
        frame(sh, x, 60, 85, 52, lw=0.4)
        frame(sh, x, 60, 85, 8, lw=0, fill=(230, 230, 232))
        tx(sh, x + 3, 61.8, who, f=LSN_B, pt=9.5)
        for j, (a, b) in enumerate(
            [
                ("Nom", p.surname.upper()),
                ("Prénoms", p.given_names),
                ("Né(e) le", dd(p.birth_date, "/")),
                ("à", f"{p.birth_place} ({cname(p.birth_country, 'fr')})"),
            ]
        ):
            tx(sh, x + 3, 71 + j * 10, a, f=LSN, pt=7.5, c=G1)
            tx(sh, x + 3, 74.5 + j * 10, b, f=LSN_B, pt=shrink(b, 79, LSN_B, 10))
    frame(sh, 18, 118, 174, 16, lw=0.4)
    tx(sh, 21, 120, "Date et lieu du mariage", f=LSN, pt=7.5, c=G1)
    tx(sh, 21, 124.5, f"{words(wed, 'fr')} – {commune}", f=LSN_B, pt=11)
    para(
        sh,
        18,
        146,
        174,
        f"Extrait délivré le {words(iss, 'fr')} à {commune}. Le présent extrait est signé "
        f"électroniquement par l'officier de l'état civil. Son authenticité peut être vérifiée sur "
        f"www.ibz.be/verification au moyen du code {num(rng, 4)}-{num(rng, 4)}-{num(rng, 4)}.",
        f=LSN,
        pt=9.5,
        c=G1,
    )
    return [sh]


def marriage_syc(person: Person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    """Seychelles 'CERTIFICATE OF MARRIAGE': a typed certificate in a double green border like the birth certificate's
    sister form but laid out as a two-column table (bridegroom / bride) with rows for names, ages, conditions,
    occupations and residences, the place and date of the celebration above it, two witnesses' names, signed by the
    Civil Status Officer with the round seal; certified copy."""
    h, w, wed = couple(person, spouse, marriage_date, rng)
    iss = issued(rng, issue_date)
    sh = Sheet(210, 297)
    frame(sh, 12, 10, 186, 277, lw=1.0, c=(30, 90, 60))
    frame(sh, 14.5, 12.5, 181, 272, lw=1.0, c=(30, 90, 60))
    tx(sh, 105, 22, "REPUBLIC OF SEYCHELLES", f=NRM_B, pt=13, a="center")
    tx(sh, 105, 30, "CERTIFICATE OF MARRIAGE", f=NRM_B, pt=15, a="center", ls=0.5)
    tx(
        sh,
        105,
        38,
        f"Marriage solemnized at {rng.choice(['Victoria', 'Anse Royale', 'Beau Vallon'])}, Mahé, on "
        f"{words(wed, 'en')}",
        f=NRM_I,
        pt=10,
        a="center",
    )
    cols = [("", 46), ("Bridegroom", 63), ("Bride", 63)]
    rows = [
        ("Name and surname", f"{h.given_names} {h.surname}", f"{w.given_names} {w.surname}"),
        ("Date of birth", words(h.birth_date, "en"), words(w.birth_date, "en")),
        ("Place of birth", h.birth_place, w.birth_place),
        ("Condition", "Bachelor", "Spinster"),
        ("Nationality", adj(h.nationality, "en"), adj(w.nationality, "en")),
        ("Father's name", parents(h)[0], parents(w)[0]),
    ]
    y = 50.0
    x = 18.0
    for cap, cw in cols:
        frame(sh, x, y, cw, 8, lw=0.3, fill=(226, 238, 230))
        tx(sh, x + 2, y + 2, cap, f=NRM_B, pt=10)
        x += cw
    y += 8
    for r in rows:
        x = 18.0
        for (_cap, cw), v in zip(cols, r):
            frame(sh, x, y, cw, 11, lw=0.3)
            para(sh, x + 2, y + 1.5, cw - 4, v, f=NRM if x > 20 else NRM_I, pt=9.5, lead=1.15)
            x += cw
        y += 11
    wit = [
        f"{rng.choice(NEW_ORIGINS['SYC']['m'])} {rng.choice(NEW_ORIGINS['SYC']['s'])}",
        f"{rng.choice(NEW_ORIGINS['SYC']['f'])} {rng.choice(NEW_ORIGINS['SYC']['s'])}",
    ]
    tx(sh, 18, y + 8, f"Witnesses: {wit[0]}; {wit[1]}", f=NRM, pt=10)
    para(
        sh,
        18,
        y + 18,
        172,
        f"Certified to be a true copy of an entry in the register of marriages kept at the "
        f"Civil Status Office, Victoria. Issued on {words(iss, 'en')}.",
        f=NRM,
        pt=10,
    )
    stamp(sh, 30, y + 32, ["CIVIL STATUS", "SEYCHELLES", "VICTORIA"], rng, c=S_GREEN, mm=30)
    sign(sh, 125, y + 34, rng, w=44, h=14, c=BLACK_PEN)
    tx(sh, 125, y + 50, "Civil Status Officer", f=NRM, pt=9.5)
    return [photocopy(sh, tone=(249, 249, 245))]


_id._register(
    "marriage-bel-brussel-baec-twee-kolommen-qr-elektronisch-55",
    "marriage-certificate",
    PART,
    "fr",
    marriage_bel,
    country="BEL",
    notes="Brussels commune's marriage extract, French",
)
_id._register(
    "marriage-syc-tabel-bruidegom-bruid-groene-rand-55",
    "marriage-certificate",
    PART,
    "en",
    marriage_syc,
    country="SYC",
    notes="Seychelles certificate of marriage",
)


# =========================================================================== sworn translations

SRC = {
    "tr": dict(
        fr="turc",
        nl="Turks",
        doc_fr="Attestation d'enregistrement de naissance (personnes de nationalité étrangère)",
        doc_nl="Bewijs van inschrijving van de geboorte (personen van vreemde nationaliteit)",
        by_fr="Ministère de l'Intérieur, Direction générale de la population et de la citoyenneté, "
        "République de Turquie (e-Devlet)",
        by_nl="Ministerie van Binnenlandse Zaken, Directoraat-generaal "
        "Bevolking en Burgerschap, Republiek Turkije (e-Devlet)",
    ),
    "pt": dict(
        fr="portugais",
        nl="Portugees",
        doc_fr="Certificat de naissance (certidão de nascimento)",
        doc_nl="Geboorteakte (certidão de nascimento)",
        by_fr="Registre civil des personnes physiques, République fédérative du Brésil",
        by_nl="Register van de burgerlijke stand van natuurlijke personen, Federatieve Republiek Brazilië",
    ),
    "bs": dict(
        fr="bosnien",
        nl="Bosnisch",
        doc_fr="Extrait du registre des naissances",
        doc_nl="Uittreksel uit het geboorteregister",
        by_fr="Bosnie-Herzégovine, Fédération de BiH, service de l'administration générale",
        by_nl="Bosnië en Herzegovina, Federatie BiH, dienst algemeen bestuur",
    ),
}


def _src(lang) -> str:
    s = str(lang or "tr").split("/")[0]
    return s if s in SRC else "tr"


def _rows(person: Person, src: str, lang: str) -> list[tuple[str, str]]:
    fr = lang == "fr"
    fa, mo = parents(person)
    sex = (
        ("masculin" if person.sex == "M" else "féminin")
        if fr
        else ("mannelijk" if person.sex == "M" else "vrouwelijk")
    )
    nat = adj(person.nationality, "fr" if fr else "nl")

    def L(a, b):
        return a if fr else b

    rows = [
        (L("Nom", "Achternaam"), person.surname.upper()),
        (L("Prénom(s)", "Voornaam/-namen"), person.given_names.upper()),
        (L("Sexe", "Geslacht"), sex),
        (L("Date de naissance", "Geboortedatum"), words(person.birth_date, "fr" if fr else "nl")),
        (L("Lieu de naissance", "Geboorteplaats"), person.birth_place.upper()),
    ]
    if src == "tr":
        rows += [
            (L("Prénom du père", "Voornaam vader"), split_name(fa)[1].upper() or fa.upper()),
            (L("Prénom de la mère", "Voornaam moeder"), split_name(mo)[1].upper() or mo.upper()),
            (L("Nationalité", "Nationaliteit"), nat),
            (
                L("N° d'enregistrement", "Registratienummer"),
                f"{person.birth_place[:3].upper()}-{register_no(person, 'tr', 6)}",
            ),
        ]
    elif src == "pt":
        rows += [
            (L("Filiation", "Afstamming"), f"{fa.upper()} / {mo.upper()}"),
            ("Matrícula", matricula(person, act_day(person, None, None))),
        ]
    else:
        rows += [
            (L("Numéro d'identification (JMB)", "Identificatienummer (JMB)"), embg(person, None, "17")),
            (L("Nationalité", "Nationaliteit"), "Bosnie-Herzégovine" if fr else "Bosnië en Herzegovina"),
            (L("Père", "Vader"), fa),
            (L("Mère", "Moeder"), mo),
            (L("N° d'ordre", "Volgnummer"), register_no(person, "bih", 3)),
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
    """French sworn translation by a translator sworn at the French-speaking court of first instance of Brussels:
    'TRADUCTION' and 'du {language} vers le français' centred at the top, the original's title, issuer and
    particulars as an indented list with the original's stamps and signatures noted in square brackets, then
    'Pour traduction conforme' with the translator's round stamp and signature at the RIGHT; BELOW, the court's
    legalisation of the signature: a rectangular stamp of the registry with the clerk's paraph and a fiscal stamp."""
    src = _src(source_lang)
    S = SRC[src]
    iss = issued(rng, issue_date, 5, 60)
    who = rng.choice(
        ["Nathalie Verbruggen", "Selin Aydın-Dupont", "Mariana Costa Lemaire", "Dževad Mulahasanović"]
    )
    sh = Sheet(210, 297)
    tx(sh, 18, 12, who, f=PAL_B, pt=10)
    tx(
        sh,
        18,
        17,
        "Traducteur-interprète juré – Tribunal de première instance francophone de Bruxelles",
        f=PAL,
        pt=8,
        c=G1,
    )
    tx(
        sh,
        18,
        21,
        f"Rue de la Loi {rng.randint(20, 200)}, 1040 Bruxelles – n° de registre national des "
        f"traducteurs {num(rng, 6)}",
        f=PAL,
        pt=8,
        c=G1,
    )
    rule(sh, 18, 26, 192, 26, lw=0.4)
    tx(sh, 105, 34, "TRADUCTION", f=PAL_B, pt=14, a="center", ls=1.0)
    tx(sh, 105, 41, f"du {S['fr']} vers le français", f=PAL_I, pt=10, a="center")
    tx(sh, 24, 54, S["doc_fr"], f=PAL_B, pt=11.5)
    para(sh, 24, 61, 160, S["by_fr"], f=PAL, pt=10, c=G1)
    y = 74.0
    for a, b in _rows(person, src, "fr"):
        tx(sh, 30, y, f"{a} :", f=PAL, pt=10.5)
        tx(sh, 92, y, b, f=PAL_B, pt=shrink(b, 96, PAL_B, 10.5))
        y += 7
    y = para(
        sh,
        24,
        y + 4,
        162,
        "[cachet rond de l'autorité émettrice]   [signature illisible]",
        f=PAL_I,
        pt=10,
        c=G1,
    )
    y = para(
        sh,
        24,
        y + 6,
        162,
        f"Je soussigné(e), {who}, traducteur juré, certifie que la présente traduction est "
        f"conforme au document original rédigé en {S['fr']}, qui m'a été présenté.",
        f=PAL,
        pt=10.5,
        lead=1.4,
    )
    tx(sh, 24, y + 4, f"Pour traduction conforme, Bruxelles, le {words(iss, 'fr')}", f=PAL, pt=10.5)
    stamp(sh, 120, y + 10, [who.upper(), "TRADUCTEUR JURÉ", "BRUXELLES"], rng, c=S_BLUE, mm=30)
    sign(sh, 150, y + 14, rng, w=36, h=12, c=BLACK_PEN)
    y += 48
    frame(sh, 24, y, 110, 30, lw=0.4, c=S_VIOLET)
    tx(sh, 27, y + 2, "Vu pour légalisation de la signature de", f=PAL, pt=9, c=S_VIOLET)
    tx(sh, 27, y + 7, f"M./Mme {who}, traducteur juré", f=PAL_B, pt=9, c=S_VIOLET)
    tx(sh, 27, y + 12, f"Bruxelles, le {dd(iss + datetime.timedelta(days=2), '/')}", f=PAL, pt=9, c=S_VIOLET)
    tx(sh, 27, y + 17, "Le greffier, (s.) ", f=PAL, pt=9, c=S_VIOLET)
    sign(sh, 56, y + 16, rng, w=24, h=9, c=S_VIOLET, style="initials")
    sh.rect(142, y, 22, 28, width_mm=0.3, color=G2, fill=(236, 226, 200))
    tx(sh, 153, y + 4, "DROIT DE", f=PAL_B, pt=6.5, a="center")
    tx(sh, 153, y + 8, "GREFFE", f=PAL_B, pt=6.5, a="center")
    tx(sh, 153, y + 15, "€ 20", f=PAL_B, pt=11, a="center")
    return [photocopy(sh, tone=(250, 250, 248))]


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
    """Dutch sworn translation by a translator registered under the Wbtv, two pages: page 1 the translation itself
    under 'VERTALING uit het {taal}', the original's particulars in a ruled two-column table, the original's seals
    noted in italics; page 2 the 'Verklaring van de beëdigd vertaler' with the Wbtv registration number, the
    statement that the original (or a copy of it) is attached and initialled on every page, place, date, the
    translator's rectangular stamp and signature at the LEFT."""
    src = _src(source_lang)
    S = SRC[src]
    iss = issued(rng, issue_date, 5, 60)
    who = rng.choice(
        ["drs. M. (Merve) Kaplan", "A.C. Ferreira-de Boer", "E. Hadžiahmetović MA", "J.P. van Wijk"]
    )
    wbtv = num(rng, 5)
    p1 = Sheet(210, 297)
    tx(p1, 192, 12, f"blad 1 van 2  •  Wbtv {wbtv}", f=CAR, pt=8, a="right", c=G2)
    tx(p1, 20, 24, f"VERTALING uit het {S['nl']}", f=CAR_B, pt=14)
    rule(p1, 20, 31, 190, 31, lw=0.6)
    tx(p1, 20, 38, S["doc_nl"], f=CAR_B, pt=11.5)
    para(p1, 20, 44, 170, S["by_nl"], f=CAR, pt=10, c=G1)
    y = 58.0
    for a, b in _rows(person, src, "nl"):
        frame(p1, 20, y, 62, 8.5, lw=0.2, c=G3)
        frame(p1, 82, y, 108, 8.5, lw=0.2, c=G3)
        tx(p1, 23, y + 2.2, a, f=CAR, pt=10)
        tx(p1, 85, y + 2.2, b, f=CAR_B, pt=shrink(b, 102, CAR_B, 10.5))
        y += 8.5
    para(
        p1,
        20,
        y + 6,
        170,
        "(rond stempel van de afgevende instantie; paraaf van de ambtenaar)",
        f=CAR_I,
        pt=10,
        c=G1,
    )
    tx(p1, 20, 280, "Einde van de vertaling.", f=CAR_I, pt=9, c=G2)
    p2 = Sheet(210, 297)
    tx(p2, 192, 12, f"blad 2 van 2  •  Wbtv {wbtv}", f=CAR, pt=8, a="right", c=G2)
    tx(p2, 20, 30, "VERKLARING VAN DE BEËDIGD VERTALER", f=CAR_B, pt=13)
    t = (
        f"Ondergetekende, {who}, beëdigd vertaler {S['nl']}-Nederlands, ingeschreven in het Register beëdigde "
        f"tolken en vertalers onder nummer {wbtv}, verklaart dat de voorgaande vertaling een getrouwe en "
        f"volledige weergave is van het in het {S['nl']} gestelde document betreffende "
        f"{person.given_names} {person.surname}, geboren op {dd(person.birth_date, '-')}, waarvan een kopie aan "
        f"deze vertaling is gehecht en door ondergetekende op iedere bladzijde is geparafeerd."
    )
    y = para(p2, 20, 42, 170, t, f=CAR, pt=11, lead=1.5)
    tx(p2, 20, y + 8, f"Rotterdam, {words(iss, 'nl')}", f=CAR, pt=11)
    stamp(
        p2,
        20,
        y + 16,
        [who.upper()[:26], "BEËDIGD VERTALER", f"WBTV {wbtv}"],
        rng,
        shape="rect",
        c=S_BLUE,
        mm=48,
    )
    sign(p2, 74, y + 18, rng, w=42, h=13, c=BLUE_PEN)
    return [p1, p2]


_id._register(
    "translation-be-fr-beedigd-brussel-legalisatie-griffie-55",
    "translation",
    PART,
    "fr",
    translation_be,
    country="BEL",
    notes="Belgian sworn translation into French, legalised by the court",
)
_id._register(
    "translation-nl-wbtv-tabel-verklaring-tweede-blad-55",
    "translation",
    PART,
    "nl",
    translation_nl,
    country="NLD",
    notes="Dutch sworn translation with the translator's statement on a second page",
)


def birth_gnq(person: Person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """The Equatorial Guinea embassy's consular birth certificate, bilingual Spanish/French ('CERTIFICADO DE
    NACIMIENTO / ACTE DE NAISSANCE'), transcribed from the central register: the embassy's head centred, the
    register's volume and folio in the RIGHT margin, the particulars as a bilingual label column (Spanish above
    French in italics) with the values in capitals at the RIGHT, a note of the original entry, the consul's
    signature over the green oval embassy stamp."""
    iss = issued(rng, issue_date, 30, 400)
    fa, mo = parents(person, father, mother)
    act = act_day(person, act_date, rng)
    sh = Sheet(210, 297)
    tx(
        sh,
        105,
        14,
        "REPÚBLICA DE GUINEA ECUATORIAL  •  RÉPUBLIQUE DE GUINÉE ÉQUATORIALE",
        f=FSR_B,
        pt=10,
        a="center",
    )
    tx(
        sh,
        105,
        20,
        "Embajada en Bruselas – Sección Consular  •  Ambassade à Bruxelles – Section consulaire",
        f=FSR,
        pt=8.5,
        a="center",
        c=G1,
    )
    tx(sh, 105, 34, "CERTIFICADO DE NACIMIENTO", f=FSR_B, pt=14, a="center")
    tx(sh, 105, 41, "ACTE DE NAISSANCE", f=FSR_I, pt=11.5, a="center")
    tx(
        sh,
        192,
        50,
        f"Tomo {3 + crc('t', person.surname) % 40} – Folio {1 + crc('f', person.given_names) % 280}",
        f=FSR,
        pt=8.5,
        a="right",
        c=G1,
    )
    rows = [
        ("Apellidos", "Nom", person.surname.upper()),
        ("Nombres", "Prénoms", person.given_names.upper()),
        ("Sexo", "Sexe", "MASCULINO / MASCULIN" if person.sex == "M" else "FEMENINO / FÉMININ"),
        (
            "Fecha de nacimiento",
            "Date de naissance",
            f"{dd(person.birth_date, '/')} – {words(person.birth_date, 'es')}",
        ),
        (
            "Lugar de nacimiento",
            "Lieu de naissance",
            f"{person.birth_place.upper()} ({cname(person.birth_country, 'fr').upper()})",
        ),
        ("Padre", "Père", fa.upper()),
        ("Madre", "Mère", mo.upper()),
        ("Nacionalidad", "Nationalité", "ECUATOGUINEANA / ÉQUATO-GUINÉENNE"),
    ]
    y = 58.0
    for es, fr, v in rows:
        tx(sh, 22, y, es, f=FSR_B, pt=9.5)
        tx(sh, 22, y + 4.2, fr, f=FSR_I, pt=8.5, c=G1)
        tx(sh, 78, y + 1.5, v, f=FSR, pt=shrink(v, 112, FSR, 10.5))
        rule(sh, 22, y + 9, 190, y + 9, lw=0.15, c=G3)
        y += 11.5
    para(
        sh,
        22,
        y + 6,
        168,
        f"Inscrito en el Registro Civil Central de Malabo el {dd(act, '/')}. Certificado "
        f"expedido conforme a la inscripción original. / Inscrit au registre central de l'état civil de Malabo le "
        f"{dd(act, '/')}. Acte délivré conformément à l'inscription originale.",
        f=FSR,
        pt=9.5,
        lead=1.4,
        c=G1,
    )
    tx(sh, 105, y + 28, f"Bruselas / Bruxelles, {dd(iss, '/')}", f=FSR, pt=10, a="center")
    stamp(
        sh,
        86,
        y + 34,
        ["EMBAJADA DE GUINEA ECUATORIAL", "BRUSELAS"],
        rng,
        shape="oval",
        c=S_GREEN,
        mm=36,
        angle=rng.uniform(-8, 8),
    )
    sign(sh, 84, y + 37, rng, w=44, h=14, c=BLUE_PEN)
    tx(sh, 105, y + 58, "El Cónsul / Le Consul", f=FSR_I, pt=9.5, a="center")
    return [photocopy(sh, tone=(249, 248, 244))]


_id._register(
    "birth-gnq-consulaat-tomo-folio-es-fr-labelkolom-55",
    "birth-certificate",
    PART,
    "es/fr",
    birth_gnq,
    country="GNQ",
    notes="Equatorial Guinea embassy's birth certificate, Spanish/French",
)
