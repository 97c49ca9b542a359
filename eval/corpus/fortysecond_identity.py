"""Identity and civil-status families of the `fortysecond` part (registered in identity.FAMILIES).

Written after dev, heldout and the parts fresh to fortyfirst had been read, by a writer who saw neither the validator
nor its output, from the seeds and from how such papers look in Belgian and Dutch files.  The families are described
only in their docstrings and registration notes (the part is read blind).

This part's faces are C059 (Century Schoolbook), URW Bookman, Nimbus Sans / Sans Narrow / Roman / Mono PS, Carlito,
Caladea and Courier Prime; its hands are Kristi (a quick slanted ballpoint), Humor Sans (block capitals written by
a clerk) and the light dkg pen.  The small drawing helpers of twentyeighth_identity (glyph fallback, fitting,
pasting) are reused; the copy habits of this part (grey recycled paper, a page folded in four and flattened, a
page fed upside down, a page laid on the glass a quarter turned, a 150 dpi copy saved as a poor JPEG, a tilt of up
to three degrees, a yellow highlighter stroke, a coffee ring, a phone photo on a wooden table) are drawn by the
helpers below.
"""

from __future__ import annotations

import datetime
import io
import math
import random

from PIL import Image, ImageChops, ImageDraw, ImageFilter

from . import mrz as M
from .identity import TODAY, _dates, _digits, _mrz_data, _register
from .paper import Sheet, _phone_photo
from .people import strip_accents
from .twentyeighth_identity import fit, glyphs, paste, sheet_of, wrap

PART = "fortysecond"
GREY = (96, 96, 100)
INK = (24, 44, 150)
INK_K = (30, 30, 34)
INK_V = (70, 40, 120)
ST_BLUE = (36, 70, 170)
ST_VIOLET = (104, 44, 150)
ST_RED = (180, 40, 48)
ST_GREEN = (30, 110, 76)
ST_BLACK = (44, 44, 50)
OCR = 2.54 / 0.602 / (25.4 / 72)

_U = "/usr/share/fonts/opentype/urw-base35"
_T_ = "/usr/share/fonts/truetype"
_CP = "/usr/share/fonts/opentype/courier-prime"
CEN = f"{_U}/C059-Roman.otf"
CEN_B = f"{_U}/C059-Bold.otf"
CEN_I = f"{_U}/C059-Italic.otf"
BOOK = f"{_U}/URWBookman-Light.otf"
BOOK_B = f"{_U}/URWBookman-Demi.otf"
BOOK_I = f"{_U}/URWBookman-LightItalic.otf"
NSAN = f"{_U}/NimbusSans-Regular.otf"
NSAN_B = f"{_U}/NimbusSans-Bold.otf"
NSAN_I = f"{_U}/NimbusSans-Italic.otf"
NNAR = f"{_U}/NimbusSansNarrow-Regular.otf"
NNAR_B = f"{_U}/NimbusSansNarrow-Bold.otf"
NROM = f"{_U}/NimbusRoman-Regular.otf"
NROM_B = f"{_U}/NimbusRoman-Bold.otf"
NROM_I = f"{_U}/NimbusRoman-Italic.otf"
NMONO = f"{_U}/NimbusMonoPS-Regular.otf"
NMONO_B = f"{_U}/NimbusMonoPS-Bold.otf"
CARL = f"{_T_}/crosextra/Carlito-Regular.ttf"
CARL_B = f"{_T_}/crosextra/Carlito-Bold.ttf"
CARL_I = f"{_T_}/crosextra/Carlito-Italic.ttf"
CALA = f"{_T_}/crosextra/Caladea-Regular.ttf"
CALA_B = f"{_T_}/crosextra/Caladea-Bold.ttf"
CALA_I = f"{_T_}/crosextra/Caladea-Italic.ttf"
COUR = f"{_CP}/Courier Prime.otf"
COUR_B = f"{_CP}/Courier Prime Bold.otf"
BALL = f"{_T_}/kristi/Kristi.ttf"
BLOCK = f"{_T_}/humor-sans/Humor-Sans.ttf"
PEN = f"{_T_}/fifthhorseman/dkg.ttf"
PEN_I = f"{_T_}/fifthhorseman/dkgIt.ttf"

_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
       "décembre"]
_NL = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
       "november", "december"]
_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
       "Dezember"]
_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
       "November", "December"]


def d_dot(d: datetime.date) -> str:
    """14.07.1982"""
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def d_sl(d: datetime.date) -> str:
    """14/07/1982"""
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def d_dash(d: datetime.date) -> str:
    return f"{d.day:02d}-{d.month:02d}-{d.year}"


def d_nl(d: datetime.date) -> str:
    """14 juli 1982"""
    return f"{d.day} {_NL[d.month - 1]} {d.year}"


def d_fr(d: datetime.date) -> str:
    """1er mars 2026"""
    return f"{'1er' if d.day == 1 else d.day} {_FR[d.month - 1]} {d.year}"


def d_de(d: datetime.date) -> str:
    """3. März 2026"""
    return f"{d.day}. {_DE[d.month - 1]} {d.year}"


def d_en(d: datetime.date) -> str:
    """14 July 1982"""
    return f"{d.day} {_EN[d.month - 1]} {d.year}"


def d_pp(d: datetime.date, fr: bool = False) -> str:
    """Passport style '14 JUL/JUIL 82'."""
    frm = ["JAN", "FEV", "MARS", "AVR", "MAI", "JUIN", "JUIL", "AOUT", "SEPT", "OCT", "NOV", "DEC"]
    m = _EN[d.month - 1][:3].upper()
    return f"{d.day:02d} {m}/{frm[d.month - 1]} {d.year % 100:02d}" if fr else f"{d.day:02d} {m} {d.year}"


# --------------------------------------------------------------------------- copy habits of this part


def grey_paper(img: Image.Image, rng: random.Random, tone: int = 224) -> Image.Image:
    """Grey recycled paper: a flat grey ground with fine fibres."""
    img = img.convert("RGB")
    W, H = img.size
    base = Image.new("RGB", (W, H), (tone, tone, tone - 4))
    d = ImageDraw.Draw(base)
    for _ in range(int(W * H / 9000)):
        x, y = rng.uniform(0, W), rng.uniform(0, H)
        a = rng.uniform(0, math.pi)
        ln = rng.uniform(2, 8)
        v = tone - rng.randint(12, 30)
        d.line([(x, y), (x + ln * math.cos(a), y + ln * math.sin(a))], fill=(v, v, v))
    return ImageChops.multiply(img, base)


def folded4(img: Image.Image, rng: random.Random) -> Image.Image:
    """A sheet folded in four for a pocket and flattened on the glass: one soft horizontal and one soft vertical
    shadow through the middle, brighter on one side of each fold."""
    img = img.convert("RGB")
    W, H = img.size
    d = ImageDraw.Draw(img, "RGBA")
    y = int(H / 2 + rng.uniform(-0.02, 0.02) * H)
    x = int(W / 2 + rng.uniform(-0.02, 0.02) * W)
    for i in range(14):
        a = max(0, 64 - i * 5)
        d.line([(0, y + i), (W, y + i)], fill=(70, 70, 76, a))
        d.line([(x + i, 0), (x + i, H)], fill=(70, 70, 76, a))
        d.line([(0, y - i - 1), (W, y - i - 1)], fill=(255, 255, 255, max(0, 40 - i * 3)))
    return img


def coffee_ring(img: Image.Image, rng: random.Random) -> Image.Image:
    """A brown ring left by a cup, in a margin."""
    img = img.convert("RGB")
    W, H = img.size
    d = ImageDraw.Draw(img, "RGBA")
    r = W * rng.uniform(0.07, 0.09)
    cx, cy = W * rng.uniform(0.72, 0.86), H * rng.uniform(0.80, 0.90)
    for k in range(6):
        d.ellipse([cx - r - k, cy - r - k, cx + r + k, cy + r + k], outline=(150, 100, 50, 40 - k * 5), width=2)
    return img


def upside_down(sh: Sheet, dpi: int = 200) -> Sheet:
    """The page fed into the scanner upside down (turned 180 degrees)."""
    return sheet_of(sh.render(dpi).rotate(180), sh.width_mm, sh.height_mm)


def quarter(sh: Sheet, dpi: int = 200, ccw: bool = True) -> Sheet:
    """A portrait page laid on the glass a quarter turned: the scan is a landscape image of the portrait page,
    kept in a portrait sheet (the text runs up the page)."""
    img = sh.render(dpi).rotate(90 if ccw else -90, expand=True)
    out = Sheet(sh.width_mm, sh.height_mm)
    k = min(sh.width_mm / (img.width / dpi * 25.4), sh.height_mm / (img.height / dpi * 25.4))
    w, h = img.width / dpi * 25.4 * k, img.height / dpi * 25.4 * k
    out.rect(0, 0, sh.width_mm, sh.height_mm, width_mm=0, fill=(250, 250, 250))
    out.image((sh.width_mm - w) / 2, (sh.height_mm - h) / 2, w, h, img)
    return out


def jpeg150(sh: Sheet, quality: int = 24) -> Sheet:
    """A 150 dpi scan saved as a poor JPEG."""
    img = sh.render(150).convert("RGB")
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality)
    buf.seek(0)
    return sheet_of(Image.open(buf).convert("RGB"), sh.width_mm, sh.height_mm)


def tilt(sh: Sheet, rng: random.Random, lo: float = 1.2, hi: float = 3.0, dpi: int = 200) -> Sheet:
    img = sh.render(dpi).rotate(rng.choice([-1, 1]) * rng.uniform(lo, hi), resample=Image.BICUBIC,
                                fillcolor=(236, 236, 234))
    return sheet_of(img, sh.width_mm, sh.height_mm)


def table_photo(sh: Sheet, rng: random.Random, dpi: int = 160) -> Sheet:
    """A phone photo of the page lying on a wooden table, warm light."""
    img = _phone_photo(sh.render(dpi), rng)
    W, H = img.size
    warm = Image.new("RGB", (W, H), (255, 240, 216))
    return sheet_of(ImageChops.multiply(img, warm), sh.width_mm, sh.height_mm)


