"""Identity and civil-status families of the `eleventh` part (registered in identity.FAMILIES).

Written after dev, heldout and the parts fresh to tenth had been read, by a writer who saw neither the validator nor
its output.  Passports of Morocco, the DR Congo, Türkiye, Suriname, Armenia, Russia, Afghanistan, Syria, Guinea,
Cameroon, Eritrea and Iraq laid out as the newer polycarbonate data pages are: the values laser-engraved in grey-black
with the captions in a colour at their left, the photo at the right and a small ghost image above the MRZ; copied
alone on the glass in the ways offices copy (the copier's lid left open so that the uncovered glass prints black along
two edges, the law office's document-management barcode sticker, a ballpoint pen left lying on the glass in the
margin, the shadow of a page curling away from the glass); a Turkish identity card with its two sides copied
diagonally on the sheet; a Dutch residence document copied in its clear plastic sleeve; a Lubumbashi commune's birth
act typed on the commune's form with a vertical commune band; a Moroccan consulate's consular birth extract with a box
of marginal notes and its extract of a transcribed adoul marriage act with the spouses in two framed columns; a Turkish population office's birth extract printed on a dot-matrix printer on
green-bar continuous paper, and its multilingual marriage extract (Formül B) on the same printer; copies of Belgian
birth acts from the paper registers kept before 2019, written as prose; a Lubumbashi court's and a Moroccan court's certificates of nationality; the DR Congo embassy's and
the Moroccan consulate's identity attestations with the photo stapled on; sworn translations from Hasselt and
Eindhoven.  Same calling convention as identity.py.
"""
from __future__ import annotations

import datetime
import random

from PIL import Image, ImageChops, ImageDraw, ImageFilter

from . import mrz as M
from .fresh_identity import nl_permit_data
from .identity import _dates, _digits, _mrz_data, _register, _when
from .ninth_identity import hand_safe
from .paper import Sheet, text_width_mm
from .people import country_name, format_date, make_professional, strip_accents
from .tenth_identity import _SRC10, _as_sheet

PART = "eleventh"
GREY = (95, 95, 95)
INK = (25, 35, 120)

# --------------------------------------------------------------------------- copy habits (new in this part)


def lid_open(sh: Sheet, rng: random.Random, dpi: int = 200) -> Sheet:
    """Copied with the copier's lid left up (a booklet or a stapled bundle too thick to close it on): where the
    paper does not cover the glass the copy is black, a band along the right and the bottom edge with a soft
    grey falloff towards the page."""
    img = sh.render(dpi).convert("RGB")
    w, h = img.size
    px = dpi / 25.4
    m = Image.new("L", (w, h), 255)
    d = ImageDraw.Draw(m)
    r, b = int(px * rng.uniform(4.5, 8.0)), int(px * rng.uniform(3.5, 7.0))
    d.rectangle([w - r, 0, w, h], fill=22)
    d.rectangle([0, h - b, w, h], fill=22)
    m = m.filter(ImageFilter.GaussianBlur(px * 1.1))
    return _as_sheet(ImageChops.multiply(img, Image.merge("RGB", (m, m, m))), sh)


def curl_shadow(sh: Sheet, rng: random.Random, dpi: int = 200) -> Sheet:
    """A page that had been rolled or folded over curls away from the glass at the top: a grey shadow fading out
    over the first centimetre of the copy."""
    img = sh.render(dpi).convert("RGB")
    w, h = img.size
    px = dpi / 25.4
    depth = int(px * rng.uniform(7, 11))
    m = Image.new("L", (w, h), 255)
    d = ImageDraw.Draw(m)
    for y in range(depth):
        v = int(120 + 135 * (y / depth) ** 0.7)
        d.line([(0, y), (w, y)], fill=v)
    return _as_sheet(ImageChops.multiply(img, Image.merge("RGB", (m, m, m))), sh)


def dms_sticker(sh: Sheet, rng: random.Random, x: float | None = None, y: float = 4.0) -> None:
    """The law office's document-management label stuck on each incoming piece before scanning: a small white
    sticker with a barcode, the file number and the piece's scan number, at the top right of the sheet."""
    x = sh.width_mm - 62 if x is None else x
    sh.rect(x, y, 50, 13, width_mm=0.15, color=(170, 170, 170), fill=(255, 255, 255))
    bx = x + 2
    r = random.Random(rng.random())
    while bx < x + 30:
        bw = r.choice([0.25, 0.4, 0.6])
        sh.rect(bx, y + 1.5, bw, 7, width_mm=0, fill=(0, 0, 0))
        bx += bw + r.choice([0.25, 0.35, 0.5])
    sh.text(x + 2, y + 9.2, f"*{r.randint(100000, 999999)}*", font="mono", size_pt=5.5)
    sh.text(x + 32, y + 1.6, "DOSSIER", font="sans", size_pt=5, color=GREY)
    sh.text(x + 32, y + 4.6, f"{r.randint(25, 26)}.{r.randint(1000, 4999)}", font="sans", size_pt=7.5, bold=True)
    sh.text(x + 32, y + 8.8, f"scan {r.randint(1, 40):03d}", font="sans", size_pt=5.5, color=GREY)


def pen_on_glass(sh: Sheet, rng: random.Random, side: str = "left") -> None:
    """A ballpoint pen left lying on the copier's glass in the margin: a long dark rounded shape with its clip."""
    x = 3.0 if side == "left" else sh.width_mm - 11.0
    y0 = rng.uniform(70, 140)
    L = rng.uniform(128, 140)
    sh.rect(x, y0, 8, L, width_mm=0, fill=(58, 58, 66))
    sh.rect(x + 2.6, y0 + 4, 2.8, 40, width_mm=0, fill=(120, 120, 128))
    sh.rect(x + 2.2, y0 + L, 3.6, 9, width_mm=0, fill=(90, 90, 96))
    sh.rect(x + 3.5, y0 + L + 9, 1.0, 3, width_mm=0, fill=(40, 40, 40))


def sleeve(sh: Sheet, x: float, y: float, w: float, h: float, rng: random.Random) -> None:
    """The card left in its clear plastic sleeve on the glass: the sleeve's welded edge as a grey line and a pale
    glare along its open side."""
    sh.rect(x, y, w, h, width_mm=0.5, color=(175, 175, 180))
    sh.rect(x + 1.2, y + 1.2, w - 2.4, h - 2.4, width_mm=0.15, color=(205, 205, 210))
    for k in range(5):
        sh.rule(x + w - 4 - k * 0.7, y + 3, x + w - 4 - k * 0.7, y + h - 3, width_mm=0.25, color=(235, 235, 238))


def _habit(sh: Sheet, rng: random.Random, how: str) -> list[Sheet]:
    if how == "lid":
        return [lid_open(sh, rng)]
    if how == "dms":
        dms_sticker(sh, rng)
        return [sh]
    if how == "pen":
        pen_on_glass(sh, rng, rng.choice(["left", "right"]))
        return [sh]
    if how == "curl":
        return [curl_shadow(sh, rng)]
    return [sh]


# --------------------------------------------------------------------------- passports (TD3), polycarbonate page

