"""Identity and civil-status families of the `thirtyninth` part (registered in identity.FAMILIES).

Written after dev, heldout and the parts fresh to thirty-eighth had been read, by a writer who saw neither the
validator nor its output, from the seeds and from how such papers look in Belgian and Dutch files.  The families
are described only in their docstrings and registration notes (the part is read blind).

This part's faces are P052 (Palatino-like), Caladea, URW Gothic, FreeSerif, FreeSans, FreeMono, DejaVu Serif,
Liberation Serif and Liberation Mono; its hands are Breip (a round felt-tip hand) and the thin dkg pen; signatures
in Kristi.  The small drawing helpers of twentyeighth_identity (glyph fallback, fitting, pasting) are reused; the
copy habits of this part (paper gone yellow with brown age spots, a page laid crooked on the glass, a 150 dpi
copy that lost its detail, a phone photo taken on a kitchen table, a staple in the corner) are drawn by the
helpers below.
"""

from __future__ import annotations

import datetime
import random

from PIL import Image, ImageChops, ImageDraw, ImageFilter

from . import mrz as M
from .identity import TODAY, _dates, _digits, _mrz_data, _register
from .paper import Sheet, _phone_photo
from .people import strip_accents
from .twentyeighth_identity import fit, glyphs, paste, sheet_of, wrap

PART = "thirtyninth"
GREY = (92, 92, 98)
INK = (24, 40, 140)
INK_K = (26, 26, 30)
ST_BLUE = (40, 64, 160)
ST_VIOLET = (110, 50, 150)
ST_RED = (176, 36, 44)
ST_GREEN = (30, 104, 70)
ST_BLACK = (44, 44, 48)
OCR = 2.54 / 0.602 / (25.4 / 72)

_U = "/usr/share/fonts/opentype/urw-base35"
_T = "/usr/share/fonts/truetype"
PAL = f"{_U}/P052-Roman.otf"
PAL_B = f"{_U}/P052-Bold.otf"
PAL_I = f"{_U}/P052-Italic.otf"
CAL = f"{_T}/crosextra/Caladea-Regular.ttf"
CAL_B = f"{_T}/crosextra/Caladea-Bold.ttf"
CAL_I = f"{_T}/crosextra/Caladea-Italic.ttf"
GOTH = f"{_U}/URWGothic-Book.otf"
GOTH_B = f"{_U}/URWGothic-Demi.otf"
FSER = f"{_T}/freefont/FreeSerif.ttf"
FSER_B = f"{_T}/freefont/FreeSerifBold.ttf"
FSER_I = f"{_T}/freefont/FreeSerifItalic.ttf"
FSANS = f"{_T}/freefont/FreeSans.ttf"
FSANS_B = f"{_T}/freefont/FreeSansBold.ttf"
FMONO = f"{_T}/freefont/FreeMono.ttf"
FMONO_B = f"{_T}/freefont/FreeMonoBold.ttf"
DSER = f"{_T}/dejavu/DejaVuSerif.ttf"
DSER_B = f"{_T}/dejavu/DejaVuSerif-Bold.ttf"
LSER = f"{_T}/liberation/LiberationSerif-Regular.ttf"
LSER_B = f"{_T}/liberation/LiberationSerif-Bold.ttf"
LMONO = f"{_T}/liberation/LiberationMono-Regular.ttf"
LMONO_B = f"{_T}/liberation/LiberationMono-Bold.ttf"
FELT = f"{_T}/breip/Breip.ttf"
THIN = f"{_T}/fifthhorseman/dkg.ttf"
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


def d_dash(d: datetime.date) -> str:
    return f"{d.day:02d}-{d.month:02d}-{d.year}"


def d_sl(d: datetime.date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def d_iso(d: datetime.date) -> str:
    return d.isoformat()


def d_nl(d: datetime.date) -> str:
    return f"{d.day} {_NL[d.month - 1]} {d.year}"


def d_fr(d: datetime.date) -> str:
    return f"{'1er' if d.day == 1 else d.day} {_FR[d.month - 1]} {d.year}"


def d_de(d: datetime.date) -> str:
    return f"{d.day}. {_DE[d.month - 1]} {d.year}"


def d_en(d: datetime.date) -> str:
    """'3rd March 2024', as English-language offices in Botswana and Mauritius write it."""
    n = d.day
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf} {_EN[d.month - 1]} {d.year}"


def d_mon(d: datetime.date) -> str:
    return f"{d.day:02d} {_EN[d.month - 1][:3].upper()} {d.year % 100:02d}"


def d_tr(d: datetime.date) -> str:
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


# --------------------------------------------------------------------------- copy habits of this part


