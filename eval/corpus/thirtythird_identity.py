"""Identity and civil-status families of the `thirtythird` part (registered in identity.FAMILIES).

Written after dev, heldout and the parts fresh to thirty-second had been read, by a writer who saw neither the
validator nor its output, from the seeds and from how such papers look in Belgian and Dutch files.  The families
are described only in their docstrings and registration notes (the part is read blind).

The small drawing helpers of twentyeighth_identity (glyph fallback, fitting, wrapping, pasting, codes) and the
keystone helper of thirtysecond_identity are reused.  This part's own faces (P052, URW Gothic, Nimbus Roman,
Nimbus Sans Narrow, DejaVu Serif Condensed, FreeSans/FreeSerif for the Georgian script, Courier Prime Sans,
Caladea; the bold italic dkg hand, Breip and Z003 for pens) and copy habits (a phone photo of the paper on a wooden
desk with a ballpoint lying beside it and the photographer's shadow, a card or booklet held between the fingers,
a booklet pressed on the glass so that the page curves into the gutter, a water stain with its tide line, the
creases of a crumpled sheet, dust and a hair on the scanner glass, a strip of clear tape over a tear) follow.
"""

from __future__ import annotations

import datetime
import math
import random

from PIL import Image, ImageChops, ImageDraw, ImageFilter

from . import mrz as M
from .identity import TODAY, _dates, _digits, _guilloche, _mrz_data, _register
from .paper import Sheet, _noise, make_photo
from .people import strip_accents
from .thirtysecond_identity import _warp_onto
from .twentyeighth_identity import fit, glyphs, paste, qr, sheet_of, wrap

PART = "thirtythird"
GREY = (92, 92, 96)
INK = (26, 40, 132)
INK_K = (32, 32, 38)
ST_BLUE = (44, 62, 158)
ST_VIOLET = (104, 50, 140)
ST_RED = (168, 36, 44)
ST_GREEN = (30, 96, 70)
OCR = 2.54 / 0.602 / (25.4 / 72)

_U = "/usr/share/fonts/opentype/urw-base35"
_DV = "/usr/share/fonts/truetype/dejavu"
_CP = "/usr/share/fonts/opentype/courier-prime"
_CX = "/usr/share/fonts/truetype/crosextra"
_FF = "/usr/share/fonts/truetype/freefont"
_HW = "/usr/share/fonts/truetype/fifthhorseman"
PAL = f"{_U}/P052-Roman.otf"
PAL_B = f"{_U}/P052-Bold.otf"
PAL_I = f"{_U}/P052-Italic.otf"
GOTH = f"{_U}/URWGothic-Book.otf"
GOTH_B = f"{_U}/URWGothic-Demi.otf"
GOTH_I = f"{_U}/URWGothic-BookOblique.otf"
NROM = f"{_U}/NimbusRoman-Regular.otf"
NROM_B = f"{_U}/NimbusRoman-Bold.otf"
NROM_I = f"{_U}/NimbusRoman-Italic.otf"
NARR = f"{_U}/NimbusSansNarrow-Regular.otf"
NARR_B = f"{_U}/NimbusSansNarrow-Bold.otf"
DSER = f"{_DV}/DejaVuSerifCondensed.ttf"
DSER_B = f"{_DV}/DejaVuSerifCondensed-Bold.ttf"
DSER_I = f"{_DV}/DejaVuSerifCondensed-Italic.ttf"
FSANS = f"{_FF}/FreeSans.ttf"
FSANS_B = f"{_FF}/FreeSansBold.ttf"
FSER = f"{_FF}/FreeSerif.ttf"
FSER_B = f"{_FF}/FreeSerifBold.ttf"
CPS = f"{_CP}/Courier Prime Sans.otf"
CPS_B = f"{_CP}/Courier Prime Sans Bold.otf"
CAL = f"{_CX}/Caladea-Regular.ttf"
CAL_B = f"{_CX}/Caladea-Bold.ttf"
CAL_I = f"{_CX}/Caladea-Italic.ttf"
PEN_BI = f"{_HW}/dkgBI.ttf"
PEN = f"{_HW}/dkg.ttf"
BREIP = "/usr/share/fonts/truetype/breip/Breip.ttf"
CHANC = f"{_U}/Z003-MediumItalic.otf"
CAPS = "/usr/share/fonts/truetype/humor-sans/Humor-Sans.ttf"

_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
       "November", "December"]
_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
       "novembre", "décembre"]
_NL = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
       "november", "december"]
_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
       "November", "Dezember"]
_TR = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım",
       "Aralık"]
_KA = ["იანვარი", "თებერვალი", "მარტი", "აპრილი", "მაისი", "ივნისი", "ივლისი", "აგვისტო", "სექტემბერი",
       "ოქტომბერი", "ნოემბერი", "დეკემბერი"]


def en_long(d: datetime.date) -> str:
    return f"{d.day} {_EN[d.month - 1]} {d.year}"


def en_ord(d: datetime.date) -> str:
    n = d.day
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf} {_EN[d.month - 1]} {d.year}"


def fr_long(d: datetime.date) -> str:
    return f"{'1er' if d.day == 1 else d.day} {_FR[d.month - 1]} {d.year}"


def nl_long(d: datetime.date) -> str:
    return f"{d.day} {_NL[d.month - 1]} {d.year}"


def de_long(d: datetime.date) -> str:
    return f"{d.day}. {_DE[d.month - 1]} {d.year}"


def tr_long(d: datetime.date) -> str:
    return f"{d.day:02d} {_TR[d.month - 1]} {d.year}"


def ka_long(d: datetime.date) -> str:
    return f"{d.day} {_KA[d.month - 1]} {d.year}"


def initials_of(name: str) -> str:
    return "".join(w[0] for w in name.replace("-", " ").split() if w[:1].isalpha())[:3].upper()


# --------------------------------------------------------------------------- this part's copy habits

def _wood(W: int, H: int, rng: random.Random) -> Image.Image:
    """A desk top of light or dark wood seen from above: long grain lines of varying tone, a few knots."""
    base = rng.choice([(168, 128, 88), (132, 94, 60), (190, 160, 120), (110, 78, 52)])
    sw, shh = 220, max(2, int(220 * H / W))
    small = Image.new("L", (sw, shh), 200)
    d = ImageDraw.Draw(small)
    ph = [rng.uniform(0, 6.28) for _ in range(4)]
    vertical = rng.random() < 0.5
    n = sw if vertical else shh
    for i in range(n):
        v = 190 + 30 * math.sin(i * 0.21 + ph[0]) + 18 * math.sin(i * 0.047 + ph[1]) + rng.uniform(-14, 14)
        if vertical:
            d.line([(i, 0), (i, shh)], fill=int(max(120, min(250, v))))
        else:
            d.line([(0, i), (sw, i)], fill=int(max(120, min(250, v))))
    for _ in range(rng.randint(0, 2)):
        kx, ky, kr = rng.uniform(0, sw), rng.uniform(0, shh), rng.uniform(3, 7)
        d.ellipse([kx - kr, ky - kr * 0.6, kx + kr, ky + kr * 0.6], fill=140)
    grain = small.resize((W, H), Image.BICUBIC).filter(ImageFilter.GaussianBlur(1.2))
    return ImageChops.multiply(Image.new("RGB", (W, H), tuple(min(255, c + 60) for c in base)),
                               Image.merge("RGB", [grain] * 3))


