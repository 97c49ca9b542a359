"""Identity and civil-status families of the `twentyfourth` part (registered in identity.FAMILIES).

Written after dev, heldout and the parts fresh to twentythird had been read, by a writer who saw neither the
validator nor its output.  Passports of Uganda and Angola copied on a flatbed as the open booklet (the facing page
with an entry stamp above the data page), the copy then filed turned by 90 degrees; passports of Türkiye and
Suriname reduced to half size in the upper half of an A4 copy with the firm's rectangular 'conform origineel'
stamp and initials below; the Ugandan national identity card (TD1) enlarged 150 % with front and back one above the
other; a Dutch residence document copied in black and white with the scissors mark of a cut-out.  Uganda's NIRA
short birth certificate with a numbered-column entry; Sierra Leone's Births and Deaths Registry certified copy typed
on dotted lines; the Turkish population register's multilingual-less 'nüfus kayıt örneği' printed as a narrow
table; a Belgian DABS extract (nl/fr).  Uganda's and Sierra Leone's marriage certificates; Uganda's citizenship
confirmation letter and Sierra Leone's framed citizenship certificate; the two embassies' identity certificates
with the photo at the top right; sworn translations from Antwerp and Rotterdam.
"""
from __future__ import annotations

import datetime
import random

from PIL import Image, ImageOps

from . import mrz as M
from .identity import TODAY, _dates, _digits, _mrz_data, _register
from .paper import Sheet, text_width_mm
from .people import strip_accents

PART = "twentyfourth"
GREY = (105, 105, 105)
OCR_PT = 2.54 / 0.602 / (25.4 / 72)
_MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
_MON_PT = ["JAN", "FEV", "MAR", "ABR", "MAI", "JUN", "JUL", "AGO", "SET", "OUT", "NOV", "DEZ"]


def put(sh: Sheet, sub: Sheet, x: float, y: float, *, k: float = 1.0, turn: int = 0, dpi: int = 240,
        grey: bool = False) -> tuple[float, float]:
    img = sub.render(dpi)
    if grey:
        img = ImageOps.autocontrast(img.convert("L"), cutoff=1).convert("RGB")
    if turn:
        img = img.rotate(turn, expand=True, resample=Image.BICUBIC, fillcolor=(255, 255, 255))
    w, h = img.width / dpi * 25.4 * k, img.height / dpi * 25.4 * k
    sh.image(x, y, w, h, img)
    return w, h


def _fit(s: str, font: str, size: float, w: float, bold=True) -> float:
    while size > 3.5 and text_width_mm(s, font, size, bold=bold) > w:
        size -= 0.2
    return size


# --------------------------------------------------------------------------- passports A: open booklet, turned

_PP = {
    "UGA": dict(state="THE REPUBLIC OF UGANDA", col=(20, 20, 20), acc=(200, 160, 0), nat="UGANDAN",
                auth="DCIC KAMPALA", num=lambda r: "A" + _digits(r, 8), years=10, loc="en",
                cap=["Surname", "Given Names", "Nationality", "Date of Birth", "Sex", "Place of Birth",
                     "Date of Issue", "Date of Expiry", "Authority"],
                df=lambda d: f"{d.day:02d} {_MON[d.month - 1]} {d.year}"),
    "AGO": dict(state="REPÚBLICA DE ANGOLA", col=(150, 20, 30), acc=(0, 0, 0), nat="ANGOLANA",
                auth="SME LUANDA", num=lambda r: "N" + _digits(r, 7), years=5, loc="pt/en",
                cap=["Apelido / Surname", "Nome / Given names", "Nacionalidade / Nationality",
                     "Data de nascimento / Date of birth", "Sexo / Sex", "Local de nascimento / Place of birth",
                     "Data de emissão / Date of issue", "Válido até / Date of expiry", "Autoridade / Authority"],
                df=lambda d: f"{d.day:02d} {_MON_PT[d.month - 1]}/{_MON[d.month - 1]} {d.year}"),
    "TUR": dict(state="TÜRKİYE CUMHURİYETİ · REPUBLIC OF TÜRKİYE", col=(160, 20, 30), acc=(160, 20, 30),
                nat="T.C.", auth="İÇİŞLERİ BAKANLIĞI", num=lambda r: "U" + _digits(r, 8), years=10, loc="tr/en",
                cap=["Soyadı / Surname", "Adı / Given names", "Uyruğu / Nationality", "Doğum tarihi / Date of birth",
                     "Cinsiyeti / Sex", "Doğum yeri / Place of birth", "Veriliş tarihi / Date of issue",
                     "Geçerlilik tarihi / Date of expiry", "Makam / Authority"],
                df=lambda d: f"{d.day:02d}.{d.month:02d}.{d.year}"),
    "SUR": dict(state="REPUBLIEK SURINAME", col=(0, 90, 50), acc=(200, 30, 40), nat="SURINAAMSE",
                auth="CBB PARAMARIBO", num=lambda r: "R" + _digits(r, 7), years=10, loc="nl/en",
                cap=["Naam / Surname", "Voornamen / Given names", "Nationaliteit / Nationality",
                     "Geboortedatum / Date of birth", "Geslacht / Sex", "Geboorteplaats / Place of birth",
                     "Datum afgifte / Date of issue", "Geldig tot / Date of expiry", "Autoriteit / Authority"],
                df=lambda d: f"{d.day:02d}-{d.month:02d}-{d.year}"),
}


def _data_page(code, person, rng, number, issue, expiry, lines) -> Sheet:
    cfg = _PP[code]
    s = Sheet(125, 88)
    s.rect(0, 0, 125, 88, width_mm=0, fill=(244, 243, 236))
    for k in range(8):
        s.rule(0, 12 + k * 7, 125, 8 + k * 7.6, width_mm=0.08, color=(220, 226, 214))
    s.text(4, 2.5, cfg["state"], font="serif2", size_pt=_fit(cfg["state"], "serif2", 7.5, 80), bold=True,
           color=cfg["col"])
    s.rule(4, 7.8, 121, 7.8, width_mm=0.5, color=cfg["acc"])
    s.text(121, 2.5, f"P  {code}  {number}", font="sans4", size_pt=6.5, bold=True, anchor="right")
    s.photo(4, 11, 28, 36, rng)
    vals = [person.surname.upper(), person.given_names.upper(), cfg["nat"], cfg["df"](person.birth_date),
            person.sex, strip_accents(person.birth_place).upper(), cfg["df"](issue), cfg["df"](expiry), cfg["auth"]]
    y = 10.5
    for i, (cap, v) in enumerate(zip(cfg["cap"], vals)):
        x = 36 if i != 4 else 96
        if i == 4:
            y -= 5.9
        s.text(x, y, cap, font="sans2", size_pt=3.6, color=(90, 90, 90))
        s.text(x, y + 1.9, v, font="sans4", size_pt=_fit(v, "sans4", 6.6, 56 if i != 4 else 20), bold=True)
        y += 5.9
    s.signature(36, y + 0.5, 26, 6, rng, color=(30, 30, 40))
    for i, ln in enumerate(lines):
        s.text(4.2, 72 + i * 5.2, ln, font="ocrb", size_pt=OCR_PT, color=(10, 10, 10))
    return s


