"""Identity and civil-status families of the `fortyfifth` part (registered in identity.FAMILIES), and the small
drawing kit (faces, pens, dates, stamps, copy habits) that this part's 9ter and IND modules share.

Written by a writer who saw neither the validator nor its output, from the seeds, rules.md and how such papers look
in Belgian and Dutch files.  Each family's layout, wording and copy habit is described in its function's docstring
only (the part is read blind).  The part's applicants come from Senegal, Nepal, Albania, Ukraine and Sri Lanka (and,
for the one IND rule that needs it, Suriname).  A Turkish civil-registry paper serves the applicants born in
Türkiye, a Ukrainian birth certificate the IND translation case, and Belgian civil-status extracts, a Dutch residence
card and two sworn translations complete the set.
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

PART = "fortyfifth"
D = datetime.date
TODAY = D(2026, 12, 1)

# --------------------------------------------------------------------------- faces
_O = "/usr/share/fonts/opentype"
_T = "/usr/share/fonts/truetype"
FS, FS_B, FS_I = f"{_T}/freefont/FreeSerif.ttf", f"{_T}/freefont/FreeSerifBold.ttf", f"{_T}/freefont/FreeSerifItalic.ttf"
FA, FA_B, FA_O = f"{_T}/freefont/FreeSans.ttf", f"{_T}/freefont/FreeSansBold.ttf", f"{_T}/freefont/FreeSansOblique.ttf"
FM, FM_B = f"{_T}/freefont/FreeMono.ttf", f"{_T}/freefont/FreeMonoBold.ttf"
DV, DV_B, DV_O = f"{_T}/dejavu/DejaVuSans.ttf", f"{_T}/dejavu/DejaVuSans-Bold.ttf", f"{_T}/dejavu/DejaVuSans-Oblique.ttf"
DVC, DVC_B = f"{_T}/dejavu/DejaVuSansCondensed.ttf", f"{_T}/dejavu/DejaVuSansCondensed-Bold.ttf"
DVS, DVS_B, DVS_I = f"{_T}/dejavu/DejaVuSerif.ttf", f"{_T}/dejavu/DejaVuSerif-Bold.ttf", f"{_T}/dejavu/DejaVuSerif-Italic.ttf"
DVSC, DVSC_B = f"{_T}/dejavu/DejaVuSerifCondensed.ttf", f"{_T}/dejavu/DejaVuSerifCondensed-Bold.ttf"
DVM, DVM_B = f"{_T}/dejavu/DejaVuSansMono.ttf", f"{_T}/dejavu/DejaVuSansMono-Bold.ttf"
LB, LB_B, LB_I = (f"{_T}/liberation/LiberationSerif-Regular.ttf", f"{_T}/liberation/LiberationSerif-Bold.ttf",
                  f"{_T}/liberation/LiberationSerif-Italic.ttf")
LS, LS_B, LS_I = (f"{_T}/liberation/LiberationSans-Regular.ttf", f"{_T}/liberation/LiberationSans-Bold.ttf",
                  f"{_T}/liberation/LiberationSans-Italic.ttf")
LN, LN_B = f"{_T}/liberation/LiberationSansNarrow-Regular.ttf", f"{_T}/liberation/LiberationSansNarrow-Bold.ttf"
LM, LM_B = f"{_T}/liberation/LiberationMono-Regular.ttf", f"{_T}/liberation/LiberationMono-Bold.ttf"
CR, CR_B, CR_I = (f"{_T}/crosextra/Carlito-Regular.ttf", f"{_T}/crosextra/Carlito-Bold.ttf",
                  f"{_T}/crosextra/Carlito-Italic.ttf")
CD, CD_B, CD_I = (f"{_T}/crosextra/Caladea-Regular.ttf", f"{_T}/crosextra/Caladea-Bold.ttf",
                  f"{_T}/crosextra/Caladea-Italic.ttf")
URW = f"{_O}/urw-base35"
AVG, AVG_B = f"{URW}/URWGothic-Book.otf", f"{URW}/URWGothic-Demi.otf"
BK, BK_B, BK_I = f"{URW}/URWBookman-Light.otf", f"{URW}/URWBookman-Demi.otf", f"{URW}/URWBookman-LightItalic.otf"
SCH, SCH_B, SCH_I = f"{URW}/C059-Roman.otf", f"{URW}/C059-Bold.otf", f"{URW}/C059-Italic.otf"
PLT, PLT_B, PLT_I = f"{URW}/P052-Roman.otf", f"{URW}/P052-Bold.otf", f"{URW}/P052-Italic.otf"
TMS, TMS_B, TMS_I = (f"{URW}/NimbusRoman-Regular.otf", f"{URW}/NimbusRoman-Bold.otf",
                     f"{URW}/NimbusRoman-Italic.otf")
HLV, HLV_B, HLV_I = f"{URW}/NimbusSans-Regular.otf", f"{URW}/NimbusSans-Bold.otf", f"{URW}/NimbusSans-Italic.otf"
HLN, HLN_B = f"{URW}/NimbusSansNarrow-Regular.otf", f"{URW}/NimbusSansNarrow-Bold.otf"
COU, COU_B = f"{URW}/NimbusMonoPS-Regular.otf", f"{URW}/NimbusMonoPS-Bold.otf"
CPT, CPT_B = f"{_O}/courier-prime/Courier Prime.otf", f"{_O}/courier-prime/Courier Prime Bold.otf"
OCRF = f"{_T}/dejavu/DejaVuSansMono.ttf"
# pens
H_DKG, H_DKG_I, H_DKG_B = f"{_T}/fifthhorseman/dkg.ttf", f"{_T}/fifthhorseman/dkgIt.ttf", f"{_T}/fifthhorseman/dkgBd.ttf"
H_BRP = f"{_T}/breip/Breip.ttf"
H_ZAP = f"{URW}/Z003-MediumItalic.otf"
H_CAPS = f"{_T}/humor-sans/Humor-Sans.ttf"
H_KRS = f"{_T}/kristi/Kristi.ttf"

INK, GREY, SOFT = (24, 24, 28), (96, 96, 102), (160, 160, 166)
PEN_BLUE, PEN_BLACK, PEN_NAVY, PEN_GREEN = (24, 48, 150), (30, 30, 36), (18, 28, 90), (20, 95, 70)
ST_BLUE, ST_VIOLET, ST_RED, ST_GREEN, ST_BLACK = (45, 65, 170), (110, 50, 145), (175, 35, 50), (30, 110, 70), \
    (60, 60, 66)

# --------------------------------------------------------------------------- glyphs a face lacks
_CMAP: dict[str, set | None] = {}
_SUBST = {"–": "-", "—": "-", "’": "'", "‘": "'", "“": '"', "”": '"', "„": '"', "…": "...", "€": "EUR", "°": "o",
          "·": ".", "İ": "I", "ı": "i", "ş": "s", "Ş": "S", "ğ": "g", "Ğ": "G", "œ": "oe", "Œ": "OE", "µ": "u",
          "≥": ">=", "≤": "<=", "×": "x", "✓": "v", "•": "-", "ë": "e", "Ë": "E", "ç": "c", "Ç": "C"}


def gl(s, font: str) -> str:
    """What ``font`` can draw of ``s`` (missing glyphs replaced by a near form, or dropped)."""
    if font not in _CMAP:
        try:
            from fontTools.ttLib import TTFont
            _CMAP[font] = set(TTFont(font, lazy=True).getBestCmap().keys())
        except (OSError, ImportError, KeyError, AttributeError):
            _CMAP[font] = None
    cov = _CMAP[font]
    s = str(s)
    if not cov:
        return s
    out = []
    for ch in s:
        if ch == "\n" or ord(ch) in cov:
            out.append(ch)
            continue
        alt = _SUBST.get(ch) or strip_accents(ch)
        out.append(alt if alt and all(ord(a) in cov for a in alt) else "")
    return "".join(out)


def tx(sh: Sheet, x, y, s, *, f=HLV, pt=9.0, c=INK, a="left", sp=0.0) -> float:
    """One line whose top is y; returns its width in mm."""
    return sh.text(x, y, gl(s, f), font=f, size_pt=pt, color=c, anchor=a, letter_spacing=sp)


def tw(s, f=HLV, pt=9.0) -> float:
    return text_width_mm(gl(s, f), f, pt)


def para(sh: Sheet, x, y, w, s, *, f=TMS, pt=10.0, lead=1.35, align="left", c=INK) -> float:
    return sh.paragraph(x, y, w, gl(s, f), font=f, size_pt=pt, leading=lead, align=align, color=c)


def fitpt(s, w, f, pt, lo=5.0) -> float:
    while pt > lo and tw(s, f, pt) > w:
        pt -= 0.25
    return pt


def pen(sh: Sheet, x, y, s, rng, *, f=H_DKG, pt=12.0, c=PEN_BLUE, w=None, caps=False) -> float:
    """Something written by hand (shrunk to w mm when given)."""
    s = str(s)
    if caps:
        s = strip_accents(s).upper()
    s = gl(s, f)
    if not s.strip():
        return 0.0
    if w:
        while pt > 7 and tw(s, f, pt) * 1.17 > w:
            pt -= 0.5
    return sh.handwriting(x, y, s, rng, size_pt=pt, color=c, font=f)


def pen_lines(sh: Sheet, x, y, w, s, rng, *, f=H_DKG, pt=11.0, lh=5.8, c=PEN_BLUE, n=12, caps=False) -> float:
    if caps:
        s = strip_accents(s).upper()
    for ln in sh.wrap(gl(s, f), w * 0.84, font=f, size_pt=pt)[:n]:
        pen(sh, x + rng.uniform(-0.4, 0.4), y + rng.uniform(-0.3, 0.3), ln, rng, f=f, pt=pt, c=c)
        y += lh
    return y


def autograph(sh: Sheet, x, y, rng, *, w=None, h=None, c=PEN_BLUE, style=None) -> None:
    sh.signature(x, y, w or rng.uniform(32, 48), h or rng.uniform(10, 15), rng, color=c, style=style)


def inkstamp(sh: Sheet, x, y, lines, rng, *, shape="round", c=ST_BLUE, mm=30.0, angle=None):
    return sh.stamp(x, y, [gl(s, HLV_B) for s in lines], rng, shape=shape, color=c, size_mm=mm, angle=angle)


def box(sh: Sheet, x, y, w, h, *, lw=0.25, c=INK, fill=None) -> None:
    sh.rect(x, y, w, h, width_mm=lw, color=c, fill=fill)


def band(sh: Sheet, x, y, w, h, c) -> None:
    sh.rect(x, y, w, h, width_mm=0, color=c, fill=c)


def hline(sh: Sheet, x1, x2, y, *, lw=0.2, c=INK, dash=None) -> None:
    sh.rule(x1, y, x2, y, width_mm=lw, color=c, dash=dash)


def crc(*parts) -> int:
    return zlib.crc32("|".join(str(p) for p in parts).encode("utf-8"))


def vtick(sh: Sheet, x, y, size, rng, *, c=PEN_BLUE) -> None:
    """A hand-drawn check mark over a box at (x, y)."""
    n = int(size * 40)
    img = Image.new("RGBA", (n, n), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    j = lambda: rng.uniform(-0.05, 0.05) * n  # noqa: E731
    d.line([(0.1 * n + j(), 0.5 * n + j()), (0.4 * n + j(), 0.9 * n + j()), (0.98 * n + j(), 0.02 * n + j())],
           fill=c + (255,), width=max(2, n // 10), joint="curve")
    sh.image(x - size * 0.05, y - size * 0.3, size * 1.3, size * 1.3, img, blend="multiply")


def option(sh: Sheet, x, y, size, on: bool, rng=None, *, c=PEN_BLUE, style="tick") -> None:
    """An option box: empty, or marked by a pen tick / pen cross (rng given) or a typed X (no rng)."""
    box(sh, x, y, size, size, lw=0.25)
    if not on:
        return
    if rng is None:
        tx(sh, x + size / 2, y - size * 0.1, "X", f=HLV_B, pt=size * 2.5, a="center")
    elif style == "cross":
        sh.checkbox(x, y, size, True, rng=rng, ink=c)
    else:
        vtick(sh, x, y, size, rng, c=c)


# --------------------------------------------------------------------------- dates

def dn(d: D, sep: str = ".", zero: bool = True, yy: bool = False) -> str:
    y = f"{d.year % 100:02d}" if yy else str(d.year)
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{y}" if zero else f"{d.day}{sep}{d.month}{sep}{y}"


def dl(d: D, lang: str) -> str:
    """14 juli 1982 / 1er mars 2026 / 3. März 2026 / 14 July 1982."""
    m = MONTHS[lang if lang in MONTHS else "en"][d.month - 1]
    if lang == "fr":
        return f"{'1er' if d.day == 1 else d.day} {m} {d.year}"
    if lang == "de":
        return f"{d.day}. {m} {d.year}"
    return f"{d.day} {m} {d.year}"


_M3 = {"fr": ["JANV", "FÉVR", "MARS", "AVR", "MAI", "JUIN", "JUIL", "AOÛT", "SEPT", "OCT", "NOV", "DÉC"],
       "en": ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"],
       "nl": ["JAN", "FEB", "MRT", "APR", "MEI", "JUN", "JUL", "AUG", "SEP", "OKT", "NOV", "DEC"],
       "sq": ["JAN", "SHK", "MAR", "PRI", "MAJ", "QER", "KOR", "GUS", "SHT", "TET", "NEN", "DHJ"],
       "uk": ["СІЧ", "ЛЮТ", "БЕР", "КВІ", "ТРА", "ЧЕР", "ЛИП", "СЕР", "ВЕР", "ЖОВ", "ЛИС", "ГРУ"]}


def d3(d: D, lang: str = "en", sep: str = " ") -> str:
    return f"{d.day:02d}{sep}{_M3[lang][d.month - 1]}{sep}{d.year}"


def dbi(d: D, lang: str) -> str:
    """'14 JUIL/JUL 1982' (local abbreviation, then the English one)."""
    a, b = _M3[lang][d.month - 1], _M3["en"][d.month - 1]
    return f"{d.day:02d} {a}/{b} {d.year}" if a != b else f"{d.day:02d} {b} {d.year}"


_UN = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "treize",
       "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf"]
_TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}


def fr_num(n: int) -> str:
    """French number words up to 2099 (as acts write years and days out)."""
    if n < 20:
        return _UN[n]
    if n < 70:
        t, u = divmod(n, 10)
        return _TENS[t] + ("" if u == 0 else (" et un" if u == 1 else "-" + _UN[u]))
    if n < 80:
        return "soixante" + (" et onze" if n == 71 else "-" + _UN[n - 60])
    if n < 100:
        return "quatre-vingt" + ("s" if n == 80 else "-" + _UN[n - 80])
    if n < 1000:
        h, r = divmod(n, 100)
        return ("cent" if h == 1 else _UN[h] + " cent" + ("s" if r == 0 else "")) + ("" if r == 0 else " " + fr_num(r))
    t, r = divmod(n, 1000)
    return ("mille" if t == 1 else fr_num(t) + " mille") + ("" if r == 0 else " " + fr_num(r))


def fr_date_words(d: D) -> str:
    return f"{'premier' if d.day == 1 else fr_num(d.day)} {MONTHS['fr'][d.month - 1]} {fr_num(d.year)}"


def dates(rng: random.Random, issue, expiry, years: int, back=(60, 2000)):
    if issue is None:
        issue = TODAY - datetime.timedelta(days=rng.randint(*back))
    if expiry is None:
        try:
            expiry = issue.replace(year=issue.year + years) - datetime.timedelta(days=1)
        except ValueError:
            expiry = issue + datetime.timedelta(days=365 * years)
    return issue, expiry


def act_no(person: Person, salt: str, lo: int = 20, hi: int = 2900) -> int:
    return crc(person.surname, person.given_names, person.birth_date, salt) % (hi - lo) + lo


# --------------------------------------------------------------------------- copy habits (raster)

def raster(sh: Sheet, dpi: int = 200) -> Image.Image:
    return sh.render(dpi)


def onto(img: Image.Image, w: float = 210.0, h: float = 297.0) -> Sheet:
    out = Sheet(w, h)
    out.image(0, 0, w, h, img)
    return out


def turned(sh: Sheet, deg: int, dpi: int = 200) -> Sheet:
    """The page as it lay on the glass, turned a quarter or half (counter-clockwise)."""
    img = raster(sh, dpi).transpose({90: Image.ROTATE_90, 180: Image.ROTATE_180, 270: Image.ROTATE_270}[deg])
    w, h = (sh.height_mm, sh.width_mm) if deg in (90, 270) else (sh.width_mm, sh.height_mm)
    return onto(img, w, h)


def tilted(sh: Sheet, angle: float, dpi: int = 200) -> Sheet:
    img = raster(sh, dpi).rotate(angle, resample=Image.BILINEAR, expand=False, fillcolor=(255, 255, 255))
    return onto(img, sh.width_mm, sh.height_mm)


def paperclip(sh: Sheet, rng: random.Random, dpi: int = 200) -> Sheet:
    """A metal paper clip left on the upper edge: its two loops printed dark grey with a soft shadow."""
    img = raster(sh, dpi)
    k = dpi / 25.4
    d = ImageDraw.Draw(img, "RGBA")
    x = int(img.width * rng.uniform(0.12, 0.3))
    w, h = int(9 * k), int(34 * k)
    for off, col in ((6, (0, 0, 0, 50)), (0, (85, 88, 92, 255))):
        d.rounded_rectangle([x + off, -int(8 * k) + off, x + w + off, h + off], radius=int(4.5 * k), outline=col,
                            width=max(3, int(0.9 * k)))
        d.rounded_rectangle([x + int(2 * k) + off, -int(8 * k) + off, x + w - int(2 * k) + off, h - int(6 * k) + off],
                            radius=int(3 * k), outline=col, width=max(3, int(0.9 * k)))
    return onto(img, sh.width_mm, sh.height_mm)


def punched(sh: Sheet, rng: random.Random, dpi: int = 200) -> Sheet:
    """Two punch holes at the left edge (the copy came out of a ring binder): dark discs on the scan."""
    img = raster(sh, dpi)
    k = dpi / 25.4
    d = ImageDraw.Draw(img)
    cx = int(12 * k)
    mid = img.height / 2
    for dy in (-40, 40):
        cy = int(mid + dy * k + rng.uniform(-1, 1) * k)
        r = int(3 * k)
        d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=(35, 35, 38))
    return onto(img, sh.width_mm, sh.height_mm)


def trifold(sh: Sheet, rng: random.Random, dpi: int = 200) -> Sheet:
    """Folded in three for an envelope: two horizontal creases, each a thin dark line with a light edge."""
    img = raster(sh, dpi)
    d = ImageDraw.Draw(img, "RGBA")
    for frac in (1 / 3, 2 / 3):
        y = int(img.height * (frac + rng.uniform(-0.01, 0.01)))
        pts = [(x, y + int(3 * math.sin(x / 90.0 + frac * 7))) for x in range(0, img.width + 40, 40)]
        d.line(pts, fill=(70, 70, 70, 90), width=2)
        d.line([(x, y + 3) for x, y in pts], fill=(255, 255, 255, 120), width=2)
    return onto(img, sh.width_mm, sh.height_mm)


def staple(sh: Sheet, rng: random.Random, corner: str = "tl") -> None:
    """A staple seen from the front: a short dark bar at a corner, slightly slanted."""
    x, y = (11, 9) if corner == "tl" else (sh.width_mm - 24, 9)
    a = rng.uniform(-0.5, -0.25) if corner == "tl" else rng.uniform(0.25, 0.5)
    sh.rule(x, y + 7 * math.sin(-a), x + 12, y, width_mm=0.8, color=(80, 80, 86))


def sticky(sh: Sheet, x, y, lines: list[str], rng: random.Random, *, c=(250, 232, 120), f=H_BRP) -> None:
    """A sticky note with a few handwritten words."""
    w = max(30.0, max(tw(s, f, 11) for s in lines) * 1.25 + 6)
    h = 6 + 6.2 * len(lines)
    band(sh, x, y, w, h, c)
    for i, s in enumerate(lines):
        pen(sh, x + 3, y + 2.5 + i * 6.2, s, rng, f=f, pt=11, c=PEN_BLACK)


def duvet_photo(sh: Sheet, rng: random.Random, dpi: int = 170) -> Sheet:
    """A phone photo of the paper lying on a striped duvet, cropped roughly to A4 by the app."""
    img = raster(sh, dpi)
    W, H = img.size
    bg = Image.new("RGB", (W, H), rng.choice([(200, 212, 228), (226, 214, 200), (214, 226, 214)]))
    d = ImageDraw.Draw(bg)
    step = max(18, W // 11)
    for x in range(-H, W, step):
        d.line([(x, 0), (x + H, H)], fill=(246, 244, 240), width=step // 3)
    s = rng.uniform(0.83, 0.9)
    pw, ph = int(W * s), int(H * s)
    page = img.resize((pw, ph), Image.BILINEAR)
    j = lambda: rng.randint(-int(W * 0.02), int(W * 0.02))  # noqa: E731
    quad = (j(), j(), j(), ph + j(), pw + j(), ph + j(), pw + j(), j())
    page = page.transform((pw, ph), Image.QUAD, quad, Image.BILINEAR, fillcolor=(200, 200, 200))
    bg.paste(page, ((W - pw) // 2, (H - ph) // 2))
    shade = Image.linear_gradient("L").resize((W, H)).point(lambda v: 255 - int(v * 0.16))
    bg = ImageChops.multiply(bg, Image.merge("RGB", (shade, shade, shade)))
    return onto(bg, sh.width_mm, sh.height_mm)


def gutter_right(sh: Sheet, rng: random.Random, dpi: int = 200) -> Sheet:
    """A booklet copied with its spine on the right: a dark soft band along the right edge."""
    img = raster(sh, dpi)
    W, H = img.size
    bw = int(W * rng.uniform(0.03, 0.05))
    g = Image.linear_gradient("L").rotate(-90, expand=True).resize((bw, H)).point(lambda v: int(255 - (255 - v) * 0.7))
    strip = ImageChops.multiply(img.crop((W - bw, 0, W, H)), Image.merge("RGB", (g, g, g)))
    img.paste(strip, (W - bw, 0))
    return onto(img, sh.width_mm, sh.height_mm)


def shrunk(sh: Sheet, k: float, dpi: int = 200) -> Sheet:
    """Copied at k (e.g. 0.93) and centred: the page smaller on a white A4."""
    img = raster(sh, dpi)
    W, H = img.size
    small = img.resize((int(W * k), int(H * k)), Image.LANCZOS)
    out = Image.new("RGB", (W, H), (255, 255, 255))
    out.paste(small, ((W - small.width) // 2, int(H * 0.02)))
    return onto(out, sh.width_mm, sh.height_mm)


def faxed(sh: Sheet, header: str, dpi: int = 200) -> Sheet:
    """Received by fax: bilevel at fax resolution with the sender's line across the top."""
    img = raster(sh, dpi).convert("L")
    W, H = img.size
    img = img.resize((W, int(H * 0.55)), Image.BILINEAR).resize((W, H), Image.NEAREST)
    img = img.point(lambda v: 255 if v > 160 else 0).convert("RGB")
    out = onto(img, sh.width_mm, sh.height_mm)
    tx(out, 7, 2.4, header, f=LM, pt=7)
    return out


