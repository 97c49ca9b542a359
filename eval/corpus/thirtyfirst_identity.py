"""Identity and civil-status families of the `thirtyfirst` part (registered in identity.FAMILIES).

Written after dev, heldout and the parts fresh to thirtieth had been read, by a writer who saw neither the
validator nor its output, from the seeds and from how such papers look in Belgian and Dutch files.  The families
themselves are described only in their docstrings (the part is read blind).

The small drawing helpers of twentyeighth_identity (glyph fallback, fitting, wrapping, pasting, codes, the phone
photo on a table) are reused; this part's own faces (URW's Nimbus Roman and Nimbus Sans Narrow, Courier Prime Sans,
DejaVu Serif Condensed, URW Gothic) and copy habits (dust and a hair on the copier's glass, the photographer's own
shadow over a phone photo, a dried water stain, a phone photo of a laptop screen, punched holes with white
reinforcement rings, a sheet torn from a spiral notebook, a lawyer's handwritten certification) follow below.
"""

from __future__ import annotations

import datetime
import math
import random

from PIL import Image, ImageChops, ImageDraw, ImageFilter

from . import mrz as M
from .identity import TODAY, _dates, _digits, _mrz_data, _register
from .paper import Sheet
from .people import strip_accents
from .twentyeighth_identity import barcode, camera_photo, fit, glyphs, paste, qr, sheet_of, wrap

PART = "thirtyfirst"
GREY = (100, 100, 100)
INK = (22, 34, 120)
INK_K = (28, 28, 34)
ST_BLUE = (36, 60, 158)
ST_VIOLET = (104, 44, 132)
ST_RED = (172, 30, 40)
ST_GREEN = (24, 102, 62)
OCR = 2.54 / 0.602 / (25.4 / 72)

# this part's faces (all from the packages of eval/corpus/APT_PACKAGES)
_U = "/usr/share/fonts/opentype/urw-base35"
_DV = "/usr/share/fonts/truetype/dejavu"
_CP = "/usr/share/fonts/opentype/courier-prime"
ROMAN = f"{_U}/NimbusRoman-Regular.otf"
ROMAN_B = f"{_U}/NimbusRoman-Bold.otf"
ROMAN_I = f"{_U}/NimbusRoman-Italic.otf"
NARROW = f"{_U}/NimbusSansNarrow-Regular.otf"
NARROW_B = f"{_U}/NimbusSansNarrow-Bold.otf"
GOTHIC = f"{_U}/URWGothic-Book.otf"
GOTHIC_B = f"{_U}/URWGothic-Demi.otf"
BOOK_I = f"{_U}/URWBookman-LightItalic.otf"
CPSANS = f"{_CP}/Courier Prime Sans.otf"
CPSANS_B = f"{_CP}/Courier Prime Sans Bold.otf"
SERIFC = f"{_DV}/DejaVuSerifCondensed.ttf"
SERIFC_B = f"{_DV}/DejaVuSerifCondensed-Bold.ttf"
LIGHT = f"{_DV}/DejaVuSans-ExtraLight.ttf"

_MOIS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
_MAAND = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]
_MONAT = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
]
_AY = [
    "Ocak",
    "Şubat",
    "Mart",
    "Nisan",
    "Mayıs",
    "Haziran",
    "Temmuz",
    "Ağustos",
    "Eylül",
    "Ekim",
    "Kasım",
    "Aralık",
]
_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_ONES = [
    "",
    "un",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "onze",
    "douze",
    "treize",
    "quatorze",
    "quinze",
    "seize",
    "dix-sept",
    "dix-huit",
    "dix-neuf",
]
_ORD = {
    1: "premier",
    2: "deuxième",
    3: "troisième",
    4: "quatrième",
    5: "cinquième",
    6: "sixième",
    7: "septième",
    8: "huitième",
    9: "neuvième",
    10: "dixième",
    11: "onzième",
    12: "douzième",
    13: "treizième",
    14: "quatorzième",
    15: "quinzième",
    16: "seizième",
    17: "dix-septième",
    18: "dix-huitième",
    19: "dix-neuvième",
    20: "vingtième",
    21: "vingt et unième",
    22: "vingt-deuxième",
    23: "vingt-troisième",
    24: "vingt-quatrième",
    25: "vingt-cinquième",
    26: "vingt-sixième",
    27: "vingt-septième",
    28: "vingt-huitième",
    29: "vingt-neuvième",
    30: "trentième",
    31: "trente et unième",
}


def fr_long(d: datetime.date) -> str:
    return f"{'1er' if d.day == 1 else d.day} {_MOIS[d.month - 1]} {d.year}"


def nl_long(d: datetime.date) -> str:
    return f"{d.day} {_MAAND[d.month - 1]} {d.year}"


def de_long(d: datetime.date) -> str:
    return f"{d.day}. {_MONAT[d.month - 1]} {d.year}"


def tr_long(d: datetime.date) -> str:
    return f"{d.day} {_AY[d.month - 1]} {d.year}"


def en_long(d: datetime.date) -> str:
    return f"{d.day} {_EN[d.month - 1]} {d.year}"


def _num_fr(n: int) -> str:
    if n < 20:
        return _ONES[n]
    t, u = divmod(n, 10)
    if t in (7, 9):
        return (
            ("soixante" if t == 7 else "quatre-vingt")
            + ("-et-" if (t == 7 and u == 1) else "-")
            + _ONES[10 + u]
        )
    if t == 8:
        return "quatre-vingt" + ("s" if u == 0 else "-" + _ONES[u])
    tens = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}[t]
    return tens + ("" if u == 0 else (" et un" if u == 1 else "-" + _ONES[u]))


def year_words_fr(y: int) -> str:
    """'mil neuf cent quatre-vingt-six' / 'deux mille vingt-quatre' (as the Kinshasa registers write them)."""
    th, r = divmod(y, 1000)
    h, r2 = divmod(r, 100)
    s = "mil" if th == 1 else _ONES[th] + " mille"
    if h:
        s += " " + ("cent" if h == 1 else _ONES[h] + " cent")
    if r2:
        s += " " + _num_fr(r2)
    return s


def act_opening_fr(d: datetime.date) -> str:
    """'L'an mil neuf cent quatre-vingt-six, le douzième jour du mois de mars'."""
    return f"L'an {year_words_fr(d.year)}, le {_ORD[d.day]} jour du mois de {_MOIS[d.month - 1]}"


def fpath_w(s: str, font: str, size: float) -> float:
    from .paper import text_width_mm

    return text_width_mm(s, font, size)


# --------------------------------------------------------------------------- this part's copy habits


def platen_dust(img: Image.Image, rng: random.Random, *, n: int = 70, hair: bool = True) -> Image.Image:
    """Dust on the copier's glass: grey specks of every size and, now and then, a curled hair."""
    img = img.convert("RGB")
    W, H = img.size
    d = ImageDraw.Draw(img)
    k = W / 1700.0
    for _ in range(n):
        x, y = rng.uniform(0, W), rng.uniform(0, H)
        r = rng.uniform(0.6, 2.4) * k
        v = rng.randint(40, 140)
        d.ellipse([x - r, y - r, x + r, y + r], fill=(v, v, v))
    if hair:
        x, y = rng.uniform(0.1, 0.9) * W, rng.uniform(0.1, 0.9) * H
        a = rng.uniform(0, 2 * math.pi)
        pts = [(x, y)]
        for _ in range(70):
            a += rng.uniform(-0.22, 0.22)
            x += math.cos(a) * 4 * k
            y += math.sin(a) * 4 * k
            pts.append((x, y))
        d.line(pts, fill=(46, 40, 36), width=max(1, int(1.6 * k)))
    return img


def own_shadow(img: Image.Image, rng: random.Random, *, strength: float = 0.32) -> Image.Image:
    """A phone photo taken under a ceiling lamp: the photographer's head and shoulder fall as a soft shadow over one
    lower corner of the picture."""
    img = img.convert("RGB")
    W, H = img.size
    m = Image.new("L", (W, H), 0)
    d = ImageDraw.Draw(m)
    right = rng.random() < 0.5
    cx = W * (0.82 if right else 0.18)
    d.ellipse([cx - W * 0.16, H * 0.78, cx + W * 0.16, H * 1.05], fill=255)
    d.ellipse([cx - W * 0.42, H * 0.92, cx + W * 0.42, H * 1.35], fill=255)
    m = m.filter(ImageFilter.GaussianBlur(W / 28))
    dark = m.point(lambda v: int(255 - v * strength))
    return ImageChops.multiply(img, Image.merge("RGB", [dark, dark, dark]))


def water_stain(
    img: Image.Image, rng: random.Random, *, where: tuple[float, float] | None = None, r: float = 0.16
) -> Image.Image:
    """A drop of water dried on the paper before it was copied: a faint brownish patch with a darker tide line."""
    img = img.convert("RGB")
    W, H = img.size
    cx, cy = where or (rng.uniform(0.25, 0.8), rng.uniform(0.2, 0.85))
    cx, cy = cx * W, cy * H
    R = r * W
    n = 40
    ph = [rng.uniform(0, 2 * math.pi) for _ in range(3)]
    pts = []
    for i in range(n):
        a = 2 * math.pi * i / n
        rr = R * (
            1
            + 0.18 * math.sin(2 * a + ph[0])
            + 0.1 * math.sin(3 * a + ph[1])
            + 0.06 * math.sin(5 * a + ph[2])
        )
        pts.append((cx + rr * math.cos(a), cy + rr * 0.8 * math.sin(a)))
    fill = Image.new("L", (W, H), 0)
    ImageDraw.Draw(fill).polygon(pts, fill=255)
    line = Image.new("L", (W, H), 0)
    ImageDraw.Draw(line).line(pts + [pts[0]], fill=255, width=max(2, int(W / 400)))
    fill = fill.filter(ImageFilter.GaussianBlur(W / 300))
    line = line.filter(ImageFilter.GaussianBlur(W / 900))
    tint = Image.new("RGB", (W, H), (246, 236, 214))
    tide = Image.new("RGB", (W, H), (196, 170, 130))
    out = Image.composite(ImageChops.multiply(img, tint), img, fill)
    out = Image.composite(ImageChops.multiply(out, tide), out, line.point(lambda v: int(v * 0.7)))
    return out


