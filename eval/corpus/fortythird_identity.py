"""Identity and civil-status families of the `fortythird` part (registered in identity.FAMILIES), and the small
drawing kit (faces, dates, pens, stamps, copy habits) that this part's 9ter and IND modules share.

Written by a writer who saw neither the validator nor its output, from the seeds, rules.md and how such papers look
in Belgian and Dutch files.  Each family's layout, wording and copy habit is described in its function's docstring
only (the part is read blind).  The part's applicants come from Burkina Faso, Madagascar, Türkiye and (IND only)
Suriname; the Dutch residence card, a Belgian birth extract and two sworn translations complete the set.
"""

from __future__ import annotations

import datetime
import math
import random
import zlib

from PIL import Image, ImageChops, ImageDraw, ImageFilter

from . import identity as _id
from . import mrz as M
from .paper import Sheet, text_width_mm
from .people import COUNTRIES as PC
from .people import MONTHS, Person, strip_accents

PART = "fortythird"
D = datetime.date
TODAY = D(2026, 12, 1)

# --------------------------------------------------------------------------- faces (paths: paper accepts them)
_O = "/usr/share/fonts/opentype"
_T = "/usr/share/fonts/truetype"
GOTH, GOTH_B = f"{_O}/urw-base35/URWGothic-Book.otf", f"{_O}/urw-base35/URWGothic-Demi.otf"
BKM, BKM_B, BKM_I = (f"{_O}/urw-base35/URWBookman-Light.otf", f"{_O}/urw-base35/URWBookman-Demi.otf",
                     f"{_O}/urw-base35/URWBookman-LightItalic.otf")
CEN, CEN_B, CEN_I = (f"{_O}/urw-base35/C059-Roman.otf", f"{_O}/urw-base35/C059-Bold.otf",
                     f"{_O}/urw-base35/C059-Italic.otf")
PAL, PAL_B, PAL_I = (f"{_O}/urw-base35/P052-Roman.otf", f"{_O}/urw-base35/P052-Bold.otf",
                     f"{_O}/urw-base35/P052-Italic.otf")
NRM, NRM_B, NRM_I = (f"{_O}/urw-base35/NimbusRoman-Regular.otf", f"{_O}/urw-base35/NimbusRoman-Bold.otf",
                     f"{_O}/urw-base35/NimbusRoman-Italic.otf")
NSN, NSN_B, NSN_I = (f"{_O}/urw-base35/NimbusSans-Regular.otf", f"{_O}/urw-base35/NimbusSans-Bold.otf",
                     f"{_O}/urw-base35/NimbusSans-Italic.otf")
NAR, NAR_B = f"{_O}/urw-base35/NimbusSansNarrow-Regular.otf", f"{_O}/urw-base35/NimbusSansNarrow-Bold.otf"
NMO, NMO_B = f"{_O}/urw-base35/NimbusMonoPS-Regular.otf", f"{_O}/urw-base35/NimbusMonoPS-Bold.otf"
CPR, CPR_B = f"{_O}/courier-prime/Courier Prime.otf", f"{_O}/courier-prime/Courier Prime Bold.otf"
CPS, CPS_B = f"{_O}/courier-prime/Courier Prime Sans.otf", f"{_O}/courier-prime/Courier Prime Sans Bold.otf"
CPC = f"{_O}/courier-prime/Courier Prime Code.otf"
DJC, DJC_B = f"{_T}/dejavu/DejaVuSansCondensed.ttf", f"{_T}/dejavu/DejaVuSansCondensed-Bold.ttf"
DJS, DJS_B = f"{_T}/dejavu/DejaVuSerifCondensed.ttf", f"{_T}/dejavu/DejaVuSerifCondensed-Bold.ttf"
DJL = f"{_T}/dejavu/DejaVuSans-ExtraLight.ttf"
CAR, CAR_B, CAR_I = (f"{_T}/crosextra/Carlito-Regular.ttf", f"{_T}/crosextra/Carlito-Bold.ttf",
                     f"{_T}/crosextra/Carlito-Italic.ttf")
CAL, CAL_B, CAL_I = (f"{_T}/crosextra/Caladea-Regular.ttf", f"{_T}/crosextra/Caladea-Bold.ttf",
                     f"{_T}/crosextra/Caladea-Italic.ttf")
FSE, FSE_B, FSE_I = (f"{_T}/freefont/FreeSerif.ttf", f"{_T}/freefont/FreeSerifBold.ttf",
                     f"{_T}/freefont/FreeSerifItalic.ttf")
FSA, FSA_B = f"{_T}/freefont/FreeSans.ttf", f"{_T}/freefont/FreeSansBold.ttf"
LSN, LSN_B = f"{_T}/liberation/LiberationSansNarrow-Regular.ttf", f"{_T}/liberation/LiberationSansNarrow-Bold.ttf"
LSE, LSE_B = f"{_T}/liberation/LiberationSerif-Regular.ttf", f"{_T}/liberation/LiberationSerif-Bold.ttf"
OCR = f"{_T}/dejavu/DejaVuSansMono.ttf"
# pens
H_DKG, H_DKGI, H_DKGB = f"{_T}/fifthhorseman/dkg.ttf", f"{_T}/fifthhorseman/dkgIt.ttf", f"{_T}/fifthhorseman/dkgBd.ttf"
H_BREIP, H_BREIP2 = f"{_T}/breip/Breip.ttf", f"{_T}/breip/breipfont.ttf"
H_CHANC = f"{_O}/urw-base35/Z003-MediumItalic.otf"
H_CAPS = f"{_T}/humor-sans/Humor-Sans.ttf"

BLACK, DARK, GREY, LGREY = (0, 0, 0), (35, 35, 40), (110, 110, 110), (175, 175, 175)
INK_BLUE, INK_BLACK, INK_NAVY = (24, 38, 130), (30, 30, 38), (16, 26, 92)
ST_BLUE, ST_VIOLET, ST_RED, ST_GREEN, ST_BLACK = (45, 66, 170), (98, 50, 142), (178, 38, 48), (30, 110, 70), (40, 40, 45)

# --------------------------------------------------------------------------- glyph safety
_CMAPS: dict[str, set | None] = {}
_SUBST = {"–": "-", "—": "-", "’": "'", "‘": "'", "“": '"', "”": '"', "…": "...", "€": "EUR", "°": "o", "·": ".",
          "İ": "I", "ı": "i", "ş": "s", "Ş": "S", "ğ": "g", "Ğ": "G", "œ": "oe", "µ": "u", "≥": ">=", "≤": "<=",
          "×": "x", "²": "2", "✓": "v", "☐": "[ ]", "☒": "[X]"}


def safe(s: str, font: str) -> str:
    """Drop or replace characters the face cannot draw (pens and some URW faces cover little)."""
    if font not in _CMAPS:
        try:
            from fontTools.ttLib import TTFont
            _CMAPS[font] = set(TTFont(font, lazy=True).getBestCmap().keys())
        except (OSError, ImportError, KeyError, AttributeError):
            _CMAPS[font] = None
    cmap = _CMAPS[font]
    if not cmap:
        return s
    out = []
    for ch in str(s):
        if ch == "\n" or ord(ch) in cmap:
            out.append(ch)
            continue
        rep = _SUBST.get(ch) or strip_accents(ch)
        out.append(rep if rep and all(ord(x) in cmap for x in rep) else "")
    return "".join(out)


def tx(sh: Sheet, x, y, s, *, font=NSN, size=9.0, color=BLACK, anchor="left", sp: float = 0.0) -> float:
    """One line of text (y = top of the line); returns its width in mm."""
    return sh.text(x, y, safe(s, font), font=font, size_pt=size, color=color, anchor=anchor, letter_spacing=sp)


def tw(s, font=NSN, size=9.0) -> float:
    return text_width_mm(safe(s, font), font, size)


def para(sh: Sheet, x, y, w, s, *, font=NRM, size=10.0, lead=1.35, align="left", color=BLACK) -> float:
    """Wrapped text; returns y below it."""
    return sh.paragraph(x, y, w, safe(s, font), font=font, size_pt=size, leading=lead, align=align, color=color)


def fit(s, w, font, size, lo=5.5) -> float:
    while size > lo and tw(s, font, size) > w:
        size -= 0.25
    return size


def pen(sh: Sheet, x, y, s, rng, *, font=H_DKG, size=12.0, color=INK_BLUE, width=None, caps=False) -> float:
    """Handwriting (a filled-in answer); shrinks to ``width`` mm when given."""
    s = str(s)
    if caps:
        s = strip_accents(s).upper()
    s = safe(s, font)
    if not s:
        return 0.0
    if width:
        while size > 7 and tw(s, font, size) * 1.16 > width:
            size -= 0.5
    return sh.handwriting(x, y, s, rng, size_pt=size, color=color, font=font)


def pen_lines(sh: Sheet, x, y, w, s, rng, *, font=H_DKG, size=11.0, lh=6.0, color=INK_BLUE, max_lines=12,
              caps=False) -> float:
    if caps:
        s = strip_accents(s).upper()
    for ln in sh.wrap(safe(s, font), w * 0.84, font=font, size_pt=size)[:max_lines]:
        pen(sh, x + rng.uniform(-0.5, 0.6), y + rng.uniform(-0.3, 0.3), ln, rng, font=font, size=size, color=color)
        y += lh
    return y


def sign(sh: Sheet, x, y, rng, *, w=None, h=None, color=INK_BLUE, style=None) -> None:
    sh.signature(x, y, w or rng.uniform(36, 52), h or rng.uniform(11, 16), rng, color=color, style=style)


def stamp(sh: Sheet, x, y, lines, rng, *, shape="round", color=ST_BLUE, size=30.0, angle=None):
    return sh.stamp(x, y, [safe(s, NSN_B) for s in lines], rng, shape=shape, color=color, size_mm=size, angle=angle)


def marker(sh: Sheet, x, y, w, h=4.6, color=(255, 238, 80)) -> None:
    """A highlighter stroke under the text (multiplied, so the text stays visible)."""
    img = Image.new("RGBA", (max(4, int(w * 4)), max(4, int(h * 4))), color + (255,))
    sh.image(x, y, w, h, img, blend="multiply")


def dotted(sh: Sheet, x1, x2, y, color=LGREY) -> None:
    sh.rule(x1, y, x2, y, width_mm=0.18, color=color, dash=0.45)


def box(sh: Sheet, x, y, w, h, *, lw=0.25, color=BLACK, fill=None) -> None:
    sh.rect(x, y, w, h, width_mm=lw, color=color, fill=fill)


def tint(sh: Sheet, x, y, w, h, color) -> None:
    """A flat coloured area behind later text."""
    sh.rect(x, y, w, h, width_mm=0, color=color, fill=color)


def seed_of(*parts) -> int:
    return zlib.crc32("|".join(str(p) for p in parts).encode("utf-8"))


# --------------------------------------------------------------------------- dates
MG_MONTHS = ["Janoary", "Febroary", "Martsa", "Aprily", "Mey", "Jona", "Jolay", "Aogositra", "Septambra", "Oktobra",
             "Novambra", "Desambra"]
ABBR = {"fr": ["JANV", "FÉVR", "MARS", "AVR", "MAI", "JUIN", "JUIL", "AOÛT", "SEPT", "OCT", "NOV", "DÉC"],
        "en": ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"],
        "tr": ["OCA", "ŞUB", "MAR", "NİS", "MAY", "HAZ", "TEM", "AĞU", "EYL", "EKİ", "KAS", "ARA"],
        "nl": ["JAN", "FEB", "MRT", "APR", "MEI", "JUN", "JUL", "AUG", "SEP", "OKT", "NOV", "DEC"],
        "mg": ["JAN", "FEB", "MAR", "APR", "MEY", "JON", "JOL", "AOG", "SEP", "OKT", "NOV", "DES"]}


def dnum(d: D, sep: str = ".", zero: bool = True, yy: bool = False) -> str:
    y = f"{d.year % 100:02d}" if yy else str(d.year)
    if zero:
        return f"{d.day:02d}{sep}{d.month:02d}{sep}{y}"
    return f"{d.day}{sep}{d.month}{sep}{y}"


