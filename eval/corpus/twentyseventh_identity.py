"""Identity and civil-status families of the `twentyseventh` part (registered in identity.FAMILIES).

Written after dev, heldout and the parts fresh to twentysixth had been read, by a writer who saw neither the
validator nor its output.  Passports of the Republic of the Congo and of Niger whose data page (the photo at the left,
each French caption followed by its English one in italics, the number printed in red) was copied with the
observations page above it in the copier's photo mode: a moiré of broad bands over the page, the sheet shifted so a
strip of the left margin is lost and the scanner's dark edge shows at the right.  Passports of Vietnam, Türkiye and
Suriname (captions numbered, national language over English, the Vietnamese names with their diacritics) photographed
with a phone and pasted into a word-processor page under a typed caption, printed with the page footer.  Vietnam's
chip citizen identity card (CCCD, TD1) photographed front and back on a tablecloth, printed one photo above the other
with the camera's orange date imprint.  A Dutch residence document copied front above back, the back lying head-down
on the glass.  Birth acts of Brazzaville (a pre-printed form typed in capitals, every label inside its table cell)
and Niamey (the civil-status centre's computer print with a ruled two-column table), a Turkish registry's birth
record whose two sides were reduced onto one A4, the Belgian communes' extracts of birth and marriage under a crest
taking the top third of the page, electronically signed.  Certificates of nationality of Brazzaville's high court
(typed in capitals, the red stamp over the signature) and of Niamey's (a form with the labels in cells and two
stamps).  Identity certificates of the embassies of the Congo, Niger and Vietnam in Brussels (the Vietnamese one in
Vietnamese and French side by side).  Marriage acts of the Congo and Niger.  Sworn translations from Tournai (into
French, the letterhead's logo taking the top third, an electronic signature) and Haarlem (into Dutch, translator's
notes as footnotes, the blue stamp over the signature).

Helpers for this part's copy habits (moiré, margins lost at an edge, two pages on one sheet, electronic signature
blocks, letterheads taking a third of the page, web prints, dates with abbreviated or Roman months) are shared with
twentyseventh_be9ter and twentyseventh_ind.
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

PART = "twentyseventh"
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


# --------------------------------------------------------------------------- passports, layout A: COG, NER

_PA = {
    "COG": dict(state="RÉPUBLIQUE DU CONGO", motto="Unité – Travail – Progrès", col=(0, 105, 70),
                nat="CONGOLAISE", auth="DGST BRAZZAVILLE", pre="OA", years=5,
                df=lambda d: f"{d.day:02d}/{d.month:02d}/{d.year}"),
    "NER": dict(state="RÉPUBLIQUE DU NIGER", motto="Fraternité – Travail – Progrès", col=(210, 110, 20),
                nat="NIGERIENNE", auth="DST NIAMEY", pre="", years=5,
                df=lambda d: f"{d.day:02d} {_MON[d.month - 1]} {d.year}"),
}
_CAP_A = [("Type", "Type"), ("Code du pays", "Country code"), ("N° de passeport", "Passport No."), ("Nom", "Surname"),
          ("Prénoms", "Given names"), ("Nationalité", "Nationality"), ("Date de naissance", "Date of birth"),
          ("Sexe", "Sex"), ("Lieu de naissance", "Place of birth"), ("Date de délivrance", "Date of issue"),
          ("Date d'expiration", "Date of expiry"), ("Autorité", "Authority")]


def _cap_a(s: Sheet, x: float, y: float, i: int, col) -> None:
    fr, en = _CAP_A[i]
    w = s.text(x, y, fr, font="sans3", size_pt=3.6, color=col)
    s.text(x + w + 1.0, y, en, font="serif6", size_pt=3.6, italic=True, color=(110, 110, 110))


def _pp_lines(code, cfg, person, rng, issue_date, expiry_date, break_check, mrz_override, number):
    issue, expiry = _dates(rng, issue_date, expiry_date, cfg["years"])
    number = number or (cfg["pre"] + _digits(rng, 9 - len(cfg["pre"])))
    md = _mrz_data(person, mrz_override)
    lines = M.td3(issuing=code, surname=md["surname"], given=md["given_names"], number=md.get("number", number[-9:]),
                  nationality=md["nationality"], birth_date=md["birth_date"], sex=md["sex"], expiry=expiry,
                  break_check=break_check)
    return issue, expiry, number, lines


def _page_a(code, person, rng, number, issue, expiry, lines) -> Sheet:
    cfg = _PA[code]
    col = cfg["col"]
    s = Sheet(125, 88)
    s.rect(0, 0, 125, 88, width_mm=0, fill=(246, 244, 236))
    for k in range(-88, 125, 4):
        s.rule(k, 0, k + 88, 88, width_mm=0.06, color=(228, 224, 210))
    s.text(4, 2.5, cfg["state"], font="sans3", size_pt=6.8, bold=True, color=col)
    s.text(4, 6.3, "PASSEPORT · PASSPORT", font="sans3", size_pt=4.6, color=col)
    crest(s, 112, 1.5, 9, col, kind="star" if code == "NER" else "ring")
    s.photo(4, 14, 28, 36, rng)
    s.text(96, 8.2, number, font="sans3", size_pt=7.2, bold=True, color=(185, 30, 35))
    vals = ["P", code, number, person.surname.upper(), person.given_names.upper(), cfg["nat"],
            cfg["df"](person.birth_date), person.sex, strip_accents(person.birth_place).upper(), cfg["df"](issue),
            cfg["df"](expiry), cfg["auth"]]
    cells = [(36, 13, 0, 12), (50, 13, 1, 18), (72, 13, 2, 40), (36, 19.5, 3, 82), (36, 26, 4, 82),
             (36, 32.5, 5, 40), (80, 32.5, 7, 20), (36, 39, 6, 40), (80, 39, 8, 40), (36, 45.5, 9, 40),
             (80, 45.5, 10, 40), (36, 52, 11, 60)]
    for x, y, i, w in cells:
        _cap_a(s, x, y, i, col)
        s.text(x, y + 1.9, vals[i], font="sans3", size_pt=fit(vals[i], "sans3", 6.2, w, True), bold=True)
    s.signature(5, 52, 26, 8, rng, color=(20, 20, 30))
    for i, ln in enumerate(lines):
        s.text(4.0, 72.5 + i * 5.2, ln, font="ocrb", size_pt=OCR, color=(15, 15, 15))
    return s


def _obs_page(code: str, rng: random.Random, issue: datetime.date) -> Sheet:
    s = Sheet(125, 88)
    s.rect(0, 0, 125, 88, width_mm=0, fill=(240, 240, 232))
    s.text(62.5, 4, "OBSERVATIONS", font="sans3", size_pt=5.5, anchor="center", color=GREY)
    for i in range(6):
        s.rule(10, 16 + i * 10, 115, 16 + i * 10, width_mm=0.1, color=(180, 180, 180))
    city = {"COG": "BRUXELLES", "NER": "BRUXELLES"}.get(code, "BRUXELLES")
    s.stamp(14, 22, ["AMBASSADE", f"IMMATRICULÉ · {min(issue.year + 1, TODAY.year)}", city], rng, shape="rect",
            size_mm=34, color=STAMPV, angle=rng.uniform(-12, 12))
    entry = min(issue + datetime.timedelta(days=rng.randint(20, 200)), TODAY - datetime.timedelta(days=rng.randint(9, 60)))
    s.stamp(68, 30, ["BRUSSELS AIRPORT", f"{entry.day:02d} {_MON[entry.month - 1]} {entry.year % 100:02d}", "ENTRY"],
            rng, shape="rect", size_mm=30, color=(60, 60, 60), angle=rng.uniform(-8, 8))
    return s


def _passport_moire(code: str):
    """The observations page above the data page, copied in the copier's photo mode (moiré bands), the page
    shifted on the glass: a strip of the left margin lost, the dark lid edge at the right."""
    def make(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, crop=False,
             number=None, annotate=None, **opts):
        issue, expiry, number, lines = _pp_lines(code, _PA[code], person, rng, issue_date, expiry_date, break_check,
                                                 mrz_override, number)
        page = _page_a(code, person, rng, number, issue, expiry, lines)
        if crop:
            return [page]
        spread = Sheet(125, 178)
        paste(spread, _obs_page(code, rng, issue), 0, 0, dpi=260)
        spread.rule(0, 89, 125, 89, width_mm=0.9, color=(80, 80, 80))
        paste(spread, page, 0, 90, dpi=300)
        a4 = Sheet()
        x0 = rng.uniform(40, 50)
        sp = moire(spread.render(260), rng, strength=rng.uniform(0.2, 0.3))
        paste(a4, spread, x0, rng.uniform(28, 40), dpi=260, img=sp)
        if annotate:
            a4.handwriting(40, 240, annotate, rng, size_pt=12)
        dpi = 200
        img = a4.render(dpi)
        img = shifted(img, dx_mm=rng.uniform(4, 7), dpi=dpi)
        return [sheet_of(img)]
    return make


for _c in ("COG", "NER"):
    _register(f"passport-td3-{_c.lower()}-fotomodus-moire-observatiepagina-boven-marge-verschoven-27",
              "identity-document", PART, "fr/en", _passport_moire(_c), country=_c, mrz="TD3", photo=True,
              notes=f"{_c} passport: observations page above the data page, copied in photo mode with moiré bands, "
                    f"the sheet shifted on the glass")


# --------------------------------------------------------------------------- passports, layout B: VNM, TUR, SUR

_PB = {
    "VNM": dict(state=("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SOCIALIST REPUBLIC OF VIET NAM"),
                title="HỘ CHIẾU / PASSPORT", col=(20, 45, 95), nat="VIỆT NAM / VIETNAMESE",
                auth="CỤC QUẢN LÝ XUẤT NHẬP CẢNH", pre="C", years=10, font="sans3",
                caps=["Loại / Type", "Mã số / Code", "Số hộ chiếu / Passport No.", "Họ / Surname",
                      "Chữ đệm và tên / Given names", "Quốc tịch / Nationality", "Ngày sinh / Date of birth",
                      "Giới tính / Sex", "Nơi sinh / Place of birth", "Ngày cấp / Date of issue",
                      "Có giá trị đến / Date of expiry", "Nơi cấp / Place of issue"],
                sex={"M": "NAM / M", "F": "NỮ / F"}, df=lambda d: f"{d.day:02d}/{d.month:02d}/{d.year}"),
    "TUR": dict(state=("TÜRKİYE CUMHURİYETİ", "REPUBLIC OF TÜRKİYE"), title="PASAPORT / PASSPORT",
                col=(150, 20, 30), nat="T.C. / TUR", auth="T.C. İÇİŞLERİ BAKANLIĞI", pre="U", years=10, font="sans6",
                caps=["Tipi / Type", "Ülke kodu / Country code", "Pasaport No / Passport No", "Soyadı / Surname",
                      "Adı / Given name(s)", "Uyruğu / Nationality", "Doğum tarihi / Date of birth",
                      "Cinsiyeti / Sex", "Doğum yeri / Place of birth", "Veriliş tarihi / Date of issue",
                      "Geçerlilik tarihi / Date of expiry", "Veren makam / Authority"],
                sex={"M": "E / M", "F": "K / F"}, df=lambda d: f"{d.day:02d} {_MON[d.month - 1]} {d.year}"),
    "SUR": dict(state=("REPUBLIEK SURINAME", "REPUBLIC OF SURINAME"), title="PASPOORT / PASSPORT", col=(0, 95, 60),
                nat="SURINAAMSE / SURINAMESE", auth="CBB PARAMARIBO", pre="R", years=10, font="sans2",
                caps=["Soort / Type", "Code / Code", "Paspoortnr. / Passport No.", "Naam / Surname",
                      "Voornamen / Given names", "Nationaliteit / Nationality", "Geboortedatum / Date of birth",
                      "Geslacht / Sex", "Geboorteplaats / Place of birth", "Datum van afgifte / Date of issue",
                      "Geldig tot / Date of expiry", "Autoriteit / Authority"],
                sex={"M": "M", "F": "V / F"}, df=lambda d: f"{d.day:02d}-{d.month:02d}-{d.year}"),
}


def _page_b(code, person, rng, number, issue, expiry, lines) -> Sheet:
    cfg = _PB[code]
    col, f = cfg["col"], cfg["font"]
    s = Sheet(125, 88)
    s.rect(0, 0, 125, 88, width_mm=0, fill=(242, 244, 246))
    for k in range(0, 88, 2):
        s.rule(0, k, 125, k, width_mm=0.05, color=(228, 232, 238))
    s.rect(0, 0, 125, 9.5, width_mm=0, fill=col)
    s.text(62.5, 1.0, cfg["state"][0], font=f, size_pt=fit(cfg["state"][0], f, 5.8, 118, True), bold=True,
           anchor="center", color=(255, 255, 255))
    s.text(62.5, 4.9, cfg["state"][1], font=f, size_pt=4.6, anchor="center", color=(235, 235, 235))
    s.text(62.5, 10.6, cfg["title"], font=f, size_pt=4.8, bold=True, anchor="center", color=col)
    s.photo(4, 16, 27, 35, rng)
    vals = ["P", code, number, person.surname.upper(), person.given_names.upper(), cfg["nat"],
            cfg["df"](person.birth_date), cfg["sex"][person.sex], person.birth_place.upper(), cfg["df"](issue),
            cfg["df"](expiry), cfg["auth"]]
    cells = [(35, 15, 0, 12), (48, 15, 1, 18), (72, 15, 2, 44), (35, 21.5, 3, 84), (35, 28, 4, 84),
             (35, 34.5, 5, 44), (84, 34.5, 7, 30), (35, 41, 6, 44), (84, 41, 8, 36), (35, 47.5, 9, 44),
             (84, 47.5, 10, 36), (35, 54, 11, 70)]
    for x, y, i, w in cells:
        s.text(x, y, f"({i + 1}) " + cfg["caps"][i], font=f, size_pt=3.4, color=(90, 95, 110))
        s.text(x, y + 1.7, vals[i], font=f, size_pt=fit(vals[i], f, 6.3, w, True), bold=True)
    gh = Sheet(11, 14)
    gh.photo(0, 0, 11, 14, random.Random(rng.random()))
    s.image(110, 56, 11, 14, gh.render(150).convert("L").point(lambda v: 175 + v // 3).convert("RGB"))
    s.signature(5, 53, 25, 8, rng, color=(20, 20, 30))
    for i, ln in enumerate(lines):
        s.text(4.0, 72.5 + i * 5.2, ln, font="ocrb", size_pt=OCR, color=(15, 15, 15))
    return s


def _passport_word(code: str):
    """The data page photographed with a phone on a table and pasted into a word-processor page under a typed
    caption, printed with the document's page footer."""
    def make(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, crop=False,
             number=None, annotate=None, **opts):
        issue, expiry, number, lines = _pp_lines(code, _PB[code], person, rng, issue_date, expiry_date, break_check,
                                                 mrz_override, number)
        page = _page_b(code, person, rng, number, issue, expiry, lines)
        if crop:
            return [page]
        book = Sheet(131, 94)
        book.rect(0, 0, 131, 94, width_mm=0, fill=tuple(int(c * 0.7) for c in _PB[code]["col"]))
        paste(book, page, 3, 3, dpi=300)
        img = camera_photo(book, rng, dpi=220, bg=rng.choice([(150, 118, 88), (205, 200, 190), (90, 90, 96)]),
                           margin=0.1, tilt=rng.uniform(0.02, 0.05))
        sh = Sheet()
        f = "sans2"
        cap = rng.choice(["Kopie paspoort", "Copie du passeport", "Copy of passport"])
        sh.text(25, 22, f"{cap} – {person.given_names} {person.surname.upper()}", font=f, size_pt=14, bold=True)
        sh.text(25, 29, f"{cap.split()[0]} · {datetime.date(2026, 11, rng.randint(3, 27)).strftime('%d-%m-%Y')}",
                font=f, size_pt=9, color=GREY)
        w = 160.0
        h = w * img.height / img.width
        sh.image(25, 38, w, h, img)
        sh.rect(25, 38, w, h, width_mm=0.3, color=(120, 120, 120))
        sh.text(105, 285, rng.choice(["Pagina 1 van 1", "Page 1 sur 1", "Page 1 of 1"]), font=f, size_pt=8.5,
                anchor="center", color=GREY)
        if annotate:
            sh.handwriting(25, 48 + h, annotate, rng, size_pt=12)
        return [sh]
    return make


