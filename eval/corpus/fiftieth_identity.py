"""Identity and civil-status families of the `fiftieth` part (registered in identity.FAMILIES), and the part's own
drawing kit (faces, pens, dates, emblems, security grounds and copy habits) that its 9ter and IND modules use.

Written by a writer who saw neither the validator nor its output, from the seeds, rules.md and how such papers look
in Belgian and Dutch files.  Each family's layout, wording and copy habit is described in its function's docstring
only (the part is read blind).

The part's 9ter applicants come from Jordan, Lesotho and Tajikistan, its IND applicants from Azerbaijan, Belarus and
Libya.  Importing this module adds those six countries to people.COUNTRIES / people.ORIGINS and the three 9ter
countries to be9ter.COUNTRIES (with setdefault, new keys only: no entry another part reads is changed).  A Surinamese
passport serves only the IND rule that needs one, a Turkish birth record the 9ter applicants born in Türkiye, and the
Azerbaijani, Belarusian and Libyan birth records (in Azerbaijani, Belarusian/Russian and Arabic) the IND translation
cases; Belgian civil-status extracts, a Dutch residence card and two sworn translations complete the set.
"""

from __future__ import annotations

import datetime
import io
import math
import random
import zlib

from PIL import Image, ImageChops, ImageDraw, ImageFilter

from . import be9ter as _b9
from . import identity as _id
from . import mrz as M
from . import people as _pp
from .paper import Sheet, text_width_mm
from .people import Person, strip_accents

PART = "fiftieth"
D = datetime.date
TODAY = D(2026, 12, 1)

# =========================================================================== countries of this part (new keys only)

_NEW_COUNTRIES = {
    "JOR": dict(
        a2="JO",
        en="Jordan",
        nl="Jordanië",
        fr="Jordanie",
        de="Jordanien",
        adj_en="Jordanian",
        adj_nl="Jordaanse",
        adj_fr="jordanienne",
        adj_de="jordanisch",
    ),
    "LSO": dict(
        a2="LS",
        en="Lesotho",
        nl="Lesotho",
        fr="Lesotho",
        de="Lesotho",
        adj_en="Mosotho",
        adj_nl="Lesothaanse",
        adj_fr="lésothienne",
        adj_de="lesothisch",
    ),
    "TJK": dict(
        a2="TJ",
        en="Tajikistan",
        nl="Tadzjikistan",
        fr="Tadjikistan",
        de="Tadschikistan",
        adj_en="Tajik",
        adj_nl="Tadzjiekse",
        adj_fr="tadjike",
        adj_de="tadschikisch",
    ),
    "AZE": dict(
        a2="AZ",
        en="Azerbaijan",
        nl="Azerbeidzjan",
        fr="Azerbaïdjan",
        de="Aserbaidschan",
        adj_en="Azerbaijani",
        adj_nl="Azerbeidzjaanse",
        adj_fr="azerbaïdjanaise",
        adj_de="aserbaidschanisch",
    ),
    "BLR": dict(
        a2="BY",
        en="Belarus",
        nl="Belarus",
        fr="Biélorussie",
        de="Belarus",
        adj_en="Belarusian",
        adj_nl="Belarussische",
        adj_fr="biélorusse",
        adj_de="belarussisch",
    ),
    "LBY": dict(
        a2="LY",
        en="Libya",
        nl="Libië",
        fr="Libye",
        de="Libyen",
        adj_en="Libyan",
        adj_nl="Libische",
        adj_fr="libyenne",
        adj_de="libysch",
    ),
}
_NEW_ORIGINS = {
    "JOR": dict(
        m=[
            "Mohammad",
            "Ahmad",
            "Omar",
            "Khaled",
            "Yazan",
            "Laith",
            "Hamza",
            "Bashar",
            "Tareq",
            "Suhaib",
            "Anas",
            "Zaid",
        ],
        f=[
            "Rania",
            "Dana",
            "Lina",
            "Haya",
            "Noor",
            "Rasha",
            "Hala",
            "Sawsan",
            "Ruba",
            "Majd",
            "Aseel",
            "Tasneem",
        ],
        s=[
            "Al-Masri",
            "Haddad",
            "Khalil",
            "Qasem",
            "Al-Zoubi",
            "Obeidat",
            "Al-Khatib",
            "Nasser",
            "Hijazi",
            "Bani Hani",
            "Al-Rawashdeh",
            "Abu Hammad",
            "Al-Tamimi",
            "Shdeifat",
            "Al-Momani",
            "Abu Zeid",
        ],
        places=[
            "Amman",
            "Irbid",
            "Zarqa",
            "Aqaba",
            "Salt",
            "Madaba",
            "Karak",
            "Mafraq",
            "Jerash",
            "Ajloun",
            "Ma'an",
        ],
    ),
    "LSO": dict(
        m=[
            "Thabo",
            "Tumelo",
            "Lehlohonolo",
            "Motlatsi",
            "Kabelo",
            "Teboho",
            "Tšepo",
            "Khotso",
            "Katleho",
            "Bokang",
            "Retšelisitsoe",
            "Lerato",
        ],
        f=[
            "Palesa",
            "Nthabiseng",
            "Mamello",
            "Lineo",
            "Limpho",
            "Relebohile",
            "Puleng",
            "Mpho",
            "Masechaba",
            "Lieketseng",
            "Nthati",
            "Rethabile",
        ],
        s=[
            "Mokoena",
            "Mofokeng",
            "Letsie",
            "Ramakatsa",
            "Mohapi",
            "Nthako",
            "Sekhesa",
            "Makara",
            "Lebona",
            "Tlali",
            "Mothibeli",
            "Ralitsie",
            "Mokhothu",
            "Phafoli",
            "Matsoso",
            "Sello",
        ],
        places=[
            "Maseru",
            "Teyateyaneng",
            "Mafeteng",
            "Hlotse",
            "Mohale's Hoek",
            "Maputsoe",
            "Qacha's Nek",
            "Quthing",
            "Butha-Buthe",
            "Mokhotlong",
            "Thaba-Tseka",
        ],
    ),
    "TJK": dict(
        m=[
            "Farrukh",
            "Firdavs",
            "Jamshed",
            "Rustam",
            "Sherali",
            "Umed",
            "Behruz",
            "Dilshod",
            "Bahrom",
            "Komron",
            "Faridun",
            "Suhrob",
        ],
        f=[
            "Nilufar",
            "Mehrangez",
            "Zarina",
            "Madina",
            "Firuza",
            "Gulnora",
            "Shahnoza",
            "Manizha",
            "Parvina",
            "Sitora",
            "Dilafruz",
            "Tahmina",
        ],
        s=[
            "Rahmonzoda",
            "Sharifzoda",
            "Qurbonzoda",
            "Nazarzoda",
            "Saidzoda",
            "Davlatzoda",
            "Karimzoda",
            "Rustamzoda",
            "Safarzoda",
            "Olimzoda",
            "Hakimzoda",
            "Nurzoda",
            "Azimzoda",
            "Murodzoda",
            "Ismoilzoda",
            "Sodiqzoda",
        ],
        places=[
            "Dushanbe",
            "Khujand",
            "Kulob",
            "Bokhtar",
            "Istaravshan",
            "Panjakent",
            "Vahdat",
            "Hisor",
            "Isfara",
            "Khorugh",
            "Tursunzoda",
        ],
    ),
    "AZE": dict(
        m=[
            "Elvin",
            "Rauf",
            "Tural",
            "Orxan",
            "Kamran",
            "Rəşad",
            "Elşən",
            "Vüqar",
            "Nicat",
            "Fərid",
            "Anar",
            "Ramil",
        ],
        f=[
            "Günel",
            "Aysel",
            "Leyla",
            "Nərmin",
            "Səbinə",
            "Könül",
            "Aytən",
            "Lalə",
            "Ülviyyə",
            "Nigar",
            "Sevinc",
            "Fidan",
        ],
        s=[
            "Məmmədli",
            "Hüseynli",
            "Əhmədli",
            "Qasımlı",
            "Rzazadə",
            "Hacızadə",
            "Quluzadə",
            "Nəsirli",
            "Abbaszadə",
            "Sultanlı",
            "Bağırlı",
            "Əlizadə",
            "Kərimli",
            "Cəfərli",
            "Novruzlu",
            "Şirinli",
        ],
        places=[
            "Bakı",
            "Gəncə",
            "Sumqayıt",
            "Mingəçevir",
            "Lənkəran",
            "Şəki",
            "Şirvan",
            "Quba",
            "Naxçıvan",
            "Şamaxı",
            "Zaqatala",
        ],
    ),
    "BLR": dict(
        m=[
            "Siarhei",
            "Aliaksandr",
            "Dzmitry",
            "Andrei",
            "Uladzimir",
            "Mikalai",
            "Pavel",
            "Yauhen",
            "Artsiom",
            "Ihar",
            "Maksim",
            "Raman",
        ],
        f=[
            "Volha",
            "Hanna",
            "Tatsiana",
            "Iryna",
            "Yuliya",
            "Katsiaryna",
            "Nastassia",
            "Darya",
            "Alena",
            "Sviatlana",
            "Maryna",
            "Palina",
        ],
        s=[
            "Kavalenka",
            "Navumchyk",
            "Zhuk",
            "Kuzmich",
            "Hrynkevich",
            "Lukashevich",
            "Ramanchuk",
            "Sidarenka",
            "Marchuk",
            "Bandarenka",
            "Kavalchuk",
            "Shved",
            "Karpovich",
            "Vasilevich",
            "Palchuk",
            "Tkachuk",
        ],
        places=[
            "Minsk",
            "Homiel",
            "Mahiliou",
            "Viciebsk",
            "Hrodna",
            "Brest",
            "Babruisk",
            "Baranavichy",
            "Pinsk",
            "Orsha",
            "Lida",
        ],
    ),
    "LBY": dict(
        m=[
            "Mohamed",
            "Abdulrahman",
            "Ali",
            "Mustafa",
            "Osama",
            "Salem",
            "Nouri",
            "Faraj",
            "Abdelhakim",
            "Moataz",
            "Khalifa",
            "Emad",
        ],
        f=[
            "Fatma",
            "Amal",
            "Salma",
            "Huda",
            "Asma",
            "Hanan",
            "Samira",
            "Nisreen",
            "Khadija",
            "Rabia",
            "Zainab",
            "Wafa",
        ],
        s=[
            "Al-Warfalli",
            "Ben Hamid",
            "El-Mahdi",
            "Abushagur",
            "El-Fitouri",
            "Al-Obeidi",
            "Ben Ghazi",
            "El-Zintani",
            "Al-Magariaf",
            "Shaheen",
            "El-Gheriani",
            "Bukhatwa",
            "El-Tarhouni",
            "Al-Barghathi",
            "Zubia",
            "Al-Kikhia",
        ],
        places=[
            "Tripoli",
            "Benghazi",
            "Misrata",
            "Zawiya",
            "Bayda",
            "Sabha",
            "Zliten",
            "Tobruk",
            "Ajdabiya",
            "Gharyan",
            "Derna",
        ],
    ),
}
for _k, _v in _NEW_COUNTRIES.items():
    _pp.COUNTRIES.setdefault(_k, _v)
    _pp._EN_TO_A3.setdefault(_v["en"], _k)
for _k, _v in _NEW_ORIGINS.items():
    _pp.ORIGINS.setdefault(_k, _v)

_B9_COUNTRIES = {
    "JOR": dict(
        capital="Amman",
        hospital="Al-Bashir Hospital, Amman",
        currency="JOD",
        wage="300 JOD",
        lang="en",
        insurance_en="The civil health insurance covers public employees and their families; others, and "
        "above all foreign-born residents without a national number, pay the full price of "
        "specialised care and medicines at private hospitals.",
        insurance_fr="L'assurance maladie civile couvre les fonctionnaires et leurs familles ; les autres, et "
        "surtout les résidents sans numéro national, paient le prix plein des soins spécialisés "
        "et des médicaments dans les hôpitaux privés.",
        insurance_nl="De burgerlijke ziekteverzekering dekt ambtenaren en hun gezin; anderen, en vooral wie "
        "geen nationaal nummer heeft, betalen gespecialiseerde zorg en geneesmiddelen in "
        "privéziekenhuizen volledig zelf.",
        insurance_de="Die zivile Krankenversicherung deckt Staatsbedienstete und ihre Familien; andere, vor "
        "allem Personen ohne nationale Nummer, zahlen Facharztbehandlung und Medikamente in "
        "Privatkliniken voll selbst.",
    ),
    "LSO": dict(
        capital="Maseru",
        hospital="Queen 'Mamohato Memorial Hospital, Maseru",
        currency="LSL",
        wage="2 200 LSL",
        lang="en",
        insurance_en="There is no national health insurance; public care carries a fixed fee, but medicines "
        "outside the essential list must be bought privately, and complex care depends on "
        "referral to hospitals in South Africa that the Ministry rarely pays for.",
        insurance_fr="Il n'existe pas d'assurance maladie nationale ; les soins publics coûtent un forfait, "
        "mais les médicaments hors liste essentielle s'achètent en privé et les soins complexes "
        "dépendent d'un transfert vers l'Afrique du Sud que le ministère paie rarement.",
        insurance_nl="Er is geen nationale ziekteverzekering; publieke zorg kost een vast bedrag, maar "
        "geneesmiddelen buiten de essentiële lijst moeten privé gekocht worden en complexe zorg "
        "hangt af van een verwijzing naar Zuid-Afrika die het ministerie zelden betaalt.",
        insurance_de="Eine staatliche Krankenversicherung gibt es nicht; öffentliche Versorgung kostet eine "
        "Pauschale, Medikamente außerhalb der Basisliste müssen privat gekauft werden, komplexe "
        "Behandlung hängt von einer selten bezahlten Überweisung nach Südafrika ab.",
    ),
    "TJK": dict(
        capital="Dushanbe",
        hospital="Karabolo Medical Complex, Dushanbe",
        currency="TJS",
        wage="2 000 TJS",
        lang="fr",
        insurance_en="Compulsory health insurance exists on paper only; patients pay informally at public "
        "hospitals and buy their medicines themselves, often imported from Russia or Iran at "
        "irregular intervals.",
        insurance_fr="L'assurance maladie obligatoire n'existe que sur le papier ; les patients paient de "
        "manière informelle à l'hôpital public et achètent eux-mêmes leurs médicaments, souvent "
        "importés de Russie ou d'Iran de façon irrégulière.",
        insurance_nl="De verplichte ziekteverzekering bestaat alleen op papier; patiënten betalen informeel "
        "in openbare ziekenhuizen en kopen hun geneesmiddelen zelf, vaak onregelmatig "
        "ingevoerd uit Rusland of Iran.",
        insurance_de="Die Pflichtkrankenversicherung besteht nur auf dem Papier; Patienten zahlen in "
        "staatlichen Kliniken informell und kaufen ihre Medikamente selbst, oft unregelmäßig aus "
        "Russland oder dem Iran eingeführt.",
    ),
}
for _k, _v in _B9_COUNTRIES.items():
    _b9.COUNTRIES.setdefault(_k, {**_NEW_COUNTRIES[_k], **_v})
    _b9._EN2A3.setdefault(_NEW_COUNTRIES[_k]["en"].lower(), _k)

# =========================================================================== faces, pens, inks
_T = "/usr/share/fonts/truetype"
_O = "/usr/share/fonts/opentype"
_U = f"{_O}/urw-base35"
SERIF, SERIF_B, SERIF_I = (
    f"{_T}/liberation/LiberationSerif-Regular.ttf",
    f"{_T}/liberation/LiberationSerif-Bold.ttf",
    f"{_T}/liberation/LiberationSerif-Italic.ttf",
)
SANS, SANS_B, SANS_I = (
    f"{_T}/liberation/LiberationSans-Regular.ttf",
    f"{_T}/liberation/LiberationSans-Bold.ttf",
    f"{_T}/liberation/LiberationSans-Italic.ttf",
)
NARROW, NARROW_B = (
    f"{_T}/liberation/LiberationSansNarrow-Regular.ttf",
    f"{_T}/liberation/LiberationSansNarrow-Bold.ttf",
)
MONO, MONO_B = f"{_T}/liberation/LiberationMono-Regular.ttf", f"{_T}/liberation/LiberationMono-Bold.ttf"
CARL, CARL_B, CARL_I = (
    f"{_T}/crosextra/Carlito-Regular.ttf",
    f"{_T}/crosextra/Carlito-Bold.ttf",
    f"{_T}/crosextra/Carlito-Italic.ttf",
)
CALA, CALA_B, CALA_I = (
    f"{_T}/crosextra/Caladea-Regular.ttf",
    f"{_T}/crosextra/Caladea-Bold.ttf",
    f"{_T}/crosextra/Caladea-Italic.ttf",
)
DV, DV_B = f"{_T}/dejavu/DejaVuSans.ttf", f"{_T}/dejavu/DejaVuSans-Bold.ttf"
DVC, DVC_B = f"{_T}/dejavu/DejaVuSansCondensed.ttf", f"{_T}/dejavu/DejaVuSansCondensed-Bold.ttf"
DVS, DVS_B, DVS_I = (
    f"{_T}/dejavu/DejaVuSerif.ttf",
    f"{_T}/dejavu/DejaVuSerif-Bold.ttf",
    f"{_T}/dejavu/DejaVuSerif-Italic.ttf",
)
DVSC, DVSC_B = f"{_T}/dejavu/DejaVuSerifCondensed.ttf", f"{_T}/dejavu/DejaVuSerifCondensed-Bold.ttf"
DVM, DVM_B = f"{_T}/dejavu/DejaVuSansMono.ttf", f"{_T}/dejavu/DejaVuSansMono-Bold.ttf"
FREE, FREE_B, FREE_I = (
    f"{_T}/freefont/FreeSerif.ttf",
    f"{_T}/freefont/FreeSerifBold.ttf",
    f"{_T}/freefont/FreeSerifItalic.ttf",
)
FSANS, FSANS_B = f"{_T}/freefont/FreeSans.ttf", f"{_T}/freefont/FreeSansBold.ttf"
FMONO, FMONO_B = f"{_T}/freefont/FreeMono.ttf", f"{_T}/freefont/FreeMonoBold.ttf"
NSANS, NSANS_B = f"{_U}/NimbusSans-Regular.otf", f"{_U}/NimbusSans-Bold.otf"
NSANS_I = f"{_U}/NimbusSans-Italic.otf"
NNARROW, NNARROW_B = f"{_U}/NimbusSansNarrow-Regular.otf", f"{_U}/NimbusSansNarrow-Bold.otf"
NROMAN, NROMAN_B, NROMAN_I = (
    f"{_U}/NimbusRoman-Regular.otf",
    f"{_U}/NimbusRoman-Bold.otf",
    f"{_U}/NimbusRoman-Italic.otf",
)
SCHOOL, SCHOOL_B, SCHOOL_I = f"{_U}/C059-Roman.otf", f"{_U}/C059-Bold.otf", f"{_U}/C059-Italic.otf"
PALA, PALA_B, PALA_I = f"{_U}/P052-Roman.otf", f"{_U}/P052-Bold.otf", f"{_U}/P052-Italic.otf"
BOOKM, BOOKM_B = f"{_U}/URWBookman-Light.otf", f"{_U}/URWBookman-Demi.otf"
GOTH, GOTH_B = f"{_U}/URWGothic-Book.otf", f"{_U}/URWGothic-Demi.otf"
NMONO, NMONO_B = f"{_U}/NimbusMonoPS-Regular.otf", f"{_U}/NimbusMonoPS-Bold.otf"
TYPEW, TYPEW_B = f"{_O}/courier-prime/Courier Prime.otf", f"{_O}/courier-prime/Courier Prime Bold.otf"
OCR = f"{_T}/dejavu/DejaVuSansMono.ttf"
# pens
HAND_ROUND, HAND_LEAN, HAND_HEAVY = (
    f"{_T}/fifthhorseman/dkg.ttf",
    f"{_T}/fifthhorseman/dkgIt.ttf",
    f"{_T}/fifthhorseman/dkgBd.ttf",
)
HAND_MARKER = f"{_T}/breip/Breip.ttf"
HAND_CHANCERY = f"{_U}/Z003-MediumItalic.otf"
HAND_BLOCK = f"{_T}/humor-sans/Humor-Sans.ttf"

BLACK = (0, 0, 0)
G1, G2, G3, G4 = (58, 58, 62), (112, 112, 118), (168, 168, 172), (218, 218, 222)
INK_BLUE, INK_BLACK, INK_ROYAL, INK_GREEN, INK_VIOLET = (
    (24, 40, 140),
    (32, 32, 38),
    (30, 60, 170),
    (22, 96, 68),
    (86, 38, 126),
)
ST_BLUE, ST_VIOLET, ST_RED, ST_GREEN, ST_BLACK = (
    (38, 66, 170),
    (104, 50, 148),
    (182, 40, 50),
    (28, 112, 84),
    (46, 46, 52),
)

# --------------------------------------------------------------------------- text
_CMAP: dict[str, set | None] = {}
_NEAR = {
    "–": "-",
    "—": "-",
    "’": "'",
    "‘": "'",
    "“": '"',
    "”": '"',
    "«": '"',
    "»": '"',
    "…": "...",
    "€": "EUR",
    "•": "-",
    "·": "-",
    "✓": "v",
    "×": "x",
    "№": "No",
    "ı": "i",
    "İ": "I",
    "ə": "e",
    "Ə": "E",
    "ʻ": "'",
    "ў": "u",
    "Ў": "U",
    "ҳ": "h",
    "Ҳ": "H",
    "ҷ": "ch",
    "Ҷ": "Ch",
    "ӣ": "i",
    "Ӣ": "I",
    "ӯ": "u",
    "Ӯ": "U",
    "қ": "q",
    "Қ": "Q",
    "ғ": "gh",
    "Ғ": "Gh",
    "š": "s",
    "Š": "S",
}


def safe(s, face: str) -> str:
    """What ``face`` can draw of ``s``: a missing glyph becomes a near form or is left out."""
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
        alt = _NEAR.get(ch) or strip_accents(ch)
        out.append(alt if alt and all(ord(a) in cov for a in alt) else "")
    return "".join(out)


def put(sh: Sheet, x, y, s, *, f=SANS, pt=10.0, col=BLACK, at="left", sp=0.0) -> float:
    """One line with its top at y; returns its width in mm."""
    return sh.text(x, y, safe(s, f), font=f, size_pt=pt, color=col, anchor=at, letter_spacing=sp)


def wid(s, f=SANS, pt=10.0) -> float:
    return text_width_mm(safe(s, f), f, pt)


def fit_pt(s, width, f=SANS, pt=10.0, lo=5.0) -> float:
    while pt > lo and wid(s, f, pt) > width:
        pt -= 0.25
    return pt


def put_fit(sh: Sheet, x, y, s, width, *, f=SANS, pt=10.0, col=BLACK, at="left") -> float:
    return put(sh, x, y, s, f=f, pt=fit_pt(s, width, f, pt), col=col, at=at)


def block(sh: Sheet, x, y, width, s, *, f=SERIF, pt=10.5, lead=1.4, al="left", col=BLACK) -> float:
    """Wrapped text; returns the y under it."""
    return sh.paragraph(x, y, width, safe(s, f), font=f, size_pt=pt, leading=lead, align=al, color=col)