def dlong(d: D, lang: str) -> str:
    """14 juli 1982 / 1er mars 2026 / 3. März 2026 / 14 July 1982 / 14 Temmuz 1982 / 14 Jolay 1982."""
    if lang == "mg":
        return f"{d.day} {MG_MONTHS[d.month - 1]} {d.year}"
    m = MONTHS[lang][d.month - 1]
    if lang == "fr":
        return f"{'1er' if d.day == 1 else d.day} {m} {d.year}"
    if lang == "de":
        return f"{d.day}. {m} {d.year}"
    return f"{d.day} {m} {d.year}"


def dabbr(d: D, lang: str, second: str | None = None) -> str:
    a = ABBR[lang][d.month - 1]
    if second and ABBR[second][d.month - 1] != a:
        a = f"{a}/{ABBR[second][d.month - 1]}"
    return f"{d.day:02d} {a} {d.year}"


_UNITS = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
          "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf"]
_TENS = {20: "vingt", 30: "trente", 40: "quarante", 50: "cinquante", 60: "soixante"}


def fr_num(n: int) -> str:
    """French number words up to 2099 (for civil-status acts that write dates out)."""
    if n < 20:
        return _UNITS[n]
    if n < 70:
        t, u = (n // 10) * 10, n % 10
        return _TENS[t] + ("" if u == 0 else (" et un" if u == 1 else "-" + _UNITS[u]))
    if n < 80:
        return "soixante" + (" et onze" if n == 71 else "-" + _UNITS[n - 60])
    if n < 100:
        r = n - 80
        return "quatre-vingt" + ("s" if r == 0 else "-" + _UNITS[r])
    if n < 1000:
        h, r = divmod(n, 100)
        head = "cent" if h == 1 else _UNITS[h] + " cent" + ("s" if r == 0 else "")
        return head + ("" if r == 0 else " " + fr_num(r))
    th, r = divmod(n, 1000)
    head = "mille" if th == 1 else fr_num(th) + " mille"
    return head + ("" if r == 0 else " " + fr_num(r))


def fr_date_words(d: D) -> str:
    day = "premier" if d.day == 1 else fr_num(d.day)
    return f"{day} {MONTHS['fr'][d.month - 1]} {fr_num(d.year)}"


def dates(rng: random.Random, issue, expiry, years=10, back=(60, 2400)):
    if issue is None:
        issue = TODAY - datetime.timedelta(days=rng.randint(*back))
    if expiry is None:
        try:
            expiry = issue.replace(year=issue.year + years) - datetime.timedelta(days=1)
        except ValueError:
            expiry = issue + datetime.timedelta(days=365 * years)
    return issue, expiry


# --------------------------------------------------------------------------- copy habits (raster)

def raster(sh: Sheet, dpi: int = 200) -> Image.Image:
    return sh.render(dpi)


def as_sheet(img: Image.Image, w: float, h: float, paper: str = "white") -> Sheet:
    out = Sheet(w, h, paper=paper)
    out.image(0, 0, w, h, img)
    return out


def turned(sh: Sheet, deg: int, dpi: int = 200) -> Sheet:
    """The page as it lies turned on the glass (90 / 180 / 270 degrees counter-clockwise)."""
    img = raster(sh, dpi)
    img = img.transpose({90: Image.ROTATE_90, 180: Image.ROTATE_180, 270: Image.ROTATE_270}[deg])
    w, h = (sh.height_mm, sh.width_mm) if deg in (90, 270) else (sh.width_mm, sh.height_mm)
    return as_sheet(img, w, h)


def tilted(sh: Sheet, angle: float, dpi: int = 200, fill=(255, 255, 255)) -> Sheet:
    img = raster(sh, dpi).rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=fill)
    return as_sheet(img, sh.width_mm, sh.height_mm)


