"""Identity and civil-status families of the `fortieth` part (registered in identity.FAMILIES).

Written after dev, heldout and the parts fresh to thirty-ninth had been read, by a writer who saw neither the
validator nor its output, from the seeds and from how such papers look in Belgian and Dutch files.  The families
are described only in their docstrings and registration notes (the part is read blind).

This part's faces are C059 (Century Schoolbook), URW Bookman, Carlito, Nimbus Roman, Nimbus Sans (and its narrow
cut), Courier Prime, Nimbus Mono, Caladea and DejaVu Sans; its hands are Humor Sans (a round marker hand) and the
thin dkg pen; signatures in Kristi.  The small drawing helpers of twentyeighth_identity (glyph fallback, fitting,
pasting) are reused; the copy habits of this part (a grey recycled copier paper, a page folded in four and
flattened on the glass, a page laid upside down or sideways on the scanner, a skew of up to three degrees, a
150 dpi copy saved as a poor JPEG, a phone photo taken slightly tilted) are drawn by the helpers below.
"""

from __future__ import annotations

import datetime
import io
import random

from PIL import Image, ImageChops, ImageDraw, ImageFilter

from . import mrz as M
from .identity import TODAY, _dates, _digits, _mrz_data, _register
from .paper import Sheet, _phone_photo
from .people import strip_accents
from .twentyeighth_identity import fit, glyphs, paste, sheet_of, wrap

PART = "fortieth"
GREY = (88, 90, 96)
INK = (22, 44, 150)
INK_K = (30, 30, 34)
ST_BLUE = (36, 70, 168)
ST_VIOLET = (104, 46, 146)
ST_RED = (180, 40, 48)
ST_GREEN = (28, 110, 74)
ST_BLACK = (46, 46, 50)
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
CARL = f"{_T_}/crosextra/Carlito-Regular.ttf"
CARL_B = f"{_T_}/crosextra/Carlito-Bold.ttf"
CARL_I = f"{_T_}/crosextra/Carlito-Italic.ttf"
NROM = f"{_U}/NimbusRoman-Regular.otf"
NROM_B = f"{_U}/NimbusRoman-Bold.otf"
NROM_I = f"{_U}/NimbusRoman-Italic.otf"
NSANS = f"{_U}/NimbusSans-Regular.otf"
NSANS_B = f"{_U}/NimbusSans-Bold.otf"
NARR = f"{_U}/NimbusSansNarrow-Regular.otf"
NARR_B = f"{_U}/NimbusSansNarrow-Bold.otf"
CPR = f"{_CP}/Courier Prime.otf"
CPR_B = f"{_CP}/Courier Prime Bold.otf"
NMONO = f"{_U}/NimbusMonoPS-Regular.otf"
NMONO_B = f"{_U}/NimbusMonoPS-Bold.otf"
CALA = f"{_T_}/crosextra/Caladea-Regular.ttf"
CALA_B = f"{_T_}/crosextra/Caladea-Bold.ttf"
DSANS = f"{_T_}/dejavu/DejaVuSans.ttf"
DSANS_B = f"{_T_}/dejavu/DejaVuSans-Bold.ttf"
MARK = f"{_T_}/humor-sans/Humor-Sans.ttf"
THIN = f"{_T_}/fifthhorseman/dkg.ttf"
BLOCK = "blockcaps"

_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
       "décembre"]
_NL = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
       "november", "december"]
_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
       "November", "December"]
_TR = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"]
_UNITS = ["", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
          "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf"]
_TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}


def fr_words(n: int) -> str:
    """A number written out in French as the civil-status registrars of Lomé write it (0 < n < 100)."""
    if n < 20:
        return _UNITS[n]
    t, u = divmod(n, 10)
    if t in (7, 9):
        base = "soixante" if t == 7 else "quatre-vingt"
        return base + ("-et-" if (t == 7 and u == 1) else "-") + _UNITS[10 + u]
    if t == 8:
        return "quatre-vingts" if u == 0 else "quatre-vingt-" + _UNITS[u]
    return _TENS[t] + ("" if u == 0 else (" et un" if u == 1 else "-" + _UNITS[u]))


def fr_year_words(y: int) -> str:
    if y >= 2000:
        r = y - 2000
        return "deux mille" + (" " + fr_words(r) if r else "")
    return "mil neuf cent " + fr_words(y - 1900)


def fr_date_words(d: datetime.date) -> str:
    day = "premier" if d.day == 1 else fr_words(d.day)
    return f"{day} {_FR[d.month - 1]} {fr_year_words(d.year)}"


def d_dash(d: datetime.date) -> str:
    return f"{d.day:02d}-{d.month:02d}-{d.year}"


