"""Identity and civil-status families of the `twentyfirst` part (registered in identity.FAMILIES).

Written after dev, heldout and the parts fresh to twentieth had been read, by a writer who saw neither the validator
nor its output.  Passports of Togo, Mali, Iran and Pakistan whose data page has the photo at the left and a small
ghost image at the right, the captions in the national language and English in italics ending in a colon, the dates
as DD/MM/YYYY, copied with the facing visa page and its Zaventem entry stamp above, certified as a true copy by a
Belgian commune's civil servant (a rubber stamp 'Voor eensluidend afschrift / Pour copie conforme', the date and a
signature) under the booklet; passports of Türkiye and Suriname copied on a table-top copier with a binder clip's
shadow at the top, the data page reduced in the upper right corner and the lawyer's ballpoint loop round the expiry
date with a note.  A Togolese identity card enlarged 200 % (front over back) with 'agrandi 200 %' written beside it;
a Dutch residence document photographed with the government's KopieID app (the watermark 'KOPIE' with purpose and
date across the card).  Togolese civil-status volets on a ruled grid with the values typed in blue by an inkjet
printer, with a cancelled fiscal stamp; Malian extracts as one justified paragraph with the NINA number and the
mayor's square stamp; a Turkish population-register extract printed on a dot-matrix printer on continuous paper with
tractor-feed strips.  Nationality certificates of a Togolese and a Malian court, identity attestations of the
Togolese and Malian embassies (photo glued at the top left with a dry seal), sworn translations from Antwerp and
Utrecht.
"""
from __future__ import annotations

import datetime
import math
import random

from PIL import Image, ImageDraw, ImageFilter

from . import mrz as M
from .identity import TODAY, _dates, _digits, _mrz_data, _register
from .paper import Sheet, text_width_mm
from .people import format_date, strip_accents

PART = "twentyfirst"
GREY = (105, 105, 105)
OCR_PT = 2.54 / 0.602 / (25.4 / 72)
BLUE_INK = (25, 45, 140)


# --------------------------------------------------------------------------- helpers of this part

def lay(sh: Sheet, sub: Sheet, x: float, y: float, *, scale: float = 1.0, angle: float = 0.0, dpi: int = 300,
        grey: bool = False) -> tuple[float, float]:
    """Put a rendered sub-sheet on the page (scaled, turned by angle degrees); returns its size in mm."""
    img = sub.render(dpi)
    if grey:
        img = img.convert("L").convert("RGB")
    if angle:
        img = img.rotate(angle, expand=True, resample=Image.BICUBIC, fillcolor=(255, 255, 255))
    w = img.width / dpi * 25.4 * scale
    h = img.height / dpi * 25.4 * scale
    sh.image(x, y, w, h, img)
    return w, h