def marker(sh: Sheet, x: float, y: float, w: float, h: float = 5.0) -> None:
    """A yellow highlighter stroke over a line of text."""
    img = Image.new("RGB", (max(4, int(w * 8)), max(4, int(h * 8))), (250, 238, 90))
    sh.image(x, y, w, h, img, blend="multiply")


def _mrz(s: Sheet, x: float, y: float, lines: list[str], *, pitch: float = 5.0, size: float = OCR) -> None:
    for i, ln in enumerate(lines):
        s.text(x, y + i * pitch, ln, font="ocrb", size_pt=size, color=(14, 14, 18))


def _rosette(w: float, h: float, rng: random.Random, bg, ink, k: int = 8) -> Image.Image:
    """Security print of this part: concentric rosettes of thin circles centred off the middle."""
    W, H = int(w * k), int(h * k)
    im = Image.new("RGB", (W, H), bg)
    d = ImageDraw.Draw(im)
    for cx, cy in ((W * rng.uniform(0.55, 0.75), H * rng.uniform(0.3, 0.6)), (W * 0.1, H * 0.9)):
        for r in range(6, int(max(W, H) * 1.1), 7):
            d.ellipse([cx - r, cy - r * 0.8, cx + r, cy + r * 0.8], outline=ink, width=1)
    return im


def _par(person, father, mother):
    return (father or person.father or f"{person.surname.split()[0]} X"), (mother or person.mother or "X")


def _T(sh: Sheet, x, y, s, *, font=NSAN, size=9.0, color=(0, 0, 0), anchor="left", spacing: float = 0.0) -> float:
    s = glyphs(str(s), font)
    sh.text(x, y, s, font=font, size_pt=size, color=color, anchor=anchor, letter_spacing=spacing)
    return sh.text_width(s, font=font, size_pt=size)


def _P(sh: Sheet, x, y, w, s, *, font=CEN, size=10.5, lead=1.4, color=(0, 0, 0)) -> float:
    lh = size * 0.3528 * lead
    for ln in wrap(glyphs(s, font), w, font, size):
        sh.text(x, y, ln, font=font, size_pt=size, color=color)
        y += lh
    return y


def _pen(sh: Sheet, x, y, s, rng, *, size=12.0, color=INK, font=BALL, width=None) -> float:
    s = glyphs(str(s), font)
    if width:
        while size > 7.0 and sh.text_width(s, font=font, size_pt=size) * 1.15 > width:
            size -= 0.5
    return sh.handwriting(x, y, s, rng, size_pt=size, color=color, font=font)


# --------------------------------------------------------------------------- passports (TD3)

_PP = {
    "MLI": dict(state="RÉPUBLIQUE DU MALI", motto="Un Peuple – Un But – Une Foi", title="PASSEPORT / PASSPORT",
                col=(20, 120, 60), bg=(236, 246, 236), ink=(206, 228, 210), nat="MALIENNE / MALIAN",
                auth="DIRECTION GÉNÉRALE DE LA POLICE", years=5, num=lambda r: "B" + _digits(r, 7), fr=True,
                font=NSAN, font_b=NSAN_B,
                caps=["Nom / Surname", "Prénoms / Given names", "Nationalité / Nationality",
                      "Date de naissance / Date of birth", "Sexe / Sex", "Lieu de naissance / Place of birth",
                      "Date de délivrance / Date of issue", "Date d'expiration / Date of expiry",
                      "Autorité / Authority", "N° du passeport / Passport No."]),
    "UGA": dict(state="THE REPUBLIC OF UGANDA", motto="For God and My Country", title="PASSPORT",
                col=(20, 20, 24), bg=(246, 244, 232), ink=(230, 222, 190), nat="UGANDAN",
                auth="DCIC KAMPALA", years=10, num=lambda r: "A" + _digits(r, 8), fr=False, font=CARL,
                font_b=CARL_B,
                caps=["Surname", "Given names", "Nationality", "Date of birth", "Sex", "Place of birth",
                      "Date of issue", "Date of expiry", "Authority", "Passport No."]),
    "TUR": dict(state="TÜRKİYE CUMHURİYETİ", motto="REPUBLIC OF TÜRKİYE", title="PASAPORT / PASSPORT",
                col=(120, 20, 36), bg=(244, 238, 242), ink=(228, 210, 220), nat="T.C. / TUR",
                auth="T.C. İÇİŞLERİ BAKANLIĞI", years=10, num=lambda r: "U" + _digits(r, 8), fr=False, font=NNAR,
                font_b=NNAR_B,
                caps=["Soyadı / Surname", "Adı / Given names", "Uyruğu / Nationality", "Doğum tarihi / Date of birth",
                      "Cinsiyeti / Sex", "Doğum yeri / Place of birth", "Veriliş tarihi / Date of issue",
                      "Geçerlilik tarihi / Date of expiry", "Makam / Authority", "Pasaport No / Passport No"]),
    "SUR": dict(state="REPUBLIEK SURINAME", motto="Justitia – Pietas – Fides", title="PASPOORT / PASSPORT",
                col=(0, 90, 50), bg=(240, 244, 236), ink=(214, 226, 206), nat="SURINAAMSE",
                auth="CBB PARAMARIBO", years=10, num=lambda r: "R" + _digits(r, 7), fr=False, font=CALA,
                font_b=CALA_B,
                caps=["Naam / Surname", "Voornamen / Given names", "Nationaliteit / Nationality",
                      "Geboortedatum / Date of birth", "Geslacht / Sex", "Geboorteplaats / Place of birth",
                      "Datum van afgifte / Date of issue", "Geldig tot / Date of expiry", "Autoriteit / Authority",
                      "Paspoortnr. / Passport No."]),
}


