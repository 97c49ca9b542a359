"""Identity and civil-status families of the `thirtieth` part (registered in identity.FAMILIES).

Written after dev, heldout and the parts fresh to twentyninth had been read, by a writer who saw neither the
validator nor its output, from the seeds and from how such papers look in Belgian and Dutch files.  The families
themselves are described only in their docstrings (the part is read blind).

The drawing helpers of twentyeighth_identity (glyphs, fitting, wrapping, pasting, emblems, codes, the phone photo)
are reused; this part's own copy habits (a chat screenshot printed on A4, paper that was crumpled and smoothed
again, the shadow of a rubber band, light under a copier lid that would not close, a booklet laid sideways on the
glass, a rubber 'vu' stamp) follow below.
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
from .twentyeighth_identity import barcode, camera_photo, crest, fit, glyphs, paste, qr, sheet_of, wrap

PART = "thirtieth"
GREY = (96, 96, 96)
INK = (24, 36, 128)
INK2 = (30, 30, 36)
STB = (38, 58, 160)
STR = (176, 34, 44)
STV = (98, 46, 138)
STG = (28, 104, 66)
OCR = 2.54 / 0.602 / (25.4 / 72)
_MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
         "novembre", "décembre"]
_MOIS3 = ["JANV", "FÉVR", "MARS", "AVR", "MAI", "JUIN", "JUIL", "AOÛT", "SEPT", "OCT", "NOV", "DÉC"]
_EN3 = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
_NL3 = ["JAN", "FEB", "MRT", "APR", "MEI", "JUN", "JUL", "AUG", "SEP", "OKT", "NOV", "DEC"]
_TR3 = ["OCA", "ŞUB", "MAR", "NİS", "MAY", "HAZ", "TEM", "AĞU", "EYL", "EKİ", "KAS", "ARA"]
_AYLAR = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım",
          "Aralık"]
_MAAND = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december"]
_UNITS = ["", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
          "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf"]


def fr_long(d: datetime.date) -> str:
    return f"{'1er' if d.day == 1 else d.day} {_MOIS[d.month - 1]} {d.year}"


def nl_long(d: datetime.date) -> str:
    return f"{d.day} {_MAAND[d.month - 1]} {d.year}"


def _fr_num(n: int) -> str:
    if n < 20:
        return _UNITS[n]
    tens = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}
    t, u = divmod(n, 10)
    if t in (7, 9):
        base = "soixante" if t == 7 else "quatre-vingt"
        return base + ("-et-" if (t == 7 and u == 1) else "-") + _UNITS[10 + u]
    if t == 8:
        return "quatre-vingt" + ("s" if u == 0 else "-" + _UNITS[u])
    return tens[t] + ("" if u == 0 else ("-et-un" if u == 1 else "-" + _UNITS[u]))


def fr_year_words(y: int) -> str:
    """'mil neuf cent quatre-vingt-quatre' / 'deux mil dix-huit' (as Ivorian and Cameroonian clerks write it)."""
    th, r = divmod(y, 1000)
    h, r2 = divmod(r, 100)
    s = "mil" if th == 1 else _UNITS[th] + " mil"
    if h:
        s += " " + ("cent" if h == 1 else _UNITS[h] + " cent")
    if r2:
        s += " " + _fr_num(r2)
    return s


def fr_date_words(d: datetime.date) -> str:
    day = "premier" if d.day == 1 else _fr_num(d.day)
    return f"{day} {_MOIS[d.month - 1]} {fr_year_words(d.year)}"


# --------------------------------------------------------------------------- this part's copy habits

def crumpled(img: Image.Image, rng: random.Random, *, n: int = 9, k: float = 0.16) -> Image.Image:
    """Paper that was crumpled in a pocket and smoothed out again before copying: facets of slightly different
    grey and the dark hairlines of the creases between them."""
    img = img.convert("RGB")
    W, H = img.size
    w, h = max(8, W // 4), max(8, H // 4)
    acc = Image.new("L", (w, h), 128)
    creases = Image.new("L", (w, h), 0)
    dc = ImageDraw.Draw(creases)
    for _ in range(n):
        cx, cy = rng.uniform(0, w), rng.uniform(0, h)
        a = rng.uniform(0, math.pi)
        dx, dy = math.cos(a) * (w + h), math.sin(a) * (w + h)
        p1, p2 = (cx - dx, cy - dy), (cx + dx, cy + dy)
        nx, ny = -dy, dx
        poly = [p1, p2, (p2[0] + nx, p2[1] + ny), (p1[0] + nx, p1[1] + ny)]
        m = Image.new("L", (w, h), 0)
        ImageDraw.Draw(m).polygon(poly, fill=rng.randint(2, 5))
        acc = ImageChops.subtract(acc, m) if rng.random() < 0.5 else ImageChops.add(acc, m)
        dc.line([p1, p2], fill=rng.randint(40, 80), width=1)
    acc = acc.filter(ImageFilter.GaussianBlur(1.2)).resize((W, H), Image.BILINEAR)
    creases = creases.filter(ImageFilter.GaussianBlur(0.6)).resize((W, H), Image.BILINEAR)
    shade = acc.point(lambda v: 255 if v >= 128 else int(255 - min(28, (128 - v) * 12 * k)))
    shade = ImageChops.subtract(shade, creases.point(lambda v: int(v * 0.55)))
    return ImageChops.multiply(img, Image.merge("RGB", [shade, shade, shade]))


def rubber_band(img: Image.Image, rng: random.Random) -> Image.Image:
    """The grey shadow of the rubber band that held the bundle on the glass: a shallow curve across the page
    with a bright edge along it."""
    img = img.convert("RGB")
    W, H = img.size
    m = Image.new("L", (W, H), 0)
    d = ImageDraw.Draw(m)
    y0 = rng.uniform(0.55, 0.85) * H
    sag = rng.uniform(0.02, 0.05) * H * rng.choice([-1, 1])
    slope = rng.uniform(-0.04, 0.04)
    pts = [(x, y0 + sag * math.sin(math.pi * x / W) + (x - W / 2) * slope)
           for x in range(0, W + 1, max(1, W // 60))]
    bw = max(4, int(W * 0.012))
    d.line(pts, fill=90, width=bw)
    m = m.filter(ImageFilter.GaussianBlur(bw / 2.5))
    dark = ImageChops.invert(m)
    return ImageChops.multiply(img, Image.merge("RGB", [dark, dark, dark]))


def lid_light(img: Image.Image, *, side: str = "top", depth: float = 0.07, floor: int = 70) -> Image.Image:
    """The copier's lid could not close over a thick booklet: the room's light leaks in along one edge as a dark
    band that fades into the page."""
    img = img.convert("RGB")
    W, H = img.size
    n = int((H if side in ("top", "bottom") else W) * depth)
    g = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(g)
    for i in range(n):
        v = int(floor + (255 - floor) * (i / n) ** 0.7)
        if side == "top":
            d.line([(0, i), (W, i)], fill=v)
        elif side == "bottom":
            d.line([(0, H - 1 - i), (W, H - 1 - i)], fill=v)
        elif side == "left":
            d.line([(i, 0), (i, H)], fill=v)
        else:
            d.line([(W - 1 - i, 0), (W - 1 - i, H)], fill=v)
    return ImageChops.multiply(img, Image.merge("RGB", [g, g, g]))


def sideways(sub: Sheet, rng: random.Random, *, dpi: int = 220, x: float = 18, y: float = 16,
             turn: int = 90) -> Sheet:
    """A booklet laid sideways on the glass: its image stands turned on the A4 copy."""
    sh = Sheet()
    img = sub.render(dpi).rotate(turn, expand=True)
    w = img.width / dpi * 25.4
    h = img.height / dpi * 25.4
    sh.image(x, y, w, h, img)
    return sh


def vu_stamp(sh: Sheet, x: float, y: float, rng: random.Random, *, lang: str = "fr", who: str = "") -> None:
    """The law office's small rubber stamp 'VU L'ORIGINAL' / 'ORIGINEEL GEZIEN' with a date written in it."""
    lines = ["VU L'ORIGINAL", who or "LE CONSEIL"] if lang == "fr" else ["ORIGINEEL GEZIEN", who or "ADVOCAAT"]
    w, h = sh.stamp(x, y, lines, rng, shape="rect", size_mm=34, color=STV, angle=rng.uniform(-6, 6))
    d = TODAY - datetime.timedelta(days=rng.randint(3, 40))
    sh.handwriting(x + 3, y + h + 0.5, d.strftime("%d/%m/%y"), rng, size_pt=10, color=INK, font="hand1")


def whatsapp_print(photos: list[Image.Image], rng: random.Random, *, contact: str, when: datetime.datetime,
                   note: str | None = None) -> Sheet:
    """What a client sent through a chat app, printed on A4 by the office: the phone's screenshot (status bar, the
    chat's green header with the contact's name, the photos in bubbles with their times and ticks, the typing bar
    at the foot) set in the middle of the page."""
    sh = Sheet()
    x0, y0, W, H = 36, 6, 138, 285
    sh.rect(x0, y0, W, H, width_mm=0, fill=(236, 229, 221))
    for i in range(0, int(H), 9):
        for j in range(0, int(W), 9):
            if (i // 9 + j // 9) % 3 == 0:
                sh.rect(x0 + j + 3, y0 + i + 3, 1.2, 1.2, width_mm=0, fill=(226, 218, 208))
    sh.rect(x0, y0, W, 7, width_mm=0, fill=(6, 82, 72))
    sh.text(x0 + 4, y0 + 1.4, f"{when:%H:%M}", font="sans3", size_pt=7, color=(255, 255, 255))
    sh.text(x0 + W - 4, y0 + 1.4, f"4G  {rng.randint(18, 96)} %", font="sans3", size_pt=7, color=(255, 255, 255),
            anchor="right")
    sh.rect(x0, y0 + 7, W, 14, width_mm=0, fill=(7, 94, 84))
    sh.text(x0 + 3, y0 + 10, "←", font="sans3", size_pt=12, color=(255, 255, 255))
    sh.rect(x0 + 12, y0 + 9, 10, 10, width_mm=0, fill=(190, 200, 196))
    sh.text(x0 + 17, y0 + 10.6, contact[:1].upper(), font="sans3", size_pt=11, bold=True, color=(90, 100, 96),
            anchor="center")
    sh.text(x0 + 25, y0 + 9.5, contact, font="sans3", size_pt=fit(contact, "sans3", 10, W - 60, True), bold=True,
            color=(255, 255, 255))
    sh.text(x0 + 25, y0 + 14.6, "en ligne", font="sans3", size_pt=7, color=(210, 235, 230))
    y = y0 + 26
    sh.rect(x0 + W / 2 - 14, y, 28, 5, width_mm=0, fill=(225, 243, 251))
    sh.text(x0 + W / 2, y + 0.8, "AUJOURD'HUI", font="sans3", size_pt=6.5, color=(80, 100, 110), anchor="center")
    y += 9
    t = when
    for img in photos:
        bw = W - 20
        ph = bw * img.height / img.width
        sh.rect(x0 + 16, y, bw + 2, ph + 8, width_mm=0, fill=(255, 255, 255))
        sh.image(x0 + 17, y + 1, bw, ph, img)
        t = t + datetime.timedelta(minutes=rng.randint(0, 2))
        sh.text(x0 + 16 + bw - 2, y + ph + 2.4, f"{t:%H:%M}", font="sans3", size_pt=6.5, color=(120, 120, 120),
                anchor="right")
        y += ph + 12
    if note:
        nw = min(W - 30, sh.text_width(note, font="sans3", size_pt=9) + 16)
        sh.rect(x0 + 4, y, nw, 9, width_mm=0, fill=(255, 255, 255))
        sh.text(x0 + 7, y + 2, note, font="sans3", size_pt=9)
    sh.rect(x0, y0 + H - 12, W, 12, width_mm=0, fill=(240, 240, 240))
    sh.rect(x0 + 4, y0 + H - 10, W - 22, 8, width_mm=0, fill=(255, 255, 255))
    sh.text(x0 + 8, y0 + H - 8.4, "Message", font="sans3", size_pt=8, color=(150, 150, 150))
    sh.rect(x0 + W - 15, y0 + H - 10.5, 9, 9, width_mm=0, fill=(0, 168, 132))
    return sh


# --------------------------------------------------------------------------- passports

def _df_civ(d):
    return f"{d.day:02d} {_MOIS3[d.month - 1]}/{_EN3[d.month - 1]} {d.year}"


def _df_cmr(d):
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def _df_tur(d):
    return f"{d.day:02d} {_TR3[d.month - 1]}/{_EN3[d.month - 1]} {d.year % 100:02d}"


def _df_sur(d):
    return f"{d.day:02d} {_NL3[d.month - 1]}/{_EN3[d.month - 1]} {d.year}"


_PP = {
    "CIV": dict(state="RÉPUBLIQUE DE CÔTE D'IVOIRE", state2="REPUBLIC OF CÔTE D'IVOIRE", motto="Union – Discipline – "
                "Travail", col=(214, 108, 0), col2=(0, 140, 84), tint=(250, 241, 226), nat="IVOIRIENNE",
                caps=["TYPE", "CODE", "PASSEPORT N° / PASSPORT NO", "NOM / SURNAME", "PRÉNOMS / GIVEN NAMES",
                      "NATIONALITÉ / NATIONALITY", "DATE DE NAISSANCE / DATE OF BIRTH", "SEXE / SEX",
                      "LIEU DE NAISSANCE / PLACE OF BIRTH", "DÉLIVRÉ LE / DATE OF ISSUE",
                      "EXPIRE LE / DATE OF EXPIRY", "AUTORITÉ / AUTHORITY"],
                auth="ONECI ABIDJAN", years=5, df=_df_civ, num=lambda r: f"{r.randint(17, 24)}AD{_digits(r, 5)}"),
    "CMR": dict(state="RÉPUBLIQUE DU CAMEROUN", state2="REPUBLIC OF CAMEROON", motto="Paix – Travail – Patrie / "
                "Peace – Work – Fatherland", col=(0, 110, 60), col2=(196, 30, 40), tint=(236, 244, 234),
                nat="CAMEROUNAISE / CAMEROONIAN",
                caps=["Type", "Code", "N° Passeport / Passport No", "Nom / Surname", "Prénoms / Given names",
                      "Nationalité / Nationality", "Date de naissance / Date of birth", "Sexe / Sex",
                      "Lieu de naissance / Place of birth", "Date de délivrance / Date of issue",
                      "Date d'expiration / Date of expiry", "Autorité / Authority"],
                auth="DGSN", years=5, df=_df_cmr, num=lambda r: "AA" + _digits(r, 7)),
    "TUR": dict(state="TÜRKİYE CUMHURİYETİ", state2="REPUBLIC OF TÜRKİYE", motto="PASAPORT / PASSPORT",
                col=(124, 18, 36), col2=(124, 18, 36), tint=(244, 236, 238), nat="T.C. / TURKISH",
                caps=["Tipi / Type", "Ülke kodu / Code", "Pasaport No / Passport No", "Soyadı / Surname",
                      "Adı / Given names", "Uyruğu / Nationality", "Doğum tarihi / Date of birth", "Cinsiyeti / Sex",
                      "Doğum yeri / Place of birth", "Veriliş tarihi / Date of issue",
                      "Geçerlilik tarihi / Date of expiry", "Makam / Authority"],
                auth="NÜFUS MÜD.", years=10, df=_df_tur, num=lambda r: "U" + _digits(r, 8)),
    "SUR": dict(state="REPUBLIEK SURINAME", state2="REPUBLIC OF SURINAME", motto="Justitia – Pietas – Fides",
                col=(22, 96, 48), col2=(180, 20, 40), tint=(238, 243, 236), nat="SURINAAMSE / SURINAMESE",
                caps=["Type", "Code", "Paspoortnr. / Passport No.", "Naam / Surname", "Voornamen / Given names",
                      "Nationaliteit / Nationality", "Geboortedatum / Date of birth", "Geslacht / Sex",
                      "Geboorteplaats / Place of birth", "Datum afgifte / Date of issue",
                      "Geldig tot / Date of expiry", "Autoriteit / Authority"],
                auth="ID-DIENSTEN PARAMARIBO", years=5, df=_df_sur, num=lambda r: "P" + _digits(r, 7)),
}


def _pp_data(code, person, rng, issue_date, expiry_date, break_check, mrz_override, number):
    cfg = _PP[code]
    issue, expiry = _dates(rng, issue_date, expiry_date, cfg["years"])
    number = number or cfg["num"](rng)
    md = _mrz_data(person, mrz_override)
    lines = M.td3(issuing=code, surname=md["surname"], given=md["given_names"], number=md.get("number", number[-9:]),
                  nationality=md["nationality"], birth_date=md["birth_date"], sex=md["sex"], expiry=expiry,
                  break_check=break_check)
    return issue, expiry, number, lines


def _pp_page(code, person, rng, number, issue, expiry, lines) -> Sheet:
    """The data page of this part: a narrow band down the left edge carrying the document's name turned on its
    side, the photo at the RIGHT with a small ghost image under it, the captions in small capitals in the state's
    colour with the value on the line below, three fields per row, the number repeated in red at the top right,
    and the holder's signature across the lower left."""
    cfg = _PP[code]
    col, f, cf = cfg["col"], "sans6", "narrow"
    s = Sheet(125, 88)
    s.rect(0, 0, 125, 88, width_mm=0, fill=cfg["tint"])
    for k in range(0, 88, 3):
        s.rule(0, k, 125, k + 1.5, width_mm=0.05, color=tuple(max(0, v - 12) for v in cfg["tint"]))
    s.rect(0, 0, 7, 60, width_mm=0, fill=col)
    band = Image.new("RGBA", (600, 60), (0, 0, 0, 0))
    from .paper import _font_path, _pil_font
    ImageDraw.Draw(band).text((8, 10), "PASSEPORT · PASSPORT" if code != "TUR" else "PASAPORT · PASSPORT",
                              font=_pil_font(_font_path("sans6", bold=True), 36), fill=(255, 255, 255, 255))
    band = band.rotate(90, expand=True)
    s.image(1.2, 4, 4.6, 46, band)
    s.text(11, 2.2, glyphs(cfg["state"], f), font=f, size_pt=6.6, bold=True, color=col)
    s.text(11, 6.0, glyphs(cfg["state2"], f), font=f, size_pt=4.6, color=(70, 70, 70))
    s.text(11, 9.2, glyphs(cfg["motto"], f), font=f, size_pt=3.8, italic=False, color=(110, 110, 110))
    s.text(121, 2.4, number, font="sans6", size_pt=7.2, bold=True, color=(190, 30, 30), anchor="right")
    s.photo(93, 14, 28, 36, rng)
    gh = Image.new("RGBA", (120, 150), (0, 0, 0, 0))
    ph = Image.new("L", (120, 150), 0)
    ImageDraw.Draw(ph).ellipse([25, 20, 95, 110], fill=60)
    ImageDraw.Draw(ph).rectangle([10, 100, 110, 150], fill=60)
    gh.putalpha(ph)
    s.image(100, 51, 12, 15, gh)
    vals = ["P", code, number, person.surname.upper(), person.given_names.upper(), cfg["nat"],
            cfg["df"](person.birth_date), person.sex, strip_accents(person.birth_place).upper(), cfg["df"](issue),
            cfg["df"](expiry), cfg["auth"]]
    grid = [(11, 14, 0, 10), (24, 14, 1, 14), (41, 14, 2, 48),
            (11, 21, 3, 78), (11, 28, 4, 78),
            (11, 35, 5, 40), (54, 35, 6, 36),
            (11, 42, 7, 12), (26, 42, 8, 62),
            (11, 49, 9, 38), (52, 49, 10, 38)]
    for x, y, i, w in grid:
        cap = glyphs(cfg["caps"][i], cf)
        s.text(x, y, cap, font=cf, size_pt=fit(cap, cf, 3.6, w), color=col)
        v = glyphs(vals[i], f)
        s.text(x, y + 1.8, v, font=f, size_pt=fit(v, f, 6.8, w, True), bold=True)
    cap = glyphs(cfg["caps"][11], cf)
    s.text(11, 56, cap + " : " + glyphs(cfg["auth"], cf), font=cf, size_pt=3.8, color=(60, 60, 60))
    s.signature(60, 54, 28, 6, rng, color=(20, 20, 30))
    s.rect(0, 61, 125, 27, width_mm=0, fill=(251, 250, 246))
    for i, ln in enumerate(lines):
        s.text(4.0, 70.5 + i * 5.4, ln, font="ocrb", size_pt=OCR, color=(14, 14, 14))
    return s


