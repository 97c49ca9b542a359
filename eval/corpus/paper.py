"""A drawing surface in millimetres, rendered either to a raster (Pillow) or to a
born-digital PDF with a real text layer (fpdf2), plus the degradations of real
scans and phone photos.

All positions are millimetres from the top-left corner of the sheet.  A Sheet is
a display list: drawing calls record operations; ``render(dpi)`` and
``save_born_digital_pdf`` replay them.  Everything random (signature strokes,
stamp texture, photos, scan noise) is drawn from the caller's ``random.Random``
or ``Scan.seed``, so output is deterministic.
"""
from __future__ import annotations

import datetime
import io
import logging
import math
import os
import random
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont, ImageOps

__all__ = ["Sheet", "FONTS", "BOLD_FONTS", "HAND_FONTS", "Scan", "save_born_digital_pdf", "save_scanned_pdf",
           "save_image", "save_tiff", "scan_image", "PAPERS", "mm_per_pt"]

logging.getLogger("fontTools").setLevel(logging.ERROR)

_T = "/usr/share/fonts/truetype"
_O = "/usr/share/fonts/opentype"

FONTS: dict[str, str] = {
    "serif": f"{_T}/liberation/LiberationSerif-Regular.ttf",          # Times-like
    "serif2": f"{_T}/crosextra/Caladea-Regular.ttf",                  # Cambria-like
    "serif3": f"{_T}/dejavu/DejaVuSerif.ttf",
    "serif4": f"{_O}/urw-base35/P052-Roman.otf",                      # Palatino-like
    "serif5": f"{_O}/urw-base35/C059-Roman.otf",                      # Century Schoolbook-like
    "serif6": f"{_T}/freefont/FreeSerif.ttf",
    "serif7": f"{_O}/urw-base35/URWBookman-Light.otf",                # Bookman-like
    "sans": f"{_T}/liberation/LiberationSans-Regular.ttf",            # Arial-like
    "sans2": f"{_T}/crosextra/Carlito-Regular.ttf",                   # Calibri-like
    "sans3": f"{_T}/dejavu/DejaVuSans.ttf",                           # Verdana-like
    "sans4": f"{_O}/urw-base35/NimbusSans-Regular.otf",               # Helvetica-like
    "sans5": f"{_O}/urw-base35/URWGothic-Book.otf",                   # Avant Garde-like
    "sans6": f"{_T}/freefont/FreeSans.ttf",
    "narrow": f"{_T}/liberation/LiberationSansNarrow-Regular.ttf",
    "condensed": f"{_T}/dejavu/DejaVuSansCondensed.ttf",
    "mono": f"{_T}/liberation/LiberationMono-Regular.ttf",            # Courier New-like
    "mono2": f"{_T}/dejavu/DejaVuSansMono.ttf",
    "typewriter": f"{_O}/courier-prime/Courier Prime.otf",
    "typewriter2": f"{_O}/urw-base35/NimbusMonoPS-Regular.otf",
    "typewriter3": f"{_T}/freefont/FreeMono.ttf",
    "ocrb": f"{_T}/dejavu/DejaVuSansMono.ttf",                        # OCR-B-like monospace for MRZ
    "hand1": f"{_T}/fifthhorseman/dkg.ttf",
    "hand2": f"{_T}/breip/Breip.ttf",
    "hand3": f"{_O}/urw-base35/Z003-MediumItalic.otf",                # chancery hand
    "hand4": f"{_T}/fifthhorseman/dkgBd.ttf",                         # a thicker pen
    "blockcaps": f"{_T}/humor-sans/Humor-Sans.ttf",                   # capitals only, no accents
    "script": f"{_T}/kristi/Kristi.ttf",                              # cursive, for signatures only
}
BOLD_FONTS: dict[str, str] = {
    "serif": f"{_T}/liberation/LiberationSerif-Bold.ttf",
    "serif2": f"{_T}/crosextra/Caladea-Bold.ttf",
    "serif3": f"{_T}/dejavu/DejaVuSerif-Bold.ttf",
    "serif4": f"{_O}/urw-base35/P052-Bold.otf",
    "serif5": f"{_O}/urw-base35/C059-Bold.otf",
    "serif6": f"{_T}/freefont/FreeSerifBold.ttf",
    "serif7": f"{_O}/urw-base35/URWBookman-Demi.otf",
    "sans": f"{_T}/liberation/LiberationSans-Bold.ttf",
    "sans2": f"{_T}/crosextra/Carlito-Bold.ttf",
    "sans3": f"{_T}/dejavu/DejaVuSans-Bold.ttf",
    "sans4": f"{_O}/urw-base35/NimbusSans-Bold.otf",
    "sans5": f"{_O}/urw-base35/URWGothic-Demi.otf",
    "sans6": f"{_T}/freefont/FreeSansBold.ttf",
    "narrow": f"{_T}/liberation/LiberationSansNarrow-Bold.ttf",
    "condensed": f"{_T}/dejavu/DejaVuSansCondensed-Bold.ttf",
    "mono": f"{_T}/liberation/LiberationMono-Bold.ttf",
    "mono2": f"{_T}/dejavu/DejaVuSansMono-Bold.ttf",
    "typewriter": f"{_O}/courier-prime/Courier Prime Bold.otf",
    "typewriter2": f"{_O}/urw-base35/NimbusMonoPS-Bold.otf",
    "typewriter3": f"{_T}/freefont/FreeMonoBold.ttf",
    "ocrb": f"{_T}/dejavu/DejaVuSansMono.ttf",
}
ITALIC_FONTS: dict[str, str] = {
    "serif": f"{_T}/liberation/LiberationSerif-Italic.ttf",
    "sans": f"{_T}/liberation/LiberationSans-Italic.ttf",
    "serif2": f"{_T}/crosextra/Caladea-Italic.ttf",
    "sans2": f"{_T}/crosextra/Carlito-Italic.ttf",
    "serif4": f"{_O}/urw-base35/P052-Italic.otf",
    "serif6": f"{_T}/freefont/FreeSerifItalic.ttf",
}
HAND_FONTS = ("hand1", "hand2", "hand3", "hand4")
SERIF_FACES = ("serif", "serif2", "serif3", "serif4", "serif5", "serif6", "serif7")
SANS_FACES = ("sans", "sans2", "sans3", "sans4", "sans5", "sans6", "narrow", "condensed")
MONO_FACES = ("mono", "mono2", "typewriter", "typewriter2", "typewriter3")