def _pp_page(code, person, rng, number, issue, expiry, lines) -> Sheet:
    """This part's data page: the state's name and motto CENTRED on two lines at the top over a thin coloured
    rule, the photo at the LEFT with the holder's signature UNDER it, the surname and given names each on a
    full-width line with the caption on the SAME line in small type before the value, then a three-by-two GRID
    of captioned cells (caption above value), the passport number at the upper RIGHT in red, a rosette security
    print, the MRZ at the foot."""
    cfg = _PP[code]
    f, fb = cfg["font"], cfg["font_b"]
    s = Sheet(125, 88)
    s.image(0, 0, 125, 88, _rosette(125, 88, rng, cfg["bg"], cfg["ink"]))
    st = glyphs(cfg["state"], fb)
    s.text(62.5, 2.0, st, font=fb, size_pt=fit(st, fb, 7.2, 80), color=cfg["col"], anchor="center")
    mt = glyphs(cfg["motto"], f)
    s.text(62.5, 5.6, mt, font=f, size_pt=fit(mt, f, 4.4, 80), color=GREY, anchor="center")
    s.rule(4, 9.2, 121, 9.2, width_mm=0.35, color=cfg["col"])
    tt = glyphs(cfg["title"], fb)
    s.text(4, 10.4, tt, font=fb, size_pt=fit(tt, fb, 5.2, 50), color=cfg["col"])
    C = cfg["caps"]
    nn = glyphs(number, "ocrb")
    s.text(121, 10.2, nn, font="ocrb", size_pt=8, color=(170, 30, 40), anchor="right")
    s.photo(4, 16, 25, 32, rng)
    s.signature(4, 49.5, 25, 6.5, rng, color=(26, 26, 34))
    y = 16.0
    for cap, val in ((C[0], person.surname.upper()), (C[1], person.given_names.upper())):
        cc = glyphs(cap, f)
        w = s.text_width(cc, font=f, size_pt=3.4)
        s.text(32, y + 0.8, cc, font=f, size_pt=3.4, color=GREY)
        vv = glyphs(val, fb)
        s.text(33 + w, y, vv, font=fb, size_pt=fit(vv, fb, 6.4, 88 - w))
        y += 5.6
    dfun = (lambda d: d_pp(d, cfg["fr"]))
    cells = [(C[2], cfg["nat"]), (C[3], dfun(person.birth_date)), (C[4], person.sex),
             (C[5], strip_accents(person.birth_place).upper()), (C[6], dfun(issue)), (C[7], dfun(expiry))]
    for i, (cap, val) in enumerate(cells):
        x = 32 + (i % 2) * 45
        yy = y + (i // 2) * 7.2
        cc = glyphs(cap, f)
        s.text(x, yy, cc, font=f, size_pt=fit(cc, f, 3.4, 43), color=GREY)
        vv = glyphs(val, fb)
        s.text(x, yy + 1.9, vv, font=fb, size_pt=fit(vv, fb, 6.0, 43))
    cc = glyphs(f"{C[8]}: {cfg['auth']}", f)
    s.text(32, y + 22.2, cc, font=f, size_pt=fit(cc, f, 4.2, 88))
    s.rect(0, 64, 125, 24, width_mm=0, fill=(252, 252, 250))
    _mrz(s, 4.5, 70.0, lines, pitch=5.6)
    return s


def _passport(code: str, habit: str):
    def make(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, crop=False,
             number=None, annotate=None, **opts):
        cfg = _PP[code]
        issue, expiry = _dates(rng, issue_date, expiry_date, cfg["years"])
        number = number or cfg["num"](rng)
        md = _mrz_data(person, mrz_override)
        lines = M.td3(issuing=code, surname=md["surname"], given=md["given_names"],
                      number=md.get("number", number[-9:]), nationality=md["nationality"],
                      birth_date=md["birth_date"], sex=md["sex"], expiry=expiry, break_check=break_check)
        page = _pp_page(code, person, rng, number, issue, expiry, lines)
        if crop:
            return [page]
        sh = Sheet()
        if habit == "yellow-fold":
            # the data page copied at the top of the sheet with the facing visa page (entry stamps) under it,
            # then kept folded in four in a pocket: yellowed, the folds' shadows
            paste(sh, page, 20, 16, k=1.36, dpi=300)
            sh.rect(20, 16 + 88 * 1.36 + 2, 125 * 1.36, 88 * 1.36, width_mm=0.3, color=(150, 150, 150))
            for k in range(3):
                sh.stamp(30 + k * 50, 150 + (k % 2) * 30, ["ENTRÉE", "AÉROPORT BAMAKO-SENOU" if code == "MLI"
                                                           else "BORDER", d_sl(issue + datetime.timedelta(days=40 + k * 90))],
                         rng, shape="rect", size_mm=34, color=ST_BLACK if k % 2 else ST_VIOLET,
                         angle=rng.uniform(-14, 14))
            if annotate:
                _pen(sh, 24, 272, annotate, rng, size=14, font=BALL)
            return [sheet_of(folded4(sh.render(200).convert("RGB"), rng).filter(ImageFilter.SMOOTH))]
        if habit == "table":
            # the open booklet photographed on a table by the applicant
            paste(sh, page, (210 - 125 * 1.45) / 2, 60, k=1.45, dpi=300)
            if annotate:
                _pen(sh, 24, 200, annotate, rng, size=14, font=BLOCK)
            return [table_photo(sh, rng)]
        if habit == "upside":
            # copied in the middle of the sheet and fed into the scanner upside down, a 150 dpi JPEG
            paste(sh, page, (210 - 125 * 1.2) / 2, 100, k=1.2, dpi=300)
            if annotate:
                _pen(sh, 30, 214, annotate, rng, size=13, font=PEN)
            return [jpeg150(upside_down(sh), quality=30)]
        # "grey-tilt": on grey recycled paper, tilted, with the municipality's certified-copy stamp half over it
        paste(sh, page, 26, 30, k=1.25, dpi=300)
        sh.stamp(118, 120, ["GEMEENTE " + rng.choice(["PARAMARIBO", "WANICA", "NICKERIE"]), "VOOR KOPIE CONFORM"],
                 rng, shape="rect", size_mm=46, color=ST_BLUE, angle=rng.uniform(-8, 8))
        if annotate:
            _pen(sh, 30, 170, annotate, rng, size=14, font=BALL)
        return [tilt(sheet_of(grey_paper(sh.render(200), rng)), rng, lo=1.5, hi=3.0)]

    return make


for _code, _habit, _lang, _note in (
    ("MLI", "yellow-fold", "fr/en", "Malian passport: data page over the visa page, folded in four, yellowed"),
    ("UGA", "table", "en", "Ugandan passport: open booklet photographed on a table"),
    ("TUR", "upside", "tr/en", "Turkish passport: copied in the middle, scanned upside down, 150 dpi JPEG"),
    ("SUR", "grey-tilt", "nl", "Surinamese passport: grey recycled paper, tilted, certified-copy stamp over it"),
):
    _register(f"passport-td3-{_code.lower()}-motto-gecentreerd-foto-links-naamregels-raster-{_habit}-42",
              "identity-document", PART, _lang, _passport(_code, _habit), country=_code, mrz="TD3", photo=True,
              notes=_note + "; state and motto centred, photo left, name lines with inline captions, 3x2 grid")


# --------------------------------------------------------------------------- Malian identity card (TD1)


def idcard_mli(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, crop=False,
               annotate=None, **opts):
    """The Malian biometric 'Carte Nationale d'Identité' (with the NINA number): the recto with the green-gold-red
    stripe ACROSS THE BOTTOM, the photo at the RIGHT, the data at the left as caption-above-value pairs in Nimbus
    Sans Narrow, the NINA in bold over the photo; the verso with the address, the issuing commissariat, a
    fingerprint box and the three-line MRZ.  Both sides copied SIDE BY SIDE on a landscape sheet and the sheet
    scanned a quarter turned into a portrait page (the cards run up the page)."""
    issue, expiry = _dates(rng, issue_date, expiry_date, 10)
    nina = _digits(rng, 15)
    number = "CI" + _digits(rng, 7)
    md = _mrz_data(person, mrz_override)
    lines = M.td1(issuing="MLI", surname=md["surname"], given=md["given_names"], number=md.get("number", number),
                  nationality=md["nationality"], birth_date=md["birth_date"], sex=md["sex"], expiry=expiry,
                  doc_code="ID", break_check=break_check)
    fr = Sheet(85.6, 54)
    fr.image(0, 0, 85.6, 54, _rosette(85.6, 54, rng, (246, 248, 238), (226, 234, 210)))
    for k, c in enumerate(((20, 130, 60), (240, 200, 20), (200, 30, 40))):
        fr.rect(k * 85.6 / 3, 50, 85.6 / 3, 4, width_mm=0, fill=c)
    fr.text(3, 2.2, "RÉPUBLIQUE DU MALI", font=NNAR_B, size_pt=6.8, color=(20, 110, 50))
    fr.text(3, 5.6, "CARTE NATIONALE D'IDENTITÉ", font=NNAR_B, size_pt=5.4)
    fr.photo(60, 11, 22, 28, rng)
    fr.text(60, 7.2, glyphs(f"NINA {nina}", NNAR_B), font=NNAR_B, size_pt=4.2)
    y = 10.5
    for a, b in (("Nom", person.surname.upper()), ("Prénoms", person.given_names),
                 ("Date et lieu de naissance", f"{d_sl(person.birth_date)} à {person.birth_place}"),
                 ("Sexe", person.sex), ("Date d'expiration", d_sl(expiry))):
        fr.text(3, y, a, font=NNAR, size_pt=3.8, color=GREY)
        bb = glyphs(b, NNAR_B)
        fr.text(3, y + 1.7, bb, font=NNAR_B, size_pt=fit(bb, NNAR_B, 6.0, 54))
        y += 7.2
    fr.signature(60, 40.5, 22, 7, rng, color=(26, 26, 34))
    bk = Sheet(85.6, 54)
    bk.rect(0, 0, 85.6, 54, width_mm=0, fill=(244, 246, 236))
    fa, mo = _par(person, None, None)
    y = 3
    for a, b in (("Père", fa), ("Mère", mo), ("Adresse", rng.choice(["Bamako, Hippodrome", "Kayes, Plateau",
                                                                     "Ségou, Médine", "Sikasso, Wayerma"])),
                 ("Délivrée le", d_sl(issue)), ("N° carte", number)):
        bk.text(3, y, glyphs(a, NNAR), font=NNAR, size_pt=4.2, color=GREY)
        bb = glyphs(b, NNAR_B)
        bk.text(18, y, bb, font=NNAR_B, size_pt=fit(bb, NNAR_B, 5.2, 44))
        y += 4.4
    bk.rect(66, 3, 16, 20, width_mm=0.25)
    bk.text(74, 24, "empreinte", font=NNAR, size_pt=3.4, color=GREY, anchor="center")
    bk.rect(0, 29, 85.6, 25, width_mm=0, fill=(255, 255, 255))
    _mrz(bk, 3.4, 32.5, lines, pitch=5.6, size=OCR * 0.98)
    if crop:
        return [fr, bk]
    land = Sheet(297, 210)
    k = 1.5
    paste(land, fr, 14, 40, k=k, dpi=300)
    paste(land, bk, 14 + 85.6 * k + 10, 40, k=k, dpi=300)
    if annotate:
        _pen(land, 20, 140, annotate, rng, size=15, font=BALL)
    out = Sheet()
    paste(out, land, 0, 0, dpi=200, angle=90)
    return [out]


_register("idcard-td1-mli-cni-nina-strook-onder-foto-rechts-naast-elkaar-kwartslag-42", "identity-document",
          PART, "fr", idcard_mli, country="MLI", mrz="TD1", photo=True,
          notes="Malian identity card, tricolour stripe at the bottom, photo right, both sides side by side, "
                "scanned a quarter turned")


# --------------------------------------------------------------------------- Dutch residence document (TD1)


def permit_nl(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, crop=False,
              v_number=None, purpose=None, annotate=None, **opts):
    """The Dutch residence document copied at 125 % on the office copier in the LOWER half of the sheet, the back
    ABOVE the front (the applicant turned the card the wrong way), the 'VNR' printed on the front UNDER the
    photo; a yellow highlighter stroke over the end date on the back; the sheet on grey recycled paper."""
    issue, expiry = _dates(rng, issue_date, expiry_date, 5)
    number = "".join(rng.choice("BCDFGHJKLMNPRSTVWXZ") for _ in range(2)) + _digits(rng, 7)
    vnr = v_number or ("2" + _digits(rng, 9))
    md = _mrz_data(person, mrz_override)
    lines = M.td1(issuing="NLD", surname=md["surname"], given=md["given_names"], number=number,
                  nationality=md["nationality"], birth_date=md["birth_date"], sex=md["sex"], expiry=expiry,
                  doc_code="IR", break_check=break_check)
    fr = Sheet(85.6, 54)
    fr.image(0, 0, 85.6, 54, _rosette(85.6, 54, rng, (240, 242, 252), (218, 222, 242)))
    fr.text(42.8, 1.8, "VERBLIJFSDOCUMENT · RESIDENCE PERMIT", font=NSAN_B, size_pt=5.0, color=(30, 50, 130),
            anchor="center")
    fr.text(42.8, 5.0, "Koninkrijk der Nederlanden", font=NSAN, size_pt=4.0, color=GREY, anchor="center")
    fr.photo(3, 9, 20, 26, rng)
    fr.text(3, 36.5, "VNR", font=NSAN, size_pt=3.8, color=GREY)
    fr.text(3, 38.6, vnr, font=NSAN_B, size_pt=6.2)
    y = 9.0
    for a, b in (("Naam / Surname", person.surname.upper()), ("Voornamen / Given names", person.given_names.upper()),
                 ("Geboortedatum", d_dot(person.birth_date)), ("Nationaliteit", person.nationality),
                 ("Geldig tot", d_dot(expiry)), ("Documentnr.", number)):
        fr.text(26, y, a, font=NSAN, size_pt=3.6, color=GREY)
        bb = glyphs(b, NSAN_B)
        fr.text(26, y + 1.6, bb, font=NSAN_B, size_pt=fit(bb, NSAN_B, 5.8, 56))
        y += 5.9
    fr.signature(58, 45, 22, 6, rng, color=(28, 28, 34))
    bk = Sheet(85.6, 54)
    bk.rect(0, 0, 85.6, 54, width_mm=0, fill=(242, 244, 250))
    bk.text(3, 3, glyphs("Verblijfsvergunning regulier – bepaalde tijd", NSAN), font=NSAN, size_pt=5.2)
    bk.text(3, 7.2, glyphs(f"Verblijfsdoel: {purpose or 'medische behandeling'}", NSAN_B), font=NSAN_B, size_pt=5.2)
    bk.text(3, 11.4, "Arbeid niet toegestaan. TWV vereist." if (purpose or "").startswith("med") else
            "Arbeid vrij toegestaan. TWV niet vereist.", font=NSAN, size_pt=5.0)
    bk.text(3, 15.6, f"Afgiftedatum {d_dot(issue)}", font=NSAN, size_pt=5.0)
    bk.text(3, 19.8, f"Einddatum {d_dot(expiry)}", font=NSAN, size_pt=5.0)
    bk.rect(0, 30, 85.6, 24, width_mm=0, fill=(255, 255, 255))
    _mrz(bk, 3.4, 33.5, lines, pitch=5.4, size=OCR * 0.98)
    if crop:
        return [fr, bk]
    sh = Sheet()
    k = 1.25
    paste(sh, bk, 20, 150, k=k, dpi=300)
    marker(sh, 22, 150 + 19.4 * k, 40 * k, 3.6 * k)
    paste(sh, fr, 20, 150 + 54 * k + 6, k=k, dpi=300)
    if annotate:
        _pen(sh, 130, 160, annotate, rng, size=13, font=BALL)
    return [sheet_of(grey_paper(sh.render(200), rng))]


_register("permit-nl-verblijfsdocument-achterzijde-boven-voorzijde-onderste-helft-markeerstift-grijs-papier-42",
          "identity-document", PART, "nl", permit_nl, country="NLD", mrz="TD1", photo=True,
          notes="Dutch residence document in the lower half, back above front, highlighter on the end date, grey "
                "paper")


# --------------------------------------------------------------------------- birth certificates


def birth_mli(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """A Malian 'extrait d'acte de naissance' as issued by a Bamako commune's civil-status centre: a narrow
    LEFT column with the register references (Centre principal, N° de l'acte, année) in a framed strip, the
    act itself in PROSE to its right ('L'an deux mille ..., le ... est né(e) ...') typed in Courier Prime with
    the names in capitals; dates written as 14/07/1982 in the text; the officer's signature at the END of the
    prose with no label and the round stamp of the centre OVER the last lines of text; copied on grey recycled
    paper and tilted."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(30, 400))
    act = act_date or person.birth_date + datetime.timedelta(days=rng.randint(2, 30))
    fa, mo = _par(person, father, mother)
    centre = rng.choice(["Commune III du District de Bamako", "Commune V du District de Bamako", "Kati",
                         "Ségou", "Kayes"])
    sh = Sheet()
    _T(sh, 105, 12, "RÉPUBLIQUE DU MALI", font=COUR_B, size=12, anchor="center")
    _T(sh, 105, 18, "Un Peuple – Un But – Une Foi", font=COUR, size=9, anchor="center")
    _T(sh, 105, 30, "EXTRAIT D'ACTE DE NAISSANCE", font=COUR_B, size=14, anchor="center")
    sh.rect(14, 40, 50, 92, width_mm=0.35)
    yy = 43
    for a, b in (("Centre d'état civil", centre), ("Acte N°", str(rng.randint(100, 4000))),
                 ("Année", str(act.year)), ("Volume", str(rng.randint(1, 30))), ("Délivré le", d_sl(issue))):
        _T(sh, 16, yy, a, font=COUR, size=8, color=GREY)
        for ln in wrap(glyphs(b, COUR_B), 46, COUR_B, 9)[:3]:
            yy += 4.2
            sh.text(16, yy, ln, font=COUR_B, size_pt=9)
        yy += 7
    sx = "de sexe féminin" if person.sex == "F" else "de sexe masculin"
    txt = (f"Le {d_sl(person.birth_date)} est né(e) à {person.birth_place} un enfant {sx}, prénommé(e) "
           f"{person.given_names}, nom {person.surname.upper()}, fils/fille de {fa.upper()}, et de "
           f"{mo.upper()}. Dressé le {d_sl(act)} sur la déclaration du père, lecture faite, l'officier de l'état "
           f"civil a signé avec le déclarant. Pour extrait certifié conforme aux registres.")
    y = _P(sh, 70, 42, 124, txt, font=COUR, size=10.5, lead=1.6) + 4
    sh.signature(120, y, 46, 14, rng, color=rng.choice([INK, INK_K]))
    sh.stamp(80, y - 22, ["ÉTAT CIVIL", centre.upper()[:26], "MALI"], rng, shape="round", size_mm=32,
             color=ST_VIOLET, angle=rng.uniform(-20, 20))
    return [tilt(sheet_of(grey_paper(sh.render(200), rng)), rng, lo=0.8, hi=2.4)]


def birth_uga(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Uganda's 'Certificate of Birth' (Births and Deaths Registration Act, Cap. 309) as issued by NIRA: a
    portrait form with a wide black-yellow-red bar at the TOP, the particulars as a numbered LIST of rows with a
    long dotted leader between caption and value (values typed in Nimbus Mono), dates as 14/07/1982; the
    Registrar's signature ABOVE the printed label at the LOWER RIGHT and the seal to the LEFT of it; the page
    photographed on a table."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(40, 600))
    act = act_date or person.birth_date + datetime.timedelta(days=rng.randint(3, 60))
    fa, mo = _par(person, father, mother)
    district = rng.choice(["KAMPALA", "WAKISO", "MBARARA", "GULU", "JINJA", "MBALE"])
    sh = Sheet()
    for k, c in enumerate(((20, 20, 20), (250, 206, 20), (200, 30, 40))):
        sh.rect(14, 10 + k * 3, 182, 3, width_mm=0, fill=c)
    _T(sh, 105, 22, "THE REPUBLIC OF UGANDA", font=NROM_B, size=13, anchor="center")
    _T(sh, 105, 29, "NATIONAL IDENTIFICATION AND REGISTRATION AUTHORITY", font=NROM, size=9, anchor="center")
    _T(sh, 105, 40, "CERTIFICATE OF BIRTH", font=NROM_B, size=16, anchor="center")
    _T(sh, 105, 47, "The Births and Deaths Registration Act, Cap. 309", font=NROM_I, size=9, anchor="center")
    _T(sh, 190, 55, f"Serial No. {_digits(rng, 8)}", font=NMONO_B, size=10, anchor="right")
    rows = [("Registration district", district), ("Name of child", f"{person.given_names} {person.surname.upper()}"),
            ("Sex", "FEMALE" if person.sex == "F" else "MALE"), ("Date of birth", d_sl(person.birth_date)),
            ("Place of birth", person.birth_place.upper()), ("Name of father", fa.upper()),
            ("Name of mother", mo.upper()), ("Informant", "FATHER"), ("Date of registration", d_sl(act)),
            ("Entry No.", str(rng.randint(100, 99999)))]
    y = 64
    for i, (a, b) in enumerate(rows, 1):
        w = _T(sh, 20, y, f"{i}. {a}", font=NROM, size=10.5)
        bb = glyphs(b, NMONO_B)
        bw = sh.text_width(bb, font=NMONO_B, size_pt=10.5)
        sh.rule(22 + w, y + 3.8, 188 - min(bw, 100) - 2, y + 3.8, width_mm=0.15, dash=0.4, color=(120, 120, 120))
        sh.text(188, y, bb, font=NMONO_B, size_pt=fit(bb, NMONO_B, 10.5, 100), anchor="right")
        y += 9
    y = _P(sh, 20, y + 6, 170, f"I hereby certify that the above is a true extract from the register of births "
                               f"kept in the {district.title()} district. Issued on {d_sl(issue)}.", font=NROM,
           size=10.5, lead=1.5) + 10
    sh.signature(134, y, 46, 14, rng, color=INK_K)
    sh.rule(128, y + 16, 188, y + 16, width_mm=0.25)
    _T(sh, 158, y + 17.5, "Registrar of Births and Deaths", font=NROM_I, size=9, anchor="center")
    sh.stamp(80, y - 4, ["NIRA UGANDA", district, "REGISTRAR"], rng, shape="round", size_mm=32, color=ST_BLUE,
             angle=rng.uniform(-18, 18))
    return [table_photo(sh, rng)]


def birth_tur(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """A Turkish 'Doğum Belgesi' printed from the e-Devlet portal: the portal's header line, the document as a
    two-column list of 'Alan | Değer' rows with thin rules between them in Carlito, the barcode and the
    verification code ('Barkodlu belge doğrulama') at the foot; no wet signature; saved as a 150 dpi JPEG."""
    from .twentyeighth_identity import barcode
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(20, 300))
    fa, mo = _par(person, father, mother)
    sh = Sheet()
    sh.rect(0, 8, 210, 12, width_mm=0, fill=(200, 20, 40))
    _T(sh, 16, 10.5, "e-Devlet Kapısı", font=CARL_B, size=13, color=(255, 255, 255))
    _T(sh, 194, 11.5, "T.C. İçişleri Bakanlığı Nüfus ve Vatandaşlık İşleri", font=CARL, size=8.5,
       color=(255, 255, 255), anchor="right")
    _T(sh, 105, 32, "DOĞUM BELGESİ", font=CARL_B, size=16, anchor="center")
    _T(sh, 105, 40, "(Nüfus Kayıt Örneği – Doğum)", font=CARL_I, size=10, anchor="center", color=GREY)
    rows = [("T.C. Kimlik No", _digits(rng, 11)), ("Adı", person.given_names), ("Soyadı", person.surname.upper()),
            ("Cinsiyeti", "Kadın" if person.sex == "F" else "Erkek"), ("Baba Adı", fa.split()[0]),
            ("Anne Adı", mo.split()[0]), ("Doğum Yeri", person.birth_place),
            ("Doğum Tarihi", d_dot(person.birth_date)), ("Medeni Hali", "Bekâr"),
            ("Kayıt Yeri", f"{rng.choice(['İstanbul', 'Ankara', 'İzmir', 'Konya'])} / Merkez")]
    y = 54
    for a, b in rows:
        _T(sh, 30, y, a, font=CARL, size=11, color=GREY)
        _T(sh, 90, y, b, font=CARL_B, size=11)
        sh.rule(28, y + 6, 182, y + 6, width_mm=0.15, color=(200, 200, 200))
        y += 9
    _P(sh, 28, y + 8, 154, f"Bu belge {d_dot(issue)} tarihinde e-Devlet Kapısı üzerinden elektronik olarak "
                           f"oluşturulmuştur. Belgenin doğruluğunu barkod ile kontrol edebilirsiniz.", font=CARL,
       size=9.5, lead=1.4, color=GREY)
    barcode(sh, 28, y + 26, 70, 12, f"edevlet{person.surname}{issue}")
    _T(sh, 110, y + 30, f"Doğrulama kodu: {_digits(rng, 4)}-{_digits(rng, 4)}-{_digits(rng, 4)}", font=CARL_B,
       size=10)
    return [jpeg150(sh, quality=34)]


def birth_be(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """A Brussels commune's 'afschrift van de akte van geboorte' typed in Caladea on the commune's letter paper:
    the commune's name and crest-like square at the upper RIGHT, the act in two paragraphs of prose with the
    date of birth written out ('op 14 juli 2019'), postcode-first address of the parents ('1030 Schaarbeek,
    Rogierstraat 23/bus 1'); the official's signature at the LEFT, ABOVE the printed label, the commune's
    rectangular stamp over the label."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(15, 300))
    act = act_date or person.birth_date + datetime.timedelta(days=rng.randint(1, 10))
    fa, mo = _par(person, father, mother)
    com, pc, st = rng.choice([("Schaarbeek", "1030", "Rogierstraat"), ("Anderlecht", "1070", "Bergensesteenweg"),
                              ("Sint-Jans-Molenbeek", "1080", "Ninoofsesteenweg"), ("Vorst", "1190", "Van Volxemlaan")])
    sh = Sheet()
    sh.rect(176, 12, 16, 18, width_mm=0.8, color=(30, 60, 140))
    _T(sh, 184, 16, com[0], font=CALA_B, size=15, anchor="center", color=(30, 60, 140))
    _T(sh, 172, 14, f"Gemeente {com}", font=CALA_B, size=12, anchor="right")
    _T(sh, 172, 20.5, "Dienst Burgerlijke Stand", font=CALA, size=9, anchor="right", color=GREY)
    _T(sh, 20, 44, "AFSCHRIFT VAN DE AKTE VAN GEBOORTE", font=CALA_B, size=13)
    _T(sh, 20, 51, f"akte nr. {rng.randint(100, 3500)} – {act.year}", font=CALA, size=10, color=GREY)
    txt1 = (f"Op {d_nl(person.birth_date)} is te {person.birth_place} geboren: {person.surname.upper()} "
            f"{person.given_names}, van het {'vrouwelijk' if person.sex == 'F' else 'mannelijk'} geslacht.")
    txt2 = (f"Vader: {fa}. Moeder: {mo}. Beiden wonende te {pc} {com}, {st} {rng.randint(2, 180)}/bus "
            f"{rng.randint(1, 9)}. De akte werd opgemaakt op {d_nl(act)}.")
    y = _P(sh, 20, 62, 170, txt1, font=CALA, size=11, lead=1.6) + 4
    y = _P(sh, 20, y, 170, txt2, font=CALA, size=11, lead=1.6) + 6
    _T(sh, 20, y, f"Voor eensluidend afschrift, {com}, {d_nl(issue)}", font=CALA_I, size=10.5)
    y += 10
    sh.signature(22, y, 46, 14, rng, color=INK)
    _T(sh, 20, y + 16, "De ambtenaar van de burgerlijke stand", font=CALA, size=9.5)
    sh.stamp(40, y + 10, [f"GEMEENTE {com.upper()}", "BURGERLIJKE STAND"], rng, shape="rect", size_mm=40,
             color=ST_BLUE, angle=rng.uniform(-6, 6))
    return [sh]


_register("birth-mli-extrait-referentiestrook-links-proza-courier-stempel-over-tekst-grijs-scheef-42",
          "birth-certificate", PART, "fr", birth_mli, country="MLI",
          notes="Malian birth extract, references in a left strip, prose in Courier, stamp over the text, grey "
                "paper, tilted")
_register("birth-uga-nira-certificate-genummerde-regels-stippelleiders-mono-tafelfoto-42", "birth-certificate",
          PART, "en", birth_uga, country="UGA",
          notes="Ugandan certificate of birth, numbered rows with dotted leaders, phone photo on a table")
_register("birth-tur-edevlet-dogum-belgesi-veldlijst-barcode-jpeg150-42", "birth-certificate", PART, "tr",
          birth_tur, country="TUR", notes="Turkish e-Devlet birth document, field list, barcode, 150 dpi JPEG")
_register("birth-be-brussel-afschrift-proza-postcode-eerst-handtekening-boven-label-stempel-42",
          "birth-certificate", PART, "nl", birth_be, country="BEL",
          notes="Brussels commune's birth act copy in prose, postcode-first address, stamp over the label")


# --------------------------------------------------------------------------- marriage certificates


def marriage_mli(person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    """A Malian 'acte de mariage' copy written BY HAND by the clerk in block capitals (Humor Sans) on a
    pre-printed register page in Nimbus Roman: the husband's and wife's particulars one BELOW the other, the
    option 'monogamie / polygamie' with the chosen one circled, the witnesses, the officer's signature at the
    lower RIGHT with no label and the stamp at the lower LEFT; the page yellowed and folded in four."""
    h, w = person, spouse
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(30, 300))
    md = marriage_date or TODAY - datetime.timedelta(days=2100)
    centre = rng.choice(["Commune I de Bamako", "Commune IV de Bamako", "Kati", "Koulikoro", "Mopti"])
    ink = rng.choice([INK, INK_K])
    sh = Sheet()
    _T(sh, 105, 12, "RÉPUBLIQUE DU MALI", font=NROM_B, size=12, anchor="center")
    _T(sh, 105, 18, f"Centre d'état civil : {centre}", font=NROM, size=10, anchor="center")
    _T(sh, 105, 29, "COPIE D'ACTE DE MARIAGE", font=NROM_B, size=15, anchor="center")
    _T(sh, 20, 40, "Célébré le :", font=NROM, size=10.5)
    _pen(sh, 46, 37.5, d_sl(md), rng, size=12, font=BLOCK, color=ink)
    y = 52
    for t, p in (("DE L'ÉPOUX", h), ("DE L'ÉPOUSE", w)):
        _T(sh, 20, y, f"Nom et prénoms {t} :", font=NROM, size=10.5)
        _pen(sh, 78, y - 2.5, f"{p.surname.upper()} {p.given_names.upper()}", rng, size=11.5, font=BLOCK, color=ink,
             width=112)
        y += 8
        _T(sh, 26, y, "né(e) le :", font=NROM, size=10.5)
        _pen(sh, 48, y - 2.5, d_sl(p.birth_date), rng, size=11.5, font=BLOCK, color=ink)
        _T(sh, 100, y, "à :", font=NROM, size=10.5)
        _pen(sh, 108, y - 2.5, p.birth_place.upper(), rng, size=11.5, font=BLOCK, color=ink, width=80)
        y += 14
    _T(sh, 20, y, "Option :", font=NROM, size=10.5)
    w1 = _T(sh, 44, y, "monogamie", font=NROM, size=10.5)
    _T(sh, 70, y, "polygamie", font=NROM, size=10.5)
    sh.rect(42, y - 1.5, w1 + 4, 7, width_mm=0.4, color=ink)
    y += 10
    _T(sh, 20, y, "Témoins :", font=NROM, size=10.5)
    _pen(sh, 44, y - 2.5, f"{rng.choice(['DIARRA Moussa', 'TRAORE Awa', 'KEITA Bakary'])} – "
                          f"{rng.choice(['COULIBALY Fanta', 'SANGARE Issa', 'DEMBELE Oumou'])}", rng, size=11.5,
         font=BLOCK, color=ink, width=146)
    y += 12
    _T(sh, 20, y, "Copie certifiée conforme, le", font=NROM_I, size=10.5)
    _pen(sh, 72, y - 2.5, d_sl(issue), rng, size=12, font=BLOCK, color=ink)
    sh.signature(130, y + 10, 46, 14, rng, color=ink)
    sh.stamp(30, y + 8, ["ÉTAT CIVIL", centre.upper()[:22], "MALI"], rng, shape="round", size_mm=30, color=ST_BLUE,
             angle=rng.uniform(-20, 20))
    from .twentyeighth_identity import yellowed
    return [sheet_of(folded4(yellowed(sh.render(200), rng, folds=1, strength=0.6), rng))]


def marriage_be(person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    """A Namur-area 'extrait d'acte de mariage' printed from the BAEC database: a table of two columns
    (Conjoint 1 | Conjoint 2) with the rubrics in the left margin in Nimbus Sans Narrow, the date of marriage
    'le 1er mars 2019' above the table, the address as '5000 Namur, rue de Fer 15 - boîte 01'; the official's
    signature BELOW a label 'L'Officier de l'état civil délégué' at the RIGHT and no stamp."""
    h, w = person, spouse
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(10, 200))
    md = marriage_date or TODAY - datetime.timedelta(days=900)
    city, pc, st = rng.choice([("Namur", "5000", "rue de Fer"), ("Charleroi", "6000", "boulevard Tirou"),
                               ("Mons", "7000", "rue de Nimy"), ("Tournai", "7500", "rue Royale")])
    sh = Sheet()
    _T(sh, 18, 14, f"Ville de {city}", font=NNAR_B, size=14)
    _T(sh, 18, 21, "État civil – Banque de données des actes de l'état civil (BAEC)", font=NNAR, size=9,
       color=GREY)
    _T(sh, 18, 38, "EXTRAIT D'ACTE DE MARIAGE", font=NNAR_B, size=13)
    _T(sh, 18, 46, f"Mariage célébré le {d_fr(md)} à {city}", font=NNAR, size=11)
    y = 56
    sh.rect(58, y, 66, 8, width_mm=0.25, fill=(230, 230, 230))
    sh.rect(124, y, 66, 8, width_mm=0.25, fill=(230, 230, 230))
    _T(sh, 60, y + 2, "Conjoint 1", font=NNAR_B, size=10)
    _T(sh, 126, y + 2, "Conjoint 2", font=NNAR_B, size=10)
    y += 8
    for a, f in (("Nom", lambda p: p.surname.upper()), ("Prénoms", lambda p: p.given_names),
                 ("Date de naissance", lambda p: d_sl(p.birth_date)), ("Lieu de naissance", lambda p: p.birth_place)):
        _T(sh, 18, y + 2, a, font=NNAR, size=9.5, color=GREY)
        for k, p in enumerate((h, w)):
            sh.rect(58 + k * 66, y, 66, 8, width_mm=0.25)
            vv = glyphs(f(p), NNAR_B)
            sh.text(60 + k * 66, y + 2, vv, font=NNAR_B, size_pt=fit(vv, NNAR_B, 10, 62))
        y += 8
    y += 6
    _T(sh, 18, y, f"Domicile des époux : {pc} {city}, {st} {rng.randint(2, 90)} - boîte {rng.randint(1, 9):02d}",
       font=NNAR, size=10.5)
    _T(sh, 18, y + 7, f"Acte n° {rng.randint(100, 1500)}/{md.year} – Mentions : néant", font=NNAR, size=10.5)
    _T(sh, 18, y + 14, f"Délivré à {city}, le {d_fr(issue)}", font=NNAR, size=10.5)
    _T(sh, 140, y + 26, "L'Officier de l'état civil délégué", font=NNAR, size=9.5,
       anchor="center")
    sh.signature(118, y + 30, 46, 14, rng, color=INK_K)
    return [sh]


def marriage_uga(person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    """A Ugandan 'Certificate of Marriage' (The Marriage Act, Cap. 251) as a certified copy from the Registrar
    General (URSB): a LANDSCAPE-style register entry set on a portrait page as a table of two rows (Husband,
    Wife) and five columns (Name, Age, Condition, Rank or profession, Residence at the time of marriage) in
    Nimbus Roman with the entries typed in Courier Prime; the date of marriage written out as '14 July 2019'
    above the table, the witnesses and the officiating minister below it; the Registrar's signature at the
    LEFT ABOVE the printed label and the URSB seal pressed OVER the label; the page scanned upside down."""
    h, w = person, spouse
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(30, 300))
    md = marriage_date or TODAY - datetime.timedelta(days=1800)
    place = rng.choice(["Rubaga Cathedral, Kampala", "Namirembe Cathedral, Kampala", "Kampala Registry Office",
                        "St. Mary's Church, Mbarara"])
    sh = Sheet()
    _T(sh, 105, 14, "THE REPUBLIC OF UGANDA", font=NROM_B, size=12, anchor="center")
    _T(sh, 105, 20, "UGANDA REGISTRATION SERVICES BUREAU – REGISTRAR GENERAL", font=NROM, size=9, anchor="center")
    _T(sh, 105, 31, "CERTIFICATE OF MARRIAGE", font=NROM_B, size=15, anchor="center")
    _T(sh, 105, 38, "The Marriage Act, Cap. 251 – certified copy of an entry", font=NROM_I, size=9.5, anchor="center")
    _P(sh, 16, 48, 178, f"Marriage solemnized at {place} on {d_en(md)}, Entry No. {rng.randint(10, 999)}.",
       font=NROM, size=10.5)
    cols = [("", 18), ("Name and surname", 50), ("Age", 14), ("Condition", 24), ("Rank or profession", 32),
            ("Residence", 40)]
    y = 60
    x = 16
    for hd, cw in cols:
        sh.rect(x, y, cw, 10, width_mm=0.25, fill=(232, 232, 232))
        for k, ln in enumerate(wrap(glyphs(hd, NROM_B), cw - 2, NROM_B, 8)[:2]):
            sh.text(x + 1, y + 1 + k * 3.8, ln, font=NROM_B, size_pt=8)
        x += cw
    y += 10
    for role, p in (("Husband", h), ("Wife", w)):
        age = md.year - p.birth_date.year - ((md.month, md.day) < (p.birth_date.month, p.birth_date.day))
        vals = [role, f"{p.given_names} {p.surname.upper()}", str(age), "Bachelor" if role == "Husband" else
                "Spinster", rng.choice(["Teacher", "Trader", "Nurse", "Driver", "Tailor"]),
                rng.choice(["Kampala", "Entebbe", "Mukono", "Wakiso"])]
        x = 16
        for v, (_, cw) in zip(vals, cols):
            sh.rect(x, y, cw, 14, width_mm=0.25)
            for k, ln in enumerate(wrap(glyphs(v, COUR), cw - 2, COUR, 9)[:3]):
                sh.text(x + 1, y + 1.5 + k * 4, ln, font=COUR, size_pt=9)
            x += cw
        y += 14
    y += 6
    for a, b in (("Husband born", f"{d_en(h.birth_date)} at {h.birth_place}"),
                 ("Wife born", f"{d_en(w.birth_date)} at {w.birth_place}"),
                 ("Witnesses", f"{rng.choice(['Joseph Ssemwogerere', 'Ruth Nakato', 'Isaac Okello'])}, "
                               f"{rng.choice(['Grace Atim', 'Moses Mugisha', 'Sarah Namuli'])}"),
                 ("Officiating minister", rng.choice(["Rev. Fr. John Kato", "Rev. Canon P. Mwesigwa"]))):
        _T(sh, 16, y, a + ":", font=NROM, size=10)
        _T(sh, 60, y, b, font=COUR, size=10)
        y += 7
    y = _P(sh, 16, y + 4, 178, f"Certified to be a true copy of an entry in the register of marriages. Issued at "
                               f"Kampala on {d_en(issue)}.", font=NROM, size=10, lead=1.4) + 6
    sh.signature(18, y, 46, 14, rng, color=INK_K)
    _T(sh, 16, y + 16, "Registrar of Marriages", font=NROM_I, size=9.5)
    sh.stamp(30, y + 8, ["URSB", "REGISTRAR GENERAL", "KAMPALA"], rng, shape="round", size_mm=28, color=ST_BLUE,
             angle=rng.uniform(-20, 20))
    return [upside_down(sh)]


_register("marriage-mli-copie-registerblad-blokletters-optie-omcirkeld-vergeeld-gevouwen-42",
          "marriage-certificate", PART, "fr", marriage_mli, country="MLI",
          notes="Malian marriage act copy written by hand in block capitals, option circled, yellowed and folded")
_register("marriage-uga-ursb-certified-copy-registerrij-man-vrouw-courier-zegel-over-label-ondersteboven-42",
          "marriage-certificate", PART, "en", marriage_uga, country="UGA",
          notes="Ugandan certificate of marriage, register rows for husband and wife, seal over the label, upside "
                "down")
_register("marriage-be-namur-baec-extrait-twee-conjoint-kolommen-boite-adres-handtekening-onder-label-42",
          "marriage-certificate", PART, "fr", marriage_be, country="BEL",
          notes="Walloon BAEC marriage extract, two spouse columns, 'boîte' address, signature below the label")


# --------------------------------------------------------------------------- nationality certificates


def nationality_mli(person, rng, *, issue_date=None, **opts):
    """A Malian 'certificat de nationalité' from the Tribunal de Grande Instance de la Commune III de Bamako,
    typed in URW Bookman as a numbered form (1° ... 6°) with the values after a colon, the legal basis (Code
    des personnes et de la famille) in a closing paragraph, the president's signature at the RIGHT with the
    court's round stamp half over the signature and over the typed name; scanned at 150 dpi as a poor JPEG."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(60, 900))
    sh = Sheet()
    _T(sh, 20, 14, "MINISTÈRE DE LA JUSTICE", font=BOOK_B, size=10)
    _T(sh, 20, 20, "TRIBUNAL DE GRANDE INSTANCE", font=BOOK, size=9)
    _T(sh, 20, 25, "DE LA COMMUNE III DU DISTRICT DE BAMAKO", font=BOOK, size=9)
    _T(sh, 190, 14, "RÉPUBLIQUE DU MALI", font=BOOK_B, size=10, anchor="right")
    _T(sh, 190, 20, "Un Peuple – Un But – Une Foi", font=BOOK_I, size=8.5, anchor="right")
    _T(sh, 105, 44, "CERTIFICAT DE NATIONALITÉ MALIENNE", font=BOOK_B, size=14, anchor="center")
    _T(sh, 105, 51, f"N° {rng.randint(100, 9999)}/TGI-CIII/{issue.year}", font=BOOK, size=10, anchor="center")
    y = _P(sh, 20, 64, 170, "Le Président du Tribunal de Grande Instance certifie que :", font=BOOK, size=10.5) + 4
    fa, mo = _par(person, None, None)
    for i, (a, b) in enumerate((("Nom", person.surname.upper()), ("Prénoms", person.given_names),
                                ("Né(e) le", d_sl(person.birth_date)), ("À", person.birth_place),
                                ("Fils / fille de", fa), ("Et de", mo)), 1):
        _T(sh, 26, y, f"{i}° {a}", font=BOOK, size=10.5)
        _T(sh, 70, y, f": {b}", font=BOOK_B, size=10.5)
        y += 8
    y = _P(sh, 20, y + 4, 170, "est de nationalité malienne d'origine, en application des dispositions du Code "
                               "des personnes et de la famille relatives à la nationalité, comme né(e) au Mali "
                               "d'un père malien.", font=BOOK, size=10.5, lead=1.55) + 6
    _T(sh, 20, y, f"Bamako, le {d_sl(issue)}", font=BOOK, size=10.5)
    name = rng.choice(["Mamadou TRAORÉ", "Aminata KONÉ", "Seydou SIDIBÉ"])
    _T(sh, 150, y + 12, "Le Président", font=BOOK_B, size=10.5, anchor="center")
    sh.signature(128, y + 17, 44, 13, rng, color=INK_K)
    _T(sh, 150, y + 32, name, font=BOOK, size=10, anchor="center")
    sh.stamp(134, y + 14, ["TGI COMMUNE III", "BAMAKO"], rng, shape="round", size_mm=28, color=ST_GREEN,
             angle=rng.uniform(-20, 20))
    return [jpeg150(sh, quality=26)]


def nationality_uga(person, rng, *, issue_date=None, **opts):
    """A Ugandan 'Certificate of Citizenship by Birth' letter from the Directorate of Citizenship and Immigration
    Control in Carlito: the coat-of-arms circle at the upper LEFT beside the three-line letterhead, 'TO WHOM IT
    MAY CONCERN' centred and underlined, the particulars in the PROSE only (no table), dates written '14 July
    1982'; signed for the Director with the signature at the END of the letter under 'Yours faithfully' and no
    typed label beside it; the page turned a quarter on the glass."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(60, 700))
    sh = Sheet()
    sh.rect(20, 12, 18, 18, width_mm=0.6, color=(20, 20, 20))
    _T(sh, 29, 18, "UG", font=CARL_B, size=10, anchor="center")
    for k, t in enumerate(["THE REPUBLIC OF UGANDA", "MINISTRY OF INTERNAL AFFAIRS",
                           "Directorate of Citizenship and Immigration Control – Kampala"]):
        _T(sh, 42, 13 + k * 5.5, t, font=CARL_B if k < 2 else CARL, size=10 if k < 2 else 8.5)
    _T(sh, 190, 40, f"Ref: DCIC/CIT/{_digits(rng, 6)}", font=CARL, size=10, anchor="right")
    _T(sh, 190, 46, d_en(issue), font=CARL, size=10, anchor="right")
    w = _T(sh, 105, 58, "TO WHOM IT MAY CONCERN", font=CARL_B, size=11.5, anchor="center")
    sh.rule(105 - w / 2, 63.2, 105 + w / 2, 63.2, width_mm=0.3)
    txt = (f"This is to certify that {person.given_names} {person.surname.upper()}, "
           f"{'female' if person.sex == 'F' else 'male'}, born on {d_en(person.birth_date)} at "
           f"{person.birth_place}, is a citizen of Uganda by birth under Article 10 of the Constitution of the "
           f"Republic of Uganda and the Uganda Citizenship and Immigration Control Act, Cap. 66. The records of "
           f"this Directorate confirm the above particulars.")
    y = _P(sh, 22, 72, 166, txt, font=CARL, size=11, lead=1.6) + 6
    y = _P(sh, 22, y, 166, "Any assistance accorded to the bearer will be appreciated.", font=CARL, size=11) + 8
    _T(sh, 22, y, "Yours faithfully,", font=CARL, size=11)
    sh.signature(24, y + 5, 46, 14, rng, color=INK)
    _T(sh, 22, y + 22, "for: DIRECTOR, CITIZENSHIP AND IMMIGRATION CONTROL", font=CARL_B, size=9.5)
    sh.stamp(120, y - 4, ["DCIC", d_sl(issue), "KAMPALA"], rng, shape="rect", size_mm=34, color=ST_RED,
             angle=rng.uniform(-6, 6))
    return [quarter(sh, ccw=False)]


_register("nationality-mli-tgi-bamako-genummerd-formulier-bookman-stempel-over-naam-jpeg150-42",
          "nationality-certificate", PART, "fr", nationality_mli, country="MLI",
          notes="Malian court's nationality certificate, numbered form in Bookman, stamp over the signature, JPEG")
_register("nationality-uga-dcic-brief-proza-onderstreept-handtekening-einde-kwartslag-42",
          "nationality-certificate", PART, "en", nationality_uga, country="UGA",
          notes="Ugandan citizenship letter in prose, underlined heading, signature at the end, turned a quarter")


# --------------------------------------------------------------------------- identity certificates (consular)


def idcert_mli(person, rng, *, issue_date=None, declarative=False, **opts):
    """The Malian embassy in Brussels' 'certificat d'identité' printed in C059 on a form with a thin double
    frame: the photo at the upper RIGHT corner with the embassy's dry seal over its lower edge, the particulars
    at the left as 'caption: value' lines (values typed in Courier Prime), the basis of issue as a sentence
    under the particulars, the consul's signature BESIDE the label 'Le Consul' at the foot LEFT; copied with a
    tilt of about three degrees."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(20, 300))
    sh = Sheet()
    sh.rect(12, 12, 186, 170, width_mm=0.6, color=(20, 110, 50))
    sh.rect(14, 14, 182, 166, width_mm=0.2, color=(20, 110, 50))
    _T(sh, 20, 20, "AMBASSADE DE LA RÉPUBLIQUE DU MALI", font=CEN_B, size=11)
    _T(sh, 20, 26, "auprès du Royaume de Belgique – Service consulaire", font=CEN_I, size=9)
    _T(sh, 20, 31, "Avenue Molière 487 – 1050 Bruxelles", font=CEN, size=8.5, color=GREY)
    _T(sh, 20, 46, "CERTIFICAT D'IDENTITÉ", font=CEN_B, size=15)
    sh.photo(152, 20, 32, 40, rng)
    sh.stamp(150, 48, ["AMBASSADE DU MALI", "BRUXELLES"], rng, shape="round", size_mm=26, color=(150, 150, 156),
             angle=rng.uniform(-30, 30))
    y = 62
    for a, b in (("Nom", person.surname.upper()), ("Prénoms", person.given_names),
                 ("Date de naissance", d_sl(person.birth_date)), ("Lieu de naissance", person.birth_place),
                 ("Sexe", "féminin" if person.sex == "F" else "masculin"), ("Nationalité", "malienne")):
        _T(sh, 22, y, a + " :", font=CEN, size=10.5)
        bb = glyphs(b, COUR_B)
        sh.text(70, y, bb, font=COUR_B, size_pt=fit(bb, COUR_B, 11, 118))
        y += 8
    basis = ("Le présent certificat est délivré sur la seule déclaration de l'intéressé(e), qui n'a présenté "
             "aucun document d'identité." if declarative else
             "Le présent certificat est délivré au vu de la carte NINA et de l'acte de naissance de l'intéressé(e), "
             "dont l'authenticité a été vérifiée par nos services.")
    y = _P(sh, 22, y + 4, 166, basis, font=CEN, size=10, lead=1.5) + 8
    _T(sh, 22, y, f"Bruxelles, le {d_fr(issue)}", font=CEN, size=10.5)
    w = _T(sh, 22, y + 16, "Le Consul :", font=CEN_B, size=10.5)
    sh.signature(26 + w, y + 9, 46, 14, rng, color=INK)
    return [tilt(sh, rng, lo=2.0, hi=3.0)]


def idcert_uga(person, rng, *, issue_date=None, declarative=False, **opts):
    """The Uganda High Commission / Embassy in Brussels' 'Emergency Certificate of Identity' filled in BY HAND
    with a ballpoint (Kristi) on a printed card-like form in Nimbus Sans: the photo glued at the upper LEFT with
    a stamp across its corner, the captions printed with writing lines after them, the officer's signature
    ABOVE the printed label at the lower right; scanned upside down."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(20, 300))
    ink = rng.choice([INK, INK_K, INK_V])
    sh = Sheet()
    _T(sh, 105, 14, "EMBASSY OF THE REPUBLIC OF UGANDA – BRUSSELS", font=NSAN_B, size=11, anchor="center")
    _T(sh, 105, 20, "Avenue de Tervueren 317, 1150 Woluwe-Saint-Pierre", font=NSAN, size=8, anchor="center",
       color=GREY)
    _T(sh, 105, 30, "CERTIFICATE OF IDENTITY", font=NSAN_B, size=14, anchor="center")
    sh.photo(20, 38, 30, 38, rng)
    sh.stamp(34, 64, ["UGANDA EMBASSY", "BRUSSELS"], rng, shape="oval", size_mm=30, color=ST_VIOLET,
             angle=rng.uniform(-10, 10))
    y = 42
    for a, b in (("Surname", person.surname.upper()), ("Other names", person.given_names),
                 ("Date of birth", d_sl(person.birth_date)), ("Place of birth", person.birth_place),
                 ("Sex", "F" if person.sex == "F" else "M"), ("Nationality", "Ugandan")):
        w = _T(sh, 58, y, a, font=NSAN, size=9.5)
        sh.rule(60 + w, y + 4.4, 192, y + 4.4, width_mm=0.15, color=(120, 120, 120))
        _pen(sh, 62 + w, y - 3, b, rng, size=15, color=ink, font=BALL, width=128 - w)
        y += 9
    basis = ("Issued on the bearer's own statement; no document was produced." if declarative else
             "Issued after verification of the bearer's national ID (NIN) with NIRA, Kampala.")
    y = _P(sh, 20, max(y, 82) + 6, 170, basis, font=NSAN, size=9.5, lead=1.4) + 4
    _T(sh, 20, y + 2, "Date:", font=NSAN, size=9.5)
    _pen(sh, 32, y - 1, d_sl(issue), rng, size=15, color=ink, font=BALL)
    sh.signature(134, y + 4, 44, 13, rng, color=ink)
    sh.rule(128, y + 18, 190, y + 18, width_mm=0.25)
    _T(sh, 159, y + 19.5, "Consular Officer", font=NSAN, size=8.5, anchor="center")
    return [upside_down(sh)]


_register("idcert-mli-ambassade-dubbel-kader-foto-rechtsboven-courier-waarden-consul-naast-label-scheef-42",
          "identity-certificate", PART, "fr", idcert_mli, country="MLI", photo=True,
          notes="Malian embassy's identity certificate, double frame, photo top right, signature beside the "
                "label, tilted")
_register("idcert-uga-embassy-handgeschreven-balpen-foto-linksboven-ondersteboven-42", "identity-certificate",
          PART, "en", idcert_uga, country="UGA", photo=True,
          notes="Ugandan embassy's certificate of identity filled in by hand, photo top left, scanned upside down")


# --------------------------------------------------------------------------- sworn translations


def _src_rows(person, tgt: str, father=None, mother=None) -> list[tuple[str, str]]:
    fa, mo = _par(person, father, mother)
    L = {"nl": ["Naam", "Voornamen", "Geboortedatum", "Geboorteplaats", "Naam vader", "Naam moeder", "Geslacht"],
         "fr": ["Nom", "Prénoms", "Date de naissance", "Lieu de naissance", "Nom du père", "Nom de la mère",
                "Sexe"]}[tgt]
    dd = {"nl": d_nl, "fr": d_fr}[tgt](person.birth_date)
    sx = {"nl": ("mannelijk", "vrouwelijk"), "fr": ("masculin", "féminin")}[tgt][0 if person.sex == "M" else 1]
    return [(L[0], person.surname.upper()), (L[1], person.given_names), (L[6], sx), (L[2], dd),
            (L[3], person.birth_place), (L[4], fa), (L[5], mo)]


_LANG = {"nl": {"tr": "Turks", "es": "Spaans", "ar": "Arabisch", "pt": "Portugees", "ru": "Russisch"},
         "fr": {"tr": "turc", "es": "espagnol", "ar": "arabe", "pt": "portugais", "ru": "russe"}}


def translation_be(person, rng, *, issue_date=None, of_type="birth-certificate", source_lang="tr", target_lang=None,
                   **opts):
    """A Liège or Ghent sworn translator's translation in Nimbus Roman: the translator's name and seal number in
    a line at the very TOP, the title 'Vertaling' / 'Traduction' with the source language in brackets, the
    translated document as a TABLE of two columns with the original's field names in Turkish in small italics
    under each Dutch/French label, '[zegel]' / '[cachet]' notes in square brackets; the certification in a
    boxed paragraph at the foot, her signature at the RIGHT with the round stamp beside it (not over it); the
    pages stapled and tilted."""
    tgt = "fr" if target_lang == "fr" else "nl"
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(8, 60))
    rows = _src_rows(person, tgt)
    srcn = _LANG[tgt].get(source_lang, source_lang)
    tr = rng.choice(["Elif Yılmaz-Peeters", "Dominique Lambert", "Serap Çelik"])
    city = "Gent" if tgt == "nl" else "Liège"
    sh = Sheet()
    _T(sh, 18, 12, f"{tr} · {'beëdigd vertaler' if tgt == 'nl' else 'traductrice jurée'} · "
       f"{'rechtbank van eerste aanleg Oost-Vlaanderen' if tgt == 'nl' else 'tribunal de première instance de Liège'}"
       f" · nr. {rng.randint(1000, 9999)}", font=NROM, size=8.5, color=GREY)
    sh.rule(18, 17, 192, 17, width_mm=0.2)
    _T(sh, 18, 28, ("Vertaling" if tgt == "nl" else "Traduction") + f" (uit het {srcn})" if tgt == "nl" else
       f"Traduction (du {srcn})", font=NROM_B, size=14)
    _T(sh, 18, 36, "Doğum Belgesi – " + ("geboortebewijs" if tgt == "nl" else "certificat de naissance"),
       font=NROM_I, size=10.5)
    orig = ["Soyadı", "Adı", "Cinsiyeti", "Doğum Tarihi", "Doğum Yeri", "Baba Adı", "Anne Adı"]
    y = 46
    for (a, b), o in zip(rows, orig):
        sh.rect(18, y, 62, 11, width_mm=0.2)
        sh.rect(80, y, 112, 11, width_mm=0.2)
        _T(sh, 20, y + 1.5, a, font=NROM, size=10)
        _T(sh, 20, y + 6.2, o, font=NROM_I, size=7.5, color=GREY)
        _T(sh, 82, y + 3, b, font=NROM_B, size=10.5)
        y += 11
    _T(sh, 18, y + 4, "[zegel: e-Devlet barcode; geen handtekening]" if tgt == "nl" else
       "[cachet : code-barres e-Devlet ; pas de signature]", font=NROM_I, size=9.5, color=GREY)
    y += 16
    oath = (f"Ik, ondergetekende {tr}, beëdigd vertaler, verklaar dat de bovenstaande vertaling getrouw en volledig "
            f"is. {city}, {d_nl(issue)}." if tgt == "nl" else
            f"Je soussignée {tr}, traductrice jurée, certifie que la traduction ci-dessus est fidèle et complète. "
            f"{city}, le {d_fr(issue)}.")
    lines = wrap(glyphs(oath, NROM), 168, NROM, 10.5)
    sh.rect(18, y, 174, len(lines) * 5.2 + 6, width_mm=0.3)
    y = _P(sh, 21, y + 3, 168, oath, font=NROM, size=10.5, lead=1.4) + 10
    sh.signature(120, y, 44, 13, rng, color=INK)
    sh.stamp(168, y - 4, ["BEËDIGD VERTALER" if tgt == "nl" else "TRADUCTEUR JURÉ", tr.split()[-1].upper()], rng,
             shape="round", size_mm=24, color=ST_RED, angle=rng.uniform(-15, 15))
    return [tilt(sh, rng, lo=0.6, hi=1.6)]


def translation_nl(person, rng, *, issue_date=None, of_type="birth-certificate", source_lang="tr",
                   target_lang=None, **opts):
    """A Utrecht freelance sworn translator's 'beëdigde vertaling' typed in Carlito: her stamp-like address block
    in a grey box at the upper RIGHT, the translation as running lines 'Naam: ...' in the order of the original,
    the translator's declaration with her Wbtv number, signed at the END of the text with no label (the round
    stamp overlaps the last line); saved as a 150 dpi JPEG on grey paper."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(8, 60))
    rows = _src_rows(person, "nl")
    srcn = _LANG["nl"].get(source_lang, source_lang)
    tr = rng.choice(["drs. S. Kaya", "A. de Wit-Demir", "mr. F. Şahin"])
    sh = Sheet()
    sh.rect(126, 12, 66, 22, width_mm=0, fill=(232, 232, 232))
    for k, t in enumerate([tr, "beëdigd vertaler Turks–Nederlands", "Oudegracht 2, 3511 AP Utrecht"]):
        _T(sh, 129, 14 + k * 5.5, t, font=CARL_B if k == 0 else CARL, size=9.5 if k == 0 else 8.5)
    _T(sh, 20, 46, f"BEËDIGDE VERTALING UIT HET {srcn.upper()}", font=CARL_B, size=13)
    y = 58
    for a, b in rows:
        _T(sh, 20, y, f"{a}: {b}", font=CARL, size=11.5)
        y += 7
    y = _P(sh, 20, y + 8, 170, f"Ondergetekende, {tr}, beëdigd vertaler {srcn}-Nederlands, ingeschreven in het "
                               f"Register beëdigde tolken en vertalers onder nummer {rng.randint(10000, 99999)}, "
                               f"verklaart dat deze vertaling een getrouwe en volledige weergave is van het "
                               f"origineel in de {srcn}e taal. Utrecht, {d_nl(issue)}.", font=CARL, size=11,
           lead=1.5) + 4
    sh.signature(22, y, 46, 14, rng, color=INK)
    sh.stamp(60, y - 12, ["BEËDIGD VERTALER", "UTRECHT"], rng, shape="round", size_mm=28, color=ST_BLUE,
             angle=rng.uniform(-15, 15))
    return [jpeg150(sheet_of(grey_paper(sh.render(200), rng, tone=232)), quality=36)]


_register("translation-be-gent-liege-nimbusroman-tabel-origineel-veldnamen-kader-verklaring-scheef-42",
          "translation", PART, "nl", translation_be, country="BEL",
          notes="Belgian sworn translator, table with the original field names under the labels, boxed "
                "certification, tilted")
_register("translation-nl-utrecht-zelfstandig-grijs-adresvak-lopende-regels-stempel-over-tekst-jpeg-42",
          "translation", PART, "nl", translation_nl, country="NLD",
          notes="Utrecht sworn translator, running lines, signature at the end, stamp over the text, 150 dpi JPEG")


# --------------------------------------------------------------------------- habits shared with the part's other modules


def recopy(sh: Sheet, rng: random.Random, header: str, dpi: int = 200) -> Sheet:
    """A copy of a copy: the page went through the office copier twice, so the greys are gone, the strokes are a
    little thicker, a toner streak runs down the page, and the copier's job line ('header') is printed along
    the bottom edge."""
    img = sh.render(dpi).convert("L")
    d = ImageDraw.Draw(img)
    from .paper import _pil_font
    f = _pil_font(COUR, int(dpi / 25.4 * 2.4))
    d.text((int(dpi / 25.4 * 8), img.height - int(dpi / 25.4 * 7)), header, font=f, fill=40)
    img = img.filter(ImageFilter.MinFilter(3)).point(lambda v: 255 if v > 185 else (20 if v < 110 else v))
    W, H = img.size
    x = int(W * rng.uniform(0.2, 0.8))
    d = ImageDraw.Draw(img)
    d.line([(x, 0), (x + rng.randint(-4, 4), H)], fill=150, width=2)
    return sheet_of(img.convert("RGB"), sh.width_mm, sh.height_mm)


def yellow(img: Image.Image, rng: random.Random) -> Image.Image:
    """Paper yellowed with age: a warm tint, slightly darker towards the edges."""
    img = img.convert("RGB")
    W, H = img.size
    edge = Image.radial_gradient("L").resize((W, H)).point(lambda v: int(v * 0.4))
    base = Image.composite(Image.new("RGB", (W, H), (226, 210, 160)), Image.new("RGB", (W, H), (248, 238, 204)),
                           edge)
    return ImageChops.multiply(img, base)


def ringed(img: Image.Image, rng: random.Random, side: str = "right") -> Image.Image:
    return coffee_ring(img, rng)


def greyjpeg(sh: Sheet, dpi: int = 150) -> Sheet:
    """Grey recycled paper, scanned at 150 dpi and saved as a poor JPEG."""
    g = sheet_of(grey_paper(sh.render(dpi), random.Random(int(sh.width_mm * 10))), sh.width_mm, sh.height_mm)
    return jpeg150(g, quality=32)


def clip(sh: Sheet, rng: random.Random, x: float = 20, y: float = 4) -> None:
    """A paper clip over the top edge: two nested rounded loops in grey wire."""
    for k, (w, h) in enumerate(((9, 30), (6, 22))):
        xx, yy = x + k * 1.5, y + k * 2
        sh.rule(xx, yy, xx, yy + h, width_mm=0.7, color=(140, 140, 146))
        sh.rule(xx + w, yy, xx + w, yy + h - 4, width_mm=0.7, color=(140, 140, 146))
        sh.rule(xx, yy, xx + w, yy, width_mm=0.7, color=(140, 140, 146))
        sh.rule(xx, yy + h, xx + w * 0.5, yy + h, width_mm=0.7, color=(140, 140, 146))
