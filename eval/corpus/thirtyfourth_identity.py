"""Identity and civil-status families of the `thirtyfourth` part (registered in identity.FAMILIES).

Written after dev, heldout and the parts fresh to thirty-third had been read, by a writer who saw neither the
validator nor its output, from the seeds and from how such papers look in Belgian and Dutch files.  The families
are described only in their docstrings and registration notes (the part is read blind).

The small drawing helpers of twentyeighth_identity (glyph fallback, fitting, wrapping, pasting, codes) and the
embossed seal of thirtythird_identity are reused.
This part's own faces (C059, URW Bookman, Nimbus Sans, Carlito, Liberation Sans Narrow, DejaVu Sans Condensed,
Courier Prime, Nimbus Mono PS, FreeMono; the dkg pen upright and oblique, Humor Sans for block capitals, Z003 for
a certificate's title) and copy habits
(the print of the back showing through thin paper, a copier's dirty drum line, a highlighter stroke, correction
fluid with the answer written over it, a coffee cup's ring, a copy made from a copy, a pencil note in the margin,
the pressure of a red ribbon seal) follow.
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
from .twentyeighth_identity import barcode, fit, glyphs, paste, sheet_of, wrap

PART = "thirtyfourth"
GREY = (96, 96, 100)
INK = (22, 38, 128)
INK_K = (30, 30, 36)
INK_G = (20, 90, 60)
ST_BLUE = (42, 60, 160)
ST_VIOLET = (100, 48, 138)
ST_RED = (172, 34, 42)
ST_BLACK = (44, 44, 52)
OCR = 2.54 / 0.602 / (25.4 / 72)

_U = "/usr/share/fonts/opentype/urw-base35"
_DV = "/usr/share/fonts/truetype/dejavu"
_CP = "/usr/share/fonts/opentype/courier-prime"
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
NSANS = f"{_U}/NimbusSans-Regular.otf"
NSANS_B = f"{_U}/NimbusSans-Bold.otf"
NSANS_I = f"{_U}/NimbusSans-Italic.otf"
CARL = f"{_CX}/Carlito-Regular.ttf"
CARL_B = f"{_CX}/Carlito-Bold.ttf"
CARL_I = f"{_CX}/Carlito-Italic.ttf"
LNAR = f"{_LB}/LiberationSansNarrow-Regular.ttf"
LNAR_B = f"{_LB}/LiberationSansNarrow-Bold.ttf"
DCOND = f"{_DV}/DejaVuSansCondensed.ttf"
DCOND_B = f"{_DV}/DejaVuSansCondensed-Bold.ttf"
CPR = f"{_CP}/Courier Prime.otf"
CPR_B = f"{_CP}/Courier Prime Bold.otf"
CPR_I = f"{_CP}/Courier Prime Italic.otf"
NMONO = f"{_U}/NimbusMonoPS-Regular.otf"
NMONO_B = f"{_U}/NimbusMonoPS-Bold.otf"
FMONO = f"{_FF}/FreeMono.ttf"
FSANS = f"{_FF}/FreeSans.ttf"
FSANS_B = f"{_FF}/FreeSansBold.ttf"
PEN = f"{_HW}/dkg.ttf"
PEN_I = f"{_HW}/dkgIt.ttf"
PEN_BD = f"{_HW}/dkgBd.ttf"
KRISTI = "/usr/share/fonts/truetype/kristi/Kristi.ttf"
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
_MG = ["Janoary", "Febroary", "Martsa", "Aprily", "Mey", "Jona", "Jolay", "Aogositra", "Septambra", "Oktobra",
       "Novambra", "Desambra"]
_TR = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım",
       "Aralık"]
_MON3 = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
_MOIS3 = ["JAN", "FÉV", "MARS", "AVR", "MAI", "JUIN", "JUIL", "AOÛT", "SEPT", "OCT", "NOV", "DÉC"]


def en_long(d: datetime.date) -> str:
    return f"{d.day} {_EN[d.month - 1]} {d.year}"


def ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def en_ad(d: datetime.date) -> str:
    """Liberian clerks' style: '14th day of March A.D. 1988'."""
    return f"{ordinal(d.day)} day of {_EN[d.month - 1]} A.D. {d.year}"


def fr_long(d: datetime.date) -> str:
    return f"{'1er' if d.day == 1 else d.day} {_FR[d.month - 1]} {d.year}"


def nl_long(d: datetime.date) -> str:
    return f"{d.day} {_NL[d.month - 1]} {d.year}"


def de_long(d: datetime.date) -> str:
    return f"{d.day}. {_DE[d.month - 1]} {d.year}"


def mg_long(d: datetime.date) -> str:
    return f"{d.day} {_MG[d.month - 1]} {d.year}"


def tr_long(d: datetime.date) -> str:
    return f"{d.day} {_TR[d.month - 1]} {d.year}"


def long_in(d: datetime.date, lang: str) -> str:
    return {"nl": nl_long, "fr": fr_long, "de": de_long, "en": en_long}.get(lang, en_long)(d)


# --------------------------------------------------------------------------- this part's copy habits