def _pp_facing(code: str, rng: random.Random) -> Sheet:
    """The page facing the data page: a printed guilloche, the booklet's serial number, a consular or border
    stamp."""
    cfg = _PP[code]
    s = Sheet(125, 88)
    s.rect(0, 0, 125, 88, width_mm=0, fill=cfg["tint"])
    for k in range(0, 125, 5):
        s.rule(k, 0, 125 - k, 88, width_mm=0.06, color=tuple(max(0, v - 16) for v in cfg["tint"]))
    s.text(62.5, 6, {"CIV": "VISAS", "CMR": "VISAS / VISAS", "TUR": "VİZELER / VISAS", "SUR": "VISA / VISAS"}[code],
           font="sans6", size_pt=5.5, anchor="center", color=(120, 120, 120))
    s.stamp(rng.uniform(14, 58), rng.uniform(22, 44), ["SCHENGEN", rng.choice(["BRUXELLES-ZAVENTEM", "CHARLEROI",
                                                                             "SCHIPHOL"]), "ENTRÉE"],
            rng, shape="rect", size_mm=28, color=STB, angle=rng.uniform(-12, 12))
    return s


def _passport(code: str, habit: str):
    def make(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, crop=False,
             number=None, annotate=None, **opts):
        issue, expiry, number, lines = _pp_data(code, person, rng, issue_date, expiry_date, break_check,
                                                mrz_override, number)
        page = _pp_page(code, person, rng, number, issue, expiry, lines)
        if crop:
            return [page]
        if habit == "chat":
            # the client sent a photo of the data page through a chat app; the office printed the screenshot
            img = camera_photo(page, rng, dpi=250, bg=(104, 84, 70), margin=0.07, tilt=0.02)
            when = datetime.datetime(2026, 11, rng.randint(3, 26), rng.randint(8, 21), rng.randint(0, 59))
            sh = whatsapp_print([img], rng, contact=f"{person.given_names.split()[0]} {person.surname}", when=when,
                                note=rng.choice(["voilà le passeport", "Maître voici la page", "passeport ok ?"]))
            if annotate:
                sh.handwriting(40, 268, annotate, rng, size_pt=12)
            return [sh]
        if habit == "sideways":
            # the open booklet laid sideways on the glass, the lid not closed: a dark band along one edge
            spread = Sheet(125, 178)
            paste(spread, _pp_facing(code, rng), 0, 0, dpi=240)
            paste(spread, page, 0, 90, dpi=280)
            spread.rule(0, 89.5, 125, 89.5, width_mm=0.8, color=(90, 90, 90))
            sh = sideways(spread, rng, dpi=260, x=rng.uniform(12, 22), y=rng.uniform(40, 60),
                          turn=rng.choice([90, 270]))
            if annotate:
                sh.handwriting(20, 20, annotate, rng, size_pt=12)
            return [sheet_of(lid_light(sh.render(210), side=rng.choice(["left", "right"]), depth=0.06))]
        if habit == "crumpled":
            sh = Sheet()
            paste(sh, page, 40, 30, k=1.05, dpi=280)
            vu_stamp(sh, 120, 140, rng, lang="fr")
            if annotate:
                sh.handwriting(40, 130, annotate, rng, size_pt=12)
            return [sheet_of(crumpled(sh.render(210), rng, n=rng.randint(7, 11)))]
        # "band": copied at the top left of the glass, a rubber band's shadow across the lower half
        sh = Sheet()
        paste(sh, page, 14, 14, dpi=280)
        sh.handwriting(150, 30, "kopie pas", rng, size_pt=12, font="hand2", color=INK)
        if annotate:
            sh.handwriting(14, 110, annotate, rng, size_pt=12)
        return [sheet_of(rubber_band(sh.render(210), rng))]
    return make


