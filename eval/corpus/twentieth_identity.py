"""Identity and civil-status families of the `twentieth` part (registered in identity.FAMILIES).

Written after dev, heldout and the parts fresh to nineteenth had been read, by a writer who saw neither the validator
nor its output.  Passports of Burundi, Côte d'Ivoire, Iraq and Somalia whose data page has the photo at the RIGHT and
captions in the national language, French and English stacked in small type, copied with the booklet held flat by a
thumb at the lower edge; passports of Türkiye and Suriname copied as the whole open spread (the inner cover with its
notes at the left, the data page at the right) reduced to 80 % across the top of the sheet, a plastic sleeve's glare
over the left page.  An Ivorian identity card copied recto and verso laid by hand side by side, each a little askew; a
Dutch residence document front over back at the left with a pencil note.  Burundian commune extracts typed on the
printed form (birth and marriage), Ivorian extracts of the civil-status register with the 'MENTIONS (éventuellement)'
column at the left; Anderlecht's bilingual extracts from the civil-status database; a Turkish birth record printed
landscape from e-Devlet and scanned as portrait.  Nationality certificates of a Burundian and an Ivorian court,
identity attestations of the two embassies in Brussels with the photo glued and stamped; sworn translations from
Leuven and Haarlem.
"""
from __future__ import annotations

import datetime
import random

from PIL import Image, ImageDraw, ImageFilter

from . import mrz as M
from .identity import TODAY, _dates, _digits, _mrz_data, _register, _when
from .paper import Sheet, text_width_mm
from .people import format_date, month_name, strip_accents

PART = "twentieth"
GREY = (100, 100, 100)
TYPE_INK = (35, 35, 45)
OCR_PT = 2.54 / 0.602 / (25.4 / 72)


# --------------------------------------------------------------------------- copy habits of this part

def place(sh: Sheet, sub: Sheet, x: float, y: float, *, scale: float = 1.0, angle: float = 0.0, dpi: int = 300,
          fill=(255, 255, 255)) -> tuple[float, float]:
    """Lay a rendered sub-sheet on the page at (x, y), scaled and turned by angle degrees; returns its size in mm."""
    img = sub.render(dpi)
    if angle:
        img = img.rotate(angle, expand=True, resample=Image.BICUBIC, fillcolor=fill)
    w = img.width / dpi * 25.4 * scale
    h = img.height / dpi * 25.4 * scale
    sh.image(x, y, w, h, img)
    return w, h


def thumb(sh: Sheet, x: float, y: float, rng: random.Random, up: bool = True) -> None:
    """The tip of a thumb that held the booklet flat on the glass: a soft, skin-coloured rounded shape."""
    W, H = 220, 300
    tone = rng.choice([(196, 150, 120), (150, 105, 80), (215, 175, 150), (120, 85, 65)])
    im = Image.new("RGB", (W, H), tone)
    d = ImageDraw.Draw(im)
    d.ellipse([60, 40, W - 60, 150], fill=tuple(min(255, v + 25) for v in tone))
    im = im.filter(ImageFilter.GaussianBlur(9))
    mask = Image.new("L", (W, H), 0)
    ImageDraw.Draw(mask).ellipse([10, 10, W - 10, H + 160], fill=255)
    mask = mask.filter(ImageFilter.GaussianBlur(5))
    im.putalpha(mask)
    if not up:
        im = im.rotate(180)
    sh.image(x, y, 22, 30, im)


def glare(sh: Sheet, x: float, y: float, w: float, h: float) -> None:
    """A plastic sleeve's glare: a pale diagonal band that washes out what is under it."""
    mask = Image.new("L", (200, 200), 0)
    ImageDraw.Draw(mask).polygon([(40, 0), (95, 0), (60, 200), (5, 200)], fill=150)
    mask = mask.filter(ImageFilter.GaussianBlur(8))
    base = Image.new("RGB", (200, 200), (240, 240, 240))
    base.putalpha(mask)
    sh.image(x, y, w, h, base)


def pencil_note(sh: Sheet, x: float, y: float, s: str, rng: random.Random) -> None:
    sh.handwriting(x, y, s, rng, size_pt=11, color=(95, 95, 100), font="hand1")


# --------------------------------------------------------------------------- passports, layout 1: photo at the right

_P1 = {
    "BDI": dict(state=("REPUBULIKA Y'UBURUNDI", "RÉPUBLIQUE DU BURUNDI", "REPUBLIC OF BURUNDI"), loc="rn",
                word="PASIPORO / PASSEPORT / PASSPORT", num=lambda r: "OP" + _digits(r, 7), nat="BURUNDAISE",
                auth="PAFE BUJUMBURA", col=(150, 30, 40), years=5,
                cap=("Izina", "Amazina", "Ubwenegihugu", "Itariki y'amavuko", "Igitsina", "Aho yavukiye",
                     "Itariki yatangiweko", "Itariki irangirako", "Ubutegetsi")),
    "CIV": dict(state=("RÉPUBLIQUE DE CÔTE D'IVOIRE", "", "REPUBLIC OF CÔTE D'IVOIRE"), loc="fr",
                word="PASSEPORT / PASSPORT", num=lambda r: "20AD" + _digits(r, 5), nat="IVOIRIENNE",
                auth="DGDDI / ONECI ABIDJAN", col=(200, 110, 20), years=5, cap=None),
    "IRQ": dict(state=("JUMHURIYAT AL-IRAQ", "RÉPUBLIQUE D'IRAK", "REPUBLIC OF IRAQ"), loc="ar",
                word="JAWAZ SAFAR / PASSPORT", num=lambda r: "A" + _digits(r, 8), nat="IRAQI",
                auth="GDTD BAGHDAD", col=(20, 70, 40), years=8,
                cap=("Al-laqab", "Al-ism", "Al-jinsiya", "Tarikh al-wilada", "Al-jins", "Mahal al-wilada",
                     "Tarikh al-isdar", "Tarikh al-nafadh", "Jihat al-isdar")),
    "SOM": dict(state=("JAMHUURIYADDA FEDERAALKA SOOMAALIYA", "RÉPUBLIQUE FÉDÉRALE DE SOMALIE",
                       "FEDERAL REPUBLIC OF SOMALIA"), loc="so",
                word="BAASABOOR / PASSPORT", num=lambda r: "P" + _digits(r, 8), nat="SOMALI",
                auth="IMMIGRATION MOGADISHU", col=(30, 90, 170), years=5,
                cap=("Magaca qoyska", "Magacyada", "Dhalashada", "Taariikhda dhalashada", "Jinsiga",
                     "Goobta dhalashada", "Taariikhda la bixiyay", "Taariikhda dhacaysa", "Hay'adda")),
}
_CAP_FR = ("Nom", "Prénoms", "Nationalité", "Date de naissance", "Sexe", "Lieu de naissance", "Date de délivrance",
           "Date d'expiration", "Autorité")
_CAP_EN = ("Surname", "Given names", "Nationality", "Date of birth", "Sex", "Place of birth", "Date of issue",
           "Date of expiry", "Authority")
_MON_FR = ["JANV", "FÉVR", "MARS", "AVR", "MAI", "JUIN", "JUIL", "AOÛT", "SEPT", "OCT", "NOV", "DÉC"]
_MON_EN = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def _d_fr_en(d: datetime.date) -> str:
    return f"{d.day:02d} {_MON_FR[d.month - 1]} / {_MON_EN[d.month - 1]} {d.year}"


