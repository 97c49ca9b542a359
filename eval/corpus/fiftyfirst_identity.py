"""Identity and civil-status families of the `fiftyfirst` part (registered in identity.FAMILIES), and the part's own
small drawing kit that its 9ter and IND modules use.

Written by a writer who saw neither the validator nor its output, from the seeds, rules.md and how such papers look
in Belgian and Dutch files.  Each family's layout, wording and copy habit is described in its function's docstring
only (the part is read blind).

The part's 9ter applicants come from Eswatini, Bolivia and Cambodia, its IND applicants from Honduras, Uzbekistan and
Kyrgyzstan.  Importing this module adds those six countries to people.COUNTRIES / people.ORIGINS and the three 9ter
countries to be9ter.COUNTRIES (with setdefault, new keys only: no entry another part reads is changed).
"""

from __future__ import annotations

import datetime
import random
import zlib

from PIL import Image, ImageDraw, ImageFilter

from . import be9ter as _b9
from . import identity as _id
from . import mrz as M
from . import people as _pp
from .paper import Sheet
from .people import Person, strip_accents

PART = "fiftyfirst"
D = datetime.date
TODAY = D(2026, 12, 1)

# =========================================================================== countries (new keys only)

_NEW_COUNTRIES = {
    "SWZ": dict(
        a2="SZ",
        en="Eswatini",
        nl="Eswatini",
        fr="Eswatini",
        de="Eswatini",
        adj_en="Liswati",
        adj_nl="Swazische",
        adj_fr="swazie",
        adj_de="eswatinisch",
    ),
    "BOL": dict(
        a2="BO",
        en="Bolivia",
        nl="Bolivia",
        fr="Bolivie",
        de="Bolivien",
        adj_en="Bolivian",
        adj_nl="Boliviaanse",
        adj_fr="bolivienne",
        adj_de="bolivianisch",
    ),
    "KHM": dict(
        a2="KH",
        en="Cambodia",
        nl="Cambodja",
        fr="Cambodge",
        de="Kambodscha",
        adj_en="Cambodian",
        adj_nl="Cambodjaanse",
        adj_fr="cambodgienne",
        adj_de="kambodschanisch",
    ),
    "HND": dict(
        a2="HN",
        en="Honduras",
        nl="Honduras",
        fr="Honduras",
        de="Honduras",
        adj_en="Honduran",
        adj_nl="Hondurese",
        adj_fr="hondurienne",
        adj_de="honduranisch",
    ),
    "UZB": dict(
        a2="UZ",
        en="Uzbekistan",
        nl="Oezbekistan",
        fr="Ouzbékistan",
        de="Usbekistan",
        adj_en="Uzbek",
        adj_nl="Oezbeekse",
        adj_fr="ouzbèke",
        adj_de="usbekisch",
    ),
    "KGZ": dict(
        a2="KG",
        en="Kyrgyzstan",
        nl="Kirgizië",
        fr="Kirghizistan",
        de="Kirgisistan",
        adj_en="Kyrgyz",
        adj_nl="Kirgizische",
        adj_fr="kirghize",
        adj_de="kirgisisch",
    ),
}
_NEW_ORIGINS = {
    "SWZ": dict(
        m=["Sipho", "Mandla", "Bongani", "Sibusiso", "Musa", "Themba", "Mfanasibili", "Lwazi", "Nkosinathi"],
        f=["Nokuthula", "Thandeka", "Lindiwe", "Zanele", "Nomsa", "Phindile", "Sibongile", "Bonisile"],
        s=[
            "Dlamini",
            "Simelane",
            "Nxumalo",
            "Mamba",
            "Shongwe",
            "Magagula",
            "Mabuza",
            "Gamedze",
            "Matsebula",
            "Hlophe",
            "Masilela",
            "Tsabedze",
        ],
        places=[
            "Mbabane",
            "Manzini",
            "Nhlangano",
            "Siteki",
            "Piggs Peak",
            "Matsapha",
            "Big Bend",
            "Hlatikulu",
        ],
    ),
    "BOL": dict(
        m=[
            "Juan Carlos",
            "Marcelo",
            "Wilfredo",
            "Rodrigo",
            "Álvaro",
            "Freddy",
            "Limbert",
            "Gonzalo",
            "Edwin",
        ],
        f=["María Elena", "Ximena", "Roxana", "Gabriela", "Wendy", "Patricia", "Sdenka", "Carla", "Jhenny"],
        s=[
            "Mamani",
            "Quispe",
            "Choque",
            "Condori",
            "Flores",
            "Gutiérrez",
            "Vargas",
            "Rojas",
            "Ticona",
            "Apaza",
            "Justiniano",
            "Añez",
        ],
        places=[
            "La Paz",
            "El Alto",
            "Cochabamba",
            "Santa Cruz de la Sierra",
            "Oruro",
            "Sucre",
            "Potosí",
            "Tarija",
            "Trinidad",
        ],
    ),
    "KHM": dict(
        m=["Sokha", "Vannak", "Dara", "Piseth", "Rithy", "Sopheak", "Chanthou", "Visal", "Bunthoeun"],
        f=["Sreymom", "Channary", "Sophea", "Bopha", "Kunthea", "Sreyleak", "Davy", "Malis", "Rachana"],
        s=["Sok", "Chan", "Kim", "Pich", "Heng", "Chea", "Mao", "Nhem", "Ouk", "Prak", "Keo", "Seng"],
        places=[
            "Phnom Penh",
            "Battambang",
            "Siem Reap",
            "Kampong Cham",
            "Takeo",
            "Kampot",
            "Prey Veng",
            "Svay Rieng",
        ],
    ),
    "HND": dict(
        m=[
            "José Luis",
            "Wilmer",
            "Kevin Alexander",
            "Óscar",
            "Elvin",
            "Marvin",
            "Nelson",
            "Darwin",
            "Héctor",
        ],
        f=["Karla Patricia", "Dilcia", "Yesenia", "Glenda", "Keila", "Suyapa", "Ana Lucía", "Iris", "Belkis"],
        s=[
            "Hernández",
            "López",
            "Martínez",
            "Mejía",
            "Zelaya",
            "Banegas",
            "Castellanos",
            "Ordóñez",
            "Maradiaga",
            "Funez",
            "Cálix",
            "Padilla",
        ],
        places=[
            "Tegucigalpa",
            "San Pedro Sula",
            "La Ceiba",
            "Choluteca",
            "Comayagua",
            "El Progreso",
            "Danlí",
            "Juticalpa",
        ],
    ),
    "UZB": dict(
        m=["Otabek", "Jasur", "Sardor", "Bekzod", "Dilshod", "Rustam", "Shavkat", "Ulugbek", "Farrukh"],
        f=["Dilnoza", "Nilufar", "Gulnora", "Malika", "Shahnoza", "Zarina", "Feruza", "Madina", "Nodira"],
        s=[
            "Karimov",
            "Rahimov",
            "Yusupov",
            "Tursunov",
            "Abdullayev",
            "Ismoilov",
            "Nazarov",
            "Mirzayev",
            "Xolmatov",
            "Qodirov",
            "Sobirov",
            "Ergashev",
        ],
        places=["Toshkent", "Samarqand", "Buxoro", "Namangan", "Andijon", "Farg'ona", "Qarshi", "Nukus"],
    ),
    "KGZ": dict(
        m=["Azamat", "Nurlan", "Bakyt", "Ulan", "Aibek", "Chyngyz", "Ermek", "Talant", "Kubanych"],
        f=["Aigul", "Aizhan", "Nurzhan", "Cholpon", "Gulzat", "Begaiym", "Asel", "Meerim", "Zhyldyz"],
        s=[
            "Abdyldaev",
            "Toktogulov",
            "Asanov",
            "Sadykov",
            "Zhumabaev",
            "Osmonov",
            "Mamytov",
            "Bekmuratov",
            "Usenov",
            "Kadyrov",
            "Tashiev",
            "Dzhaparov",
        ],
        places=["Bishkek", "Osh", "Jalal-Abad", "Karakol", "Tokmok", "Naryn", "Talas", "Batken"],
    ),
}
for _k, _v in _NEW_COUNTRIES.items():
    _pp.COUNTRIES.setdefault(_k, _v)
    _pp._EN_TO_A3.setdefault(_v["en"], _k)
for _k, _v in _NEW_ORIGINS.items():
    _pp.ORIGINS.setdefault(_k, _v)


def _ins(en, fr, nl, de):
    return dict(insurance_en=en, insurance_fr=fr, insurance_nl=nl, insurance_de=de)


_B9_COUNTRIES = {
    "SWZ": dict(
        capital="Mbabane",
        hospital="Mbabane Government Hospital",
        currency="SZL",
        wage="3 500 SZL",
        lang="en",
        **_ins(
            "Eswatini has no national health insurance; the few private schemes exclude pre-existing "
            "chronic conditions and public hospitals regularly run out of specialised medicines.",
            "L'Eswatini n'a pas d'assurance maladie nationale ; les rares régimes privés excluent les "
            "maladies chroniques préexistantes et les hôpitaux publics manquent souvent de médicaments "
            "spécialisés.",
            "Eswatini kent geen nationale ziekteverzekering; de weinige private regelingen sluiten "
            "bestaande chronische ziekten uit en openbare ziekenhuizen hebben vaak geen "
            "gespecialiseerde geneesmiddelen in voorraad.",
            "Eswatini hat keine staatliche Krankenversicherung; private Versicherungen schließen "
            "bestehende chronische Leiden aus, staatliche Kliniken haben oft keine Spezialmedikamente.",
        ),
    ),
    "BOL": dict(
        capital="La Paz",
        hospital="Hospital de Clínicas, La Paz",
        currency="BOB",
        wage="2 750 BOB",
        lang="fr",
        **_ins(
            "The Sistema Único de Salud is free in principle, but waiting lists for specialised care "
            "run to months and many medicines must be bought in private pharmacies.",
            "Le Sistema Único de Salud est en principe gratuit, mais l'attente pour les soins "
            "spécialisés dure des mois et de nombreux médicaments doivent être achetés en pharmacie "
            "privée.",
            "Het Sistema Único de Salud is in principe gratis, maar de wachttijd voor "
            "gespecialiseerde zorg loopt op tot maanden en veel geneesmiddelen moeten privé gekocht "
            "worden.",
            "Das Sistema Único de Salud ist grundsätzlich kostenlos, doch die Wartezeit für "
            "Fachbehandlung beträgt Monate, viele Medikamente müssen privat gekauft werden.",
        ),
    ),
    "KHM": dict(
        capital="Phnom Penh",
        hospital="Hôpital Calmette, Phnom Penh",
        currency="KHR",
        wage="800 000 KHR",
        lang="fr",
        **_ins(
            "The Health Equity Fund covers only households registered as poor; others pay user fees "
            "and buy chronic medication privately.",
            "Le Health Equity Fund ne couvre que les ménages enregistrés comme pauvres ; les autres "
            "paient les soins et achètent les traitements chroniques à leurs frais.",
            "Het Health Equity Fund dekt enkel huishoudens die als arm geregistreerd zijn; anderen "
            "betalen de zorg en kopen chronische medicatie zelf.",
            "Der Health Equity Fund deckt nur als arm registrierte Haushalte; andere zahlen selbst "
            "und kaufen Dauermedikation privat.",
        ),
    ),
}
for _k, _v in _B9_COUNTRIES.items():
    _b9.COUNTRIES.setdefault(_k, {**_NEW_COUNTRIES[_k], **_v})
    _b9._EN2A3.setdefault(_NEW_COUNTRIES[_k]["en"].lower(), _k)