def lid_open(sh: Sheet, rng: random.Random, dpi: int = 200) -> Sheet:
    """Copied with the lid open: everything outside the document's rectangle dark grey, fading to the edges."""
    img = raster(sh, dpi)
    W, H = img.size
    mask = Image.new("L", (W, H), 0)
    md = ImageDraw.Draw(mask)
    bx = getattr(sh, "_doc_box", None)
    if bx:
        k = dpi / 25.4
        md.rectangle([int(bx[0] * k) - 6, int(bx[1] * k) - 6, int((bx[0] + bx[2]) * k) + 6,
                      int((bx[1] + bx[3]) * k) + 6], fill=255)
    dark = Image.new("RGB", (W, H), (70, 70, 74))
    grad = Image.radial_gradient("L").resize((W, H)).point(lambda v: int(v * 0.5))
    dark = ImageChops.add(dark, Image.merge("RGB", (grad, grad, grad)))
    out = Image.composite(img, dark, mask.filter(ImageFilter.GaussianBlur(3)))
    return onto(out, sh.width_mm, sh.height_mm)


def cut_and_glued(sh: Sheet, boxes: list[tuple], rng: random.Random, dpi: int = 200) -> Sheet:
    """Each card side cut out of an earlier copy and glued onto a fresh sheet, slightly crooked, with the
    cut-paper shadow along its lower and right edges."""
    img = raster(sh, dpi)
    k = dpi / 25.4
    W, H = img.size
    out = Image.new("RGB", (W, H), (255, 255, 255))
    d = ImageDraw.Draw(out, "RGBA")
    for (x, y, w, h) in boxes:
        piece = img.crop((int(x * k) - 8, int(y * k) - 8, int((x + w) * k) + 8, int((y + h) * k) + 8))
        ang = rng.uniform(-2.5, 2.5)
        piece = piece.rotate(ang, resample=Image.BILINEAR, expand=True, fillcolor=(255, 255, 255))
        px, py = int(x * k) - 8 + rng.randint(-10, 10), int(y * k) - 8 + rng.randint(-10, 10)
        d.rectangle([px + 6, py + 6, px + piece.width + 6, py + piece.height + 6], fill=(0, 0, 0, 40))
        out.paste(piece, (px, py))
    return onto(out, sh.width_mm, sh.height_mm)


# --------------------------------------------------------------------------- security print and small marks

def waves(w_mm: float, h_mm: float, rng: random.Random, bg, ink, k: float = 8.0, n: int = 22) -> Image.Image:
    """A passport-style background of interlaced sine waves and a rosette."""
    W, H = int(w_mm * k), int(h_mm * k)
    img = Image.new("RGB", (W, H), bg)
    d = ImageDraw.Draw(img)
    ph = rng.uniform(0, 6.28)
    for i in range(n):
        y0 = H * (i + 0.5) / n
        amp = H / n * rng.uniform(0.8, 1.6)
        fr = rng.uniform(2.2, 3.6) / W * 6.28
        pts = [(x, y0 + amp * math.sin(x * fr + ph + i * 0.7)) for x in range(0, W + 8, 8)]
        d.line(pts, fill=ink, width=1)
    cx, cy = W * rng.uniform(0.2, 0.45), H * rng.uniform(0.35, 0.65)
    for a in range(0, 180, 12):
        r = min(W, H) * 0.28
        t = math.radians(a)
        d.ellipse([cx - r * abs(math.cos(t)) - 2, cy - r * abs(math.sin(t)) - 2, cx + r * abs(math.cos(t)) + 2,
                   cy + r * abs(math.sin(t)) + 2], outline=ink)
    return img


