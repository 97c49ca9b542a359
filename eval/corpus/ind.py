"""IND document families and IND dossiers (writer C).

Families of the Dutch side of the corpus: income proof, medical statements,
care-institution statements, health insurance, civic integration, IND
application forms, lawyers' cover letters and a few IND letters and visas.
Identity documents come from ``identity.py`` (writer A).

``build(out_root)`` writes every IND dossier of both parts and returns their
truth dicts (eval/CORPUS.md).  Everything is drawn from fixed seeds.
"""
from __future__ import annotations

import datetime as dt
import io
import json
import random
import zlib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable

import yaml
from PIL import Image, ImageDraw, ImageEnhance, ImageFilter, ImageFont

from . import paper, people
from .paper import FONTS, Scan, Sheet
from .people import Address, Person, format_name, make_person, nationality_adj, country_name

try:  # writer A's identity families
    from . import identity as _identity
except Exception:  # pragma: no cover - only while A's module is being written
    _identity = None

D = dt.date
SUB = D(2026, 12, 1)
BLACK = (0, 0, 0)
DARK = (25, 25, 30)
GREY = (110, 110, 110)
LIGHT = (170, 170, 170)
BLUE_INK = (20, 40, 140)
BLACK_INK = (25, 25, 35)
IND_BLUE = (0, 60, 120)
STAMP_BLUE = (40, 60, 160)
STAMP_RED = (180, 30, 40)
STAMP_VIOLET = (95, 45, 140)

MONTHS_NL = people.MONTHS["nl"]
MONTHS_EN = people.MONTHS["en"]
MONTHS_DE = people.MONTHS["de"]


# --------------------------------------------------------------------------- small helpers

def seed_of(*parts) -> int:
    return zlib.crc32("|".join(str(p) for p in parts).encode("utf-8"))


def fnt(*cands: str) -> str:
    """First font name of ``cands`` that paper.FONTS knows (falls back to sans)."""
    for c in cands:
        if c in FONTS:
            return c
    return "sans" if "sans" in FONTS else next(iter(FONTS))


def hand_font(rng: random.Random, caps: bool = False) -> str:
    hs = [k for k in (("hand1", "hand2", "hand4", "blockcaps") if caps else ("hand1", "hand2", "hand3", "hand4")) if k in FONTS]
    return rng.choice(hs) if hs else fnt("sans")


def text_w(s: str, font: str = "sans", size_pt: float = 10, bold: bool = False) -> float:
    """Width of ``s`` in mm."""
    return paper.text_width_mm(s, font, size_pt, bold)


def _pil_font(name: str, px: int) -> ImageFont.FreeTypeFont:
    return paper._pil_font(paper._font_path(name), px)


def T(sh: Sheet, x: float, y: float, s: str, *, font: str = "sans", size: float = 10, bold: bool = False,
      color=BLACK, align: str = "left") -> None:
    if not s:
        return
    sh.text(x, y, s, font=font, size_pt=size, bold=bold, color=color, anchor=align)


def P(sh: Sheet, x: float, y: float, w: float, s: str, *, font: str = "serif", size: float = 10.5,
      leading: float = 1.3, align: str = "left") -> float:
    return sh.paragraph(x, y, w, s, font=font, size_pt=size, leading=leading, align=align)


def eur(x: float, sign: bool = True) -> str:
    s = f"{abs(x):,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    if x < 0:
        s = "-" + s
    return f"€ {s}" if sign else s


def d_nl(d: D, style: str = "long") -> str:
    return people.format_date(d, style, "nl")


def d_en(d: D, style: str = "long") -> str:
    return people.format_date(d, style, "en")


def d_de(d: D) -> str:
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def add_months(d: D, n: int) -> D:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    day = min(d.day, [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1])
    return D(y, m, day)


def add_years(d: D, n: int) -> D:
    try:
        return d.replace(year=d.year + n)
    except ValueError:
        return d.replace(year=d.year + n, day=28)


def workday_before(d: D, n: int) -> D:
    out = d - dt.timedelta(days=n)
    while out.weekday() >= 5:
        out -= dt.timedelta(days=1)
    return out


def bsn(rng: random.Random) -> str:
    """Burgerservicenummer passing the 11-test."""
    while True:
        ds = [rng.randint(0, 9) for _ in range(8)]
        if ds[0] == 0:
            continue
        s = sum(d * (9 - i) for i, d in enumerate(ds))
        last = s % 11
        if last < 10:
            return "".join(map(str, ds)) + str(last)


def iban_nl(rng: random.Random, bank: str) -> str:
    acct = "".join(str(rng.randint(0, 9)) for _ in range(10))
    acct = str(rng.randint(1, 9)) + acct[1:]
    num = "".join(str(ord(ch) - 55) if ch.isalpha() else ch for ch in bank + acct + "NL00")
    check = 98 - int(num) % 97
    return f"NL{check:02d}{bank}{acct}"


def iban_fmt(iban: str) -> str:
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))


def kvk(rng: random.Random) -> str:
    return str(rng.randint(10000000, 99999999))


def lh_nummer(rng: random.Random) -> str:
    return f"{rng.randint(800000000, 869999999)}L{rng.randint(1, 3):02d}"


def phone_nl(rng: random.Random, area: str) -> str:
    return f"{area}-{rng.randint(200, 899)} {rng.randint(10, 99)} {rng.randint(10, 99)}"


def surname_first(p: Person, upper: bool = True) -> str:
    s = p.surname
    s = s[0].upper() + s[1:] if s else s
    return f"{s.upper() if upper else s}, {p.given_names}"


def initials(p: Person) -> str:
    return "".join(part[0].upper() + "." for part in p.given_names.replace("-", " ").split())


def title_nl(p: Person) -> str:
    return "de heer" if p.sex == "M" else "mevrouw"


def title_short(p: Person) -> str:
    return "dhr." if p.sex == "M" else "mw."


def addr_lines(a: Address, upper_city: bool = False) -> tuple[str, str]:
    city = a.city.upper() if upper_city else a.city
    return f"{a.street} {a.number}", f"{a.postcode}  {city}"


def nat_nl(p: Person) -> str:
    return nationality_adj(p.nationality, "nl")


def country_nl(p: Person) -> str:
    return country_name(p.birth_country, "nl")


def rotated_text_image(s: str, font: str, size_pt: float, dpi: int = 200, color=BLACK, angle: int = 90) -> Image.Image:
    px = max(8, int(size_pt / 72 * dpi))
    f = _pil_font(font, px)
    w = int(f.getlength(s)) + 8
    h = int(px * 1.35) + 4
    im = Image.new("RGB", (w, h), "white")
    ImageDraw.Draw(im).text((4, 2), s, font=f, fill=color)
    return im.rotate(angle, expand=True, fillcolor="white")


def logo_image(kind: str, color, rng: random.Random, text: str = "") -> Image.Image:
    """A small invented logo (about 300x300 px)."""
    W = 300
    im = Image.new("RGB", (W, W), "white")
    dr = ImageDraw.Draw(im)
    c2 = tuple(min(255, int(v * 0.55 + 110)) for v in color)
    if kind == "cross":
        dr.rectangle([110, 20, 190, 280], fill=color)
        dr.rectangle([20, 110, 280, 190], fill=color)
        dr.ellipse([125, 125, 175, 175], fill="white")
    elif kind == "waves":
        for i in range(4):
            y = 60 + i * 55
            dr.arc([10, y - 40, 150, y + 40], 200, 340, fill=color if i % 2 == 0 else c2, width=18)
            dr.arc([150, y - 40, 290, y + 40], 20, 160, fill=color if i % 2 == 0 else c2, width=18)
    elif kind == "circles":
        dr.ellipse([20, 20, 200, 200], outline=color, width=22)
        dr.ellipse([100, 100, 280, 280], fill=c2)
    elif kind == "leaf":
        dr.pieslice([20, 20, 280, 280], 180, 270, fill=color)
        dr.pieslice([20, 20, 280, 280], 0, 90, fill=c2)
    elif kind == "square":
        dr.rectangle([10, 10, 290, 290], fill=color)
        if text:
            f = _pil_font(fnt("sans"), 150 if len(text) <= 2 else 95)
            tw = f.getlength(text)
            dr.text(((W - tw) / 2, 60 if len(text) <= 2 else 90), text, font=f, fill="white")
    elif kind == "lion":  # a crowned shield, for public bodies
        dr.polygon([(40, 40), (260, 40), (260, 170), (150, 280), (40, 170)], fill=color)
        dr.polygon([(90, 95), (210, 95), (190, 150), (110, 150)], fill="white")
        for x in (100, 150, 200):
            dr.ellipse([x - 14, 60, x + 14, 88], fill="white")
    else:
        dr.ellipse([20, 20, 280, 280], fill=color)
    return im



def _stamp(sh: Sheet, x: float, y: float, lines: list[str], rng: random.Random, *, shape: str = "round",
           color=STAMP_BLUE, size_mm: float = 32) -> None:
    """Sheet.stamp, kept inside the page (long names make wide rectangular stamps)."""
    img = paper.make_stamp(lines, rng, shape=shape, color=color, size_mm=size_mm)
    w, h = img.width / paper._INK_PX_PER_MM, img.height / paper._INK_PX_PER_MM
    W, H = sh_size(sh)
    x = max(9.0, min(x, W - 9 - w))
    y = max(7.0, min(y, H - 8 - h))
    sh.image(x, y, w, h, img, blend="multiply")


def shield_bar(sh: Sheet, x: float, y: float, h: float, color) -> None:
    """The vertical ribbon of Dutch government letterheads."""
    sh.rect(x, y, 9, h, width_mm=0.1, color=color, fill=color)


# --------------------------------------------------------------------------- invented issuers

HOSPITALS = [
    dict(name="Rijnoever Ziekenhuis", short="Rijnoever", street="Zwanenlaan 210", pc="6815 AB", city="Arnhem",
         tel="026", web="www.rijnoever-zkh.nl", logo="waves", color=(0, 95, 140)),
    dict(name="Zuiderpoort Medisch Centrum", short="ZMC", street="Maasboulevard 400", pc="3011 TX", city="Rotterdam",
         tel="010", web="www.zuiderpoortmc.nl", logo="square", color=(150, 20, 60)),
    dict(name="Universitair Medisch Centrum Hoogland", short="UMC Hoogland", street="Poortweg 15", pc="2333 ZA",
         city="Leiden", tel="071", web="www.umchoogland.nl", logo="circles", color=(20, 60, 130)),
    dict(name="Gasthuis Amstelkwartier", short="GAK", street="Wibautstraat 300", pc="1097 DN", city="Amsterdam",
         tel="020", web="www.amstelkwartier-gasthuis.nl", logo="cross", color=(0, 120, 90)),
    dict(name="Ziekenhuis Gelderse Poort", short="ZGP", street="Groenewoudseweg 90", pc="6524 TT", city="Nijmegen",
         tel="024", web="www.geldersepoort.nl", logo="leaf", color=(30, 110, 40)),
    dict(name="Catharinaland Ziekenhuis", short="CLZ", street="Michelangelolaan 40", pc="5623 EJ", city="Eindhoven",
         tel="040", web="www.catharinaland.nl", logo="cross", color=(120, 20, 120)),
    dict(name="Martiniveld Ziekenhuis", short="MVZ", street="Van Swietenlaan 7", pc="9728 NT", city="Groningen",
         tel="050", web="www.martiniveld.nl", logo="circles", color=(200, 90, 0)),
    dict(name="IJsselvallei Ziekenhuis", short="IJV", street="Nico Bolkesteinlaan 120", pc="7416 SE", city="Deventer",
         tel="0570", web="www.ijsselvallei.nl", logo="waves", color=(0, 110, 160)),
]

GP_PRACTICES = [
    dict(name="Huisartsenpraktijk De Linde", street="Lindenlaan 4", pc="3531 EN", city="Utrecht", tel="030"),
    dict(name="Gezondheidscentrum Transvaal", street="Paul Krugerlaan 112", pc="2525 KL", city="Den Haag", tel="070"),
    dict(name="Huisartsen Oosterpark", street="Linnaeusstraat 21", pc="1093 KC", city="Amsterdam", tel="020"),
    dict(name="Huisartsenpraktijk Het Kruispunt", street="Kruisstraat 88", pc="5611 GC", city="Eindhoven", tel="040"),
    dict(name="Huisartsengroep Schiemond", street="Schiedamseweg 301", pc="3022 BA", city="Rotterdam", tel="010"),
]

EMPLOYERS = [
    dict(name="Bouwbedrijf Van Dijk & Zn. B.V.", street="Industrieweg 14", pc="3044 AS", city="Rotterdam",
         func=["Timmerman", "Uitvoerder", "Magazijnmedewerker"], pension="bpfBOUW", cao="CAO Bouw & Infra"),
    dict(name="Helder Facilitair B.V.", street="Laan van Nieuw Oost-Indië 123", pc="2593 BM", city="Den Haag",
         func=["Schoonmaakmedewerker", "Objectleider", "Teamleider schoonmaak"], pension="PFZW", cao="CAO Schoonmaak"),
    dict(name="Logistiek Centrum Waalhaven B.V.", street="Waalhaven Z.z. 44", pc="3089 JH", city="Rotterdam",
         func=["Orderpicker", "Heftruckchauffeur", "Planner"], pension="PMT", cao="CAO Beroepsgoederenvervoer"),
    dict(name="Zorggroep De Meander", street="Meanderweg 2", pc="6711 DS", city="Ede",
         func=["Verzorgende IG", "Helpende Zorg & Welzijn", "Verpleegkundige"], pension="PFZW", cao="CAO VVT"),
    dict(name="Technisch Installatiebedrijf Kuipers B.V.", street="Edisonstraat 9", pc="7575 AT", city="Oldenzaal",
         func=["Monteur W", "Servicemonteur", "Werkvoorbereider"], pension="PMT", cao="CAO Metaal en Techniek"),
    dict(name="Bakkerij Öztürk V.O.F.", street="Javastraat 140", pc="1094 HN", city="Amsterdam",
         func=["Bakker", "Verkoopmedewerker"], pension="BPF Bakkersbedrijf", cao="CAO Bakkersbedrijf"),
    dict(name="Gemeente Almere", street="Stadhuisplein 1", pc="1315 HR", city="Almere",
         func=["Medewerker Burgerzaken", "Beleidsmedewerker"], pension="ABP", cao="CAR-UWO Gemeenten"),
    dict(name="Supermarkt Dekamarkt Oost B.V.", street="Dapperstraat 60", pc="1093 BX", city="Amsterdam",
         func=["Vakkenvuller", "Kassamedewerker", "Afdelingsmanager"], pension="PFZW", cao="CAO Levensmiddelen"),
]

BANKS = [
    dict(name="Noorderbank N.V.", code="NORB", bic="NORBNL2A", city="Groningen"),
    dict(name="Hollandse Spaarbank", code="HOSP", bic="HOSPNL2U", city="Utrecht"),
    dict(name="Polderbank", code="PLDB", bic="PLDBNL22", city="Amsterdam"),
    dict(name="ZuidWest Coöperatieve Bank U.A.", code="ZWCB", bic="ZWCBNL2R", city="Rotterdam"),
]

INSURERS_NL = [
    dict(name="Zilverlinde Zorgverzekeringen N.V.", short="Zilverlinde", city="Zwolle", post="Postbus 1200, 8001 BE Zwolle",
         color=(0, 120, 110), logo="leaf", uzovi="3342"),
    dict(name="ZorgSamen Verzekeringen", short="ZorgSamen", city="Tilburg", post="Postbus 90152, 5000 LD Tilburg",
         color=(220, 100, 0), logo="circles", uzovi="3361"),
    dict(name="Polderzorg Onderlinge Zorgverzekeraar U.A.", short="Polderzorg", city="Leeuwarden",
         post="Postbus 2040, 8901 AA Leeuwarden", color=(30, 80, 160), logo="waves", uzovi="3387"),
    dict(name="Hanzezorg Verzekeringen N.V.", short="Hanzezorg", city="Deventer", post="Postbus 333, 7400 AH Deventer",
         color=(150, 30, 40), logo="square", uzovi="3403"),
]

INSURERS_INTL = [
    dict(name="GlobeCare International Health DAC", short="GlobeCare", addr="Harcourt Road 14, Dublin 2, Ireland",
         color=(0, 70, 140), logo="circles", plan="GlobeCare Premier Worldwide"),
    dict(name="Meridian Expat Health S.A.", short="Meridian", addr="12, rue Goethe, L-1637 Luxembourg",
         color=(100, 40, 120), logo="leaf", plan="Meridian Essential Europe"),
    dict(name="Northbridge Assurance Ltd.", short="Northbridge", addr="40 Leadenhall Street, London EC3A 2BJ, United Kingdom",
         color=(10, 90, 70), logo="square", plan="International Medical Plan Gold"),
    dict(name="Atlas Medical Insurance Inc.", short="Atlas", addr="1200 Brickell Avenue, Suite 900, Miami, FL 33131, USA",
         color=(180, 40, 30), logo="cross", plan="Atlas Global Care Plus"),
]

LAWYERS = [
    dict(firm="Van Houten Vreemdelingenrecht", street="Keizersgracht 520", pc="1017 EK", city="Amsterdam", tel="020",
         mail="info@vanhoutenadvocaten.nl"),
    dict(firm="Kaya & De Wit Advocaten", street="Westblaak 88", pc="3012 KM", city="Rotterdam", tel="010",
         mail="secretariaat@kayadewit.nl"),
    dict(firm="Advocatenkantoor Oudegracht", street="Oudegracht 211", pc="3511 NH", city="Utrecht", tel="030",
         mail="post@oudegrachtadvocaten.nl"),
    dict(firm="Bureau Rechtshulp Oost", street="Hertogstraat 41", pc="6511 RV", city="Nijmegen", tel="024",
         mail="info@rechtshulp-oost.nl"),
    dict(firm="Mr. S. Benhaddou Advocatuur", street="Laan van Meerdervoort 70", pc="2517 AN", city="Den Haag",
         tel="070", mail="kantoor@benhaddou-advocatuur.nl"),
]

IND_ADDRESSES = ["IND\nPostbus 287\n7600 AG  Almelo", "Immigratie- en Naturalisatiedienst\nPostbus 17\n9560 AA  Ter Apel",
                 "IND, Afdeling Regulier Verblijf\nPostbus 5\n9560 AA  Ter Apel"]

# diagnoses: nl / en text, treatment, frequency, specialism, costs per year
MED_CASES = [
    dict(key="ckd", tx_short="hemodialyse 3x per week", spec="Nefrologie", spec_en="Nephrology", doc_title="internist-nefroloog", doc_en="consultant nephrologist",
         dx="eindstadium nierfalen (CKD stadium G5) op basis van diabetische nefropathie",
         dx_en="end-stage renal disease (CKD stage G5) due to diabetic nephropathy",
         tx="chronische hemodialyse, drie keer per week vier uur, in afwachting van niertransplantatie",
         tx_en="chronic haemodialysis three times a week, four hours per session, pending kidney transplantation",
         stop="Zonder dialyse overlijdt patiënt binnen enkele weken.",
         stop_en="Without dialysis the patient would die within weeks.", cost=68500, long=True),
    dict(key="hiv", tx_short="antiretrovirale therapie (cART)", spec="Interne geneeskunde / infectieziekten", spec_en="Infectious Diseases", doc_title="internist-infectioloog",
         doc_en="consultant in infectious diseases",
         dx="hiv-infectie met resistentie tegen eerstelijnsmiddelen", dx_en="HIV infection with resistance to first-line agents",
         tx="combinatie-antiretrovirale therapie (dolutegravir/darunavir/ritonavir) met drie-maandelijkse controles",
         tx_en="combination antiretroviral therapy (dolutegravir/darunavir/ritonavir) with three-monthly monitoring",
         stop="Bij staken van de behandeling ontstaat binnen maanden ernstige immuundeficiëntie (aids).",
         stop_en="Stopping treatment would lead to severe immunodeficiency (AIDS) within months.", cost=14800, long=True),
    dict(key="myeloma", tx_short="chemotherapie + stamceltransplantatie", spec="Hematologie", spec_en="Haematology", doc_title="internist-hematoloog", doc_en="consultant haematologist",
         dx="multipel myeloom (ISS stadium II)", dx_en="multiple myeloma (ISS stage II)",
         tx="inductiechemotherapie gevolgd door autologe stamceltransplantatie en onderhoudsbehandeling met lenalidomide",
         tx_en="induction chemotherapy followed by autologous stem cell transplantation and lenalidomide maintenance",
         stop="Zonder behandeling is de levensverwachting korter dan één jaar.",
         stop_en="Without treatment life expectancy is less than one year.", cost=112000, long=True),
    dict(key="thal", tx_short="bloedtransfusies en ijzerchelatie", spec="Hematologie", spec_en="Haematology", doc_title="kinderarts-hematoloog n.p.", doc_en="consultant haematologist",
         dx="bèta-thalassemie major", dx_en="beta-thalassaemia major",
         tx="bloedtransfusies iedere drie weken en ijzerchelatie met deferasirox",
         tx_en="blood transfusions every three weeks and iron chelation with deferasirox",
         stop="Zonder transfusies ontstaat binnen weken levensbedreigende anemie.",
         stop_en="Without transfusions life-threatening anaemia develops within weeks.", cost=41000, long=True),
    dict(key="gaucher", tx_short="enzymvervangende therapie", spec="Interne geneeskunde / metabole ziekten", spec_en="Metabolic Diseases", doc_title="internist",
         doc_en="consultant in metabolic diseases",
         dx="ziekte van Gaucher type 1", dx_en="Gaucher disease type 1",
         tx="enzymvervangende therapie (imiglucerase), tweewekelijks intraveneus", tx_en="enzyme replacement therapy (imiglucerase), intravenously every two weeks",
         stop="Staken leidt tot progressieve botschade, pancytopenie en orgaanvergroting.",
         stop_en="Stopping would lead to progressive bone disease, pancytopenia and organomegaly.", cost=185000, long=True),
    dict(key="ktx", tx_short="immunosuppressiva na niertransplantatie", spec="Nefrologie / transplantatie", spec_en="Transplant Nephrology", doc_title="internist-nefroloog",
         doc_en="consultant transplant nephrologist",
         dx="status na niertransplantatie (2024)", dx_en="status after kidney transplantation (2024)",
         tx="immunosuppressieve therapie (tacrolimus, mycofenolaat, prednison) met maandelijkse spiegelcontroles",
         tx_en="immunosuppressive therapy (tacrolimus, mycophenolate, prednisone) with monthly drug-level monitoring",
         stop="Onderbreking van de immunosuppressie leidt tot afstoting van het transplantaat.",
         stop_en="Interruption of immunosuppression would lead to graft rejection.", cost=23500, long=True),
    dict(key="epilepsy", tx_short="epilepsiebehandeling (VNS)", spec="Neurologie", spec_en="Neurology", doc_title="neuroloog", doc_en="consultant neurologist",
         dx="therapieresistente temporaalkwabepilepsie", dx_en="drug-resistant temporal lobe epilepsy",
         tx="nervus-vagusstimulatie en instelling op anti-epileptica, met evaluatie voor epilepsiechirurgie",
         tx_en="vagus nerve stimulation and adjustment of anti-epileptic drugs, with evaluation for epilepsy surgery",
         stop="Zonder behandeling is er een hoog risico op status epilepticus.",
         stop_en="Without treatment there is a high risk of status epilepticus.", cost=31000, long=True),
    dict(key="breast", tx_short="radiotherapie", spec="Oncologie", spec_en="Oncology", doc_title="radiotherapeut-oncoloog", doc_en="consultant radiation oncologist",
         dx="mammacarcinoom links, status na borstsparende operatie", dx_en="left breast carcinoma, status after breast-conserving surgery",
         tx="adjuvante radiotherapie in 16 fracties en nacontrole", tx_en="adjuvant radiotherapy in 16 fractions and follow-up",
         stop="Zonder radiotherapie is het risico op een lokaal recidief aanzienlijk verhoogd.",
         stop_en="Without radiotherapy the risk of local recurrence is considerably increased.", cost=19500, long=False),
    dict(key="hip", tx_short="heupoperatie en revalidatie", spec="Orthopedie", spec_en="Orthopaedics", doc_title="orthopedisch chirurg", doc_en="consultant orthopaedic surgeon",
         dx="gecompliceerde acetabulumfractuur rechts", dx_en="complicated right acetabular fracture",
         tx="revisie-operatie van de heup gevolgd door klinische revalidatie", tx_en="revision hip surgery followed by inpatient rehabilitation",
         stop="Zonder operatie resteert blijvende invaliditeit.", stop_en="Without surgery permanent disability would remain.",
         cost=27800, long=False),
]

# expected-duration phrases (nl, en); key "short" is the one planted as a defect in 7027 dossiers
def duration_phrase(kind: str, start: D, lang: str = "nl") -> str:
    end_short = add_months(SUB, 4)
    if lang == "en":
        return {
            "lifelong": "Treatment is lifelong; no end date can be given.",
            "years2": "Treatment is expected to remain necessary for at least two more years.",
            "years3": "The expected duration of the treatment is at least three years from now.",
            "indefinite": "The treatment will be required for an indefinite period, in any case well beyond one year.",
            "months18": "The treatment is expected to continue for at least another 18 months.",
            "short": f"The treatment is expected to be completed by {d_en(end_short)}; no further specialist treatment will then be required.",
        }[kind]
    return {
        "lifelong": "De behandeling is levenslang noodzakelijk; een einddatum is niet te geven.",
        "years2": "De behandeling zal naar verwachting nog ten minste twee jaar noodzakelijk zijn.",
        "years3": "De verwachte duur van de behandeling is ten minste drie jaar vanaf heden.",
        "indefinite": "De behandeling is voor onbepaalde tijd nodig, in ieder geval ruim langer dan één jaar.",
        "months18": "Naar verwachting loopt de behandeling nog minimaal 18 maanden door.",
        "short": f"De behandeling wordt naar verwachting in {MONTHS_NL[end_short.month - 1]} {end_short.year} afgerond; "
                 f"daarna is geen verdere specialistische behandeling meer nodig.",
    }[kind]


# --------------------------------------------------------------------------- the case a dossier is about

@dataclass
class Case:
    part: str
    procedure: str
    person: Person
    vnr: str
    rng_seed: int
    sub: D = SUB
    route: str | None = None            # previous_permit.purpose
    since: D | None = None              # previous_permit.since
    art64_end: D | None = None
    med: dict = field(default_factory=dict)
    duration: str = "years2"            # expected-duration phrase key
    hospital: dict = field(default_factory=dict)
    gp: dict = field(default_factory=dict)
    lawyer: dict = field(default_factory=dict)
    lawyer_name: str = ""
    payer: Person | None = None         # guarantor, or None when the applicant pays
    payer_relation: str = ""
    employer: dict = field(default_factory=dict)
    insurer_nl: dict = field(default_factory=dict)
    insurer_intl: dict = field(default_factory=dict)
    bank: dict = field(default_factory=dict)
    date_style: str = "dashes_zero"
    name_style: str = "given_surname"
    fill: str = "typed"                 # application forms: typed | hand
    page_w: float = 210.0
    page_h: float = 297.0
    passport_no: str = ""
    intrinsic: set = field(default_factory=set)   # id(sheet) of pages that print the V-number themselves
    suriname_visa: bool = False
    inburgering: str = ""                # diploma | exemption | results | failed | none
    no_passport: bool = False
    exemption_shown: tuple = ()          # which of the five exemption conditions the cover letter substantiates

    @property
    def p(self) -> Person:
        return self.person

    def dfmt(self, d: D) -> str:
        return people.format_date(d, self.date_style, "nl")

    def name(self, style: str | None = None) -> str:
        return format_name(self.person, style or self.name_style)

    def new_sheet(self, paper_kind: str = "white") -> Sheet:
        return Sheet(self.page_w, self.page_h, paper=paper_kind)

    def intr(self, sh: Sheet) -> Sheet:
        self.intrinsic.add(id(sh))
        return sh


def letter_date(c: Case, rng: random.Random, lo: int = 3, hi: int = 30) -> D:
    return workday_before(c.sub, rng.randint(lo, hi))


def signature_block(sh: Sheet, x: float, y: float, name: str, role: str, rng: random.Random, *,
                    font: str = "serif", label: bool = True, ink=BLUE_INK) -> float:
    """Pen signature above the typed name (as at the end of a letter)."""
    sh.signature(x, y, rng.uniform(38, 55), rng.uniform(12, 17), rng, color=ink)
    yy = y + 18
    T(sh, x, yy, name, font=font, size=10)
    if role:
        T(sh, x, yy + 4.6, role, font=font, size=9, color=DARK)
    return yy + 10


def footer_line(sh: Sheet, c: Case, text: str, *, font: str = "sans", size: float = 7, color=GREY) -> None:
    y = c.page_h - 18
    sh.rule(20, y - 2.5, c.page_w - 20, y - 2.5, width_mm=0.15, color=LIGHT)
    T(sh, c.page_w / 2, y, text, font=font, size=size, color=color, align="center")


def hospital_letterhead(sh: Sheet, c: Case, rng: random.Random, h: dict, style: int, dept: str = "") -> float:
    """Draw a hospital letterhead; returns the y where the body may start."""
    W = c.page_w
    serif, sans = fnt("serif"), fnt("sans")
    logo = logo_image(h["logo"], h["color"], rng, text=h["short"][:3])
    if style == 0:   # logo left, name beside it, rule
        sh.image(20, 14, 16, 16, logo)
        T(sh, 40, 16, h["name"], font=sans, size=14, bold=True, color=h["color"])
        if dept:
            T(sh, 40, 23, dept, font=sans, size=9.5, color=DARK)
        sh.rule(20, 34, W - 20, 34, width_mm=0.4, color=h["color"])
        T(sh, W - 20, 38, f"{h['street']} · {h['pc']} {h['city']} · T {h['tel']}-{rng.randint(200, 899)} "
          f"{rng.randint(1000, 9999)}", font=sans, size=7.5, color=GREY, align="right")
        return 48
    if style == 1:   # centred serif name, small caps dept, address under
        T(sh, W / 2, 14, h["name"].upper(), font=serif, size=15, color=DARK, align="center")
        if dept:
            T(sh, W / 2, 22, dept, font=serif, size=10, color=h["color"], align="center")
        T(sh, W / 2, 27.5, f"{h['street']}  |  {h['pc']}  {h['city']}  |  {h['web']}", font=serif, size=8,
          color=GREY, align="center")
        sh.rule(40, 32, W - 40, 32, width_mm=0.2, color=GREY)
        return 42
    # style 2: logo right, address block right column
    sh.image(W - 40, 12, 20, 20, logo)
    T(sh, 20, 14, h["name"], font=sans, size=13, bold=True, color=DARK)
    T(sh, 20, 20.5, dept or "Polikliniek", font=sans, size=9.5, color=h["color"])
    yy = 40
    for line in (h["street"], f"{h['pc']} {h['city']}", f"Telefoon {h['tel']}-{rng.randint(200, 899)} {rng.randint(10, 99)} "
                 f"{rng.randint(10, 99)}", h["web"]):
        T(sh, W - 20, yy, line, font=sans, size=8, color=GREY, align="right")
        yy += 4
    return 44


def patient_block(sh: Sheet, c: Case, x: float, y: float, *, font: str, lang: str = "nl", size: float = 9.5) -> float:
    p = c.p
    if lang == "en":
        rows = [("Patient", f"{p.surname.upper()}, {p.given_names}"), ("Date of birth", d_en(p.birth_date, "long")),
                ("Nationality", nationality_adj(p.nationality, "en")), ("Hospital no.", str(100000 + c.rng_seed % 899999))]
    else:
        rows = [("Patiënt", f"{title_short(p)} {surname_first(p, upper=False)}"),
                ("Geboortedatum", c.dfmt(p.birth_date)),
                ("Patiëntnummer", f"{c.rng_seed % 9000000 + 1000000}")]
    for k, v in rows:
        T(sh, x, y, k, font=font, size=size, color=DARK)
        T(sh, x + 32, y, v, font=font, size=size)
        y += size * 0.48
    return y + 3


# --------------------------------------------------------------------------- V-number on copies

VN_LABELS = ["V-nummer", "V-nr.", "V-nr", "Vnr", "V-nummer:", "V-nr.:"]


def write_vnumber(sh: Sheet, c: Case, rng: random.Random, style: str, number: str | None = None,
                  label: str | None = None) -> str:
    """Write the V-number on a copy the way lawyers and clients do; returns a variation label."""
    vn = number or c.vnr
    lab = label or rng.choice(VN_LABELS)
    W, H = sh_size(sh)
    if style == "hand-corner":
        # kept 7-9 mm inside the edges: a 3-degree skew moves page corners by up to 5 mm (vertically) and 8 mm
        x, y = rng.choice([(W, 6.5), (W, 7.0), (W, H - 14), (11, H - 14)])
        ink = rng.choice([BLUE_INK, BLACK_INK, (10, 10, 90)])
        size = rng.uniform(13, 16)
        hf = c.__dict__.setdefault("_vhand", hand_font(random.Random(c.rng_seed + 1)))
        est = text_w(f"{lab} {vn}", hf, size) * 1.2 + 2
        x = min(x, W - 10 - est)
        sh.handwriting(x, y, f"{lab} {vn}", rng, size_pt=size, color=ink, font=hf)
        return "vnum-handwritten"
    if style == "stamp":
        x = rng.choice([W - 58, 18, W / 2 - 20])
        y = rng.choice([7, H - 26])
        _stamp(sh, x, y, [lab.rstrip(":").upper(), vn], rng, shape="rect", color=rng.choice([STAMP_BLUE, STAMP_VIOLET]),
                 size_mm=40)
        return "vnum-stamp"
    if style == "header":
        T(sh, W - 13, 6.5, f"{lab} {vn}", font=fnt("sans"), size=9, color=BLACK, align="right")
        return "vnum-typed-header"
    if style == "footer":
        T(sh, 13, H - 11, f"{lab} {vn} – {c.p.given_names} {c.p.surname}", font=fnt("sans"), size=8.5, color=BLACK)
        return "vnum-typed-footer"
    if style == "vertical":
        img = rotated_text_image(f"{lab} {vn}", fnt("sans"), 10, color=BLACK, angle=rng.choice([90, 270]))
        w_mm = img.width / 200 * 25.4
        h_mm = img.height / 200 * 25.4
        sh.image(8.5, H / 2 - h_mm / 2, w_mm, h_mm, img)
        return "vnum-vertical-margin"
    if style == "hand-name":  # name and number, as clients do
        sh.handwriting(12, H - 15, f"{c.p.given_names} {c.p.surname}  {lab} {vn}", rng, size_pt=13, color=BLUE_INK,
                       font=c.__dict__.setdefault("_vhand", hand_font(random.Random(c.rng_seed + 1))))
        return "vnum-handwritten-with-name"
    raise ValueError(style)


def sh_size(sh: Sheet) -> tuple[float, float]:
    w = getattr(sh, "width_mm", None) or getattr(sh, "width", 210.0)
    h = getattr(sh, "height_mm", None) or getattr(sh, "height", 297.0)
    return float(w), float(h)


# =========================================================================== income-proof

def earner(c: Case) -> Person:
    return c.payer or c.p


def pay_calc(rng: random.Random, bruto: float) -> dict:
    pct = rng.choice([0.052, 0.061, 0.0735, 0.079])
    pens = round(bruto * pct, 2)
    base = bruto - pens
    lh = round(max(0.0, 0.3697 * base - rng.uniform(380, 470)), 2)
    reis = rng.choice([0.0, 48.40, 72.60, 96.80, 121.00])
    net = round(bruto - pens - lh + reis, 2)
    return dict(bruto=bruto, pct=pct, pens=pens, base=round(base, 2), lh=lh, reis=reis, net=net)


def _emp(c: Case, rng: random.Random) -> dict:
    e = dict(c.employer)
    r = random.Random(seed_of(e["name"], c.rng_seed))
    e.setdefault("lhn", lh_nummer(r))
    e.setdefault("kvk", kvk(r))
    e.setdefault("func_now", r.choice(e["func"]))
    e.setdefault("start", D(r.randint(2012, 2023), r.randint(1, 12), 1))
    e.setdefault("bruto", float(r.randrange(2350, 4300, 5)))
    e.setdefault("bsn", bsn(r))
    e.setdefault("pnr", str(r.randint(1000, 99999)))
    e.setdefault("iban", iban_nl(r, r.choice(BANKS)["code"]))
    c.employer.update(e)
    return e


def mk_payslip_a(c: Case, rng: random.Random, *, month: int = 11, **_) -> list[Sheet]:
    """Loonstrook, boxed table layout of an in-house payroll package (sans)."""
    e, w = _emp(c, rng), earner(c)
    sh = c.new_sheet()
    sans = fnt("sans2", "sans")
    W = c.page_w
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    T(sh, 20, 16, e["name"], font=sans, size=12, bold=True)
    T(sh, 20, 22, e["street"], font=sans, size=9)
    T(sh, 20, 26.5, f"{e['pc']}  {e['city']}", font=sans, size=9)
    T(sh, 20, 31, f"Loonheffingennummer {e['lhn']}", font=sans, size=8.5, color=DARK)
    T(sh, W - 20, 16, "LOONSTROOK", font=sans, size=16, bold=True, align="right")
    T(sh, W - 20, 24, f"Periode {month:02d} – {MONTHS_NL[month - 1]} 2026", font=sans, size=9.5, align="right")
    T(sh, W - 20, 28.5, f"Verloningsdatum {25:02d}-{month:02d}-2026", font=sans, size=9, align="right")
    # employee box
    sh.rect(20, 38, W - 40, 30, width_mm=0.3)
    rows = [("Werknemer", f"{w.given_names} {w.surname}"), ("Adres", f"{w.address.street} {w.address.number}, "
            f"{w.address.postcode} {w.address.city}" if w.address else "-"),
            ("Burgerservicenummer", e["bsn"]), ("Geboortedatum", c.dfmt(w.birth_date))]
    rows2 = [("Personeelsnr.", e["pnr"]), ("Functie", e["func_now"]), ("In dienst", c.dfmt(e["start"])),
             ("Uurloon / maandloon", eur(e["bruto"]))]
    y = 42
    for (a, b), (a2, b2) in zip(rows, rows2):
        T(sh, 23, y, a, font=sans, size=8.5, color=DARK)
        T(sh, 58, y, b, font=sans, size=8.5)
        T(sh, 125, y, a2, font=sans, size=8.5, color=DARK)
        T(sh, 156, y, b2, font=sans, size=8.5)
        y += 6
    # table
    y = 76
    cols = [20, 100, 125, 150, 172]
    sh.rect(20, y, W - 40, 7, width_mm=0.2, fill=(225, 225, 225))
    for x, h in zip(cols, ["Omschrijving", "Aantal", "Tarief", "Betaling", "Inhouding"]):
        T(sh, x + 2, y + 1.6, h, font=sans, size=8.5, bold=True)
    y += 10
    lines = [("Salaris", "1,00", eur(k["bruto"], False), eur(k["bruto"], False), ""),
             (f"Pensioenpremie {e['pension']} ({k['pct'] * 100:.2f}%)".replace(".", ","), "", "", "", eur(k["pens"], False)),
             ("Loon voor de loonheffing", "", "", eur(k["base"], False), ""),
             ("Loonheffing (tabel wit, mnd, LHK ja)", "", "", "", eur(k["lh"], False))]
    if k["reis"]:
        lines.append(("Reiskostenvergoeding (onbelast)", "", "", eur(k["reis"], False), ""))
    lines.append(("Reservering vakantiegeld 8%", "", "", eur(round(k["bruto"] * 0.08, 2), False), ""))
    for row in lines:
        for i, (x, v) in enumerate(zip(cols, row)):
            if i == 0:
                T(sh, x + 2, y, v, font=sans, size=9)
            elif v:
                T(sh, x + 20, y, v, font=sans, size=9, align="right")
        y += 6
    sh.rule(20, y, W - 20, y, width_mm=0.3)
    y += 4
    T(sh, 22, y, "Brutoloon", font=sans, size=9.5, bold=True)
    T(sh, 170, y, eur(k["bruto"]), font=sans, size=9.5, align="right")
    y += 6
    T(sh, 22, y, "Nettoloon", font=sans, size=10.5, bold=True)
    T(sh, 190, y, eur(k["net"]), font=sans, size=10.5, bold=True, align="right")
    y += 6
    T(sh, 22, y, f"Overgemaakt op rekening {iban_fmt(e['iban'])}", font=sans, size=8.5, color=DARK)
    y += 12
    T(sh, 20, y, "Cumulatieven 2026", font=sans, size=9, bold=True)
    y += 6
    for a, b in (("Loon voor de loonheffing", eur(k["base"] * month, False)), ("Ingehouden loonheffing", eur(k["lh"] * month, False)),
                 ("Werknemersdeel pensioen", eur(k["pens"] * month, False)), ("Gewerkte uren", f"{month * 165:,}".replace(",", "."))):
        T(sh, 22, y, a, font=sans, size=8.5)
        T(sh, 110, y, b, font=sans, size=8.5, align="right")
        y += 5
    T(sh, 20, c.page_h - 20, f"{e['cao']} · Vakantiedagen saldo: {rng.randint(40, 160) / 8:.1f} dagen".replace(".", ","),
      font=sans, size=7.5, color=GREY)
    return [sh]


def mk_payslip_b(c: Case, rng: random.Random, *, month: int = 11, **_) -> list[Sheet]:
    """Salarisspecificatie of a payroll bureau, monospace, dashed rules."""
    e, w = _emp(c, rng), earner(c)
    sh = c.new_sheet()
    mono = fnt("mono")
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    x0, s = 18, 8.8
    lines = [
        f"SALARISSPECIFICATIE                          {MONTHS_NL[month - 1].upper()} 2026",
        "Verwerkt door: Loonbureau Brabantstad B.V., Breda",
        "-" * 74,
        f"WERKGEVER  {e['name']}",
        f"           {e['street']}, {e['pc']} {e['city']}",
        f"           Loonheffingennr. {e['lhn']}   KvK {e['kvk']}",
        "-" * 74,
        f"WERKNEMER  {w.surname.upper()}, {initials(w)} ({w.given_names})",
        f"           Pers.nr. {e['pnr']:<8}  BSN {e['bsn']}   Geb.datum {w.birth_date:%d-%m-%Y}",
        f"           Functie {e['func_now']:<28} Datum in dienst {e['start']:%d-%m-%Y}",
        f"           Parttimefactor 1,0000   Loontabel wit/maand   Heffingskorting: ja",
        "-" * 74,
        f"{'OMSCHRIJVING':<38}{'EENH.':>8}{'BEDRAG':>14}{'CUMULATIEF':>14}",
        "-" * 74,
        f"{'Brutoloon':<38}{'1,00':>8}{eur(k['bruto'], False):>14}{eur(k['bruto'] * month, False):>14}",
        f"{'Pensioenpremie werknemer':<38}{'':>8}{eur(-k['pens'], False):>14}{eur(-k['pens'] * month, False):>14}",
        f"{'Loon voor de loonheffing':<38}{'':>8}{eur(k['base'], False):>14}{eur(k['base'] * month, False):>14}",
        f"{'Loonheffing':<38}{'':>8}{eur(-k['lh'], False):>14}{eur(-k['lh'] * month, False):>14}",
        f"{'Loon Zvw':<38}{'':>8}{eur(k['base'], False):>14}{eur(k['base'] * month, False):>14}",
    ]
    if k["reis"]:
        lines.append(f"{'Reiskosten woon-werk (vrij)':<38}{'22,00':>8}{eur(k['reis'], False):>14}{'':>14}")
    lines += [
        "-" * 74,
        f"{'NETTOLOON':<38}{'':>8}{eur(k['net'], False):>14}",
        f"{'Uit te betalen op ' + iban_fmt(e['iban']):<60}",
        "",
        f"Reservering vakantiegeld (8%)   saldo {eur(round(k['bruto'] * 0.08 * (month - 5), 2), False)}",
        f"Verlofuren                      saldo {rng.randint(60, 190)},00 uur",
        "-" * 74,
        "Vragen over deze specificatie? salarisadministratie@loonbureaubrabantstad.nl",
    ]
    y = 20
    for ln in lines:
        T(sh, x0, y, ln, font=mono, size=s)
        y += 4.9
    return [sh]


def mk_employer_statement(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """Werkgeversverklaring: a model form filled in typed, signed and stamped."""
    e, w = _emp(c, rng), earner(c)
    sh = c.new_sheet()
    sans, serif = fnt("sans"), fnt("serif")
    W = c.page_w
    T(sh, 20, 16, "Werkgeversverklaring", font=sans, size=18, bold=True)
    T(sh, 20, 25, "In te vullen door de werkgever. Alle vragen volledig beantwoorden.", font=sans, size=8.5, color=GREY)
    yearly = e["bruto"] * 12
    vak = round(yearly * 0.08, 2)
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    sect = [
        ("Gegevens werkgever", [("Naam werkgever", e["name"]), ("Adres", f"{e['street']}, {e['pc']} {e['city']}"),
                                ("KvK-nummer", e["kvk"]), ("Loonheffingennummer", e["lhn"])]),
        ("Gegevens werknemer", [("Naam", f"{w.given_names} {w.surname}"), ("Geboortedatum", c.dfmt(w.birth_date)),
                                ("Functie", e["func_now"]), ("In dienst sinds", c.dfmt(e["start"]))]),
        ("Dienstverband", [("Aard dienstverband", rng.choice(["vast (onbepaalde tijd)", "onbepaalde tijd"])),
                           ("Proeftijd verstreken", "ja"), ("Arbeidsduur per week", f"{rng.choice([32, 36, 38, 40])} uur"),
                           ("Ontslag aangezegd / ontslagprocedure", "nee")]),
        ("Inkomen", [("Bruto jaarsalaris (excl. vakantiegeld)", eur(yearly)), ("Vakantietoeslag", eur(vak)),
                     ("Vaste 13e maand / eindejaarsuitkering", rng.choice(["nee", eur(e['bruto'])])),
                     ("Netto maandinkomen (laatste maand)", eur(k["net"])), ("Loonbeslag of inhoudingen derden", "nee")]),
    ]
    y = 34
    for title, rows in sect:
        sh.rect(20, y, W - 40, 6.5, width_mm=0.1, fill=(230, 236, 242))
        T(sh, 22, y + 1.4, title, font=sans, size=9.5, bold=True)
        y += 9
        for a, b in rows:
            T(sh, 22, y, a, font=sans, size=9)
            sh.rect(95, y - 1.2, W - 115, 6, width_mm=0.2)
            T(sh, 97, y, b, font=fnt("mono", "sans"), size=9.5)
            y += 7.5
        y += 3
    y += 2
    y = P(sh, 20, y, W - 40, "Ondergetekende verklaart dat deze verklaring naar waarheid is ingevuld en dat het "
          "dienstverband niet binnen twaalf maanden zal eindigen voor zover thans bekend.", font=serif, size=9.5)
    dd = letter_date(c, rng, 5, 25)
    y += 6
    T(sh, 20, y, f"Plaats en datum: {e['city']}, {c.dfmt(dd)}", font=sans, size=9.5)
    y += 8
    g, s_, _ = people.make_professional(rng, "NL")
    T(sh, 20, y, f"Naam ondertekenaar: {g} {s_}, {rng.choice(['HR-adviseur', 'directeur', 'salarisadministratie'])}",
      font=sans, size=9.5)
    y += 7
    T(sh, 20, y, "Handtekening:", font=sans, size=9.5)
    sh.signature(48, y - 6, 45, 14, rng, color=BLUE_INK)
    _stamp(sh, 120, y - 12, [e["name"].upper(), e["city"].upper()], rng, shape="rect", color=STAMP_BLUE, size_mm=44)
    return [sh]


def _guarantor_facts(c: Case) -> dict:
    g = c.payer or c.p
    e = _emp(c, random.Random(c.rng_seed))
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    return dict(g=g, e=e, net=k["net"])


def mk_guarantor_form(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """'Verklaring inkomen garantsteller' form, boxes filled in by hand."""
    f = _guarantor_facts(c)
    g, e = f["g"], f["e"]
    sh = c.new_sheet()
    sans = fnt("sans")
    W = c.page_w
    ink = rng.choice([BLUE_INK, BLACK_INK])
    hf = hand_font(rng, caps=True)
    T(sh, 20, 15, "Verklaring inkomen garantsteller", font=sans, size=16, bold=True)
    T(sh, 20, 23, "Bij aanvraag verblijfsvergunning medische behandeling – invullen in blokletters", font=sans, size=8.5,
      color=GREY)

    def box(y, label, value, w=110):
        T(sh, 20, y + 1.5, label, font=sans, size=8.8)
        sh.rect(75, y, w, 7.5, width_mm=0.25)
        if value:
            sh.handwriting(77, y + 0.3, value, rng, size_pt=12.5, color=ink, font=hf)
        return y + 10

    y = 32
    T(sh, 20, y, "1. Gegevens garantsteller", font=sans, size=10, bold=True)
    y += 7
    y = box(y, "Achternaam", g.surname.upper())
    y = box(y, "Voornamen", g.given_names.upper())
    y = box(y, "Geboortedatum", g.birth_date.strftime("%d-%m-%Y"), 45)
    y = box(y, "Adres", f"{g.address.street} {g.address.number}".upper() if g.address else "")
    y = box(y, "Postcode en woonplaats", f"{g.address.postcode} {g.address.city}".upper() if g.address else "")
    y = box(y, "Relatie tot vreemdeling", (c.payer_relation or "zelf").upper(), 60)
    y += 3
    T(sh, 20, y, "2. Gegevens vreemdeling", font=sans, size=10, bold=True)
    y += 7
    y = box(y, "Naam", f"{c.p.given_names} {c.p.surname}".upper())
    y = box(y, "Geboortedatum", c.p.birth_date.strftime("%d-%m-%Y"), 45)
    y = box(y, "V-nummer", c.vnr, 45)
    y += 3
    T(sh, 20, y, "3. Inkomen garantsteller", font=sans, size=10, bold=True)
    y += 7
    y = box(y, "Werkgever / bron", e["name"].upper())
    y = box(y, "Netto maandinkomen", "EUR " + eur(f["net"], False), 45)
    T(sh, 20, y + 1, "Loonstroken bijgevoegd", font=sans, size=8.8)
    sh.rect(75, y + 0.5, 4.5, 4.5, width_mm=0.3)
    sh.handwriting(75.3, y - 1.2, "X", rng, size_pt=13, color=ink, font=hf)
    T(sh, 82, y + 1, "ja, de laatste drie maanden", font=sans, size=8.8)
    y += 11
    y = P(sh, 20, y, W - 40, "Ondergetekende verklaart dat hij/zij de kosten van verblijf en van de medische behandeling "
          "van bovengenoemde vreemdeling zal betalen zolang de vreemdeling in Nederland verblijft, en dat de gegevens "
          "naar waarheid zijn ingevuld.", font=sans, size=8.8)
    y += 6
    dd = letter_date(c, rng, 4, 20)
    T(sh, 20, y, "Plaats / datum", font=sans, size=8.8)
    sh.handwriting(50, y - 2, f"{(g.address.city if g.address else 'Utrecht')}  {dd:%d-%m-%Y}", rng, size_pt=12.5, color=ink, font=hf)
    y += 9
    T(sh, 20, y, "Handtekening garantsteller", font=sans, size=8.8)
    sh.rect(75, y - 3, 70, 18, width_mm=0.25)
    sh.signature(80, y - 1, 50, 13, rng, color=ink)
    return [c.intr(sh)]


def mk_guarantor_letter(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A guarantor's own typed letter, signed in pen."""
    f = _guarantor_facts(c)
    g, e = f["g"], f["e"]
    sh = c.new_sheet()
    font = rng.choice([fnt("serif"), fnt("sans"), fnt("sans2")])
    W = c.page_w
    y = 20
    if g.address:
        for ln in (f"{g.given_names} {g.surname}", f"{g.address.street} {g.address.number}", f"{g.address.postcode}  {g.address.city}"):
            T(sh, 20, y, ln, font=font, size=10.5)
            y += 5
    y += 12
    for ln in IND_ADDRESSES[rng.randrange(len(IND_ADDRESSES))].split("\n"):
        T(sh, 20, y, ln, font=font, size=10.5)
        y += 5
    y += 10
    dd = letter_date(c, rng, 4, 20)
    T(sh, 20, y, f"{g.address.city if g.address else 'Den Haag'}, {d_nl(dd)}", font=font, size=10.5)
    y += 10
    T(sh, 20, y, "Betreft: Verklaring inkomen garantsteller", font=font, size=10.5, bold=True)
    y += 5
    T(sh, 20, y, f"Vreemdeling: {c.p.given_names} {c.p.surname}, geboren {c.dfmt(c.p.birth_date)}, V-nummer {c.vnr}",
      font=font, size=10.5)
    y += 12
    y = P(sh, 20, y, W - 40, "Geachte heer, mevrouw,", font=font, size=10.5) + 4
    rel = c.payer_relation or "familielid"
    y = P(sh, 20, y, W - 40, f"Ondergetekende, {g.given_names} {g.surname}, geboren op {d_nl(g.birth_date)}, "
          f"verklaart hierbij garant te staan voor de kosten van het verblijf en de medische behandeling in Nederland van "
          f"mijn {rel}, {c.p.given_names} {c.p.surname}.", font=font, size=10.5) + 4
    y = P(sh, 20, y, W - 40, f"Ik ben sinds {MONTHS_NL[e['start'].month - 1]} {e['start'].year} in vaste dienst bij "
          f"{e['name']} te {e['city']}. Mijn netto maandinkomen bedraagt {eur(f['net'])} exclusief vakantiegeld. "
          f"Loonstroken van de afgelopen drie maanden en een werkgeversverklaring zijn bijgevoegd.", font=font, size=10.5) + 4
    y = P(sh, 20, y, W - 40, "Ik verklaar dat ik deze kosten zal dragen zolang de behandeling duurt en dat mijn "
          "familielid geen beroep zal doen op openbare middelen.", font=font, size=10.5) + 8
    T(sh, 20, y, "Met vriendelijke groet,", font=font, size=10.5)
    sh.signature(20, y + 4, 48, 15, rng, color=BLUE_INK)
    T(sh, 20, y + 22, f"{g.given_names} {g.surname}", font=font, size=10.5)
    return [c.intr(sh)]


def mk_bank_statement(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """Rekeningafschrift of an (invented) Dutch bank, born-digital style."""
    w = earner(c)
    e = _emp(c, rng)
    b = c.bank or BANKS[0]
    sh = c.new_sheet()
    sans = fnt("sans2", "sans")
    W = c.page_w
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    iban = iban_nl(random.Random(seed_of("iban", c.rng_seed)), b["code"])
    sh.image(20, 14, 12, 12, logo_image("square", (0, 80, 60), rng, text=b["code"][:2]))
    T(sh, 36, 16, b["name"], font=sans, size=13, bold=True)
    T(sh, W - 20, 16, "Rekeningoverzicht", font=sans, size=13, align="right")
    T(sh, W - 20, 22, f"Periode 01-11-2026 t/m 30-11-2026", font=sans, size=9, align="right")
    y = 36
    for ln in (f"{title_nl(w).capitalize()} {initials(w)} {w.surname}", f"{w.address.street} {w.address.number}",
               f"{w.address.postcode}  {w.address.city.upper()}"):
        T(sh, 20, y, ln, font=sans, size=10)
        y += 4.8
    T(sh, 120, 36, "Rekeningnummer (IBAN)", font=sans, size=8, color=GREY)
    T(sh, 120, 40, iban_fmt(iban), font=sans, size=10)
    T(sh, 120, 46, "BIC", font=sans, size=8, color=GREY)
    T(sh, 120, 50, b["bic"], font=sans, size=10)
    start = round(rng.uniform(300, 2400), 2)
    rent = round(rng.uniform(650, 1150), 2)
    tx = [(D(2026, 11, 1), "Huur woning – Woonstichting " + rng.choice(["De Key", "Vestia Zuid", "Portaal", "Mitros"]), -rent),
          (D(2026, 11, 3), "Zorgpremie " + (c.insurer_nl.get("short") if c.insurer_nl else "Zilverlinde"), -round(rng.uniform(138, 162), 2)),
          (D(2026, 11, 6), "Albert Heijn 1374 " + w.address.city.upper(), -round(rng.uniform(40, 95), 2)),
          (D(2026, 11, 12), "Energie Vattenfall termijn nov", -round(rng.uniform(90, 180), 2)),
          (D(2026, 11, 15), "Lidl " + w.address.city, -round(rng.uniform(25, 70), 2)),
          (D(2026, 11, 20), f"Overboeking aan {c.p.given_names.split()[0]} {c.p.surname} levensonderhoud", -round(rng.uniform(250, 500), 2))
          if c.payer else (D(2026, 11, 20), "Kinderopvangtoeslag / Belastingdienst", round(rng.uniform(80, 240), 2)),
          (D(2026, 11, 25), f"{e['name']} SALARIS NOVEMBER 2026", k["net"]),
          (D(2026, 11, 27), "Gemeentelijke belastingen termijn 9/10", -round(rng.uniform(30, 60), 2))]
    y = 64
    sh.rect(20, y, W - 40, 7, width_mm=0.1, fill=(232, 240, 236))
    for x, h in ((22, "Datum"), (42, "Omschrijving"), (150, "Af"), (172, "Bij")):
        T(sh, x, y + 1.6, h, font=sans, size=8.5, bold=True)
    y += 10
    T(sh, 42, y, "Beginsaldo", font=sans, size=9)
    T(sh, 190, y, eur(start, False), font=sans, size=9, align="right")
    y += 6
    bal = start
    for d, desc, amt in tx:
        bal += amt
        T(sh, 22, y, d.strftime("%d-%m"), font=sans, size=9)
        T(sh, 42, y, desc[:60], font=sans, size=9)
        if amt < 0:
            T(sh, 166, y, eur(-amt, False), font=sans, size=9, align="right")
        else:
            T(sh, 190, y, eur(amt, False), font=sans, size=9, align="right")
        y += 6
        sh.rule(20, y - 1.5, W - 20, y - 1.5, width_mm=0.1, color=(210, 210, 210))
    y += 2
    T(sh, 42, y, "Eindsaldo per 30-11-2026", font=sans, size=9.5, bold=True)
    T(sh, 190, y, eur(round(bal, 2), False), font=sans, size=9.5, bold=True, align="right")
    footer_line(sh, c, f"{b['name']} · Postbus 1800 · {b['city']} · Handelsregister {kvk(rng)} · Dit overzicht is "
                f"digitaal aangemaakt en niet ondertekend.", size=6.5)
    return [sh]


def mk_tax_assessment(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """Belastingdienst: definitieve aanslag inkomstenbelasting 2025."""
    w = earner(c)
    e = _emp(c, rng)
    sh = c.new_sheet()
    sans = fnt("sans")
    W = c.page_w
    shield_bar(sh, W / 2 - 4.5, 0, 24, (0, 60, 120))
    T(sh, W / 2 + 8, 8, "Belastingdienst", font=sans, size=12, bold=True, color=(0, 60, 120))
    y = 46
    for ln in (f"{title_nl(w).capitalize()} {initials(w)} {w.surname}", f"{w.address.street} {w.address.number}",
               f"{w.address.postcode}  {w.address.city.upper()}"):
        T(sh, 22, y, ln, font=sans, size=10)
        y += 4.8
    dd = D(2026, rng.choice([4, 5, 6, 9]), rng.randint(2, 27))
    aj = random.Random(seed_of("aanslag", c.rng_seed))
    bsnr = e["bsn"]
    anr = f"{bsnr[:4]}.{bsnr[4:6]}.{bsnr[6:]}.H.56"
    for i, (a, b) in enumerate((("Datum", d_nl(dd)), ("Burgerservicenummer", f"{bsnr[:4]}.{bsnr[4:6]}.{bsnr[6:]}"),
                                ("Aanslagnummer", anr), ("Dagtekening", dd.strftime("%d-%m-%Y")))):
        T(sh, 130, 46 + i * 9, a, font=sans, size=7.5, color=GREY)
        T(sh, 130, 49.5 + i * 9, b, font=sans, size=9)
    y = 90
    T(sh, 22, y, "Aanslag inkomstenbelasting en premie volksverzekeringen 2025", font=sans, size=12, bold=True)
    y += 6
    T(sh, 22, y, "Definitieve aanslag", font=sans, size=11)
    y += 10
    y = P(sh, 22, y, W - 44, "Geachte heer/mevrouw,\n\nHierbij ontvangt u de definitieve aanslag inkomstenbelasting en premie "
          "volksverzekeringen over 2025. Wij hebben deze aanslag berekend op basis van uw aangifte. Hieronder ziet u de "
          "berekening.", font=sans, size=9.5) + 5
    yr = e["bruto"] * 12.96
    rows = [("Inkomen uit werk en woning", ""), (f"  Loon {e['name']}", eur(round(yr))),
            ("  Eigen woning", "€ 0"), ("Belastbaar inkomen uit werk en woning", eur(round(yr))),
            ("Verschuldigde belasting en premie box 1", eur(round(yr * 0.3697))),
            ("Heffingskortingen", eur(-round(aj.uniform(4200, 5600)))),
            ("Ingehouden loonheffing", eur(-round(yr * 0.3697 - aj.uniform(4200, 5600)))),
            ("Nog te betalen / terug te ontvangen", eur(round(aj.uniform(-310, 140))))]
    for a, b in rows:
        T(sh, 24, y, a, font=sans, size=9.5, bold=not a.startswith(" ") and b != "" and "Belastbaar" in a)
        T(sh, W - 24, y, b, font=sans, size=9.5, align="right")
        y += 6
    y += 6
    P(sh, 22, y, W - 44, "Bent u het niet eens met deze aanslag? Dan kunt u binnen zes weken na de dagtekening bezwaar "
      "maken. Meer informatie vindt u op belastingdienst.nl.\n\nMet vriendelijke groet,\n\nde inspecteur", font=sans, size=9.5)
    footer_line(sh, c, f"IB 30 - 1Z*5FD - {aj.randint(100000, 999999)}   Aanslagnummer {anr}", size=7)
    return [sh]


def mk_uwv_benefit(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """UWV: specificatie of a WIA (IVA) benefit."""
    w = earner(c)
    sh = c.new_sheet()
    sans = fnt("sans")
    W = c.page_w
    sh.rect(20, 14, 26, 10, width_mm=0.1, fill=(0, 84, 150))
    T(sh, 24, 16, "UWV", font=sans, size=15, bold=True, color=(255, 255, 255))
    T(sh, 50, 17, "Uitvoeringsinstituut Werknemersverzekeringen", font=sans, size=8.5, color=GREY)
    y = 44
    for ln in (f"{title_nl(w).capitalize()} {initials(w)} {w.surname}", f"{w.address.street} {w.address.number}",
               f"{w.address.postcode}  {w.address.city}"):
        T(sh, 22, y, ln, font=sans, size=10)
        y += 4.8
    r = random.Random(seed_of("uwv", c.rng_seed))
    bs = bsn(r)
    T(sh, 130, 44, "Datum", font=sans, size=7.5, color=GREY)
    T(sh, 130, 47.5, "24 november 2026", font=sans, size=9)
    T(sh, 130, 53, "Burgerservicenummer", font=sans, size=7.5, color=GREY)
    T(sh, 130, 56.5, bs, font=sans, size=9)
    T(sh, 130, 62, "Onze referentie", font=sans, size=7.5, color=GREY)
    T(sh, 130, 65.5, f"WIA/{r.randint(1000000, 9999999)}", font=sans, size=9)
    y = 84
    T(sh, 22, y, "Specificatie van uw WIA-uitkering (IVA) over november 2026", font=sans, size=12, bold=True)
    y += 10
    y = P(sh, 22, y, W - 44, "U ontvangt een Inkomensvoorziening Volledig Arbeidsongeschikten (IVA). Deze uitkering loopt "
          "door tot uw AOW-leeftijd, tenzij uw situatie verandert. Hieronder staat hoe wij het bedrag hebben berekend.",
          font=sans, size=9.5) + 5
    bruto = round(r.uniform(2100, 2900), 2)
    lh = round(bruto * 0.27, 2)
    net = round(bruto - lh, 2)
    for a, b in (("Bruto uitkering", eur(bruto)), ("Loonheffing", eur(-lh)), ("Netto uitkering", eur(net)),
                 ("Betaald op", "24-11-2026"), ("Op rekening", iban_fmt(iban_nl(r, r.choice(BANKS)["code"])))):
        T(sh, 24, y, a, font=sans, size=9.5, bold=a.startswith("Netto"))
        T(sh, 120, y, b, font=sans, size=9.5, bold=a.startswith("Netto"))
        y += 6.5
    y += 6
    P(sh, 22, y, W - 44, "Met vriendelijke groet,\n\nUWV\nafdeling Uitkeringen", font=sans, size=9.5)
    footer_line(sh, c, "UWV · Postbus 58285 · 1040 HG Amsterdam · uwv.nl", size=7)
    return [sh]


# =========================================================================== medical-statement

def _doctor(c: Case, rng: random.Random, key: str = "spec") -> tuple[str, str]:
    r = random.Random(seed_of("doctor", key, c.rng_seed))
    g, s, sex = people.make_professional(r, "NL")
    title = r.choice(["dr.", "Dr.", "prof. dr.", "drs."]) if key == "spec" else r.choice(["", "drs."])
    s = s[0].upper() + s[1:]
    return g, f"{title} {g[0]}. {s}".strip()


def _treat_start(c: Case) -> D:
    if c.procedure == "ind-hnt-continued" and c.since:
        return c.since - dt.timedelta(days=90)
    return add_months(c.sub, -random.Random(c.rng_seed).randint(2, 14))


def _not_available(c: Case, lang: str = "nl") -> str:
    land = country_name(c.p.nationality, lang)
    if lang == "en":
        return (f"To my knowledge this treatment is not available in {land}, or not accessible to the patient there.")
    return f"Voor zover mij bekend is deze behandeling in {land} niet beschikbaar, dan wel voor patiënt niet toegankelijk."


def mk_medstat_specialist(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """Medische verklaring of the treating specialist, with headed sections."""
    m, h = c.med, c.hospital
    sh = c.new_sheet()
    font = rng.choice([fnt("sans"), fnt("sans2")])
    W = c.page_w
    y = hospital_letterhead(sh, c, rng, h, rng.choice([0, 2]), dept=f"Afdeling {m['spec']}")
    dd = letter_date(c, rng, 6, 60)
    T(sh, 20, y, f"{h['city']}, {d_nl(dd)}", font=font, size=10)
    y += 10
    T(sh, 20, y, "MEDISCHE VERKLARING", font=font, size=14, bold=True)
    y += 10
    y = patient_block(sh, c, 20, y, font=font)
    secs = [("Diagnose", m["dx"][0].upper() + m["dx"][1:] + "."),
            ("Behandeling", f"Patiënt is sinds {MONTHS_NL[_treat_start(c).month - 1]} {_treat_start(c).year} bij ons onder "
                            f"behandeling. De behandeling bestaat uit {m['tx']}."),
            ("Noodzaak", f"De behandeling is medisch noodzakelijk. {m['stop']} {_not_available(c)}"),
            ("Verwachte duur", duration_phrase(c.duration, _treat_start(c))),
            ("Prognose", "Bij voortzetting van de behandeling is de prognose redelijk tot goed."
             if m["long"] else "Bij afronding van de behandeling is de prognose goed.")]
    for head, body in secs:
        T(sh, 20, y, head, font=font, size=10.5, bold=True)
        y += 5.5
        y = P(sh, 20, y, W - 40, body, font=font, size=10) + 4
    y += 4
    g, nm = _doctor(c, rng)
    y = P(sh, 20, y, W - 40, "Deze verklaring is op verzoek van patiënt opgesteld ten behoeve van de IND.", font=font, size=9.5)
    signature_block(sh, 20, y + 6, nm, f"{m['doc_title'][0].upper() + m['doc_title'][1:]}, BIG {rng.randint(10000000, 99999999)}01",
                    rng, font=font)
    footer_line(sh, c, f"{h['name']} · {h['street']} · {h['pc']} {h['city']} · {h['web']}")
    return [sh]


def mk_medstat_letter(c: Case, rng: random.Random, *, two_page: bool | None = None, **_) -> list[Sheet]:
    """Hospital letter to the lawyer, prose; sometimes the signature runs onto a second page."""
    m, h = c.med, c.hospital
    two_page = rng.random() < 0.4 if two_page is None else two_page
    sh = c.new_sheet()
    serif = rng.choice([fnt("serif"), fnt("serif2"), fnt("serif4")])
    W = c.page_w
    y = hospital_letterhead(sh, c, rng, h, 1, dept=m["spec"])
    y += 6
    lw = c.lawyer or LAWYERS[0]
    for ln in (lw["firm"], f"t.a.v. {c.lawyer_name or 'mr. de advocaat'}", lw["street"], f"{lw['pc']}  {lw['city']}"):
        T(sh, 22, y, ln, font=serif, size=10.5)
        y += 5
    y += 8
    dd = letter_date(c, rng, 6, 50)
    T(sh, 22, y, f"Datum: {d_nl(dd)}", font=serif, size=10.5)
    T(sh, 110, y, f"Ons kenmerk: {h['short'][:3].upper()}/{rng.randint(1000, 9999)}", font=serif, size=10.5)
    y += 6
    T(sh, 22, y, f"Betreft: {title_nl(c.p)} {c.p.given_names} {c.p.surname}, geb. {c.dfmt(c.p.birth_date)}",
      font=serif, size=10.5, bold=True)
    y += 11
    body = [
        "Geachte collega, geachte heer/mevrouw,",
        f"Op verzoek van uw cliënt{'e' if c.p.sex == 'F' else ''} en met diens toestemming bericht ik u als volgt over "
        f"{'zijn' if c.p.sex == 'M' else 'haar'} medische situatie.",
        f"{title_nl(c.p).capitalize()} {c.p.surname} is bekend met {m['dx']}. {('Hij' if c.p.sex == 'M' else 'Zij')} is sinds "
        f"{d_nl(_treat_start(c))} onder behandeling op onze afdeling. De behandeling bestaat uit {m['tx']}.",
        f"{m['stop']} De behandeling is derhalve medisch noodzakelijk. {_not_available(c)}",
        duration_phrase(c.duration, _treat_start(c)),
    ]
    closing = ["Voor nadere informatie kunt u contact opnemen met ondergetekende via het secretariaat van de polikliniek.",
               "Met collegiale groet,"]
    for para in body:
        y = P(sh, 22, y, W - 44, para, font=serif, size=10.5) + 4
    g, nm = _doctor(c, rng)
    role = m["doc_title"][0].upper() + m["doc_title"][1:]
    if two_page:
        T(sh, W - 22, c.page_h - 14, "1/2", font=serif, size=8, color=GREY, align="right")
        sh2 = c.new_sheet()
        y2 = 24
        T(sh2, 22, 14, f"{h['name']} – vervolg brief d.d. {c.dfmt(dd)}", font=serif, size=8, color=GREY)
        for para in closing:
            y2 = P(sh2, 22, y2, W - 44, para, font=serif, size=10.5) + 4
        signature_block(sh2, 22, y2 + 2, nm, role, rng, font=serif)
        T(sh2, W - 22, c.page_h - 14, "2/2", font=serif, size=8, color=GREY, align="right")
        return [sh, sh2]
    for para in closing:
        y = P(sh, 22, y, W - 44, para, font=serif, size=10.5) + 4
    signature_block(sh, 22, y + 2, nm, role, rng, font=serif)
    return [sh]


def mk_medstat_gp(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """Huisarts: short letter summarising the specialist treatment (HIS print with ICPC codes)."""
    m, gp = c.med, c.gp
    sh = c.new_sheet()
    sans = fnt("sans")
    mono = fnt("mono", "sans")
    W = c.page_w
    T(sh, 20, 15, gp["name"], font=sans, size=13, bold=True)
    T(sh, 20, 21, f"{gp['street']}, {gp['pc']} {gp['city']} · tel. {gp['tel']}-{rng.randint(200, 899)} {rng.randint(1000, 9999)}",
      font=sans, size=8.5, color=GREY)
    sh.rule(20, 25, W - 20, 25, width_mm=0.3)
    y = 34
    dd = letter_date(c, rng, 3, 40)
    T(sh, 20, y, f"Datum: {dd:%d-%m-%Y}", font=sans, size=10)
    y += 8
    T(sh, 20, y, "Verklaring huisarts", font=sans, size=13, bold=True)
    y += 9
    T(sh, 20, y, f"Naam patiënt:  {c.p.surname}, {c.p.given_names}", font=sans, size=10)
    y += 5.5
    T(sh, 20, y, f"Geboortedatum: {c.dfmt(c.p.birth_date)}", font=sans, size=10)
    y += 5.5
    if c.p.address:
        T(sh, 20, y, f"Adres:         {c.p.address.street} {c.p.address.number}, {c.p.address.postcode} {c.p.address.city}",
          font=sans, size=10)
        y += 5.5
    y += 5
    T(sh, 20, y, "Episodelijst (uittreksel HIS):", font=sans, size=10, bold=True)
    y += 6
    icpc = {"ckd": "U99.01", "hiv": "B90", "myeloma": "B74.02", "thal": "B78", "gaucher": "T99", "ktx": "U99.01",
            "epilepsy": "N88", "breast": "X76.01", "hip": "L76.04"}.get(m["key"], "A99")
    T(sh, 22, y, f"{icpc:<8} {m['dx'][:62]}", font=mono, size=9)
    y += 5
    T(sh, 22, y, f"{'K86':<8} hypertensie zonder orgaanbeschadiging", font=mono, size=9) if rng.random() < 0.5 else None
    y += 9
    y = P(sh, 20, y, W - 40, f"Bovengenoemde patiënt is bij onze praktijk ingeschreven. {('Hij' if c.p.sex == 'M' else 'Zij')} "
          f"wordt voor {m['dx']} behandeld door de afdeling {m['spec']} van het {c.hospital['name']} "
          f"({m['tx']}).", font=sans, size=10) + 4
    y = P(sh, 20, y, W - 40, f"Deze behandeling is noodzakelijk. {m['stop']} "
          + duration_phrase(c.duration, _treat_start(c)), font=sans, size=10) + 10
    g, nm = _doctor(c, rng, "gp")
    T(sh, 20, y, "Met vriendelijke groet,", font=sans, size=10)
    sh.signature(20, y + 4, 42, 13, rng, color=BLACK_INK)
    T(sh, 20, y + 20, f"{nm}, huisarts", font=sans, size=10)
    _stamp(sh, 88, y + 2, [gp["name"].upper(), f"{gp['city'].upper()}", f"AGB {rng.randint(1000000, 9999999)}"], rng,
             shape="rect", color=STAMP_BLUE, size_mm=46)
    return [sh]


def mk_medstat_en(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """Medical statement in English from the hospital's department (for an international patient)."""
    m, h = c.med, c.hospital
    sh = c.new_sheet()
    font = rng.choice([fnt("serif"), fnt("sans")])
    W = c.page_w
    y = hospital_letterhead(sh, c, rng, h, 0, dept=f"Department of {m['spec_en']}")
    dd = letter_date(c, rng, 6, 60)
    T(sh, 20, y, d_en(dd), font=font, size=10)
    y += 9
    T(sh, 20, y, "MEDICAL STATEMENT", font=font, size=14, bold=True)
    y += 5.5
    T(sh, 20, y, "To whom it may concern – Immigration and Naturalisation Service (IND)", font=font, size=9.5, color=DARK)
    y += 9
    y = patient_block(sh, c, 20, y, font=font, lang="en")
    start = _treat_start(c)
    for head, body in (("Diagnosis", m["dx_en"][0].upper() + m["dx_en"][1:] + "."),
                       ("Treatment", f"The patient has been under our care since {d_en(start)}. Treatment consists of {m['tx_en']}."),
                       ("Necessity", f"The treatment is medically necessary. {m['stop_en']} {_not_available(c, 'en')}"),
                       ("Expected duration", duration_phrase(c.duration, start, "en"))):
        T(sh, 20, y, head, font=font, size=10.5, bold=True)
        y += 5.5
        y = P(sh, 20, y, W - 40, body, font=font, size=10) + 4
    g, nm = _doctor(c, rng)
    y += 4
    T(sh, 20, y, "Yours faithfully,", font=font, size=10)
    signature_block(sh, 20, y + 5, nm.replace("dr.", "Dr").replace("drs.", "Drs"), m["doc_en"][0].upper() + m["doc_en"][1:],
                    rng, font=font)
    footer_line(sh, c, f"{h['name']} · {h['street']} · {h['pc']} {h['city']} · The Netherlands")
    return [sh]


def mk_medstat_twocol(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """Hospital letter with a left info column (contact, reference) and the text on the right."""
    m, h = c.med, c.hospital
    sh = c.new_sheet()
    sans = fnt("sans")
    serif = fnt("serif")
    W = c.page_w
    sh.image(15, 12, 14, 14, logo_image(h["logo"], h["color"], rng, h["short"][:3]))
    T(sh, 33, 15, h["name"], font=sans, size=12, bold=True, color=h["color"])
    g, nm = _doctor(c, rng)
    dd = letter_date(c, rng, 6, 60)
    info = [("Afdeling", m["spec"]), ("Behandelaar", nm), ("Telefoon", f"{h['tel']}-{rng.randint(200, 899)} {rng.randint(1000, 9999)}"),
            ("Datum", c.dfmt(dd)), ("Kenmerk", f"{m['key'].upper()}-{rng.randint(10000, 99999)}"),
            ("Bezoekadres", h["street"]), ("", f"{h['pc']} {h['city']}")]
    y = 44
    for a, b in info:
        if a:
            T(sh, 15, y, a, font=sans, size=7.5, color=GREY)
            y += 3.6
        T(sh, 15, y, b, font=sans, size=8)
        y += 6
    sh.rule(57, 40, 57, c.page_h - 30, width_mm=0.15, color=LIGHT)
    x = 63
    ww = W - x - 18
    y = 44
    T(sh, x, y, "Aan wie het aangaat", font=serif, size=10.5)
    y += 12
    T(sh, x, y, f"Betreft: {title_nl(c.p)} {c.p.surname.upper()}, {c.p.given_names}", font=serif, size=10.5, bold=True)
    y += 5
    T(sh, x, y, f"geboren {d_nl(c.p.birth_date)}, nationaliteit {nat_nl(c.p)}", font=serif, size=10.5)
    y += 11
    start = _treat_start(c)
    for para in (
            f"Hierbij verklaar ik dat bovengenoemde patiënt sinds {d_nl(start)} bij ons onder behandeling is in verband met {m['dx']}.",
            f"De behandeling bestaat uit {m['tx']}. {m['stop']}",
            f"{_not_available(c)} Er is sprake van een medische noodzaak om de behandeling in Nederland voort te zetten.",
            duration_phrase(c.duration, start),
            "Ik verstrek deze verklaring met toestemming van patiënt."):
        y = P(sh, x, y, ww, para, font=serif, size=10.5) + 4
    T(sh, x, y + 4, "Hoogachtend,", font=serif, size=10.5)
    signature_block(sh, x, y + 9, nm, m["doc_title"], rng, font=serif)
    return [sh]


def mk_medstat_form(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """'Verklaring behandelend arts' form, filled in by the doctor's hand."""
    m, h = c.med, c.hospital
    sh = c.new_sheet()
    sans = fnt("sans")
    W = c.page_w
    ink = rng.choice([BLUE_INK, BLACK_INK])
    hf = hand_font(rng)
    T(sh, 20, 14, h["name"], font=sans, size=9, color=GREY)
    T(sh, 20, 20, "Verklaring behandelend arts", font=sans, size=16, bold=True)
    T(sh, 20, 28, "t.b.v. aanvraag verblijfsvergunning / voortgezet verblijf – in te vullen door de behandelend specialist",
      font=sans, size=8, color=GREY)
    start = _treat_start(c)
    short_d = {"lifelong": "levenslang", "years2": "nog minimaal 2 jaar", "years3": "minstens 3 jaar",
               "indefinite": "onbepaalde tijd (> 1 jaar)", "months18": "nog ± 18 maanden",
               "short": f"tot {MONTHS_NL[add_months(SUB, 4).month - 1]} {add_months(SUB, 4).year}, daarna klaar"}[c.duration]
    fields = [("Naam patiënt", f"{c.p.given_names} {c.p.surname}"), ("Geboortedatum", c.p.birth_date.strftime("%d-%m-%Y")),
              ("Diagnose", m["dx"]), ("Behandeling", m["tx"]), ("Sinds", start.strftime("%d-%m-%Y")),
              ("Is behandeling noodzakelijk?", "ja, " + m["stop"][0].lower() + m["stop"][1:]), ("Verwachte duur behandeling", short_d),
              ("Behandeling beschikbaar in land van herkomst?", "nee / niet toegankelijk")]
    y = 38
    for lab, val in fields:
        T(sh, 20, y, lab, font=sans, size=9, bold=True)
        y += 4.5
        lines = _wrap_chars(val, 58)
        hbox = 7.5 * len(lines) + 1
        sh.rect(20, y, W - 40, hbox, width_mm=0.25)
        for i, ln in enumerate(lines):
            sh.handwriting(22, y + 0.3 + i * 7.5, ln, rng, size_pt=12, color=ink, font=hf)
        y += hbox + 4
    g, nm = _doctor(c, rng)
    dd = letter_date(c, rng, 6, 45)
    T(sh, 20, y + 2, "Naam arts / specialisme", font=sans, size=9)
    sh.handwriting(70, y, f"{nm}, {m['doc_title']}", rng, size_pt=12, color=ink, font=hf)
    y += 9
    T(sh, 20, y + 2, "Datum", font=sans, size=9)
    sh.handwriting(70, y, dd.strftime("%d-%m-%Y"), rng, size_pt=12, color=ink, font=hf)
    y += 9
    T(sh, 20, y + 2, "Handtekening en stempel", font=sans, size=9)
    sh.signature(70, y, 45, 14, rng, color=ink)
    _stamp(sh, 128, y - 6, [h["name"].upper()[:28], m["spec"].split("/")[0].strip().upper()], rng, shape="rect",
             color=STAMP_BLUE, size_mm=48)
    return [sh]


def _wrap_chars(s: str, n: int) -> list[str]:
    out, cur = [], ""
    for wd in s.split():
        if len(cur) + len(wd) + 1 > n and cur:
            out.append(cur)
            cur = wd
        else:
            cur = f"{cur} {wd}".strip()
    if cur:
        out.append(cur)
    return out or [""]


# =========================================================================== care-institution-statement

def _care_dates(c: Case) -> tuple[D, D]:
    r = random.Random(seed_of("care", c.rng_seed))
    start = c.sub + dt.timedelta(days=r.randint(14, 75)) if c.procedure == "ind-medical-treatment" and r.random() < 0.5 \
        else _treat_start(c)
    return start, add_months(start, 12)


def _travel_name(c: Case) -> str:
    return ["Hanse Reise- und Krankenversicherung AG", "Rheinland Auslandskranken VVaG"][c.rng_seed % 2]


def _incoming_name(c: Case) -> str:
    return ["Oranjepoort Incoming Verzekeringen", "Expatzorg Nederland B.V."][c.rng_seed % 2]


def _payer_phrase(c: Case, lang: str = "nl") -> str:
    ins = {"name": c.__dict__["_ins_name"]} if c.__dict__.get("_ins_name") else (c.insurer_intl or c.insurer_nl or INSURERS_INTL[0])
    if lang == "en":
        return f"Costs will be covered by the patient's health insurer, {ins['name']}; any remainder is guaranteed by " \
               f"{(c.payer.given_names + ' ' + c.payer.surname) if c.payer else 'the patient'}."
    return f"De kosten worden gedekt door de zorgverzekering van patiënt bij {ins['name']}; het eventuele restant wordt " \
           f"voldaan door {(c.payer.given_names + ' ' + c.payer.surname) if c.payer else 'patiënt zelf'}."


def mk_care_letter(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """Verklaring zorginstelling: the hospital's administration confirms it can and will treat."""
    m, h = c.med, c.hospital
    sh = c.new_sheet()
    font = rng.choice([fnt("sans"), fnt("serif")])
    W = c.page_w
    y = hospital_letterhead(sh, c, rng, h, rng.choice([0, 1]), dept="Zorgadministratie / Internationale patiënten")
    dd = letter_date(c, rng, 6, 45)
    start, end = _care_dates(c)
    T(sh, 20, y + 2, f"{h['city']}, {d_nl(dd)}", font=font, size=10)
    y += 12
    T(sh, 20, y, "Verklaring zorginstelling", font=font, size=13, bold=True)
    y += 10
    y = P(sh, 20, y, W - 40, f"Hierbij verklaart het {h['name']} te {h['city']} dat {title_nl(c.p)} {c.p.given_names} "
          f"{c.p.surname}, geboren op {d_nl(c.p.birth_date)}, nationaliteit {nat_nl(c.p)}, bij ons behandeld kan en zal "
          f"worden voor {m['dx']}.", font=font, size=10.5) + 4
    y = P(sh, 20, y, W - 40, f"Ons ziekenhuis beschikt over de benodigde expertise en voorzieningen en heeft plaats om "
          f"patiënt te behandelen. De behandeling ({m['tx']}) {'is gestart op' if start <= c.sub else 'start op'} "
          f"{d_nl(start)} en is voorlopig gepland tot en met {d_nl(end)}.", font=font, size=10.5) + 4
    y = P(sh, 20, y, W - 40, f"De geschatte kosten van de behandeling bedragen {eur(m['cost'])} per jaar, exclusief "
          f"eventuele opnamen. {_payer_phrase(c)}", font=font, size=10.5) + 10
    g, s_, _ = people.make_professional(rng, "NL")
    T(sh, 20, y, "Namens de Raad van Bestuur,", font=font, size=10.5)
    signature_block(sh, 20, y + 4, f"{g} {s_[0].upper() + s_[1:]}", "Manager Zorgadministratie", rng, font=font)
    _stamp(sh, 120, y - 4, [h["name"].upper()[:30], "ZORGADMINISTRATIE", h["city"].upper()], rng, shape="round",
             color=STAMP_BLUE, size_mm=34)
    return [sh]


def mk_care_table(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """Behandelplan en kostenraming: table of planned appointments, confirming a place."""
    m, h = c.med, c.hospital
    sh = c.new_sheet()
    sans = fnt("sans2", "sans")
    W = c.page_w
    y = hospital_letterhead(sh, c, rng, h, 2, dept=f"Polikliniek {m['spec'].split('/')[0].strip()}")
    start, end = _care_dates(c)
    y = max(y, 60)
    T(sh, 20, y, "Bevestiging behandelplan en kostenraming", font=sans, size=13, bold=True)
    y += 8
    y = patient_block(sh, c, 20, y, font=sans)
    y = P(sh, 20, y, W - 40, f"Het {h['name']} bevestigt dat er plaats is om bovengenoemde patiënt te behandelen en dat "
          f"de behandeling in ons ziekenhuis zal plaatsvinden volgens onderstaand plan.", font=sans, size=10) + 5
    sh.rect(20, y, W - 40, 7, width_mm=0.1, fill=(230, 230, 230))
    for x, hd in ((22, "Datum / periode"), (62, "Onderdeel"), (150, "Geraamde kosten")):
        T(sh, x, y + 1.5, hd, font=sans, size=9, bold=True)
    y += 10
    parts = [(start, "Intake en aanvullend onderzoek", 0.06), (start + dt.timedelta(days=14), m["tx_short"][0].upper() + m["tx_short"][1:], 0.55),
             (add_months(start, 3), "Controles en laboratorium (maandelijks)", 0.14),
             (add_months(start, 6), "Evaluatie en voortzetting behandeling", 0.25)]
    tot = 0
    for d0, what, frac in parts:
        cost = round(m["cost"] * frac, -1)
        tot += cost
        T(sh, 22, y, d0.strftime("%d-%m-%Y"), font=sans, size=9.5)
        T(sh, 62, y, what, font=sans, size=9.5)
        T(sh, W - 22, y, eur(cost), font=sans, size=9.5, align="right")
        y += 6.5
    sh.rule(20, y - 1, W - 20, y - 1, width_mm=0.3)
    T(sh, 62, y + 1, f"Totaal eerste behandeljaar (t/m {end:%d-%m-%Y})", font=sans, size=9.5, bold=True)
    T(sh, W - 22, y + 1, eur(tot), font=sans, size=9.5, bold=True, align="right")
    y += 12
    y = P(sh, 20, y, W - 40, "Bedragen zijn gebaseerd op de geldende DBC-zorgproducttarieven en onder voorbehoud. "
          + _payer_phrase(c), font=sans, size=9) + 8
    dd = letter_date(c, rng, 6, 40)
    g, s_, _ = people.make_professional(rng, "NL")
    T(sh, 20, y, f"{h['city']}, {c.dfmt(dd)}", font=sans, size=10)
    signature_block(sh, 20, y + 5, f"{g[0]}. {s_[0].upper() + s_[1:]}", "Zorgcoördinator", rng, font=sans)
    return [sh]


def mk_care_en(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """Confirmation of treatment in English (international patient office)."""
    m, h = c.med, c.hospital
    sh = c.new_sheet()
    font = fnt("sans")
    W = c.page_w
    y = hospital_letterhead(sh, c, rng, h, 0, dept="International Patient Office")
    dd = letter_date(c, rng, 5, 40)
    start, end = _care_dates(c)
    T(sh, 20, y, d_en(dd), font=font, size=10)
    y += 10
    T(sh, 20, y, "CONFIRMATION OF TREATMENT", font=font, size=13, bold=True)
    y += 10
    rows = [("Patient", f"{c.p.given_names} {c.p.surname.upper()}"), ("Date of birth", d_en(c.p.birth_date, "long")),
            ("Nationality", nationality_adj(c.p.nationality, "en")), ("Department", m["spec_en"]),
            ("Treatment", m["tx_en"]), ("Planned start", d_en(start)), ("Planned until", d_en(end)),
            ("Estimated cost (12 months)", eur(m["cost"]))]
    for a, b in rows:
        T(sh, 22, y, a, font=font, size=9.5, color=DARK)
        yy = P(sh, 75, y, W - 95, b, font=font, size=9.5)
        y = max(y + 6, yy + 1)
    y += 4
    y = P(sh, 20, y, W - 40, f"{h['name']} hereby confirms that it has the capacity and the expertise to treat the above "
          f"patient and that a place has been reserved for this treatment. {_payer_phrase(c, 'en')}", font=font, size=10) + 10
    g, s_, _ = people.make_professional(rng, "NL")
    T(sh, 20, y, "Kind regards,", font=font, size=10)
    signature_block(sh, 20, y + 4, f"{g} {s_[0].upper() + s_[1:]}", "Coordinator International Patient Office", rng, font=font)
    return [sh]


def mk_care_dialysis(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """Plaatsingsbevestiging of a (specialised) treatment centre, with a stamp over the text."""
    m, h = c.med, c.hospital
    sh = c.new_sheet()
    serif = fnt("serif")
    sans = fnt("sans")
    W = c.page_w
    centre = {"ckd": "Dialysecentrum", "ktx": "Transplantatiecentrum", "hiv": "HIV-behandelcentrum",
              "thal": "Centrum voor Hemoglobinopathieën", "gaucher": "Expertisecentrum Lysosomale Stapelingsziekten",
              "myeloma": "Hemato-oncologisch Centrum", "epilepsy": "Epilepsiecentrum", "breast": "Radiotherapeutisch Centrum",
              "hip": "Revalidatiecentrum"}.get(m["key"], "Behandelcentrum")
    name = f"{centre} {h['city']}"
    T(sh, 20, 16, name, font=serif, size=17, color=h["color"])
    T(sh, 20, 24, f"onderdeel van {h['name']}", font=serif, size=9.5, color=GREY)
    sh.rule(20, 29, W - 20, 29, width_mm=0.5, color=h["color"])
    y = 40
    dd = letter_date(c, rng, 5, 45)
    start, end = _care_dates(c)
    T(sh, 20, y, f"{h['city']}, {c.dfmt(dd)}", font=sans, size=10)
    y += 10
    T(sh, 20, y, "PLAATSINGSBEVESTIGING", font=sans, size=13, bold=True)
    y += 10
    for para in (
            f"Hiermee bevestigen wij dat {title_nl(c.p)} {c.p.surname}, {c.p.given_names} (geboren {c.dfmt(c.p.birth_date)}) "
            f"een vaste behandelplaats heeft in ons centrum.",
            f"Behandeling: {m['tx']}. Aanvang {'was' if start <= c.sub else 'is gepland op'} {d_nl(start)}; de plaats is "
            f"gereserveerd voor ten minste twaalf maanden (tot {d_nl(end)}).",
            f"De kosten bedragen naar schatting {eur(m['cost'])} per jaar. {_payer_phrase(c)}",
            "Wij zijn bereid en in staat de behandeling uit te voeren."):
        y = P(sh, 20, y, W - 40, para, font=serif, size=10.5) + 4
    y += 6
    g, s_, _ = people.make_professional(rng, "NL")
    T(sh, 20, y, "Met vriendelijke groet,", font=serif, size=10.5)
    signature_block(sh, 20, y + 4, f"{g} {s_[0].upper() + s_[1:]}", "hoofd " + centre.lower(), rng, font=serif)
    _stamp(sh, 95, y - 10, [name.upper()[:32], "BEHANDELPLAATS BEVESTIGD", c.dfmt(dd)], rng, shape="rect", color=STAMP_RED,
             size_mm=52)
    return [sh]


def mk_care_form(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """'Verklaring zorginstelling' model form, typed answers, signed and stamped."""
    m, h = c.med, c.hospital
    sh = c.new_sheet()
    sans = fnt("sans")
    mono = fnt("typewriter", "mono")
    W = c.page_w
    start, end = _care_dates(c)
    T(sh, 20, 15, "Verklaring zorginstelling", font=sans, size=16, bold=True)
    T(sh, 20, 23, "bij aanvraag verblijfsvergunning voor het ondergaan van een medische behandeling", font=sans, size=8.5,
      color=GREY)
    rows = [("1. Naam zorginstelling", h["name"]), ("2. Adres", f"{h['street']}, {h['pc']} {h['city']}"),
            ("3. Naam patiënt", f"{c.p.surname.upper()}, {c.p.given_names}"),
            ("4. Geboortedatum / nationaliteit", f"{c.p.birth_date:%d-%m-%Y} / {nat_nl(c.p)}"),
            ("5. Aard van de behandeling", m["tx"]),
            ("6. Is er plaats om patiënt te behandelen?", "Ja"),
            ("7. Ingangsdatum behandeling", start.strftime("%d-%m-%Y")),
            ("8. Verwachte duur", "ten minste 12 maanden, naar verwachting langer" if m["long"] else "circa 6 maanden"),
            ("9. Geraamde kosten", f"{eur(m['cost'])} per jaar"),
            ("10. Wie betaalt de kosten?", (c.__dict__.get("_ins_name") or (c.insurer_intl or c.insurer_nl or INSURERS_INTL[0])["name"])
             + (f" / garantsteller {c.payer.surname}" if c.payer else ""))]
    y = 34
    for lab, val in rows:
        T(sh, 20, y, lab, font=sans, size=9)
        lines = _wrap_chars(val, 48)
        sh.rect(88, y - 1.5, W - 108, 6.5 * len(lines) + 1, width_mm=0.2)
        for i, ln in enumerate(lines):
            T(sh, 90, y + i * 6.5, ln, font=mono, size=9.5)
        y += 6.5 * len(lines) + 5
    y += 4
    dd = letter_date(c, rng, 5, 40)
    T(sh, 20, y, f"Ondertekening namens de zorginstelling – datum: {dd:%d-%m-%Y}", font=sans, size=9)
    y += 7
    g, s_, _ = people.make_professional(rng, "NL")
    T(sh, 20, y, f"Naam: {g} {s_[0].upper() + s_[1:]}    Functie: afdelingsmanager {m['spec'].split('/')[0].strip().lower()}",
      font=sans, size=9)
    y += 8
    T(sh, 20, y, "Handtekening:", font=sans, size=9)
    sh.signature(45, y - 5, 45, 14, rng, color=BLUE_INK)
    _stamp(sh, 120, y - 12, [h["name"].upper()[:30], h["city"].upper()], rng, shape="round", color=STAMP_VIOLET, size_mm=34)
    return [sh]


def mk_care_en_b(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """Letter of acceptance for treatment, English, serif, signed by the medical director."""
    m, h = c.med, c.hospital
    sh = c.new_sheet()
    serif = fnt("serif")
    W = c.page_w
    y = hospital_letterhead(sh, c, rng, h, 1, dept="Office of the Medical Director")
    dd = letter_date(c, rng, 5, 40)
    start, end = _care_dates(c)
    T(sh, 20, y + 4, f"{h['city']}, {d_en(dd)}", font=serif, size=10.5)
    y += 14
    T(sh, 20, y, f"Re: acceptance for treatment – {c.p.given_names} {c.p.surname}, born {d_en(c.p.birth_date)}",
      font=serif, size=10.5, bold=True)
    y += 10
    for para in ("Dear Sir or Madam,",
                 f"We confirm that {c.p.given_names} {c.p.surname} has been accepted for treatment at {h['name']} for "
                 f"{m['dx_en']}. The treatment, {m['tx_en']}, {'began' if start <= c.sub else 'will begin'} on {d_en(start)} "
                 f"and is scheduled until at least {d_en(end)}.",
                 f"Our hospital has the required facilities and a treatment place is available. The estimated annual cost "
                 f"is {eur(m['cost'])}. {_payer_phrase(c, 'en')}",
                 "Please do not hesitate to contact us should you need further information."):
        y = P(sh, 20, y, W - 40, para, font=serif, size=10.5) + 4
    g, s_, _ = people.make_professional(rng, "NL")
    T(sh, 20, y + 4, "Yours sincerely,", font=serif, size=10.5)
    signature_block(sh, 20, y + 9, f"Dr {g} {s_[0].upper() + s_[1:]}", "Medical Director", rng, font=serif)
    return [sh]


# =========================================================================== health-insurance

def _policy_no(c: Case, prefix: str = "") -> str:
    r = random.Random(seed_of("polis", c.rng_seed))
    return prefix + str(r.randint(10000000, 99999999))


def mk_polisblad_a(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """Polisblad of a Dutch health insurer (basisverzekering + aanvullend), born-digital."""
    ins = c.insurer_nl or INSURERS_NL[0]
    sh = c.new_sheet()
    sans = fnt("sans2", "sans")
    W = c.page_w
    holder = c.payer if (c.payer and rng.random() < 0.3) else c.p
    sh.image(20, 13, 14, 14, logo_image(ins["logo"], ins["color"], rng))
    T(sh, 38, 15, ins["short"], font=sans, size=16, bold=True, color=ins["color"])
    T(sh, 38, 22, "zorgverzekeringen", font=sans, size=9, color=GREY)
    y = 44
    for ln in (f"{title_nl(holder).capitalize()} {initials(holder)} {holder.surname}",
               f"{holder.address.street} {holder.address.number}", f"{holder.address.postcode}  {holder.address.city.upper()}"):
        T(sh, 22, y, ln, font=sans, size=10)
        y += 4.8
    T(sh, 128, 44, "Datum", font=sans, size=8, color=GREY)
    T(sh, 128, 48, d_nl(D(2026, rng.choice([1, 2, 6, 10]), rng.randint(2, 27))), font=sans, size=9.5)
    T(sh, 128, 54, "Polisnummer", font=sans, size=8, color=GREY)
    T(sh, 128, 58, _policy_no(c), font=sans, size=9.5)
    y = 80
    T(sh, 20, y, "Polisblad zorgverzekering 2026", font=sans, size=15, bold=True)
    y += 9
    y = P(sh, 20, y, W - 40, "Dit polisblad vervangt alle eerdere polisbladen. Uw zorgverzekering loopt door tot u deze "
          "opzegt. De basisverzekering dekt de zorg zoals omschreven in de Zorgverzekeringswet, waaronder "
          "medisch-specialistische zorg, ziekenhuisopname en geneesmiddelen in Nederland.", font=sans, size=9.5) + 6
    sh.rect(20, y, W - 40, 7, width_mm=0.1, fill=tuple(min(255, v // 5 + 205) for v in ins["color"]))
    for x, hd in ((22, "Verzekerde"), (78, "Geboortedatum"), (108, "Verzekering"), (160, "Ingangsdatum")):
        T(sh, x, y + 1.6, hd, font=sans, size=8.5, bold=True)
    y += 10
    ingang = c.since if (c.since and c.since.year >= 2020 and rng.random() < 0.5) else D(2026, 1, 1)
    rows = [(f"{c.p.given_names} {c.p.surname}", c.p.birth_date.strftime("%d-%m-%Y"), f"{ins['short']} Basis Natura", ingang),
            ("", "", f"{ins['short']} Aanvullend {rng.choice(['1', '2', 'Plus', 'Extra'])}", ingang)]
    if holder is not c.p:
        rows.append((f"{holder.given_names} {holder.surname}", holder.birth_date.strftime("%d-%m-%Y"),
                     f"{ins['short']} Basis Restitutie", D(2026, 1, 1)))
    for a, b, cc, d0 in rows:
        T(sh, 22, y, a, font=sans, size=9)
        T(sh, 78, y, b, font=sans, size=9)
        T(sh, 108, y, cc, font=sans, size=9)
        T(sh, 160, y, d0.strftime("%d-%m-%Y"), font=sans, size=9)
        y += 6
    y += 6
    prem = round(rng.uniform(142, 171), 2)
    for a, b in (("Verplicht eigen risico 2026", "€ 385,00"), ("Vrijwillig eigen risico", "€ 0,00"),
                 ("Premie per maand (basis + aanvullend)", eur(prem + round(rng.uniform(12, 38), 2))),
                 ("Betaalwijze", "automatische incasso per maand"), ("UZOVI-nummer", ins["uzovi"])):
        T(sh, 22, y, a, font=sans, size=9.5)
        T(sh, 120, y, b, font=sans, size=9.5)
        y += 6
    y += 6
    P(sh, 20, y, W - 40, "Op deze verzekering zijn de polisvoorwaarden 2026 van toepassing. Bewaar dit polisblad goed.",
      font=sans, size=8.5)
    footer_line(sh, c, f"{ins['name']} · {ins['post']} · KvK {kvk(rng)} · ingeschreven bij DNB en AFM", size=6.8)
    return [sh]


def mk_polisblad_b(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """Another insurer's polisblad: grey header band, two-column facts, serif body."""
    ins = c.insurer_nl or INSURERS_NL[1]
    sh = c.new_sheet()
    sans = fnt("sans")
    serif = fnt("serif")
    W = c.page_w
    sh.rect(0, 0, W, 30, width_mm=0.1, color=ins["color"], fill=ins["color"])
    T(sh, 18, 9, ins["short"].upper(), font=sans, size=18, bold=True, color=(255, 255, 255))
    T(sh, W - 18, 12, "POLISBLAD", font=sans, size=12, color=(255, 255, 255), align="right")
    y = 42
    rr = random.Random(seed_of("rel", c.rng_seed))
    relnr = f"{rr.randint(100, 999)}.{rr.randint(100, 999)}.{rr.randint(100, 999)}"
    facts = [("Relatienummer", relnr), ("Polisnummer", _policy_no(c, "ZV-")), ("Verzekeringsjaar", "2026"),
             ("Verzekeringnemer", f"{c.p.given_names} {c.p.surname}"), ("Adres", f"{c.p.address.street} {c.p.address.number}"
              if c.p.address else "-"), ("", f"{c.p.address.postcode} {c.p.address.city}" if c.p.address else "")]
    for i, (a, b) in enumerate(facts):
        col = i % 2
        row = i // 2
        T(sh, 18 + col * 92, y + row * 10, a, font=sans, size=7.5, color=GREY)
        T(sh, 18 + col * 92, y + row * 10 + 3.6, b, font=sans, size=10)
    y += 36
    T(sh, 18, y, "Uw verzekering in 2026", font=serif, size=14)
    y += 9
    sh.rule(18, y, W - 18, y, width_mm=0.2)
    y += 3
    for a, b in ((f"{c.p.given_names} {c.p.surname} ({c.p.birth_date:%d-%m-%Y})", ""),
                 ("  Zorgverzekering (basis)", f"{ins['short']} Zorg Basis Budget – ingangsdatum 01-01-2026"),
                 ("  Aanvullende verzekering", f"{ins['short']} Tand 250 – ingangsdatum 01-01-2026"),
                 ("  Eigen risico", "€ 385 (verplicht)"), ("  Dekking", "zorg in Nederland volgens de Zorgverzekeringswet; "
                                                                        "medisch-specialistische zorg bij gecontracteerde zorgverleners")):
        T(sh, 18, y, a, font=serif, size=10, bold=not a.startswith(" "))
        if b:
            y = P(sh, 80, y, W - 98, b, font=serif, size=10) - 4.5
        y += 6.5
    y += 8
    P(sh, 18, y, W - 36, f"Met vriendelijke groet,\n{ins['name']}\n\nVragen? Bel ons op werkdagen van 8.00 tot 20.00 uur.",
      font=serif, size=10)
    footer_line(sh, c, f"{ins['name']} · {ins['post']}", size=7)
    return [sh]


def mk_intl_cert_a(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """Certificate of insurance of a private international health insurer (English)."""
    ins = c.insurer_intl or INSURERS_INTL[0]
    sh = c.new_sheet()
    sans = fnt("sans")
    serif = fnt("serif")
    W = c.page_w
    sh.image(20, 14, 18, 18, logo_image(ins["logo"], ins["color"], rng))
    T(sh, 42, 17, ins["name"], font=sans, size=13, bold=True, color=ins["color"])
    T(sh, 42, 24, ins["addr"], font=sans, size=8, color=GREY)
    sh.rule(20, 36, W - 20, 36, width_mm=0.6, color=ins["color"])
    T(sh, W / 2, 44, "CERTIFICATE OF INSURANCE", font=serif, size=17, align="center")
    y = 58
    start = D(2026, rng.choice([1, 3, 6, 9]), 1)
    rows = [("Policy number", _policy_no(c, ins["short"][:2].upper() + "-")), ("Plan", ins["plan"]),
            ("Insured person", f"{c.p.surname.upper()}, {c.p.given_names}"), ("Date of birth", d_en(c.p.birth_date)),
            ("Nationality", nationality_adj(c.p.nationality, "en")), ("Country of residence", "The Netherlands"),
            ("Period of cover", f"{d_en(start)} – {d_en(add_years(start, 1) - dt.timedelta(days=1))}, renewable annually"),
            ("Area of cover", "Worldwide excluding USA and Canada"),
            ("Annual limit", "EUR 2,000,000 per insured person")]
    for a, b in rows:
        T(sh, 24, y, a, font=sans, size=9.5, color=DARK)
        T(sh, 80, y, b, font=sans, size=9.5, bold=(a == "Insured person"))
        y += 7
    y += 4
    T(sh, 24, y, "Benefits", font=sans, size=10.5, bold=True)
    y += 6
    for b in ("In-patient and day-patient treatment: covered in full",
              "Out-patient specialist treatment, diagnostics and prescribed drugs: covered in full",
              f"Pre-existing condition ({c.med.get('dx_en', 'as declared')}): covered, accepted on medical underwriting",
              "Treatment in the Netherlands at recognised hospitals: direct billing available"):
        y = P(sh, 28, y, W - 52, "•  " + b, font=sans, size=9.5) + 1.5
    y += 8
    y = P(sh, 20, y, W - 40, "This certificate confirms that the person named above is insured under the policy shown, "
          "subject to its terms and conditions. Premiums are paid up to the end of the current period.", font=serif, size=9.5) + 8
    g, s_, _ = people.make_professional(rng, "DE")
    T(sh, 20, y, f"Issued {d_en(letter_date(c, rng, 10, 80))}", font=sans, size=9)
    sh.signature(20, y + 4, 40, 12, rng, color=BLACK_INK)
    T(sh, 20, y + 18, f"{g} {s_}, Head of Underwriting", font=sans, size=9)
    return [sh]


def mk_intl_cert_b(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """'Confirmation of cover' letter of an international insurer; also printed on US Letter by a US office."""
    ins = c.insurer_intl or INSURERS_INTL[3]
    sh = c.new_sheet()
    sans = fnt("sans2", "sans")
    W = c.page_w
    T(sh, 20, 16, ins["short"].upper(), font=sans, size=20, bold=True, color=ins["color"])
    T(sh, 20, 25, ins["name"] + " · " + ins["addr"], font=sans, size=7.5, color=GREY)
    y = 42
    dd = letter_date(c, rng, 8, 60)
    T(sh, 20, y, d_en(dd).replace(" ", " "), font=sans, size=10)
    y += 10
    T(sh, 20, y, "CONFIRMATION OF COVER", font=sans, size=13, bold=True)
    y += 9
    T(sh, 20, y, f"Member: {c.p.given_names} {c.p.surname}   ·   DOB {c.p.birth_date:%d/%m/%Y}   ·   Member ID "
      f"{_policy_no(c)}", font=sans, size=9.5)
    y += 10
    for para in ("To whom it may concern,",
                 f"We confirm that the above member is covered under our {ins['plan']} plan from "
                 f"{d_en(D(2026, 1, 1))} until {d_en(D(2026, 12, 31))}, with automatic renewal for 2027.",
                 f"The plan covers medically necessary in-patient and out-patient treatment in the Netherlands, including "
                 f"the ongoing treatment of {c.med.get('dx_en', 'the declared condition')} at "
                 f"{c.hospital.get('name', 'a recognised hospital')}, up to an annual maximum of USD 1,500,000.",
                 "Premiums have been paid in full for the current policy year. This letter is issued at the request of "
                 "the member for the Dutch immigration authorities."):
        y = P(sh, 20, y, W - 40, para, font=sans, size=10) + 4
    g, s_, _ = people.make_professional(rng, "DE")
    T(sh, 20, y + 4, "Sincerely,", font=sans, size=10)
    signature_block(sh, 20, y + 9, f"{g} {s_}", "Member Services", rng, font=sans)
    return [sh]


def mk_travel_de(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """German travel-medical insurer: Versicherungsbestätigung incl. planned treatment in the Netherlands."""
    sh = c.new_sheet()
    sans = fnt("sans")
    W = c.page_w
    name = _travel_name(c)
    T(sh, 20, 15, name, font=sans, size=13, bold=True, color=(0, 70, 120))
    T(sh, 20, 21, "Postfach 10 12 40 · 20008 Hamburg" if name.startswith("Hanse") else "Postfach 50 04 11 · 50944 Köln",
      font=sans, size=8, color=GREY)
    y = 40
    T(sh, 20, y, "VERSICHERUNGSBESTÄTIGUNG", font=sans, size=14, bold=True)
    y += 6
    T(sh, 20, y, "Confirmation of insurance / Verzekeringsbewijs", font=sans, size=9, color=DARK)
    y += 12
    start = D(2026, rng.choice([2, 4, 7]), 1)
    for a, b in (("Versicherungsnummer", _policy_no(c, "RKV ")), ("Versicherte Person", f"{c.p.surname}, {c.p.given_names}"),
                 ("Geburtsdatum", d_de(c.p.birth_date)), ("Tarif", "Auslandsaufenthalt Langzeit – Tarif AL-Plus"),
                 ("Versicherungsbeginn", d_de(start)), ("Versicherungsende", d_de(add_years(start, 1) - dt.timedelta(days=1))),
                 ("Geltungsbereich", "Niederlande (Aufenthaltsland) und Europa")):
        T(sh, 22, y, a, font=sans, size=9.5, color=DARK)
        T(sh, 80, y, b, font=sans, size=9.5)
        y += 7
    y += 4
    for para in ("Versicherungsschutz besteht für ambulante und stationäre Heilbehandlung im Aufenthaltsland einschließlich "
                 "der ärztlich geplanten Behandlung der bei Vertragsschluss angegebenen Erkrankung "
                 f"({c.med.get('dx_en', '')}); die Vorerkrankung ist ausdrücklich mitversichert.",
                 "Kostenerstattung bis 1.000.000 EUR je Versicherungsfall. Die Beiträge sind für die gesamte Laufzeit bezahlt.",
                 "Diese Bestätigung wird zur Vorlage bei der niederländischen Einwanderungsbehörde (IND) ausgestellt."):
        y = P(sh, 20, y, W - 40, para, font=sans, size=9.8) + 4
    y += 4
    T(sh, 20, y, f"Hamburg, den {d_de(letter_date(c, rng, 10, 70))}" if name.startswith("Hanse")
      else f"Köln, den {d_de(letter_date(c, rng, 10, 70))}", font=sans, size=9.5)
    g, s_, _ = people.make_professional(rng, "DE")
    signature_block(sh, 20, y + 5, f"{g} {s_}", "Leistungsabteilung", rng, font=sans)
    return [sh]


def mk_incoming_nl(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """Dutch 'incoming' insurance for foreign nationals: polisbewijs covering planned treatment."""
    sh = c.new_sheet()
    sans = fnt("sans")
    serif = fnt("serif")
    W = c.page_w
    name = _incoming_name(c)
    T(sh, 20, 15, name, font=serif, size=16, color=(200, 90, 0))
    T(sh, 20, 22, "gevolmachtigd agent · Keizersgracht 8 · 1015 CN Amsterdam", font=sans, size=8, color=GREY)
    y = 38
    T(sh, 20, y, "POLISBEWIJS Incoming Zorgverzekering", font=sans, size=13, bold=True)
    y += 10
    start = D(2026, rng.choice([1, 3, 5, 8]), rng.choice([1, 15]))
    rows = [("Polisnummer", _policy_no(c, "INC")), ("Verzekerde", f"{c.p.given_names} {c.p.surname}"),
            ("Geboortedatum", c.dfmt(c.p.birth_date)), ("Nationaliteit", nat_nl(c.p)),
            ("Verblijfsadres", f"{c.p.address.street} {c.p.address.number}, {c.p.address.postcode} {c.p.address.city}"
             if c.p.address else "-"),
            ("Looptijd", f"{start:%d-%m-%Y} t/m {add_years(start, 1) - dt.timedelta(days=1):%d-%m-%Y} (stilzwijgend verlengd)"),
            ("Dekking", "Medische kosten Top: ziekenhuis, specialist, geneesmiddelen"),
            ("Verzekerd bedrag", "€ 1.500.000 per jaar"), ("Eigen risico", "€ 250 per jaar")]
    for a, b in rows:
        T(sh, 22, y, a, font=sans, size=9.5, color=DARK)
        y = max(y + 6.5, P(sh, 68, y, W - 88, b, font=sans, size=9.5) + 1.5)
    y += 4
    y = P(sh, 20, y, W - 40, "Bijzondere bepaling: in afwijking van artikel 7.3 van de voorwaarden is de behandeling van de "
          f"bij aanvang bekende aandoening ({c.med.get('dx', '')}) in Nederland meeverzekerd, na medische acceptatie.",
          font=serif, size=10) + 6
    y = P(sh, 20, y, W - 40, "Deze verzekering is geen zorgverzekering in de zin van de Zorgverzekeringswet. De premie is "
          "vooruitbetaald.", font=serif, size=9.5) + 8
    T(sh, 20, y, f"Amsterdam, {d_nl(letter_date(c, rng, 10, 90))}", font=sans, size=9.5)
    sh.signature(20, y + 4, 40, 12, rng, color=BLUE_INK)
    T(sh, 20, y + 18, "namens de verzekeraars, de directie", font=sans, size=9)
    return [sh]


# =========================================================================== civic-integration

def _duo_head(sh: Sheet, c: Case, rng: random.Random) -> None:
    W = c.page_w
    shield_bar(sh, W / 2 - 4.5, 0, 24, (21, 66, 115))
    T(sh, W / 2 + 8, 8, "Dienst Uitvoering Onderwijs", font=fnt("sans"), size=10.5, bold=True, color=(21, 66, 115))
    T(sh, W / 2 + 8, 13, "Ministerie van Onderwijs, Cultuur en Wetenschap", font=fnt("sans"), size=8, color=GREY)


def _duo_addressee(sh: Sheet, c: Case, y: float = 48) -> None:
    p = c.p
    for ln in (f"{title_nl(p).capitalize()} {p.given_names} {p.surname}", f"{p.address.street} {p.address.number}",
               f"{p.address.postcode}  {p.address.city.upper()}"):
        T(sh, 22, y, ln, font=fnt("sans"), size=10)
        y += 4.8


def _inb_date(c: Case, rng: random.Random) -> D:
    lo = (c.since or D(2021, 6, 1)) + dt.timedelta(days=400)
    hi = c.sub - dt.timedelta(days=40)
    if lo >= hi:
        lo = hi - dt.timedelta(days=300)
    return D.fromordinal(rng.randint(lo.toordinal(), hi.toordinal()))


def mk_duo_diploma(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """Inburgeringsdiploma (Wet inburgering 2021), certificate layout."""
    sh = c.new_sheet()
    serif = fnt("serif")
    sans = fnt("sans")
    W = c.page_w
    sh.rect(12, 12, W - 24, c.page_h - 24, width_mm=1.2, color=(21, 66, 115))
    sh.rect(15, 15, W - 30, c.page_h - 30, width_mm=0.3, color=(21, 66, 115))
    sh.image(W / 2 - 10, 26, 20, 20, logo_image("lion", (21, 66, 115), rng))
    T(sh, W / 2, 52, "Dienst Uitvoering Onderwijs", font=sans, size=10, align="center", color=DARK)
    T(sh, W / 2, 75, "INBURGERINGSDIPLOMA", font=serif, size=26, align="center", color=(21, 66, 115))
    T(sh, W / 2, 90, "Wet inburgering 2021 – taalniveau B1", font=serif, size=11, align="center")
    T(sh, W / 2, 112, "De minister van Sociale Zaken en Werkgelegenheid verklaart dat", font=serif, size=11.5, align="center")
    T(sh, W / 2, 126, f"{c.p.given_names} {c.p.surname}", font=serif, size=18, align="center")
    T(sh, W / 2, 138, f"geboren op {d_nl(c.p.birth_date)} te {c.p.birth_place} ({country_nl(c.p)})", font=serif,
      size=11.5, align="center")
    dd = _inb_date(c, rng)
    for i, ln in enumerate(("de examenonderdelen Lezen, Luisteren, Schrijven en Spreken op niveau B1,",
                            "Kennis van de Nederlandse Maatschappij (KNM) en",
                            "de Module Arbeidsmarkt en Participatie (MAP) heeft behaald",
                            "en daarmee heeft voldaan aan de inburgeringsplicht.")):
        T(sh, W / 2, 154 + i * 7, ln, font=serif, size=11.5, align="center")
    r = random.Random(seed_of("dipl", c.rng_seed))
    T(sh, 30, 210, f"Groningen, {d_nl(dd)}", font=serif, size=11)
    T(sh, 30, 218, f"Diplomanummer {r.randint(10, 99)}-{r.randint(100000, 999999)}", font=sans, size=9, color=DARK)
    sh.signature(W - 85, 202, 45, 14, rng, color=BLACK_INK)
    T(sh, W - 85, 220, "namens de minister,", font=serif, size=9.5)
    T(sh, W - 85, 225, "de directeur DUO", font=serif, size=9.5)
    T(sh, W / 2, c.page_h - 28, "Dit diploma is niet geldig zonder watermerk. Controleer de echtheid via duo.nl/diplomaregister.",
      font=sans, size=7, color=GREY, align="center")
    return [sh]


def mk_duo_results(c: Case, rng: random.Random, *, failed: bool = False, layout: str = "a", **_) -> list[Sheet]:
    """Uitslagbrief inburgeringsexamen; with ``failed`` one part is 'niet gehaald' (no diploma).
    layout "b": the older letter (2015-2020) in a Calibri-like face."""
    sh = c.new_sheet()
    sans = fnt("sans") if layout == "a" else fnt("sans2")
    W = c.page_w
    _duo_head(sh, c, rng)
    _duo_addressee(sh, c)
    dd = _inb_date(c, rng)
    r = random.Random(seed_of("res", c.rng_seed))
    for i, (a, b) in enumerate((("Datum", d_nl(dd)), ("Ons kenmerk", f"INB-{r.randint(1000000, 9999999)}"),
                                ("Uw geboortedatum", c.dfmt(c.p.birth_date)))):
        T(sh, 132, 48 + i * 9, a, font=sans, size=7.5, color=GREY)
        T(sh, 132, 51.5 + i * 9, b, font=sans, size=9.5)
    y = 92
    T(sh, 22, y, "Onderwerp: uitslag inburgeringsexamen", font=sans, size=11, bold=True)
    y += 10
    y = P(sh, 22, y, W - 44, f"Beste {c.p.given_names} {c.p.surname},\n\nU hebt examen gedaan voor het inburgeringsexamen. In "
          f"deze brief leest u uw uitslag.", font=sans, size=10) + 6
    parts = ["Lezen", "Luisteren", "Schrijven", "Spreken", "Kennis van de Nederlandse Maatschappij",
             "Oriëntatie op de Nederlandse Arbeidsmarkt"]
    fail_i = r.choice([2, 3]) if failed else -1
    if layout == "a":
        sh.rect(22, y, W - 44, 7, width_mm=0.1, fill=(228, 234, 242))
    else:
        sh.rule(22, y + 7, W - 22, y + 7, width_mm=0.3)
    T(sh, 24, y + 1.6, "Examenonderdeel", font=sans, size=9, bold=True)
    T(sh, 120, y + 1.6, "Datum examen", font=sans, size=9, bold=True)
    T(sh, 155, y + 1.6, "Uitslag", font=sans, size=9, bold=True)
    y += 10
    for i, pn in enumerate(parts):
        ed = dd - dt.timedelta(days=r.randint(20, 200))
        T(sh, 24, y, pn, font=sans, size=9.5)
        T(sh, 120, y, ed.strftime("%d-%m-%Y"), font=sans, size=9.5)
        T(sh, 155, y, "niet gehaald" if i == fail_i else "gehaald", font=sans, size=9.5, bold=(i == fail_i))
        y += 6.5
    y += 6
    if failed:
        txt = (f"U hebt niet alle onderdelen gehaald. U hebt daarom nog geen diploma. U kunt het onderdeel "
               f"{parts[fail_i]} opnieuw doen. Let op: uw inburgeringstermijn loopt door.")
    else:
        txt = ("U hebt alle onderdelen van het inburgeringsexamen gehaald. Gefeliciteerd! U hebt hiermee voldaan aan uw "
               "inburgeringsplicht. Uw diploma ontvangt u binnen zes weken in een aparte zending.")
    y = P(sh, 22, y, W - 44, txt, font=sans, size=10) + 8
    P(sh, 22, y, W - 44, "Met vriendelijke groet,\n\nDienst Uitvoering Onderwijs\nnamens deze,\nafdeling Inburgering",
      font=sans, size=10)
    footer_line(sh, c, "DUO · Postbus 30205 · 2500 GE Den Haag · www.inburgeren.nl", size=7)
    return [sh]


def mk_duo_exemption(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """Besluit ontheffing inburgeringsplicht (medical grounds)."""
    sh = c.new_sheet()
    sans = fnt("sans")
    W = c.page_w
    _duo_head(sh, c, rng)
    _duo_addressee(sh, c)
    dd = _inb_date(c, rng)
    r = random.Random(seed_of("ont", c.rng_seed))
    for i, (a, b) in enumerate((("Datum", d_nl(dd)), ("Ons kenmerk", f"ONTH/{r.randint(100000, 999999)}"),
                                ("Burgerservicenummer", bsn(r)))):
        T(sh, 132, 48 + i * 9, a, font=sans, size=7.5, color=GREY)
        T(sh, 132, 51.5 + i * 9, b, font=sans, size=9.5)
    y = 92
    T(sh, 22, y, "Onderwerp: besluit op uw aanvraag ontheffing inburgeringsplicht", font=sans, size=11, bold=True)
    y += 10
    for para in (f"Geachte {title_nl(c.p)} {c.p.surname},",
                 f"Op {d_nl(dd - dt.timedelta(days=r.randint(40, 120)))} hebt u ontheffing van de inburgeringsplicht "
                 f"aangevraagd. In deze brief leest u ons besluit.",
                 "Besluit\nU krijgt ontheffing van de inburgeringsplicht. Dit betekent dat u niet meer hoeft in te burgeren.",
                 "Waarom krijgt u ontheffing?\nUit het advies van de onafhankelijke arts blijkt dat u door een psychische of "
                 "lichamelijke beperking blijvend niet in staat bent het inburgeringsexamen te halen (artikel 6.4 Besluit "
                 "inburgering 2021).",
                 "Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de datum van deze brief bezwaar maken.",
                 "Met vriendelijke groet,\n\nde minister van Sociale Zaken en Werkgelegenheid,\nnamens deze,\n"
                 "Dienst Uitvoering Onderwijs"):
        y = P(sh, 22, y, W - 44, para, font=sans, size=10) + 4.5
    footer_line(sh, c, "DUO · Postbus 30205 · 2500 GE Den Haag · www.inburgeren.nl", size=7)
    return [sh]


def mk_nt2_diploma(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """Diploma Staatsexamen Nederlands als tweede taal, programma II."""
    sh = c.new_sheet()
    serif = fnt("serif")
    sans = fnt("sans")
    W = c.page_w
    sh.rect(14, 14, W - 28, c.page_h - 28, width_mm=0.6, color=(90, 90, 90))
    T(sh, W / 2, 34, "College voor Toetsen en Examens", font=sans, size=10, align="center", color=DARK)
    T(sh, W / 2, 60, "DIPLOMA", font=serif, size=30, align="center")
    T(sh, W / 2, 76, "Staatsexamen Nederlands als tweede taal", font=serif, size=14, align="center")
    T(sh, W / 2, 84, "Programma II (niveau B2)", font=serif, size=12, align="center")
    T(sh, W / 2, 106, "De examencommissie verklaart dat", font=serif, size=11.5, align="center")
    T(sh, W / 2, 120, f"{c.p.surname.upper()}, {c.p.given_names}", font=serif, size=16, align="center")
    T(sh, W / 2, 131, f"geboren {c.dfmt(c.p.birth_date)} te {c.p.birth_place}", font=serif, size=11.5, align="center")
    T(sh, W / 2, 146, "met goed gevolg het staatsexamen Nederlands als tweede taal heeft afgelegd,", font=serif, size=11.5,
      align="center")
    T(sh, W / 2, 153, "onderdelen Lezen, Luisteren, Schrijven en Spreken.", font=serif, size=11.5, align="center")
    dd = _inb_date(c, rng) - dt.timedelta(days=90)
    T(sh, 30, 205, f"Utrecht, {d_nl(dd)}", font=serif, size=11)
    r = random.Random(seed_of("nt2", c.rng_seed))
    T(sh, 30, 213, f"Registratienummer NT2-II/{dd.year}/{r.randint(10000, 99999)}", font=sans, size=8.5, color=DARK)
    sh.signature(W - 90, 195, 45, 14, rng, color=BLACK_INK)
    T(sh, W - 90, 212, "de voorzitter van de examencommissie", font=serif, size=9)
    return [sh]


def mk_duo_diploma_2013(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """Diploma inburgering (Wet inburgering 2013), plainer A2 layout."""
    sh = c.new_sheet()
    sans = fnt("sans")
    serif = fnt("serif")
    W = c.page_w
    _duo_head(sh, c, rng)
    T(sh, 30, 60, "Diploma inburgering", font=sans, size=22, bold=True, color=(21, 66, 115))
    T(sh, 30, 72, "Wet inburgering (2013)", font=sans, size=11, color=DARK)
    dd = _inb_date(c, rng)
    rows = [("Naam", f"{c.p.surname}, {c.p.given_names}"), ("Geboortedatum", c.dfmt(c.p.birth_date)),
            ("Geboorteplaats", f"{c.p.birth_place}, {country_nl(c.p)}"),
            ("Behaald", "Lezen A2, Luisteren A2, Schrijven A2, Spreken A2, Kennis van de Nederlandse Maatschappij, "
                        "Oriëntatie op de Nederlandse Arbeidsmarkt"),
            ("Datum diploma", d_nl(dd))]
    y = 90
    for a, b in rows:
        T(sh, 30, y, a, font=sans, size=10, color=DARK)
        y = max(y + 8, P(sh, 72, y, W - 102, b, font=serif, size=11) + 3)
    y += 8
    P(sh, 30, y, W - 60, "Hiermee is voldaan aan de inburgeringsplicht.", font=serif, size=11)
    sh.signature(30, 200, 45, 14, rng, color=BLACK_INK)
    T(sh, 30, 217, "De minister van Sociale Zaken en Werkgelegenheid,", font=serif, size=9.5)
    T(sh, 30, 222, "namens deze: Dienst Uitvoering Onderwijs", font=serif, size=9.5)
    r = random.Random(seed_of("d13", c.rng_seed))
    T(sh, W - 30, 260, f"Nr. {r.randint(1000000, 9999999)}", font=sans, size=8.5, align="right", color=GREY)
    return [sh]


def mk_duo_vrijstelling(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """Besluit vrijstelling: exempt because of a Dutch diploma / NT2."""
    sh = c.new_sheet()
    serif = fnt("serif")
    sans = fnt("sans")
    W = c.page_w
    _duo_head(sh, c, rng)
    _duo_addressee(sh, c, 50)
    dd = _inb_date(c, rng)
    T(sh, 22, 80, f"Groningen, {d_nl(dd)}", font=serif, size=10.5)
    T(sh, 22, 88, "Betreft: vrijstelling inburgeringsplicht", font=serif, size=10.5, bold=True)
    y = 100
    for para in (f"Geachte {title_nl(c.p)} {c.p.surname},",
                 "U hebt ons gevraagd te beoordelen of u vrijgesteld bent van de inburgeringsplicht. U hebt daarvoor "
                 "uw diploma Staatsexamen Nederlands als tweede taal (programma II) en uw bewijs van het examen Kennis "
                 "van de Nederlandse Maatschappij opgestuurd.",
                 "Ons besluit: u bent vrijgesteld van de inburgeringsplicht. U hebt met deze diploma's aangetoond dat u "
                 "over voldoende kennis van de Nederlandse taal en samenleving beschikt. U hoeft het inburgeringsexamen "
                 "niet meer te doen.",
                 "Met vriendelijke groet,\nDienst Uitvoering Onderwijs\nTeam Inburgering"):
        y = P(sh, 22, y, W - 44, para, font=serif, size=10.5) + 5
    footer_line(sh, c, "Heeft u vragen? Kijk op www.inburgeren.nl of bel DUO.", size=7)
    return [sh]


# =========================================================================== application (IND forms)

class _Form:
    """A small form engine: sections, labelled boxes, comb date fields and check boxes, typed or handwritten."""

    def __init__(self, sh: Sheet, c: Case, rng: random.Random, layout: str, fill: str, ink=BLUE_INK):
        self.sh, self.c, self.rng, self.layout, self.fill, self.ink = sh, c, rng, layout, fill, ink
        self.W = c.page_w
        self.y = 0.0
        self.sans = fnt("sans")
        self.mono = fnt("mono", "typewriter")
        self.tfont = rng.choice([fnt("mono"), fnt("sans"), fnt("typewriter", "mono")])
        self.hfont = c.__dict__.setdefault("_hand", hand_font(random.Random(c.rng_seed), caps=True))

    def value(self, x: float, y: float, s: str, size: float = 10, width: float | None = None) -> None:
        if not s:
            return
        if width:
            while size > 6.5 and text_w(s.upper() if self.fill == "hand" else s,
                                        self.hfont if self.fill == "hand" else self.tfont,
                                        size + (2.5 if self.fill == "hand" else 0)) * (1.18 if self.fill == "hand" else 1.0) > width - 3:
                size -= 0.5
        if self.fill == "hand":
            self.sh.handwriting(x, y - 0.2, s.upper(), self.rng, size_pt=size + 2.5, color=self.ink, font=self.hfont)
        else:
            T(self.sh, x, y + 0.6, s, font=self.tfont, size=size)

    def section(self, title: str) -> None:
        sh = self.sh
        self.y += 3
        if self.layout == "a":
            sh.rect(18, self.y, self.W - 36, 7, width_mm=0.1, fill=(215, 215, 215))
            T(sh, 20, self.y + 1.5, title, font=self.sans, size=10, bold=True)
            self.y += 10
        else:
            sh.rect(18, self.y, 3, 7, width_mm=0.1, color=IND_BLUE, fill=IND_BLUE)
            T(sh, 24, self.y + 1.2, title, font=self.sans, size=11, bold=True, color=IND_BLUE)
            self.y += 10

    def field(self, label: str, value: str, *, w: float | None = None, note: str = "") -> None:
        sh = self.sh
        if self.layout == "a":
            T(sh, 20, self.y + 1.4, label, font=self.sans, size=8.8)
            bw = w or (self.W - 20 - 86)
            sh.rect(86, self.y, bw, 7, width_mm=0.25)
            self.value(88, self.y + 1.2, value, width=bw)
            if note:
                T(sh, 88 + bw + 2, self.y + 1.6, note, font=self.sans, size=7, color=GREY)
            self.y += 9
        else:
            T(sh, 24, self.y, label, font=self.sans, size=8.3, color=DARK)
            bw = w or (self.W - 24 - 18)
            sh.rect(24, self.y + 4, bw, 7.5, width_mm=0.3, color=(60, 60, 60))
            self.value(26, self.y + 5.4, value, width=bw)
            self.y += 14

    def date(self, label: str, d: D | None) -> None:
        sh = self.sh
        x0 = 86 if self.layout == "a" else 24
        yb = self.y if self.layout == "a" else self.y + 4
        if self.layout == "a":
            T(sh, 20, self.y + 1.4, label, font=self.sans, size=8.8)
        else:
            T(sh, 24, self.y, label + " (dd-mm-jjjj)", font=self.sans, size=8.3, color=DARK)
        digits = d.strftime("%d%m%Y") if d else ""
        x = x0
        for i in range(8):
            sh.rect(x, yb, 5.5, 7, width_mm=0.25)
            if digits:
                if self.fill == "hand":
                    sh.handwriting(x + 1.0, yb + 0.3, digits[i], self.rng, size_pt=12.5, color=self.ink, font=self.hfont)
                else:
                    T(sh, x + 1.3, yb + 1.6, digits[i], font=self.tfont, size=10)
            x += 5.5
            if i in (1, 3):
                T(sh, x + 0.6, yb + 1.4, "-", font=self.sans, size=9)
                x += 3
        self.y += 9 if self.layout == "a" else 14

    def checks(self, label: str, options: list[str], chosen: set[int], *, per_line: int = 1) -> None:
        sh = self.sh
        xl = 20 if self.layout == "a" else 24
        if label:
            T(sh, xl, self.y + 0.6, label, font=self.sans, size=8.8, bold=self.layout == "b")
            self.y += 5.5
        for i, opt in enumerate(options):
            col = i % per_line
            x = xl + 4 + col * ((self.W - 40) / per_line)
            sh.checkbox(x, self.y, 4, i in chosen, rng=self.rng if self.fill == "hand" else None, ink=self.ink)
            T(sh, x + 6, self.y + 0.3, opt, font=self.sans, size=8.8)
            if col == per_line - 1 or i == len(options) - 1:
                self.y += 6
        self.y += 1.5


def _form_header(sh: Sheet, c: Case, rng: random.Random, layout: str, title: str, sub: str, code: str, page: int,
                 pages: int, fill: str, ink) -> float:
    W = c.page_w
    sans = fnt("sans")
    shield_bar(sh, W / 2 - 4.5 if layout == "a" else 18, 0, 22 if layout == "a" else 18, IND_BLUE)
    T(sh, (W / 2 + 8) if layout == "a" else 31, 6, "Immigratie- en Naturalisatiedienst", font=sans, size=9.5, bold=True,
      color=IND_BLUE)
    T(sh, (W / 2 + 8) if layout == "a" else 31, 10.5, "Ministerie van Justitie en Veiligheid", font=sans, size=7.5, color=GREY)
    y = 28 if layout == "a" else 24
    if page == 1:
        T(sh, 18, y, title, font=sans, size=15 if layout == "a" else 16, bold=True, color=BLACK if layout == "a" else IND_BLUE)
        y += 7
        T(sh, 18, y, sub, font=sans, size=9, color=DARK)
        y += 7
    # V-number box on every page, as the IND forms have it
    yy = 17 if layout == "a" else 8
    T(sh, W - 78, yy, "V-nummer", font=sans, size=8)
    sh.rect(W - 62, yy - 1.4, 44, 7, width_mm=0.3)
    if fill == "hand":
        sh.handwriting(W - 60, yy - 0.6, c.vnr, rng, size_pt=12.5, color=ink,
                       font=c.__dict__.setdefault("_hand", hand_font(random.Random(c.rng_seed), caps=True)))
    else:
        T(sh, W - 60, yy, c.vnr, font=fnt("mono"), size=10)
    T(sh, 18, c.page_h - 17, f"{code}", font=sans, size=7, color=GREY)
    T(sh, W - 18, c.page_h - 17, f"pagina {page} van {pages}", font=sans, size=7, color=GREY, align="right")
    return y + (4 if page == 1 else 2)


def _personal_section(f: _Form, c: Case) -> None:
    p = c.p
    f.section("1  Gegevens vreemdeling")
    f.field("Achternaam", p.surname.upper() if f.fill == "typed" and f.rng.random() < 0.5 else p.surname)
    f.field("Voornamen (voluit)", p.given_names)
    f.date("Geboortedatum", p.birth_date)
    f.field("Geboorteplaats", p.birth_place)
    f.field("Geboorteland", country_nl(p))
    f.field("Nationaliteit", nat_nl(p))
    f.checks("Geslacht", ["man", "vrouw"], {0 if p.sex == "M" else 1}, per_line=2)
    if p.address:
        f.field("Straat en huisnummer", f"{p.address.street} {p.address.number}")
        f.field("Postcode en woonplaats", f"{p.address.postcode}  {p.address.city}")
    f.checks("Burgerlijke staat", ["ongehuwd", "gehuwd / geregistreerd partner", "gescheiden", "weduwe/weduwnaar"],
             {f.rng.choice([0, 0, 1, 2])}, per_line=2)
    f.field("Telefoonnummer", f"06-{f.rng.randint(10000000, 99999999)}", w=60)
    f.field("E-mailadres", f"{people.strip_accents(p.given_names.split()[0]).lower()}.{f.rng.randint(10, 99)}@"
            f"{f.rng.choice(['gmail.com', 'hotmail.com', 'outlook.com', 'ziggo.nl'])}" if f.rng.random() < 0.7 else "")


def _lawyer_section(f: _Form, c: Case) -> None:
    lw = c.lawyer
    if not lw:
        return
    f.section("2  Gemachtigde")
    f.field("Naam advocaat / gemachtigde", c.lawyer_name)
    f.field("Kantoor en plaats", f"{lw['firm']}, {lw['city']}")


def _signature_section(f: _Form, c: Case, num: str) -> None:
    f.section(f"{num}  Ondertekening")
    P(f.sh, 20 if f.layout == "a" else 24, f.y, f.W - 44, "Ik verklaar dat ik dit formulier naar waarheid heb ingevuld. "
      "Ik weet dat de IND mijn aanvraag kan afwijzen als ik onjuiste gegevens geef.", font=f.sans, size=8.5)
    f.y += 11
    d0 = c.sub - dt.timedelta(days=f.rng.randint(1, 6))
    f.field("Plaats", c.p.address.city if c.p.address else "Amsterdam", w=70)
    f.date("Datum", d0)
    xl = 20 if f.layout == "a" else 24
    T(f.sh, xl, f.y + 2, "Handtekening vreemdeling", font=f.sans, size=8.8)
    bx = 86 if f.layout == "a" else 24
    by = f.y + (0 if f.layout == "a" else 6)
    f.sh.rect(bx, by, 80, 22, width_mm=0.3)
    # signature: inside the box, or spilling above it
    f.sh.signature(bx + f.rng.uniform(4, 20), by + f.rng.uniform(-4, 6), f.rng.uniform(40, 55), f.rng.uniform(11, 15), f.rng,
                   color=f.ink)
    f.y = by + 26


def mk_form_med(c: Case, rng: random.Random, *, layout: str = "a", **_) -> list[Sheet]:
    """Aanvraag verblijfsvergunning medische behandeling (vreemdeling), 2 pages."""
    ink = rng.choice([BLUE_INK, BLACK_INK])
    code = "Aanvraag verblijfsvergunning medische behandeling (vreemdeling) – versie " + ("2024-1" if layout == "a" else "2026-1")
    s1, s2 = c.new_sheet(), c.new_sheet()
    f = _Form(s1, c, rng, layout, c.fill, ink)
    f.y = _form_header(s1, c, rng, layout, "Aanvraag verblijfsvergunning medische behandeling",
                       "Voor de vreemdeling die in Nederland een medische behandeling ondergaat", code, 1, 2, c.fill, ink)
    _personal_section(f, c)
    _lawyer_section(f, c)
    f.sh, f.y = s2, _form_header(s2, c, rng, layout, "", "", code, 2, 2, c.fill, ink)
    f.section("3  Medische behandeling")
    f.field("Naam zorginstelling", c.hospital.get("name", ""))
    f.field("Plaats zorginstelling", c.hospital.get("city", ""), w=70)
    f.field("Aard van de behandeling", c.med.get("tx_short", ""))
    f.checks("Hebt u 1 jaar of langer uitstel van vertrek gehad (artikel 64 Vw)?", ["nee", "ja, tot en met:"],
             {1 if c.art64_end else 0}, per_line=2)
    if c.art64_end:
        f.date("Einde uitstel van vertrek", c.art64_end)
    payer = {0} if not c.payer else {1}
    if not c.art64_end:
        f.checks("Wie betaalt uw verblijf en behandeling?", ["ikzelf", "garantsteller (verklaring bijgevoegd)"], payer,
                 per_line=2)
    f.checks("Hebt u een geldig paspoort?", ["ja (kopie bijgevoegd)", "nee (zie toelichting)"],
             {1 if c.no_passport else 0}, per_line=2)
    f.checks("Bent u Surinamer met een visum voor medische behandeling?", ["nee", "ja"], {1 if c.suriname_visa else 0},
             per_line=2)
    _signature_section(f, c, "4")
    return [c.intr(s1), c.intr(s2)]


ROUTES_7027 = [("relationship", "na verblijf bij echtgeno(o)t(e) of partner"), ("parent", "na verblijf als kind bij ouder(s)"),
               ("medical-treatment", "na verblijf voor medische behandeling"),
               ("medical-treatment-after-art64", "na 1 jaar uitstel van vertrek (art. 64 Vw) en medische behandeling"),
               ("trafficking-victim", "na verblijf als slachtoffer of getuige-aangever mensenhandel"),
               ("trafficking-victim-no-report", "na verblijf als slachtoffer mensenhandel zonder aangifte"),
               ("domestic-violence", "na verblijf als slachtoffer huiselijk of eergerelateerd geweld"),
               ("buiten-schuld", "na verblijf omdat u buiten uw schuld Nederland niet kunt verlaten")]


def mk_form_7027(c: Case, rng: random.Random, *, layout: str = "a", **_) -> list[Sheet]:
    """Aanvraag voor het verblijfsdoel 'humanitair niet tijdelijk' (vreemdeling), form 7027, 2 pages."""
    ink = rng.choice([BLUE_INK, BLACK_INK])
    code = "7027 Aanvraag humanitair niet tijdelijk (vreemdeling) – versie " + ("2024-2" if layout == "a" else "2026-1")
    s1, s2 = c.new_sheet(), c.new_sheet()
    f = _Form(s1, c, rng, layout, c.fill, ink)
    f.y = _form_header(s1, c, rng, layout, "Aanvraag voor het verblijfsdoel 'humanitair niet tijdelijk'",
                       "Formulier 7027 – vreemdeling – voortgezet verblijf", code, 1, 2, c.fill, ink)
    _personal_section(f, c)
    _lawyer_section(f, c)
    f.sh, f.y = s2, _form_header(s2, c, rng, layout, "", "", code, 2, 2, c.fill, ink)
    f.section("3  Waarvoor vraagt u de verblijfsvergunning aan?")
    keys = [k for k, _ in ROUTES_7027]
    f.checks("", [t for _, t in ROUTES_7027], {keys.index(c.route)} if c.route in keys else set())
    f.date("Sinds wanneer hebt u deze verblijfsvergunning?", c.since)
    r = random.Random(seed_of("vvr", c.rng_seed))
    f.field("Documentnummer huidige verblijfsvergunning", f"{r.choice('NVYXW')}{r.choice('ABCDEFGHJK')}"
            f"{r.randint(1000000, 9999999)}", w=60)
    if c.route == "relationship":
        f.checks("Inburgering", ["ik heb het inburgeringsdiploma", "ik heb ontheffing / vrijstelling", "geen van beide"],
                 {0} if c.inburgering in ("diploma", "results") else ({1} if c.inburgering == "exemption" else {2}))
    if c.route and c.route.startswith("medical"):
        f.checks("Is uw medische behandeling nog minimaal 1 jaar noodzakelijk?", ["ja (verklaring arts bijgevoegd)", "nee"],
                 {0}, per_line=2)
    _signature_section(f, c, "4")
    return [c.intr(s1), c.intr(s2)]


GENERIC_PURPOSES = ["verblijf bij partner", "arbeid in loondienst", "verblijf als familie- of gezinslid", "studie",
                    "humanitair tijdelijk"]


def mk_form_generic(c: Case, rng: random.Random, *, layout: str = "a", **_) -> list[Sheet]:
    """Aanvraag verlenging verblijfsvergunning regulier (generic IND form), 2 pages."""
    ink = rng.choice([BLUE_INK, BLACK_INK])
    code = "Aanvraag verlenging verblijfsvergunning regulier – versie " + ("2024-1" if layout == "a" else "2026-2")
    s1, s2 = c.new_sheet(), c.new_sheet()
    f = _Form(s1, c, rng, layout, c.fill, ink)
    f.y = _form_header(s1, c, rng, layout, "Aanvraag verlenging verblijfsvergunning regulier",
                       "Voor de vreemdeling die bij hetzelfde verblijfsdoel wil blijven", code, 1, 2, c.fill, ink)
    _personal_section(f, c)
    _lawyer_section(f, c)
    f.sh, f.y = s2, _form_header(s2, c, rng, layout, "", "", code, 2, 2, c.fill, ink)
    f.section("3  Uw huidige verblijfsvergunning")
    purpose = GENERIC_PURPOSES[random.Random(c.rng_seed).randrange(len(GENERIC_PURPOSES))]
    f.field("Verblijfsdoel", purpose)
    f.date("Geldig tot", c.sub + dt.timedelta(days=random.Random(c.rng_seed).randint(20, 80)))
    f.checks("Is er iets veranderd in uw situatie?", ["nee", "ja, namelijk (toelichting bijgevoegd)"], {0}, per_line=2)
    f.checks("Welke documenten stuurt u mee?", ["kopie paspoort", "bewijs van inkomen", "overige documenten"], {0, 1},
             per_line=3)
    _signature_section(f, c, "4")
    return [c.intr(s1), c.intr(s2)]


# =========================================================================== other: cover letters, IND letters, visas

PROC_NL = {"ind-medical-treatment": "een verblijfsvergunning voor het verblijfsdoel 'medische behandeling'",
           "ind-hnt-continued": "een verblijfsvergunning voor het verblijfsdoel 'humanitair niet tijdelijk' (voortgezet verblijf)",
           "ind-generic": "verlenging van de geldigheidsduur van de verblijfsvergunning regulier"}

EXEMPTION_TEXT = [
    "Cliënt verblijft in Nederland.",
    "De identiteit en nationaliteit van cliënt staan vast; de autoriteiten van het land van herkomst twijfelen daar niet aan.",
    "Cliënt kan alleen een (nieuw) paspoort verkrijgen door zelf naar het land van herkomst te reizen.",
    "Als de medische behandeling stopt, ontstaat een medische noodsituatie.",
    "Cliënt kan in het land van herkomst niet worden behandeld, of heeft daar geen toegang tot de behandeling.",
]


def mk_cover_letter(c: Case, rng: random.Random, *, layout: str = "a", enclosures: list[str] | None = None, **_) -> list[Sheet]:
    """A lawyer's covering letter to the IND, listing the enclosures; signed at the end without a label."""
    lw = c.lawyer or LAWYERS[0]
    sh = c.new_sheet()
    W = c.page_w
    font = fnt("serif") if layout == "a" else rng.choice([fnt("sans"), fnt("sans2")])
    if layout == "a":
        T(sh, W - 20, 16, lw["firm"], font=font, size=14, align="right")
        T(sh, W - 20, 22.5, "advocaten – vreemdelingenrecht", font=font, size=9, color=GREY, align="right")
        for i, ln in enumerate((lw["street"], f"{lw['pc']} {lw['city']}", f"T {lw['tel']}-{rng.randint(200, 899)} "
                                f"{rng.randint(1000, 9999)}", lw["mail"])):
            T(sh, W - 20, 30 + i * 4, ln, font=font, size=8, color=GREY, align="right")
        y = 52
    else:
        sh.rect(0, 0, 7, c.page_h, width_mm=0.1, color=(120, 30, 40), fill=(120, 30, 40))
        T(sh, 20, 16, lw["firm"].upper(), font=font, size=12, bold=True, color=(120, 30, 40))
        T(sh, 20, 22, f"{lw['street']} · {lw['pc']} {lw['city']} · {lw['mail']}", font=font, size=8, color=GREY)
        y = 44
    for ln in IND_ADDRESSES[rng.randrange(len(IND_ADDRESSES))].split("\n"):
        T(sh, 22, y, ln, font=font, size=10.5)
        y += 5
    y += 10
    dd = c.sub - dt.timedelta(days=rng.randint(0, 3))
    T(sh, 22, y, f"{lw['city']}, {d_nl(dd)}", font=font, size=10.5)
    y += 6
    T(sh, 22, y, f"Ons kenmerk: {rng.randint(2026000, 2026999)}/{c.p.surname.split()[-1][:6].upper()}", font=font, size=10.5)
    y += 6
    T(sh, 22, y, f"Betreft: {c.p.given_names} {c.p.surname}, geb. {c.dfmt(c.p.birth_date)}, {nat_nl(c.p)} nationaliteit",
      font=font, size=10.5, bold=True)
    y += 5
    T(sh, 22, y, f"V-nummer: {c.vnr}", font=font, size=10.5, bold=True)
    y += 11
    paras = ["Geachte heer, mevrouw,",
             f"Namens mijn cliënt{'e' if c.p.sex == 'F' else ''}, {title_nl(c.p)} {c.p.surname}, dien ik hierbij een aanvraag "
             f"in voor {PROC_NL[c.procedure]}. Het ingevulde en ondertekende aanvraagformulier treft u bijgaand aan."]
    if c.procedure == "ind-medical-treatment" and c.art64_end:
        paras.append(f"Cliënt heeft op grond van artikel 64 Vw uitstel van vertrek gekregen; het jaar uitstel eindigt op "
                     f"{d_nl(c.art64_end)}. De aanvraag wordt aansluitend daarop ingediend. Cliënt wordt nog steeds "
                     f"behandeld voor {c.med.get('dx', 'zijn aandoening')}; de voorwaarden voor inkomen en betaling van de "
                     f"behandeling gelden in deze situatie niet.")
    if c.procedure == "ind-hnt-continued" and c.since:
        paras.append(f"Cliënt heeft sinds {d_nl(c.since)} een verblijfsvergunning "
                     f"({dict(ROUTES_7027).get(c.route, '').replace('na verblijf ', '')}).")
    if c.no_passport:
        shown = [EXEMPTION_TEXT[i] for i in c.exemption_shown]
        paras.append("Cliënt beschikt niet over een geldig paspoort. Wij verzoeken u cliënt vrij te stellen van het "
                     "paspoortvereiste. " + " ".join(shown))
    if c.suriname_visa:
        paras.append("Cliënt heeft de Surinaamse nationaliteit en verblijft in Nederland met een visum voor medische "
                     "behandeling (kopie bijgevoegd). De behandeling is nog steeds noodzakelijk en de betaling is geregeld.")
    paras.append("Ik verzoek u de aanvraag in behandeling te nemen en de legesnota aan mijn kantoor te richten. Voor vragen "
                 "ben ik bereikbaar via bovenstaand telefoonnummer.")
    for para in paras:
        y = P(sh, 22, y, W - 44, para, font=font, size=10.5) + 4
    if enclosures:
        T(sh, 22, y, "Bijlagen:", font=font, size=10.5, bold=True)
        y += 5.5
        for i, e in enumerate(enclosures, 1):
            T(sh, 26, y, f"{i}. {e}", font=font, size=10)
            y += 5
        y += 4
    T(sh, 22, y, "Met vriendelijke groet,", font=font, size=10.5)
    sh.signature(22, y + 4, rng.uniform(40, 55), 14, rng, color=rng.choice([BLUE_INK, BLACK_INK]))
    T(sh, 22, y + 21, c.lawyer_name, font=font, size=10.5)
    T(sh, 22, y + 26, "advocaat", font=font, size=9.5, color=DARK)
    return [c.intr(sh)]


def _ind_letter_head(sh: Sheet, c: Case, rng: random.Random, dd: D, layout: str) -> float:
    W = c.page_w
    sans = fnt("sans")
    shield_bar(sh, W / 2 - 4.5, 0, 26, IND_BLUE)
    T(sh, W / 2 + 8, 10, "Immigratie- en Naturalisatiedienst", font=sans, size=10, bold=True, color=IND_BLUE)
    T(sh, W / 2 + 8, 15, "Ministerie van Justitie en Veiligheid", font=sans, size=8, color=GREY)
    p = c.p
    y = 50
    for ln in (f"{title_nl(p).capitalize()} {p.given_names} {p.surname}", *(
            (f"p/a {c.lawyer['firm']}", c.lawyer["street"], f"{c.lawyer['pc']}  {c.lawyer['city'].upper()}")
            if (c.lawyer and layout == "b") else
            ((f"{p.address.street} {p.address.number}", f"{p.address.postcode}  {p.address.city.upper()}") if p.address else ()))):
        T(sh, 22, y, ln, font=sans, size=10)
        y += 4.8
    r = random.Random(seed_of("indref", c.rng_seed))
    col = [("Datum", d_nl(dd)), ("V-nummer", c.vnr), ("Onze referentie", f"{r.randint(1000, 9999)}-{r.randint(10, 99)}-"
                                                                              f"{r.randint(100000, 999999)}"),
           ("Contact", "via ind.nl/contact")]
    for i, (a, b) in enumerate(col):
        T(sh, 140, 50 + i * 9, a, font=sans, size=7.5, color=GREY)
        T(sh, 140, 53.5 + i * 9, b, font=sans, size=9)
    return 96


def mk_art64_decision(c: Case, rng: random.Random, *, layout: str = "a", **_) -> list[Sheet]:
    """IND decision granting 'uitstel van vertrek' under art. 64 Vw (one year)."""
    end = c.art64_end or (c.since - dt.timedelta(days=1) if c.since else c.sub + dt.timedelta(days=10))
    start = add_years(end, -1) + dt.timedelta(days=1)
    dd = start + dt.timedelta(days=rng.randint(7, 40))
    sh = c.new_sheet()
    sans = fnt("sans")
    W = c.page_w
    y = _ind_letter_head(sh, c, rng, dd, layout)
    T(sh, 22, y, "Onderwerp: beslissing op uw verzoek om uitstel van vertrek (artikel 64 Vreemdelingenwet 2000)",
      font=sans, size=10.5, bold=True)
    y += 10
    paras = [f"Geachte {title_nl(c.p)} {c.p.surname},",
             f"U hebt gevraagd om uitstel van vertrek omdat uw gezondheidstoestand het niet toelaat om te reizen. Het Bureau "
             f"Medische Advisering (BMA) heeft hierover advies uitgebracht.",
             f"Beslissing\nU krijgt uitstel van vertrek op grond van artikel 64 Vreemdelingenwet 2000 voor de periode van "
             f"{d_nl(start)} tot en met {d_nl(end)}.",
             "Wat betekent deze beslissing voor u?\nU mag in deze periode in Nederland blijven. U hebt geen "
             "verblijfsvergunning. Wilt u na afloop van deze periode in Nederland blijven op medische gronden, dan kunt u "
             "een verblijfsvergunning medische behandeling aanvragen. Doe dit in de periode tussen 28 dagen voor en 28 dagen "
             "na het einde van het uitstel.",
             "Met vriendelijke groet,\n\nde Staatssecretaris van Justitie en Veiligheid,\nnamens deze,\n"
             "Immigratie- en Naturalisatiedienst"]
    for para in paras:
        y = P(sh, 22, y, W - 44, para, font=sans, size=10) + 4.5
    if layout == "b":
        _stamp(sh, W - 70, y - 22, ["IND", "AFSCHRIFT", "CONFORM ORIGINEEL"], rng, shape="round", color=STAMP_BLUE, size_mm=30)
    footer_line(sh, c, "Tegen deze beslissing kunt u binnen vier weken bezwaar maken. · IND · Postbus 287 · 7600 AG Almelo",
                size=7)
    return [c.intr(sh)]


def mk_permit_letter(c: Case, rng: random.Random, *, layout: str = "a", **_) -> list[Sheet]:
    """IND beschikking granting the earlier permit (shows its start date, for continued residence)."""
    since = c.since or D(2022, 1, 1)
    dd = since + dt.timedelta(days=rng.randint(10, 60))
    sh = c.new_sheet()
    sans = fnt("sans")
    W = c.page_w
    y = _ind_letter_head(sh, c, rng, dd, layout)
    purpose = {"medical-treatment": "medische behandeling", "medical-treatment-after-art64": "medische behandeling",
               "relationship": "verblijf bij partner", "parent": "verblijf als familie- of gezinslid (bij ouder)",
               "trafficking-victim": "slachtoffer of getuige-aangever mensenhandel",
               "trafficking-victim-no-report": "slachtoffer mensenhandel",
               "domestic-violence": "humanitair tijdelijk (slachtoffer huiselijk geweld)",
               "buiten-schuld": "humanitair tijdelijk (buiten schuld)"}.get(c.route or "", "regulier")
    T(sh, 22, y, "Onderwerp: beslissing op uw aanvraag verblijfsvergunning", font=sans, size=10.5, bold=True)
    y += 10
    for para in (f"Geachte {title_nl(c.p)} {c.p.surname},",
                 f"U hebt een verblijfsvergunning aangevraagd met als doel '{purpose}'. Wij hebben uw aanvraag beoordeeld.",
                 f"Beslissing\nUw aanvraag wordt ingewilligd. U krijgt een verblijfsvergunning regulier voor bepaalde tijd onder "
                 f"de beperking '{purpose}'. De verblijfsvergunning gaat in op {d_nl(since)} en is geldig tot en met "
                 f"{d_nl(add_years(since, 1 if 'medisch' in purpose else 5) - dt.timedelta(days=1))}.",
                 "U kunt uw verblijfsdocument ophalen bij het IND-loket. U ontvangt hierover een aparte brief.",
                 "Met vriendelijke groet,\n\nde Staatssecretaris van Justitie en Veiligheid,\nnamens deze,\n"
                 "Immigratie- en Naturalisatiedienst"):
        y = P(sh, 22, y, W - 44, para, font=sans, size=10) + 4.5
    footer_line(sh, c, "Tegen deze beslissing kunt u binnen vier weken bezwaar maken. · IND · Postbus 287 · 7600 AG Almelo",
                size=7)
    return [c.intr(sh)]


def _mrz_check(s: str) -> str:
    vals = {**{str(i): i for i in range(10)}, **{chr(65 + i): 10 + i for i in range(26)}, "<": 0}
    w = [7, 3, 1]
    return str(sum(vals[ch] * w[i % 3] for i, ch in enumerate(s)) % 10)


def _mrz_name(p: Person, n: int) -> str:
    def clean(s):
        s = people.strip_accents(s).upper()
        return "".join(ch if ch.isalpha() else "<" for ch in s)
    out = clean(p.surname) + "<<" + clean(p.given_names)
    return (out + "<" * n)[:n]


def mk_mvv_sticker(c: Case, rng: random.Random, *, layout: str = "a", **_) -> list[Sheet]:
    """Copy of the passport page holding the Dutch MVV/visa sticker for medical treatment (Surinamese applicant)."""
    sh = c.new_sheet()
    sans = fnt("sans")
    ocr = fnt("ocrb", "mono")
    W = c.page_w
    x0, y0 = (28, 40) if layout == "a" else (34, 110)
    pw, ph = 150, 105
    sh.rect(x0 - 6, y0 - 8, pw + 12, ph + 30, width_mm=0.2, color=(150, 150, 150))   # passport page edge
    T(sh, x0, y0 - 6, "VISA", font=sans, size=8, color=GREY)
    sh.rect(x0, y0, pw, ph, width_mm=0.4, color=(60, 80, 120), fill=(236, 240, 248))
    T(sh, x0 + 4, y0 + 3, "VISUM / VISA", font=sans, size=11, bold=True, color=(40, 50, 100))
    T(sh, x0 + pw - 4, y0 + 3, "NLD", font=sans, size=11, bold=True, color=(40, 50, 100), align="right")
    start = c.sub - dt.timedelta(days=rng.randint(150, 200))
    end = start + dt.timedelta(days=rng.randint(175, 185))
    pno = c.passport_no or f"R{rng.randint(1000000, 9999999)}"
    rows = [("GELDIG VOOR / VALID FOR", "NEDERLAND"), ("VAN / FROM", start.strftime("%d-%m-%y")),
            ("TOT / UNTIL", end.strftime("%d-%m-%y")), ("TYPE VISUM / TYPE OF VISA", "D – MVV"),
            ("AANTAL BINNENKOMSTEN", "1"), ("DUUR VERBLIJF", "XXX DAGEN"),
            ("AFGEGEVEN TE / ISSUED IN", "PARAMARIBO"), ("OP / ON", (start - dt.timedelta(days=12)).strftime("%d-%m-%y")),
            ("NUMMER PASPOORT", pno), ("NAAM, VOORNAAM / SURNAME, NAME", f"{c.p.surname.upper()}, {c.p.given_names.upper()}"),
            ("OPMERKINGEN / REMARKS", "MVV MEDISCHE BEHANDELING")]
    yy = y0 + 11
    for i, (a, b) in enumerate(rows):
        col = 0 if i < 6 else 1
        if i == 6:
            yy = y0 + 11
        xx = x0 + 4 + col * 70
        T(sh, xx, yy, a, font=sans, size=5.5, color=GREY)
        T(sh, xx, yy + 2.4, b, font=sans, size=8.5)
        yy += 9 if col == 0 else 8.6
    sh.photo(x0 + pw - 32, y0 + ph - 48, 26, 32, rng) if layout == "b" else None
    line1 = ("V<NLD" + _mrz_name(c.p, 39))[:44]
    birth = c.p.birth_date.strftime("%y%m%d")
    exp = end.strftime("%y%m%d")
    pn = (pno + "<" * 9)[:9]
    line2 = f"{pn}{_mrz_check(pn)}SUR{birth}{_mrz_check(birth)}{c.p.sex}{exp}{_mrz_check(exp)}" + "<" * 16
    T(sh, x0 + 3, y0 + ph - 14, line1, font=ocr, size=9.5)
    T(sh, x0 + 3, y0 + ph - 8, line2[:44], font=ocr, size=9.5)
    _stamp(sh, x0 + 60, y0 + ph + 4, ["KMAR", "SCHIPHOL", start.strftime("%d.%m.%y")], rng, shape="rect",
             color=STAMP_VIOLET, size_mm=30)
    return [sh]


# =========================================================================== the family registry

@dataclass
class Family:
    id: str
    type: str
    part: str
    lang: str
    make: Callable[..., list]
    notes: str = ""


FAMILIES: dict[str, Family] = {}


def _reg(id: str, type: str, part: str, lang: str, make: Callable, notes: str = "", **bound) -> None:
    if bound:
        def fn(c, rng, _m=make, _b=bound, **o):
            return _m(c, rng, **{**_b, **o})
    else:
        fn = make
    FAMILIES[id] = Family(id, type, part, lang, fn, notes)


# income-proof
_reg("payslip-nl-a", "income-proof", "dev", "nl", mk_payslip_a, "loonstrook, boxed table, in-house payroll")
_reg("employer-statement-nl", "income-proof", "dev", "nl", mk_employer_statement, "werkgeversverklaring model form, stamped")
_reg("guarantor-form-nl", "income-proof", "dev", "nl", mk_guarantor_form, "verklaring inkomen garantsteller, filled by hand")
_reg("bank-statement-nl", "income-proof", "dev", "nl", mk_bank_statement, "rekeningoverzicht with salary credit")
_reg("payslip-nl-b", "income-proof", "heldout", "nl", mk_payslip_b, "salarisspecificatie of a payroll bureau, monospace")
_reg("guarantor-letter-nl", "income-proof", "heldout", "nl", mk_guarantor_letter, "guarantor's own typed letter")
_reg("tax-assessment-nl", "income-proof", "heldout", "nl", mk_tax_assessment, "Belastingdienst definitieve aanslag IB 2025")
_reg("uwv-benefit-nl", "income-proof", "heldout", "nl", mk_uwv_benefit, "UWV WIA/IVA payment specification")
# medical-statement
_reg("medstat-specialist-nl", "medical-statement", "dev", "nl", mk_medstat_specialist, "headed sections, letterhead")
_reg("medstat-letter-nl", "medical-statement", "dev", "nl", mk_medstat_letter, "prose letter to the lawyer, 1-2 pages")
_reg("medstat-gp-nl", "medical-statement", "dev", "nl", mk_medstat_gp, "GP letter with HIS episode list")
_reg("medstat-specialist-en", "medical-statement", "heldout", "en", mk_medstat_en, "English statement")
_reg("medstat-twocol-nl", "medical-statement", "heldout", "nl", mk_medstat_twocol, "two-column hospital letter")
_reg("medstat-form-nl-hand", "medical-statement", "heldout", "nl", mk_medstat_form, "doctor's form filled by hand")
# care-institution-statement
_reg("care-letter-nl", "care-institution-statement", "dev", "nl", mk_care_letter, "verklaring zorginstelling letter")
_reg("care-plan-table-nl", "care-institution-statement", "dev", "nl", mk_care_table, "behandelplan + kostenraming table")
_reg("care-confirm-en", "care-institution-statement", "dev", "en", mk_care_en, "international patient office, English")
_reg("care-placement-nl", "care-institution-statement", "heldout", "nl", mk_care_dialysis, "plaatsingsbevestiging, stamp over text")
_reg("care-form-nl", "care-institution-statement", "heldout", "nl", mk_care_form, "model form, typewriter answers")
_reg("care-acceptance-en", "care-institution-statement", "heldout", "en", mk_care_en_b, "letter of acceptance, English")
# health-insurance
_reg("polisblad-nl-a", "health-insurance", "dev", "nl", mk_polisblad_a, "Dutch insurer polisblad, table")
_reg("intl-cert-en-a", "health-insurance", "dev", "en", mk_intl_cert_a, "certificate of insurance, international insurer")
_reg("travel-medical-de", "health-insurance", "dev", "de", mk_travel_de, "German Versicherungsbestätigung")
_reg("polisblad-nl-b", "health-insurance", "heldout", "nl", mk_polisblad_b, "Dutch insurer polisblad, colour band")
_reg("intl-cover-en-b", "health-insurance", "heldout", "en", mk_intl_cert_b, "confirmation of cover letter, English")
_reg("incoming-nl", "health-insurance", "heldout", "nl", mk_incoming_nl, "incoming insurance polisbewijs")
# civic-integration
_reg("duo-diploma-2021", "civic-integration", "dev", "nl", mk_duo_diploma, "inburgeringsdiploma B1, certificate")
_reg("duo-results", "civic-integration", "dev", "nl", mk_duo_results, "uitslagbrief inburgeringsexamen")
_reg("duo-ontheffing", "civic-integration", "dev", "nl", mk_duo_exemption, "besluit ontheffing (medical)")
_reg("nt2-staatsexamen", "civic-integration", "heldout", "nl", mk_nt2_diploma, "diploma staatsexamen NT2 II")
_reg("duo-diploma-2013", "civic-integration", "heldout", "nl", mk_duo_diploma_2013, "diploma inburgering 2013 (A2)")
_reg("duo-vrijstelling", "civic-integration", "heldout", "nl", mk_duo_vrijstelling, "vrijstelling letter")
_reg("duo-results-2015", "civic-integration", "heldout", "nl", mk_duo_results, "older uitslagbrief", layout="b")
# application
_reg("ind-form-med-2024", "application", "dev", "nl", mk_form_med, "medical treatment form, grey bars", layout="a")
_reg("ind-form-7027-2024", "application", "dev", "nl", mk_form_7027, "form 7027, grey bars", layout="a")
_reg("ind-form-generic-2024", "application", "dev", "nl", mk_form_generic, "verlenging regulier, grey bars", layout="a")
_reg("ind-form-med-2026", "application", "heldout", "nl", mk_form_med, "medical treatment form, labels above boxes",
     layout="b")
_reg("ind-form-7027-2026", "application", "heldout", "nl", mk_form_7027, "form 7027, labels above boxes", layout="b")
_reg("ind-form-generic-2026", "application", "heldout", "nl", mk_form_generic, "verlenging regulier, labels above",
     layout="b")
# other
_reg("cover-letter-a", "other", "dev", "nl", mk_cover_letter, "lawyer's cover letter, serif, right letterhead", layout="a")
_reg("cover-letter-b", "other", "heldout", "nl", mk_cover_letter, "lawyer's cover letter, sans, colour bar", layout="b")
_reg("art64-decision-a", "other", "dev", "nl", mk_art64_decision, "IND art. 64 decision", layout="a")
_reg("art64-decision-b", "other", "heldout", "nl", mk_art64_decision, "IND art. 64 decision via lawyer, stamped",
     layout="b")
_reg("permit-letter-a", "other", "dev", "nl", mk_permit_letter, "IND beschikking verblijfsvergunning", layout="a")
_reg("permit-letter-b", "other", "heldout", "nl", mk_permit_letter, "IND beschikking, lawyer's address", layout="b")
_reg("mvv-sticker-sur-a", "other", "dev", "nl", mk_mvv_sticker, "passport page with MVV sticker", layout="a")
_reg("mvv-sticker-sur-b", "other", "heldout", "nl", mk_mvv_sticker, "passport page with MVV sticker, photo", layout="b")


def fams(type_: str, part: str) -> list[str]:
    return [f.id for f in FAMILIES.values() if f.type == type_ and f.part == part]


def fam_of(part: str, base: str) -> str:
    """The part's variant of a family base name (e.g. 'ind-form-med' -> ind-form-med-2024 in dev)."""
    cands = [f.id for f in FAMILIES.values() if f.id.startswith(base) and f.part == part]
    return cands[0]


# =========================================================================== identity documents (writer A)

def _id_families(type_: str, part: str) -> list:
    if _identity is None:
        return []
    return [f for f in _identity.FAMILIES.values() if f.type == type_ and f.part == part]


def passport_family(part: str, nationality: str):
    for f in _id_families("identity-document", part):
        if f.id.startswith("passport") and getattr(f, "country", None) == nationality:
            return f
    return None


def passport_countries(part: str) -> list[str]:
    return sorted({f.country for f in _id_families("identity-document", part)
                   if f.id.startswith("passport") and getattr(f, "country", None)})


def permit_family(part: str):
    for f in _id_families("identity-document", part):
        if getattr(f, "country", None) == "NLD" or "nl" in f.id.split("-") or "vvr" in f.id:
            if not f.id.startswith("passport"):
                return f
    return None


def civil_family(type_: str, part: str, langs: tuple[str, ...], country: str | None = None):
    out = [f for f in _id_families(type_, part) if f.lang in langs]
    if country:
        pref = [f for f in out if getattr(f, "country", None) == country]
        out = pref or out
    return out


def translation_family(part: str):
    fs = _id_families("translation", part)
    nl = [f for f in fs if getattr(f, "country", None) == "NLD"]
    return (nl or fs or [None])[0]


ACCEPTED_LANGS = ("nl", "en", "fr", "de")


def foreign_birth_family(part: str, prefer: tuple[str, ...] = ("es", "tr")):
    """A birth-certificate family of this part in a language the IND does not accept untranslated."""
    fs = [f for f in _id_families("birth-certificate", part) if f.lang not in ACCEPTED_LANGS]
    fs.sort(key=lambda f: (prefer.index(f.lang) if f.lang in prefer else 9, f.id))
    return fs[0] if fs else None


BIRTH_PLACES = {"TUR": ("Turkey", ["İstanbul", "Ankara", "İzmir", "Kayseri"]),
                "ESP": ("Spain", ["Barcelona", "Madrid", "Málaga", "Almería", "Murcia"]),
                "COL": ("Colombia", ["Bogotá", "Medellín", "Cali", "Barranquilla"]),
                "VEN": ("Venezuela", ["Caracas", "Maracaibo", "Valencia", "Barquisimeto"]),
                "AGO": ("Angola", ["Luanda", "Benguela", "Huambo"])}


# =========================================================================== dossier assembly

@dataclass
class Doc:
    family: str
    type: str
    sheets: list
    label: str                       # file name stem
    kind: str = "scan"               # scan | digital | jpeg | png | tiff | photo
    vn: list | None = None           # per page: a write_vnumber style, None (no mark), or ("other", number)
    note: list = field(default_factory=list)


FILE_LABELS = {
    "application": ["aanvraagformulier", "Aanvraagformulier IND", "formulier", "aanvraag"],
    "identity-document": ["paspoort", "kopie paspoort", "Paspoort", "ID"],
    "medical-statement": ["medische verklaring", "verklaring arts", "brief specialist", "Medische_verklaring"],
    "care-institution-statement": ["verklaring zorginstelling", "bevestiging ziekenhuis", "zorginstelling"],
    "health-insurance": ["polis", "zorgverzekering", "verzekeringsbewijs", "Polisblad"],
    "income-proof": ["inkomen", "loonstrook", "garantverklaring", "bewijs inkomen"],
    "civic-integration": ["inburgering", "inburgeringsdiploma", "DUO"],
    "birth-certificate": ["geboorteakte", "akte geboorte"],
    "translation": ["vertaling", "beëdigde vertaling"],
    "other": ["brief", "bijlage", "begeleidende brief"],
}

VN_STYLES_SCAN = ["hand-corner", "hand-corner", "stamp", "header", "footer", "vertical", "hand-name"]
VN_STYLES_DIGITAL = ["header", "header", "footer", "stamp", "vertical"]


def random_scan(rng: random.Random, seed: int, *, allow_rotate: bool = True, quality: str = "normal") -> Scan:
    dpi = rng.choices([150, 200, 300], [12, 7, 1])[0]
    sc = Scan(dpi=dpi, seed=seed)
    if rng.random() < 0.35:
        sc.skew_deg = round(rng.uniform(-3, 3), 1)
    if rng.random() < 0.4:
        sc.jpeg_quality = rng.choice([30, 40, 55, 70, 85])
    if rng.random() < 0.2:
        sc.paper_tint = rng.choice(["grey", "yellow"])
    if rng.random() < 0.15:
        sc.fold_shadow = True
    if rng.random() < 0.3:
        sc.grey = True
    if allow_rotate and rng.random() < 0.08:
        sc.rotate = rng.choice([90, 180, 270])
    return sc


def _media_bytes(kind: str) -> bytes:
    if kind == "mp3":
        head = b"ID3\x03\x00\x00\x00\x00\x00\x1f" + b"TIT2\x00\x00\x00\x15\x00\x00\x00" + b"spraakbericht arts\x00\x00"
        frame = b"\xff\xfb\x90\x64" + bytes(413)
        return head + frame * 40
    # mp4: ftyp + free + mdat boxes
    ftyp = b"ftypisom" + b"\x00\x00\x02\x00" + b"isomiso2avc1mp41"
    box = len(ftyp) + 4
    data = box.to_bytes(4, "big") + ftyp
    data += (8).to_bytes(4, "big") + b"free"
    payload = bytes(4096)
    data += (8 + len(payload)).to_bytes(4, "big") + b"mdat" + payload
    return data


def _pdf_add_attachment(path: Path, js: bool = False) -> None:
    from pypdf import PdfReader, PdfWriter
    reader = PdfReader(str(path))
    writer = PdfWriter(clone_from=reader)
    if js:
        from pypdf.generic import ArrayObject, DictionaryObject, NameObject, TextStringObject
        js_action = writer._add_object(DictionaryObject({
            NameObject("/Type"): NameObject("/Action"), NameObject("/S"): NameObject("/JavaScript"),
            NameObject("/JS"): TextStringObject("app.alert('Deze PDF bevat een formulier. Klik op OK om verder te gaan.');")}))
        names = DictionaryObject({NameObject("/JavaScript"): DictionaryObject({
            NameObject("/Names"): ArrayObject([TextStringObject("openform"), js_action])})})
        writer._root_object[NameObject("/Names")] = names
    else:
        writer.add_attachment("medische_gegevens_volledig.xlsx", b"PK\x03\x04" + bytes(600))
    import hashlib
    from pypdf.generic import ArrayObject, ByteStringObject
    h = hashlib.md5(path.name.encode("utf-8")).digest()
    writer._ID = ArrayObject([ByteStringObject(h), ByteStringObject(h)])
    with open(path, "wb") as fh:
        writer.write(fh)


def _image_sheet(img: Image.Image, w: float, h: float) -> Sheet:
    sh = Sheet(w, h)
    sh.image(0, 0, w, h, img)
    return sh


def degrade_sheet(sh: Sheet, how: str, rng: random.Random) -> Sheet:
    """An illegible version of a page: 'faint' (washed-out copy) or 'cut' (page shifted off the glass)."""
    W, H = sh_size(sh)
    img = sh.render(150)
    if how == "faint":
        # toner running out: strokes broken up and washed out to a pale grey
        g = img.convert("L").filter(ImageFilter.GaussianBlur(1.1))
        holes = paper._noise(rng, (max(2, g.width // 3), max(2, g.height // 3)), 90).resize(g.size)
        g = Image.composite(Image.new("L", g.size, 255), g, holes.point(lambda v: 255 if v > 150 else 0))
        img = g.point(lambda v: 255 - int((255 - v) * 0.07)).convert("RGB")
        return _image_sheet(img, W, H)
    # cut: the left ~40 % of the page did not lie on the glass
    out = Image.new("RGB", img.size, "white")
    dx = int(img.width * rng.uniform(0.36, 0.44))
    out.paste(img.crop((dx, 0, img.width, img.height)), (0, 0))
    return _image_sheet(out, W, H)


def blank_sheet(w: float = 210, h: float = 297) -> Sheet:
    return Sheet(w, h)


@dataclass
class FileOut:
    name: str
    kind: str
    docs: list


class Dossier:
    def __init__(self, part: str, name: str, c: Case, rng: random.Random):
        self.part, self.name, self.c, self.rng = part, name, c, rng
        self.docs: list[Doc] = []
        self.variations: list[str] = []
        self.files: list[FileOut] = []
        self.extra_files: list[tuple[str, bytes]] = []
        self.defect: dict | None = None
        self.manifest_extra: dict = {}
        self.applicant_override: dict = {}

    # -- documents
    def add(self, family: str, *, kind: str | None = None, label: str | None = None, **opts) -> Doc:
        f = FAMILIES[family]
        assert f.part == self.part, (family, self.part)
        r = random.Random(seed_of(self.name, family, len(self.docs)))
        sheets = f.make(self.c, r, **opts)
        d = Doc(family, f.type, sheets, label or self.rng.choice(FILE_LABELS[f.type]), kind or self.pick_kind(f.type, family))
        self.docs.append(d)
        return d

    def add_identity(self, fam, person: Person | None = None, *, kind: str | None = None, label: str | None = None,
                     type_: str | None = None, **opts) -> Doc | None:
        if fam is None:
            return None
        r = random.Random(seed_of(self.name, fam.id, len(self.docs)))
        sheets = fam.make(person or self.c.p, r, **opts)
        t = type_ or fam.type
        d = Doc(fam.id, t, sheets, label or self.rng.choice(FILE_LABELS.get(t, ["document"])),
                kind or self.pick_kind(t, fam.id))
        self.docs.append(d)
        return d

    def pick_kind(self, type_: str, family: str) -> str:
        r = self.rng.random()
        if type_ == "application":
            return "digital" if (self.c.fill == "typed" and r < 0.3) else "scan"
        if type_ in ("identity-document", "birth-certificate", "translation"):
            return "scan" if r < 0.45 else ("jpeg" if r < 0.65 else ("png" if r < 0.75 else "photo"))
        if family.startswith(("bank-", "polisblad", "intl-", "tax-", "uwv-", "payslip-nl-b", "incoming", "travel")):
            return "digital" if r < 0.5 else "scan"
        if family.startswith("cover-letter"):
            return "digital" if r < 0.6 else "scan"
        if type_ == "civic-integration":
            return "scan" if r < 0.7 else "jpeg"
        return "scan" if r < 0.8 else ("digital" if r < 0.9 else "tiff")

    # -- output plan
    def plan_files(self, combine: bool) -> None:
        used: dict[str, int] = {}

        def fname(stem: str, ext: str) -> str:
            stem = stem.strip()
            n = used.get(stem.lower(), 0)
            used[stem.lower()] = n + 1
            return f"{stem}{'' if n == 0 else f' ({n + 1})'}.{ext}"

        docs = list(self.docs)
        numbered = self.rng.random() < 0.4
        if combine and len(docs) > 2:
            first = [d for d in docs if d.type == "application"][:1]
            rest = [d for d in docs if d not in first]
            for i, d in enumerate(first):
                self.files.append(FileOut(fname(("01 " if numbered else "") + d.label, self._ext(d.kind)), d.kind, [d]))
            for d in rest:
                d.kind = "scan"
            stem = self.rng.choice(["bijlagen", "Bijlagen bij aanvraag", f"scan_{self.rng.randint(1000, 9999)}",
                                    f"{self.c.p.surname.split()[-1]} bijlagen"])
            self.files.append(FileOut(fname(("02 " if numbered else "") + stem, "pdf"), "scan", rest))
            self.variations.append("combined-pdf")
            return
        for i, d in enumerate(docs, 1):
            if d.kind in ("jpeg", "png") and len(d.sheets) > 1:
                d.kind = "tiff"
            stem = (f"{i:02d} " if numbered else "") + d.label
            self.files.append(FileOut(fname(stem, self._ext(d.kind)), d.kind, [d]))

    @staticmethod
    def _ext(kind: str) -> str:
        return {"jpeg": "jpg", "png": "png", "tiff": "tif"}.get(kind, "pdf")

    def file_of(self, doc: Doc) -> FileOut:
        return next(f for f in self.files if doc in f.docs)

    def page_of(self, doc: Doc, idx: int) -> tuple[str, int]:
        fo = self.file_of(doc)
        n = 0
        for d in fo.docs:
            if d is doc:
                return fo.name, n + idx + 1
            n += len(d.sheets)
        raise KeyError

    # -- V-numbers
    def mark_vnumbers(self) -> None:
        c, rng = self.c, self.rng
        default_scan = rng.choice(VN_STYLES_SCAN)
        default_dig = rng.choice(VN_STYLES_DIGITAL)
        for di, d in enumerate(self.docs):
            fo = self.file_of(d)
            digital = fo.kind == "digital"
            if d.vn is None:
                d.vn = []
                style = (default_dig if digital else default_scan) if rng.random() < 0.7 else \
                    rng.choice(VN_STYLES_DIGITAL if digital else VN_STYLES_SCAN)
                for sh in d.sheets:
                    if id(sh) in c.intrinsic and rng.random() < 0.75:
                        d.vn.append(None)
                    else:
                        d.vn.append(style)
            for pi, (sh, st) in enumerate(zip(d.sheets, d.vn)):
                if st is None or st == "skip":
                    continue
                r = random.Random(seed_of(self.name, "vn", di, pi, st))
                if isinstance(st, tuple):
                    write_vnumber(sh, c, r, "hand-corner" if not digital else "header", number=st[1])
                    continue
                self.variations.append(write_vnumber(sh, c, r, st))

    # -- saving
    def save(self, folder: Path) -> list[dict]:
        folder.mkdir(parents=True, exist_ok=True)
        docs_truth = []
        for fo in self.files:
            sheets, scans = [], []
            base = random_scan(self.rng, seed_of(self.name, fo.name))
            for d in fo.docs:
                for i, sh in enumerate(d.sheets):
                    sc = getattr(d, "scan_override", None)
                    if sc is None:
                        sc = replace(base, skew_deg=round(base.skew_deg + self.rng.uniform(-0.6, 0.6), 1) if base.skew_deg else 0.0,
                                     seed=seed_of(self.name, fo.name, len(sheets)))
                    sheets.append(sh)
                    scans.append(sc)
            path = folder / fo.name
            kind = fo.kind
            if kind == "digital":
                paper.save_born_digital_pdf(path, sheets, producer=self.rng.choice(
                    ["Microsoft® Word for Microsoft 365", "iText 7.1", "Adobe PDF Library 23.1", "LibreOffice 7.6",
                     "Skia/PDF m120", "wkhtmltopdf 0.12.6"]))
                self.variations.append("born-digital")
            elif kind == "photo":
                ph = [replace(s, phone_photo=True, rotate=0, skew_deg=0.0, jpeg_quality=s.jpeg_quality or 75) for s in scans]
                paper.save_scanned_pdf(path, sheets, ph, producer="CamScanner")
                self.variations.append("phone-photo-on-a4")
                scans = ph
            elif kind in ("jpeg", "png"):
                if kind == "png" and scans[0].dpi > 150:
                    scans[0] = replace(scans[0], dpi=150)
                paper.save_image(path, sheets[0], scans[0], fmt=kind)
                self.variations.append(kind)
            elif kind == "tiff":
                paper.save_tiff(path, sheets, scans)
                self.variations.append("tiff")
            else:
                paper.save_scanned_pdf(path, sheets, scans, producer=self.rng.choice(
                    ["", "Canon iR-ADV C3530", "HP Scan", "RICOH IM C3000", "Adobe Scan"]))
            if kind != "digital":
                for s in scans:
                    self.variations.extend(s.label())
            n = 0
            for d in fo.docs:
                docs_truth.append({"file": fo.name, "first_page": n + 1, "last_page": n + len(d.sheets),
                                   "type": d.type, "family": d.family})
                n += len(d.sheets)
            for fx in getattr(fo, "post", []):
                fx(path)
        for name, data in self.extra_files:
            (folder / name).write_bytes(data)
        return docs_truth


# =========================================================================== composing dossiers

ROUTE_YEARS = {"medical-treatment": 3, "medical-treatment-after-art64": 2, "relationship": 5, "parent": 1,
               "trafficking-victim": 3, "trafficking-victim-no-report": 1, "domestic-violence": 1, "buiten-schuld": 3}
RELATIONS = [("broer", "M", True), ("zus", "F", True), ("zoon", "M", True), ("dochter", "F", True),
             ("neef", "M", False), ("nicht", "F", False), ("oom", "M", True)]
SEVERITY = {"IND-COPY-A4": "deficiency", "IND-COPY-SINGLE-SIDED": "deficiency", "IND-COPY-VNUMBER": "deficiency",
            "IND-COPY-NO-MEDIA": "deficiency", "IND-COPY-LEGIBLE": "deficiency", "IND-TRANSLATION": "deficiency",
            "IND-MED-DOCS": "deficiency", "IND-MED-PASSPORT-EXEMPTION": "warning", "IND-MED-ART64-WINDOW": "deficiency",
            "IND-MED-SURINAME": "info", "IND-HNT-DURATION": "deficiency", "IND-HNT-MED-CONTINUES": "deficiency",
            "IND-HNT-INBURGERING": "deficiency", "ID-SUFFICIENCY": "deficiency", "ID-MRZ": "warning",
            "ID-EXPIRED": "warning"}


# parts whose 9ter applicants come from a country its IND dossiers do not draw from (that country's passport family
# serves the 9ter dossiers only)
IND_ORIGIN_SKIP = {"twentyseventh": {"VNM"}}


def make_case(part: str, name: str, proc: str, rng: random.Random, *, origin: str | None = None,
              route: str | None = None, since: D | None = None, art64_end: D | None = None,
              med_long: bool | None = None, guarantor: bool | None = None) -> Case:
    if origin is None:
        pool = [o for o in passport_countries(part) if (o != "SUR" or proc != "ind-medical-treatment")
                and o not in IND_ORIGIN_SKIP.get(part, ())]
        origin = rng.choice(pool)
    person = make_person(rng, country="NL", origin=origin, min_age=20, max_age=68)
    c = Case(part=part, procedure=proc, person=person, vnr=person.v_number or people.v_number(rng),
             rng_seed=seed_of(name))
    c.route, c.since, c.art64_end = route, since, art64_end
    c.date_style = rng.choice(["dashes_zero", "dashes", "dots", "slashes", "long", "dashes_zero"])
    c.name_style = rng.choice(["given_surname", "SURNAME_given", "Surname, Given", "initials"])
    if med_long is None:
        med_long = not (proc == "ind-medical-treatment" and rng.random() < 0.25)
    c.med = dict(rng.choice([m for m in MED_CASES if m["long"] == med_long]))
    c.duration = rng.choice(["lifelong", "years2", "years3", "indefinite", "months18"]) if med_long else "short"
    if c.med["key"] in ("hiv", "thal", "gaucher", "ktx") and rng.random() < 0.6:
        c.duration = "lifelong"
    c.hospital = dict(rng.choice(HOSPITALS))
    c.gp = dict(rng.choice(GP_PRACTICES))
    if rng.random() < 0.8:
        c.lawyer = dict(rng.choice(LAWYERS))
        g, s, _ = people.make_professional(rng, "NL")
        c.lawyer_name = f"mr. {g[0]}. {s}" if rng.random() < 0.5 else f"mr. {g} {s}"
    c.fill = rng.choice(["typed", "hand"])
    c.employer = dict(rng.choice(EMPLOYERS))
    c.insurer_nl = dict(rng.choice(INSURERS_NL))
    c.insurer_intl = dict(rng.choice(INSURERS_INTL[:3]))
    c.bank = dict(rng.choice(BANKS))
    if guarantor is None:
        guarantor = proc == "ind-medical-treatment" and not art64_end and rng.random() < 0.8
    if guarantor:
        rel, sex, same = rng.choice(RELATIONS)
        g = make_person(rng, country="NL", origin=origin, sex=sex, min_age=22, max_age=66)
        if same:
            base = person.surname
            if origin == "RUS":
                base = base[:-1] if base.endswith(("ova", "eva", "ina")) else base
                base = base + "a" if sex == "F" and base.endswith(("ov", "ev", "in")) else base
            g.surname = base
        if rng.random() < 0.5:
            g.nationality = "NLD"
        c.payer, c.payer_relation = g, rel
    return c


def other_vnumber(c: Case, rng: random.Random) -> str:
    while True:
        v = people.v_number(rng)
        if v != c.vnr:
            return v


class Builder:
    """Composes the dossiers of one part."""

    def __init__(self, part: str, out_root: Path):
        self.part = part
        self.out = out_root / part
        self.truths: list[dict] = []
        self.skipped: list[str] = []

    # ------------------------------------------------------------------ pieces
    def passport(self, D_: Dossier, person: Person | None = None, **opts) -> Doc | None:
        c = D_.c
        f = passport_family(self.part, (person or c.p).nationality)
        if f is None:
            f = passport_family(self.part, c.p.nationality)
        if f is None:
            return None
        rr = random.Random(seed_of(D_.name, "pp"))
        if "expiry_date" not in opts:
            exp = c.sub + dt.timedelta(days=rr.randint(120, 1500))
            opts["expiry_date"] = exp
            opts.setdefault("issue_date", add_years(exp, -5) + dt.timedelta(days=1))
        elif "issue_date" not in opts:
            opts["issue_date"] = add_years(opts["expiry_date"], -5) + dt.timedelta(days=1)
        d = D_.add_identity(f, person, label=rr.choice(["paspoort", "kopie paspoort", "Paspoort", "pas"]), **opts)
        return d

    def permit_card(self, D_: Dossier) -> Doc | None:
        f = permit_family(self.part)
        if f is None:
            return None
        c = D_.c
        rr = random.Random(seed_of(D_.name, "vvr"))
        exp = c.sub + dt.timedelta(days=rr.randint(20, 300))
        years = 1 if (c.route or "").startswith("medical") or c.procedure == "ind-medical-treatment" else 5
        iss = max(c.since or D(2020, 1, 1), add_years(exp, -years) + dt.timedelta(days=1))
        purpose = {"medical-treatment": "medische behandeling", "medical-treatment-after-art64": "medische behandeling",
                   "relationship": "verblijf bij partner", "parent": "verblijf bij ouder",
                   "domestic-violence": "humanitair tijdelijk", "buiten-schuld": "humanitair tijdelijk",
                   "trafficking-victim": "humanitair tijdelijk", "trafficking-victim-no-report": "humanitair tijdelijk"
                   }.get(c.route or "", rr.choice(["verblijf bij partner", "arbeid in loondienst", "verblijf bij familielid"]))
        return D_.add_identity(f, label=rr.choice(["verblijfsvergunning", "VVR", "verblijfsdocument"]), issue_date=iss,
                               expiry_date=exp, v_number=c.vnr, purpose=purpose)

    def birth_cert(self, D_: Dossier, langs: tuple[str, ...], translated: bool) -> tuple[Doc | None, Doc | None]:
        if "foreign" in langs:
            fid = D_.c.__dict__.get("_birth_family")
            f = _identity.FAMILIES[fid] if fid else foreign_birth_family(self.part, langs)
            if f is None:
                return None, None
        else:
            fs = [f for f in civil_family("birth-certificate", self.part, langs)
                  if getattr(f, "country", None) in (D_.c.p.nationality, None)
                  or (f.needs_birth_country or "") == D_.c.p.birth_country]
            if not fs:
                return None, None
            f = D_.rng.choice(fs)
        rr = random.Random(seed_of(D_.name, "birth"))
        d = D_.add_identity(f, label=rr.choice(["geboorteakte", "akte van geboorte", "birth certificate"]))
        t = None
        if translated:
            tf = translation_family(self.part)
            if tf is not None:
                t = D_.add_identity(tf, label=rr.choice(["vertaling geboorteakte", "beëdigde vertaling"]),
                                    of_type="birth-certificate", source_lang=f.lang, target_lang="nl")
                D_.variations.append("sworn-translation")
        return d, t

    def income(self, D_: Dossier, n: int = 1) -> list[Doc]:
        c, rng = D_.c, D_.rng
        out = []
        if c.payer:
            out.append(D_.add(fam_of(self.part, "guarantor")))
            D_.variations.append("guarantor-" + c.payer_relation)
            pool = [f for f in fams("income-proof", self.part) if not f.startswith(("guarantor", "uwv"))]
        else:
            pool = [f for f in fams("income-proof", self.part) if not f.startswith("guarantor")]
        for f in rng.sample(pool, min(n, len(pool))):
            out.append(D_.add(f))
        return out

    def pick_insurance(self, D_: Dossier, intl: bool) -> str:
        pool = fams("health-insurance", self.part)
        if intl:
            pool = [f for f in pool if not f.startswith("polisblad")] or pool
        fam = D_.rng.choice(pool)
        c = D_.c
        c.__dict__["_ins_name"] = (c.insurer_nl["name"] if fam.startswith("polisblad") else
                                   _travel_name(c) if fam.startswith("travel") else
                                   _incoming_name(c) if fam.startswith("incoming") else c.insurer_intl["name"])
        return fam

    def insurance(self, D_: Dossier, intl: bool, fam: str | None = None) -> Doc:
        return D_.add(fam or self.pick_insurance(D_, intl))

    def cover(self, D_: Dossier, enclosures: bool = True) -> Doc:
        labels = {"application": "aanvraagformulier", "identity-document": "kopie paspoort",
                  "medical-statement": "medische verklaring behandelaar", "care-institution-statement":
                  "verklaring zorginstelling", "health-insurance": "bewijs zorgverzekering", "income-proof": "bewijs inkomen",
                  "civic-integration": "inburgeringsdiploma / besluit DUO", "birth-certificate": "geboorteakte",
                  "translation": "beëdigde vertaling", "other": "overige stukken"}
        enc = [labels[d.type] for d in D_.docs] if enclosures else None
        d = D_.add(fam_of(self.part, "cover-letter"), enclosures=enc, label=D_.rng.choice(
            ["begeleidende brief", "brief advocaat", "aanbiedingsbrief"]))
        D_.docs.remove(d)
        D_.docs.insert(0, d)
        return d

    # ------------------------------------------------------------------ procedures
    def compose_med(self, D_: Dossier, *, skip: set = frozenset(), cover: bool | None = None) -> None:
        c, rng = D_.c, D_.rng
        D_.add(fam_of(self.part, "ind-form-med"))
        if "passport" not in skip and not c.no_passport:
            self.passport(D_)
        if c.suriname_visa:
            D_.add(fam_of(self.part, "mvv-sticker-sur"), label="visum MVV")
        if c.art64_end:
            D_.add(fam_of(self.part, "art64-decision"), label=rng.choice(["besluit art 64", "uitstel van vertrek"]))
            D_.variations.append("art64")
        ins = self.pick_insurance(D_, intl=rng.random() < 0.75) if "insurance" not in skip else None
        if "medical" not in skip:
            D_.add(rng.choice(fams("medical-statement", self.part)))
        if "care" not in skip:
            D_.add(rng.choice(fams("care-institution-statement", self.part)))
        if ins:
            self.insurance(D_, intl=True, fam=ins)
        if "income" not in skip and not c.art64_end:
            self.income(D_, n=rng.choice([0, 1, 1]) if c.payer else 1)
        if rng.random() < 0.12:
            self.birth_cert(D_, ("nl", "en", "fr", "de"), translated=False)
        if cover or (cover is None and (rng.random() < 0.4 or c.no_passport or c.suriname_visa)):
            self.cover(D_)

    def compose_hnt(self, D_: Dossier, *, skip: set = frozenset(), cover: bool | None = None,
                    civic: str | None = None) -> None:
        c, rng = D_.c, D_.rng
        D_.add(fam_of(self.part, "ind-form-7027"))
        if "passport" not in skip:
            self.passport(D_)
        if "permit" not in skip and rng.random() < 0.65:
            self.permit_card(D_)
        route = c.route or "medical-treatment"
        if route.startswith("medical"):
            if "medical" not in skip:
                D_.add(rng.choice(fams("medical-statement", self.part)))
            if route.endswith("art64") and rng.random() < 0.7:
                D_.add(fam_of(self.part, "art64-decision"), label="besluit uitstel van vertrek")
            if rng.random() < 0.4:
                self.insurance(D_, intl=rng.random() < 0.3)
            if rng.random() < 0.3:
                self.income(D_, 1)
        elif route == "relationship":
            if civic:
                D_.add(civic, **({"failed": True} if c.inburgering == "failed" else {}))
            if rng.random() < 0.5:
                self.income(D_, 1)
        elif route == "parent":
            if "birth" not in skip and rng.random() < 0.5:
                self.birth_cert(D_, ("nl", "en", "fr", "de"), translated=False)
        if rng.random() < 0.55:
            D_.add(fam_of(self.part, "permit-letter"), label=rng.choice(["beschikking IND", "besluit verblijfsvergunning"]))
        if cover or (cover is None and rng.random() < 0.4):
            self.cover(D_)

    def compose_gen(self, D_: Dossier, *, skip: set = frozenset(), cover: bool | None = None) -> None:
        c, rng = D_.c, D_.rng
        D_.add(fam_of(self.part, "ind-form-generic"))
        if "passport" not in skip:
            self.passport(D_)
        if rng.random() < 0.5:
            self.permit_card(D_)
        if "income" not in skip:
            self.income(D_, rng.choice([1, 1, 2]))
        if cover or (cover is None and rng.random() < 0.3):
            self.cover(D_)

    # ------------------------------------------------------------------ writing
    def finish(self, D_: Dossier, *, combine: bool | None = None, clean: bool) -> dict:
        c = D_.c
        if combine is None:
            combine = D_.rng.random() < 0.2
        if not D_.files:
            D_.plan_files(combine)
        D_.mark_vnumbers()
        for fx in getattr(D_, "after_mark", []):
            fx()
        folder = self.out / D_.name
        docs = D_.save(folder)
        manifest = {"procedure": c.procedure, "submission_date": c.sub,
                    "applicant": {"name": f"{c.p.given_names} {c.p.surname}", "birth_date": c.p.birth_date,
                                  "nationality": c.p.nationality, "v_number": c.vnr}}
        manifest["applicant"].update(D_.applicant_override)
        if c.procedure == "ind-medical-treatment" and c.art64_end:
            manifest["art64"] = {"ends_on": c.art64_end}
        if c.procedure == "ind-hnt-continued":
            manifest["previous_permit"] = {"purpose": c.route, "since": c.since}
        with open(folder / "dossier.yaml", "w", encoding="utf-8") as fh:
            yaml.safe_dump(manifest, fh, allow_unicode=True, sort_keys=False)
        var = []
        for v in D_.variations + [f"date-{c.date_style}", f"name-{c.name_style}", f"fill-{c.fill}",
                                  f"nationality-{c.p.nationality}"]:
            if v not in var:
                var.append(v)
        if " " in c.p.surname or "-" in c.p.surname:
            var.append("compound-surname")
        if c.p.address and any(t in c.p.address.number for t in ("-", " ", "hs")):
            var.append("address-" + c.p.address.number.split()[-1].split("-")[-1].lower().replace(" ", ""))
        truth = {"dossier": D_.name, "part": self.part, "procedure": c.procedure, "clean": clean,
                 "defect": D_.defect, "documents": docs, "variations": var,
                 "applicant": {"name": manifest["applicant"]["name"], "v_number": c.vnr}}
        with open(self.out / f"{D_.name}.truth.json", "w", encoding="utf-8") as fh:
            json.dump(truth, fh, ensure_ascii=False, indent=1)
        self.truths.append(truth)
        return truth


# =========================================================================== the dossiers of one part

LETTER = (215.9, 279.4)


def _defect(rule: str, what: str, file: str | None = None, page: int | None = None) -> dict:
    return {"rule": rule, "severity": SEVERITY[rule], "file": file, "page": page, "what": what}


class PartBuilder(Builder):

    def new(self, name: str, proc: str, *, born_for: str | None = None, **kw) -> Dossier:
        """born_for: a foreign birth-certificate language; the applicant is then born where that act is issued."""
        rng = random.Random(seed_of("ind", self.part, name))
        if born_for:
            f = foreign_birth_family(self.part, (born_for,))
            lang = f.lang if f else born_for
            if f is not None and getattr(f, "country", None) in passport_countries(self.part):
                kw.setdefault("origin", f.country)
        c = make_case(self.part, name, proc, rng, **kw)
        if born_for and f is not None:
            fc = getattr(f, "country", None)
            country, places = BIRTH_PLACES.get(fc, (people.country_name(fc or "", "en"), None))
            if fc != c.p.nationality and country and c.p.birth_country != country:
                c.p.birth_country = country
                c.p.birth_place = rng.choice(places) if places else c.p.birth_place
            c.__dict__["_birth_family"] = f.id
        return Dossier(self.part, name, c, rng)

    def compose(self, D_: Dossier, **kw) -> None:
        {"ind-medical-treatment": self.compose_med, "ind-hnt-continued": self.compose_hnt,
         "ind-generic": self.compose_gen}[D_.c.procedure](D_, **kw)

    @staticmethod
    def since_for(route: str, rng: random.Random, margin: int | None = None) -> D:
        n = ROUTE_YEARS[route]
        m = rng.randint(20, 500) if margin is None else margin
        return add_years(SUB, -n) - dt.timedelta(days=m)

    def civic_for(self, rng: random.Random, kind: str | None = None) -> tuple[str, str]:
        """(family, inburgering kind) proving civic integration in this part."""
        opts = {"dev": [("duo-diploma-2021", "diploma"), ("duo-ontheffing", "exemption"), ("duo-results", "results")],
                "heldout": [("duo-diploma-2013", "diploma"), ("duo-vrijstelling", "exemption"),
                            ("nt2-staatsexamen", "nt2")],
                "fresh": [("duo-diploma-2024-b1", "diploma"), ("duo-ontheffing-2025", "exemption"),
                          ("duo-uitslag-2024", "results")],
                "fourth": [("duo-diploma-digitaal-2022", "diploma"), ("duo-ontheffing-inspanning", "exemption"),
                           ("duo-mijninburgering-print", "results")],
                "fifth": [("duo-diploma-zegel-kader", "diploma"), ("duo-ontheffing-kader-medisch", "exemption"),
                          ("duo-resultaten-tabel", "results")],
                "sixth": [("duo-diploma-liggend-a4", "diploma"), ("duo-ontheffing-brief-markeerstift", "exemption"),
                          ("duo-uitslag-brief-opsomming", "results")],
                "seventh": [("duo-diploma-dubbele-rand-deksel-open", "diploma"),
                            ("duo-ontheffing-doorgefaxt", "exemption"),
                            ("duo-uitslag-resultaatkolom-perforatie", "results")],
                "eighth": [("duo-diploma-kroon-drumstreep", "diploma"), ("duo-ontheffing-mijnduo-geeltje", "exemption"),
                           ("duo-uitslag-opsomming-gehaald-kleurzweem", "results")],
                "ninth": [("duo-diploma-rood-wit-blauw-nietgaatjes", "diploma"), ("duo-ontheffing-brief-stuknummer", "exemption"),
                          ("duo-uitslag-tabel-dithering", "results")],
                "tenth": [("duo-diploma-gegevenskader-b1-vinkjes", "diploma"),
                          ("duo-ontheffing-genummerde-redenen-inkjet", "exemption"),
                          ("duo-uitslag-mijninburgering-stippen-potlood", "results")],
                "eleventh": [("duo-diploma-verticale-band-qr-stiftpen", "diploma"),
                             ("duo-ontheffing-grijs-besluitkader-deksel-open", "exemption"),
                             ("duo-uitslag-punten-cesuur-omkrullend", "results")],
                "twelfth": [("duo-diploma-brede-kopband-veldenrij-streep", "diploma"),
                            ("duo-ontheffing-artikelen-in-marge-toner", "exemption"),
                            ("duo-uitslag-voldoende-onvoldoende-voetregel", "results")],
                "thirteenth": [("duo-diploma-oorkonde-dubbele-rand-cursief", "diploma"),
                               ("duo-ontheffing-rijkshuisstijl-besluitkader", "exemption"),
                               ("duo-uitslag-mail-uitslag-staat-klaar", "results")],
                "fourteenth": [("duo-diploma-guilloche-rand-rood-nummer", "diploma"),
                               ("duo-ontheffing-berichtenbox-bericht-plus-besluit", "exemption"),
                               ("duo-uitslag-balken-cesuurlijn", "results")],
                "fifteenth": [("duo-diploma-pasfoto-reliefstempel", "diploma"),
                              ("duo-ontheffing-brief-twee-kolommen-kenmerk", "exemption"),
                              ("duo-uitslag-tabel-geslaagd-kruisjes", "results")],
                "sixteenth": [("duo-diploma-blauwe-kaderlijn-watermerk", "diploma"),
                              ("duo-ontheffing-brief-vensterenvelop-adresblok", "exemption"),
                              ("duo-uitslag-lijst-onderdelen-punten-streep", "results")],
                "seventeenth": [("duo-diploma-staand-oranje-naamband-nummerkader", "diploma"),
                                ("duo-ontheffing-brief-antwoordstrook-kniplijn", "exemption"),
                                ("duo-uitslag-brief-alinea-per-examenonderdeel", "results")],
                "eighteenth": [("duo-diploma-driekleur-lint-links-naam-dubbel-kader-barcode", "diploma"),
                               ("duo-ontheffing-brief-grijs-besluitvak-vragenkolom", "exemption"),
                               ("duo-uitslag-tegels-gekleurde-rand-gehaald-hoek", "results")],
                "nineteenth": [("duo-diploma-golvende-groene-rand-blindstempel", "diploma"),
                               ("duo-ontheffing-brief-genummerde-overwegingen-drievoudig-gevouwen", "exemption"),
                               ("duo-uitslag-portaal-browserregels-tabel-voldoende", "results")],
                "twentieth": [("duo-diploma-guilloche-band-onder-naam-kleinkapitaal", "diploma"),
                              ("duo-ontheffing-besluit-vet-eerste-regel-adreskolom", "exemption"),
                              ("duo-uitslag-tabel-onderdelen-legenda", "results")],
                "twentyfirst": [("duo-diploma-dubbele-dunne-lijn-schild-cursieve-naam", "diploma"),
                                ("duo-ontheffing-besluit-gearceerd-kader", "exemption"),
                                ("duo-uitslag-overzicht-vinkjes-kruisjes", "results")],
                "twentysecond": [("duo-diploma-b1-rondel-vette-naam", "diploma"),
                                 ("duo-ontheffing-mijnduo-bericht-blauwe-band", "exemption"),
                                 ("duo-uitslag-tabel-onderdeel-datum-gehaald", "results")],
                "twentythird": [("duo-diploma-verticale-kleurbalk-links-gecentreerd", "diploma"),
                                ("duo-ontheffing-brief-genummerde-redenen", "exemption"),
                                ("duo-uitslag-lijst-onderdelen-punten", "results")],
                "twentyfourth": [("duo-diploma-staand-logo-rechtsboven-watermerk-b1", "diploma"),
                                 ("duo-ontheffing-besluit-kantlijnkoppen-bezwaarclausule", "exemption"),
                                 ("duo-uitslag-resultatenbrief-scorebalken", "results")],
                "twentyfifth": [("duo-diploma-oranje-hoekblok-kader-handtekening-links-25", "diploma"),
                                ("duo-ontheffing-brief-vensterenvelop-genummerde-alineas-25", "exemption"),
                                ("duo-uitslag-tabel-examendatum-cijfers-25", "results")],
                "twentysixth": [("duo-diploma-liggend-groene-voetbalk-zegel-26", "diploma"),
                                ("duo-ontheffing-gefaxt-kopregel-26", "exemption"),
                                ("duo-uitslag-twee-kolommen-onderdeel-uitslag-26", "results")],
                "twentyseventh": [("duo-diploma-logo-bovenderde-hoofdletters-naam-27", "diploma"),
                                  ("duo-ontheffing-webprint-url-kop-voet-27", "exemption"),
                                  ("duo-uitslag-tabel-labels-in-cellen-27", "results")],
                "twentyeighth": [("duo-diploma-oorkonde-sierrand-linten-28", "diploma"),
                                 ("duo-ontheffing-brief-vouwlijnen-geel-papier-28", "exemption"),
                                 ("duo-uitslag-kaart-per-onderdeel-kolombalk-28", "results")],
                "twentyninth": [("duo-diploma-lichtblauwe-rand-spatiekapitalen-cursieve-naam-29", "diploma"),
                                ("duo-ontheffing-brief-genummerd-bezwaarvak-kopie-zonder-magenta-29", "exemption"),
                                ("duo-uitslag-stippelleiders-onderdeel-resultaat-29", "results")],
                "thirtieth": [("duo-diploma-navy-band-rechts-naam-kapitalen-twee-cellen-30", "diploma"),
                              ("duo-ontheffing-berichtenbox-print-opsommingstekens-elastiek-30", "exemption"),
                              ("duo-uitslag-kaarten-raster-gekleurde-labels-30", "results")],
                "thirtyfirst": [("duo-diploma-driekleurhoek-gecentreerd-romein-nummer-mono-31", "diploma"),
                                ("duo-ontheffing-pdf-print-grijs-besluitvak-genummerde-redenen-stof-31", "exemption"),
                                ("duo-uitslag-tabel-score-nodig-voldoende-31", "results")],
                "thirtysecond": [("duo-diploma-liggend-blauwe-kantlijn-vinkcellen-dekbed-foto-32", "diploma"),
                                 ("duo-ontheffing-besluitvak-dikke-linkerrand-ontvangststempel-gerecycleerd-32",
                                  "exemption"),
                                 ("duo-uitslag-scorebalken-cesuurstreep-gehaald-32", "results")],
                "thirtythird": [("duo-diploma-staand-dubbele-kader-koningsblauw-cursieve-naam-stof-33", "diploma"),
                                ("duo-ontheffing-beslissing-gespatieerd-genummerde-gronden-drievoudig-gevouwen-33",
                                 "exemption"),
                                ("duo-uitslag-tabel-examendatum-gekleurde-stip-voldoende-33", "results")],
                "thirtyfourth": [("duo-diploma-liggend-arcering-rand-onderdelen-vakjes-trommelstreep-34", "diploma"),
                                 ("duo-ontheffing-twee-kolommen-grijze-referentiekolom-besluitkader-34", "exemption"),
                                 ("duo-uitslag-punten-tegen-nodig-gehaald-34", "results")],
                "thirtyfifth": [("duo-diploma-gouden-rand-naam-in-lint-35", "diploma"),
                                ("duo-ontheffing-brief-besluit-onderstreept-kantlijnnummers-35", "exemption"),
                                ("duo-uitslag-tabel-vinkjes-cijfer-per-onderdeel-35", "results")],
                "thirtysixth": [("duo-diploma-liggend-gedraaid-rozetbanden-naam-eigen-regel-36", "diploma"),
                                ("duo-ontheffing-rijkslint-referentiecellen-bezwaar-grijs-vak-36", "exemption"),
                                ("duo-uitslag-mijninburgering-kaarten-gehaald-pil-36", "results")],
                "thirtyseventh": [("duo-diploma-staand-guilloche-drie-kaders-naam-cursief-nummervak-37", "diploma"),
                                  ("duo-ontheffing-besluit-in-kader-kenmerkkolom-bezwaarclausule-37", "exemption"),
                                  ("duo-uitslag-tabel-examendatum-score-gehaald-niet-gehaald-niet-37", "results")],
                "thirtyeighth": [("duo-diploma-blauwe-band-bovenderde-gespatieerd-naam-cursief-nummerkader-38", "diploma"),
                                 ("duo-ontheffing-besluit-grijze-kolom-rechts-opsommingstekens-bezwaarregel-38",
                                  "exemption"),
                                 ("duo-uitslag-mijninburgering-rijen-gekleurde-pil-gehaald-38", "results")],
                "thirtyninth": [("duo-diploma-dubbele-kaderlijn-cursieve-titel-behaald-op-droogstempel-39", "diploma"),
                                ("duo-ontheffing-portaalprint-drie-referentiecellen-genummerde-vragen-bezwaarkader-39",
                                 "exemption"),
                                ("duo-uitslag-overzicht-tabel-punten-voldoende-onvoldoende-39", "results")]}[self.part]
        if kind:
            return next(o for o in opts if o[1] == kind)
        return rng.choice(opts)

    # ------------------------------------------------------------------ clean
    def clean_med(self, i: int, art64_offset: int | None = None, **kw) -> None:
        name = f"ind-med-clean-{i:02d}"
        end = SUB + dt.timedelta(days=art64_offset) if art64_offset is not None else None
        D_ = self.new(name, "ind-medical-treatment", art64_end=end)
        self.compose_med(D_, **kw)
        if art64_offset is not None and abs(art64_offset) == 28:
            D_.variations.append("art64-window-boundary")
        self.finish(D_, clean=True)

    def clean_hnt(self, i: int, route: str, margin: int | None = None, civic: str | None = None,
                  translated: bool = False) -> None:
        name = f"ind-hnt-clean-{i:02d}"
        rng = random.Random(seed_of("since", self.part, name))
        D_ = self.new(name, "ind-hnt-continued", route=route, since=self.since_for(route, rng, margin),
                      guarantor=route.startswith("medical") and rng.random() < 0.4,
                      born_for=("es" if i % 2 else "tr") if translated else None)
        fam = None
        if route == "relationship":
            fam, kind = self.civic_for(D_.rng, civic)
            D_.c.inburgering = "exemption" if kind in ("exemption", "nt2") else "diploma"
        self.compose_hnt(D_, civic=fam)
        if route == "relationship" and fam == "nt2-staatsexamen":
            D_.add("duo-vrijstelling")
        if margin == 0:
            D_.variations.append("duration-exact-boundary")
        D_.variations.append("route-" + route)
        if translated:
            self.birth_cert(D_, ("foreign", "es", "tr"), translated=True)
        self.finish(D_, clean=True)

    def clean_gen(self, i: int, translated: bool = False) -> None:
        D_ = self.new(f"ind-gen-clean-{i:02d}", "ind-generic", born_for=("tr" if i % 2 else "es") if translated else None)
        self.compose_gen(D_)
        if translated:
            self.birth_cert(D_, ("foreign", "es", "tr"), translated=True)
        self.finish(D_, clean=True)

    # ------------------------------------------------------------------ defects
    def defect(self, key: str, i: int, proc: str, variant=None) -> None:
        short = {"ind-medical-treatment": "med", "ind-hnt-continued": "hnt", "ind-generic": "gen"}[proc]
        name = f"ind-{short}-{key}-{i:02d}"
        getattr(self, "d_" + key)(name, proc, variant)

    def _compose_default(self, name: str, proc: str, **kw) -> Dossier:
        if proc == "ind-hnt-continued":
            rng = random.Random(seed_of("since", self.part, name))
            route = kw.pop("route", None) or rng.choice(["medical-treatment", "medical-treatment", "relationship",
                                                         "domestic-violence"])
            D_ = self.new(name, proc, route=route, since=self.since_for(route, rng), **kw)
            fam = None
            if route == "relationship":
                fam, kind = self.civic_for(D_.rng)
                D_.c.inburgering = "exemption" if kind in ("exemption", "nt2") else "diploma"
            self.compose_hnt(D_, civic=fam)
            return D_
        D_ = self.new(name, proc, **kw)
        self.compose(D_)
        return D_

    def _target(self, D_: Dossier, prefer: tuple[str, ...], *, intrinsic_ok: bool = False) -> tuple[Doc, int]:
        for t in prefer:
            for d in D_.docs:
                if d.type == t or d.family.startswith(t):
                    for i, sh in enumerate(d.sheets):
                        if intrinsic_ok or id(sh) not in D_.c.intrinsic:
                            return d, i
        for d in D_.docs:
            for i, sh in enumerate(d.sheets):
                if id(sh) not in D_.c.intrinsic:
                    return d, i
        raise RuntimeError("no target page")

    def d_a4(self, name, proc, variant):
        if variant == "letter-digital":
            D_ = self.new(name, proc)
            D_.c.insurer_intl = dict(INSURERS_INTL[3])
            if self.part == "seventh":
                D_.c.insurer_intl = dict(name="Andina Salud Internacional S.A.", short="Andina",
                                         addr="Carrera 7 # 71-21, Torre B, Bogotá D.C., Colombia", color=(0, 90, 60),
                                         logo="cross", plan="Salud Global Internacional")
            if self.part == "eighth":
                D_.c.insurer_intl = dict(name="Vitalis Saúde Internacional S.A.", short="Vitalis",
                                         addr="Av. Paulista 1842, 14º andar, São Paulo – SP, Brasil",
                                         color=(0, 80, 120), logo="cross", plan="Internacional Premium")
            if self.part == "ninth":
                D_.c.insurer_intl = dict(name="Aseguradora Meridiano Internacional S.A. de C.V.", short="Meridiano",
                                         addr="Paseo de la Reforma 505, piso 22, Col. Cuauhtémoc, 06500 Ciudad de México",
                                         color=(120, 30, 40), logo="cross", plan="Gastos Médicos Mayores Internacional")
            if self.part == "tenth":
                D_.c.insurer_intl = dict(name="Previsora Andina de Salud Internacional S.A.", short="Previsora",
                                         addr="Calle 93 # 11A-28, piso 6, Bogotá D.C., Colombia",
                                         color=(0, 70, 110), logo="cross", plan="Cobertura Global Plus")
            if self.part == "eleventh":
                D_.c.insurer_intl = dict(name="Pacific Crest Health Assurance Corporation", short="Pacific Crest",
                                         addr="32nd Street corner 9th Avenue, Bonifacio Global City, Taguig 1634, "
                                              "Philippines", color=(10, 60, 130), logo="cross",
                                         plan="Global Health Select")
            if self.part == "twelfth":
                D_.c.insurer_intl = dict(name="Aseguradora Caribeña de Salud Internacional, S.A.", short="Caribeña",
                                         addr="Av. Winston Churchill 1099, Torre Acrópolis piso 11, Santo Domingo, "
                                              "República Dominicana", color=(0, 75, 125), logo="cross",
                                         plan="Salud Internacional Plus")
            if self.part == "thirteenth":
                D_.c.insurer_intl = dict(name="Aseguradora Andina de Salud Internacional S.A.", short="Andina",
                                         addr="Av. Apoquindo 3721, piso 14, Las Condes, Santiago, Chile",
                                         color=(120, 20, 40), logo="cross", plan="Andina Global Salud")
            if self.part == "fourteenth":
                D_.c.insurer_intl = dict(name="Pacífico Andes Seguros de Salud S.A.", short="Pacífico Andes",
                                         addr="Av. Javier Prado Este 1066, piso 9, San Isidro, Lima 27, Perú",
                                         color=(160, 30, 30), logo="cross", plan="Salud Internacional Total")
            if self.part == "fifteenth":
                D_.c.insurer_intl = dict(name="Salud Pacífico Ecuatoriana Compañía de Seguros S.A.", short="Salud Pacífico",
                                         addr="Av. 9 de Octubre 1911 y Los Ríos, Edificio Finansur, piso 6, Guayaquil, Ecuador",
                                         color=(20, 70, 140), logo="cross", plan="Plan Mundial Integral")
            if self.part == "sixteenth":
                D_.c.insurer_intl = dict(name="Rioplatense Salud Internacional S.A.", short="Rioplatense Salud",
                                         addr="Bulevar Artigas 1443, oficina 702, 11300 Montevideo, Uruguay",
                                         color=(40, 90, 60), logo="cross", plan="Cobertura Global Plus")
            if self.part == "seventeenth":
                D_.c.insurer_intl = dict(name="Aseguradora del Istmo de Salud Internacional, S.A.", short="Istmo Salud",
                                         addr="Sabana Norte, Torre La Sabana piso 8, San José, Costa Rica",
                                         color=(20, 110, 70), logo="cross", plan="Plan Salud Sin Fronteras")
            if self.part == "eighteenth":
                D_.c.insurer_intl = dict(name="Compañía Istmeña de Seguros de Salud, S.A.", short="Istmeña Salud",
                                         addr="Calle 50 y Avenida Samuel Lewis, Torre Global, piso 12, Ciudad de Panamá, Panamá",
                                         color=(20, 45, 110), logo="cross", plan="Plan Salud Global Premier")
            if self.part == "nineteenth":
                D_.c.insurer_intl = dict(name="Aseguradora Quetzal Internacional, S.A.", short="Quetzal Salud",
                                         addr="Avenida La Reforma 9-55, zona 10, Edificio Reforma 10, nivel 7, "
                                              "Ciudad de Guatemala, Guatemala", color=(0, 100, 70), logo="cross",
                                         plan="Plan Salud Internacional Esmeralda")
            if self.part == "twentieth":
                D_.c.insurer_intl = dict(name="Seguros Morazán Internacional, S.A.", short="Morazán Salud",
                                         addr="Boulevard Morazán, Torre Metrópolis 2, piso 14, Tegucigalpa, Honduras",
                                         color=(0, 80, 140), logo="cross", plan="Plan Salud Global Lempira")
            if self.part == "twentyfirst":
                D_.c.insurer_intl = dict(name="Aseguradora Izalco Internacional, S.A.", short="Izalco Salud",
                                         addr="Paseo General Escalón 4650, Torre Cuscatlán piso 9, San Salvador, "
                                              "El Salvador", color=(0, 90, 110), logo="cross",
                                         plan="Plan Salud Mundial Izalco")
            if self.part == "twentysecond":
                D_.c.insurer_intl = dict(name="Aseguradora Guaraní Internacional S.A.", short="Guaraní Salud",
                                         addr="Avenida Mariscal López 3811, Edificio Mburucuyá piso 7, Asunción, "
                                              "Paraguay", color=(150, 30, 45), logo="cross",
                                         plan="Plan Salud Mundial Guaraní")
            if self.part == "twentythird":
                D_.c.insurer_intl = dict(name="Aseguradora Rioplatense Internacional S.A.", short="Rioplatense",
                                         addr="Rambla República de México 6125, piso 4, Montevideo, Uruguay",
                                         color=(20, 80, 140), logo="cross", plan="Plan Salud Global Río de la Plata")
            if self.part == "twentyfourth":
                D_.c.insurer_intl = dict(name="Compañía de Seguros Altiplano S.A.", short="Altiplano",
                                         addr="Avenida 16 de Julio 1490, piso 9, La Paz, Bolivia",
                                         color=(0, 105, 75), logo="cross", plan="Cobertura Internacional Andina")
            if self.part == "twentyfifth":
                D_.c.insurer_intl = dict(name="Aseguradora Equinoccial del Pacífico S.A.", short="Equinoccial",
                                         addr="Avenida República de El Salvador N34-183, piso 6, Quito, Ecuador",
                                         color=(150, 40, 40), logo="cross", plan="Plan Salud Viajero Plus")
            if self.part == "twentysixth":
                D_.c.insurer_intl = dict(name="Seguros del Lago Xolotlán S.A.", short="Xolotlán",
                                         addr="Km 4 1/2 Carretera a Masaya, Edificio Invercasa, Managua, Nicaragua",
                                         color=(20, 70, 130), logo="cross", plan="Plan Protección Viajero Global")
            if self.part == "twentyseventh":
                D_.c.insurer_intl = dict(name="Seguros Ávila del Caribe, C.A.", short="Ávila Seguros",
                                         addr="Avenida Francisco de Miranda, Torre Parque Cristal, piso 9, Los "
                                              "Palos Grandes, Caracas 1060, Venezuela",
                                         color=(130, 30, 60), logo="cross", plan="Plan Salud Viajero Internacional")
            if self.part == "twentyeighth":
                D_.c.insurer_intl = dict(name="Seguros Cordillera del Sur S.A.", short="Cordillera",
                                         addr="Avenida Apoquindo 3721, piso 12, Las Condes, Santiago, Chile",
                                         color=(20, 95, 110), logo="cross", plan="Plan Salud Internacional Andes")
            if self.part == "twentyninth":
                D_.c.insurer_intl = dict(name="Seguros Montecarmelo S.A.", short="Montecarmelo",
                                         addr="Calle Palma 365, piso 3, Asunción, Paraguay",
                                         color=(110, 40, 30), logo="cross", plan="Plan Salud Viajero Mundial")
            if self.part == "thirtieth":
                D_.c.insurer_intl = dict(name="Seguros Isla del Encanto, Inc.", short="Isla del Encanto",
                                         addr="Avenida Ponce de León 1510, Suite 700, San Juan, Puerto Rico 00909",
                                         color=(0, 96, 110), logo="cross", plan="Plan Viajero Global Plus")
            if self.part == "thirtyfirst":
                D_.c.insurer_intl = dict(name="Barrier Reef Health Assurance Ltd.", short="Barrier Reef Health",
                                         addr="Coney Drive Plaza, 2nd Floor, Belize City, Belize",
                                         color=(16, 80, 120), logo="cross", plan="Global Traveller Medical Plan")
            if self.part == "thirtysecond":
                D_.c.insurer_intl = dict(name="Blue Mountain Assurance Company Ltd.", short="Blue Mountain Assurance",
                                         addr="23 Knutsford Boulevard, Kingston 5, Jamaica",
                                         color=(20, 70, 120), logo="cross", plan="International Medical Cover Gold")
            if self.part == "thirtythird":
                D_.c.insurer_intl = dict(name="Caribbean Shield Health Insurance Ltd.", short="Caribbean Shield",
                                         addr="Warrens Great House, St. Michael, Barbados BB22026",
                                         color=(10, 90, 110), logo="cross", plan="Global Care Select")
            if self.part == "thirtyfourth":
                D_.c.insurer_intl = dict(name="Lucayan Mutual Health Assurance Ltd.", short="Lucayan Mutual",
                                         addr="Shirley Street 61, P.O. Box N-3920, Nassau, The Bahamas",
                                         color=(0, 84, 120), logo="cross", plan="Worldwide Medical Select")
            if self.part == "thirtyfifth":
                D_.c.insurer_intl = dict(name="Caroni Mutual Health Assurance Ltd.", short="Caroni Mutual",
                                         addr="15 Queen's Park West, P.O. Box 1172, Port of Spain, Trinidad and "
                                              "Tobago", color=(120, 30, 36), logo="cross",
                                         plan="International Medical Plan Select")
            if self.part == "thirtysixth":
                D_.c.insurer_intl = dict(name="Seven Mile Health Assurance Ltd.", short="Seven Mile Health",
                                         addr="94 Fort Street, P.O. Box 1087, George Town, Grand Cayman KY1-1102, "
                                              "Cayman Islands", color=(0, 96, 128), logo="cross",
                                         plan="Global Medical Plan Platinum")
            if self.part == "thirtyseventh":
                D_.c.insurer_intl = dict(name="Harbourline Health Insurance Ltd.", short="Harbourline",
                                         addr="22 Reid Street, Hamilton HM 11, Bermuda", color=(20, 84, 120),
                                         logo="cross", plan="Worldwide Medical Plan Gold")
            if self.part == "thirtyeighth":
                D_.c.insurer_intl = dict(name="Tidewater Mutual Health Assurance Ltd.", short="Tidewater",
                                         addr="Sandy Lane Business Centre, St. James BB24028, Barbados",
                                         color=(14, 70, 110), logo="cross", plan="Global Care Select")
            if self.part == "thirtyninth":
                D_.c.insurer_intl = dict(name="Grenadine Isles Health Assurance Ltd.", short="Grenadine Health",
                                         addr="Halifax Street 40, P.O. Box 612, Kingstown, St. Vincent and the "
                                              "Grenadines", color=(10, 90, 100), logo="cross",
                                         plan="International Medical Cover Select")
            self.compose_med(D_, skip={"insurance"})
            D_.c.page_w, D_.c.page_h = LETTER
            fam = {"dev": "intl-cert-en-a", "heldout": "intl-cover-en-b", "fresh": "intl-coverage-en-c",
                   "fourth": "intl-coverage-us-member", "fifth": "intl-verification-us-table",
                   "sixth": "intl-certificate-canada-band", "seventh": "intl-certificado-colombia-carta",
                   "eighth": "intl-declaracao-brasil-carta", "ninth": "intl-constancia-mexico-carta",
                   "tenth": "intl-certificado-bogota-marco-carta",
                   "eleventh": "intl-certificate-manila-letter-stapled",
                   "twelfth": "intl-certificacion-dominicana-letter",
                   "thirteenth": "intl-certificado-chile-carta-bilingue",
                   "fourteenth": "intl-constancia-peru-carta-bilingue",
                   "fifteenth": "intl-certificado-ecuador-carta-sello-azul",
                   "sixteenth": "intl-certificado-uruguay-carta-firma-digital",
                   "seventeenth": "intl-constancia-costa-rica-carta-membrete-verde",
                   "eighteenth": "intl-certificacion-panama-carta-banda-azul",
                   "nineteenth": "intl-constancia-guatemala-carta-banda-verde",
                   "twentieth": "intl-certificado-honduras-carta-bilingue-tabel",
                   "twentyfirst": "intl-constancia-el-salvador-carta-kleurbalk-links",
                   "twentysecond": "intl-certificado-paraguay-carta-kopband-tabel",
                   "twentythird": "intl-carta-cobertura-uruguay-letter-twee-talen-naast-elkaar",
                   "twentyfourth": "intl-poliza-bolivia-letter-tweetalig-onder-elkaar",
                   "twentyfifth": "intl-certificado-ecuador-carta-sello-rond-25",
                   "twentysixth": "intl-certificado-nicaragua-carta-26",
                   "twentyseventh": "intl-certificado-venezuela-carta-logo-bovenderde-27",
                   "twentyeighth": "intl-certificado-chile-carta-voetbriefhoofd-28",
                   "twentyninth": "intl-certificado-paraguay-kader-nummer-tweetalige-tabel-29",
                   "thirtieth": "intl-certificate-puerto-rico-factuurstijl-kleurband-qr-30",
                   "thirtyfirst": "intl-certificate-of-cover-briefvorm-genummerde-clausules-31",
                   "thirtysecond": "intl-certificate-jamaica-dubbele-rand-gouden-zegel-32",
                   "thirtythird": "intl-confirmation-brief-to-whom-it-may-concern-handtekening-boven-naam-33",
                   "thirtyfourth": "intl-statement-of-insurance-kader-genummerde-vakken-qr-34",
                   "thirtyfifth": "intl-certificate-of-coverage-briefhoofd-reliefzegel-35",
                   "thirtysixth": "intl-certificate-of-insurance-cayman-rozet-tabel-qr-36",
                   "thirtyseventh": "intl-certificate-of-insurance-kleurband-kruislogo-qr-tabel-37",
                   "thirtyeighth": "intl-certificate-of-insurance-bookman-dubbele-lijn-tabel-qr-38",
                   "thirtyninth": "intl-certificate-of-cover-zijband-genummerde-gegevens-streepjescode-39"}[self.part]
            doc = D_.add(fam, kind="digital", label="Atlas certificate of insurance")
            D_.c.page_w, D_.c.page_h = 210.0, 297.0
            what = "insurance certificate of a US insurer printed on US Letter (215.9 x 279.4 mm), not A4"
            if self.part == "sixth":
                what = "insurance certificate of a Canadian insurer printed on US Letter (215.9 x 279.4 mm), not A4"
            if self.part == "seventh":
                what = "insurance certificate of a Colombian insurer printed on US Letter (215.9 x 279.4 mm), not A4"
            if self.part == "eighth":
                what = "insurance declaration of a Brazilian insurer printed on US Letter (215.9 x 279.4 mm), not A4"
            if self.part == "ninth":
                what = "insurance statement of a Mexican insurer printed on US Letter (215.9 x 279.4 mm), not A4"
            if self.part == "tenth":
                what = "insurance certificate of a Colombian insurer printed on US Letter (215.9 x 279.4 mm), not A4"
            if self.part == "eleventh":
                what = "insurance certificate of a Philippine insurer printed on US Letter (215.9 x 279.4 mm), not A4"
            if self.part == "twelfth":
                what = "insurance certificate of a Dominican insurer printed on US Letter (215.9 x 279.4 mm), not A4"
            if self.part == "thirteenth":
                what = "insurance certificate of a Chilean insurer printed on US Letter (215.9 x 279.4 mm), not A4"
            if self.part == "fourteenth":
                what = "insurance certificate of a Peruvian insurer printed on US Letter (215.9 x 279.4 mm), not A4"
            if self.part == "fifteenth":
                what = "insurance certificate of an Ecuadorian insurer printed on US Letter (215.9 x 279.4 mm), not A4"
            if self.part == "sixteenth":
                what = "insurance certificate of a Uruguayan insurer printed on US Letter (215.9 x 279.4 mm), not A4"
            if self.part == "seventeenth":
                what = "insurance statement of a Costa Rican insurer printed on US Letter (215.9 x 279.4 mm), not A4"
            if self.part == "eighteenth":
                what = "insurance certificate of a Panamanian insurer printed on US Letter (215.9 x 279.4 mm), not A4"
            if self.part == "nineteenth":
                what = "certificate of coverage of a Guatemalan insurer printed on US Letter (215.9 x 279.4 mm), not A4"
            if self.part == "twentieth":
                what = "certificate of a Honduran insurer printed on US Letter (215.9 x 279.4 mm), not A4"
            if self.part == "twentyfirst":
                what = "policy statement of a Salvadoran insurer printed on US Letter (215.9 x 279.4 mm), not A4"
            if self.part == "twentysecond":
                what = "certificate of coverage of a Paraguayan insurer printed on US Letter (215.9 x 279.4 mm), not A4"
            if self.part == "twentythird":
                what = "coverage letter of a Uruguayan insurer printed on US Letter (215.9 x 279.4 mm), not A4"
            if self.part == "twentyfourth":
                what = "insurance statement of a Bolivian insurer printed on US Letter (215.9 x 279.4 mm), not A4"
            if self.part == "twentyfifth":
                what = "insurance certificate of an Ecuadorian insurer printed on US Letter (215.9 x 279.4 mm), not A4"
            if self.part == "twentysixth":
                what = "insurance certificate of a Nicaraguan insurer printed on US Letter (215.9 x 279.4 mm), not A4"
            if self.part == "twentyseventh":
                what = "insurance certificate of a Venezuelan insurer printed on US Letter (215.9 x 279.4 mm), not A4"
            if self.part == "twentyeighth":
                what = "insurance certificate of a Chilean insurer printed on US Letter (215.9 x 279.4 mm), not A4"
            if self.part == "twentyninth":
                what = "insurance certificate of a Paraguayan insurer printed on US Letter (215.9 x 279.4 mm), not A4"
            if self.part == "thirtieth":
                what = "certificate of coverage of a Puerto Rican insurer printed on US Letter (215.9 x 279.4 mm), not A4"
            if self.part == "thirtyfirst":
                what = "certificate of cover of a Belizean insurer printed on US Letter (215.9 x 279.4 mm), not A4"
            if self.part == "thirtysecond":
                what = "certificate of insurance of a Jamaican insurer printed on US Letter (215.9 x 279.4 mm), not A4"
            if self.part == "thirtythird":
                what = "confirmation of cover of a Barbadian insurer printed on US Letter (215.9 x 279.4 mm), not A4"
            if self.part == "thirtyfourth":
                what = "statement of insurance of a Bahamian insurer printed on US Letter (215.9 x 279.4 mm), not A4"
            if self.part == "thirtyfifth":
                what = ("certificate of coverage of a Trinidadian insurer printed on US Letter (215.9 x 279.4 mm), "
                        "not A4")
            if self.part == "thirtysixth":
                what = ("certificate of insurance of a Caymanian insurer printed on US Letter (215.9 x 279.4 mm), "
                        "not A4")
            if self.part == "thirtyseventh":
                what = ("certificate of insurance of a Bermudian insurer printed on US Letter (215.9 x 279.4 mm), "
                        "not A4")
            if self.part == "thirtyeighth":
                what = ("certificate of insurance of a Barbadian insurer printed on US Letter (215.9 x 279.4 mm), "
                        "not A4")
            if self.part == "thirtyninth":
                what = ("certificate of cover of a Vincentian insurer printed on US Letter (215.9 x 279.4 mm), "
                        "not A4")
        else:
            D_ = self.new(name, proc)
            self.compose_gen(D_, skip={"income"})
            D_.c.page_w, D_.c.page_h = LETTER
            doc = D_.add(fam_of(self.part, "payslip"), kind="scan", label="loonstrook november")
            D_.c.page_w, D_.c.page_h = 210.0, 297.0
            what = "payslip scanned with the scanner set to US Letter: page is 215.9 x 279.4 mm"
        D_.plan_files(combine=False)
        f, p = D_.page_of(doc, 0)
        D_.defect = _defect("IND-COPY-A4", what, f, p)
        D_.variations.append("us-letter-page")
        self.finish(D_, clean=False)

    def d_blank(self, name, proc, variant):
        D_ = self._compose_default(name, proc)
        blanks: list[Sheet] = []
        if variant == "duplex-form":
            doc = next(d for d in D_.docs if d.type == "application")
            new = []
            for sh in doc.sheets:
                b = blank_sheet()
                new += [sh, b]
                blanks.append(b)
            doc.sheets = new
            doc.kind = "scan"
            D_.plan_files(combine=False)
            f, p = D_.page_of(doc, 1)
            what = "application form scanned duplex: pages 2 and 4 are the blank back sides"
        elif variant == "duplex-all":
            D_.plan_files(combine=True)
            fo = D_.files[-1]
            for doc in fo.docs:
                new = []
                for sh in doc.sheets:
                    b = blank_sheet()
                    new += [sh, b]
                    blanks.append(b)
                doc.sheets = new
            f, p = fo.name, 2
            what = "enclosures scanned duplex: every second page of the combined PDF is a blank back side"
        else:  # one blank page inside a combined scan
            D_.plan_files(combine=True)
            fo = D_.files[-1]
            doc = fo.docs[min(1, len(fo.docs) - 1)]
            b = blank_sheet()
            doc.sheets = doc.sheets + [b]
            blanks.append(b)
            f, p = D_.page_of(doc, len(doc.sheets) - 1)
            what = "a blank page (back side of the previous sheet) scanned into the combined PDF"
        for d in D_.docs:
            if any(b in d.sheets for b in blanks):
                d.vn = [("skip" if sh in blanks else None) for sh in d.sheets]
                # the non-blank pages get their mark as usual
                style = D_.rng.choice(VN_STYLES_SCAN)
                d.vn = ["skip" if any(sh is b for b in blanks) else
                        (None if id(sh) in D_.c.intrinsic else style) for sh in d.sheets]
        D_.defect = _defect("IND-COPY-SINGLE-SIDED", what, f, p)
        self.finish(D_, clean=False)

    def d_vnum(self, name, proc, variant):
        D_ = self._compose_default(name, proc)
        D_.plan_files(combine=D_.rng.random() < 0.3)
        prefer = ("identity-document", "income-proof", "health-insurance", "care-institution-statement") \
            if D_.rng.random() < 0.5 else ("health-insurance", "income-proof", "medical-statement", "identity-document")
        doc, idx = self._target(D_, prefer)
        fo = D_.file_of(doc)
        style = D_.rng.choice(VN_STYLES_DIGITAL if fo.kind == "digital" else VN_STYLES_SCAN)
        doc.vn = [None if id(sh) in D_.c.intrinsic else style for sh in doc.sheets]
        f, p = D_.page_of(doc, idx)
        if variant == "missing":
            doc.vn[idx] = "skip"
            what = f"no V-number (nor name and birth date) on this page ({FAMILIES.get(doc.family).type if doc.family in FAMILIES else doc.type})"
        else:
            other = other_vnumber(D_.c, random.Random(seed_of(name, "other")))
            doc.vn[idx] = ("other", other)
            what = f"this page carries V-number {other}, not the applicant's {D_.c.vnr}"
        D_.defect = _defect("IND-COPY-VNUMBER", what, f, p)
        self.finish(D_, clean=False)

    def d_media(self, name, proc, variant):
        D_ = self._compose_default(name, proc)
        D_.plan_files(combine=False)
        if variant in ("mp3", "mp4"):
            fn = {"mp3": D_.rng.choice(["spraakbericht huisarts.mp3", "verklaring client (audio).mp3"]),
                  "mp4": D_.rng.choice(["video behandeling.mp4", "WhatsApp Video 2026-11-20.mp4"])}[variant]
            D_.extra_files.append((fn, _media_bytes(variant)))
            D_.defect = _defect("IND-COPY-NO-MEDIA", f"{variant} file in the submission", fn, None)
        else:
            pdfs = [fo for fo in D_.files if fo.name.endswith(".pdf") and fo.docs[0].type != "application"]
            fo = D_.rng.choice(pdfs)
            fo.post = [lambda path, js=(variant == "js"): _pdf_add_attachment(path, js=js)]
            what = "PDF contains JavaScript" if variant == "js" else "PDF carries an embedded file attachment (.xlsx)"
            D_.defect = _defect("IND-COPY-NO-MEDIA", what, fo.name, None)
        self.finish(D_, clean=False)

    def d_legible(self, name, proc, variant):
        D_ = self._compose_default(name, proc)
        prefer = {"72dpi": ("income-proof", "identity-document"), "faint": ("medical-statement", "care-institution-statement"),
                  "cut": ("medical-statement", "other", "health-insurance")}[variant]
        doc, idx = self._target(D_, prefer, intrinsic_ok=True)
        doc.kind = "scan"
        D_.plan_files(combine=False)
        doc.vn = ["header"] * len(doc.sheets)
        f, p = D_.page_of(doc, idx)
        if variant == "72dpi":
            doc.scan_override = Scan(dpi=72, jpeg_quality=22, seed=seed_of(name, "72"))
            what = "page scanned at 72 dpi with heavy JPEG compression: text not legible"
        else:
            doc.scan_override = Scan(dpi=150, seed=seed_of(name, "deg"), skew_deg=0.8 if variant == "cut" else 0.0)

            def degrade(doc=doc, idx=idx, how=variant, rng=random.Random(seed_of(name, "deg"))):
                doc.sheets[idx] = degrade_sheet(doc.sheets[idx], how, rng)
            D_.after_mark = [degrade]
            what = ("washed-out copy: the text is barely visible" if variant == "faint"
                    else "page cut off: the left part of every line is missing (page not flat on the glass)")
        D_.defect = _defect("IND-COPY-LEGIBLE", what, f, p)
        D_.variations.append("illegible-" + variant)
        self.finish(D_, clean=False)

    def d_translation(self, name, proc, variant):
        kw = {"route": "parent"} if proc == "ind-hnt-continued" else {}
        D_ = self._compose_default(name, proc, born_for=variant, **kw)
        doc, _ = self.birth_cert(D_, ("foreign", variant), translated=False)
        if doc is None:
            self.skipped.append(f"{name}: no foreign-language birth certificate family in {self.part}")
            return
        D_.plan_files(combine=False)
        f, p = D_.page_of(doc, 0)
        lang = FAMILIES_LANG.get(doc.family, "?")
        D_.defect = _defect("IND-TRANSLATION", f"birth certificate in {LANG_NAMES.get(lang, lang)} without a translation "
                                                f"into Dutch, English, French or German", f, p)
        self.finish(D_, clean=False)

    def d_meddocs(self, name, proc, variant):
        D_ = self.new(name, proc, guarantor=(variant == "income") or None)
        self.compose_med(D_, skip={variant})
        what = {"care": "no statement of the care institution that it can and will treat",
                "insurance": "no health insurance covering the treatment",
                "income": "no proof of income of the applicant or the guarantor (form says a guarantor pays)",
                "medical": "no medical evidence of the treatment and its necessity"}[variant]
        D_.defect = _defect("IND-MED-DOCS", what)
        self.finish(D_, clean=False)

    def d_exemption(self, name, proc, shown):
        D_ = self.new(name, proc)
        D_.c.no_passport = True
        D_.c.exemption_shown = tuple(shown)
        self.compose_med(D_, cover=True)
        if D_.rng.random() < 0.5:
            self.birth_cert(D_, ("nl", "en", "fr", "de"), translated=False)
        missing = [i + 1 for i in range(5) if i not in shown]
        D_.defect = _defect("IND-MED-PASSPORT-EXEMPTION",
                            f"no passport; the exemption conditions {missing} of seed 000 are not substantiated")
        self.finish(D_, clean=False)

    def d_art64(self, name, proc, offset):
        D_ = self.new(name, proc, art64_end=SUB + dt.timedelta(days=offset))
        self.compose_med(D_)
        D_.defect = _defect("IND-MED-ART64-WINDOW",
                            f"art. 64 year ends {D_.c.art64_end.isoformat()}, {abs(offset)} days "
                            f"{'after' if offset > 0 else 'before'} the submission date (window is 28 days)")
        self.finish(D_, clean=False)

    def d_duration(self, name, proc, route):
        since = add_years(SUB, -ROUTE_YEARS[route]) + dt.timedelta(days=1)
        D_ = self.new(name, proc, route=route, since=since)
        fam = None
        if route == "relationship":
            fam, kind = self.civic_for(D_.rng)
            D_.c.inburgering = "exemption" if kind in ("exemption", "nt2") else "diploma"
        self.compose_hnt(D_, civic=fam)
        if fam == "nt2-staatsexamen":
            D_.add("duo-vrijstelling")
        D_.variations.append("route-" + route)
        D_.defect = _defect("IND-HNT-DURATION", f"previous permit ({route}) since {since.isoformat()}: "
                                                f"{ROUTE_YEARS[route]} years not reached until {add_years(since, ROUTE_YEARS[route]).isoformat()}"
                                                f", one day after the submission date")
        self.finish(D_, clean=False)

    def d_continues(self, name, proc, variant):
        rng = random.Random(seed_of("since", self.part, name))
        D_ = self.new(name, proc, route="medical-treatment", since=self.since_for("medical-treatment", rng),
                      med_long=(variant != "short"))
        assert (D_.c.duration == "short") == (variant == "short")
        self.compose_hnt(D_, skip={"medical"} if variant == "missing" else set())
        if variant == "short":
            doc = next(d for d in D_.docs if d.type == "medical-statement")
            D_.plan_files(combine=False)
            f, p = D_.page_of(doc, 0)
            D_.defect = _defect("IND-HNT-MED-CONTINUES", "the medical statement says treatment ends within about "
                                                         "4 months (less than one more year)", f, p)
        else:
            D_.defect = _defect("IND-HNT-MED-CONTINUES", "no medical evidence that treatment is still needed "
                                                         "for at least one more year")
        self.finish(D_, clean=False)

    def d_inburg(self, name, proc, variant):
        rng = random.Random(seed_of("since", self.part, name))
        D_ = self.new(name, proc, route="relationship", since=self.since_for("relationship", rng))
        if variant == "failed":
            D_.c.inburgering = "failed"
            fam = {"dev": "duo-results", "heldout": "duo-results-2015", "fresh": "duo-uitslag-2024",
                   "fourth": "duo-mijninburgering-print", "fifth": "duo-resultaten-tabel",
                   "sixth": "duo-uitslag-brief-opsomming",
                   "seventh": "duo-uitslag-resultaatkolom-perforatie",
                   "eighth": "duo-uitslag-opsomming-gehaald-kleurzweem",
                   "ninth": "duo-uitslag-tabel-dithering",
                   "tenth": "duo-uitslag-mijninburgering-stippen-potlood",
                   "eleventh": "duo-uitslag-punten-cesuur-omkrullend",
                   "twelfth": "duo-uitslag-voldoende-onvoldoende-voetregel",
                   "thirteenth": "duo-uitslag-mail-uitslag-staat-klaar",
                   "fourteenth": "duo-uitslag-balken-cesuurlijn",
                   "fifteenth": "duo-uitslag-tabel-geslaagd-kruisjes",
                   "sixteenth": "duo-uitslag-lijst-onderdelen-punten-streep",
                   "seventeenth": "duo-uitslag-brief-alinea-per-examenonderdeel",
                   "eighteenth": "duo-uitslag-tegels-gekleurde-rand-gehaald-hoek",
                   "nineteenth": "duo-uitslag-portaal-browserregels-tabel-voldoende",
                   "twentieth": "duo-uitslag-tabel-onderdelen-legenda",
                   "twentyfirst": "duo-uitslag-overzicht-vinkjes-kruisjes",
                   "twentysecond": "duo-uitslag-tabel-onderdeel-datum-gehaald",
                   "twentythird": "duo-uitslag-lijst-onderdelen-punten",
                   "twentyfourth": "duo-uitslag-resultatenbrief-scorebalken",
                   "twentyfifth": "duo-uitslag-tabel-examendatum-cijfers-25",
                   "twentysixth": "duo-uitslag-twee-kolommen-onderdeel-uitslag-26",
                   "twentyseventh": "duo-uitslag-tabel-labels-in-cellen-27",
                   "twentyeighth": "duo-uitslag-kaart-per-onderdeel-kolombalk-28",
                   "twentyninth": "duo-uitslag-stippelleiders-onderdeel-resultaat-29",
                   "thirtieth": "duo-uitslag-kaarten-raster-gekleurde-labels-30",
                   "thirtyfirst": "duo-uitslag-tabel-score-nodig-voldoende-31",
                   "thirtysecond": "duo-uitslag-scorebalken-cesuurstreep-gehaald-32",
                   "thirtythird": "duo-uitslag-tabel-examendatum-gekleurde-stip-voldoende-33",
                   "thirtyfourth": "duo-uitslag-punten-tegen-nodig-gehaald-34",
                   "thirtyfifth": "duo-uitslag-tabel-vinkjes-cijfer-per-onderdeel-35",
                   "thirtysixth": "duo-uitslag-mijninburgering-kaarten-gehaald-pil-36",
                   "thirtyseventh": "duo-uitslag-tabel-examendatum-score-gehaald-niet-gehaald-niet-37",
                   "thirtyeighth": "duo-uitslag-mijninburgering-rijen-gekleurde-pil-gehaald-38",
                   "thirtyninth": "duo-uitslag-overzicht-tabel-punten-voldoende-onvoldoende-39"}[self.part]
            self.compose_hnt(D_, civic=fam)
            what = "only a DUO result letter with one exam part failed: no diploma, no exemption"
        else:
            D_.c.inburgering = "diploma"
            self.compose_hnt(D_, civic=None)
            what = "no civic-integration diploma or exemption (the form ticks 'diploma' but none is enclosed)"
        D_.defect = _defect("IND-HNT-INBURGERING", what)
        self.finish(D_, clean=False)

    def d_idsuff(self, name, proc, variant):
        rng = random.Random(seed_of("since", self.part, name))
        route = rng.choice(["medical-treatment", "domestic-violence", "buiten-schuld"])
        D_ = self.new(name, proc, route=route, since=self.since_for(route, rng))
        self.compose_hnt(D_, skip={"passport", "permit"})
        if variant == "permit-only":
            if self.permit_card(D_) is None:
                self.birth_cert(D_, ("nl", "en", "fr", "de"), translated=False)
            what = "no passport: only the Dutch residence card is enclosed"
        else:
            what = "no passport or other identity document in the dossier"
        D_.defect = _defect("ID-SUFFICIENCY", what)
        self.finish(D_, clean=False)

    def _passport_defect(self, name, proc, rule, what, person=None, **opts) -> None:
        if proc == "ind-hnt-continued":
            rng = random.Random(seed_of("since", self.part, name))
            D_ = self.new(name, proc, route="medical-treatment", since=self.since_for("medical-treatment", rng))
            self.compose_hnt(D_, skip={"passport"})
        else:
            D_ = self.new(name, proc)
            self.compose_med(D_, skip={"passport"})
        pp = self.passport(D_, person(D_.c) if person else None, **opts)
        D_.docs.remove(pp)
        D_.docs.insert(1, pp)
        D_.plan_files(combine=False)
        f, p = D_.page_of(pp, 0)
        D_.defect = _defect(rule, what(D_.c) if callable(what) else what, f, p)
        self.finish(D_, clean=False)

    def d_mrz(self, name, proc, variant):
        if variant == "check":
            self._passport_defect(name, proc, "ID-MRZ", "MRZ check digit of the birth date is wrong",
                                  break_check="birth")
        elif variant == "name":
            def other_name(c):
                o = people.ORIGINS[c.p.nationality]
                names = [g for g in (o["m"] if c.p.sex == "M" else o["f"]) if g != c.p.given_names]
                return replace(c.p, given_names=random.Random(c.rng_seed).choice(names))
            self._passport_defect(name, proc, "ID-MRZ", lambda c: f"passport is in another given name than the "
                                  f"manifest's ({c.p.given_names})", person=other_name)
        else:
            def other_birth(c):
                b = c.p.birth_date
                nb = D(b.year, b.day, b.month) if (b.day <= 12 and b.day != b.month) else D(b.year - 1, b.month, min(b.day, 28))
                return replace(c.p, birth_date=nb)
            self._passport_defect(name, proc, "ID-MRZ", lambda c: f"passport birth date differs from the manifest's "
                                  f"{c.p.birth_date.isoformat()}", person=other_birth)

    def d_expired(self, name, proc, variant):
        exp = SUB - dt.timedelta(days=random.Random(seed_of(name)).randint(30, 420))
        self._passport_defect(name, proc, "ID-EXPIRED", f"passport expired on {exp.isoformat()}", expiry_date=exp)

    def d_suriname(self, name, proc, variant):
        if passport_family(self.part, "SUR") is None:
            self.skipped.append(f"{name}: no Surinamese passport family in {self.part}")
            return
        D_ = self.new(name, proc, origin="SUR")
        D_.c.suriname_visa = True
        self.compose_med(D_)
        D_.defect = _defect("IND-MED-SURINAME", "Surinamese national with an MVV for medical treatment: extension "
                                                "after 6 months while treatment is necessary and payment arranged")
        self.finish(D_, clean=False)


LANG_NAMES = {"tr": "Turkish", "es": "Spanish", "pt": "Portuguese", "ru": "Russian", "ar": "Arabic"}


class _LangMap(dict):
    def get(self, k, default=None):
        if _identity is not None and k in _identity.FAMILIES:
            return _identity.FAMILIES[k].lang
        return default


FAMILIES_LANG = _LangMap()

ORIGIN_OK = {"MAR", "COD", "GIN", "AFG", "SUR", "ERI", "TUR", "RUS", "SYR", "CMR"}

DEFECT_PLAN = {
    "dev": [("a4", "ind-medical-treatment", "letter-digital"), ("a4", "ind-generic", "letter-scan"),
            ("blank", "ind-hnt-continued", "duplex-form"), ("blank", "ind-generic", "duplex-all"),
            ("blank", "ind-medical-treatment", "one-blank"),
            ("vnum", "ind-medical-treatment", "missing"), ("vnum", "ind-hnt-continued", "missing"),
            ("vnum", "ind-generic", "other"), ("vnum", "ind-medical-treatment", "other"),
            ("media", "ind-medical-treatment", "mp3"), ("media", "ind-hnt-continued", "attach"),
            ("media", "ind-generic", "js"),
            ("legible", "ind-generic", "72dpi"), ("legible", "ind-medical-treatment", "faint"),
            ("legible", "ind-hnt-continued", "cut"),
            ("translation", "ind-generic", "tr"), ("translation", "ind-hnt-continued", "es"),
            ("meddocs", "ind-medical-treatment", "care"), ("meddocs", "ind-medical-treatment", "insurance"),
            ("meddocs", "ind-medical-treatment", "income"), ("meddocs", "ind-medical-treatment", "medical"),
            ("exemption", "ind-medical-treatment", (0, 3)), ("exemption", "ind-medical-treatment", (0, 2, 4)),
            ("art64", "ind-medical-treatment", 35), ("art64", "ind-medical-treatment", -45),
            ("duration", "ind-hnt-continued", "medical-treatment"), ("duration", "ind-hnt-continued", "relationship"),
            ("duration", "ind-hnt-continued", "parent"),
            ("continues", "ind-hnt-continued", "short"), ("continues", "ind-hnt-continued", "missing"),
            ("inburg", "ind-hnt-continued", "missing"), ("inburg", "ind-hnt-continued", "failed"),
            ("idsuff", "ind-hnt-continued", "permit-only"), ("idsuff", "ind-hnt-continued", "none"),
            ("mrz", "ind-medical-treatment", "name"), ("mrz", "ind-hnt-continued", "check"),
            ("expired", "ind-medical-treatment", None), ("expired", "ind-hnt-continued", None),
            ("suriname", "ind-medical-treatment", None), ("suriname", "ind-medical-treatment", None)],
    "heldout": [("a4", "ind-medical-treatment", "letter-digital"), ("a4", "ind-generic", "letter-scan"),
                ("blank", "ind-hnt-continued", "duplex-form"), ("blank", "ind-medical-treatment", "duplex-all"),
                ("blank", "ind-generic", "one-blank"),
                ("vnum", "ind-generic", "missing"), ("vnum", "ind-hnt-continued", "missing"),
                ("vnum", "ind-medical-treatment", "other"), ("vnum", "ind-hnt-continued", "other"),
                ("media", "ind-generic", "mp4"), ("media", "ind-medical-treatment", "js"),
                ("media", "ind-hnt-continued", "attach"),
                ("legible", "ind-medical-treatment", "72dpi"), ("legible", "ind-hnt-continued", "faint"),
                ("legible", "ind-generic", "cut"),
                ("translation", "ind-generic", "es"), ("translation", "ind-hnt-continued", "tr"),
                ("meddocs", "ind-medical-treatment", "care"), ("meddocs", "ind-medical-treatment", "insurance"),
                ("meddocs", "ind-medical-treatment", "income"), ("meddocs", "ind-medical-treatment", "medical"),
                ("exemption", "ind-medical-treatment", (0, 4)), ("exemption", "ind-medical-treatment", (0, 1, 3)),
                ("art64", "ind-medical-treatment", -31), ("art64", "ind-medical-treatment", 60),
                ("duration", "ind-hnt-continued", "medical-treatment-after-art64"),
                ("duration", "ind-hnt-continued", "relationship"), ("duration", "ind-hnt-continued", "buiten-schuld"),
                ("continues", "ind-hnt-continued", "short"), ("continues", "ind-hnt-continued", "missing"),
                ("inburg", "ind-hnt-continued", "missing"), ("inburg", "ind-hnt-continued", "failed"),
                ("idsuff", "ind-hnt-continued", "permit-only"), ("idsuff", "ind-hnt-continued", "none"),
                ("mrz", "ind-hnt-continued", "birth"), ("mrz", "ind-medical-treatment", "check"),
                ("expired", "ind-medical-treatment", None), ("expired", "ind-hnt-continued", None),
                ("suriname", "ind-medical-treatment", None), ("suriname", "ind-medical-treatment", None)],
    "fresh": [("a4", "ind-medical-treatment", "letter-digital"), ("a4", "ind-generic", "letter-scan"),
              ("blank", "ind-medical-treatment", "duplex-form"), ("blank", "ind-hnt-continued", "duplex-all"),
              ("blank", "ind-generic", "one-blank"),
              ("vnum", "ind-hnt-continued", "missing"), ("vnum", "ind-medical-treatment", "missing"),
              ("vnum", "ind-generic", "other"), ("vnum", "ind-hnt-continued", "other"),
              ("media", "ind-hnt-continued", "mp4"), ("media", "ind-generic", "attach"),
              ("media", "ind-medical-treatment", "js"),
              ("legible", "ind-hnt-continued", "72dpi"), ("legible", "ind-generic", "faint"),
              ("legible", "ind-medical-treatment", "cut"),
              ("translation", "ind-generic", "tr"), ("translation", "ind-hnt-continued", "tr"),
              ("meddocs", "ind-medical-treatment", "care"), ("meddocs", "ind-medical-treatment", "insurance"),
              ("meddocs", "ind-medical-treatment", "income"), ("meddocs", "ind-medical-treatment", "medical"),
              ("exemption", "ind-medical-treatment", (0, 1)), ("exemption", "ind-medical-treatment", (0, 2, 3)),
              ("art64", "ind-medical-treatment", 40), ("art64", "ind-medical-treatment", -35),
              ("duration", "ind-hnt-continued", "trafficking-victim"),
              ("duration", "ind-hnt-continued", "domestic-violence"), ("duration", "ind-hnt-continued", "relationship"),
              ("continues", "ind-hnt-continued", "short"), ("continues", "ind-hnt-continued", "missing"),
              ("inburg", "ind-hnt-continued", "missing"), ("inburg", "ind-hnt-continued", "failed"),
              ("idsuff", "ind-hnt-continued", "permit-only"), ("idsuff", "ind-hnt-continued", "none"),
              ("mrz", "ind-medical-treatment", "birth"), ("mrz", "ind-hnt-continued", "name"),
              ("expired", "ind-medical-treatment", None), ("expired", "ind-hnt-continued", None),
              ("suriname", "ind-medical-treatment", None), ("suriname", "ind-medical-treatment", None)],
    "fourth": [("a4", "ind-medical-treatment", "letter-digital"), ("a4", "ind-generic", "letter-scan"),
               ("blank", "ind-generic", "duplex-form"), ("blank", "ind-medical-treatment", "duplex-all"),
               ("blank", "ind-hnt-continued", "one-blank"),
               ("vnum", "ind-medical-treatment", "missing"), ("vnum", "ind-generic", "missing"),
               ("vnum", "ind-hnt-continued", "other"), ("vnum", "ind-medical-treatment", "other"),
               ("media", "ind-medical-treatment", "mp3"), ("media", "ind-hnt-continued", "js"),
               ("media", "ind-generic", "attach"),
               ("legible", "ind-medical-treatment", "72dpi"), ("legible", "ind-hnt-continued", "cut"),
               ("legible", "ind-generic", "faint"),
               ("translation", "ind-hnt-continued", "tr"), ("translation", "ind-generic", "tr"),
               ("meddocs", "ind-medical-treatment", "care"), ("meddocs", "ind-medical-treatment", "insurance"),
               ("meddocs", "ind-medical-treatment", "income"), ("meddocs", "ind-medical-treatment", "medical"),
               ("exemption", "ind-medical-treatment", (0, 1, 4)), ("exemption", "ind-medical-treatment", (0, 3)),
               ("art64", "ind-medical-treatment", 29), ("art64", "ind-medical-treatment", -50),
               ("duration", "ind-hnt-continued", "parent"), ("duration", "ind-hnt-continued", "buiten-schuld"),
               ("duration", "ind-hnt-continued", "medical-treatment"),
               ("continues", "ind-hnt-continued", "short"), ("continues", "ind-hnt-continued", "missing"),
               ("inburg", "ind-hnt-continued", "failed"), ("inburg", "ind-hnt-continued", "missing"),
               ("idsuff", "ind-hnt-continued", "none"), ("idsuff", "ind-hnt-continued", "permit-only"),
               ("mrz", "ind-hnt-continued", "check"), ("mrz", "ind-medical-treatment", "birth"),
               ("expired", "ind-hnt-continued", None), ("expired", "ind-medical-treatment", None),
               ("suriname", "ind-medical-treatment", None), ("suriname", "ind-medical-treatment", None)],
    "fifth": [("a4", "ind-medical-treatment", "letter-digital"), ("a4", "ind-generic", "letter-scan"),
              ("blank", "ind-hnt-continued", "duplex-form"), ("blank", "ind-generic", "duplex-all"),
              ("blank", "ind-medical-treatment", "one-blank"),
              ("vnum", "ind-hnt-continued", "missing"), ("vnum", "ind-medical-treatment", "missing"),
              ("vnum", "ind-generic", "other"), ("vnum", "ind-hnt-continued", "other"),
              ("media", "ind-generic", "mp3"), ("media", "ind-medical-treatment", "attach"),
              ("media", "ind-hnt-continued", "js"),
              ("legible", "ind-generic", "cut"), ("legible", "ind-medical-treatment", "72dpi"),
              ("legible", "ind-hnt-continued", "faint"),
              ("translation", "ind-generic", "tr"), ("translation", "ind-hnt-continued", "tr"),
              ("meddocs", "ind-medical-treatment", "care"), ("meddocs", "ind-medical-treatment", "insurance"),
              ("meddocs", "ind-medical-treatment", "income"), ("meddocs", "ind-medical-treatment", "medical"),
              ("exemption", "ind-medical-treatment", (0, 2)), ("exemption", "ind-medical-treatment", (0, 1, 3, 4)),
              ("art64", "ind-medical-treatment", 33), ("art64", "ind-medical-treatment", -40),
              ("duration", "ind-hnt-continued", "relationship"), ("duration", "ind-hnt-continued", "domestic-violence"),
              ("duration", "ind-hnt-continued", "medical-treatment-after-art64"),
              ("continues", "ind-hnt-continued", "missing"), ("continues", "ind-hnt-continued", "short"),
              ("inburg", "ind-hnt-continued", "missing"), ("inburg", "ind-hnt-continued", "failed"),
              ("idsuff", "ind-hnt-continued", "none"), ("idsuff", "ind-hnt-continued", "permit-only"),
              ("mrz", "ind-medical-treatment", "name"), ("mrz", "ind-hnt-continued", "birth"),
              ("expired", "ind-medical-treatment", None), ("expired", "ind-hnt-continued", None),
              ("suriname", "ind-medical-treatment", None), ("suriname", "ind-medical-treatment", None)],
    "sixth": [("a4", "ind-generic", "letter-scan"), ("a4", "ind-medical-treatment", "letter-digital"),
              ("blank", "ind-generic", "duplex-form"), ("blank", "ind-hnt-continued", "duplex-all"),
              ("blank", "ind-medical-treatment", "one-blank"),
              ("vnum", "ind-generic", "missing"), ("vnum", "ind-hnt-continued", "missing"),
              ("vnum", "ind-medical-treatment", "other"), ("vnum", "ind-generic", "other"),
              ("media", "ind-hnt-continued", "mp3"), ("media", "ind-generic", "attach"),
              ("media", "ind-medical-treatment", "js"),
              ("legible", "ind-hnt-continued", "72dpi"), ("legible", "ind-generic", "faint"),
              ("legible", "ind-medical-treatment", "cut"),
              ("translation", "ind-hnt-continued", "tr"), ("translation", "ind-generic", "tr"),
              ("meddocs", "ind-medical-treatment", "medical"), ("meddocs", "ind-medical-treatment", "care"),
              ("meddocs", "ind-medical-treatment", "insurance"), ("meddocs", "ind-medical-treatment", "income"),
              ("exemption", "ind-medical-treatment", (1, 3)), ("exemption", "ind-medical-treatment", (0, 2, 4)),
              ("art64", "ind-medical-treatment", 45), ("art64", "ind-medical-treatment", -35),
              ("duration", "ind-hnt-continued", "buiten-schuld"), ("duration", "ind-hnt-continued", "relationship"),
              ("duration", "ind-hnt-continued", "medical-treatment"),
              ("continues", "ind-hnt-continued", "short"), ("continues", "ind-hnt-continued", "missing"),
              ("inburg", "ind-hnt-continued", "failed"), ("inburg", "ind-hnt-continued", "missing"),
              ("idsuff", "ind-hnt-continued", "permit-only"), ("idsuff", "ind-hnt-continued", "none"),
              ("mrz", "ind-hnt-continued", "check"), ("mrz", "ind-medical-treatment", "name"),
              ("expired", "ind-hnt-continued", None), ("expired", "ind-medical-treatment", None),
              ("suriname", "ind-medical-treatment", None), ("suriname", "ind-medical-treatment", None)],
    "seventh": [("a4", "ind-medical-treatment", "letter-digital"), ("a4", "ind-generic", "letter-scan"),
                ("blank", "ind-medical-treatment", "duplex-form"), ("blank", "ind-generic", "one-blank"),
                ("blank", "ind-hnt-continued", "duplex-all"),
                ("vnum", "ind-hnt-continued", "missing"), ("vnum", "ind-medical-treatment", "missing"),
                ("vnum", "ind-generic", "other"), ("vnum", "ind-hnt-continued", "other"),
                ("media", "ind-generic", "js"), ("media", "ind-hnt-continued", "attach"),
                ("media", "ind-medical-treatment", "mp3"),
                ("legible", "ind-generic", "72dpi"), ("legible", "ind-medical-treatment", "faint"),
                ("legible", "ind-hnt-continued", "cut"),
                ("translation", "ind-generic", "tr"), ("translation", "ind-hnt-continued", "tr"),
                ("meddocs", "ind-medical-treatment", "income"), ("meddocs", "ind-medical-treatment", "medical"),
                ("meddocs", "ind-medical-treatment", "insurance"), ("meddocs", "ind-medical-treatment", "care"),
                ("exemption", "ind-medical-treatment", (0, 3)), ("exemption", "ind-medical-treatment", (1, 2, 4)),
                ("art64", "ind-medical-treatment", 38), ("art64", "ind-medical-treatment", -31),
                ("duration", "ind-hnt-continued", "parent"), ("duration", "ind-hnt-continued", "relationship"),
                ("duration", "ind-hnt-continued", "medical-treatment-after-art64"),
                ("continues", "ind-hnt-continued", "missing"), ("continues", "ind-hnt-continued", "short"),
                ("inburg", "ind-hnt-continued", "missing"), ("inburg", "ind-hnt-continued", "failed"),
                ("idsuff", "ind-hnt-continued", "none"), ("idsuff", "ind-hnt-continued", "permit-only"),
                ("mrz", "ind-medical-treatment", "check"), ("mrz", "ind-hnt-continued", "name"),
                ("expired", "ind-medical-treatment", None), ("expired", "ind-hnt-continued", None),
                ("suriname", "ind-medical-treatment", None), ("suriname", "ind-medical-treatment", None)],
    "eighth": [("a4", "ind-medical-treatment", "letter-digital"), ("a4", "ind-hnt-continued", "letter-scan"),
               ("blank", "ind-generic", "duplex-form"), ("blank", "ind-medical-treatment", "duplex-all"),
               ("blank", "ind-hnt-continued", "one-blank"),
               ("vnum", "ind-generic", "missing"), ("vnum", "ind-hnt-continued", "missing"),
               ("vnum", "ind-medical-treatment", "other"), ("vnum", "ind-generic", "other"),
               ("media", "ind-hnt-continued", "js"), ("media", "ind-medical-treatment", "attach"),
               ("media", "ind-generic", "mp3"),
               ("legible", "ind-hnt-continued", "72dpi"), ("legible", "ind-generic", "faint"),
               ("legible", "ind-medical-treatment", "cut"),
               ("translation", "ind-hnt-continued", "tr"), ("translation", "ind-generic", "tr"),
               ("meddocs", "ind-medical-treatment", "care"), ("meddocs", "ind-medical-treatment", "income"),
               ("meddocs", "ind-medical-treatment", "medical"), ("meddocs", "ind-medical-treatment", "insurance"),
               ("exemption", "ind-medical-treatment", (2, 4)), ("exemption", "ind-medical-treatment", (0, 1, 3)),
               ("art64", "ind-medical-treatment", 41), ("art64", "ind-medical-treatment", -27),
               ("duration", "ind-hnt-continued", "relationship"), ("duration", "ind-hnt-continued", "buiten-schuld"),
               ("duration", "ind-hnt-continued", "parent"),
               ("continues", "ind-hnt-continued", "short"), ("continues", "ind-hnt-continued", "missing"),
               ("inburg", "ind-hnt-continued", "failed"), ("inburg", "ind-hnt-continued", "missing"),
               ("idsuff", "ind-hnt-continued", "permit-only"), ("idsuff", "ind-hnt-continued", "none"),
               ("mrz", "ind-hnt-continued", "check"), ("mrz", "ind-medical-treatment", "name"),
               ("expired", "ind-hnt-continued", None), ("expired", "ind-medical-treatment", None),
               ("suriname", "ind-medical-treatment", None), ("suriname", "ind-medical-treatment", None)],
    "ninth": [("a4", "ind-medical-treatment", "letter-digital"), ("a4", "ind-generic", "letter-scan"),
              ("blank", "ind-hnt-continued", "duplex-form"), ("blank", "ind-generic", "duplex-all"),
              ("blank", "ind-medical-treatment", "one-blank"),
              ("vnum", "ind-medical-treatment", "missing"), ("vnum", "ind-generic", "missing"),
              ("vnum", "ind-hnt-continued", "other"), ("vnum", "ind-generic", "other"),
              ("media", "ind-generic", "js"), ("media", "ind-hnt-continued", "attach"),
              ("media", "ind-medical-treatment", "mp3"),
              ("legible", "ind-generic", "72dpi"), ("legible", "ind-medical-treatment", "faint"),
              ("legible", "ind-hnt-continued", "cut"),
              ("translation", "ind-generic", "tr"), ("translation", "ind-hnt-continued", "tr"),
              ("meddocs", "ind-medical-treatment", "medical"), ("meddocs", "ind-medical-treatment", "care"),
              ("meddocs", "ind-medical-treatment", "insurance"), ("meddocs", "ind-medical-treatment", "income"),
              ("exemption", "ind-medical-treatment", (0, 2)), ("exemption", "ind-medical-treatment", (1, 3, 4)),
              ("art64", "ind-medical-treatment", 36), ("art64", "ind-medical-treatment", -33),
              ("duration", "ind-hnt-continued", "parent"), ("duration", "ind-hnt-continued", "relationship"),
              ("duration", "ind-hnt-continued", "buiten-schuld"),
              ("continues", "ind-hnt-continued", "missing"), ("continues", "ind-hnt-continued", "short"),
              ("inburg", "ind-hnt-continued", "missing"), ("inburg", "ind-hnt-continued", "failed"),
              ("idsuff", "ind-hnt-continued", "none"), ("idsuff", "ind-hnt-continued", "permit-only"),
              ("mrz", "ind-medical-treatment", "check"), ("mrz", "ind-hnt-continued", "name"),
              ("expired", "ind-medical-treatment", None), ("expired", "ind-hnt-continued", None),
              ("suriname", "ind-medical-treatment", None), ("suriname", "ind-medical-treatment", None)],
    "tenth": [("a4", "ind-medical-treatment", "letter-digital"), ("a4", "ind-hnt-continued", "letter-scan"),
              ("blank", "ind-generic", "duplex-form"), ("blank", "ind-medical-treatment", "duplex-all"),
              ("blank", "ind-hnt-continued", "one-blank"),
              ("vnum", "ind-hnt-continued", "missing"), ("vnum", "ind-medical-treatment", "missing"),
              ("vnum", "ind-generic", "other"), ("vnum", "ind-medical-treatment", "other"),
              ("media", "ind-medical-treatment", "attach"), ("media", "ind-generic", "mp4"),
              ("media", "ind-hnt-continued", "js"),
              ("legible", "ind-hnt-continued", "72dpi"), ("legible", "ind-generic", "faint"),
              ("legible", "ind-medical-treatment", "cut"),
              ("translation", "ind-hnt-continued", "tr"), ("translation", "ind-generic", "tr"),
              ("meddocs", "ind-medical-treatment", "care"), ("meddocs", "ind-medical-treatment", "medical"),
              ("meddocs", "ind-medical-treatment", "income"), ("meddocs", "ind-medical-treatment", "insurance"),
              ("exemption", "ind-medical-treatment", (0, 1, 4)), ("exemption", "ind-medical-treatment", (2, 4)),
              ("art64", "ind-medical-treatment", 41), ("art64", "ind-medical-treatment", -40),
              ("duration", "ind-hnt-continued", "domestic-violence"), ("duration", "ind-hnt-continued", "parent"),
              ("duration", "ind-hnt-continued", "medical-treatment-after-art64"),
              ("continues", "ind-hnt-continued", "short"), ("continues", "ind-hnt-continued", "missing"),
              ("inburg", "ind-hnt-continued", "failed"), ("inburg", "ind-hnt-continued", "missing"),
              ("idsuff", "ind-hnt-continued", "permit-only"), ("idsuff", "ind-hnt-continued", "none"),
              ("mrz", "ind-hnt-continued", "check"), ("mrz", "ind-medical-treatment", "birth"),
              ("expired", "ind-hnt-continued", None), ("expired", "ind-medical-treatment", None),
              ("suriname", "ind-medical-treatment", None), ("suriname", "ind-medical-treatment", None)],
    "eleventh": [("a4", "ind-hnt-continued", "letter-digital"), ("a4", "ind-generic", "letter-scan"),
                 ("blank", "ind-medical-treatment", "duplex-form"), ("blank", "ind-hnt-continued", "duplex-all"),
                 ("blank", "ind-generic", "one-blank"),
                 ("vnum", "ind-generic", "missing"), ("vnum", "ind-medical-treatment", "missing"),
                 ("vnum", "ind-hnt-continued", "other"), ("vnum", "ind-medical-treatment", "other"),
                 ("media", "ind-hnt-continued", "mp3"), ("media", "ind-medical-treatment", "attach"),
                 ("media", "ind-generic", "js"),
                 ("legible", "ind-medical-treatment", "72dpi"), ("legible", "ind-hnt-continued", "faint"),
                 ("legible", "ind-generic", "cut"),
                 ("translation", "ind-generic", "tr"), ("translation", "ind-hnt-continued", "tr"),
                 ("meddocs", "ind-medical-treatment", "insurance"), ("meddocs", "ind-medical-treatment", "care"),
                 ("meddocs", "ind-medical-treatment", "medical"), ("meddocs", "ind-medical-treatment", "income"),
                 ("exemption", "ind-medical-treatment", (1, 3)), ("exemption", "ind-medical-treatment", (0, 2, 3)),
                 ("art64", "ind-medical-treatment", 33), ("art64", "ind-medical-treatment", -36),
                 ("duration", "ind-hnt-continued", "relationship"), ("duration", "ind-hnt-continued", "buiten-schuld"),
                 ("duration", "ind-hnt-continued", "medical-treatment"),
                 ("continues", "ind-hnt-continued", "missing"), ("continues", "ind-hnt-continued", "short"),
                 ("inburg", "ind-hnt-continued", "missing"), ("inburg", "ind-hnt-continued", "failed"),
                 ("idsuff", "ind-hnt-continued", "none"), ("idsuff", "ind-hnt-continued", "permit-only"),
                 ("mrz", "ind-medical-treatment", "check"), ("mrz", "ind-hnt-continued", "name"),
                 ("expired", "ind-medical-treatment", None), ("expired", "ind-hnt-continued", None),
                 ("suriname", "ind-medical-treatment", None), ("suriname", "ind-medical-treatment", None)],
    "twelfth": [("a4", "ind-medical-treatment", "letter-digital"), ("a4", "ind-generic", "letter-scan"),
                ("blank", "ind-hnt-continued", "duplex-form"), ("blank", "ind-generic", "duplex-all"),
                ("blank", "ind-medical-treatment", "one-blank"),
                ("vnum", "ind-hnt-continued", "missing"), ("vnum", "ind-generic", "missing"),
                ("vnum", "ind-medical-treatment", "other"), ("vnum", "ind-generic", "other"),
                ("media", "ind-medical-treatment", "mp4"), ("media", "ind-generic", "attach"),
                ("media", "ind-hnt-continued", "js"),
                ("legible", "ind-generic", "72dpi"), ("legible", "ind-medical-treatment", "faint"),
                ("legible", "ind-hnt-continued", "cut"),
                ("translation", "ind-hnt-continued", "tr"), ("translation", "ind-generic", "tr"),
                ("meddocs", "ind-medical-treatment", "care"), ("meddocs", "ind-medical-treatment", "insurance"),
                ("meddocs", "ind-medical-treatment", "income"), ("meddocs", "ind-medical-treatment", "medical"),
                ("exemption", "ind-medical-treatment", (0, 1)), ("exemption", "ind-medical-treatment", (2, 3, 4)),
                ("art64", "ind-medical-treatment", -31), ("art64", "ind-medical-treatment", 40),
                ("duration", "ind-hnt-continued", "medical-treatment-after-art64"),
                ("duration", "ind-hnt-continued", "domestic-violence"),
                ("duration", "ind-hnt-continued", "relationship"),
                ("continues", "ind-hnt-continued", "short"), ("continues", "ind-hnt-continued", "missing"),
                ("inburg", "ind-hnt-continued", "failed"), ("inburg", "ind-hnt-continued", "missing"),
                ("idsuff", "ind-hnt-continued", "permit-only"), ("idsuff", "ind-hnt-continued", "none"),
                ("mrz", "ind-hnt-continued", "check"), ("mrz", "ind-medical-treatment", "name"),
                ("expired", "ind-hnt-continued", None), ("expired", "ind-medical-treatment", None),
                ("suriname", "ind-medical-treatment", None), ("suriname", "ind-medical-treatment", None)],
    "thirteenth": [("a4", "ind-medical-treatment", "letter-digital"), ("a4", "ind-generic", "letter-scan"),
                ("blank", "ind-generic", "duplex-form"), ("blank", "ind-hnt-continued", "duplex-all"),
                ("blank", "ind-medical-treatment", "duplex-form"),
                ("vnum", "ind-hnt-continued", "missing"), ("vnum", "ind-generic", "other"),
                ("vnum", "ind-medical-treatment", "missing"), ("vnum", "ind-hnt-continued", "other"),
                ("media", "ind-medical-treatment", "mp3"), ("media", "ind-generic", "mp4"),
                ("media", "ind-hnt-continued", "js"),
                ("legible", "ind-hnt-continued", "72dpi"), ("legible", "ind-generic", "faint"),
                ("legible", "ind-medical-treatment", "cut"),
                ("translation", "ind-hnt-continued", "tr"), ("translation", "ind-generic", "tr"),
                ("meddocs", "ind-medical-treatment", "care"), ("meddocs", "ind-medical-treatment", "insurance"),
                ("meddocs", "ind-medical-treatment", "income"), ("meddocs", "ind-medical-treatment", "medical"),
                ("exemption", "ind-medical-treatment", (0, 2)), ("exemption", "ind-medical-treatment", (1, 3)),
                ("art64", "ind-medical-treatment", -35), ("art64", "ind-medical-treatment", 33),
                ("duration", "ind-hnt-continued", "medical-treatment-after-art64"),
                ("duration", "ind-hnt-continued", "parent"),
                ("duration", "ind-hnt-continued", "relationship"),
                ("continues", "ind-hnt-continued", "short"), ("continues", "ind-hnt-continued", "missing"),
                ("inburg", "ind-hnt-continued", "failed"), ("inburg", "ind-hnt-continued", "missing"),
                ("idsuff", "ind-hnt-continued", "permit-only"), ("idsuff", "ind-hnt-continued", "none"),
                ("mrz", "ind-medical-treatment", "check"), ("mrz", "ind-hnt-continued", "birth"),
                ("expired", "ind-hnt-continued", None), ("expired", "ind-medical-treatment", None),
                ("suriname", "ind-medical-treatment", None), ("suriname", "ind-medical-treatment", None)],
    "fourteenth": [("a4", "ind-medical-treatment", "letter-digital"), ("a4", "ind-hnt-continued", "letter-scan"),
                ("blank", "ind-medical-treatment", "duplex-form"), ("blank", "ind-generic", "duplex-all"),
                ("blank", "ind-hnt-continued", "duplex-form"),
                ("vnum", "ind-medical-treatment", "other"), ("vnum", "ind-hnt-continued", "missing"),
                ("vnum", "ind-generic", "missing"), ("vnum", "ind-hnt-continued", "other"),
                ("media", "ind-hnt-continued", "mp4"), ("media", "ind-medical-treatment", "js"),
                ("media", "ind-generic", "mp3"),
                ("legible", "ind-medical-treatment", "72dpi"), ("legible", "ind-hnt-continued", "faint"),
                ("legible", "ind-generic", "cut"),
                ("translation", "ind-generic", "tr"), ("translation", "ind-hnt-continued", "tr"),
                ("meddocs", "ind-medical-treatment", "care"), ("meddocs", "ind-medical-treatment", "insurance"),
                ("meddocs", "ind-medical-treatment", "income"), ("meddocs", "ind-medical-treatment", "medical"),
                ("exemption", "ind-medical-treatment", (1, 2)), ("exemption", "ind-medical-treatment", (0, 3)),
                ("art64", "ind-medical-treatment", -33), ("art64", "ind-medical-treatment", 36),
                ("duration", "ind-hnt-continued", "medical-treatment-after-art64"),
                ("duration", "ind-hnt-continued", "domestic-violence"),
                ("duration", "ind-hnt-continued", "parent"),
                ("continues", "ind-hnt-continued", "short"), ("continues", "ind-hnt-continued", "missing"),
                ("inburg", "ind-hnt-continued", "failed"), ("inburg", "ind-hnt-continued", "missing"),
                ("idsuff", "ind-hnt-continued", "permit-only"), ("idsuff", "ind-hnt-continued", "none"),
                ("mrz", "ind-hnt-continued", "name"), ("mrz", "ind-medical-treatment", "birth"),
                ("expired", "ind-medical-treatment", None), ("expired", "ind-hnt-continued", None),
                ("suriname", "ind-medical-treatment", None), ("suriname", "ind-medical-treatment", None)],
    "fifteenth": [("a4", "ind-hnt-continued", "letter-digital"), ("a4", "ind-medical-treatment", "letter-scan"),
                  ("blank", "ind-hnt-continued", "duplex-form"), ("blank", "ind-medical-treatment", "duplex-all"),
                  ("blank", "ind-generic", "duplex-form"),
                  ("vnum", "ind-generic", "other"), ("vnum", "ind-medical-treatment", "missing"),
                  ("vnum", "ind-hnt-continued", "missing"), ("vnum", "ind-medical-treatment", "other"),
                  ("media", "ind-medical-treatment", "mp3"), ("media", "ind-generic", "js"),
                  ("media", "ind-hnt-continued", "mp4"),
                  ("legible", "ind-hnt-continued", "72dpi"), ("legible", "ind-generic", "faint"),
                  ("legible", "ind-medical-treatment", "cut"),
                  ("translation", "ind-hnt-continued", "tr"), ("translation", "ind-generic", "tr"),
                  ("meddocs", "ind-medical-treatment", "insurance"), ("meddocs", "ind-medical-treatment", "medical"),
                  ("meddocs", "ind-medical-treatment", "care"), ("meddocs", "ind-medical-treatment", "income"),
                  ("exemption", "ind-medical-treatment", (0, 2)), ("exemption", "ind-medical-treatment", (1, 3)),
                  ("art64", "ind-medical-treatment", 40), ("art64", "ind-medical-treatment", -31),
                  ("duration", "ind-hnt-continued", "parent"),
                  ("duration", "ind-hnt-continued", "medical-treatment-after-art64"),
                  ("duration", "ind-hnt-continued", "domestic-violence"),
                  ("continues", "ind-hnt-continued", "missing"), ("continues", "ind-hnt-continued", "short"),
                  ("inburg", "ind-hnt-continued", "missing"), ("inburg", "ind-hnt-continued", "failed"),
                  ("idsuff", "ind-hnt-continued", "none"), ("idsuff", "ind-hnt-continued", "permit-only"),
                  ("mrz", "ind-medical-treatment", "name"), ("mrz", "ind-hnt-continued", "check"),
                  ("expired", "ind-hnt-continued", None), ("expired", "ind-medical-treatment", None),
                  ("suriname", "ind-medical-treatment", None), ("suriname", "ind-medical-treatment", None)],
    "sixteenth": [("a4", "ind-medical-treatment", "letter-digital"), ("a4", "ind-generic", "letter-scan"),
                  ("blank", "ind-medical-treatment", "duplex-form"), ("blank", "ind-hnt-continued", "duplex-all"),
                  ("blank", "ind-generic", "duplex-all"),
                  ("vnum", "ind-hnt-continued", "other"), ("vnum", "ind-generic", "missing"),
                  ("vnum", "ind-medical-treatment", "missing"), ("vnum", "ind-hnt-continued", "missing"),
                  ("media", "ind-generic", "mp4"), ("media", "ind-hnt-continued", "js"),
                  ("media", "ind-medical-treatment", "mp3"),
                  ("legible", "ind-medical-treatment", "72dpi"), ("legible", "ind-hnt-continued", "cut"),
                  ("legible", "ind-generic", "faint"),
                  ("translation", "ind-medical-treatment", "tr"), ("translation", "ind-hnt-continued", "tr"),
                  ("meddocs", "ind-medical-treatment", "care"), ("meddocs", "ind-medical-treatment", "insurance"),
                  ("meddocs", "ind-medical-treatment", "income"), ("meddocs", "ind-medical-treatment", "medical"),
                  ("exemption", "ind-medical-treatment", (1, 3)), ("exemption", "ind-medical-treatment", (0, 2)),
                  ("art64", "ind-medical-treatment", -35), ("art64", "ind-medical-treatment", 33),
                  ("duration", "ind-hnt-continued", "trafficking-victim"),
                  ("duration", "ind-hnt-continued", "parent"),
                  ("duration", "ind-hnt-continued", "buiten-schuld"),
                  ("continues", "ind-hnt-continued", "short"), ("continues", "ind-hnt-continued", "missing"),
                  ("inburg", "ind-hnt-continued", "failed"), ("inburg", "ind-hnt-continued", "missing"),
                  ("idsuff", "ind-hnt-continued", "permit-only"), ("idsuff", "ind-hnt-continued", "none"),
                  ("mrz", "ind-hnt-continued", "birth"), ("mrz", "ind-medical-treatment", "check"),
                  ("expired", "ind-medical-treatment", None), ("expired", "ind-hnt-continued", None),
                  ("suriname", "ind-medical-treatment", None), ("suriname", "ind-medical-treatment", None)],
    "seventeenth": [("a4", "ind-generic", "letter-scan"), ("a4", "ind-medical-treatment", "letter-digital"),
                    ("blank", "ind-generic", "duplex-form"), ("blank", "ind-medical-treatment", "duplex-all"),
                    ("blank", "ind-hnt-continued", "duplex-form"),
                    ("vnum", "ind-medical-treatment", "other"), ("vnum", "ind-hnt-continued", "missing"),
                    ("vnum", "ind-generic", "other"), ("vnum", "ind-medical-treatment", "missing"),
                    ("media", "ind-hnt-continued", "mp3"), ("media", "ind-generic", "js"),
                    ("media", "ind-medical-treatment", "mp4"),
                    ("legible", "ind-generic", "72dpi"), ("legible", "ind-medical-treatment", "faint"),
                    ("legible", "ind-hnt-continued", "cut"),
                    ("translation", "ind-generic", "tr"), ("translation", "ind-medical-treatment", "tr"),
                    ("meddocs", "ind-medical-treatment", "medical"), ("meddocs", "ind-medical-treatment", "income"),
                    ("meddocs", "ind-medical-treatment", "insurance"), ("meddocs", "ind-medical-treatment", "care"),
                    ("exemption", "ind-medical-treatment", (0, 3)), ("exemption", "ind-medical-treatment", (1, 2)),
                    ("art64", "ind-medical-treatment", 38), ("art64", "ind-medical-treatment", -32),
                    ("duration", "ind-hnt-continued", "domestic-violence"),
                    ("duration", "ind-hnt-continued", "trafficking-victim"),
                    ("duration", "ind-hnt-continued", "medical-treatment-after-art64"),
                    ("continues", "ind-hnt-continued", "missing"), ("continues", "ind-hnt-continued", "short"),
                    ("inburg", "ind-hnt-continued", "missing"), ("inburg", "ind-hnt-continued", "failed"),
                    ("idsuff", "ind-hnt-continued", "none"), ("idsuff", "ind-hnt-continued", "permit-only"),
                    ("mrz", "ind-medical-treatment", "birth"), ("mrz", "ind-hnt-continued", "name"),
                    ("expired", "ind-hnt-continued", None), ("expired", "ind-medical-treatment", None),
                    ("suriname", "ind-medical-treatment", None), ("suriname", "ind-medical-treatment", None)],
    "eighteenth": [("a4", "ind-hnt-continued", "letter-scan"), ("a4", "ind-medical-treatment", "letter-digital"),
                   ("blank", "ind-medical-treatment", "one-blank"), ("blank", "ind-generic", "duplex-all"),
                   ("blank", "ind-hnt-continued", "duplex-form"),
                   ("vnum", "ind-generic", "missing"), ("vnum", "ind-hnt-continued", "other"),
                   ("vnum", "ind-medical-treatment", "other"), ("vnum", "ind-medical-treatment", "missing"),
                   ("media", "ind-medical-treatment", "attach"), ("media", "ind-hnt-continued", "mp4"),
                   ("media", "ind-generic", "mp3"),
                   ("legible", "ind-hnt-continued", "faint"), ("legible", "ind-generic", "cut"),
                   ("legible", "ind-medical-treatment", "72dpi"),
                   ("translation", "ind-hnt-continued", "tr"), ("translation", "ind-generic", "es"),
                   ("meddocs", "ind-medical-treatment", "insurance"), ("meddocs", "ind-medical-treatment", "care"),
                   ("meddocs", "ind-medical-treatment", "medical"), ("meddocs", "ind-medical-treatment", "income"),
                   ("exemption", "ind-medical-treatment", (0, 2, 4)), ("exemption", "ind-medical-treatment", (1, 3)),
                   ("art64", "ind-medical-treatment", 33), ("art64", "ind-medical-treatment", -36),
                   ("duration", "ind-hnt-continued", "relationship"),
                   ("duration", "ind-hnt-continued", "buiten-schuld"),
                   ("duration", "ind-hnt-continued", "parent"),
                   ("continues", "ind-hnt-continued", "short"), ("continues", "ind-hnt-continued", "missing"),
                   ("inburg", "ind-hnt-continued", "failed"), ("inburg", "ind-hnt-continued", "missing"),
                   ("idsuff", "ind-hnt-continued", "permit-only"), ("idsuff", "ind-hnt-continued", "none"),
                   ("mrz", "ind-hnt-continued", "check"), ("mrz", "ind-medical-treatment", "name"),
                   ("expired", "ind-medical-treatment", None), ("expired", "ind-hnt-continued", None),
                   ("suriname", "ind-medical-treatment", None), ("suriname", "ind-medical-treatment", None)],
    "nineteenth": [("a4", "ind-generic", "letter-scan"), ("a4", "ind-medical-treatment", "letter-digital"),
                   ("blank", "ind-hnt-continued", "one-blank"), ("blank", "ind-medical-treatment", "duplex-form"),
                   ("blank", "ind-generic", "duplex-all"),
                   ("vnum", "ind-hnt-continued", "missing"), ("vnum", "ind-generic", "other"),
                   ("vnum", "ind-medical-treatment", "missing"), ("vnum", "ind-hnt-continued", "other"),
                   ("media", "ind-generic", "mp4"), ("media", "ind-medical-treatment", "js"),
                   ("media", "ind-hnt-continued", "mp3"),
                   ("legible", "ind-medical-treatment", "cut"), ("legible", "ind-hnt-continued", "72dpi"),
                   ("legible", "ind-generic", "faint"),
                   ("translation", "ind-generic", "tr"), ("translation", "ind-hnt-continued", "es"),
                   ("meddocs", "ind-medical-treatment", "medical"), ("meddocs", "ind-medical-treatment", "income"),
                   ("meddocs", "ind-medical-treatment", "care"), ("meddocs", "ind-medical-treatment", "insurance"),
                   ("exemption", "ind-medical-treatment", (0, 1, 3)), ("exemption", "ind-medical-treatment", (2, 4)),
                   ("art64", "ind-medical-treatment", -31), ("art64", "ind-medical-treatment", 40),
                   ("duration", "ind-hnt-continued", "domestic-violence"),
                   ("duration", "ind-hnt-continued", "relationship"),
                   ("duration", "ind-hnt-continued", "medical-treatment"),
                   ("continues", "ind-hnt-continued", "missing"), ("continues", "ind-hnt-continued", "short"),
                   ("inburg", "ind-hnt-continued", "missing"), ("inburg", "ind-hnt-continued", "failed"),
                   ("idsuff", "ind-hnt-continued", "none"), ("idsuff", "ind-hnt-continued", "permit-only"),
                   ("mrz", "ind-medical-treatment", "birth"), ("mrz", "ind-hnt-continued", "check"),
                   ("expired", "ind-hnt-continued", None), ("expired", "ind-medical-treatment", None),
                   ("suriname", "ind-medical-treatment", None), ("suriname", "ind-medical-treatment", None)],
    "twentieth": [("a4", "ind-medical-treatment", "letter-digital"), ("a4", "ind-generic", "letter-scan"),
                  ("blank", "ind-medical-treatment", "one-blank"), ("blank", "ind-hnt-continued", "duplex-form"),
                  ("blank", "ind-generic", "duplex-all"),
                  ("vnum", "ind-medical-treatment", "other"), ("vnum", "ind-generic", "missing"),
                  ("vnum", "ind-hnt-continued", "missing"), ("vnum", "ind-medical-treatment", "missing"),
                  ("media", "ind-hnt-continued", "mp4"), ("media", "ind-generic", "js"),
                  ("media", "ind-medical-treatment", "mp3"),
                  ("legible", "ind-generic", "72dpi"), ("legible", "ind-medical-treatment", "faint"),
                  ("legible", "ind-hnt-continued", "cut"),
                  ("translation", "ind-hnt-continued", "tr"), ("translation", "ind-generic", "tr"),
                  ("meddocs", "ind-medical-treatment", "care"), ("meddocs", "ind-medical-treatment", "medical"),
                  ("meddocs", "ind-medical-treatment", "insurance"), ("meddocs", "ind-medical-treatment", "income"),
                  ("exemption", "ind-medical-treatment", (1, 2, 4)), ("exemption", "ind-medical-treatment", (0, 3)),
                  ("art64", "ind-medical-treatment", 35), ("art64", "ind-medical-treatment", -45),
                  ("duration", "ind-hnt-continued", "buiten-schuld"),
                  ("duration", "ind-hnt-continued", "relationship"),
                  ("duration", "ind-hnt-continued", "medical-treatment-after-art64"),
                  ("continues", "ind-hnt-continued", "short"), ("continues", "ind-hnt-continued", "missing"),
                  ("inburg", "ind-hnt-continued", "failed"), ("inburg", "ind-hnt-continued", "missing"),
                  ("idsuff", "ind-hnt-continued", "permit-only"), ("idsuff", "ind-hnt-continued", "none"),
                  ("mrz", "ind-hnt-continued", "name"), ("mrz", "ind-medical-treatment", "check"),
                  ("expired", "ind-medical-treatment", None), ("expired", "ind-hnt-continued", None),
                  ("suriname", "ind-medical-treatment", None), ("suriname", "ind-medical-treatment", None)],
    "twentyfirst": [("a4", "ind-generic", "letter-scan"), ("a4", "ind-medical-treatment", "letter-digital"),
                    ("blank", "ind-hnt-continued", "one-blank"), ("blank", "ind-medical-treatment", "duplex-form"),
                    ("blank", "ind-generic", "duplex-all"),
                    ("vnum", "ind-generic", "other"), ("vnum", "ind-medical-treatment", "missing"),
                    ("vnum", "ind-hnt-continued", "missing"), ("vnum", "ind-hnt-continued", "other"),
                    ("media", "ind-medical-treatment", "mp4"), ("media", "ind-hnt-continued", "mp3"),
                    ("media", "ind-generic", "js"),
                    ("legible", "ind-medical-treatment", "72dpi"), ("legible", "ind-generic", "cut"),
                    ("legible", "ind-hnt-continued", "faint"),
                    ("translation", "ind-generic", "tr"), ("translation", "ind-hnt-continued", "tr"),
                    ("meddocs", "ind-medical-treatment", "medical"), ("meddocs", "ind-medical-treatment", "care"),
                    ("meddocs", "ind-medical-treatment", "income"), ("meddocs", "ind-medical-treatment", "insurance"),
                    ("exemption", "ind-medical-treatment", (0, 2, 4)), ("exemption", "ind-medical-treatment", (1, 3)),
                    ("art64", "ind-medical-treatment", -40), ("art64", "ind-medical-treatment", 33),
                    ("duration", "ind-hnt-continued", "relationship"),
                    ("duration", "ind-hnt-continued", "buiten-schuld"),
                    ("duration", "ind-hnt-continued", "medical-treatment"),
                    ("continues", "ind-hnt-continued", "missing"), ("continues", "ind-hnt-continued", "short"),
                    ("inburg", "ind-hnt-continued", "missing"), ("inburg", "ind-hnt-continued", "failed"),
                    ("idsuff", "ind-hnt-continued", "none"), ("idsuff", "ind-hnt-continued", "permit-only"),
                    ("mrz", "ind-medical-treatment", "name"), ("mrz", "ind-hnt-continued", "check"),
                    ("expired", "ind-hnt-continued", None), ("expired", "ind-medical-treatment", None),
                    ("suriname", "ind-medical-treatment", None), ("suriname", "ind-medical-treatment", None)],
    "twentysecond": [("a4", "ind-medical-treatment", "letter-digital"), ("a4", "ind-generic", "letter-scan"),
                     ("blank", "ind-medical-treatment", "one-blank"), ("blank", "ind-hnt-continued", "duplex-form"),
                     ("blank", "ind-generic", "duplex-all"),
                     ("vnum", "ind-hnt-continued", "missing"), ("vnum", "ind-generic", "other"),
                     ("vnum", "ind-medical-treatment", "other"), ("vnum", "ind-generic", "missing"),
                     ("media", "ind-hnt-continued", "mp4"), ("media", "ind-generic", "mp3"),
                     ("media", "ind-medical-treatment", "js"),
                     ("legible", "ind-hnt-continued", "72dpi"), ("legible", "ind-medical-treatment", "cut"),
                     ("legible", "ind-generic", "faint"),
                     ("translation", "ind-hnt-continued", "tr"), ("translation", "ind-generic", "tr"),
                     ("meddocs", "ind-medical-treatment", "care"), ("meddocs", "ind-medical-treatment", "medical"),
                     ("meddocs", "ind-medical-treatment", "insurance"), ("meddocs", "ind-medical-treatment", "income"),
                     ("exemption", "ind-medical-treatment", (1, 2, 3)), ("exemption", "ind-medical-treatment", (0, 4)),
                     ("art64", "ind-medical-treatment", 35), ("art64", "ind-medical-treatment", -45),
                     ("duration", "ind-hnt-continued", "medical-treatment"),
                     ("duration", "ind-hnt-continued", "relationship"),
                     ("duration", "ind-hnt-continued", "domestic-violence"),
                     ("continues", "ind-hnt-continued", "short"), ("continues", "ind-hnt-continued", "missing"),
                     ("inburg", "ind-hnt-continued", "failed"), ("inburg", "ind-hnt-continued", "missing"),
                     ("idsuff", "ind-hnt-continued", "permit-only"), ("idsuff", "ind-hnt-continued", "none"),
                     ("mrz", "ind-hnt-continued", "name"), ("mrz", "ind-medical-treatment", "check"),
                     ("expired", "ind-medical-treatment", None), ("expired", "ind-hnt-continued", None),
                     ("suriname", "ind-medical-treatment", None), ("suriname", "ind-medical-treatment", None)],
    "twentythird": [("a4", "ind-generic", "letter-scan"), ("a4", "ind-medical-treatment", "letter-digital"),
                    ("blank", "ind-hnt-continued", "one-blank"), ("blank", "ind-medical-treatment", "duplex-form"),
                    ("blank", "ind-generic", "duplex-all"),
                    ("vnum", "ind-medical-treatment", "missing"), ("vnum", "ind-hnt-continued", "other"),
                    ("vnum", "ind-generic", "other"), ("vnum", "ind-hnt-continued", "missing"),
                    ("media", "ind-generic", "mp4"), ("media", "ind-medical-treatment", "mp3"),
                    ("media", "ind-hnt-continued", "js"),
                    ("legible", "ind-generic", "72dpi"), ("legible", "ind-hnt-continued", "cut"),
                    ("legible", "ind-medical-treatment", "faint"),
                    ("translation", "ind-generic", "tr"), ("translation", "ind-hnt-continued", "tr"),
                    ("meddocs", "ind-medical-treatment", "insurance"), ("meddocs", "ind-medical-treatment", "care"),
                    ("meddocs", "ind-medical-treatment", "income"), ("meddocs", "ind-medical-treatment", "medical"),
                    ("exemption", "ind-medical-treatment", (0, 2, 4)), ("exemption", "ind-medical-treatment", (1, 3)),
                    ("art64", "ind-medical-treatment", -40), ("art64", "ind-medical-treatment", 33),
                    ("duration", "ind-hnt-continued", "relationship"),
                    ("duration", "ind-hnt-continued", "medical-treatment"),
                    ("duration", "ind-hnt-continued", "buiten-schuld"),
                    ("continues", "ind-hnt-continued", "missing"), ("continues", "ind-hnt-continued", "short"),
                    ("inburg", "ind-hnt-continued", "missing"), ("inburg", "ind-hnt-continued", "failed"),
                    ("idsuff", "ind-hnt-continued", "none"), ("idsuff", "ind-hnt-continued", "permit-only"),
                    ("mrz", "ind-medical-treatment", "name"), ("mrz", "ind-hnt-continued", "check"),
                    ("expired", "ind-hnt-continued", None), ("expired", "ind-medical-treatment", None),
                    ("suriname", "ind-medical-treatment", None), ("suriname", "ind-medical-treatment", None)],
    "twentyfourth": [("a4", "ind-medical-treatment", "letter-scan"), ("a4", "ind-generic", "letter-digital"),
                     ("blank", "ind-medical-treatment", "one-blank"), ("blank", "ind-hnt-continued", "duplex-form"),
                     ("blank", "ind-generic", "duplex-all"),
                     ("vnum", "ind-hnt-continued", "missing"), ("vnum", "ind-medical-treatment", "other"),
                     ("vnum", "ind-generic", "missing"), ("vnum", "ind-hnt-continued", "other"),
                     ("media", "ind-medical-treatment", "mp4"), ("media", "ind-generic", "mp3"),
                     ("media", "ind-hnt-continued", "js"),
                     ("legible", "ind-hnt-continued", "72dpi"), ("legible", "ind-generic", "cut"),
                     ("legible", "ind-medical-treatment", "faint"),
                     ("translation", "ind-hnt-continued", "tr"), ("translation", "ind-generic", "tr"),
                     ("meddocs", "ind-medical-treatment", "care"), ("meddocs", "ind-medical-treatment", "insurance"),
                     ("meddocs", "ind-medical-treatment", "medical"), ("meddocs", "ind-medical-treatment", "income"),
                     ("exemption", "ind-medical-treatment", (1, 2, 3)), ("exemption", "ind-medical-treatment", (0, 4)),
                     ("art64", "ind-medical-treatment", 35), ("art64", "ind-medical-treatment", -45),
                     ("duration", "ind-hnt-continued", "medical-treatment"),
                     ("duration", "ind-hnt-continued", "relationship"),
                     ("duration", "ind-hnt-continued", "domestic-violence"),
                     ("continues", "ind-hnt-continued", "short"), ("continues", "ind-hnt-continued", "missing"),
                     ("inburg", "ind-hnt-continued", "failed"), ("inburg", "ind-hnt-continued", "missing"),
                     ("idsuff", "ind-hnt-continued", "permit-only"), ("idsuff", "ind-hnt-continued", "none"),
                     ("mrz", "ind-hnt-continued", "name"), ("mrz", "ind-medical-treatment", "check"),
                     ("expired", "ind-medical-treatment", None), ("expired", "ind-hnt-continued", None),
                     ("suriname", "ind-medical-treatment", None), ("suriname", "ind-medical-treatment", None)],
    "twentyfifth": [("a4", "ind-generic", "letter-digital"), ("a4", "ind-medical-treatment", "letter-scan"),
                    ("blank", "ind-hnt-continued", "one-blank"), ("blank", "ind-generic", "duplex-form"),
                    ("blank", "ind-medical-treatment", "duplex-all"),
                    ("vnum", "ind-medical-treatment", "missing"), ("vnum", "ind-generic", "other"),
                    ("vnum", "ind-hnt-continued", "missing"), ("vnum", "ind-hnt-continued", "other"),
                    ("media", "ind-hnt-continued", "mp4"), ("media", "ind-medical-treatment", "mp3"),
                    ("media", "ind-generic", "js"),
                    ("legible", "ind-generic", "72dpi"), ("legible", "ind-medical-treatment", "cut"),
                    ("legible", "ind-hnt-continued", "faint"),
                    ("translation", "ind-generic", "tr"), ("translation", "ind-hnt-continued", "tr"),
                    ("meddocs", "ind-medical-treatment", "insurance"), ("meddocs", "ind-medical-treatment", "care"),
                    ("meddocs", "ind-medical-treatment", "income"), ("meddocs", "ind-medical-treatment", "medical"),
                    ("exemption", "ind-medical-treatment", (0, 1, 3)), ("exemption", "ind-medical-treatment", (2, 4)),
                    ("art64", "ind-medical-treatment", 33), ("art64", "ind-medical-treatment", -40),
                    ("duration", "ind-hnt-continued", "relationship"),
                    ("duration", "ind-hnt-continued", "medical-treatment"),
                    ("duration", "ind-hnt-continued", "domestic-violence"),
                    ("continues", "ind-hnt-continued", "missing"), ("continues", "ind-hnt-continued", "short"),
                    ("inburg", "ind-hnt-continued", "missing"), ("inburg", "ind-hnt-continued", "failed"),
                    ("idsuff", "ind-hnt-continued", "none"), ("idsuff", "ind-hnt-continued", "permit-only"),
                    ("mrz", "ind-medical-treatment", "name"), ("mrz", "ind-hnt-continued", "check"),
                    ("expired", "ind-hnt-continued", None), ("expired", "ind-medical-treatment", None),
                    ("suriname", "ind-medical-treatment", None), ("suriname", "ind-medical-treatment", None)],
    "twentysixth": [("a4", "ind-medical-treatment", "letter-digital"), ("a4", "ind-generic", "letter-scan"),
                    ("blank", "ind-generic", "one-blank"), ("blank", "ind-hnt-continued", "duplex-form"),
                    ("blank", "ind-medical-treatment", "duplex-all"),
                    ("vnum", "ind-hnt-continued", "missing"), ("vnum", "ind-medical-treatment", "other"),
                    ("vnum", "ind-generic", "missing"), ("vnum", "ind-hnt-continued", "other"),
                    ("media", "ind-medical-treatment", "mp4"), ("media", "ind-generic", "mp3"),
                    ("media", "ind-hnt-continued", "js"),
                    ("legible", "ind-hnt-continued", "72dpi"), ("legible", "ind-generic", "cut"),
                    ("legible", "ind-medical-treatment", "faint"),
                    ("translation", "ind-hnt-continued", "tr"), ("translation", "ind-generic", "tr"),
                    ("meddocs", "ind-medical-treatment", "care"), ("meddocs", "ind-medical-treatment", "insurance"),
                    ("meddocs", "ind-medical-treatment", "medical"), ("meddocs", "ind-medical-treatment", "income"),
                    ("exemption", "ind-medical-treatment", (1, 2, 4)), ("exemption", "ind-medical-treatment", (0, 3)),
                    ("art64", "ind-medical-treatment", -36), ("art64", "ind-medical-treatment", 45),
                    ("duration", "ind-hnt-continued", "medical-treatment"),
                    ("duration", "ind-hnt-continued", "relationship"),
                    ("duration", "ind-hnt-continued", "buiten-schuld"),
                    ("continues", "ind-hnt-continued", "short"), ("continues", "ind-hnt-continued", "missing"),
                    ("inburg", "ind-hnt-continued", "failed"), ("inburg", "ind-hnt-continued", "missing"),
                    ("idsuff", "ind-hnt-continued", "permit-only"), ("idsuff", "ind-hnt-continued", "none"),
                    ("mrz", "ind-hnt-continued", "name"), ("mrz", "ind-medical-treatment", "check"),
                    ("expired", "ind-medical-treatment", None), ("expired", "ind-hnt-continued", None),
                    ("suriname", "ind-medical-treatment", None), ("suriname", "ind-medical-treatment", None)],
    "twentyseventh": [("a4", "ind-generic", "letter-scan"), ("a4", "ind-medical-treatment", "letter-digital"),
                      ("blank", "ind-hnt-continued", "duplex-all"), ("blank", "ind-generic", "one-blank"),
                      ("blank", "ind-medical-treatment", "duplex-form"),
                      ("vnum", "ind-generic", "other"), ("vnum", "ind-hnt-continued", "missing"),
                      ("vnum", "ind-medical-treatment", "missing"), ("vnum", "ind-medical-treatment", "other"),
                      ("media", "ind-generic", "mp4"), ("media", "ind-hnt-continued", "js"),
                      ("media", "ind-medical-treatment", "mp3"),
                      ("legible", "ind-generic", "faint"), ("legible", "ind-medical-treatment", "cut"),
                      ("legible", "ind-hnt-continued", "72dpi"),
                      ("translation", "ind-generic", "tr"), ("translation", "ind-hnt-continued", "tr"),
                      ("meddocs", "ind-medical-treatment", "income"), ("meddocs", "ind-medical-treatment", "medical"),
                      ("meddocs", "ind-medical-treatment", "insurance"), ("meddocs", "ind-medical-treatment", "care"),
                      ("exemption", "ind-medical-treatment", (0, 1, 4)), ("exemption", "ind-medical-treatment", (2, 3)),
                      ("art64", "ind-medical-treatment", 31), ("art64", "ind-medical-treatment", -42),
                      ("duration", "ind-hnt-continued", "parent"),
                      ("duration", "ind-hnt-continued", "trafficking-victim"),
                      ("duration", "ind-hnt-continued", "domestic-violence"),
                      ("continues", "ind-hnt-continued", "missing"), ("continues", "ind-hnt-continued", "short"),
                      ("inburg", "ind-hnt-continued", "missing"), ("inburg", "ind-hnt-continued", "failed"),
                      ("idsuff", "ind-hnt-continued", "none"), ("idsuff", "ind-hnt-continued", "permit-only"),
                      ("mrz", "ind-medical-treatment", "birth"), ("mrz", "ind-hnt-continued", "name"),
                      ("expired", "ind-hnt-continued", None), ("expired", "ind-medical-treatment", None),
                      ("suriname", "ind-medical-treatment", None), ("suriname", "ind-medical-treatment", None)],
    "twentyeighth": [("a4", "ind-medical-treatment", "letter-scan"), ("a4", "ind-generic", "letter-digital"),
                     ("blank", "ind-generic", "duplex-form"), ("blank", "ind-medical-treatment", "one-blank"),
                     ("blank", "ind-hnt-continued", "duplex-all"),
                     ("vnum", "ind-hnt-continued", "other"), ("vnum", "ind-generic", "missing"),
                     ("vnum", "ind-medical-treatment", "other"), ("vnum", "ind-hnt-continued", "missing"),
                     ("media", "ind-hnt-continued", "mp3"), ("media", "ind-medical-treatment", "js"),
                     ("media", "ind-generic", "mp4"),
                     ("legible", "ind-medical-treatment", "72dpi"), ("legible", "ind-hnt-continued", "faint"),
                     ("legible", "ind-generic", "cut"),
                     ("translation", "ind-hnt-continued", "tr"), ("translation", "ind-generic", "tr"),
                     ("meddocs", "ind-medical-treatment", "medical"), ("meddocs", "ind-medical-treatment", "care"),
                     ("meddocs", "ind-medical-treatment", "income"), ("meddocs", "ind-medical-treatment", "insurance"),
                     ("exemption", "ind-medical-treatment", (0, 2, 3)), ("exemption", "ind-medical-treatment", (1, 4)),
                     ("art64", "ind-medical-treatment", -38), ("art64", "ind-medical-treatment", 34),
                     ("duration", "ind-hnt-continued", "buiten-schuld"),
                     ("duration", "ind-hnt-continued", "relationship"),
                     ("duration", "ind-hnt-continued", "parent"),
                     ("continues", "ind-hnt-continued", "short"), ("continues", "ind-hnt-continued", "missing"),
                     ("inburg", "ind-hnt-continued", "failed"), ("inburg", "ind-hnt-continued", "missing"),
                     ("idsuff", "ind-hnt-continued", "permit-only"), ("idsuff", "ind-hnt-continued", "none"),
                     ("mrz", "ind-hnt-continued", "check"), ("mrz", "ind-medical-treatment", "name"),
                     ("expired", "ind-medical-treatment", None), ("expired", "ind-hnt-continued", None),
                     ("suriname", "ind-medical-treatment", None), ("suriname", "ind-medical-treatment", None)],
    "twentyninth": [("a4", "ind-generic", "letter-scan"), ("a4", "ind-medical-treatment", "letter-digital"),
                    ("blank", "ind-medical-treatment", "duplex-all"), ("blank", "ind-hnt-continued", "duplex-form"),
                    ("blank", "ind-generic", "one-blank"),
                    ("vnum", "ind-medical-treatment", "missing"), ("vnum", "ind-generic", "other"),
                    ("vnum", "ind-hnt-continued", "missing"), ("vnum", "ind-medical-treatment", "other"),
                    ("media", "ind-generic", "mp3"), ("media", "ind-hnt-continued", "attach"),
                    ("media", "ind-medical-treatment", "mp4"),
                    ("legible", "ind-hnt-continued", "72dpi"), ("legible", "ind-generic", "faint"),
                    ("legible", "ind-medical-treatment", "cut"),
                    ("translation", "ind-generic", "tr"), ("translation", "ind-hnt-continued", "tr"),
                    ("meddocs", "ind-medical-treatment", "insurance"), ("meddocs", "ind-medical-treatment", "income"),
                    ("meddocs", "ind-medical-treatment", "care"), ("meddocs", "ind-medical-treatment", "medical"),
                    ("exemption", "ind-medical-treatment", (1, 2, 4)), ("exemption", "ind-medical-treatment", (0, 3)),
                    ("art64", "ind-medical-treatment", 33), ("art64", "ind-medical-treatment", -40),
                    ("duration", "ind-hnt-continued", "trafficking-victim"),
                    ("duration", "ind-hnt-continued", "medical-treatment"),
                    ("duration", "ind-hnt-continued", "domestic-violence"),
                    ("continues", "ind-hnt-continued", "missing"), ("continues", "ind-hnt-continued", "short"),
                    ("inburg", "ind-hnt-continued", "missing"), ("inburg", "ind-hnt-continued", "failed"),
                    ("idsuff", "ind-hnt-continued", "none"), ("idsuff", "ind-hnt-continued", "permit-only"),
                    ("mrz", "ind-medical-treatment", "check"), ("mrz", "ind-hnt-continued", "birth"),
                    ("expired", "ind-hnt-continued", None), ("expired", "ind-medical-treatment", None),
                    ("suriname", "ind-medical-treatment", None), ("suriname", "ind-medical-treatment", None)],
    "thirtieth": [("a4", "ind-medical-treatment", "letter-digital"), ("a4", "ind-hnt-continued", "letter-scan"),
                  ("blank", "ind-generic", "duplex-all"), ("blank", "ind-medical-treatment", "duplex-form"),
                  ("blank", "ind-hnt-continued", "one-blank"),
                  ("vnum", "ind-generic", "missing"), ("vnum", "ind-hnt-continued", "other"),
                  ("vnum", "ind-medical-treatment", "missing"), ("vnum", "ind-generic", "other"),
                  ("media", "ind-medical-treatment", "mp4"), ("media", "ind-generic", "js"),
                  ("media", "ind-hnt-continued", "attach"),
                  ("legible", "ind-generic", "72dpi"), ("legible", "ind-medical-treatment", "faint"),
                  ("legible", "ind-hnt-continued", "cut"),
                  ("translation", "ind-generic", "tr"), ("translation", "ind-hnt-continued", "tr"),
                  ("meddocs", "ind-medical-treatment", "care"), ("meddocs", "ind-medical-treatment", "medical"),
                  ("meddocs", "ind-medical-treatment", "insurance"), ("meddocs", "ind-medical-treatment", "income"),
                  ("exemption", "ind-medical-treatment", (0, 1, 3)), ("exemption", "ind-medical-treatment", (2, 4)),
                  ("art64", "ind-medical-treatment", -35), ("art64", "ind-medical-treatment", 41),
                  ("duration", "ind-hnt-continued", "parent"),
                  ("duration", "ind-hnt-continued", "buiten-schuld"),
                  ("duration", "ind-hnt-continued", "trafficking-victim-no-report"),
                  ("continues", "ind-hnt-continued", "short"), ("continues", "ind-hnt-continued", "missing"),
                  ("inburg", "ind-hnt-continued", "failed"), ("inburg", "ind-hnt-continued", "missing"),
                  ("idsuff", "ind-hnt-continued", "permit-only"), ("idsuff", "ind-hnt-continued", "none"),
                  ("mrz", "ind-hnt-continued", "name"), ("mrz", "ind-medical-treatment", "birth"),
                  ("expired", "ind-medical-treatment", None), ("expired", "ind-hnt-continued", None),
                  ("suriname", "ind-medical-treatment", None), ("suriname", "ind-medical-treatment", None)],
    "thirtyfirst": [("a4", "ind-medical-treatment", "letter-digital"), ("a4", "ind-generic", "letter-scan"),
                    ("blank", "ind-medical-treatment", "duplex-all"), ("blank", "ind-hnt-continued", "duplex-form"),
                    ("blank", "ind-generic", "one-blank"),
                    ("vnum", "ind-medical-treatment", "other"), ("vnum", "ind-generic", "missing"),
                    ("vnum", "ind-hnt-continued", "missing"), ("vnum", "ind-medical-treatment", "missing"),
                    ("media", "ind-generic", "mp3"), ("media", "ind-hnt-continued", "js"),
                    ("media", "ind-medical-treatment", "attach"),
                    ("legible", "ind-hnt-continued", "72dpi"), ("legible", "ind-generic", "faint"),
                    ("legible", "ind-medical-treatment", "cut"),
                    ("translation", "ind-hnt-continued", "tr"), ("translation", "ind-generic", "tr"),
                    ("meddocs", "ind-medical-treatment", "income"), ("meddocs", "ind-medical-treatment", "care"),
                    ("meddocs", "ind-medical-treatment", "medical"), ("meddocs", "ind-medical-treatment", "insurance"),
                    ("exemption", "ind-medical-treatment", (1, 2, 4)), ("exemption", "ind-medical-treatment", (0, 3)),
                    ("art64", "ind-medical-treatment", 33), ("art64", "ind-medical-treatment", -46),
                    ("duration", "ind-hnt-continued", "relationship"),
                    ("duration", "ind-hnt-continued", "domestic-violence"),
                    ("duration", "ind-hnt-continued", "medical-treatment"),
                    ("continues", "ind-hnt-continued", "missing"), ("continues", "ind-hnt-continued", "short"),
                    ("inburg", "ind-hnt-continued", "missing"), ("inburg", "ind-hnt-continued", "failed"),
                    ("idsuff", "ind-hnt-continued", "none"), ("idsuff", "ind-hnt-continued", "permit-only"),
                    ("mrz", "ind-medical-treatment", "check"), ("mrz", "ind-hnt-continued", "name"),
                    ("expired", "ind-hnt-continued", None), ("expired", "ind-medical-treatment", None),
                    ("suriname", "ind-medical-treatment", None), ("suriname", "ind-medical-treatment", None)],
    "thirtysecond": [("a4", "ind-generic", "letter-scan"), ("a4", "ind-medical-treatment", "letter-digital"),
                     ("blank", "ind-generic", "duplex-form"), ("blank", "ind-hnt-continued", "one-blank"),
                     ("blank", "ind-medical-treatment", "duplex-all"),
                     ("vnum", "ind-hnt-continued", "other"), ("vnum", "ind-medical-treatment", "missing"),
                     ("vnum", "ind-generic", "missing"), ("vnum", "ind-hnt-continued", "missing"),
                     ("media", "ind-medical-treatment", "mp4"), ("media", "ind-generic", "js"),
                     ("media", "ind-hnt-continued", "attach"),
                     ("legible", "ind-medical-treatment", "72dpi"), ("legible", "ind-hnt-continued", "faint"),
                     ("legible", "ind-generic", "cut"),
                     ("translation", "ind-generic", "tr"), ("translation", "ind-hnt-continued", "tr"),
                     ("meddocs", "ind-medical-treatment", "insurance"), ("meddocs", "ind-medical-treatment", "medical"),
                     ("meddocs", "ind-medical-treatment", "income"), ("meddocs", "ind-medical-treatment", "care"),
                     ("exemption", "ind-medical-treatment", (0, 2, 3)), ("exemption", "ind-medical-treatment", (1, 4)),
                     ("art64", "ind-medical-treatment", 37), ("art64", "ind-medical-treatment", -42),
                     ("duration", "ind-hnt-continued", "parent"),
                     ("duration", "ind-hnt-continued", "trafficking-victim"),
                     ("duration", "ind-hnt-continued", "relationship"),
                     ("continues", "ind-hnt-continued", "short"), ("continues", "ind-hnt-continued", "missing"),
                     ("inburg", "ind-hnt-continued", "failed"), ("inburg", "ind-hnt-continued", "missing"),
                     ("idsuff", "ind-hnt-continued", "permit-only"), ("idsuff", "ind-hnt-continued", "none"),
                     ("mrz", "ind-hnt-continued", "birth"), ("mrz", "ind-medical-treatment", "name"),
                     ("expired", "ind-medical-treatment", None), ("expired", "ind-hnt-continued", None),
                     ("suriname", "ind-medical-treatment", None), ("suriname", "ind-medical-treatment", None)],
    "thirtythird": [("a4", "ind-medical-treatment", "letter-digital"), ("a4", "ind-generic", "letter-scan"),
                    ("blank", "ind-hnt-continued", "duplex-all"), ("blank", "ind-medical-treatment", "one-blank"),
                    ("blank", "ind-generic", "duplex-form"),
                    ("vnum", "ind-generic", "other"), ("vnum", "ind-hnt-continued", "missing"),
                    ("vnum", "ind-medical-treatment", "missing"), ("vnum", "ind-generic", "missing"),
                    ("media", "ind-hnt-continued", "mp3"), ("media", "ind-medical-treatment", "js"),
                    ("media", "ind-generic", "attach"),
                    ("legible", "ind-generic", "faint"), ("legible", "ind-medical-treatment", "cut"),
                    ("legible", "ind-hnt-continued", "72dpi"),
                    ("translation", "ind-hnt-continued", "tr"), ("translation", "ind-generic", "tr"),
                    ("meddocs", "ind-medical-treatment", "care"), ("meddocs", "ind-medical-treatment", "income"),
                    ("meddocs", "ind-medical-treatment", "insurance"), ("meddocs", "ind-medical-treatment", "medical"),
                    ("exemption", "ind-medical-treatment", (0, 1, 4)), ("exemption", "ind-medical-treatment", (2, 3)),
                    ("art64", "ind-medical-treatment", -35), ("art64", "ind-medical-treatment", 44),
                    ("duration", "ind-hnt-continued", "buiten-schuld"),
                    ("duration", "ind-hnt-continued", "relationship"),
                    ("duration", "ind-hnt-continued", "medical-treatment-after-art64"),
                    ("continues", "ind-hnt-continued", "missing"), ("continues", "ind-hnt-continued", "short"),
                    ("inburg", "ind-hnt-continued", "missing"), ("inburg", "ind-hnt-continued", "failed"),
                    ("idsuff", "ind-hnt-continued", "none"), ("idsuff", "ind-hnt-continued", "permit-only"),
                    ("mrz", "ind-medical-treatment", "birth"), ("mrz", "ind-hnt-continued", "check"),
                    ("expired", "ind-hnt-continued", None), ("expired", "ind-medical-treatment", None),
                    ("suriname", "ind-medical-treatment", None), ("suriname", "ind-medical-treatment", None)],
    "thirtyfourth": [("a4", "ind-generic", "letter-scan"), ("a4", "ind-medical-treatment", "letter-digital"),
                     ("blank", "ind-medical-treatment", "duplex-form"), ("blank", "ind-generic", "one-blank"),
                     ("blank", "ind-hnt-continued", "duplex-all"),
                     ("vnum", "ind-hnt-continued", "other"), ("vnum", "ind-medical-treatment", "missing"),
                     ("vnum", "ind-generic", "missing"), ("vnum", "ind-medical-treatment", "other"),
                     ("media", "ind-generic", "mp4"), ("media", "ind-hnt-continued", "attach"),
                     ("media", "ind-medical-treatment", "js"),
                     ("legible", "ind-hnt-continued", "cut"), ("legible", "ind-generic", "72dpi"),
                     ("legible", "ind-medical-treatment", "faint"),
                     ("translation", "ind-generic", "tr"), ("translation", "ind-hnt-continued", "tr"),
                     ("meddocs", "ind-medical-treatment", "insurance"), ("meddocs", "ind-medical-treatment", "care"),
                     ("meddocs", "ind-medical-treatment", "medical"), ("meddocs", "ind-medical-treatment", "income"),
                     ("exemption", "ind-medical-treatment", (1, 3)), ("exemption", "ind-medical-treatment", (0, 2, 4)),
                     ("art64", "ind-medical-treatment", 33), ("art64", "ind-medical-treatment", -41),
                     ("duration", "ind-hnt-continued", "medical-treatment"),
                     ("duration", "ind-hnt-continued", "domestic-violence"),
                     ("duration", "ind-hnt-continued", "relationship"),
                     ("continues", "ind-hnt-continued", "short"), ("continues", "ind-hnt-continued", "missing"),
                     ("inburg", "ind-hnt-continued", "failed"), ("inburg", "ind-hnt-continued", "missing"),
                     ("idsuff", "ind-hnt-continued", "permit-only"), ("idsuff", "ind-hnt-continued", "none"),
                     ("mrz", "ind-hnt-continued", "name"), ("mrz", "ind-medical-treatment", "check"),
                     ("expired", "ind-medical-treatment", None), ("expired", "ind-hnt-continued", None),
                     ("suriname", "ind-medical-treatment", None), ("suriname", "ind-medical-treatment", None)],
    "thirtyfifth": [("a4", "ind-medical-treatment", "letter-digital"), ("a4", "ind-generic", "letter-scan"),
                    ("blank", "ind-hnt-continued", "duplex-form"), ("blank", "ind-medical-treatment", "duplex-all"),
                    ("blank", "ind-generic", "one-blank"),
                    ("vnum", "ind-medical-treatment", "missing"), ("vnum", "ind-hnt-continued", "other"),
                    ("vnum", "ind-generic", "other"), ("vnum", "ind-hnt-continued", "missing"),
                    ("media", "ind-hnt-continued", "mp3"), ("media", "ind-medical-treatment", "attach"),
                    ("media", "ind-generic", "js"),
                    ("legible", "ind-medical-treatment", "cut"), ("legible", "ind-hnt-continued", "faint"),
                    ("legible", "ind-generic", "72dpi"),
                    ("translation", "ind-hnt-continued", "tr"), ("translation", "ind-generic", "tr"),
                    ("meddocs", "ind-medical-treatment", "care"), ("meddocs", "ind-medical-treatment", "income"),
                    ("meddocs", "ind-medical-treatment", "medical"), ("meddocs", "ind-medical-treatment", "insurance"),
                    ("exemption", "ind-medical-treatment", (0, 4)), ("exemption", "ind-medical-treatment", (1, 2, 3)),
                    ("art64", "ind-medical-treatment", -35), ("art64", "ind-medical-treatment", 30),
                    ("duration", "ind-hnt-continued", "relationship"),
                    ("duration", "ind-hnt-continued", "medical-treatment"),
                    ("duration", "ind-hnt-continued", "buiten-schuld"),
                    ("continues", "ind-hnt-continued", "missing"), ("continues", "ind-hnt-continued", "short"),
                    ("inburg", "ind-hnt-continued", "missing"), ("inburg", "ind-hnt-continued", "failed"),
                    ("idsuff", "ind-hnt-continued", "none"), ("idsuff", "ind-hnt-continued", "permit-only"),
                    ("mrz", "ind-medical-treatment", "name"), ("mrz", "ind-hnt-continued", "check"),
                    ("expired", "ind-hnt-continued", None), ("expired", "ind-medical-treatment", None),
                    ("suriname", "ind-medical-treatment", None), ("suriname", "ind-medical-treatment", None)],
    "thirtysixth": [("a4", "ind-generic", "letter-scan"), ("a4", "ind-medical-treatment", "letter-digital"),
                    ("blank", "ind-generic", "duplex-form"), ("blank", "ind-hnt-continued", "duplex-all"),
                    ("blank", "ind-medical-treatment", "one-blank"),
                    ("vnum", "ind-hnt-continued", "missing"), ("vnum", "ind-medical-treatment", "other"),
                    ("vnum", "ind-generic", "missing"), ("vnum", "ind-medical-treatment", "missing"),
                    ("media", "ind-generic", "mp4"), ("media", "ind-hnt-continued", "js"),
                    ("media", "ind-medical-treatment", "attach"),
                    ("legible", "ind-hnt-continued", "72dpi"), ("legible", "ind-medical-treatment", "faint"),
                    ("legible", "ind-generic", "cut"),
                    ("translation", "ind-generic", "tr"), ("translation", "ind-hnt-continued", "tr"),
                    ("meddocs", "ind-medical-treatment", "income"), ("meddocs", "ind-medical-treatment", "insurance"),
                    ("meddocs", "ind-medical-treatment", "care"), ("meddocs", "ind-medical-treatment", "medical"),
                    ("exemption", "ind-medical-treatment", (1, 2, 4)), ("exemption", "ind-medical-treatment", (0,)),
                    ("art64", "ind-medical-treatment", 33), ("art64", "ind-medical-treatment", -40),
                    ("duration", "ind-hnt-continued", "parent"),
                    ("duration", "ind-hnt-continued", "relationship"),
                    ("duration", "ind-hnt-continued", "medical-treatment-after-art64"),
                    ("continues", "ind-hnt-continued", "short"), ("continues", "ind-hnt-continued", "missing"),
                    ("inburg", "ind-hnt-continued", "failed"), ("inburg", "ind-hnt-continued", "missing"),
                    ("idsuff", "ind-hnt-continued", "permit-only"), ("idsuff", "ind-hnt-continued", "none"),
                    ("mrz", "ind-hnt-continued", "birth"), ("mrz", "ind-medical-treatment", "check"),
                    ("expired", "ind-medical-treatment", None), ("expired", "ind-hnt-continued", None),
                    ("suriname", "ind-medical-treatment", None), ("suriname", "ind-medical-treatment", None)],
    "thirtyseventh": [("a4", "ind-generic", "letter-scan"), ("a4", "ind-medical-treatment", "letter-digital"),
                      ("blank", "ind-medical-treatment", "duplex-form"), ("blank", "ind-generic", "duplex-all"),
                      ("blank", "ind-hnt-continued", "one-blank"),
                      ("vnum", "ind-medical-treatment", "missing"), ("vnum", "ind-hnt-continued", "other"),
                      ("vnum", "ind-generic", "missing"), ("vnum", "ind-medical-treatment", "other"),
                      ("media", "ind-medical-treatment", "mp3"), ("media", "ind-generic", "attach"),
                      ("media", "ind-hnt-continued", "js"),
                      ("legible", "ind-generic", "72dpi"), ("legible", "ind-hnt-continued", "faint"),
                      ("legible", "ind-medical-treatment", "cut"),
                      ("translation", "ind-hnt-continued", "tr"), ("translation", "ind-generic", "tr"),
                      ("meddocs", "ind-medical-treatment", "medical"), ("meddocs", "ind-medical-treatment", "care"),
                      ("meddocs", "ind-medical-treatment", "income"),
                      ("meddocs", "ind-medical-treatment", "insurance"),
                      ("exemption", "ind-medical-treatment", (0, 1, 3)), ("exemption", "ind-medical-treatment", (2,)),
                      ("art64", "ind-medical-treatment", -36), ("art64", "ind-medical-treatment", 31),
                      ("duration", "ind-hnt-continued", "medical-treatment"),
                      ("duration", "ind-hnt-continued", "domestic-violence"),
                      ("duration", "ind-hnt-continued", "buiten-schuld"),
                      ("continues", "ind-hnt-continued", "missing"), ("continues", "ind-hnt-continued", "short"),
                      ("inburg", "ind-hnt-continued", "missing"), ("inburg", "ind-hnt-continued", "failed"),
                      ("idsuff", "ind-hnt-continued", "none"), ("idsuff", "ind-hnt-continued", "permit-only"),
                      ("mrz", "ind-medical-treatment", "birth"), ("mrz", "ind-hnt-continued", "name"),
                      ("expired", "ind-hnt-continued", None), ("expired", "ind-medical-treatment", None),
                      ("suriname", "ind-medical-treatment", None), ("suriname", "ind-medical-treatment", None)],
    "thirtyeighth": [("a4", "ind-medical-treatment", "letter-digital"), ("a4", "ind-generic", "letter-scan"),
                     ("blank", "ind-generic", "duplex-all"), ("blank", "ind-hnt-continued", "duplex-form"),
                     ("blank", "ind-medical-treatment", "one-blank"),
                     ("vnum", "ind-generic", "other"), ("vnum", "ind-medical-treatment", "missing"),
                     ("vnum", "ind-hnt-continued", "missing"), ("vnum", "ind-generic", "missing"),
                     ("media", "ind-hnt-continued", "mp4"), ("media", "ind-medical-treatment", "js"),
                     ("media", "ind-generic", "attach"),
                     ("legible", "ind-medical-treatment", "72dpi"), ("legible", "ind-generic", "cut"),
                     ("legible", "ind-hnt-continued", "faint"),
                     ("translation", "ind-generic", "tr"), ("translation", "ind-hnt-continued", "tr"),
                     ("meddocs", "ind-medical-treatment", "insurance"), ("meddocs", "ind-medical-treatment", "medical"),
                     ("meddocs", "ind-medical-treatment", "care"), ("meddocs", "ind-medical-treatment", "income"),
                     ("exemption", "ind-medical-treatment", (1, 3)), ("exemption", "ind-medical-treatment", (0, 2, 3, 4)),
                     ("art64", "ind-medical-treatment", 30), ("art64", "ind-medical-treatment", -33),
                     ("duration", "ind-hnt-continued", "relationship"),
                     ("duration", "ind-hnt-continued", "medical-treatment-after-art64"),
                     ("duration", "ind-hnt-continued", "trafficking-victim-no-report"),
                     ("continues", "ind-hnt-continued", "short"), ("continues", "ind-hnt-continued", "missing"),
                     ("inburg", "ind-hnt-continued", "failed"), ("inburg", "ind-hnt-continued", "missing"),
                     ("idsuff", "ind-hnt-continued", "permit-only"), ("idsuff", "ind-hnt-continued", "none"),
                     ("mrz", "ind-hnt-continued", "check"), ("mrz", "ind-medical-treatment", "name"),
                     ("expired", "ind-medical-treatment", None), ("expired", "ind-hnt-continued", None),
                     ("suriname", "ind-medical-treatment", None), ("suriname", "ind-medical-treatment", None)],
    "thirtyninth": [("a4", "ind-generic", "letter-scan"), ("a4", "ind-medical-treatment", "letter-digital"),
                    ("blank", "ind-hnt-continued", "one-blank"), ("blank", "ind-generic", "duplex-form"),
                    ("blank", "ind-medical-treatment", "duplex-all"),
                    ("vnum", "ind-hnt-continued", "missing"), ("vnum", "ind-medical-treatment", "other"),
                    ("vnum", "ind-generic", "missing"), ("vnum", "ind-medical-treatment", "missing"),
                    ("media", "ind-generic", "js"), ("media", "ind-hnt-continued", "attach"),
                    ("media", "ind-medical-treatment", "mp4"),
                    ("legible", "ind-hnt-continued", "cut"), ("legible", "ind-medical-treatment", "faint"),
                    ("legible", "ind-generic", "72dpi"),
                    ("translation", "ind-hnt-continued", "tr"), ("translation", "ind-generic", "tr"),
                    ("meddocs", "ind-medical-treatment", "care"), ("meddocs", "ind-medical-treatment", "insurance"),
                    ("meddocs", "ind-medical-treatment", "income"), ("meddocs", "ind-medical-treatment", "medical"),
                    ("exemption", "ind-medical-treatment", (0, 1, 4)), ("exemption", "ind-medical-treatment", (2, 3)),
                    ("art64", "ind-medical-treatment", -31), ("art64", "ind-medical-treatment", 36),
                    ("duration", "ind-hnt-continued", "medical-treatment-after-art64"),
                    ("duration", "ind-hnt-continued", "relationship"),
                    ("duration", "ind-hnt-continued", "buiten-schuld"),
                    ("continues", "ind-hnt-continued", "missing"), ("continues", "ind-hnt-continued", "short"),
                    ("inburg", "ind-hnt-continued", "missing"), ("inburg", "ind-hnt-continued", "failed"),
                    ("idsuff", "ind-hnt-continued", "none"), ("idsuff", "ind-hnt-continued", "permit-only"),
                    ("mrz", "ind-medical-treatment", "birth"), ("mrz", "ind-hnt-continued", "check"),
                    ("expired", "ind-hnt-continued", None), ("expired", "ind-medical-treatment", None),
                    ("suriname", "ind-medical-treatment", None), ("suriname", "ind-medical-treatment", None)]
}

CLEAN_PLAN = {
    "dev": dict(med=[None, None, None, None, None, -20, 12, 28, None],
                hnt=[("medical-treatment", 0, None, False), ("medical-treatment", 45, None, False),
                     ("medical-treatment", 380, None, True), ("medical-treatment-after-art64", 30, None, False),
                     ("relationship", 60, "diploma", False), ("relationship", 200, "exemption", False),
                     ("relationship", 15, "results", False), ("parent", 90, None, True),
                     ("domestic-violence", 40, None, False), ("buiten-schuld", 120, None, False)],
                gen=[False, True, False, False]),
    "heldout": dict(med=[None, None, None, None, None, -28, 5, -9, None],
                    hnt=[("medical-treatment", 0, None, False), ("medical-treatment", 90, None, True),
                         ("medical-treatment", 700, None, False), ("medical-treatment-after-art64", 10, None, False),
                         ("relationship", 30, "diploma", False), ("relationship", 400, "nt2", False),
                         ("relationship", 1, "exemption", False), ("parent", 20, None, False),
                         ("trafficking-victim-no-report", 60, None, True), ("domestic-violence", 200, None, False)],
                    gen=[False, True, False, True]),
    "fresh": dict(med=[None, None, None, None, None, -14, 21, -27, None],
                  hnt=[("medical-treatment", 0, None, False), ("medical-treatment", 150, None, True),
                       ("medical-treatment-after-art64", 20, None, False), ("relationship", 45, "diploma", False),
                       ("relationship", 300, "exemption", False), ("relationship", 10, "results", False),
                       ("parent", 60, None, False), ("trafficking-victim", 30, None, False),
                       ("domestic-violence", 90, None, True), ("buiten-schuld", 5, None, False)],
                  gen=[False, True, False, False]),
    "fourth": dict(med=[None, None, None, None, None, 27, -3, -28, None],
                   hnt=[("medical-treatment", 0, None, False), ("medical-treatment", 240, None, False),
                        ("medical-treatment-after-art64", 60, None, True), ("relationship", 20, "diploma", False),
                        ("relationship", 500, "exemption", False), ("relationship", 75, "results", False),
                        ("parent", 15, None, True), ("trafficking-victim-no-report", 100, None, False),
                        ("domestic-violence", 8, None, False), ("buiten-schuld", 45, None, False)],
                   gen=[True, False, False, True]),
    "fifth": dict(med=[None, None, None, None, None, -22, 14, 28, None],
                  hnt=[("medical-treatment", 0, None, False), ("medical-treatment", 320, None, True),
                       ("medical-treatment-after-art64", 40, None, False), ("relationship", 25, "diploma", False),
                       ("relationship", 180, "exemption", False), ("relationship", 90, "results", False),
                       ("parent", 45, None, True), ("trafficking-victim", 70, None, False),
                       ("domestic-violence", 12, None, False), ("buiten-schuld", 200, None, False)],
                  gen=[False, True, True, False]),
    "sixth": dict(med=[None, None, -18, None, None, 21, None, 9, None, None],
                  hnt=[("medical-treatment", 60, None, False), ("medical-treatment-after-art64", 15, None, True),
                       ("relationship", 120, "exemption", False), ("relationship", 35, "diploma", False),
                       ("relationship", 300, "results", True), ("parent", 70, None, False),
                       ("trafficking-victim-no-report", 30, None, False), ("domestic-violence", 150, None, False),
                       ("buiten-schuld", 20, None, False)],
                  gen=[True, False, True, False]),
    "seventh": dict(med=[None, 24, None, None, -11, None, None, None, 3, None],
                    hnt=[("medical-treatment", 30, None, False), ("medical-treatment", 210, None, True),
                         ("medical-treatment-after-art64", 50, None, False), ("relationship", 80, "diploma", False),
                         ("relationship", 14, "exemption", True), ("relationship", 260, "results", False),
                         ("parent", 100, None, False), ("trafficking-victim", 40, None, False),
                         ("domestic-violence", 25, None, False), ("buiten-schuld", 90, None, False)],
                    gen=[False, True, False, True]),
    "eighth": dict(med=[None, None, 19, None, None, -14, None, 6, None, None],
                   hnt=[("medical-treatment", 45, None, True), ("medical-treatment", 150, None, False),
                        ("medical-treatment-after-art64", 35, None, False), ("relationship", 60, "exemption", False),
                        ("relationship", 20, "diploma", True), ("relationship", 220, "results", False),
                        ("parent", 130, None, False), ("trafficking-victim-no-report", 55, None, False),
                        ("domestic-violence", 40, None, False), ("buiten-schuld", 70, None, False)],
                   gen=[True, False, False, True]),
    "ninth": dict(med=[None, 16, None, None, None, None, -21, None, None, 8],
                  hnt=[("medical-treatment", 75, None, False), ("medical-treatment", 260, None, True),
                       ("medical-treatment-after-art64", 50, None, False), ("relationship", 30, "diploma", False),
                       ("relationship", 140, "exemption", True), ("relationship", 300, "results", False),
                       ("parent", 80, None, False), ("trafficking-victim", 65, None, False),
                       ("domestic-violence", 110, None, False), ("buiten-schuld", 45, None, False)],
                  gen=[False, True, True, False]),
    "tenth": dict(med=[None, None, None, 23, None, None, None, -12, None, 10],
                  hnt=[("medical-treatment", 90, None, False), ("medical-treatment", 200, None, True),
                       ("medical-treatment-after-art64", 40, None, False), ("relationship", 45, "exemption", False),
                       ("relationship", 160, "diploma", True), ("relationship", 75, "results", False),
                       ("parent", 100, None, False), ("trafficking-victim-no-report", 35, None, False),
                       ("domestic-violence", 65, None, False), ("buiten-schuld", 120, None, True)],
                  gen=[True, False, True, False]),
    "eleventh": dict(med=[None, None, 15, None, None, -20, None, None, None, None],
                     hnt=[("medical-treatment", 120, None, False), ("medical-treatment", 60, None, True),
                          ("medical-treatment-after-art64", 150, None, False), ("relationship", 90, "diploma", False),
                          ("relationship", 55, "exemption", True), ("relationship", 130, "results", False),
                          ("parent", 70, None, False), ("trafficking-victim", 50, None, False),
                          ("domestic-violence", 140, None, False), ("buiten-schuld", 80, None, False)],
                     gen=[False, True, False, True]),
    "twelfth": dict(med=[None, 12, None, None, None, None, -25, None, None, None],
                    hnt=[("medical-treatment", 90, None, False), ("medical-treatment-after-art64", 45, None, True),
                         ("medical-treatment", 200, None, False), ("relationship", 70, "exemption", False),
                         ("relationship", 110, "diploma", True), ("relationship", 40, "results", False),
                         ("parent", 150, None, False), ("trafficking-victim-no-report", 60, None, False),
                         ("domestic-violence", 30, None, False), ("buiten-schuld", 100, None, True)],
                    gen=[True, False, False, True]),
    "thirteenth": dict(med=[None, None, 20, None, None, -15, None, None, None, None],
                       hnt=[("medical-treatment", 120, None, False), ("medical-treatment-after-art64", 60, None, False),
                            ("medical-treatment", 75, None, True), ("relationship", 90, "exemption", False),
                            ("relationship", 50, "diploma", False), ("relationship", 150, "results", True),
                            ("parent", 100, None, False), ("trafficking-victim", 70, None, False),
                            ("domestic-violence", 45, None, True), ("buiten-schuld", 130, None, False)],
                       gen=[False, True, True, False]),
    "fourteenth": dict(med=[None, -18, None, None, 24, None, None, None, None, None],
                       hnt=[("medical-treatment", 100, None, False), ("medical-treatment", 65, None, True),
                            ("medical-treatment-after-art64", 130, None, False), ("relationship", 80, "results", False),
                            ("relationship", 140, "exemption", True), ("relationship", 55, "diploma", False),
                            ("parent", 90, None, True), ("trafficking-victim-no-report", 75, None, False),
                            ("domestic-violence", 110, None, False), ("buiten-schuld", 40, None, False)],
                       gen=[True, False, True, False]),
    "fifteenth": dict(med=[None, None, -22, None, None, 26, None, None, None, None],
                      hnt=[("medical-treatment", 120, None, True), ("medical-treatment", 70, None, False),
                           ("medical-treatment-after-art64", 95, None, True), ("relationship", 60, "exemption", False),
                           ("relationship", 125, "diploma", True), ("relationship", 85, "results", False),
                           ("parent", 45, None, False), ("trafficking-victim", 105, None, True),
                           ("domestic-violence", 75, None, False), ("buiten-schuld", 140, None, False)],
                      gen=[False, True, False, True]),
    "sixteenth": dict(med=[None, -18, None, None, 21, None, None, None, -9, None],
                      hnt=[("medical-treatment", 100, None, False), ("medical-treatment", 135, None, True),
                           ("medical-treatment-after-art64", 65, None, False), ("relationship", 110, "results", True),
                           ("relationship", 50, "exemption", False), ("relationship", 90, "diploma", False),
                           ("parent", 130, None, True), ("trafficking-victim-no-report", 80, None, False),
                           ("domestic-violence", 55, None, True), ("buiten-schuld", 95, None, False)],
                      gen=[True, True, False, False]),
    "seventeenth": dict(med=[None, None, 17, None, None, None, -24, None, None, 11],
                        hnt=[("medical-treatment", 85, None, True), ("medical-treatment", 160, None, False),
                             ("medical-treatment-after-art64", 110, None, True), ("relationship", 70, "diploma", False),
                             ("relationship", 120, "results", False), ("relationship", 40, "exemption", True),
                             ("parent", 60, None, False), ("trafficking-victim", 95, None, False),
                             ("domestic-violence", 140, None, False), ("buiten-schuld", 50, None, True)],
                        gen=[False, False, True, True]),
    "eighteenth": dict(med=[None, 13, None, None, None, -21, None, None, None, 6],
                       hnt=[("medical-treatment", 150, None, False), ("medical-treatment", 75, None, True),
                            ("medical-treatment-after-art64", 125, None, False), ("relationship", 95, "exemption", True),
                            ("relationship", 55, "diploma", False), ("relationship", 145, "results", False),
                            ("parent", 105, None, True), ("trafficking-victim-no-report", 65, None, False),
                            ("domestic-violence", 90, None, True), ("buiten-schuld", 120, None, False)],
                       gen=[True, False, False, True]),
    "nineteenth": dict(med=[None, None, -17, None, 24, None, None, None, 9, None],
                       hnt=[("medical-treatment", 110, None, True), ("medical-treatment", 45, None, False),
                            ("medical-treatment-after-art64", 80, None, False), ("relationship", 130, "diploma", False),
                            ("relationship", 70, "diploma", True), ("relationship", 160, "exemption", False),
                            ("parent", 85, None, False), ("trafficking-victim", 60, None, True),
                            ("domestic-violence", 115, None, False), ("buiten-schuld", 35, None, True)],
                       gen=[False, True, True, False]),
    "twentieth": dict(med=[None, 12, None, None, -22, None, None, 3, None, None],
                      hnt=[("medical-treatment", 95, None, False), ("medical-treatment", 40, None, True),
                           ("medical-treatment-after-art64", 70, None, False), ("relationship", 120, "diploma", False),
                           ("relationship", 60, "exemption", True), ("relationship", 150, "results", False),
                           ("parent", 75, None, True), ("trafficking-victim-no-report", 50, None, False),
                           ("domestic-violence", 100, None, False), ("buiten-schuld", 45, None, False)],
                      gen=[True, False, True, False]),
    "twentyfirst": dict(med=[None, None, 8, None, None, -19, None, None, 27, None],
                        hnt=[("medical-treatment", 80, None, False), ("medical-treatment", 30, None, True),
                             ("medical-treatment-after-art64", 55, None, False), ("relationship", 90, "diploma", False),
                             ("relationship", 140, "exemption", False), ("relationship", 65, "results", True),
                             ("parent", 40, None, False), ("trafficking-victim", 70, None, False),
                             ("domestic-violence", 120, None, True), ("buiten-schuld", 50, None, False)],
                        gen=[False, True, False, True]),
    "twentysecond": dict(med=[None, 12, None, None, -24, None, None, None, 20, None],
                         hnt=[("medical-treatment", 70, None, False), ("medical-treatment", 25, None, True),
                              ("medical-treatment-after-art64", 45, None, False), ("relationship", 110, "diploma", False),
                              ("relationship", 80, "exemption", True), ("relationship", 130, "results", False),
                              ("parent", 55, None, False), ("trafficking-victim-no-report", 60, None, False),
                              ("domestic-violence", 90, None, False), ("buiten-schuld", 40, None, True)],
                         gen=[True, False, True, False]),
    "twentythird": dict(med=[None, None, -15, None, 22, None, None, None, None, 9],
                        hnt=[("medical-treatment", 55, None, True), ("medical-treatment", 30, None, False),
                             ("medical-treatment-after-art64", 60, None, True), ("relationship", 95, "diploma", False),
                             ("relationship", 120, "exemption", False), ("relationship", 70, "results", True),
                             ("parent", 45, None, False), ("trafficking-victim", 80, None, False),
                             ("domestic-violence", 100, None, True), ("buiten-schuld", 60, None, False)],
                        gen=[False, True, True, False]),
    "twentyfourth": dict(med=[None, -12, None, None, None, 18, None, None, 5, None],
                         hnt=[("medical-treatment", 40, None, False), ("medical-treatment", 75, None, True),
                              ("medical-treatment-after-art64", 50, None, False), ("relationship", 85, "exemption", True),
                              ("relationship", 110, "diploma", False), ("relationship", 65, "results", False),
                              ("parent", 70, None, True), ("trafficking-victim-no-report", 45, None, False),
                              ("domestic-violence", 120, None, False), ("buiten-schuld", 35, None, True)],
                         gen=[True, True, False, False]),
    "twentyfifth": dict(med=[None, None, 21, None, -7, None, None, None, -25, None],
                        hnt=[("medical-treatment", 55, None, True), ("medical-treatment", 20, None, False),
                             ("medical-treatment-after-art64", 95, None, False), ("relationship", 140, "diploma", True),
                             ("relationship", 50, "exemption", False), ("relationship", 30, "results", False),
                             ("parent", 100, None, False), ("trafficking-victim", 60, None, True),
                             ("domestic-violence", 75, None, False), ("buiten-schuld", 90, None, False)],
                        gen=[False, True, False, True]),
    "twentysixth": dict(med=[None, 14, None, None, None, -19, None, None, None, 26],
                        hnt=[("medical-treatment", 40, None, False), ("medical-treatment", 85, None, True),
                             ("medical-treatment-after-art64", 30, None, False), ("relationship", 75, "exemption", False),
                             ("relationship", 160, "diploma", True), ("relationship", 25, "results", False),
                             ("parent", 55, None, True), ("trafficking-victim-no-report", 70, None, False),
                             ("domestic-violence", 35, None, False), ("buiten-schuld", 110, None, False)],
                        gen=[True, False, True, False]),
    "twentyseventh": dict(med=[None, None, -22, None, 9, None, None, 27, None, None],
                          hnt=[("medical-treatment", 65, None, False), ("medical-treatment", 120, None, True),
                               ("medical-treatment-after-art64", 45, None, False),
                               ("relationship", 40, "diploma", False), ("relationship", 95, "exemption", True),
                               ("relationship", 60, "results", False), ("parent", 30, None, False),
                               ("trafficking-victim", 80, None, False), ("domestic-violence", 50, None, True),
                               ("buiten-schuld", 75, None, False)],
                          gen=[True, False, True, False]),
    "twentyeighth": dict(med=[None, 19, None, None, -11, None, None, None, None, 24],
                         hnt=[("medical-treatment", 85, None, True), ("medical-treatment", 35, None, False),
                              ("medical-treatment-after-art64", 70, None, False),
                              ("relationship", 115, "exemption", False), ("relationship", 50, "diploma", True),
                              ("relationship", 90, "results", False), ("parent", 65, None, False),
                              ("trafficking-victim-no-report", 40, None, True), ("domestic-violence", 80, None, False),
                              ("buiten-schuld", 55, None, False)],
                         gen=[True, False, False, True]),
    "twentyninth": dict(med=[None, None, -16, None, 22, None, None, 7, None, None],
                        hnt=[("medical-treatment", 60, None, False), ("medical-treatment", 140, None, True),
                             ("medical-treatment-after-art64", 35, None, False),
                             ("relationship", 75, "diploma", True), ("relationship", 130, "exemption", False),
                             ("relationship", 45, "results", False), ("parent", 90, None, False),
                             ("trafficking-victim", 55, None, False), ("domestic-violence", 70, None, True),
                             ("buiten-schuld", 100, None, False)],
                        gen=[False, True, True, False]),
    "thirtieth": dict(med=[None, 18, None, None, None, -9, None, None, 25, None],
                      hnt=[("medical-treatment", 110, None, False), ("medical-treatment", 50, None, True),
                           ("medical-treatment-after-art64", 60, None, False),
                           ("relationship", 85, "results", False), ("relationship", 140, "diploma", False),
                           ("relationship", 55, "exemption", True), ("parent", 45, None, False),
                           ("trafficking-victim-no-report", 95, None, False), ("domestic-violence", 60, None, False),
                           ("buiten-schuld", 70, None, True)],
                      gen=[True, False, True, False]),
    "thirtyfirst": dict(med=[None, None, 21, None, None, None, -14, None, None, 3],
                        hnt=[("medical-treatment", 75, None, False), ("medical-treatment-after-art64", 40, None, True),
                             ("medical-treatment", 160, None, False), ("relationship", 60, "exemption", False),
                             ("relationship", 115, "results", False), ("relationship", 90, "diploma", True),
                             ("parent", 70, None, False), ("trafficking-victim", 50, None, False),
                             ("domestic-violence", 120, None, False), ("buiten-schuld", 35, None, True)],
                        gen=[False, False, True, False]),
    "thirtysecond": dict(med=[None, 12, None, None, -20, None, None, 27, None, None],
                         hnt=[("medical-treatment", 60, None, False), ("relationship", 80, "diploma", True),
                              ("medical-treatment-after-art64", 45, None, False),
                              ("relationship", 30, "exemption", False), ("parent", 55, None, False),
                              ("trafficking-victim-no-report", 90, None, False),
                              ("relationship", 140, "results", False), ("buiten-schuld", 65, None, False),
                              ("domestic-violence", 40, None, False), ("medical-treatment", 200, None, True)],
                         gen=[False, False, True, False]),
    "thirtythird": dict(med=[None, None, -23, None, 16, None, None, None, 27, None],
                        hnt=[("relationship", 70, "exemption", False), ("medical-treatment", 95, None, True),
                             ("medical-treatment-after-art64", 55, None, False), ("parent", 35, None, True),
                             ("relationship", 120, "diploma", False), ("trafficking-victim", 85, None, False),
                             ("relationship", 45, "results", False), ("buiten-schuld", 60, None, False),
                             ("domestic-violence", 130, None, False), ("medical-treatment", 25, None, False)],
                        gen=[True, False, True, False]),
    "thirtyfourth": dict(med=[None, 19, None, None, None, -26, None, None, None, None],
                         hnt=[("medical-treatment", 40, None, False), ("relationship", 90, "diploma", True),
                              ("parent", 60, None, False), ("medical-treatment-after-art64", 70, None, True),
                              ("relationship", 25, "exemption", False), ("buiten-schuld", 110, None, False),
                              ("relationship", 160, "results", False), ("trafficking-victim-no-report", 50, None, False),
                              ("domestic-violence", 75, None, False), ("medical-treatment", 300, None, False)],
                         gen=[True, False, True, False]),
    "thirtyfifth": dict(med=[None, None, 22, None, None, None, -14, None, None, None],
                        hnt=[("relationship", 55, "diploma", False), ("medical-treatment", 120, None, True),
                             ("parent", 40, None, False), ("relationship", 210, "exemption", False),
                             ("medical-treatment-after-art64", 35, None, False), ("domestic-violence", 65, None, False),
                             ("relationship", 95, "diploma", True), ("trafficking-victim", 70, None, False),
                             ("buiten-schuld", 150, None, False), ("medical-treatment", 20, None, False)],
                        gen=[False, True, False, True]),
    "thirtysixth": dict(med=[None, -28, None, None, None, 11, None, None, None, None],
                        hnt=[("medical-treatment", 0, None, False), ("relationship", 70, "exemption", False),
                             ("parent", 15, None, True), ("relationship", 130, "diploma", False),
                             ("domestic-violence", 40, None, False), ("medical-treatment-after-art64", 90, None, False),
                             ("trafficking-victim-no-report", 60, None, False), ("relationship", 300, "results", True),
                             ("buiten-schuld", 35, None, False), ("medical-treatment", 180, None, False)],
                        gen=[True, False, False, True]),
    "thirtyseventh": dict(med=[None, -25, None, None, None, 14, None, None, None, None],
                          hnt=[("medical-treatment", 12, None, False), ("relationship", 80, "diploma", False),
                               ("parent", 25, None, True), ("relationship", 150, "exemption", False),
                               ("domestic-violence", 45, None, False), ("medical-treatment-after-art64", 60, None, False),
                               ("trafficking-victim", 90, None, False), ("relationship", 200, "results", True),
                               ("buiten-schuld", 30, None, False), ("trafficking-victim-no-report", 120, None, False)],
                          gen=[False, True, False, True]),
    "thirtyeighth": dict(med=[None, None, 21, None, None, None, -17, None, None, None],
                         hnt=[("relationship", 40, "exemption", False), ("medical-treatment", 75, None, True),
                              ("parent", 50, None, False), ("relationship", 110, "diploma", True),
                              ("medical-treatment-after-art64", 25, None, False), ("buiten-schuld", 80, None, False),
                              ("domestic-violence", 100, None, False), ("relationship", 60, "results", False),
                              ("trafficking-victim-no-report", 45, None, False), ("medical-treatment", 240, None, False)],
                         gen=[True, False, False, True]),
    "thirtyninth": dict(med=[None, None, None, -19, None, None, None, 12, None, None],
                        hnt=[("parent", 35, None, False), ("relationship", 90, "diploma", False),
                             ("medical-treatment", 20, None, True), ("domestic-violence", 70, None, False),
                             ("relationship", 130, "results", False), ("medical-treatment-after-art64", 40, None, False),
                             ("trafficking-victim", 55, None, False), ("relationship", 65, "exemption", True),
                             ("buiten-schuld", 150, None, False), ("medical-treatment", 300, None, False)],
                        gen=[False, True, True, False])
}


def build_part(part: str, out_root: Path) -> list[dict]:
    b = PartBuilder(part, out_root)
    plan = CLEAN_PLAN[part]
    for i, off in enumerate(plan["med"], 1):
        b.clean_med(i, art64_offset=off)
    for i, (route, margin, civic, tr) in enumerate(plan["hnt"], 1):
        b.clean_hnt(i, route, margin, civic, translated=tr)
    for i, tr in enumerate(plan["gen"], 1):
        b.clean_gen(i, translated=tr)
    counters: dict[str, int] = {}
    for key, proc, variant in DEFECT_PLAN[part]:
        counters[key] = counters.get(key, 0) + 1
        b.defect(key, counters[key], proc, variant)
    for s in b.skipped:
        print(f"[ind] skipped {s}")
    return b.truths


def build(out_root: Path, jobs: int | None = None) -> list[dict]:
    """Write every IND dossier of both parts under out_root/<part>/ and return their truth dicts.
    The two parts are independent (own seeds), so they may be built in two processes (IND_JOBS=1 to disable)."""
    import os
    out_root = Path(out_root)
    jobs = jobs or int(os.environ.get("IND_JOBS", "2"))
    parts = ("dev", "heldout")
    if jobs > 1:
        try:
            from concurrent.futures import ProcessPoolExecutor
            with ProcessPoolExecutor(max_workers=min(jobs, len(parts))) as ex:
                results = list(ex.map(build_part, parts, [out_root] * len(parts)))
            return [t for r in results for t in r]
        except (OSError, ImportError, RuntimeError):
            pass
    truths = []
    for part in parts:
        truths += build_part(part, out_root)
    return truths


if __name__ == "__main__":  # python -m eval.corpus.ind OUT
    import sys
    import time
    t0 = time.time()
    ts = build(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/ind-corpus"))
    print(f"{len(ts)} IND dossiers in {time.time() - t0:.1f}s")