def _facing_page(code, rng) -> Sheet:
    s = Sheet(125, 88)
    s.rect(0, 0, 125, 88, width_mm=0, fill=(240, 238, 228))
    for k in range(0, 88, 3):
        s.rule(0, k, 125, k + 1.5, width_mm=0.06, color=(225, 222, 210))
    s.text(62.5, 4, {"AGO": "OBSERVAÇÕES / OBSERVATIONS", "UGA": "OBSERVATIONS"}.get(code, "OBSERVATIONS"),
           font="serif2", size_pt=6, anchor="center", color=(110, 110, 110))
    d = TODAY - datetime.timedelta(days=rng.randint(200, 900))
    s.stamp(rng.uniform(10, 60), rng.uniform(20, 45), ["ZAVENTEM", d.strftime("%d %b %Y").upper(), "B  ENTRY"],
            rng, shape="rect", size_mm=30, color=(40, 60, 150), angle=rng.uniform(-12, 12))
    return s


def _passport_booklet(code: str):
    cfg = _PP[code]

    def make(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, crop=False,
             annotate=None, number=None, **opts):
        issue, expiry = _dates(rng, issue_date, expiry_date, cfg["years"])
        number = number or cfg["num"](rng)
        md = _mrz_data(person, mrz_override)
        lines = M.td3(issuing=code, surname=md["surname"], given=md["given_names"],
                      number=md.get("number", number[-9:]), nationality=md["nationality"],
                      birth_date=md["birth_date"], sex=md["sex"], expiry=expiry, break_check=break_check)
        page = _data_page(code, person, rng, number, issue, expiry, lines)
        if crop:
            return [page]
        book = Sheet(131, 182)
        book.rect(0, 0, 131, 182, width_mm=0, fill=(60, 60, 62))
        put(book, _facing_page(code, rng), 3, 3, dpi=200)
        put(book, page, 3, 91, dpi=300)
        book.rule(3, 91, 128, 91, width_mm=0.4, color=(150, 150, 150))
        sh = Sheet()
        turn = rng.choice([90, -90])
        put(sh, book, 105 - 182 * 0.52, 40 + rng.uniform(0, 15), k=1.04, turn=turn, dpi=260)
        if annotate:
            sh.handwriting(30, 250, annotate, rng, size_pt=12)
        return [sh]

    return make


for _c in ("UGA", "AGO"):
    _register(f"passport-td3-{_c.lower()}-open-boekje-visumpagina-boven-kwartslag-gedraaid-24", "identity-document",
              PART, _PP[_c]["loc"], _passport_booklet(_c), country=_c, mrz="TD3", photo=True,
              notes=f"{_c} passport copied as the open booklet on a flatbed (the facing page with an entry stamp "
                    f"above the data page, black lid margin), filed turned by 90 degrees")


# --------------------------------------------------------------------------- passports B: half size, stamp below

def _passport_half(code: str):
    cfg = _PP[code]

    def make(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, crop=False,
             annotate=None, number=None, **opts):
        issue, expiry = _dates(rng, issue_date, expiry_date, cfg["years"])
        number = number or cfg["num"](rng)
        md = _mrz_data(person, mrz_override)
        lines = M.td3(issuing=code, surname=md["surname"], given=md["given_names"],
                      number=md.get("number", number[-9:]), nationality=md["nationality"],
                      birth_date=md["birth_date"], sex=md["sex"], expiry=expiry, break_check=break_check)
        page = _data_page(code, person, rng, number, issue, expiry, lines)
        if crop:
            return [page]
        sh = Sheet(paper="grey") if rng.random() < 0.5 else Sheet()
        put(sh, page, 22, 18, k=1.0, dpi=300, grey=True)
        sh.rect(22, 18, 125, 88, width_mm=0.2, color=(90, 90, 90))
        sh.stamp(70, 120, ["VOOR EENSLUIDEND AFSCHRIFT", "CONFORM ORIGINEEL", "advocatenkantoor"], rng, shape="rect",
                 size_mm=46, color=(40, 60, 160), angle=rng.uniform(-4, 4))
        sh.handwriting(122, 128, f"gez. {(TODAY - datetime.timedelta(days=rng.randint(3, 40))).strftime('%d/%m')}",
                       rng, size_pt=11, color=(30, 40, 130))
        sh.signature(150, 120, 22, 9, rng, color=(30, 40, 130), style="initials")
        if annotate:
            sh.handwriting(30, 250, annotate, rng, size_pt=12)
        return [sh]

    return make


for _c in ("TUR", "SUR"):
    _register(f"passport-td3-{_c.lower()}-halve-grootte-bovenaan-stempel-conform-origineel-paraaf-24",
              "identity-document", PART, _PP[_c]["loc"], _passport_half(_c), country=_c, mrz="TD3", photo=True,
              notes=f"{_c} passport data page copied in grey at actual size in the upper half of A4, the firm's "
                    f"rectangular 'conform origineel' stamp with date and initials below")


# --------------------------------------------------------------------------- Ugandan national ID card (TD1)

