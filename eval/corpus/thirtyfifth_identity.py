"""Identity and civil-status families of the `thirtyfifth` part (registered in identity.FAMILIES).

Written after dev, heldout and the parts fresh to thirty-fourth had been read, by a writer who saw neither the
validator nor its output, from the seeds and from how such papers look in Belgian and Dutch files.  The families
are described only in their docstrings and registration notes (the part is read blind).

The small drawing helpers of twentyeighth_identity (glyph fallback, fitting, wrapping, pasting, codes) and the
embossed seal of thirtythird_identity are reused.  This part's own faces are P052 (Palatino-like), URW Gothic,
Nimbus Roman, Nimbus Sans Narrow, DejaVu Serif Condensed, Caladea, FreeSerif and Liberation Mono, the Breip and
dkg bold-italic hands; its copy habits (a tide mark left by water, the feed rollers' grey marks down a margin, a
page crumpled and flattened again, the law office's numbered exhibit sticker, the line a multifunction printer
prints over a scan, a scanner glass's dust and a hair) are drawn by the helpers below.
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
from .thirtythird_identity import seal_relief
from .twentyeighth_identity import barcode, fit, glyphs, paste, qr, sheet_of, wrap

PART = "thirtyfifth"
GREY = (92, 92, 98)
INK = (24, 36, 120)
INK_K = (28, 28, 34)
INK_V = (70, 40, 120)
ST_BLUE = (38, 62, 156)
ST_VIOLET = (96, 46, 136)
ST_RED = (168, 32, 44)
ST_GREEN = (30, 96, 60)
OCR = 2.54 / 0.602 / (25.4 / 72)

_U = "/usr/share/fonts/opentype/urw-base35"
_DV = "/usr/share/fonts/truetype/dejavu"
_CX = "/usr/share/fonts/truetype/crosextra"
_FF = "/usr/share/fonts/truetype/freefont"
_LB = "/usr/share/fonts/truetype/liberation"
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
NNAR = f"{_U}/NimbusSansNarrow-Regular.otf"
NNAR_B = f"{_U}/NimbusSansNarrow-Bold.otf"
NNAR_I = f"{_U}/NimbusSansNarrow-Oblique.otf"
DSC = f"{_DV}/DejaVuSerifCondensed.ttf"
DSC_B = f"{_DV}/DejaVuSerifCondensed-Bold.ttf"
DSC_I = f"{_DV}/DejaVuSerifCondensed-Italic.ttf"
CAL = f"{_CX}/Caladea-Regular.ttf"
CAL_B = f"{_CX}/Caladea-Bold.ttf"
CAL_I = f"{_CX}/Caladea-Italic.ttf"
FSER = f"{_FF}/FreeSerif.ttf"
FSER_B = f"{_FF}/FreeSerifBold.ttf"
FSER_I = f"{_FF}/FreeSerifItalic.ttf"
LMONO = f"{_LB}/LiberationMono-Regular.ttf"
LMONO_B = f"{_LB}/LiberationMono-Bold.ttf"
BREIP = "/usr/share/fonts/truetype/breip/Breip.ttf"
HAND_BI = f"{_HW}/dkgBI.ttf"
HAND_I = f"{_HW}/dkgIt.ttf"

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
_MON3 = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
_MRT3 = ["JAN", "FEB", "MRT", "APR", "MEI", "JUN", "JUL", "AUG", "SEP", "OKT", "NOV", "DEC"]


def en_long(d: datetime.date) -> str:
    return f"{d.day} {_EN[d.month - 1]} {d.year}"


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


def fr_words_date(d: datetime.date) -> str:
    """'le quatorze mars mil neuf cent quatre-vingt-sept' (dates written out, as Gabonese acts do)."""
    return f"le {_num_fr(d.day) if d.day != 1 else 'premier'} {_FR[d.month - 1]} {_num_fr(d.year)}"


_U20 = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
        "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf"]
_TENS = {20: "vingt", 30: "trente", 40: "quarante", 50: "cinquante", 60: "soixante"}


def _num_fr(n: int) -> str:
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
        return head + ("" if r == 0 else " " + _num_fr(r))
    th, r = n // 1000, n % 1000
    head = "mille" if th == 1 else _num_fr(th) + " mille"
    if th == 1 and n < 2000:
        head = "mil"
    return head + ("" if r == 0 else " " + _num_fr(r))


# --------------------------------------------------------------------------- this part's copy habits

def water_stain(img: Image.Image, rng: random.Random, *, where: tuple[float, float] | None = None,
                size: float = 0.16) -> Image.Image:
    """A tide mark where a drop of water dried on the paper: a pale, irregular, brownish blot with a darker rim."""
    W, H = img.size
    cx, cy = where or (rng.uniform(0.7, 0.88), rng.uniform(0.08, 0.2))
    cx, cy = cx * W, cy * H
    R = size * W
    pts = []
    for i in range(40):
        a = 2 * math.pi * i / 40
        rr = R * (1 + 0.18 * math.sin(3 * a + rng.uniform(0, 1)) + rng.uniform(-0.08, 0.08))
        pts.append((cx + rr * math.cos(a), cy + rr * 0.8 * math.sin(a)))
    fill = Image.new("L", (W, H), 0)
    ImageDraw.Draw(fill).polygon(pts, fill=55)
    rim = Image.new("L", (W, H), 0)
    ImageDraw.Draw(rim).line(pts + pts[:1], fill=150, width=max(2, W // 500))
    m = ImageChops.lighter(fill.filter(ImageFilter.GaussianBlur(W / 300)), rim.filter(ImageFilter.GaussianBlur(W / 900)))
    tint = Image.new("RGB", (W, H), (196, 170, 128))
    base = img.convert("RGB")
    return Image.composite(ImageChops.multiply(base, tint), base, m.point(lambda v: int(v * 0.6)))


def roller_marks(img: Image.Image, rng: random.Random, *, side: str = "left") -> Image.Image:
    """The document feeder's rollers: small grey smudges at a regular pitch down one margin."""
    out = img.convert("RGB").copy()
    W, H = out.size
    d = ImageDraw.Draw(out, "RGBA")
    x = W * (rng.uniform(0.035, 0.06) if side == "left" else rng.uniform(0.94, 0.965))
    pitch = H * rng.uniform(0.11, 0.14)
    y = H * rng.uniform(0.02, 0.08)
    while y < H:
        w, h = W * 0.012, H * 0.006
        g = rng.randint(150, 190)
        d.ellipse([x - w, y - h, x + w, y + h], fill=(g, g, g, 90))
        y += pitch
    return out