# =========================================================================== the kit: faces, inks, helpers

_T = "/usr/share/fonts/truetype"
_U = "/usr/share/fonts/opentype/urw-base35"
_C = "/usr/share/fonts/opentype/courier-prime"
LSANS, LSANS_B = f"{_T}/liberation/LiberationSans-Regular.ttf", f"{_T}/liberation/LiberationSans-Bold.ttf"
LSERIF, LSERIF_B = f"{_T}/liberation/LiberationSerif-Regular.ttf", f"{_T}/liberation/LiberationSerif-Bold.ttf"
LSERIF_I = f"{_T}/liberation/LiberationSerif-Italic.ttf"
NARROW, NARROW_B = (
    f"{_T}/liberation/LiberationSansNarrow-Regular.ttf",
    f"{_T}/liberation/LiberationSansNarrow-Bold.ttf",
)
FSERIF, FSERIF_B = f"{_T}/freefont/FreeSerif.ttf", f"{_T}/freefont/FreeSerifBold.ttf"
FSANS, FSANS_B = f"{_T}/freefont/FreeSans.ttf", f"{_T}/freefont/FreeSansBold.ttf"
FMONO = f"{_T}/freefont/FreeMono.ttf"
CALA, CALA_B, CALA_I = (
    f"{_T}/crosextra/Caladea-Regular.ttf",
    f"{_T}/crosextra/Caladea-Bold.ttf",
    f"{_T}/crosextra/Caladea-Italic.ttf",
)
CARL, CARL_B = f"{_T}/crosextra/Carlito-Regular.ttf", f"{_T}/crosextra/Carlito-Bold.ttf"
DVSC, DVSC_B = f"{_T}/dejavu/DejaVuSerifCondensed.ttf", f"{_T}/dejavu/DejaVuSerifCondensed-Bold.ttf"
DVS, DVS_B = f"{_T}/dejavu/DejaVuSans.ttf", f"{_T}/dejavu/DejaVuSans-Bold.ttf"
OCR = f"{_T}/dejavu/DejaVuSansMono.ttf"
C059, C059_B, C059_I = f"{_U}/C059-Roman.otf", f"{_U}/C059-Bold.otf", f"{_U}/C059-Italic.otf"
P052, P052_B = f"{_U}/P052-Roman.otf", f"{_U}/P052-Bold.otf"
GOTHB, GOTHD = f"{_U}/URWGothic-Book.otf", f"{_U}/URWGothic-Demi.otf"
NSN, NSN_B = f"{_U}/NimbusSansNarrow-Regular.otf", f"{_U}/NimbusSansNarrow-Bold.otf"
CPRIME, CPRIME_B = f"{_C}/Courier Prime.otf", f"{_C}/Courier Prime Bold.otf"
HAND_A = f"{_T}/fifthhorseman/dkg.ttf"
HAND_B = f"{_T}/kristi/Kristi.ttf"
HAND_C = f"{_T}/humor-sans/Humor-Sans.ttf"
HAND_D = f"{_T}/breip/Breip.ttf"

BLACK = (0, 0, 0)
G1, G2, G3 = (70, 70, 74), (120, 120, 124), (185, 185, 188)
PEN_BLUE, PEN_BLACK, PEN_GREEN = (24, 40, 132), (30, 30, 38), (20, 90, 60)
ST_BLUE, ST_VIOLET, ST_RED, ST_GREEN = (46, 66, 170), (98, 50, 146), (170, 40, 48), (40, 110, 70)


def hsh(*parts) -> int:
    return zlib.crc32("|".join(str(p) for p in parts).encode())


def T(sh: Sheet, x, y, s, *, f=LSANS, pt=10.0, col=BLACK, at="left", sp=0.0) -> float:
    return sh.text(x, y, s, font=f, size_pt=pt, color=col, anchor=at, letter_spacing=sp)


def W(s, f=LSANS, pt=10.0) -> float:
    from .paper import text_width_mm

    return text_width_mm(s, font=f, size_pt=pt)


def PAR(sh: Sheet, x, y, w, s, *, f=LSERIF, pt=10.5, lead=1.35, al="left") -> float:
    return sh.paragraph(x, y, w, s, font=f, size_pt=pt, leading=lead, align=al)


def HW(sh: Sheet, x, y, s, rng, *, f=HAND_A, pt=12.0, col=PEN_BLUE) -> float:
    return sh.handwriting(x, y, s, rng, size_pt=pt, color=col, font=f)


def BOX(sh: Sheet, x, y, w, h, *, lw=0.25, col=BLACK, fill=None) -> None:
    sh.rect(x, y, w, h, width_mm=lw, color=col, fill=fill)


def LINE(sh: Sheet, x1, y1, x2, y2, *, lw=0.2, col=BLACK, dash=None) -> None:
    sh.rule(x1, y1, x2, y2, width_mm=lw, color=col, dash=dash)


def SIGN(sh: Sheet, x, y, rng, *, w=40, h=15, col=PEN_BLUE) -> None:
    sh.signature(x, y, w, h, rng, color=col)


def STAMP(sh: Sheet, x, y, lines, rng, *, shape="round", col=ST_BLUE, mm=30.0) -> None:
    sh.stamp(x, y, lines, rng, shape=shape, color=col, size_mm=mm)


def dd(d: D, sep=".", order="dmy") -> str:
    if order == "ymd":
        return f"{d.year}{sep}{d.month:02d}{sep}{d.day:02d}"
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