_PP11 = {
    "MAR": ("ROYAUME DU MAROC", "PASSEPORT · PASSPORT", "MAROCAINE", "fr", lambda r: r.choice("VWXZ") + r.choice(
        "ABCDEFGHJK") + _digits(r, 7), ("Nom", "Prénoms", "Nationalité", "Date de naissance", "Sexe",
                                        "Lieu de naissance", "Délivré le", "Expire le", "Autorité", "N°"),
            "CONSULAT GENERAL DU MAROC ANVERS", (150, 30, 40), "lid"),
    "COD": ("RÉPUBLIQUE DÉMOCRATIQUE DU CONGO", "PASSEPORT · PASSPORT", "CONGOLAISE", "fr",
            lambda r: "OP" + _digits(r, 7), ("Nom", "Post-nom, prénom", "Nationalité", "Né(e) le", "Sexe", "Lieu",
                                             "Délivré le", "Expire le", "Autorité", "N°"),
            "AMBASSADE RDC BRUXELLES", (20, 80, 160), "dms"),
    "TUR": ("TÜRKİYE CUMHURİYETİ", "PASAPORT · PASSPORT", "T.C.", "tr", lambda r: "U" + _digits(r, 8),
            ("Soyadı", "Adı", "Uyruğu", "Doğum tarihi", "Cinsiyeti", "Doğum yeri", "Veriliş tarihi",
             "Geçerlilik tarihi", "Makam", "No"), "T.C. ANVERS BŞKONS.", (150, 20, 30), "pen"),
    "SUR": ("REPUBLIEK SURINAME", "PASPOORT · PASSPORT", "SURINAAMSE", "nl", lambda r: "R" + _digits(r, 7),
            ("Naam", "Voornamen", "Nationaliteit", "Geboortedatum", "Geslacht", "Geboorteplaats", "Afgiftedatum",
             "Geldig tot", "Autoriteit", "Nr."), "CBB PARAMARIBO", (0, 110, 70), "curl"),
    "ARM": ("REPUBLIC OF ARMENIA", "PASSPORT", "ARMENIAN", "en", lambda r: "A" + r.choice("RT") + _digits(r, 7),
            ("Surname", "Given names", "Nationality", "Date of birth", "Sex", "Place of birth", "Date of issue",
             "Date of expiry", "Authority", "No"), "MIA 001", (170, 90, 20), "dms"),
    "RUS": ("РОССИЙСКАЯ ФЕДЕРАЦИЯ · RUSSIAN FEDERATION", "ПАСПОРТ · PASSPORT", "РОССИЙСКАЯ ФЕДЕРАЦИЯ/RUSSIAN "
            "FEDERATION", "ru/en", lambda r: "7" + _digits(r, 8), ("Фамилия/Surname", "Имя/Given names",
                                                                     "Гражданство/Nationality", "Дата рождения",
                                                                     "Пол/Sex", "Место рождения", "Дата выдачи",
                                                                     "Дата окончания", "Орган/Authority", "No"),
            "МВД 77001", (120, 30, 40), "lid"),
    "AFG": ("ISLAMIC REPUBLIC OF AFGHANISTAN", "PASSPORT", "AFGHAN", "en", lambda r: "P" + _digits(r, 8),
            ("Surname", "Given names", "Nationality", "Date of birth", "Sex", "Place of birth", "Date of issue",
             "Date of expiry", "Authority", "No"), "MOI KABUL", (20, 60, 40), "pen"),
    "SYR": ("SYRIAN ARAB REPUBLIC", "PASSPORT", "SYRIAN", "en", lambda r: "N" + _digits(r, 9)[:8],
            ("Surname", "Name", "Nationality", "Date of birth", "Sex", "Place of birth", "Date of issue",
             "Date of expiry", "Issuing office", "No"), "IMMIGRATION DAMASCUS", (30, 90, 50), "curl"),
    "GIN": ("RÉPUBLIQUE DE GUINÉE", "PASSEPORT · PASSPORT", "GUINEENNE", "fr", lambda r: "G" + _digits(r, 7),
            ("Nom", "Prénoms", "Nationalité", "Date de naissance", "Sexe", "Lieu de naissance", "Date de délivrance",
             "Date d'expiration", "Autorité", "N°"), "DCPAF CONAKRY", (180, 40, 30), "dms"),
    "CMR": ("REPUBLIC OF CAMEROON · RÉPUBLIQUE DU CAMEROUN", "PASSPORT · PASSEPORT", "CAMEROONIAN", "en/fr",
            lambda r: "AA" + _digits(r, 6), ("Surname", "Given names", "Nationality", "Date of birth", "Sex",
                                             "Place of birth", "Date of issue", "Date of expiry", "Authority", "No"),
            "DGSN", (0, 100, 60), "lid"),
    "ERI": ("THE STATE OF ERITREA", "PASSPORT", "ERITREAN", "en", lambda r: "P" + _digits(r, 7),
            ("Surname", "Given names", "Nationality", "Date of birth", "Sex", "Place of birth", "Date of issue",
             "Date of expiry", "Authority", "No"), "DIN ASMARA", (30, 80, 150), "pen"),
    "IRQ": ("REPUBLIC OF IRAQ", "PASSPORT", "IRAQI", "en", lambda r: "A" + _digits(r, 8),
            ("Surname", "Name", "Nationality", "Date of birth", "Sex", "Place of birth", "Date of issue",
             "Date of expiry", "Authority", "No"), "GDNRP BAGHDAD", (30, 70, 60), "curl"),
}


