"""Identity and civil-status families of the `thirtysecond` part (registered in identity.FAMILIES).

Written after dev, heldout and the parts fresh to thirty-first had been read, by a writer who saw neither the
validator nor its output, from the seeds and from how such papers look in Belgian and Dutch files.  The families
are described only in their docstrings and registration notes (the part is read blind).

The small drawing helpers of twentyeighth_identity (glyph fallback, fitting, wrapping, pasting, codes, the phone
photo on a table) are reused.  This part's own faces (URW Bookman, C059 (Century Schoolbook), Nimbus Sans, Nimbus
Mono PS, Courier Prime Code, Carlito, DejaVu Sans Condensed and the italic dkg hand) and copy habits (recycled grey
paper with flecks and fibres, a phone's flash glare, a phone photo of a sheet on a quilted duvet or on a clipboard
with its metal clip, a punched hole torn out to the edge, a fingerprint in stamp-pad ink, a laminate's hologram
foil, a rotary date stamp) follow below.
"""

from __future__ import annotations

import datetime
import math
import random

from PIL import Image, ImageChops, ImageDraw, ImageFilter

from . import mrz as M
from .identity import TODAY, _dates, _digits, _mrz_data, _register
from .paper import Sheet, _noise, _perspective_coeffs
from .people import strip_accents
from .twentyeighth_identity import camera_photo, fit, glyphs, paste, qr, sheet_of

PART = "thirtysecond"
GREY = (96, 96, 96)
INK = (24, 36, 128)
INK_K = (30, 30, 36)
ST_BLUE = (38, 58, 160)
ST_VIOLET = (100, 46, 136)
ST_RED = (170, 32, 42)
ST_GREEN = (26, 100, 64)
OCR = 2.54 / 0.602 / (25.4 / 72)

_U = "/usr/share/fonts/opentype/urw-base35"
_DV = "/usr/share/fonts/truetype/dejavu"
_CP = "/usr/share/fonts/opentype/courier-prime"
_CX = "/usr/share/fonts/truetype/crosextra"
_HW = "/usr/share/fonts/truetype/fifthhorseman"
BOOK = f"{_U}/URWBookman-Light.otf"
BOOK_B = f"{_U}/URWBookman-Demi.otf"
BOOK_I = f"{_U}/URWBookman-LightItalic.otf"
CENT = f"{_U}/C059-Roman.otf"
CENT_B = f"{_U}/C059-Bold.otf"
CENT_I = f"{_U}/C059-Italic.otf"
NSANS = f"{_U}/NimbusSans-Regular.otf"
NSANS_B = f"{_U}/NimbusSans-Bold.otf"
NSANS_I = f"{_U}/NimbusSans-Italic.otf"
PMONO = f"{_U}/NimbusMonoPS-Regular.otf"
PMONO_B = f"{_U}/NimbusMonoPS-Bold.otf"
CODE = f"{_CP}/Courier Prime Code.otf"
CODE_B = f"{_CP}/Courier Prime Bold.otf"
CARL = f"{_CX}/Carlito-Regular.ttf"
CARL_B = f"{_CX}/Carlito-Bold.ttf"
CARL_I = f"{_CX}/Carlito-Italic.ttf"
COND = f"{_DV}/DejaVuSansCondensed.ttf"
COND_B = f"{_DV}/DejaVuSansCondensed-Bold.ttf"
HAND_IT = f"{_HW}/dkgIt.ttf"
HAND_BI = f"{_HW}/dkgBI.ttf"

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
_UKWEZI = [
    "Mutarama",
    "Gashyantare",
    "Werurwe",
    "Mata",
    "Gicurasi",
    "Kamena",
    "Nyakanga",
    "Kanama",
    "Nzeri",
    "Ukwakira",
    "Ugushyingo",
    "Ukuboza",
]
_ABBR_FR = ["JANV", "FÉVR", "MARS", "AVR", "MAI", "JUIN", "JUIL", "AOÛT", "SEPT", "OCT", "NOV", "DÉC"]


def fr_long(d: datetime.date) -> str:
    return f"{'1er' if d.day == 1 else d.day} {_MOIS[d.month - 1]} {d.year}"


def nl_long(d: datetime.date) -> str:
    return f"{d.day} {_MAAND[d.month - 1]} {d.year}"


def de_long(d: datetime.date) -> str:
    return f"{d.day}. {_MONAT[d.month - 1]} {d.year}"


def en_long(d: datetime.date) -> str:
    return f"{d.day} {_EN[d.month - 1]} {d.year}"


def tr_long(d: datetime.date) -> str:
    return f"{d.day} {_AY[d.month - 1]} {d.year}"


def rw_long(d: datetime.date) -> str:
    return f"{d.day} {_UKWEZI[d.month - 1]} {d.year}"


def width(s: str, font: str, size: float) -> float:
    from .paper import text_width_mm

    return text_width_mm(s, font, size)


# --------------------------------------------------------------------------- this part's copy habits


def recycled(img: Image.Image, rng: random.Random, *, strength: float = 1.0) -> Image.Image:
    """Recycled office paper: a grey-beige tone, dark and coloured flecks of every size and short fibres."""
    img = img.convert("RGB")
    W, H = img.size
    tone = tuple(int(255 - (255 - v) * strength) for v in (234, 230, 219))
    img = ImageChops.multiply(img, Image.new("RGB", img.size, tone))
    d = ImageDraw.Draw(img)
    k = W / 1650.0
    for _ in range(int(420 * strength)):
        x, y = rng.uniform(0, W), rng.uniform(0, H)
        r = rng.choice([0.4, 0.6, 0.8, 1.0, 1.4, 2.0]) * k
        c = rng.choice([(120, 116, 108), (150, 146, 136), (96, 104, 130), (140, 118, 96), (170, 166, 158)])
        d.ellipse([x - r, y - r, x + r, y + r], fill=c)
    for _ in range(int(160 * strength)):
        x, y = rng.uniform(0, W), rng.uniform(0, H)
        a = rng.uniform(0, math.pi)
        L = rng.uniform(4, 11) * k
        d.line(
            [(x, y), (x + L * math.cos(a), y + L * math.sin(a))], fill=(188, 184, 174), width=max(1, int(k))
        )
    return img


def flash_glare(
    img: Image.Image,
    rng: random.Random,
    *,
    where: tuple[float, float] | None = None,
    r: float = 0.11,
    peak: float = 0.5,
) -> Image.Image:
    """The phone's flash reflected by a glossy surface: a washed-out round spot with a soft halo."""
    img = img.convert("RGB")
    W, H = img.size
    cx, cy = where or (rng.uniform(0.3, 0.7), rng.uniform(0.25, 0.6))
    R = r * W
    m = Image.new("L", (W, H), 0)
    d = ImageDraw.Draw(m)
    for i in range(12, 0, -1):
        rr = R * i / 12 * 1.9
        d.ellipse(
            [cx * W - rr, cy * H - rr * 0.8, cx * W + rr, cy * H + rr * 0.8],
            fill=int(255 * peak * (1 - i / 12) ** 1.6 + 30 * (i < 4)),
        )
    m = m.filter(ImageFilter.GaussianBlur(R / 5))
    return Image.composite(Image.new("RGB", img.size, (255, 255, 252)), img, m)


def _quilt(W: int, H: int, rng: random.Random, base) -> Image.Image:
    """A quilted duvet seen from above: diamond cells puffed up between the stitch lines, a few loose folds."""
    step = rng.uniform(0.14, 0.2)
    sw, shh = 130, int(130 * H / W)
    small = Image.new("L", (sw, shh))
    px = small.load()
    ph = rng.uniform(0, 1)
    fold = [(rng.uniform(0, sw), rng.uniform(0.3, 0.9)) for _ in range(2)]
    for j in range(shh):
        for i in range(sw):
            u, v = i / sw, j / sw
            a = abs(math.sin(math.pi * (u + v + ph) / step))
            b = abs(math.sin(math.pi * (u - v + ph) / step))
            s = (a * b) ** 0.45
            f = sum(0.12 * math.exp(-(((i - fx) / (sw * 0.05)) ** 2)) * fy for fx, fy in fold)
            px[i, j] = int(150 + 90 * s - 60 * f)
    shade = small.resize((W, H), Image.BICUBIC).filter(ImageFilter.GaussianBlur(2))
    out = ImageChops.multiply(Image.new("RGB", (W, H), base), Image.merge("RGB", [shade] * 3))
    return out


