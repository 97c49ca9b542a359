"""Identity and civil-status families of the `twentyeighth` part (registered in identity.FAMILIES).

Written after dev, heldout and the parts fresh to twentyseventh had been read, by a writer who saw neither the
validator nor its output, from the seeds and from how such papers look in Belgian and Dutch files.  The families
themselves are described only in their docstrings (the part is read blind).

The helpers at the top (dates, glyphs, pasting, photos, labelled cells, emblems, stamps, codes) are shared with
twentyeighth_be9ter and twentyeighth_ind; the copy habits of this part (yellowed and folded paper, a commune's
certified-copy stamp, a sleeve's glare, continuous printer paper, a toner streak, a sticky note) follow them.
"""
from __future__ import annotations

import datetime
import math
import random
import unicodedata

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageOps

from . import mrz as M
from .identity import TODAY, _dates, _digits, _mrz_data, _register
from .paper import FONTS, Sheet, _perspective_coeffs, text_width_mm
from .people import strip_accents

PART = "twentyeighth"
GREY = (100, 100, 100)
INK = (25, 40, 140)
STAMPB = (40, 62, 165)
STAMPR = (180, 35, 45)
STAMPV = (95, 50, 140)
OCR = 2.54 / 0.602 / (25.4 / 72)
# faces that draw Vietnamese (and Turkish) letters
VI_SERIF = ("serif3", "serif6")
VI_SANS = ("sans2", "sans3", "sans6", "condensed")
VI_MONO = ("typewriter3",)
_MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
         "novembre", "décembre"]
_MOIS_AB = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
_MAAND_AB = ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
_MON_EN = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sep.", "Oct.", "Nov.", "Dec."]
_MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
_ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]


# --------------------------------------------------------------------------- dates

def d_abbr(d: datetime.date, lang: str) -> str:
    """'4 nov. 2026', '4 mrt. 2026', '4 Nov. 2026'."""
    m = {"fr": _MOIS_AB, "nl": _MAAND_AB, "en": _MON_EN, "de": _MON_EN}.get(lang, _MAAND_AB)[d.month - 1]
    return f"{d.day} {m} {d.year}"


def d_roman(d: datetime.date, sep: str = "-") -> str:
    """'04-XI-2026' (or '4.XI.2026' with sep='.')."""
    return f"{d.day:02d}{sep}{_ROMAN[d.month - 1]}{sep}{d.year}" if sep == "-" else \
        f"{d.day}{sep}{_ROMAN[d.month - 1]}{sep}{d.year}"


def d_fr(d: datetime.date) -> str:
    return f"{'1er' if d.day == 1 else d.day} {_MOIS[d.month - 1]} {d.year}"


# --------------------------------------------------------------------------- glyphs

_CMAP: dict[str, set] = {}


def glyphs(s: str, font: str) -> str:
    """What a face can draw: letters it lacks lose their accents (a hand writes 'Nguyen' for 'Nguyễn')."""
    path = FONTS.get(font, font)
    if path not in _CMAP:
        try:
            from fontTools.ttLib import TTFont
            _CMAP[path] = set(TTFont(path, lazy=True).getBestCmap().keys())
        except Exception:
            _CMAP[path] = set()
    cm = _CMAP[path]
    if not cm:
        return s
    out = []
    for ch in str(s):
        if ord(ch) in cm or ch in "\n ":
            out.append(ch)
            continue
        rep = {"đ": "d", "Đ": "D", "ı": "i", "İ": "I", "ş": "s", "Ş": "S", "ğ": "g", "Ğ": "G", "’": "'", "–": "-",
               "—": "-", "…": "..."}.get(ch)
        if rep is None:
            rep = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
        out.append("".join(c for c in rep if ord(c) in cm))
    return "".join(out)


def hand(sh: Sheet, x: float, y: float, s: str, rng: random.Random, *, font: str, size: float = 12,
         color=INK) -> float:
    return sh.handwriting(x, y, glyphs(s, font), rng, size_pt=size, color=color, font=font)


def fit(s: str, font: str, size: float, w: float, bold: bool = False, low: float = 4.0) -> float:
    while size > low and text_width_mm(s, font, size, bold=bold) > w:
        size -= 0.2
    return size


def wrap(text: str, w: float, font: str, size: float, bold: bool = False) -> list[str]:
    out, cur = [], ""
    for wd in str(text).split():
        t = (cur + " " + wd).strip()
        if cur and text_width_mm(t, font, size, bold=bold) * 1.03 > w:
            out.append(cur)
            cur = wd
        else:
            cur = t
    if cur:
        out.append(cur)
    return out


# --------------------------------------------------------------------------- copy habits

def sheet_of(img: Image.Image, w: float = 210, h: float = 297) -> Sheet:
    sh = Sheet(w, h)
    sh.image(0, 0, w, h, img)
    return sh


def paste(sh: Sheet, sub: Sheet, x: float, y: float, *, k: float = 1.0, dpi: int = 220, angle: float = 0.0,
          bg=(255, 255, 255), img: Image.Image | None = None) -> tuple[float, float]:
    """Render sub (or take img) and place it on sh at (x, y), scaled by k and turned by angle degrees."""
    im = img if img is not None else sub.render(dpi)
    if angle:
        im = im.rotate(angle, expand=True, resample=Image.BICUBIC, fillcolor=bg)
    w, h = im.width / dpi * 25.4 * k, im.height / dpi * 25.4 * k
    sh.image(x, y, w, h, im)
    return w, h


def _grating(size: tuple[int, int], period: float, angle: float) -> Image.Image:
    """A sinusoidal grating (L) of the given period in pixels, turned by angle degrees."""
    W, H = size
    D = int(math.hypot(W, H)) + 4
    row = Image.new("L", (D, 1))
    row.putdata([int(127.5 + 127.5 * math.cos(2 * math.pi * i / period)) for i in range(D)])
    g = row.resize((D, D), Image.NEAREST).rotate(angle, resample=Image.BILINEAR)
    ox, oy = (D - W) // 2, (D - H) // 2
    return g.crop((ox, oy, ox + W, oy + H))


def moire(img: Image.Image, rng: random.Random, strength: float = 0.16) -> Image.Image:
    """The broad interference bands a copier's photo mode draws over a finely printed (tinted, engraved) page:
    strong where the page is printed, faint on bare paper."""
    img = img.convert("RGB")
    p = rng.uniform(5.5, 7.5)
    a0 = rng.uniform(10, 40)
    a = _grating(img.size, p, a0)
    b = _grating(img.size, p * rng.uniform(1.0, 1.03), a0 + rng.uniform(1.5, 4.0))
    m = ImageChops.multiply(a, b).filter(ImageFilter.GaussianBlur(p * 0.9))
    m = ImageOps.autocontrast(m).point(lambda v: int(255 - strength * (255 - v)))
    banded = ImageChops.multiply(img, Image.merge("RGB", [m, m, m]))
    ink = ImageOps.invert(img.convert("L")).point(lambda v: min(255, 40 + v * 6))
    return Image.composite(banded, img, ink)


def shifted(img: Image.Image, *, dx_mm: float, dpi: int, edge=(38, 38, 40), edge_mm: float = 3.0) -> Image.Image:
    """The page lay a little off the glass: dx_mm of its left margin is lost and the lid's dark edge shows at the
    right (only blank margin is lost: callers keep their content clear of the left 12 mm)."""
    k = dpi / 25.4
    out = Image.new("RGB", img.size, (255, 255, 255))
    dx = int(dx_mm * k)
    out.paste(img.crop((dx, 0, img.width, img.height)), (0, 0))
    e = int(edge_mm * k)
    d = ImageDraw.Draw(out)
    d.rectangle([img.width - e, 0, img.width, img.height], fill=edge)
    d.rectangle([img.width - dx - e, 0, img.width - e, img.height], fill=(222, 222, 220))
    return out


def low_contrast(img: Image.Image, k: float = 0.6, base: int = 236) -> Image.Image:
    """A washed copy: ink pulled towards a greyish paper tone (still readable)."""
    return img.point(lambda v: int(base - (base - min(v, base)) * k) if v < base else base)


def two_up(pages: list[Sheet], *, dpi: int = 200, landscape: bool = True) -> Sheet:
    """Two portrait A4 pages reduced onto one sheet (the copier's 2-in-1): side by side on a landscape A4."""
    W, H = (297.0, 210.0) if landscape else (210.0, 297.0)
    sh = Sheet(W, H)
    if landscape:
        k = min((W / 2 - 8) / 210, (H - 10) / 297)
        for i, pg in enumerate(pages[:2]):
            img = pg.render(dpi)
            x = 4 + i * (W / 2) + (W / 2 - 8 - 210 * k) / 2
            sh.image(x, 5, 210 * k, 297 * k, img)
            sh.rect(x, 5, 210 * k, 297 * k, width_mm=0.15, color=(170, 170, 170))
    else:
        k = min((W - 10) / 297, (H / 2 - 8) / 210)
        for i, pg in enumerate(pages[:2]):
            img = pg.render(dpi).rotate(90, expand=True)
            y = 4 + i * (H / 2)
            sh.image(5, y, 297 * k, 210 * k, img)
    return sh