def _page_right_photo(code, person, rng, number, issue, expiry, lines) -> Sheet:
    cfg = _P1[code]
    s = Sheet(125, 88)
    s.rect(0, 0, 125, 88, width_mm=0, fill=(244, 243, 238))
    light = tuple(min(255, 205 + v // 5) for v in cfg["col"])
    for k in range(0, 88, 3):
        s.rule(0, k, 125, k + 6, width_mm=0.07, color=light)
    st = [t for t in cfg["state"] if t]
    for i, t in enumerate(st):
        s.text(4, 2 + i * 3.1, t, font="sans4", size_pt=5.6 if i == 0 else 4.6, bold=(i == 0), color=cfg["col"])
    s.text(4, 2 + len(st) * 3.1, cfg["word"], font="sans4", size_pt=4.6, color=(80, 80, 80))
    s.photo(90, 15, 31, 39, rng)
    s.signature(92, 55.5, 27, 7, rng, color=(25, 25, 35))
    caps = cfg["cap"]
    vals = [person.surname.upper(), person.given_names.upper(), cfg["nat"], _d_fr_en(person.birth_date), person.sex,
            strip_accents(person.birth_place).upper(), _d_fr_en(issue), _d_fr_en(expiry), cfg["auth"]]
    s.text(4, 15, "Type  P", font="sans4", size_pt=5.5, color=(40, 40, 40))
    s.text(22, 15, f"Code  {code}", font="sans4", size_pt=5.5, color=(40, 40, 40))
    s.text(44, 15, f"N°  {number}", font="sans2", size_pt=7, bold=True, color=(150, 20, 30))
    y = 20.5
    for i, v in enumerate(vals):
        lab = " / ".join(x for x in ((caps[i] if caps else None), _CAP_FR[i], _CAP_EN[i]) if x)
        x = 4 if i not in (4, 7) else 50
        if i in (4, 7):
            y -= 6.2
        s.text(x, y, lab[:70], font="sans4", size_pt=2.9, color=GREY)
        sz = 6.2
        while sz > 4.2 and text_width_mm(v, "serif5", sz, bold=True) > (84 if x == 4 else 36):
            sz -= 0.25
        s.text(x, y + 1.3, v, font="serif5", size_pt=sz, bold=True, color=(20, 20, 30))
        y += 6.2
    for i, ln in enumerate(lines):
        s.text(4.2, 72 + i * 5.2, ln, font="ocrb", size_pt=OCR_PT, color=(15, 15, 15))
    return s


def _passport_thumb(code: str):
    cfg = _P1[code]

    def make(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, crop=False,
             annotate=None, number=None, **opts):
        issue, expiry = _dates(rng, issue_date, expiry_date, cfg["years"])
        number = number or cfg["num"](rng)
        md = _mrz_data(person, mrz_override)
        lines = M.td3(issuing=code, surname=md["surname"], given=md["given_names"],
                      number=md.get("number", number[-9:]), nationality=md["nationality"],
                      birth_date=md["birth_date"], sex=md["sex"], expiry=expiry, break_check=break_check)
        page = _page_right_photo(code, person, rng, number, issue, expiry, lines)
        if crop:
            return [page]
        sh = Sheet()
        x, y = rng.uniform(30, 50), rng.uniform(25, 60)
        # the booklet's cover edge under the page, then the page, then the thumb holding it at the lower edge
        sh.rect(x - 2, y - 2, 129, 92, width_mm=0, fill=tuple(max(0, v - 40) for v in cfg["col"]))
        sh.image(x, y, 125, 88, page.render(300))
        thumb(sh, x + rng.uniform(20, 90), y + 84, rng)
        if annotate:
            sh.handwriting(20, 272, annotate, rng, size_pt=12)
        return [sh]

    return make


for _c in ("BDI", "CIV", "IRQ", "SOM"):
    _register(f"passport-td3-{_c.lower()}-foto-rechts-drietalige-labels-duim-onderrand-20", "identity-document",
              PART, {"rn": "rn/fr/en", "fr": "fr/en", "ar": "ar/fr/en", "so": "so/fr/en"}[_P1[_c]["loc"]],
              _passport_thumb(_c), country=_c, mrz="TD3", photo=True,
              notes=f"{_c} passport, photo at the right, captions national/French/English stacked, dates "
                    f"'DD MON / MON YYYY', booklet held flat by a thumb at the lower edge")


# --------------------------------------------------------------------------- passports, layout 2: the whole spread

_P2 = {
    "TUR": dict(state="TÜRKİYE CUMHURİYETİ / REPUBLIC OF TÜRKİYE", word="PASAPORT / PASSPORT",
                num=lambda r: "U" + _digits(r, 8), nat="T.C.", auth="T.C. İÇİŞLERİ BAKANLIĞI", col=(120, 25, 40),
                cap=("Soyadı / Surname", "Adı / Given names", "Uyruğu / Nationality", "Doğum tarihi / Date of birth",
                     "Cinsiyeti / Sex", "Doğum yeri / Place of birth", "Veriliş tarihi / Date of issue",
                     "Geçerlilik tarihi / Date of expiry", "Makam / Authority"),
                note=["Bu pasaport 32 sayfadır.", "This passport contains 32 pages.",
                      "Hamilinin acil durumlarda", "haber verilecek kişi / In case of", "emergency notify:"],
                years=10),
    "SUR": dict(state="REPUBLIEK SURINAME", word="PASPOORT / PASSPORT", num=lambda r: "R" + _digits(r, 7),
                nat="SURINAAMSE", auth="CBB PARAMARIBO", col=(40, 60, 40),
                cap=("Naam / Surname", "Voornamen / Given names", "Nationaliteit / Nationality",
                     "Geboortedatum / Date of birth", "Geslacht / Sex", "Geboorteplaats / Place of birth",
                     "Datum van afgifte / Date of issue", "Geldig tot / Date of expiry", "Instantie / Authority"),
                note=["Dit paspoort bevat 32 bladzijden.", "This passport contains 32 pages.",
                      "Handtekening van de houder", "Signature of bearer", ""], years=5),
}


def _spread(code, person, rng, number, issue, expiry, lines) -> Sheet:
    cfg = _P2[code]
    s = Sheet(250, 88)
    s.rect(0, 0, 250, 88, width_mm=0, fill=(247, 245, 240))
    s.rule(125, 0, 125, 88, width_mm=0.8, color=(175, 175, 175))
    # left: the inner cover page with its printed notes and the holder's contact scribbled in
    for i, t in enumerate(cfg["note"]):
        s.text(10, 12 + i * 5.5, t, font="serif4", size_pt=6.5, color=(90, 90, 90))
    s.handwriting(14, 48, strip_accents(person.given_names.split()[0]) + "  +32 4" + _digits(rng, 2) + " "
                  + _digits(rng, 6), rng, size_pt=8, color=(30, 30, 80))
    # right: the data page, photo at the left, captions over values, dates in dots
    x0 = 125
    s.text(x0 + 62.5, 3, cfg["state"], font="sans4", size_pt=6, bold=True, anchor="center", color=cfg["col"])
    s.text(x0 + 62.5, 7, cfg["word"], font="sans4", size_pt=5, anchor="center", color=(90, 90, 90))
    s.photo(x0 + 4, 13, 28, 35, rng)
    s.text(x0 + 36, 12, f"P   {code}   {number}", font="sans2", size_pt=7, bold=True)
    vals = [person.surname.upper(), person.given_names.upper(), cfg["nat"], person.birth_date.strftime("%d.%m.%Y"),
            person.sex, strip_accents(person.birth_place).upper(), issue.strftime("%d.%m.%Y"),
            expiry.strftime("%d.%m.%Y"), cfg["auth"]]
    y = 17
    for i, v in enumerate(vals):
        xx = x0 + 36 if i not in (4, 7) else x0 + 86
        if i in (4, 7):
            y -= 5.9
        s.text(xx, y, cfg["cap"][i], font="sans4", size_pt=3, color=GREY)
        s.text(xx, y + 1.3, v, font="sans2", size_pt=6.4 if len(v) < 24 else 5.2, bold=True)
        y += 5.9
    s.signature(x0 + 6, 52, 24, 7, rng, color=(25, 25, 35))
    for i, ln in enumerate(lines):
        s.text(x0 + 4.2, 72 + i * 5.2, ln, font="ocrb", size_pt=OCR_PT, color=(15, 15, 15))
    return s


def _passport_spread(code: str):
    cfg = _P2[code]

    def make(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, crop=False,
             annotate=None, number=None, **opts):
        issue, expiry = _dates(rng, issue_date, expiry_date, cfg["years"])
        number = number or cfg["num"](rng)
        md = _mrz_data(person, mrz_override)
        lines = M.td3(issuing=code, surname=md["surname"], given=md["given_names"],
                      number=md.get("number", number[-9:]), nationality=md["nationality"],
                      birth_date=md["birth_date"], sex=md["sex"], expiry=expiry, break_check=break_check)
        sp = _spread(code, person, rng, number, issue, expiry, lines)
        if crop:
            return [sp]
        sh = Sheet()
        k = 0.8
        x, y = 3 + rng.uniform(0, 1.5), 12 + rng.uniform(0, 8)
        sh.rect(x - 1.5, y - 1.5, 250 * k + 3, 88 * k + 3, width_mm=0, fill=cfg["col"])
        sh.image(x, y, 250 * k, 88 * k, sp.render(300))
        glare(sh, x + 8, y, 70, 88 * k)
        if annotate:
            sh.handwriting(20, 272, annotate, rng, size_pt=12)
        return [sh]

    return make


for _c in ("TUR", "SUR"):
    _register(f"passport-td3-{_c.lower()}-volledige-opengeslagen-spread-80pct-hoes-glans-20", "identity-document",
              PART, {"TUR": "tr/en", "SUR": "nl/en"}[_c], _passport_spread(_c), country=_c, mrz="TD3", photo=True,
              notes=f"{_c} passport copied as the whole open spread reduced to 80 %, inner cover notes at the left, "
                    f"data page at the right, a plastic sleeve's glare over the left page")


# --------------------------------------------------------------------------- identity card and residence document

def idcard_civ(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, **opts):
    """Ivorian national identity card (CNI, TD1): recto and verso laid by hand side by side on the glass, each a
    little askew, at actual size in the upper half of the sheet."""
    issue, expiry = _dates(rng, issue_date, expiry_date, 10)
    number = "CI" + _digits(rng, 9)
    md = _mrz_data(person, mrz_override)
    lines = M.td1(issuing="CIV", surname=md["surname"], given=md["given_names"], number=md.get("number", number),
                  nationality=md["nationality"], birth_date=md["birth_date"], sex=md["sex"], expiry=expiry,
                  doc_code="ID", break_check=break_check)
    f = Sheet(85.6, 54)
    f.rect(0, 0, 85.6, 54, width_mm=0, fill=(250, 238, 215))
    f.rect(0, 0, 85.6, 7, width_mm=0, fill=(235, 130, 40))
    f.rect(0, 47, 85.6, 7, width_mm=0, fill=(40, 140, 70))
    f.text(42.8, 1.4, "RÉPUBLIQUE DE CÔTE D'IVOIRE", font="sans4", size_pt=6.2, bold=True, anchor="center",
           color=(255, 255, 255))
    f.text(42.8, 8.2, "CARTE NATIONALE D'IDENTITÉ", font="sans4", size_pt=5.6, bold=True, anchor="center")
    f.photo(3, 13, 21, 27, rng)
    rows = [("Nom", person.surname.upper()), ("Prénoms", person.given_names.upper()),
            ("Date de naissance", person.birth_date.strftime("%d/%m/%Y")),
            ("Lieu de naissance", strip_accents(person.birth_place).upper()), ("Sexe", person.sex),
            ("N° de la carte", number)]
    y = 13
    for a, b in rows:
        f.text(27, y, a, font="sans4", size_pt=3.4, color=GREY)
        f.text(27, y + 1.5, b, font="sans2", size_pt=5.6, bold=True)
        y += 5.3
    f.signature(4, 41, 19, 5, rng, color=(20, 20, 30))
    b = Sheet(85.6, 54)
    b.rect(0, 0, 85.6, 54, width_mm=0, fill=(246, 240, 228))
    for i, (a, v) in enumerate((("Profession", "SANS"), ("Date de délivrance", issue.strftime("%d/%m/%Y")),
                                ("Date d'expiration", expiry.strftime("%d/%m/%Y")),
                                ("Autorité", "ONECI – ABIDJAN"), ("Taille", f"1,{rng.randint(55, 88)} m"))):
        b.text(4, 3 + i * 5, a, font="sans4", size_pt=3.4, color=GREY)
        b.text(30, 2.8 + i * 5, v, font="sans2", size_pt=5.4, bold=True)
    for i, ln in enumerate(lines):
        b.text(3.5, 33 + i * 5.6, ln, font="ocrb", size_pt=OCR_PT * 0.98, color=(15, 15, 15))
    sh = Sheet()
    place(sh, f, 14, 28, angle=rng.uniform(-2.5, 2.5))
    place(sh, b, 108, 30 + rng.uniform(-3, 6), angle=rng.uniform(-2.5, 2.5))
    sh.text(20, 20, "", font="sans")
    if rng.random() < 0.6:
        pencil_note(sh, 22, 100, "CNI recto / verso", rng)
    return [sh]


_register("idcard-td1-civ-recto-verso-naast-elkaar-scheef-gelegd-20", "identity-document", PART, "fr", idcard_civ,
          country="CIV", mrz="TD1", photo=True,
          notes="Ivorian CNI recto and verso laid by hand side by side, each slightly askew, pencil note")


def permit_nl_left(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None,
                   purpose=None, v_number=None, **opts):
    """Dutch residence document (verblijfsdocument, TD1) copied front above back along the left edge of the sheet,
    with the client's V-number and name noted in pencil beside it by the lawyer's secretary."""
    issue, expiry = _dates(rng, issue_date, expiry_date, rng.choice([1, 5]))
    number = rng.choice("RWXY") + rng.choice("BCDFGHJKLMNPRSTVWXZ") + _digits(rng, 7)
    purpose = purpose or "verblijf bij partner"
    md = _mrz_data(person, mrz_override)
    lines = M.td1(doc_code="IR", issuing="NLD", number=md.get("number", number), nationality=md["nationality"],
                  birth_date=md["birth_date"], sex=md["sex"], expiry=expiry, surname=md["surname"],
                  given=md["given_names"], break_check=break_check)
    vnr = v_number or person.v_number or _digits(rng, 10)
    f = Sheet(85.6, 54)
    f.rect(0, 0, 85.6, 54, width_mm=0, fill=(226, 234, 244))
    f.text(3, 2.5, "VERBLIJFSDOCUMENT", font="sans4", size_pt=6.5, bold=True, color=(20, 50, 110))
    f.text(3, 6.2, "RESIDENCE PERMIT · KONINKRIJK DER NEDERLANDEN", font="sans4", size_pt=3.6, color=(60, 70, 100))
    f.photo(3, 11, 21, 27, rng)
    rows = [("Naam / Surname", person.surname.upper()), ("Voornamen / Given names", person.given_names.upper()),
            ("Geldig tot / Valid until", expiry.strftime("%d-%m-%Y")),
            ("Soort verblijfsvergunning", "REGULIER BEPAALDE TIJD"), ("Opmerkingen", purpose.upper()[:34]),
            ("Documentnr.", number)]
    y = 11
    for a, v in rows:
        f.text(27, y, a, font="sans4", size_pt=3.2, color=GREY)
        f.text(27, y + 1.4, v, font="sans2", size_pt=5.4, bold=True)
        y += 5.6
    b = Sheet(85.6, 54)
    b.rect(0, 0, 85.6, 54, width_mm=0, fill=(232, 238, 246))
    for i, (a, v) in enumerate((("Geboortedatum", person.birth_date.strftime("%d-%m-%Y")),
                                ("Nationaliteit", md["nationality"]), ("Geslacht", person.sex),
                                ("V-nummer", vnr), ("Afgegeven", issue.strftime("%d-%m-%Y")))):
        b.text(4, 3 + i * 5, a, font="sans4", size_pt=3.4, color=GREY)
        b.text(30, 2.8 + i * 5, v, font="sans2", size_pt=5.4, bold=True)
    for i, ln in enumerate(lines):
        b.text(3.5, 33 + i * 5.6, ln, font="ocrb", size_pt=OCR_PT * 0.98, color=(15, 15, 15))
    sh = Sheet()
    place(sh, f, 12, 18, angle=rng.uniform(-1, 1))
    place(sh, b, 12, 80, angle=rng.uniform(-1, 1))
    pencil_note(sh, 112, 40, f"vvr {strip_accents(person.surname)}", rng)
    return [sh]


_register("permit-nl-voor-boven-achter-linkerrand-potloodnotitie-20", "identity-document", PART, "nl", permit_nl_left,
          country="NLD", mrz="TD1", photo=True,
          notes="Dutch residence document, front above back along the left edge, pencil note beside it")


# --------------------------------------------------------------------------- civil status: Burundi (typed form)

def _parents(person, father, mother):
    return father or person.father or "—", mother or person.mother or "—"


def _stamp_round(sh, x, y, lines, rng, color=(50, 70, 160), size=30):
    sh.stamp(x, y, lines, rng, shape="round", color=color, size_mm=size, angle=rng.uniform(-20, 20))


def _bdi(kind: str):
    def make(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, spouse=None,
             marriage_date=None, **opts):
        """Burundian commune's extract typed on the printed form: the state's name and motto at the top left, the
        commune and the act's number at the right, the printed captions with dotted lines and the values typed over
        them in a typewriter face; the civil-status officer's signature and the commune's round stamp."""
        issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(60, 500)))
        commune = rng.choice(["MUKAZA", "NTAHANGWA", "MUHA", "NGOZI", "GITEGA"])
        sh = Sheet(paper="white")
        f, tf = "serif", "typewriter"
        sh.text(18, 14, "RÉPUBLIQUE DU BURUNDI", font=f, size_pt=11, bold=True)
        sh.text(18, 19, "Unité – Travail – Progrès", font=f, size_pt=8.5, italic=True)
        sh.text(18, 24, "MINISTÈRE DE L'INTÉRIEUR", font=f, size_pt=8.5)
        sh.text(18, 28.5, f"COMMUNE {commune}", font=f, size_pt=9, bold=True)
        sh.text(18, 33, "SERVICE DE L'ÉTAT CIVIL", font=f, size_pt=8.5)
        ev = act_date or marriage_date or _when(rng, None, 3000, 9000)
        if kind == "birth":
            ev = act_date or (person.birth_date + datetime.timedelta(days=rng.randint(2, 30)))
        no = f"{rng.randint(12, 980)}/{ev.year}"
        sh.text(192, 28.5, f"Acte n° {no}", font=tf, size_pt=10, anchor="right")
        title = "EXTRAIT D'ACTE DE NAISSANCE" if kind == "birth" else "EXTRAIT D'ACTE DE MARIAGE"
        sh.text(105, 48, title, font=f, size_pt=14, bold=True, anchor="center")
        sh.rule(60, 55, 150, 55, width_mm=0.4)
        if kind == "birth":
            fa, mo = _parents(person, father, mother)
            rows = [("Nom", person.surname.upper()), ("Prénom(s)", person.given_names),
                    ("Sexe", "masculin" if person.sex == "M" else "féminin"),
                    ("Né(e) le", format_date(person.birth_date, "long", "fr")),
                    ("À", f"{person.birth_place}, {person.birth_country if person.birth_country != 'Burundi' else 'Burundi'}"),
                    ("Fils / fille de (père)", fa), ("et de (mère)", mo),
                    ("Acte dressé le", format_date(ev, "long", "fr")),
                    ("Sur déclaration de", fa)]
        else:
            h, w = (person, spouse) if person.sex == "M" else (spouse, person)
            wd = marriage_date or ev
            rows = [("Le", format_date(wd, "long", "fr")), ("Ont contracté mariage devant nous", ""),
                    ("L'époux", f"{h.surname.upper()} {h.given_names}"),
                    ("né le", f"{format_date(h.birth_date, 'dots', 'fr')} à {h.birth_place}"),
                    ("L'épouse", f"{w.surname.upper()} {w.given_names}"),
                    ("née le", f"{format_date(w.birth_date, 'dots', 'fr')} à {w.birth_place}"),
                    ("Régime matrimonial", rng.choice(["communauté universelle", "séparation de biens"])),
                    ("Témoins", f"{rng.choice(['NDAYISHIMIYE', 'NIYONZIMA', 'HAKIZIMANA'])} Emmanuel et "
                                f"{rng.choice(['IRAKOZE', 'NSHIMIRIMANA', 'NIYONKURU'])} Aline")]
        y = 66
        for a, b in rows:
            sh.text(22, y, a + (" :" if b else ""), font=f, size_pt=10.5)
            x = 22 + text_width_mm(a + " : ", f, 10.5) + 1
            sh.rule(x, y + 4, 190, y + 4, width_mm=0.15, dash=0.6, color=(90, 90, 90))
            if b:
                sh.text(x + 2, y - 0.3, b, font=tf, size_pt=10.5, color=TYPE_INK)
            y += 10
        sh.paragraph(22, y + 6, 168, "Pour extrait certifié conforme au registre, délivré à l'intéressé(e) pour "
                     "servir et valoir ce que de droit.", font=f, size_pt=10, italic=True)
        sh.text(112, y + 22, f"Fait à {commune.title()}, le {format_date(issued, 'long', 'fr')}", font=f, size_pt=10)
        sh.text(112, y + 28, "L'Officier de l'état civil,", font=f, size_pt=10)
        sh.signature(118, y + 33, 45, 14, rng, color=(30, 40, 120))
        _stamp_round(sh, 70, y + 26, ["RÉPUBLIQUE DU BURUNDI", f"COMMUNE {commune}", "ÉTAT CIVIL"], rng)
        sh.text(112, y + 50, rng.choice(["NDIKUMANA Jean-Bosco", "NIYONGABO Pascasie", "BIGIRIMANA Déo"]),
                font=tf, size_pt=10, color=TYPE_INK)
        return [sh]

    return make