def crest(sh: Sheet, x, y, size, rng, kind: str = "shield", c=(70, 70, 70)) -> None:
    """A small drawn crest (not a real coat of arms): a shield, a baobab-like tree, a double-headed bird or a
    lotus."""
    S = 10
    n = int(size * S)
    img = Image.new("RGBA", (n, n), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    col = c + (255,)
    m = n / 2
    if kind == "tree":
        d.rectangle([m - n * 0.06, n * 0.45, m + n * 0.06, n * 0.92], fill=col)
        d.ellipse([n * 0.15, n * 0.08, n * 0.85, n * 0.55], fill=col)
        d.line([(n * 0.1, n * 0.93), (n * 0.9, n * 0.93)], fill=col, width=max(2, n // 20))
    elif kind == "bird":
        d.polygon([(m, n * 0.3), (n * 0.05, n * 0.12), (n * 0.2, n * 0.5), (m, n * 0.62), (n * 0.8, n * 0.5),
                   (n * 0.95, n * 0.12)], fill=col)
        d.ellipse([n * 0.22, n * 0.02, n * 0.36, n * 0.16], fill=col)
        d.ellipse([n * 0.64, n * 0.02, n * 0.78, n * 0.16], fill=col)
        d.polygon([(m - n * 0.12, n * 0.6), (m + n * 0.12, n * 0.6), (m, n * 0.95)], fill=col)
    elif kind == "lotus":
        for a in (-50, -25, 0, 25, 50):
            t = math.radians(a)
            cx, cy = m + math.sin(t) * n * 0.22, n * 0.55 - math.cos(t) * n * 0.18
            d.ellipse([cx - n * 0.09, cy - n * 0.22, cx + n * 0.09, cy + n * 0.22], outline=col, width=max(2, n // 25))
        d.line([(n * 0.12, n * 0.82), (n * 0.88, n * 0.82)], fill=col, width=max(2, n // 18))
    else:
        d.polygon([(n * 0.12, n * 0.08), (n * 0.88, n * 0.08), (n * 0.88, n * 0.55), (m, n * 0.95),
                   (n * 0.12, n * 0.55)], outline=col, width=max(2, n // 18))
        d.polygon([(m, n * 0.2), (m + n * 0.2, n * 0.5), (m, n * 0.75), (m - n * 0.2, n * 0.5)], fill=col)
    sh.image(x, y, size, size, img, blend="multiply")


def qr(sh: Sheet, x, y, size, data: str, cells: int = 25) -> None:
    """A QR-like square: finder patterns in three corners, the rest from the data's hash."""
    r = random.Random(crc(data, "qr45"))
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
                on = r.random() < 0.48
            if on:
                band(sh, x + i * cz, y + j * cz, cz, cz, (0, 0, 0))


def barcode(sh: Sheet, x, y, w, h, data: str) -> None:
    r = random.Random(crc("bar45", data))
    xx = x
    while xx < x + w:
        bw = r.choice([0.3, 0.3, 0.6, 0.9])
        band(sh, xx, y, bw, h, (0, 0, 0))
        xx += bw + r.choice([0.3, 0.6, 0.6, 0.9])


def mrz(sh: Sheet, x, y, lines: list[str], *, pitch=2.54, gap=1.75, c=(16, 16, 16)) -> None:
    pt = pitch / 0.602 / (25.4 / 72)
    for i, ln in enumerate(lines):
        sh.text(x, y + i * pitch * gap, ln, font=OCRF, size_pt=pt, color=c)


def ghost(sh: Sheet, x, y, w, h) -> None:
    img = Image.new("RGBA", (60, 76), (0, 0, 0, 0))
    g = ImageDraw.Draw(img)
    g.ellipse([19, 9, 41, 39], fill=(110, 100, 95, 70))
    g.ellipse([7, 44, 53, 92], fill=(110, 100, 95, 60))
    sh.image(x, y, w, h, img, blend="multiply")


def _td3(code: str, person: Person, number: str, expiry: D, break_check, override, personal: str = "") -> list[str]:
    d = dict(surname=person.surname, given=person.given_names, birth_date=person.birth_date,
             nationality=person.nationality, sex=person.sex)
    for k, v in (override or {}).items():
        d["given" if k == "given_names" else k] = v
    return M.td3(issuing=code, surname=d["surname"], given=d["given"], number=d.get("number", number),
                 nationality=d["nationality"], birth_date=d["birth_date"], sex=d["sex"], expiry=expiry,
                 personal_number=personal, break_check=break_check)


def _td1(code: str, person: Person, number: str, expiry: D, break_check, override, opt1: str = "",
         doc="ID") -> list[str]:
    d = dict(surname=person.surname, given=person.given_names, birth_date=person.birth_date,
             nationality=person.nationality, sex=person.sex)
    for k, v in (override or {}).items():
        d["given" if k == "given_names" else k] = v
    return M.td1(issuing=code, surname=d["surname"], given=d["given"], number=number, nationality=d["nationality"],
                 birth_date=d["birth_date"], sex=d["sex"], expiry=expiry, optional1=opt1, doc_code=doc,
                 break_check=break_check)


def digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


_UA = [("shch", "щ"), ("zh", "ж"), ("kh", "х"), ("ts", "ц"), ("ch", "ч"), ("sh", "ш"), ("yu", "ю"), ("ya", "я"),
       ("ye", "є"), ("yi", "ї"), ("iu", "ю"), ("ia", "я"), ("ie", "є"), ("a", "а"), ("b", "б"), ("v", "в"),
       ("h", "г"), ("g", "ґ"), ("d", "д"), ("e", "е"), ("z", "з"), ("y", "и"), ("i", "і"), ("k", "к"), ("l", "л"),
       ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"), ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"), ("f", "ф")]


def to_ukr(s: str) -> str:
    """A Latin (KMU 2010) Ukrainian name back in Cyrillic, as the civil register writes it."""
    out = []
    for word in s.split(" "):
        w, res, i = word.lower(), "", 0
        while i < len(w):
            for a, b in _UA:
                if w.startswith(a, i):
                    res += b
                    i += len(a)
                    break
            else:
                res += w[i]
                i += 1
        out.append(res[:1].upper() + res[1:])
    return " ".join(out)


NAT_WORDS = {"SEN": dict(fr="sénégalaise", en="Senegalese", tr="SENEGAL", uk="Сенегал"),
             "NPL": dict(fr="népalaise", en="Nepali", tr="NEPAL", uk="Непал"),
             "ALB": dict(fr="albanaise", en="Albanian", tr="ARNAVUTLUK", uk="Албанія"),
             "UKR": dict(fr="ukrainienne", en="Ukrainian", tr="UKRAYNA", uk="Україна"),
             "LKA": dict(fr="sri-lankaise", en="Sri Lankan", tr="SRİ LANKA", uk="Шрі-Ланка"),
             "SUR": dict(fr="surinamaise", en="Surinamese", tr="SURİNAM", uk="Суринам")}


def natw(p: Person, lang: str) -> str:
    return NAT_WORDS.get(p.nationality, {}).get(lang, p.nationality)


# =========================================================================== passports (TD3)

def passport_sen(person: Person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None,
                 **opts) -> list[Sheet]:
    """Senegalese ECOWAS biometric passport copied open on a LANDSCAPE sheet: the inside cover at the left with the
    minister's printed request ('Le Ministre des Affaires étrangères ... prie les autorités civiles et militaires
    ...') and the data page at the right; captions French over English in one line ('Nom / Surname') above each
    value, dates as '14 JUIL/JUL 1982', photo at the left of the data page; a metal paper clip on the upper edge."""
    issue, expiry = dates(rng, issue_date, expiry_date, 5, (60, 1700))
    number = "A" + digits(rng, 8)
    sh = Sheet(297, 210)
    xl, xr, y0, W, H = 22.0, 150.0, 48.0, 125.0, 88.0
    band(sh, xl, y0, W, H, (236, 234, 226))
    box(sh, xl, y0, W, H, lw=0.3, c=(120, 120, 110))
    crest(sh, xl + W / 2 - 8, y0 + 6, 16, rng, "tree", c=(40, 110, 60))
    tx(sh, xl + W / 2, y0 + 25, "RÉPUBLIQUE DU SÉNÉGAL", f=SCH_B, pt=9, a="center")
    tx(sh, xl + W / 2, y0 + 30, "Un Peuple - Un But - Une Foi", f=SCH_I, pt=7.4, a="center", c=GREY)
    para(sh, xl + 10, y0 + 40, W - 20, "Le Ministre des Affaires étrangères et des Sénégalais de l'Extérieur prie les "
         "autorités civiles et militaires de laisser passer librement le titulaire du présent passeport et de lui "
         "accorder aide et protection en cas de besoin.", f=SCH_I, pt=7.6, lead=1.35, align="center")
    para(sh, xl + 10, y0 + 62, W - 20, "The Minister of Foreign Affairs requests all civil and military authorities "
         "to let the bearer pass freely and to afford assistance and protection in case of need.", f=SCH_I, pt=7,
         lead=1.3, align="center", c=GREY)
    sh.image(xr, y0, W, H, waves(W, H, rng, (240, 238, 224), (204, 214, 188)))
    box(sh, xr, y0, W, H, lw=0.3, c=(110, 120, 100))
    band(sh, xr, y0, 3, H / 3, (0, 133, 63))
    band(sh, xr, y0 + H / 3, 3, H / 3, (253, 239, 66))
    band(sh, xr, y0 + 2 * H / 3, 3, H / 3, (227, 27, 35))
    tx(sh, xr + 8, y0 + 3.5, "CEDEAO  ·  ECOWAS", f=HLV_B, pt=6, c=GREY)
    tx(sh, xr + W - 4, y0 + 3.5, "PASSEPORT / PASSPORT", f=HLV_B, pt=7.2, a="right", c=(0, 100, 50))
    sh.photo(xr + 7, y0 + 13, 28, 36, rng)
    ghost(sh, xr + W - 18, y0 + 50, 12, 15)
    cap, val = dict(f=HLN, pt=4.8, c=(80, 84, 80)), HLV_B

    def cell(x, y, a, v, w):
        tx(sh, x, y, a, **cap)
        tx(sh, x, y + 2.1, v, f=val, pt=fitpt(v, w, val, 7.2))

    fx, y = xr + 39, y0 + 11
    cell(fx, y, "Type / Type", "P", 10)
    cell(fx + 14, y, "Code du pays / Country code", "SEN", 26)
    cell(fx + 48, y, "N° du passeport / Passport No.", number, 34)
    y += 6
    cell(fx, y, "Nom / Surname", person.surname.upper(), 80)
    y += 6
    cell(fx, y, "Prénoms / Given names", person.given_names.upper(), 80)
    y += 6
    cell(fx, y, "Nationalité / Nationality", "SÉNÉGALAISE", 40)
    cell(fx + 48, y, "Sexe / Sex", person.sex, 10)
    y += 6
    cell(fx, y, "Date de naissance / Date of birth", dbi(person.birth_date, "fr"), 40)
    cell(fx + 48, y, "Lieu de naissance / Place of birth", person.birth_place.upper(), 36)
    y += 6
    cell(fx, y, "Date de délivrance / Date of issue", dbi(issue, "fr"), 40)
    cell(fx + 48, y, "Date d'expiration / Date of expiry", dbi(expiry, "fr"), 36)
    y += 6
    cell(fx, y, "Autorité / Authority", "DAF DAKAR", 40)
    autograph(sh, xr + 8, y0 + 51, rng, w=24, h=7, c=PEN_BLACK)
    mrz(sh, xr + 5, y0 + H - 13, _td3("SEN", person, number, expiry, break_check, mrz_override), pitch=2.5)
    return [paperclip(sh, rng)]


def passport_npl(person: Person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None,
                 **opts) -> list[Sheet]:
    """Nepalese machine-readable passport: captions in Nepali above the English in two tiny lines per field, the
    photo at the RIGHT with the national emblem watermark, the citizenship certificate number as personal number;
    the data page copied in the upper half of the sheet at 93 % and the copy taken out of a ring binder (two punch
    holes at the left)."""
    issue, expiry = dates(rng, issue_date, expiry_date, 10, (60, 3200))
    number = "PA" + digits(rng, 7)
    cit = f"{rng.randint(10, 77)}-{rng.randint(1, 9):02d}-{rng.randint(70, 82)}-{digits(rng, 5)}"
    sh = Sheet()
    x0, y0, W, H = 30.0, 26.0, 150.0, 104.0
    sh.image(x0, y0, W, H, waves(W, H, rng, (238, 232, 240), (210, 196, 220)))
    box(sh, x0, y0, W, H, lw=0.35, c=(120, 90, 110))
    crest(sh, x0 + 5, y0 + 4, 12, rng, "lotus", c=(170, 40, 50))
    tx(sh, x0 + 20, y0 + 4, "नेपाल", f=FS_B, pt=11, c=(170, 40, 50))
    tx(sh, x0 + 20, y0 + 9.5, "NEPAL", f=HLV_B, pt=9, c=(30, 40, 110))
    tx(sh, x0 + W - 5, y0 + 5, "राहदानी  PASSPORT", f=FS_B, pt=9, c=(30, 40, 110), a="right")
    sh.photo(x0 + W - 40, y0 + 20, 33, 42, rng)
    crest(sh, x0 + W - 22, y0 + 48, 16, rng, "lotus", c=(200, 190, 200))
    caps = [("प्रकार", "Type", "P", 12), ("देशको कोड", "Country Code", "NPL", 18), ("राहदानी नं.", "Passport No.", number, 30)]
    x, y = x0 + 6, y0 + 20
    for np_, en, v, w in caps:
        tx(sh, x, y, np_, f=FS, pt=5.8, c=GREY)
        tx(sh, x, y + 2.6, en, f=HLV, pt=5, c=GREY)
        tx(sh, x, y + 5.2, v, f=HLV_B, pt=8.4)
        x += w + 6
    rows = [("थर", "Surname", person.surname.upper()), ("नाम", "Given Names", person.given_names.upper()),
            ("राष्ट्रियता", "Nationality", "NEPALESE"), ("जन्म मिति", "Date of Birth", d3(person.birth_date)),
            ("लिङ्ग", "Sex", person.sex), ("जन्म स्थान", "Place of Birth", person.birth_place.upper()),
            ("जारी मिति", "Date of Issue", d3(issue)), ("समाप्ति मिति", "Date of Expiry", d3(expiry)),
            ("नागरिकता नं.", "Personal No. (Citizenship)", cit), ("जारी गर्ने अधिकारी", "Issuing Authority", "MOFA, DEPT. OF PASSPORT")]
    y = y0 + 31
    for i, (np_, en, v) in enumerate(rows):
        x = x0 + 6 + (i % 2) * 52
        tx(sh, x, y, f"{np_} / {en}", f=FS, pt=5.2, c=GREY)
        tx(sh, x, y + 2.5, v, f=HLV_B, pt=fitpt(v, 48, HLV_B, 8.2))
        if i % 2:
            y += 7.6
    autograph(sh, x0 + W - 40, y0 + 64, rng, w=30, h=8, c=PEN_BLACK)
    mrz(sh, x0 + 6, y0 + H - 14, _td3("NPL", person, number, expiry, break_check, mrz_override,
                                        cit.replace("-", "")[:14]), pitch=2.75)
    return [punched(shrunk(sh, 0.93), rng)]


def passport_alb(person: Person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None,
                 **opts) -> list[Sheet]:
    """Albanian biometric passport (burgundy band, double-headed bird): every caption in Albanian with the English
    after it and the numbering '1.' to '10.' of the ICAO fields, the father's name ('Atësia / Father's name'), the
    personal number in the row under the dates, photo at the left; photographed by the client on a striped duvet."""
    issue, expiry = dates(rng, issue_date, expiry_date, 10, (60, 3000))
    number = "B" + rng.choice("ABCDEFGHJK") + digits(rng, 7)
    pn = f"{'JKLM'[rng.randint(0, 3)]}{digits(rng, 8)}{rng.choice('ABCDEFGHJKLMNPRSTUVW')}"
    sh = Sheet()
    x0, y0, W, H = 26.0, 70.0, 158.0, 111.0
    sh.image(x0, y0, W, H, waves(W, H, rng, (244, 232, 232), (222, 190, 194)))
    box(sh, x0, y0, W, H, lw=0.35, c=(120, 40, 50))
    band(sh, x0, y0, W, 9, (120, 20, 36))
    crest(sh, x0 + 4, y0 + 0.5, 8, rng, "bird", c=(20, 20, 20))
    tx(sh, x0 + 15, y0 + 1.2, "REPUBLIKA E SHQIPËRISË  ·  REPUBLIC OF ALBANIA", f=HLV_B, pt=7.6, c=(255, 255, 255))
    tx(sh, x0 + W - 4, y0 + 1.6, "PASAPORTË / PASSPORT", f=HLV_B, pt=6.8, c=(255, 255, 255), a="right")
    sh.photo(x0 + 5, y0 + 14, 32, 41, rng)
    fields = [("1. Mbiemri / Surname", person.surname.upper(), 90),
              ("2. Emri / Given names", person.given_names.upper(), 90),
              ("Atësia / Father's name", (person.father or "-").split(" ")[0].upper(), 50),
              ("3. Shtetësia / Nationality", "SHQIPTARE / ALBANIAN", 60),
              ("4. Datëlindja / Date of birth", dn(person.birth_date, "."), 40),
              ("5. Gjinia / Sex", person.sex, 14),
              ("6. Vendlindja / Place of birth", person.birth_place.upper(), 50),
              ("7. Data e lëshimit / Date of issue", dn(issue, "."), 40),
              ("8. Data e mbarimit / Date of expiry", dn(expiry, "."), 40),
              ("9. Autoriteti / Authority", "MINISTRIA E BRENDSHME", 56),
              ("10. Nr. personal / Personal No.", pn, 40)]
    for j, (a, v) in enumerate([("Tipi / Type", "P"), ("Kodi / Code", "ALB"), ("Nr. i pasaportës / Passport No.",
                                                                             number)]):
        tx(sh, x0 + 44 + j * 24, y0 + 11.5, a, f=HLN, pt=5.2, c=GREY)
        tx(sh, x0 + 44 + j * 24, y0 + 13.9, v, f=HLV_B, pt=8)
    y = y0 + 20
    for i, (a, v, w) in enumerate(fields):
        if i < 2:
            x = x0 + 44
        else:
            x = x0 + 44 + ((i - 2) % 2) * 58
        tx(sh, x, y, a, f=HLN, pt=5.2, c=GREY)
        tx(sh, x, y + 2.4, v, f=HLV_B, pt=fitpt(v, w, HLV_B, 8))
        if i < 2 or (i - 2) % 2 == 1:
            y += 7
    autograph(sh, x0 + 6, y0 + 58, rng, w=28, h=8, c=PEN_BLACK)
    mrz(sh, x0 + 6, y0 + H - 14, _td3("ALB", person, number, expiry, break_check, mrz_override, pn), pitch=2.9)
    return [duvet_photo(sh, rng)]


def passport_ukr(person: Person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None,
                 **opts) -> list[Sheet]:
    """Ukrainian biometric passport for travelling abroad: captions Ukrainian/English, the names twice (Cyrillic
    line above the Latin one), the record number (УНЗР) as personal number, dates '14 ЛИП/JUL 82'; the data page
    copied at the lower right of the sheet; the copy had been folded in three for an envelope."""
    issue, expiry = dates(rng, issue_date, expiry_date, 10, (60, 3000))
    number = rng.choice(["FA", "FB", "FC", "GA", "GB"]) + digits(rng, 6)
    unzr = f"{person.birth_date.year}{person.birth_date.month:02d}{person.birth_date.day:02d}-{digits(rng, 5)}"
    sh = Sheet()
    x0, y0, W, H = 46.0, 168.0, 140.0, 98.0
    sh.image(x0, y0, W, H, waves(W, H, rng, (232, 240, 246), (184, 206, 226)))
    box(sh, x0, y0, W, H, lw=0.35, c=(60, 90, 120))
    tx(sh, x0 + 4, y0 + 3, "УКРАЇНА  UKRAINE", f=DV_B, pt=8.4, c=(20, 60, 130))
    tx(sh, x0 + W - 4, y0 + 3, "ПАСПОРТ / PASSPORT", f=DV_B, pt=7.4, c=(20, 60, 130), a="right")
    band(sh, x0, y0 + 9, W, 1.2, (0, 87, 183))
    band(sh, x0, y0 + 10.2, W, 1.2, (255, 215, 0))
    sh.photo(x0 + 5, y0 + 15, 31, 40, rng)

    def two(x, y, ua, en, v, v2=None, w=60):
        tx(sh, x, y, f"{ua}/{en}", f=DVC, pt=4.8, c=GREY)
        if v2:
            tx(sh, x, y + 2.2, v2, f=DVC_B, pt=fitpt(v2, w, DVC_B, 7.4))
            tx(sh, x, y + 5.2, v, f=DVC_B, pt=fitpt(v, w, DVC_B, 7.4))
            return y + 9
        tx(sh, x, y + 2.2, v, f=DVC_B, pt=fitpt(v, w, DVC_B, 7.4))
        return y + 6.4

    def ud(d):
        return f"{d.day:02d} {_M3['uk'][d.month - 1]}/{_M3['en'][d.month - 1]} {d.year % 100:02d}"

    x = x0 + 41
    tx(sh, x, y0 + 13.5, f"Тип/Type  P     Код держави/Code  UKR     Паспорт №/Passport No.  {number}", f=DVC, pt=5.4)
    y = y0 + 18.5
    y = two(x, y, "Прізвище", "Surname", person.surname.upper(), to_ukr(person.surname).upper(), 90)
    y = two(x, y, "Ім'я", "Given names", person.given_names.upper(), to_ukr(person.given_names).upper(), 90)
    two(x, y, "Громадянство", "Nationality", "УКРАЇНА/UKR", w=40)
    y = two(x + 48, y, "Стать", "Sex", f"{'Ж' if person.sex == 'F' else 'Ч'}/{person.sex}", w=20)
    two(x, y, "Дата народження", "Date of birth", ud(person.birth_date), w=40)
    y = two(x + 48, y, "Запис №", "Record No.", unzr, w=44)
    two(x, y, "Дата видачі", "Date of issue", ud(issue), w=40)
    y = two(x + 48, y, "Дата закінчення строку дії", "Date of expiry", ud(expiry), w=44)
    two(x, y, "Місце народження", "Place of birth", person.birth_place.upper(), w=40)
    two(x + 48, y, "Орган, що видав", "Authority", str(rng.randint(1201, 8099)), w=30)
    autograph(sh, x0 + 6, y0 + 57, rng, w=28, h=7, c=PEN_BLACK)
    mrz(sh, x0 + 5, y0 + H - 13.5, _td3("UKR", person, number, expiry, break_check, mrz_override,
                                          unzr.replace("-", "")[:14]), pitch=2.6)
    return [trifold(sh, rng)]


def passport_lka(person: Person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None,
                 **opts) -> list[Sheet]:
    """Sri Lankan passport: the heading in Sinhala, Tamil and English, the captions in English only, set in three
    boxed rows with the values in capitals, the National Identity Card number as personal number, photo at the
    LEFT; copied sideways (the sheet turned a quarter) with the data page filling its width."""
    issue, expiry = dates(rng, issue_date, expiry_date, 10, (60, 3000))
    number = rng.choice("NP") + digits(rng, 7)
    nic = f"{person.birth_date.year}{digits(rng, 8)}"
    land_ = Sheet(297, 210)
    x0, y0, W, H = 40.0, 28.0, 216.0, 150.0
    land_.image(x0, y0, W, H, waves(W, H, rng, (236, 242, 236), (196, 214, 198), k=6))
    box(land_, x0, y0, W, H, lw=0.4, c=(40, 90, 70))
    tx(land_, x0 + W / 2, y0 + 5, "ශ්‍රී ලංකා  இலங்கை  SRI LANKA", f=FS_B, pt=14, a="center", c=(90, 20, 30))
    tx(land_, x0 + W / 2, y0 + 12, "DEMOCRATIC SOCIALIST REPUBLIC OF SRI LANKA · PASSPORT", f=HLV_B, pt=9,
       a="center", c=(40, 60, 50))
    land_.photo(x0 + 8, y0 + 22, 44, 57, rng)
    rows = [[("Type", "PB", 16), ("Country Code", "LKA", 24), ("Passport No.", number, 40)],
            [("Surname", person.surname.upper(), 130)], [("Other Names", person.given_names.upper(), 130)],
            [("Profession", rng.choice(["PRIVATE SECTOR", "HOUSEWIFE", "DRIVER", "TECHNICIAN", "STUDENT"]), 50),
             ("Nationality", "SRI LANKAN", 40)],
            [("Date of Birth", dn(person.birth_date, "/"), 40), ("Sex", person.sex, 12),
             ("Place of Birth", person.birth_place.upper(), 50)],
            [("Date of Issue", dn(issue, "/"), 40), ("Date of Expiry", dn(expiry, "/"), 40),
             ("Authority", "COLOMBO", 40)],
            [("ID Card No.", nic, 60)]]
    y = y0 + 22
    for row in rows:
        x = x0 + 60
        for a, v, w in row:
            box(land_, x, y, w + 6, 12, lw=0.15, c=(120, 140, 120))
            tx(land_, x + 1.5, y + 0.8, a, f=HLV, pt=6.4, c=GREY)
            tx(land_, x + 1.5, y + 4.6, v, f=HLV_B, pt=fitpt(v, w + 2, HLV_B, 10.5))
            x += w + 8
        y += 13.5
    autograph(land_, x0 + 10, y0 + 84, rng, w=38, h=10, c=PEN_BLACK)
    mrz(land_, x0 + 8, y0 + H - 21, _td3("LKA", person, number, expiry, break_check, mrz_override, nic), pitch=4.2,
        gap=1.6)
    return [turned(land_, rng.choice([90, 270]))]


def passport_sur(person: Person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None,
                 **opts) -> list[Sheet]:
    """Surinamese CARICOM passport: Dutch captions with the English in italics to their RIGHT on the same line,
    values under them, photo at the right; the booklet copied with its spine at the right edge (a dark band) and
    the next page's edge showing, on a cream sheet."""
    issue, expiry = dates(rng, issue_date, expiry_date, 10, (60, 2800))
    number = "R" + digits(rng, 6) + rng.choice("CDEFGH")
    sh = Sheet(paper="cream")
    x0, y0, W, H = 24.0, 40.0, 150.0, 104.0
    sh.image(x0, y0, W, H, waves(W, H, rng, (232, 240, 230), (190, 214, 190)))
    box(sh, x0, y0, W, H, lw=0.35, c=(50, 90, 60))
    box(sh, x0 + W + 1.5, y0 + 1, 4, H - 2, lw=0.2, c=SOFT)
    tx(sh, x0 + 5, y0 + 3, "CARIBBEAN COMMUNITY", f=LS, pt=6, c=GREY)
    tx(sh, x0 + 5, y0 + 7, "REPUBLIEK SURINAME", f=LS_B, pt=9.5, c=(20, 80, 40))
    tx(sh, x0 + W - 5, y0 + 5, "PASPOORT", f=LS_B, pt=9, a="right", c=(20, 80, 40))
    sh.photo(x0 + W - 38, y0 + 17, 32, 41, rng)
    rows = [("Type", "Type", "P"), ("Landcode", "Country code", "SUR"), ("Paspoortnummer", "Passport No.", number),
            ("Naam", "Surname", person.surname.upper()), ("Voornamen", "Given names", person.given_names.upper()),
            ("Nationaliteit", "Nationality", "SURINAAMSE"), ("Geboortedatum", "Date of birth",
                                                               dbi(person.birth_date, "nl")),
            ("Geslacht", "Sex", person.sex), ("Geboorteplaats", "Place of birth", person.birth_place.upper()),
            ("Datum van afgifte", "Date of issue", dbi(issue, "nl")), ("Geldig tot", "Date of expiry",
                                                                        dbi(expiry, "nl"))]
    y = y0 + 15
    for i, (nl, en, v) in enumerate(rows):
        x = x0 + 6 + ([0, 16, 38][i] if i < 3 else 0)
        w1 = tw(nl, LS, 5.2)
        tx(sh, x, y, nl, f=LS, pt=5.2, c=GREY)
        tx(sh, x + w1 + 1, y, "/ " + en, f=LS_I, pt=5.0, c=GREY)
        tx(sh, x, y + 2.4, v, f=LS_B, pt=fitpt(v, 70, LS_B, 8))
        if i >= 2:
            y += 6.5
    autograph(sh, x0 + 6, y0 + H - 30, rng, w=26, h=7, c=PEN_BLACK)
    mrz(sh, x0 + 6, y0 + H - 14, _td3("SUR", person, number, expiry, break_check, mrz_override), pitch=2.75)
    return [gutter_right(sh, rng)]


for _fid, _c, _fn, _lang, _note in [
        ("passport-td3-sen-liggend-binnenkaft-links-datapagina-rechts-paperclip-45", "SEN", passport_sen, "fr",
         "Senegalese passport open on a landscape sheet, inside cover and data page, paper clip"),
        ("passport-td3-npl-nepalees-engels-foto-rechts-93-procent-perforatie-45", "NPL", passport_npl, "en",
         "Nepalese passport, Nepali/English captions, reduced copy from a ring binder"),
        ("passport-td3-alb-genummerde-velden-vadersnaam-gsm-foto-dekbed-45", "ALB", passport_alb, "en",
         "Albanian passport with numbered fields, photographed on a duvet"),
        ("passport-td3-ukr-cyrillisch-latijn-rechtsonder-in-drieen-gevouwen-45", "UKR", passport_ukr, "en",
         "Ukrainian passport, names in both scripts, copy folded in three"),
        ("passport-td3-lka-drie-schriften-kop-omkaderde-rijen-zijwaarts-45", "LKA", passport_lka, "en",
         "Sri Lankan passport, boxed rows, copied sideways"),
        ("passport-td3-sur-nl-met-engels-ernaast-rug-rechts-creme-45", "SUR", passport_sur, "nl",
         "Surinamese passport with the spine at the right, cream sheet")]:
    _id._register(_fid, "identity-document", PART, _lang, _fn, country=_c, mrz="TD3", photo=True, notes=_note)


# =========================================================================== cards (TD1)

def idcard_sen(person: Person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None,
               **opts) -> list[Sheet]:
    """Senegalese ECOWAS identity card (CNI CEDEAO): the front above the back in the LEFT half of the sheet, the
    client's handwritten 'recto' / 'verso' beside each side; the front carries the photo at the left, the NIN and
    the captions in French only; the back the address, the place of issue and the three-line MRZ; yellowed
    paper."""
    issue, expiry = dates(rng, issue_date, expiry_date, 10, (60, 3000))
    nin = f"{'1' if person.sex == 'M' else '2'}{digits(rng, 12)}"
    number = digits(rng, 9)
    sh = Sheet(paper="yellow")
    W, H = 85.6 * 1.25, 54 * 1.25
    x0, yf, yb = 14.0, 30.0, 30.0 + H + 14
    for y in (yf, yb):
        sh.image(x0, y, W, H, waves(85.6, 54, rng, (236, 244, 236), (196, 222, 200), k=10))
        box(sh, x0, y, W, H, lw=0.3, c=(90, 110, 90))
    band(sh, x0, yf, W, 2.2, (0, 133, 63))
    tx(sh, x0 + W / 2, yf + 3.5, "RÉPUBLIQUE DU SÉNÉGAL", f=HLV_B, pt=7.6, a="center")
    tx(sh, x0 + W / 2, yf + 7.2, "CARTE D'IDENTITÉ CEDEAO", f=HLV_B, pt=6.4, a="center", c=(0, 100, 50))
    sh.photo(x0 + 4, yf + 12, 25, 32, rng)
    y = yf + 12
    for a, v in [("Nom", person.surname.upper()), ("Prénoms", person.given_names.upper()),
                 ("Date de naissance", dn(person.birth_date, "/")), ("Lieu de naissance", person.birth_place.upper()),
                 ("Sexe", person.sex), ("N.I.N", nin)]:
        tx(sh, x0 + 33, y, a, f=HLN, pt=4.8, c=GREY)
        tx(sh, x0 + 33, y + 2, v, f=HLV_B, pt=fitpt(v, W - 38, HLV_B, 6.8))
        y += 5.8
    autograph(sh, x0 + 5, yf + H - 12, rng, w=22, h=6, c=PEN_BLACK)
    y = yb + 4
    for a, v in [("Nationalité", "SÉNÉGALAISE"), ("Adresse", rng.choice(["MÉDINA, DAKAR", "GRAND YOFF, DAKAR",
                                                                       "THIÈS NONE", "PIKINE, DAKAR"])),
                 ("Date de délivrance", dn(issue, "/")), ("Date d'expiration", dn(expiry, "/")),
                 ("Centre de délivrance", rng.choice(["DAKAR PLATEAU", "PIKINE", "THIÈS", "KAOLACK"]))]:
        tx(sh, x0 + 4, y, a, f=HLN, pt=5, c=GREY)
        tx(sh, x0 + 36, y - 0.2, v, f=HLV_B, pt=6.6)
        y += 4.6
    mrz(sh, x0 + 4, yb + H - 17, _td1("SEN", person, number, expiry, break_check, mrz_override, nin[:15], "I<"),
        pitch=2.54 * 1.2, gap=1.5)
    pen(sh, x0 + W + 10, yf + 22, "recto", rng, f=H_KRS, pt=18, c=PEN_BLUE)
    pen(sh, x0 + W + 10, yb + 22, "verso", rng, f=H_KRS, pt=18, c=PEN_BLUE)
    return [sh]


def idcard_alb(person: Person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None,
               **opts) -> list[Sheet]:
    """Albanian biometric identity card (Letërnjoftim / Identity card): front and back side by side across the top
    of the sheet, captions Albanian/English; the front with the photo at the left and the personal number, the
    back with the place of birth, the authority and the TD1 MRZ; the two sides cut out of an older copy and glued
    onto a fresh sheet, a little crooked."""
    issue, expiry = dates(rng, issue_date, expiry_date, 10, (60, 3000))
    pn = f"{'JKLM'[rng.randint(0, 3)]}{digits(rng, 8)}{rng.choice('ABCDEFGHJKLMNPRSTUVW')}"
    number = digits(rng, 9)
    sh = Sheet()
    W, H = 85.6 * 1.05, 54 * 1.05
    xf, xb, y0 = 12.0, 12.0 + W + 8, 28.0
    for x in (xf, xb):
        sh.image(x, y0, W, H, waves(85.6, 54, rng, (240, 236, 244), (212, 200, 226), k=10))
        box(sh, x, y0, W, H, lw=0.3, c=(100, 80, 110))
    crest(sh, xf + 2.5, y0 + 1.5, 7, rng, "bird", c=(150, 20, 30))
    tx(sh, xf + 11, y0 + 1.8, "REPUBLIKA E SHQIPËRISË / REPUBLIC OF ALBANIA", f=HLN_B, pt=5.4)
    tx(sh, xf + 11, y0 + 4.6, "LETËRNJOFTIM / IDENTITY CARD", f=HLN_B, pt=5.6, c=(150, 20, 30))
    sh.photo(xf + 3, y0 + 10, 22, 29, rng)
    y = y0 + 9.5
    for a, v in [("Mbiemri / Surname", person.surname.upper()), ("Emri / Given name", person.given_names.upper()),
                 ("Shtetësia / Nationality", "SHQIPTARE / ALB"), ("Datëlindja / Date of birth",
                                                                   dn(person.birth_date, ".")),
                 ("Gjinia / Sex", person.sex), ("Nr. personal / Personal No.", pn),
                 ("Data e skadimit / Date of expiry", dn(expiry, "."))]:
        tx(sh, xf + 28, y, a, f=HLN, pt=4.3, c=GREY)
        tx(sh, xf + 28, y + 1.8, v, f=HLV_B, pt=fitpt(v, W - 31, HLV_B, 6))
        y += 5.1
    autograph(sh, xf + 4, y0 + H - 12, rng, w=20, h=6, c=PEN_BLACK)
    y = y0 + 3
    for a, v in [("Vendlindja / Place of birth", person.birth_place.upper()),
                 ("Atësia / Father's name", (person.father or "-").split(" ")[0].upper()),
                 ("Data e lëshimit / Date of issue", dn(issue, ".")),
                 ("Autoriteti / Authority", "DREJTORIA E GJENDJES CIVILE")]:
        tx(sh, xb + 3, y, a, f=HLN, pt=4.3, c=GREY)
        tx(sh, xb + 3, y + 1.8, v, f=HLV_B, pt=fitpt(v, W - 6, HLV_B, 6))
        y += 5.2
    mrz(sh, xb + 3, y0 + H - 14.5, _td1("ALB", person, number, expiry, break_check, mrz_override, pn),
        pitch=2.54 * 1.02, gap=1.55)
    return [cut_and_glued(sh, [(xf, y0, W, H), (xb, y0, W, H)], rng)]


def permit_nld(person: Person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None,
               v_number=None, purpose=None, **opts) -> list[Sheet]:
    """Dutch residence document (verblijfsdocument, EU model): front and back one under the other in the MIDDLE of
    the sheet, copied with the lid open (the rest of the glass dark grey); the front with 'Verblijfsvergunning',
    the photo at the left and the V-number under the label 'VNR'; the back with 'Aard van de vergunning', the
    remarks on work and the TD1 MRZ."""
    issue, expiry = dates(rng, issue_date, expiry_date, 5, (60, 1500))
    number = "".join(rng.choice("BCDFGHJKLMNPRSTVWXZ") for _ in range(2)) + \
        "".join(rng.choice("0123456789BCDFGHJKLMNPRSTVWXZ") for _ in range(6)) + str(rng.randint(0, 9))
    vnr = v_number or digits(rng, 10)
    lines = _td1("NLD", person, number, expiry, break_check, mrz_override, "", "IR")
    sh = Sheet()
    W, H = 85.6 * 1.15, 54 * 1.15
    x0, yf = (210 - W) / 2, 96.0
    yb = yf + H + 6
    for y in (yf, yb):
        sh.image(x0, y, W, H, waves(85.6, 54, rng, (236, 236, 248), (204, 204, 232), k=10))
        box(sh, x0, y, W, H, lw=0.3, c=(90, 90, 120))
    sh._doc_box = (x0, yf, W, yb + H - yf)
    tx(sh, x0 + 3, yf + 2, "NEDERLAND", f=LS_B, pt=6.8, c=(20, 40, 120))
    tx(sh, x0 + W - 3, yf + 2, "VERBLIJFSVERGUNNING", f=LS_B, pt=6.4, c=(20, 40, 120), a="right")
    sh.photo(x0 + 3, yf + 9, 24, 31, rng)
    y = yf + 8.5
    for a, v in [("Naam / Surname", person.surname.upper()), ("Voornamen / Given names", person.given_names.upper()),
                 ("Nationaliteit", person.nationality), ("Geb. datum / Date of birth", dn(person.birth_date, " ")),
                 ("Geslacht / Sex", person.sex), ("VNR", vnr), ("Geldig tot / Date of expiry", dn(expiry, " "))]:
        tx(sh, x0 + 30, y, a, f=LS, pt=4.4, c=GREY)
        tx(sh, x0 + 30, y + 1.8, v, f=LS_B, pt=fitpt(v, W - 34, LS_B, 6.4))
        y += 5.6
    autograph(sh, x0 + 4, yf + H - 11, rng, w=22, h=6, c=PEN_BLACK)
    pur = purpose or rng.choice(["verblijf bij partner", "arbeid in loondienst", "medische behandeling"])
    tx(sh, x0 + 3, yb + 3, "Aard van de vergunning", f=LS, pt=4.6, c=GREY)
    tx(sh, x0 + 3, yb + 5.2, "REGULIER BEPAALDE TIJD", f=LS_B, pt=6.4)
    tx(sh, x0 + 3, yb + 9.6, "Opmerkingen", f=LS, pt=4.6, c=GREY)
    tx(sh, x0 + 3, yb + 11.8, pur.upper(), f=LS_B, pt=fitpt(pur.upper(), W - 6, LS_B, 6.2))
    tx(sh, x0 + 3, yb + 15.6, "ARBEID NIET TOEGESTAAN" if "medisch" in pur else "ARBEID VRIJ TOEGESTAAN. TWV NIET "
       "VEREIST", f=LS_B, pt=5.4)
    tx(sh, x0 + 3, yb + 20, f"Documentnummer {number}   Afgifte {dn(issue, ' ')}", f=LS, pt=5.2)
    mrz(sh, x0 + 4, yb + H - 15, lines, pitch=2.54 * 1.1, gap=1.5)
    return [lid_open(sh, rng)]


_id._register("idcard-td1-sen-cedeao-recto-boven-verso-links-handgeschreven-recto-verso-vergeeld-45",
              "identity-document", PART, "fr", idcard_sen, country="SEN", mrz="TD1", photo=True,
              notes="Senegalese ECOWAS identity card, sides stacked at the left, yellowed paper")
_id._register("idcard-td1-alb-letternjoftim-naast-elkaar-uitgeknipt-opgeplakt-45", "identity-document", PART,
              "sq/en", idcard_alb, country="ALB", mrz="TD1", photo=True,
              notes="Albanian identity card, both sides cut out and glued onto a fresh sheet")
_id._register("permit-nl-verblijfsdocument-midden-deksel-open-vnr-voorzijde-45", "identity-document", PART, "nl",
              permit_nld, country="NLD", mrz="TD1", photo=True,
              notes="Dutch residence card in the middle of the glass, lid open")


# =========================================================================== civil-status acts

def _parents(person: Person, father, mother) -> tuple[str, str]:
    return father or person.father or "-", mother or person.mother or "-"


def birth_sen(person: Person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Senegalese 'Extrait du registre des actes de naissance' of a centre d'état civil: the region, department and
    commune stacked at the top LEFT, the year and act number in a box at the top right; the entries as a ruled
    table of dotted lines with the values handwritten in blue capitals (the form was filled in by the clerk); the
    officer's signature beside the printed 'L'Officier de l'état civil', the round stamp overlapping the last rows;
    a revenue stamp glued at the bottom left."""
    issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(30, 700)))
    acted = act_date or (person.birth_date + datetime.timedelta(days=rng.randint(2, 40)))
    fa, mo = _parents(person, father, mother)
    commune = person.birth_place if person.birth_country == "Senegal" else rng.choice(["Dakar-Plateau", "Thiès"])
    sh = Sheet()
    for i, s in enumerate(["RÉPUBLIQUE DU SÉNÉGAL", "Un Peuple - Un But - Une Foi", f"Région de {commune}",
                           f"Commune de {commune}", "Centre d'état civil principal"]):
        tx(sh, 16, 12 + i * 4.6, s, f=BK_B if i == 0 else BK, pt=8.6 if i else 9.6)
    box(sh, 140, 12, 54, 18, lw=0.35)
    tx(sh, 143, 14, f"Année : {acted.year}", f=BK, pt=9)
    tx(sh, 143, 20, f"N° dans le registre : {act_no(person, 'sen-b', 10, 3999)}", f=BK, pt=9)
    tx(sh, 105, 42, "EXTRAIT DU REGISTRE DES ACTES DE NAISSANCE", f=BK_B, pt=12.5, a="center")
    hline(sh, 40, 170, 49, lw=0.4)
    hf = rng.choice([H_DKG, H_DKG_B])
    rows = [("Le", dl(person.birth_date, "fr")), ("à (lieu de naissance)", f"{person.birth_place} - {person.birth_country}"
                                                  if person.birth_country != "Senegal" else person.birth_place),
            ("est né(e) un enfant de sexe", "masculin" if person.sex == "M" else "féminin"),
            ("Prénom(s)", person.given_names), ("Nom", person.surname),
            ("de (prénom et nom du père)", fa), ("et de (prénom et nom de la mère)", mo),
            ("Acte dressé le", dl(acted, "fr")), ("sur la déclaration de", fa)]
    y = 58.0
    for a, v in rows:
        tx(sh, 18, y, a, f=BK, pt=9.4)
        dx = 18 + tw(a, BK, 9.4) + 3
        hline(sh, dx, 192, y + 4.6, c=SOFT, dash=0.5)
        pen(sh, dx + 2, y - 1.2, v, rng, f=hf, pt=12, c=PEN_BLUE, w=192 - dx - 4, caps=True)
        y += 10
    y += 4
    para(sh, 18, y, 174, f"Pour extrait certifié conforme au registre, délivré à {commune}, le {dl(issued, 'fr')}.",
         f=BK, pt=9.6)
    tx(sh, 118, y + 14, "L'Officier de l'état civil", f=BK_B, pt=9.4)
    autograph(sh, 160, y + 10, rng, c=PEN_BLUE, w=32)
    inkstamp(sh, 120, y - 12, ["ÉTAT CIVIL", f"COMMUNE DE {commune.upper()}", "SÉNÉGAL"], rng, c=ST_VIOLET, mm=30)
    band(sh, 18, y + 26, 20, 24, (236, 226, 214))
    box(sh, 19.5, y + 27.5, 17, 21, lw=0.3, c=(140, 60, 40))
    tx(sh, 28, y + 30, "TIMBRE", f=HLV_B, pt=6, a="center", c=(140, 60, 40))
    tx(sh, 28, y + 38, "200 F", f=HLV_B, pt=9, a="center", c=(140, 60, 40))
    return [sh]


def birth_npl(person: Person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Nepalese birth registration certificate ('Birth Registration Certificate / जन्म दर्ता प्रमाणपत्र') issued by a
    ward office of the local government: bilingual Nepali/English, registration number and date in a right-hand
    column, the child's details in numbered rows with the English caption in bold and the Nepali in grey, the
    registrar's signature ABOVE the label at the right and the ward's round stamp left of it; copied with a paper
    clip at the top."""
    issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(30, 900)))
    acted = act_date or (person.birth_date + datetime.timedelta(days=rng.randint(5, 60)))
    fa, mo = _parents(person, father, mother)
    ward = rng.randint(1, 32)
    sh = Sheet()
    crest(sh, 98, 10, 14, rng, "lotus", c=(170, 40, 50))
    tx(sh, 105, 26, f"{person.birth_place} Metropolitan City · Ward Office No. {ward}", f=SCH_B, pt=10.5, a="center")
    tx(sh, 105, 31.5, "Government of Nepal · Department of National ID and Civil Registration", f=SCH, pt=8.4,
       a="center", c=GREY)
    tx(sh, 105, 41, "जन्म दर्ता प्रमाणपत्र", f=FS_B, pt=12, a="center")
    tx(sh, 105, 47.5, "BIRTH REGISTRATION CERTIFICATE", f=SCH_B, pt=13, a="center")
    reg = f"{acted.year}-{ward:02d}-{act_no(person, 'npl-b', 100, 9999)}"
    for i, (a, v) in enumerate([("Registration No.", reg), ("Registration Date", dn(acted, "/")),
                                ("Issue Date", dn(issued, "/"))]):
        tx(sh, 146, 58 + i * 7, a, f=SCH, pt=7.8, c=GREY)
        tx(sh, 146, 61.2 + i * 7, v, f=SCH_B, pt=9.4)
    rows = [("Full Name", "पूरा नाम", f"{person.given_names} {person.surname}"),
            ("Sex", "लिङ्ग", "Male" if person.sex == "M" else "Female"),
            ("Date of Birth", "जन्म मिति", dl(person.birth_date, "en")),
            ("Place of Birth", "जन्म स्थान", f"{person.birth_place}, Nepal"),
            ("Father's Name", "बाबुको नाम", fa), ("Mother's Name", "आमाको नाम", mo),
            ("Citizenship", "नागरिकता", "Nepali")]
    y = 84.0
    for i, (en, np_, v) in enumerate(rows, 1):
        tx(sh, 18, y, f"{i}.", f=SCH_B, pt=9.6)
        tx(sh, 26, y, en, f=SCH_B, pt=9.6)
        tx(sh, 26 + tw(en, SCH_B, 9.6) + 2, y - 0.3, np_, f=FS, pt=9, c=GREY)
        tx(sh, 82, y, v, f=SCH, pt=fitpt(v, 110, SCH, 10.5))
        hline(sh, 82, 194, y + 5, c=SOFT)
        y += 10
    para(sh, 18, y + 6, 176, "This is to certify that the above birth has been registered in the civil register of "
         "this ward office in accordance with the National Identity Card and Registration Act, 2076.", f=SCH_I, pt=9.4)
    autograph(sh, 142, y + 22, rng, c=PEN_NAVY, w=34)
    hline(sh, 138, 190, y + 36, c=INK)
    tx(sh, 164, y + 37.5, "Local Registrar", f=SCH, pt=9, a="center")
    inkstamp(sh, 96, y + 18, [f"WARD OFFICE NO. {ward}", person.birth_place.upper(), "NEPAL"], rng, c=ST_BLUE, mm=30)
    return [paperclip(sh, rng)]


def birth_tur(person: Person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Turkish population directorate's 'Doğum Belgesi' for a child of foreign nationality born in Türkiye
    (Turkish only): the ministry's name centred at the top, the document's barcode and verification code at the
    top right, the child's data as a two-column grid with bold Turkish captions, the parents with their
    nationality, the e-signature notice at the foot instead of a stamp; copied a little small, with the lower
    right corner folded over."""
    issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(30, 600)))
    fa, mo = _parents(person, father, mother)
    sh = Sheet()
    tx(sh, 105, 14, "T.C.", f=DV_B, pt=11, a="center")
    tx(sh, 105, 19.5, "İÇİŞLERİ BAKANLIĞI", f=DV_B, pt=10.5, a="center")
    tx(sh, 105, 25, "Nüfus ve Vatandaşlık İşleri Genel Müdürlüğü", f=DV, pt=9.5, a="center")
    tx(sh, 105, 31, f"{person.birth_place} İlçe Nüfus Müdürlüğü", f=DV, pt=9, a="center", c=GREY)
    code = f"{crc(person.surname, 'tr45') % 0xFFFFFF:06X}-{digits(rng, 4)}"
    barcode(sh, 150, 12, 44, 8, code)
    tx(sh, 172, 21.5, code, f=DVM, pt=7, a="center")
    tx(sh, 105, 44, "DOĞUM BELGESİ (YABANCI UYRUKLU)", f=DV_B, pt=13, a="center")
    rows = [("Adı", person.given_names.upper()), ("Soyadı", person.surname.upper()),
            ("Cinsiyeti", "ERKEK" if person.sex == "M" else "KADIN"),
            ("Doğum Tarihi", dn(person.birth_date, "/")), ("Doğum Yeri", f"{person.birth_place.upper()} / TÜRKİYE"),
            ("Uyruğu", natw(person, "tr")), ("Baba Adı", fa.upper()), ("Anne Adı", mo.upper()),
            ("Yabancı Kimlik No", "99" + digits(rng, 9)), ("Kayıt Tarihi", dn(act_date or (person.birth_date +
                                                                                     datetime.timedelta(days=9)), "/"))]
    y = 58.0
    for i, (a, v) in enumerate(rows):
        x = 18 + (i % 2) * 88
        box(sh, x, y, 86, 13, lw=0.2, c=SOFT)
        tx(sh, x + 2, y + 1.5, a, f=DV_B, pt=8)
        tx(sh, x + 2, y + 6.5, v, f=DV, pt=fitpt(v, 80, DV, 10))
        if i % 2:
            y += 13
    y += 10
    para(sh, 18, y, 174, "Yukarıda kimlik bilgileri yazılı yabancı uyruklu çocuğun doğumu 5490 sayılı Nüfus "
         "Hizmetleri Kanunu uyarınca yabancılar kütüğüne tescil edilmiştir.", f=DV, pt=9.4, lead=1.45)
    tx(sh, 18, y + 18, f"Düzenleme Tarihi: {dn(issued, '.')}", f=DV, pt=9.4)
    para(sh, 18, 262, 174, f"Bu belge 5070 sayılı Elektronik İmza Kanunu gereğince güvenli elektronik imza ile "
         f"imzalanmıştır. Doğrulama kodu: {code}", f=DV_O, pt=7.6, c=GREY)
    img = raster(shrunk(sh, 0.95))
    d = ImageDraw.Draw(img)
    W, H = img.size
    s = int(W * 0.12)
    d.polygon([(W - s, H), (W, H - s), (W, H)], fill=(40, 40, 44))
    d.polygon([(W - s, H), (W, H - s), (W - s, H - s)], fill=(232, 230, 224), outline=(120, 120, 120))
    return [onto(img)]


def birth_ukr(person: Person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Ukrainian birth certificate ('Свідоцтво про народження', Ukrainian only) on its green guilloché form: the
    trident at the top, the child's surname, name and patronymic on their own lines in capitals, the date of birth
    in figures and words, the parents' names and citizenship, the act record number, the civil-registry office
    and the issue date; series and number printed in red at the foot; copied slightly crooked."""
    issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(60, 5000)))
    acted = act_date or (person.birth_date + datetime.timedelta(days=rng.randint(5, 30)))
    fa, mo = _parents(person, father, mother)
    patr = to_ukr(fa.split(" ")[0]) + ("івна" if person.sex == "F" else "ович")
    sh = Sheet()
    x0, y0, W, H = 30.0, 18.0, 150.0, 210.0
    sh.image(x0, y0, W, H, waves(W, H, rng, (236, 246, 232), (196, 226, 190), k=5, n=40))
    box(sh, x0, y0, W, H, lw=0.5, c=(60, 110, 60))
    crest(sh, x0 + W / 2 - 6, y0 + 6, 12, rng, "shield", c=(200, 160, 20))
    tx(sh, x0 + W / 2, y0 + 21, "УКРАЇНА", f=DVS_B, pt=12, a="center")
    tx(sh, x0 + W / 2, y0 + 29, "СВІДОЦТВО ПРО НАРОДЖЕННЯ", f=DVS_B, pt=13, a="center")
    y = y0 + 42
    for a, v in [("Прізвище", to_ukr(person.surname).upper()), ("Ім'я", to_ukr(person.given_names).upper()),
                 ("По батькові", patr.upper())]:
        tx(sh, x0 + 10, y, a, f=DVS, pt=8, c=GREY)
        tx(sh, x0 + 40, y - 0.6, v, f=DVS_B, pt=11)
        hline(sh, x0 + 38, x0 + W - 10, y + 4.6, c=SOFT)
        y += 9
    tx(sh, x0 + 10, y, "Дата народження", f=DVS, pt=8, c=GREY)
    tx(sh, x0 + 40, y - 0.6, dn(person.birth_date, "."), f=DVS_B, pt=11)
    y += 9
    tx(sh, x0 + 10, y, "Місце народження", f=DVS, pt=8, c=GREY)
    tx(sh, x0 + 40, y - 0.6, f"м. {to_ukr(person.birth_place)}, Україна", f=DVS_B, pt=10.5)
    y += 13
    tx(sh, x0 + 10, y, "БАТЬКИ", f=DVS_B, pt=9.5)
    y += 7
    for a, v in [("Батько", to_ukr(fa)), ("громадянство", "Україна"), ("Мати", to_ukr(mo)), ("громадянство", "Україна")]:
        tx(sh, x0 + 10, y, a, f=DVS, pt=8, c=GREY)
        tx(sh, x0 + 40, y - 0.6, v, f=DVS_B, pt=10.5)
        y += 7.5
    y += 4
    para(sh, x0 + 10, y, W - 20, f"про що {acted.year} року {dl(acted, 'en').split(' ')[0]} числа зроблено актовий "
         f"запис № {act_no(person, 'ukr-b', 10, 2999)}", f=DVS, pt=9.4)
    y += 14
    tx(sh, x0 + 10, y, "Місце державної реєстрації", f=DVS, pt=8, c=GREY)
    tx(sh, x0 + 10, y + 4, f"Відділ державної реєстрації актів цивільного стану, м. {to_ukr(person.birth_place)}",
       f=DVS_B, pt=fitpt("x" * 60, W - 20, DVS_B, 9))
    y += 14
    tx(sh, x0 + 10, y, f"Дата видачі  {dn(issued, '.')}", f=DVS, pt=9.5)
    tx(sh, x0 + 90, y + 8, "Керівник", f=DVS, pt=9)
    autograph(sh, x0 + 104, y + 2, rng, w=28, h=9, c=PEN_BLUE)
    inkstamp(sh, x0 + 50, y + 2, ["ВІДДІЛ ДРАЦС", to_ukr(person.birth_place).upper(), "УКРАЇНА"], rng, c=ST_BLUE,
             mm=26)
    tx(sh, x0 + W / 2, y0 + H - 9, f"Серія І-{rng.choice(['ЖС', 'КИ', 'ХА', 'ОД', 'ДП'])}  № {digits(rng, 6)}",
       f=DVS_B, pt=10, a="center", c=(180, 30, 40))
    return [tilted(sh, rng.choice([-1.6, -1.1, 1.2, 1.7]))]


def birth_bel(person: Person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Extract of a Belgian birth act from the central civil-status database (DABS/BAEC) printed at a commune's
    counter: the commune's name and logo bar at the top left, the act reference 'Akte nr. / Acte n°' in a grey box
    at the top right, the data as label/value lines in two blocks ('Kind / Enfant' and 'Ouders / Parents'), the
    print date and the line that the extract is issued electronically at the foot with a QR code; Dutch or
    French by the commune; stapled top left."""
    issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(10, 300)))
    acted = act_date or (person.birth_date + datetime.timedelta(days=rng.randint(2, 12)))
    fa, mo = _parents(person, father, mother)
    bp = person.birth_place
    fr = bp in ("Bruxelles", "Schaerbeek", "Anderlecht", "Liège", "Charleroi", "Namur", "Molenbeek-Saint-Jean")
    sh = Sheet()
    band(sh, 16, 12, 3, 14, (0, 100, 150) if fr else (200, 120, 0))
    tx(sh, 22, 12, (f"Commune de {bp}" if fr else f"Gemeente {bp}"), f=CR_B, pt=13)
    tx(sh, 22, 19, "Service Population - État civil" if fr else "Dienst Burgerzaken - Burgerlijke stand", f=CR,
       pt=9, c=GREY)
    ref = f"{acted.year}/{act_no(person, 'bel-b', 100, 9999)}"
    band(sh, 140, 12, 54, 14, (234, 234, 234))
    tx(sh, 143, 14, "Acte n°" if fr else "Akte nr.", f=CR, pt=8, c=GREY)
    tx(sh, 143, 18.5, ref, f=CR_B, pt=11)
    tx(sh, 16, 40, "EXTRAIT D'ACTE DE NAISSANCE" if fr else "UITTREKSEL UIT DE GEBOORTEAKTE", f=CR_B, pt=14)
    y = 54.0
    blocks = [("Enfant" if fr else "Kind", [("Nom" if fr else "Naam", person.surname),
                                             ("Prénom(s)" if fr else "Voornamen", person.given_names),
                                             ("Sexe" if fr else "Geslacht", ("masculin" if person.sex == "M" else
                                                                           "féminin") if fr else
                                              ("mannelijk" if person.sex == "M" else "vrouwelijk")),
                                             ("Date de naissance" if fr else "Geboortedatum", dl(person.birth_date,
                                                                                             "fr" if fr else "nl")),
                                             ("Lieu de naissance" if fr else "Geboorteplaats", bp)]),
              ("Parents" if fr else "Ouders", [("Père" if fr else "Vader", fa), ("Mère" if fr else "Moeder", mo)])]
    for head, rows in blocks:
        tx(sh, 16, y, head, f=CR_B, pt=11, c=(0, 100, 150) if fr else (200, 120, 0))
        hline(sh, 16, 194, y + 5.5, lw=0.3)
        y += 9
        for a, v in rows:
            tx(sh, 20, y, a, f=CR, pt=10, c=GREY)
            tx(sh, 76, y, v, f=CR_B, pt=10.5)
            y += 7
        y += 6
    tx(sh, 16, y + 2, (f"Acte dressé le {dl(acted, 'fr')}" if fr else f"Akte opgemaakt op {dl(acted, 'nl')}"), f=CR,
       pt=10)
    qr(sh, 16, 236, 26, ref + bp)
    para(sh, 48, 238, 146, (f"Extrait délivré le {dn(issued, '/')} par la banque de données des actes de l'état civil "
                            f"(BAEC). Document signé électroniquement par l'officier de l'état civil.") if fr else
         (f"Uittreksel afgeleverd op {dn(issued, '/')} uit de databank van de akten van de burgerlijke stand (DABS). "
          f"Document elektronisch ondertekend door de ambtenaar van de burgerlijke stand."), f=CR_I, pt=8.8, c=GREY)
    staple(sh, rng, "tl")
    return [sh]


for _fid, _c, _fn, _lang, _note in [
        ("birth-sen-extrait-registre-gestippelde-regels-hand-ingevuld-fiscale-zegel-45", "SEN", birth_sen, "fr",
         "Senegalese birth register extract, dotted lines filled in by hand, revenue stamp"),
        ("birth-npl-ward-office-tweetalig-genummerde-rijen-paperclip-45", "NPL", birth_npl, "en",
         "Nepalese ward office birth registration certificate, bilingual, paper clip"),
        ("birth-tur-dogum-belgesi-yabanci-uyruklu-raster-barcode-ezelsoor-rechtsonder-45", "TUR", birth_tur, "tr",
         "Turkish birth document for a foreign child, grid, e-signature line"),
        ("birth-ukr-svidotstvo-groen-formulier-rode-serie-scheef-45", "UKR", birth_ukr, "uk",
         "Ukrainian birth certificate on its green form, red series number"),
        ("birth-be-dabs-loketprint-twee-blokken-kind-ouders-qr-niet-45", "BEL", birth_bel, "nl",
         "Belgian birth act extract from the central database, two blocks, QR")]:
    _id._register(_fid, "birth-certificate", PART, _lang, _fn, country=_c, notes=_note)


def marriage_sen(person: Person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    """Senegalese 'Extrait du registre des actes de mariage' typed as running prose on ruled paper ('Le ..., a été
    célébré/constaté le mariage de ... avec ...'), the option chosen at the marriage (monogamie / polygamie
    limitée) and the regime named in the text, the spouses' names in spaced capitals; the officer's signature
    ABOVE his printed title at the end, the round stamp beside; the page folded in three."""
    sp = spouse
    md = marriage_date or (TODAY - datetime.timedelta(days=rng.randint(900, 6000)))
    issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(30, 300)))
    h, w = (person, sp) if person.sex == "M" else (sp, person)
    commune = rng.choice(["Dakar-Plateau", "Médina", "Pikine", "Thiès", "Kaolack", "Saint-Louis"])
    sh = Sheet()
    for yy in range(60, 250, 8):
        hline(sh, 16, 194, yy + 5, c=(210, 220, 235))
    tx(sh, 16, 14, "RÉPUBLIQUE DU SÉNÉGAL", f=TMS_B, pt=10)
    tx(sh, 16, 19, f"Centre d'état civil de {commune}", f=TMS, pt=9.4)
    tx(sh, 194, 14, f"Registre {md.year} - Acte n° {act_no(person, 'sen-m', 10, 999)}", f=TMS, pt=9.4, a="right")
    tx(sh, 105, 34, "EXTRAIT DU REGISTRE DES ACTES DE MARIAGE", f=TMS_B, pt=13, a="center", sp=0.3)

    def who(p):
        e = "e" if p.sex == "F" else ""
        return (f"{p.surname.upper()} {p.given_names}, né{e} le {dn(p.birth_date, '/')} à {p.birth_place}, "
                f"{'fils' if p.sex == 'M' else 'fille'} de {p.father or '-'} et de {p.mother or '-'}")

    body = (f"Le {fr_date_words(md)}, a été célébré par devant Nous, Officier de l'état civil du centre de "
            f"{commune}, le mariage de {who(h)}, avec {who(w)}. Les époux ont déclaré opter pour la "
            f"{rng.choice(['monogamie', 'polygamie limitée à deux épouses'])} et pour le régime de la "
            f"{rng.choice(['séparation des biens', 'communauté de participation aux meubles et acquêts'])}. Témoins : "
            f"{rng.choice(['Moustapha Diop', 'Awa Ndiaye', 'Cheikh Fall'])} et {rng.choice(['Fatou Sarr', 'Ibrahima Sow'])}.")
    y = para(sh, 18, 60, 174, body, f=TMS, pt=11, lead=2.05)
    y = para(sh, 18, y + 6, 174, f"Pour extrait conforme, {commune}, le {dl(issued, 'fr')}.", f=TMS, pt=11, lead=2.05)
    autograph(sh, 128, y + 4, rng, c=PEN_BLUE)
    tx(sh, 124, y + 20, "L'Officier de l'état civil", f=TMS_I, pt=10)
    inkstamp(sh, 84, y, ["ÉTAT CIVIL", commune.upper(), "SÉNÉGAL"], rng, c=ST_GREEN, mm=28)
    return [trifold(sh, rng)]


def marriage_bel(person: Person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    """Belgian marriage act extract from the central database, laid out as a table with three columns (caption,
    spouse A, spouse B), the date and place of the marriage in a shaded header row, the commune's name as a
    running head, bilingual captions 'Naam / Nom'; issued electronically (notice and reference at the foot);
    copied through a feeder with a slight grey cast."""
    sp = spouse
    md = marriage_date or (TODAY - datetime.timedelta(days=rng.randint(400, 2500)))
    issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(20, 200)))
    city = rng.choice(["Brussel / Bruxelles", "Antwerpen", "Gent", "Liège", "Charleroi", "Leuven"])
    sh = Sheet(paper="grey")
    tx(sh, 16, 14, city, f=AVG_B, pt=12)
    tx(sh, 16, 20, "Burgerlijke stand / État civil", f=AVG, pt=9, c=GREY)
    tx(sh, 16, 34, "UITTREKSEL HUWELIJKSAKTE / EXTRAIT D'ACTE DE MARIAGE", f=AVG_B, pt=12)
    band(sh, 16, 44, 178, 10, (220, 220, 220))
    tx(sh, 18, 46.5, f"Datum / Date: {dn(md, '.')}     Plaats / Lieu: {city}", f=AVG_B, pt=9.6)
    cols = [16, 70, 132]
    hdr = ["", "Echtgenoot A / Conjoint A", "Echtgenoot B / Conjoint B"]
    y = 58.0
    for x, t in zip(cols, hdr):
        tx(sh, x + 2, y, t, f=AVG_B, pt=8.8)
    y += 7
    for a, fa_, fb in [("Naam / Nom", person.surname.upper(), sp.surname.upper()),
                       ("Voornamen / Prénoms", person.given_names, sp.given_names),
                       ("Geboortedatum / Date de naissance", dn(person.birth_date, "."), dn(sp.birth_date, ".")),
                       ("Geboorteplaats / Lieu de naissance", person.birth_place, sp.birth_place),
                       ("Nationaliteit / Nationalité", natw(person, "fr"), natw(sp, "fr"))]:
        box(sh, 16, y, 54, 11, lw=0.2, c=SOFT)
        box(sh, 70, y, 62, 11, lw=0.2, c=SOFT)
        box(sh, 132, y, 62, 11, lw=0.2, c=SOFT)
        para(sh, 18, y + 1.2, 50, a, f=AVG, pt=7.6, lead=1.2, c=GREY)
        tx(sh, 72, y + 3.2, fa_, f=AVG_B, pt=fitpt(fa_, 58, AVG_B, 9.6))
        tx(sh, 134, y + 3.2, fb, f=AVG_B, pt=fitpt(fb, 58, AVG_B, 9.6))
        y += 11
    ref = f"{md.year}{act_no(person, 'bel-m', 100000, 999999)}"
    para(sh, 16, y + 10, 178, f"Afgeleverd op / Délivré le {dn(issued, '.')} - referentie / référence {ref}. "
         "Elektronisch ondertekend / Signé électroniquement (DABS/BAEC).", f=AVG, pt=8.6, c=GREY)
    qr(sh, 168, y + 24, 24, ref)
    return [sh]


_id._register("marriage-sen-proza-gelinieerd-papier-optie-monogamie-in-drieen-gevouwen-45", "marriage-certificate",
              PART, "fr", marriage_sen, country="SEN", notes="Senegalese marriage extract as prose on ruled paper")
_id._register("marriage-be-dabs-driekolommentabel-tweetalige-bijschriften-grijs-45", "marriage-certificate", PART,
              "nl/fr", marriage_bel, country="BEL", notes="Belgian marriage extract as a three-column bilingual table")


# =========================================================================== nationality certificates

def nationality_sen(person: Person, rng, *, issue_date=None, **opts):
    """Senegalese 'Certificat de nationalité sénégalaise' of a tribunal d'instance: the court's heading centred,
    a number at the LEFT margin, the certificate in the clerk-in-chief's voice ('Nous, ..., Président du Tribunal
    d'instance ..., certifions ...') in Times, the holder's data in a framed box, the legal article cited; the
    president's signature at the right with the court's stamp across it; a revenue stamp at the top right."""
    issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(40, 1100)))
    court = rng.choice(["Dakar", "Pikine-Guédiawaye", "Thiès", "Kaolack", "Saint-Louis"])
    sh = Sheet()
    tx(sh, 105, 14, "RÉPUBLIQUE DU SÉNÉGAL", f=TMS_B, pt=11, a="center")
    tx(sh, 105, 19.5, "MINISTÈRE DE LA JUSTICE", f=TMS, pt=9.5, a="center")
    tx(sh, 105, 24.5, f"TRIBUNAL D'INSTANCE HORS CLASSE DE {court.upper()}", f=TMS_B, pt=9.5, a="center")
    tx(sh, 16, 38, f"N° {act_no(person, 'sen-cn', 100, 9999)}/{issued.year}", f=TMS, pt=10)
    band(sh, 166, 10, 26, 30, (240, 228, 220))
    box(sh, 168, 12, 22, 26, lw=0.3, c=(150, 60, 40))
    tx(sh, 179, 15, "TIMBRE", f=HLV_B, pt=6.5, a="center", c=(150, 60, 40))
    tx(sh, 179, 25, "1 000 F", f=HLV_B, pt=8, a="center", c=(150, 60, 40))
    autograph(sh, 164, 18, rng, w=30, h=12, c=PEN_BLACK, style="zigzag")
    tx(sh, 105, 52, "CERTIFICAT DE NATIONALITÉ SÉNÉGALAISE", f=TMS_B, pt=14, a="center")
    judge = rng.choice(["Mamadou Lamine DIOUF", "Aïssatou SECK", "Ousmane Ndiaye GUEYE", "Khady BA"])
    y = para(sh, 20, 66, 170, f"Nous, {judge}, Président du Tribunal d'instance de {court}, vu le Code de la "
             f"nationalité sénégalaise, notamment en son article 5, et les pièces produites, certifions que :",
             f=TMS, pt=11, lead=1.5) + 4
    box(sh, 26, y, 158, 46, lw=0.4)
    e = "e" if person.sex == "F" else ""
    yy = y + 4
    for a, v in [("Nom", person.surname.upper()), ("Prénom(s)", person.given_names),
                 (f"Né{e} le", dl(person.birth_date, "fr")), ("à", f"{person.birth_place} (Sénégal)"),
                 ("Filiation", f"{person.father or '-'} et {person.mother or '-'}")]:
        tx(sh, 30, yy, a, f=TMS_I, pt=10.5)
        tx(sh, 66, yy, v, f=TMS_B, pt=fitpt(v, 114, TMS_B, 11))
        yy += 8
    y = para(sh, 20, y + 54, 170, f"est de nationalité sénégalaise comme né{e} au Sénégal d'un ascendant au premier "
             f"degré qui lui-même y est né. En foi de quoi le présent certificat est délivré pour servir et valoir ce "
             f"que de droit.", f=TMS, pt=11, lead=1.5) + 8
    tx(sh, 20, y, f"{court}, le {dl(issued, 'fr')}", f=TMS, pt=11)
    tx(sh, 130, y + 10, "Le Président", f=TMS_B, pt=11)
    autograph(sh, 126, y + 16, rng, c=PEN_BLUE)
    inkstamp(sh, 118, y + 10, ["TRIBUNAL D'INSTANCE", court.upper(), "LE PRÉSIDENT"], rng, c=ST_BLUE, mm=32)
    return [sh]


def nationality_npl(person: Person, rng, *, issue_date=None, **opts):
    """The English side of the Nepalese citizenship certificate ('Certificate of Nepalese Citizenship by
    Descent') issued by a District Administration Office: certificate number and district in a row of three boxes
    at the top, the holder's data as numbered lines with dotted leaders, the father's and mother's names and their
    citizenship, the issuing officer's designation under his signature at the lower right and the office's round
    stamp; the small holder's photo at the top left with the stamp's edge over it is part of the form; copied
    through a fax at the lawyer's office."""
    issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(400, 6000)))
    district = person.birth_place if person.birth_place in ("Kathmandu", "Lalitpur", "Pokhara") else \
        rng.choice(["Kathmandu", "Kaski", "Morang", "Rupandehi", "Chitwan"])
    cno = f"{rng.randint(10, 77)}-{rng.randint(1, 9):02d}-{rng.randint(70, 82)}-{digits(rng, 5)}"
    sh = Sheet()
    tx(sh, 105, 14, "GOVERNMENT OF NEPAL", f=TMS_B, pt=12, a="center")
    tx(sh, 105, 20, f"District Administration Office, {district}", f=TMS, pt=10, a="center")
    tx(sh, 105, 30, "CERTIFICATE OF NEPALESE CITIZENSHIP", f=TMS_B, pt=13.5, a="center")
    tx(sh, 105, 36, "(by descent)", f=TMS_I, pt=10, a="center")
    for i, (a, v) in enumerate([("Citizenship Cert. No.", cno), ("District", district.upper()),
                                ("Date of Issue", dn(issued, "/"))]):
        box(sh, 48 + i * 50, 44, 48, 13, lw=0.3)
        tx(sh, 50 + i * 50, 45.5, a, f=TMS, pt=8, c=GREY)
        tx(sh, 50 + i * 50, 50, v, f=TMS_B, pt=fitpt(v, 44, TMS_B, 10))
    sh.photo(16, 42, 26, 32, rng)
    rows = [("Full Name", f"{person.given_names} {person.surname}".upper()), ("Sex", "Male" if person.sex == "M"
                                                                               else "Female"),
            ("Date of Birth", dn(person.birth_date, "/")), ("Place of Birth", f"{person.birth_place}, Nepal"),
            ("Permanent Address", f"{district}, Ward No. {rng.randint(1, 30)}"),
            ("Father's Name, Address and Citizenship", f"{person.father or '-'}, {district}, Nepali"),
            ("Mother's Name, Address and Citizenship", f"{person.mother or '-'}, {district}, Nepali")]
    y = 86.0
    for i, (a, v) in enumerate(rows, 1):
        lab = f"{i}. {a}"
        tx(sh, 18, y, lab, f=TMS, pt=10.5)
        x1 = 18 + tw(lab, TMS, 10.5) + 2
        hline(sh, x1, 100, y + 4.2, c=SOFT, dash=0.4)
        tx(sh, 102, y, v, f=TMS_B, pt=fitpt(v, 92, TMS_B, 10.5))
        y += 10
    para(sh, 18, y + 4, 176, "It is hereby certified that the person described above is a citizen of Nepal by "
         "descent under the Nepal Citizenship Act, 2063.", f=TMS_I, pt=10)
    autograph(sh, 140, y + 18, rng, c=PEN_NAVY, w=34)
    tx(sh, 138, y + 32, "Chief District Officer", f=TMS_B, pt=10)
    inkstamp(sh, 36, 60, ["DISTRICT ADMINISTRATION OFFICE", district.upper(), "NEPAL"], rng, c=ST_VIOLET, mm=24)
    inkstamp(sh, 100, y + 16, ["DISTRICT ADMINISTRATION OFFICE", district.upper(), "NEPAL"], rng, c=ST_VIOLET, mm=28)
    hdr = (f"{dn(TODAY - datetime.timedelta(days=rng.randint(10, 60)), '/', yy=True)} {rng.randint(8, 17):02d}:"
           f"{rng.randint(0, 59):02d}  FROM +977 1 44{digits(rng, 5)}  TO LAW OFFICE  P.01")
    return [faxed(sh, hdr)]


_id._register("nationality-sen-tribunal-instance-kader-gegevens-fiscale-zegel-rechtsboven-45",
              "nationality-certificate", PART, "fr", nationality_sen, country="SEN",
              notes="Senegalese certificate of nationality, data in a framed box, revenue stamp")
_id._register("nationality-npl-dao-citizenship-by-descent-stippelleiders-gefaxt-45", "nationality-certificate",
              PART, "en", nationality_npl, country="NPL",
              notes="Nepalese citizenship certificate (English side), dotted leaders, faxed")


# =========================================================================== consular identity certificates

def idcert_sen(person: Person, rng, *, issue_date=None, declarative=False, **opts):
    """'Certificat d'identité' of the Consulate General of Senegal in Brussels: a green-yellow-red rule under the
    letterhead, the photo glued at the LEFT under the title with the consulate's dry seal half over it, the
    holder's data as a colon-aligned list to the right of the photo, then the basis of the certificate (documents
    checked against the consular register, or only the holder's statements) and the consul's signature BESIDE the
    label 'Le Consul Général' on the same line; the copy lies on a duvet (phone photo)."""
    issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(20, 400)))
    sh = Sheet()
    crest(sh, 16, 10, 14, rng, "tree", c=(0, 110, 60))
    tx(sh, 34, 11, "RÉPUBLIQUE DU SÉNÉGAL", f=PLT_B, pt=11)
    tx(sh, 34, 16.5, "Consulat Général du Sénégal à Bruxelles", f=PLT, pt=9.4)
    tx(sh, 34, 21, "Avenue Franklin Roosevelt 196, 1050 Bruxelles", f=PLT, pt=8, c=GREY)
    for i, col in enumerate([(0, 133, 63), (253, 220, 40), (227, 27, 35)]):
        band(sh, 16 + i * 59.3, 28, 59.3, 1.4, col)
    tx(sh, 105, 40, "CERTIFICAT D'IDENTITÉ", f=PLT_B, pt=15, a="center")
    tx(sh, 105, 47, f"N° {act_no(person, 'sen-ic', 100, 999)}/CGSB/{issued.year}", f=PLT, pt=9.5, a="center")
    sh.photo(18, 58, 32, 40, rng)
    inkstamp(sh, 34, 84, ["CONSULAT GÉNÉRAL", "DU SÉNÉGAL", "BRUXELLES"], rng, c=(150, 150, 150), mm=22)
    e = "e" if person.sex == "F" else ""
    y = 60.0
    for a, v in [("Nom", person.surname.upper()), ("Prénom(s)", person.given_names), (f"Né{e} le",
                                                                                       dn(person.birth_date, "/")),
                 ("à", f"{person.birth_place} (Sénégal)"), ("Nationalité", "sénégalaise"),
                 ("Profession", rng.choice(["commerçant" + e, "sans profession", "couturier" if not e else "couturière",
                                            "étudiant" + e]))]:
        tx(sh, 58, y, a, f=PLT, pt=10.5)
        tx(sh, 92, y, ":", f=PLT, pt=10.5)
        tx(sh, 96, y, v, f=PLT_B, pt=fitpt(v, 96, PLT_B, 10.5))
        y += 7
    basis = ("Le présent certificat est établi sur la base des seules déclarations de l'intéressé" + e +
             ", aucune pièce d'état civil ni d'identité n'ayant été présentée." if declarative else
             "Le présent certificat est établi au vu de l'extrait d'acte de naissance et du dossier d'immatriculation "
             f"de l'intéressé{e} au registre consulaire, dont les données ont été vérifiées.")
    y = para(sh, 18, 112, 174, basis + " Il est délivré pour servir et valoir ce que de droit.", f=PLT, pt=10.5,
             lead=1.5) + 8
    tx(sh, 18, y, f"Fait à Bruxelles, le {dl(issued, 'fr')}", f=PLT, pt=10.5)
    tx(sh, 100, y + 14, "Le Consul Général :", f=PLT_B, pt=10.5)
    autograph(sh, 142, y + 8, rng, c=PEN_BLUE)
    inkstamp(sh, 140, y + 20, ["CONSULAT GÉNÉRAL DU SÉNÉGAL", "BRUXELLES", "LE CONSUL"], rng, c=ST_GREEN, mm=28)
    return [duvet_photo(sh, rng)]


def idcert_npl(person: Person, rng, *, issue_date=None, declarative=False, **opts):
    """'Identity Certificate' of the Embassy of Nepal in Brussels (English): a red double rule and the embassy's
    name at the top RIGHT, the reference and date on the left, the photo at the top right under the rule with the
    embassy stamp across its corner, the text 'This is to certify that ...' in one paragraph naming the holder,
    birth date, place and citizenship, the basis in a second paragraph, the signature at the end ABOVE the typed
    name and title 'Counsellor / Head of Chancery'; a staple at the top left."""
    issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(20, 400)))
    sh = Sheet()
    tx(sh, 194, 12, "Embassy of Nepal", f=CD_B, pt=13, a="right", c=(150, 20, 40))
    tx(sh, 194, 18.5, "Avenue Brugmann 210, 1050 Brussels", f=CD, pt=8.6, a="right", c=GREY)
    hline(sh, 16, 194, 24, lw=0.6, c=(150, 20, 40))
    hline(sh, 16, 194, 25.4, lw=0.2, c=(150, 20, 40))
    tx(sh, 16, 32, f"Ref.: EON/BRU/CONS/{act_no(person, 'npl-ic', 100, 999)}", f=CD, pt=9.4)
    tx(sh, 16, 37.5, f"Date: {dl(issued, 'en')}", f=CD, pt=9.4)
    sh.photo(158, 32, 30, 38, rng)
    inkstamp(sh, 144, 56, ["EMBASSY OF NEPAL", "BRUSSELS"], rng, c=ST_BLUE, mm=22)
    tx(sh, 84, 82, "IDENTITY CERTIFICATE", f=CD_B, pt=15, a="center", sp=0.6)
    pro = "her" if person.sex == "F" else "his"
    y = para(sh, 18, 96, 174, f"This is to certify that {'Ms.' if person.sex == 'F' else 'Mr.'} "
             f"{person.given_names} {person.surname.upper()}, whose photograph is affixed above, was born on "
             f"{dl(person.birth_date, 'en')} in {person.birth_place}, Nepal, and is a citizen of Nepal.", f=CD, pt=11,
             lead=1.55) + 5
    basis = (f"This certificate has been issued solely on the basis of the statements of the holder, who has not "
             f"produced any identity or civil-registration document." if declarative else
             f"This certificate has been issued on the basis of {pro} citizenship certificate and birth registration "
             f"certificate, which were verified with the Department of National ID and Civil Registration.")
    y = para(sh, 18, y, 174, basis + " It is issued upon request for official purposes.", f=CD, pt=11, lead=1.55) + 14
    autograph(sh, 20, y, rng, c=PEN_BLACK)
    tx(sh, 18, y + 16, rng.choice(["Bishnu Prasad Adhikari", "Sarita Shrestha", "Rajan Kumar Thapa"]), f=CD_B, pt=10.5)
    tx(sh, 18, y + 21, "Counsellor / Head of Chancery", f=CD_I, pt=10)
    staple(sh, rng, "tl")
    return [sh]


_id._register("idcert-sen-consulaat-brussel-foto-links-dubbelepunt-lijst-handtekening-naast-label-dekbed-45",
              "identity-certificate", PART, "fr", idcert_sen, country="SEN", photo=True,
              notes="Senegalese consulate identity certificate, photo left, colon list, phone photo")
_id._register("idcert-npl-ambassade-rode-dubbele-lijn-this-is-to-certify-nietje-45", "identity-certificate", PART,
              "en", idcert_npl, country="NPL", photo=True,
              notes="Nepalese embassy identity certificate in English prose, stapled")


# =========================================================================== driving licence

def licence_sen(person: Person, rng, *, issue_date=None, expiry_date=None, **opts):
    """Senegalese biometric driving licence (permis de conduire, card format, French): front with the numbered EU-
    style fields 1. to 9. without nationality, back with the category table (A, B, C...) and their dates; both
    sides at the top of the sheet one next to the other, copied on grey paper with the lid half open."""
    issue, expiry = dates(rng, issue_date, expiry_date, 10, (100, 2500))
    number = f"SN-{digits(rng, 2)}-{digits(rng, 7)}"
    sh = Sheet(paper="grey")
    W, H = 85.6 * 1.05, 54 * 1.05
    xf, xb, y0 = 12.0, 12.0 + W + 8, 24.0
    for x in (xf, xb):
        sh.image(x, y0, W, H, waves(85.6, 54, rng, (244, 236, 240), (226, 204, 214), k=10))
        box(sh, x, y0, W, H, lw=0.3, c=(110, 80, 90))
    sh._doc_box = (xf, y0, 2 * W + 8, H)
    tx(sh, xf + 3, y0 + 2, "RÉPUBLIQUE DU SÉNÉGAL", f=HLV_B, pt=6.4)
    tx(sh, xf + 3, y0 + 5.2, "PERMIS DE CONDUIRE", f=HLV_B, pt=7.2, c=(150, 20, 40))
    sh.photo(xf + 3, y0 + 11, 22, 29, rng)
    y = y0 + 10.5
    for a, v in [("1.", person.surname.upper()), ("2.", person.given_names.upper()),
                 ("3.", f"{dn(person.birth_date, '.')}  {person.birth_place.upper()}"), ("4a.", dn(issue, ".")),
                 ("4b.", dn(expiry, ".")), ("4c.", "MITTD - DAKAR"), ("5.", number), ("9.", "A1 B")]:
        tx(sh, xf + 28, y, a, f=HLV, pt=5.2, c=GREY)
        tx(sh, xf + 34, y - 0.2, v, f=HLV_B, pt=fitpt(v, W - 37, HLV_B, 6.2))
        y += 4.5
    autograph(sh, xf + 4, y0 + H - 11, rng, w=20, h=6, c=PEN_BLACK)
    y = y0 + 4
    tx(sh, xb + 3, y, "9.   10.         11.", f=HLV, pt=5, c=GREY)
    for cat, on in [("A1", True), ("A", False), ("B", True), ("C", False), ("D", False), ("E", False)]:
        y += 5.2
        box(sh, xb + 3, y - 1, W - 6, 5.2, lw=0.15, c=SOFT)
        tx(sh, xb + 5, y, cat, f=HLV_B, pt=6.4)
        if on:
            tx(sh, xb + 16, y, dn(issue, "."), f=HLV, pt=6)
            tx(sh, xb + 40, y, dn(expiry, "."), f=HLV, pt=6)
    return [lid_open(sh, rng)]


_id._register("licence-sen-kaartmodel-velden-1-9-categorietabel-grijs-deksel-halfopen-45", "driving-licence", PART,
              "fr", licence_sen, country="SEN", photo=True,
              notes="Senegalese card driving licence, both sides, no nationality field")


# =========================================================================== sworn translations

_SRC = {"tr": dict(fr="turc", nl="het Turks", doc_fr="Doğum Belgesi (document de naissance)",
                   doc_nl="Doğum Belgesi (geboortebewijs)", auth_fr="Direction de la population du district ({p})",
                   auth_nl="Bevolkingsdirectoraat van het district {p}"),
        "uk": dict(fr="ukrainien", nl="het Oekraïens", doc_fr="Svidotstvo pro narodzhennia (acte de naissance)",
                   doc_nl="Svidotstvo pro narodzhennia (geboorteakte)",
                   auth_fr="Service d'enregistrement de l'état civil, {p}",
                   auth_nl="Afdeling registratie burgerlijke stand, {p}"),
        "sq": dict(fr="albanais", nl="het Albanees", doc_fr="Certifikatë lindjeje (acte de naissance)",
                   doc_nl="Certifikatë lindjeje (geboorteakte)", auth_fr="Office de l'état civil de {p}",
                   auth_nl="Bureau burgerlijke stand {p}")}


def _facts(person: Person, lang: str, father=None, mother=None) -> list[tuple[str, str]]:
    fa, mo = _parents(person, father, mother)
    if lang == "fr":
        return [("Nom", person.surname.upper()), ("Prénom(s)", person.given_names),
                ("Sexe", "masculin" if person.sex == "M" else "féminin"),
                ("Date de naissance", dn(person.birth_date, "/")),
                ("Lieu de naissance", f"{person.birth_place} ({person.birth_country})"),
                ("Nationalité", natw(person, "fr")), ("Père", fa), ("Mère", mo)]
    return [("Naam", person.surname.upper()), ("Voornamen", person.given_names),
            ("Geslacht", "mannelijk" if person.sex == "M" else "vrouwelijk"),
            ("Geboortedatum", dn(person.birth_date, "-")), ("Geboorteplaats", f"{person.birth_place} "
                                                                                f"({person.birth_country})"),
            ("Nationaliteit", {"SEN": "Senegalees", "NPL": "Nepalees", "ALB": "Albanees", "UKR": "Oekraïens",
                               "LKA": "Sri Lankaans", "SUR": "Surinaams"}.get(person.nationality,
                                                                              person.nationality)),
            ("Vader", fa), ("Moeder", mo)]


def translation_be(person: Person, rng, *, issue_date=None, of_type="birth-certificate", source_lang="tr",
                   father=None, mother=None, **opts):
    """French translation by a translator sworn at the court of first instance of Liège or Namur: the translator's
    name and oath line in a bordered header box, 'Traduction certifiée conforme de l'original rédigé en ...' under
    it, the document rendered as a bulleted list of its entries with the original's seals described in square
    brackets, then the certification paragraph and the répertoire number; the translator's rectangular stamp AT
    THE END with the signature written over it (no label)."""
    src = _SRC.get(source_lang, _SRC["tr"])
    issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(8, 80)))
    tr = rng.choice([("Élodie", "Marchal", "Liège"), ("Kemal", "Doğan", "Liège"), ("Anne-Sophie", "Renard", "Namur"),
                     ("Oleksandra", "Petit", "Namur")])
    sh = Sheet()
    box(sh, 16, 12, 178, 22, lw=0.5)
    tx(sh, 20, 15, f"{tr[0]} {tr[1].upper()}", f=SCH_B, pt=12)
    tx(sh, 20, 21.5, f"Traducteur-juré près le Tribunal de première instance de {tr[2]}", f=SCH_I, pt=9)
    tx(sh, 20, 26.5, f"{src['fr']} - français · inscrit au registre national des traducteurs jurés", f=SCH, pt=8.4,
       c=GREY)
    tx(sh, 105, 46, f"TRADUCTION CERTIFIÉE CONFORME DE L'ORIGINAL RÉDIGÉ EN {src['fr'].upper()}", f=SCH_B, pt=10.5,
       a="center")
    tx(sh, 105, 52, f"Document : {src['doc_fr']}", f=SCH_I, pt=9.5, a="center")
    y = 64.0
    tx(sh, 20, y, f"[Armoiries] - {src['auth_fr'].format(p=person.birth_place)}", f=SCH, pt=10)
    y += 9
    for a, v in _facts(person, "fr", father, mother):
        tx(sh, 22, y, "•", f=SCH, pt=10)
        tx(sh, 28, y, f"{a} :", f=SCH, pt=10.5)
        tx(sh, 76, y, v, f=SCH_B, pt=fitpt(v, 114, SCH_B, 10.5))
        y += 7
    y = para(sh, 20, y + 4, 172, "[Cachet rond de l'autorité émettrice] [Signature illisible] [Mention : conforme au "
             "registre]", f=SCH_I, pt=9.6) + 8
    y = para(sh, 20, y, 172, f"Je soussigné{'e' if tr[0] in ('Élodie', 'Anne-Sophie', 'Oleksandra') else ''}, "
             f"traducteur-juré, certifie que la traduction qui précède est complète et conforme au document original "
             f"rédigé en {src['fr']} qui m'a été présenté.", f=SCH, pt=10.5, lead=1.45) + 4
    tx(sh, 20, y, f"{tr[2]}, le {dl(issued, 'fr')} - Répertoire n° {issued.year}/{rng.randint(100, 2400)}", f=SCH,
       pt=10.5)
    inkstamp(sh, 120, y + 8, [f"{tr[0]} {tr[1]}".upper(), "TRADUCTEUR JURÉ", tr[2].upper()], rng, shape="rect",
             c=ST_VIOLET, mm=44)
    autograph(sh, 126, y + 10, rng, c=PEN_BLUE)
    return [sh]