def screen_photo(
    sub: Sheet, rng: random.Random, *, title: str, dpi: int = 150, desk=(70, 62, 58)
) -> Image.Image:
    """The document shown full-width in a PDF viewer on a laptop and photographed with a phone: the viewer's dark
    title bar, the grey area round the page, a faint pixel grid and moiré, a cold screen tint and the laptop's
    black bezel, the whole on a desk and a little keystoned."""
    page = sub.render(dpi)
    pw, ph = page.size
    W = int(pw * 1.18)
    H = int(W * 10 / 16)
    scr = Image.new("RGB", (W, H), (82, 86, 90))
    d = ImageDraw.Draw(scr)
    bar = int(H * 0.05)
    d.rectangle([0, 0, W, bar], fill=(38, 40, 44))
    from .paper import _font_path, _pil_font

    d.text(
        (bar, bar * 0.22), title, font=_pil_font(_font_path("sans3"), int(bar * 0.5)), fill=(220, 220, 220)
    )
    d.text(
        (W - bar * 6, bar * 0.22),
        "125 %   1 / 1",
        font=_pil_font(_font_path("sans3"), int(bar * 0.5)),
        fill=(200, 200, 200),
    )
    # the page is shown wider than the screen is high: only its upper part is visible
    top = bar + int(H * 0.02)
    vis = page.crop((0, 0, pw, min(ph, H - top)))
    scr.paste(vis, ((W - pw) // 2, top))
    grid = Image.new("L", (W, H), 255)
    gd = ImageDraw.Draw(grid)
    step = max(3, W // 520)
    for x in range(0, W, step):
        gd.line([(x, 0), (x, H)], fill=238)
    for y in range(0, H, step):
        gd.line([(0, y), (W, y)], fill=242)
    wave = Image.linear_gradient("L").resize((W, H)).rotate(rng.uniform(20, 70))
    wave = wave.point(lambda v: int(247 + 8 * math.sin(v / 255 * 2 * math.pi * 9)))
    shade = ImageChops.multiply(grid, wave)
    scr = ImageChops.multiply(scr, Image.merge("RGB", [shade, shade, shade]))
    scr = ImageChops.multiply(scr, Image.new("RGB", (W, H), (232, 240, 255)))
    b = int(W * 0.025)
    framed = Image.new("RGB", (W + 2 * b, H + 2 * b), (16, 16, 18))
    framed.paste(scr, (b, b))
    sh = sheet_of(framed, 300, 300 * framed.height / framed.width)
    return camera_photo(sh, rng, dpi=int(framed.width / 300 * 25.4), bg=desk, margin=0.06, tilt=0.035)


def _ring_img() -> Image.Image:
    im = Image.new("RGBA", (240, 240), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.ellipse([4, 4, 236, 236], fill=(252, 252, 250, 255), outline=(190, 190, 186, 255), width=3)
    d.ellipse([72, 72, 168, 168], fill=(70, 70, 72, 255))
    return im


def punched_rings(sh: Sheet, *, x: float = 7.0, ys=(108.5, 188.5), size: float = 13.0) -> None:
    """Two binder holes punched through the copy, each stuck over with a white reinforcement ring."""
    for y in ys:
        sh.image(x, y - size / 2, size, size, _ring_img())


def torn_notebook(img: Image.Image, rng: random.Random) -> Image.Image:
    """A sheet torn from a spiral notebook: the ragged left edge where the perforation tore, the spiral's holes
    along it, the copier's lid dark beyond the edge."""
    img = img.convert("RGB")
    W, H = img.size
    m = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(m)
    x0 = W * 0.035
    pts = [(0, 0)]
    y = 0.0
    while y < H:
        pts.append((x0 + rng.uniform(-W * 0.006, W * 0.006), y))
        y += H / 160
    pts += [(0, H)]
    d.polygon(pts, fill=0)
    for y in range(int(H * 0.03), H, int(H / 34)):
        d.ellipse([x0 + W * 0.012, y, x0 + W * 0.03, y + H * 0.008], fill=0)
    lid = Image.new("RGB", (W, H), (58, 58, 62))
    return Image.composite(img, lid, m)


def pen_certification(
    sh: Sheet,
    x: float,
    y: float,
    rng: random.Random,
    *,
    lang: str = "fr",
    who: str = "",
    when: datetime.date | None = None,
) -> None:
    """The lawyer's own certification written with a pen across the copy: 'Copie certifiée conforme à
    l'original' / 'Voor eensluidend afschrift', the date, a signature."""
    when = when or TODAY - datetime.timedelta(days=rng.randint(4, 45))
    txt = {
        "fr": "Copie certifiée conforme à l'original",
        "nl": "Voor eensluidend afschrift",
        "en": "Certified true copy of the original",
    }[lang]
    hf = rng.choice(["hand1", "hand2"])
    sh.handwriting(x, y, glyphs(txt, hf), rng, size_pt=12, color=INK, font=hf)
    sh.handwriting(
        x,
        y + 7,
        glyphs(f"{who + ', ' if who else ''}{when.strftime('%d/%m/%Y')}", hf),
        rng,
        size_pt=11,
        color=INK,
        font=hf,
    )
    sh.signature(x + 62, y + 4, 34, 12, rng, color=INK)


# --------------------------------------------------------------------------- passports


def _df_cod(d):
    return d.strftime("%d/%m/%Y")


def _df_ben(d):
    return f"{d.day:02d} {d.month:02d} {d.year}"


def _df_tur(d):
    return d.strftime("%d.%m.%Y")


def _df_sur(d):
    return f"{d.day:02d}-{d.month:02d}-{d.year}"


_PP = {
    "COD": dict(
        state="RÉPUBLIQUE DÉMOCRATIQUE DU CONGO",
        state2="DEMOCRATIC REPUBLIC OF THE CONGO",
        col=(0, 104, 186),
        acc=(247, 212, 23),
        tint=(236, 243, 250),
        nat="CONGOLAISE",
        caps=[
            "Type",
            "Code",
            "Passeport n° · Passport No.",
            "Nom · Surname",
            "Prénoms · Given names",
            "Nationalité · Nationality",
            "Date de naissance · Date of birth",
            "Sexe · Sex",
            "Lieu de naissance · Place of birth",
            "Date de délivrance · Date of issue",
            "Date d'expiration · Date of expiry",
            "Autorité · Authority",
        ],
        title="PASSEPORT · PASSPORT",
        auth="MINAFFET KINSHASA",
        years=5,
        df=_df_cod,
        num=lambda r: "OP" + _digits(r, 7),
        pnum=None,
    ),
    "BEN": dict(
        state="RÉPUBLIQUE DU BÉNIN",
        state2="REPUBLIC OF BENIN",
        col=(0, 126, 78),
        acc=(232, 17, 45),
        tint=(240, 247, 236),
        nat="BÉNINOISE",
        caps=[
            "Type",
            "Code",
            "N° du passeport · Passport No.",
            "Nom · Surname",
            "Prénoms · Given names",
            "Nationalité · Nationality",
            "Date de naissance · Date of birth",
            "Sexe · Sex",
            "Lieu de naissance · Place of birth",
            "Date de délivrance · Date of issue",
            "Date d'expiration · Date of expiry",
            "Autorité · Authority",
        ],
        title="PASSEPORT · PASSPORT",
        auth="DEI COTONOU",
        years=5,
        df=_df_ben,
        num=lambda r: "B" + _digits(r, 7),
        pnum=("NPI · Personal No.", lambda r: _digits(r, 10)),
    ),
    "TUR": dict(
        state="TÜRKİYE CUMHURİYETİ",
        state2="REPUBLIC OF TÜRKİYE",
        col=(196, 18, 48),
        acc=(196, 18, 48),
        tint=(248, 238, 240),
        nat="T.C. · TUR",
        caps=[
            "Tipi · Type",
            "Ülke kodu · Code",
            "Pasaport No · Passport No",
            "Soyadı · Surname",
            "Adı · Given names",
            "Uyruğu · Nationality",
            "Doğum tarihi · Date of birth",
            "Cinsiyeti · Sex",
            "Doğum yeri · Place of birth",
            "Veriliş tarihi · Date of issue",
            "Geçerlilik tarihi · Date of expiry",
            "Makam · Authority",
        ],
        title="PASAPORT · PASSPORT",
        auth="T.C. İÇİŞLERİ BAKANLIĞI",
        years=10,
        df=_df_tur,
        num=lambda r: "U" + _digits(r, 8),
        pnum=("T.C. Kimlik No · Personal No.", lambda r: "1" + _digits(r, 10)),
    ),
    "SUR": dict(
        state="REPUBLIEK SURINAME",
        state2="REPUBLIC OF SURINAME",
        col=(30, 110, 60),
        acc=(200, 30, 44),
        tint=(238, 245, 238),
        nat="SURINAAMSE · SURINAMESE",
        caps=[
            "Type",
            "Code",
            "Paspoortnummer · Passport No.",
            "Naam · Surname",
            "Voornamen · Given names",
            "Nationaliteit · Nationality",
            "Geboortedatum · Date of birth",
            "Geslacht · Sex",
            "Geboorteplaats · Place of birth",
            "Datum van afgifte · Date of issue",
            "Geldig tot · Date of expiry",
            "Autoriteit · Authority",
        ],
        title="PASPOORT · PASSPORT",
        auth="CBB PARAMARIBO",
        years=5,
        df=_df_sur,
        num=lambda r: "PA" + _digits(r, 6),
        pnum=None,
    ),
}


def _pp_data(code, person, rng, issue_date, expiry_date, break_check, mrz_override, number):
    cfg = _PP[code]
    issue, expiry = _dates(rng, issue_date, expiry_date, cfg["years"])
    number = number or cfg["num"](rng)
    md = _mrz_data(person, mrz_override)
    lines = M.td3(
        issuing=code,
        surname=md["surname"],
        given=md["given_names"],
        number=md.get("number", number[-9:]),
        nationality=md["nationality"],
        birth_date=md["birth_date"],
        sex=md["sex"],
        expiry=expiry,
        break_check=break_check,
    )
    return issue, expiry, number, lines


def _pp_page(code, person, rng, number, issue, expiry, lines) -> Sheet:
    """The data page of this part: the state's name across the top in its colour over a fine wave guilloche, the
    photo tall at the left with the holder's signature under it, every value on its own pale band with its
    bilingual caption in small italics at the band's RIGHT end (caption after the value), a small faded ghost
    image at the lower right, the document number repeated vertically along the right edge."""
    cfg = _PP[code]
    col = cfg["col"]
    f, fb = NARROW, NARROW_B
    s = Sheet(125, 88)
    s.rect(0, 0, 125, 88, width_mm=0, fill=cfg["tint"])
    for k in range(9):
        pts = [(x, 8 + k * 6 + 1.6 * math.sin(x / 7 + k)) for x in range(0, 126, 3)]
        for (x1, y1), (x2, y2) in zip(pts, pts[1:]):
            s.rule(x1, y1, x2, y2, width_mm=0.06, color=tuple(max(0, v - 22) for v in cfg["tint"]))
    s.rect(0, 0, 125, 2.2, width_mm=0, fill=col)
    s.rect(0, 2.2, 125, 0.8, width_mm=0, fill=cfg["acc"])
    st = glyphs(cfg["state"], fb)
    s.text(36, 4.2, st, font=fb, size_pt=fit(st, fb, 7.4, 84), color=col)
    s.text(36, 7.8, glyphs(cfg["state2"] + "   " + cfg["title"], f), font=f, size_pt=4.6, color=(80, 80, 80))
    s.photo(4, 5, 27, 35, rng)
    s.signature(5, 41, 25, 7, rng, color=(20, 20, 30))
    gh = Image.new("RGBA", (120, 150), (0, 0, 0, 0))
    m = Image.new("L", (120, 150), 0)
    ImageDraw.Draw(m).ellipse([28, 18, 92, 100], fill=46)
    ImageDraw.Draw(m).rectangle([12, 96, 108, 150], fill=46)
    gh.putalpha(m)
    s.image(103, 44, 11, 14, gh)
    vals = [
        "P",
        code,
        number,
        person.surname.upper(),
        person.given_names.upper(),
        cfg["nat"],
        cfg["df"](person.birth_date),
        person.sex,
        strip_accents(person.birth_place).upper(),
        cfg["df"](issue),
        cfg["df"](expiry),
        cfg["auth"],
    ]
    rows = [
        [(0, 10), (1, 14), (2, 38)],
        [(3, 62)],
        [(4, 62)],
        [(5, 36), (7, 24)],
        [(6, 36), (8, 24)],
        [(9, 31), (10, 31)],
        [(11, 62)],
    ]
    y = 12.0
    for row in rows:
        x = 36.0
        for i, w in row:
            s.rect(x, y, w + 2.5, 5.6, width_mm=0, fill=(252, 252, 250))
            v = glyphs(vals[i], fb)
            cap = glyphs(cfg["caps"][i], f)
            cs = 3.2
            cw = fpath_w(cap, f, cs)
            vs = fit(v, fb, 6.6, max(6.0, w - cw - 1.5))
            s.text(x + 0.8, y + 0.9, v, font=fb, size_pt=vs)
            s.text(x + w + 1.8, y + 3.1, cap, font=f, size_pt=cs, color=col, anchor="right")
            x += w + 4
        y += 6.6
    if cfg["pnum"]:
        lab, gen = cfg["pnum"]
        s.text(36, y + 0.4, glyphs(f"{lab}: {gen(rng)}", f), font=f, size_pt=4.4, color=(60, 60, 60))
    band = Image.new("RGBA", (520, 46), (0, 0, 0, 0))
    from .paper import _font_path, _pil_font

    ImageDraw.Draw(band).text(
        (4, 4), number, font=_pil_font(_font_path("mono2"), 34), fill=(150, 40, 40, 255)
    )
    s.image(120.5, 12, 3.4, 38, band.rotate(90, expand=True))
    s.rect(0, 61, 125, 27, width_mm=0, fill=(253, 253, 251))
    for i, ln in enumerate(lines):
        s.text(4.0, 70.5 + i * 5.4, ln, font="ocrb", size_pt=OCR, color=(14, 14, 14))
    return s


def _passport(code: str, habit: str):
    def make(
        person,
        rng,
        *,
        issue_date=None,
        expiry_date=None,
        break_check=None,
        mrz_override=None,
        crop=False,
        number=None,
        annotate=None,
        **opts,
    ):
        issue, expiry, number, lines = _pp_data(
            code, person, rng, issue_date, expiry_date, break_check, mrz_override, number
        )
        page = _pp_page(code, person, rng, number, issue, expiry, lines)
        if crop:
            return [page]
        if habit == "dust":
            # the booklet laid on the lower half of the glass, dust and a hair on the glass, the lawyer's pen
            # certification written in the empty upper half
            sh = Sheet()
            paste(sh, page, 30, 150, k=1.15, dpi=300)
            pen_certification(sh, 30, 60, rng, lang="fr")
            if annotate:
                sh.handwriting(30, 40, annotate, rng, size_pt=12)
            return [sheet_of(platen_dust(sh.render(220), rng))]
        if habit == "shadow":
            # the client photographed the open page on a table under the ceiling lamp; the office printed it on A4
            img = own_shadow(camera_photo(page, rng, dpi=260, bg=(164, 132, 96), margin=0.1, tilt=0.03), rng)
            sh = Sheet()
            w = 176
            sh.image(17, 20, w, w * img.height / img.width, img)
            if annotate:
                sh.handwriting(20, 200, annotate, rng, size_pt=12)
            return [sh]
        if habit == "screen":
            # the client opened a scan of the page on a laptop and photographed the screen; printed on A4
            img = screen_photo(
                page, rng, title=f"scan_pasaport_{person.surname.split()[0].lower()}.pdf", dpi=250
            )
            sh = Sheet()
            w = 186
            sh.image(12, 24, w, w * img.height / img.width, img)
            if annotate:
                sh.handwriting(14, 170, annotate, rng, size_pt=12)
            return [sh]
        # "rings": copied in the middle of the sheet, punched for the binder, a water stain in the margin
        sh = Sheet()
        paste(sh, page, 42, 96, dpi=300)
        punched_rings(sh)
        if annotate:
            sh.handwriting(42, 200, annotate, rng, size_pt=12)
        return [
            sheet_of(
                water_stain(
                    sh.render(220), rng, where=(rng.uniform(0.6, 0.8), rng.uniform(0.72, 0.86)), r=0.11
                )
            )
        ]

    return make


_register(
    "passport-td3-cod-waardebanden-bijschrift-rechts-stof-op-glas-pen-conform-31",
    "identity-document",
    PART,
    "fr/en",
    _passport("COD", "dust"),
    country="COD",
    mrz="TD3",
    photo=True,
    notes="Congolese passport copied on the lower half with dust on the glass, the lawyer's pen certification",
)
_register(
    "passport-td3-ben-waardebanden-telefoonfoto-eigen-schaduw-31",
    "identity-document",
    PART,
    "fr/en",
    _passport("BEN", "shadow"),
    country="BEN",
    mrz="TD3",
    photo=True,
    notes="Beninese passport photographed on a table, the photographer's shadow over a corner",
)
_register(
    "passport-td3-tur-waardebanden-foto-van-laptopscherm-31",
    "identity-document",
    PART,
    "tr/en",
    _passport("TUR", "screen"),
    country="TUR",
    mrz="TD3",
    photo=True,
    notes="Turkish passport: a phone photo of a scan shown on a laptop screen, printed on A4",
)
_register(
    "passport-td3-sur-waardebanden-geperforeerd-ringen-watervlek-31",
    "identity-document",
    PART,
    "nl/en",
    _passport("SUR", "rings"),
    country="SUR",
    mrz="TD3",
    photo=True,
    notes="Surinamese passport copied in the middle of the sheet, punched with reinforcement rings, a water stain",
)


# --------------------------------------------------------------------------- Beninese identity card


def idcard_ben(
    person,
    rng,
    *,
    issue_date=None,
    expiry_date=None,
    break_check=None,
    mrz_override=None,
    crop=False,
    annotate=None,
    **opts,
):
    """Benin's biometric identity card (ECOWAS model): the front with a green-yellow-red stripe down the left edge,
    the photo at the left, the data in two narrow columns, the NPI in bold; the back with the address, the
    issuing office and the MRZ.  Copied enlarged to 150 %, front above back, punched with reinforcement rings,
    with the lawyer's pen certification written across the gap between the two cards."""
    issue, expiry = _dates(rng, issue_date, expiry_date, 10)
    npi = _digits(rng, 10)
    num = "BJ" + _digits(rng, 7)
    md = _mrz_data(person, mrz_override)
    lines = M.td1(
        doc_code="ID",
        issuing="BEN",
        number=md.get("number", num),
        nationality=md["nationality"],
        birth_date=md["birth_date"],
        sex=md["sex"],
        expiry=expiry,
        surname=md["surname"],
        given=md["given_names"],
        optional1=npi,
        break_check=break_check,
    )
    f, fb = NARROW, NARROW_B
    fr = Sheet(85.6, 54)
    fr.rect(0, 0, 85.6, 54, width_mm=0, fill=(246, 248, 240))
    for k, c in enumerate(((0, 135, 81), (252, 209, 22), (232, 17, 45))):
        fr.rect(0, k * 18, 2.4, 18, width_mm=0, fill=c)
    fr.text(44, 1.6, "RÉPUBLIQUE DU BÉNIN", font=fb, size_pt=6.2, anchor="center", color=(0, 110, 70))
    fr.text(
        44, 4.6, "CARTE D'IDENTITÉ BIOMÉTRIQUE · ECOWAS IDENTITY CARD", font=f, size_pt=3.8, anchor="center"
    )
    fr.photo(4.5, 10, 21, 27, rng)
    fr.signature(4.5, 40, 21, 7, rng, color=INK_K)
    L = [
        ("Nom / Surname", person.surname.upper()),
        ("Prénoms / Given names", person.given_names.upper()),
        ("Sexe / Sex", person.sex),
        ("Nationalité / Nationality", "BEN"),
        ("Date de naissance / Date of birth", person.birth_date.strftime("%d.%m.%Y")),
        ("Lieu de naissance / Place of birth", strip_accents(person.birth_place).upper()),
        ("Date d'expiration / Date of expiry", expiry.strftime("%d.%m.%Y")),
    ]
    y = 9.5
    for i, (a, b) in enumerate(L):
        x = 29 if i not in (3, 6) else 60
        if i in (3, 6):
            y -= 5.6
        fr.text(x, y, a, font=f, size_pt=3.0, color=(90, 90, 90))
        fr.text(
            x, y + 1.3, glyphs(b, fb), font=fb, size_pt=fit(glyphs(b, fb), fb, 5.8, 30 if x == 29 else 24)
        )
        y += 5.6
    fr.text(29, y + 0.8, f"NPI  {npi}", font=fb, size_pt=6.4)
    bk = Sheet(85.6, 54)
    bk.rect(0, 0, 85.6, 54, width_mm=0, fill=(242, 244, 238))
    rows = [
        ("Adresse / Address", rng.choice(["COTONOU 12E ARR.", "PORTO-NOVO", "ABOMEY-CALAVI", "PARAKOU"])),
        ("Délivrée le / Issued", issue.strftime("%d.%m.%Y")),
        ("Autorité / Authority", "ANIP"),
        ("N° de carte / Card No.", num),
    ]
    for i, (a, b) in enumerate(rows):
        bk.text(4 + (i % 2) * 42, 2.5 + (i // 2) * 7, a, font=f, size_pt=2.8, color=(90, 90, 90))
        bk.text(4 + (i % 2) * 42, 3.8 + (i // 2) * 7, b, font=fb, size_pt=4.6)
    qr(bk, 66, 16, 15, npi)
    for i, ln in enumerate(lines):
        bk.text(3, 33 + i * 5.4, ln, font="ocrb", size_pt=OCR, color=(12, 12, 12))
    if crop:
        return [fr, bk]
    sh = Sheet()
    paste(sh, fr, 40, 26, k=1.5, dpi=300)
    paste(sh, bk, 40, 150, k=1.5, dpi=300)
    pen_certification(sh, 44, 116, rng, lang="fr")
    punched_rings(sh)
    if annotate:
        sh.handwriting(40, 240, annotate, rng, size_pt=12)
    return [sheet_of(platen_dust(sh.render(220), rng, n=40, hair=False))]


_register(
    "idcard-td1-ben-biometrisch-150-procent-ringen-pen-conform-31",
    "identity-document",
    PART,
    "fr/en",
    idcard_ben,
    country="BEN",
    mrz="TD1",
    photo=True,
    notes="Beninese biometric card enlarged 150 %, front above back, punched with rings, pen certification",
)


# --------------------------------------------------------------------------- Dutch residence document


def permit_nl(
    person,
    rng,
    *,
    issue_date=None,
    expiry_date=None,
    break_check=None,
    mrz_override=None,
    purpose=None,
    v_number=None,
    crop=False,
    **opts,
):
    """A Dutch residence document copied by the client at home on an inkjet all-in-one: front and back side by
    side in the LOWER part of the sheet (the cards laid near the glass's lower edge), printed in grey, dust and a
    hair on the glass, 'voorkant' / 'achterkant' written above them."""
    issue, expiry = _dates(rng, issue_date, expiry_date, rng.choice([1, 5]))
    number = rng.choice("NRWX") + rng.choice("BCDFGHJKLMNPRSTVWXYZ") + _digits(rng, 7)
    purpose = purpose or rng.choice(["verblijf bij partner", "medische behandeling", "humanitair tijdelijk"])
    md = _mrz_data(person, mrz_override)
    lines = M.td1(
        doc_code="IR",
        issuing="NLD",
        number=md.get("number", number),
        nationality=md["nationality"],
        birth_date=md["birth_date"],
        sex=md["sex"],
        expiry=expiry,
        surname=md["surname"],
        given=md["given_names"],
        break_check=break_check,
    )
    vnr = v_number or person.v_number or _digits(rng, 10)
    f, fb = NARROW, NARROW_B
    fr = Sheet(85.6, 54)
    fr.rect(0, 0, 85.6, 54, width_mm=0, fill=(230, 234, 246))
    fr.text(3, 1.6, "KONINKRIJK DER NEDERLANDEN", font=f, size_pt=3.6)
    fr.text(3, 4.4, "VERBLIJFSDOCUMENT", font=fb, size_pt=6, color=(26, 46, 116))
    fr.photo(3, 10, 22, 29, rng)
    rows = [
        ("Naam / Surname", person.surname.upper()),
        ("Voornamen / Given names", person.given_names.upper()),
        ("Geboortedatum", person.birth_date.strftime("%d %m %Y")),
        ("Nationaliteit", md["nationality"]),
        ("Geslacht", person.sex),
        ("Geldig tot", expiry.strftime("%d %m %Y")),
        ("Documentnr.", number),
    ]
    y = 9.5
    for a, b in rows:
        fr.text(28, y, a, font=f, size_pt=2.8, color=(80, 80, 100))
        fr.text(28, y + 1.2, b, font=fb, size_pt=fit(b, fb, 5.0, 55))
        y += 5.8
    bk = Sheet(85.6, 54)
    bk.rect(0, 0, 85.6, 54, width_mm=0, fill=(234, 236, 246))
    bk.text(3, 2.5, f"Verblijfsvergunning regulier – {purpose}"[:58], font=fb, size_pt=4)
    bk.text(3, 7, f"VNR {vnr}", font=fb, size_pt=5.4)
    bk.text(3, 12, f"Afgegeven {issue.strftime('%d %m %Y')}", font=f, size_pt=4)
    bk.text(
        3,
        16,
        "arbeid toegestaan, TWV niet vereist" if "partner" in purpose else "arbeid niet toegestaan",
        font=f,
        size_pt=4,
    )
    for i, ln in enumerate(lines):
        bk.text(3, 33 + i * 5.4, ln, font="ocrb", size_pt=OCR)
    if crop:
        return [fr, bk]
    sh = Sheet()
    paste(sh, fr, 14, 200, dpi=300)
    paste(sh, bk, 108, 200, dpi=300)
    sh.handwriting(16, 190, "voorkant", rng, size_pt=11, font="hand2", color=INK_K)
    sh.handwriting(110, 190, "achterkant", rng, size_pt=11, font="hand2", color=INK_K)
    img = platen_dust(sh.render(210), rng).convert("L").convert("RGB")
    return [sheet_of(img)]


_register(
    "permit-nl-verblijfsdocument-onderrand-grijs-stof-voor-achter-31",
    "identity-document",
    PART,
    "nl",
    permit_nl,
    country="NLD",
    mrz="TD1",
    photo=True,
    notes="Dutch residence card copied at home, both sides low on the sheet, in grey, dust on the glass",
)


# --------------------------------------------------------------------------- birth certificates


def _par(person, father, mother):
    return father or person.father or "—", mother or person.mother or "—"


def birth_cod(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Kinshasa: a commune's 'ACTE DE NAISSANCE' on the old printed register form, the act written by hand in
    blue ballpoint capitals as one long sentence from 'L'an ...' to the signatures, the date of birth in words,
    the register's volume and folio in a box at the top left; the officer's violet stamp; and a second page with
    the legalisations of the signature, by the Ministry of Foreign Affairs in Kinshasa and by the Belgian embassy,
    each a stamp with a handwritten date, a fiscal stamp and a signature."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(60, 500))
    act = act_date or person.birth_date + datetime.timedelta(days=rng.randint(3, 40))
    fa, mo = _par(person, father, mother)
    com = rng.choice(["Lemba", "Ngaliema", "Limete", "Kasa-Vubu", "Bandalungwa", "Kintambo", "Matete"])
    hf = rng.choice(["hand1", "hand4"])
    ink = INK
    f = ROMAN
    p1 = Sheet(paper="cream")
    for i, t in enumerate(
        (
            "RÉPUBLIQUE DÉMOCRATIQUE DU CONGO",
            "VILLE DE KINSHASA",
            f"COMMUNE DE {com.upper()}",
            "BUREAU DE L'ÉTAT CIVIL",
        )
    ):
        p1.text(20, 12 + i * 4.6, t, font=ROMAN_B if i == 0 else f, size_pt=9.5)
    p1.rect(142, 12, 48, 20, width_mm=0.3)
    p1.text(144, 13.5, "Volume", font=f, size_pt=8)
    p1.text(144, 20, "Folio", font=f, size_pt=8)
    p1.text(144, 26.5, "Acte n°", font=f, size_pt=8)
    for j, v in enumerate(
        (
            f"{rng.choice(['I', 'II', 'III', 'IV'])}/{act.year}",
            str(rng.randint(1, 250)),
            str(rng.randint(1, 2400)),
        )
    ):
        p1.handwriting(166, 12.2 + j * 6.5, v, rng, size_pt=10.5, color=ink, font=hf)
    p1.text(105, 44, "ACTE DE NAISSANCE", font=ROMAN_B, size_pt=16, anchor="center")
    p1.rule(70, 51, 140, 51, width_mm=0.3)
    body = (
        f"{act_opening_fr(act)}, devant nous {rng.choice(['MBUYI Kalala Jean', 'NSIMBA Lukombo Pauline', 'KABONGO Tshibangu Eric'])}, "
        f"officier de l'état civil de la commune de {com}, a comparu {fa.upper()}, père de l'enfant, lequel "
        f"nous a déclaré que le {_ORD[person.birth_date.day]} jour du mois de {_MOIS[person.birth_date.month - 1]} "
        f"de l'an {year_words_fr(person.birth_date.year)}, est né à {person.birth_place.upper()} un enfant de "
        f"sexe {'masculin' if person.sex == 'M' else 'féminin'}, nommé{'' if person.sex == 'M' else 'e'} "
        f"{person.surname.upper()} {person.given_names.upper()}, {'fils' if person.sex == 'M' else 'fille'} de "
        f"{fa.upper()} et de {mo.upper()}, tous deux de nationalité "
        f"congolaise. Lecture faite, le comparant a signé avec nous."
    )
    rows = wrap(glyphs(body, hf), 166 * 0.82, hf, 11)
    y = 60
    for r in rows:
        p1.rule(20, y + 6.2, 190, y + 6.2, width_mm=0.12, color=(150, 150, 150), dash=0.6)
        p1.handwriting(21, y, r, rng, size_pt=11, color=ink, font=hf)
        y += 8.2
    y += 6
    p1.text(30, y, "Le comparant", font=f, size_pt=10)
    p1.text(130, y, "L'officier de l'état civil", font=f, size_pt=10)
    p1.signature(30, y + 5, 30, 10, rng, color=ink)
    p1.signature(132, y + 5, 38, 12, rng, color=ink)
    p1.stamp(
        104,
        y + 2,
        [f"COMMUNE DE {com.upper()}", "ÉTAT CIVIL", "KINSHASA"],
        rng,
        shape="round",
        size_mm=30,
        color=ST_VIOLET,
    )
    y += 26
    p1.text(
        20,
        y,
        f"Pour copie conforme, délivrée à Kinshasa le {issue.strftime('%d/%m/%Y')}",
        font=ROMAN_I,
        size_pt=10,
    )
    # page 2: the legalisation chain
    p2 = Sheet(paper="cream")
    p2.text(20, 14, "LÉGALISATIONS", font=ROMAN_B, size_pt=12)
    d1 = issue + datetime.timedelta(days=rng.randint(3, 20))
    d2 = d1 + datetime.timedelta(days=rng.randint(10, 60))
    blocks = [
        (
            [
                "MINISTÈRE DES AFFAIRES ÉTRANGÈRES",
                "KINSHASA-GOMBE",
                "VU POUR LÉGALISATION DE LA SIGNATURE",
                f"DE M. L'OFFICIER DE L'ÉTAT CIVIL DE {com.upper()}",
            ],
            ST_BLUE,
            d1,
        ),
        (
            [
                "AMBASSADE DE BELGIQUE À KINSHASA",
                "VU POUR LÉGALISATION DE LA SIGNATURE",
                "DU MINISTÈRE DES AFFAIRES ÉTRANGÈRES DE LA RDC",
            ],
            ST_RED,
            d2,
        ),
    ]
    y = 30
    for lines, colr, dd in blocks:
        w, h = p2.stamp(22, y, lines, rng, shape="rect2", size_mm=34, color=colr, angle=rng.uniform(-3, 3))
        p2.handwriting(30, y + h + 2, dd.strftime("%d/%m/%Y"), rng, size_pt=11, color=ink, font=hf)
        p2.signature(80, y + h - 2, 40, 13, rng, color=ink)
        tx = min(22 + w + 8, 166)
        p2.rect(tx, y + 2, 22, 28, width_mm=0.3, color=(120, 80, 40), fill=(236, 224, 196))
        p2.text(tx + 11, y + 5, "TIMBRE", font="sans", size_pt=5.5, anchor="center", color=(120, 60, 40))
        p2.text(
            tx + 11,
            y + 12,
            f"{rng.choice([5, 10, 20])} USD" if colr == ST_BLUE else "20 EUR",
            font=ROMAN_B,
            size_pt=9,
            anchor="center",
            color=(120, 60, 40),
        )
        p2.rule(tx, y + 30, tx + 22, y + 2, width_mm=0.4, color=colr)
        y += h + 40
    p2.text(
        20,
        280,
        f"Acte de naissance – {person.surname.upper()} {person.given_names} – page 2/2",
        font=f,
        size_pt=8,
        color=GREY,
    )
    return [p1, p2]


def birth_ben(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Benin: the secured birth certificate printed by the civil-status centre of a Cotonou arrondissement: a
    green-yellow-red rule under the heading, 'ACTE DE NAISSANCE SÉCURISÉ' with the act number and the NPI in a
    framed box, the data in a two-column table with the labels in small capitals, a QR code at the lower right,
    the chef d'arrondissement's signature BESIDE his title at the right and the round stamp pressed over the last
    table rows."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(30, 400))
    act = act_date or person.birth_date + datetime.timedelta(days=rng.randint(3, 40))
    fa, mo = _par(person, father, mother)
    arr = rng.choice(["1er", "2e", "3e", "4e"])
    city = (
        person.birth_place
        if person.birth_place
        in ("Cotonou", "Porto-Novo", "Abomey-Calavi", "Parakou", "Bohicon", "Natitingou", "Ouidah", "Lokossa")
        else "Cotonou"
    )
    sh = Sheet()
    f, fb = GOTHIC, GOTHIC_B
    sh.text(20, 12, "RÉPUBLIQUE DU BÉNIN", font=fb, size_pt=11)
    sh.text(20, 17.5, "Fraternité – Justice – Travail", font=BOOK_I, size_pt=8.5)
    sh.text(
        20, 23, f"MAIRIE DE {strip_accents(city).upper()} – {arr.upper()} ARRONDISSEMENT", font=f, size_pt=8.5
    )
    sh.text(20, 27.5, "Centre d'état civil", font=f, size_pt=8.5)
    for k, c in enumerate(((0, 135, 81), (252, 209, 22), (232, 17, 45))):
        sh.rect(20 + k * 56.7, 34, 56.7, 1.6, width_mm=0, fill=c)
    sh.text(105, 42, "ACTE DE NAISSANCE SÉCURISÉ", font=fb, size_pt=15, anchor="center")
    sh.rect(56, 52, 98, 12, width_mm=0.4)
    sh.text(60, 53.5, f"Acte n° {rng.randint(100, 9999)}/{act.year}/{arr}A", font=f, size_pt=9.5)
    sh.text(60, 58.5, f"NPI : {_digits(rng, 10)}", font=fb, size_pt=9.5)
    rows = [
        ("NOM", person.surname.upper()),
        ("PRÉNOMS", person.given_names),
        ("SEXE", "Masculin" if person.sex == "M" else "Féminin"),
        ("DATE DE NAISSANCE", fr_long(person.birth_date)),
        ("HEURE", f"{rng.randint(0, 23):02d} h {rng.randint(0, 59):02d}"),
        ("LIEU DE NAISSANCE", person.birth_place),
        ("PÈRE", fa),
        ("PROFESSION DU PÈRE", rng.choice(["Commerçant", "Enseignant", "Mécanicien", "Cultivateur"])),
        ("MÈRE", mo),
        ("PROFESSION DE LA MÈRE", rng.choice(["Commerçante", "Ménagère", "Couturière", "Revendeuse"])),
        ("DATE DE L'ACTE", act.strftime("%d/%m/%Y")),
        ("DÉCLARANT", rng.choice(["Le père", "La mère"])),
    ]
    y = 72
    for a, b in rows:
        sh.rule(20, y + 8, 190, y + 8, width_mm=0.15, color=(170, 170, 170))
        sh.text(22, y + 2, a, font=f, size_pt=7.6, color=(80, 80, 80))
        sh.text(78, y + 1.2, glyphs(b, fb), font=fb, size_pt=fit(glyphs(b, fb), fb, 11, 110))
        y += 9
    y += 6
    sh.text(20, y, f"Délivré à {city}, le {fr_long(issue)}", font=f, size_pt=10)
    sh.text(110, y + 10, "Le Chef d'arrondissement,", font=f, size_pt=10)
    sh.signature(162, y + 5, 28, 12, rng, color=INK)
    sh.text(120, y + 16, "Officier de l'état civil", font=f, size_pt=8.5, color=GREY)
    sh.stamp(
        86,
        y - 30,
        [f"MAIRIE DE {strip_accents(city).upper()}", f"{arr} ARRONDISSEMENT", "BÉNIN"],
        rng,
        shape="round",
        size_mm=30,
        color=ST_BLUE,
    )
    qr(sh, 166, 258, 22, person.surname + person.given_names + "31")
    sh.text(20, 276, "Document sécurisé – vérifiable par QR code", font=f, size_pt=7.5, color=GREY)
    return [sh]


def birth_tur(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Türkiye: a civil-registry office's 'Nüfus Kayıt Örneği' for one person, printed at the counter in portrait:
    the office's name at the top left, the person's data as a left-aligned list of labels with colons and values,
    the registry references (il, ilçe, cilt, hane, birey sıra no) in a row of small boxes, the officer's blue
    round stamp and wet signature, and the violet rubber stamp 'ASLI GİBİDİR' beside it (Turkish only)."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(20, 240))
    fa, mo = _par(person, father, mother)
    sh = Sheet()
    f, fb = SERIFC, SERIFC_B
    ilce = rng.choice(["Keçiören", "Bağcılar", "Selçuklu", "Battalgazi", "Şahinbey", "Yıldırım"])
    il = {
        "Keçiören": "Ankara",
        "Bağcılar": "İstanbul",
        "Selçuklu": "Konya",
        "Battalgazi": "Malatya",
        "Şahinbey": "Gaziantep",
        "Yıldırım": "Bursa",
    }[ilce]
    sh.text(20, 12, glyphs("T.C.", fb), font=fb, size_pt=10)
    sh.text(20, 17, glyphs(f"{ilce.upper()} İLÇE NÜFUS MÜDÜRLÜĞÜ", fb), font=fb, size_pt=10)
    sh.text(190, 12, glyphs(f"Tarih: {issue.strftime('%d.%m.%Y')}", f), font=f, size_pt=9, anchor="right")
    sh.text(190, 17, f"Sayı: {rng.randint(10000, 99999)}", font=f, size_pt=9, anchor="right")
    sh.text(105, 34, glyphs("NÜFUS KAYIT ÖRNEĞİ", fb), font=fb, size_pt=15, anchor="center")
    refs = [
        ("İl", il),
        ("İlçe", ilce),
        ("Mahalle/Köy", rng.choice(["Yunus Emre", "Bahçelievler", "Fatih"])),
        ("Cilt", str(rng.randint(10, 220))),
        ("Hane", str(rng.randint(1, 900))),
        ("Birey Sıra", str(rng.randint(1, 30))),
    ]
    x = 20
    for a, b in refs:
        w = max(22, fpath_w(glyphs(b, f), f, 9) + 4)
        sh.rect(x, 44, w, 11, width_mm=0.25)
        sh.text(x + 1.5, 45, glyphs(a, f), font=f, size_pt=6.5, color=GREY)
        sh.text(x + 1.5, 49.5, glyphs(b, fb), font=fb, size_pt=9)
        x += w + 1.5
    rows = [
        ("T.C. Kimlik No", "1" + _digits(rng, 10)),
        ("Adı", person.given_names.upper()),
        ("Soyadı", person.surname.upper()),
        ("Baba Adı", fa.split()[0].upper()),
        ("Ana Adı", mo.split()[0].upper()),
        ("Doğum Yeri", person.birth_place.upper()),
        ("Doğum Tarihi", person.birth_date.strftime("%d.%m.%Y")),
        ("Cinsiyeti", "Erkek" if person.sex == "M" else "Kadın"),
        ("Medeni Hali", rng.choice(["Bekâr", "Evli"])),
        ("Din", "—"),
        ("Verildiği Yer", f"{ilce} Nüfus Müdürlüğü"),
        ("Kayıt Durumu", "Sağ"),
    ]
    y = 66
    for a, b in rows:
        sh.text(26, y, glyphs(a, f), font=f, size_pt=10.5)
        sh.text(74, y, ":", font=f, size_pt=10.5)
        sh.text(78, y, glyphs(b, fb), font=fb, size_pt=fit(glyphs(b, fb), fb, 10.5, 110))
        y += 7.4
    y = (
        sh.paragraph(
            20,
            y + 6,
            170,
            glyphs("Yukarıdaki bilgilerin nüfus kayıtlarına uygun olduğu onaylanır.", f),
            font=f,
            size_pt=10,
        )
        + 10
    )
    sh.text(130, y, glyphs("Nüfus Memuru", f), font=f, size_pt=10, anchor="center")
    sh.signature(112, y + 5, 38, 13, rng, color=INK)
    sh.stamp(
        70,
        y - 2,
        [glyphs(f"{ilce.upper()} NÜFUS MÜDÜRLÜĞÜ", "sans"), "T.C.", glyphs(il.upper(), "sans")],
        rng,
        shape="round",
        size_mm=30,
        color=ST_BLUE,
    )
    sh.stamp(
        20,
        y + 4,
        [glyphs("ASLI GİBİDİR", "sans")],
        rng,
        shape="rect",
        size_mm=24,
        color=ST_VIOLET,
        angle=rng.uniform(-8, 8),
    )
    return [sh]


def birth_sur(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Suriname: the Central Bureau's computer-printed 'Uittreksel uit het geboorteregister' with the bureau's
    name in a box at the top, the data as bold labels with values after tab stops, the act's number and year in
    the right margin, the violet stamp partly over the last lines and a signature below 'Het Hoofd'."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(30, 400))
    act = act_date or person.birth_date + datetime.timedelta(days=rng.randint(2, 20))
    fa, mo = _par(person, father, mother)
    sh = Sheet()
    f, fb = ROMAN, ROMAN_B
    sh.rect(20, 12, 170, 20, width_mm=0.5)
    sh.text(105, 14.5, "REPUBLIEK SURINAME", font=fb, size_pt=11, anchor="center")
    sh.text(
        105,
        20,
        "Ministerie van Binnenlandse Zaken – Centraal Bureau voor Burgerzaken",
        font=f,
        size_pt=9,
        anchor="center",
    )
    sh.text(105, 25.5, "Afdeling Burgerlijke Stand – Paramaribo", font=f, size_pt=9, anchor="center")
    sh.text(20, 44, "UITTREKSEL UIT HET GEBOORTEREGISTER", font=fb, size_pt=13)
    sh.text(190, 44, f"akte nr. {rng.randint(100, 9999)} / {act.year}", font=f, size_pt=9.5, anchor="right")
    rows = [
        ("Geslachtsnaam", person.surname),
        ("Voornamen", person.given_names),
        ("Geslacht", "mannelijk" if person.sex == "M" else "vrouwelijk"),
        ("Geboortedatum", nl_long(person.birth_date)),
        ("Geboorteplaats", person.birth_place),
        ("Vader", fa),
        ("Moeder", mo),
        ("Datum van aangifte", nl_long(act)),
    ]
    y = 58
    for a, b in rows:
        sh.text(24, y, a, font=fb, size_pt=10.5)
        sh.text(78, y, b, font=f, size_pt=10.5)
        y += 8
    y = (
        sh.paragraph(
            24,
            y + 6,
            162,
            f"Voor eensluidend uittreksel, Paramaribo, {nl_long(issue)}.",
            font=f,
            size_pt=10.5,
        )
        + 8
    )
    sh.text(130, y, "Het Hoofd,", font=f, size_pt=10.5)
    sh.signature(130, y + 5, 40, 13, rng, color=INK)
    sh.stamp(
        90,
        y - 16,
        ["CENTRAAL BUREAU VOOR BURGERZAKEN", "SURINAME"],
        rng,
        shape="round",
        size_mm=30,
        color=ST_VIOLET,
    )
    return [sh]


_register(
    "birth-cod-registerformulier-balpen-zin-met-legalisatiepagina-31",
    "birth-certificate",
    PART,
    "fr",
    birth_cod,
    country="COD",
    notes="Kinshasa birth act written by hand as one sentence, with a second page of legalisations",
)
_register(
    "birth-ben-beveiligd-driekleur-tabel-qr-stempel-over-rijen-31",
    "birth-certificate",
    PART,
    "fr",
    birth_ben,
    country="BEN",
    notes="Beninese secured birth certificate, data table, QR, stamp over the last rows",
)
_register(
    "birth-tur-nufus-kayit-ornegi-loket-asli-gibidir-31",
    "birth-certificate",
    PART,
    "tr",
    birth_tur,
    country="TUR",
    notes="Turkish registry counter print with the 'aslı gibidir' stamp (untranslated)",
)
_register(
    "birth-sur-uittreksel-cbb-kader-tabstops-31",
    "birth-certificate",
    PART,
    "nl",
    birth_sur,
    country="SUR",
    notes="Surinamese register extract, framed heading, bold labels",
)


# --------------------------------------------------------------------------- Belgian extracts (birth, marriage)

_BE_COMMUNE = {
    "Antwerpen": ("nl", "2000"),
    "Gent": ("nl", "9000"),
    "Brussel": ("bi", "1000"),
    "Bruxelles": ("bi", "1000"),
    "Schaerbeek": ("bi", "1030"),
    "Anderlecht": ("bi", "1070"),
    "Liège": ("fr", "4000"),
    "Charleroi": ("fr", "6000"),
    "Leuven": ("nl", "3000"),
    "Mechelen": ("nl", "2800"),
    "Sint-Jans-Molenbeek": ("bi", "1080"),
    "Molenbeek-Saint-Jean": ("bi", "1080"),
    "Namur": ("fr", "5000"),
    "Genk": ("nl", "3600"),
    "Oostende": ("nl", "8400"),
    "Kelmis": ("de", "4720"),
    "Eupen": ("de", "4700"),
    "Verviers": ("fr", "4800"),
}
_BE_LAB = {
    "nl": dict(
        t_b="Uittreksel uit de akte van geboorte",
        t_m="Uittreksel uit de akte van huwelijk",
        who="Betrokkene",
        nm="Naam",
        gv="Voornamen",
        sx="Geslacht",
        bd="Geboortedatum",
        bp="Geboorteplaats",
        fa="Vader",
        mo="Moeder",
        md="Datum van het huwelijk",
        mp="Plaats van het huwelijk",
        s1="Echtgenoot 1",
        s2="Echtgenoot 2",
        ref="Aktenummer DABS",
        city="Gemeente",
        sig="Dit uittreksel is elektronisch "
        "ondertekend door de ambtenaar van de burgerlijke stand en heeft dezelfde bewijskracht als een "
        "ondertekend uittreksel.",
        del_="Afgeleverd op",
        m="mannelijk",
        f="vrouwelijk",
    ),
    "fr": dict(
        t_b="Extrait d'acte de naissance",
        t_m="Extrait d'acte de mariage",
        who="Personne concernée",
        nm="Nom",
        gv="Prénoms",
        sx="Sexe",
        bd="Date de naissance",
        bp="Lieu de naissance",
        fa="Père",
        mo="Mère",
        md="Date du mariage",
        mp="Lieu du mariage",
        s1="Conjoint 1",
        s2="Conjoint 2",
        ref="Numéro d'acte BAEC",
        city="Commune",
        sig="Le présent extrait est signé électroniquement par "
        "l'officier de l'état civil et a la même force probante qu'un extrait signé.",
        del_="Délivré le",
        m="masculin",
        f="féminin",
    ),
    "de": dict(
        t_b="Auszug aus der Geburtsurkunde",
        t_m="Auszug aus der Heiratsurkunde",
        who="Betroffene Person",
        nm="Name",
        gv="Vornamen",
        sx="Geschlecht",
        bd="Geburtsdatum",
        bp="Geburtsort",
        fa="Vater",
        mo="Mutter",
        md="Datum der Eheschließung",
        mp="Ort der Eheschließung",
        s1="Ehegatte 1",
        s2="Ehegatte 2",
        ref="Urkundennummer DABS",
        city="Gemeinde",
        sig="Dieser Auszug ist vom Standesbeamten elektronisch "
        "unterzeichnet und hat dieselbe Beweiskraft wie ein unterzeichneter Auszug.",
        del_="Ausgestellt am",
        m="männlich",
        f="weiblich",
    ),
}


def _be_dates(d: datetime.date, lang: str) -> str:
    return {"nl": nl_long, "fr": fr_long, "de": de_long}[lang](d)


def _be_extract(kind: str):
    """A commune's extract printed from the federal civil-status database: the commune's name in URW Gothic at the
    top left beside a thin vertical rule, a QR code at the top right, every datum as a small grey caption ABOVE its
    value (one column, generous spacing), in Brussels the Dutch caption and the French one side by side; no hand
    signature, the electronic-signature notice in a grey box at the foot with the delivery date."""

    def make(
        person,
        rng,
        *,
        issue_date=None,
        act_date=None,
        father=None,
        mother=None,
        spouse=None,
        marriage_date=None,
        **opts,
    ):
        issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(20, 200))
        if kind == "birth" and person.birth_place in _BE_COMMUNE:
            city = person.birth_place
        else:
            city = rng.choice(
                ["Gent", "Schaerbeek", "Liège", "Leuven", "Kelmis", "Anderlecht", "Verviers", "Mechelen"]
            )
        lang, pc = _BE_COMMUNE[city]
        langs = ["nl", "fr"] if lang == "bi" else [lang]
        L = [_BE_LAB[x] for x in langs]

        def cap(k):
            return " / ".join(x[k] for x in L)

        sh = Sheet()
        f, fb = GOTHIC, GOTHIC_B
        col = rng.choice([(40, 70, 120), (110, 40, 60), (30, 90, 80)])
        sh.rule(20, 12, 20, 30, width_mm=0.8, color=col)
        pre = {"nl": "Gemeente ", "fr": "Commune de ", "de": "Gemeinde ", "bi": ""}[lang]
        sh.text(24, 12, pre + city, font=fb, size_pt=15, color=col)
        sh.text(24, 20, cap("city") + f" · {pc} {city}", font=f, size_pt=8.5, color=GREY)
        sh.text(
            24,
            24.5,
            "Burgerlijke stand / État civil"
            if lang == "bi"
            else {"nl": "Burgerlijke stand", "fr": "État civil", "de": "Standesamt"}[lang],
            font=f,
            size_pt=8.5,
            color=GREY,
        )
        qr(sh, 170, 10, 20, f"{city}{person.surname}{kind}")
        title = cap("t_b" if kind == "birth" else "t_m")
        sh.text(20, 42, title, font=fb, size_pt=fit(title, fb, 14, 170))
        ref_year = (act_date or marriage_date or person.birth_date).year
        y = 54

        def item(label, value, big=False):
            nonlocal y
            sh.text(20, y, label, font=f, size_pt=7.5, color=(120, 120, 120))
            sh.text(
                20,
                y + 3.6,
                glyphs(value, fb if big else f),
                font=fb if big else f,
                size_pt=fit(glyphs(value, f), f, 11.5 if big else 11, 170),
            )
            y += 11

        item(cap("ref"), f"{ref_year}-{pc}-{rng.randint(10000, 99999)}")
        if kind == "birth":
            fa, mo = _par(person, father, mother)
            item(cap("nm"), person.surname.upper(), True)
            item(cap("gv"), person.given_names, True)
            item(cap("sx"), " / ".join(x["m" if person.sex == "M" else "f"] for x in L))
            item(cap("bd"), _be_dates(person.birth_date, langs[0]))
            item(cap("bp"), person.birth_place)
            item(cap("fa"), fa)
            item(cap("mo"), mo)
        else:
            wed = marriage_date or TODAY - datetime.timedelta(days=rng.randint(400, 3000))
            item(cap("md"), _be_dates(wed, langs[0]))
            item(cap("mp"), city)
            for key, q in (("s1", person), ("s2", spouse)):
                if q is None:
                    continue
                sh.rule(20, y - 1, 190, y - 1, width_mm=0.15, color=(200, 200, 200))
                y += 2
                sh.text(20, y, cap(key), font=fb, size_pt=9.5, color=col)
                y += 6
                item(cap("nm"), q.surname.upper(), True)
                item(cap("gv"), q.given_names)
                item(cap("bd") + " – " + cap("bp"), f"{_be_dates(q.birth_date, langs[0])} – {q.birth_place}")
        sh.rect(20, 250, 170, 26, width_mm=0, fill=(238, 238, 238))
        yy = 252
        for x in L:
            yy = sh.paragraph(23, yy, 164, x["sig"], font=f, size_pt=7.8, leading=1.3) + 1
        sh.text(
            23, 271, " / ".join(x["del_"] for x in L) + f" {issue.strftime('%d.%m.%Y')}", font=fb, size_pt=8
        )
        return [sh]

    return make


_register(
    "birth-be-dabs-gothic-bijschrift-boven-waarde-qr-esign-vak-31",
    "birth-certificate",
    PART,
    "nl/fr",
    _be_extract("birth"),
    country="BEL",
    notes="Belgian DABS birth extract: caption above every value, QR code, e-signature notice in a grey box",
)
_register(
    "marriage-be-dabs-gothic-bijschrift-boven-waarde-qr-esign-vak-31",
    "marriage-certificate",
    PART,
    "nl/fr",
    _be_extract("marriage"),
    country="BEL",
    notes="Belgian DABS marriage extract in the same layout (Dutch, French, German or bilingual)",
)


# --------------------------------------------------------------------------- certificates of nationality


def nationality_cod(person, rng, *, issue_date=None, **opts):
    """DR Congo: the certificate of Congolese nationality issued by the Ministry of Justice on a pre-printed form on
    security paper (a pale green guilloche background), the blanks filled in on a printer in Courier Prime Sans in
    capitals, the legal basis printed in small type, a barcode with the certificate number at the top right, the
    minister's delegate signing ABOVE the printed title with an embossed dry seal beside (a raised ring)."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(60, 900))
    sh = Sheet()
    for k in range(0, 297, 4):
        pts = [(x, k + 2.0 * math.sin(x / 9 + k / 13)) for x in range(0, 211, 5)]
        for (x1, y1), (x2, y2) in zip(pts, pts[1:]):
            sh.rule(x1, y1, x2, y2, width_mm=0.08, color=(212, 232, 214))
    f, fb, tf = ROMAN, ROMAN_B, CPSANS
    sh.text(105, 12, "RÉPUBLIQUE DÉMOCRATIQUE DU CONGO", font=fb, size_pt=12, anchor="center")
    sh.text(105, 18, "MINISTÈRE DE LA JUSTICE ET GARDE DES SCEAUX", font=f, size_pt=9.5, anchor="center")
    sh.text(
        105,
        23,
        "Secrétariat Général à la Justice – Direction de la Nationalité",
        font=ROMAN_I,
        size_pt=8.5,
        anchor="center",
    )
    no = f"CN/{rng.randint(1000, 99999)}/{issue.year}"
    barcode(sh, 150, 30, 40, 8, no)
    sh.text(170, 39.5, no, font=tf, size_pt=8, anchor="center")
    sh.text(105, 52, "CERTIFICAT DE NATIONALITÉ", font=fb, size_pt=17, anchor="center")
    sh.text(
        105,
        60,
        "(Loi n° 04/024 du 12 novembre 2004 relative à la nationalité congolaise)",
        font=ROMAN_I,
        size_pt=8.5,
        anchor="center",
    )
    rows = [
        ("Le Ministre de la Justice certifie que", ""),
        ("Nom et post-nom", person.surname.upper()),
        ("Prénom(s)", person.given_names.upper()),
        ("Né(e) à", strip_accents(person.birth_place).upper()),
        ("Le", person.birth_date.strftime("%d/%m/%Y")),
        ("Fils / Fille de", strip_accents(person.father or "—").upper()),
        ("Et de", strip_accents(person.mother or "—").upper()),
        ("Est de nationalité", "CONGOLAISE D'ORIGINE"),
    ]
    y = 74
    for a, b in rows:
        if not b:
            sh.text(24, y, a, font=fb, size_pt=11)
            y += 9
            continue
        w = sh.text(24, y, a + " :", font=f, size_pt=11)
        sh.rule(26 + w, y + 4.4, 186, y + 4.4, width_mm=0.12, color=(90, 90, 90), dash=0.4)
        sh.text(30 + w, y - 0.2, glyphs(b, tf), font=tf, size_pt=fit(glyphs(b, tf), tf, 11, 150 - w))
        y += 9
    y = (
        sh.paragraph(
            24,
            y + 4,
            162,
            "en application de l'article 6 de la loi susvisée, comme étant né(e) d'un père "
            "ou d'une mère congolais(e), ainsi qu'il résulte des pièces produites.",
            font=f,
            size_pt=10.5,
            leading=1.45,
        )
        + 8
    )
    sh.text(24, y, f"Fait à Kinshasa, le {issue.strftime('%d/%m/%Y')}", font=tf, size_pt=10.5)
    sh.signature(118, y + 6, 46, 14, rng, color=INK)
    sh.text(141, y + 22, "Pour le Ministre, le Directeur", font=f, size_pt=10, anchor="center")
    seal = Image.new("RGBA", (300, 300), (0, 0, 0, 0))
    d = ImageDraw.Draw(seal)
    d.ellipse([8, 8, 292, 292], outline=(255, 255, 255, 200), width=10)
    d.ellipse([14, 14, 286, 286], outline=(150, 150, 150, 120), width=4)
    d.ellipse([60, 60, 240, 240], outline=(150, 150, 150, 100), width=3)
    sh.image(70, y + 4, 28, 28, seal)
    sh.text(
        24,
        282,
        "Tout grattage ou surcharge annule le présent certificat.",
        font=ROMAN_I,
        size_pt=7.5,
        color=GREY,
    )
    return [sh]


def nationality_ben(person, rng, *, issue_date=None, **opts):
    """Benin: the certificate of Beninese nationality of the Cotonou first-instance court, typed as a letter with a
    narrow left column holding the registry references (registre, folio, dossier), the text beginning 'Nous,
    ... Greffier en chef', a fiscal stamp glued at the top right and cancelled by a date stamp, the registrar's
    signature ABOVE his typed name and the court's round stamp over the text's last lines."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(60, 900))
    sh = Sheet()
    f, fb = SERIFC, SERIFC_B
    sh.text(20, 12, "RÉPUBLIQUE DU BÉNIN", font=fb, size_pt=10.5)
    sh.text(20, 17, "COUR D'APPEL DE COTONOU", font=f, size_pt=9)
    sh.text(20, 21.5, "TRIBUNAL DE PREMIÈRE INSTANCE", font=f, size_pt=9)
    sh.text(20, 26, "DE PREMIÈRE CLASSE DE COTONOU", font=f, size_pt=9)
    sh.rect(160, 10, 26, 32, width_mm=0.3, color=(120, 70, 40), fill=(240, 226, 200))
    sh.text(173, 13, "TIMBRE FISCAL", font="sans", size_pt=5.2, anchor="center", color=(120, 60, 40))
    sh.text(173, 22, "1 000 F", font=fb, size_pt=9.5, anchor="center", color=(120, 60, 40))
    sh.stamp(
        152,
        24,
        ["GREFFE TPI COTONOU", issue.strftime("%d %m %Y")],
        rng,
        shape="oval",
        size_mm=26,
        color=ST_BLUE,
        angle=rng.uniform(-12, 12),
    )
    sh.text(105, 54, "CERTIFICAT DE NATIONALITÉ BÉNINOISE", font=fb, size_pt=14, anchor="center")
    sh.rule(20, 66, 20, 180, width_mm=0.2, color=(150, 150, 150))
    for i, (a, b) in enumerate(
        (
            ("Registre", f"CN {issue.year}"),
            ("Folio", str(rng.randint(1, 400))),
            ("Dossier", f"{rng.randint(100, 9999)}"),
            ("Réf.", f"GC/{rng.randint(10, 99)}"),
        )
    ):
        sh.text(6, 70 + i * 12, a, font=f, size_pt=7, color=GREY)
        sh.text(6, 74 + i * 12, b, font=fb, size_pt=8)
    txt = (
        f"Nous, {rng.choice(['HOUNKPATIN Codjo Rodrigue', 'ADJOVI Mireille', 'DOSSOU-YOVO Gérard'])}, Greffier en "
        f"chef du Tribunal de Première Instance de Première Classe de Cotonou, certifions, au vu des pièces "
        f"produites (acte de naissance, certificat de nationalité du père), que :"
    )
    y = sh.paragraph(26, 70, 164, txt, font=f, size_pt=10.5, leading=1.5, align="justify") + 4
    who = (
        f"{person.surname.upper()} {person.given_names}, né(e) le {fr_long(person.birth_date)} à "
        f"{person.birth_place}, {'fils' if person.sex == 'M' else 'fille'} de {person.father or '—'} et de "
        f"{person.mother or '—'},"
    )
    y = sh.paragraph(34, y, 150, who, font=fb, size_pt=10.5, leading=1.5) + 3
    y = (
        sh.paragraph(
            26,
            y,
            164,
            "est de nationalité béninoise, conformément aux dispositions du Code des personnes "
            "et de la famille et de la loi portant Code de la nationalité dahoméenne.",
            font=f,
            size_pt=10.5,
            leading=1.5,
            align="justify",
        )
        + 4
    )
    y = (
        sh.paragraph(
            26,
            y,
            164,
            "En foi de quoi, nous lui avons délivré le présent certificat pour servir et valoir "
            "ce que de droit.",
            font=f,
            size_pt=10.5,
            leading=1.5,
        )
        + 8
    )
    sh.text(110, y, f"Cotonou, le {fr_long(issue)}", font=f, size_pt=10.5)
    sh.signature(118, y + 6, 42, 13, rng, color=INK)
    sh.text(112, y + 21, "Le Greffier en chef", font=fb, size_pt=10)
    sh.stamp(
        60,
        y - 18,
        ["TRIBUNAL DE PREMIÈRE INSTANCE", "COTONOU", "GREFFE"],
        rng,
        shape="round",
        size_mm=32,
        color=ST_VIOLET,
    )
    return [sh]


_register(
    "nationality-cod-justitie-formulier-guilloche-courier-droogstempel-31",
    "nationality-certificate",
    PART,
    "fr",
    nationality_cod,
    country="COD",
    notes="Congolese nationality certificate on a security form filled in on a printer, dry seal",
)
_register(
    "nationality-ben-tpi-griffie-kantlijnkolom-fiscale-zegel-31",
    "nationality-certificate",
    PART,
    "fr",
    nationality_ben,
    country="BEN",
    notes="Beninese nationality certificate typed as a letter, registry references in the margin column",
)


# --------------------------------------------------------------------------- embassies' identity certificates

_EMB = {
    "COD": dict(
        name="Ambassade de la République Démocratique du Congo",
        sub="Royaume de Belgique – Section consulaire",
        addr="Rue Marie de Bourgogne 30, 1000 Bruxelles",
        col=(0, 104, 186),
        nat="congolaise",
        title="ATTESTATION D'IDENTITÉ",
        signer="Le Consul",
    ),
    "BEN": dict(
        name="Ambassade de la République du Bénin",
        sub="près le Royaume de Belgique et l'Union européenne",
        addr="Avenue de l'Observatoire 5, 1180 Uccle – Bruxelles",
        col=(0, 126, 78),
        nat="béninoise",
        title="CERTIFICAT D'IDENTITÉ",
        signer="Le Chargé des Affaires consulaires",
    ),
}


def _idcert(code: str):
    """An embassy's identity certificate typed as prose under a letterhead whose mission name is set in spaced
    capitals between two rules: the photo stapled at the top RIGHT (the staple and its shadow drawn), the
    certificate's number at the left, the holder's identity given in the running text, the basis of the
    certificate in its own paragraph, signed at the end with the signature at the LEFT and the typed title under
    it, the mission's round stamp pressed half over the photo's lower edge."""
    E = _EMB[code]

    def make(person, rng, *, issue_date=None, declarative=False, **opts):
        issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(40, 300))
        sh = Sheet()
        f, fb = ROMAN, ROMAN_B
        col = E["col"]
        sh.rule(20, 12, 190, 12, width_mm=0.3, color=col)
        sh.text(
            105,
            14.5,
            E["name"].upper(),
            font=fb,
            size_pt=fit(E["name"].upper(), fb, 11, 168),
            anchor="center",
            color=col,
            letter_spacing=0.3,
        )
        sh.text(105, 20, E["sub"], font=ROMAN_I, size_pt=9, anchor="center")
        sh.rule(20, 25, 190, 25, width_mm=0.3, color=col)
        sh.text(105, 28, E["addr"], font=f, size_pt=8, anchor="center", color=GREY)
        sh.text(
            20, 40, f"N° {rng.randint(100, 9999)}/AMB/{code}/CONS/{issue.year % 100:02d}", font=f, size_pt=10
        )
        sh.photo(152, 38, 30, 38, rng)
        sh.rect(158, 36.5, 14, 1.3, width_mm=0, fill=(150, 150, 155))
        sh.rect(158, 37.8, 14, 0.5, width_mm=0, fill=(210, 210, 210))
        sh.stamp(
            140, 64, [E["name"].upper()[:30], "BRUXELLES"], rng, shape="round", size_mm=26, color=ST_BLUE
        )
        sh.text(20, 56, E["title"], font=fb, size_pt=15)
        txt = (
            f"{E['signer']} de l'{E['name']} à Bruxelles atteste que {'Madame' if person.sex == 'F' else 'Monsieur'} "
            f"{person.surname.upper()} {person.given_names}, né{'e' if person.sex == 'F' else ''} le "
            f"{fr_long(person.birth_date)} à {person.birth_place} ({person.birth_country}), "
            f"{'fils' if person.sex == 'M' else 'fille'} de "
            f"{person.father or '—'} et de {person.mother or '—'}, est de nationalité {E['nat']}, et que la "
            f"photographie ci-contre est la sienne."
        )
        y = sh.paragraph(20, 84, 170, txt, font=f, size_pt=11, leading=1.55, align="justify") + 5
        if declarative:
            basis = (
                "La présente attestation est délivrée sur la seule base des déclarations de l'intéressé(e), "
                "aucun document d'état civil ni pièce d'identité n'ayant pu être présenté à la chancellerie."
            )
        else:
            basis = (
                f"Elle est établie après vérification du passeport n° {'OP' if code == 'COD' else 'B'}"
                f"{_digits(rng, 7)} (périmé) et de l'acte de naissance présentés par l'intéressé(e), et de son "
                f"inscription au registre des nationaux sous le n° {rng.randint(1000, 99999)}."
            )
        y = sh.paragraph(20, y, 170, basis, font=f, size_pt=11, leading=1.55, align="justify") + 5
        y = (
            sh.paragraph(
                20,
                y,
                170,
                "La présente attestation est délivrée pour servir et valoir ce que de droit.",
                font=f,
                size_pt=11,
                leading=1.55,
            )
            + 10
        )
        sh.text(20, y, f"Bruxelles, le {fr_long(issue)}", font=f, size_pt=11)
        sh.signature(22, y + 6, 46, 15, rng, color=INK)
        sh.text(20, y + 23, E["signer"], font=fb, size_pt=10.5)
        sh.text(
            20,
            282,
            "Droits de chancellerie : 30,00 EUR – quittance n° " + str(rng.randint(1000, 9999)),
            font=f,
            size_pt=8,
            color=GREY,
        )
        return [sh]

    return make


for _c in ("COD", "BEN"):
    _register(
        f"idcert-{_c.lower()}-ambassade-proza-foto-geniet-rechtsboven-31",
        "identity-certificate",
        PART,
        "fr",
        _idcert(_c),
        country=_c,
        photo=True,
        notes=f"{_c} embassy's identity certificate as prose, photo stapled top right, stamp half over it",
    )


# --------------------------------------------------------------------------- consular card, driving licence


def consular_cod(person, rng, *, issue_date=None, expiry_date=None, crop=False, annotate=None, **opts):
    """The Congolese embassy's consular card (blue band with a yellow star at the top, photo at the RIGHT, the data
    at the left with nationality and registration number), front and back copied one under the other at the left
    edge of the page with dust on the glass; the holder's phone number pencilled beside it by the secretary."""
    issue, expiry = _dates(rng, issue_date, expiry_date, 3)
    f, fb = NARROW, NARROW_B
    fr = Sheet(85.6, 54)
    fr.rect(0, 0, 85.6, 54, width_mm=0, fill=(240, 245, 252))
    fr.rect(0, 0, 85.6, 8, width_mm=0, fill=(0, 104, 186))
    fr.text(3, 1.6, "AMBASSADE DE LA RD CONGO – BRUXELLES", font=fb, size_pt=4.8, color=(255, 255, 255))
    fr.text(3, 4.8, "CARTE CONSULAIRE", font=fb, size_pt=4.4, color=(247, 212, 23))
    fr.photo(61, 11, 21, 27, rng)
    rows = [
        ("Nom et post-nom", person.surname.upper()),
        ("Prénom", person.given_names),
        ("Né(e) le", person.birth_date.strftime("%d/%m/%Y")),
        ("À", person.birth_place),
        ("Nationalité", "Congolaise (RDC)"),
        ("N° d'immatriculation", f"RDC/BXL/{rng.randint(10000, 99999)}"),
    ]
    y = 10.5
    for a, b in rows:
        fr.text(3, y, a, font=f, size_pt=2.8, color=(0, 80, 150))
        fr.text(3, y + 1.1, glyphs(b, fb), font=fb, size_pt=fit(glyphs(b, fb), fb, 4.8, 56))
        y += 5.4
    bk = Sheet(85.6, 54)
    bk.rect(0, 0, 85.6, 54, width_mm=0, fill=(246, 246, 242))
    bk.text(4, 5, f"Délivrée le : {issue.strftime('%d/%m/%Y')}", font=f, size_pt=5)
    bk.text(4, 11, f"Expire le : {expiry.strftime('%d/%m/%Y')}", font=fb, size_pt=5)
    bk.text(4, 17, "Le titulaire est prié de signaler tout changement d'adresse.", font=f, size_pt=3.8)
    bk.text(4, 30, "Le Consul", font=f, size_pt=4.6)
    bk.signature(4, 34, 26, 9, rng, color=INK)
    bk.stamp(44, 26, ["AMBASSADE RDC", "BRUXELLES"], rng, shape="round", size_mm=20, color=ST_BLUE)
    if crop:
        return [fr, bk]
    sh = Sheet()
    paste(sh, fr, 14, 20, dpi=300)
    paste(sh, bk, 14, 82, dpi=300)
    sh.handwriting(
        110,
        40,
        f"GSM 04{rng.randint(60, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
        rng,
        size_pt=10,
        font="hand2",
        color=(110, 110, 110),
    )
    if annotate:
        sh.handwriting(14, 150, annotate, rng, size_pt=12)
    return [sheet_of(platen_dust(sh.render(210), rng))]


def licence_cod(person, rng, *, issue_date=None, expiry_date=None, crop=False, annotate=None, **opts):
    """The Congolese driving licence (plastic card, photo at the left, the rubrics numbered 1 to 9 as on the
    SADC-style model, no nationality on it), front only, photographed on a tablecloth and printed small in the
    upper half of the sheet, the photographer's shadow over a corner."""
    issue, expiry = _dates(rng, issue_date, expiry_date, 5)
    f, fb = NARROW, NARROW_B
    fr = Sheet(85.6, 54)
    fr.rect(0, 0, 85.6, 54, width_mm=0, fill=(250, 246, 232))
    fr.rect(0, 0, 85.6, 7, width_mm=0, fill=(206, 16, 38))
    fr.text(
        3,
        1.4,
        "RÉPUBLIQUE DÉMOCRATIQUE DU CONGO – PERMIS DE CONDUIRE",
        font=fb,
        size_pt=4.4,
        color=(255, 255, 255),
    )
    fr.photo(3, 10, 21, 27, rng)
    rows = [
        ("1.", person.surname.upper()),
        ("2.", person.given_names.upper()),
        ("3.", f"{person.birth_date.strftime('%d.%m.%Y')}  {strip_accents(person.birth_place).upper()}"),
        ("4a.", issue.strftime("%d.%m.%Y")),
        ("4b.", expiry.strftime("%d.%m.%Y")),
        ("4c.", "MIN. TRANSPORTS – KINSHASA"),
        ("5.", f"CD{_digits(rng, 8)}"),
        ("9.", "B, C"),
    ]
    y = 9.5
    for a, b in rows:
        fr.text(27, y, a, font=f, size_pt=3.6, color=(150, 20, 30))
        fr.text(33, y, glyphs(b, fb), font=fb, size_pt=fit(glyphs(b, fb), fb, 4.8, 50))
        y += 5.2
    fr.signature(3, 40, 21, 7, rng, color=INK_K)
    if crop:
        return [fr]
    img = own_shadow(
        camera_photo(fr, rng, dpi=300, bg=(170, 60, 60), margin=0.14, tilt=0.03, pattern=True), rng
    )
    sh = Sheet()
    sh.image(40, 24, 130, 130 * img.height / img.width, img)
    if annotate:
        sh.handwriting(40, 150, annotate, rng, size_pt=12)
    return [sh]


def consular_ben(person, rng, *, issue_date=None, expiry_date=None, crop=False, annotate=None, **opts):
    """The Beninese embassy's consular registration card, printed on the embassy's card printer: a green band down
    the left edge with the national colours at its foot, the photo at the top right, the data as caption-over-value
    pairs; only the front, scanned on a flatbed and printed small at the centre of the sheet, with a water stain
    beside it and the secretary's pencil note 'carte consulaire (original vu)'."""
    issue, expiry = _dates(rng, issue_date, expiry_date, 5)
    f, fb = NARROW, NARROW_B
    fr = Sheet(85.6, 54)
    fr.rect(0, 0, 85.6, 54, width_mm=0, fill=(246, 250, 244))
    fr.rect(0, 0, 7, 54, width_mm=0, fill=(0, 135, 81))
    fr.rect(0, 44, 7, 5, width_mm=0, fill=(252, 209, 22))
    fr.rect(0, 49, 7, 5, width_mm=0, fill=(232, 17, 45))
    fr.text(10, 2, "AMBASSADE DU BÉNIN – BRUXELLES", font=fb, size_pt=5.2, color=(0, 110, 70))
    fr.text(10, 5.6, "CARTE D'IMMATRICULATION CONSULAIRE", font=f, size_pt=4.4)
    fr.photo(62, 9, 20, 26, rng)
    rows = [
        ("Nom", person.surname.upper()),
        ("Prénoms", person.given_names),
        ("Date et lieu de naissance", f"{person.birth_date.strftime('%d/%m/%Y')} – {person.birth_place}"),
        ("Nationalité", "Béninoise"),
        ("N° d'immatriculation", f"BJ-BXL-{rng.randint(1000, 9999)}/{issue.year}"),
        ("Valable jusqu'au", expiry.strftime("%d/%m/%Y")),
    ]
    y = 10
    for a, b in rows:
        fr.text(10, y, a, font=f, size_pt=2.9, color=(90, 90, 90))
        fr.text(10, y + 1.2, glyphs(b, fb), font=fb, size_pt=fit(glyphs(b, fb), fb, 4.8, 50))
        y += 5.6
    fr.signature(62, 38, 20, 7, rng, color=INK_K)
    fr.stamp(44, 38, ["AMBASSADE DU BÉNIN", "BRUXELLES"], rng, shape="round", size_mm=14, color=ST_GREEN)
    if crop:
        return [fr]
    sh = Sheet()
    paste(sh, fr, 62, 110, dpi=300)
    sh.handwriting(
        62, 172, "carte consulaire (original vu)", rng, size_pt=10, font="hand2", color=(120, 120, 120)
    )
    if annotate:
        sh.handwriting(62, 184, annotate, rng, size_pt=12)
    return [sheet_of(water_stain(sh.render(210), rng, where=(0.25, 0.3), r=0.09))]


_register(
    "consular-ben-kaart-groene-band-links-kleuren-voet-watervlek-31",
    "consular-card",
    PART,
    "fr",
    consular_ben,
    country="BEN",
    photo=True,
    notes="Beninese consular card, front only, scanned small in the middle of the sheet, a water stain",
)
_register(
    "consular-cod-kaart-blauwe-band-ster-voor-achter-links-stof-31",
    "consular-card",
    PART,
    "fr",
    consular_cod,
    country="COD",
    photo=True,
    notes="Congolese consular card, front and back at the left edge, dust on the glass, a pencilled number",
)
_register(
    "licence-cod-rijbewijs-genummerde-rubrieken-tafelkleed-schaduw-31",
    "driving-licence",
    PART,
    "fr",
    licence_cod,
    country="COD",
    photo=True,
    notes="Congolese driving licence photographed on a tablecloth, no nationality on it",
)


# --------------------------------------------------------------------------- marriage acts


def marriage_cod(person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    """Kinshasa: the commune's 'ACTE DE MARIAGE' typed on the printed form in two stacked blocks, 'L'ÉPOUX' and
    'L'ÉPOUSE', each with numbered rubrics (noms, né à, le, profession, domicile, père, mère), then the dowry
    ('dot') and its amount, the two witnesses, and the signatures of the spouses, the witnesses and the officer
    in a row of four at the foot with the commune's stamp over the officer's."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(30, 400))
    wed = marriage_date or TODAY - datetime.timedelta(days=rng.randint(500, 3500))
    hus, wife = (person, spouse) if person.sex == "M" else (spouse, person)
    com = rng.choice(["Gombe", "Lingwala", "Barumbu", "Kalamu", "Ngiri-Ngiri", "Masina"])
    sh = Sheet()
    f, fb, tf = ROMAN, ROMAN_B, CPSANS
    sh.text(20, 12, "RÉPUBLIQUE DÉMOCRATIQUE DU CONGO", font=fb, size_pt=10)
    sh.text(20, 17, f"VILLE DE KINSHASA – COMMUNE DE {com.upper()}", font=f, size_pt=9)
    sh.text(190, 12, f"Acte n° {rng.randint(10, 900)}", font=f, size_pt=9.5, anchor="right")
    sh.text(
        190,
        17,
        f"Volume {rng.choice(['I', 'II'])}/{wed.year} – Folio {rng.randint(1, 200)}",
        font=f,
        size_pt=9.5,
        anchor="right",
    )
    sh.text(105, 32, "ACTE DE MARIAGE", font=fb, size_pt=16, anchor="center")
    y = (
        sh.paragraph(
            20,
            42,
            170,
            glyphs(
                f"{act_opening_fr(wed)}, devant nous, officier de l'état civil de la commune "
                f"de {com}, ont comparu :",
                f,
            ),
            font=f,
            size_pt=10.5,
            leading=1.45,
        )
        + 4
    )

    def block(title, q):
        nonlocal y
        sh.rect(20, y, 170, 7, width_mm=0, fill=(232, 232, 232))
        sh.text(22, y + 1.4, title, font=fb, size_pt=10)
        y += 9
        if q is None:
            return
        rows = [
            ("1. Noms", f"{q.surname.upper()} {q.given_names.upper()}"),
            ("2. Né(e) à", strip_accents(q.birth_place).upper()),
            ("3. Le", q.birth_date.strftime("%d/%m/%Y")),
            ("4. Profession", rng.choice(["COMMERÇANT(E)", "ENSEIGNANT(E)", "SANS", "INFIRMIER(ÈRE)"])),
            ("5. Domicile", f"KINSHASA/{com.upper()}"),
            ("6. Père", strip_accents(q.father or "—").upper()),
            ("7. Mère", strip_accents(q.mother or "—").upper()),
        ]
        for a, b in rows:
            sh.text(24, y, a, font=f, size_pt=9.8)
            sh.text(66, y, glyphs(b, tf), font=tf, size_pt=fit(glyphs(b, tf), tf, 10, 120))
            y += 6
        y += 2

    block("L'ÉPOUX", hus)
    block("L'ÉPOUSE", wife)
    y = (
        sh.paragraph(
            20,
            y + 2,
            170,
            f"Lesquels ont déclaré vouloir se prendre pour époux. La dot, fixée à "
            f"{rng.choice(['1 500', '2 000', '2 500', '3 000'])} dollars américains, a été versée à la famille "
            f"de l'épouse. Témoins : {rng.choice(['LUKUSA Mbuyi Patrick', 'MAKIESE Nzuzi Claude'])} et "
            f"{rng.choice(['KAPINGA Ngalula Rose', 'MASENGO Kabeya Alain'])}, majeurs, domiciliés à "
            f"Kinshasa.",
            font=f,
            size_pt=10.5,
            leading=1.45,
        )
        + 8
    )
    for j, t in enumerate(("L'époux", "L'épouse", "Les témoins", "L'officier de l'état civil")):
        x = 22 + j * 43
        sh.text(x, y, t, font=f, size_pt=8.5)
        sh.signature(x, y + 4, 30, 10, rng, color=INK)
    sh.stamp(
        142,
        y + 2,
        [f"COMMUNE DE {com.upper()}", "ÉTAT CIVIL", "KINSHASA"],
        rng,
        shape="round",
        size_mm=28,
        color=ST_VIOLET,
    )
    sh.text(
        20,
        y + 26,
        f"Pour copie conforme, Kinshasa, le {issue.strftime('%d/%m/%Y')}",
        font=ROMAN_I,
        size_pt=10,
    )
    return [sh]


def marriage_ben(person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    """Benin: the Cotonou civil-status centre's 'ACTE DE MARIAGE' printed in landscape: the husband's data in the
    left column and the wife's in the right column of a ruled table, the celebration's date and place in a band
    across the top, the option of monogamy written in full, the witnesses in a row under the table, the officer's
    signature ABOVE his title at the right and the round stamp."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(30, 400))
    wed = marriage_date or TODAY - datetime.timedelta(days=rng.randint(500, 3500))
    hus, wife = (person, spouse) if person.sex == "M" else (spouse, person)
    sh = Sheet(297, 210)
    f, fb = GOTHIC, GOTHIC_B
    sh.text(20, 12, "RÉPUBLIQUE DU BÉNIN – MAIRIE DE COTONOU", font=fb, size_pt=10.5)
    sh.text(
        20,
        17.5,
        f"Centre d'état civil du {rng.choice(['3e', '6e', '9e', '11e'])} arrondissement",
        font=f,
        size_pt=9,
    )
    sh.text(148, 28, "ACTE DE MARIAGE", font=fb, size_pt=16, anchor="center")
    sh.rect(20, 38, 257, 10, width_mm=0, fill=(230, 240, 232))
    sh.text(
        24,
        40.5,
        f"Célébré le {fr_long(wed)} à Cotonou – Acte n° {rng.randint(10, 900)}/{wed.year} – "
        f"Option : monogamie",
        font=f,
        size_pt=10,
    )
    y = 54
    sh.rect(20, y, 70, 8, width_mm=0.2, fill=(240, 240, 240))
    sh.rect(90, y, 93.5, 8, width_mm=0.2, fill=(240, 240, 240))
    sh.rect(183.5, y, 93.5, 8, width_mm=0.2, fill=(240, 240, 240))
    sh.text(93, y + 1.8, "ÉPOUX", font=fb, size_pt=9.5)
    sh.text(186.5, y + 1.8, "ÉPOUSE", font=fb, size_pt=9.5)
    y += 8

    def v(q, k):
        if q is None:
            return "—"
        return {
            "n": q.surname.upper(),
            "g": q.given_names,
            "d": fr_long(q.birth_date),
            "p": q.birth_place,
            "fa": q.father or "—",
            "mo": q.mother or "—",
        }[k]

    for lab, k in (
        ("Nom", "n"),
        ("Prénoms", "g"),
        ("Date de naissance", "d"),
        ("Lieu de naissance", "p"),
        ("Père", "fa"),
        ("Mère", "mo"),
    ):
        for x, w in ((20, 70), (90, 93.5), (183.5, 93.5)):
            sh.rect(x, y, w, 9, width_mm=0.2)
        sh.text(22, y + 2.2, lab, font=f, size_pt=9)
        for x, q in ((93, hus), (186.5, wife)):
            s = glyphs(v(q, k), fb)
            sh.text(x, y + 2, s, font=fb, size_pt=fit(s, fb, 10, 88))
        y += 9
    y += 5
    sh.text(
        20,
        y,
        f"Témoins : {rng.choice(['AGBANGLA Sèna Luc', 'HOUNGBÉDJI Firmin'])} – "
        f"{rng.choice(['ZINSOU Adjoa Clarisse', 'AKPLOGAN Rosine'])}",
        font=f,
        size_pt=9.5,
    )
    sh.text(20, y + 8, f"Délivré à Cotonou, le {fr_long(issue)}", font=f, size_pt=9.5)
    sh.signature(222, y + 2, 38, 12, rng, color=INK)
    sh.text(222, y + 16, "L'Officier de l'état civil", font=f, size_pt=9.5)
    sh.stamp(
        186,
        y - 4,
        ["MAIRIE DE COTONOU", "ÉTAT CIVIL", "BÉNIN"],
        rng,
        shape="round",
        size_mm=28,
        color=ST_GREEN,
    )
    return [sh]


_register(
    "marriage-cod-getypt-formulier-echtgenoot-echtgenote-blokken-dot-31",
    "marriage-certificate",
    PART,
    "fr",
    marriage_cod,
    country="COD",
    notes="Kinshasa marriage act typed on the form in two blocks, dowry and witnesses, four signatures",
)
_register(
    "marriage-ben-liggend-twee-kolommen-echtgenoten-31",
    "marriage-certificate",
    PART,
    "fr",
    marriage_ben,
    country="BEN",
    notes="Cotonou marriage act printed in landscape, the spouses in two columns",
)


# --------------------------------------------------------------------------- sworn translations


def _tr_rows(person, lang: str):
    fa = (person.father or "—").split()[0]
    mo = (person.mother or "—").split()[0]
    bd = person.birth_date
    if lang == "nl":
        return [
            ("Voornaam", person.given_names),
            ("Familienaam", person.surname.upper()),
            ("Naam van de vader", fa),
            ("Naam van de moeder", mo),
            ("Geboorteplaats", person.birth_place),
            ("Geboortedatum", nl_long(bd)),
            ("Geslacht", "man" if person.sex == "M" else "vrouw"),
            ("Burgerlijke staat", "[zoals in het origineel]"),
            ("Status van de inschrijving", "in leven"),
        ]
    if lang == "fr":
        return [
            ("Prénom", person.given_names),
            ("Nom", person.surname.upper()),
            ("Prénom du père", fa),
            ("Prénom de la mère", mo),
            ("Lieu de naissance", person.birth_place),
            ("Date de naissance", fr_long(bd)),
            ("Sexe", "masculin" if person.sex == "M" else "féminin"),
            ("État civil", "[selon l'original]"),
            ("Statut de l'inscription", "vivant(e)"),
        ]
    return [
        ("Given name", person.given_names),
        ("Surname", person.surname.upper()),
        ("Father's name", fa),
        ("Mother's name", mo),
        ("Place of birth", person.birth_place),
        ("Date of birth", en_long(bd)),
        ("Sex", "male" if person.sex == "M" else "female"),
        ("Marital status", "[as in the original]"),
        ("Registration status", "alive"),
    ]


def translation_mechelen(
    person, rng, *, issue_date=None, of_type="birth-certificate", source_lang="tr", **opts
):
    """A sworn translator of the Mechelen court, into Dutch, on two pages: page 1 the translation, the original's
    heading rendered in square brackets, the data as 'rubriek: waarde' in a single framed box, the stamps of the
    original described in italics; page 2 the translator's declaration, the oath reference, the signature BELOW
    the declaration and the translator's round seal, and the initials repeated at the foot of page 1."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(10, 60))
    g, s = rng.choice([("Elif", "Aydın"), ("Koen", "Verhaegen"), ("Serkan", "Öztürk")])
    f, fb, fi = ROMAN, ROMAN_B, ROMAN_I
    p1 = Sheet()
    p1.text(20, 12, glyphs(f"{g} {s}", fb), font=fb, size_pt=11)
    p1.text(
        20,
        17,
        "Beëdigd vertaler Turks – Nederlands · Rechtbank van eerste aanleg Antwerpen, afdeling Mechelen",
        font=f,
        size_pt=8.5,
        color=GREY,
    )
    p1.text(105, 32, "VERTALING UIT HET TURKS", font=fb, size_pt=13, anchor="center")
    p1.text(20, 44, "[Republiek Turkije]", font=f, size_pt=10.5)
    p1.text(
        20,
        50,
        "[Bevolkingsdienst van het district – Uittreksel uit het bevolkingsregister]",
        font=f,
        size_pt=10.5,
    )
    p1.rect(20, 58, 170, 9 * 7.5 + 6, width_mm=0.4)
    y = 61
    for a, b in _tr_rows(person, "nl"):
        p1.text(24, y, a + ":", font=f, size_pt=10.5)
        p1.text(82, y, glyphs(b, fb), font=fb, size_pt=fit(glyphs(b, fb), fb, 10.5, 104))
        y += 7.5
    y += 10
    y = (
        p1.paragraph(
            20,
            y,
            170,
            "[Ronde stempel van de bevolkingsdienst; handtekening van de ambtenaar; "
            "rechthoekige stempel 'EENSLUIDEND MET HET ORIGINEEL']",
            font=fi,
            size_pt=10,
        )
        + 4
    )
    p1.handwriting(180, 280, glyphs(g[0] + s[0], "hand1"), rng, size_pt=11, font="hand1", color=INK)
    p1.text(105, 287, "1/2", font=f, size_pt=8, anchor="center", color=GREY)
    p2 = Sheet()
    p2.text(20, 12, glyphs(f"{g} {s}", fb), font=fb, size_pt=11)
    y = (
        p2.paragraph(
            20,
            34,
            170,
            glyphs(
                f"Ondergetekende, {g} {s}, beëdigd vertaler, verklaart dat de voorgaande "
                f"vertaling getrouw en volledig is en overeenstemt met het Turkse document "
                f"dat hem/haar werd voorgelegd.",
                f,
            ),
            font=f,
            size_pt=11,
            leading=1.55,
        )
        + 4
    )
    y = (
        p2.paragraph(
            20,
            y,
            170,
            f"Eed afgelegd voor de rechtbank van eerste aanleg Antwerpen op "
            f"{nl_long(datetime.date(rng.randint(2009, 2021), rng.randint(1, 12), rng.randint(1, 28)))}; "
            f"ingeschreven in het nationaal register onder nr. {rng.randint(1000, 9999)}.",
            font=f,
            size_pt=10.5,
            leading=1.5,
        )
        + 8
    )
    p2.text(20, y, f"Mechelen, {nl_long(issue)}", font=f, size_pt=11)
    p2.signature(20, y + 6, 42, 14, rng, color=INK)
    p2.stamp(80, y + 2, ["BEËDIGD VERTALER", "MECHELEN"], rng, shape="round", size_mm=26, color=ST_BLUE)
    p2.text(105, 287, "2/2", font=f, size_pt=8, anchor="center", color=GREY)
    return [p1, p2]


def translation_maastricht(
    person, rng, *, issue_date=None, of_type="birth-certificate", source_lang="tr", **opts
):
    """A sworn translator in Maastricht, into Dutch: the letterhead with the Wbtv number in a grey line, the
    translation laid out as a replica of the original (the registry references in a row of small boxes, then the
    labels and values), the translator's notes numbered as footnotes, the certification under a rule and the
    translator's red seal over the signature."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(10, 60))
    g, s = rng.choice([("Zeynep", "Kılıç"), ("Marieke", "Janssen"), ("Hakan", "Doğan")])
    f, fb = SERIFC, SERIFC_B
    sh = Sheet()
    sh.text(20, 12, glyphs(f"{g} {s}", fb), font=fb, size_pt=12)
    sh.text(
        20,
        18,
        "Beëdigd vertaler Turks-Nederlands · Vrijthof " + str(rng.randint(2, 60)) + ", Maastricht",
        font=f,
        size_pt=8.5,
    )
    sh.rect(20, 22, 170, 5, width_mm=0, fill=(230, 230, 230))
    sh.text(22, 22.6, f"Wbtv-nummer {rng.randint(10000, 99999)}", font=f, size_pt=8)
    sh.text(20, 36, "Beëdigde vertaling uit het Turks", font=fb, size_pt=12.5)
    sh.text(
        20,
        44,
        "T.C. – [naam van de districtsbevolkingsdienst]¹ – UITTREKSEL UIT HET BEVOLKINGSREGISTER",
        font=f,
        size_pt=9,
    )
    x = 20
    for a in ("Provincie", "District", "Wijk/Dorp", "Deel", "Gezin", "Volgnr."):
        sh.rect(x, 50, 27, 9, width_mm=0.2)
        sh.text(x + 1.5, 51, a, font=f, size_pt=6.5, color=GREY)
        sh.text(x + 1.5, 54.5, "[zie origineel]", font=f, size_pt=7)
        x += 28.5
    y = 66
    for a, b in _tr_rows(person, "nl"):
        sh.text(24, y, a, font=f, size_pt=10.5)
        sh.text(80, y, ": " + glyphs(b, f), font=f, size_pt=10.5)
        y += 7
    y += 4
    sh.text(20, y, "[Stempel: 'Eensluidend met het origineel']² [handtekening]", font=f, size_pt=10)
    y += 14
    sh.rule(20, y, 100, y, width_mm=0.2)
    sh.text(20, y + 2, "¹ De naam van het district staat in het origineel.", font=f, size_pt=8)
    sh.text(20, y + 6, "² In het Turks: 'ASLI GİBİDİR'.", font=f, size_pt=8)
    y += 18
    sh.rule(20, y, 190, y, width_mm=0.3)
    y = (
        sh.paragraph(
            20,
            y + 4,
            170,
            glyphs(
                f"Ondergetekende, {g} {s}, beëdigd vertaler, ingeschreven in het "
                f"Register beëdigde tolken en vertalers, verklaart dat deze vertaling "
                f"getrouw en volledig is.",
                f,
            ),
            font=f,
            size_pt=10.5,
            leading=1.5,
        )
        + 6
    )
    sh.text(20, y, f"Maastricht, {nl_long(issue)}", font=f, size_pt=10.5)
    sh.signature(120, y + 2, 42, 14, rng, color=INK)
    sh.stamp(118, y - 4, ["BEËDIGD VERTALER", "WBTV"], rng, shape="round", size_mm=26, color=ST_RED)
    return [sh]


_register(
    "translation-be-mechelen-twee-bladzijden-kader-verklaring-p2-31",
    "translation",
    PART,
    "nl",
    translation_mechelen,
    country="BEL",
    notes="Mechelen sworn translation into Dutch on two pages, the declaration on the second",
)
_register(
    "translation-nl-maastricht-replica-voetnoten-rode-zegel-31",
    "translation",
    PART,
    "nl",
    translation_maastricht,
    country="NLD",
    notes="Maastricht sworn translation laid out as a replica of the original, footnotes, red seal",
)