def d_sl(d: datetime.date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def d_nl(d: datetime.date) -> str:
    return f"{d.day} {_NL[d.month - 1]} {d.year}"


def d_fr(d: datetime.date) -> str:
    return f"{'1er' if d.day == 1 else d.day} {_FR[d.month - 1]} {d.year}"


def d_en(d: datetime.date) -> str:
    """'March 3, 1988', as Ghanaian offices print it."""
    return f"{_EN[d.month - 1]} {d.day}, {d.year}"


def d_mon(d: datetime.date) -> str:
    return f"{d.day:02d} {_EN[d.month - 1][:3].upper()} {d.year}"


def d_dot(d: datetime.date) -> str:
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


# --------------------------------------------------------------------------- copy habits of this part


def grey_paper(img: Image.Image, rng: random.Random) -> Image.Image:
    """Recycled grey copier paper: a flat grey cast with a faint speckle of fibres."""
    im = ImageChops.multiply(img.convert("RGB"), Image.new("RGB", img.size, (226, 226, 222)))
    d = ImageDraw.Draw(im)
    W, H = im.size
    for _ in range(rng.randint(60, 140)):
        x, y = rng.uniform(0, W), rng.uniform(0, H)
        d.line([(x, y), (x + rng.uniform(-4, 4), y + rng.uniform(-4, 4))], fill=(180, 180, 176), width=1)
    return im


def folded(img: Image.Image, rng: random.Random, *, quarters: bool = True) -> Image.Image:
    """A sheet folded in four (or in three) and flattened on the glass: a soft shadow along each fold."""
    im = img.convert("RGB")
    W, H = im.size
    sh = Image.new("L", (W, H), 0)
    d = ImageDraw.Draw(sh)
    if quarters:
        xs, ys = [W // 2 + rng.randint(-W // 60, W // 60)], [H // 2 + rng.randint(-H // 60, H // 60)]
    else:
        xs, ys = [], [H // 3 + rng.randint(-H // 80, H // 80), 2 * H // 3 + rng.randint(-H // 80, H // 80)]
    w = max(3, W // 140)
    for x in xs:
        d.rectangle([x - w, 0, x + w, H], fill=70)
    for y in ys:
        d.rectangle([0, y - w, W, y + w], fill=70)
    sh = sh.filter(ImageFilter.GaussianBlur(w * 1.5))
    return Image.composite(Image.new("RGB", (W, H), (140, 140, 138)), im, sh)


def skewed(sh: Sheet, rng: random.Random, *, lo: float = 1.0, hi: float = 3.0, dpi: int = 200) -> Sheet:
    """The page laid a little askew on the glass (up to three degrees), white scanner lid around it."""
    img = sh.render(dpi)
    a = rng.choice([-1, 1]) * rng.uniform(lo, hi)
    out = img.rotate(a, resample=Image.BICUBIC, fillcolor=(250, 250, 250))
    return sheet_of(out, sh.width_mm, sh.height_mm)


def upside_down(sh: Sheet, dpi: int = 200) -> Sheet:
    """The page put on the scanner head first: the whole image turned by 180 degrees."""
    return sheet_of(sh.render(dpi).rotate(180), sh.width_mm, sh.height_mm)


def low_jpeg(sh: Sheet, *, dpi: int = 150, quality: int = 30) -> Sheet:
    """A 150 dpi copy kept as a poor JPEG: soft, blocky, the blacks turned grey."""
    img = sh.render(dpi).convert("RGB")
    img = ImageChops.add(img.point(lambda v: int(v * 0.82)), Image.new("RGB", img.size, (40, 40, 40)))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality)
    buf.seek(0)
    return sheet_of(Image.open(buf).convert("RGB"), sh.width_mm, sh.height_mm)


def tilted_phone(sh: Sheet, rng: random.Random, dpi: int = 170) -> Sheet:
    """A phone photo of the page held slightly tilted: turned 2 to 4 degrees, then the phone's perspective and
    uneven light."""
    img = sh.render(dpi).rotate(rng.choice([-1, 1]) * rng.uniform(2.0, 4.0), resample=Image.BICUBIC,
                                fillcolor=(120, 104, 86))
    return sheet_of(_phone_photo(img, rng), sh.width_mm, sh.height_mm)


def clip(sh: Sheet, rng: random.Random, x: float = 170, y: float = 6) -> None:
    """A paper clip over the top edge, drawn as its grey wire loops."""
    for k, (w, h) in enumerate(((8, 26), (5.5, 20))):
        xx, yy = x + k * 1.3, y + k * 1.5
        sh.rect(xx, yy, w, h, width_mm=0.5, color=(150, 150, 156))


def _mrz(s: Sheet, x: float, y: float, lines: list[str], *, pitch: float = 5.0, size: float = OCR) -> None:
    for i, ln in enumerate(lines):
        s.text(x, y + i * pitch, ln, font="ocrb", size_pt=size, color=(14, 14, 18))


def _guilloche(w: float, h: float, rng: random.Random, bg, ink, k: int = 8) -> Image.Image:
    """Security print of this part: concentric rosettes from the lower left corner, with a fine wave grid."""
    import math
    W, H = int(w * k), int(h * k)
    im = Image.new("RGB", (W, H), bg)
    d = ImageDraw.Draw(im)
    cx, cy = rng.uniform(0, W * 0.3), rng.uniform(H * 0.7, H)
    for r in range(10, int(max(W, H) * 1.4), rng.randint(7, 10)):
        d.ellipse([cx - r, cy - r * 0.8, cx + r, cy + r * 0.8], outline=ink, width=1)
    ph = rng.uniform(0, 6.28)
    for yy in range(0, H, 22):
        pts = [(x, yy + 5 * math.sin(x / 17 + ph)) for x in range(0, W, 5)]
        d.line(pts, fill=tuple(min(255, c + 10) for c in ink), width=1)
    return im


def _par(person, father, mother):
    return (father or person.father or f"{person.surname.split()[0]} X"), (mother or person.mother or "X")


def _T(sh: Sheet, x, y, s, *, font=NSANS, size=9.0, color=(0, 0, 0), anchor="left", spacing: float = 0.0) -> float:
    s = glyphs(str(s), font)
    sh.text(x, y, s, font=font, size_pt=size, color=color, anchor=anchor, letter_spacing=spacing)
    return sh.text_width(s, font=font, size_pt=size)


def _P(sh: Sheet, x, y, w, s, *, font=CEN, size=10.5, lead=1.4, color=(0, 0, 0)) -> float:
    lh = size * 0.3528 * lead
    for ln in wrap(glyphs(s, font), w, font, size):
        sh.text(x, y, ln, font=font, size_pt=size, color=color)
        y += lh
    return y


def _pen(sh: Sheet, x, y, s, rng, *, size=12.0, color=INK, font=MARK, width=None) -> float:
    s = glyphs(str(s), font)
    if width:
        while size > 7.5 and sh.text_width(s, font=font, size_pt=size) * 1.15 > width:
            size -= 0.5
    return sh.handwriting(x, y, s, rng, size_pt=size, color=color, font=font)


# --------------------------------------------------------------------------- passports (TD3)

_PP = {
    "GHA": dict(state="REPUBLIC OF GHANA", title="PASSPORT", col=(0, 104, 56), bg=(244, 248, 238),
                ink=(220, 232, 210), nat="GHANAIAN", auth="PASSPORT OFFICE ACCRA", years=10,
                num=lambda r: "G" + _digits(r, 7),
                caps=["Type", "Code of State", "Passport No.", "Surname", "Given Names", "Nationality",
                      "Date of Birth", "Sex", "Place of Birth", "Date of Issue", "Date of Expiry", "Authority",
                      "Personal No."],
                df=d_mon, font=NARR, font_b=NARR_B),
    "TGO": dict(state="RÉPUBLIQUE TOGOLAISE", title="PASSEPORT / PASSPORT", col=(150, 28, 36),
                bg=(250, 244, 236), ink=(238, 222, 206), nat="TOGOLAISE", auth="DGDN LOMÉ", years=5,
                num=lambda r: "TG" + _digits(r, 7),
                caps=["Type", "Code du pays / Country code", "N° du passeport / Passport No.", "Nom / Surname",
                      "Prénoms / Given names", "Nationalité / Nationality", "Date de naissance / Date of birth",
                      "Sexe / Sex", "Lieu de naissance / Place of birth", "Date de délivrance / Date of issue",
                      "Date d'expiration / Date of expiry", "Autorité / Authority", "N° personnel / Personal No."],
                df=d_sl, font=CARL, font_b=CARL_B),
    "TUR": dict(state="TÜRKİYE CUMHURİYETİ", title="PASAPORT / PASSPORT", col=(130, 24, 44),
                bg=(248, 240, 242), ink=(234, 214, 220), nat="T.C. / TUR", auth="T.C. İÇİŞLERİ BAKANLIĞI", years=10,
                num=lambda r: "U" + _digits(r, 8),
                caps=["Tipi / Type", "Ülke kodu / Code", "Pasaport No / Passport No", "Soyadı / Surname",
                      "Adı / Given names", "Uyruğu / Nationality", "Doğum tarihi / Date of birth",
                      "Cinsiyeti / Sex", "Doğum yeri / Place of birth", "Veriliş tarihi / Date of issue",
                      "Geçerlilik tarihi / Date of expiry", "Makam / Authority", "T.C. Kimlik No"],
                df=lambda d: f"{d.day:02d} {_TR[d.month - 1][:3].upper()}/{_EN[d.month - 1][:3].upper()} {d.year}",
                font=BOOK, font_b=BOOK_B),
    "SUR": dict(state="REPUBLIEK SURINAME", title="PASPOORT", col=(24, 96, 58), bg=(240, 248, 242),
                ink=(212, 230, 216), nat="SURINAAMSE", auth="CBB PARAMARIBO", years=10,
                num=lambda r: "R" + _digits(r, 7),
                caps=["Soort / Type", "Code", "Paspoort nr. / Passport No.", "Naam / Surname",
                      "Voornamen / Given names", "Nationaliteit / Nationality", "Geboortedatum / Date of birth",
                      "Geslacht / Sex", "Geboorteplaats / Place of birth", "Datum van afgifte / Date of issue",
                      "Geldig tot / Date of expiry", "Autoriteit / Authority", "ID-nummer"],
                df=d_dot, font=CEN, font_b=CEN_B),
}


def _pp_page(code, person, rng, number, issue, expiry, lines) -> Sheet:
    """This part's data page: a band in the state colour down the LEFT edge with the state's name turned
    upright in it, the photo at the LEFT beside the band, the data in ONE column at the right with each caption
    small at the LEFT of its value on the same line, a small ghost portrait at the lower RIGHT, the holder's
    signature across the bottom of the photo, the MRZ on a pale strip."""
    cfg = _PP[code]
    f, fb = cfg["font"], cfg["font_b"]
    s = Sheet(125, 88)
    s.image(0, 0, 125, 64, _guilloche(125, 64, rng, cfg["bg"], cfg["ink"]))
    s.rect(0, 0, 7, 64, width_mm=0, fill=cfg["col"])
    band = Sheet(64, 7)
    band.rect(0, 0, 64, 7, width_mm=0, fill=cfg["col"])
    st = glyphs(cfg["state"], fb)
    band.text(32, 1.6, st, font=fb, size_pt=fit(st, fb, 7, 60), color=(255, 255, 255), anchor="center")
    paste(s, band, 0, 0, dpi=300, angle=90, bg=cfg["col"])
    tt = glyphs(cfg["title"], fb)
    s.text(120, 2.2, tt, font=fb, size_pt=fit(tt, fb, 6.4, 70), color=cfg["col"], anchor="right")
    s.photo(9.5, 9, 27, 34, rng)
    s.signature(10, 45, 26, 7, rng, color=(30, 30, 36))
    C = cfg["caps"]
    rows = [(C[0] + "  " + C[1], f"P   {code}"), (C[2], number), (C[3], person.surname.upper()),
            (C[4], person.given_names.upper()), (C[5], cfg["nat"]), (C[6], cfg["df"](person.birth_date)),
            (C[7], person.sex), (C[8], strip_accents(person.birth_place).upper()), (C[9], cfg["df"](issue)),
            (C[10], cfg["df"](expiry)), (C[11], cfg["auth"])]
    y = 8.0
    for cap, val in rows:
        cc = glyphs(cap, f)
        s.text(40, y + 0.6, cc, font=f, size_pt=fit(cc, f, 3.8, 34), color=(100, 100, 104))
        vv = glyphs(val, fb)
        s.text(76, y, vv, font=fb, size_pt=fit(vv, fb, 6.4, 44))
        y += 4.9
    ghost = Sheet(12, 15)
    ghost.photo(0, 0, 12, 15, random.Random(rng.random()))
    s.image(108, 44, 12, 15, ghost.render(150).convert("L").point(lambda v: 150 + v // 3).convert("RGB"),
            blend="multiply")
    s.rect(0, 64, 125, 24, width_mm=0, fill=(250, 250, 246))
    _mrz(s, 4.5, 70.5, lines, pitch=5.6)
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
        if habit == "tilted":
            # the data page photographed by the client holding the phone a little crooked, the photo printed
            # large in the upper half of an A4 sheet
            paste(sh, page, 22, 30, k=1.33, dpi=300)
            if annotate:
                _pen(sh, 24, 160, annotate, rng, size=13)
            return [tilted_phone(sh, rng)]
        if habit == "upside":
            # the booklet laid on the glass the wrong way round: the page comes out upside down, at the bottom
            paste(sh, page, 40, 190, k=1.0, dpi=300)
            _T(sh, 40, 180, "copie passeport", font=CARL, size=8, color=GREY)
            if annotate:
                _pen(sh, 40, 168, annotate, rng, size=12, font=THIN)
            return [upside_down(sh)]
        if habit == "fold":
            # copied on grey recycled paper, then folded in four to go in an envelope and scanned flat
            paste(sh, page, 44, 40, k=1.0, dpi=300)
            paste(sh, page, 44, 150, k=1.0, dpi=200, img=page.render(200).convert("L").convert("RGB"))
            if annotate:
                _pen(sh, 44, 250, annotate, rng, size=12, font=THIN)
            return [sheet_of(folded(grey_paper(sh.render(200), rng), rng))]
        # "jpeg": the page in the upper left at 110 %, copied at 150 dpi and saved as a poor JPEG; a V-number or
        # name written by hand in the right margin before copying
        paste(sh, page, 16, 18, k=1.1, dpi=300)
        if annotate:
            _pen(sh, 160, 120, annotate, rng, size=12)
        return [low_jpeg(sh)]

    return make


for _code, _habit, _lang, _note in (
    ("GHA", "tilted", "en", "Ghanaian passport: phone photo of the data page held slightly tilted"),
    ("TGO", "upside", "fr/en", "Togolese passport: data page at the bottom, scanned upside down"),
    ("TUR", "fold", "tr/en", "Turkish passport: colour and grey copy on grey paper folded in four"),
    ("SUR", "jpeg", "nl", "Surinamese passport: data page at 110 % upper left, 150 dpi poor JPEG"),
):
    _register(f"passport-td3-{_code.lower()}-kleurband-links-foto-links-kop-naast-waarde-spookfoto-{_habit}-40",
              "identity-document", PART, _lang, _passport(_code, _habit), country=_code, mrz="TD3", photo=True,
              notes=_note + "; colour band down the left edge, photo left, captions beside the values")


# --------------------------------------------------------------------------- Togolese identity card (TD1)


def idcard_tgo(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, crop=False,
               annotate=None, **opts):
    """The Togolese biometric 'Carte Nationale d'Identité': recto and verso SIDE BY SIDE on a landscape sheet
    which was then laid SIDEWAYS on the scanner, so the portrait page shows the cards turned a quarter; the recto
    with the photo at the RIGHT, 'RÉPUBLIQUE TOGOLAISE – Travail Liberté Patrie' across the top, the NIN under the
    title and the data as caption-over-value pairs in Carlito; the verso with the address, the issuing office,
    the fingerprint box and the three-line MRZ."""
    issue, expiry = _dates(rng, issue_date, expiry_date, 10)
    nin = _digits(rng, 10)
    number = "TG" + _digits(rng, 7)
    md = _mrz_data(person, mrz_override)
    lines = M.td1(issuing="TGO", surname=md["surname"], given=md["given_names"], number=md.get("number", number),
                  nationality=md["nationality"], birth_date=md["birth_date"], sex=md["sex"], expiry=expiry,
                  doc_code="ID", break_check=break_check)
    fr = Sheet(85.6, 54)
    fr.image(0, 0, 85.6, 54, _guilloche(85.6, 54, rng, (246, 246, 236), (226, 228, 206)))
    fr.rect(0, 0, 85.6, 3, width_mm=0, fill=(0, 106, 78))
    fr.text(3, 4, "RÉPUBLIQUE TOGOLAISE", font=CARL_B, size_pt=7, color=(0, 90, 60))
    fr.text(3, 7.4, "Travail – Liberté – Patrie", font=CARL_I, size_pt=4.8, color=(0, 90, 60))
    fr.text(3, 10.6, "CARTE NATIONALE D'IDENTITÉ", font=CARL_B, size_pt=6, color=(160, 30, 36))
    fr.photo(60, 12, 22, 28, rng)
    fr.text(3, 14.5, f"NIN {nin}", font=CARL_B, size_pt=6.6)
    y = 19.5
    for a, b in (("Nom", person.surname.upper()), ("Prénoms", person.given_names),
                 ("Né(e) le", d_sl(person.birth_date)), ("Sexe", person.sex), ("Expire le", d_sl(expiry))):
        fr.text(3, y, a, font=CARL, size_pt=4.4, color=GREY)
        bb = glyphs(b, CARL_B)
        fr.text(3, y + 1.8, bb, font=CARL_B, size_pt=fit(bb, CARL_B, 6.2, 54))
        y += 6.3
    fr.signature(60, 43, 22, 7, rng, color=(28, 28, 34))
    bk = Sheet(85.6, 54)
    bk.rect(0, 0, 85.6, 54, width_mm=0, fill=(248, 248, 242))
    y = 3
    for a, b in (("Lieu de naissance", person.birth_place), ("Adresse", rng.choice(["Lomé, Bè", "Lomé, Tokoin",
                                                                                 "Kara, Tomdè", "Sokodé"])),
                 ("Délivrée le", d_sl(issue)), ("N° carte", number)):
        bk.text(4, y, a, font=CARL, size_pt=4.6, color=GREY)
        bk.text(30, y, glyphs(b, CARL_B), font=CARL_B, size_pt=5.8)
        y += 4.2
    bk.rect(66, 2, 16, 18, width_mm=0.2, color=(120, 120, 120))
    bk.rect(0, 29, 85.6, 25, width_mm=0, fill=(255, 255, 255))
    _mrz(bk, 3.4, 32.5, lines, pitch=5.6, size=OCR * 0.98)
    if crop:
        return [fr, bk]
    land = Sheet(297, 210)
    paste(land, fr, 30, 40, k=1.45, dpi=300)
    paste(land, bk, 30 + 85.6 * 1.45 + 14, 40, k=1.45, dpi=300)
    _T(land, 30, 130, "Copie certifiée conforme à l'original présenté", font=CARL_I, size=10, color=GREY)
    land.stamp(200, 150, ["COMMUNE DE " + rng.choice(["LIÈGE", "NAMUR", "MONS"]), "POPULATION"], rng,
               shape="oval", size_mm=40, color=ST_BLUE, angle=rng.uniform(-8, 8))
    if annotate:
        _pen(land, 30, 170, annotate, rng, size=13, font=THIN)
    sh = Sheet()
    paste(sh, land, 0, 0, dpi=200, angle=-90)
    return [sh]


_register("idcard-td1-tgo-cni-recto-verso-naast-elkaar-liggend-zijwaarts-gescand-40", "identity-document", PART,
          "fr", idcard_tgo, country="TGO", mrz="TD1", photo=True,
          notes="Togolese identity card, recto and verso side by side on a landscape sheet scanned sideways")


# --------------------------------------------------------------------------- Dutch residence document (TD1)


def permit_nl(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, crop=False,
              v_number=None, purpose=None, annotate=None, **opts):
    """The Dutch residence document copied by the municipality's counter at 125 %: front ABOVE back, centred on
    the sheet, each inside a thin dashed cutting frame; the V-number printed on the front under the document
    number; the clerk's oval 'kopie conform origineel' stamp and initials at the lower RIGHT of the sheet; the
    sheet skewed a little on the glass."""
    issue, expiry = _dates(rng, issue_date, expiry_date, 5)
    number = "".join(rng.choice("BCDFGHJKLMNPRSTVWXZ") for _ in range(2)) + _digits(rng, 7)
    vnr = v_number or ("3" + _digits(rng, 9))
    md = _mrz_data(person, mrz_override)
    lines = M.td1(issuing="NLD", surname=md["surname"], given=md["given_names"], number=number,
                  nationality=md["nationality"], birth_date=md["birth_date"], sex=md["sex"], expiry=expiry,
                  doc_code="IR", break_check=break_check)
    fr = Sheet(85.6, 54)
    fr.image(0, 0, 85.6, 54, _guilloche(85.6, 54, rng, (240, 244, 250), (214, 222, 238)))
    fr.text(42.8, 1.8, "VERBLIJFSDOCUMENT", font=NSANS_B, size_pt=6, color=(30, 50, 120), anchor="center")
    fr.photo(60, 8, 22, 28, rng)
    y = 7
    for a, b in (("Naam / Surname", person.surname.upper()), ("Voornamen / Given names", person.given_names.upper()),
                 ("Geboortedatum", d_dot(person.birth_date)), ("Nationaliteit", person.nationality),
                 ("Geslacht", person.sex), ("Geldig tot", d_dot(expiry)), ("Documentnummer", number),
                 ("V-nummer", vnr)):
        fr.text(3, y, a, font=NSANS, size_pt=3.9, color=GREY)
        bb = glyphs(b, NSANS_B)
        fr.text(3, y + 1.6, bb, font=NSANS_B, size_pt=fit(bb, NSANS_B, 5.8, 54))
        y += 5.4
    fr.signature(60, 40, 22, 6, rng, color=(28, 28, 34))
    bk = Sheet(85.6, 54)
    bk.rect(0, 0, 85.6, 54, width_mm=0, fill=(246, 248, 250))
    bk.text(3, 3, glyphs(f"Verblijfsvergunning regulier – {purpose or 'medische behandeling'}", NSANS), font=NSANS,
            size_pt=5.4)
    bk.text(3, 7.5, "Arbeid is niet toegestaan" if (purpose or "").startswith("med") else
            "Arbeid vrij toegestaan", font=NSANS, size_pt=5.2)
    bk.text(3, 12, f"Datum afgifte {d_dot(issue)}", font=NSANS, size_pt=5.2)
    bk.rect(0, 30, 85.6, 24, width_mm=0, fill=(255, 255, 255))
    _mrz(bk, 3.4, 33.5, lines, pitch=5.4, size=OCR * 0.98)
    if crop:
        return [fr, bk]
    sh = Sheet()
    k = 1.25
    x0 = (210 - 85.6 * k) / 2
    for i, part in enumerate((fr, bk)):
        y0 = 28 + i * (54 * k + 14)
        paste(sh, part, x0, y0, k=k, dpi=300)
        sh.rect(x0 - 3, y0 - 3, 85.6 * k + 6, 54 * k + 6, width_mm=0.2, color=(130, 130, 130))
    if annotate:
        _pen(sh, x0, 200, annotate, rng, size=12, font=THIN)
    sh.stamp(150, 236, ["KOPIE CONFORM", "ORIGINEEL", "GEMEENTE"], rng, shape="oval", size_mm=38, color=ST_GREEN,
             angle=rng.uniform(-12, 12))
    _pen(sh, 176, 256, rng.choice(["MvD", "JK", "ah"]), rng, size=12, font=THIN, color=INK_K)
    return [skewed(sh, rng, lo=0.6, hi=1.8)]


_register("permit-nl-verblijfsdocument-voor-boven-achter-gecentreerd-snijkader-ovale-stempel-rechtsonder-40",
          "identity-document", PART, "nl", permit_nl, country="NLD", mrz="TD1", photo=True,
          notes="Dutch residence document front above back, centred in dashed frames, oval stamp lower right")


# --------------------------------------------------------------------------- birth certificates


def birth_tgo(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """A Lomé commune's 'copie intégrale d'acte de naissance' written as PROSE on the register's printed page:
    the heading block at the upper LEFT ('RÉPUBLIQUE TOGOLAISE / Commune de Lomé / Centre principal d'état
    civil'), the act number in the LEFT margin, the act in one long paragraph in Century Schoolbook with the
    dates written out in words ('le douze mars mil neuf cent quatre-vingt-huit'), the registrar's signature
    ABOVE his typed name at the right and the round mayor's stamp half over the signature."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(30, 300))
    act = act_date or person.birth_date + datetime.timedelta(days=rng.randint(2, 25))
    fa, mo = _par(person, father, mother)
    centre = rng.choice(["Lomé", "Kara", "Sokodé", "Atakpamé", "Kpalimé", "Tsévié"])
    n = rng.randint(100, 5200)
    sh = Sheet()
    for i, t in enumerate(["RÉPUBLIQUE TOGOLAISE", "Travail – Liberté – Patrie", f"Commune de {centre}",
                           "Centre principal d'état civil"]):
        _T(sh, 20, 14 + i * 4.8, t, font=CEN_B if i in (0, 2) else CEN_I, size=9.5 if i != 1 else 8)
    _T(sh, 105, 44, "COPIE INTÉGRALE D'ACTE DE NAISSANCE", font=CEN_B, size=13, anchor="center")
    sh.rule(20, 52, 20, 200, width_mm=0.3)
    _T(sh, 14, 60, f"N° {n}", font=CEN_B, size=9, anchor="left")
    sx = "de sexe féminin" if person.sex == "F" else "de sexe masculin"
    txt = (f"Le {fr_date_words(person.birth_date)}, à {person.birth_place}, est né{'e' if person.sex == 'F' else ''} "
           f"{person.surname.upper()} {person.given_names}, {sx}, enfant de {fa}, cultivateur, et de {mo}, "
           f"ménagère, tous deux domiciliés à {person.birth_place}. Dressé le {fr_date_words(act)} sur la "
           f"déclaration du père, qui a signé avec Nous, officier de l'état civil, après lecture faite. "
           f"Mentions marginales : néant.")
    y = _P(sh, 26, 60, 164, txt, font=CEN, size=11, lead=1.75)
    y = _P(sh, 26, y + 6, 164, f"Pour copie intégrale certifiée conforme au registre, délivrée à {centre}, le "
                               f"{d_sl(issue)}.", font=CEN_I, size=10.5, lead=1.5) + 8
    sh.signature(122, y, 46, 14, rng, color=INK)
    _T(sh, 145, y + 16, "L'Officier de l'état civil", font=CEN_B, size=10, anchor="center")
    _T(sh, 145, y + 21, rng.choice(["Koffi AGBEKO", "Yawa MENSAH", "Komlan AMEGAN"]), font=CEN, size=9.5,
       anchor="center")
    sh.stamp(150, y - 2, ["MAIRIE DE " + centre.upper(), "ÉTAT CIVIL", "TOGO"], rng, shape="round", size_mm=30,
             color=ST_BLUE, angle=rng.uniform(-25, 25))
    _T(sh, 20, 280, "Timbre fiscal : 500 F CFA", font=CEN, size=8, color=GREY)
    return [sh]


def birth_gha(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Ghana's Births and Deaths Registry 'Certified Copy of Entry of Birth': a landscape register row printed
    on portrait paper as a numbered vertical list (1. Entry No. ... 11. Signature of Registrar), a green
    coat-of-arms roundel at the upper RIGHT, the entries in Nimbus Sans Narrow capitals on dotted lines; the
    Registrar's signature BESIDE the label, the oval registry stamp below it; copied on grey paper."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(40, 500))
    act = act_date or person.birth_date + datetime.timedelta(days=rng.randint(5, 60))
    fa, mo = _par(person, father, mother)
    region = rng.choice(["GREATER ACCRA", "ASHANTI", "VOLTA", "CENTRAL", "EASTERN"])
    sh = Sheet()
    sh.rect(168, 10, 22, 22, width_mm=0.6, color=(0, 110, 60))
    _T(sh, 179, 17, "GH", font=NARR_B, size=12, anchor="center", color=(0, 110, 60))
    _T(sh, 20, 14, "REPUBLIC OF GHANA", font=NARR_B, size=13)
    _T(sh, 20, 20, "BIRTHS AND DEATHS REGISTRY", font=NARR_B, size=10.5)
    _T(sh, 20, 25.5, "(Births and Deaths Registration Act, 2020, Act 1027)", font=NARR, size=8.5, color=GREY)
    _T(sh, 105, 40, "CERTIFIED COPY OF ENTRY OF BIRTH", font=NARR_B, size=15, anchor="center", spacing=0.4)
    y = 54
    entries = (("Entry No.", f"{region[:3]}/{act.year}/{_digits(rng, 6)}"), ("Region / District", region),
               ("Name of child", f"{person.given_names} {person.surname}".upper()),
               ("Date of birth", d_en(person.birth_date).upper()), ("Place of birth", person.birth_place.upper()),
               ("Sex", "FEMALE" if person.sex == "F" else "MALE"), ("Name of father", fa.upper()),
               ("Nationality of father", "GHANAIAN"), ("Name of mother", mo.upper()),
               ("Nationality of mother", "GHANAIAN"), ("Date of registration", d_en(act).upper()))
    for i, (a, b) in enumerate(entries, 1):
        _T(sh, 20, y, f"{i}.", font=NARR_B, size=10)
        _T(sh, 28, y, a, font=NARR, size=10)
        sh.rule(78, y + 4.4, 190, y + 4.4, width_mm=0.15, dash=0.6, color=(110, 110, 110))
        bb = glyphs(b, NARR_B)
        sh.text(80, y - 0.4, bb, font=NARR_B, size_pt=fit(bb, NARR_B, 11, 108))
        y += 9.5
    y = _P(sh, 20, y + 6, 170, f"I hereby certify that the above is a true copy of an entry in the Register of "
                               f"Births kept at the Registry. Issued this {d_en(issue)}.", font=NARR, size=10,
           lead=1.5) + 8
    w = _T(sh, 20, y + 6, "12.  Signature of Registrar:", font=NARR, size=10)
    sh.signature(24 + w, y - 1, 46, 14, rng, color=INK_K)
    sh.stamp(60, y + 26, ["BIRTHS & DEATHS", "REGISTRY", region], rng, shape="oval", size_mm=40, color=ST_VIOLET,
             angle=rng.uniform(-10, 10))
    return [sheet_of(grey_paper(sh.render(200), rng))]


def birth_tur(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """A Turkish 'Nüfus Kayıt Örneği' printed from e-Devlet in portrait: the ministry's two heading lines at the
    top centre, a barcode and the 'Doğrulama Kodu' at the upper RIGHT, the person's register data as a
    vertical label/value table in Nimbus Sans (Turkish only), the 'Açıklama' paragraph, and no hand signature
    (electronically signed); copied at an angle of about two degrees."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(30, 400))
    fa, mo = _par(person, father, mother)
    il = rng.choice(["İstanbul", "Ankara", "İzmir", "Bursa", "Konya", "Malatya"])
    sh = Sheet()
    _T(sh, 105, 14, "T.C.", font=NSANS_B, size=11, anchor="center")
    _T(sh, 105, 20, "İÇİŞLERİ BAKANLIĞI – Nüfus ve Vatandaşlık İşleri Genel Müdürlüğü", font=NSANS, size=9,
       anchor="center")
    _T(sh, 105, 32, "NÜFUS KAYIT ÖRNEĞİ (DOĞUM)", font=NSANS_B, size=13, anchor="center")
    from .twentyeighth_identity import barcode
    barcode(sh, 140, 40, 50, 9, f"edevlet{person.surname}{issue}")
    _T(sh, 190, 51, f"Doğrulama Kodu: {_digits(rng, 4)}-{_digits(rng, 4)}-{_digits(rng, 4)}", font=NSANS, size=7.5,
       anchor="right")
    y = 64
    for a, b in (("T.C. Kimlik No", _digits(rng, 11)), ("Adı", person.given_names), ("Soyadı", person.surname.upper()),
                 ("Baba Adı", fa.split()[0]), ("Ana Adı", mo.split()[0]), ("Doğum Yeri", person.birth_place),
                 ("Doğum Tarihi", d_dot(person.birth_date)), ("Cinsiyeti", "Kadın" if person.sex == "F" else "Erkek"),
                 ("Medeni Hali", "Bekâr"), ("İl / İlçe", f"{il} / Merkez"), ("Cilt / Hane / Sıra",
                                                                           f"{rng.randint(10, 99)} / {rng.randint(1, 400)} / {rng.randint(1, 30)}")):
        sh.rect(20, y, 60, 8, width_mm=0.2, fill=(238, 238, 238))
        sh.rect(80, y, 110, 8, width_mm=0.2)
        _T(sh, 22, y + 2, a, font=NSANS_B, size=9)
        bb = glyphs(b, NSANS)
        sh.text(82, y + 2, bb, font=NSANS, size_pt=fit(bb, NSANS, 9.5, 106))
        y += 8
    _P(sh, 20, y + 8, 170, f"Açıklama: Bu belge 5070 sayılı Elektronik İmza Kanunu uyarınca güvenli elektronik imza "
                           f"ile imzalanmıştır. Belgenin doğruluğunu e-Devlet Kapısı üzerinden doğrulama kodu ile "
                           f"kontrol edebilirsiniz. Düzenlenme tarihi: {d_dot(issue)}.", font=NSANS, size=9,
       lead=1.5)
    return [skewed(sh, rng, lo=1.5, hi=2.5)]


def birth_be(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """A Namur 'extrait d'acte de naissance' printed from the federal civil-status database (BAEC/DABS): the
    commune's name with a thin blue rule at the left margin, the reference 'BAEC' and the act number in a grey
    band, the data as a two-column list with the label in small capitals and the value in bold Caladea, the
    officer's name printed at the foot with 'signé électroniquement' and the commune's round stamp BELOW it;
    no hand signature."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(20, 300))
    act = act_date or person.birth_date + datetime.timedelta(days=rng.randint(1, 10))
    fa, mo = _par(person, father, mother)
    city = rng.choice(["Namur", "Liège", "Mons", "Charleroi", "Verviers"])
    sh = Sheet()
    sh.rule(14, 12, 14, 60, width_mm=1.0, color=(30, 80, 150))
    _T(sh, 18, 14, f"Ville de {city}", font=CALA_B, size=15)
    _T(sh, 18, 21, "Service Population – État civil", font=CALA, size=9.5, color=GREY)
    sh.rect(18, 32, 174, 9, width_mm=0, fill=(232, 232, 232))
    _T(sh, 20, 34.2, f"EXTRAIT D'ACTE DE NAISSANCE   ·   BAEC {_digits(rng, 3)}.{_digits(rng, 6)}   ·   acte "
       f"n° {rng.randint(100, 2400)}/{act.year}", font=CALA_B, size=9.5)
    y = 52
    for a, b in (("NOM", person.surname.upper()), ("PRÉNOMS", person.given_names),
                 ("SEXE", "féminin" if person.sex == "F" else "masculin"), ("DATE DE NAISSANCE", d_fr(person.birth_date)),
                 ("LIEU DE NAISSANCE", person.birth_place), ("PÈRE", fa), ("MÈRE", mo), ("DATE DE L'ACTE", d_fr(act)),
                 ("MENTIONS", "néant")):
        _T(sh, 22, y + 0.6, a, font=CALA, size=8, color=GREY, spacing=0.3)
        bb = glyphs(b, CALA_B)
        sh.text(80, y, bb, font=CALA_B, size_pt=fit(bb, CALA_B, 11, 108))
        y += 9
    y += 8
    _T(sh, 22, y, f"Délivré à {city}, le {d_fr(issue)}", font=CALA, size=10)
    _T(sh, 22, y + 7, f"L'officier de l'état civil délégué, {rng.choice(['A. Lejeune', 'M. Collard', 'F. Dethier'])}"
       " – signé électroniquement", font=CALA_B, size=9.5)
    sh.stamp(40, y + 16, [f"VILLE DE {city.upper()}", "ÉTAT CIVIL"], rng, shape="round", size_mm=30,
             color=ST_BLACK, angle=rng.uniform(-15, 15))
    return [sh]


_register("birth-tgo-copie-integrale-proza-datums-in-woorden-aktenummer-marge-stempel-over-handtekening-40",
          "birth-certificate", PART, "fr", birth_tgo, country="TGO",
          notes="Togolese full copy of a birth act in prose with the dates in words, stamp over the signature")
_register("birth-gha-certified-copy-entry-genummerde-lijst-stippellijnen-grijs-papier-40", "birth-certificate",
          PART, "en", birth_gha, country="GHA",
          notes="Ghanaian certified copy of an entry of birth as a numbered list, signature beside the label, grey")
_register("birth-tur-nufus-kayit-ornegi-edevlet-staand-tabel-dogrulama-kodu-scheef-40", "birth-certificate", PART,
          "tr", birth_tur, country="TUR",
          notes="Turkish register extract printed from e-Devlet, label/value table, verification code, skewed copy")
_register("birth-be-namur-baec-extrait-grijze-band-kleinkapitalen-elektronisch-getekend-40", "birth-certificate",
          PART, "fr", birth_be, country="BEL",
          notes="Walloon city's birth extract from the federal database, grey reference band, no hand signature")


# --------------------------------------------------------------------------- marriage certificates


def marriage_tgo(person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    """A Togolese commune's 'extrait d'acte de mariage' in PROSE opened by 'L'an deux mille ... et le ...', typed
    on a typewriter (Courier Prime) with the names in capitals, the witnesses named, the marriage option
    ('monogamie') and the regime at the end; the officer's signature at the END without a label, the round
    stamp pressed to its LEFT; the copy folded in three and flattened."""
    h, w = person, spouse
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(30, 300))
    md = marriage_date or TODAY - datetime.timedelta(days=2000)
    centre = rng.choice(["Lomé", "Kara", "Sokodé", "Aného", "Kpalimé"])
    sh = Sheet()
    _T(sh, 20, 14, "RÉPUBLIQUE TOGOLAISE", font=CPR_B, size=10.5)
    _T(sh, 20, 19.5, f"Commune de {centre} – État civil", font=CPR, size=9.5)
    _T(sh, 105, 36, "EXTRAIT D'ACTE DE MARIAGE", font=CPR_B, size=13, anchor="center")
    _T(sh, 105, 42, f"N° {rng.randint(10, 900)} / {md.year}", font=CPR, size=10, anchor="center")
    day = "premier" if md.day == 1 else fr_words(md.day)
    txt = (f"L'an {fr_year_words(md.year)} et le {day} {_FR[md.month - 1]}, "
           f"devant Nous, officier de l'état civil de la commune de {centre}, ont comparu publiquement "
           f"{h.surname.upper()} {h.given_names}, né le {d_sl(h.birth_date)} à {h.birth_place}, et "
           f"{w.surname.upper()} {w.given_names}, née le {d_sl(w.birth_date)} à {w.birth_place}, lesquels ont "
           f"déclaré se prendre pour époux. Option : monogamie. Régime : communauté des biens. Témoins : "
           f"{rng.choice(['Kodjo AKAKPO', 'Ama LAWSON', 'Edem KPODAR'])} et "
           f"{rng.choice(['Mawuli ATSU', 'Afi DOSSOU', 'Sena AYIVI'])}, majeurs.")
    y = _P(sh, 22, 56, 166, txt, font=CPR, size=10.5, lead=1.7)
    y = _P(sh, 22, y + 6, 166, f"Pour extrait conforme, {centre}, le {d_sl(issue)}.", font=CPR, size=10.5) + 10
    sh.signature(124, y, 46, 14, rng, color=INK)
    sh.stamp(96, y + 4, ["MAIRIE DE " + centre.upper(), "TOGO"], rng, shape="round", size_mm=28, color=ST_VIOLET,
             angle=rng.uniform(-25, 25))
    return [sheet_of(folded(sh.render(200), rng, quarters=False))]


def marriage_be(person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    """A Ghent 'uittreksel uit de huwelijksakte' printed at the counter in DejaVu Sans: the city's wordmark at the
    upper RIGHT, the two spouses in two framed columns side by side (Echtgenoot 1 | Echtgenoot 2) with the
    shared date and place in a band above them, the clerk's signature BELOW the label 'De ambtenaar van de
    burgerlijke stand, bij delegatie' and the rectangular stamp over the label's end."""
    h, w = person, spouse
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(10, 200))
    md = marriage_date or TODAY - datetime.timedelta(days=900)
    city = rng.choice(["Gent", "Antwerpen", "Brugge", "Hasselt"])
    sh = Sheet()
    _T(sh, 190, 14, f"Stad {city}", font=DSANS_B, size=14, anchor="right")
    _T(sh, 190, 21, "Dienst Burgerzaken", font=DSANS, size=8.5, anchor="right", color=GREY)
    _T(sh, 20, 34, "UITTREKSEL UIT DE HUWELIJKSAKTE", font=DSANS_B, size=12)
    _T(sh, 20, 40, f"akte {rng.randint(100, 1800)}/{md.year}", font=DSANS, size=9, color=GREY)
    sh.rect(20, 48, 170, 10, width_mm=0, fill=(230, 236, 240))
    _T(sh, 22, 50.5, f"Datum huwelijk: {d_nl(md)}     Plaats: {city}", font=DSANS_B, size=9.5)
    for k, (t, p) in enumerate((("Echtgenoot 1", h), ("Echtgenoot 2", w))):
        x = 20 + k * 87
        sh.rect(x, 62, 83, 58, width_mm=0.3)
        _T(sh, x + 3, 64, t, font=DSANS_B, size=9)
        yy = 72
        for a, b in (("naam", p.surname.upper()), ("voornamen", p.given_names),
                     ("geboren op", d_nl(p.birth_date)), ("te", p.birth_place)):
            _T(sh, x + 3, yy, a, font=DSANS, size=7.5, color=GREY)
            bb = glyphs(b, DSANS_B)
            sh.text(x + 3, yy + 3.4, bb, font=DSANS_B, size_pt=fit(bb, DSANS_B, 9.5, 76))
            yy += 11
    _T(sh, 20, 130, f"Afgeleverd op {d_nl(issue)}", font=DSANS, size=9.5)
    _T(sh, 20, 142, "De ambtenaar van de burgerlijke stand, bij delegatie", font=DSANS, size=9.5)
    sh.signature(22, 148, 44, 13, rng, color=INK_K)
    sh.stamp(96, 140, [f"STAD {city.upper()}", "BURGERLIJKE STAND"], rng, shape="rect", size_mm=40, color=ST_BLUE,
             angle=rng.uniform(-5, 5))
    return [sh]


_register("marriage-tgo-extrait-proza-l-an-typemachine-getuigen-in-drieen-gevouwen-40", "marriage-certificate",
          PART, "fr", marriage_tgo, country="TGO",
          notes="Togolese marriage extract in typewritten prose, witnesses named, folded in three")
_register("marriage-be-gent-uittreksel-twee-kaders-naast-elkaar-handtekening-onder-label-40",
          "marriage-certificate", PART, "nl", marriage_be, country="BEL",
          notes="Flemish city's marriage extract, the spouses in two frames side by side, signature below label")


# --------------------------------------------------------------------------- nationality certificates


def nationality_tgo(person, rng, *, issue_date=None, **opts):
    """A 'Certificat de nationalité togolaise' from the president of the Lomé court of first instance: the
    court's heading in a box at the upper LEFT, a cancelled fiscal stamp at the upper RIGHT, the certificate
    in Century Schoolbook with the articles of the Code de la nationalité cited, the judge's signature BELOW his
    title and the court's round stamp over the title; a paper clip at the upper left."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(60, 900))
    sh = Sheet()
    sh.rect(18, 12, 86, 24, width_mm=0.35)
    for i, t in enumerate(["RÉPUBLIQUE TOGOLAISE", "COUR D'APPEL DE LOMÉ", "TRIBUNAL DE PREMIÈRE INSTANCE",
                           "DE PREMIÈRE CLASSE DE LOMÉ"]):
        _T(sh, 61, 14 + i * 5, t, font=CEN_B if i == 0 else CEN, size=8.8, anchor="center")
    sh.rect(160, 12, 26, 30, width_mm=0, fill=(226, 214, 180))
    _T(sh, 173, 20, "TIMBRE", font=CEN_B, size=7, anchor="center", color=(120, 90, 40))
    _T(sh, 173, 25, "1000 F", font=CEN_B, size=9, anchor="center", color=(120, 90, 40))
    sh.rule(158, 40, 188, 14, width_mm=0.5, color=INK)
    _T(sh, 105, 54, "CERTIFICAT DE NATIONALITÉ TOGOLAISE", font=CEN_B, size=14, anchor="center")
    _T(sh, 105, 61, f"N° {rng.randint(100, 9000)}/{issue.year}/TPI-L", font=CEN, size=9.5, anchor="center")
    y = _P(sh, 24, 74, 162, f"Nous, Président du Tribunal de Première Instance de Première Classe de Lomé, vu les "
                            f"articles 2 et 3 du Code de la nationalité togolaise, vu les pièces produites, certifions "
                            f"que {person.surname.upper()} {person.given_names}, né{'e' if person.sex == 'F' else ''} "
                            f"le {d_sl(person.birth_date)} à {person.birth_place}, est de nationalité togolaise "
                            f"comme né{'e' if person.sex == 'F' else ''} au Togo d'un père togolais.", font=CEN,
           size=11, lead=1.7) + 6
    y = _P(sh, 24, y, 162, f"En foi de quoi, le présent certificat lui est délivré pour servir et valoir ce que de "
                           f"droit. Lomé, le {d_fr(issue)}.", font=CEN, size=11, lead=1.6) + 10
    _T(sh, 140, y, "Le Président", font=CEN_B, size=10.5, anchor="center")
    sh.signature(118, y + 6, 46, 14, rng, color=INK_K)
    sh.stamp(140, y - 4, ["TRIBUNAL DE LOMÉ", "LE PRÉSIDENT"], rng, shape="round", size_mm=28, color=ST_BLUE,
             angle=rng.uniform(-20, 20))
    clip(sh, rng, x=14, y=4)
    return [sh]


def nationality_gha(person, rng, *, issue_date=None, **opts):
    """Ghana Immigration Service's 'Confirmation of Citizenship' letter in Nimbus Roman: the service's name
    centred with 'Our Ref.' and 'Your Ref.' at the LEFT and the date at the RIGHT on one line, the subject in
    bold capitals underlined, the particulars in a paragraph (no list), signed 'for: Comptroller-General' with
    the signature ABOVE the typed name and a square date stamp at the left margin; phone photo slightly
    tilted."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(60, 700))
    sh = Sheet()
    _T(sh, 105, 14, "GHANA IMMIGRATION SERVICE", font=NROM_B, size=13, anchor="center")
    _T(sh, 105, 20, "Headquarters, Independence Avenue, P.M.B., Accra", font=NROM, size=9, anchor="center")
    sh.rule(40, 25, 170, 25, width_mm=0.4, color=(0, 100, 60))
    _T(sh, 20, 34, f"Our Ref.: GIS/CIT/{_digits(rng, 4)}/{issue.year % 100:02d}", font=NROM, size=10)
    _T(sh, 20, 40, "Your Ref.: ……………", font=NROM, size=10)
    _T(sh, 190, 34, d_en(issue), font=NROM, size=10, anchor="right")
    t = "CONFIRMATION OF GHANAIAN CITIZENSHIP"
    _T(sh, 105, 54, t, font=NROM_B, size=11, anchor="center")
    tw = sh.text_width(t, font=NROM_B, size_pt=11)
    sh.rule(105 - tw / 2, 59, 105 + tw / 2, 59, width_mm=0.3)
    y = _P(sh, 20, 68, 170, f"This is to confirm that {person.given_names} {person.surname.upper()}, born on "
                            f"{d_en(person.birth_date)} at {person.birth_place}, is a citizen of Ghana by birth "
                            f"under the Citizenship Act, 2000 (Act 591), both parents being citizens of Ghana.",
           font=NROM, size=11, lead=1.6) + 4
    y = _P(sh, 20, y, 170, "Any assistance accorded the bearer would be appreciated.", font=NROM, size=11) + 14
    sh.signature(22, y, 46, 14, rng, color=INK)
    _T(sh, 20, y + 16, rng.choice(["ACI Kwame Owusu-Ansah", "DCOI Abena Asante", "ACI Yaw Boateng"]), font=NROM_B,
       size=10.5)
    _T(sh, 20, y + 21, "for: Comptroller-General", font=NROM, size=10)
    sh.stamp(150, y + 6, ["GHANA IMMIGRATION", d_mon(issue), "ACCRA"], rng, shape="rect", size_mm=38, color=ST_RED,
             angle=rng.uniform(-8, 8))
    return [tilted_phone(sh, rng)]


_register("nationality-tgo-tpi-lome-certificaat-fiscale-zegel-artikelen-stempel-over-titel-paperclip-40",
          "nationality-certificate", PART, "fr", nationality_tgo, country="TGO",
          notes="Togolese court's certificate of nationality with a cancelled fiscal stamp, paper clip")
_register("nationality-gha-gis-confirmation-brief-proza-handtekening-boven-naam-scheve-foto-40",
          "nationality-certificate", PART, "en", nationality_gha, country="GHA",
          notes="Ghana Immigration Service's confirmation letter in prose, signature above name, tilted photo")


# --------------------------------------------------------------------------- identity certificates (consular)


def idcert_tgo(person, rng, *, issue_date=None, declarative=False, **opts):
    """The Togolese embassy in Brussels' 'certificat d'identité' as a half-page card printed twice on one A4
    (only the upper one filled in): a green frame, the photo at the upper RIGHT with the embassy's round stamp
    over its LEFT edge, the particulars in Carlito on ruled lines, the basis of the certificate in a small
    paragraph, the consul's signature BESIDE the label 'Le Consul' at the foot of the card."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(20, 300))
    sh = Sheet()
    for k in range(2):
        y0 = 10 + k * 142
        sh.rect(14, y0, 182, 134, width_mm=0.8, color=(0, 110, 70))
        _T(sh, 20, y0 + 5, "AMBASSADE DE LA RÉPUBLIQUE TOGOLAISE – BRUXELLES", font=CARL_B, size=10.5)
        _T(sh, 20, y0 + 11, "Section consulaire", font=CARL_I, size=9, color=GREY)
        _T(sh, 20, y0 + 20, "CERTIFICAT D'IDENTITÉ", font=CARL_B, size=14)
        if k == 1:
            sh.rect(154, y0 + 8, 34, 42, width_mm=0.3, color=(160, 160, 160))
            continue
        sh.photo(155, y0 + 9, 32, 40, rng)
        sh.stamp(156, y0 + 38, ["AMBASSADE DU TOGO", "BRUXELLES"], rng, shape="round", size_mm=26,
                 color=ST_VIOLET, angle=rng.uniform(-30, 30))
        y = y0 + 32
        for a, b in (("Nom", person.surname.upper()), ("Prénoms", person.given_names),
                     ("Date de naissance", d_sl(person.birth_date)), ("Lieu de naissance", person.birth_place),
                     ("Nationalité", "togolaise"), ("Sexe", person.sex)):
            _T(sh, 20, y, a, font=CARL, size=9.5, color=GREY)
            sh.rule(56, y + 4.6, 148, y + 4.6, width_mm=0.15, color=(150, 150, 150))
            _T(sh, 58, y - 0.5, glyphs(b, CARL_B), font=CARL_B, size=11)
            y += 7.5
        basis = ("Délivré sur la seule déclaration de l'intéressé(e), sans présentation d'un document d'identité."
                 if declarative else
                 "Délivré au vu du passeport togolais et de l'acte de naissance présentés par l'intéressé(e).")
        y = _P(sh, 20, y + 3, 170, basis, font=CARL, size=9.5, lead=1.4) + 2
        _T(sh, 20, y + 2, f"Bruxelles, le {d_fr(issue)}", font=CARL, size=9.5)
        w = _T(sh, 100, y + 8, "Le Consul :", font=CARL_B, size=10)
        sh.signature(104 + w, y + 2, 44, 13, rng, color=INK)
    return [sh]


def idcert_gha(person, rng, *, issue_date=None, declarative=False, **opts):
    """The Embassy of Ghana in Brussels' 'Certificate of Identity' in Bookman: the embassy's name and address in
    a centred block, the photo in the CENTRE under the title with the embassy's oval stamp across its lower
    edge, the particulars in a two-column table under the photo, the basis in italics, the Minister-Counsellor's
    signature at the END ABOVE the typed name; scanned with a skew of about three degrees."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(20, 300))
    sh = Sheet()
    _T(sh, 105, 14, "EMBASSY OF THE REPUBLIC OF GHANA", font=BOOK_B, size=12, anchor="center")
    _T(sh, 105, 20, "Boulevard Général Wahis 7, 1030 Brussels", font=BOOK, size=8.5, anchor="center", color=GREY)
    _T(sh, 105, 32, "CERTIFICATE OF IDENTITY", font=BOOK_B, size=14, anchor="center")
    sh.photo(89, 40, 32, 40, rng)
    sh.stamp(105, 78, ["EMBASSY OF GHANA", "BRUSSELS"], rng, shape="oval", size_mm=36, color=ST_BLUE,
             angle=rng.uniform(-6, 6))
    y = 92
    for a, b in (("Surname", person.surname.upper()), ("Other names", person.given_names),
                 ("Date of birth", d_en(person.birth_date)), ("Place of birth", person.birth_place),
                 ("Nationality", "Ghanaian"), ("Sex", "Female" if person.sex == "F" else "Male")):
        sh.rect(40, y, 50, 8, width_mm=0.2)
        sh.rect(90, y, 80, 8, width_mm=0.2)
        _T(sh, 42, y + 2, a, font=BOOK, size=9)
        bb = glyphs(b, BOOK_B)
        sh.text(92, y + 2, bb, font=BOOK_B, size_pt=fit(bb, BOOK_B, 9.5, 76))
        y += 8
    basis = ("This certificate is issued on the bearer's own declaration; no identity document was presented."
             if declarative else
             "This certificate is issued on the basis of the bearer's Ghanaian passport and birth certificate "
             "presented at the Embassy.")
    y = _P(sh, 30, y + 8, 150, basis, font=BOOK_I, size=9.5, lead=1.5) + 4
    _T(sh, 30, y, f"Brussels, {d_en(issue)}", font=BOOK, size=9.5)
    sh.signature(120, y + 6, 44, 13, rng, color=INK_K)
    _T(sh, 142, y + 21, rng.choice(["Nana Ama Mensah", "Kofi Adjei-Boateng", "Efua Quaye"]), font=BOOK_B, size=9.5,
       anchor="center")
    _T(sh, 142, y + 26, "Minister-Counsellor (Consular)", font=BOOK, size=8.5, anchor="center")
    return [skewed(sh, rng, lo=2.2, hi=3.0)]


_register("idcert-tgo-ambassade-halve-pagina-kaart-dubbel-gedrukt-groen-kader-handtekening-naast-label-40",
          "identity-certificate", PART, "fr", idcert_tgo, country="TGO", photo=True,
          notes="Togolese embassy's identity certificate as a half-page card printed twice, signature beside label")
_register("idcert-gha-embassy-bookman-foto-midden-ovale-stempel-tabel-scheef-40", "identity-certificate", PART,
          "en", idcert_gha, country="GHA", photo=True,
          notes="Ghanaian embassy's certificate of identity, photo centred, table of particulars, skewed scan")


# --------------------------------------------------------------------------- sworn translations


def _src_rows(person, tgt: str, father=None, mother=None) -> list[tuple[str, str]]:
    fa, mo = _par(person, father, mother)
    L = {"nl": ["Naam", "Voornamen", "Geboortedatum", "Geboorteplaats", "Vader", "Moeder", "Geslacht"],
         "fr": ["Nom", "Prénoms", "Date de naissance", "Lieu de naissance", "Père", "Mère", "Sexe"]}[tgt]
    dd = {"nl": d_nl, "fr": d_fr}[tgt](person.birth_date)
    sx = {"nl": ("man", "vrouw"), "fr": ("homme", "femme")}[tgt][0 if person.sex == "M" else 1]
    return [(L[0], person.surname.upper()), (L[1], person.given_names), (L[6], sx), (L[2], dd),
            (L[3], person.birth_place), (L[4], fa), (L[5], mo)]


_LANG = {"nl": {"tr": "Turks", "es": "Spaans", "ar": "Arabisch", "pt": "Portugees", "ru": "Russisch"},
         "fr": {"tr": "turc", "es": "espagnol", "ar": "arabe", "pt": "portugais", "ru": "russe"}}


def translation_be(person, rng, *, issue_date=None, of_type="birth-certificate", source_lang="tr", target_lang=None,
                   **opts):
    """An Antwerp sworn translator's translation into Dutch (or French for a Walloon client) typed in Nimbus Mono
    as a running text that follows the original line by line, the original's stamps and signatures described in
    square brackets; the translator's oath formula in a paragraph at the foot, the signature at the END of the
    page ABOVE the typed name, and the translator's round stamp to the RIGHT of the signature; the page copied
    on grey paper."""
    tgt = "fr" if target_lang == "fr" else "nl"
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(8, 60))
    rows = _src_rows(person, tgt)
    srcn = _LANG[tgt].get(source_lang, source_lang)
    tr = rng.choice(["Selin Öztürk", "Jan Verbruggen", "Elif Arslan-Peeters"])
    sh = Sheet()
    _T(sh, 20, 14, tr.upper(), font=NMONO_B, size=11)
    _T(sh, 20, 19.5, ("beëdigd vertaler-tolk – Antwerpen" if tgt == "nl" else "traducteur juré – Anvers"),
       font=NMONO, size=9)
    _T(sh, 190, 14, f"ref. {issue.year}/{rng.randint(100, 999)}", font=NMONO, size=9, anchor="right")
    _T(sh, 20, 36, (f"VERTALING UIT HET {srcn.upper()}" if tgt == "nl" else f"TRADUCTION DU {srcn.upper()}"),
       font=NMONO_B, size=12)
    y = _P(sh, 20, 46, 170, ("[Bovenaan: T.C. – Ministerie van Binnenlandse Zaken – Algemene Directie Bevolking en "
                             "Burgerschap]" if tgt == "nl" else "[En-tête : T.C. – Ministère de l'Intérieur – "
                             "Direction générale de la population et de la citoyenneté]"), font=NMONO, size=9.5,
           lead=1.5) + 2
    _T(sh, 20, y, "UITTREKSEL UIT HET BEVOLKINGSREGISTER (GEBOORTE)" if tgt == "nl" else
       "EXTRAIT DU REGISTRE DE LA POPULATION (NAISSANCE)", font=NMONO_B, size=10)
    y += 8
    for a, b in rows:
        _T(sh, 24, y, f"{a}:", font=NMONO, size=10)
        _T(sh, 80, y, glyphs(b, NMONO_B), font=NMONO_B, size=10)
        y += 6.5
    y = _P(sh, 20, y + 4, 170, ("[Onderaan: elektronische handtekening; verificatiecode]" if tgt == "nl" else
                                "[En bas : signature électronique ; code de vérification]"), font=NMONO, size=9.5) + 8
    oath = (f"Ik, ondergetekende {tr}, beëdigd vertaler, verklaar dat de bovenstaande vertaling getrouw en volledig "
            f"is opgemaakt naar het mij voorgelegde origineel in het {srcn}. Antwerpen, {d_nl(issue)}."
            if tgt == "nl" else
            f"Je soussigné(e) {tr}, traducteur juré, certifie que la traduction qui précède est fidèle et complète, "
            f"faite sur l'original en {srcn} qui m'a été présenté. Anvers, le {d_fr(issue)}.")
    y = _P(sh, 20, y, 170, oath, font=NMONO, size=9.5, lead=1.5) + 6
    sh.signature(22, y, 44, 13, rng, color=INK)
    _T(sh, 20, y + 16, tr, font=NMONO, size=10)
    sh.stamp(88, y - 2, ["BEËDIGD VERTALER", tr.split()[-1].upper(), "ANTWERPEN"], rng, shape="round", size_mm=30,
             color=ST_BLUE, angle=rng.uniform(-15, 15))
    return [sheet_of(grey_paper(sh.render(200), rng))]


def translation_nl(person, rng, *, issue_date=None, of_type="birth-certificate", source_lang="tr",
                   target_lang=None, **opts):
    """A Utrecht beëdigd vertaler's translation set as a two-column table (original term in the LEFT column in
    italics, Dutch translation in the RIGHT column, Carlito), the translator's name and Wbtv number in the footer
    line of the page, the certification in a grey box at the foot with the signature BELOW the label
    'Handtekening' and the translator's oval stamp pressed over the box's edge."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(8, 60))
    rows = _src_rows(person, "nl")
    srcn = _LANG["nl"].get(source_lang, source_lang)
    tr = rng.choice(["drs. A. Yıldız", "mr. B. Kaya-Jansen", "S. Doğan MA"])
    orig = ["Soyadı", "Adı", "Cinsiyeti", "Doğum tarihi", "Doğum yeri", "Baba adı", "Ana adı"]
    sh = Sheet()
    _T(sh, 20, 16, "BEËDIGDE VERTALING", font=CARL_B, size=14)
    _T(sh, 20, 23, f"uit het {srcn} in het Nederlands – document: nüfus kayıt örneği (geboorte)", font=CARL, size=10,
       color=GREY)
    y = 36
    sh.rect(20, y, 80, 7, width_mm=0.2, fill=(226, 230, 236))
    sh.rect(100, y, 90, 7, width_mm=0.2, fill=(226, 230, 236))
    _T(sh, 22, y + 1.6, "Origineel", font=CARL_B, size=9.5)
    _T(sh, 102, y + 1.6, "Vertaling", font=CARL_B, size=9.5)
    y += 7
    for o, (a, b) in zip(orig, rows):
        sh.rect(20, y, 80, 8, width_mm=0.2)
        sh.rect(100, y, 90, 8, width_mm=0.2)
        _T(sh, 22, y + 2, o, font=CARL_I, size=9.5, color=GREY)
        _T(sh, 102, y + 2, f"{a}: {glyphs(b, CARL_B)}", font=CARL_B, size=9.5)
        y += 8
    y += 10
    st = (f"Ondergetekende, {tr}, beëdigd vertaler, verklaart dat deze vertaling een getrouwe en volledige weergave "
          f"is van het voorgelegde document in het {srcn}. Utrecht, {d_nl(issue)}.")
    lines = wrap(glyphs(st, CARL), 160, CARL, 10)
    h = len(lines) * 5 + 34
    sh.rect(20, y, 170, h, width_mm=0, fill=(238, 238, 238))
    yy = _P(sh, 24, y + 4, 160, st, font=CARL, size=10, lead=1.45) + 3
    _T(sh, 24, yy, "Handtekening", font=CARL, size=9.5)
    sh.signature(26, yy + 4, 44, 13, rng, color=INK)
    sh.stamp(120, y + h - 4, ["BEËDIGD VERTALER", "WBTV", "UTRECHT"], rng, shape="oval", size_mm=36, color=ST_RED,
             angle=rng.uniform(-10, 10))
    _T(sh, 105, 286, f"{tr} · beëdigd vertaler Turks-Nederlands · Wbtv {rng.randint(10000, 99999)} · Utrecht",
       font=CARL, size=7.5, anchor="center", color=GREY)
    return [sh]


_register("translation-be-antwerpen-mono-lopende-tekst-vierkante-haken-eed-stempel-rechts-grijs-40", "translation",
          PART, "nl", translation_be, country="BEL",
          notes="Antwerp sworn translator in mono, running text, oath formula, signature above the name, grey copy")
_register("translation-nl-utrecht-tabel-origineel-vertaling-grijs-kader-ovale-stempel-40", "translation", PART,
          "nl", translation_nl, country="NLD",
          notes="Utrecht sworn translator, two-column table original/translation, grey certification box")
