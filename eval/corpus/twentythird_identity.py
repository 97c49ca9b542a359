"""Identity and civil-status families of the `twentythird` part (registered in identity.FAMILIES).

Written after dev, heldout and the parts fresh to twentysecond had been read, by a writer who saw neither the
validator nor its output.  Passports of Rwanda, Kenya, Egypt and Ethiopia whose data page has a coloured title band,
the photo at the left, the captions in English with the national language in brackets and the field numbers in small
circles, captured by the client with a phone scanner app in its black-and-white 'document' mode (flattened, high
contrast, the app's watermark line at the foot).  Passports of Türkiye and Suriname copied on an office copier with
the lid open (the black surround of the copier glass round the open booklet) and a yellow sticky note on the sheet
('origineel gezien', date, initials).  The Kenyan identity card (TD1) copied front above back with 'voorzijde' /
'achterzijde' typed beside each side.  A Dutch residence document copied front beside back with the office's red
'KOPIE' stamp across the lower half.  Rwandan civil-status acts in three languages (Kinyarwanda, English, French), the
values typed into a framed grid; Kenyan birth and marriage certificates on a tinted guilloche with the entry number
in red; an Ethiopian birth certificate of the city's civil-registration agency in English; a Turkish population
extract printed from e-Devlet with the barcode and verification code, an apostille stamped on it.  A Rwandan
nationality attestation of the immigration directorate and a Kenyan confirmation of citizenship; identity
attestations of the Rwandan and Kenyan embassies with the photo glued at the left under a dry seal.  Sworn
translations from Liège (French, the translator's certification in a box at the foot) and The Hague (Dutch, the
translated text set in a single column with the Wbtv line in the header).
"""
from __future__ import annotations

import datetime

from PIL import Image, ImageDraw, ImageFilter, ImageOps

from . import mrz as M
from .identity import TODAY, _dates, _digits, _mrz_data, _register
from .paper import Sheet, text_width_mm
from .people import format_date, strip_accents

PART = "twentythird"
GREY = (100, 100, 100)
OCR_PT = 2.54 / 0.602 / (25.4 / 72)
_MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def place(sh: Sheet, sub: Sheet, x: float, y: float, *, k: float = 1.0, turn: float = 0.0, dpi: int = 250,
          mode: str = "") -> tuple[float, float]:
    """Render a piece and put it on the sheet; mode 'bw' = a scanner app's black-and-white filter, 'grey'."""
    img = sub.render(dpi)
    if mode == "bw":
        g = ImageOps.autocontrast(img.convert("L"), cutoff=2)
        g = g.point(lambda v: 255 if v > 200 else int(v * 0.8))
        img = g.convert("RGB")
    elif mode == "grey":
        img = img.convert("L").convert("RGB")
    if turn:
        img = img.rotate(turn, expand=True, resample=Image.BICUBIC, fillcolor=(255, 255, 255))
    w, h = img.width / dpi * 25.4 * k, img.height / dpi * 25.4 * k
    sh.image(x, y, w, h, img)
    return w, h


def _circ(s: Sheet, x: float, y: float, n: int):
    s.rect(x, y, 2.4, 2.4, width_mm=0.12, color=(120, 120, 120))
    s.text(x + 1.2, y + 0.35, str(n), font="sans4", size_pt=3.2, anchor="center", color=(90, 90, 90))


# --------------------------------------------------------------------------- passports, layout 1: scanner app

_PA = {
    "RWA": dict(state="REPUBULIKA Y'U RWANDA · REPUBLIC OF RWANDA · RÉPUBLIQUE DU RWANDA", band=(0, 120, 190),
                nat="RWANDAN", auth="DGIE KIGALI", num=lambda r: "PC" + _digits(r, 6), years=5,
                loc="rw/en/fr", nl="Izina", df=lambda d: d.strftime("%d/%m/%Y")),
    "KEN": dict(state="REPUBLIC OF KENYA · JAMHURI YA KENYA", band=(0, 100, 50), nat="KENYAN",
                auth="REGISTRAR OF PERSONS", num=lambda r: "AK" + _digits(r, 7), years=10, loc="en/sw",
                nl="Jina", df=lambda d: f"{d.day:02d} {_MON[d.month - 1]} {d.year % 100:02d}"),
    "EGY": dict(state="ARAB REPUBLIC OF EGYPT", band=(120, 20, 30), nat="EGYPTIAN", auth="PASSPORTS DEPT CAIRO",
                num=lambda r: "A" + _digits(r, 8), years=7, loc="ar/en", nl="",
                df=lambda d: d.strftime("%d.%m.%Y")),
    "ETH": dict(state="FEDERAL DEMOCRATIC REPUBLIC OF ETHIOPIA", band=(30, 110, 60), nat="ETHIOPIAN",
                auth="ICS ADDIS ABABA", num=lambda r: "EP" + _digits(r, 7), years=5, loc="am/en", nl="",
                df=lambda d: f"{d.day:02d} {_MON[d.month - 1]} {d.year}"),
}
_CAP = ("Surname", "Given names", "Nationality", "Date of birth", "Sex", "Place of birth", "Date of issue",
        "Date of expiry", "Authority")


def _data_page_a(code, person, rng, number, issue, expiry, lines) -> Sheet:
    cfg = _PA[code]
    s = Sheet(125, 88)
    s.rect(0, 0, 125, 88, width_mm=0, fill=(247, 246, 242))
    for k in range(0, 125, 4):
        s.rule(k, 9, k + 20, 70, width_mm=0.05, color=(228, 232, 236))
    s.rect(0, 0, 125, 8, width_mm=0, fill=cfg["band"])
    sz = 6.2
    while text_width_mm(cfg["state"], "sans6", sz, bold=True) > 118 and sz > 3.5:
        sz -= 0.2
    s.text(62.5, 2, cfg["state"], font="sans6", size_pt=sz, bold=True, anchor="center", color=(255, 255, 255))
    s.text(4, 10, f"PASSPORT   Type P   Code {code}", font="sans6", size_pt=5.2, bold=True)
    s.text(121, 10, f"No. {number}", font="sans6", size_pt=6, bold=True, anchor="right", color=(160, 30, 30))
    s.photo(4, 16, 27, 35, rng)
    s.signature(5, 53, 24, 7, rng, color=(20, 20, 30))
    vals = [person.surname.upper(), person.given_names.upper(), cfg["nat"], cfg["df"](person.birth_date),
            person.sex, strip_accents(person.birth_place).upper(), cfg["df"](issue), cfg["df"](expiry), cfg["auth"]]
    pos = [(36, 16), (36, 22.5), (36, 29), (36, 35.5), (88, 35.5), (36, 42), (36, 48.5), (80, 48.5), (36, 55)]
    for i, ((x, y), v) in enumerate(zip(pos, vals)):
        _circ(s, x, y, i + 1)
        s.text(x + 3.2, y + 0.2, _CAP[i], font="sans6", size_pt=3.4, color=(95, 95, 95))
        sz = 6.4
        while sz > 4 and text_width_mm(v, "sans3", sz, bold=True) > (84 if i not in (3, 6, 7) else 40):
            sz -= 0.25
        s.text(x + 0.5, y + 2.5, v, font="sans3", size_pt=sz, bold=True)
    for i, ln in enumerate(lines):
        s.text(4.2, 72 + i * 5.2, ln, font="ocrb", size_pt=OCR_PT, color=(10, 10, 10))
    return s