# --------------------------------------------------------------------------- civil status: Côte d'Ivoire (mentions column)

def _civ(kind: str):
    def make(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, spouse=None,
             marriage_date=None, **opts):
        """Ivorian extract of the civil-status register: the state, its motto and the centre at the top, 'EXTRAIT
        DU REGISTRE DES ACTES DE L'ÉTAT CIVIL POUR L'ANNÉE ...', a narrow left column 'MENTIONS (éventuellement)'
        with the margin entries or 'NÉANT', the act written as typed prose at the right; officer's stamp and
        signature at the foot, 'Délivré conforme' in the margin."""
        issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(60, 500)))
        centre = rng.choice(["COCODY", "YOPOUGON", "ABOBO", "BOUAKÉ", "DALOA"])
        sh = Sheet(paper="white")
        f = "serif2"
        sh.text(20, 12, "RÉPUBLIQUE DE CÔTE D'IVOIRE", font=f, size_pt=10.5, bold=True)
        sh.text(20, 17, "Union – Discipline – Travail", font=f, size_pt=8, italic=True)
        sh.text(20, 23, "DÉPARTEMENT D'" + ("ABIDJAN" if centre in ("COCODY", "YOPOUGON", "ABOBO") else centre),
                font=f, size_pt=8.5)
        sh.text(20, 27.5, f"CENTRE D'ÉTAT CIVIL DE {centre}", font=f, size_pt=8.5, bold=True)
        if kind == "birth":
            ev = person.birth_date
            reg = act_date or (person.birth_date + datetime.timedelta(days=rng.randint(2, 40)))
        else:
            ev = marriage_date or _when(rng, None, 3000, 9000)
            reg = ev
        no = rng.randint(40, 4800)
        sh.text(190, 23, f"N° {no} DU {reg.strftime('%d/%m/%Y')}", font=f, size_pt=9.5, anchor="right")
        sh.text(190, 27.5, "REGISTRE " + ("DES NAISSANCES" if kind == "birth" else "DES MARIAGES"), font=f,
                size_pt=8.5, anchor="right")
        sh.text(105, 40, "EXTRAIT", font=f, size_pt=15, bold=True, anchor="center")
        sh.text(105, 47, f"DU REGISTRE DES ACTES DE L'ÉTAT CIVIL POUR L'ANNÉE {reg.year}", font=f, size_pt=10,
                anchor="center")
        sh.rect(18, 56, 174, 175, width_mm=0.4)
        sh.rule(62, 56, 62, 231, width_mm=0.4)
        sh.text(40, 59, "MENTIONS", font=f, size_pt=8.5, bold=True, anchor="center")
        sh.text(40, 63.5, "(éventuellement)", font=f, size_pt=7.5, italic=True, anchor="center")
        if kind == "birth":
            fa, mo = _parents(person, father, mother)
            head = f"NAISSANCE DE {person.surname.upper()} {person.given_names.upper()}"
            body = (f"Le {format_date(ev, 'long', 'fr')}, à {ev.day % 12 + 7} heures {rng.randint(0, 59):02d} "
                    f"minutes, est né{'e' if person.sex == 'F' else ''} à {person.birth_place} "
                    f"{person.surname.upper()} {person.given_names}, de sexe "
                    f"{'masculin' if person.sex == 'M' else 'féminin'}, {'fille' if person.sex == 'F' else 'fils'} de "
                    f"{fa}, et de {mo}. Dressé le {format_date(reg, 'long', 'fr')} sur la déclaration du père, "
                    f"qui a signé avec nous après lecture.")
            mentions = ["Marié(e) le ……… avec ………", "NÉANT", "", "Divorcé(e) le ………", "NÉANT", "",
                        "Décédé(e) le ………", "NÉANT"]
        else:
            h, w = (person, spouse) if person.sex == "M" else (spouse, person)
            head = f"MARIAGE DE {h.surname.upper()} {h.given_names.upper()} ET DE {w.surname.upper()} " \
                   f"{w.given_names.upper()}"
            body = (f"Le {format_date(ev, 'long', 'fr')}, par-devant nous, officier de l'état civil, ont comparu "
                    f"publiquement en la mairie {h.surname.upper()} {h.given_names}, né le "
                    f"{format_date(h.birth_date, 'slashes', 'fr')} à {h.birth_place}, et "
                    f"{w.surname.upper()} {w.given_names}, née le {format_date(w.birth_date, 'slashes', 'fr')} à "
                    f"{w.birth_place}, lesquels ont déclaré vouloir se prendre pour époux ; nous les avons déclarés "
                    f"unis par le mariage, sous le régime de la communauté de biens.")
            mentions = ["Divorce", "NÉANT", "", "Séparation de corps", "NÉANT"]
        y = 70
        for m in mentions:
            if m:
                sh.text(22, y, m, font=f, size_pt=8)
            y += 5
        sh.paragraph(66, 62, 122, head, font=f, size_pt=10.5, bold=True)
        sh.paragraph(66, 76, 122, body, font="typewriter2", size_pt=10, leading=1.5)
        sh.text(22, 214, "Délivré conforme", font=f, size_pt=8, italic=True)
        sh.text(120, 238, f"{centre.title()}, le {issued.strftime('%d/%m/%Y')}", font=f, size_pt=10)
        sh.text(120, 244, "L'Officier de l'état civil", font=f, size_pt=10)
        sh.signature(122, 249, 44, 14, rng, color=(25, 35, 110))
        _stamp_round(sh, 78, 236, ["CÔTE D'IVOIRE", f"MAIRIE DE {centre}", "ÉTAT CIVIL"], rng,
                     color=(30, 110, 70))
        return [sh]

    return make