def lines_of(sh: Sheet, s, width, f=SERIF, pt=10.5) -> list[str]:
    return sh.wrap(safe(s, f), width, font=f, size_pt=pt)


def step_of(pt: float, lead: float = 1.4) -> float:
    return pt * 0.3528 * lead


def hand(sh: Sheet, x, y, s, rng, *, f=HAND_ROUND, pt=12.0, col=INK_BLUE, maxw=None, caps=False) -> float:
    """Words written with a pen (top of the line at y), made smaller to fit maxw mm."""
    s = str(s)
    if caps:
        s = strip_accents(s).upper()
    s = safe(s, f)
    if not s.strip():
        return 0.0
    if maxw:
        while pt > 7 and wid(s, f, pt) * 1.18 > maxw:
            pt -= 0.5
    return sh.handwriting(x, y, s, rng, size_pt=pt, color=col, font=f)


def hand_block(
    sh: Sheet, x, y, width, s, rng, *, f=HAND_ROUND, pt=11.0, step=6.0, col=INK_BLUE, n=40, caps=False
) -> float:
    if caps:
        s = strip_accents(s).upper()
    for ln in sh.wrap(safe(s, f), width * 0.84, font=f, size_pt=pt)[:n]:
        hand(sh, x + rng.uniform(-0.4, 0.4), y + rng.uniform(-0.3, 0.3), ln, rng, f=f, pt=pt, col=col)
        y += step
    return y


def signat(sh: Sheet, x, y, rng, *, w=None, h=None, col=INK_BLUE, style=None) -> None:
    sh.signature(x, y, w or rng.uniform(30, 44), h or rng.uniform(9, 14), rng, color=col, style=style)


def stampit(sh: Sheet, x, y, lines, rng, *, shape="round", col=ST_BLUE, mm=30.0, angle=None):
    return sh.stamp(
        x, y, [safe(s, SANS_B) for s in lines], rng, shape=shape, color=col, size_mm=mm, angle=angle
    )


def frame(sh: Sheet, x, y, w, h, *, lw=0.25, col=BLACK, fill=None) -> None:
    sh.rect(x, y, w, h, width_mm=lw, color=col, fill=fill)


def fill(sh: Sheet, x, y, w, h, col) -> None:
    sh.rect(x, y, w, h, width_mm=0, color=col, fill=col)


def hline(sh: Sheet, x1, x2, y, *, lw=0.2, col=BLACK, dash=None) -> None:
    sh.rule(x1, y, x2, y, width_mm=lw, color=col, dash=dash)


def vline(sh: Sheet, x, y1, y2, *, lw=0.2, col=BLACK, dash=None) -> None:
    sh.rule(x, y1, x, y2, width_mm=lw, color=col, dash=dash)


def hsh(*parts) -> int:
    return zlib.crc32("¦".join(str(p) for p in parts).encode("utf-8"))