def _passport_app(code: str):
    cfg = _PA[code]

    def make(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, crop=False,
             annotate=None, number=None, **opts):
        issue, expiry = _dates(rng, issue_date, expiry_date, cfg["years"])
        number = number or cfg["num"](rng)
        md = _mrz_data(person, mrz_override)
        lines = M.td3(issuing=code, surname=md["surname"], given=md["given_names"],
                      number=md.get("number", number[-9:]), nationality=md["nationality"],
                      birth_date=md["birth_date"], sex=md["sex"], expiry=expiry, break_check=break_check)
        page = _data_page_a(code, person, rng, number, issue, expiry, lines)
        if crop:
            return [page]
        sh = Sheet()
        k = rng.uniform(1.28, 1.4)
        place(sh, page, 105 - 62.5 * k, 24 + rng.uniform(0, 10), k=k, dpi=300, mode="bw")
        when = TODAY - datetime.timedelta(days=rng.randint(4, 60))
        sh.text(105, 286, f"Scanned with DocLens · {when.strftime('%d %b %Y')} · page 1/1", font="sans", size_pt=7,
                anchor="center", color=(120, 120, 120))
        if annotate:
            sh.handwriting(130, 250, annotate, rng, size_pt=12)
        return [sh]

    return make


for _c in ("RWA", "KEN", "EGY", "ETH"):
    _register(f"passport-td3-{_c.lower()}-scanapp-zwartwit-veldnummers-kleurband-23", "identity-document", PART,
              _PA[_c]["loc"], _passport_app(_c), country=_c, mrz="TD3", photo=True,
              notes=f"{_c} passport data page (coloured title band, numbered captions, photo at the left) captured "
                    f"with a phone scanner app in black-and-white document mode, the app's footer line")


# --------------------------------------------------------------------------- passports, layout 2: copier lid open

_PB = {
    "TUR": dict(state="TÜRKİYE CUMHURİYETİ", sub="REPUBLIC OF TÜRKİYE · PASAPORT · PASSPORT", nat="T.C.",
                auth="NÜFUS VE VATANDAŞLIK İŞLERİ", num=lambda r: "U" + _digits(r, 8), years=10, loc="tr/en",
                cap=("Soyadı", "Adı", "Uyruğu", "Doğum Tarihi", "Cinsiyeti", "Doğum Yeri", "Veriliş Tarihi",
                     "Geçerlilik Tarihi", "Makam"), col=(150, 20, 40)),
    "SUR": dict(state="REPUBLIEK SURINAME", sub="PASPOORT · PASSPORT", nat="SURINAAMSE", auth="CBB PARAMARIBO",
                num=lambda r: "R" + _digits(r, 7), years=5, loc="nl/en",
                cap=("Naam", "Voornamen", "Nationaliteit", "Geboortedatum", "Geslacht", "Geboorteplaats",
                     "Datum van afgifte", "Geldig tot", "Instantie"), col=(20, 90, 50)),
}


def _data_page_b(code, person, rng, number, issue, expiry, lines) -> Sheet:
    cfg = _PB[code]
    s = Sheet(125, 88)
    s.rect(0, 0, 125, 88, width_mm=0, fill=(243, 238, 240))
    s.text(84, 2, cfg["state"], font="serif4", size_pt=7, bold=True, anchor="center", color=cfg["col"])
    s.text(84, 6, cfg["sub"], font="serif4", size_pt=4.6, anchor="center", color=GREY)
    s.photo(92 - 88, 12, 30, 39, rng)
    vals = [person.surname.upper(), person.given_names.upper(), cfg["nat"], person.birth_date.strftime("%d %m %Y"),
            person.sex, strip_accents(person.birth_place).upper(), issue.strftime("%d %m %Y"),
            expiry.strftime("%d %m %Y"), cfg["auth"]]
    y = 11
    for i, v in enumerate(vals):
        x = 38 if i not in (4, 7) else 88
        if i in (4, 7):
            y -= 6.4
        s.text(x, y, f"{cfg['cap'][i]} / {_CAP[i]}", font="narrow", size_pt=3.4, color=GREY)
        sz = 6.2
        while sz > 4 and text_width_mm(v, "serif4", sz, bold=True) > (80 if x == 38 else 34):
            sz -= 0.25
        s.text(x, y + 1.5, v, font="serif4", size_pt=sz, bold=True)
        y += 6.4
    s.text(4, 53, number, font="serif4", size_pt=7, bold=True, color=cfg["col"])
    for i, ln in enumerate(lines):
        s.text(4.2, 72 + i * 5.2, ln, font="ocrb", size_pt=OCR_PT, color=(15, 15, 15))
    return s


def _passport_copier(code: str):
    cfg = _PB[code]

    def make(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, crop=False,
             annotate=None, number=None, **opts):
        issue, expiry = _dates(rng, issue_date, expiry_date, cfg["years"])
        number = number or cfg["num"](rng)
        md = _mrz_data(person, mrz_override)
        lines = M.td3(issuing=code, surname=md["surname"], given=md["given_names"],
                      number=md.get("number", number[-9:]), nationality=md["nationality"],
                      birth_date=md["birth_date"], sex=md["sex"], expiry=expiry, break_check=break_check)
        page = _data_page_b(code, person, rng, number, issue, expiry, lines)
        if crop:
            return [page]
        sh = Sheet()
        # the lid was left open: the copier glass prints black round the booklet, fading where the lid's shadow
        # ends; the copier leaves the sheet's margins white
        sh.rect(14, 22, 182, 128, width_mm=0, fill=(18, 18, 18))
        sh.rect(14, 150, 182, 6, width_mm=0, fill=(70, 70, 70))
        sh.rect(14, 156, 182, 4, width_mm=0, fill=(150, 150, 150))
        x0, y0 = 40 + rng.uniform(-4, 4), 28 + rng.uniform(0, 4)
        inner = Sheet(125, 88)
        inner.rect(0, 0, 125, 88, width_mm=0, fill=(240, 236, 236))
        inner.text(62.5, 30, "Bu pasaportun hamili ..." if code == "TUR" else "De houder van dit paspoort ...",
                   font="serif4", size_pt=6, anchor="center", color=(150, 150, 150))
        place(sh, inner, x0, y0, dpi=180, mode="grey")
        place(sh, page, x0, y0 + 89, dpi=300, mode="grey")
        note = Sheet(60, 60)
        note.rect(0, 0, 60, 60, width_mm=0, fill=(252, 236, 120))
        d = TODAY - datetime.timedelta(days=rng.randint(3, 40))
        note.handwriting(4, 8, "origineel gezien", rng, size_pt=13, color=(30, 30, 120), font="hand2")
        note.handwriting(4, 22, d.strftime("%d/%m"), rng, size_pt=13, color=(30, 30, 120), font="hand2")
        note.handwriting(30, 38, rng.choice(["MvD", "AK", "sj", "EB"]), rng, size_pt=14, color=(30, 30, 120),
                         font="hand2")
        place(sh, note, 132, 212, turn=rng.uniform(-6, 6), dpi=150)
        if annotate:
            sh.handwriting(20, 250, annotate, rng, size_pt=12)
        return [sh]

    return make


for _c in ("TUR", "SUR"):
    _register(f"passport-td3-{_c.lower()}-kopieerklep-open-zwarte-rand-geel-memobriefje-23", "identity-document",
              PART, _PB[_c]["loc"], _passport_copier(_c), country=_c, mrz="TD3", photo=True,
              notes=f"{_c} passport copied in grey with the copier lid open (black surround), a yellow sticky note "
                    f"'origineel gezien' with date and initials")