for _c, _mk, _tag in (("BDI", _bdi, "commune-gedrukt-formulier-getypt-stippellijnen"),
                      ("CIV", _civ, "register-uittreksel-kolom-vermeldingen-links")):
    _register(f"birth-{_c.lower()}-{_tag}-20", "birth-certificate", PART, "fr", _mk("birth"), country=_c,
              notes=f"{_c} birth extract: {_tag}")
    _register(f"marriage-{_c.lower()}-{_tag}-20", "marriage-certificate", PART, "fr", _mk("marriage"), country=_c,
              notes=f"{_c} marriage extract in the same layout")


# --------------------------------------------------------------------------- civil status: Anderlecht (bilingual)

def _anderlecht(kind: str):
    def make(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, spouse=None,
             marriage_date=None, **opts):
        """Anderlecht's bilingual extract printed from the civil-status database: the commune's name in French and
        Dutch, each caption given in both languages ('Nom – Naam'), the values in a grey column, the act's
        reference, the officer's hand signature over her typed name and a dry seal."""
        issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(30, 400)))
        sh = Sheet()
        f = "sans2"
        sh.text(20, 14, "Commune d'Anderlecht – Gemeente Anderlecht", font=f, size_pt=11, bold=True,
                color=(120, 20, 40))
        sh.text(20, 19.5, "Place du Conseil 1 – Raadsplein 1, 1070 Bruxelles – Brussel", font=f, size_pt=8,
                color=GREY)
        sh.text(20, 23.5, "État civil – Burgerlijke stand", font=f, size_pt=8, color=GREY)
        t = ("Extrait d'acte de naissance – Uittreksel uit een akte van geboorte" if kind == "birth" else
             "Extrait d'acte de mariage – Uittreksel uit een akte van huwelijk")
        sh.text(105, 40, t, font=f, size_pt=12, bold=True, anchor="center")
        ref = f"{rng.randint(21000, 21999)}/{rng.randint(1, 9)}/{(act_date or issued).year}/{rng.randint(100, 9999)}"
        sh.text(105, 46.5, f"Référence BAEC – Referentie DABS : {ref}", font=f, size_pt=8.5, anchor="center",
                color=GREY)
        if kind == "birth":
            fa, mo = _parents(person, father, mother)
            rows = [("Nom – Naam", person.surname.upper()), ("Prénom(s) – Voorna(a)m(en)", person.given_names),
                    ("Sexe – Geslacht", "M" if person.sex == "M" else "F"),
                    ("Date de naissance – Geboortedatum", person.birth_date.strftime("%d.%m.%Y")),
                    ("Lieu de naissance – Geboorteplaats", person.birth_place),
                    ("Père / Parent – Vader / Ouder", fa), ("Mère / Parent – Moeder / Ouder", mo),
                    ("Date de l'acte – Datum van de akte",
                     (act_date or person.birth_date + datetime.timedelta(days=3)).strftime("%d.%m.%Y"))]
        else:
            h, w = (person, spouse) if person.sex == "M" else (spouse, person)
            wd = marriage_date or (TODAY - datetime.timedelta(days=900))
            rows = [("Date du mariage – Huwelijksdatum", wd.strftime("%d.%m.%Y")),
                    ("Lieu – Plaats", "Anderlecht"),
                    ("Conjoint 1 – Echtgeno(o)t(e) 1", f"{h.surname.upper()} {h.given_names}"),
                    ("né(e) le – geboren op", f"{h.birth_date.strftime('%d.%m.%Y')}, {h.birth_place}"),
                    ("Conjoint 2 – Echtgeno(o)t(e) 2", f"{w.surname.upper()} {w.given_names}"),
                    ("né(e) le – geboren op", f"{w.birth_date.strftime('%d.%m.%Y')}, {w.birth_place}")]
        y = 60
        for a, b in rows:
            sh.text(20, y, a, font=f, size_pt=9.5)
            sh.rect(98, y - 1.5, 92, 7, width_mm=0, fill=(238, 238, 238))
            sh.text(100, y, b, font=f, size_pt=10, bold=True)
            y += 10
        sh.text(20, y + 8, f"Délivré le – Afgegeven op {issued.strftime('%d.%m.%Y')}", font=f, size_pt=9.5)
        sh.text(120, y + 18, "L'officier de l'état civil délégué", font=f, size_pt=8.5)
        sh.text(120, y + 22, "De gemachtigde ambtenaar van de burgerlijke stand", font=f, size_pt=8.5)
        sh.signature(124, y + 26, 42, 13, rng, color=(25, 30, 100))
        sh.text(120, y + 42, rng.choice(["S. Vandenbussche", "M. El Khattabi", "C. Dewolf"]), font=f, size_pt=9)
        sh.stamp(70, y + 20, ["ANDERLECHT", "ÉTAT CIVIL", "BURGERLIJKE STAND"], rng, shape="round",
                 color=(185, 185, 185), size_mm=28)
        sh.text(105, 285, "Document généré par la BAEC – Document gegenereerd door de DABS", font=f, size_pt=7,
                anchor="center", color=GREY)
        return [sh]

    return make