def binder_clip(sh: Sheet, x: float, y: float, rng: random.Random) -> None:
    """The shadow of a black binder clip left on the original's top edge when it was copied."""
    W, H = 300, 160
    im = Image.new("RGBA", (W, H), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle([20, 40, W - 20, H - 10], radius=18, fill=(25, 25, 25, 235))
    d.line([(70, 40), (90, 0)], fill=(60, 60, 60, 220), width=10)
    d.line([(W - 70, 40), (W - 90, 0)], fill=(60, 60, 60, 220), width=10)
    im = im.filter(ImageFilter.GaussianBlur(2))
    sh.image(x, y, 32, 17, im)


def kopieid_watermark(card: Image.Image, text: str) -> Image.Image:
    """The KopieID app's watermark: the text repeated diagonally across the photographed document."""
    over = Image.new("RGBA", (card.width * 2, card.height * 2), (0, 0, 0, 0))
    d = ImageDraw.Draw(over)
    from .paper import _font_path, _pil_font
    f = _pil_font(_font_path("sans4", True), max(12, card.height // 9))
    step = card.height // 4
    for k in range(-2, 10):
        d.text((20, k * step), ("   " + text) * 4, font=f, fill=(40, 40, 40, 70))
    over = over.rotate(24, resample=Image.BICUBIC)
    over = over.crop((card.width // 2, card.height // 2, card.width // 2 + card.width, card.height // 2 + card.height))
    out = card.convert("RGBA")
    out.alpha_composite(over)
    return out.convert("RGB")


def _ghost(person, rng) -> Image.Image:
    from .paper import make_photo
    im = make_photo(12, 15, rng).convert("L")
    im = Image.eval(im, lambda v: 150 + v // 3)
    return im.convert("RGB")


# --------------------------------------------------------------------------- passports, layout 1: certified copy

_PA = {
    "TGO": dict(state="RÉPUBLIQUE TOGOLAISE", state2="TOGOLESE REPUBLIC", word="PASSEPORT / PASSPORT",
                num=lambda r: "T" + _digits(r, 8), nat="TOGOLAISE", auth="DGDN LOMÉ", col=(30, 110, 60),
                cap=("Nom", "Prénoms", "Nationalité", "Date de naissance", "Sexe", "Lieu de naissance",
                     "Date de délivrance", "Date d'expiration", "Autorité"), loc="fr/en", years=5),
    "MLI": dict(state="RÉPUBLIQUE DU MALI", state2="REPUBLIC OF MALI", word="PASSEPORT / PASSPORT",
                num=lambda r: "AA" + _digits(r, 7), nat="MALIENNE", auth="DGPN BAMAKO", col=(150, 110, 20),
                cap=("Nom", "Prénoms", "Nationalité", "Date de naissance", "Sexe", "Lieu de naissance",
                     "Date de délivrance", "Date d'expiration", "Autorité"), loc="fr/en", years=5),
    "IRN": dict(state="ISLAMIC REPUBLIC OF IRAN", state2="JOMHURI-YE ESLAMI-YE IRAN", word="GOZARNAMEH / PASSPORT",
                num=lambda r: "Z" + _digits(r, 8), nat="IRANIAN", auth="POLICE OF PASSPORT TEHRAN",
                col=(120, 30, 40),
                cap=("Nam-e khanevadegi", "Nam", "Tabeiyat", "Tarikh-e tavallod", "Jensiyat", "Mahal-e tavallod",
                     "Tarikh-e sodur", "Tarikh-e enqeza", "Marja-e sodur"), loc="fa/en", years=5),
    "PAK": dict(state="ISLAMIC REPUBLIC OF PAKISTAN", state2="", word="PASSPORT",
                num=lambda r: rng_letters(r, 2) + _digits(r, 7), nat="PAKISTANI", auth="PAKISTAN",
                col=(20, 90, 50),
                cap=("Khandani naam", "Naam", "Qaumiyat", "Tareekh-e-paidaish", "Jins", "Jaa-e-paidaish",
                     "Tareekh-e-ijra", "Tareekh-e-tanseekh", "Idara"), loc="ur/en", years=10),
}
_CAP_EN = ("Surname", "Given names", "Nationality", "Date of birth", "Sex", "Place of birth", "Date of issue",
           "Date of expiry", "Authority")


def rng_letters(r: random.Random, n: int) -> str:
    return "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


def _page_left_photo(code, person, rng, number, issue, expiry, lines) -> Sheet:
    cfg = _PA[code]
    s = Sheet(125, 88)
    s.rect(0, 0, 125, 88, width_mm=0, fill=(246, 244, 236))
    tint = tuple(min(255, 215 + v // 6) for v in cfg["col"])
    for k in range(0, 125, 4):
        s.rule(k, 0, k + 10, 88, width_mm=0.06, color=tint)
    s.text(62.5, 2, cfg["state"], font="serif4", size_pt=7, bold=True, anchor="center", color=cfg["col"])
    if cfg["state2"]:
        s.text(62.5, 5.6, cfg["state2"], font="serif4", size_pt=5, anchor="center", color=cfg["col"])
    s.text(62.5, 8.8, cfg["word"], font="sans4", size_pt=4.8, anchor="center", color=(80, 80, 80))
    s.photo(4, 14, 30, 38, rng)
    s.image(108, 40, 12, 15, _ghost(person, rng))
    vals = [person.surname.upper(), person.given_names.upper(), cfg["nat"], person.birth_date.strftime("%d/%m/%Y"),
            person.sex, strip_accents(person.birth_place).upper(), issue.strftime("%d/%m/%Y"),
            expiry.strftime("%d/%m/%Y"), cfg["auth"]]
    s.text(38, 13, f"P   {code}", font="sans2", size_pt=6.5, bold=True)
    s.text(72, 13, number, font="sans2", size_pt=7.5, bold=True, color=(140, 20, 30))
    y = 18.5
    for i, v in enumerate(vals):
        lab = f"{cfg['cap'][i]} / {_CAP_EN[i]}:"
        x = 38 if i not in (4, 7) else 82
        if i in (4, 7):
            y -= 5.8
        s.text(x, y, lab[:48], font="serif2", size_pt=3.2, italic=True, color=GREY)
        sz = 6.4
        while sz > 4.2 and text_width_mm(v, "sans2", sz, bold=True) > (66 if x == 38 else 38):
            sz -= 0.25
        s.text(x, y + 1.35, v, font="sans2", size_pt=sz, bold=True, color=(20, 20, 28))
        y += 5.8
    s.signature(40, 64, 26, 6, rng, color=(25, 25, 35))
    for i, ln in enumerate(lines):
        s.text(4.2, 72 + i * 5.2, ln, font="ocrb", size_pt=OCR_PT, color=(15, 15, 15))
    return s


def _visa_page(code, rng, issue) -> Sheet:
    """The facing visa page: faint printed pattern, page number, a Schengen entry stamp of Zaventem."""
    s = Sheet(125, 88)
    s.rect(0, 0, 125, 88, width_mm=0, fill=(246, 244, 238))
    for k in range(0, 88, 5):
        s.rule(0, k, 125, k + 2, width_mm=0.05, color=(225, 225, 215))
    s.text(120, 82, str(rng.choice([4, 6, 8])), font="sans4", size_pt=6, anchor="right", color=GREY)
    ent = issue + datetime.timedelta(days=rng.randint(30, 400))
    if ent > TODAY - datetime.timedelta(days=20):
        ent = TODAY - datetime.timedelta(days=rng.randint(60, 300))
    s.stamp(rng.uniform(15, 60), rng.uniform(10, 40), ["BRUSSELS AIRPORT", ent.strftime("%d-%m-%y"), "B"], rng,
            shape="rect", size_mm=26, color=(40, 40, 40), angle=rng.uniform(-12, 12))
    return s


def _passport_certified(code: str):
    cfg = _PA[code]

    def make(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, crop=False,
             annotate=None, number=None, **opts):
        issue, expiry = _dates(rng, issue_date, expiry_date, cfg["years"])
        number = number or cfg["num"](rng)
        md = _mrz_data(person, mrz_override)
        lines = M.td3(issuing=code, surname=md["surname"], given=md["given_names"],
                      number=md.get("number", number[-9:]), nationality=md["nationality"],
                      birth_date=md["birth_date"], sex=md["sex"], expiry=expiry, break_check=break_check)
        page = _page_left_photo(code, person, rng, number, issue, expiry, lines)
        if crop:
            return [page]
        sh = Sheet()
        x, y = 42 + rng.uniform(-3, 3), 16 + rng.uniform(0, 6)
        sh.rect(x - 2.5, y - 2.5, 130, 181, width_mm=0, fill=tuple(max(0, v - 50) for v in cfg["col"]))
        sh.image(x, y, 125, 88, _visa_page(code, rng, issue).render(250))
        sh.rule(x, y + 88, x + 125, y + 88, width_mm=0.6, color=(150, 150, 150))
        sh.image(x, y + 88.5, 125, 88, page.render(300))
        # the commune's certification of the copy, under the booklet
        yy = y + 190
        city = rng.choice([("Schaerbeek", "Schaarbeek"), ("Molenbeek-Saint-Jean", "Sint-Jans-Molenbeek"),
                           ("Ixelles", "Elsene"), ("Saint-Gilles", "Sint-Gillis")])
        sh.stamp(40, yy, ["VOOR EENSLUIDEND AFSCHRIFT", "POUR COPIE CONFORME", f"{city[0].upper()} – {city[1].upper()}"],
                 rng, shape="rect", size_mm=44, color=(40, 50, 150), angle=rng.uniform(-3, 3))
        d = TODAY - datetime.timedelta(days=rng.randint(10, 60))
        sh.handwriting(142, yy + 4, d.strftime("%d/%m/%Y"), rng, size_pt=12, color=BLUE_INK, font="hand2")
        sh.signature(142, yy + 11, 36, 12, rng, color=BLUE_INK)
        sh.text(120, yy + 27, "L'employé(e) délégué(e) – De gemachtigde bediende", font="sans4", size_pt=7,
                color=(60, 60, 90))
        if annotate:
            sh.handwriting(20, 282, annotate, rng, size_pt=12)
        return [sh]

    return make


for _c in ("TGO", "MLI", "IRN", "PAK"):
    _register(f"passport-td3-{_c.lower()}-visumpagina-boven-eensluidend-afschrift-gemeente-21", "identity-document",
              PART, _PA[_c]["loc"], _passport_certified(_c), country=_c, mrz="TD3", photo=True,
              notes=f"{_c} passport, photo at the left and ghost image at the right, italic bilingual captions with a "
                    f"colon, copied with the facing visa page (entry stamp) and certified by a Brussels commune")


# --------------------------------------------------------------------------- passports, layout 2: binder clip + note

_PB = {
    "TUR": dict(state="TÜRKİYE CUMHURİYETİ", word="PASAPORT · PASSPORT", num=lambda r: "U" + _digits(r, 8),
                nat="T.C.", auth="EMNİYET GENEL MÜDÜRLÜĞÜ", col=(150, 20, 40),
                cap=("Soyadı", "Adı", "Uyruğu", "Doğum tarihi", "Cinsiyeti", "Doğum yeri", "Veriliş tarihi",
                     "Geçerlilik tarihi", "Makam"), years=10, note="geldig tot"),
    "SUR": dict(state="REPUBLIEK SURINAME", word="PASPOORT · PASSPORT", num=lambda r: "R" + _digits(r, 7),
                nat="SURINAAMSE", auth="CBB", col=(20, 80, 50),
                cap=("Naam", "Voornamen", "Nationaliteit", "Geboortedatum", "Geslacht", "Geboorteplaats",
                     "Datum afgifte", "Geldig tot", "Instantie"), years=5, note="geldig tot"),
}
_MON3 = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def _d3(d: datetime.date) -> str:
    return f"{d.day:02d} {_MON3[d.month - 1]} {d.year}"


def _page_clip(code, person, rng, number, issue, expiry, lines) -> tuple[Sheet, tuple[float, float]]:
    cfg = _PB[code]
    s = Sheet(125, 88)
    s.rect(0, 0, 125, 88, width_mm=0, fill=(242, 240, 236))
    for k in range(0, 125, 6):
        s.rule(k, 0, k, 88, width_mm=0.05, color=(222, 215, 215))
    s.rect(0, 0, 125, 9, width_mm=0, fill=cfg["col"])
    s.text(4, 1.8, cfg["state"], font="sans4", size_pt=7.5, bold=True, color=(255, 255, 255))
    s.text(121, 2.6, cfg["word"], font="sans4", size_pt=5, anchor="right", color=(255, 235, 235))
    s.photo(92, 13, 29, 37, rng)
    vals = [person.surname.upper(), person.given_names.upper(), cfg["nat"], _d3(person.birth_date), person.sex,
            strip_accents(person.birth_place).upper(), _d3(issue), _d3(expiry), cfg["auth"]]
    s.text(4, 12, f"P  ·  {code}  ·  {number}", font="sans4", size_pt=6.5, bold=True)
    y, exp_at = 17.5, (0.0, 0.0)
    for i, v in enumerate(vals):
        x = 4 if i not in (4, 7) else 50
        if i in (4, 7):
            y -= 6
        s.text(x, y, f"{cfg['cap'][i]} / {_CAP_EN[i]}", font="sans4", size_pt=3, color=GREY)
        s.text(x, y + 1.3, v, font="serif5", size_pt=6.2 if len(v) < 26 else 5, bold=True)
        if i == 7:
            exp_at = (x, y + 1.3)
        y += 6
    for i, ln in enumerate(lines):
        s.text(4.2, 72 + i * 5.2, ln, font="ocrb", size_pt=OCR_PT, color=(15, 15, 15))
    return s, exp_at


def _passport_clip(code: str):
    cfg = _PB[code]

    def make(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, crop=False,
             annotate=None, number=None, **opts):
        issue, expiry = _dates(rng, issue_date, expiry_date, cfg["years"])
        number = number or cfg["num"](rng)
        md = _mrz_data(person, mrz_override)
        lines = M.td3(issuing=code, surname=md["surname"], given=md["given_names"],
                      number=md.get("number", number[-9:]), nationality=md["nationality"],
                      birth_date=md["birth_date"], sex=md["sex"], expiry=expiry, break_check=break_check)
        page, (ex, ey) = _page_clip(code, person, rng, number, issue, expiry, lines)
        if crop:
            return [page]
        sh = Sheet()
        k = 0.86
        x, y = 210 - 14 - 125 * k + rng.uniform(-2, 0), 24 + rng.uniform(0, 5)
        sh.rect(x - 1.2, y - 1.2, 125 * k + 2.4, 88 * k + 2.4, width_mm=0.2, color=(120, 120, 120))
        sh.image(x, y, 125 * k, 88 * k, page.render(300))
        binder_clip(sh, x + 40 * k, y - 12, rng)
        # the lawyer's ballpoint loop round the expiry date and a note in the left margin
        from PIL import Image as _I
        ov = _I.new("RGBA", (420, 120), (0, 0, 0, 0))
        ImageDraw.Draw(ov).ellipse([8, 8, 412, 112], outline=(25, 45, 140, 230), width=7)
        sh.image(x + (ex - 2) * k, y + (ey - 1.8) * k, 34 * k, 7.5 * k, ov, blend="multiply")
        sh.handwriting(18, y + 58, f"{cfg['note']} {expiry.strftime('%d/%m/%y')} ok", rng, size_pt=11, color=BLUE_INK,
                       font="hand4")
        sh.rule(50, y + 60, x + (ex - 2) * k, y + (ey + 2) * k, width_mm=0.35, color=BLUE_INK)
        if annotate:
            sh.handwriting(20, 282, annotate, rng, size_pt=12)
        return [sh]

    return make


for _c in ("TUR", "SUR"):
    _register(f"passport-td3-{_c.lower()}-rechtsboven-verkleind-papierklem-vervaldatum-omcirkeld-21",
              "identity-document", PART, {"TUR": "tr/en", "SUR": "nl/en"}[_c], _passport_clip(_c), country=_c,
              mrz="TD3", photo=True,
              notes=f"{_c} passport data page reduced in the upper right corner, binder clip shadow at the top, the "
                    f"expiry date circled in ballpoint with a note in the margin")


# --------------------------------------------------------------------------- Togolese identity card, enlarged 200 %

def idcard_tgo(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, **opts):
    """Togolese national identity card (CNI, TD1) copied enlarged 200 %: the front above the back across the
    sheet, 'agrandi 200 %' written in pencil at the side."""
    issue, expiry = _dates(rng, issue_date, expiry_date, 10)
    number = "TG" + _digits(rng, 8)
    md = _mrz_data(person, mrz_override)
    lines = M.td1(issuing="TGO", surname=md["surname"], given=md["given_names"], number=md.get("number", number),
                  nationality=md["nationality"], birth_date=md["birth_date"], sex=md["sex"], expiry=expiry,
                  doc_code="ID", break_check=break_check)
    f = Sheet(85.6, 54)
    f.rect(0, 0, 85.6, 54, width_mm=0, fill=(236, 244, 232))
    for k in range(0, 86, 3):
        f.rule(k, 0, k + 20, 54, width_mm=0.05, color=(205, 225, 200))
    f.rect(0, 0, 85.6, 3, width_mm=0, fill=(0, 120, 60))
    f.rect(0, 3, 85.6, 2, width_mm=0, fill=(250, 210, 0))
    f.text(3, 6.2, "RÉPUBLIQUE TOGOLAISE", font="sans4", size_pt=5.6, bold=True, color=(0, 90, 50))
    f.text(3, 9.2, "CARTE NATIONALE D'IDENTITÉ", font="sans4", size_pt=4.6, bold=True)
    f.photo(62, 12, 20, 26, rng)
    rows = [("NOM", person.surname.upper()), ("PRÉNOMS", person.given_names.upper()),
            ("NÉ(E) LE", person.birth_date.strftime("%d.%m.%Y")),
            ("À", strip_accents(person.birth_place).upper()), ("SEXE", person.sex), ("N°", number)]
    y = 13.5
    for a, b in rows:
        f.text(3, y, a, font="sans4", size_pt=3.2, color=GREY)
        f.text(3, y + 1.4, b, font="sans2", size_pt=5.4, bold=True)
        y += 5.6
    f.signature(60, 40, 22, 6, rng, color=(20, 20, 30))
    b = Sheet(85.6, 54)
    b.rect(0, 0, 85.6, 54, width_mm=0, fill=(240, 244, 236))
    for i, (a, v) in enumerate((("Profession", rng.choice(["COMMERÇANT(E)", "ÉLÈVE", "COUTURIER(ÈRE)", "SANS"])),
                                ("Délivrée le", issue.strftime("%d.%m.%Y")), ("Expire le", expiry.strftime("%d.%m.%Y")),
                                ("Autorité", "ANID – LOMÉ"))):
        b.text(3, 3 + i * 5.2, a, font="sans4", size_pt=3.3, color=GREY)
        b.text(26, 2.8 + i * 5.2, v, font="sans2", size_pt=5.2, bold=True)
    for i, ln in enumerate(lines):
        b.text(3.5, 33 + i * 5.6, ln, font="ocrb", size_pt=OCR_PT * 0.98, color=(15, 15, 15))
    sh = Sheet()
    lay(sh, f, 19, 14, scale=2.0, angle=rng.uniform(-0.8, 0.8), dpi=220)
    lay(sh, b, 19, 132 + rng.uniform(0, 4), scale=2.0, angle=rng.uniform(-0.8, 0.8), dpi=220)
    sh.handwriting(150, 250, "agrandi 200 %", rng, size_pt=11, color=(95, 95, 100), font="hand1")
    return [sh]


_register("idcard-td1-tgo-vergroot-200pct-voor-boven-achter-21", "identity-document", PART, "fr", idcard_tgo,
          country="TGO", mrz="TD1", photo=True,
          notes="Togolese CNI copied enlarged 200 %, front above back, pencil note 'agrandi 200 %'")


# --------------------------------------------------------------------------- Dutch residence document via KopieID

def permit_nl_kopieid(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None,
                      purpose=None, v_number=None, **opts):
    """Dutch residence document photographed with the government's KopieID app and printed: front and back one
    above the other, each with the watermark 'KOPIE – IND aanvraag – date' across it; the document number is
    left visible, the app's footer line under the images."""
    issue, expiry = _dates(rng, issue_date, expiry_date, rng.choice([1, 5]))
    number = rng.choice("RWXY") + rng.choice("BCDFGHJKLMNPRSTVWXZ") + _digits(rng, 7)
    purpose = purpose or "verblijf bij partner"
    md = _mrz_data(person, mrz_override)
    lines = M.td1(doc_code="IR", issuing="NLD", number=md.get("number", number), nationality=md["nationality"],
                  birth_date=md["birth_date"], sex=md["sex"], expiry=expiry, surname=md["surname"],
                  given=md["given_names"], break_check=break_check)
    vnr = v_number or person.v_number or _digits(rng, 10)
    f = Sheet(85.6, 54)
    f.rect(0, 0, 85.6, 54, width_mm=0, fill=(222, 232, 246))
    f.text(3, 2.4, "VERBLIJFSDOCUMENT", font="sans4", size_pt=6.4, bold=True, color=(20, 50, 110))
    f.text(82, 2.8, "NLD", font="sans4", size_pt=6, bold=True, anchor="right", color=(20, 50, 110))
    f.photo(3, 10, 21, 27, rng)
    rows = [("Naam", person.surname.upper()), ("Voornamen", person.given_names.upper()),
            ("Geldig tot", expiry.strftime("%d.%m.%Y")), ("Soort", "REGULIER BEPAALDE TIJD"),
            ("Opmerkingen", purpose.upper()[:34]), ("Documentnummer", number)]
    y = 10
    for a, v in rows:
        f.text(27, y, a, font="sans4", size_pt=3.2, color=GREY)
        f.text(27, y + 1.4, v, font="sans2", size_pt=5.4, bold=True)
        y += 5.6
    b = Sheet(85.6, 54)
    b.rect(0, 0, 85.6, 54, width_mm=0, fill=(228, 236, 246))
    for i, (a, v) in enumerate((("Geboortedatum", person.birth_date.strftime("%d.%m.%Y")),
                                ("Nationaliteit", md["nationality"]), ("Geslacht", person.sex), ("V-nummer", vnr),
                                ("Datum afgifte", issue.strftime("%d.%m.%Y")))):
        b.text(4, 3 + i * 5, a, font="sans4", size_pt=3.4, color=GREY)
        b.text(30, 2.8 + i * 5, v, font="sans2", size_pt=5.4, bold=True)
    for i, ln in enumerate(lines):
        b.text(3.5, 33 + i * 5.6, ln, font="ocrb", size_pt=OCR_PT * 0.98, color=(15, 15, 15))
    wm = f"KOPIE IND aanvraag {(TODAY - datetime.timedelta(days=rng.randint(3, 25))).strftime('%d-%m-%Y')}"
    sh = Sheet()
    y = 24
    for side in (f, b):
        img = side.render(300)
        img = kopieid_watermark(img, wm)
        k = 1.55
        sh.rect(31, y - 2, 85.6 * k + 4, 54 * k + 4, width_mm=0, fill=(60, 60, 60))
        sh.image(33, y, 85.6 * k, 54 * k, img)
        y += 54 * k + 14
    sh.text(33, y, "Gemaakt met KopieID · Rijksoverheid", font="sans", size_pt=7.5, color=GREY)
    return [sh]


_register("permit-nl-kopieid-app-watermerk-voor-boven-achter-21", "identity-document", PART, "nl", permit_nl_kopieid,
          country="NLD", mrz="TD1", photo=True,
          notes="Dutch residence document photographed with the KopieID app: watermark 'KOPIE IND aanvraag' across")


# --------------------------------------------------------------------------- civil status: Togo (ruled grid, inkjet)

def _tgo(kind: str):
    def make(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, spouse=None,
             marriage_date=None, **opts):
        """Togolese civil-status 'volet' on a ruled grid: the state and motto at the top left, the préfecture and
        centre at the right; each datum in a grid row, caption in a shaded cell, the value typed in blue by an
        inkjet printer; a cancelled fiscal stamp in the lower left corner, the officer's signature and round
        stamp."""
        issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(60, 600)))
        centre = rng.choice(["LOMÉ – GOLFE 1", "LOMÉ – AGOÈ-NYIVÉ", "KPALIMÉ", "SOKODÉ", "ATAKPAMÉ"])
        sh = Sheet(paper="cream")
        f = "serif6"
        ink = (30, 50, 160)
        sh.text(20, 12, "RÉPUBLIQUE TOGOLAISE", font=f, size_pt=11, bold=True)
        sh.text(20, 17, "Travail – Liberté – Patrie", font=f, size_pt=8.5, italic=True)
        sh.text(20, 22, "MINISTÈRE DE L'ADMINISTRATION TERRITORIALE", font=f, size_pt=7.5)
        sh.text(190, 12, f"CENTRE D'ÉTAT CIVIL DE {centre}", font=f, size_pt=8.5, anchor="right", bold=True)
        ev = act_date or (person.birth_date + datetime.timedelta(days=rng.randint(3, 40)) if kind == "birth"
                          else (marriage_date or TODAY - datetime.timedelta(days=rng.randint(2000, 8000))))
        no = f"{rng.randint(100, 4999)}/{ev.year}"
        sh.text(190, 17, f"Volet n° 3 – Acte n° {no}", font=f, size_pt=9, anchor="right")
        title = "ACTE DE NAISSANCE" if kind == "birth" else "ACTE DE MARIAGE"
        sh.text(105, 36, title, font=f, size_pt=15, bold=True, anchor="center")
        sh.text(105, 43, "(copie délivrée conforme au registre)", font=f, size_pt=8.5, anchor="center", italic=True)
        if kind == "birth":
            fa = father or person.father or "—"
            mo = mother or person.mother or "—"
            rows = [("Nom de l'enfant", person.surname.upper()), ("Prénoms", person.given_names),
                    ("Sexe", "masculin" if person.sex == "M" else "féminin"),
                    ("Date de naissance", format_date(person.birth_date, "long", "fr")),
                    ("Lieu de naissance", person.birth_place),
                    ("Père", fa), ("Mère", mo),
                    ("Déclarant", fa),
                    ("Date de l'acte", format_date(ev, "long", "fr"))]
        else:
            h, w = (person, spouse) if person.sex == "M" else (spouse, person)
            wd = marriage_date or ev
            rows = [("Date du mariage", format_date(wd, "long", "fr")),
                    ("Époux", f"{h.surname.upper()} {h.given_names}"),
                    ("Né le / à", f"{h.birth_date.strftime('%d/%m/%Y')} à {h.birth_place}"),
                    ("Épouse", f"{w.surname.upper()} {w.given_names}"),
                    ("Née le / à", f"{w.birth_date.strftime('%d/%m/%Y')} à {w.birth_place}"),
                    ("Option", rng.choice(["monogamie", "monogamie – communauté de biens"])),
                    ("Témoins", f"{rng.choice(['AGBEKO', 'KOMLAN', 'MENSAH'])} Kossi et "
                                f"{rng.choice(['AMEGAN', 'KODJO', 'DZIDZO'])} Afi")]
        y = 54
        for a, b in rows:
            sh.rect(20, y, 55, 10, width_mm=0.3, fill=(236, 236, 228))
            sh.rect(75, y, 115, 10, width_mm=0.3)
            sh.text(22, y + 3, a, font=f, size_pt=9.5)
            sh.text(78, y + 2.6, b, font="sans", size_pt=10.5, color=ink)
            y += 10
        sh.paragraph(20, y + 6, 170, "Délivré pour copie conforme aux énonciations du registre, pour servir et valoir "
                     "ce que de droit.", font=f, size_pt=9.5, italic=True)
        sh.text(110, y + 18, f"{centre.split(' – ')[0].title()}, le {issued.strftime('%d/%m/%Y')}", font=f,
                size_pt=10)
        sh.text(110, y + 24, "L'Officier d'état civil", font=f, size_pt=10)
        sh.signature(112, y + 29, 44, 14, rng, color=(20, 30, 110))
        sh.stamp(150, y + 20, ["RÉPUBLIQUE TOGOLAISE", "ÉTAT CIVIL", centre.split(" – ")[0]], rng, shape="round",
                 size_mm=30, color=(60, 50, 150))
        # the fiscal stamp, cancelled with two strokes and a date
        sh.rect(24, y + 20, 22, 28, width_mm=0, fill=(214, 196, 226))
        sh.rect(25.5, y + 21.5, 19, 25, width_mm=0.3, color=(120, 70, 140))
        sh.text(35, y + 24, "TOGO", font="sans4", size_pt=6.5, bold=True, anchor="center", color=(90, 40, 110))
        sh.text(35, y + 30, "TIMBRE", font="sans4", size_pt=6, anchor="center", color=(90, 40, 110))
        sh.text(35, y + 37, "500 F", font="sans4", size_pt=9, bold=True, anchor="center", color=(90, 40, 110))
        sh.rule(22, y + 22, 48, y + 46, width_mm=0.5, color=(30, 30, 100))
        sh.rule(22, y + 30, 48, y + 48, width_mm=0.5, color=(30, 30, 100))
        return [sh]

    return make


# --------------------------------------------------------------------------- civil status: Mali (one paragraph)

def _mli(kind: str):
    def make(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, spouse=None,
             marriage_date=None, **opts):
        """Malian extract typed as one justified paragraph under the state's heading, the NINA number of the
        person in a box, the mayor's square stamp over the signature and the 'Pour extrait conforme' line."""
        issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(60, 700)))
        commune = rng.choice(["COMMUNE III DU DISTRICT DE BAMAKO", "COMMUNE IV DU DISTRICT DE BAMAKO",
                              "COMMUNE URBAINE DE KAYES", "COMMUNE URBAINE DE SÉGOU", "COMMUNE URBAINE DE MOPTI"])
        sh = Sheet()
        f = "serif2"
        sh.text(105, 12, "RÉPUBLIQUE DU MALI", font=f, size_pt=12, bold=True, anchor="center")
        sh.text(105, 18, "Un Peuple – Un But – Une Foi", font=f, size_pt=9, italic=True, anchor="center")
        sh.rule(85, 23, 125, 23, width_mm=0.4)
        sh.text(20, 30, "CERCLE / DISTRICT : " + ("BAMAKO" if "BAMAKO" in commune else commune.split()[-1]),
                font=f, size_pt=9)
        sh.text(20, 35, commune, font=f, size_pt=9, bold=True)
        sh.text(20, 40, "CENTRE PRINCIPAL D'ÉTAT CIVIL", font=f, size_pt=9)
        nina = _digits(rng, 15) + rng.choice("ABCDEFGHJK")
        sh.rect(132, 28, 58, 14, width_mm=0.4)
        sh.text(135, 30, "N° NINA", font=f, size_pt=8, color=GREY)
        sh.text(135, 35, nina, font="mono", size_pt=9.5, bold=True)
        ev = act_date or (person.birth_date + datetime.timedelta(days=rng.randint(3, 60)) if kind == "birth"
                          else (marriage_date or TODAY - datetime.timedelta(days=rng.randint(2000, 8000))))
        no = f"{rng.randint(10, 2999)}"
        title = "EXTRAIT D'ACTE DE NAISSANCE" if kind == "birth" else "EXTRAIT D'ACTE DE MARIAGE"
        sh.text(105, 56, title, font=f, size_pt=14, bold=True, anchor="center")
        sh.text(105, 63, f"N° {no} du registre de l'année {ev.year}", font=f, size_pt=9.5, anchor="center")
        if kind == "birth":
            fa = father or person.father or "—"
            mo = mother or person.mother or "—"
            g = "e" if person.sex == "F" else ""
            body = (f"Le {format_date(person.birth_date, 'long', 'fr')}, est né{g} à {person.birth_place} "
                    f"({'Mali' if person.birth_country in ('Mali', None) else person.birth_country}), un enfant de "
                    f"sexe {'masculin' if person.sex == 'M' else 'féminin'}, prénommé{g} {person.given_names}, "
                    f"nom {person.surname.upper()}, fils{'' if not g else ' / fille'} de {fa}, et de {mo}. "
                    f"Acte dressé le {format_date(ev, 'long', 'fr')} sur la déclaration du père, lecture faite.")
        else:
            h, w = (person, spouse) if person.sex == "M" else (spouse, person)
            wd = marriage_date or ev
            body = (f"Le {format_date(wd, 'long', 'fr')}, devant nous, officier de l'état civil de la {commune.lower()}, "
                    f"ont comparu publiquement {h.surname.upper()} {h.given_names}, né le "
                    f"{format_date(h.birth_date, 'long', 'fr')} à {h.birth_place}, et {w.surname.upper()} "
                    f"{w.given_names}, née le {format_date(w.birth_date, 'long', 'fr')} à {w.birth_place}, lesquels "
                    f"ont déclaré se prendre pour époux. Option : {rng.choice(['monogamie', 'polygamie'])}. Régime : "
                    f"{rng.choice(['séparation de biens', 'communauté de biens'])}. Témoins : "
                    f"{rng.choice(['TRAORÉ Bakary', 'COULIBALY Modibo', 'KEITA Moussa'])} et "
                    f"{rng.choice(['DIARRA Fatoumata', 'SANGARÉ Aminata', 'TOURÉ Oumou'])}.")
        y = sh.paragraph(22, 74, 166, body, font=f, size_pt=11, leading=1.7, align="justify")
        sh.paragraph(22, y + 6, 166, "Pour extrait conforme, délivré sur papier libre aux fins administratives.",
                     font=f, size_pt=10, italic=True)
        sh.text(115, y + 22, f"Fait à {'Bamako' if 'BAMAKO' in commune else commune.split()[-1].title()}, le "
                             f"{format_date(issued, 'long', 'fr')}", font=f, size_pt=10.5)
        sh.text(115, y + 28, "P/Le Maire, l'Officier de l'état civil", font=f, size_pt=10)
        sh.signature(118, y + 33, 44, 14, rng, color=(20, 20, 40))
        sh.stamp(122, y + 30, ["MAIRIE", commune.split(" DU ")[0][:22], "ÉTAT CIVIL"], rng, shape="rect",
                 size_mm=32, color=(40, 90, 60), angle=rng.uniform(-6, 6))
        return [sh]

    return make


for _c, _mk, _tag in (("TGO", _tgo, "volet-raster-inkjet-blauw-fiscale-zegel"),
                      ("MLI", _mli, "uittreksel-een-alinea-nina-vierkante-stempel")):
    _register(f"birth-{_c.lower()}-{_tag}-21", "birth-certificate", PART, "fr", _mk("birth"), country=_c,
              notes=f"{_c} birth act: {_tag}")
    _register(f"marriage-{_c.lower()}-{_tag}-21", "marriage-certificate", PART, "fr", _mk("marriage"), country=_c,
              notes=f"{_c} marriage act in the same layout")


# --------------------------------------------------------------------------- Turkish register extract, dot matrix

def _dotmatrix(sh: Sheet, x: float, y: float, s: str, size: float = 9.5) -> None:
    sh.text(x, y, strip_accents(s).upper().replace("İ", "I").replace("I", "I"), font="typewriter3", size_pt=size,
            color=(55, 55, 60))


def birth_tur_dotmatrix(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """A Turkish population-register extract (Nüfus Kayıt Örneği) printed on a dot-matrix printer on continuous
    paper: tractor-feed strips with holes at both edges, faint green bars, the text in capitals without diacritics,
    the official's stamp and initials at the foot."""
    issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(40, 400)))
    sh = Sheet()
    for k in range(0, 297, 25):
        sh.rect(14, k, 182, 12.5, width_mm=0, fill=(232, 244, 234))
    for side in (0, 197):
        sh.rect(side, 0, 13, 297, width_mm=0, fill=(250, 250, 250))
        sh.rule(side + (13 if side == 0 else 0), 0, side + (13 if side == 0 else 0), 297, width_mm=0.2, dash=1.0,
                color=(170, 170, 170))
        for k in range(6, 297, 12):
            sh.rect(side + 4.5, k, 4, 4, width_mm=0.2, color=(150, 150, 150), fill=(205, 205, 205))
    il = rng.choice(["ISTANBUL", "ANKARA", "IZMIR", "KONYA", "GAZIANTEP", "KAYSERI"])
    ilce = rng.choice(["MERKEZ", "FATIH", "CANKAYA", "KARSIYAKA", "SELCUKLU"])
    _dotmatrix(sh, 20, 14, "T.C.")
    _dotmatrix(sh, 20, 19, "ICISLERI BAKANLIGI NUFUS VE VATANDASLIK ISLERI GENEL MUDURLUGU")
    _dotmatrix(sh, 20, 24, f"{il} / {ilce} ILCE NUFUS MUDURLUGU")
    _dotmatrix(sh, 20, 34, "NUFUS KAYIT ORNEGI", size=12)
    _dotmatrix(sh, 150, 34, f"SIRA NO: {rng.randint(10000, 99999)}")
    fa = (father or person.father or "-").split()[0]
    mo = (mother or person.mother or "-").split()[0]
    rows = [("T.C. KIMLIK NO", _digits(rng, 11)), ("SOYADI", person.surname), ("ADI", person.given_names),
            ("BABA ADI", fa), ("ANA ADI", mo), ("DOGUM YERI", person.birth_place),
            ("DOGUM TARIHI", person.birth_date.strftime("%d.%m.%Y")),
            ("CINSIYETI", "ERKEK" if person.sex == "M" else "KADIN"),
            ("MEDENI HALI", rng.choice(["BEKAR", "EVLI"])), ("IL / ILCE", f"{il} / {ilce}"),
            ("CILT / HANE / BSN", f"{rng.randint(10, 200)} / {rng.randint(1, 400)} / {rng.randint(1, 40)}"),
            ("OLAYLAR", "DOGUM TESCIL")]
    y = 46
    for a, b in rows:
        _dotmatrix(sh, 22, y, f"{a:<20}: {b}")
        y += 6.25
    _dotmatrix(sh, 20, y + 10, "BU BELGE NUFUS KAYITLARINA UYGUN OLARAK DUZENLENMISTIR.")
    _dotmatrix(sh, 20, y + 16, f"DUZENLEME TARIHI: {issued.strftime('%d.%m.%Y')}")
    sh.stamp(120, y + 24, ["T.C.", f"{ilce} NUFUS MUDURLUGU", il], rng, shape="round", size_mm=32,
             color=(50, 60, 150))
    sh.signature(60, y + 28, 30, 11, rng, color=(30, 30, 90), style="initials")
    return [sh]


_register("birth-tur-nufus-ornegi-matrixprinter-kettingpapier-21", "birth-certificate", PART, "tr",
          birth_tur_dotmatrix, country="TUR",
          notes="Turkish register extract printed on a dot-matrix printer on continuous paper with tractor strips")


# --------------------------------------------------------------------------- nationality certificates

def nationality_tgo(person, rng, *, issue_date=None, **opts):
    """Togolese certificate of nationality of a tribunal de première instance: a left margin block with the fiscal
    references ('Droits perçus', 'Enregistré le'), the text as a certificate under the legal basis, the president's
    signature and the court's round stamp."""
    issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(60, 900)))
    court = rng.choice(["LOMÉ", "KARA", "SOKODÉ", "ATAKPAMÉ"])
    sh = Sheet()
    f = "serif"
    sh.text(105, 12, "RÉPUBLIQUE TOGOLAISE", font=f, size_pt=12, bold=True, anchor="center")
    sh.text(105, 18, "Travail – Liberté – Patrie", font=f, size_pt=9, italic=True, anchor="center")
    sh.text(105, 25, f"COUR D'APPEL DE {'LOMÉ' if court != 'KARA' else 'KARA'} – TRIBUNAL DE PREMIÈRE INSTANCE DE {court}",
            font=f, size_pt=8.5, anchor="center")
    sh.rect(14, 40, 44, 60, width_mm=0.3)
    for i, t in enumerate(("Droits perçus :", f"{rng.choice([1000, 1500, 2000])} F CFA", "",
                           "Enregistré le", issued.strftime("%d/%m/%Y"), f"Vol. {rng.randint(1, 40)} F° {rng.randint(1, 200)}",
                           f"N° {rng.randint(100, 9999)}")):
        sh.text(16, 43 + i * 7, t, font=f, size_pt=8.5)
    sh.text(125, 44, "CERTIFICAT DE NATIONALITÉ", font=f, size_pt=14, bold=True, anchor="center")
    sh.text(125, 51, f"N° {rng.randint(100, 9999)}/{issued.year}", font=f, size_pt=10, anchor="center")
    g = "e" if person.sex == "F" else ""
    y = sh.paragraph(64, 62, 126, f"Nous, Président du Tribunal de Première Instance de {court}, vu le Code de la "
                     f"nationalité togolaise, vu les pièces produites, certifions que {person.surname.upper()} "
                     f"{person.given_names}, né{g} le {format_date(person.birth_date, 'long', 'fr')} à "
                     f"{person.birth_place}, fils{' / fille' if g else ''} de {person.father or '—'} et de "
                     f"{person.mother or '—'}, est de nationalité togolaise par filiation (article 3).", font=f,
                     size_pt=11, leading=1.6, align="justify")
    sh.text(110, max(y, 110) + 14, f"{court.title()}, le {format_date(issued, 'long', 'fr')}", font=f, size_pt=10.5)
    sh.text(110, max(y, 110) + 20, "Le Président", font=f, size_pt=10.5)
    sh.signature(114, max(y, 110) + 26, 44, 14, rng, color=(20, 20, 80))
    sh.stamp(60, max(y, 110) + 16, ["TRIBUNAL DE 1re INSTANCE", court, "LE PRÉSIDENT"], rng, shape="round",
             size_mm=32, color=(50, 60, 150))
    return [sh]


def nationality_mli(person, rng, *, issue_date=None, **opts):
    """Malian certificate of nationality on the pre-printed form of a tribunal d'instance: printed text with blanks
    on underlines, the values filled in with a typewriter, the judge's signature and a square stamp."""
    issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(60, 900)))
    court = rng.choice(["TRIBUNAL D'INSTANCE DE LA COMMUNE III DE BAMAKO", "TRIBUNAL D'INSTANCE DE KAYES",
                        "TRIBUNAL D'INSTANCE DE SÉGOU"])
    sh = Sheet(paper="grey")
    f, tf = "serif4", "typewriter2"
    sh.text(20, 12, "MINISTÈRE DE LA JUSTICE", font=f, size_pt=9)
    sh.text(20, 17, court, font=f, size_pt=8.5, bold=True)
    sh.text(190, 12, "RÉPUBLIQUE DU MALI", font=f, size_pt=10, bold=True, anchor="right")
    sh.text(190, 17, "Un Peuple – Un But – Une Foi", font=f, size_pt=8, italic=True, anchor="right")
    sh.text(105, 36, "CERTIFICAT DE NATIONALITÉ MALIENNE", font=f, size_pt=14, bold=True, anchor="center")
    sh.text(105, 43, f"N° {rng.randint(100, 9999)} / {issued.year}", font=tf, size_pt=10, anchor="center")
    rows = [("Le Juge soussigné certifie que", ""), ("Nom", person.surname.upper()), ("Prénoms", person.given_names),
            ("Né(e) le", format_date(person.birth_date, "long", "fr")), ("À", person.birth_place),
            ("Fils / fille de", person.father or "—"), ("Et de", person.mother or "—"),
            ("est de nationalité malienne en vertu de l'article", "224 du Code des personnes et de la famille"),
            ("Pièces produites", "extrait d'acte de naissance, certificat de nationalité du père")]
    y = 56
    for a, b in rows:
        sh.text(22, y, a, font=f, size_pt=10.5)
        if b:
            x = 22 + text_width_mm(a, f, 10.5) + 3
            sh.rule(x, y + 4.3, 190, y + 4.3, width_mm=0.2, color=(80, 80, 80))
            sh.text(x + 2, y - 0.2, b, font=tf, size_pt=10.5, color=(30, 30, 40))
        y += 10
    sh.text(110, y + 10, f"Délivré le {issued.strftime('%d/%m/%Y')}", font=tf, size_pt=10.5)
    sh.text(110, y + 17, "Le Juge", font=f, size_pt=10.5)
    sh.signature(112, y + 22, 40, 13, rng, color=(20, 20, 60))
    sh.stamp(40, y + 12, ["TRIBUNAL D'INSTANCE", "MALI", "LE JUGE"], rng, shape="rect", size_mm=34,
             color=(150, 40, 40))
    return [sh]


