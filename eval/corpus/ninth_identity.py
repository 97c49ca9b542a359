"""Identity and civil-status families of the `ninth` part (registered in identity.FAMILIES).

Written after dev, heldout, fresh, fourth, fifth, sixth, seventh and eighth had all been read, by a writer who saw
neither the validator nor its output: passports of Morocco, the DR Congo, Russia, Türkiye, Afghanistan, Syria,
Suriname and Iraq whose data pages are ruled rows (caption at the left of each row, the value after it on the same
line) beside a large photo at the left and a ghost image at the bottom right, copied with the booklet open (the
observations page above the data page), in the ways law offices copy (a binder clip left on the top edge, the
office's red numbered exhibit stamp 'STUK'/'PIÈCE', the staple taken out with its two holes, a black-and-white scan
in 'photo' mode that dithers every grey, a page that had been folded in four, the violet 'ONTVANGEN'/'REÇU LE'
incoming-mail stamp, the lawyer's own 'voor eensluidend afschrift'); a Moroccan electronic identity card recto and
verso side by side; a Dutch residence document front above back at the top left of the sheet; a Kinshasa
commune's birth act typed on the dotted lines of the printed form, a Moroccan 'copie intégrale' in a double frame,
a Turkish district office's birth-registration extract, a German-speaking commune's (Eupen) birth extract from the
federal database; a Kinshasa court's and a Moroccan court's certificates of nationality; the DRC consulate in
Antwerp's identity attestation on a card and the Moroccan consulate in Liège's in a table with a photo cell; a
Kinshasa marriage act, an Eupen marriage extract and a Moroccan résumé of an adoul marriage act; sworn translations
from Ghent (two columns) and The Hague (footnotes).
Same calling convention as identity.py.
"""
from __future__ import annotations

import datetime
import random

from PIL import Image, ImageDraw, ImageFilter

from . import mrz as M
from .fifth_identity import _date_words
from .fresh_identity import nl_permit_data
from .identity import _dates, _digits, _mrz_data, _register, _when
from .paper import Sheet, text_width_mm
from .people import country_name, format_date, make_professional, strip_accents

PART = "ninth"
GREY = (95, 95, 95)
PENCIL = (95, 95, 105)
INK_NOTE = (30, 40, 130)

# --------------------------------------------------------------------------- copy habits

_HAND_MAP = str.maketrans({"ı": "i", "İ": "I", "ş": "s", "Ş": "S", "ğ": "g", "Ğ": "G", "–": "-", "—": "-"})


def hand_safe(s: str) -> str:
    """What a hand writes for letters the pen fonts lack: Turkish dotless i, s-cedilla and g-breve as plain letters,
    dashes as hyphens."""
    return str(s).translate(_HAND_MAP)


def _as_sheet(img: Image.Image, like: Sheet) -> Sheet:
    out = Sheet(like.width_mm, like.height_mm)
    out.image(0, 0, like.width_mm, like.height_mm, img)
    return out


