"""Identity and civil-status families of the `thirtysixth` part (registered in identity.FAMILIES).

Written after dev, heldout and the parts fresh to thirty-fifth had been read, by a writer who saw neither the
validator nor its output, from the seeds and from how such papers look in Belgian and Dutch files.  The families
are described only in their docstrings and registration notes (the part is read blind).

The small drawing helpers of twentyeighth_identity (glyph fallback, fitting, wrapping, pasting, codes) and the
embossed seal of thirtythird_identity are reused.  This part's own faces are C059 (Century Schoolbook-like), URW
Bookman, Carlito, Nimbus Sans, Liberation Sans Narrow, DejaVu Sans Condensed, Courier Prime, Nimbus Mono PS,
FreeSans and Liberation Serif; its hands are the Z003 chancery pen, the dkg hands and Humor Sans block capitals.
Its copy habits (a dog-eared corner, a toner thumbprint, a binder clip's shadow, a copy of a copy, light leaking
in under a lid left ajar, a copier's half-tone screen, a colour copier's cast, a page photographed on a wooden
desk) are drawn by the helpers below.
"""

from __future__ import annotations

import datetime
import math
import random

from PIL import Image, ImageChops, ImageDraw, ImageFilter

from . import mrz as M
from .identity import TODAY, _dates, _digits, _mrz_data, _register
from .paper import Sheet, _noise, make_photo
from .people import strip_accents
from .thirtythird_identity import seal_relief
from .twentyeighth_identity import barcode, fit, glyphs, paste, sheet_of, wrap

PART = "thirtysixth"
GREY = (94, 94, 100)
INK = (26, 40, 128)
INK_K = (30, 30, 36)
INK_V = (78, 44, 124)
ST_BLUE = (36, 60, 150)
ST_VIOLET = (100, 48, 140)
ST_RED = (166, 34, 40)
ST_GREEN = (28, 100, 64)
OCR = 2.54 / 0.602 / (25.4 / 72)

_U = "/usr/share/fonts/opentype/urw-base35"
_CP = "/usr/share/fonts/opentype/courier-prime"
_DV = "/usr/share/fonts/truetype/dejavu"
_CX = "/usr/share/fonts/truetype/crosextra"
_FF = "/usr/share/fonts/truetype/freefont"
_LB = "/usr/share/fonts/truetype/liberation"
_HW = "/usr/share/fonts/truetype/fifthhorseman"
CSB = f"{_U}/C059-Roman.otf"
CSB_B = f"{_U}/C059-Bold.otf"
CSB_I = f"{_U}/C059-Italic.otf"
BOOK = f"{_U}/URWBookman-Light.otf"
BOOK_B = f"{_U}/URWBookman-Demi.otf"
BOOK_I = f"{_U}/URWBookman-LightItalic.otf"
CARL = f"{_CX}/Carlito-Regular.ttf"
CARL_B = f"{_CX}/Carlito-Bold.ttf"
CARL_I = f"{_CX}/Carlito-Italic.ttf"
NSANS = f"{_U}/NimbusSans-Regular.otf"
NSANS_B = f"{_U}/NimbusSans-Bold.otf"
NSANS_I = f"{_U}/NimbusSans-Italic.otf"
LNAR = f"{_LB}/LiberationSansNarrow-Regular.ttf"
LNAR_B = f"{_LB}/LiberationSansNarrow-Bold.ttf"
LNAR_I = f"{_LB}/LiberationSansNarrow-Italic.ttf"
DSCN = f"{_DV}/DejaVuSansCondensed.ttf"
DSCN_B = f"{_DV}/DejaVuSansCondensed-Bold.ttf"
CPR = f"{_CP}/Courier Prime.otf"
CPR_B = f"{_CP}/Courier Prime Bold.otf"
NMONO = f"{_U}/NimbusMonoPS-Regular.otf"
NMONO_B = f"{_U}/NimbusMonoPS-Bold.otf"
FSANS = f"{_FF}/FreeSans.ttf"
FSANS_B = f"{_FF}/FreeSansBold.ttf"
LSER = f"{_LB}/LiberationSerif-Regular.ttf"
LSER_B = f"{_LB}/LiberationSerif-Bold.ttf"
LSER_I = f"{_LB}/LiberationSerif-Italic.ttf"
ZHAND = f"{_U}/Z003-MediumItalic.otf"
DKG = f"{_HW}/dkg.ttf"
DKG_BD = f"{_HW}/dkgBd.ttf"
BLOCK = "blockcaps"

_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_FR = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
_NL = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]
_DE = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
]
_TR = [
    "Ocak",
    "Şubat",
    "Mart",
    "Nisan",
    "Mayıs",
    "Haziran",
    "Temmuz",
    "Ağustos",
    "Eylül",
    "Ekim",
    "Kasım",
    "Aralık",
]
_MON3 = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
_FR3 = ["JANV", "FÉVR", "MARS", "AVR", "MAI", "JUIN", "JUIL", "AOÛT", "SEPT", "OCT", "NOV", "DÉC"]
_NL3 = ["JAN", "FEB", "MRT", "APR", "MEI", "JUN", "JUL", "AUG", "SEP", "OKT", "NOV", "DEC"]
_ROM = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]


def en_long(d: datetime.date) -> str:
    return f"{d.day} {_EN[d.month - 1]} {d.year}"


def en_ord(d: datetime.date) -> str:
    """'the 4th day of March 2019' (as Zambian registrars write)."""
    suf = "th" if 10 <= d.day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return f"the {d.day}{suf} day of {_EN[d.month - 1]}, {d.year}"


def fr_long(d: datetime.date) -> str:
    return f"{'1er' if d.day == 1 else d.day} {_FR[d.month - 1]} {d.year}"


def nl_long(d: datetime.date) -> str:
    return f"{d.day} {_NL[d.month - 1]} {d.year}"


def de_long(d: datetime.date) -> str:
    return f"{d.day}. {_DE[d.month - 1]} {d.year}"


def tr_long(d: datetime.date) -> str:
    return f"{d.day} {_TR[d.month - 1]} {d.year}"


def long_in(d: datetime.date, lang: str) -> str:
    return {"nl": nl_long, "fr": fr_long, "de": de_long, "en": en_long, "tr": tr_long}.get(lang, en_long)(d)


def roman_date(d: datetime.date) -> str:
    """'14.III.1987' (a date form some registrars and doctors keep)."""
    return f"{d.day}.{_ROM[d.month - 1]}.{d.year}"


_U20 = [
    "zéro",
    "un",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "onze",
    "douze",
    "treize",
    "quatorze",
    "quinze",
    "seize",
    "dix-sept",
    "dix-huit",
    "dix-neuf",
]
_TENS = {20: "vingt", 30: "trente", 40: "quarante", 50: "cinquante", 60: "soixante"}


