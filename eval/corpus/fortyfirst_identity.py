"""Identity and civil-status families of the `fortyfirst` part (registered in identity.FAMILIES).

Written after dev, heldout and the parts fresh to fortieth had been read, by a writer who saw neither the validator
nor its output, from the seeds and from how such papers look in Belgian and Dutch files.  The families are described
only in their docstrings and registration notes (the part is read blind).

This part's faces are P052 (Palatino), URW Gothic, Liberation Serif / Sans / Sans Narrow / Mono, FreeSerif,
FreeSans, FreeMono, DejaVu Serif and DejaVu Sans Condensed; its hands are Breip (a loose felt-tip hand), Z003 (a
chancery pen) and the heavy dkg pen.  The small drawing helpers of twentyeighth_identity (glyph fallback, fitting,
pasting) are reused; the copy habits of this part (old paper gone sepia with foxing spots, two filing punch holes,
the scanner lid left open so a dark band runs along one edge, a fax copy in pure black and white with the fax
header line, a page laid sideways, a 150 dpi copy kept in sixteen greys, a phone photo with the shadow of the
phone over a corner, a staple at the upper left) are drawn by the helpers below.
"""

from __future__ import annotations

import datetime
import io
import random

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageOps

from . import mrz as M
from .identity import TODAY, _dates, _digits, _mrz_data, _register
from .paper import Sheet, _phone_photo
from .people import strip_accents
from .twentyeighth_identity import fit, glyphs, paste, sheet_of, wrap

PART = "fortyfirst"
GREY = (92, 92, 98)
INK = (18, 40, 140)
INK_K = (26, 26, 30)
INK_G = (20, 84, 60)
ST_BLUE = (30, 64, 160)
ST_VIOLET = (98, 40, 140)
ST_RED = (172, 36, 44)
ST_GREEN = (24, 104, 70)
ST_BLACK = (40, 40, 46)
OCR = 2.54 / 0.602 / (25.4 / 72)

_U = "/usr/share/fonts/opentype/urw-base35"
_T_ = "/usr/share/fonts/truetype"
PAL = f"{_U}/P052-Roman.otf"
PAL_B = f"{_U}/P052-Bold.otf"
PAL_I = f"{_U}/P052-Italic.otf"
GOTH = f"{_U}/URWGothic-Book.otf"
GOTH_B = f"{_U}/URWGothic-Demi.otf"
GOTH_I = f"{_U}/URWGothic-BookOblique.otf"
LSER = f"{_T_}/liberation/LiberationSerif-Regular.ttf"
LSER_B = f"{_T_}/liberation/LiberationSerif-Bold.ttf"
LSER_I = f"{_T_}/liberation/LiberationSerif-Italic.ttf"
LSAN = f"{_T_}/liberation/LiberationSans-Regular.ttf"
LSAN_B = f"{_T_}/liberation/LiberationSans-Bold.ttf"
LSAN_I = f"{_T_}/liberation/LiberationSans-Italic.ttf"
LNAR = f"{_T_}/liberation/LiberationSansNarrow-Regular.ttf"
LNAR_B = f"{_T_}/liberation/LiberationSansNarrow-Bold.ttf"
LMONO = f"{_T_}/liberation/LiberationMono-Regular.ttf"
LMONO_B = f"{_T_}/liberation/LiberationMono-Bold.ttf"
FSER = f"{_T_}/freefont/FreeSerif.ttf"
FSER_B = f"{_T_}/freefont/FreeSerifBold.ttf"
FSER_I = f"{_T_}/freefont/FreeSerifItalic.ttf"
FSAN = f"{_T_}/freefont/FreeSans.ttf"
FSAN_B = f"{_T_}/freefont/FreeSansBold.ttf"
FMONO = f"{_T_}/freefont/FreeMono.ttf"
FMONO_B = f"{_T_}/freefont/FreeMonoBold.ttf"
DSER = f"{_T_}/dejavu/DejaVuSerif.ttf"
DSER_B = f"{_T_}/dejavu/DejaVuSerif-Bold.ttf"
DCON = f"{_T_}/dejavu/DejaVuSansCondensed.ttf"
DCON_B = f"{_T_}/dejavu/DejaVuSansCondensed-Bold.ttf"
FELT = f"{_T_}/breip/Breip.ttf"
CHAN = f"{_U}/Z003-MediumItalic.otf"
HEAVY = f"{_T_}/fifthhorseman/dkgBd.ttf"

_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
       "décembre"]
_NL = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
       "november", "december"]
_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
       "November", "December"]
_ROM = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]


def d_dash(d: datetime.date) -> str:
    return f"{d.day:02d}-{d.month:02d}-{d.year}"