def idcard_uga(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, **opts):
    issue, expiry = _dates(rng, issue_date, expiry_date, 10)
    card_no = "0" + _digits(rng, 8)
    nin = ("CM" if person.sex == "M" else "CF") + _digits(rng, 8) + "".join(rng.choice("ABCDEFGHJKLMNPRTUVWXY")
                                                                           for _ in range(4))
    md = _mrz_data(person, mrz_override)
    lines = M.td1(doc_code="ID", issuing="UGA", number=md.get("number", card_no), nationality=md["nationality"],
                  birth_date=md["birth_date"], sex=md["sex"], expiry=expiry, surname=md["surname"],
                  given=md["given_names"], optional1=nin, break_check=break_check)
    f = Sheet(85.6, 54)
    f.rect(0, 0, 85.6, 54, width_mm=0, fill=(238, 236, 226))
    for i, col in enumerate([(0, 0, 0), (230, 190, 0), (200, 20, 30)]):
        f.rect(0, 3 * i, 85.6, 3, width_mm=0, fill=col)
    f.text(42.8, 10, "THE REPUBLIC OF UGANDA · NATIONAL ID CARD", font="sans4", size_pt=5.2, bold=True,
           anchor="center")
    f.photo(3, 16, 22, 28, rng)
    rows = [("SURNAME", person.surname.upper()), ("GIVEN NAME", person.given_names.upper()),
            ("NATIONALITY", "UGA"), ("SEX", person.sex), ("DATE OF BIRTH", person.birth_date.strftime("%d.%m.%Y")),
            ("NIN", nin), ("CARD NO.", card_no), ("DATE OF EXPIRY", expiry.strftime("%d.%m.%Y"))]
    y = 15
    for a, b in rows:
        f.text(28, y, a, font="sans2", size_pt=3.4, color=GREY)
        f.text(28, y + 1.5, b, font="sans4", size_pt=_fit(b, "sans4", 5.4, 54), bold=True)
        y += 4.6
    f.signature(4, 45, 20, 6, rng, color=(20, 20, 30))
    b = Sheet(85.6, 54)
    b.rect(0, 0, 85.6, 54, width_mm=0, fill=(236, 238, 230))
    b.text(4, 4, f"VILLAGE: {rng.choice(['KISUGU', 'NAKAWA', 'BUKOTO', 'LAROO', 'KAKOBA'])}   "
                 f"PARISH: {rng.choice(['CENTRAL', 'NORTH', 'EAST'])}", font="sans4", size_pt=4.2)
    b.text(4, 8.5, f"DISTRICT: {strip_accents(person.birth_place).upper()}   DATE OF ISSUE: "
                   f"{issue.strftime('%d.%m.%Y')}", font="sans4", size_pt=4.2)
    for i, ln in enumerate(lines):
        b.text(3, 33 + i * 5.5, ln, font="ocrb", size_pt=OCR_PT, color=(10, 10, 10))
    sh = Sheet()
    k = 1.5
    put(sh, f, 105 - 42.8 * k, 22, k=k, dpi=300)
    put(sh, b, 105 - 42.8 * k, 22 + 54 * k + 14, k=k, dpi=300)
    return [sh]


_register("idcard-td1-uga-vergroot-150-voor-boven-achter-24", "identity-document", PART, "en", idcard_uga,
          country="UGA", mrz="TD1", photo=True,
          notes="Ugandan national identity card copied enlarged to 150 %, front above back")


# --------------------------------------------------------------------------- Dutch residence document

def permit_nl_bw(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None,
                 purpose=None, v_number=None, **opts):
    issue, expiry = _dates(rng, issue_date, expiry_date, rng.choice([1, 5]))
    number = rng.choice("NRWX") + rng.choice("BCDFGHJK") + _digits(rng, 7)
    purpose = purpose or rng.choice(["verblijf bij partner", "medische behandeling", "humanitair tijdelijk"])
    md = _mrz_data(person, mrz_override)
    lines = M.td1(doc_code="IR", issuing="NLD", number=md.get("number", number), nationality=md["nationality"],
                  birth_date=md["birth_date"], sex=md["sex"], expiry=expiry, surname=md["surname"],
                  given=md["given_names"], break_check=break_check)
    vnr = v_number or person.v_number or _digits(rng, 10)
    f = Sheet(85.6, 54)
    f.text(3, 2.5, "NEDERLAND · VERBLIJFSDOCUMENT", font="sans", size_pt=5.2, bold=True)
    f.text(3, 6, "RESIDENCE DOCUMENT · TITRE DE SÉJOUR", font="sans", size_pt=3.6)
    f.photo(3, 11, 22, 28, rng)
    rows = [("Naam / Surname", person.surname.upper()), ("Voornamen / Given names", person.given_names.upper()),
            ("Geb.datum / Date of birth", person.birth_date.strftime("%d %m %Y")), ("Geslacht / Sex", person.sex),
            ("Nationaliteit", md["nationality"]), ("Geldig tot / Valid until", expiry.strftime("%d %m %Y")),
            ("Documentnr.", number)]
    y = 10
    for a, b in rows:
        f.text(28, y, a, font="sans", size_pt=3.3, color=GREY)
        f.text(28, y + 1.4, b, font="sans", size_pt=_fit(b, "sans", 5.2, 54), bold=True)
        y += 4.8
    b = Sheet(85.6, 54)
    b.text(3, 3, "Opmerkingen / Remarks", font="sans", size_pt=3.6, color=GREY)
    b.text(3, 6, f"VERBLIJFSVERGUNNING REGULIER BEPAALDE TIJD – {purpose.upper()}"[:60], font="sans", size_pt=4.3)
    b.text(3, 10.5, f"V-NUMMER {vnr}   ARBEID VRIJ TOEGESTAAN", font="sans", size_pt=4.3)
    b.text(3, 15, f"Afgegeven {issue.strftime('%d-%m-%Y')}", font="sans", size_pt=4.3)
    for i, ln in enumerate(lines):
        b.text(3, 33 + i * 5.5, ln, font="ocrb", size_pt=OCR_PT)
    sh = Sheet()
    for card, x in ((f, 18), (b, 108)):
        sh.rect(x - 1, 29, 87.6, 56, width_mm=0.15, color=(60, 60, 60))
        put(sh, card, x, 30, dpi=300, grey=True)
    sh.text(17, 88, "✂", font="sans3", size_pt=9, color=(80, 80, 80))
    sh.rule(22, 90, 195, 90, width_mm=0.15, color=(120, 120, 120), dash=1.5)
    return [sh]


_register("permit-nl-zwartwit-voor-naast-achter-knipstreep-24", "identity-document", PART, "nl", permit_nl_bw,
          country="NLD", mrz="TD1", photo=True,
          notes="Dutch residence document copied in black and white, front beside back, a dashed cut line under")


# --------------------------------------------------------------------------- birth certificates

def _parents(person, father, mother):
    return father or person.father or "—", mother or person.mother or "—"