def num_fr(n: int) -> str:
    if n < 20:
        return _U20[n]
    if n < 70:
        t, u = (n // 10) * 10, n % 10
        return _TENS[t] + ("" if u == 0 else ("-et-un" if u == 1 else "-" + _U20[u]))
    if n < 80:
        return "soixante" + ("-et-onze" if n == 71 else "-" + _U20[n - 60])
    if n < 100:
        return "quatre-vingt" + ("s" if n == 80 else "-" + _U20[n - 80])
    if n < 1000:
        h, r = n // 100, n % 100
        head = "cent" if h == 1 else _U20[h] + " cent" + ("s" if r == 0 else "")
        return head + ("" if r == 0 else " " + num_fr(r))
    th, r = n // 1000, n % 1000
    head = "mille" if th == 1 else num_fr(th) + " mille"
    if th == 1 and n < 2000:
        head = "mil"
    return head + ("" if r == 0 else " " + num_fr(r))


def fr_words(d: datetime.date) -> str:
    """'le quatorze mars mil neuf cent quatre-vingt-sept'."""
    return f"le {'premier' if d.day == 1 else num_fr(d.day)} {_FR[d.month - 1]} {num_fr(d.year)}"


# --------------------------------------------------------------------------- this part's copy habits


def dog_ear(img: Image.Image, rng: random.Random, *, corner: str = "tr", size: float = 0.075) -> Image.Image:
    """A corner folded over before the page went on the glass: the paper's back shows as a grey triangle, the
    part of the glass it uncovered prints as the lid's white, and a soft shadow runs along the fold."""
    out = img.convert("RGB").copy()
    W, H = out.size
    s = int(min(W, H) * size * rng.uniform(0.85, 1.15))
    if corner == "tr":
        c, a, b = (W - 1, 0), (W - 1 - s, 0), (W - 1, s)
    elif corner == "tl":
        c, a, b = (0, 0), (s, 0), (0, s)
    elif corner == "br":
        c, a, b = (W - 1, H - 1), (W - 1 - s, H - 1), (W - 1, H - 1 - s)
    else:
        c, a, b = (0, H - 1), (s, H - 1), (0, H - 1 - s)
    d = ImageDraw.Draw(out)
    d.polygon([c, a, b], fill=(252, 252, 252))
    # the folded flap lies mirrored over the fold line a-b
    mx, my = (a[0] + b[0]) / 2, (a[1] + b[1]) / 2
    flap = [a, b, (2 * mx - c[0], 2 * my - c[1])]
    sh = Image.new("L", (W, H), 0)
    ImageDraw.Draw(sh).polygon(flap, fill=120)
    sh = sh.filter(ImageFilter.GaussianBlur(max(2, s // 18)))
    out = Image.composite(Image.new("RGB", (W, H), (120, 120, 118)), out, sh.point(lambda v: v // 3))
    d = ImageDraw.Draw(out)
    d.polygon(flap, fill=(226, 224, 218))
    d.line([a, b], fill=(170, 170, 166), width=max(1, W // 900))
    return out


def thumb_smudge(
    img: Image.Image, rng: random.Random, *, where: tuple[float, float] | None = None
) -> Image.Image:
    """A grey thumbprint of loose toner in a margin: concentric broken ridges in a small oval."""
    out = img.convert("RGB").copy()
    W, H = out.size
    cx, cy = where or (rng.uniform(0.06, 0.12), rng.uniform(0.55, 0.9))
    cx, cy = cx * W, cy * H
    rx, ry = W * 0.022, W * 0.03
    m = Image.new("L", (W, H), 0)
    d = ImageDraw.Draw(m)
    k = 0
    r = 1.0
    while r > 0.08:
        a0 = rng.uniform(0, 360)
        for seg in range(5):
            st = a0 + seg * 72 + rng.uniform(0, 20)
            d.arc(
                [cx - rx * r, cy - ry * r, cx + rx * r, cy + ry * r],
                st,
                st + rng.uniform(30, 58),
                fill=rng.randint(90, 150),
                width=max(1, W // 1100),
            )
        r -= 0.085
        k += 1
    m = m.filter(ImageFilter.GaussianBlur(max(1, W // 1600)))
    return Image.composite(Image.new("RGB", (W, H), (110, 110, 112)), out, m)


def binder_clip(img: Image.Image, rng: random.Random, *, x: float | None = None) -> Image.Image:
    """A black binder clip left on the top edge: its jaw as a dark band with a soft shadow and the wire handle's
    two grey lines above the page edge."""
    out = img.convert("RGB").copy()
    W, H = out.size
    cx = (x if x is not None else rng.uniform(0.4, 0.6)) * W
    w, h = W * 0.13, H * 0.022
    sh = Image.new("L", (W, H), 0)
    ImageDraw.Draw(sh).rectangle([cx - w / 2 + W * 0.004, 0, cx + w / 2 + W * 0.006, h + H * 0.008], fill=150)
    sh = sh.filter(ImageFilter.GaussianBlur(W / 250))
    out = Image.composite(Image.new("RGB", (W, H), (70, 70, 72)), out, sh.point(lambda v: v // 2))
    d = ImageDraw.Draw(out)
    d.rectangle([cx - w / 2, 0, cx + w / 2, h], fill=(26, 26, 28))
    d.line(
        [(cx - w / 2 + W * 0.01, h * 0.5), (cx + w / 2 - W * 0.01, h * 0.5)],
        fill=(90, 90, 94),
        width=max(1, W // 700),
    )
    return out


def generation_copy(img: Image.Image, rng: random.Random, *, strength: float = 1.0) -> Image.Image:
    """A copy of a copy: the strokes thickened and darkened, the greys pushed towards black or white, a faint grey
    background of loose toner with specks, and the first copy's page edge showing as a thin grey line."""
    g = img.convert("L")
    g = g.filter(ImageFilter.MinFilter(3)) if strength > 0.6 else g
    g = g.filter(ImageFilter.GaussianBlur(0.8))
    g = g.point(lambda v: 0 if v < 95 else (255 if v > 205 else int((v - 95) * 255 / 110)))
    W, H = g.size
    bg = _noise(rng, (max(2, W // 5), max(2, H // 5)), 18).resize((W, H), Image.BILINEAR)
    bg = bg.point(lambda v: min(255, 228 + v // 6))
    g = ImageChops.multiply(g, bg)
    d = ImageDraw.Draw(g)
    for _ in range(int(W * H / 14000 * strength)):
        x, y = rng.uniform(0, W), rng.uniform(0, H)
        r = rng.choice([0.6, 0.9, 1.3])
        d.ellipse([x - r, y - r, x + r, y + r], fill=rng.randint(60, 140))
    e = int(W * rng.uniform(0.012, 0.03))
    d.line([(e, 0), (e + rng.randint(-3, 3), H)], fill=150, width=max(1, W // 800))
    return g.convert("RGB")


def light_leak(
    img: Image.Image, rng: random.Random, *, side: str = "right", reach: float = 0.12
) -> Image.Image:
    """The copier's lid not shut on a thick booklet: room light washes one edge pale, fading inward."""
    out = img.convert("RGB")
    W, H = out.size
    g = Image.linear_gradient("L")
    if side == "right":
        g = g.rotate(90, expand=True).transpose(Image.FLIP_LEFT_RIGHT)
    elif side == "left":
        g = g.rotate(90, expand=True)
    elif side == "bottom":
        g = g.transpose(Image.FLIP_TOP_BOTTOM)
    g = g.resize((W, H))
    lim = 255 * (1 - reach)
    m = g.point(lambda v: 0 if v < lim else int((v - lim) / (255 - lim) * 170))
    return Image.composite(Image.new("RGB", (W, H), (250, 250, 246)), out, m)


def halftone(img: Image.Image, *, cell: int = 5, lo: int = 70, hi: int = 225) -> Image.Image:
    """A copier in 'photo' mode: mid-tones broken into a regular dot screen (text stays solid)."""
    g = img.convert("L")
    W, H = g.size
    tile = Image.new("L", (cell, cell))
    c = (cell - 1) / 2
    tile.putdata(
        [
            int(255 * min(1.0, math.hypot(x - c, y - c) / (c * 1.42 + 1e-6)))
            for y in range(cell)
            for x in range(cell)
        ]
    )
    row = Image.new("L", (W, cell))
    for x in range(0, W, cell):
        row.paste(tile, (x, 0))
    thr = Image.new("L", (W, H))
    for y in range(0, H, cell):
        thr.paste(row, (0, y))
    dots = ImageChops.subtract(g, thr).point(lambda v: 255 if v > 0 else 0)
    mid = g.point(lambda v: 255 if lo < v < hi else 0)
    return Image.composite(dots, g, mid).convert("RGB")


def colour_cast(img: Image.Image, cast=(226, 238, 250)) -> Image.Image:
    """A colour copier out of adjustment: a cool (or warm) cast over the whole page and slightly lifted blacks."""
    out = ImageChops.multiply(img.convert("RGB"), Image.new("RGB", img.size, cast))
    return out.point(lambda v: int(18 + v * 0.93))


def desk_photo(sub: Sheet, rng: random.Random, *, dpi: int = 170, wood=(150, 104, 66)) -> Image.Image:
    """A phone photo of a page lying on a wooden desk: plank grain running across, the page a little turned and
    in perspective, the phone's shadow falling over one lower corner, warm indoor light falling off to the edges.
    Returned at A4 proportions (the messenger app's crop)."""
    page = sub.render(dpi)
    W, H = page.size
    ow, oh = int(W * 1.18), int(H * 1.18)
    base = Image.new("RGB", (ow, oh), wood)
    d = ImageDraw.Draw(base)
    y = 0
    while y < oh:
        ph = rng.randint(int(oh * 0.16), int(oh * 0.24))
        shade = rng.randint(-14, 14)
        d.rectangle([0, y, ow, y + ph], fill=tuple(max(0, min(255, c + shade)) for c in wood))
        for _ in range(rng.randint(10, 18)):
            yy = y + rng.uniform(0, ph)
            d.line(
                [(0, yy), (ow, yy + rng.uniform(-8, 8))],
                fill=tuple(max(0, c - rng.randint(10, 30)) for c in wood),
                width=rng.randint(1, 3),
            )
        d.line([(0, y + ph), (ow, y + ph)], fill=tuple(max(0, c - 55) for c in wood), width=3)
        y += ph
    ang = rng.uniform(-4, 4)
    pg = page.rotate(ang, expand=True, resample=Image.BICUBIC, fillcolor=(0, 0, 0))
    mask = Image.new("L", page.size, 255).rotate(ang, expand=True, fillcolor=0)
    px, py = (ow - pg.width) // 2 + rng.randint(-20, 20), (oh - pg.height) // 2 + rng.randint(-20, 20)
    shadow = Image.new("L", (ow, oh), 0)
    shadow.paste(mask, (px + 10, py + 14))
    shadow = shadow.filter(ImageFilter.GaussianBlur(12)).point(lambda v: int(v * 0.45))
    base = Image.composite(Image.new("RGB", (ow, oh), (40, 26, 16)), base, shadow)
    base.paste(pg, (px, py), mask)
    # the phone's shadow over a lower corner
    ps = Image.new("L", (ow, oh), 0)
    cx = ow * rng.choice([0.12, 0.88])
    ImageDraw.Draw(ps).ellipse([cx - ow * 0.3, oh * 0.78, cx + ow * 0.3, oh * 1.3], fill=110)
    ps = ps.filter(ImageFilter.GaussianBlur(ow / 18))
    base = Image.composite(Image.new("RGB", (ow, oh), (30, 24, 20)), base, ps)
    grad = Image.radial_gradient("L").resize((ow, oh)).point(lambda v: 255 - v // 4)
    base = Image.merge("RGB", [ImageChops.multiply(ch, grad) for ch in base.split()])
    base = ImageChops.multiply(base, Image.new("RGB", (ow, oh), (255, 244, 226)))
    crop_h = int(ow * 297 / 210)
    top = max(0, (oh - crop_h) // 2)
    return base.crop((0, top, ow, top + min(oh, crop_h))).resize((W, int(W * 297 / 210)), Image.BILINEAR)


def hand_tick(sh: Sheet, x: float, y: float, rng: random.Random, *, color=INK, size: float = 4.0) -> None:
    """A ballpoint tick ✓ drawn in the margin beside something checked."""
    k = 12
    n = int(size * k)
    im = Image.new("RGBA", (n, n), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    j = lambda: rng.uniform(-0.05, 0.05) * n  # noqa: E731
    d.line(
        [(0.1 * n + j(), 0.55 * n + j()), (0.4 * n + j(), 0.88 * n + j()), (0.92 * n + j(), 0.1 * n + j())],
        fill=tuple(color) + (235,),
        width=max(2, n // 12),
        joint="curve",
    )
    sh.image(x, y, size, size, im, blend="multiply")


def _mrz(s: Sheet, x: float, y: float, lines: list[str], *, pitch: float = 5.0, size: float = OCR) -> None:
    for i, ln in enumerate(lines):
        s.text(x, y + i * pitch, ln, font="ocrb", size_pt=size, color=(16, 16, 18))


def _par(person, father, mother):
    return (father or person.father or "—"), (mother or person.mother or "—")


def rosette(
    w: float,
    h: float,
    rng: random.Random,
    *,
    bg=(240, 242, 236),
    ink=(206, 214, 196),
    n: int = 16,
    k: float = 8.0,
) -> Image.Image:
    """A security background of concentric wavy rings round a point off-centre."""
    W, H = int(w * k), int(h * k)
    im = Image.new("RGB", (W, H), bg)
    d = ImageDraw.Draw(im)
    cx, cy = W * rng.uniform(0.55, 0.75), H * rng.uniform(0.35, 0.6)
    waves = rng.randint(14, 22)
    for i in range(1, n + 1):
        r0 = i * max(W, H) / n * 0.9
        pts = []
        for t in range(0, 361, 3):
            a = math.radians(t)
            rr = r0 * (1 + 0.035 * math.sin(waves * a + i))
            pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
        d.line(pts, fill=ink, width=1)
    return im


def emblem(sh: Sheet, x: float, y: float, d: float, col, *, kind: str = "star") -> None:
    """A small state emblem: a shield with a star, an eagle's outline or a crescent."""
    k = 12
    n = int(d * k)
    im = Image.new("RGBA", (n, n), (0, 0, 0, 0))
    dr = ImageDraw.Draw(im)
    c4 = tuple(col) + (255,)
    w = max(2, n // 22)
    dr.polygon(
        [
            (n * 0.18, n * 0.12),
            (n * 0.82, n * 0.12),
            (n * 0.82, n * 0.55),
            (n * 0.5, n * 0.92),
            (n * 0.18, n * 0.55),
        ],
        outline=c4,
        width=w,
    )
    c = n / 2
    if kind == "star":
        pts = []
        for i in range(10):
            a = -math.pi / 2 + i * math.pi / 5
            r = n * (0.2 if i % 2 == 0 else 0.08)
            pts.append((c + r * math.cos(a), n * 0.44 + r * math.sin(a)))
        dr.polygon(pts, fill=c4)
    elif kind == "eagle":
        dr.line([(n * 0.28, n * 0.3), (c, n * 0.46), (n * 0.72, n * 0.3)], fill=c4, width=w)
        dr.ellipse([c - n * 0.06, n * 0.22, c + n * 0.06, n * 0.34], outline=c4, width=w)
        dr.line([(c, n * 0.46), (c, n * 0.7)], fill=c4, width=w)
    else:
        dr.ellipse([c - n * 0.2, n * 0.26, c + n * 0.2, n * 0.66], fill=c4)
        dr.ellipse([c - n * 0.1, n * 0.24, c + n * 0.26, n * 0.62], fill=(0, 0, 0, 0))
    sh.image(x, y, d, d, im)


# --------------------------------------------------------------------------- passports

_PP = {
    "CAF": dict(
        state="RÉPUBLIQUE CENTRAFRICAINE",
        title="PASSEPORT · PASSPORT",
        col=(24, 60, 140),
        tint=(236, 240, 248),
        ink=(24, 50, 110),
        nat="CENTRAFRICAINE",
        years=5,
        emb="star",
        auth="MIN. SÉCURITÉ PUBLIQUE BANGUI",
        font=NSANS,
        font_b=NSANS_B,
        num=lambda r: "O" + _digits(r, 8),
        caps=[
            "Type / Type",
            "Code / Code",
            "N° / No.",
            "Nom / Surname",
            "Prénoms / Given names",
            "Nationalité / Nationality",
            "Date de naissance / Date of birth",
            "Sexe / Sex",
            "Lieu de naissance / Place of birth",
            "Délivré le / Date of issue",
            "Expire le / Date of expiry",
            "Autorité / Authority",
        ],
        df=lambda d: f"{d.day:02d} {_FR3[d.month - 1]}/{_MON3[d.month - 1]} {d.year}",
    ),
    "ZMB": dict(
        state="REPUBLIC OF ZAMBIA",
        title="PASSPORT",
        col=(20, 120, 60),
        tint=(236, 246, 238),
        ink=(20, 86, 44),
        nat="ZAMBIAN",
        years=10,
        emb="eagle",
        auth="DNRPC LUSAKA",
        font=CARL,
        font_b=CARL_B,
        num=lambda r: "ZN" + _digits(r, 6),
        caps=[
            "Type",
            "Code of State",
            "Passport No.",
            "Surname",
            "Given names",
            "Nationality",
            "Date of birth",
            "Sex",
            "Place of birth",
            "Date of issue",
            "Date of expiry",
            "Authority",
        ],
        df=lambda d: f"{d.day:02d} {_MON3[d.month - 1]} {d.year}",
    ),
    "TUR": dict(
        state="TÜRKİYE CUMHURİYETİ",
        title="PASAPORT · PASSPORT",
        col=(150, 24, 36),
        tint=(246, 238, 238),
        ink=(110, 20, 30),
        nat="T.C.",
        years=10,
        emb="crescent",
        auth="NÜFUS VE VATANDAŞLIK İŞL. GN. MD.",
        font=DSCN,
        font_b=DSCN_B,
        num=lambda r: "U" + _digits(r, 8),
        caps=[
            "Tipi / Type",
            "Ülke kodu / Code",
            "Pasaport No",
            "Soyadı / Surname",
            "Adı / Given names",
            "Uyruğu / Nationality",
            "Doğum tarihi / Date of birth",
            "Cinsiyeti / Sex",
            "Doğum yeri / Place of birth",
            "Veriliş tarihi / Date of issue",
            "Geçerlilik tarihi / Date of expiry",
            "Makam / Authority",
        ],
        df=lambda d: d.strftime("%d.%m.%Y"),
    ),
    "SUR": dict(
        state="REPUBLIEK SURINAME",
        title="PASPOORT · PASSPORT",
        col=(20, 104, 60),
        tint=(240, 246, 238),
        ink=(20, 76, 44),
        nat="SURINAAMSE",
        years=10,
        emb="star",
        auth="CBB PARAMARIBO",
        font=LNAR,
        font_b=LNAR_B,
        num=lambda r: "P" + _digits(r, 7),
        caps=[
            "Type",
            "Code",
            "Paspoortnr. / Passport No.",
            "Naam / Surname",
            "Voornamen / Given names",
            "Nationaliteit / Nationality",
            "Geboortedatum / Date of birth",
            "Geslacht / Sex",
            "Geboorteplaats / Place of birth",
            "Afgifte / Date of issue",
            "Geldig tot / Date of expiry",
            "Instantie / Authority",
        ],
        df=lambda d: f"{d.day:02d} {_NL3[d.month - 1]}/{_MON3[d.month - 1]} {d.year}",
    ),
}


def _pp_page(code: str, person, rng: random.Random, number: str, issue, expiry, lines) -> Sheet:
    """This part's data page: a thin coloured line right across the top, the state's name at the left and the
    document's title at the right on one line under it; the photo at the LEFT with the holder's signature in a
    strip under it; the data as rows with the caption right-aligned in a narrow caption column and the value after
    a vertical hairline; a faded ghost portrait at the lower right; a rosette background; the MRZ at the foot."""
    cfg = _PP[code]
    f, fb = cfg["font"], cfg["font_b"]
    s = Sheet(125, 88)
    s.image(
        0, 0, 125, 64, rosette(125, 64, rng, bg=cfg["tint"], ink=tuple(max(0, v - 20) for v in cfg["tint"]))
    )
    s.rect(0, 0, 125, 1.6, width_mm=0, fill=cfg["col"])
    emblem(s, 2.2, 2.4, 7.5, cfg["col"], kind=cfg["emb"])
    st = glyphs(cfg["state"], fb)
    s.text(11, 3.4, st, font=fb, size_pt=fit(st, fb, 7.6, 62), color=cfg["ink"])
    tt = glyphs(cfg["title"], f)
    s.text(122, 3.6, tt, font=f, size_pt=fit(tt, f, 6.2, 50), color=cfg["ink"], anchor="right")
    s.photo(3.5, 12, 28, 36, rng)
    s.rect(3.5, 49.5, 28, 8, width_mm=0.12, color=(150, 150, 150), fill=(250, 250, 248))
    s.signature(5, 50, 24, 7, rng, color=(28, 28, 34))
    ghost = make_photo(14, 18, rng).convert("L").convert("RGB")
    ghost = Image.blend(ghost, Image.new("RGB", ghost.size, cfg["tint"]), 0.72)
    s.image(108, 42, 14, 18, ghost)
    vals = [
        f"P   {code}   {number}",
        person.surname.upper(),
        person.given_names.upper(),
        cfg["nat"],
        cfg["df"](person.birth_date),
        person.sex,
        strip_accents(person.birth_place).upper(),
        cfg["df"](issue),
        cfg["df"](expiry),
        cfg["auth"],
    ]
    caps = [" · ".join(cfg["caps"][i].split(" / ")[-1:]) for i in range(12)]
    capl = [f"{cfg['caps'][0].split(' / ')[-1]} · {cfg['caps'][1].split(' / ')[-1]} · {caps[2]}"] + [
        cfg["caps"][i] for i in (3, 4, 5, 6, 7, 8, 9, 10, 11)
    ]
    fi = {NSANS: NSANS_I, CARL: CARL_I, LNAR: LNAR_I}.get(f, f)
    y = 12.6
    for cap, v in zip(capl, vals):
        cc = glyphs(cap, fi)
        s.text(61, y + 0.9, cc, font=fi, size_pt=fit(cc, fi, 3.4, 26), color=cfg["ink"], anchor="right")
        vv = glyphs(v, fb)
        s.text(64, y, vv, font=fb, size_pt=fit(vv, fb, 6.8, 56 if y > 40 else 43))
        y += 5.0
    s.rule(62.5, 12, 62.5, 62, width_mm=0.12, color=cfg["ink"])
    s.rect(0, 64, 125, 24, width_mm=0, fill=(252, 252, 250))
    _mrz(s, 4.5, 70.5, lines, pitch=5.4)
    return s


def _visa_page(code: str, rng: random.Random) -> Sheet:
    """The (empty) visa page facing the data page, with its page number and faint printed pattern."""
    cfg = _PP[code]
    s = Sheet(125, 88)
    s.image(
        0,
        0,
        125,
        88,
        rosette(
            125,
            88,
            rng,
            bg=tuple(min(255, v + 5) for v in cfg["tint"]),
            ink=tuple(max(0, v - 12) for v in cfg["tint"]),
            n=10,
        ),
    )
    s.text(
        62.5,
        4,
        {"CAF": "VISAS", "ZMB": "VISAS", "TUR": "VİZELER · VISAS", "SUR": "VISA"}[code],
        font=NSANS,
        size_pt=6,
        anchor="center",
        color=GREY,
    )
    s.text(120, 82, str(rng.randint(3, 9)), font=NSANS, size_pt=6, anchor="right", color=GREY)
    return s


def _pp_lines(code, person, rng, issue_date, expiry_date, break_check, mrz_override, number):
    cfg = _PP[code]
    issue, expiry = _dates(rng, issue_date, expiry_date, cfg["years"])
    number = number or cfg["num"](rng)
    md = _mrz_data(person, mrz_override)
    lines = M.td3(
        issuing=code,
        surname=md["surname"],
        given=md["given_names"],
        number=md.get("number", number[-9:]),
        nationality=md["nationality"],
        birth_date=md["birth_date"],
        sex=md["sex"],
        expiry=expiry,
        break_check=break_check,
    )
    return issue, expiry, number, lines


def _passport(code: str, habit: str):
    def make(
        person,
        rng,
        *,
        issue_date=None,
        expiry_date=None,
        break_check=None,
        mrz_override=None,
        crop=False,
        number=None,
        annotate=None,
        **opts,
    ):
        issue, expiry, number, lines = _pp_lines(
            code, person, rng, issue_date, expiry_date, break_check, mrz_override, number
        )
        page = _pp_page(code, person, rng, number, issue, expiry, lines)
        if crop:
            return [page]
        sh = Sheet()
        if habit == "spread":
            # the open booklet laid lengthwise: the visa page above, the data page below, at 110 %; the page's
            # top right corner dog-eared on the glass and a toner thumbprint in the left margin
            k = 1.1
            x0 = (210 - 125 * k) / 2
            paste(sh, _visa_page(code, rng), x0, 30, k=k, dpi=200)
            paste(sh, page, x0, 30 + 88 * k, k=k, dpi=300)
            sh.rule(x0, 30 + 88 * k, x0 + 125 * k, 30 + 88 * k, width_mm=0.5, color=(140, 140, 146))
            if annotate:
                sh.handwriting(x0, 40 + 176 * k, annotate, rng, size_pt=12, font=DKG)
            img = dog_ear(sh.render(200), rng, corner="tr")
            return [sheet_of(thumb_smudge(img, rng))]
        if habit == "desk":
            # the client photographed the data page with the phone on a wooden desk; the lawyer's assistant
            # printed the photo on A4
            sub = Sheet(150, 212)
            sub.rect(0, 0, 150, 212, width_mm=0, fill=(236, 232, 226))
            paste(sub, _visa_page(code, rng), 12.5, 14, dpi=180)
            paste(sub, page, 12.5, 104, dpi=300)
            sub.rule(12.5, 104, 137.5, 104, width_mm=0.6, color=(150, 146, 140))
            img = desk_photo(sub, rng, dpi=190)
            out = Sheet()
            w = 184
            out.image(13, 16, w, w * img.height / img.width, img)
            if annotate:
                out.handwriting(14, 282, annotate, rng, size_pt=12, font=DKG)
            return [out]
        if habit == "second":
            # a copy made from the client's own earlier photocopy: the data page at actual size near the top,
            # strokes thickened, loose toner, the first copy's edge; light leaking in at the right edge
            paste(sh, page, 24, 26, dpi=300)
            if annotate:
                sh.handwriting(24, 124, annotate, rng, size_pt=12, font=DKG)
            img = generation_copy(sh.render(200), rng)
            return [sheet_of(light_leak(img, rng, side="right", reach=0.1))]
        # "screen": the copier left in photo mode (a dot screen over the greys), a binder clip on the top edge
        paste(sh, page, 42.5, 48, dpi=300)
        sh.text(42.5, 40, "Kopie paspoort / copy passport", font=CARL_I, size_pt=9, color=GREY)
        if annotate:
            sh.handwriting(42.5, 146, annotate, rng, size_pt=12, font=DKG)
        img = halftone(sh.render(200))
        return [sheet_of(binder_clip(img, rng))]

    return make


for _code, _habit, _lang, _note in (
    (
        "CAF",
        "spread",
        "fr/en",
        "Central African passport: the open booklet lengthwise, visa page above, a dog-eared "
        "corner and a toner thumbprint",
    ),
    ("ZMB", "desk", "en", "Zambian passport photographed by the client on a wooden desk, printed on A4"),
    (
        "TUR",
        "second",
        "tr/en",
        "Turkish passport copied from an earlier photocopy, light leaking in at one edge",
    ),
    (
        "SUR",
        "screen",
        "nl/en",
        "Surinamese passport copied in the copier's photo mode (dot screen), binder clip",
    ),
):
    _register(
        f"passport-td3-{_code.lower()}-fotolinks-bijschriftkolom-haarlijn-{_habit}-36",
        "identity-document",
        PART,
        _lang,
        _passport(_code, _habit),
        country=_code,
        mrz="TD3",
        photo=True,
        notes=_note + "; captions right-aligned in a column before a hairline, photo at the left",
    )


# --------------------------------------------------------------------------- Central African identity card (TD1)


def idcard_caf(
    person,
    rng,
    *,
    issue_date=None,
    expiry_date=None,
    break_check=None,
    mrz_override=None,
    crop=False,
    annotate=None,
    **opts,
):
    """The Central African Republic's biometric identity card: the front in a blue-to-green tint with the flag's
    four stripes and red band as a small square at the upper left, the photo at the RIGHT, the holder's data in
    French on label lines at the left; the back with the address (quartier, arrondissement), the issuing office,
    the holder's fingerprint box and the three MRZ lines.  The clerk laid the card sideways: both sides are turned a
    quarter turn and copied side by side in the upper half of the sheet, 'R°' and 'V°' written beside them."""
    issue, expiry = _dates(rng, issue_date, expiry_date, 10)
    number = f"CF{_digits(rng, 7)}"
    md = _mrz_data(person, mrz_override)
    lines = M.td1(
        issuing="CAF",
        surname=md["surname"],
        given=md["given_names"],
        number=md.get("number", number),
        nationality=md["nationality"],
        birth_date=md["birth_date"],
        sex=md["sex"],
        expiry=expiry,
        break_check=break_check,
    )
    f, fb = NSANS, NSANS_B
    fr = Sheet(85.6, 54)
    fr.image(0, 0, 85.6, 54, rosette(85.6, 54, rng, bg=(232, 240, 244), ink=(200, 218, 226), n=12))
    for i, col in enumerate(((0, 60, 160), (255, 255, 255), (0, 140, 70), (250, 210, 30))):
        fr.rect(2, 2 + i * 1.6, 10, 1.6, width_mm=0, fill=col)
    fr.rect(6.2, 2, 1.6, 6.4, width_mm=0, fill=(200, 30, 40))
    fr.text(14, 2, "RÉPUBLIQUE CENTRAFRICAINE", font=fb, size_pt=6.8, color=(0, 50, 130))
    fr.text(
        14, 5.2, "Unité – Dignité – Travail · CARTE NATIONALE D'IDENTITÉ", font=f, size_pt=3.9, color=GREY
    )
    fr.photo(61, 11, 21, 27, rng)
    rows = [
        ("Nom", person.surname.upper()),
        ("Prénoms", person.given_names.upper()),
        ("Né(e) le", person.birth_date.strftime("%d.%m.%Y")),
        ("à", strip_accents(person.birth_place).upper()),
        ("Sexe", person.sex),
        ("Nationalité", "CENTRAFRICAINE"),
        ("Valable jusqu'au", expiry.strftime("%d.%m.%Y")),
    ]
    y = 11
    for a, b in rows:
        fr.text(3, y + 0.6, a, font=f, size_pt=3.3, color=GREY)
        bb = glyphs(b, fb)
        fr.text(17, y, bb, font=fb, size_pt=fit(bb, fb, 5.8, 42))
        fr.rule(17, y + 3.2, 59, y + 3.2, width_mm=0.05, color=(170, 180, 190))
        y += 4.6
    fr.text(3, 46, f"N° {number}", font=fb, size_pt=6.2, color=(160, 30, 40))
    fr.signature(61, 40, 21, 8, rng, color=INK_K)
    bk = Sheet(85.6, 54)
    bk.rect(0, 0, 85.6, 54, width_mm=0, fill=(236, 242, 240))
    arr = rng.choice(["1er", "2e", "3e", "4e", "5e", "6e", "7e", "8e"])
    for i, (a, b) in enumerate(
        (
            (
                "Domicile",
                f"Quartier {rng.choice(['Boy-Rabe', 'Gobongo', 'Lakouanga', 'Sica 1', 'Ouango', 'Galabadja'])}, "
                f"{arr} arr., Bangui",
            ),
            ("Délivrée le", issue.strftime("%d.%m.%Y")),
            ("Autorité", "Direction des Titres Sécurisés – Bangui"),
        )
    ):
        bk.text(3, 2.5 + i * 6, a, font=f, size_pt=3.3, color=GREY)
        bb = glyphs(b, fb)
        bk.text(3, 4.0 + i * 6, bb, font=fb, size_pt=fit(bb, fb, 5.2, 58))
    bk.rect(66, 3, 16, 20, width_mm=0.2, color=(120, 120, 120))
    for k in range(7):
        bk.rule(68, 5 + k * 2.4, 80, 6 + k * 2.4, width_mm=0.15, color=(150, 150, 160))
    bk.text(74, 23.5, "empreinte", font=f, size_pt=3, anchor="center", color=GREY)
    _mrz(bk, 2.4, 31.5, lines, pitch=5.6, size=OCR * 0.98)
    if crop:
        return [fr, bk]
    sh = Sheet()
    for i, side in enumerate((fr, bk)):
        paste(sh, side, 30 + i * 84, 30, k=1.25, dpi=300, angle=-90)
        sh.handwriting(34 + i * 84, 142, "R°" if i == 0 else "V°", rng, size_pt=13, font=DKG, color=INK)
    if annotate:
        sh.handwriting(30, 160, annotate, rng, size_pt=12, font=DKG)
    return [sh]


_register(
    "idcard-td1-caf-cni-kwartslag-gedraaid-naast-elkaar-r-v-36",
    "identity-document",
    PART,
    "fr",
    idcard_caf,
    country="CAF",
    mrz="TD1",
    photo=True,
    notes="Central African identity card, both sides turned a quarter turn side by side, R°/V° by hand",
)


# --------------------------------------------------------------------------- Dutch residence document (TD1)


def permit_nl(
    person,
    rng,
    *,
    issue_date=None,
    expiry_date=None,
    break_check=None,
    mrz_override=None,
    crop=False,
    v_number=None,
    purpose=None,
    annotate=None,
    **opts,
):
    """The Dutch residence document copied twice on one sheet, the card turned over between the two: the front at
    the upper LEFT and the back at the lower RIGHT, at actual size, with a colour copier's cool cast over the page
    and the assistant's pencilled 'voor' / 'achter' beside them."""
    issue, expiry = _dates(rng, issue_date, expiry_date, 5)
    number = "".join(rng.choice("BCDFGHJKLMNPRSTVWXZ") for _ in range(2)) + _digits(rng, 7)
    vnr = v_number or ("3" + _digits(rng, 9))
    md = _mrz_data(person, mrz_override)
    lines = M.td1(
        issuing="NLD",
        surname=md["surname"],
        given=md["given_names"],
        number=md.get("number", number),
        nationality=md["nationality"],
        birth_date=md["birth_date"],
        sex=md["sex"],
        expiry=expiry,
        doc_code="IR",
        break_check=break_check,
    )
    f, fb = FSANS, FSANS_B
    fr = Sheet(85.6, 54)
    fr.image(0, 0, 85.6, 54, rosette(85.6, 54, rng, bg=(238, 238, 248), ink=(212, 212, 236), n=12))
    fr.text(3, 2, "KONINKRIJK DER NEDERLANDEN", font=fb, size_pt=5.6, color=(30, 50, 120))
    fr.text(3, 5, "VERBLIJFSDOCUMENT · RESIDENCE PERMIT", font=f, size_pt=4.6, color=(30, 50, 120))
    fr.photo(3, 10, 21, 27, rng)
    rows = [
        ("Naam / Surname", person.surname.upper()),
        ("Voornamen / Given names", person.given_names.upper()),
        ("Geboortedatum / Date of birth", person.birth_date.strftime("%d %m %Y")),
        ("Nationaliteit / Nationality", person.nationality),
        ("Geslacht / Sex", person.sex),
        ("Geldig tot / Date of expiry", expiry.strftime("%d %m %Y")),
        ("VNR", vnr),
    ]
    y = 10
    for a, b in rows:
        fr.text(27, y, a, font=f, size_pt=3.1, color=GREY)
        bb = glyphs(b, fb)
        fr.text(27, y + 1.3, bb, font=fb, size_pt=fit(bb, fb, 5.8, 56))
        y += 5.4
    fr.text(3, 44, number, font=fb, size_pt=5.6, color=(150, 40, 40))
    fr.signature(3, 46, 22, 6, rng, color=INK_K)
    bk = Sheet(85.6, 54)
    bk.rect(0, 0, 85.6, 54, width_mm=0, fill=(236, 238, 246))
    bk.text(3, 3, "Verblijfsdoel / Purpose", font=f, size_pt=3.2, color=GREY)
    for j, r_ in enumerate(wrap((purpose or "verblijf als familie- of gezinslid").upper(), 78, fb, 5.0)[:2]):
        bk.text(3, 4.6 + j * 2.8, r_, font=fb, size_pt=5.0)
    bk.text(3, 11.4, f"Datum afgifte {issue.strftime('%d %m %Y')} · Plaats IND", font=f, size_pt=4.0)
    bk.text(3, 14.6, "Arbeid vrij toegestaan. TWV niet vereist.", font=f, size_pt=3.9)
    _mrz(bk, 2.4, 31.5, lines, pitch=5.6, size=OCR * 0.98)
    if crop:
        return [fr, bk]
    sh = Sheet()
    paste(sh, fr, 18, 30, dpi=300)
    paste(sh, bk, 106, 150, dpi=300)
    sh.handwriting(20, 88, "voor", rng, size_pt=11, font=DKG, color=(110, 110, 116))
    sh.handwriting(108, 208, "achter", rng, size_pt=11, font=DKG, color=(110, 110, 116))
    if annotate:
        sh.handwriting(18, 240, annotate, rng, size_pt=12, font=DKG)
    return [sheet_of(colour_cast(sh.render(200), rng.choice([(226, 236, 250), (250, 240, 226)])))]


_register(
    "permit-nl-verblijfsdocument-voor-linksboven-achter-rechtsonder-potlood-kleurzweem-36",
    "identity-document",
    PART,
    "nl",
    permit_nl,
    country="NLD",
    mrz="TD1",
    photo=True,
    notes="Dutch residence card copied twice on one sheet, front upper left and back lower right, a colour cast",
)


# --------------------------------------------------------------------------- Zambian driving licence


def licence_zmb(person, rng, *, issue_date=None, expiry_date=None, crop=False, annotate=None, **opts):
    """Zambia's driving licence (Road Transport and Safety Agency): a credit-card licence with a green and copper
    band, the photo at the LEFT, surname, first names, date of birth, licence number, classes and validity; on the
    back the class table with the date of each.  No nationality and no place of birth on it.  Front and back copied
    one above the other at 140 % in the middle of the sheet."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(300, 2500))
    expiry = expiry_date or issue + datetime.timedelta(days=365 * 5)
    f, fb = CARL, CARL_B
    num = f"{_digits(rng, 6)}/{_digits(rng, 2)}/{rng.randint(1, 9)}"
    fr = Sheet(85.6, 54)
    fr.image(0, 0, 85.6, 54, rosette(85.6, 54, rng, bg=(238, 244, 236), ink=(210, 226, 206), n=11))
    fr.rect(0, 0, 85.6, 8, width_mm=0, fill=(20, 110, 60))
    fr.rect(0, 8, 85.6, 1.2, width_mm=0, fill=(190, 110, 50))
    fr.text(3, 1.5, "REPUBLIC OF ZAMBIA · DRIVING LICENCE", font=fb, size_pt=6.4, color=(255, 255, 255))
    fr.text(3, 4.8, "Road Transport and Safety Agency", font=f, size_pt=4.2, color=(230, 240, 230))
    fr.photo(3, 12, 20, 26, rng)
    rows = [
        ("1. Surname", person.surname.upper()),
        ("2. First names", person.given_names.upper()),
        ("3. Date of birth", person.birth_date.strftime("%d/%m/%Y")),
        ("4a. Issued", issue.strftime("%d/%m/%Y")),
        ("4b. Expires", expiry.strftime("%d/%m/%Y")),
        ("5. Licence No.", num),
        ("9. Classes", "B, C1"),
    ]
    y = 11.5
    for a, b in rows:
        fr.text(26, y, a, font=f, size_pt=3.4, color=GREY)
        bb = glyphs(b, fb)
        fr.text(45, y - 0.4, bb, font=fb, size_pt=fit(bb, fb, 5.6, 38))
        y += 4.7
    fr.signature(3, 41, 20, 7, rng, color=INK_K)
    bk = Sheet(85.6, 54)
    bk.rect(0, 0, 85.6, 54, width_mm=0, fill=(242, 244, 238))
    for j, t in enumerate(("9. Class", "10. From", "11. Until", "12. Restrictions")):
        bk.text(3 + j * 20, 3, t, font=fb, size_pt=3.8)
    for i, cls in enumerate(("A", "B", "C1", "C", "D")):
        yy = 8 + i * 6
        bk.rule(3, yy + 4.6, 82, yy + 4.6, width_mm=0.1, color=(170, 170, 170))
        bk.text(3, yy, cls, font=fb, size_pt=5)
        if cls in ("B", "C1"):
            bk.text(23, yy, issue.strftime("%d/%m/%y"), font=f, size_pt=5)
            bk.text(43, yy, expiry.strftime("%d/%m/%y"), font=f, size_pt=5)
    barcode(bk, 3, 40, 60, 8, num + person.surname)
    if crop:
        return [fr, bk]
    sh = Sheet()
    for i, side in enumerate((fr, bk)):
        paste(sh, side, 45, 40 + i * 82, k=1.4, dpi=280)
    if annotate:
        sh.handwriting(45, 250, annotate, rng, size_pt=12, font=DKG)
    return [sh]


_register(
    "licence-zmb-rtsa-kaart-groen-koper-voor-boven-achter-140-36",
    "driving-licence",
    PART,
    "en",
    licence_zmb,
    country="ZMB",
    photo=True,
    notes="Zambian driving licence, front above back enlarged to 140 %; no nationality, no place of birth",
)


# --------------------------------------------------------------------------- birth certificates

_CAF_ARR = ["1er", "2e", "3e", "4e", "5e", "6e", "7e", "8e"]


def birth_caf(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """The Central African Republic: a 'Copie intégrale d'acte de naissance' typed in Courier Prime as the act's
    PROSE on the town hall's pre-printed sheet: the state's heading centred, a left MARGIN column for the act's
    number, the child's name and the marginal notes, the act itself in one justified block with the dates written
    in words ('L'an mil neuf cent ..., le ...'), then 'Pour copie certifiée conforme'; the officer's signature at
    the END of the text at the right with the commune's round stamp pressed over the lower half of the signature;
    the stamp duty paid as a small box at the foot."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(30, 420))
    act = act_date or person.birth_date + datetime.timedelta(days=rng.randint(2, 30))
    fa, mo = _par(person, father, mother)
    place = person.birth_place
    arr = rng.choice(_CAF_ARR) if place == "Bangui" else None
    commune = f"Commune de Bangui – {arr} arrondissement" if arr else f"Commune de {place}"
    f, fb = CPR, CPR_B
    sh = Sheet()
    sh.text(105, 12, "RÉPUBLIQUE CENTRAFRICAINE", font=CSB_B, size_pt=11.5, anchor="center")
    sh.text(105, 17.5, "Unité – Dignité – Travail", font=CSB_I, size_pt=9, anchor="center")
    sh.text(105, 22.5, "MINISTÈRE DE L'ADMINISTRATION DU TERRITOIRE", font=CSB, size_pt=8.5, anchor="center")
    sh.text(105, 27, glyphs(commune.upper(), CSB), font=CSB, size_pt=8.5, anchor="center")
    sh.text(105, 36, "COPIE INTÉGRALE D'ACTE DE NAISSANCE", font=CSB_B, size_pt=14, anchor="center")
    sh.rule(14, 44, 196, 44, width_mm=0.4)
    sh.rule(56, 44, 56, 240, width_mm=0.3)
    no = f"N° {rng.randint(10, 2999)}"
    sh.text(16, 48, "Acte", font=CSB_I, size_pt=8.5, color=GREY)
    sh.text(16, 52, f"{no}/{act.year}", font=fb, size_pt=9.5)
    sh.text(16, 60, "Nom de l'enfant", font=CSB_I, size_pt=8.5, color=GREY)
    for j, r_ in enumerate(wrap(glyphs(f"{person.surname.upper()} {person.given_names}", f), 38, f, 9.5)[:3]):
        sh.text(16, 64 + j * 4.6, r_, font=fb, size_pt=9.5)
    sh.text(16, 84, "Mentions", font=CSB_I, size_pt=8.5, color=GREY)
    sh.text(16, 88, "néant", font=f, size_pt=9.5)
    e = "e" if person.sex == "F" else ""
    hour = rng.randint(6, 22)
    prof_f = rng.choice(
        ["cultivateur", "commerçant", "fonctionnaire", "chauffeur", "menuisier", "enseignant"]
    )
    prof_m = rng.choice(["ménagère", "commerçante", "couturière", "institutrice", "cultivatrice"])
    quart = rng.choice(["Boy-Rabe", "Gobongo", "Lakouanga", "Ouango", "Galabadja", "Miskine", "Fatima"])
    txt = (
        f"L'an {num_fr(act.year)}, le {'premier' if act.day == 1 else num_fr(act.day)} {_FR[act.month - 1]}, "
        f"à {num_fr(rng.randint(8, 15))} heures, par-devant Nous, Officier de l'état civil de la {commune}, "
        f"a comparu {fa}, {prof_f}, domicilié au quartier {quart}, lequel Nous a déclaré que "
        f"{fr_words(person.birth_date)}, à {num_fr(hour)} heures, est né{e} à {place}, un enfant de sexe "
        f"{'masculin' if person.sex == 'M' else 'féminin'}, auquel il a donné les prénoms de "
        f"{person.given_names}, sous le nom de {person.surname.upper()}, fils{'' if person.sex == 'M' else ' (fille)'} "
        f"de lui-même et de {mo}, {prof_m}, son épouse, domiciliés ensemble audit quartier. Lecture faite, le "
        f"déclarant a signé avec Nous le présent acte."
    )
    txt = txt.replace("fils (fille)", "fille")
    y = sh.paragraph(60, 48, 134, glyphs(txt, f), font=f, size_pt=9.6, leading=1.55, align="justify") + 6
    y = (
        sh.paragraph(
            60,
            y,
            134,
            glyphs(f"Pour copie certifiée conforme au registre, délivrée à {place}, le {fr_long(issue)}.", f),
            font=f,
            size_pt=9.6,
            leading=1.5,
        )
        + 4
    )
    sh.text(130, y, "L'Officier de l'état civil,", font=CSB_I, size_pt=9.5)
    sh.signature(134, y + 4, 46, 14, rng, color=INK)
    sh.stamp(
        138,
        y + 9,
        [glyphs(commune.upper(), NSANS_B)[:26], "ÉTAT CIVIL", "R.C.A."],
        rng,
        shape="round",
        size_mm=28,
        color=rng.choice([ST_VIOLET, ST_BLUE]),
        angle=rng.uniform(-16, 16),
    )
    sh.text(
        130, y + 34, rng.choice(["Gervais NGOÏPOU", "Solange MANDABA", "Crépin YANGONGO"]), font=fb, size_pt=9
    )
    sh.rule(14, 240, 196, 240, width_mm=0.4)
    sh.rect(14, 246, 52, 16, width_mm=0.3)
    sh.text(16, 248, "Droit de timbre perçu", font=CSB_I, size_pt=8)
    sh.text(
        16,
        253.5,
        f"{rng.choice([1000, 1500, 2000])} FCFA – Q. n° {rng.randint(1000, 9999)}",
        font=f,
        size_pt=8.5,
    )
    return [sh]


def birth_zmb(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Zambia: the Department of National Registration, Passport and Citizenship's computer-printed 'Certificate of
    Birth' on green security paper: the coat of arms at the top centre, 'Births and Deaths Registration Act,
    Chapter 51', the serial number in red at the upper right, the entries as two-column rows with the caption at the
    left in small capitals and the value in bold, the registrar's signature ABOVE the printed name and title at the
    lower right, a dry seal at the lower left; the copy's paper has yellowed."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(30, 500))
    act = act_date or person.birth_date + datetime.timedelta(days=rng.randint(5, 80))
    fa, mo = _par(person, father, mother)
    place = person.birth_place
    province = {
        "Lusaka": "Lusaka",
        "Ndola": "Copperbelt",
        "Kitwe": "Copperbelt",
        "Chingola": "Copperbelt",
        "Kabwe": "Central",
        "Livingstone": "Southern",
        "Choma": "Southern",
        "Kasama": "Northern",
        "Chipata": "Eastern",
        "Mongu": "Western",
        "Solwezi": "North-Western",
        "Mansa": "Luapula",
    }.get(place, "Lusaka")
    f, fb = BOOK, BOOK_B
    col = (30, 110, 70)
    sh = Sheet()
    sh.image(0, 0, 210, 297, rosette(210, 297, rng, bg=(240, 246, 238), ink=(222, 234, 220), n=26, k=3.0))
    emblem(sh, 97, 10, 16, col, kind="eagle")
    sh.text(105, 28, "REPUBLIC OF ZAMBIA", font=fb, size_pt=13, anchor="center", color=col)
    sh.text(
        105,
        34,
        "Department of National Registration, Passport and Citizenship",
        font=f,
        size_pt=9,
        anchor="center",
    )
    sh.text(
        105,
        39,
        "Births and Deaths Registration Act, Chapter 51 of the Laws of Zambia",
        font=BOOK_I,
        size_pt=8.5,
        anchor="center",
        color=GREY,
    )
    sh.text(105, 50, "CERTIFICATE OF BIRTH", font=fb, size_pt=17, anchor="center")
    sh.text(
        192,
        14,
        f"No. {rng.choice('ABCDE')}{_digits(rng, 6)}",
        font=NMONO_B,
        size_pt=11,
        anchor="right",
        color=(180, 30, 36),
    )
    rows = [
        ("ENTRY NO.", f"{rng.randint(100, 9999)}/{act.year}"),
        ("PROVINCE", province),
        ("DISTRICT", place),
        ("NAME OF CHILD", f"{person.given_names} {person.surname.upper()}"),
        ("SEX", "Male" if person.sex == "M" else "Female"),
        ("DATE OF BIRTH", en_long(person.birth_date)),
        ("PLACE OF BIRTH", f"{place}, Zambia"),
        ("NAME OF FATHER", fa),
        ("NATIONALITY OF FATHER", "Zambian"),
        ("NAME OF MOTHER", mo),
        ("NATIONALITY OF MOTHER", "Zambian"),
        ("DATE OF REGISTRATION", en_long(act)),
    ]
    y = 64
    for a, b in rows:
        sh.text(24, y + 0.6, a, font=f, size_pt=8.2, color=(60, 70, 60), letter_spacing=0.3)
        bb = glyphs(b, fb)
        sh.text(84, y, bb, font=fb, size_pt=fit(bb, fb, 10.5, 104))
        sh.rule(84, y + 5.6, 188, y + 5.6, width_mm=0.12, color=(150, 170, 150))
        y += 9.4
    y += 6
    y = (
        sh.paragraph(
            24,
            y,
            164,
            f"I certify that the above particulars are a true extract from the Register of Births "
            f"kept at {place}. Given under my hand on {en_ord(issue)}.",
            font=f,
            size_pt=10,
            leading=1.5,
        )
        + 14
    )
    sh.signature(128, y - 2, 48, 14, rng, color=INK)
    sh.rule(120, y + 13, 190, y + 13, width_mm=0.3)
    sh.text(
        155,
        y + 14.5,
        rng.choice(["M. K. Phiri", "J. C. Mwale", "E. N. Sakala"]),
        font=fb,
        size_pt=9.5,
        anchor="center",
    )
    sh.text(155, y + 19.5, "Registrar of Births and Deaths", font=BOOK_I, size_pt=8.8, anchor="center")
    seal_relief(sh, 36, y - 6, 30, rng)
    img = sh.render(200)
    img = ImageChops.multiply(img, Image.new("RGB", img.size, (248, 240, 214)))
    return [sheet_of(img)]


def birth_tur(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Türkiye: a hospital's 'Doğum Tutanağı' (birth report) on the ministry's pre-printed form: 'T.C. SAĞLIK
    BAKANLIĞI' and the hospital at the top, the form number in a box at the right, three framed sections
    (ANNE, BABA, ÇOCUK) with their fields typed in on a dot-matrix printer, the registration at the population
    office in a stamped box at the foot; Turkish only, signed by the physician and the registrar.  The copy lost
    some toner on its right edge."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(20, 300))
    act = act_date or person.birth_date + datetime.timedelta(days=rng.randint(2, 25))
    fa, mo = _par(person, father, mother)
    f, fb, fm = DSCN, DSCN_B, NMONO
    il = rng.choice(["ANKARA", "İSTANBUL", "İZMİR", "KAYSERİ", "SAMSUN", "ERZURUM", "MALATYA"])
    hosp = rng.choice(["Devlet Hastanesi", "Eğitim ve Araştırma Hastanesi", "Kadın Doğum ve Çocuk Hastanesi"])
    sh = Sheet()
    sh.text(20, 12, "T.C.", font=fb, size_pt=11)
    sh.text(20, 17.5, "SAĞLIK BAKANLIĞI", font=fb, size_pt=10)
    sh.text(20, 23, glyphs(f"{il.title()} {hosp}", f), font=f, size_pt=9.5)
    sh.rect(140, 10, 50, 16, width_mm=0.3)
    sh.text(142, 11.5, "Form No", font=f, size_pt=7.5, color=GREY)
    sh.text(142, 16, f"DT-{rng.randint(100000, 999999)}", font=fm, size_pt=10)
    sh.text(105, 34, "DOĞUM TUTANAĞI", font=fb, size_pt=16, anchor="center")
    secs = [
        (
            "ANNE",
            [
                ("Adı Soyadı", mo.upper()),
                ("Uyruğu", "T.C."),
                (
                    "Doğum Tarihi",
                    f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}."
                    f"{person.birth_date.year - rng.randint(19, 34)}",
                ),
            ],
        ),
        ("BABA", [("Adı Soyadı", fa.upper()), ("Uyruğu", "T.C.")]),
        (
            "ÇOCUK",
            [
                ("Adı", person.given_names.upper()),
                ("Soyadı", person.surname.upper()),
                ("Cinsiyeti", "ERKEK" if person.sex == "M" else "KIZ"),
                ("Doğum Yeri", person.birth_place.upper()),
                (
                    "Doğum Tarihi ve Saati",
                    f"{person.birth_date.strftime('%d.%m.%Y')}  "
                    f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}",
                ),
                ("Doğum Ağırlığı", f"{rng.randint(2600, 4100)} g"),
            ],
        ),
    ]
    y = 44
    for head, rows in secs:
        h = 8 + 8 * len(rows)
        sh.rect(20, y, 170, h, width_mm=0.35)
        sh.rect(20, y, 170, 7, width_mm=0, fill=(226, 226, 226))
        sh.text(23, y + 1.2, head, font=fb, size_pt=10)
        yy = y + 9
        for a, b in rows:
            sh.text(24, yy, glyphs(a, f), font=f, size_pt=9.5)
            sh.rule(80, yy + 5, 186, yy + 5, width_mm=0.12, color=(140, 140, 140), dash=0.4)
            sh.text(82, yy - 0.2, glyphs(b, fm), font=fm, size_pt=fit(glyphs(b, fm), fm, 10.5, 102))
            yy += 8
        y += h + 5
    sh.text(24, y, "Doğumu yaptıran hekim", font=f, size_pt=9)
    sh.signature(26, y + 4, 40, 12, rng, color=INK)
    sh.text(
        24, y + 18, rng.choice(["Dr. Selin ÖZKAN", "Dr. Hakan ERDEM", "Dr. Elif TUNÇ"]), font=f, size_pt=9
    )
    y += 30
    sh.rect(20, y, 170, 30, width_mm=0.35)
    sh.text(
        23,
        y + 2,
        glyphs(f"Nüfusa tescil edilmiştir. Tescil tarihi: {act.strftime('%d.%m.%Y')}", f),
        font=f,
        size_pt=9.5,
    )
    sh.text(
        23, y + 8, glyphs(f"Örnek düzenleme tarihi: {issue.strftime('%d.%m.%Y')}", f), font=f, size_pt=9.5
    )
    sh.stamp(
        120,
        y + 1,
        ["T.C. İÇİŞLERİ BAKANLIĞI", glyphs(il, NSANS_B), "NÜFUS MÜDÜRLÜĞÜ"],
        rng,
        shape="round",
        size_mm=27,
        color=ST_VIOLET,
        angle=rng.uniform(-12, 12),
    )
    sh.signature(150, y + 6, 34, 11, rng, color=INK)
    img = sh.render(200)
    return [sheet_of(light_leak(img, rng, side="right", reach=0.06))]


_BE_CITIES = {
    "Antwerpen": ("nl", "2000"),
    "Gent": ("nl", "9000"),
    "Brussel": ("nl", "1000"),
    "Bruxelles": ("fr", "1000"),
    "Schaerbeek": ("fr", "1030"),
    "Anderlecht": ("fr", "1070"),
    "Liège": ("fr", "4000"),
    "Charleroi": ("fr", "6000"),
    "Leuven": ("nl", "3000"),
    "Mechelen": ("nl", "2800"),
    "Sint-Jans-Molenbeek": ("nl", "1080"),
    "Molenbeek-Saint-Jean": ("fr", "1080"),
    "Namur": ("fr", "5000"),
    "Genk": ("nl", "3600"),
    "Oostende": ("nl", "8400"),
    "Borgerhout": ("nl", "2140"),
    "Schaarbeek": ("nl", "1030"),
    "Luik": ("nl", "4000"),
    "Namen": ("nl", "5000"),
    "Mons": ("fr", "7000"),
    "Hasselt": ("nl", "3500"),
    "Kortrijk": ("nl", "8500"),
    "Aalst": ("nl", "9300"),
}
_BEL = {
    "nl": dict(
        tb="UITTREKSEL UIT DE AKTE VAN GEBOORTE",
        tm="UITTREKSEL UIT DE AKTE VAN HUWELIJK",
        head="Dienst Burgerlijke Stand",
        city="Gemeente",
        act="Akte nr.",
        nm="Naam",
        gv="Voornamen",
        sx="Geslacht",
        bd="Geboren op",
        bp="te",
        p1="Ouder",
        p2="Ouder",
        m="mannelijk",
        f="vrouwelijk",
        s1="Eerste echtgeno(o)t(e)",
        s2="Tweede echtgeno(o)t(e)",
        md="Huwelijk voltrokken op",
        mp="te",
        off="De ambtenaar van de burgerlijke stand",
        deleg="bij delegatie",
        when="Afgeleverd te {c} op {d}",
        why="Afgegeven voor: administratieve doeleinden",
    ),
    "fr": dict(
        tb="EXTRAIT D'ACTE DE NAISSANCE",
        tm="EXTRAIT D'ACTE DE MARIAGE",
        head="Service de l'État civil",
        city="Commune",
        act="Acte n°",
        nm="Nom",
        gv="Prénoms",
        sx="Sexe",
        bd="Né(e) le",
        bp="à",
        p1="Parent",
        p2="Parent",
        m="masculin",
        f="féminin",
        s1="Premier conjoint",
        s2="Second conjoint",
        md="Mariage célébré le",
        mp="à",
        off="L'Officier de l'état civil",
        deleg="par délégation",
        when="Délivré à {c} le {d}",
        why="Délivré pour : usage administratif",
    ),
}


def _be_extract(kind: str):
    def make(
        person,
        rng,
        *,
        issue_date=None,
        act_date=None,
        father=None,
        mother=None,
        spouse=None,
        marriage_date=None,
        **opts,
    ):
        """A Belgian commune's extract of a civil-status act typed by the counter clerk on the commune's form:
        the commune's name and arms at the upper LEFT in C059, the act number in the right margin, each entry on
        a line with the caption in italics and the value after dotted leaders; the officer's wet signature at
        the RIGHT under 'by delegation', the commune's round stamp half over it, the fee line 'gratis' at the
        foot.  The commune is the place where the act was drawn up (the place of birth, or the place of the
        wedding)."""
        if kind == "birth":
            city = person.birth_place if person.birth_place in _BE_CITIES else "Gent"
        else:
            a = getattr(person, "address", None)
            city = (
                a.city
                if a is not None and a.city in _BE_CITIES
                else rng.choice(["Antwerpen", "Liège", "Schaerbeek", "Leuven"])
            )
        lang, pc = _BE_CITIES[city]
        L = _BEL[lang]
        issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(20, 300))
        f, fb, fi = CSB, CSB_B, CSB_I
        sh = Sheet()
        emblem(sh, 20, 12, 13, (60, 60, 70), kind="star")
        sh.text(36, 13, f"{L['city'].upper()} {city.upper()}", font=fb, size_pt=12)
        sh.text(36, 19, L["head"], font=fi, size_pt=9.5)
        sh.text(36, 23.5, f"{pc} {city}", font=f, size_pt=9, color=GREY)
        act_year = (act_date or issue).year if kind == "birth" else (marriage_date or issue).year
        sh.text(192, 40, f"{L['act']} {rng.randint(1, 3999)}", font=fb, size_pt=10, anchor="right")
        sh.text(192, 45, f"{act_year}", font=f, size_pt=10, anchor="right")
        sh.text(24, 40, L["tb"] if kind == "birth" else L["tm"], font=fb, size_pt=13)
        sh.rule(24, 47, 150, 47, width_mm=0.3)
        y = 58

        def row(a, b, x=24, w=166):
            nonlocal y
            aw = sh.text(x, y, a, font=fi, size_pt=10.5)
            bb = glyphs(b, fb)
            bw = sh.text_width(bb, font=fb, size_pt=10.5)
            sh.rule(x + aw + 2, y + 4, x + w - bw - 3, y + 4, width_mm=0.15, color=(120, 120, 120), dash=0.35)
            sh.text(x + w, y, bb, font=fb, size_pt=fit(bb, fb, 10.5, w - aw - 10), anchor="right")
            y += 8

        if kind == "birth":
            fa, mo = _par(person, father, mother)
            row(L["nm"], person.surname.upper())
            row(L["gv"], person.given_names)
            row(L["sx"], L["m"] if person.sex == "M" else L["f"])
            row(L["bd"], long_in(person.birth_date, lang))
            row(L["bp"], person.birth_place)
            row(L["p1"], fa)
            row(L["p2"], mo)
        else:
            wed = marriage_date or TODAY - datetime.timedelta(days=rng.randint(400, 3000))
            for title, pp in ((L["s1"], person), (L["s2"], spouse)):
                if pp is None:
                    continue
                sh.text(24, y, title, font=fb, size_pt=10.5)
                y += 7
                row(L["nm"], pp.surname.upper(), x=30, w=160)
                row(L["gv"], pp.given_names, x=30, w=160)
                row(L["bd"], long_in(pp.birth_date, lang), x=30, w=160)
                row(L["bp"], pp.birth_place, x=30, w=160)
                y += 3
            row(L["md"], long_in(wed, lang))
            row(L["mp"], city)
        y += 10
        sh.text(24, y, L["when"].format(c=city, d=long_in(issue, lang)), font=f, size_pt=10.5)
        sh.text(24, y + 6, L["why"], font=fi, size_pt=9.5, color=GREY)
        y += 18
        sh.text(120, y, L["off"] + ",", font=f, size_pt=10)
        sh.text(120, y + 5, L["deleg"], font=fi, size_pt=9.5)
        sh.signature(124, y + 10, 46, 14, rng, color=rng.choice([INK, INK_K]))
        sh.stamp(
            112,
            y + 14,
            [
                f"{L['city'].upper()} {city.upper()}"[:24],
                "BURGERLIJKE STAND" if lang == "nl" else "ÉTAT CIVIL",
            ],
            rng,
            shape="round",
            size_mm=26,
            color=ST_BLUE,
            angle=rng.uniform(-10, 10),
        )
        sh.text(
            120,
            y + 28,
            rng.choice(["K. Wouters", "A. Lemaire", "S. El Ouali", "P. Janssens"]),
            font=fb,
            size_pt=9.5,
        )
        sh.text(
            24,
            282,
            "Gratis – art. 3 Bijlage Registratie" if lang == "nl" else "Gratuit",
            font=fi,
            size_pt=8,
            color=GREY,
        )
        return [sh]

    return make


for _fid, _code, _lang, _fn, _note in (
    (
        "birth-caf-copie-integrale-proza-courier-margekolom-stempel-over-handtekening-36",
        "CAF",
        "fr",
        birth_caf,
        "Central African full copy of a birth act typed as prose with the dates in words, a margin column, stamp over "
        "the signature at the end",
    ),
    (
        "birth-zmb-dnrpc-certificaat-groen-veiligheidspapier-rood-nummer-droogstempel-36",
        "ZMB",
        "en",
        birth_zmb,
        "Zambian certificate of birth on green security paper, captions in small capitals, signature above the name",
    ),
    (
        "birth-tur-dogum-tutanagi-ziekenhuisformulier-drie-kaders-36",
        "TUR",
        "tr",
        birth_tur,
        "Turkish hospital birth report on the ministry's form, three framed sections, registration box (Turkish only)",
    ),
    (
        "birth-be-uittreksel-loketbediende-stippellijnen-stempel-half-over-handtekening-36",
        "BEL",
        "nl/fr",
        _be_extract("birth"),
        "Belgian commune's extract of a birth act, captions and values on dotted leaders, wet "
        "signature with the stamp half over it",
    ),
):
    _register(_fid, "birth-certificate", PART, _lang, _fn, country=_code, notes=_note)

_register(
    "marriage-be-uittreksel-loketbediende-stippellijnen-echtgenoten-onder-elkaar-36",
    "marriage-certificate",
    PART,
    "nl/fr",
    _be_extract("marriage"),
    country="BEL",
    notes="Belgian commune's extract of a marriage act, the spouses one under the other, dotted leaders",
)


# --------------------------------------------------------------------------- marriage certificates


def marriage_caf(person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    """The Central African Republic: an 'Extrait d'acte de mariage' handwritten by the registrar in the Z003 pen on
    the printed form's ruled lines (printed captions: Nom et prénoms de l'époux / de l'épouse, nés le, à, domicile,
    date du mariage, option, régime), the option between monogamy and polygamy ticked; the officer's signature at
    the lower RIGHT over the stamp, the mayor's seal beside it."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(60, 500))
    wed = marriage_date or TODAY - datetime.timedelta(days=rng.randint(900, 4000))
    q = spouse
    husband, wife = (person, q) if person.sex == "M" else (q, person)
    place = (husband or person).birth_place
    f, fb = LSER, LSER_B
    ink = rng.choice([INK, INK_K])
    sh = Sheet()
    sh.text(105, 12, "RÉPUBLIQUE CENTRAFRICAINE", font=fb, size_pt=11.5, anchor="center")
    sh.text(105, 17.5, "Unité – Dignité – Travail", font=LSER_I, size_pt=9, anchor="center")
    sh.text(20, 26, "Préfecture / Commune :", font=f, size_pt=9.5)
    sh.handwriting(62, 24.5, glyphs(place, ZHAND), rng, size_pt=13, color=ink, font=ZHAND)
    sh.text(140, 26, "Acte n° :", font=f, size_pt=9.5)
    sh.handwriting(158, 24.5, f"{rng.randint(10, 899)}/{wed.year}", rng, size_pt=13, color=ink, font=ZHAND)
    sh.text(105, 38, "EXTRAIT D'ACTE DE MARIAGE", font=fb, size_pt=15, anchor="center")

    def line(y, cap, val):
        w = sh.text(20, y, cap, font=f, size_pt=9.8)
        sh.rule(22 + w, y + 4.6, 190, y + 4.6, width_mm=0.15, color=(120, 120, 120))
        if val:
            vv = glyphs(val, ZHAND)
            sh.handwriting(
                24 + w, y - 1.8, vv, rng, size_pt=fit(vv, ZHAND, 13, (164 - w) / 1.1), color=ink, font=ZHAND
            )

    y = 50
    for who, p in (("l'époux", husband), ("l'épouse", wife)):
        if p is None:
            continue
        line(y, f"Nom et prénoms de {who} :", f"{p.surname.upper()} {p.given_names}")
        line(y + 9, "Né(e) le :", p.birth_date.strftime("%d/%m/%Y"))
        line(y + 18, "à :", p.birth_place)
        line(y + 27, "Nationalité :", "centrafricaine")
        line(y + 36, "Fils / fille de :", p.father or "—")
        y += 50
    line(y, "Date du mariage :", fr_long(wed))
    line(y + 9, "Lieu :", f"Mairie de {place}")
    y += 22
    sh.text(20, y, "Option :", font=f, size_pt=9.8)
    for i, o in enumerate(("monogamie", "polygamie")):
        sh.checkbox(46 + i * 40, y + 0.4, 3.6, i == 0, rng=rng, ink=ink)
        sh.text(52 + i * 40, y, o, font=f, size_pt=9.8)
    line(y + 9, "Régime matrimonial :", "communauté de biens")
    y += 24
    sh.text(20, y, glyphs(f"Pour extrait conforme, délivré à {place} le", f), font=f, size_pt=9.8)
    sh.handwriting(104, y - 1.8, fr_long(issue), rng, size_pt=13, color=ink, font=ZHAND)
    y += 12
    sh.text(130, y, "L'Officier de l'état civil", font=LSER_I, size_pt=9.8)
    sh.stamp(
        120,
        y + 5,
        [glyphs(f"MAIRIE DE {place.upper()}", NSANS_B)[:24], "ÉTAT CIVIL", "R.C.A."],
        rng,
        shape="round",
        size_mm=28,
        color=ST_VIOLET,
        angle=rng.uniform(-12, 12),
    )
    sh.signature(136, y + 10, 46, 14, rng, color=ink)
    return [sh]


def marriage_zmb(person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    """Zambia: a 'Marriage Certificate' under the Marriage Act (Chapter 50) issued by the Registrar-General: a
    certificate in landscape-like proportions framed in a double rule on a portrait sheet, 'This is to certify
    that' with the two parties as two columns side by side (name, age, condition, occupation, residence), the
    place and date of the marriage, the witnesses named, the registrar's signature at the LEFT with the office
    stamp; printed in Nimbus Sans and URW Bookman."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(60, 500))
    wed = marriage_date or TODAY - datetime.timedelta(days=rng.randint(900, 4000))
    q = spouse
    husband, wife = (person, q) if person.sex == "M" else (q, person)
    f, fb = NSANS, NSANS_B
    col = (30, 90, 60)
    sh = Sheet()
    sh.rect(14, 24, 182, 206, width_mm=1.2, color=col)
    sh.rect(17, 27, 176, 200, width_mm=0.3, color=col)
    emblem(sh, 96, 31, 18, col, kind="eagle")
    sh.text(105, 52, "REPUBLIC OF ZAMBIA", font=BOOK_B, size_pt=13, anchor="center", color=col)
    sh.text(105, 58.5, "THE MARRIAGE ACT, CHAPTER 50", font=f, size_pt=9, anchor="center")
    sh.text(105, 68, "MARRIAGE CERTIFICATE", font=BOOK_B, size_pt=17, anchor="center")
    sh.text(
        190,
        31,
        f"No. {rng.randint(10000, 99999)}",
        font=NMONO_B,
        size_pt=10,
        anchor="right",
        color=(170, 30, 36),
    )
    sh.text(
        105,
        80,
        "This is to certify that a marriage was solemnised between",
        font=BOOK_I,
        size_pt=10.5,
        anchor="center",
    )
    y0 = 90
    for i, (title, p) in enumerate((("BRIDEGROOM", husband), ("BRIDE", wife))):
        if p is None:
            continue
        x = 24 + i * 84
        sh.rect(x, y0, 78, 7, width_mm=0, fill=(228, 236, 228))
        sh.text(x + 2, y0 + 1.4, title, font=fb, size_pt=9)
        age = (wed - p.birth_date).days // 365
        y = y0 + 10
        for a, b in (
            ("Name", f"{p.given_names} {p.surname.upper()}"),
            ("Age", str(age)),
            ("Condition", "Bachelor" if p.sex == "M" else "Spinster"),
            ("Occupation", rng.choice(["Teacher", "Trader", "Nurse", "Mechanic", "Accountant"])),
            (
                "Residence",
                rng.choice(["Kabulonga, Lusaka", "Chelston, Lusaka", "Riverside, Kitwe", "Northrise, Ndola"]),
            ),
        ):
            sh.text(x + 2, y, a, font=f, size_pt=8, color=GREY)
            bb = glyphs(b, fb)
            sh.text(x + 24, y - 0.3, bb, font=fb, size_pt=fit(bb, fb, 9.6, 52))
            y += 6.4
    y = y0 + 48
    place = rng.choice(
        ["the Civic Centre, Lusaka", "the Registrar's Office, Ndola", "St Ignatius Church, Lusaka"]
    )
    y = (
        sh.paragraph(
            24,
            y,
            162,
            f"at {place} on {en_ord(wed)}, in the presence of "
            f"{rng.choice(['Mr B. Mumba', 'Mrs C. Lungu', 'Mr K. Tembo'])} and "
            f"{rng.choice(['Ms N. Zulu', 'Mr P. Banda', 'Mrs E. Siame'])}, witnesses.",
            font=f,
            size_pt=10.3,
            leading=1.5,
        )
        + 4
    )
    y = (
        sh.paragraph(
            24,
            y,
            162,
            f"Certified a true copy of the entry in the Marriage Register. Issued at Lusaka on "
            f"{en_long(issue)}.",
            font=f,
            size_pt=10.3,
            leading=1.5,
        )
        + 14
    )
    sh.signature(28, y - 4, 48, 14, rng, color=INK)
    sh.rule(24, y + 11, 94, y + 11, width_mm=0.3)
    sh.text(59, y + 12.5, "for REGISTRAR-GENERAL", font=fb, size_pt=8.8, anchor="center")
    sh.stamp(
        118,
        y - 8,
        ["REGISTRAR-GENERAL", "LUSAKA", "ZAMBIA"],
        rng,
        shape="oval",
        size_mm=30,
        color=ST_BLUE,
        angle=rng.uniform(-8, 8),
    )
    return [sh]


_register(
    "marriage-caf-extrait-formulier-met-de-pen-optie-aangekruist-36",
    "marriage-certificate",
    PART,
    "fr",
    marriage_caf,
    country="CAF",
    notes="Central African marriage extract written by hand with a pen on the printed form, option ticked",
)
_register(
    "marriage-zmb-certificaat-dubbel-kader-bruidegom-bruid-kolommen-36",
    "marriage-certificate",
    PART,
    "en",
    marriage_zmb,
    country="ZMB",
    notes="Zambian marriage certificate in a double frame, the two parties in two columns",
)


# --------------------------------------------------------------------------- certificates of nationality


def nationality_caf(person, rng, *, issue_date=None, **opts):
    """The Central African Republic: the Tribunal de Grande Instance de Bangui's 'Certificat de nationalité
    centrafricaine' typed in URW Bookman: the court's heading at the upper LEFT in a block, the certificate's
    registration number in a framed box at the upper RIGHT, the title underlined, numbered recitals (1° to 4°)
    listing the documents seen, the certifying paragraph in bold, the president's signature with the court's
    round stamp OVER the typed name at the right and a cancelled fiscal stamp at the left."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(40, 500))
    f, fb, fi = BOOK, BOOK_B, BOOK_I
    sh = Sheet()
    for i, t in enumerate(
        (
            "RÉPUBLIQUE CENTRAFRICAINE",
            "Unité – Dignité – Travail",
            "MINISTÈRE DE LA JUSTICE",
            "COUR D'APPEL DE BANGUI",
            "TRIBUNAL DE GRANDE INSTANCE",
            "DE BANGUI",
        )
    ):
        sh.text(20, 12 + i * 4.8, t, font=fi if i == 1 else fb if i in (0, 4, 5) else f, size_pt=8.8)
    rn = f"N° {rng.randint(100, 9999)}/TGI/{issue.year}"
    sh.rect(140, 12, 50, 14, width_mm=0.35)
    sh.text(165, 14, "Enregistré sous le", font=f, size_pt=7.5, anchor="center", color=GREY)
    sh.text(165, 18.5, rn, font=fb, size_pt=fit(rn, fb, 9.5, 46), anchor="center")
    w = sh.text(105, 50, "CERTIFICAT DE NATIONALITÉ", font=fb, size_pt=15, anchor="center")
    sh.rule(105 - w / 2, 57.5, 105 + w / 2, 57.5, width_mm=0.4)
    e = "e" if person.sex == "F" else ""
    pres = rng.choice(["Hyacinthe ZOUMALDÉ", "Bernadette WAFIO", "Parfait GBADIN"])
    paras = [
        f"Nous, {pres}, Président du Tribunal de Grande Instance de Bangui,",
        "Vu le Code de la nationalité centrafricaine (loi n° 61/212 du 20 avril 1961, modifiée) ;",
        "Vu les pièces produites :",
        f"1° la copie intégrale de l'acte de naissance n° {rng.randint(10, 2999)} de l'intéressé{e} ;",
        "2° l'acte de naissance du père ;",
        "3° le certificat de nationalité du père ;",
        "4° l'attestation de résidence délivrée par le chef de quartier ;",
        f"CERTIFIONS que {person.surname.upper()} {person.given_names}, né{e} le {fr_long(person.birth_date)} à "
        f"{person.birth_place} (République centrafricaine), de {person.father or '—'} et de "
        f"{person.mother or '—'}, est Centrafricain{e} en vertu de l'article 7 du Code de la nationalité, "
        f"étant né{e} en République centrafricaine d'un père centrafricain.",
        "En foi de quoi le présent certificat lui est délivré pour servir et valoir ce que de droit.",
    ]
    y = 68
    for t in paras:
        x = 32 if t[:2] in ("1°", "2°", "3°", "4°") else 20
        y = (
            sh.paragraph(
                x,
                y,
                190 - x,
                glyphs(t, f),
                font=fb if t.startswith("CERTIFIONS") else f,
                size_pt=10.3,
                leading=1.55,
                align="justify",
            )
            + 3
        )
    y += 6
    sh.text(190, y, f"Bangui, le {fr_long(issue)}", font=f, size_pt=10.3, anchor="right")
    sh.text(150, y + 8, "Le Président,", font=fi, size_pt=10, anchor="center")
    sh.signature(126, y + 13, 46, 14, rng, color=INK)
    sh.text(150, y + 31, pres, font=fb, size_pt=9.6, anchor="center")
    sh.stamp(
        134,
        y + 18,
        ["TRIBUNAL DE GRANDE INSTANCE", "BANGUI", "GREFFE"],
        rng,
        shape="round",
        size_mm=26,
        color=ST_BLUE,
        angle=rng.uniform(-10, 10),
    )
    sh.rect(22, y + 10, 22, 26, width_mm=0, fill=(214, 200, 176))
    sh.text(33, y + 13, "TIMBRE", font=fb, size_pt=6.5, anchor="center")
    sh.text(33, y + 20, "1 000", font=fb, size_pt=9, anchor="center")
    sh.text(33, y + 26, "FCFA", font=f, size_pt=6.5, anchor="center")
    sh.rule(20, y + 12, 46, y + 34, width_mm=0.5, color=INK_K)
    sh.rule(20, y + 34, 46, y + 12, width_mm=0.5, color=INK_K)
    return [sh]


def nationality_zmb(person, rng, *, issue_date=None, **opts):
    """Zambia: the Department of National Registration, Passport and Citizenship's letter 'CONFIRMATION OF
    CITIZENSHIP' on its letterhead: the coat of arms at the LEFT of the department's name, the reference and date
    at the right, the subject in capitals, a paragraph confirming Zambian citizenship by birth under Article 35 of
    the Constitution with the National Registration Card number, the Director's signature ABOVE the printed name at
    the LEFT and the department's date stamp at the right; the copy's top right corner dog-eared."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(40, 500))
    f, fb = LNAR, LNAR_B
    sh = Sheet()
    emblem(sh, 20, 12, 16, (30, 90, 60), kind="eagle")
    sh.text(40, 13, "REPUBLIC OF ZAMBIA", font=fb, size_pt=12)
    sh.text(40, 19, "MINISTRY OF HOME AFFAIRS AND INTERNAL SECURITY", font=f, size_pt=9)
    sh.text(40, 23.5, "Department of National Registration, Passport and Citizenship", font=f, size_pt=9)
    sh.text(
        40,
        28,
        "Kent Building, Haile Selassie Avenue, P.O. Box 32311, Lusaka",
        font=f,
        size_pt=8.5,
        color=GREY,
    )
    sh.rule(20, 33, 190, 33, width_mm=0.5)
    sh.text(
        190, 40, f"Ref: DNRPC/CIT/{rng.randint(100, 999)}/{issue.year}", font=f, size_pt=10, anchor="right"
    )
    sh.text(190, 45, en_long(issue), font=f, size_pt=10, anchor="right")
    sh.text(20, 58, "TO WHOM IT MAY CONCERN", font=fb, size_pt=11)
    sh.text(20, 66, "RE: CONFIRMATION OF CITIZENSHIP", font=fb, size_pt=11)
    nrc = f"{_digits(rng, 6)}/{_digits(rng, 2)}/1"
    pron = "she" if person.sex == "F" else "he"
    body = [
        f"This is to confirm that {person.given_names} {person.surname.upper()}, born on "
        f"{en_long(person.birth_date)} at {person.birth_place}, Zambia, to {person.father or '—'} and "
        f"{person.mother or '—'}, holder of National Registration Card No. {nrc}, is a citizen of Zambia by birth "
        f"under Article 35 of the Constitution of Zambia.",
        f"Our records show that {pron} has not renounced Zambian citizenship and holds no other citizenship.",
        "This confirmation is issued at the request of the above-named for official purposes.",
    ]
    y = 78
    for t in body:
        y = sh.paragraph(20, y, 170, glyphs(t, f), font=f, size_pt=11, leading=1.55, align="justify") + 4
    y += 10
    sh.signature(22, y, 48, 14, rng, color=INK)
    sh.rule(20, y + 15, 86, y + 15, width_mm=0.3)
    sh.text(20, y + 16.5, rng.choice(["C. M. Lungu", "R. Siame", "P. K. Mweemba"]), font=fb, size_pt=10)
    sh.text(20, y + 21.5, "for/DIRECTOR, National Registration, Passport and Citizenship", font=f, size_pt=9)
    sh.stamp(
        126,
        y - 4,
        ["DNRPC – LUSAKA", issue.strftime("%d %b %Y").upper(), "CITIZENSHIP"],
        rng,
        shape="rect2",
        size_mm=34,
        color=ST_RED,
        angle=rng.uniform(-6, 6),
    )
    return [sheet_of(dog_ear(sh.render(200), rng, corner="tr", size=0.06))]


_register(
    "nationality-caf-tgi-bangui-genummerde-overwegingen-fiscale-zegel-36",
    "nationality-certificate",
    PART,
    "fr",
    nationality_caf,
    country="CAF",
    notes="Central African court's certificate of nationality, numbered recitals, cancelled fiscal stamp",
)
_register(
    "nationality-zmb-dnrpc-brief-bevestiging-burgerschap-ezelsoor-36",
    "nationality-certificate",
    PART,
    "en",
    nationality_zmb,
    country="ZMB",
    notes="Zambian department's letter confirming citizenship by birth, a dog-eared corner",
)


# --------------------------------------------------------------------------- embassies' identity certificates


def idcert_caf(person, rng, *, issue_date=None, declarative=False, **opts):
    """The Central African embassy in Brussels: an 'Attestation d'identité' typed on the embassy's paper in C059:
    the heading at the upper LEFT, the photo STAPLED at the upper RIGHT (two staple marks) with the consular stamp
    across its lower corner, 'ATTESTATION D'IDENTITÉ' centred, the Consul's statement as one paragraph with the
    holder's data in capitals, the basis (documents seen, or the holder's own declarations only), the signature at
    the END of the text at the right under 'Le Consul' with the embassy's oval stamp beside it."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(30, 300))
    f, fb, fi = CSB, CSB_B, CSB_I
    sh = Sheet()
    for i, t in enumerate(
        (
            "RÉPUBLIQUE CENTRAFRICAINE",
            "Unité – Dignité – Travail",
            "AMBASSADE AUPRÈS DU ROYAUME DE BELGIQUE",
            "Service consulaire",
        )
    ):
        sh.text(20, 13 + i * 5, t, font=fb if i in (0, 2) else fi, size_pt=9.5 if i in (0, 2) else 8.8)
    sh.text(20, 34, f"N° {rng.randint(10, 999)}/ACB/SC/{issue.year}", font=f, size_pt=9.5)
    sh.rect(150, 12, 36, 46, width_mm=0.2, color=(170, 170, 170))
    sh.photo(151, 13, 34, 44, rng)
    for dx in (0, 22):
        sh.rule(154 + dx, 11.5, 162 + dx, 11.5, width_mm=0.55, color=(110, 110, 118))
    sh.stamp(
        140,
        40,
        ["AMBASSADE DE CENTRAFRIQUE", "CONSULAT", "BRUXELLES"],
        rng,
        shape="round",
        size_mm=26,
        color=ST_VIOLET,
        angle=rng.uniform(-14, 14),
    )
    sh.text(105, 70, "ATTESTATION D'IDENTITÉ", font=fb, size_pt=16, anchor="center")
    e = "e" if person.sex == "F" else ""
    m = "Monsieur" if person.sex == "M" else "Madame"
    body = (
        f"Le Consul de la République centrafricaine à Bruxelles atteste que {m} {person.surname.upper()} "
        f"{person.given_names.upper()}, né{e} le {fr_long(person.birth_date)} à {person.birth_place} "
        f"(République centrafricaine), {'fils' if person.sex == 'M' else 'fille'} de {person.father or '—'} et de "
        f"{person.mother or '—'}, de nationalité centrafricaine, est la personne dont la photographie figure "
        f"ci-dessus."
    )
    basis = (
        f"La présente attestation est établie sur la seule base des déclarations de l'intéressé{e}, qui n'a "
        f"produit aucune pièce d'identité ni aucun acte de l'état civil."
        if declarative
        else f"La présente attestation est établie au vu du passeport centrafricain de l'intéressé{e} et de la copie "
        f"intégrale de son acte de naissance, présentés en original, et du registre d'immatriculation "
        f"consulaire."
    )
    y = sh.paragraph(24, 82, 162, glyphs(body, f), font=f, size_pt=11, leading=1.6, align="justify") + 4
    y = sh.paragraph(24, y, 162, basis, font=f, size_pt=11, leading=1.6, align="justify") + 4
    y = (
        sh.paragraph(
            24,
            y,
            162,
            "En foi de quoi la présente attestation lui est délivrée pour servir et valoir ce que de droit.",
            font=fi,
            size_pt=11,
            leading=1.5,
        )
        + 8
    )
    sh.text(186, y, f"Bruxelles, le {fr_long(issue)}", font=f, size_pt=11, anchor="right")
    sh.text(150, y + 8, "Le Consul,", font=fi, size_pt=10.5, anchor="center")
    sh.signature(128, y + 13, 46, 14, rng, color=INK)
    sh.text(
        150,
        y + 31,
        rng.choice(["Romaric SANZÉ", "Léonie DOKO", "Evariste NDAKALA"]),
        font=fb,
        size_pt=10,
        anchor="center",
    )
    sh.stamp(
        82,
        y + 10,
        ["AMBASSADE DE LA RÉPUBLIQUE", "CENTRAFRICAINE", "BRUXELLES"],
        rng,
        shape="oval",
        size_mm=30,
        color=ST_BLUE,
        angle=rng.uniform(-8, 8),
    )
    return [sh]


def idcert_zmb(person, rng, *, issue_date=None, declarative=False, **opts):
    """The Embassy of the Republic of Zambia in Brussels: an 'IDENTIFICATION LETTER' on the embassy's letterhead
    (the arms centred over the embassy's name in green, the address line under a copper rule), the reference and
    date on one line, the holder's particulars in a ruled table with the photo GLUED in its right column and an
    embossed seal pressed over the photo's corner, the basis sentence under the table, the First Secretary
    (Consular)'s signature ABOVE the printed name at the LEFT."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(30, 300))
    f, fb, fi = NSANS, NSANS_B, NSANS_I
    col = (20, 110, 60)
    sh = Sheet()
    emblem(sh, 97, 8, 16, col, kind="eagle")
    sh.text(105, 26, "EMBASSY OF THE REPUBLIC OF ZAMBIA", font=fb, size_pt=12.5, anchor="center", color=col)
    sh.text(105, 32, "Brussels · Consular Section", font=fi, size_pt=9.5, anchor="center")
    sh.rule(30, 37, 180, 37, width_mm=0.6, color=(190, 110, 50))
    sh.text(
        105,
        39.5,
        "Avenue Molière 469, 1050 Brussels · consular@zambiaembassy.be",
        font=f,
        size_pt=8.2,
        anchor="center",
        color=GREY,
    )
    sh.text(20, 50, f"Ref: ZEB/CON/{rng.randint(100, 999)}/{issue.year % 100:02d}", font=f, size_pt=10)
    sh.text(190, 50, en_long(issue), font=f, size_pt=10, anchor="right")
    sh.text(105, 62, "IDENTIFICATION LETTER", font=fb, size_pt=15, anchor="center")
    rows = [
        ("Surname", person.surname.upper()),
        ("Other names", person.given_names),
        ("Date of birth", en_long(person.birth_date)),
        ("Place of birth", f"{person.birth_place}, Zambia"),
        ("Nationality", "Zambian"),
        ("Sex", "Male" if person.sex == "M" else "Female"),
        ("Father", person.father or "—"),
        ("Mother", person.mother or "—"),
    ]
    y = 72
    for a, b in rows:
        sh.rect(20, y, 40, 8, width_mm=0.2, color=(150, 150, 150), fill=(238, 242, 236))
        sh.rect(60, y, 90, 8, width_mm=0.2, color=(150, 150, 150))
        sh.text(22, y + 1.8, a, font=f, size_pt=9.5)
        bb = glyphs(b, fb)
        sh.text(62, y + 1.8, bb, font=fb, size_pt=fit(bb, fb, 10, 86))
        y += 8
    sh.rect(150, 72, 40, 64, width_mm=0.2, color=(150, 150, 150))
    sh.photo(154, 78, 32, 42, rng)
    seal_relief(sh, 170, 106, 22, rng)
    y += 8
    poss = "hers" if person.sex == "F" else "his"
    basis = (
        "This letter is issued on the basis of the bearer's own statements only; the bearer produced no "
        "passport, National Registration Card or birth certificate."
        if declarative
        else f"The above particulars have been verified against the bearer's Zambian passport and National "
        f"Registration Card, presented in original, and against the Embassy's register of nationals. The "
        f"photograph above is {poss}."
    )
    y = sh.paragraph(20, y, 170, basis, font=f, size_pt=10.5, leading=1.55) + 4
    y = (
        sh.paragraph(
            20,
            y,
            170,
            "Any assistance accorded to the bearer will be highly appreciated.",
            font=fi,
            size_pt=10.5,
            leading=1.5,
        )
        + 14
    )
    sh.signature(22, y, 48, 14, rng, color=INK)
    sh.rule(20, y + 15, 90, y + 15, width_mm=0.3)
    sh.text(
        20,
        y + 16.5,
        rng.choice(["Chilufya M. Banda", "Kelvin Sakala", "Namukolo Mwale"]),
        font=fb,
        size_pt=10,
    )
    sh.text(20, y + 21.5, "First Secretary (Consular)", font=fi, size_pt=9.5)
    return [sh]


_register(
    "idcert-caf-ambassade-attest-foto-geniet-rechtsboven-ovale-stempel-36",
    "identity-certificate",
    PART,
    "fr",
    idcert_caf,
    country="CAF",
    photo=True,
    notes="Central African embassy's identity attestation, photo stapled at the upper right, signature at the end",
)
_register(
    "idcert-zmb-embassy-identification-letter-tabel-foto-geplakt-reliefzegel-36",
    "identity-certificate",
    PART,
    "en",
    idcert_zmb,
    country="ZMB",
    photo=True,
    notes="Zambian embassy's identification letter, particulars in a table with the photo glued in, dry seal",
)


# --------------------------------------------------------------------------- consular cards


def _card(person, rng, *, code: str, issue, expiry):
    if code == "CAF":
        col, title, emb = (0, 60, 150), "CARTE CONSULAIRE", "Ambassade de Centrafrique · Bruxelles"
        labs = ["Nom", "Prénoms", "Date et lieu de naissance", "Nationalité", "N° d'immatriculation"]
        vals = [
            person.surname.upper(),
            person.given_names,
            f"{person.birth_date.strftime('%d/%m/%Y')} à {person.birth_place}",
            "centrafricaine",
            f"RCA/BXL/{_digits(rng, 5)}",
        ]
        back = [
            ("Adresse en Belgique", rng.choice(["Bruxelles", "Liège", "Namur", "Charleroi"])),
            ("Délivrée le", issue.strftime("%d/%m/%Y")),
            ("Expire le", expiry.strftime("%d/%m/%Y")),
        ]
        f, fb = LNAR, LNAR_B
    else:
        col, title, emb = (20, 110, 60), "CONSULAR CARD", "Embassy of Zambia · Brussels"
        labs = ["Surname", "Other names", "Born", "Nationality", "Registration No."]
        vals = [
            person.surname.upper(),
            person.given_names,
            f"{person.birth_date.strftime('%d %b %Y')}, {person.birth_place}",
            "Zambian",
            f"ZEB-{_digits(rng, 6)}",
        ]
        back = [
            ("Address in Belgium", rng.choice(["Brussels", "Antwerp", "Leuven", "Ghent"])),
            ("Issued", issue.strftime("%d/%m/%Y")),
            ("Valid until", expiry.strftime("%d/%m/%Y")),
        ]
        f, fb = CARL, CARL_B
    fr = Sheet(85.6, 54)
    fr.rect(0, 0, 85.6, 54, width_mm=0, fill=(248, 248, 244))
    fr.rect(0, 0, 4, 54, width_mm=0, fill=col)
    fr.text(7, 2.4, title, font=fb, size_pt=7.4, color=col)
    fr.text(7, 6.2, emb, font=f, size_pt=4.4, color=GREY)
    fr.photo(7, 12, 20, 26, rng)
    y = 11.5
    for a, b in zip(labs, vals):
        fr.text(30, y, a, font=f, size_pt=3.4, color=GREY)
        bb = glyphs(b, fb)
        fr.text(30, y + 1.5, bb, font=fb, size_pt=fit(bb, fb, 5.8, 53))
        y += 6.6
    fr.signature(7, 42, 22, 8, rng, color=INK_K)
    bk = Sheet(85.6, 54)
    bk.rect(0, 0, 85.6, 54, width_mm=0, fill=(248, 248, 244))
    for i, (a, b) in enumerate(back):
        bk.text(4, 4 + i * 8, a, font=f, size_pt=3.6, color=GREY)
        bk.text(4, 5.8 + i * 8, b, font=fb, size_pt=5.8)
    bk.stamp(
        50,
        24,
        [emb.split(" · ")[0].upper()[:26], emb.split(" · ")[1].upper()],
        rng,
        shape="round",
        size_mm=19,
        color=ST_VIOLET if code == "CAF" else ST_BLUE,
    )
    bk.signature(20, 38, 24, 8, rng, color=INK)
    return fr, bk


def consular_caf(person, rng, *, issue_date=None, expiry_date=None, crop=False, annotate=None, **opts):
    """The Central African embassy's consular card (a white card with a blue edge, the photo at the LEFT), front and
    back side by side at 110 % across the upper half of the sheet, copied on a copier whose photo mode screened the
    greys; a toner thumbprint in the margin."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(60, 700))
    expiry = expiry_date or issue + datetime.timedelta(days=3 * 365)
    fr, bk = _card(person, rng, code="CAF", issue=issue, expiry=expiry)
    if crop:
        return [fr, bk]
    sh = Sheet()
    k = 1.1
    for i, side in enumerate((fr, bk)):
        paste(sh, side, 7.8 + i * (85.6 * k + 6), 40, k=k, dpi=260)
    if annotate:
        sh.handwriting(14, 120, annotate, rng, size_pt=12, font=DKG)
    return [sheet_of(thumb_smudge(halftone(sh.render(200)), rng, where=(0.9, 0.7)))]


def consular_zmb(person, rng, *, issue_date=None, expiry_date=None, crop=False, annotate=None, **opts):
    """The Zambian embassy's consular card, front above back at actual size at the upper LEFT of the sheet, each
    side in the copier's grey card frame, held flat with a black binder clip at the top edge."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(60, 700))
    expiry = expiry_date or issue + datetime.timedelta(days=3 * 365)
    fr, bk = _card(person, rng, code="ZMB", issue=issue, expiry=expiry)
    if crop:
        return [fr, bk]
    sh = Sheet()
    for i, side in enumerate((fr, bk)):
        sh.rect(18, 28 + i * 64, 94, 60, width_mm=0, fill=(232, 232, 232))
        paste(sh, side, 22.2, 31 + i * 64, dpi=300)
    if annotate:
        sh.handwriting(18, 160, annotate, rng, size_pt=12, font=DKG)
    return [sheet_of(binder_clip(sh.render(200), rng, x=0.3))]


_register(
    "consular-caf-kaart-blauwe-rand-naast-elkaar-110-rasterpunten-duimafdruk-36",
    "consular-card",
    PART,
    "fr",
    consular_caf,
    country="CAF",
    photo=True,
    notes="Central African consular card, front beside back at 110 %, dot screen, a toner thumbprint",
)
_register(
    "consular-zmb-kaart-voor-boven-achter-grijs-kader-knijper-36",
    "consular-card",
    PART,
    "en",
    consular_zmb,
    country="ZMB",
    photo=True,
    notes="Zambian consular card, front above back in the copier's grey frames, a binder clip",
)


# --------------------------------------------------------------------------- sworn translations


def _tr_rows(person, tgt: str) -> list[tuple[str, str]]:
    """What the translated Turkish hospital birth report says, in the target language."""
    fa, mo = _par(person, None, None)
    nl = tgt == "nl"
    sx = (
        ("mannelijk" if person.sex == "M" else "vrouwelijk")
        if nl
        else ("masculin" if person.sex == "M" else "féminin")
    )
    return [
        ("Naam en voornaam moeder" if nl else "Nom et prénom de la mère", mo.upper()),
        ("Naam en voornaam vader" if nl else "Nom et prénom du père", fa.upper()),
        ("Voornaam kind" if nl else "Prénom de l'enfant", person.given_names.upper()),
        ("Familienaam kind" if nl else "Nom de l'enfant", person.surname.upper()),
        ("Geslacht" if nl else "Sexe", sx),
        ("Geboorteplaats" if nl else "Lieu de naissance", person.birth_place.upper()),
        ("Geboortedatum" if nl else "Date de naissance", person.birth_date.strftime("%d.%m.%Y")),
        ("Nationaliteit ouders" if nl else "Nationalité des parents", "Turks" if nl else "turque"),
    ]


def translation_be(
    person, rng, *, issue_date=None, of_type="birth-certificate", source_lang="tr", target_lang=None, **opts
):
    """A sworn translator in Antwerp (into Dutch) or Liège (into French): the translation set in Carlito as the
    original's three framed sections re-drawn with the captions translated, the translator's notes in brackets
    where stamps and signatures are; the certification at the foot in a box ('Voor getrouwe vertaling' /
    'Pour traduction conforme'), the translator's signature ABOVE the box's line and the round 'beëdigd vertaler /
    traducteur juré' stamp at its right; the court's registration number in the footer."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(8, 60))
    tgt = target_lang if target_lang in ("nl", "fr") else rng.choice(["nl", "fr"])
    nl = tgt == "nl"
    g, s_ = rng.choice(
        [("Derya", "Koç"), ("Geert", "Verlinden"), ("Nathalie", "Collard"), ("Emre", "Şimşek")]
    )
    city = "Antwerpen" if nl else "Liège"
    f, fb, fi = CARL, CARL_B, CARL_I
    sh = Sheet()
    sh.text(20, 13, f"{g} {s_}", font=fb, size_pt=12.5)
    sh.text(
        20,
        18.5,
        ("beëdigd vertaler Turks – Nederlands" if nl else "traducteur juré turc – français"),
        font=fi,
        size_pt=9.5,
        color=GREY,
    )
    sh.text(
        190,
        13,
        ("Mechelsesteenweg 41, 2018 Antwerpen" if nl else "Rue Saint-Gilles 58, 4000 Liège"),
        font=f,
        size_pt=8.8,
        anchor="right",
        color=GREY,
    )
    sh.rule(20, 24, 190, 24, width_mm=0.3)
    sh.text(
        105,
        32,
        "VERTALING UIT HET TURKS" if nl else "TRADUCTION DU TURC",
        font=fb,
        size_pt=12,
        anchor="center",
    )
    y = 42
    for h in (
        ["[Logo] Republiek Turkije – Ministerie van Volksgezondheid", "GEBOORTEAANGIFTE (Doğum Tutanağı)"]
        if nl
        else [
            "[Logo] République de Turquie – Ministère de la Santé",
            "DÉCLARATION DE NAISSANCE (Doğum Tutanağı)",
        ]
    ):
        sh.text(20, y, h, font=fb if h.isupper() or "(" in h else f, size_pt=10)
        y += 6
    rows = _tr_rows(person, tgt)
    y += 2
    for i, (a, b) in enumerate(rows):
        sh.rect(20, y, 76, 7.6, width_mm=0.2, color=(150, 150, 150), fill=(244, 244, 244) if i % 2 else None)
        sh.rect(96, y, 94, 7.6, width_mm=0.2, color=(150, 150, 150))
        sh.text(22, y + 1.6, a, font=f, size_pt=9.6)
        bb = glyphs(b, fb)
        sh.text(98, y + 1.6, bb, font=fb, size_pt=fit(bb, fb, 10, 90))
        y += 7.6
    y += 4
    for n_ in (
        (["[handtekening van de arts]", "[ronde stempel: Bevolkingsdirectie]", "[handtekening ambtenaar]"])
        if nl
        else (
            ["[signature du médecin]", "[cachet rond : direction de la population]", "[signature de l'agent]"]
        )
    ):
        sh.text(20, y, n_, font=fi, size_pt=9.5, color=(80, 80, 80))
        y += 5
    y += 8
    sh.rect(20, y, 170, 46, width_mm=0.35)
    sh.paragraph(
        24,
        y + 3,
        162,
        (
            "Voor getrouwe vertaling van het mij voorgelegde Turkse origineel. Ik zweer dat ik "
            "deze vertaling getrouw heb gemaakt."
            if nl
            else "Pour traduction conforme à l'original turc qui m'a été présenté. Je jure avoir "
            "traduit fidèlement."
        ),
        font=fi,
        size_pt=10,
        leading=1.45,
    )
    sh.text(24, y + 16, f"{city}, {nl_long(issue) if nl else fr_long(issue)}", font=f, size_pt=10)
    sh.signature(30, y + 20, 44, 13, rng, color=INK)
    sh.rule(24, y + 36, 100, y + 36, width_mm=0.25)
    sh.text(24, y + 37.5, f"{g} {s_}", font=fb, size_pt=9.5)
    sh.stamp(
        130,
        y + 10,
        ["BEËDIGD VERTALER" if nl else "TRADUCTEUR JURÉ", f"{s_.upper()}", city.upper()],
        rng,
        shape="round",
        size_mm=28,
        color=ST_BLUE,
        angle=rng.uniform(-10, 10),
    )
    sh.text(
        105,
        287,
        f"Nationaal register beëdigd vertalers nr. {rng.randint(1000, 9999)} · blz. 1/1"
        if nl
        else f"Registre national des traducteurs jurés n° {rng.randint(1000, 9999)} · p. 1/1",
        font=f,
        size_pt=8,
        anchor="center",
        color=GREY,
    )
    return [sh]


def translation_nl(
    person, rng, *, issue_date=None, of_type="birth-certificate", source_lang="tr", target_lang="nl", **opts
):
    """A sworn translator in Rotterdam, into Dutch: the translation typed in Nimbus Mono PS as running lines
    'Naam moeder: ...' in the order of the original, preceded by 'VERTALING' and a line describing the original
    ('een formulier van één bladzijde met stempel en twee handtekeningen'); the declaration under a rule, the
    signature BESIDE the Wbtv number, the translator's rectangular stamp pressed over the lower edge of the text;
    the page joined to the original with a ribbon shown as a grey band at the left edge."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(8, 60))
    g, s_ = rng.choice([("Aylin", "Demirtaş"), ("Ruud", "Hoogendijk"), ("Burak", "Aksoy"), ("Ingrid", "Vos")])
    f, fb = NMONO, NMONO_B
    wbtv = rng.randint(10000, 99999)
    sh = Sheet()
    sh.rect(0, 0, 6, 297, width_mm=0, fill=(180, 180, 186))
    sh.text(22, 16, "VERTALING", font=fb, size_pt=13)
    y = (
        sh.paragraph(
            22,
            25,
            166,
            glyphs(
                "Vertaling uit het Turks van een formulier van één bladzijde "
                "('Doğum Tutanağı'), voorzien van een ronde stempel en twee "
                "handtekeningen.",
                f,
            ),
            font=f,
            size_pt=9.5,
            leading=1.4,
        )
        + 6
    )
    for a, b in _tr_rows(person, "nl"):
        sh.text(22, y, glyphs(f"{a}:", f), font=f, size_pt=10)
        sh.text(98, y, glyphs(b, fb), font=fb, size_pt=fit(glyphs(b, fb), fb, 10, 92))
        y += 7
    y += 6
    sh.rule(22, y, 188, y, width_mm=0.3)
    y = (
        sh.paragraph(
            22,
            y + 4,
            166,
            glyphs(
                f"Ondergetekende, {g} {s_}, beëdigd vertaler Turks–Nederlands, "
                f"verklaart dat dit een getrouwe en volledige vertaling is van het "
                f"aangehechte origineel.",
                f,
            ),
            font=f,
            size_pt=9.5,
            leading=1.45,
        )
        + 4
    )
    sh.text(22, y, glyphs(f"Rotterdam, {nl_long(issue)}", f), font=f, size_pt=9.5)
    sh.signature(22, y + 6, 44, 13, rng, color=INK)
    sh.text(72, y + 12, f"Wbtv-nr. {wbtv}", font=f, size_pt=9.5)
    sh.stamp(
        110,
        y - 6,
        ["BEËDIGD VERTALER", f"{g.upper()} {s_.upper()}"[:24], f"WBTV {wbtv}"],
        rng,
        shape="rect",
        size_mm=34,
        color=ST_GREEN,
        angle=rng.uniform(-5, 5),
    )
    return [sh]


_register(
    "translation-be-antwerpen-luik-kaders-nagetekend-certificatie-kader-36",
    "translation",
    PART,
    "nl/fr",
    translation_be,
    country="BEL",
    notes="Belgian sworn translation redrawing the original's sections, certification in a box, round stamp",
)
_register(
    "translation-nl-rotterdam-mono-doorlopende-regels-lint-36",
    "translation",
    PART,
    "nl",
    translation_nl,
    country="NLD",
    notes="Dutch sworn translation typed as running lines, stamp over the text, ribbon at left",
)