MON = {
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
    "uz": [
        "yanvar",
        "fevral",
        "mart",
        "aprel",
        "may",
        "iyun",
        "iyul",
        "avgust",
        "sentabr",
        "oktabr",
        "noyabr",
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
}
MON3 = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def dlong(d: D, lang: str) -> str:
    m = MON[lang][d.month - 1]
    if lang == "en":
        return f"{d.day} {m} {d.year}"
    if lang == "es":
        return f"{d.day} de {m} de {d.year}"
    if lang == "de":
        return f"{d.day}. {m} {d.year}"
    if lang == "uz":
        return f"{d.year}-yil {d.day}-{m}"
    if lang == "fr":
        return f"{'1er' if d.day == 1 else d.day} {m} {d.year}"
    return f"{d.day} {m} {d.year}"


def d_pp(d: D) -> str:
    """16 MAR 1981 (passports)."""
    return f"{d.day:02d} {MON3[d.month - 1]} {d.year}"


def digs(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def dad(p: Person) -> str:
    return p.father or f"{p.surname}"


def mum(p: Person) -> str:
    return p.mother or "-"


def sexw(p: Person, lang: str) -> str:
    return {
        "en": ("Male", "Female"),
        "es": ("Masculino", "Femenino"),
        "fr": ("masculin", "féminin"),
        "nl": ("mannelijk", "vrouwelijk"),
        "uz": ("erkak", "ayol"),
        "tr": ("Erkek", "Kadın"),
    }[lang][0 if p.sex == "M" else 1]


def cname(code_or_en: str, lang: str) -> str:
    return _pp.country_name(code_or_en, lang)


def natw(code: str, lang: str) -> str:
    return _pp.nationality_adj(code, lang)


def ras(sh: Sheet, dpi: int = 200) -> Image.Image:
    return sh.render(dpi).convert("RGB")


def as_sheet(img: Image.Image, w=210.0, h=297.0) -> Sheet:
    s = Sheet(w, h)
    s.image(0, 0, w, h, img)
    return s


def quarter(sh: Sheet, k: int, dpi: int = 200) -> Sheet:
    """The page turned by k quarter turns (a copy laid sideways on the glass)."""
    img = ras(sh, dpi).rotate(90 * k, expand=True)
    w, h = (sh.height_mm, sh.width_mm) if k % 2 else (sh.width_mm, sh.height_mm)
    return as_sheet(img, w, h)


def aged(sh: Sheet, rng: random.Random, tone=(244, 234, 206), fold: bool = True, dpi: int = 170) -> Sheet:
    """Yellowed paper, a darker fold across the middle and soft edges: an old civil-status extract."""
    img = ras(sh, dpi)
    base = Image.new("RGB", img.size, tone)
    from PIL import ImageChops

    img = ImageChops.multiply(img, base)
    if fold:
        d = ImageDraw.Draw(img, "RGBA")
        y = img.height // 2 + rng.randint(-30, 30)
        for i in range(14):
            d.line(
                [(0, y + i - 7), (img.width, y + i - 7 + rng.randint(-3, 3))],
                fill=(90, 80, 60, 10 + 2 * (7 - abs(i - 7))),
            )
    img = img.filter(ImageFilter.GaussianBlur(0.5))
    return as_sheet(img, sh.width_mm, sh.height_mm)


def on_glass(
    card: Sheet, rng: random.Random, *, x=20.0, y=24.0, k=1.35, deg=0.0, lid_grey=(90, 90, 94)
) -> Sheet:
    """A small document (card or passport page) copied on an A4 sheet, enlarged by k and slightly askew."""
    sh = Sheet(210, 297)
    img = ras(card, 300)
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
    return sh


def mrz_block(sh: Sheet, x, y, lines, *, pt=10.5, gap=4.6, col=(16, 16, 16)) -> None:
    for i, ln in enumerate(lines):
        T(sh, x, y + i * gap, ln, f=OCR, pt=pt, col=col)


def guilloche(w, h, rng, bg, ink, n=18) -> Image.Image:
    import math

    px = 6
    img = Image.new("RGB", (int(w * px), int(h * px)), bg)
    d = ImageDraw.Draw(img)
    ph = rng.uniform(0, 6.28)
    for j in range(n):
        pts = []
        amp = h * px * (0.06 + 0.02 * (j % 4))
        off = h * px * (j + 0.5) / n
        for i in range(0, img.width + 8, 6):
            pts.append((i, off + amp * math.sin(i / (23.0 + j) + ph + j * 0.7)))
        d.line(pts, fill=ink, width=1)
    return img


# =========================================================================== passports (TD3)


def _dates(rng, issue, expiry, years=10):
    if expiry is None:
        expiry = TODAY + datetime.timedelta(days=rng.randint(300, 2400))
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


# Each passport: (country, number pattern, header lines, caption language pair, ground colours, layout, copy habit)
_PP = {
    "SWZ": dict(
        head=["KINGDOM OF ESWATINI", "UMBUSO WAKAMASWATI"],
        title="PASSPORT / LIPHASIPHOTHI",
        bg=(232, 240, 246),
        ink=(186, 206, 224),
        acc=(0, 60, 130),
        pre="SE",
        nd=7,
        photo="left",
        caps=[
            ("Surname", "Sibongo"),
            ("Given names", "Emagama"),
            ("Nationality", "Buve"),
            ("Date of birth", "Lusuku lwekutalwa"),
            ("Sex", "Bulili"),
            ("Place of birth", "Indzawo"),
            ("Date of issue", "Lusuku"),
            ("Date of expiry", "Kuphela"),
            ("Authority", "Ligunya"),
        ],
        auth="MINISTRY OF HOME AFFAIRS",
        habit="glass",
    ),
    "BOL": dict(
        head=["ESTADO PLURINACIONAL DE BOLIVIA"],
        title="PASAPORTE / PASSPORT",
        bg=(238, 232, 244),
        ink=(208, 196, 226),
        acc=(120, 30, 40),
        pre="",
        nd=8,
        photo="left",
        caps=[
            ("Apellidos / Surname", ""),
            ("Nombres / Given names", ""),
            ("Nacionalidad / Nationality", ""),
            ("Fecha de nacimiento / Date of birth", ""),
            ("Sexo / Sex", ""),
            ("Lugar de nacimiento / Place of birth", ""),
            ("Fecha de emisión / Date of issue", ""),
            ("Fecha de vencimiento / Date of expiry", ""),
            ("Autoridad / Authority", ""),
        ],
        auth="DIGEMIG LA PAZ",
        habit="turned",
    ),
    "KHM": dict(
        head=["KINGDOM OF CAMBODIA", "ROYAUME DU CAMBODGE"],
        title="PASSPORT / PASSEPORT",
        bg=(244, 236, 228),
        ink=(226, 208, 190),
        acc=(110, 20, 30),
        pre="N",
        nd=7,
        photo="right",
        caps=[
            ("Surname / Nom", ""),
            ("Given names / Prénoms", ""),
            ("Nationality / Nationalité", ""),
            ("Date of birth / Date de naissance", ""),
            ("Sex / Sexe", ""),
            ("Place of birth / Lieu de naissance", ""),
            ("Date of issue / Date de délivrance", ""),
            ("Date of expiry / Date d'expiration", ""),
            ("Authority / Autorité", ""),
        ],
        auth="MINISTRY OF INTERIOR",
        habit="grey",
    ),
    "HND": dict(
        head=["REPÚBLICA DE HONDURAS"],
        title="PASAPORTE",
        bg=(230, 242, 248),
        ink=(190, 220, 232),
        acc=(0, 80, 150),
        pre="G",
        nd=7,
        photo="left",
        caps=[
            ("Apellidos/Surname", ""),
            ("Nombres/Given names", ""),
            ("Nacionalidad/Nationality", ""),
            ("Fecha de nacimiento/Date of birth", ""),
            ("Sexo/Sex", ""),
            ("Lugar de nacimiento/Place of birth", ""),
            ("Fecha de expedición/Date of issue", ""),
            ("Fecha de vencimiento/Date of expiry", ""),
            ("Autoridad/Authority", ""),
        ],
        auth="INSTITUTO NACIONAL DE MIGRACIÓN",
        habit="glass-tilt",
    ),
    "UZB": dict(
        head=["O'ZBEKISTON RESPUBLIKASI", "REPUBLIC OF UZBEKISTAN"],
        title="PASPORT / PASSPORT",
        bg=(234, 244, 236),
        ink=(196, 224, 204),
        acc=(0, 100, 80),
        pre="FA",
        nd=7,
        photo="left",
        caps=[
            ("Familiyasi / Surname", ""),
            ("Ismi / Given names", ""),
            ("Fuqaroligi / Nationality", ""),
            ("Tug'ilgan sanasi / Date of birth", ""),
            ("Jinsi / Sex", ""),
            ("Tug'ilgan joyi / Place of birth", ""),
            ("Berilgan sanasi / Date of issue", ""),
            ("Amal qilish muddati / Date of expiry", ""),
            ("Kim tomonidan berilgan / Authority", ""),
        ],
        auth="IIV 27182",
        habit="glass",
    ),
    "KGZ": dict(
        head=["КЫРГЫЗ РЕСПУБЛИКАСЫ", "KYRGYZ REPUBLIC"],
        title="ПАСПОРТ / PASSPORT",
        bg=(246, 236, 232),
        ink=(230, 206, 196),
        acc=(160, 30, 30),
        pre="AC",
        nd=7,
        photo="right",
        caps=[
            ("Фамилиясы / Surname", ""),
            ("Аты / Given names", ""),
            ("Жарандыгы / Nationality", ""),
            ("Туулган датасы / Date of birth", ""),
            ("Жынысы / Sex", ""),
            ("Туулган жери / Place of birth", ""),
            ("Берилген датасы / Date of issue", ""),
            ("Мөөнөтү / Date of expiry", ""),
            ("Берген мекеме / Authority", ""),
        ],
        auth="ГРС 211011",
        habit="aged",
    ),
    "SUR": dict(
        head=["REPUBLIEK SURINAME"],
        title="PASPOORT / PASSPORT",
        bg=(240, 236, 226),
        ink=(222, 214, 190),
        acc=(0, 100, 50),
        pre="R",
        nd=6,
        photo="left",
        caps=[
            ("Naam / Surname", ""),
            ("Voornamen / Given names", ""),
            ("Nationaliteit / Nationality", ""),
            ("Geboortedatum / Date of birth", ""),
            ("Geslacht / Sex", ""),
            ("Geboorteplaats / Place of birth", ""),
            ("Datum van afgifte / Date of issue", ""),
            ("Geldig tot / Date of expiry", ""),
            ("Autoriteit / Authority", ""),
        ],
        auth="CBB PARAMARIBO",
        habit="glass-tilt",
    ),
}


def _passport(code: str):
    S = _PP[code]

    def make(
        person: Person,
        rng: random.Random,
        *,
        issue_date=None,
        expiry_date=None,
        break_check=None,
        mrz_override=None,
        crop=False,
        annotate=None,
        **opts,
    ):
        iss, exp = _dates(rng, issue_date, expiry_date, 10 if code in ("SWZ", "KHM", "HND") else 5)
        r = random.Random(hsh("pp51", code, person.surname, person.birth_date))
        num = S["pre"] + digs(r, S["nd"] + (2 - len(S["pre"])) if len(S["pre"]) < 2 else S["nd"])
        pw, ph = 125.0, 88.0
        card = Sheet(pw, ph)
        card.image(0, 0, pw, ph, guilloche(pw, ph, rng, S["bg"], S["ink"]))
        y = 3.0
        for ln in S["head"]:
            T(card, pw / 2, y, ln, f=DVS_B, pt=7.4, col=S["acc"], at="center")
            y += 3.3
        T(card, pw / 2, y, S["title"], f=DVS, pt=6.2, col=S["acc"], at="center", sp=0.3)
        px = 4.0 if S["photo"] == "left" else pw - 32.0
        card.photo(px, 15, 28, 35, rng)
        fx = 35.0 if S["photo"] == "left" else 5.0
        vals = [
            person.surname.upper(),
            person.given_names.upper(),
            f"{natw(code, 'en').upper()}",
            d_pp(person.birth_date),
            person.sex,
            strip_accents(person.birth_place).upper(),
            d_pp(iss),
            d_pp(exp),
            S["auth"],
        ]
        T(card, fx + 55, 14.5, "P", f=DVS_B, pt=8, col=G1)
        T(card, fx + 62, 14.5, code, f=DVS_B, pt=8, col=G1)
        T(card, fx + 80, 14.5, num, f=DVS_B, pt=9, col=(150, 20, 30) if code != "UZB" else BLACK)
        yy = 18.5
        for i, ((a, b), v) in enumerate(zip(S["caps"], vals)):
            cap = a + (f" / {b}" if b else "")
            if i in (3, 4):
                xx = fx + (0 if i == 3 else 52)
                T(card, xx, 30.6 + 0 * yy, "", pt=1)
            T(card, fx, yy, cap, f=NSN, pt=5.0, col=G1)
            T(card, fx, yy + 2.1, v[:38], f=DVS_B if i < 2 else DVS, pt=7.2)
            yy += 5.05
        for i, ln in enumerate(_td3(person, code, num, exp, break_check, mrz_override)):
            T(card, 4, ph - 12.5 + i * 4.6, ln, f=OCR, pt=9.35, col=(20, 20, 24))
        card.signature(fx + 50, ph - 29, 28, 8, rng, color=(30, 30, 40))
        habit = S["habit"]
        if crop:
            return [card]
        if habit == "turned":
            sh = on_glass(card, rng, x=16, y=22, k=1.4)
            T(sh, 20, 160, "COPIA FIEL DEL ORIGINAL", f=CPRIME_B, pt=11, col=ST_BLUE)
            sh = quarter(sh, rng.choice([1, 3]))
        elif habit == "grey":
            sh = Sheet(210, 297, paper="grey")
            im = ras(card, 300).convert("L").convert("RGB")
            sh.image(42, 30, 126, 126 * ph / pw, im)
            sh.rect(40, 28, 130, 126 * ph / pw + 4, width_mm=0.2, color=G2)
        elif habit == "aged":
            sh = on_glass(card, rng, x=20, y=140, k=1.3, deg=rng.uniform(-2.5, 2.5))
            sh = aged(sh, rng, fold=False)
        else:
            deg = rng.uniform(-3, 3) if habit == "glass-tilt" else 0.0
            sh = on_glass(card, rng, x=rng.uniform(14, 30), y=rng.uniform(18, 40), k=1.3, deg=deg)
        if annotate:
            HW(sh, 120, 270, annotate, rng, pt=12)
        return [sh]

    return make


for _c, _lang, _fid in [
    ("SWZ", "en/ss", "passport-td3-swz-blauwe-guilloche-siswati-bijschriften-plat-51"),
    ("BOL", "es/en", "passport-td3-bol-lila-grond-kwartslag-copia-fiel-51"),
    ("KHM", "en/fr", "passport-td3-khm-foto-rechts-grijze-kopie-kader-51"),
    ("HND", "es/en", "passport-td3-hnd-lichtblauw-schuin-op-glas-51"),
    ("UZB", "uz/en", "passport-td3-uzb-groene-grond-zwart-nummer-51"),
    ("KGZ", "ky/en", "passport-td3-kgz-cyrillisch-foto-rechts-onderaan-vergeeld-51"),
    ("SUR", "nl/en", "passport-td3-sur-beige-grond-scheef-51"),
]:
    _id._register(
        _fid,
        "identity-document",
        PART,
        _lang,
        _passport(_c),
        country=_c,
        mrz="TD3",
        photo=True,
        notes=f"{_c} passport data page",
    )


# =========================================================================== identity card (Eswatini) and Dutch permit


def idcard_swz(
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
    """Eswatini national identity card (TD1): front with coat-of-arms disc, personal ID number (PIN) and photo at the
    right; back with the MRZ; both sides photocopied one BESIDE the other on a landscape-turned A4, then the sheet
    turned upright again (the text runs sideways)."""
    iss, exp = _dates(rng, issue_date, expiry_date, 10)
    r = random.Random(hsh("swzid", person.surname, person.birth_date))
    num = "SZ" + digs(r, 7)
    pin = f"{person.birth_date.strftime('%y%m%d')}{1 if person.sex == 'M' else 6}{digs(r, 6)}"
    w, h = 85.6, 54.0
    f = Sheet(w, h)
    f.image(0, 0, w, h, guilloche(w, h, rng, (236, 242, 232), (200, 222, 196), 14))
    f.rect(0, 0, w, 8, width_mm=0, fill=(0, 60, 130))
    T(f, 4, 1.6, "KINGDOM OF ESWATINI  ·  NATIONAL IDENTITY CARD", f=DVS_B, pt=6.0, col=(255, 255, 255))
    f.photo(w - 25, 11, 21, 27, rng)
    rows = [
        ("SURNAME", person.surname.upper()),
        ("FORENAMES", person.given_names.upper()),
        ("DATE OF BIRTH", dd(person.birth_date, "/")),
        ("SEX", person.sex),
        ("PERSONAL ID NO", pin),
        ("DATE OF EXPIRY", dd(exp, "/")),
    ]
    y = 10.5
    for a, v in rows:
        T(f, 4, y, a, f=NSN, pt=4.6, col=G1)
        T(f, 4, y + 1.9, v, f=DVS_B, pt=6.6)
        y += 6.6
    f.signature(w - 26, 40, 22, 8, rng, color=(30, 30, 40))
    b = Sheet(w, h)
    b.image(0, 0, w, h, guilloche(w, h, rng, (236, 242, 232), (200, 222, 196), 10))
    T(b, 4, 4, f"Place of birth: {person.birth_place}", f=DVS, pt=5.6)
    T(b, 4, 8, f"Date of issue: {dd(iss, '/')}", f=DVS, pt=5.6)
    T(b, 4, 12, f"Card No: {num}", f=DVS, pt=5.6)
    o = dict(
        surname=person.surname,
        given_names=person.given_names,
        birth_date=person.birth_date,
        nationality="SWZ",
        sex=person.sex,
        number=num,
    )
    o.update(mrz_override or {})
    lines = M.td1(
        issuing="SWZ",
        surname=o["surname"],
        given=o["given_names"],
        number=o["number"],
        nationality=o["nationality"],
        birth_date=o["birth_date"],
        sex=o["sex"],
        expiry=exp,
        break_check=break_check,
    )
    for i, ln in enumerate(lines):
        T(b, 3, h - 17 + i * 5.0, ln, f=OCR, pt=8.9)
    if crop:
        return [f, b]
    land = Sheet(297, 210)
    land.image(18, 40, w * 1.5, h * 1.5, ras(f, 300))
    land.image(160, 40, w * 1.5, h * 1.5, ras(b, 300))
    T(land, 18, 140, "Certified true copy of the original", f=LSERIF_I, pt=11, col=G1)
    land.signature(18, 148, 40, 14, rng, color=PEN_BLUE)
    sh = quarter(land, 1)
    return [sh]


_id._register(
    "idcard-td1-swz-voor-en-achter-naast-elkaar-liggend-gedraaid-51",
    "identity-document",
    PART,
    "en",
    idcard_swz,
    country="SWZ",
    mrz="TD1",
    photo=True,
    notes="Eswatini identity card, both sides side by side",
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
    """Dutch residence document ('VERBLIJFSDOCUMENT') front and back, copied at 100 % in the upper third of a sheet,
    the back ABOVE the front, with the applicant's own pencilled 'voor/achter' arrows."""
    iss, exp = _dates(rng, issue_date, expiry_date, 5)
    r = random.Random(hsh("vvr51", person.surname, person.birth_date))
    num = "W" + "".join(r.choice("BCDFGHJKLMNPRSTVXZ0123456789") for _ in range(8))
    w, h = 85.6, 54.0
    f = Sheet(w, h)
    f.image(0, 0, w, h, guilloche(w, h, rng, (240, 236, 226), (222, 208, 180), 12))
    T(f, 4, 2.5, "KONINKRIJK DER NEDERLANDEN", f=DVS_B, pt=5.8, col=(20, 40, 110))
    T(f, 4, 5.6, "VERBLIJFSDOCUMENT", f=DVS_B, pt=7.5, col=(20, 40, 110))
    f.photo(4, 11, 21, 27, rng)
    rows = [
        ("Naam", person.surname.upper()),
        ("Voornamen", person.given_names.upper()),
        ("Geboortedatum", dd(person.birth_date, " ")),
        ("Nationaliteit", natw(person.nationality, "nl")),
        ("Geldig tot", dd(exp, " ")),
        ("Documentnummer", num),
    ]
    y = 10.5
    for a, v in rows:
        T(f, 28, y, a, f=NSN, pt=4.6, col=G1)
        T(f, 28, y + 1.9, v[:30], f=DVS_B, pt=6.3)
        y += 6.4
    b = Sheet(w, h)
    b.image(0, 0, w, h, guilloche(w, h, rng, (240, 236, 226), (222, 208, 180), 8))
    T(b, 4, 3, "Verblijfsvergunning regulier bepaalde tijd", f=DVS, pt=5.6)
    T(b, 4, 6.5, (purpose or "verblijf bij partner").capitalize(), f=DVS_B, pt=5.8)
    T(b, 4, 10, "Arbeid vrij toegestaan. TWV niet vereist.", f=DVS, pt=5.2)
    T(b, 4, 14, f"V-nummer {v_number or person.v_number or ''}", f=DVS, pt=5.6)
    T(b, 4, 17.5, f"Afgiftedatum {dd(iss, '-')}", f=DVS, pt=5.6)
    lines = M.td1(
        issuing="NLD",
        surname=person.surname,
        given=person.given_names,
        number=num,
        nationality=person.nationality,
        birth_date=person.birth_date,
        sex=person.sex,
        expiry=exp,
        break_check=break_check,
    )
    for i, ln in enumerate(lines):
        T(b, 3, h - 17 + i * 5.0, ln, f=OCR, pt=8.9)
    if crop:
        return [f, b]
    sh = Sheet(210, 297)
    sh.image(60, 16, w, h, ras(b, 300))
    sh.image(60, 78, w, h, ras(f, 300))
    HW(sh, 150, 30, "achter", rng, f=HAND_C, pt=11, col=G2)
    HW(sh, 150, 95, "voor", rng, f=HAND_C, pt=11, col=G2)
    if annotate:
        HW(sh, 20, 270, annotate, rng, pt=12)
    return [sh]


_id._register(
    "permit-vvr-nld-achterkant-boven-potloodpijlen-51",
    "identity-document",
    PART,
    "nl",
    permit_nld,
    country="NLD",
    mrz="TD1",
    photo=True,
    notes="Dutch residence document, back above front",
)


# =========================================================================== birth records


def _iss(rng, issue_date, lo=40, hi=700):
    return issue_date or (TODAY - datetime.timedelta(days=rng.randint(lo, hi)))


def _act(person: Person, rng, act_date):
    return act_date or (person.birth_date + datetime.timedelta(days=rng.randint(3, 40)))


def birth_swz(person: Person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Eswatini 'ABRIDGED BIRTH CERTIFICATE' of the Registrar-General (Births, Marriages and Deaths Registration Act):
    a printed green-bordered form, entry number top right, answers typed on dotted lines in capitals, the
    registrar's round stamp over the signature, yellowed and folded in four."""
    iss, act = _iss(rng, issue_date), _act(person, rng, act_date)
    sh = Sheet(210, 297)
    BOX(sh, 10, 10, 190, 277, lw=1.6, col=(40, 110, 70))
    BOX(sh, 12.5, 12.5, 185, 272, lw=0.4, col=(40, 110, 70))
    T(sh, 105, 22, "KINGDOM OF ESWATINI", f=P052_B, pt=15, at="center", col=(40, 90, 60))
    T(sh, 105, 30, "BIRTHS, MARRIAGES AND DEATHS REGISTRATION ACT, 1983", f=P052, pt=9, at="center")
    T(sh, 105, 40, "ABRIDGED BIRTH CERTIFICATE", f=P052_B, pt=17, at="center", sp=0.6)
    r = random.Random(hsh("swzb", person.surname, person.birth_date))
    T(
        sh,
        190,
        50,
        f"Entry No. {person.birth_date.year}/{digs(r, 5)}",
        f=P052,
        pt=10,
        at="right",
        col=(150, 30, 30),
    )
    rows = [
        ("Name of child", f"{person.given_names.upper()} {person.surname.upper()}"),
        ("Sex", sexw(person, "en").upper()),
        ("Date of birth", dlong(person.birth_date, "en").upper()),
        ("Place of birth", f"{person.birth_place.upper()}, {cname(person.birth_country, 'en').upper()}"),
        ("Name of father", (father or dad(person)).upper()),
        ("Name of mother", (mother or mum(person)).upper()),
        ("Date of registration", dlong(act, "en").upper()),
        ("Registration district", person.birth_place.upper()),
    ]
    y = 66
    for a, v in rows:
        T(sh, 22, y, a, f=P052, pt=11)
        LINE(sh, 72, y + 4.6, 188, y + 4.6, dash=0.6, col=G2)
        T(sh, 74, y, v, f=CPRIME, pt=11)
        y += 13
    PAR(
        sh,
        22,
        y + 6,
        166,
        "I hereby certify that the above is a true extract from the Register of Births kept in this office.",
        f=P052,
        pt=10.5,
    )
    T(sh, 22, y + 26, f"Given under my hand at Mbabane this {dlong(iss, 'en')}.", f=P052, pt=10.5)
    SIGN(sh, 120, y + 36, rng, col=PEN_BLACK)
    T(sh, 120, y + 54, "REGISTRAR-GENERAL", f=P052_B, pt=10)
    STAMP(
        sh, 108, y + 30, ["REGISTRAR GENERAL", "MBABANE", dd(iss, "."), "ESWATINI"], rng, col=ST_BLUE, mm=34
    )
    return [aged(sh, rng)]


def birth_khm(person: Person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Cambodian 'EXTRAIT D'ACTE DE NAISSANCE' issued in French by the commune's civil-status office: the royal motto
    centred ('Nation - Religion - Roi'), commune and district at the LEFT, act number under them, particulars as a
    numbered list, the commune chief's stamp in red at the bottom left."""
    iss, act = _iss(rng, issue_date), _act(person, rng, act_date)
    sh = Sheet(210, 297, paper="cream")
    T(sh, 105, 16, "ROYAUME DU CAMBODGE", f=GOTHD, pt=13, at="center")
    T(sh, 105, 23, "Nation  -  Religion  -  Roi", f=GOTHB, pt=11, at="center")
    T(sh, 20, 36, f"Province / Ville : {person.birth_place}", f=GOTHB, pt=10)
    T(
        sh,
        20,
        42,
        f"Commune / Sangkat : {random.Random(hsh('khmc', person.surname)).choice(['Boeung Keng Kang', 'Tuol Svay Prey', 'Svay Dangkum', 'Kampong Luong', 'Prek Pnov'])}",
        f=GOTHB,
        pt=10,
    )
    T(
        sh,
        20,
        48,
        f"N° d'acte : {digs(random.Random(hsh('khma', person.birth_date)), 3)}/{person.birth_date.year}",
        f=GOTHB,
        pt=10,
    )
    T(sh, 105, 64, "EXTRAIT D'ACTE DE NAISSANCE", f=GOTHD, pt=16, at="center", sp=0.4)
    items = [
        ("Nom et prénom", f"{person.surname.upper()} {person.given_names}"),
        ("Sexe", sexw(person, "fr")),
        ("Date de naissance", dlong(person.birth_date, "fr")),
        ("Lieu de naissance", person.birth_place),
        ("Nom du père", father or dad(person)),
        ("Nom de la mère", mother or mum(person)),
        ("Date de déclaration", dlong(act, "fr")),
    ]
    y = 80
    for i, (a, v) in enumerate(items, 1):
        T(sh, 24, y, f"{i}.  {a}", f=GOTHB, pt=11)
        T(sh, 88, y, f":  {v}", f=GOTHD, pt=11)
        y += 10
    PAR(
        sh,
        24,
        y + 6,
        162,
        "Extrait certifié conforme au registre des naissances de la commune.",
        f=GOTHB,
        pt=10.5,
    )
    T(sh, 186, y + 24, f"Fait le {dlong(iss, 'fr')}", f=GOTHB, pt=10.5, at="right")
    T(sh, 186, y + 31, "Le Chef de la Commune", f=GOTHD, pt=10.5, at="right")
    SIGN(sh, 140, y + 36, rng, col=PEN_BLUE)
    STAMP(
        sh,
        40,
        y + 34,
        ["OFFICIER D'ÉTAT CIVIL", person.birth_place.upper(), "CAMBODGE"],
        rng,
        col=ST_RED,
        mm=32,
    )
    return [sh]


def birth_bel(person: Person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Extract of a Belgian birth act from the DABS (the federal civil-status database): a printed A4 with the
    municipality's name at the top LEFT in bold, 'Uittreksel uit de akte van geboorte' as a two-line title, a
    grey table of 'Gegevens van het kind' and 'Gegevens van de ouders', a QR code and an e-seal line at the foot
    instead of a signature."""
    iss, act = _iss(rng, issue_date, 20, 300), _act(person, rng, act_date)
    town = (
        person.birth_place
        if person.birth_country in ("Belgium", "België")
        else rng.choice(["Gent", "Leuven", "Mechelen"])
    )
    sh = Sheet(210, 297)
    T(sh, 18, 16, f"Gemeente {town}", f=CARL_B, pt=14)
    T(sh, 18, 23, "Dienst Burgerzaken", f=CARL, pt=10, col=G1)
    T(sh, 18, 40, "Uittreksel uit de akte van geboorte", f=CARL_B, pt=16)
    r = random.Random(hsh("dabs", person.surname, person.birth_date))
    T(sh, 18, 48, f"Aktenummer {town.upper()[:3]}-A-{person.birth_date.year}-{digs(r, 6)}", f=CARL, pt=10)

    def table(y, title, rows):
        sh.rect(18, y, 174, 7, width_mm=0, fill=(225, 225, 228))
        T(sh, 20, y + 1.4, title, f=CARL_B, pt=10.5)
        y += 9
        for a, v in rows:
            T(sh, 20, y, a, f=CARL, pt=10, col=G1)
            T(sh, 80, y, v, f=CARL, pt=10.5)
            LINE(sh, 18, y + 5.5, 192, y + 5.5, col=G3)
            y += 7.4
        return y + 4

    y = table(
        58,
        "Gegevens van het kind",
        [
            ("Naam", person.surname),
            ("Voornamen", person.given_names),
            ("Geslacht", sexw(person, "nl")),
            ("Geboortedatum", dd(person.birth_date, "-")),
            ("Geboorteplaats", town),
        ],
    )
    y = table(
        y, "Gegevens van de ouders", [("Ouder 1", father or dad(person)), ("Ouder 2", mother or mum(person))]
    )
    y = table(
        y, "Akte", [("Datum opmaak", dd(act, "-")), ("Ambtenaar", "de ambtenaar van de burgerlijke stand")]
    )
    T(sh, 18, y + 6, f"Afgeleverd op {dd(iss, '-')} - vrijgesteld van zegelrecht", f=CARL, pt=9.5)
    sh.rect(18, y + 16, 22, 22, width_mm=0.3)
    for i in range(9):
        for j in range(9):
            if (hsh(i, j, person.surname) % 3) == 0:
                sh.rect(19 + i * 2.2, y + 17 + j * 2.2, 2.2, 2.2, width_mm=0, fill=BLACK)
    T(sh, 46, y + 20, "Elektronisch gezegeld door de gemeente - controleer via", f=CARL, pt=8.5, col=G1)
    T(sh, 46, y + 25, "www.burgerzaken.vlaanderen.be/dabs", f=CARL, pt=8.5, col=G1)
    return [sh]


def birth_tur(person: Person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Turkish population register's 'DOĞUM KAYIT ÖRNEĞİ' printed from e-Devlet: the crescent header line, a grey
    barcode strip at the top RIGHT, a two-column table of the record, the verification code at the foot; no signature
    (e-signed)."""
    iss = _iss(rng, issue_date, 20, 300)
    sh = Sheet(210, 297)
    T(sh, 105, 14, "T.C.", f=DVS_B, pt=11, at="center")
    T(sh, 105, 20, "İÇİŞLERİ BAKANLIĞI", f=DVS_B, pt=10, at="center")
    T(sh, 105, 25.5, "Nüfus ve Vatandaşlık İşleri Genel Müdürlüğü", f=DVS, pt=9.5, at="center")
    T(sh, 105, 38, "DOĞUM KAYIT ÖRNEĞİ", f=DVS_B, pt=14, at="center")
    r = random.Random(hsh("tur51", person.surname, person.birth_date))
    for i in range(38):
        if r.random() < 0.6:
            sh.rect(150 + i * 1.1, 8, 0.6, 10, width_mm=0, fill=BLACK)
    rows = [
        ("Adı", person.given_names),
        ("Soyadı", person.surname),
        ("Baba Adı", (father or dad(person)).split()[0]),
        ("Ana Adı", (mother or mum(person)).split()[0]),
        ("Doğum Yeri", person.birth_place),
        ("Doğum Tarihi", dd(person.birth_date, ".")),
        ("Cinsiyeti", sexw(person, "tr")),
        (
            "Uyruğu",
            {"SWZ": "ESVATİNİ", "BOL": "BOLİVYA", "KHM": "KAMBOÇYA"}.get(person.nationality, "YABANCI"),
        ),
        ("Tescil Tarihi", dd(person.birth_date + datetime.timedelta(days=r.randint(4, 30)), ".")),
    ]
    y = 52
    for a, v in rows:
        BOX(sh, 25, y, 55, 8, lw=0.2)
        BOX(sh, 80, y, 105, 8, lw=0.2)
        T(sh, 27, y + 1.8, a, f=DVS_B, pt=9.5)
        T(sh, 82, y + 1.8, v, f=DVS, pt=9.5)
        y += 8
    T(sh, 25, y + 10, f"Belge Tarihi: {dd(iss, '.')}", f=DVS, pt=9)
    T(sh, 25, y + 16, f"Doğrulama Kodu: {digs(r, 4)}-{digs(r, 4)}-{digs(r, 4)}", f=DVS, pt=9)
    T(
        sh,
        25,
        y + 22,
        "Bu belge 5070 sayılı Elektronik İmza Kanunu gereğince güvenli elektronik imza ile imzalanmıştır.",
        f=DVS,
        pt=7.5,
        col=G1,
    )
    return [sh]


def birth_hnd(person: Person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Honduran 'CERTIFICACIÓN DE ACTA DE NACIMIENTO' of the Registro Nacional de las Personas (RNP): a blue
    double-line frame, the RNP shield at the top LEFT, the record written as one paragraph ('El infrascrito
    Registrador Civil Municipal CERTIFICA...'), the registrar's violet stamp and a printed security number at the
    foot."""
    iss, act = _iss(rng, issue_date), _act(person, rng, act_date)
    sh = Sheet(210, 297)
    BOX(sh, 12, 12, 186, 273, lw=0.9, col=(0, 70, 140))
    BOX(sh, 14, 14, 182, 269, lw=0.3, col=(0, 70, 140))
    sh.rect(22, 20, 18, 22, width_mm=0.6, color=(0, 70, 140))
    T(sh, 31, 27, "RNP", f=DVS_B, pt=9, at="center", col=(0, 70, 140))
    T(sh, 112, 22, "REPÚBLICA DE HONDURAS", f=LSERIF_B, pt=13, at="center")
    T(sh, 112, 29, "REGISTRO NACIONAL DE LAS PERSONAS", f=LSERIF_B, pt=11, at="center")
    T(sh, 112, 44, "CERTIFICACIÓN DE ACTA DE NACIMIENTO", f=LSERIF_B, pt=14, at="center")
    r = random.Random(hsh("hnd51", person.surname, person.birth_date))
    num = f"{r.randint(801, 1804):04d}-{person.birth_date.year}-{digs(r, 5)}"
    s = (
        f"El infrascrito Registrador Civil Municipal de {person.birth_place} CERTIFICA: que en el Libro de "
        f"Nacimientos del año {act.year}, Tomo {r.randint(1, 40)}, Folio {r.randint(1, 400)}, se encuentra inscrita "
        f"el acta número {num} que literalmente dice: {person.given_names.upper()} {person.surname.upper()}, sexo "
        f"{sexw(person, 'es').lower()}, nació en {person.birth_place}, departamento de {person.birth_place}, el día "
        f"{dlong(person.birth_date, 'es')}. Hijo(a) de {father or dad(person)} y de {mother or mum(person)}. "
        f"Inscrito el {dlong(act, 'es')}. Y para los fines que al interesado convengan se extiende la presente en "
        f"{person.birth_place}, el {dlong(iss, 'es')}."
    )
    y = PAR(sh, 24, 60, 162, s, f=LSERIF, pt=11.5, lead=1.6, al="justify")
    SIGN(sh, 120, y + 14, rng, col=PEN_BLUE)
    T(sh, 140, y + 32, "Registrador Civil Municipal", f=LSERIF, pt=10.5, at="center")
    STAMP(
        sh,
        60,
        y + 10,
        ["REGISTRO CIVIL", person.birth_place.upper(), "HONDURAS C.A."],
        rng,
        col=ST_VIOLET,
        mm=33,
    )
    T(sh, 24, 272, f"Serie A  N° {digs(r, 8)}", f=DVS_B, pt=9, col=(170, 40, 48))
    return [sh]


def birth_uzb(person: Person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Uzbek 'TUG'ILGANLIK HAQIDA GUVOHNOMA' (birth certificate, Latin-script Uzbek): a landscape blank with a
    light green guilloche, the state emblem's circle at the top centre, the answers filled in by hand in blue on the
    printed lines, a series and number ('I-TN 0123456') at the top RIGHT and the ZAGS office's round stamp."""
    iss, act = _iss(rng, issue_date), _act(person, rng, act_date)
    sh = Sheet(297, 210)
    sh.image(0, 0, 297, 210, guilloche(297, 210, rng, (238, 246, 238), (210, 232, 212), 26))
    sh.rect(138, 10, 20, 20, width_mm=0.6, color=(0, 100, 80))
    T(sh, 148, 34, "O'ZBEKISTON RESPUBLIKASI", f=DVS_B, pt=11, at="center")
    T(sh, 148, 42, "TUG'ILGANLIK HAQIDA GUVOHNOMA", f=DVS_B, pt=15, at="center", sp=0.5)
    r = random.Random(hsh("uzb51", person.surname, person.birth_date))
    T(sh, 282, 14, f"I-TN {digs(r, 7)}", f=DVS_B, pt=12, at="right", col=(170, 40, 48))
    rows = [
        ("Familiyasi", person.surname),
        ("Ismi", person.given_names),
        ("Tug'ilgan sanasi", dlong(person.birth_date, "uz")),
        ("Tug'ilgan joyi", person.birth_place),
        ("Otasi", father or dad(person)),
        ("Onasi", mother or mum(person)),
        ("Dalolatnoma yozuvi", f"№ {r.randint(10, 999)}, {dd(act, '.')}"),
        ("Berilgan sanasi", dd(iss, ".")),
    ]
    y = 58
    for a, v in rows:
        T(sh, 40, y, a, f=DVS, pt=10.5)
        LINE(sh, 100, y + 5, 260, y + 5, col=G2)
        HW(sh, 104, y - 2.2, v, rng, f=HAND_A, pt=14)
        y += 14
    T(sh, 40, y + 8, "FHDYo bo'limi mudiri", f=DVS, pt=10)
    SIGN(sh, 90, y + 4, rng)
    STAMP(sh, 200, y - 6, ["FHDYO", person.birth_place.upper(), "O'ZBEKISTON"], rng, col=ST_BLUE, mm=30)
    return [sh]


for _c, _fn, _lang, _fid in [
    ("SWZ", birth_swz, "en", "birth-swz-groene-rand-stippellijnen-typemachine-vergeeld-51"),
    ("KHM", birth_khm, "fr", "birth-khm-extrait-frans-genummerde-lijst-rode-stempel-51"),
    ("BEL", birth_bel, "nl", "birth-be-dabs-uittreksel-grijze-tabellen-qr-eseal-51"),
    ("TUR", birth_tur, "tr", "birth-tur-edevlet-kayit-ornegi-tabel-barcode-51"),
    ("HND", birth_hnd, "es", "birth-hnd-rnp-certificacion-proza-blauw-kader-51"),
    ("UZB", birth_uzb, "uz", "birth-uzb-guvohnoma-liggend-handgeschreven-51"),
]:
    _id._register(_fid, "birth-certificate", PART, _lang, _fn, country=_c, notes=f"{_c} birth record")


# =========================================================================== nationality, identity certificates, marriage


def nationality_swz(person: Person, rng, *, issue_date=None, **opts):
    """Eswatini 'CERTIFICATE OF CITIZENSHIP' (Citizenship Act): landscape-looking content on a portrait sheet inside
    a blue rope border, the holder's particulars in a centred block and the Principal Secretary's signature at the
    bottom RIGHT with a dry seal drawn as an embossed ring."""
    iss = _iss(rng, issue_date)
    sh = Sheet(210, 297, paper="cream")
    BOX(sh, 14, 14, 182, 269, lw=2.2, col=(0, 60, 130))
    BOX(sh, 18, 18, 174, 261, lw=0.3, col=(0, 60, 130))
    T(sh, 105, 34, "KINGDOM OF ESWATINI", f=C059_B, pt=16, at="center")
    T(sh, 105, 44, "CITIZENSHIP ACT", f=C059, pt=11, at="center")
    T(sh, 105, 62, "CERTIFICATE OF CITIZENSHIP", f=C059_B, pt=19, at="center", sp=0.8)
    PAR(sh, 30, 84, 150, "This is to certify that", f=C059_I, pt=12, al="center")
    T(sh, 105, 98, f"{person.given_names.upper()} {person.surname.upper()}", f=C059_B, pt=15, at="center")
    PAR(
        sh,
        30,
        112,
        150,
        f"born at {person.birth_place} on {dlong(person.birth_date, 'en')}, is a citizen of the "
        "Kingdom of Eswatini by birth.",
        f=C059,
        pt=12,
        al="center",
    )
    r = random.Random(hsh("swzn", person.surname))
    T(sh, 30, 160, f"Certificate No. C/{digs(r, 6)}", f=C059, pt=11)
    T(sh, 30, 168, f"Issued at Mbabane, {dlong(iss, 'en')}", f=C059, pt=11)
    SIGN(sh, 120, 190, rng, col=PEN_BLACK)
    T(sh, 150, 210, "Principal Secretary", f=C059, pt=11, at="center")
    T(sh, 150, 216, "Ministry of Home Affairs", f=C059, pt=11, at="center")
    sh.rect(40, 196, 26, 26, width_mm=0.2, color=(200, 200, 196))
    return [sh]


def nationality_khm(person: Person, rng, *, issue_date=None, **opts):
    """Cambodian 'CERTIFICAT DE NATIONALITÉ' from the Ministry of Interior, written in French as a short letter with
    a reference at the top LEFT and a red square stamp beside the signature at the RIGHT."""
    iss = _iss(rng, issue_date)
    sh = Sheet(210, 297)
    T(sh, 105, 16, "ROYAUME DU CAMBODGE", f=LSERIF_B, pt=13, at="center")
    T(sh, 105, 22.5, "Nation  Religion  Roi", f=LSERIF, pt=10.5, at="center")
    T(sh, 20, 34, "MINISTÈRE DE L'INTÉRIEUR", f=LSERIF_B, pt=10.5)
    T(sh, 20, 40, "Département général de l'identification", f=LSERIF, pt=10)
    r = random.Random(hsh("khmn", person.surname))
    T(sh, 20, 46, f"N° {digs(r, 4)}/{iss.year % 100:02d} DGI", f=LSERIF, pt=10)
    T(sh, 105, 66, "CERTIFICAT DE NATIONALITÉ", f=LSERIF_B, pt=16, at="center")
    s = (
        f"Le Directeur général de l'identification certifie que {'Madame' if person.sex == 'F' else 'Monsieur'} "
        f"{person.surname.upper()} {person.given_names}, né{'e' if person.sex == 'F' else ''} le "
        f"{dlong(person.birth_date, 'fr')} à {person.birth_place}, {'fille' if person.sex == 'F' else 'fils'} de "
        f"{dad(person)} et de {mum(person)}, possède la nationalité cambodgienne en vertu de la loi sur la "
        f"nationalité du 20 août 1996. Le présent certificat est délivré pour servir et valoir ce que de droit."
    )
    y = PAR(sh, 24, 82, 162, s, f=LSERIF, pt=11.5, lead=1.55, al="justify")
    T(sh, 186, y + 14, f"Phnom Penh, le {dlong(iss, 'fr')}", f=LSERIF, pt=11, at="right")
    SIGN(sh, 140, y + 24, rng)
    STAMP(
        sh, 112, y + 18, ["MINISTÈRE DE L'INTÉRIEUR", "DGI", "CAMBODGE"], rng, shape="rect", col=ST_RED, mm=30
    )
    return [sh]


def idcert_swz(person: Person, rng, *, issue_date=None, declarative=False, **opts):
    """The Eswatini High Commission's 'CERTIFICATE OF IDENTITY' in English: letterhead centred with the emblem
    ring, the photo stapled at the top LEFT with the embassy stamp over its corner, a two-column particulars table
    and the basis of the certificate in one sentence (national register, or the holder's own statement)."""
    iss = _iss(rng, issue_date, 20, 400)
    sh = Sheet(210, 297)
    sh.rect(97, 10, 16, 16, width_mm=0.5, color=(0, 60, 130))
    T(sh, 105, 30, "HIGH COMMISSION OF THE KINGDOM OF ESWATINI", f=LSANS_B, pt=11, at="center")
    T(sh, 105, 36, "Avenue Winston Churchill 188, 1180 Brussels", f=LSANS, pt=9, at="center", col=G1)
    T(sh, 105, 52, "CERTIFICATE OF IDENTITY", f=LSANS_B, pt=15, at="center")
    sh.photo(20, 62, 30, 38, rng)
    sh.rect(28, 58, 6, 2, width_mm=0, fill=(150, 150, 156))
    STAMP(sh, 36, 88, ["HIGH COMMISSION", "ESWATINI", "BRUSSELS"], rng, col=ST_VIOLET, mm=26)
    r = random.Random(hsh("swzi", person.surname))
    rows = [
        ("Surname", person.surname.upper()),
        ("Forenames", person.given_names),
        ("Sex", sexw(person, "en")),
        ("Date of birth", dd(person.birth_date, "/")),
        ("Place of birth", person.birth_place),
        ("Nationality", "Liswati"),
        ("Father", dad(person)),
        ("Mother", mum(person)),
        ("Personal ID No.", f"{person.birth_date.strftime('%y%m%d')}{digs(r, 7)}"),
    ]
    y = 64
    for a, v in rows:
        T(sh, 60, y, a, f=LSANS, pt=10, col=G1)
        T(sh, 100, y, v, f=LSANS_B, pt=10)
        y += 7
    basis = (
        "The particulars above were given by the holder, who has no identity document; they have not been "
        "verified against the national register."
        if declarative
        else "The particulars above have been verified against the National Population Register of the "
        "Kingdom of Eswatini."
    )
    y = PAR(
        sh, 20, y + 10, 170, basis + " This certificate is issued at the holder's request.", f=LSANS, pt=10.5
    )
    T(sh, 20, y + 10, f"Brussels, {dlong(iss, 'en')}", f=LSANS, pt=10.5)
    SIGN(sh, 120, y + 14, rng)
    T(sh, 120, y + 32, "First Secretary (Consular)", f=LSANS, pt=10)
    return [sh]


def idcert_khm(person: Person, rng, *, issue_date=None, declarative=False, **opts):
    """The Royal Embassy of Cambodia's 'ATTESTATION D'IDENTITÉ' in French: embassy block at the top RIGHT, photo at
    the RIGHT below it with a dry-seal circle, text as prose naming the holder and the register consulted (or
    noting that it rests on the holder's declaration), signature and red round stamp at the foot."""
    iss = _iss(rng, issue_date, 20, 400)
    sh = Sheet(210, 297)
    for i, ln in enumerate(["AMBASSADE ROYALE DU CAMBODGE", "Avenue de Tervueren 264 A", "1150 Bruxelles"]):
        T(sh, 190, 16 + i * 5.5, ln, f=FSERIF_B if i == 0 else FSERIF, pt=10.5, at="right")
    sh.photo(156, 40, 30, 38, rng)
    sh.rect(150, 70, 14, 14, width_mm=0.2, color=G3)
    T(sh, 20, 52, "ATTESTATION D'IDENTITÉ", f=FSERIF_B, pt=15)
    r = random.Random(hsh("khmi", person.surname))
    T(sh, 20, 60, f"Réf. : {digs(r, 3)}/AMB/CONS/{iss.year}", f=FSERIF, pt=10)
    s = (
        f"L'Ambassade Royale du Cambodge à Bruxelles atteste que la personne dont la photographie figure "
        f"ci-contre est {'Madame' if person.sex == 'F' else 'Monsieur'} {person.surname.upper()} "
        f"{person.given_names}, né{'e' if person.sex == 'F' else ''} le {dlong(person.birth_date, 'fr')} à "
        f"{person.birth_place} (Cambodge), de nationalité cambodgienne. "
    )
    s += (
        "Cette attestation est établie sur la seule base des déclarations de l'intéressé(e), qui ne dispose "
        "d'aucun document d'identité."
        if declarative
        else "Ces données ont été vérifiées dans le registre de la population du Ministère de l'Intérieur."
    )
    y = PAR(sh, 20, 86, 170, s, f=FSERIF, pt=11.5, lead=1.5, al="justify")
    T(sh, 20, y + 12, f"Fait à Bruxelles, le {dlong(iss, 'fr')}", f=FSERIF, pt=11)
    T(sh, 120, y + 24, "Le Consul", f=FSERIF, pt=11)
    SIGN(sh, 115, y + 28, rng)
    STAMP(sh, 70, y + 24, ["AMBASSADE ROYALE", "DU CAMBODGE", "BRUXELLES"], rng, col=ST_RED, mm=30)
    return [sh]


def marriage_swz(person: Person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    """Eswatini 'MARRIAGE CERTIFICATE' (Marriage Act 1964, civil rites): a ruled register copy in landscape with one
    column per party (groom LEFT, bride RIGHT), rows of particulars, the marriage officer's and witnesses' signatures
    in the lowest rows; copied grey."""
    iss = _iss(rng, issue_date)
    h, w = (person, spouse) if person.sex == "M" else (spouse, person)
    md = marriage_date or (TODAY - datetime.timedelta(days=rng.randint(900, 5000)))
    sh = Sheet(297, 210, paper="grey")
    T(sh, 148, 14, "KINGDOM OF ESWATINI - MARRIAGE ACT, 1964", f=DVSC_B, pt=12, at="center")
    T(sh, 148, 21, "CERTIFIED COPY OF AN ENTRY OF MARRIAGE", f=DVSC_B, pt=14, at="center")
    rows = [
        ("Full names", lambda q: f"{q.given_names} {q.surname}" if q else "-"),
        ("Age", lambda q: str(md.year - q.birth_date.year) if q else "-"),
        ("Condition", lambda q: "Bachelor" if q is h else "Spinster"),
        ("Residence", lambda q: q.birth_place if q else "-"),
        ("Father", lambda q: dad(q) if q else "-"),
    ]
    BOX(sh, 20, 32, 257, 9 + 10 * len(rows), lw=0.4)
    T(sh, 24, 34, "", pt=1)
    T(sh, 120, 34, "HUSBAND", f=DVSC_B, pt=10)
    T(sh, 210, 34, "WIFE", f=DVSC_B, pt=10)
    y = 41
    for a, fn in rows:
        LINE(sh, 20, y, 277, y, lw=0.2)
        T(sh, 24, y + 2.5, a, f=DVSC, pt=10)
        T(sh, 100, y + 2.5, fn(h), f=CPRIME, pt=10.5)
        T(sh, 190, y + 2.5, fn(w), f=CPRIME, pt=10.5)
        y += 10
    for x in (96, 186):
        LINE(sh, x, 32, x, y, lw=0.2)
    T(
        sh,
        24,
        y + 8,
        f"Married at {h.birth_place if h else 'Mbabane'} on {dlong(md, 'en')} by civil rites.",
        f=DVSC,
        pt=10.5,
    )
    T(sh, 24, y + 16, "Marriage officer", f=DVSC, pt=10)
    SIGN(sh, 60, y + 12, rng, col=PEN_BLACK)
    T(sh, 150, y + 16, "Witnesses", f=DVSC, pt=10)
    SIGN(sh, 180, y + 12, rng, w=30, col=PEN_BLACK)
    SIGN(sh, 220, y + 12, rng, w=30, col=PEN_BLACK)
    T(sh, 24, y + 34, f"Certified a true copy. Registrar-General, Mbabane, {dlong(iss, 'en')}", f=DVSC, pt=10)
    STAMP(sh, 230, y + 26, ["REGISTRAR GENERAL", "ESWATINI"], rng, col=ST_BLUE, mm=28)
    return [sh]


def marriage_bel(person: Person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    """Extract of a Belgian marriage act in French ('Extrait d'acte de mariage') from a Walloon commune: the commune's
    name and address in a grey band across the top, the two spouses in two framed boxes side by side, date and
    place below, the civil-status officer's name typed with a blue commune stamp; no handwriting."""
    iss = _iss(rng, issue_date, 30, 300)
    h, w = (person, spouse) if person.sex == "M" else (spouse, person)
    md = marriage_date or (TODAY - datetime.timedelta(days=rng.randint(400, 1500)))
    town = rng.choice(["Namur", "Liège", "Charleroi", "Mons", "Verviers"])
    sh = Sheet(210, 297)
    sh.rect(0, 10, 210, 16, width_mm=0, fill=(228, 228, 230))
    T(sh, 18, 13, f"Ville de {town}", f=GOTHD, pt=14)
    T(sh, 18, 20, "Service Population - État civil", f=GOTHB, pt=9.5, col=G1)
    T(sh, 105, 40, "EXTRAIT D'ACTE DE MARIAGE", f=GOTHD, pt=15, at="center")
    for i, q in enumerate((h, w)):
        x = 18 + i * 90
        BOX(sh, x, 52, 84, 44, lw=0.3)
        T(sh, x + 3, 55, "Époux" if i == 0 else "Épouse", f=GOTHD, pt=10)
        if q is None:
            continue
        for j, s in enumerate(
            [
                q.surname.upper(),
                q.given_names,
                f"né{'e' if q.sex == 'F' else ''} le {dd(q.birth_date, '/')}",
                f"à {q.birth_place}",
                f"nationalité {natw(q.nationality, 'fr')}",
            ]
        ):
            T(sh, x + 3, 63 + j * 6, s, f=GOTHB, pt=10)
    T(sh, 18, 106, f"Date du mariage : {dlong(md, 'fr')}", f=GOTHB, pt=11)
    T(sh, 18, 113, f"Lieu du mariage : {town}", f=GOTHB, pt=11)
    r = random.Random(hsh("bem", person.surname))
    T(sh, 18, 120, f"Numéro d'acte : {town[:3].upper()}-M-{md.year}-{digs(r, 5)}", f=GOTHB, pt=11)
    T(sh, 18, 140, f"Délivré à {town}, le {dd(iss, '/')}", f=GOTHB, pt=10.5)
    T(sh, 120, 150, "L'Officier de l'état civil délégué", f=GOTHB, pt=10)
    STAMP(sh, 60, 150, [f"VILLE DE {town.upper()}", "ÉTAT CIVIL"], rng, col=ST_BLUE, mm=28)
    return [sh]


_id._register(
    "nationality-swz-burgerschap-touwrand-gecentreerd-51",
    "nationality-certificate",
    PART,
    "en",
    nationality_swz,
    country="SWZ",
    notes="Eswatini citizenship certificate",
)
_id._register(
    "nationality-khm-certificat-brief-rode-vierkante-stempel-51",
    "nationality-certificate",
    PART,
    "fr",
    nationality_khm,
    country="KHM",
    notes="Cambodian certificate of nationality in French",
)
_id._register(
    "idcert-swz-hoge-commissie-foto-links-tabel-51",
    "identity-certificate",
    PART,
    "en",
    idcert_swz,
    country="SWZ",
    photo=True,
    notes="Eswatini High Commission certificate of identity",
)
_id._register(
    "idcert-khm-ambassade-attestation-foto-rechts-proza-51",
    "identity-certificate",
    PART,
    "fr",
    idcert_khm,
    country="KHM",
    photo=True,
    notes="Cambodian embassy attestation of identity",
)
_id._register(
    "marriage-swz-registerkopie-liggend-grijs-twee-kolommen-51",
    "marriage-certificate",
    PART,
    "en",
    marriage_swz,
    country="SWZ",
    notes="Eswatini marriage register copy",
)
_id._register(
    "marriage-be-extrait-wallonie-grijze-band-twee-vakken-51",
    "marriage-certificate",
    PART,
    "fr",
    marriage_bel,
    country="BEL",
    notes="Belgian marriage extract in French",
)


# =========================================================================== sworn translations

_LANGN = {
    "fr": {"tr": "turc", "es": "espagnol", "uz": "ouzbek", "ky": "kirghize"},
    "nl": {"tr": "Turks", "es": "Spaans", "uz": "Oezbeeks", "ky": "Kirgizisch"},
}


def _trows(person: Person, lang: str, src: str):
    if lang == "fr":
        return [
            ("Nom", person.surname),
            ("Prénom(s)", person.given_names),
            ("Sexe", sexw(person, "fr")),
            ("Date de naissance", dlong(person.birth_date, "fr")),
            ("Lieu de naissance", f"{person.birth_place} ({cname(person.birth_country, 'fr')})"),
            ("Père", dad(person)),
            ("Mère", mum(person)),
        ]
    return [
        ("Geslachtsnaam", person.surname),
        ("Voornamen", person.given_names),
        ("Geslacht", sexw(person, "nl")),
        ("Geboortedatum", dlong(person.birth_date, "nl")),
        ("Geboorteplaats", f"{person.birth_place} ({cname(person.birth_country, 'nl')})"),
        ("Vader", dad(person)),
        ("Moeder", mum(person)),
    ]


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
    """Belgian sworn translator's French translation ('TRADUCTION JURÉE') in Courier on plain paper: a header line
    '[Traduit du turc]', the document rendered as label-colon-value lines with '[cachet]' and '[signature
    illisible]' in brackets where the original has them, the translator's oath formula (court of first instance) and
    stamp at the foot, a staple mark top left."""
    iss = _iss(rng, issue_date, 10, 60)
    src = source_lang.split("/")[0]
    sh = Sheet(210, 297)
    sh.rect(10, 8, 6, 1.2, width_mm=0, fill=(150, 150, 156))
    T(sh, 20, 18, f"[Traduit du {_LANGN['fr'].get(src, src)}]", f=CPRIME, pt=10.5)
    T(sh, 105, 32, "TRADUCTION JURÉE", f=CPRIME_B, pt=13, at="center")
    T(
        sh,
        105,
        40,
        "ACTE DE NAISSANCE" if of_type == "birth-certificate" else "ACTE",
        f=CPRIME_B,
        pt=12,
        at="center",
    )
    y = 54
    for a, v in _trows(person, "fr", src):
        T(sh, 20, y, f"{a} : {v}", f=CPRIME, pt=10.5)
        y += 7
    T(sh, 20, y + 4, "[cachet de l'officier de l'état civil]   [signature illisible]", f=CPRIME, pt=10)
    r = random.Random(hsh("trbe", person.surname))
    name = r.choice(["Ayşe Demirtaş", "Carmen Ruiz Lemaire", "Dilfuza Tursunova", "Marc Vandenbroucke"])
    s = (
        f"Je soussigné(e), {name}, traducteur juré près le tribunal de première instance de Bruxelles, certifie que "
        f"la présente traduction est conforme à l'original rédigé en {_LANGN['fr'].get(src, src)}."
    )
    y = PAR(sh, 20, y + 20, 170, s, f=CPRIME, pt=10, lead=1.4)
    T(sh, 20, y + 8, f"Bruxelles, le {dd(iss, '/')}", f=CPRIME, pt=10.5)
    SIGN(sh, 110, y + 6, rng)
    STAMP(
        sh,
        150,
        y + 4,
        [name.upper()[:22], "TRADUCTEUR JURÉ", "TPI BRUXELLES"],
        rng,
        shape="rect",
        col=ST_BLUE,
        mm=40,
    )
    return [sh]


def translation_nl(
    person: Person,
    rng,
    *,
    issue_date=None,
    of_type="birth-certificate",
    source_lang="es",
    target_lang="nl",
    **opts,
):
    """Dutch sworn translation ('Beëdigde vertaling') by a translator registered with the Bureau Wbtv: the
    translator's name, Wbtv number and address in a small block at the top RIGHT, the translated record in a
    two-column ruled table, and the certification ('Ondergetekende ... verklaart ...') in a box at the foot with a
    round blue stamp overlapping the box edge."""
    iss = _iss(rng, issue_date, 10, 60)
    src = source_lang.split("/")[0]
    r = random.Random(hsh("trnl", person.surname))
    name = r.choice(["drs. M. Kuipers-Ortega", "L. Yusupova", "A. Bakker", "J.C. van Rijn"])
    wbtv = digs(r, 5)
    sh = Sheet(210, 297)
    for i, ln in enumerate([name, f"Beëdigd vertaler Wbtv-nr. {wbtv}", "Oudegracht 211", "3511 NH Utrecht"]):
        T(sh, 190, 14 + i * 4.6, ln, f=CARL_B if i == 0 else CARL, pt=9.5, at="right")
    T(sh, 20, 40, "BEËDIGDE VERTALING", f=CARL_B, pt=14)
    T(sh, 20, 47, f"uit het {_LANGN['nl'].get(src, src)} - geboorteakte", f=CARL, pt=10.5, col=G1)
    y = 58
    for a, v in _trows(person, "nl", src):
        BOX(sh, 20, y, 55, 8, lw=0.2)
        BOX(sh, 75, y, 115, 8, lw=0.2)
        T(sh, 22, y + 1.8, a, f=CARL, pt=10)
        T(sh, 77, y + 1.8, v, f=CARL, pt=10)
        y += 8
    T(sh, 20, y + 5, "[stempel burgerlijke stand]  [handtekening]", f=CARL, pt=9.5, col=G1)
    BOX(sh, 20, y + 16, 170, 34, lw=0.4)
    PAR(
        sh,
        24,
        y + 19,
        162,
        f"Ondergetekende, {name}, beëdigd vertaler, ingeschreven in het register van de Wet "
        f"beëdigde tolken en vertalers onder nummer {wbtv}, verklaart dat deze vertaling een getrouwe en volledige "
        f"weergave is van het hem/haar voorgelegde document in de {_LANGN['nl'].get(src, src)}e taal.",
        f=CARL,
        pt=9.5,
    )
    T(sh, 24, y + 42, f"Utrecht, {dd(iss, '-')}", f=CARL, pt=10)
    SIGN(sh, 110, y + 36, rng)
    STAMP(sh, 176, y + 30, [name.upper()[:20], "BEËDIGD VERTALER", f"WBTV {wbtv}"], rng, col=ST_BLUE, mm=34)
    return [sh]


_id._register(
    "translation-be-fr-courier-haakjes-eedformule-niet-51",
    "translation",
    PART,
    "fr",
    translation_be,
    country="BEL",
    notes="Belgian sworn translation into French in Courier",
)
_id._register(
    "translation-nl-wbtv-blok-rechts-tabel-kader-51",
    "translation",
    PART,
    "nl",
    translation_nl,
    country="NLD",
    notes="Dutch sworn translation with a table and a framed certification",
)
