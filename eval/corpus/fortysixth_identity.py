"""Identity and civil-status families of the `fortysixth` part (registered in identity.FAMILIES), and the drawing kit
(faces, pens, date forms, seals, copy habits) that this part's 9ter and IND modules share.

Written by a writer who saw neither the validator nor its output, from the seeds, rules.md and how such papers look
in Belgian and Dutch files.  Each family's layout, wording and copy habit is described in its function's docstring
only (the part is read blind).  The part's applicants come from Ethiopia, Haiti and Cameroon (9ter) and from
Bangladesh, Georgia and Ethiopia (IND); a Surinamese passport serves only the one IND rule that needs it.  A Turkish
registry print serves the applicants born in Türkiye, a Georgian-only birth certificate the IND translation cases,
and Belgian civil-status extracts, a Dutch residence card and two sworn translations complete the set.
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
from .people import MONTHS, Person, strip_accents

PART = "fortysixth"
D = datetime.date
TODAY = D(2026, 12, 1)

# --------------------------------------------------------------------------- faces
_O = "/usr/share/fonts/opentype"
_T = "/usr/share/fonts/truetype"
URW = f"{_O}/urw-base35"
F_SERIF, F_SERIF_B, F_SERIF_I = (f"{_T}/freefont/FreeSerif.ttf", f"{_T}/freefont/FreeSerifBold.ttf",
                                 f"{_T}/freefont/FreeSerifItalic.ttf")
F_SANS, F_SANS_B, F_SANS_I = (f"{_T}/freefont/FreeSans.ttf", f"{_T}/freefont/FreeSansBold.ttf",
                              f"{_T}/freefont/FreeSansOblique.ttf")
F_MONO, F_MONO_B = f"{_T}/freefont/FreeMono.ttf", f"{_T}/freefont/FreeMonoBold.ttf"
DJ, DJ_B, DJ_I = f"{_T}/dejavu/DejaVuSans.ttf", f"{_T}/dejavu/DejaVuSans-Bold.ttf", f"{_T}/dejavu/DejaVuSans-Oblique.ttf"
DJC, DJC_B = f"{_T}/dejavu/DejaVuSansCondensed.ttf", f"{_T}/dejavu/DejaVuSansCondensed-Bold.ttf"
DJS, DJS_B, DJS_I = f"{_T}/dejavu/DejaVuSerif.ttf", f"{_T}/dejavu/DejaVuSerif-Bold.ttf", f"{_T}/dejavu/DejaVuSerif-Italic.ttf"
DJSC, DJSC_B = f"{_T}/dejavu/DejaVuSerifCondensed.ttf", f"{_T}/dejavu/DejaVuSerifCondensed-Bold.ttf"
DJM, DJM_B = f"{_T}/dejavu/DejaVuSansMono.ttf", f"{_T}/dejavu/DejaVuSansMono-Bold.ttf"
LIB, LIB_B, LIB_I = (f"{_T}/liberation/LiberationSerif-Regular.ttf", f"{_T}/liberation/LiberationSerif-Bold.ttf",
                     f"{_T}/liberation/LiberationSerif-Italic.ttf")
ARI, ARI_B, ARI_I = (f"{_T}/liberation/LiberationSans-Regular.ttf", f"{_T}/liberation/LiberationSans-Bold.ttf",
                     f"{_T}/liberation/LiberationSans-Italic.ttf")
NAR, NAR_B = f"{_T}/liberation/LiberationSansNarrow-Regular.ttf", f"{_T}/liberation/LiberationSansNarrow-Bold.ttf"
CNEW, CNEW_B = f"{_T}/liberation/LiberationMono-Regular.ttf", f"{_T}/liberation/LiberationMono-Bold.ttf"
CAL, CAL_B, CAL_I = (f"{_T}/crosextra/Carlito-Regular.ttf", f"{_T}/crosextra/Carlito-Bold.ttf",
                     f"{_T}/crosextra/Carlito-Italic.ttf")
CAM, CAM_B, CAM_I = (f"{_T}/crosextra/Caladea-Regular.ttf", f"{_T}/crosextra/Caladea-Bold.ttf",
                     f"{_T}/crosextra/Caladea-Italic.ttf")
GOTH, GOTH_B = f"{URW}/URWGothic-Book.otf", f"{URW}/URWGothic-Demi.otf"
BOOK, BOOK_B, BOOK_I = f"{URW}/URWBookman-Light.otf", f"{URW}/URWBookman-Demi.otf", f"{URW}/URWBookman-LightItalic.otf"
CENT, CENT_B, CENT_I = f"{URW}/C059-Roman.otf", f"{URW}/C059-Bold.otf", f"{URW}/C059-Italic.otf"
PAL, PAL_B, PAL_I = f"{URW}/P052-Roman.otf", f"{URW}/P052-Bold.otf", f"{URW}/P052-Italic.otf"
TIM, TIM_B, TIM_I = f"{URW}/NimbusRoman-Regular.otf", f"{URW}/NimbusRoman-Bold.otf", f"{URW}/NimbusRoman-Italic.otf"
HEL, HEL_B, HEL_I = f"{URW}/NimbusSans-Regular.otf", f"{URW}/NimbusSans-Bold.otf", f"{URW}/NimbusSans-Italic.otf"
HELN, HELN_B = f"{URW}/NimbusSansNarrow-Regular.otf", f"{URW}/NimbusSansNarrow-Bold.otf"
TYPE, TYPE_B = f"{URW}/NimbusMonoPS-Regular.otf", f"{URW}/NimbusMonoPS-Bold.otf"
PRIME, PRIME_B = f"{_O}/courier-prime/Courier Prime.otf", f"{_O}/courier-prime/Courier Prime Bold.otf"
OCR = f"{_T}/dejavu/DejaVuSansMono.ttf"
# pens
P_ROUND, P_ITAL, P_BOLD = f"{_T}/fifthhorseman/dkg.ttf", f"{_T}/fifthhorseman/dkgIt.ttf", f"{_T}/fifthhorseman/dkgBd.ttf"
P_BREIP = f"{_T}/breip/Breip.ttf"
P_CHANC = f"{URW}/Z003-MediumItalic.otf"
P_CAPS = f"{_T}/humor-sans/Humor-Sans.ttf"
P_KRISTI = f"{_T}/kristi/Kristi.ttf"

BLK, MID, PALE = (20, 20, 24), (100, 100, 106), (168, 168, 172)
BALL_BLUE, BALL_BLACK, INK_ROYAL, INK_GREEN, FELT_RED = (26, 44, 160), (28, 28, 34), (30, 38, 120), (18, 88, 64), \
    (160, 28, 40)
SEAL_BLUE, SEAL_PURPLE, SEAL_RED, SEAL_GREEN, SEAL_GREY = (40, 70, 175), (105, 45, 150), (178, 38, 52), \
    (34, 112, 74), (70, 70, 76)

# --------------------------------------------------------------------------- glyphs a face lacks
_COVER: dict[str, set | None] = {}
_NEAR = {"–": "-", "—": "-", "’": "'", "‘": "'", "“": '"', "”": '"', "„": '"', "…": "...", "€": "EUR", "°": "o",
         "·": "-", "İ": "I", "ı": "i", "ş": "s", "Ş": "S", "ğ": "g", "Ğ": "G", "œ": "oe", "Œ": "OE", "µ": "u",
         "≥": ">=", "≤": "<=", "×": "x", "✓": "v", "•": "-", "ë": "e", "Ë": "E", "ç": "c", "Ç": "C", "№": "No"}


def fit(s, font: str) -> str:
    """What ``font`` can draw of ``s``: missing glyphs become a near form, or are dropped."""
    if font not in _COVER:
        try:
            from fontTools.ttLib import TTFont
            _COVER[font] = set(TTFont(font, lazy=True).getBestCmap().keys())
        except (OSError, ImportError, KeyError, AttributeError):
            _COVER[font] = None
    cov = _COVER[font]
    s = str(s)
    if not cov:
        return s
    out = []
    for ch in s:
        if ch == "\n" or ord(ch) in cov:
            out.append(ch)
            continue
        alt = _NEAR.get(ch) or strip_accents(ch)
        out.append(alt if alt and all(ord(a) in cov for a in alt) else "")
    return "".join(out)


def put(sh: Sheet, x, y, s, *, f=HEL, pt=9.0, c=BLK, a="left", sp=0.0) -> float:
    """One line whose top is at y; returns its width in mm."""
    return sh.text(x, y, fit(s, f), font=f, size_pt=pt, color=c, anchor=a, letter_spacing=sp)


def wid(s, f=HEL, pt=9.0) -> float:
    return text_width_mm(fit(s, f), f, pt)


def block(sh: Sheet, x, y, w, s, *, f=TIM, pt=10.0, lead=1.35, align="left", c=BLK) -> float:
    return sh.paragraph(x, y, w, fit(s, f), font=f, size_pt=pt, leading=lead, align=align, color=c)


def shrink(s, w, f, pt, lo=5.0) -> float:
    while pt > lo and wid(s, f, pt) > w:
        pt -= 0.25
    return pt


def lines_of(sh: Sheet, s, w, f, pt) -> list[str]:
    return sh.wrap(fit(s, f), w, font=f, size_pt=pt)


def hand(sh: Sheet, x, y, s, rng, *, f=P_ROUND, pt=12.0, c=BALL_BLUE, w=None, caps=False) -> float:
    """Words written by hand (made smaller to fit w mm when given)."""
    s = str(s)
    if caps:
        s = strip_accents(s).upper()
    s = fit(s, f)
    if not s.strip():
        return 0.0
    if w:
        while pt > 7 and wid(s, f, pt) * 1.17 > w:
            pt -= 0.5
    return sh.handwriting(x, y, s, rng, size_pt=pt, color=c, font=f)


def hand_block(sh: Sheet, x, y, w, s, rng, *, f=P_ROUND, pt=11.0, lh=5.8, c=BALL_BLUE, n=12, caps=False) -> float:
    if caps:
        s = strip_accents(s).upper()
    for ln in sh.wrap(fit(s, f), w * 0.84, font=f, size_pt=pt)[:n]:
        hand(sh, x + rng.uniform(-0.5, 0.5), y + rng.uniform(-0.3, 0.3), ln, rng, f=f, pt=pt, c=c)
        y += lh
    return y


def scrawl(sh: Sheet, x, y, rng, *, w=None, h=None, c=BALL_BLUE, style=None) -> None:
    sh.signature(x, y, w or rng.uniform(30, 46), h or rng.uniform(9, 14), rng, color=c, style=style)


def seal(sh: Sheet, x, y, lines, rng, *, shape="round", c=SEAL_BLUE, mm=30.0, angle=None):
    return sh.stamp(x, y, [fit(s, HEL_B) for s in lines], rng, shape=shape, color=c, size_mm=mm, angle=angle)


def frame(sh: Sheet, x, y, w, h, *, lw=0.25, c=BLK, fill=None) -> None:
    sh.rect(x, y, w, h, width_mm=lw, color=c, fill=fill)


def tint(sh: Sheet, x, y, w, h, c) -> None:
    sh.rect(x, y, w, h, width_mm=0, color=c, fill=c)


def rule(sh: Sheet, x1, x2, y, *, lw=0.2, c=BLK, dash=None) -> None:
    sh.rule(x1, y, x2, y, width_mm=lw, color=c, dash=dash)


def vrule(sh: Sheet, x, y1, y2, *, lw=0.2, c=BLK) -> None:
    sh.rule(x, y1, x, y2, width_mm=lw, color=c)


def h32(*parts) -> int:
    return zlib.crc32("|".join(str(p) for p in parts).encode("utf-8"))


def nums(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def pen_mark(sh: Sheet, x, y, size, rng, *, c=BALL_BLUE, kind="tick") -> None:
    """A pen mark in a box at (x, y): a tick, a cross or a filled scribble."""
    n = max(20, int(size * 40))
    img = Image.new("RGBA", (n, n), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    j = lambda: rng.uniform(-0.06, 0.06) * n  # noqa: E731
    col = c + (255,)
    wd = max(2, n // 9)
    if kind == "cross":
        d.line([(0.12 * n + j(), 0.12 * n + j()), (0.9 * n + j(), 0.88 * n + j())], fill=col, width=wd)
        d.line([(0.88 * n + j(), 0.1 * n + j()), (0.14 * n + j(), 0.9 * n + j())], fill=col, width=wd)
    elif kind == "fill":
        for k in range(6):
            d.line([(0.15 * n, (0.2 + k * 0.12) * n + j()), (0.85 * n, (0.15 + k * 0.12) * n + j())], fill=col,
                   width=wd)
    else:
        d.line([(0.08 * n + j(), 0.55 * n + j()), (0.38 * n + j(), 0.92 * n + j()), (0.95 * n + j(), 0.05 * n + j())],
               fill=col, width=wd, joint="curve")
    sh.image(x - size * 0.1, y - size * 0.25, size * 1.3, size * 1.3, img, blend="multiply")


def tickbox(sh: Sheet, x, y, size, on: bool, rng=None, *, c=BALL_BLUE, kind="tick", round_=False) -> None:
    """A printed box (or circle) that is empty, marked by pen (rng given) or by a typed X (no rng)."""
    if round_:
        n = 40
        img = Image.new("RGBA", (n, n), (0, 0, 0, 0))
        ImageDraw.Draw(img).ellipse([2, 2, n - 2, n - 2], outline=(40, 40, 40, 255), width=3)
        sh.image(x, y, size, size, img)
    else:
        frame(sh, x, y, size, size, lw=0.25)
    if not on:
        return
    if rng is None:
        put(sh, x + size / 2, y - size * 0.12, "X", f=HEL_B, pt=size * 2.6, a="center")
    else:
        pen_mark(sh, x, y, size, rng, c=c, kind=kind)


# --------------------------------------------------------------------------- date forms

def dmy(d: D, sep: str = ".", zero: bool = True, short: bool = False) -> str:
    y = f"{d.year % 100:02d}" if short else str(d.year)
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{y}" if zero else f"{d.day}{sep}{d.month}{sep}{y}"


def dlong(d: D, lang: str) -> str:
    """3 mars 2026 / 1er mars 2026 / 3 maart 2026 / 3. März 2026 / 3 March 2026."""
    m = MONTHS[lang if lang in MONTHS else "en"][d.month - 1]
    if lang == "fr":
        return f"{'1er' if d.day == 1 else d.day} {m} {d.year}"
    if lang == "de":
        return f"{d.day}. {m} {d.year}"
    return f"{d.day} {m} {d.year}"


_ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]


def droman(d: D) -> str:
    """14.VII.1982 (month in roman figures, as some registries write it)."""
    return f"{d.day}.{_ROMAN[d.month - 1]}.{d.year}"


def dordinal(d: D) -> str:
    """14th July 1982."""
    n = d.day
    suf = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf} {MONTHS['en'][d.month - 1]} {d.year}"


_ABR = {"en": ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"],
        "fr": ["JAN", "FÉV", "MARS", "AVR", "MAI", "JUIN", "JUIL", "AOÛT", "SEPT", "OCT", "NOV", "DÉC"],
        "nl": ["JAN", "FEB", "MRT", "APR", "MEI", "JUN", "JUL", "AUG", "SEP", "OKT", "NOV", "DEC"]}


def dabr(d: D, lang: str = "en", sep: str = " ", short: bool = False) -> str:
    y = f"{d.year % 100:02d}" if short else str(d.year)
    return f"{d.day:02d}{sep}{_ABR[lang][d.month - 1]}{sep}{y}"


def dpair(d: D, lang: str) -> str:
    """'14 JUIL/JUL 1982' (local abbreviation, slash, English)."""
    a, b = _ABR[lang][d.month - 1], _ABR["en"][d.month - 1]
    return f"{d.day:02d} {a}/{b} {d.year}" if a != b else f"{d.day:02d} {b} {d.year}"


_UNITS = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
          "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf"]
_DIZ = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}


def fr_words(n: int) -> str:
    """A number in French words, up to 2099 (how acts write years and days)."""
    if n < 20:
        return _UNITS[n]
    if n < 70:
        t, u = divmod(n, 10)
        return _DIZ[t] + ("" if u == 0 else (" et un" if u == 1 else "-" + _UNITS[u]))
    if n < 80:
        return "soixante" + (" et onze" if n == 71 else "-" + _UNITS[n - 60])
    if n < 100:
        return "quatre-vingt" + ("s" if n == 80 else "-" + _UNITS[n - 80])
    if n < 1000:
        h, r = divmod(n, 100)
        return ("cent" if h == 1 else _UNITS[h] + " cent" + ("s" if r == 0 else "")) + ("" if r == 0 else " " +
                                                                                        fr_words(r))
    t, r = divmod(n, 1000)
    return ("mille" if t == 1 else fr_words(t) + " mille") + ("" if r == 0 else " " + fr_words(r))


def fr_date_words(d: D) -> str:
    return f"{'premier' if d.day == 1 else fr_words(d.day)} {MONTHS['fr'][d.month - 1]} {fr_words(d.year)}"


def span(rng: random.Random, issue, expiry, years: int, back=(60, 2000)):
    if issue is None:
        issue = TODAY - datetime.timedelta(days=rng.randint(*back))
    if expiry is None:
        try:
            expiry = issue.replace(year=issue.year + years) - datetime.timedelta(days=1)
        except ValueError:
            expiry = issue + datetime.timedelta(days=365 * years)
    return issue, expiry


def regno(person: Person, salt: str, lo: int = 10, hi: int = 3000) -> int:
    return h32(person.surname, person.given_names, person.birth_date, salt) % (hi - lo) + lo


# --------------------------------------------------------------------------- copy habits (raster)

def to_img(sh: Sheet, dpi: int = 200) -> Image.Image:
    return sh.render(dpi)


def from_img(img: Image.Image, w: float = 210.0, h: float = 297.0) -> Sheet:
    out = Sheet(w, h)
    out.image(0, 0, w, h, img)
    return out


def upside_down(sh: Sheet, dpi: int = 200) -> Sheet:
    """Laid on the glass the wrong way round: the page turned half a turn."""
    return from_img(to_img(sh, dpi).transpose(Image.ROTATE_180), sh.width_mm, sh.height_mm)


def quarter(sh: Sheet, deg: int, dpi: int = 200) -> Sheet:
    img = to_img(sh, dpi).transpose({90: Image.ROTATE_90, 270: Image.ROTATE_270}[deg])
    return from_img(img, sh.height_mm, sh.width_mm)


def askew(sh: Sheet, angle: float, dpi: int = 200, fill=(255, 255, 255)) -> Sheet:
    img = to_img(sh, dpi).rotate(angle, resample=Image.BILINEAR, expand=False, fillcolor=fill)
    return from_img(img, sh.width_mm, sh.height_mm)


def desk_photo(sh: Sheet, rng: random.Random, dpi: int = 180) -> Sheet:
    """Photographed with a phone on a wooden desk: grain in warm browns round the paper, the sheet a little in
    perspective and darker towards one corner (the phone's shadow)."""
    img = to_img(sh, dpi)
    W, H = img.size
    base = rng.choice([(150, 104, 64), (172, 126, 82), (120, 84, 54)])
    bg = Image.new("RGB", (W, H), base)
    d = ImageDraw.Draw(bg)
    y = 0
    while y < H:
        hh = rng.randint(3, 14)
        k = rng.uniform(-22, 22)
        col = tuple(max(0, min(255, int(v + k))) for v in base)
        d.rectangle([0, y, W, y + hh], fill=col)
        y += hh
    for _ in range(12):
        yy = rng.randint(0, H)
        d.arc([rng.randint(-W, 0), yy - 60, rng.randint(W, 2 * W), yy + 60], 0, 180,
              fill=tuple(max(0, v - 35) for v in base), width=2)
    s = rng.uniform(0.84, 0.9)
    pw, ph = int(W * s), int(H * s)
    page = img.resize((pw, ph), Image.BILINEAR)
    j = lambda: rng.randint(-int(W * 0.025), int(W * 0.025))  # noqa: E731
    quad = (j(), j(), j(), ph + j(), pw + j(), ph + j(), pw + j(), j())
    page = page.transform((pw, ph), Image.QUAD, quad, Image.BILINEAR, fillcolor=base)
    bg.paste(page, ((W - pw) // 2 + rng.randint(-8, 8), (H - ph) // 2 + rng.randint(-8, 8)))
    shade = Image.radial_gradient("L").resize((W, H)).point(lambda v: 255 - int(v * 0.22))
    bg = ImageChops.multiply(bg, Image.merge("RGB", (shade, shade, shade)))
    return from_img(bg, sh.width_mm, sh.height_mm)


def coffee_ring(sh: Sheet, rng: random.Random, dpi: int = 200) -> Sheet:
    """A pale brown ring left by a cup on the copy."""
    img = to_img(sh, dpi)
    W, H = img.size
    ring = Image.new("L", (W, H), 0)
    d = ImageDraw.Draw(ring)
    cx, cy, r = int(W * rng.uniform(0.55, 0.85)), int(H * rng.uniform(0.55, 0.85)), int(W * rng.uniform(0.08, 0.11))
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=70, width=max(3, r // 9))
    d.ellipse([cx - r + 6, cy - r + 3, cx + r - 2, cy + r - 5], outline=30, width=max(2, r // 14))
    ring = ring.filter(ImageFilter.GaussianBlur(3))
    brown = Image.new("RGB", (W, H), (176, 130, 80))
    return from_img(Image.composite(ImageChops.multiply(img, brown), img, ring), sh.width_mm, sh.height_mm)


def taped(sh: Sheet, rng: random.Random, boxes: list[tuple], dpi: int = 200) -> Sheet:
    """Small pieces cut out and stuck on the sheet with clear tape: a faint glossy strip across two corners of
    each piece."""
    img = to_img(sh, dpi)
    k = dpi / 25.4
    d = ImageDraw.Draw(img, "RGBA")
    for (x, y, w, h) in boxes:
        for (cx, cy) in ((x, y), (x + w, y + h)):
            a = rng.uniform(30, 60)
            L, T = 20 * k, 6 * k
            dx, dy = math.cos(math.radians(a)) * L / 2, math.sin(math.radians(a)) * L / 2
            nx, ny = -math.sin(math.radians(a)) * T / 2, math.cos(math.radians(a)) * T / 2
            px, py = cx * k, cy * k
            poly = [(px - dx - nx, py - dy - ny), (px + dx - nx, py + dy - ny), (px + dx + nx, py + dy + ny),
                    (px - dx + nx, py - dy + ny)]
            d.polygon(poly, fill=(235, 235, 225, 70), outline=(190, 190, 180, 120))
    return from_img(img, sh.width_mm, sh.height_mm)


def staple_marks(sh: Sheet, rng: random.Random) -> None:
    """The two small holes a removed staple leaves near the upper left corner."""
    x, y = 12 + rng.uniform(-2, 2), 10 + rng.uniform(-2, 2)
    for dx in (0.0, 9.0):
        tint(sh, x + dx, y + dx * 0.25, 0.9, 0.9, (90, 90, 96))


def toner_streak(sh: Sheet, rng: random.Random, dpi: int = 200) -> Sheet:
    """A copier with a dirty drum: a thin grey streak down the page and a speckled band."""
    img = to_img(sh, dpi)
    W, H = img.size
    d = ImageDraw.Draw(img, "RGBA")
    x = int(W * rng.uniform(0.2, 0.8))
    d.rectangle([x, 0, x + rng.randint(2, 5), H], fill=(80, 80, 80, 70))
    r = random.Random(rng.random())
    for _ in range(900):
        xx = x + int(r.gauss(0, 22))
        yy = r.randint(0, H)
        d.point((xx, yy), fill=(40, 40, 40, 160))
    return from_img(img, sh.width_mm, sh.height_mm)


def folded_in_four(sh: Sheet, rng: random.Random, dpi: int = 200) -> Sheet:
    """Kept folded in four: one horizontal and one vertical crease, each a soft dark line with a bright edge."""
    img = to_img(sh, dpi)
    W, H = img.size
    d = ImageDraw.Draw(img, "RGBA")
    y = int(H * (0.5 + rng.uniform(-0.015, 0.015)))
    x = int(W * (0.5 + rng.uniform(-0.015, 0.015)))
    d.line([(0, y), (W, y + rng.randint(-6, 6))], fill=(60, 60, 60, 80), width=3)
    d.line([(0, y + 3), (W, y + 3)], fill=(255, 255, 255, 110), width=2)
    d.line([(x, 0), (x + rng.randint(-6, 6), H)], fill=(60, 60, 60, 70), width=3)
    d.line([(x + 3, 0), (x + 3, H)], fill=(255, 255, 255, 100), width=2)
    return from_img(img, sh.width_mm, sh.height_mm)


def gutter_left(sh: Sheet, rng: random.Random, dpi: int = 200) -> Sheet:
    """A booklet pressed on the glass with its spine at the left: a dark, soft band along the left edge."""
    img = to_img(sh, dpi)
    W, H = img.size
    bw = int(W * rng.uniform(0.04, 0.06))
    g = Image.linear_gradient("L").rotate(90, expand=True).resize((bw, H)).point(lambda v: int(70 + v * 0.72))
    strip = ImageChops.multiply(img.crop((0, 0, bw, H)), Image.merge("RGB", (g, g, g)))
    img.paste(strip, (0, 0))
    return from_img(img, sh.width_mm, sh.height_mm)


def messenger(sh: Sheet, k: float = 0.42, dpi: int = 200) -> Sheet:
    """Sent through a messenger app first: shrunk to a small picture and blown up again (soft, blocky)."""
    img = to_img(sh, dpi)
    W, H = img.size
    small = img.resize((max(40, int(W * k)), max(40, int(H * k))), Image.BILINEAR)
    return from_img(small.resize((W, H), Image.BILINEAR), sh.width_mm, sh.height_mm)


def dark_border(sh: Sheet, rng: random.Random, dpi: int = 200) -> Sheet:
    """Copied with the lid not quite closed: a dark grey frame round the paper, thicker at the bottom."""
    img = to_img(sh, dpi)
    W, H = img.size
    d = ImageDraw.Draw(img)
    t = [rng.randint(8, 18), rng.randint(6, 14), rng.randint(8, 16), rng.randint(20, 40)]
    g = (58, 58, 62)
    d.rectangle([0, 0, W, t[0]], fill=g)
    d.rectangle([0, 0, t[1], H], fill=g)
    d.rectangle([W - t[2], 0, W, H], fill=g)
    d.rectangle([0, H - t[3], W, H], fill=g)
    return from_img(img, sh.width_mm, sh.height_mm)


# --------------------------------------------------------------------------- security print and small marks

def guilloche(w_mm: float, h_mm: float, rng: random.Random, bg, ink, k: float = 8.0, n: int = 18) -> Image.Image:
    """Background of a security document: crossing lissajous strands and a fine diagonal hatch."""
    W, H = int(w_mm * k), int(h_mm * k)
    img = Image.new("RGB", (W, H), bg)
    d = ImageDraw.Draw(img)
    for x in range(-H, W, 9):
        d.line([(x, H), (x + H, 0)], fill=tuple(int((a * 3 + b) / 4) for a, b in zip(bg, ink)), width=1)
    ph = rng.uniform(0, 6.28)
    for i in range(n):
        amp = H * rng.uniform(0.18, 0.42)
        fa = rng.uniform(1.5, 3.0) * 6.28 / W
        fb = rng.uniform(3.0, 5.0) * 6.28 / W
        pts = [(x, H / 2 + amp * math.sin(x * fa + ph + i * 0.4) * math.cos(x * fb + i * 0.2)) for x in range(0, W + 6, 6)]
        d.line(pts, fill=ink, width=1)
    return img


def emblem(sh: Sheet, x, y, size, rng, kind: str = "star", c=(70, 70, 70)) -> None:
    """A small drawn emblem (not a real coat of arms): a star in a ring, a palm, a lion's head roundel, a shield
    with a cross, or a tower."""
    n = int(size * 10)
    img = Image.new("RGBA", (n, n), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    col = c + (255,)
    m = n / 2
    lw = max(2, n // 22)
    if kind == "star":
        d.ellipse([n * 0.05, n * 0.05, n * 0.95, n * 0.95], outline=col, width=lw)
        pts = []
        for i in range(10):
            r = n * (0.38 if i % 2 == 0 else 0.16)
            a = math.radians(-90 + i * 36)
            pts.append((m + r * math.cos(a), m + r * math.sin(a)))
        d.polygon(pts, outline=col, width=lw)
    elif kind == "palm":
        d.line([(m, n * 0.95), (m - n * 0.04, n * 0.35)], fill=col, width=lw * 2)
        for a in (-150, -120, -60, -30, -95):
            t = math.radians(a)
            d.line([(m - n * 0.04, n * 0.35), (m + math.cos(t) * n * 0.42, n * 0.35 + math.sin(t) * n * 0.25 + n * 0.12)],
                   fill=col, width=lw)
        d.line([(n * 0.1, n * 0.95), (n * 0.9, n * 0.95)], fill=col, width=lw)
    elif kind == "roundel":
        d.ellipse([n * 0.05, n * 0.05, n * 0.95, n * 0.95], outline=col, width=lw)
        d.ellipse([n * 0.18, n * 0.18, n * 0.82, n * 0.82], outline=col, width=lw)
        d.polygon([(m, n * 0.28), (n * 0.68, m), (m, n * 0.72), (n * 0.32, m)], fill=col)
    elif kind == "tower":
        d.rectangle([n * 0.3, n * 0.3, n * 0.7, n * 0.92], outline=col, width=lw)
        for i in range(4):
            d.rectangle([n * (0.3 + i * 0.11), n * 0.18, n * (0.35 + i * 0.11), n * 0.3], fill=col)
        d.arc([n * 0.42, n * 0.62, n * 0.58, n * 0.92], 180, 360, fill=col, width=lw)
    else:
        d.polygon([(n * 0.15, n * 0.08), (n * 0.85, n * 0.08), (n * 0.85, n * 0.5), (m, n * 0.95), (n * 0.15, n * 0.5)],
                  outline=col, width=lw)
        d.line([(m, n * 0.15), (m, n * 0.8)], fill=col, width=lw)
        d.line([(n * 0.25, n * 0.38), (n * 0.75, n * 0.38)], fill=col, width=lw)
    sh.image(x, y, size, size, img, blend="multiply")


def squares(sh: Sheet, x, y, size, data: str, cells: int = 21) -> None:
    """A square matrix code: three finder squares, the rest from the data's checksum."""
    r = random.Random(h32(data, "mx46"))
    cz = size / cells
    for i in range(cells):
        for j in range(cells):
            fin = None
            for i0, j0 in ((0, 0), (0, cells - 7), (cells - 7, 0)):
                if i0 <= i < i0 + 7 and j0 <= j < j0 + 7:
                    fin = (i - i0, j - j0)
            if fin:
                a, b = fin
                on = a in (0, 6) or b in (0, 6) or (2 <= a <= 4 and 2 <= b <= 4)
            else:
                on = r.random() < 0.5
            if on:
                tint(sh, x + i * cz, y + j * cz, cz, cz, (0, 0, 0))


def bars(sh: Sheet, x, y, w, h, data: str) -> None:
    r = random.Random(h32("bars46", data))
    xx = x
    while xx < x + w:
        bw = r.choice([0.25, 0.25, 0.5, 0.75])
        tint(sh, xx, y, bw, h, (0, 0, 0))
        xx += bw + r.choice([0.25, 0.5, 0.5, 0.75])


def mrz_block(sh: Sheet, x, y, lines: list[str], *, pitch=2.54, gap=1.7, c=(18, 18, 18)) -> None:
    pt = pitch / 0.602 / (25.4 / 72)
    for i, ln in enumerate(lines):
        sh.text(x, y + i * pitch * gap, ln, font=OCR, size_pt=pt, color=c)


def ghost_face(sh: Sheet, x, y, w, h) -> None:
    img = Image.new("RGBA", (60, 76), (0, 0, 0, 0))
    g = ImageDraw.Draw(img)
    g.ellipse([19, 9, 41, 39], fill=(120, 110, 100, 60))
    g.ellipse([7, 44, 53, 92], fill=(120, 110, 100, 50))
    sh.image(x, y, w, h, img, blend="multiply")


def _p3(code: str, person: Person, number: str, expiry: D, break_check, override, personal: str = "") -> list[str]:
    d = dict(surname=person.surname, given=person.given_names, birth_date=person.birth_date,
             nationality=person.nationality, sex=person.sex)
    for k, v in (override or {}).items():
        d["given" if k == "given_names" else k] = v
    return M.td3(issuing=code, surname=d["surname"], given=d["given"], number=d.get("number", number),
                 nationality=d["nationality"], birth_date=d["birth_date"], sex=d["sex"], expiry=expiry,
                 personal_number=personal, break_check=break_check)


def _c1(code: str, person: Person, number: str, expiry: D, break_check, override, opt1: str = "",
        doc: str = "ID") -> list[str]:
    d = dict(surname=person.surname, given=person.given_names, birth_date=person.birth_date,
             nationality=person.nationality, sex=person.sex)
    for k, v in (override or {}).items():
        d["given" if k == "given_names" else k] = v
    return M.td1(issuing=code, surname=d["surname"], given=d["given"], number=number, nationality=d["nationality"],
                 birth_date=d["birth_date"], sex=d["sex"], expiry=expiry, optional1=opt1, doc_code=doc,
                 break_check=break_check)


# Georgian script for the Georgian register (names as the registry writes them)
_KA_NAMES = {"Giorgi": "გიორგი", "Levan": "ლევან", "Davit": "დავით", "Irakli": "ირაკლი", "Zurab": "ზურაბ",
             "Nika": "ნიკა", "Lasha": "ლაშა", "Nino": "ნინო", "Tamar": "თამარ", "Ketevan": "ქეთევან",
             "Mariam": "მარიამ", "Eka": "ეკა", "Natia": "ნათია", "Salome": "სალომე", "Beridze": "ბერიძე",
             "Kapanadze": "კაპანაძე", "Gelashvili": "გელაშვილი", "Maisuradze": "მაისურაძე", "Lomidze": "ლომიძე",
             "Tsiklauri": "წიკლაური", "Javakhishvili": "ჯავახიშვილი", "Abashidze": "აბაშიძე",
             "Tbilisi": "თბილისი", "Kutaisi": "ქუთაისი", "Batumi": "ბათუმი", "Rustavi": "რუსთავი",
             "Zugdidi": "ზუგდიდი", "Gori": "გორი"}
_KA_LAT = [("sh", "შ"), ("ch", "ჩ"), ("ts", "ც"), ("dz", "ძ"), ("kh", "ხ"), ("gh", "ღ"), ("zh", "ჟ"), ("a", "ა"),
           ("b", "ბ"), ("g", "გ"), ("d", "დ"), ("e", "ე"), ("v", "ვ"), ("z", "ზ"), ("t", "თ"), ("i", "ი"),
           ("k", "კ"), ("l", "ლ"), ("m", "მ"), ("n", "ნ"), ("o", "ო"), ("p", "პ"), ("r", "რ"), ("s", "ს"),
           ("u", "უ"), ("f", "ფ"), ("q", "ქ"), ("j", "ჯ"), ("h", "ჰ"), ("y", "ყ"), ("c", "ც"), ("w", "ვ"),
           ("x", "ხ")]


def to_ka(s: str) -> str:
    out = []
    for word in s.split(" "):
        if word in _KA_NAMES:
            out.append(_KA_NAMES[word])
            continue
        w, res, i = strip_accents(word).lower(), "", 0
        while i < len(w):
            for a, b in _KA_LAT:
                if w.startswith(a, i):
                    res += b
                    i += len(a)
                    break
            else:
                res += w[i] if not w[i].isalpha() else ""
                i += 1
        out.append(res)
    return " ".join(out)


NAT = {"ETH": dict(en="ETHIOPIAN", fr="éthiopienne", nl="Ethiopisch", tr="ETİYOPYA", ka="ეთიოპია"),
       "HTI": dict(en="HAITIAN", fr="haïtienne", nl="Haïtiaans", tr="HAİTİ", ka="ჰაიტი"),
       "CMR": dict(en="CAMEROONIAN", fr="camerounaise", nl="Kameroens", tr="KAMERUN", ka="კამერუნი"),
       "BGD": dict(en="BANGLADESHI", fr="bangladaise", nl="Bengalees", tr="BANGLADEŞ", ka="ბანგლადეში"),
       "GEO": dict(en="GEORGIAN", fr="géorgienne", nl="Georgisch", tr="GÜRCİSTAN", ka="საქართველო"),
       "SUR": dict(en="SURINAMESE", fr="surinamaise", nl="Surinaams", tr="SURİNAM", ka="სურინამი")}


def nat_word(p: Person, lang: str) -> str:
    return NAT.get(p.nationality, {}).get(lang, p.nationality)


# =========================================================================== passports (TD3)

def passport_eth(person: Person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None,
                 **opts) -> list[Sheet]:
    """Ethiopian passport data page: the state's name in Amharic above the English, 'ፓስፖርት PASSPORT' at the right;
    every caption in Amharic followed by the English after a slash on ONE small line, the values in bold below;
    dates as '14 JUL 1982'; photo at the LEFT, a faint ghost image at the lower right; photographed with a phone
    on a wooden desk (the page in slight perspective, darker at one corner)."""
    issue, expiry = span(rng, issue_date, expiry_date, 5, (60, 1700))
    number = "EP" + nums(rng, 7)
    sh = Sheet()
    x0, y0, W, H = 24.0, 58.0, 162.0, 112.0
    sh.image(x0, y0, W, H, guilloche(W, H, rng, (236, 242, 230), (196, 216, 184)))
    frame(sh, x0, y0, W, H, lw=0.35, c=(60, 100, 60))
    tint(sh, x0, y0, W, 2.2, (0, 150, 70))
    tint(sh, x0, y0 + 2.2, W, 2.2, (250, 214, 40))
    tint(sh, x0, y0 + 4.4, W, 2.2, (220, 40, 40))
    emblem(sh, x0 + 4, y0 + 9, 13, rng, "star", c=(30, 70, 160))
    put(sh, x0 + 20, y0 + 9, "የኢትዮጵያ ፌዴራላዊ ዴሞክራሲያዊ ሪፐብሊክ", f=F_SERIF, pt=9)
    put(sh, x0 + 20, y0 + 14.5, "FEDERAL DEMOCRATIC REPUBLIC OF ETHIOPIA", f=HEL_B, pt=8.6, c=(30, 60, 40))
    put(sh, x0 + W - 4, y0 + 10, "ፓስፖርት  PASSPORT", f=F_SERIF, pt=9.5, a="right", c=(30, 60, 40))
    sh.photo(x0 + 5, y0 + 26, 30, 39, rng)
    ghost_face(sh, x0 + W - 22, y0 + 62, 14, 18)
    scrawl(sh, x0 + 6, y0 + 68, rng, w=28, h=8, c=BALL_BLACK)

    def cap(x, y, am, en, v, w):
        put(sh, x, y, f"{am} / {en}", f=F_SERIF, pt=5.6, c=(70, 80, 70))
        put(sh, x, y + 2.5, v, f=DJ_B, pt=shrink(v, w, DJ_B, 8.0))

    x, y = x0 + 40, y0 + 24
    cap(x, y, "ዓይነት", "Type", "P", 12)
    cap(x + 16, y, "የአገር ኮድ", "Country code", "ETH", 22)
    cap(x + 44, y, "የፓስፖርት ቁጥር", "Passport No.", number, 40)
    y += 7.5
    cap(x, y, "የአባት ስም", "Surname", person.surname.upper(), 110)
    y += 7.5
    cap(x, y, "ስም", "Given names", person.given_names.upper(), 110)
    y += 7.5
    cap(x, y, "ዜግነት", "Nationality", "ETHIOPIAN", 40)
    cap(x + 56, y, "ጾታ", "Sex", person.sex, 12)
    y += 7.5
    cap(x, y, "የትውልድ ቀን", "Date of birth", dabr(person.birth_date), 40)
    cap(x + 56, y, "የትውልድ ቦታ", "Place of birth", person.birth_place.upper(), 60)
    y += 7.5
    cap(x, y, "የተሰጠበት ቀን", "Date of issue", dabr(issue), 40)
    cap(x + 56, y, "የሚያበቃበት ቀን", "Date of expiry", dabr(expiry), 60)
    y += 7.5
    cap(x, y, "ሰጪ ባለሥልጣን", "Issuing authority", "IMMIGRATION AND CITIZENSHIP SERVICE", 110)
    mrz_block(sh, x0 + 6, y0 + H - 14, _p3("ETH", person, number, expiry, break_check, mrz_override), pitch=2.7)
    return [desk_photo(sh, rng)]


def passport_hti(person: Person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None,
                 **opts) -> list[Sheet]:
    """Haitian passport data page: a blue-red band with 'RÉPUBLIQUE D'HAÏTI / REPUBLIC OF HAITI' and a palm
    emblem, captions French over English on two tiny lines, photo at the RIGHT, the NIF (tax/identity number)
    as personal number, dates '14 JUIL/JUL 1982'; the page copied in the lower half of the sheet - and the sheet
    laid on the glass upside down (the whole copy turned half a turn); two holes of a removed staple."""
    issue, expiry = span(rng, issue_date, expiry_date, 10, (60, 3000))
    number = rng.choice("RPS") + rng.choice("ABCDEGH") + nums(rng, 7)
    nif = f"{nums(rng, 3)}-{nums(rng, 3)}-{nums(rng, 3)}-{rng.randint(0, 9)}"
    sh = Sheet()
    x0, y0, W, H = 30.0, 162.0, 150.0, 104.0
    sh.image(x0, y0, W, H, guilloche(W, H, rng, (236, 238, 248), (196, 200, 230)))
    frame(sh, x0, y0, W, H, lw=0.35, c=(40, 50, 120))
    tint(sh, x0, y0, W, 5, (0, 40, 140))
    tint(sh, x0, y0 + 5, W, 5, (200, 20, 40))
    emblem(sh, x0 + 3, y0 + 0.5, 9, rng, "palm", c=(255, 255, 255))
    put(sh, x0 + 15, y0 + 1.2, "RÉPUBLIQUE D'HAÏTI", f=HEL_B, pt=7.6, c=(255, 255, 255))
    put(sh, x0 + 15, y0 + 6.0, "REPUBLIC OF HAITI", f=HEL_B, pt=7.0, c=(255, 255, 255))
    put(sh, x0 + W - 3, y0 + 3, "PASSEPORT / PASSPORT", f=HEL_B, pt=7.6, a="right", c=(255, 255, 255))
    sh.photo(x0 + W - 36, y0 + 15, 31, 40, rng)

    def cap(x, y, fr, en, v, w):
        put(sh, x, y, fr, f=HELN, pt=5.2, c=MID)
        put(sh, x, y + 2.0, en, f=HELN, pt=4.8, c=PALE)
        put(sh, x, y + 4.2, v, f=HEL_B, pt=shrink(v, w, HEL_B, 8.2))

    x, y = x0 + 5, y0 + 14
    cap(x, y, "Type", "Type", "P", 10)
    cap(x + 14, y, "Code du pays", "Country code", "HTI", 20)
    cap(x + 40, y, "N° du passeport", "Passport No.", number, 36)
    y += 10
    cap(x, y, "Nom", "Surname", person.surname.upper(), 100)
    y += 10
    cap(x, y, "Prénoms", "Given names", person.given_names.upper(), 100)
    y += 10
    cap(x, y, "Nationalité", "Nationality", "HAÏTIENNE", 38)
    cap(x + 44, y, "Sexe", "Sex", person.sex, 10)
    cap(x + 58, y, "NIF", "Personal No.", nif, 40)
    y += 10
    cap(x, y, "Date de naissance", "Date of birth", dpair(person.birth_date, "fr"), 38)
    cap(x + 44, y, "Lieu de naissance", "Place of birth", person.birth_place.upper(), 54)
    y += 10
    cap(x, y, "Date de délivrance", "Date of issue", dpair(issue, "fr"), 38)
    cap(x + 44, y, "Date d'expiration", "Date of expiry", dpair(expiry, "fr"), 38)
    cap(x + 88, y, "Autorité", "Authority", "DIM", 20)
    scrawl(sh, x0 + W - 36, y0 + 58, rng, w=30, h=8, c=BALL_BLACK)
    mrz_block(sh, x0 + 5, y0 + H - 13.5, _p3("HTI", person, number, expiry, break_check, mrz_override,
                                              nif.replace("-", "")), pitch=2.65)
    staple_marks(sh, rng)
    return [upside_down(sh)]


def passport_cmr(person: Person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None,
                 **opts) -> list[Sheet]:
    """Cameroonian CEMAC passport copied as a whole spread in the upper part of the sheet: the facing page
    'OBSERVATIONS' with a consular registration stamp at the left, the data page at the right with the captions
    in French and English side by side ('Nom/Surname'), photo at the left of the data page with a star emblem
    over its corner; the copier leaves a grey toner streak down the sheet."""
    issue, expiry = span(rng, issue_date, expiry_date, 5, (60, 1700))
    number = rng.choice("ABC") + nums(rng, 7)
    sh = Sheet()
    x0, y0, W, H = 12.0, 26.0, 93.0, 128.0
    xr = x0 + W
    tint(sh, x0, y0, W, H, (246, 244, 236))
    frame(sh, x0, y0, 2 * W, H, lw=0.3, c=(110, 110, 100))
    vrule(sh, xr, y0, y0 + H, lw=0.3, c=(150, 150, 140))
    put(sh, x0 + W / 2, y0 + 8, "OBSERVATIONS", f=CENT_B, pt=9, a="center", c=(90, 90, 80))
    put(sh, x0 + W / 2, y0 + 12.5, "ENDORSEMENTS", f=CENT, pt=7.4, a="center", c=(120, 120, 110))
    seal(sh, x0 + 14, y0 + 26, ["AMBASSADE DU CAMEROUN", "IMMATRICULATION", "BRUXELLES"], rng, c=SEAL_PURPLE, mm=34,
         angle=rng.uniform(-15, 15))
    put(sh, x0 + 12, y0 + 64, f"Immatriculé(e) sous le n° {nums(rng, 5)}/CB", f=TYPE, pt=7.4, c=(80, 40, 110))
    sh.image(xr, y0, W, H, guilloche(W, H, rng, (240, 236, 226), (214, 200, 176), n=14))
    tint(sh, xr, y0, W, 4, (0, 122, 80))
    put(sh, xr + 4, y0 + 6, "RÉPUBLIQUE DU CAMEROUN", f=HEL_B, pt=7.6, c=(0, 90, 60))
    put(sh, xr + 4, y0 + 10, "REPUBLIC OF CAMEROON", f=HEL_B, pt=7.0, c=(0, 90, 60))
    put(sh, xr + W - 3, y0 + 6, "CEMAC", f=HEL_B, pt=6.6, a="right", c=(160, 40, 40))
    put(sh, xr + W - 3, y0 + 10, "PASSEPORT/PASSPORT", f=HEL_B, pt=6.2, a="right", c=(0, 90, 60))
    sh.photo(xr + 4, y0 + 16, 26, 34, rng)
    emblem(sh, xr + 22, y0 + 42, 11, rng, "star", c=(200, 170, 40))
    scrawl(sh, xr + 4, y0 + 52, rng, w=24, h=7, c=BALL_BLACK)

    def cap(x, y, lab, v, w):
        put(sh, x, y, lab, f=HELN, pt=4.8, c=MID)
        put(sh, x, y + 2.0, v, f=HEL_B, pt=shrink(v, w, HEL_B, 7.2))

    x, y = xr + 33, y0 + 16
    cap(x, y, "Type/Type  Code/Code", "P   CMR", 30)
    y += 6
    cap(x, y, "N° passeport/Passport No.", number, 50)
    y += 6
    cap(x, y, "Nom/Surname", person.surname.upper(), 56)
    y += 6
    cap(x, y, "Prénoms/Given names", person.given_names.upper(), 56)
    y += 6
    cap(x, y, "Nationalité/Nationality", "CAMEROUNAISE", 56)
    y += 6
    cap(x, y, "Date de naissance/Date of birth", dmy(person.birth_date, " "), 30)
    cap(x + 34, y, "Sexe/Sex", person.sex, 12)
    y += 6
    cap(x, y, "Lieu de naissance/Place of birth", person.birth_place.upper(), 56)
    y += 6
    cap(x, y, "Délivré le/Date of issue", dmy(issue, " "), 28)
    cap(x + 30, y, "Expire le/Date of expiry", dmy(expiry, " "), 26)
    y += 6
    cap(x, y, "Autorité/Authority", "DGSN", 50)
    mrz_block(sh, xr + 3, y0 + H - 12, _p3("CMR", person, number, expiry, break_check, mrz_override),
              pitch=2.0, gap=1.75)
    return [toner_streak(sh, rng)]


def passport_bgd(person: Person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None,
                 **opts) -> list[Sheet]:
    """Bangladeshi e-passport data page: the state's name in Bangla and English in a green band, the captions
    Bangla above English in two small lines, photo at the LEFT with the national ID number under the personal
    number caption, dates '14 JUL 1982'; copied near the top of the sheet with the sheet turned about two degrees
    and a brown ring from a coffee cup lower on the page."""
    issue, expiry = span(rng, issue_date, expiry_date, 10, (60, 3000))
    number = rng.choice(["A", "B", "E"]) + rng.choice("ABCDEFGH") + nums(rng, 7)
    nid = nums(rng, 10)
    sh = Sheet()
    x0, y0, W, H = 22.0, 20.0, 166.0, 112.0
    sh.image(x0, y0, W, H, guilloche(W, H, rng, (234, 244, 236), (190, 222, 198)))
    frame(sh, x0, y0, W, H, lw=0.35, c=(20, 100, 60))
    tint(sh, x0, y0, W, 12, (0, 106, 78))
    put(sh, x0 + 5, y0 + 1.2, "গণপ্রজাতন্ত্রী বাংলাদেশ", f=F_SERIF, pt=9.5, c=(255, 255, 255))
    put(sh, x0 + 5, y0 + 6.6, "PEOPLE'S REPUBLIC OF BANGLADESH", f=HEL_B, pt=8, c=(255, 255, 255))
    put(sh, x0 + W - 5, y0 + 3.6, "পাসপোর্ট / PASSPORT", f=F_SERIF, pt=9.5, a="right", c=(255, 255, 255))
    sh.photo(x0 + 6, y0 + 17, 32, 41, rng)
    ghost_face(sh, x0 + 8, y0 + 64, 12, 15)

    def cap(x, y, bn, en, v, w):
        put(sh, x, y, bn, f=F_SERIF, pt=5.6, c=MID)
        put(sh, x, y + 2.4, en, f=HEL, pt=5.0, c=MID)
        put(sh, x, y + 4.8, v, f=HEL_B, pt=shrink(v, w, HEL_B, 8.2))

    x, y = x0 + 44, y0 + 16
    cap(x, y, "ধরন", "Type", "P", 10)
    cap(x + 14, y, "দেশের কোড", "Country Code", "BGD", 22)
    cap(x + 40, y, "পাসপোর্ট নং", "Passport No.", number, 36)
    y += 10
    cap(x, y, "নামের শেষাংশ", "Surname", person.surname.upper(), 110)
    y += 10
    cap(x, y, "প্রদত্ত নাম", "Given Name", person.given_names.upper(), 110)
    y += 10
    cap(x, y, "জাতীয়তা", "Nationality", "BANGLADESHI", 40)
    cap(x + 50, y, "লিঙ্গ", "Sex", person.sex, 10)
    cap(x + 66, y, "ব্যক্তিগত নং", "Personal No.", nid, 40)
    y += 10
    cap(x, y, "জন্ম তারিখ", "Date of Birth", dabr(person.birth_date), 40)
    cap(x + 50, y, "জন্মস্থান", "Place of Birth", person.birth_place.upper(), 56)
    y += 10
    cap(x, y, "প্রদানের তারিখ", "Date of Issue", dabr(issue), 40)
    cap(x + 50, y, "মেয়াদোত্তীর্ণের তারিখ", "Date of Expiry", dabr(expiry), 40)
    y += 10
    cap(x, y, "প্রদানকারী কর্তৃপক্ষ", "Issuing Authority", "DIP/DHAKA", 50)
    scrawl(sh, x0 + 84, y0 + 86, rng, w=30, h=7, c=BALL_BLACK)
    mrz_block(sh, x0 + 6, y0 + H - 14, _p3("BGD", person, number, expiry, break_check, mrz_override, nid), pitch=2.7)
    return [coffee_ring(askew(sh, rng.choice([-2.4, -1.8, 1.9, 2.6])), rng)]


def passport_geo(person: Person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None,
                 **opts) -> list[Sheet]:
    """Georgian biometric passport: 'საქართველო GEORGIA' in the top band with five red crosses, captions in
    Georgian with the English beside them ('გვარი / Surname'), numbered 1 to 11, the eleven-digit personal number
    in its own field, photo at the LEFT; copied in black and white with the booklet's spine at the left edge and
    the lid not quite closed (a dark border round the sheet)."""
    issue, expiry = span(rng, issue_date, expiry_date, 10, (60, 3000))
    number = rng.choice(["13", "14", "15", "16"]) + rng.choice("ABCDEFGHIJ") + rng.choice("ABCDEFGHIJ") + nums(rng, 5)
    pn = nums(rng, 11)
    sh = Sheet(paper="grey")
    x0, y0, W, H = 28.0, 34.0, 158.0, 110.0
    sh.image(x0, y0, W, H, guilloche(W, H, rng, (238, 238, 238), (200, 200, 200)))
    frame(sh, x0, y0, W, H, lw=0.35, c=(80, 80, 80))
    tint(sh, x0, y0, W, 10, (120, 120, 120))
    for i in range(5):
        cx = x0 + W - 30 + i * 5
        tint(sh, cx, y0 + 3, 3.2, 0.9, (255, 255, 255))
        tint(sh, cx + 1.15, y0 + 1.8, 0.9, 3.3, (255, 255, 255))
    put(sh, x0 + 4, y0 + 1.2, "საქართველო  GEORGIA", f=DJ_B, pt=9, c=(255, 255, 255))
    put(sh, x0 + 4, y0 + 6.0, "პასპორტი / PASSPORT", f=DJ, pt=6.4, c=(240, 240, 240))
    sh.photo(x0 + 5, y0 + 15, 31, 40, rng)
    rows = [("1", "გვარი", "Surname", person.surname.upper()), ("2", "სახელი", "Given name(s)", person.given_names.upper()),
            ("3", "მოქალაქეობა", "Nationality", "GEORGIAN"), ("4", "დაბადების თარიღი", "Date of birth",
                                                                 dmy(person.birth_date, " ")),
            ("5", "პირადი ნომერი", "Personal No.", pn), ("6", "სქესი", "Sex", person.sex),
            ("7", "დაბადების ადგილი", "Place of birth", person.birth_place.upper()),
            ("8", "გაცემის თარიღი", "Date of issue", dmy(issue, " ")), ("9", "მოქმედების ვადა", "Date of expiry",
                                                                         dmy(expiry, " ")),
            ("10", "გამცემი ორგანო", "Authority", "PSDA"), ("11", "პასპორტის №", "Passport No.", number)]
    x, y = x0 + 41, y0 + 14
    for i, (no, ka, en, v) in enumerate(rows):
        xx = x + (i % 2) * 56
        put(sh, xx, y, f"{no}. {ka} / {en}", f=DJC, pt=4.8, c=(90, 90, 90))
        put(sh, xx, y + 2.2, v, f=DJC_B, pt=shrink(v, 52, DJC_B, 7.8))
        if i % 2 or i < 2:
            y += 7.2
    scrawl(sh, x0 + 6, y0 + 60, rng, w=28, h=8, c=BALL_BLACK)
    mrz_block(sh, x0 + 6, y0 + H - 14, _p3("GEO", person, number, expiry, break_check, mrz_override, pn), pitch=2.7)
    return [dark_border(gutter_left(sh, rng), rng)]


def passport_sur(person: Person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None,
                 **opts) -> list[Sheet]:
    """Surinamese passport as the client sent it first through a messenger app and then printed it: the data page
    filling most of the sheet's width, 'REPUBLIEK SURINAME' over 'REPUBLIC OF SURINAME' in the top band, the
    captions in Dutch only in small caps ('NAAM', 'VOORNAMEN') with the values beside them on the same line,
    photo at the LEFT; soft and slightly blocky from the app's compression."""
    issue, expiry = span(rng, issue_date, expiry_date, 10, (60, 2800))
    number = "R" + nums(rng, 7)
    sh = Sheet()
    x0, y0, W, H = 14.0, 40.0, 182.0, 124.0
    sh.image(x0, y0, W, H, guilloche(W, H, rng, (240, 240, 226), (214, 214, 180)))
    frame(sh, x0, y0, W, H, lw=0.4, c=(70, 90, 40))
    tint(sh, x0, y0, W, 13, (0, 110, 60))
    tint(sh, x0, y0 + 13, W, 1.5, (190, 20, 40))
    emblem(sh, x0 + 4, y0 + 1.5, 10, rng, "star", c=(250, 210, 40))
    put(sh, x0 + 18, y0 + 1.6, "REPUBLIEK SURINAME", f=ARI_B, pt=10, c=(255, 255, 255))
    put(sh, x0 + 18, y0 + 7.0, "REPUBLIC OF SURINAME", f=ARI, pt=8, c=(240, 240, 240))
    put(sh, x0 + W - 5, y0 + 4, "PASPOORT", f=ARI_B, pt=10, a="right", c=(255, 255, 255))
    sh.photo(x0 + 6, y0 + 20, 36, 46, rng)
    scrawl(sh, x0 + 6, y0 + 70, rng, w=32, h=9, c=BALL_BLACK)
    rows = [("TYPE", "P"), ("LANDCODE", "SUR"), ("PASPOORTNR.", number), ("NAAM", person.surname.upper()),
            ("VOORNAMEN", person.given_names.upper()), ("NATIONALITEIT", "SURINAAMSE"),
            ("GEBOORTEDATUM", dmy(person.birth_date, "-")), ("GEBOORTEPLAATS", person.birth_place.upper()),
            ("GESLACHT", "V" if person.sex == "F" else "M"), ("DATUM AFGIFTE", dmy(issue, "-")),
            ("GELDIG TOT", dmy(expiry, "-")), ("AFGEGEVEN DOOR", "CBB PARAMARIBO")]
    y = y0 + 20
    for a, v in rows:
        put(sh, x0 + 48, y, a, f=ARI, pt=6.4, c=MID, sp=0.2)
        put(sh, x0 + 82, y - 0.4, v, f=ARI_B, pt=shrink(v, 90, ARI_B, 8.6))
        y += 6.3
    mrz_block(sh, x0 + 7, y0 + H - 15, _p3("SUR", person, number, expiry, break_check, mrz_override), pitch=3.1,
              gap=1.6)
    return [messenger(sh, k=0.62)]


for _fid, _c, _fn, _lang, _note in [
        ("passport-td3-eth-amhaars-engels-een-regel-foto-links-gsm-foto-houten-bureau-46", "ETH", passport_eth, "en",
         "Ethiopian passport, Amharic/English captions on one line, phone photo on a desk"),
        ("passport-td3-hti-foto-rechts-nif-ondersteboven-nietgaatjes-46", "HTI", passport_hti, "fr",
         "Haitian passport, photo at the right, copied upside down"),
        ("passport-td3-cmr-volledige-spread-observaties-tonerstreep-46", "CMR", passport_cmr, "fr",
         "Cameroonian passport copied as a spread with the observations page, toner streak"),
        ("passport-td3-bgd-bangla-engels-scheef-koffiekring-46", "BGD", passport_bgd, "en",
         "Bangladeshi passport, Bangla over English captions, skewed copy with a coffee ring"),
        ("passport-td3-geo-genummerd-georgisch-engels-rug-links-donkere-rand-46", "GEO", passport_geo, "en",
         "Georgian passport, numbered bilingual captions, spine shadow and dark border"),
        ("passport-td3-sur-nederlandse-bijschriften-ernaast-messenger-print-46", "SUR", passport_sur, "nl",
         "Surinamese passport with Dutch captions beside the values, printed from a messenger picture")]:
    _id._register(_fid, "identity-document", PART, _lang, _fn, country=_c, mrz="TD3", photo=True, notes=_note)


# =========================================================================== cards (TD1)

def idcard_cmr(person: Person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None,
               **opts) -> list[Sheet]:
    """Cameroonian biometric national identity card: bilingual captions 'NOM/SURNAME', 'PRÉNOMS/GIVEN NAMES', the
    height and profession on the front with the photo at the LEFT; the back with the parents, the address, the
    unique identifier and the three-line MRZ; front above back at the upper left of the sheet, each side a little
    crooked the other way, and the commune's 'Pour copie certifiée conforme' stamp across the back's edge."""
    issue, expiry = span(rng, issue_date, expiry_date, 10, (100, 3000))
    number = nums(rng, 9)
    uid = f"{nums(rng, 4)}{nums(rng, 4)}{nums(rng, 4)}{nums(rng, 5)}"
    lines = _c1("CMR", person, number, expiry, break_check, mrz_override, uid[:15])
    W, H = 85.6 * 1.12, 54.0 * 1.12

    def side(front: bool) -> Image.Image:
        s = Sheet(W, H)
        s.image(0, 0, W, H, guilloche(85.6, 54, rng, (240, 236, 222), (220, 206, 176), k=10, n=10))
        frame(s, 0, 0, W, H, lw=0.3, c=(120, 110, 90))
        tint(s, 0, 0, W * 0.33, 1.8, (0, 122, 80))
        tint(s, W * 0.33, 0, W * 0.34, 1.8, (206, 17, 38))
        tint(s, W * 0.67, 0, W * 0.33, 1.8, (252, 209, 22))
        if front:
            put(s, 3, 3, "RÉPUBLIQUE DU CAMEROUN - REPUBLIC OF CAMEROON", f=HEL_B, pt=5.2)
            put(s, 3, 6.2, "CARTE NATIONALE D'IDENTITÉ / NATIONAL IDENTITY CARD", f=HEL_B, pt=5.2, c=(0, 90, 60))
            s.photo(3, 11, 24, 31, rng)
            y = 11.0
            for a, v in [("NOM/SURNAME", person.surname.upper()), ("PRÉNOMS/GIVEN NAMES", person.given_names.upper()),
                         ("DATE DE NAISSANCE/DATE OF BIRTH", dmy(person.birth_date, ".")),
                         ("LIEU DE NAISSANCE/PLACE OF BIRTH", person.birth_place.upper()),
                         ("SEXE/SEX", person.sex), ("TAILLE/HEIGHT", f"{rng.randint(150, 190) / 100:.2f}".replace(".", ",")),
                         ("PROFESSION", rng.choice(["COMMERÇANT", "ÉTUDIANT", "MÉNAGÈRE", "CHAUFFEUR", "COUTURIÈRE"]))]:
                put(s, 30, y, a, f=HELN, pt=3.8, c=MID)
                put(s, 30, y + 1.5, v, f=HEL_B, pt=shrink(v, W - 33, HEL_B, 5.6))
                y += 4.6
            scrawl(s, 4, H - 9, rng, w=20, h=5, c=BALL_BLACK)
            put(s, W - 3, H - 4, f"N° {number}", f=HEL_B, pt=5.4, a="right", c=(160, 30, 40))
        else:
            y = 3.5
            fa, mo = person.father or "-", person.mother or "-"
            for a, v in [("PÈRE/FATHER", fa.upper()), ("MÈRE/MOTHER", mo.upper()),
                         ("ADRESSE/ADDRESS", rng.choice(["YAOUNDÉ", "DOUALA", "BAFOUSSAM", "GAROUA"])),
                         ("DÉLIVRÉE LE/DATE OF ISSUE", dmy(issue, ".")), ("EXPIRE LE/DATE OF EXPIRY", dmy(expiry, ".")),
                         ("IDENTIFIANT UNIQUE/UNIQUE IDENTIFIER", uid)]:
                put(s, 3, y, a, f=HELN, pt=3.8, c=MID)
                put(s, 3, y + 1.5, v, f=HEL_B, pt=shrink(v, W - 30, HEL_B, 5.4))
                y += 4.4
            squares(s, W - 20, 4, 16, uid)
            mrz_block(s, 3, H - 14, lines, pitch=2.54 * 1.0, gap=1.5)
        return s.render(220)

    sh = Sheet()
    f_img, b_img = side(True), side(False)
    a1, a2 = rng.uniform(-2.5, -1.0), rng.uniform(1.0, 2.5)
    sh.image(18, 16, W + 4, H + 4, f_img.rotate(a1, expand=True, fillcolor=(255, 255, 255)))
    sh.image(18, 24 + H, W + 4, H + 4, b_img.rotate(a2, expand=True, fillcolor=(255, 255, 255)))
    seal(sh, 18 + W - 18, 24 + H + 20, ["COMMUNE DE " + rng.choice(["SCHAERBEEK", "LIÈGE", "CHARLEROI"]),
                                        "POUR COPIE CERTIFIÉE", "CONFORME"], rng, c=SEAL_BLUE, mm=34)
    scrawl(sh, 18 + W + 14, 24 + H + 42, rng, w=22, h=8, c=BALL_BLUE, style="initials")
    return [sh]


def permit_nld(person: Person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None,
               v_number=None, purpose=None, **opts) -> list[Sheet]:
    """Dutch residence document copied with both sides next to each other across the upper third of the sheet,
    enlarged a little; the front with 'VERBLIJFSDOCUMENT' and the photo at the LEFT, the V-number after 'VNR'
    under the names; the back with the kind of permit, the remark on work and the TD1 MRZ; the lawyer's rectangular
    'conform origineel' stamp with initials under the back."""
    issue, expiry = span(rng, issue_date, expiry_date, 5, (60, 1500))
    number = "".join(rng.choice("BCDFGHJKLMNPRSTVWXZ") for _ in range(2)) + \
        "".join(rng.choice("0123456789BCDFGHJKLMNPRSTVWXZ") for _ in range(6)) + str(rng.randint(0, 9))
    vnr = v_number or nums(rng, 10)
    lines = _c1("NLD", person, number, expiry, break_check, mrz_override, "", "IR")
    sh = Sheet()
    W, H = 85.6 * 1.08, 54.0 * 1.08
    xf, xb, y0 = 10.0, 10.0 + W + 6, 30.0
    for x in (xf, xb):
        sh.image(x, y0, W, H, guilloche(85.6, 54, rng, (238, 236, 246), (208, 204, 232), k=10, n=10))
        frame(sh, x, y0, W, H, lw=0.3, c=(80, 80, 120))
    put(sh, xf + 3, y0 + 2.5, "KONINKRIJK DER NEDERLANDEN", f=ARI_B, pt=5.6, c=(30, 40, 120))
    put(sh, xf + 3, y0 + 5.6, "VERBLIJFSDOCUMENT", f=ARI_B, pt=6.6, c=(30, 40, 120))
    sh.photo(xf + 3, y0 + 11, 23, 30, rng)
    y = y0 + 10.5
    for a, v in [("Naam", person.surname.upper()), ("Voornamen", person.given_names.upper()),
                 ("VNR", vnr), ("Nationaliteit", person.nationality), ("Geboortedatum", dmy(person.birth_date, " ")),
                 ("Geslacht", "V" if person.sex == "F" else "M"), ("Geldig tot", dmy(expiry, " "))]:
        put(sh, xf + 29, y, a, f=ARI, pt=4.2, c=MID)
        put(sh, xf + 29, y + 1.6, v, f=ARI_B, pt=shrink(v, W - 32, ARI_B, 6.0))
        y += 5.1
    scrawl(sh, xf + 4, y0 + H - 10, rng, w=20, h=6, c=BALL_BLACK)
    pur = purpose or rng.choice(["verblijf bij partner", "arbeid in loondienst", "medische behandeling"])
    y = y0 + 3
    for a, v in [("Soort", "REGULIER BEPAALDE TIJD"), ("Opmerkingen", pur.upper()),
                 ("Arbeid", "ARBEID NIET TOEGESTAAN" if "medisch" in pur else "ARBEID VRIJ TOEGESTAAN"),
                 ("Documentnummer", number), ("Datum afgifte", dmy(issue, " "))]:
        put(sh, xb + 3, y, a, f=ARI, pt=4.2, c=MID)
        put(sh, xb + 3, y + 1.6, v, f=ARI_B, pt=shrink(v, W - 6, ARI_B, 5.8))
        y += 5.0
    mrz_block(sh, xb + 3, y0 + H - 14, lines, pitch=2.54 * 1.05, gap=1.45)
    seal(sh, xb + 20, y0 + H + 8, ["CONFORM ORIGINEEL", dmy(TODAY - datetime.timedelta(days=rng.randint(3, 20)), "-")],
         rng, shape="rect", c=SEAL_PURPLE, mm=38)
    scrawl(sh, xb + 62, y0 + H + 10, rng, w=18, h=7, c=BALL_BLUE, style="initials")
    return [sh]


_id._register("idcard-td1-cmr-tweetalig-voor-boven-achter-scheef-copie-conforme-46", "identity-document", PART, "fr",
              idcard_cmr, country="CMR", mrz="TD1", photo=True,
              notes="Cameroonian identity card, front above back, each crooked, certified-copy stamp")
_id._register("permit-nl-verblijfsdocument-zij-aan-zij-bovenaan-conform-origineel-46", "identity-document", PART, "nl",
              permit_nld, country="NLD", mrz="TD1", photo=True,
              notes="Dutch residence card, both sides next to each other, 'conform origineel' stamp")


# =========================================================================== civil-status acts

def _pa(person: Person, father, mother) -> tuple[str, str]:
    return father or person.father or "-", mother or person.mother or "-"


def _father_given(fa: str) -> str:
    return fa.split(" ")[0] if fa and fa != "-" else "-"


def birth_eth(person: Person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Ethiopian birth certificate of the vital events registration service, bilingual form: a green frame with a
    star emblem, the title 'የልደት ምስክር ወረቀት / BIRTH CERTIFICATE', the registration and certificate numbers in
    boxes at the top right, then a two-column table with the Amharic caption and the English caption in the left
    cell and the entry in English in the right cell (child, date and place of birth, father, mother, their
    nationality); the civil registrar's signature and round stamp at the foot; the sheet had been folded in four."""
    issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(30, 900)))
    reg = act_date or (person.birth_date + datetime.timedelta(days=rng.randint(10, 90)))
    fa, mo = _pa(person, father, mother)
    sh = Sheet()
    frame(sh, 12, 12, 186, 273, lw=1.2, c=(0, 120, 70))
    frame(sh, 14.5, 14.5, 181, 268, lw=0.3, c=(0, 120, 70))
    emblem(sh, 97, 19, 16, rng, "star", c=(30, 70, 160))
    put(sh, 105, 38, "የኢትዮጵያ ፌዴራላዊ ዴሞክራሲያዊ ሪፐብሊክ", f=F_SERIF, pt=10, a="center")
    put(sh, 105, 44, "FEDERAL DEMOCRATIC REPUBLIC OF ETHIOPIA", f=HEL_B, pt=9.5, a="center")
    put(sh, 105, 49.5, "Immigration and Citizenship Service - Vital Events Registration", f=HEL, pt=8.4, a="center",
        c=MID)
    put(sh, 105, 58, "የልደት ምስክር ወረቀት", f=F_SERIF, pt=13, a="center", c=(0, 100, 60))
    put(sh, 105, 65, "BIRTH CERTIFICATE", f=HEL_B, pt=14, a="center", c=(0, 100, 60), sp=0.6)
    for i, (a, v) in enumerate([("Registration No.", f"{reg.year}/{regno(person, 'eth-r', 1000, 99999)}"),
                                ("Certificate No.", f"BC-{nums(rng, 8)}")]):
        frame(sh, 140, 74 + i * 10, 52, 9, lw=0.25, c=(0, 120, 70))
        put(sh, 142, 75 + i * 10, a, f=HEL, pt=6.4, c=MID)
        put(sh, 142, 78.4 + i * 10, v, f=HEL_B, pt=8.6)
    rows = [("የልጁ ስም", "Name of child", f"{person.given_names} {person.surname}"),
            ("ጾታ", "Sex", "Male" if person.sex == "M" else "Female"),
            ("የትውልድ ቀን", "Date of birth", dordinal(person.birth_date)),
            ("የትውልድ ቦታ", "Place of birth", f"{person.birth_place}, Ethiopia"),
            ("የአባት ሙሉ ስም", "Father's full name", fa),
            ("የአባት ዜግነት", "Father's nationality", "Ethiopian"),
            ("የእናት ሙሉ ስም", "Mother's full name", mo),
            ("የእናት ዜግነት", "Mother's nationality", "Ethiopian"),
            ("የተመዘገበበት ቀን", "Date of registration", dordinal(reg))]
    y = 98.0
    for am, en, v in rows:
        frame(sh, 20, y, 70, 13, lw=0.2, c=(120, 160, 130))
        frame(sh, 90, y, 100, 13, lw=0.2, c=(120, 160, 130))
        put(sh, 22, y + 1.5, am, f=F_SERIF, pt=8.4)
        put(sh, 22, y + 6.8, en, f=HEL, pt=8.4, c=MID)
        put(sh, 93, y + 4.2, v, f=HEL_B, pt=shrink(v, 94, HEL_B, 10.5))
        y += 13
    y += 10
    put(sh, 20, y, f"Date of issue: {dmy(issued, '/')}", f=HEL, pt=9.5)
    put(sh, 130, y + 24, "Civil Registrar / የሲቪል ምዝገባ ሹም", f=F_SERIF, pt=8.4)
    rule(sh, 128, 190, y + 22, c=BLK)
    scrawl(sh, 136, y + 8, rng, c=BALL_BLUE)
    seal(sh, 88, y + 4, ["VITAL EVENTS REGISTRATION", person.birth_place.upper(), "ETHIOPIA"], rng, c=SEAL_BLUE, mm=32)
    return [folded_in_four(sh, rng)]


def birth_hti(person: Person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """'EXTRAIT DES REGISTRES DE L'ÉTAT CIVIL' delivered by the Archives nationales d'Haïti: a typed prose act in
    the civil registrar's voice ('L'an ..., et le ..., par-devant Nous, ..., Officier de l'État Civil de la commune
    de ..., a comparu ...'), years and days written out in words, the child's name in capitals in the text; the
    registry reference (registre, folio, acte) in the left margin; the director's signature ABOVE his title at the
    end, a revenue stamp at the top right; on cream paper, set slightly crooked."""
    issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(30, 700)))
    acted = act_date or (person.birth_date + datetime.timedelta(days=rng.randint(5, 200)))
    fa, mo = _pa(person, father, mother)
    officer = rng.choice(["Jean-Wilner PIERRE", "Marie-Josée ÉTIENNE", "Fritz CADET", "Rose-Marie AUGUSTIN"])
    sh = Sheet(paper="cream")
    put(sh, 105, 14, "RÉPUBLIQUE D'HAÏTI", f=TIM_B, pt=12, a="center")
    put(sh, 105, 20, "ARCHIVES NATIONALES D'HAÏTI", f=TIM_B, pt=10.5, a="center")
    put(sh, 105, 25.5, "Service de l'État Civil", f=TIM_I, pt=9.5, a="center")
    tint(sh, 168, 10, 24, 28, (232, 214, 190))
    frame(sh, 168, 10, 24, 28, lw=0.3, c=(150, 110, 70))
    put(sh, 180, 16, "TIMBRE", f=HEL_B, pt=6.4, a="center", c=(120, 80, 40))
    put(sh, 180, 22, "100 GDES", f=HEL_B, pt=8, a="center", c=(120, 80, 40))
    emblem(sh, 173, 26, 12, rng, "palm", c=(120, 80, 40))
    put(sh, 105, 42, "EXTRAIT DES REGISTRES DE L'ÉTAT CIVIL", f=TIM_B, pt=12.5, a="center")
    put(sh, 105, 48, "ACTE DE NAISSANCE", f=TIM_B, pt=11, a="center", sp=1.2)
    for i, s in enumerate([f"Registre {rng.choice(['A', 'B', 'C'])}", f"Folio {rng.randint(10, 199)}",
                           f"Acte n° {regno(person, 'hti-b', 10, 999)}", f"Année {acted.year}"]):
        put(sh, 14, 64 + i * 5, s, f=TIM_I, pt=8.6)
    sex_w = "de sexe masculin" if person.sex == "M" else "de sexe féminin"
    txt = (f"L'an {fr_words(acted.year)}, et le {'premier' if acted.day == 1 else fr_words(acted.day)} {MONTHS['fr'][acted.month - 1]}, par-devant Nous, {officer}, "
           f"Officier de l'État Civil de la commune de {person.birth_place}, soussigné, a comparu {fa}, "
           f"propriétaire, demeurant et domicilié en cette commune, lequel Nous a déclaré que le "
           f"{fr_date_words(person.birth_date)}, est né en cette commune, de lui comparant et de la dame {mo}, "
           f"son épouse, un enfant {sex_w} qu'il Nous a présenté et auquel il a donné les prénoms et nom de "
           f"{person.given_names.upper()} {person.surname.upper()}. De tout quoi Nous avons dressé le présent acte "
           f"en présence des sieurs {rng.choice(['Lucien', 'Antoine', 'Dieudonné'])} "
           f"{rng.choice(['Métellus', 'Désir', 'Noël'])} et {rng.choice(['Gérard', 'Maxime', 'Ernst'])} "
           f"{rng.choice(['Casimir', 'Valcin', 'Bien-Aimé'])}, témoins requis, lequel acte, après lecture faite, "
           f"a été signé par Nous, le comparant et les témoins.")
    y = block(sh, 42, 64, 150, txt, f=TIM, pt=11, lead=1.6, align="justify") + 8
    y = block(sh, 42, y, 150, f"Pour extrait conforme au registre, délivré à Port-au-Prince, le "
              f"{dlong(issued, 'fr')}.", f=TIM, pt=11, lead=1.5) + 16
    scrawl(sh, 128, y - 6, rng, c=INK_ROYAL)
    put(sh, 150, y + 10, "Le Directeur Général", f=TIM_I, pt=10, a="center")
    put(sh, 150, y + 15, "des Archives Nationales", f=TIM_I, pt=10, a="center")
    seal(sh, 74, y - 8, ["ARCHIVES NATIONALES", "PORT-AU-PRINCE", "HAÏTI"], rng, c=SEAL_BLUE, mm=30)
    return [askew(sh, rng.choice([-1.2, -0.8, 0.9, 1.4]), fill=(251, 248, 238))]


def birth_cmr(person: Person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Cameroonian 'ACTE DE NAISSANCE / BIRTH CERTIFICATE' on the printed bilingual form of a civil status
    registration centre, FILLED IN BY HAND in ballpoint: numbered lines with the French caption and the English
    one in italics after a slash, the answers written on the dotted lines; the registrar's signature BELOW the
    label 'L'Officier d'État Civil / The Civil Status Registrar' at the right, the declarant's at the left, the
    round stamp over the registrar's signature."""
    issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(30, 700)))
    acted = act_date or (person.birth_date + datetime.timedelta(days=rng.randint(3, 60)))
    fa, mo = _pa(person, father, mother)
    f = rng.choice([P_ROUND, P_ITAL, P_BREIP])
    ink = rng.choice([BALL_BLUE, BALL_BLACK])
    sh = Sheet()
    put(sh, 20, 12, "RÉPUBLIQUE DU CAMEROUN", f=TIM_B, pt=9.5)
    put(sh, 20, 16.5, "Paix - Travail - Patrie", f=TIM_I, pt=8)
    put(sh, 190, 12, "REPUBLIC OF CAMEROON", f=TIM_B, pt=9.5, a="right")
    put(sh, 190, 16.5, "Peace - Work - Fatherland", f=TIM_I, pt=8, a="right")
    put(sh, 20, 24, "Centre d'État Civil de / Civil Status Registration Centre of:", f=TIM, pt=8.6)
    hand(sh, 92, 22, person.birth_place, rng, f=f, pt=11, c=ink)
    put(sh, 105, 34, "ACTE DE NAISSANCE", f=TIM_B, pt=14, a="center")
    put(sh, 105, 40, "BIRTH CERTIFICATE", f=TIM_B, pt=11, a="center")
    put(sh, 20, 48, "N° .............................", f=TIM, pt=9.5)
    hand(sh, 27, 46, f"{regno(person, 'cmr-b', 100, 2999)}/{acted.year % 100:02d}", rng, f=f, pt=11, c=ink)
    rows = [("1", "Nom de l'enfant", "Surname of child", person.surname.upper()),
            ("2", "Prénoms de l'enfant", "Given names of child", person.given_names),
            ("3", "Né le", "Born on the", dmy(person.birth_date, "/")),
            ("4", "À", "At", person.birth_place),
            ("5", "Sexe", "Sex", "Masculin" if person.sex == "M" else "Féminin"),
            ("6", "De", "Of (father)", fa),
            ("7", "Né à / le", "Born at / on the", f"{person.birth_place} / ............."),
            ("8", "Domicile", "Residence", person.birth_place),
            ("9", "Profession", "Occupation", rng.choice(["Cultivateur", "Commerçant", "Fonctionnaire", "Menuisier"])),
            ("10", "Et de (mère)", "And of (mother)", mo),
            ("11", "Nationalité des parents", "Parents' nationality", "Camerounaise"),
            ("12", "Dressé le", "Drawn up on the", dmy(acted, "/")),
            ("13", "Sur la déclaration de", "On the declaration of", fa)]
    y = 58.0
    for no, fr, en, v in rows:
        put(sh, 20, y, f"{no}.", f=TIM_B, pt=9)
        w1 = put(sh, 28, y, f"{fr} / ", f=TIM, pt=9)
        w2 = put(sh, 28 + w1, y, en, f=TIM_I, pt=8.4, c=MID)
        x1 = 28 + w1 + w2 + 2
        rule(sh, x1, 190, y + 4, c=PALE, dash=0.5)
        hand(sh, x1 + 1, y - 2.4, v, rng, f=f, pt=11, c=ink, w=190 - x1 - 2)
        y += 11.5
    y += 6
    put(sh, 20, y, "Le Déclarant / The Declarant", f=TIM, pt=8.6)
    put(sh, 120, y, "L'Officier d'État Civil / The Civil Status Registrar", f=TIM, pt=8.6)
    scrawl(sh, 24, y + 5, rng, w=28, h=9, c=ink)
    scrawl(sh, 128, y + 6, rng, c=ink)
    seal(sh, 138, y + 2, ["CENTRE D'ÉTAT CIVIL", person.birth_place.upper(), "CAMEROUN"], rng, c=SEAL_PURPLE, mm=28)
    put(sh, 20, y + 34, f"Copie délivrée le / Copy issued on {dmy(issued, '/')}", f=TIM_I, pt=8.6)
    return [sh]


def birth_bgd(person: Person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Bangladesh 'Birth Registration Certificate' printed from the online registration system (English version):
    the Office of the Registrar General in the header with the government's roundel, the seventeen-digit birth
    registration number in a large box, the entries as two-column rows (label : value) with the register office
    and ward, a matrix code at the lower right and the registrar's printed seal and signature line at the foot."""
    issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(30, 900)))
    reg = act_date or (person.birth_date + datetime.timedelta(days=rng.randint(20, 400)))
    fa, mo = _pa(person, father, mother)
    brn = f"{person.birth_date.year}{nums(rng, 13)}"
    sh = Sheet()
    emblem(sh, 18, 12, 18, rng, "roundel", c=(0, 106, 78))
    put(sh, 105, 13, "Government of the People's Republic of Bangladesh", f=ARI_B, pt=10.5, a="center")
    put(sh, 105, 19, "Office of the Registrar General, Birth and Death Registration", f=ARI, pt=9, a="center")
    put(sh, 105, 24, "Local Government Division", f=ARI, pt=8.4, a="center", c=MID)
    put(sh, 105, 36, "Birth Registration Certificate", f=ARI_B, pt=15, a="center", c=(0, 106, 78))
    frame(sh, 55, 46, 100, 12, lw=0.5, c=(0, 106, 78))
    put(sh, 105, 47.5, "Birth Registration Number", f=ARI, pt=7.4, a="center", c=MID)
    put(sh, 105, 51.5, " ".join(brn[i:i + 4] for i in range(0, 16, 4)) + " " + brn[16:], f=DJM_B, pt=11, a="center")
    office = f"{person.birth_place} City Corporation, Ward No. {rng.randint(1, 56)}"
    rows = [("Date of Registration", dmy(reg, "/")), ("Date of Issuance", dmy(issued, "/")),
            ("Register Office Address", office), ("Name", f"{person.given_names} {person.surname}".upper()),
            ("Sex", "Male" if person.sex == "M" else "Female"), ("Date of Birth", dmy(person.birth_date, "/")),
            ("Place of Birth", f"{person.birth_place}, Bangladesh"), ("Father's Name", fa.upper()),
            ("Father's Nationality", "Bangladeshi"), ("Mother's Name", mo.upper()),
            ("Mother's Nationality", "Bangladeshi"), ("Permanent Address", f"{person.birth_place}, Bangladesh")]
    y = 68.0
    for a, v in rows:
        put(sh, 24, y, a, f=ARI, pt=9.6)
        put(sh, 78, y, ":", f=ARI, pt=9.6)
        block(sh, 82, y, 104, v, f=ARI_B, pt=9.8, lead=1.25)
        y += 9.5
    squares(sh, 160, y + 6, 28, brn)
    put(sh, 24, y + 14, "Registrar", f=ARI, pt=9.5)
    put(sh, 24, y + 19, office, f=ARI, pt=8.4, c=MID)
    seal(sh, 30, y - 4, ["REGISTRAR", person.birth_place.upper(), "BANGLADESH"], rng, c=SEAL_GREEN, mm=26)
    put(sh, 105, 282, "This certificate is generated from the Birth and Death Registration Information System.",
        f=ARI_I, pt=7.4, a="center", c=MID)
    return [sh]


def birth_tur(person: Person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Turkish 'Yabancı Doğum Kayıt Belgesi' printed from the e-Devlet portal (Turkish only): the portal's grey
    header line with the print date, the barcode and the document's verification code at the top right, the
    ministry's name in the title block, the entries as colon-aligned lines without frames, the father's and
    mother's names and nationality; a note on verification at the foot; no stamp (e-signature)."""
    issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(20, 500)))
    fa, mo = _pa(person, father, mother)
    code = f"{h32(person.surname, 'tr46') % 0xFFFFFFF:07X}{nums(rng, 3)}"
    sh = Sheet()
    tint(sh, 0, 0, 210, 9, (226, 226, 226))
    put(sh, 12, 2.6, "e-Devlet Kapısı", f=DJ_B, pt=8, c=(180, 30, 40))
    put(sh, 198, 2.6, f"{dmy(issued, '.')} {rng.randint(8, 19):02d}:{rng.randint(0, 59):02d}", f=DJ, pt=7.6,
        a="right", c=MID)
    bars(sh, 142, 16, 52, 9, code)
    put(sh, 168, 26.5, f"Doğrulama kodu: {code}", f=DJM, pt=6.6, a="center")
    put(sh, 20, 18, "T.C. İÇİŞLERİ BAKANLIĞI", f=DJ_B, pt=10.5)
    put(sh, 20, 23.5, "Göç İdaresi Başkanlığı", f=DJ, pt=9.5)
    put(sh, 20, 28.5, "Yabancılar Kütüğü", f=DJ, pt=9, c=MID)
    put(sh, 105, 44, "YABANCI DOĞUM KAYIT BELGESİ", f=DJ_B, pt=13, a="center")
    rows = [("Yabancı Kimlik No", "99" + nums(rng, 9)), ("Adı", person.given_names.upper()),
            ("Soyadı", person.surname.upper()), ("Cinsiyeti", "Erkek" if person.sex == "M" else "Kadın"),
            ("Doğum Tarihi", dmy(person.birth_date, ".")), ("Doğum Yeri", f"{person.birth_place.upper()} / TÜRKİYE"),
            ("Uyruğu", nat_word(person, "tr")), ("Baba Adı", fa.upper()), ("Babanın Uyruğu", nat_word(person, "tr")),
            ("Anne Adı", mo.upper()), ("Annenin Uyruğu", nat_word(person, "tr")),
            ("Tescil Tarihi", dmy(act_date or (person.birth_date + datetime.timedelta(days=14)), "."))]
    y = 58.0
    for a, v in rows:
        put(sh, 24, y, a, f=DJ, pt=9.6)
        put(sh, 78, y, ":", f=DJ, pt=9.6)
        put(sh, 82, y, v, f=DJ_B, pt=shrink(v, 110, DJ_B, 9.8))
        y += 8
    block(sh, 24, y + 8, 162, "Bu belgedeki bilgiler yabancılar kütüğündeki kayıtlardan alınmıştır. Belgenin "
          "doğruluğunu e-Devlet Kapısı üzerinden barkod veya doğrulama kodu ile kontrol edebilirsiniz.", f=DJ, pt=8.8,
          lead=1.45, c=MID)
    put(sh, 105, 286, "1 / 1", f=DJ, pt=7.4, a="center", c=MID)
    return [sh]


def birth_geo(person: Person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Georgian birth certificate 'დაბადების მოწმობა' of the Public Service Development Agency, Georgian only: the
    state's name and the agency at the top centre, the entries as numbered rows with the captions at the LEFT in
    small type and the names written in Georgian script, the act record number and date, the issue date and
    place; a round blue stamp overlapping the official's signature; printed on pale green security paper."""
    issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(60, 3000)))
    acted = act_date or (person.birth_date + datetime.timedelta(days=rng.randint(5, 40)))
    fa, mo = _pa(person, father, mother)
    sh = Sheet(paper="green")
    put(sh, 105, 16, "საქართველო", f=DJS_B, pt=14, a="center")
    put(sh, 105, 23, "საჯარო სერვისის განვითარების სააგენტო", f=DJS, pt=9.5, a="center")
    put(sh, 105, 36, "დაბადების მოწმობა", f=DJS_B, pt=16, a="center")
    put(sh, 190, 12, f"№ {rng.choice(['ა', 'ბ', 'გ'])}{nums(rng, 8)}", f=DJS_B, pt=10, a="right", c=(170, 30, 40))
    rows = [("1", "გვარი", to_ka(person.surname)), ("2", "სახელი", to_ka(person.given_names)),
            ("3", "სქესი", "მამრობითი" if person.sex == "M" else "მდედრობითი"),
            ("4", "დაბადების თარიღი", dmy(person.birth_date, ".")),
            ("5", "დაბადების ადგილი", f"{to_ka(person.birth_place)}, საქართველო"),
            ("6", "მამა", to_ka(fa)), ("7", "მოქალაქეობა", "საქართველო"), ("8", "დედა", to_ka(mo)),
            ("9", "მოქალაქეობა", "საქართველო"),
            ("10", "აქტის ჩანაწერის №", f"{regno(person, 'geo-b', 100, 9999)}, {dmy(acted, '.')}"),
            ("11", "გაცემის ადგილი", to_ka(person.birth_place)), ("12", "გაცემის თარიღი", dmy(issued, "."))]
    y = 52.0
    for no, a, v in rows:
        put(sh, 22, y, f"{no}.", f=DJS, pt=9)
        put(sh, 30, y + 0.6, a, f=DJSC, pt=8, c=MID)
        rule(sh, 80, 188, y + 5.2, c=PALE)
        put(sh, 82, y, v, f=DJS_B, pt=shrink(v, 104, DJS_B, 11))
        y += 11
    y += 8
    put(sh, 22, y + 10, "უფლებამოსილი პირი", f=DJS, pt=9)
    scrawl(sh, 70, y + 4, rng, c=BALL_BLUE)
    seal(sh, 78, y - 4, ["საქართველო", "სსგს", to_ka(person.birth_place)], rng, c=SEAL_BLUE, mm=30)
    return [sh]


def birth_bel(person: Person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Belgian birth-act extract from the central civil-status database as a Brussels or Walloon commune prints it,
    in French, typed in a monospace face on the commune's letterhead: the commune's name and the 'Service de
    l'État civil' in a framed block at the top LEFT, 'EXTRAIT D'ACTE DE NAISSANCE' centred, the entries as
    'Label ........ value' lines with dotted leaders, the act's reference and the electronic-signature note at
    the foot; the page turned a few degrees on the glass."""
    issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(10, 300)))
    acted = act_date or (person.birth_date + datetime.timedelta(days=rng.randint(2, 12)))
    fa, mo = _pa(person, father, mother)
    commune = person.birth_place if person.birth_place in ("Bruxelles", "Schaerbeek", "Anderlecht", "Liège",
                                                           "Charleroi", "Namur", "Molenbeek-Saint-Jean") \
        else rng.choice(["Schaerbeek", "Anderlecht", "Liège"])
    sh = Sheet()
    frame(sh, 16, 12, 84, 22, lw=0.4)
    put(sh, 20, 15, f"Commune de {commune}".upper(), f=TYPE_B, pt=10)
    put(sh, 20, 21, "Service de l'État civil", f=TYPE, pt=9)
    put(sh, 20, 26, "Guichet Naissances", f=TYPE, pt=8.4, c=MID)
    put(sh, 105, 46, "EXTRAIT D'ACTE DE NAISSANCE", f=TYPE_B, pt=12.5, a="center")
    ref = f"{acted.year}-{regno(person, 'bel-b46', 1000, 99999)}"
    rows = [("Référence BAEC", ref), ("Nom", person.surname.upper()), ("Prénom(s)", person.given_names),
            ("Sexe", "masculin" if person.sex == "M" else "féminin"), ("Date de naissance", dlong(person.birth_date,
                                                                                               "fr")),
            ("Lieu de naissance", person.birth_place), ("Père/Coparent", fa), ("Mère", mo),
            ("Date de l'acte", dmy(acted, "/"))]
    y = 62.0
    for a, v in rows:
        put(sh, 22, y, a, f=TYPE, pt=10)
        rule(sh, 22 + wid(a, TYPE, 10) + 1.5, 84, y + 4, c=PALE, dash=0.35)
        put(sh, 86, y, v, f=TYPE_B, pt=shrink(v, 104, TYPE_B, 10))
        y += 9
    block(sh, 22, y + 10, 166, f"Délivré à {commune}, le {dmy(issued, '/')}, sur la base de la banque de données des "
          f"actes de l'état civil. Le présent extrait est signé électroniquement par l'officier de l'état civil et "
          f"ne porte ni signature manuscrite ni sceau.", f=TYPE, pt=9, lead=1.45)
    squares(sh, 166, 250, 24, ref)
    return [askew(sh, rng.choice([-2.0, -1.3, 1.1, 1.8]))]


for _fid, _c, _fn, _lang, _note in [
        ("birth-eth-vera-tweetalig-tabel-amhaars-engels-in-vieren-gevouwen-46", "ETH", birth_eth, "en",
         "Ethiopian birth certificate, bilingual table, folded in four"),
        ("birth-hti-archives-nationales-proza-jaartallen-in-woorden-fiscale-zegel-46", "HTI", birth_hti, "fr",
         "Haitian birth act extract in prose, years in words, revenue stamp"),
        ("birth-cmr-tweetalig-formulier-genummerde-regels-met-de-hand-46", "CMR", birth_cmr, "fr",
         "Cameroonian bilingual birth form filled in by hand"),
        ("birth-bgd-bdris-engels-zeventien-cijfers-kader-matrixcode-46", "BGD", birth_bgd, "en",
         "Bangladeshi online birth registration certificate, English"),
        ("birth-tur-edevlet-yabanci-dogum-kayit-dubbelepunt-barcode-46", "TUR", birth_tur, "tr",
         "Turkish e-Devlet birth record of a foreign child, Turkish only"),
        ("birth-geo-psda-georgisch-schrift-groen-papier-genummerd-46", "GEO", birth_geo, "ka",
         "Georgian birth certificate in Georgian script only"),
        ("birth-be-baec-gemeente-monospace-stippelleiders-scheef-46", "BEL", birth_bel, "fr",
         "Belgian birth act extract typed in monospace with dotted leaders")]:
    _id._register(_fid, "birth-certificate", PART, _lang, _fn, country=_c, notes=_note)


def marriage_hti(person: Person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    """Haitian marriage act extract ('EXTRAIT DES REGISTRES DE L'ÉTAT CIVIL - ACTE DE MARIAGE') typed as prose on
    the Archives' letterhead, in the registrar's voice: the spouses' names in capitals, their ages, professions and
    parents, the witnesses, the date in words; the registry reference as a boxed line ABOVE the text; signature at
    the end with no title under it and the round stamp half over the last line."""
    sp = spouse
    md = marriage_date or (TODAY - datetime.timedelta(days=rng.randint(900, 6000)))
    issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(30, 400)))
    place = person.birth_place if person.nationality == "HTI" else "Port-au-Prince"
    sh = Sheet()
    put(sh, 20, 14, "RÉPUBLIQUE D'HAÏTI", f=CENT_B, pt=11)
    put(sh, 20, 20, "Archives Nationales - État Civil", f=CENT, pt=9.5)
    emblem(sh, 172, 10, 18, rng, "palm", c=(40, 70, 130))
    put(sh, 105, 38, "EXTRAIT DES REGISTRES DE L'ÉTAT CIVIL", f=CENT_B, pt=12, a="center")
    put(sh, 105, 44, "Acte de Mariage", f=CENT_I, pt=11.5, a="center")
    frame(sh, 20, 52, 170, 8, lw=0.3)
    put(sh, 23, 53.6, f"Commune de {place}  -  Registre M  -  Année {md.year}  -  Acte n° "
        f"{regno(person, 'hti-m', 10, 600)}", f=CENT, pt=9.4)

    def who(q: Person) -> str:
        age = (md - q.birth_date).days // 365
        return (f"{q.given_names.upper()} {q.surname.upper()}, âgé{'e' if q.sex == 'F' else ''} de {fr_words(age)} ans, "
                f"né{'e' if q.sex == 'F' else ''} à {q.birth_place} le {dmy(q.birth_date, '/')}, fils de {q.father or '-'} "
                f"et de {q.mother or '-'}").replace("fils de", "fille de" if q.sex == "F" else "fils de")

    txt = (f"L'an {fr_words(md.year)}, le {'premier' if md.day == 1 else fr_words(md.day)} {MONTHS['fr'][md.month - 1]}, "
           f"par-devant Nous, Officier de l'État Civil de la commune de {place}, soussigné, ont comparu publiquement "
           f"en notre bureau : d'une part, {who(person)} ; et d'autre part, {who(sp) if sp else '-'} ; lesquels Nous ont "
           f"requis de procéder à la célébration de leur mariage dont les publications ont été faites sans opposition. "
           f"Après lecture des pièces, chacune des parties ayant déclaré vouloir se prendre pour époux, Nous avons "
           f"prononcé au nom de la loi qu'elles sont unies par le mariage, en présence de deux témoins majeurs. "
           f"De tout quoi Nous avons dressé le présent acte.")
    y = block(sh, 20, 68, 170, txt, f=CENT, pt=10.5, lead=1.6, align="justify") + 8
    y = block(sh, 20, y, 170, f"Pour extrait conforme, Port-au-Prince, le {dlong(issued, 'fr')}.", f=CENT, pt=10.5) + 8
    scrawl(sh, 128, y, rng, c=INK_ROYAL)
    seal(sh, 108, y - 14, ["ARCHIVES NATIONALES", "ÉTAT CIVIL", "HAÏTI"], rng, c=SEAL_BLUE, mm=30)
    return [sh]


def marriage_cmr(person: Person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    """Cameroonian 'ACTE DE MARIAGE / MARRIAGE CERTIFICATE' printed bilingual form filled in by hand: two columns
    for the husband ('ÉPOUX / HUSBAND') and the wife ('ÉPOUSE / WIFE') with the same numbered rows, then the matrimonial
    regime and the option (monogamie / polygamie) as boxes ticked in pen, the witnesses; the registrar's signature
    BESIDE the label at the bottom and his oval stamp."""
    sp = spouse
    md = marriage_date or (TODAY - datetime.timedelta(days=rng.randint(900, 6000)))
    issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(30, 400)))
    f = rng.choice([P_ROUND, P_BREIP, P_ITAL])
    ink = rng.choice([BALL_BLUE, BALL_BLACK])
    place = person.birth_place if person.nationality == "CMR" else "Yaoundé"
    sh = Sheet()
    put(sh, 105, 12, "RÉPUBLIQUE DU CAMEROUN - REPUBLIC OF CAMEROON", f=ARI_B, pt=9.5, a="center")
    put(sh, 105, 22, "ACTE DE MARIAGE / MARRIAGE CERTIFICATE", f=ARI_B, pt=13, a="center")
    put(sh, 20, 32, "Centre d'État Civil de / Civil Status Centre of:", f=ARI, pt=8.6)
    hand(sh, 88, 30, place, rng, f=f, pt=11, c=ink)
    put(sh, 150, 32, "N°", f=ARI, pt=8.6)
    hand(sh, 156, 30, f"{regno(person, 'cmr-m', 10, 900)}/{md.year}", rng, f=f, pt=11, c=ink)
    put(sh, 20, 40, "Célébré le / Celebrated on:", f=ARI, pt=8.6)
    hand(sh, 68, 38, dmy(md, "/"), rng, f=f, pt=11, c=ink)
    frame(sh, 20, 48, 170, 8, lw=0.25, fill=(232, 232, 232))
    put(sh, 62, 49.8, "ÉPOUX / HUSBAND", f=ARI_B, pt=9, a="center")
    put(sh, 148, 49.8, "ÉPOUSE / WIFE", f=ARI_B, pt=9, a="center")
    h, w = person, sp
    rows = [("Nom / Surname", lambda q: q.surname.upper()), ("Prénoms / Given names", lambda q: q.given_names),
            ("Né(e) le / Born on", lambda q: dmy(q.birth_date, "/")), ("À / At", lambda q: q.birth_place),
            ("Profession", lambda q: rng.choice(["Commerçant(e)", "Enseignant(e)", "Ménagère", "Mécanicien"])),
            ("Père / Father", lambda q: q.father or "-"), ("Mère / Mother", lambda q: q.mother or "-")]
    y = 58.0
    for lab, fn in rows:
        frame(sh, 20, y, 170, 11, lw=0.2, c=PALE)
        vrule(sh, 105, y, y + 11, lw=0.2, c=PALE)
        for x0, q in ((22, h), (107, w)):
            put(sh, x0, y + 0.8, lab, f=ARI, pt=6.6, c=MID)
            if q is not None:
                hand(sh, x0 + 1, y + 3.4, fn(q), rng, f=f, pt=10.5, c=ink, w=80)
        y += 11
    y += 6
    put(sh, 20, y, "Option / Option:", f=ARI_B, pt=9)
    tickbox(sh, 56, y + 0.3, 3.6, True, rng, c=ink)
    put(sh, 61, y, "Monogamie / Monogamy", f=ARI, pt=9)
    tickbox(sh, 110, y + 0.3, 3.6, False)
    put(sh, 115, y, "Polygamie / Polygamy", f=ARI, pt=9)
    y += 8
    put(sh, 20, y, "Régime / Property regime:", f=ARI_B, pt=9)
    tickbox(sh, 66, y + 0.3, 3.6, False)
    put(sh, 71, y, "Communauté / Community", f=ARI, pt=9)
    tickbox(sh, 122, y + 0.3, 3.6, True, rng, c=ink)
    put(sh, 127, y, "Séparation / Separate", f=ARI, pt=9)
    y += 10
    put(sh, 20, y, "Témoins / Witnesses:", f=ARI_B, pt=9)
    hand(sh, 58, y - 2, f"{rng.choice(['Paul', 'Marcel', 'Roger'])} {rng.choice(['Essomba', 'Nana', 'Abena'])} - "
         f"{rng.choice(['Agnès', 'Rose', 'Berthe'])} {rng.choice(['Ndzana', 'Moukoko', 'Fouda'])}", rng, f=f, pt=10.5,
         c=ink)
    y += 18
    put(sh, 20, y, "L'Officier d'État Civil / The Civil Status Registrar:", f=ARI, pt=9)
    scrawl(sh, 104, y - 6, rng, c=ink)
    seal(sh, 140, y - 10, ["ÉTAT CIVIL", place.upper(), "CAMEROUN"], rng, shape="oval", c=SEAL_BLUE, mm=36)
    put(sh, 20, y + 16, f"Copie conforme délivrée le / True copy issued on {dmy(issued, '/')}", f=ARI_I, pt=8.4)
    return [sh]


def marriage_bel(person: Person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    """Extract of a Belgian marriage act in Dutch from a Flemish town's civil registry: the town's name in a
    coloured bar across the top, 'Uittreksel uit de huwelijksakte' in bold, the two spouses in two framed blocks
    one UNDER the other ('Echtgenoot 1', 'Echtgenoot 2') with name, first names, birth date and place, the date
    and place of the marriage in a line above, the DABS reference and the electronic signature note; printed on
    pale grey recycled paper."""
    sp = spouse
    md = marriage_date or (TODAY - datetime.timedelta(days=rng.randint(400, 3000)))
    issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(20, 200)))
    town = rng.choice(["Gent", "Antwerpen", "Mechelen", "Leuven", "Sint-Niklaas", "Genk"])
    sh = Sheet(paper="grey")
    tint(sh, 0, 10, 210, 14, (30, 70, 110))
    put(sh, 18, 13.5, f"Stad {town}", f=CAL_B, pt=14, c=(255, 255, 255))
    put(sh, 192, 15, "Burgerzaken - Burgerlijke stand", f=CAL, pt=9.5, a="right", c=(230, 230, 230))
    put(sh, 18, 38, "Uittreksel uit de huwelijksakte", f=CAL_B, pt=15)
    put(sh, 18, 48, f"Huwelijk voltrokken op {dlong(md, 'nl')} te {town}", f=CAL, pt=11)
    y = 58.0
    for i, q in enumerate([person, sp]):
        frame(sh, 18, y, 174, 36, lw=0.3)
        put(sh, 21, y + 2, f"Echtgenoot {i + 1}", f=CAL_B, pt=10, c=(30, 70, 110))
        if q is not None:
            for j, (a, v) in enumerate([("Naam", q.surname), ("Voornamen", q.given_names),
                                        ("Geboortedatum", dmy(q.birth_date, "/")),
                                        ("Geboorteplaats", f"{q.birth_place} ({q.birth_country})")]):
                put(sh, 24, y + 9 + j * 6.2, a, f=CAL, pt=9.6, c=MID)
                put(sh, 70, y + 9 + j * 6.2, v, f=CAL_B, pt=10)
        y += 42
    put(sh, 18, y + 2, f"DABS-referentie {md.year}{regno(person, 'bel-m46', 100000, 999999)}", f=CAL, pt=9.6)
    block(sh, 18, y + 10, 174, f"Uittreksel afgeleverd op {dmy(issued, '/')}. Dit document is elektronisch ondertekend "
          f"door de ambtenaar van de burgerlijke stand en is geldig zonder handtekening of stempel.", f=CAL_I, pt=9,
          lead=1.45, c=MID)
    return [sh]


_id._register("marriage-hti-proza-referentiekader-boven-stempel-half-op-tekst-46", "marriage-certificate", PART, "fr",
              marriage_hti, country="HTI", notes="Haitian marriage act extract in prose")
_id._register("marriage-cmr-formulier-twee-kolommen-optie-aangevinkt-met-de-hand-46", "marriage-certificate", PART,
              "fr", marriage_cmr, country="CMR", notes="Cameroonian bilingual marriage form filled in by hand")
_id._register("marriage-be-stad-kleurbalk-twee-kaders-onder-elkaar-grijs-papier-46", "marriage-certificate", PART,
              "nl", marriage_bel, country="BEL", notes="Flemish marriage act extract with two framed blocks")


# =========================================================================== nationality certificates

def nationality_cmr(person: Person, rng, *, issue_date=None, **opts):
    """'CERTIFICAT DE NATIONALITÉ CAMEROUNAISE' of the President of a court of first instance: the court's heading
    at the top LEFT (republic, ministry of justice, court), a number and 'CNC' at the right, the certificate in the
    judge's voice ('Nous, ..., Président du Tribunal de Première Instance de ..., certifions que ...') citing the
    nationality code, the holder's data run into the text, the documents produced listed with dashes; a revenue
    stamp stuck at the lower LEFT, the judge's signature and the court's round stamp at the right."""
    issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(60, 2000)))
    town = rng.choice(["Yaoundé-Centre Administratif", "Douala-Bonanjo", "Bafoussam", "Dschang"])
    judge = rng.choice(["NGA Marie-Thérèse", "ABANDA Jean-Pierre", "FOTSING Emmanuel", "ELOUNDOU Cécile"])
    sh = Sheet()
    for i, s in enumerate(["RÉPUBLIQUE DU CAMEROUN", "Paix - Travail - Patrie", "-------", "MINISTÈRE DE LA JUSTICE",
                           "-------", "TRIBUNAL DE PREMIÈRE INSTANCE", f"DE {town.upper()}"]):
        put(sh, 48, 12 + i * 4.4, s, f=TIM_B if i in (0, 3, 5, 6) else TIM_I, pt=8.6, a="center")
    put(sh, 190, 16, f"N° {rng.randint(100, 9999)}/CNC/TPI/{issued.year}", f=TIM_B, pt=9.5, a="right")
    put(sh, 105, 52, "CERTIFICAT DE NATIONALITÉ CAMEROUNAISE", f=TIM_B, pt=13.5, a="center")
    rule(sh, 50, 160, 58, lw=0.4)
    txt = (f"Nous, {judge}, Président du Tribunal de Première Instance de {town}, vu la loi n° 1968-LF-3 du 11 juin "
           f"1968 portant Code de la nationalité camerounaise, notamment en ses articles 6 et 7, vu les pièces "
           f"produites, certifions que {'Madame' if person.sex == 'F' else 'Monsieur'} "
           f"{person.surname.upper()} {person.given_names}, né{'e' if person.sex == 'F' else ''} le "
           f"{dlong(person.birth_date, 'fr')} à {person.birth_place}, {'fille' if person.sex == 'F' else 'fils'} de "
           f"{person.father or '-'} et de {person.mother or '-'}, est de nationalité camerounaise comme étant "
           f"né{'e' if person.sex == 'F' else ''} au Cameroun d'un père et d'une mère eux-mêmes camerounais.")
    y = block(sh, 22, 68, 166, txt, f=TIM, pt=11, lead=1.6, align="justify") + 6
    put(sh, 22, y, "Pièces produites :", f=TIM_B, pt=10.5)
    y += 6
    for s in [f"- copie d'acte de naissance n° {regno(person, 'cmr-b', 100, 2999)}",
              "- copie d'acte de naissance du père", "- copie de la carte nationale d'identité du père"]:
        put(sh, 28, y, s, f=TIM, pt=10.5)
        y += 5.6
    y += 6
    put(sh, 22, y, "En foi de quoi le présent certificat est délivré pour servir et valoir ce que de droit.", f=TIM,
        pt=10.5)
    put(sh, 120, y + 10, f"{town.split('-')[0]}, le {dmy(issued, '/')}", f=TIM, pt=10.5)
    put(sh, 120, y + 16, "Le Président,", f=TIM_I, pt=10.5)
    scrawl(sh, 124, y + 20, rng, c=INK_ROYAL)
    seal(sh, 150, y + 14, ["TRIBUNAL DE PREMIÈRE INSTANCE", town.split("-")[0].upper(), "CAMEROUN"], rng,
         c=SEAL_BLUE, mm=30)
    tint(sh, 24, y + 22, 22, 26, (226, 210, 232))
    frame(sh, 24, y + 22, 22, 26, lw=0.3, c=(130, 90, 140))
    put(sh, 35, y + 27, "TIMBRE", f=HEL_B, pt=6.4, a="center", c=(110, 60, 120))
    put(sh, 35, y + 33, "1 000 F", f=HEL_B, pt=8, a="center", c=(110, 60, 120))
    put(sh, 35, y + 39, "CFA", f=HEL_B, pt=6.4, a="center", c=(110, 60, 120))
    return [sh]


def nationality_hti(person: Person, rng, *, issue_date=None, **opts):
    """'CERTIFICAT DE NATIONALITÉ' issued by the consular section of the Embassy of Haiti in Brussels on the
    strength of the holder's birth act and the consular register: a blue-red rule under a centred letterhead, the
    text in Palatino as one paragraph, the holder's data then repeated in a framed box (nom, prénoms, date et lieu
    de naissance, nationalité); the consul's signature BELOW his title, the embassy's stamp to the left of it; the
    copy lies crooked and soft as if photographed."""
    issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(30, 800)))
    consul = rng.choice(["Jean-Marc ALEXIS", "Nathalie DUVALSAINT", "Reginald FLEURANT"])
    sh = Sheet()
    put(sh, 105, 14, "AMBASSADE DE LA RÉPUBLIQUE D'HAÏTI", f=PAL_B, pt=12, a="center")
    put(sh, 105, 20, "Section consulaire - Bruxelles", f=PAL_I, pt=10, a="center")
    tint(sh, 40, 26, 65, 1.2, (0, 40, 140))
    tint(sh, 105, 26, 65, 1.2, (200, 20, 40))
    put(sh, 105, 40, "CERTIFICAT DE NATIONALITÉ", f=PAL_B, pt=14, a="center", sp=0.6)
    txt = ("Le Consul de la République d'Haïti à Bruxelles certifie, au vu de l'extrait d'acte de naissance délivré "
           "par les Archives nationales d'Haïti et des mentions du registre d'immatriculation consulaire, que la "
           "personne désignée ci-dessous possède la nationalité haïtienne d'origine, conformément à la Constitution "
           "de la République d'Haïti.")
    y = block(sh, 24, 54, 162, txt, f=PAL, pt=11, lead=1.6, align="justify") + 8
    frame(sh, 24, y, 162, 44, lw=0.4)
    for i, (a, v) in enumerate([("Nom", person.surname.upper()), ("Prénoms", person.given_names),
                                ("Date de naissance", dlong(person.birth_date, "fr")),
                                ("Lieu de naissance", f"{person.birth_place} (Haïti)"), ("Nationalité", "haïtienne")]):
        put(sh, 28, y + 3 + i * 8, a, f=PAL, pt=10, c=MID)
        put(sh, 80, y + 3 + i * 8, v, f=PAL_B, pt=10.5)
    y += 56
    put(sh, 24, y, f"Bruxelles, le {dlong(issued, 'fr')}", f=PAL, pt=10.5)
    put(sh, 130, y + 8, "Le Consul", f=PAL_I, pt=10.5, a="center")
    scrawl(sh, 114, y + 12, rng, c=BALL_BLACK)
    put(sh, 130, y + 28, consul, f=PAL, pt=10, a="center")
    seal(sh, 62, y + 8, ["AMBASSADE D'HAÏTI", "SECTION CONSULAIRE", "BRUXELLES"], rng, c=SEAL_RED, mm=30)
    return [messenger(askew(sh, rng.choice([-2.6, -1.9, 2.2])), k=0.64)]


_id._register("nationality-cmr-tpi-proza-rechter-fiscale-zegel-linksonder-46", "nationality-certificate", PART, "fr",
              nationality_cmr, country="CMR", notes="Cameroonian nationality certificate of a court, revenue stamp")
_id._register("nationality-hti-consulaat-brussel-kaderblok-scheef-zacht-46", "nationality-certificate", PART, "fr",
              nationality_hti, country="HTI", notes="Haitian consular nationality certificate, crooked soft copy")


# =========================================================================== consular identity certificates

def idcert_cmr(person: Person, rng, *, issue_date=None, declarative=False, **opts):
    """'CERTIFICAT D'IDENTITÉ' of the Embassy of Cameroon in Brussels: the embassy's heading at the top RIGHT, the
    photo glued at the top LEFT with the embassy's round stamp half over it, the title centred, the holder's data
    as a two-column table with thin rules; the basis stated in a last paragraph (documents checked against the
    consular register, or the holder's own declaration only); the consular officer's signature ABOVE the label
    'Le Chef de Chancellerie'."""
    issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(20, 500)))
    sh = Sheet()
    for i, s in enumerate(["RÉPUBLIQUE DU CAMEROUN", "Paix - Travail - Patrie", "AMBASSADE DU CAMEROUN",
                           "À BRUXELLES", "Service consulaire"]):
        put(sh, 190, 12 + i * 4.6, s, f=GOTH_B if i in (0, 2, 3) else GOTH, pt=8.8, a="right")
    sh.photo(20, 14, 30, 38, rng)
    seal(sh, 36, 38, ["AMBASSADE DU CAMEROUN", "BRUXELLES"], rng, c=SEAL_PURPLE, mm=26)
    put(sh, 105, 66, "CERTIFICAT D'IDENTITÉ", f=GOTH_B, pt=15, a="center", sp=0.8)
    put(sh, 105, 73, f"N° {rng.randint(100, 999)}/{issued.year}/AMBACAM/BXL", f=GOTH, pt=9, a="center", c=MID)
    rows = [("Nom", person.surname.upper()), ("Prénoms", person.given_names),
            ("Né(e) le", dmy(person.birth_date, "/")), ("À", f"{person.birth_place} (Cameroun)"),
            ("Fils/fille de", person.father or "-"), ("Et de", person.mother or "-"),
            ("Nationalité", "Camerounaise"), ("Immatriculation consulaire", f"{nums(rng, 5)}/BXL")]
    y = 86.0
    for a, v in rows:
        put(sh, 28, y, a, f=GOTH, pt=10, c=MID)
        put(sh, 90, y, v, f=GOTH_B, pt=shrink(v, 96, GOTH_B, 10.5))
        rule(sh, 26, 186, y + 6, c=PALE)
        y += 8.6
    basis = ("Le présent certificat est établi sur la seule déclaration de l'intéressé(e), qui n'a présenté aucune "
             "pièce d'état civil ni document d'identité." if declarative else
             "Le présent certificat est établi au vu de l'acte de naissance et de la carte nationale d'identité de "
             "l'intéressé(e), vérifiés au registre d'immatriculation consulaire de l'Ambassade.")
    y = block(sh, 26, y + 8, 160, basis + " Il est délivré pour servir et valoir ce que de droit.", f=GOTH, pt=10.5,
              lead=1.55) + 10
    put(sh, 130, y, f"Bruxelles, le {dmy(issued, '/')}", f=GOTH, pt=10)
    scrawl(sh, 130, y + 6, rng, c=BALL_BLUE)
    put(sh, 148, y + 22, "Le Chef de Chancellerie", f=GOTH, pt=10, a="center")
    return [sh]


def idcert_hti(person: Person, rng, *, issue_date=None, declarative=False, **opts):
    """'ATTESTATION D'IDENTITÉ' of the Embassy of Haiti in Brussels: the letterhead in a blue band across the top,
    the photo at the lower LEFT beside the signature block with the dry-seal impression over the photo's corner,
    the text as 'Le soussigné ... atteste que ...' with the data run in and underlined, the basis of the attestation
    in the same paragraph; signed BESIDE the label 'Le Consul' on the same line; copied at 93 % on the glass."""
    issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(20, 500)))
    sh = Sheet()
    tint(sh, 0, 10, 210, 16, (0, 40, 140))
    put(sh, 105, 12.5, "AMBASSADE DE LA RÉPUBLIQUE D'HAÏTI - BRUXELLES", f=CAM_B, pt=11.5, a="center",
        c=(255, 255, 255))
    put(sh, 105, 19, "Section consulaire", f=CAM_I, pt=9.5, a="center", c=(230, 230, 240))
    put(sh, 105, 44, "ATTESTATION D'IDENTITÉ", f=CAM_B, pt=15, a="center")
    base = ("établie sur la base des seules déclarations de l'intéressé(e), aucun document n'ayant été présenté" if
            declarative else "établie au vu de son passeport et de son acte de naissance, dont les mentions ont été "
            "vérifiées par nos services")
    txt = (f"Le soussigné, Consul de la République d'Haïti à Bruxelles, atteste que {person.given_names} "
           f"{person.surname.upper()}, né{'e' if person.sex == 'F' else ''} le {dlong(person.birth_date, 'fr')} à "
           f"{person.birth_place}, Haïti, {'fille' if person.sex == 'F' else 'fils'} de {person.father or '-'} et de "
           f"{person.mother or '-'}, est de nationalité haïtienne et que la photographie ci-contre est bien la sienne. "
           f"La présente attestation est {base}.")
    y = block(sh, 24, 60, 162, txt, f=CAM, pt=11.5, lead=1.65, align="justify") + 12
    sh.photo(24, y, 30, 38, rng)
    emblem(sh, 44, y + 26, 16, rng, "roundel", c=(150, 150, 150))
    put(sh, 64, y + 4, f"Fait à Bruxelles, le {dmy(issued, '.')}", f=CAM, pt=10.5)
    put(sh, 64, y + 22, "Le Consul :", f=CAM, pt=10.5)
    scrawl(sh, 88, y + 15, rng, c=BALL_BLACK)
    seal(sh, 140, y + 10, ["AMBASSADE D'HAÏTI", "BRUXELLES"], rng, c=SEAL_BLUE, mm=26)
    img = to_img(sh)
    W, H = img.size
    small = img.resize((int(W * 0.93), int(H * 0.93)), Image.LANCZOS)
    out = Image.new("RGB", (W, H), (255, 255, 255))
    out.paste(small, ((W - small.width) // 2, int(H * 0.03)))
    return [from_img(out)]


_id._register("idcert-cmr-ambassade-foto-linksboven-stempel-over-foto-tabel-46", "identity-certificate", PART, "fr",
              idcert_cmr, country="CMR", photo=True,
              notes="Cameroonian embassy identity certificate, photo top left under the stamp")
_id._register("idcert-hti-ambassade-blauwe-band-foto-linksonder-93-procent-46", "identity-certificate", PART, "fr",
              idcert_hti, country="HTI", photo=True, notes="Haitian embassy identity attestation, reduced copy")


# =========================================================================== driving licence

def licence_cmr(person: Person, rng, *, issue_date=None, expiry_date=None, **opts):
    """Cameroonian secure driving licence (pink card, 'PERMIS DE CONDUIRE / DRIVING LICENCE'): the front with the
    photo at the RIGHT and the numbered fields 1 to 5 (no nationality), the back with the category grid and
    restrictions; both sides cut out and taped on a sheet one below the other, slightly apart."""
    issue, expiry = span(rng, issue_date, expiry_date, 10, (100, 2500))
    number = f"CE{nums(rng, 2)}{rng.choice('ABCDEFG')}{nums(rng, 6)}"
    sh = Sheet()
    W, H = 85.6 * 1.1, 54 * 1.1
    x0, yf, yb = 50.0, 30.0, 30.0 + H + 14
    for y in (yf, yb):
        sh.image(x0, y, W, H, guilloche(85.6, 54, rng, (250, 230, 236), (232, 196, 210), k=10, n=9))
        frame(sh, x0, y, W, H, lw=0.3, c=(130, 80, 100))
    put(sh, x0 + 3, yf + 2.5, "RÉPUBLIQUE DU CAMEROUN", f=HEL_B, pt=5.8)
    put(sh, x0 + 3, yf + 5.8, "PERMIS DE CONDUIRE / DRIVING LICENCE", f=HEL_B, pt=5.8, c=(150, 30, 60))
    sh.photo(x0 + W - 27, yf + 10, 23, 30, rng)
    y = yf + 11
    for a, v in [("1.", person.surname.upper()), ("2.", person.given_names.upper()),
                 ("3.", f"{dmy(person.birth_date, '.')} {person.birth_place.upper()}"), ("4a.", dmy(issue, ".")),
                 ("4b.", dmy(expiry, ".")), ("4c.", "MINT - DÉLÉGATION RÉGIONALE"), ("5.", number)]:
        put(sh, x0 + 3, y, a, f=HEL, pt=5, c=MID)
        put(sh, x0 + 9, y - 0.2, v, f=HEL_B, pt=shrink(v, W - 40, HEL_B, 6.0))
        y += 4.6
    scrawl(sh, x0 + 8, yf + H - 9, rng, w=22, h=6, c=BALL_BLACK)
    put(sh, x0 + 3, yb + 3, "9. Catégorie      10. Délivré      11. Expire      12. Restrictions", f=HEL, pt=4.8,
        c=MID)
    yy = yb + 8
    for cat, on in [("A", False), ("B", True), ("C", False), ("D", False), ("E", False), ("F", False)]:
        frame(sh, x0 + 3, yy, W - 6, 5.4, lw=0.15, c=PALE)
        put(sh, x0 + 5, yy + 1, cat, f=HEL_B, pt=6.2)
        if on:
            put(sh, x0 + 20, yy + 1, dmy(issue, "."), f=HEL, pt=5.8)
            put(sh, x0 + 40, yy + 1, dmy(expiry, "."), f=HEL, pt=5.8)
        yy += 5.4
    return [taped(sh, rng, [(x0, yf, W, H), (x0, yb, W, H)])]


def licence_hti(person: Person, rng, *, issue_date=None, expiry_date=None, **opts):
    """Haitian driving licence ('PERMIS DE CONDUIRE' of the Service de la Circulation des Véhicules), front only,
    enlarged in the middle of the sheet: a blue card with the photo at the LEFT, the holder's name, birth date,
    address, licence class, issue and expiry dates and the NIF (no nationality); the copier's lid left half open, so
    a dark frame surrounds the sheet."""
    issue, expiry = span(rng, issue_date, expiry_date, 5, (100, 1500))
    number = f"{nums(rng, 2)}-{nums(rng, 2)}-{nums(rng, 6)}"
    nif = f"{nums(rng, 3)}-{nums(rng, 3)}-{nums(rng, 3)}-{rng.randint(0, 9)}"
    sh = Sheet()
    W, H = 85.6 * 1.45, 54 * 1.45
    x0, y0 = (210 - W) / 2, 92.0
    sh.image(x0, y0, W, H, guilloche(85.6, 54, rng, (226, 236, 250), (180, 200, 236), k=10, n=10))
    frame(sh, x0, y0, W, H, lw=0.35, c=(30, 50, 120))
    tint(sh, x0, y0, W, 9, (0, 40, 140))
    put(sh, x0 + 4, y0 + 1.6, "RÉPUBLIQUE D'HAÏTI", f=HEL_B, pt=7.6, c=(255, 255, 255))
    put(sh, x0 + W - 4, y0 + 1.6, "PERMIS DE CONDUIRE", f=HEL_B, pt=7.6, a="right", c=(255, 255, 255))
    put(sh, x0 + 4, y0 + 10.5, "Service de la Circulation des Véhicules", f=HEL_I, pt=6.4, c=MID)
    sh.photo(x0 + 4, y0 + 15, 30, 39, rng)
    y = y0 + 15
    for a, v in [("Nom", person.surname.upper()), ("Prénom", person.given_names.upper()),
                 ("Né(e) le", dmy(person.birth_date, "/")), ("Adresse", rng.choice(["DELMAS 33", "PÉTION-VILLE",
                                                                                     "CARREFOUR", "TABARRE"])),
                 ("Catégorie", rng.choice(["B", "B - A"])), ("Émis le", dmy(issue, "/")),
                 ("Expire le", dmy(expiry, "/")), ("NIF", nif), ("N° permis", number)]:
        put(sh, x0 + 38, y, a, f=HELN, pt=5.6, c=MID)
        put(sh, x0 + 58, y - 0.3, v, f=HEL_B, pt=shrink(v, W - 62, HEL_B, 7.8))
        y += 5.6
    scrawl(sh, x0 + 5, y0 + H - 13, rng, w=26, h=7, c=BALL_BLACK)
    return [dark_border(sh, rng)]


_id._register("licence-hti-blauwe-kaart-alleen-voorzijde-vergroot-deksel-open-46", "driving-licence", PART, "fr",
              licence_hti, country="HTI", photo=True,
              notes="Haitian driving licence, front only, enlarged, lid half open")
_id._register("licence-cmr-roze-kaart-foto-rechts-velden-1-5-uitgeknipt-plakband-46", "driving-licence", PART, "fr",
              licence_cmr, country="CMR", photo=True,
              notes="Cameroonian driving licence, both sides cut out and taped on a sheet")


# =========================================================================== sworn translations

_SOURCE = {"tr": dict(nl="Turks", fr="turc", doc_nl="Yabancı Doğum Kayıt Belgesi (geboorteregistratie van een "
                                                   "buitenlands kind)",
                      auth_nl="Directoraat-generaal Migratiebeheer, register van vreemdelingen"),
           "ka": dict(nl="Georgisch", fr="géorgien", doc_nl="dabadebis mots'moba (geboorteakte)",
                      auth_nl="Agentschap voor de ontwikkeling van de openbare dienstverlening (PSDA), {p}"),
           "am": dict(nl="Amhaars", fr="amharique", doc_nl="geboorteakte", auth_nl="Burgerlijke stand, {p}")}


def _render_facts(person: Person, father, mother) -> list[tuple[str, str]]:
    fa, mo = _pa(person, father, mother)
    return [("Naam", person.surname.upper()), ("Voornaam/voornamen", person.given_names),
            ("Geslacht", "mannelijk" if person.sex == "M" else "vrouwelijk"),
            ("Geboortedatum", dlong(person.birth_date, "nl")),
            ("Geboorteplaats", f"{person.birth_place} ({person.birth_country})"),
            ("Nationaliteit", nat_word(person, "nl")), ("Vader", fa), ("Moeder", mo)]


def translation_be(person: Person, rng, *, issue_date=None, of_type="birth-certificate", source_lang="tr",
                   father=None, mother=None, **opts):
    """Dutch translation by a translator-interpreter sworn at the Antwerp court of first instance: the translator's
    name and address in a small block at the top RIGHT, the heading 'VERTALING UIT HET ... ' in spaced capitals
    at the left, the document rendered line by line as a two-column table with the original's stamps and
    signatures described in square brackets, the translator's certification formula with the oath reference,
    and the translator's round stamp BESIDE the signature at the end; below it the court registry's
    legalisation stamp with the clerk's initials."""
    src = _SOURCE.get(source_lang, _SOURCE["tr"])
    issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(8, 80)))
    tr = rng.choice([("Ayşe", "Vermeiren", "Antwerpen"), ("Tamar", "Claes", "Antwerpen"),
                     ("Koen", "Van Hoof", "Mechelen"), ("Elif", "De Backer", "Antwerpen")])
    sh = Sheet()
    for i, s in enumerate([f"{tr[0]} {tr[1]}", "beëdigd vertaler-tolk", f"{rng.choice(['Lange Nieuwstraat', 'Mechelsesteenweg', 'Frankrijklei'])} "
                           f"{rng.randint(3, 180)}", f"{rng.choice(['2000', '2018', '2800'])} {tr[2]}"]):
        put(sh, 192, 12 + i * 4.4, s, f=CAL_B if i == 0 else CAL, pt=9 if i == 0 else 8.4, a="right")
    put(sh, 18, 36, f"VERTALING UIT HET {src['nl'].upper()}", f=CAL_B, pt=12.5, sp=1.2)
    put(sh, 18, 43, f"Origineel: {src['doc_nl']}", f=CAL_I, pt=9.6, c=MID)
    put(sh, 18, 48, f"Afgegeven door: {src['auth_nl'].format(p=person.birth_place)}", f=CAL_I, pt=9.6, c=MID)
    y = 58.0
    for a, v in _render_facts(person, father, mother):
        frame(sh, 18, y, 60, 8, lw=0.15, c=PALE)
        frame(sh, 78, y, 114, 8, lw=0.15, c=PALE)
        put(sh, 20, y + 2, a, f=CAL, pt=9.6)
        put(sh, 80, y + 2, v, f=CAL_B, pt=shrink(v, 110, CAL_B, 10))
        y += 8
    y = block(sh, 18, y + 6, 174, "[streepjescode en verificatiecode]  [elektronische handtekening van de bevoegde "
              "ambtenaar]", f=CAL_I, pt=9.4, c=MID) + 6
    y = block(sh, 18, y, 174, f"Voor getrouwe vertaling uit het {src['nl']} in het Nederlands. Ik, ondergetekende, "
              f"{tr[0]} {tr[1]}, beëdigd vertaler-tolk bij de rechtbank van eerste aanleg Antwerpen, verklaar dat "
              f"deze vertaling volledig en getrouw is. Ingeschreven in het nationaal register van beëdigd vertalers, "
              f"tolken en vertalers-tolken.", f=CAL, pt=10, lead=1.5) + 4
    put(sh, 18, y, f"{tr[2]}, {dmy(issued, '/')}", f=CAL, pt=10)
    scrawl(sh, 22, y + 6, rng, c=BALL_BLUE)
    seal(sh, 70, y + 2, [f"{tr[0]} {tr[1]}".upper(), "BEËDIGD VERTALER", tr[2].upper()], rng, c=SEAL_BLUE, mm=28)
    seal(sh, 104, y + 26, ["GRIFFIE RECHTBANK", "EERSTE AANLEG ANTWERPEN", "GELEGALISEERD"], rng,
         shape="rect", c=SEAL_PURPLE, mm=40)
    scrawl(sh, 160, y + 34, rng, w=16, h=7, c=BALL_BLACK, style="initials")
    return [sh]


def translation_nl(person: Person, rng, *, issue_date=None, of_type="birth-certificate", source_lang="tr",
                   father=None, mother=None, **opts):
    """Dutch sworn translation by an Rbtv-registered translator: the translator's letterhead at the top LEFT with a
    thin coloured rule, 'Beëdigde vertaling' in bold, a short preamble naming the source document and its
    language, the translation as running prose in the document's own order ('Hierbij wordt verklaard dat ...'), the
    translator's declaration in a framed box at the foot with the round Rbtv stamp ABOVE the label 'handtekening'
    and the signature beside the stamp."""
    src = _SOURCE.get(source_lang, _SOURCE["tr"])
    issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(8, 80)))
    tr = rng.choice([("Nino", "van Dam", "Amsterdam"), ("Kerem", "Hoekstra", "Rotterdam"),
                     ("Irina", "Wolters", "Utrecht"), ("Mehmet", "de Lange", "Arnhem")])
    rbtv = rng.randint(10000, 99999)
    fa, mo = _pa(person, father, mother)
    sh = Sheet()
    put(sh, 18, 12, f"{tr[0]} {tr[1]}", f=LIB_B, pt=12)
    put(sh, 18, 18, f"Beëdigd vertaler {src['nl']} - Nederlands · Rbtv {rbtv} · {tr[2]}", f=LIB, pt=8.6, c=MID)
    tint(sh, 18, 24, 174, 0.8, (0, 110, 120))
    put(sh, 18, 34, "Beëdigde vertaling", f=LIB_B, pt=14)
    y = block(sh, 18, 44, 174, f"Vertaling uit het {src['nl']} van een {src['doc_nl']}, afgegeven door "
              f"{src['auth_nl'].format(p=person.birth_place)}. Het origineel is mij getoond.", f=LIB_I, pt=10,
              lead=1.45) + 6
    txt = (f"Hierbij wordt verklaard dat {person.given_names} {person.surname.upper()}, "
           f"{'mannelijk' if person.sex == 'M' else 'vrouwelijk'}, geboren op {dlong(person.birth_date, 'nl')} te "
           f"{person.birth_place} ({person.birth_country}), met de nationaliteit {nat_word(person, 'nl')}, kind is van "
           f"{fa} (vader) en {mo} (moeder), en dat de geboorte is ingeschreven in het register. "
           f"[Stempel en handtekening van de afgevende instantie, onleesbaar.]")
    y = block(sh, 18, y, 174, txt, f=LIB, pt=11, lead=1.6, align="justify") + 10
    frame(sh, 18, y, 174, 52, lw=0.4)
    block(sh, 22, y + 3, 166, f"Ondergetekende, {tr[0]} {tr[1]}, beëdigd vertaler, ingeschreven in het Register "
          f"beëdigde tolken en vertalers onder nummer {rbtv}, verklaart dat deze vertaling getrouw en volledig is.",
          f=LIB, pt=9.8, lead=1.45)
    put(sh, 22, y + 20, f"{tr[2]}, {dmy(issued, '-')}", f=LIB, pt=9.8)
    seal(sh, 110, y + 14, ["BEËDIGD VERTALER", f"{tr[0][0]}. {tr[1].upper()}", f"RBTV {rbtv}"], rng, c=SEAL_GREEN,
         mm=26)
    put(sh, 110, y + 42, "handtekening", f=LIB, pt=8.4, c=MID)
    scrawl(sh, 142, y + 22, rng, c=BALL_BLACK)
    return [sh]


_id._register("translation-be-antwerpen-tabel-vierkante-haken-legalisatie-griffie-46", "translation", PART, "nl",
              translation_be, country="BEL",
              notes="Belgian sworn translation into Dutch as a table, legalised by the court registry")
_id._register("translation-nl-rbtv-lopende-tekst-verklaring-in-kader-46", "translation", PART, "nl",
              translation_nl, country="NLD", notes="Dutch sworn translation as running prose, boxed declaration")