_register("nationality-tgo-tpi-kantlijnblok-registratie-21", "nationality-certificate", PART, "fr", nationality_tgo,
          country="TGO", notes="Togolese court's nationality certificate with a left margin block of fiscal data")
_register("nationality-mli-voorgedrukt-formulier-schrijfmachine-21", "nationality-certificate", PART, "fr",
          nationality_mli, country="MLI", notes="Malian court's pre-printed nationality certificate, typewritten")


# --------------------------------------------------------------------------- identity attestations of the embassies

def _idcert(country: str):
    def make(person, rng, *, issue_date=None, declarative=False, **opts):
        """The embassy's identity attestation: the photo glued at the top LEFT under a dry (blind) seal, the
        embassy's heading centred, the data as a labelled list, the basis, the consul's signature and stamp."""
        issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(20, 250)))
        sh = Sheet()
        if country == "TGO":
            head = ["AMBASSADE DE LA RÉPUBLIQUE TOGOLAISE", "PRÈS LE ROYAUME DE BELGIQUE ET L'UNION EUROPÉENNE",
                    "Avenue de Tervueren 264 – 1150 Bruxelles"]
            nat, f, col, town = "togolaise", "serif4", (20, 100, 50), "Lomé"
        else:
            head = ["AMBASSADE DE LA RÉPUBLIQUE DU MALI", "À BRUXELLES – SERVICE CONSULAIRE",
                    "Avenue Molière 487 – 1050 Bruxelles"]
            nat, f, col, town = "malienne", "sans2", (150, 110, 20), "Bamako"
        for i, t in enumerate(head):
            sh.text(115, 14 + i * 5, t, font=f, size_pt=10 if i == 0 else 8.2, bold=(i == 0), anchor="center",
                    color=col if i == 0 else (0, 0, 0))
        sh.photo(20, 34, 30, 38, rng)
        # dry seal: an embossed ring seen only as a light relief
        ring = Image.new("RGBA", (300, 300), (0, 0, 0, 0))
        dd = ImageDraw.Draw(ring)
        dd.ellipse([10, 10, 290, 290], outline=(255, 255, 255, 130), width=16)
        dd.ellipse([40, 40, 260, 260], outline=(90, 90, 90, 70), width=6)
        sh.image(34, 52, 28, 28, ring.filter(ImageFilter.GaussianBlur(1.5)))
        sh.text(60, 40, "ATTESTATION D'IDENTITÉ", font=f, size_pt=15, bold=True)
        no = f"N° {rng.randint(100, 999)}/AMB/{'TG' if country == 'TGO' else 'ML'}/{issued.year}"
        sh.text(60, 48, no, font=f, size_pt=9.5)
        y = 80
        y = sh.paragraph(20, y, 170, "Le Chef de la Chancellerie soussigné atteste que la personne dont la "
                         "photographie est apposée ci-dessus est :", font=f, size_pt=10.5)
        for a, b in (("Nom", person.surname.upper()), ("Prénoms", person.given_names),
                     ("Date de naissance", person.birth_date.strftime("%d/%m/%Y")),
                     ("Lieu de naissance", person.birth_place), ("Nationalité", nat),
                     ("Père", person.father or "—"), ("Mère", person.mother or "—")):
            sh.text(30, y + 3, a, font=f, size_pt=10.5)
            sh.text(75, y + 3, ": " + b, font=f, size_pt=10.5, bold=True)
            y += 7
        g = "e" if person.sex == "F" else ""
        if declarative:
            basis = (f"Cette attestation est délivrée sur la base des seules déclarations de l'intéressé{g}, "
                     f"aucune pièce d'état civil n'ayant pu être présentée.")
        else:
            basis = (f"Cette attestation est délivrée au vu de l'acte de naissance n° {rng.randint(100, 4000)} et de la "
                     f"carte d'identité nationale de l'intéressé{g}, dont l'authenticité a été vérifiée auprès des "
                     f"services de l'état civil de {town}.")
        y = sh.paragraph(20, y + 8, 170, basis, font=f, size_pt=10.5, leading=1.45)
        y = sh.paragraph(20, y + 3, 170, "En foi de quoi la présente attestation lui est délivrée pour servir et "
                         "valoir ce que de droit. Elle ne remplace pas le passeport.", font=f, size_pt=10.5)
        sh.text(118, y + 10, f"Fait à Bruxelles, le {format_date(issued, 'long', 'fr')}", font=f, size_pt=10.5)
        sh.text(118, y + 16, "Le Chef de la Chancellerie", font=f, size_pt=10.5)
        sh.signature(120, y + 21, 42, 14, rng, color=(25, 25, 100))
        sh.stamp(132, y + 14, ["AMBASSADE", "BRUXELLES", "CHANCELLERIE"], rng, shape="round", size_mm=28,
                 color=(60, 60, 150))
        return [sh]

    return make