# --------------------------------------------------------------------------- Kenyan identity card, Dutch permit

def idcard_ken(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, **opts):
    """The Kenyan identity card (Maisha card, TD1) copied front above back at actual size in the upper left of the
    sheet, with 'voorzijde' / 'achterzijde' typed beside each side by the office."""
    issue, expiry = _dates(rng, issue_date, expiry_date, 10)
    docno = "K" + _digits(rng, 8)
    upi = _digits(rng, 9)
    md = _mrz_data(person, mrz_override)
    lines = M.td1(doc_code="ID", issuing="KEN", number=md.get("number", docno), nationality=md["nationality"],
                  birth_date=md["birth_date"], sex=md["sex"], expiry=expiry, surname=md["surname"],
                  given=md["given_names"], optional1=upi, break_check=break_check)
    f = Sheet(85.6, 54)
    f.rect(0, 0, 85.6, 54, width_mm=0, fill=(236, 240, 228))
    f.rect(0, 0, 85.6, 3, width_mm=0, fill=(0, 0, 0))
    f.rect(0, 3, 85.6, 1.2, width_mm=0, fill=(180, 20, 20))
    f.rect(0, 4.2, 85.6, 1.6, width_mm=0, fill=(0, 110, 50))
    f.text(42.8, 7, "JAMHURI YA KENYA · REPUBLIC OF KENYA", font="sans4", size_pt=5.2, bold=True, anchor="center")
    f.text(42.8, 10.2, "KITAMBULISHO CHA TAIFA · NATIONAL IDENTITY CARD", font="sans4", size_pt=3.8,
           anchor="center", color=GREY)
    f.photo(3, 14, 21, 27, rng)
    rows = [("SURNAME", person.surname.upper()), ("GIVEN NAMES", person.given_names.upper()),
            ("SEX", person.sex), ("DATE OF BIRTH", person.birth_date.strftime("%d.%m.%Y")),
            ("PLACE OF BIRTH", strip_accents(person.birth_place).upper()),
            ("DATE OF EXPIRY", expiry.strftime("%d.%m.%Y"))]
    y = 14
    for a, v in rows:
        f.text(27, y, a, font="sans4", size_pt=3, color=GREY)
        f.text(27, y + 1.2, v[:26], font="sans4", size_pt=5, bold=True)
        y += 5.6
    f.signature(58, 44, 22, 6, rng, color=(20, 20, 40))
    b = Sheet(85.6, 54)
    b.rect(0, 0, 85.6, 54, width_mm=0, fill=(232, 238, 230))
    b.text(4, 3, f"UPI {upi}", font="sans4", size_pt=5, bold=True)
    b.text(4, 8, f"DATE OF ISSUE {issue.strftime('%d.%m.%Y')}", font="sans4", size_pt=4.4)
    b.text(4, 12.5, f"COUNTY {rng.choice(['NAIROBI', 'KISUMU', 'MOMBASA', 'NAKURU'])}", font="sans4", size_pt=4.4)
    for i, ln in enumerate(lines):
        b.text(3.5, 33 + i * 5.6, ln, font="ocrb", size_pt=OCR_PT * 0.98, color=(15, 15, 15))
    sh = Sheet()
    x = 22 + rng.uniform(-2, 2)
    place(sh, f, x, 26, dpi=300)
    place(sh, b, x, 88, dpi=300)
    sh.text(118, 50, "voorzijde", font="typewriter", size_pt=11)
    sh.text(118, 112, "achterzijde", font="typewriter", size_pt=11)
    return [sh]


_register("idcard-td1-ken-maisha-voor-boven-achter-getypt-label-23", "identity-document", PART, "en/sw", idcard_ken,
          country="KEN", mrz="TD1", photo=True,
          notes="Kenyan identity card copied front above back at actual size, 'voorzijde'/'achterzijde' typed beside")


def permit_nl_red(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None,
                  purpose=None, v_number=None, **opts):
    """Dutch residence document copied front beside back in colour, the law office's red 'KOPIE' stamp across the
    lower half of the sheet (not over the card)."""
    issue, expiry = _dates(rng, issue_date, expiry_date, rng.choice([1, 5]))
    number = rng.choice("NRWX") + rng.choice("BCDFGHJK") + _digits(rng, 7)
    purpose = purpose or "verblijf bij partner"
    md = _mrz_data(person, mrz_override)
    lines = M.td1(doc_code="IR", issuing="NLD", number=md.get("number", number), nationality=md["nationality"],
                  birth_date=md["birth_date"], sex=md["sex"], expiry=expiry, surname=md["surname"],
                  given=md["given_names"], break_check=break_check)
    vnr = v_number or person.v_number or _digits(rng, 10)
    f = Sheet(85.6, 54)
    f.rect(0, 0, 85.6, 54, width_mm=0, fill=(236, 230, 214))
    f.text(3, 2.5, "KONINKRIJK DER NEDERLANDEN", font="sans2", size_pt=5, bold=True, color=(150, 70, 20))
    f.text(3, 5.8, "VERBLIJFSVERGUNNING · RESIDENCE PERMIT", font="sans2", size_pt=4.2)
    f.photo(3, 11, 22, 29, rng)
    rows = [("Naam / Surname", person.surname.upper()), ("Voornamen / Given names", person.given_names.upper()),
            ("Geldig tot / Date of expiry", expiry.strftime("%d-%m-%Y")), ("Soort / Type", "REGULIER BEPAALDE TIJD"),
            ("Opmerkingen / Remarks", purpose.upper()[:30])]
    y = 11
    for a, v in rows:
        f.text(28, y, a, font="sans2", size_pt=3.1, color=GREY)
        f.text(28, y + 1.3, v[:28], font="sans2", size_pt=4.9, bold=True)
        y += 6.2
    f.text(3, 44, number, font="sans2", size_pt=5.5, bold=True)
    b = Sheet(85.6, 54)
    b.rect(0, 0, 85.6, 54, width_mm=0, fill=(236, 232, 220))
    for i, (a, v) in enumerate((("Geboortedatum", person.birth_date.strftime("%d-%m-%Y")),
                                ("Nationaliteit", md["nationality"]), ("VNR", vnr),
                                ("Afgifte", issue.strftime("%d-%m-%Y")))):
        b.text(4, 3 + i * 5.5, a, font="sans2", size_pt=3.4, color=GREY)
        b.text(30, 2.8 + i * 5.5, v, font="sans2", size_pt=5.2, bold=True)
    for i, ln in enumerate(lines):
        b.text(3.5, 33 + i * 5.6, ln, font="ocrb", size_pt=OCR_PT * 0.98, color=(15, 15, 15))
    sh = Sheet()
    place(sh, f, 16, 30, dpi=300)
    place(sh, b, 108, 30, dpi=300)
    sh.stamp(60, 160, ["KOPIE"], rng, shape="rect", size_mm=60, color=(190, 30, 30), angle=rng.uniform(-18, -8))
    return [sh]


_register("permit-nl-kleurkopie-naast-elkaar-rode-stempel-kopie-23", "identity-document", PART, "nl", permit_nl_red,
          country="NLD", mrz="TD1", photo=True,
          notes="Dutch residence document copied front beside back, the office's red 'KOPIE' stamp below")


# --------------------------------------------------------------------------- civil status: Rwanda (trilingual)