def _noise(rng: random.Random, size, lo=200, hi=255) -> Image.Image:
    w, h = size
    small = Image.new("L", (max(2, w // 40), max(2, h // 40)))
    small.putdata([rng.randint(lo, hi) for _ in range(small.width * small.height)])
    return small.resize((w, h), Image.BICUBIC)


def aged(sh: Sheet, rng: random.Random, *, tone=(247, 236, 205), dpi: int = 200) -> Sheet:
    """Yellowed paper, darker towards one edge, as an old act kept in a plastic sleeve."""
    img = raster(sh, dpi)
    W, H = img.size
    grad = Image.linear_gradient("L").resize((W, H)).rotate(rng.choice([0, 90, 180, 270]), expand=False)
    grad = grad.point(lambda v: 255 - int(v * 0.07))
    layer = ImageChops.multiply(Image.new("RGB", img.size, tone), Image.merge("RGB", (grad, grad, grad)))
    return as_sheet(ImageChops.multiply(img, layer), sh.width_mm, sh.height_mm)


def folded(sh: Sheet, rng: random.Random, parts: int = 3, *, vertical: bool = False, dpi: int = 200) -> Sheet:
    """Fold lines of a letter folded in three (or four), pressed flat on the glass."""
    img = raster(sh, dpi)
    d = ImageDraw.Draw(img, "RGBA")
    W, H = img.size
    for i in range(1, parts):
        p = int((H if not vertical else W) * i / parts + rng.uniform(-0.01, 0.01) * H)
        for k in range(-10, 11):
            a = int(40 * (1 - abs(k) / 11))
            if vertical:
                d.line([(p + k, 0), (p + k + rng.randint(-3, 3), H)], fill=(60, 55, 50, a // 3))
            else:
                d.line([(0, p + k), (W, p + k + rng.randint(-3, 3))], fill=(60, 55, 50, a // 3))
        if vertical:
            d.line([(p, 0), (p, H)], fill=(120, 120, 120, 120), width=1)
        else:
            d.line([(0, p), (W, p)], fill=(120, 120, 120, 120), width=1)
    return as_sheet(img, sh.width_mm, sh.height_mm)


def lid_open(sh: Sheet, rng: random.Random, dpi: int = 200) -> Sheet:
    """Copied with the lid open: black around a page that lies a little crooked on the glass."""
    img = raster(sh, dpi)
    W, H = img.size
    bg = Image.new("RGB", (W, H), (22, 22, 24))
    s = rng.uniform(0.93, 0.96)
    small = img.resize((int(W * s), int(H * s)), Image.BILINEAR).rotate(rng.uniform(-1.6, 1.6), expand=True,
                                                                          fillcolor=(22, 22, 24))
    bg.paste(small, ((W - small.width) // 2 + rng.randint(-12, 12), (H - small.height) // 2 + rng.randint(-12, 12)))
    return as_sheet(bg, sh.width_mm, sh.height_mm)


def on_desk(sh: Sheet, rng: random.Random, dpi: int = 170) -> Sheet:
    """A phone photo of the paper lying on a desk, cropped by the app to the sheet's format."""
    img = raster(sh, dpi)
    W, H = img.size
    wood = rng.choice([(132, 96, 62), (96, 74, 56), (156, 130, 100), (70, 68, 72)])
    bg = Image.new("RGB", (W, H), wood)
    grain = _noise(rng, (W, H), 170, 255).filter(ImageFilter.GaussianBlur(3))
    bg = ImageChops.multiply(bg, Image.merge("RGB", (grain, grain, grain)))
    s = rng.uniform(0.82, 0.9)
    pw, ph = int(W * s), int(H * s)
    page = img.resize((pw, ph), Image.BILINEAR)
    ox, oy = (W - pw) // 2 + rng.randint(-20, 20), (H - ph) // 2 + rng.randint(-20, 20)
    j = lambda: rng.randint(-int(W * 0.02), int(W * 0.02))  # noqa: E731
    quad = (0 + j(), 0 + j(), 0 + j(), ph + j(), pw + j(), ph + j(), pw + j(), 0 + j())
    page = page.transform((pw, ph), Image.QUAD, quad, Image.BILINEAR, fillcolor=wood)
    shadow = Image.new("L", (W, H), 0)
    ImageDraw.Draw(shadow).rectangle([ox + 10, oy + 14, ox + pw + 10, oy + ph + 14], fill=110)
    shadow = shadow.filter(ImageFilter.GaussianBlur(12))
    bg = ImageChops.subtract(bg, Image.merge("RGB", (shadow, shadow, shadow)))
    bg.paste(page, (ox, oy))
    grad = Image.radial_gradient("L").resize((W, H)).point(lambda v: 255 - int(v * 0.2))
    bg = ImageChops.multiply(bg, Image.merge("RGB", (grad, grad, grad)))
    bg = bg.resize((int(W * 0.7), int(H * 0.7)), Image.BILINEAR).resize((W, H), Image.BILINEAR)
    return as_sheet(bg, sh.width_mm, sh.height_mm)


def punched(sh: Sheet, rng: random.Random) -> None:
    """The two black discs a punched original leaves on a copy (left margin)."""
    y0 = sh.height_mm / 2 + rng.uniform(-2, 2)
    for dy in (-40, 40):
        img = Image.new("RGBA", (60, 60), (0, 0, 0, 0))
        ImageDraw.Draw(img).ellipse([2, 2, 58, 58], fill=(18, 18, 18, 255))
        sh.image(7 + rng.uniform(-0.6, 0.6), y0 + dy - 3, 6, 6, img)


def staple(sh: Sheet, x, y, rng, length=11.0) -> None:
    a = rng.uniform(-0.5, 0.5)
    sh.rule(x, y, x + length * math.cos(a), y + length * math.sin(a), width_mm=0.7, color=(95, 95, 100))
    sh.rule(x + 0.6, y + 0.8, x + length * math.cos(a) + 0.6, y + length * math.sin(a) + 0.8, width_mm=0.3,
            color=(190, 190, 195))


def coffee(sh: Sheet, x, y, rng, r=16.0) -> None:
    S = 8
    img = Image.new("RGBA", (int(2 * r * S), int(2 * r * S)), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    for k in range(6):
        rr = r * S - k * 2 - rng.randint(0, 2)
        d.ellipse([r * S - rr, r * S - rr, r * S + rr, r * S + rr], outline=(168, 120, 70, 110 - k * 14), width=3)
    d.ellipse([S * 2, S * 2, 2 * r * S - S * 2, 2 * r * S - S * 2], fill=(200, 160, 110, 18))
    sh.image(x, y, 2 * r, 2 * r, img, blend="multiply")


def sticky(sh: Sheet, x, y, text: str, rng, *, w=42.0, h=36.0, font=H_DKGB) -> None:
    """A yellow sticky note with a few handwritten words (it covers what lies under it)."""
    img = Image.new("RGB", (int(w * 8), int(h * 8)), (253, 240, 120))
    ImageDraw.Draw(img).rectangle([0, 0, img.width, 12], fill=(246, 228, 96))
    sh.image(x, y, w, h, img)
    pen_lines(sh, x + 3, y + 4, w - 4, text, rng, font=font, size=11, lh=5.6, color=INK_BLACK, max_lines=5)


def waves(w_mm: float, h_mm: float, rng: random.Random, bg, ink, n=22, k=8.0) -> Image.Image:
    """A security background: interlaced sine lines and a rosette."""
    W, H = int(w_mm * k), int(h_mm * k)
    img = Image.new("RGB", (W, H), bg)
    d = ImageDraw.Draw(img)
    f1, f2 = rng.uniform(1.2, 2.6), rng.uniform(5, 11)
    for i in range(n):
        ph = i * math.pi / n
        y0 = H * (0.04 + 0.92 * i / n)
        pts = [(x, y0 + H * 0.05 * math.sin(f1 * 2 * math.pi * x / W + ph) + H * 0.015 * math.sin(f2 * 2 * math.pi * x / W))
               for x in range(0, W + 6, 6)]
        d.line(pts, fill=ink, width=1)
    cx, cy, R = W * rng.uniform(0.55, 0.8), H * rng.uniform(0.35, 0.65), H * 0.32
    for t in range(0, 360, 12):
        a = math.radians(t)
        d.ellipse([cx + R * 0.45 * math.cos(a) - R * 0.55, cy + R * 0.45 * math.sin(a) - R * 0.55,
                   cx + R * 0.45 * math.cos(a) + R * 0.55, cy + R * 0.45 * math.sin(a) + R * 0.55], outline=ink)
    return img


def mrz_text(sh: Sheet, x, y, lines: list[str], *, pitch=2.54, gap=1.75, color=(16, 16, 16)) -> None:
    size = pitch / 0.602 / (25.4 / 72)
    for i, ln in enumerate(lines):
        sh.text(x, y + i * pitch * gap, ln, font=OCR, size_pt=size, color=color)


def coat(sh: Sheet, x, y, size, rng, color=(60, 60, 60)) -> None:
    """A small emblem (a shield with a star), drawn, not a real coat of arms."""
    S = 10
    img = Image.new("RGBA", (int(size * S), int(size * S)), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    w = size * S
    d.polygon([(w * 0.1, w * 0.08), (w * 0.9, w * 0.08), (w * 0.88, w * 0.55), (w * 0.5, w * 0.95),
               (w * 0.12, w * 0.55)], outline=color + (255,), width=max(2, int(w / 30)))
    pts = []
    for i in range(10):
        r = w * (0.22 if i % 2 == 0 else 0.09)
        a = -math.pi / 2 + i * math.pi / 5
        pts.append((w * 0.5 + r * math.cos(a), w * 0.42 + r * math.sin(a)))
    d.polygon(pts, fill=color + (255,))
    sh.image(x, y, size, size, img, blend="multiply")


# --------------------------------------------------------------------------- passports (TD3)

def _pp_number(rng: random.Random, prefix: str, digits: int) -> str:
    return prefix + "".join(str(rng.randint(0, 9)) for _ in range(digits))


PP = {
    "BFA": dict(head=["BURKINA FASO", "CEDEAO - ECOWAS"], title="PASSEPORT / PASSPORT", lang2=("fr", "en"),
                labels=dict(type="Type", code="Code du pays / Country code", no="N° du passeport / Passport No.",
                            sur="Nom / Surname", giv="Prénoms / Given names", nat="Nationalité / Nationality",
                            dob="Date de naissance / Date of birth", sex="Sexe / Sex",
                            pob="Lieu de naissance / Place of birth", doi="Date de délivrance / Date of issue",
                            doe="Date d'expiration / Date of expiry", auth="Autorité / Authority"),
                nat="BURKINABE", auth="ONI - OUAGADOUGOU", prefix="B", digits=7, bg=(232, 240, 226),
                ink=(170, 200, 160), band=(20, 110, 60), date=lambda d: dnum(d, "/")),
    "MDG": dict(head=["REPOBLIKAN'I MADAGASIKARA", "RÉPUBLIQUE DE MADAGASCAR - REPUBLIC OF MADAGASCAR"],
                title="PASIPAOROPY / PASSEPORT / PASSPORT", lang2=("fr", "en"),
                labels=dict(type="Karazana / Type", code="Firenena / Code", no="Laharana / N° / Passport No.",
                            sur="Anarana / Nom / Surname", giv="Fanampiny / Prénoms / Given names",
                            nat="Zom-pirenena / Nationalité / Nationality",
                            dob="Daty nahaterahana / Date de naissance / Date of birth", sex="Lahy na vavy / Sexe / Sex",
                            pob="Toerana nahaterahana / Lieu de naissance", doi="Daty namoahana / Date de délivrance",
                            doe="Daty fahataperany / Date d'expiration", auth="Manampahefana / Autorité"),
                nat="MALAGASY", auth="MININTER ANTANANARIVO", prefix="A", digits=8, bg=(244, 234, 222),
                ink=(215, 180, 150), band=(150, 30, 40), date=lambda d: dabbr(d, "fr", "en")),
    "TUR": dict(head=["TÜRKİYE CUMHURİYETİ", "REPUBLIC OF TÜRKİYE"], title="PASAPORT / PASSPORT / PASSEPORT",
                lang2=("en", "fr"),
                labels=dict(type="Tipi / Type", code="Ülke kodu / Country code", no="Pasaport No / Passport No",
                            sur="Soyadı / Surname / Nom", giv="Adı / Given name(s) / Prénom(s)",
                            nat="Uyruğu / Nationality / Nationalité", dob="Doğum tarihi / Date of birth",
                            sex="Cinsiyeti / Sex", pob="Doğum yeri / Place of birth", doi="Veriliş tarihi / Date of issue",
                            doe="Geçerlilik tarihi / Date of expiry", auth="Makam / Authority"),
                nat="T.C. / TUR", auth="NÜFUS VE VATANDAŞLIK İŞL.", prefix="U", digits=8, bg=(234, 238, 244),
                ink=(180, 195, 220), band=(160, 20, 30), date=lambda d: dabbr(d, "tr", "en")),
    "SUR": dict(head=["REPUBLIEK SURINAME", "REPUBLIC OF SURINAME"], title="PASPOORT / PASSPORT / PASSEPORT",
                lang2=("en", "fr"),
                labels=dict(type="Soort / Type", code="Code / Code", no="Paspoortnr. / Passport No.",
                            sur="Naam / Surname / Nom", giv="Voornamen / Given names / Prénoms",
                            nat="Nationaliteit / Nationality", dob="Geboortedatum / Date of birth",
                            sex="Geslacht / Sex", pob="Geboorteplaats / Place of birth",
                            doi="Datum van afgifte / Date of issue", doe="Geldig tot / Date of expiry",
                            auth="Autoriteit / Authority"),
                nat="SURINAAMSE", auth="CBB PARAMARIBO", prefix="R", digits=7, bg=(236, 244, 236),
                ink=(185, 215, 185), band=(0, 100, 60), date=lambda d: dabbr(d, "nl", "en")),
}


def _data_page(sh: Sheet, x0: float, y0: float, code: str, person: Person, rng: random.Random, number: str,
               issue: D, expiry: D, lines: list[str], *, photo_right: bool = False, k: float = 1.0,
               personal: str = "") -> None:
    """The passport's data page (125 x 88 mm at k=1) with its top-left corner at (x0, y0)."""
    sp = PP[code]
    L = sp["labels"]
    W, H = 125 * k, 88 * k
    sh.image(x0, y0, W, H, waves(125, 88, rng, sp["bg"], sp["ink"]))
    box(sh, x0, y0, W, H, lw=0.3, color=(120, 120, 120))
    tint(sh, x0, y0, W, 2.2 * k, sp["band"])
    tx(sh, x0 + W / 2, y0 + 3.2 * k, sp["head"][0], font=NSN_B, size=7.5 * k, anchor="center", color=DARK)
    tx(sh, x0 + W / 2, y0 + 6.4 * k, sp["head"][1], font=NSN, size=5.2 * k, anchor="center", color=DARK)
    tx(sh, x0 + W / 2, y0 + 9.4 * k, sp["title"], font=NSN_B, size=6.2 * k, anchor="center", color=sp["band"])
    px = x0 + (W - 36 * k) if photo_right else x0 + 4 * k
    sh.photo(px, y0 + 14 * k, 31 * k, 39 * k, rng)
    fx = x0 + 4 * k if photo_right else x0 + 39 * k
    fw = (W - 44 * k) if photo_right else (W - 42 * k)
    lab = dict(font=NSN, size=4.6 * k, color=(80, 80, 90))
    val = dict(font=NSN_B, size=7.4 * k)
    y = y0 + 13 * k
    tx(sh, fx, y, L["type"], **lab)
    tx(sh, fx + fw * 0.22, y, L["code"], **lab)
    tx(sh, fx + fw * 0.58, y, L["no"], **lab)
    y += 2.2 * k
    tx(sh, fx, y, "P", **val)
    tx(sh, fx + fw * 0.22, y, code, **val)
    tx(sh, fx + fw * 0.58, y, number, **val)
    y += 4.4 * k
    rows = [(L["sur"], person.surname.upper()), (L["giv"], person.given_names.upper()), (L["nat"], sp["nat"])]
    for lb, v in rows:
        tx(sh, fx, y, lb, **lab)
        tx(sh, fx, y + 2.2 * k, v, font=val["font"], size=fit(v, fw, NSN_B, val["size"]))
        y += 6.4 * k
    sexv = {"TUR": {"M": "E / M", "F": "K / F"}, "SUR": {"M": "M", "F": "V / F"}}.get(code, {"M": "M", "F": "F"})[person.sex]
    tx(sh, fx, y, L["dob"], **lab)
    tx(sh, fx + fw * 0.62, y, L["sex"], **lab)
    tx(sh, fx, y + 2.2 * k, sp["date"](person.birth_date), **val)
    tx(sh, fx + fw * 0.62, y + 2.2 * k, sexv, **val)
    y += 6.4 * k
    tx(sh, fx, y, L["pob"], **lab)
    pob = person.birth_place.upper()
    tx(sh, fx, y + 2.2 * k, pob, font=val["font"], size=fit(pob, fw, NSN_B, val["size"]))
    y += 6.4 * k
    tx(sh, fx, y, L["doi"], **lab)
    tx(sh, fx + fw * 0.5, y, L["doe"], **lab)
    tx(sh, fx, y + 2.2 * k, sp["date"](issue), **val)
    tx(sh, fx + fw * 0.5, y + 2.2 * k, sp["date"](expiry), **val)
    y += 6.4 * k
    tx(sh, fx, y, L["auth"], **lab)
    tx(sh, fx, y + 2.2 * k, sp["auth"], font=val["font"], size=fit(sp["auth"], fw * 0.6, NSN_B, 6.6 * k))
    if personal:
        tx(sh, fx + fw * 0.62, y, "T.C. Kimlik No", **lab)
        tx(sh, fx + fw * 0.62, y + 2.2 * k, personal, **val)
    sign(sh, px + 2 * k, y0 + 54 * k, rng, w=26 * k, h=7 * k, color=INK_BLACK)
    mrz_text(sh, x0 + 5.5 * k, y0 + H - 13.5 * k, lines, pitch=2.54 * k)


def _facing_page(sh: Sheet, x0, y0, code, rng, *, k=1.0, entry: bool = True) -> None:
    """The facing booklet page: observations / visa page, sometimes with an entry stamp."""
    sp = PP[code]
    W, H = 125 * k, 88 * k
    sh.image(x0, y0, W, H, waves(125, 88, rng, tuple(min(255, c + 6) for c in sp["bg"]), sp["ink"], n=14))
    box(sh, x0, y0, W, H, lw=0.3, color=(140, 140, 140))
    obs = {"BFA": "OBSERVATIONS / OBSERVATIONS", "MDG": "FANAMARIHANA / OBSERVATIONS", "TUR": "ŞERH / OBSERVATIONS",
           "SUR": "AANTEKENINGEN / OBSERVATIONS"}[code]
    tx(sh, x0 + W / 2, y0 + 6 * k, obs, font=NSN, size=6 * k, anchor="center", color=GREY)
    if entry:
        ap = rng.choice(["BRUSSELS AIRPORT", "SCHIPHOL", "CHARLEROI", "ZAVENTEM"])
        d = TODAY - datetime.timedelta(days=rng.randint(300, 1500))
        stamp(sh, x0 + rng.uniform(15, 60) * k, y0 + rng.uniform(22, 40) * k, [ap, dnum(d, "."), "SCHENGEN"], rng,
              shape="rect", color=rng.choice([ST_BLUE, ST_BLACK, ST_VIOLET]), size=30 * k)


def _mrz_for(code: str, person: Person, number: str, expiry: D, break_check, override, personal="") -> list[str]:
    d = dict(surname=person.surname, given=person.given_names, birth_date=person.birth_date,
             nationality=person.nationality, sex=person.sex)
    for k_, v in (override or {}).items():
        d["given" if k_ == "given_names" else k_] = v
    return M.td3(issuing=code, surname=d["surname"], given=d["given"], number=d.get("number", number),
                 nationality=d["nationality"], birth_date=d["birth_date"], sex=d["sex"], expiry=expiry,
                 personal_number=personal, break_check=break_check)


def passport_bfa(person: Person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None,
                 **opts) -> list[Sheet]:
    """Burkinabè ECOWAS passport: bilingual FR/EN captions above the values, photo at the left, the facing
    observations page copied above it; copied with the lid open (black round the sheet, slightly crooked)."""
    issue, expiry = dates(rng, issue_date, expiry_date, 5, (60, 1500))
    number = _pp_number(rng, "B", 7)
    sh = Sheet()
    _facing_page(sh, 42, 28, "BFA", rng)
    _data_page(sh, 42, 117, "BFA", person, rng, number, issue, expiry,
               _mrz_for("BFA", person, number, expiry, break_check, mrz_override))
    return [lid_open(sh, rng)]


def passport_mdg(person: Person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None,
                 **opts) -> list[Sheet]:
    """Malagasy passport, captions in Malagasy, French and English, dates as '14 JUIL/JUL 1982', photo at the
    right; the open booklet was laid sideways on the glass, so the A4 copy shows it turned a quarter."""
    issue, expiry = dates(rng, issue_date, expiry_date, 5, (60, 1500))
    number = _pp_number(rng, "A", 8)
    land = Sheet(297, 210)
    _facing_page(land, 20, 60, "MDG", rng, entry=rng.random() < 0.5)
    _data_page(land, 150, 60, "MDG", person, rng, number, issue, expiry,
               _mrz_for("MDG", person, number, expiry, break_check, mrz_override), photo_right=True)
    tx(land, 20, 190, "Copie conforme à l'original présenté", font=CEN_I, size=8, color=GREY)
    return [turned(land, rng.choice([90, 270]))]


def passport_tur(person: Person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None,
                 **opts) -> list[Sheet]:
    """Turkish passport, captions Turkish/English/French, T.C. identity number beside the authority; the data page
    alone, copied at 90 % in the top-left corner of the sheet, with a pencilled file note under it."""
    issue, expiry = dates(rng, issue_date, expiry_date, 10, (60, 2800))
    number = _pp_number(rng, "U", 8)
    personal = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(10))
    sh = Sheet()
    _data_page(sh, 14, 16, "TUR", person, rng, number, issue, expiry,
               _mrz_for("TUR", person, number, expiry, break_check, mrz_override, personal), k=0.9,
               personal=personal)
    pen(sh, 16, 102, rng.choice(["kopie pas - origineel gezien", "pp kopie cliënt", "copie passeport"]), rng,
        font=H_BREIP, size=12, color=(95, 95, 95))
    return [sh]


def passport_sur(person: Person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None,
                 **opts) -> list[Sheet]:
    """Surinamese passport, Dutch/English captions, grey photocopy of the open booklet with the facing page and
    a Schiphol entry stamp, a staple at the top left."""
    issue, expiry = dates(rng, issue_date, expiry_date, 5, (60, 1500))
    number = _pp_number(rng, "R", 7)
    sh = Sheet(paper="grey")
    _facing_page(sh, 45, 36, "SUR", rng)
    _data_page(sh, 45, 125, "SUR", person, rng, number, issue, expiry,
               _mrz_for("SUR", person, number, expiry, break_check, mrz_override))
    staple(sh, 10, 10, rng)
    return [sh]


_id._register("passport-td3-bfa-cedeao-tweetalige-bijschriften-boven-waarde-deksel-open-43", "identity-document",
              PART, "fr", passport_bfa, country="BFA", mrz="TD3", photo=True,
              notes="Burkinabè passport, FR/EN captions, facing page above, copied with the lid open")
_id._register("passport-td3-mdg-drietalig-foto-rechts-boekje-kwartslag-gedraaid-43", "identity-document", PART,
              "fr", passport_mdg, country="MDG", mrz="TD3", photo=True,
              notes="Malagasy passport, MG/FR/EN captions, booklet turned a quarter on the A4 copy")
_id._register("passport-td3-tur-drietalig-kimlik-no-90-procent-potloodnotitie-43", "identity-document", PART,
              "en", passport_tur, country="TUR", mrz="TD3", photo=True,
              notes="Turkish passport data page at 90 % in a corner, pencilled note")
_id._register("passport-td3-sur-nl-en-grijze-kopie-inreisstempel-nietje-43", "identity-document", PART, "nl",
              passport_sur, country="SUR", mrz="TD3", photo=True,
              notes="Surinamese passport, grey copy of the open booklet, entry stamp, staple")


# --------------------------------------------------------------------------- identity card (TD1) and residence card

def idcard_bfa(person: Person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None,
               **opts) -> list[Sheet]:
    """Burkinabè biometric identity card (CNIB): recto with the photo at the left and the NIP, verso with the
    address, profession and the three-line MRZ; both sides copied one above the other, verso first (the client
    laid it the wrong way round), a handwritten 'recto / verso' in the margin."""
    issue, expiry = dates(rng, issue_date, expiry_date, 10, (60, 3000))
    number = "B" + "".join(str(rng.randint(0, 9)) for _ in range(8))
    nip = "".join(str(rng.randint(0, 9)) for _ in range(17))
    d = dict(surname=person.surname, given=person.given_names, birth_date=person.birth_date, sex=person.sex,
             nationality=person.nationality)
    for k_, v in (mrz_override or {}).items():
        d["given" if k_ == "given_names" else k_] = v
    lines = M.td1(issuing="BFA", surname=d["surname"], given=d["given"], number=number, nationality=d["nationality"],
                  birth_date=d["birth_date"], sex=d["sex"], expiry=expiry, optional1=nip[:15],
                  break_check=break_check)
    sh = Sheet()
    W, H = 85.6 * 1.25, 54 * 1.25
    xr, yv, yr = 50, 40, 40 + H + 22
    # verso
    sh.image(xr, yv, W, H, waves(85.6, 54, rng, (238, 242, 232), (196, 214, 186), n=16))
    box(sh, xr, yv, W, H, lw=0.3, color=(120, 120, 120))
    rows = [("Profession", rng.choice(["COMMERÇANT", "CULTIVATEUR", "MÉNAGÈRE", "ÉLÈVE", "MÉCANICIEN", "COUTURIÈRE"])),
            ("Domicile", rng.choice(["OUAGADOUGOU SECT. 15", "BOBO-DIOULASSO SECT. 22", "KOUDOUGOU SECT. 4"])),
            ("Taille", f"{rng.randint(152, 188)} cm"), ("NIP", " ".join(nip[i:i + 4] for i in range(0, 17, 4)))]
    y = yv + 5
    for a, b in rows:
        tx(sh, xr + 5, y, a, font=NSN, size=6.2, color=GREY)
        tx(sh, xr + 30, y, b, font=NSN_B, size=7.6)
        y += 5.6
    mrz_text(sh, xr + 5, yv + H - 19, lines, pitch=2.54 * 1.25 * 0.95, gap=1.6)
    # recto
    sh.image(xr, yr, W, H, waves(85.6, 54, rng, (236, 240, 230), (190, 210, 180), n=16))
    box(sh, xr, yr, W, H, lw=0.3, color=(120, 120, 120))
    tint(sh, xr, yr, W, 9, (200, 40, 40))
    tint(sh, xr, yr + 9, W, 1.6, (20, 120, 60))
    tx(sh, xr + W / 2, yr + 1.4, "BURKINA FASO", font=NSN_B, size=9, anchor="center", color=(255, 255, 255))
    tx(sh, xr + W / 2, yr + 5.2, "CARTE NATIONALE D'IDENTITÉ BURKINABÈ", font=NSN_B, size=6.2, anchor="center",
       color=(255, 255, 255))
    sh.photo(xr + 4, yr + 14, 27, 34, rng)
    fx = xr + 35
    y = yr + 13.5
    vals = [("Nom", person.surname.upper()), ("Prénoms", person.given_names.upper()),
            ("Né(e) le", dnum(person.birth_date, "/")), ("à", person.birth_place.upper()),
            ("Sexe", person.sex), ("N° de la carte", number),
            ("Délivrée le", dnum(issue, "/")), ("Expire le", dnum(expiry, "/"))]
    for a, b in vals:
        tx(sh, fx, y, a, font=NSN, size=5.6, color=GREY)
        tx(sh, fx + 19, y - 0.4, b, font=NSN_B, size=fit(b, W - 60, NSN_B, 7.2))
        y += 4.6
    sign(sh, xr + 6, yr + H - 10, rng, w=22, h=7, color=INK_BLACK)
    pen(sh, 18, yv + H / 2, "verso", rng, font=H_DKG, size=13, color=INK_BLUE)
    pen(sh, 18, yr + H / 2, "recto", rng, font=H_DKG, size=13, color=INK_BLUE)
    return [sh]


def permit_nld(person: Person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None,
               v_number=None, purpose=None, **opts) -> list[Sheet]:
    """Dutch residence card (verblijfsdocument): front and back side by side near the top of the A4 copy, the
    'VNR' field on the front, the purpose in the remarks on the back; the lower half of the sheet is empty."""
    issue, expiry = dates(rng, issue_date, expiry_date, 5, (60, 1500))
    number = "".join(rng.choice("BCDFGHJKLMNPRSTVWXZ") for _ in range(2)) + \
        "".join(rng.choice("0123456789BCDFGHJKLMNPRSTVWXZ") for _ in range(6)) + str(rng.randint(0, 9))
    vnr = v_number or "".join(str(rng.randint(0, 9)) for _ in range(10))
    lines = M.td1(issuing="NLD", surname=person.surname, given=person.given_names, number=number,
                  nationality=person.nationality, birth_date=person.birth_date, sex=person.sex, expiry=expiry,
                  doc_code="IR", break_check=break_check)
    sh = Sheet()
    W, H = 85.6, 54
    x1, x2, y0 = 14, 110, 22
    for x in (x1, x2):
        sh.image(x, y0, W, H, waves(W, H, rng, (236, 236, 246), (200, 196, 226), n=18))
        box(sh, x, y0, W, H, lw=0.3, color=(110, 110, 120))
    tx(sh, x1 + 3, y0 + 2, "KONINKRIJK DER NEDERLANDEN", font=NSN_B, size=6.4, color=(20, 40, 110))
    tx(sh, x1 + 3, y0 + 5.2, "VERBLIJFSDOCUMENT / RESIDENCE DOCUMENT", font=NSN, size=5.4, color=(20, 40, 110))
    sh.photo(x1 + 3, y0 + 10, 22, 28, rng)
    fx = x1 + 28
    y = y0 + 9.5
    for a, b in [("Naam / Surname", person.surname.upper()), ("Voornamen / Given names", person.given_names.upper()),
                 ("Geboortedatum / Date of birth", dnum(person.birth_date, " ")),
                 ("Nationaliteit / Nationality", person.nationality), ("VNR", vnr),
                 ("Geldig tot / Date of expiry", dnum(expiry, " ")), ("Documentnr.", number)]:
        tx(sh, fx, y, a, font=NSN, size=4.2, color=GREY)
        tx(sh, fx, y + 1.7, b, font=NSN_B, size=fit(b, W - 30, NSN_B, 6.2))
        y += 5.6
    sign(sh, x1 + 3, y0 + 40, rng, w=20, h=6, color=INK_BLACK)
    pur = purpose or rng.choice(["verblijf bij partner", "medische behandeling", "arbeid in loondienst"])
    tx(sh, x2 + 3, y0 + 3, "Soort / Type", font=NSN, size=4.2, color=GREY)
    tx(sh, x2 + 3, y0 + 5, "VERBLIJFSVERGUNNING REGULIER BEPAALDE TIJD", font=NSN_B, size=5.4)
    tx(sh, x2 + 3, y0 + 10, "Opmerkingen / Remarks", font=NSN, size=4.2, color=GREY)
    tx(sh, x2 + 3, y0 + 12, pur.upper(), font=NSN_B, size=fit(pur.upper(), W - 6, NSN_B, 5.6))
    arb = "ARBEID NIET TOEGESTAAN" if "medisch" in pur else "ARBEID VRIJ TOEGESTAAN. TWV NIET VEREIST"
    tx(sh, x2 + 3, y0 + 15.5, arb, font=NSN_B, size=5.0)
    tx(sh, x2 + 3, y0 + 20, f"Afgegeven / Issued {dnum(issue, ' ')}", font=NSN, size=5.0)
    mrz_text(sh, x2 + 4, y0 + H - 15, lines, pitch=2.54 * 0.98, gap=1.6)
    return [sh]


_id._register("idcard-td1-bfa-cnib-verso-boven-recto-pen-recto-verso-43", "identity-document", PART, "fr",
              idcard_bfa, country="BFA", mrz="TD1", photo=True,
              notes="Burkinabè CNIB, verso above recto on one A4, 'recto/verso' written in the margin")
_id._register("permit-nl-verblijfsdocument-voor-achter-naast-elkaar-bovenaan-vnr-43", "identity-document", PART,
              "nl", permit_nld, country="NLD", mrz="TD1", photo=True,
              notes="Dutch residence card, both sides side by side at the top, VNR field on the front")


# --------------------------------------------------------------------------- civil-status acts

def _parents(person: Person, father, mother) -> tuple[str, str]:
    return (father or person.father or "...", mother or person.mother or "...")


def _act_no(person: Person, salt: str) -> int:
    return seed_of(person.surname, person.given_names, person.birth_date, salt) % 2900 + 40


def birth_bfa(person: Person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Burkinabè 'extrait d'acte de naissance': printed form with the region/province/commune block at the top
    left and the motto at the top right, the answers written in ballpoint capitals on dotted lines, the
    officer's round stamp overlapping his signature."""
    fa, mo = _parents(person, father, mother)
    act = act_date or (person.birth_date + datetime.timedelta(days=rng.randint(2, 40)))
    issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(40, 700)))
    sh = Sheet(paper="cream")
    for i, s in enumerate(["RÉGION DU CENTRE", "PROVINCE DU KADIOGO", f"COMMUNE DE {rng.choice(['OUAGADOUGOU', 'SAABA', 'KOMSILGA'])}",
                           f"ARRONDISSEMENT N° {rng.randint(1, 12)}", "CENTRE D'ÉTAT CIVIL PRINCIPAL"]):
        tx(sh, 16, 14 + i * 4.4, s, font=NRM_B if i == 0 else NRM, size=8.2)
    tx(sh, 194, 14, "BURKINA FASO", font=NRM_B, size=10, anchor="right")
    tx(sh, 194, 19, "Unité - Progrès - Justice", font=NRM_I, size=8.5, anchor="right")
    tx(sh, 105, 44, "EXTRAIT D'ACTE DE NAISSANCE", font=NRM_B, size=15, anchor="center")
    no = _act_no(person, "birth")
    tx(sh, 105, 52, f"N° {no} / {act.year}", font=NRM, size=11, anchor="center")
    hf = rng.choice([H_DKG, H_DKGB, H_BREIP])
    y = 66
    rows = [("Le", dnum(person.birth_date, "/") + f"  ({fr_date_words(person.birth_date)})"),
            ("à", f"{rng.randint(1, 23)} heures {rng.randint(0, 59)} minutes"),
            ("est né(e) à", person.birth_place),
            ("l'enfant", f"{person.surname.upper()} {person.given_names}"),
            ("de sexe", "masculin" if person.sex == "M" else "féminin"),
            ("fils / fille de", fa), ("profession", rng.choice(["cultivateur", "commerçant", "fonctionnaire"])),
            ("et de", mo), ("profession", rng.choice(["ménagère", "commerçante", "couturière"])),
            ("Acte dressé le", dnum(act, "/")),
            ("sur la déclaration de", rng.choice(["son père", "sa mère", "l'agent de santé"]))]
    for lab, val in rows:
        tx(sh, 22, y, lab, font=NRM, size=10.5)
        x0 = 22 + tw(lab, NRM, 10.5) + 3
        dotted(sh, x0, 190, y + 4.6)
        pen(sh, x0 + 2, y - 1.2, val, rng, font=hf, size=12, color=INK_BLUE, width=190 - x0 - 4, caps=True)
        y += 10.5
    y += 4
    tx(sh, 22, y, "Mentions marginales :", font=NRM_I, size=9.5)
    pen(sh, 62, y - 1, "NÉANT", rng, font=hf, size=11, color=INK_BLUE)
    y += 14
    tx(sh, 110, y, f"Délivré à Ouagadougou, le {dnum(issued, '/')}", font=NRM, size=10)
    tx(sh, 120, y + 6, "L'Officier de l'état civil", font=NRM_B, size=10)
    sign(sh, 128, y + 14, rng, color=INK_BLACK)
    stamp(sh, 108, y + 8, ["BURKINA FASO", "ÉTAT CIVIL", "OUAGADOUGOU"], rng, color=ST_VIOLET, size=30)
    return [sh]


def birth_mdg(person: Person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Malagasy 'kopia nadika / copie d'acte de naissance': bilingual Malagasy/French, each paragraph in Malagasy
    followed by its French version, typed in Courier Prime, the register number in a right margin box, yellowed
    paper."""
    fa, mo = _parents(person, father, mother)
    act = act_date or (person.birth_date + datetime.timedelta(days=rng.randint(2, 30)))
    issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(40, 600)))
    sh = Sheet()
    tx(sh, 105, 12, "REPOBLIKAN'I MADAGASIKARA", font=CPR_B, size=11, anchor="center")
    tx(sh, 105, 17, "Fitiavana - Tanindrazana - Fandrosoana", font=CPR, size=8.5, anchor="center")
    tx(sh, 18, 28, f"Kaominina / Commune : {person.birth_place.upper()}", font=CPR, size=9)
    tx(sh, 18, 33, "Fanjakana / Préfecture : " + rng.choice(["ANALAMANGA", "ATSINANANA", "VAKINANKARATRA", "BOENY"]),
       font=CPR, size=9)
    box(sh, 156, 24, 38, 20, lw=0.3)
    no = _act_no(person, "birth")
    tx(sh, 158, 26, "Laharana / N°", font=CPR, size=8)
    tx(sh, 158, 31, f"{no}", font=CPR_B, size=11)
    tx(sh, 158, 37, f"Taona / Année {act.year}", font=CPR, size=8)
    tx(sh, 105, 52, "KOPIA NADIKA TAMIN'NY BOKY FIANKOHONANA", font=CPR_B, size=11, anchor="center")
    tx(sh, 105, 57.5, "COPIE D'ACTE DE NAISSANCE", font=CPR_B, size=11, anchor="center")
    lahy = person.sex == "M"
    mg = (f"Tamin'ny {dlong(person.birth_date, 'mg')}, dia teraka tao {person.birth_place} i "
          f"{person.surname.upper()} {person.given_names}, zaza {'lahy' if lahy else 'vavy'}, zanak'i {fa} sy {mo}.")
    fr = (f"Le {dlong(person.birth_date, 'fr')} est né{'' if lahy else 'e'} à {person.birth_place} "
          f"{person.surname.upper()} {person.given_names}, de sexe {'masculin' if lahy else 'féminin'}, "
          f"{'fils' if lahy else 'fille'} de {fa} et de {mo}.")
    mg2 = f"Natao ny {dlong(act, 'mg')}, araka ny fanambaran'ny {'rainy' if rng.random() < 0.6 else 'reniny'}."
    fr2 = f"Dressé le {dlong(act, 'fr')}, sur la déclaration du père ou de la mère de l'enfant."
    y = 68
    for a, b in ((mg, fr), (mg2, fr2)):
        y = para(sh, 22, y, 166, a, font=CPR, size=10, lead=1.4) + 1.5
        y = para(sh, 22, y, 166, b, font=CPR, size=10, lead=1.4, color=(40, 40, 40)) + 6
    y = para(sh, 22, y, 166, "Kopia nadika manontolo ho fampiasana ara-dalàna. / Copie certifiée conforme au registre.",
             font=CPR, size=9.5) + 8
    tx(sh, 100, y, f"Natao teto / Fait à {person.birth_place}, {dnum(issued, '/')}", font=CPR, size=9.5)
    tx(sh, 110, y + 6, "Ny Mpiandraikitra ny Sora-piankohonana", font=CPR, size=8.5)
    tx(sh, 110, y + 10, "L'Officier de l'état civil", font=CPR, size=8.5)
    sign(sh, 118, y + 16, rng, color=INK_BLUE)
    stamp(sh, 86, y + 10, ["KAOMININA", person.birth_place.upper()[:16], "SORA-PIANKOHONANA"], rng, color=ST_BLUE,
          size=29)
    return [aged(sh, rng)]


def birth_tur(person: Person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Turkish 'Doğum Kayıt Örneği' printed from the population register: ruled table with Turkish captions
    only, the verification code and barcode at the bottom, printed in Nimbus Sans Narrow."""
    fa, mo = _parents(person, father, mother)
    issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(30, 500)))
    sh = Sheet()
    tx(sh, 105, 14, "T.C.", font=NAR_B, size=11, anchor="center")
    tx(sh, 105, 19.5, "İÇİŞLERİ BAKANLIĞI", font=NAR_B, size=11, anchor="center")
    tx(sh, 105, 25, "Nüfus ve Vatandaşlık İşleri Genel Müdürlüğü", font=NAR, size=10, anchor="center")
    tx(sh, 105, 36, "DOĞUM KAYIT ÖRNEĞİ", font=NAR_B, size=14, anchor="center")
    r = random.Random(seed_of(person.surname, person.birth_date, "tr"))
    kimlik = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(10))
    rows = [("T.C. Kimlik No", kimlik), ("Soyadı", person.surname.upper()), ("Adı", person.given_names.upper()),
            ("Baba Adı", fa.split()[0]), ("Anne Adı", mo.split()[0]), ("Doğum Yeri", person.birth_place),
            ("Doğum Tarihi", dnum(person.birth_date, ".")), ("Cinsiyeti", "Erkek" if person.sex == "M" else "Kadın"),
            ("Medeni Hali", "Bekar"), ("İl", person.birth_place), ("İlçe", r.choice(["Merkez", "Çankaya", "Kadıköy",
                                                                                   "Şahinbey", "Bornova"])),
            ("Mahalle / Köy", r.choice(["Yenimahalle", "Cumhuriyet Mah.", "Atatürk Mah.", "Bahçelievler"])),
            ("Cilt No", str(r.randint(10, 400))), ("Aile Sıra No", str(r.randint(1, 300))),
            ("Birey Sıra No", str(r.randint(1, 40))),
            ("Tescil Tarihi", dnum(act_date or (person.birth_date + datetime.timedelta(days=r.randint(3, 60))), "."))]
    y = 48
    for a, b in rows:
        box(sh, 30, y, 50, 8, lw=0.25)
        box(sh, 80, y, 100, 8, lw=0.25)
        tx(sh, 32, y + 2, a, font=NAR_B, size=9.5)
        tx(sh, 82, y + 2, b, font=NAR, size=10)
        y += 8
    y += 8
    para(sh, 30, y, 150, "Bu belge 5490 sayılı Nüfus Hizmetleri Kanunu uyarınca nüfus kayıtlarından alınmıştır. "
         "Belgenin doğruluğunu barkod numarası ile kontrol edebilirsiniz.", font=NAR, size=8.5)
    code = "".join(r.choice("ABCDEFGHJKLMNPRSTUVYZ0123456789") for _ in range(12))
    tx(sh, 30, y + 14, f"Doğrulama Kodu: {code}", font=NAR, size=9)
    tx(sh, 180, y + 14, f"Düzenlenme Tarihi: {dnum(issued, '.')}", font=NAR, size=9, anchor="right")
    x = 30.0
    for i in range(70):
        wbar = r.choice([0.3, 0.3, 0.6, 0.9])
        if i % 2 == 0:
            tint(sh, x, y + 22, wbar, 10, BLACK)
        x += wbar + 0.35
    # the apostille the governorship added for use abroad
    ax, ay = 104.0, y + 38
    box(sh, ax, ay, 86, 62, lw=0.5, color=(90, 40, 40))
    tx(sh, ax + 43, ay + 2, "APOSTILLE", font=NAR_B, size=11, anchor="center", color=(90, 40, 40))
    tx(sh, ax + 43, ay + 7, "(Convention de La Haye du 5 octobre 1961)", font=NAR, size=7, anchor="center")
    ad = issued + datetime.timedelta(days=r.randint(1, 6))
    items = ["1. Ülke / Country: TÜRKİYE", "Bu resmi belge / This public document",
             "2. imzalayan / has been signed by: Nüfus Müdürü", "3. sıfatı / acting in the capacity of: Nüfus Müdürü",
             f"4. mühür / bears the seal of: {person.birth_place} İl Nüfus Müdürlüğü", "Onaylanır / Certified",
             f"5. yer / at: {person.birth_place}   6. tarih / the: {dnum(ad, '.')}",
             f"7. tarafından / by: {person.birth_place} Valiliği",
             f"8. sayı / No: {r.randint(10000, 99999)}/{ad.year}", "9. Mühür / Seal          10. İmza / Signature"]
    yy = ay + 12
    for it in items:
        tx(sh, ax + 3, yy, it, font=NAR, size=fit(it, 80, NAR, 7.6))
        yy += 4.4
    stamp(sh, ax + 6, ay + 44, ["T.C.", f"{person.birth_place.upper()[:12]} VALİLİĞİ"], rng, color=ST_BLUE, size=18)
    sign(sh, ax + 50, ay + 47, rng, w=28, h=9, color=INK_BLUE)
    return [sh]


def birth_bel(person: Person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Extract of a Belgian birth act printed from the civil-status database (Dutch or French after the commune),
    labels in a left column, the 'gemachtigde ambtenaar / officier délégué' signature and the commune's stamp
    over the end of the text, a page footer with the act's reference."""
    fa, mo = _parents(person, father, mother)
    act = act_date or (person.birth_date + datetime.timedelta(days=rng.randint(1, 12)))
    issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(20, 400)))
    fr = person.birth_place in ("Bruxelles", "Schaerbeek", "Anderlecht", "Liège", "Charleroi",
                                "Molenbeek-Saint-Jean", "Namur")
    sh = Sheet()
    coat(sh, 18, 12, 14, rng)
    tx(sh, 36, 13, ("Commune de " if fr else "Gemeente ") + person.birth_place, font=GOTH_B, size=12)
    tx(sh, 36, 19, "Service Population - État civil" if fr else "Dienst Burgerzaken", font=GOTH, size=9, color=GREY)
    tx(sh, 105, 40, "EXTRAIT D'ACTE DE NAISSANCE" if fr else "UITTREKSEL UIT DE AKTE VAN GEBOORTE", font=GOTH_B,
       size=13, anchor="center")
    ref = f"{person.birth_date.year}/{_act_no(person, 'bel'):05d}"
    tx(sh, 105, 47, ("Référence de l'acte : " if fr else "Referentie van de akte: ") + ref, font=GOTH, size=9,
       anchor="center", color=GREY)
    L = (["Nom", "Prénom(s)", "Sexe", "Date de naissance", "Lieu de naissance", "Père", "Mère", "Date de l'acte"]
         if fr else ["Naam", "Voorna(a)m(en)", "Geslacht", "Geboortedatum", "Geboorteplaats", "Vader", "Moeder",
                     "Datum van de akte"])
    V = [person.surname.upper(), person.given_names, ("masculin" if person.sex == "M" else "féminin") if fr else
         ("mannelijk" if person.sex == "M" else "vrouwelijk"), dlong(person.birth_date, "fr" if fr else "nl"),
         person.birth_place + (" (Belgique)" if fr else " (België)"), fa, mo, dnum(act, "/" if fr else "-")]
    y = 62
    for a, b in zip(L, V):
        tx(sh, 24, y, a, font=GOTH, size=9.5, color=DARK)
        tx(sh, 80, y, b, font=GOTH_B, size=10)
        sh.rule(24, y + 5.5, 186, y + 5.5, width_mm=0.1, color=LGREY)
        y += 9
    y += 10
    tx(sh, 24, y, (f"Délivré à {person.birth_place}, le {dlong(issued, 'fr')}" if fr else
                   f"Afgeleverd te {person.birth_place} op {dlong(issued, 'nl')}"), font=GOTH, size=9.5)
    tx(sh, 24, y + 10, "L'officier de l'état civil délégué" if fr else "De gemachtigde ambtenaar van de burgerlijke stand",
       font=GOTH, size=9)
    sign(sh, 30, y + 15, rng, color=INK_BLUE)
    stamp(sh, 62, y + 8, [("COMMUNE DE " if fr else "GEMEENTE ") + person.birth_place.upper()[:18], "ÉTAT CIVIL" if fr
                          else "BURGERLIJKE STAND"], rng, color=ST_BLUE, size=28)
    tx(sh, 105, 284, ("Acte " if fr else "Akte ") + ref + " - 1/1", font=GOTH, size=7.5, anchor="center", color=GREY)
    return [sh]


_id._register("birth-bfa-extrait-formulier-stippellijnen-balpen-hoofdletters-stempel-over-handtekening-43",
              "birth-certificate", PART, "fr", birth_bfa, country="BFA",
              notes="Burkinabè birth extract, printed form filled in by hand in capitals")
_id._register("birth-mdg-kopia-nadika-tweetalig-alinea-per-taal-courier-vergeeld-43", "birth-certificate", PART, "fr",
              birth_mdg, country="MDG", notes="Malagasy birth act copy, Malagasy then French per paragraph")
_id._register("birth-tur-dogum-kayit-ornegi-tabel-nimbus-narrow-barcode-43", "birth-certificate", PART, "tr",
              birth_tur, country="TUR", notes="Turkish population-register birth extract, Turkish only")
_id._register("birth-be-uittreksel-gemeente-labelkolom-embleem-stempel-over-tekst-43", "birth-certificate", PART, "nl",
              birth_bel, country="BEL", notes="Belgian birth extract (Dutch or French after the commune)")


def marriage_bfa(person: Person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    """Burkinabè marriage extract typed in Bookman on the commune's form: the two spouses in two framed columns
    (époux / épouse), the option 'monogamie' ticked, the regime, the witnesses, a fold across the middle."""
    sp = spouse
    md = marriage_date or (TODAY - datetime.timedelta(days=rng.randint(800, 6000)))
    issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(30, 300)))
    h, w = (person, sp) if person.sex == "M" else (sp, person)
    sh = Sheet()
    tx(sh, 16, 14, "BURKINA FASO", font=BKM_B, size=11)
    tx(sh, 16, 19, "Unité - Progrès - Justice", font=BKM_I, size=8)
    tx(sh, 194, 14, f"Commune de {rng.choice(['Ouagadougou', 'Bobo-Dioulasso', 'Koudougou'])}", font=BKM, size=9,
       anchor="right")
    tx(sh, 105, 34, "EXTRAIT D'ACTE DE MARIAGE", font=BKM_B, size=14, anchor="center")
    tx(sh, 105, 41, f"N° {_act_no(person, 'mar')}/{md.year}", font=BKM, size=10, anchor="center")
    tx(sh, 105, 50, f"Le {fr_date_words(md)} ({dnum(md, '/')})", font=BKM, size=10, anchor="center")
    for col, (title, p) in enumerate((("ÉPOUX", h), ("ÉPOUSE", w))):
        x = 18 + col * 89
        box(sh, x, 58, 85, 62, lw=0.35)
        tint(sh, x + 0.2, 58.2, 84.6, 7, (230, 230, 230))
        tx(sh, x + 42.5, 59.5, title, font=BKM_B, size=10, anchor="center")
        y = 69
        for a, b in (("Nom", p.surname.upper()), ("Prénoms", p.given_names), ("Né(e) le", dnum(p.birth_date, "/")),
                     ("à", p.birth_place), ("Nationalité", "burkinabè" if p.nationality == "BFA" else p.nationality),
                     ("Profession", rng.choice(["commerçant(e)", "ménagère", "chauffeur", "enseignant(e)", "sans"]))):
            tx(sh, x + 3, y, a, font=BKM, size=8.5, color=GREY)
            tx(sh, x + 26, y, b, font=BKM, size=fit(b, 56, BKM, 9.5))
            y += 8.2
    y = 128
    tx(sh, 18, y, "Option :", font=BKM_B, size=9.5)
    for i, o in enumerate(["monogamie", "polygamie"]):
        sh.checkbox(42 + i * 36, y + 0.4, 3.6, checked=(i == 0), rng=rng, ink=INK_BLUE)
        tx(sh, 47 + i * 36, y, o, font=BKM, size=9.5)
    tx(sh, 18, y + 9, "Régime matrimonial : " + rng.choice(["communauté de biens", "séparation de biens"]), font=BKM,
       size=9.5)
    tx(sh, 18, y + 18, "Témoins : " + ", ".join(f"{rng.choice(['Issa', 'Moussa', 'Awa', 'Salif', 'Fatimata'])} "
                                                 f"{rng.choice(['Ouédraogo', 'Zongo', 'Kaboré', 'Sawadogo'])}"
                                                 for _ in range(2)), font=BKM, size=9.5)
    tx(sh, 110, y + 36, f"Pour extrait conforme, le {dnum(issued, '/')}", font=BKM, size=9.5)
    tx(sh, 118, y + 42, "L'Officier de l'état civil", font=BKM_B, size=9.5)
    sign(sh, 124, y + 48, rng, color=INK_BLUE)
    stamp(sh, 96, y + 44, ["MAIRIE", "ÉTAT CIVIL", "BURKINA FASO"], rng, color=ST_BLUE, size=28)
    return [folded(sh, rng, 2)]


def marriage_mdg(person: Person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    """Malagasy marriage act copy, 'Kopia nadika - Fanambadiana / Copie d'acte de mariage', a two-column
    Malagasy | French layout with a vertical rule, typed in DejaVu Serif Condensed, stamped at the foot."""
    sp = spouse
    md = marriage_date or (TODAY - datetime.timedelta(days=rng.randint(800, 6000)))
    issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(30, 300)))
    h, w = (person, sp) if person.sex == "M" else (sp, person)
    town = rng.choice(["Antananarivo Renivohitra", "Toamasina I", "Antsirabe I", "Mahajanga I"])
    sh = Sheet()
    tx(sh, 105, 12, "REPOBLIKAN'I MADAGASIKARA", font=DJS_B, size=11, anchor="center")
    tx(sh, 105, 18, f"Kaominina / Commune {town}", font=DJS, size=9.5, anchor="center")
    tx(sh, 105, 30, "KOPIA NADIKA - FANAMBADIANA", font=DJS_B, size=12, anchor="center")
    tx(sh, 105, 36, "COPIE D'ACTE DE MARIAGE", font=DJS_B, size=12, anchor="center")
    tx(sh, 105, 42, f"Laharana / N° {_act_no(person, 'mar')}", font=DJS, size=9.5, anchor="center")
    sh.rule(105, 50, 105, 200, width_mm=0.25, color=GREY)
    mg = (f"Tamin'ny {dlong(md, 'mg')} dia nivady teto amin'ny Kaominina {town} i {h.surname.upper()} "
          f"{h.given_names}, teraka tamin'ny {dlong(h.birth_date, 'mg')} tao {h.birth_place}, sy i "
          f"{w.surname.upper()} {w.given_names}, teraka tamin'ny {dlong(w.birth_date, 'mg')} tao {w.birth_place}. "
          f"Vavolombelona: roa lahy.")
    fr = (f"Le {dlong(md, 'fr')} ont contracté mariage devant l'officier de l'état civil de la commune de {town} : "
          f"{h.surname.upper()} {h.given_names}, né le {dlong(h.birth_date, 'fr')} à {h.birth_place}, et "
          f"{w.surname.upper()} {w.given_names}, née le {dlong(w.birth_date, 'fr')} à {w.birth_place}. "
          f"En présence de deux témoins majeurs.")
    para(sh, 16, 54, 84, mg, font=DJS, size=9.5, lead=1.45)
    para(sh, 110, 54, 84, fr, font=DJS, size=9.5, lead=1.45)
    tx(sh, 110, 212, f"Natao / Fait le {dnum(issued, '.')}", font=DJS, size=9.5)
    tx(sh, 110, 218, "Ny Mpiandraikitra / L'Officier de l'état civil", font=DJS, size=8.5)
    sign(sh, 120, 224, rng, color=INK_BLACK)
    stamp(sh, 100, 220, ["KAOMININA", town.upper()[:18], "MADAGASIKARA"], rng, color=ST_VIOLET, size=30)
    return [sh]


def marriage_bel(person: Person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    """Extract of a Belgian marriage act from the civil-status database, in Dutch or French after the commune: a
    ruled table with one row per item and one column per spouse ('Echtgenoot 1 / Echtgenoot 2'), the date and place
    of the marriage above it, the delegated officer's signature at the RIGHT with the commune's stamp at the LEFT,
    and a small verification square at the foot."""
    sp = spouse
    md = marriage_date or (TODAY - datetime.timedelta(days=rng.randint(400, 1500)))
    issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(20, 200)))
    a = person.address
    city = a.city if (a is not None and a.country == "BE") else "Bruxelles"
    fr = city in ("Bruxelles", "Schaerbeek", "Anderlecht", "Liège", "Charleroi", "Molenbeek-Saint-Jean", "Namur",
                  "Saint-Gilles", "Saint-Josse-ten-Noode", "Mons", "Verviers")
    sh = Sheet()
    tx(sh, 20, 14, ("Commune de " if fr else "Stad/Gemeente ") + city, font=CAR_B, size=13)
    tx(sh, 20, 20, "État civil" if fr else "Burgerlijke stand", font=CAR, size=9.5, color=GREY)
    tx(sh, 105, 36, "EXTRAIT D'ACTE DE MARIAGE" if fr else "UITTREKSEL UIT DE HUWELIJKSAKTE", font=CAR_B, size=14,
       anchor="center")
    ref = f"{md.year}/{_act_no(person, 'mbe'):05d}"
    tx(sh, 105, 43, ("Acte n° " if fr else "Akte nr. ") + ref, font=CAR, size=9.5, anchor="center", color=GREY)
    tx(sh, 20, 54, (f"Mariage célébré le {dlong(md, 'fr')} à {city}" if fr else
                    f"Huwelijk voltrokken op {dlong(md, 'nl')} te {city}"), font=CAR_B, size=10.5)
    cols = ["Conjoint 1", "Conjoint 2"] if fr else ["Echtgenoot 1", "Echtgenoot 2"]
    labels = (["Nom", "Prénom(s)", "Date de naissance", "Lieu de naissance", "Nationalité"] if fr else
              ["Naam", "Voornamen", "Geboortedatum", "Geboorteplaats", "Nationaliteit"])
    y = 64
    tint(sh, 20, y, 170, 7, (228, 232, 236))
    for i, h in enumerate(cols):
        tx(sh, 66 + i * 62, y + 1.6, h, font=CAR_B, size=9.5)
    y += 7
    for k_, lab in enumerate(labels):
        box(sh, 20, y, 170, 8, lw=0.2, color=GREY)
        tx(sh, 22, y + 2, lab, font=CAR, size=9.5)
        for i, p in enumerate((person, sp)):
            v = [p.surname.upper(), p.given_names, dnum(p.birth_date, "/" if fr else "-"),
                 f"{p.birth_place} ({p.birth_country})",
                 PC.get(p.nationality, {}).get("fr" if fr else "nl", p.nationality)][k_]
            tx(sh, 66 + i * 62, y + 2, v, font=CAR, size=fit(v, 58, CAR, 9.5))
        y += 8
    y += 12
    tx(sh, 20, y, (f"Délivré le {dlong(issued, 'fr')}" if fr else f"Afgeleverd op {dlong(issued, 'nl')}"), font=CAR,
       size=10)
    tx(sh, 120, y + 8, "L'officier de l'état civil délégué" if fr else "De gemachtigde ambtenaar", font=CAR, size=9)
    sign(sh, 124, y + 13, rng, color=INK_BLACK)
    stamp(sh, 30, y + 8, [("COMMUNE DE " if fr else "GEMEENTE ") + city.upper()[:16], "ÉTAT CIVIL" if fr else
                          "BURGERLIJKE STAND"], rng, color=ST_BLUE, size=28)
    r = random.Random(seed_of(ref, person.surname))
    for i in range(12):
        for j in range(12):
            if r.random() < 0.5 or (i < 3 and j < 3) or (i > 8 and j < 3) or (i < 3 and j > 8):
                tint(sh, 168 + i * 1.5, 262 + j * 1.5, 1.5, 1.5, BLACK)
    return [sh]


_id._register("marriage-bfa-extrait-bookman-twee-kaders-epoux-epouse-optie-aangekruist-gevouwen-43",
              "marriage-certificate", PART, "fr", marriage_bfa, country="BFA",
              notes="Burkinabè marriage extract, two framed spouse columns, option ticked, folded")
_id._register("marriage-be-uittreksel-tabel-kolom-per-echtgenoot-stempel-links-handtekening-rechts-43",
              "marriage-certificate", PART, "nl", marriage_bel, country="BEL",
              notes="Belgian marriage extract (Dutch or French after the commune), one column per spouse")
_id._register("marriage-mdg-kopia-nadika-twee-kolommen-mg-fr-dejavu-serif-stempel-43", "marriage-certificate", PART,
              "fr", marriage_mdg, country="MDG", notes="Malagasy marriage act copy in two language columns")


# --------------------------------------------------------------------------- nationality certificates

def nationality_bfa(person: Person, rng, *, issue_date=None, **opts):
    """Burkinabè 'certificat de nationalité' of the Tribunal de Grande Instance: a prose certificate in Palatino
    citing the Code des personnes et de la famille, the register number in the top right, the president's
    signature beside (not below) his title, and the court's stamp."""
    issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(40, 900)))
    sh = Sheet()
    tx(sh, 16, 14, "MINISTÈRE DE LA JUSTICE", font=PAL_B, size=9)
    tx(sh, 16, 19, "TRIBUNAL DE GRANDE INSTANCE", font=PAL, size=9)
    tx(sh, 16, 23.5, rng.choice(["DE OUAGADOUGOU", "DE BOBO-DIOULASSO", "DE KOUDOUGOU"]), font=PAL, size=9)
    tx(sh, 194, 14, "BURKINA FASO", font=PAL_B, size=10, anchor="right")
    tx(sh, 194, 19, "La Patrie ou la Mort, nous Vaincrons", font=PAL_I, size=8, anchor="right")
    tx(sh, 194, 30, f"N° {rng.randint(100, 9000)}/TGI/{issued.year}", font=PAL, size=9.5, anchor="right")
    tx(sh, 105, 46, "CERTIFICAT DE NATIONALITÉ", font=PAL_B, size=16, anchor="center")
    body = (f"Nous, Président du Tribunal de Grande Instance, certifions, au vu des pièces produites (extrait d'acte "
            f"de naissance n° {_act_no(person, 'birth')} et pièces d'état civil des parents), que "
            f"{person.surname.upper()} {person.given_names}, né{'' if person.sex == 'M' else 'e'} le "
            f"{dlong(person.birth_date, 'fr')} à {person.birth_place} (Burkina Faso), "
            f"{'fils' if person.sex == 'M' else 'fille'} de {person.father or '...'} et de {person.mother or '...'}, "
            f"est de nationalité burkinabè en vertu des articles 140 et suivants du Code des personnes et de la "
            f"famille.\n\nEn foi de quoi nous lui avons délivré le présent certificat pour servir et valoir ce que "
            f"de droit.")
    y = para(sh, 24, 62, 162, body, font=PAL, size=11, lead=1.5, align="justify") + 10
    tx(sh, 110, y, f"Ouagadougou, le {dnum(issued, '/')}", font=PAL, size=10.5)
    tx(sh, 110, y + 12, "Le Président", font=PAL_B, size=10.5)
    sign(sh, 140, y + 8, rng, color=INK_BLACK)
    stamp(sh, 66, y + 2, ["TRIBUNAL DE GRANDE INSTANCE", "BURKINA FASO", "LE PRÉSIDENT"], rng, color=ST_BLUE, size=32)
    return [sh]


def nationality_mdg(person: Person, rng, *, issue_date=None, **opts):
    """Malagasy 'certificat de nationalité' of the Tribunal de Première Instance, a form with numbered rubrics in
    Nimbus Sans and the answers typed in Courier, a fiscal stamp (timbre) in the top right corner, turned upside
    down on the copy."""
    issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(40, 900)))
    sh = Sheet()
    tx(sh, 16, 14, "REPOBLIKAN'I MADAGASIKARA", font=NSN_B, size=10)
    tx(sh, 16, 19, "Fitiavana - Tanindrazana - Fandrosoana", font=NSN_I, size=8)
    tx(sh, 16, 26, "TRIBUNAL DE PREMIÈRE INSTANCE D'ANTANANARIVO", font=NSN, size=8.5)
    box(sh, 166, 12, 26, 30, lw=0.3, color=ST_RED)
    tx(sh, 179, 20, "TIMBRE", font=NSN_B, size=7, anchor="center", color=ST_RED)
    tx(sh, 179, 26, "FISCAL", font=NSN_B, size=7, anchor="center", color=ST_RED)
    tx(sh, 179, 32, "2 000 Ar", font=NSN_B, size=8, anchor="center", color=ST_RED)
    sh.rule(164, 14, 194, 40, width_mm=0.6, color=INK_BLACK)
    tx(sh, 105, 48, "FANAMARINANA NY ZOM-PIRENENA", font=NSN_B, size=12, anchor="center")
    tx(sh, 105, 54, "CERTIFICAT DE NATIONALITÉ MALAGASY", font=NSN_B, size=13, anchor="center")
    rows = [("1. Anarana / Nom", person.surname.upper()), ("2. Fanampiny / Prénoms", person.given_names),
            ("3. Teraka tamin'ny / Né(e) le", dnum(person.birth_date, "/")),
            ("4. Tao / À", f"{person.birth_place} (Madagascar)"),
            ("5. Zanak'i / Fils ou fille de", f"{person.father or '...'} et de {person.mother or '...'}"),
            ("6. Zom-pirenena / Nationalité", "MALAGASY (d'origine)"),
            ("7. Fototra / Fondement", "art. 9 du Code de la nationalité (Ord. 60-064)")]
    y = 68
    for a, b in rows:
        tx(sh, 22, y, a, font=NSN, size=9)
        tx(sh, 92, y - 0.2, b, font=CPR, size=fit(b, 100, CPR, 10.5))
        sh.rule(92, y + 5, 192, y + 5, width_mm=0.12, color=LGREY)
        y += 10
    y += 8
    tx(sh, 100, y, f"Antananarivo, {dnum(issued, '/')}", font=NSN, size=9.5)
    tx(sh, 100, y + 6, "Ny Filoha / Le Président du Tribunal", font=NSN, size=9)
    sign(sh, 110, y + 12, rng, color=INK_BLUE)
    stamp(sh, 148, y + 6, ["TRIBONALY", "ANTANANARIVO", "MADAGASIKARA"], rng, color=ST_VIOLET, size=28)
    return [turned(sh, 180)]