def birth_uga(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """NIRA's short birth certificate: the arms as a ring at the top, the entry as a row of numbered columns
    turned into a two-column list, 'Registration of Persons Act, Cap. 332'."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(30, 400))
    act = act_date or person.birth_date + datetime.timedelta(days=rng.randint(5, 60))
    fa, mo = _parents(person, father, mother)
    sh = Sheet(paper="cream")
    sh.rect(12, 12, 186, 273, width_mm=0.8, color=(30, 30, 30))
    sh.rect(14, 14, 182, 269, width_mm=0.25, color=(200, 160, 0))
    sh.stamp(92, 18, ["REPUBLIC OF UGANDA", "FOR GOD AND MY COUNTRY"], rng, shape="round", size_mm=26,
             color=(120, 120, 120), angle=0)
    sh.text(105, 48, "NATIONAL IDENTIFICATION AND REGISTRATION AUTHORITY", font="serif3", size_pt=10.5, bold=True,
            anchor="center")
    sh.text(105, 55, "CERTIFICATE OF BIRTH", font="serif3", size_pt=17, bold=True, anchor="center")
    sh.text(105, 64, "Registration of Persons Act, Cap. 332 – Section 32", font="serif3", size_pt=8.5,
            anchor="center", color=GREY)
    no = f"BC{_digits(rng, 9)}"
    sh.text(184, 72, f"No. {no}", font="mono", size_pt=10, bold=True, anchor="right", color=(170, 20, 20))
    rows = [("1", "Name of child", f"{person.surname.upper()} {person.given_names}"),
            ("2", "Sex", {"M": "Male", "F": "Female"}[person.sex]),
            ("3", "Date of birth", person.birth_date.strftime("%d/%m/%Y")),
            ("4", "Place of birth", f"{person.birth_place}, Uganda"),
            ("5", "Name of father", fa), ("6", "Nationality of father", "Ugandan"),
            ("7", "Name of mother", mo), ("8", "Nationality of mother", "Ugandan"),
            ("9", "Date of registration", act.strftime("%d/%m/%Y")),
            ("10", "Registration number", f"{rng.randint(100, 999)}/{act.year}/{_digits(rng, 5)}")]
    y = 82
    for n, a, b in rows:
        sh.rect(22, y, 10, 11, width_mm=0.25)
        sh.rect(32, y, 62, 11, width_mm=0.25, fill=(246, 242, 228))
        sh.rect(94, y, 94, 11, width_mm=0.25)
        sh.text(27, y + 3.5, n, font="sans2", size_pt=9, anchor="center")
        sh.text(34, y + 3.5, a, font="sans2", size_pt=9.5)
        sh.text(96, y + 3, b, font="mono", size_pt=_fit(b, "mono", 10.5, 90, bold=False))
        y += 11
    sh.paragraph(22, y + 8, 166, "I certify that the above particulars are a true extract of the entry in the "
                 "Register of Births kept by the Authority.", font="serif3", size_pt=9.5)
    sh.text(22, y + 24, f"Issued at Kampala on {issue.strftime('%d %B %Y')}", font="serif3", size_pt=10)
    sh.signature(120, y + 20, 44, 14, rng, color=(20, 30, 110))
    sh.text(120, y + 36, "for Registrar General of Births", font="serif3", size_pt=9)
    sh.stamp(70, y + 30, ["NIRA", "KAMPALA", "REGISTRATION"], rng, shape="round", size_mm=28, color=(40, 60, 160))
    return [sh]


def birth_sle(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Sierra Leone's Births and Deaths Registry certified copy: typewritten values on dotted lines, the
    registrar's signature at the bottom right and a violet stamp."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(30, 400))
    act = act_date or person.birth_date + datetime.timedelta(days=rng.randint(5, 60))
    fa, mo = _parents(person, father, mother)
    sh = Sheet(paper="yellow" if rng.random() < 0.5 else "white")
    sh.text(105, 16, "GOVERNMENT OF SIERRA LEONE", font="serif", size_pt=12, bold=True, anchor="center")
    sh.text(105, 23, "BIRTHS AND DEATHS REGISTRY · MINISTRY OF HEALTH", font="serif", size_pt=9.5,
            anchor="center")
    sh.text(105, 33, "CERTIFIED COPY OF AN ENTRY OF BIRTH", font="serif", size_pt=14, bold=True, anchor="center")
    sh.text(22, 44, f"Entry No. {rng.randint(100, 9999)}      District: {person.birth_place}", font="serif",
            size_pt=10)
    items = [("Name", f"{person.given_names} {person.surname}"), ("Sex", {"M": "Male", "F": "Female"}[person.sex]),
             ("Date of birth", person.birth_date.strftime("%d %B %Y")),
             ("Place of birth", f"{person.birth_place}, Sierra Leone"),
             ("Name of father", fa), ("Name of mother", mo),
             ("Informant", rng.choice(["Father", "Mother"])),
             ("Date of registration", act.strftime("%d %B %Y"))]
    y = 58
    for a, b in items:
        sh.text(22, y, a, font="serif", size_pt=10.5)
        sh.rule(68, y + 4.2, 188, y + 4.2, width_mm=0.2, dash=0.7, color=(90, 90, 90))
        sh.text(70, y - 0.4, b, font="typewriter", size_pt=11)
        y += 11
    sh.paragraph(22, y + 6, 166, "I hereby certify that this is a true copy of the entry in the Register of Births "
                 "in my custody.", font="serif", size_pt=10)
    sh.text(22, y + 22, f"Freetown, {issue.strftime('%d/%m/%Y')}", font="typewriter", size_pt=11)
    sh.signature(128, y + 18, 44, 13, rng, color=(20, 20, 30))
    sh.text(128, y + 33, "Chief Registrar of Births and Deaths", font="serif", size_pt=9)
    sh.stamp(84, y + 20, ["BIRTHS & DEATHS", "FREETOWN", "REGISTRY"], rng, shape="round", size_mm=27,
             color=(95, 45, 140))
    return [sh]


def birth_tur(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """The Turkish population register's 'Nüfus Kayıt Örneği' printed from the registry office as a narrow table
    in Turkish only, with a round stamp of the nüfus müdürlüğü."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(30, 300))
    fa, mo = _parents(person, father, mother)
    sh = Sheet()
    sh.text(105, 14, "T.C. İÇİŞLERİ BAKANLIĞI", font="sans3", size_pt=10, bold=True, anchor="center")
    sh.text(105, 20, "Nüfus ve Vatandaşlık İşleri Genel Müdürlüğü", font="sans3", size_pt=9, anchor="center")
    sh.text(105, 30, "DOĞUM KAYIT ÖRNEĞİ", font="sans3", size_pt=14, bold=True, anchor="center")
    rows = [("T.C. Kimlik No", _digits(rng, 11)), ("Soyadı", person.surname.upper()),
            ("Adı", person.given_names.upper()), ("Baba Adı", fa.split()[0] if fa != "—" else "—"),
            ("Ana Adı", mo.split()[0] if mo != "—" else "—"), ("Cinsiyeti", "Erkek" if person.sex == "M" else "Kadın"),
            ("Doğum Yeri", person.birth_place), ("Doğum Tarihi", person.birth_date.strftime("%d.%m.%Y")),
            ("Medeni Hali", rng.choice(["Bekâr", "Evli"])), ("Cilt / Hane / Birey Sıra No",
                                                            f"{rng.randint(10, 99)} / {rng.randint(1, 400)} / "
                                                            f"{rng.randint(1, 20)}")]
    y = 42
    for a, b in rows:
        sh.rect(45, y, 50, 8, width_mm=0.25, fill=(235, 235, 235))
        sh.rect(95, y, 70, 8, width_mm=0.25)
        sh.text(47, y + 2, a, font="sans3", size_pt=8.5)
        sh.text(97, y + 2, b, font="sans3", size_pt=9, bold=True)
        y += 8
    sh.text(45, y + 8, f"Düzenleme Tarihi: {issue.strftime('%d.%m.%Y')}", font="sans3", size_pt=9)
    sh.text(45, y + 14, "Bu belge nüfus kayıtlarına uygun olarak düzenlenmiştir.", font="sans3", size_pt=8.5)
    sh.signature(120, y + 20, 40, 12, rng, color=(20, 30, 110))
    sh.text(120, y + 34, "Nüfus Müdürü", font="sans3", size_pt=9)
    sh.stamp(60, y + 22, ["T.C.", "NÜFUS MÜDÜRLÜĞÜ", strip_accents(person.birth_place).upper()], rng,
             shape="round", size_mm=28, color=(40, 60, 160))
    return [sh]


def birth_bel(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """A Belgian extract of a birth act printed from the DABS database, bilingual Dutch/French headings, the
    municipality's seal printed at the foot."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(30, 300))
    act = act_date or person.birth_date + datetime.timedelta(days=rng.randint(1, 10))
    fa, mo = _parents(person, father, mother)
    city = rng.choice(["Antwerpen", "Gent", "Schaerbeek", "Liège", "Charleroi", "Anderlecht"])
    sh = Sheet()
    sh.text(20, 14, "KONINKRIJK BELGIË · ROYAUME DE BELGIQUE", font="sans4", size_pt=8.5, color=GREY)
    sh.text(20, 20, f"Gemeente / Commune : {city}", font="sans4", size_pt=10, bold=True)
    sh.text(20, 34, "UITTREKSEL UIT DE AKTE VAN GEBOORTE", font="sans4", size_pt=13, bold=True)
    sh.text(20, 41, "EXTRAIT D'ACTE DE NAISSANCE", font="sans4", size_pt=11, color=GREY)
    sh.text(190, 34, f"DABS {act.year}/{_digits(rng, 7)}", font="mono", size_pt=8.5, anchor="right")
    rows = [("Naam / Nom", person.surname), ("Voornamen / Prénoms", person.given_names),
            ("Geslacht / Sexe", "M" if person.sex == "M" else "V/F"),
            ("Geboortedatum / Date de naissance", person.birth_date.strftime("%d/%m/%Y")),
            ("Geboorteplaats / Lieu de naissance", city), ("Vader / Père", fa), ("Moeder / Mère", mo),
            ("Datum akte / Date de l'acte", act.strftime("%d/%m/%Y"))]
    y = 54
    for a, b in rows:
        sh.text(20, y, a, font="sans4", size_pt=9, color=GREY)
        sh.text(95, y, b, font="sans4", size_pt=10.5)
        sh.rule(20, y + 5.5, 190, y + 5.5, width_mm=0.1, color=(200, 200, 200))
        y += 9
    sh.text(20, y + 8, f"Afgeleverd op / Délivré le {issue.strftime('%d/%m/%Y')}", font="sans4", size_pt=9.5)
    sh.text(20, y + 14, "De ambtenaar van de burgerlijke stand / L'officier de l'état civil", font="sans4",
            size_pt=9)
    sh.signature(20, y + 18, 40, 12, rng, color=(20, 20, 30))
    sh.stamp(120, y + 10, [city.upper(), "BURGERLIJKE STAND", "ÉTAT CIVIL"], rng, shape="round", size_mm=28,
             color=(60, 60, 60), angle=0)
    return [sh]


_register("birth-uga-nira-kort-genummerde-kolommen-dubbele-rand-24", "birth-certificate", PART, "en", birth_uga,
          country="UGA")
_register("birth-sle-register-gewaarmerkt-afschrift-stippellijnen-24", "birth-certificate", PART, "en", birth_sle,
          country="SLE")
_register("birth-tur-nufus-dogum-kayit-ornegi-smalle-tabel-24", "birth-certificate", PART, "tr", birth_tur,
          country="TUR")
_register("birth-be-dabs-uittreksel-tweetalig-24", "birth-certificate", PART, "nl/fr", birth_bel, country="BEL")


# --------------------------------------------------------------------------- marriage certificates

def _wed(person, spouse, rng):
    if person.sex == "M":
        return person, spouse
    return spouse, person


def marriage_uga(person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    """Uganda's certificate of marriage under the Marriage Act: a ruled landscape-like table across the page with
    the parties in two rows, the witnesses signing below."""
    sp = spouse or person
    h, w = _wed(person, sp, rng)
    md = marriage_date or TODAY - datetime.timedelta(days=3000)
    issue = issue_date or TODAY - datetime.timedelta(days=90)
    sh = Sheet()
    sh.text(105, 14, "THE REPUBLIC OF UGANDA", font="serif6", size_pt=11, bold=True, anchor="center")
    sh.text(105, 21, "THE MARRIAGE ACT (Cap. 251)", font="serif6", size_pt=9, anchor="center")
    sh.text(105, 30, "CERTIFICATE OF MARRIAGE", font="serif6", size_pt=16, bold=True, anchor="center")
    sh.text(20, 42, f"No. {_digits(rng, 6)}   Marriage solemnized at {rng.choice(['Kampala', 'Mbarara', 'Gulu'])} "
                    f"Registry on {md.strftime('%d %B %Y')}", font="serif6", size_pt=10)
    cols = [("Name and surname", 52), ("Age", 12), ("Condition", 24), ("Rank or profession", 34), ("Residence", 48)]
    y = 52
    x = 20
    for c, wdt in cols:
        sh.rect(x, y, wdt, 9, width_mm=0.3, fill=(235, 235, 228))
        sh.text(x + 1.5, y + 2.5, c, font="serif6", size_pt=8)
        x += wdt
    for p in (h, w):
        y += 9
        age = md.year - p.birth_date.year
        vals = [f"{p.given_names} {p.surname}", str(age), "Bachelor" if p is h else "Spinster",
                rng.choice(["Teacher", "Trader", "Nurse", "Driver", "Farmer"]), p.birth_place]
        x = 20
        for (c, wdt), v in zip(cols, vals):
            sh.rect(x, y, wdt, 12, width_mm=0.3)
            sh.text(x + 1.5, y + 3.5, v, font="typewriter2", size_pt=_fit(v, "typewriter2", 9.5, wdt - 3, False))
            x += wdt
        y += 3
    y += 20
    sh.text(20, y, "This marriage was solemnized between us:", font="serif6", size_pt=9.5, italic=True)
    sh.signature(20, y + 4, 36, 11, rng)
    sh.signature(80, y + 4, 36, 11, rng, color=(20, 20, 30))
    sh.text(20, y + 17, "Husband", font="serif6", size_pt=8.5, color=GREY)
    sh.text(80, y + 17, "Wife", font="serif6", size_pt=8.5, color=GREY)
    sh.text(20, y + 28, "In the presence of (witnesses):", font="serif6", size_pt=9.5, italic=True)
    sh.signature(20, y + 32, 32, 10, rng)
    sh.signature(80, y + 32, 32, 10, rng)
    sh.text(20, y + 52, f"Certified true copy issued on {issue.strftime('%d/%m/%Y')} by the Registrar of "
                        f"Marriages", font="serif6", size_pt=9.5)
    sh.signature(130, y + 44, 40, 12, rng)
    sh.stamp(130, y + 58, ["REGISTRAR GENERAL", "URSB · KAMPALA"], rng, shape="oval", size_mm=30,
             color=(40, 60, 160))
    return [sh]


def marriage_sle(person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    """Sierra Leone's marriage certificate from the Office of the Administrator and Registrar-General: a framed
    certificate with the parties' particulars in a two-column block and a red serial number."""
    sp = spouse or person
    h, w = _wed(person, sp, rng)
    md = marriage_date or TODAY - datetime.timedelta(days=3000)
    issue = issue_date or TODAY - datetime.timedelta(days=90)
    sh = Sheet(paper="cream")
    sh.rect(15, 15, 180, 200, width_mm=1.2, color=(0, 100, 60))
    sh.text(105, 24, "OFFICE OF THE ADMINISTRATOR AND REGISTRAR-GENERAL", font="serif4", size_pt=10, bold=True,
            anchor="center")
    sh.text(105, 31, "SIERRA LEONE", font="serif4", size_pt=10, anchor="center")
    sh.text(105, 42, "Marriage Certificate", font="hand3", size_pt=24, anchor="center", color=(0, 80, 50))
    sh.text(185, 50, f"Nº {_digits(rng, 7)}", font="mono", size_pt=10, bold=True, anchor="right",
            color=(190, 20, 20))
    y = 62
    for lab, p in (("HUSBAND", h), ("WIFE", w)):
        sh.text(25, y, lab, font="serif4", size_pt=9.5, bold=True)
        for a, b in (("Full name", f"{p.given_names} {p.surname}"),
                     ("Date of birth", p.birth_date.strftime("%d/%m/%Y")), ("Place of birth", p.birth_place)):
            y += 7
            sh.text(30, y, a, font="serif4", size_pt=9.5, color=GREY)
            sh.text(80, y, b, font="serif4", size_pt=10.5)
        y += 11
    sh.text(25, y, f"Date of marriage: {md.strftime('%d %B %Y')}     Place: Freetown", font="serif4", size_pt=10.5)
    sh.text(25, y + 12, f"Issued at Freetown this {issue.strftime('%d')} day of {issue.strftime('%B %Y')}",
            font="serif4", size_pt=10)
    sh.signature(120, y + 18, 40, 12, rng, color=(20, 20, 30))
    sh.text(120, y + 32, "Registrar-General", font="serif4", size_pt=9)
    sh.stamp(50, y + 18, ["REGISTRAR-GENERAL", "FREETOWN"], rng, shape="round", size_mm=26, color=(40, 60, 160))
    return [sh]


_register("marriage-uga-marriage-act-tabel-kolommen-getuigen-24", "marriage-certificate", PART, "en", marriage_uga,
          country="UGA")
_register("marriage-sle-registrar-general-kader-rood-nummer-24", "marriage-certificate", PART, "en", marriage_sle,
          country="SLE")


# --------------------------------------------------------------------------- nationality

def nationality_uga(person, rng, *, issue_date=None, **opts):
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(40, 500))
    sh = Sheet()
    sh.text(20, 14, "MINISTRY OF INTERNAL AFFAIRS", font="sans4", size_pt=11, bold=True)
    sh.text(20, 20, "Directorate of Citizenship and Immigration Control", font="sans4", size_pt=9.5)
    sh.text(20, 25, "Plot 75, Jinja Road · P.O. Box 7165, Kampala", font="sans4", size_pt=8, color=GREY)
    sh.rule(20, 30, 190, 30, width_mm=0.6, color=(200, 160, 0))
    sh.text(190, 36, f"Our ref: DCIC/CIT/{_digits(rng, 5)}", font="sans4", size_pt=9, anchor="right")
    sh.text(190, 41, issue.strftime("%d %B %Y"), font="sans4", size_pt=9.5, anchor="right")
    sh.text(20, 54, "CONFIRMATION OF UGANDAN CITIZENSHIP", font="sans4", size_pt=12.5, bold=True)
    y = sh.paragraph(20, 66, 170, f"This is to confirm that {person.given_names} {person.surname.upper()}, "
                     f"born on {person.birth_date.strftime('%d/%m/%Y')} at {person.birth_place}, is a citizen of "
                     f"Uganda by birth under Article 10 of the Constitution of the Republic of Uganda, both parents "
                     f"being citizens of Uganda.", font="sans4", size_pt=10.5, leading=1.5)
    y = sh.paragraph(20, y + 5, 170, "This confirmation is issued at the request of the above-named for use "
                     "abroad.", font="sans4", size_pt=10.5, leading=1.5)
    sh.signature(20, y + 12, 44, 14, rng, color=(20, 30, 110))
    sh.text(20, y + 28, "for: DIRECTOR, CITIZENSHIP AND IMMIGRATION CONTROL", font="sans4", size_pt=9)
    sh.stamp(110, y + 8, ["DCIC", "KAMPALA", "CITIZENSHIP"], rng, shape="round", size_mm=28, color=(40, 60, 160))
    return [sh]


def nationality_sle(person, rng, *, issue_date=None, **opts):
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(40, 500))
    sh = Sheet(paper="cream")
    sh.rect(14, 14, 182, 180, width_mm=2.0, color=(20, 90, 160))
    sh.rect(18, 18, 174, 172, width_mm=0.3, color=(0, 110, 60))
    sh.text(105, 28, "REPUBLIC OF SIERRA LEONE", font="serif5", size_pt=12, bold=True, anchor="center")
    sh.text(105, 40, "CERTIFICATE OF CITIZENSHIP", font="serif5", size_pt=16, bold=True, anchor="center")
    sh.text(105, 48, "(Sierra Leone Citizenship Act, 1973 – by birth)", font="serif5", size_pt=9, anchor="center",
            color=GREY)
    y = sh.paragraph(30, 62, 150, f"This is to certify that {person.given_names} {person.surname}, born at "
                     f"{person.birth_place} on {person.birth_date.strftime('%d %B %Y')}, is a citizen of Sierra "
                     f"Leone by birth.", font="serif5", size_pt=11.5, leading=1.6, align="center")
    sh.text(30, y + 14, f"Certificate No. SL/CIT/{_digits(rng, 6)}", font="serif5", size_pt=10)
    sh.text(30, y + 21, f"Dated at Freetown, {issue.strftime('%d/%m/%Y')}", font="serif5", size_pt=10)
    sh.signature(115, y + 12, 44, 13, rng)
    sh.text(115, y + 27, "Chief Immigration Officer", font="serif5", size_pt=9)
    return [sh]


