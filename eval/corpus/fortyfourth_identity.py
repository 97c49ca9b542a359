"""Identity and civil-status families of the `fortyfourth` part (registered in identity.FAMILIES), and the drawing
kit (faces, pens, dates, stamps, copy habits) that this part's 9ter and IND modules share.

Written by a writer who saw neither the validator nor its output, from the seeds, rules.md and how such papers look
in Belgian and Dutch files.  Each family's layout, wording and copy habit is described in its function's docstring
only (the part is read blind).  The part's applicants come from Côte d'Ivoire, Rwanda and Syria (and, for the one
IND rule that needs it, Suriname); a Turkish register extract serves the applicants born in Türkiye, and Belgian
civil-status extracts, a Dutch residence card and two sworn translations complete the set.
"""

from __future__ import annotations

import datetime
import math
import random
import zlib

from PIL import Image, ImageChops, ImageDraw

from . import identity as _id
from . import mrz as M
from .paper import Sheet, text_width_mm
from .people import MONTHS, Person, strip_accents

PART = "fortyfourth"
D = datetime.date
TODAY = D(2026, 12, 1)

# --------------------------------------------------------------------------- faces
_O = "/usr/share/fonts/opentype"
_T = "/usr/share/fonts/truetype"
SER, SER_B, SER_I = (f"{_T}/dejavu/DejaVuSerif.ttf", f"{_T}/dejavu/DejaVuSerif-Bold.ttf",
                     f"{_T}/dejavu/DejaVuSerif-Italic.ttf")
SERC, SERC_B, SERC_I = (f"{_T}/dejavu/DejaVuSerifCondensed.ttf", f"{_T}/dejavu/DejaVuSerifCondensed-Bold.ttf",
                        f"{_T}/dejavu/DejaVuSerifCondensed-Italic.ttf")
DJS, DJS_B, DJS_O = (f"{_T}/dejavu/DejaVuSans.ttf", f"{_T}/dejavu/DejaVuSans-Bold.ttf",
                     f"{_T}/dejavu/DejaVuSans-Oblique.ttf")
DJC, DJC_B = f"{_T}/dejavu/DejaVuSansCondensed.ttf", f"{_T}/dejavu/DejaVuSansCondensed-Bold.ttf"
DJM, DJM_B = f"{_T}/dejavu/DejaVuSansMono.ttf", f"{_T}/dejavu/DejaVuSansMono-Bold.ttf"
LMO, LMO_B = f"{_T}/liberation/LiberationMono-Regular.ttf", f"{_T}/liberation/LiberationMono-Bold.ttf"
LSA, LSA_B, LSA_I = (f"{_T}/liberation/LiberationSans-Regular.ttf", f"{_T}/liberation/LiberationSans-Bold.ttf",
                     f"{_T}/liberation/LiberationSans-Italic.ttf")
LSN, LSN_B, LSN_I = (f"{_T}/liberation/LiberationSansNarrow-Regular.ttf",
                     f"{_T}/liberation/LiberationSansNarrow-Bold.ttf",
                     f"{_T}/liberation/LiberationSansNarrow-Italic.ttf")
LSE, LSE_B, LSE_I = (f"{_T}/liberation/LiberationSerif-Regular.ttf", f"{_T}/liberation/LiberationSerif-Bold.ttf",
                     f"{_T}/liberation/LiberationSerif-Italic.ttf")
FMO, FMO_B = f"{_T}/freefont/FreeMono.ttf", f"{_T}/freefont/FreeMonoBold.ttf"
FSE, FSE_B, FSE_I = f"{_T}/freefont/FreeSerif.ttf", f"{_T}/freefont/FreeSerifBold.ttf", f"{_T}/freefont/FreeSerifItalic.ttf"
FSA, FSA_B, FSA_O = f"{_T}/freefont/FreeSans.ttf", f"{_T}/freefont/FreeSansBold.ttf", f"{_T}/freefont/FreeSansOblique.ttf"
CAR, CAR_B, CAR_I = (f"{_T}/crosextra/Carlito-Regular.ttf", f"{_T}/crosextra/Carlito-Bold.ttf",
                     f"{_T}/crosextra/Carlito-Italic.ttf")
CAL, CAL_B, CAL_I = (f"{_T}/crosextra/Caladea-Regular.ttf", f"{_T}/crosextra/Caladea-Bold.ttf",
                     f"{_T}/crosextra/Caladea-Italic.ttf")
GOT, GOT_B, GOT_O = (f"{_O}/urw-base35/URWGothic-Book.otf", f"{_O}/urw-base35/URWGothic-Demi.otf",
                     f"{_O}/urw-base35/URWGothic-BookOblique.otf")
BKM, BKM_B, BKM_I, BKM_BI = (f"{_O}/urw-base35/URWBookman-Light.otf", f"{_O}/urw-base35/URWBookman-Demi.otf",
                             f"{_O}/urw-base35/URWBookman-LightItalic.otf", f"{_O}/urw-base35/URWBookman-DemiItalic.otf")
CEN, CEN_B, CEN_I, CEN_BI = (f"{_O}/urw-base35/C059-Roman.otf", f"{_O}/urw-base35/C059-Bold.otf",
                             f"{_O}/urw-base35/C059-Italic.otf", f"{_O}/urw-base35/C059-BdIta.otf")
PAL, PAL_B, PAL_I = (f"{_O}/urw-base35/P052-Roman.otf", f"{_O}/urw-base35/P052-Bold.otf",
                     f"{_O}/urw-base35/P052-Italic.otf")
NRM, NRM_B, NRM_I = (f"{_O}/urw-base35/NimbusRoman-Regular.otf", f"{_O}/urw-base35/NimbusRoman-Bold.otf",
                     f"{_O}/urw-base35/NimbusRoman-Italic.otf")
NSN, NSN_B, NSN_I = (f"{_O}/urw-base35/NimbusSans-Regular.otf", f"{_O}/urw-base35/NimbusSans-Bold.otf",
                     f"{_O}/urw-base35/NimbusSans-Italic.otf")
NAR, NAR_B, NAR_O = (f"{_O}/urw-base35/NimbusSansNarrow-Regular.otf", f"{_O}/urw-base35/NimbusSansNarrow-Bold.otf",
                     f"{_O}/urw-base35/NimbusSansNarrow-Oblique.otf")
NMO, NMO_B = f"{_O}/urw-base35/NimbusMonoPS-Regular.otf", f"{_O}/urw-base35/NimbusMonoPS-Bold.otf"
CPR, CPR_B = f"{_O}/courier-prime/Courier Prime.otf", f"{_O}/courier-prime/Courier Prime Bold.otf"
CPC, CPC_I = f"{_O}/courier-prime/Courier Prime Code.otf", f"{_O}/courier-prime/Courier Prime Code Italic.otf"
CPS, CPS_B = f"{_O}/courier-prime/Courier Prime Sans.otf", f"{_O}/courier-prime/Courier Prime Sans Bold.otf"
OCR = f"{_T}/dejavu/DejaVuSansMono.ttf"
# pens
P_DKG, P_DKG_I, P_DKG_B, P_DKG_BI = (f"{_T}/fifthhorseman/dkg.ttf", f"{_T}/fifthhorseman/dkgIt.ttf",
                                     f"{_T}/fifthhorseman/dkgBd.ttf", f"{_T}/fifthhorseman/dkgBI.ttf")
P_BREIP, P_BREIP2 = f"{_T}/breip/Breip.ttf", f"{_T}/breip/breipfont.ttf"
P_CHANC = f"{_O}/urw-base35/Z003-MediumItalic.otf"
P_CAPS = f"{_T}/humor-sans/Humor-Sans.ttf"
P_KRISTI = f"{_T}/kristi/Kristi.ttf"

BLACK, INK, MID, PALE = (0, 0, 0), (30, 30, 34), (100, 100, 104), (168, 168, 172)
BLUE_PEN, BLACK_PEN, GREEN_PEN, VIOLET_PEN = (26, 44, 140), (28, 28, 34), (18, 90, 60), (70, 40, 130)
S_BLUE, S_PURPLE, S_RED, S_GREEN, S_GREY, S_BROWN = ((50, 70, 175), (105, 55, 150), (185, 40, 50), (35, 115, 75),
                                                     (90, 90, 96), (120, 70, 40))

# --------------------------------------------------------------------------- glyphs the faces lack
_COVER: dict[str, set | None] = {}
_REPL = {"–": "-", "—": "-", "’": "'", "‘": "'", "“": '"', "”": '"', "„": '"', "…": "...", "€": "EUR", "°": "o",
         "·": ".", "İ": "I", "ı": "i", "ş": "s", "Ş": "S", "ğ": "g", "Ğ": "G", "œ": "oe", "Œ": "OE", "µ": "u",
         "≥": ">=", "≤": "<=", "×": "x", "²": "2", "✓": "v", "☐": "[ ]", "☒": "[X]", "•": "-", "■": "#", "□": "o"}


def fit_glyphs(s: str, font: str) -> str:
    """What the face can draw of ``s`` (missing glyphs replaced or left out)."""
    if font not in _COVER:
        try:
            from fontTools.ttLib import TTFont
            _COVER[font] = set(TTFont(font, lazy=True).getBestCmap().keys())
        except (OSError, ImportError, KeyError, AttributeError):
            _COVER[font] = None
    cov = _COVER[font]
    if not cov:
        return str(s)
    out = []
    for ch in str(s):
        if ch == "\n" or ord(ch) in cov:
            out.append(ch)
            continue
        rep = _REPL.get(ch) or strip_accents(ch)
        out.append(rep if rep and all(ord(x) in cov for x in rep) else "")
    return "".join(out)


# --------------------------------------------------------------------------- writing on a sheet

def put(sh: Sheet, x, y, s, *, f=NSN, pt=9.0, c=BLACK, a="left", sp=0.0) -> float:
    """One line (y = its top); returns the width in mm."""
    return sh.text(x, y, fit_glyphs(s, f), font=f, size_pt=pt, color=c, anchor=a, letter_spacing=sp)


def width(s, f=NSN, pt=9.0) -> float:
    return text_width_mm(fit_glyphs(s, f), f, pt)


def block(sh: Sheet, x, y, w, s, *, f=NRM, pt=10.0, lead=1.35, align="left", c=BLACK) -> float:
    """Wrapped text; returns the y under it."""
    return sh.paragraph(x, y, w, fit_glyphs(s, f), font=f, size_pt=pt, leading=lead, align=align, color=c)


def shrink(s, w, f, pt, lo=5.5) -> float:
    """The largest size (<= pt) at which s fits in w mm."""
    while pt > lo and width(s, f, pt) > w:
        pt -= 0.25
    return pt


def write(sh: Sheet, x, y, s, rng, *, f=P_DKG, pt=12.0, c=BLUE_PEN, w=None, caps=False) -> float:
    """A handwritten entry (shrunk to w mm when given)."""
    s = str(s)
    if caps:
        s = strip_accents(s).upper()
    s = fit_glyphs(s, f)
    if not s.strip():
        return 0.0
    if w:
        while pt > 7 and width(s, f, pt) * 1.17 > w:
            pt -= 0.5
    return sh.handwriting(x, y, s, rng, size_pt=pt, color=c, font=f)


def write_lines(sh: Sheet, x, y, w, s, rng, *, f=P_DKG, pt=11.0, lh=6.0, c=BLUE_PEN, n=12, caps=False) -> float:
    if caps:
        s = strip_accents(s).upper()
    for ln in sh.wrap(fit_glyphs(s, f), w * 0.83, font=f, size_pt=pt)[:n]:
        write(sh, x + rng.uniform(-0.4, 0.5), y + rng.uniform(-0.3, 0.3), ln, rng, f=f, pt=pt, c=c)
        y += lh
    return y


def sig(sh: Sheet, x, y, rng, *, w=None, h=None, c=BLUE_PEN, style=None) -> None:
    sh.signature(x, y, w or rng.uniform(34, 50), h or rng.uniform(10, 15), rng, color=c, style=style)


def seal(sh: Sheet, x, y, lines, rng, *, shape="round", c=S_BLUE, mm=30.0, angle=None):
    return sh.stamp(x, y, [fit_glyphs(s, NSN_B) for s in lines], rng, shape=shape, color=c, size_mm=mm, angle=angle)


def frame(sh: Sheet, x, y, w, h, *, lw=0.25, c=BLACK, fill=None) -> None:
    sh.rect(x, y, w, h, width_mm=lw, color=c, fill=fill)


def flat(sh: Sheet, x, y, w, h, c) -> None:
    sh.rect(x, y, w, h, width_mm=0, color=c, fill=c)


def dots(sh: Sheet, x1, x2, y, c=PALE) -> None:
    sh.rule(x1, y, x2, y, width_mm=0.17, color=c, dash=0.4)


def glow(sh: Sheet, x, y, w, h=4.4, c=(255, 236, 90)) -> None:
    """A highlighter stroke (multiplied over the text)."""
    img = Image.new("RGBA", (max(4, int(w * 4)), max(4, int(h * 4))), c + (255,))
    sh.image(x, y, w, h, img, blend="multiply")


def crc(*parts) -> int:
    return zlib.crc32("|".join(str(p) for p in parts).encode("utf-8"))