_id._register("nationality-bfa-tgi-proza-palatino-handtekening-naast-titel-43", "nationality-certificate", PART, "fr",
              nationality_bfa, country="BFA", notes="Burkinabè court's certificate of nationality in prose")
_id._register("nationality-mdg-tpi-genummerde-rubrieken-courier-fiscale-zegel-ondersteboven-43",
              "nationality-certificate", PART, "fr", nationality_mdg, country="MDG",
              notes="Malagasy certificate of nationality, numbered rubrics, copied upside down")


# --------------------------------------------------------------------------- embassy identity certificates

def idcert_bfa(person: Person, rng, *, issue_date=None, declarative=False, **opts):
    """Identity attestation of the Burkinabè embassy in Brussels: a card-like frame in the upper half, the photo
    in the frame's top right with the embassy's dry seal over its corner, values on dotted lines, the consul's
    signature below the label; the declarative variant says it rests on the holder's statements."""
    issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(20, 500)))
    sh = Sheet()
    box(sh, 16, 14, 178, 150, lw=0.8, color=(30, 90, 50))
    box(sh, 18, 16, 174, 146, lw=0.25, color=(30, 90, 50))
    coat(sh, 24, 20, 14, rng, color=(30, 90, 50))
    tx(sh, 42, 21, "AMBASSADE DU BURKINA FASO", font=GOTH_B, size=11, color=(30, 90, 50))
    tx(sh, 42, 27, "près le Royaume de Belgique - Bruxelles", font=GOTH, size=8.5)
    tx(sh, 42, 31.5, "Section consulaire", font=GOTH, size=8.5)
    tx(sh, 95, 44, "ATTESTATION D'IDENTITÉ", font=GOTH_B, size=14, anchor="center")
    sh.photo(150, 40, 32, 40, rng)
    stamp(sh, 166, 66, ["AMBASSADE", "BURKINA FASO"], rng, color=(150, 150, 150), size=22)
    rows = [("Nom", person.surname.upper()), ("Prénoms", person.given_names),
            ("Date de naissance", dnum(person.birth_date, "/")), ("Lieu de naissance", f"{person.birth_place} (Burkina Faso)"),
            ("Filiation", f"{person.father or '...'} et {person.mother or '...'}"), ("Nationalité", "Burkinabè"),
            ("Adresse en Belgique", "voir dossier consulaire")]
    y = 56
    for a, b in rows:
        tx(sh, 24, y, a, font=GOTH, size=9)
        dotted(sh, 62, 146 if y < 84 else 186, y + 4.4)
        tx(sh, 63, y - 0.3, b, font=CPS, size=fit(b, (146 if y < 84 else 186) - 64, CPS, 10))
        y += 9
    txt = ("La présente attestation est établie au vu du passeport et de l'extrait d'acte de naissance de "
           "l'intéressé(e), présentés à la section consulaire.")
    if declarative:
        txt = ("La présente attestation est établie sur la seule base des déclarations de l'intéressé(e), qui ne "
               "dispose d'aucun document d'identité.")
    y = para(sh, 24, y + 2, 160, txt, font=GOTH, size=9, lead=1.4) + 6
    tx(sh, 24, y, f"Bruxelles, le {dlong(issued, 'fr')}", font=GOTH, size=9.5)
    tx(sh, 120, y, "Le Consul", font=GOTH_B, size=9.5)
    sign(sh, 118, y + 5, rng, color=INK_NAVY)
    stamp(sh, 150, y - 2, ["AMBASSADE DU BURKINA FASO", "SECTION CONSULAIRE", "BRUXELLES"], rng, color=ST_BLUE, size=28)
    return [sh]