_register("birth-be-anderlecht-tweetalig-grijze-waardekolom-droogstempel-20", "birth-certificate", PART, "fr/nl",
          _anderlecht("birth"), country="BEL",
          notes="Anderlecht bilingual birth extract from the database, captions FR – NL, grey value column, dry seal")
_register("marriage-be-anderlecht-tweetalig-grijze-waardekolom-droogstempel-20", "marriage-certificate", PART, "fr/nl",
          _anderlecht("marriage"), country="BEL", notes="Anderlecht bilingual marriage extract, same layout")


# --------------------------------------------------------------------------- Turkish birth record, landscape turned

def birth_tur_edevlet(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """A Turkish birth record ('Doğum Kayıt Örneği') printed landscape from e-Devlet and scanned as portrait: the
    whole page turned by 90 degrees on the sheet, a table of the register's columns, the barcode and the
    verification code at the foot.  Turkish only."""
    issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(30, 300)))
    fa, mo = _parents(person, father, mother)
    L = Sheet(297, 210)
    f = "sans"
    L.text(148, 12, "T.C. İÇİŞLERİ BAKANLIĞI", font=f, size_pt=11, bold=True, anchor="center")
    L.text(148, 17.5, "Nüfus ve Vatandaşlık İşleri Genel Müdürlüğü", font=f, size_pt=9.5, anchor="center")
    L.text(148, 26, "DOĞUM KAYIT ÖRNEĞİ", font=f, size_pt=13, bold=True, anchor="center")
    il = rng.choice(["KONYA", "KAYSERİ", "SİVAS", "YOZGAT", "AKSARAY"])
    L.text(20, 36, f"İl: {il}    İlçe: MERKEZ    Mahalle/Köy: {rng.choice(['YENİ', 'ÇARŞI', 'CUMHURİYET'])}    "
                   f"Cilt No: {rng.randint(10, 300)}    Hane No: {rng.randint(1, 400)}", font=f, size_pt=9)
    cols = ["T.C. Kimlik No", "Adı", "Soyadı", "Baba Adı", "Ana Adı", "Doğum Yeri", "Doğum Tarihi", "Cinsiyeti",
            "Tescil Tarihi"]
    reg = act_date or person.birth_date + datetime.timedelta(days=rng.randint(5, 60))
    vals = [_digits(rng, 11), person.given_names.upper(), person.surname.upper(), (fa.split()[0]).upper(),
            (mo.split()[0]).upper(), person.birth_place.upper(), person.birth_date.strftime("%d.%m.%Y"),
            "ERKEK" if person.sex == "M" else "KADIN", reg.strftime("%d.%m.%Y")]
    ws = [30, 30, 32, 28, 28, 32, 28, 22, 27]
    x, y = 20, 46
    for c, v, w in zip(cols, vals, ws):
        L.rect(x, y, w, 9, width_mm=0.25, fill=(230, 230, 230))
        L.text(x + 1.2, y + 2.5, c, font=f, size_pt=7.5, bold=True)
        L.rect(x, y + 9, w, 10, width_mm=0.25)
        L.text(x + 1.2, y + 12, v, font=f, size_pt=8)
        x += w
    L.text(20, 80, "Açıklama: Kayıt örneği ilgilinin talebi üzerine verilmiştir.", font=f, size_pt=8.5)
    from .be9ter import barcode
    code = f"{_digits(rng, 4)}-{_digits(rng, 4)}-{_digits(rng, 4)}"
    barcode(L, 20, 170, 70, 12, code)
    L.text(20, 185, f"Barkod No: {code}    Doğrulama: turkiye.gov.tr/belge-dogrulama", font=f, size_pt=7.5)
    L.text(277, 185, f"Belge tarihi: {issued.strftime('%d.%m.%Y')} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}",
           font=f, size_pt=7.5, anchor="right")
    L.text(20, 192, "Bu belge 5070 sayılı Elektronik İmza Kanunu gereğince güvenli elektronik imza ile imzalanmıştır.",
           font=f, size_pt=7, color=GREY)
    sh = Sheet()
    place(sh, L, 0, 0, angle=90 if rng.random() < 0.5 else -90, dpi=200)
    return [sh]