_RW = {"birth": ("ICYEMEZO CY'AMAVUKO", "BIRTH CERTIFICATE", "ACTE DE NAISSANCE"),
       "marriage": ("ICYEMEZO CY'ISHYINGIRWA", "MARRIAGE CERTIFICATE", "ACTE DE MARIAGE")}


def _rwa(kind: str):
    def make(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, spouse=None,
             marriage_date=None, **opts):
        """A Rwandan sector's civil-status act: the three languages stacked in every caption (Kinyarwanda bold,
        English, French in italics), the values typed in a framed grid, the civil-status officer's round stamp."""
        issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(40, 600)))
        district = rng.choice(["GASABO", "KICUKIRO", "NYARUGENGE", "HUYE", "RUBAVU", "MUSANZE"])
        sector = rng.choice(["KIMIRONKO", "REMERA", "KACYIRU", "NGOMA", "GISENYI", "MUHOZA"])
        sh = Sheet()
        f = "sans5"
        sh.text(105, 12, "REPUBULIKA Y'U RWANDA", font=f, size_pt=11, bold=True, anchor="center")
        sh.text(105, 17, "REPUBLIC OF RWANDA · RÉPUBLIQUE DU RWANDA", font=f, size_pt=8, anchor="center", color=GREY)
        sh.text(20, 26, f"AKARERE / DISTRICT : {district}", font=f, size_pt=8.5)
        sh.text(20, 30.5, f"UMURENGE / SECTOR / SECTEUR : {sector}", font=f, size_pt=8.5)
        t = _RW[kind]
        sh.text(105, 40, t[0], font=f, size_pt=13, bold=True, anchor="center")
        sh.text(105, 46.5, f"{t[1]} · {t[2]}", font=f, size_pt=9.5, anchor="center")
        ev = act_date or (person.birth_date + datetime.timedelta(days=rng.randint(3, 40)) if kind == "birth"
                          else (marriage_date or TODAY - datetime.timedelta(days=rng.randint(1500, 6000))))
        sh.text(190, 53, f"No {rng.randint(10, 999)}/{ev.year}", font=f, size_pt=9, anchor="right")
        if kind == "birth":
            rows = [(("Amazina", "Names", "Noms et prénoms"), f"{person.surname.upper()} {person.given_names}"),
                    (("Igitsina", "Sex", "Sexe"), "Gabo / Male / Masculin" if person.sex == "M" else
                     "Gore / Female / Féminin"),
                    (("Itariki y'amavuko", "Date of birth", "Date de naissance"), person.birth_date.strftime("%d/%m/%Y")),
                    (("Aho yavukiye", "Place of birth", "Lieu de naissance"), person.birth_place),
                    (("Se", "Father", "Père"), father or person.father or "—"),
                    (("Nyina", "Mother", "Mère"), mother or person.mother or "—"),
                    (("Itariki y'iyandikwa", "Date of registration", "Date d'enregistrement"),
                     ev.strftime("%d/%m/%Y"))]
        else:
            h, w = (person, spouse) if person.sex == "M" else (spouse, person)
            wd = marriage_date or ev
            rows = [(("Umugabo", "Husband", "Époux"), f"{h.surname.upper()} {h.given_names}, "
                                                       f"{h.birth_date.strftime('%d/%m/%Y')}, {h.birth_place}"),
                    (("Umugore", "Wife", "Épouse"), f"{w.surname.upper()} {w.given_names}, "
                                                    f"{w.birth_date.strftime('%d/%m/%Y')}, {w.birth_place}"),
                    (("Itariki y'ishyingirwa", "Date of marriage", "Date du mariage"), wd.strftime("%d/%m/%Y")),
                    (("Aho ryabereye", "Place", "Lieu"), f"{sector.title()}, {district.title()}"),
                    (("Uburyo bw'imicungire y'umutungo", "Property regime", "Régime matrimonial"),
                     rng.choice(["Ivangamutungo rusange / Community of property / Communauté universelle",
                                 "Ivangura mutungo / Separation of property / Séparation de biens"])),
                    (("Abatangabuhamya", "Witnesses", "Témoins"),
                     f"{rng.choice(['HABIMANA Eric', 'UWASE Alice'])}, {rng.choice(['MUGISHA Claude', 'MUKAMANA Aline'])}")]
        y = 60
        for caps, v in rows:
            h = 14
            sh.rect(20, y, 62, h, width_mm=0.3, fill=(240, 244, 248))
            sh.rect(82, y, 108, h, width_mm=0.3)
            sh.text(22, y + 1.2, caps[0], font=f, size_pt=8.3, bold=True)
            sh.text(22, y + 5, caps[1], font=f, size_pt=7.6)
            sh.text(22, y + 8.6, caps[2], font=f, size_pt=7.6, italic=True, color=GREY)
            if text_width_mm(v, "typewriter2", 10) < 104:
                sh.text(84, y + 4.5, v, font="typewriter2", size_pt=10)
            else:   # a long value runs on to a second line in the cell
                rows, cur = [], ""
                for wd in v.split():
                    t = (cur + " " + wd).strip()
                    if cur and text_width_mm(t, "typewriter2", 8.6) > 103:
                        rows.append(cur)
                        cur = wd
                    else:
                        cur = t
                rows.append(cur)
                for k, ln in enumerate(rows[:3]):
                    sh.text(84, y + 1.2 + k * 4.1, ln, font="typewriter2", size_pt=8.6)
            y += h
        sh.paragraph(20, y + 6, 170, "Bihuye n'inyandiko y'umwimerere · Certified true copy of the register · Pour "
                     "copie certifiée conforme au registre", font=f, size_pt=8.5, italic=True)
        sh.text(115, y + 18, f"Bikorewe i {sector.title()}, kuwa {issued.strftime('%d/%m/%Y')}", font=f, size_pt=9.5)
        sh.text(115, y + 23, "Umwanditsi w'irangamimerere / Civil Registrar", font=f, size_pt=8)
        sh.signature(120, y + 28, 40, 13, rng, color=(20, 30, 100))
        sh.stamp(70, y + 20, [f"UMURENGE WA {sector}"[:22], "IRANGAMIMERERE", f"AKARERE {district}"[:20]], rng,
                 shape="round", size_mm=30, color=(30, 70, 160))
        sh.stamp(22, 258, ["MINAFFET", "AUTHENTICATED", issued.strftime("%d.%m.%Y")], rng, shape="rect", size_mm=30,
                 color=(110, 40, 120), angle=rng.uniform(-4, 4))
        return [sh]

    return make


# --------------------------------------------------------------------------- civil status: Kenya (guilloche)

def _guill(w, h, rng, base=(238, 228, 236), ink=(215, 190, 210)) -> Image.Image:
    import math
    W, H = int(w * 4), int(h * 4)
    img = Image.new("RGB", (W, H), base)
    d = ImageDraw.Draw(img)
    a, b = rng.uniform(2, 4), rng.uniform(5, 9)
    for k in range(0, H, 14):
        pts = [(x, k + 6 * math.sin(x / W * math.pi * a) + 4 * math.sin(x / W * math.pi * b)) for x in range(0, W, 6)]
        d.line(pts, fill=ink, width=1)
    return img