def idcert_mdg(person: Person, rng, *, issue_date=None, declarative=False, **opts):
    """Identity certificate of the Malagasy embassy, a letter-like page: bilingual heading, the photo stapled at
    the top left with a staple's shadow, the text in Caladea, the signature above the consul's typed name at the
    end, stamped across the photo's edge; phone photo of the page on a desk."""
    issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(20, 500)))
    sh = Sheet()
    tx(sh, 194, 14, "AMBASSADE DE MADAGASCAR", font=CAL_B, size=12, anchor="right")
    tx(sh, 194, 20, "Masoivohon'i Madagasikara - Bruxelles", font=CAL_I, size=9, anchor="right")
    tx(sh, 194, 25, "Avenue de Tervueren 276, 1150 Bruxelles", font=CAL, size=8.5, anchor="right", color=GREY)
    sh.photo(20, 16, 30, 38, rng)
    staple(sh, 22, 14, rng, 9)
    stamp(sh, 38, 40, ["AMBASSADE", "MADAGASCAR"], rng, color=ST_BLUE, size=20)
    tx(sh, 105, 66, "CERTIFICAT D'IDENTITÉ", font=CAL_B, size=15, anchor="center")
    tx(sh, 105, 73, "Fanamarinana ny maha-izy azy", font=CAL_I, size=10, anchor="center")
    e = "" if person.sex == "M" else "e"
    body = (f"Le Consul de la République de Madagascar à Bruxelles certifie que {('Monsieur' if not e else 'Madame')} "
            f"{person.surname.upper()} {person.given_names}, né{e} le {dlong(person.birth_date, 'fr')} à "
            f"{person.birth_place} (Madagascar), {'fils' if not e else 'fille'} de {person.father or '...'} et de "
            f"{person.mother or '...'}, de nationalité malgache, est la personne dont la photographie est apposée "
            f"ci-dessus.")
    body += (" Le présent certificat est délivré sur la base des seules déclarations de l'intéressé" + e + "." if declarative
             else f" Ce certificat est délivré au vu de la copie d'acte de naissance n° {_act_no(person, 'birth')} et de "
                  f"la carte d'identité nationale de l'intéressé{e}.")
    y = para(sh, 24, 86, 162, body, font=CAL, size=11, lead=1.5, align="justify") + 8
    y = para(sh, 24, y, 162, "En foi de quoi le présent certificat lui est délivré pour servir et valoir ce que de droit.",
             font=CAL, size=11) + 10
    tx(sh, 120, y, f"Bruxelles, le {dnum(issued, '/')}", font=CAL, size=10.5)
    sign(sh, 124, y + 6, rng, color=INK_BLUE)
    tx(sh, 120, y + 24, rng.choice(["R. Andrianarisoa", "H. Rakotomalala", "F. Randriamanantena"]), font=CAL, size=10.5)
    tx(sh, 120, y + 29, "Consul", font=CAL_I, size=10)
    stamp(sh, 84, y + 4, ["AMBASSADE DE MADAGASCAR", "CONSULAT", "BRUXELLES"], rng, color=ST_VIOLET, size=28)
    return [on_desk(sh, rng)]