def show_through(img: Image.Image, rng: random.Random, *, strength: float = 0.1, kind: str = "text") -> Image.Image:
    """Thin paper printed on the back: the back's print shows through, mirrored, pale and soft.  kind='text'
    draws lines of type, kind='stamp' a stamp and a signature (a legalisation on the verso)."""
    W, H = img.size
    sw, shh = max(40, W // 4), max(40, H // 4)
    back = Image.new("L", (sw, shh), 255)
    d = ImageDraw.Draw(back)
    if kind == "text":
        y = shh * rng.uniform(0.08, 0.14)
        while y < shh * rng.uniform(0.55, 0.9):
            x0 = sw * rng.uniform(0.1, 0.14)
            x1 = sw * rng.uniform(0.62, 0.9)
            x = x0
            while x < x1:
                wl = sw * rng.uniform(0.02, 0.07)
                d.rectangle([x, y, min(x1, x + wl), y + max(1.0, shh * 0.003)], fill=110)
                x += wl + sw * 0.012
            y += shh * rng.uniform(0.016, 0.024)
    else:
        cx, cy, r = sw * rng.uniform(0.3, 0.6), shh * rng.uniform(0.6, 0.8), sw * 0.09
        d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=60, width=max(1, sw // 140))
        d.ellipse([cx - r * 0.7, cy - r * 0.7, cx + r * 0.7, cy + r * 0.7], outline=90, width=1)
        pts = [(cx + r * 0.8 + k * sw * 0.012, cy + math.sin(k * 0.9) * shh * 0.012) for k in range(14)]
        d.line(pts, fill=60, width=max(1, sw // 200))
        for k in range(4):
            yy = cy - r * 1.6 + k * shh * 0.012
            d.rectangle([cx - r * 1.4, yy, cx + r * 1.4, yy + shh * 0.004], fill=90)
    back = back.transpose(Image.FLIP_LEFT_RIGHT).filter(ImageFilter.GaussianBlur(1.4)).resize((W, H),
                                                                                            Image.BILINEAR)
    lay = back.point(lambda v: int(255 - (255 - v) * strength))
    return ImageChops.multiply(img.convert("RGB"), Image.merge("RGB", [lay] * 3))


def drum_line(img: Image.Image, rng: random.Random, *, n: int = 1) -> Image.Image:
    """A copier's dirty drum: a thin grey line down the whole page, a little irregular, and a faint haze of toner
    beside it."""
    out = img.convert("RGB").copy()
    W, H = out.size
    d = ImageDraw.Draw(out, "RGBA")
    for _ in range(n):
        x = rng.uniform(0.12, 0.88) * W
        w = max(1, int(W / rng.uniform(700, 1100)))
        g = rng.randint(90, 150)
        y = 0
        while y < H:
            seg = rng.randint(H // 40, H // 8)
            dx = rng.uniform(-0.6, 0.6)
            d.line([(x + dx, y), (x + dx, min(H, y + seg))], fill=(g, g, g, 200), width=w)
            y += seg + rng.randint(0, H // 200)
        d.rectangle([x - W * 0.004, 0, x + W * 0.004, H], fill=(120, 120, 120, 10))
    return out


def highlight(sh: Sheet, x: float, y: float, w: float, h: float, rng: random.Random, *,
              color=(250, 236, 60)) -> None:
    """A highlighter stroke over a line of text: translucent, the ends rounded off, a little darker where the
    stroke went over twice."""
    k = 10
    im = Image.new("RGBA", (max(4, int(w * k)), max(4, int(h * k))), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    a = rng.randint(120, 150)
    d.rounded_rectangle([0, 0, im.width - 1, im.height - 1], radius=int(h * k * 0.35), fill=color + (a,))
    x0 = rng.uniform(0.6, 0.9) * im.width
    d.rectangle([x0, int(im.height * 0.15), im.width - int(h * k * 0.4), int(im.height * 0.9)],
                fill=color + (min(255, a + 40),))
    sh.image(x, y, w, h, im.filter(ImageFilter.GaussianBlur(1.2)), blend="multiply")


def tippex(sh: Sheet, x: float, y: float, w: float, h: float, rng: random.Random) -> None:
    """A patch of correction fluid: an opaque white blob with a faint grey rim, slightly uneven."""
    k = 10
    im = Image.new("RGBA", (int(w * k) + 8, int(h * k) + 8), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    pts = []
    for i in range(24):
        a = 2 * math.pi * i / 24
        rx, ry = im.width / 2 - 4, im.height / 2 - 4
        f = 1 + rng.uniform(-0.06, 0.04)
        pts.append((im.width / 2 + rx * f * (abs(math.cos(a)) ** 0.4) * (1 if math.cos(a) >= 0 else -1),
                    im.height / 2 + ry * f * (abs(math.sin(a)) ** 0.4) * (1 if math.sin(a) >= 0 else -1)))
    d.polygon(pts, fill=(250, 250, 243, 255), outline=(168, 168, 162, 255))
    d.line(pts[3:9], fill=(200, 200, 194, 255), width=3)
    sh.image(x - 0.4, y - 0.4, w + 0.8, h + 0.8, im)


def coffee_ring(img: Image.Image, rng: random.Random, *, where: tuple[float, float] | None = None,
                r: float = 0.07) -> Image.Image:
    """The ring a coffee cup leaves: a brown circle, darker on one side, open where the cup lifted."""
    W, H = img.size
    cx, cy = where or (rng.uniform(0.65, 0.85), rng.uniform(0.82, 0.92))
    cx, cy, R = cx * W, cy * H, r * W
    m = Image.new("L", (W, H), 0)
    d = ImageDraw.Draw(m)
    gap = rng.uniform(0, 360)
    for k in range(3):
        rr = R * (1 - 0.015 * k)
        d.arc([cx - rr, cy - rr, cx + rr, cy + rr], start=gap + 25, end=gap + 340, fill=150 - 30 * k,
              width=max(2, int(W / 420)))
    m = m.filter(ImageFilter.GaussianBlur(max(1, W / 900)))
    tint = Image.new("RGB", (W, H), (160, 110, 60))
    return Image.composite(ImageChops.multiply(img.convert("RGB"), tint), img.convert("RGB"),
                           m.point(lambda v: int(v * 0.7)))


def copy_of_copy(img: Image.Image, rng: random.Random) -> Image.Image:
    """A photocopy made from a photocopy: the greys pushed to black or white, edges a little soft and thick,
    toner specks in the white."""
    g = img.convert("L").filter(ImageFilter.GaussianBlur(0.7))
    g = g.point(lambda v: 255 if v > 205 else (int(v * 0.55) if v < 150 else int(v * 0.9)))
    W, H = g.size
    sp = _noise(rng, (max(2, W // 4), max(2, H // 4)), 60).resize((W, H), Image.NEAREST)
    specks = sp.point(lambda v: 0 if v > 252 else 255)
    g = ImageChops.multiply(g, specks.point(lambda v: 120 if v == 0 else 255))
    return g.convert("RGB")


def pencil(sh: Sheet, x: float, y: float, s: str, rng: random.Random, *, size: float = 11) -> float:
    """A note in pencil: grey, thin; a leading '✓' is drawn as a tick."""
    col = (120, 120, 126)
    w = 0.0
    if s.startswith("✓"):
        k = size * 0.35
        def j() -> float:
            return rng.uniform(-0.2, 0.2)

        sh.rule(x + j(), y + k * 0.55 + j(), x + k * 0.35, y + k + j(), width_mm=0.35, color=col)
        sh.rule(x + k * 0.35, y + k + j(), x + k * 0.95 + j(), y + j(), width_mm=0.3, color=col)
        w = k * 1.3
        s = s[1:].strip()
    if s:
        w += sh.handwriting(x + w, y, glyphs(s, PEN), rng, size_pt=size, color=col, font=PEN)
    return w


def ribbon_seal(sh: Sheet, x: float, y: float, d_mm: float, rng: random.Random, *, color=(176, 28, 40)) -> None:
    """A red foil seal with two ribbon tails under it, pressed on the paper (scalloped edge, an embossed ring)."""
    k = 12
    n = int(d_mm * 1.6 * k)
    im = Image.new("RGBA", (n, n), (0, 0, 0, 0))
    dr = ImageDraw.Draw(im)
    c = n / 2
    R = d_mm * k / 2
    for side in (-1, 1):
        dr.polygon([(c + side * R * 0.15, c), (c + side * R * 0.65, c + R * 1.45), (c + side * R * 0.42, c + R * 1.3),
                    (c + side * R * 0.25, c + R * 1.5), (c - side * R * 0.12, c)], fill=color + (255,))
    pts = []
    for i in range(72):
        a = 2 * math.pi * i / 72
        rr = R * (1 if i % 2 == 0 else 0.92)
        pts.append((c + rr * math.cos(a), c + rr * math.sin(a)))
    dr.polygon(pts, fill=color + (255,))
    dark = tuple(max(0, v - 50) for v in color)
    for rr in (R * 0.78, R * 0.55):
        dr.ellipse([c - rr, c - rr, c + rr, c + rr], outline=dark + (255,), width=max(2, int(k * 0.35)))
    light = tuple(min(255, v + 60) for v in color)
    dr.arc([c - R * 0.7, c - R * 0.7, c + R * 0.7, c + R * 0.7], 200, 290, fill=light + (255,), width=int(k * 0.5))
    im = im.rotate(rng.uniform(-20, 20), resample=Image.BICUBIC)
    sh.image(x - d_mm * 0.3, y - d_mm * 0.3, d_mm * 1.6, d_mm * 1.6, im)


def fiscal(sh: Sheet, x: float, y: float, w: float, h: float, lines: list[str], rng: random.Random, *,
           color=(214, 196, 160), ink=(90, 60, 40)) -> None:
    """A revenue stamp stuck on: perforated edge, a tinted field, its value; cancelled with a pen stroke."""
    sh.rect(x, y, w, h, width_mm=0, fill=color)
    for i in range(int(w / 1.6)):
        sh.rect(x + i * 1.6 + 0.3, y - 0.5, 0.8, 0.8, width_mm=0, fill=(255, 255, 255))
        sh.rect(x + i * 1.6 + 0.3, y + h - 0.3, 0.8, 0.8, width_mm=0, fill=(255, 255, 255))
    sh.rect(x + 1.2, y + 1.2, w - 2.4, h - 2.4, width_mm=0.2, color=ink)
    for j, ln in enumerate(lines):
        sh.text(x + w / 2, y + 2.2 + j * (h - 4) / max(1, len(lines)), ln, font=NSANS_B,
                size_pt=fit(ln, NSANS_B, 6.5, w - 4), color=ink, anchor="center")
    sh.rule(x - 2, y + h * 0.8, x + w + 3, y + h * 0.25, width_mm=0.4, color=INK)


def _mono_mrz(s: Sheet, x: float, y: float, lines: list[str], *, pitch: float = 5.2, size: float = OCR) -> None:
    for i, ln in enumerate(lines):
        s.text(x, y + i * pitch, ln, font="ocrb", size_pt=size, color=(16, 16, 18))


def _par(person, father, mother):
    return (father or person.father or "—"), (mother or person.mother or "—")


def _child_word(person, lang: str) -> str:
    return {"en": "son" if person.sex == "M" else "daughter", "fr": "fils" if person.sex == "M" else "fille",
            "mg": "zazalahy" if person.sex == "M" else "zazavavy"}[lang]


# --------------------------------------------------------------------------- passports

_PP = {
    "LBR": dict(
        state="REPUBLIC OF LIBERIA", sub="ECONOMIC COMMUNITY OF WEST AFRICAN STATES · ECOWAS",
        title="PASSPORT / PASSEPORT", col=(24, 52, 110), tint=(232, 238, 246), ink=(20, 44, 96),
        nat="LIBERIAN", auth="LIS – MONROVIA", years=5, font=NSANS, font_b=NSANS_B,
        num=lambda r: "PP" + _digits(r, 7),
        caps=["1. Type/Type", "2. Code/Code", "3. Passport No./N° du passeport", "4. Surname/Nom",
              "5. Given names/Prénoms", "6. Nationality/Nationalité", "7. Date of birth/Date de naissance",
              "8. Sex/Sexe", "9. Place of birth/Lieu de naissance", "10. Date of issue/Date de délivrance",
              "11. Date of expiry/Date d'expiration", "12. Authority/Autorité"],
        df=lambda d: f"{d.day:02d} {_MON3[d.month - 1]} {d.year}"),
    "MDG": dict(
        state="REPOBLIKAN'I MADAGASIKARA · RÉPUBLIQUE DE MADAGASCAR", sub="Fitiavana – Tanindrazana – Fandrosoana",
        title="PASIPAORO / PASSEPORT / PASSPORT", col=(30, 100, 60), tint=(236, 244, 234), ink=(24, 80, 46),
        nat="MALAGASY", auth="MININTER – ANTANANARIVO", years=5, font=CARL, font_b=CARL_B,
        num=lambda r: r.choice("ABCDE") + _digits(r, 7),
        caps=["1. Karazany/Type/Type", "2. Kaody/Code/Code", "3. Laharana/N°/No.", "4. Anarana/Nom/Surname",
              "5. Fanampiny/Prénoms/Given names", "6. Zom-pirenena/Nationalité/Nationality",
              "7. Daty nahaterahana/Date de naissance/Date of birth", "8. Lahy sa vavy/Sexe/Sex",
              "9. Toerana nahaterahana/Lieu de naissance/Place of birth", "10. Daty/Délivré le/Date of issue",
              "11. Manan-kery hatramin'ny/Expire le/Date of expiry", "12. Nanome/Autorité/Authority"],
        df=lambda d: f"{d.day:02d} {_MOIS3[d.month - 1]}/{_MON3[d.month - 1]} {d.year}"),
    "TUR": dict(
        state="TÜRKİYE CUMHURİYETİ · REPUBLIC OF TÜRKİYE", sub="", title="PASAPORT / PASSPORT / PASSEPORT",
        col=(150, 22, 38), tint=(246, 236, 236), ink=(90, 16, 26), nat="T.C./TURKISH", auth="T.C. İÇİŞLERİ BAKANLIĞI",
        years=10, font=DCOND, font_b=DCOND_B, num=lambda r: "U" + _digits(r, 8),
        caps=["1. Tipi/Type", "2. Ülke kodu/Code", "3. Pasaport No/Passport No", "4. Soyadı/Surname",
              "5. Adı/Given names", "6. Uyruğu/Nationality", "7. Doğum tarihi/Date of birth", "8. Cinsiyeti/Sex",
              "9. Doğum yeri/Place of birth", "10. Veriliş tarihi/Date of issue",
              "11. Geçerlilik tarihi/Date of expiry", "12. Makam/Authority"],
        df=lambda d: f"{d.day:02d} {_TR[d.month - 1][:3].upper()}/{_MON3[d.month - 1]} {d.year}"),
    "SUR": dict(
        state="REPUBLIEK SURINAME · REPUBLIC OF SURINAME", sub="CARICOM", title="PASPOORT / PASSPORT",
        col=(120, 30, 40), tint=(244, 236, 232), ink=(84, 22, 30), nat="SURINAAMSE/SURINAMESE",
        auth="CENTRAAL BUREAU VOOR BURGERZAKEN", years=10, font=LNAR, font_b=LNAR_B,
        num=lambda r: "S" + _digits(r, 7),
        caps=["1. Type/Type", "2. Code/Code", "3. Paspoortnr./Passport No.", "4. Naam/Surname",
              "5. Voornamen/Given names", "6. Nationaliteit/Nationality", "7. Geboortedatum/Date of birth",
              "8. Geslacht/Sex", "9. Geboorteplaats/Place of birth", "10. Afgifte/Date of issue",
              "11. Geldig tot/Date of expiry", "12. Instantie/Authority"],
        df=lambda d: f"{d.day:02d}-{d.month:02d}-{d.year}"),
}


def _pp_page(code: str, person, rng: random.Random, number: str, issue, expiry, lines) -> Sheet:
    """This part's data page: the state's name up a coloured strip along the LEFT edge, the photo beside it, the
    numbered captions ('4. Surname/Nom') in small type over bold values in a single column at the right, a small
    ghost photo at the lower right over the guilloche, the holder's signature under the photo, the MRZ on a pale
    strip at the foot."""
    cfg = _PP[code]
    col, f, fb = cfg["col"], cfg["font"], cfg["font_b"]
    s = Sheet(125, 88)
    s.image(0, 0, 125, 62, _guilloche(125, 62, rng, bg=cfg["tint"], ink=tuple(max(0, v - 24) for v in cfg["tint"]),
                                      n=22))
    s.rect(0, 0, 8, 62, width_mm=0, fill=col)
    strip = Sheet(62, 8)
    strip.rect(0, 0, 62, 8, width_mm=0, fill=col)
    st = glyphs(cfg["state"], fb)
    strip.text(31, 1.6, st, font=fb, size_pt=fit(st, fb, 7.5, 58), color=(255, 255, 255), anchor="center")
    s.image(0, 0, 8, 62, strip.render(300).crop((0, 0, int(62 / 25.4 * 300), int(8 / 25.4 * 300)))
            .transpose(Image.ROTATE_90))
    tt = glyphs(cfg["title"], fb)
    s.text(121, 2.0, tt, font=fb, size_pt=fit(tt, fb, 6.2, 70), color=col, anchor="right")
    if cfg["sub"]:
        sb = glyphs(cfg["sub"], f)
        s.text(121, 5.4, sb, font=f, size_pt=fit(sb, f, 4.2, 70), color=GREY, anchor="right")
    s.photo(11, 10, 27, 35, rng)
    s.signature(12, 47, 25, 7, rng, color=(24, 24, 30))
    ghost = make_photo(12, 15, rng).convert("L").point(lambda v: 175 + v // 4).convert("RGB")
    s.image(107, 42, 12, 15, ghost)
    vals = ["P", code, number, person.surname.upper(), person.given_names.upper(), cfg["nat"],
            cfg["df"](person.birth_date), person.sex, strip_accents(person.birth_place).upper(), cfg["df"](issue),
            cfg["df"](expiry), cfg["auth"]]
    layout = [[(0, 8), (1, 12), (2, 38)], [(3, 76)], [(4, 76)], [(5, 36), (7, 12)], [(6, 36), (8, 38)],
              [(9, 36), (10, 38)], [(11, 76)]]
    y = 9.0
    for row in layout:
        x = 42.0
        for i, w in row:
            cap = glyphs(cfg["caps"][i], f)
            s.text(x, y, cap, font=f, size_pt=fit(cap, f, 3.5, w - 1), color=cfg["ink"])
            v = glyphs(vals[i], fb)
            s.text(x, y + 2.0, v, font=fb, size_pt=fit(v, fb, 6.8, w - 1.5))
            x += w + 1.5
        y += 7.1
    s.rect(0, 62, 125, 26, width_mm=0, fill=(250, 250, 247))
    _mono_mrz(s, 5.0, 69.5, lines, pitch=5.4)
    return s


def _facing(code: str, rng: random.Random) -> Sheet:
    """The page above the data page: a printed note on the holder's duties and an entry stamp or two."""
    cfg = _PP[code]
    s = Sheet(125, 88)
    s.rect(0, 0, 125, 88, width_mm=0, fill=tuple(min(255, v + 5) for v in cfg["tint"]))
    for k in range(10):
        s.rule(8, 14 + k * 7, 117, 14 + k * 7, width_mm=0.06, color=(196, 196, 200))
    note = {"LBR": "OBSERVATIONS · This passport is the property of the Government of the Republic of Liberia.",
            "MDG": "FANAMARIHANA · OBSERVATIONS · Ity pasipaoro ity dia fananan'ny Fanjakana malagasy.",
            "TUR": "RESMİ NOTLAR · OFFICIAL OBSERVATIONS · Bu pasaport T.C. Devletinin malıdır.",
            "SUR": "AANTEKENINGEN · OBSERVATIONS · Dit paspoort is eigendom van de Republiek Suriname."}[code]
    nn = glyphs(note, FSANS)
    s.text(62.5, 5, nn, font=FSANS, size_pt=fit(nn, FSANS, 5, 115), anchor="center", color=GREY)
    when = TODAY - datetime.timedelta(days=rng.randint(150, 900))
    s.stamp(rng.uniform(12, 60), rng.uniform(20, 44), ["SCHENGEN", rng.choice(["BRU", "AMS", "CRL"]),
                                                       when.strftime("%d.%m.%y"), "ENTRÉE"], rng, shape="rect",
            size_mm=24, color=rng.choice([ST_BLUE, ST_BLACK]), angle=rng.uniform(-10, 10))
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
        if habit == "spread":
            # the booklet opened flat, facing page at the left and the data page at the right, copied across the
            # upper half of a portrait sheet; the office ran a highlighter over the passport number; the copier's
            # drum leaves a line down the page
            spread = Sheet(250, 88)
            paste(spread, _facing(code, rng), 0, 0, dpi=220)
            paste(spread, page, 125, 0, dpi=300)
            spread.rule(125, 0, 125, 88, width_mm=0.5, color=(120, 120, 124))
            k = 0.72
            paste(sh, spread, 15, 26, k=k, dpi=260)
            highlight(sh, 15 + (125 + 64) * k, 26 + 10.7 * k, 31 * k, 3.3 * k, rng)
            if annotate:
                sh.handwriting(16, 100, annotate, rng, size_pt=12)
            return [sheet_of(drum_line(sh.render(200), rng))]
        if habit == "word":
            # the client's phone photo of the data page pasted into a word-processor page and printed: a typed
            # heading, the photo with a thin grey frame and slightly rounded corners, a typed line under it
            img = page.render(260)
            W, H = img.size
            ph = Image.new("RGB", (int(W * 1.12), int(H * 1.16)), (58, 56, 54))
            warm = ImageChops.multiply(img, Image.new("RGB", img.size, (255, 248, 236)))
            ph.paste(warm.rotate(rng.uniform(-2.2, 2.2), expand=False, fillcolor=(58, 56, 54)),
                     (int(W * 0.06), int(H * 0.08)))
            ph = ph.filter(ImageFilter.GaussianBlur(0.8))
            m = Image.new("L", ph.size, 0)
            ImageDraw.Draw(m).rounded_rectangle([0, 0, ph.width - 1, ph.height - 1], radius=int(ph.width * 0.03),
                                                fill=255)
            rgba = ph.convert("RGBA")
            rgba.putalpha(m)
            sh.text(22, 24, glyphs(f"{person.surname.upper()} {person.given_names} – passport", CARL_B), font=CARL_B,
                    size_pt=12)
            w = 160
            h = w * ph.height / ph.width
            sh.rect(24.5, 33.5, w + 1, h + 1, width_mm=0.3, color=(150, 150, 150))
            sh.image(25, 34, w, h, rgba)
            sh.text(22, 38 + h, "Foto ontvangen via WhatsApp / photo reçue par WhatsApp", font=CARL_I, size_pt=9,
                    color=GREY)
            if annotate:
                sh.handwriting(22, 48 + h, annotate, rng, size_pt=12)
            return [sh]
        if habit == "bw":
            # a black-and-white copy made from an earlier copy, the data page enlarged a little, with a pencil
            # page number under it
            paste(sh, page, 22, 40, k=1.3, dpi=300)
            img = copy_of_copy(sh.render(200), rng)
            out = sheet_of(img)
            pencil(out, 100, 170, str(rng.randint(2, 9)), rng, size=13)
            if annotate:
                out.handwriting(22, 180, annotate, rng, size_pt=12)
            return [out]
        # "laminate": the data page's laminate throws a diagonal glare band; a yellow sticky note beside the copy
        # with the expiry written on it
        img = page.render(300)
        W, H = img.size
        g = Image.new("L", (W, H), 0)
        dg = ImageDraw.Draw(g)
        x0 = rng.uniform(0.2, 0.5) * W
        dg.polygon([(x0, 0), (x0 + W * 0.16, 0), (x0 + W * 0.02, H), (x0 - W * 0.14, H)], fill=90)
        g = g.filter(ImageFilter.GaussianBlur(W / 60))
        img = ImageChops.add(img, Image.merge("RGB", [g] * 3))
        sh.image(20, 34, 125 * 1.08, 88 * 1.08, img)
        sh.rect(19.6, 33.6, 125 * 1.08 + 0.8, 88 * 1.08 + 0.8, width_mm=0.15, color=(200, 200, 200))
        note = Sheet(36, 34)
        note.rect(0, 0, 36, 34, width_mm=0, fill=(253, 238, 120))
        nt = f"geldig t/m\n{expiry.strftime('%d-%m-%Y')}" if code in ("SUR",) else f"exp.\n{expiry.strftime('%d/%m/%Y')}"
        for j, ln in enumerate(nt.split("\n")):
            note.handwriting(3, 4 + j * 9, ln, rng, size_pt=12, color=INK, font=PEN)
        paste(sh, note, 158, 40, dpi=200, angle=rng.uniform(-6, 6), bg=(255, 255, 255))
        if annotate:
            sh.handwriting(20, 140, annotate, rng, size_pt=12)
        return [sh]

    return make


for _code, _habit, _lang, _note in (
    ("LBR", "spread", "en/fr", "Liberian ECOWAS passport, the open booklet copied across the upper half, the number "
                               "highlighted, a drum line down the copy"),
    ("MDG", "word", "mg/fr/en", "Malagasy passport: the client's phone photo pasted into a typed page and printed"),
    ("TUR", "bw", "tr/en/fr", "Turkish passport: a black-and-white copy made from a copy, enlarged, pencil page "
                              "number"),
    ("SUR", "laminate", "nl/en", "Surinamese passport: the laminate's glare band across the data page, a sticky "
                                 "note with the expiry beside it"),
):
    _register(f"passport-td3-{_code.lower()}-staatsstrook-links-genummerde-rubrieken-{_habit}-34", "identity-document",
              PART, _lang, _passport(_code, _habit), country=_code, mrz="TD3", photo=True,
              notes=_note + "; the state's name up a coloured strip at the left, numbered bilingual captions")


# --------------------------------------------------------------------------- Liberian identity card (TD1)

def idcard_lbr(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, crop=False,
               annotate=None, **opts):
    """Liberia's national identity card of the National Identification Registry: the front with the flag's
    stripes along the top, the photo at the RIGHT, the NIN in a box at the lower left; the back with the place of
    birth, the issue date, a barcode and the three MRZ lines.  Copied ENLARGED (about 170 %) by the lawyer's
    copier, front in the upper half and back in the lower half, with 'voorzijde' / 'achterzijde' written in
    pencil beside each."""
    issue, expiry = _dates(rng, issue_date, expiry_date, 10)
    nin = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(8))
    number = f"LR{_digits(rng, 7)}"
    md = _mrz_data(person, mrz_override)
    lines = M.td1(issuing="LBR", surname=md["surname"], given=md["given_names"], number=md.get("number", number),
                  nationality=md["nationality"], birth_date=md["birth_date"], sex=md["sex"], expiry=expiry,
                  optional2=nin, break_check=break_check)
    f, fb = NSANS, NSANS_B
    fr = Sheet(85.6, 54)
    fr.image(0, 0, 85.6, 54, _guilloche(85.6, 54, rng, bg=(242, 242, 246), ink=(214, 214, 228), n=16))
    for i in range(5):
        fr.rect(0, i * 1.6, 85.6, 0.8, width_mm=0, fill=(190, 30, 40))
    fr.rect(0, 0, 10, 6.4, width_mm=0, fill=(20, 40, 110))
    fr.text(12, 8.6, "REPUBLIC OF LIBERIA", font=fb, size_pt=6.4, color=(20, 40, 110))
    fr.text(12, 11.6, "NATIONAL IDENTIFICATION REGISTRY · NATIONAL ID CARD", font=f, size_pt=3.7, color=GREY)
    fr.photo(60, 14, 22, 28, rng)
    cells = [(3, 16, 55, "Surname", person.surname.upper()), (3, 21.5, 55, "Given names", person.given_names.upper()),
             (3, 27, 14, "Sex", person.sex), (19, 27, 22, "Date of birth", person.birth_date.strftime("%d/%m/%Y")),
             (43, 27, 15, "Nationality", "LBR"), (3, 32.5, 30, "Date of expiry", expiry.strftime("%d/%m/%Y")),
             (35, 32.5, 23, "Card No.", number)]
    for x, y, w, a, b in cells:
        fr.text(x, y, a, font=f, size_pt=3.2, color=GREY)
        fr.text(x, y + 1.5, glyphs(b, fb), font=fb, size_pt=fit(glyphs(b, fb), fb, 5.8, w - 1))
    fr.rect(3, 40, 40, 9, width_mm=0.3, color=(20, 40, 110))
    fr.text(5, 41, "NIN", font=f, size_pt=3.2, color=GREY)
    fr.text(5, 43.4, nin, font="mono2", size_pt=8.5, color=(180, 30, 40))
    fr.signature(60, 44, 22, 6, rng, color=INK_K)
    bk = Sheet(85.6, 54)
    bk.rect(0, 0, 85.6, 54, width_mm=0, fill=(238, 240, 244))
    for i, (a, b) in enumerate((("Place of birth", strip_accents(person.birth_place).upper()),
                                ("Date of issue", issue.strftime("%d/%m/%Y")),
                                ("Issuing office", "NIR – MONROVIA"))):
        bk.text(3, 3 + i * 6, a, font=f, size_pt=3.2, color=GREY)
        bk.text(3, 4.6 + i * 6, b, font=fb, size_pt=5.6)
    barcode(bk, 52, 3, 30, 9, nin + number)
    _mono_mrz(bk, 2.4, 31, lines, pitch=5.6, size=OCR * 0.98)
    if crop:
        return [fr, bk]
    sh = Sheet()
    k = 1.7
    for i, side in enumerate((fr, bk)):
        paste(sh, side, 28, 24 + i * 104, k=k, dpi=260)
        sh.rect(27.7, 23.7 + i * 104, 85.6 * k + 0.6, 54 * k + 0.6, width_mm=0.15, color=(190, 190, 190))
        pencil(sh, 28, 20 + i * 104 - 3 + 98, "voorzijde" if i == 0 else "achterzijde", rng, size=10)
    if annotate:
        sh.handwriting(120, 268, annotate, rng, size_pt=12)
    return [sh]


_register("idcard-td1-lbr-nir-vergroot-voorzijde-achterzijde-potlood-34", "identity-document", PART, "en",
          idcard_lbr, country="LBR", mrz="TD1", photo=True,
          notes="Liberian national ID card copied enlarged, front above back, pencil notes beside each side")


# --------------------------------------------------------------------------- Dutch residence document (TD1)

def permit_nl(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, crop=False,
              v_number=None, purpose=None, annotate=None, **opts):
    """The Dutch residence document, front above back at actual size at the LEFT of the sheet; beside them the law
    office's rubber stamp 'ORIGINEEL GEZIEN' with the date and initials written into it; a binder clip gripping
    the right edge of the sheet."""
    issue, expiry = _dates(rng, issue_date, expiry_date, 5)
    number = "".join(rng.choice("BCDFGHJKLMNPRSTVWXZ") for _ in range(2)) + _digits(rng, 7)
    vnr = v_number or ("3" + _digits(rng, 9))
    md = _mrz_data(person, mrz_override)
    lines = M.td1(issuing="NLD", surname=md["surname"], given=md["given_names"], number=md.get("number", number),
                  nationality=md["nationality"], birth_date=md["birth_date"], sex=md["sex"], expiry=expiry,
                  doc_code="IR", break_check=break_check)
    f, fb = CARL, CARL_B
    fr = Sheet(85.6, 54)
    fr.image(0, 0, 85.6, 54, _guilloche(85.6, 54, rng, bg=(238, 241, 247), ink=(205, 214, 232), n=18))
    fr.text(3, 2, "VERBLIJFSDOCUMENT", font=fb, size_pt=7, color=(34, 62, 120))
    fr.text(3, 5.8, "KONINKRIJK DER NEDERLANDEN · RESIDENCE DOCUMENT", font=f, size_pt=3.8, color=GREY)
    fr.photo(3, 11, 21, 27, rng)
    cells = [(27, 10, 56, "Naam / Surname", person.surname.upper()),
             (27, 15.6, 56, "Voornamen / Given names", person.given_names.upper()),
             (27, 21.2, 24, "Geboortedatum", person.birth_date.strftime("%d %m %Y")),
             (53, 21.2, 14, "Nationaliteit", person.nationality), (69, 21.2, 12, "Geslacht", person.sex),
             (27, 26.8, 24, "Geldig tot", expiry.strftime("%d %m %Y")), (53, 26.8, 30, "VNR", vnr)]
    for x, y, w, a, b in cells:
        fr.text(x, y, a, font=f, size_pt=3.3, color=GREY)
        fr.text(x, y + 1.6, glyphs(b, fb), font=fb, size_pt=fit(glyphs(b, fb), fb, 6.2, w - 1))
    fr.text(27, 47, number, font=fb, size_pt=5, color=(170, 40, 40))
    bk = Sheet(85.6, 54)
    bk.rect(0, 0, 85.6, 54, width_mm=0, fill=(238, 242, 246))
    bk.text(3, 3, "Verblijfsdoel / opmerkingen", font=f, size_pt=3.3, color=GREY)
    pv = (purpose or "verblijf bij partner").upper()
    for j, r_ in enumerate(wrap(pv, 56, fb, 5.2)[:2]):
        bk.text(3, 5 + j * 2.8, r_, font=fb, size_pt=5.2)
    bk.text(3, 12, f"Afgegeven {issue.strftime('%d-%m-%Y')} · IND", font=f, size_pt=4.2)
    bk.text(3, 15.5, "Arbeid vrij toegestaan. TWV niet vereist.", font=f, size_pt=4.0)
    _mono_mrz(bk, 2.4, 31, lines, pitch=5.6, size=OCR * 0.98)
    if crop:
        return [fr, bk]
    sh = Sheet()
    paste(sh, fr, 22, 34, k=1.0, dpi=300)
    paste(sh, bk, 22, 98, k=1.0, dpi=300)
    when = TODAY - datetime.timedelta(days=rng.randint(3, 40))
    st = Sheet(50, 24)
    st.rect(0.5, 0.5, 49, 23, width_mm=0.6, color=ST_BLUE)
    st.text(25, 2.5, "ORIGINEEL GEZIEN", font=NSANS_B, size_pt=9, color=ST_BLUE, anchor="center")
    st.text(3, 9, "datum:", font=NSANS, size_pt=7, color=ST_BLUE)
    st.text(3, 16, "paraaf:", font=NSANS, size_pt=7, color=ST_BLUE)
    img = st.render(300)
    img = img.rotate(rng.uniform(-5, 5), expand=True, fillcolor=(255, 255, 255))
    sh.image(124, 46, 50 * 1.05, 24 * 1.1, img, blend="multiply")
    sh.handwriting(140, 52, when.strftime("%d-%m-%Y"), rng, size_pt=11, color=INK, font=PEN_I)
    sh.handwriting(142, 59, rng.choice(["JvdB", "MK", "ST", "RH"]), rng, size_pt=11, color=INK, font=PEN_I)
    cl = Sheet(14, 40)
    cl.rect(6, 2, 8, 36, width_mm=0, fill=(40, 40, 44))
    cl.rule(6, 8, 0, 4, width_mm=0.8, color=(110, 110, 116))
    cl.rule(6, 32, 0, 36, width_mm=0.8, color=(110, 110, 116))
    paste(sh, cl, 196, 150, dpi=200)
    if annotate:
        sh.handwriting(22, 160, annotate, rng, size_pt=12)
    return [sh]


_register("permit-nl-verblijfsdocument-onder-elkaar-origineel-gezien-stempel-klem-34", "identity-document", PART,
          "nl", permit_nl, country="NLD", mrz="TD1", photo=True,
          notes="Dutch residence card, front above back at actual size, the office's 'ORIGINEEL GEZIEN' stamp filled "
                "in by hand, a binder clip on the right edge")


# --------------------------------------------------------------------------- birth certificates

_COUNTY = {"Monrovia": "Montserrado", "Gbarnga": "Bong", "Buchanan": "Grand Bassa", "Kakata": "Margibi",
           "Voinjama": "Lofa", "Zwedru": "Grand Gedeh", "Harper": "Maryland", "Ganta": "Nimba", "Tubmanburg": "Bomi",
           "Robertsport": "Grand Cape Mount", "Sanniquellie": "Nimba"}


def _lbr_frame(sh: Sheet, col) -> None:
    sh.rect(10, 10, 190, 277, width_mm=1.4, color=col)
    sh.rect(13, 13, 184, 271, width_mm=0.35, color=col)
    for x, y in ((10, 10), (194, 10), (10, 281), (194, 281)):
        sh.rect(x - 1, y - 1, 8, 8, width_mm=0, fill=col)
        sh.rect(x + 1.5, y + 1.5, 3, 3, width_mm=0, fill=(255, 255, 255))


def _lbr_arms(sh: Sheet, x: float, y: float, col) -> None:
    """The arms drawn small: a shield with a star over stripes."""
    sh.rect(x, y, 14, 12, width_mm=0.5, color=col)
    for i in range(4):
        sh.rule(x + 1, y + 6 + i * 1.4, x + 13, y + 6 + i * 1.4, width_mm=0.35, color=col)
    sh.text(x + 7, y + 0.6, "★", font="sans3", size_pt=11, color=col, anchor="center")


def birth_lbr(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Liberia: the Ministry of Health's certificate of birth written in PROSE ('THIS IS TO CERTIFY that ... was
    born on the 14th day of March A.D. 1988 in the City of Monrovia, Montserrado County ...'), typed in a
    monospaced face inside a double frame with corner blocks, the names in bold capitals; 'GIVEN under my hand
    and Seal of Office this ... day of ... A.D. ...'; the registrar's signature ABOVE the printed line with the
    title under it, the red foil seal with its ribbons pressed at the lower left; a coffee cup's ring on the
    copy."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(30, 400))
    act = act_date or person.birth_date + datetime.timedelta(days=rng.randint(3, 60))
    fa, mo = _par(person, father, mother)
    place = person.birth_place
    county = _COUNTY.get(place, "Montserrado")
    col = (24, 44, 100)
    f, fb = NMONO, NMONO_B
    sh = Sheet(paper="cream")
    _lbr_frame(sh, col)
    _lbr_arms(sh, 98, 20, col)
    sh.text(105, 35, "REPUBLIC OF LIBERIA", font=BOOK_B, size_pt=15, color=col, anchor="center")
    sh.text(105, 42, "MINISTRY OF HEALTH", font=BOOK, size_pt=11, anchor="center")
    sh.text(105, 47.5, "Division of Vital Statistics · Monrovia", font=BOOK_I, size_pt=9.5, anchor="center",
            color=GREY)
    sh.text(105, 58, "CERTIFICATE OF BIRTH", font=BOOK_B, size_pt=19, anchor="center")
    no = f"VS/{act.year}/{rng.randint(1000, 99999):05d}"
    sh.text(186, 68, f"No. {no}", font=f, size_pt=10, anchor="right")
    town = "City" if place in ("Monrovia", "Buchanan", "Harper", "Gbarnga") else "Town"
    nm = f"{person.given_names.upper()} {person.surname.upper()}"
    paras = [
        ("THIS IS TO CERTIFY", True),
        (f"that according to the records of births kept in this Division, {nm}, {_child_word(person, 'en')} of "
         f"{fa.upper()}, father, a Liberian, and {mo.upper()}, mother, a Liberian, was born on the "
         f"{en_ad(person.birth_date)} in the {town} of {place}, {county} County, Republic of Liberia.", False),
        (f"The birth was registered on the {en_ad(act)} under the number stated above.", False),
        (f"GIVEN under my hand and Seal of Office this {en_ad(issue)}.", False),
    ]
    y = 80
    for t, bold in paras:
        if bold:
            sh.text(105, y, t, font=fb, size_pt=12, anchor="center")
            y += 10
            continue
        y = sh.paragraph(26, y, 158, glyphs(t, f), font=f, size_pt=11, leading=1.75) + 6
    y = max(y + 14, 196)
    sig_x = 112
    sh.signature(sig_x + 6, y - 14, 52, 15, rng, color=rng.choice([INK, INK_K]))
    sh.rule(sig_x, y + 2, 184, y + 2, width_mm=0.3)
    sh.text(148, y + 4, rng.choice(["Hon. Josephine K. Tarr", "Hon. Abraham T. Flomo", "Hon. Ellen D. Sumo"]),
            font=BOOK_B, size_pt=10, anchor="center")
    sh.text(148, y + 9.5, "Registrar, Vital Statistics", font=BOOK_I, size_pt=9.5, anchor="center")
    ribbon_seal(sh, 40, y - 10, 24, rng)
    sh.text(26, y + 28, "Not valid if altered or erased.", font=BOOK_I, size_pt=8, color=GREY)
    img = coffee_ring(sh.render(200), rng, where=(rng.uniform(0.68, 0.8), rng.uniform(0.86, 0.9)), r=0.06)
    return [sheet_of(img)]


def _mg_officer(rng):
    return rng.choice(["RAKOTONIRINA Haingo", "RANDRIAMAMPIONONA Lova", "RASOAMANARIVO Bakoly", "ANDRIANJAFY Solo"])


def _mg_commune(place: str) -> tuple[str, str]:
    """(Malagasy, French) name of the urban commune of a town."""
    fr = f"Commune urbaine d'{place}" if place[:1] in "AEIOU" else f"Commune urbaine de {place}"
    return f"Kaominina Ambonivohitra {place}", fr


def _mg_head(sh: Sheet, place: str, rng, no: str) -> None:
    f, fb = CPR, CPR_B
    sh.text(20, 14, "REPOBLIKAN'I MADAGASIKARA", font=fb, size_pt=10.5)
    sh.text(20, 19, "Fitiavana – Tanindrazana – Fandrosoana", font=CPR_I, size_pt=9)
    mg, fr = _mg_commune(place)
    sh.text(20, 26, glyphs(mg.upper(), fb), font=fb, size_pt=fit(glyphs(mg.upper(), fb), fb, 9.5, 96))
    sh.text(20, 31, glyphs(fr, f), font=f, size_pt=fit(glyphs(fr, f), f, 9, 96))
    sh.text(20, 36, "Sampan-draharaha ny sora-piankohonana / État civil", font=f, size_pt=8.5, color=GREY)
    sh.text(190, 14, f"Laharana / N° {no}", font=fb, size_pt=10, anchor="right")


def birth_mdg(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Madagascar: a full copy of the birth act ('Kopian'ny sora-pahaterahana / Copie d'acte de naissance'), typed
    on a typewriter in Courier Prime, the act in PROSE twice, first in Malagasy then in French in italics under
    it; the revenue stamp stuck at the upper right and cancelled with a pen stroke, the officer's signature and
    the commune's round stamp pressed over it; the legalisation stamp on the back shows through the thin paper."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(30, 400))
    act = act_date or person.birth_date + datetime.timedelta(days=rng.randint(2, 25))
    fa, mo = _par(person, father, mother)
    place = person.birth_place
    f, fi, fb = CPR, CPR_I, CPR_B
    hh, mm = rng.randint(0, 23), rng.randint(0, 59)
    jobs_mg = ["mpamboly", "mpampianatra", "mpivarotra", "mpiasa", "mpanjaitra", "mpitondra fiara"]
    jobs_fr = ["cultivateur", "enseignant(e)", "commerçant(e)", "employé(e)", "couturière", "chauffeur"]
    j1, j2 = rng.randrange(len(jobs_mg)), rng.randrange(len(jobs_mg))
    decl = fa
    officer = _mg_officer(rng)
    no = f"{rng.randint(100, 4999)}"
    sh = Sheet(paper="cream")
    _mg_head(sh, place, rng, no)
    fiscal(sh, 168, 24, 22, 16, ["HAJIA", "TIMBRE FISCAL", "2 000 Ar"], rng)
    sh.text(105, 50, "KOPIAN'NY SORA-PAHATERAHANA", font=fb, size_pt=13, anchor="center")
    sh.text(105, 56, "COPIE D'ACTE DE NAISSANCE", font=fb, size_pt=11, anchor="center")
    nm = f"{person.surname.upper()} {person.given_names}"
    mg = (f"Tamin'ny {mg_long(person.birth_date)}, tamin'ny {hh} ora sy {mm} minitra, no teraka tao {place} i "
          f"{nm}, {_child_word(person, 'mg')}, zanak'i {fa}, {jobs_mg[j1]}, sy {mo}, {jobs_mg[j2]}, samy monina ao "
          f"{place}. Nosoratana tamin'ny {mg_long(act)}, araka ny fanambarana nataon'i {decl}, rainy, izay nanao "
          f"sonia niaraka taminay, {officer}, Mpiandraikitra ny sora-piankohonana, rehefa novakiana taminy.")
    fr = (f"Le {fr_long(person.birth_date)}, à {hh} heures {mm} minutes, est né{'e' if person.sex == 'F' else ''} "
          f"à {place} {nm}, de sexe {'masculin' if person.sex == 'M' else 'féminin'}, {_child_word(person, 'fr')} de "
          f"{fa}, {jobs_fr[j1]}, et de {mo}, {jobs_fr[j2]}, domiciliés à {place}. Dressé le {fr_long(act)}, sur la "
          f"déclaration de {decl}, père, qui, lecture faite, a signé avec Nous, {officer}, Officier de l'état "
          f"civil.")
    y = sh.paragraph(22, 68, 166, glyphs(mg, f), font=f, size_pt=10.3, leading=1.55) + 5
    y = sh.paragraph(22, y, 166, glyphs(fr, fi), font=fi, size_pt=10.3, leading=1.55) + 8
    y = sh.paragraph(22, y, 166, "Kopia manontolo nadika araka ny bokim-piankohonana. / Copie certifiée conforme au "
                                 "registre.", font=fb, size_pt=10, leading=1.4) + 4
    sh.text(22, y, glyphs(f"{place}, faha-{mg_long(issue)} / le {fr_long(issue)}", f), font=f, size_pt=10)
    y += 10
    sh.text(118, y, "Ny Mpiandraikitra / L'Officier", font=f, size_pt=9.5)
    sh.text(118, y + 4.6, "de l'état civil", font=f, size_pt=9.5)
    sh.signature(122, y + 9, 48, 14, rng, color=INK)
    sh.stamp(112, y + 3, [glyphs(_mg_commune(place)[0].upper()[:28], NSANS_B), "SORA-PIANKOHONANA",
                          "MADAGASIKARA"], rng, shape="round", size_mm=30, color=rng.choice([ST_VIOLET, ST_BLUE]),
             angle=rng.uniform(-15, 15))
    sh.text(118, y + 26, officer, font=fb, size_pt=9.5)
    img = show_through(sh.render(200), rng, strength=0.12, kind="stamp")
    return [sheet_of(img)]


def birth_tur(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Türkiye: the 'Vukuatlı Nüfus Kayıt Örneği' printed from e-Devlet in LANDSCAPE: the ministry's heading at the
    upper left, the register's place (il, ilçe, mahalle, cilt, hane) in a row of small cells, then the family
    register as a table with one row for the person ('Kendisi') and one for each parent (columns: sıra, cinsiyet,
    yakınlık, adı, soyadı, baba adı, ana adı, doğum yeri ve tarihi, T.C. kimlik no, medeni hali, durumu); the
    electronic-signature sentence with the verification barcode at the foot.  Turkish only."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(20, 250))
    fa, mo = _par(person, father, mother)
    f, fb = DCOND, DCOND_B
    sh = Sheet(297, 210)
    il = rng.choice(["ANKARA", "İSTANBUL", "İZMİR", "KAYSERİ", "GAZİANTEP", "VAN", "KONYA"])
    ilce = rng.choice(["ÇANKAYA", "ÜSKÜDAR", "BORNOVA", "MELİKGAZİ", "ŞAHİNBEY", "İPEKYOLU", "SELÇUKLU"])
    sh.text(14, 10, "T.C.", font=fb, size_pt=10)
    sh.text(14, 15, "İÇİŞLERİ BAKANLIĞI", font=fb, size_pt=10)
    sh.text(14, 20, "Nüfus ve Vatandaşlık İşleri Genel Müdürlüğü", font=f, size_pt=9)
    sh.text(148.5, 12, "VUKUATLI NÜFUS KAYIT ÖRNEĞİ", font=fb, size_pt=15, anchor="center")
    sh.text(283, 10, f"Belge Tarihi: {issue.strftime('%d.%m.%Y')}", font=f, size_pt=8.5, anchor="right")
    sh.text(283, 14.5, f"Belge No: {rng.randint(10**9, 10**10 - 1)}", font=f, size_pt=8.5, anchor="right")
    cells = [("İl", il), ("İlçe", ilce), ("Mahalle/Köy", rng.choice(["KAVAKLIDERE", "ACIBADEM", "ERZENE", "KOCASİNAN"])),
             ("Cilt No", str(rng.randint(10, 240))), ("Hane No", str(rng.randint(1, 400))),
             ("Aile Sıra No", str(rng.randint(1, 90)))]
    x = 14
    for a, b in cells:
        w = 44.8
        sh.rect(x, 28, w, 10, width_mm=0.25)
        sh.text(x + 1.5, 29, a, font=f, size_pt=7, color=GREY)
        sh.text(x + 1.5, 32.6, glyphs(b, fb), font=fb, size_pt=9)
        x += w
    cols = [("S.No", 10), ("C", 7), ("Yakınlık Derecesi", 22), ("Adı", 26), ("Soyadı", 28), ("Baba Adı", 22),
            ("Ana Adı", 22), ("Doğum Yeri ve Tarihi", 40), ("T.C. Kimlik No", 28), ("Medeni Hali", 18),
            ("Durumu", 16), ("Olaylar ve Tarihleri", 30)]
    y = 46
    x = 14
    for t, w in cols:
        sh.rect(x, y, w, 9, width_mm=0.25, fill=(232, 232, 232))
        for j, r_ in enumerate(wrap(t, w - 2, fb, 7)[:2]):
            sh.text(x + 1, y + 1 + j * 3.4, r_, font=fb, size_pt=7)
        x += w
    y += 9
    fbd = datetime.date(person.birth_date.year - rng.randint(24, 36), rng.randint(1, 12), rng.randint(1, 28))
    mbd = datetime.date(person.birth_date.year - rng.randint(20, 32), rng.randint(1, 12), rng.randint(1, 28))
    gpa = ["MEHMET", "AHMET", "HÜSEYİN", "MUSTAFA", "ALİ"]
    gma = ["AYŞE", "FATMA", "EMİNE", "HATİCE", "ZEYNEP"]
    rows = [("1", "E", "Babası", fa.split()[0].upper(), person.surname.upper() if person.sex == "M" else
             fa.split()[-1].upper(), rng.choice(gpa), rng.choice(gma), f"{rng.choice([il, 'SİVAS', 'ÇORUM'])} "
             f"{fbd.strftime('%d.%m.%Y')}", str(rng.randint(1, 9)) + _digits(rng, 10), "Evli", "Sağ", ""),
            ("2", "K", "Annesi", mo.split()[0].upper(), mo.split()[-1].upper(), rng.choice(gpa), rng.choice(gma),
             f"{rng.choice([il, 'TOKAT', 'MALATYA'])} {mbd.strftime('%d.%m.%Y')}", str(rng.randint(1, 9)) +
             _digits(rng, 10), "Evli", "Sağ", ""),
            ("3", "E" if person.sex == "M" else "K", "Kendisi", person.given_names.upper(), person.surname.upper(),
             fa.split()[0].upper(), mo.split()[0].upper(),
             f"{person.birth_place.upper()} {person.birth_date.strftime('%d.%m.%Y')}",
             str(rng.randint(1, 9)) + _digits(rng, 10), rng.choice(["Bekâr", "Evli"]), "Sağ",
             f"Doğum {(person.birth_date + datetime.timedelta(days=rng.randint(3, 40))).strftime('%d.%m.%Y')}")]
    for row in rows:
        x = 14
        for (_t, w), v in zip(cols, row):
            sh.rect(x, y, w, 10, width_mm=0.25)
            vv = glyphs(v, f)
            for j, r_ in enumerate(wrap(vv, w - 2, f, 7.8)[:2]):
                sh.text(x + 1, y + 1.2 + j * 3.8, r_, font=f, size_pt=7.8)
            x += w
        y += 10
    y += 8
    bc = f"NVI{_digits(rng, 2)}-{''.join(rng.choice('ABCDEFGHJKLMNPRSTUVYZ') for _ in range(4))}-{_digits(rng, 4)}"
    sh.paragraph(14, y, 200, glyphs("Bu belge, 5070 sayılı Elektronik İmza Kanunu çerçevesinde güvenli elektronik "
                                    "imza ile imzalanmıştır. Belgenin doğruluğunu https://www.turkiye.gov.tr/"
                                    f"belge-dogrulama adresinden {bc} barkod numarası ile kontrol edebilirsiniz.", f),
                 font=f, size_pt=8.5, leading=1.4)
    barcode(sh, 224, y, 58, 13, bc)
    sh.text(253, y + 14, bc, font=f, size_pt=8, anchor="center")
    sh.text(14, 198, "Bu belge bilgi amaçlıdır. · e-Devlet Kapısı", font=f, size_pt=7.5, color=GREY)
    sh.text(283, 198, "1/1", font=f, size_pt=7.5, anchor="right", color=GREY)
    return [sh]


_BX = {
    "nl": dict(tb="UITTREKSEL UIT DE AKTE VAN GEBOORTE", tm="UITTREKSEL UIT DE AKTE VAN HUWELIJK",
               nm="Naam", gv="Voornamen", sx="Geslacht", bd="Datum van geboorte", bp="Plaats van geboorte",
               fa="Naam en voornamen van de vader/meemoeder", mo="Naam en voornamen van de moeder",
               m="mannelijk", f="vrouwelijk", p1="Eerste echtgeno(o)t(e)", p2="Tweede echtgeno(o)t(e)",
               md="Datum van het huwelijk", mp="Plaats van het huwelijk", ref="DABS-referentie",
               head="Burgerlijke stand", by="Voor eensluidend uittreksel,", off="de ambtenaar van de burgerlijke stand",
               when="Afgeleverd op"),
    "fr": dict(tb="EXTRAIT DE L'ACTE DE NAISSANCE", tm="EXTRAIT DE L'ACTE DE MARIAGE",
               nm="Nom", gv="Prénoms", sx="Sexe", bd="Date de naissance", bp="Lieu de naissance",
               fa="Nom et prénoms du père/de la coparente", mo="Nom et prénoms de la mère", m="masculin",
               f="féminin", p1="Premier conjoint", p2="Second conjoint", md="Date du mariage",
               mp="Lieu du mariage", ref="Référence BAEC", head="État civil", by="Pour extrait conforme,",
               off="l'officier de l'état civil", when="Délivré le"),
}
_BE_COMMUNES = {"Antwerpen": ("nl", "2000"), "Gent": ("nl", "9000"), "Leuven": ("nl", "3000"),
                "Mechelen": ("nl", "2800"), "Kortrijk": ("nl", "8500"), "Hasselt": ("nl", "3500"),
                "Brussel": ("bi", "1000"), "Bruxelles": ("bi", "1000"), "Schaerbeek": ("bi", "1030"),
                "Anderlecht": ("bi", "1070"), "Liège": ("fr", "4000"), "Charleroi": ("fr", "6000"),
                "Namur": ("fr", "5000"), "Mons": ("fr", "7000")}


def _be_extract(kind: str):
    def make(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, spouse=None,
             marriage_date=None, **opts):
        """A Belgian commune's extract from the civil-status database set out as 'label ........ value' lines
        with dotted leaders under a small heading block at the upper LEFT (commune, service, address) and the
        database reference at the upper right; 'Voor eensluidend uittreksel' / 'Pour extrait conforme', the
        officer's signature ABOVE the typed name and title, the commune's oval stamp at the left of it; in the
        commune's language (Brussels communes in Dutch or French)."""
        if kind == "birth":
            city = person.birth_place if person.birth_place in _BE_COMMUNES else rng.choice(["Gent", "Liège",
                                                                                               "Schaerbeek"])
        else:
            a = person.address
            city = a.city if a is not None and a.city in _BE_COMMUNES else rng.choice(["Antwerpen", "Namur",
                                                                                      "Anderlecht"])
        lg, pc = _BE_COMMUNES[city]
        lang = rng.choice(["nl", "fr"]) if lg == "bi" else lg
        L = _BX[lang]
        issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(20, 300))
        f, fb = CSB, CSB_B
        sh = Sheet()
        sh.text(20, 14, ("Stad " if lang == "nl" else "Ville de ") + city, font=fb, size_pt=13)
        sh.text(20, 20, L["head"], font=f, size_pt=9.5, color=GREY)
        sh.text(20, 24.5, f"{pc} {city}", font=f, size_pt=9.5, color=GREY)
        sh.rule(20, 29, 70, 29, width_mm=0.5)
        ref = f"{issue.year - rng.randint(0, 4)}-{_digits(rng, 2)}-{_digits(rng, 7)}"
        sh.text(190, 14, L["ref"], font=f, size_pt=8, anchor="right", color=GREY)
        sh.text(190, 18.5, ref, font="mono2", size_pt=10, anchor="right")
        sh.text(105, 44, L["tb"] if kind == "birth" else L["tm"], font=fb, size_pt=13.5, anchor="center")
        y = 60

        def line(a, b):
            nonlocal y
            w = sh.text(24, y, a, font=f, size_pt=10.5)
            bb = glyphs(b, fb)
            bw = sh.text_width(bb, font=fb, size_pt=10.5)
            sz = fit(bb, fb, 10.5, 88)
            sh.rule(26 + w, y + 4, 186 - min(bw, 88) - 2, y + 4, width_mm=0.25, color=(110, 110, 110), dash=0.4)
            sh.text(186, y, bb, font=fb, size_pt=sz, anchor="right")
            y += 9

        if kind == "birth":
            fa, mo = _par(person, father, mother)
            line(L["nm"], person.surname.upper())
            line(L["gv"], person.given_names)
            line(L["sx"], L["m"] if person.sex == "M" else L["f"])
            line(L["bd"], long_in(person.birth_date, lang))
            line(L["bp"], person.birth_place)
            line(L["fa"], fa)
            line(L["mo"], mo)
        else:
            wed = marriage_date or TODAY - datetime.timedelta(days=rng.randint(400, 3000))
            for title, pp in ((L["p1"], person), (L["p2"], spouse)):
                if pp is None:
                    continue
                sh.text(24, y, title, font=CSB_I, size_pt=10.5, color=GREY)
                y += 7
                line(L["nm"], pp.surname.upper())
                line(L["gv"], pp.given_names)
                line(L["bd"], long_in(pp.birth_date, lang))
                line(L["bp"], pp.birth_place)
                y += 3
            line(L["md"], long_in(wed, lang))
            line(L["mp"], city)
        y += 10
        sh.text(24, y, f"{L['when']} {long_in(issue, lang)}.", font=f, size_pt=10.5)
        y += 8
        sh.text(110, y, L["by"], font=f, size_pt=10.5)
        sh.signature(114, y + 5, 48, 15, rng, color=INK)
        sh.text(110, y + 22, rng.choice(["M. Verhelst", "S. Lemaire", "K. Dewaele", "N. Gillard", "A. Özdemir"]),
                font=fb, size_pt=10.5)
        sh.text(110, y + 27, L["off"], font=CSB_I, size_pt=10)
        sh.stamp(44, y, [("STAD " if lang == "nl" else "VILLE DE ") + city.upper()[:16], L["head"].upper(), pc], rng,
                 shape="oval", size_mm=34, color=rng.choice([ST_BLUE, ST_VIOLET]), angle=rng.uniform(-8, 8))
        return [sh]

    return make


for _fid, _code, _lang, _fn, _note in (
    ("birth-lbr-ministry-of-health-proza-typemachine-rood-lintzegel-koffiekring-34", "LBR", "en", birth_lbr,
     "Liberian certificate of birth in prose (A.D. dates), typed in a double frame, red ribbon seal, coffee ring"),
    ("birth-mdg-kopia-tweetalige-proza-fiscale-zegel-doorschijnende-achterzijde-34", "MDG", "mg/fr", birth_mdg,
     "Malagasy full copy of the birth act in prose, Malagasy then French, revenue stamp, verso showing through"),
    ("birth-tur-edevlet-vukuatli-liggend-tabel-barkod-34", "TUR", "tr", birth_tur,
     "Turkish e-Devlet population-register extract printed in landscape, family table, barcode (Turkish only)"),
    ("birth-be-uittreksel-stippellijnen-handtekening-boven-naam-ovale-stempel-34", "BEL", "nl/fr",
     _be_extract("birth"), "Belgian birth extract as dotted label-value lines, signature above the typed name"),
):
    _register(_fid, "birth-certificate", PART, _lang, _fn, country=_code, notes=_note)

_register("marriage-be-uittreksel-stippellijnen-handtekening-boven-naam-ovale-stempel-34", "marriage-certificate",
          PART, "nl/fr", _be_extract("marriage"), country="BEL", notes="Belgian marriage extract in the same layout")


# --------------------------------------------------------------------------- marriage certificates

def marriage_lbr(person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    """Liberia: a marriage certificate in PROSE under an ornamental frame ('This is to Certify that Mr. ... and
    Miss ... were by me united in HOLY MATRIMONY according to the laws of the Republic of Liberia on the ...
    day of ... A.D. ... at ...'), set in URW Bookman, the two witnesses' and the officiating minister's
    signatures on lines at the foot, the registration by the Ministry of Foreign Affairs in a box with its round
    stamp over the box's edge."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(60, 500))
    wed = marriage_date or TODAY - datetime.timedelta(days=rng.randint(900, 4000))
    q = spouse
    husband, wife = (person, q) if person.sex == "M" else (q, person)
    col = (110, 70, 20)
    f, fb, fi = BOOK, BOOK_B, BOOK_I
    sh = Sheet()
    _lbr_frame(sh, col)
    for k in range(14):
        sh.text(22 + k * 12.2, 17, "❦" if k % 2 else "✥", font="sans3", size_pt=8, color=col)
    _lbr_arms(sh, 98, 24, col)
    sh.text(105, 40, "REPUBLIC OF LIBERIA", font=fb, size_pt=14, anchor="center", color=col)
    sh.text(105, 52, "Marriage Certificate", font=CHANC, size_pt=30, anchor="center")
    church = rng.choice(["Providence Baptist Church, Broad Street, Monrovia", "Trinity Cathedral, Monrovia",
                         "St. Peter's Lutheran Church, Sinkor, Monrovia", "First United Methodist Church, Monrovia",
                         "the City Hall, Monrovia"])

    def age(p):
        return (wed - p.birth_date).days // 365 if p else "—"

    hn = f"{husband.given_names} {husband.surname}" if husband else "—"
    wn = f"{wife.given_names} {wife.surname}" if wife else "—"
    t = (f"This is to Certify that Mr. {hn.upper()}, age {age(husband)}, of {husband.birth_place if husband else '—'}, "
         f"and Miss {wn.upper()}, age {age(wife)}, of {wife.birth_place if wife else '—'}, were by me united in "
         f"HOLY MATRIMONY according to the laws of the Republic of Liberia on the {en_ad(wed)} at {church}.")
    y = sh.paragraph(26, 72, 158, glyphs(t, f), font=f, size_pt=11.5, leading=1.8, align="center") + 10
    for j, who in enumerate(("Witness", "Witness", "Officiating Minister")):
        x = 26 + j * 55
        sh.signature(x + 4, y - 2, 40, 11, rng, color=rng.choice([INK, INK_K]))
        sh.rule(x, y + 10, x + 48, y + 10, width_mm=0.25)
        sh.text(x + 24, y + 12, who, font=fi, size_pt=9, anchor="center")
    y += 30
    sh.rect(26, y, 158, 34, width_mm=0.4, color=col)
    vol, pg = rng.randint(12, 96), rng.randint(1, 400)
    sh.paragraph(30, y + 4, 150, f"Registered at the Ministry of Foreign Affairs, Monrovia, in Marriage Register "
                                 f"Volume {vol}, Page {pg}, on the {en_ad(wed + datetime.timedelta(days=rng.randint(3, 40)))}. "
                                 f"Certified copy issued on the {en_ad(issue)}.", font=f, size_pt=9.8, leading=1.5)
    sh.signature(118, y + 18, 40, 12, rng, color=INK)
    sh.stamp(150, y + 14, ["MINISTRY OF FOREIGN AFFAIRS", "REPUBLIC OF LIBERIA", "MONROVIA"], rng, shape="round",
             size_mm=28, color=ST_BLUE, angle=rng.uniform(-12, 12))
    return [sh]


def marriage_mdg(person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    """Madagascar: the full copy of the marriage act ('Kopian'ny sora-panambadiana / Copie d'acte de mariage')
    typed in the same way as the birth act, the act in Malagasy then in French, the spouses' names in capitals,
    the officer's signature with the commune's stamp over it, the revenue stamp cancelled; a highlighter stroke
    over the date of the marriage, put there by the lawyer's office."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(60, 500))
    wed = marriage_date or TODAY - datetime.timedelta(days=rng.randint(900, 4000))
    q = spouse
    husband, wife = (person, q) if person.sex == "M" else (q, person)
    place = (husband or person).birth_place
    f, fi, fb = CPR, CPR_I, CPR_B
    officer = _mg_officer(rng)
    sh = Sheet(paper="cream")
    _mg_head(sh, place, rng, f"{rng.randint(10, 900)}")
    fiscal(sh, 168, 24, 22, 16, ["HAJIA", "TIMBRE FISCAL", "2 000 Ar"], rng)
    sh.text(105, 50, "KOPIAN'NY SORA-PANAMBADIANA", font=fb, size_pt=13, anchor="center")
    sh.text(105, 56, "COPIE D'ACTE DE MARIAGE", font=fb, size_pt=11, anchor="center")

    def who(p):
        return f"{p.surname.upper()} {p.given_names}, teraka tamin'ny {mg_long(p.birth_date)} tao {p.birth_place}" \
            if p else "—"

    def qui(p):
        return f"{p.surname.upper()} {p.given_names}, né{'e' if p.sex == 'F' else ''} le {fr_long(p.birth_date)} " \
               f"à {p.birth_place}" if p else "—"

    mg = (f"Tamin'ny {mg_long(wed)}, teto amin'ny tranom-pokontany {place}, dia nanambady teo anatrehanay, "
          f"{officer}, Mpiandraikitra ny sora-piankohonana, i {who(husband)}, sy i {who(wife)}. Vavolombelona: "
          f"{rng.choice(['RAZAFY Mamy', 'RABE Naivo', 'RASOA Lalao'])} sy {rng.choice(['RAKOTO Jean', 'RANAIVO Hery'])}.")
    fr = (f"Le {fr_long(wed)}, en la mairie de {place}, ont contracté mariage devant Nous, {officer}, Officier de "
          f"l'état civil, {qui(husband)}, et {qui(wife)}. Témoins : les personnes nommées ci-dessus, qui ont signé "
          f"avec les époux et Nous après lecture.")
    y = sh.paragraph(22, 68, 166, glyphs(mg, f), font=f, size_pt=10.3, leading=1.55) + 5
    y0 = y
    y = sh.paragraph(22, y, 166, glyphs(fr, fi), font=fi, size_pt=10.3, leading=1.55) + 8
    highlight(sh, 21, y0 - 0.6, sh.text_width(f"Le {fr_long(wed)},", font=fi, size_pt=10.3) + 2, 4.6, rng)
    y = sh.paragraph(22, y, 166, "Kopia manontolo nadika araka ny bokim-piankohonana. / Copie certifiée conforme au "
                                 "registre.", font=fb, size_pt=10, leading=1.4) + 4
    sh.text(22, y, glyphs(f"{place}, faha-{mg_long(issue)} / le {fr_long(issue)}", f), font=f, size_pt=10)
    y += 10
    sh.text(118, y, "L'Officier de l'état civil", font=f, size_pt=9.5)
    sh.signature(122, y + 6, 48, 14, rng, color=INK)
    sh.stamp(114, y + 1, [glyphs(_mg_commune(place)[0].upper()[:28], NSANS_B), "SORA-PIANKOHONANA",
                          "MADAGASIKARA"], rng, shape="round", size_mm=30, color=ST_VIOLET, angle=rng.uniform(-15, 15))
    return [sh]


_register("marriage-lbr-sierlijst-proza-getuigen-registratiekader-34", "marriage-certificate", PART, "en",
          marriage_lbr, country="LBR",
          notes="Liberian marriage certificate in prose under an ornamental frame, witnesses' lines, registration box")
_register("marriage-mdg-kopia-tweetalige-proza-markeerstift-datum-34", "marriage-certificate", PART, "mg/fr",
          marriage_mdg, country="MDG",
          notes="Malagasy full copy of the marriage act, Malagasy then French, the date highlighted")


# --------------------------------------------------------------------------- certificates of nationality

def nationality_mdg(person, rng, *, issue_date=None, **opts):
    """Madagascar: the certificate of nationality of a court of first instance, typed in French on the court's
    form: 'Nous, ..., Président du Tribunal de Première Instance d'Antananarivo, certifions que ... est de
    nationalité malagasy' with the article of the nationality code and the documents seen listed; the revenue
    stamp at the upper left, the president's signature ABOVE his typed name with the court's round stamp at the
    left of it; the sheet was folded in four (two creases crossing)."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(40, 500))
    f, fb = CSB, CSB_B
    sh = Sheet()
    city = rng.choice(["Antananarivo", "Toamasina", "Fianarantsoa", "Mahajanga"])
    court = f"d'{city}" if city[0] in "AEIOU" else f"de {city}"
    sh.text(105, 14, "REPOBLIKAN'I MADAGASIKARA", font=fb, size_pt=11, anchor="center")
    sh.text(105, 19.5, "Fitiavana – Tanindrazana – Fandrosoana", font=CSB_I, size_pt=9, anchor="center")
    sh.text(105, 27, "MINISTÈRE DE LA JUSTICE", font=f, size_pt=9.5, anchor="center")
    sh.text(105, 32, f"TRIBUNAL DE PREMIÈRE INSTANCE {court.upper()}", font=fb, size_pt=10, anchor="center")
    fiscal(sh, 20, 14, 20, 15, ["TIMBRE", "FISCAL", "5 000 Ar"], rng)
    sh.text(105, 50, "CERTIFICAT DE NATIONALITÉ", font=fb, size_pt=17, anchor="center")
    no = f"N° {rng.randint(100, 9999)}/{issue.year}/TPI"
    sh.text(105, 58, no, font=f, size_pt=10, anchor="center")
    fa = person.father or "—"
    mo = person.mother or "—"
    e = "e" if person.sex == "F" else ""
    paras = [
        f"Nous, {rng.choice(['RAKOTOMANGA Jean Aimé', 'RAHARINIRINA Voahangy', 'ANDRIAMPARANY Hery'])}, Président du "
        f"Tribunal de Première Instance {court},",
        "Vu l'Ordonnance n° 60-064 du 22 juillet 1960 portant Code de la nationalité malagasy, notamment son "
        "article 9 ;",
        f"Vu la copie de l'acte de naissance n° {rng.randint(100, 4999)} et les pièces produites ;",
        f"CERTIFIONS que {person.surname.upper()} {person.given_names}, né{e} le {fr_long(person.birth_date)} à "
        f"{person.birth_place}, {_child_word(person, 'fr')} de {fa} et de {mo}, est de nationalité malagasy, étant "
        f"né{e} d'un père malagasy.",
        "En foi de quoi, le présent certificat lui est délivré pour servir et valoir ce que de droit.",
    ]
    y = 72
    for t in paras:
        y = sh.paragraph(24, y, 162, glyphs(t, f), font=f, size_pt=11, leading=1.6, align="justify") + 5
    y += 6
    sh.text(186, y, f"Fait à {city}, le {fr_long(issue)}", font=f, size_pt=11, anchor="right")
    sh.signature(124, y + 8, 48, 15, rng, color=INK)
    sh.text(150, y + 26, "Le Président", font=CSB_I, size_pt=10.5, anchor="center")
    sh.stamp(70, y + 8, ["TRIBUNAL DE PREMIÈRE INSTANCE", city.upper(), "MADAGASCAR"], rng,
             shape="round", size_mm=30, color=ST_BLUE, angle=rng.uniform(-12, 12))
    img = sh.render(200)
    W, H = img.size
    for box in ((W // 2 - 3, 0, W // 2 + 3, H), (0, H // 2 - 3, W, H // 2 + 3)):
        band = Image.new("L", (W, H), 0)
        ImageDraw.Draw(band).rectangle(box, fill=140)
        band = band.filter(ImageFilter.GaussianBlur(W / 170))
        img = ImageChops.multiply(img, Image.merge("RGB", [band.point(lambda v: 255 - v // 3)] * 3))
    return [sheet_of(img)]


def nationality_lbr(person, rng, *, issue_date=None, **opts):
    """Liberia: the Liberia Immigration Service's attestation of citizenship, a letter-like certificate in
    Nimbus Sans with a blue band at the top, 'TO WHOM IT MAY CONCERN', the holder's particulars as a short list,
    the basis (born in Liberia of Liberian parents, Aliens and Nationality Law) in prose, the Commissioner's
    signature at the RIGHT end of the text with no label, the service's stamp under it; a pencil mark in the
    margin."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(40, 500))
    f, fb = NSANS, NSANS_B
    sh = Sheet()
    col = (20, 50, 120)
    sh.rect(0, 0, 210, 30, width_mm=0, fill=col)
    sh.text(20, 8, "REPUBLIC OF LIBERIA", font=fb, size_pt=14, color=(255, 255, 255))
    sh.text(20, 15.5, "LIBERIA IMMIGRATION SERVICE · Office of the Commissioner General", font=f, size_pt=9.5,
            color=(230, 230, 240))
    sh.text(20, 21, "Broad Street, Monrovia", font=f, size_pt=8.5, color=(210, 210, 224))
    ref = f"LIS/CG/{issue.year}/{rng.randint(1000, 9999)}"
    sh.text(20, 40, f"Ref.: {ref}", font=f, size_pt=10)
    sh.text(190, 40, en_long(issue), font=f, size_pt=10, anchor="right")
    sh.text(105, 56, "ATTESTATION OF CITIZENSHIP", font=fb, size_pt=15, anchor="center")
    sh.text(20, 70, "TO WHOM IT MAY CONCERN", font=fb, size_pt=11)
    y = sh.paragraph(20, 80, 170, "This is to attest that the person named below is a citizen of the Republic of "
                                  "Liberia:", font=f, size_pt=11, leading=1.5) + 3
    for a, b in (("Name", f"{person.given_names} {person.surname.upper()}"),
                 ("Date of birth", en_long(person.birth_date)), ("Place of birth", f"{person.birth_place}, Liberia"),
                 ("Father", person.father or "—"), ("Mother", person.mother or "—")):
        sh.text(30, y, a, font=f, size_pt=11)
        sh.text(78, y, glyphs(b, fb), font=fb, size_pt=fit(glyphs(b, fb), fb, 11, 110))
        y += 7
    y += 4
    y = sh.paragraph(20, y, 170, "The above-named was born in Liberia of Liberian parents and is a citizen of Liberia "
                                 "by birth under the Aliens and Nationality Law of the Republic of Liberia, as "
                                 "verified in the records of this Service. This attestation is issued at the "
                                 "holder's request for presentation abroad.", font=f, size_pt=11, leading=1.5) + 10
    sh.signature(128, y, 50, 15, rng, color=INK)
    sh.stamp(132, y + 14, ["LIBERIA IMMIGRATION SERVICE", "COMMISSIONER GENERAL", "MONROVIA"], rng, shape="round",
             size_mm=28, color=rng.choice([ST_BLUE, ST_VIOLET]), angle=rng.uniform(-10, 10))
    pencil(sh, 186, 120, "✓", rng, size=14)
    return [sh]


_register("nationality-mdg-tpi-certificaat-getypt-fiscale-zegel-in-vieren-gevouwen-34", "nationality-certificate",
          PART, "fr", nationality_mdg, country="MDG",
          notes="Malagasy court's certificate of nationality typed on the court's form, revenue stamp, folded in four")
_register("nationality-lbr-immigratie-attest-blauwe-band-handtekening-zonder-label-34", "nationality-certificate",
          PART, "en", nationality_lbr, country="LBR",
          notes="Liberian immigration service's attestation of citizenship under a blue band, signature without label")


# --------------------------------------------------------------------------- embassies' identity certificates

def idcert_mdg(person, rng, *, issue_date=None, declarative=False, **opts):
    """The Malagasy embassy in Brussels: a 'Certificat d'identité' written as one paragraph of prose in C059, the
    holder's photo glued at the upper LEFT under the heading and crossed by the embassy's dry seal (embossed
    ring) and its ink stamp; the basis of the certificate in the last sentence (the national identity card and
    the birth act seen, or the holder's own statements when nothing was shown); the consul's signature at the
    RIGHT above the typed name."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(30, 300))
    f, fb, fi = CSB, CSB_B, CSB_I
    sh = Sheet()
    col = (30, 100, 60)
    sh.text(105, 14, "AMBASSADE DE LA RÉPUBLIQUE DE MADAGASCAR", font=fb, size_pt=12, anchor="center", color=col)
    sh.text(105, 20, "auprès du Royaume de Belgique · Section consulaire", font=fi, size_pt=9.5, anchor="center")
    sh.text(105, 25, "Avenue de Tervueren 276 · 1150 Bruxelles", font=f, size_pt=8.5, anchor="center", color=GREY)
    sh.rule(40, 29, 170, 29, width_mm=0.4, color=col)
    sh.rect(20, 38, 34, 44, width_mm=0.2, color=(190, 190, 190))
    sh.photo(21, 39, 32, 42, rng)
    from .thirtythird_identity import seal_relief
    seal_relief(sh, 36, 62, 26, rng)
    sh.stamp(40, 66, ["AMBASSADE DE MADAGASCAR", "SECTION CONSULAIRE", "BRUXELLES"], rng, shape="round", size_mm=26,
             color=ST_VIOLET, angle=rng.uniform(-15, 15))
    no = f"N° {rng.randint(100, 999)}/AMB.MG/BRU/{issue.year}"
    sh.text(64, 42, "CERTIFICAT D'IDENTITÉ", font=fb, size_pt=16)
    sh.text(64, 50, no, font=f, size_pt=10)
    e = "e" if person.sex == "F" else ""
    cin = f"{rng.randint(101, 599)} {_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}"
    basis = (" Le présent certificat est établi sur la seule base des déclarations de l'intéressé" + e +
             ", qui n'a produit aucun document d'identité ni acte de l'état civil."
             if declarative else
             f" Le présent certificat est établi au vu de la carte nationale d'identité n° {cin} et de la copie de "
             f"l'acte de naissance de l'intéressé{e}, présentées en original.")
    body = (f"Le Consul de la République de Madagascar à Bruxelles certifie que la personne dont la photographie "
            f"figure ci-contre est {'Madame' if person.sex == 'F' else 'Monsieur'} {person.surname.upper()} "
            f"{person.given_names}, né{e} le {fr_long(person.birth_date)} à {person.birth_place} (Madagascar), "
            f"{_child_word(person, 'fr')} de {person.father or '—'} et de {person.mother or '—'}, de nationalité "
            f"malagasy.{basis}")
    y = sh.paragraph(20, 94, 170, glyphs(body, f), font=f, size_pt=11, leading=1.65, align="justify") + 6
    y = sh.paragraph(20, y, 170, "En foi de quoi le présent certificat est délivré pour servir et valoir ce que de "
                                 "droit.", font=fi, size_pt=11, leading=1.5) + 8
    sh.text(190, y, f"Bruxelles, le {fr_long(issue)}", font=f, size_pt=11, anchor="right")
    sh.signature(128, y + 6, 50, 15, rng, color=INK)
    sh.text(190, y + 24, rng.choice(["RAZAFINDRABE Lanto", "RAKOTOARISON Mialy", "ANDRIANTSOA Fidy"]), font=fb,
            size_pt=10.5, anchor="right")
    sh.text(190, y + 29, "Le Consul", font=fi, size_pt=10.5, anchor="right")
    return [sh]


def idcert_lbr(person, rng, *, issue_date=None, declarative=False, **opts):
    """The Liberian embassy in Brussels: a 'Certificate of Identity' on the embassy's letterhead with a thin
    red-white-blue rule, the holder's photo at the upper RIGHT with the embassy's round stamp over its lower
    corner, the particulars as labelled lines in Nimbus Sans, the basis in a paragraph (the holder's passport
    and birth certificate seen, or the holder's own statements), the Consul's signature at the LEFT beside the
    typed name."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(30, 300))
    f, fb = NSANS, NSANS_B
    sh = Sheet()
    col = (20, 40, 110)
    sh.text(20, 14, "EMBASSY OF THE REPUBLIC OF LIBERIA", font=fb, size_pt=12.5, color=col)
    sh.text(20, 20, "Brussels · Consular Section", font=f, size_pt=9.5, color=GREY)
    sh.text(20, 24.5, "Avenue du Château 50 · 1081 Brussels", font=f, size_pt=8.5, color=GREY)
    for i, c in enumerate(((190, 30, 40), (255, 255, 255), (20, 40, 110))):
        sh.rect(20, 29 + i * 0.9, 170, 0.9, width_mm=0, fill=c)
    sh.rect(150, 36, 34, 44, width_mm=0.2, color=(190, 190, 190))
    sh.photo(151, 37, 32, 42, rng)
    sh.stamp(158, 62, ["EMBASSY OF LIBERIA", "CONSULAR SECTION", "BRUSSELS"], rng, shape="round", size_mm=26,
             color=ST_BLUE, angle=rng.uniform(-10, 10))
    sh.text(20, 40, "CERTIFICATE OF IDENTITY", font=fb, size_pt=16)
    sh.text(20, 48, f"No. EOL/CS/{rng.randint(100, 999)}/{issue.year}", font=f, size_pt=10)
    y = 62
    for a, b in (("Surname", person.surname.upper()), ("Given names", person.given_names),
                 ("Date of birth", en_long(person.birth_date)), ("Place of birth", f"{person.birth_place}, Liberia"),
                 ("Nationality", "Liberian"), ("Father", person.father or "—"), ("Mother", person.mother or "—")):
        sh.text(20, y, a + ":", font=f, size_pt=10.5)
        sh.text(58, y, glyphs(b, fb), font=fb, size_pt=fit(glyphs(b, fb), fb, 10.5, 86))
        y += 6.8
    y += 6
    basis = ("This certificate is issued solely on the basis of the holder's own statements; no passport, identity "
             "card or birth certificate was produced." if declarative else
             "This certificate is issued after examination of the holder's Liberian passport and certificate of "
             "birth, presented in original, and of the records of the Liberia Immigration Service.")
    y = sh.paragraph(20, y, 170, basis, font=f, size_pt=10.5, leading=1.55) + 4
    y = sh.paragraph(20, y, 170, "Issued at the request of the holder for whatever legal purpose it may serve.",
                     font=NSANS_I, size_pt=10.5, leading=1.5) + 8
    sh.text(20, y, f"Brussels, {en_long(issue)}", font=f, size_pt=10.5)
    sh.signature(20, y + 6, 46, 14, rng, color=INK)
    nm = rng.choice(["Augustine N. Kollie", "Marie T. Dolo", "Joseph S. Massaquoi"])
    sh.text(70, y + 12, nm, font=fb, size_pt=10.5)
    sh.text(70, y + 17, "Consul", font=f, size_pt=10)
    return [sh]


_register("idcert-mdg-ambassade-proza-foto-links-droogstempel-34", "identity-certificate", PART, "fr", idcert_mdg,
          country="MDG", photo=True,
          notes="Malagasy embassy's identity certificate in one paragraph of prose, photo at the upper left with a "
                "dry seal, signature at the right above the typed name")
_register("idcert-lbr-ambassade-foto-rechts-stempel-handtekening-naast-naam-34", "identity-certificate", PART, "en",
          idcert_lbr, country="LBR", photo=True,
          notes="Liberian embassy's certificate of identity, labelled lines, photo at the upper right, signature "
                "beside the typed name")


# --------------------------------------------------------------------------- consular cards

def consular_mdg(person, rng, *, issue_date=None, expiry_date=None, crop=False, annotate=None, **opts):
    """The Malagasy embassy's consular card ('Carte consulaire'): a green-edged card with the photo at the LEFT,
    the holder's name, birth and nationality in French at the right, the registration number; the back with
    the holder's address in Madagascar, the validity and 'délivrée sur présentation du passeport n° ...'.  Copied front and
    back side by side at 140 % in the upper third of the sheet, a coffee ring beside."""
    issue, expiry = (issue_date or TODAY - datetime.timedelta(days=rng.randint(60, 700))), expiry_date
    if expiry is None:
        expiry = issue.replace(year=issue.year + 3) if not (issue.month == 2 and issue.day == 29) else \
            issue + datetime.timedelta(days=3 * 365)
    f, fb = CARL, CARL_B
    col = (30, 100, 60)
    fr = Sheet(85.6, 54)
    fr.rect(0, 0, 85.6, 54, width_mm=0, fill=(246, 250, 244))
    fr.rect(0, 0, 85.6, 7, width_mm=0, fill=col)
    fr.text(3, 1.4, "RÉPUBLIQUE DE MADAGASCAR · CARTE CONSULAIRE", font=fb, size_pt=6.3, color=(255, 255, 255))
    fr.text(3, 8.5, "Ambassade de Madagascar à Bruxelles", font=f, size_pt=4.3, color=GREY)
    fr.photo(3, 13, 21, 27, rng)
    rows = [("Nom", person.surname.upper()), ("Prénoms", person.given_names),
            ("Né(e) le", person.birth_date.strftime("%d/%m/%Y")), ("à", person.birth_place),
            ("Nationalité", "Malagasy"), ("N° d'immatriculation", f"CC-BRU-{_digits(rng, 6)}")]
    y = 13
    for a, b in rows:
        fr.text(27, y, a, font=f, size_pt=3.4, color=GREY)
        fr.text(27, y + 1.5, glyphs(b, fb), font=fb, size_pt=fit(glyphs(b, fb), fb, 5.8, 55))
        y += 6
    fr.signature(4, 42, 19, 6, rng, color=INK_K)
    bk = Sheet(85.6, 54)
    bk.rect(0, 0, 85.6, 54, width_mm=0, fill=(246, 250, 244))
    addr = f"Lot {rng.choice(['II', 'IV', 'VI'])} {rng.choice('ABCDEFGHJ')} {rng.randint(10, 199)} " \
           f"{rng.choice(['Behoririka', 'Isotry', 'Ankadifotsy', 'Mahamasina', 'Andravoahangy'])}, " \
           f"{person.birth_place}"
    for i, (p, q) in enumerate((("Adresse à Madagascar", addr), ("Délivrée le", issue.strftime("%d/%m/%Y")),
                                ("Valable jusqu'au", expiry.strftime("%d/%m/%Y")),
                                ("Délivrée sur présentation du passeport n°", rng.choice("ABCDE") + _digits(rng, 7)))):
        bk.text(3, 3 + i * 7.5, p, font=f, size_pt=3.6, color=GREY)
        bk.text(3, 4.8 + i * 7.5, glyphs(q, fb), font=fb, size_pt=fit(glyphs(q, fb), fb, 5.6, 78))
    bk.stamp(54, 32, ["AMBASSADE DE MADAGASCAR", "BRUXELLES"], rng, shape="round", size_mm=18, color=ST_VIOLET)
    bk.signature(30, 40, 20, 7, rng, color=INK)
    if crop:
        return [fr, bk]
    sh = Sheet()
    paste(sh, fr, 20, 30, k=1.4, dpi=260)
    paste(sh, bk, 20, 30 + 54 * 1.4 + 8, k=1.4, dpi=260)
    img = coffee_ring(sh.render(200), rng, where=(0.82, 0.3), r=0.07)
    out = sheet_of(img)
    if annotate:
        out.handwriting(20, 200, annotate, rng, size_pt=12)
    return [out]


def consular_lbr(person, rng, *, issue_date=None, expiry_date=None, crop=False, annotate=None, **opts):
    """The Liberian embassy's consular identification card: a white card with a blue band and the flag's red and
    white stripes down the right edge, the photo at the RIGHT, name, date and place of birth, nationality and the
    registration number at the left in Liberation Sans Narrow; the back with the validity, the embassy's
    address and the consul's signature.  Copied at actual size, front and back side by side, with the lawyer's
    pencil tick beside them."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(60, 700))
    expiry = expiry_date or issue + datetime.timedelta(days=3 * 365)
    f, fb = LNAR, LNAR_B
    fr = Sheet(85.6, 54)
    fr.rect(0, 0, 85.6, 54, width_mm=0, fill=(252, 252, 252))
    fr.rect(0, 0, 85.6, 8, width_mm=0, fill=(20, 40, 110))
    for i in range(6):
        fr.rect(80, 8 + i * 7.7, 5.6, 3.8, width_mm=0, fill=(190, 30, 40))
    fr.text(3, 1.6, "EMBASSY OF THE REPUBLIC OF LIBERIA · BRUSSELS", font=fb, size_pt=6.2, color=(255, 255, 255))
    fr.text(3, 9.5, "CONSULAR IDENTIFICATION CARD", font=fb, size_pt=7.5, color=(20, 40, 110))
    fr.photo(56, 14, 21, 27, rng)
    rows = [("Name", f"{person.given_names} {person.surname.upper()}"),
            ("Date of birth", person.birth_date.strftime("%d %b %Y").upper()),
            ("Place of birth", f"{person.birth_place}, Liberia"), ("Nationality", "Liberian"),
            ("Reg. No.", f"LBR-BXL-{_digits(rng, 5)}")]
    y = 15
    for a, b in rows:
        fr.text(3, y, a, font=f, size_pt=3.6, color=GREY)
        fr.text(3, y + 1.6, glyphs(b, fb), font=fb, size_pt=fit(glyphs(b, fb), fb, 6, 50))
        y += 6.4
    fr.signature(56, 43, 21, 6, rng, color=INK_K)
    bk = Sheet(85.6, 54)
    bk.rect(0, 0, 85.6, 54, width_mm=0, fill=(252, 252, 252))
    for i, (a, b) in enumerate((("Issued", issue.strftime("%d %b %Y").upper()),
                                ("Valid until", expiry.strftime("%d %b %Y").upper()),
                                ("Issued on presentation of", "Liberian passport"))):
        bk.text(3, 3 + i * 7, a, font=f, size_pt=3.6, color=GREY)
        bk.text(3, 4.7 + i * 7, b, font=fb, size_pt=6)
    bk.text(3, 26, "Avenue du Château 50 · 1081 Brussels", font=f, size_pt=5, color=GREY)
    bk.signature(40, 34, 26, 8, rng, color=INK)
    bk.text(40, 43, "Consul", font=f, size_pt=5)
    bk.stamp(8, 32, ["EMBASSY OF LIBERIA", "BRUSSELS"], rng, shape="round", size_mm=18, color=ST_BLUE)
    if crop:
        return [fr, bk]
    sh = Sheet()
    paste(sh, fr, 16, 60, k=1.0, dpi=300)
    paste(sh, bk, 108, 60, k=1.0, dpi=300)
    sh.rect(15.7, 59.7, 86.2, 54.6, width_mm=0.15, color=(190, 190, 190))
    sh.rect(107.7, 59.7, 86.2, 54.6, width_mm=0.15, color=(190, 190, 190))
    pencil(sh, 20, 120, "✓ consular card", rng, size=11)
    if annotate:
        sh.handwriting(16, 180, annotate, rng, size_pt=12)
    return [sh]


_register("consular-mdg-kaart-groene-band-vergroot-recto-verso-koffiekring-34", "consular-card", PART, "fr",
          consular_mdg, country="MDG", photo=True,
          notes="Malagasy consular card copied enlarged, front above back, a coffee ring beside")
_register("consular-lbr-ambassade-kaart-vlagstrepen-rechts-ware-grootte-naast-elkaar-34", "consular-card", PART,
          "en", consular_lbr, country="LBR", photo=True,
          notes="Liberian embassy's consular identification card, front and back side by side at actual size")


# --------------------------------------------------------------------------- sworn translations

_SRC = {"tr": {"nl": "het Turks", "fr": "turc"}, "mg/fr": {"nl": "het Malagassisch", "fr": "malgache"},
        "mg": {"nl": "het Malagassisch", "fr": "malgache"}}


def _tr_lines(person, src: str, tgt: str, rng: random.Random) -> tuple[str, list[str], list[tuple[str, str]]]:
    """What the translated act says: (title, heading lines, label-value rows) in the target language."""
    fa, mo = _par(person, None, None)
    nl = tgt == "nl"
    sx = ("mannelijk" if person.sex == "M" else "vrouwelijk") if nl else ("masculin" if person.sex == "M" else "féminin")
    bd = nl_long(person.birth_date) if nl else fr_long(person.birth_date)
    if src.startswith("tr"):
        head = (["Republiek Turkije", "Ministerie van Binnenlandse Zaken", "Algemene Directie Bevolking en Burgerschap"]
                if nl else ["République de Turquie", "Ministère de l'Intérieur",
                            "Direction générale de la population et de la nationalité"])
        title = ("UITTREKSEL UIT HET BEVOLKINGSREGISTER MET VERMELDING VAN GEBEURTENISSEN" if nl else
                 "EXTRAIT DU REGISTRE DE LA POPULATION AVEC MENTION DES ÉVÉNEMENTS")
        rows = [("Familienaam" if nl else "Nom", person.surname.upper()), ("Voornaam" if nl else "Prénom",
                                                                            person.given_names),
                ("Naam vader" if nl else "Prénom du père", fa.split()[0]),
                ("Naam moeder" if nl else "Prénom de la mère", mo.split()[0]),
                ("Geboorteplaats en -datum" if nl else "Lieu et date de naissance", f"{person.birth_place}, {bd}"),
                ("Geslacht" if nl else "Sexe", sx), ("Verwantschap" if nl else "Lien", "zichzelf" if nl else "lui-même"),
                ("Toestand" if nl else "Situation", "in leven" if nl else "en vie"),
                ("Gebeurtenis" if nl else "Événement", ("geboorte, ingeschreven" if nl else "naissance, inscrite"))]
        return title, head, rows
    head = (["Republiek Madagaskar", "Stedelijke gemeente " + person.birth_place, "Burgerlijke stand"] if nl else
            ["République de Madagascar", _mg_commune(person.birth_place)[1], "État civil"])
    title = "AFSCHRIFT VAN DE AKTE VAN GEBOORTE" if nl else "COPIE DE L'ACTE DE NAISSANCE"
    rows = [("Naam en voornamen" if nl else "Nom et prénoms", f"{person.surname.upper()} {person.given_names}"),
            ("Geboren op" if nl else "Né(e) le", bd), ("Te" if nl else "À", person.birth_place),
            ("Geslacht" if nl else "Sexe", sx), ("Vader" if nl else "Père", fa), ("Moeder" if nl else "Mère", mo)]
    return title, head, rows


def translation_be(person, rng, *, issue_date=None, of_type="birth-certificate", source_lang="tr", target_lang=None,
                   **opts):
    """A sworn translator in Antwerp (into Dutch) or Liège (into French): the translator's name, languages and
    court in a narrow grey column down the LEFT side, the translation at the right with the original's heading
    lines, title and entries as 'label: value' lines and the seals and signatures described in square brackets;
    the translator's declaration at the end, the signature BELOW it and the translator's stamp BESIDE the
    signature; under it the court registry's legalisation of the translator's signature with its own stamp."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(8, 60))
    tgt = target_lang if target_lang in ("nl", "fr") else rng.choice(["nl", "fr"])
    nl = tgt == "nl"
    src = source_lang or "tr"
    g, s_ = rng.choice([("Hatice", "Yılmaz"), ("Koen", "Van Loo"), ("Nathalie", "Ravelonirina"), ("Murat", "Çelik")])
    city = "Antwerpen" if nl else "Liège"
    f, fb, fi = CARL, CARL_B, CARL_I
    sh = Sheet()
    sh.rect(0, 0, 52, 297, width_mm=0, fill=(238, 238, 238))
    y = 18
    for ln, ff, sz in ((f"{g} {s_}", fb, 11), (("Beëdigd vertaler" if nl else "Traductrice jurée"), f, 9),
                       (f"{_SRC.get(src, _SRC['tr'])['nl' if nl else 'fr']} – {'Nederlands' if nl else 'français'}",
                        f, 8.5),
                       (("Rechtbank van eerste aanleg" if nl else "Tribunal de première instance"), f, 8.5),
                       (city, f, 8.5), ("", f, 8), (f"{'Tel.' if nl else 'Tél.'} 0{rng.randint(470, 499)} "
                                                    f"{rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
                                                    f, 8.5)):
        for r_ in wrap(glyphs(ln, ff), 40, ff, sz) or [""]:
            sh.text(8, y, r_, font=ff, size_pt=sz, color=(60, 60, 60))
            y += sz * 0.45
        y += 1
    x, w = 60, 132
    sh.text(x, 18, ("VERTALING UIT " + _SRC.get(src, _SRC["tr"])["nl"].upper()) if nl else
            ("TRADUCTION DU " + _SRC.get(src, _SRC["tr"])["fr"].upper()), font=fb, size_pt=11)
    sh.rule(x, 24, x + w, 24, width_mm=0.3)
    title, head, rows = _tr_lines(person, src, tgt, rng)
    y = 31
    for h in head:
        sh.text(x, y, h, font=f, size_pt=10)
        y += 5
    y += 3
    sh.text(x, y, "[wapen]" if nl else "[armoiries]", font=fi, size_pt=9.5, color=GREY)
    y += 7
    y = sh.paragraph(x, y, w, title, font=fb, size_pt=10.5, leading=1.35) + 4
    for a, b in rows:
        sh.text(x, y, a + ":", font=f, size_pt=10.3)
        bb = glyphs(b, fb)
        sh.text(x + 50, y, bb, font=fb, size_pt=fit(bb, fb, 10.3, w - 50))
        y += 6.2
    y += 3
    notes = (["[barcode en elektronische handtekening]", "[gedrukt op " + issue.strftime("%d.%m.%Y") + "]"]
             if src.startswith("tr") and nl else
             ["[code-barres et signature électronique]"] if src.startswith("tr") else
             (["[fiscale zegel]", "[ronde stempel van de gemeente over de handtekening van de ambtenaar]"] if nl else
              ["[timbre fiscal]", "[cachet rond de la commune sur la signature de l'officier]"]))
    for n_ in notes:
        sh.text(x, y, n_, font=fi, size_pt=9.5, color=(70, 70, 70))
        y += 5.2
    y += 8
    sh.rule(x, y, x + w, y, width_mm=0.2, color=(150, 150, 150))
    decl = (f"Ik, ondergetekende {g} {s_}, beëdigd vertaler bij de Rechtbank van eerste aanleg Antwerpen, verklaar "
            f"dat de bovenstaande vertaling getrouw en volledig is." if nl else
            f"Je soussignée {g} {s_}, traductrice jurée près le Tribunal de première instance de Liège, certifie que "
            f"la traduction qui précède est fidèle et complète.")
    y = sh.paragraph(x, y + 4, w, glyphs(decl, f), font=f, size_pt=10.3, leading=1.45) + 3
    sh.text(x, y, f"{city}, {nl_long(issue) if nl else fr_long(issue)}", font=f, size_pt=10.3)
    sh.signature(x + 2, y + 6, 44, 14, rng, color=INK)
    sh.stamp(x + 58, y + 2, [("BEËDIGD VERTALER" if nl else "TRADUCTRICE JURÉE"), f"{s_.upper()}", city.upper()],
             rng, shape="round", size_mm=26, color=ST_BLUE, angle=rng.uniform(-8, 8))
    y += 34
    sh.rect(x, y, w, 30, width_mm=0.3, color=(120, 120, 120))
    leg = (f"Gezien voor legalisatie van de handtekening van {g} {s_}, beëdigd vertaler. {city}, "
           f"{nl_long(issue + datetime.timedelta(days=rng.randint(1, 5)))}. De griffier," if nl else
           f"Vu pour légalisation de la signature de {g} {s_}, traductrice jurée. {city}, le "
           f"{fr_long(issue + datetime.timedelta(days=rng.randint(1, 5)))}. Le greffier,")
    sh.paragraph(x + 3, y + 3, 80, glyphs(leg, f), font=f, size_pt=9, leading=1.35)
    sh.signature(x + 86, y + 12, 26, 10, rng, color=INK_K)
    sh.stamp(x + 100, y + 2, [("RECHTBANK EERSTE AANLEG" if nl else "TRIBUNAL 1RE INSTANCE"), city.upper(),
                              ("GRIFFIE" if nl else "GREFFE")], rng, shape="round", size_mm=24, color=ST_RED,
             angle=rng.uniform(-10, 10))
    return [sh]


def translation_nl(person, rng, *, issue_date=None, of_type="birth-certificate", source_lang="tr", target_lang="nl",
                   **opts):
    """A sworn translator in Utrecht, into Dutch: 'VERTALING' at the top right over the translator's registration
    number, the translation as running prose ('Hierbij wordt verklaard dat ... op ... te ... is geboren ...')
    with the translator's remarks in square brackets, the statement of the translator in a ruled box at the foot
    with the round stamp pressed OVER the signature; 'pagina 1 van 1' and the translation number in the footer."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(8, 60))
    src = source_lang or "tr"
    fa, mo = _par(person, None, None)
    g, s_ = rng.choice([("Ayşe", "Koç"), ("Willemijn", "de Graaf"), ("Hasan", "Öztürk"), ("Lova", "Rasoanaivo")])
    f, fb, fi = BOOK, BOOK_B, BOOK_I
    sh = Sheet()
    rbtv = rng.randint(10000, 99999)
    sh.text(190, 14, "VERTALING", font=fb, size_pt=15, anchor="right")
    sh.text(190, 21, glyphs(f"{g} {s_} · beëdigd vertaler · Rbtv-nr. {rbtv}", f), font=f, size_pt=8.5, anchor="right",
            color=GREY)
    srcname = {"tr": "Turks", "mg/fr": "Malagassisch/Frans", "mg": "Malagassisch"}.get(src, src)
    sh.text(20, 34, f"Vertaald uit het {srcname}", font=fi, size_pt=10, color=GREY)
    if src.startswith("tr"):
        paras = [
            "[Embleem] Republiek Turkije – Ministerie van Binnenlandse Zaken – Algemene Directie Bevolking en "
            "Burgerschapszaken",
            "UITTREKSEL UIT HET BEVOLKINGSREGISTER (met gebeurtenissen)",
            f"Betrokkene: {person.given_names.upper()} {person.surname.upper()}, {'zoon' if person.sex == 'M' else 'dochter'} "
            f"van {fa.split()[0]} en {mo.split()[0]}, geboren te {person.birth_place} op "
            f"{person.birth_date.strftime('%d-%m-%Y')}, geslacht {'man' if person.sex == 'M' else 'vrouw'}, in leven.",
            f"Vader: {fa}. Moeder: {mo}.",
            f"Gebeurtenis: geboorte, ingeschreven op "
            f"{(person.birth_date + datetime.timedelta(days=rng.randint(3, 40))).strftime('%d-%m-%Y')}.",
            "[Onderaan: verklaring over de elektronische handtekening en een streepjescode met verificatienummer.]",
        ]
    else:
        paras = [
            "Republiek Madagaskar – Liefde, Vaderland, Vooruitgang – Stedelijke gemeente "
            f"{person.birth_place} – Burgerlijke stand",
            "AFSCHRIFT VAN DE AKTE VAN GEBOORTE",
            f"Op {nl_long(person.birth_date)} is te {person.birth_place} geboren {person.surname.upper()} "
            f"{person.given_names}, van het {'mannelijk' if person.sex == 'M' else 'vrouwelijk'} geslacht, "
            f"{'zoon' if person.sex == 'M' else 'dochter'} van {fa} en van {mo}.",
            "De akte is opgemaakt op aangifte van de vader, die na voorlezing met ons, ambtenaar van de burgerlijke "
            "stand, heeft ondertekend.",
            "Voor eensluidend afschrift. [Handtekening] [Ronde stempel van de gemeente] [Fiscale zegel]",
            "[Noot van de vertaler: de akte is in het Malagassisch en het Frans gesteld; beide teksten luiden gelijk.]",
        ]
    y = 44
    for i, t in enumerate(paras):
        bold = i == 1
        y = sh.paragraph(20, y, 170, glyphs(t, fb if bold else f), font=fb if bold else f, size_pt=10.5,
                         leading=1.55) + 4
    y = max(y + 8, 190)
    sh.rect(20, y, 170, 52, width_mm=0.4)
    sh.text(24, y + 3, "Verklaring van de vertaler", font=fb, size_pt=10)
    sh.paragraph(24, y + 10, 162, glyphs(f"Ondergetekende, {g} {s_}, beëdigd vertaler, ingeschreven in het Register "
                                         f"beëdigde tolken en vertalers onder nummer {rbtv}, verklaart dat deze "
                                         f"vertaling naar waarheid en volledig is gemaakt van het voorgelegde "
                                         f"document (gesteld in het {srcname}).", f), font=f,
                 size_pt=9.5, leading=1.4)
    sh.text(24, y + 34, f"Utrecht, {nl_long(issue)}", font=f, size_pt=10)
    sh.signature(112, y + 28, 44, 14, rng, color=INK)
    sh.stamp(118, y + 20, ["BEËDIGD VERTALER", f"{g.upper()} {s_.upper()}"[:24], f"RBTV {rbtv}"], rng,
             shape="round", size_mm=27, color=ST_RED, angle=rng.uniform(-12, 12))
    sh.text(20, 286, f"Vertaling nr. {issue.year}-{rng.randint(100, 999)}", font=f, size_pt=8, color=GREY)
    sh.text(190, 286, "pagina 1 van 1", font=f, size_pt=8, color=GREY, anchor="right")
    return [sh]


_register("translation-be-antwerpen-luik-grijze-zijkolom-legalisatie-griffie-34", "translation", PART, "nl/fr",
          translation_be, country="BEL",
          notes="Belgian sworn translation with the translator in a grey left column, the court's legalisation box")
_register("translation-nl-utrecht-lopende-tekst-verklaringkader-stempel-over-handtekening-34", "translation", PART,
          "nl", translation_nl, country="NLD",
          notes="Dutch sworn translation as running prose, the translator's statement in a box, stamp over signature")