def _ken(kind: str):
    def make(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, spouse=None,
             marriage_date=None, **opts):
        """Kenya's Civil Registration certificate on a tinted guilloche: the coat of arms drawn as a shield, the
        serial number printed in red at the top right, the entry in labelled lines, the registrar's seal."""
        issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(40, 800)))
        sh = Sheet()
        sh.image(10, 10, 190, 277, _guill(190, 277, rng))
        sh.rect(10, 10, 190, 277, width_mm=0.8, color=(120, 60, 110))
        f = "serif2"
        sh.rect(99, 16, 12, 14, width_mm=0.5, color=(60, 60, 60))
        sh.text(105, 20, "KE", font=f, size_pt=8, bold=True, anchor="center")
        sh.text(190, 16, f"No. {rng.choice('ABC')}{_digits(rng, 7)}", font="sans4", size_pt=11, bold=True,
                anchor="right", color=(190, 20, 20))
        sh.text(105, 35, "REPUBLIC OF KENYA", font=f, size_pt=14, bold=True, anchor="center")
        ev = act_date or (person.birth_date + datetime.timedelta(days=rng.randint(4, 60)) if kind == "birth"
                          else (marriage_date or TODAY - datetime.timedelta(days=rng.randint(1500, 6000))))
        if kind == "birth":
            sh.text(105, 44, "CERTIFICATE OF BIRTH", font=f, size_pt=16, bold=True, anchor="center")
            sh.text(105, 52, "Births and Deaths Registration Act (Cap. 149)", font=f, size_pt=9, anchor="center",
                    color=GREY)
            rows = [("Entry No.", f"{rng.randint(100, 9999)}"), ("Where born", f"{person.birth_place}, Kenya"),
                    ("Name", f"{person.given_names} {person.surname.upper()}"),
                    ("Sex", "Male" if person.sex == "M" else "Female"),
                    ("Date of birth", format_date(person.birth_date, "long", "en")),
                    ("Name and surname of father", father or person.father or "—"),
                    ("Name and surname of mother", mother or person.mother or "—"),
                    ("Informant", rng.choice(["Mother", "Father", "Hospital"])),
                    ("Date of registration", format_date(ev, "long", "en"))]
        else:
            sh.text(105, 44, "CERTIFICATE OF MARRIAGE", font=f, size_pt=16, bold=True, anchor="center")
            sh.text(105, 52, "The Marriage Act, 2014 – Civil marriage", font=f, size_pt=9, anchor="center",
                    color=GREY)
            h, w = (person, spouse) if person.sex == "M" else (spouse, person)
            wd = marriage_date or ev
            rows = [("Date of marriage", format_date(wd, "long", "en")),
                    ("Place", rng.choice(["Registrar's Office, Sheria House, Nairobi", "Registrar's Office, Kisumu",
                                          "Registrar's Office, Mombasa"])),
                    ("Name of husband", f"{h.given_names} {h.surname.upper()}"),
                    ("Age / date of birth", h.birth_date.strftime("%d/%m/%Y")),
                    ("Name of wife", f"{w.given_names} {w.surname.upper()}"),
                    ("Age / date of birth", w.birth_date.strftime("%d/%m/%Y")),
                    ("Condition", "Bachelor / Spinster"),
                    ("Witnesses", f"{rng.choice(['John MWANGI', 'Peter OCHIENG'])}, "
                                  f"{rng.choice(['Grace NJERI', 'Lucy AKINYI'])}")]
        y = 66
        for a, v in rows:
            sh.text(24, y, a, font=f, size_pt=10)
            sh.rule(88, y + 5, 186, y + 5, width_mm=0.15, dash=0.6, color=(90, 90, 90))
            sh.text(90, y - 0.2, v[:50], font="typewriter", size_pt=10.5)
            y += 10
        sh.paragraph(24, y + 6, 162, f"I certify that the foregoing is a true copy of the entry in the register. "
                     f"Given under the seal of the Registrar {'of Births and Deaths' if kind == 'birth' else 'of Marriages'}"
                     f" on {format_date(issued, 'long', 'en')}.", font=f, size_pt=10, leading=1.4)
        sh.text(120, y + 26, "Registrar", font=f, size_pt=10)
        sh.signature(118, y + 30, 42, 12, rng, color=(25, 25, 80))
        sh.stamp(40, y + 24, ["REGISTRAR", "REPUBLIC OF KENYA", "NAIROBI"], rng, shape="round", size_mm=28,
                 color=(90, 40, 110))
        sh.text(24, 276, "Authenticated – Ministry of Foreign and Diaspora Affairs, Nairobi", font=f, size_pt=8,
                color=GREY)
        return [sh]

    return make