def translation_nl(person: Person, rng, *, issue_date=None, of_type="birth-certificate", source_lang="tr",
                   father=None, mother=None, **opts):
    """Dutch sworn translation by an Rbtv-registered translator, laid out as a memo: 'VERTALING' in large grey
    letters at the top RIGHT, the translator's name, Rbtv number and city in a left-hand column set off by a thin
    vertical rule, the translated entries as 'label ..... value' lines with dotted leaders, the translator's
    statement in italics and the signature BELOW the label 'handtekening vertaler', the round Rbtv stamp over the
    statement's last line."""
    src = _SRC.get(source_lang, _SRC["tr"])
    issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(8, 80)))
    tr = rng.choice([("Oksana", "de Wit", "Utrecht"), ("Hüseyin", "Bakker", "Rotterdam"), ("Marloes", "Veenstra",
                                                                                            "Groningen"),
                     ("Dmytro", "Smit", "Den Haag")])
    rbtv = rng.randint(10000, 99999)
    sh = Sheet()
    tx(sh, 194, 12, "VERTALING", f=HLV_B, pt=22, a="right", c=(170, 170, 176))
    sh.rule(62, 40, 62, 250, width_mm=0.3, color=SOFT)
    for i, s in enumerate([f"{tr[0]} {tr[1]}", "beëdigd vertaler", f"{src['nl'].replace('het ', '')} - Nederlands",
                           f"Rbtv-nr. {rbtv}", tr[2]]):
        tx(sh, 16, 42 + i * 5, s, f=HLV_B if i == 0 else HLV, pt=9 if i == 0 else 8.2, c=INK if i == 0 else GREY)
    tx(sh, 68, 42, f"Vertaling uit {src['nl']} van: {src['doc_nl']}", f=HLV_B, pt=10)
    tx(sh, 68, 49, src["auth_nl"].format(p=person.birth_place), f=HLV, pt=9.4, c=GREY)
    y = 62.0
    for a, v in _facts(person, "nl", father, mother):
        tx(sh, 68, y, a, f=HLV, pt=10)
        x1 = 68 + tw(a, HLV, 10) + 1.5
        hline(sh, x1, 118, y + 3.8, c=SOFT, dash=0.4)
        tx(sh, 120, y, v, f=HLV_B, pt=fitpt(v, 72, HLV_B, 10))
        y += 8
    y = para(sh, 68, y + 4, 124, "[stempel en handtekening van de afgevende instantie]", f=HLV_I, pt=9.4) + 10
    y = para(sh, 68, y, 124, f"Ondergetekende, {tr[0]} {tr[1]}, beëdigd vertaler ingeschreven in het Register "
             f"beëdigde tolken en vertalers onder nummer {rbtv}, verklaart dat deze vertaling naar waarheid en "
             f"volledig is opgemaakt.", f=HLV_I, pt=9.6, lead=1.45) + 4
    tx(sh, 68, y, f"{tr[2]}, {dl(issued, 'nl')}", f=HLV, pt=9.6)
    tx(sh, 68, y + 8, "handtekening vertaler", f=HLV, pt=8, c=GREY)
    autograph(sh, 70, y + 12, rng, c=PEN_BLACK)
    inkstamp(sh, 130, y - 14, ["BEËDIGD VERTALER", f"{tr[0][0]}. {tr[1].upper()}", f"RBTV {rbtv}"], rng, c=ST_BLUE,
             mm=30)
    return [sh]


_id._register("translation-be-traducteur-jure-luik-namen-kaderkop-opsommingstekens-stempel-met-handtekening-45",
              "translation", PART, "fr", translation_be, country="BEL",
              notes="Belgian sworn translation into French, bulleted entries, stamp at the end")
_id._register("translation-nl-rbtv-memo-linkerkolom-stippelleiders-ronde-stempel-45", "translation", PART, "nl",
              translation_nl, country="NLD", notes="Dutch sworn translation laid out as a memo with a left column")