def camera_photo(sub: Sheet, rng: random.Random, *, dpi: int = 230, bg=(176, 150, 120), margin: float = 0.16,
                 tilt: float = 0.05, pattern: bool = False) -> Image.Image:
    """A phone photo of sub lying on a table: background round it, a slight keystone and turn, light falling off."""
    img = sub.render(dpi)
    W, H = img.size
    ow, oh = int(W * (1 + 2 * margin)), int(H * (1 + 2 * margin))
    base = Image.new("RGB", (ow, oh), bg)
    if pattern:   # a checked tablecloth
        d = ImageDraw.Draw(base)
        step = max(12, ow // 14)
        for i in range(0, ow, step * 2):
            d.rectangle([i, 0, i + step, oh], fill=tuple(min(255, c + 22) for c in bg))
        for j in range(0, oh, step * 2):
            d.rectangle([0, j, ow, j + step], fill=tuple(max(0, c - 14) for c in bg))
    ox, oy = (ow - W) / 2, (oh - H) / 2
    t = W * tilt

    def jit() -> float:
        return rng.uniform(-0.012, 0.012) * W
    dst = [(ox + t + jit(), oy + jit()), (ox + W - t + jit(), oy + jit()), (ox + W + jit(), oy + H + jit()),
           (ox + jit(), oy + H + jit())]
    co = _perspective_coeffs(dst, [(0, 0), (W, 0), (W, H), (0, H)])
    warped = img.transform((ow, oh), Image.PERSPECTIVE, co, Image.BILINEAR, fillcolor=bg)
    mask = Image.new("L", (W, H), 255).transform((ow, oh), Image.PERSPECTIVE, co, Image.BILINEAR, fillcolor=0)
    # a soft shadow under the object
    sh = mask.filter(ImageFilter.GaussianBlur(8)).point(lambda v: int(v * 0.35))
    base = Image.composite(Image.new("RGB", base.size, (40, 30, 20)), base, sh.transform(
        sh.size, Image.AFFINE, (1, 0, -6, 0, 1, -6)))
    out = Image.composite(warped, base, mask)
    out = out.rotate(rng.uniform(-2.5, 2.5), resample=Image.BICUBIC, fillcolor=bg)
    grad = Image.radial_gradient("L").resize(out.size).point(lambda v: 255 - v // 5)
    return Image.merge("RGB", [ImageChops.multiply(ch, grad) for ch in out.split()])


def date_imprint(img: Image.Image, when: datetime.datetime) -> Image.Image:
    """The orange digits an old camera (or a 'retro' camera app) prints in the lower right corner."""
    from .paper import _pil_font, _font_path
    im = img.copy()
    d = ImageDraw.Draw(im)
    f = _pil_font(_font_path("mono2", bold=True), max(12, im.height // 26))
    s = when.strftime("'%y %m %d")
    w = f.getlength(s)
    d.text((im.width - w - im.width * 0.04, im.height * 0.90), s, font=f, fill=(255, 140, 30))
    return im


def esign(sh: Sheet, x: float, y: float, name: str, when: datetime.datetime, lang: str, *, font: str = "sans2",
          role: str = "") -> float:
    """The visible appearance of a digital signature: the signer's name large at the left, the signer, date and
    time small at the right (as PDF signing software prints it).  Returns the y below the block."""
    parts = name.split()
    big = [" ".join(parts[:max(1, len(parts) - 1)]), parts[-1]] if len(parts) > 1 else [name]
    for i, ln in enumerate(big):
        sh.text(x, y + i * 6.3, ln, font=font, size_pt=fit(ln, font, 15, 42), color=(30, 30, 30))
    txt = {"nl": ["Digitaal ondertekend door", name, f"Datum: {when:%Y.%m.%d}", f"{when:%H:%M:%S} +01'00'"],
           "fr": ["Signé électroniquement par", name, f"Date : {when:%Y.%m.%d}", f"{when:%H:%M:%S} +01'00'"],
           "en": ["Digitally signed by", name, f"Date: {when:%Y.%m.%d}", f"{when:%H:%M:%S} +01'00'"],
           "de": ["Digital signiert von", name, f"Datum: {when:%Y.%m.%d}", f"{when:%H:%M:%S} +01'00'"]}[lang]
    for i, ln in enumerate(txt):
        sh.text(x + 45, y + i * 3.4, ln, font=font, size_pt=fit(ln, font, 7.4, 42), color=(30, 30, 30))
    if role:
        sh.text(x, y + 14.5, role, font=font, size_pt=8.5, color=GREY)
    return y + 18


def crest(sh: Sheet, x: float, y: float, s: float, color, *, kind: str = "shield", text: str = "") -> None:
    """A simple emblem drawn with the sheet's primitives (a shield, a ring or a star) of size s mm."""
    img = Image.new("RGBA", (400, 400), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    c = tuple(color) + (255,)
    if kind == "shield":
        d.polygon([(40, 30), (360, 30), (360, 210), (200, 380), (40, 210)], outline=c, width=16)
        d.line([(200, 40), (200, 360)], fill=c, width=10)
        d.line([(50, 150), (350, 150)], fill=c, width=10)
        d.ellipse([150, 70, 250, 130], outline=c, width=10)
    elif kind == "ring":
        d.ellipse([20, 20, 380, 380], outline=c, width=18)
        d.ellipse([70, 70, 330, 330], outline=c, width=8)
        for i in range(12):
            a = 2 * math.pi * i / 12
            d.line([(200 + 120 * math.cos(a), 200 + 120 * math.sin(a)), (200 + 165 * math.cos(a),
                                                                         200 + 165 * math.sin(a))], fill=c, width=10)
    else:   # star
        pts = []
        for i in range(10):
            r = 180 if i % 2 == 0 else 75
            a = -math.pi / 2 + math.pi * i / 5
            pts.append((200 + r * math.cos(a), 200 + r * math.sin(a)))
        d.polygon(pts, fill=c)
    sh.image(x, y, s, s, img)
    if text:
        sh.text(x + s / 2, y + s + 1, text, font="sans3", size_pt=6, anchor="center", color=color)


def label_cell(sh: Sheet, x: float, y: float, w: float, h: float, label: str, value: str, *, font: str,
               vfont: str | None = None, vsize: float = 10.5, lsize: float = 6.8, bold: bool = False,
               fill=None, lcolor=GREY, caps: bool = False) -> None:
    """A table cell that carries its own label in its top-left corner and the value under it."""
    sh.rect(x, y, w, h, width_mm=0.25, fill=fill)
    sh.text(x + 1.4, y + 0.9, label, font=font, size_pt=lsize, color=lcolor)
    v = str(value).upper() if caps else str(value)
    vf = vfont or font
    sh.text(x + 1.6, y + h - vsize * 0.3528 - 1.6, v, font=vf, size_pt=fit(v, vf, vsize, w - 3, bold), bold=bold)


def fiscal_stamp(sh: Sheet, x: float, y: float, label: str, value: str, color=(226, 214, 188),
                 cancel=INK) -> None:
    sh.rect(x, y, 20, 24, width_mm=0.3, fill=color)
    for k in range(0, 24, 2):
        sh.rule(x, y + k, x + 1.2, y + k + 1, width_mm=0.15, color=(150, 140, 110))
    sh.text(x + 10, y + 4, label, font="sans3", size_pt=5.5, anchor="center")
    sh.text(x + 10, y + 10, value, font="sans3", size_pt=7, bold=True, anchor="center")
    sh.rule(x - 2, y + 22, x + 22, y + 3, width_mm=0.45, color=cancel)
    sh.rule(x - 2, y + 24, x + 22, y + 5, width_mm=0.3, color=cancel)


def barcode(sh: Sheet, x: float, y: float, w: float, h: float, seed: str) -> None:
    r = random.Random(seed)
    xx = x
    while xx < x + w:
        bw = r.choice([0.25, 0.25, 0.5, 0.75])
        sh.rect(xx, y, bw, h, width_mm=0, fill=(0, 0, 0))
        xx += bw + r.choice([0.25, 0.5, 0.5, 0.75])


def qr(sh: Sheet, x: float, y: float, s: float, seed: str) -> None:
    r = random.Random(seed)
    n = 25
    c = s / n
    sh.rect(x, y, s, s, width_mm=0, fill=(255, 255, 255))
    for i in range(n):
        for j in range(n):
            finder = any(i0 <= i < i0 + 7 and j0 <= j < j0 + 7 for i0, j0 in ((0, 0), (0, n - 7), (n - 7, 0)))
            if finder:
                ii, jj = i % 7 if i < 7 else (i - (n - 7)) % 7, j % 7 if j < 7 else (j - (n - 7)) % 7
                on = ii in (0, 6) or jj in (0, 6) or (2 <= ii <= 4 and 2 <= jj <= 4)
            else:
                on = r.random() < 0.5
            if on:
                sh.rect(x + j * c, y + i * c, c + 0.02, c + 0.02, width_mm=0, fill=(0, 0, 0))



# --------------------------------------------------------------------------- this part's copy habits

def yellowed(img: Image.Image, rng: random.Random, *, folds: int = 2, strength: float = 0.85) -> Image.Image:
    """Old paper: a yellow-brown tint stronger towards the edges, and the shadows of the folds it was kept in
    (horizontal folds into `folds + 1`, a vertical one in the middle)."""
    img = img.convert("RGB")
    W, H = img.size
    tint = Image.new("RGB", (W, H), (238, 226, 192))
    edge = Image.radial_gradient("L").resize((W, H)).point(lambda v: int(v * 0.55))
    base = Image.composite(Image.new("RGB", (W, H), (214, 196, 150)), tint, edge)
    out = ImageChops.multiply(img, base)
    out = Image.blend(img, out, strength)
    d = ImageDraw.Draw(out, "RGBA")
    for k in range(1, folds + 1):
        y = int(H * k / (folds + 1) + rng.uniform(-0.01, 0.01) * H)
        for i in range(10):
            d.line([(0, y + i), (W, y + i + rng.randint(-3, 3))], fill=(90, 70, 40, max(0, 48 - i * 5)))
            d.line([(0, y - i), (W, y - i)], fill=(255, 255, 255, max(0, 30 - i * 3)))
    x = int(W / 2 + rng.uniform(-0.01, 0.01) * W)
    for i in range(8):
        d.line([(x + i, 0), (x + i, H)], fill=(90, 70, 40, max(0, 36 - i * 4)))
    return out


def certified_copy(sh: Sheet, x: float, y: float, rng: random.Random, *, commune: str, lang: str = "fr",
                   date: datetime.date | None = None) -> None:
    """A Belgian commune's certified-copy stamp ('Pour copie conforme' / 'Voor eensluidend afschrift'), dated by
    hand, signed by the official across the stamp's lower edge."""
    date = date or TODAY - datetime.timedelta(days=rng.randint(5, 40))
    lines = (["POUR COPIE CONFORME", "À L'ORIGINAL", f"COMMUNE DE {commune.upper()}"] if lang == "fr" else
             ["VOOR EENSLUIDEND", "AFSCHRIFT", f"GEMEENTE {commune.upper()}"])
    w, h = sh.stamp(x, y, lines, rng, shape="rect2", size_mm=46, color=STAMPB, angle=rng.uniform(-5, 5))
    sh.handwriting(x + 4, y + h - 2, date.strftime("%d/%m/%Y"), rng, size_pt=10, color=INK, font="hand1")
    sh.signature(x + w * 0.45, y + h - 7, 26, 11, rng, color=INK)


def sleeve_glare(img: Image.Image, rng: random.Random) -> Image.Image:
    """A card kept in a plastic sleeve and copied in it: a pale diagonal band where the sleeve reflected the lamp,
    and the sleeve's edge as a thin grey line."""
    img = img.convert("RGB")
    W, H = img.size
    band = Image.new("L", (W, H), 0)
    d = ImageDraw.Draw(band)
    x0 = rng.uniform(0.2, 0.6) * W
    w = rng.uniform(0.06, 0.12) * W
    d.polygon([(x0, 0), (x0 + w, 0), (x0 + w - 0.5 * H, H), (x0 - 0.5 * H, H)], fill=110)
    band = band.filter(ImageFilter.GaussianBlur(w / 3))
    out = Image.composite(Image.new("RGB", (W, H), (255, 255, 255)), img, band)
    return out


def toner_streak(img: Image.Image, rng: random.Random, n: int = 1) -> Image.Image:
    """A dirty copier drum: a thin grey vertical line down the whole page (kept clear of the MRZ's characters by
    its pale tone)."""
    out = img.convert("RGB")
    d = ImageDraw.Draw(out, "RGBA")
    for _ in range(n):
        x = int(rng.uniform(0.12, 0.88) * out.width)
        w = rng.randint(2, 4)
        d.rectangle([x, 0, x + w, out.height], fill=(60, 60, 60, 70))
    return out


def sticky_note(sh: Sheet, x: float, y: float, text: list[str], rng: random.Random, *, color=(252, 240, 120)) -> None:
    """A square sticky note with a few words in pen, stuck on the page before it was copied."""
    sh.rect(x + 0.8, y + 0.8, 38, 38, width_mm=0, fill=(200, 200, 190))
    sh.rect(x, y, 38, 38, width_mm=0, fill=color)
    yy = y + 5
    for t in text:
        sh.handwriting(x + 3, yy, t, rng, size_pt=10.5, color=INK, font="hand2")
        yy += 7


def continuous_paper(sh: Sheet, *, bars: bool = True) -> None:
    """Continuous printer paper: the tractor-feed holes in strips at both sides and pale green bars."""
    W, H = sh.width_mm if hasattr(sh, "width_mm") else 210, sh.height_mm if hasattr(sh, "height_mm") else 297
    if bars:
        for y in range(12, int(H) - 10, 25):
            sh.rect(14, y, W - 28, 12.5, width_mm=0, fill=(226, 240, 226))
    for x in (4, W - 10):
        for y in range(6, int(H) - 4, 12):
            sh.rect(x + 1, y, 4, 4, width_mm=0.2, fill=(215, 215, 215), color=(150, 150, 150))
    for x in (12, W - 12):
        sh.rule(x, 0, x, H, width_mm=0.15, color=(170, 170, 170), dash=0.6)


def dotted(sh: Sheet, x: float, y: float, w: float, label: str, value: str, *, font: str, size: float = 10.5,
           vfont: str | None = None, vsize: float | None = None, bold: bool = False, lead: float | None = None) -> float:
    """'Label ........ value' with a dotted leader up to a fixed column."""
    lw = sh.text(x, y, label, font=font, size_pt=size)
    col = x + (lead if lead is not None else lw + 2)
    sh.rule(x + lw + 1, y + size * 0.33, col - 1, y + size * 0.33, width_mm=0.15, color=(120, 120, 120), dash=0.4)
    v = str(value)
    vf = vfont or font
    sh.text(col, y, v, font=vf, size_pt=fit(v, vf, vsize or size, x + w - col, bold), bold=bold)
    return y + size * 0.3528 * 1.75


# --------------------------------------------------------------------------- passports: BDI, TGO (ECOWAS / EAC)

_PC = {
    "BDI": dict(state=["REPUBULIKA Y'UBURUNDI", "RÉPUBLIQUE DU BURUNDI", "REPUBLIC OF BURUNDI"],
                block="EAST AFRICAN COMMUNITY", col=(20, 60, 120), nat="BURUNDAISE", pre="OP",
                auth="PAFE BUJUMBURA", years=5, commune=("Ixelles", "fr"),
                caps=["Ubwoko / Type / Type", "Kode / Code / Code", "Nomero / N° / No.", "Izina / Nom / Surname",
                      "Amazina / Prénoms / Given names", "Ubwenegihugu / Nationalité / Nationality",
                      "Itariki y'ivuka / Date de naissance / Date of birth", "Igitsina / Sexe / Sex",
                      "Aho yavukiye / Lieu de naissance / Place of birth", "Itariki / Délivrance / Issue",
                      "Igihe kirangira / Expiration / Expiry", "Uwutanze / Autorité / Authority"],
                df=lambda d: f"{d.day:02d} {_MON[d.month - 1]} {d.year % 100:02d}"),
    "TGO": dict(state=["CEDEAO · ECOWAS", "RÉPUBLIQUE TOGOLAISE", "TOGOLESE REPUBLIC"],
                block="COMMUNAUTÉ ÉCONOMIQUE DES ÉTATS DE L'AFRIQUE DE L'OUEST", col=(120, 30, 60), nat="TOGOLAISE",
                pre="T", auth="DGDN LOMÉ", years=5, commune=("Liège", "fr"),
                caps=["Type / Type", "Code / Code", "Passeport N° / Passport No.", "Nom / Surname",
                      "Prénoms / Given names", "Nationalité / Nationality", "Date de naissance / Date of birth",
                      "Sexe / Sex", "Lieu de naissance / Place of birth", "Date de délivrance / Date of issue",
                      "Date d'expiration / Date of expiry", "Autorité / Authority"],
                df=lambda d: f"{d.day:02d}.{d.month:02d}.{d.year}"),
}


def _pp_lines(code, cfg, person, rng, issue_date, expiry_date, break_check, mrz_override, number):
    issue, expiry = _dates(rng, issue_date, expiry_date, cfg["years"])
    number = number or (cfg["pre"] + _digits(rng, 9 - len(cfg["pre"])))
    md = _mrz_data(person, mrz_override)
    lines = M.td3(issuing=code, surname=md["surname"], given=md["given_names"], number=md.get("number", number[-9:]),
                  nationality=md["nationality"], birth_date=md["birth_date"], sex=md["sex"], expiry=expiry,
                  break_check=break_check)
    return issue, expiry, number, lines


def _page_c(code, person, rng, number, issue, expiry, lines) -> Sheet:
    """The data page: the state's names stacked at the top, labels in two or three languages in small type, the
    photo at the right, a ghost image at the lower left above the MRZ."""
    cfg = _PC[code]
    col = cfg["col"]
    s = Sheet(125, 88)
    s.rect(0, 0, 125, 88, width_mm=0, fill=(240, 243, 238))
    for k in range(0, 125, 3):
        s.rule(k, 0, 125 - k * 0.3, 88, width_mm=0.05, color=(222, 230, 220))
    for i, t in enumerate(cfg["state"]):
        s.text(4, 1.8 + i * 3.3, t, font="sans4", size_pt=5.2 if i else 4.4, bold=(i == 1), color=col)
    s.text(121, 2.0, "PASSEPORT", font="sans4", size_pt=5.5, bold=True, anchor="right", color=col)
    s.text(121, 5.3, "PASSPORT", font="sans4", size_pt=4.6, anchor="right", color=col)
    s.photo(90, 13, 30, 39, rng)
    vals = ["P", code, number, person.surname.upper(), person.given_names.upper(), cfg["nat"],
            cfg["df"](person.birth_date), person.sex, strip_accents(person.birth_place).upper(), cfg["df"](issue),
            cfg["df"](expiry), cfg["auth"]]
    cells = [(4, 13, 0, 12), (18, 13, 1, 16), (36, 13, 2, 48), (4, 19.5, 3, 82), (4, 26, 4, 82), (4, 32.5, 5, 40),
             (48, 32.5, 7, 20), (4, 39, 6, 40), (48, 39, 8, 38), (4, 45.5, 9, 40), (48, 45.5, 10, 38),
             (4, 52, 11, 80)]
    for x, y, i, w in cells:
        cap = cfg["caps"][i]
        s.text(x, y, cap, font="narrow", size_pt=fit(cap, "narrow", 3.4, w), color=(80, 90, 100))
        s.text(x, y + 1.6, vals[i], font="sans4", size_pt=fit(vals[i], "sans4", 6.4, w, True), bold=True)
    gh = Sheet(12, 15)
    gh.photo(0, 0, 12, 15, random.Random(rng.random()))
    s.image(104, 55, 12, 15, gh.render(150).convert("L").point(lambda v: 170 + v // 3).convert("RGB"))
    s.signature(60, 55, 28, 8, rng, color=(20, 20, 30))
    s.text(60, 63.5, "Signature du titulaire / Holder's signature", font="narrow", size_pt=3, color=GREY)
    for i, ln in enumerate(lines):
        s.text(4.0, 72.5 + i * 5.2, ln, font="ocrb", size_pt=OCR, color=(15, 15, 15))
    return s


def _passport_certified(code: str):
    """The data page copied on A4 turned a quarter (the booklet laid sideways on the glass), yellowed by a
    commune's old copier paper, and certified by the commune (stamp, date by hand, signature)."""
    def make(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, crop=False,
             number=None, annotate=None, **opts):
        issue, expiry, number, lines = _pp_lines(code, _PC[code], person, rng, issue_date, expiry_date, break_check,
                                                 mrz_override, number)
        page = _page_c(code, person, rng, number, issue, expiry, lines)
        if crop:
            return [page]
        spread = Sheet(125, 176)
        spread.rect(0, 0, 125, 88, width_mm=0, fill=(244, 242, 236))
        spread.text(62.5, 40, cfg_obs(code), font="sans4", size_pt=5, anchor="center", color=(150, 150, 150))
        spread.rule(0, 88, 125, 88, width_mm=0.8, color=(90, 90, 90))
        paste(spread, page, 0, 88, dpi=300)
        a4 = Sheet()
        img = spread.render(260).rotate(90 if rng.random() < 0.5 else 270, expand=True)
        w = 176 * 0.98
        a4.image(17, rng.uniform(18, 30), w, w * img.height / img.width, img)
        com, lang = _PC[code]["commune"]
        certified_copy(a4, rng.uniform(22, 60), rng.uniform(170, 200), rng, commune=com, lang=lang)
        if annotate:
            a4.handwriting(120, 262, annotate, rng, size_pt=12)
        out = yellowed(a4.render(200), rng, folds=0, strength=0.55)
        return [sheet_of(out)]
    return make


def cfg_obs(code: str) -> str:
    return {"BDI": "OBSERVATIONS / OBSERVATIONS", "TGO": "OBSERVATIONS OFFICIELLES / OFFICIAL OBSERVATIONS"}[code]


for _c in ("BDI", "TGO"):
    _register(f"passport-td3-{_c.lower()}-kwartslag-gedraaid-vergeeld-gemeente-eensluidend-afschrift-28",
              "identity-document", PART, "fr/en", _passport_certified(_c), country=_c, mrz="TD3", photo=True,
              notes=f"{_c} passport data page copied sideways on A4, yellowed, certified by a Belgian commune")


# --------------------------------------------------------------------------- passports: TUR, SUR (thumb, 150 dpi)

_PD = {
    "TUR": dict(state="TÜRKİYE CUMHURİYETİ · REPUBLIC OF TÜRKİYE", title="PASAPORT · PASSPORT", col=(130, 25, 35),
                nat="T.C.", auth="İÇİŞLERİ BAKANLIĞI", pre="U", years=10,
                caps=["Tipi/Type", "Ülke Kodu/Country Code", "Pasaport No/Passport No", "Soyadı/Surname",
                      "Adı/Given Name(s)", "Uyruğu/Nationality", "Doğum Tarihi/Date of Birth", "Cinsiyeti/Sex",
                      "Doğum Yeri/Place of Birth", "Veriliş Tarihi/Date of Issue",
                      "Geçerlilik Tarihi/Date of Expiry", "Makam/Authority"],
                sex={"M": "E/M", "F": "K/F"}, df=lambda d: f"{d.day:02d} {_MON[d.month - 1]}/{_MON[d.month - 1][:3]} "
                                                          f"{d.year}"),
    "SUR": dict(state="REPUBLIEK SURINAME · REPUBLIC OF SURINAME", title="PASPOORT · PASSPORT", col=(30, 90, 50),
                nat="SURINAAMSE", auth="MIN. BIZA / CBB", pre="S", years=5,
                caps=["Type", "Landcode/Code", "Paspoortnummer/Passport No.", "Naam/Surname", "Voornamen/Given names",
                      "Nationaliteit/Nationality", "Geboortedatum/Date of birth", "Geslacht/Sex",
                      "Geboorteplaats/Place of birth", "Datum afgifte/Date of issue", "Geldig tot/Date of expiry",
                      "Afgegeven door/Authority"],
                sex={"M": "M", "F": "V/F"}, df=lambda d: f"{d.day:02d} {_MON[d.month - 1]} {d.year}"),
}


def _page_d(code, person, rng, number, issue, expiry, lines) -> Sheet:
    cfg = _PD[code]
    col = cfg["col"]
    s = Sheet(125, 88)
    s.rect(0, 0, 125, 88, width_mm=0, fill=(246, 240, 240) if code == "TUR" else (238, 244, 238))
    for r in range(6, 80, 7):
        s.rule(0, r, 125, r + 3, width_mm=0.06, color=(225, 215, 215))
    s.text(62.5, 1.6, cfg["state"], font="sans5", size_pt=5.2, bold=True, anchor="center", color=col)
    s.text(62.5, 5.6, cfg["title"], font="sans5", size_pt=4.6, anchor="center", color=col)
    s.photo(3, 12, 29, 37, rng)
    vals = ["P", code, number, person.surname.upper(), person.given_names.upper(), cfg["nat"],
            cfg["df"](person.birth_date), cfg["sex"][person.sex], person.birth_place.upper(), cfg["df"](issue),
            cfg["df"](expiry), cfg["auth"]]
    y = 11.5
    for i in range(12):
        if i in (0, 1):
            continue
        s.text(36, y, cfg["caps"][i], font="sans5", size_pt=3.3, color=(100, 90, 90))
        s.text(36 if i % 2 == 0 or i < 5 else 36, y + 1.5, vals[i], font="sans5",
               size_pt=fit(vals[i], "sans5", 6.0, 84, True), bold=True)
        y += 5.7
    s.text(100, 11.5, "P   " + code, font="sans5", size_pt=5.5, bold=True)
    s.signature(4, 52, 27, 9, rng, color=(20, 20, 30))
    for i, ln in enumerate(lines):
        s.text(4.0, 72.5 + i * 5.2, ln, font="ocrb", size_pt=OCR, color=(15, 15, 15))
    return s


def _thumb(img: Image.Image, rng: random.Random, side: str) -> Image.Image:
    """A thumb holding the booklet open on the glass: a blurred skin-coloured shape at the page's edge."""
    im = img.convert("RGB")
    W, H = im.size
    m = Image.new("L", (W, H), 0)
    d = ImageDraw.Draw(m)
    cy = rng.uniform(0.35, 0.65) * H
    r = 0.05 * W
    if side == "left":
        d.ellipse([-r * 1.2, cy - r * 1.6, r * 1.3, cy + r * 1.6], fill=255)
    else:
        d.ellipse([W - r * 1.3, cy - r * 1.6, W + r * 1.2, cy + r * 1.6], fill=255)
    m = m.filter(ImageFilter.GaussianBlur(r / 4))
    return Image.composite(Image.new("RGB", (W, H), (150, 110, 90)), im, m)


def _passport_thumb(code: str):
    """The open booklet copied at 150 dpi on a self-service copier, a thumb holding it open at the edge, the
    sheet cropped to the booklet's width plus a margin, a sticky note with the office's reference beside it."""
    def make(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, crop=False,
             number=None, annotate=None, **opts):
        issue, expiry, number, lines = _pp_lines(code, _PD[code], person, rng, issue_date, expiry_date, break_check,
                                                 mrz_override, number)
        page = _page_d(code, person, rng, number, issue, expiry, lines)
        if crop:
            return [page]
        a4 = Sheet()
        book = Sheet(135, 186)
        book.rect(0, 0, 135, 186, width_mm=0, fill=(60, 50, 50) if code == "TUR" else (40, 60, 45))
        book.rect(5, 5, 125, 88, width_mm=0, fill=(244, 244, 240))
        book.text(67.5, 40, "— VİZELER / VISAS —" if code == "TUR" else "— VISA —", font="sans5", size_pt=6,
                  anchor="center", color=(170, 170, 170))
        paste(book, page, 5, 93, dpi=300)
        x0 = rng.uniform(30, 45)
        img = _thumb(book.render(150), rng, rng.choice(["left", "right"]))
        a4.image(x0, 20, 135, 186, img)
        sticky_note(a4, rng.uniform(10, 25), 222, ["kopie pp", f"dos. {rng.randint(100, 999)}/{TODAY.year % 100}"],
                    rng)
        if annotate:
            a4.handwriting(110, 240, annotate, rng, size_pt=12)
        return [a4]
    return make


for _c in ("TUR", "SUR"):
    _register(f"passport-td3-{_c.lower()}-150dpi-duim-aan-rand-plakbriefje-28", "identity-document", PART,
              {"TUR": "tr/en", "SUR": "nl/en"}[_c], _passport_thumb(_c), country=_c, mrz="TD3", photo=True,
              notes=f"{_c} passport booklet copied at 150 dpi, a thumb at the edge, a sticky note beside it")


# --------------------------------------------------------------------------- Türkiye: identity card (TD1)

def idcard_tur(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, crop=False,
               annotate=None, **opts):
    """Türkiye's chip identity card (T.C. Kimlik Kartı), copied in its plastic sleeve: the two sides one beside the
    other, each turned a quarter, a pale glare band where the sleeve reflected the lamp."""
    issue, expiry = _dates(rng, issue_date, expiry_date, 10)
    serial = "A" + _digits(rng, 2) + rng.choice("BCDFGHJKLMNPRSTVYZ") + _digits(rng, 5)
    tckn = str(rng.randint(1, 9)) + _digits(rng, 10)
    md = _mrz_data(person, mrz_override)
    lines = M.td1(doc_code="I", issuing="TUR", number=md.get("number", serial), nationality=md["nationality"],
                  birth_date=md["birth_date"], sex=md["sex"], expiry=expiry, surname=md["surname"],
                  given=md["given_names"], optional2=tckn, break_check=break_check)
    f = "sans3"
    fr = Sheet(85.6, 54)
    fr.rect(0, 0, 85.6, 54, width_mm=0, fill=(236, 238, 244))
    fr.rect(0, 0, 85.6, 8.5, width_mm=0, fill=(200, 30, 45))
    fr.text(3, 1.2, "TÜRKİYE CUMHURİYETİ KİMLİK KARTI", font=f, size_pt=5.2, bold=True, color=(255, 255, 255))
    fr.text(3, 4.9, "REPUBLIC OF TÜRKİYE IDENTITY CARD", font=f, size_pt=3.8, color=(255, 235, 235))
    fr.photo(3, 11, 22, 29, rng)
    rows = [("T.C. Kimlik No / TR Identity No", tckn), ("Soyadı / Surname", person.surname.upper()),
            ("Adı / Given Name(s)", person.given_names.upper()),
            ("Doğum Tarihi / Date of Birth", person.birth_date.strftime("%d.%m.%Y")),
            ("Cinsiyeti / Gender", "E / M" if person.sex == "M" else "K / F"), ("Seri No / Document No", serial),
            ("Son Geçerlilik / Valid Until", expiry.strftime("%d.%m.%Y"))]
    y = 10.5
    for a, b in rows:
        fr.text(28, y, a, font=f, size_pt=2.9, color=(90, 90, 110))
        fr.text(28, y + 1.3, b, font=f, size_pt=fit(b, f, 4.6, 54, True), bold=True)
        y += 5.6
    fr.text(28, y, "Uyruğu / Nationality", font=f, size_pt=2.9, color=(90, 90, 110))
    fr.text(28, y + 1.3, "T.C. / TUR", font=f, size_pt=4.6, bold=True)
    fr.signature(4, 42, 20, 7, rng, color=(20, 20, 30))
    bk = Sheet(85.6, 54)
    bk.rect(0, 0, 85.6, 54, width_mm=0, fill=(238, 238, 242))
    fa, mo = (person.father or "—").split()[0].upper(), (person.mother or "—").split()[0].upper()
    for i, (a, b) in enumerate((("Anne Adı / Mother's Name", mo), ("Baba Adı / Father's Name", fa),
                                ("Veren Makam / Issued By", "T.C. İÇİŞLERİ BAKANLIĞI")) ):
        bk.text(3, 2.5 + i * 5.5, a, font=f, size_pt=2.9, color=(90, 90, 110))
        bk.text(3, 3.8 + i * 5.5, b, font=f, size_pt=fit(b, f, 4.4, 50, True), bold=True)
    bk.rect(66, 3, 11, 9, width_mm=0, fill=(205, 170, 80))
    for i, ln in enumerate(lines):
        bk.text(3, 33 + i * 5.5, ln, font="ocrb", size_pt=OCR, color=(10, 10, 10))
    if crop:
        return [fr, bk]
    sh = Sheet()
    for i, card in enumerate((fr, bk)):
        img = card.render(300).rotate(90, expand=True)
        w = 54 * 1.25
        sh.image(28 + i * 90, 40, w, w * img.height / img.width, img)
    sh.rect(22, 32, 166, 128, width_mm=0.25, color=(150, 150, 150))
    out = sleeve_glare(sh.render(220), rng)
    if annotate:
        s2 = sheet_of(out)
        s2.handwriting(30, 180, annotate, rng, size_pt=12)
        return [s2]
    return [sheet_of(out)]


_register("idcard-td1-tur-kimlik-insteekhoes-glans-twee-zijden-kwartslag-28", "identity-document", PART, "tr/en",
          idcard_tur, country="TUR", mrz="TD1", photo=True,
          notes="Turkish identity card copied in a plastic sleeve, the two sides side by side turned a quarter, glare")


# --------------------------------------------------------------------------- Dutch residence document

def permit_nl_enlarged(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None,
                       purpose=None, v_number=None, crop=False, **opts):
    """A Dutch residence document copied enlarged (141 %) on a tired office copier: front at the top, back
    below, a toner streak down the page, the back's purpose and V-number left as they are."""
    issue, expiry = _dates(rng, issue_date, expiry_date, rng.choice([1, 5]))
    number = rng.choice("NRWX") + rng.choice("BCDFGHJKLMNPRSTVWXYZ") + _digits(rng, 7)
    purpose = purpose or rng.choice(["verblijf als familie- of gezinslid", "medische behandeling",
                                     "humanitair tijdelijk"])
    md = _mrz_data(person, mrz_override)
    lines = M.td1(doc_code="IR", issuing="NLD", number=md.get("number", number), nationality=md["nationality"],
                  birth_date=md["birth_date"], sex=md["sex"], expiry=expiry, surname=md["surname"],
                  given=md["given_names"], break_check=break_check)
    vnr = v_number or person.v_number or _digits(rng, 10)
    f = "sans4"
    fr = Sheet(85.6, 54)
    fr.rect(0, 0, 85.6, 54, width_mm=0, fill=(228, 234, 244))
    fr.text(42.8, 1.6, "NEDERLAND", font=f, size_pt=5.4, bold=True, anchor="center", color=(30, 60, 130))
    fr.text(42.8, 4.8, "VERBLIJFSVERGUNNING · RESIDENCE PERMIT", font=f, size_pt=3.8, anchor="center",
            color=(30, 60, 130))
    fr.photo(3, 10, 22, 28, rng)
    rows = [("Naam / Surname", person.surname.upper()), ("Voornamen / Given names", person.given_names.upper()),
            ("Geboortedatum / Date of birth", person.birth_date.strftime("%d %m %Y")),
            ("Geslacht / Sex", person.sex), ("Nationaliteit / Nationality", md["nationality"]),
            ("Geldig tot / Valid until", expiry.strftime("%d %m %Y")), ("Documentnr. / Document no.", number)]
    y = 9.5
    for a, b in rows:
        fr.text(28, y, a, font=f, size_pt=2.9, color=GREY)
        fr.text(28, y + 1.3, b, font=f, size_pt=fit(b, f, 4.8, 54, True), bold=True)
        y += 5.9
    bk = Sheet(85.6, 54)
    bk.rect(0, 0, 85.6, 54, width_mm=0, fill=(234, 236, 242))
    bk.text(3, 2.5, "Soort / Type: regulier bepaalde tijd", font=f, size_pt=4.2, bold=True)
    bk.text(3, 6.5, f"Verblijfsdoel: {purpose}"[:56], font=f, size_pt=4.0)
    bk.text(3, 10.5, f"V-nummer: {vnr}", font=f, size_pt=4.6, bold=True)
    bk.text(3, 14.5, f"Afgiftedatum: {issue.strftime('%d-%m-%Y')} · Arbeid is vrij toegestaan", font=f, size_pt=3.8)
    for i, ln in enumerate(lines):
        bk.text(3, 33 + i * 5.5, ln, font="ocrb", size_pt=OCR)
    if crop:
        return [fr, bk]
    sh = Sheet()
    paste(sh, fr, 44, 22, k=1.41, dpi=300)
    paste(sh, bk, 44, 110, k=1.41, dpi=300)
    sh.text(44, 196, "vergroot 141 %", font="hand1", size_pt=10, color=(90, 90, 90))
    img = ImageOps.grayscale(sh.render(200)).convert("RGB")
    return [sheet_of(toner_streak(img, rng))]


_register("permit-nl-vergroot-141-voor-boven-achter-tonerstreep-28", "identity-document", PART, "nl",
          permit_nl_enlarged, country="NLD", mrz="TD1", photo=True,
          notes="Dutch residence document copied enlarged, front above back, a toner streak, greyscale")


# --------------------------------------------------------------------------- birth certificates

def _par(person, father, mother):
    return father or person.father or "—", mother or person.mother or "—"


_FR_NUM = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
           "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf", "vingt", "vingt et un",
           "vingt-deux", "vingt-trois", "vingt-quatre", "vingt-cinq", "vingt-six", "vingt-sept", "vingt-huit",
           "vingt-neuf", "trente", "trente et un"]


def _year_words(y: int) -> str:
    from .identity import fr_words
    return fr_words(y)


def _date_words(d: datetime.date) -> str:
    day = "premier" if d.day == 1 else _FR_NUM[d.day]
    return f"{day} {_MOIS[d.month - 1]} {_year_words(d.year)}"


def birth_bdi(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Burundi: a commune's 'extrait d'acte de naissance' on a half-printed form, the headings in Kirundi and
    French, the record written in prose on dotted lines by a clerk's typewriter, kept folded in four (yellowed,
    fold shadows); the round stamp beside the signature, not over it."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(30, 500))
    act = act_date or person.birth_date + datetime.timedelta(days=rng.randint(3, 60))
    fa, mo = _par(person, father, mother)
    com = rng.choice(["Mukaza", "Ntahangwa", "Muha"]) if person.birth_place == "Bujumbura" else person.birth_place
    sh = Sheet()
    f, tf = "serif5", "typewriter2"
    sh.text(20, 14, "REPUBULIKA Y'UBURUNDI", font=f, size_pt=9.5, bold=True)
    sh.text(20, 18.5, "RÉPUBLIQUE DU BURUNDI", font=f, size_pt=9.5, bold=True)
    sh.text(20, 24, "MINISTÈRE DE L'INTÉRIEUR", font=f, size_pt=8)
    sh.text(20, 28, f"PROVINCE {'BUJUMBURA' if person.birth_place == 'Bujumbura' else strip_accents(com).upper()}",
            font=f, size_pt=8)
    sh.text(20, 32, f"COMMUNE {strip_accents(com).upper()}", font=f, size_pt=8)
    sh.text(190, 14, "Ubumwe – Ibikorwa – Iterambere", font=f, size_pt=7.5, anchor="right", italic=False)
    sh.text(190, 18.5, "Unité – Travail – Progrès", font=f, size_pt=7.5, anchor="right")
    sh.text(105, 44, "ICEMEZO C'AMAVUKIRO", font=f, size_pt=11, anchor="center")
    sh.text(105, 50, "EXTRAIT D'ACTE DE NAISSANCE", font=f, size_pt=15, bold=True, anchor="center")
    no = f"{rng.randint(10, 999)}"
    sh.text(105, 58, f"Acte n° {no}  –  Volume {rng.randint(1, 12)}  –  Année {act.year}", font=f, size_pt=10,
            anchor="center")
    y = 70
    fields = [("L'an", _year_words(act.year)), ("le", f"{_FR_NUM[act.day] if act.day > 1 else 'premier'} "
                                                      f"{_MOIS[act.month - 1]}"),
              ("est né(e) à", f"{person.birth_place}, le {person.birth_date.strftime('%d/%m/%Y')}"),
              ("un enfant de sexe", "masculin" if person.sex == "M" else "féminin"),
              ("qui a reçu les noms de", f"{person.surname.upper()} {person.given_names}"),
              ("fils / fille de", fa), ("et de", mo),
              ("sur déclaration de", fa + (", père de l'enfant" if fa != "—" else "")),
              ("Mentions marginales", "néant")]
    for lab, val in fields:
        y = dotted(sh, 22, y, 166, lab, val, font=f, size=11, vfont=tf, vsize=11, lead=52)
        y += 2.2
    y += 6
    sh.paragraph(22, y, 166, "Pour extrait certifié conforme au registre des actes de naissance de la commune.",
                 font=f, size_pt=10.5, leading=1.4)
    sh.text(22, y + 12, f"Délivré à {com}, le {issue.strftime('%d/%m/%Y')}", font=f, size_pt=10.5)
    sh.text(130, y + 22, "L'Officier de l'État Civil", font=f, size_pt=10.5, anchor="center")
    sh.signature(118, y + 28, 34, 13, rng, color=INK)
    sh.stamp(60, y + 22, ["COMMUNE " + strip_accents(com).upper()[:12], "ETAT CIVIL", "BURUNDI"], rng,
             shape="round", size_mm=29, color=STAMPV, angle=rng.uniform(-20, 20))
    sh.text(130, y + 44, rng.choice(["NDAYISHIMIYE Jean", "NIYONZIMA Claudine", "HAKIZIMANA Pascal"]), font=tf,
            size_pt=10, anchor="center")
    return [sheet_of(yellowed(sh.render(200), rng, folds=3))]


def birth_tgo(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Togo: a full copy of the birth act written in prose with the dates in words ('L'an deux mille ..., le
    ...'), the act's number and the child's name in a left margin column, stamped with the centre's oval stamp
    across the signature and a 'Vu pour légalisation' stamp of the prefecture at the foot."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(30, 400))
    act = act_date or person.birth_date + datetime.timedelta(days=rng.randint(2, 30))
    fa, mo = _par(person, father, mother)
    centre = rng.choice(["Lomé – Golfe 1 (Bè)", "Lomé – Golfe 3 (Agoè)", "Lomé – Commune 1"]) \
        if person.birth_place == "Lomé" else person.birth_place
    sh = Sheet(paper="cream")
    f = "serif4"
    sh.text(20, 12, "RÉPUBLIQUE TOGOLAISE", font=f, size_pt=11, bold=True)
    sh.text(20, 17, "Travail – Liberté – Patrie", font=f, size_pt=8, italic=True)
    sh.text(190, 12, "MINISTÈRE DE L'ADMINISTRATION TERRITORIALE", font=f, size_pt=7.5, anchor="right")
    sh.text(190, 16.5, f"CENTRE D'ÉTAT CIVIL DE {strip_accents(centre).upper()}", font=f, size_pt=7.5,
            anchor="right")
    sh.text(115, 30, "COPIE INTÉGRALE D'ACTE DE NAISSANCE", font=f, size_pt=14, bold=True, anchor="center")
    sh.rule(52, 40, 52, 236, width_mm=0.4)
    no = f"N° {rng.randint(100, 3999)}"
    sh.text(20, 44, no, font=f, size_pt=10, bold=True)
    sh.text(20, 50, person.surname.upper(), font=f, size_pt=fit(person.surname.upper(), f, 10, 30, True), bold=True)
    sh.text(20, 55, person.given_names, font=f, size_pt=fit(person.given_names, f, 9.5, 30))
    sh.text(20, 64, "Mentions :", font=f, size_pt=8.5, italic=True)
    sh.text(20, 69, "néant", font=f, size_pt=8.5, italic=True)
    hh = rng.randint(0, 23)
    body = (f"L'an {_year_words(act.year)} et le {_date_words(act).rsplit(' ', 1)[0] if False else _date_words(act)}, "
            f"à {rng.choice(['neuf', 'dix', 'onze', 'quinze'])} heures, par-devant nous, officier de l'état civil du "
            f"centre de {centre}, a comparu {fa}, lequel nous a déclaré que le {_date_words(person.birth_date)}, à "
            f"{_FR_NUM[hh] if hh < 32 else hh} heures, est né à {person.birth_place}, "
            f"{'un enfant de sexe masculin' if person.sex == 'M' else 'un enfant de sexe féminin'}, auquel ont été "
            f"donnés les prénoms de {person.given_names} et le nom de {person.surname.upper()}, enfant de {fa} et de "
            f"{mo}, son épouse. Après lecture faite, le déclarant a signé avec nous.")
    y = sh.paragraph(58, 44, 132, body, font=f, size_pt=11, leading=1.65, align="justify")
    y = sh.paragraph(58, y + 6, 132, f"Pour copie certifiée conforme au registre, délivrée à Lomé le "
                     f"{d_fr(issue)}.", font=f, size_pt=11, leading=1.6)
    sh.text(150, y + 8, "L'Officier de l'état civil", font=f, size_pt=10.5, anchor="center")
    sh.signature(132, y + 14, 36, 13, rng, color=(20, 20, 30))
    sh.stamp(128 + rng.uniform(-4, 4), y + 10, ["CENTRE D'ÉTAT CIVIL", strip_accents(centre).upper()[:18], "TOGO"],
             rng, shape="oval", size_mm=34, color=STAMPB, angle=rng.uniform(-15, 15))
    sh.stamp(58, y + 36, ["VU POUR LÉGALISATION", "DE LA SIGNATURE CI-CONTRE", "PRÉFECTURE DU GOLFE"], rng,
             shape="rect", size_mm=48, color=STAMPR, angle=rng.uniform(-4, 4))
    fiscal_stamp(sh, 22, y + 30, "TIMBRE FISCAL", "500 F")
    return [sh]


def birth_tur_dotmatrix(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Türkiye: a district population directorate's 'Nüfus Kayıt Örneği' printed on continuous paper by a
    dot-matrix printer (tractor holes, green bars), the rows in capitals, the director's wet stamp and signature
    at the foot (Turkish only)."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(30, 300))
    fa, mo = _par(person, father, mother)
    ilce = rng.choice(["Keçiören", "Bağcılar", "Karşıyaka", "Selçuklu", "Haliliye", "Odunpazarı"])
    il = {"Keçiören": "ANKARA", "Bağcılar": "İSTANBUL", "Karşıyaka": "İZMİR", "Selçuklu": "KONYA",
          "Haliliye": "ŞANLIURFA", "Odunpazarı": "ESKİŞEHİR"}[ilce]
    sh = Sheet()
    continuous_paper(sh)
    f = "typewriter2"
    y = 16
    for t in ("T.C.", "İÇİŞLERİ BAKANLIĞI", "NÜFUS VE VATANDAŞLIK İŞLERİ GENEL MÜDÜRLÜĞÜ",
              f"{ilce.upper()} İLÇE NÜFUS MÜDÜRLÜĞÜ"):
        sh.text(105, y, glyphs(t, f), font=f, size_pt=10, anchor="center")
        y += 5
    sh.text(105, y + 6, glyphs("NÜFUS KAYIT ÖRNEĞİ", f), font=f, size_pt=13, bold=True, anchor="center")
    y += 20
    rows = [("T.C. KİMLİK NO", str(rng.randint(1, 9)) + _digits(rng, 10)), ("SOYADI", person.surname.upper()),
            ("ADI", person.given_names.upper()), ("BABA ADI", fa.split()[0].upper()),
            ("ANA ADI", mo.split()[0].upper()), ("DOĞUM YERİ", person.birth_place.upper()),
            ("DOĞUM TARİHİ", person.birth_date.strftime("%d/%m/%Y")),
            ("CİNSİYETİ", "ERKEK" if person.sex == "M" else "KADIN"), ("MEDENİ HALİ", rng.choice(["BEKAR", "EVLİ"])),
            ("İL / İLÇE", f"{il} / {ilce.upper()}"), ("MAHALLE / KÖY", rng.choice(["YENİ MAH.", "BAHÇELİEVLER MAH.",
                                                                                 "FATİH MAH."])),
            ("CİLT / HANE / BSN", f"{rng.randint(10, 250)} / {rng.randint(1, 999)} / {rng.randint(1, 99)}"),
            ("OLAYLAR", "---")]
    for a, b in rows:
        sh.text(22, y, glyphs(a, f), font=f, size_pt=10.5)
        sh.text(72, y, ":", font=f, size_pt=10.5)
        sh.text(76, y, glyphs(b, f), font=f, size_pt=10.5, bold=True)
        y += 7
    y += 6
    sh.paragraph(22, y, 166, glyphs("BU BELGE NÜFUS KÜTÜĞÜNDEKİ KAYITLARA UYGUNDUR. ÜZERİNDE KAZINTI, SİLİNTİ "
                                    "VE DÜZELTME YAPILAMAZ.", f), font=f, size_pt=10, leading=1.5)
    sh.text(22, y + 18, f"DUZENLEME TARIHI : {issue.strftime('%d/%m/%Y')}   BELGE NO : {rng.randint(10**6, 10**7)}",
            font=f, size_pt=10)
    sh.text(150, y + 30, glyphs("NÜFUS MÜDÜRÜ", f), font=f, size_pt=10, anchor="center")
    sh.signature(132, y + 36, 36, 12, rng, color=(30, 30, 90))
    sh.stamp(118 + rng.uniform(-4, 4), y + 32, ["T.C.", f"{strip_accents(ilce).upper()} NUFUS MUDURLUGU", "MÜHÜR"],
             rng, shape="round", size_mm=30, color=STAMPV, angle=rng.uniform(-20, 20))
    return [sh]


_register("birth-bdi-gemeente-uittreksel-stippellijnen-vergeeld-vouwen-28", "birth-certificate", PART, "fr",
          birth_bdi, country="BDI")
_register("birth-tgo-lome-volledig-afschrift-proza-marge-kolom-legalisatie-28", "birth-certificate", PART, "fr",
          birth_tgo, country="TGO")
_register("birth-tur-nufus-kayit-kettingpapier-matrixprinter-28", "birth-certificate", PART, "tr",
          birth_tur_dotmatrix, country="TUR")


# --------------------------------------------------------------------------- Belgian extracts (birth, marriage)

_BE = [("Liège", "fr", "4000", (170, 30, 40), "Place du Marché 2, 4000 Liège"),
       ("Charleroi", "fr", "6000", (20, 70, 140), "Place Charles II 14-15, 6000 Charleroi"),
       ("Gent", "nl", "9000", (30, 80, 60), "Botermarkt 1, 9000 Gent"),
       ("Antwerpen", "nl", "2000", (150, 20, 30), "Grote Markt 1, 2000 Antwerpen")]


def _be_extract(kind: str):
    """A commune's extract from the federal civil-status database printed on its own paper: the commune's logo
    and address in a footer band at the foot of the page (not at the top), the record as 'label : value' lines in
    the commune's own language, the official's signature at the left above the typed name and the commune's
    blue stamp half over it."""
    def make(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, spouse=None,
             marriage_date=None, **opts):
        issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(20, 200))
        name, lang, pc, col, addr = _BE[(hash(person.surname) + rng.randint(0, 3)) % 4 if False else rng.randrange(4)]
        f = "sans5"
        sh = Sheet()
        L = {"fr": dict(title={"birth": "EXTRAIT D'ACTE DE NAISSANCE", "marriage": "EXTRAIT D'ACTE DE MARIAGE"},
                        no="Numéro de l'acte", date="Date de l'acte", nm="Nom", gn="Prénom(s)", bd="Date de naissance",
                        bp="Lieu de naissance", sx="Sexe", fa="Père / coparent", mo="Mère", wed="Date du mariage",
                        place="Lieu du mariage", sp="Conjoint", by="Délivré le", off="L'officier de l'état civil délégué",
                        m="masculin", fe="féminin", intro="La commune de {n} délivre l'extrait suivant, établi sur la "
                        "base de la Banque de données des actes de l'état civil (BAEC) :"),
             "nl": dict(title={"birth": "UITTREKSEL UIT DE GEBOORTEAKTE", "marriage": "UITTREKSEL UIT DE HUWELIJKSAKTE"},
                        no="Aktenummer", date="Datum van de akte", nm="Naam", gn="Voornamen", bd="Geboortedatum",
                        bp="Geboorteplaats", sx="Geslacht", fa="Vader / meemoeder", mo="Moeder", wed="Datum huwelijk",
                        place="Plaats huwelijk", sp="Echtgeno(o)t(e)", by="Afgeleverd op",
                        off="De gemachtigde ambtenaar van de burgerlijke stand", m="mannelijk", fe="vrouwelijk",
                        intro="De stad {n} levert het volgende uittreksel af uit de Databank Akten Burgerlijke Stand "
                        "(DABS):")}[lang]
        sh.text(20, 20, L["title"][kind], font=f, size_pt=15, bold=True, color=col)
        sh.rule(20, 29, 190, 29, width_mm=0.8, color=col)
        y = sh.paragraph(20, 36, 170, L["intro"].format(n=name), font=f, size_pt=10.5, leading=1.4) + 6
        rows = []
        if kind == "birth":
            act = act_date or person.birth_date + datetime.timedelta(days=rng.randint(2, 14))
            fa, mo = _par(person, father, mother)
            rows = [(L["no"], f"{pc}-{act.year}-N-{rng.randint(100, 9999):05d}"), (L["date"], act.strftime("%d.%m.%Y")),
                    (L["nm"], person.surname), (L["gn"], person.given_names),
                    (L["sx"], L["m"] if person.sex == "M" else L["fe"]),
                    (L["bd"], person.birth_date.strftime("%d.%m.%Y")), (L["bp"], person.birth_place),
                    (L["fa"], fa), (L["mo"], mo)]
        else:
            wed = marriage_date or TODAY - datetime.timedelta(days=rng.randint(400, 3000))
            rows = [(L["no"], f"{pc}-{wed.year}-H-{rng.randint(100, 999):05d}"), (L["wed"], wed.strftime("%d.%m.%Y")),
                    (L["place"], name)]
            for i, q in enumerate((person, spouse)):
                if q is None:
                    continue
                rows += [(f"{L['sp']} {i + 1} – {L['nm']}", q.surname), (f"{L['sp']} {i + 1} – {L['gn']}",
                                                                          q.given_names),
                         (f"{L['sp']} {i + 1} – {L['bd']}", q.birth_date.strftime("%d.%m.%Y")),
                         (f"{L['sp']} {i + 1} – {L['bp']}", f"{q.birth_place} ({q.birth_country})")]
        for a, b in rows:
            sh.text(22, y, a, font=f, size_pt=10.3, color=(70, 70, 70))
            sh.text(92, y, ":", font=f, size_pt=10.3)
            sh.text(96, y, b, font=f, size_pt=fit(b, f, 10.8, 92, True), bold=True)
            y += 7.2
        y += 8
        sh.text(22, y, f"{L['by']} {issue.strftime('%d.%m.%Y')}", font=f, size_pt=10.3)
        sh.signature(22, y + 5, 40, 14, rng, color=INK)
        g, s = rng.choice([("Nathalie", "Lejeune"), ("Bart", "Van Acker"), ("Samira", "El Khattabi"),
                           ("Pierre", "Gillard")])
        sh.text(22, y + 21, f"{g} {s.upper()}", font=f, size_pt=10)
        sh.text(22, y + 26, L["off"], font=f, size_pt=8.5, color=GREY)
        sh.stamp(44 + rng.uniform(0, 10), y + 2, [("VILLE DE " if lang == "fr" else "STAD ") + name.upper(),
                                                  "ÉTAT CIVIL" if lang == "fr" else "BURGERLIJKE STAND", pc], rng,
                 shape="round", size_mm=30, color=STAMPB, angle=rng.uniform(-15, 15))
        sh.rect(0, 262, 210, 35, width_mm=0, fill=col)
        crest(sh, 18, 268, 20, (255, 255, 255), kind="shield")
        sh.text(44, 270, ("Ville de " if lang == "fr" else "Stad ") + name, font=f, size_pt=13, bold=True,
                color=(255, 255, 255))
        sh.text(44, 277.5, addr, font=f, size_pt=8.5, color=(240, 240, 240))
        sh.text(44, 282, "etat.civil@" + strip_accents(name).lower() + ".be" if lang == "fr" else
                "burgerzaken@" + name.lower() + ".be", font=f, size_pt=8.5, color=(240, 240, 240))
        return [sh]
    return make


_register("birth-be-stad-uittreksel-dabs-logo-voetband-label-dubbelepunt-28", "birth-certificate", PART, "fr/nl",
          _be_extract("birth"), country="BEL")
_register("marriage-be-stad-uittreksel-dabs-logo-voetband-label-dubbelepunt-28", "marriage-certificate", PART,
          "fr/nl", _be_extract("marriage"), country="BEL")


# --------------------------------------------------------------------------- certificates of nationality

def nationality_bdi(person, rng, *, issue_date=None, **opts):
    """Burundi: the certificate of nationality of the Ministry of Justice, in prose between two thick rules, the
    photo stapled at the top left with the round stamp across it, the signature below the text and the
    stamp beside it, on a page copied with a grey cast."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(40, 600))
    sh = Sheet()
    f = "serif2"
    sh.text(105, 14, "RÉPUBLIQUE DU BURUNDI", font=f, size_pt=12, bold=True, anchor="center")
    sh.text(105, 20, "MINISTÈRE DE LA JUSTICE", font=f, size_pt=10, anchor="center")
    sh.text(105, 25, "Direction des Affaires Civiles et de la Nationalité", font=f, size_pt=9, anchor="center",
            italic=True)
    sh.rule(20, 34, 190, 34, width_mm=1.2)
    sh.text(105, 40, "CERTIFICAT DE NATIONALITÉ", font=f, size_pt=16, bold=True, anchor="center")
    sh.text(105, 48, f"N° {rng.randint(100, 9999)}/DACN/{issue.year}", font=f, size_pt=10, anchor="center")
    sh.rule(20, 55, 190, 55, width_mm=1.2)
    sh.photo(22, 62, 28, 35, rng)
    sh.rect(30, 60, 10, 2.5, width_mm=0, fill=(170, 170, 170))
    sh.stamp(30, 78, ["MIN. JUSTICE", "BURUNDI"], rng, shape="round", size_mm=22, color=STAMPV,
             angle=rng.uniform(-20, 20))
    txt = (f"Le Directeur des Affaires Civiles et de la Nationalité certifie que {'Monsieur' if person.sex == 'M' else 'Madame'} "
           f"{person.surname.upper()} {person.given_names}, {'né' if person.sex == 'M' else 'née'} le "
           f"{d_fr(person.birth_date)} à {person.birth_place}, {'fils' if person.sex == 'M' else 'fille'} de "
           f"{person.father or '—'} et de {person.mother or '—'}, est de nationalité burundaise d'origine, en vertu "
           f"de l'article 2 de la loi n° 1/013 du 18 juillet 2000 portant réforme du code de la nationalité, ainsi "
           f"qu'il résulte de l'acte de naissance et du certificat de nationalité du père produits.")
    y = sh.paragraph(58, 62, 132, txt, font=f, size_pt=11, leading=1.55, align="justify")
    y = max(y, 102)
    y = sh.paragraph(22, y + 4, 168, "Le présent certificat est délivré pour servir et valoir ce que de droit.",
                     font=f, size_pt=11, leading=1.5)
    sh.text(22, y + 8, f"Fait à Bujumbura, le {d_fr(issue)}", font=f, size_pt=11)
    sh.text(22, y + 16, "Le Directeur,", font=f, size_pt=11)
    sh.signature(22, y + 20, 44, 15, rng, color=INK)
    sh.stamp(74, y + 14, ["MINISTÈRE DE LA JUSTICE", "DIRECTION", "BUJUMBURA"], rng, shape="round", size_mm=30,
             color=STAMPB, angle=rng.uniform(-15, 15))
    img = ImageOps.grayscale(sh.render(200)).point(lambda v: int(30 + v * 0.8)).convert("RGB")
    return [sheet_of(img)]


def nationality_tgo(person, rng, *, issue_date=None, **opts):
    """Togo: the court's certificate of nationality as a pre-printed form with numbered headings (1. Identité,
    2. Filiation, 3. Fondement) and typed answers after colons, two fiscal stamps at the top right, the clerk's
    signature above the court's stamp at the foot."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(40, 500))
    sh = Sheet()
    f, tf = "sans4", "mono"
    sh.text(20, 13, "RÉPUBLIQUE TOGOLAISE", font=f, size_pt=10.5, bold=True)
    sh.text(20, 18, "Travail – Liberté – Patrie", font=f, size_pt=7.5, italic=False, color=GREY)
    sh.text(20, 24, "COUR D'APPEL DE LOMÉ", font=f, size_pt=8.5)
    sh.text(20, 28.5, "TRIBUNAL DE PREMIÈRE INSTANCE DE PREMIÈRE CLASSE DE LOMÉ", font=f, size_pt=8.5)
    fiscal_stamp(sh, 146, 10, "TIMBRE", "1 000 F")
    fiscal_stamp(sh, 168, 10, "TIMBRE", "500 F", color=(210, 226, 200))
    sh.text(105, 46, "CERTIFICAT DE NATIONALITÉ TOGOLAISE", font=f, size_pt=14, bold=True, anchor="center")
    sh.text(105, 53, f"N° {rng.randint(1000, 29999)}/TPI-L/{issue.year}", font=tf, size_pt=10, anchor="center")
    y = 66
    secs = [("1. IDENTITÉ", [("Nom", person.surname.upper()), ("Prénoms", person.given_names),
                             ("Date de naissance", person.birth_date.strftime("%d/%m/%Y")),
                             ("Lieu de naissance", person.birth_place)]),
            ("2. FILIATION", [("Père", person.father or "—"), ("Mère", person.mother or "—")]),
            ("3. FONDEMENT", [("Article", "3 du Code de la nationalité togolaise (ordonnance n° 78-34)"),
                              ("Pièces produites", "acte de naissance, certificat de nationalité du père")])]
    for head, rows in secs:
        sh.text(20, y, head, font=f, size_pt=10.5, bold=True)
        y += 7
        for a, b in rows:
            sh.text(28, y, a, font=f, size_pt=10)
            sh.text(70, y, ": " + b, font=tf, size_pt=fit(": " + b, tf, 10, 120))
            y += 6.3
        y += 4
    y = sh.paragraph(20, y + 2, 170, "Le Greffier en chef soussigné certifie que la personne désignée ci-dessus est "
                     "de nationalité togolaise.", font=f, size_pt=10.5, leading=1.5)
    sh.text(20, y + 6, f"Lomé, le {issue.strftime('%d/%m/%Y')}", font=f, size_pt=10.5)
    sh.text(130, y + 14, "Le Greffier en chef", font=f, size_pt=10.5, anchor="center")
    sh.signature(112, y + 19, 38, 13, rng, color=(20, 20, 30))
    sh.stamp(114 + rng.uniform(-4, 4), y + 34, ["TRIBUNAL DE PREMIÈRE INSTANCE", "LOMÉ", "GREFFE"], rng,
             shape="round", size_mm=30, color=STAMPR, angle=rng.uniform(-20, 20))
    return [sh]


_register("nationality-bdi-justitie-proza-tussen-dikke-lijnen-foto-geniet-grijs-28", "nationality-certificate",
          PART, "fr", nationality_bdi, country="BDI")
_register("nationality-tgo-tpi-lome-genummerde-rubrieken-twee-fiscale-zegels-28", "nationality-certificate",
          PART, "fr", nationality_tgo, country="TGO")


# --------------------------------------------------------------------------- embassies' identity certificates

_EMB = {"BDI": dict(name="Ambassade de la République du Burundi", sub="Royaume de Belgique – Union européenne",
                    addr="Square Marie-Louise 46, 1000 Bruxelles", col=(20, 110, 60), nat="burundaise"),
        "TGO": dict(name="Ambassade de la République Togolaise", sub="Bruxelles",
                    addr="Avenue de Tervueren 264, 1150 Bruxelles", col=(190, 40, 50), nat="togolaise")}


def _idcert(code: str):
    """An embassy's identity certificate with the letterhead at the left in a narrow column, the text in a
    right column, the photo at the top of the text with the embassy's dry seal on its corner, the signature
    above the typed name and title, the stamp in the left column beside it."""
    E = _EMB[code]

    def make(person, rng, *, issue_date=None, declarative=False, **opts):
        issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(40, 300))
        sh = Sheet()
        f = "serif7"
        col = E["col"]
        sh.rect(0, 0, 56, 297, width_mm=0, fill=tuple(int(255 - (255 - v) * 0.1) for v in col))
        crest(sh, 14, 16, 28, col, kind="ring" if code == "BDI" else "star")
        y = 52
        for w in E["name"].split(" de la ")[0].split() + ["de la"] + E["name"].split(" de la ")[-1].split():
            pass
        for ln in (E["name"].split(" ", 1)[0], E["name"].split(" ", 1)[1]):
            y = sh.paragraph(8, y, 42, ln, font=f, size_pt=9.5, leading=1.3, bold=True) + 1
        y = sh.paragraph(8, y + 2, 42, E["sub"], font=f, size_pt=8, leading=1.3) + 2
        sh.paragraph(8, y + 4, 42, E["addr"], font=f, size_pt=7.5, leading=1.3)
        sh.text(8, 280, "Section consulaire", font=f, size_pt=7.5, color=GREY)
        x0 = 66
        sh.text(x0, 20, f"Réf. : {rng.randint(10, 999)}/AMB.{code}/CONS/{issue.year}", font=f, size_pt=9)
        sh.text(190, 20, f"Bruxelles, le {d_fr(issue)}", font=f, size_pt=9.5, anchor="right")
        sh.text(x0, 40, "CERTIFICAT D'IDENTITÉ", font=f, size_pt=16, bold=True, color=col)
        sh.photo(x0, 52, 30, 38, rng)
        sh.stamp(x0 + 14, 74, ["AMBASSADE", code], rng, shape="round", size_mm=20, color=(150, 150, 150),
                 angle=rng.uniform(-25, 25))
        rows = [("Nom", person.surname.upper()), ("Prénoms", person.given_names),
                ("Né(e) le", person.birth_date.strftime("%d/%m/%Y")), ("à", person.birth_place),
                ("Nationalité", E["nat"])]
        yy = 54
        for a, b in rows:
            sh.text(x0 + 36, yy, a, font=f, size_pt=9, color=GREY)
            sh.text(x0 + 36, yy + 4, b, font=f, size_pt=fit(b, f, 11, 86, True), bold=True)
            yy += 10
        body = (f"Le Consul soussigné certifie que la personne dont la photographie et l'identité figurent ci-dessus "
                f"est ressortissant{'e' if person.sex == 'F' else ''} de la République "
                f"{'du Burundi' if code == 'BDI' else 'Togolaise'}")
        if declarative:
            body += (", selon ses propres déclarations. Le présent certificat est établi à sa demande, sans "
                     "présentation d'un document d'identité ou d'état civil.")
        else:
            body += (f", immatriculé{'e' if person.sex == 'F' else ''} à nos services sous le n° "
                     f"{rng.randint(100, 9999)}/{issue.year % 100}, au vu de son passeport et de son acte de naissance "
                     f"présentés en original.")
        y = sh.paragraph(x0, 108, 124, body, font=f, size_pt=11, leading=1.6, align="justify")
        y = sh.paragraph(x0, y + 4, 124, "En foi de quoi, le présent certificat lui est délivré pour servir et valoir "
                         "ce que de droit.", font=f, size_pt=11, leading=1.6)
        sh.signature(120, y + 8, 44, 15, rng, color=INK)
        g = rng.choice(["NDIKUMANA Élie", "BIZIMANA Aline"]) if code == "BDI" else rng.choice(
            ["AGBEKO Komla", "ADJOVI Akouvi"])
        sh.text(142, y + 26, g, font=f, size_pt=10, bold=True, anchor="center")
        sh.text(142, y + 31, "Le Consul", font=f, size_pt=9.5, anchor="center")
        sh.stamp(12, min(y + 6, 240), [E["name"][:24].upper(), "BRUXELLES", "CONSULAT"], rng, shape="round",
                 size_mm=32, color=STAMPB if code == "BDI" else STAMPR, angle=rng.uniform(-15, 15))
        return [sh]
    return make


for _c in ("BDI", "TGO"):
    _register(f"idcert-{_c.lower()}-ambassade-brussel-briefhoofd-linkerkolom-droogstempel-foto-28",
              "identity-certificate", PART, "fr", _idcert(_c), country=_c, photo=True,
              notes=f"{_c} embassy's identity certificate, letterhead in a left column, photo with a dry seal")


# --------------------------------------------------------------------------- marriage acts

def _marriage(code: str):
    """A marriage act of Bujumbura or Lomé typed on a single sheet in prose (the spouses' identities, witnesses,
    regime), the act's number in a box at the top right, the officer's stamp over the last lines."""
    def make(person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
        issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(30, 400))
        wed = marriage_date or TODAY - datetime.timedelta(days=rng.randint(500, 3500))
        hus, wife = (person, spouse) if person.sex == "M" else (spouse, person)
        sh = Sheet(paper="cream" if code == "TGO" else "white")
        f = "serif5" if code == "BDI" else "serif4"
        st = "RÉPUBLIQUE DU BURUNDI" if code == "BDI" else "RÉPUBLIQUE TOGOLAISE"
        town = "Bujumbura" if code == "BDI" else "Lomé"
        sh.text(20, 14, st, font=f, size_pt=11, bold=True)
        sh.text(20, 19, "Unité – Travail – Progrès" if code == "BDI" else "Travail – Liberté – Patrie", font=f,
                size_pt=8, italic=True)
        sh.text(20, 25, f"COMMUNE DE {town.upper()} – ÉTAT CIVIL", font=f, size_pt=8.5)
        sh.rect(150, 12, 40, 14, width_mm=0.4)
        sh.text(170, 14, "ACTE DE MARIAGE", font=f, size_pt=8, anchor="center")
        sh.text(170, 19, f"N° {rng.randint(10, 999)}/{wed.year}", font=f, size_pt=10, bold=True, anchor="center")
        sh.text(105, 38, "EXTRAIT DU REGISTRE DES ACTES DE MARIAGE", font=f, size_pt=13, bold=True, anchor="center")

        def who(q):
            if q is None:
                return "—"
            return (f"{q.surname.upper()} {q.given_names}, {'né' if q.sex == 'M' else 'née'} le {d_fr(q.birth_date)} à "
                    f"{q.birth_place}, de nationalité {'burundaise' if code == 'BDI' else 'togolaise'}")
        txt = (f"Le {_date_words(wed)}, à dix heures, par-devant nous, officier de l'état civil de la commune de {town}, "
               f"ont comparu publiquement en la maison communale : {who(hus)}, d'une part ; et {who(wife)}, d'autre "
               f"part ; lesquels ont déclaré vouloir se prendre pour époux. Nous avons prononcé au nom de la loi "
               f"qu'ils sont unis par le mariage, sous le régime de la {rng.choice(['communauté universelle', 'séparation de biens', 'communauté réduite aux acquêts'])}, "
               f"en présence de {rng.choice(['NSHIMIRIMANA Eric', 'KODJO Yao', 'MUGISHA Alain', 'AKAKPO Kossi'])} et "
               f"de {rng.choice(['IRAKOZE Diane', 'AMEGAN Afi', 'NIYONKURU Rose', 'TETE Ablavi'])}, témoins majeurs.")
        y = sh.paragraph(22, 50, 166, txt, font=f, size_pt=11, leading=1.7, align="justify")
        y = sh.paragraph(22, y + 6, 166, f"Pour extrait conforme, délivré à {town} le {d_fr(issue)}.", font=f,
                         size_pt=11, leading=1.6)
        sh.text(140, y + 10, "L'Officier de l'état civil", font=f, size_pt=10.5, anchor="center")
        sh.signature(122, y + 16, 38, 14, rng, color=INK)
        sh.stamp(112 + rng.uniform(0, 8), y - 6, [f"COMMUNE DE {strip_accents(town).upper()}", "ÉTAT CIVIL",
                                                  "BURUNDI" if code == "BDI" else "TOGO"], rng,
                 shape="round", size_mm=32, color=STAMPB if code == "BDI" else STAMPV, angle=rng.uniform(-20, 20))
        return [sh]
    return make


_register("marriage-bdi-bujumbura-proza-aktenummer-kader-stempel-over-tekst-28", "marriage-certificate", PART, "fr",
          _marriage("BDI"), country="BDI")
_register("marriage-tgo-lome-proza-aktenummer-kader-stempel-over-tekst-28", "marriage-certificate", PART, "fr",
          _marriage("TGO"), country="TGO")


# --------------------------------------------------------------------------- sworn translations

_SRC = {"tr": ("turque", "Turks", "Turkse"), "ar": ("arabe", "Arabisch", "Arabische"),
        "es": ("espagnole", "Spaans", "Spaanse"), "rn": ("kirundi", "Kirundi", "Kirundi")}


def _tr_rows(person, lang: str):
    fa = (person.father or "—").split()[0]
    mo = (person.mother or "—").split()[0]
    if lang == "fr":
        return [("N° d'identité", "[11 chiffres]"), ("Nom", person.surname.upper()), ("Prénom", person.given_names),
                ("Prénom du père", fa), ("Prénom de la mère", mo), ("Lieu de naissance", person.birth_place),
                ("Date de naissance", person.birth_date.strftime("%d/%m/%Y")),
                ("Sexe", "masculin" if person.sex == "M" else "féminin")]
    return [("Identiteitsnummer", "[11 cijfers]"), ("Achternaam", person.surname.upper()),
            ("Voornaam", person.given_names), ("Voornaam vader", fa), ("Voornaam moeder", mo),
            ("Geboorteplaats", person.birth_place), ("Geboortedatum", person.birth_date.strftime("%d-%m-%Y")),
            ("Geslacht", "man" if person.sex == "M" else "vrouw")]


def translation_liege(person, rng, *, issue_date=None, of_type="birth-certificate", source_lang="tr", **opts):
    """A sworn translator in Liège (into French): the translation typed plainly with dotted leaders, the
    translator's certification formula running up the left margin in a rotated box, the stamp and signature
    at the foot, the page numbered 'page 1 de 1'."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(10, 60))
    src = _SRC.get(source_lang, _SRC["tr"])
    sh = Sheet()
    f = "serif2"
    g, s = rng.choice([("Ayşe", "Demirci"), ("Jean-Marc", "Lambotte"), ("Fatma", "Kılıç")])
    sh.text(40, 16, glyphs(f"{g} {s}", f), font=f, size_pt=13, bold=True)
    sh.text(40, 22, "Traducteur-interprète juré près le Tribunal de première instance de Liège", font=f, size_pt=9)
    sh.text(40, 27, f"Rue Saint-Gilles {rng.randint(2, 200)}, 4000 Liège · inscrit au registre national des "
            f"traducteurs jurés", font=f, size_pt=8, color=GREY)
    sh.text(115, 42, "TRADUCTION", font=f, size_pt=14, bold=True, anchor="center")
    sh.text(115, 49, f"de la langue {src[0]} vers le français", font=f, size_pt=10, italic=True, anchor="center")
    title = {"birth-certificate": "Extrait du registre de la population (naissance)",
             "marriage-certificate": "Extrait d'acte de mariage"}.get(of_type, "Document d'état civil")
    sh.text(40, 62, f"[Armoiries]  République de Turquie – Ministère de l'Intérieur – Direction de la population",
            font=f, size_pt=9.5, italic=True)
    sh.text(40, 70, title.upper(), font=f, size_pt=11, bold=True)
    y = 80
    for a, b in _tr_rows(person, "fr"):
        y = dotted(sh, 40, y, 150, a, b, font=f, size=10.5, lead=48) + 1.6
    sh.text(40, y + 4, "[Cachet rond de la direction de la population – signature illisible]", font=f, size_pt=9.5,
            italic=True)
    y += 18
    # the certification, rotated in a box along the left margin
    box = Sheet(150, 22)
    box.rect(0, 0, 150, 22, width_mm=0.4)
    box.paragraph(3, 3, 144, f"Je soussigné(e), {g} {s}, traducteur juré, certifie que la présente traduction est "
                  f"fidèle et conforme à l'original rédigé en langue {src[0]} qui m'a été présenté.", font="serif2",
                  size_pt=9, leading=1.35)
    img = box.render(220).rotate(90, expand=True)
    sh.image(12, 60, 22, 150, img)
    sh.text(110, y + 4, f"Liège, le {d_fr(issue)}", font=f, size_pt=10.5)
    sh.signature(110, y + 9, 40, 14, rng, color=INK)
    sh.stamp(150, y + 2, ["TRADUCTEUR JURÉ", f"{s.upper()[:14]}", "LIÈGE"], rng, shape="round", size_mm=28,
             color=STAMPB, angle=rng.uniform(-15, 15))
    sh.text(190, 287, "page 1 de 1", font=f, size_pt=8, anchor="right", color=GREY)
    return [sh]


def translation_rotterdam(person, rng, *, issue_date=None, of_type="birth-certificate", source_lang="tr", **opts):
    """A sworn translator in Rotterdam (into Dutch): a letterhead line at the top, the translation as a two-column
    table (left the source's labels in Turkish in italics, right the Dutch), the statement of the translator at the
    foot with the registration number of the Wbtv register, a ribbon and seal in the upper left corner."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(10, 60))
    src = _SRC.get(source_lang, _SRC["tr"])
    sh = Sheet()
    f = "sans4"
    sh.rule(15, 8, 15, 40, width_mm=2.2, color=(200, 30, 40))
    sh.rule(19, 8, 23, 42, width_mm=2.2, color=(30, 60, 160))
    sh.stamp(8, 30, ["BEËDIGD", "VERTALER"], rng, shape="round", size_mm=20, color=(170, 30, 30), angle=0)
    g, s = rng.choice([("Hülya", "Yıldız"), ("Erik", "van der Linden"), ("Murat", "Aydın")])
    sh.text(190, 12, glyphs(f"{g} {s}", f) + " – beëdigd vertaler Turks-Nederlands", font=f, size_pt=9, bold=True,
            anchor="right")
    sh.text(190, 17, f"Westblaak {rng.randint(10, 200)}, 3012 KM Rotterdam · Wbtv-nr. {rng.randint(1000, 9999)}",
            font=f, size_pt=8, anchor="right", color=GREY)
    sh.text(40, 52, "BEËDIGDE VERTALING", font=f, size_pt=14, bold=True)
    sh.text(40, 59, f"uit het {src[1]} in het Nederlands", font=f, size_pt=10, color=GREY)
    y = 70
    tr_src = {"Identiteitsnummer": "T.C. Kimlik No", "Achternaam": "Soyadı", "Voornaam": "Adı",
              "Voornaam vader": "Baba Adı", "Voornaam moeder": "Ana Adı", "Geboorteplaats": "Doğum Yeri",
              "Geboortedatum": "Doğum Tarihi", "Geslacht": "Cinsiyeti"}
    sh.rect(20, y, 170, 8, width_mm=0, fill=(230, 232, 238))
    sh.text(22, y + 2, "Origineel (Turks)", font=f, size_pt=9, bold=True)
    sh.text(82, y + 2, "Vertaling", font=f, size_pt=9, bold=True)
    y += 8
    for a, b in _tr_rows(person, "nl"):
        sh.rect(20, y, 60, 8, width_mm=0.2)
        sh.rect(80, y, 110, 8, width_mm=0.2)
        sh.text(22, y + 2, glyphs(tr_src.get(a, a), f), font=f, size_pt=9.5, italic=False, color=(90, 90, 90))
        sh.text(82, y + 2, f"{a}: {b}", font=f, size_pt=fit(f"{a}: {b}", f, 10, 106))
        y += 8
    y = sh.paragraph(20, y + 8, 170, "[Stempel van het bevolkingsbureau, handtekening onleesbaar]", font=f,
                     size_pt=9.5) + 8
    y = sh.paragraph(20, y, 170, f"Ondergetekende, {g} {s}, beëdigd vertaler voor de Turkse taal, ingeschreven in het "
                     f"register beëdigde tolken en vertalers, verklaart dat deze vertaling getrouw en volledig is "
                     f"gemaakt naar het hem/haar getoonde origineel in de {src[2]} taal.", font=f, size_pt=10,
                     leading=1.45)
    sh.text(20, y + 6, f"Rotterdam, {issue.strftime('%d-%m-%Y')}", font=f, size_pt=10)
    sh.signature(20, y + 11, 42, 14, rng, color=INK)
    return [sh]


_register("translation-be-luik-certificatie-gedraaid-kantlijn-stippellijnen-28", "translation", PART, "fr",
          translation_liege, country="BEL")
_register("translation-nl-rotterdam-twee-kolommen-origineel-vertaling-lint-zegel-28", "translation", PART, "nl",
          translation_rotterdam, country="NLD")