def birth_eth(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Addis Ababa's civil-registration agency's birth certificate in English: a green title bar, the data in two
    columns of labelled boxes, the certificate's QR block at the lower left, the officer's signature and stamp."""
    issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(40, 700)))
    ev = act_date or (person.birth_date + datetime.timedelta(days=rng.randint(5, 400)))
    sh = Sheet()
    f = "sans3"
    sh.text(105, 12, "FEDERAL DEMOCRATIC REPUBLIC OF ETHIOPIA", font=f, size_pt=10.5, bold=True, anchor="center")
    sh.text(105, 18, "Addis Ababa City Administration · Civil Registration and Residency Service Agency", font=f,
            size_pt=8, anchor="center", color=GREY)
    sh.rect(20, 25, 170, 10, width_mm=0, fill=(20, 110, 60))
    sh.text(105, 27, "BIRTH CERTIFICATE", font=f, size_pt=13, bold=True, anchor="center", color=(255, 255, 255))
    sh.text(190, 39, f"Registration No. AA/{rng.randint(10, 99)}/{_digits(rng, 6)}", font=f, size_pt=8.5,
            anchor="right")
    fields = [("First name", person.given_names), ("Father's name", (father or person.father or "—").split()[0]),
              ("Grandfather's / family name", person.surname), ("Sex", "Male" if person.sex == "M" else "Female"),
              ("Date of birth", person.birth_date.strftime("%d/%m/%Y") + " (G.C.)"),
              ("Place of birth", person.birth_place), ("Nationality", "Ethiopian"),
              ("Mother's full name", mother or person.mother or "—"),
              ("Date of registration", ev.strftime("%d/%m/%Y")), ("Date of issue", issued.strftime("%d/%m/%Y"))]
    y = 46
    for i, (a, v) in enumerate(fields):
        x = 20 if i % 2 == 0 else 106
        sh.rect(x, y, 84, 14, width_mm=0.3)
        sh.text(x + 2, y + 1.5, a, font=f, size_pt=7.5, color=GREY)
        sh.text(x + 2, y + 6.5, v[:40], font=f, size_pt=10.5, bold=True)
        if i % 2 == 1:
            y += 14
    qr = Image.new("L", (25, 25), 255)
    d = ImageDraw.Draw(qr)
    for yy in range(25):
        for xx in range(25):
            if rng.random() < 0.45:
                d.point((xx, yy), 0)
    for (cx, cy) in ((0, 0), (18, 0), (0, 18)):
        d.rectangle([cx, cy, cx + 6, cy + 6], outline=0, fill=255)
        d.rectangle([cx + 2, cy + 2, cx + 4, cy + 4], fill=0)
    sh.image(22, y + 10, 26, 26, qr.resize((250, 250), Image.NEAREST).convert("RGB"))
    sh.text(110, y + 12, "Civil Status Registration Officer", font=f, size_pt=9)
    sh.signature(112, y + 17, 40, 12, rng, color=(20, 20, 90))
    sh.stamp(150, y + 10, ["ADDIS ABABA", "CIVIL REGISTRATION", "AGENCY"], rng, shape="round", size_mm=28,
             color=(30, 60, 150))
    sh.stamp(24, 252, ["MINISTRY OF FOREIGN AFFAIRS", "AUTHENTICATION", issued.strftime("%d/%m/%Y")], rng,
             shape="rect", size_mm=36, color=(120, 40, 40), angle=rng.uniform(-5, 5))
    return [sh]


_register("birth-rwa-drietalig-kader-rooster-getypt-23", "birth-certificate", PART, "rw/en/fr", _rwa("birth"),
          country="RWA", notes="Rwandan birth act with trilingual captions, values typed in a framed grid")
_register("marriage-rwa-drietalig-kader-rooster-getypt-23", "marriage-certificate", PART, "rw/en/fr",
          _rwa("marriage"), country="RWA", notes="Rwandan marriage act in the same trilingual grid")
_register("birth-ken-guilloche-rood-serienummer-23", "birth-certificate", PART, "en", _ken("birth"), country="KEN",
          notes="Kenyan birth certificate on a tinted guilloche, serial number in red")
_register("marriage-ken-guilloche-rood-serienummer-23", "marriage-certificate", PART, "en", _ken("marriage"),
          country="KEN", notes="Kenyan marriage certificate in the same layout")
_register("birth-eth-addis-groene-titelbalk-vakken-qr-23", "birth-certificate", PART, "en", birth_eth,
          country="ETH", notes="Addis Ababa civil-registration birth certificate, green title bar, boxes, QR block")


# --------------------------------------------------------------------------- Turkish extract from e-Devlet

def birth_tur_edevlet(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """A 'Nüfus Kayıt Örneği' printed from e-Devlet: the barcode and verification code at the top right, the
    person's row in a wide table, the footer about checking the document online; an apostille stamped below."""
    issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(20, 200)))
    sh = Sheet()
    f = "sans"
    sh.text(20, 12, "T.C. İÇİŞLERİ BAKANLIĞI", font=f, size_pt=9.5, bold=True)
    sh.text(20, 17, "Nüfus ve Vatandaşlık İşleri Genel Müdürlüğü", font=f, size_pt=8.5)
    x = 140
    for _ in range(34):
        w = rng.choice([0.3, 0.5, 0.9])
        sh.rect(x, 10, w, 9, width_mm=0, fill=(0, 0, 0))
        x += w + rng.choice([0.3, 0.6])
    code = f"NVİ-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
    sh.text(140, 21, code, font="mono", size_pt=7.5)
    sh.text(105, 32, "VUKUATLI NÜFUS KAYIT ÖRNEĞİ", font=f, size_pt=13, bold=True, anchor="center")
    heads = ("S.No", "Yakınlık", "Cinsiyet", "T.C. Kimlik No", "Adı", "Soyadı", "Baba Adı", "Ana Adı",
             "Doğum Yeri ve Tarihi", "Medeni Hali")
    fa = (father or person.father or "-").split()[0].upper()
    mo = (mother or person.mother or "-").split()[0].upper()
    vals = ("1", "Kendisi", "E" if person.sex == "M" else "K", _digits(rng, 11), person.given_names.upper(),
            person.surname.upper(), fa, mo, f"{person.birth_place.upper()} {person.birth_date.strftime('%d.%m.%Y')}",
            rng.choice(["Bekar", "Evli"]))
    widths = (9, 17, 13, 22, 20, 20, 15, 15, 27, 12)
    xx = 20
    for h_, v, w in zip(heads, vals, widths):
        sh.rect(xx, 42, w, 10, width_mm=0.2, fill=(235, 235, 235))
        sh.rect(xx, 52, w, 14, width_mm=0.2)
        sh.paragraph(xx + 0.6, 43, w - 1, h_, font=f, size_pt=5.8, bold=True)
        sh.paragraph(xx + 0.6, 53.5, w - 1, v, font=f, size_pt=6.3)
        xx += w
    sh.text(20, 74, f"İl: {rng.choice(['İSTANBUL', 'ANKARA', 'KAYSERİ', 'KONYA'])}   İlçe: MERKEZ   "
                    f"Cilt No: {rng.randint(1, 300)}   Hane No: {rng.randint(1, 900)}", font=f, size_pt=8)
    sh.paragraph(20, 86, 170, "Bu belge 5070 sayılı Elektronik İmza Kanunu çerçevesinde güvenli elektronik imza ile "
                 "imzalanmıştır. Belgenin doğruluğunu https://www.turkiye.gov.tr/belge-dogrulama adresinden barkod "
                 "numarası ile kontrol edebilirsiniz.", font=f, size_pt=7.5, leading=1.35, color=GREY)
    sh.text(20, 100, f"Belge tarihi: {issued.strftime('%d.%m.%Y')} {rng.randint(8, 22):02d}:{rng.randint(0, 59):02d}",
            font=f, size_pt=8)
    ap = Sheet(90, 90)
    ap.rect(1, 1, 88, 88, width_mm=0.6, color=(40, 40, 120))
    ap.text(45, 4, "APOSTILLE", font="serif", size_pt=11, bold=True, anchor="center", color=(40, 40, 120))
    ap.text(45, 9, "(Convention de La Haye du 5 octobre 1961)", font="serif", size_pt=5.5, anchor="center",
            color=(40, 40, 120))
    for i, t in enumerate(("1. Ülke: TÜRKİYE", "2. İmzalayan: NVİ Genel Müdürlüğü", "3. Sıfatı: e-İmza",
                           f"5. Yer: {rng.choice(['Kadıköy', 'Çankaya', 'Kocasinan'])} Kaymakamlığı",
                           f"6. Tarih: {(issued + datetime.timedelta(days=2)).strftime('%d.%m.%Y')}",
                           f"8. No: {rng.randint(1000, 99999)}")):
        ap.text(5, 15 + i * 7, t, font="serif", size_pt=7, color=(40, 40, 120))
    ap.signature(45, 62, 34, 12, rng, color=(30, 30, 100))
    place(sh, ap, 100, 120, turn=rng.uniform(-3, 3), dpi=200)
    return [sh]


_register("birth-tur-edevlet-barkod-verificatiecode-apostille-23", "birth-certificate", PART, "tr", birth_tur_edevlet,
          country="TUR", notes="Turkish population extract printed from e-Devlet with barcode and verification "
                               "code, an apostille stamped below")


# --------------------------------------------------------------------------- nationality