def digs(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def pdig(person: Person, tag: str, n: int) -> str:
    """Digits drawn from the person alone (a translation repeats them)."""
    return digs(random.Random(hsh(person.surname, person.given_names, person.birth_date, tag)), n)


def penmark(sh: Sheet, x, y, size, rng, *, col=INK_BLUE, kind="v") -> None:
    """A pen mark on a box: a check ('v'), a cross ('x'), a slash ('/') or a blot ('o')."""
    n = max(32, int(size * 42))
    img = Image.new("RGBA", (n, n), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    j = lambda: rng.uniform(-0.06, 0.06) * n  # noqa: E731
    c4 = col + (255,)
    w = max(2, n // 11)
    if kind == "x":
        d.line([(0.15 * n + j(), 0.15 * n + j()), (0.85 * n + j(), 0.85 * n + j())], fill=c4, width=w)
        d.line([(0.85 * n + j(), 0.15 * n + j()), (0.15 * n + j(), 0.85 * n + j())], fill=c4, width=w)
    elif kind == "/":
        d.line([(0.1 * n + j(), 0.9 * n + j()), (0.92 * n + j(), 0.06 * n + j())], fill=c4, width=w)
    elif kind == "o":
        d.ellipse([0.22 * n + j(), 0.22 * n + j(), 0.78 * n + j(), 0.78 * n + j()], fill=c4)
    else:
        d.line(
            [
                (0.08 * n + j(), 0.55 * n + j()),
                (0.38 * n + j(), 0.9 * n + j()),
                (0.95 * n + j(), 0.02 * n + j()),
            ],
            fill=c4,
            width=w,
            joint="curve",
        )
    sh.image(x - size * 0.1, y - size * 0.2, size * 1.25, size * 1.25, img, blend="multiply")


def chk(sh: Sheet, x, y, size, on: bool, rng=None, *, col=INK_BLUE, kind="v", round_=False) -> None:
    """A printed box (or circle), left empty, marked with a pen (rng given) or typed over with an x (no rng)."""
    if round_:
        ring = Image.new("RGBA", (64, 64), (0, 0, 0, 0))
        ImageDraw.Draw(ring).ellipse([3, 3, 61, 61], outline=(30, 30, 30, 255), width=4)
        sh.image(x, y, size, size, ring)
    else:
        frame(sh, x, y, size, size, lw=0.25)
    if not on:
        return
    if rng is None:
        put(sh, x + size / 2, y - size * 0.08, "x", f=MONO_B, pt=size * 2.7, at="center")
    else:
        penmark(sh, x, y, size, rng, col=col, kind=kind)


# --------------------------------------------------------------------------- dates

MONTHS = {
    "nl": [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ],
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    "de": [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "st": [
        "Pherekhong",
        "Hlakola",
        "Hlakubele",
        "Mmesa",
        "Motšeanong",
        "Phuptjane",
        "Phupu",
        "Phato",
        "Lwetse",
        "Mphalane",
        "Pulungoana",
        "Tšitoe",
    ],
    "az": [
        "yanvar",
        "fevral",
        "mart",
        "aprel",
        "may",
        "iyun",
        "iyul",
        "avqust",
        "sentyabr",
        "oktyabr",
        "noyabr",
        "dekabr",
    ],
    "be": [
        "студзеня",
        "лютага",
        "сакавіка",
        "красавіка",
        "мая",
        "чэрвеня",
        "ліпеня",
        "жніўня",
        "верасня",
        "кастрычніка",
        "лістапада",
        "снежня",
    ],
    "ru": [
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ],
    "tg": [
        "январ",
        "феврал",
        "март",
        "апрел",
        "май",
        "июн",
        "июл",
        "август",
        "сентябр",
        "октябр",
        "ноябр",
        "декабр",
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
    "ar": [
        "يناير",
        "فبراير",
        "مارس",
        "أبريل",
        "مايو",
        "يونيو",
        "يوليو",
        "أغسطس",
        "سبتمبر",
        "أكتوبر",
        "نوفمبر",
        "ديسمبر",
    ],
}
MON3 = {
    "en": ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"],
    "fr": ["JANV", "FÉVR", "MARS", "AVR", "MAI", "JUIN", "JUIL", "AOÛT", "SEPT", "OCT", "NOV", "DÉC"],
    "nl": ["JAN", "FEB", "MRT", "APR", "MEI", "JUN", "JUL", "AUG", "SEP", "OKT", "NOV", "DEC"],
}


def dnum(d: D, sep: str = ".", pad: bool = True, order: str = "dmy") -> str:
    """14.07.1982, 14/7/1982, 1982-07-14 (order 'ymd')."""
    dd_, mm_ = (f"{d.day:02d}", f"{d.month:02d}") if pad else (str(d.day), str(d.month))
    if order == "ymd":
        return f"{d.year}{sep}{mm_}{sep}{dd_}"
    return f"{dd_}{sep}{mm_}{sep}{d.year}"


def dword(d: D, lang: str) -> str:
    """'14 juli 1982', '1er mars 2026', '3. März 2026', '14 Phupu 1982', '14 iyul 1982-ci il', '14 ліпеня 1982 г.'"""
    m = MONTHS.get(lang, MONTHS["en"])[d.month - 1]
    if lang == "fr":
        return f"{'1er' if d.day == 1 else d.day} {m} {d.year}"
    if lang == "de":
        return f"{d.day}. {m} {d.year}"
    if lang == "az":
        return f"{d.day} {m} {d.year}-{az_suffix(d.year)} il"
    if lang in ("be", "ru"):
        return f"{d.day} {m} {d.year} г."
    if lang == "tg":
        return f"{d.day} {m}и соли {d.year}"
    return f"{d.day} {m} {d.year}"


def az_suffix(n: int) -> str:
    """The Azerbaijani ordinal ending of a number (vowel harmony with its last spoken word): 1982-ci, 1963-cü,
    1976-cı, 1979-cu, 2000-ci."""
    units = {1: "ci", 2: "ci", 3: "cü", 4: "cü", 5: "ci", 6: "cı", 7: "ci", 8: "ci", 9: "cu"}
    tens = {1: "cu", 2: "ci", 3: "cu", 4: "cı", 5: "ci", 6: "cı", 7: "ci", 8: "ci", 9: "cı"}
    if n % 10:
        return units[n % 10]
    if (n // 10) % 10:
        return tens[(n // 10) % 10]
    return "cü" if (n // 100) % 10 else "ci"


def dmon(d: D, lang: str = "en", also: str | None = None) -> str:
    """'14 JUL 1982' or, with also='en', '14 JUIL/JUL 1982'."""
    a = MON3.get(lang, MON3["en"])[d.month - 1]
    if also:
        b = MON3[also][d.month - 1]
        a = a if a == b else f"{a}/{b}"
    return f"{d.day:02d} {a} {d.year}"


def dates_for(rng: random.Random, issue, expiry, years: int, back=(60, 1700)):
    if issue is None:
        issue = TODAY - datetime.timedelta(days=rng.randint(*back))
    if expiry is None:
        try:
            expiry = issue.replace(year=issue.year + years) - datetime.timedelta(days=1)
        except ValueError:
            expiry = issue + datetime.timedelta(days=365 * years)
    return issue, expiry


def reg_date(person: Person, tag: str, lo: int = 2, hi: int = 40) -> D:
    """The day the birth was registered, drawn from the person alone."""
    return person.birth_date + datetime.timedelta(
        days=lo + hsh(person.surname, person.birth_date, tag) % (hi - lo)
    )


def copy_date(person: Person, tag: str, lo: int = 45, hi: int = 800) -> D:
    return TODAY - datetime.timedelta(days=lo + hsh(person.given_names, person.birth_date, tag) % (hi - lo))


# --------------------------------------------------------------------------- copy habits (raster)


def ras(sh: Sheet, dpi: int = 200) -> Image.Image:
    return sh.render(dpi)


def as_sheet(img: Image.Image, w: float = 210.0, h: float = 297.0) -> Sheet:
    out = Sheet(w, h)
    out.image(0, 0, w, h, img)
    return out


def turned(sh: Sheet, quarter: int, dpi: int = 200) -> Sheet:
    """The copy turned by quarter x 90 degrees counter-clockwise (a quarter turn swaps width and height)."""
    img = ras(sh, dpi)
    q = quarter % 4
    if q:
        img = img.transpose({1: Image.ROTATE_90, 2: Image.ROTATE_180, 3: Image.ROTATE_270}[q])
    w, h = (sh.height_mm, sh.width_mm) if q % 2 else (sh.width_mm, sh.height_mm)
    return as_sheet(img, w, h)


def leaning(sh: Sheet, deg: float, dpi: int = 200, bg=(255, 255, 255)) -> Sheet:
    """Laid crooked on the glass: the whole page turned by a few degrees, the uncovered corners in ``bg``."""
    img = ras(sh, dpi).rotate(deg, resample=Image.BICUBIC, expand=False, fillcolor=bg)
    return as_sheet(img, sh.width_mm, sh.height_mm)


def photocopy(
    sh: Sheet,
    rng: random.Random | None = None,
    *,
    dpi: int = 200,
    contrast: float = 1.15,
    lift: int = 0,
    speckle: int = 0,
) -> Sheet:
    """A black-and-white office copy: grey levels only, a harder contrast, and toner specks."""
    img = ras(sh, dpi).convert("L")
    img = img.point(lambda v: max(0, min(255, int(128 + (v - 128) * contrast) + lift)))
    if speckle and rng is not None:
        d = ImageDraw.Draw(img)
        W, H = img.size
        for _ in range(speckle):
            x, y = rng.randint(0, W - 1), rng.randint(0, H - 1)
            r = rng.choice([1, 1, 2])
            d.ellipse([x - r, y - r, x + r, y + r], fill=rng.randint(40, 120))
    return as_sheet(img.convert("RGB"), sh.width_mm, sh.height_mm)


def yellowed(sh: Sheet, rng: random.Random, *, dpi: int = 200, tone=(248, 238, 212)) -> Sheet:
    """Old paper: a warm tint, and the four edges browner than the middle."""
    img = ras(sh, dpi)
    W, H = img.size
    img = ImageChops.multiply(img, Image.new("RGB", (W, H), tone))
    edge = Image.new("L", (W, H), 0)
    d = ImageDraw.Draw(edge)
    band_ = max(6, int(min(W, H) * 0.05))
    for k in range(band_):
        a = int(70 * (1 - k / band_) ** 2)
        d.rectangle([k, k, W - 1 - k, H - 1 - k], outline=a)
    brown = Image.new("RGB", (W, H), (196, 160, 110))
    img = Image.composite(ImageChops.multiply(img, brown), img, edge)
    return as_sheet(img, sh.width_mm, sh.height_mm)


def folded(
    sh: Sheet, rng: random.Random, at=(1 / 3, 2 / 3), *, vertical: bool = False, dpi: int = 200
) -> Sheet:
    """A sheet that had been folded (a letter in three, or in two): each fold a bright ridge beside a soft shadow."""
    img = ras(sh, dpi)
    W, H = img.size
    d = ImageDraw.Draw(img, "RGBA")
    for f_ in at:
        p = int((W if vertical else H) * f_) + rng.randint(-5, 5)
        drift = rng.randint(-4, 4)
        for k in range(-6, 9):
            a = int(55 * math.exp(-((k - 2) ** 2) / 8.0)) if k >= 0 else int(30 * math.exp(-(k**2) / 4.0))
            colr = (60, 60, 60, a) if k >= 0 else (255, 255, 255, a)
            if vertical:
                d.line([(p + k, 0), (p + k + drift, H)], fill=colr)
            else:
                d.line([(0, p + k), (W, p + k + drift)], fill=colr)
    return as_sheet(img, sh.width_mm, sh.height_mm)


def jpeg_once(sh: Sheet, quality: int = 28, dpi: int = 150) -> Sheet:
    """Sent on once as a strongly compressed JPEG before it reached the file."""
    buf = io.BytesIO()
    ras(sh, dpi).save(buf, "JPEG", quality=quality)
    return as_sheet(Image.open(io.BytesIO(buf.getvalue())).convert("RGB"), sh.width_mm, sh.height_mm)


def coarse(sh: Sheet, dpi: int = 110) -> Sheet:
    """Rasterised at a low resolution (a fax-like, soft copy)."""
    return as_sheet(ras(sh, dpi), sh.width_mm, sh.height_mm)


def on_table(
    sh: Sheet, rng: random.Random, *, surface: str = "felt", dpi: int = 150, thumb: bool = False
) -> Sheet:
    """Photographed with a phone from above on a table: the page a slightly skewed quadrilateral on dark blue felt,
    white marble with grey veins, walnut planks or beige linen; light falling from one side, a soft shadow under the
    page, and (``thumb``) the holder's thumb over the lower edge."""
    img = ras(sh, dpi)
    W, H = img.size
    if surface == "marble":
        bg = Image.new("RGB", (W, H), (232, 230, 226))
        d = ImageDraw.Draw(bg)
        for _ in range(14):
            x, y = rng.randint(0, W), rng.randint(0, H)
            pts = []
            for k in range(40):
                x += rng.randint(-12, 22)
                y += rng.randint(-8, 18)
                pts.append((x, y))
            d.line(pts, fill=(150 + rng.randint(-20, 20),) * 3, width=rng.choice([1, 2, 3]))
        bg = bg.filter(ImageFilter.GaussianBlur(1.2))
    elif surface == "walnut":
        base = (92, 62, 40)
        bg = Image.new("RGB", (W, H), base)
        d = ImageDraw.Draw(bg)
        for y in range(0, H, 3):
            k = int(16 * math.sin(y / 9.0) + 9 * math.sin(y / 31.0 + 1.3))
            if y % max(60, H // 6) < 3:
                k -= 40
            d.line([(0, y), (W, y)], fill=tuple(max(0, min(255, c + k)) for c in base))
    elif surface == "linen":
        bg = Image.new("RGB", (W, H), (214, 200, 176))
        d = ImageDraw.Draw(bg)
        for x in range(0, W, 4):
            d.line([(x, 0), (x, H)], fill=(200 + rng.randint(-6, 6), 186, 160))
        for y in range(0, H, 4):
            d.line([(0, y), (W, y)], fill=(206, 192 + rng.randint(-6, 6), 168))
    else:
        bg = Image.new("RGB", (W, H), (30, 40, 72))
        d = ImageDraw.Draw(bg)
        for _ in range(W * H // 900):
            x, y = rng.randint(0, W - 1), rng.randint(0, H - 1)
            g = rng.randint(-10, 10)
            d.point((x, y), fill=(30 + g, 40 + g, 72 + g))
    s = rng.uniform(0.78, 0.86)
    pw, ph = int(W * s), int(H * s)
    page = img.resize((pw, ph), Image.BILINEAR)
    j = lambda: rng.randint(-int(W * 0.025), int(W * 0.025))  # noqa: E731
    quad = (j(), j(), j(), ph + j(), pw + j(), ph + j(), pw + j(), j())
    page = page.transform((pw, ph), Image.QUAD, quad, Image.BILINEAR, fillcolor=(60, 60, 60))
    ox, oy = (W - pw) // 2 + rng.randint(-12, 12), (H - ph) // 2 + rng.randint(-12, 12)
    sh_mask = Image.new("L", (pw, ph), 120).filter(ImageFilter.GaussianBlur(6))
    bg.paste((12, 12, 16), (ox + 8, oy + 10), sh_mask)
    bg.paste(page, (ox, oy))
    grad = Image.linear_gradient("L").rotate(rng.choice([90, -90, 0, 180]), expand=True).resize((W, H))
    grad = grad.point(lambda v: 190 + v // 4)
    bg = ImageChops.multiply(bg, Image.merge("RGB", (grad, grad, grad)))
    if thumb:
        th = Image.new("RGBA", (W, H), (0, 0, 0, 0))
        td = ImageDraw.Draw(th)
        cx = ox + int(pw * rng.uniform(0.2, 0.8))
        td.ellipse(
            [cx - W // 16, oy + ph - H // 40, cx + W // 16, oy + ph + H // 12], fill=(208, 164, 132, 255)
        )
        td.ellipse(
            [cx - W // 28, oy + ph - H // 60, cx + W // 28, oy + ph + H // 70], fill=(226, 196, 178, 255)
        )
        bg.paste(th, (0, 0), th.filter(ImageFilter.GaussianBlur(2)))
    return as_sheet(bg.filter(ImageFilter.GaussianBlur(0.7)), sh.width_mm, sh.height_mm)


def paperclip(sh: Sheet, x, y, *, h: float = 34.0) -> None:
    """A metal paper clip over the top edge, copied as a grey double loop."""
    n = 12
    img = Image.new("RGBA", (int(12 * n), int(h * n)), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    c = (110, 110, 118, 255)
    W_, H_ = img.size
    d.rounded_rectangle([4, 4, W_ - 5, H_ - 5], radius=W_ // 2 - 4, outline=c, width=7)
    d.rounded_rectangle(
        [W_ * 0.22, H_ * 0.18, W_ * 0.78, H_ * 0.82], radius=int(W_ * 0.28), outline=c, width=7
    )
    sh.image(x, y, 12, h, img, blend="multiply")


def tape(sh: Sheet, x, y, w, h, angle: float = 0.0) -> None:
    """A strip of clear adhesive tape (slightly grey, with a brighter edge)."""
    img = Image.new("RGBA", (int(w * 10), int(h * 10)), (226, 226, 214, 110))
    ImageDraw.Draw(img).rectangle(
        [0, 0, img.width - 1, img.height - 1], outline=(250, 250, 240, 170), width=3
    )
    if angle:
        img = img.rotate(angle, expand=True, resample=Image.BICUBIC)
    sh.image(x, y, img.width / 10, img.height / 10, img)


def holes4(sh: Sheet) -> None:
    """The four holes of a Dutch four-hole punch, copied as black discs down the left margin (80 mm apart)."""
    disc = Image.new("RGBA", (60, 60), (0, 0, 0, 0))
    ImageDraw.Draw(disc).ellipse([3, 3, 57, 57], fill=(20, 20, 22, 255))
    mid = sh.height_mm / 2
    for y in (mid - 120 / 2 - 20, mid - 40, mid + 40, mid + 100 / 2 + 30):
        sh.image(7, y - 2.5, 5, 5, disc)


def coffee_ring(sh: Sheet, x, y, r, rng: random.Random) -> None:
    """The brown ring a cup left on the original."""
    n = int(r * 2 * 10)
    img = Image.new("RGBA", (n, n), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    for k in range(6):
        a = 40 - k * 5
        d.ellipse(
            [k + rng.randint(0, 3), k + rng.randint(0, 3), n - k - 1, n - k - 1],
            outline=(150, 100, 50, a),
            width=2,
        )
    sh.image(x - r, y - r, 2 * r, 2 * r, img, blend="multiply")


def hilite(sh: Sheet, x, y, w, h, col=(255, 236, 80)) -> None:
    img = Image.new("RGBA", (100, 10), col + (120,))
    sh.image(x, y, w, h, img, blend="multiply")


# --------------------------------------------------------------------------- security print and marks


def waves_ground(w_mm: float, h_mm: float, rng: random.Random, bg, ink_, k: float = 6.0) -> Image.Image:
    """A security ground of fine wavy lines whose amplitude swells and shrinks across the page (not rosettes)."""
    W, H = max(8, int(w_mm * k)), max(8, int(h_mm * k))
    img = Image.new("RGB", (W, H), bg)
    d = ImageDraw.Draw(img)
    per = rng.uniform(14, 24) * k / 6
    gap = max(3, int(k * 1.3))
    ph = rng.uniform(0, 6.28)
    for y0 in range(-gap * 4, H + gap * 4, gap):
        pts = []
        for x in range(0, W + 4, 3):
            amp = gap * (1.2 + 0.9 * math.sin(x / (W / 2.3) + ph))
            pts.append((x, y0 + amp * math.sin(x / per + y0 / 37.0)))
        d.line(pts, fill=ink_, width=1)
    return img


def microline(sh: Sheet, x, y, w, text: str, *, col=G3, pt=3.2) -> None:
    """A line of tiny repeated text (printed micro-lettering)."""
    s = (text + " ") * 40
    while wid(s, DVC, pt) > w and len(s) > 4:
        s = s[:-5]
    put(sh, x, y, s, f=DVC, pt=pt, col=col)


def emblem(sh: Sheet, x, y, size, kind: str, col=(60, 60, 66)) -> None:
    """A small drawn state mark (a sign, not a real coat of arms): 'eagle' (spread wings under a crown), 'hat' (a
    conical straw hat over a shield), 'crown7' (a crown under an arc of seven stars), 'star8' (an eight-pointed star
    round a flame), 'wreath' (a disc with rays inside a wreath), 'crescent' (a crescent and a star), 'palm' (a palm in
    an oval), 'lion' (a standing lion) or 'ring' (two rings)."""
    n = int(size * 12)
    img = Image.new("RGBA", (n, n), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    c4 = col + (255,)
    m = n / 2
    lw = max(2, n // 30)
    if kind == "eagle":
        for s_ in (-1, 1):
            for k in range(5):
                d.polygon(
                    [
                        (m, n * 0.45),
                        (m + s_ * n * (0.15 + 0.07 * k), n * (0.2 + 0.06 * k)),
                        (m + s_ * n * (0.18 + 0.07 * k), n * (0.3 + 0.06 * k)),
                    ],
                    fill=c4,
                )
        d.ellipse([m - n * 0.07, n * 0.3, m + n * 0.07, n * 0.46], fill=c4)
        d.polygon(
            [
                (m - n * 0.08, n * 0.46),
                (m + n * 0.08, n * 0.46),
                (m + n * 0.04, n * 0.78),
                (m - n * 0.04, n * 0.78),
            ],
            fill=c4,
        )
        d.polygon(
            [
                (m - n * 0.1, n * 0.22),
                (m - n * 0.06, n * 0.1),
                (m, n * 0.18),
                (m + n * 0.06, n * 0.1),
                (m + n * 0.1, n * 0.22),
            ],
            fill=c4,
        )
    elif kind == "hat":
        d.polygon([(m, n * 0.06), (m + n * 0.3, n * 0.42), (m - n * 0.3, n * 0.42)], outline=c4, width=lw * 2)
        d.ellipse([m - n * 0.05, n * 0.02, m + n * 0.05, n * 0.12], fill=c4)
        d.line([(m - n * 0.2, n * 0.32), (m + n * 0.2, n * 0.32)], fill=c4, width=lw)
        d.polygon(
            [
                (n * 0.28, n * 0.48),
                (n * 0.72, n * 0.48),
                (n * 0.72, n * 0.7),
                (m, n * 0.94),
                (n * 0.28, n * 0.7),
            ],
            outline=c4,
            width=lw * 2,
        )
        d.line([(n * 0.36, n * 0.86), (n * 0.64, n * 0.56)], fill=c4, width=lw)
        d.line([(n * 0.64, n * 0.86), (n * 0.36, n * 0.56)], fill=c4, width=lw)
    elif kind == "crown7":
        for k in range(7):
            a = math.pi + (k + 0.5) * math.pi / 7
            cx, cy = m + n * 0.4 * math.cos(a), n * 0.6 + n * 0.4 * math.sin(a)
            d.regular_polygon((cx, cy, n * 0.045), 5, fill=c4)
        d.polygon(
            [
                (m - n * 0.22, n * 0.66),
                (m - n * 0.22, n * 0.46),
                (m - n * 0.11, n * 0.56),
                (m, n * 0.4),
                (m + n * 0.11, n * 0.56),
                (m + n * 0.22, n * 0.46),
                (m + n * 0.22, n * 0.66),
            ],
            fill=c4,
        )
        d.rectangle([m - n * 0.24, n * 0.68, m + n * 0.24, n * 0.74], fill=c4)
        d.arc([n * 0.08, n * 0.5, n * 0.92, n * 1.1], 200, 340, fill=c4, width=lw)
    elif kind == "star8":
        pts = []
        for k in range(16):
            a = -math.pi / 2 + k * math.pi / 8
            r = n * (0.45 if k % 2 == 0 else 0.3)
            pts.append((m + r * math.cos(a), m + r * math.sin(a)))
        d.polygon(pts, outline=c4, width=lw * 2)
        d.polygon([(m, n * 0.3), (m + n * 0.1, n * 0.55), (m, n * 0.68), (m - n * 0.1, n * 0.55)], fill=c4)
        d.ellipse([m - n * 0.04, n * 0.5, m + n * 0.04, n * 0.58], fill=(255, 255, 255, 255))
    elif kind == "wreath":
        for k in range(22):
            a = math.pi * 0.15 + k * math.pi * 1.7 / 21
            cx, cy = m + n * 0.4 * math.cos(a), m + n * 0.4 * math.sin(a)
            d.ellipse([cx - n * 0.04, cy - n * 0.025, cx + n * 0.04, cy + n * 0.025], fill=c4)
        d.ellipse([m - n * 0.24, m - n * 0.24, m + n * 0.24, m + n * 0.24], outline=c4, width=lw * 2)
        for k in range(12):
            a = k * math.pi / 6
            d.line(
                [
                    (m + n * 0.08 * math.cos(a), m + n * 0.08 * math.sin(a)),
                    (m + n * 0.22 * math.cos(a), m + n * 0.22 * math.sin(a)),
                ],
                fill=c4,
                width=lw,
            )
    elif kind == "crescent":
        d.ellipse([n * 0.12, n * 0.12, n * 0.82, n * 0.88], fill=c4)
        d.ellipse([n * 0.26, n * 0.16, n * 0.9, n * 0.84], fill=(0, 0, 0, 0))
        d.regular_polygon((n * 0.72, m, n * 0.12), 5, rotation=18, fill=c4)
    elif kind == "palm":
        d.ellipse([n * 0.08, n * 0.04, n * 0.92, n * 0.96], outline=c4, width=lw * 2)
        d.line([(m, n * 0.86), (m + n * 0.03, n * 0.36)], fill=c4, width=lw * 3)
        for k in range(7):
            a = math.pi + (k + 0.5) * math.pi / 7
            d.arc(
                [m - n * 0.28 + n * 0.03, n * 0.22, m + n * 0.28 + n * 0.03, n * 0.62],
                math.degrees(a) - 20,
                math.degrees(a) + 20,
                fill=c4,
                width=lw * 2,
            )
            d.line(
                [
                    (m + n * 0.03, n * 0.36),
                    (m + n * 0.03 + n * 0.26 * math.cos(a), n * 0.4 + n * 0.2 * math.sin(a)),
                ],
                fill=c4,
                width=lw * 2,
            )
    elif kind == "lion":
        d.ellipse([n * 0.34, n * 0.1, n * 0.62, n * 0.36], fill=c4)
        d.polygon(
            [(n * 0.4, n * 0.34), (n * 0.7, n * 0.42), (n * 0.72, n * 0.9), (n * 0.3, n * 0.9)], fill=c4
        )
        d.line([(n * 0.7, n * 0.5), (n * 0.88, n * 0.28)], fill=c4, width=lw * 3)
        d.line([(n * 0.36, n * 0.46), (n * 0.14, n * 0.3)], fill=c4, width=lw * 3)
        d.line([(n * 0.3, n * 0.88), (n * 0.12, n * 0.96)], fill=c4, width=lw * 2)
    else:
        d.ellipse([n * 0.04, n * 0.04, n * 0.96, n * 0.96], outline=c4, width=lw * 3)
        d.ellipse([n * 0.24, n * 0.24, n * 0.76, n * 0.76], outline=c4, width=lw)
    sh.image(x, y, size, size, img)


def bars(sh: Sheet, x, y, w, h, data: str, col=BLACK) -> None:
    """A linear bar code drawn from the data (four bar widths; not a real symbology)."""
    r = random.Random(hsh("bars50", data))
    seq = [r.choice([1, 1, 2, 2, 3, 4]) for _ in range(max(30, len(str(data)) * 6))]
    unit = w / sum(seq)
    xx = x
    for i, b in enumerate(seq):
        if i % 2 == 0:
            fill(sh, xx, y, b * unit, h, col)
        xx += b * unit


def qr(sh: Sheet, x, y, size, data: str, n: int = 29, col=BLACK) -> None:
    """A square 2D code: three finder squares, a timing row, modules drawn from the data's hash."""
    r = random.Random(hsh("qr50", data))
    c = size / n
    fill(sh, x - c, y - c, size + 2 * c, size + 2 * c, (255, 255, 255))
    for i in range(n):
        for j in range(n):
            if r.random() < 0.47:
                fill(sh, x + i * c, y + j * c, c, c, col)
    for fx, fy in ((0, 0), (n - 7, 0), (0, n - 7)):
        fill(sh, x + fx * c - c * (fx > 0), y + fy * c - c * (fy > 0), 8 * c, 8 * c, (255, 255, 255))
        fill(sh, x + fx * c, y + fy * c, 7 * c, 7 * c, col)
        fill(sh, x + (fx + 1) * c, y + (fy + 1) * c, 5 * c, 5 * c, (255, 255, 255))
        fill(sh, x + (fx + 2) * c, y + (fy + 2) * c, 3 * c, 3 * c, col)
    for i in range(8, n - 8):
        fill(sh, x + i * c, y + 6 * c, c, c, col if i % 2 == 0 else (255, 255, 255))


# --------------------------------------------------------------------------- machine-readable zones


def mrz_put(sh: Sheet, x, y, lines: list[str], *, pitch=2.5, gap=1.5, col=(18, 18, 18), pt=None) -> None:
    pt = pt or pitch / 0.6 * 72 / 25.4
    for i, ln in enumerate(lines):
        for j, ch in enumerate(ln):
            put(sh, x + j * pitch, y + i * (pt * 0.3528 + gap), ch, f=OCR, pt=pt, col=col)


def latin(s: str) -> str:
    """The name as a passport's MRZ writes it (Azerbaijani schwa as A)."""
    return s.replace("ə", "a").replace("Ə", "A").replace("'", "").replace("ʻ", "")


def td3_for(
    code: str, person: Person, number: str, expiry: D, break_check, override, personal: str = ""
) -> list[str]:
    o = dict(
        surname=person.surname,
        given_names=person.given_names,
        birth_date=person.birth_date,
        nationality=person.nationality,
        sex=person.sex,
    )
    o.update(override or {})
    return M.td3(
        issuing=code,
        surname=latin(o["surname"]),
        given=latin(o["given_names"]),
        number=o.get("number", number),
        nationality=o["nationality"],
        birth_date=o["birth_date"],
        sex=o["sex"],
        expiry=expiry,
        personal_number=personal,
        break_check=break_check,
    )


def td1_for(
    code: str,
    person: Person,
    number: str,
    expiry: D,
    break_check,
    override,
    opt1: str = "",
    opt2: str = "",
    doc: str = "ID",
) -> list[str]:
    o = dict(
        surname=person.surname,
        given_names=person.given_names,
        birth_date=person.birth_date,
        nationality=person.nationality,
        sex=person.sex,
    )
    o.update(override or {})
    return M.td1(
        issuing=code,
        surname=latin(o["surname"]),
        given=latin(o["given_names"]),
        number=o.get("number", number),
        nationality=o["nationality"],
        birth_date=o["birth_date"],
        sex=o["sex"],
        expiry=expiry,
        optional1=opt1,
        optional2=opt2,
        doc_code=doc,
        break_check=break_check,
    )


# --------------------------------------------------------------------------- words and scripts


def sexw(p: Person, lang: str) -> str:
    return {
        "en": ("Male", "Female"),
        "fr": ("masculin", "féminin"),
        "nl": ("mannelijk", "vrouwelijk"),
        "de": ("männlich", "weiblich"),
        "ar": ("ذكر", "أنثى"),
        "st": ("E motona", "E motšehali"),
        "tg": ("мард", "зан"),
        "az": ("kişi", "qadın"),
        "be": ("мужчынскі", "жаночы"),
        "ru": ("мужской", "женский"),
        "tr": ("Erkek", "Kadın"),
    }[lang][0 if p.sex == "M" else 1]


def natw(code: str, lang: str) -> str:
    c = _pp.COUNTRIES.get(code)
    return c.get("adj_" + lang, c["en"]) if c else code


def landw(code_or_en: str, lang: str) -> str:
    return _pp.country_name(code_or_en, lang)


_AR = {
    "Mohammad": "محمد",
    "Ahmad": "أحمد",
    "Omar": "عمر",
    "Khaled": "خالد",
    "Yazan": "يزن",
    "Laith": "ليث",
    "Hamza": "حمزة",
    "Bashar": "بشار",
    "Tareq": "طارق",
    "Suhaib": "صهيب",
    "Anas": "أنس",
    "Zaid": "زيد",
    "Rania": "رانيا",
    "Dana": "دانا",
    "Lina": "لينا",
    "Haya": "هيا",
    "Noor": "نور",
    "Rasha": "رشا",
    "Hala": "هالة",
    "Sawsan": "سوسن",
    "Ruba": "ربى",
    "Majd": "مجد",
    "Aseel": "أسيل",
    "Tasneem": "تسنيم",
    "Al-Masri": "المصري",
    "Haddad": "حداد",
    "Khalil": "خليل",
    "Qasem": "قاسم",
    "Al-Zoubi": "الزعبي",
    "Obeidat": "عبيدات",
    "Al-Khatib": "الخطيب",
    "Nasser": "ناصر",
    "Hijazi": "حجازي",
    "Bani Hani": "بني هاني",
    "Al-Rawashdeh": "الرواشدة",
    "Abu Hammad": "أبو حماد",
    "Al-Tamimi": "التميمي",
    "Shdeifat": "الشديفات",
    "Al-Momani": "المومني",
    "Abu Zeid": "أبو زيد",
    "Amman": "عمان",
    "Irbid": "إربد",
    "Zarqa": "الزرقاء",
    "Aqaba": "العقبة",
    "Salt": "السلط",
    "Madaba": "مادبا",
    "Karak": "الكرك",
    "Mafraq": "المفرق",
    "Jerash": "جرش",
    "Ajloun": "عجلون",
    "Ma'an": "معان",
    "Mohamed": "محمد",
    "Abdulrahman": "عبد الرحمن",
    "Ali": "علي",
    "Mustafa": "مصطفى",
    "Osama": "أسامة",
    "Salem": "سالم",
    "Nouri": "نوري",
    "Faraj": "فرج",
    "Abdelhakim": "عبد الحكيم",
    "Moataz": "معتز",
    "Khalifa": "خليفة",
    "Emad": "عماد",
    "Fatma": "فاطمة",
    "Amal": "أمل",
    "Salma": "سلمى",
    "Huda": "هدى",
    "Asma": "أسماء",
    "Hanan": "حنان",
    "Samira": "سميرة",
    "Nisreen": "نسرين",
    "Khadija": "خديجة",
    "Rabia": "رابعة",
    "Zainab": "زينب",
    "Wafa": "وفاء",
    "Al-Warfalli": "الورفلي",
    "Ben Hamid": "بن حامد",
    "El-Mahdi": "المهدي",
    "Abushagur": "أبوشاقور",
    "El-Fitouri": "الفيتوري",
    "Al-Obeidi": "العبيدي",
    "Ben Ghazi": "بن غازي",
    "El-Zintani": "الزنتاني",
    "Al-Magariaf": "المقريف",
    "Shaheen": "شاهين",
    "El-Gheriani": "الغرياني",
    "Bukhatwa": "بوخطوة",
    "El-Tarhouni": "الترهوني",
    "Al-Barghathi": "البرغثي",
    "Zubia": "زوبية",
    "Al-Kikhia": "الكيخيا",
    "Tripoli": "طرابلس",
    "Benghazi": "بنغازي",
    "Misrata": "مصراتة",
    "Zawiya": "الزاوية",
    "Bayda": "البيضاء",
    "Sabha": "سبها",
    "Zliten": "زليتن",
    "Tobruk": "طبرق",
    "Ajdabiya": "أجدابيا",
    "Gharyan": "غريان",
    "Derna": "درنة",
    "Jordan": "الأردن",
    "Libya": "ليبيا",
    "Jordanian": "أردني",
    "Libyan": "ليبي",
}
_BE = {
    "Siarhei": "Сяргей",
    "Aliaksandr": "Аляксандр",
    "Dzmitry": "Дзмітрый",
    "Andrei": "Андрэй",
    "Uladzimir": "Уладзімір",
    "Mikalai": "Мікалай",
    "Pavel": "Павел",
    "Yauhen": "Яўген",
    "Artsiom": "Арцём",
    "Ihar": "Ігар",
    "Maksim": "Максім",
    "Raman": "Раман",
    "Volha": "Вольга",
    "Hanna": "Ганна",
    "Tatsiana": "Таццяна",
    "Iryna": "Ірына",
    "Yuliya": "Юлія",
    "Katsiaryna": "Кацярына",
    "Nastassia": "Настасся",
    "Darya": "Дар'я",
    "Alena": "Алена",
    "Sviatlana": "Святлана",
    "Maryna": "Марына",
    "Palina": "Паліна",
    "Kavalenka": "Каваленка",
    "Navumchyk": "Навумчык",
    "Zhuk": "Жук",
    "Kuzmich": "Кузьміч",
    "Hrynkevich": "Грынкевіч",
    "Lukashevich": "Лукашэвіч",
    "Ramanchuk": "Раманчук",
    "Sidarenka": "Сідарэнка",
    "Marchuk": "Марчук",
    "Bandarenka": "Бандарэнка",
    "Kavalchuk": "Кавальчук",
    "Shved": "Швед",
    "Karpovich": "Карповіч",
    "Vasilevich": "Васілевіч",
    "Palchuk": "Пальчук",
    "Tkachuk": "Ткачук",
    "Minsk": "Мінск",
    "Homiel": "Гомель",
    "Mahiliou": "Магілёў",
    "Viciebsk": "Віцебск",
    "Hrodna": "Гродна",
    "Brest": "Брэст",
    "Babruisk": "Бабруйск",
    "Baranavichy": "Баранавічы",
    "Pinsk": "Пінск",
    "Orsha": "Орша",
    "Lida": "Ліда",
}
_TG = {
    "Farrukh": "Фаррух",
    "Firdavs": "Фирдавс",
    "Jamshed": "Ҷамшед",
    "Rustam": "Рустам",
    "Sherali": "Шерали",
    "Umed": "Умед",
    "Behruz": "Беҳрӯз",
    "Dilshod": "Дилшод",
    "Bahrom": "Баҳром",
    "Komron": "Комрон",
    "Faridun": "Фаридун",
    "Suhrob": "Суҳроб",
    "Nilufar": "Нилуфар",
    "Mehrangez": "Меҳрангез",
    "Zarina": "Зарина",
    "Madina": "Мадина",
    "Firuza": "Фирӯза",
    "Gulnora": "Гулнора",
    "Shahnoza": "Шаҳноза",
    "Manizha": "Манижа",
    "Parvina": "Парвина",
    "Sitora": "Ситора",
    "Dilafruz": "Дилафрӯз",
    "Tahmina": "Таҳмина",
    "Rahmonzoda": "Раҳмонзода",
    "Sharifzoda": "Шарифзода",
    "Qurbonzoda": "Қурбонзода",
    "Nazarzoda": "Назарзода",
    "Saidzoda": "Саидзода",
    "Davlatzoda": "Давлатзода",
    "Karimzoda": "Каримзода",
    "Rustamzoda": "Рустамзода",
    "Safarzoda": "Сафарзода",
    "Olimzoda": "Олимзода",
    "Hakimzoda": "Ҳакимзода",
    "Nurzoda": "Нурзода",
    "Azimzoda": "Азимзода",
    "Murodzoda": "Муродзода",
    "Ismoilzoda": "Исмоилзода",
    "Sodiqzoda": "Содиқзода",
    "Dushanbe": "Душанбе",
    "Khujand": "Хуҷанд",
    "Kulob": "Кӯлоб",
    "Bokhtar": "Бохтар",
    "Istaravshan": "Истаравшан",
    "Panjakent": "Панҷакент",
    "Vahdat": "Ваҳдат",
    "Hisor": "Ҳисор",
    "Isfara": "Исфара",
    "Khorugh": "Хоруғ",
    "Tursunzoda": "Турсунзода",
}
_CYR_FALLBACK = [
    ("shch", "щ"),
    ("zh", "ж"),
    ("kh", "х"),
    ("ts", "ц"),
    ("ch", "ч"),
    ("sh", "ш"),
    ("ya", "я"),
    ("yu", "ю"),
    ("ia", "я"),
    ("iu", "ю"),
    ("a", "а"),
    ("b", "б"),
    ("v", "в"),
    ("g", "г"),
    ("h", "г"),
    ("d", "д"),
    ("e", "е"),
    ("z", "з"),
    ("i", "і"),
    ("y", "ы"),
    ("k", "к"),
    ("l", "л"),
    ("m", "м"),
    ("n", "н"),
    ("o", "о"),
    ("p", "п"),
    ("r", "р"),
    ("s", "с"),
    ("t", "т"),
    ("u", "у"),
    ("f", "ф"),
    ("c", "ц"),
    ("j", "й"),
    ("q", "к"),
    ("w", "ў"),
    ("x", "кс"),
]


def _cyr(word: str) -> str:
    low, out, i = strip_accents(word).lower(), [], 0
    while i < len(low):
        for a, b in _CYR_FALLBACK:
            if low.startswith(a, i):
                out.append(b.upper() if i == 0 else b)
                i += len(a)
                break
        else:
            out.append(word[i])
            i += 1
    return "".join(out)


def script(s: str, table: dict, *, cyr: bool = False) -> str:
    """The name in another script: the whole string, else each word, from the table (Cyrillic by letters when a word
    is not in it; an unknown word stays in Latin letters for Arabic)."""
    s = str(s)
    if s in table:
        return table[s]
    out = []
    for w in s.split(" "):
        out.append(table.get(w) or (_cyr(w) if cyr else w))
    return " ".join(out)


def arabic(s: str) -> str:
    return script(s, _AR)


def belarusian(s: str) -> str:
    return script(s, _BE, cyr=True)


def tajik(s: str) -> str:
    return script(s, _TG, cyr=True)


def dad(person: Person, given=None) -> str:
    return given or person.father or "-"


def mum(person: Person, given=None) -> str:
    return given or person.mother or "-"


def first_word(s: str) -> str:
    return str(s).split(" ")[0]


# =========================================================================== passports


def _dp(rng, bg, ink_, w=125.0, h=88.0) -> Sheet:
    pg = Sheet(w, h)
    pg.image(0, 0, w, h, waves_ground(w, h, rng, bg, ink_))
    return pg


def _cv(
    pg: Sheet, x, y, cap: str, val: str, *, cf=DVC, cpt=4.2, vf=DVC_B, vpt=7.4, ccol=G2, width=None, gap=0.3
) -> float:
    """A caption over its value; returns the y under the value."""
    put(pg, x, y, cap, f=cf, pt=cpt, col=ccol)
    yy = y + cpt * 0.37 + gap
    v = str(val)
    put(pg, x, yy, v, f=vf, pt=fit_pt(v, width, vf, vpt) if width else vpt)
    return yy + vpt * 0.36 + 1.1


def _opposite(rng, title: str, lines: list[str], *, bg=(246, 244, 236), ink_=(226, 222, 206), f=DVC) -> Sheet:
    """The page facing the data page (observations), with its printed heading and notes."""
    pg = _dp(rng, bg, ink_)
    put(pg, 62.5, 6, title, f=f, pt=6.2, at="center", col=G2)
    y = 16.0
    for ln in lines:
        put(pg, 8, y, ln, f=f, pt=5.2, col=G2)
        y += 4.4
    for k in range(9):
        hline(pg, 8, 117, 42 + k * 4.8, lw=0.12, col=G4)
    return pg


def passport_jor(
    person: Person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, **opts
):
    """Jordanian passport, copied as the OPEN SPREAD on the upper half of a portrait A4 (the observations page above,
    the data page below it, as a passport lies open on the glass), printed in black and white with toner specks.
    The data page: 'المملكة الأردنية الهاشمية · HASHEMITE KINGDOM OF JORDAN' across the top, an eagle under a crown
    at the right, the photo at the LEFT, captions Arabic after English on one line ('Name / الاسم'), the full name
    written twice (Arabic line, then the Latin line in capitals), the ten-digit national number as the personal
    number, dates '14 JUL 1982'; the issuing office 'AMMAN'."""
    issue, expiry = dates_for(rng, issue_date, expiry_date, 5)
    no = rng.choice("NPRT") + digs(rng, 6)
    nat_no = ("9" if person.sex == "M" else "2") + pdig(person, "jonn", 9)
    pg = _dp(rng, (244, 242, 234), (222, 214, 196))
    fill(pg, 0, 0, 125, 9, (24, 60, 44))
    put(pg, 121, 1.0, "المملكة الأردنية الهاشمية", f=DV_B, pt=6.6, at="right", col=(255, 255, 255))
    put(pg, 4, 1.4, "HASHEMITE KINGDOM OF JORDAN", f=DVC_B, pt=6.2, col=(255, 255, 255))
    put(pg, 4, 5.2, "PASSPORT · جواز سفر", f=DVC, pt=4.8, col=(220, 236, 226))
    emblem(pg, 104, 11, 16, "eagle", col=(190, 176, 132))
    pg.photo(4, 13, 27, 35, rng)
    st = dict(cf=DVC, cpt=4.0, vf=DVC_B, vpt=7.0)
    _cv(pg, 35, 11, "Type / النوع", "P", **st)
    _cv(pg, 50, 11, "Code / الرمز", "JOR", **st)
    _cv(pg, 68, 11, "Passport No. / رقم الجواز", no, **st)
    put(pg, 35, 18.6, "Full name / الاسم الكامل", f=DVC, pt=4.0, col=G2)
    put_fit(
        pg,
        100,
        20.4,
        f"{arabic(person.given_names)} {arabic(dad(person).split(' ')[0])} {arabic(person.surname)}",
        64,
        f=DV_B,
        pt=7.0,
        at="right",
    )
    y = 24.6
    put_fit(pg, 35, y, f"{person.given_names.upper()} {person.surname.upper()}", 64, f=DVC_B, pt=7.2)
    y += 4.6
    _cv(pg, 35, y, "Nationality / الجنسية", "JORDANIAN / أردني", **st)
    y = _cv(pg, 82, y, "Sex / الجنس", person.sex, **st)
    _cv(pg, 35, y, "Date of birth / تاريخ الولادة", dmon(person.birth_date), **st)
    y = _cv(pg, 82, y, "Place of birth / مكان الولادة", person.birth_place.upper(), width=38, **st)
    _cv(pg, 35, y, "Date of issue / تاريخ الإصدار", dmon(issue), **st)
    y = _cv(pg, 82, y, "Date of expiry / تاريخ الانتهاء", dmon(expiry), **st)
    _cv(pg, 35, y, "National No. / الرقم الوطني", nat_no, **st)
    _cv(pg, 82, y, "Authority / جهة الإصدار", "AMMAN", **st)
    mrz_put(
        pg, 5, 73, td3_for("JOR", person, no, expiry, break_check, mrz_override, personal=nat_no), pitch=2.6
    )
    opp = _opposite(
        rng,
        "OBSERVATIONS / ملاحظات",
        ["This passport is valid for all countries.", "هذا الجواز صالح لجميع البلدان"],
    )
    sh = Sheet()
    k = 1.16
    sh.image(16, 14, 125 * k, 88 * k, ras(opp, 160))
    sh.image(16, 14 + 88 * k, 125 * k, 88 * k, ras(pg, 300))
    hline(sh, 16, 16 + 125 * k, 14 + 88 * k, lw=0.7, col=G2)
    return [photocopy(sh, rng, contrast=1.25, speckle=260)]


def passport_lso(
    person: Person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, **opts
):
    """Lesotho passport PHOTOGRAPHED open on a dark blue felt table cloth, the client's thumb holding the lower edge:
    the visa page above with a faint entry stamp, the data page below; on the data page 'KINGDOM OF LESOTHO /
    MMUSO OA LESOTHO' in a blue band, a conical hat over a shield at the right, the photo at the LEFT, captions in
    English with the Sesotho word after a slash ('Surname/Fane'), dates '14 JUL 1982'."""
    issue, expiry = dates_for(rng, issue_date, expiry_date, 10)
    no = "RA" + digs(rng, 7)
    pg = _dp(rng, (236, 242, 248), (204, 218, 236))
    fill(pg, 0, 0, 125, 9.5, (18, 58, 128))
    put(pg, 4, 1.2, "KINGDOM OF LESOTHO", f=NSANS_B, pt=7.6, col=(255, 255, 255))
    put(pg, 4, 5.4, "MMUSO OA LESOTHO · PASSPORT · PASEPOTO", f=NSANS, pt=4.8, col=(214, 226, 246))
    emblem(pg, 106, 12, 15, "hat", col=(150, 170, 206))
    pg.photo(4, 13, 27, 35, rng)
    st = dict(cf=NSANS, cpt=4.0, vf=NSANS_B, vpt=7.2)
    _cv(pg, 35, 12, "Type/Mofuta", "P", **st)
    _cv(pg, 52, 12, "Code/Khoutu", "LSO", **st)
    _cv(pg, 72, 12, "Passport No./Nomoro", no, **st)
    y = _cv(pg, 35, 20, "Surname/Fane", person.surname.upper(), width=66, **st)
    y = _cv(pg, 35, y, "Given names/Mabitso", person.given_names.upper(), width=66, **st)
    _cv(pg, 35, y, "Nationality/Bochaba", "MOSOTHO", **st)
    y = _cv(pg, 82, y, "Sex/Botona", person.sex, **st)
    _cv(pg, 35, y, "Date of birth/Letsatsi la tsoalo", dmon(person.birth_date), **st)
    y = _cv(pg, 82, y, "Place of birth/Sebaka", person.birth_place.upper(), width=38, **st)
    _cv(pg, 35, y, "Date of issue/Ho fanoe", dmon(issue), **st)
    y = _cv(pg, 82, y, "Date of expiry/Ho fela", dmon(expiry), **st)
    _cv(pg, 35, y, "Authority/Molaoli", "DIRECTOR OF PASSPORTS MASERU", **st)
    mrz_put(pg, 5, 73, td3_for("LSO", person, no, expiry, break_check, mrz_override), pitch=2.6)
    visa = _dp(rng, (244, 244, 240), (226, 226, 220))
    put(visa, 62.5, 4, "VISAS", f=NSANS_B, pt=6, at="center", col=G3)
    stampit(
        visa,
        30,
        20,
        ["ENTRY", dnum(issue + datetime.timedelta(days=rng.randint(40, 300)), "-"), "MASERU BRIDGE"],
        rng,
        shape="rect",
        col=(120, 120, 150),
        mm=30,
        angle=-8,
    )
    sh = Sheet()
    k = 1.5
    sh.image((210 - 125 * k) / 2, 16, 125 * k, 88 * k, ras(visa, 150))
    sh.image((210 - 125 * k) / 2, 16 + 88 * k, 125 * k, 88 * k, ras(pg, 300))
    return [on_table(sh, rng, surface="felt", thumb=True)]


def passport_tjk(
    person: Person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, **opts
):
    """Tajik passport data page: 'ҶУМҲУРИИ ТОҶИКИСТОН · REPUBLIC OF TAJIKISTAN' over a crown under seven stars at the
    top LEFT, captions in Tajik and English on one line ('Насаб / Surname'), each name in Latin capitals with its
    Tajik Cyrillic spelling on the line under it, the photo at the RIGHT and a small ghost portrait under the MRZ's
    start, dates '14.07.1982'; copied at real size on the glass with the LID LEFT OPEN (dark grey round the page's
    corners), laid about two and a half degrees crooked, then saved as a soft low-resolution image."""
    issue, expiry = dates_for(rng, issue_date, expiry_date, 10)
    no = "40" + digs(rng, 7)
    pg = _dp(rng, (246, 240, 236), (230, 214, 206))
    emblem(pg, 3, 1, 11, "crown7", col=(170, 130, 40))
    put(pg, 16, 1.6, "ҶУМҲУРИИ ТОҶИКИСТОН", f=DV_B, pt=6.6, col=(150, 30, 30))
    put(pg, 16, 5.6, "REPUBLIC OF TAJIKISTAN · ШИНОСНОМА · PASSPORT", f=DV, pt=4.8, col=(150, 30, 30))
    pg.photo(92, 13, 28, 36, rng)
    st = dict(cf=DVC, cpt=4.0, vf=DVC_B, vpt=7.0)
    _cv(pg, 5, 13, "Навъ / Type", "P", **st)
    _cv(pg, 20, 13, "Рамз / Code", "TJK", **st)
    _cv(pg, 42, 13, "Рақами шиноснома / Passport No.", no, **st)
    y = _cv(pg, 5, 21, "Насаб / Surname", person.surname.upper(), width=80, **st)
    put(pg, 5, y - 1.2, tajik(person.surname).upper(), f=DVC, pt=5.6, col=G1)
    y = _cv(pg, 5, y + 2.4, "Ном / Given names", person.given_names.upper(), width=80, **st)
    put(pg, 5, y - 1.2, tajik(person.given_names).upper(), f=DVC, pt=5.6, col=G1)
    y += 2.4
    _cv(pg, 5, y, "Шаҳрвандӣ / Nationality", "TAJIKISTAN", **st)
    y = _cv(pg, 52, y, "Ҷинс / Sex", person.sex, **st)
    _cv(pg, 5, y, "Санаи таваллуд / Date of birth", dnum(person.birth_date), **st)
    y = _cv(pg, 52, y, "Ҷои таваллуд / Place of birth", person.birth_place.upper(), width=36, **st)
    _cv(pg, 5, y, "Санаи додан / Date of issue", dnum(issue), **st)
    _cv(pg, 52, y, "Эътибор то / Date of expiry", dnum(expiry), **st)
    pg.image(96, 52, 14, 18, ras(_ghost(), 100))
    mrz_put(pg, 5, 73, td3_for("TJK", person, no, expiry, break_check, mrz_override), pitch=2.6)
    sh = Sheet()
    fill(sh, 0, 0, 210, 297, (255, 255, 255))
    sh.image(30, 40, 150, 105.6, ras(pg, 300))
    out = leaning(sh, rng.choice([-2.6, -2.3, 2.2, 2.7]), bg=(92, 92, 96))
    return [coarse(out, 120)]


def _ghost() -> Sheet:
    g = Sheet(14, 18)
    img = Image.new("RGBA", (140, 180), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.ellipse([36, 20, 104, 96], fill=(150, 150, 160, 90))
    d.pieslice([10, 90, 130, 230], 180, 360, fill=(150, 150, 160, 90))
    g.image(0, 0, 14, 18, img)
    return g


def passport_aze(
    person: Person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, **opts
):
    """Azerbaijani passport data page: 'AZƏRBAYCAN RESPUBLİKASI · REPUBLIC OF AZERBAIJAN' in a teal band at the top
    with an eight-pointed star, captions Azerbaijani over English in two tiny lines, the seven-character personal
    identification code (FIN) in its own field, the photo at the LEFT, dates '14 07 1982'; copied on a portrait A4
    sheet near the top and saved SIDEWAYS (the scan turned a quarter, the text running up the page)."""
    issue, expiry = dates_for(rng, issue_date, expiry_date, 10)
    no = "C" + digs(rng, 8)
    fin = "".join(
        random.Random(hsh(person.surname, person.birth_date, "fin")).choice(
            "0123456789ABCDEFGHJKLMNPRSTUVXYZ"
        )
        for _ in range(7)
    )
    pg = _dp(rng, (236, 246, 244), (200, 228, 224))
    fill(pg, 0, 0, 125, 9, (0, 120, 130))
    emblem(pg, 2, 0.5, 8, "star8", col=(250, 230, 140))
    put(pg, 12, 1.2, "AZƏRBAYCAN RESPUBLİKASI", f=DV_B, pt=6.8, col=(255, 255, 255))
    put(pg, 12, 5.2, "REPUBLIC OF AZERBAIJAN · PASPORT · PASSPORT", f=DV, pt=4.6, col=(220, 246, 244))
    pg.photo(4, 12.5, 27, 35, rng)

    def f2(x, y, az, en, v, width=None):
        put(pg, x, y, az, f=DVC, pt=3.9, col=G2)
        put(pg, x, y + 1.6, en, f=DVC, pt=3.7, col=G3)
        put(pg, x, y + 3.4, v, f=DVC_B, pt=fit_pt(v, width, DVC_B, 7.0) if width else 7.0)
        return y + 7.6

    f2(35, 11, "Növü", "Type", "P")
    f2(48, 11, "Dövlətin kodu", "Code", "AZE")
    f2(72, 11, "Pasportun nömrəsi", "Passport No.", no)
    y = f2(35, 19, "Soyadı", "Surname", person.surname.upper(), 84)
    y = f2(35, y, "Adı", "Given names", person.given_names.upper(), 84)
    f2(35, y, "Vətəndaşlığı", "Nationality", "AZƏRBAYCAN / AZE")
    y = f2(90, y, "Cinsi", "Sex", person.sex)
    f2(35, y, "Doğulduğu tarix", "Date of birth", dnum(person.birth_date, " "))
    y = f2(72, y, "Doğulduğu yer", "Place of birth", person.birth_place.upper(), 48)
    f2(35, y, "Verilmə tarixi", "Date of issue", dnum(issue, " "))
    y = f2(72, y, "Etibarlıdır", "Date of expiry", dnum(expiry, " "))
    f2(35, y, "Şəxsi kod", "Personal No.", fin)
    f2(72, y, "Orqan", "Authority", "DMX / SMS")
    mrz_put(
        pg, 5, 73.5, td3_for("AZE", person, no, expiry, break_check, mrz_override, personal=fin), pitch=2.6
    )
    sh = Sheet()
    sh.image(20, 22, 170, 119.7, ras(pg, 300))
    return [turned(sh, 1)]


def passport_blr(
    person: Person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, **opts
):
    """Belarusian passport data page with captions in Belarusian, Russian and English stacked in three tiny lines,
    'РЭСПУБЛІКА БЕЛАРУСЬ · REPUBLIC OF BELARUS' at the top with a round wreath mark at the LEFT, the name in
    Belarusian Cyrillic capitals with the Latin spelling under it, the fourteen-character identification number, the
    photo at the RIGHT, dates '14 ЛІП/JUL 1982'; the A4 copy had been FOLDED IN THREE to go into an envelope (two
    creases across) and has gone yellow at the edges."""
    issue, expiry = dates_for(rng, issue_date, expiry_date, 10)
    no = rng.choice(["MP", "MC", "KH"]) + digs(rng, 7)
    r = random.Random(hsh(person.surname, person.birth_date, "idby"))
    ident = (dnum(person.birth_date, "")[:4] + dnum(person.birth_date, "")[-2:]).replace(" ", "")
    ident = (
        ("3" if person.sex == "M" else "4")
        + ident
        + r.choice("ABCEHKM")
        + digs(r, 3)
        + r.choice(["PB", "PB", "GB"])
        + digs(r, 1)
    )
    be_mon = ["СТУ", "ЛЮТ", "САК", "КРА", "МАЙ", "ЧЭР", "ЛІП", "ЖНІ", "ВЕР", "КАС", "ЛІС", "СНЕ"]

    def bd(d):
        return f"{d.day:02d} {be_mon[d.month - 1]}/{MON3['en'][d.month - 1]} {d.year}"

    pg = _dp(rng, (246, 240, 240), (232, 214, 214))
    emblem(pg, 3, 1, 11, "wreath", col=(180, 40, 40))
    put(pg, 16, 1.8, "РЭСПУБЛІКА БЕЛАРУСЬ · REPUBLIC OF BELARUS", f=DVC_B, pt=6.2, col=(120, 20, 20))
    put(pg, 16, 5.8, "ПАШПАРТ · ПАСПОРТ · PASSPORT", f=DVC, pt=4.8, col=(120, 20, 20))
    pg.photo(93, 13, 27, 35, rng)

    def f3(x, y, be, ru, en, v, width=None, v2=None):
        put(pg, x, y, f"{be} / {ru}", f=DVC, pt=3.8, col=G2)
        put(pg, x, y + 1.5, en, f=DVC, pt=3.6, col=G3)
        put(pg, x, y + 3.2, v, f=DVC_B, pt=fit_pt(v, width, DVC_B, 7.0) if width else 7.0)
        if v2:
            put(pg, x, y + 6.0, v2, f=DVC, pt=5.6, col=G1)
            return y + 10.2
        return y + 7.4

    f3(4, 13, "Тып", "Тип", "Type", "P")
    f3(18, 13, "Код", "Код", "Code", "BLR")
    f3(40, 13, "Нумар", "Номер", "Passport No.", no)
    y = f3(
        4,
        21,
        "Прозвішча",
        "Фамилия",
        "Surname",
        belarusian(person.surname).upper(),
        84,
        person.surname.upper(),
    )
    y = f3(
        4,
        y,
        "Імя",
        "Имя",
        "Given names",
        belarusian(person.given_names).upper(),
        84,
        person.given_names.upper(),
    )
    f3(4, y, "Грамадзянства", "Гражданство", "Nationality", "РЭСПУБЛІКА БЕЛАРУСЬ")
    y = f3(60, y, "Пол", "Пол", "Sex", person.sex)
    f3(4, y, "Дата нараджэння", "Дата рождения", "Date of birth", bd(person.birth_date))
    y = f3(
        48,
        y,
        "Месца нараджэння",
        "Место рождения",
        "Place of birth",
        belarusian(person.birth_place).upper(),
        40,
    )
    f3(4, y, "Дата выдачы", "Дата выдачи", "Date of issue", bd(issue))
    f3(48, y, "Дата заканчэння", "Дата окончания", "Date of expiry", bd(expiry))
    put(pg, 93, 50, "Ідэнтыфікацыйны нумар", f=DVC, pt=3.6, col=G2)
    put(pg, 93, 52, ident, f=DVC_B, pt=5.6)
    mrz_put(
        pg, 5, 73.5, td3_for("BLR", person, no, expiry, break_check, mrz_override, personal=ident), pitch=2.6
    )
    sh = Sheet()
    sh.image(22, 104, 166, 116.9, ras(pg, 300))
    return [folded(yellowed(sh, rng), rng)]


def passport_lby(
    person: Person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, **opts
):
    """Libyan passport copied with the dark green COVER's edge showing at the LEFT of the data page, a metal paper clip
    at the top (the copy was clipped to a receipt) and sent on once as a strongly compressed JPEG: 'دولة ليبيا ·
    STATE OF LIBYA' at the top with a crescent and star, captions Arabic (right) and English (left) on the same line
    at both ends of each field, the twelve-digit national number, the photo at the LEFT, dates '14/07/1982'."""
    issue, expiry = dates_for(rng, issue_date, expiry_date, 8)
    no = rng.choice("NPRZ") + digs(rng, 7)
    natno = ("1" if person.sex == "M" else "2") + str(person.birth_date.year) + pdig(person, "lynn", 7)
    pg = _dp(rng, (242, 246, 240), (214, 230, 210))
    emblem(pg, 56, 0.6, 10, "crescent", col=(30, 30, 30))
    put(pg, 4, 2.2, "STATE OF LIBYA", f=DVC_B, pt=6.8, col=(20, 80, 40))
    put(pg, 121, 1.6, "دولة ليبيا", f=DV_B, pt=7.2, at="right", col=(20, 80, 40))
    put(pg, 4, 6.4, "PASSPORT", f=DVC, pt=4.8, col=(20, 80, 40))
    put(pg, 121, 6.0, "جواز سفر", f=DV, pt=5.2, at="right", col=(20, 80, 40))
    pg.photo(4, 13, 27, 35, rng)

    def row(y, en, ar, v, width=84):
        put(pg, 35, y, en, f=DVC, pt=4.0, col=G2)
        put(pg, 121, y - 0.4, ar, f=DV, pt=4.4, at="right", col=G2)
        put(pg, 35, y + 1.9, v, f=DVC_B, pt=fit_pt(v, width, DVC_B, 7.0))
        return y + 6.6

    y = row(12, "Type / Code / Passport No.", "النوع / الرمز / رقم الجواز", f"P   LBY   {no}")
    y = row(y, "Surname", "اللقب", f"{person.surname.upper()}   {arabic(person.surname)}")
    y = row(y, "Given names", "الاسم", f"{person.given_names.upper()}   {arabic(person.given_names)}")
    y = row(y, "Nationality / Sex", "الجنسية / الجنس", f"LIBYAN   {person.sex}")
    y = row(
        y,
        "Date and place of birth",
        "تاريخ ومكان الميلاد",
        f"{dnum(person.birth_date, '/')}   {person.birth_place.upper()}",
    )
    y = row(
        y,
        "Date of issue / Date of expiry",
        "تاريخ الإصدار / تاريخ الانتهاء",
        f"{dnum(issue, '/')}   {dnum(expiry, '/')}",
    )
    row(y, "National No.", "الرقم الوطني", natno)
    mrz_put(
        pg, 5, 73.5, td3_for("LBY", person, no, expiry, break_check, mrz_override, personal=natno), pitch=2.6
    )
    sh = Sheet()
    fill(sh, 14, 38, 16, 132, (22, 60, 36))
    sh.image(26, 40, 170, 119.7, ras(pg, 300))
    paperclip(sh, 60, 30)
    return [jpeg_once(sh, 34, 150)]


def passport_sur(
    person: Person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, **opts
):
    """Surinamese passport data page: 'REPUBLIEK SURINAME' in capitals over 'REPUBLIC OF SURINAME' at the top
    CENTRE with a palm in an oval at the left, captions in Dutch over English in two small lines, the photo at the
    LEFT, dates '14 JUL 1982'; copied on a sheet with the FOUR holes of a Dutch ring binder down the left margin and a
    coffee cup's brown ring over the lower right corner of the page."""
    issue, expiry = dates_for(rng, issue_date, expiry_date, 10)
    no = "S" + rng.choice("ABCDE") + digs(rng, 6)
    pg = _dp(rng, (244, 246, 236), (220, 230, 204))
    emblem(pg, 4, 1, 11, "palm", col=(40, 110, 60))
    put(pg, 62.5, 1.6, "REPUBLIEK SURINAME", f=BOOKM_B, pt=7.8, at="center", col=(30, 90, 50))
    put(
        pg,
        62.5,
        5.6,
        "REPUBLIC OF SURINAME · PASPOORT / PASSPORT",
        f=BOOKM,
        pt=4.8,
        at="center",
        col=(30, 90, 50),
    )
    pg.photo(4, 14, 27, 35, rng)

    def f2(x, y, nl, en, v, width=None):
        put(pg, x, y, nl, f=BOOKM, pt=4.0, col=G2)
        put(pg, x, y + 1.6, en, f=BOOKM, pt=3.7, col=G3)
        put(pg, x, y + 3.4, v, f=BOOKM_B, pt=fit_pt(v, width, BOOKM_B, 7.0) if width else 7.0)
        return y + 7.6

    f2(35, 12, "Soort", "Type", "P")
    f2(48, 12, "Code", "Code", "SUR")
    f2(70, 12, "Paspoortnummer", "Passport No.", no)
    y = f2(35, 20, "Naam", "Surname", person.surname.upper(), 84)
    y = f2(35, y, "Voornamen", "Given names", person.given_names.upper(), 84)
    f2(35, y, "Nationaliteit", "Nationality", "SURINAAMSE")
    y = f2(82, y, "Geslacht", "Sex", "V/F" if person.sex == "F" else "M")
    f2(35, y, "Geboortedatum", "Date of birth", dmon(person.birth_date))
    y = f2(70, y, "Geboorteplaats", "Place of birth", person.birth_place.upper(), 50)
    f2(35, y, "Datum van afgifte", "Date of issue", dmon(issue))
    f2(70, y, "Geldig tot", "Date of expiry", dmon(expiry))
    mrz_put(pg, 5, 73.5, td3_for("SUR", person, no, expiry, break_check, mrz_override), pitch=2.6)
    sh = Sheet()
    sh.image(30, 30, 160, 112.6, ras(pg, 300))
    holes4(sh)
    coffee_ring(sh, 170, 128, 22, rng)
    return [sh]


for _c, _fn, _lang, _fid, _note in [
    (
        "JOR",
        passport_jor,
        "ar/en",
        "passport-td3-jor-open-spread-observaties-boven-zwartwit-tonerspikkels-50",
        "Jordanian passport copied as the open spread, black-and-white with toner specks",
    ),
    (
        "LSO",
        passport_lso,
        "en/st",
        "passport-td3-lso-gsm-blauw-vilt-duim-visumpagina-boven-50",
        "Lesotho passport photographed open on blue felt with a thumb on the edge",
    ),
    (
        "TJK",
        passport_tjk,
        "tg/en",
        "passport-td3-tjk-cyrillisch-onder-latijn-deksel-open-scheef-lage-resolutie-50",
        "Tajik passport copied with the lid open, crooked, low resolution",
    ),
    (
        "AZE",
        passport_aze,
        "az/en",
        "passport-td3-aze-fin-code-twee-regels-bijschrift-zijwaarts-50",
        "Azerbaijani passport with two-line captions, saved sideways",
    ),
    (
        "BLR",
        passport_blr,
        "be/ru/en",
        "passport-td3-blr-drie-talen-gestapeld-driemaal-gevouwen-vergeeld-50",
        "Belarusian passport with three stacked captions, copy folded in three and yellowed",
    ),
    (
        "LBY",
        passport_lby,
        "ar/en",
        "passport-td3-lby-groene-kaft-rand-paperclip-jpeg-50",
        "Libyan passport copied with the cover's edge and a paper clip, crushed JPEG",
    ),
    (
        "SUR",
        passport_sur,
        "nl/en",
        "passport-td3-sur-vier-perforatiegaten-koffiekring-50",
        "Surinamese passport copied with four punched holes and a coffee ring",
    ),
]:
    _id._register(_fid, "identity-document", PART, _lang, _fn, country=_c, mrz="TD3", photo=True, notes=_note)


# =========================================================================== identity cards and residence card


def _card(rng, bg, ink_, w=85.6, h=54.0) -> Sheet:
    c = Sheet(w, h)
    c.image(0, 0, w, h, waves_ground(w, h, rng, bg, ink_, k=9))
    return c


def _lay(sh: Sheet, card: Sheet, x, y, k, *, deg=0.0, dpi=300, edge=(120, 120, 126)) -> tuple[float, float]:
    """The card placed on the sheet at scale k with rounded corners and a thin outline; returns its (w, h) in mm."""
    img = ras(card, dpi)
    r = int(3.0 * dpi / 25.4)
    mask = Image.new("L", img.size, 0)
    ImageDraw.Draw(mask).rounded_rectangle([0, 0, img.width - 1, img.height - 1], radius=r, fill=255)
    ImageDraw.Draw(img).rounded_rectangle(
        [0, 0, img.width - 1, img.height - 1], radius=r, outline=edge, width=3
    )
    img.putalpha(mask)
    w, h = card.width_mm * k, card.height_mm * k
    if deg:
        img = img.rotate(deg, expand=True, resample=Image.BICUBIC)
        w, h = img.width / (dpi / 25.4) * k, img.height / (dpi / 25.4) * k
    sh.image(x, y, w, h, img)
    return w, h


def idcard_lso(
    person: Person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, **opts
):
    """Lesotho national identity card in English with Sesotho captions after a slash: the front with 'KINGDOM OF
    LESOTHO' and 'NATIONAL IDENTITY CARD / KARETE EA BOITSEBISO' on a pale blue ground, the photo at the LEFT, the
    eleven-digit ID number in bold at the top right; the back with the place of birth, the issuing district and the
    TD1 machine-readable zone. Both sides were TAPED onto an A4 sheet (clear tape over the corners), the front at the
    top LEFT and the back at the bottom RIGHT, copied at 140 %."""
    issue, expiry = dates_for(rng, issue_date, expiry_date, 10)
    nid = "0" + pdig(person, "lsoid", 10)
    fr = _card(rng, (234, 242, 250), (206, 222, 240))
    fill(fr, 0, 0, 85.6, 8, (20, 70, 150))
    put(fr, 3, 1.2, "KINGDOM OF LESOTHO", f=NSANS_B, pt=6.4, col=(255, 255, 255))
    put(fr, 3, 4.6, "NATIONAL IDENTITY CARD / KARETE EA BOITSEBISO", f=NSANS, pt=3.6, col=(220, 232, 250))
    put(fr, 82, 10, nid, f=NSANS_B, pt=7.2, at="right", col=(20, 40, 110))
    fr.photo(3, 11, 21, 27, rng)
    emblem(fr, 66, 34, 16, "hat", col=(190, 204, 228))
    y = 15.0
    for cap, v in [
        ("Surname/Fane", person.surname.upper()),
        ("Names/Mabitso", person.given_names.upper()),
        ("Sex/Botona", person.sex),
        ("Date of birth/Letsatsi la tsoalo", dmon(person.birth_date)),
        ("Expiry/Ho fela", dmon(expiry)),
    ]:
        put(fr, 27, y, cap, f=NSANS, pt=3.4, col=G2)
        put_fit(fr, 27, y + 1.3, v, 54, f=NSANS_B, pt=5.6)
        y += 4.9
    signat(fr, 4, 42, rng, w=18, h=6, col=INK_BLACK)
    bk = _card(rng, (238, 242, 248), (214, 222, 236))
    for i, (cap, v) in enumerate(
        [
            ("Place of birth/Sebaka sa tsoalo", person.birth_place.upper()),
            ("Date of issue/Ho fanoe", dmon(issue)),
            ("Issued at/E fanoe", "NIC MASERU"),
        ]
    ):
        put(bk, 3, 3 + i * 6, cap, f=NSANS, pt=3.4, col=G2)
        put(bk, 3, 4.4 + i * 6, v, f=NSANS_B, pt=5.4)
    bars(bk, 52, 3, 30, 8, nid)
    mrz_put(bk, 4, 35, td1_for("LSO", person, nid, expiry, break_check, mrz_override), pitch=2.6, gap=0.7)
    sh = Sheet()
    w, h = _lay(sh, fr, 14, 22, 1.4)
    tape(sh, 10, 18, 22, 7, angle=35)
    tape(sh, 14 + w - 14, 22 + h - 4, 22, 7, angle=35)
    w2, h2 = _lay(sh, bk, 196 - 85.6 * 1.4, 150, 1.4)
    tape(sh, 196 - 85.6 * 1.4 - 6, 146, 22, 7, angle=-35)
    tape(sh, 196 - 18, 150 + h2 - 4, 22, 7, angle=-35)
    return [sh]


def idcard_tjk(
    person: Person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, **opts
):
    """Tajik national identity card: the front with 'ҶУМҲУРИИ ТОҶИКИСТОН · REPUBLIC OF TAJIKISTAN' and 'ШИНОСНОМА /
    IDENTITY CARD', a crown under seven stars, captions Tajik/English, the names in Latin capitals with the Tajik
    spelling under them, the photo at the LEFT; the back with the place of birth in both scripts, the issuing office
    and the TD1 zone. Copied in BLACK AND WHITE with both sides SIDE BY SIDE on an A4 turned to LANDSCAPE, and the
    law office's violet 'kopie conform het origineel' stamp with a paraph pressed under the two sides."""
    issue, expiry = dates_for(rng, issue_date, expiry_date, 10)
    no = "A" + digs(rng, 8)
    fr = _card(rng, (248, 240, 236), (232, 214, 206))
    emblem(fr, 2, 1, 8, "crown7", col=(160, 120, 30))
    put(fr, 11, 1.4, "ҶУМҲУРИИ ТОҶИКИСТОН", f=DV_B, pt=5.4, col=(140, 30, 30))
    put(fr, 11, 4.6, "REPUBLIC OF TAJIKISTAN · ШИНОСНОМА / IDENTITY CARD", f=DV, pt=3.4, col=(140, 30, 30))
    fr.photo(3, 11, 21, 27, rng)
    y = 11.0
    for cap, v, v2 in [
        ("Насаб / Surname", person.surname.upper(), tajik(person.surname).upper()),
        ("Ном / Name", person.given_names.upper(), tajik(person.given_names).upper()),
        ("Ҷинс / Sex", person.sex, None),
        ("Санаи таваллуд / Date of birth", dnum(person.birth_date), None),
        ("Рақам / Card No.", no, None),
        ("Эътибор то / Expiry", dnum(expiry), None),
    ]:
        put(fr, 27, y, cap, f=DVC, pt=3.3, col=G2)
        put_fit(fr, 27, y + 1.2, v, 55, f=DVC_B, pt=5.4)
        if v2:
            put(fr, 27, y + 3.6, v2, f=DVC, pt=3.8, col=G1)
            y += 1.8
        y += 4.4
    signat(fr, 4, 42, rng, w=18, h=6, col=INK_BLACK)
    bk = _card(rng, (246, 242, 238), (230, 220, 212))
    put(bk, 3, 3, "Ҷои таваллуд / Place of birth", f=DVC, pt=3.3, col=G2)
    put(bk, 3, 4.5, f"{person.birth_place.upper()} / {tajik(person.birth_place).upper()}", f=DVC_B, pt=5.2)
    put(bk, 3, 10, "Мақомот / Authority", f=DVC, pt=3.3, col=G2)
    put(bk, 3, 11.5, "ВКД ҶТ / MIA RT", f=DVC_B, pt=5.2)
    put(bk, 3, 17, "Санаи додан / Date of issue", f=DVC, pt=3.3, col=G2)
    put(bk, 3, 18.5, dnum(issue), f=DVC_B, pt=5.2)
    qr(bk, 64, 3, 18, no + person.surname, n=25)
    mrz_put(bk, 4, 35, td1_for("TJK", person, no, expiry, break_check, mrz_override), pitch=2.6, gap=0.7)
    sh = Sheet(297, 210)
    _lay(sh, fr, 22, 40, 1.45)
    _lay(sh, bk, 22 + 85.6 * 1.45 + 10, 40, 1.45)
    stampit(
        sh,
        110,
        130,
        ["KOPIE CONFORM", "HET ORIGINEEL", "ADVOCATENKANTOOR"],
        rng,
        shape="rect",
        col=ST_VIOLET,
        mm=56,
        angle=-3,
    )
    signat(sh, 175, 140, rng, w=26, h=10, col=INK_BLUE, style="initials")
    return [photocopy(sh, rng, contrast=1.2, speckle=80)]


def permit_nld(
    person: Person,
    rng,
    *,
    issue_date=None,
    expiry_date=None,
    break_check=None,
    mrz_override=None,
    v_number=None,
    purpose=None,
    **opts,
):
    """Dutch residence document ('VERBLIJFSDOCUMENT', 'Verblijfsvergunning regulier') copied in COLOUR at 150 % with
    both sides ONE UNDER THE OTHER at the LEFT of a portrait A4, the V-number printed on the front after 'VNR', the
    purpose of stay and the work remark ('Arbeid ...') on the back above the TD1 zone; the client wrote 'voor- en
    achterkant' in pencil at the right of the front."""
    issue, expiry = dates_for(rng, issue_date, expiry_date, 5)
    no = rng.choice("XYZ") + "".join(rng.choice("BCDFGHJKLMNPRSTVWXZ") for _ in range(2)) + digs(rng, 6)
    vn = v_number or person.v_number or digs(rng, 10)
    fr = _card(rng, (232, 240, 248), (204, 218, 238))
    fill(fr, 0, 0, 85.6, 6, (196, 90, 20))
    put(fr, 3, 1.0, "VERBLIJFSDOCUMENT", f=NSANS_B, pt=5.6, col=(255, 255, 255))
    put(fr, 82, 1.4, "NEDERLAND", f=NSANS_B, pt=4.6, col=(255, 255, 255), at="right")
    emblem(fr, 70, 8, 12, "lion", col=(200, 160, 60))
    fr.photo(3, 9, 21, 27, rng)
    put(fr, 27, 8, "Verblijfsvergunning regulier", f=NSANS, pt=4.0, col=G1)
    y = 12.0
    for cap, v in [
        ("Naam", person.surname.upper()),
        ("Voornamen", person.given_names.upper()),
        ("Geboortedatum / Geslacht", f"{dnum(person.birth_date, ' ')}  {person.sex}"),
        ("Nationaliteit", person.nationality),
        ("Geldig tot", dnum(expiry, " ")),
        ("VNR", vn),
    ]:
        put(fr, 27, y, cap, f=NSANS, pt=3.3, col=G2)
        put_fit(fr, 27, y + 1.3, v, 44, f=NSANS_B, pt=5.6)
        y += 4.8
    signat(fr, 4, 40, rng, w=18, h=6, col=INK_BLACK)
    bk = _card(rng, (236, 240, 248), (214, 222, 238))
    put(bk, 3, 3, f"Verblijfsdoel: {purpose or 'regulier bepaalde tijd'}", f=NSANS_B, pt=5.0)
    put(
        bk,
        3,
        7,
        "Arbeid niet toegestaan."
        if "medisch" in (purpose or "")
        else "Arbeid vrij toegestaan. TWV niet vereist.",
        f=NSANS,
        pt=4.6,
    )
    put(bk, 3, 11, f"Afgifte {dnum(issue, '-')} · docnr. {no}", f=NSANS, pt=4.4, col=G1)
    mrz_put(
        bk, 4, 35, td1_for("NLD", person, no, expiry, break_check, mrz_override, doc="IR"), pitch=2.6, gap=0.7
    )
    sh = Sheet()
    k = 1.5
    _lay(sh, fr, 12, 18, k)
    _lay(sh, bk, 12, 18 + 54 * k + 10, k)
    hand(sh, 12 + 85.6 * k + 6, 40, "voor- en", rng, f=HAND_LEAN, pt=13, col=G2)
    hand(sh, 12 + 85.6 * k + 6, 48, "achterkant", rng, f=HAND_LEAN, pt=13, col=G2)
    return [sh]


_id._register(
    "idcard-td1-lso-tweetalig-geplakt-met-plakband-140-schuin-tegenover-50",
    "identity-document",
    PART,
    "en/st",
    idcard_lso,
    country="LSO",
    mrz="TD1",
    photo=True,
    notes="Lesotho identity card taped onto A4, front top left and back bottom right",
)
_id._register(
    "idcard-td1-tjk-naast-elkaar-liggend-zwartwit-kopie-conform-stempel-50",
    "identity-document",
    PART,
    "tg/en",
    idcard_tjk,
    country="TJK",
    mrz="TD1",
    photo=True,
    notes="Tajik identity card, both sides in landscape, black and white, conformity stamp",
)
_id._register(
    "permit-vvr-onder-elkaar-links-150-potlood-notitie-50",
    "identity-document",
    PART,
    "nl",
    permit_nld,
    country="NLD",
    mrz="TD1",
    photo=True,
    notes="Dutch residence document, both sides one under the other at 150 %, pencil note",
)


# =========================================================================== birth records
# the four records in a language the authorities do not accept untranslated are drawn from one description each
# (keys, captions and values), which this part's sworn translations render again in their own language

_TR_NAT = {
    "JOR": "ÜRDÜN",
    "LSO": "LESOTO",
    "TJK": "TACİKİSTAN",
    "AZE": "AZERBAYCAN",
    "BLR": "BELARUS",
    "LBY": "LİBYA",
}
_TR_ILCE = {
    "İstanbul": "ÜSKÜDAR",
    "Ankara": "KEÇİÖREN",
    "İzmir": "BORNOVA",
    "Gaziantep": "ŞEHİTKAMİL",
    "Van": "TUŞBA",
}


def rec_tur(person: Person) -> dict:
    reg = reg_date(person, "tr50", 3, 30)
    ilce = _TR_ILCE.get(person.birth_place, "MERKEZ")
    return dict(
        reg=reg,
        title="YABANCI DOĞUM BİLDİRİMİ KAYIT ÖRNEĞİ",
        issued=copy_date(person, "tr50", 60, 700),
        office=f"{person.birth_place.upper()} / {ilce} İLÇE NÜFUS MÜDÜRLÜĞÜ",
        no=f"{reg.year}/{pdig(person, 'trno', 5)}",
        rows=[
            ("given", "Adı", person.given_names.upper()),
            ("surname", "Soyadı", person.surname.upper()),
            ("sex", "Cinsiyeti", sexw(person, "tr").upper()),
            ("birth_date", "Doğum Tarihi", dnum(person.birth_date, ".")),
            ("birth_place", "Doğum Yeri", f"{person.birth_place.upper()} / {ilce}"),
            ("father", "Baba Adı", first_word(dad(person)).upper()),
            ("mother", "Ana Adı", first_word(mum(person)).upper()),
            ("nationality", "Uyruğu", _TR_NAT.get(person.nationality, person.nationality)),
            ("idno", "Yabancı Kimlik No", "99" + pdig(person, "ykn50", 9)),
            ("reg_date", "Bildirim Tarihi", dnum(reg, ".")),
        ],
    )


def birth_tur(person: Person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Turkish population office's CERTIFIED EXTRACT of the birth notification of a foreign national born in Türkiye
    ('YABANCI DOĞUM BİLDİRİMİ KAYIT ÖRNEĞİ'), printed by a DOT-MATRIX printer into a pre-printed grid of numbered
    cells (1 to 10, Turkish captions in small capitals at each cell's top), the office and record number in a line
    over the grid, the registrar's signature and round wet stamp at the lower RIGHT, a blue rectangular 'ASLI
    GİBİDİR' (true copy) stamp across the grid's last row and a revenue sticker at the lower LEFT."""
    R = rec_tur(person)
    sh = Sheet()
    put(sh, 105, 14, "T.C.", f=SERIF_B, pt=11, at="center")
    put(sh, 105, 20, "İÇİŞLERİ BAKANLIĞI", f=SERIF_B, pt=11, at="center")
    put(sh, 105, 26, "Nüfus ve Vatandaşlık İşleri Genel Müdürlüğü", f=SERIF, pt=10, at="center")
    put(sh, 105, 38, R["title"], f=SERIF_B, pt=12.5, at="center")
    put(sh, 20, 48, f"Müdürlük: {R['office']}", f=SERIF, pt=9.4)
    put(sh, 190, 48, f"Kayıt No: {R['no']}", f=SERIF, pt=9.4, at="right")
    y = 56.0
    for i, (_k, cap, v) in enumerate(R["rows"]):
        x = 20 if i % 2 == 0 else 105
        if i % 2 == 0 and i:
            y += 17
        frame(sh, x, y, 85, 17, lw=0.35)
        put(sh, x + 2, y + 1.5, f"{i + 1}. {cap.upper()}", f=SERIF, pt=7.2, col=G1)
        put_fit(sh, x + 4, y + 8, v, 78, f=DVM_B, pt=10.5, col=(40, 40, 48))
    y += 17
    put(sh, 20, y + 8, f"Düzenleme tarihi: {dnum(R['issued'], '.')}", f=SERIF, pt=9.6)
    stampit(sh, 60, y - 14, ["ASLI GİBİDİR"], rng, shape="rect", col=ST_BLUE, mm=44, angle=-4)
    signat(sh, 132, y + 14, rng, w=42, h=13, col=INK_BLUE)
    put(sh, 152, y + 30, "Nüfus Müdürü", f=SERIF_I, pt=9.4, at="center")
    stampit(
        sh,
        118,
        y + 8,
        ["T.C. İÇİŞLERİ BAKANLIĞI", "NÜFUS MÜDÜRLÜĞÜ", person.birth_place.upper()[:12]],
        rng,
        col=ST_VIOLET,
        mm=30,
    )
    fill(sh, 22, y + 26, 26, 30, (236, 226, 196))
    frame(sh, 22, y + 26, 26, 30, lw=0.4, col=(150, 120, 60))
    put(sh, 35, y + 30, "DEĞERLİ", f=SANS_B, pt=6.4, at="center", col=(120, 90, 40))
    put(sh, 35, y + 34, "KAĞIT", f=SANS_B, pt=6.4, at="center", col=(120, 90, 40))
    put(sh, 35, y + 44, "₺ 75", f=DV_B, pt=10, at="center", col=(120, 90, 40))
    return [sh]


def birth_jor(person: Person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Jordanian birth certificate of the Civil Status and Passports Department, BILINGUAL in two columns, English
    at the LEFT and Arabic at the RIGHT (each column its own captions and values, the names in Arabic letters in the
    right column), on a pale green wavy security ground with a framed title band 'BIRTH CERTIFICATE · شهادة ولادة',
    the national number and the registration number at the top, the registrar's signature BELOW the columns at the
    centre with the department's round stamp; the certificate had been FOLDED IN TWO down the middle."""
    issue = issue_date or copy_date(person, "jo50")
    reg = act_date or reg_date(person, "jo50")
    sh = Sheet()
    sh.image(10, 10, 190, 277, waves_ground(190, 277, rng, (240, 248, 240), (206, 228, 210), k=4))
    frame(sh, 10, 10, 190, 277, lw=0.8, col=(40, 110, 60))
    emblem(sh, 96, 16, 18, "eagle", col=(40, 90, 50))
    put(sh, 18, 20, "HASHEMITE KINGDOM OF JORDAN", f=SERIF_B, pt=10.5)
    put(sh, 18, 26, "Ministry of Interior", f=SERIF, pt=9)
    put(sh, 18, 31, "Civil Status and Passports Department", f=SERIF, pt=9)
    put(sh, 192, 19, "المملكة الأردنية الهاشمية", f=DV_B, pt=11, at="right")
    put(sh, 192, 26, "وزارة الداخلية", f=DV, pt=9.6, at="right")
    put(sh, 192, 32, "دائرة الأحوال المدنية والجوازات", f=DV, pt=9.6, at="right")
    fill(sh, 40, 42, 130, 11, (40, 110, 60))
    put(sh, 105, 44, "BIRTH CERTIFICATE  ·  شهادة ولادة", f=DV_B, pt=12, at="center", col=(255, 255, 255))
    nat_no = ("9" if person.sex == "M" else "2") + pdig(person, "jonn", 9)
    put(sh, 18, 60, f"National No.: {nat_no}", f=SERIF_B, pt=9.6)
    put(sh, 192, 60, f"{nat_no} :الرقم الوطني", f=DV, pt=9.6, at="right")
    put(sh, 18, 66, f"Registration No.: {pdig(person, 'joreg', 6)}", f=SERIF, pt=9.6)
    fa, mo = dad(person, father), mum(person, mother)
    left = [
        ("Name", f"{person.given_names} {person.surname}"),
        ("Sex", sexw(person, "en")),
        ("Date of birth", dword(person.birth_date, "en")),
        ("Place of birth", person.birth_place),
        ("Father's name", fa),
        ("Mother's name", mo),
        ("Nationality", "Jordanian"),
        ("Date of registration", dnum(reg, "/")),
        ("Date of issue", dnum(issue, "/")),
    ]
    right = [
        ("الاسم", f"{arabic(person.given_names)} {arabic(person.surname)}"),
        ("الجنس", sexw(person, "ar")),
        ("تاريخ الولادة", dnum(person.birth_date, "/", order="ymd")),
        ("مكان الولادة", arabic(person.birth_place)),
        ("اسم الأب", arabic(fa)),
        ("اسم الأم", arabic(mo)),
        ("الجنسية", "أردني"),
        ("تاريخ التسجيل", dnum(reg, "/", order="ymd")),
        ("تاريخ الإصدار", dnum(issue, "/", order="ymd")),
    ]
    y = 78.0
    vline(sh, 105, 74, 78 + len(left) * 13, lw=0.3, col=(40, 110, 60))
    for (a, v), (b, w) in zip(left, right):
        put(sh, 18, y, a, f=SERIF_I, pt=8.4, col=G1)
        put_fit(sh, 18, y + 4, v, 84, f=SERIF_B, pt=10.5)
        put(sh, 192, y, b, f=DV, pt=8.4, at="right", col=G1)
        put_fit(sh, 192, y + 4, w, 84, f=DV_B, pt=10.5, at="right")
        hline(sh, 16, 194, y + 10.5, lw=0.15, col=(150, 190, 160))
        y += 13
    signat(sh, 84, y + 10, rng, w=42, h=13, col=INK_BLUE)
    hline(sh, 76, 134, y + 25, lw=0.3)
    put(sh, 105, y + 27, "Registrar / أمين السجل المدني", f=DV, pt=8.6, at="center")
    stampit(
        sh,
        136,
        y + 4,
        ["CIVIL STATUS DEPT", "JORDAN", person.birth_place.upper()[:12]],
        rng,
        col=ST_BLUE,
        mm=30,
    )
    return [folded(sh, rng, at=(0.5,), vertical=True)]


def birth_lso(person: Person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Lesotho birth certificate of the Ministry of Home Affairs under the Births and Deaths Registration Act 1973:
    the kingdom's mark and name at the top CENTRE, the entry as a THREE-COLUMN TABLE ('Particulars | Child | Mother
    | Father' in ruled rows: names, date, place, nationality, occupation), the entry number and the date of
    registration in a line under the table, the District Registrar's signature at the LOWER LEFT above the printed
    title with the ministry's oval stamp beside it; copied from an OLD, YELLOWED original with a paper clip at the top
    edge."""
    issue = issue_date or copy_date(person, "ls50")
    reg = act_date or reg_date(person, "ls50", 5, 90)
    fa, mo = dad(person, father), mum(person, mother)
    sh = Sheet()
    emblem(sh, 97, 12, 16, "hat", col=(40, 40, 46))
    put(sh, 105, 31, "KINGDOM OF LESOTHO", f=BOOKM_B, pt=13, at="center")
    put(sh, 105, 38, "MINISTRY OF HOME AFFAIRS", f=BOOKM, pt=9.6, at="center")
    put(sh, 105, 47, "BIRTH CERTIFICATE", f=BOOKM_B, pt=16, at="center")
    put(
        sh, 105, 55, "Births and Deaths Registration Act No. 22 of 1973", f=BOOKM, pt=8.6, at="center", col=G1
    )
    rows = [
        ("Surname", person.surname, fa.split(" ")[-1], mo.split(" ")[-1] if " " in mo else "-"),
        (
            "Forenames",
            person.given_names,
            " ".join(fa.split(" ")[:-1]) or fa,
            " ".join(mo.split(" ")[:-1]) or mo,
        ),
        ("Sex", sexw(person, "en"), "Male", "Female"),
        ("Date of birth", dword(person.birth_date, "en"), "-", "-"),
        ("Place of birth", f"{person.birth_place}, {landw(person.birth_country, 'en')}", "-", "-"),
        ("Nationality", "Mosotho", "Mosotho", "Mosotho"),
        (
            "Occupation",
            "-",
            random.Random(hsh(fa)).choice(["Farmer", "Teacher", "Mine worker", "Driver"]),
            random.Random(hsh(mo)).choice(["Nurse", "Trader", "Housewife", "Seamstress"]),
        ),
    ]
    xs = [16, 58, 104, 150, 194]
    y = 64.0
    for i, r in enumerate([("Particulars", "Child", "Father", "Mother")] + rows):
        hdr = i == 0
        for j in range(4):
            frame(sh, xs[j], y, xs[j + 1] - xs[j], 11, lw=0.3, fill=(232, 232, 226) if hdr else None)
            put_fit(
                sh,
                xs[j] + 2,
                y + 3,
                r[j],
                xs[j + 1] - xs[j] - 4,
                f=BOOKM_B if hdr or j == 0 else BOOKM,
                pt=9.2,
            )
        y += 11
    put(
        sh,
        16,
        y + 8,
        f"Entry No. {pdig(person, 'lsent', 4)}/{reg.year}     Registered on {dword(reg, 'en')}",
        f=BOOKM,
        pt=9.6,
    )
    put(sh, 16, y + 15, f"District: {person.birth_place}     Issued on {dword(issue, 'en')}", f=BOOKM, pt=9.6)
    signat(sh, 20, y + 26, rng, w=44, h=13, col=INK_BLACK)
    hline(sh, 16, 86, y + 41, lw=0.3)
    put(sh, 16, y + 43, "District Registrar of Births and Deaths", f=BOOKM, pt=8.8)
    stampit(
        sh,
        96,
        y + 26,
        ["MINISTRY OF HOME AFFAIRS", "LESOTHO", "REGISTRAR"],
        rng,
        shape="oval",
        col=ST_VIOLET,
        mm=40,
    )
    paperclip(sh, 150, 2)
    return [yellowed(sh, rng, tone=(244, 232, 200))]


_BE_TOWNS_FR = {
    "Bruxelles",
    "Schaerbeek",
    "Anderlecht",
    "Liège",
    "Charleroi",
    "Namur",
    "Molenbeek-Saint-Jean",
}


def birth_bel(person: Person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Belgian extract of a birth act from the civil-status database, printed by the municipality: the town's name
    with a small round mark at the top LEFT and 'Burgerlijke Stand · Uittreksel uit een akte van geboorte' (or
    the French forms) at the RIGHT, the DABS act number and the date of the act in a ruled box, the particulars as a
    table whose captions sit RIGHT-ALIGNED in a grey column against the values, the parents in their own block, and
    at the foot the sentence on the electronic seal with a 2D code at the LOWER RIGHT; no handwritten signature."""
    issue = issue_date or copy_date(person, "be50", 20, 400)
    act = act_date or reg_date(person, "be50", 1, 12)
    town = person.birth_place
    fr = town in _BE_TOWNS_FR
    T = dict(
        cs="État civil" if fr else "Burgerlijke Stand",
        title="Extrait d'un acte de naissance" if fr else "Uittreksel uit een akte van geboorte",
        act="Numéro d'acte BAEC" if fr else "Aktenummer DABS",
        on="Acte établi le" if fr else "Akte opgemaakt op",
        rows=(
            ["Nom", "Prénom(s)", "Sexe", "Date de naissance", "Lieu de naissance"]
            if fr
            else ["Naam", "Voornaam/voornamen", "Geslacht", "Geboortedatum", "Geboorteplaats"]
        ),
        par="Parents" if fr else "Ouders",
        fa="Père / parent" if fr else "Vader / ouder",
        mo="Mère / parent" if fr else "Moeder / ouder",
        seal=(
            "Le présent extrait est revêtu d'un cachet électronique de la commune. Son authenticité peut être "
            "vérifiée au moyen du code ci-contre."
            if fr
            else "Dit uittreksel is voorzien van een elektronisch zegel van de gemeente. De echtheid kan worden "
            "nagegaan met de code hiernaast."
        ),
        iss="Délivré le" if fr else "Afgegeven op",
        town=("Commune de " if fr else "Gemeente ") + town,
    )
    sh = Sheet()
    emblem(sh, 16, 12, 12, "ring", col=(30, 60, 120))
    put(sh, 31, 13, T["town"], f=NSANS_B, pt=11.5)
    put(sh, 31, 19, T["cs"], f=NSANS, pt=9, col=G1)
    put(sh, 194, 13, T["title"], f=NSANS_B, pt=11, at="right")
    frame(sh, 112, 24, 82, 14, lw=0.3, col=G2)
    put(sh, 115, 26, T["act"], f=NSANS, pt=7.6, col=G1)
    put(sh, 115, 30.5, f"{act.year}/{pdig(person, 'dabs', 7)}", f=NSANS_B, pt=10)
    put(sh, 160, 26, T["on"], f=NSANS, pt=7.6, col=G1)
    put(sh, 160, 30.5, dnum(act, "/"), f=NSANS_B, pt=10)
    vals = [
        person.surname.upper(),
        person.given_names,
        sexw(person, "fr" if fr else "nl"),
        dnum(person.birth_date, "/"),
        town,
    ]
    y = 50.0
    for cap, v in zip(T["rows"], vals):
        fill(sh, 16, y, 60, 9, (232, 232, 236))
        put(sh, 74, y + 2.4, cap, f=NSANS, pt=9, at="right", col=G1)
        put_fit(sh, 80, y + 2.2, v, 112, f=NSANS_B, pt=10.5)
        hline(sh, 16, 194, y + 9, lw=0.12, col=G3)
        y += 9
    put(sh, 16, y + 8, T["par"], f=NSANS_B, pt=10.5)
    y += 15
    for cap, v in [(T["fa"], dad(person, father)), (T["mo"], mum(person, mother))]:
        fill(sh, 16, y, 60, 9, (232, 232, 236))
        put(sh, 74, y + 2.4, cap, f=NSANS, pt=9, at="right", col=G1)
        put_fit(sh, 80, y + 2.2, v, 112, f=NSANS_B, pt=10.5)
        hline(sh, 16, 194, y + 9, lw=0.12, col=G3)
        y += 9
    put(sh, 16, y + 10, f"{T['iss']} {dnum(issue, '/')}", f=NSANS, pt=9.6)
    block(sh, 16, 246, 140, T["seal"], f=NSANS, pt=8, lead=1.35, col=G1)
    qr(sh, 164, 238, 28, f"{person.surname}{act}")
    return [sh]


def _az_patronymic(person: Person) -> str:
    fa = first_word(dad(person))
    return f"{fa} {'oğlu' if person.sex == 'M' else 'qızı'}"


def rec_aze(person: Person) -> dict:
    reg = reg_date(person, "az50", 3, 28)
    return dict(
        reg=reg,
        title="DOĞUM HAQQINDA ŞƏHADƏTNAMƏ",
        series=f"AV № {pdig(person, 'azser', 7)}",
        issued=copy_date(person, "az50", 80, 900),
        office=f"{person.birth_place} şəhəri Qeydiyyat Şöbəsi",
        rows=[
            ("surname", "Soyadı", person.surname),
            ("given", "Adı", person.given_names),
            ("patronymic", "Atasının adı", _az_patronymic(person)),
            (
                "birth_date",
                "Doğulduğu tarix",
                f"{dnum(person.birth_date)} ({dword(person.birth_date, 'az')})",
            ),
            ("birth_place", "Doğulduğu yer", f"{person.birth_place}, Azərbaycan Respublikası"),
            ("father", "Atası", f"{dad(person)}, azərbaycanlı"),
            ("mother", "Anası", f"{mum(person)}, azərbaycanlı"),
            ("reg_no", "Doğum haqqında akt qeydinin nömrəsi", pdig(person, "azakt", 4)),
            ("reg_date", "Qeydiyyat tarixi", dnum(reg)),
        ],
    )


def birth_aze(person: Person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Azerbaijani birth certificate ('DOĞUM HAQQINDA ŞƏHADƏTNAMƏ') on the state's pale blue-green blank with a wavy
    ground and a double frame, Azerbaijani only: the republic's name and an eight-pointed star at the top, the red
    series number 'AV № ...' at the top RIGHT, the particulars as captions at the LEFT with the values TYPED on
    ruled lines at the right, the birth date in digits and in words, the registry office, the head's signature and
    the round stamp at the foot; PHOTOGRAPHED on a white marble table top."""
    R = rec_aze(person)
    sh = Sheet()
    sh.image(14, 14, 182, 269, waves_ground(182, 269, rng, (232, 244, 244), (196, 222, 226), k=4))
    frame(sh, 14, 14, 182, 269, lw=1.0, col=(40, 110, 120))
    frame(sh, 18, 18, 174, 261, lw=0.3, col=(40, 110, 120))
    emblem(sh, 97, 24, 16, "star8", col=(30, 100, 110))
    put(sh, 105, 44, "AZƏRBAYCAN RESPUBLİKASI", f=DVS_B, pt=12, at="center")
    put(sh, 105, 54, R["title"], f=DVS_B, pt=14, at="center", col=(30, 80, 90))
    put(sh, 186, 26, R["series"], f=DVS_B, pt=10.5, at="right", col=(180, 30, 40))
    y = 70.0
    for _k, cap, v in R["rows"]:
        put(sh, 26, y, cap, f=DVS, pt=8.6, col=G1)
        put_fit(sh, 90, y - 0.4, v, 98, f=DVM, pt=10)
        hline(sh, 88, 188, y + 5, lw=0.2, col=G2)
        y += 14
    put(sh, 26, y + 4, "Qeydiyyat orqanı", f=DVS, pt=8.6, col=G1)
    put_fit(sh, 90, y + 3.6, R["office"], 98, f=DVM, pt=10)
    put(sh, 26, y + 16, "Verilmə tarixi", f=DVS, pt=8.6, col=G1)
    put(sh, 90, y + 15.6, dnum(R["issued"]), f=DVM, pt=10)
    put(sh, 26, y + 34, "Qeydiyyat orqanının rəhbəri", f=DVS, pt=8.6)
    signat(sh, 100, y + 26, rng, w=40, h=13, col=INK_BLUE)
    stampit(
        sh,
        140,
        y + 20,
        ["AZƏRBAYCAN RESPUBLİKASI", "ƏDLİYYƏ NAZİRLİYİ", "QEYDİYYAT"],
        rng,
        col=ST_BLUE,
        mm=32,
    )
    return [on_table(sh, rng, surface="marble")]


def rec_blr(person: Person) -> dict:
    reg = reg_date(person, "by50", 3, 28)
    pat_src = belarusian(first_word(dad(person)))
    pat = (
        (pat_src[:-1] + ("евіч" if person.sex == "M" else "еўна"))
        if pat_src.endswith(("й", "ы"))
        else (pat_src + ("авіч" if person.sex == "M" else "аўна"))
    )
    return dict(
        reg=reg,
        title="ПАСВЕДЧАННЕ АБ НАРАДЖЭННІ",
        series=f"I-РБ № {pdig(person, 'byser', 7)}",
        issued=copy_date(person, "by50", 80, 900),
        office=f"Аддзел загса {belarusian(person.birth_place)}скага гарвыканкама",
        rows=[
            ("surname", "Прозвішча", belarusian(person.surname)),
            ("given", "Уласнае імя", belarusian(person.given_names)),
            ("patronymic", "Імя па бацьку", pat),
            (
                "birth_date",
                "Дата нараджэння",
                f"{dnum(person.birth_date)} ({dword(person.birth_date, 'be')})",
            ),
            ("birth_place", "Месца нараджэння", f"г. {belarusian(person.birth_place)}, Рэспубліка Беларусь"),
            ("father", "Бацька", f"{belarusian(dad(person))}, беларус"),
            ("mother", "Маці", f"{belarusian(mum(person))}, беларуска"),
            ("reg_no", "Запіс акта аб нараджэнні №", pdig(person, "byakt", 3)),
            ("reg_date", "ад", dnum(reg)),
        ],
    )


def birth_blr(person: Person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Belarusian birth certificate on the pink state blank, printed captions in BELARUSIAN with the RUSSIAN caption
    in small type under each, values typed in Belarusian Cyrillic, the series 'I-РБ № ...' under the title, the
    civil-registry office's name and the head's signature with a round stamp at the foot; scanned about one and a
    half degrees askew."""
    R = rec_blr(person)
    ru = {
        "Прозвішча": "Фамилия",
        "Уласнае імя": "Собственное имя",
        "Імя па бацьку": "Отчество",
        "Дата нараджэння": "Дата рождения",
        "Месца нараджэння": "Место рождения",
        "Бацька": "Отец",
        "Маці": "Мать",
        "Запіс акта аб нараджэнні №": "Запись акта о рождении №",
        "ад": "от",
    }
    sh = Sheet()
    sh.image(14, 14, 182, 269, waves_ground(182, 269, rng, (250, 236, 238), (236, 200, 206), k=4))
    frame(sh, 14, 14, 182, 269, lw=0.8, col=(150, 60, 80))
    emblem(sh, 97, 22, 16, "wreath", col=(150, 60, 80))
    put(sh, 105, 42, "РЭСПУБЛІКА БЕЛАРУСЬ", f=DVS_B, pt=11, at="center")
    put(sh, 105, 51, R["title"], f=DVS_B, pt=14, at="center", col=(120, 30, 50))
    put(sh, 105, 58, "СВИДЕТЕЛЬСТВО О РОЖДЕНИИ", f=DVS, pt=8.6, at="center", col=G1)
    put(sh, 105, 65, R["series"], f=DVS_B, pt=10, at="center", col=(170, 30, 40))
    y = 78.0
    for _k, cap, v in R["rows"]:
        put(sh, 24, y, cap, f=DVS, pt=8.8)
        put(sh, 24, y + 3.8, ru.get(cap, ""), f=DVS, pt=6.2, col=G2)
        put_fit(sh, 84, y + 0.2, v, 104, f=DVM_B, pt=9.8, col=(40, 40, 48))
        hline(sh, 82, 188, y + 5.6, lw=0.2, col=G2)
        y += 14
    put(sh, 24, y + 4, "Месца дзяржаўнай рэгістрацыі", f=DVS, pt=8.8)
    put_fit(sh, 84, y + 4.2, R["office"], 104, f=DVM_B, pt=9.4, col=(40, 40, 48))
    put(sh, 24, y + 16, "Дата выдачы", f=DVS, pt=8.8)
    put(sh, 84, y + 16.2, dnum(R["issued"]), f=DVM_B, pt=9.8, col=(40, 40, 48))
    put(sh, 24, y + 34, "Кіраўнік органа, які рэгіструе акты грамадзянскага стану", f=DVS, pt=8)
    signat(sh, 120, y + 38, rng, w=38, h=12, col=INK_VIOLET)
    stampit(
        sh,
        54,
        y + 38,
        ["РЭСПУБЛІКА БЕЛАРУСЬ", "АДДЗЕЛ ЗАГСА", belarusian(person.birth_place).upper()[:12]],
        rng,
        col=ST_BLUE,
        mm=32,
    )
    return [leaning(sh, rng.choice([-1.6, -1.2, 1.3, 1.7]))]


def rec_lby(person: Person) -> dict:
    reg = reg_date(person, "ly50", 3, 28)
    natno = ("1" if person.sex == "M" else "2") + str(person.birth_date.year) + pdig(person, "lynn", 7)
    return dict(
        reg=reg,
        title="شهادة ميلاد",
        issued=copy_date(person, "ly50", 80, 900),
        office=f"مكتب السجل المدني {arabic(person.birth_place)}",
        rows=[
            ("given", "الاسم", arabic(person.given_names)),
            ("surname", "اللقب", arabic(person.surname)),
            ("father", "اسم الأب", arabic(dad(person))),
            ("mother", "اسم الأم", arabic(mum(person))),
            ("sex", "الجنس", sexw(person, "ar")),
            ("birth_date", "تاريخ الميلاد", dnum(person.birth_date, "/", order="ymd")),
            ("birth_place", "مكان الميلاد", arabic(person.birth_place)),
            ("nationality", "الجنسية", "ليبي" if person.sex == "M" else "ليبية"),
            ("idno", "الرقم الوطني", natno),
            ("reg_no", "رقم القيد", pdig(person, "lyqayd", 5)),
            ("reg_date", "تاريخ القيد", dnum(reg, "/", order="ymd")),
        ],
    )


def birth_lby(person: Person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Libyan birth certificate of the Civil Registry Authority, in ARABIC only: 'دولة ليبيا' and the authority's name
    at the top RIGHT, the crescent and star at the top CENTRE, the title in a rounded frame, the particulars as a
    right-to-left two-column table (caption cell at the RIGHT, value at the LEFT) with dotted rules, the office, the
    signature and a round stamp at the lower LEFT; an office copy in grey with a harsh contrast."""
    R = rec_lby(person)
    sh = Sheet()
    put(sh, 194, 14, "دولة ليبيا", f=DV_B, pt=12, at="right")
    put(sh, 194, 21, "وزارة الداخلية", f=DV, pt=10, at="right")
    put(sh, 194, 27.5, "مصلحة الأحوال المدنية", f=DV, pt=10, at="right")
    emblem(sh, 96, 12, 18, "crescent", col=(30, 30, 30))
    put(sh, 16, 16, f"{R['issued'].year}/{pdig(person, 'lyout', 5)} :الرقم الإشاري", f=DV, pt=9)
    frame(sh, 70, 40, 70, 14, lw=0.6)
    put(sh, 105, 43, R["title"], f=DV_B, pt=16, at="center")
    y = 64.0
    for _k, cap, v in R["rows"]:
        fill(sh, 140, y, 54, 11, (236, 236, 236))
        put(sh, 191, y + 2.6, cap, f=DV_B, pt=10, at="right")
        put_fit(sh, 136, y + 2.6, v, 116, f=DV, pt=10.5, at="right")
        hline(sh, 16, 194, y + 11, lw=0.2, col=G3, dash=0.5)
        y += 11
    put(sh, 194, y + 8, R["office"], f=DV, pt=10, at="right")
    put(sh, 194, y + 16, f"{dnum(R['issued'], '/', order='ymd')} :تاريخ الإصدار", f=DV, pt=10, at="right")
    put(sh, 60, y + 14, "رئيس قسم السجل المدني", f=DV, pt=9.6, at="center")
    signat(sh, 38, y + 20, rng, w=40, h=12, col=INK_BLUE)
    stampit(sh, 70, y + 24, ["STATE OF LIBYA", "CIVIL REGISTRY", "CRA"], rng, col=ST_GREEN, mm=30)
    return [photocopy(sh, rng, contrast=1.35, lift=-6, speckle=120)]


for _c, _fn, _lang, _fid, _note in [
    (
        "TUR",
        birth_tur,
        "tr",
        "birth-tr-yabanci-dogum-naaldprinter-genummerde-vakken-asli-gibidir-zegel-50",
        "Turkish certified extract of a foreign national's birth notification, dot-matrix in numbered cells",
    ),
    (
        "JOR",
        birth_jor,
        "ar/en",
        "birth-jor-tweetalig-kolommen-engels-links-arabisch-rechts-gevouwen-50",
        "Jordanian bilingual birth certificate, English and Arabic columns, folded in two",
    ),
    (
        "LSO",
        birth_lso,
        "en",
        "birth-lso-drie-kolommen-tabel-ouders-vergeeld-paperclip-50",
        "Lesotho birth certificate with a child/father/mother table, yellowed, paper clip",
    ),
    (
        "BEL",
        birth_bel,
        "nl/fr",
        "birth-be-dabs-grijze-bijschriftkolom-rechts-uitgelijnd-e-zegel-qr-50",
        "Belgian birth extract from the civil-status database, right-aligned captions, e-seal and QR",
    ),
    (
        "AZE",
        birth_aze,
        "az",
        "birth-aze-blanco-reeksnummer-rood-getypt-gsm-marmer-50",
        "Azerbaijani birth certificate on the state blank, photographed on marble",
    ),
    (
        "BLR",
        birth_blr,
        "be/ru",
        "birth-blr-roze-blanco-russische-bijschriften-klein-scheef-50",
        "Belarusian birth certificate on the pink blank with small Russian captions, askew",
    ),
    (
        "LBY",
        birth_lby,
        "ar",
        "birth-lby-arabisch-tabel-rechts-naar-links-grijze-kopie-50",
        "Libyan birth certificate in Arabic, right-to-left table, grey copy",
    ),
]:
    _id._register(_fid, "birth-certificate", PART, _lang, _fn, country=_c, notes=_note)


_NL_N = [
    "",
    "een",
    "twee",
    "drie",
    "vier",
    "vijf",
    "zes",
    "zeven",
    "acht",
    "negen",
    "tien",
    "elf",
    "twaalf",
    "dertien",
    "veertien",
    "vijftien",
    "zestien",
    "zeventien",
    "achttien",
    "negentien",
]
_NL_T = {2: "twintig", 3: "dertig", 4: "veertig", 5: "vijftig"}
_FR_N = [
    "",
    "un",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "onze",
    "douze",
    "treize",
    "quatorze",
    "quinze",
    "seize",
    "dix-sept",
    "dix-huit",
    "dix-neuf",
]
_FR_T = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante"}


def nl_words(n: int) -> str:
    if n >= 2000:
        return "tweeduizend" + (" " + nl_words(n - 2000) if n > 2000 else "")
    if n < 20:
        return _NL_N[n]
    u, t = n % 10, n // 10
    if not u:
        return _NL_T[t]
    joint = "ën" if _NL_N[u].endswith("e") else "en"
    return f"{_NL_N[u]}{joint}{_NL_T[t]}"


def fr_words(n: int) -> str:
    if n >= 2000:
        return "deux mille" + (" " + fr_words(n - 2000) if n > 2000 else "")
    if n < 20:
        return _FR_N[n]
    u, t = n % 10, n // 10
    if not u:
        return _FR_T[t]
    return f"{_FR_T[t]} et un" if u == 1 else f"{_FR_T[t]}-{_FR_N[u]}"


def date_words(d: D, lang: str) -> str:
    if lang == "fr":
        day = "premier" if d.day == 1 else fr_words(d.day)
        return f"{day} {MONTHS['fr'][d.month - 1]} {fr_words(d.year)}"
    return f"{nl_words(d.day)} {MONTHS['nl'][d.month - 1]} {nl_words(d.year)}"


def birth_bel_prose(person: Person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """A Belgian municipality's COPY of a birth act written IN PROSE, as acts were drawn up before the civil-status
    database: 'AFSCHRIFT VAN EEN AKTE VAN GEBOORTE' (or 'COPIE D'UN ACTE DE NAISSANCE') with the act's number in the
    LEFT margin, the dates and hours written IN WORDS ('Op vier maart tweeduizend vijftien, om tien uur ...'), the
    declarant, the child's sex and first names and the mother's name inside the sentences, the registrar's closing
    formula, then 'Voor eensluidend afschrift' with the place and date, the registrar's signature and the
    municipality's round stamp at the foot RIGHT; typed in a serif with justified lines."""
    town = person.birth_place
    fr = town in _BE_TOWNS_FR
    lang = "fr" if fr else "nl"
    act = min(act_date or reg_date(person, "bep50", 1, 12), person.birth_date + datetime.timedelta(days=14))
    issue = issue_date or copy_date(person, "bep50", 20, 400)
    fa, mo = dad(person, father), mum(person, mother)
    r = random.Random(hsh("bep", person.surname, person.birth_date))
    reg_hour, birth_hour = r.choice([9, 10, 11, 14]), r.randint(0, 23)
    officer = r.choice(
        ["Jan Peeters", "Ann Claes", "Marc Goossens", "Sophie Lambert", "Luc Dumont", "Claire Renard"]
    )
    no = f"{r.randint(1, 2400)}"
    boy = person.sex == "M"
    if fr:
        title = "COPIE D'UN ACTE DE NAISSANCE"
        head = f"Commune de {town} - État civil"
        body = (
            f"L'an {fr_words(act.year)}, le {'premier' if act.day == 1 else fr_words(act.day)} {MONTHS['fr'][act.month - 1]}, à {fr_words(reg_hour)} "
            f"heures, devant nous, {officer}, échevin, officier de l'état civil de la commune de {town}, a "
            f"comparu {fa}, lequel nous a déclaré que le {date_words(person.birth_date, 'fr')}, à "
            f"{fr_words(birth_hour) if birth_hour else 'zéro'} heure{'s' if birth_hour > 1 else ''}, est "
            f"né{'' if boy else 'e'} à {town}, de lui déclarant et de son épouse {mo}, un enfant du sexe "
            f"{'masculin' if boy else 'féminin'} auquel il a donné les prénoms de {person.given_names}. Après "
            f"lecture, le déclarant a signé avec nous."
        )
        copy = f"Pour copie conforme, {town}, le {dword(issue, 'fr')}."
        off = "L'officier de l'état civil"
    else:
        title = "AFSCHRIFT VAN EEN AKTE VAN GEBOORTE"
        head = f"Gemeente {town} - Burgerlijke Stand"
        body = (
            f"Op {date_words(act, 'nl')}, om {nl_words(reg_hour)} uur, is voor ons, {officer}, schepen, "
            f"ambtenaar van de burgerlijke stand van de gemeente {town}, verschenen {fa}, die ons heeft verklaard "
            f"dat op {date_words(person.birth_date, 'nl')}, om {nl_words(birth_hour) if birth_hour else 'nul'} "
            f"uur, te {town} uit hem en uit zijn echtgenote {mo} geboren is een kind van het "
            f"{'mannelijk' if boy else 'vrouwelijk'} geslacht, aan wie hij de voorna{'men' if ' ' in person.given_names else 'am'} "
            f"{person.given_names} heeft gegeven. Na voorlezing heeft de aangever met ons getekend."
        )
        copy = f"Voor eensluidend afschrift, {town}, {dword(issue, 'nl')}."
        off = "De ambtenaar van de burgerlijke stand"
    sh = Sheet()
    put(sh, 105, 16, head, f=SERIF, pt=10.5, at="center", col=G1)
    put(sh, 105, 26, title, f=SERIF_B, pt=13, at="center")
    put(sh, 20, 44, f"{'Acte n°' if fr else 'Akte nr.'} {no}", f=SERIF_B, pt=10)
    put(sh, 20, 50, f"{person.surname.upper()}", f=SERIF, pt=9.4)
    put(sh, 20, 55, person.given_names, f=SERIF, pt=9.4)
    vline(sh, 58, 42, 150, lw=0.3, col=G2)
    y = block(sh, 64, 44, 126, body, f=SERIF, pt=11, lead=1.7, al="justify") + 10
    y = block(sh, 64, y, 126, copy, f=SERIF, pt=11, lead=1.6) + 8
    put(sh, 128, y, off, f=SERIF_I, pt=10, at="center")
    signat(sh, 110, y + 5, rng, w=40, h=13, col=INK_BLUE)
    stampit(
        sh,
        150,
        y + 2,
        [
            (("COMMUNE DE " if fr else "GEMEENTE ") + town.upper())[:24],
            "ÉTAT CIVIL" if fr else "BURGERLIJKE STAND",
        ],
        rng,
        col=ST_BLUE,
        mm=28,
    )
    return [sh]


_id._register(
    "birth-be-afschrift-akte-proza-datums-in-woorden-kantlijnnummer-50",
    "birth-certificate",
    PART,
    "nl/fr",
    birth_bel_prose,
    country="BEL",
    notes="copy of a Belgian birth act in prose with the dates in words",
)


# =========================================================================== marriage acts


def _pair(person: Person, spouse: Person | None, rng):
    sp = spouse or _pp.make_spouse(rng, person)
    return (person, sp) if person.sex == "M" else (sp, person)


def marriage_lso(person: Person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    """Lesotho 'CERTIFIED COPY OF AN ENTRY OF MARRIAGE' (Marriage Act 1974) on a LANDSCAPE sheet: the register's
    columns across the page (No., when married, name and surname, age, condition, rank or profession, residence,
    father's name and surname) with one row for each spouse, the sentence on the place and rite of the marriage and
    the officer under the table, the parties' and two witnesses' signatures in four boxes, and the certification of the
    true copy with the registrar's signature and a round stamp at the RIGHT; a grey office copy, saved UPSIDE DOWN."""
    h, w = _pair(person, spouse, rng)
    wed = marriage_date or max(h.birth_date, w.birth_date) + datetime.timedelta(
        days=365 * 23 + rng.randint(0, 2400)
    )
    issue = issue_date or wed + datetime.timedelta(days=rng.randint(3, 60))
    sh = Sheet(297, 210)
    emblem(sh, 18, 10, 14, "hat", col=G1)
    put(sh, 148.5, 11, "KINGDOM OF LESOTHO", f=SCHOOL_B, pt=13, at="center")
    put(sh, 148.5, 18, "CERTIFIED COPY OF AN ENTRY OF MARRIAGE", f=SCHOOL_B, pt=12, at="center")
    put(sh, 148.5, 25, "Marriage Act No. 10 of 1974", f=SCHOOL_I, pt=9, at="center")
    place = rng.choice(["Maseru", "Mafeteng", "Leribe", "Mohale's Hoek", "Berea"])
    heads = [
        "No.",
        "When married",
        "Name and surname",
        "Age",
        "Condition",
        "Rank or profession",
        "Residence at the time of marriage",
        "Father's name and surname",
    ]
    xs = [12, 24, 54, 108, 122, 146, 180, 232, 285]
    y = 34.0
    for j, hd in enumerate(heads):
        frame(sh, xs[j], y, xs[j + 1] - xs[j], 12, lw=0.3, fill=(230, 230, 230))
        block(sh, xs[j] + 1.2, y + 1.4, xs[j + 1] - xs[j] - 2.4, hd, f=SCHOOL_B, pt=7.4, lead=1.15)
    y += 12
    no = digs(rng, 3)
    for who_, cond in ((h, "Bachelor"), (w, "Spinster")):
        vals = [
            no,
            dnum(wed, "/"),
            f"{who_.given_names} {who_.surname}",
            str((wed - who_.birth_date).days // 365),
            cond,
            rng.choice(["Teacher", "Clerk", "Nurse", "Mechanic", "Trader", "Farmer"]),
            f"{who_.birth_place}",
            dad(who_),
        ]
        for j, v in enumerate(vals):
            frame(sh, xs[j], y, xs[j + 1] - xs[j], 14, lw=0.3)
            block(sh, xs[j] + 1.2, y + 2, xs[j + 1] - xs[j] - 2.4, v, f=SCHOOL, pt=8.6, lead=1.2)
        y += 14
    y = (
        block(
            sh,
            12,
            y + 6,
            273,
            f"Married at the District Administrator's Office, {place}, according to the civil "
            f"rites, on {dword(wed, 'en')}, by me, Marriage Officer.",
            f=SCHOOL,
            pt=9.6,
        )
        + 4
    )
    for i, lab in enumerate(["This marriage was solemnized between us", "", "In the presence of us", ""]):
        x = 12 + i * 68
        frame(sh, x, y, 66, 26, lw=0.25, col=G2)
        put(sh, x + 2, y + 1.5, lab or " ", f=SCHOOL_I, pt=7.6, col=G1)
        signat(sh, x + 10, y + 8, rng, w=40, h=12, col=INK_BLUE if i < 2 else INK_BLACK)
    y += 32
    put(
        sh,
        12,
        y,
        f"I certify that this is a true copy of entry No. {no} in the Marriage Register of the district of "
        f"{place}.   Issued on {dword(issue, 'en')}.",
        f=SCHOOL,
        pt=9.4,
    )
    signat(sh, 206, y + 4, rng, w=44, h=13, col=INK_BLUE)
    hline(sh, 200, 280, y + 19, lw=0.3)
    put(sh, 240, y + 21, "Registrar General", f=SCHOOL_I, pt=9, at="center")
    stampit(sh, 164, y + 2, ["REGISTRAR GENERAL", "LESOTHO", "MARRIAGES"], rng, col=ST_BLUE, mm=28)
    return [turned(photocopy(sh, rng, contrast=1.1, lift=4), 2)]


def marriage_bel(person: Person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    """Belgian marriage extract printed by the municipality: a thin black band across the top carrying the town's
    name in white capitals, 'UITTREKSEL UIT EEN AKTE VAN HUWELIJK' (or 'EXTRAIT D'UN ACTE DE MARIAGE') centred under
    it, the spouses ONE UNDER THE OTHER in two blocks introduced by a bold line ('Eerste echtgenoot' / 'Tweede
    echtgenoot') with the captions in bold at the LEFT, the date and place of the marriage between the blocks and the
    title, and at the foot the registrar's wet stamp with a blue signature over the printed 'De ambtenaar van de
    burgerlijke stand'."""
    a_, b_ = _pair(person, spouse, rng)
    wed = marriage_date or TODAY - datetime.timedelta(days=rng.randint(500, 3200))
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(25, 240))
    town = rng.choice(
        ["Antwerpen", "Gent", "Mechelen", "Leuven", "Hasselt", "Bruxelles", "Liège", "Namur", "Schaerbeek"]
    )
    fr = town in _BE_TOWNS_FR
    T = dict(
        title="EXTRAIT D'UN ACTE DE MARIAGE" if fr else "UITTREKSEL UIT EEN AKTE VAN HUWELIJK",
        one="Premier conjoint" if fr else "Eerste echtgenoot",
        two="Second conjoint" if fr else "Tweede echtgenoot",
        rows=(
            ["Nom", "Prénoms", "Date de naissance", "Lieu de naissance", "Nationalité"]
            if fr
            else ["Naam", "Voornamen", "Geboortedatum", "Geboorteplaats", "Nationaliteit"]
        ),
        on=(
            f"Mariage célébré à {town} le {dword(wed, 'fr')}"
            if fr
            else f"Huwelijk voltrokken te {town} op {dword(wed, 'nl')}"
        ),
        act=("Acte n°" if fr else "Akte nr."),
        off=("L'officier de l'état civil" if fr else "De ambtenaar van de burgerlijke stand"),
        iss="Délivré le" if fr else "Afgeleverd op",
    )
    sh = Sheet()
    fill(sh, 0, 8, 210, 12, (24, 24, 28))
    put(
        sh,
        105,
        10.4,
        (("VILLE DE " if fr else "STAD ") + town).upper(),
        f=CARL_B,
        pt=13,
        at="center",
        col=(255, 255, 255),
        sp=1.0,
    )
    put(sh, 105, 30, T["title"], f=CARL_B, pt=14, at="center")
    put(sh, 105, 40, T["on"], f=CARL, pt=11, at="center")
    put(sh, 105, 46.5, f"{T['act']} {wed.year}/{digs(rng, 5)}", f=CARL, pt=9.6, at="center", col=G1)
    y = 60.0
    for lab, p in ((T["one"], a_), (T["two"], b_)):
        put(sh, 22, y, lab, f=CARL_B, pt=11.5)
        hline(sh, 22, 188, y + 6, lw=0.4)
        y += 10
        vals = [
            p.surname.upper(),
            p.given_names,
            dnum(p.birth_date, "/"),
            f"{p.birth_place} ({landw(p.birth_country, 'fr' if fr else 'nl')})",
            natw(p.nationality, "fr" if fr else "nl"),
        ]
        for cap, v in zip(T["rows"], vals):
            put(sh, 26, y, cap, f=CARL_B, pt=10)
            put_fit(sh, 80, y, v, 108, f=CARL, pt=10.5)
            y += 7
        y += 8
    put(sh, 22, y + 4, f"{T['iss']} {dnum(issue, '/')}", f=CARL, pt=10.5)
    stampit(
        sh,
        110,
        y + 14,
        [("VILLE DE " if fr else "STAD ") + town.upper(), "ÉTAT CIVIL" if fr else "BURGERLIJKE STAND"],
        rng,
        col=ST_BLUE,
        mm=32,
    )
    signat(sh, 128, y + 24, rng, w=44, h=14, col=INK_ROYAL)
    put(sh, 150, y + 50, T["off"], f=CARL_I, pt=9.6, at="center")
    return [sh]


_id._register(
    "marriage-lso-registerkopie-liggend-kolommen-getuigenvakken-grijs-50",
    "marriage-certificate",
    PART,
    "en",
    marriage_lso,
    country="LSO",
    notes="Lesotho certified copy of a marriage register entry",
)
_id._register(
    "marriage-be-zwarte-kopband-echtgenoten-onder-elkaar-natte-stempel-50",
    "marriage-certificate",
    PART,
    "nl/fr",
    marriage_bel,
    country="BEL",
    notes="Belgian marriage extract with the spouses one under the other",
)


# =========================================================================== nationality certificates


def nationality_jor(person: Person, rng, *, issue_date=None, **opts):
    """Jordanian certificate of nationality of the Ministry of Interior (Nationality and Foreigners' Affairs) in
    Arabic with an English line under each Arabic line, both centred: the ministry's name over the eagle, the title
    'شهادة الجنسية الأردنية · CERTIFICATE OF JORDANIAN NATIONALITY' in a double-ruled frame, the particulars (name,
    father's name, place and date of birth, national number) in a centred two-language list, the statement that the
    holder is Jordanian by birth, the certificate number and date at the top LEFT and the director's signature with a
    round stamp at the foot CENTRE; scanned with a fold across the middle."""
    issue = issue_date or copy_date(person, "jonat", 60, 1200)
    nat_no = ("9" if person.sex == "M" else "2") + pdig(person, "jonn", 9)
    sh = Sheet()
    put(sh, 105, 14, "المملكة الأردنية الهاشمية - وزارة الداخلية", f=DV_B, pt=11, at="center")
    put(sh, 105, 21, "Hashemite Kingdom of Jordan - Ministry of Interior", f=SERIF, pt=9.6, at="center")
    put(sh, 105, 27, "مديرية الجنسية وشؤون الأجانب", f=DV, pt=10, at="center")
    put(sh, 105, 33, "Nationality and Foreigners' Affairs Directorate", f=SERIF, pt=9, at="center")
    emblem(sh, 96, 38, 18, "eagle", col=(60, 60, 66))
    put(sh, 16, 14, f"No. {pdig(person, 'jonatno', 6)}", f=SERIF, pt=9.4)
    put(sh, 16, 19, dnum(issue, "/"), f=SERIF, pt=9.4)
    frame(sh, 30, 60, 150, 20, lw=0.9)
    frame(sh, 32, 62, 146, 16, lw=0.3)
    put(sh, 105, 63.5, "شهادة الجنسية الأردنية", f=DV_B, pt=13, at="center")
    put(sh, 105, 71, "CERTIFICATE OF JORDANIAN NATIONALITY", f=SERIF_B, pt=11, at="center")
    rows = [
        (
            "الاسم",
            arabic(f"{person.given_names} {person.surname}"),
            "Name",
            f"{person.given_names} {person.surname}",
        ),
        ("اسم الأب", arabic(dad(person)), "Father's name", dad(person)),
        (
            "مكان وتاريخ الولادة",
            f"{arabic(person.birth_place)} {dnum(person.birth_date, '/', order='ymd')}",
            "Place and date of birth",
            f"{person.birth_place}, {dnum(person.birth_date, '/')}",
        ),
        ("الرقم الوطني", nat_no, "National number", nat_no),
    ]
    y = 92.0
    for a, b, c_, d_ in rows:
        put(sh, 105, y, f"{a}: {b}", f=DV, pt=10.5, at="center")
        put(sh, 105, y + 6.5, f"{c_}: {d_}", f=SERIF, pt=10.5, at="center")
        y += 16
    put(sh, 105, y + 4, "يشهد بأن المذكور أعلاه أردني الجنسية بالولادة", f=DV, pt=10.5, at="center")
    put(
        sh,
        105,
        y + 11,
        "It is hereby certified that the above-named is a Jordanian national by birth.",
        f=SERIF,
        pt=10.5,
        at="center",
    )
    signat(sh, 84, y + 24, rng, w=42, h=13, col=INK_BLUE)
    put(sh, 105, y + 40, "مدير الجنسية وشؤون الأجانب · Director", f=DV, pt=9, at="center")
    stampit(sh, 128, y + 18, ["MINISTRY OF INTERIOR", "JORDAN", "NATIONALITY"], rng, col=ST_VIOLET, mm=30)
    return [folded(sh, rng, at=(0.5,))]


def nationality_lso(person: Person, rng, *, issue_date=None, **opts):
    """Lesotho 'CERTIFICATE OF CITIZENSHIP' of the Department of National Identity and Civil Registry, written as a
    certificate in PROSE in a serif face ('This is to certify that ... born at ... on ... is a citizen of Lesotho by
    birth ...'), a thin blue double border, the certificate number in red at the top RIGHT, the Director's signature
    at the lower RIGHT over the printed title and an embossed-looking seal at the lower LEFT (a pale raised ring)."""
    issue = issue_date or copy_date(person, "lsnat", 60, 1100)
    sh = Sheet()
    frame(sh, 12, 12, 186, 273, lw=1.0, col=(30, 70, 150))
    frame(sh, 15, 15, 180, 267, lw=0.3, col=(30, 70, 150))
    put(sh, 188, 22, f"No. C{pdig(person, 'lscz', 6)}", f=PALA_B, pt=11, at="right", col=(180, 30, 40))
    emblem(sh, 96, 26, 18, "hat", col=(30, 70, 150))
    put(sh, 105, 48, "KINGDOM OF LESOTHO", f=PALA_B, pt=13, at="center")
    put(sh, 105, 55, "Department of National Identity and Civil Registry", f=PALA, pt=10, at="center")
    put(sh, 105, 70, "CERTIFICATE OF CITIZENSHIP", f=PALA_B, pt=17, at="center", col=(30, 70, 150))
    txt = (
        f"This is to certify that {person.given_names.upper()} {person.surname.upper()}, "
        f"{'son' if person.sex == 'M' else 'daughter'} of {dad(person)} and {mum(person)}, born at "
        f"{person.birth_place} on {dword(person.birth_date, 'en')}, is a citizen of Lesotho by birth under section "
        f"38 of the Constitution of Lesotho and the Lesotho Citizenship Order 1971, as entered in the records of "
        f"this Department."
    )
    y = block(sh, 30, 90, 150, txt, f=PALA, pt=12, lead=1.8, al="justify") + 12
    put(sh, 30, y, f"Given at Maseru on {dword(issue, 'en')}.", f=PALA, pt=12)
    signat(sh, 122, y + 22, rng, w=46, h=14, col=INK_BLACK)
    hline(sh, 116, 182, y + 38, lw=0.3)
    put(sh, 149, y + 40, "Director, National Identity and Civil Registry", f=PALA_I, pt=8.6, at="center")
    ring = Image.new("RGBA", (300, 300), (0, 0, 0, 0))
    dd = ImageDraw.Draw(ring)
    dd.ellipse([8, 8, 292, 292], outline=(200, 200, 204, 200), width=14)
    dd.ellipse([60, 60, 240, 240], outline=(214, 214, 218, 180), width=8)
    sh.image(36, y + 14, 34, 34, ring)
    return [sh]


_id._register(
    "nationality-jor-arabisch-engels-gecentreerd-dubbel-kader-vouw-50",
    "nationality-certificate",
    PART,
    "ar/en",
    nationality_jor,
    country="JOR",
    notes="Jordanian certificate of nationality, Arabic over English",
)
_id._register(
    "nationality-lso-burgerschap-proza-blauwe-dubbele-rand-reliefzegel-50",
    "nationality-certificate",
    PART,
    "en",
    nationality_lso,
    country="LSO",
    notes="Lesotho certificate of citizenship written in prose",
)


# =========================================================================== identity certificates (embassies)


def idcert_jor(person: Person, rng, *, issue_date=None, declarative=False, **opts):
    """The Jordanian embassy's identity certificate ('IDENTITY CERTIFICATE · شهادة تعريف') on the embassy's
    letterhead (Arabic at the RIGHT, English at the LEFT, the eagle between), the photo glued at the top RIGHT under
    the title with the embassy's dry stamp over its lower corner, the particulars in a framed two-column table, and
    the sentence on what the certificate rests on: the Civil Status and Passports Department's records and the
    national number, or (when drawn up on the holder's word) the holder's own statements, no document having been
    produced; the consul's signature and the round embassy stamp at the foot."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(30, 500))
    nat_no = ("9" if person.sex == "M" else "2") + pdig(person, "jonn", 9)
    sh = Sheet()
    put(sh, 16, 14, "EMBASSY OF THE HASHEMITE", f=SERIF_B, pt=10)
    put(sh, 16, 19, "KINGDOM OF JORDAN - BRUSSELS", f=SERIF_B, pt=10)
    put(sh, 16, 24.5, "Consular Section", f=SERIF_I, pt=9)
    put(sh, 194, 14, "سفارة المملكة الأردنية الهاشمية", f=DV_B, pt=10.5, at="right")
    put(sh, 194, 21, "بروكسل - القسم القنصلي", f=DV, pt=9.6, at="right")
    emblem(sh, 97, 10, 16, "eagle", col=(50, 50, 56))
    hline(sh, 16, 194, 30, lw=0.5)
    put(sh, 16, 36, f"Ref.: {issue.year}/C/{digs(rng, 4)}", f=SERIF, pt=9.4)
    put(sh, 194, 36, f"Brussels, {dword(issue, 'en')}", f=SERIF, pt=9.4, at="right")
    put(sh, 80, 50, "IDENTITY CERTIFICATE", f=SERIF_B, pt=15, at="center")
    put(sh, 80, 58, "شهادة تعريف", f=DV_B, pt=13, at="center")
    sh.photo(154, 44, 32, 40, rng)
    ring = Image.new("RGBA", (200, 200), (0, 0, 0, 0))
    ImageDraw.Draw(ring).ellipse([6, 6, 194, 194], outline=(120, 120, 128, 150), width=10)
    sh.image(168, 70, 24, 24, ring)
    rows = [
        ("Surname", person.surname.upper()),
        ("Given names", person.given_names),
        ("Father's name", dad(person)),
        ("Mother's name", mum(person)),
        ("Date of birth", dword(person.birth_date, "en")),
        ("Place of birth", person.birth_place),
        ("Nationality", "Jordanian"),
        ("National No.", "-" if declarative else nat_no),
    ]
    y = 92.0
    for a, v in rows:
        frame(sh, 16, y, 56, 9, lw=0.25, fill=(238, 238, 238))
        frame(sh, 72, y, 122, 9, lw=0.25)
        put(sh, 18, y + 2.4, a, f=SERIF_B, pt=9.6)
        put_fit(sh, 74, y + 2.2, v, 118, f=SERIF, pt=10.5)
        y += 9
    basis = (
        "This certificate is issued at the request of the person concerned on the basis of his or her own "
        "declarations only; no passport, identity card or civil-status document was produced, and the "
        "particulars above could not be checked against the records of the Civil Status and Passports "
        "Department."
        if declarative
        else f"The particulars above have been verified against the records of the Civil Status and Passports "
        f"Department in Amman under national number {nat_no}. The photograph is that of the holder, who "
        f"appeared in person at the consular section."
    )
    y = block(sh, 16, y + 8, 178, basis, f=SERIF, pt=10.5, lead=1.5, al="justify") + 6
    y = (
        block(
            sh,
            16,
            y,
            178,
            "This certificate is issued for submission to the Belgian authorities.",
            f=SERIF,
            pt=10.5,
            lead=1.5,
        )
        + 10
    )
    put(sh, 140, y, "The Consul", f=SERIF_I, pt=10, at="center")
    signat(sh, 120, y + 4, rng, w=42, h=13, col=INK_BLUE)
    stampit(sh, 60, y - 4, ["EMBASSY OF JORDAN", "BRUSSELS", "CONSULAR"], rng, col=ST_BLUE, mm=30)
    return [sh]


def idcert_lso(person: Person, rng, *, issue_date=None, declarative=False, **opts):
    """The Embassy of the Kingdom of Lesotho's 'CERTIFICATE OF IDENTITY' written as a LETTER 'TO WHOM IT MAY
    CONCERN': the embassy's name centred in small capitals with a thin rule, the reference and date at the LEFT, the
    holder's photo at the top RIGHT of the text with a violet stamp half over it, the particulars written into the
    sentences of the letter (names, date and place of birth, parents, citizenship), the sentence on what the letter
    rests on (the national identity register and the holder's ID number, or the holder's own statements when no
    document could be produced), and the signature of the Counsellor ABOVE the typed name."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(30, 500))
    nid = "0" + pdig(person, "lsoid", 10)
    sh = Sheet()
    put(sh, 105, 14, "EMBASSY OF THE KINGDOM OF LESOTHO", f=GOTH_B, pt=12, at="center", sp=0.8)
    put(
        sh,
        105,
        21,
        "Brussels · Mission to the European Union and the Benelux",
        f=GOTH,
        pt=9,
        at="center",
        col=G1,
    )
    hline(sh, 40, 170, 27, lw=0.4)
    put(sh, 18, 36, f"Our ref.: LSO/BRU/CONS/{digs(rng, 3)}/{issue.year % 100}", f=GOTH, pt=9.4)
    put(sh, 18, 41, dword(issue, "en"), f=GOTH, pt=9.4)
    sh.photo(156, 40, 30, 38, rng)
    stampit(sh, 146, 64, ["EMBASSY OF LESOTHO", "BRUSSELS"], rng, col=ST_VIOLET, mm=28)
    put(sh, 18, 58, "TO WHOM IT MAY CONCERN", f=GOTH_B, pt=11)
    put(sh, 18, 66, "CERTIFICATE OF IDENTITY", f=GOTH_B, pt=11)
    p1 = (
        f"This is to certify that the person whose photograph appears above, {person.given_names.upper()} "
        f"{person.surname.upper()}, born on {dword(person.birth_date, 'en')} at {person.birth_place}, Lesotho, "
        f"{'son' if person.sex == 'M' else 'daughter'} of {dad(person)} and {mum(person)}, is a citizen of the "
        f"Kingdom of Lesotho."
    )
    p2 = (
        "The Embassy issues this letter on the basis of the holder's own statements only. The holder could not "
        "produce a passport, identity card or birth certificate, and the particulars could not be confirmed "
        "with the national registers."
        if declarative
        else f"The particulars have been confirmed with the National Identity and Civil Registry in Maseru, where the "
        f"holder is registered under identity number {nid}. The holder appeared in person at the Embassy."
    )
    y = block(sh, 18, 84, 174, p1, f=GOTH, pt=10.5, lead=1.6, al="justify") + 5
    y = block(sh, 18, y, 174, p2, f=GOTH, pt=10.5, lead=1.6, al="justify") + 5
    y = (
        block(
            sh,
            18,
            y,
            174,
            "Any assistance accorded to the holder will be highly appreciated.",
            f=GOTH,
            pt=10.5,
            lead=1.6,
        )
        + 12
    )
    signat(sh, 18, y, rng, w=44, h=14, col=INK_BLACK)
    put(
        sh,
        18,
        y + 17,
        random.Random(hsh("lsocons", issue)).choice(["Mrs M. Ntšekhe", "Mr T. Ramoeletsi", "Ms L. Makhetha"]),
        f=GOTH_B,
        pt=10,
    )
    put(sh, 18, y + 22, "Counsellor", f=GOTH, pt=9.4, col=G1)
    return [sh]


_id._register(
    "idcert-jor-ambassade-tweetalig-briefhoofd-foto-droogstempel-tabel-50",
    "identity-certificate",
    PART,
    "en/ar",
    idcert_jor,
    country="JOR",
    photo=True,
    notes="Jordanian embassy identity certificate with a photo and a framed table",
)
_id._register(
    "idcert-lso-ambassade-brief-to-whom-foto-rechts-violet-stempel-50",
    "identity-certificate",
    PART,
    "en",
    idcert_lso,
    country="LSO",
    photo=True,
    notes="Lesotho embassy certificate of identity written as a letter",
)


# =========================================================================== sworn translations

_RECS = {"tr": rec_tur, "az": rec_aze, "be/ru": rec_blr, "be": rec_blr, "ar": rec_lby}
_LNAME = {
    "fr": {
        "tr": "turc",
        "az": "azerbaïdjanais",
        "be/ru": "biélorusse",
        "be": "biélorusse",
        "ar": "arabe",
        "ru": "russe",
    },
    "nl": {
        "tr": "Turks",
        "az": "Azerbeidzjaans",
        "be/ru": "Wit-Russisch (Belarussisch)",
        "be": "Belarussisch",
        "ar": "Arabisch",
        "ru": "Russisch",
    },
}
_CAP = {
    "fr": dict(
        given="Prénom(s)",
        surname="Nom",
        sex="Sexe",
        birth_date="Date de naissance",
        birth_place="Lieu de naissance",
        father="Père",
        mother="Mère",
        nationality="Nationalité",
        idno="Numéro d'identification",
        reg_date="Date d'enregistrement",
        reg_no="Numéro de l'acte",
        patronymic="Patronyme",
    ),
    "nl": dict(
        given="Voornaam/voornamen",
        surname="Achternaam",
        sex="Geslacht",
        birth_date="Geboortedatum",
        birth_place="Geboorteplaats",
        father="Vader",
        mother="Moeder",
        nationality="Nationaliteit",
        idno="Identificatienummer",
        reg_date="Datum van inschrijving",
        reg_no="Aktenummer",
        patronymic="Vadersnaam",
    ),
}
_TITLE = {
    "fr": {
        "tr": "EXTRAIT CERTIFIÉ DE L'ENREGISTREMENT DE LA NAISSANCE D'UN RESSORTISSANT ÉTRANGER",
        "az": "ACTE DE NAISSANCE",
        "be/ru": "ACTE DE NAISSANCE",
        "ar": "ACTE DE NAISSANCE",
    },
    "nl": {
        "tr": "GEWAARMERKT UITTREKSEL VAN DE GEBOORTEAANGIFTE VAN EEN BUITENLANDS ONDERDAAN",
        "az": "GEBOORTEAKTE",
        "be/ru": "GEBOORTEAKTE",
        "ar": "GEBOORTEAKTE",
    },
}


def _tvalue(person: Person, key: str, src_val: str, tgt: str, rec: dict) -> str:
    p = person
    if key == "given":
        return p.given_names
    if key == "surname":
        return p.surname
    if key == "sex":
        return sexw(p, tgt)
    if key == "birth_date":
        return dword(p.birth_date, tgt)
    if key == "birth_place":
        return f"{p.birth_place} ({landw(p.birth_country, tgt)})"
    if key in ("father", "mother"):
        full = dad(p) if key == "father" else mum(p)
        return full if " " in str(src_val).split(",")[0].strip() else first_word(full)
    if key == "nationality":
        return natw(p.nationality, tgt)
    if key == "reg_date":
        return dword(rec["reg"], tgt)
    if key == "patronymic":
        fa = first_word(dad(p))
        if p.nationality == "BLR":
            lat = (
                (fa[:-1] + ("evich" if p.sex == "M" else "eŭna"))
                if fa.endswith(("i", "y"))
                else (fa + ("avich" if p.sex == "M" else "aŭna"))
            )
        else:
            lat = f"{fa} {'oğlu' if p.sex == 'M' else 'qızı'}"
        kin = ({"fr": "fils", "nl": "zoon"} if p.sex == "M" else {"fr": "fille", "nl": "dochter"})[tgt]
        return f"{lat} ({kin} {'de' if tgt == 'fr' else 'van'} {fa})"
    return src_val


def _trows(person: Person, src: str, tgt: str) -> tuple[str, list[tuple[str, str]], dict | None]:
    fn = _RECS.get(src)
    if fn is None:
        rows = [
            (_CAP[tgt]["surname"], person.surname),
            (_CAP[tgt]["given"], person.given_names),
            (_CAP[tgt]["sex"], sexw(person, tgt)),
            (_CAP[tgt]["birth_date"], dword(person.birth_date, tgt)),
            (_CAP[tgt]["birth_place"], f"{person.birth_place} ({landw(person.birth_country, tgt)})"),
            (_CAP[tgt]["father"], dad(person)),
            (_CAP[tgt]["mother"], mum(person)),
        ]
        return ("ACTE DE NAISSANCE" if tgt == "fr" else "GEBOORTEAKTE"), rows, None
    rec = fn(person)
    rows = [(_CAP[tgt].get(k, cap), _tvalue(person, k, v, tgt, rec)) for k, cap, v in rec["rows"]]
    return _TITLE[tgt].get(src, _TITLE[tgt]["az"]), rows, rec


def translation_be(
    person: Person,
    rng,
    *,
    issue_date=None,
    of_type="birth-certificate",
    source_lang="tr",
    target_lang=None,
    **opts,
):
    """A Belgian sworn translator's translation INTO FRENCH (traducteur juré près le tribunal de première instance):
    the translator's name, address and court in a block at the top RIGHT, 'TRADUCTION JURÉE' and 'du [langue] vers
    le français' at the top LEFT, the document's title in capitals, the particulars as a NUMBERED LIST in the
    order of the original (the original's printed elements in square brackets: [cachet], [signature illisible],
    [timbre fiscal]), then the translator's certificate in italics, the date, the signature and the translator's
    round stamp pressed half over the signature; the French translation's pages numbered 'p. 1/1'."""
    src = source_lang or "tr"
    issued = issue_date or TODAY - datetime.timedelta(days=rng.randint(15, 120))
    title, rows, rec = _trows(person, src, "fr")
    tr_name = random.Random(hsh("trbe", person.surname)).choice(
        ["Anne-Marie Delcourt", "Serkan Yildiz-Dumont", "Nadia El Ouardi", "Pierre Vanhove"]
    )
    court = random.Random(hsh("trbe2", person.surname)).choice(["Liège", "Bruxelles", "Namur", "Charleroi"])
    sh = Sheet()
    put(sh, 16, 16, "TRADUCTION JURÉE", f=NROMAN_B, pt=13)
    put(sh, 16, 23, f"du {_LNAME['fr'].get(src, src)} vers le français", f=NROMAN_I, pt=10.5)
    for i, ln in enumerate(
        [
            tr_name,
            "Traducteur-juré",
            f"près le tribunal de première instance de {court}",
            f"Registre national des experts judiciaires et traducteurs jurés n° {digs(rng, 6)}",
        ]
    ):
        put_fit(sh, 194, 14 + i * 4.6, ln, 84, f=NROMAN, pt=8.8, at="right")
    hline(sh, 16, 194, 36, lw=0.4)
    y = block(sh, 16, 44, 178, title, f=NROMAN_B, pt=11.5, lead=1.3) + 2
    if rec:
        y = (
            block(
                sh,
                16,
                y,
                178,
                f"[{'République de Turquie - Ministère de l’Intérieur' if src == 'tr' else 'armoiries'}]"
                f"   {'Registre n° ' + rec.get('no', '') if rec.get('no') else rec.get('series', '')}",
                f=NROMAN,
                pt=10,
                lead=1.3,
            )
            + 3
        )
    for i, (cap, v) in enumerate(rows, 1):
        put(sh, 18, y, f"{i}.", f=NROMAN, pt=10.5)
        put(sh, 26, y, f"{cap} :", f=NROMAN_B, pt=10.5)
        y = block(sh, 80, y, 112, v, f=NROMAN, pt=10.5, lead=1.35) + 1.8
    y += 4
    y = (
        block(
            sh,
            16,
            y,
            178,
            "[cachet rond de l'autorité]   [signature illisible]   [cachet « conforme à "
            "l'original »]" + ("   [timbre fiscal]" if src == "tr" else ""),
            f=NROMAN,
            pt=10,
            lead=1.35,
        )
        + 8
    )
    cert = (
        f"Je soussigné(e), {tr_name}, traducteur-juré près le tribunal de première instance de {court}, certifie "
        f"que la présente traduction, établie sur le document original rédigé en langue "
        f"{_LNAME['fr'].get(src, src)} qui m'a été présenté, est fidèle et complète."
    )
    y = block(sh, 16, y, 178, cert, f=NROMAN_I, pt=10.5, lead=1.45, al="justify") + 6
    put(sh, 16, y, f"{court}, le {dword(issued, 'fr')}", f=NROMAN, pt=10.5)
    signat(sh, 120, y + 2, rng, w=42, h=13, col=INK_BLUE)
    stampit(sh, 104, y + 4, [tr_name.upper()[:24], "TRADUCTEUR JURÉ", court.upper()], rng, col=ST_BLUE, mm=30)
    put(sh, 194, 286, "p. 1/1", f=NROMAN, pt=8.4, at="right", col=G1)
    return [sh]


def translation_nl(
    person: Person,
    rng,
    *,
    issue_date=None,
    of_type="birth-certificate",
    source_lang="az",
    target_lang=None,
    **opts,
):
    """A Dutch sworn translator's translation INTO DUTCH (beëdigd vertaler, Wbtv-nummer): a LETTERHEAD BAND in
    teal across the top with the translator's name and 'beëdigd vertaler' in white and the Wbtv number at its right,
    'VERTALING uit het [taal]' with the source document named in a grey box, the particulars in a TWO-COLUMN table
    with light rules, a remark line on what the original shows (stamp, signature, series number), the translator's
    declaration as a framed paragraph at the foot with the place, date, signature and a RECTANGULAR stamp bearing the
    Wbtv number."""
    src = source_lang or "az"
    issued = issue_date or TODAY - datetime.timedelta(days=rng.randint(15, 150))
    title, rows, rec = _trows(person, src, "nl")
    r = random.Random(hsh("trnl", person.surname, src))
    tr_name = r.choice(
        [
            "drs. M. (Marjolein) Verbeek",
            "S. Aliyeva-de Groot",
            "mr. drs. K. Hoekstra",
            "A. Haddad MA",
            "J. (Julia) Sokolova",
        ]
    )
    wbtv = str(r.randint(10000, 99999))
    city = r.choice(["Utrecht", "Rotterdam", "Den Haag", "Amsterdam", "Zwolle"])
    sh = Sheet()
    fill(sh, 0, 0, 210, 22, (0, 104, 110))
    put(sh, 16, 6, tr_name, f=CARL_B, pt=13, col=(255, 255, 255))
    put(sh, 16, 13, f"beëdigd vertaler · {city}", f=CARL, pt=10, col=(220, 244, 244))
    put(sh, 194, 8, f"Wbtv-nr. {wbtv}", f=CARL_B, pt=11, at="right", col=(255, 255, 255))
    put(sh, 16, 32, f"VERTALING uit het {_LNAME['nl'].get(src, src)}", f=CARL_B, pt=13)
    fill(sh, 16, 40, 178, 12, (236, 236, 238))
    put_fit(
        sh,
        19,
        42,
        f"Brondocument: {title.lower()}" + (f", {rec.get('series') or rec.get('no') or ''}" if rec else ""),
        172,
        f=CARL,
        pt=10,
    )
    put(sh, 19, 47, f"betreffende: {person.given_names} {person.surname}", f=CARL, pt=9, col=G1)
    y = 60.0
    for cap, v in rows:
        put(sh, 18, y, cap, f=CARL_B, pt=10.5)
        y2 = block(sh, 78, y, 114, v, f=CARL, pt=10.5, lead=1.3)
        hline(sh, 16, 194, y2 + 1, lw=0.12, col=G3)
        y = y2 + 4
    if rec:
        y = (
            block(
                sh,
                16,
                y + 4,
                178,
                f"Op het origineel: ronde stempel van de uitgevende instantie, handtekening, "
                f"afgiftedatum {dword(rec['issued'], 'nl')}.",
                f=CARL_I,
                pt=10,
                lead=1.4,
            )
            + 10
        )
    frame(sh, 16, y, 178, 34, lw=0.4, col=(0, 104, 110))
    block(
        sh,
        20,
        y + 3,
        170,
        f"Ondergetekende, {tr_name}, beëdigd vertaler, ingeschreven in het Register beëdigde "
        f"tolken en vertalers onder nummer {wbtv}, verklaart dat deze vertaling getrouw en volledig is gemaakt van "
        f"het hem/haar getoonde document in het {_LNAME['nl'].get(src, src)}.",
        f=CARL,
        pt=10,
        lead=1.4,
        al="justify",
    )
    y += 42
    put(sh, 16, y, f"{city}, {dword(issued, 'nl')}", f=CARL, pt=10.5)
    signat(sh, 70, y + 4, rng, w=40, h=12, col=INK_BLACK)
    stampit(
        sh, 126, y, [tr_name[:26], "BEËDIGD VERTALER", f"WBTV {wbtv}"], rng, shape="rect", col=ST_BLUE, mm=46
    )
    return [sh]


_id._register(
    "translation-be-fr-genummerde-lijst-vierkante-haken-stempel-over-handtekening-50",
    "translation",
    PART,
    "fr",
    translation_be,
    country="BEL",
    notes="Belgian sworn translation into French as a numbered list",
)
_id._register(
    "translation-nl-wbtv-kopband-tabel-kader-verklaring-50",
    "translation",
    PART,
    "nl",
    translation_nl,
    country="NLD",
    notes="Dutch sworn translation with a letterhead band, a table and a framed declaration",
)
