"""Identity and civil-status families of the `fiftythird` part (registered in identity.FAMILIES), and the part's own
small drawing kit that its 9ter and IND modules use.

Written by a writer who saw neither the validator nor its output, from the seeds, rules.md and how such papers look
in Belgian and Dutch files.  Each family's layout, wording and copy habit is described in its function's docstring
only (the part is read blind).

The part's 9ter applicants come from Panama, Costa Rica and Bhutan (Bhutan in place of Mongolia, which part
fortyeighth already drew from), its IND applicants from Uruguay, Fiji and Papua New Guinea (Papua New Guinea in place
of Zambia, which part thirtysixth already drew from).  Importing this module adds those six countries to
people.COUNTRIES / people.ORIGINS and the three 9ter countries to be9ter.COUNTRIES (with setdefault, new keys only:
no entry another part reads is changed).
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
from .people import Person

PART = "fiftythird"
D = datetime.date
TODAY = D(2026, 12, 1)

# =========================================================================== countries (new keys only)


def _c(a2, en, nl, fr, de, aen, anl, afr, ade):
    return dict(a2=a2, en=en, nl=nl, fr=fr, de=de, adj_en=aen, adj_nl=anl, adj_fr=afr, adj_de=ade)


_NEW_COUNTRIES = {
    "PAN": _c(
        "PA", "Panama", "Panama", "Panama", "Panama", "Panamanian", "Panamese", "panaméenne", "panamaisch"
    ),
    "CRI": _c(
        "CR",
        "Costa Rica",
        "Costa Rica",
        "Costa Rica",
        "Costa Rica",
        "Costa Rican",
        "Costaricaanse",
        "costaricienne",
        "costa-ricanisch",
    ),
    "BTN": _c(
        "BT", "Bhutan", "Bhutan", "Bhoutan", "Bhutan", "Bhutanese", "Bhutaanse", "bhoutanaise", "bhutanisch"
    ),
    "URY": _c(
        "UY",
        "Uruguay",
        "Uruguay",
        "Uruguay",
        "Uruguay",
        "Uruguayan",
        "Uruguayaanse",
        "uruguayenne",
        "uruguayisch",
    ),
    "FJI": _c("FJ", "Fiji", "Fiji", "Fidji", "Fidschi", "Fijian", "Fijische", "fidjienne", "fidschianisch"),
    "PNG": _c(
        "PG",
        "Papua New Guinea",
        "Papoea-Nieuw-Guinea",
        "Papouasie-Nouvelle-Guinée",
        "Papua-Neuguinea",
        "Papua New Guinean",
        "Papoea-Nieuw-Guinese",
        "papouasienne",
        "papua-neuguineisch",
    ),
}
_NEW_ORIGINS = {
    "PAN": dict(
        m=["Ricaurte", "Abdiel", "Eybar", "Luis Carlos", "Itzel", "Rolando", "Dagoberto", "Edwin Omar"],
        f=["Yaritza", "Itzel María", "Nathalie", "Gisela", "Kathia", "Marisol", "Anel", "Yamileth"],
        s=[
            "Batista Pinzón",
            "Quintero",
            "Saavedra",
            "Castrellón",
            "Arosemena",
            "Vergara",
            "Pitti",
            "Bethancourt",
            "Jaén",
            "Ábrego",
            "Chen Samudio",
            "Rodríguez Caballero",
        ],
        places=[
            "Ciudad de Panamá",
            "Colón",
            "David",
            "Santiago de Veraguas",
            "Chitré",
            "La Chorrera",
            "Penonomé",
            "Las Tablas",
            "Aguadulce",
        ],
    ),
    "CRI": dict(
        m=["Esteban", "Jorge Arturo", "Minor", "Randall", "Greivin", "Olman", "Andrey", "Maikol"],
        f=["Hazel", "Marianela", "Yorleny", "Ana Yancy", "Kattia", "Xinia", "Dayana", "Wendy"],
        s=[
            "Solís Mora",
            "Chaves",
            "Vargas Rojas",
            "Alfaro",
            "Quesada",
            "Ulate",
            "Zúñiga",
            "Brenes",
            "Arias Jiménez",
            "Calderón",
            "Villalobos",
            "Monge Segura",
        ],
        places=[
            "San José",
            "Alajuela",
            "Cartago",
            "Heredia",
            "Liberia",
            "Puntarenas",
            "Limón",
            "San Carlos",
            "Pérez Zeledón",
        ],
    ),
    "BTN": dict(
        m=["Karma Tshering", "Sonam", "Ugyen", "Pema Wangchuk", "Kinley", "Dorji", "Jigme", "Tandin"],
        f=[
            "Sonam Choden",
            "Deki",
            "Pema Yangzom",
            "Kinley Wangmo",
            "Tshering Lhamo",
            "Dechen",
            "Karma Dema",
            "Yeshey",
        ],
        s=[
            "Dorji",
            "Wangchuk",
            "Tshering",
            "Penjor",
            "Namgyel",
            "Lhendup",
            "Rinzin",
            "Gyeltshen",
            "Tobgay",
            "Dukpa",
            "Norbu",
            "Choden",
        ],
        places=[
            "Thimphu",
            "Paro",
            "Punakha",
            "Phuentsholing",
            "Trashigang",
            "Mongar",
            "Gelephu",
            "Wangdue Phodrang",
            "Samdrup Jongkhar",
        ],
    ),
    "URY": dict(
        m=["Martín", "Gastón", "Washington", "Rodrigo", "Nicolás", "Sebastián", "Diego Andrés", "Walter"],
        f=["Florencia", "Lucía", "Valentina", "Cecilia", "Mariana", "Ximena", "Soledad", "Natalia Inés"],
        s=[
            "Fernández Pereira",
            "Olivera",
            "Sosa",
            "Da Silva",
            "Cabrera",
            "Techera",
            "Silveira",
            "Píriz",
            "Correa Brum",
            "Menéndez",
            "Acosta",
            "Viera",
        ],
        places=[
            "Montevideo",
            "Salto",
            "Paysandú",
            "Las Piedras",
            "Rivera",
            "Maldonado",
            "Tacuarembó",
            "Melo",
            "Mercedes",
        ],
    ),
    "FJI": dict(
        m=["Josaia", "Ratu Epeli", "Semi", "Viliame", "Ravinesh", "Sunil Kumar", "Isikeli", "Pita"],
        f=["Losana", "Mereoni", "Salote", "Priya Devi", "Akanisi", "Litia", "Anjali", "Vasemaca"],
        s=[
            "Naivalu",
            "Tuilagi",
            "Waqa",
            "Ravuvu",
            "Prasad",
            "Qarase",
            "Nadolo",
            "Singh",
            "Bainimarama",
            "Koroi",
            "Delai",
            "Chand",
        ],
        places=["Suva", "Lautoka", "Nadi", "Labasa", "Ba", "Nausori", "Sigatoka", "Savusavu", "Levuka"],
    ),
    "PNG": dict(
        m=["Kila", "Joseph Kaupa", "Tau", "Ben", "Michael Waine", "Peter", "Gabriel", "Koney"],
        f=["Dulcie", "Grace Mairi", "Kila", "Rose", "Elizabeth Kaul", "Agnes", "Theresa", "Kessie"],
        s=[
            "Kaupa",
            "Wari",
            "Namaliu",
            "Somare",
            "Tkatchenko",
            "Pundari",
            "Mopio",
            "Sialis",
            "Kaluwin",
            "Ipatas",
            "Wenge",
            "Lamang",
        ],
        places=[
            "Port Moresby",
            "Lae",
            "Mount Hagen",
            "Madang",
            "Goroka",
            "Wewak",
            "Kokopo",
            "Kimbe",
            "Alotau",
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
    "PAN": dict(
        capital="Ciudad de Panamá",
        hospital="Hospital Santo Tomás, Ciudad de Panamá",
        currency="PAB",
        wage="650 PAB",
        lang="fr",
        **_ins(
            "The Caja de Seguro Social covers contributing workers and their dependants only; uninsured patients "
            "pay the public hospitals' fees and buy most specialised medicines themselves.",
            "La Caja de Seguro Social ne couvre que les cotisants et leurs ayants droit ; les patients non assurés "
            "paient les frais des hôpitaux publics et achètent eux-mêmes la plupart des médicaments spécialisés.",
            "De Caja de Seguro Social dekt enkel bijdragende werknemers en hun gezin; niet-verzekerde patiënten "
            "betalen de openbare ziekenhuizen en kopen de meeste gespecialiseerde geneesmiddelen zelf.",
            "Die Caja de Seguro Social versichert nur Beitragszahler und Angehörige; Unversicherte zahlen die "
            "staatlichen Kliniken und kaufen die meisten Spezialmedikamente selbst.",
        ),
    ),
    "CRI": dict(
        capital="San José",
        hospital="Hospital San Juan de Dios, San José",
        currency="CRC",
        wage="365 000 CRC",
        lang="fr",
        **_ins(
            "The CCSS insures residents who contribute or are registered as indigent; long waiting lists are "
            "reported for specialised treatment and several expensive medicines are not on its official list.",
            "La CCSS assure les résidents cotisants ou reconnus indigents ; de longues listes d'attente sont "
            "signalées pour les soins spécialisés et plusieurs médicaments coûteux ne figurent pas sur sa liste.",
            "De CCSS verzekert bijdragende of als behoeftig erkende inwoners; voor gespecialiseerde zorg zijn de "
            "wachtlijsten lang en verschillende dure geneesmiddelen staan niet op haar lijst.",
            "Die CCSS versichert Beitragszahler und anerkannt Bedürftige; für Fachbehandlung gibt es lange "
            "Wartelisten, mehrere teure Medikamente stehen nicht auf ihrer Liste.",
        ),
    ),
    "BTN": dict(
        capital="Thimphu",
        hospital="Jigme Dorji Wangchuck National Referral Hospital, Thimphu",
        currency="BTN",
        wage="6 000 BTN",
        lang="fr",
        **_ins(
            "Care is free in public facilities, but specialised treatment not available in the country must be "
            "sought in India through a referral that is granted only for a limited list of conditions.",
            "Les soins sont gratuits dans les structures publiques, mais les traitements spécialisés absents du "
            "pays doivent être obtenus en Inde sur référence, accordée pour une liste limitée d'affections.",
            "Zorg is gratis in openbare instellingen, maar gespecialiseerde behandeling die in het land ontbreekt "
            "moet in India gezocht worden via een verwijzing die slechts voor weinig aandoeningen wordt gegeven.",
            "Die Versorgung in staatlichen Einrichtungen ist kostenlos, fehlende Fachbehandlung muss jedoch per "
            "Überweisung in Indien erfolgen, die nur für wenige Krankheiten erteilt wird.",
        ),
    ),
}
for _k, _v in _B9_COUNTRIES.items():
    _b9.COUNTRIES.setdefault(_k, {**_NEW_COUNTRIES[_k], **_v})
    _b9._EN2A3.setdefault(_NEW_COUNTRIES[_k]["en"].lower(), _k)

# =========================================================================== the kit: faces, inks, helpers

_T = "/usr/share/fonts/truetype"
_U = "/usr/share/fonts/opentype/urw-base35"
CENT, CENT_B, CENT_I = f"{_U}/C059-Roman.otf", f"{_U}/C059-Bold.otf", f"{_U}/C059-Italic.otf"
GOTH, GOTH_B = f"{_U}/URWGothic-Book.otf", f"{_U}/URWGothic-Demi.otf"
CARL, CARL_B = f"{_T}/crosextra/Carlito-Regular.ttf", f"{_T}/crosextra/Carlito-Bold.ttf"
CALA, CALA_B = f"{_T}/crosextra/Caladea-Regular.ttf", f"{_T}/crosextra/Caladea-Bold.ttf"
LSER, LSER_B = f"{_T}/liberation/LiberationSerif-Regular.ttf", f"{_T}/liberation/LiberationSerif-Bold.ttf"
LSER_I = f"{_T}/liberation/LiberationSerif-Italic.ttf"
LSAN, LSAN_B = f"{_T}/liberation/LiberationSans-Regular.ttf", f"{_T}/liberation/LiberationSans-Bold.ttf"
FSAN, FSAN_B = f"{_T}/freefont/FreeSans.ttf", f"{_T}/freefont/FreeSansBold.ttf"
DJV, DJV_B = f"{_T}/dejavu/DejaVuSans.ttf", f"{_T}/dejavu/DejaVuSans-Bold.ttf"
CPRIME = "/usr/share/fonts/opentype/courier-prime/Courier Prime.otf"
FMONO = f"{_T}/freefont/FreeMono.ttf"
MONO_B = f"{_T}/dejavu/DejaVuSansMono-Bold.ttf"
OCR = f"{_T}/dejavu/DejaVuSansMono.ttf"
HW1 = f"{_T}/fifthhorseman/dkg.ttf"
HW2 = f"{_T}/breip/Breip.ttf"
HW3 = f"{_T}/fifthhorseman/dkgBd.ttf"
HWC = f"{_T}/humor-sans/Humor-Sans.ttf"

BLACK = (0, 0, 0)
G1, G2, G3 = (70, 70, 74), (125, 125, 130), (200, 200, 204)
PEN_B, PEN_K, PEN_V = (24, 38, 138), (30, 30, 36), (70, 40, 120)
ST_B, ST_V, ST_R, ST_G = (46, 66, 168), (98, 52, 140), (170, 34, 44), (30, 110, 84)


def h32(*parts) -> int:
    return zlib.crc32("|".join(str(p) for p in parts).encode())


def T(sh: Sheet, x, y, s, *, f=LSAN, pt=10.0, col=BLACK, at="left", sp=0.0) -> float:
    return sh.text(x, y, s, font=f, size_pt=pt, color=col, anchor=at, letter_spacing=sp)


def W(s, f=LSAN, pt=10.0) -> float:
    return text_width_mm(s, font=f, size_pt=pt)


def P(sh: Sheet, x, y, w, s, *, f=LSER, pt=10.5, lead=1.35, al="left", col=BLACK) -> float:
    return sh.paragraph(x, y, w, s, font=f, size_pt=pt, leading=lead, align=al, color=col)


def hand(sh: Sheet, x, y, s, rng, *, f=HW1, pt=12.0, col=PEN_B) -> float:
    return sh.handwriting(x, y, s, rng, size_pt=pt, color=col, font=f)


def frame(sh: Sheet, x, y, w, h, *, lw=0.25, col=BLACK, fill=None) -> None:
    sh.rect(x, y, w, h, width_mm=lw, color=col, fill=fill)


def ln(sh: Sheet, x1, y1, x2, y2, *, lw=0.2, col=BLACK, dash=None) -> None:
    sh.rule(x1, y1, x2, y2, width_mm=lw, color=col, dash=dash)


def sign(sh: Sheet, x, y, rng, *, w=40, h=14, col=PEN_B) -> None:
    sh.signature(x, y, w, h, rng, color=col)


def stamp(sh: Sheet, x, y, lines, rng, *, shape="round", col=ST_B, mm=30.0) -> None:
    sh.stamp(x, y, lines, rng, shape=shape, color=col, size_mm=mm)


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


def dlong(d: D, lang: str) -> str:
    m = MON[lang][d.month - 1]
    if lang == "en":
        return f"{d.day} {m} {d.year}"
    if lang == "es":
        return f"{d.day} de {m} de {d.year}"
    if lang == "fr":
        return f"{'1er' if d.day == 1 else d.day} {m} {d.year}"
    return f"{d.day} {m} {d.year}"


def dnum(d: D, sep=".") -> str:
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def dmon(d: D) -> str:
    """'07 MAR/MAR 1984' style of many passports (English abbreviation)."""
    return f"{d.day:02d} {MON['en'][d.month - 1][:3].upper()} {d.year}"


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def father(p: Person) -> str:
    if p.father:
        return p.father
    o = _pp.ORIGINS.get(p.nationality) or {}
    r = random.Random(h32("fa53", p.given_names, p.birth_date))
    return f"{r.choice(o.get('m', ['Juan']))} {p.surname}"


def mother(p: Person) -> str:
    if p.mother:
        return p.mother
    o = _pp.ORIGINS.get(p.nationality) or {}
    r = random.Random(h32("mo53", p.given_names, p.birth_date))
    return f"{r.choice(o.get('f', ['María']))} {r.choice(o.get('s', ['Pérez']))}"


def cname(code_or_en: str, lang: str) -> str:
    return _pp.country_name(code_or_en, lang)


def natadj(code: str, lang: str) -> str:
    return _pp.nationality_adj(code, lang)


def raster(sh: Sheet, dpi: int = 200) -> Image.Image:
    return sh.render(dpi).convert("RGB")


def as_sheet(img: Image.Image, w=210.0, h=297.0) -> Sheet:
    s = Sheet(w, h)
    s.image(0, 0, w, h, img)
    return s


def aged(sh: Sheet, tone=(243, 236, 214), blur=0.35, dpi=170, speckle=0) -> Sheet:
    """The page multiplied with a yellowed or grey tone, lightly blurred (an old copy), optional toner specks."""
    img = raster(sh, dpi)
    img = ImageChops.multiply(img, Image.new("RGB", img.size, tone))
    if speckle:
        d = ImageDraw.Draw(img)
        r = random.Random(speckle)
        for _ in range(160):
            x, y = r.randrange(img.width), r.randrange(img.height)
            s = r.choice([1, 1, 2])
            d.ellipse([x, y, x + s, y + s], fill=(60, 60, 60))
    if blur:
        img = img.filter(ImageFilter.GaussianBlur(blur))
    return as_sheet(img, sh.width_mm, sh.height_mm)


def fold_cross(sh: Sheet, dpi=170) -> Sheet:
    """A letter folded in three and flattened again: two soft horizontal shadows."""
    img = raster(sh, dpi)
    d = ImageDraw.Draw(img, "RGBA")
    for frac in (1 / 3, 2 / 3):
        y0 = int(img.height * frac)
        for i in range(-9, 10):
            d.line([(0, y0 + i), (img.width, y0 + i)], fill=(90, 90, 90, int(26 * (1 - abs(i) / 10))))
    return as_sheet(img, sh.width_mm, sh.height_mm)


def paste(card: Sheet, sh: Sheet, x, y, k=1.0, deg=0.0, dpi=300) -> float:
    """Copy a card or booklet page onto a sheet (turned deg degrees); returns the bottom of the copy."""
    img = raster(card, dpi)
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
    return y + h


def rosette(w, h, rng, bg, ink, n=9) -> Image.Image:
    """A guilloche ground of concentric rosettes (identity documents)."""
    k = 6
    img = Image.new("RGB", (int(w * k), int(h * k)), bg)
    d = ImageDraw.Draw(img)
    cx, cy = w * k * rng.uniform(0.55, 0.75), h * k * rng.uniform(0.35, 0.6)
    for i in range(n):
        r0 = (i + 2) * min(w, h) * k / (n + 3)
        pts = []
        for t in range(0, 721):
            a = t * math.pi / 360
            r = r0 * (1 + 0.06 * math.sin(a * (7 + i % 3)))
            pts.append((cx + r * math.cos(a), cy + r * math.sin(a)))
        d.line(pts, fill=ink, width=2)
    return img


def mrz_block(sh: Sheet, x, y, rows, *, pt=9.0, gap=4.3, f=OCR, col=(24, 24, 24)) -> None:
    for i, r in enumerate(rows):
        T(sh, x, y + i * gap, r, f=f, pt=pt, col=col)


def phone_shot(sh: Sheet, rng: random.Random, *, table=(92, 78, 64), dpi=150) -> Sheet:
    """A page photographed on a table: the sheet shrunk and slightly turned on a dark wooden ground, a soft
    vignette; the result is again an A4 image (the phone's picture fitted to the page)."""
    img = raster(sh, dpi)
    W_, H_ = img.size
    ground = Image.new("RGB", (W_, H_), table)
    dd = ImageDraw.Draw(ground)
    for i in range(0, H_, 7):
        dd.line(
            [(0, i), (W_, i + rng.randint(-6, 6))], fill=tuple(max(0, c - rng.randint(0, 14)) for c in table)
        )
    small = img.resize((int(W_ * 0.88), int(H_ * 0.88)))
    small = small.convert("RGBA").rotate(rng.uniform(-2.5, 2.5), expand=True, fillcolor=(0, 0, 0, 0))
    ground.paste(small, ((W_ - small.width) // 2, (H_ - small.height) // 2), small)
    vig = Image.new("L", (W_, H_), 0)
    ImageDraw.Draw(vig).ellipse([-W_ * 0.2, -H_ * 0.15, W_ * 1.2, H_ * 1.15], fill=255)
    vig = vig.filter(ImageFilter.GaussianBlur(60))
    dark = ImageChops.multiply(ground, Image.new("RGB", (W_, H_), (170, 170, 170)))
    out = Image.composite(ground, dark, vig)
    return as_sheet(out, sh.width_mm, sh.height_mm)


# =========================================================================== passports (TD3)


def _mrz3(p: Person, code: str, number: str, exp: D, break_check=None, override=None) -> list[str]:
    o = dict(
        surname=p.surname,
        given_names=p.given_names,
        birth_date=p.birth_date,
        nationality=code,
        sex=p.sex,
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
        break_check=break_check,
    )


def _span(rng, issue, expiry, years):
    if expiry is None:
        expiry = TODAY + datetime.timedelta(days=rng.randint(300, 2400))
    if issue is None:
        issue = D(expiry.year - years, expiry.month, min(expiry.day, 28)) + datetime.timedelta(days=1)
    return issue, expiry


# per country: state line, document title, captions, colours, number form, layout, copy habit
_PASS = {
    "PAN": dict(
        state="REPÚBLICA DE PANAMÁ",
        title="PASAPORTE  PASSPORT",
        cap="es/en",
        bg=(232, 238, 248),
        ink=(196, 210, 236),
        acc=(20, 50, 120),
        pre="PA",
        nd=7,
        auth="AUTORIDAD DE PASAPORTES",
        lay="numbered",
        copy="commune",
        years=5,
    ),
    "CRI": dict(
        state="REPÚBLICA DE COSTA RICA",
        title="PASAPORTE / PASSPORT",
        cap="es/en",
        bg=(238, 234, 246),
        ink=(214, 204, 234),
        acc=(40, 40, 110),
        pre="",
        nd=9,
        auth="DGME - SAN JOSÉ",
        lay="ghost",
        copy="plain",
        years=6,
    ),
    "BTN": dict(
        state="KINGDOM OF BHUTAN",
        title="PASSPORT",
        cap="en",
        bg=(244, 238, 226),
        ink=(226, 212, 186),
        acc=(150, 70, 20),
        pre="PB",
        nd=6,
        auth="MINISTRY OF FOREIGN AFFAIRS, THIMPHU",
        lay="numbered",
        copy="phone",
        years=10,
    ),
    "URY": dict(
        state="REPÚBLICA ORIENTAL DEL URUGUAY",
        title="PASAPORTE / PASSPORT / PASSEPORT",
        cap="es/en",
        bg=(234, 242, 248),
        ink=(200, 222, 236),
        acc=(20, 70, 130),
        pre="C",
        nd=7,
        auth="DIRECCIÓN NACIONAL DE IDENTIFICACIÓN CIVIL",
        lay="ghost",
        copy="open",
        years=10,
    ),
    "FJI": dict(
        state="REPUBLIC OF FIJI",
        title="PASSPORT",
        cap="en",
        bg=(230, 242, 244),
        ink=(190, 222, 226),
        acc=(0, 90, 110),
        pre="A",
        nd=7,
        auth="DEPT. OF IMMIGRATION, SUVA",
        lay="numbered",
        copy="plain",
        years=10,
    ),
    "PNG": dict(
        state="PAPUA NEW GUINEA",
        title="PASSPORT",
        cap="en",
        bg=(246, 236, 232),
        ink=(230, 206, 198),
        acc=(130, 30, 30),
        pre="P",
        nd=7,
        auth="PNG ICA, PORT MORESBY",
        lay="ghost",
        copy="open",
        years=10,
    ),
    "SUR": dict(
        state="REPUBLIEK SURINAME",
        title="PASPOORT / PASSPORT",
        cap="nl/en",
        bg=(236, 244, 236),
        ink=(204, 226, 206),
        acc=(20, 90, 50),
        pre="R",
        nd=7,
        auth="CBB PARAMARIBO",
        lay="numbered",
        copy="plain",
        years=5,
    ),
}
_CAPS = {
    "sn": dict(es="Apellidos", en="Surname", nl="Naam"),
    "gn": dict(es="Nombres", en="Given names", nl="Voornamen"),
    "nat": dict(es="Nacionalidad", en="Nationality", nl="Nationaliteit"),
    "bd": dict(es="Fecha de nacimiento", en="Date of birth", nl="Geboortedatum"),
    "sx": dict(es="Sexo", en="Sex", nl="Geslacht"),
    "bp": dict(es="Lugar de nacimiento", en="Place of birth", nl="Geboorteplaats"),
    "iss": dict(es="Fecha de expedición", en="Date of issue", nl="Datum van afgifte"),
    "exp": dict(es="Fecha de vencimiento", en="Date of expiry", nl="Geldig tot"),
    "no": dict(es="Pasaporte N°", en="Passport No.", nl="Paspoortnr."),
    "au": dict(es="Autoridad", en="Authority", nl="Autoriteit"),
}


def _caption(key: str, cap: str) -> str:
    return " / ".join(_CAPS[key][c] for c in cap.split("/"))


def _passport(code: str):
    C = _PASS[code]

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
        iss, exp = _span(rng, issue_date, expiry_date, C["years"])
        number = C["pre"] + digits(rng, C["nd"])
        rows = _mrz3(person, code, number, exp, break_check, mrz_override)
        Wd, Hd = 125.0, 88.0
        pg = Sheet(Wd, Hd)
        pg.image(0, 0, Wd, Hd, rosette(Wd, Hd, rng, C["bg"], C["ink"]))
        T(pg, 4, 3, C["state"], f=GOTH_B, pt=7.2, col=C["acc"])
        T(pg, Wd - 4, 3.2, C["title"], f=GOTH, pt=5.6, col=C["acc"], at="right")
        nat = "SURINAAMSE" if code == "SUR" else natadj(code, "en").upper()
        vals = [
            ("sn", person.surname.upper()),
            ("gn", person.given_names.upper()),
            ("nat", nat),
            ("bd", dmon(person.birth_date)),
            ("sx", person.sex),
            ("bp", person.birth_place.upper()[:24]),
            ("iss", dmon(iss)),
            ("exp", dmon(exp)),
            ("au", C["auth"][:30]),
        ]
        T(
            pg,
            Wd - 4,
            8.5,
            f"{_caption('no', C['cap'])}  {number}",
            f=LSAN_B,
            pt=6.2,
            at="right",
            col=(140, 20, 30),
        )
        if C["lay"] == "numbered":
            pg.photo(4, 12, 29, 37, rng)
            y = 12.0
            for i, (k, v) in enumerate(vals, 1):
                T(pg, 37, y, f"{i}. {_caption(k, C['cap'])}", f=LSAN, pt=4.1, col=G1)
                T(pg, 37, y + 1.8, v, f=LSAN_B, pt=6.4)
                y += 4.9
            sign(pg, 5, 51, rng, w=26, h=7, col=PEN_K)
        else:
            pg.photo(Wd - 34, 12, 29, 37, rng)
            ghost = Sheet(12, 15)
            ghost.photo(0, 0, 12, 15, rng)
            pg.image(
                Wd - 50,
                34,
                12,
                15,
                raster(ghost, 150).convert("L").point(lambda v: 150 + v // 3).convert("RGB"),
                blend="multiply",
            )
            y = 12.0
            for j, (k, v) in enumerate(vals):
                x = 4 if j % 2 == 0 or k in ("sn", "gn", "bp", "au") else 40
                if k in ("sn", "gn", "bp", "au") or j % 2 == 0:
                    x = 4
                T(pg, x, y, _caption(k, C["cap"]), f=CARL, pt=4.3, col=G1)
                T(pg, x, y + 1.9, v, f=CARL_B, pt=6.8)
                y += 4.6
            sign(pg, Wd - 46, 52, rng, w=24, h=7, col=PEN_K)
        mrz_block(pg, 3.5, Hd - 12.6, rows, pt=8.7, gap=4.7)
        if crop:
            return [pg]
        sh = Sheet(210, 297)
        if C["copy"] == "open":
            # the whole open booklet on the glass: the inside cover with the state's notice above the data page
            bk = Sheet(Wd, Hd * 2 + 1.5)
            frame(bk, 0, 0, Wd, Hd, lw=0, fill=(240, 238, 232))
            P(
                bk,
                12,
                20,
                Wd - 24,
                f"The authorities of {cname(code, 'en')} request all whom it may concern to "
                "allow the bearer to pass freely and to afford the bearer such assistance as may be necessary.",
                f=CALA,
                pt=7,
                al="center",
                col=G1,
            )
            bk.image(0, Hd + 1.5, Wd, Hd, raster(pg, 300))
            paste(bk, sh, 32, 20, k=1.16, deg=rng.uniform(-1.0, 1.0))
        else:
            bot = paste(
                pg,
                sh,
                rng.uniform(20, 34),
                rng.uniform(22, 48),
                k=rng.uniform(1.2, 1.3),
                deg=rng.uniform(-1.6, 1.6),
            )
            if C["copy"] == "commune":
                stamp(
                    sh,
                    118,
                    min(bot + 6, 236),
                    ["COMMUNE DE SCHAERBEEK", "COPIE CONFORME", "ÉTAT CIVIL"],
                    rng,
                    col=ST_B,
                    mm=30,
                )
                T(
                    sh,
                    24,
                    min(bot + 14, 244),
                    f"Pour copie conforme, le {dnum(TODAY - datetime.timedelta(days=rng.randint(20, 70)))}",
                    f=LSER_I,
                    pt=9.5,
                    col=G1,
                )
                sign(sh, 26, min(bot + 20, 250), rng, w=30, h=10, col=PEN_K)
        if C["copy"] == "phone":
            sh = phone_shot(sh, rng)
        if annotate:
            hand(sh, 122, 278, annotate, rng, f=HW3, pt=10)
        return [sh]

    make.__doc__ = (
        f"{code} passport data page on a rosette guilloche ground, captions {C['cap']}, layout '{C['lay']}' "
        "(numbered: photo at the LEFT and the fields numbered 1-9 in one column; ghost: photo at the RIGHT with a "
        "faint ghost portrait beside it, captions in Carlito), MRZ in a mono face; copy habit "
        f"'{C['copy']}' (commune: certified true copy with a round blue commune stamp and a signature under the "
        "page; open: the whole open booklet with the inside cover above; phone: photographed on a wooden table; "
        "plain: a slightly turned photocopy)."
    )
    return make


_PASS_ID = {
    "PAN": "passport-pan-genummerde-velden-copie-conforme-gemeente-53",
    "CRI": "passport-cri-spookfoto-rechts-carlito-53",
    "BTN": "passport-btn-genummerde-velden-telefoonfoto-tafel-53",
    "URY": "passport-ury-open-boekje-binnenkaft-spookfoto-53",
    "FJI": "passport-fji-genummerde-velden-rozet-53",
    "PNG": "passport-png-open-boekje-spookfoto-rood-53",
    "SUR": "passport-sur-genummerde-velden-tweetalig-53",
}
_PASS_LANG = {
    "PAN": "es/en",
    "CRI": "es/en",
    "BTN": "en",
    "URY": "es/en/fr",
    "FJI": "en",
    "PNG": "en",
    "SUR": "nl/en",
}
for _cc, _fid in _PASS_ID.items():
    _id._register(
        _fid,
        "identity-document",
        PART,
        _PASS_LANG[_cc],
        _passport(_cc),
        country=_cc,
        mrz="TD3",
        photo=True,
        notes=f"{_cc} passport",
    )


def idcard_cri(
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
    """Costa Rican identity card ('CÉDULA DE IDENTIDAD', captions Spanish with English under each in smaller
    italics), a blue-green rosette ground, the holder's number in the national 0-0000-0000 form in red; front ABOVE
    back, each enlarged 1.6 times and copied on an A4 PORTRAIT page, a hand-drawn bracket and the word 'recto' /
    'verso' written beside each side by the client; TD1 machine-readable zone on the back."""
    iss, exp = _span(rng, issue_date, expiry_date, 10)
    number = f"{rng.randint(1, 9)}{digits(rng, 8)}"
    o = dict(
        surname=person.surname,
        given_names=person.given_names,
        birth_date=person.birth_date,
        nationality="CRI",
        sex=person.sex,
        number=number,
    )
    o.update(mrz_override or {})
    rows = M.td1(
        issuing="CRI",
        surname=o["surname"],
        given=o["given_names"],
        number=o["number"],
        nationality=o["nationality"],
        birth_date=o["birth_date"],
        sex=o["sex"],
        expiry=exp,
        break_check=break_check,
    )
    Wc, Hc = 85.6, 54.0
    fr = Sheet(Wc, Hc)
    fr.image(0, 0, Wc, Hc, rosette(Wc, Hc, rng, (228, 242, 240), (190, 222, 220), n=7))
    T(fr, 3, 2, "REPÚBLICA DE COSTA RICA", f=GOTH_B, pt=6.4, col=(10, 60, 110))
    T(fr, 3, 5.4, "TRIBUNAL SUPREMO DE ELECCIONES", f=GOTH, pt=4.2, col=(10, 60, 110))
    T(fr, Wc - 3, 2.4, "CÉDULA DE IDENTIDAD", f=GOTH_B, pt=5.4, at="right", col=(10, 60, 110))
    fr.photo(3, 11, 22, 28, rng)
    T(fr, 3, 41, f"{number[0]}-{number[1:5]}-{number[5:]}", f=LSAN_B, pt=9, col=(170, 30, 40))
    y = 10.5
    for es, en, v in [
        ("Nombre", "Name", person.given_names.upper()),
        ("Apellidos", "Surnames", person.surname.upper()),
        ("Fecha de nacimiento", "Date of birth", dnum(person.birth_date, "/")),
        ("Lugar de nacimiento", "Place of birth", person.birth_place.upper()[:22]),
        ("Vencimiento", "Expiry", dnum(exp, "/")),
    ]:
        T(fr, 28, y, es, f=CARL, pt=3.9, col=G1)
        T(fr, 28 + W(es, CARL, 3.9) + 1, y + 0.2, en, f=LSER_I, pt=3.2, col=G2)
        T(fr, 28, y + 1.7, v, f=CARL_B, pt=6.0)
        y += 6.0
    sign(fr, 30, 44, rng, w=22, h=6, col=PEN_K)
    bk = Sheet(Wc, Hc)
    bk.image(0, 0, Wc, Hc, rosette(Wc, Hc, rng, (236, 240, 246), (206, 214, 232), n=6))
    T(bk, 3, 3, "Nacionalidad / Nationality: COSTARRICENSE", f=CARL, pt=5.2)
    T(bk, 3, 6.6, f"Sexo / Sex: {person.sex}     Emisión / Issue: {dnum(iss, '/')}", f=CARL, pt=5.2)
    T(bk, 3, 10.2, f"Padre: {father(person).upper()[:30]}", f=CARL, pt=4.6)
    T(bk, 3, 13.4, f"Madre: {mother(person).upper()[:30]}", f=CARL, pt=4.6)
    mrz_block(bk, 3, Hc - 16.5, rows, pt=7.0, gap=4.5)
    if crop:
        return [fr, bk]
    sh = Sheet(210, 297)
    y1 = paste(fr, sh, 36, 26, k=1.6, deg=rng.uniform(-0.8, 0.8))
    y2 = paste(bk, sh, 36, y1 + 16, k=1.6, deg=rng.uniform(-0.8, 0.8))
    for ya, yb, word in [(26, y1, "recto"), (y1 + 16, y2, "verso")]:
        ln(sh, 180, ya + 4, 184, ya + 4, lw=0.5, col=PEN_B)
        ln(sh, 184, ya + 4, 184, yb - 4, lw=0.5, col=PEN_B)
        ln(sh, 180, yb - 4, 184, yb - 4, lw=0.5, col=PEN_B)
        hand(sh, 186, (ya + yb) / 2 - 3, word, rng, f=HW2, pt=12)
    if annotate:
        hand(sh, 30, 272, annotate, rng, f=HW3, pt=10)
    return [sh]


_id._register(
    "idcard-cri-cedula-recto-boven-verso-onder-accolade-53",
    "identity-document",
    PART,
    "es/en",
    idcard_cri,
    country="CRI",
    mrz="TD1",
    photo=True,
    notes="Costa Rican identity card",
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
    """Dutch residence document ('VERBLIJFSDOCUMENT'), front and back placed SIDE BY SIDE near the top of an A4
    page, copied at their own size on a yellowish copier; the kind of permit and its purpose in the remarks field,
    the V-number printed on the back under the birth data."""
    iss, exp = _span(rng, issue_date, expiry_date, 5)
    number = "".join(rng.choice("BCDFGHJKLNPRSTVXZ") for _ in range(2)) + digits(rng, 7)
    rows = M.td1(
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
    Wc, Hc = 85.6, 54.0
    fr = Sheet(Wc, Hc)
    fr.image(0, 0, Wc, Hc, rosette(Wc, Hc, rng, (246, 238, 228), (232, 214, 190), n=6))
    T(fr, 3, 2, "VERBLIJFSDOCUMENT", f=LSAN_B, pt=6.8, col=(160, 70, 20))
    T(fr, Wc - 3, 2.2, "NEDERLAND", f=LSAN_B, pt=5.4, at="right", col=(30, 40, 110))
    fr.photo(3, 9, 21, 27, rng)
    y = 9.0
    for a, v in [
        ("Naam", person.surname.upper()),
        ("Voornamen", person.given_names.upper()),
        ("Documentnummer", number),
        ("Geldig tot", dnum(exp, "-")),
        ("Soort", "VERBLIJFSVERGUNNING REGULIER BEPAALDE TIJD"),
        ("Opmerkingen", (purpose or "verblijf bij partner").upper()),
    ]:
        T(fr, 27, y, a, f=LSAN, pt=3.6, col=G1)
        T(fr, 27, y + 1.6, v[:42], f=LSAN_B, pt=4.8)
        y += 5.2
    bk = Sheet(Wc, Hc)
    bk.image(0, 0, Wc, Hc, rosette(Wc, Hc, rng, (236, 240, 246), (208, 214, 234), n=6))
    T(
        bk,
        3,
        3,
        f"Geboortedatum {dnum(person.birth_date, '-')}   Geslacht {'M' if person.sex == 'M' else 'V'}",
        f=LSAN,
        pt=4.8,
    )
    T(bk, 3, 6.5, f"Nationaliteit {natadj(person.nationality, 'nl')}", f=LSAN, pt=4.8)
    T(bk, 3, 10, f"V-nummer {v_number or person.v_number or ''}", f=LSAN_B, pt=5.2)
    T(bk, 3, 13.5, f"Afgegeven {dnum(iss, '-')}  IND", f=LSAN, pt=4.8)
    mrz_block(bk, 3, Hc - 16.5, rows, pt=7.0, gap=4.5)
    if crop:
        return [fr, bk]
    sh = Sheet(210, 297)
    paste(fr, sh, 14, 24, k=1.0, deg=rng.uniform(-1.2, 1.2))
    paste(bk, sh, 108, 25, k=1.0, deg=rng.uniform(-1.2, 1.2))
    sh = aged(sh, (246, 240, 222), 0.3, speckle=rng.randrange(1 << 20))
    if annotate:
        hand(sh, 20, 270, annotate, rng, f=HW3, pt=10)
    return [sh]


_id._register(
    "permit-nld-vvr-voor-achter-naast-elkaar-geel-53",
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


def _issued(rng, issue_date, lo=30, hi=500) -> D:
    return issue_date or TODAY - datetime.timedelta(days=rng.randint(lo, hi))


def _acted(person: Person, rng, act_date) -> D:
    return act_date or person.birth_date + datetime.timedelta(days=rng.randint(2, 40))


def _parents(person: Person, fa, mo) -> tuple[str, str]:
    return fa or father(person), mo or mother(person)


def birth_btn(person: Person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Bhutanese 'BIRTH CERTIFICATE' of the Department of Civil Registration and Census: a thick maroon double frame,
    the issuing ministry centred in URW Gothic capitals, the particulars in a two-column ruled table (label cell
    shaded saffron), the census number (CID, 11 digits) and the house and thram numbers at the top RIGHT; the
    Dzongkhag registrar signs at the bottom RIGHT over a rectangular violet stamp; the date of issue at the bottom
    LEFT; copied slightly turned on grey-cast paper."""
    iss, act = _issued(rng, issue_date), _acted(person, rng, act_date)
    fa, mo = _parents(person, father, mother)
    sh = Sheet(210, 297)
    frame(sh, 12, 12, 186, 273, lw=1.4, col=(110, 20, 30))
    frame(sh, 15, 15, 180, 267, lw=0.3, col=(110, 20, 30))
    T(sh, 105, 24, "ROYAL GOVERNMENT OF BHUTAN", f=GOTH_B, pt=13, at="center")
    T(sh, 105, 31, "MINISTRY OF HOME AFFAIRS", f=GOTH, pt=10, at="center")
    T(sh, 105, 36.5, "Department of Civil Registration and Census", f=GOTH, pt=10, at="center")
    T(sh, 105, 50, "BIRTH CERTIFICATE", f=GOTH_B, pt=17, at="center", sp=1.5)
    T(sh, 186, 62, f"CID No. {digits(rng, 11)}", f=LSAN_B, pt=9, at="right")
    T(
        sh,
        186,
        67,
        f"House No. {rng.randint(1, 90)}  Thram No. {rng.randint(10, 900)}",
        f=LSAN,
        pt=8.5,
        at="right",
    )
    rows = [
        ("Name", f"{person.given_names} {person.surname}"),
        ("Sex", "Male" if person.sex == "M" else "Female"),
        ("Date of birth", dlong(person.birth_date, "en")),
        ("Place of birth", person.birth_place),
        ("Dzongkhag / Country", cname(person.birth_country, "en")),
        ("Nationality", "Bhutanese"),
        ("Father's name", fa),
        ("Mother's name", mo),
        ("Date of registration", dnum(act, "/")),
    ]
    y = 78.0
    for a, v in rows:
        frame(sh, 24, y, 60, 11, lw=0.25, fill=(250, 232, 200))
        frame(sh, 84, y, 102, 11, lw=0.25)
        T(sh, 27, y + 3.2, a, f=LSAN, pt=9.5)
        T(sh, 87, y + 3.0, v, f=LSAN_B, pt=10)
        y += 11
    P(
        sh,
        24,
        y + 8,
        162,
        "Certified that the above particulars are extracted from the census record maintained by "
        "the Department of Civil Registration and Census.",
        f=CENT,
        pt=10,
    )
    T(sh, 24, 246, f"Date of issue: {dnum(iss, '/')}", f=LSAN, pt=9.5)
    stamp(
        sh,
        122,
        222,
        ["DZONGKHAG CIVIL", "REGISTRATION OFFICE", person.birth_place.upper()[:20]],
        rng,
        shape="rect",
        col=ST_V,
        mm=44,
    )
    sign(sh, 130, 228, rng, col=PEN_K)
    T(sh, 186, 252, "Registrar", f=LSAN, pt=9, at="right")
    out = Sheet(210, 297)
    paste(sh, out, 4, 3, k=0.96, deg=rng.uniform(-1.0, 1.0), dpi=200)
    return [aged(out, (232, 232, 230), 0.3)]


def birth_pan(person: Person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Bilingual extract of a Panamanian birth entry issued by the Embassy of Panama in Brussels ('Extracto de
    inscripción de nacimiento / Extrait d'acte de naissance'): the embassy's name in navy small capitals at the top
    LEFT, each particular as a Spanish label with the French one under it in grey italics, values at the RIGHT after
    a dotted leader; the Tribunal Electoral's tomo and asiento; the consul signs at the bottom RIGHT under a round
    blue embassy stamp; a thin navy bar down the LEFT edge."""
    iss, act = _issued(rng, issue_date), _acted(person, rng, act_date)
    fa, mo = _parents(person, father, mother)
    sh = Sheet(210, 297)
    frame(sh, 0, 0, 6, 297, lw=0, fill=(20, 40, 100))
    T(sh, 18, 16, "EMBAJADA DE PANAMÁ EN EL REINO DE BÉLGICA", f=CENT_B, pt=11, col=(20, 40, 100), sp=0.6)
    T(sh, 18, 22, "Ambassade du Panama en Belgique - Section consulaire - Bruxelles", f=CENT_I, pt=9, col=G1)
    ln(sh, 18, 27, 192, 27, lw=0.4, col=(20, 40, 100))
    T(sh, 105, 40, "EXTRACTO DE INSCRIPCIÓN DE NACIMIENTO", f=CENT_B, pt=13, at="center")
    T(sh, 105, 47, "Extrait d'acte de naissance", f=CENT_I, pt=11, at="center", col=G1)
    rows = [
        ("Nombre", "Nom et prénoms", f"{person.given_names} {person.surname}".upper()),
        ("Sexo", "Sexe", "Masculino / masculin" if person.sex == "M" else "Femenino / féminin"),
        ("Fecha de nacimiento", "Date de naissance", dnum(person.birth_date, "/")),
        (
            "Lugar de nacimiento",
            "Lieu de naissance",
            f"{person.birth_place}, {cname(person.birth_country, 'fr')}",
        ),
        ("Nacionalidad", "Nationalité", "panameña / panaméenne"),
        ("Padre", "Père", fa),
        ("Madre", "Mère", mo),
        (
            "Inscripción",
            "Inscription",
            f"Tomo {rng.randint(100, 900)}, asiento {rng.randint(1, 999)} - {dnum(act, '/')}",
        ),
    ]
    y = 62.0
    for es, fr, v in rows:
        T(sh, 22, y, es, f=CENT, pt=10)
        T(sh, 22, y + 4.4, fr, f=CENT_I, pt=8, col=G2)
        ln(sh, 22 + W(es, CENT, 10) + 2, y + 3.6, 96, y + 3.6, lw=0.2, col=G2, dash=0.4)
        T(sh, 98, y, v[:52], f=CENT_B, pt=10)
        y += 12
    P(
        sh,
        22,
        y + 6,
        166,
        "Certifico que el presente extracto es conforme a la inscripción del Registro Civil del "
        "Tribunal Electoral. / Je certifie le présent extrait conforme à l'inscription du registre civil.",
        f=CENT,
        pt=9.5,
        col=G1,
    )
    T(sh, 22, 232, f"Bruselas / Bruxelles, {dnum(iss, '/')}", f=CENT, pt=10)
    stamp(sh, 126, 214, ["EMBAJADA DE PANAMÁ", "SECCIÓN CONSULAR", "BRUSELAS"], rng, col=ST_B, mm=32)
    sign(sh, 138, 232, rng)
    T(sh, 190, 250, "El Cónsul / Le Consul", f=CENT, pt=9.5, at="right")
    return [sh]


def birth_tur(person: Person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Turkish 'DOĞUM KAYIT ÖRNEĞİ' printed from e-Devlet: the portal's grey header strip with 'T.C. İçişleri
    Bakanlığı Nüfus ve Vatandaşlık İşleri Genel Müdürlüğü', the person's entry as a grid of small bordered cells
    with Turkish labels only (TC Kimlik No, Adı, Soyadı, Baba Adı, Ana Adı, Doğum Yeri, Doğum Tarihi, Cinsiyeti,
    Cilt/Hane/Sıra No), a barcode and the 'Doğrulama Kodu' at the foot; printed by the client, photographed."""
    iss = _issued(rng, issue_date)
    fa, mo = _parents(person, father, mother)
    sh = Sheet(210, 297)
    frame(sh, 10, 10, 190, 14, lw=0, fill=(222, 224, 228))
    T(sh, 14, 12.5, "T.C. İÇİŞLERİ BAKANLIĞI", f=DJV_B, pt=9)
    T(sh, 14, 17.5, "Nüfus ve Vatandaşlık İşleri Genel Müdürlüğü", f=DJV, pt=8)
    T(sh, 196, 14, "e-Devlet Kapısı", f=DJV, pt=8, at="right", col=G1)
    T(sh, 105, 34, "DOĞUM KAYIT ÖRNEĞİ", f=DJV_B, pt=14, at="center")
    cells = [
        ("TC Kimlik No", digits(rng, 11)),
        ("Adı", person.given_names.upper()),
        ("Soyadı", person.surname.upper()),
        ("Cinsiyeti", "Erkek" if person.sex == "M" else "Kadın"),
        ("Baba Adı", fa.split()[0].upper()),
        ("Ana Adı", mo.split()[0].upper()),
        ("Doğum Yeri", person.birth_place.upper()),
        ("Doğum Tarihi", dnum(person.birth_date, ".")),
        ("İl / İlçe", f"{person.birth_place.upper()} / MERKEZ"),
        ("Cilt / Hane / Sıra", f"{rng.randint(10, 99)} / {rng.randint(100, 999)} / {rng.randint(1, 99)}"),
        ("Medeni Hali", "Bekâr"),
        ("Uyruğu", "YABANCI"),
    ]
    for i, (a, v) in enumerate(cells):
        x, y = 14 + (i % 3) * 61, 46 + (i // 3) * 17
        frame(sh, x, y, 59, 15, lw=0.2, col=G2)
        T(sh, x + 2, y + 1.5, a, f=DJV, pt=6.8, col=G1)
        T(sh, x + 2, y + 7, v[:26], f=DJV_B, pt=8.6)
    P(
        sh,
        14,
        124,
        182,
        "Bu belge 5070 sayılı Elektronik İmza Kanunu uyarınca güvenli elektronik imza ile "
        f"imzalanmıştır. Belgenin düzenlenme tarihi: {dnum(iss, '.')}.",
        f=DJV,
        pt=8.5,
    )
    for i in range(60):
        if rng.random() < 0.6:
            frame(sh, 14 + i * 1.4, 140, rng.choice([0.4, 0.7, 1.0]), 12, lw=0, fill=BLACK)
    T(
        sh,
        14,
        155,
        f"Doğrulama Kodu: {''.join(rng.choice('ABCDEFGHJKLMNPRSTUVYZ23456789') for _ in range(12))}",
        f=DJV,
        pt=8,
    )
    return [phone_shot(sh, rng, table=(150, 150, 156))]


def birth_ury(person: Person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Uruguayan 'PARTIDA DE NACIMIENTO' (testimonio) of the Dirección General del Registro de Estado Civil: the
    printed form's header with the sun of the republic drawn as a ring of rays at the top LEFT, the entry typed in
    Courier Prime as Spanish prose on the form's ruled lines ('En Montevideo, el día ...'), the section and act
    number in a box at the top RIGHT, the officer's signature and a round black stamp at the foot; a grey photocopy
    with a dark copier edge at the bottom."""
    iss, act = _issued(rng, issue_date), _acted(person, rng, act_date)
    fa, mo = _parents(person, father, mother)
    sh = Sheet(210, 297)
    for k in range(16):
        a = k * math.pi / 8
        ln(
            sh,
            28 + 5 * math.cos(a),
            24 + 5 * math.sin(a),
            28 + 9 * math.cos(a),
            24 + 9 * math.sin(a),
            lw=0.6,
            col=(160, 120, 20),
        )
    frame(sh, 24, 20, 8, 8, lw=0.5, col=(160, 120, 20))
    T(sh, 42, 17, "REPÚBLICA ORIENTAL DEL URUGUAY", f=LSER_B, pt=11)
    T(sh, 42, 23, "Ministerio de Educación y Cultura", f=LSER, pt=9.5)
    T(sh, 42, 28, "Dirección General del Registro de Estado Civil", f=LSER, pt=9.5)
    frame(sh, 146, 14, 46, 18, lw=0.4)
    T(sh, 149, 16.5, f"Sección {rng.randint(1, 24)}a", f=CPRIME, pt=9)
    T(sh, 149, 22, f"Acta N° {rng.randint(100, 2999)}", f=CPRIME, pt=9)
    T(sh, 149, 27.5, f"Año {act.year}", f=CPRIME, pt=9)
    T(sh, 105, 44, "PARTIDA DE NACIMIENTO", f=LSER_B, pt=15, at="center")
    text = (
        f"En {person.birth_place}, el día {dlong(act, 'es')}, ante mí, Oficial de Estado Civil, compareció "
        f"{fa}, quien declaró que el día {dlong(person.birth_date, 'es')} nació en {person.birth_place} "
        f"un{'' if person.sex == 'M' else 'a'} niñ{'o' if person.sex == 'M' else 'a'} de sexo "
        f"{'masculino' if person.sex == 'M' else 'femenino'}, a quien se le puso por nombre "
        f"{person.given_names.upper()} {person.surname.upper()}, hij{'o' if person.sex == 'M' else 'a'} de "
        f"{fa} y de {mo}, ambos de nacionalidad uruguaya. Leída que fue, la firman conmigo."
    )
    y = 58.0
    for i in range(17):
        ln(sh, 22, y + 5.2 + i * 7, 190, y + 5.2 + i * 7, lw=0.15, col=G3)
    for line in sh.wrap(text, 166, font=CPRIME, size_pt=10.5):
        T(sh, 23, y, line, f=CPRIME, pt=10.5)
        y += 7
    T(sh, 23, 196, f"Es testimonio fiel de su original. Montevideo, {dlong(iss, 'es')}.", f=CPRIME, pt=10)
    stamp(sh, 40, 210, ["REGISTRO DE ESTADO CIVIL", "URUGUAY", "OFICIAL"], rng, col=(40, 40, 40), mm=30)
    sign(sh, 120, 214, rng, col=PEN_K)
    T(sh, 120, 232, "Oficial de Estado Civil", f=LSER, pt=9.5)
    sh = aged(sh, (228, 228, 228), 0.45)
    img = raster(sh, 170)
    d = ImageDraw.Draw(img, "RGBA")
    for i in range(28):
        d.line(
            [(0, img.height - 1 - i), (img.width, img.height - 1 - i)],
            fill=(20, 20, 20, int(210 * (1 - i / 28))),
        )
    return [as_sheet(img)]


def birth_fji(person: Person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Fijian 'CERTIFIED COPY OF AN ENTRY OF BIRTH' of the Registrar-General's office (Births, Deaths and Marriages
    Registration): A4 LANDSCAPE, the entry as one wide row of columns under numbered headings (When and where born,
    Name, Sex, Father, Mother, Informant, When registered), the registrar's embossed seal drawn as a grey relief
    ring at the bottom LEFT, signed at the bottom RIGHT; scanned upright (turned on the page)."""
    iss, act = _issued(rng, issue_date), _acted(person, rng, act_date)
    fa, mo = _parents(person, father, mother)
    sh = Sheet(297, 210)
    frame(sh, 10, 10, 277, 190, lw=0.8, col=(0, 70, 90))
    T(sh, 148, 18, "REPUBLIC OF FIJI", f=CALA_B, pt=13, at="center")
    T(sh, 148, 25, "Births, Deaths and Marriages Registration Act 1975", f=CALA, pt=9, at="center", col=G1)
    T(sh, 148, 35, "CERTIFIED COPY OF AN ENTRY OF BIRTH", f=CALA_B, pt=15, at="center", sp=0.8)
    T(
        sh,
        20,
        48,
        f"Registration district: {person.birth_place}        Entry No. {rng.randint(100, 9999)}/{act.year}",
        f=CALA,
        pt=10,
    )
    heads = [
        "1. When and where born",
        "2. Name",
        "3. Sex",
        "4. Father",
        "5. Mother",
        "6. Informant",
        "7. When registered",
    ]
    vals = [
        f"{dlong(person.birth_date, 'en')}, {person.birth_place}",
        f"{person.given_names} {person.surname}",
        "Male" if person.sex == "M" else "Female",
        fa,
        mo,
        f"{fa}, father",
        dlong(act, "en"),
    ]
    xs = [16, 64, 108, 126, 166, 206, 246, 281]
    frame(sh, 16, 58, 265, 14, lw=0.3, fill=(226, 240, 242))
    frame(sh, 16, 72, 265, 34, lw=0.3)
    for i, (hd, v) in enumerate(zip(heads, vals)):
        if i:
            ln(sh, xs[i], 58, xs[i], 106, lw=0.3)
        P(sh, xs[i] + 1.5, 60, xs[i + 1] - xs[i] - 3, hd, f=CALA_B, pt=8)
        P(sh, xs[i] + 1.5, 75, xs[i + 1] - xs[i] - 3, v, f=CALA, pt=9.5)
    P(
        sh,
        20,
        118,
        255,
        "I hereby certify that this is a true copy of the entry in the register of births kept at "
        f"the office of the Registrar-General, Suva. Given under my hand on {dlong(iss, 'en')}.",
        f=CALA,
        pt=10,
    )
    for r in range(3):
        frame(sh, 30 + r * 2, 150 + r * 2, 36 - r * 4, 36 - r * 4, lw=0.4, col=(170, 170, 172))
    T(sh, 48, 166, "SEAL", f=CALA_B, pt=8, at="center", col=(170, 170, 172))
    sign(sh, 200, 150, rng, col=PEN_K)
    T(sh, 200, 172, "Registrar-General", f=CALA, pt=10)
    img = raster(sh, 200).rotate(90, expand=True)
    return [as_sheet(img)]


def birth_bel(person: Person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Belgian 'Uittreksel uit de akte van geboorte' printed from the DABS (databank akten burgerlijke stand) by a
    Flemish commune: the commune's name and 'Burgerlijke stand' at the top LEFT in Liberation Sans, a reference
    block (aktenummer, DABS-referentie) at the RIGHT, the child's particulars as 'label : value' rows in one column,
    the parents in a second block, and the civil registrar's electronic-seal line at the foot with no wet signature
    but a small square code; born-digital print."""
    iss, act = _issued(rng, issue_date, 20, 300), _acted(person, rng, act_date)
    fa, mo = _parents(person, father, mother)
    city = person.birth_place if person.birth_country == "Belgium" else "Antwerpen"
    sh = Sheet(210, 297)
    T(sh, 20, 18, f"Gemeente {city}", f=LSAN_B, pt=12)
    T(sh, 20, 24, "Dienst Burgerlijke Stand", f=LSAN, pt=9.5, col=G1)
    for j, (a, v) in enumerate(
        [
            ("Aktenummer", f"G/{act.year}/{rng.randint(100, 9999)}"),
            ("DABS-referentie", f"{digits(rng, 4)}-{digits(rng, 6)}"),
            ("Datum uittreksel", dnum(iss, "/")),
        ]
    ):
        T(sh, 128, 18 + j * 5, a, f=LSAN, pt=8.5, col=G1)
        T(sh, 162, 18 + j * 5, v, f=LSAN, pt=8.5)
    T(sh, 20, 46, "UITTREKSEL UIT DE AKTE VAN GEBOORTE", f=LSAN_B, pt=13)
    y = 60.0
    for a, v in [
        ("Naam", person.surname),
        ("Voornamen", person.given_names),
        ("Geslacht", "mannelijk" if person.sex == "M" else "vrouwelijk"),
        ("Geboortedatum", dlong(person.birth_date, "nl")),
        ("Geboorteplaats", f"{city}, België"),
        ("Datum van de akte", dlong(act, "nl")),
    ]:
        T(sh, 24, y, a, f=LSAN, pt=10, col=G1)
        T(sh, 72, y, f": {v}", f=LSAN, pt=10)
        y += 6.5
    T(sh, 20, y + 6, "Ouders", f=LSAN_B, pt=11)
    y += 14
    for a, v in [("Vader", fa), ("Moeder", mo)]:
        T(sh, 24, y, a, f=LSAN, pt=10, col=G1)
        T(sh, 72, y, f": {v}", f=LSAN, pt=10)
        y += 6.5
    ln(sh, 20, 250, 190, 250, lw=0.2, col=G2)
    P(
        sh,
        20,
        253,
        150,
        f"Afgeleverd door de ambtenaar van de burgerlijke stand van {city}, elektronisch gezegeld "
        "overeenkomstig artikel 31 van het Burgerlijk Wetboek.",
        f=LSAN,
        pt=8,
        col=G1,
    )
    for i in range(7):
        for j in range(7):
            if rng.random() < 0.5 or i in (0, 6) or j in (0, 6):
                frame(sh, 176 + i * 2, 250 + j * 2, 2, 2, lw=0, fill=BLACK)
    return [sh]


_id._register(
    "birth-btn-kastanje-kader-tabel-saffraan-53",
    "birth-certificate",
    PART,
    "en",
    birth_btn,
    country="BTN",
    notes="Bhutanese birth certificate",
)
_id._register(
    "birth-pan-ambassade-brussel-tweetalig-es-fr-53",
    "birth-certificate",
    PART,
    "es/fr",
    birth_pan,
    country="PAN",
    notes="Panamanian consular birth extract, Spanish/French",
)
_id._register(
    "birth-tur-edevlet-dogum-kayit-ornegi-foto-53",
    "birth-certificate",
    PART,
    "tr",
    birth_tur,
    country="TUR",
    notes="Turkish e-Devlet birth record printout",
)
_id._register(
    "birth-ury-partida-courier-op-lijnen-53",
    "birth-certificate",
    PART,
    "es",
    birth_ury,
    country="URY",
    notes="Uruguayan birth certificate, Spanish",
)
_id._register(
    "birth-fji-liggend-kolommen-zegel-53",
    "birth-certificate",
    PART,
    "en",
    birth_fji,
    country="FJI",
    notes="Fijian certified copy of a birth entry",
)
_id._register(
    "birth-bel-dabs-uittreksel-53",
    "birth-certificate",
    PART,
    "nl",
    birth_bel,
    country="BEL",
    notes="Belgian DABS birth extract",
)


# =========================================================================== nationality and identity certificates


def nationality_btn(person: Person, rng, *, issue_date=None, **opts):
    """Bhutanese 'CERTIFICATE OF NATIONALITY' of the Ministry of Home Affairs: a letter-style certificate in Century
    Schoolbook, a reference number and date at the top RIGHT, the certifying paragraph naming the holder's full name,
    date and place of birth and census number, the nationality word in bold capitals, signed by the Director at
    the RIGHT with a round maroon stamp overlapping the signature."""
    iss = _issued(rng, issue_date)
    sh = Sheet(210, 297)
    T(sh, 105, 20, "ROYAL GOVERNMENT OF BHUTAN", f=CENT_B, pt=13, at="center")
    T(
        sh,
        105,
        27,
        "Ministry of Home Affairs - Department of Civil Registration and Census",
        f=CENT,
        pt=9.5,
        at="center",
    )
    ln(sh, 30, 33, 180, 33, lw=0.5, col=(110, 20, 30))
    T(sh, 188, 42, f"No. DCRC/NC-{rng.randint(1000, 9999)}/{iss.year}", f=CENT, pt=9.5, at="right")
    T(sh, 188, 47.5, f"Dated: {dnum(iss, '/')}", f=CENT, pt=9.5, at="right")
    T(sh, 105, 66, "CERTIFICATE OF NATIONALITY", f=CENT_B, pt=15, at="center", sp=1.0)
    y = P(
        sh,
        24,
        84,
        162,
        f"This is to certify that {person.given_names} {person.surname.upper()}, "
        f"{'son' if person.sex == 'M' else 'daughter'} of {father(person)} and {mother(person)}, born on "
        f"{dlong(person.birth_date, 'en')} at {person.birth_place}, {cname(person.birth_country, 'en')}, "
        f"bearing Citizenship Identity Card No. {digits(rng, 11)}, is a citizen of the Kingdom of Bhutan by birth "
        "as per the Citizenship Act of Bhutan, 1985, and is registered in the census record of this Department.",
        f=CENT,
        pt=11.5,
        lead=1.6,
        al="justify",
    )
    T(sh, 24, y + 8, "Nationality:", f=CENT, pt=11.5)
    T(sh, 52, y + 8, "BHUTANESE", f=CENT_B, pt=12)
    stamp(sh, 118, y + 24, ["DEPT OF CIVIL REGISTRATION", "THIMPHU", "BHUTAN"], rng, col=(120, 30, 40), mm=32)
    sign(sh, 126, y + 32, rng, col=PEN_K)
    T(sh, 186, y + 52, "Director", f=CENT, pt=10.5, at="right")
    return [sh]


def nationality_pan(person: Person, rng, *, issue_date=None, **opts):
    """Certificate of nationality of the Embassy of Panama in Brussels, 'CERTIFICADO DE NACIONALIDAD / CERTIFICAT
    DE NATIONALITÉ', Spanish paragraph with its French version BELOW in italics, the holder's particulars in a framed
    box between them, signed by the consul at the bottom LEFT with the embassy's blue stamp at the RIGHT and a
    revenue-stamp sticker drawn as a small perforated rectangle."""
    iss = _issued(rng, issue_date)
    sh = Sheet(210, 297)
    frame(sh, 0, 0, 6, 297, lw=0, fill=(20, 40, 100))
    T(sh, 18, 16, "EMBAJADA DE PANAMÁ EN EL REINO DE BÉLGICA", f=CENT_B, pt=11, col=(20, 40, 100), sp=0.6)
    T(sh, 18, 22, "Sección consular - Bruxelles", f=CENT_I, pt=9, col=G1)
    T(sh, 105, 40, "CERTIFICADO DE NACIONALIDAD", f=CENT_B, pt=14, at="center")
    T(sh, 105, 47, "Certificat de nationalité", f=CENT_I, pt=11, at="center", col=G1)
    y = (
        P(
            sh,
            22,
            60,
            166,
            "El suscrito Cónsul de la República de Panamá certifica que la persona abajo indicada es "
            "de nacionalidad panameña por nacimiento, según consta en el Registro Civil del Tribunal Electoral.",
            f=CENT,
            pt=10.5,
            al="justify",
        )
        + 4
    )
    frame(sh, 22, y, 166, 40, lw=0.4)
    for j, (a, v) in enumerate(
        [
            ("Nombre / Nom", f"{person.given_names} {person.surname}".upper()),
            ("Nacimiento / Naissance", f"{dnum(person.birth_date, '/')}, {person.birth_place}"),
            ("Cédula N°", f"{rng.randint(1, 9)}-{rng.randint(100, 999)}-{rng.randint(100, 9999)}"),
            ("Nacionalidad / Nationalité", "PANAMEÑA / PANAMÉENNE"),
        ]
    ):
        T(sh, 26, y + 4 + j * 9, a, f=CENT, pt=9, col=G1)
        T(sh, 82, y + 4 + j * 9, v, f=CENT_B, pt=10.5)
    y = P(
        sh,
        22,
        y + 48,
        166,
        "Le Consul soussigné de la République du Panama certifie que la personne susmentionnée "
        "possède la nationalité panaméenne de naissance, selon le registre civil du Tribunal électoral.",
        f=CENT_I,
        pt=10,
        al="justify",
        col=G1,
    )
    T(sh, 22, y + 10, f"Bruselas, {dnum(iss, '/')}", f=CENT, pt=10)
    sign(sh, 22, y + 16, rng)
    T(sh, 22, y + 34, "El Cónsul / Le Consul", f=CENT, pt=9.5)
    stamp(sh, 132, y + 12, ["EMBAJADA DE PANAMÁ", "SECCIÓN CONSULAR", "BRUSELAS"], rng, col=ST_B, mm=32)
    frame(sh, 168, 16, 22, 26, lw=0.3, col=(120, 90, 40), fill=(246, 232, 200))
    T(sh, 179, 24, "B/. 30", f=CENT_B, pt=9, at="center", col=(120, 90, 40))
    T(sh, 179, 31, "TIMBRE", f=CENT, pt=6, at="center", col=(120, 90, 40))
    return [sh]


_DECL = {
    "en": "This certificate is issued on the basis of the statements made by the holder, who presented no "
    "identity document; the Embassy has not verified these particulars.",
    "fr": "Le présent certificat est établi sur la seule base des déclarations de l'intéressé(e), qui n'a présenté "
    "aucun document d'identité ; l'Ambassade n'a pas vérifié ces données.",
}


def idcert_btn(person: Person, rng, *, issue_date=None, declarative=False, **opts):
    """'IDENTITY CERTIFICATE' of the Royal Bhutanese Embassy in Brussels: the holder's photo glued at the top RIGHT
    with the embassy's stamp half over it, the particulars (name, sex, date and place of birth, nationality, CID
    number) as bold values after grey labels in one column, the certifying sentence, signed by the Counsellor at the
    bottom LEFT.  Declarative variant: an added paragraph that the certificate rests on the holder's own
    statements."""
    iss = _issued(rng, issue_date, 20, 300)
    sh = Sheet(210, 297)
    T(sh, 20, 18, "ROYAL BHUTANESE EMBASSY", f=GOTH_B, pt=13)
    T(sh, 20, 24.5, "Avenue Jules Cesar 70, 1150 Brussels", f=GOTH, pt=8.5, col=G1)
    T(sh, 20, 42, "IDENTITY CERTIFICATE", f=GOTH_B, pt=16)
    sh.photo(150, 30, 34, 44, rng)
    stamp(sh, 134, 58, ["ROYAL BHUTANESE", "EMBASSY", "BRUSSELS"], rng, col=ST_V, mm=28)
    y = 60.0
    for a, v in [
        ("Name", f"{person.given_names} {person.surname}"),
        ("Sex", "Male" if person.sex == "M" else "Female"),
        ("Date of birth", dlong(person.birth_date, "en")),
        ("Place of birth", f"{person.birth_place}, {cname(person.birth_country, 'en')}"),
        ("Nationality", "Bhutanese"),
        ("CID No.", digits(rng, 11)),
    ]:
        T(sh, 22, y, a, f=GOTH, pt=9, col=G2)
        T(sh, 22, y + 4.2, v, f=GOTH_B, pt=11)
        y += 11.5
    y = P(
        sh,
        22,
        y + 8,
        166,
        "The Embassy certifies that the person whose photograph is affixed above is the person "
        "described in this certificate.",
        f=GOTH,
        pt=10.5,
        al="justify",
    )
    if declarative:
        y = P(sh, 22, y + 4, 166, _DECL["en"], f=GOTH, pt=10.5, al="justify")
    T(sh, 22, y + 10, f"Brussels, {dlong(iss, 'en')}", f=GOTH, pt=10)
    sign(sh, 22, y + 16, rng)
    T(sh, 22, y + 34, "Counsellor", f=GOTH, pt=10)
    return [sh]


def idcert_pan(person: Person, rng, *, issue_date=None, declarative=False, **opts):
    """'CERTIFICADO DE IDENTIDAD / CERTIFICAT D'IDENTITÉ' of the Embassy of Panama in Brussels: photo at the top
    LEFT inside a thin frame with the embassy's round stamp over its lower corner, the particulars as Spanish/French
    labels and values in a two-column table at the RIGHT of the photo, the certifying sentence in both languages,
    signed by the consul at the bottom RIGHT.  Declarative variant: a bilingual sentence that the data rest on the
    holder's own statements."""
    iss = _issued(rng, issue_date, 20, 300)
    sh = Sheet(210, 297)
    frame(sh, 0, 0, 6, 297, lw=0, fill=(20, 40, 100))
    T(sh, 18, 16, "EMBAJADA DE PANAMÁ EN EL REINO DE BÉLGICA", f=CENT_B, pt=11, col=(20, 40, 100), sp=0.6)
    T(sh, 105, 32, "CERTIFICADO DE IDENTIDAD / CERTIFICAT D'IDENTITÉ", f=CENT_B, pt=13, at="center")
    frame(sh, 20, 44, 36, 46, lw=0.3)
    sh.photo(21, 45, 34, 44, rng)
    stamp(sh, 36, 74, ["EMBAJADA DE PANAMÁ", "BRUSELAS"], rng, col=ST_B, mm=26)
    y = 46.0
    for a, v in [
        ("Apellidos / Nom", person.surname.upper()),
        ("Nombres / Prénoms", person.given_names),
        ("Nacimiento / Naissance", dnum(person.birth_date, "/")),
        ("Lugar / Lieu", f"{person.birth_place}, {cname(person.birth_country, 'fr')}"),
        ("Nacionalidad / Nationalité", "panameña / panaméenne"),
        ("Cédula N°", f"{rng.randint(1, 9)}-{rng.randint(100, 999)}-{rng.randint(100, 9999)}"),
    ]:
        T(sh, 62, y, a, f=CENT, pt=8.5, col=G1)
        T(sh, 112, y, v[:40], f=CENT_B, pt=10)
        y += 7.5
    y = max(y, 96) + 6
    y = P(
        sh,
        20,
        y,
        170,
        "Se certifica que la persona cuya fotografía figura arriba es la persona identificada en el "
        "presente certificado. / Il est certifié que la personne dont la photographie figure ci-dessus est la "
        "personne identifiée dans le présent certificat.",
        f=CENT,
        pt=10,
        al="justify",
    )
    if declarative:
        y = P(
            sh,
            20,
            y + 4,
            170,
            "Los datos se basan únicamente en las declaraciones del interesado. / " + _DECL["fr"],
            f=CENT,
            pt=10,
            al="justify",
        )
    T(sh, 190, y + 12, f"Bruselas / Bruxelles, {dnum(iss, '/')}", f=CENT, pt=10, at="right")
    sign(sh, 142, y + 18, rng)
    T(sh, 190, y + 36, "El Cónsul / Le Consul", f=CENT, pt=9.5, at="right")
    return [sh]


_id._register(
    "nationality-btn-brief-century-rode-stempel-53",
    "nationality-certificate",
    PART,
    "en",
    nationality_btn,
    country="BTN",
    notes="Bhutanese certificate of nationality",
)
_id._register(
    "nationality-pan-ambassade-es-fr-fiscale-zegel-53",
    "nationality-certificate",
    PART,
    "es/fr",
    nationality_pan,
    country="PAN",
    notes="Panamanian consular certificate of nationality",
)
_id._register(
    "idcert-btn-ambassade-foto-rechts-stempel-53",
    "identity-certificate",
    PART,
    "en",
    idcert_btn,
    country="BTN",
    photo=True,
    notes="Bhutanese embassy identity certificate",
)
_id._register(
    "idcert-pan-ambassade-foto-links-tweetalig-53",
    "identity-certificate",
    PART,
    "es/fr",
    idcert_pan,
    country="PAN",
    photo=True,
    notes="Panamanian consular identity certificate",
)


# =========================================================================== marriage


def _couple(person: Person, spouse, marriage_date, rng):
    sp = spouse or _pp.make_spouse(random.Random(h32("sp53", person.given_names)), person)
    wed = marriage_date or TODAY - datetime.timedelta(days=rng.randint(800, 5000))
    return (person, sp) if person.sex == "M" else (sp, person), wed


def marriage_bel(person: Person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    """Belgian 'Extrait d'acte de mariage' printed from the DABS by a Brussels commune, in French: the commune's
    name and 'État civil' at the top LEFT, the act number and DABS reference at the RIGHT, the two spouses side by
    side in two columns ('Premier conjoint' / 'Second conjoint'), the date and place of the marriage under them, the
    electronic-seal line and a small square code at the foot; born-digital print."""
    (h, w), wed = _couple(person, spouse, marriage_date, rng)
    iss = _issued(rng, issue_date, 20, 200)
    sh = Sheet(210, 297)
    city = rng.choice(["Schaerbeek", "Saint-Gilles", "Anderlecht", "Ixelles", "Molenbeek-Saint-Jean"])
    T(sh, 20, 18, f"Commune de {city}", f=FSAN_B, pt=12)
    T(sh, 20, 24, "Service de l'État civil", f=FSAN, pt=9.5, col=G1)
    T(sh, 190, 18, f"Acte n° M/{wed.year}/{rng.randint(10, 999)}", f=FSAN, pt=9, at="right")
    T(sh, 190, 23, f"Réf. BAEC {digits(rng, 4)}-{digits(rng, 6)}", f=FSAN, pt=9, at="right")
    T(sh, 20, 44, "EXTRAIT D'ACTE DE MARIAGE", f=FSAN_B, pt=13)
    for k, (lab, q) in enumerate([("Premier conjoint", h), ("Second conjoint", w)]):
        x = 20 + k * 88
        T(sh, x, 58, lab, f=FSAN_B, pt=10.5)
        ln(sh, x, 63, x + 82, 63, lw=0.3)
        y = 67.0
        for a, v in [
            ("Nom", q.surname),
            ("Prénoms", q.given_names),
            ("Né(e) le", dnum(q.birth_date, "/")),
            ("à", f"{q.birth_place} ({cname(q.birth_country, 'fr')})"),
            ("Nationalité", natadj(q.nationality, "fr")),
        ]:
            T(sh, x, y, a, f=FSAN, pt=8.5, col=G1)
            T(sh, x, y + 4, v[:44], f=FSAN, pt=10)
            y += 10
    T(sh, 20, 128, "Date du mariage", f=FSAN, pt=9, col=G1)
    T(sh, 62, 128, dlong(wed, "fr"), f=FSAN, pt=10.5)
    T(sh, 20, 135, "Lieu du mariage", f=FSAN, pt=9, col=G1)
    T(sh, 62, 135, f"{city} (Belgique)", f=FSAN, pt=10.5)
    T(sh, 20, 146, f"Extrait délivré le {dnum(iss, '/')}", f=FSAN, pt=9.5)
    ln(sh, 20, 250, 190, 250, lw=0.2, col=G2)
    P(
        sh,
        20,
        253,
        150,
        f"Délivré par l'officier de l'état civil de {city}, revêtu du cachet électronique "
        "conformément à l'article 31 du Code civil.",
        f=FSAN,
        pt=8,
        col=G1,
    )
    for i in range(7):
        for j in range(7):
            if rng.random() < 0.5 or i in (0, 6) or j in (0, 6):
                frame(sh, 176 + i * 2, 250 + j * 2, 2, 2, lw=0, fill=BLACK)
    return [sh]


def marriage_btn(person: Person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    """Bhutanese 'MARRIAGE CERTIFICATE' issued by a Dzongkhag court: the court's name centred, a case number, the
    two spouses' particulars in a single ruled table with the husband's column at the LEFT and the wife's at the
    RIGHT, the registration sentence, the Drangpon's signature at the bottom RIGHT over an oval violet court stamp;
    yellowed paper, folded in three."""
    (h, w), wed = _couple(person, spouse, marriage_date, rng)
    iss = _issued(rng, issue_date, 40, 500)
    sh = Sheet(210, 297)
    court = rng.choice(["Thimphu", "Paro", "Punakha", "Chhukha"])
    T(sh, 105, 20, f"{court.upper()} DZONGKHAG COURT", f=CALA_B, pt=13, at="center")
    T(sh, 105, 27, "Royal Court of Justice, Kingdom of Bhutan", f=CALA, pt=9.5, at="center", col=G1)
    T(sh, 105, 42, "MARRIAGE CERTIFICATE", f=CALA_B, pt=16, at="center", sp=1.2)
    T(sh, 190, 52, f"Case No. MC/{wed.year}/{rng.randint(10, 999)}", f=CALA, pt=9.5, at="right")
    rows = [
        ("Name", f"{h.given_names} {h.surname}", f"{w.given_names} {w.surname}"),
        ("Date of birth", dnum(h.birth_date, "/"), dnum(w.birth_date, "/")),
        ("Place of birth", h.birth_place, w.birth_place),
        ("Nationality", natadj(h.nationality, "en"), natadj(w.nationality, "en")),
    ]
    y = 62.0
    frame(sh, 20, y, 170, 8, lw=0.3, fill=(236, 230, 216))
    T(sh, 72, y + 2, "Husband", f=CALA_B, pt=10)
    T(sh, 142, y + 2, "Wife", f=CALA_B, pt=10)
    y += 8
    for a, v1, v2 in rows:
        frame(sh, 20, y, 170, 9, lw=0.3)
        ln(sh, 62, y, 62, y + 9, lw=0.3)
        ln(sh, 126, y, 126, y + 9, lw=0.3)
        T(sh, 22, y + 2.4, a, f=CALA, pt=9.5)
        T(sh, 64, y + 2.4, v1[:34], f=CALA_B, pt=9.5)
        T(sh, 128, y + 2.4, v2[:34], f=CALA_B, pt=9.5)
        y += 9
    P(
        sh,
        20,
        y + 10,
        170,
        f"The above-named persons were married on {dlong(wed, 'en')} and their marriage is "
        f"registered with this Court under the Marriage Act of Bhutan. Issued on {dlong(iss, 'en')}.",
        f=CALA,
        pt=10.5,
    )
    stamp(sh, 126, y + 32, ["DZONGKHAG COURT", court.upper()], rng, shape="oval", col=ST_V, mm=36)
    sign(sh, 134, y + 36, rng, col=PEN_K)
    T(sh, 190, y + 56, "Drangpon", f=CALA, pt=10, at="right")
    return [fold_cross(aged(sh, (244, 236, 212), 0.25))]


def marriage_pan(person: Person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    """Bilingual extract of a Panamanian marriage entry issued by the Embassy of Panama in Brussels ('Extracto de
    inscripción de matrimonio / Extrait d'acte de mariage'): navy bar down the LEFT edge as on the embassy's other
    papers, each spouse's particulars in a block with Spanish labels and French ones in grey italics, the date and
    place of the marriage and the Tribunal Electoral reference, the consul's signature and stamp at the RIGHT."""
    (h, w), wed = _couple(person, spouse, marriage_date, rng)
    iss = _issued(rng, issue_date, 40, 400)
    sh = Sheet(210, 297)
    frame(sh, 0, 0, 6, 297, lw=0, fill=(20, 40, 100))
    T(sh, 18, 16, "EMBAJADA DE PANAMÁ EN EL REINO DE BÉLGICA", f=CENT_B, pt=11, col=(20, 40, 100), sp=0.6)
    T(sh, 105, 34, "EXTRACTO DE INSCRIPCIÓN DE MATRIMONIO", f=CENT_B, pt=13, at="center")
    T(sh, 105, 41, "Extrait d'acte de mariage", f=CENT_I, pt=11, at="center", col=G1)
    y = 54.0
    for lab, q in [("Contrayente / Époux", h), ("Contrayente / Épouse", w)]:
        T(sh, 22, y, lab, f=CENT_B, pt=10.5)
        y += 6
        for es, fr, v in [
            ("Nombre", "Nom", f"{q.given_names} {q.surname}".upper()),
            ("Nacimiento", "Naissance", f"{dnum(q.birth_date, '/')}, {q.birth_place}"),
            ("Nacionalidad", "Nationalité", natadj(q.nationality, "fr")),
        ]:
            T(sh, 26, y, es, f=CENT, pt=9.5)
            T(sh, 26 + W(es, CENT, 9.5) + 1.5, y + 0.4, f"/ {fr}", f=CENT_I, pt=8, col=G2)
            T(sh, 86, y, v[:50], f=CENT_B, pt=10)
            y += 7
        y += 5
    T(sh, 22, y, "Fecha y lugar / Date et lieu", f=CENT, pt=9.5)
    T(
        sh,
        86,
        y,
        f"{dnum(wed, '/')}, {rng.choice(['Ciudad de Panamá', 'Colón', 'David', 'Bruselas'])}",
        f=CENT_B,
        pt=10,
    )
    T(sh, 22, y + 8, "Inscripción / Inscription", f=CENT, pt=9.5)
    T(sh, 86, y + 8, f"Tomo {rng.randint(100, 600)}, asiento {rng.randint(1, 999)}", f=CENT_B, pt=10)
    T(sh, 22, y + 26, f"Bruselas / Bruxelles, {dnum(iss, '/')}", f=CENT, pt=10)
    stamp(sh, 128, y + 20, ["EMBAJADA DE PANAMÁ", "SECCIÓN CONSULAR", "BRUSELAS"], rng, col=ST_B, mm=32)
    sign(sh, 136, y + 34, rng)
    T(sh, 190, y + 52, "El Cónsul / Le Consul", f=CENT, pt=9.5, at="right")
    return [sh]


_id._register(
    "marriage-bel-dabs-extrait-twee-kolommen-53",
    "marriage-certificate",
    PART,
    "fr",
    marriage_bel,
    country="BEL",
    notes="Belgian DABS marriage extract, French",
)
_id._register(
    "marriage-btn-rechtbank-tabel-gevouwen-53",
    "marriage-certificate",
    PART,
    "en",
    marriage_btn,
    country="BTN",
    notes="Bhutanese court marriage certificate",
)
_id._register(
    "marriage-pan-ambassade-tweetalig-53",
    "marriage-certificate",
    PART,
    "es/fr",
    marriage_pan,
    country="PAN",
    notes="Panamanian consular marriage extract",
)


# =========================================================================== sworn translations

_SRC_NAME = {"fr": {"tr": "turc", "es": "espagnol"}, "nl": {"tr": "Turks", "es": "Spaans"}}
_SRC_DOC = {
    "fr": {
        "tr": "Extrait du registre des naissances (e-Devlet, Türkiye)",
        "es": "Acte de naissance (Registre de l'état civil, Uruguay)",
    },
    "nl": {
        "tr": "Uittreksel uit het geboorteregister (e-Devlet, Turkije)",
        "es": "Geboorteakte (Registro de Estado Civil, Uruguay)",
    },
}


def _born_rows(person: Person, lang: str) -> list[tuple[str, str]]:
    if lang == "fr":
        return [
            ("Nom", person.surname.upper()),
            ("Prénom(s)", person.given_names.upper()),
            ("Sexe", "masculin" if person.sex == "M" else "féminin"),
            ("Date de naissance", dlong(person.birth_date, "fr")),
            ("Lieu de naissance", f"{person.birth_place} ({cname(person.birth_country, 'fr')})"),
            ("Père", father(person)),
            ("Mère", mother(person)),
        ]
    return [
        ("Naam", person.surname.upper()),
        ("Voornamen", person.given_names.upper()),
        ("Geslacht", "man" if person.sex == "M" else "vrouw"),
        ("Geboortedatum", dlong(person.birth_date, "nl")),
        ("Geboorteplaats", f"{person.birth_place} ({cname(person.birth_country, 'nl')})"),
        ("Vader", father(person)),
        ("Moeder", mother(person)),
    ]


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
    """French sworn translation by a translator sworn at a Belgian court ('TRADUCTION JURÉE'), typed in Liberation
    Serif: the translator's name and registration at the top RIGHT, a boxed line naming the source language and
    document, the translated particulars as an indented list, the translator's oath formula in italics, signed and
    stamped with a rectangular blue stamp at the bottom LEFT; the pages numbered 'p. 1/1'."""
    src = source_lang if source_lang in ("tr", "es") else "tr"
    iss = _issued(rng, issue_date, 10, 60)
    sh = Sheet(210, 297)
    tr_name = rng.choice(["Nathalie Vandenbroucke", "Cem Yıldırım-Delhaye", "Isabel Gómez Lambert"])
    for j, s in enumerate(
        [
            tr_name,
            "Traductrice-interprète jurée",
            "Registre national des experts judiciaires",
            f"n° TI-{digits(rng, 6)}",
        ]
    ):
        T(sh, 190, 16 + j * 4.6, s, f=LSER_B if j == 0 else LSER, pt=10 if j == 0 else 8.5, at="right")
    T(sh, 20, 44, "TRADUCTION JURÉE", f=LSER_B, pt=15)
    frame(sh, 20, 52, 170, 12, lw=0.4)
    T(sh, 23, 54, f"Traduit du {_SRC_NAME['fr'][src]} vers le français", f=LSER, pt=10)
    T(sh, 23, 59, f"Document : {_SRC_DOC['fr'][src]}", f=LSER, pt=10)
    y = 74.0
    for a, v in _born_rows(person, "fr"):
        T(sh, 28, y, f"{a} :", f=LSER, pt=10.5)
        T(sh, 80, y, v, f=LSER_B, pt=10.5)
        y += 7
    y = P(
        sh,
        20,
        y + 8,
        170,
        "Je soussignée, traductrice jurée, certifie que la présente traduction est fidèle et "
        "conforme au document original qui m'a été présenté.",
        f=LSER_I,
        pt=10.5,
        al="justify",
    )
    T(sh, 20, y + 6, f"Bruxelles, le {dnum(iss, '/')}", f=LSER, pt=10.5)
    stamp(sh, 20, y + 12, [tr_name.upper(), "TRADUCTRICE JURÉE"], rng, shape="rect", col=ST_B, mm=42)
    sign(sh, 30, y + 14, rng)
    T(sh, 190, 284, "p. 1/1", f=LSER, pt=8, at="right", col=G2)
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
    """Dutch sworn translation ('BEËDIGDE VERTALING') by a translator registered in the Rbtv: the translator's
    details in a grey band across the top, the translated particulars in a two-column table with thin rules, then the
    statutory declaration ('verklaring van de beëdigd vertaler') with Rbtv number, place, date and signature at the
    RIGHT, and the translator's round stamp; the source language named in the table's caption."""
    src = source_lang if source_lang in ("tr", "es") else "es"
    iss = _issued(rng, issue_date, 10, 60)
    sh = Sheet(210, 297)
    frame(sh, 0, 10, 210, 16, lw=0, fill=(228, 228, 230))
    tr_name = rng.choice(["drs. M.A. Verhoef-Ramos", "E. Kılıç MA", "J.P. van Dalen"])
    T(sh, 20, 13, tr_name, f=CARL_B, pt=11)
    T(
        sh,
        20,
        19,
        f"beëdigd vertaler Spaans/Turks - Nederlands  ·  Rbtv-nummer {digits(rng, 5)}",
        f=CARL,
        pt=9,
    )
    T(sh, 20, 38, "BEËDIGDE VERTALING", f=CARL_B, pt=15)
    T(sh, 20, 46, f"Vertaling uit het {_SRC_NAME['nl'][src]}: {_SRC_DOC['nl'][src]}", f=CARL, pt=10)
    y = 56.0
    ln(sh, 20, y, 190, y, lw=0.4)
    for a, v in _born_rows(person, "nl"):
        T(sh, 22, y + 2, a, f=CARL, pt=10)
        T(sh, 80, y + 2, v, f=CARL_B, pt=10)
        y += 8
        ln(sh, 20, y, 190, y, lw=0.15, col=G2)
    y = P(
        sh,
        20,
        y + 10,
        170,
        "Ondergetekende, beëdigd vertaler, verklaart dat deze vertaling een getrouwe en "
        "volledige weergave is van het hem/haar ter vertaling aangeboden document.",
        f=CARL,
        pt=10.5,
        al="justify",
    )
    T(sh, 190, y + 8, f"Rotterdam, {dlong(iss, 'nl')}", f=CARL, pt=10.5, at="right")
    sign(sh, 146, y + 13, rng, col=PEN_K)
    stamp(sh, 40, y + 6, [tr_name.upper()[:24], "BEËDIGD VERTALER", "RBTV"], rng, col=ST_G, mm=30)
    return [sh]


_id._register(
    "translation-be-fr-jure-kader-bron-53",
    "translation",
    PART,
    "fr",
    translation_be_fr,
    country="BEL",
    notes="Belgian sworn translation into French",
)
_id._register(
    "translation-nl-beedigd-grijze-band-tabel-53",
    "translation",
    PART,
    "nl",
    translation_nl,
    country="NLD",
    notes="Dutch sworn translation",
)
