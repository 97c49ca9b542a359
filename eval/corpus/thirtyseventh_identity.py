"""Identity and civil-status families of the `thirtyseventh` part (registered in identity.FAMILIES).

Written after dev, heldout and the parts fresh to thirty-sixth had been read, by a writer who saw neither the
validator nor its output, from the seeds and from how such papers look in Belgian and Dutch files.  The families
are described only in their docstrings and registration notes (the part is read blind).

The small drawing helpers of twentyeighth_identity (glyph fallback, fitting, wrapping, pasting, codes) are reused.
This part's own faces are URW Gothic, P052 (Palatino-like), Caladea, DejaVu Serif, FreeSerif, Liberation Mono,
FreeMono and DejaVu Sans Mono; its hands are Breip, the dkg hand and Humor Sans block capitals.  Its copy habits
(yellowed paper with foxing, a booklet's gutter shadow, a staple, a sticky note, a page folded in four, a ruler
left on the glass) are drawn by the helpers below.
"""

from __future__ import annotations

import datetime
import random

from PIL import Image, ImageDraw, ImageFilter

from . import mrz as M
from .identity import TODAY, _dates, _digits, _mrz_data, _register
from .paper import Sheet
from .people import strip_accents
from .twentyeighth_identity import fit, glyphs, paste, sheet_of, wrap

PART = "thirtyseventh"
GREY = (100, 100, 106)
INK = (24, 44, 132)
INK_K = (28, 28, 34)
ST_BLUE = (38, 64, 158)
ST_VIOLET = (96, 50, 138)
ST_RED = (168, 36, 44)
ST_GREEN = (30, 104, 70)
OCR = 2.54 / 0.602 / (25.4 / 72)

_U = "/usr/share/fonts/opentype/urw-base35"
_T = "/usr/share/fonts/truetype"
GOTH = f"{_U}/URWGothic-Book.otf"
GOTH_B = f"{_U}/URWGothic-Demi.otf"
GOTH_I = f"{_U}/URWGothic-BookOblique.otf"
PAL = f"{_U}/P052-Roman.otf"
PAL_B = f"{_U}/P052-Bold.otf"
PAL_I = f"{_U}/P052-Italic.otf"
CAL = f"{_T}/crosextra/Caladea-Regular.ttf"
CAL_B = f"{_T}/crosextra/Caladea-Bold.ttf"
CAL_I = f"{_T}/crosextra/Caladea-Italic.ttf"
DJS = f"{_T}/dejavu/DejaVuSerif.ttf"
DJS_B = f"{_T}/dejavu/DejaVuSerif-Bold.ttf"
FSER = f"{_T}/freefont/FreeSerif.ttf"
FSER_B = f"{_T}/freefont/FreeSerifBold.ttf"
FSER_I = f"{_T}/freefont/FreeSerifItalic.ttf"
LMONO = f"{_T}/liberation/LiberationMono-Regular.ttf"
LMONO_B = f"{_T}/liberation/LiberationMono-Bold.ttf"
FMONO = f"{_T}/freefont/FreeMono.ttf"
DMONO = f"{_T}/dejavu/DejaVuSansMono.ttf"
LSANS = f"{_T}/liberation/LiberationSans-Regular.ttf"
LSANS_B = f"{_T}/liberation/LiberationSans-Bold.ttf"
BREIP = f"{_T}/breip/Breip.ttf"
DKG = f"{_T}/fifthhorseman/dkg.ttf"
BLOCK = "blockcaps"

_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
       "November", "December"]
_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
       "décembre"]
_NL = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
       "november", "december"]
_TR = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"]
_SW = ["JAN", "FEB", "MAC", "APR", "MEI", "JUN", "JUL", "AGO", "SEP", "OKT", "NOV", "DES"]
_M3 = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
_F3 = ["JANV", "FÉVR", "MARS", "AVR", "MAI", "JUIN", "JUIL", "AOÛT", "SEPT", "OCT", "NOV", "DÉC"]


def en_long(d: datetime.date) -> str:
    return f"{d.day} {_EN[d.month - 1]} {d.year}"


def fr_long(d: datetime.date) -> str:
    return f"{'1er' if d.day == 1 else d.day} {_FR[d.month - 1]} {d.year}"


def nl_long(d: datetime.date) -> str:
    return f"{d.day} {_NL[d.month - 1]} {d.year}"


_UNITS = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
          "treize", "quatorze", "quinze", "seize"]
_TENS = {20: "vingt", 30: "trente", 40: "quarante", 50: "cinquante", 60: "soixante"}


