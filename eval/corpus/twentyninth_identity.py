"""Identity and civil-status families of the `twentyninth` part (registered in identity.FAMILIES).

Written after dev, heldout and the parts fresh to twentyeighth had been read, by a writer who saw neither the
validator nor its output, from the seeds and from how such papers look in Belgian and Dutch files.  The families
themselves are described only in their docstrings (the part is read blind).

The drawing helpers of twentyeighth_identity (glyphs, fitting, wrapping, pasting, emblems, codes, the phone photo)
are reused; this part's own copy habits (punched holes, a colour copier out of magenta, a staple and its shadow,
a page laid crooked on the glass, carbon-blue duplicates) follow below.
"""
from __future__ import annotations

import datetime
import random

from PIL import Image, ImageDraw, ImageFilter, ImageOps

from . import mrz as M
from .identity import TODAY, _dates, _digits, _mrz_data, _register
from .paper import Sheet
from .people import strip_accents
from .twentyeighth_identity import barcode, camera_photo, crest, fit, glyphs, paste, qr, sheet_of

PART = "twentyninth"
GREY = (105, 105, 105)
INK = (20, 38, 135)
STB = (35, 60, 160)
STR = (175, 30, 40)
STV = (100, 45, 135)
STG = (30, 110, 70)
OCR = 2.54 / 0.602 / (25.4 / 72)
_MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
         "novembre", "décembre"]
_AYLAR = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım",
          "Aralık"]
_MAAND = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december"]


def fr_long(d: datetime.date) -> str:
    return f"{'1er' if d.day == 1 else d.day} {_MOIS[d.month - 1]} {d.year}"


def nl_long(d: datetime.date) -> str:
    return f"{d.day} {_MAAND[d.month - 1]} {d.year}"


# --------------------------------------------------------------------------- this part's copy habits

def punch_holes(sh: Sheet, *, x: float = 7.0, side: str = "left") -> None:
    """The two holes of a ring binder, copied as dark discs in the margin (the page came out of a file)."""
    W, H = sh.width_mm, sh.height_mm
    for y in (H / 2 - 40, H / 2 + 40):
        xx = x if side == "left" else W - x - 6
        img = Image.new("RGBA", (120, 120), (0, 0, 0, 0))
        d = ImageDraw.Draw(img)
        d.ellipse([8, 8, 112, 112], fill=(52, 52, 56, 255))
        d.ellipse([14, 12, 100, 98], fill=(78, 78, 82, 255))
        sh.image(xx, y, 6, 6, img)