def d_sl(d: datetime.date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def d_nl(d: datetime.date) -> str:
    return f"{d.day} {_NL[d.month - 1]} {d.year}"


def d_fr(d: datetime.date) -> str:
    return f"{'1er' if d.day == 1 else d.day} {_FR[d.month - 1]} {d.year}"


def d_en(d: datetime.date) -> str:
    """'3rd March 1988', as Kenyan offices type it."""
    suf = "th" if 11 <= d.day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return f"{d.day}{suf} {_EN[d.month - 1]} {d.year}"


def d_rom(d: datetime.date) -> str:
    """'03.III.1988': the month in Roman numerals, as some registrars write it."""
    return f"{d.day:02d}.{_ROM[d.month - 1]}.{d.year}"


def d_iso(d: datetime.date) -> str:
    return d.isoformat()


def d_mon(d: datetime.date) -> str:
    return f"{d.day:02d} {_EN[d.month - 1][:3].upper()} {d.year % 100:02d}"


def d_dot(d: datetime.date) -> str:
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


# --------------------------------------------------------------------------- copy habits of this part


def sepia(img: Image.Image, rng: random.Random) -> Image.Image:
    """Old paper gone sepia, darker towards the edges, with a few brown foxing spots."""
    img = img.convert("RGB")
    W, H = img.size
    edge = Image.radial_gradient("L").resize((W, H)).point(lambda v: int(v * 0.5))
    base = Image.composite(Image.new("RGB", (W, H), (206, 186, 146)), Image.new("RGB", (W, H), (242, 230, 200)),
                           edge)
    out = ImageChops.multiply(img, base)
    d = ImageDraw.Draw(out, "RGBA")
    for _ in range(rng.randint(8, 18)):
        x, y, r = rng.uniform(0, W), rng.uniform(0, H), rng.uniform(W / 400, W / 140)
        d.ellipse([x - r, y - r, x + r, y + r], fill=(150, 110, 60, rng.randint(30, 70)))
    return out


def creased(img: Image.Image, rng: random.Random) -> Image.Image:
    """A letter folded in three for the envelope and pressed flat on the glass: each crease a thin dark line
    with a light line beside it, a little off the thirds."""
    img = img.convert("RGB")
    W, H = img.size
    d = ImageDraw.Draw(img, "RGBA")
    for k in (1, 2):
        y = int(H * k / 3 + rng.uniform(-0.015, 0.015) * H)
        for i in range(6):
            d.line([(0, y + i), (W, y + i + rng.randint(-2, 2))], fill=(60, 60, 60, max(0, 70 - i * 12)))
        d.line([(0, y - 2), (W, y - 2)], fill=(255, 255, 255, 90))
    return img


def punched(img: Image.Image, rng: random.Random) -> Image.Image:
    """Two filing punch holes in the left margin: the black scanner lid shows through them."""
    img = img.convert("RGB")
    W, H = img.size
    d = ImageDraw.Draw(img)
    r = W * 0.013
    x = W * 0.045 + rng.uniform(-0.003, 0.003) * W
    for yc in (H / 2 - H * 0.135, H / 2 + H * 0.135):
        d.ellipse([x - r, yc - r, x + r, yc + r], fill=(24, 24, 26))
    return img


def lid_open(img: Image.Image, rng: random.Random, side: str = "right") -> Image.Image:
    """The scanner lid left open: a dark band fading inwards along one edge of the page."""
    img = img.convert("RGB")
    W, H = img.size
    band = Image.new("L", (W, H), 0)
    d = ImageDraw.Draw(band)
    w = int(W * rng.uniform(0.018, 0.028))
    for i in range(w * 2):
        v = max(0, 230 - int(i * 230 / (w * 2)))
        if side == "right":
            d.line([(W - 1 - i, 0), (W - 1 - i, H)], fill=v)
        else:
            d.line([(0, H - 1 - i), (W, H - 1 - i)], fill=v)
    return Image.composite(Image.new("RGB", (W, H), (30, 30, 32)), img, band)


def fax(sh: Sheet, rng: random.Random, header: str, dpi: int = 200) -> Sheet:
    """A fax copy: the sender's header line across the top, then everything in pure black and white at fax
    resolution (grey turns to dots or vanishes), a little stretched vertically."""
    img = sh.render(dpi).convert("L")
    d = ImageDraw.Draw(img)
    from .paper import _pil_font
    f = _pil_font(LMONO, int(dpi / 25.4 * 2.6))
    d.text((int(dpi / 25.4 * 6), int(dpi / 25.4 * 2.2)), header, font=f, fill=0)
    img = img.filter(ImageFilter.GaussianBlur(0.6)).point(lambda v: 255 if v > 150 else 0)
    W, H = img.size
    img = img.resize((W, int(H * 0.5)), Image.NEAREST).resize((W, H), Image.NEAREST)
    return sheet_of(img.convert("RGB"), sh.width_mm, sh.height_mm)


def sideways(sh: Sheet, dpi: int = 200, clockwise: bool = True) -> Sheet:
    """The page laid sideways on the glass: the image turned a quarter, the sheet still portrait."""
    img = sh.render(dpi).rotate(-90 if clockwise else 90, expand=True)
    out = Sheet(sh.width_mm, sh.height_mm)
    k = min(sh.width_mm / (img.width / dpi * 25.4), sh.height_mm / (img.height / dpi * 25.4))
    w, h = img.width / dpi * 25.4 * k, img.height / dpi * 25.4 * k
    out.image((sh.width_mm - w) / 2, (sh.height_mm - h) / 2, w, h, img)
    return out


def grey16(sh: Sheet, dpi: int = 150) -> Sheet:
    """A 150 dpi copy kept in sixteen greys (the office copier's 'archive' setting)."""
    img = sh.render(dpi).convert("L").point(lambda v: (v // 16) * 17)
    return sheet_of(img.convert("RGB"), sh.width_mm, sh.height_mm)


def poor_jpeg(sh: Sheet, *, dpi: int = 170, quality: int = 28) -> Sheet:
    img = sh.render(dpi).convert("RGB")
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality)
    buf.seek(0)
    return sheet_of(Image.open(buf).convert("RGB"), sh.width_mm, sh.height_mm)


def phone_shadow(sh: Sheet, rng: random.Random, dpi: int = 170) -> Sheet:
    """A phone photo of the page taken from above: the phone's own shadow falls over one corner."""
    img = _phone_photo(sh.render(dpi), rng)
    W, H = img.size
    m = Image.new("L", (W, H), 0)
    d = ImageDraw.Draw(m)
    cx, cy = (W * rng.uniform(0.75, 0.95), H * rng.uniform(-0.05, 0.08))
    d.ellipse([cx - W * 0.35, cy - H * 0.2, cx + W * 0.35, cy + H * 0.2], fill=110)
    m = m.filter(ImageFilter.GaussianBlur(W / 30))
    return sheet_of(Image.composite(Image.new("RGB", (W, H), (40, 38, 36)), img, m), sh.width_mm, sh.height_mm)


def skew(sh: Sheet, rng: random.Random, lo: float = 0.8, hi: float = 2.5, dpi: int = 200) -> Sheet:
    img = sh.render(dpi).rotate(rng.choice([-1, 1]) * rng.uniform(lo, hi), resample=Image.BICUBIC,
                                fillcolor=(244, 244, 242))
    return sheet_of(img, sh.width_mm, sh.height_mm)


def staple(sh: Sheet, rng: random.Random, x: float = 10, y: float = 10) -> None:
    """A staple at the upper left corner, set at an angle, with the two holes of an earlier staple."""
    a = rng.uniform(-40, -25)
    import math
    dx, dy = 12 * math.cos(math.radians(a)), 12 * math.sin(math.radians(a))
    sh.rule(x, y + 8, x + dx, y + 8 + dy, width_mm=0.9, color=(120, 120, 126))
    sh.rule(x + 0.3, y + 8.6, x + dx + 0.3, y + 8.6 + dy, width_mm=0.3, color=(200, 200, 204))
    for k in (0, 1):
        sh.rect(x + 3 + k * 8, y + 2, 0.8, 0.8, width_mm=0, fill=(60, 60, 60))


def _mrz(s: Sheet, x: float, y: float, lines: list[str], *, pitch: float = 5.0, size: float = OCR) -> None:
    for i, ln in enumerate(lines):
        s.text(x, y + i * pitch, ln, font="ocrb", size_pt=size, color=(12, 12, 16))


def _weave(w: float, h: float, rng: random.Random, bg, ink, k: int = 8) -> Image.Image:
    """Security print of this part: a diagonal lattice of fine sine ribbons crossing each other."""
    import math
    W, H = int(w * k), int(h * k)
    im = Image.new("RGB", (W, H), bg)
    d = ImageDraw.Draw(im)
    ph = rng.uniform(0, 6.28)
    for off in range(-H, W, 14):
        pts = [(off + t + 4 * math.sin(t / 11 + ph), t) for t in range(0, H, 4)]
        d.line(pts, fill=ink, width=1)
        pts = [(off + H - t + 4 * math.sin(t / 13 - ph), t) for t in range(0, H, 4)]
        d.line(pts, fill=tuple(min(255, c + 8) for c in ink), width=1)
    return im


def _par(person, father, mother):
    return (father or person.father or f"{person.surname.split()[0]} X"), (mother or person.mother or "X")


def _T(sh: Sheet, x, y, s, *, font=LSAN, size=9.0, color=(0, 0, 0), anchor="left", spacing: float = 0.0) -> float:
    s = glyphs(str(s), font)
    sh.text(x, y, s, font=font, size_pt=size, color=color, anchor=anchor, letter_spacing=spacing)
    return sh.text_width(s, font=font, size_pt=size)


def _P(sh: Sheet, x, y, w, s, *, font=PAL, size=10.5, lead=1.4, color=(0, 0, 0)) -> float:
    lh = size * 0.3528 * lead
    for ln in wrap(glyphs(s, font), w, font, size):
        sh.text(x, y, ln, font=font, size_pt=size, color=color)
        y += lh
    return y


def _pen(sh: Sheet, x, y, s, rng, *, size=12.0, color=INK, font=FELT, width=None) -> float:
    s = glyphs(str(s), font)
    if width:
        while size > 7.0 and sh.text_width(s, font=font, size_pt=size) * 1.15 > width:
            size -= 0.5
    return sh.handwriting(x, y, s, rng, size_pt=size, color=color, font=font)


# --------------------------------------------------------------------------- passports (TD3)

_PP = {
    "KEN": dict(state="REPUBLIC OF KENYA", title="PASSPORT", col=(0, 0, 0), acc=(160, 20, 30), bg=(242, 246, 240),
                ink=(216, 228, 214), nat="KENYAN", auth="DEPT. OF IMMIGRATION NAIROBI", years=10,
                num=lambda r: "AK" + _digits(r, 7), df=d_mon, font=LSAN, font_b=LSAN_B,
                caps=["Type", "Country code", "Passport No.", "Surname", "Given names", "Nationality",
                      "Date of birth", "Sex", "Place of birth", "Date of issue", "Date of expiry", "Authority"]),
    "NER": dict(state="RÉPUBLIQUE DU NIGER", title="PASSEPORT", col=(220, 110, 20), acc=(20, 120, 60),
                bg=(250, 246, 236), ink=(238, 226, 204), nat="NIGÉRIENNE", auth="DGPN NIAMEY", years=5,
                num=lambda r: "NE" + _digits(r, 7), df=d_sl, font=GOTH, font_b=GOTH_B,
                caps=["Type", "Code pays / Code", "N° passeport / Passport No.", "Nom / Surname",
                      "Prénoms / Given names", "Nationalité / Nationality", "Né(e) le / Date of birth",
                      "Sexe / Sex", "Lieu de naissance / Place of birth", "Délivré le / Date of issue",
                      "Expire le / Date of expiry", "Autorité / Authority"]),
    "TUR": dict(state="TÜRKİYE CUMHURİYETİ", title="PASAPORT · PASSPORT", col=(150, 20, 40), acc=(150, 20, 40),
                bg=(246, 240, 244), ink=(232, 214, 222), nat="TÜRKİYE CUMHURİYETİ / TUR", auth="NÜFUS VE VAT. İŞL.",
                years=10, num=lambda r: "U" + _digits(r, 8), df=d_dot, font=DCON, font_b=DCON_B,
                caps=["Tipi / Type", "Ülke kodu / Country code", "Pasaport No / Passport No", "Soyadı / Surname",
                      "Adı / Given name(s)", "Uyruğu / Nationality", "Doğum tarihi / Date of birth",
                      "Cinsiyeti / Sex", "Doğum yeri / Place of birth", "Veriliş tarihi / Date of issue",
                      "Geçerlilik tarihi / Date of expiry", "Makam / Authority"]),
    "SUR": dict(state="REPUBLIEK SURINAME", title="PASPOORT · PASSPORT", col=(30, 100, 60), acc=(180, 30, 40),
                bg=(238, 246, 240), ink=(210, 228, 214), nat="SURINAAMSE", auth="MIN. BIZA PARAMARIBO",
                years=10, num=lambda r: "S" + _digits(r, 7), df=d_dash, font=LSER, font_b=LSER_B,
                caps=["Type", "Code", "Paspoortnummer / Passport No.", "Naam / Surname", "Voornamen / Given names",
                      "Nationaliteit / Nationality", "Geboortedatum / Date of birth", "Geslacht / Sex",
                      "Geboorteplaats / Place of birth", "Afgifte / Date of issue", "Geldig tot / Date of expiry",
                      "Autoriteit / Authority"]),
}


def _pp_page(code, person, rng, number, issue, expiry, lines) -> Sheet:
    """This part's data page: a coloured band ACROSS THE TOP with the state's name at the left and the title at
    the right, the photo at the RIGHT, the data in TWO columns at the left with each caption ABOVE its value,
    the document number repeated vertically (perforated look) along the right edge, a small ghost portrait at
    the LOWER LEFT, the holder's signature under the columns, the MRZ on a white strip."""
    cfg = _PP[code]
    f, fb = cfg["font"], cfg["font_b"]
    s = Sheet(125, 88)
    s.image(0, 0, 125, 66, _weave(125, 66, rng, cfg["bg"], cfg["ink"]))
    s.rect(0, 0, 125, 7.5, width_mm=0, fill=cfg["col"])
    st = glyphs(cfg["state"], fb)
    s.text(3, 1.6, st, font=fb, size_pt=fit(st, fb, 7.5, 62), color=(255, 255, 255))
    tt = glyphs(cfg["title"], fb)
    s.text(100, 1.9, tt, font=fb, size_pt=fit(tt, fb, 6.4, 40), color=(255, 255, 255), anchor="right")
    s.photo(79, 10, 24, 31, rng)
    C = cfg["caps"]
    left = [(C[0], "P"), (C[2], number), (C[3], person.surname.upper()), (C[4], person.given_names.upper()),
            (C[5], cfg["nat"]), (C[8], strip_accents(person.birth_place).upper())]
    right = [(C[1], code), (C[6], cfg["df"](person.birth_date)), (C[7], person.sex), (C[9], cfg["df"](issue)),
             (C[10], cfg["df"](expiry)), (C[11], cfg["auth"])]
    for col, rows, x, w in ((0, left, 4, 40), (1, right, 46, 30)):
        y = 10.0
        for cap, val in rows:
            cc = glyphs(cap, f)
            s.text(x, y, cc, font=f, size_pt=fit(cc, f, 3.6, w), color=(96, 96, 100))
            vv = glyphs(val, fb)
            s.text(x, y + 1.9, vv, font=fb, size_pt=fit(vv, fb, 6.2, w))
            y += 7.2
    num = glyphs(number, "ocrb")
    for i, ch in enumerate(num):
        s.text(118.5, 10 + i * 4.4, ch, font="ocrb", size_pt=7, color=(160, 150, 150))
    s.signature(8, 54, 30, 8, rng, color=(26, 26, 32))
    ghost = Sheet(11, 14)
    ghost.photo(0, 0, 11, 14, random.Random(rng.random()))
    s.image(60, 50, 11, 14, ghost.render(150).convert("L").point(lambda v: 160 + v // 3).convert("RGB"),
            blend="multiply")
    s.rect(0, 66, 125, 22, width_mm=0, fill=(255, 255, 255))
    _mrz(s, 4.5, 71.5, lines, pitch=5.4)
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
        if habit == "booklet":
            # the booklet photocopied open: the (empty) facing page above, the data page below, the fold between
            sh.rect(30, 28, 150, 110, width_mm=0.3, color=(170, 170, 170))
            for k in range(3):
                sh.rect(50 + k * 38, 60, 30, 30, width_mm=0.2, color=(200, 200, 200))
            _T(sh, 105, 40, "OBSERVATIONS / ENDORSEMENTS", font=LSAN, size=8, color=(170, 170, 170), anchor="center")
            sh.rule(30, 139, 180, 139, width_mm=1.2, color=(150, 150, 150))
            paste(sh, page, 30, 140, k=1.2, dpi=300)
            if annotate:
                _pen(sh, 34, 256, annotate, rng, size=13, font=FELT)
            return [phone_shadow(sh, rng)]
        if habit == "fax":
            # the data page faxed by the consulate to the lawyer: centred, 130 %, black and white
            paste(sh, page, (210 - 125 * 1.3) / 2, 46, k=1.3, dpi=300)
            if annotate:
                _pen(sh, 24, 180, annotate, rng, size=13, font=HEAVY, color=INK_K)
            return [fax(sh, rng, f"FAX  {TODAY.year}-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d}  "
                                  f"+227 20 7{rng.randint(10000, 99999)}   P.01/01")]
        if habit == "sepia":
            # an older colour copy kept in a drawer: gone sepia, punched for a ring binder, the page at the
            # upper right
            paste(sh, page, 66, 22, k=1.05, dpi=300)
            if annotate:
                _pen(sh, 30, 140, annotate, rng, size=12, font=CHAN)
            return [sheet_of(punched(sepia(sh.render(200), rng), rng))]
        # "sideways": the booklet laid sideways on the glass, 150 dpi, kept in sixteen greys
        land = Sheet(297, 210)
        paste(land, page, 60, 50, k=1.25, dpi=300)
        if annotate:
            _pen(land, 60, 170, annotate, rng, size=13, font=FELT)
        out = Sheet()
        paste(out, land, 0, 0, dpi=200, angle=90)
        return [grey16(out)]

    return make


for _code, _habit, _lang, _note in (
    ("KEN", "booklet", "en", "Kenyan passport: booklet copied open, phone photo with the phone's shadow"),
    ("NER", "fax", "fr/en", "Nigerien passport: data page faxed by the consulate, black and white"),
    ("TUR", "sepia", "tr/en", "Turkish passport: old colour copy gone sepia, punched for a binder"),
    ("SUR", "sideways", "nl", "Surinamese passport: booklet laid sideways, 150 dpi in sixteen greys"),
):
    _register(f"passport-td3-{_code.lower()}-kopband-foto-rechts-twee-kolommen-kop-boven-waarde-{_habit}-41",
              "identity-document", PART, _lang, _passport(_code, _habit), country=_code, mrz="TD3", photo=True,
              notes=_note + "; colour band across the top, photo right, two columns with captions above values")


# --------------------------------------------------------------------------- Nigerien identity card (TD1)


def idcard_ner(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, crop=False,
               annotate=None, **opts):
    """The Nigerien biometric 'Carte d'Identité Nationale' copied at 140 % at the LEFT of the sheet, recto ABOVE
    verso without frames; the recto with the orange-white-green stripes down its LEFT edge, the photo in the
    MIDDLE-LEFT and the data to its right as 'label : value' lines in URW Gothic; the verso with the parents'
    names, the address, the signature of the holder and the three-line MRZ; the scanner lid left open so a dark
    band runs along the right edge of the sheet; a municipal 'copie certifiée conforme' stamp at the lower
    right with the clerk's chancery-pen date."""
    issue, expiry = _dates(rng, issue_date, expiry_date, 10)
    nin = _digits(rng, 12)
    number = "NE" + _digits(rng, 7)
    md = _mrz_data(person, mrz_override)
    lines = M.td1(issuing="NER", surname=md["surname"], given=md["given_names"], number=md.get("number", number),
                  nationality=md["nationality"], birth_date=md["birth_date"], sex=md["sex"], expiry=expiry,
                  doc_code="ID", break_check=break_check)
    fr = Sheet(85.6, 54)
    fr.image(0, 0, 85.6, 54, _weave(85.6, 54, rng, (250, 248, 240), (232, 226, 206)))
    for k, c in enumerate(((224, 112, 20), (255, 255, 255), (20, 130, 60))):
        fr.rect(k * 2.2, 0, 2.2, 54, width_mm=0, fill=c)
    fr.text(9, 2.5, "RÉPUBLIQUE DU NIGER", font=GOTH_B, size_pt=7, color=(20, 100, 50))
    fr.text(9, 6.2, "Fraternité – Travail – Progrès", font=GOTH_I, size_pt=4.4, color=GREY)
    fr.text(9, 9.3, "CARTE D'IDENTITÉ NATIONALE", font=GOTH_B, size_pt=5.8, color=(200, 90, 10))
    fr.photo(9, 14, 21, 27, rng)
    y = 14.0
    for a, b in (("Nom", person.surname.upper()), ("Prénoms", person.given_names),
                 ("Né(e) le", d_sl(person.birth_date)), ("à", person.birth_place), ("Sexe", person.sex),
                 ("NIN", nin), ("Valable jusqu'au", d_sl(expiry))):
        aa = glyphs(a + " :", GOTH)
        fr.text(33, y, aa, font=GOTH, size_pt=4.2, color=GREY)
        bb = glyphs(b, GOTH_B)
        fr.text(33 + fr.text_width(aa, font=GOTH, size_pt=4.2) + 1, y - 0.3, bb, font=GOTH_B,
                size_pt=fit(bb, GOTH_B, 5.6, 46 - fr.text_width(aa, font=GOTH, size_pt=4.2)))
        y += 4.4
    bk = Sheet(85.6, 54)
    bk.rect(0, 0, 85.6, 54, width_mm=0, fill=(246, 246, 240))
    fa, mo = _par(person, None, None)
    y = 3
    for a, b in (("Père", fa), ("Mère", mo), ("Domicile", rng.choice(["Niamey, Plateau", "Zinder", "Maradi",
                                                                         "Tahoua", "Dosso"])),
                 ("Délivrée le", d_sl(issue)), ("N°", number)):
        bk.text(3, y, glyphs(a, GOTH), font=GOTH, size_pt=4.4, color=GREY)
        bb = glyphs(b, GOTH_B)
        bk.text(20, y, bb, font=GOTH_B, size_pt=fit(bb, GOTH_B, 5.4, 42))
        y += 4.3
    bk.signature(64, 3, 18, 8, rng, color=(28, 28, 34))
    bk.text(64, 12, "Signature du titulaire", font=GOTH, size_pt=3.6, color=GREY)
    bk.rect(0, 29, 85.6, 25, width_mm=0, fill=(255, 255, 255))
    _mrz(bk, 3.4, 32.5, lines, pitch=5.6, size=OCR * 0.98)
    if crop:
        return [fr, bk]
    sh = Sheet()
    k = 1.4
    paste(sh, fr, 14, 20, k=k, dpi=300)
    paste(sh, bk, 14, 20 + 54 * k + 8, k=k, dpi=300)
    if annotate:
        _pen(sh, 14, 20 + 108 * k + 20, annotate, rng, size=13, font=FELT)
    sh.stamp(136, 214, ["COMMUNE DE " + rng.choice(["SCHAERBEEK", "MOLENBEEK", "ANDERLECHT"]), "COPIE CONFORME"],
             rng, shape="rect", size_mm=44, color=ST_VIOLET, angle=rng.uniform(-6, 6))
    _pen(sh, 140, 240, d_sl(TODAY - datetime.timedelta(days=rng.randint(20, 90))), rng, size=11, font=CHAN,
         color=INK_K)
    return [sheet_of(lid_open(sh.render(200), rng, "right"))]


_register("idcard-td1-ner-cin-recto-boven-verso-links-140-procent-deksel-open-41", "identity-document", PART,
          "fr", idcard_ner, country="NER", mrz="TD1", photo=True,
          notes="Nigerien identity card, recto above verso at 140 % on the left, lid open, certified-copy stamp")


# --------------------------------------------------------------------------- Dutch residence document (TD1)


def permit_nl(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, crop=False,
              v_number=None, purpose=None, annotate=None, **opts):
    """The Dutch residence document copied at 100 % by the applicant on a home printer: front and back SIDE BY
    SIDE across the top of the sheet, the V-number printed on the front BESIDE the photo, the remark of the
    back in two lines; under the cards a printed sentence 'kopie verblijfsdocument' and the applicant's name
    written in felt-tip; the whole kept as a 150 dpi copy in sixteen greys."""
    issue, expiry = _dates(rng, issue_date, expiry_date, 5)
    number = "".join(rng.choice("BCDFGHJKLMNPRSTVWXZ") for _ in range(2)) + _digits(rng, 7)
    vnr = v_number or ("2" + _digits(rng, 9))
    md = _mrz_data(person, mrz_override)
    lines = M.td1(issuing="NLD", surname=md["surname"], given=md["given_names"], number=number,
                  nationality=md["nationality"], birth_date=md["birth_date"], sex=md["sex"], expiry=expiry,
                  doc_code="IR", break_check=break_check)
    fr = Sheet(85.6, 54)
    fr.image(0, 0, 85.6, 54, _weave(85.6, 54, rng, (242, 244, 250), (220, 224, 240)))
    fr.rect(0, 0, 85.6, 6, width_mm=0, fill=(40, 60, 130))
    fr.text(3, 1.4, "KONINKRIJK DER NEDERLANDEN · VERBLIJFSDOCUMENT", font=LNAR_B, size_pt=5.4,
            color=(255, 255, 255))
    fr.photo(3, 9, 21, 27, rng)
    fr.text(3, 38, "V-nummer", font=LNAR, size_pt=3.8, color=GREY)
    fr.text(3, 40, vnr, font=LNAR_B, size_pt=6.4)
    y = 8.5
    for a, b in (("Naam", person.surname.upper()), ("Voornamen", person.given_names.upper()),
                 ("Geboortedatum", d_dot(person.birth_date)), ("Nationaliteit", person.nationality),
                 ("Geslacht", person.sex), ("Geldig tot", d_dot(expiry)), ("Documentnummer", number)):
        fr.text(27, y, a, font=LNAR, size_pt=3.8, color=GREY)
        bb = glyphs(b, LNAR_B)
        fr.text(27, y + 1.6, bb, font=LNAR_B, size_pt=fit(bb, LNAR_B, 5.8, 56))
        y += 5.6
    fr.signature(62, 45, 20, 6, rng, color=(28, 28, 34))
    bk = Sheet(85.6, 54)
    bk.rect(0, 0, 85.6, 54, width_mm=0, fill=(244, 246, 250))
    bk.text(3, 3, glyphs(f"Verblijfsvergunning regulier bepaalde tijd", LNAR), font=LNAR, size_pt=5.4)
    bk.text(3, 7.2, glyphs(f"Doel: {purpose or 'medische behandeling'}", LNAR_B), font=LNAR_B, size_pt=5.4)
    bk.text(3, 11.4, "Arbeid niet toegestaan, TWV vereist" if (purpose or "").startswith("med") else
            "Arbeid vrij toegestaan", font=LNAR, size_pt=5.2)
    bk.text(3, 15.6, f"Afgegeven {d_dot(issue)}", font=LNAR, size_pt=5.2)
    bk.rect(0, 30, 85.6, 24, width_mm=0, fill=(255, 255, 255))
    _mrz(bk, 3.4, 33.5, lines, pitch=5.4, size=OCR * 0.98)
    if crop:
        return [fr, bk]
    sh = Sheet()
    paste(sh, fr, 14, 16, k=1.0, dpi=300)
    paste(sh, bk, 110, 16, k=1.0, dpi=300)
    _T(sh, 14, 80, "kopie verblijfsdocument (voor- en achterzijde)", font=LSAN_I, size=9, color=GREY)
    _pen(sh, 14, 88, f"{person.given_names} {person.surname}", rng, size=13, font=FELT)
    if annotate:
        _pen(sh, 14, 100, annotate, rng, size=12, font=FELT)
    return [grey16(sh)]


_register("permit-nl-verblijfsdocument-voor-en-achter-naast-elkaar-bovenaan-thuisprinter-16-grijs-41",
          "identity-document", PART, "nl", permit_nl, country="NLD", mrz="TD1", photo=True,
          notes="Dutch residence document front and back side by side at the top, home printer, sixteen greys")


# --------------------------------------------------------------------------- birth certificates


def birth_ner(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """A Niger civil-status centre's 'volet n° 1' of a birth act: a PRE-PRINTED form in FreeSerif with numbered
    rubrics in a ruled TABLE (rubric at the LEFT column, answer in the right), the answers FILLED IN BY HAND in a
    loose felt-tip hand, the dates written with the month in Roman numerals; the officer's signature in the
    LOWER LEFT box and the centre's round stamp in the LOWER RIGHT box; the copy punched for a binder."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(30, 400))
    act = act_date or person.birth_date + datetime.timedelta(days=rng.randint(2, 40))
    fa, mo = _par(person, father, mother)
    centre = rng.choice(["Niamey I", "Niamey III", "Zinder", "Maradi", "Tahoua", "Agadez"])
    ink = rng.choice([INK, INK_K])
    sh = Sheet()
    _T(sh, 105, 12, "RÉPUBLIQUE DU NIGER", font=FSER_B, size=11, anchor="center")
    _T(sh, 105, 17.5, "Fraternité – Travail – Progrès", font=FSER_I, size=8.5, anchor="center")
    _T(sh, 20, 26, f"Centre d'état civil de : ", font=FSER, size=9.5)
    _pen(sh, 58, 23.5, centre, rng, size=12, color=ink)
    _T(sh, 140, 26, "Volet n° 1", font=FSER_B, size=9.5)
    _T(sh, 105, 36, "ACTE DE NAISSANCE", font=FSER_B, size=15, anchor="center")
    _T(sh, 105, 43, "N° ……… de l'année ………", font=FSER, size=9.5, anchor="center")
    _pen(sh, 96, 40, str(rng.randint(100, 3000)), rng, size=11, color=ink)
    _pen(sh, 132, 40, str(act.year), rng, size=11, color=ink)
    rows = [("1", "Nom de l'enfant", person.surname.upper()), ("2", "Prénoms", person.given_names),
            ("3", "Sexe", "féminin" if person.sex == "F" else "masculin"),
            ("4", "Date de naissance", d_rom(person.birth_date)), ("5", "Lieu de naissance", person.birth_place),
            ("6", "Nom et prénoms du père", fa), ("7", "Profession du père", rng.choice(["cultivateur", "commerçant",
                                                                                      "éleveur", "chauffeur"])),
            ("8", "Nom et prénoms de la mère", mo), ("9", "Profession de la mère", "ménagère"),
            ("10", "Date de la déclaration", d_rom(act)), ("11", "Nom du déclarant", fa)]
    y = 52
    for n, a, b in rows:
        sh.rect(20, y, 70, 11, width_mm=0.3)
        sh.rect(90, y, 100, 11, width_mm=0.3)
        _T(sh, 22, y + 1.5, n + ".", font=FSER_B, size=9)
        _T(sh, 29, y + 1.5, a, font=FSER, size=9.5)
        _pen(sh, 93, y + 1.4, b, rng, size=12.5, color=ink, width=94)
        y += 11
    y += 6
    _T(sh, 20, y, "Délivré pour copie conforme le", font=FSER, size=9.5)
    _pen(sh, 72, y - 2.5, d_rom(issue), rng, size=12, color=ink)
    y += 8
    sh.rect(20, y, 85, 40, width_mm=0.3)
    sh.rect(105, y, 85, 40, width_mm=0.3)
    _T(sh, 22, y + 2, "L'Officier d'état civil", font=FSER_I, size=9)
    _T(sh, 107, y + 2, "Sceau", font=FSER_I, size=9)
    sh.signature(30, y + 10, 50, 16, rng, color=ink)
    sh.stamp(130, y + 6, ["ÉTAT CIVIL", centre.upper(), "NIGER"], rng, shape="round", size_mm=30, color=ST_BLUE,
             angle=rng.uniform(-25, 25))
    return [sheet_of(punched(sh.render(200), rng))]


def birth_ken(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Kenya's 'Certificate of Birth' (Births and Deaths Registration Act, Cap. 149): a LANDSCAPE form whose
    register entry runs across the page as one row of ten narrow columns with the column headings printed
    vertically-short in small Liberation Sans Narrow, the entries typed in Liberation Mono capitals; the
    Registrar's printed facsimile signature and the embossed-look grey seal at the LOWER RIGHT; the landscape
    sheet scanned in portrait (turned a quarter) with a staple at the corner."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(40, 600))
    act = act_date or person.birth_date + datetime.timedelta(days=rng.randint(3, 50))
    fa, mo = _par(person, father, mother)
    district = rng.choice(["NAIROBI", "MOMBASA", "KISUMU", "NAKURU", "ELDORET", "MACHAKOS"])
    land = Sheet(297, 210)
    land.rect(8, 8, 281, 194, width_mm=1.0, color=(30, 90, 60))
    _T(land, 148.5, 14, "REPUBLIC OF KENYA", font=LSAN_B, size=14, anchor="center")
    _T(land, 148.5, 22, "CERTIFICATE OF BIRTH", font=LSAN_B, size=17, anchor="center")
    _T(land, 148.5, 31, "Births and Deaths Registration Act (Cap. 149)", font=LSAN_I, size=9, anchor="center")
    _T(land, 20, 40, f"Birth in the {district.title()} District", font=LNAR, size=10)
    _T(land, 277, 40, f"No. {_digits(rng, 9)}", font=LMONO_B, size=11, anchor="right")
    cols = [("Entry No.", 20, str(rng.randint(100, 9999))), ("Where born", 30, person.birth_place.upper()),
            ("Name", 44, f"{person.given_names} {person.surname}".upper()),
            ("Sex", 12, "F" if person.sex == "F" else "M"), ("Date of birth", 26, d_sl(person.birth_date)),
            ("Name of father", 36, fa.upper()), ("Name of mother", 36, mo.upper()),
            ("Informant", 26, "FATHER"), ("Date of registration", 26, d_sl(act)),
            ("Registrar", 25, rng.choice(["J. MWANGI", "A. OTIENO", "F. WANJIKU"]))]
    x, y = 12, 50
    for h, w, v in cols:
        land.rect(x, y, w, 16, width_mm=0.3)
        land.rect(x, y + 16, w, 40, width_mm=0.3)
        for k, ln in enumerate(wrap(glyphs(h, LNAR_B), w - 2, LNAR_B, 8)[:3]):
            land.text(x + 1, y + 1.5 + k * 3.6, ln, font=LNAR_B, size_pt=8)
        for k, ln in enumerate(wrap(glyphs(v, LMONO), w - 2, LMONO, 8.5)[:6]):
            land.text(x + 1, y + 19 + k * 4.4, ln, font=LMONO, size_pt=8.5)
        x += w
    _P(land, 20, 116, 250, f"I certify that the above is a true copy of the entry of a birth in the register kept "
                           f"by me. Given under my hand at {district.title()} on the {d_en(issue)}.", font=LSAN,
       size=10, lead=1.5)
    land.signature(200, 140, 46, 14, rng, color=(20, 20, 28), style="loops")
    _T(land, 223, 156, "Principal Registrar of Births and Deaths", font=LSAN, size=8.5, anchor="center")
    land.stamp(120, 138, ["REGISTRAR OF BIRTHS", district], rng, shape="round", size_mm=34, color=(170, 170, 176),
               angle=0)
    sh = Sheet()
    paste(sh, land, 0, 0, dpi=200, angle=90)
    staple(sh, rng)
    return [sh]


def birth_tur(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """A Turkish 'Vukuatlı Nüfus Kayıt Örneği' (family-register extract with events) printed by the district
    registry on LANDSCAPE paper: a wide table with one row per family member (Sıra, T.C. Kimlik No, Cinsiyet,
    Adı, Soyadı, Baba Adı, Ana Adı, Doğum Yeri ve Tarihi, Medeni Hali, Olaylar) in DejaVu Sans Condensed, the
    applicant's row among the parents', the registrar's signature and the wet oval stamp at the foot RIGHT;
    scanned sideways (the landscape table standing on its side on a portrait page)."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(30, 400))
    fa, mo = _par(person, father, mother)
    il = rng.choice(["İstanbul", "Ankara", "İzmir", "Bursa", "Kayseri", "Diyarbakır"])
    land = Sheet(297, 210)
    _T(land, 148.5, 10, "T.C. İÇİŞLERİ BAKANLIĞI", font=DCON_B, size=11, anchor="center")
    _T(land, 148.5, 16, f"{il.upper()} İLÇE NÜFUS MÜDÜRLÜĞÜ", font=DCON, size=9.5, anchor="center")
    _T(land, 148.5, 24, "VUKUATLI NÜFUS KAYIT ÖRNEĞİ", font=DCON_B, size=13, anchor="center")
    _T(land, 12, 32, f"İl: {il}   İlçe: Merkez   Mahalle/Köy: {rng.choice(['Cumhuriyet', 'Yeni', 'Fatih'])}   "
       f"Cilt No: {rng.randint(10, 99)}   Hane No: {rng.randint(1, 400)}", font=DCON, size=8.5)
    cols = [("Sıra", 10), ("T.C. Kimlik No", 30), ("C", 8), ("Adı", 30), ("Soyadı", 34), ("Baba Adı", 24),
            ("Ana Adı", 24), ("Doğum Yeri ve Tarihi", 44), ("Medeni Hali", 22), ("Olaylar", 47)]
    x, y = 12, 40
    for h, w in cols:
        land.rect(x, y, w, 8, width_mm=0.25, fill=(232, 232, 232))
        hh = glyphs(h, DCON_B)
        land.text(x + 1, y + 2, hh, font=DCON_B, size_pt=fit(hh, DCON_B, 7.5, w - 2))
        x += w
    fsur = person.surname.upper()
    rows = [("1", _digits(rng, 11), "E", fa.split()[0], fsur, "-", "-", f"{il} {1940 + rng.randint(0, 20)}",
             "Evli", "-"),
            ("2", _digits(rng, 11), "K", mo.split()[0], fsur, "-", "-", f"{il} {1945 + rng.randint(0, 20)}", "Evli",
             "-"),
            ("3", _digits(rng, 11), "K" if person.sex == "F" else "E", person.given_names, fsur, fa.split()[0],
             mo.split()[0], f"{person.birth_place} {d_dot(person.birth_date)}", "Bekâr",
             "Doğum ile tescil")]
    y += 8
    for r in rows:
        x = 12
        for (h, w), v in zip(cols, r):
            land.rect(x, y, w, 9, width_mm=0.2)
            vv = glyphs(v, DCON)
            land.text(x + 1, y + 2.2, vv, font=DCON, size_pt=fit(vv, DCON, 8.5, w - 2))
            x += w
        y += 9
    _P(land, 12, y + 8, 270, f"Yukarıdaki bilgilerin nüfus kütüğündeki kayda uygun olduğu onaylanır. "
                             f"Düzenlenme tarihi: {d_dot(issue)}.", font=DCON, size=9, lead=1.4)
    land.signature(212, y + 20, 44, 13, rng, color=INK)
    _T(land, 234, y + 36, "Nüfus Müdürü", font=DCON, size=9, anchor="center")
    land.stamp(180, y + 18, ["T.C.", f"{il.upper()} NÜFUS MÜD."], rng, shape="oval", size_mm=36, color=ST_BLUE,
               angle=rng.uniform(-10, 10))
    sh = Sheet()
    paste(sh, land, 0, 0, dpi=200, angle=-90)
    return [sh]


def birth_be(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """An Antwerp district's 'uittreksel uit de akte van geboorte' printed from the DABS database: a thin grey
    frame round the whole page, the city's name in URW Gothic at the upper LEFT with the district under it, the
    act's reference in a right-aligned block, the data as running 'label: value; label: value' lines in one
    paragraph, the electronic seal as a QR code and 'elektronisch ondertekend' box at the LOWER RIGHT; no hand
    signature, no stamp."""
    from .twentyeighth_identity import qr
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(15, 300))
    act = act_date or person.birth_date + datetime.timedelta(days=rng.randint(1, 10))
    fa, mo = _par(person, father, mother)
    city = rng.choice(["Antwerpen", "Gent", "Leuven", "Mechelen", "Kortrijk"])
    sh = Sheet()
    sh.rect(10, 10, 190, 277, width_mm=0.3, color=(150, 150, 150))
    _T(sh, 18, 18, city.upper(), font=GOTH_B, size=16, spacing=0.8)
    _T(sh, 18, 26, "Burgerlijke stand – district " + rng.choice(["Centrum", "Noord", "Zuid", "Oost"]), font=GOTH,
       size=9, color=GREY)
    for i, t in enumerate([f"DABS-referentie {_digits(rng, 4)}-{_digits(rng, 6)}", f"akte nr. {rng.randint(50, 3000)}"
                           f" / {act.year}", f"afgeleverd op {d_nl(issue)}"]):
        _T(sh, 192, 18 + i * 5, t, font=GOTH, size=8.5, anchor="right")
    _T(sh, 18, 50, "UITTREKSEL UIT DE AKTE VAN GEBOORTE", font=GOTH_B, size=12.5)
    sx = "vrouwelijk" if person.sex == "F" else "mannelijk"
    txt = (f"Naam: {person.surname.upper()}; voornamen: {person.given_names}; geslacht: {sx}; geboren op "
           f"{d_nl(person.birth_date)} te {person.birth_place}. Vader: {fa}. Moeder: {mo}. Datum van de akte: "
           f"{d_nl(act)}. Randmeldingen: geen.")
    y = _P(sh, 18, 62, 174, txt, font=GOTH, size=11, lead=1.75) + 10
    _P(sh, 18, y, 174, "Dit uittreksel wordt afgeleverd met toepassing van artikel 30 van het Burgerlijk Wetboek.",
       font=GOTH_I, size=8.5, color=GREY)
    qr(sh, 150, 230, 24, f"dabs{person.surname}{issue}")
    sh.rect(100, 232, 46, 20, width_mm=0.2, color=(120, 120, 120))
    _T(sh, 102, 234, "Elektronisch ondertekend", font=GOTH_B, size=7.5)
    _T(sh, 102, 239, "door de ambtenaar van de", font=GOTH, size=7)
    _T(sh, 102, 243, "burgerlijke stand", font=GOTH, size=7)
    return [sh]


_register("birth-ner-volet-voorgedrukt-tabel-rubrieken-vilt-hand-romeinse-maand-geperforeerd-41",
          "birth-certificate", PART, "fr", birth_ner, country="NER",
          notes="Nigerien birth act, printed form filled in by hand, Roman-numeral months, punched")
_register("birth-ken-certificate-liggend-tien-kolommen-mono-zegel-kwartslag-niet-41", "birth-certificate",
          PART, "en", birth_ken, country="KEN",
          notes="Kenyan certificate of birth, landscape register row of ten columns, turned a quarter, stapled")
_register("birth-tur-vukuatli-nufus-liggend-gezinstabel-ovale-stempel-zijwaarts-41", "birth-certificate", PART,
          "tr", birth_tur, country="TUR",
          notes="Turkish family-register extract with events, landscape family table, scanned sideways")
_register("birth-be-antwerpen-dabs-kader-lopende-tekst-qr-elektronisch-41", "birth-certificate", PART, "nl",
          birth_be, country="BEL",
          notes="Flemish birth extract from DABS, running label-value text, QR and electronic signature box")


# --------------------------------------------------------------------------- marriage certificates


def marriage_ner(person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    """A Niger centre's 'acte de mariage' as a pre-printed form in FreeSerif with the two spouses in two COLUMNS
    (Époux | Épouse) of ruled lines, the answers written with a chancery pen, the regime and the dowry ('dot')
    on lines below, the two witnesses' names, the officer's signature and the stamp side by side at the foot;
    the copy gone sepia."""
    h, w = person, spouse
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(30, 300))
    md = marriage_date or TODAY - datetime.timedelta(days=2000)
    centre = rng.choice(["Niamey II", "Zinder", "Maradi", "Dosso", "Tillabéri"])
    ink = rng.choice([INK, INK_K])
    sh = Sheet()
    _T(sh, 105, 12, "RÉPUBLIQUE DU NIGER", font=FSER_B, size=11, anchor="center")
    _T(sh, 105, 18, f"Centre d'état civil de {centre}", font=FSER, size=9.5, anchor="center")
    _T(sh, 105, 30, "ACTE DE MARIAGE", font=FSER_B, size=15, anchor="center")
    _T(sh, 105, 37, f"N° {rng.randint(10, 900)} – célébré le {d_rom(md)}", font=FSER, size=10, anchor="center")
    for k, (t, p) in enumerate((("ÉPOUX", h), ("ÉPOUSE", w))):
        x = 20 + k * 88
        _T(sh, x, 50, t, font=FSER_B, size=10.5)
        y = 58
        for a, b in (("Nom", p.surname.upper()), ("Prénoms", p.given_names), ("Né(e) le", d_rom(p.birth_date)),
                     ("à", p.birth_place), ("Profession", rng.choice(["commerçant(e)", "ménagère", "enseignant(e)",
                                                                      "tailleur"]))):
            _T(sh, x, y, a, font=FSER, size=9)
            sh.rule(x + 20, y + 4.5, x + 82, y + 4.5, width_mm=0.15, dash=0.6, color=(110, 110, 110))
            _pen(sh, x + 21, y - 1.8, b, rng, size=12, color=ink, font=CHAN, width=60)
            y += 9
    y = 112
    for a, b in (("Régime matrimonial", "monogamie – séparation de biens"),
                 ("Dot", f"{rng.choice([50, 75, 100, 150])} 000 F CFA"),
                 ("Témoins", f"{rng.choice(['Issa MOUSSA', 'Hadiza ALI', 'Boubacar SEYNI'])} et "
                             f"{rng.choice(['Ramatou ABDOU', 'Souley HAMANI', 'Aïchatou ISSA'])}")):
        _T(sh, 20, y, a, font=FSER, size=9.5)
        sh.rule(60, y + 4.5, 190, y + 4.5, width_mm=0.15, dash=0.6, color=(110, 110, 110))
        _pen(sh, 62, y - 1.8, b, rng, size=12, color=ink, font=CHAN, width=126)
        y += 10
    _T(sh, 20, y + 6, f"Pour copie conforme, {centre}, le {d_sl(issue)}", font=FSER_I, size=10)
    sh.signature(28, y + 16, 46, 14, rng, color=ink)
    sh.stamp(110, y + 12, ["ÉTAT CIVIL", centre.upper(), "NIGER"], rng, shape="round", size_mm=30,
             color=ST_VIOLET, angle=rng.uniform(-20, 20))
    return [sheet_of(sepia(sh.render(200), rng))]


def marriage_be(person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    """A Liège 'extrait d'acte de mariage' typed at the counter in P052 as ONE PARAGRAPH of prose ('Le ... ont
    contracté mariage devant l'officier de l'état civil de ...'), the city's crest-like square at the upper
    LEFT, the delivery date at the RIGHT, the clerk's signature ABOVE the dotted line and the label 'Pour
    l'Officier de l'état civil' BELOW it, the round stamp to the LEFT overlapping the line."""
    h, w = person, spouse
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(10, 200))
    md = marriage_date or TODAY - datetime.timedelta(days=900)
    city = rng.choice(["Liège", "Namur", "Charleroi", "Mons", "Seraing"])
    sh = Sheet()
    sh.rect(18, 12, 14, 16, width_mm=0.8, color=(150, 30, 40))
    _T(sh, 25, 16, city[0], font=PAL_B, size=14, anchor="center", color=(150, 30, 40))
    _T(sh, 36, 13, f"Ville de {city}", font=PAL_B, size=13)
    _T(sh, 36, 20, "Département des Services aux citoyens – État civil", font=PAL, size=8.5, color=GREY)
    _T(sh, 192, 40, f"{city}, le {d_fr(issue)}", font=PAL, size=10, anchor="right")
    _T(sh, 105, 56, "EXTRAIT D'ACTE DE MARIAGE", font=PAL_B, size=13, anchor="center")
    txt = (f"Le {d_fr(md)}, {h.surname.upper()} {h.given_names}, né le {d_fr(h.birth_date)} à {h.birth_place}, "
           f"et {w.surname.upper()} {w.given_names}, née le {d_fr(w.birth_date)} à {w.birth_place}, ont contracté "
           f"mariage devant l'officier de l'état civil de la Ville de {city}. Acte n° {rng.randint(100, 1500)} de "
           f"l'année {md.year}. Mentions marginales : néant.")
    y = _P(sh, 22, 70, 166, txt, font=PAL, size=11, lead=1.7) + 18
    sh.signature(112, y - 4, 46, 14, rng, color=INK_K)
    sh.rule(104, y + 11, 180, y + 11, width_mm=0.2, dash=0.5)
    _T(sh, 142, y + 13, "Pour l'Officier de l'état civil", font=PAL_I, size=9.5, anchor="center")
    sh.stamp(80, y - 2, [f"VILLE DE {city.upper()}", "ÉTAT CIVIL"], rng, shape="round", size_mm=28, color=ST_BLUE,
             angle=rng.uniform(-20, 20))
    return [sh]


_register("marriage-ner-acte-formulier-twee-kolommen-epoux-epouse-kanselarijpen-sepia-41", "marriage-certificate",
          PART, "fr", marriage_ner, country="NER",
          notes="Nigerien marriage act, printed form with the spouses in two columns, chancery pen, sepia copy")
_register("marriage-be-liege-extrait-een-alinea-handtekening-boven-stippellijn-41", "marriage-certificate",
          PART, "fr", marriage_be, country="BEL",
          notes="Walloon city's marriage extract as one paragraph, signature above a dotted line, stamp left")


# --------------------------------------------------------------------------- nationality certificates


def nationality_ner(person, rng, *, issue_date=None, **opts):
    """A 'Certificat de nationalité nigérienne' from the Tribunal de Grande Instance Hors Classe de Niamey as a
    pre-printed form in Liberation Serif: the Niger emblem as a small circle at the TOP CENTRE, the court in
    capitals under it, the certificate's text with blanks filled in by TYPEWRITER (FreeMono) on dotted lines,
    the legal basis (Ordonnance 84-33) cited, the clerk's and the president's signatures side by side at the
    foot with the court's round stamp between them; faxed to the lawyer."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(60, 900))
    sh = Sheet()
    sh.rect(98, 10, 14, 14, width_mm=0.5, color=(60, 60, 60))
    _T(sh, 105, 14, "RN", font=LSER_B, size=9, anchor="center")
    _T(sh, 105, 28, "RÉPUBLIQUE DU NIGER – MINISTÈRE DE LA JUSTICE", font=LSER_B, size=10, anchor="center")
    _T(sh, 105, 34, "TRIBUNAL DE GRANDE INSTANCE HORS CLASSE DE NIAMEY", font=LSER, size=9.5, anchor="center")
    _T(sh, 105, 48, "CERTIFICAT DE NATIONALITÉ", font=LSER_B, size=15, anchor="center")
    _T(sh, 105, 55, f"N° {rng.randint(100, 9999)}/{issue.year}", font=FMONO, size=10, anchor="center")
    y = 70
    for a, b in (("Nous, Président du Tribunal, certifions que", ""), ("Nom", person.surname.upper()),
                 ("Prénoms", person.given_names), ("Né(e) le", d_sl(person.birth_date)),
                 ("à", person.birth_place), ("Fils / fille de", " et ".join(_par(person, None, None)))):
        w = _T(sh, 22, y, a, font=LSER, size=10.5)
        if b:
            sh.rule(24 + w, y + 4.6, 188, y + 4.6, width_mm=0.15, dash=0.5, color=(110, 110, 110))
            bb = glyphs(b, FMONO_B)
            sh.text(26 + w, y, bb, font=FMONO_B, size_pt=fit(bb, FMONO_B, 10.5, 160 - w))
        y += 9
    y = _P(sh, 22, y + 2, 166, "est de nationalité nigérienne en vertu de l'article 8 de l'Ordonnance n° 84-33 du "
                               "23 août 1984 portant Code de la nationalité nigérienne, comme né(e) au Niger d'un "
                               "parent qui y est lui-même né.", font=LSER, size=10.5, lead=1.6) + 4
    _T(sh, 22, y, f"Fait à Niamey, le {d_sl(issue)}", font=LSER, size=10.5)
    y += 12
    _T(sh, 50, y, "Le Greffier", font=LSER_B, size=10, anchor="center")
    _T(sh, 160, y, "Le Président", font=LSER_B, size=10, anchor="center")
    sh.signature(28, y + 6, 44, 13, rng, color=INK_K)
    sh.signature(138, y + 6, 44, 13, rng, color=INK_K)
    sh.stamp(90, y + 2, ["TRIBUNAL DE NIAMEY", "NIGER"], rng, shape="round", size_mm=28, color=ST_BLUE,
             angle=rng.uniform(-20, 20))
    return [fax(sh, rng, f"FAX  TGI NIAMEY  +227 20 73 {rng.randint(10, 99)} {rng.randint(10, 99)}   P.1")]


def nationality_ken(person, rng, *, issue_date=None, **opts):
    """The Kenyan 'Department of Immigration Services' letter 'Confirmation of Kenyan Citizenship' in DejaVu
    Serif: the letterhead block centred with 'Nyayo House, Nairobi', the reference and date on ONE line, the
    addressee 'To whom it may concern', the holder's particulars in a small bordered TABLE in the middle of the
    prose, signed 'for: Director General' with the signature BESIDE the typed name and title; a rectangular
    date stamp over the right margin; copied on old paper gone sepia."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(60, 700))
    sh = Sheet()
    _T(sh, 105, 14, "REPUBLIC OF KENYA", font=DSER_B, size=11, anchor="center")
    _T(sh, 105, 20, "DEPARTMENT OF IMMIGRATION SERVICES", font=DSER_B, size=10, anchor="center")
    _T(sh, 105, 26, "Nyayo House, Kenyatta Avenue – P.O. Box 30191-00100, Nairobi", font=DSER, size=8,
       anchor="center", color=GREY)
    sh.rule(20, 31, 190, 31, width_mm=0.5, color=(140, 20, 30))
    _T(sh, 20, 38, f"Ref: DIS/CIT/{_digits(rng, 5)}/{issue.year % 100:02d}", font=DSER, size=9.5)
    _T(sh, 190, 38, d_en(issue), font=DSER, size=9.5, anchor="right")
    _T(sh, 20, 50, "TO WHOM IT MAY CONCERN", font=DSER_B, size=10.5)
    _T(sh, 20, 58, "RE: CONFIRMATION OF KENYAN CITIZENSHIP", font=DSER_B, size=10.5)
    y = _P(sh, 20, 68, 170, "This is to confirm that the person whose particulars appear below is a citizen of "
                            "Kenya by birth in accordance with Article 14 of the Constitution of Kenya, 2010:",
           font=DSER, size=10, lead=1.6) + 4
    for a, b in (("Full names", f"{person.given_names} {person.surname.upper()}"),
                 ("Date of birth", d_en(person.birth_date)), ("Place of birth", person.birth_place),
                 ("Sex", "Female" if person.sex == "F" else "Male")):
        sh.rect(40, y, 45, 8, width_mm=0.2)
        sh.rect(85, y, 85, 8, width_mm=0.2)
        _T(sh, 42, y + 2, a, font=DSER, size=9)
        bb = glyphs(b, DSER_B)
        sh.text(87, y + 2, bb, font=DSER_B, size_pt=fit(bb, DSER_B, 9, 81))
        y += 8
    y = _P(sh, 20, y + 6, 170, "Any assistance accorded to the above named will be highly appreciated.", font=DSER,
           size=10) + 12
    w = _T(sh, 20, y + 6, rng.choice(["J. K. Kamau", "M. A. Odhiambo", "S. W. Njeri"]), font=DSER_B, size=10)
    _T(sh, 20, y + 11, "for: Director General, Immigration Services", font=DSER, size=9)
    sh.signature(26 + w, y, 44, 13, rng, color=INK)
    sh.stamp(150, y - 8, ["IMMIGRATION", d_mon(issue), "NAIROBI"], rng, shape="rect", size_mm=36, color=ST_RED,
             angle=rng.uniform(-6, 6))
    return [sheet_of(sepia(sh.render(200), rng))]


_register("nationality-ner-tgi-niamey-formulier-typemachine-stippellijnen-twee-handtekeningen-fax-41",
          "nationality-certificate", PART, "fr", nationality_ner, country="NER",
          notes="Nigerien court's nationality certificate, typewritten blanks, two signatures, faxed")
_register("nationality-ken-immigration-brief-tabel-in-proza-handtekening-naast-naam-sepia-41",
          "nationality-certificate", PART, "en", nationality_ken, country="KEN",
          notes="Kenyan immigration letter confirming citizenship, particulars table in the prose, sepia copy")


# --------------------------------------------------------------------------- identity certificates (consular)


def idcert_ner(person, rng, *, issue_date=None, declarative=False, **opts):
    """The Niger embassy in Brussels' 'attestation d'identité' on a half-sheet form printed in URW Gothic: the
    photo at the upper LEFT with a dry-seal circle half over its right edge, the particulars to its RIGHT as
    numbered lines (1. Nom ... 6. Nationalité) with the answers written in heavy pen, the basis of issue in a
    boxed sentence below, the chargé d'affaires' signature UNDER the label at the lower right; the form sits in
    the upper half of the A4 and the copy was made with the lid open (dark band along the bottom)."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(20, 300))
    ink = rng.choice([INK, INK_K])
    sh = Sheet()
    sh.rect(12, 10, 186, 134, width_mm=0.4, color=(200, 100, 20))
    _T(sh, 105, 14, "AMBASSADE DE LA RÉPUBLIQUE DU NIGER À BRUXELLES", font=GOTH_B, size=10.5, anchor="center")
    _T(sh, 105, 20, "Avenue Franklin Roosevelt 78 – 1050 Bruxelles", font=GOTH, size=8, anchor="center", color=GREY)
    _T(sh, 105, 28, "ATTESTATION D'IDENTITÉ", font=GOTH_B, size=14, anchor="center")
    sh.photo(18, 36, 30, 38, rng)
    sh.stamp(36, 60, ["AMBASSADE DU NIGER", "BRUXELLES"], rng, shape="round", size_mm=24, color=(150, 150, 156),
             angle=rng.uniform(-30, 30))
    y = 38
    for i, (a, b) in enumerate((("Nom", person.surname.upper()), ("Prénoms", person.given_names),
                                ("Date de naissance", d_sl(person.birth_date)), ("Lieu de naissance",
                                                                                 person.birth_place),
                                ("Sexe", "F" if person.sex == "F" else "M"), ("Nationalité", "nigérienne")), 1):
        w = _T(sh, 56, y, f"{i}. {a} :", font=GOTH, size=9.5)
        _pen(sh, 58 + w, y - 2.2, b, rng, size=12, color=ink, font=HEAVY, width=134 - w)
        sh.rule(58 + w, y + 4.6, 192, y + 4.6, width_mm=0.12, color=(160, 160, 160))
        y += 8
    basis = ("Attestation établie sur la seule déclaration de l'intéressé(e), aucune pièce d'identité n'ayant été "
             "présentée." if declarative else
             "Attestation établie au vu du passeport nigérien et de l'acte de naissance de l'intéressé(e), "
             "présentés à l'Ambassade.")
    lines = wrap(glyphs(basis, GOTH), 170, GOTH, 9)
    sh.rect(18, y + 4, 174, len(lines) * 4.2 + 4, width_mm=0.3)
    y = _P(sh, 20, y + 6, 170, basis, font=GOTH, size=9, lead=1.3) + 6
    _T(sh, 18, y + 2, f"Bruxelles, le {d_fr(issue)}", font=GOTH, size=9.5)
    _T(sh, 150, y + 2, "Le Chargé d'Affaires a.i.", font=GOTH_B, size=9.5, anchor="center")
    sh.signature(128, y + 7, 44, 13, rng, color=ink)
    return [sheet_of(lid_open(sh.render(200), rng, "bottom"))]


def idcert_ken(person, rng, *, issue_date=None, declarative=False, **opts):
    """The Embassy of Kenya in Brussels' 'Certificate of Identity' typed on a one-page form in Liberation Sans:
    the embassy's name in a dark green band across the top, the photo at the TOP RIGHT with the embassy's oval
    stamp over its lower LEFT corner, the particulars as 'caption: value' lines with typed values in Liberation
    Mono, the purpose and basis in a short paragraph, the consular officer's signature ABOVE the typed name at
    the LEFT; photographed on a desk with the phone's shadow across a corner."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(20, 300))
    sh = Sheet()
    sh.rect(0, 10, 210, 16, width_mm=0, fill=(20, 80, 50))
    _T(sh, 18, 13.5, "EMBASSY OF THE REPUBLIC OF KENYA – BRUSSELS", font=LSAN_B, size=12, color=(255, 255, 255))
    _T(sh, 18, 32, "CERTIFICATE OF IDENTITY", font=LSAN_B, size=15)
    _T(sh, 18, 39, "Consular Section – Avenue Winston Churchill 208, 1180 Uccle", font=LSAN, size=8.5, color=GREY)
    sh.photo(152, 30, 32, 40, rng)
    sh.stamp(138, 58, ["EMBASSY OF KENYA", "BRUSSELS"], rng, shape="oval", size_mm=34, color=ST_VIOLET,
             angle=rng.uniform(-10, 10))
    y = 52
    for a, b in (("Surname", person.surname.upper()), ("Other names", person.given_names.upper()),
                 ("Date of birth", d_sl(person.birth_date)), ("Place of birth", person.birth_place.upper()),
                 ("Sex", "F" if person.sex == "F" else "M"), ("Nationality", "KENYAN")):
        w = _T(sh, 18, y, a + ":", font=LSAN, size=10)
        bb = glyphs(b, LMONO_B)
        sh.text(56, y, bb, font=LMONO_B, size_pt=fit(bb, LMONO_B, 10.5, 70))
        y += 7.5
    basis = ("Issued on the declaration of the bearer only; no identity document was produced." if declarative else
             "Issued on production of the bearer's Kenyan passport and national identity card, verified by the "
             "Embassy.")
    y = _P(sh, 18, y + 8, 174, "Purpose: identification of the bearer in Belgium. " + basis, font=LSAN, size=10,
           lead=1.5) + 10
    sh.signature(20, y, 46, 14, rng, color=INK)
    _T(sh, 18, y + 16, rng.choice(["Esther W. Kariuki", "Peter O. Ochieng", "Grace N. Mutua"]), font=LSAN_B,
       size=10)
    _T(sh, 18, y + 21, f"Consular Officer – {d_en(issue)}", font=LSAN, size=9)
    return [phone_shadow(sh, rng)]


_register("idcert-ner-ambassade-attestation-foto-links-droogstempel-genummerde-regels-deksel-open-41",
          "identity-certificate", PART, "fr", idcert_ner, country="NER", photo=True,
          notes="Nigerien embassy's identity attestation, photo left with seal, numbered lines in heavy pen")
_register("idcert-ken-embassy-groene-band-foto-rechtsboven-mono-waarden-telefoonschaduw-41", "identity-certificate",
          PART, "en", idcert_ken, country="KEN", photo=True,
          notes="Kenyan embassy's certificate of identity, green band, photo top right, phone photo with shadow")


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
    """A Brussels sworn translator's translation (into Dutch, or French for a French-speaking client) in
    FreeSerif: her name, the court she is sworn at and her phone in a box at the upper RIGHT, 'Vertaling /
    Traduction' and the source language in the left margin turned upright, the translation as indented
    'label ........ value' lines with dotted leaders, the original's seals noted in italics between the lines;
    the certificate of accuracy in a separate paragraph with her signature at the LEFT and her oval stamp
    OVER the signature; a staple at the corner."""
    tgt = "fr" if target_lang == "fr" else "nl"
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(8, 60))
    rows = _src_rows(person, tgt)
    srcn = _LANG[tgt].get(source_lang, source_lang)
    tr = rng.choice(["Ayşe Demirci", "Nathalie Vanderlinden", "Zeynep Koç-Dubois"])
    sh = Sheet()
    sh.rect(118, 12, 76, 22, width_mm=0.3)
    _T(sh, 121, 14, tr, font=FSER_B, size=10.5)
    _T(sh, 121, 19.5, ("beëdigd vertaler – rechtbank Brussel" if tgt == "nl" else
                       "traductrice jurée – tribunal de Bruxelles"), font=FSER_I, size=8.5)
    _T(sh, 121, 25, f"+32 2 {rng.randint(200, 799)} {rng.randint(10, 99)} {rng.randint(10, 99)}", font=FSER,
       size=8.5, color=GREY)
    band = Sheet(180, 10)
    band.text(90, 1.5, glyphs(("VERTALING UIT HET " if tgt == "nl" else "TRADUCTION DU ") + srcn.upper(), FSER_B),
              font=FSER_B, size_pt=12, anchor="center", color=(90, 90, 90))
    paste(sh, band, 8, 60, dpi=250, angle=90)
    title = ("UITTREKSEL UIT HET FAMILIEREGISTER (GEBOORTE)" if tgt == "nl" else
             "EXTRAIT DU REGISTRE FAMILIAL (NAISSANCE)")
    _T(sh, 28, 46, title, font=FSER_B, size=11.5)
    y = 58
    _T(sh, 30, y, ("(Hoofding: Republiek Turkije – Ministerie van Binnenlandse Zaken)" if tgt == "nl" else
                   "(En-tête : République de Turquie – Ministère de l'Intérieur)"), font=FSER_I, size=9.5,
       color=GREY)
    y += 9
    for a, b in rows:
        w = _T(sh, 30, y, a, font=FSER, size=11)
        sh.rule(32 + w, y + 4, 92, y + 4, width_mm=0.15, dash=0.4, color=(120, 120, 120))
        _T(sh, 94, y, b, font=FSER_B, size=11)
        y += 7.5
    _T(sh, 30, y + 2, ("(rond zegel van de burgerlijke stand; handtekening onleesbaar)" if tgt == "nl" else
                       "(sceau rond de l'état civil ; signature illisible)"), font=FSER_I, size=9.5, color=GREY)
    y += 16
    oath = (f"Ik, ondergetekende {tr}, beëdigd vertaler bij de rechtbank van eerste aanleg te Brussel, verklaar "
            f"dat deze vertaling volledig en getrouw is en overeenstemt met het mij voorgelegde stuk in het {srcn}. "
            f"Brussel, {d_nl(issue)}." if tgt == "nl" else
            f"Je soussignée {tr}, traductrice jurée près le tribunal de première instance de Bruxelles, certifie "
            f"la présente traduction complète et fidèle au document en {srcn} qui m'a été soumis. Bruxelles, le "
            f"{d_fr(issue)}.")
    y = _P(sh, 28, y, 162, oath, font=FSER, size=10.5, lead=1.5) + 6
    sh.signature(30, y, 46, 14, rng, color=INK)
    sh.stamp(34, y - 2, ["TRADUCTEUR JURÉ", tr.split()[-1].upper(), "BRUXELLES"], rng, shape="oval", size_mm=38,
             color=ST_GREEN, angle=rng.uniform(-12, 12))
    staple(sh, rng)
    return [sh]


def translation_nl(person, rng, *, issue_date=None, of_type="birth-certificate", source_lang="tr",
                   target_lang=None, **opts):
    """A Rotterdam translation agency's 'beëdigde vertaling' in URW Gothic on its letter paper (agency's name in
    a thin outlined box at the upper LEFT, a blue rule down the right margin), the translation as a
    'zoals in het origineel' rendering of the table as label/value pairs in TWO COLUMNS side by side, the
    translator's declaration under a rule with the Wbtv number in it, the signature at the RIGHT BESIDE the
    label 'w.g.' and a small round stamp below; copied in sixteen greys."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(8, 60))
    rows = _src_rows(person, "nl")
    srcn = _LANG["nl"].get(source_lang, source_lang)
    tr = rng.choice(["M. Öztürk", "H. van den Berg", "E. Aydın MA"])
    sh = Sheet()
    sh.rect(18, 12, 70, 14, width_mm=0.3, color=(30, 60, 140))
    _T(sh, 21, 14, "Vertaalbureau Maasstad", font=GOTH_B, size=11, color=(30, 60, 140))
    _T(sh, 21, 20, "Rotterdam", font=GOTH, size=8.5, color=GREY)
    sh.rule(196, 12, 196, 285, width_mm=0.8, color=(30, 60, 140))
    _T(sh, 18, 38, f"Beëdigde vertaling uit het {srcn}", font=GOTH_B, size=13)
    _T(sh, 18, 45, "(vertaald zoals in het origineel weergegeven)", font=GOTH_I, size=9, color=GREY)
    y0 = 56
    for i, (a, b) in enumerate(rows):
        x = 18 + (i % 2) * 88
        y = y0 + (i // 2) * 14
        _T(sh, x, y, a, font=GOTH, size=8.5, color=GREY)
        bb = glyphs(b, GOTH_B)
        sh.text(x, y + 4.2, bb, font=GOTH_B, size_pt=fit(bb, GOTH_B, 10.5, 84))
    y = y0 + ((len(rows) + 1) // 2) * 14 + 10
    sh.rule(18, y, 190, y, width_mm=0.3)
    y = _P(sh, 18, y + 4, 172, f"Ondergetekende, {tr}, beëdigd vertaler {srcn}-Nederlands, ingeschreven in het "
                               f"Register beëdigde tolken en vertalers onder Wbtv-nummer {rng.randint(10000, 99999)}, "
                               f"verklaart dat deze vertaling getrouw en volledig is. Rotterdam, {d_nl(issue)}.",
           font=GOTH, size=10, lead=1.5) + 6
    w = _T(sh, 110, y + 5, "w.g.", font=GOTH_I, size=10)
    sh.signature(114 + w, y, 46, 14, rng, color=INK)
    sh.stamp(130, y + 16, ["BEËDIGD VERTALER", "ROTTERDAM"], rng, shape="round", size_mm=26, color=ST_RED,
             angle=rng.uniform(-15, 15))
    return [grey16(sh)]


_register("translation-be-brussel-freeserif-kader-rechts-marge-titel-stippelleiders-stempel-over-handtekening-41",
          "translation", PART, "nl", translation_be, country="BEL",
          notes="Brussels sworn translator, title up the margin, dotted leaders, oval stamp over the signature")
_register("translation-nl-rotterdam-bureau-twee-kolommen-wg-handtekening-16-grijs-41", "translation", PART, "nl",
          translation_nl, country="NLD",
          notes="Rotterdam agency's sworn translation, two columns of pairs, signature beside 'w.g.', sixteen greys")