def _pen(length: int, rng: random.Random) -> Image.Image:
    """A ballpoint seen from above (RGBA): a barrel in a plain colour, a darker cap and a metal clip."""
    w = max(8, length // 13)
    im = Image.new("RGBA", (length, w * 2), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    col = rng.choice([(24, 40, 120), (20, 20, 24), (170, 30, 40), (230, 230, 232)])
    d.rounded_rectangle([0, w // 2, int(length * 0.93), w // 2 + w], radius=w // 2, fill=col + (255,))
    d.polygon([(int(length * 0.93), w // 2 + 2), (length, w), (int(length * 0.93), w // 2 + w - 2)],
              fill=(190, 190, 196, 255))
    d.rectangle([int(length * 0.05), w // 2 - 2, int(length * 0.4), w // 2 + 3], fill=(200, 200, 208, 255))
    d.line([(int(length * 0.1), w // 2 + w // 3), (int(length * 0.85), w // 2 + w // 3)],
           fill=(255, 255, 255, 90), width=max(1, w // 6))
    return im


def desk_photo(sub: Sheet, rng: random.Random, *, dpi: int = 190, pen: bool = True, shade: bool = True,
               img: Image.Image | None = None, margin: float = 0.16) -> Image.Image:
    """A phone photo of the paper lying on a wooden desk: the grain round it, the page a little keystoned and
    turned, a ballpoint lying on the desk beside it, the photographer's head-and-shoulder shadow darkening one
    corner, the light falling off towards the edges, the softness of a phone's lens."""
    page = img if img is not None else sub.render(dpi)
    pw, ph = page.size
    W, H = int(pw * (1 + 2 * margin)), int(ph * (1 + 1.5 * margin))
    bg = _wood(W, H, rng)
    ox = (W - pw) / 2 + rng.uniform(-0.2, 0.2) * margin * W
    oy = (H - ph) / 2 + rng.uniform(-0.18, 0.18) * margin * H
    out = _warp_onto(bg, page, (ox, oy, ox + pw, oy + ph), rng, shadow=0.5)
    if pen:
        # the pen lies on the desk beside the paper, never on it: near-vertical in the wider side gap, or left out
        L = int(min(W * rng.uniform(0.28, 0.36), H * 0.8))
        p = _pen(L, rng).rotate(rng.uniform(84, 96), expand=True, resample=Image.BICUBIC)
        side = rng.choice(["left", "right"])
        gaps = {"left": ox - pw * 0.03, "right": W - (ox + pw) - pw * 0.03}
        if gaps[side] < p.width + 6:
            side = "right" if side == "left" else "left"
        if gaps[side] >= p.width + 6:
            px = int((ox - pw * 0.03 - p.width) / 2) if side == "left" else int(ox + pw * 1.03 + (gaps[side] - p.width) / 2)
            py = int(rng.uniform(0.25, 0.5) * (H - p.height))
            out.paste(p, (max(0, px), max(0, py)), p)
    if shade:
        m = Image.new("L", (W, H), 0)
        d = ImageDraw.Draw(m)
        cx = rng.choice([-0.05, 1.05]) * W
        cy = rng.choice([-0.08, 1.08]) * H
        r = rng.uniform(0.35, 0.48) * W
        d.ellipse([cx - r, cy - r * 0.8, cx + r, cy + r * 0.8], fill=255)
        m = m.filter(ImageFilter.GaussianBlur(W / 25))
        dark = m.point(lambda v: int(255 - v * 0.42))
        out = ImageChops.multiply(out, Image.merge("RGB", [dark] * 3))
    out = out.rotate(rng.uniform(-2.0, 2.0), resample=Image.BICUBIC, fillcolor=(90, 70, 50))
    grad = Image.radial_gradient("L").resize(out.size).point(lambda v: 255 - v // 5)
    out = ImageChops.multiply(out, Image.merge("RGB", [grad] * 3))
    warm = rng.choice([(255, 244, 226), (250, 248, 240), (255, 250, 236)])
    out = ImageChops.multiply(out, Image.new("RGB", out.size, warm))
    f = rng.uniform(0.6, 0.72)
    return out.resize((int(out.width * f), int(out.height * f)), Image.BILINEAR)


def _thumb(w: int, h: int, rng: random.Random) -> Image.Image:
    """A thumb seen from above (RGBA): a skin-coloured rounded tip with a paler nail."""
    im = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    skin = rng.choice([(204, 150, 120), (150, 100, 70), (110, 72, 52), (226, 180, 150)])
    d.rounded_rectangle([0, 0, w - 1, h - 1], radius=w // 2, fill=skin + (255,))
    d.rounded_rectangle([int(w * 0.22), int(h * 0.06), int(w * 0.78), int(h * 0.34)], radius=w // 5,
                        fill=tuple(min(255, c + 40) for c in skin) + (255,))
    return im.filter(ImageFilter.GaussianBlur(1.2))


def held_photo(sub: Sheet, rng: random.Random, *, dpi: int = 260, bg=None) -> Image.Image:
    """A phone photo of a card or an open booklet held up between the fingers: two thumbs over the edges at the
    left and right (clear of the data), a dim room behind, the object a little turned."""
    page = sub.render(dpi)
    pw, ph = page.size
    W, H = int(pw * 1.25), int(ph * 1.45)
    bg = bg or rng.choice([(72, 70, 66), (52, 58, 66), (96, 88, 80)])
    base = Image.new("RGB", (W, H), bg)
    noise = _noise(rng, (max(2, W // 40), max(2, H // 40)), 18).resize((W, H), Image.BICUBIC)
    base = ImageChops.multiply(base, Image.merge("RGB", [noise.point(lambda v: 200 + v // 5)] * 3))
    ox, oy = (W - pw) / 2, (H - ph) / 2
    out = _warp_onto(base, page, (ox, oy, ox + pw, oy + ph), rng, shadow=0.25)
    tw, th = int(pw * 0.085), int(pw * 0.15)
    for x in (ox - tw * 0.45, ox + pw - tw * 0.55):
        t = _thumb(tw, th, rng).rotate(rng.uniform(-12, 12), expand=True, resample=Image.BICUBIC)
        out.paste(t, (int(x), int(oy + ph * rng.uniform(0.58, 0.74))), t)
    out = out.rotate(rng.uniform(-3, 3), resample=Image.BICUBIC, fillcolor=bg)
    f = rng.uniform(0.55, 0.66)
    return out.resize((int(out.width * f), int(out.height * f)), Image.BILINEAR)


def gutter_curl(img: Image.Image, rng: random.Random, *, side: str = "left", frac: float = 0.12,
                depth: float = 0.5) -> Image.Image:
    """A booklet pressed on the glass: within `frac` of the width next to the gutter the page bends away, so the
    print is squeezed towards the edge and darkens into a grey-black band."""
    W, H = img.size
    band = int(W * frac)
    out = img.copy()
    src = img.crop((0, 0, band, H)) if side == "left" else img.crop((W - band, 0, W, H))
    if side == "right":
        src = src.transpose(Image.FLIP_LEFT_RIGHT)
    cols = []
    for x in range(band):
        t = x / band                      # 0 at the gutter, 1 where the page lies flat
        s = t ** 1.8                      # squeeze: near the gutter many source columns per output column
        cols.append(min(band - 1, int(s * band)))
    strip = Image.new("RGB", (band, H))
    for x, sx in enumerate(cols):
        strip.paste(src.crop((sx, 0, sx + 1, H)), (x, 0))
    grad = Image.new("L", (band, 1))
    grad.putdata([int(255 * (1 - depth * (1 - (x / band)) ** 2.2)) for x in range(band)])
    grad = grad.resize((band, H))
    strip = ImageChops.multiply(strip, Image.merge("RGB", [grad] * 3))
    if side == "right":
        strip = strip.transpose(Image.FLIP_LEFT_RIGHT)
        out.paste(strip, (W - band, 0))
    else:
        out.paste(strip, (0, 0))
    return out


def water_stain(img: Image.Image, rng: random.Random, *, where: tuple[float, float] | None = None,
                r: float = 0.12) -> Image.Image:
    """A dried water stain: a faint brownish blot with a darker, irregular tide line round it."""
    W, H = img.size
    cx, cy = where or (rng.uniform(0.15, 0.85), rng.uniform(0.05, 0.2))
    cx, cy, R = cx * W, cy * H, r * W
    m = Image.new("L", (W, H), 0)
    d = ImageDraw.Draw(m)
    pts = []
    for k in range(48):
        a = 2 * math.pi * k / 48
        rr = R * (1 + 0.18 * math.sin(3 * a + rng.uniform(0, 1)) + rng.uniform(-0.08, 0.08))
        pts.append((cx + rr * math.cos(a), cy + rr * 0.75 * math.sin(a)))
    d.polygon(pts, fill=40)
    d.line(pts + [pts[0]], fill=120, width=max(2, int(W / 300)))
    m = m.filter(ImageFilter.GaussianBlur(max(1, W / 500)))
    tint = Image.new("RGB", (W, H), (196, 160, 110))
    return Image.composite(ImageChops.multiply(img, tint), img, m.point(lambda v: int(v * 0.8)))


def crumpled(img: Image.Image, rng: random.Random, *, n: int = 7, strength: float = 0.16) -> Image.Image:
    """A sheet that was crumpled and smoothed out again: straight creases crossing it, each a light and a dark
    side, and a faint mottling between them."""
    W, H = img.size
    m = Image.new("L", (W, H), 128)
    d = ImageDraw.Draw(m)
    for _ in range(n):
        x0, y0 = rng.uniform(-0.1, 1.1) * W, rng.uniform(-0.1, 1.1) * H
        a = rng.uniform(0, math.pi)
        L = rng.uniform(0.4, 1.0) * max(W, H)
        x1, y1 = x0 + L * math.cos(a), y0 + L * math.sin(a)
        w = max(2, int(W / 260))
        d.line([(x0, y0), (x1, y1)], fill=200, width=w)
        d.line([(x0 + w, y0 + w), (x1 + w, y1 + w)], fill=60, width=w)
    m = m.filter(ImageFilter.GaussianBlur(max(1, W / 400)))
    mott = _noise(rng, (max(2, W // 60), max(2, H // 60)), 22).resize((W, H), Image.BICUBIC)
    lo = m.point(lambda v: int(255 - max(0, 128 - v) * strength * 2))
    hi = m.point(lambda v: int(max(0, v - 128) * strength * 1.4))
    out = ImageChops.multiply(img, Image.merge("RGB", [lo] * 3))
    out = ImageChops.add(out, Image.merge("RGB", [hi] * 3))
    return ImageChops.multiply(out, Image.merge("RGB", [mott.point(lambda v: 236 + v // 14)] * 3))


def glass_dust(img: Image.Image, rng: random.Random, *, n: int = 40, hair: bool = True) -> Image.Image:
    """Dust on the scanner glass: small black specks scattered over the page and, sometimes, a curled hair."""
    W, H = img.size
    out = img.copy()
    d = ImageDraw.Draw(out)
    for _ in range(n):
        x, y = rng.uniform(0, W), rng.uniform(0, H)
        r = rng.uniform(0.4, 1.6) * W / 1400
        d.ellipse([x - r, y - r, x + r, y + r], fill=(25, 25, 25))
    if hair:   # a short curled hair in the bottom margin (clear of what the page says)
        x, y = rng.uniform(0.15, 0.7) * W, rng.uniform(0.9, 0.95) * H
        a = rng.uniform(-0.4, 0.4)
        pts = []
        for k in range(60):
            a = max(-0.6, min(0.6, a + rng.uniform(-0.18, 0.18)))
            x += math.cos(a) * W / 500
            y += math.sin(a) * W / 500
            pts.append((x, y))
        d.line(pts, fill=(30, 26, 24), width=max(1, int(W / 1200)))
    return out


def tape(sh: Sheet, x: float, y: float, w: float, h: float, rng: random.Random, *, angle: float = 0.0) -> None:
    """A strip of clear adhesive tape over a tear: a faint yellowish film with a glossy streak and frayed ends."""
    k = 8
    im = Image.new("RGBA", (int(w * k), int(h * k)), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rectangle([0, 0, im.width, im.height], fill=(250, 244, 210, 46))
    d.rectangle([0, int(im.height * 0.2), im.width, int(im.height * 0.32)], fill=(255, 255, 255, 70))
    for xx in (0, im.width - 3):
        for yy in range(0, im.height, 4):
            d.rectangle([xx, yy, xx + rng.randint(1, 4), yy + 2], fill=(0, 0, 0, 0))
    if angle:
        im = im.rotate(angle, expand=True, resample=Image.BICUBIC)
    sh.image(x, y, im.width / k, im.height / k, im)


def tear(sh: Sheet, x: float, y: float, length: float, rng: random.Random, *, vertical: bool = False) -> None:
    """A short tear in the paper drawn as a thin jagged dark line with a pale edge."""
    pts = []
    for i in range(14):
        t = i / 13
        j = rng.uniform(-0.8, 0.8)
        pts.append((x + j, y + t * length) if vertical else (x + t * length, y + j))
    for (a, b), (c, e) in zip(pts, pts[1:]):
        sh.rule(a, b, c, e, width_mm=0.25, color=(90, 90, 90))
        sh.rule(a + 0.3, b + 0.3, c + 0.3, e + 0.3, width_mm=0.2, color=(235, 235, 235))


def seal_relief(sh: Sheet, x: float, y: float, d_mm: float, rng: random.Random, text: str = "") -> None:
    """An embossed (dry) seal: a raised ring with tiny lettering, drawn as light and dark offsets only."""
    n = 300
    im = Image.new("RGBA", (n, n), (0, 0, 0, 0))
    dd = ImageDraw.Draw(im)
    for r in (140, 112, 66):
        dd.ellipse([150 - r - 2, 150 - r - 2, 150 + r - 2, 150 + r - 2], outline=(255, 255, 255, 190), width=4)
        dd.ellipse([150 - r + 2, 150 - r + 2, 150 + r + 2, 150 + r + 2], outline=(120, 120, 130, 150), width=4)
    for k in range(36):
        a = 2 * math.pi * k / 36
        x0, y0 = 150 + 124 * math.cos(a), 150 + 124 * math.sin(a)
        dd.ellipse([x0 - 4, y0 - 4, x0 + 4, y0 + 4], outline=(120, 120, 130, 130), width=2)
    im = im.rotate(rng.uniform(0, 360), resample=Image.BICUBIC)
    sh.image(x, y, d_mm, d_mm, im)


def tick(sh: Sheet, x: float, y: float, s: float, rng: random.Random, color=INK) -> None:
    """A pen tick: a short down-stroke and a long up-stroke."""
    j = lambda: rng.uniform(-0.3, 0.3)
    sh.rule(x + j(), y + s * 0.55 + j(), x + s * 0.35 + j(), y + s + j(), width_mm=0.6, color=color)
    sh.rule(x + s * 0.35, y + s, x + s + j(), y + j(), width_mm=0.55, color=color)


def phone_caption(sh: Sheet, x: float, y: float, when: datetime.datetime, rng: random.Random) -> None:
    """The file name and time a phone's gallery prints under a photo when it is printed from the phone."""
    sh.text(x, y, f"IMG_{when:%Y%m%d}_{rng.randint(80000, 235959):06d}.jpg · {when:%d-%m-%Y %H:%M}",
            font=NARR, size_pt=7.5, color=GREY)


def _mono_mrz(s: Sheet, x: float, y: float, lines: list[str], *, pitch: float = 5.2, size: float = OCR) -> None:
    for i, ln in enumerate(lines):
        s.text(x, y + i * pitch, ln, font="ocrb", size_pt=size, color=(14, 14, 16))


# --------------------------------------------------------------------------- passports

_PP = {
    "GEO": dict(
        state="საქართველო · GEORGIA", title="პასპორტი · PASSPORT", col=(140, 30, 40), tint=(244, 236, 238),
        ink=(70, 20, 30), nat="GEORGIA", auth="PSDA", years=10, font=FSANS, font_b=FSANS_B,
        num=lambda r: f"{r.randint(13, 25)}{r.choice('ABCDEFGHIKLMNOPRSTUVWXYZ')}{r.choice('ABCDEFGHIKLMNOPRSTUVWXYZ')}"
                      f"{_digits(r, 5)}",
        caps=["ტიპი / Type", "კოდი / Code", "პასპორტის № / Passport No.", "გვარი / Surname",
              "სახელი / Given names", "მოქალაქეობა / Nationality", "დაბადების თარიღი / Date of birth",
              "სქესი / Sex", "დაბადების ადგილი / Place of birth", "გაცემის თარიღი / Date of issue",
              "მოქმედების ვადა / Date of expiry", "გამცემი ორგანო / Authority", "პირადი № / Personal No."],
        df=lambda d: f"{d.day:02d} {_EN[d.month - 1][:3].upper()} {d.year % 100:02d}",
        pnum=lambda r: _digits(r, 11), place=lambda p: strip_accents(p.birth_place).upper()),
    "SLE": dict(
        state="REPUBLIC OF SIERRA LEONE · ECOWAS", title="PASSPORT / PASSEPORT", col=(20, 92, 60),
        tint=(236, 244, 236), ink=(12, 60, 36), nat="SIERRA LEONEAN", auth="IMMIGRATION DEPT. FREETOWN",
        years=5, font=NARR, font_b=NARR_B, num=lambda r: "E" + _digits(r, 7),
        caps=["Type / Type", "Code / Code", "Passport No. / N° du passeport", "Surname / Nom",
              "Given names / Prénoms", "Nationality / Nationalité", "Date of birth / Date de naissance",
              "Sex / Sexe", "Place of birth / Lieu de naissance", "Date of issue / Date de délivrance",
              "Date of expiry / Date d'expiration", "Authority / Autorité", "Personal No. / N° personnel"],
        df=lambda d: f"{d.day:02d} {_EN[d.month - 1][:3].upper()} {d.year}",
        pnum=lambda r: "NIN " + "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(6)),
        place=lambda p: strip_accents(p.birth_place).upper()),
    "TUR": dict(
        state="TÜRKİYE CUMHURİYETİ · REPUBLIC OF TÜRKİYE", title="PASAPORT · PASSPORT", col=(160, 24, 40),
        tint=(246, 238, 236), ink=(80, 14, 24), nat="T.C.", auth="T.C. İÇİŞLERİ BAKANLIĞI", years=10,
        font=FSANS, font_b=FSANS_B, num=lambda r: "U" + _digits(r, 8),
        caps=["Tipi / Type", "Ülke kodu / Code", "Pasaport No / Passport No", "Soyadı / Surname",
              "Adı / Given names", "Uyruğu / Nationality", "Doğum tarihi / Date of birth", "Cinsiyeti / Sex",
              "Doğum yeri / Place of birth", "Veriliş tarihi / Date of issue", "Geçerlilik tarihi / Date of expiry",
              "Makam / Authority", "T.C. Kimlik No / Personal No"],
        df=lambda d: f"{d.day:02d} {_TR[d.month - 1][:3].upper()}/{_EN[d.month - 1][:3].upper()} {d.year}",
        pnum=lambda r: str(r.randint(1, 9)) + _digits(r, 10), place=lambda p: p.birth_place.upper()),
    "SUR": dict(
        state="REPUBLIEK SURINAME · REPUBLIC OF SURINAME", title="PASPOORT · PASSPORT", col=(28, 88, 40),
        tint=(240, 244, 234), ink=(20, 60, 30), nat="SURINAAMSE", auth="MIN. BIZA – CBB", years=5,
        font=NARR, font_b=NARR_B, num=lambda r: "R" + _digits(r, 7),
        caps=["Soort / Type", "Code / Code", "Paspoortnummer / Passport No.", "Naam / Surname",
              "Voornamen / Given names", "Nationaliteit / Nationality", "Geboortedatum / Date of birth",
              "Geslacht / Sex", "Geboorteplaats / Place of birth", "Datum van afgifte / Date of issue",
              "Geldig tot / Date of expiry", "Autoriteit / Authority", "ID-nummer / Personal No."],
        df=lambda d: f"{d.day:02d}-{d.month:02d}-{d.year}",
        pnum=lambda r: "FB" + _digits(r, 6), place=lambda p: strip_accents(p.birth_place).upper()),
}


def _pp_page(code: str, person, rng: random.Random, number: str, issue, expiry, lines) -> Sheet:
    """This part's data page: the photo at the RIGHT with a faint ghost image under it, the data in two columns at
    the left, each caption in italic 'national / English' on its own line with the value in bold capitals under it,
    the state's name over a wavy band, the document number laser-perforated in a column of dots up the right edge,
    the MRZ on a white strip at the foot."""
    cfg = _PP[code]
    col, f, fb = cfg["col"], cfg["font"], cfg["font_b"]
    s = Sheet(125, 88)
    bg = _guilloche(125, 60, rng, bg=cfg["tint"], ink=tuple(max(0, v - 28) for v in cfg["tint"]), n=20)
    s.image(0, 0, 125, 60, bg)
    st = glyphs(cfg["state"], fb)
    s.text(4, 2.0, st, font=fb, size_pt=fit(st, fb, 7.2, 86), color=col)
    s.text(121, 2.2, glyphs(cfg["title"], fb), font=fb, size_pt=fit(glyphs(cfg["title"], fb), fb, 5.6, 34),
           anchor="right", color=col)
    s.photo(92, 10, 25, 32, rng)
    ghost = make_photo(12, 15, rng).convert("L").point(lambda v: 160 + v // 3).convert("RGB")
    s.image(100, 44, 11, 13.5, ghost)
    # laser perforation: the number in small dots up the right edge
    for i, ch in enumerate(number[:9]):
        yy = 52 - i * 4.6
        s.text(122.2, yy, ch, font="mono2", size_pt=4.2, color=(200, 200, 200))
    vals = ["P", code, number, person.surname.upper(), person.given_names.upper(), cfg["nat"],
            cfg["df"](person.birth_date), person.sex, cfg["place"](person), cfg["df"](issue), cfg["df"](expiry),
            cfg["auth"], cfg["pnum"](rng)]
    layout = [[(0, 10), (1, 12), (2, 40)], [(3, 84)], [(4, 84)], [(5, 40), (7, 14), (12, 30)],
              [(6, 40), (8, 44)], [(9, 40), (10, 44)], [(11, 84)]]
    y = 9.5
    for row in layout:
        x = 4.0
        for i, w in row:
            cap = glyphs(cfg["caps"][i], f)
            s.text(x, y, cap, font=f, size_pt=fit(cap, f, 3.6, w - 1), color=cfg["ink"])
            v = glyphs(vals[i], fb)
            s.text(x, y + 2.1, v, font=fb, size_pt=fit(v, fb, 6.9, w - 1.5))
            x += w + 1
        y += 7.0
    s.signature(48, 55, 28, 5.5, rng, color=(20, 20, 26))
    s.rect(0, 61, 125, 27, width_mm=0, fill=(253, 253, 251))
    _mono_mrz(s, 4.0, 69.0, lines, pitch=5.4)
    return s


def _facing_page(code: str, rng: random.Random) -> Sheet:
    """The page facing the data page: the observations page, with an entry stamp or two."""
    s = Sheet(125, 88)
    cfg = _PP[code]
    s.rect(0, 0, 125, 88, width_mm=0, fill=tuple(min(255, v + 4) for v in cfg["tint"]))
    for k in range(9):
        s.rule(10, 16 + k * 7.4, 115, 16 + k * 7.4, width_mm=0.06, color=(190, 190, 196))
    s.text(62.5, 6, glyphs({"GEO": "შენიშვნები · OBSERVATIONS", "SLE": "OBSERVATIONS",
                            "TUR": "RESMİ NOTLAR · OFFICIAL OBSERVATIONS",
                            "SUR": "AANTEKENINGEN · OBSERVATIONS"}[code], FSANS), font=FSANS, size_pt=5.5,
           anchor="center", color=GREY)
    when = TODAY - datetime.timedelta(days=rng.randint(200, 900))
    s.stamp(rng.uniform(14, 40), rng.uniform(24, 40),
            ["SCHENGEN", "BRU", when.strftime("%d.%m.%y"), "ENTRY"], rng, shape="rect", size_mm=24,
            color=rng.choice([ST_BLUE, ST_VIOLET]), angle=rng.uniform(-8, 8))
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
        if habit == "curl":
            # the open booklet laid across the glass sideways (facing page above the data page as the reader turns
            # the sheet), the pages curving into the gutter; the copy is the whole A4 in portrait
            spread = Sheet(250, 88)
            paste(spread, _facing_page(code, rng), 0, 0, dpi=240)
            paste(spread, page, 125, 0, dpi=300)
            img = spread.render(240)
            half = img.width // 2
            left = gutter_curl(img.crop((0, 0, half, img.height)), rng, side="right", frac=0.1, depth=0.55)
            right = gutter_curl(img.crop((half, 0, img.width, img.height)), rng, side="left", frac=0.025,
                                depth=0.45)
            img.paste(left, (0, 0))
            img.paste(right, (half, 0))
            img = img.rotate(90, expand=True)
            sh.rect(0, 0, 210, 297, width_mm=0, fill=(248, 248, 246))
            sh.image(48, 22, 88 * 1.02, 250 * 1.02, img)
            sh.rect(0, 0, 14, 297, width_mm=0, fill=(40, 40, 44))
            if annotate:
                sh.handwriting(150, 270, annotate, rng, size_pt=12)
            return [sh]
        if habit == "held":
            # the client held the open booklet up in front of the phone and sent the photo; the office printed it
            # on A4 under the message's header line and ticked it
            spread = Sheet(125, 176)
            paste(spread, _facing_page(code, rng), 0, 0, dpi=220)
            paste(spread, page, 0, 88, dpi=300)
            img = held_photo(spread, rng, dpi=230)
            w = 150
            h = w * img.height / img.width
            sh.image(30, 22, w, min(h, 240), img)
            when = datetime.datetime.combine(TODAY - datetime.timedelta(days=rng.randint(3, 40)),
                                             datetime.time(rng.randint(8, 21), rng.randint(0, 59)))
            phone_caption(sh, 30, 16, when, rng)
            tick(sh, 178, 30, 8, rng)
            if annotate:
                sh.handwriting(30, 268, annotate, rng, size_pt=12)
            return [sh]
        if habit == "desk":
            # the booklet photographed lying open on a desk with a pen beside it, printed in the upper half
            img = desk_photo(page, rng, dpi=300)
            w = 170
            sh.image(20, 18, w, w * img.height / img.width, img)
            if annotate:
                sh.handwriting(20, 160, annotate, rng, size_pt=12)
            return [sh]
        # "dust": a flatbed copy low on the sheet, dust and a hair on the glass, a water stain in the top margin
        paste(sh, page, 40, 150, k=1.05, dpi=300)
        sh.rect(38, 148, 135, 96, width_mm=0.15, color=(200, 200, 200))
        img = sh.render(220)
        img = water_stain(img, rng, where=(rng.uniform(0.25, 0.75), 0.12), r=0.11)
        img = glass_dust(img, rng, n=60)
        out = sheet_of(img)
        if annotate:
            out.handwriting(40, 260, annotate, rng, size_pt=12)
        return [out]

    return make


for _code, _habit, _lang, _note in (
    ("GEO", "curl", "ka/en", "Georgian passport: the open booklet copied sideways, the pages curving into the gutter"),
    ("SLE", "held", "en/fr", "Sierra Leonean passport held open in front of a phone, the photo printed under the "
                             "gallery's file line, ticked by the office"),
    ("TUR", "desk", "tr/en", "Turkish passport photographed open on a wooden desk with a pen beside it"),
    ("SUR", "dust", "nl/en", "Surinamese passport on a dusty flatbed, a hair on the glass, a water stain above"),
):
    _register(f"passport-td3-{_code.lower()}-foto-rechts-geperforeerd-nummer-{_habit}-33", "identity-document",
              PART, _lang, _passport(_code, _habit), country=_code, mrz="TD3", photo=True,
              notes=_note + "; photo at the right with a ghost image, italic bilingual captions above bold values")


# --------------------------------------------------------------------------- Georgian identity card (TD1)

def idcard_geo(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, crop=False,
               annotate=None, **opts):
    """Georgia's electronic identity card: the front with the photo at the LEFT and a small ghost image at the
    lower right, bilingual Georgian/English captions above the values, the personal number in red; the back with
    the place of birth, the issuing office, a chip outline and the three MRZ lines.  Scanned with a phone app's
    'ID card' mode: the two sides cut out with rounded corners, one above the other in the middle of an A4
    page, the app's grey footer line at the bottom."""
    issue, expiry = _dates(rng, issue_date, expiry_date, 10)
    number = f"{rng.randint(13, 25)}ID{_digits(rng, 5)}"
    pn = _digits(rng, 11)
    md = _mrz_data(person, mrz_override)
    lines = M.td1(issuing="GEO", surname=md["surname"], given=md["given_names"], number=md.get("number", number),
                  nationality=md["nationality"], birth_date=md["birth_date"], sex=md["sex"], expiry=expiry,
                  optional2=pn, break_check=break_check)
    f, fb = FSANS, FSANS_B
    col = (150, 28, 38)
    fr = Sheet(85.6, 54)
    fr.image(0, 0, 85.6, 54, _guilloche(85.6, 54, rng, bg=(240, 236, 240), ink=(214, 200, 212), n=16))
    fr.text(3, 2, glyphs("საქართველო", fb), font=fb, size_pt=6.8, color=col)
    fr.text(3, 5.4, "GEORGIA · პირადობის მოწმობა · PERSONAL ID CARD", font=f, size_pt=3.8, color=GREY)
    fr.photo(3, 11, 22, 28, rng)
    fr.signature(4, 42, 20, 6, rng, color=INK_K)
    cells = [(28, 10.5, 54, "გვარი / Surname", person.surname.upper(), None),
             (28, 16.3, 54, "სახელი / Name", person.given_names.upper(), None),
             (28, 22.1, 12, "სქესი / Sex", person.sex, None),
             (42, 22.1, 14, "მოქალაქეობა / Citizenship", "GEO", None),
             (58, 22.1, 26, "დაბადების თარიღი / Date of birth", person.birth_date.strftime("%d.%m.%Y"), None),
             (28, 27.9, 30, "პირადი ნომერი / Personal No.", pn, col),
             (60, 27.9, 24, "ბარათის ნომერი / Card No.", number, None),
             (28, 33.7, 30, "მოქმედების ვადა / Date of expiry", expiry.strftime("%d.%m.%Y"), None)]
    for x, y, w, a, b, cc in cells:
        fr.text(x, y, glyphs(a, f), font=f, size_pt=fit(glyphs(a, f), f, 3.2, w - 1), color=GREY)
        fr.text(x, y + 1.6, glyphs(b, fb), font=fb, size_pt=fit(glyphs(b, fb), fb, 6.0, w - 1),
                color=cc or (0, 0, 0))
    ghost = make_photo(9, 11, rng).convert("L").point(lambda v: 170 + v // 3).convert("RGB")
    fr.image(74, 40, 9, 11, ghost)
    bk = Sheet(85.6, 54)
    bk.rect(0, 0, 85.6, 54, width_mm=0, fill=(238, 238, 242))
    for i, (a, b) in enumerate((("დაბადების ადგილი / Place of birth", strip_accents(person.birth_place).upper()),
                                ("გაცემის თარიღი / Date of issue", issue.strftime("%d.%m.%Y")),
                                ("გამცემი ორგანო / Issuing authority", "PSDA"))):
        bk.text(3, 3 + i * 6.4, glyphs(a, f), font=f, size_pt=3.2, color=GREY)
        bk.text(3, 4.8 + i * 6.4, glyphs(b, fb), font=fb, size_pt=5.8)
    bk.rect(60, 4, 12, 10, width_mm=0.3, color=(170, 150, 80), fill=(214, 196, 120))
    for k in range(3):
        bk.rule(60, 6.5 + k * 2.5, 72, 6.5 + k * 2.5, width_mm=0.15, color=(150, 130, 60))
    _mono_mrz(bk, 2.4, 30.5, lines, pitch=5.6, size=OCR * 0.98)
    if crop:
        return [fr, bk]
    sh = Sheet()
    for i, side in enumerate((fr, bk)):
        img = side.render(300).convert("RGBA")
        m = Image.new("L", img.size, 0)
        ImageDraw.Draw(m).rounded_rectangle([0, 0, img.width - 1, img.height - 1], radius=int(img.width * 0.04),
                                            fill=255)
        img.putalpha(m)
        sh.image(42, 34 + i * 92, 126, 126 * 54 / 85.6, img)
    sh.rule(14, 284, 196, 284, width_mm=0.15, color=(200, 200, 200))
    sh.text(105, 286, f"Scanned with DocuSnap · {TODAY - datetime.timedelta(days=rng.randint(2, 90)):%d/%m/%Y}",
            font=NARR, size_pt=7, anchor="center", color=(150, 150, 150))
    if annotate:
        sh.handwriting(42, 262, annotate, rng, size_pt=12)
    return [sh]


_register("idcard-td1-geo-app-id-modus-afgeronde-hoeken-onder-elkaar-33", "identity-document", PART, "ka/en",
          idcard_geo, country="GEO", mrz="TD1", photo=True,
          notes="Georgian ID card, both sides cut out by a phone scanner app's ID mode, one above the other")


# --------------------------------------------------------------------------- Dutch residence document (TD1)

def permit_nl(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, crop=False,
              v_number=None, purpose=None, annotate=None, **opts):
    """The Dutch residence document (verblijfsdocument), front and back side by side across the upper third of a
    cream sheet, the front's 'VNR' and the back's remarks; the card was in a clear plastic sleeve whose edge and
    a pale glare band cross both sides; the office's 'KOPIE' stamp and a date under them."""
    issue, expiry = _dates(rng, issue_date, expiry_date, 5)
    number = "".join(rng.choice("BCDFGHJKLMNPRSTVWXZ") for _ in range(2)) + _digits(rng, 7)
    vnr = v_number or ("2" + _digits(rng, 9))
    md = _mrz_data(person, mrz_override)
    lines = M.td1(issuing="NLD", surname=md["surname"], given=md["given_names"], number=md.get("number", number),
                  nationality=md["nationality"], birth_date=md["birth_date"], sex=md["sex"], expiry=expiry,
                  doc_code="IR", break_check=break_check)
    f, fb = GOTH, GOTH_B
    fr = Sheet(85.6, 54)
    fr.image(0, 0, 85.6, 54, _guilloche(85.6, 54, rng, bg=(236, 240, 246), ink=(200, 214, 232), n=18))
    fr.text(3, 2, "VERBLIJFSDOCUMENT", font=fb, size_pt=6.8, color=(30, 60, 120))
    fr.text(3, 5.6, "NEDERLAND · RESIDENCE PERMIT", font=f, size_pt=3.8, color=GREY)
    fr.photo(3, 11, 21, 27, rng)
    cells = [(27, 10, 56, "Naam", person.surname.upper()), (27, 15.6, 56, "Voornamen", person.given_names.upper()),
             (27, 21.2, 28, "Geboortedatum", person.birth_date.strftime("%d %m %Y")),
             (57, 21.2, 12, "Nationaliteit", person.nationality), (71, 21.2, 12, "Geslacht", person.sex),
             (27, 26.8, 28, "Geldig tot", expiry.strftime("%d %m %Y")), (57, 26.8, 26, "VNR", vnr)]
    for x, y, w, a, b in cells:
        fr.text(x, y, a, font=f, size_pt=3.3, color=GREY)
        fr.text(x, y + 1.6, b, font=fb, size_pt=fit(b, fb, 6.2, w - 1))
    fr.text(27, 48, number, font=fb, size_pt=5, color=(180, 40, 40))
    bk = Sheet(85.6, 54)
    bk.rect(0, 0, 85.6, 54, width_mm=0, fill=(238, 242, 246))
    bk.text(3, 3, "Verblijfsdoel / opmerkingen", font=f, size_pt=3.3, color=GREY)
    pv = (purpose or "verblijf bij partner").upper()
    for j, r_ in enumerate(wrap(pv, 56, fb, 5.4)[:2]):
        bk.text(3, 5 + j * 2.8, r_, font=fb, size_pt=5.4)
    bk.text(3, 12, f"Afgegeven {issue.strftime('%d-%m-%Y')} · IND", font=f, size_pt=4.2)
    bk.text(3, 15.5, "Arbeid vrij toegestaan. TWV niet vereist.", font=f, size_pt=4.0)
    _mono_mrz(bk, 2.4, 30.5, lines, pitch=5.6, size=OCR * 0.98)
    if crop:
        return [fr, bk]
    sh = Sheet(paper="cream")
    paste(sh, fr, 14, 26, k=1.0, dpi=300)
    paste(sh, bk, 110, 26, k=1.0, dpi=300)
    # the sleeve: a thin edge line and a pale glare band across both sides
    sh.rect(10, 20, 190, 66, width_mm=0.25, color=(170, 176, 182))
    g = Image.new("RGBA", (800, 120), (255, 255, 255, 0))
    dg = ImageDraw.Draw(g)
    dg.polygon([(0, 40), (800, 10), (800, 36), (0, 66)], fill=(255, 255, 255, 110))
    sh.image(10, 40, 190, 28, g.filter(ImageFilter.GaussianBlur(6)))
    sh.stamp(rng.uniform(30, 60), 96, ["KOPIE"], rng, shape="rect", size_mm=22, color=ST_RED,
             angle=rng.uniform(-4, 4))
    sh.handwriting(rng.uniform(80, 110), 100, (TODAY - datetime.timedelta(days=rng.randint(3, 30))).strftime("%d-%m"),
                   rng, size_pt=12, color=INK, font=PEN)
    if annotate:
        sh.handwriting(14, 120, annotate, rng, size_pt=12)
    return [sh]


_register("permit-nl-verblijfsdocument-naast-elkaar-plastic-hoes-glans-kopiestempel-33", "identity-document", PART,
          "nl", permit_nl, country="NLD", mrz="TD1", photo=True,
          notes="Dutch residence card, both sides side by side in a plastic sleeve (glare band), 'KOPIE' stamp")


# --------------------------------------------------------------------------- birth certificates

def _par(person, father, mother):
    fa = father or person.father or "—"
    mo = mother or person.mother or "—"
    return fa, mo


def birth_geo(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Georgia: a birth certificate extract printed from the Public Service Development Agency's registry,
    bilingual (Georgian over English in every cell of a ruled table), the registry's QR code and the note that it
    bears a qualified electronic seal instead of a signature; the printed sheet later crumpled and smoothed."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(30, 400))
    act = act_date or person.birth_date + datetime.timedelta(days=rng.randint(3, 30))
    fa, mo = _par(person, father, mother)
    f, fb = FSANS, FSANS_B
    sh = Sheet()
    col = (120, 24, 36)
    sh.rect(20, 14, 10, 12, width_mm=0, fill=col)
    sh.rect(24, 14, 2, 12, width_mm=0, fill=(255, 255, 255))
    sh.rect(20, 19, 10, 2, width_mm=0, fill=(255, 255, 255))
    sh.text(34, 14, glyphs("საქართველოს იუსტიციის სამინისტრო", fb), font=fb, size_pt=10, color=col)
    sh.text(34, 19.5, "Ministry of Justice of Georgia · LEPL Public Service Development Agency", font=f,
            size_pt=8, color=GREY)
    sh.text(105, 38, glyphs("დაბადების მოწმობა", fb), font=fb, size_pt=15, anchor="center")
    sh.text(105, 45, "BIRTH CERTIFICATE", font=fb, size_pt=12, anchor="center", color=GREY)
    reg = f"{act.year}{_digits(rng, 7)}"
    rows = [("გვარი", "Surname", person.surname.upper()), ("სახელი", "Name", person.given_names.upper()),
            ("სქესი", "Sex", "მამრობითი / male" if person.sex == "M" else "მდედრობითი / female"),
            ("დაბადების თარიღი", "Date of birth", f"{person.birth_date.strftime('%d.%m.%Y')}"),
            ("დაბადების ადგილი", "Place of birth", f"{person.birth_place}, Georgia"),
            ("მამა", "Father", fa), ("დედა", "Mother", mo),
            ("აქტის ჩანაწერის №", "Act record No.", reg),
            ("რეგისტრაციის თარიღი", "Date of registration", act.strftime("%d.%m.%Y"))]
    y = 56
    for a, b, v in rows:
        sh.rect(20, y, 64, 12, width_mm=0.25, color=(150, 150, 150), fill=(246, 244, 244))
        sh.rect(84, y, 106, 12, width_mm=0.25, color=(150, 150, 150))
        sh.text(22, y + 1.4, glyphs(a, f), font=f, size_pt=8.5)
        sh.text(22, y + 6.3, b, font=f, size_pt=8.5, color=GREY)
        vv = glyphs(v, fb)
        sh.text(87, y + 3.4, vv, font=fb, size_pt=fit(vv, fb, 11, 100))
        y += 12
    y += 8
    sh.paragraph(20, y, 120, glyphs(
        "დოკუმენტი დამოწმებულია კვალიფიციური ელექტრონული შტამპით. / This document bears the qualified "
        "electronic seal of the Agency and is valid without a signature.", f), font=f, size_pt=8.5, leading=1.4,
        color=GREY)
    qr(sh, 160, y - 2, 28, reg + person.surname)
    sh.text(20, y + 22, f"{issue.strftime('%d.%m.%Y')} · Tbilisi · {rng.randint(100000, 999999)}", font=f,
            size_pt=8.5)
    sh.text(105, 284, "www.sda.gov.ge", font=f, size_pt=7.5, anchor="center", color=GREY)
    return [sheet_of(crumpled(sh.render(200), rng))]


def birth_sle(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Sierra Leone: the National Civil Registration Authority's certificate of birth, a printed form with a
    green border whose entries are written in by hand in blue ballpoint, the registrar's signature BELOW the
    dotted line with the round stamp beside it; a water stain in the lower margin."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(30, 400))
    act = act_date or person.birth_date + datetime.timedelta(days=rng.randint(3, 40))
    fa, mo = _par(person, father, mother)
    f, fb = NROM, NROM_B
    sh = Sheet()
    gr = (30, 110, 70)
    sh.rect(12, 12, 186, 273, width_mm=1.2, color=gr)
    sh.rect(14.5, 14.5, 181, 268, width_mm=0.3, color=gr)
    sh.text(105, 22, "REPUBLIC OF SIERRA LEONE", font=fb, size_pt=14, anchor="center", color=gr)
    sh.text(105, 29, "NATIONAL CIVIL REGISTRATION AUTHORITY", font=f, size_pt=10, anchor="center")
    sh.text(105, 40, "CERTIFICATE OF BIRTH", font=fb, size_pt=17, anchor="center")
    sh.text(105, 48, "(Births and Deaths Registration Act)", font=NROM_I, size_pt=9, anchor="center", color=GREY)
    no = f"NCRA/{act.year}/{rng.randint(10000, 99999)}"
    sh.text(160, 56, "No.", font=f, size_pt=10)
    sh.handwriting(168, 54.5, no, rng, size_pt=11, color=INK, font=PEN_BI)
    ink = rng.choice([INK, (20, 30, 100)])
    rows = [("Name of child", f"{person.given_names} {person.surname.upper()}"),
            ("Sex", "Male" if person.sex == "M" else "Female"),
            ("Date of birth", en_ord(person.birth_date)),
            ("Place of birth", f"{person.birth_place}, {rng.choice(['Western Area', 'Southern Province', 'Eastern Province', 'Northern Province'])}"),
            ("Name of father", fa), ("Nationality of father", "Sierra Leonean"),
            ("Name of mother", mo), ("Nationality of mother", "Sierra Leonean"),
            ("Date of registration", act.strftime("%d/%m/%Y")),
            ("Registration district", rng.choice(["Western Area Urban", "Bo", "Kenema", "Bombali"]))]
    y = 70
    for a, v in rows:
        sh.text(24, y, a, font=f, size_pt=11)
        x0 = 78
        sh.rule(x0, y + 5, 184, y + 5, width_mm=0.2, color=(90, 90, 90), dash=0.5)
        vv = glyphs(v, PEN_BI)
        sh.handwriting(x0 + 2, y - 2, vv, rng, size_pt=fit(vv, PEN_BI, 13, 90), color=ink, font=PEN_BI)
        y += 13
    y += 6
    sh.paragraph(24, y, 162, "I hereby certify that the above is a true extract of an entry in the Register of "
                             "Births kept by me.", font=NROM_I, size_pt=10.5)
    y += 20
    sh.text(24, y, "Date of issue:", font=f, size_pt=10.5)
    sh.handwriting(52, y - 2, issue.strftime("%d/%m/%Y"), rng, size_pt=12, color=ink, font=PEN_BI)
    sh.rule(110, y + 14, 180, y + 14, width_mm=0.25, dash=0.5)
    sh.text(110, y + 16, "Registrar of Births and Deaths", font=f, size_pt=10)
    sh.signature(116, y + 18, 46, 13, rng, color=ink)
    sh.stamp(rng.uniform(40, 60), y + 6, ["NCRA", "SIERRA LEONE", "REGISTRAR"], rng, shape="round", size_mm=28,
             color=rng.choice([ST_BLUE, ST_VIOLET]))
    img = water_stain(sh.render(200), rng, where=(rng.uniform(0.3, 0.7), 0.9), r=0.13)
    return [sheet_of(img)]


def birth_tur(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Türkiye: 'Nüfus Kayıt Örneği' of a district population office limited to the birth entry, a typed record
    in Turkish only: the office's heading in the upper left, the record as a ruled grid of label cells and
    values in Courier Prime Sans, the office's rectangular 'ASLI GİBİDİR' stamp and the officer's initials; a
    strip of clear tape over a tear in the left margin."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(30, 300))
    fa, mo = _par(person, father, mother)
    f, fb = FSANS, FSANS_B
    m = CPS
    sh = Sheet()
    ilce = rng.choice(["Çankaya", "Kadıköy", "Emirdağ", "Melikgazi", "Şahinbey", "Yakutiye"])
    sh.text(20, 14, "T.C.", font=fb, size_pt=11)
    sh.text(20, 19.5, "İÇİŞLERİ BAKANLIĞI", font=fb, size_pt=10)
    sh.text(20, 24.5, "Nüfus ve Vatandaşlık İşleri Genel Müdürlüğü", font=f, size_pt=9)
    sh.text(20, 29.5, f"{ilce} İlçe Nüfus Müdürlüğü", font=f, size_pt=9)
    sh.text(190, 14, f"Tarih: {issue.strftime('%d.%m.%Y')}", font=f, size_pt=9, anchor="right")
    sh.text(190, 19.5, f"Sayı: {rng.randint(10000000, 99999999)}", font=f, size_pt=9, anchor="right")
    sh.text(105, 44, "NÜFUS KAYIT ÖRNEĞİ", font=fb, size_pt=15, anchor="center")
    sh.text(105, 51, "(Doğum Kaydı)", font=f, size_pt=10, anchor="center")
    rows = [("T.C. Kimlik No", str(rng.randint(1, 9)) + _digits(rng, 10)),
            ("Soyadı", person.surname.upper()), ("Adı", person.given_names.upper()),
            ("Baba Adı", fa.split()[0].upper()), ("Ana Adı", mo.split()[0].upper()),
            ("Doğum Yeri", person.birth_place.upper()), ("Doğum Tarihi", person.birth_date.strftime("%d.%m.%Y")),
            ("Cinsiyeti", "Erkek" if person.sex == "M" else "Kadın"),
            ("Medeni Hali", rng.choice(["Bekâr", "Evli"])),
            ("İl / İlçe", f"{rng.choice(['Ankara', 'İstanbul', 'Afyonkarahisar', 'Kayseri'])} / {ilce}"),
            ("Cilt / Hane / Sıra", f"{rng.randint(10, 240)} / {rng.randint(1, 300)} / {rng.randint(1, 60)}"),
            ("Olay Tarihi", (person.birth_date + datetime.timedelta(days=rng.randint(3, 40))).strftime("%d.%m.%Y")),
            ("Durumu", "Sağ")]
    y = 62
    for a, b in rows:
        sh.rect(26, y, 58, 9, width_mm=0.25, fill=(238, 238, 238))
        sh.rect(84, y, 100, 9, width_mm=0.25)
        sh.text(28, y + 2.2, a, font=fb, size_pt=9.5)
        bb = glyphs(b, m)
        sh.text(87, y + 2, bb, font=m, size_pt=fit(bb, m, 10.5, 94))
        y += 9
    y += 10
    sh.paragraph(26, y, 158, "Bu belge nüfus kütüğündeki kayda uygun olarak düzenlenmiştir.", font=f, size_pt=9.5)
    sh.stamp(rng.uniform(110, 130), y + 10, ["ASLI GİBİDİR", f"{ilce.upper()} NÜFUS MÜD."], rng, shape="rect",
             size_mm=38, color=ST_VIOLET, angle=rng.uniform(-5, 5))
    sh.handwriting(rng.uniform(150, 165), y + 28, rng.choice(["M.K.", "A.Y.", "S.D."]), rng, size_pt=12, color=INK,
                   font=PEN)
    sh.text(26, y + 40, "Nüfus Memuru", font=f, size_pt=9)
    # the apostille the district governor's office adds for use abroad, as a framed stamp at the foot
    ay = 226
    sh.rect(104, ay, 82, 48, width_mm=0.5, color=(60, 60, 120))
    sh.text(145, ay + 1.5, "APOSTİL", font=fb, size_pt=10, anchor="center", color=(60, 60, 120))
    sh.text(145, ay + 6, "(Convention de La Haye du 5 octobre 1961)", font=f, size_pt=6.5, anchor="center",
            color=(60, 60, 120))
    kay = rng.choice(["Çankaya", "Kadıköy", "Melikgazi", "Şahinbey"])
    items = ["1. Ülke: Türkiye Cumhuriyeti", "2. İmzalayan: Nüfus Memuru", "3. Sıfatı: Nüfus Müdürlüğü",
             f"4. Mührü: {ilce} İlçe Nüfus Müdürlüğü", f"5. Yer: {kay} Kaymakamlığı",
             f"6. Tarih: {(issue + datetime.timedelta(days=rng.randint(1, 9))).strftime('%d.%m.%Y')}",
             "7. Makam: Kaymakam a.", f"8. Sayı: {rng.randint(1000, 9999)}/{issue.year}", "9. Mühür  10. İmza"]
    for k, it in enumerate(items):
        sh.text(107, ay + 10 + k * 3.9, it, font=f, size_pt=6.8)
    sh.signature(150, ay + 34, 28, 9, rng, color=INK)
    tear(sh, 8, rng.uniform(120, 170), 14, rng)
    tape(sh, 4, rng.uniform(112, 162), 22, 7, rng, angle=rng.uniform(-6, 6))
    return [sh]


def _be_com(city: str) -> tuple[str, str]:
    return {"Antwerpen": ("nl", "2000"), "Gent": ("nl", "9000"), "Leuven": ("nl", "3000"),
            "Mechelen": ("nl", "2800"), "Genk": ("nl", "3600"), "Oostende": ("nl", "8400"),
            "Brussel": ("bi", "1000"), "Bruxelles": ("bi", "1000"), "Schaerbeek": ("bi", "1030"),
            "Anderlecht": ("bi", "1070"), "Sint-Jans-Molenbeek": ("bi", "1080"),
            "Molenbeek-Saint-Jean": ("bi", "1080"), "Liège": ("fr", "4000"), "Charleroi": ("fr", "6000"),
            "Namur": ("fr", "5000")}.get(city, ("nl", "9000"))


_BL = {
    "nl": dict(tb="UITTREKSEL UIT DE AKTE VAN GEBOORTE", tm="UITTREKSEL UIT DE AKTE VAN HUWELIJK",
               head=["Rubriek", "Gegeven", "Inhoud"], nm="Naam", gv="Voornamen", sx="Geslacht", bd="Geboortedatum",
               bp="Geboorteplaats", fa="Vader / meemoeder", mo="Moeder", m="mannelijk", f="vrouwelijk",
               s1="Het kind", s2="De ouders", sm1="Eerste echtgenoot", sm2="Tweede echtgenoot", sm3="Het huwelijk",
               md="Datum van het huwelijk", mp="Plaats van het huwelijk", akte="Aktenummer DABS",
               by="Afgegeven te", on="op", who="Voor de ambtenaar van de burgerlijke stand, de gemachtigde beambte",
               note="Uittreksel afgeleverd op basis van de Databank Akten Burgerlijke Stand (DABS). "
                    "Vrijgesteld van legalisatie (art. 1 Verordening (EU) 2016/1191)."),
    "fr": dict(tb="EXTRAIT D'ACTE DE NAISSANCE", tm="EXTRAIT D'ACTE DE MARIAGE",
               head=["Rubrique", "Donnée", "Contenu"], nm="Nom", gv="Prénoms", sx="Sexe", bd="Date de naissance",
               bp="Lieu de naissance", fa="Père / coparente", mo="Mère", m="masculin", f="féminin",
               s1="L'enfant", s2="Les parents", sm1="Premier époux", sm2="Second époux", sm3="Le mariage",
               md="Date du mariage", mp="Lieu du mariage", akte="Numéro d'acte BAEC",
               by="Délivré à", on="le", who="Pour l'officier de l'état civil, le préposé délégué",
               note="Extrait délivré sur la base de la Banque de données des actes de l'état civil (BAEC). "
                    "Dispensé de légalisation."),
}


def _be_date(d: datetime.date, lang: str) -> str:
    return nl_long(d) if lang == "nl" else fr_long(d)


def _be_extract(kind: str):
    def make(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, spouse=None,
             marriage_date=None, **opts):
        """A Belgian commune's extract printed from the civil-status database as a three-column table (rubric
        number, item, content) with a dark header row, the commune's name and arms at the upper RIGHT, the
        database act number in a box at the left; the delegated officer's signature BESIDE the printed title at
        the foot and the commune's round ink stamp over the end of the title; in the commune's language (Brussels
        communes in the applicant's file language, drawn at random)."""
        if kind == "birth":
            city = person.birth_place
        else:
            a = person.address
            city = a.city if a is not None and a.country == "BE" and a.city in (
                "Antwerpen", "Gent", "Leuven", "Mechelen", "Liège", "Charleroi", "Namur", "Schaerbeek",
                "Anderlecht", "Bruxelles", "Brussel") else rng.choice(["Gent", "Antwerpen", "Liège", "Schaerbeek"])
        lg, pc = _be_com(city)
        lang = rng.choice(["nl", "fr"]) if lg == "bi" else lg
        L = _BL[lang]
        issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(20, 300))
        f, fb = CAL, CAL_B
        sh = Sheet()
        sh.text(190, 14, ("Stad " if lang == "nl" else "Ville de ") + city, font=fb, size_pt=12, anchor="right")
        sh.text(190, 20, ("Burgerzaken – burgerlijke stand" if lang == "nl" else "Population – état civil")
                + f" · {pc} {city}", font=f, size_pt=8.5, anchor="right", color=GREY)
        # arms: a small shield in outline
        sh.rect(150 - 24, 12, 8, 10, width_mm=0.4, color=(60, 60, 60))
        sh.rule(150 - 24, 17, 150 - 16, 17, width_mm=0.3, color=(60, 60, 60))
        akte = f"{issue.year - rng.randint(0, 3)}/{_digits(rng, 3)}/{_digits(rng, 6)}"
        sh.rect(20, 12, 58, 12, width_mm=0.3)
        sh.text(22, 13.2, L["akte"], font=f, size_pt=7.5, color=GREY)
        sh.text(22, 17.8, akte, font=fb, size_pt=10)
        sh.text(105, 38, L["tb"] if kind == "birth" else L["tm"], font=fb, size_pt=14, anchor="center")
        y = 50
        sh.rect(20, y, 170, 7, width_mm=0, fill=(52, 58, 70))
        for t, x in zip(L["head"], (22, 38, 94)):
            sh.text(x, y + 1.3, t, font=fb, size_pt=9, color=(255, 255, 255))
        y += 7
        n = 0

        def item(a, b, sec=None):
            nonlocal y, n
            if sec:
                sh.rect(20, y, 170, 6.5, width_mm=0, fill=(226, 228, 232))
                sh.text(22, y + 1.1, sec, font=fb, size_pt=9.5)
                y += 6.5
            n += 1
            sh.rect(20, y, 170, 8, width_mm=0.2, color=(170, 170, 176))
            sh.text(23, y + 2, f"{n:02d}", font=f, size_pt=9.5, color=GREY)
            sh.text(38, y + 2, a, font=f, size_pt=9.5)
            bb = glyphs(b, fb)
            sh.text(94, y + 1.8, bb, font=fb, size_pt=fit(bb, fb, 10.5, 94))
            y += 8

        if kind == "birth":
            fa, mo = _par(person, father, mother)
            item(L["nm"], person.surname.upper(), L["s1"])
            item(L["gv"], person.given_names)
            item(L["sx"], L["m"] if person.sex == "M" else L["f"])
            item(L["bd"], _be_date(person.birth_date, lang))
            item(L["bp"], f"{person.birth_place}")
            item(L["fa"], fa, L["s2"])
            item(L["mo"], mo)
        else:
            wed = marriage_date or TODAY - datetime.timedelta(days=rng.randint(400, 3000))
            for title, pp in ((L["sm1"], person), (L["sm2"], spouse)):
                if pp is None:
                    continue
                item(L["nm"], pp.surname.upper(), title)
                item(L["gv"], pp.given_names)
                item(L["bd"], _be_date(pp.birth_date, lang))
                item(L["bp"], pp.birth_place)
            item(L["md"], _be_date(wed, lang), L["sm3"])
            item(L["mp"], city)
        y += 10
        sh.text(20, y, f"{L['by']} {city}, {L['on']} {_be_date(issue, lang)}.", font=f, size_pt=10)
        y += 14
        w = sh.text(20, y, L["who"], font=f, size_pt=9)
        sh.signature(24 + w, y - 8, 40, 14, rng, color=INK)
        sh.stamp(w - 18, y - 12, [("STAD " if lang == "nl" else "VILLE DE ") + city.upper()[:18], "BURGERLIJKE STAND"
                                  if lang == "nl" else "ÉTAT CIVIL", pc], rng, shape="round", size_mm=26,
                 color=rng.choice([ST_BLUE, ST_VIOLET]))
        sh.paragraph(20, 272, 170, L["note"], font=CAL_I, size_pt=7.8, color=GREY)
        return [sh]

    return make


for _fid, _code, _lang, _fn, _note in (
    ("birth-geo-psda-tweetalig-raster-qr-e-zegel-verfrommeld-33", "GEO", "ka/en", birth_geo,
     "Georgian birth certificate printed from the registry, Georgian over English in a ruled table, QR code and "
     "e-seal, crumpled and smoothed"),
    ("birth-sle-ncra-groene-rand-balpen-ingevuld-waterkring-33", "SLE", "en", birth_sle,
     "Sierra Leonean certificate of birth, green-bordered form filled in with a ballpoint, water stain"),
    ("birth-tur-nufus-kayit-ornegi-raster-asli-gibidir-plakband-33", "TUR", "tr", birth_tur,
     "Turkish population-register extract (birth) in Turkish only, ruled grid, 'ASLI GİBİDİR' stamp, tape"),
    ("birth-be-dabs-drie-kolommen-donkere-kopregel-stempel-over-titel-33", "BEL", "nl/fr", _be_extract("birth"),
     "Belgian birth extract as a three-column table with a dark header row, signature beside the title"),
):
    _register(_fid, "birth-certificate", PART, _lang, _fn, country=_code, notes=_note)

_register("marriage-be-dabs-drie-kolommen-donkere-kopregel-stempel-over-titel-33", "marriage-certificate", PART,
          "nl/fr", _be_extract("marriage"), country="BEL", notes="Belgian marriage extract in the same layout")


# --------------------------------------------------------------------------- marriage certificates

def marriage_geo(person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    """Georgia: the marriage certificate printed from the registry, the two spouses in two columns (Georgian
    caption over English), the marriage's date and place across the foot of the table, the QR code and e-seal
    note; the printed sheet folded in four (two fold shadows crossing)."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(60, 500))
    wed = marriage_date or TODAY - datetime.timedelta(days=rng.randint(800, 4000))
    q = spouse
    f, fb = FSANS, FSANS_B
    col = (120, 24, 36)
    sh = Sheet()
    sh.text(20, 14, glyphs("საქართველოს იუსტიციის სამინისტრო", fb), font=fb, size_pt=10, color=col)
    sh.text(20, 19.5, "Ministry of Justice of Georgia · Public Service Development Agency", font=f, size_pt=8,
            color=GREY)
    sh.text(105, 36, glyphs("ქორწინების მოწმობა", fb), font=fb, size_pt=15, anchor="center")
    sh.text(105, 43, "MARRIAGE CERTIFICATE", font=fb, size_pt=12, anchor="center", color=GREY)
    hdr = [("ქმარი / Husband", person), ("ცოლი / Wife", q)]
    for i, (t, pp) in enumerate(hdr):
        x = 20 + i * 85
        sh.rect(x, 52, 85, 8, width_mm=0.25, fill=(236, 230, 232))
        sh.text(x + 2, 53.8, glyphs(t, fb), font=fb, size_pt=9.5)
        rows = [("გვარი / Surname", pp.surname.upper() if pp else "—"),
                ("სახელი / Name", pp.given_names.upper() if pp else "—"),
                ("დაბადების თარიღი / Date of birth", pp.birth_date.strftime("%d.%m.%Y") if pp else "—"),
                ("დაბადების ადგილი / Place of birth", pp.birth_place if pp else "—"),
                ("მოქალაქეობა / Citizenship", "Georgia" if pp and pp.nationality == "GEO" else
                 (pp.nationality if pp else "—"))]
        y = 60
        for a, b in rows:
            sh.rect(x, y, 85, 13, width_mm=0.25, color=(150, 150, 150))
            sh.text(x + 2, y + 1.2, glyphs(a, f), font=f, size_pt=fit(glyphs(a, f), f, 7.5, 81), color=GREY)
            bb = glyphs(b, fb)
            sh.text(x + 2, y + 6.2, bb, font=fb, size_pt=fit(bb, fb, 11, 80))
            y += 13
    y = 60 + 13 * 5
    reg = f"{wed.year}{_digits(rng, 7)}"
    for a, b in (("ქორწინების თარიღი / Date of marriage", wed.strftime("%d.%m.%Y")),
                 ("რეგისტრაციის ადგილი / Place of registration", rng.choice(["Tbilisi", "Kutaisi", "Batumi",
                                                                              "Rustavi"])),
                 ("აქტის ჩანაწერის № / Act record No.", reg)):
        sh.rect(20, y, 170, 10, width_mm=0.25, color=(150, 150, 150))
        sh.text(22, y + 2.4, glyphs(a, f), font=f, size_pt=8.5, color=GREY)
        sh.text(188, y + 2, b, font=fb, size_pt=11, anchor="right")
        y += 10
    y += 10
    sh.paragraph(20, y, 120, "This document bears the qualified electronic seal of the Agency and is valid without "
                             "a signature.", font=f, size_pt=8.5, color=GREY)
    qr(sh, 160, y - 4, 26, reg)
    sh.text(20, y + 16, f"{issue.strftime('%d.%m.%Y')} · Tbilisi", font=f, size_pt=8.5)
    img = sh.render(200)
    W, H = img.size
    for (x0, y0, x1, y1) in ((W // 2 - 3, 0, W // 2 + 3, H), (0, H // 2 - 3, W, H // 2 + 3)):
        band = Image.new("L", (W, H), 0)
        ImageDraw.Draw(band).rectangle([x0, y0, x1, y1], fill=120)
        band = band.filter(ImageFilter.GaussianBlur(W / 150))
        img = ImageChops.multiply(img, Image.merge("RGB", [band.point(lambda v: 255 - v // 3)] * 3))
    return [sheet_of(img)]


def marriage_sle(person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    """Sierra Leone: a certified copy of an entry of marriage on the old register form printed in LANDSCAPE, the
    columns (No., When married, Name and surname, Age, Condition, Rank or profession, Residence, Father's name)
    filled in by hand, one row for each spouse; 'Married in the ... according to the rites of ...' above, the
    registrar's certification and signature under it with the stamp over the signature's end."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(60, 500))
    wed = marriage_date or TODAY - datetime.timedelta(days=rng.randint(800, 4000))
    q = spouse
    f, fb = NROM, NROM_B
    ink = rng.choice([INK, INK_K])
    sh = Sheet(297, 210)
    sh.text(148.5, 14, "REPUBLIC OF SIERRA LEONE", font=fb, size_pt=13, anchor="center")
    sh.text(148.5, 20.5, "CERTIFIED COPY OF AN ENTRY OF MARRIAGE", font=fb, size_pt=12, anchor="center")
    sh.text(148.5, 27, "Christian Marriage Act (Cap. 95) · Registrar-General's Office, Freetown", font=NROM_I,
            size_pt=9, anchor="center", color=GREY)
    church = rng.choice(["St. George's Cathedral, Freetown", "Wesley Methodist Church, Freetown",
                         "Sacred Heart Cathedral, Freetown", "Registrar-General's Office, Freetown"])
    sh.text(16, 38, "Marriage solemnized at", font=f, size_pt=10.5)
    sh.handwriting(58, 36, glyphs(church, PEN_BI), rng, size_pt=12, color=ink, font=PEN_BI)
    sh.text(180, 38, "in the District of", font=f, size_pt=10.5)
    sh.handwriting(212, 36, "Western Area", rng, size_pt=12, color=ink, font=PEN_BI)
    cols = [("No.", 12), ("When married", 30), ("Name and surname", 56), ("Age", 14), ("Condition", 24),
            ("Rank or profession", 34), ("Residence at time of marriage", 54), ("Father's name and surname", 41)]
    x, y = 12, 48
    for t, w in cols:
        sh.rect(x, y, w, 12, width_mm=0.3, fill=(240, 240, 236))
        for j, r_ in enumerate(wrap(t, w - 2, f, 8.5)[:2]):
            sh.text(x + 1, y + 1.2 + j * 3.8, r_, font=f, size_pt=8.5)
        x += w
    y += 12
    no = str(rng.randint(10, 400))
    for k, pp in enumerate((person, q)):
        if pp is None:
            continue
        age = (wed - pp.birth_date).days // 365
        vals = [no if k == 0 else "", wed.strftime("%d/%m/%Y") if k == 0 else "",
                f"{pp.given_names} {pp.surname}", str(age), "Bachelor" if pp.sex == "M" else "Spinster",
                rng.choice(["Trader", "Teacher", "Driver", "Nurse", "Tailor", "Student"]),
                f"{rng.choice(['Kissy', 'Wellington', 'Lumley', 'Congo Town'])}, Freetown",
                (pp.father or "—")]
        x = 12
        for (t, w), v in zip(cols, vals):
            sh.rect(x, y, w, 18, width_mm=0.3)
            vv = glyphs(v, PEN_BI)
            rows = wrap(vv, w - 3, PEN_BI, 10.5)[:2]
            for j, r_ in enumerate(rows):
                sh.handwriting(x + 1.2, y + 2 + j * 7, r_, rng, size_pt=10.5, color=ink, font=PEN_BI)
            x += w
        y += 18
    y += 8
    sh.text(16, y, "This marriage was solemnized between us:", font=NROM_I, size_pt=10)
    sh.signature(90, y - 6, 34, 10, rng, color=ink)
    sh.signature(132, y - 6, 34, 10, rng, color=ink)
    y += 14
    sh.paragraph(16, y, 190, "I certify that the above is a true copy of an entry in the Marriage Register kept at "
                             "the Registrar-General's Office, Freetown.", font=f, size_pt=10.5)
    sh.text(16, y + 14, f"Given under my hand this {en_ord(issue)}.", font=f, size_pt=10.5)
    sh.rule(200, y + 20, 270, y + 20, width_mm=0.25, dash=0.5)
    sh.text(200, y + 22, "Registrar-General / Deputy Registrar", font=f, size_pt=10)
    sh.signature(206, y + 6, 44, 13, rng, color=ink)
    sh.stamp(236, y + 2, ["REGISTRAR-GENERAL", "FREETOWN", "SIERRA LEONE"], rng, shape="round", size_mm=28,
             color=ST_BLUE, angle=rng.uniform(-10, 10))
    return [sh]


_register("marriage-geo-psda-echtgenoten-in-twee-kolommen-in-vieren-gevouwen-33", "marriage-certificate", PART,
          "ka/en", marriage_geo, country="GEO",
          notes="Georgian marriage certificate, spouses in two columns (Georgian over English), folded in four")
_register("marriage-sle-register-liggend-kolommen-met-de-hand-stempel-over-handtekening-33", "marriage-certificate",
          PART, "en", marriage_sle, country="SLE",
          notes="Sierra Leonean certified copy of a marriage entry, landscape register columns filled in by hand")


# --------------------------------------------------------------------------- certificates of nationality

def nationality_geo(person, rng, *, issue_date=None, **opts):
    """Georgia: the Agency's certificate confirming Georgian citizenship ('ცნობა საქართველოს მოქალაქეობის
    შესახებ'), written as a short letter in Georgian with the English text under each paragraph, the registry
    number and the QR code at the foot, no photo; printed and scanned with dust on the glass."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(40, 400))
    f, fb = FSER, FSER_B
    sh = Sheet()
    col = (120, 24, 36)
    sh.text(105, 16, glyphs("საჯარო სამსახურის განვითარების სააგენტო", fb), font=fb, size_pt=11, anchor="center",
            color=col)
    sh.text(105, 22, "LEPL Public Service Development Agency · Ministry of Justice of Georgia", font=f, size_pt=9,
            anchor="center", color=GREY)
    sh.rule(30, 27, 180, 27, width_mm=0.4, color=col)
    no = f"01/{_digits(rng, 6)}"
    sh.text(22, 34, f"№ {no}", font=f, size_pt=10)
    sh.text(188, 34, issue.strftime("%d.%m.%Y"), font=f, size_pt=10, anchor="right")
    sh.text(105, 48, glyphs("ცნობა საქართველოს მოქალაქეობის შესახებ", fb), font=fb, size_pt=13, anchor="center")
    sh.text(105, 55, "CERTIFICATE ON CITIZENSHIP OF GEORGIA", font=fb, size_pt=11, anchor="center", color=GREY)
    bd = person.birth_date.strftime("%d.%m.%Y")
    y = 68
    for ka, en in (
        (f"სააგენტო ადასტურებს, რომ {person.given_names} {person.surname} (დაბადების თარიღი {bd}, დაბადების "
         f"ადგილი {person.birth_place}) არის საქართველოს მოქალაქე.",
         f"The Agency confirms that {person.given_names} {person.surname.upper()}, born on {bd} in "
         f"{person.birth_place}, Georgia, is a citizen of Georgia."),
        ("საქართველოს მოქალაქეობა მოპოვებულია დაბადებით.",
         "Georgian citizenship was acquired by birth (Organic Law of Georgia on Citizenship of Georgia, art. 9)."),
        ("ცნობა გაიცა დაინტერესებული პირის მოთხოვნით.",
         "The certificate is issued at the request of the person concerned for presentation abroad."),
    ):
        y = sh.paragraph(22, y, 166, glyphs(ka, f), font=f, size_pt=10.5, leading=1.4) + 1
        y = sh.paragraph(22, y, 166, en, font=FSER, size_pt=10.5, leading=1.4, color=(40, 40, 40)) + 6
    y += 6
    sh.paragraph(22, y, 120, "Document certified by the qualified electronic seal of the LEPL Public Service "
                             "Development Agency; verify at www.sda.gov.ge with the code below.", font=f,
                 size_pt=8.5, color=GREY)
    qr(sh, 160, y - 4, 26, no + person.surname)
    sh.text(22, y + 16, f"Code: {rng.randint(10**11, 10**12 - 1)}", font="mono2", size_pt=9)
    return [sheet_of(glass_dust(sh.render(200), rng, n=35, hair=rng.random() < 0.5))]


def nationality_sle(person, rng, *, issue_date=None, **opts):
    """Sierra Leone: the Immigration Department's 'Certificate of Citizenship' typed on a typewriter on a form with
    the state's arms drawn at the top centre, the statement with the holder's particulars, no photo, signed by the
    Chief Immigration Officer ABOVE the typed title with the embossed seal beside it; the sheet crumpled."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(40, 400))
    f = "typewriter2"
    sh = Sheet()
    sh.rect(98, 10, 14, 14, width_mm=0.4, color=(40, 90, 60))
    sh.text(105, 13, "SL", font=NROM_B, size_pt=12, anchor="center", color=(40, 90, 60))
    sh.text(105, 28, "REPUBLIC OF SIERRA LEONE", font=NROM_B, size_pt=13, anchor="center")
    sh.text(105, 34, "IMMIGRATION DEPARTMENT · Ministry of Internal Affairs", font=NROM, size_pt=9.5,
            anchor="center")
    sh.text(105, 40, "Independence Avenue, Freetown", font=NROM, size_pt=9, anchor="center", color=GREY)
    sh.text(105, 54, "CERTIFICATE OF CITIZENSHIP", font=NROM_B, size_pt=15, anchor="center")
    sh.text(105, 61, "(Sierra Leone Citizenship Act, 1973, as amended)", font=NROM_I, size_pt=9.5, anchor="center")
    ref = f"ID/CIT/{issue.year}/{rng.randint(1000, 9999)}"
    sh.text(22, 72, f"Ref.: {ref}", font=f, size_pt=10.5)
    y = 86
    for t in (
        "THIS IS TO CERTIFY THAT",
        f"{person.given_names.upper()} {person.surname.upper()}",
        f"born on {en_ord(person.birth_date)} at {person.birth_place}, Sierra Leone, "
        f"son/daughter of {person.father or '—'} and {person.mother or '—'},",
        "is a citizen of Sierra Leone by birth, having been born in Sierra Leone of a parent who is a citizen of "
        "Sierra Leone, as verified in the records of this Department.",
        "This certificate is issued at the request of the holder for presentation to foreign authorities.",
    ):
        y = sh.paragraph(22, y, 166, t, font=f, size_pt=11, leading=1.5) + 4
    y += 8
    sh.text(22, y, f"Dated at Freetown this {en_ord(issue)}.", font=f, size_pt=11)
    sh.signature(118, y + 8, 48, 14, rng, color=INK)
    sh.rule(114, y + 24, 184, y + 24, width_mm=0.25)
    sh.text(114, y + 26, "Chief Immigration Officer", font=f, size_pt=10.5)
    seal_relief(sh, 60, y + 10, 30, rng)
    return [sheet_of(crumpled(sh.render(200), rng, n=5, strength=0.12))]


_register("nationality-geo-psda-tweetalige-alineas-qr-stof-op-glas-33", "nationality-certificate", PART, "ka/en",
          nationality_geo, country="GEO",
          notes="Georgian certificate on citizenship, Georgian paragraphs each followed by English, QR code, dust")
_register("nationality-sle-immigratie-schrijfmachine-droogstempel-verfrommeld-33", "nationality-certificate", PART,
          "en", nationality_sle, country="SLE",
          notes="Sierra Leonean certificate of citizenship typed on a typewriter, embossed seal, crumpled")


# --------------------------------------------------------------------------- embassies' identity certificates

_EMB = {
    "GEO": dict(name="Ambassade de Géorgie auprès du Royaume de Belgique", addr="Avenue Orban 58 · 1150 Bruxelles",
                lang="fr", nat="géorgienne", col=(120, 24, 36), head="საქართველოს საელჩო"),
    "SLE": dict(name="Embassy of the Republic of Sierra Leone", addr="Avenue de Tervueren 410 · 1150 Brussels",
                lang="en", nat="Sierra Leonean", col=(20, 92, 60), head="BENELUX · EUROPEAN UNION"),
}


def _idcert(code: str):
    """An embassy's identity certificate typed as a letter: the photo stapled at the upper RIGHT (the staple's
    two bright legs, its shadow) with the consular stamp half on the photo and half on the paper, the certificate's
    number under the heading, the holder's particulars as a column of 'label: value' lines in P052, the basis of
    the certificate in a separate paragraph, the consul's signature at the left BELOW the typed name and title."""
    E = _EMB[code]

    def make(person, rng, *, issue_date=None, declarative=False, **opts):
        issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(40, 300))
        f, fb = PAL, PAL_B
        col = E["col"]
        sh = Sheet()
        sh.text(22, 14, glyphs(E["head"], FSANS_B), font=FSANS_B, size_pt=9, color=col)
        sh.text(22, 19.5, E["name"], font=fb, size_pt=fit(E["name"], fb, 12.5, 120), color=col)
        sh.text(22, 25.5, E["addr"], font=f, size_pt=8.5, color=GREY)
        sh.rect(150, 14, 34, 44, width_mm=0.2, color=(200, 200, 200))
        sh.photo(151, 15, 32, 42, rng)
        for dx in (4, 26):
            sh.rule(150 + dx, 12.5, 150 + dx + 5, 12.5, width_mm=0.7, color=(150, 150, 156))
            sh.rule(150 + dx + 0.4, 13.4, 150 + dx + 5.4, 13.4, width_mm=0.3, color=(60, 60, 60))
        sh.stamp(130, 40, [E["name"].upper()[:26], "SECTION CONSULAIRE" if E["lang"] == "fr" else "CONSULAR SECTION",
                           "BRUXELLES" if E["lang"] == "fr" else "BRUSSELS"], rng, shape="round", size_mm=28,
                 color=rng.choice([ST_BLUE, ST_VIOLET]), angle=rng.uniform(-12, 12))
        no = f"{rng.randint(100, 999)}/{issue.year}/{'CONS' if E['lang'] == 'fr' else 'CS'}"
        if E["lang"] == "fr":
            title = "CERTIFICAT D'IDENTITÉ"
            lines = [("N°", no), ("Nom", person.surname.upper()), ("Prénom(s)", person.given_names),
                     ("Né(e) le", fr_long(person.birth_date)), ("à", f"{person.birth_place} (Géorgie)"),
                     ("Nationalité", E["nat"]), ("Père", person.father or "—"), ("Mère", person.mother or "—")]
            intro = ("Le Consul de Géorgie à Bruxelles certifie que la personne dont la photographie est apposée "
                     "ci-contre et revêtue du cachet de l'Ambassade est :")
            basis = ("Le présent certificat est établi sur la base des seules déclarations de l'intéressé(e) ; "
                     "aucun document d'identité ni extrait des registres n'a pu être produit ou vérifié."
                     if declarative else
                     f"Le présent certificat est établi après vérification dans le registre national de la population "
                     f"de Géorgie (numéro personnel {_digits(rng, 11)}) et au vu de l'ancien passeport de "
                     f"l'intéressé(e), présenté en original.")
            end = "Délivré pour servir et valoir ce que de droit."
            place = f"Bruxelles, le {fr_long(issue)}"
            sig = ["Le Consul", rng.choice(["Levan Beridze", "Nino Abashidze", "Giorgi Lomidze"])]
        else:
            title = "CERTIFICATE OF IDENTITY"
            lines = [("No.", no), ("Surname", person.surname.upper()), ("Given names", person.given_names),
                     ("Date of birth", en_ord(person.birth_date)), ("Place of birth", f"{person.birth_place}, Sierra Leone"),
                     ("Nationality", E["nat"]), ("Father", person.father or "—"), ("Mother", person.mother or "—")]
            intro = ("The Embassy of the Republic of Sierra Leone in Brussels hereby certifies that the person whose "
                     "photograph is affixed hereto and bears the Embassy's stamp is:")
            basis = ("This certificate is issued solely on the basis of the statements made by the holder, who "
                     "produced no identity or civil-status document; its contents have not been verified."
                     if declarative else
                     f"This certificate is issued after verification of the holder's particulars with the National "
                     f"Civil Registration Authority, Freetown (NIN {''.join(rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') for _ in range(6))}), "
                     f"and on presentation of the holder's expired passport.")
            end = "Issued for whatever purpose it may serve."
            place = f"Brussels, {en_long(issue)}"
            sig = ["Consular Officer", rng.choice(["Mohamed Kamara", "Fatmata Sesay", "Ibrahim Koroma"])]
        sh.text(22, 70, title, font=fb, size_pt=15)
        y = sh.paragraph(22, 82, 166, intro, font=f, size_pt=10.5, leading=1.45) + 4
        for a, b in lines:
            sh.text(30, y, f"{a} :" if E["lang"] == "fr" else f"{a}:", font=f, size_pt=10.5)
            bb = glyphs(b, fb)
            sh.text(78, y, bb, font=fb, size_pt=fit(bb, fb, 10.5, 110))
            y += 6.6
        y += 4
        y = sh.paragraph(22, y, 166, basis, font=f, size_pt=10.5, leading=1.45) + 3
        y = sh.paragraph(22, y, 166, end, font=PAL_I, size_pt=10.5) + 6
        sh.text(22, y, place, font=f, size_pt=10.5)
        sh.text(22, y + 10, sig[1], font=fb, size_pt=10.5)
        sh.text(22, y + 15, sig[0], font=f, size_pt=10)
        sh.signature(24, y + 19, 44, 14, rng, color=INK)
        sh.stamp(80, y + 14, [E["name"].upper()[:26], "BRUXELLES" if E["lang"] == "fr" else "BRUSSELS"], rng,
                 shape="oval", size_mm=30, color=ST_BLUE, angle=rng.uniform(-8, 8))
        return [sh]

    return make


for _c in ("GEO", "SLE"):
    _register(f"idcert-{_c.lower()}-ambassade-foto-geniet-rechtsboven-stempel-half-op-foto-33", "identity-certificate",
              PART, _EMB[_c]["lang"], _idcert(_c), country=_c, photo=True,
              notes="embassy's identity certificate typed as a letter, photo stapled at the upper right, stamp half "
                    "on the photo, signature below the typed name")


# --------------------------------------------------------------------------- sworn translations

def _tr_rows(person, lang: str):
    fa = (person.father or "—").split()[0]
    mo = (person.mother or "—").split()[0]
    bd = person.birth_date
    if lang == "fr":
        return [("Nom", "Soyadı", person.surname.upper()), ("Prénom", "Adı", person.given_names),
                ("Prénom du père", "Baba Adı", fa), ("Prénom de la mère", "Ana Adı", mo),
                ("Lieu de naissance", "Doğum Yeri", person.birth_place),
                ("Date de naissance", "Doğum Tarihi", bd.strftime("%d.%m.%Y")),
                ("Sexe", "Cinsiyeti", "masculin" if person.sex == "M" else "féminin"),
                ("Statut", "Durumu", "en vie")]
    return [("Familienaam", "Soyadı", person.surname.upper()), ("Voornaam", "Adı", person.given_names),
            ("Voornaam vader", "Baba Adı", fa), ("Voornaam moeder", "Ana Adı", mo),
            ("Geboorteplaats", "Doğum Yeri", person.birth_place),
            ("Geboortedatum", "Doğum Tarihi", bd.strftime("%d.%m.%Y")),
            ("Geslacht", "Cinsiyeti", "mannelijk" if person.sex == "M" else "vrouwelijk"),
            ("Status", "Durumu", "in leven")]


def translation_brugge(person, rng, *, issue_date=None, of_type="birth-certificate", source_lang="tr",
                       target_lang=None, **opts):
    """A sworn translator at the Bruges court, into Dutch (French when asked): the translation reproduces the
    original's layout in outline – '[Wapen]', the heading, the grid – with the translator's remarks as numbered
    footnotes under a short rule; the certification formula at the end under a double rule, the signature at the
    LEFT of the translator's oval seal; set in Nimbus Roman."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(8, 60))
    lang = "fr" if target_lang == "fr" else "nl"
    g, s = rng.choice([("Ayşe", "Demirci"), ("Pieter", "Vandamme"), ("Kemal", "Aksoy")])
    f, fb, fi = NROM, NROM_B, NROM_I
    sh = Sheet()
    sh.text(20, 12, glyphs(f"{g} {s}", fb), font=fb, size_pt=11)
    sh.text(20, 17.5, ("Beëdigd vertaler Turks – Nederlands – Frans · Rechtbank West-Vlaanderen, afdeling Brugge"
                       if lang == "nl" else
                       "Traducteur juré turc – néerlandais – français · Tribunal de Flandre occidentale, Bruges"),
            font=f, size_pt=8.5, color=GREY)
    sh.text(20, 22, f"{'Nationaal register' if lang == 'nl' else 'Registre national'} nr. {rng.randint(100000, 999999)}",
            font=f, size_pt=8.5, color=GREY)
    sh.text(105, 36, "VERTALING UIT HET TURKS" if lang == "nl" else "TRADUCTION DU TURC", font=fb, size_pt=13,
            anchor="center")
    sh.text(24, 48, "[Wapen]" if lang == "nl" else "[Armoiries]", font=fi, size_pt=10)
    y = sh.paragraph(24, 54, 162, ("Republiek Turkije – Ministerie van Binnenlandse Zaken – Algemene Directie "
                                   "Bevolking en Burgerschap – Bevolkingsdienst van het district (1)" if lang == "nl"
                                   else "République de Turquie – Ministère de l'Intérieur – Direction générale de la "
                                        "population et de la nationalité – Bureau de la population du district (1)"),
                     font=f, size_pt=10.5) + 2
    sh.text(105, y, "UITTREKSEL UIT HET BEVOLKINGSREGISTER (GEBOORTE)" if lang == "nl" else
            "EXTRAIT DU REGISTRE DE LA POPULATION (NAISSANCE)", font=fb, size_pt=11, anchor="center")
    y += 9
    for a, b, v in _tr_rows(person, lang):
        sh.rect(24, y, 60, 8, width_mm=0.2)
        sh.rect(84, y, 102, 8, width_mm=0.2)
        sh.text(26, y + 1.8, a, font=f, size_pt=10)
        vv = glyphs(v, fb)
        sh.text(87, y + 1.6, vv, font=fb, size_pt=fit(vv, fb, 10.5, 96))
        y += 8
    y += 6
    y = sh.paragraph(24, y, 162, ("[Rechthoekige stempel: 'ASLI GİBİDİR' (2); paraaf van de ambtenaar]" if lang == "nl"
                                  else "[Cachet rectangulaire : « ASLI GİBİDİR » (2) ; paraphe du fonctionnaire]"),
                     font=fi, size_pt=10) + 4
    sh.rule(24, y, 70, y, width_mm=0.2)
    y += 2
    for k, note in enumerate((("het district wordt in het origineel vermeld in de hoofding." if lang == "nl" else
                                "le district est mentionné dans l'en-tête de l'original."),
                               ("'eensluidend met het origineel'." if lang == "nl" else "« conforme à l'original »."))
                              , 1):
        y = sh.paragraph(24, y, 162, f"({k}) {note}", font=f, size_pt=8.5) + 0.5
    y += 8
    sh.rule(20, y, 190, y, width_mm=0.3)
    sh.rule(20, y + 1.2, 190, y + 1.2, width_mm=0.3)
    cert = (f"Ik, ondergetekende {g} {s}, beëdigd vertaler, verklaar dat de bovenstaande vertaling getrouw en "
            f"volledig is en overeenstemt met het Turkse document dat mij werd voorgelegd." if lang == "nl" else
            f"Je soussigné(e) {g} {s}, traducteur juré, certifie que la traduction qui précède est fidèle et "
            f"complète et conforme au document turc qui m'a été présenté.")
    y = sh.paragraph(20, y + 5, 170, glyphs(cert, f), font=f, size_pt=10.5, leading=1.45) + 4
    sh.text(20, y, f"Brugge, {nl_long(issue)}" if lang == "nl" else f"Bruges, le {fr_long(issue)}", font=f,
            size_pt=10.5)
    sh.signature(22, y + 6, 46, 15, rng, color=INK)
    sh.stamp(74, y + 2, ["BEËDIGD VERTALER" if lang == "nl" else "TRADUCTEUR JURÉ", f"{s.upper()}", "BRUGGE"], rng,
             shape="oval", size_mm=30, color=ST_BLUE)
    return [sh]


def translation_eindhoven(person, rng, *, issue_date=None, of_type="birth-certificate", source_lang="tr",
                          target_lang="nl", **opts):
    """A sworn translator in Eindhoven, into Dutch, set out as a two-column list: the Turkish term in italics at the
    left, its Dutch rendering and the entry at the right; the translator's statement with the Wbtv number at the
    end, the red round stamp pressed ABOVE the signature; a crease across the sheet."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(8, 60))
    g, s = rng.choice([("Elif", "Kaplan"), ("Ruud", "Verbeek"), ("Burak", "Aydın")])
    f, fb = GOTH, GOTH_B
    sh = Sheet()
    sh.text(190, 14, glyphs(f"{g} {s}", fb), font=fb, size_pt=11, anchor="right")
    sh.text(190, 19.5, "beëdigd vertaler Turks · Eindhoven", font=f, size_pt=8.5, anchor="right", color=GREY)
    sh.text(20, 34, "VERTALING", font=fb, size_pt=14)
    sh.text(20, 41, "van een uittreksel uit het Turkse bevolkingsregister (geboorte)", font=f, size_pt=10)
    y = 54
    sh.text(20, y, "Turks", font=fb, size_pt=9, color=GREY)
    sh.text(70, y, "Nederlands", font=fb, size_pt=9, color=GREY)
    y += 7
    for a, b, v in _tr_rows(person, "nl"):
        sh.text(20, y, glyphs(b, GOTH_I), font=GOTH_I, size_pt=10, color=(60, 60, 60))
        sh.text(70, y, a, font=f, size_pt=10)
        vv = glyphs(v, fb)
        sh.text(118, y, vv, font=fb, size_pt=fit(vv, fb, 10.5, 72))
        sh.rule(20, y + 5.5, 190, y + 5.5, width_mm=0.1, color=(200, 200, 200))
        y += 8
    y += 6
    y = sh.paragraph(20, y, 170, "[Stempel 'ASLI GİBİDİR' (eensluidend met het origineel) met paraaf van de "
                                 "ambtenaar van de bevolkingsdienst]", font=GOTH_I, size_pt=9.5) + 10
    y = sh.paragraph(20, y, 170, glyphs(
        f"Ondergetekende, {g} {s}, beëdigd vertaler voor de Turkse taal, ingeschreven in het Register beëdigde tolken "
        f"en vertalers onder nummer {rng.randint(10000, 99999)}, verklaart dat deze vertaling getrouw en volledig "
        f"is.", f), font=f, size_pt=10, leading=1.45) + 6
    sh.text(20, y, f"Eindhoven, {nl_long(issue)}", font=f, size_pt=10)
    sh.stamp(120, y - 8, ["BEËDIGD VERTALER", f"{g.upper()} {s.upper()}", "EINDHOVEN"], rng, shape="round",
             size_mm=27, color=ST_RED)
    sh.signature(118, y + 14, 46, 14, rng, color=INK)
    img = sh.render(200)
    W, H = img.size
    band = Image.new("L", (W, H), 0)
    yy = int(H * rng.uniform(0.45, 0.55))
    ImageDraw.Draw(band).rectangle([0, yy - 2, W, yy + 2], fill=140)
    band = band.filter(ImageFilter.GaussianBlur(W / 180))
    img = ImageChops.multiply(img, Image.merge("RGB", [band.point(lambda v: 255 - v // 3)] * 3))
    return [sheet_of(img)]


_register("translation-be-brugge-layout-in-omtrek-voetnoten-handtekening-links-van-zegel-33", "translation", PART,
          "nl/fr", translation_brugge, country="BEL",
          notes="Belgian sworn translation reproducing the layout in outline, numbered notes, signature left of the seal")
_register("translation-nl-eindhoven-twee-kolommen-turkse-term-cursief-stempel-boven-handtekening-33", "translation",
          PART, "nl", translation_eindhoven, country="NLD",
          notes="Dutch sworn translation as a two-column list, Turkish terms in italics, stamp above the signature")