def crumpled(img: Image.Image, rng: random.Random, *, strength: float = 0.16) -> Image.Image:
    """A page that was crumpled in a pocket and flattened again: soft creases, each light on one side and dark on
    the other."""
    W, H = img.size
    sw, shh = max(60, W // 5), max(60, H // 5)
    lay = Image.new("L", (sw, shh), 128)
    d = ImageDraw.Draw(lay)
    for _ in range(rng.randint(7, 11)):
        x0, y0 = rng.uniform(0, sw), rng.uniform(0, shh)
        a = rng.uniform(0, math.pi)
        L = rng.uniform(0.3, 0.8) * max(sw, shh)
        pts = []
        for k in range(6):
            t = k / 5
            pts.append((x0 + math.cos(a) * L * (t - 0.5) + rng.uniform(-3, 3),
                        y0 + math.sin(a) * L * (t - 0.5) + rng.uniform(-3, 3)))
        off = (math.sin(a) * 1.5, -math.cos(a) * 1.5)
        d.line([(x + off[0], y + off[1]) for x, y in pts], fill=165, width=2)
        d.line(pts, fill=92, width=1)
    lay = lay.filter(ImageFilter.GaussianBlur(1.6)).resize((W, H), Image.BILINEAR)
    f = lay.point(lambda v: max(0, min(255, int(255 - (128 - v) * strength * 2 if v < 128 else 255))))
    g = lay.point(lambda v: max(0, min(255, int((v - 128) * strength * 1.2)) if v > 128 else 0))
    base = ImageChops.multiply(img.convert("RGB"), Image.merge("RGB", [f] * 3))
    return ImageChops.add(base, Image.merge("RGB", [g] * 3))


def speckle(img: Image.Image, rng: random.Random, *, hair: bool = True) -> Image.Image:
    """Dust on the scanner glass: fine black specks, and sometimes a hair curling across a margin."""
    out = img.convert("RGB").copy()
    W, H = out.size
    d = ImageDraw.Draw(out)
    for _ in range(int(W * H / 9000)):
        x, y = rng.uniform(0, W), rng.uniform(0, H)
        r = rng.choice([0.6, 0.8, 1.0, 1.4])
        g = rng.randint(30, 110)
        d.ellipse([x - r, y - r, x + r, y + r], fill=(g, g, g))
    if hair:
        x, y = W * rng.uniform(0.05, 0.2), H * rng.uniform(0.6, 0.9)
        a = rng.uniform(-0.6, 0.6)
        pts = []
        for k in range(60):
            a += rng.uniform(-0.12, 0.12)
            x += math.cos(a) * W * 0.004
            y += math.sin(a) * W * 0.004
            pts.append((x, y))
        d.line(pts, fill=(50, 45, 40), width=max(1, W // 1400))
    return out


def exhibit_sticker(sh: Sheet, x: float, y: float, text: str, rng: random.Random, *, color=(244, 200, 66)) -> None:
    """The law office's numbered exhibit sticker ('STUK 3', 'PIÈCE 3'): a small round-cornered coloured label,
    the number printed by the label printer, stuck a little askew."""
    lab = Sheet(30, 12)
    lab.rect(0, 0, 30, 12, width_mm=0, fill=color)
    lab.text(15, 2.2, text, font=GOTH_B, size_pt=fit(text, GOTH_B, 13, 27), anchor="center", color=(30, 30, 30))
    paste(sh, lab, x, y, dpi=240, angle=rng.uniform(-5, 5), bg=(255, 255, 255))


def mfp_line(sh: Sheet, when: datetime.datetime, rng: random.Random, *, y: float = 4.0) -> None:
    """The line a multifunction printer prints at the top of a scan sent to e-mail."""
    dev = rng.choice(["MFP-2e-verdieping", "KYOCERA-TASKalfa-3554ci", "Konica-bizhub-C300i", "SHARP-MX-3071"])
    sh.text(6, y, f"Scan {when:%d/%m/%Y %H:%M} · {dev} · {rng.randint(1, 12)} blad(en)", font=LMONO, size_pt=6.6,
            color=(90, 90, 90))


def pen_ring(sh: Sheet, x: float, y: float, w: float, h: float, rng: random.Random, *, color=INK) -> None:
    """A ballpoint loop drawn round a word: an ellipse that does not quite close."""
    k = 10
    im = Image.new("RGBA", (int(w * k) + 20, int(h * k) + 20), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    cx, cy = im.width / 2, im.height / 2
    rx, ry = w * k / 2, h * k / 2
    a0 = rng.uniform(0, 2 * math.pi)
    pts = []
    for i in range(70):
        a = a0 + 2.15 * math.pi * i / 69
        f = 1 + 0.05 * math.sin(3 * a) + i * 0.0008
        pts.append((cx + rx * f * math.cos(a), cy + ry * f * math.sin(a)))
    d.line(pts, fill=tuple(color) + (230,), width=max(2, int(k * 0.35)))
    sh.image(x - 1, y - 1, w + 2, h + 2, im, blend="multiply")


def tilt(img: Image.Image, deg: float, fill=(246, 246, 244)) -> Image.Image:
    return img.rotate(deg, resample=Image.BICUBIC, expand=False, fillcolor=fill)


def _mrz(s: Sheet, x: float, y: float, lines: list[str], *, pitch: float = 5.0, size: float = OCR) -> None:
    for i, ln in enumerate(lines):
        s.text(x, y + i * pitch, ln, font="ocrb", size_pt=size, color=(18, 18, 20))


def _par(person, father, mother):
    return (father or person.father or "—"), (mother or person.mother or "—")


def _emblem(sh: Sheet, x: float, y: float, d: float, col, *, star: bool = True) -> None:
    """A state emblem drawn small: two rings and a star or a crossed pattern."""
    k = 12
    n = int(d * k)
    im = Image.new("RGBA", (n, n), (0, 0, 0, 0))
    dr = ImageDraw.Draw(im)
    dr.ellipse([1, 1, n - 2, n - 2], outline=tuple(col) + (255,), width=max(2, n // 24))
    dr.ellipse([n * 0.16, n * 0.16, n * 0.84, n * 0.84], outline=tuple(col) + (255,), width=max(1, n // 40))
    c = n / 2
    if star:
        pts = []
        for i in range(10):
            a = -math.pi / 2 + i * math.pi / 5
            r = n * (0.26 if i % 2 == 0 else 0.11)
            pts.append((c + r * math.cos(a), c + r * math.sin(a)))
        dr.polygon(pts, fill=tuple(col) + (255,))
    else:
        for i in range(-2, 3):
            dr.line([(c + i * n * 0.07, n * 0.28), (c + i * n * 0.07, n * 0.72)], fill=tuple(col) + (255,),
                    width=max(1, n // 36))
    sh.image(x, y, d, d, im)


# --------------------------------------------------------------------------- passports

_PP = {
    "GAB": dict(state="RÉPUBLIQUE GABONAISE", title="PASSEPORT · PASSPORT", band=(0, 120, 70), tint=(238, 246, 238),
                ink=(20, 80, 50), nat="GABONAISE", auth="DGDI LIBREVILLE", years=5, font=NNAR, font_b=NNAR_B,
                num=lambda r: "G" + _digits(r, 8),
                caps=["Type", "Code", "N° de passeport / Passport No.", "Nom / Surname", "Prénoms / Given names",
                      "Nationalité / Nationality", "Date de naissance / Date of birth", "Sexe / Sex",
                      "Lieu de naissance / Place of birth", "Date de délivrance / Date of issue",
                      "Date d'expiration / Date of expiry", "Autorité / Authority"],
                df=lambda d: d.strftime("%d/%m/%Y")),
    "GMB": dict(state="THE REPUBLIC OF THE GAMBIA", title="PASSPORT", band=(28, 60, 140), tint=(236, 240, 248),
                ink=(24, 50, 110), nat="GAMBIAN", auth="GID BANJUL", years=5, font=GOTH, font_b=GOTH_B,
                num=lambda r: "PC" + _digits(r, 7),
                caps=["Type", "Country code", "Passport No.", "Surname", "Given names", "Nationality",
                      "Date of birth", "Sex", "Place of birth", "Date of issue", "Date of expiry", "Authority"],
                df=lambda d: f"{d.day:02d} {_MON3[d.month - 1]} {d.year % 100:02d}"),
    "TUR": dict(state="TÜRKİYE CUMHURİYETİ", title="PASAPORT · PASSPORT · PASSEPORT", band=(140, 20, 34),
                tint=(246, 238, 238), ink=(96, 18, 28), nat="T.C.", auth="T.C. İÇİŞLERİ BAKANLIĞI", years=10,
                font=DSC, font_b=DSC_B, num=lambda r: "U" + _digits(r, 8),
                caps=["Tipi / Type", "Ülke kodu / Code", "Pasaport No / Passport No", "Soyadı / Surname",
                      "Adı / Given names", "Uyruğu / Nationality", "Doğum tarihi / Date of birth",
                      "Cinsiyeti / Sex", "Doğum yeri / Place of birth", "Veriliş tarihi / Date of issue",
                      "Geçerlilik tarihi / Date of expiry", "Makam / Authority"],
                df=lambda d: d.strftime("%d.%m.%Y")),
    "SUR": dict(state="REPUBLIEK SURINAME", title="PASPOORT · PASSPORT", band=(20, 100, 60), tint=(240, 246, 238),
                ink=(20, 74, 44), nat="SURINAAMSE", auth="CBB PARAMARIBO", years=10, font=CAL, font_b=CAL_B,
                num=lambda r: "R" + _digits(r, 7),
                caps=["Type", "Code", "Paspoortnr. / Passport No.", "Naam / Surname", "Voornamen / Given names",
                      "Nationaliteit / Nationality", "Geboortedatum / Date of birth", "Geslacht / Sex",
                      "Geboorteplaats / Place of birth", "Datum afgifte / Date of issue",
                      "Geldig tot / Date of expiry", "Instantie / Authority"],
                df=lambda d: f"{d.day:02d} {_MRT3[d.month - 1]}/{_MON3[d.month - 1]} {d.year}"),
}


def _pp_page(code: str, person, rng: random.Random, number: str, issue, expiry, lines) -> Sheet:
    """This part's data page: a coloured band right across the top with the state's name in white capitals and a
    small emblem at its left end, the photo at the RIGHT under the band, the captions in small italics above
    the values in two columns at the left of the photo, the holder's signature in a strip under the photo, the
    document number repeated in red at the upper right, the MRZ in a white zone at the foot."""
    cfg = _PP[code]
    f, fb = cfg["font"], cfg["font_b"]
    s = Sheet(125, 88)
    s.image(0, 0, 125, 64, _guilloche(125, 64, rng, bg=cfg["tint"], ink=tuple(max(0, v - 22) for v in cfg["tint"]),
                                      n=20))
    s.rect(0, 0, 125, 9, width_mm=0, fill=cfg["band"])
    _emblem(s, 2, 0.8, 7.4, (255, 255, 255), star=code != "TUR")
    st = glyphs(cfg["state"], fb)
    s.text(62.5, 1.4, st, font=fb, size_pt=fit(st, fb, 8.5, 80), color=(255, 255, 255), anchor="center")
    tt = glyphs(cfg["title"], f)
    s.text(62.5, 5.2, tt, font=f, size_pt=fit(tt, f, 5.2, 80), color=(235, 235, 235), anchor="center")
    s.text(122, 11, number, font="mono2", size_pt=7.2, color=(176, 30, 40), anchor="right")
    s.photo(90, 15, 29, 37, rng)
    s.rect(90, 53, 29, 8, width_mm=0.15, color=(160, 160, 160), fill=(250, 250, 248))
    s.signature(92, 53.5, 25, 7, rng, color=(30, 30, 36))
    vals = ["P", code, number, person.surname.upper(), person.given_names.upper(), cfg["nat"],
            cfg["df"](person.birth_date), person.sex, strip_accents(person.birth_place).upper(), cfg["df"](issue),
            cfg["df"](expiry), cfg["auth"]]
    grid = [[(0, 10), (1, 16), (2, 56)], [(3, 84)], [(4, 84)], [(5, 40), (7, 42)], [(6, 40), (8, 42)],
            [(9, 40), (10, 42)], [(11, 84)]]
    y = 12.5
    fi = {NNAR: NNAR_I, GOTH: GOTH_I, DSC: DSC_I, CAL: CAL_I}.get(f, f)
    for row in grid:
        x = 4.0
        for i, w in row:
            cap = glyphs(cfg["caps"][i], fi)
            s.text(x, y, cap, font=fi, size_pt=fit(cap, fi, 3.6, w - 1), color=cfg["ink"])
            v = glyphs(vals[i], fb)
            s.text(x, y + 2.0, v, font=fb, size_pt=fit(v, fb, 6.9, w - 1.5))
            x += w + 1.5
        y += 7.1
    s.rect(0, 64, 125, 24, width_mm=0, fill=(252, 252, 250))
    _mrz(s, 4.5, 70.5, lines, pitch=5.4)
    return s


def _obs_page(code: str, rng: random.Random) -> Sheet:
    """The observations page (printed notes, an entry stamp) that faces or follows the data page."""
    cfg = _PP[code]
    s = Sheet(125, 88)
    s.rect(0, 0, 125, 88, width_mm=0, fill=tuple(min(255, v + 4) for v in cfg["tint"]))
    note = {"GAB": "OBSERVATIONS · Ce passeport est la propriété de la République Gabonaise.",
            "GMB": "OBSERVATIONS · This passport remains the property of the Government of The Gambia.",
            "TUR": "RESMİ MAKAMLARIN NOTLARI · OBSERVATIONS",
            "SUR": "AANTEKENINGEN · OBSERVATIONS · Eigendom van de Republiek Suriname."}[code]
    nn = glyphs(note, NNAR)
    s.text(62.5, 4, nn, font=NNAR, size_pt=fit(nn, NNAR, 5.4, 115), anchor="center", color=GREY)
    for k in range(9):
        s.rule(8, 14 + k * 7.5, 117, 14 + k * 7.5, width_mm=0.06, color=(200, 200, 204))
    when = TODAY - datetime.timedelta(days=rng.randint(200, 1100))
    s.stamp(rng.uniform(50, 80), rng.uniform(24, 50), ["SCHENGEN", rng.choice(["BRU", "ZAV", "AMS", "LGG"]),
                                                       when.strftime("%d.%m.%y"), "◄ ENTRY"], rng,
            shape="rect", size_mm=22, color=rng.choice([ST_BLUE, INK_K]), angle=rng.uniform(-12, 12))
    return s


def _pp_lines(code, person, rng, issue_date, expiry_date, break_check, mrz_override, number):
    cfg = _PP[code]
    issue, expiry = _dates(rng, issue_date, expiry_date, cfg["years"])
    number = number or cfg["num"](rng)
    md = _mrz_data(person, mrz_override)
    lines = M.td3(issuing=code, surname=md["surname"], given=md["given_names"],
                  number=md.get("number", number[-9:]), nationality=md["nationality"], birth_date=md["birth_date"],
                  sex=md["sex"], expiry=expiry, break_check=break_check)
    return issue, expiry, number, lines


def _passport(code: str, habit: str):
    def make(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, crop=False,
             number=None, annotate=None, **opts):
        issue, expiry, number, lines = _pp_lines(code, person, rng, issue_date, expiry_date, break_check,
                                                 mrz_override, number)
        page = _pp_page(code, person, rng, number, issue, expiry, lines)
        if crop:
            return [page]
        sh = Sheet()
        if habit == "tilted":
            # the open booklet laid crooked on the glass: the observations page above, the data page below, the
            # whole turned by two or three degrees; the lawyer's 'copie conforme' note and initials in ballpoint
            book = Sheet(125, 178)
            paste(book, _obs_page(code, rng), 0, 0, dpi=220)
            paste(book, page, 0, 90, dpi=300)
            book.rule(0, 89, 125, 89, width_mm=0.6, color=(120, 120, 126))
            img = book.render(240)
            ang = rng.choice([-1, 1]) * rng.uniform(1.8, 3.2)
            img = img.rotate(ang, resample=Image.BICUBIC, expand=True, fillcolor=(255, 255, 255))
            w = 132
            h = w * img.height / img.width
            sh.image(36, 22, w, h, img)
            sh.handwriting(36, 28 + h, "copie conforme à l'original présenté", rng, size_pt=11, color=INK,
                           font=HAND_I)
            sh.handwriting(150, 36 + h, rng.choice(["VDL", "MB", "S.L."]), rng, size_pt=12, color=INK, font=HAND_I)
            if annotate:
                sh.handwriting(36, 48 + h, annotate, rng, size_pt=12)
            return [sh]
        if habit == "exhibit":
            # the data page enlarged to about 125 % in the middle of the sheet, the line of the office's
            # multifunction printer at the top, the exhibit sticker at the lower right
            k = 1.25
            paste(sh, page, (210 - 125 * k) / 2, 46, k=k, dpi=300)
            sh.rect((210 - 125 * k) / 2 - 0.4, 45.6, 125 * k + 0.8, 88 * k + 0.8, width_mm=0.15,
                    color=(180, 180, 180))
            mfp_line(sh, datetime.datetime.combine(TODAY - datetime.timedelta(days=rng.randint(3, 30)),
                                                   datetime.time(rng.randint(8, 17), rng.randint(0, 59))), rng)
            exhibit_sticker(sh, 160, 262, f"STUK {rng.randint(2, 4)}" if rng.random() < 0.5 else
                            f"PIÈCE {rng.randint(2, 4)}", rng)
            if annotate:
                sh.handwriting(30, 170, annotate, rng, size_pt=12)
            return [sh]
        if habit == "dusty":
            # a black-and-white scan on an old flatbed: dust specks and a hair on the glass, the data page at
            # actual size at the upper left with the cover's inside edge showing as a dark strip beside it
            paste(sh, page, 18, 20, dpi=300)
            sh.rect(143, 20, 6, 88, width_mm=0, fill=(70, 70, 74))
            if annotate:
                sh.handwriting(18, 118, annotate, rng, size_pt=12)
            img = sh.render(200).convert("L").point(lambda v: 255 if v > 218 else int(v * 0.92)).convert("RGB")
            return [sheet_of(speckle(img, rng))]
        # "stain": the data page copied at actual size in the middle, a tide mark from a drop of water at the
        # upper right of the sheet and the feed rollers' grey marks down the left margin
        paste(sh, page, 42.5, 60, dpi=300)
        if annotate:
            sh.handwriting(42, 156, annotate, rng, size_pt=12)
        img = water_stain(sh.render(200), rng, where=(0.8, 0.12))
        return [sheet_of(roller_marks(img, rng))]

    return make


for _code, _habit, _lang, _note in (
    ("GAB", "tilted", "fr/en", "Gabonese passport: the open booklet copied crooked, observations page above, a "
                               "ballpoint 'copie conforme' note"),
    ("GMB", "exhibit", "en", "Gambian passport: the data page enlarged to 125 %, the MFP's scan line at the top, the "
                             "office's exhibit sticker"),
    ("TUR", "dusty", "tr/en/fr", "Turkish passport: black-and-white flatbed scan with dust and a hair on the glass"),
    ("SUR", "stain", "nl/en", "Surinamese passport: copied at actual size, a water tide mark and roller marks"),
):
    _register(f"passport-td3-{_code.lower()}-kopband-foto-rechts-twee-kolommen-{_habit}-35", "identity-document",
              PART, _lang, _passport(_code, _habit), country=_code, mrz="TD3", photo=True,
              notes=_note + "; a coloured band with the state's name across the top, photo at the right")


# --------------------------------------------------------------------------- Gabonese identity card (TD1)

def idcard_gab(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, crop=False,
               annotate=None, **opts):
    """Gabon's biometric national identity card: the front with the flag's green-yellow-blue bars down the LEFT
    edge, the photo beside them, the holder's data in French in two columns and the NIP (numéro d'identification
    personnel) in a box at the foot; the back with the address, the issuing office (DGDI), a barcode and the
    three MRZ lines.  Copied in the copier's ID-card mode: both sides centred one above the other inside the grey
    frame the copier prints round the card area, 'ID Card Copy' and the date in the copier's footer."""
    issue, expiry = _dates(rng, issue_date, expiry_date, 10)
    nip = _digits(rng, 4) + "-" + _digits(rng, 4) + "-" + _digits(rng, 4)
    number = f"GA{_digits(rng, 7)}"
    md = _mrz_data(person, mrz_override)
    lines = M.td1(issuing="GAB", surname=md["surname"], given=md["given_names"], number=md.get("number", number),
                  nationality=md["nationality"], birth_date=md["birth_date"], sex=md["sex"], expiry=expiry,
                  optional2=nip.replace("-", ""), break_check=break_check)
    f, fb = NNAR, NNAR_B
    fr = Sheet(85.6, 54)
    fr.image(0, 0, 85.6, 54, _guilloche(85.6, 54, rng, bg=(244, 246, 238), ink=(216, 222, 200), n=14))
    for i, col in enumerate(((0, 140, 70), (252, 210, 30), (40, 90, 180))):
        fr.rect(i * 2.2, 0, 2.2, 54, width_mm=0, fill=col)
    fr.text(9, 2, "RÉPUBLIQUE GABONAISE", font=fb, size_pt=7.2, color=(0, 100, 56))
    fr.text(9, 5.6, "CARTE NATIONALE D'IDENTITÉ · NATIONAL IDENTITY CARD", font=f, size_pt=4.2, color=GREY)
    fr.photo(9, 11, 21, 27, rng)
    cells = [(33, 11, "Nom", person.surname.upper()), (33, 16.5, "Prénoms", person.given_names.upper()),
             (33, 22, "Né(e) le", person.birth_date.strftime("%d/%m/%Y")), (61, 22, "Sexe", person.sex),
             (33, 27.5, "À", strip_accents(person.birth_place).upper()), (33, 33, "Nationalité", "GABONAISE"),
             (61, 33, "Expire le", expiry.strftime("%d/%m/%Y"))]
    for x, y, a, b in cells:
        fr.text(x, y, a, font=f, size_pt=3.3, color=GREY)
        bb = glyphs(b, fb)
        fr.text(x, y + 1.5, bb, font=fb, size_pt=fit(bb, fb, 6, 50 if a in ("Nom", "Prénoms", "À") else 26))
    fr.rect(9, 42, 50, 9, width_mm=0.3, color=(0, 100, 56))
    fr.text(11, 43, "NIP", font=f, size_pt=3.3, color=GREY)
    fr.text(11, 45.4, nip, font="mono2", size_pt=8, color=(20, 20, 20))
    fr.signature(62, 42, 20, 8, rng, color=INK_K)
    bk = Sheet(85.6, 54)
    bk.rect(0, 0, 85.6, 54, width_mm=0, fill=(240, 242, 236))
    for i, (a, b) in enumerate((("Adresse", f"Quartier {rng.choice(['Louis', 'Nombakélé', 'Akébé', 'Glass', 'Nzeng-Ayong'])}, "
                                            f"{strip_accents(person.birth_place)}"),
                                ("Délivrée le", issue.strftime("%d/%m/%Y")), ("Par", "DGDI – LIBREVILLE"),
                                ("N° de carte", number))):
        bk.text(3, 2.5 + i * 5.4, a, font=f, size_pt=3.3, color=GREY)
        bb = glyphs(b, fb)
        bk.text(3, 3.9 + i * 5.4, bb, font=fb, size_pt=fit(bb, fb, 5.4, 46))
    barcode(bk, 54, 3, 28, 10, nip + number)
    _mrz(bk, 2.4, 31.5, lines, pitch=5.6, size=OCR * 0.98)
    if crop:
        return [fr, bk]
    sh = Sheet()
    sh.rect(50, 40, 110, 150, width_mm=0, fill=(236, 236, 236))
    for i, side in enumerate((fr, bk)):
        paste(sh, side, 62.2, 52 + i * 68, dpi=300)
    sh.text(105, 196, f"ID Card Copy · {(TODAY - datetime.timedelta(days=rng.randint(2, 40))).strftime('%d-%m-%Y')}",
            font=LMONO, size_pt=7.5, anchor="center", color=(110, 110, 110))
    if annotate:
        sh.handwriting(50, 210, annotate, rng, size_pt=12)
    return [sh]


_register("idcard-td1-gab-cni-kopieerstand-idkaart-grijs-kader-35", "identity-document", PART, "fr", idcard_gab,
          country="GAB", mrz="TD1", photo=True,
          notes="Gabonese identity card copied in the copier's ID-card mode, both sides in a grey frame")


# --------------------------------------------------------------------------- Dutch residence document (TD1)

def permit_nl(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, crop=False,
              v_number=None, purpose=None, annotate=None, **opts):
    """The Dutch residence document, front and back SIDE BY SIDE at 140 % across the middle of the sheet, under a
    typed caption 'Kopie verblijfsdocument (voor- en achterzijde)'; the sheet had been crumpled in a pocket and
    flattened again before it was copied."""
    issue, expiry = _dates(rng, issue_date, expiry_date, 5)
    number = "".join(rng.choice("BCDFGHJKLMNPRSTVWXZ") for _ in range(2)) + _digits(rng, 7)
    vnr = v_number or ("2" + _digits(rng, 9))
    md = _mrz_data(person, mrz_override)
    lines = M.td1(issuing="NLD", surname=md["surname"], given=md["given_names"], number=md.get("number", number),
                  nationality=md["nationality"], birth_date=md["birth_date"], sex=md["sex"], expiry=expiry,
                  doc_code="IR", break_check=break_check)
    f, fb = GOTH, GOTH_B
    fr = Sheet(85.6, 54)
    fr.image(0, 0, 85.6, 54, _guilloche(85.6, 54, rng, bg=(240, 240, 248), ink=(210, 212, 234), n=16))
    fr.rect(0, 0, 85.6, 8, width_mm=0, fill=(30, 56, 116))
    fr.text(3, 1.6, "VERBLIJFSDOCUMENT · RESIDENCE DOCUMENT", font=fb, size_pt=6.4, color=(255, 255, 255))
    fr.photo(61, 11, 21, 27, rng)
    cells = [(3, 10.5, "Naam", person.surname.upper()), (3, 16, "Voornamen", person.given_names.upper()),
             (3, 21.5, "Geb. datum", person.birth_date.strftime("%d-%m-%Y")), (31, 21.5, "Nat.", person.nationality),
             (45, 21.5, "Gesl.", person.sex), (3, 27, "Geldig tot", expiry.strftime("%d-%m-%Y")),
             (31, 27, "VNR", vnr)]
    for x, y, a, b in cells:
        fr.text(x, y, a, font=f, size_pt=3.3, color=GREY)
        bb = glyphs(b, fb)
        fr.text(x, y + 1.6, bb, font=fb, size_pt=fit(bb, fb, 6.1, 54 if x == 3 and a in ("Naam", "Voornamen")
                                                                     else 26))
    fr.text(3, 46, number, font=fb, size_pt=5.2, color=(160, 40, 40))
    fr.signature(40, 42, 18, 7, rng, color=INK_K)
    bk = Sheet(85.6, 54)
    bk.rect(0, 0, 85.6, 54, width_mm=0, fill=(238, 240, 246))
    bk.text(3, 3, "Verblijfsdoel", font=f, size_pt=3.3, color=GREY)
    for j, r_ in enumerate(wrap((purpose or "verblijf bij familielid").upper(), 78, fb, 5.2)[:2]):
        bk.text(3, 4.6 + j * 2.8, r_, font=fb, size_pt=5.2)
    bk.text(3, 11.5, f"Afgifte {issue.strftime('%d-%m-%Y')} · IND", font=f, size_pt=4.2)
    bk.text(3, 15, "Arbeid vrij toegestaan. TWV niet vereist.", font=f, size_pt=4.0)
    _mrz(bk, 2.4, 31.5, lines, pitch=5.6, size=OCR * 0.98)
    if crop:
        return [fr, bk]
    sh = Sheet()
    sh.text(20, 30, "Kopie verblijfsdocument (voor- en achterzijde)", font=NROM_B, size_pt=11.5)
    k = 1.4
    w = 85.6 * k
    scale = 170 / (2 * w + 4)
    for i, side in enumerate((fr, bk)):
        paste(sh, side, 20 + i * (w * scale + 4), 44, k=k * scale, dpi=300)
    if annotate:
        sh.handwriting(20, 130, annotate, rng, size_pt=12)
    return [sheet_of(crumpled(sh.render(200), rng))]


_register("permit-nl-verblijfsdocument-naast-elkaar-getypt-bijschrift-verfrommeld-35", "identity-document", PART,
          "nl", permit_nl, country="NLD", mrz="TD1", photo=True,
          notes="Dutch residence card, front beside back enlarged, a typed caption, the sheet crumpled and flattened")


# --------------------------------------------------------------------------- birth certificates

_GAB_ARR = ["1er", "2e", "3e", "4e", "5e", "6e"]


def birth_gab(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Gabon: an 'Extrait d'acte de naissance' of a town hall's arrondissement: the state's heading and motto at the
    upper left, the town hall in a box at the upper right with the register's number, then a table in two
    columns with grey headed sections 'ENFANT', 'PÈRE', 'MÈRE' (name, date and place of birth, profession,
    domicile), the date of birth written out in words as well; 'Extrait certifié conforme' with the officer's
    signature over the mayor's round stamp at the LOWER LEFT and the fiscal duty in a small box at the right."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(30, 400))
    act = act_date or person.birth_date + datetime.timedelta(days=rng.randint(2, 30))
    fa, mo = _par(person, father, mother)
    place = person.birth_place
    arr = rng.choice(_GAB_ARR) if place == "Libreville" else None
    mairie = f"Mairie de {place}" + (f" – {arr} arrondissement" if arr else "")
    f, fb, fm = PAL, PAL_B, LMONO
    sh = Sheet()
    sh.text(20, 14, "RÉPUBLIQUE GABONAISE", font=fb, size_pt=11)
    sh.text(20, 19.5, "Union – Travail – Justice", font=PAL_I, size_pt=9)
    sh.text(20, 25, "Province de l'Estuaire" if place == "Libreville" else f"Commune de {place}", font=f, size_pt=9)
    sh.rect(118, 12, 72, 20, width_mm=0.4)
    sh.text(154, 14, glyphs(mairie, fb), font=fb, size_pt=fit(glyphs(mairie, fb), fb, 9.5, 68), anchor="center")
    sh.text(154, 19.5, "Centre principal d'état civil", font=f, size_pt=8.5, anchor="center")
    no = f"{rng.randint(1, 2999)}/{act.year}"
    sh.text(154, 25, f"Acte n° {no}", font=fm, size_pt=9.5, anchor="center")
    sh.text(105, 42, "EXTRAIT D'ACTE DE NAISSANCE", font=fb, size_pt=16, anchor="center")
    sh.rule(60, 49, 150, 49, width_mm=0.3)
    jobs = ["commerçant", "agent de l'État", "enseignant", "mécanicien", "cultivateur", "chauffeur", "infirmier"]
    jobs_f = ["commerçante", "ménagère", "institutrice", "couturière", "sans profession", "secrétaire"]
    quartier = rng.choice(["Louis", "Nombakélé", "Akébé", "Lalala", "Nzeng-Ayong", "Sotéga", "Potos"])
    fbd = datetime.date(person.birth_date.year - rng.randint(23, 38), rng.randint(1, 12), rng.randint(1, 28))
    mbd = datetime.date(person.birth_date.year - rng.randint(19, 33), rng.randint(1, 12), rng.randint(1, 28))
    sections = [
        ("ENFANT", [("Nom", person.surname.upper()), ("Prénoms", person.given_names),
                    ("Sexe", "masculin" if person.sex == "M" else "féminin"),
                    ("Date de naissance", person.birth_date.strftime("%d/%m/%Y")),
                    ("en lettres", fr_words_date(person.birth_date)),
                    ("Lieu de naissance", place)]),
        ("PÈRE", [("Nom et prénoms", fa), ("Né le", fbd.strftime("%d/%m/%Y")), ("Profession", rng.choice(jobs)),
                  ("Domicile", f"quartier {quartier}, {place}")]),
        ("MÈRE", [("Nom et prénoms", mo), ("Née le", mbd.strftime("%d/%m/%Y")), ("Profession", rng.choice(jobs_f)),
                  ("Domicile", f"quartier {quartier}, {place}")]),
    ]
    y = 56
    for head, rows in sections:
        sh.rect(20, y, 170, 6.5, width_mm=0.3, fill=(225, 225, 225))
        sh.text(22, y + 1.2, head, font=fb, size_pt=10)
        y += 6.5
        for a, b in rows:
            bb = glyphs(b, fm)
            rr = wrap(bb, 112, fm, 9.6) or [""]
            h = 5.6 * len(rr) + 1.4
            sh.rect(20, y, 52, h, width_mm=0.2)
            sh.rect(72, y, 118, h, width_mm=0.2)
            sh.text(22, y + 1, a, font=f, size_pt=9.6)
            for j, r_ in enumerate(rr):
                sh.text(74, y + 1 + j * 5.6, r_, font=fm, size_pt=9.6)
            y += h
        y += 3
    y += 2
    sh.text(20, y, glyphs(f"Acte dressé le {act.strftime('%d/%m/%Y')} sur la déclaration du père.", f), font=f,
            size_pt=10)
    y += 7
    sh.text(20, y, glyphs(f"Extrait certifié conforme, délivré à {place} le {fr_long(issue)}.", f), font=f,
            size_pt=10)
    y += 9
    sh.text(20, y, "L'Officier de l'état civil,", font=PAL_I, size_pt=10)
    sh.stamp(18, y + 3, [f"MAIRIE DE {place.upper()}"[:26], "ÉTAT CIVIL", "GABON"], rng, shape="round",
             size_mm=30, color=rng.choice([ST_BLUE, ST_VIOLET]), angle=rng.uniform(-14, 14))
    sh.signature(30, y + 8, 46, 14, rng, color=INK)
    sh.text(20, y + 35, rng.choice(["NDONG OBIANG Régis", "MOUSSAVOU Félicité", "ESSONO Aristide"]), font=fb,
            size_pt=9.5)
    sh.rect(148, y + 4, 42, 20, width_mm=0.3)
    sh.text(169, y + 6, "Droits perçus", font=f, size_pt=8, anchor="center")
    sh.text(169, y + 11.5, f"{rng.choice([1000, 1500, 2000])} FCFA", font=fm, size_pt=9.5, anchor="center")
    sh.text(169, y + 17, f"Quittance n° {rng.randint(1000, 9999)}", font=f, size_pt=7.5, anchor="center")
    return [sh]


def birth_gmb(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """The Gambia: the Births and Deaths Registry's 'Certificate of Birth' on a pre-printed form with a green
    border: numbered questions (1 to 12) each on a ruled line, the answers written in by hand in a rounded
    ballpoint hand (Breip), the entry number and the district in boxes at the top; the registrar's signature
    on a line at the lower RIGHT with the title printed under it, the registry's round stamp at the lower left;
    a crease across the middle from being kept folded."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(30, 400))
    act = act_date or person.birth_date + datetime.timedelta(days=rng.randint(5, 60))
    fa, mo = _par(person, father, mother)
    place = person.birth_place
    ink = rng.choice([INK, INK_K])
    f, fb = NROM, NROM_B
    col = (20, 110, 60)
    sh = Sheet()
    sh.rect(10, 10, 190, 277, width_mm=1.6, color=col)
    sh.rect(13, 13, 184, 271, width_mm=0.3, color=col)
    _emblem(sh, 97, 17, 16, col)
    sh.text(105, 35, "THE REPUBLIC OF THE GAMBIA", font=fb, size_pt=13, anchor="center", color=col)
    sh.text(105, 41, "MINISTRY OF HEALTH · BIRTHS AND DEATHS REGISTRY", font=f, size_pt=9.5, anchor="center")
    sh.text(105, 50, "CERTIFICATE OF BIRTH", font=fb, size_pt=18, anchor="center")
    district = {"Banjul": "Banjul", "Serekunda": "Kanifing", "Bakau": "Kanifing", "Brikama": "Kombo Central",
                "Brufut": "Kombo North", "Gunjur": "Kombo South", "Lamin": "Kombo North", "Farafenni": "Upper Baddibu",
                "Soma": "Jarra West", "Basse Santa Su": "Fulladu East", "Janjanbureh": "Niamina East"}.get(place,
                                                                                                      "Kanifing")
    for x, a, b in ((22, "Entry No.", f"{rng.randint(1000, 99999)}/{act.year}"), (110, "District", district)):
        sh.rect(x, 58, 78, 10, width_mm=0.3)
        sh.text(x + 2, 59, a, font=f, size_pt=8, color=GREY)
        sh.handwriting(x + 24, 58.8, b, rng, size_pt=12, color=ink, font=BREIP)
    items = [("Name of child", f"{person.given_names} {person.surname}"),
             ("Sex", "Male" if person.sex == "M" else "Female"),
             ("Date of birth", person.birth_date.strftime("%d/%m/%Y")),
             ("Place of birth", f"{place}, {district}"),
             ("Name of father", fa), ("Nationality of father", "Gambian"),
             ("Occupation of father", rng.choice(["Trader", "Farmer", "Driver", "Teacher", "Fisherman", "Tailor"])),
             ("Name of mother", mo), ("Nationality of mother", "Gambian"),
             ("Name of informant", fa), ("Date of registration", act.strftime("%d/%m/%Y")),
             ("Registered at", rng.choice(["EFSTH Banjul", "Serekunda Health Centre", "Brikama Major Health Centre",
                                           "Bundung Maternal & Child Health Hospital"]))]
    y = 76
    for i, (a, b) in enumerate(items, 1):
        sh.text(22, y, f"{i}.", font=f, size_pt=10)
        sh.text(30, y, a, font=f, size_pt=10)
        sh.rule(84, y + 4.6, 188, y + 4.6, width_mm=0.2, color=(110, 110, 110), dash=0.5)
        bb = glyphs(b, BREIP)
        sh.handwriting(86, y - 1.6, bb, rng, size_pt=fit(bb, BREIP, 12.5, 98 / 1.12), color=ink, font=BREIP)
        y += 11.5
    y += 6
    sh.text(22, y, f"I certify that the above is a true copy of the entry in the Register of Births.", font=f,
            size_pt=10)
    y += 8
    sh.text(22, y, "Date of issue:", font=f, size_pt=10)
    sh.handwriting(50, y - 1.6, issue.strftime("%d/%m/%Y"), rng, size_pt=12, color=ink, font=BREIP)
    sh.stamp(28, y + 8, ["BIRTHS AND DEATHS REGISTRY", "BANJUL", "THE GAMBIA"], rng, shape="round", size_mm=30,
             color=rng.choice([ST_BLUE, ST_VIOLET]), angle=rng.uniform(-15, 15))
    sh.signature(130, y + 12, 46, 13, rng, color=ink)
    sh.rule(120, y + 26, 188, y + 26, width_mm=0.3)
    sh.text(154, y + 27.5, "Registrar of Births and Deaths", font=NROM_I, size_pt=9.5, anchor="center")
    img = sh.render(200)
    W, H = img.size
    band = Image.new("L", (W, H), 0)
    ImageDraw.Draw(band).rectangle([0, H // 2 - 4, W, H // 2 + 4], fill=120)
    band = band.filter(ImageFilter.GaussianBlur(W / 200))
    img = ImageChops.multiply(img, Image.merge("RGB", [band.point(lambda v: 255 - v // 3)] * 3))
    return [sheet_of(img)]


def birth_tur(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Türkiye: the district population directorate's 'Doğum Belgesi' (birth document) in PORTRAIT: 'T.C.' and the
    ministry at the upper left, a photo-less form of two-column rows with grey captions in Turkish (Adı, Soyadı,
    Baba adı, Ana adı, Doğum yeri, Doğum tarihi, T.C. kimlik no, Cilt/Aile sıra/Sıra no, Kayıt tarihi), typed in a
    monospaced face; the registrar's signature and the directorate's round 'mühür' at the foot, the page number
    'Sayfa 1/1'.  Turkish only."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(20, 250))
    act = act_date or person.birth_date + datetime.timedelta(days=rng.randint(3, 40))
    fa, mo = _par(person, father, mother)
    f, fb, fm = DSC, DSC_B, LMONO
    il = rng.choice(["ANKARA", "İSTANBUL", "İZMİR", "KONYA", "BURSA", "DİYARBAKIR", "TRABZON"])
    ilce = rng.choice(["KEÇİÖREN", "FATİH", "KARŞIYAKA", "MERAM", "OSMANGAZİ", "BAĞLAR", "ORTAHİSAR"])
    sh = Sheet()
    sh.text(20, 14, "T.C.", font=fb, size_pt=11)
    sh.text(20, 19.5, "İÇİŞLERİ BAKANLIĞI", font=fb, size_pt=10)
    sh.text(20, 24.5, glyphs(f"{ilce} İlçe Nüfus Müdürlüğü", f), font=f, size_pt=9.5)
    sh.text(190, 14, f"Belge No: {rng.randint(10**7, 10**8 - 1)}", font=fm, size_pt=9, anchor="right")
    sh.text(190, 19, f"Tarih: {issue.strftime('%d.%m.%Y')}", font=fm, size_pt=9, anchor="right")
    sh.text(105, 38, "DOĞUM BELGESİ", font=fb, size_pt=17, anchor="center")
    sh.text(105, 45.5, "(Nüfus kaydına dayanılarak düzenlenmiştir)", font=DSC_I, size_pt=9, anchor="center",
            color=GREY)
    rows = [("T.C. Kimlik No", str(rng.randint(1, 9)) + _digits(rng, 10)), ("Adı", person.given_names.upper()),
            ("Soyadı", person.surname.upper()), ("Baba Adı", fa.split()[0].upper()),
            ("Ana Adı", mo.split()[0].upper()), ("Cinsiyeti", "ERKEK" if person.sex == "M" else "KADIN"),
            ("Doğum Yeri", person.birth_place.upper()), ("Doğum Tarihi", person.birth_date.strftime("%d.%m.%Y")),
            ("İl / İlçe", f"{il} / {ilce}"),
            ("Cilt / Aile Sıra / Sıra No", f"{rng.randint(10, 240)} / {rng.randint(1, 400)} / {rng.randint(1, 12)}"),
            ("Kayıt Tarihi", act.strftime("%d.%m.%Y")), ("Medeni Hali", rng.choice(["BEKAR", "EVLİ"]))]
    y = 56
    for a, b in rows:
        sh.rect(20, y, 64, 9, width_mm=0.25, fill=(234, 234, 234))
        sh.rect(84, y, 106, 9, width_mm=0.25)
        sh.text(22, y + 2.2, glyphs(a, f), font=f, size_pt=9.5)
        bb = glyphs(b, fm)
        sh.text(86, y + 2.2, bb, font=fm, size_pt=fit(bb, fm, 10.5, 102))
        y += 9
    y += 10
    sh.paragraph(20, y, 170, glyphs("Yukarıda kimlik bilgileri yazılı kişinin nüfus kaydındaki doğum bilgileri "
                                    "aynen yazılmıştır. Bu belge ilgilinin talebi üzerine verilmiştir.", f),
                 font=f, size_pt=10, leading=1.5)
    y += 26
    sh.text(150, y, "Nüfus Müdürü", font=fb, size_pt=10, anchor="center")
    sh.signature(128, y + 5, 44, 13, rng, color=INK)
    sh.stamp(100, y - 2, ["T.C. İÇİŞLERİ BAKANLIĞI", glyphs(ilce, NNAR_B), "NÜFUS MÜDÜRLÜĞÜ"], rng, shape="round",
             size_mm=28, color=ST_VIOLET, angle=rng.uniform(-12, 12))
    sh.text(150, y + 22, rng.choice(["Ayşe KARACA", "Mehmet ŞAHİN", "Hülya DEMİR"]), font=f, size_pt=9.5,
            anchor="center")
    sh.text(105, 284, "Sayfa 1/1", font=f, size_pt=8, anchor="center", color=GREY)
    return [sh]


_BE = {
    "nl": dict(tb="AFSCHRIFT VAN DE AKTE VAN GEBOORTE", tm="AFSCHRIFT VAN DE AKTE VAN HUWELIJK",
               nm="Naam", gv="Voornamen", sx="Geslacht", bd="Geboortedatum", bp="Geboorteplaats",
               fa="Ouder 1", mo="Ouder 2", m="man", f="vrouw", p1="Echtgeno(o)t(e) 1", p2="Echtgeno(o)t(e) 2",
               md="Datum van het huwelijk", mp="Plaats van het huwelijk", act="Aktenummer", head="Dienst Burgerzaken",
               sig="Elektronisch ondertekend door de ambtenaar van de burgerlijke stand", free="Kosteloos afgeleverd",
               when="Afgeleverd op", res="Woonplaats"),
    "fr": dict(tb="COPIE DE L'ACTE DE NAISSANCE", tm="COPIE DE L'ACTE DE MARIAGE",
               nm="Nom", gv="Prénoms", sx="Sexe", bd="Date de naissance", bp="Lieu de naissance",
               fa="Parent 1", mo="Parent 2", m="masculin", f="féminin", p1="Conjoint 1", p2="Conjoint 2",
               md="Date du mariage", mp="Lieu du mariage", act="Numéro d'acte", head="Service Population – État civil",
               sig="Signé électroniquement par l'officier de l'état civil", free="Délivré gratuitement",
               when="Délivré le", res="Domicile"),
}
_BE_COMMUNES = {"Gent": ("nl", "9000"), "Antwerpen": ("nl", "2000"), "Leuven": ("nl", "3000"),
                "Mechelen": ("nl", "2800"), "Aalst": ("nl", "9300"), "Kortrijk": ("nl", "8500"),
                "Liège": ("fr", "4000"), "Charleroi": ("fr", "6000"), "Namur": ("fr", "5000"), "Mons": ("fr", "7000"),
                "Bruxelles": ("fr", "1000"), "Brussel": ("nl", "1000"), "Schaerbeek": ("fr", "1030"),
                "Anderlecht": ("fr", "1070")}


def _be_copy(kind: str):
    def make(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, spouse=None,
             marriage_date=None, **opts):
        """A Belgian commune's copy of a civil-status act printed from the federal database: the commune's name in
        URW Gothic capitals over a thin coloured rule at the upper LEFT, the act number and the database
        reference in a box at the right, the act's data in a framed table with a grey label column, the spouses
        (marriage) as two column blocks side by side; the foot carries the electronic-signature line, 'Kosteloos
        afgeleverd / Délivré gratuitement' and a QR code at the lower right; no wet stamp, no pen signature."""
        if kind == "birth":
            city = person.birth_place if person.birth_place in _BE_COMMUNES else rng.choice(["Gent", "Liège",
                                                                                               "Schaerbeek", "Aalst"])
        else:
            a = person.address
            city = a.city if a is not None and a.city in _BE_COMMUNES else rng.choice(["Antwerpen", "Namur",
                                                                                      "Anderlecht", "Leuven"])
        lang, pc = _BE_COMMUNES[city]
        L = _BE[lang]
        issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(20, 300))
        f, fb = GOTH, GOTH_B
        col = rng.choice([(0, 90, 120), (120, 40, 60), (40, 90, 40)])
        sh = Sheet()
        sh.text(20, 14, (("STAD " if lang == "nl" else "VILLE DE ") + city.upper()), font=fb, size_pt=14, color=col)
        sh.rule(20, 21, 100, 21, width_mm=0.8, color=col)
        sh.text(20, 23.5, L["head"], font=f, size_pt=9, color=GREY)
        sh.text(20, 28, f"{pc} {city}", font=f, size_pt=9, color=GREY)
        act_no = f"{(act_date or issue).year if kind == 'birth' else issue.year}/{rng.randint(1, 4999):04d}"
        sh.rect(128, 12, 62, 18, width_mm=0.3, color=(150, 150, 150))
        sh.text(131, 14, L["act"], font=f, size_pt=7.5, color=GREY)
        sh.text(131, 18, act_no, font=fb, size_pt=10)
        sh.text(131, 23.5, f"DABS {_digits(rng, 4)}-{_digits(rng, 6)}", font="mono2", size_pt=8.5)
        sh.text(105, 42, L["tb"] if kind == "birth" else L["tm"], font=fb, size_pt=13, anchor="center")
        y = 54

        def row(a, b, x=20, w=170, lw=56):
            nonlocal y
            bb = glyphs(b, f)
            rr = wrap(bb, w - lw - 4, f, 10) or [""]
            h = 5.4 * len(rr) + 2.6
            sh.rect(x, y, lw, h, width_mm=0.2, color=(160, 160, 160), fill=(236, 236, 236))
            sh.rect(x + lw, y, w - lw, h, width_mm=0.2, color=(160, 160, 160))
            sh.text(x + 2, y + 1.4, a, font=f, size_pt=9)
            for j, r_ in enumerate(rr):
                sh.text(x + lw + 2, y + 1.4 + j * 5.4, r_, font=fb if a == L["nm"] else f, size_pt=10)
            y += h

        if kind == "birth":
            fa, mo = _par(person, father, mother)
            row(L["nm"], person.surname.upper())
            row(L["gv"], person.given_names)
            row(L["sx"], L["m"] if person.sex == "M" else L["f"])
            row(L["bd"], long_in(person.birth_date, lang))
            row(L["bp"], person.birth_place)
            row(L["fa"], fa)
            row(L["mo"], mo)
        else:
            wed = marriage_date or TODAY - datetime.timedelta(days=rng.randint(400, 3000))
            y0 = y
            for i, (title, pp) in enumerate(((L["p1"], person), (L["p2"], spouse))):
                if pp is None:
                    continue
                y = y0
                x = 20 + i * 86
                sh.rect(x, y, 84, 7, width_mm=0, fill=col)
                sh.text(x + 2, y + 1.3, title, font=fb, size_pt=9.5, color=(255, 255, 255))
                y += 7
                for a, b in ((L["nm"], pp.surname.upper()), (L["gv"], pp.given_names),
                             (L["bd"], long_in(pp.birth_date, lang)), (L["bp"], pp.birth_place)):
                    row(a, b, x=x, w=84, lw=30)
            y += 5
            row(L["md"], long_in(wed, lang))
            row(L["mp"], city)
        y += 10
        sh.text(20, y, f"{L['when']} {long_in(issue, lang)} · {L['free']}", font=f, size_pt=9.5)
        y += 12
        sh.rect(20, y, 120, 16, width_mm=0.25, color=(120, 120, 120))
        sh.text(23, y + 2, L["sig"], font=f, size_pt=8.5)
        sh.text(23, y + 7, f"{rng.choice(['A. Vermeiren', 'C. Lambotte', 'H. De Baets', 'N. Rahimi'])} · "
                           f"{issue.strftime('%d/%m/%Y')} {rng.randint(8, 16):02d}:{rng.randint(0, 59):02d}",
                font=fb, size_pt=9)
        qr(sh, 160, y - 4, 26, act_no + city)
        return [sh]

    return make


for _fid, _code, _lang, _fn, _note in (
    ("birth-gab-extrait-mairie-tabel-enfant-pere-mere-datum-in-letters-35", "GAB", "fr", birth_gab,
     "Gabonese town hall's birth extract as a table with headed sections, the date also in words, stamp under the "
     "signature at the lower left"),
    ("birth-gmb-registry-formulier-groene-rand-met-de-hand-vouw-35", "GMB", "en", birth_gmb,
     "Gambian certificate of birth on a green-bordered form with numbered lines filled in by hand, a fold crease"),
    ("birth-tur-nufus-mudurlugu-dogum-belgesi-staand-tabel-muhur-35", "TUR", "tr", birth_tur,
     "Turkish district population directorate's birth document in portrait, caption/value table (Turkish only)"),
    ("birth-be-dabs-afschrift-tabel-grijze-labelkolom-qr-35", "BEL", "nl/fr", _be_copy("birth"),
     "Belgian commune's copy of a birth act printed from the database, framed table, electronic signature, QR"),
):
    _register(_fid, "birth-certificate", PART, _lang, _fn, country=_code, notes=_note)

_register("marriage-be-dabs-afschrift-twee-kolommen-echtgenoten-qr-35", "marriage-certificate", PART, "nl/fr",
          _be_copy("marriage"), country="BEL",
          notes="Belgian commune's copy of a marriage act, the spouses side by side, electronic signature, QR")


# --------------------------------------------------------------------------- marriage certificates

def marriage_gab(person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    """Gabon: an 'Extrait d'acte de mariage' typed as PROSE on the town hall's paper (the spouses' names in
    capitals, the dates written out), the spouses' option for monogamy and the matrimonial regime stated in a
    ruled box under the act, the witnesses named; the officer's signature ABOVE the typed name at the RIGHT with
    the mayor's round stamp pressed over both, a pencilled exhibit number at the top."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(60, 500))
    wed = marriage_date or TODAY - datetime.timedelta(days=rng.randint(900, 4000))
    q = spouse
    husband, wife = (person, q) if person.sex == "M" else (q, person)
    place = (husband or person).birth_place
    f, fb, fi = FSER, FSER_B, FSER_I
    sh = Sheet()
    sh.text(20, 14, "RÉPUBLIQUE GABONAISE", font=fb, size_pt=11)
    sh.text(20, 19.5, "Union – Travail – Justice", font=fi, size_pt=9)
    sh.text(190, 14, f"MAIRIE DE {place.upper()}", font=fb, size_pt=10.5, anchor="right")
    sh.text(190, 19.5, "Service de l'état civil", font=f, size_pt=9, anchor="right")
    sh.text(105, 38, "EXTRAIT D'ACTE DE MARIAGE", font=fb, size_pt=15, anchor="center")
    sh.text(105, 45, f"n° {rng.randint(10, 999)}/{wed.year}", font=f, size_pt=10, anchor="center")

    def who(p):
        if p is None:
            return "—"
        e = "e" if p.sex == "F" else ""
        return (f"{p.surname.upper()} {p.given_names}, né{e} {fr_words_date(p.birth_date)} à {p.birth_place}, "
                f"de nationalité gabonaise")

    wit = [rng.choice(["MBA ONDO Patrice", "NZAMBA Claudine", "KOUMBA Gervais"]),
           rng.choice(["MINTSA Elvire", "BEKALE Jonas", "NGUEMA Rachel"])]
    txt = (f"L'an {_num_fr(wed.year)}, le {'premier' if wed.day == 1 else _num_fr(wed.day)} {_FR[wed.month - 1]}, à {rng.randint(9, 16)} heures, par-devant Nous, "
           f"Officier de l'état civil de la commune de {place}, ont comparu publiquement en la maison commune : "
           f"{who(husband)}, d'une part, et {who(wife)}, d'autre part, lesquels ont déclaré l'un après l'autre vouloir "
           f"se prendre pour époux ; et Nous avons prononcé au nom de la loi qu'ils sont unis par le mariage, en "
           f"présence de {wit[0]} et de {wit[1]}, témoins majeurs.")
    y = sh.paragraph(22, 56, 166, glyphs(txt, f), font=f, size_pt=11, leading=1.65, align="justify") + 6
    sh.rect(22, y, 166, 20, width_mm=0.3)
    sh.text(25, y + 2.5, "Option : monogamie", font=fb, size_pt=10.5)
    sh.text(25, y + 9, "Régime matrimonial : communauté réduite aux acquêts", font=f, size_pt=10.5)
    y += 30
    sh.text(22, y, glyphs(f"Pour extrait certifié conforme, {place}, le {fr_long(issue)}.", f), font=f, size_pt=10.5)
    y += 10
    sh.signature(128, y + 2, 48, 14, rng, color=INK)
    sh.text(188, y + 18, rng.choice(["ONDO MBA Roger", "MABIKA Jeanne", "NTOUTOUME Alain"]), font=fb,
            size_pt=10.5, anchor="right")
    sh.text(188, y + 23.5, "L'Officier de l'état civil", font=fi, size_pt=10, anchor="right")
    sh.stamp(128, y - 2, [f"MAIRIE DE {place.upper()}"[:24], "ÉTAT CIVIL", "GABON"], rng, shape="round",
             size_mm=30, color=ST_BLUE, angle=rng.uniform(-14, 14))
    sh.handwriting(172, 28, f"p. {rng.randint(3, 9)}", rng, size_pt=11, color=(120, 120, 126), font=HAND_I)
    return [sh]


def marriage_gmb(person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    """The Gambia: a certified copy of an entry of marriage under the Civil Marriage Act, set out as the register's
    ruled TABLE across the page (columns: when married, name and surname, age, condition, rank or profession,
    residence, father's name), one row per spouse, the witnesses and the Registrar's signatures under it, the
    registry's oval stamp; the copy printed from the register's microfilm a little grey."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(60, 500))
    wed = marriage_date or TODAY - datetime.timedelta(days=rng.randint(900, 4000))
    q = spouse
    husband, wife = (person, q) if person.sex == "M" else (q, person)
    f, fb = NNAR, NNAR_B
    sh = Sheet()
    _emblem(sh, 20, 12, 14, (40, 40, 40))
    sh.text(38, 13, "THE REPUBLIC OF THE GAMBIA", font=fb, size_pt=12)
    sh.text(38, 19, "Attorney General's Chambers · Registrar General's Department", font=f, size_pt=9)
    sh.text(38, 24, "CERTIFIED COPY OF AN ENTRY OF MARRIAGE (Civil Marriage Act)", font=fb, size_pt=10)
    no = f"{rng.randint(100, 999)}/{wed.year}"
    sh.text(190, 13, f"Entry No. {no}", font=fb, size_pt=10, anchor="right")
    sh.text(20, 36, f"Marriage solemnized at the Registry, Banjul, on {en_long(wed)}", font=f, size_pt=10.5)
    cols = [("When married", 22), ("Name and surname", 38), ("Age", 10), ("Condition", 18),
            ("Rank or profession", 26), ("Residence at the time", 28), ("Father's name", 28)]
    y = 46
    x = 20
    for t, w in cols:
        sh.rect(x, y, w, 11, width_mm=0.3, fill=(230, 230, 230))
        for j, r_ in enumerate(wrap(t, w - 2, fb, 7.8)[:2]):
            sh.text(x + 1, y + 1.2 + j * 3.6, r_, font=fb, size_pt=7.8)
        x += w
    y += 11
    for p in (husband, wife):
        if p is None:
            continue
        age = (wed - p.birth_date).days // 365
        vals = [wed.strftime("%d/%m/%Y"), f"{p.given_names} {p.surname.upper()}", str(age),
                "Bachelor" if p.sex == "M" else "Spinster",
                rng.choice(["Trader", "Teacher", "Nurse", "Mechanic", "Clerk", "Tailor"]),
                rng.choice(["Serekunda", "Bakau", "Brikama", "Banjul", "Lamin"]), p.father or "—"]
        x = 20
        for (t, w), v in zip(cols, vals):
            sh.rect(x, y, w, 15, width_mm=0.3)
            for j, r_ in enumerate(wrap(glyphs(v, f), w - 2, f, 8.6)[:3]):
                sh.text(x + 1, y + 1.4 + j * 4.2, r_, font=f, size_pt=8.6)
            x += w
        y += 15
    y += 8
    for j, who in enumerate(("Signature of husband", "Signature of wife", "Witness", "Witness")):
        x = 20 + (j % 2) * 86
        yy = y + (j // 2) * 20
        sh.signature(x + 4, yy, 38, 11, rng, color=rng.choice([INK, INK_K]))
        sh.rule(x, yy + 12, x + 70, yy + 12, width_mm=0.2)
        sh.text(x, yy + 13.5, who, font=f, size_pt=8.5, color=GREY)
    y += 46
    sh.paragraph(20, y, 170, f"I certify that the above is a true copy of an entry in the Register of Marriages "
                             f"kept at the Registrar General's Department, Banjul. Issued on {en_long(issue)}.",
                 font=f, size_pt=10, leading=1.45)
    y += 18
    sh.signature(120, y, 46, 13, rng, color=INK)
    sh.rule(112, y + 15, 188, y + 15, width_mm=0.3)
    sh.text(150, y + 16.5, "Registrar of Marriages", font=NNAR_I, size_pt=9.5, anchor="center")
    sh.stamp(40, y - 2, ["REGISTRAR GENERAL", "BANJUL", "THE GAMBIA"], rng, shape="oval", size_mm=30,
             color=ST_BLUE, angle=rng.uniform(-8, 8))
    img = sh.render(200).convert("L").point(lambda v: int(26 + v * 0.84)).convert("RGB")
    return [sheet_of(img)]


_register("marriage-gab-extrait-proza-optie-monogamie-kader-stempel-over-handtekening-35", "marriage-certificate",
          PART, "fr", marriage_gab, country="GAB",
          notes="Gabonese marriage extract in prose, the option for monogamy in a box, stamp over the signature")
_register("marriage-gmb-register-tabel-kolommen-handtekeningen-grijs-35", "marriage-certificate", PART, "en",
          marriage_gmb, country="GMB",
          notes="Gambian certified copy of a marriage entry as the register's ruled table, signatures, greyish copy")


# --------------------------------------------------------------------------- certificates of nationality

def nationality_gab(person, rng, *, issue_date=None, **opts):
    """Gabon: a court's 'Certificat de nationalité gabonaise' with the flag's three colours as a vertical strip
    down the LEFT edge, the court's heading centred, the text in justified paragraphs ('Nous, ..., Président du
    Tribunal de Première Instance de Libreville, ... certifions que ... est gabonais(e) en vertu de l'article ...
    du Code de la nationalité'), the documents seen listed with dashes, the president's signature at the
    RIGHT with the court's dry seal beside it and the registration number in the margin."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(40, 500))
    f, fb, fi = CAL, CAL_B, CAL_I
    sh = Sheet()
    for i, col in enumerate(((0, 140, 70), (252, 210, 30), (40, 90, 180))):
        sh.rect(8, 20 + i * 86, 5, 86, width_mm=0, fill=col)
    city = rng.choice(["Libreville", "Port-Gentil", "Franceville", "Oyem"])
    court = f"de {city}"
    sh.text(110, 14, "RÉPUBLIQUE GABONAISE", font=fb, size_pt=11, anchor="center")
    sh.text(110, 19.5, "MINISTÈRE DE LA JUSTICE", font=f, size_pt=9.5, anchor="center")
    sh.text(110, 25, f"TRIBUNAL DE PREMIÈRE INSTANCE {court.upper()}", font=fb, size_pt=10, anchor="center")
    sh.text(110, 42, "CERTIFICAT DE NATIONALITÉ", font=fb, size_pt=17, anchor="center")
    rn = f"Reg. n° {rng.randint(100, 9999)}/{issue.year}"
    sh.text(20, 52, rn, font=fi, size_pt=9.5, color=GREY)
    e = "e" if person.sex == "F" else ""
    paras = [
        f"Nous, {rng.choice(['MOUSSAVOU Laurent', 'OBIANG NDONG Sylvie', 'MBOUMBA Thierry'])}, Président du "
        f"Tribunal de Première Instance {court},",
        "Vu la loi n° 37/98 du 20 juillet 1998 portant Code de la nationalité gabonaise ;",
        "Vu les pièces produites, à savoir :",
        f"– la copie de l'acte de naissance n° {rng.randint(100, 2999)} de l'intéressé{e} ;",
        "– l'acte de naissance du père ;",
        f"CERTIFIONS que {person.surname.upper()} {person.given_names}, né{e} le {fr_long(person.birth_date)} à "
        f"{person.birth_place}, de {person.father or '—'} et de {person.mother or '—'}, est de nationalité "
        f"gabonaise, étant né{e} d'un père gabonais.",
        "En foi de quoi, Nous lui avons délivré le présent certificat pour servir et valoir ce que de droit.",
    ]
    y = 62
    for t in paras:
        x = 30 if t.startswith("–") else 22
        y = sh.paragraph(x, y, 190 - x, glyphs(t, f), font=fb if t.startswith("CERTIFIONS") else f, size_pt=11,
                         leading=1.6, align="justify") + 3.5
    y += 8
    sh.text(188, y, f"Fait à {city}, le {fr_long(issue)}", font=f, size_pt=11, anchor="right")
    sh.text(160, y + 7, "Le Président", font=fi, size_pt=10.5, anchor="center")
    sh.signature(136, y + 12, 46, 14, rng, color=INK)
    seal_relief(sh, 96, y + 8, 26, rng)
    sh.stamp(92, y + 30, ["TRIBUNAL DE 1RE INSTANCE", city.upper(), "GREFFE"], rng, shape="round", size_mm=24,
             color=ST_BLUE, angle=rng.uniform(-10, 10))
    return [sh]


def nationality_gmb(person, rng, *, issue_date=None, **opts):
    """The Gambia: the Gambia Immigration Department's 'Certificate of Citizenship' in a landscape-like framed box
    on a portrait page: the arms at the top centre, 'This is to certify that ...' in P052 italic, the holder's
    name in large capitals on a line of its own, the legal basis (section 9 of the 1997 Constitution), the
    Director General's signature over the printed line at the LEFT and the department's round stamp at the
    right; a water tide mark on the copy."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(40, 500))
    f, fb, fi = PAL, PAL_B, PAL_I
    col = (30, 60, 130)
    sh = Sheet()
    sh.rect(16, 30, 178, 200, width_mm=1.2, color=col)
    sh.rect(19, 33, 172, 194, width_mm=0.3, color=col)
    _emblem(sh, 96, 38, 18, col)
    sh.text(105, 60, "THE REPUBLIC OF THE GAMBIA", font=fb, size_pt=13, anchor="center", color=col)
    sh.text(105, 66.5, "GAMBIA IMMIGRATION DEPARTMENT", font=f, size_pt=10, anchor="center")
    sh.text(105, 78, "CERTIFICATE OF CITIZENSHIP", font=fb, size_pt=17, anchor="center")
    sh.text(105, 88, "This is to certify that", font=fi, size_pt=12, anchor="center")
    nm = f"{person.given_names.upper()} {person.surname.upper()}"
    sh.text(105, 97, glyphs(nm, fb), font=fb, size_pt=fit(glyphs(nm, fb), fb, 16, 160), anchor="center")
    sh.rule(40, 106, 170, 106, width_mm=0.3)
    body = (f"born on {en_long(person.birth_date)} at {person.birth_place}, The Gambia, to {person.father or '—'} "
            f"(father) and {person.mother or '—'} (mother), is a citizen of The Gambia by birth under section 9 of the "
            f"Constitution of the Republic of The Gambia, 1997, as verified in the records of this Department.")
    y = sh.paragraph(30, 112, 150, glyphs(body, fi), font=fi, size_pt=11.5, leading=1.6, align="center") + 8
    sh.text(105, y, f"Certificate No. GID/CC/{rng.randint(1000, 99999)} · Issued at Banjul on {en_long(issue)}",
            font=f, size_pt=9.5, anchor="center")
    y += 18
    sh.signature(34, y, 50, 14, rng, color=INK)
    sh.rule(28, y + 16, 96, y + 16, width_mm=0.3)
    sh.text(62, y + 17.5, "Director General", font=fi, size_pt=10, anchor="center")
    sh.stamp(128, y - 4, ["GAMBIA IMMIGRATION DEPT.", "DIRECTOR GENERAL", "BANJUL"], rng, shape="round",
             size_mm=30, color=ST_BLUE, angle=rng.uniform(-10, 10))
    img = water_stain(sh.render(200), rng, where=(0.22, 0.86), size=0.12)
    return [sheet_of(img)]


_register("nationality-gab-tpi-certificaat-driekleurstrook-droogstempel-35", "nationality-certificate", PART, "fr",
          nationality_gab, country="GAB",
          notes="Gabonese court's certificate of nationality with the tricolour down the left edge, a dry seal")
_register("nationality-gmb-immigratie-certificaat-kader-cursief-waterkring-35", "nationality-certificate", PART,
          "en", nationality_gmb, country="GMB",
          notes="Gambian immigration department's certificate of citizenship in a framed box, a water tide mark")


# --------------------------------------------------------------------------- embassies' identity certificates

def idcert_gab(person, rng, *, issue_date=None, declarative=False, **opts):
    """The Gabonese embassy in Brussels: a 'Certificat d'identité' set as a FORM: the embassy's heading at the
    upper left, the certificate's number in a box at the upper right, the photo in a framed box at the RIGHT of a
    data table (labels in a grey column at the left), the embassy's round stamp straddling the photo's lower edge;
    the basis of the certificate in a sentence under the table (the passport and the birth act seen, or the
    holder's declarations only); the First Counsellor's signature at the LEFT under 'Pour l'Ambassadeur'."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(30, 300))
    f, fb, fi = NROM, NROM_B, NROM_I
    col = (0, 110, 64)
    sh = Sheet()
    sh.text(20, 13, "AMBASSADE DE LA RÉPUBLIQUE GABONAISE", font=fb, size_pt=11.5, color=col)
    sh.text(20, 18.5, "près le Royaume de Belgique · Service consulaire", font=fi, size_pt=9.5)
    sh.text(20, 23, "Avenue Winston Churchill 112 · 1180 Bruxelles", font=f, size_pt=8.5, color=GREY)
    no = f"N° {rng.randint(100, 999)}/AGB/SC/{issue.year}"
    sh.rect(140, 11, 50, 12, width_mm=0.3)
    sh.text(165, 14.5, no, font=fb, size_pt=fit(no, fb, 9.5, 46), anchor="center")
    sh.text(105, 36, "CERTIFICAT D'IDENTITÉ", font=fb, size_pt=16, anchor="center")
    e = "e" if person.sex == "F" else ""
    rows = [("Nom", person.surname.upper()), ("Prénoms", person.given_names),
            ("Date de naissance", person.birth_date.strftime("%d/%m/%Y")),
            ("Lieu de naissance", f"{person.birth_place} (Gabon)"), ("Nationalité", "gabonaise"),
            ("Père", person.father or "—"), ("Mère", person.mother or "—"),
            ("Sexe", "masculin" if person.sex == "M" else "féminin")]
    y = 48
    for a, b in rows:
        sh.rect(20, y, 42, 9, width_mm=0.2, color=(150, 150, 150), fill=(236, 236, 236))
        sh.rect(62, y, 84, 9, width_mm=0.2, color=(150, 150, 150))
        sh.text(22, y + 2, a, font=f, size_pt=9.5)
        bb = glyphs(b, fb)
        sh.text(64, y + 2, bb, font=fb, size_pt=fit(bb, fb, 10.5, 80))
        y += 9
    sh.rect(152, 48, 38, 48, width_mm=0.3)
    sh.photo(154, 50, 34, 44, rng)
    sh.stamp(150, 78, ["AMBASSADE DU GABON", "SERVICE CONSULAIRE", "BRUXELLES"], rng, shape="round", size_mm=26,
             color=ST_VIOLET, angle=rng.uniform(-14, 14))
    y += 8
    basis = ("Le présent certificat est établi sur la seule base des déclarations de l'intéressé" + e + ", qui n'a "
             "présenté ni passeport, ni carte d'identité, ni acte de l'état civil." if declarative else
             f"Le présent certificat est établi au vu du passeport gabonais et de la copie intégrale de l'acte de "
             f"naissance de l'intéressé{e}, présentés en original, et des registres consulaires.")
    y = sh.paragraph(20, y, 170, basis, font=f, size_pt=11, leading=1.55, align="justify") + 4
    y = sh.paragraph(20, y, 170, "Délivré à la demande de l'intéressé" + e + " pour servir et valoir ce que de droit.",
                     font=fi, size_pt=11, leading=1.5) + 8
    sh.text(20, y, f"Bruxelles, le {fr_long(issue)}", font=f, size_pt=11)
    sh.text(20, y + 7, "Pour l'Ambassadeur,", font=fi, size_pt=10.5)
    sh.text(20, y + 12, "le Premier Conseiller", font=fi, size_pt=10.5)
    sh.signature(22, y + 17, 46, 14, rng, color=INK)
    sh.text(20, y + 34, rng.choice(["ESSONO MINTSA Paul", "NZÉ ONDO Carine", "MABIKA Georges"]), font=fb,
            size_pt=10.5)
    return [sh]


def idcert_gmb(person, rng, *, issue_date=None, declarative=False, **opts):
    """The Gambian embassy in Brussels: a 'Certificate of Identity' written as a typed LETTER on the embassy's
    letterhead (centred, with a thin green-blue-red rule), the photo stapled at the upper LEFT with the staple's
    two marks and the embassy stamp across its corner, 'TO WHOM IT MAY CONCERN', the particulars in a short
    paragraph and a basis sentence (the passport and birth certificate seen, or the holder's own statements);
    the Consul's signature at the RIGHT, the name and title typed under it."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(30, 300))
    f, fb, fi = DSC, DSC_B, DSC_I
    sh = Sheet()
    sh.text(105, 13, "EMBASSY OF THE REPUBLIC OF THE GAMBIA", font=fb, size_pt=12, anchor="center")
    sh.text(105, 18.5, "Brussels · Consular Section", font=fi, size_pt=9.5, anchor="center")
    sh.text(105, 23, "Avenue Franklin Roosevelt 126 · 1050 Brussels", font=f, size_pt=8.5, anchor="center",
            color=GREY)
    for i, c in enumerate(((200, 40, 40), (255, 255, 255), (20, 50, 140), (255, 255, 255), (20, 120, 60))):
        sh.rect(40, 27 + i * 0.7, 130, 0.7, width_mm=0, fill=c)
    sh.rect(20, 36, 34, 44, width_mm=0.2, color=(180, 180, 180))
    sh.photo(21, 37, 32, 42, rng)
    for dx in (0, 3.4):
        sh.rule(24 + dx * 4, 35, 24 + dx * 4 + 6, 35, width_mm=0.5, color=(120, 120, 126))
    sh.stamp(36, 62, ["EMBASSY OF THE GAMBIA", "CONSULAR", "BRUSSELS"], rng, shape="round", size_mm=24,
             color=ST_BLUE, angle=rng.uniform(-10, 10))
    sh.text(64, 40, "CERTIFICATE OF IDENTITY", font=fb, size_pt=15)
    sh.text(64, 48, f"Ref: EGB/CS/{rng.randint(100, 999)}/{issue.year}", font=f, size_pt=10)
    sh.text(64, 54, en_long(issue), font=f, size_pt=10)
    sh.text(20, 92, "TO WHOM IT MAY CONCERN", font=fb, size_pt=11)
    pron = "she" if person.sex == "F" else "he"
    body = (f"This is to certify that the bearer of this certificate, whose photograph appears above, is "
            f"{'Ms' if person.sex == 'F' else 'Mr'} {person.given_names} {person.surname.upper()}, born on "
            f"{en_long(person.birth_date)} at {person.birth_place}, The Gambia, "
            f"{'daughter' if person.sex == 'F' else 'son'} of {person.father or '—'} and {person.mother or '—'}, "
            f"and that {pron} is a Gambian national.")
    y = sh.paragraph(20, 102, 170, glyphs(body, f), font=f, size_pt=11, leading=1.6) + 4
    basis = ("This certificate has been issued solely on the basis of the bearer's own statements; no passport, "
             "identity card or birth certificate was produced." if declarative else
             "This certificate has been issued after examination of the bearer's Gambian passport and certificate "
             "of birth, presented in original.")
    y = sh.paragraph(20, y, 170, basis, font=f, size_pt=11, leading=1.6) + 4
    y = sh.paragraph(20, y, 170, "Any assistance accorded to the bearer will be highly appreciated.", font=fi,
                     size_pt=11, leading=1.5) + 12
    sh.signature(128, y, 48, 14, rng, color=INK)
    sh.text(188, y + 17, rng.choice(["Lamin B. Jobe", "Fatoumatta Sanneh", "Ebrima K. Touray"]), font=fb,
            size_pt=10.5, anchor="right")
    sh.text(188, y + 22.5, "Consul", font=fi, size_pt=10, anchor="right")
    return [sh]


_register("idcert-gab-ambassade-formulier-tabel-foto-rechts-stempel-op-foto-35", "identity-certificate", PART, "fr",
          idcert_gab, country="GAB", photo=True,
          notes="Gabonese embassy's identity certificate as a form, photo at the right in a frame, stamp over its "
                "edge, signature at the left")
_register("idcert-gmb-ambassade-brief-foto-geniet-links-handtekening-rechts-35", "identity-certificate", PART, "en",
          idcert_gmb, country="GMB", photo=True,
          notes="Gambian embassy's certificate of identity as a letter, the photo stapled at the upper left")


# --------------------------------------------------------------------------- consular cards

def _card_sides(person, rng, *, code: str, issue, expiry):
    if code == "GAB":
        col, title, emb = (0, 110, 64), "CARTE CONSULAIRE", "Ambassade du Gabon · Bruxelles"
        labs = ["Nom", "Prénoms", "Né(e) le", "à", "N° d'immatriculation"]
        nat = "Nationalité : gabonaise"
        back = [("Adresse en Belgique", f"{rng.choice(['Bruxelles', 'Liège', 'Namur', 'Anvers'])}"),
                ("Délivrée le", issue.strftime("%d/%m/%Y")), ("Valable jusqu'au", expiry.strftime("%d/%m/%Y")),
                ("Délivrée au vu du", "passeport gabonais")]
    else:
        col, title, emb = (20, 50, 140), "CONSULAR REGISTRATION CARD", "Embassy of The Gambia · Brussels"
        labs = ["Surname", "Given names", "Date of birth", "Place of birth", "Registration No."]
        nat = "Nationality: Gambian"
        back = [("Address in Belgium", f"{rng.choice(['Brussels', 'Antwerp', 'Ghent', 'Liège'])}"),
                ("Issued", issue.strftime("%d/%m/%Y")), ("Expires", expiry.strftime("%d/%m/%Y")),
                ("Issued on production of", "Gambian passport")]
    f, fb = GOTH, GOTH_B
    fr = Sheet(85.6, 54)
    fr.rect(0, 0, 85.6, 54, width_mm=0, fill=(250, 250, 250))
    fr.rect(0, 46, 85.6, 8, width_mm=0, fill=col)
    fr.text(3, 2, title, font=fb, size_pt=7.2, color=col)
    fr.text(3, 5.8, emb, font=f, size_pt=4.3, color=GREY)
    fr.photo(62, 3, 20, 26, rng)
    vals = [person.surname.upper(), person.given_names, person.birth_date.strftime("%d/%m/%Y"), person.birth_place,
            f"{code}-BXL-{_digits(rng, 6)}"]
    y = 10.5
    for a, b in zip(labs, vals):
        fr.text(3, y, a, font=f, size_pt=3.3, color=GREY)
        bb = glyphs(b, fb)
        fr.text(3, y + 1.4, bb, font=fb, size_pt=fit(bb, fb, 5.8, 56))
        y += 6.8
    fr.text(3, 47.6, nat, font=fb, size_pt=5.4, color=(255, 255, 255))
    fr.signature(62, 31, 20, 6, rng, color=INK_K)
    bk = Sheet(85.6, 54)
    bk.rect(0, 0, 85.6, 54, width_mm=0, fill=(250, 250, 250))
    for i, (a, b) in enumerate(back):
        bk.text(3, 3 + i * 7.4, a, font=f, size_pt=3.5, color=GREY)
        bk.text(3, 4.7 + i * 7.4, b, font=fb, size_pt=5.6)
    bk.stamp(52, 26, [emb.split(" · ")[0].upper()[:24], emb.split(" · ")[1].upper()], rng, shape="round", size_mm=18,
             color=ST_VIOLET if code == "GAB" else ST_BLUE)
    bk.signature(30, 40, 22, 7, rng, color=INK)
    return fr, bk


def consular_gab(person, rng, *, issue_date=None, expiry_date=None, crop=False, annotate=None, **opts):
    """The Gabonese embassy's consular card: a white card with a green foot band, the photo at the upper RIGHT,
    the data at the left in URW Gothic; the back with the address in Belgium, the validity and 'délivrée au vu du
    passeport'.  Front above back, each tilted a little, laid on the glass by hand and copied at 130 %, the
    exhibit sticker below."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(60, 700))
    expiry = expiry_date or issue + datetime.timedelta(days=3 * 365)
    fr, bk = _card_sides(person, rng, code="GAB", issue=issue, expiry=expiry)
    if crop:
        return [fr, bk]
    sh = Sheet()
    for i, side in enumerate((fr, bk)):
        paste(sh, side, 40, 36 + i * 82, k=1.3, dpi=260, angle=rng.uniform(-2.5, 2.5))
    exhibit_sticker(sh, 150, 210, f"PIÈCE {rng.randint(3, 6)}", rng, color=(140, 210, 240))
    if annotate:
        sh.handwriting(40, 230, annotate, rng, size_pt=12)
    return [sh]


def consular_gmb(person, rng, *, issue_date=None, expiry_date=None, crop=False, annotate=None, **opts):
    """The Gambian embassy's consular registration card, front and back SIDE BY SIDE at actual size at the top of
    the sheet, the rest of the page blank but for the MFP's scan line; the page was fed through a document feeder
    whose rollers left their marks down the left margin."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(60, 700))
    expiry = expiry_date or issue + datetime.timedelta(days=3 * 365)
    fr, bk = _card_sides(person, rng, code="GMB", issue=issue, expiry=expiry)
    if crop:
        return [fr, bk]
    sh = Sheet()
    paste(sh, fr, 16, 24, dpi=300)
    paste(sh, bk, 108, 24, dpi=300)
    mfp_line(sh, datetime.datetime.combine(TODAY - datetime.timedelta(days=rng.randint(3, 40)),
                                           datetime.time(rng.randint(8, 17), rng.randint(0, 59))), rng)
    if annotate:
        sh.handwriting(16, 90, annotate, rng, size_pt=12)
    return [sheet_of(roller_marks(sh.render(200), rng))]


_register("consular-gab-kaart-groene-voetband-scheef-vergroot-stuksticker-35", "consular-card", PART, "fr",
          consular_gab, country="GAB", photo=True,
          notes="Gabonese consular card, front above back laid crooked and enlarged, an exhibit sticker")
_register("consular-gmb-kaart-naast-elkaar-ware-grootte-rollerafdruk-35", "consular-card", PART, "en",
          consular_gmb, country="GMB", photo=True,
          notes="Gambian consular registration card, front beside back at actual size, roller marks")


# --------------------------------------------------------------------------- sworn translations

def _tr_rows(person, tgt: str, rng: random.Random) -> tuple[str, list[tuple[str, str]]]:
    """What the translated Turkish birth document says, in the target language: (title, label-value rows)."""
    fa, mo = _par(person, None, None)
    nl = tgt == "nl"
    title = "GEBOORTEBEWIJS" if nl else "CERTIFICAT DE NAISSANCE"
    rows = [("T.C.-identiteitsnummer" if nl else "N° d'identité T.C.", "[vermeld in het origineel]" if nl else
             "[mentionné dans l'original]"),
            ("Voornaam" if nl else "Prénom", person.given_names.upper()),
            ("Familienaam" if nl else "Nom", person.surname.upper()),
            ("Voornaam vader" if nl else "Prénom du père", fa.split()[0].upper()),
            ("Voornaam moeder" if nl else "Prénom de la mère", mo.split()[0].upper()),
            ("Geslacht" if nl else "Sexe", ("mannelijk" if person.sex == "M" else "vrouwelijk") if nl else
             ("masculin" if person.sex == "M" else "féminin")),
            ("Geboorteplaats" if nl else "Lieu de naissance", person.birth_place.upper()),
            ("Geboortedatum" if nl else "Date de naissance", person.birth_date.strftime("%d.%m.%Y"))]
    return title, rows


def translation_be(person, rng, *, issue_date=None, of_type="birth-certificate", source_lang="tr", target_lang=None,
                   **opts):
    """A sworn translator in Ghent (into Dutch) or Namur (into French): the translator's letterhead centred over a
    double rule, 'Vertaling uit het Turks' / 'Traduction du turc' in a grey band, the translation as a two-column
    table mirroring the original's rows, the translator's remarks in square brackets, the oath formula ('Ik
    zweer dat ik de vertaling getrouw heb gemaakt' / 'Je jure avoir traduit fidèlement') in italics, the
    signature with the translator's rectangular stamp BESIDE it and the page initialled at the foot ('p. 1/1 –
    initials'); the original's reference in a small box."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(8, 60))
    tgt = target_lang if target_lang in ("nl", "fr") else rng.choice(["nl", "fr"])
    nl = tgt == "nl"
    g, s_ = rng.choice([("Elif", "Aydın"), ("Pieter", "Van Hecke"), ("Sevgi", "Kaya"), ("Marc", "Degroote")])
    city = "Gent" if nl else "Namur"
    f, fb, fi = PAL, PAL_B, PAL_I
    sh = Sheet()
    sh.text(105, 13, f"{g} {s_}".upper(), font=fb, size_pt=13, anchor="center", letter_spacing=0.6)
    sh.text(105, 19.5, ("Beëdigd vertaler Turks – Nederlands · Rechtbank van eerste aanleg Oost-Vlaanderen" if nl else
                        "Traducteur juré turc – français · Tribunal de première instance de Namur"), font=f,
            size_pt=8.5, anchor="center", color=GREY)
    sh.text(105, 24, f"{'Kortrijksepoortstraat' if nl else 'Rue de Fer'} {rng.randint(4, 180)} · "
                     f"{'9000 Gent' if nl else '5000 Namur'}", font=f, size_pt=8.5, anchor="center", color=GREY)
    sh.rule(25, 28.5, 185, 28.5, width_mm=0.4)
    sh.rule(25, 29.6, 185, 29.6, width_mm=0.15)
    sh.rect(20, 36, 170, 8, width_mm=0, fill=(228, 228, 228))
    sh.text(23, 37.6, "VERTALING UIT HET TURKS" if nl else "TRADUCTION DU TURC", font=fb, size_pt=10.5)
    sh.text(187, 37.6, f"{'Ref.' if nl else 'Réf.'} {issue.year}/{rng.randint(100, 999)}", font=f, size_pt=9.5,
            anchor="right")
    y = 52
    head = (["Republiek Turkije", "Ministerie van Binnenlandse Zaken", "Directie Bevolking van het district"] if nl
            else ["République de Turquie", "Ministère de l'Intérieur", "Direction de la population du district"])
    for h in head:
        sh.text(20, y, h, font=f, size_pt=10)
        y += 5
    title, rows = _tr_rows(person, tgt, rng)
    y += 3
    sh.text(105, y, title, font=fb, size_pt=12, anchor="center")
    y += 9
    for a, b in rows:
        sh.rect(20, y, 70, 8, width_mm=0.2, color=(150, 150, 150))
        sh.rect(90, y, 100, 8, width_mm=0.2, color=(150, 150, 150))
        sh.text(22, y + 1.8, a, font=f, size_pt=9.8)
        bb = glyphs(b, fb)
        sh.text(92, y + 1.8, bb, font=fb, size_pt=fit(bb, fb, 10, 96))
        y += 8
    y += 4
    for n_ in ((["[handtekening van de directeur bevolking]", "[ronde stempel van de directie]",
                 "[streepjescode en documentnummer]"]) if nl else
               (["[signature du directeur de la population]", "[cachet rond de la direction]",
                 "[code-barres et numéro du document]"])):
        sh.text(20, y, n_, font=fi, size_pt=9.5, color=(70, 70, 70))
        y += 5.2
    y += 8
    oath = ("Ik zweer dat ik de bovenstaande vertaling getrouw en volledig heb gemaakt van het mij voorgelegde "
            "Turkse origineel." if nl else
            "Je jure avoir traduit fidèlement et complètement l'original turc qui m'a été présenté.")
    y = sh.paragraph(20, y, 170, oath, font=fi, size_pt=10.5, leading=1.5) + 4
    sh.text(20, y, f"{city}, {nl_long(issue) if nl else fr_long(issue)}", font=f, size_pt=10.5)
    sh.signature(24, y + 6, 44, 14, rng, color=INK)
    st = [("BEËDIGD VERTALER" if nl else "TRADUCTEUR JURÉ"), f"{g.upper()} {s_.upper()}", city.upper()]
    sh.stamp(86, y + 4, st, rng, shape="rect", size_mm=30, color=ST_BLUE, angle=rng.uniform(-4, 4))
    sh.text(190, 286, f"p. 1/1", font=f, size_pt=8.5, anchor="right", color=GREY)
    sh.handwriting(174, 282, "".join(w[0] for w in (g, s_)), rng, size_pt=10, color=INK, font=HAND_I)
    return [sh]


def translation_nl(person, rng, *, issue_date=None, of_type="birth-certificate", source_lang="tr", target_lang="nl",
                   **opts):
    """A sworn translator in 's-Hertogenbosch, into Dutch: the translation typed in Liberation Mono as the
    original's lines in the same order ('Naam: ...'), each line prefixed by the original's caption in Turkish in
    brackets, a stamp 'BEËDIGD VERTALER' with the Wbtv number in a circle at the lower RIGHT pressed over the
    signature, and a two-line certification ('De ondergetekende verklaart ...') above it; the original's first
    page reduced to a thumbnail frame at the top right with '[origineel]' under it is NOT reproduced – only a
    grey rectangle marks where the translator stapled it."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(8, 60))
    fa, mo = _par(person, None, None)
    g, s_ = rng.choice([("Zeynep", "Arslan"), ("Joost", "Verbeek"), ("Kemal", "Doğan"), ("Marieke", "Smits")])
    f, fb = LMONO, LMONO_B
    sh = Sheet()
    wbtv = rng.randint(10000, 99999)
    sh.text(20, 14, "VERTALING", font=fb, size_pt=13)
    sh.text(20, 20, glyphs(f"uit het Turks · door {g} {s_}, beëdigd vertaler, Wbtv-nr. {wbtv}", f), font=f,
            size_pt=8.5, color=GREY)
    sh.rect(160, 10, 30, 20, width_mm=0, fill=(225, 225, 225))
    sh.text(175, 31, "[bijlage: origineel]", font=f, size_pt=7, anchor="center", color=GREY)
    lines = [
        ("T.C.", "Republiek Turkije"), ("İÇİŞLERİ BAKANLIĞI", "Ministerie van Binnenlandse Zaken"),
        ("İlçe Nüfus Müdürlüğü", "Districtsdirectie Bevolking"), ("DOĞUM BELGESİ", "GEBOORTEBEWIJS"),
        ("Adı", person.given_names.upper()), ("Soyadı", person.surname.upper()),
        ("Baba Adı", fa.split()[0].upper()), ("Ana Adı", mo.split()[0].upper()),
        ("Cinsiyeti", "MAN" if person.sex == "M" else "VROUW"), ("Doğum Yeri", person.birth_place.upper()),
        ("Doğum Tarihi", person.birth_date.strftime("%d.%m.%Y")),
        ("Nüfus Müdürü", "Hoofd Bevolking [handtekening] [ronde stempel]"),
    ]
    y = 42
    for orig, tr in lines:
        o = glyphs(f"[{orig}]", f)
        sh.text(20, y, o, font=f, size_pt=9.5, color=(90, 90, 90))
        sh.text(82, y, glyphs(tr, fb), font=fb, size_pt=fit(glyphs(tr, fb), fb, 10, 108))
        y += 7.2
    y += 10
    y = sh.paragraph(20, y, 170, glyphs(f"De ondergetekende, {g} {s_}, beëdigd vertaler Turks-Nederlands, "
                                        f"ingeschreven in het Register beëdigde tolken en vertalers onder nummer {wbtv}, "
                                        f"verklaart dat deze vertaling getrouw en volledig is.", f), font=f,
                     size_pt=9.5, leading=1.5) + 4
    sh.text(20, y, glyphs(f"'s-Hertogenbosch, {nl_long(issue)}", f), font=f, size_pt=9.5)
    sh.signature(128, y + 4, 44, 14, rng, color=INK)
    sh.stamp(132, y - 2, ["BEËDIGD VERTALER", f"WBTV {wbtv}", f"{s_.upper()}"], rng, shape="round", size_mm=26,
             color=ST_RED, angle=rng.uniform(-12, 12))
    sh.text(105, 286, f"vertaling {issue.year}/{rng.randint(100, 999)} · blad 1 van 1", font=f, size_pt=7.5,
            anchor="center", color=GREY)
    return [sh]


_register("translation-be-gent-namen-briefhoofd-dubbele-lijn-tabel-eedformule-35", "translation", PART, "nl/fr",
          translation_be, country="BEL",
          notes="Belgian sworn translation under a centred letterhead, the entries in a table, the oath formula, "
                "rectangular stamp beside the signature")
_register("translation-nl-den-bosch-mono-origineel-bijschriften-stempel-over-handtekening-35", "translation", PART,
          "nl", translation_nl, country="NLD",
          notes="Dutch sworn translation in a monospaced face, each line with the original's caption in brackets")