def checkmark(sh: Sheet, x, y, size, rng, *, c=BLUE_PEN) -> None:
    """A hand-drawn tick (not a cross) in a box at (x, y)."""
    n = int(size * 40)
    img = Image.new("RGBA", (n, n), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    j = lambda: rng.uniform(-0.06, 0.06) * n  # noqa: E731
    d.line([(0.12 * n + j(), 0.55 * n + j()), (0.42 * n + j(), 0.88 * n + j()), (0.95 * n + j(), 0.05 * n + j())],
           fill=c + (255,), width=max(2, n // 9), joint="curve")
    sh.image(x - size * 0.1, y - size * 0.25, size * 1.25, size * 1.25, img, blend="multiply")


def tickbox(sh: Sheet, x, y, size, on: bool, rng=None, *, c=BLUE_PEN, round_=False, typed=False) -> None:
    """An option box; on: a hand tick (rng given), a typed X (typed), or a filled disc (round_)."""
    if round_:
        n = 64
        img = Image.new("RGBA", (n, n), (0, 0, 0, 0))
        d = ImageDraw.Draw(img)
        d.ellipse([3, 3, n - 3, n - 3], outline=(40, 40, 40, 255), width=4)
        if on:
            d.ellipse([16, 16, n - 16, n - 16], fill=(c if not typed else (20, 20, 20)) + (255,))
        sh.image(x, y, size, size, img)
        return
    frame(sh, x, y, size, size, lw=0.25)
    if on:
        if typed or rng is None:
            put(sh, x + size / 2, y - size * 0.12, "X", f=LSA_B, pt=size * 2.5, a="center")
        else:
            checkmark(sh, x, y, size, rng, c=c)


# --------------------------------------------------------------------------- dates

def d_num(d: D, sep: str = ".", zero: bool = True, short_year: bool = False) -> str:
    y = f"{d.year % 100:02d}" if short_year else str(d.year)
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{y}" if zero else f"{d.day}{sep}{d.month}{sep}{y}"


def d_long(d: D, lang: str) -> str:
    """14 juli 1982 / le 1er mars 2026 (without 'le') / 3. März 2026 / 14 July 1982 / 14 Temmuz 1982."""
    m = MONTHS[lang if lang in MONTHS else "en"][d.month - 1]
    if lang == "fr":
        return f"{'1er' if d.day == 1 else d.day} {m} {d.year}"
    if lang == "de":
        return f"{d.day}. {m} {d.year}"
    return f"{d.day} {m} {d.year}"


M3 = {"fr": ["JANV", "FÉVR", "MARS", "AVR", "MAI", "JUIN", "JUIL", "AOÛT", "SEPT", "OCT", "NOV", "DÉC"],
      "en": ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"],
      "nl": ["JAN", "FEB", "MRT", "APR", "MEI", "JUN", "JUL", "AUG", "SEP", "OKT", "NOV", "DEC"]}


def d_abbr(d: D, lang: str = "en", sep: str = " ") -> str:
    return f"{d.day:02d}{sep}{M3[lang][d.month - 1]}{sep}{d.year}"


_U = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "treize",
      "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf"]
_DZ = {20: "vingt", 30: "trente", 40: "quarante", 50: "cinquante", 60: "soixante"}


def fr_words(n: int) -> str:
    """French number words (to 2099), as civil-status acts write dates out."""
    if n < 20:
        return _U[n]
    if n < 70:
        t, u = (n // 10) * 10, n % 10
        return _DZ[t] + ("" if u == 0 else (" et un" if u == 1 else "-" + _U[u]))
    if n < 80:
        return "soixante" + (" et onze" if n == 71 else "-" + _U[n - 60])
    if n < 100:
        return "quatre-vingt" + ("s" if n == 80 else "-" + _U[n - 80])
    if n < 1000:
        h, r = divmod(n, 100)
        head = "cent" if h == 1 else _U[h] + " cent" + ("s" if r == 0 else "")
        return head + ("" if r == 0 else " " + fr_words(r))
    th, r = divmod(n, 1000)
    return ("mille" if th == 1 else fr_words(th) + " mille") + ("" if r == 0 else " " + fr_words(r))


def fr_date_words(d: D) -> str:
    return f"{'premier' if d.day == 1 else fr_words(d.day)} {MONTHS['fr'][d.month - 1]} {fr_words(d.year)}"


def span(rng: random.Random, issue, expiry, years: int, back=(60, 2200)):
    if issue is None:
        issue = TODAY - datetime.timedelta(days=rng.randint(*back))
    if expiry is None:
        try:
            expiry = issue.replace(year=issue.year + years) - datetime.timedelta(days=1)
        except ValueError:
            expiry = issue + datetime.timedelta(days=365 * years)
    return issue, expiry


# --------------------------------------------------------------------------- copy habits (raster)

def bake(sh: Sheet, dpi: int = 200) -> Image.Image:
    return sh.render(dpi)


def sheet_of(img: Image.Image, w: float = 210.0, h: float = 297.0, paper: str = "white") -> Sheet:
    out = Sheet(w, h, paper=paper)
    out.image(0, 0, w, h, img)
    return out


def quarter(sh: Sheet, deg: int, dpi: int = 200) -> Sheet:
    """The page as it lay turned on the glass (90 / 180 / 270 degrees counter-clockwise)."""
    img = bake(sh, dpi).transpose({90: Image.ROTATE_90, 180: Image.ROTATE_180, 270: Image.ROTATE_270}[deg])
    w, h = (sh.height_mm, sh.width_mm) if deg in (90, 270) else (sh.width_mm, sh.height_mm)
    return sheet_of(img, w, h)


def askew(sh: Sheet, angle: float, dpi: int = 200, fill=(255, 255, 255)) -> Sheet:
    img = bake(sh, dpi).rotate(angle, resample=Image.BILINEAR, expand=False, fillcolor=fill)
    return sheet_of(img, sh.width_mm, sh.height_mm)


def crumpled(sh: Sheet, rng: random.Random, dpi: int = 200, creases: int = 9) -> Sheet:
    """Paper that was crumpled in a bag and smoothed out again: creases as thin light/dark lines and patchy
    shading."""
    img = bake(sh, dpi)
    W, H = img.size
    d = ImageDraw.Draw(img, "RGBA")
    for _ in range(creases):
        x0, y0 = rng.uniform(-0.1, 1.1) * W, rng.uniform(-0.1, 1.1) * H
        a = rng.uniform(0, math.pi)
        L = rng.uniform(0.3, 0.9) * max(W, H)
        pts = []
        for k in range(7):
            t = k / 6
            pts.append((x0 + math.cos(a) * L * t + rng.uniform(-14, 14), y0 + math.sin(a) * L * t + rng.uniform(-14, 14)))
        d.line(pts, fill=(90, 86, 80, 70), width=2)
        d.line([(x + 3, y + 3) for x, y in pts], fill=(255, 255, 255, 90), width=2)
    small = Image.new("L", (max(2, W // 90), max(2, H // 90)))
    small.putdata([rng.randint(238, 255) for _ in range(small.width * small.height)])
    shade = small.resize((W, H), Image.BICUBIC)
    img = ImageChops.multiply(img, Image.merge("RGB", (shade, shade, shade)))
    return sheet_of(img, sh.width_mm, sh.height_mm)


def dog_ear(sh: Sheet, rng: random.Random, corner: str = "tr", size_mm: float = 22.0, dpi: int = 200) -> Sheet:
    """A corner folded over before copying: the corner shows the grey back of the paper and a shadow line."""
    img = bake(sh, dpi)
    W, H = img.size
    s = int(size_mm / 25.4 * dpi * rng.uniform(0.85, 1.15))
    d = ImageDraw.Draw(img, "RGBA")
    if corner == "tr":
        tri = [(W - s, 0), (W, 0), (W, s)]
        flap = [(W - s, 0), (W, s), (W - s, s)]
    elif corner == "tl":
        tri = [(0, 0), (s, 0), (0, s)]
        flap = [(s, 0), (0, s), (s, s)]
    elif corner == "br":
        tri = [(W - s, H), (W, H), (W, H - s)]
        flap = [(W - s, H), (W, H - s), (W - s, H - s)]
    else:  # bl
        tri = [(0, H - s), (0, H), (s, H)]
        flap = [(0, H - s), (s, H), (s, H - s)]
    d.polygon(tri, fill=(40, 40, 42, 255))
    d.polygon(flap, fill=(236, 234, 228, 255), outline=(120, 120, 120, 255))
    d.line([flap[0], flap[1]], fill=(70, 70, 70, 200), width=3)
    return sheet_of(img, sh.width_mm, sh.height_mm)


def clipped(sh: Sheet, rng: random.Random, dpi: int = 200) -> Sheet:
    """Copied with a black binder clip still on the top edge (the clip and its shadow over the first lines)."""
    img = bake(sh, dpi)
    W, H = img.size
    k = dpi / 25.4
    cx = int(W * rng.uniform(0.35, 0.65))
    cw, ch = int(32 * k), int(14 * k)
    d = ImageDraw.Draw(img, "RGBA")
    d.rectangle([cx - cw // 2 + 8, 0, cx + cw // 2 + 8, ch + 10], fill=(0, 0, 0, 60))
    d.rounded_rectangle([cx - cw // 2, -10, cx + cw // 2, ch], radius=int(2 * k), fill=(22, 22, 24, 255))
    d.line([(cx - cw // 2 + 6, ch - 6), (cx + cw // 2 - 6, ch - 6)], fill=(90, 90, 95, 255), width=3)
    return sheet_of(img, sh.width_mm, sh.height_mm)


def gutter(sh: Sheet, rng: random.Random, side: str = "left", dpi: int = 200) -> Sheet:
    """The dark band a bound booklet leaves along one edge where it did not lie flat on the glass."""
    img = bake(sh, dpi)
    W, H = img.size
    band = int(W * rng.uniform(0.035, 0.045))
    g = Image.linear_gradient("L").rotate(90 if side == "left" else -90, expand=True).resize((band, H))
    g = g.point(lambda v: int(255 - (255 - v) * 0.6))
    strip = img.crop((0, 0, band, H)) if side == "left" else img.crop((W - band, 0, W, H))
    strip = ImageChops.multiply(strip, Image.merge("RGB", (g, g, g)))
    img.paste(strip, (0, 0) if side == "left" else (W - band, 0))
    return sheet_of(img, sh.width_mm, sh.height_mm)


def faxed(sh: Sheet, rng: random.Random, header: str, dpi: int = 200) -> Sheet:
    """A page that came through a fax machine: bilevel, slightly stretched, the sender's header line on top."""
    img = bake(sh, dpi).convert("L")
    W, H = img.size
    img = img.resize((W, int(H * 0.5)), Image.BILINEAR).resize((W, H), Image.NEAREST)
    img = img.point(lambda v: 255 if v > 165 else 0).convert("RGB")
    out = Sheet(sh.width_mm, sh.height_mm)
    out.image(0, 0, sh.width_mm, sh.height_mm, img)
    put(out, 6, 2.2, header, f=LMO, pt=7.2)
    return sheet_of(bake(out, dpi).convert("L").point(lambda v: 255 if v > 150 else 0).convert("RGB"),
                    sh.width_mm, sh.height_mm)


def show_through(sh: Sheet, rng: random.Random, back_lines: list[str], dpi: int = 200) -> Sheet:
    """Thin paper: the back side's print shows through, mirrored and pale."""
    back = Sheet(sh.width_mm, sh.height_mm)
    y = 30.0
    for s in back_lines:
        put(back, 22, y, s, f=NRM, pt=11)
        y += 7
    bimg = bake(back, dpi).transpose(Image.FLIP_LEFT_RIGHT).convert("L").point(lambda v: 255 - int((255 - v) * 0.14))
    img = ImageChops.multiply(bake(sh, dpi), Image.merge("RGB", (bimg, bimg, bimg)))
    return sheet_of(img, sh.width_mm, sh.height_mm)


def streak(sh: Sheet, rng: random.Random, dpi: int = 200) -> Sheet:
    """A dirty feeder roller: one or two thin vertical grey lines down the whole page."""
    img = bake(sh, dpi)
    W, H = img.size
    d = ImageDraw.Draw(img, "RGBA")
    for _ in range(rng.choice([1, 2])):
        x = int(W * rng.uniform(0.15, 0.85))
        d.line([(x, 0), (x, H)], fill=(60, 60, 60, 110), width=rng.choice([1, 2, 3]))
    return sheet_of(img, sh.width_mm, sh.height_mm)


def toner_fade(sh: Sheet, rng: random.Random, dpi: int = 200) -> Sheet:
    """A pale vertical band where the copier's toner ran low (the text stays readable)."""
    img = bake(sh, dpi)
    W, H = img.size
    x0 = int(W * rng.uniform(0.1, 0.6))
    bw = int(W * rng.uniform(0.12, 0.22))
    band = img.crop((x0, 0, x0 + bw, H)).point(lambda v: 255 - int((255 - v) * 0.55))
    img.paste(band, (x0, 0))
    return sheet_of(img, sh.width_mm, sh.height_mm)


def in_hand(sh: Sheet, rng: random.Random, dpi: int = 170) -> Sheet:
    """A phone photo of the paper lying on a pale checked tablecloth, a thumb holding its right edge, cropped to
    A4."""
    img = bake(sh, dpi)
    W, H = img.size
    cloth = Image.new("RGB", (W, H), rng.choice([(236, 208, 208), (206, 220, 240), (232, 226, 196), (214, 232, 212)]))
    cd = ImageDraw.Draw(cloth)
    step = max(20, W // 14)
    for x in range(0, W, step):
        cd.rectangle([x, 0, x + step // 3, H], fill=(235, 232, 226))
    for y in range(0, H, step):
        cd.rectangle([0, y, W, y + step // 3], fill=(235, 232, 226))
    s = rng.uniform(0.84, 0.9)
    pw, ph = int(W * s), int(H * s)
    ang = rng.uniform(-2.2, 2.2)
    page = img.resize((pw, ph), Image.BILINEAR).rotate(ang, expand=True, fillcolor=(0, 0, 0))
    ox, oy = (W - page.width) // 2 + rng.randint(-12, 12), (H - page.height) // 2 + rng.randint(-12, 12)
    pm = Image.new("L", (pw, ph), 255).rotate(ang, expand=True, fillcolor=0)
    cloth.paste(page, (ox, oy), pm)
    d = ImageDraw.Draw(cloth, "RGBA")
    ty_ = int(H * rng.uniform(0.4, 0.56))
    skin = rng.choice([(205, 160, 125), (150, 100, 70), (110, 72, 48), (225, 185, 150)])
    d.ellipse([W - int(W * 0.07), ty_, W + int(W * 0.06), ty_ + int(H * 0.075)], fill=skin + (255,))
    d.ellipse([W - int(W * 0.055), ty_ + int(H * 0.012), W - int(W * 0.01), ty_ + int(H * 0.05)],
              fill=tuple(min(255, v + 30) for v in skin) + (255,))
    grad = Image.radial_gradient("L").resize((W, H)).point(lambda v: 255 - int(v * 0.22))
    cloth = ImageChops.multiply(cloth, Image.merge("RGB", (grad, grad, grad)))
    return sheet_of(cloth, sh.width_mm, sh.height_mm)


def reduced(sh: Sheet, k: float, rng: random.Random, dpi: int = 200, at: str = "top-left") -> Sheet:
    """Copied at k (e.g. 0.88) onto A4: the whole page smaller, in a corner or centred, the rest white."""
    img = bake(sh, dpi)
    W, H = img.size
    small = img.resize((int(W * k), int(H * k)), Image.LANCZOS)
    out = Image.new("RGB", (W, H), (255, 255, 255))
    if at == "center":
        out.paste(small, ((W - small.width) // 2, (H - small.height) // 2))
    else:
        out.paste(small, (int(W * 0.03), int(H * 0.025)))
    return sheet_of(out, sh.width_mm, sh.height_mm)


def coffee_ring(sh: Sheet, x, y, rng: random.Random, r: float = 15.0) -> None:
    """The brown ring a coffee cup leaves (multiplied over whatever lies under it)."""
    S = 8
    n = int(2 * r * S)
    img = Image.new("RGBA", (n, n), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    for k in range(5):
        rr = r * S - k * 2.5 - rng.uniform(0, 2)
        d.ellipse([r * S - rr, r * S - rr, r * S + rr, r * S + rr], outline=(150, 105, 60, 95 - k * 16), width=3)
    sh.image(x, y, 2 * r, 2 * r, img, blend="multiply")


def certified(sh: Sheet, rng: random.Random, *, x: float, y: float, commune: str, lang: str) -> None:
    """A Belgian commune's 'true copy' certification: a rectangular stamp, the clerk's signature over it and the
    date written in."""
    lines = {"nl": ["VOOR EENSLUIDEND AFSCHRIFT", f"GEMEENTE {commune.upper()}", "DE AMBTENAAR"],
             "fr": ["COPIE CERTIFIÉE CONFORME", f"COMMUNE DE {commune.upper()}", "LE FONCTIONNAIRE DÉLÉGUÉ"]}[lang]
    seal(sh, x, y, lines, rng, shape="rect", c=rng.choice([S_BLUE, S_PURPLE]), mm=46)
    sig(sh, x + 8, y + 4, rng, w=30, h=10, c=BLACK_PEN)
    write(sh, x + 2, y + 19, d_num(TODAY - datetime.timedelta(days=rng.randint(20, 200)), "/"), rng, f=P_DKG,
          pt=10, c=BLACK_PEN)


# --------------------------------------------------------------------------- security print and small marks

def lattice(w_mm: float, h_mm: float, rng: random.Random, bg, ink, k: float = 8.0) -> Image.Image:
    """A passport-style background: a fine diagonal lattice and concentric rings round one point."""
    W, H = int(w_mm * k), int(h_mm * k)
    img = Image.new("RGB", (W, H), bg)
    d = ImageDraw.Draw(img)
    step = int(rng.uniform(3.2, 4.6) * k)
    for x in range(-H, W, step):
        d.line([(x, 0), (x + H, H)], fill=ink, width=1)
        d.line([(x + H, 0), (x, H)], fill=ink, width=1)
    cx, cy = W * rng.uniform(0.55, 0.85), H * rng.uniform(0.3, 0.7)
    for r in range(int(2 * k), int(max(W, H) * 0.9), int(1.6 * k)):
        d.ellipse([cx - r, cy - r * 0.8, cx + r, cy + r * 0.8], outline=ink)
    return img


def emblem(sh: Sheet, x, y, size, rng, kind: str = "star", c=(60, 60, 60)) -> None:
    """A small drawn emblem (not a real coat of arms): a sun, a star in a ring, or an eagle-like chevron."""
    S = 10
    n = int(size * S)
    img = Image.new("RGBA", (n, n), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    col = c + (255,)
    m = n / 2
    if kind == "sun":
        for i in range(16):
            a = i * math.pi / 8
            d.line([(m + math.cos(a) * n * 0.22, m + math.sin(a) * n * 0.22),
                    (m + math.cos(a) * n * 0.46, m + math.sin(a) * n * 0.46)], fill=col, width=max(2, n // 30))
        d.ellipse([m - n * 0.18, m - n * 0.18, m + n * 0.18, m + n * 0.18], fill=col)
    elif kind == "eagle":
        d.polygon([(m, n * 0.12), (n * 0.9, n * 0.45), (m, n * 0.35), (n * 0.1, n * 0.45)], fill=col)
        d.rectangle([m - n * 0.12, n * 0.4, m + n * 0.12, n * 0.85], fill=col)
        d.polygon([(m - n * 0.25, n * 0.85), (m + n * 0.25, n * 0.85), (m, n * 0.95)], fill=col)
    else:
        d.ellipse([n * 0.05, n * 0.05, n * 0.95, n * 0.95], outline=col, width=max(2, n // 25))
        pts = []
        for i in range(10):
            r = n * (0.34 if i % 2 == 0 else 0.14)
            a = -math.pi / 2 + i * math.pi / 5
            pts.append((m + r * math.cos(a), m + r * math.sin(a)))
        d.polygon(pts, fill=col)
    sh.image(x, y, size, size, img, blend="multiply")


def qr_block(sh: Sheet, x, y, size, data: str, cells: int = 21) -> None:
    """A QR-like square (finder squares in three corners, modules from the data's hash)."""
    r = random.Random(crc(data))
    c = size / cells
    for i in range(cells):
        for j in range(cells):
            fin = any(i0 <= i < i0 + 7 and j0 <= j < j0 + 7 for i0, j0 in ((0, 0), (0, cells - 7), (cells - 7, 0)))
            if fin:
                ii, jj = (i if i < 7 else i - (cells - 7)), (j if j < 7 else j - (cells - 7))
                on = ii in (0, 6) or jj in (0, 6) or (2 <= ii <= 4 and 2 <= jj <= 4)
            else:
                on = r.random() < 0.5
            if on:
                flat(sh, x + i * c, y + j * c, c, c, BLACK)


def bars(sh: Sheet, x, y, w, h, data: str) -> None:
    r = random.Random(crc("bars", data))
    xx = x
    while xx < x + w:
        bw = r.choice([0.25, 0.25, 0.5, 0.75])
        flat(sh, xx, y, bw, h, BLACK)
        xx += bw + r.choice([0.25, 0.5, 0.5, 0.75])


def mrz_lines(sh: Sheet, x, y, lines: list[str], *, pitch=2.54, gap=1.8, c=(18, 18, 18)) -> None:
    pt = pitch / 0.602 / (25.4 / 72)
    for i, ln in enumerate(lines):
        sh.text(x, y + i * pitch * gap, ln, font=OCR, size_pt=pt, color=c)


def fiscal(sh: Sheet, x, y, rng, *, text=("TIMBRE", "FISCAL"), value="500 F", c=(150, 40, 60), cancel=True) -> None:
    """A revenue stamp with a perforated edge, cancelled by a pen stroke."""
    w, h = 22, 27
    flat(sh, x, y, w, h, (246, 230, 226))
    for i in range(int(w / 1.6) + 1):
        sh.rule(x + i * 1.6, y, x + i * 1.6, y + 0.7, width_mm=0.5, color=(255, 255, 255))
        sh.rule(x + i * 1.6, y + h - 0.7, x + i * 1.6, y + h, width_mm=0.5, color=(255, 255, 255))
    frame(sh, x + 1.5, y + 1.5, w - 3, h - 3, lw=0.3, c=c)
    for k, t in enumerate(text):
        put(sh, x + w / 2, y + 4 + k * 4, t, f=NSN_B, pt=6.5, c=c, a="center")
    put(sh, x + w / 2, y + 16, value, f=NSN_B, pt=9, c=c, a="center")
    if cancel:
        sig(sh, x - 3, y + 5, rng, w=w + 6, h=14, c=BLACK_PEN, style="zigzag")


# =========================================================================== passports (TD3)

def _pp_no(rng: random.Random, prefix: str, n: int) -> str:
    return prefix + "".join(str(rng.randint(0, 9)) for _ in range(n))


def _mrz3(code: str, person: Person, number: str, expiry: D, break_check, override, personal: str = "") -> list[str]:
    d = dict(surname=person.surname, given=person.given_names, birth_date=person.birth_date,
             nationality=person.nationality, sex=person.sex)
    for k, v in (override or {}).items():
        d["given" if k == "given_names" else k] = v
    return M.td3(issuing=code, surname=d["surname"], given=d["given"], number=d.get("number", number),
                 nationality=d["nationality"], birth_date=d["birth_date"], sex=d["sex"], expiry=expiry,
                 personal_number=personal, break_check=break_check)


def passport_civ(person: Person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None,
                 **opts) -> list[Sheet]:
    """Ivorian ECOWAS e-passport: the data page with each caption at the LEFT of its value on the same line
    (French caption, English in italics under it), dates '14/07/1982', the main photo at the left and a small
    ghost photo at the bottom right; the empty facing visa page copied BELOW the data page; a Belgian commune's
    'copie certifiée conforme' stamp and signature across the visa page; the copy lies 2 degrees crooked."""
    issue, expiry = span(rng, issue_date, expiry_date, 5, (60, 1700))
    number = _pp_no(rng, "2", 1) + "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + \
        "".join(str(rng.randint(0, 9)) for _ in range(6))
    sh = Sheet()
    x0, y0, W, H = 40.0, 22.0, 128.0, 90.0
    sh.image(x0, y0, W, H, lattice(W, H, rng, (238, 236, 222), (214, 200, 170)))
    frame(sh, x0, y0, W, H, lw=0.3, c=(120, 110, 90))
    flat(sh, x0, y0, W, 2.4, (240, 130, 20))
    flat(sh, x0, y0 + 2.4, W, 1.2, (0, 140, 70))
    emblem(sh, x0 + 4, y0 + 5, 9, rng, "sun", c=(160, 110, 30))
    put(sh, x0 + W / 2 + 4, y0 + 5, "RÉPUBLIQUE DE CÔTE D'IVOIRE", f=NSN_B, pt=7.8, a="center", c=INK)
    put(sh, x0 + W / 2 + 4, y0 + 8.6, "REPUBLIC OF CÔTE D'IVOIRE  -  CEDEAO / ECOWAS", f=NSN, pt=5.2, a="center", c=INK)
    put(sh, x0 + W / 2 + 4, y0 + 11.6, "PASSEPORT / PASSPORT", f=NSN_B, pt=6.6, a="center", c=(170, 90, 10))
    sh.photo(x0 + 4, y0 + 17, 29, 37, rng)
    lab, lab2 = dict(f=NSN, pt=4.7, c=(70, 70, 78)), dict(f=NSN_I, pt=4.2, c=(110, 110, 118))
    val = dict(f=NSN_B, pt=7.2)
    rows = [("Type", "Type", "P"), ("Code du pays", "Country code", "CIV"), ("N° de passeport", "Passport No.", number),
            ("Nom", "Surname", person.surname.upper()), ("Prénoms", "Given names", person.given_names.upper()),
            ("Nationalité", "Nationality", "IVOIRIENNE"), ("Date de naissance", "Date of birth",
                                                            d_num(person.birth_date, "/")),
            ("Sexe", "Sex", person.sex), ("Lieu de naissance", "Place of birth", person.birth_place.upper()),
            ("Date de délivrance", "Date of issue", d_num(issue, "/")),
            ("Date d'expiration", "Date of expiry", d_num(expiry, "/")),
            ("Autorité", "Authority", "ONECI / DST ABIDJAN")]
    fx, vx, y = x0 + 37, x0 + 66, y0 + 16.5
    for a, b, v in rows:
        put(sh, fx, y, a, **lab)
        put(sh, fx, y + 2.1, b, **lab2)
        put(sh, vx, y + 0.4, v, f=val["f"], pt=shrink(v, x0 + W - vx - 3, NSN_B, val["pt"]))
        y += 4.85
    ghost = Image.new("RGBA", (60, 74), (0, 0, 0, 0))
    gd = ImageDraw.Draw(ghost)
    gd.ellipse([18, 10, 42, 40], fill=(120, 110, 100, 70))
    gd.ellipse([8, 44, 52, 90], fill=(120, 110, 100, 60))
    sh.image(x0 + W - 17, y0 + H - 34, 12, 15, ghost, blend="multiply")
    sig(sh, x0 + 5, y0 + 56, rng, w=25, h=7, c=BLACK_PEN)
    mrz_lines(sh, x0 + 5, y0 + H - 13.5, _mrz3("CIV", person, number, expiry, break_check, mrz_override))
    # the facing visa page, empty
    y1 = y0 + H + 2
    sh.image(x0, y1, W, H, lattice(W, H, rng, (242, 240, 230), (222, 212, 190)))
    frame(sh, x0, y1, W, H, lw=0.3, c=(140, 130, 110))
    put(sh, x0 + W / 2, y1 + 5, "VISAS", f=NSN_B, pt=8, a="center", c=MID)
    put(sh, x0 + W - 6, y1 + H - 7, "3", f=NSN, pt=7, c=MID, a="right")
    commune = rng.choice(["Schaerbeek", "Ixelles", "Anderlecht", "Saint-Gilles", "Liège", "Namur"])
    certified(sh, rng, x=x0 + 30, y=y1 + 30, commune=commune, lang="fr")
    return [askew(sh, rng.choice([-2.1, -1.7, 1.9, 2.3]))]


def passport_rwa(person: Person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None,
                 **opts) -> list[Sheet]:
    """Rwandan East African e-passport: captions in Kinyarwanda, English and French in one tiny line above each
    value, the photo at the RIGHT, dates as '14 JUL 1982', the national ID number as personal number; an A4 copy of
    the data page, photographed by the client on a checked tablecloth (a thumb at the lower edge) and printed."""
    issue, expiry = span(rng, issue_date, expiry_date, 10, (60, 3000))
    number = "PC" + "".join(str(rng.randint(0, 9)) for _ in range(7))
    nid = "1" + str(person.birth_date.year) + ("8" if person.sex == "M" else "7") + \
        "".join(str(rng.randint(0, 9)) for _ in range(10))
    sh = Sheet()
    x0, y0, W, H = 22.0, 70.0, 166.0, 117.0
    k = W / 125
    sh.image(x0, y0, W, H, lattice(125, 88, rng, (228, 238, 246), (190, 210, 228)))
    frame(sh, x0, y0, W, H, lw=0.35, c=(90, 110, 130))
    flat(sh, x0, y0, W, 3 * k, (0, 120, 190))
    flat(sh, x0, y0 + 3 * k, W, 1.0 * k, (250, 210, 20))
    flat(sh, x0, y0 + 4 * k, W, 1.0 * k, (30, 140, 60))
    put(sh, x0 + 4 * k, y0 + 6 * k, "REPUBULIKA Y'U RWANDA", f=DJC_B, pt=6.6 * k, c=INK)
    put(sh, x0 + 4 * k, y0 + 9.2 * k, "REPUBLIC OF RWANDA  ·  RÉPUBLIQUE DU RWANDA", f=DJC, pt=4.8 * k, c=INK)
    put(sh, x0 + 4 * k, y0 + 12 * k, "PASIPORO · PASSPORT · PASSEPORT", f=DJC_B, pt=5.4 * k, c=(0, 90, 150))
    put(sh, x0 + W - 4 * k, y0 + 6.6 * k, "EAST AFRICAN COMMUNITY", f=DJC, pt=4.4 * k, c=MID, a="right")
    sh.photo(x0 + W - 35 * k, y0 + 16 * k, 30 * k, 38 * k, rng)
    cap = dict(f=DJC, pt=3.5 * k, c=(80, 90, 100))
    val = dict(f=DJC_B, pt=6.8 * k)
    fx, fw = x0 + 5 * k, 80 * k

    def field(x, y, caps3, v, w):
        put(sh, x, y, " / ".join(caps3), **cap)
        put(sh, x, y + 2.0 * k, v, f=val["f"], pt=shrink(v, w, DJC_B, val["pt"]))

    y = y0 + 16 * k
    field(fx, y, ("Ubwoko", "Type", "Type"), "PC", 14 * k)
    field(fx + 18 * k, y, ("Igihugu", "Code", "Code"), "RWA", 16 * k)
    field(fx + 40 * k, y, ("Nomero", "Passport No.", "N°"), number, 40 * k)
    y += 6.4 * k
    field(fx, y, ("Izina", "Surname", "Nom"), person.surname.upper(), fw)
    y += 6.4 * k
    field(fx, y, ("Andi mazina", "Given names", "Prénoms"), person.given_names.upper(), fw)
    y += 6.4 * k
    field(fx, y, ("Ubwenegihugu", "Nationality", "Nationalité"), "RWANDAN", 36 * k)
    field(fx + 44 * k, y, ("Igitsina", "Sex", "Sexe"), person.sex, 10 * k)
    y += 6.4 * k
    field(fx, y, ("Itariki y'amavuko", "Date of birth", "Date de naissance"), d_abbr(person.birth_date), 36 * k)
    field(fx + 44 * k, y, ("Aho yavukiye", "Place of birth", "Lieu"), person.birth_place.upper(), 36 * k)
    y += 6.4 * k
    field(fx, y, ("Itariki yatangiweho", "Date of issue", "Délivrance"), d_abbr(issue), 36 * k)
    field(fx + 44 * k, y, ("Itariki izarangiriraho", "Date of expiry", "Expiration"), d_abbr(expiry), 36 * k)
    y += 6.4 * k
    field(fx, y, ("Uwayitanze", "Authority", "Autorité"), "DGIE KIGALI", 36 * k)
    field(fx + 44 * k, y, ("Nomero y'indangamuntu", "Personal No.", "N° personnel"), nid, 38 * k)
    sig(sh, x0 + W - 34 * k, y0 + 56 * k, rng, w=26 * k, h=7 * k, c=BLACK_PEN)
    mrz_lines(sh, x0 + 5.5 * k, y0 + H - 13.5 * k, _mrz3("RWA", person, number, expiry, break_check, mrz_override,
                                                        nid[:14]), pitch=2.54 * k)
    return [in_hand(sh, rng)]


def _ar(s: str) -> str:
    return s  # drawn by the raster engine with shaping (DejaVu Sans carries the Arabic letters)


def passport_syr(person: Person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None,
                 **opts) -> list[Sheet]:
    """Syrian passport: Arabic captions at the RIGHT of each field and the English caption at the left, values in
    between, the photo at the left with the ministry's embossing ring over its corner; the booklet's data page
    copied in the middle of an A4 sheet turned upside down (the client laid the booklet the wrong way round), a
    dark band along one edge where the lid did not close."""
    issue, expiry = span(rng, issue_date, expiry_date, 6, (60, 2000))
    number = "N" + "".join(str(rng.randint(0, 9)) for _ in range(9))
    sh = Sheet()
    x0, y0, W, H = 38.0, 100.0, 134.0, 94.0
    sh.image(x0, y0, W, H, lattice(W, H, rng, (236, 240, 232), (200, 214, 196)))
    frame(sh, x0, y0, W, H, lw=0.3, c=(80, 100, 80))
    put(sh, x0 + W - 4, y0 + 3.5, _ar("الجمهورية العربية السورية"), f=DJS_B, pt=7.4, a="right", c=INK)
    put(sh, x0 + 4, y0 + 4, "SYRIAN ARAB REPUBLIC", f=DJS_B, pt=7.2, c=INK)
    put(sh, x0 + 4, y0 + 8, "PASSPORT", f=DJS_B, pt=6.4, c=(30, 90, 50))
    put(sh, x0 + W - 4, y0 + 8, _ar("جواز سفر"), f=DJS_B, pt=6.8, a="right", c=(30, 90, 50))
    sh.photo(x0 + 4, y0 + 15, 30, 38, rng)
    seal(sh, x0 + 18, y0 + 38, ["MINISTRY OF INTERIOR", "SYRIA"], rng, c=(150, 160, 150), mm=20)
    rows = [("Type", "النوع", "P"), ("Code", "الرمز", "SYR"), ("Passport No.", "رقم الجواز", number),
            ("Surname", "الكنية", person.surname.upper()), ("Given names", "الاسم", person.given_names.upper()),
            ("Nationality", "الجنسية", "SYRIAN"), ("Date of birth", "تاريخ الولادة", d_num(person.birth_date, "/")),
            ("Place of birth", "مكان الولادة", person.birth_place.upper()), ("Sex", "الجنس", person.sex),
            ("Date of issue", "تاريخ المنح", d_num(issue, "/")), ("Date of expiry", "تاريخ الانتهاء", d_num(expiry, "/")),
            ("Issuing office", "مكان المنح", "DAMASCUS" if rng.random() < 0.6 else "ISTANBUL CONSULATE")]
    fx, vx, y = x0 + 38, x0 + 60, y0 + 14
    for en, ar, v in rows:
        put(sh, fx, y + 0.6, en, f=DJC, pt=4.6, c=(80, 84, 80))
        put(sh, x0 + W - 4, y + 0.2, _ar(ar), f=DJS, pt=5.4, c=(80, 84, 80), a="right")
        put(sh, vx, y, v, f=DJC_B, pt=shrink(v, x0 + W - vx - 20, DJC_B, 7.2))
        y += 5.0
    sig(sh, x0 + 6, y0 + 56, rng, w=24, h=7, c=BLACK_PEN)
    mrz_lines(sh, x0 + 6, y0 + H - 13.5, _mrz3("SYR", person, number, expiry, break_check, mrz_override))
    return [quarter(gutter(sh, rng, "left"), 180)]


def passport_sur(person: Person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None,
                 **opts) -> list[Sheet]:
    """Surinamese passport: Dutch captions with the English after a slash in one small line over each value, a
    green band under the heading, dates '14 JUL/JUL 1982' style with Dutch month abbreviations; the data page
    copied with the glass cover open on a grey copy, a yellow sticky tab with the client's file number at the
    top; and a pale toner band running down the page."""
    issue, expiry = span(rng, issue_date, expiry_date, 5, (60, 1600))
    number = "R" + "".join(rng.choice("0123456789") for _ in range(6)) + rng.choice("ABCDEFGH")
    sh = Sheet(paper="grey")
    x0, y0, W, H = 36.0, 44.0, 134.0, 94.0
    sh.image(x0, y0, W, H, lattice(W, H, rng, (234, 242, 234), (190, 214, 194)))
    frame(sh, x0, y0, W, H, lw=0.3, c=(60, 90, 60))
    put(sh, x0 + W / 2, y0 + 3, "REPUBLIEK SURINAME", f=LSA_B, pt=8, a="center", c=INK)
    put(sh, x0 + W / 2, y0 + 7, "REPUBLIC OF SURINAME", f=LSA, pt=5.6, a="center", c=INK)
    flat(sh, x0, y0 + 10.6, W, 1.6, (0, 120, 70))
    put(sh, x0 + 4, y0 + 13, "PASPOORT / PASSPORT", f=LSA_B, pt=6.4, c=(0, 100, 60))
    sh.photo(x0 + W - 35, y0 + 17, 30, 38, rng)

    def dd(d):
        return f"{d.day:02d} {M3['nl'][d.month - 1]}/{M3['en'][d.month - 1]} {d.year}" \
            if M3['nl'][d.month - 1] != M3['en'][d.month - 1] else d_abbr(d)

    cells = [(0, 0, "Type / Type", "P", 20), (24, 0, "Code / Code", "SUR", 20),
             (48, 0, "Paspoortnummer / Passport No.", number, 40),
             (0, 1, "Naam / Surname", person.surname.upper(), 88),
             (0, 2, "Voornamen / Given names", person.given_names.upper(), 88),
             (0, 3, "Nationaliteit / Nationality", "SURINAAMSE", 42), (48, 3, "Geslacht / Sex", person.sex, 20),
             (0, 4, "Geboortedatum / Date of birth", dd(person.birth_date), 42),
             (48, 4, "Geboorteplaats / Place of birth", person.birth_place.upper(), 42),
             (0, 5, "Datum van afgifte / Date of issue", dd(issue), 42),
             (48, 5, "Geldig tot / Date of expiry", dd(expiry), 42)]
    for dx, row, a, v, w in cells:
        xx, yy = x0 + 5 + dx, y0 + 17 + row * 6.3
        put(sh, xx, yy, a, f=LSA, pt=4.5, c=(70, 80, 70))
        put(sh, xx, yy + 2.1, v, f=LSA_B, pt=shrink(v, w, LSA_B, 7.2))
    sig(sh, x0 + W - 34, y0 + 57, rng, w=26, h=7, c=BLACK_PEN)
    mrz_lines(sh, x0 + 6, y0 + H - 13.5, _mrz3("SUR", person, number, expiry, break_check, mrz_override))
    flat(sh, 150, 8, 34, 12, (252, 236, 110))
    write(sh, 152, 9, f"dossier {rng.randint(2026001, 2026499)}", rng, f=P_BREIP, pt=11, c=BLACK_PEN)
    return [toner_fade(sh, rng)]


_id._register("passport-td3-civ-bijschrift-links-van-waarde-spookfoto-visumpagina-eensluidend-scheef-44",
              "identity-document", PART, "fr", passport_civ, country="CIV", mrz="TD3", photo=True,
              notes="Ivorian passport, captions left of values, visa page below with a commune's certification")
_id._register("passport-td3-rwa-drietalige-bijschriften-foto-rechts-gsm-foto-duim-tafelkleed-44", "identity-document",
              PART, "en", passport_rwa, country="RWA", mrz="TD3", photo=True,
              notes="Rwandan passport, three-language captions, phone photo held over a tablecloth")
_id._register("passport-td3-syr-arabisch-engels-bijschriften-aan-weerszijden-ondersteboven-rugschaduw-44",
              "identity-document", PART, "en", passport_syr, country="SYR", mrz="TD3", photo=True,
              notes="Syrian passport, Arabic/English captions, copied upside down with the booklet's gutter")
_id._register("passport-td3-sur-nl-en-schuine-streep-groene-band-grijze-kopie-tonerband-44", "identity-document",
              PART, "nl", passport_sur, country="SUR", mrz="TD3", photo=True,
              notes="Surinamese passport, grey copy with a pale toner band and a sticky tab")


# =========================================================================== cards (TD1)

def idcard_civ(person: Person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None,
               **opts) -> list[Sheet]:
    """Ivorian biometric national identity card (CNI): recto with the orange-white-green edge, the photo at the
    left, the NNI, and the captions in capitals; verso with the profession, the place of issue and the three-line
    MRZ; both sides laid next to each other across the glass of a sheet fed in landscape, so the A4 copy shows
    them turned a quarter; the copy shop's counter number stamped in a corner."""
    issue, expiry = span(rng, issue_date, expiry_date, 10, (60, 2600))
    number = "CI" + "".join(str(rng.randint(0, 9)) for _ in range(9))
    nni = "".join(str(rng.randint(0, 9)) for _ in range(11))
    d = dict(surname=person.surname, given=person.given_names, birth_date=person.birth_date, sex=person.sex,
             nationality=person.nationality)
    for k_, v in (mrz_override or {}).items():
        d["given" if k_ == "given_names" else k_] = v
    lines = M.td1(issuing="CIV", surname=d["surname"], given=d["given"], number=number, nationality=d["nationality"],
                  birth_date=d["birth_date"], sex=d["sex"], expiry=expiry, optional1=nni, break_check=break_check)
    land = Sheet(297, 210)
    W, H = 85.6 * 1.35, 54 * 1.35
    xr, xv, y0 = 20.0, 156.0, 60.0
    for x in (xr, xv):
        land.image(x, y0, W, H, lattice(85.6, 54, rng, (246, 240, 230), (226, 212, 190), k=10))
        frame(land, x, y0, W, H, lw=0.35, c=(120, 110, 100))
    flat(land, xr, y0, 3, H / 3, (240, 130, 20))
    flat(land, xr, y0 + H / 3, 3, H / 3, (250, 250, 250))
    flat(land, xr, y0 + 2 * H / 3, 3, H / 3, (0, 140, 70))
    put(land, xr + W / 2 + 2, y0 + 2.5, "RÉPUBLIQUE DE CÔTE D'IVOIRE", f=FSA_B, pt=8.6, a="center", c=INK)
    put(land, xr + W / 2 + 2, y0 + 6.6, "CARTE NATIONALE D'IDENTITÉ", f=FSA_B, pt=7.2, a="center", c=(170, 90, 10))
    land.photo(xr + 7, y0 + 13, 30, 39, rng)
    fx = xr + 41
    y = y0 + 12.5
    for a, b in [("NOM", person.surname.upper()), ("PRÉNOMS", person.given_names.upper()),
                 ("NÉ(E) LE", d_num(person.birth_date, "/")), ("À", person.birth_place.upper()),
                 ("SEXE", person.sex), ("NATIONALITÉ", "IVOIRIENNE"), ("N° NNI", nni),
                 ("DATE D'EXPIRATION", d_num(expiry, "/"))]:
        put(land, fx, y, a, f=FSA, pt=5.2, c=MID)
        put(land, fx, y + 2.1, b, f=FSA_B, pt=shrink(b, W - 46, FSA_B, 7.4))
        y += 6.2
    sig(land, xr + 8, y0 + H - 17, rng, w=26, h=8, c=BLACK_PEN)
    # verso
    y = y0 + 5
    for a, b in [("PROFESSION", rng.choice(["COMMERÇANT(E)", "ÉTUDIANT(E)", "MÉNAGÈRE", "MÉCANICIEN", "COIFFEUSE",
                                            "CHAUFFEUR", "INFORMATICIEN"])),
                 ("DATE DE DÉLIVRANCE", d_num(issue, "/")), ("LIEU DE DÉLIVRANCE", rng.choice(["ABIDJAN", "BOUAKÉ",
                                                                                              "YAMOUSSOUKRO"])),
                 ("N° DE LA CARTE", number)]:
        put(land, xv + 6, y, a, f=FSA, pt=5.4, c=MID)
        put(land, xv + 44, y - 0.3, b, f=FSA_B, pt=7.2)
        y += 6
    mrz_lines(land, xv + 6, y0 + H - 22, lines, pitch=2.54 * 1.3, gap=1.55)
    put(land, 280, 196, f"n° {rng.randint(100, 999)}", f=LMO, pt=8, c=MID, a="right")
    return [quarter(land, rng.choice([90, 270]))]


def permit_nld(person: Person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None,
               v_number=None, purpose=None, **opts) -> list[Sheet]:
    """Dutch residence document (verblijfsdocument): front above back at the BOTTOM of the A4 copy, the 'VNR'
    field on the front, the type and remarks on the back over its MRZ; a feeder-roller streak runs down the page
    and the sheet had been punched for a ring binder."""
    issue, expiry = span(rng, issue_date, expiry_date, 5, (60, 1500))
    number = "".join(rng.choice("BCDFGHJKLMNPRSTVWXZ") for _ in range(2)) + \
        "".join(rng.choice("0123456789BCDFGHJKLMNPRSTVWXZ") for _ in range(6)) + str(rng.randint(0, 9))
    vnr = v_number or "".join(str(rng.randint(0, 9)) for _ in range(10))
    lines = M.td1(issuing="NLD", surname=person.surname, given=person.given_names, number=number,
                  nationality=person.nationality, birth_date=person.birth_date, sex=person.sex, expiry=expiry,
                  doc_code="IR", break_check=break_check)
    sh = Sheet()
    W, H = 85.6 * 1.1, 54 * 1.1
    x0, yf, yb = 62.0, 150.0, 150.0 + H + 10
    for y in (yf, yb):
        sh.image(x0, y, W, H, lattice(85.6, 54, rng, (238, 236, 248), (206, 200, 230), k=10))
        frame(sh, x0, y, W, H, lw=0.3, c=(100, 100, 120))
    put(sh, x0 + 3, yf + 2.2, "KONINKRIJK DER NEDERLANDEN", f=LSA_B, pt=6.8, c=(30, 40, 120))
    put(sh, x0 + 3, yf + 5.6, "VERBLIJFSDOCUMENT", f=LSA, pt=6, c=(30, 40, 120))
    sh.photo(x0 + 3, yf + 11, 23, 30, rng)
    y = yf + 10.5
    for a, b in [("Naam", person.surname.upper()), ("Voornamen", person.given_names.upper()),
                 ("Geboortedatum", d_num(person.birth_date, " ")), ("Nationaliteit", person.nationality),
                 ("VNR", vnr), ("Geldig tot", d_num(expiry, " ")), ("Documentnummer", number)]:
        put(sh, x0 + 30, y, a, f=LSA, pt=4.6, c=MID)
        put(sh, x0 + 30, y + 1.9, b, f=LSA_B, pt=shrink(b, W - 34, LSA_B, 6.6))
        y += 6.0
    sig(sh, x0 + 3, yf + 43, rng, w=22, h=6, c=BLACK_PEN)
    pur = purpose or rng.choice(["verblijf bij partner", "medische behandeling", "arbeid in loondienst"])
    put(sh, x0 + 3, yb + 3, "Verblijfsvergunning regulier bepaalde tijd", f=LSA_B, pt=6.2)
    put(sh, x0 + 3, yb + 7.5, "Opmerkingen", f=LSA, pt=4.6, c=MID)
    put(sh, x0 + 3, yb + 9.6, pur.upper(), f=LSA_B, pt=shrink(pur.upper(), W - 6, LSA_B, 6.2))
    put(sh, x0 + 3, yb + 13.6, "ARBEID NIET TOEGESTAAN" if "medisch" in pur else "ARBEID VRIJ TOEGESTAAN",
        f=LSA_B, pt=5.8)
    put(sh, x0 + 3, yb + 18, f"Afgifte {d_num(issue, ' ')}", f=LSA, pt=5.6)
    mrz_lines(sh, x0 + 4, yb + H - 15.5, lines, pitch=2.54 * 1.08, gap=1.55)
    for yy in (110, 190):
        flat(sh, 8, yy, 5.5, 5.5, (25, 25, 25))
    return [streak(sh, rng)]


_id._register("idcard-td1-civ-cni-recto-verso-naast-elkaar-liggend-kwartslag-kopieerwinkelnummer-44",
              "identity-document", PART, "fr", idcard_civ, country="CIV", mrz="TD1", photo=True,
              notes="Ivorian CNI, both sides side by side on a landscape copy turned a quarter")
_id._register("permit-nl-verblijfsdocument-onderaan-voor-boven-achter-rolstreep-perforatie-44", "identity-document",
              PART, "nl", permit_nld, country="NLD", mrz="TD1", photo=True,
              notes="Dutch residence card, front above back at the bottom of the sheet, roller streak, punched")


# =========================================================================== civil-status acts

def _parents(person: Person, father, mother) -> tuple[str, str]:
    return (father or person.father or "-", mother or person.mother or "-")


def _act(person: Person, salt: str, lo: int = 30, hi: int = 3200) -> int:
    return crc(person.surname, person.given_names, person.birth_date, salt) % (hi - lo) + lo


def birth_civ(person: Person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Ivorian 'extrait du registre des actes de l'état civil pour l'année ...': commune block at the top LEFT
    with the register number, motto block at the top RIGHT, the birth date written out in words in the first
    line, the rubrics printed in small capitals on the LEFT MARGIN and the answers typed in Courier Prime Code
    on dotted lines; the 'Mentions' column empty; the officer signs ABOVE his printed title, the round stamp
    beside; a cancelled fiscal stamp at the bottom left; yellowed and crumpled."""
    fa, mo = _parents(person, father, mother)
    act = act_date or (person.birth_date + datetime.timedelta(days=rng.randint(2, 60)))
    issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(40, 700)))
    commune = rng.choice(["ABOBO", "YOPOUGON", "COCODY", "ADJAMÉ", "TREICHVILLE", "BOUAKÉ", "DALOA", "KORHOGO"])
    sh = Sheet(paper="cream")
    cname = ("COMMUNE D'" if commune[0] in "AEIOU" else "COMMUNE DE ") + commune
    for i, s in enumerate([cname, "CENTRE D'ÉTAT CIVIL", f"N° {_act(person, 'b')} DU {d_num(act, '/')}",
                           f"DU REGISTRE {'' if rng.random() < 0.5 else 'N° ' + str(rng.randint(1, 9)) + ' '}"
                           f"DE L'ANNÉE {act.year}"]):
        put(sh, 16, 14 + i * 4.6, s, f=LSE_B if i == 0 else LSE, pt=8.6)
    put(sh, 194, 14, "RÉPUBLIQUE DE CÔTE D'IVOIRE", f=LSE_B, pt=9.4, a="right")
    put(sh, 194, 19, "Union - Discipline - Travail", f=LSE_I, pt=8.4, a="right")
    sh.rule(150, 24.5, 194, 24.5, width_mm=0.2)
    put(sh, 105, 40, "EXTRAIT", f=LSE_B, pt=15, a="center", sp=1.2)
    put(sh, 105, 47, f"DU REGISTRE DES ACTES DE L'ÉTAT CIVIL POUR L'ANNÉE {act.year}", f=LSE_B, pt=9.6, a="center")
    sh.rule(16, 56, 194, 56, width_mm=0.4)
    sh.rule(56, 56, 56, 236, width_mm=0.2, color=MID)
    tf = CPC
    fem = person.sex == "F"
    rows = [("NAISSANCE DE", f"{person.surname.upper()} {person.given_names}"),
            ("LE", fr_date_words(person.birth_date)),
            ("", f"à {rng.randint(0, 23)} heure(s) {rng.randint(0, 59)} minute(s)"),
            ("EST NÉ(E) À", f"{person.birth_place}"),
            ("SEXE", "féminin" if fem else "masculin"),
            ("FILS / FILLE DE", fa), ("", f"profession : {rng.choice(['planteur', 'commerçant', 'enseignant', 'chauffeur', 'menuisier'])}"),
            ("ET DE", mo), ("", f"profession : {rng.choice(['ménagère', 'commerçante', 'couturière', 'infirmière'])}"),
            ("DRESSÉ LE", d_num(act, "/") + " sur la déclaration du père")]
    y = 62.0
    for lab, val in rows:
        if lab:
            put(sh, 18, y + 0.5, lab, f=LSE, pt=7.8, c=INK)
        dots(sh, 60, 192, y + 4.6, c=MID)
        put(sh, 61, y, val, f=tf, pt=shrink(val, 130, tf, 10.4))
        y += 9.0
    y += 2
    put(sh, 18, y, "MENTIONS", f=LSE_B, pt=7.8)
    put(sh, 18, y + 3.5, "(éventuellement)", f=LSE_I, pt=7)
    for k in range(3):
        dots(sh, 60, 192, y + 4.6 + k * 7, c=MID)
    put(sh, 61, y, "Néant", f=tf, pt=10)
    y += 28
    block(sh, 18, y, 174, "Certifié le présent extrait conforme aux indications portées au registre.", f=LSE, pt=9.8)
    put(sh, 118, y + 10, f"Délivré à {commune.title()}, le {d_num(issued, '/')}", f=LSE, pt=9.6)
    sig(sh, 126, y + 16, rng, c=BLUE_PEN)
    put(sh, 122, y + 31, "L'Officier de l'État Civil", f=LSE_B, pt=9.4)
    put(sh, 122, y + 35.5, "(signature et sceau)", f=LSE_I, pt=7.5, c=MID)
    seal(sh, 84, y + 12, ["RÉPUBLIQUE DE CÔTE D'IVOIRE", f"MAIRIE {commune}", "ÉTAT CIVIL"], rng, c=S_PURPLE, mm=30)
    fiscal(sh, 18, y + 14, rng, value="500 F CFA")
    return [crumpled(sh, rng, creases=7)]


def birth_rwa(person: Person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Rwandan birth certificate printed from the civil-registration system: the national seal centred at the top,
    'ICYEMEZO CY'AMAVUKO / BIRTH CERTIFICATE / ACTE DE NAISSANCE', a table whose left column carries the three
    captions (Kinyarwanda in bold, English and French under it) and whose right column the typed values, the
    certificate number and a QR code at the bottom right, the registrar's signature LEFT of the stamp."""
    fa, mo = _parents(person, father, mother)
    act = act_date or (person.birth_date + datetime.timedelta(days=rng.randint(3, 90)))
    issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(30, 600)))
    district = rng.choice(["Gasabo", "Nyarugenge", "Kicukiro", "Huye", "Musanze", "Rubavu", "Muhanga"])
    sh = Sheet()
    emblem(sh, 97, 8, 16, rng, "sun", c=(130, 170, 205))
    put(sh, 105, 26, "REPUBULIKA Y'U RWANDA", f=GOT_B, pt=11, a="center")
    put(sh, 105, 31, f"AKARERE KA {district.upper()}  ·  DISTRICT OF {district.upper()}", f=GOT, pt=8.2, a="center",
        c=MID)
    put(sh, 105, 42, "ICYEMEZO CY'AMAVUKO", f=GOT_B, pt=13.5, a="center")
    put(sh, 105, 48.5, "BIRTH CERTIFICATE  /  ACTE DE NAISSANCE", f=GOT_B, pt=10, a="center", c=(30, 80, 130))
    no = f"{act.year}/{district[:3].upper()}/{_act(person, 'rw', 1000, 99000):05d}"
    rows = [(("Amazina y'umwana", "Name of the child", "Nom de l'enfant"), f"{person.surname.upper()} {person.given_names}"),
            (("Igitsina", "Sex", "Sexe"), ("Gore / Female / Féminin" if person.sex == "F" else "Gabo / Male / Masculin")),
            (("Itariki y'amavuko", "Date of birth", "Date de naissance"), d_num(person.birth_date, "/")),
            (("Aho yavukiye", "Place of birth", "Lieu de naissance"), f"{person.birth_place}, Rwanda"),
            (("Se", "Father", "Père"), fa), (("Nyina", "Mother", "Mère"), mo),
            (("Ubwenegihugu", "Nationality", "Nationalité"), "Umunyarwanda / Rwandan / Rwandaise"
             if person.sex == "F" else "Umunyarwanda / Rwandan / Rwandais"),
            (("Itariki yanditsweho", "Date of registration", "Date d'enregistrement"), d_num(act, "/"))]
    y = 58.0
    for (rw, en, fr), v in rows:
        frame(sh, 22, y, 66, 15, lw=0.25, c=MID)
        frame(sh, 88, y, 100, 15, lw=0.25, c=MID)
        put(sh, 24, y + 1.4, rw, f=GOT_B, pt=8.2)
        put(sh, 24, y + 5.6, en, f=GOT, pt=7.4, c=MID)
        put(sh, 24, y + 9.4, fr, f=GOT_O, pt=7.4, c=MID)
        put(sh, 91, y + 5, v, f=LMO, pt=shrink(v, 95, LMO, 10))
        y += 15
    y += 8
    put(sh, 22, y, f"Nomero y'icyemezo / Certificate No. / N° : {no}", f=GOT, pt=8.6)
    put(sh, 22, y + 6, f"Cyatanzwe i {district}, ku wa {d_num(issued, '/')}  ·  Issued at {district} on "
        f"{d_num(issued, '/')}", f=GOT, pt=8.6)
    put(sh, 22, y + 16, "Umwanditsi w'irangamimerere / Civil Registrar / Officier de l'état civil", f=GOT_B, pt=8.4)
    sig(sh, 26, y + 22, rng, c=BLACK_PEN)
    seal(sh, 80, y + 18, ["REPUBULIKA Y'U RWANDA", f"AKARERE KA {district.upper()}", "IRANGAMIMERERE"], rng,
         c=S_BLUE, mm=30)
    qr_block(sh, 160, y + 18, 26, no)
    return [sh]


_TR_NAT = {"SYR": "SURİYE ARAP CUMHURİYETİ", "CIV": "FİLDİŞİ SAHİLİ", "RWA": "RUANDA", "SUR": "SURİNAM",
           "TUR": "TÜRKİYE CUMHURİYETİ"}


def tr_facts(person: Person, father=None, mother=None) -> list[tuple[str, str, str, str]]:
    """(Turkish, Dutch, French caption, value) of what the Turkish register extract states; shared with the sworn
    translations so that both say the same."""
    fa, mo = _parents(person, father, mother)
    r = random.Random(crc(person.surname, person.birth_date, "tr44"))
    yk = "99" + "".join(str(r.randint(0, 9)) for _ in range(9))
    reg = person.birth_date + datetime.timedelta(days=r.randint(5, 70))
    return [("Yabancı Kimlik No", "Vreemdelingenidentificatienummer", "Numéro d'identité d'étranger", yk),
            ("Soyadı", "Familienaam", "Nom", person.surname.upper()),
            ("Adı", "Voornaam", "Prénom", person.given_names.upper()),
            ("Baba Adı", "Naam vader", "Nom du père", fa.split()[0]),
            ("Ana Adı", "Naam moeder", "Nom de la mère", mo.split()[0]),
            ("Doğum Yeri", "Geboorteplaats", "Lieu de naissance", person.birth_place),
            ("Doğum Tarihi", "Geboortedatum", "Date de naissance", d_num(person.birth_date, ".")),
            ("Cinsiyeti", "Geslacht", "Sexe", "Kadın" if person.sex == "F" else "Erkek"),
            ("Uyruğu", "Nationaliteit", "Nationalité", _TR_NAT.get(person.nationality, person.nationality)),
            ("Tescil Tarihi", "Datum inschrijving", "Date d'enregistrement", d_num(reg, "."))]


def birth_tur(person: Person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Turkish district population office's 'Doğum Olayına Ait Kayıt Örneği' for a foreigner born in Türkiye
    (registered in the foreigners' register): a boxed two-column form in Liberation Sans Narrow with the captions
    in Turkish only, the register volume and page at the top right, 'ASLI GİBİDİR' stamped diagonally over the lower
    rows, the office's seal and the clerk's initials; a fold across the middle."""
    issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(30, 500)))
    r = random.Random(crc(person.surname, person.birth_date, "tr-box"))
    il = person.birth_place if person.birth_place in ("İstanbul", "Ankara", "İzmir", "Gaziantep", "Van", "Kayseri",
                                                        "Konya", "Hatay") else "Gaziantep"
    sh = Sheet()
    put(sh, 105, 12, "T.C.", f=LSN_B, pt=11, a="center")
    put(sh, 105, 17.5, "İÇİŞLERİ BAKANLIĞI", f=LSN_B, pt=10.5, a="center")
    put(sh, 105, 22.5, f"{il.upper()} / {r.choice(['ŞAHİNBEY', 'MERKEZ', 'FATİH', 'ÇANKAYA', 'KONAK'])} "
        f"İLÇE NÜFUS MÜDÜRLÜĞÜ", f=LSN, pt=9.5, a="center")
    frame(sh, 150, 30, 44, 16, lw=0.3)
    put(sh, 152, 31.5, "Kütük: YABANCILAR", f=LSN, pt=8)
    put(sh, 152, 36, f"Cilt {r.randint(1, 60)}  Sayfa {r.randint(1, 400)}", f=LSN, pt=8)
    put(sh, 152, 40.5, f"Sıra No {r.randint(1, 9000)}", f=LSN, pt=8)
    put(sh, 22, 36, "DOĞUM OLAYINA AİT", f=LSN_B, pt=13)
    put(sh, 22, 42.5, "KAYIT ÖRNEĞİ", f=LSN_B, pt=13)
    y = 56.0
    for tr, _nl, _fr, v in tr_facts(person, father, mother):
        frame(sh, 22, y, 58, 9, lw=0.25)
        frame(sh, 80, y, 110, 9, lw=0.25)
        put(sh, 24, y + 2.2, tr, f=LSN_B, pt=9.4)
        put(sh, 83, y + 2.2, v, f=LSN, pt=shrink(v, 104, LSN, 10))
        y += 9
    y += 8
    block(sh, 22, y, 168, "Yukarıda kimlik bilgileri yazılı yabancının doğum olayı, 5490 sayılı Nüfus Hizmetleri "
          "Kanunu hükümlerine göre yabancılar kütüğüne tescil edilmiştir. Bu örnek ilgilisinin talebi üzerine "
          "verilmiştir.", f=LSN, pt=9, lead=1.4)
    put(sh, 22, y + 22, f"Düzenlenme Tarihi: {d_num(issued, '.')}", f=LSN, pt=9)
    put(sh, 190, y + 22, "Nüfus Müdürü", f=LSN_B, pt=9.5, a="right")
    sig(sh, 150, y + 27, rng, w=30, h=10, c=BLUE_PEN)
    seal(sh, 120, y + 24, ["T.C.", f"{il.upper()}", "NÜFUS MÜDÜRLÜĞÜ"], rng, c=S_BLUE, mm=28)
    seal(sh, 40, 118, ["ASLI GİBİDİR"], rng, shape="rect", c=S_RED, mm=44, angle=-18)
    write(sh, 96, y + 46, "MK", rng, f=P_CHANC, pt=14, c=BLACK_PEN)
    return [_fold_mid(sh, rng)]


def _fold_mid(sh: Sheet, rng: random.Random, dpi: int = 200) -> Sheet:
    img = bake(sh, dpi)
    W, H = img.size
    d = ImageDraw.Draw(img, "RGBA")
    y = int(H * rng.uniform(0.48, 0.52))
    for k in range(-14, 15):
        d.line([(0, y + k), (W, y + k + rng.randint(-2, 2))], fill=(50, 50, 50, int(22 * (1 - abs(k) / 15))))
    d.line([(0, y), (W, y)], fill=(255, 255, 255, 140), width=2)
    return sheet_of(img, sh.width_mm, sh.height_mm)


_BE_FR = ("Bruxelles", "Schaerbeek", "Anderlecht", "Liège", "Charleroi", "Molenbeek-Saint-Jean", "Namur")
_BE_BI = ("Bruxelles", "Brussel", "Schaerbeek", "Anderlecht", "Sint-Jans-Molenbeek", "Molenbeek-Saint-Jean")


def birth_bel(person: Person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Extract of a birth act printed at a Belgian commune's counter from the central civil-status database: a
    coloured header band with the commune's name, the database's act number and a QR code at the top right,
    the data as 'caption : value' lines (bilingual Dutch/French captions in Brussels communes, otherwise the
    commune's language), the 'electronic seal' sentence and no hand signature, the clerk's initials in pen."""
    fa, mo = _parents(person, father, mother)
    act = act_date or (person.birth_date + datetime.timedelta(days=rng.randint(1, 10)))
    issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(15, 300)))
    place = person.birth_place
    bi = place in _BE_BI
    fr = place in _BE_FR and not bi
    sh = Sheet()
    flat(sh, 0, 0, 210, 20, (28, 70, 110))
    put(sh, 16, 5, (f"Commune de {place}" if fr else f"Gemeente {place}") if not bi else
        f"Gemeente {place} - Commune de {place}", f=CAR_B, pt=13, c=(255, 255, 255))
    put(sh, 16, 12, "Burgerlijke stand - État civil" if bi else ("Service de l'état civil" if fr else
                                                                  "Dienst burgerlijke stand"), f=CAR, pt=9,
        c=(220, 230, 240))
    ref = f"{person.birth_date.year}{_act(person, 'dabs', 100000, 999999)}"
    qr_block(sh, 170, 26, 24, ref)
    title = ("UITTREKSEL UIT DE AKTE VAN GEBOORTE - EXTRAIT D'ACTE DE NAISSANCE" if bi else
             "EXTRAIT D'ACTE DE NAISSANCE" if fr else "UITTREKSEL UIT DE GEBOORTEAKTE")
    put(sh, 16, 30, title, f=CAR_B, pt=shrink(title, 150, CAR_B, 12))
    put(sh, 16, 37, (f"Aktenummer / Numéro d'acte : {ref}" if bi else f"Numéro d'acte : {ref}" if fr else
                     f"Aktenummer: {ref}"), f=CAR, pt=9.5, c=MID)
    sexw = {"nl": "mannelijk" if person.sex == "M" else "vrouwelijk", "fr": "masculin" if person.sex == "M" else "féminin"}
    caps = [("Naam", "Nom", person.surname.upper()), ("Voornamen", "Prénoms", person.given_names),
            ("Geslacht", "Sexe", sexw["fr" if fr else "nl"] if not bi else f"{sexw['nl']} / {sexw['fr']}"),
            ("Geboortedatum", "Date de naissance", d_long(person.birth_date, "fr" if fr else "nl")),
            ("Geboorteplaats", "Lieu de naissance", place), ("Vader", "Père", fa), ("Moeder", "Mère", mo),
            ("Datum akte", "Date de l'acte", d_num(act, "/" if fr else "-"))]
    y = 60.0
    for nl, frc, v in caps:
        cap = f"{nl} / {frc}" if bi else (frc if fr else nl)
        put(sh, 20, y, cap, f=CAR, pt=10, c=INK)
        put(sh, 78, y, ":", f=CAR, pt=10)
        put(sh, 82, y, v, f=CAR_B, pt=shrink(v, 112, CAR_B, 10.5))
        y += 8.5
    y += 10
    put(sh, 20, y, (f"Afgeleverd te {place} op {d_num(issued, '-')}" if not fr else
                    f"Délivré à {place} le {d_num(issued, '/')}"), f=CAR, pt=10)
    block(sh, 20, y + 8, 170, ("Dit uittreksel is elektronisch gezegeld en heeft dezelfde bewijskracht als een "
                               "ondertekend uittreksel." if not fr else "Cet extrait porte un cachet électronique "
                               "et a la même force probante qu'un extrait signé."), f=CAR_I, pt=9, c=MID)
    write(sh, 150, y + 22, rng.choice(["KV", "sd", "M.L.", "jd"]), rng, f=P_DKG_I, pt=13, c=BLACK_PEN)
    put(sh, 105, 285, f"{ref} - 1/1", f=CAR, pt=7.5, a="center", c=MID)
    return [sh]


_id._register("birth-civ-extrait-registre-rubrieken-in-kantlijn-datum-in-woorden-fiscale-zegel-verkreukeld-44",
              "birth-certificate", PART, "fr", birth_civ, country="CIV",
              notes="Ivorian birth extract, rubrics in the margin, date in words, crumpled")
_id._register("birth-rwa-drietalige-tabel-kinyarwanda-engels-frans-qr-handtekening-links-van-stempel-44",
              "birth-certificate", PART, "en", birth_rwa, country="RWA",
              notes="Rwandan birth certificate, three-language caption column, QR code")
_id._register("birth-tur-yabancilar-kutugu-kayit-ornegi-kaders-asli-gibidir-schuin-gevouwen-44", "birth-certificate",
              PART, "tr", birth_tur, country="TUR",
              notes="Turkish register extract of a foreigner's birth, Turkish only, folded")
_id._register("birth-be-loketprint-kleurband-qr-elektronisch-zegel-parafe-44", "birth-certificate", PART, "nl",
              birth_bel, country="BEL", notes="Belgian commune's counter print of a birth act (nl, fr or both)")


def marriage_civ(person: Person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    """Ivorian marriage extract typed as one block of prose in Bookman ('L'an deux mille ..., le ..., par devant
    Nous, ... Officier de l'état civil, ont comparu publiquement ...'), the two spouses' names in bold capitals,
    the option for monogamy and the property regime in the text, the witnesses named; the officer's signature
    at the end without a label, the stamp over the last lines of text; a dog-eared corner."""
    sp = spouse
    md = marriage_date or (TODAY - datetime.timedelta(days=rng.randint(900, 6000)))
    issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(30, 300)))
    h, w = (person, sp) if person.sex == "M" else (sp, person)
    commune = rng.choice(["Cocody", "Yopougon", "Marcory", "Bouaké", "Daloa", "Abobo"])
    sh = Sheet()
    put(sh, 16, 14, "RÉPUBLIQUE DE CÔTE D'IVOIRE", f=BKM_B, pt=9.5)
    put(sh, 16, 18.6, "Union - Discipline - Travail", f=BKM_I, pt=7.8)
    put(sh, 194, 14, f"Mairie de {commune}", f=BKM, pt=9, a="right")
    put(sh, 194, 18.6, f"Acte n° {_act(person, 'm')} / {md.year}", f=BKM, pt=8.5, a="right")
    put(sh, 105, 34, "EXTRAIT D'ACTE DE MARIAGE", f=BKM_B, pt=14, a="center")
    sh.rule(70, 41, 140, 41, width_mm=0.3)

    def who(p):
        e = "e" if p.sex == "F" else ""
        return (f"{p.surname.upper()} {p.given_names.upper()}, né{e} le {d_long(p.birth_date, 'fr')} à {p.birth_place}, "
                f"de nationalité {'ivoirienne' if p.nationality == 'CIV' else p.nationality}, "
                f"{'fils' if p.sex == 'M' else 'fille'} de {p.father or '-'} et de {p.mother or '-'}")

    dayw = "premier" if md.day == 1 else fr_words(md.day)
    txt = (f"L'an {fr_words(md.year)}, le {dayw} {MONTHS['fr'][md.month - 1]}, à {rng.choice(['dix', 'onze', 'quinze', 'seize'])} heures, par devant Nous, "
           f"Officier de l'état civil de la commune de {commune}, ont comparu publiquement : {who(h)} ; et {who(w)}. "
           f"Lesquels ont déclaré opter pour le régime de la monogamie et se marier sous le régime de la "
           f"{rng.choice(['communauté de biens', 'séparation de biens'])}. Nous avons prononcé au nom de la loi qu'ils "
           f"sont unis par le mariage, en présence de {rng.choice(['Koné Ibrahim', 'Yao Konan Serge', 'Bamba Awa'])} et "
           f"de {rng.choice(['Kouassi Aya Christelle', 'Traoré Lassina', 'Coulibaly Fanta'])}, témoins majeurs.")
    y = block(sh, 20, 50, 170, txt, f=BKM, pt=10.2, lead=1.55, align="justify") + 8
    y = block(sh, 20, y, 170, "Mentions marginales : néant.", f=BKM_I, pt=9.6) + 6
    y = block(sh, 20, y, 170, f"Pour extrait certifié conforme, délivré à {commune}, le {d_long(issued, 'fr')}.",
              f=BKM, pt=10) + 6
    sig(sh, 118, y, rng, c=BLUE_PEN)
    seal(sh, 96, y - 14, [f"MAIRIE DE {commune.upper()}", "ÉTAT CIVIL", "CÔTE D'IVOIRE"], rng, c=S_GREEN, mm=30)
    return [dog_ear(sh, rng, rng.choice(["tr", "br"]))]


def marriage_bel(person: Person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    """Extract of a marriage act from a Belgian commune: the two spouses side by side in two columns under
    'Echtgenoot 1 / Echtgenoot 2' (or 'Conjoint 1 / Conjoint 2'), each caption in grey above its value, the
    marriage date and place in a full-width row above, a square QR code and the clerk's electronic seal line at
    the foot; copied with a binder clip on the top edge."""
    sp = spouse
    md = marriage_date or (TODAY - datetime.timedelta(days=rng.randint(400, 2500)))
    issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(20, 200)))
    fr = rng.random() < 0.5
    city = rng.choice(["Liège", "Charleroi", "Namur", "Schaerbeek"]) if fr else rng.choice(["Gent", "Antwerpen",
                                                                                           "Leuven", "Mechelen"])
    sh = Sheet()
    put(sh, 18, 26, f"{'Commune de' if fr else 'Stad'} {city}", f=NSN_B, pt=12)
    put(sh, 18, 32, "Service de l'état civil" if fr else "Burgerlijke stand", f=NSN, pt=9, c=MID)
    put(sh, 18, 46, "EXTRAIT D'ACTE DE MARIAGE" if fr else "UITTREKSEL UIT DE HUWELIJKSAKTE", f=NSN_B, pt=13)
    ref = f"{md.year}{_act(person, 'mb', 100000, 999999)}"
    put(sh, 18, 53, ("Numéro d'acte " if fr else "Aktenummer ") + ref, f=NSN, pt=9, c=MID)
    frame(sh, 18, 62, 174, 14, lw=0.3)
    put(sh, 21, 64, "Date et lieu du mariage" if fr else "Datum en plaats van het huwelijk", f=NSN, pt=7.5, c=MID)
    put(sh, 21, 69, f"{d_long(md, 'fr' if fr else 'nl')}, {city}", f=NSN_B, pt=10.5)
    sexw = lambda p: ("masculin" if p.sex == "M" else "féminin") if fr else ("man" if p.sex == "M" else "vrouw")  # noqa
    for col, p in enumerate((person, sp)):
        x = 18 + col * 88
        frame(sh, x, 80, 86, 84, lw=0.3)
        put(sh, x + 3, 82, ("Conjoint " if fr else "Echtgenoot ") + str(col + 1), f=NSN_B, pt=10)
        y = 90.0
        for a, b in [("Nom" if fr else "Naam", p.surname.upper()), ("Prénoms" if fr else "Voornamen", p.given_names),
                     ("Sexe" if fr else "Geslacht", sexw(p)),
                     ("Date de naissance" if fr else "Geboortedatum", d_num(p.birth_date, "/" if fr else "-")),
                     ("Lieu de naissance" if fr else "Geboorteplaats", p.birth_place),
                     ("Nationalité" if fr else "Nationaliteit", p.nationality)]:
            put(sh, x + 3, y, a, f=NSN, pt=7.4, c=MID)
            put(sh, x + 3, y + 3.4, b, f=NSN_B, pt=shrink(b, 80, NSN_B, 10))
            y += 12
    put(sh, 18, 176, (f"Délivré à {city} le {d_num(issued, '/')}" if fr else
                      f"Afgeleverd te {city} op {d_num(issued, '-')}"), f=NSN, pt=10)
    block(sh, 18, 184, 140, ("Document revêtu d'un cachet électronique qualifié." if fr else
                             "Document voorzien van een gekwalificeerd elektronisch zegel."), f=NSN_I, pt=8.5, c=MID)
    qr_block(sh, 166, 172, 24, ref)
    return [clipped(sh, rng)]


_id._register("marriage-civ-proza-bookman-lan-deux-mille-stempel-over-tekst-ezelsoor-44", "marriage-certificate", PART,
              "fr", marriage_civ, country="CIV", notes="Ivorian marriage extract as one block of prose, dog-eared")
_id._register("marriage-be-twee-kolommen-echtgenoot-1-2-qr-zegelregel-klem-44", "marriage-certificate", PART, "nl",
              marriage_bel, country="BEL", notes="Belgian marriage extract, spouses in two columns, binder clip")


# =========================================================================== nationality certificates

def nationality_civ(person: Person, rng, *, issue_date=None, **opts):
    """Ivorian court's 'certificat de nationalité': the court's name in a box at the top left, 'N° ... / CN' in a
    box at the top right, the certificate in the first person of the presiding judge ('Nous, ..., Président du
    Tribunal ..., certifions que ...') typed in Liberation Mono with the holder's data on their own indented
    lines, the legal basis, the clerk's and the judge's signatures side by side under their labels, the court's
    round stamp; printed on green-tinted security paper, faxed to the lawyer's office (fax header line)."""
    issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(40, 1100)))
    court = rng.choice(["Abidjan-Plateau", "Yopougon", "Bouaké", "Daloa"])
    sh = Sheet(paper="green")
    frame(sh, 16, 12, 78, 20, lw=0.3)
    put(sh, 19, 14, "RÉPUBLIQUE DE CÔTE D'IVOIRE", f=LMO_B, pt=8)
    put(sh, 19, 18.5, "COUR D'APPEL D'ABIDJAN", f=LMO, pt=7.5)
    put(sh, 19, 23, "TRIBUNAL DE PREMIÈRE INSTANCE", f=LMO, pt=7.5)
    put(sh, 19, 27.5, f"DE {court.upper()}", f=LMO, pt=7.5)
    frame(sh, 140, 12, 54, 12, lw=0.3)
    no = f"N° {_act(person, 'cn', 100, 9999)}/{issued.year}/CN"
    put(sh, 167, 15.5, no, f=LMO_B, pt=9, a="center")
    put(sh, 105, 46, "CERTIFICAT DE NATIONALITÉ IVOIRIENNE", f=LMO_B, pt=12.5, a="center")
    judge = rng.choice(["KOUADIO Jean-Marc", "DIABATÉ Mariam", "N'DRI Koffi Paul", "OUATTARA Aminata"])
    y = block(sh, 20, 60, 170, f"Nous, {judge}, Président du Tribunal de Première Instance de {court}, vu les articles "
              f"6 et 7 du Code de la nationalité ivoirienne, vu les pièces produites, certifions que :", f=LMO, pt=9.6,
              lead=1.45) + 4
    e = "e" if person.sex == "F" else ""
    for a, b in [("Nom", person.surname.upper()), ("Prénoms", person.given_names), ("Né" + e + " le",
                                                                                    d_num(person.birth_date, "/")),
                 ("à", f"{person.birth_place} (Côte d'Ivoire)"), ("Fils" if not e else "Fille", f"de {person.father or '-'}"),
                 ("", f"et de {person.mother or '-'}")]:
        put(sh, 34, y, a, f=LMO, pt=9.6)
        put(sh, 70, y, b, f=LMO_B, pt=shrink(b, 118, LMO_B, 9.6))
        y += 6.2
    y = block(sh, 20, y + 4, 170, f"est Ivoirien{e} pour être né{e} en Côte d'Ivoire d'un père ou d'une mère eux-mêmes "
              f"Ivoiriens. En foi de quoi le présent certificat lui est délivré pour servir et valoir ce que de droit.",
              f=LMO, pt=9.6, lead=1.45) + 8
    put(sh, 20, y, f"Fait à {court}, le {d_num(issued, '/')}", f=LMO, pt=9.6)
    put(sh, 28, y + 10, "Le Greffier", f=LMO_B, pt=9.6)
    put(sh, 128, y + 10, "Le Président", f=LMO_B, pt=9.6)
    sig(sh, 24, y + 16, rng, c=BLACK_PEN, w=34)
    sig(sh, 126, y + 16, rng, c=BLUE_PEN)
    seal(sh, 82, y + 12, ["TRIBUNAL DE PREMIÈRE INSTANCE", court.upper(), "CÔTE D'IVOIRE"], rng, c=S_GREEN, mm=30)
    hdr = (f"{d_num(TODAY - datetime.timedelta(days=rng.randint(10, 60)), '/', short_year=True)} "
           f"{rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}  FROM: +225 27 20 {rng.randint(10, 99)} "
           f"{rng.randint(10, 99)} {rng.randint(10, 99)}  TO: CABINET  P.001/001")
    return [faxed(sh, rng, hdr)]


def nationality_rwa(person: Person, rng, *, issue_date=None, **opts):
    """Rwandan 'Icyemezo cy'ubwenegihugu / Certificate of Nationality / Certificat de nationalité' of the
    Directorate General of Immigration and Emigration: numbered fields '1.' to '7.' each with the English caption
    in bold and the Kinyarwanda caption in grey after it, a certificate number and an online verification code in
    a footer bar, the Director General's printed name under a scanned signature; copied through the left side of
    the document feeder with a pale roller streak."""
    issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(40, 900)))
    sh = Sheet()
    emblem(sh, 18, 12, 18, rng, "sun", c=(0, 100, 160))
    put(sh, 40, 13, "REPUBLIC OF RWANDA", f=GOT_B, pt=11)
    put(sh, 40, 18.5, "DIRECTORATE GENERAL OF IMMIGRATION AND EMIGRATION", f=GOT, pt=8.4, c=MID)
    put(sh, 40, 22.5, "Ubuyobozi Bukuru bushinzwe Abinjira n'Abasohoka", f=GOT_O, pt=8.2, c=MID)
    put(sh, 105, 40, "CERTIFICATE OF NATIONALITY", f=GOT_B, pt=14, a="center")
    put(sh, 105, 47, "ICYEMEZO CY'UBWENEGIHUGU  ·  CERTIFICAT DE NATIONALITÉ", f=GOT, pt=9, a="center", c=MID)
    no = f"CN/{issued.year}/{_act(person, 'cnr', 10000, 99999)}"
    rows = [("Surname", "Izina", person.surname.upper()), ("Given names", "Andi mazina", person.given_names),
            ("Date of birth", "Itariki y'amavuko", d_num(person.birth_date, "/")),
            ("Place of birth", "Aho yavukiye", f"{person.birth_place}, Rwanda"),
            ("Father", "Se", person.father or "-"), ("Mother", "Nyina", person.mother or "-"),
            ("Nationality", "Ubwenegihugu", "Rwandan by origin (Article 6, Organic Law on Rwandan Nationality)")]
    y = 62.0
    for i, (en, rw, v) in enumerate(rows, 1):
        put(sh, 22, y, f"{i}.", f=GOT_B, pt=9.6)
        put(sh, 30, y, en, f=GOT_B, pt=9.6)
        put(sh, 30 + width(en, GOT_B, 9.6) + 2, y, f"/ {rw}", f=GOT, pt=8.6, c=MID)
        put(sh, 30, y + 5, v, f=CAR, pt=shrink(v, 158, CAR, 11))
        sh.rule(30, y + 10.5, 190, y + 10.5, width_mm=0.12, color=PALE)
        y += 13
    y += 6
    block(sh, 22, y, 166, "This certificate is issued to the above-named person for all legal purposes. / Iki "
          "cyemezo gihawe uwavuzwe haruguru kugira ngo akigaragaze aho bikenewe.", f=CAR_I, pt=9.4, lead=1.4)
    put(sh, 22, y + 18, f"Kigali, {d_num(issued, '/')}", f=CAR, pt=10)
    sig(sh, 120, y + 16, rng, c=BLACK_PEN)
    put(sh, 120, y + 31, rng.choice(["Francis Nkurunziza", "Régine Mukarugwiza", "Alain Mugabo"]), f=CAR_B, pt=10)
    put(sh, 120, y + 35.5, "Director General", f=CAR_I, pt=9)
    seal(sh, 84, y + 20, ["REPUBLIC OF RWANDA", "DGIE", "KIGALI"], rng, c=S_BLUE, mm=28)
    flat(sh, 0, 272, 210, 12, (230, 236, 242))
    put(sh, 16, 275, f"Certificate No. {no}", f=GOT, pt=8.4)
    put(sh, 194, 275, f"Verify: irembo.gov.rw  code {crc(no) % 900000 + 100000}", f=GOT, pt=8.4, a="right")
    return [streak(sh, rng)]


_id._register("nationality-civ-tribunal-ik-vorm-mono-groen-papier-twee-handtekeningen-gefaxt-44",
              "nationality-certificate", PART, "fr", nationality_civ, country="CIV",
              notes="Ivorian court's certificate of nationality, typed in mono on green paper, faxed")
_id._register("nationality-rwa-dgie-genummerde-velden-engels-vet-kinyarwanda-grijs-voetbalk-44",
              "nationality-certificate", PART, "en", nationality_rwa, country="RWA",
              notes="Rwandan certificate of nationality, numbered fields, verification footer")


# =========================================================================== embassy identity certificates

def idcert_civ(person: Person, rng, *, issue_date=None, declarative=False, **opts):
    """Identity attestation of the Ivorian embassy in Brussels: the photo stapled at the top RIGHT with the
    embassy's round stamp half on the photo and half on the paper, a numbered reference line, the holder's data
    as a list with long dashes, the basis of the attestation (documents seen, or only the holder's statements)
    in a final paragraph, the consul's signature BELOW 'Le Consul Général' at the right; clipped copy."""
    issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(20, 500)))
    sh = Sheet()
    emblem(sh, 18, 12, 14, rng, "sun", c=(200, 110, 20))
    put(sh, 36, 13, "AMBASSADE DE CÔTE D'IVOIRE", f=SER_B, pt=11)
    put(sh, 36, 18.5, "EN BELGIQUE, AU LUXEMBOURG ET AUPRÈS DE L'UNION EUROPÉENNE", f=SER, pt=6.8, c=MID)
    put(sh, 36, 22.5, "Service Consulaire - Avenue F.D. Roosevelt 234, 1050 Bruxelles", f=SER, pt=6.8, c=MID)
    sh.photo(160, 34, 30, 38, rng)
    put(sh, 16, 34, f"N° {_act(person, 'ic', 100, 999)}/AMB-CI/SC/{issued.year % 100}", f=SER, pt=8.5)
    seal(sh, 146, 56, ["AMBASSADE DE CÔTE D'IVOIRE", "BRUXELLES", "SERVICE CONSULAIRE"], rng, c=S_GREEN, mm=28)
    sh.rule(162, 33, 172, 32, width_mm=0.7, color=(95, 95, 100))
    put(sh, 88, 82, "ATTESTATION D'IDENTITÉ", f=SER_B, pt=14, a="center")
    e = "e" if person.sex == "F" else ""
    y = block(sh, 20, 96, 170, "Le Consul Général de la République de Côte d'Ivoire à Bruxelles atteste que la "
              "personne dont la photographie figure ci-dessus est :", f=SER, pt=10, lead=1.45) + 4
    for a, b in [("Nom", person.surname.upper()), ("Prénoms", person.given_names),
                 ("Date de naissance", d_num(person.birth_date, "/")), ("Lieu de naissance",
                                                                        f"{person.birth_place} (Côte d'Ivoire)"),
                 ("Père", person.father or "-"), ("Mère", person.mother or "-"), ("Nationalité", "ivoirienne")]:
        put(sh, 26, y, "—", f=SER, pt=10)
        put(sh, 32, y, f"{a} : ", f=SER, pt=10)
        put(sh, 32 + width(f"{a} : ", SER, 10), y, b, f=SER_B, pt=shrink(b, 120, SER_B, 10))
        y += 6.4
    basis = (f"La présente attestation est établie sur la seule base des déclarations de l'intéressé{e}, qui ne "
             f"présente aucun document d'état civil ni d'identité." if declarative else
             f"La présente attestation est établie au vu de l'extrait d'acte de naissance et de la carte consulaire de "
             f"l'intéressé{e}, dont les données ont été vérifiées auprès du registre consulaire.")
    y = block(sh, 20, y + 4, 170, basis + " Elle lui est délivrée pour servir et valoir ce que de droit.", f=SER,
              pt=10, lead=1.45) + 8
    put(sh, 20, y, f"Bruxelles, le {d_long(issued, 'fr')}", f=SER, pt=10)
    put(sh, 130, y + 8, "Le Consul Général", f=SER_B, pt=10)
    sig(sh, 128, y + 14, rng, c=BLUE_PEN)
    seal(sh, 100, y + 10, ["AMBASSADE DE CÔTE D'IVOIRE", "BRUXELLES"], rng, c=S_GREEN, mm=26)
    return [clipped(sh, rng)]


def idcert_rwa(person: Person, rng, *, issue_date=None, declarative=False, **opts):
    """Identity certificate of the Rwandan embassy in Brussels, bilingual English/French in two parallel columns
    (English left, French right), the photo in a printed frame centred above the columns with the dry seal over
    its lower edge, the holder's data in a shared table under the photo, signed at the very end above the
    ambassador's typed name (no label); phone photo of the page lying on a wooden desk."""
    issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(20, 500)))
    sh = Sheet()
    put(sh, 105, 12, "EMBASSY OF THE REPUBLIC OF RWANDA  ·  AMBASSADE DE LA RÉPUBLIQUE DU RWANDA", f=CAL_B, pt=9.6,
        a="center")
    put(sh, 105, 17.5, "Brussels / Bruxelles", f=CAL_I, pt=9, a="center", c=MID)
    sh.rule(20, 23, 190, 23, width_mm=0.4, color=(0, 100, 160))
    frame(sh, 88, 28, 34, 42, lw=0.4)
    sh.photo(90, 30, 30, 38, rng)
    seal(sh, 108, 56, ["EMBASSY OF RWANDA", "BRUSSELS"], rng, c=(150, 150, 155), mm=20)
    put(sh, 105, 76, "CERTIFICATE OF IDENTITY  /  CERTIFICAT D'IDENTITÉ", f=CAL_B, pt=12.5, a="center")
    rows = [("Surname / Nom", person.surname.upper()), ("Given names / Prénoms", person.given_names),
            ("Date of birth / Date de naissance", d_num(person.birth_date, "/")),
            ("Place of birth / Lieu de naissance", f"{person.birth_place}, Rwanda"),
            ("Nationality / Nationalité", "Rwandan / rwandaise")]
    y = 86.0
    for a, b in rows:
        frame(sh, 30, y, 70, 8, lw=0.2, c=MID)
        frame(sh, 100, y, 80, 8, lw=0.2, c=MID)
        put(sh, 32, y + 1.8, a, f=CAL, pt=8.8, c=INK)
        put(sh, 102, y + 1.6, b, f=CAL_B, pt=shrink(b, 76, CAL_B, 10))
        y += 8
    y += 8
    pr = "she" if person.sex == "F" else "he"
    if declarative:
        en = (f"This certificate is issued on the basis of the holder's own declarations only; {pr} presented no "
              f"identity or civil-status document.")
        fr = ("Le présent certificat est établi sur la seule base des déclarations du titulaire, qui n'a présenté "
              "aucun document d'identité ni d'état civil.")
    else:
        en = (f"The embassy certifies that the person whose photograph appears above is a Rwandan national, as "
              f"established from {'her' if pr == 'she' else 'his'} national identity record and birth certificate.")
        fr = ("L'ambassade certifie que la personne dont la photographie figure ci-dessus est de nationalité "
              "rwandaise, au vu de son registre national d'identité et de son acte de naissance.")
    y1 = block(sh, 22, y, 80, en, f=CAL, pt=10, lead=1.45)
    y2 = block(sh, 112, y, 78, fr, f=CAL, pt=10, lead=1.45)
    sh.rule(106, y - 2, 106, max(y1, y2), width_mm=0.2, color=PALE)
    y = max(y1, y2) + 8
    put(sh, 22, y, f"Brussels / Bruxelles, {d_num(issued, '.')}", f=CAL, pt=10)
    sig(sh, 130, y + 6, rng, c=BLACK_PEN)
    put(sh, 130, y + 21, rng.choice(["Jean-Paul Rukundo", "Clarisse Uwera", "Didier Habineza"]), f=CAL_B, pt=10)
    seal(sh, 96, y + 4, ["EMBASSY OF THE REPUBLIC OF RWANDA", "BRUSSELS"], rng, c=S_BLUE, mm=28)
    return [_desk(sh, rng)]


def _desk(sh: Sheet, rng: random.Random, dpi: int = 170) -> Sheet:
    """A phone photo of the paper lying on a wooden desk, the app having cropped it roughly to A4."""
    img = bake(sh, dpi)
    W, H = img.size
    wood = rng.choice([(140, 100, 64), (110, 80, 56), (160, 132, 98)])
    bg = Image.new("RGB", (W, H), wood)
    grain = Image.new("L", (W, H), 255)
    gd = ImageDraw.Draw(grain)
    for y in range(0, H, 7):
        gd.line([(0, y), (W, y + rng.randint(-20, 20))], fill=rng.randint(200, 250), width=rng.randint(2, 5))
    bg = ImageChops.multiply(bg, Image.merge("RGB", (grain, grain, grain)))
    s = rng.uniform(0.86, 0.92)
    pw, ph = int(W * s), int(H * s)
    page = img.resize((pw, ph), Image.BILINEAR)
    j = lambda: rng.randint(-int(W * 0.018), int(W * 0.018))  # noqa: E731
    quad = (j(), j(), j(), ph + j(), pw + j(), ph + j(), pw + j(), j())
    page = page.transform((pw, ph), Image.QUAD, quad, Image.BILINEAR, fillcolor=wood)
    bg.paste(page, ((W - pw) // 2, (H - ph) // 2))
    grad = Image.radial_gradient("L").resize((W, H)).point(lambda v: 255 - int(v * 0.18))
    bg = ImageChops.multiply(bg, Image.merge("RGB", (grad, grad, grad)))
    return sheet_of(bg, sh.width_mm, sh.height_mm)


_id._register("idcert-civ-ambassade-foto-geniet-rechtsboven-stempel-half-op-foto-streepjeslijst-klem-44",
              "identity-certificate", PART, "fr", idcert_civ, country="CIV", photo=True,
              notes="Ivorian embassy identity attestation, stapled photo, dashed list, clipped copy")
_id._register("idcert-rwa-ambassade-engels-frans-parallelle-kolommen-foto-gecentreerd-bureaufoto-44",
              "identity-certificate", PART, "en", idcert_rwa, country="RWA", photo=True,
              notes="Rwandan embassy identity certificate in two parallel languages, photo of the page on a desk")


# =========================================================================== sworn translations

def translation_be(person: Person, rng, *, issue_date=None, of_type="birth-certificate", source_lang="tr",
                   father=None, mother=None, **opts):
    """French translation by a translator sworn at the Brussels court of first instance: the translator's round
    seal in the LEFT margin next to every block, 'TRADUCTION DU TURC' centred, the act's rubrics translated line
    by line with the line numbers of the original in the margin, '[cachet: ...]' notes in italics, then the
    formula 'Pour traduction certifiée conforme et fidèle' with the signature at the end and no label; a second
    seal overlapping the date."""
    issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(8, 80)))
    tr = rng.choice([("Deniz", "Aktaş"), ("Claire", "Vanhove"), ("Mehmet Ali", "Korkmaz"), ("Isabelle", "Dechamps")])
    sh = Sheet()
    put(sh, 20, 12, f"{tr[0]} {tr[1].upper()}", f=FSE_B, pt=11)
    put(sh, 20, 17, "Traducteur-interprète juré - Tribunal de première instance francophone de Bruxelles",
        f=FSE_I, pt=8.2, c=MID)
    put(sh, 20, 21.2, "turc - français - anglais", f=FSE, pt=8.2, c=MID)
    put(sh, 105, 36, "TRADUCTION DU TURC", f=FSE_B, pt=14, a="center", sp=0.8)
    put(sh, 105, 43, "(document original présenté : extrait de registre de naissance, 1 page)", f=FSE_I, pt=9,
        a="center")
    lines = [("", "[Armoiries] RÉPUBLIQUE DE TURQUIE - MINISTÈRE DE L'INTÉRIEUR"),
             ("", "Direction de la population du district"),
             ("", "COPIE D'ENREGISTREMENT RELATIVE À UNE NAISSANCE - registre des étrangers")]
    for _tr, _nl, fr, v in tr_facts(person, father, mother):
        if fr == "Sexe":
            v = "féminin" if person.sex == "F" else "masculin"
        if fr == "Nationalité":
            v = {"SYR": "République arabe syrienne", "CIV": "Côte d'Ivoire", "RWA": "Rwanda"}.get(person.nationality, v)
        lines.append((fr, v))
    y = 56.0
    for i, (a, b) in enumerate(lines, 1):
        put(sh, 22, y, f"{i:>2}", f=FSE, pt=8, c=PALE)
        if a:
            put(sh, 30, y, a + " :", f=FSE, pt=10.5)
            put(sh, 92, y, b, f=FSE_B, pt=shrink(b, 98, FSE_B, 10.5))
        else:
            put(sh, 30, y, b, f=FSE_B if i == 3 else FSE, pt=shrink(b, 160, FSE, 10.5))
        y += 6.6
    y += 4
    y = block(sh, 30, y, 160, "[Texte :] La naissance de l'étranger dont l'identité figure ci-dessus a été inscrite au "
              "registre des étrangers conformément à la loi n° 5490 sur les services de la population. [Cachet rouge : "
              "« CONFORME À L'ORIGINAL »] [Sceau de la direction de la population] [Signature illisible] Le Directeur "
              "de la population.", f=FSE_I, pt=9.8, lead=1.45) + 10
    y = block(sh, 30, y, 160, f"Je soussigné{'e' if tr[0] in ('Claire', 'Isabelle') else ''}, traducteur juré, "
              f"certifie que la présente traduction est conforme au document rédigé en langue turque qui m'a été "
              f"soumis. Pour traduction certifiée conforme et fidèle.", f=FSE, pt=10.5, lead=1.45) + 6
    put(sh, 30, y, f"Bruxelles, le {d_long(issued, 'fr')}", f=FSE, pt=10.5)
    sig(sh, 120, y + 4, rng, c=BLUE_PEN)
    for yy in (52, y - 20):
        seal(sh, 2, yy, ["TRADUCTEUR JURÉ", f"{tr[1].upper()}", "BRUXELLES"], rng, c=S_BLUE, mm=18)
    seal(sh, 66, y - 6, ["TRADUCTEUR JURÉ", f"{tr[0][0]}. {tr[1].upper()}", "BRUXELLES"], rng, c=S_BLUE, mm=24)
    return [sh]


def translation_nl(person: Person, rng, *, issue_date=None, of_type="birth-certificate", source_lang="tr",
                   father=None, mother=None, **opts):
    """Dutch sworn translation (beëdigd vertaler, Rbtv number) laid out as a two-column table: the Turkish caption
    in the left column in grey and its Dutch translation with the value in the right one; a header band with the
    translator's name and 'Vertaling uit het Turks', the statement of fidelity in a box at the foot with the
    rectangular Rbtv stamp over the box's border and the signature to the RIGHT of the 'Handtekening' label."""
    issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(8, 80)))
    tr = rng.choice([("Emine", "Polat"), ("Wouter", "Kuipers"), ("Sibel", "Yıldırım"), ("Anneke", "Groen")])
    rbtv = rng.randint(10000, 99999)
    city = rng.choice(["Haarlem", "Zwolle", "Tilburg", "Enschede"])
    sh = Sheet()
    flat(sh, 0, 0, 210, 24, (236, 238, 242))
    put(sh, 18, 6, f"{tr[0]} {tr[1]}", f=DJS_B, pt=11)
    put(sh, 18, 12, f"beëdigd vertaler Turks - Nederlands · Rbtv {rbtv} · {city}", f=DJS, pt=8.4, c=MID)
    put(sh, 192, 8, "VERTALING UIT HET TURKS", f=DJS_B, pt=10.5, a="right")
    put(sh, 18, 32, "Brondocument: Doğum Olayına Ait Kayıt Örneği (uittreksel uit het vreemdelingenregister)",
        f=DJS_O, pt=8.6, c=MID)
    put(sh, 18, 42, "Republiek Turkije · Ministerie van Binnenlandse Zaken · Bevolkingsdienst van het district",
        f=DJS_B, pt=9.2)
    y = 52.0
    for trc, nl, _fr, v in tr_facts(person, father, mother):
        if nl == "Geslacht":
            v = "vrouwelijk" if person.sex == "F" else "mannelijk"
        if nl == "Nationaliteit":
            v = {"SYR": "Syrische Arabische Republiek", "CIV": "Ivoorkust", "RWA": "Rwanda"}.get(person.nationality, v)
        frame(sh, 18, y, 62, 9, lw=0.2, c=PALE)
        frame(sh, 80, y, 112, 9, lw=0.2, c=PALE)
        put(sh, 20, y + 2.4, trc, f=DJS, pt=8.2, c=MID)
        put(sh, 82, y + 0.8, nl, f=DJS, pt=7, c=MID)
        put(sh, 82, y + 4.2, v, f=DJS_B, pt=shrink(v, 106, DJS_B, 9.2))
        y += 9
    y += 6
    y = block(sh, 18, y, 174, "[Tekst:] De geboorte van bovengenoemde vreemdeling is ingeschreven in het "
              "vreemdelingenregister op grond van Wet nr. 5490 op de bevolkingsdiensten. [Rode stempel: EENSLUIDEND "
              "MET HET ORIGINEEL] [zegel] [paraaf] Hoofd bevolkingsdienst.", f=DJS_O, pt=8.8, lead=1.45) + 10
    frame(sh, 18, y, 174, 34, lw=0.35)
    block(sh, 22, y + 3, 166, f"Ondergetekende, {tr[0]} {tr[1]}, beëdigd vertaler, ingeschreven in het Register "
          f"beëdigde tolken en vertalers onder nummer {rbtv}, verklaart dat deze vertaling getrouw en volledig is.",
          f=DJS, pt=9, lead=1.4)
    put(sh, 22, y + 20, f"{city}, {d_long(issued, 'nl')}", f=DJS, pt=9)
    put(sh, 100, y + 20, "Handtekening:", f=DJS, pt=9)
    sig(sh, 124, y + 15, rng, c=BLACK_PEN)
    seal(sh, 150, y - 8, ["BEËDIGD VERTALER", f"{tr[0][0]}. {tr[1].upper()}", f"RBTV {rbtv}"], rng, shape="rect",
         c=S_BLUE, mm=38)
    return [sh]


_id._register("translation-be-brussel-frans-regelnummers-zegel-in-kantlijn-handtekening-zonder-label-44",
              "translation", PART, "fr", translation_be, country="BEL",
              notes="Brussels sworn translation into French, line numbers, seals in the margin")
_id._register("translation-nl-rbtv-tabel-turks-links-nederlands-rechts-verklaringskader-44", "translation", PART,
              "nl", translation_nl, country="NLD", notes="Dutch sworn translation as a two-column table")