_register("birth-tur-edevlet-liggend-gedraaid-tabel-barkod-20", "birth-certificate", PART, "tr", birth_tur_edevlet,
          country="TUR", notes="Turkish birth record printed landscape from e-Devlet, scanned turned as portrait")


# --------------------------------------------------------------------------- nationality certificates

def nationality_bdi(person, rng, *, issue_date=None, **opts):
    """A Burundian court's nationality certificate written as a short decision: 'Nous, …, Président du Tribunal
    de Grande Instance …, certifions …', the legal basis, the registration number in a box at the top right, the
    president's signature and the court's stamp; fiscal stamp at the left margin."""
    issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(60, 700)))
    sh = Sheet()
    f = "serif4"
    sh.text(20, 14, "RÉPUBLIQUE DU BURUNDI", font=f, size_pt=11, bold=True)
    sh.text(20, 19.5, "COUR SUPRÊME", font=f, size_pt=8.5)
    tgi = rng.choice(["MUKAZA", "NTAHANGWA", "GITEGA"])
    sh.text(20, 24, f"TRIBUNAL DE GRANDE INSTANCE DE {tgi}", font=f, size_pt=8.5, bold=True)
    sh.rect(140, 12, 50, 16, width_mm=0.4)
    sh.text(165, 14.5, "Enregistré sous", font=f, size_pt=8, anchor="center")
    sh.text(165, 20, f"n° RCN {rng.randint(100, 9999)}/{issued.year}", font=f, size_pt=10, bold=True, anchor="center")
    sh.text(105, 44, "CERTIFICAT DE NATIONALITÉ", font=f, size_pt=16, bold=True, anchor="center")
    g = "e" if person.sex == "F" else ""
    body = (f"Nous, {rng.choice(['NDAYIZEYE Gérard', 'NIYONKURU Béatrice', 'BARANYIZIGIYE Eliane'])}, Président du "
            f"Tribunal de Grande Instance de {tgi.title()}, vu la loi n° 1/013 du 18 juillet 2000 portant réforme du "
            f"code de la nationalité, vu les pièces produites, notamment l'extrait d'acte de naissance, CERTIFIONS "
            f"que {person.surname.upper()} {person.given_names}, né{g} le "
            f"{format_date(person.birth_date, 'long', 'fr')} à {person.birth_place}, {'fille' if g else 'fils'} de "
            f"{person.father or '—'} et de {person.mother or '—'}, est de nationalité burundaise d'origine, en vertu "
            f"de l'article 2 dudit code.")
    y = sh.paragraph(24, 58, 162, body, font=f, size_pt=11, leading=1.6, align="justify")
    sh.paragraph(24, y + 6, 162, "En foi de quoi, le présent certificat est délivré pour servir et valoir ce que "
                 "de droit.", font=f, size_pt=11)
    sh.text(116, y + 26, f"Fait à {tgi.title()}, le {format_date(issued, 'long', 'fr')}", font=f, size_pt=10.5)
    sh.text(116, y + 32, "Le Président du Tribunal,", font=f, size_pt=10.5)
    sh.signature(120, y + 37, 48, 15, rng, color=(25, 30, 110))
    _stamp_round(sh, 60, y + 30, ["TRIBUNAL DE GRANDE INSTANCE", tgi, "BURUNDI"], rng, color=(40, 60, 150), size=32)
    sh.rect(20, y + 60, 24, 30, width_mm=0.3, fill=(230, 215, 190))
    sh.text(32, y + 70, "TIMBRE", font="sans", size_pt=6, anchor="center")
    sh.text(32, y + 75, "FISCAL", font="sans", size_pt=6, anchor="center")
    sh.text(32, y + 80, "2 000 FBu", font="sans", size_pt=6, anchor="center")
    return [sh]