def _warp_onto(
    bg: Image.Image, page: Image.Image, box, rng: random.Random, *, shadow: float = 0.45
) -> Image.Image:
    """Lay page onto bg inside box (x0, y0, x1, y1) with a slight keystone and a soft shadow."""
    W, H = bg.size
    x0, y0, x1, y1 = box
    pw, _ph = x1 - x0, y1 - y0

    def j() -> float:
        return rng.uniform(-0.018, 0.018) * pw

    t = pw * rng.uniform(0.0, 0.04)
    dst = [(x0 + t + j(), y0 + j()), (x1 - t + j(), y0 + j()), (x1 + j(), y1 + j()), (x0 + j(), y1 + j())]
    src = [(0, 0), (page.width, 0), (page.width, page.height), (0, page.height)]
    co = _perspective_coeffs(dst, src)
    warped = page.transform((W, H), Image.PERSPECTIVE, co, Image.BILINEAR, fillcolor=(0, 0, 0))
    mask = Image.new("L", page.size, 255).transform(
        (W, H), Image.PERSPECTIVE, co, Image.BILINEAR, fillcolor=0
    )
    sm = mask.resize((max(2, W // 6), max(2, H // 6))).filter(ImageFilter.GaussianBlur(3)).resize((W, H))
    sm = ImageChops.offset(sm, int(W * 0.008), int(W * 0.012)).point(lambda v: int(v * shadow))
    bg = Image.composite(Image.new("RGB", bg.size, (20, 16, 12)), bg, sm)
    return Image.composite(warped, bg, mask)


def duvet_photo(
    sub: Sheet, rng: random.Random, *, dpi: int = 170, flash: bool = True, base=None
) -> Image.Image:
    """The paper laid on a bed and photographed from above with the phone's flash: the quilted cover round it,
    the page a little keystoned, a glare spot where the flash hit, light falling off towards the corners."""
    page = sub.render(dpi)
    pw, ph = page.size
    W, H = int(pw * 1.34), int(ph * 1.26)
    base = base or rng.choice([(214, 206, 226), (226, 214, 196), (196, 214, 224), (232, 226, 214)])
    bg = _quilt(W, H, rng, base)
    ox, oy = (W - pw) / 2 + rng.uniform(-0.03, 0.03) * W, (H - ph) / 2 + rng.uniform(-0.03, 0.03) * H
    out = _warp_onto(bg, page, (ox, oy, ox + pw, oy + ph), rng, shadow=0.35)
    out = out.rotate(rng.uniform(-2.2, 2.2), resample=Image.BICUBIC, fillcolor=base)
    grad = Image.radial_gradient("L").resize(out.size).point(lambda v: 255 - v // 4)
    out = ImageChops.multiply(out, Image.merge("RGB", [grad] * 3))
    if flash:
        out = flash_glare(out, rng, r=0.075, peak=0.42)
    f = rng.uniform(0.62, 0.75)
    return out.resize((int(out.width * f), int(out.height * f)), Image.BILINEAR)


def _clip_img(w: int, h: int) -> Image.Image:
    im = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    for i in range(h):
        v = int(150 + 90 * math.sin(math.pi * i / h) ** 0.6)
        d.line([(int(w * 0.06), i), (int(w * 0.94), i)], fill=(v, v, v + 6, 255))
    d.rounded_rectangle(
        [0, int(h * 0.55), w - 1, h - 1],
        radius=int(h * 0.18),
        fill=(176, 178, 184, 255),
        outline=(90, 92, 98, 255),
        width=max(2, w // 120),
    )
    d.ellipse([int(w * 0.45), int(h * 0.12), int(w * 0.55), int(h * 0.42)], fill=(110, 112, 118, 255))
    return im


def clipboard_photo(sub: Sheet, rng: random.Random, *, dpi: int = 170, flash: bool = False) -> Image.Image:
    """The sheet clamped on a brown hardboard clipboard (the metal clip over its top margin) and photographed on
    a desk."""
    page = sub.render(dpi)
    pw, ph = page.size
    m = int(pw * 0.04)
    bw, bh = pw + 2 * m, ph + m + int(pw * 0.12)
    board = Image.new("RGB", (bw, bh), (120, 84, 52))
    nz = _noise(rng, (max(2, bw // 4), max(2, bh // 4)), 24).resize((bw, bh))
    board = ImageChops.multiply(board, Image.merge("RGB", [nz.point(lambda v: 200 + v // 5)] * 3))
    top = int(pw * 0.1)
    board.paste(page, (m, top))
    cw, ch = int(pw * 0.42), int(pw * 0.16)
    clip = _clip_img(cw, ch)
    board.paste(clip, ((bw - cw) // 2, top - int(ch * 0.55)), clip)
    hole = ImageDraw.Draw(board)
    hole.ellipse([bw // 2 - m // 2, m // 3, bw // 2 + m // 2, m // 3 + m], fill=(70, 48, 30))
    mm_w = bw / dpi * 25.4
    mm_h = bh / dpi * 25.4
    img = camera_photo(
        sheet_of(board, mm_w, mm_h),
        rng,
        dpi=dpi,
        bg=rng.choice([(70, 70, 76), (150, 140, 128), (210, 206, 198)]),
        margin=0.07,
        tilt=0.03,
    )
    if flash:
        img = flash_glare(img, rng, r=0.06, peak=0.38)
    return img


def torn_punch(sh: Sheet, *, y: float, x: float = 12.0, d: float = 5.6, lid=(58, 58, 62)) -> None:
    """A punched hole whose paper tore out to the edge when the sheet was pulled from the binder: on the copy the
    hole and the slit to the edge show the copier's open lid."""
    k = 20
    w, h = int((x + d) * k), int(d * 2.2 * k)
    im = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    dr = ImageDraw.Draw(im)
    cx, cy = x * k, h / 2
    r = d / 2 * k
    dr.ellipse([cx - r, cy - r, cx + r, cy + r], fill=lid + (255,))
    pts = [
        (0, cy - r * 0.9),
        (cx - r * 0.2, cy - r * 0.75),
        (cx, cy),
        (cx - r * 0.1, cy + r * 0.85),
        (0, cy + r * 1.2),
    ]
    dr.polygon(pts, fill=lid + (255,))
    sh.image(0, y - h / k / 2, w / k, h / k, im)


def stamp_smudge(
    sh: Sheet, x: float, y: float, rng: random.Random, *, color=(110, 60, 150), size: float = 16.0
):
    """A fingerprint left in stamp-pad ink: curved ridges in an oval, faint at the rim."""
    n = 260
    im = Image.new("L", (n, int(n * 1.3)), 0)
    px = im.load()
    ph = rng.uniform(0, 6.28)
    cx, cy = n / 2, n * 0.65
    for j in range(im.height):
        for i in range(n):
            dx, dy = (i - cx) / (n / 2), (j - cy) / (n * 0.65)
            rr = dx * dx + dy * dy
            if rr > 1:
                continue
            ridge = 0.5 + 0.5 * math.sin(34 * math.sqrt(dx * dx * 1.2 + (dy + 0.15) ** 2) + 3 * dx * dy + ph)
            px[i, j] = int(255 * ridge * (1 - rr) ** 0.7 * 0.55)
    im = im.filter(ImageFilter.GaussianBlur(1.2)).rotate(rng.uniform(-40, 40), expand=True)
    rgba = Image.new("RGBA", im.size, color + (0,))
    rgba.putalpha(im)
    sh.image(x, y, size, size * im.height / im.width, rgba, blend="multiply")


def hologram(sub: Sheet, w: float, h: float, rng: random.Random, *, motif: str = "ring") -> None:
    """The laminate's diffractive foil over a data page: a grid of small emblems in shifting pastel colours."""
    k = 10
    im = Image.new("RGBA", (int(w * k), int(h * k)), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    step = 13.0
    off = rng.uniform(0, step)
    cols = [(120, 200, 190), (200, 150, 210), (230, 200, 120), (140, 170, 230)]
    yy, row = -off, 0
    while yy < h + step:
        xx = -off + (step / 2 if row % 2 else 0)
        while xx < w + step:
            c = cols[(row + int(xx / step)) % len(cols)]
            r = 3.4 * k
            X, Y = xx * k, yy * k
            if motif == "ring":
                d.ellipse([X - r, Y - r, X + r, Y + r], outline=c + (60,), width=3)
                d.ellipse(
                    [X - r * 0.45, Y - r * 0.45, X + r * 0.45, Y + r * 0.45], outline=c + (50,), width=2
                )
            else:
                pts = [
                    (
                        X + r * math.cos(a * math.pi / 5 - math.pi / 2) * (1 if a % 2 == 0 else 0.45),
                        Y + r * math.sin(a * math.pi / 5 - math.pi / 2) * (1 if a % 2 == 0 else 0.45),
                    )
                    for a in range(10)
                ]
                d.polygon(pts, outline=c + (60,))
            xx += step
        yy += step * 0.8
        row += 1
    sub.image(0, 0, w, h, im)


def dater(
    sh: Sheet,
    x: float,
    y: float,
    top: str,
    when: datetime.date,
    rng: random.Random,
    *,
    color=ST_VIOLET,
    bottom: str = "",
    size: float = 30.0,
    lang: str = "fr",
) -> None:
    """A rotary date stamp: a frame, a line of text, the date in the wheel's capitals ('14 NOV. 2026')."""
    mon = _ABBR_FR[when.month - 1] if lang == "fr" else _MAAND[when.month - 1][:3].upper()
    lines = [top, f"{when.day:02d} {mon}. {when.year}"] + ([bottom] if bottom else [])
    sh.stamp(x, y, lines, rng, shape="rect2", size_mm=size, color=color, angle=rng.uniform(-5, 5))


def radio(sh: Sheet, x: float, y: float, on: bool, *, d: float = 3.6, dot=(20, 20, 20)) -> None:
    """A round option button (x, y = top left), filled in the middle when chosen."""
    n = 90
    im = Image.new("RGBA", (n, n), (0, 0, 0, 0))
    dr = ImageDraw.Draw(im)
    dr.ellipse([3, 3, n - 4, n - 4], outline=(40, 40, 40, 255), width=6)
    if on:
        dr.ellipse([n * 0.27, n * 0.27, n * 0.73, n * 0.73], fill=dot + (255,))
    sh.image(x, y, d, d, im)


def initials_of(name: str) -> str:
    return "".join(w[0] for w in name.replace("-", " ").split()[:3]).upper()


# --------------------------------------------------------------------------- passports

_PP = {
    "GIN": dict(
        state="RÉPUBLIQUE DE GUINÉE",
        sub="REPUBLIC OF GUINEA",
        title="PASSEPORT · PASSPORT",
        col=(150, 30, 40),
        tint=(246, 240, 230),
        nat="GUINÉENNE / GUINEAN",
        auth="DCPAF CONAKRY",
        years=5,
        num=lambda r: "R" + _digits(r, 7),
        caps=[
            "TYPE / TYPE",
            "CODE / CODE",
            "N° PASSEPORT / PASSPORT NO.",
            "NOM / SURNAME",
            "PRÉNOMS / GIVEN NAMES",
            "NATIONALITÉ / NATIONALITY",
            "DATE DE NAISSANCE / DATE OF BIRTH",
            "SEXE / SEX",
            "LIEU DE NAISSANCE / PLACE OF BIRTH",
            "DATE DE DÉLIVRANCE / DATE OF ISSUE",
            "DATE D'EXPIRATION / DATE OF EXPIRY",
            "AUTORITÉ / AUTHORITY",
        ],
        df=lambda d: f"{d.day:02d} {_ABBR_FR[d.month - 1][:3]}/{_EN[d.month - 1][:3].upper()} {d.year}",
        pnum=("N° PERSONNEL / PERSONAL NO.", lambda r: _digits(r, 12)),
        motif="star",
    ),
    "RWA": dict(
        state="REPUBULIKA Y'U RWANDA",
        sub="REPUBLIC OF RWANDA · RÉPUBLIQUE DU RWANDA",
        title="PASIPORO · PASSPORT · PASSEPORT",
        col=(0, 112, 170),
        tint=(236, 244, 246),
        nat="RWANDAN",
        auth="DGIE KIGALI",
        years=10,
        num=lambda r: "PC" + _digits(r, 6),
        caps=[
            "UBWOKO / TYPE",
            "KODE / CODE",
            "NOMERO / PASSPORT NO.",
            "IZINA / SURNAME",
            "AMAZINA / GIVEN NAMES",
            "UBWENEGIHUGU / NATIONALITY",
            "ITARIKI Y'AMAVUKO / DATE OF BIRTH",
            "IGITSINA / SEX",
            "AHO YAVUKIYE / PLACE OF BIRTH",
            "ITARIKI YATANZWEHO / DATE OF ISSUE",
            "ITARIKI IZARANGIRIRAHO / DATE OF EXPIRY",
            "UWAYITANZE / AUTHORITY",
        ],
        df=lambda d: f"{d.day:02d} {_EN[d.month - 1][:3].upper()} {d.year}",
        pnum=("INDANGAMUNTU / NATIONAL ID NO.", lambda r: "1" + _digits(r, 15)),
        motif="ring",
    ),
    "TUR": dict(
        state="TÜRKİYE CUMHURİYETİ",
        sub="REPUBLIC OF TÜRKİYE",
        title="PASAPORT · PASSPORT",
        col=(186, 22, 44),
        tint=(246, 238, 238),
        nat="T.C. / TUR",
        auth="T.C. İÇİŞLERİ BAKANLIĞI",
        years=10,
        num=lambda r: "U" + _digits(r, 8),
        caps=[
            "TİPİ / TYPE",
            "KODU / CODE",
            "PASAPORT NO / PASSPORT NO",
            "SOYADI / SURNAME",
            "ADI / GIVEN NAMES",
            "UYRUĞU / NATIONALITY",
            "DOĞUM TARİHİ / DATE OF BIRTH",
            "CİNSİYETİ / SEX",
            "DOĞUM YERİ / PLACE OF BIRTH",
            "VERİLİŞ TARİHİ / DATE OF ISSUE",
            "GEÇERLİLİK TARİHİ / DATE OF EXPIRY",
            "MAKAM / AUTHORITY",
        ],
        df=lambda d: d.strftime("%d.%m.%Y"),
        pnum=("T.C. KİMLİK NO / PERSONAL NO", lambda r: "2" + _digits(r, 10)),
        motif="star",
    ),
    "SUR": dict(
        state="REPUBLIEK SURINAME",
        sub="REPUBLIC OF SURINAME",
        title="PASPOORT · PASSPORT",
        col=(20, 100, 60),
        tint=(238, 244, 236),
        nat="SURINAAMSE / SURINAMESE",
        auth="CBB PARAMARIBO",
        years=5,
        num=lambda r: "R" + _digits(r, 7),
        caps=[
            "TYPE / TYPE",
            "CODE / CODE",
            "PASPOORTNR / PASSPORT NO",
            "NAAM / SURNAME",
            "VOORNAMEN / GIVEN NAMES",
            "NATIONALITEIT / NATIONALITY",
            "GEBOORTEDATUM / DATE OF BIRTH",
            "GESLACHT / SEX",
            "GEBOORTEPLAATS / PLACE OF BIRTH",
            "AFGIFTEDATUM / DATE OF ISSUE",
            "GELDIG TOT / DATE OF EXPIRY",
            "AUTORITEIT / AUTHORITY",
        ],
        df=lambda d: d.strftime("%d-%m-%Y"),
        pnum=None,
        motif="ring",
    ),
}


def _pp_page(code, person, rng, number, issue, expiry, lines) -> Sheet:
    """This part's data page: captions in small capitals of the state's colour (national language / English)
    ABOVE values printed in a bold monospaced face, a dotted hairline under every value, the photo at the left
    with the personal number running up beside it, the state's name in a band of fine lines, and the laminate's
    hologram foil (rings or stars) over the whole page."""
    cfg = _PP[code]
    col = cfg["col"]
    s = Sheet(125, 88)
    s.rect(0, 0, 125, 88, width_mm=0, fill=cfg["tint"])
    for k in range(0, 126, 2):
        s.rule(k, 0, k + 10, 9, width_mm=0.05, color=tuple(max(0, v - 30) for v in cfg["tint"]))
    st = glyphs(cfg["state"], NSANS_B)
    s.text(36, 1.8, st, font=NSANS_B, size_pt=fit(st, NSANS_B, 7.6, 80), color=col)
    s.text(
        36, 5.2, glyphs(cfg["sub"], NSANS), font=NSANS, size_pt=fit(cfg["sub"], NSANS, 4.4, 84), color=GREY
    )
    s.text(121, 2.2, glyphs(cfg["title"], NSANS_B), font=NSANS_B, size_pt=4.6, anchor="right", color=col)
    s.photo(5, 11, 26, 34, rng)
    if cfg["pnum"]:
        lab, gen = cfg["pnum"]
        pn = f"{lab}  {gen(rng)}"
        band = Sheet(40, 3.2)
        band.rect(0, 0, 40, 3.2, width_mm=0, fill=cfg["tint"])
        band.text(0, 0.2, glyphs(pn, NSANS), font=NSANS, size_pt=fit(glyphs(pn, NSANS), NSANS, 4.6, 40))
        im = band.render(300).rotate(90, expand=True)
        s.image(1.2, 9, 3.2 * 0.9, 36, im)
    s.signature(6, 46, 24, 7, rng, color=(24, 24, 30))
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
        [(0, 12), (1, 14), (2, 48)],
        [(3, 78)],
        [(4, 78)],
        [(5, 44), (7, 30)],
        [(6, 44), (8, 30)],
        [(9, 37), (10, 37)],
        [(11, 78)],
    ]
    y = 10.5
    for row in rows:
        x = 36.0
        for i, w in row:
            cap = glyphs(cfg["caps"][i], NSANS)
            s.text(x, y, cap, font=NSANS, size_pt=fit(cap, NSANS, 3.3, w), color=col)
            v = glyphs(vals[i], PMONO_B)
            s.text(x, y + 1.9, v, font=PMONO_B, size_pt=fit(v, PMONO_B, 6.8, w - 1))
            s.rule(x, y + 5.0, x + w - 1.5, y + 5.0, width_mm=0.08, color=(150, 150, 150), dash=0.3)
            x += w + 2
        y += 6.3
    hologram(s, 125, 60, rng, motif=cfg["motif"])
    s.rect(0, 60, 125, 28, width_mm=0, fill=(252, 252, 250))
    for i, ln in enumerate(lines):
        s.text(4.0, 69.5 + i * 5.4, ln, font="ocrb", size_pt=OCR, color=(12, 12, 12))
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
        page = _pp_page(code, person, rng, number, issue, expiry, lines)
        if crop:
            return [page]
        sh = Sheet()
        if habit == "duvet":
            # the client laid the open booklet on the bed and photographed it with the flash; printed on A4
            img = duvet_photo(page, rng, dpi=260, flash=True)
            w = 180
            sh.image(15, 16, w, w * img.height / img.width, img)
            if annotate:
                sh.handwriting(16, 200, annotate, rng, size_pt=12)
            return [sh]
        if habit == "recycled":
            # copied on the office's recycled paper, the booklet in the upper half with the inner cover's
            # printed 'observations' page above it; the sheet later torn from the binder at one hole
            obs = Sheet(125, 88)
            obs.rect(0, 0, 125, 88, width_mm=0, fill=(240, 244, 246))
            obs.text(
                62.5,
                6,
                "OBSERVATIONS · OBSERVATIONS · IBISOBANURO",
                font=NSANS,
                size_pt=5.5,
                anchor="center",
                color=GREY,
            )
            for k in range(12):
                obs.rule(8, 16 + k * 5.6, 117, 16 + k * 5.6, width_mm=0.08, color=(170, 180, 190))
            paste(sh, obs, 42, 14, dpi=220)
            paste(sh, page, 42, 104, dpi=300)
            torn_punch(sh, y=rng.choice([108.5, 188.5]))
            if annotate:
                sh.handwriting(42, 200, annotate, rng, size_pt=12)
            return [sheet_of(recycled(sh.render(220), rng))]
        if habit == "clipboard":
            # a paper copy of the page clamped on a clipboard and photographed at the office's counter
            cp = Sheet(148, 105)
            paste(cp, page, 11, 8, dpi=300)
            img = clipboard_photo(cp, rng, dpi=230)
            w = 176
            sh.image(17, 22, w, w * img.height / img.width, img)
            if annotate:
                sh.handwriting(18, 230, annotate, rng, size_pt=12)
            return [sh]
        # "smudge": a flatbed copy in the middle of the sheet, the copy shop's date stamp, an inky fingerprint
        paste(sh, page, 42, 80, k=1.04, dpi=300)
        dater(
            sh,
            120,
            190,
            "KOPIE CONFORM ORIGINEEL",
            TODAY - datetime.timedelta(days=rng.randint(5, 60)),
            rng,
            color=ST_BLUE,
            lang="nl",
            size=28,
        )
        stamp_smudge(sh, rng.uniform(150, 175), rng.uniform(225, 250), rng, color=(60, 70, 150))
        if annotate:
            sh.handwriting(42, 200, annotate, rng, size_pt=12)
        return [sh]

    return make


for _code, _habit, _lang, _note in (
    (
        "GIN",
        "duvet",
        "fr/en",
        "Guinean passport photographed open on a quilted duvet with the flash, printed on A4",
    ),
    (
        "RWA",
        "recycled",
        "rw/en/fr",
        "Rwandan passport copied on recycled paper with the observations page above, "
        "torn out of the binder at one hole",
    ),
    (
        "TUR",
        "clipboard",
        "tr/en",
        "Turkish passport: a paper copy on a clipboard photographed at the counter",
    ),
    (
        "SUR",
        "smudge",
        "nl/en",
        "Surinamese passport copied in the middle, copy shop's date stamp, inky fingerprint",
    ),
):
    _register(
        f"passport-td3-{_code.lower()}-mono-waarden-hologramfolie-{_habit}-32",
        "identity-document",
        PART,
        _lang,
        _passport(_code, _habit),
        country=_code,
        mrz="TD3",
        photo=True,
        notes=_note + "; captions above monospaced values, hologram foil over the data page",
    )


# --------------------------------------------------------------------------- Guinean identity card


def idcard_gin(
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
    """Guinea's biometric identity card (ECOWAS model): the front with the national colours as a thin vertical
    band at the RIGHT edge, the photo at the left over a guilloche rosette, the data as caption/value pairs; the
    back with the NIN, the place of issue and the MRZ.  Each side photographed on a duvet with the flash (the
    laminate throws the glare back), the two photos printed one under the other on A4."""
    issue, expiry = _dates(rng, issue_date, expiry_date, 10)
    nin = _digits(rng, 12)
    num = "GN" + _digits(rng, 7)
    md = _mrz_data(person, mrz_override)
    lines = M.td1(
        doc_code="ID",
        issuing="GIN",
        number=md.get("number", num),
        nationality=md["nationality"],
        birth_date=md["birth_date"],
        sex=md["sex"],
        expiry=expiry,
        surname=md["surname"],
        given=md["given_names"],
        optional1=nin,
        break_check=break_check,
    )
    fr = Sheet(85.6, 54)
    fr.rect(0, 0, 85.6, 54, width_mm=0, fill=(250, 246, 236))
    for r in range(18, 2, -3):
        fr.rect(12 - r / 2 + 4, 30 - r / 2, r, r, width_mm=0.06, color=(220, 200, 170))
    for k, c in enumerate(((206, 17, 38), (252, 209, 22), (0, 148, 96))):
        fr.rect(82.6, k * 18, 3, 18, width_mm=0, fill=c)
    fr.text(42, 1.8, "RÉPUBLIQUE DE GUINÉE", font=NSANS_B, size_pt=6.4, anchor="center", color=(150, 30, 40))
    fr.text(
        42, 4.9, "CARTE NATIONALE D'IDENTITÉ · ECOWAS IDENTITY CARD", font=NSANS, size_pt=3.9, anchor="center"
    )
    fr.photo(3.5, 10, 21, 27, rng)
    fr.signature(3.5, 40, 21, 8, rng, color=INK_K)
    rows = [
        ("Nom / Surname", person.surname.upper()),
        ("Prénoms / Given names", person.given_names.upper()),
        ("Né(e) le / Date of birth", person.birth_date.strftime("%d/%m/%Y")),
        ("À / Place of birth", strip_accents(person.birth_place).upper()),
        ("Sexe / Sex", person.sex),
        ("Nationalité / Nationality", "GUINÉENNE"),
        ("Expire le / Date of expiry", expiry.strftime("%d/%m/%Y")),
    ]
    y = 9.5
    for a, b in rows:
        fr.text(27, y, a, font=NSANS_I, size_pt=3.0, color=(110, 90, 70))
        v = glyphs(b, PMONO_B)
        fr.text(27, y + 1.3, v, font=PMONO_B, size_pt=fit(v, PMONO_B, 5.6, 53))
        y += 5.9
    bk = Sheet(85.6, 54)
    bk.rect(0, 0, 85.6, 54, width_mm=0, fill=(246, 242, 232))
    for i, (a, b) in enumerate(
        (
            ("NIN", nin),
            ("N° de carte / Card No.", num),
            ("Délivrée le / Issued", issue.strftime("%d/%m/%Y")),
            ("Lieu / Place", rng.choice(["CONAKRY", "KANKAN", "LABÉ", "KINDIA"])),
        )
    ):
        bk.text(4 + (i % 2) * 40, 2.6 + (i // 2) * 7.5, a, font=NSANS_I, size_pt=2.9, color=(110, 90, 70))
        bk.text(4 + (i % 2) * 40, 3.9 + (i // 2) * 7.5, glyphs(b, PMONO_B), font=PMONO_B, size_pt=4.8)
    qr(bk, 68, 2, 14, nin)
    for i, ln in enumerate(lines):
        bk.text(3, 33 + i * 5.4, ln, font="ocrb", size_pt=OCR, color=(12, 12, 12))
    if crop:
        return [fr, bk]
    sh = Sheet()
    y = 14
    for side in (fr, bk):
        img = duvet_photo(side, rng, dpi=300, flash=True)
        w = 150
        h = w * img.height / img.width
        sh.image(30, y, w, h, img)
        y += h + 8
    if annotate:
        sh.handwriting(30, y, annotate, rng, size_pt=12)
    return [sh]


_register(
    "idcard-td1-gin-cedeao-twee-fotos-dekbed-flits-32",
    "identity-document",
    PART,
    "fr/en",
    idcard_gin,
    country="GIN",
    mrz="TD1",
    photo=True,
    notes="Guinean ECOWAS identity card, each side photographed on a duvet with the flash, one under the other",
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
    """A Dutch residence document copied at a library's self-service copier on recycled paper: front and back
    laid crooked on the glass (one turned a few degrees each way), the front at the upper left, the back lower
    and more to the right; the sheet torn out of its binder at one hole."""
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
    fr = Sheet(85.6, 54)
    fr.rect(0, 0, 85.6, 54, width_mm=0, fill=(226, 232, 246))
    fr.text(3, 1.8, "KONINKRIJK DER NEDERLANDEN", font=NSANS, size_pt=3.6)
    fr.text(3, 4.6, "VERBLIJFSDOCUMENT", font=NSANS_B, size_pt=6.2, color=(22, 44, 120))
    fr.photo(3, 10, 22, 29, rng)
    y = 9.5
    for a, b in (
        ("Naam / Surname", person.surname.upper()),
        ("Voornamen / Given names", person.given_names.upper()),
        ("Geboortedatum / Date of birth", person.birth_date.strftime("%d %m %Y")),
        ("Nationaliteit / Nationality", md["nationality"]),
        ("Geslacht / Sex", person.sex),
        ("Geldig tot / Valid until", expiry.strftime("%d %m %Y")),
        ("Documentnr.", number),
    ):
        fr.text(28, y, a, font=NSANS, size_pt=2.8, color=(70, 70, 110))
        fr.text(28, y + 1.2, b, font=NSANS_B, size_pt=fit(b, NSANS_B, 5.0, 55))
        y += 5.8
    bk = Sheet(85.6, 54)
    bk.rect(0, 0, 85.6, 54, width_mm=0, fill=(230, 234, 246))
    bk.text(3, 2.5, f"Verblijfsvergunning regulier – {purpose}"[:58], font=NSANS_B, size_pt=4)
    bk.text(3, 7, f"V-nummer {vnr}", font=NSANS_B, size_pt=5.2)
    bk.text(3, 12, f"Datum afgifte {issue.strftime('%d-%m-%Y')}", font=NSANS, size_pt=4)
    bk.text(
        3,
        16,
        "arbeid is vrij toegestaan" if "partner" in purpose else "arbeid niet toegestaan",
        font=NSANS,
        size_pt=4,
    )
    for i, ln in enumerate(lines):
        bk.text(3, 33 + i * 5.4, ln, font="ocrb", size_pt=OCR)
    if crop:
        return [fr, bk]
    sh = Sheet()
    paste(sh, fr, 24, 30, k=1.1, dpi=300, angle=rng.uniform(2, 5))
    paste(sh, bk, 86, 112, k=1.1, dpi=300, angle=-rng.uniform(2, 5))
    torn_punch(sh, y=rng.choice([108.5, 188.5]))
    return [sheet_of(recycled(sh.render(210), rng))]


_register(
    "permit-nl-verblijfsdocument-scheef-gerecycleerd-papier-gescheurd-gat-32",
    "identity-document",
    PART,
    "nl",
    permit_nl,
    country="NLD",
    mrz="TD1",
    photo=True,
    notes="Dutch residence card, both sides laid crooked on a self-service copier, recycled paper, torn hole",
)


# --------------------------------------------------------------------------- birth certificates


def _par(person, father, mother):
    return father or person.father or "—", mother or person.mother or "—"


_GIN_COM = ["Dixinn", "Matam", "Ratoma", "Kaloum", "Matoto"]


def birth_gin(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Conakry: a commune's 'EXTRAIT D'ACTE DE NAISSANCE' printed on a dot-matrix printer onto the pre-printed
    municipal form (labels in C059 followed by a colon, the values in capitals in Courier Prime Code, each on a
    dotted line), the motto 'Travail – Justice – Solidarité' under the state's name, the register's year and act
    number in a box at the top right; the civil-status officer signs ACROSS the commune's round stamp; a revenue
    stamp at the left; copied on recycled paper."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(60, 600))
    act = act_date or person.birth_date + datetime.timedelta(days=rng.randint(3, 40))
    fa, mo = _par(person, father, mother)
    com = rng.choice(_GIN_COM)
    sh = Sheet()
    f, fb = CENT, CENT_B
    for i, t in enumerate(
        (
            "RÉPUBLIQUE DE GUINÉE",
            "Travail – Justice – Solidarité",
            "MINISTÈRE DE L'ADMINISTRATION DU TERRITOIRE ET DE LA DÉCENTRALISATION",
            f"VILLE DE CONAKRY – COMMUNE DE {com.upper()}",
            "SERVICE DE L'ÉTAT CIVIL",
        )
    ):
        sh.text(
            20,
            12 + i * 4.8,
            t,
            font=fb if i in (0, 3) else (CENT_I if i == 1 else f),
            size_pt=fit(t, f, 9.4, 112),
        )
    sh.rect(140, 12, 50, 20, width_mm=0.3)
    for j, (a, b) in enumerate(
        (("Registre", str(act.year)), ("Acte n°", str(rng.randint(12, 4800))), ("Volet", "n° 3"))
    ):
        sh.text(142, 13.5 + j * 6, a, font=f, size_pt=8.5)
        sh.text(165, 13.5 + j * 6, b, font=CODE, size_pt=10)
    sh.text(105, 44, "EXTRAIT D'ACTE DE NAISSANCE", font=fb, size_pt=15, anchor="center")
    rows = [
        ("Nom", person.surname.upper()),
        ("Prénoms", person.given_names.upper()),
        ("Sexe", "MASCULIN" if person.sex == "M" else "FÉMININ"),
        (
            "Date de naissance",
            f"{person.birth_date.strftime('%d/%m/%Y')} ({fr_long(person.birth_date).upper()})",
        ),
        ("Lieu de naissance", person.birth_place.upper()),
        ("Père", fa.upper()),
        ("Profession du père", rng.choice(["COMMERÇANT", "CULTIVATEUR", "CHAUFFEUR", "ENSEIGNANT"])),
        ("Mère", mo.upper()),
        ("Profession de la mère", rng.choice(["MÉNAGÈRE", "COMMERÇANTE", "COUTURIÈRE"])),
        (
            "Domicile des parents",
            f"{rng.choice(['HAMDALLAYE', 'BONFI', 'MADINA', 'KIPÉ', 'TAOUYAH'])}, COMMUNE DE {com.upper()}",
        ),
        ("Date de l'acte", act.strftime("%d/%m/%Y")),
        ("Déclarant", fa.upper() + " (PÈRE)"),
    ]
    y = 58
    for a, b in rows:
        w = sh.text(20, y, a + " :", font=f, size_pt=10)
        sh.rule(22 + w, y + 4.6, 190, y + 4.6, width_mm=0.12, color=(130, 130, 130), dash=0.35)
        v = glyphs(b, CODE)
        sh.text(72, y - 0.2, v, font=CODE, size_pt=fit(v, CODE, 10.5, 118))
        y += 9
    y += 4
    sh.paragraph(
        20,
        y,
        170,
        f"Extrait certifié conforme aux indications portées au registre, délivré à Conakry le "
        f"{fr_long(issue)}.",
        font=CENT_I,
        size_pt=10,
    )
    y += 14
    sh.rect(22, y, 22, 28, width_mm=0.3, color=(120, 90, 40), fill=(238, 226, 196))
    sh.text(33, y + 3, "TIMBRE", font=NSANS, size_pt=5.5, anchor="center", color=(120, 70, 40))
    sh.text(33, y + 11, "5 000 GNF", font=NSANS_B, size_pt=7.5, anchor="center", color=(120, 70, 40))
    sh.rule(22, y + 28, 44, y, width_mm=0.4, color=ST_BLUE)
    sh.text(122, y, "L'Officier de l'état civil", font=fb, size_pt=10)
    sh.stamp(
        122,
        y + 5,
        [f"COMMUNE DE {com.upper()}", "ÉTAT CIVIL", "CONAKRY"],
        rng,
        shape="round",
        size_mm=30,
        color=ST_BLUE,
    )
    sh.signature(118, y + 12, 50, 16, rng, color=INK)
    sh.text(
        122, y + 40, rng.choice(["Mamadou Alpha BAH", "Fatoumata CAMARA", "Sékou CONDÉ"]), font=f, size_pt=9.5
    )
    return [sheet_of(recycled(sh.render(210), rng, strength=0.8))]


def birth_rwa(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Rwanda: a birth certificate printed from the civil-registration system by a Sector's civil registrar, the
    labels in Kinyarwanda, English and French stacked in one cell beside each value, a QR code and the
    certificate number at the top right, the registrar's signature BELOW the Sector's round stamp, the date of
    printing in the footer; scanned in grey."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(40, 500))
    act = act_date or person.birth_date + datetime.timedelta(days=rng.randint(3, 60))
    fa, mo = _par(person, father, mother)
    sector, district = rng.choice(
        [
            ("Kimironko", "Gasabo"),
            ("Nyamirambo", "Nyarugenge"),
            ("Kicukiro", "Kicukiro"),
            ("Ngoma", "Huye"),
            ("Gisenyi", "Rubavu"),
            ("Muhoza", "Musanze"),
        ]
    )
    sh = Sheet()
    f, fb = CARL, CARL_B
    col = (0, 112, 170)
    sh.rect(20, 10, 170, 1.6, width_mm=0, fill=col)
    sh.rect(20, 11.6, 170, 0.8, width_mm=0, fill=(250, 210, 1))
    sh.rect(20, 12.4, 170, 0.8, width_mm=0, fill=(32, 96, 61))
    sh.text(20, 16, "REPUBULIKA Y'U RWANDA · REPUBLIC OF RWANDA · RÉPUBLIQUE DU RWANDA", font=fb, size_pt=9.5)
    sh.text(20, 21.5, f"Akarere ka {district} – Umurenge wa {sector}", font=f, size_pt=9)
    sh.text(20, 26, f"District of {district} – {sector} Sector", font=CARL_I, size_pt=8.5, color=GREY)
    cert = f"BC/{act.year}/{rng.randint(10000, 99999)}"
    qr(sh, 168, 17, 20, cert)
    sh.text(166, 38.5, cert, font=f, size_pt=8, anchor="right")
    sh.text(105, 44, "ICYEMEZO CY'AMAVUKO", font=fb, size_pt=15, anchor="center")
    sh.text(
        105, 51, "BIRTH CERTIFICATE · ACTE DE NAISSANCE", font=f, size_pt=10.5, anchor="center", color=GREY
    )
    rows = [
        (("Izina", "Surname", "Nom"), person.surname.upper()),
        (("Amazina", "Given names", "Prénoms"), person.given_names),
        (("Igitsina", "Sex", "Sexe"), "Gabo / Male" if person.sex == "M" else "Gore / Female"),
        (("Itariki y'amavuko", "Date of birth", "Date de naissance"), f"{en_long(person.birth_date)}"),
        (("Aho yavukiye", "Place of birth", "Lieu de naissance"), f"{person.birth_place}, Rwanda"),
        (("Se", "Father", "Père"), fa),
        (("Nyina", "Mother", "Mère"), mo),
        (("Itariki yanditsweho", "Date of registration", "Date d'enregistrement"), en_long(act)),
    ]
    y = 60
    for (a, b, c), v in rows:
        sh.rect(20, y, 62, 13, width_mm=0.25, fill=(236, 242, 246))
        sh.rect(82, y, 108, 13, width_mm=0.25)
        sh.text(22, y + 1, a, font=fb, size_pt=8.5)
        sh.text(22, y + 4.8, b, font=f, size_pt=8)
        sh.text(22, y + 8.4, c, font=CARL_I, size_pt=7.8, color=GREY)
        sh.text(85, y + 4, glyphs(v, f), font=f, size_pt=fit(glyphs(v, f), f, 11.5, 102))
        y += 13
    y += 8
    sh.paragraph(
        20,
        y,
        170,
        f"Bikorewe i {sector}, kuwa {rw_long(issue)} – Done at {sector} on {en_long(issue)} – "
        f"Fait à {sector} le {fr_long(issue)}.",
        font=f,
        size_pt=9.5,
    )
    y += 14
    sh.text(120, y, "Umwanditsi w'irangamimerere", font=fb, size_pt=9)
    sh.text(120, y + 4.4, "Civil Registrar / Officier de l'état civil", font=f, size_pt=8.5, color=GREY)
    sh.stamp(
        124,
        y + 10,
        [f"UMURENGE WA {sector.upper()}", "IRANGAMIMERERE", district.upper()],
        rng,
        shape="round",
        size_mm=27,
        color=ST_BLUE,
    )
    sh.signature(120, y + 38, 48, 14, rng, color=INK_K)
    sh.text(
        120,
        y + 53,
        rng.choice(["MUKAMANA Claudine", "HABIMANA Jean Paul", "UWERA Diane"]),
        font=f,
        size_pt=9.5,
    )
    sh.text(
        20,
        284,
        f"Printed {issue.strftime('%d/%m/%Y')} · IECMS · Verify: irembo.gov.rw · {cert}",
        font=f,
        size_pt=7,
        color=GREY,
    )
    return [sheet_of(sh.render(220).convert("L").convert("RGB"))]


def birth_tur(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Türkiye: a district registry's 'Doğum Kayıt Örneği' typed onto the older pale-blue pre-printed form: the
    labels printed in two columns with the values typed after them on a typewriter, the registry's references
    (il, ilçe, mahalle, cilt, aile sıra, sıra) in a strip of small boxes, the officer's rectangular stamp and
    signature across it at the foot; copied on recycled paper (in Turkish only)."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(60, 500))
    fa, mo = _par(person, father, mother)
    il, ilce = rng.choice(
        [
            ("İstanbul", "Bağcılar"),
            ("Ankara", "Keçiören"),
            ("İzmir", "Buca"),
            ("Gaziantep", "Şahinbey"),
            ("Van", "İpekyolu"),
            ("Kayseri", "Melikgazi"),
        ]
    )
    sh = Sheet()
    sh.rect(14, 10, 182, 275, width_mm=0, fill=(232, 240, 250))
    f, fb = CENT, CENT_B
    tw = "typewriter2"
    sh.text(105, 15, "T.C.", font=fb, size_pt=11, anchor="center")
    sh.text(105, 21, "İÇİŞLERİ BAKANLIĞI", font=fb, size_pt=10, anchor="center")
    sh.text(105, 26.5, "Nüfus ve Vatandaşlık İşleri Genel Müdürlüğü", font=f, size_pt=9.5, anchor="center")
    sh.text(105, 36, "DOĞUM KAYIT ÖRNEĞİ", font=fb, size_pt=15, anchor="center")
    boxes = [
        ("İli", il),
        ("İlçesi", ilce),
        ("Mahalle/Köyü", rng.choice(["Merkez", "Yeni", "Cumhuriyet"])),
        ("Cilt No", str(rng.randint(10, 300))),
        ("Aile Sıra No", str(rng.randint(1, 900))),
        ("Sıra No", str(rng.randint(1, 40))),
    ]
    x = 20
    for a, b in boxes:
        w = 28.3
        sh.rect(x, 44, w, 12, width_mm=0.25)
        sh.text(x + 1.2, 45, a, font=f, size_pt=7)
        sh.text(x + 1.2, 50, glyphs(b, tw), font=tw, size_pt=fit(glyphs(b, tw), tw, 9.5, w - 2))
        x += w
    left = [
        ("T.C. Kimlik No", "2" + _digits(rng, 10)),
        ("Soyadı", person.surname.upper()),
        ("Adı", person.given_names.upper()),
        ("Baba Adı", fa.split()[0].upper()),
        ("Ana Adı", mo.split()[0].upper()),
        ("Cinsiyeti", "Erkek" if person.sex == "M" else "Kadın"),
    ]
    right = [
        ("Doğum Yeri", person.birth_place),
        ("Doğum Tarihi", person.birth_date.strftime("%d.%m.%Y")),
        ("Medeni Hali", rng.choice(["Bekâr", "Evli"])),
        ("Dini", "—"),
        (
            "Tescil Tarihi",
            (person.birth_date + datetime.timedelta(days=rng.randint(5, 90))).strftime("%d.%m.%Y"),
        ),
        ("Durumu", "Sağ"),
    ]
    for col, items in ((20, left), (110, right)):
        y = 66
        for a, b in items:
            sh.text(col, y, a, font=fb, size_pt=9.5)
            sh.text(col + 30, y, ":", font=f, size_pt=9.5)
            sh.text(col + 33, y - 0.2, glyphs(b, tw), font=tw, size_pt=fit(glyphs(b, tw), tw, 10.5, 52))
            y += 10
    y = 136
    sh.paragraph(
        20,
        y,
        170,
        "Yukarıdaki bilgilerin nüfus kütüğündeki kayda uygun olduğu onaylanır.",
        font=f,
        size_pt=10,
    )
    sh.text(20, y + 12, f"Düzenleme tarihi: {issue.strftime('%d.%m.%Y')}", font=f, size_pt=10)
    sh.stamp(
        112,
        y + 16,
        [f"T.C. {ilce.upper()} İLÇE NÜFUS MÜDÜRLÜĞÜ", "ASLI GİBİDİR"],
        rng,
        shape="rect",
        size_mm=36,
        color=ST_VIOLET,
    )
    sh.signature(120, y + 20, 44, 14, rng, color=INK)
    sh.text(120, y + 42, "Nüfus Müdürü", font=f, size_pt=9.5)
    return [sheet_of(recycled(sh.render(200), rng, strength=0.7))]


def birth_sur(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Suriname: an extract of the birth register from the Centraal Bureau voor Burgerzaken, typed in URW Bookman
    as 'label ....... value' lines under a centred heading, a stamp-duty mark ('Zegelrecht') at the top right,
    the registrar's signature ABOVE the bureau's round stamp; the copy photographed on a clipboard."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(60, 400))
    act = act_date or person.birth_date + datetime.timedelta(days=rng.randint(3, 30))
    fa, mo = _par(person, father, mother)
    sh = Sheet()
    f, fb = BOOK, BOOK_B
    sh.text(105, 14, "REPUBLIEK SURINAME", font=fb, size_pt=12, anchor="center")
    sh.text(105, 20, "Centraal Bureau voor Burgerzaken", font=f, size_pt=10, anchor="center")
    sh.rect(160, 10, 30, 16, width_mm=0.3, color=(120, 80, 40), fill=(240, 232, 210))
    sh.text(175, 12, "ZEGELRECHT", font=NSANS_B, size_pt=5.5, anchor="center", color=(120, 70, 40))
    sh.text(175, 17.5, "SRD 7,50", font=fb, size_pt=9, anchor="center", color=(120, 70, 40))
    sh.text(105, 36, "UITTREKSEL UIT HET GEBOORTEREGISTER", font=fb, size_pt=13, anchor="center")
    rows = [
        ("Registernummer", f"{act.year}/{rng.randint(100, 9999)}"),
        ("Geslachtsnaam", person.surname.upper()),
        ("Voornamen", person.given_names),
        ("Geslacht", "mannelijk" if person.sex == "M" else "vrouwelijk"),
        ("Geboortedatum", nl_long(person.birth_date)),
        ("Geboorteplaats", person.birth_place),
        ("Naam vader", fa),
        ("Naam moeder", mo),
        ("Datum van aangifte", nl_long(act)),
    ]
    y = 50
    for a, b in rows:
        w = sh.text(24, y, a, font=f, size_pt=10.5)
        sh.rule(26 + w, y + 4.2, 82, y + 4.2, width_mm=0.12, color=(140, 140, 140), dash=0.3)
        sh.text(84, y, glyphs(b, fb), font=fb, size_pt=fit(glyphs(b, fb), fb, 10.5, 104))
        y += 9
    y += 6
    sh.paragraph(
        24, y, 160, f"Voor eensluidend uittreksel, Paramaribo, {nl_long(issue)}.", font=f, size_pt=10.5
    )
    y += 16
    sh.text(120, y, "De ambtenaar van de burgerlijke stand,", font=f, size_pt=9.5)
    sh.signature(124, y + 5, 44, 14, rng, color=INK)
    sh.stamp(
        126,
        y + 20,
        ["CENTRAAL BUREAU VOOR BURGERZAKEN", "SURINAME"],
        rng,
        shape="round",
        size_mm=28,
        color=ST_VIOLET,
    )
    img = clipboard_photo(sh, rng, dpi=170)
    out = Sheet()
    w = 186
    out.image(12, 8, w, min(280, w * img.height / img.width), img)
    return [out]


for _fid, _code, _lang, _fn, _note in (
    (
        "birth-gin-conakry-naaldprinter-voorgedrukt-stempel-onder-handtekening-gerecycleerd-32",
        "GIN",
        "fr",
        birth_gin,
        "Conakry birth extract printed by a dot-matrix printer on the municipal form, recycled-paper copy",
    ),
    (
        "birth-rwa-iecms-drietalige-labels-qr-grijs-32",
        "RWA",
        "en",
        birth_rwa,
        "Rwandan birth certificate from the civil-registration system, labels in Kinyarwanda/English/French, QR",
    ),
    (
        "birth-tur-dogum-kayit-ornegi-blauw-formulier-schrijfmachine-32",
        "TUR",
        "tr",
        birth_tur,
        "Turkish birth record typed onto the pale-blue form, registry references in boxes (untranslated)",
    ),
    (
        "birth-sur-cbb-uittreksel-bookman-klembord-foto-32",
        "SUR",
        "nl",
        birth_sur,
        "Surinamese birth extract typed in Bookman, photographed on a clipboard",
    ),
):
    _register(_fid, "birth-certificate", PART, _lang, _fn, country=_code, notes=_note)


# --------------------------------------------------------------------------- Belgian extracts (birth, marriage)

_BE_COM = {
    "Antwerpen": ("nl", "2000"),
    "Gent": ("nl", "9000"),
    "Leuven": ("nl", "3000"),
    "Hasselt": ("nl", "3500"),
    "Brussel": ("bi", "1000"),
    "Bruxelles": ("bi", "1000"),
    "Schaerbeek": ("bi", "1030"),
    "Anderlecht": ("bi", "1070"),
    "Liège": ("fr", "4000"),
    "Charleroi": ("fr", "6000"),
    "Namur": ("fr", "5000"),
    "Mons": ("fr", "7000"),
    "Eupen": ("de", "4700"),
    "Mechelen": ("nl", "2800"),
    "Sint-Jans-Molenbeek": ("bi", "1080"),
    "Molenbeek-Saint-Jean": ("bi", "1080"),
    "Genk": ("nl", "3600"),
    "Oostende": ("nl", "8400"),
}
_BL = {
    "nl": dict(
        tb="Uittreksel uit een akte van geboorte",
        tm="Uittreksel uit een akte van huwelijk",
        s1="1. Betrokkene",
        s2="2. Ouders",
        sm1="1. Eerste echtgeno(o)t(e)",
        sm2="2. Tweede echtgeno(o)t(e)",
        sm3="3. Huwelijk",
        nm="Naam",
        gv="Voornamen",
        sx="Geslacht",
        bd="Geboortedatum",
        bp="Geboorteplaats",
        fa="Vader",
        mo="Moeder",
        md="Datum",
        mp="Plaats",
        ref="Akte",
        by="Afgeleverd door de ambtenaar van de burgerlijke stand van",
        on="op",
        m="M",
        f="V",
        note="Uittreksel afgegeven op basis van de Databank Akten Burgerlijke Stand (DABS).",
    ),
    "fr": dict(
        tb="Extrait d'un acte de naissance",
        tm="Extrait d'un acte de mariage",
        s1="1. Personne concernée",
        s2="2. Parents",
        sm1="1. Premier conjoint",
        sm2="2. Second conjoint",
        sm3="3. Mariage",
        nm="Nom",
        gv="Prénoms",
        sx="Sexe",
        bd="Date de naissance",
        bp="Lieu de naissance",
        fa="Père",
        mo="Mère",
        md="Date",
        mp="Lieu",
        ref="Acte",
        by="Délivré par l'officier de l'état civil de",
        on="le",
        m="M",
        f="F",
        note="Extrait délivré sur la base de la Banque de données des actes de l'état civil (BAEC).",
    ),
    "de": dict(
        tb="Auszug aus einer Geburtsurkunde",
        tm="Auszug aus einer Heiratsurkunde",
        s1="1. Betroffene Person",
        s2="2. Eltern",
        sm1="1. Erster Ehegatte",
        sm2="2. Zweiter Ehegatte",
        sm3="3. Eheschließung",
        nm="Name",
        gv="Vornamen",
        sx="Geschlecht",
        bd="Geburtsdatum",
        bp="Geburtsort",
        fa="Vater",
        mo="Mutter",
        md="Datum",
        mp="Ort",
        ref="Urkunde",
        by="Ausgestellt vom Standesbeamten von",
        on="am",
        m="M",
        f="W",
        note="Auszug aus der Datenbank der Personenstandsurkunden (DABS).",
    ),
}


def _be_date(d: datetime.date, lang: str) -> str:
    return {"nl": nl_long, "fr": fr_long, "de": de_long}[lang](d)


def _be_extract(kind: str):
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
        """A Belgian commune's extract from the civil-status database printed on the commune's pale-blue security
        paper (microtext lines), the data in numbered sections with the label at the left and the value in bold,
        the officer's wet signature ACROSS the commune's embossed dry seal (a raised ring without ink) at the
        foot, the database reference in small type; in the commune's language."""
        if kind == "birth":
            city = person.birth_place if person.birth_place in _BE_COM else rng.choice(list(_BE_COM))
        else:
            city = rng.choice(list(_BE_COM))
        lg, pc = _BE_COM.get(city, ("nl", "1000"))
        lang = {"bi": rng.choice(["nl", "fr"]), "nl": "nl", "fr": "fr", "de": "de"}[lg]
        L = _BL[lang]
        issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(20, 300))
        sh = Sheet()
        sh.rect(0, 0, 210, 297, width_mm=0, fill=(234, 240, 248))
        for yy in range(6, 297, 3):
            sh.rule(0, yy, 210, yy, width_mm=0.05, color=(214, 224, 238))
        f, fb = CARL, CARL_B
        sh.text(
            20,
            14,
            {"nl": f"Stad/Gemeente {city}", "fr": f"Ville/Commune de {city}", "de": f"Gemeinde {city}"}[lang],
            font=fb,
            size_pt=12,
        )
        sh.text(
            20,
            20,
            {"nl": "Dienst Burgerlijke Stand", "fr": "Service de l'État civil", "de": "Standesamt"}[lang]
            + f" · {pc} {city}",
            font=f,
            size_pt=9,
            color=GREY,
        )
        ref = f"{rng.randint(2000, 2026)}{_digits(rng, 8)}"
        sh.text(190, 14, f"{L['ref']} {ref}", font=f, size_pt=9, anchor="right")
        sh.text(20, 36, L["tb"] if kind == "birth" else L["tm"], font=fb, size_pt=15)
        y = 48

        def sec(title):
            nonlocal y
            sh.rect(20, y, 170, 6.5, width_mm=0, fill=(210, 222, 238))
            sh.text(22, y + 1.1, title, font=fb, size_pt=10)
            y += 9

        def item(a, b):
            nonlocal y
            sh.text(24, y, a, font=f, size_pt=10)
            sh.text(72, y, glyphs(b, fb), font=fb, size_pt=fit(glyphs(b, fb), fb, 10.5, 116))
            y += 6.3

        if kind == "birth":
            fa, mo = _par(person, father, mother)
            sec(L["s1"])
            item(L["nm"], person.surname.upper())
            item(L["gv"], person.given_names)
            item(L["sx"], L["m"] if person.sex == "M" else L["f"])
            item(L["bd"], _be_date(person.birth_date, lang))
            item(L["bp"], f"{person.birth_place} ({pc})")
            y += 3
            sec(L["s2"])
            item(L["fa"], fa)
            item(L["mo"], mo)
        else:
            q = spouse
            wed = marriage_date or TODAY - datetime.timedelta(days=rng.randint(400, 3000))
            for title, pp in ((L["sm1"], person), (L["sm2"], q)):
                if pp is None:
                    continue
                sec(title)
                item(L["nm"], pp.surname.upper())
                item(L["gv"], pp.given_names)
                item(L["bd"] + " – " + L["bp"], f"{_be_date(pp.birth_date, lang)} – {pp.birth_place}")
                y += 3
            sec(L["sm3"])
            item(L["md"], _be_date(wed, lang))
            item(L["mp"], city)
        y += 10
        sh.paragraph(20, y, 170, f"{L['by']} {city} {L['on']} {_be_date(issue, lang)}.", font=f, size_pt=10)
        y += 12
        # the dry seal: a raised ring, drawn as light and dark arcs only
        sx, sy, R = 132, y + 4, 14
        im = Image.new("RGBA", (300, 300), (0, 0, 0, 0))
        dd = ImageDraw.Draw(im)
        c1, c2 = (250, 252, 255, 200), (150, 160, 176, 170)
        for k in range(3):
            r = 140 - k * 34
            dd.arc([150 - r - 2, 150 - r - 2, 150 + r - 2, 150 + r - 2], 200, 20, fill=c1, width=5)
            dd.arc([150 - r + 2, 150 - r + 2, 150 + r + 2, 150 + r + 2], 20, 200, fill=c2, width=5)
        sh.image(sx - R, sy - R + 6, 2 * R, 2 * R, im)
        sh.signature(118, y + 6, 50, 15, rng, color=INK)
        sh.text(
            118,
            y + 32,
            {
                "nl": "de ambtenaar van de burgerlijke stand",
                "fr": "l'officier de l'état civil",
                "de": "der Standesbeamte",
            }[lang],
            font=f,
            size_pt=9,
        )
        sh.text(20, 282, L["note"], font=f, size_pt=7.5, color=GREY)
        return [sh]

    return make


_register(
    "birth-be-uittreksel-blauw-veiligheidspapier-droogstempel-secties-32",
    "birth-certificate",
    PART,
    "nl/fr/de",
    _be_extract("birth"),
    country="BEL",
    notes="Belgian birth extract on pale-blue security paper, numbered sections, signature across a dry seal",
)
_register(
    "marriage-be-uittreksel-blauw-veiligheidspapier-droogstempel-secties-32",
    "marriage-certificate",
    PART,
    "nl/fr/de",
    _be_extract("marriage"),
    country="BEL",
    notes="Belgian marriage extract in the same layout",
)


# --------------------------------------------------------------------------- certificates of nationality


def nationality_gin(person, rng, *, issue_date=None, **opts):
    """Guinea: 'CERTIFICAT DE NATIONALITÉ' of a Conakry court of first instance typed as a decision: 'Nous,
    Président du Tribunal ...', the grounds as 'Vu ...' lines, the holder's identity in a framed block, the
    president's signature and the court's stamp, the clerk's registration line at the foot; a band in the
    national colours across the top; copied on recycled paper and torn out of its binder at one hole."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(60, 700))
    court = rng.choice(["Kaloum", "Dixinn", "Mafanco"])
    fa, mo = _par(person, None, None)
    sh = Sheet()
    for k, c in enumerate(((206, 17, 38), (252, 209, 22), (0, 148, 96))):
        sh.rect(20 + k * 56.7, 10, 56.7, 2.2, width_mm=0, fill=c)
    f, fb = BOOK, BOOK_B
    sh.text(105, 16, "RÉPUBLIQUE DE GUINÉE", font=fb, size_pt=11, anchor="center")
    sh.text(105, 21.5, "Travail – Justice – Solidarité", font=BOOK_I, size_pt=9, anchor="center")
    sh.text(
        105,
        28,
        f"COUR D'APPEL DE CONAKRY – TRIBUNAL DE PREMIÈRE INSTANCE DE {court.upper()}",
        font=f,
        size_pt=fit(f"COUR D'APPEL DE CONAKRY – TRIBUNAL DE PREMIÈRE INSTANCE DE {court.upper()}", f, 9, 170),
        anchor="center",
    )
    sh.text(105, 40, "CERTIFICAT DE NATIONALITÉ GUINÉENNE", font=fb, size_pt=14, anchor="center")
    sh.text(
        105,
        47,
        f"N° {rng.randint(100, 9999)}/TPI/{court[:3].upper()}/{issue.year}",
        font=f,
        size_pt=9.5,
        anchor="center",
    )
    y = (
        sh.paragraph(
            20, 58, 170, f"Nous, Président du Tribunal de Première Instance de {court},", font=f, size_pt=10.5
        )
        + 2
    )
    for v in (
        "Vu le Code civil guinéen, notamment ses articles relatifs à la nationalité ;",
        "Vu l'extrait d'acte de naissance et les pièces produites par le requérant ;",
        "Vu les réquisitions du Procureur de la République ;",
    ):
        y = sh.paragraph(26, y, 164, v, font=f, size_pt=10) + 1
    y = (
        sh.paragraph(20, y + 3, 170, "CERTIFIONS que la personne ci-après désignée :", font=fb, size_pt=10.5)
        + 3
    )
    sh.rect(24, y, 162, 44, width_mm=0.35)
    yy = y + 3
    for a, b in (
        ("Nom", person.surname.upper()),
        ("Prénoms", person.given_names),
        ("Né(e) le", fr_long(person.birth_date)),
        ("À", person.birth_place),
        ("Fils / fille de", f"{fa} et de {mo}"),
    ):
        sh.text(28, yy, a, font=f, size_pt=10)
        sh.text(70, yy, glyphs(b, fb), font=fb, size_pt=fit(glyphs(b, fb), fb, 10.5, 112))
        yy += 8
    y += 50
    y = (
        sh.paragraph(
            20,
            y,
            170,
            "est de nationalité guinéenne par filiation, en application de l'article 42 du Code civil.",
            font=f,
            size_pt=10.5,
        )
        + 8
    )
    sh.text(110, y, f"Fait à Conakry, le {fr_long(issue)}", font=f, size_pt=10.5)
    sh.text(110, y + 7, "Le Président du Tribunal", font=fb, size_pt=10)
    sh.signature(112, y + 12, 46, 15, rng, color=INK)
    sh.stamp(
        150,
        y + 4,
        [f"TPI DE {court.upper()}", "LE PRÉSIDENT", "CONAKRY"],
        rng,
        shape="round",
        size_mm=28,
        color=ST_GREEN,
    )
    sh.text(
        20,
        280,
        f"Enregistré au greffe sous le n° {rng.randint(1000, 99999)} – droits perçus : 50 000 GNF",
        font=f,
        size_pt=8,
        color=GREY,
    )
    torn_punch(sh, y=rng.choice([108.5, 188.5]))
    return [sheet_of(recycled(sh.render(210), rng, strength=0.85))]


def nationality_rwa(person, rng, *, issue_date=None, **opts):
    """Rwanda: the Directorate General of Immigration and Emigration's certificate of Rwandan nationality, in
    English with the Kinyarwanda title above it, the holder's data in a two-column table with grey label cells,
    a serial number in red at the top right, the Director General's signature ABOVE his printed name and the
    Directorate's oval stamp beside; scanned on a flatbed with the lid half open (a grey wedge down one side)."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(60, 700))
    fa, mo = _par(person, None, None)
    sh = Sheet()
    f, fb = NSANS, NSANS_B
    sh.text(105, 14, "REPUBLIC OF RWANDA", font=fb, size_pt=12, anchor="center")
    sh.text(
        105, 20, "DIRECTORATE GENERAL OF IMMIGRATION AND EMIGRATION", font=f, size_pt=9.5, anchor="center"
    )
    sh.rule(40, 26, 170, 26, width_mm=0.4, color=(0, 112, 170))
    sh.text(
        190,
        32,
        f"N° {rng.randint(100000, 999999)}",
        font=PMONO_B,
        size_pt=11,
        anchor="right",
        color=(180, 20, 30),
    )
    sh.text(105, 40, "ICYEMEZO CY'UBWENEGIHUGU", font=fb, size_pt=12, anchor="center")
    sh.text(105, 47, "CERTIFICATE OF RWANDAN NATIONALITY", font=fb, size_pt=14.5, anchor="center")
    y = (
        sh.paragraph(
            20,
            60,
            170,
            "This is to certify that the person described below is a national of the Republic "
            "of Rwanda by origin, in accordance with the Organic Law governing Rwandan "
            "nationality.",
            font=f,
            size_pt=10.5,
            leading=1.45,
        )
        + 6
    )
    for a, b in (
        ("Surname", person.surname.upper()),
        ("Given names", person.given_names),
        ("Date of birth", en_long(person.birth_date)),
        ("Place of birth", f"{person.birth_place}, Rwanda"),
        ("Father", fa),
        ("Mother", mo),
        ("Nationality", "Rwandan"),
    ):
        sh.rect(20, y, 55, 9, width_mm=0.25, fill=(232, 232, 232))
        sh.rect(75, y, 115, 9, width_mm=0.25)
        sh.text(22, y + 2, a, font=f, size_pt=10)
        sh.text(78, y + 2, glyphs(b, fb), font=fb, size_pt=fit(glyphs(b, fb), fb, 10.5, 108))
        y += 9
    y += 10
    sh.text(20, y, f"Issued at Kigali on {en_long(issue)}", font=f, size_pt=10.5)
    sh.signature(110, y + 6, 46, 15, rng, color=INK_K)
    sh.text(
        110,
        y + 23,
        rng.choice(["Jean Bosco NSENGIYUMVA", "Régine MUKANDORI", "Eric KAYITARE"]),
        font=fb,
        size_pt=10,
    )
    sh.text(110, y + 28, "Director General", font=f, size_pt=9.5)
    sh.stamp(
        160, y + 2, ["DGIE", "REPUBLIC OF RWANDA", "KIGALI"], rng, shape="oval", size_mm=26, color=ST_BLUE
    )
    img = sh.render(210)
    W, H = img.size
    wedge = Image.new("L", img.size, 0)
    ImageDraw.Draw(wedge).polygon([(W, 0), (W, H), (W - int(W * 0.07), H), (W - int(W * 0.02), 0)], fill=150)
    img = Image.composite(
        Image.new("RGB", img.size, (70, 70, 74)), img, wedge.filter(ImageFilter.GaussianBlur(12))
    )
    return [sheet_of(img)]


_register(
    "nationality-gin-tpi-beslissing-vu-kader-driekleurband-gerecycleerd-32",
    "nationality-certificate",
    PART,
    "fr",
    nationality_gin,
    country="GIN",
    notes="Guinean court's certificate of nationality typed as a decision, recycled paper, torn hole",
)
_register(
    "nationality-rwa-dgie-engels-tabel-rood-nummer-deksel-half-open-32",
    "nationality-certificate",
    PART,
    "en/rw",
    nationality_rwa,
    country="RWA",
    notes="Rwandan certificate of nationality in English, grey label cells, lid half open",
)


# --------------------------------------------------------------------------- embassies' identity certificates

_EMB = {
    "GIN": dict(
        name="Ambassade de la République de Guinée",
        addr="Boulevard Auguste Reyers 108, 1030 Bruxelles",
        col=(150, 30, 40),
        nat="guinéenne",
        title="ATTESTATION D'IDENTITÉ",
        lang="fr",
        signer="Le Consul général",
    ),
    "RWA": dict(
        name="Embassy of the Republic of Rwanda",
        addr="Avenue des Fleurs 1, 1150 Bruxelles",
        col=(0, 112, 170),
        nat="Rwandan",
        title="CERTIFICATE OF IDENTITY / ATTESTATION D'IDENTITÉ",
        lang="en",
        signer="First Counsellor – Consular Affairs",
    ),
}


def _idcert(code: str):
    """An embassy's identity certificate laid out as a form: the photo glued into a printed frame at the top
    LEFT with the embassy's dry seal pressed over its corner, the number and the date in a box at the right, the
    holder's data as labelled lines, the basis of the certificate in its own paragraph, the signature at the
    right ABOVE the printed title with the round stamp overlapping its end."""
    E = _EMB[code]

    def make(person, rng, *, issue_date=None, declarative=False, **opts):
        issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(40, 300))
        fa, mo = _par(person, None, None)
        sh = Sheet()
        f, fb = CENT, CENT_B
        col = E["col"]
        sh.text(
            105,
            12,
            E["name"].upper(),
            font=fb,
            size_pt=fit(E["name"].upper(), fb, 12, 170),
            anchor="center",
            color=col,
        )
        sh.text(105, 18.5, E["addr"], font=f, size_pt=8.5, anchor="center", color=GREY)
        sh.rule(20, 23, 190, 23, width_mm=0.5, color=col)
        sh.rect(20, 30, 36, 46, width_mm=0.3)
        sh.photo(23, 33, 30, 40, rng)
        im = Image.new("RGBA", (240, 240), (0, 0, 0, 0))
        d = ImageDraw.Draw(im)
        for r in (112, 86):
            d.arc(
                [120 - r - 2, 120 - r - 2, 120 + r - 2, 120 + r - 2],
                200,
                20,
                fill=(255, 255, 255, 170),
                width=5,
            )
            d.arc(
                [120 - r + 2, 120 - r + 2, 120 + r + 2, 120 + r + 2],
                20,
                200,
                fill=(90, 90, 100, 150),
                width=5,
            )
        sh.image(38, 58, 26, 26, im)
        sh.rect(128, 30, 62, 20, width_mm=0.3)
        sh.text(130, 32, "N°" if E["lang"] == "fr" else "No.", font=f, size_pt=8.5, color=GREY)
        sh.text(140, 32, f"{rng.randint(100, 999)}/{code}/CONS/{issue.year}", font=fb, size_pt=10)
        sh.text(130, 41, "Date", font=f, size_pt=8.5, color=GREY)
        sh.text(140, 41, issue.strftime("%d/%m/%Y"), font=fb, size_pt=10)
        sh.text(105, 84, E["title"], font=fb, size_pt=fit(E["title"], fb, 14, 170), anchor="center")
        if E["lang"] == "fr":
            intro = (
                f"{E['signer']} de la République de Guinée à Bruxelles atteste que la personne dont la photographie "
                f"figure ci-dessus est :"
            )
            labels = ["Nom", "Prénoms", "Date de naissance", "Lieu de naissance", "Filiation", "Nationalité"]
            vals = [
                person.surname.upper(),
                person.given_names,
                fr_long(person.birth_date),
                f"{person.birth_place} ({person.birth_country})",
                f"{fa} et {mo}",
                E["nat"],
            ]
            basis = (
                "La présente attestation est établie sur la seule déclaration de l'intéressé(e), qui n'a "
                "présenté aucune pièce d'état civil ni document d'identité."
                if declarative
                else f"La présente attestation est établie au vu du passeport n° R{_digits(rng, 7)} (expiré) et de "
                f"l'extrait d'acte de naissance présentés, et de l'inscription consulaire n° "
                f"{rng.randint(1000, 99999)}."
            )
            end = "Elle est délivrée pour servir et valoir ce que de droit."
        else:
            intro = (
                "The Embassy of the Republic of Rwanda in Brussels certifies that the person whose photograph "
                "appears above is / L'Ambassade certifie que la personne ci-dessus est :"
            )
            labels = [
                "Surname / Nom",
                "Given names / Prénoms",
                "Date of birth / Date de naissance",
                "Place of birth / Lieu de naissance",
                "Parents / Filiation",
                "Nationality / Nationalité",
            ]
            vals = [
                person.surname.upper(),
                person.given_names,
                en_long(person.birth_date),
                f"{person.birth_place} ({person.birth_country})",
                f"{fa} and {mo}",
                E["nat"],
            ]
            basis = (
                "This certificate is issued solely on the basis of the holder's own declaration; no civil-status "
                "record or identity document was produced."
                if declarative
                else f"This certificate is issued on the basis of passport No. PC{_digits(rng, 6)} (expired) and of "
                f"the holder's record in the national population register (ID No. 1{_digits(rng, 15)})."
            )
            end = "It is issued for whatever purpose it may serve."
        y = sh.paragraph(20, 96, 170, intro, font=f, size_pt=10.5, leading=1.45) + 3
        for a, b in zip(labels, vals):
            w = sh.text(26, y, a, font=f, size_pt=10)
            sh.rule(28 + w, y + 4.3, 84, y + 4.3, width_mm=0.1, color=(150, 150, 150), dash=0.3)
            sh.text(86, y, glyphs(b, fb), font=fb, size_pt=fit(glyphs(b, fb), fb, 10.5, 104))
            y += 8
        y = sh.paragraph(20, y + 4, 170, basis, font=f, size_pt=10.5, leading=1.45) + 3
        y = sh.paragraph(20, y, 170, end, font=f, size_pt=10.5) + 10
        sh.signature(120, y, 46, 15, rng, color=INK)
        sh.text(120, y + 17, E["signer"], font=fb, size_pt=10)
        sh.stamp(
            150, y - 2, [E["name"].upper()[:32], "BRUXELLES"], rng, shape="round", size_mm=27, color=ST_BLUE
        )
        sh.text(
            20,
            282,
            "Droits de chancellerie acquittés" if E["lang"] == "fr" else "Consular fee paid",
            font=f,
            size_pt=8,
            color=GREY,
        )
        return [sh]

    return make


for _c in ("GIN", "RWA"):
    _register(
        f"idcert-{_c.lower()}-ambassade-foto-kader-linksboven-droogstempel-handtekening-boven-titel-32",
        "identity-certificate",
        PART,
        "fr" if _c == "GIN" else "en/fr",
        _idcert(_c),
        country=_c,
        photo=True,
        notes="embassy's identity certificate as a form, photo in a printed frame at the top left, dry seal",
    )


# --------------------------------------------------------------------------- marriage acts


def marriage_gin(person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    """Conakry: an 'EXTRAIT D'ACTE DE MARIAGE' typed on a typewriter into the commune's form: the husband and the
    wife in two framed blocks one ABOVE the other, each with its labelled lines, the marriage date, the regime
    ('option de monogamie' or 'polygamie') and the two witnesses below; the officer's round stamp pressed over
    the last lines of text and the signature beside it."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(60, 500))
    wed = marriage_date or TODAY - datetime.timedelta(days=rng.randint(800, 6000))
    q = spouse
    h, w = (person, q) if person.sex == "M" else (q, person)
    com = rng.choice(_GIN_COM)
    tw = "typewriter"
    sh = Sheet(paper="cream")
    f, fb = CENT, CENT_B
    sh.text(20, 12, "RÉPUBLIQUE DE GUINÉE", font=fb, size_pt=10)
    sh.text(20, 17, f"Commune de {com} – État civil", font=f, size_pt=9.5)
    sh.text(105, 32, "EXTRAIT D'ACTE DE MARIAGE", font=fb, size_pt=15, anchor="center")
    sh.text(
        105, 39, f"Acte n° {rng.randint(10, 900)} – Registre {wed.year}", font=f, size_pt=9.5, anchor="center"
    )
    y = 48
    for title, pp in (("ÉPOUX", h), ("ÉPOUSE", w)):
        if pp is None:
            continue
        sh.rect(20, y, 170, 36, width_mm=0.35)
        sh.rect(20, y, 170, 6.5, width_mm=0, fill=(230, 226, 214))
        sh.text(23, y + 1, title, font=fb, size_pt=10)
        yy = y + 9
        for a, b in (
            ("Nom et prénoms", f"{pp.surname.upper()} {pp.given_names}"),
            ("Né(e) le / à", f"{pp.birth_date.strftime('%d/%m/%Y')} à {pp.birth_place}"),
            ("Nationalité", "guinéenne" if pp.nationality == "GIN" else pp.birth_country),
            ("Profession", rng.choice(["commerçant(e)", "sans profession", "couturière", "chauffeur"])),
        ):
            sh.text(24, yy, a + " :", font=f, size_pt=9.5)
            sh.text(70, yy - 0.3, glyphs(b, tw), font=tw, size_pt=fit(glyphs(b, tw), tw, 10, 116))
            yy += 6.6
        y += 42
    for a, b in (
        ("Date du mariage", fr_long(wed)),
        ("Lieu", f"Mairie de {com}, Conakry"),
        ("Option", rng.choice(["monogamie", "polygamie"])),
        (
            "Témoins",
            f"{rng.choice(['Ibrahima SOW', 'Aissatou BARRY', 'Lansana KOUYATÉ'])} ; "
            f"{rng.choice(['Mariama DIALLO', 'Ousmane TOURÉ', 'Hawa SYLLA'])}",
        ),
    ):
        sh.text(24, y, a + " :", font=f, size_pt=10)
        sh.text(70, y - 0.3, glyphs(b, tw), font=tw, size_pt=fit(glyphs(b, tw), tw, 10.5, 116))
        y += 8
    y += 4
    sh.text(24, y, f"Pour extrait conforme, Conakry, le {fr_long(issue)}", font=CENT_I, size_pt=10)
    sh.stamp(
        60,
        y - 12,
        [f"COMMUNE DE {com.upper()}", "L'OFFICIER DE L'ÉTAT CIVIL", "CONAKRY"],
        rng,
        shape="round",
        size_mm=30,
        color=ST_VIOLET,
    )
    sh.signature(112, y + 6, 48, 15, rng, color=INK)
    sh.text(112, y + 22, "L'Officier de l'état civil", font=f, size_pt=9.5)
    return [sh]


def marriage_rwa(person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    """Rwanda: a marriage certificate from the civil-registration system, the spouses side by side in a two-column
    table whose row labels are in Kinyarwanda and English, the matrimonial regime, a QR code; the Sector's civil
    registrar signs ABOVE the round stamp; copied on recycled paper."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(60, 500))
    wed = marriage_date or TODAY - datetime.timedelta(days=rng.randint(800, 6000))
    q = spouse
    sector = rng.choice(["Kimironko", "Remera", "Nyamirambo", "Kacyiru", "Gikondo"])
    sh = Sheet()
    f, fb = CARL, CARL_B
    sh.text(20, 12, "REPUBULIKA Y'U RWANDA · REPUBLIC OF RWANDA", font=fb, size_pt=10)
    sh.text(20, 17.5, f"Umurenge wa {sector} · {sector} Sector", font=f, size_pt=9, color=GREY)
    cert = f"MC/{wed.year}/{rng.randint(1000, 99999)}"
    qr(sh, 170, 10, 20, cert)
    sh.text(105, 36, "ICYEMEZO CY'ISHYINGIRWA · MARRIAGE CERTIFICATE", font=fb, size_pt=13, anchor="center")
    sh.text(105, 43, cert, font=f, size_pt=9, anchor="center", color=GREY)
    h, w = (person, q) if person.sex == "M" else (q, person)
    y = 54
    sh.rect(20, y, 170, 8, width_mm=0.25, fill=(226, 236, 244))
    sh.text(78, y + 1.6, "Umugabo / Husband", font=fb, size_pt=9.5)
    sh.text(136, y + 1.6, "Umugore / Wife", font=fb, size_pt=9.5)
    y += 8
    rows = [
        ("Izina / Surname", lambda p: p.surname.upper()),
        ("Amazina / Given names", lambda p: p.given_names),
        ("Itariki y'amavuko / Born on", lambda p: en_long(p.birth_date)),
        ("Aho yavukiye / Born at", lambda p: p.birth_place),
        ("Ubwenegihugu / Nationality", lambda p: "Rwandan" if p.nationality == "RWA" else p.birth_country),
    ]
    for lab, fn in rows:
        sh.rect(20, y, 56, 9, width_mm=0.25, fill=(244, 244, 244))
        sh.rect(76, y, 57, 9, width_mm=0.25)
        sh.rect(133, y, 57, 9, width_mm=0.25)
        sh.text(22, y + 2, lab, font=f, size_pt=fit(lab, f, 8.5, 52))
        for x, pp in ((78, h), (135, w)):
            v = glyphs(fn(pp), f) if pp else "—"
            sh.text(x, y + 2, v, font=f, size_pt=fit(v, f, 10, 53))
        y += 9
    y += 8
    for a, b in (
        ("Itariki y'ishyingirwa / Date of marriage", en_long(wed)),
        ("Aho ryabereye / Place", f"{sector} Sector, Kigali"),
        (
            "Uburyo bw'imicungire y'umutungo / Matrimonial regime",
            rng.choice(["Community of property", "Limited community of property", "Separation of property"]),
        ),
    ):
        sh.text(22, y, a, font=f, size_pt=9.5)
        sh.text(120, y, b, font=fb, size_pt=fit(b, fb, 10, 70))
        y += 7
    y += 10
    sh.text(120, y, "Umwanditsi w'irangamimerere / Civil Registrar", font=f, size_pt=8.5)
    sh.signature(122, y + 5, 44, 14, rng, color=INK_K)
    sh.stamp(
        128,
        y + 20,
        [f"UMURENGE WA {sector.upper()}", "IRANGAMIMERERE", "KIGALI"],
        rng,
        shape="round",
        size_mm=26,
        color=ST_BLUE,
    )
    sh.text(20, y, f"Issued on {en_long(issue)}", font=f, size_pt=9.5)
    return [sheet_of(recycled(sh.render(210), rng, strength=0.9))]


_register(
    "marriage-gin-conakry-schrijfmachine-twee-blokken-onder-elkaar-stempel-over-tekst-32",
    "marriage-certificate",
    PART,
    "fr",
    marriage_gin,
    country="GIN",
    notes="Conakry marriage extract typed into two framed blocks one above the other, stamp over the text",
)
_register(
    "marriage-rwa-iecms-echtgenoten-naast-elkaar-qr-gerecycleerd-32",
    "marriage-certificate",
    PART,
    "en",
    marriage_rwa,
    country="RWA",
    notes="Rwandan marriage certificate, spouses side by side, Kinyarwanda/English labels, recycled paper",
)


# --------------------------------------------------------------------------- sworn translations


def _tr_rows(person, lang: str):
    fa = (person.father or "—").split()[0]
    mo = (person.mother or "—").split()[0]
    bd = person.birth_date
    if lang == "fr":
        return [
            ("Nom", person.surname.upper()),
            ("Prénom", person.given_names),
            ("Prénom du père", fa),
            ("Prénom de la mère", mo),
            ("Lieu de naissance", person.birth_place),
            ("Date de naissance", fr_long(bd)),
            ("Sexe", "masculin" if person.sex == "M" else "féminin"),
            ("Statut", "en vie"),
        ]
    return [
        ("Familienaam", person.surname.upper()),
        ("Voornaam", person.given_names),
        ("Voornaam vader", fa),
        ("Voornaam moeder", mo),
        ("Geboorteplaats", person.birth_place),
        ("Geboortedatum", nl_long(bd)),
        ("Geslacht", "mannelijk" if person.sex == "M" else "vrouwelijk"),
        ("Status", "in leven"),
    ]


def translation_dendermonde(
    person, rng, *, issue_date=None, of_type="birth-certificate", source_lang="tr", target_lang=None, **opts
):
    """A sworn translator registered at the Dendermonde court, into Dutch (or French for a French-speaking
    applicant's file): the translator's name and register number in a grey band at the top, 'Vertaling uit het
    Turks' centred, the original's heading in square brackets, the record as a two-column table replicating the
    original, the stamps described in italics; the certification at the foot with the signature ACROSS the
    translator's round seal; every page initialled in the margin."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(8, 60))
    lang = "fr" if target_lang == "fr" else "nl"
    g, s = rng.choice([("Derya", "Yılmaz"), ("Bart", "Van Hecke"), ("Emre", "Korkmaz")])
    f, fb, fi = NSANS, NSANS_B, NSANS_I
    sh = Sheet()
    sh.rect(0, 8, 210, 14, width_mm=0, fill=(228, 228, 228))
    sh.text(20, 10, glyphs(f"{g} {s}", fb), font=fb, size_pt=11)
    sh.text(
        20,
        15.5,
        f"Beëdigd vertaler-tolk Turks · Nationaal Register nr. {rng.randint(100000, 999999)} · "
        "Rechtbank van eerste aanleg Oost-Vlaanderen, afdeling Dendermonde",
        font=f,
        size_pt=7.5,
    )
    title = "TRADUCTION DU TURC" if lang == "fr" else "VERTALING UIT HET TURKS"
    sh.text(105, 34, title, font=fb, size_pt=13, anchor="center")
    head = (
        "[République de Turquie – Ministère de l'Intérieur – Extrait du registre de l'état civil]"
        if lang == "fr"
        else "[Republiek Turkije – Ministerie van Binnenlandse Zaken – Uittreksel uit het bevolkingsregister]"
    )
    sh.paragraph(20, 42, 170, head, font=f, size_pt=10)
    y = 56
    for a, b in _tr_rows(person, lang):
        sh.rect(20, y, 60, 8, width_mm=0.2, fill=(244, 244, 244))
        sh.rect(80, y, 110, 8, width_mm=0.2)
        sh.text(22, y + 1.6, a, font=f, size_pt=9.5)
        sh.text(82, y + 1.6, glyphs(b, fb), font=fb, size_pt=fit(glyphs(b, fb), fb, 10, 104))
        y += 8
    y += 6
    y = (
        sh.paragraph(
            20,
            y,
            170,
            "[Rechthoekige stempel 'ASLI GİBİDİR' (eensluidend); paraaf en handtekening van de "
            "ambtenaar van de bevolkingsdienst]"
            if lang == "nl"
            else "[Cachet rectangulaire « ASLI GİBİDİR » (conforme) ; paraphe et signature du fonctionnaire]",
            font=fi,
            size_pt=9.5,
        )
        + 10
    )
    sh.rule(20, y, 190, y, width_mm=0.3)
    cert = (
        f"Ik, ondergetekende {g} {s}, beëdigd vertaler, verklaar dat deze vertaling getrouw en volledig is en "
        f"overeenstemt met het mij voorgelegde Turkse document."
        if lang == "nl"
        else f"Je soussigné(e), {g} {s}, traducteur juré, certifie que la présente traduction est fidèle et complète "
        f"et conforme au document turc qui m'a été présenté."
    )
    y = sh.paragraph(20, y + 4, 170, glyphs(cert, f), font=f, size_pt=10, leading=1.45) + 4
    sh.text(20, y, f"Dendermonde, {nl_long(issue) if lang == 'nl' else fr_long(issue)}", font=f, size_pt=10)
    sh.stamp(120, y - 4, ["BEËDIGD VERTALER", "DENDERMONDE"], rng, shape="round", size_mm=27, color=ST_BLUE)
    sh.signature(112, y + 2, 50, 16, rng, color=INK)
    sh.handwriting(186, 282, initials_of(f"{g} {s}"), rng, size_pt=11, font="hand1", color=INK)
    return [sh]


def translation_nijmegen(
    person, rng, *, issue_date=None, of_type="birth-certificate", source_lang="tr", target_lang="nl", **opts
):
    """A sworn translator in Nijmegen, into Dutch: the statement comes FIRST ('Ondergetekende ... verklaart dat
    het hierna volgende een getrouwe vertaling is ...') in a framed block with the Wbtv number, then the
    translation as 'label: value' lines in Carlito, the translator's notes in square brackets; the signature at
    the lower right BESIDE the translator's red stamp; the page punched with a torn hole."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(8, 60))
    g, s = rng.choice([("Selin", "Arslan"), ("Joris", "Hendriks"), ("Murat", "Çelik")])
    f, fb = CARL, CARL_B
    sh = Sheet()
    sh.text(20, 12, glyphs(f"{g} {s} – beëdigd vertaler Turks-Nederlands", fb), font=fb, size_pt=11)
    sh.text(20, 17.5, f"Wbtv-nr. {rng.randint(10000, 99999)} · Nijmegen", font=f, size_pt=9, color=GREY)
    sh.rect(20, 26, 170, 26, width_mm=0.4)
    sh.paragraph(
        23,
        28.5,
        164,
        glyphs(
            f"Ondergetekende, {g} {s}, beëdigd vertaler, verklaart dat het hierna volgende "
            f"een getrouwe en volledige vertaling is van een in de Turkse taal gesteld "
            f"document, dat haar/hem in kopie is voorgelegd.",
            f,
        ),
        font=f,
        size_pt=10.5,
        leading=1.4,
    )
    sh.text(105, 60, "VERTALING", font=fb, size_pt=13, anchor="center")
    y = (
        sh.paragraph(
            20,
            68,
            170,
            "[Wapen] Republiek Turkije – Ministerie van Binnenlandse Zaken – Directoraat-"
            "generaal Bevolking en Burgerschap – Uittreksel uit het geboorteregister",
            font=f,
            size_pt=10,
        )
        + 4
    )
    for a, b in _tr_rows(person, "nl"):
        sh.text(24, y, a + ":", font=f, size_pt=10.5)
        sh.text(80, y, glyphs(b, fb), font=fb, size_pt=fit(glyphs(b, fb), fb, 10.5, 108))
        y += 7
    y = (
        sh.paragraph(
            20,
            y + 4,
            170,
            "[Stempel van de bevolkingsdienst met de vermelding 'eensluidend met het "
            "origineel'; onleesbare handtekening]",
            font=CARL_I,
            size_pt=10,
        )
        + 12
    )
    sh.text(20, y, f"Nijmegen, {nl_long(issue)}", font=f, size_pt=10.5)
    sh.signature(120, y + 4, 44, 14, rng, color=INK)
    sh.stamp(
        150,
        y - 6,
        ["BEËDIGD VERTALER", f"{g.upper()} {s.upper()}", "NIJMEGEN"],
        rng,
        shape="round",
        size_mm=27,
        color=ST_RED,
    )
    torn_punch(sh, y=108.5)
    return [sh]


_register(
    "translation-be-dendermonde-grijze-band-tabel-zegel-onder-handtekening-32",
    "translation",
    PART,
    "nl/fr",
    translation_dendermonde,
    country="BEL",
    notes="Belgian sworn translation, grey band with the register number, table, signature across the seal",
)
_register(
    "translation-nl-nijmegen-verklaring-eerst-kader-rode-stempel-32",
    "translation",
    PART,
    "nl",
    translation_nijmegen,
    country="NLD",
    notes="Dutch sworn translation with the translator's statement first in a frame, red stamp",
)
