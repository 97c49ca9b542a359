"""Identity and civil-status families of the `thirtyeighth` part (registered in identity.FAMILIES).

Written after dev, heldout and the parts fresh to thirty-seventh had been read, by a writer who saw neither the
validator nor its output, from the seeds and from how such papers look in Belgian and Dutch files.  The families
are described only in their docstrings and registration notes (the part is read blind).

This part's faces are URW Bookman, C059 (Century Schoolbook-like), Nimbus Sans, Carlito, Liberation Sans Narrow,
DejaVu Sans Condensed, Courier Prime and Nimbus Mono PS; its hands are the thick dkg pen, Z003 (chancery) and Humor
Sans block capitals; signatures in Kristi.  The small drawing helpers of twentyeighth_identity (glyph fallback,
fitting, pasting) are reused; the copy habits of this part (grey recycled paper, a diagonal fold, a page turned a
quarter, a stamp pressed over the text) are drawn by the helpers below.
"""

from __future__ import annotations

import datetime
import random

from PIL import Image, ImageChops, ImageDraw, ImageFilter

from . import mrz as M
from .identity import TODAY, _dates, _digits, _mrz_data, _register
from .paper import Sheet
from .people import strip_accents
from .twentyeighth_identity import fit, glyphs, paste, sheet_of, wrap

PART = "thirtyeighth"
GREY = (96, 96, 102)
INK = (20, 36, 120)
INK_K = (30, 30, 34)
ST_BLUE = (36, 58, 150)
ST_VIOLET = (104, 48, 140)
ST_RED = (170, 40, 40)
ST_GREEN = (36, 100, 62)
OCR = 2.54 / 0.602 / (25.4 / 72)

_U = "/usr/share/fonts/opentype/urw-base35"
_T = "/usr/share/fonts/truetype"
BOOK = f"{_U}/URWBookman-Light.otf"
BOOK_B = f"{_U}/URWBookman-Demi.otf"
BOOK_I = f"{_U}/URWBookman-LightItalic.otf"
CENT = f"{_U}/C059-Roman.otf"
CENT_B = f"{_U}/C059-Bold.otf"
CENT_I = f"{_U}/C059-Italic.otf"
NIMS = f"{_U}/NimbusSans-Regular.otf"
NIMS_B = f"{_U}/NimbusSans-Bold.otf"
CARL = f"{_T}/crosextra/Carlito-Regular.ttf"
CARL_B = f"{_T}/crosextra/Carlito-Bold.ttf"
CARL_I = f"{_T}/crosextra/Carlito-Italic.ttf"
NARROW = f"{_T}/liberation/LiberationSansNarrow-Regular.ttf"
NARROW_B = f"{_T}/liberation/LiberationSansNarrow-Bold.ttf"
COND = f"{_T}/dejavu/DejaVuSansCondensed.ttf"
COND_B = f"{_T}/dejavu/DejaVuSansCondensed-Bold.ttf"
CPRIME = "/usr/share/fonts/opentype/courier-prime/Courier Prime.otf"
CPRIME_B = "/usr/share/fonts/opentype/courier-prime/Courier Prime Bold.otf"
NMONO = f"{_U}/NimbusMonoPS-Regular.otf"
NMONO_B = f"{_U}/NimbusMonoPS-Bold.otf"
PEN = f"{_T}/fifthhorseman/dkgBd.ttf"
CHANCERY = f"{_U}/Z003-MediumItalic.otf"
BLOCK = "blockcaps"

_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
       "décembre"]
_NL = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
       "november", "december"]
_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
       "Dezember"]
_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
       "November", "December"]
_TR = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"]


def d_dot(d: datetime.date) -> str:
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def d_sl(d: datetime.date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def d_nl(d: datetime.date) -> str:
    return f"{d.day} {_NL[d.month - 1]} {d.year}"


def d_fr(d: datetime.date, le: bool = False) -> str:
    s = f"{'1er' if d.day == 1 else d.day} {_FR[d.month - 1]} {d.year}"
    return "le " + s if le else s


def d_de(d: datetime.date) -> str:
    return f"{d.day}. {_DE[d.month - 1]} {d.year}"


def d_en(d: datetime.date) -> str:
    return f"{d.day} {_EN[d.month - 1]} {d.year}"


def d_tr(d: datetime.date) -> str:
    return f"{d.day:02d} {_TR[d.month - 1]} {d.year}"


_UNITS = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
          "treize", "quatorze", "quinze", "seize"]
_TENS = {20: "vingt", 30: "trente", 40: "quarante", 50: "cinquante", 60: "soixante"}