for _c in ("VNM", "TUR", "SUR"):
    _register(f"passport-td3-{_c.lower()}-telefoonfoto-in-tekstverwerker-bijschrift-paginavoet-27",
              "identity-document", PART, {"VNM": "vi/en", "TUR": "tr/en", "SUR": "nl/en"}[_c], _passport_word(_c),
              country=_c, mrz="TD3", photo=True,
              notes=f"{_c} passport data page photographed and pasted into a word-processor page with a caption")


# --------------------------------------------------------------------------- Vietnam: citizen identity card (TD1)

def idcard_vnm(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, crop=False,
               annotate=None, **opts):
    """Vietnam's chip citizen identity card (Căn cước công dân): front and back photographed on a tablecloth and
    printed one above the other, each photo with the camera's orange date imprint."""
    issue, expiry = _dates(rng, issue_date, expiry_date, 15)
    number = "0" + _digits(rng, 11)
    md = _mrz_data(person, mrz_override)
    lines = M.td1(doc_code="ID", issuing="VNM", number=md.get("number", number[-9:]), nationality=md["nationality"],
                  birth_date=md["birth_date"], sex=md["sex"], expiry=expiry, surname=md["surname"],
                  given=md["given_names"], optional1=number, break_check=break_check)
    f = "sans3"
    fr = Sheet(85.6, 54)
    fr.rect(0, 0, 85.6, 54, width_mm=0, fill=(236, 240, 232))
    for k in range(0, 86, 3):
        fr.rule(k, 0, k + 20, 54, width_mm=0.05, color=(214, 226, 214))
    crest(fr, 3, 2.5, 10, (190, 40, 40), kind="star")
    fr.text(50, 2.2, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", font=f, size_pt=3.9, bold=True, anchor="center")
    fr.text(50, 4.4, "Độc lập – Tự do – Hạnh phúc", font=f, size_pt=3.4, anchor="center")
    fr.text(50, 6.4, "SOCIALIST REPUBLIC OF VIET NAM · Independence – Freedom – Happiness", font=f, size_pt=2.7,
            anchor="center", color=GREY)
    fr.text(50, 8.8, "CĂN CƯỚC CÔNG DÂN", font=f, size_pt=6.2, bold=True, anchor="center", color=(170, 30, 30))
    fr.text(50, 12.2, "Citizen Identity Card", font=f, size_pt=3.6, anchor="center", color=(170, 30, 30))
    qr(fr, 74, 2, 10, number)
    fr.photo(3, 16, 20, 26, rng)
    rows = [("Số / No.:", number), ("Họ và tên / Full name:", f"{person.surname} {person.given_names}".upper()),
            ("Ngày sinh / Date of birth:", person.birth_date.strftime("%d/%m/%Y")),
            ("Giới tính / Sex:", "Nam" if person.sex == "M" else "Nữ"),
            ("Quốc tịch / Nationality:", "Việt Nam"), ("Quê quán / Place of origin:", person.birth_place),
            ("Có giá trị đến / Date of expiry:", expiry.strftime("%d/%m/%Y"))]
    y = 16
    for a, b in rows:
        w = fr.text(26, y, a, font=f, size_pt=3.3, color=(60, 60, 60))
        fr.text(26 + w + 1, y - 0.5, b, font=f, size_pt=fit(b, f, 4.6, 56 - w, True), bold=True)
        y += 4.6
    fr.text(26, y + 0.5, "Nơi thường trú / Place of residence:", font=f, size_pt=3.3, color=(60, 60, 60))
    fr.text(26, y + 3.2, f"{rng.choice(['Phường', 'Xã'])} {rng.randint(1, 14)}, {person.birth_place}", font=f,
            size_pt=4.4, bold=True)
    bk = Sheet(85.6, 54)
    bk.rect(0, 0, 85.6, 54, width_mm=0, fill=(234, 236, 238))
    bk.rect(4, 3, 10, 8, width_mm=0, fill=(205, 170, 80))   # the chip
    bk.text(18, 3, "Đặc điểm nhân dạng / Personal identification:", font=f, size_pt=3.2, color=(60, 60, 60))
    bk.text(18, 5.6, rng.choice(["Nốt ruồi C:1cm trên trước mép phải", "Sẹo chấm C:2cm dưới sau đuôi mắt trái"]),
            font=f, size_pt=3.8)
    bk.text(18, 9, f"Ngày, tháng, năm / Date, month, year: {issue.strftime('%d/%m/%Y')}", font=f, size_pt=3.4)
    bk.text(18, 11.8, "CỤC TRƯỞNG CỤC CẢNH SÁT", font=f, size_pt=3.2, bold=True)
    bk.text(18, 13.8, "QUẢN LÝ HÀNH CHÍNH VỀ TRẬT TỰ XÃ HỘI", font=f, size_pt=3.2, bold=True)
    bk.signature(46, 14, 18, 6, rng, color=(30, 30, 30))
    bk.stamp(40, 10, ["BỘ CÔNG AN", "CỤC CẢNH SÁT"], rng, shape="round", size_mm=12, color=(190, 40, 40))
    for i, lab in enumerate(("Ngón trỏ trái / Left index finger", "Ngón trỏ phải / Right index finger")):
        bk.rect(68, 3 + i * 9.5, 13, 8, width_mm=0.15, color=(150, 150, 150))
        bk.text(66, 11 + i * 9.5 - 0.2, lab, font=f, size_pt=2.2, anchor="right", color=GREY)
    for i, ln in enumerate(lines):
        bk.text(3, 33 + i * 5.5, ln, font="ocrb", size_pt=OCR, color=(10, 10, 10))
    if crop:
        return [fr, bk]
    sh = Sheet()
    when = datetime.datetime(2026, 11, rng.randint(2, 26), rng.randint(8, 21), rng.randint(0, 59))
    bg = rng.choice([(170, 60, 60), (60, 90, 150), (90, 130, 80)])
    y = 18
    for card in (fr, bk):
        img = camera_photo(card, rng, dpi=300, bg=bg, margin=0.12, tilt=rng.uniform(0.01, 0.04), pattern=True)
        img = date_imprint(img, when)
        w = 150.0
        h = w * img.height / img.width
        sh.image(30, y, w, h, img)
        y += h + 12
    if annotate:
        sh.handwriting(30, min(y, 270), annotate, rng, size_pt=12)
    return [sh]


_register("idcard-td1-vnm-cccd-twee-telefoonfotos-tafelkleed-oranje-datumstempel-27", "identity-document", PART,
          "vi/en", idcard_vnm, country="VNM", mrz="TD1", photo=True,
          notes="Vietnamese chip citizen identity card, front and back photographed on a tablecloth, camera date")


# --------------------------------------------------------------------------- Dutch residence document

def permit_nl_flipped(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None,
                      purpose=None, v_number=None, crop=False, **opts):
    """A Dutch residence document copied front above back, the back having been laid on the glass head-down (it
    reads upside down on the copy), in grey."""
    issue, expiry = _dates(rng, issue_date, expiry_date, rng.choice([1, 5]))
    number = rng.choice("NRWX") + rng.choice("BCDFGHJKLMNPRSTVWXYZ") + _digits(rng, 7)
    purpose = purpose or rng.choice(["verblijf bij partner", "medische behandeling", "humanitair tijdelijk"])
    md = _mrz_data(person, mrz_override)
    lines = M.td1(doc_code="IR", issuing="NLD", number=md.get("number", number), nationality=md["nationality"],
                  birth_date=md["birth_date"], sex=md["sex"], expiry=expiry, surname=md["surname"],
                  given=md["given_names"], break_check=break_check)
    vnr = v_number or person.v_number or _digits(rng, 10)
    f = "sans6"
    fr = Sheet(85.6, 54)
    fr.rect(0, 0, 85.6, 54, width_mm=0, fill=(232, 236, 246))
    fr.rect(0, 0, 85.6, 7, width_mm=0, fill=(40, 70, 140))
    fr.text(3, 1.3, "KONINKRIJK DER NEDERLANDEN", font=f, size_pt=5.0, bold=True, color=(255, 255, 255))
    fr.text(3, 8.5, "VERBLIJFSDOCUMENT · RESIDENCE PERMIT", font=f, size_pt=4.6, bold=True, color=(40, 70, 140))
    fr.photo(59, 13, 22, 28, rng)
    rows = [("Naam / Surname", person.surname.upper()), ("Voornamen / Given names", person.given_names.upper()),
            ("Geboortedatum / Date of birth", person.birth_date.strftime("%d-%m-%Y")),
            ("Nationaliteit / Nationality", md["nationality"]), ("Geldig tot / Date of expiry",
                                                                  expiry.strftime("%d-%m-%Y")),
            ("Documentnummer", number)]
    y = 13
    for a, b in rows:
        fr.text(3, y, a, font=f, size_pt=3.1, color=GREY)
        fr.text(3, y + 1.4, b, font=f, size_pt=fit(b, f, 5.2, 54, True), bold=True)
        y += 5.8
    bk = Sheet(85.6, 54)
    bk.rect(0, 0, 85.6, 54, width_mm=0, fill=(236, 238, 244))
    bk.text(3, 3, "Verblijfsvergunning regulier bepaalde tijd", font=f, size_pt=4.4, bold=True)
    bk.text(3, 7.4, purpose[:48], font=f, size_pt=4.4)
    bk.text(3, 11.8, f"VNR {vnr}", font=f, size_pt=4.8, bold=True)
    bk.text(3, 16.2, f"Arbeid vrij toegestaan · afgegeven {issue.strftime('%d-%m-%Y')}", font=f, size_pt=3.9)
    for i, ln in enumerate(lines):
        bk.text(3, 33 + i * 5.5, ln, font="ocrb", size_pt=OCR)
    if crop:
        return [fr, bk]
    sh = Sheet()
    x = rng.uniform(22, 40)
    paste(sh, fr, x, rng.uniform(22, 36), dpi=300)
    paste(sh, bk, x + rng.uniform(-4, 6), rng.uniform(100, 130), dpi=300, angle=180 + rng.uniform(-2, 2))
    img = ImageOps.autocontrast(sh.render(220).convert("L"), cutoff=1).convert("RGB")
    return [sheet_of(img)]


_register("permit-nl-voorkant-boven-achterkant-ondersteboven-grijs-27", "identity-document", PART, "nl",
          permit_nl_flipped, country="NLD", mrz="TD1", photo=True,
          notes="Dutch residence document, front above back, the back upside down, grey copy")


# --------------------------------------------------------------------------- birth certificates

def _par(person, father, mother):
    return father or person.father or "—", mother or person.mother or "—"


def birth_cog(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Brazzaville: the arrondissement's pre-printed 'acte de naissance' typed in capitals, every label printed
    inside its cell of the form's table, the red round stamp over the officer's signature."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(30, 400))
    act = act_date or person.birth_date + datetime.timedelta(days=rng.randint(3, 40))
    fa, mo = _par(person, father, mother)
    arr = rng.choice(["Arrondissement 1 Makélékélé", "Arrondissement 4 Moungali", "Arrondissement 5 Ouenzé",
                      "Arrondissement 6 Talangaï", "Arrondissement 3 Poto-Poto"])
    place = person.birth_place if person.birth_place in ("Brazzaville",) else person.birth_place
    sh = Sheet(paper="cream")
    f, tf = "serif3", "typewriter3"
    sh.text(20, 12, "RÉPUBLIQUE DU CONGO", font=f, size_pt=10.5, bold=True)
    sh.text(20, 16.6, "Unité * Travail * Progrès", font=f, size_pt=7.5, italic=False, color=GREY)
    sh.text(20, 22, "DÉPARTEMENT DE " + ("BRAZZAVILLE" if place == "Brazzaville" else strip_accents(place).upper()),
            font=f, size_pt=8)
    sh.text(20, 26, ("MAIRIE DE BRAZZAVILLE – " + arr.upper()) if place == "Brazzaville" else
            f"MAIRIE DE {strip_accents(place).upper()}", font=f, size_pt=8)
    sh.text(20, 30, "CENTRE PRINCIPAL D'ÉTAT CIVIL", font=f, size_pt=8)
    crest(sh, 168, 10, 20, (0, 105, 70), kind="ring")
    sh.text(105, 42, "ACTE DE NAISSANCE", font=f, size_pt=16, bold=True, anchor="center")
    no = f"{rng.randint(100, 4999)}/{act.year}"
    sh.text(105, 50, "N° " + no, font=tf, size_pt=11, anchor="center")
    rows = [[("Nom", person.surname.upper(), 170)], [("Prénom(s)", person.given_names.upper(), 170)],
            [("Date de naissance", person.birth_date.strftime("%d/%m/%Y"), 60),
             ("Heure", f"{rng.randint(0, 23):02d} H {rng.randint(0, 59):02d}", 40),
             ("Sexe", "MASCULIN" if person.sex == "M" else "FÉMININ", 70)],
            [("Lieu de naissance", f"{place.upper()} ({rng.choice(['HÔPITAL DE BASE', 'MATERNITÉ', 'DOMICILE'])})",
              170)],
            [("Nom et prénoms du père", fa.upper(), 110), ("Profession du père", rng.choice(
                ["COMMERÇANT", "CHAUFFEUR", "ENSEIGNANT", "CULTIVATEUR", "MÉCANICIEN"]), 60)],
            [("Nom et prénoms de la mère", mo.upper(), 110), ("Profession de la mère", rng.choice(
                ["MÉNAGÈRE", "COMMERÇANTE", "COUTURIÈRE", "INFIRMIÈRE"]), 60)],
            [("Dressé le", act.strftime("%d/%m/%Y"), 60), ("Sur la déclaration de", fa.upper(), 110)]]
    y = 58
    for row in rows:
        x = 20
        for lab, val, w in row:
            label_cell(sh, x, y, w, 13, lab, val, font=f, vfont=tf, vsize=11, lsize=6.8, caps=True)
            x += w
        y += 13
    y += 6
    y = sh.paragraph(20, y, 170, "POUR COPIE CERTIFIÉE CONFORME AU REGISTRE, DÉLIVRÉE À L'INTÉRESSÉ(E) POUR SERVIR ET "
                     "VALOIR CE QUE DE DROIT.", font=tf, size_pt=10, leading=1.4)
    sh.text(20, y + 4, f"BRAZZAVILLE, LE {issue.strftime('%d/%m/%Y')}", font=tf, size_pt=10.5)
    sh.text(125, y + 4, "L'OFFICIER D'ÉTAT CIVIL", font=f, size_pt=9.5, bold=True)
    sh.signature(124, y + 10, 44, 15, rng, color=INK)
    sh.stamp(118 + rng.uniform(-3, 6), y + 6, ["MAIRIE DE BRAZZAVILLE", "ÉTAT CIVIL", "RÉP. DU CONGO"], rng,
             shape="round", size_mm=31, color=STAMPR, angle=rng.uniform(-25, 25))
    fiscal_stamp(sh, 22, y + 14, "TIMBRE FISCAL", "1 000 F")
    return [sh]


def birth_ner(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Niamey: the civil-status centre's computer-printed 'extrait d'acte de naissance', a ruled two-column table
    of labels and values in capitals, the blue stamp over the registrar's signature and the act's number boxed."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(30, 400))
    act = act_date or person.birth_date + datetime.timedelta(days=rng.randint(3, 40))
    fa, mo = _par(person, father, mother)
    sh = Sheet()
    f = "sans6"
    sh.text(105, 12, "RÉPUBLIQUE DU NIGER", font=f, size_pt=12, bold=True, anchor="center")
    sh.text(105, 17.5, "Fraternité – Travail – Progrès", font=f, size_pt=8.5, anchor="center", color=GREY)
    sh.text(105, 22.5, "MINISTÈRE DE L'INTÉRIEUR ET DE LA DÉCENTRALISATION", font=f, size_pt=8, anchor="center")
    sh.text(105, 26.5, "DIRECTION GÉNÉRALE DE L'ÉTAT CIVIL, DES MIGRATIONS ET DES RÉFUGIÉS", font=f, size_pt=7,
            anchor="center", color=GREY)
    crest(sh, 20, 8, 18, (210, 110, 20), kind="star")
    commune = rng.choice(["Niamey I", "Niamey II", "Niamey III", "Niamey IV", "Niamey V"]) \
        if person.birth_place == "Niamey" else person.birth_place
    sh.rect(20, 34, 170, 10, width_mm=0.5)
    sh.text(105, 36.2, "EXTRAIT D'ACTE DE NAISSANCE", font=f, size_pt=13, bold=True, anchor="center")
    sh.text(20, 48, f"Centre d'état civil : COMMUNE {strip_accents(commune).upper()}", font=f, size_pt=9.5)
    sh.rect(146, 46.5, 44, 7, width_mm=0.3)
    sh.text(168, 47.8, f"N° {rng.randint(100, 9999)}/{act.year}", font=f, size_pt=9.5, bold=True, anchor="center")
    rows = [("NOM", person.surname.upper()), ("PRÉNOM(S)", person.given_names.upper()),
            ("SEXE", "MASCULIN" if person.sex == "M" else "FÉMININ"),
            ("DATE DE NAISSANCE", person.birth_date.strftime("%d/%m/%Y")),
            ("LIEU DE NAISSANCE", strip_accents(person.birth_place).upper()),
            ("PÈRE", fa.upper()), ("MÈRE", mo.upper()), ("DATE DE L'ACTE", act.strftime("%d/%m/%Y")),
            ("MENTIONS MARGINALES", "NÉANT")]
    y = 58
    for a, b in rows:
        sh.rect(20, y, 60, 9, width_mm=0.3, fill=(250, 240, 226))
        sh.rect(80, y, 110, 9, width_mm=0.3)
        sh.text(23, y + 2.2, a, font=f, size_pt=9.5)
        sh.text(83, y + 2.0, b, font=f, size_pt=fit(b, f, 10.5, 104, True), bold=True)
        y += 9
    sh.text(20, y + 8, f"Délivré à {strip_accents(commune).split(' ')[0]}, le {issue.strftime('%d/%m/%Y')}",
            font=f, size_pt=10)
    sh.text(130, y + 8, "L'Officier d'état civil", font=f, size_pt=10)
    sh.signature(132, y + 14, 38, 13, rng, color=(20, 20, 30))
    sh.stamp(124 + rng.uniform(0, 6), y + 10, ["COMMUNE " + strip_accents(commune).upper()[:14], "ÉTAT CIVIL",
                                               "NIGER"], rng, shape="round", size_mm=30, color=STAMPB,
             angle=rng.uniform(-20, 20))
    barcode(sh, 20, 272, 60, 8, f"ner{person.surname}{act}")
    return [sh]


def birth_tur_twoup(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Türkiye: a district population directorate's 'Doğum Kayıt Örneği' on a two-sided form, the front with the
    record typed in capitals in cells that carry their labels, the back with the notes and the official's stamp;
    both sides reduced onto one A4 by the copier's 2-in-1 (Turkish only)."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(30, 300))
    fa, mo = _par(person, father, mother)
    ilce = rng.choice(["Çankaya", "Esenyurt", "Bornova", "Meram", "Şehitkamil", "Tepebaşı"])
    il = {"Çankaya": "ANKARA", "Esenyurt": "İSTANBUL", "Bornova": "İZMİR", "Meram": "KONYA", "Şehitkamil": "GAZİANTEP",
          "Tepebaşı": "ESKİŞEHİR"}[ilce]
    f = "sans3"
    front = Sheet()
    front.text(105, 14, "T.C.", font=f, size_pt=12, bold=True, anchor="center")
    front.text(105, 20, "İÇİŞLERİ BAKANLIĞI", font=f, size_pt=10, anchor="center")
    front.text(105, 25.5, "NÜFUS VE VATANDAŞLIK İŞLERİ GENEL MÜDÜRLÜĞÜ", font=f, size_pt=9, anchor="center")
    front.text(105, 31, f"{ilce.upper()} İLÇE NÜFUS MÜDÜRLÜĞÜ", font=f, size_pt=9.5, bold=True, anchor="center")
    front.text(105, 44, "DOĞUM KAYIT ÖRNEĞİ", font=f, size_pt=16, bold=True, anchor="center")
    rows = [[("T.C. Kimlik No", str(rng.randint(1, 9)) + _digits(rng, 10), 85), ("Cinsiyeti",
                                                                                "ERKEK" if person.sex == "M" else "KADIN", 85)],
            [("Adı", person.given_names.upper(), 85), ("Soyadı", person.surname.upper(), 85)],
            [("Baba Adı", fa.split()[0].upper(), 85), ("Ana Adı", mo.split()[0].upper(), 85)],
            [("Doğum Yeri", person.birth_place.upper(), 85), ("Doğum Tarihi", person.birth_date.strftime("%d.%m.%Y"),
                                                               85)],
            [("İl", il, 57), ("İlçe", ilce.upper(), 57), ("Mahalle / Köy", rng.choice(
                ["CUMHURİYET MAH.", "YENİ MAH.", "ATATÜRK MAH.", "KIZILAY MAH."]), 56)],
            [("Cilt No", str(rng.randint(10, 250)), 57), ("Aile Sıra No", str(rng.randint(1, 999)), 57),
             ("Sıra No", str(rng.randint(1, 99)), 56)],
            [("Medeni Hali", rng.choice(["BEKAR", "EVLİ"]), 85), ("Dini", "—", 85)]]
    y = 56
    for row in rows:
        x = 20
        for lab, val, w in row:
            label_cell(front, x, y, w, 14, lab, val, font=f, vsize=11.5, lsize=7.5, bold=True)
            x += w
        y += 14
    front.text(20, y + 8, "Sayfa 1/2", font=f, size_pt=8, color=GREY)
    back = Sheet()
    back.text(20, 20, "AÇIKLAMALAR", font=f, size_pt=12, bold=True)
    back.paragraph(20, 30, 170, "Yukarıda kimlik bilgileri yazılı kişinin doğum kaydı, nüfus kütüğündeki kayıtlara "
                   "uygun olarak düzenlenmiştir. Bu belge ilgilinin talebi üzerine verilmiştir. Belge üzerinde "
                   "kazıntı, silinti ve düzeltme yapılamaz.", font=f, size_pt=11, leading=1.5)
    back.text(20, 70, f"Düzenleme Tarihi : {issue.strftime('%d.%m.%Y')}", font=f, size_pt=11)
    back.text(20, 78, f"Belge No : {rng.randint(100000, 999999)}", font=f, size_pt=11)
    back.text(130, 92, "Nüfus Müdürü", font=f, size_pt=11, anchor="center")
    back.signature(112, 98, 40, 14, rng, color=(20, 20, 60))
    back.stamp(104, 92, ["T.C.", f"{strip_accents(ilce).upper()} ILCE NUFUS MUDURLUGU", "MÜHÜR"], rng, shape="round",
               size_mm=32, color=STAMPB, angle=rng.uniform(-20, 20))
    back.text(20, 282, "Sayfa 2/2", font=f, size_pt=8, color=GREY)
    return [two_up([front, back], dpi=220)]


_register("birth-cog-brazzaville-voorgedrukt-hoofdletters-labels-in-cellen-27", "birth-certificate", PART, "fr",
          birth_cog, country="COG")
_register("birth-ner-niamey-computerprint-tabel-blauwe-stempel-27", "birth-certificate", PART, "fr", birth_ner,
          country="NER")
_register("birth-tur-dogum-kayit-ornegi-twee-zijden-op-een-a4-27", "birth-certificate", PART, "tr", birth_tur_twoup,
          country="TUR")


# --------------------------------------------------------------------------- Belgian extracts (birth, marriage)

_COMMUNES = [("Schaerbeek", "Schaarbeek", "1030", (150, 30, 40), "Place Colignon / Colignonplein"),
             ("Molenbeek-Saint-Jean", "Sint-Jans-Molenbeek", "1080", (30, 80, 150), "Rue du Comte de Flandre 20 / "
              "Graaf van Vlaanderenstraat 20"),
             ("Anderlecht", "Anderlecht", "1070", (120, 30, 120), "Place du Conseil 1 / Raadsplein 1"),
             ("Saint-Gilles", "Sint-Gillis", "1060", (20, 110, 80), "Place Maurice Van Meenen 39 / "
              "Maurice Van Meenenplein 39")]


def _be_head(sh: Sheet, rng: random.Random, nl_first: bool) -> tuple:
    fr_, nl_, pc, col, addr = rng.choice(_COMMUNES)
    f = "sans6"
    # the crest and the commune's name take the upper third of the page
    sh.rect(0, 0, 210, 92, width_mm=0, fill=tuple(int(255 - (255 - c) * 0.08) for c in col))
    crest(sh, 82, 10, 46, col, kind="shield")
    a, b = (nl_, fr_) if nl_first else (fr_, nl_)
    sh.text(105, 62, f"{'Gemeente' if nl_first else 'Commune de'} {a}".upper(), font=f, size_pt=15, bold=True,
            anchor="center", color=col)
    sh.text(105, 70, f"{'Commune de' if nl_first else 'Gemeente'} {b}".upper(), font=f, size_pt=11, anchor="center",
            color=col)
    sh.text(105, 78, f"{addr} – {pc}", font=f, size_pt=8, anchor="center", color=GREY)
    sh.text(105, 83, "Burgerlijke Stand / État civil", font=f, size_pt=8.5, anchor="center", color=GREY)
    return fr_, nl_, pc, col


def _be_foot(sh: Sheet, rng: random.Random, issue: datetime.date, col, nl_first: bool, y: float) -> None:
    f = "sans6"
    g, s = rng.choice([("Sophie", "Delcourt"), ("Karim", "Ait Ouali"), ("Ann", "Vermeersch"), ("Luc", "Dewinter")])
    when = datetime.datetime.combine(issue, datetime.time(rng.randint(9, 15), rng.randint(0, 59), rng.randint(0, 59)))
    sh.text(20, y, ("Afgeleverd op / Délivré le " if nl_first else "Délivré le / Afgeleverd op ") +
            issue.strftime("%d/%m/%Y"), font=f, size_pt=9.5)
    sh.text(20, y + 5, ("De ambtenaar van de burgerlijke stand / L'officier de l'état civil" if nl_first else
                        "L'officier de l'état civil / De ambtenaar van de burgerlijke stand"), font=f, size_pt=8.5,
            color=GREY)
    esign(sh, 20, y + 12, f"{g} {s}", when, "nl" if nl_first else "fr", font="sans6")
    qr(sh, 168, y + 8, 22, f"{g}{issue}")
    sh.text(105, 287, "Document délivré par la Banque de données des actes de l'état civil (BAEC/DABS) – "
            "vérifiable au moyen du code QR", font=f, size_pt=6.5, anchor="center", color=GREY)


def birth_bel(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """A Brussels commune's extract of a birth act: the crest and the commune's names taking the top third of the
    page, the data in a table whose cells carry their bilingual labels, an electronic signature block."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(20, 200))
    act = act_date or person.birth_date + datetime.timedelta(days=rng.randint(2, 14))
    fa, mo = _par(person, father, mother)
    nl_first = rng.random() < 0.5
    sh = Sheet()
    fr_, nl_, pc, col = _be_head(sh, rng, nl_first)
    f = "sans6"
    t = ("UITTREKSEL UIT DE AKTE VAN GEBOORTE / EXTRAIT D'ACTE DE NAISSANCE" if nl_first else
         "EXTRAIT D'ACTE DE NAISSANCE / UITTREKSEL UIT DE AKTE VAN GEBOORTE")
    sh.text(105, 100, t, font=f, size_pt=fit(t, f, 11.5, 170, True), bold=True, anchor="center")
    rows = [[("Aktenummer / N° de l'acte", f"{pc}-A-{act.year}-{rng.randint(1000, 9999)}", 85),
             ("Datum akte / Date de l'acte", act.strftime("%d/%m/%Y"), 85)],
            [("Naam / Nom", person.surname, 85), ("Voornamen / Prénoms", person.given_names, 85)],
            [("Geslacht / Sexe", "M" if person.sex == "M" else "V / F", 40),
             ("Geboortedatum / Date de naissance", person.birth_date.strftime("%d/%m/%Y"), 65),
             ("Geboorteplaats / Lieu de naissance", person.birth_place, 65)],
            [("Vader of meemoeder / Père ou coparente", fa, 170)],
            [("Moeder / Mère", mo, 170)]]
    y = 108
    for row in rows:
        x = 20
        for lab, val, w in row:
            label_cell(sh, x, y, w, 13, lab, val, font=f, vsize=11, lsize=6.6)
            x += w
        y += 13
    _be_foot(sh, rng, issue, col, nl_first, y + 10)
    return [sh]


def marriage_bel(person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    """The same commune's extract of a marriage act: the two spouses in two rows of labelled cells."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(20, 200))
    wed = marriage_date or TODAY - datetime.timedelta(days=rng.randint(400, 3000))
    nl_first = rng.random() < 0.5
    sh = Sheet()
    fr_, nl_, pc, col = _be_head(sh, rng, nl_first)
    f = "sans6"
    t = ("UITTREKSEL UIT DE AKTE VAN HUWELIJK / EXTRAIT D'ACTE DE MARIAGE" if nl_first else
         "EXTRAIT D'ACTE DE MARIAGE / UITTREKSEL UIT DE AKTE VAN HUWELIJK")
    sh.text(105, 100, t, font=f, size_pt=fit(t, f, 11.5, 170, True), bold=True, anchor="center")
    y = 108
    label_cell(sh, 20, y, 85, 13, "Aktenummer / N° de l'acte", f"{pc}-H-{wed.year}-{rng.randint(100, 999)}", font=f)
    label_cell(sh, 105, y, 85, 13, "Datum huwelijk / Date du mariage", wed.strftime("%d/%m/%Y"), font=f)
    y += 17
    for i, q in enumerate((person, spouse)):
        if q is None:
            continue
        sh.text(20, y, f"Echtgeno(o)t(e) {i + 1} / Conjoint {i + 1}", font=f, size_pt=9, bold=True, color=col)
        y += 5
        label_cell(sh, 20, y, 85, 13, "Naam / Nom", q.surname, font=f)
        label_cell(sh, 105, y, 85, 13, "Voornamen / Prénoms", q.given_names, font=f)
        y += 13
        label_cell(sh, 20, y, 85, 13, "Geboortedatum / Date de naissance", q.birth_date.strftime("%d/%m/%Y"), font=f)
        label_cell(sh, 105, y, 85, 13, "Geboorteplaats / Lieu de naissance", f"{q.birth_place} ({q.birth_country})",
                   font=f)
        y += 17
    _be_foot(sh, rng, issue, col, nl_first, y + 4)
    return [sh]


# bilingual extracts (Dutch and French captions); registered as Dutch, an accepted language for both authorities
_register("birth-be-brussel-gemeentewapen-bovenderde-labels-in-cellen-e-handtekening-27", "birth-certificate", PART,
          "nl", birth_bel, country="BEL")
_register("marriage-be-brussel-gemeentewapen-bovenderde-labels-in-cellen-e-handtekening-27", "marriage-certificate",
          PART, "nl", marriage_bel, country="BEL")


# --------------------------------------------------------------------------- certificates of nationality

def nationality_cog(person, rng, *, issue_date=None, **opts):
    """Brazzaville's high court: the certificate typed in capitals under the court's heading, the red round stamp
    pressed over the president's signature, a fiscal stamp cancelled by hand."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(40, 500))
    sh = Sheet()
    f, tf = "serif3", "typewriter3"
    sh.text(20, 14, "RÉPUBLIQUE DU CONGO", font=f, size_pt=10.5, bold=True)
    sh.text(20, 19, "Unité * Travail * Progrès", font=f, size_pt=7.5, color=GREY)
    sh.text(20, 25, "COUR D'APPEL DE BRAZZAVILLE", font=f, size_pt=8.5)
    sh.text(20, 29.5, "TRIBUNAL DE GRANDE INSTANCE DE BRAZZAVILLE", font=f, size_pt=8.5)
    sh.text(20, 34, "GREFFE CIVIL", font=f, size_pt=8.5)
    crest(sh, 165, 10, 24, (0, 105, 70), kind="ring")
    sh.text(105, 50, "CERTIFICAT DE NATIONALITÉ CONGOLAISE", font=f, size_pt=14, bold=True, anchor="center")
    sh.text(105, 57, f"N° {rng.randint(100, 9999)}/TGI-BZV/{issue.year}", font=tf, size_pt=10, anchor="center")
    txt = (f"NOUS, PRÉSIDENT DU TRIBUNAL DE GRANDE INSTANCE DE BRAZZAVILLE, CERTIFIONS QUE "
           f"{'MONSIEUR' if person.sex == 'M' else 'MADAME'} {person.surname.upper()} {person.given_names.upper()}, "
           f"{'NÉ' if person.sex == 'M' else 'NÉE'} LE {person.birth_date.strftime('%d/%m/%Y')} À "
           f"{person.birth_place.upper()}, {'FILS' if person.sex == 'M' else 'FILLE'} DE "
           f"{(person.father or '—').upper()} ET DE {(person.mother or '—').upper()}, EST DE NATIONALITÉ CONGOLAISE "
           f"PAR FILIATION, EN APPLICATION DE LA LOI N° 35-61 DU 20 JUIN 1961 PORTANT CODE DE LA NATIONALITÉ "
           f"CONGOLAISE, AINSI QU'IL RÉSULTE DES PIÈCES PRODUITES (ACTE DE NAISSANCE, CERTIFICAT DE NATIONALITÉ DU "
           f"PÈRE).")
    y = sh.paragraph(22, 68, 166, txt, font=tf, size_pt=10.5, leading=1.6, align="justify")
    y = sh.paragraph(22, y + 4, 166, "EN FOI DE QUOI, LE PRÉSENT CERTIFICAT LUI EST DÉLIVRÉ POUR SERVIR ET VALOIR CE "
                     "QUE DE DROIT.", font=tf, size_pt=10.5, leading=1.6)
    sh.text(22, y + 8, f"FAIT À BRAZZAVILLE, LE {issue.strftime('%d/%m/%Y')}", font=tf, size_pt=10.5)
    sh.text(120, y + 18, "LE PRÉSIDENT", font=f, size_pt=10, bold=True)
    sh.signature(118, y + 24, 46, 16, rng, color=INK)
    sh.stamp(112 + rng.uniform(0, 8), y + 20, ["TRIBUNAL DE GRANDE INSTANCE", "BRAZZAVILLE", "LE PRÉSIDENT"], rng,
             shape="round", size_mm=33, color=STAMPR, angle=rng.uniform(-20, 20))
    fiscal_stamp(sh, 25, y + 22, "TIMBRE", "2 000 F")
    return [sh]


def nationality_ner(person, rng, *, issue_date=None, **opts):
    """Niamey's high court: a form whose cells carry their labels, typed in, signed by the clerk with the blue round
    stamp over the signature and the red rectangular registration stamp beside it."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(40, 500))
    sh = Sheet()
    f = "sans6"
    sh.text(20, 13, "RÉPUBLIQUE DU NIGER", font=f, size_pt=11, bold=True)
    sh.text(20, 18, "MINISTÈRE DE LA JUSTICE", font=f, size_pt=8.5)
    sh.text(20, 22.5, "TRIBUNAL DE GRANDE INSTANCE HORS CLASSE DE NIAMEY", font=f, size_pt=8.5)
    crest(sh, 170, 8, 18, (210, 110, 20), kind="star")
    sh.rect(20, 32, 170, 12, width_mm=0, fill=(210, 110, 20))
    sh.text(105, 34.6, "CERTIFICAT DE NATIONALITÉ NIGÉRIENNE", font=f, size_pt=13, bold=True, anchor="center",
            color=(255, 255, 255))
    no = f"{rng.randint(1000, 99999)}/{issue.year}"
    rows = [[("N° du certificat", no, 60), ("Date de délivrance", issue.strftime("%d/%m/%Y"), 110)],
            [("Nom", person.surname.upper(), 85), ("Prénom(s)", person.given_names.upper(), 85)],
            [("Date de naissance", person.birth_date.strftime("%d/%m/%Y"), 60),
             ("Lieu de naissance", strip_accents(person.birth_place).upper(), 110)],
            [("Fils / Fille de", (person.father or "—").upper(), 170)], [("Et de", (person.mother or "—").upper(), 170)],
            [("Fondement", "ARTICLE 8 DE L'ORDONNANCE N° 84-33 PORTANT CODE DE LA NATIONALITÉ NIGÉRIENNE "
              "(FILIATION)", 170)]]
    y = 50
    for row in rows:
        x = 20
        for lab, val, w in row:
            label_cell(sh, x, y, w, 13, lab, val, font=f, vsize=10.5, bold=True)
            x += w
        y += 13
    y = sh.paragraph(20, y + 6, 170, "Le Greffier en chef soussigné certifie que la personne désignée ci-dessus est de "
                     "nationalité nigérienne, au vu des pièces produites.", font=f, size_pt=10.5, leading=1.5)
    sh.text(20, y + 6, f"Niamey, le {issue.strftime('%d/%m/%Y')}", font=f, size_pt=10.5)
    sh.text(125, y + 6, "Le Greffier en chef", font=f, size_pt=10.5, bold=True)
    sh.signature(124, y + 12, 42, 15, rng, color=(20, 20, 30))
    sh.stamp(118 + rng.uniform(0, 5), y + 9, ["TGI HORS CLASSE", "NIAMEY", "GREFFE"], rng, shape="round",
             size_mm=30, color=STAMPB, angle=rng.uniform(-20, 20))
    sh.stamp(22, y + 14, ["ENREGISTRÉ", f"N° {rng.randint(100, 999)}", "NIAMEY"], rng, shape="rect", size_mm=32,
             color=STAMPR, angle=rng.uniform(-6, 6))
    return [sh]


_register("nationality-cog-tgi-brazzaville-hoofdletters-rode-stempel-over-handtekening-27", "nationality-certificate",
          PART, "fr", nationality_cog, country="COG")
_register("nationality-ner-tgi-niamey-formulier-labels-in-cellen-twee-stempels-27", "nationality-certificate",
          PART, "fr", nationality_ner, country="NER")


# --------------------------------------------------------------------------- embassies' identity certificates

_EMB = {"COG": dict(name="Ambassade de la République du Congo", sub="près le Royaume de Belgique et l'Union européenne",
                    addr="Avenue Franklin Roosevelt 16 A, 1050 Bruxelles", col=(0, 105, 70), nat="congolaise",
                    kind="ring"),
        "NER": dict(name="Ambassade de la République du Niger", sub="à Bruxelles",
                    addr="Avenue Franklin Roosevelt 78, 1050 Bruxelles", col=(210, 110, 20), nat="nigérienne",
                    kind="star"),
        "VNM": dict(name="Ambassade de la République socialiste du Viêt Nam", sub="en Belgique",
                    addr="Avenue de la Floride 1, 1180 Bruxelles", col=(190, 40, 40), nat="vietnamienne",
                    kind="star")}


def _idcert_fr(code: str):
    E = _EMB[code]

    def make(person, rng, *, issue_date=None, declarative=False, **opts):
        issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(40, 300))
        sh = Sheet()
        f = "serif6"
        col = E["col"]
        # the embassy's letterhead: the emblem and the name take the top third of the page
        crest(sh, 88, 8, 34, col, kind=E["kind"])
        sh.text(105, 46, E["name"].upper(), font=f, size_pt=fit(E["name"].upper(), f, 13, 175, True), bold=True,
                anchor="center", color=col)
        sh.text(105, 53, E["sub"], font=f, size_pt=10, anchor="center", italic=True)
        sh.text(105, 59, E["addr"], font=f, size_pt=8.5, anchor="center", color=GREY)
        sh.rule(30, 66, 180, 66, width_mm=0.6, color=col)
        sh.rule(30, 67.4, 180, 67.4, width_mm=0.2, color=col)
        ref = f"N° {rng.randint(10, 999)}/AMB/{code}/SC/{issue.year}"
        sh.text(20, 76, ref, font=f, size_pt=9.5)
        if code == "NER":
            sh.text(105, 88, "CERTIFICAT D'IDENTITÉ", font=f, size_pt=15, bold=True, anchor="center")
            sh.photo(20, 98, 30, 38, rng)
            sh.stamp(34, 118, ["AMBASSADE DU NIGER", "BRUXELLES"], rng, shape="round", size_mm=24, color=STAMPB,
                     angle=rng.uniform(-20, 20))
            rows = [("Nom", person.surname.upper()), ("Prénom(s)", person.given_names),
                    ("Né(e) le", person.birth_date.strftime("%d/%m/%Y")), ("À", person.birth_place),
                    ("Nationalité", "nigérienne"), ("Adresse", "Belgique")]
            y = 98
            for a, b in rows:
                label_cell(sh, 56, y, 134, 11, a, b, font=f, vsize=10.5, bold=True)
                y += 11
            y += 8
        else:
            sh.text(105, 88, "ATTESTATION D'IDENTITÉ", font=f, size_pt=15, bold=True, anchor="center")
            sh.photo(152, 98, 30, 38, rng)
            sh.stamp(140, 120, ["AMBASSADE DU CONGO", "BRUXELLES", "SERVICE CONSULAIRE"], rng, shape="round",
                     size_mm=27, color=STAMPB, angle=rng.uniform(-20, 20))
            y = 100
        body = (f"L'Ambassadeur soussigné atteste que {'Madame' if person.sex == 'F' else 'Monsieur'} "
                f"{person.surname.upper()} {person.given_names}, {'née' if person.sex == 'F' else 'né'} le "
                f"{person.birth_date.strftime('%d/%m/%Y')} à {person.birth_place}, de nationalité {E['nat']}, dont la "
                f"photographie figure sur la présente, ")
        if declarative:
            body += ("s'est présenté(e) à nos services et a déclaré être la personne désignée ci-dessus. La présente "
                     "attestation est établie sur la seule base de ses déclarations, aucun document d'identité n'ayant "
                     "été produit.")
        else:
            body += (f"est immatriculé{'e' if person.sex == 'F' else ''} sous le n° {rng.randint(1000, 99999)} au "
                     f"registre consulaire ; son identité a été vérifiée sur production de son acte de naissance et de "
                     f"sa carte nationale d'identité.")
        width = 125 if code == "COG" else 170
        y = sh.paragraph(20, y, width, body, font=f, size_pt=11, leading=1.55, align="justify")
        y = sh.paragraph(20, max(y + 4, 140 if code == "COG" else y + 4), 170, "La présente attestation est délivrée "
                         "à l'intéressé(e) pour servir et valoir ce que de droit.", font=f, size_pt=11, leading=1.55)
        sh.text(112, y + 10, f"Fait à Bruxelles, le {issue.strftime('%d/%m/%Y')}", font=f, size_pt=10.5)
        sh.text(112, y + 17, "Pour l'Ambassadeur, le Consul" if code == "COG" else "Le Chargé des affaires consulaires",
                font=f, size_pt=10, bold=True)
        sh.signature(115, y + 23, 44, 15, rng, color=INK)
        sh.stamp(108 + rng.uniform(0, 8), y + 20, [E["name"][:26].upper(), "BRUXELLES"], rng, shape="oval",
                 size_mm=34, color=STAMPR if code == "NER" else STAMPV, angle=rng.uniform(-12, 12))
        return [sh]
    return make


def idcert_vnm(person, rng, *, issue_date=None, declarative=False, **opts):
    """The Vietnamese embassy's certificate in Vietnamese and French side by side, the photo at the top left with
    the embassy's dry-looking stamp over its corner, the red round stamp over the signature."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(40, 300))
    E = _EMB["VNM"]
    sh = Sheet()
    f = "serif3"
    sh.text(55, 12, "ĐẠI SỨ QUÁN", font=f, size_pt=10, bold=True, anchor="center")
    sh.text(55, 16.5, "NƯỚC CHXHCN VIỆT NAM", font=f, size_pt=9.5, bold=True, anchor="center")
    sh.text(55, 21, "TẠI VƯƠNG QUỐC BỈ", font=f, size_pt=9.5, bold=True, anchor="center")
    sh.text(150, 12, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", font=f, size_pt=9.5, bold=True, anchor="center")
    sh.text(150, 16.5, "Độc lập – Tự do – Hạnh phúc", font=f, size_pt=9.5, anchor="center")
    sh.rule(128, 21.5, 172, 21.5, width_mm=0.3)
    sh.text(55, 27, f"Số / N°: {rng.randint(100, 999)}/ĐSQ-LS", font=f, size_pt=9, anchor="center")
    sh.text(150, 27, f"Bruxelles, ngày {issue.day:02d} tháng {issue.month:02d} năm {issue.year}", font=f,
            size_pt=9, anchor="center", italic=False)
    sh.photo(20, 36, 30, 40, rng)
    sh.stamp(36, 58, ["ĐẠI SỨ QUÁN VIỆT NAM", "BRUXELLES"], rng, shape="round", size_mm=24, color=(160, 160, 160),
             angle=rng.uniform(-20, 20))
    sh.text(120, 42, "GIẤY XÁC NHẬN NHÂN THÂN", font=f, size_pt=14, bold=True, anchor="center")
    sh.text(120, 50, "ATTESTATION D'IDENTITÉ", font=f, size_pt=12, bold=True, anchor="center", color=GREY)
    name = f"{person.surname.upper()} {person.given_names.upper()}"
    vi = (f"Đại sứ quán nước Cộng hòa xã hội chủ nghĩa Việt Nam tại Vương quốc Bỉ xác nhận: Ông/Bà {name}, sinh ngày "
          f"{person.birth_date.strftime('%d/%m/%Y')} tại {person.birth_place}, quốc tịch Việt Nam, có ảnh dán trên "
          f"giấy này, ")
    fr = (f"L'Ambassade de la République socialiste du Viêt Nam en Belgique atteste que {'Madame' if person.sex == 'F' else 'Monsieur'} "
          f"{name}, {'née' if person.sex == 'F' else 'né'} le {person.birth_date.strftime('%d/%m/%Y')} à "
          f"{person.birth_place}, de nationalité vietnamienne, dont la photographie est apposée ci-contre, ")
    if declarative:
        vi += "đã tự khai báo nhân thân; giấy xác nhận này được cấp trên cơ sở lời khai của đương sự."
        fr += ("a déclaré son identité à nos services ; la présente attestation repose sur ses seules déclarations, "
               "aucun document d'identité n'ayant été produit.")
    else:
        vi += f"đã xuất trình Căn cước công dân số {_digits(rng, 12)} và giấy khai sinh."
        fr += ("a produit sa carte d'identité de citoyen et son acte de naissance, sur la base desquels son identité a "
               "été vérifiée.")
    y1 = sh.paragraph(20, 86, 82, vi, font=f, size_pt=10.2, leading=1.5, align="justify")
    y2 = sh.paragraph(108, 86, 82, fr, font=f, size_pt=10.2, leading=1.5, align="justify")
    sh.rule(105, 84, 105, max(y1, y2), width_mm=0.2, color=(170, 170, 170))
    y = max(y1, y2) + 10
    sh.text(150, y, "TL. ĐẠI SỨ / P. L'AMBASSADEUR", font=f, size_pt=9.5, bold=True, anchor="center")
    sh.text(150, y + 5, "Tham tán Công sứ / Ministre-Conseiller", font=f, size_pt=8.5, anchor="center", color=GREY)
    sh.signature(130, y + 11, 42, 15, rng, color=INK)
    sh.stamp(124 + rng.uniform(0, 6), y + 7, ["ĐẠI SỨ QUÁN", "VIỆT NAM", "TẠI VƯƠNG QUỐC BỈ"], rng, shape="round",
             size_mm=30, color=STAMPR, angle=rng.uniform(-15, 15))
    g, s = rng.choice([("Hoàng", "Minh Đức"), ("Trần", "Văn Thắng"), ("Phạm", "Thu Hà")])
    sh.text(150, y + 32, f"{g} {s}", font=f, size_pt=10, bold=True, anchor="center")
    sh.text(105, 287, E["addr"] + " · consular@vnembassy.be", font=f, size_pt=7.5, anchor="center", color=GREY)
    return [sh]


for _c in ("COG", "NER"):
    _register(f"idcert-{_c.lower()}-ambassade-brussel-briefhoofd-bovenderde-foto-stempel-27", "identity-certificate",
              PART, "fr", _idcert_fr(_c), country=_c, photo=True)
_register("idcert-vnm-ambassade-brussel-vietnamees-frans-naast-elkaar-27", "identity-certificate", PART, "fr",
          idcert_vnm, country="VNM", photo=True)


# --------------------------------------------------------------------------- marriage acts

def marriage_cog(person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(30, 300))
    wed = marriage_date or TODAY - datetime.timedelta(days=rng.randint(800, 5000))
    husband, wife = (person, spouse) if person.sex == "M" else (spouse, person)
    sh = Sheet(paper="cream")
    f, tf = "serif3", "typewriter3"
    sh.text(20, 12, "RÉPUBLIQUE DU CONGO", font=f, size_pt=10.5, bold=True)
    sh.text(20, 16.6, "Unité * Travail * Progrès", font=f, size_pt=7.5, color=GREY)
    sh.text(20, 22, "MAIRIE DE BRAZZAVILLE – CENTRE PRINCIPAL D'ÉTAT CIVIL", font=f, size_pt=8)
    crest(sh, 168, 10, 20, (0, 105, 70), kind="ring")
    sh.text(105, 38, "ACTE DE MARIAGE", font=f, size_pt=16, bold=True, anchor="center")
    sh.text(105, 46, f"N° {rng.randint(10, 999)}/{wed.year}", font=tf, size_pt=11, anchor="center")
    y = 56
    label_cell(sh, 20, y, 170, 13, "Date de célébration", wed.strftime("%d/%m/%Y"), font=f, vfont=tf, caps=True)
    y += 17
    for head, q in (("L'ÉPOUX", husband), ("L'ÉPOUSE", wife)):
        sh.text(20, y, head, font=f, size_pt=10, bold=True)
        y += 5
        label_cell(sh, 20, y, 170, 13, "Nom et prénoms", f"{q.surname} {q.given_names}" if q else "—", font=f,
                   vfont=tf, caps=True)
        y += 13
        label_cell(sh, 20, y, 85, 13, "Né(e) le", q.birth_date.strftime("%d/%m/%Y") if q else "—", font=f, vfont=tf)
        label_cell(sh, 105, y, 85, 13, "À", q.birth_place if q else "—", font=f, vfont=tf, caps=True)
        y += 17
    label_cell(sh, 20, y, 85, 13, "Régime matrimonial", "COMMUNAUTÉ RÉDUITE AUX ACQUÊTS", font=f, vfont=tf)
    label_cell(sh, 105, y, 85, 13, "Option", "MONOGAMIE", font=f, vfont=tf)
    y += 22
    sh.text(20, y, f"POUR COPIE CONFORME, BRAZZAVILLE LE {issue.strftime('%d/%m/%Y')}", font=tf, size_pt=10.5)
    sh.text(125, y + 8, "L'OFFICIER D'ÉTAT CIVIL", font=f, size_pt=9.5, bold=True)
    sh.signature(124, y + 14, 42, 15, rng, color=INK)
    sh.stamp(118, y + 10, ["MAIRIE DE BRAZZAVILLE", "ÉTAT CIVIL", "RÉP. DU CONGO"], rng, shape="round", size_mm=31,
             color=STAMPR, angle=rng.uniform(-25, 25))
    return [sh]


def marriage_ner(person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(30, 300))
    wed = marriage_date or TODAY - datetime.timedelta(days=rng.randint(800, 5000))
    husband, wife = (person, spouse) if person.sex == "M" else (spouse, person)
    sh = Sheet()
    f = "sans6"
    sh.text(105, 12, "RÉPUBLIQUE DU NIGER", font=f, size_pt=12, bold=True, anchor="center")
    sh.text(105, 17.5, "Fraternité – Travail – Progrès", font=f, size_pt=8.5, anchor="center", color=GREY)
    crest(sh, 20, 8, 18, (210, 110, 20), kind="star")
    sh.rect(20, 30, 170, 10, width_mm=0.5)
    sh.text(105, 32.2, "EXTRAIT D'ACTE DE MARIAGE", font=f, size_pt=13, bold=True, anchor="center")
    sh.text(20, 45, f"Centre d'état civil : NIAMEY – Acte n° {rng.randint(10, 999)}/{wed.year}", font=f, size_pt=9.5)
    rows = [("DATE DU MARIAGE", wed.strftime("%d/%m/%Y")),
            ("ÉPOUX", f"{husband.surname.upper()} {husband.given_names.upper()}" if husband else "—"),
            ("NÉ LE / À", f"{husband.birth_date.strftime('%d/%m/%Y')} À {strip_accents(husband.birth_place).upper()}"
             if husband else "—"),
            ("ÉPOUSE", f"{wife.surname.upper()} {wife.given_names.upper()}" if wife else "—"),
            ("NÉE LE / À", f"{wife.birth_date.strftime('%d/%m/%Y')} À {strip_accents(wife.birth_place).upper()}"
             if wife else "—"),
            ("FORME", "MARIAGE COUTUMIER TRANSCRIT"), ("MENTIONS", "NÉANT")]
    y = 54
    for a, b in rows:
        sh.rect(20, y, 60, 9, width_mm=0.3, fill=(250, 240, 226))
        sh.rect(80, y, 110, 9, width_mm=0.3)
        sh.text(23, y + 2.2, a, font=f, size_pt=9.5)
        sh.text(83, y + 2.0, b, font=f, size_pt=fit(b, f, 10.5, 104, True), bold=True)
        y += 9
    sh.text(20, y + 8, f"Délivré à Niamey, le {issue.strftime('%d/%m/%Y')}", font=f, size_pt=10)
    sh.text(130, y + 8, "L'Officier d'état civil", font=f, size_pt=10)
    sh.signature(132, y + 14, 38, 13, rng, color=(20, 20, 30))
    sh.stamp(124, y + 10, ["COMMUNE DE NIAMEY", "ÉTAT CIVIL", "NIGER"], rng, shape="round", size_mm=30,
             color=STAMPB, angle=rng.uniform(-20, 20))
    return [sh]


_register("marriage-cog-brazzaville-hoofdletters-labels-in-cellen-27", "marriage-certificate", PART, "fr",
          marriage_cog, country="COG")
_register("marriage-ner-niamey-computerprint-tabel-27", "marriage-certificate", PART, "fr", marriage_ner,
          country="NER")


# --------------------------------------------------------------------------- sworn translations

_SRC = {"tr": ("turque", "Turks", "Turkse"), "vi": ("vietnamienne", "Vietnamees", "Vietnamese"),
        "ar": ("arabe", "Arabisch", "Arabische"), "es": ("espagnole", "Spaans", "Spaanse")}


def _tr_rows(person, lang: str):
    fa = (person.father or "—").split()[0]
    mo = (person.mother or "—").split()[0]
    if lang == "fr":
        return [("N° d'identité T.C.", "[11 chiffres]"), ("Sexe", "masculin" if person.sex == "M" else "féminin"),
                ("Prénom", person.given_names), ("Nom", person.surname.upper()), ("Prénom du père", fa),
                ("Prénom de la mère", mo), ("Lieu de naissance", person.birth_place),
                ("Date de naissance", person.birth_date.strftime("%d/%m/%Y"))]
    return [("Identiteitsnr. T.C.", "[11 cijfers]"), ("Geslacht", "man" if person.sex == "M" else "vrouw"),
            ("Voornaam", person.given_names), ("Achternaam", person.surname.upper()), ("Voornaam vader", fa),
            ("Voornaam moeder", mo), ("Geboorteplaats", person.birth_place),
            ("Geboortedatum", person.birth_date.strftime("%d-%m-%Y"))]


def translation_tournai(person, rng, *, issue_date=None, of_type="birth-certificate", source_lang="tr", **opts):
    """A sworn translator in Tournai (into French): the office's logo and name take the top third, the translated
    record as a table whose cells carry the labels, the certification signed electronically."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(10, 60))
    src = _SRC.get(source_lang, _SRC["tr"])
    sh = Sheet()
    f = "sans6"
    col = (40, 90, 120)
    sh.rect(0, 0, 210, 84, width_mm=0, fill=(236, 243, 247))
    crest(sh, 20, 14, 40, col, kind="ring")
    g, s = rng.choice([("Élodie", "Vandenbossche"), ("Mehmet", "Arslan"), ("Céline", "Dupuis")])
    sh.text(70, 22, f"{g} {s.upper()}", font=f, size_pt=20, bold=True, color=col)
    sh.text(70, 32, "Traductrice-interprète jurée" if g != "Mehmet" else "Traducteur-interprète juré", font=f,
            size_pt=11, color=col)
    sh.text(70, 39, "près le Tribunal de première instance du Hainaut – division Tournai", font=f, size_pt=9)
    sh.text(70, 46, "turc – français – néerlandais", font=f, size_pt=9, color=GREY)
    sh.text(70, 58, f"Rue Royale {rng.randint(2, 120)}, 7500 Tournai · +32 69 {rng.randint(20, 89)} "
            f"{rng.randint(10, 99)} {rng.randint(10, 99)}", font=f, size_pt=8.5, color=GREY)
    sh.text(20, 92, f"TRADUCTION DU {src[0].upper().replace('TURQUE', 'TURC')} VERS LE FRANÇAIS", font=f,
            size_pt=9, color=GREY)
    sh.text(190, 92, f"Réf. T-{issue.year}-{rng.randint(100, 999)}", font=f, size_pt=9, anchor="right", color=GREY)
    t = {"birth-certificate": "EXTRAIT DU REGISTRE DES NAISSANCES", "marriage-certificate": "ACTE DE MARIAGE"}.get(
        of_type, "DOCUMENT")
    sh.text(105, 101, "République de Turquie – Ministère de l'Intérieur – Direction de la population", font=f,
            size_pt=9.5, anchor="center")
    sh.text(105, 107, t, font=f, size_pt=13, bold=True, anchor="center")
    rows = _tr_rows(person, "fr")
    y = 116
    for i in range(0, len(rows), 2):
        for j, (a, b) in enumerate(rows[i:i + 2]):
            label_cell(sh, 20 + j * 85, y, 85, 12, a, b, font=f, vsize=10.5)
        y += 12
    sh.text(20, y + 3, "[Cachet rond de la direction de la population] [Signature illisible]", font=f, size_pt=9,
            italic=False, color=GREY)
    y += 14
    sh.paragraph(20, y, 170, f"Je soussigné(e), {g} {s}, traducteur juré, certifie que la traduction qui précède est "
                 f"conforme à l'original rédigé en langue {src[0]} qui m'a été présenté.", font=f, size_pt=10,
                 leading=1.45)
    when = datetime.datetime.combine(issue, datetime.time(rng.randint(9, 18), rng.randint(0, 59), rng.randint(0, 59)))
    sh.text(20, y + 16, f"Tournai, le {issue.strftime('%d/%m/%Y')}", font=f, size_pt=10)
    esign(sh, 20, y + 24, f"{g} {s}", when, "fr", font="sans6", role="traducteur juré")
    return [sh]


def translation_haarlem(person, rng, *, issue_date=None, of_type="birth-certificate", source_lang="tr", **opts):
    """A sworn translator in Haarlem (into Dutch): the translation with the translator's notes as footnotes, the
    blue stamp pressed over the signature, every page initialled."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(10, 60))
    src = _SRC.get(source_lang, _SRC["tr"])
    sh = Sheet()
    f = "serif6"
    sh.text(20, 14, f"Vertaling uit het {src[1]}", font=f, size_pt=9.5, italic=True, color=GREY)
    sh.text(190, 14, "blad 1 van 1", font=f, size_pt=9, anchor="right", color=GREY)
    t = {"birth-certificate": "UITTREKSEL GEBOORTEREGISTER", "marriage-certificate": "HUWELIJKSAKTE"}.get(
        of_type, "DOCUMENT")
    sh.text(105, 28, "Republiek Turkije¹", font=f, size_pt=11, anchor="center")
    sh.text(105, 34, "Ministerie van Binnenlandse Zaken – Directoraat-generaal Bevolkingszaken", font=f, size_pt=10,
            anchor="center")
    sh.text(105, 44, t, font=f, size_pt=14, bold=True, anchor="center")
    y = 56
    for a, b in _tr_rows(person, "nl"):
        sh.text(28, y, a, font=f, size_pt=11)
        sh.text(82, y, ": " + b, font=f, size_pt=11)
        y += 7.5
    sh.text(28, y + 4, "[rond stempel]² [paraaf]", font=f, size_pt=10, italic=True)
    y += 20
    g, s = rng.choice([("Aylin", "Koç"), ("Pieter", "Zwart"), ("Derya", "van Loon")])
    y = sh.paragraph(28, y, 154, f"Ondergetekende, {g} {s}, beëdigd vertaler Turks-Nederlands, ingeschreven in het "
                     f"Register beëdigde tolken en vertalers onder nummer {rng.randint(10000, 99999)}, verklaart dat "
                     f"het voorgaande een getrouwe en volledige vertaling is van het aan haar/hem voorgelegde "
                     f"document in de {src[2]} taal.", font=f, size_pt=10.5, leading=1.45)
    sh.text(28, y + 6, f"Haarlem, {issue.day} {['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'][issue.month - 1]} {issue.year}",
            font=f, size_pt=10.5)
    sh.signature(30, y + 12, 42, 14, rng, color=(25, 25, 35))
    sh.stamp(24 + rng.uniform(0, 10), y + 9, [f"{g[0]}. {s.upper()}", "BEËDIGD VERTALER", "HAARLEM"], rng,
             shape="round", size_mm=30, color=STAMPB, angle=rng.uniform(-15, 15))
    sh.rule(28, 262, 80, 262, width_mm=0.2)
    sh.text(28, 264, "¹ In het origineel: 'T.C.' (Türkiye Cumhuriyeti).", font=f, size_pt=8)
    sh.text(28, 268.5, "² Stempel van het bevolkingsbureau; de handtekening is onleesbaar.", font=f, size_pt=8)
    sh.text(180, 280, f"{g[0]}.{s[0]}.", font="hand2", size_pt=11, color=(30, 30, 120))
    return [sh]


_register("translation-be-doornik-logo-bovenderde-tabel-e-handtekening-27", "translation", PART, "fr",
          translation_tournai, country="BEL")
_register("translation-nl-haarlem-voetnoten-blauwe-stempel-over-handtekening-27", "translation", PART, "nl",
          translation_haarlem, country="NLD")