_id._register("idcert-bfa-ambassade-kaartkader-foto-droogstempel-stippellijnen-43", "identity-certificate", PART, "fr",
              idcert_bfa, country="BFA", photo=True, notes="Burkinabè embassy identity attestation in a frame")
_id._register("idcert-mdg-ambassade-brief-foto-geniet-caladea-tafelfoto-43", "identity-certificate", PART, "fr",
              idcert_mdg, country="MDG", photo=True, notes="Malagasy embassy identity certificate, phone photo")


# --------------------------------------------------------------------------- sworn translations

def _src_facts(person: Person, of_type: str, father=None, mother=None) -> list[tuple[str, str, str]]:
    """(Dutch caption, French caption, value) of what the translated act says."""
    fa, mo = _parents(person, father, mother)
    r = random.Random(seed_of(person.surname, person.birth_date, "tr"))
    kimlik = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(10))
    return [("Identiteitsnummer", "Numéro d'identité", kimlik), ("Familienaam", "Nom", person.surname.upper()),
            ("Voornaam", "Prénom", person.given_names.upper()), ("Naam vader", "Nom du père", fa.split()[0]),
            ("Naam moeder", "Nom de la mère", mo.split()[0]), ("Geboorteplaats", "Lieu de naissance", person.birth_place),
            ("Geboortedatum", "Date de naissance", dnum(person.birth_date, ".")),
            ("Geslacht", "Sexe", ("mannelijk" if person.sex == "M" else "vrouwelijk") + " / " +
             ("masculin" if person.sex == "M" else "féminin")),
            ("Burgerlijke staat", "État civil", "ongehuwd / célibataire")]