def _n_fr(n: int) -> str:
    if n <= 16:
        return _UNITS[n]
    if n < 20:
        return "dix-" + _UNITS[n - 10]
    if n < 70:
        t, u = (n // 10) * 10, n % 10
        return _TENS[t] if u == 0 else f"{_TENS[t]}{' et un' if u == 1 else '-' + _UNITS[u]}"
    if n < 80:
        return "soixante" + (" et onze" if n == 71 else "-" + _n_fr(n - 60))
    if n < 100:
        return "quatre-vingt" + ("s" if n == 80 else "-" + _n_fr(n - 80))
    if n < 1000:
        h, r = divmod(n, 100)
        s = "cent" if h == 1 else _UNITS[h] + " cent" + ("s" if r == 0 else "")
        return s + ("" if r == 0 else " " + _n_fr(r))
    th, r = divmod(n, 1000)
    s = "mille" if th == 1 else _n_fr(th) + " mille"
    return s + ("" if r == 0 else " " + _n_fr(r))


def fr_words(d: datetime.date) -> str:
    """'l'an mil neuf cent quatre-vingt-sept, le vingt-trois mars' as Comorian registers write it."""
    yr = _n_fr(d.year).replace("mille", "mil", 1) if d.year < 2000 else _n_fr(d.year)
    day = "premier" if d.day == 1 else _n_fr(d.day)
    return f"l'an {yr}, le {day} {_FR[d.month - 1]}"


# --------------------------------------------------------------------------- copy habits of this part


def grey_paper(img: Image.Image, rng: random.Random) -> Image.Image:
    """Recycled grey paper: a flat grey cast with faint fibres."""
    im = img.convert("RGB")
    W, H = im.size
    im = ImageChops.multiply(im, Image.new("RGB", (W, H), (226, 226, 222)))
    d = ImageDraw.Draw(im)
    for _ in range(int(W * H / 40000)):
        x, y = rng.uniform(0, W), rng.uniform(0, H)
        ln = rng.uniform(3, 12)
        d.line([(x, y), (x + ln, y + rng.uniform(-3, 3))], fill=(200, 200, 196), width=1)
    return im


def diagonal_fold(img: Image.Image, rng: random.Random) -> Image.Image:
    """A corner that was folded over in the file and flattened: a soft shadow along a diagonal."""
    im = img.convert("RGB")
    W, H = im.size
    mask = Image.new("L", (W, H), 0)
    d = ImageDraw.Draw(mask)
    x0 = int(W * rng.uniform(0.55, 0.7))
    y1 = int(H * rng.uniform(0.18, 0.3))
    for i in range(14):
        d.line([(x0 + i * 2, 0), (W, y1 + i * 2)], fill=max(0, 120 - i * 8), width=2)
    mask = mask.filter(ImageFilter.GaussianBlur(3))
    return Image.composite(Image.new("RGB", (W, H), (70, 70, 76)), im, mask)


def fold_band(img: Image.Image, *, y: float, reach: float = 0.012) -> Image.Image:
    """The shadow at a horizontal fold: dark at the crease, fading both ways (y, reach: fractions of the height)."""
    im = img.convert("RGB")
    W, H = im.size
    mask = Image.new("L", (W, H), 0)
    d = ImageDraw.Draw(mask)
    yy, rr = int(y * H), max(2, int(reach * H))
    for i in range(rr):
        v = int(80 * (1 - i / rr) ** 2)
        d.line([(0, yy + i), (W, yy + i)], fill=v)
        d.line([(0, yy - i), (W, yy - i)], fill=v)
    return Image.composite(Image.new("RGB", (W, H), (90, 90, 96)), im, mask.filter(ImageFilter.GaussianBlur(2)))


def turned(sh: Sheet, angle: int, dpi: int = 200) -> Sheet:
    """The whole page turned on the glass (90: a quarter, 180: upside down); A4 stays A4."""
    img = sh.render(dpi).rotate(angle, expand=True)
    w, h = (sh.height_mm, sh.width_mm) if angle in (90, 270) else (sh.width_mm, sh.height_mm)
    return sheet_of(img, w, h)


def _mrz(s: Sheet, x: float, y: float, lines: list[str], *, pitch: float = 5.0, size: float = OCR) -> None:
    for i, ln in enumerate(lines):
        s.text(x, y + i * pitch, ln, font="ocrb", size_pt=size, color=(16, 16, 20))


def _waves(w: float, h: float, rng: random.Random, bg, ink, k: int = 8) -> Image.Image:
    """Security print of this part: concentric rosettes from two centres."""
    import math
    W, H = int(w * k), int(h * k)
    im = Image.new("RGB", (W, H), bg)
    d = ImageDraw.Draw(im)
    for cx, cy in ((W * rng.uniform(0.2, 0.4), H * 0.5), (W * rng.uniform(0.6, 0.85), H * rng.uniform(0.3, 0.7))):
        for r in range(6, int(max(W, H) * 0.9), 11):
            pts = []
            for t in range(0, 361, 6):
                a = math.radians(t)
                rr = r + 3 * math.sin(a * 9)
                pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
            d.line(pts, fill=ink, width=1)
    return im


def _par(person, father, mother):
    return (father or person.father or f"{person.surname.split()[0]} X"), (mother or person.mother or "X")


def _T(sh: Sheet, x, y, s, *, font=NIMS, size=9.0, color=(0, 0, 0), anchor="left") -> float:
    s = glyphs(str(s), font)
    sh.text(x, y, s, font=font, size_pt=size, color=color, anchor=anchor)
    return sh.text_width(s, font=font, size_pt=size)


def _P(sh: Sheet, x, y, w, s, *, font=CENT, size=10.5, lead=1.4, color=(0, 0, 0)) -> float:
    lh = size * 0.3528 * lead
    for ln in wrap(glyphs(s, font), w, font, size):
        sh.text(x, y, ln, font=font, size_pt=size, color=color)
        y += lh
    return y


def _pen(sh: Sheet, x, y, s, rng, *, size=12.0, color=INK, font=PEN) -> None:
    sh.handwriting(x, y, glyphs(s, font), rng, size_pt=size, color=color, font=font)


def _boxes(sh: Sheet, x, y, s, rng, *, n: int, w: float = 5.0, h: float = 6.5, color=INK) -> float:
    """A comb of n boxes filled letter by letter with a pen (block capitals)."""
    s = strip_accents(s).upper()
    for i in range(n):
        sh.rect(x + i * w, y, w, h, width_mm=0.2, color=(60, 60, 60))
        if i < len(s) and s[i] != " ":
            sh.handwriting(x + i * w + 0.9, y + 0.2, s[i], rng, size_pt=11, color=color, font=BLOCK)
    return x + n * w


# --------------------------------------------------------------------------- passports (TD3)

_PP = {
    "COM": dict(state="UNION DES COMORES", state2="Unité – Solidarité – Développement", title="PASSEPORT",
                col=(18, 98, 60), bg=(238, 246, 240), ink=(208, 228, 214), nat="COMORIENNE",
                auth="DGSN MORONI", years=5, num=lambda r: "ME" + _digits(r, 7),
                caps=["Type", "Code", "Passeport N°", "Nom", "Prénoms", "Nationalité", "Date de naissance", "Sexe",
                      "Lieu de naissance", "Délivré le", "Expire le", "Autorité"],
                df=d_dot, font=BOOK, font_b=BOOK_B),
    "MWI": dict(state="REPUBLIC OF MALAWI", state2="", title="PASSPORT",
                col=(20, 40, 110), bg=(238, 240, 250), ink=(212, 216, 238), nat="MALAWIAN",
                auth="DEPT. OF IMMIGRATION & CITIZENSHIP SERVICES", years=10, num=lambda r: "MA" + _digits(r, 7),
                caps=["Type", "Country code", "Passport No.", "Surname", "Given names", "Nationality",
                      "Date of birth", "Sex", "Place of birth", "Date of issue", "Date of expiry", "Authority"],
                df=lambda d: f"{d.day:02d} {_EN[d.month - 1][:3].upper()} {d.year}", font=NIMS, font_b=NIMS_B),
    "TUR": dict(state="TÜRKİYE CUMHURİYETİ", state2="REPUBLIC OF TÜRKİYE", title="PASAPORT",
                col=(150, 26, 36), bg=(250, 240, 238), ink=(236, 210, 206), nat="T.C.",
                auth="T.C. İÇİŞLERİ BAKANLIĞI", years=10, num=lambda r: "U" + _digits(r, 8),
                caps=["Tipi / Type", "Ülke kodu / Code", "Pasaport No", "Soyadı / Surname", "Adı / Name",
                      "Uyruğu / Nationality", "Doğum tarihi / Date of birth", "Cinsiyet / Sex",
                      "Doğum yeri / Place of birth", "Veriliş / Issue", "Geçerlilik / Expiry", "Makam / Authority"],
                df=lambda d: f"{d.day:02d} {_TR[d.month - 1][:3].upper()}/{_EN[d.month - 1][:3].upper()} {d.year}",
                font=CARL, font_b=CARL_B),
    "SUR": dict(state="REPUBLIEK SURINAME", state2="", title="PASPOORT", col=(150, 30, 30),
                bg=(246, 244, 234), ink=(228, 222, 200), nat="SURINAAMSE", auth="CBB PARAMARIBO", years=10,
                num=lambda r: "R" + _digits(r, 7),
                caps=["Type", "Code", "Nummer", "Naam", "Voornamen", "Nationaliteit", "Geboortedatum", "Geslacht",
                      "Geboorteplaats", "Afgegeven", "Geldig tot", "Autoriteit"],
                df=d_sl, font=CENT, font_b=CENT_B),
}


def _pp_page(code, person, rng, number, issue, expiry, lines) -> Sheet:
    """This part's data page: a coloured band down the LEFT edge carrying the state's name turned a quarter; the
    photo at the upper LEFT inside the band's margin, a small ghost photo at the lower right; the data in ONE
    column with each caption to the LEFT of its value (caption in small grey type, value in bold capitals); the
    passport number in red at the upper right; the holder's signature under the photo; the MRZ at the foot."""
    cfg = _PP[code]
    f, fb = cfg["font"], cfg["font_b"]
    s = Sheet(125, 88)
    s.image(0, 0, 125, 64, _waves(125, 64, rng, cfg["bg"], cfg["ink"]))
    s.rect(0, 0, 6, 64, width_mm=0, fill=cfg["col"])
    band = Sheet(64, 6)
    band.rect(0, 0, 64, 6, width_mm=0, fill=cfg["col"])
    band.text(32, 1.4, glyphs(cfg["state"], fb), font=fb, size_pt=fit(cfg["state"], fb, 7, 60), color=(255, 255, 255),
              anchor="center")
    paste(s, band, 0, 0, dpi=300, angle=90, bg=cfg["col"])
    s.text(10, 2.5, glyphs(cfg["title"], fb), font=fb, size_pt=8, color=cfg["col"])
    if cfg["state2"]:
        s.text(10, 6.2, glyphs(cfg["state2"], f), font=f, size_pt=fit(cfg["state2"], f, 5.2, 60), color=cfg["col"])
    s.text(121, 2.5, number, font="ocrb", size_pt=9, color=(186, 30, 30), anchor="right")
    s.photo(9, 11, 27, 34, rng)
    s.signature(10, 47, 25, 8, rng, color=(28, 28, 34), style="loops" if rng.random() < 0.5 else None)
    s.photo(106, 44, 13, 16, rng)
    C = cfg["caps"]
    vals = [(C[0] + " / " + C[1], f"P   {code}"), (C[3], person.surname.upper()),
            (C[4], person.given_names.upper()), (C[5], cfg["nat"]), (C[6], cfg["df"](person.birth_date)),
            (C[7], person.sex), (C[8], strip_accents(person.birth_place).upper()), (C[9], cfg["df"](issue)),
            (C[10], cfg["df"](expiry)), (C[11], cfg["auth"])]
    y = 11.5
    for cap, val in vals:
        cc = glyphs(cap, f)
        s.text(40, y + 0.5, cc, font=f, size_pt=fit(cc, f, 4.2, 24), color=(90, 90, 96))
        vv = glyphs(val, fb)
        s.text(66, y, vv, font=fb, size_pt=fit(vv, fb, 6.8, 40 if y > 40 else 54))
        y += 4.9
    s.rect(0, 64, 125, 24, width_mm=0, fill=(252, 252, 250))
    _mrz(s, 4.5, 70.5, lines, pitch=5.4)
    return s


def _obs_page(code: str, rng: random.Random, expiry: datetime.date) -> Sheet:
    cfg = _PP[code]
    s = Sheet(125, 88)
    s.image(0, 0, 125, 88, _waves(125, 88, rng, cfg["bg"], cfg["ink"]))
    head = {"COM": "OBSERVATIONS", "MWI": "ENDORSEMENTS", "TUR": "TAHDİDAT / ENDORSEMENTS", "SUR": "AANTEKENINGEN"}
    s.text(62.5, 4, head[code], font=cfg["font"], size_pt=7, anchor="center", color=GREY)
    s.text(10, 14, glyphs({"COM": "Sans observation.", "MWI": "Nil.", "TUR": "Yoktur.", "SUR": "Geen."}[code],
                          cfg["font"]), font=cfg["font"], size_pt=7, color=GREY)
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
        if habit == "grey":
            # the booklet open on the glass: observations page ABOVE the data page, copied on grey recycled paper;
            # the lawyer's 'copie certifiée conforme' stamp pressed partly over the observations page's text
            paste(sh, _obs_page(code, rng, expiry), 42, 24, dpi=200)
            paste(sh, page, 42, 112, dpi=300)
            sh.stamp(70, 40, ["COPIE CERTIFIÉE", "CONFORME"], rng, shape="oval", size_mm=36, color=ST_VIOLET,
                     angle=rng.uniform(-14, 14))
            if annotate:
                sh.handwriting(42, 210, annotate, rng, size_pt=12, font=PEN)
            return [sheet_of(grey_paper(sh.render(200), rng))]
        if habit == "quarter":
            # the data page alone, enlarged to 130 %, copied with the page lying across the glass: the sheet comes
            # out turned a quarter (the reader must turn it back)
            paste(sh, page, 24, 30, k=1.3, dpi=300)
            if annotate:
                sh.handwriting(24, 160, annotate, rng, size_pt=12, font=PEN)
            sh.text(186, 284, "scan 0" + str(rng.randint(1, 9)), font=NARROW, size_pt=7, color=GREY, anchor="right")
            return [turned(sh, 90)]
        if habit == "fold":
            # the copy kept folded in three in a wallet: data page at the top third, two fold shadows across the
            # sheet; a corner folded over at the upper right
            paste(sh, page, 42, 26, k=1.05, dpi=300)
            if annotate:
                sh.handwriting(42, 128, annotate, rng, size_pt=12, font=PEN)
            img = fold_band(fold_band(sh.render(200), y=0.333), y=0.667)
            return [sheet_of(diagonal_fold(img, rng))]
        # "upside": the data page and the opposite page side by side turned a quarter on the sheet, and the whole
        # page copied upside down
        spread = Sheet(250, 88)
        paste(spread, _obs_page(code, rng, expiry), 0, 0, dpi=200)
        paste(spread, page, 125, 0, dpi=300)
        spread.rect(124, 0, 2, 88, width_mm=0, fill=(150, 150, 150))
        paste(sh, spread, 60, 24, dpi=260, angle=90)
        if annotate:
            sh.handwriting(16, 280, annotate, rng, size_pt=12, font=PEN)
        return [turned(sh, 180)]

    return make


for _code, _habit, _lang, _note in (
    ("COM", "grey", "fr", "Comorian passport: observations page above data page on grey recycled paper, certification "
                          "stamp over the observations"),
    ("MWI", "quarter", "en", "Malawian passport: data page at 130 %, the sheet copied turned a quarter"),
    ("TUR", "fold", "tr/en", "Turkish passport: data page in the top third, folded in three, a corner folded over"),
    ("SUR", "upside", "nl", "Surinamese passport: spread turned a quarter, the whole sheet upside down"),
):
    _register(f"passport-td3-{_code.lower()}-bandrand-links-staatsnaam-gedraaid-label-links-{_habit}-38",
              "identity-document", PART, _lang, _passport(_code, _habit), country=_code, mrz="TD3", photo=True,
              notes=_note + "; caption left of each value in one column, photo upper left, ghost photo")


# --------------------------------------------------------------------------- Comorian identity card (TD1)


def idcard_com(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, crop=False,
               annotate=None, **opts):
    """The Comorian biometric identity card: front and back SIDE BY SIDE on a LANDSCAPE A4 sheet at 140 %; on the
    front the photo at the RIGHT and the data at the left as caption over value (Carlito); on the back the NIN, the
    address and the three-line MRZ.  A crease runs down the middle of the sheet between the two sides."""
    issue, expiry = _dates(rng, issue_date, expiry_date, 10)
    number = "KM" + _digits(rng, 7)
    nin = _digits(rng, 12)
    md = _mrz_data(person, mrz_override)
    lines = M.td1(issuing="COM", surname=md["surname"], given=md["given_names"], number=md.get("number", number),
                  nationality=md["nationality"], birth_date=md["birth_date"], sex=md["sex"], expiry=expiry,
                  doc_code="ID", break_check=break_check)
    fr = Sheet(85.6, 54)
    fr.image(0, 0, 85.6, 54, _waves(85.6, 54, rng, (240, 248, 242), (212, 232, 218)))
    fr.text(3, 2, "UNION DES COMORES", font=CARL_B, size_pt=7.5, color=(18, 98, 60))
    fr.text(3, 5.6, "CARTE NATIONALE D'IDENTITÉ", font=CARL_B, size_pt=6, color=(18, 98, 60))
    fr.photo(60, 10, 22, 28, rng)
    rows = [("Nom", person.surname.upper()), ("Prénoms", person.given_names), ("Date et lieu de naissance",
            f"{d_dot(person.birth_date)}  {person.birth_place}"), ("Sexe", person.sex), ("N° de carte", number)]
    y = 10
    for a, b in rows:
        fr.text(3, y, a, font=CARL, size_pt=4.5, color=GREY)
        bb = glyphs(b, CARL_B)
        fr.text(3, y + 1.8, bb, font=CARL_B, size_pt=fit(bb, CARL_B, 6.8, 54))
        y += 6.6
    fr.signature(60, 40, 22, 7, rng, color=(28, 28, 34))
    bk = Sheet(85.6, 54)
    bk.rect(0, 0, 85.6, 54, width_mm=0, fill=(246, 248, 246))
    r2 = [("NIN", nin), ("Nationalité", "Comorienne"), ("Domicile", rng.choice(["Moroni Hamramba", "Iconi",
                                                                                "Mutsamudu Hamchako", "Fomboni"])),
          ("Délivrée le", d_dot(issue)), ("Valable jusqu'au", d_dot(expiry))]
    y = 3
    for a, b in r2:
        bk.text(4, y, f"{a} :", font=CARL, size_pt=5.2, color=GREY)
        bk.text(30, y, glyphs(b, CARL_B), font=CARL_B, size_pt=6)
        y += 4
    bk.rect(0, 30, 85.6, 24, width_mm=0, fill=(255, 255, 255))
    _mrz(bk, 3.4, 33.5, lines, pitch=5.6, size=OCR * 0.98)
    if crop:
        return [fr, bk]
    sh = Sheet(297, 210)
    paste(sh, fr, 18, 50, k=1.4, dpi=300)
    paste(sh, bk, 158, 50, k=1.4, dpi=300)
    if annotate:
        sh.handwriting(18, 150, annotate, rng, size_pt=12, font=PEN)
    sh.text(18, 190, "Recto / verso", font=NARROW, size_pt=8, color=GREY)
    img = sh.render(200)
    W, H = img.size
    d = ImageDraw.Draw(img)
    cx = W // 2 + rng.randint(-8, 8)
    for off, col in ((0, (140, 140, 140)), (2, (236, 236, 236))):
        d.line([(cx + off, 0), (cx + off, H)], fill=col, width=2)
    return [sheet_of(img, 297, 210)]


_register("idcard-td1-com-cni-recto-verso-naast-elkaar-liggend-a4-vouwlijn-38", "identity-document", PART, "fr",
          idcard_com, country="COM", mrz="TD1", photo=True,
          notes="Comorian identity card, front and back side by side on a landscape A4 sheet, a crease between them")


# --------------------------------------------------------------------------- Dutch residence document (TD1)


def permit_nl(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, crop=False,
              v_number=None, purpose=None, annotate=None, **opts):
    """The Dutch residence document: front ABOVE back in the LOWER half of the sheet at 125 %, the office's
    'Kopie conform origineel' stamp pressed over the back's remarks; on the front the V-number printed 'VNR' under
    the photo; the upper half holds the client's name and a handwritten note."""
    issue, expiry = _dates(rng, issue_date, expiry_date, 5)
    number = "".join(rng.choice("BCDFGHJKLMNPRSTVWXZ") for _ in range(2)) + _digits(rng, 7)
    vnr = v_number or ("3" + _digits(rng, 9))
    md = _mrz_data(person, mrz_override)
    lines = M.td1(issuing="NLD", surname=md["surname"], given=md["given_names"], number=number,
                  nationality=md["nationality"], birth_date=md["birth_date"], sex=md["sex"], expiry=expiry,
                  doc_code="IR", break_check=break_check)
    fr = Sheet(85.6, 54)
    fr.image(0, 0, 85.6, 54, _waves(85.6, 54, rng, (244, 240, 232), (226, 216, 200)))
    fr.text(3, 2, "KONINKRIJK DER NEDERLANDEN", font=NIMS_B, size_pt=5.6, color=(30, 60, 120))
    fr.text(3, 5, "VERBLIJFSDOCUMENT", font=NIMS_B, size_pt=7.5, color=(30, 60, 120))
    fr.photo(3, 10, 22, 28, rng)
    fr.text(3, 40, f"VNR {vnr}", font=NIMS_B, size_pt=6)
    rows = [("Naam", person.surname.upper()), ("Voornamen", person.given_names.upper()),
            ("Geboortedatum", d_dot(person.birth_date)), ("Nationaliteit", person.nationality),
            ("Geslacht", person.sex), ("Geldig tot", d_dot(expiry)), ("Documentnummer", number)]
    y = 10
    for a, b in rows:
        fr.text(28, y, a, font=NIMS, size_pt=4.2, color=GREY)
        bb = glyphs(b, NIMS_B)
        fr.text(28, y + 1.6, bb, font=NIMS_B, size_pt=fit(bb, NIMS_B, 6, 55))
        y += 5.2
    fr.signature(50, 46, 20, 6, rng, color=(28, 28, 34))
    bk = Sheet(85.6, 54)
    bk.rect(0, 0, 85.6, 54, width_mm=0, fill=(248, 246, 240))
    bk.text(3, 3, "Verblijfsvergunning regulier bepaalde tijd", font=NIMS_B, size_pt=6)
    bk.text(3, 7, glyphs(purpose or "verblijf bij partner", NIMS), font=NIMS, size_pt=6)
    bk.text(3, 11, "Arbeid is vrij toegestaan. TWV niet vereist.", font=NIMS, size_pt=5.5)
    bk.text(3, 15, f"Afgegeven {d_dot(issue)}", font=NIMS, size_pt=5.5)
    bk.rect(0, 31, 85.6, 23, width_mm=0, fill=(255, 255, 255))
    _mrz(bk, 3.4, 34, lines, pitch=5.4, size=OCR * 0.98)
    if crop:
        return [fr, bk]
    sh = Sheet()
    sh.text(30, 28, glyphs(f"{person.surname.upper()}, {person.given_names}", NIMS), font=NIMS, size_pt=10)
    sh.handwriting(30, 40, "VVR voor- en achterzijde", rng, size_pt=13, font=PEN, color=INK)
    if annotate:
        sh.handwriting(30, 54, annotate, rng, size_pt=12, font=PEN)
    paste(sh, fr, 50, 135, k=1.25, dpi=300)
    paste(sh, bk, 50, 135 + 54 * 1.25 + 8, k=1.25, dpi=300)
    sh.stamp(96, 212, ["KOPIE CONFORM", "ORIGINEEL"], rng, shape="rect", size_mm=40, color=ST_BLUE,
             angle=rng.uniform(-8, 8))
    return [sh]


_register("permit-nl-verblijfsdocument-voor-boven-achter-onderste-helft-stempel-over-achterzijde-38",
          "identity-document", PART, "nl", permit_nl, country="NLD", mrz="TD1", photo=True,
          notes="Dutch residence document front above back in the lower half, stamp over the back")


# --------------------------------------------------------------------------- birth certificates


def birth_com(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Comorian 'copie intégrale d'acte de naissance' over TWO pages: page 1 the register's heading in a box at the
    upper left (island, prefecture, centre d'état civil, act number), the act in prose with the dates in words;
    page 2 the marginal notes ('Néant'), the certification 'Pour copie certifiée conforme' and the officer's
    signature BELOW the label, the round seal pressed over the officer's typed name."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(30, 300))
    act = act_date or person.birth_date + datetime.timedelta(days=rng.randint(2, 30))
    fa, mo = _par(person, father, mother)
    island = rng.choice(["Ngazidja", "Ndzuwani", "Mwali"])
    n = rng.randint(12, 480)
    s1 = Sheet()
    s1.rect(18, 16, 80, 34, width_mm=0.4)
    for i, t in enumerate(["UNION DES COMORES", f"Île autonome de {island}",
                           f"Préfecture de {person.birth_place if person.birth_country == 'Comoros' else 'Moroni'}",
                           "CENTRE PRINCIPAL D'ÉTAT CIVIL", f"Acte n° {n}/{act.year}"]):
        _T(s1, 22, 19 + i * 6, t, font=BOOK_B if i in (0, 3) else BOOK, size=9)
    _T(s1, 192, 20, "Unité – Solidarité – Développement", font=BOOK_I, size=8.5, anchor="right")
    _T(s1, 105, 64, "COPIE INTÉGRALE D'ACTE DE NAISSANCE", font=BOOK_B, size=13, anchor="center")
    s1.rule(50, 71, 160, 71, width_mm=0.3)
    e = "e" if person.sex == "F" else ""
    txt = (f"De {fr_words(act)}, à dix heures, par-devant Nous, officier de l'état civil du centre principal de "
           f"{person.birth_place}, a comparu {fa}, cultivateur, domicilié à {person.birth_place}, lequel nous a "
           f"déclaré que, {fr_words(person.birth_date)}, est né{e} à {person.birth_place} un enfant de sexe "
           f"{'féminin' if person.sex == 'F' else 'masculin'}, auquel il a été donné les prénoms de "
           f"{person.given_names.upper()}, fils{'' if person.sex == 'M' else ' (fille)'} de {fa} et de {mo}, "
           f"son épouse, tous deux de nationalité comorienne.")
    txt += (f" Nom de l'enfant : {person.surname.upper()}. Lecture faite, le déclarant a signé avec Nous le présent "
            "acte.")
    y = _P(s1, 22, 80, 166, txt, font=BOOK, size=10.5, lead=1.65)
    _T(s1, 22, y + 8, "Le déclarant,", font=BOOK, size=10)
    _T(s1, 130, y + 8, "L'officier de l'état civil,", font=BOOK, size=10)
    s1.signature(24, y + 13, 34, 11, rng, color=INK_K)
    s1.signature(132, y + 13, 38, 12, rng, color=INK_K)
    _T(s1, 105, 285, "1/2", font=BOOK, size=8, anchor="center", color=GREY)
    s2 = Sheet()
    _T(s2, 22, 20, f"Suite de l'acte n° {n}/{act.year} – {person.surname.upper()} {person.given_names}",
       font=BOOK_I, size=9, color=GREY)
    _T(s2, 22, 36, "MENTIONS MARGINALES", font=BOOK_B, size=11)
    _T(s2, 22, 44, "Néant.", font=BOOK, size=10.5)
    y = _P(s2, 22, 62, 166, f"Pour copie intégrale certifiée conforme aux registres de l'état civil, délivrée à "
                              f"{person.birth_place}, {d_fr(issue, le=True)}.", font=BOOK, size=10.5, lead=1.5)
    _T(s2, 120, y + 10, "L'officier de l'état civil", font=BOOK_B, size=10)
    s2.signature(122, y + 16, 40, 13, rng, color=INK)
    _T(s2, 120, y + 34, rng.choice(["Ahmed Said Mmadi", "Mohamed Abdou Chakir", "Fatima Youssouf Bacar"]),
       font=BOOK, size=10)
    s2.stamp(118, y + 20, ["UNION DES COMORES", "ÉTAT CIVIL", island.upper()], rng, shape="round", size_mm=32,
             color=ST_VIOLET, angle=rng.uniform(-20, 20))
    _T(s2, 22, y + 60, f"Droit de timbre perçu : 1 500 KMF – Quittance n° {_digits(rng, 6)}", font=BOOK, size=8.5,
       color=GREY)
    _T(s2, 105, 285, "2/2", font=BOOK, size=8, anchor="center", color=GREY)
    return [s1, s2]


def birth_mwi(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Malawi's National Registration Bureau birth certificate: a printed form in a double frame with the
    coat-of-arms roundel at the top centre; the entries written by hand in black pen into comb boxes and lines
    (surname in boxes, other entries on lines); entry number at the upper right; the Registrar's signature ABOVE
    the printed label, the Bureau's oval stamp at its left."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(40, 500))
    act = act_date or person.birth_date + datetime.timedelta(days=rng.randint(5, 60))
    fa, mo = _par(person, father, mother)
    sh = Sheet()
    sh.rect(12, 12, 186, 273, width_mm=1.0, color=(40, 70, 40))
    sh.rect(15, 15, 180, 267, width_mm=0.3, color=(40, 70, 40))
    sh.rect(97, 20, 16, 16, width_mm=0.6, color=(40, 70, 40))
    _T(sh, 105, 25.5, "MW", font=NIMS_B, size=10, anchor="center", color=(40, 70, 40))
    _T(sh, 105, 40, "REPUBLIC OF MALAWI", font=NIMS_B, size=12, anchor="center")
    _T(sh, 105, 46, "NATIONAL REGISTRATION BUREAU", font=NIMS, size=10, anchor="center")
    _T(sh, 105, 54, "CERTIFICATE OF BIRTH", font=CENT_B, size=16, anchor="center", color=(40, 70, 40))
    _T(sh, 105, 62, "(Births and Deaths Registration Act, 2010)", font=CENT_I, size=9, anchor="center")
    _T(sh, 150, 20, "Entry No.", font=NIMS, size=8)
    _pen(sh, 166, 18.5, f"{rng.choice(['LL', 'BT', 'ZA', 'MZ'])}/{act.year}/{rng.randint(1000, 99999)}", rng,
         size=11, color=INK_K)
    y = 76
    _T(sh, 22, y, "1. Surname", font=NIMS, size=9)
    _boxes(sh, 70, y - 1.5, person.surname, rng, n=22, w=5.2, color=INK_K)
    y += 12
    items = [("2. Other names", person.given_names), ("3. Sex", "Male" if person.sex == "M" else "Female"),
             ("4. Date of birth", d_dot(person.birth_date)), ("5. Place of birth",
                                                                 f"{person.birth_place} District Hospital"),
             ("6. District", person.birth_place), ("7. Name of father", fa), ("8. Nationality of father", "Malawian"),
             ("9. Name of mother", mo), ("10. Nationality of mother", "Malawian"),
             ("11. Informant", f"{fa} (father)"), ("12. Date of registration", d_dot(act))]
    for lab, val in items:
        _T(sh, 22, y, lab, font=NIMS, size=9)
        sh.rule(70, y + 4.6, 188, y + 4.6, width_mm=0.2, dash=0.8)
        _pen(sh, 72, y - 1.6, val, rng, size=12.5, color=INK_K)
        y += 11
    y += 4
    _P(sh, 22, y, 166, "I certify that the above is a true copy of the particulars recorded in the register of "
                       "births kept by me.", font=CENT, size=9.5)
    y += 20
    sh.signature(128, y, 44, 13, rng, color=INK)
    sh.rule(122, y + 15, 186, y + 15, width_mm=0.25)
    _T(sh, 154, y + 17, "REGISTRAR GENERAL", font=NIMS_B, size=8.5, anchor="center")
    sh.stamp(48, y - 4, ["NATIONAL REGISTRATION", "BUREAU", d_dot(issue)], rng, shape="oval", size_mm=42,
             color=ST_BLUE, angle=rng.uniform(-10, 10))
    _T(sh, 22, y + 26, f"Date of issue: {d_en(issue)}", font=NIMS, size=9)
    _T(sh, 105, 276, "Any alteration renders this certificate invalid", font=CENT_I, size=7.5, anchor="center",
       color=GREY)
    return [sh]


def birth_tur(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """A Turkish 'Doğum Belgesi' typed at a district population office as a short letter in prose (Carlito):
    the office's name at the top left, 'Sayı' and date at the right, the birth stated in one paragraph with the
    parents' names, the official's name and title BESIDE his signature at the end, the round seal under it."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(20, 300))
    fa, mo = _par(person, father, mother)
    il = person.birth_place if person.birth_country in ("Turkey", "Türkiye") else rng.choice(["Konya", "Kayseri"])
    sh = Sheet()
    _T(sh, 20, 20, "T.C.", font=CARL_B, size=11)
    _T(sh, 20, 26, f"{strip_accents(il).upper()} VALİLİĞİ", font=CARL_B, size=11)
    _T(sh, 20, 32, "İlçe Nüfus Müdürlüğü", font=CARL, size=11)
    _T(sh, 190, 20, f"Sayı : E-{_digits(rng, 8)}-{rng.randint(100, 999)}", font=CARL, size=10, anchor="right")
    _T(sh, 190, 26, f"Tarih : {d_dot(issue)}", font=CARL, size=10, anchor="right")
    _T(sh, 105, 52, "DOĞUM BELGESİ", font=CARL_B, size=15, anchor="center")
    cins = "kız" if person.sex == "F" else "erkek"
    txt = (f"Müdürlüğümüz kayıtlarında {il} ili nüfusuna kayıtlı, baba adı {fa.split()[0]}, ana adı "
           f"{mo.split()[0]} olan {person.given_names.upper()} {person.surname.upper()}'in {d_tr(person.birth_date)}"
           f" tarihinde {person.birth_place} ilçesinde {cins} çocuk olarak doğduğu ve doğumunun "
           f"{d_dot(act_date or person.birth_date)} tarihinde nüfus kütüğüne tescil edildiği anlaşılmıştır. "
           f"T.C. Kimlik No : {rng.randint(1, 9)}{_digits(rng, 10)}.")
    y = _P(sh, 22, 66, 166, txt, font=CARL, size=11.5, lead=1.6)
    _P(sh, 22, y + 6, 166, "İşbu belge ilgilinin talebi üzerine düzenlenmiştir.", font=CARL, size=11.5)
    sh.signature(110, y + 26, 36, 11, rng, color=INK_K)
    _T(sh, 150, y + 28, rng.choice(["Mehmet ÖZKAN", "Ayşe KARACA", "Hüseyin DEMİREL"]), font=CARL_B, size=10.5)
    _T(sh, 150, y + 33, "Nüfus Müdürü", font=CARL, size=10)
    sh.stamp(122, y + 42, ["T.C. İÇİŞLERİ BAKANLIĞI", "NÜFUS MÜDÜRLÜĞÜ"], rng, shape="round", size_mm=30,
             color=ST_RED, angle=rng.uniform(-15, 15))
    return [sh]


def birth_be(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """A Walloon commune's 'extrait d'acte de naissance' typed in Courier Prime on a half-tone grey header band:
    the commune at the top, the act's reference, then the data as a dotted-leader list (Nom ........ VALUE); the
    delegated officer's signature placed to the RIGHT of the label 'L'Officier de l'état civil délégué'; a dry
    seal drawn as an embossed circle at the lower left."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(20, 300))
    fa, mo = _par(person, father, mother)
    commune = rng.choice([("Liège", "4000"), ("Namur", "5000"), ("Charleroi", "6000"), ("Mons", "7000"),
                          ("Verviers", "4800")])
    sh = Sheet()
    sh.rect(0, 12, 210, 22, width_mm=0, fill=(226, 226, 226))
    _T(sh, 20, 16, f"VILLE DE {commune[0].upper()}", font=CPRIME_B, size=12)
    _T(sh, 20, 23, "Service Population – État civil", font=CPRIME, size=10)
    _T(sh, 190, 16, f"{commune[1]} {commune[0]}", font=CPRIME, size=10, anchor="right")
    _T(sh, 105, 48, "EXTRAIT D'ACTE DE NAISSANCE", font=CPRIME_B, size=13, anchor="center")
    _T(sh, 105, 55, f"Acte n° {rng.randint(100, 3999)} – année {person.birth_date.year}", font=CPRIME, size=10,
       anchor="center")
    rows = [("Nom", person.surname.upper()), ("Prénom(s)", person.given_names), ("Sexe", "masculin" if person.sex ==
            "M" else "féminin"), ("Date de naissance", d_fr(person.birth_date)), ("Lieu de naissance", commune[0]),
            ("Père", fa), ("Mère", mo)]
    y = 72
    for a, b in rows:
        _T(sh, 24, y, a, font=CPRIME, size=10.5)
        lw = sh.text_width(a, font=CPRIME, size_pt=10.5)
        dots = "." * int((78 - lw) / 2.2)
        _T(sh, 24 + lw + 1, y, dots, font=CPRIME, size=10.5, color=GREY)
        _T(sh, 104, y, b, font=CPRIME_B, size=10.5)
        y += 9
    _T(sh, 24, y + 8, f"Délivré à {commune[0]}, {d_fr(issue, le=True)}.", font=CPRIME, size=10.5)
    _T(sh, 24, y + 26, "L'Officier de l'état civil délégué,", font=CPRIME, size=10.5)
    sh.signature(110, y + 20, 42, 13, rng, color=INK)
    d = sh
    d.rect(28, y + 48, 26, 26, width_mm=0.15, color=(200, 200, 200))
    _T(sh, 41, y + 59, "SCEAU", font=CPRIME, size=7, anchor="center", color=(190, 190, 190))
    _T(sh, 105, 280, "Cet extrait ne mentionne pas la filiation adoptive éventuelle.", font=CPRIME, size=7.5,
       anchor="center", color=GREY)
    return [sh]


_register("birth-com-copie-integrale-twee-paginas-proza-datum-in-woorden-zegel-over-naam-38", "birth-certificate",
          PART, "fr", birth_com, country="COM", notes="Comorian full copy of a birth act over two pages, prose with "
          "the dates in words, marginal notes and certification on page 2, seal over the officer's name")
_register("birth-mwi-nrb-formulier-dubbele-rand-balpen-in-hokjes-handtekening-boven-label-38", "birth-certificate",
          PART, "en", birth_mwi, country="MWI", notes="Malawian NRB birth certificate form filled in by hand in "
          "comb boxes and on dotted lines, signature above the printed label")
_register("birth-tur-dogum-belgesi-brief-proza-sayi-tarih-rechts-naam-naast-handtekening-38", "birth-certificate",
          PART, "tr", birth_tur, country="TUR", notes="Turkish district population office's birth statement typed "
          "as a letter in prose, official's name beside his signature")
_register("birth-be-wallonie-extrait-courier-puntjesleiders-handtekening-rechts-van-label-38", "birth-certificate",
          PART, "fr", birth_be, country="BEL", notes="Walloon birth extract in Courier Prime, dotted leaders, "
          "signature to the right of the label, dry seal")


# --------------------------------------------------------------------------- marriage certificates


def marriage_com(person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    """Comorian 'extrait d'acte de mariage' drawn up after a cadi's judgment: the heading centred in Bookman, the
    two spouses side by side in two framed columns (époux | épouse), the marriage date written out 'le 1er mars
    2019', the cadi's reference underneath, the officer's signature at the END of the text with no label."""
    h, w = person, spouse
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(30, 300))
    md = marriage_date or TODAY - datetime.timedelta(days=2000)
    sh = Sheet()
    _T(sh, 105, 18, "UNION DES COMORES", font=BOOK_B, size=12, anchor="center")
    _T(sh, 105, 24, "Unité – Solidarité – Développement", font=BOOK_I, size=9, anchor="center")
    _T(sh, 105, 40, "EXTRAIT D'ACTE DE MARIAGE", font=BOOK_B, size=14, anchor="center")
    _T(sh, 105, 47, f"Centre d'état civil de {rng.choice(['Moroni', 'Mutsamudu', 'Fomboni', 'Mitsamiouli'])} – "
                    f"acte n° {rng.randint(10, 300)}/{md.year}", font=BOOK, size=9.5, anchor="center")
    for k, (lab, p) in enumerate((("ÉPOUX", h), ("ÉPOUSE", w))):
        x = 20 + k * 88
        sh.rect(x, 58, 82, 62, width_mm=0.35)
        sh.rect(x, 58, 82, 8, width_mm=0, fill=(230, 230, 226))
        _T(sh, x + 41, 59.5, lab, font=BOOK_B, size=10, anchor="center")
        y = 70
        for a, b in (("Nom", p.surname.upper()), ("Prénoms", p.given_names), ("Né(e) le", d_dot(p.birth_date)),
                     ("à", p.birth_place), ("Nationalité", "comorienne")):
            _T(sh, x + 3, y, a, font=BOOK, size=8, color=GREY)
            bb = glyphs(b, BOOK_B)
            sh.text(x + 3, y + 3.6, bb, font=BOOK_B, size_pt=fit(bb, BOOK_B, 9.5, 76))
            y += 9.6
    y = _P(sh, 20, 132, 170, f"Le mariage a été célébré {d_fr(md, le=True)} devant le cadi de la circonscription, "
                             f"selon jugement de transcription n° {rng.randint(10, 99)}/{md.year % 100:02d} du "
                             f"tribunal de cadi, et transcrit aux registres de l'état civil. Régime : droit musulman "
                             f"(dot versée). Mentions marginales : néant.", font=BOOK, size=10.5, lead=1.55)
    y = _P(sh, 20, y + 6, 170, f"Pour extrait conforme, {d_fr(issue, le=True)}.", font=BOOK, size=10.5)
    sh.signature(130, y + 4, 42, 13, rng, color=INK)
    sh.stamp(104, y + 4, ["ÉTAT CIVIL", "UNION DES COMORES"], rng, shape="round", size_mm=28, color=ST_GREEN,
             angle=rng.uniform(-25, 25))
    return [sh]


def marriage_be(person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    """An Antwerp district's 'uittreksel uit de huwelijksakte' printed from the civil-status database as a
    two-column table with grey row labels (Carlito), the couple's data in two columns 'Echtgenoot 1 | Echtgenoot
    2'; an electronic-signature line at the foot and, added by the counter clerk, a stamp 'Gratis afgeleverd' over
    the table's last rows."""
    h, w = person, spouse
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(30, 200))
    md = marriage_date or TODAY - datetime.timedelta(days=900)
    sh = Sheet()
    _T(sh, 20, 18, "Stad Antwerpen – district " + rng.choice(["Borgerhout", "Deurne", "Merksem", "Berchem"]),
       font=CARL_B, size=12)
    _T(sh, 20, 24, "Burgerzaken – burgerlijke stand", font=CARL, size=10, color=GREY)
    _T(sh, 20, 40, "UITTREKSEL UIT DE HUWELIJKSAKTE", font=CARL_B, size=14)
    _T(sh, 20, 47, f"Akte {md.year}/{rng.randint(100, 2500)} – DABS-referentie {_digits(rng, 12)}", font=CARL,
       size=9.5)
    rows = [("Datum huwelijk", d_nl(md), ""), ("Plaats huwelijk", "Antwerpen", ""),
            ("Naam", h.surname.upper(), w.surname.upper()), ("Voornamen", h.given_names, w.given_names),
            ("Geboortedatum", d_dot(h.birth_date), d_dot(w.birth_date)),
            ("Geboorteplaats", h.birth_place, w.birth_place)]
    y = 58
    sh.rect(20, y, 170, 8, width_mm=0.3, fill=(222, 222, 222))
    _T(sh, 75, y + 2, "Echtgenoot 1", font=CARL_B, size=10)
    _T(sh, 133, y + 2, "Echtgenoot 2", font=CARL_B, size=10)
    y += 8
    for a, b, cc in rows:
        sh.rect(20, y, 170, 9, width_mm=0.3)
        sh.rect(20, y, 52, 9, width_mm=0.3, fill=(238, 238, 238))
        _T(sh, 22, y + 2.4, a, font=CARL, size=10)
        _T(sh, 75, y + 2.4, b, font=CARL, size=10)
        if cc:
            _T(sh, 133, y + 2.4, cc, font=CARL, size=10)
        y += 9
    _T(sh, 20, y + 10, f"Afgeleverd te Antwerpen op {d_nl(issue)}.", font=CARL, size=10.5)
    _T(sh, 20, y + 17, "Elektronisch ondertekend door de ambtenaar van de burgerlijke stand.", font=CARL_I, size=9.5)
    sh.stamp(120, y - 22, ["GRATIS AFGELEVERD", "art. 9ter"], rng, shape="rect", size_mm=38, color=ST_BLUE,
             angle=rng.uniform(-12, 12))
    return [sh]


_register("marriage-com-extrait-twee-kaders-epoux-epouse-cadi-handtekening-zonder-label-38", "marriage-certificate",
          PART, "fr", marriage_com, country="COM", notes="Comorian marriage extract, the spouses in two framed "
          "columns, cadi judgment, signature at the end without a label")
_register("marriage-be-antwerpen-tabel-grijze-labels-stempel-over-tabel-38", "marriage-certificate", PART, "nl",
          marriage_be, country="BEL", notes="Antwerp district's marriage extract as a two-column table, a counter "
          "stamp over the last rows")


# --------------------------------------------------------------------------- nationality certificates


def nationality_com(person, rng, *, issue_date=None, **opts):
    """A Comorian court's 'certificat de nationalité comorienne' in prose: the Tribunal de première instance's
    heading in the upper left, 'Nous, Président du tribunal' certifying, the legal basis (code de la nationalité
    comorienne, art. 10), a fiscal stamp drawn at the upper right and the round court seal over the president's
    signature."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(40, 500))
    fa, mo = _par(person, None, None)
    sh = Sheet()
    for i, t in enumerate(["UNION DES COMORES", "COUR D'APPEL DE MORONI", "TRIBUNAL DE PREMIÈRE INSTANCE",
                           "DE MORONI", f"N° {rng.randint(100, 999)}/{issue.year % 100}/TPI/CN"]):
        _T(sh, 20, 18 + i * 5.5, t, font=CENT_B if i < 4 else CENT, size=9.5)
    sh.rect(160, 14, 30, 36, width_mm=0.4, color=(150, 40, 40), fill=(250, 236, 236))
    _T(sh, 175, 24, "TIMBRE", font=CENT_B, size=8, anchor="center", color=(150, 40, 40))
    _T(sh, 175, 30, "FISCAL", font=CENT_B, size=8, anchor="center", color=(150, 40, 40))
    _T(sh, 175, 38, "2 000 KMF", font=CENT, size=8, anchor="center", color=(150, 40, 40))
    sh.rule(158, 16, 192, 48, width_mm=0.5, color=INK_K)
    _T(sh, 105, 66, "CERTIFICAT DE NATIONALITÉ COMORIENNE", font=CENT_B, size=14, anchor="center")
    e = "e" if person.sex == "F" else ""
    txt = (f"Nous, Président du Tribunal de première instance de Moroni, certifions, au vu des pièces produites "
           f"(copie intégrale d'acte de naissance, certificat de nationalité du père), que {person.given_names} "
           f"{person.surname.upper()}, né{e} {d_fr(person.birth_date, le=True)} à {person.birth_place}, de {fa} et "
           f"de {mo}, est de nationalité comorienne en vertu de l'article 10 du Code de la nationalité comorienne "
           f"(né{e} d'un père comorien).")
    y = _P(sh, 22, 80, 166, txt, font=CENT, size=11, lead=1.6)
    y = _P(sh, 22, y + 5, 166, f"En foi de quoi nous avons délivré le présent certificat pour servir et valoir ce que "
                                f"de droit. Fait à Moroni, {d_fr(issue, le=True)}.", font=CENT, size=11, lead=1.6)
    _T(sh, 130, y + 10, "Le Président,", font=CENT_B, size=11)
    sh.signature(128, y + 16, 44, 14, rng, color=INK)
    sh.stamp(120, y + 12, ["TRIBUNAL DE 1re INSTANCE", "MORONI"], rng, shape="round", size_mm=34, color=ST_BLUE,
             angle=rng.uniform(-20, 20))
    return [sh]


def nationality_mwi(person, rng, *, issue_date=None, **opts):
    """Malawi's Department of Immigration and Citizenship Services 'Certificate of Citizenship (by birth)' typed on
    the department's letterhead in Nimbus Sans: the reference block at the left, 'TO WHOM IT MAY CONCERN', the
    holder's particulars in a small two-column table, the Chief Immigration Officer's signature BELOW the typed
    name and title, the date stamp beside it."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(40, 500))
    sh = Sheet()
    sh.rect(0, 0, 210, 6, width_mm=0, fill=(20, 40, 110))
    _T(sh, 105, 14, "MALAWI GOVERNMENT", font=NIMS_B, size=12, anchor="center")
    _T(sh, 105, 20, "DEPARTMENT OF IMMIGRATION AND CITIZENSHIP SERVICES", font=NIMS_B, size=10, anchor="center")
    _T(sh, 105, 25.5, "Private Bag 331, Lilongwe 3, Malawi", font=NIMS, size=9, anchor="center")
    sh.rule(20, 30, 190, 30, width_mm=0.4)
    _T(sh, 20, 36, f"Ref. No.: DICS/CIT/{issue.year}/{rng.randint(1000, 9999)}", font=NIMS, size=9.5)
    _T(sh, 190, 36, d_en(issue), font=NIMS, size=9.5, anchor="right")
    _T(sh, 105, 52, "CERTIFICATE OF CITIZENSHIP (BY BIRTH)", font=NIMS_B, size=13, anchor="center")
    _T(sh, 20, 64, "TO WHOM IT MAY CONCERN", font=NIMS_B, size=10.5)
    y = _P(sh, 20, 74, 170, "This is to certify that the person whose particulars appear below is a citizen of "
                           "Malawi by birth in terms of section 4 of the Malawi Citizenship Act (Cap. 15:01).",
           font=NIMS, size=10.5)
    y += 4
    for a, b in (("Surname", person.surname.upper()), ("Other names", person.given_names),
                 ("Date of birth", d_en(person.birth_date)), ("Place of birth", f"{person.birth_place}, Malawi"),
                 ("Sex", "Male" if person.sex == "M" else "Female"), ("Citizenship", "Malawian")):
        sh.rect(20, y, 55, 8, width_mm=0.25, fill=(240, 240, 246))
        sh.rect(75, y, 115, 8, width_mm=0.25)
        _T(sh, 22, y + 2, a, font=NIMS, size=9.5)
        _T(sh, 77, y + 2, b, font=NIMS_B, size=9.5)
        y += 8
    _T(sh, 20, y + 12, rng.choice(["C. M. Nyasulu", "E. T. Kaunda-Phiri", "W. H. Msowoya"]), font=NIMS_B, size=10)
    _T(sh, 20, y + 17, "for: CHIEF IMMIGRATION OFFICER", font=NIMS, size=9.5)
    sh.signature(22, y + 21, 40, 12, rng, color=INK)
    sh.stamp(96, y + 10, ["IMMIGRATION HQ", d_dot(issue), "LILONGWE"], rng, shape="rect", size_mm=36,
             color=ST_VIOLET, angle=rng.uniform(-6, 6))
    return [sh]


_register("nationality-com-tpi-moroni-proza-fiscale-zegel-rechtsboven-zegel-over-handtekening-38",
          "nationality-certificate", PART, "fr", nationality_com, country="COM",
          notes="Comorian court's certificate of nationality in prose, fiscal stamp, seal over signature")
_register("nationality-mwi-dics-to-whom-tabel-handtekening-onder-naam-datumstempel-38", "nationality-certificate",
          PART, "en", nationality_mwi, country="MWI",
          notes="Malawian citizenship certificate on letterhead, particulars table, signature below the name")


# --------------------------------------------------------------------------- identity certificates (consular)


def idcert_com(person, rng, *, issue_date=None, declarative=False, **opts):
    """The Comorian embassy's 'attestation d'identité' (Paris/Brussels section): photo glued at the upper RIGHT with
    the embassy's stamp biting its corner; the text in prose in C059; the source of the data stated in the last
    paragraph (the passport seen, or the holder's own declarations); the consul's signature BELOW the label."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(20, 300))
    sh = Sheet()
    _T(sh, 20, 18, "AMBASSADE DE L'UNION DES COMORES", font=CENT_B, size=11)
    _T(sh, 20, 24, "Section consulaire – Bruxelles", font=CENT, size=10)
    _T(sh, 20, 30, f"N° {rng.randint(100, 999)}/AMB-KM/SC/{issue.year}", font=CENT, size=9.5)
    sh.photo(152, 16, 35, 45, rng)
    sh.stamp(170, 52, ["AMBASSADE", "DES COMORES"], rng, shape="round", size_mm=24, color=ST_BLUE,
             angle=rng.uniform(-30, 30))
    _T(sh, 105, 78, "ATTESTATION D'IDENTITÉ", font=CENT_B, size=15, anchor="center")
    e = "e" if person.sex == "F" else ""
    y = _P(sh, 22, 94, 166, f"Le Consul de l'Union des Comores atteste que la personne dont la photographie figure "
                            f"ci-dessus est {person.given_names} {person.surname.upper()}, né{e} "
                            f"{d_fr(person.birth_date, le=True)} à {person.birth_place} (Comores), de nationalité "
                            f"comorienne.", font=CENT, size=11, lead=1.6)
    src = ("La présente attestation est établie sur la seule base des déclarations de l'intéressé" + e +
           ", aucun document d'identité n'ayant été présenté.") if declarative else \
        (f"La présente attestation est établie au vu du passeport n° ME{_digits(rng, 7)} et de la carte consulaire "
         f"de l'intéressé{e}, dont l'identité a été vérifiée auprès de la Direction générale de la sûreté nationale.")
    y = _P(sh, 22, y + 5, 166, src, font=CENT, size=11, lead=1.6)
    y = _P(sh, 22, y + 5, 166, f"Fait à Bruxelles, {d_fr(issue, le=True)}, pour servir et valoir ce que de droit.",
           font=CENT, size=11)
    _T(sh, 125, y + 10, "Le Consul", font=CENT_B, size=11)
    sh.signature(122, y + 15, 44, 14, rng, color=INK)
    return [sh]


def idcert_mwi(person, rng, *, issue_date=None, declarative=False, **opts):
    """The Malawi High Commission's 'Certificate of Identity' as a card-like form in a frame in the upper half of
    the sheet: photo at the LEFT, the particulars on ruled lines typed in Courier Prime, a basis-of-issue line
    ('documents seen' or 'applicant's own statement'), the Counsellor's signature BESIDE the label, the
    embossed-looking seal over the photo's lower edge."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(20, 300))
    sh = Sheet()
    sh.rect(18, 18, 174, 150, width_mm=0.8, color=(20, 40, 110))
    _T(sh, 105, 24, "MALAWI HIGH COMMISSION – LONDON", font=NIMS_B, size=11, anchor="center")
    _T(sh, 105, 30, "CERTIFICATE OF IDENTITY", font=NIMS_B, size=14, anchor="center", color=(20, 40, 110))
    sh.photo(26, 42, 35, 45, rng)
    sh.stamp(30, 76, ["MALAWI HIGH", "COMMISSION"], rng, shape="round", size_mm=22, color=ST_BLUE,
             angle=rng.uniform(-20, 20))
    y = 44
    for a, b in (("Surname", person.surname.upper()), ("Forenames", person.given_names),
                 ("Date of birth", d_sl(person.birth_date)), ("Place of birth", f"{person.birth_place}, Malawi"),
                 ("Nationality", "Malawian"), ("Sex", person.sex), ("Certificate No.", f"MHC/{_digits(rng, 5)}")):
        _T(sh, 68, y, a, font=NIMS, size=8.5, color=GREY)
        sh.rule(100, y + 4.4, 186, y + 4.4, width_mm=0.15)
        _T(sh, 101, y, b, font=CPRIME_B, size=10.5)
        y += 8.5
    basis = ("Basis of issue: applicant's own statement; no national document produced." if declarative else
             f"Basis of issue: Malawian passport MA{_digits(rng, 7)} and national ID seen and verified with NRB.")
    y = _P(sh, 26, y + 6, 158, basis, font=CPRIME, size=9.5)
    _T(sh, 26, y + 8, f"Issued in London on {d_en(issue)}.", font=CPRIME, size=9.5)
    _T(sh, 26, y + 20, "Counsellor (Consular):", font=NIMS, size=9.5)
    sh.signature(72, y + 14, 40, 12, rng, color=INK)
    return [sh]


_register("idcert-com-ambassade-attestation-foto-rechtsboven-stempel-op-hoek-proza-38", "identity-certificate",
          PART, "fr", idcert_com, country="COM", photo=True,
          notes="Comorian embassy's identity attestation in prose, photo upper right with the stamp on its corner")
_register("idcert-mwi-high-commission-kaartformulier-foto-links-courier-handtekening-naast-label-38",
          "identity-certificate", PART, "en", idcert_mwi, country="MWI", photo=True,
          notes="Malawian High Commission's certificate of identity, card-like frame, photo left, Courier entries")


# --------------------------------------------------------------------------- sworn translations


def _src_rows(person, of_type: str, tgt: str, father=None, mother=None) -> list[tuple[str, str]]:
    fa, mo = _par(person, father, mother)
    L = {"nl": ["Naam", "Voornamen", "Geboortedatum", "Geboorteplaats", "Vader", "Moeder", "Geslacht"],
         "fr": ["Nom", "Prénoms", "Date de naissance", "Lieu de naissance", "Père", "Mère", "Sexe"],
         "en": ["Surname", "Given names", "Date of birth", "Place of birth", "Father", "Mother", "Sex"],
         "de": ["Name", "Vornamen", "Geburtsdatum", "Geburtsort", "Vater", "Mutter", "Geschlecht"]}[tgt]
    dd = {"nl": d_nl, "fr": d_fr, "en": d_en, "de": d_de}[tgt](person.birth_date)
    sx = {"nl": ("mannelijk", "vrouwelijk"), "fr": ("masculin", "féminin"), "en": ("male", "female"),
          "de": ("männlich", "weiblich")}[tgt][0 if person.sex == "M" else 1]
    return [(L[0], person.surname.upper()), (L[1], person.given_names), (L[2], dd), (L[3], person.birth_place),
            (L[6], sx), (L[4], fa), (L[5], mo)]


_LANG_NAME = {"nl": {"tr": "het Turks", "es": "het Spaans", "ar": "het Arabisch", "pt": "het Portugees",
                     "ru": "het Russisch"},
              "fr": {"tr": "turc", "es": "espagnol", "ar": "arabe", "pt": "portugais", "ru": "russe"}}


def translation_be(person, rng, *, issue_date=None, of_type="birth-certificate", source_lang="tr", target_lang=None,
                   **opts):
    """A Hasselt sworn translator's translation into Dutch written as prose (the original's letter rendered
    sentence by sentence, its heading and seal described in square brackets); the translator's certification in
    a grey box at the end, signed at the very end of the page without a label; the translator's round stamp to the
    left of the signature."""
    tgt = target_lang if target_lang in ("nl", "fr") else "nl"
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(8, 60))
    rows = _src_rows(person, of_type, tgt)
    srcn = _LANG_NAME[tgt].get(source_lang, source_lang)
    tr_name = rng.choice(["Elif Yıldırım-Peeters", "Koen Vandersteen", "Sevda Aydın"])
    sh = Sheet()
    _T(sh, 20, 18, f"{tr_name} – beëdigd vertaler-tolk" if tgt == "nl" else f"{tr_name} – traducteur juré",
       font=NARROW_B, size=11)
    _T(sh, 20, 23.5, "Kempische Steenweg 88 bus 2, 3500 Hasselt – rechtbank van eerste aanleg Limburg",
       font=NARROW, size=9, color=GREY)
    _T(sh, 105, 40, "VERTALING" if tgt == "nl" else "TRADUCTION", font=NARROW_B, size=14, anchor="center")
    _T(sh, 105, 47, (f"uit {srcn} naar het Nederlands" if tgt == "nl" else f"du {srcn} vers le français"),
       font=NARROW, size=10, anchor="center")
    if tgt == "nl":
        body = ("[Hoofding: wapen van de Republiek Turkije] T.C. – Provincie – Bevolkingsdienst van het district. "
                "GEBOORTEAKTE. Uit de registers van onze dienst blijkt dat ")
        body += ", ".join(f"{a.lower()}: {b}" for a, b in rows) + ", geboren en ingeschreven in het bevolkingsregister."
        body += " [Handtekening] [Ronde stempel van de bevolkingsdienst]"
    else:
        body = ("[En-tête : armoiries de la République de Turquie] Direction de la population du district. ACTE DE "
                "NAISSANCE. Il ressort de nos registres que ")
        body += ", ".join(f"{a.lower()} : {b}" for a, b in rows) + ", né(e) et inscrit(e) au registre de la population."
        body += " [Signature] [Cachet rond du service de la population]"
    y = _P(sh, 22, 62, 166, body, font=NARROW, size=11, lead=1.6)
    y += 8
    cert = (f"Ik, ondergetekende, {tr_name}, beëdigd vertaler bij de rechtbank van eerste aanleg Limburg, verklaar "
            f"dat deze vertaling getrouw en volledig is overeenkomstig het mij voorgelegde origineel in {srcn}. "
            f"Hasselt, {d_nl(issue)}. Repertorium nr. {rng.randint(100, 9999)}/{issue.year}.") if tgt == "nl" else \
        (f"Je soussigné(e), {tr_name}, traducteur juré près le tribunal de première instance du Limbourg, certifie "
         f"la présente traduction fidèle et conforme à l'original en {srcn}. Hasselt, {d_fr(issue, le=True)}.")
    lines = wrap(glyphs(cert, NARROW), 158, NARROW, 10)
    sh.rect(20, y - 3, 170, len(lines) * 5.0 + 6, width_mm=0, fill=(232, 232, 232))
    y = _P(sh, 24, y, 160, cert, font=NARROW, size=10, lead=1.4)
    sh.stamp(60, y + 4, ["BEËDIGD VERTALER", tr_name.split()[-1].upper(), "HASSELT"], rng, shape="round",
             size_mm=30, color=ST_BLUE, angle=rng.uniform(-15, 15))
    sh.signature(120, y + 10, 44, 13, rng, color=INK)
    return [sh]


def translation_nl(person, rng, *, issue_date=None, of_type="birth-certificate", source_lang="tr",
                   target_lang=None, **opts):
    """An Utrecht beëdigd vertaler's translation (Wbtv register number at the top right) laid out as a table of
    annexes: a small table 'Bijlage | Brontaal | Document' at the top, the translation as a framed two-column list
    in Nimbus Mono, and the statement 'Verklaring van de vertaler' with the signature ABOVE the printed label and
    the oval stamp over the label."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(8, 60))
    tgt = "nl"
    rows = _src_rows(person, of_type, tgt)
    srcn = _LANG_NAME["nl"].get(source_lang, source_lang)
    tr = rng.choice(["mr. drs. H. Kılıç", "A. van der Burgt-Öztürk", "drs. M. Şahin"])
    sh = Sheet()
    _T(sh, 20, 18, tr, font=NMONO_B, size=11)
    _T(sh, 20, 23, "Beëdigd vertaler Turks–Nederlands", font=NMONO, size=9.5)
    _T(sh, 190, 18, f"Wbtv-nr. {rng.randint(10000, 99999)}", font=NMONO, size=9.5, anchor="right")
    _T(sh, 190, 23, "Oudegracht 212, 3511 NS Utrecht", font=NMONO, size=9.5, anchor="right")
    y = 36
    for i, (a, b, cc) in enumerate((("Bijlage", "Brontaal", "Document"),
                                    ("1", srcn.replace("het ", ""), "geboorteakte / doğum belgesi"))):
        sh.rect(20, y, 20, 7, width_mm=0.25, fill=(225, 225, 225) if i == 0 else None)
        sh.rect(40, y, 40, 7, width_mm=0.25, fill=(225, 225, 225) if i == 0 else None)
        sh.rect(80, y, 110, 7, width_mm=0.25, fill=(225, 225, 225) if i == 0 else None)
        for x, t in ((22, a), (42, b), (82, cc)):
            _T(sh, x, y + 1.8, t, font=NMONO_B if i == 0 else NMONO, size=9)
        y += 7
    _T(sh, 105, y + 10, "VERTALING VAN BIJLAGE 1", font=NMONO_B, size=12, anchor="center")
    y += 20
    sh.rect(20, y - 3, 170, len(rows) * 8 + 6, width_mm=0.3)
    for a, b in rows:
        _T(sh, 24, y, a, font=NMONO, size=10)
        _T(sh, 80, y, b, font=NMONO_B, size=10)
        y += 8
    y += 10
    _T(sh, 20, y, "Verklaring van de vertaler", font=NMONO_B, size=10.5)
    y = _P(sh, 20, y + 7, 170, f"Ondergetekende verklaart dat de bovenstaande vertaling een getrouwe en volledige "
                               f"weergave is van het hem/haar voorgelegde document in {srcn}. Utrecht, "
                               f"{d_dot(issue)}.", font=NMONO, size=9.5, lead=1.45)
    sh.signature(120, y + 4, 44, 13, rng, color=INK)
    sh.rule(116, y + 19, 184, y + 19, width_mm=0.25)
    _T(sh, 150, y + 21, "handtekening beëdigd vertaler", font=NMONO, size=8, anchor="center")
    sh.stamp(138, y + 14, ["BEËDIGD VERTALER", "RBTV"], rng, shape="oval", size_mm=32, color=ST_RED,
             angle=rng.uniform(-10, 10))
    return [sh]


_register("translation-be-hasselt-proza-vertaling-grijze-verklaring-handtekening-einde-zonder-label-38",
          "translation", PART, "nl", translation_be, country="BEL",
          notes="Hasselt sworn translator: the original rendered in prose, grey certification box, signature at "
                "the end without a label")
_register("translation-nl-utrecht-bijlagentabel-mono-lijst-handtekening-boven-label-38", "translation", PART, "nl",
          translation_nl, country="NLD",
          notes="Utrecht sworn translator: table of annexes, mono two-column list, signature above the label, stamp "
                "over the label")