def clip_shadow(sh: Sheet, rng: random.Random, dpi: int = 200) -> Sheet:
    """A page copied with the office's black binder clip still on its top edge: the clip's dark body and its two
    wire handles folded back, and the soft shadow the lifted paper casts under it (the text starts below it)."""
    img = sh.render(dpi).convert("RGB")
    w, h = img.size
    px = dpi / 25.4
    cx = int(w * rng.uniform(0.38, 0.62))
    cw, ch = int(32 * px), int(7 * px)
    d = ImageDraw.Draw(img)
    shade = Image.new("L", (w, h), 255)
    ds = ImageDraw.Draw(shade)
    ds.rectangle([cx - cw // 2 - int(3 * px), 0, cx + cw // 2 + int(3 * px), ch + int(2 * px)], fill=215)
    shade = shade.filter(ImageFilter.GaussianBlur(px * 1.6))
    from PIL import ImageChops
    img = ImageChops.multiply(img, Image.merge("RGB", (shade, shade, shade)))
    d = ImageDraw.Draw(img)
    d.rectangle([cx - cw // 2, 0, cx + cw // 2, ch], fill=(22, 22, 24))
    d.rectangle([cx - cw // 2 + int(2 * px), int(1 * px), cx + cw // 2 - int(2 * px), int(2.2 * px)], fill=(70, 70, 74))
    for sx in (-1, 1):
        x0 = cx + sx * int(cw * 0.3)
        d.line([(x0, ch), (x0 + sx * int(3 * px), ch + int(4 * px))], fill=(60, 60, 60), width=max(2, int(0.6 * px)))
    return _as_sheet(img, sh)


def exhibit_stamp(sh: Sheet, x: float, y: float, lines: list[str], rng: random.Random, *, w: float = 42.0,
                  grey: bool = False) -> None:
    """The law office's numbered exhibit stamp ('STUK' / 'PIÈCE' in a red frame with the number written in by
    hand), put on the page where it covers nothing, as offices number the pieces of their inventory.  ``lines``
    decides the language: a Dutch word in it gives 'STUK', else 'PIÈCE'."""
    nl = any(k in " ".join(lines).lower() for k in ("orig", "kluis", "stuk", "ok", "bijl", "loon", "verkl", "nov"))
    col = (110, 110, 110) if grey else (190, 30, 40)
    bw = min(w, 34.0)
    sh.rect(x, y, bw, 13, width_mm=0.7, color=col)
    sh.rule(x, y + 6.2, x + bw, y + 6.2, width_mm=0.4, color=col)
    sh.text(x + bw / 2, y + 1.0, "STUK" if nl else "PIÈCE", font="sans4", size_pt=10, bold=True, color=col,
            anchor="center")
    sh.handwriting(x + bw / 2 - 3, y + 6.6, str(rng.randint(2, 14)), rng, size_pt=12, color=(25, 25, 25),
                   font="hand4")


def staple_holes(sh: Sheet, corner: str = "tr", size: float = 16.0) -> None:
    """The staple taken out before copying: its two small holes near the top corner, a faint rust line between
    them and the little tear around one hole."""
    W = sh.width_mm
    x = W - size * 0.9 if corner == "tr" else size * 0.5
    y = size * 0.45
    dx, dy = (5.5, 4.0) if corner == "tr" else (5.5, -4.0)
    for k in (0, 1):
        hx, hy = x + k * dx * 0.9 - 2.5, y + k * abs(dy)
        sh.rect(hx, hy, 0.9, 0.9, width_mm=0, fill=(40, 40, 40))
    sh.rule(x - 2.1, y + 0.4, x + dx * 0.9 - 2.1, y + abs(dy) + 0.4, width_mm=0.25, color=(176, 150, 120))
    sh.rule(x - 2.9, y - 0.2, x - 1.6, y - 1.2, width_mm=0.15, color=(120, 120, 120))


def halftone_scan(sh: Sheet, rng: random.Random, dpi: int = 200) -> Sheet:
    """Scanned in black-and-white 'photo' mode: every grey turned into an ordered-dither pattern of black dots,
    the text itself solid black."""
    img = sh.render(dpi).convert("L")
    w, h = img.size
    bayer = [[0, 8, 2, 10], [12, 4, 14, 6], [3, 11, 1, 9], [15, 7, 13, 5]]
    tile = Image.new("L", (4, 4))
    tile.putdata([int((bayer[j][i] + 0.5) * 16) for j in range(4) for i in range(4)])
    thr = Image.new("L", (w, h))
    # tile the threshold map by pasting rows of tiles
    row = Image.new("L", (w, 4))
    for xx in range(0, w, 4):
        row.paste(tile, (xx, 0))
    for yy in range(0, h, 4):
        thr.paste(row, (0, yy))
    from PIL import ImageChops
    lift = img.point(lambda v: min(255, int(v * 1.04)))
    diff = ImageChops.subtract(lift, thr, 1.0, 0)      # > 0 where the pixel is lighter than its threshold
    bw = diff.point(lambda v: 255 if v > 0 else 0)
    return _as_sheet(bw.convert("RGB"), sh)


def fold_creases(sh: Sheet, rng: random.Random, dpi: int = 200) -> Sheet:
    """A letter that came folded in four (by post, in the client's pocket) and was flattened on the glass: one
    horizontal and one vertical crease, each a thin dark line with a light band beside it, a little grime along them."""
    img = sh.render(dpi).convert("RGB")
    w, h = img.size
    m = Image.new("L", (w, h), 255)
    d = ImageDraw.Draw(m)
    yc = int(h * rng.uniform(0.47, 0.53))
    xc = int(w * rng.uniform(0.47, 0.53))
    d.line([(0, yc), (w, yc + rng.randint(-6, 6))], fill=150, width=2)
    d.line([(xc, 0), (xc + rng.randint(-6, 6), h)], fill=160, width=2)
    d.rectangle([0, yc + 3, w, yc + 9], fill=238)
    d.rectangle([xc + 3, 0, xc + 8, h], fill=240)
    r2 = random.Random(rng.random())
    for _ in range(300):
        if r2.random() < 0.5:
            d.point((r2.randint(0, w - 1), yc + r2.randint(-5, 5)), fill=r2.randint(150, 210))
        else:
            d.point((xc + r2.randint(-5, 5), r2.randint(0, h - 1)), fill=r2.randint(150, 210))
    m = m.filter(ImageFilter.GaussianBlur(0.8))
    from PIL import ImageChops
    img = ImageChops.multiply(img, Image.merge("RGB", (m, m, m)))
    return _as_sheet(img, sh)


def received_stamp(sh: Sheet, rng: random.Random, dpi: int = 200, lang: str | None = None,
                   at: tuple[float, float] | None = None) -> Sheet:
    """The office's incoming-mail stamp ('ONTVANGEN' / 'REÇU LE' with the date set in the stamp's wheels) put in
    the top margin when the post came in (or, with ``at``, in a free space lower on the page), in violet ink,
    slightly crooked."""
    out = Sheet(sh.width_mm, sh.height_mm)
    out.image(0, 0, sh.width_mm, sh.height_mm, sh.render(dpi))
    when = datetime.date(2026, rng.choice([9, 10, 11]), rng.randint(2, 27))
    mon = ["JAN", "FEB", "MRT", "APR", "MEI", "JUN", "JUL", "AUG", "SEP", "OKT", "NOV", "DEC"][when.month - 1]
    lang = lang or rng.choice(["nl", "nl", "fr"])
    head = "ONTVANGEN" if lang == "nl" else "REÇU LE"
    if lang != "nl":
        mon = ["JAN", "FÉV", "MARS", "AVR", "MAI", "JUIN", "JUIL", "AOÛT", "SEPT", "OCT", "NOV", "DÉC"][when.month - 1]
    x, y = at or (sh.width_mm - 58, 2.5)
    out.stamp(x, y, [head, f"{when.day:02d} {mon} {when.year}"], rng, shape="rect", size_mm=34,
              color=(110, 50, 150))
    return out


def certified_copy(sh: Sheet, rng: random.Random, x: float, y: float, commune: str, lang: str = "fr") -> None:
    """The lawyer's own 'pour copie conforme' / 'voor eensluidend afschrift' in a rectangular stamp with his name,
    his signature across it and the date written in, as Belgian lawyers certify the copies they file."""
    when = datetime.date(2026, rng.choice([9, 10, 11]), rng.randint(2, 27))
    if lang == "fr":
        lines = ["POUR COPIE CONFORME", f"Me {commune}", "AVOCAT"]
    else:
        lines = ["VOOR EENSLUIDEND AFSCHRIFT", f"Mr. {commune}", "ADVOCAAT"]
    sh.stamp(x, y, lines, rng, shape="rect", size_mm=40, color=(30, 30, 30))
    sh.handwriting(x + 2, y + 18, format_date(when, "slashes", "fr"), rng, size_pt=10, color=(20, 30, 120))
    sh.signature(x + 12, y + 12, 22, 8, rng, color=(20, 30, 120))



# --------------------------------------------------------------------------- passports (TD3)

_PP9 = {
    "MAR": dict(state="ROYAUME DU MAROC", sub="PASSEPORT · PASSPORT", nat="MAROCAINE", date="spaces", years=5,
                number=lambda r: r.choice("UVWX") + r.choice("ABCDEFGH") + _digits(r, 7),
                authority=lambda r: "DGSN RABAT", copy="clip", font="serif3", tint=(244, 236, 228), lang="fr",
                cap=("Type", "Code", "N° Passeport / Passport No", "Nom / Surname", "Prénoms / Given names",
                     "Nationalité / Nationality", "Date de naissance / Date of birth", "Sexe / Sex",
                     "Lieu de naissance / Place of birth", "Date de délivrance / Date of issue",
                     "Date d'expiration / Date of expiry", "Autorité / Authority")),
    "COD": dict(state="RÉPUBLIQUE DÉMOCRATIQUE DU CONGO", sub="PASSEPORT / PASSPORT", nat="CONGOLAISE",
                date="slashes", years=5, number=lambda r: "OP" + _digits(r, 7), authority=lambda r: "MIN. AFF. ÉTR.",
                copy="exhibit", font="sans4", tint=(230, 238, 248), lang="fr",
                cap=("Type", "Code du pays", "N° du passeport", "Nom", "Post-nom et prénom", "Nationalité",
                     "Date de naissance", "Sexe", "Lieu de naissance", "Date de délivrance", "Date d'expiration",
                     "Autorité")),
    "RUS": dict(state="РОССИЙСКАЯ ФЕДЕРАЦИЯ / RUSSIAN FEDERATION", sub="ПАСПОРТ / PASSPORT", nat="РОССИЯ/RUSSIA",
                date="dots", years=10, number=lambda r: _digits(r, 2) + " " + _digits(r, 7),
                authority=lambda r: "МВД " + _digits(r, 5), copy="halftone", font="sans3", tint=(236, 232, 244),
                lang="ru/en",
                cap=("Тип/Type", "Код/Code", "Номер/Passport No.", "Фамилия/Surname", "Имя/Given names",
                     "Гражданство/Nationality", "Дата рождения/Date of birth", "Пол/Sex",
                     "Место рождения/Place of birth", "Дата выдачи/Date of issue",
                     "Дата окончания срока/Date of expiry", "Орган/Authority")),
    "TUR": dict(state="TÜRKİYE CUMHURİYETİ", sub="PASAPORT · PASSPORT · PASSEPORT", nat="T.C.",
                date="dots", years=10, number=lambda r: "U" + _digits(r, 8), authority=lambda r: "İÇİŞLERİ BAK.",
                copy="received", font="narrow", tint=(240, 230, 232), lang="tr/en",
                cap=("Tipi/Type", "Ülke kodu/Country code", "Pasaport No/Passport No", "Soyadı/Surname",
                     "Adı/Given names", "Uyruğu/Nationality", "Doğum tarihi/Date of birth", "Cinsiyeti/Sex",
                     "Doğum yeri/Place of birth", "Veriliş tarihi/Date of issue", "Geçerlilik tarihi/Date of expiry",
                     "Makam/Authority")),
    "AFG": dict(state="ISLAMIC REPUBLIC OF AFGHANISTAN", sub="E-PASSPORT", nat="AFGHANISTAN", date="abbr_en",
                years=10, number=lambda r: "P" + _digits(r, 8), authority=lambda r: "PASSPORT DEPT. KABUL",
                copy="creases", font="serif6", tint=(236, 240, 232), lang="fa/en",
                cap=("Type", "Code", "Passport No.", "Surname", "Given Names", "Nationality", "Date of Birth", "Sex",
                     "Place of Birth", "Date of Issue", "Date of Expiry", "Authority")),
    "SYR": dict(state="SYRIAN ARAB REPUBLIC", sub="PASSPORT", nat="SYRIAN", date="abbr_en", years=6,
                number=lambda r: "N0" + _digits(r, 8)[:8], authority=lambda r: "IMMIGRATION DIRECTORATE",
                copy="holes", font="serif", tint=(238, 238, 230), lang="ar/en",
                cap=("Type", "Country Code", "Passport No", "Surname", "Name", "Nationality", "Date of Birth", "Sex",
                     "Place of Birth", "Date of Issue", "Date of Expiry", "Issuing Authority")),
    "SUR": dict(state="REPUBLIEK SURINAME", sub="PASPOORT / PASSPORT", nat="SURINAAMSE", date="dashes", years=10,
                number=lambda r: "R" + _digits(r, 7), authority=lambda r: "CBB PARAMARIBO", copy="conforme",
                font="sans", tint=(236, 242, 236), lang="nl/en",
                cap=("Soort/Type", "Code", "Paspoortnr./Passport No.", "Naam/Surname", "Voornamen/Given names",
                     "Nationaliteit/Nationality", "Geboortedatum/Date of birth", "Geslacht/Sex",
                     "Geboorteplaats/Place of birth", "Datum afgifte/Date of issue", "Geldig tot/Date of expiry",
                     "Autoriteit/Authority")),
    "IRQ": dict(state="REPUBLIC OF IRAQ", sub="PASSPORT", nat="IRAQI", date="abbr_en", years=8,
                number=lambda r: "A" + _digits(r, 8), authority=lambda r: "GD FOR NATIONALITY",
                copy="clip", font="sans6", tint=(232, 240, 236), lang="ar/en",
                cap=("Type", "Code", "Passport No", "Surname", "Name", "Nationality", "Date of Birth", "Sex",
                     "Place of Birth", "Date of Issue", "Date of Expiry", "Authority")),
}


def _pd9(d, style):
    if style == "abbr_en":
        return format_date(d, "abbr", "en")
    if style == "dots_fr":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    return format_date(d, style, "nl")


def _datapage9(cfg, person, rng, code, number, issue, expiry, lines) -> Sheet:
    """Data page 125 x 88 mm: a large photo at the left edge and a small ghost image of it at the bottom right,
    the fields as ruled rows (caption at the left of the row, value after it on the same line), the holder's
    signature in a strip under the photo, the MRZ in the bottom band."""
    W, H = 125.0, 88.0
    s = Sheet(W, H)
    s.rect(0, 0, W, H, width_mm=0, fill=cfg["tint"])
    tint2 = tuple(max(0, v - 14) for v in cfg["tint"])
    for k in range(0, 90, 3):   # wavy security lines, horizontal
        s.rule(0, k, W, k + 2.5, width_mm=0.05, color=tint2)
    f = cfg["font"]
    s.text(W / 2 + 14, 1.8, cfg["state"], font=f, size_pt=5.4, bold=True, color=(40, 40, 40), anchor="center")
    s.text(W / 2 + 14, 4.9, cfg["sub"], font=f, size_pt=4.4, color=(70, 70, 70), anchor="center")
    s.photo(3, 9, 30, 40, rng)
    s.rect(3, 51, 30, 9, width_mm=0.1, color=(120, 120, 120))
    s.signature(4, 51.5, 28, 8, rng, color=(20, 20, 40))
    ghost = Sheet(14, 18)
    ghost.photo(0, 0, 14, 18, rng)
    gimg = ghost.render(200).convert("L").point(lambda v: int(150 + v * 0.4)).convert("RGB")
    s.image(W - 18, 52, 14, 18, gimg, blend="multiply")
    C = cfg["cap"]
    vals = ["P", code, number, person.surname.upper(), person.given_names.upper(), cfg["nat"],
            _pd9(person.birth_date, cfg["date"]), person.sex, strip_accents(person.birth_place).upper(),
            _pd9(issue, cfg["date"]), _pd9(expiry, cfg["date"]), cfg["authority"](rng)]
    rows = [((0, 1, 2),), ((3,),), ((4,),), ((5, 7),), ((6,),), ((8,),), ((9,),), ((10,),), ((11,),)]
    y = 9.0
    for (idxs,) in rows:
        x = 36.0
        span = (W - 3 - 36.0) / len(idxs)
        for i in idxs:
            cap, val = C[i], vals[i]
            cw = text_width_mm(cap, f, 3.5) + 1.5
            s.text(x, y + 0.9, cap, font=f, size_pt=3.5, color=(95, 95, 95))
            vs = 5.8
            lim = span - cw - 1.5
            while vs > 3.8 and text_width_mm(val, f, vs, True) > lim:
                vs -= 0.3
            s.text(x + cw, y, val, font=f, size_pt=vs, bold=True)
            x += span
        s.rule(36, y + 4.4, W - 3, y + 4.4, width_mm=0.08, color=(150, 150, 150))
        y += 5.1
    s.rect(0, H - 15, W, 15, width_mm=0, fill=(250, 250, 248))
    size = 2.54 / 0.602 / (25.4 / 72)
    for i, ln in enumerate(lines):
        s.text(4.5, H - 12.5 + i * 4.3, ln, font="ocrb", size_pt=size, color=(10, 10, 10))
    return s


def _obs_page(cfg, rng) -> Sheet:
    """The page facing the data page: 'Observations' with two ruled lines, left blank, the booklet's page number."""
    s = Sheet(125, 88)
    s.rect(0, 0, 125, 88, width_mm=0, fill=cfg["tint"])
    lab = {"fr": "OBSERVATIONS / OBSERVATIONS", "ru/en": "ОСОБЫЕ ОТМЕТКИ / OBSERVATIONS",
           "tr/en": "RESMİ DÜZELTMELER / OFFICIAL OBSERVATIONS", "nl/en": "OPMERKINGEN / OBSERVATIONS"}
    s.text(62.5, 6, lab.get(cfg["lang"], "OBSERVATIONS"), font=cfg["font"], size_pt=5.5, anchor="center",
           color=(80, 80, 80))
    for k in range(5):
        s.rule(10, 20 + k * 12, 115, 20 + k * 12, width_mm=0.1, color=(160, 160, 160))
    s.text(62.5, 82, str(rng.choice([2, 3])), font=cfg["font"], size_pt=6, anchor="center", color=(90, 90, 90))
    return s


def _passport9(code: str):
    cfg = _PP9[code]

    def make(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, crop=False,
             annotate=None, number=None, **opts):
        issue, expiry = _dates(rng, issue_date, expiry_date, cfg["years"])
        number = number or cfg["number"](rng)
        md = _mrz_data(person, mrz_override)
        lines = M.td3(issuing=code, surname=md["surname"], given=md["given_names"],
                      number=md.get("number", number.replace(" ", "")[-9:]), nationality=md["nationality"],
                      birth_date=md["birth_date"], sex=md["sex"], expiry=expiry, personal_number="",
                      break_check=break_check)
        page = _datapage9(cfg, person, rng, code, number, issue, expiry, lines)
        if crop:
            return [page]
        how = cfg["copy"]
        sh = Sheet()
        x, y = rng.uniform(38, 50), rng.uniform(40, 52)
        # the booklet copied open: the observations page above, the data page below, the binding between them
        sh.image(x, y, 125, 88, _obs_page(cfg, rng).render(200))
        sh.rule(x, y + 88.5, x + 125, y + 88.5, width_mm=0.5, color=(90, 90, 90))
        sh.image(x, y + 89, 125, 88, page.render(300))
        if annotate:
            sh.handwriting(22, 276, hand_safe(annotate), rng, size_pt=12)
        if how == "clip":
            return [clip_shadow(sh, rng)]
        if how == "exhibit":
            exhibit_stamp(sh, 160, 14, ["pièce"], rng)
            return [sh]
        if how == "halftone":
            return [halftone_scan(sh, rng)]
        if how == "received":
            return [received_stamp(sh, rng, lang="fr")]
        if how == "creases":
            return [fold_creases(sh, rng)]
        if how == "holes":
            staple_holes(sh, "tr", 18)
            return [sh]
        if how == "conforme":
            certified_copy(sh, rng, 148, 244, rng.choice(["De Smet", "Peeters", "Janssens"]), "nl")
            return [sh]
        return [sh]

    return make


for _code, _note in [
        ("MAR", "Moroccan passport, booklet copied open (observations page above), ruled rows with captions at the "
                "left, photo left and ghost image, binder clip left on the top edge"),
        ("COD", "Congolese (DRC) passport, booklet copied open, ruled caption/value rows, lawyer's red exhibit stamp"),
        ("RUS", "Russian passport, Cyrillic/English captions in ruled rows, scanned in black-and-white photo mode "
                "(dithered)"),
        ("TUR", "Turkish passport, Turkish/English captions in ruled rows, office's 'reçu le' incoming-mail stamp"),
        ("AFG", "Afghan e-passport, ruled rows, copy of a page that had been folded in four"),
        ("SYR", "Syrian passport, ruled rows, staple taken out (two holes and a rust line)"),
        ("SUR", "Surinamese passport, Dutch/English captions, lawyer's 'voor eensluidend afschrift' stamp"),
        ("IRQ", "Iraqi passport, ruled rows, binder clip on the top edge")]:
    _register(f"passport-td3-{_code.lower()}-foto-links-9", "identity-document", PART, _PP9[_code]["lang"],
              _passport9(_code), country=_code, mrz="TD3", photo=True, notes=_note)



# --------------------------------------------------------------------------- Moroccan electronic identity card

def idcard_mar(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, **opts):
    """Moroccan electronic national identity card (CNIE, 2020 model), recto and verso side by side across the top of
    an A4 colour copy; the card's captions in French (the Arabic lines rendered as the card's second line of
    captions are left out of the copy's legible text); the lawyer's red exhibit stamp under the cards."""
    issue, expiry = _dates(rng, issue_date, expiry_date, 10)
    no = rng.choice(["BK", "BE", "BH", "AB", "CD", "G", "K"]) + _digits(rng, 6)
    md = _mrz_data(person, mrz_override)
    lines = M.td1(doc_code="ID", issuing="MAR", number=md.get("number", no), nationality=md["nationality"],
                  birth_date=md["birth_date"], sex=md["sex"], expiry=expiry, surname=md["surname"],
                  given=md["given_names"], break_check=break_check)
    f = Sheet(85.6, 54)
    f.rect(0, 0, 85.6, 54, width_mm=0, fill=(246, 236, 222))
    for k in range(0, 54, 2):
        f.rule(0, k, 85.6, k + 1.2, width_mm=0.04, color=(230, 214, 196))
    f.text(42.8, 2.0, "ROYAUME DU MAROC", font="serif3", size_pt=5.4, bold=True, anchor="center", color=(150, 30, 30))
    f.text(42.8, 5.0, "CARTE NATIONALE D'IDENTITÉ ÉLECTRONIQUE", font="serif3", size_pt=4.3, anchor="center")
    f.photo(60, 11, 22, 28, rng)
    rows = [("Nom", person.surname.upper()), ("Prénom", person.given_names.upper()),
            ("Né(e) le", format_date(person.birth_date, "dots", "fr")),
            ("à", strip_accents(person.birth_place).upper()), ("Valable jusqu'au", format_date(expiry, "dots", "fr")),
            ("N°", no)]
    for k, (lab, val) in enumerate(rows):
        f.text(3, 11 + k * 6.0, lab, font="serif3", size_pt=3.4, color=(110, 80, 60))
        f.text(3, 13.0 + k * 6.0, val, font="serif3", size_pt=5.0, bold=True)
    f.signature(60, 41, 22, 7, rng)
    b = Sheet(85.6, 54)
    b.rect(0, 0, 85.6, 54, width_mm=0, fill=(244, 238, 228))
    b.text(3, 3, f"Fils/Fille de : {(person.father or '-').split(' ')[0].upper()}", font="serif3", size_pt=4.5)
    b.text(3, 6.8, f"et de : {(person.mother or '-').split(' ')[0].upper()}", font="serif3", size_pt=4.5)
    b.text(3, 10.6, f"Sexe : {person.sex}", font="serif3", size_pt=4.5)
    b.text(3, 14.4, f"Adresse : {rng.choice(['HAY EL HASSANI', 'QU. BENI MAKADA', 'RES. AL WAFAE', 'DOUAR LAHMAR'])}",
           font="serif3", size_pt=4.5)
    b.text(3, 18.2, f"N° état civil : {_digits(rng, 3)}/{rng.randint(1975, 2005)}", font="serif3", size_pt=4.5)
    b.text(50, 18.2, f"Délivrée le {format_date(issue, 'dots', 'fr')}", font="serif3", size_pt=4.0)
    size = (78.0 / 30) / 0.602 / (25.4 / 72)
    for i, ln in enumerate(lines):
        b.text(3.5, 36 + i * 4.5, ln, font="ocrb", size_pt=size)
    sh = Sheet()
    y = rng.uniform(24, 34)
    sh.image(14, y, 88, 55.5, f.render(300))
    sh.image(108, y, 88, 55.5, b.render(300))
    exhibit_stamp(sh, 150, y + 66, ["pièce"], rng)
    return [sh]


_register("idcard-td1-mar-cnie-naast-elkaar-stuknummer", "identity-document", PART, "fr", idcard_mar, country="MAR",
          mrz="TD1", photo=True, notes="Moroccan electronic identity card, recto and verso side by side, colour copy, "
                                       "lawyer's red exhibit stamp")


# --------------------------------------------------------------------------- Dutch residence card, office stamp

def permit_nl_lower_half(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None,
                         purpose=None, v_number=None, **opts):
    """Dutch residence document, front above back at the top left of the sheet as a client hands the card over the
    counter of a Dutch law office, copied with the office's violet 'ONTVANGEN' stamp in the top margin and the
    secretary's note of the client's name at the right of the cards."""
    issue, expiry, number, purpose, lines, vnr = nl_permit_data(person, rng, "KLMNPR", issue_date, expiry_date,
                                                                break_check, mrz_override, purpose, v_number)
    f = Sheet(85.6, 54)
    f.rect(0, 0, 85.6, 54, width_mm=0, fill=(224, 234, 246))
    f.text(42.8, 1.6, "KONINKRIJK DER NEDERLANDEN", font="sans4", size_pt=4.8, bold=True, color=(20, 40, 100),
           anchor="center")
    f.text(42.8, 4.4, "VERBLIJFSDOCUMENT", font="sans4", size_pt=5.0, bold=True, color=(20, 40, 100),
           anchor="center")
    f.photo(3, 9, 21, 27, rng)
    for k, (lab, val) in enumerate([("1. Naam", person.surname.upper()),
                                    ("2. Voornamen", person.given_names.upper()),
                                    ("3. Geldig tot", format_date(expiry, "dots", "nl")),
                                    ("4. Soort", "VERBLIJFSVERGUNNING REGULIER"),
                                    ("5. Opmerkingen", purpose.upper()), ("Nr.", number)]):
        f.text(27, 9 + k * 6.9, lab, font="sans4", size_pt=3.5, color=(60, 70, 110))
        f.text(27, 11.2 + k * 6.9, val[:34], font="sans4", size_pt=4.8, bold=True)
    b = Sheet(85.6, 54)
    b.rect(0, 0, 85.6, 54, width_mm=0, fill=(228, 236, 244))
    for k, (lab, val) in enumerate([("Geboortedatum", format_date(person.birth_date, "dots", "nl")),
                                    ("Nationaliteit", country_name(person.nationality, "nl").upper()),
                                    ("V-nummer", vnr), ("Afgiftedatum", format_date(issue, "dots", "nl")),
                                    ("Arbeid", "ARBEID VRIJ TOEGESTAAN, TWV NIET VEREIST")]):
        b.text(3, 2 + k * 6.2, lab, font="sans4", size_pt=3.5, color=(60, 70, 110))
        b.text(3, 4.2 + k * 6.2, val, font="sans4", size_pt=4.8, bold=True)
    size = (78.0 / 30) / 0.602 / (25.4 / 72)
    for i, ln in enumerate(lines):
        b.text(3.5, 36 + i * 4.5, ln, font="ocrb", size_pt=size)
    sh = Sheet()
    sh.image(16, 30, 90, 56.8, f.render(300))
    sh.image(16, 92, 90, 56.8, b.render(300))
    sh.handwriting(118, 40, hand_safe(f"{person.surname} - vvr"), rng, size_pt=12, color=(30, 30, 30), font="hand1")
    return [received_stamp(sh, rng, lang="nl")]


_register("permit-nl-verblijfsdocument-ontvangststempel-boven", "identity-document", PART, "nl", permit_nl_lower_half,
          country="NLD", mrz="TD1", photo=True, notes="Dutch residence document, front above back at the top left, "
                                                        "office's ONTVANGEN stamp, secretary's pencil note")



# --------------------------------------------------------------------------- civil status

_KIN_COMMUNES = ["Lingwala", "Bandalungwa", "Kalamu", "Ngaliema", "Kasa-Vubu", "Limete", "Matete"]


_COD_TOWNS = {"Lubumbashi": ["Lubumbashi", "Kampemba", "Kenya"], "Mbuji-Mayi": ["Diulu", "Kanshi", "Bipemba"],
              "Kisangani": ["Makiso", "Mangobo", "Tshopo"], "Bukavu": ["Ibanda", "Kadutu", "Bagira"],
              "Goma": ["Goma", "Karisimbi"], "Matadi": ["Matadi", "Nzanza", "Mvuzi"], "Kananga": ["Kananga", "Katoka"],
              "Kikwit": ["Lukolela", "Nzinda"], "Mbandaka": ["Mbandaka", "Wangata"]}


def _cod_place(place: str, rng: random.Random) -> tuple[str, str]:
    """(town, commune) of the civil-status office where a birth at ``place`` was registered."""
    town = strip_accents(place)
    if town in _COD_TOWNS:
        return town, rng.choice(_COD_TOWNS[town])
    return "Kinshasa", rng.choice(_KIN_COMMUNES)


def _cod_head(sh: Sheet, f: str, commune: str, town: str = "Kinshasa") -> None:
    sh.text(105, 10, "RÉPUBLIQUE DÉMOCRATIQUE DU CONGO", font=f, size_pt=10.5, bold=True, anchor="center")
    sh.text(105, 15, "Ville-Province de Kinshasa" if town == "Kinshasa" else f"Ville de {town}", font=f, size_pt=9,
            anchor="center")
    sh.text(105, 19.5, f"Commune de {commune} – Bureau principal de l'état civil", font=f, size_pt=9, anchor="center")
    sh.rect(96, 23, 18, 1.2, width_mm=0, fill=(0, 127, 255))
    sh.rect(96, 24.2, 18, 0.6, width_mm=0, fill=(247, 212, 23))
    sh.rect(96, 24.8, 18, 1.2, width_mm=0, fill=(206, 16, 33))


def _dotted(sh: Sheet, x: float, y: float, lab: str, val: str, f: str, tf: str, *, x2: float = 190,
            vx: float | None = None) -> None:
    """A printed label followed by a dotted line on which the value is typed."""
    sh.text(x, y, lab, font=f, size_pt=9.2)
    lx = x + text_width_mm(lab, f, 9.2) + 1.5
    sh.rule(lx, y + 4.0, x2, y + 4.0, width_mm=0.12, dash=0.4, color=(110, 110, 110))
    sh.text(vx or lx + 2, y - 0.2, val, font=tf, size_pt=10)


def birth_cod_kinshasa(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """A Kinshasa commune's birth act on the printed national form: 'Volume' and 'Folio' boxes at the top right,
    printed labels each followed by a dotted line on which the clerk typed the value, the declarant and two
    witnesses, the officer's signature over the commune's round stamp; the copy made with the binder clip on."""
    issued = _when(rng, issue_date, 20, 500)
    act = act_date or person.birth_date + datetime.timedelta(days=rng.randint(5, 80))
    town, commune = _cod_place(person.birth_place, rng)
    fa, mo = father or person.father or "", mother or person.mother or ""
    sh = Sheet()
    f, tf = "sans6", "typewriter3"
    _cod_head(sh, f, commune, town)
    sh.rect(150, 30, 40, 16, width_mm=0.3)
    sh.text(152, 31.5, f"Volume : {rng.choice(['I', 'II', 'III', 'IV'])}", font=f, size_pt=8.5)
    sh.text(152, 36, f"Folio : {rng.randint(10, 400)}", font=f, size_pt=8.5)
    sh.text(152, 40.5, f"N° : {rng.randint(100, 9999)}/{act.year}", font=f, size_pt=8.5)
    sh.text(20, 36, "ACTE DE NAISSANCE", font=f, size_pt=15, bold=True)
    y = 56
    rows = [("L'an", f"{act.year}, le {format_date(act, 'long', 'fr')}"),
            ("Nous,", "Officier de l'état civil de la Commune de " + commune),
            ("avons constaté la naissance de", f"{person.surname.upper()} {person.given_names}"),
            ("de sexe", "féminin" if person.sex == "F" else "masculin"),
            ("né(e) à", f"{person.birth_place}, le {format_date(person.birth_date, 'slashes', 'fr')}"),
            ("fils/fille de", fa), ("et de", mo),
            ("sur déclaration de", fa or mo),
            ("en présence des témoins", f"{rng.choice(['MBUYI', 'KABONGO', 'LUKUSA', 'NKUMU'])} et "
                                        f"{rng.choice(['MASIKA', 'KAPINGA', 'BOLINGO', 'NSIMBA'])}")]
    for lab, val in rows:
        _dotted(sh, 20, y, lab, val, f, tf)
        y += 10
    sh.paragraph(20, y + 2, 170, "Lecture faite, le déclarant et les témoins ont signé avec Nous.", font=f,
                 size_pt=9.2)
    sh.text(20, y + 14, f"Pour copie conforme, {town}, le {format_date(issued, 'slashes', 'fr')}", font=f,
            size_pt=10)
    sh.text(122, y + 24, "L'Officier de l'état civil", font=f, size_pt=9.5)
    sh.stamp(92, y + 22, ["RÉP. DÉM. DU CONGO", "ÉTAT CIVIL", f"COMMUNE DE {commune.upper()}"], rng, size_mm=30,
             color=(40, 70, 160))
    sh.signature(125, y + 30, 42, 14, rng)
    return [clip_shadow(sh, rng)]


def birth_mar_copie_integrale(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """A Moroccan civil-status office's 'copie intégrale d'acte de naissance' in its French version: the heading
    (Royaume du Maroc, Ministère de l'Intérieur, Province, Commune, Bureau d'état civil) at the left, the act's
    number and year in a framed box, the body as a framed column of numbered lines, 'mentions marginales' at the
    foot; the officer's stamp and signature; copied after being folded in four."""
    issued = _when(rng, issue_date, 20, 400)
    act = act_date or person.birth_date + datetime.timedelta(days=rng.randint(3, 60))
    provs = {"Casablanca": ("Casablanca", "Casablanca"), "Tanger": ("Tanger-Assilah", "Tanger"),
             "Nador": ("Nador", "Nador"), "Al Hoceima": ("Al Hoceima", "Al Hoceima"), "Oujda": ("Oujda-Angad", "Oujda"),
             "Fès": ("Fès", "Fès"), "Marrakech": ("Marrakech", "Marrakech"), "Berkane": ("Berkane", "Berkane"),
             "Tétouan": ("Tétouan", "Tétouan"), "Rabat": ("Rabat", "Rabat"), "Meknès": ("Meknès", "Meknès")}
    prov = provs.get(person.birth_place) or (person.birth_place, person.birth_place)
    fa, mo = father or person.father or "", mother or person.mother or ""
    sh = Sheet()
    f = "serif5"
    for k, t in enumerate(["ROYAUME DU MAROC", "Ministère de l'Intérieur", f"Province de {prov[0]}",
                           f"Commune de {prov[1]}", "Bureau de l'état civil"]):
        sh.text(20, 12 + k * 4.6, t, font=f, size_pt=9 if k else 10, bold=not k)
    sh.rect(140, 12, 50, 16, width_mm=0.4)
    sh.text(143, 14, f"Acte n° {rng.randint(10, 2999)}", font=f, size_pt=9.5)
    sh.text(143, 20, f"Année {act.year}", font=f, size_pt=9.5)
    sh.text(105, 44, "COPIE INTÉGRALE D'ACTE DE NAISSANCE", font=f, size_pt=13.5, bold=True, anchor="center")
    sh.rect(20, 52, 170, 118, width_mm=0.5)
    sh.rect(21.2, 53.2, 167.6, 115.6, width_mm=0.15)
    rows = [("Nom de famille", person.surname.upper()), ("Prénom", person.given_names),
            ("Date de naissance", format_date(person.birth_date, "long", "fr")), ("Lieu de naissance", person.birth_place),
            ("Sexe", "féminin" if person.sex == "F" else "masculin"), ("Nationalité", "marocaine"),
            ("Père", fa), ("Mère", mo), ("Acte dressé le", format_date(act, "slashes", "fr")),
            ("Sur déclaration de", fa or mo)]
    y = 58
    for n, (lab, val) in enumerate(rows, 1):
        sh.text(26, y, f"{n}.", font=f, size_pt=9.5)
        sh.text(33, y, f"{lab} :", font=f, size_pt=9.5, color=(70, 70, 70))
        sh.text(80, y, val, font=f, size_pt=10.5, bold=True)
        y += 10.5
    sh.text(20, 176, "Mentions marginales : Néant", font=f, size_pt=9.5)
    sh.text(20, 186, f"Copie certifiée conforme au registre, délivrée à {prov[1]}, le "
                     f"{format_date(issued, 'slashes', 'fr')}", font=f, size_pt=9.5)
    sh.text(130, 198, "L'Officier de l'état civil", font=f, size_pt=9.5)
    sh.stamp(96, 196, ["ROYAUME DU MAROC", "ÉTAT CIVIL", prov[1].upper()], rng, size_mm=28, color=(40, 110, 60))
    sh.signature(130, 204, 40, 13, rng)
    return [fold_creases(sh, rng)]


def birth_tur_nufus(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """A district population office's 'Doğum Kayıt Örneği' (birth-registration extract): the ministry's and the
    directorate's heading at the left, the record as 'Label : value' lines in two columns, the registrar's round
    seal and signature, a verification code line at the foot; scanned in black-and-white photo mode."""
    issued = _when(rng, issue_date, 10, 200)
    il = rng.choice(["KAYSERİ", "YOZGAT", "KONYA", "AKSARAY", "SİVAS", "TOKAT"])
    ilce = rng.choice(["MERKEZ", "YEŞİLHİSAR", "SORGUN", "ERMENEK", "ZİLE"])
    fa = (father or person.father or "").split(" ")[0].upper()
    mo = (mother or person.mother or "").split(" ")[0].upper()
    sh = Sheet()
    f = "sans6"
    sh.text(20, 12, "T.C.", font=f, size_pt=10, bold=True)
    sh.text(20, 17, "İÇİŞLERİ BAKANLIĞI", font=f, size_pt=9.5, bold=True)
    sh.text(20, 21.5, "Nüfus ve Vatandaşlık İşleri Genel Müdürlüğü", font=f, size_pt=9)
    sh.text(20, 26, f"{ilce} İlçe Nüfus Müdürlüğü ({il})", font=f, size_pt=9)
    sh.text(105, 40, "DOĞUM KAYIT ÖRNEĞİ", font=f, size_pt=14, bold=True, anchor="center")
    left = [("T.C. Kimlik No", "1" + _digits(rng, 10)), ("Soyadı", person.surname.upper()),
            ("Adı", person.given_names.upper()), ("Cinsiyeti", "KADIN" if person.sex == "F" else "ERKEK"),
            ("Baba Adı", fa), ("Ana Adı", mo)]
    right = [("Doğum Yeri", strip_accents(person.birth_place).upper()),
             ("Doğum Tarihi", format_date(person.birth_date, "dots", "nl")),
             ("İl", il), ("İlçe", ilce), ("Cilt / Hane / BSN", f"{rng.randint(10, 99)} / {rng.randint(1, 400)} / "
                                                             f"{rng.randint(1, 40)}"),
             ("Medeni Hali", "BEKAR")]
    for col, items in ((20, left), (110, right)):
        y = 54
        for lab, val in items:
            sh.text(col, y, lab, font=f, size_pt=9)
            sh.text(col + 30, y, f": {val}", font=f, size_pt=9.5, bold=True)
            y += 8
    sh.paragraph(20, 110, 170, "Yukarıda kimlik bilgileri yazılı kişinin doğum kaydı nüfus kütüğündeki kayda "
                 "uygundur.", font=f, size_pt=9.5)
    sh.text(20, 124, f"Düzenleme Tarihi: {format_date(issued, 'dots', 'nl')}", font=f, size_pt=9.5)
    sh.text(130, 132, "Nüfus Müdürü", font=f, size_pt=9.5)
    sh.stamp(96, 128, ["T.C.", f"{ilce} NÜFUS MÜDÜRLÜĞÜ"], rng, size_mm=28, color=(30, 30, 30))
    sh.signature(128, 138, 40, 13, rng)
    sh.text(20, 280, f"Doğrulama Kodu: {_digits(rng, 4)}-{_digits(rng, 4)}-{_digits(rng, 4)}", font=f, size_pt=8,
            color=GREY)
    return [halftone_scan(sh, rng)]


def birth_be_eupen(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """A German-speaking commune's 'Auszug aus einer Geburtsurkunde' printed from the federal civil-status database:
    the commune's name and 'Standesamt' at the top right, 'Rubrik: Wert' in a two-column grid with thin grey rules,
    the act's reference and 'elektronisch unterzeichnet' at the foot; the office's incoming-mail stamp."""
    issued = _when(rng, issue_date, 10, 300)
    act = act_date or person.birth_date + datetime.timedelta(days=rng.randint(1, 8))
    city = rng.choice(["Eupen", "Sankt Vith", "Kelmis", "Bütgenbach", "Raeren"])
    sh = Sheet()
    f = "sans5"
    sh.text(190, 12, f"Gemeinde {city}", font=f, size_pt=13, bold=True, anchor="right")
    sh.text(190, 18, "Standesamt – Bürgerdienst", font=f, size_pt=9, anchor="right", color=GREY)
    sh.text(20, 40, "AUSZUG AUS EINER GEBURTSURKUNDE", font=f, size_pt=13.5, bold=True)
    rows = [("Name", person.surname.upper()), ("Vorname(n)", person.given_names),
            ("Geschlecht", "weiblich" if person.sex == "F" else "männlich"),
            ("Geburtsdatum", format_date(person.birth_date, "dots", "nl")), ("Geburtsort", person.birth_place),
            ("Elternteil 1", father or person.father or ""), ("Elternteil 2", mother or person.mother or ""),
            ("Datum der Urkunde", format_date(act, "dots", "nl"))]
    y = 52
    for lab, val in rows:
        sh.rule(20, y + 6.5, 190, y + 6.5, width_mm=0.1, color=(170, 170, 170))
        sh.text(22, y, lab, font=f, size_pt=10, color=(80, 80, 80))
        sh.text(75, y, val, font=f, size_pt=10.5)
        y += 9
    sh.paragraph(20, y + 8, 170, "Auszug ausgestellt auf Grundlage der Datenbank der Personenstandsurkunden (DABS). "
                 "Dieses Dokument ist elektronisch unterzeichnet und bedarf keiner handschriftlichen Unterschrift.",
                 font=f, size_pt=9, color=(60, 60, 60))
    sh.text(20, y + 24, f"Ausgestellt in {city}, am {format_date(issued, 'dots', 'nl')}", font=f, size_pt=10)
    sh.text(20, 282, f"Ref. Urkunde: {_digits(rng, 2)}.{_digits(rng, 6)}.{_digits(rng, 4)}", font=f, size_pt=8,
            color=GREY)
    return [received_stamp(sh, rng, lang="fr", at=(20, 22))]


_register("birth-cod-acte-kinshasa-formulaire-imprime", "birth-certificate", PART, "fr", birth_cod_kinshasa,
          country="COD", notes="Kinshasa commune's birth act on the printed form, values typed on dotted lines, "
                               "volume/folio box, binder clip on the copy")
_register("birth-mar-copie-integrale-bilingue-cadre", "birth-certificate", PART, "fr", birth_mar_copie_integrale,
          country="MAR", notes="Moroccan copie intégrale (French version), numbered lines in a double frame, "
                               "folded in four")
_register("birth-tur-nufus-mudurlugu-dogum-kayit", "birth-certificate", PART, "tr", birth_tur_nufus,
          country="TUR", notes="Turkish district population office's birth-registration extract, label: value in "
                               "two columns, dithered black-and-white scan")
_register("birth-be-eupen-auszug-geburtsurkunde", "birth-certificate", PART, "de", birth_be_eupen, country="BEL",
          notes="German-speaking commune's birth extract from the federal database, grey-ruled grid, incoming stamp")


# --------------------------------------------------------------------------- nationality certificates

def nationality_cod_tgi(person, rng, *, issue_date=None, **opts):
    """A Kinshasa court's 'certificat de nationalité' on the printed form of the Tribunal de Grande Instance: the
    registry number and the 'Réquisition' date, the values typed on dotted lines, the greffier divisionnaire's
    signature beside the president's and the court's stamp; a fiscal stamp cancelled with a line."""
    issued = _when(rng, issue_date, 30, 500)
    court = rng.choice(["Kinshasa/Gombe", "Kinshasa/Kalamu", "Kinshasa/Matete", "Kinshasa/Ndjili"])
    sh = Sheet()
    f, tf = "sans6", "typewriter3"
    sh.text(20, 12, "RÉPUBLIQUE DÉMOCRATIQUE DU CONGO", font=f, size_pt=10, bold=True)
    sh.text(20, 17, "POUVOIR JUDICIAIRE", font=f, size_pt=8.5)
    sh.text(20, 21.5, f"TRIBUNAL DE GRANDE INSTANCE DE {court.upper()}", font=f, size_pt=8.5)
    sh.text(190, 21.5, f"RC {rng.randint(1000, 99999)}", font=f, size_pt=9, anchor="right")
    sh.text(105, 40, "CERTIFICAT DE NATIONALITÉ", font=f, size_pt=15, bold=True, anchor="center")
    y = 56
    _dotted(sh, 20, y, "Le Président du Tribunal certifie que", "", f, tf)
    y += 10
    for lab, val in [("Nom, post-nom et prénom", f"{person.surname.upper()} {person.given_names}"),
                     ("né(e) à", person.birth_place), ("le", format_date(person.birth_date, "slashes", "fr")),
                     ("fils/fille de", person.father or "..."), ("et de", person.mother or "...")]:
        _dotted(sh, 20, y, lab, val, f, tf)
        y += 10
    sh.paragraph(20, y + 2, 170, "est de nationalité congolaise d'origine, conformément à la loi n° 04/024 du 12 "
                 "novembre 2004 relative à la nationalité congolaise.", font=f, size_pt=10, leading=1.5)
    sh.text(20, y + 20, f"Fait à Kinshasa, le {format_date(issued, 'slashes', 'fr')}", font=f, size_pt=10)
    sh.text(24, y + 32, "Le Greffier divisionnaire", font=f, size_pt=9.5)
    sh.text(130, y + 32, "Le Président", font=f, size_pt=9.5)
    sh.signature(24, y + 37, 38, 12, rng)
    sh.signature(128, y + 37, 40, 13, rng, color=(15, 15, 60))
    sh.stamp(84, y + 32, ["TGI " + court.upper(), "RDC"], rng, size_mm=28, color=(40, 70, 160))
    sh.rect(24, y + 60, 22, 26, width_mm=0.2, fill=(226, 232, 244))
    sh.text(35, y + 68, "DGRAD", font="sans", size_pt=6, anchor="center", color=(40, 60, 120))
    sh.rule(22, y + 88, 48, y + 58, width_mm=0.5, color=(30, 30, 30))
    return [sh]


def nationality_mar_tpi(person, rng, *, issue_date=None, **opts):
    """A Moroccan first-instance court's 'certificat de nationalité marocaine' in its French version, typed on A4
    with the court's heading centred, the holder's data in a two-column bordered table, the judge's signature and
    the court's stamp; copied with the office's incoming-mail stamp."""
    issued = _when(rng, issue_date, 20, 400)
    court = rng.choice(["Nador", "Tanger", "Oujda", "Al Hoceima", "Tétouan"])
    sh = Sheet()
    f = "serif2"
    sh.text(105, 12, "ROYAUME DU MAROC", font=f, size_pt=11, bold=True, anchor="center")
    sh.text(105, 17.5, "Ministère de la Justice", font=f, size_pt=9, anchor="center")
    sh.text(105, 22, f"Tribunal de Première Instance de {court}", font=f, size_pt=9, anchor="center")
    sh.text(105, 40, "CERTIFICAT DE NATIONALITÉ MAROCAINE", font=f, size_pt=14, bold=True, anchor="center")
    sh.text(105, 47, f"N° {rng.randint(100, 9999)}/{issued.year}", font=f, size_pt=9.5, anchor="center")
    sh.paragraph(22, 56, 166, "Le Président du Tribunal de Première Instance, vu le dahir n° 1-58-250 du 6 septembre "
                 "1958 portant Code de la nationalité marocaine, tel que modifié, certifie que la personne désignée "
                 "ci-après :", font=f, size_pt=10.5, leading=1.5)
    y = 74
    for lab, val in [("Nom", person.surname.upper()), ("Prénom", person.given_names),
                     ("Date de naissance", format_date(person.birth_date, "slashes", "fr")),
                     ("Lieu de naissance", person.birth_place), ("Père", person.father or "..."),
                     ("Mère", person.mother or "...")]:
        sh.rect(22, y, 50, 8, width_mm=0.25, fill=(238, 238, 238))
        sh.rect(72, y, 116, 8, width_mm=0.25)
        sh.text(24, y + 1.8, lab, font=f, size_pt=10)
        sh.text(74, y + 1.6, val, font=f, size_pt=10.5, bold=True)
        y += 8
    sh.paragraph(22, y + 6, 166, "est de nationalité marocaine par filiation paternelle (article 6 du Code précité).",
                 font=f, size_pt=10.5)
    sh.text(22, y + 20, f"{court}, le {format_date(issued, 'long', 'fr')}", font=f, size_pt=10.5)
    sh.text(130, y + 30, "Le Président", font=f, size_pt=10.5)
    sh.signature(128, y + 36, 40, 13, rng, color=(15, 15, 60))
    sh.stamp(92, y + 28, ["TRIBUNAL DE 1re INSTANCE", court.upper(), "ROYAUME DU MAROC"], rng, size_mm=30,
             color=(40, 110, 60))
    return [received_stamp(sh, rng, lang="fr")]


_register("nationality-cod-tgi-gombe-imprime", "nationality-certificate", PART, "fr", nationality_cod_tgi,
          country="COD", notes="Kinshasa court's certificate of nationality on the printed form, dotted lines, two "
                               "signatures, cancelled DGRAD fiscal stamp")
_register("nationality-mar-tpi-attestation-arabe-francais", "nationality-certificate", PART, "fr",
          nationality_mar_tpi, country="MAR", notes="Moroccan court's certificate of nationality (French version), "
                                                   "bordered two-column table, incoming-mail stamp")


# --------------------------------------------------------------------------- identity certificates

def idcert_cod_consulat(person, rng, *, issue_date=None, declarative=False, **opts):
    """The DRC consulate general in Antwerp's 'attestation d'identité' printed on a half-A4 card ('carton') laid on the
    glass of an A4 copy: the photo stapled at the top left with the consulate's dry stamp across its corner, the
    data as printed labels with typed values, the consul's signature; the staple's shadow on the photo."""
    issued = _when(rng, issue_date, 20, 400)
    card = Sheet(148, 105)
    f = "sans4"
    card.rect(0, 0, 148, 105, width_mm=0, fill=(248, 246, 236))
    card.rect(2, 2, 144, 101, width_mm=0.5, color=(40, 70, 160))
    card.text(74, 5, "RÉPUBLIQUE DÉMOCRATIQUE DU CONGO", font=f, size_pt=8.5, bold=True, anchor="center")
    card.text(74, 9.5, "Consulat Général à Anvers", font=f, size_pt=7.5, anchor="center")
    card.text(74, 15, "ATTESTATION D'IDENTITÉ", font=f, size_pt=11, bold=True, anchor="center")
    card.photo(8, 22, 26, 33, rng)
    card.rect(10, 21, 8, 1.2, width_mm=0, fill=(110, 110, 110))
    card.stamp(20, 40, ["CONSULAT GÉNÉRAL", "RDC ANVERS"], rng, size_mm=18, color=(170, 170, 190))
    y = 23
    for lab, val in [("Nom", person.surname.upper()), ("Post-nom / Prénom", person.given_names),
                     ("Né(e) à", person.birth_place), ("Le", format_date(person.birth_date, "slashes", "fr")),
                     ("Père", person.father or "—"), ("Mère", person.mother or "—"), ("Nationalité", "congolaise")]:
        card.text(40, y, f"{lab} :", font=f, size_pt=7.5, color=(90, 90, 90))
        card.text(70, y, val[:40], font="typewriter3", size_pt=8.5)
        y += 5.4
    basis = ("Délivrée sur la base des déclarations de l'intéressé(e)." if declarative else
             f"Délivrée au vu de la carte consulaire n° {_digits(rng, 6)} et de l'acte de naissance.")
    card.paragraph(8, 66, 132, basis, font=f, size_pt=7.5)
    card.text(8, 76, f"Anvers, le {format_date(issued, 'slashes', 'fr')}", font=f, size_pt=8)
    card.text(98, 76, "Le Consul Général", font=f, size_pt=8)
    card.signature(96, 81, 36, 12, rng)
    card.stamp(70, 76, ["CONSULAT GÉNÉRAL", "RDC", "ANVERS"], rng, size_mm=22, color=(40, 70, 160))
    sh = Sheet()
    sh.image(30, 30, 148, 105, card.render(300).rotate(rng.uniform(-1.2, 1.2), expand=False,
                                                         fillcolor=(255, 255, 255)))
    return [sh]


def idcert_mar_consulat(person, rng, *, issue_date=None, declarative=False, **opts):
    """The Moroccan consulate general in Liège's 'attestation d'identité': the consulate's heading at the left, the
    data in a bordered table whose right column is the photo cell spanning the rows, the consul's signature and
    stamp, the lawyer's exhibit stamp at the top right of the copy."""
    issued = _when(rng, issue_date, 20, 400)
    sh = Sheet()
    f = "serif3"
    sh.text(20, 12, "ROYAUME DU MAROC", font=f, size_pt=10.5, bold=True)
    sh.text(20, 17, "Ministère des Affaires Étrangères", font=f, size_pt=8.5)
    sh.text(20, 21.5, "Consulat Général du Royaume du Maroc à Liège", font=f, size_pt=8.5)
    sh.text(105, 40, "ATTESTATION D'IDENTITÉ", font=f, size_pt=14, bold=True, anchor="center")
    sh.text(105, 46.5, f"N° {rng.randint(100, 9999)}/CGL/{issued.year}", font=f, size_pt=9, anchor="center")
    sh.paragraph(20, 54, 170, "Le Consul Général du Royaume du Maroc à Liège atteste que la personne dont les "
                 "renseignements et la photographie figurent ci-dessous est connue de ses services :", font=f,
                 size_pt=10, leading=1.5)
    y0 = 70
    rows = [("Nom", person.surname.upper()), ("Prénom", person.given_names),
            ("Date de naissance", format_date(person.birth_date, "slashes", "fr")), ("Lieu de naissance",
                                                                                  person.birth_place),
            ("Filiation", f"{person.father or '—'} / {person.mother or '—'}"), ("Nationalité", "marocaine")]
    for k, (lab, val) in enumerate(rows):
        y = y0 + k * 9
        sh.rect(20, y, 42, 9, width_mm=0.25, fill=(240, 240, 240))
        sh.rect(62, y, 90, 9, width_mm=0.25)
        sh.text(22, y + 2.2, lab, font=f, size_pt=9.2)
        sh.text(64, y + 2, val[:44], font=f, size_pt=10, bold=True)
    sh.rect(152, y0, 38, 54, width_mm=0.25)
    sh.photo(156, y0 + 6, 30, 40, rng)
    sh.stamp(166, y0 + 34, ["CONSULAT", "LIÈGE"], rng, size_mm=16, color=(40, 110, 60))
    basis = ("Attestation délivrée sur la foi des déclarations de l'intéressé(e)." if declarative else
             "Attestation délivrée au vu de la carte d'immatriculation consulaire et de la copie intégrale de "
             "l'acte de naissance.")
    y = sh.paragraph(20, y0 + 62, 170, basis, font=f, size_pt=10, leading=1.5)
    sh.text(20, y + 8, f"Liège, le {format_date(issued, 'long', 'fr')}", font=f, size_pt=10)
    sh.text(125, y + 18, "Le Consul Général", font=f, size_pt=10)
    sh.signature(124, y + 23, 42, 14, rng)
    sh.stamp(92, y + 16, ["CONSULAT GÉNÉRAL DU MAROC", "LIÈGE"], rng, size_mm=28, color=(40, 110, 60))
    exhibit_stamp(sh, 160, 10, ["pièce"], rng)
    return [sh]


_register("idcert-cod-consulat-anvers-carton", "identity-certificate", PART, "fr", idcert_cod_consulat,
          country="COD", photo=True, notes="DRC consulate general in Antwerp's identity attestation on a half-A4 card "
                                           "laid on the glass, photo stapled with a dry stamp")
_register("idcert-mar-consulat-liege-tableau", "identity-certificate", PART, "fr", idcert_mar_consulat,
          country="MAR", photo=True, notes="Moroccan consulate general in Liège's identity attestation, bordered "
                                           "table with a photo cell, lawyer's exhibit stamp")


# --------------------------------------------------------------------------- marriage

def marriage_cod_kinshasa(person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    """A Kinshasa commune's marriage act on the printed form: the spouses' particulars typed on dotted lines under
    'L'époux' and 'L'épouse', the regime (monogamie, communauté réduite aux acquêts) and the dowry's mention,
    the officer's stamp; copied with the binder clip on."""
    issued = _when(rng, issue_date, 20, 300)
    wed = marriage_date or (issued - datetime.timedelta(days=900))
    h, w = (person, spouse) if person.sex == "M" else (spouse, person)
    commune = rng.choice(_KIN_COMMUNES)
    sh = Sheet()
    f, tf = "sans6", "typewriter3"
    _cod_head(sh, f, commune)
    sh.text(20, 36, "ACTE DE MARIAGE", font=f, size_pt=15, bold=True)
    sh.text(190, 36, f"N° {rng.randint(10, 900)}/{wed.year} – Vol. {rng.choice(['I', 'II'])}", font=f, size_pt=9,
            anchor="right")
    _dotted(sh, 20, 50, "L'an", f"{wed.year}, le {format_date(wed, 'long', 'fr')}, devant Nous, Officier de l'état "
                               "civil", f, tf)
    y = 62
    for t, p in (("L'époux", h), ("L'épouse", w)):
        sh.text(20, y, t, font=f, size_pt=10, bold=True)
        y += 7
        if p is None:
            continue
        for lab, val in [("Nom et prénoms", f"{p.surname.upper()} {p.given_names}"),
                         ("né(e) à", f"{p.birth_place}, le {format_date(p.birth_date, 'slashes', 'fr')}"),
                         ("nationalité", country_name(p.nationality, "fr"))]:
            _dotted(sh, 26, y, lab, val, f, tf)
            y += 9
        y += 3
    _dotted(sh, 20, y, "Régime matrimonial", "monogamie – communauté réduite aux acquêts", f, tf)
    _dotted(sh, 20, y + 9, "Dot", "versée et reçue, selon la coutume", f, tf)
    sh.text(20, y + 22, f"Pour copie conforme, Kinshasa, le {format_date(issued, 'slashes', 'fr')}", font=f,
            size_pt=10)
    sh.text(122, y + 32, "L'Officier de l'état civil", font=f, size_pt=9.5)
    sh.stamp(90, y + 30, ["RÉP. DÉM. DU CONGO", "ÉTAT CIVIL", f"COMMUNE DE {commune.upper()}"], rng, size_mm=30,
             color=(40, 70, 160))
    sh.signature(125, y + 38, 42, 14, rng)
    return [clip_shadow(sh, rng)]


def marriage_be_eupen(person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    """A German-speaking commune's 'Auszug aus einer Heiratsurkunde' from the federal database: 'Ehegatte 1' and
    'Ehegatte 2' one under the other in grey-ruled grids, the reference in the footer."""
    issued = _when(rng, issue_date, 20, 300)
    wed = marriage_date or (issued - datetime.timedelta(days=800))
    city = rng.choice(["Eupen", "Sankt Vith", "Kelmis", "Lontzen"])
    sh = Sheet()
    f = "sans5"
    sh.text(190, 12, f"Gemeinde {city}", font=f, size_pt=13, bold=True, anchor="right")
    sh.text(190, 18, "Standesamt – Bürgerdienst", font=f, size_pt=9, anchor="right", color=GREY)
    sh.text(20, 40, "AUSZUG AUS EINER HEIRATSURKUNDE", font=f, size_pt=13.5, bold=True)
    sh.text(20, 48, f"Eheschließung am {format_date(wed, 'dots', 'nl')} in {city}", font=f, size_pt=10)
    y = 58
    for k, p in enumerate((person, spouse)):
        sh.text(20, y, f"Ehegatte {k + 1}", font=f, size_pt=11, bold=True)
        y += 7
        if p is None:
            continue
        for lab, val in [("Name", p.surname.upper()), ("Vorname(n)", p.given_names),
                         ("Geburtsdatum", format_date(p.birth_date, "dots", "nl")), ("Geburtsort", p.birth_place),
                         ("Staatsangehörigkeit", country_name(p.nationality, "de"))]:
            sh.rule(20, y + 6.5, 190, y + 6.5, width_mm=0.1, color=(170, 170, 170))
            sh.text(22, y, lab, font=f, size_pt=10, color=(80, 80, 80))
            sh.text(75, y, val, font=f, size_pt=10.5)
            y += 8.5
        y += 5
    sh.paragraph(20, y + 4, 170, "Auszug ausgestellt auf Grundlage der Datenbank der Personenstandsurkunden (DABS). "
                 "Dieses Dokument ist elektronisch unterzeichnet.", font=f, size_pt=9, color=(60, 60, 60))
    sh.text(20, y + 18, f"Ausgestellt in {city}, am {format_date(issued, 'dots', 'nl')}", font=f, size_pt=10)
    sh.text(20, 282, f"Ref. Urkunde: {_digits(rng, 2)}.{_digits(rng, 6)}.{_digits(rng, 4)}", font=f, size_pt=8,
            color=GREY)
    return [sh]


def marriage_mar_resume(person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    """A Moroccan family court's 'résumé d'acte de mariage' in its French version (the adoul act summarised by the
    notarial section): the court's heading, the act's number, 'page' and 'registre', the spouses' particulars in
    two bordered blocks side by side, the sadaq mentioned, the judge's stamp; folded in four before copying."""
    issued = _when(rng, issue_date, 20, 300)
    wed = marriage_date or (issued - datetime.timedelta(days=900))
    h, w = (person, spouse) if person.sex == "M" else (spouse, person)
    court = rng.choice(["Nador", "Tanger", "Oujda", "Berkane"])
    sh = Sheet()
    f = "serif5"
    sh.text(20, 12, "ROYAUME DU MAROC", font=f, size_pt=10.5, bold=True)
    sh.text(20, 17, "Ministère de la Justice", font=f, size_pt=9)
    sh.text(20, 21.5, f"Tribunal de Première Instance de {court} – Section de la famille", font=f, size_pt=9)
    sh.text(105, 38, "RÉSUMÉ D'ACTE DE MARIAGE", font=f, size_pt=14, bold=True, anchor="center")
    sh.text(105, 45, f"Acte n° {rng.randint(10, 900)} – page {rng.randint(1, 400)} – registre "
                     f"{rng.randint(1, 60)} – conclu le {format_date(wed, 'slashes', 'fr')}", font=f, size_pt=9.5,
            anchor="center")
    for k, (t, p) in enumerate((("L'ÉPOUX", h), ("L'ÉPOUSE", w))):
        x = 20 + k * 87
        sh.rect(x, 54, 83, 56, width_mm=0.35)
        sh.text(x + 3, 56, t, font=f, size_pt=10.5, bold=True)
        if p is None:
            continue
        yy = 64
        for lab, val in [("Nom", p.surname.upper()), ("Prénom", p.given_names),
                         ("Né(e) le", format_date(p.birth_date, "slashes", "fr")), ("à", p.birth_place),
                         ("Nationalité", country_name(p.nationality, "fr"))]:
            sh.text(x + 3, yy, f"{lab} :", font=f, size_pt=8.5, color=GREY)
            sh.text(x + 25, yy, val[:30], font=f, size_pt=9.5, bold=True)
            yy += 8.5
    sh.text(20, 118, f"Sadaq : {rng.choice(['5 000', '10 000', '20 000'])} dirhams, versé.", font=f, size_pt=10)
    sh.text(20, 126, f"Délivré à {court}, le {format_date(issued, 'slashes', 'fr')}", font=f, size_pt=10)
    sh.text(125, 136, "Le Juge chargé du notariat", font=f, size_pt=9.5)
    sh.stamp(92, 134, ["TRIBUNAL DE 1re INSTANCE", court.upper(), "SECTION DE LA FAMILLE"], rng, size_mm=28,
             color=(40, 110, 60))
    sh.signature(128, 142, 40, 13, rng)
    return [fold_creases(sh, rng)]


_register("marriage-cod-acte-mariage-kinshasa-formulaire", "marriage-certificate", PART, "fr", marriage_cod_kinshasa,
          country="COD", notes="Kinshasa commune's marriage act on the printed form, values on dotted lines, binder "
                               "clip on the copy")
_register("marriage-be-eupen-auszug-heiratsurkunde", "marriage-certificate", PART, "de", marriage_be_eupen,
          country="BEL", notes="German-speaking commune's marriage extract from the federal database, spouses one "
                               "under the other")
_register("marriage-mar-acte-adoul-resume", "marriage-certificate", PART, "fr", marriage_mar_resume, country="MAR",
          notes="Moroccan family section's résumé of an adoul marriage act (French version), two bordered blocks, "
                "folded in four")



# --------------------------------------------------------------------------- sworn translations

_SRC9 = {"tr": ("Turks", "Turkish"), "es": ("Spaans", "Spanish"), "ar": ("Arabisch", "Arabic"),
         "ru": ("Russisch", "Russian")}
_WHAT9 = {"birth-certificate": "uittreksel uit het geboorteregister",
          "identity-document": "identiteitsdocument"}


def _translation9(where: str):
    def make(person, rng, *, issue_date=None, of_type="birth-certificate", source_lang=None, **opts):
        issued = _when(rng, issue_date, 5, 60)
        src = _SRC9.get(source_lang or "tr", (source_lang or "tr", source_lang or "tr"))
        what = _WHAT9.get(of_type, of_type)
        sh = Sheet()
        if where == "gent":
            g, s, _ = make_professional(rng, "BE")
            f = "serif4"
            sh.text(20, 12, f"{g} {s}".upper(), font=f, size_pt=12, bold=True, letter_spacing=0.8)
            sh.text(20, 18, f"Beëdigd vertaler-tolk bij de rechtbank van eerste aanleg Oost-Vlaanderen · {src[0]}",
                    font=f, size_pt=8.5, color=GREY)
            sh.text(20, 22.5, f"{rng.choice(['Sleepstraat', 'Dampoortstraat', 'Brugsesteenweg'])} "
                              f"{rng.randint(2, 180)}, 9000 Gent", font=f, size_pt=8.5, color=GREY)
            sh.rule(20, 26, 190, 26, width_mm=0.3)
            sh.text(105, 36, "BEËDIGDE VERTALING", font=f, size_pt=13, bold=True, anchor="center")
            sh.text(105, 42, f"{what} – uit het {src[0]} in het Nederlands", font=f, size_pt=9.5, anchor="center")
            sh.text(20, 52, f"Origineel ({src[0]})", font=f, size_pt=9, bold=True, color=GREY)
            sh.text(108, 52, "Vertaling", font=f, size_pt=9, bold=True, color=GREY)
            rows = [("Soyadı", "Familienaam", person.surname.upper()), ("Adı", "Voornaam", person.given_names),
                    ("Doğum Tarihi", "Geboortedatum", format_date(person.birth_date, "dots", "nl")),
                    ("Doğum Yeri", "Geboorteplaats", person.birth_place), ("Baba Adı", "Vader", person.father or ""),
                    ("Ana Adı", "Moeder", person.mother or "")]
            if (source_lang or "tr") != "tr":
                rows = [(b, b, v) for _, b, v in rows]
            y = 58
            for a, b, v in rows:
                sh.rule(20, y + 6.5, 190, y + 6.5, width_mm=0.1, color=(160, 160, 160))
                sh.text(20, y, a, font=f, size_pt=9.5, color=(90, 90, 90))
                sh.text(108, y, f"{b}: ", font=f, size_pt=10)
                sh.text(108 + text_width_mm(f"{b}: ", f, 10), y, v, font=f, size_pt=10.5, bold=True)
                y += 8.5
            oath = ("Ik, ondergetekende, beëdigd vertaler, verklaar dat de bovenstaande vertaling getrouw en "
                    "volledig is en overeenstemt met het mij voorgelegde stuk. Ne varietur.")
            y = sh.paragraph(20, y + 10, 170, oath, font=f, size_pt=10, leading=1.45)
            sh.text(20, y + 8, f"Gent, {format_date(issued, 'long', 'nl')}", font=f, size_pt=10)
            sh.signature(120, y + 10, 40, 13, rng)
            sh.stamp(118, y + 2, [f"{g} {s}".upper(), "BEËDIGD VERTALER", "GENT"], rng, shape="round", size_mm=30,
                     color=(30, 30, 30))
        else:
            g, s, _ = make_professional(rng, "NL")
            f = "sans4"
            sh.text(20, 14, f"{g[0]}. {s}", font=f, size_pt=12, bold=True)
            sh.text(20, 20, f"beëdigd vertaler {src[0]}–Nederlands · Wbtv-nr. {_digits(rng, 5)}", font=f,
                    size_pt=8.5, color=GREY)
            sh.text(20, 24.5, f"Laan van Meerdervoort {rng.randint(10, 600)} · 2517 Den Haag", font=f, size_pt=8.5,
                    color=GREY)
            sh.text(20, 40, f"Vertaling uit het {src[0]} — {what}", font=f, size_pt=12, bold=True)
            body = (f"Naam¹: {person.surname.upper()}. Voornaam: {person.given_names}. Geboortedatum: "
                    f"{format_date(person.birth_date, 'dashes_zero', 'nl')}. Geboorteplaats: {person.birth_place}. "
                    f"Naam vader: {person.father or '-'}. Naam moeder: {person.mother or '-'}. "
                    f"Rondstempel² en handtekening³.")
            y = sh.paragraph(20, 52, 170, body, font=f, size_pt=10.5, leading=1.6)
            sh.rule(20, y + 6, 80, y + 6, width_mm=0.2)
            notes = ["¹ In het origineel staat de achternaam vóór de voornaam.", "² Rond stempel van de "
                     "uitgevende dienst, onleesbaar.", "³ Paraaf van de ambtenaar, niet leesbaar."]
            yy = y + 8
            for n in notes:
                sh.text(20, yy, n, font=f, size_pt=8, color=(60, 60, 60))
                yy += 4.5
            oath = ("Ondergetekende, beëdigd vertaler, ingeschreven in het Register beëdigde tolken en vertalers, "
                    "verklaart dat deze vertaling naar zijn beste weten getrouw en volledig is.")
            y = sh.paragraph(20, yy + 8, 170, oath, font=f, size_pt=10, leading=1.4)
            sh.text(20, y + 8, f"Den Haag, {format_date(issued, 'long', 'nl')}", font=f, size_pt=10)
            sh.signature(20, y + 13, 40, 13, rng)
            sh.stamp(100, y + 6, [f"{g[0]}. {s}".upper(), "BEËDIGD VERTALER", "DEN HAAG"], rng, shape="rect",
                     size_mm=34, color=(30, 60, 140))
        return [sh]

    return make


# the Belgian one first: 9ter takes the part's first translation family, the IND the Dutch (NLD) one
_register("translation-be-nl-gent-tweekoloms", "translation", PART, "nl", _translation9("gent"), country="BEL",
          notes="Ghent sworn translator, the original's captions at the left and the translation at the right, "
                "'ne varietur'")
_register("translation-nl-denhaag-voetnoten", "translation", PART, "nl", _translation9("denhaag"), country="NLD",
          notes="The Hague sworn translator, running text with the translator's footnotes")