_register("passport-td3-civ-chatfoto-schermafdruk-op-a4-30", "identity-document", PART, "fr/en",
          _passport("CIV", "chat"), country="CIV", mrz="TD3", photo=True,
          notes="Ivorian passport: the client's chat photo printed as a phone screenshot on A4")
_register("passport-td3-cmr-boekje-zijwaarts-deksel-open-30", "identity-document", PART, "fr/en",
          _passport("CMR", "sideways"), country="CMR", mrz="TD3", photo=True,
          notes="Cameroonian passport: the open booklet laid sideways on the glass, light under the lid")
_register("passport-td3-tur-verfrommeld-papier-vu-stempel-30", "identity-document", PART, "tr/en",
          _passport("TUR", "crumpled"), country="TUR", mrz="TD3", photo=True,
          notes="Turkish passport copied on paper that was crumpled, the office's 'vu l'original' stamp")
_register("passport-td3-sur-linksboven-elastiekschaduw-30", "identity-document", PART, "nl/en",
          _passport("SUR", "band"), country="SUR", mrz="TD3", photo=True,
          notes="Surinamese passport at the top left of the glass, a rubber band's shadow across the page")


# --------------------------------------------------------------------------- identity cards

def idcard_civ(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, crop=False,
               annotate=None, **opts):
    """Côte d'Ivoire's national identity card (NNI): the front with the photo at the left under an orange and
    green ribbon, the data at the right with the NNI in bold; the back with the address, profession and the
    MRZ. Both sides pasted one under the other in the middle of the page, the page crumpled."""
    issue, expiry = _dates(rng, issue_date, expiry_date, 10)
    nni = _digits(rng, 11)
    num = "CI" + _digits(rng, 7)
    md = _mrz_data(person, mrz_override)
    lines = M.td1(doc_code="ID", issuing="CIV", number=md.get("number", num), nationality=md["nationality"],
                  birth_date=md["birth_date"], sex=md["sex"], expiry=expiry, surname=md["surname"],
                  given=md["given_names"], optional1=nni, break_check=break_check)
    f = "sans6"
    fr = Sheet(85.6, 54)
    fr.rect(0, 0, 85.6, 54, width_mm=0, fill=(250, 244, 232))
    fr.rect(0, 0, 85.6, 3, width_mm=0, fill=(230, 120, 0))
    fr.rect(0, 3, 85.6, 1.5, width_mm=0, fill=(0, 150, 80))
    fr.text(42.8, 5.5, "RÉPUBLIQUE DE CÔTE D'IVOIRE", font=f, size_pt=5.6, bold=True, anchor="center")
    fr.text(42.8, 8.6, "CARTE NATIONALE D'IDENTITÉ", font=f, size_pt=4.6, anchor="center", color=(200, 100, 0))
    fr.photo(3, 12, 21, 27, rng)
    rows = [("NOM", person.surname.upper()), ("PRÉNOMS", person.given_names.upper()),
            ("DATE DE NAISSANCE", person.birth_date.strftime("%d/%m/%Y")),
            ("LIEU DE NAISSANCE", strip_accents(person.birth_place).upper()),
            ("SEXE", person.sex), ("NATIONALITÉ", "IVOIRIENNE")]
    y = 12
    for a, b in rows:
        fr.text(27, y, a, font="narrow", size_pt=2.9, color=(150, 80, 0))
        fr.text(27, y + 1.3, b, font=f, size_pt=fit(b, f, 4.8, 55, True), bold=True)
        y += 5.2
    fr.text(27, y + 0.5, f"NNI {nni}", font=f, size_pt=5.2, bold=True)
    fr.signature(3, 42, 22, 7, rng, color=INK2)
    fr.text(58, 48, f"Expire le {expiry.strftime('%d/%m/%Y')}", font=f, size_pt=3.8)
    bk = Sheet(85.6, 54)
    bk.rect(0, 0, 85.6, 54, width_mm=0, fill=(246, 244, 236))
    for i, (a, b) in enumerate((("DOMICILE", rng.choice(["ABIDJAN COCODY", "ABIDJAN YOPOUGON", "BOUAKÉ", "DALOA"])),
                                ("PROFESSION", rng.choice(["COMMERÇANT(E)", "ÉLÈVE", "MÉNAGÈRE", "CHAUFFEUR"])),
                                ("DÉLIVRÉE LE", issue.strftime("%d/%m/%Y")), ("N° CARTE", num))):
        bk.text(3 + (i % 2) * 40, 2.5 + (i // 2) * 6.5, a, font="narrow", size_pt=2.9, color=(120, 120, 120))
        bk.text(3 + (i % 2) * 40, 3.8 + (i // 2) * 6.5, glyphs(b, f), font=f, size_pt=4.4, bold=True)
    barcode(bk, 3, 17, 40, 7, nni)
    for i, ln in enumerate(lines):
        bk.text(3, 33 + i * 5.4, ln, font="ocrb", size_pt=OCR, color=(12, 12, 12))
    if crop:
        return [fr, bk]
    sh = Sheet()
    paste(sh, fr, 62, 36, dpi=300)
    paste(sh, bk, 62, 100, dpi=300)
    sh.handwriting(150, 52, "recto", rng, size_pt=11, font="hand1", color=INK)
    sh.handwriting(150, 116, "verso", rng, size_pt=11, font="hand1", color=INK)
    if annotate:
        sh.handwriting(62, 168, annotate, rng, size_pt=12)
    return [sheet_of(crumpled(sh.render(210), rng, n=rng.randint(6, 9), k=0.13))]


def idcard_cmr(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, crop=False,
               annotate=None, **opts):
    """Cameroon's biometric national identity card (bilingual): two phone photos of the card, front and back, on
    a dark table, printed side by side on a landscape A4 sheet."""
    issue, expiry = _dates(rng, issue_date, expiry_date, 10)
    num = _digits(rng, 9)
    md = _mrz_data(person, mrz_override)
    lines = M.td1(doc_code="ID", issuing="CMR", number=md.get("number", num), nationality=md["nationality"],
                  birth_date=md["birth_date"], sex=md["sex"], expiry=expiry, surname=md["surname"],
                  given=md["given_names"], break_check=break_check)
    f = "sans6"
    fr = Sheet(85.6, 54)
    fr.rect(0, 0, 85.6, 54, width_mm=0, fill=(238, 246, 238))
    for k, c in enumerate(((0, 122, 94), (206, 17, 38), (252, 209, 22))):
        fr.rect(0, 7 + k * 1.2, 85.6, 1.2, width_mm=0, fill=c)
    fr.text(42.8, 1.2, "RÉPUBLIQUE DU CAMEROUN · REPUBLIC OF CAMEROON", font=f, size_pt=4.2, bold=True,
            anchor="center")
    fr.text(42.8, 4.2, "CARTE NATIONALE D'IDENTITÉ / NATIONAL IDENTITY CARD", font=f, size_pt=3.4, anchor="center")
    fr.photo(61, 13, 21, 27, rng)
    rows = [("NOM / SURNAME", person.surname.upper()), ("PRÉNOMS / GIVEN NAMES", person.given_names.upper()),
            ("DATE DE NAISSANCE / DATE OF BIRTH", person.birth_date.strftime("%d.%m.%Y")),
            ("LIEU DE NAISSANCE / PLACE OF BIRTH", strip_accents(person.birth_place).upper()),
            ("SEXE / SEX", person.sex), ("NATIONALITÉ / NATIONALITY", "CAMEROUNAISE / CAMEROONIAN")]
    y = 12.5
    for a, b in rows:
        fr.text(3, y, a, font="narrow", size_pt=2.7, color=(0, 100, 70))
        fr.text(3, y + 1.2, b, font=f, size_pt=fit(b, f, 4.6, 55, True), bold=True)
        y += 5.4
    fr.signature(61, 42, 21, 7, rng, color=INK2)
    bk = Sheet(85.6, 54)
    bk.rect(0, 0, 85.6, 54, width_mm=0, fill=(242, 244, 240))
    for i, (a, b) in enumerate((("DATE DE DÉLIVRANCE / DATE OF ISSUE", issue.strftime("%d.%m.%Y")),
                                ("DATE D'EXPIRATION / DATE OF EXPIRY", expiry.strftime("%d.%m.%Y")),
                                ("POSTE D'IDENTIFICATION / IDENTIFICATION POST",
                                 rng.choice(["YAOUNDÉ I", "DOUALA III", "BAFOUSSAM", "GAROUA"])),
                                ("N° / No.", num))):
        bk.text(3, 2.3 + i * 5.4, a, font="narrow", size_pt=2.7, color=(100, 100, 100))
        bk.text(3, 3.5 + i * 5.4, glyphs(b, f), font=f, size_pt=4.4, bold=True)
    qr(bk, 64, 2, 18, num)
    for i, ln in enumerate(lines):
        bk.text(3, 33 + i * 5.4, ln, font="ocrb", size_pt=OCR, color=(12, 12, 12))
    if crop:
        return [fr, bk]
    sh = Sheet(297, 210)
    for j, side in enumerate((fr, bk)):
        img = camera_photo(side, rng, dpi=330, bg=(48, 44, 42), margin=0.12, tilt=0.03)
        w = 132
        sh.image(10 + j * 144, 30, w, w * img.height / img.width, img)
    sh.text(12, 14, glyphs("Photos CNI (recto / verso) reçues par e-mail du client", "sans2"), font="sans2",
            size_pt=9, color=GREY)
    if annotate:
        sh.handwriting(12, 180, annotate, rng, size_pt=12)
    return [sh]


_register("idcard-td1-civ-nni-recto-onder-verso-verfrommeld-30", "identity-document", PART, "fr", idcard_civ,
          country="CIV", mrz="TD1", photo=True, notes="Ivorian NNI card, front above back, crumpled page")
_register("idcard-td1-cmr-twee-fotos-liggend-a4-30", "identity-document", PART, "fr/en", idcard_cmr,
          country="CMR", mrz="TD1", photo=True, notes="Cameroonian card, two phone photos on a landscape A4")


# --------------------------------------------------------------------------- Dutch residence document

def permit_nl(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, purpose=None,
              v_number=None, crop=False, **opts):
    """A Dutch residence document as the client e-mailed it: two phone photos (front, back) on a kitchen table,
    printed one under the other at the left of the page, with the e-mail's subject line typed above them."""
    issue, expiry = _dates(rng, issue_date, expiry_date, rng.choice([1, 5]))
    number = rng.choice("NRWX") + rng.choice("BCDFGHJKLMNPRSTVWXYZ") + _digits(rng, 7)
    purpose = purpose or rng.choice(["verblijf bij partner", "medische behandeling", "humanitair tijdelijk"])
    md = _mrz_data(person, mrz_override)
    lines = M.td1(doc_code="IR", issuing="NLD", number=md.get("number", number), nationality=md["nationality"],
                  birth_date=md["birth_date"], sex=md["sex"], expiry=expiry, surname=md["surname"],
                  given=md["given_names"], break_check=break_check)
    vnr = v_number or person.v_number or _digits(rng, 10)
    f = "sans4"
    fr = Sheet(85.6, 54)
    fr.rect(0, 0, 85.6, 54, width_mm=0, fill=(232, 236, 248))
    fr.text(3, 1.5, "VERBLIJFSDOCUMENT", font=f, size_pt=5.6, bold=True, color=(30, 50, 120))
    fr.text(3, 4.6, "KONINKRIJK DER NEDERLANDEN", font=f, size_pt=3.6, color=(60, 60, 90))
    fr.photo(3, 10, 22, 29, rng)
    rows = [("Naam", person.surname.upper()), ("Voornamen", person.given_names.upper()),
            ("Geboortedatum", person.birth_date.strftime("%d %m %Y")), ("Nationaliteit", md["nationality"]),
            ("Geslacht", person.sex), ("Geldig tot", expiry.strftime("%d %m %Y")), ("Documentnr.", number)]
    y = 9.5
    for a, b in rows:
        fr.text(28, y, a, font=f, size_pt=2.9, color=(90, 90, 110))
        fr.text(28, y + 1.2, b, font=f, size_pt=fit(b, f, 4.8, 54, True), bold=True)
        y += 5.8
    bk = Sheet(85.6, 54)
    bk.rect(0, 0, 85.6, 54, width_mm=0, fill=(236, 238, 246))
    bk.text(3, 2.5, f"Verblijfsvergunning regulier – {purpose}"[:56], font=f, size_pt=3.8, bold=True)
    bk.text(3, 7, f"VNR {vnr}", font=f, size_pt=5.2, bold=True)
    bk.text(3, 12, f"Datum afgifte {issue.strftime('%d %m %Y')}", font=f, size_pt=3.8)
    bk.text(3, 16, "arbeid toegestaan, TWV niet vereist" if "partner" in purpose else "arbeid niet toegestaan",
            font=f, size_pt=3.8)
    for i, ln in enumerate(lines):
        bk.text(3, 33 + i * 5.4, ln, font="ocrb", size_pt=OCR)
    if crop:
        return [fr, bk]
    sh = Sheet()
    sh.text(18, 14, f"Van: {person.given_names.split()[0].lower()}.{strip_accents(person.surname).split()[0].lower()}"
            f"@gmail.com", font="sans2", size_pt=8.5, color=GREY)
    sh.text(18, 18.5, "Onderwerp: verblijfspas voor en achter", font="sans2", size_pt=8.5, color=GREY)
    sh.rule(18, 23, 192, 23, width_mm=0.15, color=(180, 180, 180))
    for j, side in enumerate((fr, bk)):
        img = camera_photo(side, rng, dpi=320, bg=(196, 184, 160), margin=0.1, tilt=0.025)
        w = 120
        sh.image(18, 30 + j * 96, w, w * img.height / img.width, img)
    return [sh]


_register("permit-nl-verblijfspas-twee-fotos-onder-elkaar-mailkop-30", "identity-document", PART, "nl", permit_nl,
          country="NLD", mrz="TD1", photo=True, notes="Dutch residence card: two phone photos under an e-mail header")


# --------------------------------------------------------------------------- birth certificates

def _par(person, father, mother):
    return father or person.father or "—", mother or person.mother or "—"


def birth_civ(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Côte d'Ivoire: the 'extrait du registre des actes de l'état civil' on pale orange paper: the register's
    number and year in a narrow left column, the birth stated in a typed paragraph with the date in words, a
    right-hand column 'MENTIONS (éventuellement)' reading 'NÉANT', the officer's signature under the round stamp
    of the mairie at the foot."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(30, 400))
    act = act_date or person.birth_date + datetime.timedelta(days=rng.randint(3, 40))
    fa, mo = _par(person, father, mother)
    sh = Sheet(paper="salmon")
    f, tf = "serif5", "typewriter"
    com = rng.choice(["Cocody", "Yopougon", "Treichville", "Abobo", "Bouaké", "Daloa"])
    for i, t in enumerate(("RÉPUBLIQUE DE CÔTE D'IVOIRE", "Union – Discipline – Travail",
                           f"Commune de {com}", "ÉTAT CIVIL – Centre principal")):
        sh.text(20, 12 + i * 4.6, t, font=f, size_pt=10 if i == 0 else 8.5, bold=(i == 0))
    sh.text(190, 12, "EXTRAIT", font=f, size_pt=14, bold=True, anchor="right")
    sh.text(190, 19, "du registre des actes de l'état civil", font=f, size_pt=8.5, anchor="right")
    sh.text(190, 23.5, f"pour l'année {act.year}", font=f, size_pt=8.5, anchor="right")
    sh.rule(20, 34, 190, 34, width_mm=0.5)
    sh.rect(20, 40, 34, 80, width_mm=0.3)
    for i, t in enumerate(("N°", str(rng.randint(10, 4999)), "DU", act.strftime("%d/%m/%Y"), "DU REGISTRE",
                           "", "NAISSANCE DE", "")):
        sh.text(37, 44 + i * 6, t, font=tf if i in (1, 3) else f, size_pt=9 if i not in (1, 3) else 10,
                bold=i in (1, 3), anchor="center")
    sh.text(37, 86, glyphs(person.surname.upper(), tf), font=tf, size_pt=fit(person.surname.upper(), tf, 10, 30),
            anchor="center", bold=True)
    sh.text(37, 92, glyphs(person.given_names, tf), font=tf, size_pt=fit(person.given_names, tf, 9, 30),
            anchor="center")
    body = (f"Le {fr_date_words(person.birth_date)}, à {rng.randint(0, 23)} heures, est né(e) à "
            f"{person.birth_place} {person.surname.upper()} {person.given_names}, de sexe "
            f"{'masculin' if person.sex == 'M' else 'féminin'}, fils/fille de {fa}, et de {mo}.")
    y = sh.paragraph(60, 42, 86, glyphs(body, tf), font=tf, size_pt=10, leading=1.55)
    sh.rect(150, 40, 40, 80, width_mm=0.3)
    sh.text(170, 42, "MENTIONS", font=f, size_pt=8, bold=True, anchor="center")
    sh.text(170, 46, "(éventuellement)", font=f, size_pt=7, anchor="center")
    for i, t in enumerate(("Marié(e) le : NÉANT", "avec : NÉANT", "Divorcé(e) : NÉANT", "Décédé(e) : NÉANT")):
        sh.text(152, 56 + i * 9, t, font=tf, size_pt=7.4)
    y = max(y, 124)
    sh.paragraph(20, y + 4, 170, "Certifié le présent extrait conforme aux indications portées au registre.",
                 font=f, size_pt=10)
    sh.text(20, y + 14, f"Délivré à {com}, le {issue.strftime('%d/%m/%Y')}", font=f, size_pt=10)
    sh.text(140, y + 24, "L'Officier de l'état civil", font=f, size_pt=10, anchor="center")
    sh.stamp(110 + rng.uniform(0, 10), y + 27, [f"MAIRIE DE {strip_accents(com).upper()}", "ÉTAT CIVIL",
                                                "CÔTE D'IVOIRE"], rng, shape="round", size_mm=30, color=STB,
             angle=rng.uniform(-20, 20))
    sh.signature(128, y + 34, 36, 12, rng, color=INK)
    sh.text(20, 282, "Timbre fiscal : 500 F CFA – acquitté", font=f, size_pt=7.5, color=GREY)
    return [sh]


def birth_cmr(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Cameroon: a computer-printed 'ACTE DE NAISSANCE / BIRTH CERTIFICATE' of the national civil-status bureau:
    every label in French with its English under it in italics, the values in bold capitals in a ruled grid, the
    civil-status secretary and the officer signing side by side at the foot, a red 'copie certifiée conforme'
    stamp at the top right."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(30, 400))
    act = act_date or person.birth_date + datetime.timedelta(days=rng.randint(3, 40))
    fa, mo = _par(person, father, mother)
    sh = Sheet()
    f = "sans2"
    cen = rng.choice(["Yaoundé I", "Yaoundé VI", "Douala III", "Bafoussam I", "Dschang", "Garoua II"])
    sh.text(20, 12, "RÉPUBLIQUE DU CAMEROUN", font=f, size_pt=9.5, bold=True)
    sh.text(20, 16.5, "Paix – Travail – Patrie", font=f, size_pt=7.5, italic=True)
    sh.text(190, 12, "REPUBLIC OF CAMEROON", font=f, size_pt=9.5, bold=True, anchor="right")
    sh.text(190, 16.5, "Peace – Work – Fatherland", font=f, size_pt=7.5, italic=True, anchor="right")
    crest(sh, 98, 10, 14, (0, 110, 70), kind="star")
    sh.text(105, 27, f"Centre d'état civil de {cen} / Civil Status Registration Centre of {cen}", font=f,
            size_pt=8.5, anchor="center")
    sh.text(105, 36, "ACTE DE NAISSANCE", font=f, size_pt=15, bold=True, anchor="center")
    sh.text(105, 43, "BIRTH CERTIFICATE", font=f, size_pt=10, italic=True, anchor="center")
    sh.text(105, 49, f"N° {rng.randint(100, 9999)}/{act.year}/CEC/{strip_accents(cen).split()[0].upper()[:3]}",
            font=f, size_pt=9.5, anchor="center")
    rows = [("Nom de l'enfant", "Surname of the child", person.surname.upper()),
            ("Prénoms de l'enfant", "Given names of the child", person.given_names.upper()),
            ("Date de naissance", "Date of birth", person.birth_date.strftime("%d/%m/%Y")),
            ("Lieu de naissance", "Place of birth", strip_accents(person.birth_place).upper()),
            ("Sexe", "Sex", "MASCULIN / MALE" if person.sex == "M" else "FÉMININ / FEMALE"),
            ("Nom du père", "Father's name", strip_accents(fa).upper()),
            ("Nom de la mère", "Mother's name", strip_accents(mo).upper()),
            ("Date de l'acte", "Date of registration", act.strftime("%d/%m/%Y")),
            ("Déclarant", "Declarant", rng.choice(["LE PÈRE / THE FATHER", "LA MÈRE / THE MOTHER"]))]
    y = 58
    for a, b, v in rows:
        sh.rect(20, y, 62, 12, width_mm=0.25, fill=(240, 246, 240))
        sh.rect(82, y, 108, 12, width_mm=0.25)
        sh.text(22, y + 1.6, a, font=f, size_pt=9)
        sh.text(22, y + 6.2, b, font=f, size_pt=7.5, italic=True, color=GREY)
        sh.text(85, y + 3.4, glyphs(v, f), font=f, size_pt=fit(glyphs(v, f), f, 10.5, 102, True), bold=True)
        y += 12
    y += 8
    sh.text(20, y, f"Délivré le / Issued on {issue.strftime('%d/%m/%Y')}", font=f, size_pt=9.5)
    for j, (t1, t2) in enumerate((("Le Secrétaire d'état civil", "The Civil Status Secretary"),
                                  ("L'Officier d'état civil", "The Civil Status Registrar"))):
        x = 45 + j * 90
        sh.text(x, y + 10, t1, font=f, size_pt=9, anchor="center")
        sh.text(x, y + 14, t2, font=f, size_pt=7.5, italic=True, anchor="center", color=GREY)
        sh.signature(x - 18, y + 19, 34, 11, rng, color=INK)
    sh.stamp(120, y + 16, [f"CEC {strip_accents(cen).upper()}", "CAMEROUN"], rng, shape="round", size_mm=26,
             color=STG, angle=rng.uniform(-20, 20))
    sh.stamp(150, 60 - 4, ["COPIE CERTIFIÉE", "CONFORME"], rng, shape="rect", size_mm=34, color=STR,
             angle=rng.uniform(-10, 10))
    return [sh]


def birth_tur(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Türkiye: the population register's extract with family members (Vukuatlı Nüfus Kayıt Örneği) printed from
    the e-Government gate: the holder's own row marked 'Kendisi' among the father's and mother's rows of a wide
    table, the gate's barcode and verification line at the foot, no stamp (Turkish only)."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(20, 200))
    fa, mo = _par(person, father, mother)
    sh = Sheet()
    f = "sans6"
    sh.text(20, 12, "e-Devlet Kapısı", font=f, size_pt=12, bold=True, color=(190, 30, 40))
    sh.text(190, 12, glyphs("T.C. İÇİŞLERİ BAKANLIĞI", f), font=f, size_pt=9, bold=True, anchor="right")
    sh.text(190, 16.5, glyphs("Nüfus ve Vatandaşlık İşleri Genel Müdürlüğü", f), font=f, size_pt=7.5,
            anchor="right")
    sh.text(105, 28, glyphs("VUKUATLI NÜFUS KAYIT ÖRNEĞİ", f), font=f, size_pt=13, bold=True, anchor="center")
    il = rng.choice(["ANKARA", "İZMİR", "BURSA", "KONYA", "ADANA", "SİVAS"])
    ilce = rng.choice(["MERKEZ", "ÇANKAYA", "KARŞIYAKA", "OSMANGAZİ", "SEYHAN"])
    sh.text(20, 38, glyphs(f"İl: {il}   İlçe: {ilce}   Mahalle/Köy: {rng.choice(['YENİ', 'CUMHURİYET', 'FATİH'])}"
                           f"   Cilt No: {rng.randint(10, 199)}   Hane No: {rng.randint(1, 900)}", f),
            font=f, size_pt=8.5)
    cols = [(20, "Sıra"), (30, "C"), (36, "Yakınlık"), (56, "T.C. Kimlik No"), (82, "Adı"), (104, "Soyadı"),
            (126, "Baba Adı"), (144, "Ana Adı"), (162, "Doğum Yeri ve Tarihi")]
    y = 46
    sh.rect(20, y, 170, 7, width_mm=0.2, fill=(220, 220, 220))
    for x, t in cols:
        sh.text(x + 1, y + 1.6, glyphs(t, f), font=f, size_pt=6.5, bold=True)
    y += 7
    gp = ("—", "—")
    fam = [("1", "E", "Babası", fa.split()[0], person.surname if person.sex == "M" else fa.split()[-1], gp[0], gp[1],
            f"{rng.choice(['SİVAS', 'KONYA', 'ORDU'])} {person.birth_date.year - rng.randint(24, 36)}"),
           ("2", "K", "Annesi", mo.split()[0], mo.split()[-1], "—", "—",
            f"{rng.choice(['TOKAT', 'MALATYA', 'ÇORUM'])} {person.birth_date.year - rng.randint(20, 32)}"),
           ("3", "E" if person.sex == "M" else "K", "Kendisi", person.given_names, person.surname, fa.split()[0],
            mo.split()[0], f"{person.birth_place} {person.birth_date.strftime('%d.%m.%Y')}")]
    for row in fam:
        me = row[2] == "Kendisi"
        sh.rect(20, y, 170, 8, width_mm=0.15, fill=(248, 242, 214) if me else None)
        vals = [row[0], row[1], row[2], (str(rng.randint(1, 9)) + _digits(rng, 10)), row[3], row[4], row[5], row[6],
                row[7]]
        for (x, _), v in zip(cols, vals):
            w = 22 if x >= 162 else 20
            v = glyphs(str(v).upper() if x in (82, 104, 126, 144) else str(v), f)
            sh.text(x + 1, y + 2.2, v, font=f, size_pt=fit(v, f, 7, w, me), bold=me)
        y += 8
    sh.text(20, y + 4, glyphs("Medeni Hali: " + rng.choice(["Bekar", "Evli"]) + "   Din: —   Olaylar ve Tarihleri: —",
                              f), font=f, size_pt=8)
    y = sh.paragraph(20, y + 14, 170, glyphs("Bu belge 5070 sayılı Elektronik İmza Kanunu çerçevesinde güvenli "
                                             "elektronik imza ile imzalanmıştır. Belgenin doğruluğunu e-Devlet "
                                             "Kapısı'ndaki Barkodlu Belge Doğrulama hizmetini kullanarak "
                                             "kontrol edebilirsiniz.", f), font=f, size_pt=8.5, leading=1.4)
    sh.text(20, y + 4, glyphs(f"Belge Tarihi: {issue.strftime('%d.%m.%Y')} {rng.randint(8, 22):02d}:"
                              f"{rng.randint(0, 59):02d}", f), font=f, size_pt=8.5)
    barcode(sh, 20, 262, 70, 11, person.surname + "30")
    sh.text(20, 275, f"Barkod: NVI{rng.randint(10**9, 10**10 - 1)}", font="mono", size_pt=8)
    sh.text(190, 285, "1/1", font=f, size_pt=7.5, anchor="right", color=GREY)
    return [sh]


def birth_sur(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Suriname: a full copy ('afschrift') of a birth act, written as the act is: one paragraph in Dutch from
    'Heden' to the signatures, typed with wide line spacing, the register's number in the margin, the Central
    Bureau's violet stamp and a signature at the foot."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(30, 400))
    act = act_date or person.birth_date + datetime.timedelta(days=rng.randint(2, 20))
    fa, mo = _par(person, father, mother)
    sh = Sheet(paper="cream")
    f = "typewriter2"
    sh.text(105, 14, "REPUBLIEK SURINAME", font="serif4", size_pt=11, bold=True, anchor="center")
    sh.text(105, 20, "CENTRAAL BUREAU VOOR BURGERZAKEN", font="serif4", size_pt=9, anchor="center")
    sh.text(105, 31, "AFSCHRIFT VAN EEN AKTE VAN GEBOORTE", font="serif4", size_pt=12, bold=True, anchor="center")
    sh.text(22, 44, f"Nr. {rng.randint(100, 9999)}", font=f, size_pt=10)
    sh.text(22, 49, f"{act.year}", font=f, size_pt=10)
    txt = (f"Heden, {nl_long(act)}, is voor mij, ambtenaar van de burgerlijke stand van het district "
           f"{rng.choice(['Paramaribo', 'Wanica', 'Nickerie', 'Commewijne'])}, verschenen {fa}, die verklaarde dat "
           f"op {nl_long(person.birth_date)} te {person.birth_place} is geboren een kind van het "
           f"{'mannelijk' if person.sex == 'M' else 'vrouwelijk'} geslacht, dat de voornamen heeft gekregen van "
           f"{person.given_names} en de geslachtsnaam {person.surname}, uit {fa} en {mo}. Waarvan akte, na "
           f"voorlezing door mij en de aangever ondertekend.")
    y = sh.paragraph(44, 44, 146, txt, font=f, size_pt=10.5, leading=2.0)
    y = sh.paragraph(44, y + 8, 146, f"Voor eensluidend afschrift, Paramaribo, {nl_long(issue)}.", font=f,
                     size_pt=10.5, leading=1.6)
    sh.text(120, y + 8, "De ambtenaar van de burgerlijke stand,", font=f, size_pt=9.5)
    sh.signature(128, y + 14, 40, 13, rng, color=INK)
    sh.stamp(60, y + 6, ["CENTRAAL BUREAU VOOR BURGERZAKEN", "SURINAME"], rng, shape="round", size_mm=32,
             color=STV, angle=rng.uniform(-15, 15))
    return [sh]


_register("birth-civ-extrait-zalmpapier-linkerkolom-vermeldingen-30", "birth-certificate", PART, "fr", birth_civ,
          country="CIV")
_register("birth-cmr-tweetalig-raster-twee-handtekeningen-30", "birth-certificate", PART, "fr", birth_cmr,
          country="CMR")
_register("birth-tur-vukuatli-edevlet-familietabel-barcode-30", "birth-certificate", PART, "tr", birth_tur,
          country="TUR")
_register("birth-sur-afschrift-akte-proza-dubbele-regelafstand-30", "birth-certificate", PART, "nl", birth_sur,
          country="SUR")


# --------------------------------------------------------------------------- Belgian extracts (birth, marriage)

_BE = [("Liège", "fr", "4000"), ("Charleroi", "fr", "6000"), ("Gent", "nl", "9000"), ("Leuven", "nl", "3000"),
       ("Ixelles", "fr", "1050"), ("Aalst", "nl", "9300")]


def _be_extract(kind: str):
    """A commune's extract from the civil-status database printed on the city's letterhead: a coloured band down
    the left edge with the city's name turned upright in it, the act told in two or three short paragraphs
    rather than a table, the database reference in a grey box at the top right, a round blue electronic seal
    printed at the foot beside the officer's name."""
    def make(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, spouse=None,
             marriage_date=None, **opts):
        issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(20, 200))
        city, lang, pc = _BE[rng.randrange(len(_BE))]
        f = "serif2"
        col = rng.choice([(20, 70, 130), (120, 30, 50), (30, 100, 80)])
        sh = Sheet()
        sh.rect(0, 0, 14, 297, width_mm=0, fill=col)
        from .paper import _font_path, _pil_font
        lab = Image.new("RGBA", (1400, 90), (0, 0, 0, 0))
        ImageDraw.Draw(lab).text((10, 12), (("VILLE DE " if lang == "fr" else "STAD ") + city.upper()),
                                 font=_pil_font(_font_path("sans4", bold=True), 60), fill=(255, 255, 255, 255))
        lab = lab.rotate(90, expand=True)
        sh.image(4, 60, 6, 93, lab)
        fr = lang == "fr"
        sh.text(24, 16, ("Ville de " if fr else "Stad ") + city, font=f, size_pt=15, bold=True, color=col)
        sh.text(24, 23, "État civil" if fr else "Burgerlijke stand", font=f, size_pt=9.5, color=GREY)
        sh.rect(136, 14, 56, 16, width_mm=0, fill=(236, 236, 236))
        ref = f"{(act_date or marriage_date or issue).year}/{pc}/{rng.randint(100000, 999999)}"
        sh.text(138, 16, "Référence BAEC" if fr else "Referentie DABS", font=f, size_pt=7, color=GREY)
        sh.text(138, 20.5, ref, font=f, size_pt=9.5, bold=True)
        sh.text(138, 25.5, ("Délivré le " if fr else "Afgeleverd op ") + issue.strftime("%d.%m.%Y"), font=f,
                size_pt=7.5)
        title = {("birth", True): "Extrait d'un acte de naissance", ("birth", False): "Uittreksel uit een akte van "
                 "geboorte", ("marriage", True): "Extrait d'un acte de mariage",
                 ("marriage", False): "Uittreksel uit een akte van huwelijk"}[(kind, fr)]
        sh.text(24, 44, title, font=f, size_pt=16, bold=True)
        y = 58
        if kind == "birth":
            fa, mo = _par(person, father, mother)
            paras = ([f"Le {fr_long(person.birth_date)}, à {person.birth_place}, est né(e) :",
                      f"{person.surname.upper()} {person.given_names}, de sexe "
                      f"{'masculin' if person.sex == 'M' else 'féminin'}.",
                      f"Parents : {fa} et {mo}."] if fr else
                     [f"Op {nl_long(person.birth_date)} is te {person.birth_place} geboren:",
                      f"{person.surname.upper()} {person.given_names}, van het "
                      f"{'mannelijk' if person.sex == 'M' else 'vrouwelijk'} geslacht.",
                      f"Ouders: {fa} en {mo}."])
        else:
            wed = marriage_date or TODAY - datetime.timedelta(days=rng.randint(400, 3000))
            q1, q2 = person, spouse
            d2 = (f"{q2.surname.upper()} {q2.given_names}, né(e) le {fr_long(q2.birth_date)} à {q2.birth_place}"
                  if (q2 and fr) else f"{q2.surname.upper()} {q2.given_names}, geboren op {nl_long(q2.birth_date)} "
                  f"te {q2.birth_place}" if q2 else "—")
            paras = ([f"Le {fr_long(wed)}, à {city}, ont contracté mariage :",
                      f"{q1.surname.upper()} {q1.given_names}, né(e) le {fr_long(q1.birth_date)} à {q1.birth_place},",
                      f"et {d2}."] if fr else
                     [f"Op {nl_long(wed)} zijn te {city} in het huwelijk getreden:",
                      f"{q1.surname.upper()} {q1.given_names}, geboren op {nl_long(q1.birth_date)} te "
                      f"{q1.birth_place},", f"en {d2}."])
        for i, p_ in enumerate(paras):
            y = sh.paragraph(24 + (8 if i == 1 else 0), y, 160, p_, font=f, size_pt=11.5 if i == 1 else 11,
                             leading=1.45, bold=(i == 1)) + 5
        y = sh.paragraph(24, y + 6, 160, "Pour extrait conforme." if fr else "Voor eensluidend uittreksel.",
                         font=f, size_pt=10.5) + 8
        g, s = rng.choice([("Véronique", "Hanquet"), ("Bart", "Van Hecke"), ("Naïma", "Ouali"), ("Pieter", "Claes")])
        seal = Image.new("RGBA", (400, 400), (0, 0, 0, 0))
        dd = ImageDraw.Draw(seal)
        dd.ellipse([10, 10, 390, 390], outline=(30, 80, 170, 255), width=14)
        dd.ellipse([70, 70, 330, 330], fill=(30, 80, 170, 60), outline=(30, 80, 170, 255), width=6)
        sh.image(24, y, 26, 26, seal)
        sh.text(37, y + 10, "eSeal", font="sans4", size_pt=8, bold=True, color=(30, 80, 170), anchor="center")
        sh.text(56, y + 4, f"{g} {s}", font=f, size_pt=10.5)
        sh.text(56, y + 9.5, ("Officier de l'état civil délégué" if fr else "Gemachtigd ambtenaar van de "
                              "burgerlijke stand"), font=f, size_pt=9, color=GREY)
        sh.text(56, y + 14.5, ("Document signé électroniquement – art. 10 C. civ." if fr else
                               "Elektronisch ondertekend document – art. 10 BW"), font=f, size_pt=8, color=GREY)
        return [sh]
    return make


_register("birth-be-stadsbriefpapier-kleurband-links-proza-eseal-30", "birth-certificate", PART, "fr/nl",
          _be_extract("birth"), country="BEL")
_register("marriage-be-stadsbriefpapier-kleurband-links-proza-eseal-30", "marriage-certificate", PART, "fr/nl",
          _be_extract("marriage"), country="BEL")


# --------------------------------------------------------------------------- certificates of nationality

def nationality_civ(person, rng, *, issue_date=None, **opts):
    """Côte d'Ivoire: the first-instance court's certificate of nationality: the court's name in a left block, the
    certificate number boxed at the right, 'LE PRÉSIDENT DU TRIBUNAL ... CERTIFIE' in spaced capitals, the holder's
    data after dotted leaders typed on a typewriter, the legal ground quoted, two fiscal stamps glued at the lower
    left and cancelled by the court's stamp, the president's signature at the right."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(40, 700))
    sh = Sheet()
    f, tf = "serif", "typewriter"
    trib = rng.choice(["Abidjan-Plateau", "Yopougon", "Bouaké", "Daloa"])
    for i, t in enumerate(("RÉPUBLIQUE DE CÔTE D'IVOIRE", "Union – Discipline – Travail", "",
                           "COUR D'APPEL D'ABIDJAN", f"TRIBUNAL DE PREMIÈRE INSTANCE", f"D'{trib.upper()}"
                           if trib[0] in "AEIOUY" else f"DE {trib.upper()}")):
        if t:
            sh.text(20, 12 + i * 4.6, t, font=f, size_pt=9.5, bold=(i in (0, 3)))
    sh.rect(140, 20, 50, 14, width_mm=0.4)
    sh.text(165, 22, "N°", font=f, size_pt=8, anchor="center")
    sh.text(165, 27, f"{rng.randint(100, 99999)}/{issue.year}", font=tf, size_pt=10.5, anchor="center")
    sh.text(105, 50, "CERTIFICAT DE NATIONALITÉ IVOIRIENNE", font=f, size_pt=15, bold=True, anchor="center")
    sh.text(105, 60, "LE PRÉSIDENT DU TRIBUNAL CERTIFIE", font=f, size_pt=10.5, anchor="center", letter_spacing=0.8)
    y = 72
    for a, b in (("que M. / Mme", f"{person.surname.upper()} {person.given_names}"),
                 ("né(e) le", fr_long(person.birth_date)), ("à", person.birth_place),
                 ("fils / fille de", person.father or "—"), ("et de", person.mother or "—")):
        w = sh.text(24, y, a, font=f, size_pt=11)
        sh.rule(26 + w, y + 4, 186, y + 4, width_mm=0.15, dash=0.5, color=(100, 100, 100))
        sh.text(30 + w, y - 0.2, glyphs(b, tf), font=tf, size_pt=fit(glyphs(b, tf), tf, 11, 150 - w))
        y += 9
    y = sh.paragraph(24, y + 4, 162, "est Ivoirien(ne) d'origine, en application de l'article 6 du Code de la "
                     "nationalité ivoirienne, comme né(e) en Côte d'Ivoire d'un parent lui-même Ivoirien, ainsi "
                     "qu'il résulte des pièces produites (extrait d'acte de naissance, certificat de nationalité "
                     "du père).", font=f, size_pt=10.5, leading=1.5) + 6
    sh.text(24, y, f"Fait au Palais de Justice d'{trib}" if trib[0] in "AEIOUY" else
            f"Fait au Palais de Justice de {trib}", font=f, size_pt=10.5)
    sh.text(24, y + 5.5, f"le {fr_long(issue)}", font=f, size_pt=10.5)
    sh.text(150, y + 12, "Le Président", font=f, size_pt=10.5, anchor="center")
    sh.signature(130, y + 18, 40, 13, rng, color=INK)
    for k in range(2):
        sh.rect(24 + k * 24, y + 22, 20, 25, width_mm=0.3, color=(110, 60, 40), fill=(238, 222, 200))
        sh.text(34 + k * 24, y + 25, "TIMBRE", font="sans", size_pt=5.5, anchor="center", color=(110, 50, 40))
        sh.text(34 + k * 24, y + 32, "500 F", font="serif", size_pt=9, bold=True, anchor="center",
                color=(110, 50, 40))
    sh.stamp(30, y + 20, ["TRIBUNAL DE PREMIÈRE INSTANCE", strip_accents(trib).upper(), "GREFFE"], rng, shape="round",
             size_mm=32, color=STV, angle=rng.uniform(-20, 20))
    return [sh]


def nationality_cmr(person, rng, *, issue_date=None, **opts):
    """Cameroon: the certificate of nationality as a one-page typed letter of the president of the court with the
    considerations ('Vu ...') set as a list, the holder's identity in bold capitals in the operative sentence, and
    the court's oval stamp over the signature."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(40, 700))
    sh = Sheet()
    f = "serif6"
    trib = rng.choice(["Yaoundé Centre Administratif", "Douala-Bonanjo", "Bafoussam", "Mfoundi"])
    sh.text(20, 12, "RÉPUBLIQUE DU CAMEROUN", font=f, size_pt=10, bold=True)
    sh.text(20, 16.5, "Paix – Travail – Patrie", font=f, size_pt=8, italic=True)
    sh.text(20, 22, "MINISTÈRE DE LA JUSTICE", font=f, size_pt=8.5)
    sh.text(20, 26.5, f"TRIBUNAL DE PREMIÈRE INSTANCE DE {trib.upper()}", font=f, size_pt=8.5)
    sh.text(190, 26.5, f"N° {rng.randint(100, 9999)}/CN/TPI/{issue.year}", font=f, size_pt=9, anchor="right")
    sh.text(105, 44, "CERTIFICAT DE NATIONALITÉ CAMEROUNAISE", font=f, size_pt=14, bold=True, anchor="center")
    y = 56
    y = sh.paragraph(20, y, 170, f"Nous, Président du Tribunal de Première Instance de {trib},", font=f,
                     size_pt=11) + 2
    for v in ("Vu la loi n° 1968-LF-3 du 11 juin 1968 portant Code de la nationalité camerounaise, notamment "
              "en son article 6 ;", "Vu l'acte de naissance de l'intéressé(e) ;",
              "Vu le certificat de nationalité de son père ;", "Vu la requête de l'intéressé(e) ;"):
        y = sh.paragraph(28, y, 162, "– " + v, font=f, size_pt=10.5, leading=1.4) + 1
    y = sh.paragraph(20, y + 4, 170, "Certifions que", font=f, size_pt=11) + 2
    who = (f"{person.surname.upper()} {person.given_names.upper()}, né(e) le "
           f"{person.birth_date.strftime('%d/%m/%Y')} à {strip_accents(person.birth_place).upper()}, fils/fille de "
           f"{strip_accents(person.father or '—').upper()} et de {strip_accents(person.mother or '—').upper()},")
    y = sh.paragraph(28, y, 162, who, font=f, size_pt=11, bold=True, leading=1.45) + 2
    y = sh.paragraph(20, y, 170, "est de nationalité camerounaise d'origine.", font=f, size_pt=11) + 2
    y = sh.paragraph(20, y, 170, "En foi de quoi le présent certificat lui est délivré pour servir et valoir ce "
                     "que de droit.", font=f, size_pt=11) + 8
    sh.text(110, y, f"{trib.split()[0].split('-')[0]}, le {issue.strftime('%d/%m/%Y')}", font=f, size_pt=11)
    sh.text(110, y + 7, "Le Président du Tribunal", font=f, size_pt=11)
    sh.signature(116, y + 13, 44, 14, rng, color=INK)
    sh.stamp(100, y + 8, [f"TPI {strip_accents(trib).upper()[:24]}", "CAMEROUN"], rng, shape="oval", size_mm=40,
             color=STB, angle=rng.uniform(-10, 10))
    return [sh]


_register("nationality-civ-tpi-kaders-stippelleiders-twee-fiscale-zegels-30", "nationality-certificate", PART, "fr",
          nationality_civ, country="CIV")
_register("nationality-cmr-tpi-brief-overwegingen-vu-ovale-stempel-30", "nationality-certificate", PART, "fr",
          nationality_cmr, country="CMR")


# --------------------------------------------------------------------------- consulates' identity certificates

_CONS = {"CIV": dict(name="Consulat Général de Côte d'Ivoire", sub="Bruxelles – Benelux",
                     addr="Avenue Franklin Roosevelt 234, 1050 Bruxelles", col=(214, 108, 0), nat="ivoirienne",
                     title="ATTESTATION CONSULAIRE D'IDENTITÉ", signer="Le Consul Général"),
         "CMR": dict(name="Ambassade de la République du Cameroun", sub="Embassy of the Republic of Cameroon – "
                     "Service consulaire / Consular section", addr="Avenue Brugmann 131, 1190 Bruxelles",
                     col=(0, 110, 60), nat="camerounaise / Cameroonian",
                     title="CERTIFICAT D'IDENTITÉ / IDENTITY CERTIFICATE", signer="Le Chef de Chancellerie")}


def _idcert(code: str):
    """A consulate's identity certificate on a page with a thin coloured frame: the emblem and the mission's name
    centred at the top, the title under a double rule, the photo glued at the top LEFT of the text with the
    consulate's round stamp biting its lower corner, the holder's data as 'label : value' lines beside the photo,
    the basis of the certificate in one paragraph, the consul's signature at the right ABOVE his typed title."""
    E = _CONS[code]

    def make(person, rng, *, issue_date=None, declarative=False, **opts):
        issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(40, 300))
        sh = Sheet()
        f = "serif7"
        col = E["col"]
        sh.rect(8, 8, 194, 281, width_mm=0.7, color=col)
        crest(sh, 98, 13, 14, col, kind="ring" if code == "CIV" else "star")
        sh.text(105, 30, E["name"], font=f, size_pt=11.5, bold=True, anchor="center", color=col)
        sh.text(105, 35.5, E["sub"], font=f, size_pt=7.8, anchor="center")
        sh.text(105, 40, E["addr"], font=f, size_pt=7.5, anchor="center", color=GREY)
        sh.rule(30, 46, 180, 46, width_mm=0.3, color=col)
        sh.rule(30, 47.2, 180, 47.2, width_mm=0.3, color=col)
        sh.text(105, 54, E["title"], font=f, size_pt=fit(E["title"], f, 14, 170, True), bold=True, anchor="center")
        sh.text(105, 61, f"N° {rng.randint(100, 9999)}/{code}/CONS/{issue.year}", font=f, size_pt=9,
                anchor="center")
        sh.photo(22, 70, 30, 39, rng)
        sh.stamp(36, 94, ["CONSULAT" if code == "CIV" else "AMBASSADE", code], rng, shape="round", size_mm=22,
                 color=STB, angle=rng.uniform(-25, 25))
        rows = [("Nom", person.surname.upper()), ("Prénoms", person.given_names),
                ("Date de naissance", fr_long(person.birth_date)),
                ("Lieu de naissance", f"{person.birth_place} ({person.birth_country})"),
                ("Nationalité", E["nat"]), ("Sexe", "masculin" if person.sex == "M" else "féminin"),
                ("Filiation", f"{person.father or '—'} et {person.mother or '—'}")]
        y = 72
        for a, b in rows:
            sh.text(60, y, a + " :", font=f, size_pt=9.5, color=GREY)
            sh.text(100, y, b, font=f, size_pt=fit(b, f, 10.5, 92, True), bold=True)
            y += 6.8
        y = max(y, 114) + 6
        if declarative:
            basis = ("La présente attestation est établie sur la base des seules déclarations de l'intéressé(e), qui "
                     "n'a produit aucun acte d'état civil ni document d'identité. Elle ne préjuge pas de la "
                     "nationalité.")
        else:
            basis = (f"La présente attestation est établie au vu de l'inscription de l'intéressé(e) au registre "
                     f"consulaire (n° {rng.randint(1000, 99999)}) et de l'extrait d'acte de naissance n° "
                     f"{rng.randint(10, 3000)} qu'il/elle a produit, après vérification de son identité.")
        y = sh.paragraph(22, y, 166, basis, font=f, size_pt=10.5, leading=1.5) + 4
        y = sh.paragraph(22, y, 166, "En foi de quoi la présente attestation lui est délivrée pour servir et valoir "
                         "ce que de droit.", font=f, size_pt=10.5, leading=1.5) + 8
        sh.text(22, y, f"Fait à Bruxelles, le {issue.strftime('%d/%m/%Y')}", font=f, size_pt=10.5)
        sh.signature(124, y + 2, 44, 15, rng, color=INK)
        sh.text(146, y + 19, E["signer"], font=f, size_pt=10.5, anchor="center")
        sh.stamp(100, y + 6, [E["name"].upper()[:32], "BRUXELLES"], rng, shape="round", size_mm=28, color=STB,
                 angle=rng.uniform(-15, 15))
        sh.text(22, 270, "Droits de chancellerie perçus : 25 €", font=f, size_pt=8, color=GREY)
        return [sh]
    return make


for _c in ("CIV", "CMR"):
    _register(f"idcert-{_c.lower()}-consulaat-kader-foto-linksboven-stempel-op-hoek-30", "identity-certificate",
              PART, "fr", _idcert(_c), country=_c, photo=True,
              notes=f"{_c} mission's identity certificate, thin coloured frame, photo top left bitten by the stamp")


# --------------------------------------------------------------------------- consular card, driving licence

def consular_civ(person, rng, *, issue_date=None, expiry_date=None, crop=False, annotate=None, **opts):
    """The Ivorian consulate's consular registration card (credit-card size, orange band, photo at the left, the
    holder's data including nationality, the validity on the back), copied front and back side by side low on
    the page with a rubber band's shadow across."""
    issue, expiry = _dates(rng, issue_date, expiry_date, 3)
    f = "sans4"
    fr = Sheet(85.6, 54)
    fr.rect(0, 0, 85.6, 54, width_mm=0, fill=(252, 246, 236))
    fr.rect(0, 0, 85.6, 9, width_mm=0, fill=(214, 108, 0))
    fr.text(42.8, 1.6, "CONSULAT GÉNÉRAL DE CÔTE D'IVOIRE À BRUXELLES", font=f, size_pt=4.2, bold=True,
            color=(255, 255, 255), anchor="center")
    fr.text(42.8, 5, "CARTE CONSULAIRE", font=f, size_pt=5, bold=True, color=(255, 255, 255), anchor="center")
    fr.photo(3, 12, 20, 26, rng)
    rows = [("Nom", person.surname.upper()), ("Prénoms", person.given_names), ("Né(e) le",
                                                                             person.birth_date.strftime("%d/%m/%Y")),
            ("à", person.birth_place), ("Nationalité", "Ivoirienne"),
            ("N° d'immatriculation", f"CI-BXL-{rng.randint(10000, 99999)}")]
    y = 12
    for a, b in rows:
        fr.text(26, y, a, font=f, size_pt=2.9, color=(150, 80, 0))
        fr.text(26, y + 1.2, b, font=f, size_pt=fit(b, f, 4.8, 56, True), bold=True)
        y += 5.3
    bk = Sheet(85.6, 54)
    bk.rect(0, 0, 85.6, 54, width_mm=0, fill=(246, 244, 238))
    bk.text(4, 5, f"Délivrée le : {issue.strftime('%d/%m/%Y')}", font=f, size_pt=5)
    bk.text(4, 11, f"Valable jusqu'au : {expiry.strftime('%d/%m/%Y')}", font=f, size_pt=5, bold=True)
    bk.text(4, 17, f"Adresse en Belgique : {rng.choice(['Bruxelles', 'Liège', 'Anvers', 'Namur'])}", font=f,
            size_pt=4.6)
    bk.text(4, 28, "Le Consul Général", font=f, size_pt=4.6)
    bk.signature(4, 32, 26, 9, rng, color=INK)
    bk.stamp(40, 26, ["CONSULAT GÉNÉRAL", "CÔTE D'IVOIRE"], rng, shape="round", size_mm=20, color=STB)
    if crop:
        return [fr, bk]
    sh = Sheet()
    paste(sh, fr, 16, 150, dpi=300)
    paste(sh, bk, 108, 150, dpi=300)
    if annotate:
        sh.handwriting(16, 210, annotate, rng, size_pt=12)
    return [sheet_of(rubber_band(sh.render(210), rng))]


def licence_civ(person, rng, *, issue_date=None, expiry_date=None, crop=False, annotate=None, **opts):
    """The Ivorian driving licence card (photo at the right, name, date and place of birth, categories, no
    nationality on it), front only, copied in the upper third with the copier's grey lid shadow at the top."""
    issue, expiry = _dates(rng, issue_date, expiry_date, 10)
    f = "sans6"
    fr = Sheet(85.6, 54)
    fr.rect(0, 0, 85.6, 54, width_mm=0, fill=(240, 246, 250))
    fr.rect(0, 0, 85.6, 7, width_mm=0, fill=(0, 120, 80))
    fr.text(3, 1.3, "RÉPUBLIQUE DE CÔTE D'IVOIRE – PERMIS DE CONDUIRE", font=f, size_pt=4.6, bold=True,
            color=(255, 255, 255))
    fr.photo(61, 10, 21, 27, rng)
    rows = [("1.", person.surname.upper()), ("2.", person.given_names.upper()),
            ("3.", f"{person.birth_date.strftime('%d/%m/%Y')} {strip_accents(person.birth_place).upper()}"),
            ("4a.", issue.strftime("%d/%m/%Y")), ("4b.", expiry.strftime("%d/%m/%Y")),
            ("4c.", "MINISTÈRE DES TRANSPORTS"), ("5.", f"CI{_digits(rng, 9)}"), ("9.", "B")]
    y = 9.5
    for a, b in rows:
        fr.text(3, y, a, font=f, size_pt=3.6, color=(0, 90, 60))
        fr.text(9, y, b, font=f, size_pt=fit(b, f, 4.6, 50, True), bold=True)
        y += 5.2
    fr.signature(61, 40, 21, 7, rng, color=INK2)
    if crop:
        return [fr]
    sh = Sheet()
    paste(sh, fr, 22, 28, k=1.25, dpi=300)
    if annotate:
        sh.handwriting(22, 110, annotate, rng, size_pt=12)
    return [sheet_of(lid_light(sh.render(210), side="top", depth=0.05, floor=110))]


def consular_cmr(person, rng, *, issue_date=None, expiry_date=None, crop=False, annotate=None, **opts):
    """The Cameroonian embassy's consular card (bilingual, green band at the left edge, photo at the right), front
    only, copied in landscape at 140 % on the upper half of the sheet with the validity written on the card's back
    noted by the secretary under it."""
    issue, expiry = _dates(rng, issue_date, expiry_date, 3)
    f = "sans2"
    fr = Sheet(85.6, 54)
    fr.rect(0, 0, 85.6, 54, width_mm=0, fill=(240, 246, 240))
    fr.rect(0, 0, 6, 54, width_mm=0, fill=(0, 110, 60))
    fr.text(9, 1.8, "AMBASSADE DU CAMEROUN – EMBASSY OF CAMEROON", font=f, size_pt=4.4, bold=True)
    fr.text(9, 5.2, "CARTE CONSULAIRE / CONSULAR CARD", font=f, size_pt=5.2, bold=True, color=(0, 100, 50))
    fr.photo(62, 10, 20, 26, rng)
    rows = [("Nom / Surname", person.surname.upper()), ("Prénoms / Given names", person.given_names),
            ("Né(e) le / Born on", person.birth_date.strftime("%d.%m.%Y")), ("À / At", person.birth_place),
            ("Nationalité / Nationality", "Camerounaise / Cameroonian"),
            ("N° / No.", f"CM-BRU-{rng.randint(10000, 99999)}"),
            ("Valable jusqu'au / Valid until", expiry.strftime("%d.%m.%Y"))]
    y = 10
    for a, b in rows:
        fr.text(9, y, a, font=f, size_pt=2.8, color=(0, 90, 50))
        fr.text(9, y + 1.1, b, font=f, size_pt=fit(b, f, 4.5, 50, True), bold=True)
        y += 5.6
    fr.signature(62, 40, 20, 7, rng, color=INK2)
    if crop:
        return [fr]
    sh = Sheet()
    paste(sh, fr, 30, 26, k=1.4, dpi=300)
    sh.handwriting(30, 112, glyphs(f"carte consulaire - délivrée le {issue.strftime('%d/%m/%Y')}", "hand2"), rng,
                   size_pt=11, font="hand2", color=INK)
    if annotate:
        sh.handwriting(30, 124, annotate, rng, size_pt=12)
    return [sh]


_register("consular-cmr-kaart-groene-rand-links-vergroot-140-30", "consular-card", PART, "fr/en", consular_cmr,
          country="CMR", photo=True, notes="Cameroonian consular card, enlarged 140 %, issue date noted by hand")
_register("consular-civ-kaart-oranje-band-voor-achter-laag-elastiek-30", "consular-card", PART, "fr", consular_civ,
          country="CIV", photo=True, notes="Ivorian consular card front and back low on the page, rubber band")
_register("licence-civ-rijbewijs-kaart-genummerde-rubrieken-dekselschaduw-30", "driving-licence", PART, "fr",
          licence_civ, country="CIV", photo=True, notes="Ivorian driving licence, numbered rubrics, no nationality")


# --------------------------------------------------------------------------- marriage acts

def marriage_civ(person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    """Côte d'Ivoire: extract of a marriage act typed as one paragraph between the commune's header and the
    'mentions' box, the spouses' names in capitals, the regime of goods and the two witnesses named, the officer's
    signature and the mairie's stamp at the foot; the page crumpled and smoothed out again."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(30, 400))
    wed = marriage_date or TODAY - datetime.timedelta(days=rng.randint(500, 3500))
    hus, wife = (person, spouse) if person.sex == "M" else (spouse, person)
    sh = Sheet()
    f, tf = "serif5", "typewriter"
    com = rng.choice(["Cocody", "Plateau", "Marcory", "Bouaké", "Yamoussoukro"])
    for i, t in enumerate(("RÉPUBLIQUE DE CÔTE D'IVOIRE", "Union – Discipline – Travail", f"COMMUNE DE "
                           f"{strip_accents(com).upper()}", "ÉTAT CIVIL")):
        sh.text(105, 12 + i * 4.8, t, font=f, size_pt=10 if i in (0, 2) else 8.5, bold=i in (0, 2), anchor="center")
    sh.text(105, 38, "EXTRAIT D'ACTE DE MARIAGE", font=f, size_pt=14, bold=True, anchor="center")
    sh.text(105, 45, f"N° {rng.randint(10, 2999)} du {wed.strftime('%d/%m/%Y')}", font=tf, size_pt=10, anchor="center")

    def who(q):
        if q is None:
            return "—"
        return (f"{q.surname.upper()} {q.given_names}, né(e) le {q.birth_date.strftime('%d/%m/%Y')} à "
                f"{q.birth_place}")
    txt = (f"Le {fr_date_words(wed)}, devant Nous, Officier de l'état civil de la commune de {com}, ont comparu "
           f"publiquement {who(hus)}, et {who(wife)}, lesquels ont déclaré l'un après l'autre vouloir se prendre "
           f"pour époux. Régime : {rng.choice(['communauté de biens', 'séparation de biens'])}. Témoins : "
           f"{rng.choice(['KOUAMÉ Yao Serge', 'BAMBA Lassina', 'KONAN Affoué'])} et "
           f"{rng.choice(['OUATTARA Mariam', 'KOUADIO Didier', 'TRAORÉ Fanta'])}.")
    y = sh.paragraph(24, 56, 162, glyphs(txt, tf), font=tf, size_pt=10.5, leading=1.6) + 6
    sh.rect(24, y, 162, 18, width_mm=0.3)
    sh.text(26, y + 2, "MENTIONS MARGINALES :", font=f, size_pt=8.5, bold=True)
    sh.text(26, y + 8, "NÉANT", font=tf, size_pt=10)
    y += 26
    sh.text(24, y, f"Pour extrait conforme, délivré à {com}, le {issue.strftime('%d/%m/%Y')}", font=f, size_pt=10.5)
    sh.text(150, y + 10, "L'Officier de l'état civil", font=f, size_pt=10, anchor="center")
    sh.stamp(112 + rng.uniform(0, 10), y + 12, [f"MAIRIE DE {strip_accents(com).upper()}", "ÉTAT CIVIL"], rng,
             shape="round", size_mm=30, color=STV, angle=rng.uniform(-20, 20))
    sh.signature(134, y + 17, 36, 12, rng, color=INK)
    return [sheet_of(crumpled(sh.render(200), rng, n=8, k=0.12))]


def marriage_cmr(person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    """Cameroon: a bilingual 'ACTE DE MARIAGE / MARRIAGE CERTIFICATE' with the husband's and the wife's rows in a
    table of three columns (rubric, husband, wife), the form of marriage ticked (monogamy / polygamy) and the
    regime of goods, two signatures at the foot."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(30, 400))
    wed = marriage_date or TODAY - datetime.timedelta(days=rng.randint(500, 3500))
    hus, wife = (person, spouse) if person.sex == "M" else (spouse, person)
    sh = Sheet()
    f = "sans2"
    cen = rng.choice(["Yaoundé II", "Douala V", "Bafoussam II", "Ebolowa"])
    sh.text(20, 12, "RÉPUBLIQUE DU CAMEROUN / REPUBLIC OF CAMEROON", font=f, size_pt=9.5, bold=True)
    sh.text(20, 17, f"Centre d'état civil de {cen} / Civil Status Centre of {cen}", font=f, size_pt=8.5)
    sh.text(105, 32, "ACTE DE MARIAGE", font=f, size_pt=15, bold=True, anchor="center")
    sh.text(105, 39, "MARRIAGE CERTIFICATE", font=f, size_pt=10, italic=True, anchor="center")
    sh.text(105, 45, f"N° {rng.randint(10, 999)}/{wed.year} – célébré le / celebrated on {wed.strftime('%d/%m/%Y')}",
            font=f, size_pt=9, anchor="center")
    y = 54
    sh.rect(20, y, 170, 8, width_mm=0.25, fill=(232, 240, 232))
    for x, t in ((22, "Rubrique / Item"), (78, "Époux / Husband"), (136, "Épouse / Wife")):
        sh.text(x, y + 1.8, t, font=f, size_pt=9, bold=True)
    y += 8

    def v(q, k):
        if q is None:
            return "—"
        return {"n": q.surname.upper(), "g": q.given_names, "d": q.birth_date.strftime("%d/%m/%Y"),
                "p": q.birth_place, "o": rng.choice(["Commerçant(e)", "Enseignant(e)", "Sans", "Couturière",
                                                     "Mécanicien"])}[k]
    for lab, k in (("Nom / Surname", "n"), ("Prénoms / Given names", "g"), ("Né(e) le / Born on", "d"),
                   ("À / At", "p"), ("Profession", "o")):
        sh.rect(20, y, 56, 9, width_mm=0.2)
        sh.rect(76, y, 57, 9, width_mm=0.2)
        sh.rect(133, y, 57, 9, width_mm=0.2)
        sh.text(22, y + 2.2, lab, font=f, size_pt=8.5)
        for x, q in ((78, hus), (135, wife)):
            s = v(q, k)
            sh.text(x, y + 2, s, font=f, size_pt=fit(s, f, 10, 53, True), bold=True)
        y += 9
    y += 6
    opt = rng.choice([0, 0, 1])
    for i, t in enumerate(("Monogamie / Monogamy", "Polygamie / Polygamy")):
        sh.checkbox(22 + i * 70, y, 3.6, checked=(opt == i))
        sh.text(28 + i * 70, y - 0.3, t, font=f, size_pt=9.5)
    y += 8
    sh.text(22, y, "Régime / Property regime : " + rng.choice(["communauté des biens / community of property",
                                                              "séparation des biens / separate property"]),
            font=f, size_pt=9.5)
    y += 14
    sh.text(22, y, f"Délivré le / Issued on {issue.strftime('%d/%m/%Y')}", font=f, size_pt=9.5)
    for j, t in enumerate(("Le Secrétaire / The Secretary", "L'Officier / The Registrar")):
        sh.text(60 + j * 80, y + 10, t, font=f, size_pt=9, anchor="center")
        sh.signature(42 + j * 80, y + 15, 34, 11, rng, color=INK)
    sh.stamp(118, y + 12, [f"CEC {strip_accents(cen).upper()}", "CAMEROUN"], rng, shape="round", size_mm=26,
             color=STG, angle=rng.uniform(-20, 20))
    return [sh]


_register("marriage-civ-proza-vermeldingenkader-verfrommeld-30", "marriage-certificate", PART, "fr", marriage_civ,
          country="CIV")
_register("marriage-cmr-tweetalig-drie-kolommen-vinkje-vorm-30", "marriage-certificate", PART, "fr", marriage_cmr,
          country="CMR")


# --------------------------------------------------------------------------- sworn translations

def _tr_rows(person, lang: str):
    fa = (person.father or "—").split()[0]
    mo = (person.mother or "—").split()[0]
    bd = person.birth_date
    if lang == "fr":
        return [("Lien", "Intéressé(e)"), ("Nom", person.surname.upper()), ("Prénom(s)", person.given_names),
                ("Sexe", "masculin" if person.sex == "M" else "féminin"), ("Prénom du père", fa),
                ("Prénom de la mère", mo), ("Lieu et date de naissance", f"{person.birth_place}, {fr_long(bd)}")]
    if lang == "en":
        return [("Relationship", "Holder"), ("Surname", person.surname.upper()), ("Given name(s)", person.given_names),
                ("Sex", "male" if person.sex == "M" else "female"), ("Father's name", fa), ("Mother's name", mo),
                ("Place and date of birth", f"{person.birth_place}, {bd.day} {_EN3[bd.month - 1].title()} {bd.year}")]
    return [("Verwantschap", "Betrokkene"), ("Familienaam", person.surname.upper()), ("Voornaam", person.given_names),
            ("Geslacht", "man" if person.sex == "M" else "vrouw"), ("Voornaam vader", fa), ("Voornaam moeder", mo),
            ("Geboorteplaats en -datum", f"{person.birth_place}, {nl_long(bd)}")]


def translation_namur(person, rng, *, issue_date=None, of_type="birth-certificate", source_lang="tr", **opts):
    """A sworn translator at the Namur court, into French: a two-line header at the left with the translator's
    name in small capitals, 'TRADUCTION DU TURC' centred and underlined, the extract's table rendered as
    'rubrique : valeur' lines under '[Extrait ... – e-Devlet]', the closing formula and the court's oath number,
    signature at the left of the round seal, each page initialled at the foot."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(10, 60))
    sh = Sheet()
    f = "serif4"
    g, s = rng.choice([("Ayşe", "Demirci"), ("Laurent", "Collignon"), ("Murat", "Kaya")])
    sh.text(20, 14, glyphs(f"{g} {s.upper()}", f), font=f, size_pt=11, bold=True)
    sh.text(20, 19.5, "Traducteur-interprète juré – Tribunal de première instance de Namur", font=f, size_pt=8.5)
    sh.text(20, 24, f"Rue de Fer {rng.randint(5, 120)}, 5000 Namur – langues : turc, français", font=f, size_pt=8,
            color=GREY)
    w = sh.text(105, 40, "TRADUCTION DU TURC", font=f, size_pt=13, bold=True, anchor="center")
    sh.rule(105 - w / 2, 46, 105 + w / 2, 46, width_mm=0.3)
    sh.text(20, 54, "[Extrait du registre de la population avec mentions – portail e-Devlet]", font=f, size_pt=10,
            italic=True)
    sh.text(20, 60, "[République de Turquie – Ministère de l'Intérieur – Direction générale de la population et de "
            "la citoyenneté]", font=f, size_pt=8.5)
    y = 70
    for a, b in _tr_rows(person, "fr"):
        sh.text(24, y, a + " :", font=f, size_pt=10.5)
        sh.text(86, y, glyphs(b, f), font=f, size_pt=fit(glyphs(b, f), f, 10.5, 100), bold=True)
        y += 7
    y = sh.paragraph(20, y + 4, 170, "[Mention : document signé par signature électronique sécurisée – code-barres "
                     "de vérification]", font=f, size_pt=9.5) + 6
    y = sh.paragraph(20, y, 170, glyphs(f"Je soussigné(e), {g} {s}, traducteur juré, certifie que la présente "
                                        f"traduction est fidèle et complète, conforme au document rédigé en langue "
                                        f"turque qui m'a été soumis.", f), font=f, size_pt=10.5, leading=1.45) + 4
    sh.text(20, y, f"Namur, le {fr_long(issue)}", font=f, size_pt=10.5)
    sh.text(20, y + 5.5, f"Prestation de serment n° {rng.randint(100, 999)}/{rng.randint(2008, 2022)}", font=f,
            size_pt=8.5, color=GREY)
    sh.signature(20, y + 10, 40, 13, rng, color=INK)
    sh.stamp(66, y + 6, ["TRADUCTEUR JURÉ", "NAMUR"], rng, shape="round", size_mm=26, color=STB,
             angle=rng.uniform(-15, 15))
    sh.handwriting(180, 280, glyphs(g[0] + s[0], "hand1"), rng, size_pt=11, font="hand1", color=INK)
    return [sh]


def translation_utrecht(person, rng, *, issue_date=None, of_type="birth-certificate", source_lang="tr", **opts):
    """A sworn translator in Utrecht, into English: the translator's stamp-like header box at the top right, the
    rows of the register extract as a two-column table with the Turkish rubric in brackets after the English,
    the certification 'true and complete translation' with the register number, the seal pressed over the
    signature at the foot; a grey bar at the left of every page."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(10, 60))
    sh = Sheet()
    f = "sans2"
    sh.rect(0, 0, 8, 297, width_mm=0, fill=(200, 200, 200))
    g, s = rng.choice([("Hatice", "Yıldız"), ("Jasper", "van Rijn"), ("Esra", "Bulut")])
    sh.rect(120, 10, 72, 22, width_mm=0.4)
    for i, t in enumerate((glyphs(f"{g} {s}", f), "Sworn translator Turkish–English", f"Rbtv no. {rng.randint(10000, 99999)}",
                           "Oudegracht " + str(rng.randint(10, 300)) + ", Utrecht")):
        sh.text(123, 12 + i * 4.8, t, font=f, size_pt=9 if i == 0 else 8, bold=(i == 0))
    sh.text(20, 44, "CERTIFIED TRANSLATION FROM TURKISH", font=f, size_pt=13, bold=True)
    sh.text(20, 51, "Document: population register extract with family entries (e-Government gateway)", font=f,
            size_pt=9.5, color=GREY)
    turk = ["Yakınlık", "Soyadı", "Adı", "Cinsiyeti", "Baba Adı", "Ana Adı", "Doğum Yeri ve Tarihi"]
    y = 60
    for (a, b), t in zip(_tr_rows(person, "en"), turk):
        sh.rect(20, y, 70, 8, width_mm=0.2, fill=(244, 244, 244))
        sh.rect(90, y, 100, 8, width_mm=0.2)
        sh.text(22, y + 1.8, glyphs(f"{a} ({t})", f), font=f, size_pt=fit(glyphs(f"{a} ({t})", f), f, 9, 66))
        sh.text(92, y + 1.8, glyphs(b, f), font=f, size_pt=fit(glyphs(b, f), f, 10, 96), bold=True)
        y += 8
    y = sh.paragraph(20, y + 6, 170, "[Electronic signature of the Directorate General – barcode – verification "
                     "code]", font=f, size_pt=9.5) + 6
    y = sh.paragraph(20, y, 170, glyphs(f"I, the undersigned, {g} {s}, sworn translator registered in the Dutch "
                                        f"Register of Sworn Interpreters and Translators, certify that this is a "
                                        f"true and complete translation of the Turkish document shown to me.", f),
                     font=f, size_pt=10.5, leading=1.45) + 4
    sh.text(20, y, f"Utrecht, {issue.day} {_EN3[issue.month - 1].title()} {issue.year}", font=f, size_pt=10.5)
    sh.signature(120, y + 4, 42, 14, rng, color=INK)
    sh.stamp(124, y - 1, ["SWORN TRANSLATOR", "RBTV"], rng, shape="round", size_mm=26, color=STR,
             angle=rng.uniform(-15, 15))
    return [sh]


_register("translation-be-namen-beedigd-tabelregels-paraaf-voet-30", "translation", PART, "fr", translation_namur,
          country="BEL")
_register("translation-nl-utrecht-engels-tabel-turkse-rubrieken-30", "translation", PART, "en", translation_utrecht,
          country="NLD")