_register("nationality-uga-dcic-brief-bevestiging-gele-lijn-24", "nationality-certificate", PART, "en",
          nationality_uga, country="UGA")
_register("nationality-sle-certificaat-dubbel-kader-gecentreerd-24", "nationality-certificate", PART, "en",
          nationality_sle, country="SLE")


# --------------------------------------------------------------------------- embassies' identity certificates

_EMB = {"UGA": dict(name="EMBASSY OF THE REPUBLIC OF UGANDA", city="Brussels", addr="Avenue de Tervueren 317, "
                    "1150 Brussels", col=(20, 20, 20), nat="Ugandan"),
        "SLE": dict(name="EMBASSY OF THE REPUBLIC OF SIERRA LEONE", city="Brussels", addr="Avenue de Tervueren "
                    "410, 1150 Brussels", col=(0, 110, 60), nat="Sierra Leonean")}


def _idcert(code: str):
    E = _EMB[code]

    def make(person, rng, *, issue_date=None, declarative=False, **opts):
        issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(40, 300))
        sh = Sheet()
        sh.text(20, 16, E["name"], font="serif2", size_pt=12, bold=True, color=E["col"])
        sh.text(20, 22, E["addr"], font="serif2", size_pt=8.5, color=GREY)
        sh.rule(20, 27, 190, 27, width_mm=0.4, color=E["col"])
        sh.photo(152, 34, 35, 45, rng)
        sh.rect(152, 34, 35, 45, width_mm=0.2)
        sh.text(20, 40, f"Ref.: {code}/CONS/{_digits(rng, 4)}/{issue.year}", font="serif2", size_pt=9.5)
        sh.text(20, 52, "CERTIFICATE OF IDENTITY", font="serif2", size_pt=14, bold=True)
        base = (f"The Embassy certifies that {person.given_names} {person.surname.upper()}, "
                f"{'male' if person.sex == 'M' else 'female'}, born on {person.birth_date.strftime('%d/%m/%Y')} at "
                f"{person.birth_place}, whose photograph appears above, is a {E['nat']} national")
        if declarative:
            base += (". This certificate is issued solely on the basis of the holder's own declaration; no "
                     "identity document was presented to the Embassy.")
        else:
            base += (", identified from the records of the Embassy and the national documents presented "
                     "(passport register and national identification records).")
        y = sh.paragraph(20, 86, 170, base, font="serif2", size_pt=11, leading=1.55)
        y = sh.paragraph(20, y + 4, 170, "This certificate is issued for administrative purposes in Belgium.",
                         font="serif2", size_pt=11, leading=1.55)
        sh.text(20, y + 8, f"{E['city']}, {issue.strftime('%d %B %Y')}", font="serif2", size_pt=10.5)
        sh.signature(110, y + 14, 44, 14, rng)
        sh.text(110, y + 30, "Consular Officer", font="serif2", size_pt=9.5)
        sh.stamp(140, 62, [E["name"][:24], "CONSULAR SECTION", "BRUSSELS"], rng, shape="round", size_mm=30,
                 color=(40, 60, 160), angle=rng.uniform(-15, 15))
        return [sh]

    return make