PAPERS = {
    "white": (255, 255, 255), "cream": (251, 248, 238), "yellow": (252, 247, 221), "grey": (241, 241, 239),
    "blue": (233, 240, 250), "green": (234, 245, 233), "pink": (251, 237, 239), "salmon": (253, 233, 220),
}

mm_per_pt = 25.4 / 72.0
_INK_PX_PER_MM = 12.0   # resolution at which ink images (signatures, stamps, photos) are generated


def _font_path(font: str, bold: bool = False, italic: bool = False) -> str:
    if italic and font in ITALIC_FONTS:
        return ITALIC_FONTS[font]
    if bold and font in BOLD_FONTS:
        return BOLD_FONTS[font]
    if font in FONTS:
        return FONTS[font]
    if os.path.exists(font):
        return font
    raise KeyError(f"unknown font {font!r}")


_font_cache: dict[tuple[str, int], ImageFont.FreeTypeFont] = {}


def _pil_font(path: str, px: int) -> ImageFont.FreeTypeFont:
    key = (path, max(1, px))
    f = _font_cache.get(key)
    if f is None:
        f = _font_cache[key] = ImageFont.truetype(path, max(1, px))
    return f


_REF = 1000


def text_width_mm(s: str, font: str = "sans", size_pt: float = 10, bold: bool = False, italic: bool = False) -> float:
    f = _pil_font(_font_path(font, bold, italic), _REF)
    return f.getlength(s) / _REF * size_pt * mm_per_pt


def _ascent_em(path: str) -> float:
    return _pil_font(path, _REF).getmetrics()[0] / _REF


# --------------------------------------------------------------------------- ink images

def _noise(rng: random.Random, size, sigma: float) -> Image.Image:
    """Deterministic grey noise around 128 (Image.effect_noise is not seeded by our rng)."""
    w, h = max(1, int(size[0])), max(1, int(size[1]))
    img = Image.frombytes("L", (w, h), rng.randbytes(w * h))
    f = sigma / 73.9
    return img.point(lambda v: max(0, min(255, int(128 + (v - 128) * f))))


def _ink_layer(mask: Image.Image, color) -> Image.Image:
    img = Image.new("RGBA", mask.size, tuple(color) + (0,))
    img.putalpha(mask)
    return img


def _catmull(points, steps=8):
    out = []
    n = len(points)
    for i in range(n - 1):
        p0 = points[max(i - 1, 0)]
        p1, p2 = points[i], points[i + 1]
        p3 = points[min(i + 2, n - 1)]
        for k in range(steps):
            t = k / steps
            t2, t3 = t * t, t * t * t
            x = 0.5 * ((2 * p1[0]) + (-p0[0] + p2[0]) * t + (2 * p0[0] - 5 * p1[0] + 4 * p2[0] - p3[0]) * t2
                       + (-p0[0] + 3 * p1[0] - 3 * p2[0] + p3[0]) * t3)
            y = 0.5 * ((2 * p1[1]) + (-p0[1] + p2[1]) * t + (2 * p0[1] - 5 * p1[1] + 4 * p2[1] - p3[1]) * t2
                       + (-p0[1] + 3 * p1[1] - 3 * p2[1] + p3[1]) * t3)
            out.append((x, y))
    out.append(points[-1])
    return out