def nationality_rwa(person, rng, *, issue_date=None, **opts):
    """The Rwandan immigration directorate's attestation of nationality: the header at the left, the attestation in
    French and English side by side in two columns, the director's signature and stamp."""
    issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(40, 700)))
    sh = Sheet()
    f = "serif3"
    for i, t in enumerate(("REPUBLIC OF RWANDA", "DIRECTORATE GENERAL OF IMMIGRATION AND EMIGRATION",
                           "P.O. Box 6229 Kigali")):
        sh.text(20, 14 + i * 5, t, font=f, size_pt=10 if i == 0 else 8.5, bold=(i < 2))
    sh.text(190, 14, f"Ref. DGIE/NAT/{rng.randint(1000, 9999)}/{issued.year}", font=f, size_pt=8.5, anchor="right")
    sh.text(105, 40, "ATTESTATION DE NATIONALITÉ · NATIONALITY CERTIFICATE", font=f, size_pt=12, bold=True,
            anchor="center")
    g = person.sex == "F"
    fr = (f"Le Directeur Général de l'Immigration et de l'Émigration atteste que {person.surname.upper()} "
          f"{person.given_names}, né{'e' if g else ''} le {format_date(person.birth_date, 'long', 'fr')} à "
          f"{person.birth_place}, {'fille' if g else 'fils'} de {person.father or '—'} et de {person.mother or '—'}, "
          f"est de nationalité rwandaise d'origine.")
    en = (f"The Director General of Immigration and Emigration certifies that {person.given_names} "
          f"{person.surname.upper()}, born on {format_date(person.birth_date, 'long', 'en')} in {person.birth_place}, "
          f"{'daughter' if g else 'son'} of {person.father or '—'} and {person.mother or '—'}, is a Rwandan national "
          f"by origin.")
    y1 = sh.paragraph(20, 54, 80, fr, font=f, size_pt=10, leading=1.5)
    y2 = sh.paragraph(110, 54, 80, en, font=f, size_pt=10, leading=1.5, italic=True)
    sh.rule(105, 52, 105, max(y1, y2), width_mm=0.2, color=GREY)
    y = max(y1, y2) + 12
    sh.text(110, y, f"Kigali, {issued.strftime('%d/%m/%Y')}", font=f, size_pt=10)
    sh.text(110, y + 6, "Le Directeur Général / Director General", font=f, size_pt=9)
    sh.signature(112, y + 11, 42, 13, rng, color=(20, 30, 100))
    sh.stamp(150, y + 4, ["DGIE", "REPUBLIC OF RWANDA", "KIGALI"], rng, shape="round", size_mm=28,
             color=(20, 80, 150))
    return [sh]


def nationality_ken(person, rng, *, issue_date=None, **opts):
    """Kenya's Department of Immigration's letter confirming citizenship by birth, on letterhead with the
    reference block at the right, signed 'for: Director General'."""
    issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(40, 700)))
    sh = Sheet()
    f = "sans2"
    sh.text(105, 12, "REPUBLIC OF KENYA", font=f, size_pt=12, bold=True, anchor="center")
    sh.text(105, 18, "MINISTRY OF INTERIOR AND NATIONAL ADMINISTRATION", font=f, size_pt=8.5, anchor="center")
    sh.text(105, 22.5, "State Department for Immigration and Citizen Services · Nyayo House, Nairobi", font=f,
            size_pt=8, anchor="center", color=GREY)
    sh.rule(20, 27, 190, 27, width_mm=0.4)
    sh.text(130, 33, f"Ref: DIS/CIT/{rng.randint(10000, 99999)}", font=f, size_pt=9)
    sh.text(130, 38, f"Date: {format_date(issued, 'long', 'en')}", font=f, size_pt=9)
    sh.text(20, 52, "TO WHOM IT MAY CONCERN", font=f, size_pt=11, bold=True)
    sh.text(20, 60, f"RE: CONFIRMATION OF KENYAN CITIZENSHIP – {person.given_names.upper()} {person.surname.upper()}",
            font=f, size_pt=10, bold=True)
    y = sh.paragraph(20, 70, 170, f"This is to confirm that {person.given_names} {person.surname}, born on "
                     f"{format_date(person.birth_date, 'long', 'en')} at {person.birth_place}, to "
                     f"{person.father or '—'} and {person.mother or '—'}, is a citizen of Kenya by birth under "
                     f"Article 14(1) of the Constitution of Kenya, as shown by the records held by this Department.",
                     font=f, size_pt=10.5, leading=1.5)
    y = sh.paragraph(20, y + 4, 170, "This letter is issued at the request of the above-named person.", font=f,
                     size_pt=10.5)
    sh.signature(20, y + 8, 42, 13, rng, color=(20, 20, 90))
    sh.text(20, y + 24, "for: DIRECTOR GENERAL, IMMIGRATION SERVICES", font=f, size_pt=9.5, bold=True)
    sh.stamp(110, y + 6, ["DEPARTMENT OF IMMIGRATION", "NYAYO HOUSE", "NAIROBI"], rng, shape="round", size_mm=30,
             color=(30, 50, 140))
    return [sh]


_register("nationality-rwa-dgie-tweekoloms-frans-engels-23", "nationality-certificate", PART, "fr/en",
          nationality_rwa, country="RWA", notes="Rwandan immigration directorate's nationality attestation, French "
                                                "and English in two columns")
_register("nationality-ken-immigration-brief-to-whom-23", "nationality-certificate", PART, "en", nationality_ken,
          country="KEN", notes="Kenyan immigration department's letter confirming citizenship by birth")


# --------------------------------------------------------------------------- identity attestations of embassies

def _idcert(country: str):
    def make(person, rng, *, issue_date=None, declarative=False, **opts):
        """The embassy's attestation of identity: the photo glued at the left under a dry-seal ring, the text as a
        running paragraph at the right of it, the consul's signature over the embassy's stamp at the foot."""
        issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(15, 220)))
        sh = Sheet()
        if country == "RWA":
            head = ("AMBASSADE DE LA RÉPUBLIQUE DU RWANDA", "Bruxelles · Rue des Fabriques 1, 1000 Bruxelles")
            title, f, lang = "ATTESTATION D'IDENTITÉ", "serif6", "fr"
        else:
            head = ("EMBASSY OF THE REPUBLIC OF KENYA", "Brussels · Avenue Winston Churchill 208, 1180 Uccle")
            title, f, lang = "ATTESTATION OF IDENTITY", "serif2", "en"
        sh.text(105, 14, head[0], font=f, size_pt=12, bold=True, anchor="center")
        sh.text(105, 20, head[1], font=f, size_pt=8.5, anchor="center", color=GREY)
        sh.rule(40, 24, 170, 24, width_mm=0.3)
        sh.text(105, 34, title, font=f, size_pt=14, bold=True, anchor="center")
        sh.text(105, 41, f"N° {rng.randint(10, 999)}/{country}/CONS/{issued.year}", font=f, size_pt=9,
                anchor="center")
        sh.photo(22, 52, 30, 38, rng)
        ring = Image.new("RGBA", (300, 300), (0, 0, 0, 0))
        d = ImageDraw.Draw(ring)
        d.ellipse([10, 10, 290, 290], outline=(255, 255, 255, 160), width=12)
        d.ellipse([40, 40, 260, 260], outline=(110, 110, 110, 80), width=4)
        sh.image(36, 74, 26, 26, ring.filter(ImageFilter.GaussianBlur(1.0)))
        nat = "rwandaise" if lang == "fr" else "Kenyan"
        if lang == "fr":
            txt = (f"L'Ambassade de la République du Rwanda à Bruxelles atteste que la personne dont la photo figure "
                   f"ci-contre est {person.surname.upper()} {person.given_names}, né(e) le "
                   f"{format_date(person.birth_date, 'long', 'fr')} à {person.birth_place}, de nationalité {nat}, "
                   f"{'fille' if person.sex == 'F' else 'fils'} de {person.father or '—'} et de "
                   f"{person.mother or '—'}.")
            basis = ("Cette attestation est délivrée sur la seule base des déclarations de l'intéressé(e), aucun "
                     "document n'ayant été présenté." if declarative else
                     "Cette attestation est délivrée au vu de la carte d'identité nationale et de l'acte de naissance "
                     "de l'intéressé(e), dont les données ont été vérifiées auprès de NIDA.")
            place_d = f"Fait à Bruxelles, le {format_date(issued, 'long', 'fr')}"
            who = "Le Premier Conseiller, chargé des affaires consulaires"
        else:
            txt = (f"The Embassy of the Republic of Kenya in Brussels attests that the person whose photograph appears "
                   f"opposite is {person.given_names} {person.surname.upper()}, born on "
                   f"{format_date(person.birth_date, 'long', 'en')} at {person.birth_place}, a {nat} citizen, child of "
                   f"{person.father or '—'} and {person.mother or '—'}.")
            basis = ("This attestation is issued solely on the applicant's own declaration; no document was produced."
                     if declarative else
                     "This attestation is issued on the basis of the holder's national identity card and birth "
                     "certificate, verified against the records of the Registrar of Persons.")
            place_d = f"Brussels, {format_date(issued, 'long', 'en')}"
            who = "Counsellor, Consular Affairs"
        y = sh.paragraph(60, 52, 130, txt, font=f, size_pt=10.5, leading=1.5, align="justify")
        y = sh.paragraph(60, max(y + 4, 96), 130, basis, font=f, size_pt=10.5, leading=1.5)
        sh.text(60, y + 10, place_d, font=f, size_pt=10.5)
        sh.text(60, y + 16, who, font=f, size_pt=9.5, color=GREY)
        sh.stamp(100, y + 18, ["AMBASSADE DU RWANDA" if lang == "fr" else "KENYA EMBASSY", "BRUXELLES" if lang ==
                               "fr" else "BRUSSELS", "SECTION CONSULAIRE" if lang == "fr" else "CONSULAR"], rng,
                 shape="round", size_mm=28, color=(40, 60, 150))
        sh.signature(110, y + 22, 42, 13, rng, color=(20, 20, 80))
        return [sh]

    return make