for _c in ("UGA", "SLE"):
    _register(f"idcert-{_c.lower()}-ambassade-foto-rechtsboven-stempel-over-hoek-24", "identity-certificate", PART,
              "en", _idcert(_c), country=_c, photo=True)


# --------------------------------------------------------------------------- sworn translations

_SRC_NL = {"tr": "Turks", "pt": "Portugees", "ar": "Arabisch", "es": "Spaans"}


def _tr_body(person, of_type):
    t = {"birth-certificate": "GEBOORTEAKTE – uittreksel uit het bevolkingsregister",
         "marriage-certificate": "HUWELIJKSAKTE", "nationality-certificate": "NATIONALITEITSBEWIJS"}.get(
        of_type, "DOCUMENT")
    rows = [("Familienaam", person.surname.upper()), ("Voornaam", person.given_names),
            ("Vader", (person.father or "—").split()[0]), ("Moeder", (person.mother or "—").split()[0]),
            ("Geslacht", "mannelijk" if person.sex == "M" else "vrouwelijk"),
            ("Geboorteplaats", person.birth_place), ("Geboortedatum", person.birth_date.strftime("%d.%m.%Y"))]
    return t, rows


def translation_antwerp(person, rng, *, issue_date=None, of_type="birth-certificate", source_lang="tr", **opts):
    """A sworn translation into Dutch by a translator of the Antwerp court: the translation first, then the
    oath formula and the translator's signature with the rectangular seal 'beëdigd vertaler'."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(10, 60))
    t, rows = _tr_body(person, of_type)
    sh = Sheet()
    sh.text(20, 14, "Vertaling uit het " + _SRC_NL.get(source_lang, "Turks"), font="serif", size_pt=9.5,
            italic=True, color=GREY)
    sh.text(20, 24, "[Wapen]  REPUBLIEK TURKIJE – MINISTERIE VAN BINNENLANDSE ZAKEN", font="serif", size_pt=10)
    sh.text(20, 34, t, font="serif", size_pt=12, bold=True)
    y = 46
    for a, b in rows:
        sh.text(24, y, a + ":", font="serif", size_pt=10.5)
        sh.text(80, y, b, font="serif", size_pt=10.5)
        y += 7
    sh.text(24, y + 2, "[rond stempel: Bevolkingsdienst]   [handtekening: directeur]", font="serif", size_pt=9.5,
            italic=True)
    y += 16
    sh.rule(20, y, 190, y, width_mm=0.3)
    y = sh.paragraph(20, y + 5, 170, "Ik, ondergetekende, beëdigd vertaler bij de rechtbank van eerste aanleg "
                     "Antwerpen, verklaar dat de bovenstaande vertaling getrouw en volledig is opgemaakt naar het "
                     "mij voorgelegde document.", font="serif", size_pt=10.5, leading=1.45)
    sh.text(20, y + 5, f"Antwerpen, {issue.strftime('%d/%m/%Y')}", font="serif", size_pt=10.5)
    sh.signature(20, y + 10, 40, 12, rng)
    sh.stamp(100, y + 4, ["BEËDIGD VERTALER", "TURKS – NEDERLANDS", "RB. ANTWERPEN"], rng, shape="rect",
             size_mm=38, color=(40, 60, 160))
    sh.text(20, y + 26, f"Nr. in het register: {rng.randint(100, 999)}/{issue.year}", font="serif", size_pt=9)
    return [sh]


def translation_rotterdam(person, rng, *, issue_date=None, of_type="birth-certificate", source_lang="tr", **opts):
    """A Dutch sworn translator's translation (Wbtv): a framed first line with the Wbtv number, the translation
    in two columns as a table, the certification in italics at the foot."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(10, 60))
    t, rows = _tr_body(person, of_type)
    sh = Sheet()
    sh.rect(20, 12, 170, 12, width_mm=0.3, fill=(240, 244, 250))
    sh.text(23, 15, f"Beëdigd vertaler {_SRC_NL.get(source_lang, 'Turks')}–Nederlands · Wbtv-nr. "
                    f"{rng.randint(10000, 99999)} · Rotterdam", font="sans2", size_pt=9.5)
    sh.text(20, 34, "VERTALING", font="sans2", size_pt=13, bold=True)
    sh.text(20, 41, t, font="sans2", size_pt=10.5)
    y = 52
    for a, b in rows:
        sh.rect(20, y, 60, 8, width_mm=0.2)
        sh.rect(80, y, 110, 8, width_mm=0.2)
        sh.text(22, y + 2, a, font="sans2", size_pt=10)
        sh.text(82, y + 2, b, font="sans2", size_pt=10)
        y += 8
    y = sh.paragraph(20, y + 12, 170, "Voor getrouwe vertaling uit het " + _SRC_NL.get(source_lang, "Turks") +
                     ", door mij, beëdigd vertaler, ingeschreven in het Register beëdigde tolken en vertalers.",
                     font="sans2", size_pt=10, leading=1.4, italic=True)
    sh.text(20, y + 6, f"Rotterdam, {issue.strftime('%d-%m-%Y')}", font="sans2", size_pt=10)
    sh.signature(20, y + 11, 40, 12, rng)
    sh.stamp(100, y + 2, ["BEËDIGD VERTALER", "WBTV", "ROTTERDAM"], rng, shape="round", size_mm=28,
             color=(40, 60, 160))
    return [sh]