def translation_be_fr(person: Person, rng, *, issue_date=None, of_type="birth-certificate", source_lang="tr",
                      father=None, mother=None, **opts):
    """Traduction jurée into French by a translator sworn at the Liège court: the heading 'TRADUCTION' with the
    source language, the act rendered as a two-column list, bracketed translator's notes ([cachet], [signature
    illisible]), then the translator's oath formula, signature and round stamp beside it; two pages when the
    note on the barcode runs over."""
    issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(10, 90)))
    tr = rng.choice([("Nathalie", "Fontaine"), ("Murat", "Yıldız"), ("Elif", "Demir"), ("Marc", "Leclercq")])
    sh = Sheet()
    tx(sh, 18, 14, f"{tr[0]} {tr[1]}", font=NRM_B, size=11)
    tx(sh, 18, 19, "Traducteur-interprète juré près le Tribunal de première instance de Liège", font=NRM_I, size=8.5)
    tx(sh, 18, 23.5, "Langues : turc - français - néerlandais", font=NRM, size=8.5, color=GREY)
    tx(sh, 105, 40, "TRADUCTION", font=NRM_B, size=15, anchor="center", sp=1.2)
    tx(sh, 105, 47, "du turc en français" if source_lang == "tr" else f"de la langue {source_lang} en français",
       font=NRM_I, size=10, anchor="center")
    y = 60
    tx(sh, 22, y, "[Armoiries] RÉPUBLIQUE DE TURQUIE - MINISTÈRE DE L'INTÉRIEUR", font=NRM_B, size=10)
    tx(sh, 22, y + 5.5, "Direction générale de la population et de la nationalité", font=NRM, size=10)
    tx(sh, 22, y + 13, "EXTRAIT D'ENREGISTREMENT DE NAISSANCE" if of_type == "birth-certificate" else
       "EXTRAIT D'ACTE", font=NRM_B, size=11)
    y += 24
    for _nl, fr, v in _src_facts(person, of_type, father, mother):
        tx(sh, 26, y, fr + " :", font=NRM, size=10.5)
        tx(sh, 90, y, v, font=NRM, size=10.5)
        y += 6.6
    y += 4
    y = para(sh, 22, y, 166, "[Code de vérification et code-barres] [Apostille de la Convention de La Haye du "
             "5 octobre 1961, apposée par le gouvernorat : cachet et signature]", font=NRM_I, size=9.5) + 10
    y = para(sh, 22, y, 166, "Je soussigné(e), traducteur juré, certifie que la présente traduction est conforme à "
             "l'original rédigé en langue turque qui m'a été présenté. Pour traduction sincère et fidèle.",
             font=NRM, size=10.5, lead=1.45) + 6
    tx(sh, 22, y, f"Liège, le {dlong(issued, 'fr')}", font=NRM, size=10.5)
    sign(sh, 110, y - 4, rng, color=INK_BLUE)
    stamp(sh, 150, y - 10, ["TRADUCTEUR JURÉ", f"{tr[0][0]}. {tr[1].upper()}", "LIÈGE"], rng, color=ST_BLUE, size=30)
    return [sh]