def _stroke(draw, pts, width):
    for (x1, y1), (x2, y2) in zip(pts, pts[1:]):
        draw.line([(x1, y1), (x2, y2)], fill=255, width=max(1, int(width)))
    r = width / 2
    for x, y in pts[:: max(1, len(pts) // 60)] + [pts[-1]]:
        draw.ellipse([x - r, y - r, x + r, y + r], fill=255)


def make_signature(w_mm: float, h_mm: float, rng: random.Random, color=(20, 30, 120), style: str | None = None,
                   initials: str | None = None) -> Image.Image:
    """An RGBA image of a pen signature filling roughly a w×h mm box."""
    ss = 3
    S = _INK_PX_PER_MM * ss
    W, H = max(8, int(w_mm * S)), max(8, int(h_mm * S))
    mask = Image.new("L", (W, H), 0)
    d = ImageDraw.Draw(mask)
    pen = rng.uniform(0.28, 0.5) * S
    style = style or rng.choice(["loops", "loops", "initials", "zigzag"])
    slant = rng.uniform(0.1, 0.45)
    base = H * rng.uniform(0.55, 0.7)

    def shear(pts):
        return [(x + (base - y) * slant, y) for x, y in pts]

    x0 = W * rng.uniform(0.04, 0.12)
    xmax = W * rng.uniform(0.78, 0.95)
    if style == "initials" and initials is None:
        initials = rng.choice("ABCDEFGHJKLMNPRSTVWYZ") + rng.choice("ABCDEFGHJKLMNPRSTVWYZ")
    if style == "initials":
        fpx = int(H * rng.uniform(0.6, 0.8))
        font = _pil_font(FONTS["script"], fpx)
        tmp = Image.new("L", (W, H), 0)
        ImageDraw.Draw(tmp).text((x0, base), initials, font=font, fill=255, anchor="ls",
                                 stroke_width=max(1, int(pen / 3)), stroke_fill=255)
        mask = ImageChops.lighter(mask, tmp)
        d = ImageDraw.Draw(mask)
        x0 = x0 + font.getlength(initials) * 0.95
    if style in ("loops", "initials"):
        pts = []
        if style == "loops":
            # a capital: a tall loop first
            cap = H * rng.uniform(0.45, 0.6)
            pts += [(x0, base), (x0 + 0.05 * W, base - cap), (x0 + 0.02 * W, base - cap * 1.05),
                    (x0 + 0.0 * W, base - cap * 0.5), (x0 + 0.06 * W, base)]
            x = x0 + 0.06 * W
        else:
            x = x0
        step = W * rng.uniform(0.035, 0.06)
        while x < xmax:
            kind = rng.random()
            amp = H * (rng.uniform(0.35, 0.55) if kind < 0.25 else rng.uniform(0.1, 0.25))
            pts.append((x + step * 0.3, base - amp))
            pts.append((x + step * rng.uniform(0.0, 0.3), base - amp * 0.6 if kind < 0.25 else base - amp * 0.2))
            pts.append((x + step * 0.8, base + rng.uniform(-0.03, 0.05) * H))
            if rng.random() < 0.12:  # descender loop
                pts.append((x + step * 0.9, base + H * 0.25))
                pts.append((x + step * 0.6, base + H * 0.2))
                pts.append((x + step * 1.0, base))
            x += step
        curve = shear(_catmull(pts, 10))
        _stroke(d, curve, pen)
    else:  # zigzag scribble
        pts = [(x0, base)]
        x = x0
        while x < xmax:
            x += W * rng.uniform(0.02, 0.06)
            pts.append((x, base - H * rng.uniform(0.05, 0.5)))
            x += W * rng.uniform(0.01, 0.04)
            pts.append((x, base + H * rng.uniform(-0.05, 0.12)))
        _stroke(d, shear(_catmull(pts, 4)), pen)
    # flourish / underline
    if rng.random() < 0.75:
        y1 = base + H * rng.uniform(0.08, 0.22)
        fl = [(xmax, base - H * 0.1), (xmax + W * 0.03, base + H * 0.05), (W * rng.uniform(0.4, 0.6), y1),
              (W * rng.uniform(0.05, 0.2), y1 + H * rng.uniform(-0.05, 0.06))]
        _stroke(d, _catmull(fl, 14), pen * 0.8)
    if rng.random() < 0.35:  # a dot or a dash
        cx, cy = W * rng.uniform(0.5, 0.9), base - H * rng.uniform(0.3, 0.45)
        d.ellipse([cx - pen, cy - pen, cx + pen, cy + pen], fill=255)
    mask = mask.resize((W // ss, H // ss), Image.LANCZOS)
    return _ink_layer(mask, color)


def make_photo(w_mm: float, h_mm: float, rng: random.Random) -> Image.Image:
    """A drawn, passport-style portrait (no real person)."""
    S = _INK_PX_PER_MM
    W, H = max(10, int(w_mm * S)), max(10, int(h_mm * S))
    bg = rng.choice([(225, 230, 236), (238, 238, 238), (210, 222, 235), (245, 245, 242), (220, 226, 220)])
    img = Image.new("RGB", (W, H), bg)
    g = Image.linear_gradient("L").resize((W, H))
    img = Image.composite(img, Image.new("RGB", (W, H), tuple(max(0, c - 25) for c in bg)), ImageOps.invert(g))
    d = ImageDraw.Draw(img)
    skin = rng.choice([(241, 205, 170), (224, 172, 135), (198, 134, 96), (160, 102, 66), (110, 70, 45), (86, 54, 35)])
    hair = rng.choice([(20, 16, 14), (40, 28, 20), (70, 50, 35), (30, 30, 30), (90, 80, 75)])
    cloth = rng.choice([(40, 40, 60), (90, 30, 30), (30, 60, 40), (200, 200, 205), (60, 60, 60), (20, 40, 90)])
    cx = W * rng.uniform(0.47, 0.53)
    head_w, head_h = W * rng.uniform(0.40, 0.48), H * rng.uniform(0.40, 0.46)
    top = H * rng.uniform(0.12, 0.18)
    d.ellipse([cx - W * 0.55, H * 0.76, cx + W * 0.55, H * 1.35], fill=cloth)  # shoulders
    d.rectangle([cx - head_w * 0.2, top + head_h * 0.8, cx + head_w * 0.2, H * 0.82], fill=skin)  # neck
    scarf = rng.random() < 0.25
    if scarf:
        sc = rng.choice([(30, 30, 40), (120, 40, 60), (60, 80, 110), (140, 120, 100), (20, 60, 50)])
        d.ellipse([cx - head_w * 0.68, top - head_h * 0.1, cx + head_w * 0.68, top + head_h * 1.25], fill=sc)
        d.ellipse([cx - W * 0.5, H * 0.72, cx + W * 0.5, H * 1.3], fill=sc)
    else:
        d.ellipse([cx - head_w * 0.56, top - head_h * 0.08, cx + head_w * 0.56, top + head_h * 0.75], fill=hair)
    d.ellipse([cx - head_w / 2, top, cx + head_w / 2, top + head_h], fill=skin)
    if not scarf and rng.random() < 0.6:
        d.chord([cx - head_w * 0.53, top - head_h * 0.06, cx + head_w * 0.53, top + head_h * 0.5], 180, 360, fill=hair)
    ey = top + head_h * 0.45
    for sx in (-1, 1):
        ex = cx + sx * head_w * 0.2
        d.ellipse([ex - W * 0.03, ey - H * 0.012, ex + W * 0.03, ey + H * 0.012], fill=(250, 250, 250))
        d.ellipse([ex - W * 0.014, ey - H * 0.011, ex + W * 0.014, ey + H * 0.011], fill=(40, 30, 25))
        d.line([ex - W * 0.045, ey - H * 0.035, ex + W * 0.045, ey - H * 0.04], fill=hair, width=max(1, int(H * 0.01)))
    dark = tuple(int(c * 0.78) for c in skin)
    d.line([cx, ey + H * 0.01, cx - W * 0.015, top + head_h * 0.68, cx + W * 0.01, top + head_h * 0.7], fill=dark,
           width=max(1, int(H * 0.006)))
    my = top + head_h * 0.8
    d.arc([cx - head_w * 0.16, my - H * 0.025, cx + head_w * 0.16, my + H * 0.015], 20, 160,
          fill=(130, 60, 60), width=max(1, int(H * 0.008)))
    if rng.random() < 0.3 and skin and not scarf:  # beard
        d.chord([cx - head_w * 0.45, top + head_h * 0.55, cx + head_w * 0.45, top + head_h * 1.02], 0, 180, fill=hair)
        d.arc([cx - head_w * 0.16, my - H * 0.025, cx + head_w * 0.16, my + H * 0.015], 20, 160,
              fill=(110, 60, 60), width=max(1, int(H * 0.008)))
    img = img.filter(ImageFilter.GaussianBlur(W / 180))
    noise = _noise(rng, (W, H), 12).convert("RGB")
    img = Image.blend(img, ImageChops.multiply(img, ImageOps.autocontrast(noise)), 0.08)
    return img.convert("RGB")


def _texture(mask: Image.Image, rng: random.Random, holes: float = 0.12) -> Image.Image:
    """Uneven stamp ink: speckles where the ink did not take, uneven pressure."""
    W, H = mask.size
    n = _noise(rng, (max(2, W // 3), max(2, H // 3)), 60).resize((W, H), Image.BILINEAR)
    n = n.point(lambda v: 0 if v < 128 - 200 * holes else 255)
    grad = Image.linear_gradient("L").rotate(rng.uniform(0, 360)).resize((W, H))
    grad = grad.point(lambda v: int(150 + v * 105 / 255))
    return ImageChops.multiply(ImageChops.multiply(mask, n), grad)


def make_stamp(lines: list[str], rng: random.Random, *, shape: str = "round", color=(40, 60, 170),
               size_mm: float = 32, angle: float | None = None, font: str = "sans") -> Image.Image:
    S = _INK_PX_PER_MM * 2
    fpath = _font_path(font, bold=True)
    if shape == "round":
        D = int(size_mm * S)
        mask = Image.new("L", (D, D), 0)
        d = ImageDraw.Draw(mask)
        R = D / 2
        lw = max(2, int(0.55 * S))
        d.ellipse([lw, lw, D - lw, D - lw], outline=255, width=lw)
        r_in = R * 0.70
        d.ellipse([R - r_in, R - r_in, R + r_in, R + r_in], outline=255, width=max(1, lw // 2))
        band = R - lw * 1.5 - r_in
        fpx = int(band * 0.62)
        r_text = r_in + band * 0.22

        def arc_text(txt, top=True):
            f = _pil_font(fpath, fpx)
            widths = [f.getlength(c) * 1.08 for c in txt]
            total = sum(widths)
            span = total / r_text
            if span > math.radians(300):
                f = _pil_font(fpath, int(fpx * math.radians(300) / span))
                widths = [f.getlength(c) * 1.08 for c in txt]
                total = sum(widths)
                span = total / r_text
            a = (-math.pi / 2 - span / 2) if top else (math.pi / 2 + span / 2)
            for c, w in zip(txt, widths):
                da = w / r_text
                mid = a + (da / 2 if top else -da / 2)
                ci = Image.new("L", (int(fpx * 2), int(fpx * 2)), 0)
                ImageDraw.Draw(ci).text((fpx, fpx), c, font=f, fill=255, anchor="mm")
                rot = -math.degrees(mid) - 90 if top else -math.degrees(mid) + 90
                ci = ci.rotate(rot, resample=Image.BICUBIC)
                rr = r_text + (fpx * 0.35 if top else -fpx * 0.35) if False else r_text + band * 0.25
                px, py = R + rr * math.cos(mid), R + rr * math.sin(mid)
                mask.paste(255, (int(px - fpx), int(py - fpx)), ci)
                a += da if top else -da

        arc_text(lines[0].upper() if lines else "", True)
        inner = lines[1:]
        if len(lines) >= 3:
            arc_text(lines[-1].upper(), False)
            inner = lines[1:-1]
        if not inner:
            inner = ["★"]
        fpx2 = int(r_in * 0.28 if len(inner) == 1 else r_in * 0.22)
        y = R - (len(inner) - 1) * fpx2 * 0.6
        for ln in inner:
            f2 = _pil_font(fpath if ln != "★" else FONTS["sans3"], fpx2)
            while f2.getlength(ln) > r_in * 1.6 and f2.size > 6:
                f2 = _pil_font(fpath, int(f2.size * 0.9))
            d.text((R, y), ln, font=f2, fill=255, anchor="mm")
            y += fpx2 * 1.2
    else:
        fpx = int(size_mm * S / 9)
        f = _pil_font(fpath, fpx)
        tw = max(f.getlength(ln) for ln in lines) if lines else fpx * 4
        W = int(max(size_mm * S * 1.3, tw + fpx * 2.2))
        H = int(len(lines) * fpx * 1.35 + fpx * 1.6)
        mask = Image.new("L", (W, H), 0)
        d = ImageDraw.Draw(mask)
        lw = max(2, int(0.5 * S))
        if shape == "oval":
            d.ellipse([lw, lw, W - lw, H - lw], outline=255, width=lw)
        else:
            d.rectangle([lw, lw, W - lw, H - lw], outline=255, width=lw)
            if shape == "rect2":
                d.rectangle([lw * 3, lw * 3, W - lw * 3, H - lw * 3], outline=255, width=max(1, lw // 2))
        y = fpx * 0.8 + fpx * 0.6
        for i, ln in enumerate(lines):
            ff = _pil_font(fpath, fpx if i == 0 else int(fpx * 0.85))
            d.text((W / 2, y), ln, font=ff, fill=255, anchor="mm")
            y += fpx * 1.35
    mask = _texture(mask, rng)
    if angle is None:
        angle = rng.uniform(-18, 18) if shape == "round" else rng.uniform(-6, 6)
    mask = mask.rotate(angle, resample=Image.BICUBIC, expand=True)
    mask = mask.resize((max(1, mask.width // 2), max(1, mask.height // 2)), Image.LANCZOS)
    mask = mask.point(lambda v: int(v * 0.88))
    return _ink_layer(mask, color)


def make_handwriting(s: str, rng: random.Random, *, size_pt: float = 12, color=(20, 30, 120),
                     font: str | None = None, jitter: float = 1.0) -> Image.Image:
    font = font or rng.choice(HAND_FONTS)
    if font == "blockcaps":
        import unicodedata
        s = "".join(c for c in unicodedata.normalize("NFKD", s.replace("ı", "i")) if not unicodedata.combining(c)).upper()
    path = _font_path(font)
    S = 16.0  # px per mm
    px = int(size_pt * mm_per_pt * S)
    f = _pil_font(path, px)
    asc, desc = f.getmetrics()
    W = int(f.getlength(s) * 1.15 + px)
    H = int((asc + desc) * 1.35)
    mask = Image.new("L", (W, H), 0)
    d = ImageDraw.Draw(mask)
    x = px * 0.1
    slope = rng.uniform(-0.015, 0.015) * jitter
    for c in s:
        k = 1 + rng.uniform(-0.06, 0.06) * jitter
        fc = _pil_font(path, int(px * k))
        y = asc * 1.1 + rng.uniform(-0.05, 0.05) * px * jitter + slope * x
        d.text((x, y), c, font=fc, fill=255, anchor="ls")
        x += fc.getlength(c) * (1 + rng.uniform(-0.04, 0.06) * jitter)
    mask = mask.crop((0, 0, min(W, int(x + px * 0.2)), H))
    return _ink_layer(mask, color)


# --------------------------------------------------------------------------- the sheet

class Sheet:
    """A page in millimetres.  Drawing calls record operations; nothing is rasterised until render()."""

    def __init__(self, width_mm: float = 210, height_mm: float = 297, *, paper: str = "white"):
        self.width_mm = float(width_mm)
        self.height_mm = float(height_mm)
        self.paper = paper
        self.ops: list[tuple] = []

    # -- text
    def text(self, x, y, s, *, font="sans", size_pt=10, bold=False, color=(0, 0, 0), italic=False,
             anchor="left", letter_spacing: float = 0.0) -> float:
        """One line of text; y is the top of the line (ascender).  anchor: left | right | center (x is that edge).
        Returns the width in mm."""
        s = str(s)
        if not s:
            return 0.0
        path = _font_path(font, bold, italic)
        w = text_width_mm(s, font, size_pt, bold, italic) + letter_spacing * max(0, len(s) - 1)
        if anchor == "right":
            x = x - w
        elif anchor == "center":
            x = x - w / 2
        self.ops.append(("text", float(x), float(y), s, path, float(size_pt), tuple(color), float(letter_spacing)))
        return w

    def text_width(self, s, *, font="sans", size_pt=10, bold=False, italic=False) -> float:
        return text_width_mm(str(s), font, size_pt, bold, italic)

    def wrap(self, s, width, *, font="serif", size_pt=10.5, bold=False) -> list[str]:
        lines = []
        for para in str(s).split("\n"):
            words = para.split(" ")
            cur = ""
            for w in words:
                trial = (cur + " " + w) if cur else w
                if cur and text_width_mm(trial, font, size_pt, bold) > width:
                    lines.append(cur)
                    cur = w
                else:
                    cur = trial
            lines.append(cur)
        return lines

    def paragraph(self, x, y, width, s, *, font="serif", size_pt=10.5, leading=1.3, align="left", bold=False,
                  color=(0, 0, 0), italic=False) -> float:
        """Wrapped text; '\\n' starts a new line.  align: left | right | center | justify.  Returns y below it."""
        lh = size_pt * mm_per_pt * leading
        for para in str(s).split("\n"):
            lines = self.wrap(para, width, font=font, size_pt=size_pt, bold=bold)
            for i, ln in enumerate(lines):
                last = i == len(lines) - 1
                if align == "justify" and not last and " " in ln.strip():
                    words = ln.split()
                    ws = [text_width_mm(w, font, size_pt, bold, italic) for w in words]
                    gap = (width - sum(ws)) / (len(words) - 1)
                    xx = x
                    for w, ww in zip(words, ws):
                        self.text(xx, y, w, font=font, size_pt=size_pt, bold=bold, color=color, italic=italic)
                        xx += ww + gap
                elif align == "right":
                    self.text(x + width, y, ln, font=font, size_pt=size_pt, bold=bold, color=color, italic=italic,
                              anchor="right")
                elif align == "center":
                    self.text(x + width / 2, y, ln, font=font, size_pt=size_pt, bold=bold, color=color,
                              italic=italic, anchor="center")
                else:
                    self.text(x, y, ln, font=font, size_pt=size_pt, bold=bold, color=color, italic=italic)
                y += lh
        return y

    # -- vector
    def rule(self, x1, y1, x2, y2, *, width_mm=0.3, color=(0, 0, 0), dash: float | None = None) -> None:
        """A straight line; dash = dash length in mm for dotted/dashed lines."""
        self.ops.append(("line", float(x1), float(y1), float(x2), float(y2), float(width_mm), tuple(color), dash))

    def rect(self, x, y, w, h, *, width_mm=0.3, color=(0, 0, 0), fill=None) -> None:
        self.ops.append(("rect", float(x), float(y), float(w), float(h), float(width_mm), tuple(color),
                         tuple(fill) if fill else None))

    def checkbox(self, x, y, size=3.5, checked=False, *, rng: random.Random | None = None, color=(0, 0, 0),
                 ink=(20, 30, 120)) -> None:
        """A square form box; checked draws a hand-made cross (with rng) or a typed X."""
        self.rect(x, y, size, size, width_mm=0.25, color=color)
        if checked:
            if rng is not None:
                img = Image.new("L", (int(size * 36), int(size * 36)), 0)
                d = ImageDraw.Draw(img)
                n = size * 36
                j = lambda: rng.uniform(-0.08, 0.08) * n
                d.line([(0.15 * n + j(), 0.15 * n + j()), (0.85 * n + j(), 0.85 * n + j())], fill=255, width=int(n / 9))
                d.line([(0.85 * n + j(), 0.1 * n + j()), (0.2 * n + j(), 0.9 * n + j())], fill=255, width=int(n / 9))
                self.image(x - size * 0.1, y - size * 0.1, size * 1.2, size * 1.2, _ink_layer(img, ink), blend="multiply")
            else:
                self.text(x + size / 2, y - size * 0.05, "X", font="sans", size_pt=size * 2.6, bold=True, anchor="center")

    # -- images and ink
    def image(self, x, y, w, h, img: Image.Image, *, blend: str = "normal") -> None:
        """Place a PIL image in the w×h mm box.  blend="multiply" for ink (stamps/signatures over text)."""
        self.ops.append(("image", float(x), float(y), float(w), float(h), img, blend))

    def photo(self, x, y, w, h, rng) -> None:
        self.image(x, y, w, h, make_photo(w, h, rng))

    def signature(self, x, y, w, h, rng, *, color=(20, 30, 120), style: str | None = None,
                  initials: str | None = None) -> None:
        """Pen strokes inside the w×h box.  style: loops | initials | zigzag (default: chosen by rng)."""
        self.image(x, y, w, h, make_signature(w, h, rng, color, style, initials), blend="multiply")

    def stamp(self, x, y, lines: list[str], rng, *, shape="round", color=(40, 60, 170), size_mm=32,
              angle: float | None = None) -> tuple[float, float]:
        """An inked stamp whose top-left corner is at (x, y).  shape: round | rect | rect2 | oval.
        Round: lines[0] on the upper arc, lines[-1] on the lower arc (3+ lines), the rest in the centre.
        Returns the (w, h) in mm it covers."""
        img = make_stamp(lines, rng, shape=shape, color=color, size_mm=size_mm, angle=angle)
        w, h = img.width / _INK_PX_PER_MM, img.height / _INK_PX_PER_MM
        self.image(x, y, w, h, img, blend="multiply")
        return w, h

    def handwriting(self, x, y, s, rng, *, size_pt=12, color=(20, 30, 120), font: str | None = None,
                    jitter: float = 1.0) -> float:
        """Filled-in text in a handwriting face, jittered; y = top of the line.  Returns the width in mm."""
        img = make_handwriting(str(s), rng, size_pt=size_pt, color=color, font=font, jitter=jitter)
        w, h = img.width / 16.0, img.height / 16.0
        self.image(x, y - h * 0.06, w, h, img, blend="multiply")
        return w

    # -- raster
    def render(self, dpi: int = 300) -> Image.Image:
        k = dpi / 25.4
        W, H = int(round(self.width_mm * k)), int(round(self.height_mm * k))
        img = Image.new("RGB", (W, H), PAPERS.get(self.paper, PAPERS["white"]))
        d = ImageDraw.Draw(img)
        for op in self.ops:
            kind = op[0]
            if kind == "text":
                _, x, y, s, path, size, color, ls = op
                f = _pil_font(path, int(round(size * dpi / 72)))
                if ls:
                    xx = x * k
                    for c in s:
                        d.text((xx, y * k), c, font=f, fill=color, anchor="la")
                        xx += f.getlength(c) + ls * k
                else:
                    d.text((x * k, y * k), s, font=f, fill=color, anchor="la")
            elif kind == "line":
                _, x1, y1, x2, y2, wmm, color, dash = op
                lw = max(1, int(round(wmm * k)))
                if dash:
                    L = math.hypot(x2 - x1, y2 - y1)
                    n = max(1, int(L / (2 * dash)))
                    for i in range(n + 1):
                        t1, t2 = (2 * i * dash) / L, min(1.0, (2 * i + 1) * dash / L)
                        if t1 >= 1:
                            break
                        d.line([((x1 + (x2 - x1) * t1) * k, (y1 + (y2 - y1) * t1) * k),
                                ((x1 + (x2 - x1) * t2) * k, (y1 + (y2 - y1) * t2) * k)], fill=color, width=lw)
                else:
                    d.line([(x1 * k, y1 * k), (x2 * k, y2 * k)], fill=color, width=lw)
            elif kind == "rect":
                _, x, y, w, h, wmm, color, fill = op
                lw = int(round(wmm * k)) if wmm > 0 else 0
                if wmm > 0:
                    lw = max(1, lw)
                d.rectangle([x * k, y * k, (x + w) * k, (y + h) * k], outline=color if lw else None, fill=fill,
                            width=lw)
            elif kind == "image":
                _, x, y, w, h, src, blend = op
                tw, th = max(1, int(round(w * k))), max(1, int(round(h * k)))
                im = src.resize((tw, th), Image.LANCZOS)
                ox, oy = int(round(x * k)), int(round(y * k))
                if blend == "multiply" and im.mode == "RGBA":
                    box = (ox, oy, ox + tw, oy + th)
                    region = img.crop(box)
                    ink = Image.new("RGB", im.size, (255, 255, 255))
                    ink.paste(im.convert("RGB"), (0, 0), im.getchannel("A"))
                    img.paste(ImageChops.multiply(region, ink), (ox, oy))
                elif im.mode == "RGBA":
                    img.paste(im.convert("RGB"), (ox, oy), im.getchannel("A"))
                else:
                    img.paste(im.convert("RGB"), (ox, oy))
                d = ImageDraw.Draw(img)
        return img


# --------------------------------------------------------------------------- born-digital PDF

_FIXED_DATE = datetime.datetime(2026, 11, 20, 10, 0, 0, tzinfo=datetime.timezone.utc)


def save_born_digital_pdf(path, sheets: list[Sheet], *, producer: str | None = None, creator: str | None = None,
                          title: str | None = None, author: str | None = None,
                          creation_date: datetime.datetime | None = None) -> None:
    """A PDF with a real text layer; ink, photos and handwriting are embedded images."""
    from fpdf import FPDF

    pdf = FPDF(unit="mm")
    pdf.set_auto_page_break(False)
    pdf.set_margins(0, 0, 0)
    pdf.set_creation_date(creation_date or _FIXED_DATE)
    if producer:
        pdf.set_producer(producer)
    if creator:
        pdf.set_creator(creator)
    if title:
        pdf.set_title(title)
    if author:
        pdf.set_author(author)
    families: dict[str, str] = {}

    def fam(p):
        if p not in families:
            name = f"F{len(families)}"
            pdf.add_font(name, "", p)
            families[p] = name
        return families[p]

    for sh in sheets:
        pdf.add_page(format=(sh.width_mm, sh.height_mm))
        if sh.paper != "white":
            pdf.set_fill_color(*PAPERS.get(sh.paper, PAPERS["white"]))
            pdf.rect(0, 0, sh.width_mm, sh.height_mm, style="F")
        for op in sh.ops:
            kind = op[0]
            if kind == "text":
                _, x, y, s, p, size, color, ls = op
                pdf.set_font(fam(p), size=size)
                pdf.set_text_color(*color)
                base = y + _ascent_em(p) * size * mm_per_pt
                if ls:
                    pdf.set_char_spacing(ls / mm_per_pt)
                pdf.text(x, base, s)
                if ls:
                    pdf.set_char_spacing(0)
            elif kind == "line":
                _, x1, y1, x2, y2, wmm, color, dash = op
                pdf.set_draw_color(*color)
                pdf.set_line_width(wmm)
                if dash:
                    pdf.set_dash_pattern(dash=dash, gap=dash)
                pdf.line(x1, y1, x2, y2)
                if dash:
                    pdf.set_dash_pattern()
            elif kind == "rect":
                _, x, y, w, h, wmm, color, fill = op
                style = ""
                if fill:
                    pdf.set_fill_color(*fill)
                    style += "F"
                if wmm > 0:
                    pdf.set_draw_color(*color)
                    pdf.set_line_width(wmm)
                    style = "D" + style if style else "D"
                if style:
                    pdf.rect(x, y, w, h, style="DF" if style == "DF" else style)
            elif kind == "image":
                _, x, y, w, h, src, blend = op
                im = src
                # keep embedded images reasonable: at most ~300 dpi for the box
                maxw = int(w / 25.4 * 300) + 1
                if im.width > maxw * 1.2:
                    im = im.resize((maxw, max(1, int(im.height * maxw / im.width))), Image.LANCZOS)
                pdf.image(im, x=x, y=y, w=w, h=h)
    pdf.output(str(path))


# --------------------------------------------------------------------------- scans

@dataclass
class Scan:
    dpi: int = 300
    rotate: int = 0             # 0/90/180/270, counter-clockwise as a viewer sees the page turned
    skew_deg: float = 0.0
    jpeg_quality: int | None = None
    paper_tint: str | None = None   # None, "grey", "yellow"
    fold_shadow: bool = False
    phone_photo: bool = False
    grey: bool = False
    seed: int = 0

    def label(self) -> list[str]:
        out = []
        if self.dpi != 300:
            out.append(f"dpi{self.dpi}")
        if self.rotate % 360:
            out.append(f"rot{self.rotate % 360}")
        if self.skew_deg:
            out.append(f"skew{self.skew_deg:+.1f}")
        if self.jpeg_quality is not None:
            out.append(f"jpeg-q{self.jpeg_quality}")
        if self.paper_tint:
            out.append(f"paper-{self.paper_tint}")
        if self.fold_shadow:
            out.append("fold-shadow")
        if self.phone_photo:
            out.append("phone-photo")
        if self.grey:
            out.append("greyscale")
        return out


def _solve(a, b):
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for c in range(n):
        piv = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[piv] = m[piv], m[c]
        for r in range(n):
            if r != c:
                f = m[r][c] / m[c][c]
                for k in range(c, n + 1):
                    m[r][k] -= f * m[c][k]
    return [m[i][n] / m[i][i] for i in range(n)]


def _perspective_coeffs(dst, src):
    """Coefficients for Image.transform(PERSPECTIVE) mapping output points dst -> input points src."""
    a, b = [], []
    for (x, y), (u, v) in zip(dst, src):
        a.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); b.append(u)
        a.append([0, 0, 0, x, y, 1, -v * x, -v * y]); b.append(v)
    return _solve(a, b)


def _multiply_gradient(img, mask_l, strength):
    """Darken img where mask_l is bright, by up to strength (0..1)."""
    dark = mask_l.point(lambda v: int(255 - v * strength))
    return ImageChops.multiply(img, Image.merge("RGB", (dark, dark, dark)))


def _phone_photo(page: Image.Image, rng: random.Random) -> Image.Image:
    W, H = page.size
    desk_c = rng.choice([(126, 94, 62), (92, 72, 54), (70, 70, 74), (150, 120, 85), (45, 45, 50), (170, 165, 155)])
    desk = Image.new("RGB", (W, H), desk_c)
    grain = _noise(rng, (max(2, W // 60), H // 2), 40).resize((W, H), Image.BILINEAR)
    desk = ImageChops.multiply(desk, Image.merge("RGB", [grain.point(lambda v: 170 + v // 3)] * 3))
    s = rng.uniform(0.78, 0.88)
    pw, ph = W * s, H * s
    ox, oy = (W - pw) / 2 + rng.uniform(-0.04, 0.04) * W, (H - ph) / 2 + rng.uniform(-0.03, 0.03) * H
    j = lambda: rng.uniform(-0.025, 0.025)
    dst = [(ox + j() * W, oy + j() * H), (ox + pw + j() * W, oy + j() * H),
           (ox + pw + j() * W, oy + ph + j() * H), (ox + j() * W, oy + ph + j() * H)]
    src = [(0, 0), (W, 0), (W, H), (0, H)]
    coeffs = _perspective_coeffs(dst, src)
    warped = page.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BILINEAR, fillcolor=(0, 0, 0))
    mask = Image.new("L", (W, H), 255).transform((W, H), Image.PERSPECTIVE, coeffs, Image.BILINEAR, fillcolor=0)
    # soft shadow under the page
    small = mask.resize((W // 8, H // 8), Image.BILINEAR).filter(ImageFilter.GaussianBlur(W / 1200))
    shadow = small.resize((W, H), Image.BILINEAR).point(lambda v: int(v * 0.5))
    desk = _multiply_gradient(desk, ImageChops.offset(shadow, int(W / 120), int(W / 100)), 0.6)
    out = Image.composite(warped, desk, mask)
    # uneven light: a bright spot off-centre, darker corners
    rad = Image.radial_gradient("L").resize((int(W * 1.6), int(H * 1.6)))
    cx, cy = int(W * rng.uniform(-0.2, 0.2) + W * 0.3), int(H * rng.uniform(-0.2, 0.2) + H * 0.3)
    rad = rad.crop((cx, cy, cx + W, cy + H))
    out = _multiply_gradient(out, rad, rng.uniform(0.25, 0.4))
    tint = rng.choice([(255, 246, 228), (246, 248, 255), (255, 252, 240)])
    out = ImageChops.multiply(out, Image.new("RGB", (W, H), tint))
    f = rng.uniform(0.55, 0.7)  # a phone resolves less than a flatbed: soften
    out = out.resize((int(W * f), int(H * f)), Image.BILINEAR).resize((W, H), Image.BILINEAR)
    return out


def scan_image(sheet: Sheet, scan: Scan) -> Image.Image:
    """The sheet as a scanner (or phone) would deliver it."""
    rng = random.Random(scan.seed * 7919 + 17)
    img = sheet.render(scan.dpi)
    W, H = img.size
    if scan.paper_tint:
        tint = {"grey": (226, 226, 222), "yellow": (250, 242, 214)}.get(scan.paper_tint, (235, 235, 230))
        img = ImageChops.multiply(img, Image.new("RGB", img.size, tint))
    # scanner noise and softness (always a little)
    # paper texture and uneven exposure: low-frequency, so that the files still compress like real scans
    noise = _noise(rng, (max(2, W // 6), max(2, H // 6)), 22 if scan.paper_tint else 10).resize((W, H), Image.BILINEAR)
    noise = noise.point(lambda v: min(255, 222 + v // 4))
    img = ImageChops.multiply(img, Image.merge("RGB", (noise, noise, noise)))
    if scan.fold_shadow:
        band = max(8, int(H * rng.uniform(0.02, 0.04)))
        yc = int(H * rng.choice([0.33, 0.5, 0.66]) + rng.uniform(-0.02, 0.02) * H)
        g = Image.linear_gradient("L").resize((W, band))
        g = ImageChops.darker(g, ImageOps.flip(g))  # peak in the middle
        g = g.point(lambda v: min(255, v * 2))
        m = Image.new("L", (W, H), 0)
        m.paste(g, (0, yc - band // 2))
        img = _multiply_gradient(img, m, rng.uniform(0.18, 0.3))
    if scan.skew_deg:
        fill = rng.choice([(255, 255, 255), (250, 250, 250), (95, 95, 95)])
        img = img.rotate(scan.skew_deg, resample=Image.BILINEAR, expand=False, fillcolor=fill)
    if scan.phone_photo:
        img = _phone_photo(img, rng)
    r = scan.rotate % 360
    if r == 90:
        img = img.transpose(Image.ROTATE_90)
    elif r == 180:
        img = img.transpose(Image.ROTATE_180)
    elif r == 270:
        img = img.transpose(Image.ROTATE_270)
    if scan.grey:
        img = img.convert("L")
    return img


def _jpeg_bytes(img: Image.Image, quality: int, dpi: int | None = None) -> bytes:
    buf = io.BytesIO()
    kw = {"quality": quality, "optimize": False}
    if dpi:
        kw["dpi"] = (dpi, dpi)
    img.save(buf, "JPEG", **kw)
    return buf.getvalue()


def save_scanned_pdf(path, sheets: list[Sheet], scan: Scan | list[Scan], *, producer: str | None = None) -> None:
    """Image-only PDF, one scanned image per page; the page size follows from pixels and scan dpi
    (so an A4 sheet gives an A4 page, also for phone photos, as scanning apps do)."""
    from fpdf import FPDF

    scans = scan if isinstance(scan, list) else [scan] * len(sheets)
    pdf = FPDF(unit="mm")
    pdf.set_auto_page_break(False)
    pdf.set_margins(0, 0, 0)
    pdf.set_creation_date(_FIXED_DATE)
    pdf.set_producer(producer or "")
    for sh, sc in zip(sheets, scans):
        img = scan_image(sh, sc)
        w_mm, h_mm = img.width / sc.dpi * 25.4, img.height / sc.dpi * 25.4
        data = _jpeg_bytes(img, sc.jpeg_quality or 82, sc.dpi)
        pdf.add_page(format=(w_mm, h_mm))
        pdf.image(io.BytesIO(data), x=0, y=0, w=w_mm, h=h_mm)
    pdf.output(str(path))


def save_image(path, sheet: Sheet, scan: Scan, fmt: str = "jpeg", *, phone_dpi: int | None = None) -> None:
    """One scanned page as JPEG/PNG/WebP.  The dpi is recorded, except for phone photos, which carry
    no resolution (or phone_dpi, e.g. 72, as many phones write)."""
    img = scan_image(sheet, scan)
    fmt = fmt.lower()
    dpi = None if scan.phone_photo else scan.dpi
    if scan.phone_photo and phone_dpi:
        dpi = phone_dpi
    if fmt in ("jpeg", "jpg"):
        kw = {"quality": scan.jpeg_quality or 88}
        if dpi:
            kw["dpi"] = (dpi, dpi)
        img.save(path, "JPEG", **kw)
    elif fmt == "png":
        if scan.jpeg_quality is not None:
            img = Image.open(io.BytesIO(_jpeg_bytes(img, scan.jpeg_quality)))
            img.load()
        kw = {"optimize": False}
        if dpi:
            kw["dpi"] = (dpi, dpi)
        img.save(path, "PNG", **kw)
    elif fmt == "webp":
        img.save(path, "WEBP", quality=scan.jpeg_quality or 80, method=2)
    else:
        raise ValueError(fmt)


def save_tiff(path, sheets: list[Sheet], scan: Scan | list[Scan], *, compression: str | None = None) -> None:
    """Multi-page TIFF with the resolution recorded.  Default compression: LZW for grey scans, JPEG-in-TIFF
    for colour ones (as office scanners write them); or "tiff_lzw", "group4" (bilevel), "tiff_deflate"."""
    scans = scan if isinstance(scan, list) else [scan] * len(sheets)
    imgs = []
    for sh, sc in zip(sheets, scans):
        im = scan_image(sh, sc)
        if sc.jpeg_quality is not None:
            im = Image.open(io.BytesIO(_jpeg_bytes(im, sc.jpeg_quality)))
            im.load()
        imgs.append(im)
    dpi = scans[0].dpi
    if compression == "group4":
        imgs = [im.convert("L").point(lambda v: 255 if v > 150 else 0).convert("1") for im in imgs]
    elif compression is None:
        compression = "tiff_lzw" if all(im.mode == "L" for im in imgs) else "jpeg"
    if compression == "jpeg":
        imgs = [im.convert("RGB") for im in imgs]
    imgs[0].save(path, "TIFF", save_all=True, append_images=imgs[1:], compression=compression, dpi=(dpi, dpi))


# --------------------------------------------------------------------------- self-test

def _selftest(out: Path) -> int:
    """python -m eval.corpus.paper OUTDIR: one page with every face, ink and scan option; each output is
    opened again (pypdf / Pillow) and, when tesseract is installed, read back."""
    import shutil
    import subprocess

    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(1)
    sh = Sheet()
    y = 12.0
    for name in FONTS:
        sh.text(12, y, f"{name}: Uittreksel akte van geboorte - Né(e) le 14.07.1982 à Kinshasa", font=name, size_pt=10)
        y += 6.5
    y = sh.paragraph(12, y + 2, 120, "Le soussigné certifie que la personne nommée ci-dessus est née à Kinshasa le "
                     "14 juillet 1982. Paragraphe justifié pour vérifier le retour à la ligne.", align="justify")
    sh.handwriting(12, y + 4, "Amina Benali 14/07/1982", rng, size_pt=14)
    sh.signature(130, y, 50, 20, rng)
    sh.stamp(140, y + 25, ["Commune de Lemba", "Etat civil", "Kinshasa"], rng)
    sh.photo(20, y + 25, 35, 45, rng)
    scans = [Scan(), Scan(dpi=150, skew_deg=2.0, jpeg_quality=30, seed=1), Scan(rotate=90, paper_tint="grey",
             fold_shadow=True, seed=2), Scan(rotate=180, paper_tint="yellow", grey=True, seed=3),
             Scan(phone_photo=True, seed=4)]
    save_born_digital_pdf(out / "born_digital.pdf", [sh])
    save_scanned_pdf(out / "scanned.pdf", [sh] * len(scans), scans)
    save_tiff(out / "scanned.tif", [sh, sh], Scan(dpi=200, grey=True))
    from pypdf import PdfReader
    ok = True
    txt = PdfReader(str(out / "born_digital.pdf")).pages[0].extract_text()
    ok &= "Kinshasa" in txt
    ok &= len(PdfReader(str(out / "scanned.pdf")).pages) == len(scans)
    ok &= Image.open(out / "scanned.tif").n_frames == 2
    for i, sc in enumerate(scans):
        p = out / f"scan{i}.jpg"
        save_image(p, sh, sc)
        label = ",".join(sc.label()) or "plain"
        line = f"{p.name} {label}"
        if shutil.which("tesseract") and sc.rotate == 0:
            r = subprocess.run(["tesseract", str(p), "-", "-l", "eng+nld+fra"], capture_output=True, text=True,
                               env={**os.environ, "OMP_THREAD_LIMIT": "1"})
            hit = "Kinshasa" in r.stdout
            ok &= hit
            line += f"  ocr {'ok' if hit else 'MISSED'}"
        print(line)
    print("selftest", "ok" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    import sys
    sys.exit(_selftest(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/paper-selftest")))