_register("translation-be-antwerpen-beedigd-vertaler-eedformule-onderaan-24", "translation", PART, "nl",
          translation_antwerp, country="BEL")
_register("translation-nl-rotterdam-wbtv-kader-tabel-24", "translation", PART, "nl", translation_rotterdam,
          country="NLD")


def marriage_bel(person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    """A Belgian extract of a marriage act printed from the DABS database (nl/fr headings), the spouses side by side
    in two columns, the municipality's seal at the foot."""
    sp = spouse or person
    h, w = _wed(person, sp, rng)
    md = marriage_date or TODAY - datetime.timedelta(days=1500)
    issue = issue_date or TODAY - datetime.timedelta(days=90)
    city = rng.choice(["Gent", "Leuven", "Ixelles", "Namur", "Mechelen", "Molenbeek-Saint-Jean"])
    sh = Sheet()
    sh.text(20, 14, "KONINKRIJK BELGIË · ROYAUME DE BELGIQUE", font="sans4", size_pt=8.5, color=GREY)
    sh.text(20, 20, f"Gemeente / Commune : {city}", font="sans4", size_pt=10, bold=True)
    sh.text(20, 34, "UITTREKSEL UIT DE AKTE VAN HUWELIJK", font="sans4", size_pt=13, bold=True)
    sh.text(20, 41, "EXTRAIT D'ACTE DE MARIAGE", font="sans4", size_pt=11, color=GREY)
    sh.text(190, 34, f"DABS {md.year}/{_digits(rng, 7)}", font="mono", size_pt=8.5, anchor="right")
    sh.text(20, 52, f"Datum huwelijk / Date du mariage : {md.strftime('%d/%m/%Y')}", font="sans4", size_pt=10.5)
    for k, (lab, p) in enumerate((("Echtgenoot 1 / Conjoint 1", h), ("Echtgenoot 2 / Conjoint 2", w))):
        x = 20 + k * 88
        sh.rect(x, 60, 84, 44, width_mm=0.25)
        sh.text(x + 3, 62, lab, font="sans4", size_pt=8.5, color=GREY)
        y = 69
        for a, b in (("Naam / Nom", p.surname), ("Voornamen / Prénoms", p.given_names),
                     ("Geboren / Né(e) le", p.birth_date.strftime("%d/%m/%Y")), ("te / à", p.birth_place)):
            sh.text(x + 3, y, a, font="sans4", size_pt=7.5, color=GREY)
            sh.text(x + 3, y + 3.2, b, font="sans4", size_pt=10)
            y += 8.5
    sh.text(20, 114, f"Afgeleverd op / Délivré le {issue.strftime('%d/%m/%Y')}", font="sans4", size_pt=9.5)
    sh.text(20, 120, "De ambtenaar van de burgerlijke stand / L'officier de l'état civil", font="sans4", size_pt=9)
    sh.signature(20, 124, 40, 12, rng, color=(20, 20, 30))
    sh.stamp(120, 116, [city.upper(), "BURGERLIJKE STAND", "ÉTAT CIVIL"], rng, shape="round", size_mm=28,
             color=(60, 60, 60), angle=0)
    return [sh]


_register("marriage-be-dabs-uittreksel-twee-kolommen-echtgenoten-24", "marriage-certificate", PART, "nl/fr",
          marriage_bel, country="BEL")