for _c in ("TGO", "MLI"):
    _register(f"idcert-{_c.lower()}-ambassade-foto-linksboven-droogstempel-21", "identity-certificate", PART, "fr",
              _idcert(_c), country=_c, photo=True,
              notes=f"{_c} embassy's identity attestation, photo glued at the top left under a dry seal")


# --------------------------------------------------------------------------- sworn translations

_SRC = {"tr": ("Turks", "Turkish"), "es": ("Spaans", "Spanish"), "fa": ("Perzisch", "Persian"),
        "ur": ("Urdu", "Urdu"), "ar": ("Arabisch", "Arabic")}
_TITLE = {"birth-certificate": "uittreksel uit het bevolkingsregister (geboorte)", "marriage-certificate":
          "huwelijksakte", "identity-document": "identiteitsdocument", "nationality-certificate": "nationaliteitsbewijs"}


def _translation(where: str):
    def make(person, rng, *, issue_date=None, of_type="birth-certificate", source_lang="tr", target_lang="nl",
             spouse=None, **opts):
        issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(15, 100)))
        src = _SRC.get(str(source_lang).split("/")[0], ("Turks", "Turkish"))
        what = _TITLE.get(of_type, "akte")
        data = [("Familienaam", person.surname.upper()), ("Voornaam", person.given_names),
                ("Naam van de vader", (person.father or "—").split()[0]),
                ("Naam van de moeder", (person.mother or "—").split()[0]),
                ("Geboorteplaats", person.birth_place), ("Geboortedatum", format_date(person.birth_date, "dots", "nl")),
                ("Geslacht", "mannelijk" if person.sex == "M" else "vrouwelijk")]
        sh = Sheet()
        if where == "antwerpen":
            # Antwerp: translator's name in a grey left column running down the page; the translation in prose
            # lines 'Vertaling van het Turks …'; each page's foot with the translator's initials and 'ne varietur'
            f = "sans3"
            sh.rect(0, 0, 48, 297, width_mm=0, fill=(238, 238, 238))
            nm = f"{rng.choice(['Elif', 'Serkan', 'Hatice'])} {rng.choice(['Demir', 'Aydın', 'Kaya'])}"
            for i, t in enumerate((nm, "beëdigd vertaler-tolk", "Turks – Nederlands", "rechtbank van eerste",
                                   "aanleg Antwerpen", "", "Turnhoutsebaan 214", "2140 Borgerhout",
                                   f"0486 {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}")):
                sh.text(6, 20 + i * 5, t, font=f, size_pt=8 if i else 9.5, bold=(i == 0))
            sh.text(56, 22, "VERTALING", font=f, size_pt=14, bold=True)
            sh.text(56, 30, f"uit het {src[0]} – {what}", font=f, size_pt=10)
            y = 44
            sh.text(56, y, "[Embleem] REPUBLIEK TURKIJE – MINISTERIE VAN BINNENLANDSE ZAKEN", font=f, size_pt=8.5,
                    color=GREY)
            y += 10
            for a, b in data:
                sh.text(56, y, f"{a}: {b}", font=f, size_pt=10)
                y += 7
            sh.text(56, y + 2, "[Rond stempel en paraaf van de ambtenaar]", font=f, size_pt=8.5, color=GREY)
            y = sh.paragraph(56, y + 16, 136, f"Voor getrouwe vertaling uit het {src[0]} in het Nederlands, "
                             f"ne varietur. Antwerpen, {format_date(issued, 'long', 'nl')}.", font=f, size_pt=9.5,
                             leading=1.45)
            sh.signature(60, y + 4, 40, 13, rng)
            sh.stamp(110, y, ["BEËDIGD VERTALER", "ANTWERPEN", "TURKS – NL"], rng, shape="round", size_mm=28,
                     color=(30, 70, 140))
            return [sh]
        # Utrecht: Dutch sworn translator with the Wbtv number in a framed footer, title centred, the data as
        # dotted leaders, the 'verklaring' in a box with the translator's stamp over its corner
        f = "serif2"
        sh.text(105, 20, f"Beëdigde vertaling van een {what}", font=f, size_pt=13, bold=True, anchor="center")
        sh.text(105, 27, f"uit het {src[0]} in het Nederlands", font=f, size_pt=10, anchor="center", italic=True)
        y = 44
        for a, b in data:
            sh.text(24, y, a, font=f, size_pt=10.5)
            sh.rule(24 + text_width_mm(a, f, 10.5) + 2, y + 4, 88, y + 4, width_mm=0.15, dash=0.4, color=GREY)
            sh.text(90, y, b, font=f, size_pt=10.5)
            y += 8
        sh.rect(22, y + 10, 166, 34, width_mm=0.4)
        yy = sh.paragraph(26, y + 14, 158, "Verklaring: ondergetekende, beëdigd vertaler, ingeschreven in het "
                          "Register beëdigde tolken en vertalers, verklaart dat deze vertaling getrouw en volledig is.",
                          font=f, size_pt=10, leading=1.45)
        sh.text(26, yy + 2, f"Utrecht, {issued.strftime('%d-%m-%Y')}", font=f, size_pt=10)
        sh.signature(110, y + 22, 40, 13, rng)
        sh.stamp(160, y + 2, ["BEËDIGD VERTALER", "UTRECHT", src[0].upper()[:9]], rng, shape="oval", size_mm=28,
                 color=(30, 100, 90))
        sh.rect(20, 276, 170, 9, width_mm=0.3)
        sh.text(22, 278, f"Vertaalbureau Domstad · Wbtv-nummer {rng.randint(10000, 99999)} · Oudegracht "
                         f"{rng.randint(10, 300)}, 3511 AZ Utrecht", font="sans", size_pt=7.5, color=GREY)
        return [sh]

    return make


# the Belgian one first: 9ter takes the part's first translation family, the IND the Dutch (NLD) one
_register("translation-be-antwerpen-grijze-linkerkolom-ne-varietur-21", "translation", PART, "nl",
          _translation("antwerpen"), country="BEL",
          notes="Antwerp sworn translator, grey left column with the translator's data, prose lines, 'ne varietur'")
_register("translation-nl-utrecht-stippelregels-verklaring-kader-21", "translation", PART, "nl",
          _translation("utrecht"), country="NLD",
          notes="Utrecht sworn translator, data on dotted leaders, declaration in a box, Wbtv footer")