def translation_nl(person: Person, rng, *, issue_date=None, of_type="birth-certificate", source_lang="tr",
                   father=None, mother=None, **opts):
    """Dutch sworn translation (beëdigd vertaler, Rbtv number) laid out as a letter: address block at the top
    right, 'Vertaling uit het Turks', the act's captions in italics with the values in roman, running text for
    the barcode note, the statement, stamp over the end of the text and the signature at the bottom left."""
    issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(10, 90)))
    tr = rng.choice([("Ayşe", "Kaya"), ("Hendrik", "Bos"), ("Selin", "Aksoy"), ("Joost", "Brouwer")])
    rbtv = rng.randint(10000, 99999)
    city = rng.choice(["Utrecht", "Rotterdam", "Den Haag", "Arnhem"])
    sh = Sheet()
    for i, s in enumerate([f"{tr[0]} {tr[1]}", "beëdigd vertaler Turks-Nederlands", f"Rbtv-nummer {rbtv}", city]):
        tx(sh, 194, 14 + i * 4.6, s, font=CAR_B if i == 0 else CAR, size=9.5, anchor="right")
    tx(sh, 20, 42, "VERTALING UIT HET TURKS", font=CAR_B, size=13)
    tx(sh, 20, 48, "Brontekst: Doğum Kayıt Örneği (uittreksel geboorteregistratie)", font=CAR_I, size=9.5, color=GREY)
    y = 60
    tx(sh, 20, y, "Republiek Turkije - Ministerie van Binnenlandse Zaken", font=CAR_B, size=10.5)
    tx(sh, 20, y + 5.5, "Directoraat-generaal Bevolkings- en Burgerzaken", font=CAR, size=10.5)
    y += 15
    for nl, _fr, v in _src_facts(person, of_type, father, mother):
        tx(sh, 24, y, nl + ":", font=CAR_I, size=10.5)
        tx(sh, 78, y, v, font=CAR, size=10.5)
        y += 6.2
    y += 6
    y = para(sh, 20, y, 170, "[Onderaan het document: verificatiecode en streepjescode, en een apostille volgens het "
             "Haags Verdrag van 5 oktober 1961 van het gouvernement, met stempel en handtekening.]", font=CAR_I,
             size=9.5) + 8
    y = para(sh, 20, y, 170, "Ondergetekende, beëdigd vertaler, verklaart dat deze vertaling een getrouwe en volledige "
             "weergave is van het haar/hem voorgelegde document in de Turkse taal.", font=CAR, size=10.5, lead=1.4) + 8
    tx(sh, 20, y, f"{city}, {dlong(issued, 'nl')}", font=CAR, size=10.5)
    sign(sh, 20, y + 5, rng, color=INK_BLACK)
    stamp(sh, 54, y - 16, ["BEËDIGD VERTALER", f"{tr[0]} {tr[1]}", f"RBTV {rbtv}"], rng, shape="rect", color=ST_BLUE,
          size=40)
    return [sh]


_id._register("translation-be-luik-frans-twee-kolommen-noten-tussen-haken-stempel-naast-handtekening-43",
              "translation", PART, "fr", translation_be_fr, country="BEL",
              notes="Belgian sworn translation into French (Liège), bracketed notes")
_id._register("translation-nl-rbtv-briefvorm-cursieve-bijschriften-stempel-over-tekst-43", "translation", PART, "nl",
              translation_nl, country="NLD", notes="Dutch sworn translation (Rbtv), letter layout")