def nationality_civ(person, rng, *, issue_date=None, **opts):
    """An Ivorian court's certificate of nationality: a framed grid of numbered fields typed in capitals, the
    legal article in the body, 'Tout certificat comportant rature ou surcharge est nul' along the foot."""
    issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(60, 700)))
    sh = Sheet()
    f = "sans4"
    sh.text(105, 14, "RÉPUBLIQUE DE CÔTE D'IVOIRE", font=f, size_pt=11, bold=True, anchor="center")
    sh.text(105, 19.5, "Union – Discipline – Travail", font=f, size_pt=8, italic=True, anchor="center")
    court = rng.choice(["ABIDJAN-PLATEAU", "YOPOUGON", "BOUAKÉ"])
    sh.text(105, 27, f"TRIBUNAL DE PREMIÈRE INSTANCE D'{court}", font=f, size_pt=9.5, bold=True, anchor="center")
    sh.text(105, 40, "CERTIFICAT DE NATIONALITÉ IVOIRIENNE", font=f, size_pt=14, bold=True, anchor="center")
    sh.text(105, 47, f"N° {rng.randint(1000, 99999)} / {issued.year}", font=f, size_pt=10, anchor="center")
    sh.text(22, 58, "Le Président du Tribunal certifie que :", font=f, size_pt=10.5)
    rows = [("1", "Nom", person.surname.upper()), ("2", "Prénoms", person.given_names.upper()),
            ("3", "Né(e) le", person.birth_date.strftime("%d/%m/%Y")),
            ("4", "À", strip_accents(person.birth_place).upper()),
            ("5", "Fils / Fille de", (person.father or "—").upper()), ("6", "Et de", (person.mother or "—").upper())]
    y = 66
    for n, a, b in rows:
        sh.rect(22, y, 10, 10, width_mm=0.3, fill=(235, 235, 235))
        sh.text(27, y + 2.8, n, font=f, size_pt=9, anchor="center")
        sh.rect(32, y, 40, 10, width_mm=0.3)
        sh.text(34, y + 2.8, a, font=f, size_pt=9.5)
        sh.rect(72, y, 116, 10, width_mm=0.3)
        sh.text(75, y + 2.5, b, font="typewriter", size_pt=10.5, color=TYPE_INK)
        y += 10
    sh.paragraph(22, y + 6, 166, "est de nationalité ivoirienne en vertu de l'article 6 du Code de la nationalité "
                 "(loi n° 61-415 du 14 décembre 1961 modifiée), comme étant né(e) en Côte d'Ivoire d'un parent "
                 "ivoirien.", font=f, size_pt=10.5, leading=1.5)
    sh.text(116, y + 30, f"{court.split('-')[0].title()}, le {issued.strftime('%d/%m/%Y')}", font=f, size_pt=10)
    sh.text(116, y + 36, "Le Président", font=f, size_pt=10)
    sh.signature(118, y + 40, 46, 14, rng, color=(25, 30, 110))
    _stamp_round(sh, 62, y + 34, ["TRIBUNAL DE PREMIÈRE INSTANCE", court, "CÔTE D'IVOIRE"], rng, color=(40, 110, 60))
    sh.text(105, 280, "Tout certificat comportant rature ou surcharge est nul.", font=f, size_pt=8, italic=True,
            anchor="center")
    return [sh]


_register("nationality-bdi-tgi-beslissing-proza-registratievak-20", "nationality-certificate", PART, "fr",
          nationality_bdi, country="BDI",
          notes="Burundian court's nationality certificate as a short decision, registration box, fiscal stamp")
_register("nationality-civ-tpi-genummerd-raster-getypt-20", "nationality-certificate", PART, "fr", nationality_civ,
          country="CIV", notes="Ivorian court's nationality certificate, numbered grid typed in capitals")


# --------------------------------------------------------------------------- identity attestations of the embassies

def _idcert(country: str):
    def make(person, rng, *, issue_date=None, declarative=False, **opts):
        """The embassy's identity attestation as an A4 letter: the embassy's block at the top left, the number at
        the right, the photo glued at the top right and half covered by the consular stamp, the attested facts as
        a list, the basis of the attestation (the documents seen, or the holder's own statements), the consul's
        signature."""
        issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(30, 300)))
        sh = Sheet()
        if country == "BDI":
            head = ["AMBASSADE DE LA RÉPUBLIQUE DU BURUNDI", "Square Marie-Louise 46 – 1000 Bruxelles",
                    "Section consulaire"]
            title, nat, f, col = "ATTESTATION D'IDENTITÉ", "burundaise", "serif2", (150, 30, 40)
        else:
            head = ["AMBASSADE DE CÔTE D'IVOIRE", "EN BELGIQUE, AUX PAYS-BAS ET AU LUXEMBOURG",
                    "Avenue F. Roosevelt 234 – 1050 Bruxelles"]
            title, nat, f, col = "ATTESTATION CONSULAIRE D'IDENTITÉ", "ivoirienne", "sans2", (210, 110, 20)
        for i, t in enumerate(head):
            sh.text(20, 14 + i * 5, t, font=f, size_pt=10 if i == 0 else 8.5, bold=(i == 0), color=col if i == 0
                    else (0, 0, 0))
        no = f"N° {rng.randint(100, 999)}/{issued.year}/CONS"
        sh.text(20, 34, no, font=f, size_pt=9)
        sh.photo(158, 40, 30, 38, rng)
        sh.stamp(146, 62, ["AMBASSADE", "SECTION CONSULAIRE", "BRUXELLES"], rng, shape="round", color=(60, 60, 160),
                 size_mm=28)
        sh.text(20, 52, title, font=f, size_pt=14, bold=True)
        g = "e" if person.sex == "F" else ""
        y = sh.paragraph(20, 64, 120, "Le Consul soussigné atteste que la personne dont la photographie figure "
                         "ci-contre est :", font=f, size_pt=10.5)
        for a, b in (("Nom", person.surname.upper()), ("Prénom(s)", person.given_names),
                     ("Date de naissance", format_date(person.birth_date, "long", "fr")),
                     ("Lieu de naissance", person.birth_place), ("Nationalité", nat),
                     ("Père", person.father or "—"), ("Mère", person.mother or "—")):
            sh.text(26, y + 3, f"– {a} :", font=f, size_pt=10.5)
            sh.text(70, y + 3, b, font=f, size_pt=10.5, bold=True)
            y += 7
        if declarative:
            basis = (f"La présente attestation est établie sur la seule base des déclarations de l'intéressé{g}, "
                     f"qui n'a présenté aucun document d'identité.")
        else:
            basis = (f"La présente attestation est établie sur présentation de l'extrait d'acte de naissance et de "
                     f"l'ancien passeport de l'intéressé{g}, dont les données ont été vérifiées auprès des services "
                     f"compétents à {'Bujumbura' if country == 'BDI' else 'Abidjan'}.")
        y = sh.paragraph(20, y + 8, 170, basis, font=f, size_pt=10.5, leading=1.45)
        y = sh.paragraph(20, y + 4, 170, "Elle est délivrée pour servir et valoir ce que de droit et ne tient pas lieu "
                         "de passeport.", font=f, size_pt=10.5)
        sh.text(120, y + 10, f"Bruxelles, le {format_date(issued, 'long', 'fr')}", font=f, size_pt=10.5)
        sh.text(120, y + 16, "Le Consul", font=f, size_pt=10.5)
        sh.signature(122, y + 21, 44, 14, rng, color=(20, 25, 100))
        sh.stamp(75, y + 12, ["AMBASSADE", "BRUXELLES", "CONSULAT"], rng, shape="oval", color=(60, 60, 160),
                 size_mm=30)
        return [sh]

    return make