def num_fr(n: int) -> str:
    if n <= 16:
        return _UNITS[n]
    if n < 20:
        return "dix-" + _UNITS[n - 10]
    if n < 70:
        t, u = (n // 10) * 10, n % 10
        if u == 0:
            return _TENS[t]
        return f"{_TENS[t]}{' et un' if u == 1 else '-' + _UNITS[u]}"
    if n < 80:
        return "soixante" + (" et onze" if n == 71 else "-" + num_fr(n - 60))
    if n < 100:
        return "quatre-vingt" + ("s" if n == 80 else "-" + num_fr(n - 80))
    if n < 1000:
        h, r = divmod(n, 100)
        s = ("cent" if h == 1 else _UNITS[h] + " cent" + ("s" if r == 0 else ""))
        return s + ("" if r == 0 else " " + num_fr(r))
    th, r = divmod(n, 1000)
    s = "mille" if th == 1 else num_fr(th) + " mille"
    return s + ("" if r == 0 else " " + num_fr(r))


def fr_words(d: datetime.date) -> str:
    """'le vingt-trois mars mil neuf cent quatre-vingt-sept' as the old registers write dates."""
    day = "premier" if d.day == 1 else num_fr(d.day)
    yr = num_fr(d.year).replace("mille", "mil", 1) if d.year < 2000 else num_fr(d.year)
    return f"{day} {_FR[d.month - 1]} {yr}"


# --------------------------------------------------------------------------- copy habits of this part


def yellowed(img: Image.Image, rng: random.Random, *, strength: float = 1.0) -> Image.Image:
    """Old paper: a warm yellow-brown cast that is darker towards the edges, and rust-brown foxing spots."""
    im = img.convert("RGB")
    W, H = im.size
    mult = Image.new("RGB", (W, H), (250, 238, 204))
    from PIL import ImageChops
    im = ImageChops.multiply(im, mult)
    edge = Image.new("L", (W, H), 0)
    d = ImageDraw.Draw(edge)
    for i in range(30):
        v = int(70 * strength * (1 - i / 30))
        m = int(min(W, H) * 0.006 * i)
        d.rectangle([m, m, W - 1 - m, H - 1 - m], outline=v, width=max(1, int(min(W, H) * 0.006)))
    edge = edge.filter(ImageFilter.GaussianBlur(min(W, H) * 0.01))
    im = Image.composite(Image.new("RGB", (W, H), (196, 168, 118)), im, edge)
    spots = Image.new("L", (W, H), 0)
    d = ImageDraw.Draw(spots)
    for _ in range(int(18 * strength)):
        x, y = rng.uniform(0, W), rng.uniform(0, H)
        r = rng.uniform(0.002, 0.008) * W
        d.ellipse([x - r, y - r, x + r, y + r], fill=rng.randint(60, 140))
    spots = spots.filter(ImageFilter.GaussianBlur(W * 0.002))
    return Image.composite(Image.new("RGB", (W, H), (150, 98, 52)), im, spots)


def gutter(img: Image.Image, *, x0: float, x1: float, y: float, reach: float) -> Image.Image:
    """The shadow of a booklet's spine lifted off the glass: a dark band fading away from the fold at height y
    (fractions of the image) between x0 and x1."""
    im = img.convert("RGB")
    W, H = im.size
    mask = Image.new("L", (W, H), 0)
    d = ImageDraw.Draw(mask)
    yy, rr = int(y * H), int(reach * H)
    for i in range(rr):
        v = int(200 * (1 - i / rr) ** 2)
        d.line([(int(x0 * W), yy + i), (int(x1 * W), yy + i)], fill=v)
        d.line([(int(x0 * W), yy - i), (int(x1 * W), yy - i)], fill=v)
    mask = mask.filter(ImageFilter.GaussianBlur(3))
    return Image.composite(Image.new("RGB", (W, H), (34, 34, 38)), im, mask)


def folded_in_four(img: Image.Image, rng: random.Random) -> Image.Image:
    """A sheet that was folded in four for an envelope and flattened again on the glass: a light and a dark line
    along each crease, slightly off the middle."""
    im = img.convert("RGB")
    W, H = im.size
    d = ImageDraw.Draw(im)
    cx = int(W * rng.uniform(0.47, 0.53))
    cy = int(H * rng.uniform(0.48, 0.52))
    for off, col in ((0, (150, 150, 150)), (2, (238, 238, 238)), (-2, (200, 200, 200))):
        d.line([(cx + off, 0), (cx + off, H)], fill=col, width=1)
        d.line([(0, cy + off), (W, cy + off)], fill=col, width=1)
    return im


def staple(sh: Sheet, x: float, y: float, *, angle_down: bool = True) -> None:
    """A staple in the upper left corner: two short dark strokes with a highlight."""
    dx, dy = (6.0, 2.2) if angle_down else (6.0, -2.2)
    sh.rule(x, y, x + dx, y + dy, width_mm=0.7, color=(86, 86, 92))
    sh.rule(x + 0.2, y - 0.4, x + dx + 0.2, y + dy - 0.4, width_mm=0.2, color=(200, 200, 204))


def sticky_note(sh: Sheet, x: float, y: float, lines: list[str], rng: random.Random, *, w: float = 38,
                colour=(250, 236, 120)) -> None:
    """A yellow sticky note stuck on before copying, with a few handwritten words (the copier prints it grey)."""
    h = 9 + 6.5 * len(lines)
    sh.rect(x + 0.8, y + 0.8, w, h, width_mm=0, fill=(214, 214, 210))
    sh.rect(x, y, w, h, width_mm=0, fill=colour)
    for i, ln in enumerate(lines):
        sh.handwriting(x + 3, y + 3 + i * 6.5, ln, rng, size_pt=11, font=BREIP, color=(30, 30, 40))


def ruler_shadow(img: Image.Image, rng: random.Random) -> Image.Image:
    """A transparent ruler left on the glass along one edge: a pale grey strip with millimetre ticks."""
    im = img.convert("RGB")
    W, H = im.size
    d = ImageDraw.Draw(im, "RGBA")
    x0 = int(W * rng.uniform(0.88, 0.92))
    w = int(W * 0.05)
    d.rectangle([x0, 0, x0 + w, H], fill=(120, 130, 140, 40))
    step = W / 210.0
    for i in range(int(H / step)):
        ln = w * (0.5 if i % 10 == 0 else 0.3 if i % 5 == 0 else 0.18)
        d.line([(x0, i * step), (x0 + ln, i * step)], fill=(60, 60, 70, 150), width=1)
    return im


def _mrz(s: Sheet, x: float, y: float, lines: list[str], *, pitch: float = 5.0, size: float = OCR) -> None:
    for i, ln in enumerate(lines):
        s.text(x, y + i * pitch, ln, font="ocrb", size_pt=size, color=(18, 18, 22))


def _guill(w: float, h: float, rng: random.Random, bg, ink) -> Image.Image:
    """Security background: fine diagonal waves crossing each other."""
    import math
    k = 8
    W, H = int(w * k), int(h * k)
    im = Image.new("RGB", (W, H), bg)
    d = ImageDraw.Draw(im)
    ph = rng.uniform(0, 6.28)
    for j in range(-H, W, 14):
        pts = [(j + t + 6 * math.sin(t / 22 + ph), t) for t in range(0, H, 6)]
        d.line(pts, fill=ink, width=1)
        pts = [(j + H - t + 6 * math.sin(t / 17 - ph), t) for t in range(0, H, 6)]
        d.line(pts, fill=ink, width=1)
    return im


def _par(person, father, mother):
    fa = father or person.father or f"X {person.surname}"
    mo = mother or person.mother or "X"
    return fa, mo


# --------------------------------------------------------------------------- passports (TD3)

_PP = {
    "TZA": dict(
        state=["JAMHURI YA MUUNGANO WA TANZANIA", "THE UNITED REPUBLIC OF TANZANIA"], title="PASIPOTI / PASSPORT",
        col=(10, 96, 86), bg=(232, 244, 238), ink=(196, 222, 210), nat="TANZANIAN", auth="DIRECTOR GENERAL OF "
        "IMMIGRATION", years=10, num=lambda r: "AB" + _digits(r, 7),
        caps=["Aina/Type", "Msimbo/Code", "Namba ya Pasipoti/Passport No.", "Jina la Ukoo/Surname",
              "Majina Mengine/Given Names", "Uraia/Nationality", "Tarehe ya Kuzaliwa/Date of Birth", "Jinsia/Sex",
              "Mahali pa Kuzaliwa/Place of Birth", "Tarehe ya Kutolewa/Date of Issue",
              "Tarehe ya Kuisha/Date of Expiry", "Mamlaka/Authority"],
        df=lambda d: f"{d.day:02d} {_SW[d.month - 1]}/{_M3[d.month - 1]} {d.year % 100:02d}", font=GOTH,
        font_b=GOTH_B),
    "DJI": dict(
        state=["RÉPUBLIQUE DE DJIBOUTI", "Unité – Égalité – Paix"], title="PASSEPORT / PASSPORT",
        col=(30, 90, 160), bg=(236, 242, 250), ink=(206, 220, 238), nat="DJIBOUTIENNE", auth="DIRECTION DE LA "
        "POLICE NATIONALE", years=5, num=lambda r: "D" + _digits(r, 8),
        caps=["Type", "Code du pays/Country code", "N° du passeport/Passport No.", "Nom/Surname",
              "Prénoms/Given names", "Nationalité/Nationality", "Date de naissance/Date of birth", "Sexe/Sex",
              "Lieu de naissance/Place of birth", "Date de délivrance/Date of issue",
              "Date d'expiration/Date of expiry", "Autorité/Authority"],
        df=lambda d: f"{d.day:02d} {_F3[d.month - 1]}/{_M3[d.month - 1]} {d.year}", font=CAL, font_b=CAL_B),
    "TUR": dict(
        state=["TÜRKİYE CUMHURİYETİ", "REPUBLIC OF TÜRKİYE"], title="PASAPORT / PASSPORT", col=(140, 28, 40),
        bg=(248, 238, 236), ink=(232, 206, 204), nat="T.C. / TUR", auth="T.C. İÇİŞLERİ BAKANLIĞI", years=10,
        num=lambda r: "U" + _digits(r, 8),
        caps=["Tipi/Type", "Ülke Kodu/Code", "Pasaport No/Passport No", "Soyadı/Surname", "Adı/Given Names",
              "Uyruğu/Nationality", "Doğum Tarihi/Date of Birth", "Cinsiyeti/Sex", "Doğum Yeri/Place of Birth",
              "Veriliş Tarihi/Date of Issue", "Geçerlilik Tarihi/Date of Expiry", "Makam/Authority"],
        df=lambda d: d.strftime("%d.%m.%Y"), font=DJS, font_b=DJS_B),
    "SUR": dict(
        state=["REPUBLIEK SURINAME", "REPUBLIC OF SURINAME"], title="PASPOORT / PASSPORT", col=(24, 110, 64),
        bg=(238, 246, 236), ink=(210, 230, 206), nat="SURINAAMSE", auth="CBB PARAMARIBO", years=10,
        num=lambda r: "R" + _digits(r, 7),
        caps=["Soort/Type", "Code/Code", "Paspoortnummer/Passport No.", "Naam/Surname", "Voornamen/Given names",
              "Nationaliteit/Nationality", "Geboortedatum/Date of birth", "Geslacht/Sex",
              "Geboorteplaats/Place of birth", "Datum van afgifte/Date of issue", "Geldig tot/Date of expiry",
              "Instantie/Authority"],
        df=lambda d: f"{d.day:02d}-{d.month:02d}-{d.year}", font=FSER, font_b=FSER_B),
}


def _pp_page(code, person, rng, number, issue, expiry, lines) -> Sheet:
    """This part's data page: the state's names stacked at the top left over a thin double line, the title at the
    right; the photo at the RIGHT; the data at the left in a grid of cells, each caption in tiny bilingual
    type ABOVE its value (type, code and number side by side on the first row; birth date and sex, issue and
    expiry paired); the passport number repeated vertically along the left edge as if perforated; the holder's
    signature under the photo; the MRZ on a white strip at the foot."""
    cfg = _PP[code]
    f, fb = cfg["font"], cfg["font_b"]
    s = Sheet(125, 88)
    s.image(0, 0, 125, 62, _guill(125, 62, rng, cfg["bg"], cfg["ink"]))
    s.text(7, 2.6, glyphs(cfg["state"][0], fb), font=fb, size_pt=fit(cfg["state"][0], fb, 6.6, 72),
           color=cfg["col"])
    s.text(7, 5.9, glyphs(cfg["state"][1], f), font=f, size_pt=fit(cfg["state"][1], f, 5.6, 72), color=cfg["col"])
    s.rule(7, 9.2, 121, 9.2, width_mm=0.25, color=cfg["col"])
    s.rule(7, 9.8, 121, 9.8, width_mm=0.1, color=cfg["col"])
    s.text(121, 3.4, glyphs(cfg["title"], fb), font=fb, size_pt=6.2, color=cfg["col"], anchor="right")
    s.photo(90, 12.5, 29, 37, rng)
    s.rect(90, 50.5, 29, 8, width_mm=0.1, color=(160, 160, 160), fill=(252, 252, 250))
    s.signature(92, 51, 25, 7, rng, color=(30, 30, 36))
    for i, ch in enumerate(number):
        s.text(3.2, 12 + i * 4.4, ch, font=DMONO, size_pt=6, color=(150, 150, 156))
    C = cfg["caps"]
    rows = [
        [(C[0], "P", 10), (C[1], code, 22), (C[2], number, 42)],
        [(C[3], person.surname.upper(), 78)],
        [(C[4], person.given_names.upper(), 78)],
        [(C[5], cfg["nat"], 78)],
        [(C[6], cfg["df"](person.birth_date), 50), (C[7], person.sex, 24)],
        [(C[8], strip_accents(person.birth_place).upper(), 78)],
        [(C[9], cfg["df"](issue), 38), (C[10], cfg["df"](expiry), 38)],
        [(C[11], cfg["auth"], 78)],
    ]
    y = 11.6
    for row in rows:
        x = 8
        for cap, val, w in row:
            cc = glyphs(cap, f)
            s.text(x, y, cc, font=f, size_pt=fit(cc, f, 3.3, w - 1), color=(80, 80, 90))
            vv = glyphs(val, fb)
            s.text(x, y + 1.7, vv, font=fb, size_pt=fit(vv, fb, 6.6, w - 1))
            x += w + 2
        y += 6.2
    s.rect(0, 62, 125, 26, width_mm=0, fill=(253, 253, 251))
    _mrz(s, 4.5, 70, lines, pitch=5.4)
    return s


def _visa_page(code: str, rng: random.Random) -> Sheet:
    cfg = _PP[code]
    s = Sheet(125, 88)
    s.image(0, 0, 125, 88, _guill(125, 88, rng, tuple(min(255, v + 6) for v in cfg["bg"]), cfg["ink"]))
    s.text(62.5, 5, {"TZA": "VIZA / VISAS", "DJI": "VISAS", "TUR": "VİZELER / VISAS", "SUR": "VISA"}[code],
           font=GOTH, size_pt=6.5, anchor="center", color=GREY)
    s.text(120, 82, str(rng.randint(2, 5)), font=GOTH, size_pt=6, anchor="right", color=GREY)
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
        if habit == "sideways":
            # the open booklet laid across the glass: the visa page and the data page side by side, turned a
            # quarter so that the spread runs down the A4 sheet; the spine's shadow between them
            spread = Sheet(250, 88)
            paste(spread, _visa_page(code, rng), 0, 0, dpi=200)
            paste(spread, page, 125, 0, dpi=300)
            spread.rect(123.5, 0, 3, 88, width_mm=0, fill=(120, 120, 126))
            paste(sh, spread, 58, 22, dpi=260, angle=90)
            if annotate:
                sh.handwriting(20, 278, annotate, rng, size_pt=12, font=BREIP)
            return [sh]
        if habit == "yellow":
            # an old copy kept in the client's folder: the data page alone at 100 %, a staple at the upper left,
            # paper gone yellow with foxing; the office's 'copie conforme' stamp beside the page
            paste(sh, page, 30, 40, dpi=300)
            staple(sh, 12, 10)
            sh.stamp(40, 140, ["COPIE CONFORME", "À L'ORIGINAL PRÉSENTÉ"], rng, shape="rect", size_mm=44,
                     color=ST_VIOLET, angle=rng.uniform(-5, 5))
            sh.signature(96, 146, 36, 12, rng, color=INK)
            if annotate:
                sh.handwriting(30, 180, annotate, rng, size_pt=12, font=BREIP)
            return [sheet_of(yellowed(sh.render(200), rng))]
        if habit == "gutter":
            # the booklet pressed flat on the glass with the lid open: the visa page above the data page, the
            # spine lifting and printing as a dark band between them; a sticky note on the visa page
            paste(sh, _visa_page(code, rng), 40, 30, dpi=200)
            paste(sh, page, 40, 118, dpi=300)
            sticky_note(sh, 50, 44, ["pasaport", "aslı dosyada"], rng)
            if annotate:
                sh.handwriting(40, 214, annotate, rng, size_pt=12, font=BREIP)
            img = gutter(sh.render(200), x0=40 / 210, x1=165 / 210, y=118 / 297, reach=0.03)
            return [sheet_of(img)]
        # "ruler": the data page enlarged to 120 % at the top, the page folded in four afterwards for an
        # envelope; a ruler forgotten on the glass along the right edge
        paste(sh, page, 30, 30, k=1.2, dpi=300)
        if annotate:
            sh.handwriting(30, 145, annotate, rng, size_pt=12, font=BREIP)
        img = ruler_shadow(folded_in_four(sh.render(200), rng), rng)
        return [sheet_of(img)]

    return make


for _code, _habit, _lang, _note in (
    ("TZA", "sideways", "en", "Tanzanian passport: the open booklet laid across the glass, turned a quarter on A4"),
    ("DJI", "yellow", "fr/en", "Djiboutian passport: an old yellowed copy with foxing, stapled, 'copie conforme' "
                               "stamp signed beside the data page"),
    ("TUR", "gutter", "tr/en", "Turkish passport: visa page above data page, spine shadow between them, a sticky "
                               "note in Turkish"),
    ("SUR", "ruler", "nl/en", "Surinamese passport: data page at 120 %, sheet folded in four, a ruler on the glass"),
):
    _register(
        f"passport-td3-{_code.lower()}-foto-rechts-bijschrift-boven-waarde-nummer-verticaal-{_habit}-37",
        "identity-document", PART, _lang, _passport(_code, _habit), country=_code, mrz="TD3", photo=True,
        notes=_note + "; bilingual captions above the values in a grid, photo at the right, number down the left")


# --------------------------------------------------------------------------- Djiboutian identity card (TD1)


def idcard_dji(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, crop=False,
               annotate=None, **opts):
    """The Djiboutian national identity card, front ABOVE back, both enlarged to 150 % and centred, copied in
    black and white: on the front the photo at the LEFT, the data as 'Caption : VALUE' lines in Liberation Sans;
    on the back the address, the issue data and the three-line MRZ; the lawyer's office stamp 'Pour copie' in the
    left margin BESIDE the front."""
    issue, expiry = _dates(rng, issue_date, expiry_date, 10)
    number = _digits(rng, 9)
    md = _mrz_data(person, mrz_override)
    lines = M.td1(issuing="DJI", surname=md["surname"], given=md["given_names"], number=md.get("number", number),
                  nationality=md["nationality"], birth_date=md["birth_date"], sex=md["sex"], expiry=expiry,
                  doc_code="ID", break_check=break_check)
    fr = Sheet(85.6, 54)
    fr.image(0, 0, 85.6, 54, _guill(85.6, 54, rng, (240, 244, 250), (214, 224, 238)))
    fr.rect(0, 0, 85.6, 7, width_mm=0, fill=(30, 90, 160))
    fr.text(42.8, 1.4, "RÉPUBLIQUE DE DJIBOUTI", font=LSANS_B, size_pt=7.2, anchor="center", color=(255, 255, 255))
    fr.text(42.8, 8.2, "CARTE NATIONALE D'IDENTITÉ", font=LSANS_B, size_pt=6.2, anchor="center", color=(30, 90, 160))
    fr.photo(3, 12, 22, 28, rng)
    rows = [("Nom", person.surname.upper()), ("Prénoms", person.given_names), ("Né(e) le",
            person.birth_date.strftime("%d/%m/%Y")), ("À", person.birth_place), ("Sexe", person.sex),
            ("Nationalité", "Djiboutienne"), ("N°", number)]
    y = 12.5
    for a, b in rows:
        t = glyphs(f"{a} : {b}", LSANS)
        fr.text(28, y, t, font=LSANS, size_pt=fit(t, LSANS, 6.2, 55))
        y += 3.9
    fr.signature(30, 41, 22, 7, rng, color=(30, 30, 36))
    bk = Sheet(85.6, 54)
    bk.rect(0, 0, 85.6, 54, width_mm=0, fill=(246, 246, 248))
    r2 = [("Adresse", rng.choice(["Quartier 7, Djibouti", "Cité Hodane, Balbala", "Héron, Djibouti",
                                  "Arhiba, Djibouti"])),
          ("Délivrée le", issue.strftime("%d/%m/%Y")), ("Expire le", expiry.strftime("%d/%m/%Y")),
          ("Autorité", "Direction de la Population")]
    y = 4
    for a, b in r2:
        bk.text(4, y, f"{a} : {b}", font=LSANS, size_pt=6)
        y += 3.8
    bk.rect(0, 32, 85.6, 22, width_mm=0, fill=(255, 255, 255))
    _mrz(bk, 3.4, 35, lines, pitch=5.4, size=OCR * 0.98)
    if crop:
        return [fr, bk]
    sh = Sheet()
    paste(sh, fr, 40, 40, k=1.5, dpi=300)
    paste(sh, bk, 40, 40 + 54 * 1.5 + 12, k=1.5, dpi=300)
    sh.stamp(8, 60, ["POUR COPIE", "Cabinet d'avocats"], rng, shape="oval", size_mm=28, color=ST_BLUE,
             angle=rng.uniform(-30, -15))
    if annotate:
        sh.handwriting(40, 232, annotate, rng, size_pt=12, font=BREIP)
    img = sh.render(200).convert("L").convert("RGB")
    return [sheet_of(img)]


_register("idcard-td1-dji-cni-voor-boven-achter-150-zwartwit-kantoorstempel-naast-37", "identity-document", PART, "fr",
          idcard_dji, country="DJI", mrz="TD1", photo=True,
          notes="Djiboutian identity card, front above back at 150 %, black and white, office stamp beside the front")


# --------------------------------------------------------------------------- Dutch residence document (TD1)


def permit_nl(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, crop=False,
              v_number=None, purpose=None, annotate=None, **opts):
    """The Dutch residence document, front and back SIDE BY SIDE across the top of the sheet at actual size; the
    client's own photocopy, copied again: the whole page turned upside down on the glass (the card pair at the
    foot of the page as it prints), with the assistant's ballpoint tick and 'VVR' under the cards."""
    issue, expiry = _dates(rng, issue_date, expiry_date, 5)
    number = "".join(rng.choice("BCDFGHJKLMNPRSTVWXZ") for _ in range(2)) + _digits(rng, 7)
    vnr = v_number or ("2" + _digits(rng, 9))
    md = _mrz_data(person, mrz_override)
    lines = M.td1(issuing="NLD", surname=md["surname"], given=md["given_names"], number=md.get("number", number),
                  nationality=md["nationality"], birth_date=md["birth_date"], sex=md["sex"], expiry=expiry,
                  doc_code="IR", break_check=break_check)
    fr = Sheet(85.6, 54)
    fr.image(0, 0, 85.6, 54, _guill(85.6, 54, rng, (236, 240, 248), (212, 220, 236)))
    fr.text(3, 2.5, "VERBLIJFSDOCUMENT", font=LSANS_B, size_pt=7.2, color=(24, 60, 120))
    fr.text(3, 6, "KONINKRIJK DER NEDERLANDEN", font=LSANS, size_pt=5, color=(24, 60, 120))
    fr.photo(3, 11, 21, 27, rng)
    rows = [("Naam", person.surname.upper()), ("Voornamen", person.given_names.upper()),
            ("Geboortedatum", person.birth_date.strftime("%d %m %Y")), ("Geslacht", person.sex),
            ("Nationaliteit", person.nationality), ("Geldig tot", expiry.strftime("%d %m %Y")),
            ("Documentnummer", number)]
    y = 10.5
    for a, b in rows:
        fr.text(27, y, a, font=LSANS, size_pt=3.8, color=GREY)
        t = glyphs(b, LSANS_B)
        fr.text(27, y + 1.5, t, font=LSANS_B, size_pt=fit(t, LSANS_B, 5.6, 55))
        y += 5.6
    fr.signature(4, 40, 20, 6, rng, color=(30, 30, 36))
    bk = Sheet(85.6, 54)
    bk.rect(0, 0, 85.6, 54, width_mm=0, fill=(244, 246, 250))
    bk.text(3, 3, "Soort: VERBLIJFSVERGUNNING REGULIER BEPAALDE TIJD", font=LSANS, size_pt=4.6)
    pp = purpose or "verblijf als familie- of gezinslid"
    bk.text(3, 6.5, glyphs(f"Opmerkingen: {pp}", LSANS), font=LSANS, size_pt=fit(pp, LSANS, 4.6, 60))
    bk.text(3, 10, "Arbeid vrij toegestaan. TWV niet vereist.", font=LSANS, size_pt=4.6)
    bk.text(3, 14.5, f"VNR {vnr}", font=LSANS_B, size_pt=6)
    bk.text(3, 19, f"Datum afgifte {issue.strftime('%d %m %Y')}", font=LSANS, size_pt=4.6)
    bk.rect(0, 32, 85.6, 22, width_mm=0, fill=(255, 255, 255))
    _mrz(bk, 3.4, 35, lines, pitch=5.4, size=OCR * 0.98)
    if crop:
        return [fr, bk]
    sh = Sheet()
    paste(sh, fr, 16, 22, dpi=300)
    paste(sh, bk, 108, 22, dpi=300)
    sh.handwriting(18, 82, "VVR  v + a", rng, size_pt=12, font=DKG, color=INK)
    if annotate:
        sh.handwriting(18, 92, annotate, rng, size_pt=12, font=DKG)
    img = sh.render(200).rotate(180)
    return [sheet_of(img)]


_register("permit-nl-verblijfsdocument-naast-elkaar-bovenaan-pagina-ondersteboven-37", "identity-document", PART,
          "nl", permit_nl, country="NLD", mrz="TD1", photo=True,
          notes="Dutch residence document, front beside back at the top, the whole page copied upside down")


# --------------------------------------------------------------------------- birth certificates


def birth_tza(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """RITA's certificate of birth in landscape: the arms and 'THE UNITED REPUBLIC OF TANZANIA' centred, the
    agency's name under it, then a ruled table of numbered columns across the width (1 Entry No. ... 10 Signature of
    Registrar) with bilingual Swahili/English column heads and the entry typed in the row under them; the
    registrar's signature and the agency's oval stamp at the foot right; the serial number in red at the top right."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(30, 600))
    reg = act_date or person.birth_date + datetime.timedelta(days=rng.randint(5, 60))
    fa, mo = _par(person, father, mother)
    sh = Sheet(297, 210)
    sh.rect(8, 8, 281, 194, width_mm=1.2, color=(20, 96, 86))
    sh.rect(10, 10, 277, 190, width_mm=0.3, color=(20, 96, 86))
    sh.text(148.5, 16, "JAMHURI YA MUUNGANO WA TANZANIA", font=PAL_B, size_pt=11, anchor="center")
    sh.text(148.5, 22, "THE UNITED REPUBLIC OF TANZANIA", font=PAL_B, size_pt=13, anchor="center")
    sh.text(148.5, 29, "REGISTRATION, INSOLVENCY AND TRUSTEESHIP AGENCY (RITA)", font=PAL, size_pt=9.5,
            anchor="center")
    sh.text(148.5, 37, "CHETI CHA KUZALIWA  ·  CERTIFICATE OF BIRTH", font=PAL_B, size_pt=15, anchor="center",
            letter_spacing=0.4)
    sh.text(280, 16, f"No. {rng.randint(1000000, 9999999)}", font=DMONO, size_pt=10, anchor="right",
            color=(180, 30, 36))
    sh.text(20, 48, f"Wilaya / District: {rng.choice(['Ilala', 'Kinondoni', 'Arusha', 'Moshi', 'Nyamagana'])}"
            f"       Mkoa / Region: {strip_accents(person.birth_place)}", font=PAL, size_pt=9.5)
    cols = [("1", "Namba ya Usajili", "Entry No.", 20), ("2", "Jina la Mtoto", "Name of Child", 40),
            ("3", "Jinsia", "Sex", 14), ("4", "Tarehe ya Kuzaliwa", "Date of Birth", 28),
            ("5", "Mahali pa Kuzaliwa", "Place of Birth", 30), ("6", "Jina la Baba", "Name of Father", 36),
            ("7", "Uraia wa Baba", "Nationality of Father", 22), ("8", "Jina la Mama", "Name of Mother", 36),
            ("9", "Uraia wa Mama", "Nationality of Mother", 22), ("10", "Tarehe ya Usajili", "Date of Registration",
                                                                     25)]
    vals = [f"{rng.randint(100, 9999)}/{reg.year}", f"{person.given_names} {person.surname}".upper(),
            "ME" if person.sex == "M" else "KE", person.birth_date.strftime("%d/%m/%Y"),
            person.birth_place, fa.upper(), "Tanzanian", mo.upper(), "Tanzanian", reg.strftime("%d/%m/%Y")]
    x, y0 = 14, 56
    for (n, sw, en, w), v in zip(cols, vals):
        sh.rect(x, y0, w, 22, width_mm=0.3)
        sh.rect(x, y0 + 22, w, 40, width_mm=0.3)
        sh.text(x + 1, y0 + 1, n, font=PAL_B, size_pt=7)
        for j, ln in enumerate(wrap(sw, w - 2, PAL_I, 6.6)[:2]):
            sh.text(x + 1, y0 + 5 + j * 3, ln, font=PAL_I, size_pt=6.6)
        for j, ln in enumerate(wrap(en, w - 2, PAL, 6.6)[:2]):
            sh.text(x + 1, y0 + 12 + j * 3, ln, font=PAL, size_pt=6.6)
        for j, ln in enumerate(wrap(v, w - 2, LMONO, 8)[:5]):
            sh.text(x + 1, y0 + 25 + j * 4.2, ln, font=LMONO, size_pt=8)
        x += w
    sh.text(20, 128, "Nathibitisha kwamba hii ni nakala halisi ya kumbukumbu iliyomo katika Rejista ya Vizazi.",
            font=PAL_I, size_pt=9)
    sh.text(20, 134, "I certify that this is a true copy of the entry in the Register of Births kept in my custody.",
            font=PAL, size_pt=9.5)
    sh.text(20, 148, f"Imetolewa tarehe / Issued on: {issue.strftime('%d/%m/%Y')}", font=PAL, size_pt=9.5)
    sh.text(200, 174, "Msajili / Registrar", font=PAL, size_pt=9)
    sh.signature(200, 156, 46, 15, rng, color=INK_K)
    sh.stamp(236, 150, ["RITA", "REGISTRAR OF BIRTHS", "DAR ES SALAAM"], rng, shape="oval", size_mm=34,
             color=ST_BLUE, angle=rng.uniform(-12, 12))
    return [sh]


def birth_dji(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """A Djiboutian civil-status office's full copy of a birth act written as PROSE with the dates in words, typed
    on a ribbon typewriter (FreeMono) between a left margin column holding the act's number and the child's name;
    the heading block at the upper left in capitals, 'COPIE INTÉGRALE' centred; the officer's signature under
    'L'Officier de l'État Civil' at the right, the round stamp ABOVE the label."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(30, 500))
    act = act_date or person.birth_date + datetime.timedelta(days=rng.randint(2, 40))
    fa, mo = _par(person, father, mother)
    e = "e" if person.sex == "F" else ""
    sh = Sheet()
    for i, t in enumerate(("RÉPUBLIQUE DE DJIBOUTI", "Unité – Égalité – Paix", "MINISTÈRE DE L'INTÉRIEUR",
                           "Direction de la Population", f"Centre d'État Civil de {person.birth_place}")):
        sh.text(18, 12 + i * 4.6, t, font=FMONO, size_pt=9 if i != 1 else 8)
    sh.text(105, 44, "COPIE INTÉGRALE D'ACTE DE NAISSANCE", font=LMONO_B, size_pt=12, anchor="center")
    n = rng.randint(10, 4999)
    sh.rule(56, 54, 56, 200, width_mm=0.3)
    sh.text(18, 56, f"Acte n° {n}", font=FMONO, size_pt=9)
    sh.text(18, 61, f"Année {act.year}", font=FMONO, size_pt=9)
    for j, ln in enumerate(wrap(f"{person.given_names} {person.surname.upper()}", 34, FMONO, 9)):
        sh.text(18, 70 + j * 4.5, ln, font=FMONO, size_pt=9)
    day = "premier" if act.day == 1 else num_fr(act.day)
    text = (f"L'an {num_fr(act.year)}, le {day} {_FR[act.month - 1]}, par devant Nous, Officier de l'État Civil du "
            f"centre de {person.birth_place}, a été déclarée la naissance de : {person.given_names} "
            f"{person.surname.upper()}, de sexe {'masculin' if person.sex == 'M' else 'féminin'}, né{e} le "
            f"{fr_words(person.birth_date)} à {person.birth_place} (République de Djibouti), "
            f"{'fils' if person.sex == 'M' else 'fille'} de {fa}, de nationalité djiboutienne, et de {mo}, de "
            f"nationalité djiboutienne, son épouse. Sur la déclaration du père, qui a signé avec Nous après lecture "
            f"faite.")
    y = 56
    for ln in wrap(text, 132, FMONO, 10):
        sh.text(60, y, ln, font=FMONO, size_pt=10)
        y += 5.2
    y += 6
    for ln in wrap(f"Pour copie intégrale certifiée conforme au registre, délivrée à Djibouti le {fr_long(issue)}.",
                   132, FMONO, 10):
        sh.text(60, y, ln, font=FMONO, size_pt=10)
        y += 5.2
    sh.stamp(128, y + 4, ["RÉPUBLIQUE DE DJIBOUTI", "ÉTAT CIVIL", "DJIBOUTI"], rng, shape="round", size_mm=28,
             color=ST_VIOLET, angle=rng.uniform(-20, 20))
    sh.text(120, y + 36, "L'Officier de l'État Civil", font=FMONO, size_pt=9.5)
    sh.signature(124, y + 40, 40, 14, rng, color=INK)
    return [sheet_of(yellowed(sh.render(200), rng, strength=0.5))]


def birth_tur(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """A Turkish district population office's 'Doğum Kayıt Örneği' printed from MERNİS in portrait: the ministry's
    lines centred, a form of two-column rows ('Adı', 'Soyadı', 'Baba Adı', ...) with the T.C. identity number, the
    register volume (cilt) and family rows, the reason for issue; the officer's name and signature at the foot
    right with the office's round stamp BELOW the signature; a barcode and verification code at the foot left.
    Entirely in Turkish."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(30, 400))
    fa, mo = _par(person, father, mother)
    sh = Sheet()
    for i, t in enumerate(("T.C.", "İÇİŞLERİ BAKANLIĞI", "Nüfus ve Vatandaşlık İşleri Genel Müdürlüğü",
                           f"{strip_accents(person.birth_place).upper()} İLÇE NÜFUS MÜDÜRLÜĞÜ")):
        sh.text(105, 14 + i * 5, glyphs(t, DJS_B if i < 2 else DJS), font=DJS_B if i < 2 else DJS, size_pt=10,
                anchor="center")
    sh.text(105, 40, "DOĞUM KAYIT ÖRNEĞİ", font=DJS_B, size_pt=14, anchor="center")
    rows = [("T.C. Kimlik No", _digits(rng, 11)), ("Adı", person.given_names.upper()),
            ("Soyadı", person.surname.upper()), ("Baba Adı", fa.split()[0].upper()),
            ("Ana Adı", mo.split()[0].upper()), ("Cinsiyeti", "Erkek" if person.sex == "M" else "Kadın"),
            ("Doğum Yeri", person.birth_place.upper()), ("Doğum Tarihi", person.birth_date.strftime("%d.%m.%Y")),
            ("İl / İlçe", f"{person.birth_place.upper()} / MERKEZ"),
            ("Cilt No / Aile Sıra No / Sıra No", f"{rng.randint(10, 250)} / {rng.randint(1, 900)} / "
                                                 f"{rng.randint(1, 30)}"),
            ("Medeni Hali", rng.choice(["Bekâr", "Evli"])), ("Veriliş Nedeni", "Resmi kurum talebi"),
            ("Düzenlenme Tarihi", issue.strftime("%d.%m.%Y"))]
    y = 52
    for a, b in rows:
        sh.rect(22, y, 70, 8, width_mm=0.25, fill=(240, 240, 240))
        sh.rect(92, y, 96, 8, width_mm=0.25)
        sh.text(24, y + 2, glyphs(a, DJS), font=DJS, size_pt=8.8)
        sh.text(94, y + 2, glyphs(b, DJS_B), font=DJS_B, size_pt=9.2)
        y += 8
    sh.text(22, y + 6, glyphs("Bu belge nüfus kayıtlarına uygun olarak düzenlenmiştir.", DJS), font=DJS,
            size_pt=8.6)
    g = rng.choice(["Ayşe Demir", "Mehmet Kaya", "Fatma Çelik", "Hasan Aydın"])
    sh.text(160, y + 20, glyphs(g, DJS), font=DJS, size_pt=9, anchor="center")
    sh.text(160, y + 25, glyphs("Nüfus Müdürü", DJS), font=DJS, size_pt=9, anchor="center")
    sh.signature(140, y + 30, 40, 13, rng, color=INK)
    sh.stamp(143, y + 45, ["T.C. İÇİŞLERİ BAKANLIĞI", "NÜFUS MÜDÜRLÜĞÜ", strip_accents(person.birth_place).upper()],
             rng, shape="round", size_mm=30, color=ST_RED, angle=rng.uniform(-15, 15))
    from .twentyeighth_identity import barcode
    barcode(sh, 22, 262, 50, 10, person.surname + str(issue))
    sh.text(22, 274, f"Doğrulama Kodu: {_digits(rng, 4)}-{_digits(rng, 4)}-{_digits(rng, 4)}", font=DMONO,
            size_pt=7.5)
    return [sh]


_BE_CITIES = {"Antwerpen": ("nl", "2000"), "Gent": ("nl", "9000"), "Brussel": ("nl", "1000"),
              "Bruxelles": ("fr", "1000"), "Schaerbeek": ("fr", "1030"), "Anderlecht": ("fr", "1070"),
              "Liège": ("fr", "4000"), "Charleroi": ("fr", "6000"), "Leuven": ("nl", "3000"),
              "Mechelen": ("nl", "2800"), "Sint-Jans-Molenbeek": ("nl", "1080"), "Molenbeek-Saint-Jean": ("fr", "1080"),
              "Namur": ("fr", "5000"), "Genk": ("nl", "3600"), "Oostende": ("nl", "8400")}


def birth_be(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """A Belgian commune's birth extract printed from the civil-status database as a LIST with indented sub-items
    in Caladea: the commune's name at the upper RIGHT, the document's title at the left in small capitals, then
    '1. Kind' / '1. Enfant' with its data, '2. Moeder', '3. Vader' each with name, date and place of birth; the act's
    reference (DABS number) in a grey box; 'Afgeleverd te ... op ...' and the officer's name with a wet signature to
    the LEFT of the label and the commune's stamp overlapping it."""
    city = person.birth_place if person.birth_place in _BE_CITIES else "Gent"
    lang, pc = _BE_CITIES[city]
    nl = lang == "nl"
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(20, 300))
    act = act_date or person.birth_date + datetime.timedelta(days=rng.randint(2, 10))
    fa, mo = _par(person, father, mother)
    df = nl_long if nl else fr_long
    sh = Sheet()
    sh.text(190, 14, ("Gemeente " if nl else "Commune de ") + city, font=CAL_B, size_pt=12, anchor="right")
    sh.text(190, 20, f"Burgerlijke stand – {pc} {city}" if nl else f"État civil – {pc} {city}", font=CAL,
            size_pt=9, anchor="right", color=GREY)
    sh.text(20, 36, "UITTREKSEL UIT EEN AKTE VAN GEBOORTE" if nl else "EXTRAIT D'UN ACTE DE NAISSANCE", font=CAL_B,
            size_pt=13, letter_spacing=0.5)
    sh.rect(20, 44, 90, 12, width_mm=0, fill=(234, 234, 234))
    sh.text(22, 45.5, ("Akte nr. " if nl else "Acte n° ") + f"{act.year}/{rng.randint(100, 9999)}", font=CAL,
            size_pt=9.5)
    sh.text(22, 50.5, f"DABS {act.year}-{_digits(rng, 6)}", font=CAL, size_pt=9, color=GREY)
    H = (["1. Kind", "2. Moeder", "3. Vader"] if nl else ["1. Enfant", "2. Mère", "3. Père"])
    L = (["Naam", "Voornamen", "Geslacht", "Geboren op", "te"] if nl else
         ["Nom", "Prénoms", "Sexe", "Né(e) le", "à"])
    y = 66
    sh.text(20, y, H[0], font=CAL_B, size_pt=11)
    y += 7
    for a, b in zip(L, [person.surname.upper(), person.given_names,
                        ("mannelijk" if person.sex == "M" else "vrouwelijk") if nl else
                        ("masculin" if person.sex == "M" else "féminin"), df(person.birth_date), city]):
        sh.text(28, y, a, font=CAL_I, size_pt=10, color=GREY)
        sh.text(70, y, b, font=CAL, size_pt=10.5)
        y += 6
    for head, full in ((H[1], mo), (H[2], fa)):
        y += 3
        sh.text(20, y, head, font=CAL_B, size_pt=11)
        y += 7
        g, _, s_ = full.partition(" ")
        sh.text(28, y, L[0], font=CAL_I, size_pt=10, color=GREY)
        sh.text(70, y, s_.upper() or g.upper(), font=CAL, size_pt=10.5)
        y += 6
        sh.text(28, y, L[1], font=CAL_I, size_pt=10, color=GREY)
        sh.text(70, y, g, font=CAL, size_pt=10.5)
        y += 6
    y += 10
    sh.text(20, y, (f"Afgeleverd te {city} op {df(issue)}." if nl else f"Délivré à {city}, le {df(issue)}."),
            font=CAL, size_pt=10.5)
    y += 22
    sh.signature(22, y - 8, 40, 14, rng, color=INK)
    sh.text(68, y, "De ambtenaar van de burgerlijke stand, b.o." if nl else "L'officier de l'état civil, p.d.",
            font=CAL, size_pt=10)
    sh.stamp(38, y - 14, [("GEMEENTE " if nl else "COMMUNE DE ") + city.upper(), "BURGERLIJKE STAND" if nl else
                          "ÉTAT CIVIL", "BELGIË" if nl else "BELGIQUE"], rng, shape="round", size_mm=28,
             color=ST_BLUE, angle=rng.uniform(-15, 15))
    return [sh]


_register("birth-tza-rita-liggend-genummerde-kolommen-tweetalig-37", "birth-certificate", PART, "en", birth_tza,
          country="TZA", notes="Tanzanian RITA certificate of birth in landscape, ten numbered bilingual columns")
_register("birth-dji-copie-integrale-proza-tikmachine-kantlijnkolom-vergeeld-37", "birth-certificate", PART, "fr",
          birth_dji, country="DJI",
          notes="Djiboutian full copy of a birth act in prose, dates in words, typewritten, margin column, yellowed")
_register("birth-tur-dogum-kayit-ornegi-mernis-tabel-stempel-onder-handtekening-37", "birth-certificate", PART, "tr",
          birth_tur, country="TUR", notes="Turkish MERNİS birth register extract, entirely in Turkish")
_register("birth-be-dabs-lijst-kind-moeder-vader-handtekening-links-van-label-37", "birth-certificate", PART,
          "nl/fr", birth_be, country="BEL",
          notes="Belgian birth extract printed from the database as a numbered list, signature left of the label")


# --------------------------------------------------------------------------- marriage certificates


def marriage_tza(person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    """A Tanzanian marriage certificate (Form 'CHETI CHA NDOA / MARRIAGE CERTIFICATE') as a portrait form of
    numbered lines, 'Husband' and 'Wife' particulars in two boxed blocks one under the other, the form filled in by
    hand in block capitals with a ballpoint; the registrar's signature BESIDE 'Registrar' at the foot with the
    district's oval stamp above it; a fold shadow from the client's envelope."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(60, 400))
    wed = marriage_date or TODAY - datetime.timedelta(days=rng.randint(800, 4000))
    husband, wife = (person, spouse) if person.sex == "M" else (spouse, person)
    sh = Sheet()
    sh.text(105, 14, "THE UNITED REPUBLIC OF TANZANIA", font=PAL_B, size_pt=12, anchor="center")
    sh.text(105, 20, "The Law of Marriage Act (Cap. 29)", font=PAL_I, size_pt=9, anchor="center")
    sh.text(105, 28, "CHETI CHA NDOA  /  MARRIAGE CERTIFICATE", font=PAL_B, size_pt=14, anchor="center")
    sh.text(190, 36, f"Serial No. {rng.randint(100000, 999999)}", font=DMONO, size_pt=9, anchor="right",
            color=ST_RED)
    hand = lambda x, y, s: sh.handwriting(x, y, glyphs(str(s).upper(), "blockcaps"), rng, size_pt=11, font=BLOCK,
                                          color=INK)
    sh.text(20, 44, "1. Date of marriage: ", font=PAL, size_pt=10)
    hand(62, 43, wed.strftime("%d/%m/%Y"))
    sh.text(20, 52, "2. Place of marriage: ", font=PAL, size_pt=10)
    hand(62, 51, rng.choice(["Ilala District Office", "Kinondoni Registry", "Arusha Municipal Office"]))
    y = 62
    for head, p in (("HUSBAND / MUME", husband), ("WIFE / MKE", wife)):
        sh.rect(18, y, 174, 50, width_mm=0.4)
        sh.text(21, y + 2, head, font=PAL_B, size_pt=10.5)
        for j, (a, v) in enumerate((("Full name", f"{p.given_names} {p.surname}"), ("Age", str(
                (wed - p.birth_date).days // 365)), ("Date of birth", p.birth_date.strftime("%d/%m/%Y")),
                ("Place of birth", p.birth_place), ("Nationality", "Tanzanian"))):
            sh.text(24, y + 10 + j * 7.5, a, font=PAL, size_pt=9.5, color=GREY)
            sh.rule(64, y + 14.8 + j * 7.5, 186, y + 14.8 + j * 7.5, width_mm=0.15, dash=0.5, color=GREY)
            hand(66, y + 9 + j * 7.5, v)
        y += 56
    sh.text(20, y + 2, "Witnesses / Mashahidi:", font=PAL, size_pt=10)
    sh.signature(70, y - 2, 34, 10, rng, color=INK)
    sh.signature(120, y - 2, 34, 10, rng, color=INK_K)
    sh.text(20, y + 16, f"Issued at Dar es Salaam on {issue.strftime('%d/%m/%Y')}", font=PAL, size_pt=10)
    sh.stamp(118, y + 18, ["DISTRICT REGISTRAR", "OF MARRIAGES", "TANZANIA"], rng, shape="oval", size_mm=32,
             color=ST_BLUE, angle=rng.uniform(-10, 10))
    sh.text(120, y + 42, "Registrar / Msajili", font=PAL, size_pt=10)
    sh.signature(152, y + 36, 36, 12, rng, color=INK_K)
    img = sh.render(200)
    d = ImageDraw.Draw(img, "RGBA")
    yy = int(img.height * 0.34)
    for i in range(10):
        d.line([(0, yy + i), (img.width, yy + i)], fill=(80, 80, 80, 40 - 4 * i))
    return [sheet_of(img)]


def marriage_dji(person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    """A Djiboutian 'Extrait d'acte de mariage' typed in DejaVu Serif as a short prose paragraph under a heading
    block at the upper RIGHT, the spouses' names in capitals, the date in words; the Cadi's court (tribunal du
    statut personnel) mention; the signature ABOVE 'Le Cadi / L'Officier de l'État Civil' at the left with a round
    stamp beside it."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(60, 400))
    wed = marriage_date or TODAY - datetime.timedelta(days=rng.randint(800, 4000))
    husband, wife = (person, spouse) if person.sex == "M" else (spouse, person)
    sh = Sheet()
    for i, t in enumerate(("RÉPUBLIQUE DE DJIBOUTI", "Unité – Égalité – Paix", "Tribunal de Statut Personnel",
                           "Service de l'État Civil")):
        sh.text(190, 14 + i * 5, t, font=DJS_B if i == 0 else DJS, size_pt=9, anchor="right")
    sh.text(105, 46, "EXTRAIT D'ACTE DE MARIAGE", font=DJS_B, size_pt=13, anchor="center")
    sh.text(105, 53, f"N° {rng.randint(10, 2999)} / {wed.year}", font=DJS, size_pt=9.5, anchor="center")
    t = (f"Le {fr_words(wed)}, a été célébré à Djibouti, devant le Cadi du Tribunal de Statut Personnel, le mariage "
         f"de {husband.surname.upper()} {husband.given_names}, né le {fr_long(husband.birth_date)} à "
         f"{husband.birth_place}, de nationalité djiboutienne, et de {wife.surname.upper()} {wife.given_names}, née "
         f"le {fr_long(wife.birth_date)} à {wife.birth_place}, de nationalité djiboutienne. Mention de mariage a été "
         f"portée en marge des actes de naissance des époux.")
    y = 66
    for ln in wrap(t, 168, DJS, 10.5):
        sh.text(22, y, ln, font=DJS, size_pt=10.5)
        y += 6
    y += 8
    sh.text(22, y, f"Pour extrait conforme, Djibouti, le {fr_long(issue)}.", font=DJS, size_pt=10.5)
    sh.signature(24, y + 10, 42, 14, rng, color=INK)
    sh.text(22, y + 27, "L'Officier de l'État Civil", font=DJS, size_pt=10)
    sh.stamp(74, y + 8, ["RÉPUBLIQUE DE DJIBOUTI", "ÉTAT CIVIL", "TRIBUNAL"], rng, shape="round", size_mm=27,
             color=ST_GREEN, angle=rng.uniform(-15, 15))
    return [sh]


_register("marriage-tza-formulier-blokletters-man-vrouw-kaders-vouwschaduw-37", "marriage-certificate", PART, "en",
          marriage_tza, country="TZA",
          notes="Tanzanian marriage certificate filled in by hand in block capitals, husband and wife boxes, fold")
_register("marriage-dji-extrait-proza-kop-rechts-cadi-37", "marriage-certificate", PART, "fr", marriage_dji,
          country="DJI", notes="Djiboutian marriage extract in prose, heading at the right, signature above label")


# --------------------------------------------------------------------------- nationality certificates


def nationality_tza(person, rng, *, issue_date=None, **opts):
    """The Tanzanian Immigration Services Department's letter confirming citizenship by birth: the department's
    crest block centred, 'Ref. No.' and date on one line, 'TO WHOM IT MAY CONCERN' underlined, the holder's data
    in an indented list, the signature with the officer's name and rank under it and the department's rectangular
    stamp across the lower right of the signature."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(40, 500))
    sh = Sheet()
    sh.text(105, 14, "THE UNITED REPUBLIC OF TANZANIA", font=PAL_B, size_pt=12, anchor="center")
    sh.text(105, 20, "MINISTRY OF HOME AFFAIRS", font=PAL, size_pt=10, anchor="center")
    sh.text(105, 25.5, "IMMIGRATION SERVICES DEPARTMENT", font=PAL_B, size_pt=10, anchor="center")
    sh.text(105, 31, "P.O. Box 1181, Dodoma", font=PAL, size_pt=9, anchor="center", color=GREY)
    sh.rule(20, 35, 190, 35, width_mm=0.5)
    sh.text(20, 42, f"Ref. No. CIT/{rng.randint(100, 999)}/{issue.year}/{rng.randint(10, 99)}", font=PAL,
            size_pt=10)
    sh.text(190, 42, en_long(issue), font=PAL, size_pt=10, anchor="right")
    w = sh.text(20, 54, "TO WHOM IT MAY CONCERN", font=PAL_B, size_pt=11)
    sh.rule(20, 59, 20 + w, 59, width_mm=0.3)
    sh.text(20, 66, "RE: CONFIRMATION OF CITIZENSHIP", font=PAL_B, size_pt=10.5)
    y = sh.paragraph(20, 76, 170, "This is to confirm that the person whose particulars appear below is a citizen "
                     "of the United Republic of Tanzania by birth under section 5 of the Tanzania Citizenship Act "
                     "(Cap. 357), as verified from the records of the Department:", font=PAL, size_pt=10.5,
                     leading=1.45)
    for a, b in (("Name", f"{person.given_names} {person.surname.upper()}"), ("Sex", "Male" if person.sex == "M"
                 else "Female"), ("Date of birth", en_long(person.birth_date)), ("Place of birth",
                 f"{person.birth_place}, Tanzania"), ("Citizenship", "Tanzanian by birth")):
        y += 1.5
        sh.text(30, y, f"{a}:", font=PAL, size_pt=10.5)
        sh.text(72, y, b, font=PAL_B, size_pt=10.5)
        y += 5.5
    y = sh.paragraph(20, y + 6, 170, "This letter is issued at the request of the above-named for official use.",
                     font=PAL, size_pt=10.5)
    sh.signature(24, y + 8, 44, 14, rng, color=INK)
    sh.stamp(58, y + 14, ["IMMIGRATION SERVICES DEPT.", "CITIZENSHIP SECTION", "DODOMA"], rng, shape="rect",
             size_mm=40, color=ST_BLUE, angle=rng.uniform(-6, 6))
    sh.text(20, y + 26, rng.choice(["A. M. Mrisho", "J. K. Nyamhanga", "S. R. Mollel"]), font=PAL_B, size_pt=10.5)
    sh.text(20, y + 31, "For: Commissioner General of Immigration", font=PAL, size_pt=10)
    return [sh]


def nationality_dji(person, rng, *, issue_date=None, **opts):
    """The Djiboutian court's 'Certificat de nationalité' on a form with a coloured frame: the court's name in the
    frame's top band, the certificate's number in a small box, the recital ('Nous, Président du Tribunal de
    Première Instance ...') with the holder's data filled in on dotted lines in a typewriter face; a fiscal stamp
    at the upper left cancelled with a date stamp; the president's signature BELOW the court's seal."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(40, 500))
    e = "e" if person.sex == "F" else ""
    sh = Sheet()
    sh.rect(14, 14, 182, 262, width_mm=1.6, color=(30, 90, 160))
    sh.rect(14, 14, 182, 14, width_mm=0, fill=(30, 90, 160))
    sh.text(105, 17.5, "RÉPUBLIQUE DE DJIBOUTI – TRIBUNAL DE PREMIÈRE INSTANCE", font=DJS_B, size_pt=10,
            anchor="center", color=(255, 255, 255))
    sh.rect(22, 34, 22, 26, width_mm=0.3, fill=(232, 220, 196))
    sh.text(33, 42, "1000", font=DJS_B, size_pt=10, anchor="center")
    sh.text(33, 48, "FDJ", font=DJS, size_pt=8, anchor="center")
    sh.stamp(20, 38, ["TPI", issue.strftime("%d.%m.%Y")], rng, shape="round", size_mm=18, color=ST_BLUE)
    sh.rect(150, 34, 38, 10, width_mm=0.3)
    sh.text(152, 36.5, f"N° {rng.randint(100, 9999)}/{issue.year}", font=FMONO, size_pt=9.5)
    sh.text(105, 68, "CERTIFICAT DE NATIONALITÉ DJIBOUTIENNE", font=DJS_B, size_pt=13, anchor="center")
    y = 84
    for lead, val in (("Nous, Président du Tribunal de Première Instance de Djibouti, certifions que", None),
                      ("Nom :", person.surname.upper()), ("Prénoms :", person.given_names),
                      (f"Né{e} le :", fr_long(person.birth_date)), ("À :", person.birth_place),
                      ("Fils/Fille de :", f"{person.father or ''} et de {person.mother or ''}"),
                      ("est de nationalité djiboutienne en vertu du Code de la nationalité (loi n° 200/AN/04), "
                       "au vu des pièces produites.", None)):
        if val is None:
            y = sh.paragraph(24, y, 162, lead, font=DJS, size_pt=10.2, leading=1.45) + 3
            continue
        sh.text(24, y, lead, font=DJS, size_pt=10.2)
        sh.rule(62, y + 4.6, 186, y + 4.6, width_mm=0.15, dash=0.5, color=GREY)
        sh.text(64, y, glyphs(val, FMONO), font=FMONO, size_pt=fit(val, FMONO, 10.5, 120))
        y += 8
    sh.text(24, y + 6, f"Fait à Djibouti, le {fr_long(issue)}", font=DJS, size_pt=10.2)
    sh.stamp(120, y + 10, ["TRIBUNAL DE PREMIÈRE", "INSTANCE", "DJIBOUTI"], rng, shape="round", size_mm=30,
             color=ST_VIOLET, angle=rng.uniform(-12, 12))
    sh.signature(122, y + 42, 40, 14, rng, color=INK)
    sh.text(120, y + 58, "Le Président", font=DJS, size_pt=10)
    return [sh]


_register("nationality-tza-immigratie-to-whom-bevestiging-stempel-over-handtekening-37", "nationality-certificate",
          PART, "en", nationality_tza, country="TZA",
          notes="Tanzanian immigration department's letter confirming citizenship by birth")
_register("nationality-dji-tpi-gekleurd-kader-fiscale-zegel-stippellijnen-37", "nationality-certificate", PART, "fr",
          nationality_dji, country="DJI",
          notes="Djiboutian court's certificate of nationality in a coloured frame, fiscal stamp, dotted lines")


# --------------------------------------------------------------------------- identity certificates (photo)


def idcert_tza(person, rng, *, issue_date=None, declarative=False, **opts):
    """The Tanzanian Embassy in Brussels: a 'Letter of Identification' on the embassy's paper with a green rule;
    the photo glued in a printed frame at the upper LEFT under the heading, the embassy's round stamp overlapping
    the photo's corner; the holder's data as a two-column table; the basis of the letter in one sentence (passport
    records consulted, or the bearer's own declaration only); the signature at the end over the typed name and
    title 'Minister Plenipotentiary'."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(30, 300))
    sh = Sheet()
    sh.text(105, 13, "EMBASSY OF THE UNITED REPUBLIC OF TANZANIA", font=GOTH_B, size_pt=11.5, anchor="center")
    sh.text(105, 19, "Avenue Louise 363, 1050 Brussels – Kingdom of Belgium", font=GOTH, size_pt=8.5,
            anchor="center", color=GREY)
    sh.rule(20, 23, 190, 23, width_mm=0.8, color=(20, 110, 70))
    sh.text(20, 30, f"Ref: TZ/BRU/CON/{rng.randint(100, 999)}/{issue.year % 100}", font=GOTH, size_pt=9)
    sh.text(190, 30, en_long(issue), font=GOTH, size_pt=9, anchor="right")
    sh.rect(20, 38, 35, 45, width_mm=0.3)
    sh.photo(21.5, 39.5, 32, 42, rng)
    sh.stamp(40, 68, ["EMBASSY OF TANZANIA", "CONSULAR", "BRUSSELS"], rng, shape="round", size_mm=26,
             color=ST_BLUE, angle=rng.uniform(-20, 20))
    sh.text(68, 44, "LETTER OF IDENTIFICATION", font=GOTH_B, size_pt=15)
    sh.text(68, 52, "To whom it may concern", font=GOTH_I, size_pt=10)
    y = 92
    for a, b in (("Surname", person.surname.upper()), ("Other names", person.given_names),
                 ("Date of birth", en_long(person.birth_date)), ("Place of birth", f"{person.birth_place}, Tanzania"),
                 ("Sex", "Male" if person.sex == "M" else "Female"), ("Nationality", "Tanzanian")):
        sh.rect(20, y, 55, 8, width_mm=0.25, fill=(238, 244, 240))
        sh.rect(75, y, 115, 8, width_mm=0.25)
        sh.text(22, y + 2, a, font=GOTH, size_pt=9.5)
        sh.text(77, y + 2, b, font=GOTH_B, size_pt=10)
        y += 8
    basis = ("This letter is issued solely on the basis of the declaration made by the bearer before the consular "
             "officer; the Embassy has not been able to verify these particulars against any record."
             if declarative else
             "The above particulars have been verified against the records of the Immigration Services Department "
             "in Dar es Salaam and the bearer's previous passport. The bearer is known to this Mission as a citizen "
             "of the United Republic of Tanzania.")
    y = sh.paragraph(20, y + 8, 170, basis, font=GOTH, size_pt=10.2, leading=1.45)
    y = sh.paragraph(20, y + 4, 170, "Any assistance accorded to the bearer will be highly appreciated.", font=GOTH,
                     size_pt=10.2)
    sh.signature(22, y + 8, 44, 14, rng, color=INK)
    sh.text(20, y + 25, rng.choice(["Grace A. Mushi", "Baraka J. Kimaro", "Halima S. Mbwana"]), font=GOTH_B,
            size_pt=10.2)
    sh.text(20, y + 30, "Minister Plenipotentiary – Head of Consular Section", font=GOTH, size_pt=9.5)
    return [sh]


def idcert_dji(person, rng, *, issue_date=None, declarative=False, **opts):
    """The Djiboutian Embassy in Brussels: an 'Attestation d'identité' on a printed form with the photo STAPLED
    over a dashed frame at the upper right; the heading lines centred; the text in P052 with the data on dotted
    lines filled in with a ballpoint (dkg hand); the basis phrase printed with a box to tick ('sur présentation de
    pièces' / 'sur déclaration de l'intéressé(e)'); the signature BESIDE 'L'Ambassadeur / P.O.' at the foot with
    the oval stamp below it."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(30, 300))
    e = "e" if person.sex == "F" else ""
    sh = Sheet()
    for i, t in enumerate(("RÉPUBLIQUE DE DJIBOUTI", "Unité – Égalité – Paix", "AMBASSADE DE DJIBOUTI",
                           "Bruxelles")):
        sh.text(80, 13 + i * 5, t, font=PAL_B if i in (0, 2) else PAL_I, size_pt=10 if i in (0, 2) else 8.8,
                anchor="center")
    sh.rect(150, 14, 36, 46, width_mm=0.3, color=(120, 120, 120))
    sh.photo(151.5, 15.5, 33, 43, rng)
    staple(sh, 156, 13)
    staple(sh, 174, 13)
    sh.text(105, 70, "ATTESTATION D'IDENTITÉ", font=PAL_B, size_pt=16, anchor="center", letter_spacing=0.6)
    sh.text(20, 80, f"N° {rng.randint(10, 999)}/AMB-DJ/BXL/{issue.year}", font=PAL, size_pt=9.5)
    hw = lambda x, y, s: sh.handwriting(x, y - 1, glyphs(s, DKG), rng, size_pt=12, font=DKG, color=INK)
    y = 92
    sh.text(20, y, "L'Ambassadeur de la République de Djibouti à Bruxelles atteste que :", font=PAL, size_pt=10.5)
    y += 10
    for a, b in (("Nom", person.surname.upper()), ("Prénoms", person.given_names), (f"Né{e} le",
                 person.birth_date.strftime("%d/%m/%Y")), ("À", person.birth_place), ("Nationalité",
                 "djiboutienne"), ("Sexe", "M" if person.sex == "M" else "F")):
        sh.text(26, y, f"{a} :", font=PAL, size_pt=10.5)
        sh.rule(58, y + 4.8, 186, y + 4.8, width_mm=0.15, dash=0.5, color=GREY)
        hw(60, y, b)
        y += 9
    y += 4
    sh.text(20, y, "Cette attestation est délivrée :", font=PAL, size_pt=10.5)
    for j, t in enumerate(("sur présentation de pièces d'état civil et d'un document de voyage",
                           "sur la seule déclaration de l'intéressé(e)")):
        sh.checkbox(26, y + 7 + j * 7, 3.6, checked=(j == 1) == bool(declarative), rng=rng, ink=INK)
        sh.text(32, y + 6.6 + j * 7, t, font=PAL, size_pt=10)
    y += 24
    sh.paragraph(20, y, 170, "Elle est délivrée pour servir et valoir ce que de droit.", font=PAL, size_pt=10.5)
    sh.text(20, y + 10, f"Bruxelles, le {fr_long(issue)}", font=PAL, size_pt=10.5)
    sh.text(108, y + 24, "L'Ambassadeur / P.O.", font=PAL, size_pt=10.5)
    sh.signature(146, y + 18, 40, 14, rng, color=INK)
    sh.stamp(120, y + 34, ["AMBASSADE DE DJIBOUTI", "BRUXELLES"], rng, shape="oval", size_mm=30, color=ST_VIOLET,
             angle=rng.uniform(-10, 10))
    return [sh]


_register("idcert-tza-embassy-letter-of-identification-foto-links-tabel-37", "identity-certificate", PART, "en",
          idcert_tza, country="TZA", photo=True,
          notes="Tanzanian embassy's letter of identification, photo glued at the left, data table, basis sentence")
_register("idcert-dji-ambassade-formulier-foto-geniet-stippellijnen-hand-aankruisvak-37", "identity-certificate",
          PART, "fr", idcert_dji, country="DJI", photo=True,
          notes="Djiboutian embassy's identity attestation form, photo stapled, data by hand, basis ticked")


# --------------------------------------------------------------------------- sworn translations of the Turkish act


def _tr_rows(person, tgt: str, father=None, mother=None):
    fa, mo = _par(person, father, mother)
    nl = tgt == "nl"
    sx = ("mannelijk" if person.sex == "M" else "vrouwelijk") if nl else ("masculin" if person.sex == "M"
                                                                           else "féminin")
    return [("Voornaam" if nl else "Prénom", person.given_names.upper()),
            ("Familienaam" if nl else "Nom", person.surname.upper()),
            ("Voornaam vader" if nl else "Prénom du père", fa.split()[0].upper()),
            ("Voornaam moeder" if nl else "Prénom de la mère", mo.split()[0].upper()),
            ("Geslacht" if nl else "Sexe", sx),
            ("Geboorteplaats" if nl else "Lieu de naissance", person.birth_place.upper()),
            ("Geboortedatum" if nl else "Date de naissance", person.birth_date.strftime("%d.%m.%Y"))]


def translation_be(person, rng, *, issue_date=None, of_type="birth-certificate", source_lang="tr", target_lang=None,
                   **opts):
    """A Brussels sworn translator's translation into Dutch or French, typed in Liberation Mono as the original's
    rows in a plain two-column list introduced by '[Wapen]' and '[Hoofding]' notes; the certification sentence
    at the foot with the translator's signature to its RIGHT, the round translator's stamp under it; each page's
    corner carries the translator's initials and repertory number."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(8, 60))
    tgt = target_lang if target_lang in ("nl", "fr") else rng.choice(["nl", "fr"])
    nl = tgt == "nl"
    g, s_ = rng.choice([("Elif", "Yıldız"), ("Koen", "Vermeersch"), ("Aurélie", "Mathy"), ("Murat", "Öztürk")])
    f, fb = LMONO, LMONO_B
    sh = Sheet()
    sh.text(20, 14, glyphs(f"{g} {s_}", fb), font=fb, size_pt=11)
    sh.text(20, 19.5, "Beëdigd vertaler-tolk Turks, Rechtbank van eerste aanleg Brussel" if nl else
            "Traducteur-interprète juré turc, Tribunal de première instance de Bruxelles", font=f, size_pt=8.2)
    sh.text(20, 24, "Stalingradlaan 12, 1000 Brussel" if nl else "Avenue de Stalingrad 12, 1000 Bruxelles", font=f,
            size_pt=8.2, color=GREY)
    sh.text(190, 14, f"Rep. {issue.year}/{rng.randint(100, 999)}", font=f, size_pt=8.5, anchor="right")
    sh.text(105, 40, "VERTALING UIT HET TURKS" if nl else "TRADUCTION DU TURC", font=fb, size_pt=12, anchor="center")
    y = 52
    for ln in (["[Wapen van de Republiek Turkije]", "T.C. – MINISTERIE VAN BINNENLANDSE ZAKEN",
                "Algemene Directie Bevolking en Burgerschap", "UITTREKSEL UIT HET GEBOORTEREGISTER"] if nl else
               ["[Armoiries de la République de Turquie]", "T.C. – MINISTÈRE DE L'INTÉRIEUR",
                "Direction générale de la population et de la citoyenneté", "EXTRAIT DU REGISTRE DES NAISSANCES"]):
        sh.text(24, y, ln, font=f, size_pt=9.5)
        y += 5.5
    y += 5
    for a, b in _tr_rows(person, tgt):
        sh.text(24, y, f"{a}:", font=f, size_pt=9.8)
        sh.text(90, y, glyphs(b, f), font=fb, size_pt=9.8)
        y += 6
    y += 4
    sh.text(24, y, "[Handtekening en ronde stempel van de Nüfus Müdürü]" if nl else
            "[Signature et cachet rond du Directeur de la population]", font=f, size_pt=9)
    y += 16
    cert = (f"Ik, ondergetekende, {g} {s_}, beëdigd vertaler, verklaar dat de bovenstaande vertaling getrouw en "
            f"volledig is. Brussel, {nl_long(issue)}." if nl else
            f"Je soussigné(e), {g} {s_}, traducteur juré, certifie la présente traduction fidèle et conforme à "
            f"l'original turc. Bruxelles, le {fr_long(issue)}.")
    yy = y
    for ln in wrap(cert, 110, f, 9.5):
        sh.text(24, yy, ln, font=f, size_pt=9.5)
        yy += 5
    sh.signature(142, y - 2, 40, 14, rng, color=INK)
    sh.stamp(146, y + 14, [f"{g} {s_}".upper(), "BEËDIGD VERTALER" if nl else "TRADUCTEUR JURÉ", "BRUSSEL"
                           if nl else "BRUXELLES"], rng, shape="round", size_mm=28, color=ST_BLUE)
    sh.text(190, 285, f"{g[0]}{s_[0]} – {issue.year}/{rng.randint(100, 999)}", font=f, size_pt=7.5, anchor="right",
            color=GREY)
    return [sh]


def translation_nl(person, rng, *, issue_date=None, of_type="birth-certificate", source_lang="tr",
                   target_lang=None, **opts):
    """A Dutch sworn translator registered in the Wbtv register: the translation in Caladea on the translator's
    letter paper with a coloured left margin band, the original's sections as bold run-in heads, the data in a
    framed table; the 'Verklaring van de vertaler' with the Wbtv number, the signature BELOW it and the translator's
    rectangular stamp beside the signature; the original's first line repeated at the top as identification."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(8, 60))
    g, s_ = rng.choice([("Zeynep", "Aksoy"), ("Marloes", "Dijkman"), ("Hakan", "Doğan")])
    sh = Sheet()
    sh.rect(0, 0, 12, 297, width_mm=0, fill=(176, 36, 60))
    sh.text(22, 14, glyphs(f"{g} {s_}", CAL_B), font=CAL_B, size_pt=12.5)
    sh.text(22, 20, "Beëdigd vertaler Turks – Nederlands · Wbtv-nr. " + _digits(rng, 5), font=CAL, size_pt=9,
            color=GREY)
    sh.text(22, 25, "Coolsingel 88, 3011 AG Rotterdam", font=CAL, size_pt=9, color=GREY)
    sh.text(22, 38, "Vertaling uit het Turks van: „DOĞUM KAYIT ÖRNEĞİ”", font=CAL_B, size_pt=11.5)
    y = 50
    for ln in ("Republiek Turkije – Ministerie van Binnenlandse Zaken – Directoraat-generaal Bevolkings- en "
               "Burgerschapszaken.", "Uittreksel uit het geboorteregister."):
        y = sh.paragraph(22, y, 168, ln, font=CAL, size_pt=10.5) + 1.5
    y += 4
    for a, b in _tr_rows(person, "nl"):
        sh.rect(22, y, 60, 8, width_mm=0.25, fill=(246, 236, 238))
        sh.rect(82, y, 108, 8, width_mm=0.25)
        sh.text(24, y + 2, a, font=CAL, size_pt=10)
        sh.text(84, y + 2, glyphs(b, CAL_B), font=CAL_B, size_pt=10)
        y += 8
    y += 6
    y = sh.paragraph(22, y, 168, "(Ondertekening door de directeur bevolkingszaken; rond stempel van het "
                     "bevolkingsbureau; barcode en verificatiecode.)", font=CAL_I, size_pt=9.5) + 8
    sh.text(22, y, "Verklaring van de vertaler", font=CAL_B, size_pt=10.5)
    y = sh.paragraph(22, y + 6, 168, f"Ondergetekende, {g} {s_}, beëdigd vertaler, ingeschreven in het register "
                     f"van beëdigde tolken en vertalers, verklaart dat deze vertaling getrouw en volledig is. "
                     f"Rotterdam, {nl_long(issue)}.", font=CAL, size_pt=10.2)
    sh.signature(24, y + 4, 42, 14, rng, color=INK)
    sh.stamp(74, y + 4, [f"{g} {s_}", "beëdigd vertaler", "Rotterdam"], rng, shape="rect", size_mm=36,
             color=ST_VIOLET, angle=rng.uniform(-4, 4))
    return [sh]


_register("translation-be-brussel-mono-twee-kolommen-handtekening-rechts-van-verklaring-37", "translation", PART,
          "nl/fr", translation_be, country="BEL",
          notes="Brussels sworn translation typed in mono, rows in two columns, signature right of the certification")
_register("translation-nl-rotterdam-rode-kantlijn-kadertabel-wbtv-37", "translation", PART, "nl", translation_nl,
          country="NLD", notes="Dutch sworn translation with a red margin band, framed table, Wbtv declaration")