for _c, _lg in (("RWA", "fr"), ("KEN", "en")):
    _register(f"idcert-{_c.lower()}-ambassade-foto-links-droogstempel-lopende-tekst-23", "identity-certificate",
              PART, _lg, _idcert(_c), country=_c, photo=True,
              notes=f"{_c} embassy's identity attestation, photo glued at the left under a dry seal, running text")


# --------------------------------------------------------------------------- sworn translations

_SRC = {"tr": ("turc", "Turks"), "ar": ("arabe", "Arabisch"), "am": ("amharique", "Amhaars"),
        "rw": ("kinyarwanda", "Kinyarwanda")}


def translation_liege(person, rng, *, issue_date=None, of_type="birth-certificate", source_lang="tr",
                      target_lang="fr", **opts):
    """A Liège sworn translator's French translation: the document rendered as running lines in the original's
    order, the translator's certification and stamp in a box at the foot of the page."""
    issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(10, 90)))
    src = _SRC.get(str(source_lang).split("/")[0], ("turc", "Turks"))
    sh = Sheet()
    f = "serif7"
    sh.text(20, 14, "Traduction jurée du " + src[0], font=f, size_pt=9, italic=True, color=GREY)
    sh.text(105, 26, "EXTRAIT DU REGISTRE DE LA POPULATION (avec mentions)", font=f, size_pt=12, bold=True,
            anchor="center")
    sh.text(105, 32, "[République de Turquie – Ministère de l'Intérieur – Direction générale de la population]",
            font=f, size_pt=8.5, anchor="center", color=GREY)
    lines = [f"Nom : {person.surname.upper()}", f"Prénom : {person.given_names}",
             f"Sexe : {'masculin' if person.sex == 'M' else 'féminin'}",
             f"Nom du père : {(person.father or '—').split()[0]}", f"Nom de la mère : {(person.mother or '—').split()[0]}",
             f"Lieu et date de naissance : {person.birth_place}, {person.birth_date.strftime('%d.%m.%Y')}",
             "Lien : l'intéressé(e)", "[code-barres et code de vérification]", "[apostille]"]
    y = 44
    for ln in lines:
        sh.text(24, y, ln, font=f, size_pt=10.5)
        y += 6.5
    sh.rect(20, 220, 170, 52, width_mm=0.5)
    sh.paragraph(24, 224, 120, f"Je soussigné(e), traducteur juré près le tribunal de première instance de Liège, "
                 f"certifie que la présente traduction du {src[0]} en français est conforme à l'original qui m'a été "
                 f"présenté. Liège, le {format_date(issued, 'long', 'fr')}.", font=f, size_pt=9.5, leading=1.4)
    sh.signature(30, 252, 40, 13, rng, color=(20, 20, 90))
    sh.stamp(148, 226, ["TRADUCTEUR JURÉ", "LIÈGE", src[0].upper()[:10]], rng, shape="round", size_mm=30,
             color=(120, 40, 40))
    return [sh]


def translation_denhaag(person, rng, *, issue_date=None, of_type="birth-certificate", source_lang="tr",
                        target_lang="nl", **opts):
    """A sworn translator's Dutch translation from The Hague: the header line with the Wbtv number, the translated
    text in one column, the verklaring in italics, signature and round stamp."""
    issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(10, 90)))
    src = _SRC.get(str(source_lang).split("/")[0], ("turc", "Turks"))
    sh = Sheet()
    f = "sans6"
    sh.text(20, 12, f"Vertaalpraktijk Hofstad · Laan van Meerdervoort 120, 2517 AS Den Haag · Wbtv-nr. "
                    f"{rng.randint(10000, 99999)}", font=f, size_pt=7.5, color=GREY)
    sh.rule(20, 16, 190, 16, width_mm=0.3)
    sh.text(20, 24, f"Vertaling uit het {src[1]}", font=f, size_pt=12, bold=True)
    sh.text(20, 31, "Uittreksel uit het bevolkingsregister (met vermeldingen)", font=f, size_pt=10.5)
    body = (f"Republiek Turkije – Ministerie van Binnenlandse Zaken. Volgnummer 1. Verwantschap: betrokkene. "
            f"Geslacht: {'man' if person.sex == 'M' else 'vrouw'}. Voornaam: {person.given_names}. Achternaam: "
            f"{person.surname.upper()}. Naam vader: {(person.father or '—').split()[0]}. Naam moeder: "
            f"{(person.mother or '—').split()[0]}. Geboorteplaats en -datum: {person.birth_place}, "
            f"{person.birth_date.strftime('%d-%m-%Y')}. [Streepjescode en verificatiecode.] [Apostille.]")
    y = sh.paragraph(20, 42, 170, body, font=f, size_pt=10.5, leading=1.6)
    y = sh.paragraph(20, y + 10, 170, f"Ondergetekende, beëdigd vertaler, verklaart dat dit een getrouwe en volledige "
                     f"vertaling is van het hem/haar in het {src[1]} voorgelegde document. Den Haag, "
                     f"{issued.strftime('%d-%m-%Y')}.", font=f, size_pt=9.5, leading=1.4, italic=True)
    sh.signature(22, y + 5, 40, 13, rng, color=(20, 20, 90))
    sh.stamp(110, y, ["BEËDIGD VERTALER", "DEN HAAG", src[1].upper()[:10]], rng, shape="round", size_mm=28,
             color=(20, 80, 120))
    return [sh]


# the Belgian one first: 9ter takes the part's first translation family, the IND the Dutch (NLD) one
_register("translation-be-luik-traduction-juree-kader-onderaan-23", "translation", PART, "fr", translation_liege,
          country="BEL", notes="Liège sworn translator's French translation, certification boxed at the foot")
_register("translation-nl-denhaag-kopregel-wbtv-een-kolom-23", "translation", PART, "nl", translation_denhaag,
          country="NLD", notes="The Hague sworn translator's Dutch translation, Wbtv in the header line, one column")