_register("idcert-bdi-ambassade-brief-foto-rechts-half-gestempeld-20", "identity-certificate", PART, "fr",
          _idcert("BDI"), country="BDI", photo=True,
          notes="Burundian embassy's identity attestation as an A4 letter, photo at the top right under the stamp")
_register("idcert-civ-ambassade-brief-foto-rechts-half-gestempeld-20", "identity-certificate", PART, "fr",
          _idcert("CIV"), country="CIV", photo=True,
          notes="Ivorian embassy's consular identity attestation, same habits, other letterhead")


# --------------------------------------------------------------------------- sworn translations

_SRC = {"tr": ("Turks", "turc", "Turkish"), "es": ("Spaans", "espagnol", "Spanish"), "ar": ("Arabisch", "arabe", "Arabic"),
        "so": ("Somalisch", "somali", "Somali"), "rn": ("Kirundi", "kirundi", "Kirundi")}
_TITLE = {"birth-certificate": "geboorteakte", "marriage-certificate": "huwelijksakte",
          "identity-document": "identiteitsdocument", "nationality-certificate": "nationaliteitsbewijs"}


def _translation(where: str):
    def make(person, rng, *, issue_date=None, of_type="birth-certificate", source_lang="tr", target_lang="nl",
             spouse=None, **opts):
        issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(20, 120)))
        src = _SRC.get(str(source_lang).split("/")[0], ("Turks", "turc", "Turkish"))
        what = _TITLE.get(of_type, "akte")
        data = [("Naam", person.surname.upper()), ("Voornamen", person.given_names),
                ("Geboortedatum", format_date(person.birth_date, "long", "nl")),
                ("Geboorteplaats", person.birth_place), ("Geslacht", "mannelijk" if person.sex == "M" else "vrouwelijk"),
                ("Naam vader", person.father or "—"), ("Naam moeder", person.mother or "—")]
        sh = Sheet()
        if where == "leuven":
            # Leuven: the translator's name and court in a boxed header at the right, the translation as a
            # numbered list, the certification formula in italics, the stamp overlapping the signature
            f = "serif5"
            sh.rect(112, 10, 80, 26, width_mm=0.3)
            sh.text(116, 13, f"{rng.choice(['Annelies', 'Pieter', 'Hanne'])} {rng.choice(['Claes', 'Peeters', 'Jacobs'])}",
                    font=f, size_pt=11, bold=True)
            sh.text(116, 19, "Beëdigd vertaler bij de rechtbank", font=f, size_pt=8.5)
            sh.text(116, 23, "van eerste aanleg Leuven", font=f, size_pt=8.5)
            sh.text(116, 28, f"Naamsestraat {rng.randint(3, 160)}, 3000 Leuven", font=f, size_pt=8.5, color=GREY)
            sh.text(20, 48, f"VERTALING UIT HET {src[0].upper()} – {what.upper()}", font=f, size_pt=12.5, bold=True)
            y = 60
            for i, (a, b) in enumerate(data, 1):
                sh.text(22, y, f"{i}.", font=f, size_pt=10.5)
                sh.text(30, y, f"{a}:", font=f, size_pt=10.5)
                sh.text(80, y, b, font=f, size_pt=10.5)
                y += 8
            sh.text(22, y + 2, "(volgen stempel en handtekening van de bevoegde ambtenaar)", font=f, size_pt=9.5,
                    italic=True)
            y = sh.paragraph(22, y + 14, 166, f"Ondergetekende, beëdigd vertaler, verklaart dat deze vertaling "
                             f"getrouw en volledig is en overeenstemt met het origineel in het {src[0]} dat hem/haar werd "
                             f"voorgelegd. Leuven, {format_date(issued, 'long', 'nl')}.", font=f, size_pt=10,
                             italic=True, leading=1.5)
            sh.signature(120, y + 4, 42, 13, rng)
            sh.stamp(112, y, ["BEËDIGD VERTALER", "RECHTBANK LEUVEN", "NL – " + src[0].upper()[:8]], rng,
                     size_mm=30, color=(40, 60, 150))
            return [sh]
        # Haarlem: a Dutch sworn translator; grey band with the Rbtv number at the top, the translation as a
        # two-column table, the statement and signature at the foot, the translator's violet oval stamp
        f = "sans3"
        sh.rect(0, 0, 210, 18, width_mm=0, fill=(232, 232, 232))
        sh.text(20, 6, f"Vertaalbureau Spaarne · beëdigd vertaler {src[0]}–Nederlands · Rbtv {rng.randint(10000, 99999)}",
                font=f, size_pt=8.5)
        sh.text(20, 11, f"Gedempte Oude Gracht {rng.randint(2, 140)}, 2011 GT Haarlem", font=f, size_pt=8, color=GREY)
        sh.text(20, 30, f"Beëdigde vertaling van een {what}", font=f, size_pt=13, bold=True)
        y = 42
        for a, b in data:
            sh.rect(20, y, 60, 8, width_mm=0.2)
            sh.rect(80, y, 110, 8, width_mm=0.2)
            sh.text(22, y + 2, a, font=f, size_pt=9)
            sh.text(82, y + 2, b[:52], font=f, size_pt=9.5)
            y += 8
        y = sh.paragraph(20, y + 12, 170, "Ik, ondergetekende, beëdigd vertaler, ingeschreven in het Register "
                         "beëdigde tolken en vertalers, verklaar dat de bovenstaande vertaling een getrouwe en "
                         "volledige weergave is van het mij in het " + src[0] + " voorgelegde document.", font=f,
                         size_pt=9.5, leading=1.45)
        sh.text(20, y + 6, f"Haarlem, {format_date(issued, 'dashes_zero', 'nl')}", font=f, size_pt=10)
        sh.signature(24, y + 11, 40, 12, rng)
        sh.stamp(110, y + 2, ["BEËDIGD VERTALER", "HAARLEM", src[0].upper()[:10]], rng, shape="oval",
                 size_mm=30, color=(110, 40, 130))
        return [sh]

    return make


# the Belgian one first: 9ter takes the part's first translation family, the IND the Dutch (NLD) one
_register("translation-be-leuven-kaderhoofding-genummerde-lijst-cursieve-verklaring-20", "translation", PART, "nl",
          _translation("leuven"), country="BEL",
          notes="Leuven sworn translator, boxed header, numbered list, italic certification, stamp over the signature")
_register("translation-nl-haarlem-grijze-band-tabel-ovaal-stempel-20", "translation", PART, "nl",
          _translation("haarlem"), country="NLD",
          notes="Haarlem sworn translator, grey top band with Rbtv number, two-column table, violet oval stamp")