def _datapage11(code: str, person, rng, number, issue, expiry, lines) -> Sheet:
    state, sub, nat, lang, _n, cap, auth, col, _h = _PP11[code]
    W, H = 125.0, 88.0
    s = Sheet(W, H)
    s.rect(0, 0, W, H, width_mm=0, fill=(246, 244, 240))
    light = tuple(min(255, 200 + v // 5) for v in col)
    for k in range(9):
        s.rule(0, 14 + k * 5.5, W, 10 + k * 5.5, width_mm=0.12, color=light)
    s.text(4, 2.2, state, font="sans4", size_pt=5.4, bold=True, color=col)
    s.text(4, 5.6, sub, font="sans4", size_pt=4.5, color=col)
    s.photo(W - 34, 11, 28, 36, rng)
    s.photo(W - 24, 52, 11, 14, rng)
    d = (lambda x: format_date(x, "abbr", "en").upper()) if lang in ("en", "en/fr", "ru/en") else \
        (lambda x: format_date(x, "dots", "fr"))
    vals = [person.surname.upper(), person.given_names.upper(), nat, d(person.birth_date), person.sex,
            strip_accents(person.birth_place).upper(), d(issue), d(expiry), auth, number]
    y = 11.0
    for i, (c_, v) in enumerate(zip(cap, vals)):
        s.text(4, y + 0.6, c_, font="sans4", size_pt=3.3, color=col)
        vs = 5.8
        while vs > 3.9 and text_width_mm(v, "mono2", vs) > W - 72:
            vs -= 0.3
        s.text(30, y, v, font="mono2", size_pt=vs, color=(45, 45, 45))
        y += 5.6
    s.signature(30, y + 0.5, 30, 6, rng, color=(60, 60, 60))
    size = 2.54 / 0.602 / (25.4 / 72)
    s.rect(0, H - 15, W, 15, width_mm=0, fill=(250, 250, 249))
    for i, ln in enumerate(lines):
        s.text(4.5, H - 12.5 + i * 4.3, ln, font="ocrb", size_pt=size, color=(10, 10, 10))
    return s


def _passport11(code: str):
    cfg = _PP11[code]

    def make(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, crop=False,
             annotate=None, number=None, **opts):
        issue, expiry = _dates(rng, issue_date, expiry_date, 10 if code in ("TUR", "RUS", "ARM") else 5)
        number = number or cfg[4](rng)
        md = _mrz_data(person, mrz_override)
        lines = M.td3(issuing=code, surname=md["surname"], given=md["given_names"],
                      number=md.get("number", number.replace(" ", "")[-9:]), nationality=md["nationality"],
                      birth_date=md["birth_date"], sex=md["sex"], expiry=expiry, personal_number="",
                      break_check=break_check)
        page = _datapage11(code, person, rng, number, issue, expiry, lines)
        if crop:
            return [page]
        sh = Sheet()
        x, y = rng.uniform(24, 40), rng.uniform(34, 70)
        sh.image(x, y, 125, 88, page.render(300))
        sh.rect(x, y, 125, 88, width_mm=0.2, color=(150, 150, 150))
        if annotate:
            sh.handwriting(22, 276, hand_safe(annotate), rng, size_pt=12)
        return _habit(sh, rng, cfg[8])

    return make


for _code, _note in [
        ("MAR", "Moroccan passport issued at a consulate, polycarbonate page, captions in colour at the left, lid open"),
        ("COD", "Congolese (DRC) passport, polycarbonate layout, the office's DMS barcode sticker"),
        ("TUR", "Turkish passport, polycarbonate layout, a pen left on the glass"),
        ("SUR", "Surinamese passport, polycarbonate layout, Dutch captions, the page curling away from the glass"),
        ("ARM", "Armenian passport, polycarbonate layout, DMS sticker"),
        ("RUS", "Russian passport, Cyrillic/English captions, lid open"),
        ("AFG", "Afghan passport, polycarbonate layout, pen on the glass"),
        ("SYR", "Syrian passport, polycarbonate layout, curl shadow"),
        ("GIN", "Guinean passport, polycarbonate layout, DMS sticker"),
        ("CMR", "Cameroonian passport, polycarbonate layout, lid open"),
        ("ERI", "Eritrean passport, polycarbonate layout, pen on the glass"),
        ("IRQ", "Iraqi passport, polycarbonate layout, curl shadow")]:
    _register(f"passport-td3-{_code.lower()}-polycarbonaat-kleurlabels-11", "identity-document", PART,
              _PP11[_code][3], _passport11(_code), country=_code, mrz="TD3", photo=True, notes=_note)


# --------------------------------------------------------------------------- Turkish identity card, diagonal copy

def idcard_tur_diagonal(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None,
                        **opts):
    """Türkiye's chip identity card (2017 model): its front at the top left of the sheet and its back at the
    bottom right, as a counter clerk copies both sides on one page; the lid left open."""
    issue, expiry = _dates(rng, issue_date, expiry_date, 10)
    no = "A" + _digits(rng, 2) + r"" + rng.choice("ABCDEFGHJ") + _digits(rng, 5)
    md = _mrz_data(person, mrz_override)
    lines = M.td1(doc_code="I", issuing="TUR", number=md.get("number", no), nationality=md["nationality"],
                  birth_date=md["birth_date"], sex=md["sex"], expiry=expiry, surname=md["surname"],
                  given=md["given_names"], optional1=_digits(rng, 11), break_check=break_check)
    f = Sheet(85.6, 54)
    f.rect(0, 0, 85.6, 54, width_mm=0, fill=(238, 236, 246))
    f.text(3, 1.8, "TÜRKİYE CUMHURİYETİ KİMLİK KARTI", font="sans", size_pt=5.2, bold=True, color=(160, 20, 30))
    f.text(3, 4.6, "REPUBLIC OF TURKEY IDENTITY CARD", font="sans", size_pt=4.2, color=(160, 20, 30))
    f.photo(3, 10, 21, 27, rng)
    rows = [("Soyadı / Surname", person.surname.upper()), ("Adı / Given Name(s)", person.given_names.upper()),
            ("Doğum Tarihi / Date of Birth", format_date(person.birth_date, "dots", "nl")),
            ("Cinsiyeti / Gender", "K/F" if person.sex == "F" else "E/M"), ("Seri No / Document No", no),
            ("Geçerlilik Tarihi / Valid Until", format_date(expiry, "dots", "nl"))]
    for k, (lab, val) in enumerate(rows):
        f.text(27, 9 + k * 6.6, lab, font="sans", size_pt=3.3, color=(90, 90, 110))
        f.text(27, 10.9 + k * 6.6, val[:30], font="sans", size_pt=5.0, bold=True)
    f.signature(3, 40, 22, 7, rng)
    b = Sheet(85.6, 54)
    b.rect(0, 0, 85.6, 54, width_mm=0, fill=(236, 238, 246))
    for k, (lab, val) in enumerate([("Anne Adı / Mother's Name", (person.mother or "-").split(" ")[0].upper()),
                                    ("Baba Adı / Father's Name", (person.father or "-").split(" ")[0].upper()),
                                    ("Veren Makam / Issued By", "ANVERS BŞK.")]):
        b.text(3, 2 + k * 6.4, lab, font="sans", size_pt=3.3, color=(90, 90, 110))
        b.text(3, 3.9 + k * 6.4, val, font="sans", size_pt=4.8, bold=True)
    size = (78.0 / 30) / 0.602 / (25.4 / 72)
    for i, ln in enumerate(lines):
        b.text(3.5, 36 + i * 4.5, ln, font="ocrb", size_pt=size)
    sh = Sheet()
    sh.image(16, 24, 90, 56.8, f.render(300))
    sh.image(104, 150, 90, 56.8, b.render(300))
    return [lid_open(sh, rng)]


_register("idcard-td1-tur-kimlik-diagonaal-deksel-open", "identity-document", PART, "tr/en", idcard_tur_diagonal,
          country="TUR", mrz="TD1", photo=True,
          notes="Turkish chip identity card, front top left and back bottom right of the sheet, lid left open")


# --------------------------------------------------------------------------- Dutch residence card in a sleeve

def permit_nl_sleeve(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None,
                     purpose=None, v_number=None, **opts):
    """Dutch residence document copied without taking it out of its clear plastic sleeve: front above back at the
    right half of the sheet, the sleeve's edges and a pale glare line; a pen left on the glass."""
    issue, expiry, number, purpose, lines, vnr = nl_permit_data(person, rng, "KLMPRT", issue_date, expiry_date,
                                                                break_check, mrz_override, purpose, v_number)
    f = Sheet(85.6, 54)
    f.rect(0, 0, 85.6, 54, width_mm=0, fill=(226, 234, 246))
    f.text(42.8, 1.6, "VERBLIJFSDOCUMENT · RESIDENCE DOCUMENT", font="sans6", size_pt=5.0, bold=True,
           anchor="center", color=(20, 40, 110))
    f.photo(3, 8, 21, 27, rng)
    for k, (lab, val) in enumerate([("1. Naam", person.surname.upper()), ("2. Voornamen", person.given_names.upper()),
                                    ("3. Geldig tot", format_date(expiry, "dots", "nl")), ("4. Nummer", number),
                                    ("5. Aard van de vergunning", "REGULIER BEP. TIJD"),
                                    ("6. Opmerkingen", purpose.upper())]):
        f.text(27, 8 + k * 6.9, lab, font="sans6", size_pt=3.3, color=(60, 70, 120))
        f.text(27, 10.1 + k * 6.9, val[:30], font="sans6", size_pt=4.9, bold=True)
    b = Sheet(85.6, 54)
    b.rect(0, 0, 85.6, 54, width_mm=0, fill=(232, 238, 246))
    for k, (lab, val) in enumerate([("7. Geboortedatum", format_date(person.birth_date, "dots", "nl")),
                                    ("8. Nationaliteit", country_name(person.nationality, "nl").upper()),
                                    ("9. V-nummer", vnr), ("10. Afgegeven op", format_date(issue, "dots", "nl"))]):
        b.text(3, 2 + k * 6.6, lab, font="sans6", size_pt=3.3, color=(60, 70, 120))
        b.text(3, 4.1 + k * 6.6, val, font="sans6", size_pt=4.8, bold=True)
    size = (78.0 / 30) / 0.602 / (25.4 / 72)
    for i, ln in enumerate(lines):
        b.text(3.5, 36 + i * 4.5, ln, font="ocrb", size_pt=size)
    sh = Sheet()
    x = rng.uniform(104, 112)
    sleeve(sh, x - 4, 40, 98, 140, rng)
    sh.image(x, 46, 88, 55.5, f.render(300))
    sh.image(x, 112, 88, 55.5, b.render(300))
    pen_on_glass(sh, rng, "left")
    return [sh]


_register("permit-nl-verblijfsdocument-plastic-hoesje-pen", "identity-document", PART, "nl", permit_nl_sleeve,
          country="NLD", mrz="TD1", photo=True,
          notes="Dutch residence document copied in its clear sleeve, front above back on the right, pen on the glass")


# --------------------------------------------------------------------------- civil status: Lubumbashi (DRC)

_LUB = ["Kampemba", "Lubumbashi", "Kenya", "Katuba", "Ruashi", "Annexe", "Rwashi"]


def _lubumbashi_band(sh: Sheet, commune: str) -> None:
    sh.rect(12, 10, 22, 277, width_mm=0, fill=(228, 236, 248))
    for k, ch in enumerate(f"COMMUNE DE {commune.upper()}"):
        sh.text(23, 30 + k * 6.2, ch, font="sans4", size_pt=9, bold=True, anchor="center", color=(20, 60, 140))
    sh.text(40, 10, "RÉPUBLIQUE DÉMOCRATIQUE DU CONGO", font="sans4", size_pt=10, bold=True)
    sh.text(40, 15, "PROVINCE DU HAUT-KATANGA · VILLE DE LUBUMBASHI", font="sans4", size_pt=8.5)
    sh.text(40, 19.5, "Bureau de l'état civil", font="sans4", size_pt=8.5, italic=True)


def _fiscal(sh: Sheet, x: float, y: float, rng: random.Random, amount: str) -> None:
    sh.rect(x, y, 20, 24, width_mm=0.3, color=(90, 90, 140), fill=(224, 230, 244))
    sh.text(x + 10, y + 3, "DGRAD", font="sans", size_pt=6, bold=True, anchor="center", color=(60, 60, 120))
    sh.text(x + 10, y + 10, amount, font="sans", size_pt=7, anchor="center", color=(60, 60, 120))
    sh.rule(x - 2, y + 20, x + 22, y + 4, width_mm=0.5, color=(40, 40, 40))


def birth_cod_lubumbashi(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """A Lubumbashi commune's birth act ('Acte de naissance n° ... Volume ... Folio ...') typed on the commune's
    A4 form: a blue vertical band with the commune's name down the left edge, the declarations as labelled lines,
    a cancelled fiscal stamp, the officer's signature over the round stamp; the office's DMS sticker."""
    issued = _when(rng, issue_date, 30, 600)
    act = act_date or (person.birth_date + datetime.timedelta(days=rng.randint(3, 80)))
    commune = rng.choice(_LUB)
    sh = Sheet()
    _lubumbashi_band(sh, commune)
    sh.text(118, 34, "ACTE DE NAISSANCE", font="serif5", size_pt=15, bold=True, anchor="center")
    sh.text(118, 41, f"N° {rng.randint(100, 2999)} – Volume {rng.choice(['I', 'II', 'III'])} – Folio "
                     f"{rng.randint(1, 300)}", font="serif5", size_pt=9.5, anchor="center")
    rows = [("Nom et post-nom", person.surname.upper()), ("Prénom", person.given_names),
            ("Sexe", "Féminin" if person.sex == "F" else "Masculin"),
            ("Né(e) à", person.birth_place), ("Le", format_date(person.birth_date, "long", "fr")),
            ("Fils/Fille de (père)", father or person.father or "-"), ("et de (mère)", mother or person.mother or "-"),
            ("Déclaration reçue le", format_date(act, "long", "fr"))]
    y = 54
    for lab, val in rows:
        sh.text(42, y, lab, font="serif5", size_pt=10, color=GREY)
        sh.text(92, y, val, font="typewriter", size_pt=11)
        sh.rule(92, y + 5, 192, y + 5, width_mm=0.1, color=(160, 160, 160))
        y += 10
    y = sh.paragraph(42, y + 4, 150, "Dressé par Nous, Officier de l'état civil de la Commune, sur déclaration du "
                     "père, qui a signé avec Nous après lecture faite.", font="serif5", size_pt=10.5, leading=1.5)
    sh.text(42, y + 8, f"Pour copie conforme, Lubumbashi, le {format_date(issued, 'dots', 'fr')}", font="serif5",
            size_pt=10.5)
    sh.text(130, y + 18, "L'Officier de l'état civil", font="serif5", size_pt=10)
    sh.stamp(128, y + 22, [f"COMMUNE DE {commune.upper()}", "ÉTAT CIVIL"], rng, size_mm=28, color=(40, 60, 150))
    sh.signature(132, y + 26, 40, 13, rng)
    _fiscal(sh, 44, y + 20, rng, "3 500 FC")
    dms_sticker(sh, rng)
    return [sh]


def marriage_mar_consular(person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    """A Moroccan consulate's extract of the transcription of a marriage act (concluded before two adouls) into the
    consular registers: the spouses side by side in two columns ('L'époux' | 'L'épouse'), the adouls' act and the
    court of the notary ('section notariale') cited, the consul's signature and violet stamp; the page curling."""
    issued = _when(rng, issue_date, 30, 500)
    wed = marriage_date or (issued - datetime.timedelta(days=rng.randint(400, 3000)))
    city = rng.choice(["Bruxelles", "Anvers", "Liège"])
    sp = spouse
    sh = Sheet()
    f = "sans6"
    sh.text(105, 12, "ROYAUME DU MAROC", font=f, size_pt=12, bold=True, anchor="center")
    sh.text(105, 18, f"Consulat Général du Royaume du Maroc à {city}", font=f, size_pt=9.5, anchor="center")
    sh.text(105, 23, "Service de l'état civil consulaire", font=f, size_pt=8.5, anchor="center", color=GREY)
    sh.text(105, 36, "EXTRAIT D'ACTE DE MARIAGE", font=f, size_pt=14, bold=True, anchor="center")
    sh.paragraph(20, 46, 170, f"Transcription de l'acte de mariage adoulaire n° {rng.randint(10, 900)}, folio "
                 f"{rng.randint(1, 300)}, section notariale près le Tribunal de première instance de "
                 f"{rng.choice(['Nador', 'Oujda', 'Berkane', 'Al Hoceima', 'Tanger'])}, conclu le "
                 f"{format_date(wed, 'long', 'fr')}.", font=f, size_pt=10, leading=1.45)
    for j, (head, q) in enumerate((("L'ÉPOUX", person), ("L'ÉPOUSE", sp))):
        x = 20 + j * 86
        sh.rect(x, 64, 82, 44, width_mm=0.25)
        sh.text(x + 2, 66, head, font=f, size_pt=10, bold=True)
        if q is None:
            continue
        for k, (lab, val) in enumerate([("Nom", q.surname.upper()), ("Prénom", q.given_names),
                                        ("Né(e) le", format_date(q.birth_date, "dots", "fr")),
                                        ("à", q.birth_place)]):
            sh.text(x + 2, 74 + k * 8, lab, font=f, size_pt=8.5, color=GREY)
            sh.text(x + 20, 74 + k * 8, val[:30], font=f, size_pt=10, bold=True)
    sh.rect(20, 114, 168, 14, width_mm=0.25, color=(120, 120, 120))
    sh.text(22, 116, "Mentions marginales :", font=f, size_pt=9, bold=True)
    sh.text(22, 121.5, "néant", font=f, size_pt=9.5)
    sh.text(20, 138, f"Extrait certifié conforme, {city}, le {format_date(issued, 'dots', 'fr')}", font=f,
            size_pt=10)
    sh.text(130, 148, "Le Consul Général", font=f, size_pt=10)
    sh.stamp(122, 152, ["CONSULAT GÉNÉRAL DU MAROC", city.upper()], rng, size_mm=28, color=(110, 50, 150))
    sh.signature(130, 156, 40, 13, rng)
    return [curl_shadow(sh, rng)]


_register("birth-cod-lubumbashi-commune-verticale-band", "birth-certificate", PART, "fr", birth_cod_lubumbashi,
          country="COD", notes="Lubumbashi commune's birth act on commune paper with a vertical band, fiscal stamp, "
                               "DMS sticker")


# --------------------------------------------------------------------------- civil status: Moroccan consulate

def birth_mar_consular(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """An extract of a birth act from the consular civil-status registers of a Moroccan consulate in Belgium,
    printed from the consulate's software: the act's number and year in a box, the data as 'label : value' lines
    in French, a box of marginal notes ('Mentions marginales : néant'), the consul's signature and violet stamp."""
    issued = _when(rng, issue_date, 20, 400)
    act = act_date or (person.birth_date + datetime.timedelta(days=rng.randint(3, 60)))
    city = rng.choice(["Bruxelles", "Anvers", "Liège"])
    sh = Sheet()
    f = "sans6"
    sh.text(105, 12, "ROYAUME DU MAROC", font=f, size_pt=12, bold=True, anchor="center")
    sh.text(105, 18, f"Consulat Général du Royaume du Maroc à {city}", font=f, size_pt=9.5, anchor="center")
    sh.text(105, 23, "Service de l'état civil consulaire", font=f, size_pt=8.5, anchor="center", color=GREY)
    sh.text(105, 36, "EXTRAIT D'ACTE DE NAISSANCE", font=f, size_pt=14, bold=True, anchor="center")
    sh.rect(140, 44, 50, 14, width_mm=0.3)
    sh.text(142, 46, f"Acte n° {rng.randint(10, 999)}", font=f, size_pt=9)
    sh.text(142, 51.5, f"Année {act.year}", font=f, size_pt=9)
    y = 66
    for lab, val in [("Nom de famille", person.surname.upper()), ("Prénom", person.given_names),
                     ("Date de naissance", format_date(person.birth_date, "long", "fr")),
                     ("Lieu de naissance", person.birth_place), ("Sexe", "féminin" if person.sex == "F" else "masculin"),
                     ("Père", father or person.father or "-"), ("Mère", mother or person.mother or "-"),
                     ("Date de l'acte", format_date(act, "dots", "fr"))]:
        sh.text(22, y, f"{lab}", font=f, size_pt=10)
        sh.text(70, y, f": {val}", font=f, size_pt=10.5, bold=True)
        y += 8
    sh.rect(22, y + 4, 168, 16, width_mm=0.25, color=(120, 120, 120))
    sh.text(24, y + 6, "Mentions marginales :", font=f, size_pt=9, bold=True)
    sh.text(24, y + 12, "néant", font=f, size_pt=9.5)
    sh.text(22, y + 30, f"Extrait certifié conforme, {city}, le {format_date(issued, 'dots', 'fr')}", font=f,
            size_pt=10)
    sh.text(130, y + 40, "Le Consul Général", font=f, size_pt=10)
    sh.stamp(122, y + 44, ["CONSULAT GÉNÉRAL DU MAROC", city.upper()], rng, size_mm=28, color=(110, 50, 150))
    sh.signature(130, y + 48, 40, 13, rng)
    return _habit(sh, rng, rng.choice(["pen", "curl"]))


_register("birth-mar-consulaat-register-kantmeldingen", "birth-certificate", PART, "fr", birth_mar_consular,
          country="MAR", notes="Moroccan consulate's consular birth extract printed from software, marginal-notes box")
_register("marriage-mar-consulaat-adoulakte-twee-kolommen", "marriage-certificate", PART, "fr", marriage_mar_consular,
          country="MAR", notes="Moroccan consulate's extract of a transcribed adoul marriage act, spouses in two "
                               "framed columns, curl shadow")


# --------------------------------------------------------------------------- civil status: Türkiye, dot matrix

def _greenbar(sh: Sheet) -> None:
    """Continuous computer paper: pale green bands every half inch, pin-feed holes and perforations down both
    edges."""
    for y in range(0, 297, 25):
        sh.rect(14, y, 182, 12.7, width_mm=0, fill=(226, 242, 228))
    for y in range(6, 297, 12):
        sh.rect(4, y, 4.2, 4.2, width_mm=0.2, color=(170, 170, 170), fill=(250, 250, 250))
        sh.rect(201.8, y, 4.2, 4.2, width_mm=0.2, color=(170, 170, 170), fill=(250, 250, 250))
    sh.rule(12, 0, 12, 297, width_mm=0.15, dash=0.8, color=(170, 170, 170))
    sh.rule(198, 0, 198, 297, width_mm=0.15, dash=0.8, color=(170, 170, 170))


def birth_tur_dotmatrix(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """A Turkish district population office's birth-registration extract printed on the office's dot-matrix
    printer on green-bar continuous paper (pin-feed holes down both edges, pale green bands), with the official's
    stamp and signature; in Turkish only."""
    issued = _when(rng, issue_date, 10, 200)
    ilce = rng.choice(["EMİRDAĞ", "KULU", "ŞARKIŞLA", "YOZGAT MERKEZ", "ÇAYIRALAN", "POSOF"])
    sh = Sheet()
    _greenbar(sh)
    f = "typewriter3"
    col = (50, 50, 60)
    sh.text(20, 14, f"T.C. İÇİŞLERİ BAKANLIĞI  -  {ilce} İLÇE NÜFUS MÜDÜRLÜĞÜ", font=f, size_pt=10, color=col)
    sh.text(20, 22, "DOĞUM KAYIT ÖRNEĞİ", font=f, size_pt=11, bold=True, color=col)
    sh.text(20, 27, "-" * 74, font=f, size_pt=9, color=col)
    rows = [("SOYADI", person.surname.upper()), ("ADI", person.given_names.upper()),
            ("BABA ADI", (father or person.father or "").split(" ")[0].upper()),
            ("ANA ADI", (mother or person.mother or "").split(" ")[0].upper()),
            ("DOĞUM YERİ", strip_accents(person.birth_place).upper()),
            ("DOĞUM TARİHİ", format_date(person.birth_date, "slashes", "nl")),
            ("CİNSİYETİ", "K" if person.sex == "F" else "E"),
            ("CİLT/HANE/BSN", f"{rng.randint(10, 99)}/{rng.randint(1, 400)}/{rng.randint(1, 30)}"),
            ("TESCİL TARİHİ", format_date(act_date or (person.birth_date + datetime.timedelta(days=20)), "slashes",
                                          "nl"))]
    y = 34
    for lab, val in rows:
        sh.text(20, y, f"{lab:<16}: {val}", font=f, size_pt=10, color=col)
        y += 7
    sh.text(20, y + 2, "-" * 74, font=f, size_pt=9, color=col)
    sh.text(20, y + 10, f"DÜZENLEME TARİHİ: {format_date(issued, 'slashes', 'nl')}   BELGE NO: {_digits(rng, 8)}",
            font=f, size_pt=9.5, color=col)
    sh.stamp(120, y + 18, ["T.C.", f"{ilce} NÜFUS MÜD."], rng, size_mm=28, color=(40, 40, 110))
    sh.text(130, y + 48, "NÜFUS MEMURU", font=f, size_pt=9.5, color=col)
    sh.signature(130, y + 52, 40, 13, rng)
    return [sh]


_register("birth-tur-nokta-vuruslu-kenar-delikli", "birth-certificate", PART, "tr", birth_tur_dotmatrix,
          country="TUR", notes="Turkish population office's birth extract printed dot-matrix on green-bar paper")


def marriage_tur_formul_b(person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    """A Turkish population office's multilingual marriage extract (CIEC 'Formül B', Turkish / French / English
    captions) printed on the same dot-matrix printer on green-bar continuous paper, numbered lines, the official's
    stamp and signature."""
    issued = _when(rng, issue_date, 20, 400)
    wed = marriage_date or (issued - datetime.timedelta(days=rng.randint(400, 3000)))
    ilce = rng.choice(["EMİRDAĞ", "KULU", "ŞARKIŞLA", "YOZGAT MERKEZ", "ÇAYIRALAN", "POSOF"])
    sp = spouse
    sh = Sheet()
    _greenbar(sh)
    f = "typewriter3"
    col = (50, 50, 60)
    sh.text(20, 14, f"T.C. {ilce} İLÇE NÜFUS MÜDÜRLÜĞÜ", font=f, size_pt=10, color=col)
    sh.text(20, 21, "EVLENME KAYDINDAN ÇOK DİLLİ ÖRNEK (FORMÜL B)", font=f, size_pt=10.5, bold=True, color=col)
    sh.text(20, 26, "EXTRAIT PLURILINGUE D'ACTE DE MARIAGE / MULTILINGUAL EXTRACT OF MARRIAGE", font=f, size_pt=8,
            color=col)
    rows = [("1", "Evlenme tarihi / Date du mariage / Date of marriage", format_date(wed, "dots", "nl")),
            ("2", "Evlenme yeri / Lieu / Place", strip_accents(ilce).upper()),
            ("3", "Kocanın soyadı / Nom de l'époux / Husband's surname", person.surname.upper()),
            ("4", "Adları / Prénoms / Forenames", person.given_names.upper()),
            ("5", "Doğum tarihi ve yeri / Date et lieu de naissance / Date and place of birth",
             f"{format_date(person.birth_date, 'dots', 'nl')} {strip_accents(person.birth_place).upper()}"),
            ("6", "Karının soyadı / Nom de l'épouse / Wife's surname", sp.surname.upper() if sp else "-"),
            ("7", "Adları / Prénoms / Forenames", sp.given_names.upper() if sp else "-"),
            ("8", "Doğum tarihi ve yeri / Date et lieu de naissance / Date and place of birth",
             f"{format_date(sp.birth_date, 'dots', 'nl')} {strip_accents(sp.birth_place).upper()}" if sp else "-")]
    y = 36
    for n, lab, val in rows:
        sh.text(20, y, f"{n}. {lab}", font=f, size_pt=8, color=col)
        sh.text(30, y + 4.5, val, font=f, size_pt=10.5, color=col)
        y += 12
    sh.text(20, y + 4, f"DÜZENLEME TARİHİ / DATE / DATE OF ISSUE: {format_date(issued, 'dots', 'nl')}", font=f,
            size_pt=9, color=col)
    sh.stamp(120, y + 12, ["T.C.", f"{ilce} NÜFUS MÜD."], rng, size_mm=28, color=(40, 40, 110))
    sh.text(130, y + 42, "NÜFUS MEMURU", font=f, size_pt=9.5, color=col)
    sh.signature(130, y + 46, 40, 13, rng)
    return [sh]


_register("marriage-tur-formul-b-nokta-vuruslu", "marriage-certificate", PART, "tr/fr/en", marriage_tur_formul_b,
          country="TUR", notes="Turkish multilingual marriage extract (Formül B) printed dot-matrix on green-bar paper")


# --------------------------------------------------------------------------- Belgian paper-register copies (before 2019)

_BE_COMMUNES = [("Sint-Jans-Molenbeek", "nl"), ("Gent", "nl"), ("Antwerpen", "nl"), ("Leuven", "nl"),
                ("Liège", "fr"), ("Charleroi", "fr"), ("Saint-Josse-ten-Noode", "fr"), ("Namur", "fr")]


def _be_register(kind: str):
    """A copy ('afschrift' / 'copie conforme') of an act from the commune's paper register of the years before the
    federal database (2019): the act written as prose in one paragraph, the register's year and act number at the
    left, the registrar's 'voor eensluidend afschrift' with signature and the commune's dry-looking stamp."""

    def make(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, spouse=None,
             marriage_date=None, **opts):
        issued = _when(rng, issue_date, 20, 300)
        commune, lang = rng.choice(_BE_COMMUNES)
        sh = Sheet()
        f = "serif"
        nl = lang == "nl"
        sh.text(20, 14, ("Gemeente " if nl else "Commune de ") + commune, font=f, size_pt=11, bold=True)
        sh.text(20, 20, "Dienst Burgerlijke Stand" if nl else "Service de l'état civil", font=f, size_pt=9)
        if kind == "birth":
            act = act_date or (person.birth_date + datetime.timedelta(days=rng.randint(1, 12)))
            title = "AFSCHRIFT VAN EEN AKTE VAN GEBOORTE" if nl else "COPIE CONFORME D'UN ACTE DE NAISSANCE"
            g = "dochter" if person.sex == "F" else "zoon"
            gf = "fille" if person.sex == "F" else "fils"
            body = (f"Op {format_date(act, 'long', 'nl')} is voor ons, ambtenaar van de burgerlijke stand van "
                    f"{commune}, verschenen {father or person.father or '-'}, die ons heeft verklaard dat op "
                    f"{format_date(person.birth_date, 'long', 'nl')} te {person.birth_place} geboren is een kind van "
                    f"het {'vrouwelijk' if person.sex == 'F' else 'mannelijk'} geslacht, {g} van de aangever en van "
                    f"{mother or person.mother or '-'}, aan wie de voornamen {person.given_names} worden gegeven; "
                    f"het kind draagt de naam {person.surname.upper()}. Na voorlezing hebben de aangever en wij deze "
                    f"akte ondertekend." if nl else
                    f"Le {format_date(act, 'long', 'fr')}, devant Nous, officier de l'état civil de {commune}, a "
                    f"comparu {father or person.father or '-'}, lequel nous a déclaré que le "
                    f"{format_date(person.birth_date, 'long', 'fr')} est né à {person.birth_place} un enfant de sexe "
                    f"{'féminin' if person.sex == 'F' else 'masculin'}, {gf} du déclarant et de "
                    f"{mother or person.mother or '-'}, auquel sont donnés les prénoms {person.given_names} ; "
                    f"l'enfant porte le nom {person.surname.upper()}. Lecture faite, le déclarant a signé avec Nous.")
            year = act.year
        else:
            wed = marriage_date or (issued - datetime.timedelta(days=rng.randint(400, 1500)))
            sp = spouse
            title = "AFSCHRIFT VAN EEN AKTE VAN HUWELIJK" if nl else "COPIE CONFORME D'UN ACTE DE MARIAGE"
            spn = f"{sp.given_names} {sp.surname.upper()}" if sp else "-"
            spb = f"{format_date(sp.birth_date, 'long', lang)} te {sp.birth_place}" if sp and nl else \
                f"le {format_date(sp.birth_date, 'long', 'fr')} à {sp.birth_place}" if sp else "-"
            body = (f"Op {format_date(wed, 'long', 'nl')} zijn voor ons, ambtenaar van de burgerlijke stand van "
                    f"{commune}, in het openbaar verschenen: {person.given_names} {person.surname.upper()}, geboren "
                    f"op {format_date(person.birth_date, 'long', 'nl')} te {person.birth_place}, en {spn}, geboren op "
                    f"{spb}. Zij hebben verklaard elkaar tot echtgenoten te nemen, waarop wij in naam van de wet "
                    f"hebben uitgesproken dat zij door het huwelijk verbonden zijn." if nl else
                    f"Le {format_date(wed, 'long', 'fr')}, devant Nous, officier de l'état civil de {commune}, ont "
                    f"comparu publiquement : {person.given_names} {person.surname.upper()}, né le "
                    f"{format_date(person.birth_date, 'long', 'fr')} à {person.birth_place}, et {spn}, née {spb}. "
                    f"Ils ont déclaré vouloir se prendre pour époux et Nous avons prononcé au nom de la loi qu'ils "
                    f"sont unis par le mariage.")
            year = wed.year
        sh.text(105, 36, title, font=f, size_pt=12.5, bold=True, anchor="center")
        sh.rect(20, 48, 30, 26, width_mm=0.25)
        sh.paragraph(22, 50, 27, ("Jaar " if nl else "Année ") + str(year) + (" – akte nr. " if nl else
                     " – acte n° ") + str(rng.randint(100, 3999)), font=f, size_pt=9, leading=1.3)
        y = sh.paragraph(56, 48, 134, body, font=f, size_pt=11, leading=1.65, align="justify")
        sh.text(56, y + 10, ("Voor eensluidend afschrift, " if nl else "Pour copie conforme, ") +
                f"{commune}, {format_date(issued, 'dots', 'fr')}", font=f, size_pt=10.5)
        sh.text(120, y + 20, "De ambtenaar van de burgerlijke stand" if nl else "L'officier de l'état civil", font=f,
                size_pt=9.5)
        sh.signature(124, y + 25, 40, 13, rng)
        sh.stamp(84, y + 22, [("GEMEENTE " if nl else "COMMUNE DE ") + commune.upper()[:16],
                              "BURGERLIJKE STAND" if nl else "ÉTAT CIVIL"], rng, size_mm=28, color=(120, 120, 130))
        return [sh]

    return make


_register("birth-be-papieren-register-afschrift-proza", "birth-certificate", PART, "fr/nl", _be_register("birth"),
          country="BEL", notes="copy of a Belgian birth act from the paper register before 2019, written as prose")


# --------------------------------------------------------------------------- certificates of nationality

_NAT11 = {
    "COD": dict(state="RÉPUBLIQUE DÉMOCRATIQUE DU CONGO", body="MINISTÈRE DE LA JUSTICE",
                court="TRIBUNAL DE GRANDE INSTANCE DE LUBUMBASHI", adj="congolais", city="Lubumbashi",
                law="la loi n° 04/024 du 12 novembre 2004 relative à la nationalité congolaise", font="serif3",
                sign="Le Greffier Divisionnaire", habit="dms"),
    "MAR": dict(state="ROYAUME DU MAROC", body="MINISTÈRE DE LA JUSTICE",
                court="TRIBUNAL DE PREMIÈRE INSTANCE D'OUJDA", adj="marocain", city="Oujda",
                law="le dahir n° 1-58-250 portant Code de la nationalité marocaine", font="serif6",
                sign="Le Président du Tribunal", habit="curl"),
}


def _nationality11(code: str):
    cfg = _NAT11[code]

    def make(person, rng, *, issue_date=None, **opts):
        """A court's certificate of nationality laid out in a single framed column: a thick rule down the left of
        the text, the data of the holder in a two-column table, the legal basis in a sentence under it, the receipt
        of the court fees ('droits perçus') at the foot."""
        issued = _when(rng, issue_date, 30, 700)
        sh = Sheet()
        f = cfg["font"]
        sh.text(20, 12, cfg["state"], font=f, size_pt=10.5, bold=True)
        sh.text(20, 17, cfg["body"], font=f, size_pt=8.5)
        sh.text(20, 21.5, cfg["court"], font=f, size_pt=8.5, bold=True)
        sh.text(190, 12, f"RC n° {rng.randint(100, 9999)}/{issued.year}", font=f, size_pt=9, anchor="right")
        sh.rule(24, 34, 24, 200, width_mm=1.2, color=(90, 90, 90))
        sh.text(30, 34, "CERTIFICAT DE NATIONALITÉ", font=f, size_pt=15, bold=True)
        fem = person.sex == "F"
        y = 48
        for lab, val in [("Nom", person.surname.upper()), ("Prénom(s)", person.given_names),
                         ("Né(e) le", format_date(person.birth_date, "long", "fr")), ("À", person.birth_place),
                         ("Père", person.father or "-"), ("Mère", person.mother or "-")]:
            sh.text(30, y, lab, font=f, size_pt=10, color=GREY)
            sh.text(70, y, val, font=f, size_pt=11, bold=True)
            y += 8
        y = sh.paragraph(30, y + 6, 160, f"Vu {cfg['law']} et les pièces produites, il est certifié que la personne "
                         f"désignée ci-dessus est de nationalité {cfg['adj'] + ('e' if fem else '')} d'origine.",
                         font=f, size_pt=11, leading=1.6, align="justify")
        sh.text(30, y + 10, f"Fait à {cfg['city']}, le {format_date(issued, 'dots', 'fr')}", font=f, size_pt=10.5)
        sh.text(120, y + 20, cfg["sign"], font=f, size_pt=10.5)
        sh.signature(122, y + 25, 42, 14, rng)
        sh.stamp(84, y + 22, [cfg["court"].split(" DE ")[0][:22], cfg["city"].upper()], rng, size_mm=30,
                 color=(40, 40, 130))
        sh.rule(20, 262, 190, 262, width_mm=0.2, dash=1.0, color=GREY)
        sh.text(20, 265, f"Droits perçus : quittance n° {_digits(rng, 6)} du {format_date(issued, 'dots', 'fr')}",
                font=f, size_pt=8.5, color=GREY)
        return _habit(sh, rng, cfg["habit"])

    return make


_register("nationality-cod-tgi-lubumbashi-kader-kwitantie", "nationality-certificate", PART, "fr",
          _nationality11("COD"), country="COD",
          notes="Lubumbashi court's certificate of nationality, thick rule at the left, court-fee receipt line")
_register("nationality-mar-tpi-oujda-kader-kwitantie", "nationality-certificate", PART, "fr", _nationality11("MAR"),
          country="MAR", notes="Oujda court's certificate of nationality, framed column, fee receipt, curl shadow")


# --------------------------------------------------------------------------- identity attestations (photo stapled)

_IDC11 = {
    "COD": dict(head=["AMBASSADE DE LA RÉPUBLIQUE DÉMOCRATIQUE DU CONGO", "Royaume de Belgique – Bruxelles",
                      "Chancellerie"], adj="congolaise", city="Bruxelles", font="sans3", col=(20, 80, 160)),
    "MAR": dict(head=["CONSULAT GÉNÉRAL DU ROYAUME DU MAROC", "à Anvers", "Service de l'identité"],
                adj="marocaine", city="Anvers", font="serif2", col=(150, 30, 40)),
}


def _idcert11(code: str):
    cfg = _IDC11[code]

    def make(person, rng, *, issue_date=None, declarative=False, **opts):
        """A mission's identity attestation typed in Word: the heading centred, a square left free for the photo
        which is stapled on (two staples and a little shadow) and stamped over its corner, the data in a bordered
        table, the fee stamp of the chancellery, the head of chancellery's signature."""
        issued = _when(rng, issue_date, 20, 400)
        sh = Sheet()
        f = cfg["font"]
        for k, ln in enumerate(cfg["head"]):
            sh.text(105, 12 + k * 5, ln, font=f, size_pt=10.5 if k == 0 else 9, bold=k == 0, anchor="center",
                    color=cfg["col"] if k == 0 else (0, 0, 0))
        sh.text(105, 38, "ATTESTATION D'IDENTITÉ", font=f, size_pt=14, bold=True, anchor="center")
        sh.text(20, 46, f"Réf. : {rng.randint(100, 999)}/CH/{issued.year}", font=f, size_pt=9)
        sh.rect(151, 52, 36, 44, width_mm=0, fill=(205, 205, 205))
        sh.photo(150, 50, 35, 43, rng)
        for sx in (156, 178):
            sh.rule(sx, 52, sx + 6, 52, width_mm=0.6, color=(110, 110, 110))
        sh.stamp(166, 84, [cfg["head"][0][:20], cfg["city"].upper()], rng, size_mm=22, color=(40, 60, 150))
        y = 52
        for lab, val in [("Nom", person.surname.upper()), ("Prénom(s)", person.given_names),
                         ("Date de naissance", format_date(person.birth_date, "dots", "fr")),
                         ("Lieu de naissance", person.birth_place), ("Sexe", person.sex),
                         ("Père", person.father or "-"), ("Mère", person.mother or "-"),
                         ("Nationalité", cfg["adj"])]:
            sh.rect(20, y, 40, 7, width_mm=0.2)
            sh.rect(60, y, 84, 7, width_mm=0.2)
            sh.text(22, y + 1.5, lab, font=f, size_pt=9)
            sh.text(62, y + 1.4, val[:40], font=f, size_pt=10, bold=True)
            y += 7
        basis = ("Cette attestation est délivrée sur la seule base des déclarations de l'intéressé(e), aucun "
                 "document n'ayant été présenté." if declarative else
                 "Cette attestation est délivrée sur la base du registre d'immatriculation consulaire et de l'acte "
                 "de naissance présenté par l'intéressé(e).")
        y = sh.paragraph(20, y + 8, 170, basis + " Elle est valable pour les démarches administratives en Belgique.",
                         font=f, size_pt=10.5, leading=1.5)
        sh.text(20, y + 10, f"{cfg['city']}, le {format_date(issued, 'long', 'fr')}", font=f, size_pt=10.5)
        sh.text(120, y + 20, "Le Chef de Chancellerie", font=f, size_pt=10.5)
        sh.signature(120, y + 25, 42, 14, rng)
        sh.rect(30, y + 22, 24, 18, width_mm=0.3, color=(150, 90, 40), fill=(246, 232, 214))
        sh.text(42, y + 25, "DROITS DE", font="sans", size_pt=6, anchor="center", color=(150, 90, 40))
        sh.text(42, y + 29, "CHANCELLERIE", font="sans", size_pt=6, anchor="center", color=(150, 90, 40))
        sh.text(42, y + 34, "25 €", font="sans", size_pt=8, bold=True, anchor="center", color=(150, 90, 40))
        return _habit(sh, rng, "lid" if code == "COD" else "pen")

    return make


_register("idcert-cod-ambassade-bruxelles-photo-agrafee-11", "identity-certificate", PART, "fr", _idcert11("COD"),
          country="COD", photo=True, notes="DRC embassy's identity attestation, photo stapled and stamped, table, "
                                           "chancellery fee stamp, lid open")
_register("idcert-mar-consulat-anvers-photo-agrafee-11", "identity-certificate", PART, "fr", _idcert11("MAR"),
          country="MAR", photo=True, notes="Moroccan consulate's identity attestation, photo stapled, pen on glass")


# --------------------------------------------------------------------------- sworn translations

def _translation11(where: str):
    def make(person, rng, *, issue_date=None, of_type="birth-certificate", source_lang=None, **opts):
        issued = _when(rng, issue_date, 5, 60)
        src = _SRC10.get(source_lang or "tr", (source_lang or "tr", source_lang or "tr"))
        sh = Sheet()
        if where == "hasselt":
            g, s, _ = make_professional(rng, "BE")
            f = "serif4"
            sh.text(20, 12, f"{g} {s} – beëdigd vertaler-tolk {src[1]}", font=f, size_pt=11, bold=True)
            sh.text(20, 17.5, f"ingeschreven in het nationaal register · Rechtbank van eerste aanleg Limburg, afdeling "
                              f"Hasselt", font=f, size_pt=8, color=GREY)
            sh.text(105, 34, "VERTALING", font=f, size_pt=13, bold=True, anchor="center")
            sh.text(105, 40, f"(uit het {src[1]})", font=f, size_pt=9.5, anchor="center")
            body = (f"[Embleem] Republiek Turkije – Bevolkingsdienst. Uittreksel uit het geboorteregister. Familienaam: "
                    f"{person.surname.upper()}. Voornaam: {person.given_names}. Naam van de vader: "
                    f"{person.father or '-'}. Naam van de moeder: {person.mother or '-'}. Geboorteplaats: "
                    f"{person.birth_place}. Geboortedatum: {format_date(person.birth_date, 'long', 'nl')}. Geslacht: "
                    f"{'vrouw' if person.sex == 'F' else 'man'}. [Stempel] [Handtekening]")
            y = sh.paragraph(20, 52, 170, body, font=f, size_pt=11, leading=1.7)
            sh.rect(20, y + 10, 170, 44, width_mm=0.5)
            sh.paragraph(24, y + 13, 162, "Ondergetekende, beëdigd vertaler, verklaart dat bovenstaande vertaling "
                         "overeenstemt met het hem/haar voorgelegde document, dat aan deze vertaling is gehecht. "
                         "Voor getrouwe vertaling.", font=f, size_pt=10, leading=1.45)
            sh.text(24, y + 34, f"Hasselt, {format_date(issued, 'dots', 'nl')}", font=f, size_pt=10)
            sh.signature(70, y + 36, 38, 12, rng)
            sh.stamp(140, y + 30, [f"{g[0]}. {s}".upper()[:20], "BEËDIGD VERTALER"], rng, shape="rect", size_mm=34,
                     color=(40, 40, 40))
            sh.text(190, 287, "1/1", font=f, size_pt=8, anchor="right")
            return [sh]
        g, s, _ = make_professional(rng, "NL")
        f = "sans5"
        sh.text(20, 12, f"{g} {s}", font=f, size_pt=12, bold=True)
        sh.text(20, 17.5, f"Beëdigd vertaler {src[1]}–Nederlands · Wbtv-nr. {_digits(rng, 5)} · Eindhoven", font=f,
                size_pt=8.5, color=GREY)
        sh.rule(20, 22, 190, 22, width_mm=0.3)
        sh.text(20, 30, "Vertaling van een geboorteakte", font=f, size_pt=12.5, bold=True)
        y = 40
        for a, b in [("Familienaam", person.surname.upper()), ("Voornaam/-namen", person.given_names),
                     ("Geboren op", format_date(person.birth_date, "dashes_zero", "nl")),
                     ("Geboren te", person.birth_place), ("Vader", person.father or "-"),
                     ("Moeder", person.mother or "-"), ("Geslacht", "V" if person.sex == "F" else "M")]:
            sh.text(20, y, a, font=f, size_pt=10, color=GREY)
            sh.text(70, y, b, font=f, size_pt=10.5)
            y += 7
        sh.text(20, y + 2, "[noot vertaler: het stempel van de afgevende instantie is onleesbaar]", font=f,
                size_pt=8.5, color=GREY)
        sh.rect(20, y + 12, 170, 40, width_mm=0.6, color=(20, 60, 130))
        sh.text(24, y + 14, "VERTAALVERKLARING", font=f, size_pt=10, bold=True, color=(20, 60, 130))
        sh.paragraph(24, y + 20, 120, "Ik verklaar dat deze vertaling getrouw en volledig is en dat zij is gemaakt "
                     "van het brondocument dat aan deze vertaling is gehecht.", font=f, size_pt=9.5, leading=1.4)
        sh.text(24, y + 40, f"Eindhoven, {format_date(issued, 'dashes_zero', 'nl')}", font=f, size_pt=9.5)
        sh.signature(80, y + 36, 36, 11, rng)
        sh.stamp(150, y + 16, ["BEËDIGD VERTALER", f"{s.upper()[:16]}", "EINDHOVEN"], rng, shape="rect",
                 size_mm=32, color=(30, 60, 160))
        return [sh]

    return make


# the Belgian one first: 9ter takes the part's first translation family, the IND the Dutch (NLD) one
_register("translation-be-hasselt-verklaring-kader-ovaal", "translation", PART, "nl", _translation11("hasselt"),
          country="BEL", notes="Hasselt sworn translator, the translation as running text, framed declaration, "
                               "rectangular stamp")
_register("translation-nl-eindhoven-vertaalverklaring-blauw", "translation", PART, "nl",
          _translation11("eindhoven"), country="NLD",
          notes="Eindhoven sworn translator, fields listed, translator's note, blue framed declaration and stamp")