def staple(sh: Sheet, x: float, y: float, rng: random.Random) -> None:
    """A staple across a corner and the small shadow it throws on the copy."""
    img = Image.new("RGBA", (240, 60), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.line([(10, 34), (230, 26)], fill=(120, 120, 125, 160), width=14)
    d.line([(10, 28), (230, 20)], fill=(60, 60, 64, 255), width=7)
    img = img.rotate(rng.uniform(25, 50), expand=True, resample=Image.BICUBIC)
    sh.image(x, y, 14, 14 * img.height / img.width, img)


def no_magenta(img: Image.Image, k: float = 0.7) -> Image.Image:
    """A colour copier whose magenta toner ran out: reds turn yellow, blues turn cyan, black stays black."""
    img = img.convert("RGB")
    r, g, b = img.split()
    g2 = g.point(lambda v: int(v + (255 - v) * k))
    out = Image.merge("RGB", (r, g2, b))
    dark = img.convert("L").point(lambda v: 255 if v < 70 else 0).filter(ImageFilter.MaxFilter(3))
    return Image.composite(img, out, dark)


def carbon_blue(img: Image.Image) -> Image.Image:
    """A carbon duplicate: everything in one violet-blue, the paper thin and grey."""
    g = ImageOps.autocontrast(img.convert("L"), cutoff=1)
    return ImageOps.colorize(g, black=(38, 36, 120), white=(236, 236, 240)).filter(ImageFilter.GaussianBlur(0.5))


def crooked(sub: Sheet, rng: random.Random, *, angle: float | None = None, dpi: int = 200) -> Sheet:
    """A4 copy of a smaller sheet laid crooked on the glass (the lid's grey edge shows where it ends)."""
    a = angle if angle is not None else rng.choice([-1, 1]) * rng.uniform(2.5, 5.5)
    sh = Sheet()
    img = sub.render(dpi).rotate(a, expand=True, resample=Image.BICUBIC, fillcolor=(255, 255, 255))
    w = img.width / dpi * 25.4
    h = img.height / dpi * 25.4
    x = (210 - w) / 2 + rng.uniform(-6, 6)
    sh.image(x, rng.uniform(14, 24), w, h, img)
    return sh


# --------------------------------------------------------------------------- passports

_PP = {
    "SEN": dict(state=["RÉPUBLIQUE DU SÉNÉGAL", "REPUBLIC OF SENEGAL"], motto="Un Peuple – Un But – Une Foi",
                block="CEDEAO · ECOWAS", col=(10, 100, 60), tint=(232, 242, 230), nat="SÉNÉGALAISE / SENEGALESE",
                caps=["Type", "Code du pays / Country code", "N° du passeport / Passport No.", "Nom / Surname",
                      "Prénoms / Given names", "Nationalité / Nationality", "Date de naissance / Date of birth",
                      "Sexe / Sex", "Lieu de naissance / Place of birth", "Date de délivrance / Date of issue",
                      "Date d'expiration / Date of expiry", "Autorité / Authority"],
                auth="DAF DAKAR", pre="A", years=5, df=lambda d: f"{d.day:02d} {_MOIS[d.month - 1][:4].rstrip('.').upper()} {d.year}"),
    "MLI": dict(state=["RÉPUBLIQUE DU MALI", "REPUBLIC OF MALI"], motto="Un Peuple – Un But – Une Foi",
                block="CEDEAO · ECOWAS", col=(150, 110, 10), tint=(246, 240, 222), nat="MALIENNE / MALIAN",
                caps=["Type / Type", "Code / Code", "Numéro / Number", "Nom / Surname", "Prénoms / Given names",
                      "Nationalité / Nationality", "Né(e) le / Date of birth", "Sexe / Sex", "À / Place of birth",
                      "Délivré le / Issued on", "Expire le / Expires on", "Délivré par / Issued by"],
                auth="DGPN BAMAKO", pre="B", years=5, df=lambda d: f"{d.day:02d}/{d.month:02d}/{d.year}"),
    "TUR": dict(state=["TÜRKİYE CUMHURİYETİ", "REPUBLIC OF TÜRKİYE"], motto="PASAPORT · PASSPORT",
                block="", col=(130, 20, 40), tint=(243, 234, 236), nat="T.C. / TUR",
                caps=["Tipi / Type", "Ülke Kodu / Country Code", "Pasaport No / Passport No", "Soyadı / Surname",
                      "Adı / Given Names", "Uyruğu / Nationality", "Doğum Tarihi / Date of Birth",
                      "Cinsiyeti / Sex", "Doğum Yeri / Place of Birth", "Veriliş Tarihi / Date of Issue",
                      "Geçerlilik Tarihi / Date of Expiry", "Makam / Authority"],
                auth="NÜFUS VE VAT. İŞL. GN. MD.", pre="U", years=10,
                df=lambda d: f"{d.day:02d} {['OCA/JAN', 'ŞUB/FEB', 'MAR/MAR', 'NİS/APR', 'MAY/MAY', 'HAZ/JUN', 'TEM/JUL', 'AĞU/AUG', 'EYL/SEP', 'EKİ/OCT', 'KAS/NOV', 'ARA/DEC'][d.month - 1]} {d.year % 100:02d}"),
    "SUR": dict(state=["REPUBLIEK SURINAME", "REPUBLIC OF SURINAME"], motto="Justitia – Pietas – Fides",
                block="CARICOM", col=(20, 70, 40), tint=(235, 240, 232), nat="SURINAAMSE / SURINAMESE",
                caps=["Soort / Type", "Code / Code", "Paspoortnr. / Passport No.", "Naam / Surname",
                      "Voornamen / Given names", "Nationaliteit / Nationality", "Geboortedatum / Date of birth",
                      "Geslacht / Sex", "Geboorteplaats / Place of birth", "Datum afgifte / Date of issue",
                      "Geldig tot / Date of expiry", "Autoriteit / Authority"],
                auth="CBB PARAMARIBO", pre="R", years=5, df=lambda d: f"{d.day:02d}-{d.month:02d}-{d.year}"),
}


def _pp_data(code, person, rng, issue_date, expiry_date, break_check, mrz_override, number):
    cfg = _PP[code]
    issue, expiry = _dates(rng, issue_date, expiry_date, cfg["years"])
    number = number or (cfg["pre"] + _digits(rng, 8))
    md = _mrz_data(person, mrz_override)
    lines = M.td3(issuing=code, surname=md["surname"], given=md["given_names"], number=md.get("number", number[-9:]),
                  nationality=md["nationality"], birth_date=md["birth_date"], sex=md["sex"], expiry=expiry,
                  break_check=break_check)
    return issue, expiry, number, lines


def _pp_page(code, person, rng, number, issue, expiry, lines) -> Sheet:
    """The data page: the photo at the left under the state's name, the captions above their values in two
    columns, the holder's signature under the photo, a wide coloured band carrying the document's name."""
    cfg = _PP[code]
    col, f = cfg["col"], "sans6"
    s = Sheet(125, 88)
    s.rect(0, 0, 125, 88, width_mm=0, fill=cfg["tint"])
    for k in range(-40, 125, 4):
        s.rule(k, 88, k + 40, 0, width_mm=0.05, color=tuple(max(0, v - 14) for v in cfg["tint"]))
    s.rect(0, 0, 125, 9.5, width_mm=0, fill=col)
    s.text(4, 1.2, glyphs(cfg["state"][0], f), font=f, size_pt=6.2, bold=True, color=(255, 255, 255))
    s.text(4, 5.1, glyphs(cfg["state"][1], f), font=f, size_pt=4.4, color=(235, 235, 235))
    s.text(121, 1.6, glyphs(cfg["motto"], f), font=f, size_pt=4.2, anchor="right", color=(240, 240, 240))
    if cfg["block"]:
        s.text(121, 5.2, cfg["block"], font=f, size_pt=4.2, anchor="right", color=(240, 240, 240))
    s.photo(4, 13, 27, 35, rng)
    s.signature(4, 50, 27, 8, rng, color=(20, 20, 30))
    vals = ["P", code, number, person.surname.upper(), person.given_names.upper(), cfg["nat"],
            cfg["df"](person.birth_date), person.sex, strip_accents(person.birth_place).upper(), cfg["df"](issue),
            cfg["df"](expiry), cfg["auth"]]
    cells = [(35, 12, 0, 12), (48, 12, 1, 24), (74, 12, 2, 46), (35, 18.5, 3, 85), (35, 25, 4, 85), (35, 31.5, 5, 50),
             (87, 31.5, 7, 30), (35, 38, 6, 44), (81, 38, 8, 40), (35, 44.5, 9, 44), (81, 44.5, 10, 40),
             (35, 51, 11, 85)]
    for x, y, i, w in cells:
        cap = glyphs(cfg["caps"][i], "narrow")
        s.text(x, y, cap, font="narrow", size_pt=fit(cap, "narrow", 3.5, w), color=(70, 80, 90))
        v = glyphs(vals[i], f)
        s.text(x, y + 1.7, v, font=f, size_pt=fit(v, f, 6.6, w, True), bold=True)
    s.rect(0, 60, 125, 28, width_mm=0, fill=(250, 250, 247))
    for i, ln in enumerate(lines):
        s.text(4.0, 72.5 + i * 5.2, ln, font="ocrb", size_pt=OCR, color=(15, 15, 15))
    return s


def _pp_obs(code: str, rng: random.Random) -> Sheet:
    """The facing page (observations), with an entry stamp or two."""
    cfg = _PP[code]
    s = Sheet(125, 88)
    s.rect(0, 0, 125, 88, width_mm=0, fill=cfg["tint"])
    s.text(62.5, 6, glyphs({"SEN": "OBSERVATIONS / ENDORSEMENTS", "MLI": "OBSERVATIONS / REMARKS",
                            "TUR": "RESMİ AÇIKLAMALAR / OFFICIAL OBSERVATIONS",
                            "SUR": "AANTEKENINGEN / ENDORSEMENTS"}[code], "sans6"),
           font="sans6", size_pt=5, anchor="center", color=(120, 120, 120))
    s.stamp(rng.uniform(10, 60), rng.uniform(20, 40), ["SCHENGEN", "ZAVENTEM", "ENTRÉE"], rng, shape="rect",
            size_mm=26, color=STB, angle=rng.uniform(-10, 10))
    return s


def _passport(code: str, habit: str):
    def make(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, crop=False,
             number=None, annotate=None, **opts):
        issue, expiry, number, lines = _pp_data(code, person, rng, issue_date, expiry_date, break_check,
                                                mrz_override, number)
        page = _pp_page(code, person, rng, number, issue, expiry, lines)
        if crop:
            return [page]
        if habit == "spread-holes":
            # the open booklet copied at 100 %: observations above, data page below, punched for a binder
            sh = Sheet()
            paste(sh, _pp_obs(code, rng), 42, 30, dpi=260)
            paste(sh, page, 42, 118, dpi=300)
            sh.rule(42, 118, 167, 118, width_mm=0.7, color=(120, 120, 120))
            punch_holes(sh)
            if annotate:
                sh.handwriting(42, 220, annotate, rng, size_pt=13)
            return [sh]
        if habit == "desk-photo":
            # a phone photo of the open data page on a desk, printed on A4 as the client sent it
            img = camera_photo(page, rng, dpi=240, bg=(122, 92, 66), margin=0.12, tilt=0.035)
            sh = Sheet()
            w = 176
            sh.image(17, 26, w, w * img.height / img.width, img)
            if annotate:
                sh.handwriting(20, 250, annotate, rng, size_pt=13)
            return [sh]
        if habit == "magenta":
            sh = Sheet()
            paste(sh, page, 22, 40, k=1.3, dpi=300)
            sh.text(22, 160, "kopie paspoort – vergroot 130 %", font="hand1", size_pt=11, color=(90, 90, 90))
            if annotate:
                sh.handwriting(22, 172, annotate, rng, size_pt=13)
            return [sheet_of(no_magenta(sh.render(200)))]
        # crooked + staple
        big = Sheet(150, 110)
        big.rect(0, 0, 150, 110, width_mm=0, fill=(236, 232, 222))
        paste(big, page, 12, 11, dpi=300)
        sh = crooked(big, rng, angle=rng.choice([-1, 1]) * rng.uniform(2.0, 3.5))
        staple(sh, 8, 8, rng)
        if annotate:
            sh.handwriting(30, 240, annotate, rng, size_pt=13)
        return [sh]
    return make


_register("passport-td3-sen-boekje-open-twee-bladzijden-perforatie-29", "identity-document", PART, "fr/en",
          _passport("SEN", "spread-holes"), country="SEN", mrz="TD3", photo=True,
          notes="Senegalese passport copied open, two pages, punched for a binder")
_register("passport-td3-mli-telefoonfoto-bureau-op-a4-29", "identity-document", PART, "fr/en",
          _passport("MLI", "desk-photo"), country="MLI", mrz="TD3", photo=True,
          notes="Malian passport data page photographed on a desk, printed on A4")
_register("passport-td3-tur-kleurkopie-zonder-magenta-vergroot-29", "identity-document", PART, "tr/en",
          _passport("TUR", "magenta"), country="TUR", mrz="TD3", photo=True,
          notes="Turkish passport data page enlarged on a colour copier out of magenta")
_register("passport-td3-sur-scheef-op-glasplaat-nietje-29", "identity-document", PART, "nl/en",
          _passport("SUR", "crooked"), country="SUR", mrz="TD3", photo=True,
          notes="Surinamese passport laid crooked on the glass, stapled")


# --------------------------------------------------------------------------- Senegalese ECOWAS identity card

def idcard_sen(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, crop=False,
               annotate=None, **opts):
    """Senegal's ECOWAS biometric identity card: recto and verso side by side at the top of an A4 sheet, 'recto'
    and 'verso' written under them by hand, the rest of the page empty."""
    issue, expiry = _dates(rng, issue_date, expiry_date, 10)
    nin = str(rng.randint(1, 2)) + _digits(rng, 12)
    num = _digits(rng, 9)
    md = _mrz_data(person, mrz_override)
    lines = M.td1(doc_code="I", issuing="SEN", number=md.get("number", num), nationality=md["nationality"],
                  birth_date=md["birth_date"], sex=md["sex"], expiry=expiry, surname=md["surname"],
                  given=md["given_names"], optional1=nin[:13], break_check=break_check)
    f = "sans6"
    fr = Sheet(85.6, 54)
    fr.rect(0, 0, 85.6, 54, width_mm=0, fill=(238, 244, 236))
    for k, c in enumerate(((0, 133, 63), (253, 239, 66), (227, 27, 35))):
        fr.rect(k * 4, 0, 4, 54, width_mm=0, fill=c)
    fr.text(15, 1.5, "RÉPUBLIQUE DU SÉNÉGAL", font=f, size_pt=5.4, bold=True, color=(0, 100, 50))
    fr.text(15, 4.8, "CARTE D'IDENTITÉ CEDEAO / ECOWAS IDENTITY CARD", font=f, size_pt=3.6, color=(60, 60, 60))
    fr.photo(15, 10, 20, 26, rng)
    rows = [("Nom / Surname", person.surname.upper()), ("Prénoms / Given names", person.given_names.upper()),
            ("Date de naissance", person.birth_date.strftime("%d/%m/%Y")),
            ("Lieu de naissance", strip_accents(person.birth_place).upper()), ("Sexe", person.sex),
            ("Nationalité", "SÉNÉGALAISE"), ("Date d'expiration", expiry.strftime("%d/%m/%Y"))]
    y = 9.5
    for a, b in rows:
        fr.text(38, y, a, font="narrow", size_pt=2.9, color=(80, 80, 80))
        fr.text(38, y + 1.3, b, font=f, size_pt=fit(b, f, 4.6, 46, True), bold=True)
        y += 5.7
    fr.signature(15, 38, 20, 7, rng, color=(20, 20, 30))
    fr.text(15, 47, f"NIN {nin}", font=f, size_pt=3.8, bold=True)
    bk = Sheet(85.6, 54)
    bk.rect(0, 0, 85.6, 54, width_mm=0, fill=(240, 242, 238))
    for i, (a, b) in enumerate((("Adresse", f"{rng.randint(1, 99)} RUE {rng.choice(['10', '22', 'MZ-41', 'HLM 5'])} DAKAR"),
                                ("Centre de délivrance", rng.choice(["DAKAR PLATEAU", "PIKINE", "THIÈS", "RUFISQUE"])),
                                ("Date de délivrance", issue.strftime("%d/%m/%Y")))):
        bk.text(3, 2.5 + i * 5.5, a, font="narrow", size_pt=2.9, color=(80, 80, 80))
        bk.text(3, 3.8 + i * 5.5, b, font=f, size_pt=fit(b, f, 4.2, 55, True), bold=True)
    qr(bk, 64, 3, 18, nin)
    for i, ln in enumerate(lines):
        bk.text(3, 33 + i * 5.5, ln, font="ocrb", size_pt=OCR, color=(10, 10, 10))
    if crop:
        return [fr, bk]
    sh = Sheet()
    paste(sh, fr, 15, 22, dpi=300)
    paste(sh, bk, 109, 22, dpi=300)
    hf = rng.choice(["hand1", "hand2"])
    sh.handwriting(45, 80, "recto", rng, size_pt=13, font=hf)
    sh.handwriting(140, 80, "verso", rng, size_pt=13, font=hf)
    if annotate:
        sh.handwriting(18, 100, annotate, rng, size_pt=12)
    return [sh]


_register("idcard-td1-sen-cedeao-recto-verso-naast-elkaar-bovenaan-29", "identity-document", PART, "fr", idcard_sen,
          country="SEN", mrz="TD1", photo=True, notes="Senegalese ECOWAS card, both sides side by side at the top")


# --------------------------------------------------------------------------- Dutch residence document

def permit_nl(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, purpose=None,
              v_number=None, crop=False, **opts):
    """A Dutch residence document: both sides side by side at 100 % in the middle of the page, in colour, the
    page punched for a binder and 'verblijfspas' written above the cards."""
    issue, expiry = _dates(rng, issue_date, expiry_date, rng.choice([1, 5]))
    number = rng.choice("NRWX") + rng.choice("BCDFGHJKLMNPRSTVWXYZ") + _digits(rng, 7)
    purpose = purpose or rng.choice(["verblijf als familie- of gezinslid", "medische behandeling", "humanitair tijdelijk"])
    md = _mrz_data(person, mrz_override)
    lines = M.td1(doc_code="IR", issuing="NLD", number=md.get("number", number), nationality=md["nationality"],
                  birth_date=md["birth_date"], sex=md["sex"], expiry=expiry, surname=md["surname"],
                  given=md["given_names"], break_check=break_check)
    vnr = v_number or person.v_number or _digits(rng, 10)
    f = "sans2"
    fr = Sheet(85.6, 54)
    fr.rect(0, 0, 85.6, 54, width_mm=0, fill=(226, 232, 246))
    fr.rect(0, 0, 85.6, 7, width_mm=0, fill=(40, 70, 140))
    fr.text(3, 1.3, "KONINKRIJK DER NEDERLANDEN", font=f, size_pt=5.2, bold=True, color=(255, 255, 255))
    fr.text(83, 1.6, "VERBLIJFSDOCUMENT", font=f, size_pt=4.2, anchor="right", color=(230, 230, 250))
    fr.photo(60, 10, 22, 29, rng)
    rows = [("naam", person.surname.upper()), ("voornamen", person.given_names.upper()),
            ("geboortedatum", person.birth_date.strftime("%d-%m-%Y")), ("nationaliteit", md["nationality"]),
            ("geslacht", person.sex), ("geldig tot", expiry.strftime("%d-%m-%Y")), ("documentnummer", number)]
    y = 9
    for a, b in rows:
        fr.text(3, y, a, font=f, size_pt=3.0, color=(90, 90, 110))
        fr.text(3, y + 1.3, b, font=f, size_pt=fit(b, f, 5.0, 54, True), bold=True)
        y += 6.0
    bk = Sheet(85.6, 54)
    bk.rect(0, 0, 85.6, 54, width_mm=0, fill=(232, 236, 244))
    bk.text(3, 2.5, "verblijfsvergunning regulier bepaalde tijd", font=f, size_pt=4.2, bold=True)
    bk.text(3, 6.8, f"{purpose}"[:60], font=f, size_pt=4.0)
    bk.text(3, 11.2, f"VNR {vnr}", font=f, size_pt=4.8, bold=True)
    bk.text(3, 15.5, f"afgegeven {issue.strftime('%d-%m-%Y')} · arbeid vrij toegestaan, TWV niet vereist", font=f,
            size_pt=3.7)
    for i, ln in enumerate(lines):
        bk.text(3, 33 + i * 5.5, ln, font="ocrb", size_pt=OCR)
    if crop:
        return [fr, bk]
    sh = Sheet()
    sh.handwriting(15, 100, "verblijfspas", rng, size_pt=14, font="hand2")
    paste(sh, fr, 15, 112, dpi=300)
    paste(sh, bk, 109, 112, dpi=300)
    punch_holes(sh)
    return [sh]


_register("permit-nl-verblijfspas-naast-elkaar-midden-perforatie-29", "identity-document", PART, "nl", permit_nl,
          country="NLD", mrz="TD1", photo=True, notes="Dutch residence card, both sides side by side mid-page")


# --------------------------------------------------------------------------- birth certificates

def _par(person, father, mother):
    return father or person.father or "—", mother or person.mother or "—"


def birth_sen(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Senegal: the civil-status centre's pre-printed extract, its fields on dotted lines filled in by hand in
    ball-point, the centre's round stamp over the officer's signature at the lower right; printed on
    pale green paper."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(30, 300))
    act = act_date or person.birth_date + datetime.timedelta(days=rng.randint(3, 30))
    fa, mo = _par(person, father, mother)
    sh = Sheet(paper="green")
    f, hf = "serif5", rng.choice(["hand1", "hand4", "hand2"])
    ink = rng.choice([INK, (25, 25, 30)])
    reg = rng.choice(["Dakar", "Thiès", "Kaolack", "Saint-Louis", "Ziguinchor"])
    for i, t in enumerate(("RÉPUBLIQUE DU SÉNÉGAL", "Un Peuple – Un But – Une Foi", f"Région de {reg}",
                           f"Commune de {reg}", "Centre d'état civil principal")):
        sh.text(20, 14 + i * 4.6, t, font=f, size_pt=9.5 if i else 10.5, bold=(i == 0))
    sh.rect(130, 14, 60, 18, width_mm=0.4)
    sh.text(134, 16, "Année", font=f, size_pt=9)
    hand_v = lambda x, y, s: sh.handwriting(x, y - 1.6, glyphs(s, hf), rng, size_pt=12, color=ink, font=hf)
    hand_v(150, 15, str(act.year))
    sh.text(134, 24, "N° dans le registre", font=f, size_pt=9)
    hand_v(168, 23, str(rng.randint(12, 2999)))
    sh.text(105, 44, "EXTRAIT DU REGISTRE DES ACTES DE NAISSANCE", font=f, size_pt=13, bold=True, anchor="center")
    y = 58
    rows = [("Le", fr_long(person.birth_date)), ("à", person.birth_place),
            ("est né(e) un enfant de sexe", "masculin" if person.sex == "M" else "féminin"),
            ("Prénom(s)", person.given_names), ("Nom", person.surname.upper()),
            ("de (père)", fa), ("et de (mère)", mo),
            ("Acte dressé le", f"{act.strftime('%d/%m/%Y')} sur déclaration du père")]
    for a, b in rows:
        w = sh.text(22, y, a, font=f, size_pt=10.5)
        sh.rule(24 + w, y + 4.4, 190, y + 4.4, width_mm=0.15, dash=0.6, color=(90, 90, 90))
        hand_v(26 + w, y, b)
        y += 10
    y += 4
    sh.text(22, y, "Pour extrait certifié conforme", font=f, size_pt=10.5, italic=False)
    sh.text(22, y + 6, "Délivré à", font=f, size_pt=10.5)
    hand_v(42, y + 6, f"{reg}, le {issue.strftime('%d/%m/%Y')}")
    sh.text(130, y + 16, "L'Officier de l'état civil", font=f, size_pt=10, anchor="center")
    sh.signature(112, y + 22, 40, 14, rng, color=ink)
    sh.stamp(104 + rng.uniform(0, 12), y + 14, [f"COMMUNE DE {strip_accents(reg).upper()}", "ÉTAT CIVIL", "SÉNÉGAL"],
             rng, shape="round", size_mm=30, color=STB, angle=rng.uniform(-20, 20))
    return [sh]


def birth_mli(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Mali: 'Volet n° 3' of the triplicate birth act, typed on a form whose rubrics are boxes numbered 1 to 12
    in a grid of two columns, the mayor's stamp and signature at the foot, a fiscal stamp at the top left."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(30, 400))
    act = act_date or person.birth_date + datetime.timedelta(days=rng.randint(3, 30))
    fa, mo = _par(person, father, mother)
    sh = Sheet()
    f, tf = "sans4", "typewriter"
    sh.rect(20, 10, 20, 24, width_mm=0.4, color=(130, 60, 60), fill=(240, 226, 214))
    sh.text(30, 14, "TIMBRE", font=f, size_pt=6, anchor="center", color=(120, 40, 40))
    sh.text(30, 21, "200 F", font="serif", size_pt=11, bold=True, anchor="center", color=(120, 40, 40))
    sh.text(118, 12, "RÉPUBLIQUE DU MALI", font=f, size_pt=11, bold=True, anchor="center")
    sh.text(118, 17.5, "Un Peuple – Un But – Une Foi", font=f, size_pt=8, anchor="center")
    cer = rng.choice(["Bamako Commune III", "Kayes", "Ségou", "Sikasso", "Mopti"])
    sh.text(118, 23, f"Cercle / Commune : {cer}", font=f, size_pt=8.5, anchor="center")
    sh.text(190, 32, "VOLET N° 3", font=f, size_pt=9, bold=True, anchor="right")
    sh.text(105, 42, "ACTE DE NAISSANCE", font=f, size_pt=15, bold=True, anchor="center")
    sh.text(105, 49, f"N° {rng.randint(10, 2999)} du {act.strftime('%d/%m/%Y')}", font=tf, size_pt=10, anchor="center")
    cells = [("1. Nom", person.surname.upper()), ("2. Prénom(s)", person.given_names),
             ("3. Date de naissance", person.birth_date.strftime("%d/%m/%Y")), ("4. Heure", f"{rng.randint(0, 23):02d} h"),
             ("5. Lieu de naissance", person.birth_place), ("6. Sexe", "Masculin" if person.sex == "M" else "Féminin"),
             ("7. Père", fa), ("8. Profession du père", rng.choice(["Commerçant", "Cultivateur", "Enseignant"])),
             ("9. Mère", mo), ("10. Profession de la mère", rng.choice(["Ménagère", "Commerçante", "Couturière"])),
             ("11. Domicile des parents", cer), ("12. Déclarant", "le père")]
    y = 58
    for i in range(0, len(cells), 2):
        for j in range(2):
            a, b = cells[i + j]
            x = 20 + j * 85
            sh.rect(x, y, 85, 15, width_mm=0.3)
            sh.text(x + 2, y + 1.5, a, font=f, size_pt=7.5, color=GREY)
            sh.text(x + 2, y + 7, b, font=tf, size_pt=fit(b, tf, 11, 80), bold=True)
        y += 15
    y += 8
    sh.text(20, y, f"Délivré le {issue.strftime('%d/%m/%Y')}", font=tf, size_pt=10.5)
    sh.text(140, y + 6, "L'Officier de l'état civil,", font=f, size_pt=10, anchor="center")
    sh.signature(120, y + 11, 40, 14, rng, color=INK)
    sh.stamp(96 + rng.uniform(0, 10), y + 3, ["MAIRIE", strip_accents(cer).upper()[:20], "MALI"], rng, shape="round",
             size_mm=30, color=STV, angle=rng.uniform(-15, 15))
    return [sh]


def birth_tur(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Türkiye: a population directorate's 'Doğum Kayıt Örneği' as a ruled table of grey label cells and white
    value cells, a barcode and verification code at the foot, the officer's violet stamp (Turkish only)."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(30, 300))
    fa, mo = _par(person, father, mother)
    sh = Sheet()
    f = "serif6"
    crest(sh, 20, 12, 16, STR, kind="star")
    for i, t in enumerate(("T.C.", "İÇİŞLERİ BAKANLIĞI", "Nüfus ve Vatandaşlık İşleri Genel Müdürlüğü")):
        sh.text(105, 13 + i * 5, glyphs(t, f), font=f, size_pt=10 if i < 2 else 9, bold=(i < 2), anchor="center")
    sh.text(105, 36, glyphs("DOĞUM KAYIT ÖRNEĞİ", f), font=f, size_pt=14, bold=True, anchor="center")
    il = rng.choice(["KONYA", "KAYSERİ", "SAMSUN", "MERSİN", "TRABZON", "DİYARBAKIR"])
    rows = [("T.C. Kimlik No", str(rng.randint(1, 9)) + _digits(rng, 10)), ("Soyadı", person.surname.upper()),
            ("Adı", person.given_names.upper()), ("Cinsiyeti", "Erkek" if person.sex == "M" else "Kadın"),
            ("Baba Adı", fa.split()[0]), ("Ana Adı", mo.split()[0]), ("Doğum Yeri", person.birth_place),
            ("Doğum Tarihi", f"{person.birth_date.day} {_AYLAR[person.birth_date.month - 1]} {person.birth_date.year}"),
            ("Kayıtlı Olduğu İl / İlçe", f"{il} / MERKEZ"), ("Cilt / Aile Sıra / Sıra", f"{rng.randint(10, 99)} / "
                                                                                         f"{rng.randint(1, 400)} / {rng.randint(1, 9)}")]
    y = 48
    for a, b in rows:
        sh.rect(20, y, 60, 9, width_mm=0.25, fill=(228, 228, 228))
        sh.rect(80, y, 110, 9, width_mm=0.25)
        sh.text(22, y + 2.3, glyphs(a, f), font=f, size_pt=9.5)
        sh.text(83, y + 2.2, glyphs(b, f), font=f, size_pt=fit(glyphs(b, f), f, 10.5, 104, True), bold=True)
        y += 9
    y = sh.paragraph(20, y + 8, 170, glyphs("Bu belge, nüfus kaydındaki bilgilere göre düzenlenmiştir. Belgenin "
                                            "doğruluğu doğrulama kodu ile kontrol edilebilir.", f), font=f,
                     size_pt=9.5, leading=1.4)
    sh.text(20, y + 6, glyphs(f"Düzenleme Tarihi: {issue.strftime('%d.%m.%Y')}", f), font=f, size_pt=10)
    sh.text(140, y + 14, glyphs("Nüfus Müdürü", f), font=f, size_pt=10, anchor="center")
    sh.signature(122, y + 19, 36, 12, rng, color=(30, 30, 90))
    sh.stamp(112 + rng.uniform(-4, 4), y + 12, ["T.C.", f"{strip_accents(il)} NUFUS MUDURLUGU"], rng, shape="round",
             size_mm=28, color=STV, angle=rng.uniform(-20, 20))
    barcode(sh, 20, 262, 60, 10, person.surname)
    sh.text(20, 274, glyphs(f"Doğrulama Kodu: {rng.randint(10**7, 10**8 - 1)}-{rng.randint(1000, 9999)}", f), font=f,
            size_pt=8.5, color=GREY)
    return [sh]


def birth_sur(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Suriname: the Central Bureau for Civil Affairs' extract from the birth register, typed in Dutch after
    dotted leaders, a revenue stamp ('zegel') cancelled with the date, the bureau's oval stamp."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(30, 300))
    act = act_date or person.birth_date + datetime.timedelta(days=rng.randint(2, 20))
    fa, mo = _par(person, father, mother)
    sh = Sheet(paper="cream")
    f, tf = "serif4", "typewriter2"
    sh.text(105, 14, "REPUBLIEK SURINAME", font=f, size_pt=12, bold=True, anchor="center")
    sh.text(105, 20, "Ministerie van Binnenlandse Zaken – Centraal Bureau voor Burgerzaken", font=f, size_pt=9,
            anchor="center")
    sh.rule(30, 26, 180, 26, width_mm=0.3)
    sh.text(105, 34, "UITTREKSEL UIT HET GEBOORTEREGISTER", font=f, size_pt=13, bold=True, anchor="center")
    sh.rect(160, 40, 26, 30, width_mm=0.4, color=(60, 110, 60), fill=(224, 238, 222))
    sh.text(173, 44, "ZEGEL", font="sans", size_pt=6.5, anchor="center", color=(40, 90, 40))
    sh.text(173, 52, "SRD 25", font="serif", size_pt=10, bold=True, anchor="center", color=(40, 90, 40))
    sh.rule(158, 60, 188, 66, width_mm=0.5, color=(30, 30, 100))
    sh.text(162, 63.5, issue.strftime("%d-%m-%y"), font="hand1", size_pt=8, color=(30, 30, 100))
    rows = [("Registernummer", f"{act.year}/{rng.randint(100, 9999)}"), ("Geslachtsnaam", person.surname.upper()),
            ("Voornamen", person.given_names), ("Geslacht", "mannelijk" if person.sex == "M" else "vrouwelijk"),
            ("Geboren op", nl_long(person.birth_date)), ("Te", f"{person.birth_place}, {person.birth_country}"),
            ("Naam vader", fa), ("Naam moeder", mo), ("Datum van aangifte", act.strftime("%d-%m-%Y"))]
    y = 50
    for a, b in rows:
        w = sh.text(22, y, a, font=f, size_pt=10.5)
        sh.rule(23 + w, y + 4, 72, y + 4, width_mm=0.2, dash=0.4, color=(120, 120, 120))
        sh.text(74, y, b, font=tf, size_pt=fit(b, tf, 10.5, 80))
        y += 8.5
    y = sh.paragraph(22, y + 6, 166, "Voor eensluidend uittreksel, afgegeven op verzoek van belanghebbende.", font=f,
                     size_pt=10.5)
    sh.text(22, y + 4, f"Paramaribo, {nl_long(issue)}", font=f, size_pt=10.5)
    sh.text(130, y + 14, "Het Hoofd van het CBB, namens deze,", font=f, size_pt=9.5)
    sh.signature(130, y + 19, 40, 14, rng, color=INK)
    sh.stamp(90 + rng.uniform(0, 10), y + 12, ["CENTRAAL BUREAU VOOR BURGERZAKEN", "PARAMARIBO"], rng, shape="oval",
             size_mm=36, color=STB, angle=rng.uniform(-10, 10))
    return [sh]


_register("birth-sen-uittreksel-stippellijnen-balpen-groen-papier-29", "birth-certificate", PART, "fr", birth_sen,
          country="SEN")
_register("birth-mli-volet-3-genummerde-rubrieken-raster-zegel-29", "birth-certificate", PART, "fr", birth_mli,
          country="MLI")
_register("birth-tur-dogum-kayit-ornegi-grijze-labelcellen-barcode-29", "birth-certificate", PART, "tr", birth_tur,
          country="TUR")
_register("birth-sur-cbb-uittreksel-stippelleiders-zegel-ovaal-stempel-29", "birth-certificate", PART, "nl", birth_sur,
          country="SUR")


# --------------------------------------------------------------------------- Belgian extracts (birth, marriage)

_BE = [("Schaerbeek", "fr", "1030"), ("Anderlecht", "fr", "1070"), ("Mechelen", "nl", "2800"),
       ("Sint-Niklaas", "nl", "9100"), ("Namur", "fr", "5000")]


def _be_extract(kind: str):
    """A commune's extract printed from the civil-status database: the commune's crest centred at the top, the
    record in a bordered two-column table with the labels in the commune's language, a verification QR code at
    the lower left, the official's name and the electronic-signature mention at the lower right (no wet ink)."""
    def make(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, spouse=None,
             marriage_date=None, **opts):
        issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(20, 200))
        name, lang, pc = _BE[rng.randrange(len(_BE))]
        f = "sans3"
        col = (40, 60, 110)
        sh = Sheet()
        crest(sh, 97, 10, 16, col, kind="shield")
        sh.text(105, 29, ("Commune de " if lang == "fr" else "Stad " if name == "Mechelen" else "Gemeente ") + name,
                font=f, size_pt=11, bold=True, anchor="center", color=col)
        sh.text(105, 34.5, "Service de l'état civil" if lang == "fr" else "Dienst burgerlijke stand", font=f,
                size_pt=8.5, anchor="center", color=GREY)
        L = {"fr": dict(t={"birth": "Extrait d'acte de naissance", "marriage": "Extrait d'acte de mariage"},
                        no="Référence BAEC", nm="Nom", gn="Prénoms", bd="Date de naissance", bp="Lieu de naissance",
                        sx="Sexe", fa="Parent 1", mo="Parent 2", wed="Date du mariage", pl="Lieu du mariage",
                        sp="Époux", by="Délivré le", m="M", fe="F",
                        sig="Signé électroniquement par l'officier de l'état civil délégué"),
             "nl": dict(t={"birth": "Uittreksel uit een akte van geboorte", "marriage": "Uittreksel uit een akte van "
                           "huwelijk"}, no="Referentie DABS", nm="Naam", gn="Voornamen", bd="Geboortedatum",
                        bp="Geboorteplaats", sx="Geslacht", fa="Ouder 1", mo="Ouder 2", wed="Datum huwelijk",
                        pl="Plaats huwelijk", sp="Echtgeno(o)t(e)", by="Afgeleverd op", m="M", fe="V",
                        sig="Elektronisch ondertekend door de gemachtigde ambtenaar van de burgerlijke stand")}[lang]
        sh.text(105, 46, L["t"][kind].upper(), font=f, size_pt=13, bold=True, anchor="center")
        if kind == "birth":
            act = act_date or person.birth_date + datetime.timedelta(days=rng.randint(2, 14))
            fa, mo = _par(person, father, mother)
            rows = [(L["no"], f"{act.year}/{pc}/{rng.randint(10000, 99999)}"), (L["nm"], person.surname),
                    (L["gn"], person.given_names), (L["sx"], L["m"] if person.sex == "M" else L["fe"]),
                    (L["bd"], person.birth_date.strftime("%d/%m/%Y")), (L["bp"], person.birth_place),
                    (L["fa"], fa), (L["mo"], mo)]
        else:
            wed = marriage_date or TODAY - datetime.timedelta(days=rng.randint(400, 3000))
            rows = [(L["no"], f"{wed.year}/{pc}/{rng.randint(10000, 99999)}"), (L["wed"], wed.strftime("%d/%m/%Y")),
                    (L["pl"], name)]
            for i, q in enumerate((person, spouse), 1):
                if q is None:
                    continue
                rows += [(f"{L['sp']} {i} – {L['nm']}", q.surname), (f"{L['sp']} {i} – {L['gn']}", q.given_names),
                         (f"{L['sp']} {i} – {L['bd']}", q.birth_date.strftime("%d/%m/%Y")),
                         (f"{L['sp']} {i} – {L['bp']}", q.birth_place)]
        y = 56
        for a, b in rows:
            sh.rect(25, y, 62, 8.5, width_mm=0.25, color=(120, 120, 140))
            sh.rect(87, y, 98, 8.5, width_mm=0.25, color=(120, 120, 140))
            sh.text(27, y + 2.2, a, font=f, size_pt=fit(a, f, 9, 58))
            sh.text(89, y + 2.1, b, font=f, size_pt=fit(b, f, 10, 94, True), bold=True)
            y += 8.5
        sh.text(25, y + 8, f"{L['by']} {issue.strftime('%d/%m/%Y')}", font=f, size_pt=9.5)
        qr(sh, 25, y + 16, 24, f"{person.surname}{issue}")
        g, s = rng.choice([("Laurence", "Dubois"), ("Koen", "Peeters"), ("Yasmina", "Amrani"), ("Thierry", "Collard")])
        sh.text(185, y + 18, f"{g} {s}", font=f, size_pt=10, anchor="right")
        sh.paragraph(95, y + 24, 90, L["sig"], font=f, size_pt=8, align="right", color=GREY)
        return [sh]
    return make


_register("birth-be-gemeente-wapen-tabel-qr-elektronische-handtekening-29", "birth-certificate", PART, "fr/nl",
          _be_extract("birth"), country="BEL")
_register("marriage-be-gemeente-wapen-tabel-qr-elektronische-handtekening-29", "marriage-certificate", PART, "fr/nl",
          _be_extract("marriage"), country="BEL")


# --------------------------------------------------------------------------- certificates of nationality

def nationality_sen(person, rng, *, issue_date=None, **opts):
    """Senegal: the district court's certificate of nationality typed on a form with the law's articles printed
    in a box at the foot, the applicant's data after bold labels, the judge's signature and round stamp at the
    right, a fiscal stamp in the upper right corner cancelled by hand."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(40, 600))
    sh = Sheet()
    f = "serif2"
    trib = rng.choice(["Dakar", "Pikine-Guédiawaye", "Thiès", "Kaolack"])
    for i, t in enumerate(("RÉPUBLIQUE DU SÉNÉGAL", "MINISTÈRE DE LA JUSTICE", f"TRIBUNAL D'INSTANCE DE {trib.upper()}")):
        sh.text(20, 14 + i * 5, t, font=f, size_pt=10 if i else 11, bold=(i != 1))
    sh.rect(164, 10, 24, 28, width_mm=0.4, color=(120, 60, 60), fill=(244, 230, 216))
    sh.text(176, 14, "TIMBRE FISCAL", font="sans", size_pt=5, anchor="center", color=(120, 40, 40))
    sh.text(176, 22, "1000 F", font="serif", size_pt=11, bold=True, anchor="center", color=(120, 40, 40))
    sh.handwriting(162, 28, issue.strftime("%d/%m/%y"), rng, size_pt=10, font="hand1")
    sh.text(105, 50, "CERTIFICAT DE NATIONALITÉ SÉNÉGALAISE", font=f, size_pt=15, bold=True, anchor="center")
    sh.text(105, 57, f"N° {rng.randint(100, 9999)}/{issue.year}", font=f, size_pt=10, anchor="center")
    y = 70
    y = sh.paragraph(20, y, 170, f"Nous, Président du Tribunal d'Instance de {trib}, certifions que :", font=f,
                     size_pt=11) + 4
    for a, b in (("Nom", person.surname.upper()), ("Prénom(s)", person.given_names),
                 ("Né(e) le", fr_long(person.birth_date)), ("À", person.birth_place),
                 ("Fils / fille de", f"{person.father or '—'} et de {person.mother or '—'}")):
        sh.text(30, y, a + " :", font=f, size_pt=11, bold=True)
        sh.text(72, y, b, font=f, size_pt=fit(b, f, 11, 115))
        y += 7.5
    y = sh.paragraph(20, y + 4, 170, "est de nationalité sénégalaise d'origine, en application de l'article 5 du "
                     "Code de la nationalité sénégalaise, au vu de l'acte de naissance de l'intéressé(e) et du "
                     "certificat de nationalité de son père.", font=f, size_pt=11, leading=1.5) + 6
    sh.text(120, y, f"{trib}, le {fr_long(issue)}", font=f, size_pt=11)
    sh.text(120, y + 7, "Le Président du Tribunal,", font=f, size_pt=11)
    sh.signature(124, y + 12, 42, 14, rng, color=INK)
    sh.stamp(96 + rng.uniform(0, 10), y + 6, ["TRIBUNAL D'INSTANCE", strip_accents(trib).upper(), "SÉNÉGAL"], rng,
             shape="round", size_mm=30, color=STB, angle=rng.uniform(-20, 20))
    sh.rect(20, 250, 170, 22, width_mm=0.25, color=GREY)
    sh.paragraph(23, 252, 164, "Article 5 – Est Sénégalais tout enfant né d'un ascendant au premier degré qui est "
                 "Sénégalais. Le présent certificat fait foi jusqu'à preuve du contraire.", font=f, size_pt=8,
                 color=GREY)
    return [sh]


def nationality_mli(person, rng, *, issue_date=None, **opts):
    """Mali: the court's certificate of nationality on a pre-printed form filled in by hand in capitals, the
    printed text running between the blanks, the clerk's rectangular stamp and signature at the foot."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(40, 500))
    sh = Sheet()
    f, hf = "serif", "blockcaps"
    ink = rng.choice([INK, (30, 30, 35)])
    trib = rng.choice(["Bamako Commune III", "Bamako Commune VI", "Kayes", "Sikasso"])
    sh.text(105, 14, "RÉPUBLIQUE DU MALI", font=f, size_pt=12, bold=True, anchor="center")
    sh.text(105, 20, "Un Peuple – Un But – Une Foi", font=f, size_pt=9, anchor="center")
    sh.text(20, 30, "COUR D'APPEL DE BAMAKO", font=f, size_pt=9.5)
    sh.text(20, 35, f"TRIBUNAL DE PREMIÈRE INSTANCE DE {trib.upper()}", font=f, size_pt=9.5)
    sh.text(105, 50, "CERTIFICAT DE NATIONALITÉ MALIENNE", font=f, size_pt=15, bold=True, anchor="center")

    def blank(x, y, w, val):
        sh.rule(x, y + 4.5, x + w, y + 4.5, width_mm=0.15, color=(90, 90, 90))
        v = strip_accents(val).upper()
        sh.handwriting(x + 1, y - 1.5, v, rng, size_pt=fit(v, hf, 11, w * 0.85), color=ink, font=hf)

    y = 66
    sh.text(20, y, "Le Président du Tribunal soussigné certifie que", font=f, size_pt=11)
    y += 10
    for a, val in (("M. / Mme", f"{person.surname} {person.given_names}"), ("né(e) le", fr_long(person.birth_date)),
                   ("à", person.birth_place), ("fils / fille de", person.father or "—"),
                   ("et de", person.mother or "—")):
        w = sh.text(20, y, a, font=f, size_pt=11)
        blank(23 + w, y, 165 - w, val)
        y += 10
    y = sh.paragraph(20, y + 2, 170, "est de nationalité malienne en vertu de l'article 224 du Code des personnes et "
                     "de la famille, ainsi qu'il résulte des pièces produites.", font=f, size_pt=11, leading=1.5) + 6
    w = sh.text(20, y, "Fait à", font=f, size_pt=11)
    blank(23 + w, y, 90, f"{trib.split()[0]}, le {issue.strftime('%d/%m/%Y')}")
    sh.text(140, y + 14, "Le Greffier en Chef", font=f, size_pt=10.5, anchor="center")
    sh.signature(120, y + 20, 40, 13, rng, color=ink)
    sh.stamp(60 + rng.uniform(0, 10), y + 16, ["GREFFE DU TPI", strip_accents(trib).upper()[:22]], rng, shape="rect",
             size_mm=34, color=STR, angle=rng.uniform(-6, 6))
    return [sh]


_register("nationality-sen-tribunal-instance-artikel-kader-voet-fiscale-zegel-29", "nationality-certificate", PART,
          "fr", nationality_sen, country="SEN")
_register("nationality-mli-voorgedrukt-formulier-blokletters-hand-29", "nationality-certificate", PART, "fr",
          nationality_mli, country="MLI")


# --------------------------------------------------------------------------- consulates' identity certificates

_CONS = {"SEN": dict(name="Consulat général du Sénégal à Bruxelles", sub="Ambassade du Sénégal – Benelux",
                     addr="Avenue Franklin Roosevelt 196, 1050 Bruxelles", col=(0, 110, 60), nat="sénégalaise",
                     title="ATTESTATION D'IDENTITÉ"),
         "MLI": dict(name="Ambassade de la République du Mali", sub="Section consulaire – Bruxelles",
                     addr="Avenue Molière 487, 1050 Bruxelles", col=(180, 120, 10), nat="malienne",
                     title="CERTIFICAT CONSULAIRE D'IDENTITÉ")}


def _idcert(code: str):
    """A consulate's identity certificate: the consulate's name on a coloured band across the top, the photo
    glued at the top right with the consular stamp half over it, the holder's data in a ruled box, the basis of
    the certificate stated in a sentence, the consul's signature at the left of the stamp."""
    E = _CONS[code]

    def make(person, rng, *, issue_date=None, declarative=False, **opts):
        issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(40, 300))
        sh = Sheet()
        f = "serif4"
        col = E["col"]
        sh.rect(0, 0, 210, 26, width_mm=0, fill=col)
        sh.text(20, 7, E["name"].upper(), font=f, size_pt=12, bold=True, color=(255, 255, 255))
        sh.text(20, 14, E["sub"], font=f, size_pt=9, color=(240, 240, 240))
        sh.text(20, 19, E["addr"], font=f, size_pt=8, color=(240, 240, 240))
        sh.text(20, 40, E["title"], font=f, size_pt=15, bold=True)
        sh.text(20, 48, f"N° {rng.randint(100, 9999)}/{code}/CG/{issue.year}", font=f, size_pt=10)
        sh.photo(152, 34, 32, 40, rng)
        sh.stamp(160, 58, ["CONSULAT", code], rng, shape="round", size_mm=22, color=STB, angle=rng.uniform(-20, 20))
        y = 84
        sh.rect(20, y, 170, 58, width_mm=0.35)
        for i, (a, b) in enumerate((("Nom", person.surname.upper()), ("Prénoms", person.given_names),
                                    ("Date de naissance", fr_long(person.birth_date)),
                                    ("Lieu de naissance", f"{person.birth_place} ({person.birth_country})"),
                                    ("Nationalité", E["nat"]),
                                    ("Sexe", "masculin" if person.sex == "M" else "féminin"))):
            sh.text(24, y + 4 + i * 9, a, font=f, size_pt=10, color=GREY)
            sh.text(72, y + 4 + i * 9, b, font=f, size_pt=fit(b, f, 11, 112, True), bold=True)
        y += 66
        if declarative:
            basis = ("Le présent certificat est établi sur la seule base des déclarations de l'intéressé(e), qui n'a "
                     "présenté aucun document d'état civil ni d'identité.")
        else:
            basis = (f"Le présent certificat est établi au vu du registre d'immatriculation consulaire et de l'acte de "
                     f"naissance n° {rng.randint(10, 3000)} produit par l'intéressé(e), dont l'identité a été vérifiée.")
        y = sh.paragraph(20, y, 170, basis, font=f, size_pt=10.5, leading=1.5) + 4
        y = sh.paragraph(20, y, 170, "Il est délivré pour servir et valoir ce que de droit.", font=f, size_pt=10.5) + 6
        sh.text(20, y, f"Bruxelles, le {fr_long(issue)}", font=f, size_pt=10.5)
        sh.text(20, y + 8, "Le Consul général" if code == "SEN" else "Le Chef de la section consulaire", font=f,
                size_pt=10.5)
        sh.signature(20, y + 13, 44, 15, rng, color=INK)
        sh.stamp(70 + rng.uniform(0, 8), y + 8, [E["name"].split(" à ")[0].upper()[:30], "BRUXELLES"], rng,
                 shape="round", size_mm=30, color=STB, angle=rng.uniform(-15, 15))
        return [sh]
    return make


for _c in ("SEN", "MLI"):
    _register(f"idcert-{_c.lower()}-consulaat-kleurband-foto-rechtsboven-kader-29", "identity-certificate", PART, "fr",
              _idcert(_c), country=_c, photo=True,
              notes=f"{_c} consulate's identity certificate, coloured band, photo top right, data in a box")


# --------------------------------------------------------------------------- marriage acts

def marriage_sen(person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    """Senegal: extract from the marriage register as a two-column form (husband left, wife right), the chosen
    option (monogamy / limited polygamy) and the regime of goods ticked below, stamp and signature at the foot."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(30, 400))
    wed = marriage_date or TODAY - datetime.timedelta(days=rng.randint(500, 3500))
    hus, wife = (person, spouse) if person.sex == "M" else (spouse, person)
    sh = Sheet()
    f = "sans6"
    com = rng.choice(["Dakar-Plateau", "Médina", "Thiès Nord", "Kaolack"])
    sh.text(20, 14, "RÉPUBLIQUE DU SÉNÉGAL", font=f, size_pt=11, bold=True)
    sh.text(20, 19.5, f"Commune de {com} – Centre d'état civil", font=f, size_pt=9)
    sh.text(190, 14, f"Registre {wed.year} – Acte n° {rng.randint(10, 999)}", font=f, size_pt=9, anchor="right")
    sh.text(105, 34, "EXTRAIT DU REGISTRE DES ACTES DE MARIAGE", font=f, size_pt=13, bold=True, anchor="center")
    sh.text(105, 42, f"Mariage célébré le {fr_long(wed)} à {com}", font=f, size_pt=10.5, anchor="center")
    y0 = 52
    for j, (q, t) in enumerate(((hus, "ÉPOUX"), (wife, "ÉPOUSE"))):
        x = 20 + j * 86
        sh.rect(x, y0, 84, 62, width_mm=0.3)
        sh.rect(x, y0, 84, 7, width_mm=0, fill=(225, 232, 225))
        sh.text(x + 42, y0 + 1.5, t, font=f, size_pt=10, bold=True, anchor="center")
        if q is None:
            continue
        for i, (a, b) in enumerate((("Nom", q.surname.upper()), ("Prénoms", q.given_names),
                                    ("Né(e) le", q.birth_date.strftime("%d/%m/%Y")), ("À", q.birth_place),
                                    ("Profession", rng.choice(["commerçant(e)", "sans", "chauffeur", "couturière"])))):
            sh.text(x + 3, y0 + 10 + i * 10, a, font=f, size_pt=8, color=GREY)
            sh.text(x + 3, y0 + 14 + i * 10, b, font=f, size_pt=fit(b, f, 10.5, 78, True), bold=True)
    y = y0 + 70
    opt = rng.choice([0, 0, 1])
    for i, t in enumerate(("Option de monogamie", "Option de polygamie limitée à deux épouses")):
        sh.checkbox(22, y + i * 6.5, 3.6, checked=(opt == i))
        sh.text(28, y + i * 6.5 - 0.4, t, font=f, size_pt=10)
    y += 16
    sh.text(22, y, "Régime : " + rng.choice(["séparation des biens", "communauté de meubles et acquêts"]), font=f,
            size_pt=10)
    y += 12
    sh.text(22, y, f"Pour extrait conforme, délivré le {issue.strftime('%d/%m/%Y')}", font=f, size_pt=10.5)
    sh.text(150, y + 8, "L'Officier de l'état civil", font=f, size_pt=10, anchor="center")
    sh.signature(132, y + 13, 38, 13, rng, color=INK)
    sh.stamp(118 + rng.uniform(-4, 6), y + 6, [f"COMMUNE DE {strip_accents(com).upper()}", "ÉTAT CIVIL"], rng,
             shape="round", size_mm=30, color=STG, angle=rng.uniform(-20, 20))
    return [sh]


def marriage_mli(person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    """Mali: a marriage act as a certified copy typed in prose on a typewriter, every line ruled off to the margin
    ('=====') so nothing can be added, the mayor's stamp at the lower left."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(30, 400))
    wed = marriage_date or TODAY - datetime.timedelta(days=rng.randint(500, 3500))
    hus, wife = (person, spouse) if person.sex == "M" else (spouse, person)
    sh = Sheet()
    f = "typewriter"
    sh.text(105, 14, "RÉPUBLIQUE DU MALI", font=f, size_pt=11, bold=True, anchor="center")
    sh.text(105, 19.5, "Un Peuple - Un But - Une Foi", font=f, size_pt=9, anchor="center")
    com = rng.choice(["Bamako Commune I", "Bamako Commune V", "Kati", "Ségou"])
    sh.text(20, 30, f"MAIRIE DE {strip_accents(com).upper()}", font=f, size_pt=10)
    sh.text(105, 42, "COPIE CERTIFIÉE CONFORME D'ACTE DE MARIAGE", font=f, size_pt=12, bold=True, anchor="center")

    def who(q):
        return "—" if q is None else (f"{q.surname.upper()} {q.given_names}, né(e) le {q.birth_date.strftime('%d/%m/%Y')}"
                                      f" à {q.birth_place}")
    txt = (f"L'an {wed.year} et le {fr_long(wed)}, devant nous, Officier de l'état civil de {com}, ont comparu "
           f"{who(hus)}, d'une part, et {who(wife)}, d'autre part, lesquels ont déclaré se prendre pour époux. "
           f"Option : {rng.choice(['monogamie', 'polygamie'])}. Régime : {rng.choice(['communauté de biens', 'séparation de biens'])}. "
           f"Témoins : {rng.choice(['TRAORÉ Moussa', 'KEÏTA Adama', 'COULIBALY Issa'])} et "
           f"{rng.choice(['DIARRA Fanta', 'SANGARÉ Awa', 'TOURÉ Kadia'])}.")
    y = 54
    from .twentyeighth_identity import wrap as _wrap
    for ln in _wrap(txt, 166, f, 10.5):
        w = sh.text(22, y, ln, font=f, size_pt=10.5)
        if 22 + w < 184:
            sh.text(22 + w + 1, y, "=" * int((184 - 22 - w) / 2.2), font=f, size_pt=10.5, color=(80, 80, 80))
        y += 6.5
    y += 6
    sh.text(22, y, f"Pour copie certifiée conforme, {com.split()[0]}, le {issue.strftime('%d/%m/%Y')}", font=f,
            size_pt=10.5)
    sh.text(140, y + 10, "L'Officier de l'état civil", font=f, size_pt=10, anchor="center")
    sh.signature(122, y + 15, 38, 13, rng, color=INK)
    sh.stamp(26 + rng.uniform(0, 10), y + 10, ["MAIRIE", strip_accents(com).upper()[:20], "MALI"], rng, shape="round",
             size_mm=30, color=STV, angle=rng.uniform(-20, 20))
    return [sh]


_register("marriage-sen-twee-kolommen-echtgenoten-optie-monogamie-29", "marriage-certificate", PART, "fr",
          marriage_sen, country="SEN")
_register("marriage-mli-schrijfmachine-proza-regels-afgesloten-29", "marriage-certificate", PART, "fr",
          marriage_mli, country="MLI")


# --------------------------------------------------------------------------- sworn translations

_SRC = {"tr": ("turc", "Turks", "Turkse", "Turkish")}


def _tr_rows(person, lang: str):
    fa = (person.father or "—").split()[0]
    mo = (person.mother or "—").split()[0]
    bd = person.birth_date
    if lang == "fr":
        return [("N° d'identité T.C.", "[11 chiffres]"), ("Nom", person.surname.upper()), ("Prénom", person.given_names),
                ("Sexe", "masculin" if person.sex == "M" else "féminin"), ("Prénom du père", fa),
                ("Prénom de la mère", mo), ("Lieu de naissance", person.birth_place),
                ("Date de naissance", f"{bd.day} {_MOIS[bd.month - 1]} {bd.year}")]
    return [("T.C.-identiteitsnummer", "[11 cijfers]"), ("Familienaam", person.surname.upper()),
            ("Voornaam", person.given_names), ("Geslacht", "man" if person.sex == "M" else "vrouw"),
            ("Voornaam vader", fa), ("Voornaam moeder", mo), ("Geboorteplaats", person.birth_place),
            ("Geboortedatum", nl_long(bd))]


def translation_brussels(person, rng, *, issue_date=None, of_type="birth-certificate", source_lang="tr", **opts):
    """A sworn translator at the Brussels court (into French): a short letterhead at the right, the translation
    as label – value lines under 'TRADUCTION', the translator's oath formula in italics, the round seal and the
    signature at the foot, the translator's repertory number in the margin."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(10, 60))
    src = _SRC.get(source_lang, _SRC["tr"])
    sh = Sheet()
    f = "serif6"
    g, s = rng.choice([("Elif", "Şahin"), ("Didier", "Vandenbroucke"), ("Zeynep", "Arslan")])
    for i, t in enumerate((f"{g} {s}", f"Traducteur-interprète juré près le Tribunal de première instance de "
                           f"Bruxelles", f"Langues : {src[0]} – français", f"Rue de la Loi {rng.randint(10, 200)}, "
                           f"1040 Bruxelles")):
        sh.text(190, 14 + i * 4.8, glyphs(t, f), font=f, size_pt=10 if i == 0 else 8.5, bold=(i == 0), anchor="right")
    sh.text(20, 44, "TRADUCTION", font=f, size_pt=14, bold=True)
    sh.text(20, 51, f"du {src[0]} vers le français – document : extrait du registre de population (naissance)",
            font=f, size_pt=9.5, color=GREY)
    sh.text(20, 60, "[République de Turquie – Ministère de l'Intérieur – Direction générale de la population]",
            font=f, size_pt=9.5)
    y = 70
    for a, b in _tr_rows(person, "fr"):
        sh.text(24, y, a + " :", font=f, size_pt=10.5)
        sh.text(82, y, glyphs(b, f), font=f, size_pt=10.5, bold=True)
        y += 7
    y = sh.paragraph(20, y + 4, 170, "[Cachet de la direction de la population, signature illisible, code de "
                     "vérification]", font=f, size_pt=9.5) + 6
    y = sh.paragraph(20, y, 170, f"Je soussigné(e), {glyphs(g + ' ' + s, f)}, traducteur juré, certifie que la "
                     f"présente traduction est conforme à l'original rédigé en langue {src[0]}, qui m'a été présenté.",
                     font=f, size_pt=10.5, leading=1.45, italic=True) + 4
    sh.text(20, y, f"Bruxelles, le {fr_long(issue)}", font=f, size_pt=10.5)
    sh.signature(20, y + 6, 42, 14, rng, color=INK)
    sh.stamp(70, y + 2, ["TRADUCTEUR JURÉ", "BRUXELLES"], rng, shape="round", size_mm=26, color=STB,
             angle=rng.uniform(-15, 15))
    sh.text(8, 150, f"Rép. n° {rng.randint(100, 9999)}", font=f, size_pt=7.5, color=GREY)
    return [sh]


def translation_denhaag(person, rng, *, issue_date=None, of_type="birth-certificate", source_lang="tr", **opts):
    """A sworn translator in The Hague (into Dutch): the whole page framed, 'Vertaling uit het Turks' in a grey
    band, the translation as a numbered list, the Wbtv statement and number, the translator's stamp over the
    signature at the right."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(10, 60))
    src = _SRC.get(source_lang, _SRC["tr"])
    sh = Sheet()
    f = "sans2"
    sh.rect(14, 12, 182, 262, width_mm=0.5, color=(90, 90, 90))
    g, s = rng.choice([("Emre", "Koç"), ("Marieke", "Verbeek"), ("Selin", "Öztürk")])
    sh.text(20, 18, glyphs(f"{g} {s} – beëdigd vertaler Turks-Nederlands", f), font=f, size_pt=10, bold=True)
    sh.text(20, 23, f"Laan van Meerdervoort {rng.randint(10, 400)}, 2517 AK Den Haag · Wbtv-nummer {rng.randint(1000, 9999)}",
            font=f, size_pt=8.5, color=GREY)
    sh.rect(20, 32, 170, 9, width_mm=0, fill=(225, 225, 225))
    sh.text(22, 34, f"VERTALING UIT HET {src[1].upper()} – Doğum Kayıt Örneği (uittreksel geboorteregistratie)",
            font=f, size_pt=10, bold=True)
    y = 50
    for k, (a, b) in enumerate(_tr_rows(person, "nl"), 1):
        sh.text(22, y, f"{k}.", font=f, size_pt=10.5)
        sh.text(30, y, f"{a}: ", font=f, size_pt=10.5)
        sh.text(82, y, glyphs(b, f), font=f, size_pt=10.5, bold=True)
        y += 7
    y = sh.paragraph(22, y + 6, 164, "[Stempel van de bevolkingsdienst – handtekening – barcode en verificatiecode]",
                     font=f, size_pt=9.5) + 6
    y = sh.paragraph(22, y, 164, f"Ondergetekende, {glyphs(g + ' ' + s, f)}, beëdigd vertaler, ingeschreven in het "
                     f"Register beëdigde tolken en vertalers, verklaart dat deze vertaling getrouw en volledig is "
                     f"gemaakt naar het origineel in de {src[2]} taal.", font=f, size_pt=10, leading=1.45) + 4
    sh.text(22, y, f"Den Haag, {nl_long(issue)}", font=f, size_pt=10.5)
    sh.signature(120, y + 4, 42, 14, rng, color=INK)
    sh.stamp(126, y - 2, ["BEËDIGD VERTALER", "WBTV"], rng, shape="round", size_mm=26, color=STR,
             angle=rng.uniform(-15, 15))
    return [sh]


_register("translation-be-brussel-beedigd-regels-label-waarde-eedformule-cursief-29", "translation", PART, "fr",
          translation_brussels, country="BEL")
_register("translation-nl-denhaag-kader-grijze-band-genummerde-lijst-29", "translation", PART, "nl",
          translation_denhaag, country="NLD")