def yellowed(img: Image.Image, rng: random.Random) -> Image.Image:
    """Paper gone yellow in a drawer: a warm cast, darker towards the edges, a few brown age spots."""
    im = img.convert("RGB")
    W, H = im.size
    im = ImageChops.multiply(im, Image.new("RGB", (W, H), (250, 238, 204)))
    edge = Image.new("L", (W, H), 0)
    d = ImageDraw.Draw(edge)
    for i in range(24):
        d.rectangle([i * W // 200, i * H // 280, W - i * W // 200, H - i * H // 280], outline=90 - i * 3)
    edge = edge.filter(ImageFilter.GaussianBlur(W / 120))
    im = Image.composite(Image.new("RGB", (W, H), (214, 190, 140)), im, edge)
    d2 = ImageDraw.Draw(im)
    for _ in range(rng.randint(4, 9)):
        x, y, r = rng.uniform(0, W), rng.uniform(0, H), rng.uniform(W / 400, W / 160)
        d2.ellipse([x - r, y - r, x + r, y + r], fill=(200, 170, 120))
    return im


def crooked(sh: Sheet, rng: random.Random, *, lo: float = 1.6, hi: float = 3.2, dpi: int = 200) -> Sheet:
    """The page laid crooked on the glass: turned by a few degrees, the uncovered glass grey at the corners."""
    img = sh.render(dpi)
    a = rng.choice([-1, 1]) * rng.uniform(lo, hi)
    out = img.rotate(a, resample=Image.BICUBIC, fillcolor=(206, 206, 204))
    return sheet_of(out, sh.width_mm, sh.height_mm)


def coarse(sh: Sheet, *, dpi: int = 150) -> Sheet:
    """A 150 dpi copy: rendered coarse, softened, with the blocky loss of a low-quality JPEG."""
    import io

    img = sh.render(dpi).filter(ImageFilter.GaussianBlur(0.6))
    buf = io.BytesIO()
    img.convert("RGB").save(buf, "JPEG", quality=38)
    buf.seek(0)
    return sheet_of(Image.open(buf).convert("RGB"), sh.width_mm, sh.height_mm)


def phone(sh: Sheet, rng: random.Random, dpi: int = 180) -> Sheet:
    """A phone photo of the page lying on a table (perspective, uneven light, a table around it)."""
    return sheet_of(_phone_photo(sh.render(dpi), rng), sh.width_mm, sh.height_mm)


def staple(sh: Sheet, rng: random.Random, x: float = 12, y: float = 10) -> None:
    """A staple at the upper-left corner with its two small shadows."""
    a = rng.uniform(-35, -20)
    import math
    dx, dy = 11 * math.cos(math.radians(a)), 11 * math.sin(math.radians(a))
    sh.rule(x, y + 6, x + dx, y + 6 + dy, width_mm=0.8, color=(120, 120, 126))
    sh.rule(x + 0.4, y + 6.8, x + dx + 0.4, y + 6.8 + dy, width_mm=0.4, color=(190, 190, 194))


def _mrz(s: Sheet, x: float, y: float, lines: list[str], *, pitch: float = 5.0, size: float = OCR) -> None:
    for i, ln in enumerate(lines):
        s.text(x, y + i * pitch, ln, font="ocrb", size_pt=size, color=(12, 12, 16))


def _lines_bg(w: float, h: float, rng: random.Random, bg, ink, k: int = 8) -> Image.Image:
    """Security print of this part: fine diagonal lines crossing, with a wavy band through the middle."""
    import math
    W, H = int(w * k), int(h * k)
    im = Image.new("RGB", (W, H), bg)
    d = ImageDraw.Draw(im)
    step = rng.randint(9, 13)
    for x in range(-H, W, step):
        d.line([(x, 0), (x + H, H)], fill=ink, width=1)
    for x in range(0, W + H, step * 2):
        d.line([(x, 0), (x - H, H)], fill=ink, width=1)
    amp, ph = H * 0.06, rng.uniform(0, 6.28)
    for off in range(-8, 9, 4):
        pts = [(x, H * 0.5 + off + amp * math.sin(x / W * 9 + ph)) for x in range(0, W, 6)]
        d.line(pts, fill=tuple(max(0, c - 30) for c in ink), width=1)
    return im


def _par(person, father, mother):
    return (father or person.father or f"{person.surname.split()[0]} X"), (mother or person.mother or "X")


def _T(sh: Sheet, x, y, s, *, font=FSANS, size=9.0, color=(0, 0, 0), anchor="left", spacing: float = 0.0) -> float:
    s = glyphs(str(s), font)
    sh.text(x, y, s, font=font, size_pt=size, color=color, anchor=anchor, letter_spacing=spacing)
    return sh.text_width(s, font=font, size_pt=size)


def _P(sh: Sheet, x, y, w, s, *, font=PAL, size=10.5, lead=1.4, color=(0, 0, 0)) -> float:
    lh = size * 0.3528 * lead
    for ln in wrap(glyphs(s, font), w, font, size):
        sh.text(x, y, ln, font=font, size_pt=size, color=color)
        y += lh
    return y


def _pen(sh: Sheet, x, y, s, rng, *, size=12.0, color=INK, font=FELT, width=None) -> float:
    s = glyphs(str(s), font)
    if width:
        while size > 7.5 and sh.text_width(s, font=font, size_pt=size) * 1.15 > width:
            size -= 0.5
    return sh.handwriting(x, y, s, rng, size_pt=size, color=color, font=font)


# --------------------------------------------------------------------------- passports (TD3)

_PP = {
    "MUS": dict(state="REPUBLIC OF MAURITIUS", state2="RÉPUBLIQUE DE MAURICE", title="PASSPORT / PASSEPORT",
                col=(170, 30, 40), bg=(250, 242, 236), ink=(236, 218, 206), nat="MAURITIAN",
                auth="PASSPORT & IMMIGRATION OFFICE", years=10, num=lambda r: "M" + _digits(r, 7),
                caps=["Type/Type", "Code/Code", "Passport No./N° du passeport", "Surname/Nom",
                      "Given names/Prénoms", "Nationality/Nationalité", "Date of birth/Date de naissance",
                      "Sex/Sexe", "Place of birth/Lieu de naissance", "Date of issue/Date de délivrance",
                      "Date of expiry/Date d'expiration", "Authority/Autorité"],
                df=d_mon, font=GOTH, font_b=GOTH_B),
    "BWA": dict(state="REPUBLIC OF BOTSWANA", state2="LEFATSHE LA BOTSWANA", title="PASSPORT",
                col=(40, 110, 170), bg=(238, 246, 252), ink=(210, 228, 242), nat="MOTSWANA",
                auth="DIRECTOR, IMMIGRATION AND CITIZENSHIP", years=10, num=lambda r: "BN" + _digits(r, 7),
                caps=["Type", "Country code", "Passport No.", "Surname", "Given names", "Nationality",
                      "Date of birth", "Sex", "Place of birth", "Date of issue", "Date of expiry", "Authority"],
                df=d_mon, font=FSANS, font_b=FSANS_B),
    "TUR": dict(state="TÜRKİYE CUMHURİYETİ", state2="REPUBLIC OF TÜRKİYE", title="PASAPORT / PASSPORT",
                col=(120, 20, 40), bg=(248, 238, 240), ink=(232, 208, 214), nat="T.C.",
                auth="T.C. İÇİŞLERİ BAKANLIĞI", years=10, num=lambda r: "U" + _digits(r, 8),
                caps=["Tipi / Type", "Ülke kodu / Country code", "Pasaport No / Passport No", "Soyadı / Surname",
                      "Adı / Given names", "Uyruğu / Nationality", "Doğum tarihi / Date of birth",
                      "Cinsiyeti / Sex", "Doğum yeri / Place of birth", "Veriliş tarihi / Date of issue",
                      "Geçerlilik tarihi / Date of expiry", "Makam / Authority"],
                df=lambda d: f"{d.day:02d} {_TR[d.month - 1][:3]}/{_EN[d.month - 1][:3]} {d.year}",
                font=CAL, font_b=CAL_B),
    "SUR": dict(state="REPUBLIEK SURINAME", state2="REPUBLIC OF SURINAME", title="PASPOORT / PASSPORT",
                col=(20, 100, 60), bg=(242, 248, 240), ink=(214, 232, 212), nat="SURINAAMSE",
                auth="MINISTERIE VAN BIZA", years=10, num=lambda r: "S" + _digits(r, 7),
                caps=["Type", "Code", "Paspoortnr.", "Naam / Surname", "Voornamen / Given names",
                      "Nationaliteit / Nationality", "Geboortedatum / Date of birth", "Geslacht / Sex",
                      "Geboorteplaats / Place of birth", "Datum afgifte / Date of issue",
                      "Geldig tot / Date of expiry", "Autoriteit / Authority"],
                df=d_dash, font=DSER, font_b=DSER_B),
}


def _pp_page(code, person, rng, number, issue, expiry, lines) -> Sheet:
    """This part's data page: the state's name centred across the top in the state colour over a thin band, the
    photo at the RIGHT, the data in a TWO-COLUMN grid at the left with each caption ABOVE its value, the holder's
    signature on a short rule under the photo, a hologram patch over the photo's lower corner, the MRZ at the
    foot on a plain white strip."""
    cfg = _PP[code]
    f, fb = cfg["font"], cfg["font_b"]
    s = Sheet(125, 88)
    s.image(0, 0, 125, 63, _lines_bg(125, 63, rng, cfg["bg"], cfg["ink"]))
    s.rect(0, 0, 125, 1.8, width_mm=0, fill=cfg["col"])
    st = glyphs(cfg["state"], fb)
    s.text(62.5, 2.6, st, font=fb, size_pt=fit(st, fb, 7.4, 110), color=cfg["col"], anchor="center")
    s2 = glyphs(cfg["state2"] + "   " + cfg["title"], f)
    s.text(62.5, 6.3, s2, font=f, size_pt=fit(s2, f, 5.4, 116), color=cfg["col"], anchor="center")
    s.photo(92, 12, 28, 35, rng)
    s.rect(110, 39, 11, 8, width_mm=0, fill=(214, 222, 230))
    C = cfg["caps"]
    grid = [(C[0], "P"), (C[1], code), (C[2], number), (C[3], person.surname.upper()),
            (C[4], person.given_names.upper()), (C[5], cfg["nat"]), (C[6], cfg["df"](person.birth_date)),
            (C[7], person.sex), (C[8], strip_accents(person.birth_place).upper()), (C[9], cfg["df"](issue)),
            (C[10], cfg["df"](expiry)), (C[11], cfg["auth"])]
    rows = [(grid[0], grid[1]), (grid[2], None), (grid[3], None), (grid[4], None), (grid[5], grid[7]),
            (grid[6], grid[8]), (grid[9], grid[10]), (grid[11], None)]
    y = 11.0
    for a, b in rows:
        for k, cell in enumerate((a, b)):
            if cell is None:
                continue
            x = 4 + k * 44
            w = 84 if b is None else 42
            cc = glyphs(cell[0], f)
            s.text(x, y, cc, font=f, size_pt=fit(cc, f, 4.0, w), color=(96, 96, 100))
            vv = glyphs(cell[1], fb)
            s.text(x, y + 1.9, vv, font=fb, size_pt=fit(vv, fb, 6.6, w))
        y += 5.9
    s.signature(92, 49, 28, 7.5, rng, color=(30, 30, 36))
    s.rule(92, 57, 120, 57, width_mm=0.15, color=(120, 120, 120))
    s.rect(0, 63, 125, 25, width_mm=0, fill=(253, 253, 252))
    _mrz(s, 4.5, 70.0, lines, pitch=5.5)
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
        if habit == "yellow":
            # copied years ago for another file: the data page in the middle of the sheet at 115 %, the copy kept
            # and gone yellow, then copied again crooked on the glass
            paste(sh, page, 33, 86, k=1.15, dpi=300)
            staple(sh, rng)
            if annotate:
                _pen(sh, 33, 200, annotate, rng, size=12, font=THIN)
            return [crooked(sheet_of(yellowed(sh.render(200), rng)), rng)]
        if habit == "phone":
            # the open booklet photographed by the client on a table: the data page and the opposite (blank
            # visa) page, the phone photo pasted on A4 by the office
            spread = Sheet(125, 176)
            spread.rect(0, 0, 125, 88, width_mm=0, fill=(244, 244, 240))
            _T(spread, 62.5, 40, "VISAS", font=cfg["font"], size=9, color=(180, 180, 180), anchor="center")
            paste(spread, page, 0, 88, dpi=300)
            spread.rule(0, 88, 125, 88, width_mm=0.6, color=(150, 150, 150))
            paste(sh, spread, 30, 40, k=1.2, dpi=220)
            if annotate:
                _pen(sh, 30, 262, annotate, rng, size=12, font=THIN)
            return [phone(sh, rng)]
        if habit == "coarse":
            # the data page in the upper third, copied at 150 dpi by a multifunction printer set to 'draft'
            paste(sh, page, 42, 22, k=1.0, dpi=300)
            _T(sh, 42, 116, "Kopie paspoort / copy passport", font=FSANS, size=8, color=GREY)
            if annotate:
                _pen(sh, 42, 124, annotate, rng, size=12, font=THIN)
            return [coarse(sh)]
        # "stamped": the data page low on the sheet, the office's 'Conforme à l'original' stamp pressed across
        # the page's upper edge and the observations page above it
        obs = Sheet(125, 88)
        obs.image(0, 0, 125, 88, _lines_bg(125, 88, rng, cfg["bg"], cfg["ink"]))
        _T(obs, 62.5, 6, "OBSERVATIONS / AANTEKENINGEN", font=cfg["font"], size=7, anchor="center", color=GREY)
        paste(sh, obs, 42, 60, dpi=200)
        paste(sh, page, 42, 150, dpi=300)
        sh.stamp(90, 134, ["CONFORME À", "L'ORIGINAL"], rng, shape="rect", size_mm=40, color=ST_RED,
                 angle=rng.uniform(-10, 10))
        if annotate:
            _pen(sh, 42, 250, annotate, rng, size=12, font=THIN)
        return [sh]

    return make


for _code, _habit, _lang, _note in (
    ("MUS", "yellow", "en/fr", "Mauritian passport: data page at 115 % on a yellowed copy, copied again crooked"),
    ("BWA", "phone", "en", "Botswana passport: open booklet photographed on a table, pasted on A4"),
    ("TUR", "coarse", "tr/en", "Turkish passport: data page in the upper third, 150 dpi draft copy"),
    ("SUR", "stamped", "nl", "Surinamese passport: data page low, certification stamp across its upper edge"),
):
    _register(f"passport-td3-{_code.lower()}-foto-rechts-rooster-label-boven-waarde-{_habit}-39",
              "identity-document", PART, _lang, _passport(_code, _habit), country=_code, mrz="TD3", photo=True,
              notes=_note + "; two-column grid with captions above values, photo right")


# --------------------------------------------------------------------------- Botswana identity card (TD1)


def idcard_bwa(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, crop=False,
               annotate=None, **opts):
    """The Botswana national identity card (Omang): front ABOVE back at the upper LEFT of a portrait sheet at
    160 %; the front with the photo at the LEFT, the Omang number large under the title, the data as caption:
    value pairs on one line each (FreeSans); the back with the place of birth, the issue details and the
    three-line MRZ.  The two pieces are slightly askew against each other (laid by hand)."""
    issue, expiry = _dates(rng, issue_date, expiry_date, 10)
    omang = _digits(rng, 9)
    number = "B" + _digits(rng, 8)
    md = _mrz_data(person, mrz_override)
    lines = M.td1(issuing="BWA", surname=md["surname"], given=md["given_names"], number=md.get("number", number),
                  nationality=md["nationality"], birth_date=md["birth_date"], sex=md["sex"], expiry=expiry,
                  doc_code="ID", break_check=break_check)
    fr = Sheet(85.6, 54)
    fr.image(0, 0, 85.6, 54, _lines_bg(85.6, 54, rng, (236, 244, 250), (208, 224, 238)))
    fr.text(28, 2.2, "REPUBLIC OF BOTSWANA", font=FSANS_B, size_pt=7, color=(30, 90, 150))
    fr.text(28, 5.6, "NATIONAL IDENTITY CARD", font=FSANS, size_pt=5.6, color=(30, 90, 150))
    fr.photo(3, 4, 22, 28, rng)
    fr.text(28, 10, f"Omang {omang[:3]} {omang[3:6]} {omang[6:]}", font=FSANS_B, size_pt=8)
    y = 16
    for a, b in (("Surname", person.surname.upper()), ("Forenames", person.given_names),
                 ("Date of Birth", d_sl(person.birth_date)), ("Sex", person.sex),
                 ("Expiry", d_sl(expiry))):
        fr.text(28, y, f"{a}:", font=FSANS, size_pt=4.8, color=GREY)
        bb = glyphs(b, FSANS_B)
        fr.text(44, y - 0.3, bb, font=FSANS_B, size_pt=fit(bb, FSANS_B, 6.2, 40))
        y += 4.8
    fr.signature(4, 38, 24, 8, rng, color=(28, 28, 34))
    bk = Sheet(85.6, 54)
    bk.rect(0, 0, 85.6, 54, width_mm=0, fill=(246, 248, 250))
    y = 3
    for a, b in (("Place of Birth", person.birth_place), ("Date of Issue", d_sl(issue)),
                 ("Issuing Office", rng.choice(["Gaborone", "Francistown", "Maun", "Serowe"])),
                 ("Card No.", number)):
        bk.text(4, y, f"{a}:", font=FSANS, size_pt=5, color=GREY)
        bk.text(28, y, glyphs(b, FSANS_B), font=FSANS_B, size_pt=6)
        y += 4.2
    bk.rect(0, 29, 85.6, 25, width_mm=0, fill=(255, 255, 255))
    _mrz(bk, 3.4, 32.5, lines, pitch=5.6, size=OCR * 0.98)
    if crop:
        return [fr, bk]
    sh = Sheet()
    paste(sh, fr, 18, 20, k=1.6, dpi=300, angle=rng.uniform(-1.5, 1.5))
    paste(sh, bk, 20, 20 + 54 * 1.6 + 10, k=1.6, dpi=300, angle=rng.uniform(-1.5, 1.5))
    if annotate:
        _pen(sh, 20, 230, annotate, rng, size=12, font=THIN)
    return [sh]


_register("idcard-td1-bwa-omang-voor-boven-achter-linksboven-160-scheef-gelegd-39", "identity-document", PART, "en",
          idcard_bwa, country="BWA", mrz="TD1", photo=True,
          notes="Botswana identity card, front above back at the upper left at 160 %, the pieces laid askew")


# --------------------------------------------------------------------------- Dutch residence document (TD1)


def permit_nl(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, crop=False,
              v_number=None, purpose=None, annotate=None, **opts):
    """The Dutch residence document: front and back SIDE BY SIDE across the TOP of the sheet at 110 %, printed
    on yellowed paper (an old copy from the client's own folder); the V-number printed on the front beside the
    photo; below, the lawyer's secretary wrote 'verblijfsdocument' and a date in felt-tip and pressed the round
    'Gezien origineel' stamp half over the back's remarks."""
    issue, expiry = _dates(rng, issue_date, expiry_date, 5)
    number = "".join(rng.choice("BCDFGHJKLMNPRSTVWXZ") for _ in range(2)) + _digits(rng, 7)
    vnr = v_number or ("2" + _digits(rng, 9))
    md = _mrz_data(person, mrz_override)
    lines = M.td1(issuing="NLD", surname=md["surname"], given=md["given_names"], number=number,
                  nationality=md["nationality"], birth_date=md["birth_date"], sex=md["sex"], expiry=expiry,
                  doc_code="IR", break_check=break_check)
    fr = Sheet(85.6, 54)
    fr.image(0, 0, 85.6, 54, _lines_bg(85.6, 54, rng, (246, 242, 234), (228, 220, 204)))
    fr.text(3, 1.8, "VERBLIJFSDOCUMENT  ·  KONINKRIJK DER NEDERLANDEN", font=GOTH_B, size_pt=5.2,
            color=(40, 60, 120))
    fr.photo(3, 7, 21, 27, rng)
    fr.text(3, 36, "V-nr", font=GOTH, size_pt=4.4, color=GREY)
    fr.text(3, 38.5, vnr, font=GOTH_B, size_pt=6.2)
    y = 7
    for a, b in (("naam", person.surname.upper()), ("voornamen", person.given_names.upper()),
                 ("geb. datum", d_dash(person.birth_date)), ("nationaliteit", person.nationality),
                 ("geslacht", person.sex), ("geldig tot", d_dash(expiry)), ("documentnr.", number)):
        fr.text(27, y, a, font=GOTH, size_pt=4.2, color=GREY)
        bb = glyphs(b, GOTH_B)
        fr.text(27, y + 1.7, bb, font=GOTH_B, size_pt=fit(bb, GOTH_B, 6, 55))
        y += 5.3
    fr.signature(52, 45, 22, 6, rng, color=(28, 28, 34))
    bk = Sheet(85.6, 54)
    bk.rect(0, 0, 85.6, 54, width_mm=0, fill=(248, 246, 240))
    bk.text(3, 3, glyphs(f"Verblijfsvergunning regulier – {purpose or 'verblijf bij partner'}", GOTH), font=GOTH,
            size_pt=5.6)
    bk.text(3, 7.5, "Arbeid vrij toegestaan, TWV niet vereist", font=GOTH, size_pt=5.3)
    bk.text(3, 12, f"afgifte {d_dash(issue)}", font=GOTH, size_pt=5.3)
    bk.rect(0, 30, 85.6, 24, width_mm=0, fill=(255, 255, 255))
    _mrz(bk, 3.4, 33.5, lines, pitch=5.4, size=OCR * 0.98)
    if crop:
        return [fr, bk]
    sh = Sheet()
    paste(sh, fr, 14, 24, k=1.1, dpi=300)
    paste(sh, bk, 14 + 85.6 * 1.1 + 6, 24, k=1.1, dpi=300)
    _pen(sh, 20, 100, "verblijfsdocument v/a", rng, size=14, font=FELT, color=INK_K)
    if annotate:
        _pen(sh, 20, 114, annotate, rng, size=12, font=THIN)
    sh.stamp(128, 52, ["GEZIEN", "ORIGINEEL"], rng, shape="round", size_mm=30, color=ST_GREEN,
             angle=rng.uniform(-20, 20))
    img = yellowed(sh.render(200), rng)
    return [sheet_of(img)]


_register("permit-nl-verblijfsdocument-naast-elkaar-bovenaan-vergeeld-ronde-stempel-achterzijde-39",
          "identity-document", PART, "nl", permit_nl, country="NLD", mrz="TD1", photo=True,
          notes="Dutch residence document front and back side by side at the top, yellowed copy, round stamp")


# --------------------------------------------------------------------------- birth certificates


def birth_mus(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Mauritius Civil Status Office 'extrait d'acte de naissance': the office's heading at the upper LEFT in
    Palatino, the entry number and district in a box at the upper RIGHT; the particulars in a ruled two-column
    table (rubric | entry) with the dates written 14/03/1988; the certification line in italics; the officer's
    signature BESIDE the label 'L'Officier de l'État Civil' and the round office stamp over the table's last
    rows."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(30, 300))
    act = act_date or person.birth_date + datetime.timedelta(days=rng.randint(2, 30))
    fa, mo = _par(person, father, mother)
    district = rng.choice(["Port Louis", "Pamplemousses", "Moka", "Plaines Wilhems", "Flacq", "Grand Port"])
    n = rng.randint(100, 4800)
    sh = Sheet()
    for i, t in enumerate(["RÉPUBLIQUE DE MAURICE", "Bureau de l'État Civil", f"District de {district}"]):
        _T(sh, 20, 16 + i * 5.5, t, font=PAL_B if i == 0 else PAL, size=10)
    sh.rect(136, 14, 56, 18, width_mm=0.35)
    _T(sh, 139, 16.5, f"Acte n° {n} de {act.year}", font=PAL, size=9.5)
    _T(sh, 139, 22.5, f"Registre {district}", font=PAL, size=9.5)
    _T(sh, 105, 46, "EXTRAIT D'ACTE DE NAISSANCE", font=PAL_B, size=14, anchor="center", spacing=0.3)
    y = 60
    rows = [("Nom de l'enfant", person.surname.upper()), ("Prénoms", person.given_names),
            ("Sexe", "féminin" if person.sex == "F" else "masculin"), ("Date de naissance", d_sl(person.birth_date)),
            ("Lieu de naissance", person.birth_place), ("Père", fa), ("Mère", mo),
            ("Date de l'enregistrement", d_sl(act)), ("Mentions marginales", "Néant")]
    for a, b in rows:
        sh.rect(20, y, 62, 10, width_mm=0.25)
        sh.rect(82, y, 108, 10, width_mm=0.25)
        _T(sh, 23, y + 3, a, font=PAL, size=9.5, color=GREY)
        bb = glyphs(b, PAL_B)
        sh.text(85, y + 2.8, bb, font=PAL_B, size_pt=fit(bb, PAL_B, 10.5, 102))
        y += 10
    y = _P(sh, 20, y + 8, 170, f"Certifié conforme aux registres de l'état civil. Délivré à {district}, le "
                               f"{d_sl(issue)}.", font=PAL_I, size=10.5) + 6
    w = _T(sh, 20, y + 6, "L'Officier de l'État Civil :", font=PAL, size=10.5)
    sh.signature(24 + w, y, 44, 14, rng, color=INK)
    sh.stamp(140, y - 34, ["CIVIL STATUS OFFICE", "ÉTAT CIVIL", district.upper()], rng, shape="round", size_mm=32,
             color=ST_BLUE, angle=rng.uniform(-20, 20))
    _T(sh, 20, 280, "Droit perçu : Rs 100", font=PAL, size=8, color=GREY)
    return [sh]


def birth_bwa(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Botswana's 'Birth Certificate' from the Department of Civil and National Registration, printed by
    computer on security paper (a faint line pattern): the coat-of-arms roundel at the top centre, the fields
    numbered 1 to 12 in a single column with the entries in capitals after the numbers, a QR code at the lower
    LEFT; the Registrar's signature ABOVE the printed label, the office's oval date stamp to its right."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(40, 500))
    act = act_date or person.birth_date + datetime.timedelta(days=rng.randint(5, 40))
    fa, mo = _par(person, father, mother)
    sh = Sheet()
    sh.image(0, 0, 210, 297, _lines_bg(210, 297, rng, (248, 250, 252), (232, 238, 244), k=3))
    sh.rect(97, 10, 16, 16, width_mm=0.6, color=(40, 100, 160))
    _T(sh, 105, 15, "RB", font=FSANS_B, size=11, anchor="center", color=(40, 100, 160))
    _T(sh, 105, 30, "REPUBLIC OF BOTSWANA", font=FSANS_B, size=12, anchor="center")
    _T(sh, 105, 36, "Department of Civil and National Registration", font=FSANS, size=9.5, anchor="center")
    _T(sh, 105, 46, "BIRTH CERTIFICATE", font=FSANS_B, size=16, anchor="center", spacing=0.6)
    _T(sh, 190, 54, f"Entry No. {rng.choice(['GAB', 'FTN', 'MAU', 'SER'])}/{act.year}/{_digits(rng, 5)}",
       font=FSANS, size=9, anchor="right")
    y = 66
    for i, (a, b) in enumerate((("Surname", person.surname.upper()), ("Forenames", person.given_names.upper()),
                                ("Sex", "FEMALE" if person.sex == "F" else "MALE"),
                                ("Date of birth", d_en(person.birth_date).upper()),
                                ("Place of birth", person.birth_place.upper()), ("Full name of father", fa.upper()),
                                ("Full name of mother", mo.upper()),
                                ("Citizenship of father", "MOTSWANA"), ("Citizenship of mother", "MOTSWANA"),
                                ("Date of registration", d_en(act).upper()),
                                ("Registered at", rng.choice(["GABORONE", "FRANCISTOWN", "MAUN", "SEROWE"])),
                                ("Remarks", "NIL")), 1):
        _T(sh, 22, y, f"{i}.", font=FSANS_B, size=9.5)
        _T(sh, 30, y, a, font=FSANS, size=9.5, color=GREY)
        bb = glyphs(b, FSANS_B)
        sh.text(88, y, bb, font=FSANS_B, size_pt=fit(bb, FSANS_B, 10.5, 100))
        sh.rule(88, y + 4.8, 190, y + 4.8, width_mm=0.12, color=(150, 150, 150))
        y += 9.5
    from .twentyeighth_identity import qr
    qr(sh, 22, y + 14, 26, f"bwa{person.surname}{issue}")
    sh.signature(110, y + 12, 46, 14, rng, color=INK_K)
    sh.rule(104, y + 28, 176, y + 28, width_mm=0.3)
    _T(sh, 140, y + 30, "Registrar of Births and Deaths", font=FSANS, size=9, anchor="center")
    sh.stamp(150, y + 4, ["DCNR", d_mon(issue), "BOTSWANA"], rng, shape="oval", size_mm=30, color=ST_VIOLET,
             angle=rng.uniform(-10, 10))
    _T(sh, 105, 282, f"Issued on {d_en(issue)}. Any alteration renders this certificate invalid.", font=FSANS,
       size=7.5, anchor="center", color=GREY)
    return [sh]


def birth_tur(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """A Turkish district population directorate's 'Doğum Kayıt Örneği' typed on a typewriter into a landscape
    ruled form (column heads in Turkish only: Adı, Soyadı, Baba adı, Ana adı, Doğum yeri, Doğum tarihi, Cinsiyeti,
    Medeni hali), the form copied turned a quarter on a portrait sheet; the registrar's signature BELOW the label
    'Nüfus Müdürü', the round directorate seal over the date."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(30, 400))
    fa, mo = _par(person, father, mother)
    il = rng.choice(["İstanbul", "Ankara", "İzmir", "Kayseri", "Konya", "Gaziantep"])
    s = Sheet(297, 210)
    _T(s, 20, 14, "T.C.", font=FMONO_B, size=11)
    _T(s, 20, 20, "İÇİŞLERİ BAKANLIĞI", font=FMONO_B, size=10)
    _T(s, 20, 25.5, f"{il.upper()} İLÇE NÜFUS MÜDÜRLÜĞÜ", font=FMONO_B, size=10)
    _T(s, 148, 38, "DOĞUM KAYIT ÖRNEĞİ", font=FMONO_B, size=14, anchor="center")
    _T(s, 277, 14, f"Sayı : {_digits(rng, 8)}", font=FMONO, size=10, anchor="right")
    _T(s, 277, 20, f"Tarih: {d_tr(issue)}", font=FMONO, size=10, anchor="right")
    heads = ["T.C. Kimlik No", "Adı", "Soyadı", "Baba adı", "Ana adı", "Doğum yeri", "Doğum tarihi", "Cinsiyeti",
             "Medeni hali"]
    vals = [_digits(rng, 11), person.given_names, person.surname.upper(), fa.split()[0], mo.split()[0],
            person.birth_place, d_tr(person.birth_date), "Kadın" if person.sex == "F" else "Erkek", "Bekâr"]
    widths = [30, 30, 30, 26, 26, 30, 26, 22, 24]
    x0, y0 = 18, 52
    x = x0
    for h, v, w in zip(heads, vals, widths):
        s.rect(x, y0, w, 10, width_mm=0.3, fill=(236, 236, 236))
        s.rect(x, y0 + 10, w, 14, width_mm=0.3)
        hh = glyphs(h, FMONO_B)
        s.text(x + 1, y0 + 3, hh, font=FMONO_B, size_pt=fit(hh, FMONO_B, 8, w - 2))
        vv = glyphs(v, FMONO)
        s.text(x + 1, y0 + 14.5, vv, font=FMONO, size_pt=fit(vv, FMONO, 9.5, w - 2))
        x += w
    y = _P(s, 20, 92, 255, "Yukarıda kimlik bilgileri yazılı kişinin nüfus kütüğündeki doğum kaydının aslına "
                           "uygun olduğu onaylanır.", font=FMONO, size=10, lead=1.5)
    _T(s, 220, y + 12, "Nüfus Müdürü", font=FMONO_B, size=10, anchor="center")
    s.signature(198, y + 18, 44, 13, rng, color=INK)
    _T(s, 220, y + 34, rng.choice(["Mehmet KAYA", "Ayşe DEMİR", "Hasan ÖZTÜRK"]), font=FMONO, size=10,
       anchor="center")
    s.stamp(40, y + 4, ["T.C. İÇİŞLERİ BAKANLIĞI", "NÜFUS MÜDÜRLÜĞÜ", il.upper()], rng, shape="round", size_mm=34,
            color=ST_BLUE, angle=rng.uniform(-20, 20))
    sh = Sheet()
    paste(sh, s, 0, 0, dpi=200, angle=90)
    return [sh]


def birth_be(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """A Leuven 'afschrift van de geboorteakte' printed at the counter: the city's name in URW Gothic with a thin
    red line under it, every item of the act in its own rounded box (label in the box's top edge, value inside),
    two boxes per row; 'Namens de ambtenaar van de burgerlijke stand' at the foot with the signature to the
    LEFT of the city's square stamp."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(20, 300))
    act = act_date or person.birth_date + datetime.timedelta(days=rng.randint(1, 10))
    fa, mo = _par(person, father, mother)
    city = rng.choice(["Leuven", "Mechelen", "Aalst", "Kortrijk"])
    sh = Sheet()
    _T(sh, 20, 14, f"Stad {city}", font=GOTH_B, size=16)
    _T(sh, 20, 22, "Burgerzaken – dienst burgerlijke stand", font=GOTH, size=9, color=GREY)
    sh.rule(20, 28, 190, 28, width_mm=0.4, color=(190, 30, 40))
    _T(sh, 20, 36, "AFSCHRIFT VAN DE GEBOORTEAKTE", font=GOTH_B, size=13)
    _T(sh, 190, 36, f"akte nr. {rng.randint(100, 2400)}/{act.year}", font=GOTH, size=9.5, anchor="right")
    items = [("Naam", person.surname.upper()), ("Voornamen", person.given_names), ("Geslacht",
             "vrouwelijk" if person.sex == "F" else "mannelijk"), ("Geboortedatum", d_nl(person.birth_date)),
             ("Geboorteplaats", person.birth_place), ("Datum van de akte", d_nl(act)), ("Vader", fa), ("Moeder", mo),
             ("Latere vermeldingen", "geen"), ("Afgeleverd op", d_nl(issue))]
    y = 48
    for i, (a, b) in enumerate(items):
        x = 20 + (i % 2) * 87
        sh.rect(x, y, 83, 14, width_mm=0.3, color=(120, 120, 120))
        sh.rect(x + 3, y - 2, sh.text_width(a, font=GOTH, size_pt=8) + 3, 4, width_mm=0, fill=(255, 255, 255))
        _T(sh, x + 4.5, y - 1.8, a, font=GOTH, size=8, color=GREY)
        bb = glyphs(b, GOTH_B)
        sh.text(x + 4, y + 5, bb, font=GOTH_B, size_pt=fit(bb, GOTH_B, 10.5, 76))
        if i % 2:
            y += 19
    y += 12
    _T(sh, 20, y, "Namens de ambtenaar van de burgerlijke stand,", font=GOTH, size=10)
    sh.signature(22, y + 6, 44, 14, rng, color=INK)
    sh.stamp(84, y + 4, [f"STAD {city.upper()}", "BURGERLIJKE STAND"], rng, shape="rect", size_mm=40,
             color=ST_BLACK, angle=rng.uniform(-5, 5))
    _T(sh, 20, y + 24, rng.choice(["K. Wouters", "L. Van Damme", "S. Peeters"]) + ", beambte", font=GOTH, size=9.5)
    return [sh]


_register("birth-mus-extrait-tabel-rubriek-inschrijving-handtekening-naast-label-stempel-over-tabel-39",
          "birth-certificate", PART, "fr", birth_mus, country="MUS",
          notes="Mauritian birth extract, ruled two-column table, signature beside the label, stamp over the table")
_register("birth-bwa-dcnr-genummerde-velden-veiligheidspapier-qr-handtekening-boven-label-39", "birth-certificate",
          PART, "en", birth_bwa, country="BWA",
          notes="Botswana birth certificate, numbered fields, security paper, QR, signature above the label")
_register("birth-tur-dogum-kayit-ornegi-liggend-formulier-typemachine-kwartslag-39", "birth-certificate", PART,
          "tr", birth_tur, country="TUR",
          notes="Turkish birth registration extract typed into a landscape form, copied turned a quarter")
_register("birth-be-leuven-afschrift-afgeronde-vakken-stempel-rechts-van-handtekening-39", "birth-certificate",
          PART, "nl", birth_be, country="BEL",
          notes="Flemish city's birth act copy, each item in its own box, signature left of the square stamp")


# --------------------------------------------------------------------------- marriage certificates


def marriage_mus(person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    """Mauritius Civil Status Office 'extrait d'acte de mariage' written as ONE paragraph of prose in Caladea
    (names of the spouses in capitals, the date written '12 juin 2015'), the marriage regime at the end; the
    officer's signature BELOW the label at the right, a round stamp pressed over the end of the paragraph; the
    copy yellowed."""
    h, w = person, spouse
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(30, 300))
    md = marriage_date or TODAY - datetime.timedelta(days=2000)
    district = rng.choice(["Port Louis", "Curepipe", "Rose Hill", "Quatre Bornes", "Mahébourg"])
    sh = Sheet()
    _T(sh, 105, 20, "REPUBLIC OF MAURITIUS – RÉPUBLIQUE DE MAURICE", font=CAL_B, size=11, anchor="center")
    _T(sh, 105, 27, "Civil Status Office – Bureau de l'État Civil", font=CAL, size=9.5, anchor="center")
    _T(sh, 105, 44, "EXTRAIT D'ACTE DE MARIAGE", font=CAL_B, size=14, anchor="center")
    _T(sh, 105, 51, f"{district} – acte n° {rng.randint(10, 900)}/{md.year}", font=CAL, size=9.5, anchor="center")
    txt = (f"Le {d_fr(md)}, à {district}, devant Nous, officier de l'état civil, ont été unis par le mariage "
           f"{h.surname.upper()} {h.given_names}, né le {d_sl(h.birth_date)} à {h.birth_place}, et "
           f"{w.surname.upper()} {w.given_names}, née le {d_sl(w.birth_date)} à {w.birth_place}, les époux ayant "
           f"déclaré se prendre pour mari et femme en présence de deux témoins majeurs. Régime matrimonial : "
           f"communauté légale. Mentions marginales : néant.")
    y = _P(sh, 24, 68, 162, txt, font=CAL, size=11, lead=1.7)
    y = _P(sh, 24, y + 6, 162, f"Pour extrait conforme, délivré le {d_sl(issue)}.", font=CAL_I, size=10.5)
    _T(sh, 150, y + 10, "L'Officier de l'État Civil", font=CAL_B, size=10.5, anchor="center")
    sh.signature(128, y + 16, 44, 13, rng, color=INK)
    sh.stamp(90, y - 24, ["CIVIL STATUS OFFICE", district.upper(), "MAURITIUS"], rng, shape="round", size_mm=30,
             color=ST_VIOLET, angle=rng.uniform(-25, 25))
    return [sheet_of(yellowed(sh.render(200), rng))]


def marriage_be(person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    """A Brussels commune's bilingual 'extrait d'acte de mariage / uittreksel uit de huwelijksakte' in two
    columns (French left, Dutch right) with the shared data in the middle band; DejaVu Serif; a grey 'DABS'
    reference line at the foot; the clerk's signature at the END with no label and the commune's stamp above
    it."""
    h, w = person, spouse
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(10, 200))
    md = marriage_date or TODAY - datetime.timedelta(days=900)
    com = rng.choice([("Schaerbeek", "Schaarbeek"), ("Anderlecht", "Anderlecht"), ("Ixelles", "Elsene"),
                      ("Saint-Gilles", "Sint-Gillis")])
    sh = Sheet()
    _T(sh, 20, 16, f"Commune de {com[0]}", font=DSER_B, size=11)
    _T(sh, 190, 16, f"Gemeente {com[1]}", font=DSER_B, size=11, anchor="right")
    _T(sh, 20, 32, "EXTRAIT D'ACTE DE MARIAGE", font=DSER_B, size=11)
    _T(sh, 190, 32, "UITTREKSEL UIT DE HUWELIJKSAKTE", font=DSER_B, size=11, anchor="right")
    sh.rule(105, 28, 105, 200, width_mm=0.2, color=(160, 160, 160))
    y = 46
    for fr_l, nl_l, val in (("Date du mariage", "Datum huwelijk", d_sl(md)), ("Lieu", "Plaats", com[0]),
                            ("Époux 1 – nom", "Echtgenoot 1 – naam", h.surname.upper()),
                            ("prénoms", "voornamen", h.given_names),
                            ("né le", "geboren op", f"{d_sl(h.birth_date)} – {h.birth_place}"),
                            ("Époux 2 – nom", "Echtgenoot 2 – naam", w.surname.upper()),
                            ("prénoms", "voornamen", w.given_names),
                            ("né(e) le", "geboren op", f"{d_sl(w.birth_date)} – {w.birth_place}")):
        _T(sh, 20, y, fr_l, font=DSER, size=8.5, color=GREY)
        _T(sh, 190, y, nl_l, font=DSER, size=8.5, color=GREY, anchor="right")
        vv = glyphs(val, DSER_B)
        sh.rect(45, y + 3.6, 120, 7, width_mm=0, fill=(240, 240, 240))
        sh.text(105, y + 4.4, vv, font=DSER_B, size_pt=fit(vv, DSER_B, 10, 116), anchor="center")
        y += 15
    _T(sh, 20, y + 4, f"Délivré le / afgeleverd op {d_sl(issue)}", font=DSER, size=9.5)
    sh.stamp(120, y + 4, [f"{com[0].upper()}", "ÉTAT CIVIL / BURGERLIJKE STAND"], rng, shape="oval", size_mm=44,
             color=ST_BLUE, angle=rng.uniform(-6, 6))
    sh.signature(128, y + 26, 44, 13, rng, color=INK_K)
    _T(sh, 20, 282, f"DABS {_digits(rng, 4)}-{_digits(rng, 6)}", font=DSER, size=7.5, color=GREY)
    return [sh]


_register("marriage-mus-extrait-een-alinea-proza-handtekening-onder-label-vergeeld-39", "marriage-certificate",
          PART, "fr", marriage_mus, country="MUS",
          notes="Mauritian marriage extract in one paragraph of prose, signature below the label, yellowed copy")
_register("marriage-be-brussel-tweetalig-twee-kolommen-middenband-handtekening-einde-39", "marriage-certificate",
          PART, "fr", marriage_be, country="BEL",
          notes="Brussels commune's bilingual marriage extract, labels left and right, values in a middle band")


# --------------------------------------------------------------------------- nationality certificates


def nationality_mus(person, rng, *, issue_date=None, **opts):
    """Mauritius 'Certificate of Citizenship' from the Prime Minister's Office (Passport and Immigration Office):
    a framed certificate in Palatino with the text centred, the holder's name large in italics, the legal basis
    (Constitution, section 20) in a footnote; the Director's signature ABOVE a dotted line with the title under
    it, the embossed seal drawn as a pale circle at the lower left."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(60, 900))
    sh = Sheet()
    sh.rect(14, 14, 182, 200, width_mm=1.0, color=(150, 30, 40))
    sh.rect(17, 17, 176, 194, width_mm=0.25, color=(150, 30, 40))
    _T(sh, 105, 28, "REPUBLIC OF MAURITIUS", font=PAL_B, size=13, anchor="center")
    _T(sh, 105, 35, "Prime Minister's Office – Passport and Immigration Office", font=PAL, size=9.5, anchor="center")
    _T(sh, 105, 52, "CERTIFICATE OF CITIZENSHIP", font=PAL_B, size=16, anchor="center", spacing=0.5)
    _T(sh, 105, 66, "This is to certify that", font=PAL_I, size=11, anchor="center")
    nm = glyphs(f"{person.given_names} {person.surname.upper()}", PAL_I)
    sh.text(105, 76, nm, font=PAL_I, size_pt=fit(nm, PAL_I, 18, 160), anchor="center")
    _T(sh, 105, 90, f"born at {person.birth_place} on the {d_en(person.birth_date)}", font=PAL, size=11,
       anchor="center")
    y = _P(sh, 30, 102, 150, "is a citizen of Mauritius by birth, in accordance with section 20 of the Constitution "
                             "of Mauritius and the Mauritius Citizenship Act.*", font=PAL, size=11, lead=1.5)
    _T(sh, 105, y + 6, f"Certificate No. PIO/CIT/{_digits(rng, 5)}/{issue.year}", font=PAL, size=10,
       anchor="center")
    _T(sh, 105, y + 14, f"Port Louis, {d_en(issue)}", font=PAL, size=10.5, anchor="center")
    sh.signature(118, y + 24, 46, 14, rng, color=INK_K)
    sh.rule(112, y + 40, 176, y + 40, width_mm=0.25, dash=0.6)
    _T(sh, 144, y + 42, "Director, Passport and Immigration", font=PAL, size=9, anchor="center")
    sh.stamp(30, y + 22, ["PASSPORT & IMMIGRATION", "MAURITIUS"], rng, shape="round", size_mm=28,
             color=(205, 205, 205), angle=0)
    _T(sh, 22, 206, "* Constitution of Mauritius, Chapter III, section 20.", font=PAL, size=7.5, color=GREY)
    return [sh]


def nationality_bwa(person, rng, *, issue_date=None, **opts):
    """Botswana's Ministry of Labour and Home Affairs confirms citizenship in a memo-style letter: 'REF:' and
    'DATE:' lines at the upper right in FreeMono, 'TO WHOM IT MAY CONCERN' underlined, the particulars in a
    colon-aligned list, the Director's name typed with the signature BESIDE it to the right and the date stamp
    over the last line of the list."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(60, 700))
    sh = Sheet()
    _T(sh, 20, 16, "MINISTRY OF LABOUR AND HOME AFFAIRS", font=FMONO_B, size=11)
    _T(sh, 20, 22, "Department of Immigration and Citizenship", font=FMONO, size=9.5)
    _T(sh, 20, 27, "Private Bag 00409, Gaborone, Botswana", font=FMONO, size=9.5)
    _T(sh, 190, 40, f"REF : CIT/{_digits(rng, 4)}/{issue.year % 100:02d}", font=FMONO, size=10, anchor="right")
    _T(sh, 190, 46, f"DATE: {d_sl(issue)}", font=FMONO, size=10, anchor="right")
    _T(sh, 20, 60, "TO WHOM IT MAY CONCERN", font=FMONO_B, size=11)
    sh.rule(20, 65, 20 + sh.text_width("TO WHOM IT MAY CONCERN", font=FMONO_B, size_pt=11), 65, width_mm=0.3)
    _T(sh, 20, 74, "CONFIRMATION OF CITIZENSHIP", font=FMONO_B, size=10.5)
    y = _P(sh, 20, 84, 170, "This serves to confirm that the person whose particulars appear below is a citizen of "
                            "Botswana by birth:", font=FMONO, size=10, lead=1.5) + 4
    for a, b in (("Surname", person.surname.upper()), ("Forenames", person.given_names.upper()),
                 ("Date of birth", d_sl(person.birth_date)), ("Place of birth", person.birth_place.upper()),
                 ("Omang No.", _digits(rng, 9))):
        _T(sh, 30, y, a, font=FMONO, size=10)
        _T(sh, 78, y, ":", font=FMONO, size=10)
        _T(sh, 84, y, b, font=FMONO_B, size=10)
        y += 7
    sh.stamp(110, y - 14, ["IMMIGRATION", d_mon(issue), "GABORONE"], rng, shape="rect", size_mm=34,
             color=ST_RED, angle=rng.uniform(-8, 8))
    y = _P(sh, 20, y + 8, 170, "Any assistance accorded to the bearer will be highly appreciated.", font=FMONO,
           size=10) + 14
    w = _T(sh, 20, y, rng.choice(["K. T. Molefhe", "O. B. Seretse", "M. Kgosi"]), font=FMONO_B, size=10)
    sh.signature(26 + w, y - 7, 44, 13, rng, color=INK)
    _T(sh, 20, y + 6, "for/DIRECTOR OF IMMIGRATION AND CITIZENSHIP", font=FMONO, size=9.5)
    return [sh]


_register("nationality-mus-pio-omkaderd-gecentreerd-naam-cursief-handtekening-boven-stippellijn-39",
          "nationality-certificate", PART, "en", nationality_mus, country="MUS",
          notes="Mauritian certificate of citizenship, framed and centred, signature above a dotted line")
_register("nationality-bwa-memo-to-whom-mono-dubbelepunt-lijst-handtekening-naast-naam-39",
          "nationality-certificate", PART, "en", nationality_bwa, country="BWA",
          notes="Botswana confirmation of citizenship as a memo in FreeMono, signature beside the typed name")


# --------------------------------------------------------------------------- identity certificates (consular)


def idcert_mus(person, rng, *, issue_date=None, declarative=False, **opts):
    """The Embassy of Mauritius in Brussels' 'attestation d'identité': the embassy's name in Caladea small capitals
    across the top with the address under a rule; the photo glued at the upper LEFT with the embassy's round stamp
    over its lower right corner; the holder's particulars to the right of the photo; the basis of the attestation
    in a last paragraph; the signature at the END of the page without a label, the name and title typed under
    it; a staple at the corner."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(20, 300))
    sh = Sheet()
    _T(sh, 105, 16, "AMBASSADE DE LA RÉPUBLIQUE DE MAURICE", font=CAL_B, size=12.5, anchor="center", spacing=0.4)
    _T(sh, 105, 23, "Rue des Bollandistes 68, 1040 Bruxelles – Section consulaire", font=CAL, size=9,
       anchor="center", color=GREY)
    sh.rule(30, 28, 180, 28, width_mm=0.3)
    _T(sh, 105, 40, "ATTESTATION D'IDENTITÉ", font=CAL_B, size=14, anchor="center")
    sh.photo(24, 52, 32, 40, rng)
    sh.stamp(44, 78, ["AMBASSADE DE MAURICE", "BRUXELLES"], rng, shape="round", size_mm=26, color=ST_VIOLET,
             angle=rng.uniform(-30, 30))
    y = 54
    for a, b in (("Nom", person.surname.upper()), ("Prénoms", person.given_names),
                 ("Né(e) le", d_sl(person.birth_date)), ("à", person.birth_place), ("Nationalité", "mauricienne"),
                 ("Sexe", person.sex)):
        _T(sh, 66, y, a, font=CAL, size=10, color=GREY)
        _T(sh, 100, y, glyphs(b, CAL_B), font=CAL_B, size=11)
        y += 7
    basis = ("La présente attestation est délivrée sur la seule base des déclarations de l'intéressé(e), aucun "
             "document d'identité n'ayant été présenté." if declarative else
             "La présente attestation est délivrée sur la base du passeport mauricien présenté par l'intéressé(e) "
             "et des registres de l'état civil de la République de Maurice.")
    y = _P(sh, 24, 104, 162, "L'Ambassade de la République de Maurice atteste que la personne dont la photographie "
                             "figure ci-dessus est bien la personne désignée ci-dessus.", font=CAL, size=11,
           lead=1.5) + 4
    y = _P(sh, 24, y, 162, basis, font=CAL, size=11, lead=1.5) + 4
    y = _P(sh, 24, y, 162, f"Fait à Bruxelles, le {d_fr(issue)}.", font=CAL, size=11) + 6
    sh.signature(110, y, 46, 14, rng, color=INK)
    _T(sh, 110, y + 16, rng.choice(["R. Ramgoolam", "S. Jugnauth-Appadoo", "V. Bhunjun"]), font=CAL_B, size=10)
    _T(sh, 110, y + 21, "Premier Secrétaire", font=CAL, size=9.5)
    staple(sh, rng)
    return [sh]


def idcert_bwa(person, rng, *, issue_date=None, declarative=False, **opts):
    """The Embassy of Botswana in Brussels' 'Certificate of Identity' typed in Liberation Mono on dotted leaders,
    the photo in a ruled box at the upper RIGHT with the embassy's rectangular stamp across its bottom edge; the
    head of chancery's signature BELOW the printed label 'Head of Chancery', the whole page photographed by the
    client on a table."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(20, 300))
    sh = Sheet()
    _T(sh, 20, 16, "EMBASSY OF THE REPUBLIC OF BOTSWANA", font=LMONO_B, size=11)
    _T(sh, 20, 22, "Avenue de Tervueren 169, 1150 Brussels", font=LMONO, size=9)
    _T(sh, 20, 40, "CERTIFICATE OF IDENTITY", font=LMONO_B, size=14)
    sh.rect(150, 34, 36, 44, width_mm=0.4)
    sh.photo(152, 36, 32, 40, rng)
    sh.stamp(146, 70, ["BOTSWANA EMBASSY", "BRUSSELS"], rng, shape="rect", size_mm=40, color=ST_BLUE,
             angle=rng.uniform(-6, 6))
    y = 56
    for a, b in (("Surname", person.surname.upper()), ("Forenames", person.given_names),
                 ("Date of birth", d_sl(person.birth_date)), ("Place of birth", person.birth_place),
                 ("Nationality", "Motswana"), ("Sex", person.sex)):
        _T(sh, 20, y, a, font=LMONO, size=10)
        sh.rule(20 + sh.text_width(a, font=LMONO, size_pt=10) + 1, y + 4, 140, y + 4, width_mm=0.15, dash=0.5)
        _T(sh, 62, y - 0.6, glyphs(b, LMONO_B), font=LMONO_B, size=10)
        y += 8
    basis = ("This certificate is issued on the declaration of the bearer only; no identity document was produced."
             if declarative else
             "This certificate is issued on the strength of the bearer's Botswana passport and Omang seen at the "
             "Embassy.")
    y = _P(sh, 20, y + 8, 170, "The Embassy certifies that the bearer, whose photograph appears above, is the "
                               "person described.", font=LMONO, size=9.5, lead=1.5) + 3
    y = _P(sh, 20, y, 170, basis, font=LMONO, size=9.5, lead=1.5) + 3
    _T(sh, 20, y + 4, f"Brussels, {d_en(issue)}", font=LMONO, size=9.5)
    _T(sh, 110, y + 14, "Head of Chancery", font=LMONO_B, size=10)
    sh.signature(112, y + 20, 44, 13, rng, color=INK)
    return [phone(sh, rng)]


_register("idcert-mus-ambassade-brussel-foto-linksboven-stempel-op-hoek-handtekening-einde-niet-gelabeld-39",
          "identity-certificate", PART, "fr", idcert_mus, country="MUS", photo=True,
          notes="Mauritian embassy's identity attestation, photo upper left with the stamp on its corner, stapled")
_register("idcert-bwa-embassy-mono-stippellijnen-foto-kader-rechts-gefotografeerd-39", "identity-certificate",
          PART, "en", idcert_bwa, country="BWA", photo=True,
          notes="Botswana embassy's certificate of identity in mono on dotted leaders, photographed on a table")


# --------------------------------------------------------------------------- sworn translations


def _src_rows(person, tgt: str, father=None, mother=None) -> list[tuple[str, str]]:
    fa, mo = _par(person, father, mother)
    L = {"nl": ["Naam", "Voornamen", "Geboortedatum", "Geboorteplaats", "Vader", "Moeder", "Geslacht"],
         "fr": ["Nom", "Prénoms", "Date de naissance", "Lieu de naissance", "Père", "Mère", "Sexe"]}[tgt]
    dd = {"nl": d_nl, "fr": d_fr}[tgt](person.birth_date)
    sx = {"nl": ("man", "vrouw"), "fr": ("homme", "femme")}[tgt][0 if person.sex == "M" else 1]
    return [(L[0], person.surname.upper()), (L[1], person.given_names), (L[6], sx), (L[2], dd),
            (L[3], person.birth_place), (L[4], fa), (L[5], mo)]


_LANG = {"nl": {"tr": "Turks", "es": "Spaans", "ar": "Arabisch", "pt": "Portugees", "ru": "Russisch"},
         "fr": {"tr": "turc", "es": "espagnol", "ar": "arabe", "pt": "portugais", "ru": "russe"}}


def translation_be(person, rng, *, issue_date=None, of_type="birth-certificate", source_lang="tr", target_lang=None,
                   **opts):
    """A Brussels sworn translator's translation into French laid out like the original form: the Turkish
    column heads kept in small italics above each translated field, the fields in a single column of grey-ruled
    rows (FreeSerif); the translator's formula 'Pour traduction certifiée conforme' and the signature BESIDE the
    translator's square stamp at the foot; the page number and repertory number in the top margin."""
    tgt = "nl" if target_lang == "nl" else "fr"
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(8, 60))
    rows = _src_rows(person, tgt)
    srcn = _LANG[tgt].get(source_lang, source_lang)
    orig = {"Nom": "Soyadı", "Naam": "Soyadı", "Prénoms": "Adı", "Voornamen": "Adı", "Sexe": "Cinsiyeti",
            "Geslacht": "Cinsiyeti", "Date de naissance": "Doğum tarihi", "Geboortedatum": "Doğum tarihi",
            "Lieu de naissance": "Doğum yeri", "Geboorteplaats": "Doğum yeri", "Père": "Baba adı",
            "Vader": "Baba adı", "Mère": "Ana adı", "Moeder": "Ana adı"}
    tr = rng.choice(["Derya Yılmaz-Dupont", "Pierre Vanhove", "Nazlı Kaplan"])
    sh = Sheet()
    _T(sh, 20, 10, f"Rép. n° {rng.randint(100, 9999)}/{issue.year} – page 1/1", font=FSER, size=8, color=GREY)
    _T(sh, 20, 18, tr, font=FSER_B, size=12)
    _T(sh, 20, 24, ("Traducteur-interprète juré près le tribunal de première instance francophone de Bruxelles"
                    if tgt == "fr" else "Beëdigd vertaler bij de Nederlandstalige rechtbank van eerste aanleg "
                    "Brussel"), font=FSER_I, size=9)
    title = "TRADUCTION DU TURC" if tgt == "fr" else "VERTALING UIT HET TURKS"
    _T(sh, 105, 42, title if source_lang == "tr" else (f"TRADUCTION DU {srcn.upper()}" if tgt == "fr" else
                                                       f"VERTALING UIT HET {srcn.upper()}"),
       font=FSER_B, size=13, anchor="center")
    _T(sh, 105, 49, "[Document : extrait d'acte de naissance – Doğum Kayıt Örneği]" if tgt == "fr" else
       "[Document: uittreksel geboorteakte – Doğum Kayıt Örneği]", font=FSER_I, size=9.5, anchor="center")
    y = 62
    for a, b in rows:
        _T(sh, 24, y, orig.get(a, ""), font=FSER_I, size=8, color=GREY)
        _T(sh, 24, y + 4, a, font=FSER, size=10.5)
        _T(sh, 84, y + 4, glyphs(b, FSER_B), font=FSER_B, size=10.5)
        sh.rule(22, y + 10, 188, y + 10, width_mm=0.15, color=(170, 170, 170))
        y += 13
    y = _P(sh, 22, y + 6, 166, ("[Cachet rond de la direction de la population] [Signature illisible du directeur]"
                                if tgt == "fr" else "[Ronde stempel van de bevolkingsdienst] [Onleesbare "
                                "handtekening van de directeur]"), font=FSER_I, size=10) + 8
    cert = (f"Pour traduction certifiée conforme et fidèle de l'original rédigé en {srcn}, Bruxelles, le "
            f"{d_fr(issue)}." if tgt == "fr" else
            f"Voor getrouwe en volledige vertaling van het origineel in het {srcn}, Brussel, {d_nl(issue)}.")
    y = _P(sh, 22, y, 166, cert, font=FSER, size=10.5, lead=1.4) + 6
    sh.stamp(24, y, ["TRADUCTEUR JURÉ", tr.split()[-1].upper(), "BRUXELLES"], rng, shape="rect", size_mm=42,
             color=ST_BLUE, angle=rng.uniform(-4, 4))
    sh.signature(80, y + 2, 44, 13, rng, color=INK)
    return [sh]


def translation_nl(person, rng, *, issue_date=None, of_type="birth-certificate", source_lang="tr",
                   target_lang=None, **opts):
    """A Den Haag beëdigd vertaler's translation: a coloured header band with the translator's name and Wbtv
    number, the translation as running lines in Liberation Serif with the original's layout described in
    brackets, every page numbered in a small circle; the translator's statement in a bordered box, the
    signature BESIDE the label 'handtekening vertaler' and the round stamp below it."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(8, 60))
    rows = _src_rows(person, "nl")
    srcn = _LANG["nl"].get(source_lang, source_lang)
    tr = rng.choice(["drs. E. Aksoy", "mr. L. de Graaf-Yücel", "M. Korkmaz MA"])
    sh = Sheet()
    sh.rect(0, 0, 210, 22, width_mm=0, fill=(60, 80, 110))
    _T(sh, 18, 6, f"{tr} – beëdigd vertaler {srcn}–Nederlands", font=LSER_B, size=11, color=(255, 255, 255))
    _T(sh, 18, 13, f"Wbtv {rng.randint(10000, 99999)} · Laan van Meerdervoort 70, 2517 AN Den Haag", font=LSER,
       size=8.5, color=(230, 230, 240))
    _T(sh, 105, 34, "BEËDIGDE VERTALING", font=LSER_B, size=13, anchor="center")
    y = _P(sh, 22, 44, 166, f"[Vertaling uit het {srcn} van een uittreksel uit het geboorteregister; bovenaan het "
                            f"wapen van de Republiek Turkije, daaronder de naam van de nüfus-dienst.]", font=LSER,
           size=10, lead=1.5) + 4
    for a, b in rows:
        _T(sh, 26, y, f"{a}:", font=LSER, size=11)
        _T(sh, 80, y, glyphs(b, LSER_B), font=LSER_B, size=11)
        y += 7.5
    y = _P(sh, 22, y + 4, 166, "[Rechtsonder: ronde stempel en onleesbare handtekening van de ambtenaar.]",
           font=LSER, size=10) + 10
    st = (f"Ondergetekende, {tr}, beëdigd vertaler, verklaart dat deze vertaling een getrouwe en volledige "
          f"weergave is van het haar/hem voorgelegde document in het {srcn}. Den Haag, {d_nl(issue)}.")
    lines = wrap(glyphs(st, LSER), 158, LSER, 10)
    sh.rect(22, y - 3, 166, len(lines) * 5.2 + 6, width_mm=0.4)
    y = _P(sh, 26, y, 158, st, font=LSER, size=10, lead=1.45) + 10
    w = _T(sh, 22, y + 5, "handtekening vertaler:", font=LSER, size=10)
    sh.signature(26 + w, y - 2, 44, 13, rng, color=INK)
    sh.stamp(40, y + 14, ["BEËDIGD VERTALER", "WBTV", "DEN HAAG"], rng, shape="round", size_mm=28, color=ST_RED,
             angle=rng.uniform(-15, 15))
    sh.rect(184, 282, 8, 8, width_mm=0.3)
    _T(sh, 188, 283.3, "1", font=LSER, size=8, anchor="center")
    return [sh]


_register("translation-be-brussel-frans-veldrijen-oorspronkelijke-koppen-cursief-stempel-naast-handtekening-39",
          "translation", PART, "fr", translation_be, country="BEL",
          notes="Brussels sworn translator into French: the original's heads in italics above each field, "
                "signature beside the square stamp")
_register("translation-nl-denhaag-kopband-regels-kader-verklaring-handtekening-naast-label-39", "translation",
          PART, "nl", translation_nl, country="NLD",
          notes="Den Haag sworn translator: header band, running lines, bordered statement, signature beside label")
