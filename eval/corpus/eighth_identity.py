"""Identity and civil-status families of the `eighth` part (registered in identity.FAMILIES).

Written after dev, heldout, fresh, fourth, fifth, sixth and seventh had all been read, by a writer who saw neither
the validator nor its output: passports of Guinea, Cameroon, Afghanistan, Syria, Armenia, Eritrea, Türkiye and
Suriname laid out with the photo at the right and the captions in small italics before their values, copied in the
ways a busy office copies them (a copier whose drum leaves a grey streak down the page, a yellow sticky note with
the lawyer's reminder stuck beside the copy, a dog-eared top corner folded over on the glass, the greenish cast of
a colour multifunction scan, a toner running low so that one side of the page is paler, the dark gutter of a
bundle copied without unstapling it, the commune's 'copie certifiée conforme' stamp); an Armenian identity card
front above back; a Dutch residence document with both sides on the lower half of the sheet; a Conakry commune's
birth extract typed in a ruled table, a Douala civil-status centre's birth act on the national model form, a
Turkish consulate's population-register print with its wet stamp, a Walloon commune's extract printed from the
federal civil-status database; a Guinean court's certificate of nationality, a Cameroonian court's certificate of
nationality; a Guinean embassy's identity attestation and a Cameroonian embassy's one; a Guinean marriage extract and
a Walloon DABS marriage extract; sworn translations from Antwerp and Utrecht.
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

PART = "eighth"
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


def drum_streak(sh: Sheet, rng: random.Random, dpi: int = 200) -> Sheet:
    """A copier whose drum is scratched: one thin grey streak from top to bottom, a little toner dust beside it."""
    img = sh.render(dpi).convert("RGB")
    w, h = img.size
    x = int(w * rng.choice([rng.uniform(0.05, 0.09), rng.uniform(0.9, 0.95)]))
    band = Image.new("L", (w, h), 255)
    d = ImageDraw.Draw(band)
    bw = max(2, int(dpi / 25.4 * rng.uniform(0.6, 1.1)))
    d.rectangle([x, 0, x + bw, h], fill=rng.randint(150, 185))
    r2 = random.Random(rng.random())
    for _ in range(260):
        yy = r2.randint(0, h - 1)
        xx = x + r2.randint(-12, bw + 12)
        d.point((xx, yy), fill=r2.randint(90, 160))
    band = band.filter(ImageFilter.GaussianBlur(0.7))
    from PIL import ImageChops
    img = ImageChops.multiply(img, Image.merge("RGB", (band, band, band)))
    return _as_sheet(img, sh)


def sticky_note(sh: Sheet, x: float, y: float, lines: list[str], rng: random.Random, *, w: float = 42.0,
                grey: bool = False) -> None:
    """A yellow sticky note with the lawyer's reminder in ballpoint, stuck on the page where it covers nothing
    (copied along with the page)."""
    h = 10 + 7 * len(lines)
    fill = (214, 214, 200) if grey else (253, 240, 120)
    sh.rect(x + 0.8, y + 0.8, w, h, width_mm=0, fill=(200, 200, 200) if not grey else (170, 170, 170))
    sh.rect(x, y, w, h, width_mm=0, fill=fill)
    for k, ln in enumerate(lines):
        ln = hand_safe(ln)
        sh.handwriting(x + 3, y + 4 + k * 7, ln, rng, size_pt=11, color=INK_NOTE, font="hand1")


def dog_ear(sh: Sheet, corner: str = "tr", size: float = 16.0) -> None:
    """The top corner folded over on the glass: a triangle of the page's back (grey, with the fold's shadow) and,
    behind it, the lid's white."""
    W = sh.width_mm
    img = Image.new("RGBA", (400, 400), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    if corner == "tr":
        d.polygon([(0, 0), (400, 0), (400, 400)], fill=(255, 255, 255, 255))
        d.polygon([(0, 0), (400, 400), (0, 400)], fill=(226, 226, 222, 255))
        d.line([(0, 0), (400, 400)], fill=(120, 120, 120, 255), width=6)
        sh.image(W - size, 0, size, size, img)
    else:
        d.polygon([(0, 0), (400, 0), (0, 400)], fill=(255, 255, 255, 255))
        d.polygon([(400, 0), (400, 400), (0, 400)], fill=(226, 226, 222, 255))
        d.line([(400, 0), (0, 400)], fill=(120, 120, 120, 255), width=6)
        sh.image(0, 0, size, size, img)


def colour_cast(sh: Sheet, rng: random.Random, dpi: int = 200) -> Sheet:
    """A colour multifunction scan whose white balance is off: the paper greenish-grey, the blacks a little lifted."""
    img = sh.render(dpi).convert("RGB")
    tint = rng.choice([(0.93, 0.97, 0.90), (0.95, 0.94, 0.99), (0.97, 0.95, 0.88)])
    r, g, b = img.split()
    r = r.point(lambda v: int(14 + v * tint[0] * 0.95))
    g = g.point(lambda v: int(14 + v * tint[1] * 0.95))
    b = b.point(lambda v: int(14 + v * tint[2] * 0.95))
    return _as_sheet(Image.merge("RGB", (r, g, b)), sh)


def toner_low(sh: Sheet, rng: random.Random, dpi: int = 200) -> Sheet:
    """Toner running low: one side of the page printed paler (still readable), in a soft gradient."""
    img = sh.render(dpi).convert("RGB")
    w, h = img.size
    grad = Image.linear_gradient("L").rotate(90 if rng.random() < 0.5 else -90).resize((w, h))
    # grad 0..255 across the page; ink kept at 100 % on one side and lifted towards ~45 % grey on the other
    fade = grad.point(lambda v: int(v * 0.45))
    light = Image.new("RGB", (w, h), (255, 255, 255))
    img = Image.composite(light, img, fade)
    return _as_sheet(img, sh)


def gutter_shadow(sh: Sheet, rng: random.Random, dpi: int = 200) -> Sheet:
    """A page copied from a stapled bundle without taking the staple out: the bound edge lifts off the glass and
    comes out as a dark soft band along the left, the page slightly compressed beside it."""
    W, H = sh.width_mm, sh.height_mm
    img = sh.render(dpi)
    out = Sheet(W, H)
    band = rng.uniform(7, 10)
    out.image(band * 0.6, 0, W - band * 0.6, H, img)
    g = Image.linear_gradient("L").rotate(90).resize((200, 40))
    g = Image.merge("RGBA", (Image.new("L", g.size, 20), Image.new("L", g.size, 20), Image.new("L", g.size, 22),
                             g.point(lambda v: int((255 - v) * 0.85))))
    out.image(0, 0, band, H, g.transpose(Image.FLIP_LEFT_RIGHT))
    return out


def certified_copy(sh: Sheet, rng: random.Random, x: float, y: float, commune: str, lang: str = "fr") -> None:
    """The commune's stamp 'copie certifiée conforme' (or 'voor eensluidend afschrift') with the clerk's initials
    and the date written in, as Belgian communes certify copies at the counter."""
    when = datetime.date(2026, rng.choice([9, 10, 11]), rng.randint(2, 27))
    if lang == "fr":
        lines = ["COPIE CERTIFIÉE", "CONFORME À L'ORIGINAL", f"COMMUNE DE {commune.upper()}"]
    else:
        lines = ["VOOR EENSLUIDEND", "AFSCHRIFT", f"GEMEENTE {commune.upper()}"]
    sh.stamp(x, y, lines, rng, shape="rect", size_mm=38, color=(50, 50, 150))
    sh.handwriting(x + 2, y + 17, format_date(when, "slashes", "fr"), rng, size_pt=10, color=(40, 40, 140))
    sh.signature(x + 18, y + 14, 18, 7, rng, style="initials", color=(40, 40, 140))


# --------------------------------------------------------------------------- passports (TD3)

_PP8 = {
    "GIN": dict(state="RÉPUBLIQUE DE GUINÉE", sub="PASSEPORT / PASSPORT", nat="GUINÉENNE", date="slashes", years=5,
                number=lambda r: "R" + _digits(r, 7), authority=lambda r: "DCPAF CONAKRY", copy="streak",
                font="sans5", tint=(236, 240, 226), lang="fr",
                cap=("Type", "Code", "N° de passeport", "Nom", "Prénoms", "Nationalité", "Date de naissance",
                     "Sexe", "Lieu de naissance", "Date de délivrance", "Date d'expiration", "Autorité")),
    "CMR": dict(state="REPUBLIQUE DU CAMEROUN · REPUBLIC OF CAMEROON", sub="PASSEPORT · PASSPORT", nat="CAMEROUNAISE",
                date="abbr_en", years=5, number=lambda r: "A" + _digits(r, 7), authority=lambda r: "DGSN",
                copy="postit", font="sans2", tint=(232, 242, 234), lang="fr",
                cap=("Type", "Code", "Passeport N°/Passport No", "Nom/Surname", "Prénoms/Given names",
                     "Nationalité/Nationality", "Date de naissance/Date of birth", "Sexe/Sex",
                     "Lieu de naissance/Place of birth", "Délivré le/Date of issue", "Expire le/Date of expiry",
                     "Autorité/Authority")),
    "AFG": dict(state="ISLAMIC REPUBLIC OF AFGHANISTAN", sub="PASSPORT", nat="AFGHAN", date="abbr_en", years=5,
                number=lambda r: "P0" + _digits(r, 7), authority=lambda r: "MOI KABUL", copy="cast", font="serif3",
                tint=(238, 236, 224), lang="fa/en",
                cap=("Type", "Country code", "Passport No.", "Surname", "Given names", "Nationality", "Date of birth",
                     "Sex", "Place of birth", "Date of issue", "Date of expiry", "Issuing authority")),
    "SYR": dict(state="SYRIAN ARAB REPUBLIC", sub="PASSPORT · PASSEPORT", nat="SYRIAN",
                date="iso_bi", years=6, number=lambda r: "N0" + _digits(r, 8)[:8], authority=lambda r: "DAMASCUS",
                copy="dogear", font="sans4", tint=(232, 236, 244), lang="ar/en",
                cap=("Type", "Code", "Passport No", "Surname", "Name", "Nationality", "Date of birth", "Sex",
                     "Place of birth", "Date of issue", "Date of expiry", "Issuing office")),
    "ARM": dict(state="ՀԱՅԱՍՏԱՆԻ ՀԱՆՐԱՊԵՏՈՒԹՅՈՒՆ / REPUBLIC OF ARMENIA", sub="ԱՆՁՆԱԳԻՐ / PASSPORT", nat="ARMENIAN",
                date="abbr_en", years=10, number=lambda r: "A" + r.choice("KRT") + _digits(r, 7),
                authority=lambda r: "0" + _digits(r, 2), copy="toner", font="sans3", tint=(244, 232, 226),
                lang="hy/en",
                cap=("Type", "Code of State", "Passport No.", "Surname", "Given names", "Nationality", "Date of birth",
                     "Sex", "Place of birth", "Date of issue", "Date of expiry", "Authority")),
    "ERI": dict(state="THE STATE OF ERITREA", sub="PASSPORT", nat="ERITREAN", date="abbr_en", years=5,
                number=lambda r: "P" + _digits(r, 8), authority=lambda r: "DEPT. OF IMMIGRATION ASMARA",
                copy="gutter", font="serif2", tint=(230, 238, 246), lang="ti/en",
                cap=("Type", "Code", "Passport No.", "Surname", "Given names", "Nationality", "Date of birth", "Sex",
                     "Place of birth", "Date of issue", "Date of expiry", "Authority")),
    "TUR": dict(state="TÜRKİYE CUMHURİYETİ / REPUBLIC OF TÜRKİYE", sub="PASAPORT / PASSPORT", nat="T.C.",
                date="abbr_tr", years=10, number=lambda r: "U" + _digits(r, 8), authority=lambda r: "NÜFUS MÜD.",
                copy="conforme", font="sans6", tint=(238, 228, 236), lang="tr/en",
                cap=("Tipi/Type", "Kodu/Code", "Pasaport No/Passport No", "Soyadı/Surname", "Adı/Name",
                     "Uyruğu/Nationality", "Doğum tarihi/Date of birth", "Cinsiyeti/Sex",
                     "Doğum yeri/Place of birth", "Veriliş tarihi/Date of issue", "Geçerlilik tarihi/Valid until",
                     "Makam/Authority")),
    "SUR": dict(state="REPUBLIEK SURINAME", sub="PASPOORT / PASSPORT", nat="SURINAAMSE", date="dashes", years=10,
                number=lambda r: "R" + _digits(r, 7), authority=lambda r: "MIN. BIBIS", copy="streak2",
                font="sans", tint=(240, 236, 222), lang="nl/en",
                cap=("Soort/Type", "Code", "Paspoortnummer/Passport No.", "Naam/Surname", "Voornamen/Given names",
                     "Nationaliteit/Nationality", "Geboortedatum/Date of birth", "Geslacht/Sex",
                     "Geboorteplaats/Place of birth", "Datum van afgifte/Date of issue", "Geldig tot/Date of expiry",
                     "Instantie/Authority")),
}

_TR_MON = ["OCA/JAN", "ŞUB/FEB", "MAR/MAR", "NİS/APR", "MAY/MAY", "HAZ/JUN", "TEM/JUL", "AĞU/AUG", "EYL/SEP",
           "EKİ/OCT", "KAS/NOV", "ARA/DEC"]


def _pd8(d, style):
    if style == "abbr_en":
        return format_date(d, "abbr", "en")
    if style == "abbr_tr":
        return f"{d.day:02d} {_TR_MON[d.month - 1]} {d.year}"
    if style == "iso_bi":
        return d.isoformat()
    return format_date(d, style, "nl")


def _datapage8(cfg, person, rng, code, number, issue, expiry, lines) -> Sheet:
    """Data page 125 x 88 mm: the photo at the right, the fields in two columns at the left, each caption in small
    italics on the line before its value, the holder's signature under the fields, the MRZ in the bottom band."""
    W, H = 125.0, 88.0
    s = Sheet(W, H)
    s.rect(0, 0, W, H, width_mm=0, fill=cfg["tint"])
    tint2 = tuple(max(0, v - 12) for v in cfg["tint"])
    for k in range(0, 125, 5):   # guilloche lines of the security print
        s.rule(k, 8, k + 30, 70, width_mm=0.06, color=tint2)
    f = cfg["font"]
    s.text(4, 2.0, cfg["state"], font=f, size_pt=5.6, bold=True, color=(40, 40, 40))
    s.text(4, 5.2, cfg["sub"], font=f, size_pt=4.6, color=(70, 70, 70))
    s.photo(W - 34, 9, 30, 39, rng)
    C = cfg["cap"]
    vals = ["P", code, number, person.surname.upper(), person.given_names.upper(), cfg["nat"],
            _pd8(person.birth_date, cfg["date"]), person.sex, strip_accents(person.birth_place).upper(),
            _pd8(issue, cfg["date"]), _pd8(expiry, cfg["date"]), cfg["authority"](rng)]
    grid = [(4, 9.5, 12), (18, 9.5, 20), (40, 9.5, 46), (4, 16, 82), (4, 22.5, 82), (4, 29, 46), (4, 35.5, 40),
            (48, 35.5, 34), (4, 42, 82), (4, 48.5, 40), (46, 48.5, 40), (4, 55, 60)]
    for (x, y, lim), cap, val in zip(grid, C, vals):
        s.text(x, y, cap, font=f, size_pt=3.6, italic=True, color=(90, 90, 90))
        vs = 6.0
        while vs > 4.0 and text_width_mm(val, f, vs, True) > lim:
            vs -= 0.3
        s.text(x, y + 2.0, val, font=f, size_pt=vs, bold=True)
    s.rect(W - 34, 50, 30, 8, width_mm=0.1, color=(130, 130, 130))
    s.signature(W - 33, 50.5, 28, 7, rng, color=(20, 20, 40))
    s.rect(0, H - 15, W, 15, width_mm=0, fill=(250, 250, 248))
    size = 2.54 / 0.602 / (25.4 / 72)
    for i, ln in enumerate(lines):
        s.text(4.5, H - 12.5 + i * 4.3, ln, font="ocrb", size_pt=size, color=(10, 10, 10))
    return s


def _passport8(code: str):
    cfg = _PP8[code]

    def make(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, crop=False,
             annotate=None, number=None, **opts):
        issue, expiry = _dates(rng, issue_date, expiry_date, cfg["years"])
        number = number or cfg["number"](rng)
        md = _mrz_data(person, mrz_override)
        lines = M.td3(issuing=code, surname=md["surname"], given=md["given_names"],
                      number=md.get("number", number.replace(" ", "")[-9:]), nationality=md["nationality"],
                      birth_date=md["birth_date"], sex=md["sex"], expiry=expiry, personal_number="",
                      break_check=break_check)
        page = _datapage8(cfg, person, rng, code, number, issue, expiry, lines)
        if crop:
            return [page]
        how = cfg["copy"]
        sh = Sheet()
        x, y = rng.uniform(40, 55), rng.uniform(28, 45)
        sh.image(x, y, 125, 88, page.render(300))
        # the booklet's facing page (visas) below the data page, its edge and a faint entry stamp
        sh.rect(x, y + 89, 125, 88, width_mm=0.2, color=(170, 170, 170))
        sh.stamp(x + 60, y + 110, ["ENTRY", format_date(issue + datetime.timedelta(days=rng.randint(30, 300)),
                                                        "dots", "nl")], rng, shape="rect", size_mm=26,
                 color=(150, 150, 170))
        if annotate:
            sh.handwriting(22, 272, hand_safe(annotate), rng, size_pt=12)
        if how == "streak":
            return [drum_streak(sh, rng)]
        if how == "streak2":
            sticky_note(sh, 140, 236, ["orig. gezien", "mr. " + rng.choice(["V.", "K.", "B."])], rng, w=40)
            return [drum_streak(sh, rng)]
        if how == "postit":
            sticky_note(sh, 150, 230, ["copie - orig.", "rendu au client"], rng)
            return [sh]
        if how == "cast":
            return [colour_cast(sh, rng)]
        if how == "dogear":
            dog_ear(sh, "tr", 18)
            return [sh]
        if how == "toner":
            return [toner_low(sh, rng)]
        if how == "gutter":
            return [gutter_shadow(sh, rng)]
        if how == "conforme":
            certified_copy(sh, rng, 140, 232, rng.choice(["Schaerbeek", "Molenbeek-Saint-Jean", "Verviers"]))
            return [sh]
        return [sh]

    return make


for _code, _note in [
        ("GIN", "Guinean passport, photo at the right, italic captions, copier drum streak down the page"),
        ("CMR", "Cameroonian passport, bilingual italic captions, yellow sticky note beside the copy"),
        ("AFG", "Afghan passport, English captions, colour scan with a greenish cast"),
        ("SYR", "Syrian passport, ISO dates, top corner dog-eared on the glass"),
        ("ARM", "Armenian passport, Armenian/English heading, toner running low on one side"),
        ("ERI", "Eritrean passport, copied from a stapled bundle (dark gutter along the left)"),
        ("TUR", "Turkish passport, Turkish/English captions, commune's 'copie certifiée conforme' stamp"),
        ("SUR", "Surinamese passport, Dutch/English captions, drum streak and a sticky note")]:
    _register(f"passport-td3-{_code.lower()}-foto-rechts-8", "identity-document", PART, _PP8[_code]["lang"],
              _passport8(_code), country=_code, mrz="TD3", photo=True, notes=_note)


# --------------------------------------------------------------------------- Armenian identity card

def idcard_arm(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, **opts):
    """Armenian biometric identity card (Նույնականացման քարտ / identity card), front above back on one A4, a
    black-and-white copy with a dog-eared corner; the card's captions in Armenian and English."""
    issue, expiry = _dates(rng, issue_date, expiry_date, 10)
    no = _digits(rng, 9)
    md = _mrz_data(person, mrz_override)
    lines = M.td1(doc_code="ID", issuing="ARM", number=md.get("number", no), nationality=md["nationality"],
                  birth_date=md["birth_date"], sex=md["sex"], expiry=expiry, surname=md["surname"],
                  given=md["given_names"], break_check=break_check)
    f = Sheet(85.6, 54)
    f.rect(0, 0, 85.6, 54, width_mm=0, fill=(236, 232, 240))
    f.rect(0, 0, 85.6, 2.2, width_mm=0, fill=(200, 40, 40))
    f.rect(0, 2.2, 85.6, 2.2, width_mm=0, fill=(30, 60, 160))
    f.rect(0, 4.4, 85.6, 2.2, width_mm=0, fill=(240, 160, 30))
    f.text(42.8, 7.4, "ՀԱՅԱՍՏԱՆԻ ՀԱՆՐԱՊԵՏՈՒԹՅՈՒՆ / REPUBLIC OF ARMENIA", font="sans3", size_pt=4.6, bold=True,
           anchor="center")
    f.text(42.8, 10.4, "ՆՈՒՅՆԱԿԱՆԱՑՄԱՆ ՔԱՐՏ / IDENTITY CARD", font="sans3", size_pt=4.4, anchor="center")
    f.photo(3, 14, 22, 28, rng)
    rows = [("Ազգանուն / Surname", person.surname.upper()), ("Անուն / Given name", person.given_names.upper()),
            ("Սեռ / Sex", person.sex), ("Ծննդյան ամսաթիվ / Date of birth", format_date(person.birth_date, "dots", "nl")),
            ("Քաղաքացիություն / Citizenship", "ARM"), ("Վավեր է մինչև / Date of expiry",
                                                        format_date(expiry, "dots", "nl")),
            ("Քարտի համար / Card No", no)]
    for k, (lab, val) in enumerate(rows):
        f.text(28, 13.5 + k * 5.5, lab, font="sans3", size_pt=3.3, color=(90, 80, 110))
        f.text(28, 15.4 + k * 5.5, val, font="sans3", size_pt=5.0, bold=True)
    f.signature(3, 44, 22, 8, rng)
    b = Sheet(85.6, 54)
    b.rect(0, 0, 85.6, 54, width_mm=0, fill=(236, 236, 240))
    b.text(3, 3, f"Տրված է / Issued: {format_date(issue, 'dots', 'nl')}", font="sans3", size_pt=4.6)
    b.text(3, 7, f"Տրող մարմին / Authority: {_digits(rng, 3)}", font="sans3", size_pt=4.6)
    b.text(3, 11, f"Ծննդավայր / Place of birth: {strip_accents(person.birth_place).upper()}", font="sans3",
           size_pt=4.6)
    size = (78.0 / 30) / 0.602 / (25.4 / 72)
    for i, ln in enumerate(lines):
        b.text(3.5, 36 + i * 4.5, ln, font="ocrb", size_pt=size)
    sh = Sheet()
    x = rng.uniform(28, 40)
    sh.image(x, 40, 90, 56.8, f.render(300).convert("L").convert("RGB"))
    sh.image(x, 104, 90, 56.8, b.render(300).convert("L").convert("RGB"))
    dog_ear(sh, "tr", 15)
    return [sh]


_register("idcard-td1-arm-boven-onder-ezelsoor", "identity-document", PART, "hy/en", idcard_arm, country="ARM",
          mrz="TD1", photo=True, notes="Armenian identity card, front above back, black-and-white copy, dog-eared corner")


# --------------------------------------------------------------------------- Dutch residence card, lower half

def permit_nl_lower_half(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None,
                         purpose=None, v_number=None, **opts):
    """Dutch residence document, both sides side by side on the lower half of the sheet (the upper half bears the
    office's typed heading 'Kopie verblijfsdocument' and the client's name), copied on a machine with a drum streak."""
    issue, expiry, number, purpose, lines, vnr = nl_permit_data(person, rng, "KLMNPR", issue_date, expiry_date,
                                                                break_check, mrz_override, purpose, v_number)
    f = Sheet(85.6, 54)
    f.rect(0, 0, 85.6, 54, width_mm=0, fill=(226, 236, 246))
    f.text(3, 1.6, "KONINKRIJK DER NEDERLANDEN", font="sans2", size_pt=5.0, bold=True, color=(20, 40, 100))
    f.text(3, 4.3, "VERBLIJFSDOCUMENT · RESIDENCE DOCUMENT", font="sans2", size_pt=4.8, bold=True, color=(20, 40, 100))
    f.photo(3, 9, 21, 27, rng)
    for k, (lab, val) in enumerate([("Naam/Surname", person.surname.upper()),
                                    ("Voornamen/Given names", person.given_names.upper()),
                                    ("Geldig tot/Date of expiry", format_date(expiry, "dots", "nl")),
                                    ("Soort/Type", "VERBLIJFSVERGUNNING REGULIER"),
                                    ("Opmerkingen/Remarks", purpose.upper()), ("Documentnr./Doc. No", number)]):
        f.text(27, 9 + k * 6.9, lab, font="sans2", size_pt=3.6, color=(60, 70, 110))
        f.text(27, 11.2 + k * 6.9, val[:34], font="sans2", size_pt=4.9, bold=True)
    b = Sheet(85.6, 54)
    b.rect(0, 0, 85.6, 54, width_mm=0, fill=(230, 236, 244))
    for k, (lab, val) in enumerate([("Geboortedatum/Date of birth", format_date(person.birth_date, "dots", "nl")),
                                    ("Nationaliteit/Nationality", country_name(person.nationality, "nl").upper()),
                                    ("V-nummer", vnr), ("Datum van afgifte/Date of issue", format_date(issue, "dots", "nl")),
                                    ("Arbeidsmarkt", "ARBEID VRIJ TOEGESTAAN")]):
        b.text(3, 2 + k * 6.2, lab, font="sans2", size_pt=3.6, color=(60, 70, 110))
        b.text(3, 4.2 + k * 6.2, val, font="sans2", size_pt=4.9, bold=True)
    size = (78.0 / 30) / 0.602 / (25.4 / 72)
    for i, ln in enumerate(lines):
        b.text(3.5, 36 + i * 4.5, ln, font="ocrb", size_pt=size)
    sh = Sheet()
    sh.text(18, 20, "Kopie verblijfsdocument (voor- en achterzijde)", font="sans2", size_pt=11, bold=True)
    sh.text(18, 27, f"Cliënt: {person.given_names} {person.surname}", font="sans2", size_pt=10)
    sh.image(12, 170, 90, 56.8, f.render(300))
    sh.image(108, 170, 90, 56.8, b.render(300))
    return [drum_streak(sh, rng)]


_register("permit-nl-verblijfsdocument-onderste-helft", "identity-document", PART, "nl", permit_nl_lower_half,
          country="NLD", mrz="TD1", photo=True, notes="Dutch residence document, both sides side by side on the lower "
                                                        "half, office heading above, drum streak")


# --------------------------------------------------------------------------- civil status

_GIN_COMMUNES = ["Kaloum", "Dixinn", "Matam", "Ratoma", "Matoto"]


def _gin_head(sh: Sheet, f: str, commune: str) -> None:
    sh.text(20, 12, "RÉPUBLIQUE DE GUINÉE", font=f, size_pt=10.5, bold=True)
    sh.text(20, 17, "Travail – Justice – Solidarité", font=f, size_pt=8, italic=True)
    sh.text(20, 22, "Ministère de l'Administration du Territoire", font=f, size_pt=8.5)
    sh.text(20, 26.5, f"Ville de Conakry – Commune de {commune}", font=f, size_pt=8.5)
    for k, col in enumerate([(206, 17, 38), (252, 209, 22), (0, 148, 96)]):
        sh.rect(170 + k * 6, 12, 6, 10, width_mm=0, fill=col)


def birth_gin_extrait(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """A Conakry commune's 'extrait d'acte de naissance' typed into a ruled table of twelve rows (label in the
    left cell, the value typed in the right one), the register's year and number in a box at the top right, the
    mayor's delegate's signature over the round stamp and a fiscal stamp stuck in the bottom corner."""
    issued = _when(rng, issue_date, 20, 400)
    act = act_date or person.birth_date + datetime.timedelta(days=rng.randint(3, 40))
    commune = rng.choice(_GIN_COMMUNES)
    fa, mo = father or person.father or "", mother or person.mother or ""
    sh = Sheet(paper="cream")
    f, tf = "serif", "typewriter2"
    _gin_head(sh, f, commune)
    sh.rect(140, 30, 50, 14, width_mm=0.3)
    sh.text(142, 32, f"Registre de l'année {act.year}", font=f, size_pt=8)
    sh.text(142, 37.5, f"Acte n° {rng.randint(100, 3999)}", font=f, size_pt=8)
    sh.text(105, 52, "EXTRAIT D'ACTE DE NAISSANCE", font=f, size_pt=14, bold=True, anchor="center")
    rows = [("Nom", person.surname.upper()), ("Prénom(s)", person.given_names),
            ("Date de naissance", format_date(person.birth_date, "long", "fr")),
            ("Heure", f"{rng.randint(0, 23):02d} h {rng.randint(0, 59):02d}"),
            ("Lieu de naissance", person.birth_place), ("Sexe", "Féminin" if person.sex == "F" else "Masculin"),
            ("Nom du père", fa), ("Profession du père", rng.choice(["commerçant", "cultivateur", "chauffeur"])),
            ("Nom de la mère", mo), ("Profession de la mère", rng.choice(["ménagère", "commerçante", "couturière"])),
            ("Date de l'acte", format_date(act, "slashes", "fr")), ("Mentions marginales", "Néant")]
    y = 62
    for lab, val in rows:
        sh.rect(20, y, 60, 10, width_mm=0.25)
        sh.rect(80, y, 110, 10, width_mm=0.25)
        sh.text(23, y + 3, lab, font=f, size_pt=9.5)
        sh.text(83, y + 2.8, val[:52], font=tf, size_pt=10.5)
        y += 10
    sh.text(20, y + 10, f"Pour extrait certifié conforme, Conakry, le {format_date(issued, 'slashes', 'fr')}",
            font=f, size_pt=10)
    sh.text(120, y + 20, "P/Le Maire, l'Officier d'état civil délégué", font=f, size_pt=9)
    sh.stamp(118, y + 24, ["RÉPUBLIQUE DE GUINÉE", "ÉTAT CIVIL", f"COMMUNE DE {commune.upper()}"], rng, size_mm=28,
             color=(120, 40, 120))
    sh.signature(125, y + 28, 42, 14, rng, color=(15, 15, 70))
    sh.rect(22, y + 34, 24, 28, width_mm=0.2, fill=(236, 220, 200))
    sh.text(34, y + 38, "TIMBRE", font="sans", size_pt=6.5, anchor="center", color=(130, 70, 40))
    sh.text(34, y + 44, "FISCAL", font="sans", size_pt=6.5, anchor="center", color=(130, 70, 40))
    sh.text(34, y + 51, "5 000 GNF", font="sans", size_pt=7, bold=True, anchor="center", color=(130, 70, 40))
    return [sh]


def birth_cmr_centre(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """A Douala civil-status centre's birth act on the national model form (the 2011 law's format): the bilingual
    running heads, numbered rubrics 1 to 14 each with its caption in French and English, the values written in a
    fine ballpoint in capitals, the registrar's signature, copied with a toner running low."""
    issued = _when(rng, issue_date, 20, 500)
    act = act_date or person.birth_date + datetime.timedelta(days=rng.randint(2, 60))
    centre = rng.choice(["Douala Ier", "Douala IIe", "Douala IIIe", "Douala Ve", "Yaoundé IIe"])
    fa, mo = father or person.father or "", mother or person.mother or ""
    sh = Sheet()
    f = "sans6"
    sh.text(20, 10, "RÉPUBLIQUE DU CAMEROUN", font=f, size_pt=9, bold=True)
    sh.text(20, 14.5, "Paix – Travail – Patrie", font=f, size_pt=7.5, italic=True)
    sh.text(190, 10, "REPUBLIC OF CAMEROON", font=f, size_pt=9, bold=True, anchor="right")
    sh.text(190, 14.5, "Peace – Work – Fatherland", font=f, size_pt=7.5, italic=True, anchor="right")
    sh.text(105, 22, f"CENTRE D'ÉTAT CIVIL PRINCIPAL DE {centre.upper()} / MAIN CIVIL STATUS CENTRE", font=f,
            size_pt=8.5, anchor="center")
    sh.text(105, 32, "ACTE DE NAISSANCE / BIRTH CERTIFICATE", font=f, size_pt=13.5, bold=True, anchor="center")
    sh.text(105, 38.5, f"N° {rng.randint(100, 3999)}/{act.year}", font=f, size_pt=9, anchor="center")
    rubr = [("Nom de l'enfant / Surname of child", person.surname.upper()),
            ("Prénoms / Given names", person.given_names.upper()),
            ("Né le / Born on", format_date(person.birth_date, "dots", "fr")),
            ("À / At", person.birth_place.upper()),
            ("Sexe / Sex", "FÉMININ" if person.sex == "F" else "MASCULIN"),
            ("De / Of (père / father)", fa.upper()), ("Né à / Born at", rng.choice(["BAFOUSSAM", "DSCHANG", "EDÉA"])),
            ("Profession", rng.choice(["COMMERÇANT", "ENSEIGNANT", "MÉCANICIEN"])),
            ("Et de / And of (mère / mother)", mo.upper()), ("Née à / Born at", rng.choice(["NKONGSAMBA", "KRIBI"])),
            ("Profession", rng.choice(["MÉNAGÈRE", "COMMERÇANTE"])),
            ("Dressé le / Drawn up on", format_date(act, "dots", "fr")),
            ("Sur la déclaration de / On the declaration of", fa.upper()),
            ("Par Nous / By Us", "OFFICIER D'ÉTAT CIVIL")]
    y = 48
    for n, (cap, val) in enumerate(rubr, 1):
        sh.text(20, y, f"{n}.", font=f, size_pt=8.5)
        sh.text(27, y, cap, font=f, size_pt=8.2, color=GREY)
        sh.rule(95, y + 4.2, 190, y + 4.2, width_mm=0.12, dash=0.5, color=(120, 120, 120))
        sh.handwriting(97, y - 1.2, hand_safe(val), rng, size_pt=10.5, color=(25, 30, 90), font="hand4")
        y += 10.5
    sh.text(20, y + 6, f"Copie conforme délivrée le {format_date(issued, 'dots', 'fr')} / Certified true copy",
            font=f, size_pt=9)
    sh.text(125, y + 16, "L'Officier d'état civil / Registrar", font=f, size_pt=8.5)
    sh.stamp(92, y + 13, ["CENTRE D'ÉTAT CIVIL", centre.upper(), "CAMEROUN"], rng, size_mm=28, color=(30, 90, 60))
    sh.signature(128, y + 21, 40, 13, rng)
    return [toner_low(sh, rng)]


def birth_tur_consulate(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """A 'Nüfus Kayıt Örneği' printed by a Turkish consulate general in Belgium from the MERNIS register: a ruled
    table in landscape-like narrow columns across a portrait page, the consulate's heading, the wet round stamp and
    the consular officer's signature (no e-Devlet barcode)."""
    issued = _when(rng, issue_date, 10, 200)
    where = rng.choice(["Brüksel", "Anvers"])
    il = rng.choice(["AFYONKARAHİSAR", "KAYSERİ", "YOZGAT", "KONYA", "SİVAS"])
    fa = (father or person.father or "").split(" ")[0].upper()
    mo = (mother or person.mother or "").split(" ")[0].upper()
    sh = Sheet()
    f = "narrow"
    sh.text(105, 12, "T.C.", font=f, size_pt=11, bold=True, anchor="center")
    sh.text(105, 17.5, f"{where.upper()} BAŞKONSOLOSLUĞU", font=f, size_pt=11, bold=True, anchor="center")
    sh.text(105, 30, "NÜFUS KAYIT ÖRNEĞİ", font=f, size_pt=14, bold=True, anchor="center")
    sh.text(20, 40, f"İli: {il}    İlçesi: MERKEZ    Mahalle/Köy: {rng.choice(['CUMHURİYET', 'YENİ', 'ÇARŞI'])}    "
                    f"Cilt No: {rng.randint(10, 200)}    Hane No: {rng.randint(1, 900)}", font=f, size_pt=8.5)
    cols = [("S.No", 10), ("T.C. Kimlik No", 26), ("Adı", 24), ("Soyadı", 26), ("Baba Adı", 18), ("Ana Adı", 18),
            ("Doğum Yeri ve Tarihi", 34), ("Cinsiyeti", 14)]
    vals = ["1", "1" + _digits(rng, 10), person.given_names.upper(), person.surname.upper(), fa, mo,
            f"{strip_accents(person.birth_place).upper()} {format_date(person.birth_date, 'dots', 'nl')}",
            "K" if person.sex == "F" else "E"]
    x = 20
    for (cap, w), val in zip(cols, vals):
        sh.rect(x, 48, w, 9, width_mm=0.25, fill=(236, 236, 236))
        sh.paragraph(x + 1, 49, w - 2, cap, font=f, size_pt=6.8, leading=1.05)
        sh.rect(x, 57, w, 14, width_mm=0.25)
        sh.paragraph(x + 1, 58.5, w - 2, val, font=f, size_pt=7.6, leading=1.1)
        x += w
    sh.text(20, 80, "Medeni Hali: BEKAR        Din: -        Açıklama: -", font=f, size_pt=8.5)
    sh.paragraph(20, 92, 170, "Yukarıdaki bilgilerin nüfus kütüğündeki kayda uygun olduğu onaylanır.", font=f,
                 size_pt=9.5)
    sh.text(20, 104, f"Düzenleme Tarihi: {format_date(issued, 'dots', 'nl')}", font=f, size_pt=9.5)
    sh.text(130, 112, "Konsolosluk Memuru", font=f, size_pt=9.5)
    sh.stamp(95, 108, ["T.C.", f"{where.upper()} BAŞKONSOLOSLUĞU"], rng, size_mm=28, color=(150, 30, 40))
    sh.signature(130, 117, 40, 13, rng)
    sh.text(20, 140, f"Harç: {rng.choice(['12', '15', '20'])},00 EUR – Makbuz No {_digits(rng, 6)}", font=f,
            size_pt=8, color=GREY)
    return [sh]


def birth_be_dabs_fr(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """A Walloon commune's 'extrait d'acte de naissance' printed from the federal civil-status database (BAEC):
    the commune's logo block at the left, the data as 'Rubrique : valeur' lines in a serif face, the act's
    reference in the footer with the page number, the electronic-signature mention; copied with a sticky note."""
    issued = _when(rng, issue_date, 10, 300)
    act = act_date or person.birth_date + datetime.timedelta(days=rng.randint(1, 8))
    city = rng.choice(["Liège", "Namur", "Charleroi", "Mons", "Verviers", "Seraing"])
    sh = Sheet()
    f = "serif4"
    sh.rect(20, 10, 22, 22, width_mm=0, fill=(200, 30, 40))
    sh.text(31, 18, city[:2].upper(), font="sans", size_pt=14, bold=True, anchor="center", color=(255, 255, 255))
    sh.text(48, 12, f"Ville de {city}", font=f, size_pt=13, bold=True)
    sh.text(48, 19, "Service Population – État civil", font=f, size_pt=9, color=GREY)
    sh.text(48, 24, "Banque de données des actes de l'état civil (BAEC)", font=f, size_pt=8.5, color=GREY)
    sh.text(20, 44, "EXTRAIT D'UN ACTE DE NAISSANCE", font=f, size_pt=14, bold=True)
    rows = [("Nom", person.surname.upper()), ("Prénom(s)", person.given_names),
            ("Sexe", "féminin" if person.sex == "F" else "masculin"),
            ("Date de naissance", format_date(person.birth_date, "long", "fr")), ("Lieu de naissance", person.birth_place),
            ("Parent 1", father or person.father or ""), ("Parent 2", mother or person.mother or ""),
            ("Date de l'acte", format_date(act, "slashes", "fr"))]
    y = 56
    for lab, val in rows:
        sh.text(20, y, f"{lab} :", font=f, size_pt=10.5, bold=True)
        sh.text(68, y, val, font=f, size_pt=10.5)
        y += 8
    sh.paragraph(20, y + 8, 170, "Extrait délivré sur la base de la Banque de données des actes de l'état civil. "
                 "Le présent document est signé électroniquement et ne requiert pas de signature manuscrite.",
                 font=f, size_pt=9, color=(60, 60, 60))
    sh.text(20, y + 24, f"Délivré à {city}, le {format_date(issued, 'long', 'fr')}", font=f, size_pt=10)
    sh.rule(20, 280, 190, 280, width_mm=0.2, color=(150, 150, 150))
    sh.text(20, 282, f"Réf. acte : {_digits(rng, 2)}.{_digits(rng, 6)}.{_digits(rng, 4)}", font=f, size_pt=8,
            color=GREY)
    sh.text(190, 282, "Page 1/1", font=f, size_pt=8, anchor="right", color=GREY)
    sticky_note(sh, 146, 6, ["acte ok", "pour dossier 9ter"], rng, w=44)
    return [sh]


_register("birth-gin-extrait-tableau-timbre", "birth-certificate", PART, "fr", birth_gin_extrait, country="GIN",
          notes="Conakry commune's birth extract typed into a ruled table, fiscal stamp stuck at the foot")
_register("birth-cmr-centre-etat-civil-rubriques", "birth-certificate", PART, "fr/en", birth_cmr_centre,
          country="CMR", notes="Cameroonian civil-status centre's bilingual model form, 14 numbered rubrics in "
                               "ballpoint capitals, toner running low")
_register("birth-tur-baskonsolosluk-mernis", "birth-certificate", PART, "tr", birth_tur_consulate,
          country="TUR", notes="Turkish consulate's population-register print in a ruled table, wet stamp")
_register("birth-be-baec-extrait-wallon", "birth-certificate", PART, "fr", birth_be_dabs_fr, country="BEL",
          notes="Walloon commune's extract from the federal civil-status database, 'Rubrique : valeur', sticky note")


# --------------------------------------------------------------------------- nationality certificates

def nationality_gin_tpi(person, rng, *, issue_date=None, **opts):
    """A Guinean court's 'certificat de nationalité guinéenne': the heading block at the top left, the registry's
    number on the right, the body as running text in a typewriter face, the president's signature and the court's
    stamp, a cancelled fiscal stamp; scanned with a greenish cast."""
    issued = _when(rng, issue_date, 30, 500)
    court = rng.choice(["Kaloum", "Dixinn", "Mafanco", "Kindia"])
    sh = Sheet()
    f, tf = "serif", "typewriter"
    sh.text(20, 12, "RÉPUBLIQUE DE GUINÉE", font=f, size_pt=10.5, bold=True)
    sh.text(20, 17, "Travail – Justice – Solidarité", font=f, size_pt=8, italic=True)
    sh.text(20, 22, "Cour d'Appel de Conakry", font=f, size_pt=9)
    sh.text(20, 26.5, f"Tribunal de Première Instance de {court}", font=f, size_pt=9)
    sh.text(190, 22, f"N° {rng.randint(100, 9999)}/TPI/{court[:3].upper()}/{issued.year}", font=f, size_pt=9,
            anchor="right")
    sh.text(105, 44, "CERTIFICAT DE NATIONALITÉ", font=f, size_pt=15, bold=True, anchor="center")
    body = (f"Le Président du Tribunal de Première Instance de {court}, vu le Code civil guinéen en ses dispositions "
            f"relatives à la nationalité, vu les pièces produites, certifie que {person.surname.upper()} "
            f"{person.given_names}, né{'e' if person.sex == 'F' else ''} le "
            f"{format_date(person.birth_date, 'slashes', 'fr')} à {person.birth_place}, de {person.father or '...'} "
            f"et de {person.mother or '...'}, est Guinéen{'ne' if person.sex == 'F' else ''} d'origine.")
    y = sh.paragraph(24, 58, 162, body, font=tf, size_pt=10.5, leading=1.7, align="justify")
    sh.text(24, y + 12, f"Conakry, le {format_date(issued, 'slashes', 'fr')}", font=tf, size_pt=10.5)
    sh.text(125, y + 24, "Le Président", font=f, size_pt=10.5)
    sh.stamp(96, y + 22, ["TRIBUNAL DE 1ère INSTANCE", court.upper(), "RÉP. DE GUINÉE"], rng, size_mm=30,
             color=(30, 60, 140))
    sh.signature(124, y + 30, 42, 14, rng, color=(15, 15, 60))
    sh.rect(24, y + 48, 22, 26, width_mm=0.2, fill=(220, 232, 210))
    sh.text(35, y + 56, "TIMBRE", font="sans", size_pt=6, anchor="center", color=(60, 100, 60))
    sh.rule(22, y + 76, 48, y + 46, width_mm=0.5, color=(30, 30, 30))
    return [colour_cast(sh, rng)]


def nationality_cmr_tpi(person, rng, *, issue_date=None, **opts):
    """A Cameroonian court's 'certificat de nationalité' on the printed judicial form (Tribunal de Première
    Instance), the rubrics in bold with the values typed after colons, the greffier's and the president's
    signatures side by side, copied from a stapled bundle."""
    issued = _when(rng, issue_date, 20, 400)
    court = rng.choice(["Douala-Bonanjo", "Douala-Ndokoti", "Yaoundé-Ekounou", "Bafoussam"])
    sh = Sheet()
    f = "sans2"
    sh.text(20, 12, "RÉPUBLIQUE DU CAMEROUN", font=f, size_pt=10, bold=True)
    sh.text(20, 16.5, "Paix – Travail – Patrie", font=f, size_pt=8, italic=True)
    sh.text(20, 21, "MINISTÈRE DE LA JUSTICE", font=f, size_pt=8.5)
    sh.text(20, 25.5, f"TRIBUNAL DE PREMIÈRE INSTANCE DE {court.upper()}", font=f, size_pt=8.5)
    sh.text(105, 42, "CERTIFICAT DE NATIONALITÉ CAMEROUNAISE", font=f, size_pt=13.5, bold=True, anchor="center")
    sh.text(105, 49, f"N° {rng.randint(100, 9999)}/CN/{issued.year}", font=f, size_pt=9, anchor="center")
    sh.paragraph(22, 58, 166, "Nous, Président du Tribunal de Première Instance, vu la loi n° 1968-LF-3 du 11 juin "
                 "1968 portant Code de la nationalité camerounaise, certifions que :", font=f, size_pt=10.5,
                 leading=1.5)
    y = 74
    for lab, val in [("Nom et prénoms", f"{person.surname.upper()} {person.given_names}"),
                     ("Né(e) le", format_date(person.birth_date, "dots", "fr")), ("À", person.birth_place),
                     ("Fils / fille de", person.father or "..."), ("Et de", person.mother or "...")]:
        sh.text(30, y, f"{lab} :", font=f, size_pt=10.5, bold=True)
        sh.text(75, y, val, font=f, size_pt=10.5)
        y += 8
    sh.paragraph(22, y + 4, 166, "est de nationalité camerounaise, en vertu de l'article 6 du Code susvisé.", font=f,
                 size_pt=10.5)
    sh.text(22, y + 18, f"Fait au Palais de Justice, le {format_date(issued, 'long', 'fr')}", font=f, size_pt=10)
    sh.text(30, y + 30, "Le Greffier", font=f, size_pt=10)
    sh.text(130, y + 30, "Le Président", font=f, size_pt=10)
    sh.signature(28, y + 35, 36, 12, rng)
    sh.signature(128, y + 35, 40, 13, rng, color=(15, 15, 60))
    sh.stamp(86, y + 30, ["TPI " + court.upper(), "CAMEROUN"], rng, size_mm=28, color=(30, 90, 60))
    return [gutter_shadow(sh, rng)]


_register("nationality-gin-tpi-machine-a-ecrire", "nationality-certificate", PART, "fr", nationality_gin_tpi,
          country="GIN", notes="Guinean court's certificate of nationality typed on a typewriter, cancelled fiscal "
                               "stamp, greenish colour scan")
_register("nationality-cmr-tpi-formulaire", "nationality-certificate", PART, "fr", nationality_cmr_tpi,
          country="CMR", notes="Cameroonian court's certificate of nationality on the printed form, two signatures, "
                               "copied from a stapled bundle")


# --------------------------------------------------------------------------- identity certificates

def idcert_gin_ambassade(person, rng, *, issue_date=None, declarative=False, **opts):
    """The Guinean embassy in Brussels' 'attestation d'identité': letterhead centred with the flag's three bands
    under it, the photo glued at the top right with the embassy's stamp straddling its edge, the text as one
    paragraph, the consul's signature; a drum streak on the copy."""
    issued = _when(rng, issue_date, 20, 400)
    sh = Sheet()
    f = "serif2"
    sh.text(105, 12, "AMBASSADE DE LA RÉPUBLIQUE DE GUINÉE", font=f, size_pt=11, bold=True, anchor="center")
    sh.text(105, 17.5, "Benelux – Bruxelles · Service consulaire", font=f, size_pt=8.5, anchor="center")
    for k, col in enumerate([(206, 17, 38), (252, 209, 22), (0, 148, 96)]):
        sh.rect(75 + k * 20, 22, 20, 1.8, width_mm=0, fill=col)
    sh.photo(152, 32, 30, 38, rng)
    sh.stamp(140, 56, ["AMBASSADE DE GUINÉE", "BRUXELLES"], rng, size_mm=24, color=(30, 60, 150))
    sh.text(20, 44, "ATTESTATION D'IDENTITÉ", font=f, size_pt=14, bold=True)
    sh.text(20, 51, f"N° {rng.randint(100, 999)}/AGB/SC/{issued.year}", font=f, size_pt=9)
    basis = ("sur la base des seules déclarations de l'intéressé(e)" if declarative else
             "au vu de l'extrait d'acte de naissance et de la carte consulaire présentés")
    body = (f"Le Consul de la République de Guinée à Bruxelles atteste, {basis}, que "
            f"{'Madame' if person.sex == 'F' else 'Monsieur'} {person.surname.upper()} {person.given_names}, "
            f"né{'e' if person.sex == 'F' else ''} le {format_date(person.birth_date, 'long', 'fr')} à "
            f"{person.birth_place}, fils/fille de {person.father or '—'} et de {person.mother or '—'}, de nationalité "
            f"guinéenne, est bien la personne dont la photographie est apposée ci-contre.")
    y = sh.paragraph(20, 80, 170, body, font=f, size_pt=11, leading=1.6, align="justify")
    sh.paragraph(20, y + 6, 170, "En foi de quoi la présente attestation lui est délivrée pour servir et valoir ce "
                 "que de droit.", font=f, size_pt=11, leading=1.6)
    sh.text(20, y + 24, f"Fait à Bruxelles, le {format_date(issued, 'slashes', 'fr')}", font=f, size_pt=10.5)
    sh.text(125, y + 34, "Le Consul", font=f, size_pt=10.5)
    sh.signature(122, y + 39, 42, 14, rng)
    sh.stamp(150, y + 30, ["AMBASSADE DE GUINÉE", "SERVICE CONSULAIRE", "BRUXELLES"], rng, size_mm=28,
             color=(30, 60, 150))
    return [drum_streak(sh, rng)]


def idcert_cmr_ambassade(person, rng, *, issue_date=None, declarative=False, **opts):
    """The Cameroonian embassy's 'attestation d'identité' (Ambassade du Cameroun, Brussels): bilingual heading in
    two columns, the photo in a box at the left of the data, the data as label/value lines, copied with the
    top corner dog-eared."""
    issued = _when(rng, issue_date, 20, 400)
    sh = Sheet()
    f = "sans2"
    sh.text(20, 12, "RÉPUBLIQUE DU CAMEROUN", font=f, size_pt=9.5, bold=True)
    sh.text(20, 16.5, "Ambassade à Bruxelles", font=f, size_pt=8.5)
    sh.text(190, 12, "REPUBLIC OF CAMEROON", font=f, size_pt=9.5, bold=True, anchor="right")
    sh.text(190, 16.5, "Embassy in Brussels", font=f, size_pt=8.5, anchor="right")
    sh.text(105, 24, "Avenue Brugmann 131-133, 1190 Bruxelles", font=f, size_pt=7.5, anchor="center", color=GREY)
    sh.text(105, 38, "ATTESTATION D'IDENTITÉ / IDENTITY ATTESTATION", font=f, size_pt=13, bold=True, anchor="center")
    sh.rect(20, 50, 34, 42, width_mm=0.4)
    sh.photo(22, 52, 30, 38, rng)
    y = 52
    for lab, val in [("Nom / Surname", person.surname.upper()), ("Prénoms / Given names", person.given_names),
                     ("Date de naissance / Date of birth", format_date(person.birth_date, "dots", "fr")),
                     ("Lieu de naissance / Place of birth", person.birth_place),
                     ("Nationalité / Nationality", "camerounaise"), ("Père / Father", person.father or "—"),
                     ("Mère / Mother", person.mother or "—")]:
        sh.text(60, y, lab, font=f, size_pt=8, color=GREY)
        sh.text(60, y + 3.6, val[:56], font=f, size_pt=10.5, bold=True)
        y += 9.5
    basis = ("Délivrée sur simple déclaration de l'intéressé(e)." if declarative else
             "Délivrée au vu de l'acte de naissance et de la carte consulaire n° " + _digits(rng, 6) + ".")
    y = sh.paragraph(20, y + 8, 170, basis, font=f, size_pt=10, leading=1.4)
    sh.text(20, y + 8, f"Bruxelles, le {format_date(issued, 'dots', 'fr')}", font=f, size_pt=10)
    sh.text(120, y + 18, "Le Chef de Chancellerie", font=f, size_pt=9.5)
    sh.signature(122, y + 23, 40, 13, rng)
    sh.stamp(150, y + 16, ["AMBASSADE DU CAMEROUN", "BRUXELLES"], rng, size_mm=28, color=(30, 100, 60))
    sh.stamp(40, 82, ["AMBASSADE", "CAMEROUN"], rng, size_mm=18, color=(30, 100, 60))
    dog_ear(sh, "tr", 17)
    return [sh]


_register("idcert-gin-ambassade-photo-collee", "identity-certificate", PART, "fr", idcert_gin_ambassade,
          country="GIN", photo=True, notes="Guinean embassy's identity attestation, photo glued at the top right with "
                                           "the stamp across it, running text, drum streak")
_register("idcert-cmr-ambassade-bilingue", "identity-certificate", PART, "fr/en", idcert_cmr_ambassade,
          country="CMR", photo=True, notes="Cameroonian embassy's bilingual identity attestation, photo box at the "
                                           "left of the data, dog-eared corner")


# --------------------------------------------------------------------------- marriage

def marriage_gin_extrait(person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    """A Conakry commune's 'extrait d'acte de mariage': the spouses one below the other in a ruled table, the
    regime ('polygamie' or 'monogamie' option) ticked, the officer's stamp; typed on a typewriter."""
    issued = _when(rng, issue_date, 20, 300)
    wed = marriage_date or (issued - datetime.timedelta(days=900))
    q = spouse
    h, w = (person, q) if person.sex == "M" else (q, person)
    commune = rng.choice(_GIN_COMMUNES)
    sh = Sheet(paper="cream")
    f, tf = "serif", "typewriter2"
    _gin_head(sh, f, commune)
    sh.text(105, 40, "EXTRAIT D'ACTE DE MARIAGE", font=f, size_pt=14, bold=True, anchor="center")
    sh.text(105, 47, f"Acte n° {rng.randint(10, 900)} du {format_date(wed, 'slashes', 'fr')}", font=f, size_pt=9.5,
            anchor="center")
    y = 56
    for t, p in (("ÉPOUX", h), ("ÉPOUSE", w)):
        sh.rect(20, y, 170, 8, width_mm=0.25, fill=(236, 232, 222))
        sh.text(23, y + 2, t, font=f, size_pt=10, bold=True)
        y += 8
        if p is None:
            continue
        for lab, val in [("Nom et prénoms", f"{p.surname.upper()} {p.given_names}"),
                         ("Date et lieu de naissance", f"{format_date(p.birth_date, 'slashes', 'fr')} à {p.birth_place}"),
                         ("Nationalité", country_name(p.nationality, "fr"))]:
            sh.rect(20, y, 60, 9, width_mm=0.25)
            sh.rect(80, y, 110, 9, width_mm=0.25)
            sh.text(23, y + 2.5, lab, font=f, size_pt=9)
            sh.text(83, y + 2.3, val[:52], font=tf, size_pt=10)
            y += 9
        y += 4
    sh.text(20, y + 4, "Option :", font=f, size_pt=10)
    sh.checkbox(45, y + 4, checked=True, rng=rng)
    sh.text(50, y + 4, "monogamie", font=f, size_pt=10)
    sh.checkbox(80, y + 4, checked=False)
    sh.text(85, y + 4, "polygamie", font=f, size_pt=10)
    sh.text(20, y + 16, f"Délivré à Conakry, le {format_date(issued, 'slashes', 'fr')}", font=f, size_pt=10)
    sh.text(125, y + 26, "L'Officier d'état civil", font=f, size_pt=9.5)
    sh.stamp(92, y + 24, ["RÉPUBLIQUE DE GUINÉE", "ÉTAT CIVIL", f"COMMUNE DE {commune.upper()}"], rng, size_mm=28,
             color=(120, 40, 120))
    sh.signature(125, y + 31, 40, 13, rng)
    return [sh]


def marriage_be_baec_fr(person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    """A Walloon commune's marriage extract from the federal database (BAEC): 'Conjoint 1' and 'Conjoint 2' side by
    side in two columns, the act's reference in the footer, the electronic-signature mention."""
    issued = _when(rng, issue_date, 20, 300)
    wed = marriage_date or (issued - datetime.timedelta(days=800))
    city = rng.choice(["Liège", "Namur", "Charleroi", "Mons", "Verviers"])
    sh = Sheet()
    f = "serif4"
    sh.rect(20, 10, 22, 22, width_mm=0, fill=(200, 30, 40))
    sh.text(31, 18, city[:2].upper(), font="sans", size_pt=14, bold=True, anchor="center", color=(255, 255, 255))
    sh.text(48, 12, f"Ville de {city}", font=f, size_pt=13, bold=True)
    sh.text(48, 19, "Service Population – État civil", font=f, size_pt=9, color=GREY)
    sh.text(20, 44, "EXTRAIT D'UN ACTE DE MARIAGE", font=f, size_pt=14, bold=True)
    sh.text(20, 52, f"Mariage célébré le {format_date(wed, 'long', 'fr')} à {city}", font=f, size_pt=10)
    for k, p in enumerate((person, spouse)):
        x = 20 + k * 88
        sh.text(x, 64, f"Conjoint {k + 1}", font=f, size_pt=11, bold=True)
        sh.rule(x, 70, x + 80, 70, width_mm=0.3)
        if p is None:
            continue
        yy = 74
        for lab, val in [("Nom", p.surname.upper()), ("Prénom(s)", p.given_names),
                         ("Né(e) le", format_date(p.birth_date, "long", "fr")), ("À", p.birth_place),
                         ("Nationalité", country_name(p.nationality, "fr"))]:
            sh.text(x, yy, lab, font=f, size_pt=8.5, color=GREY)
            sh.text(x, yy + 4, val[:40], font=f, size_pt=10.5)
            yy += 11
    sh.paragraph(20, 140, 170, "Extrait délivré sur la base de la Banque de données des actes de l'état civil. "
                 "Le présent document est signé électroniquement.", font=f, size_pt=9, color=(60, 60, 60))
    sh.text(20, 154, f"Délivré à {city}, le {format_date(issued, 'long', 'fr')}", font=f, size_pt=10)
    sh.rule(20, 280, 190, 280, width_mm=0.2, color=(150, 150, 150))
    sh.text(20, 282, f"Réf. acte : {_digits(rng, 2)}.{_digits(rng, 6)}.{_digits(rng, 4)}", font=f, size_pt=8,
            color=GREY)
    return [sh]


_register("marriage-gin-extrait-tableau", "marriage-certificate", PART, "fr", marriage_gin_extrait, country="GIN",
          notes="Conakry commune's marriage extract, spouses in a ruled table, monogamy option ticked, typewriter")
_register("marriage-be-baec-conjoints-colonnes", "marriage-certificate", PART, "fr", marriage_be_baec_fr,
          country="BEL", notes="Walloon commune's marriage extract from the federal database, two spouse columns")


def marriage_cmr_centre(person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    """A Cameroonian civil-status centre's marriage act on the national bilingual model form: numbered rubrics with
    French/English captions, the spouses' particulars written in ballpoint capitals, the regime (monogamy) and the
    property regime, the registrar's stamp; a photocopy with a dog-eared corner."""
    issued = _when(rng, issue_date, 20, 300)
    wed = marriage_date or (issued - datetime.timedelta(days=900))
    q = spouse
    h, w = (person, q) if person.sex == "M" else (q, person)
    centre = rng.choice(["Douala Ier", "Douala IIIe", "Yaoundé Ier", "Bafoussam Ier"])
    sh = Sheet()
    f = "sans6"
    sh.text(20, 10, "RÉPUBLIQUE DU CAMEROUN", font=f, size_pt=9, bold=True)
    sh.text(190, 10, "REPUBLIC OF CAMEROON", font=f, size_pt=9, bold=True, anchor="right")
    sh.text(105, 18, f"CENTRE D'ÉTAT CIVIL DE {centre.upper()} / CIVIL STATUS CENTRE", font=f, size_pt=8.5,
            anchor="center")
    sh.text(105, 28, "ACTE DE MARIAGE / MARRIAGE CERTIFICATE", font=f, size_pt=13.5, bold=True, anchor="center")
    sh.text(105, 34.5, f"N° {rng.randint(10, 999)}/{wed.year}", font=f, size_pt=9, anchor="center")
    rubr = [("Date du mariage / Date of marriage", format_date(wed, "dots", "fr"))]
    for who, p in (("Époux / Husband", h), ("Épouse / Wife", w)):
        if p is None:
            continue
        rubr += [(f"{who} – Nom et prénoms / Name", f"{p.surname.upper()} {p.given_names.upper()}"),
                 ("Né(e) le / Born on", format_date(p.birth_date, "dots", "fr")),
                 ("À / At", p.birth_place.upper()), ("Nationalité / Nationality", country_name(p.nationality, "fr").upper())]
    rubr += [("Régime / Regime", "MONOGAMIE"), ("Régime des biens / Property", "COMMUNAUTÉ DES BIENS")]
    y = 44
    for n, (cap, val) in enumerate(rubr, 1):
        sh.text(20, y, f"{n}.", font=f, size_pt=8.5)
        sh.text(27, y, cap, font=f, size_pt=8.2, color=GREY)
        sh.rule(100, y + 4.2, 190, y + 4.2, width_mm=0.12, dash=0.5, color=(120, 120, 120))
        sh.handwriting(102, y - 1.2, hand_safe(val), rng, size_pt=10.5, color=(25, 30, 90), font="hand4")
        y += 10.5
    sh.text(20, y + 6, f"Copie conforme délivrée le {format_date(issued, 'dots', 'fr')}", font=f, size_pt=9)
    sh.text(125, y + 16, "L'Officier d'état civil", font=f, size_pt=8.5)
    sh.stamp(92, y + 13, ["CENTRE D'ÉTAT CIVIL", centre.upper(), "CAMEROUN"], rng, size_mm=28, color=(30, 90, 60))
    sh.signature(128, y + 21, 40, 13, rng)
    dog_ear(sh, "tr", 15)
    return [sh]


_register("marriage-cmr-centre-rubriques-bilingue", "marriage-certificate", PART, "fr/en", marriage_cmr_centre,
          country="CMR", notes="Cameroonian civil-status centre's bilingual marriage act, numbered rubrics in "
                               "ballpoint capitals, dog-eared copy")


# --------------------------------------------------------------------------- sworn translations

_SRC8 = {"tr": ("Turks", "Turkish"), "es": ("Spaans", "Spanish"), "ar": ("Arabisch", "Arabic"),
         "ru": ("Russisch", "Russian")}
_WHAT8 = {"birth-certificate": "uittreksel uit het bevolkingsregister",
          "identity-document": "identiteitsdocument"}


def _translation8(where: str):
    def make(person, rng, *, issue_date=None, of_type="birth-certificate", source_lang=None, **opts):
        issued = _when(rng, issue_date, 5, 60)
        src = _SRC8.get(source_lang or "tr", (source_lang or "tr", source_lang or "tr"))
        what = _WHAT8.get(of_type, of_type)
        sh = Sheet()
        if where == "antwerpen":
            g, s, _ = make_professional(rng, "BE")
            f = "sans2"
            sh.rect(0, 0, 8, 297, width_mm=0, fill=(40, 80, 120))
            sh.text(20, 14, f"{g} {s}", font=f, size_pt=13, bold=True, color=(40, 80, 120))
            sh.text(20, 20, f"Beëdigd vertaler {src[0]} – Nederlands · Nationaal register nr. {_digits(rng, 4)}",
                    font=f, size_pt=8.5, color=GREY)
            sh.text(20, 24.5, f"{rng.choice(['Lange Leemstraat', 'Turnhoutsebaan', 'Kerkstraat'])} "
                              f"{rng.randint(2, 180)}, 2018 Antwerpen", font=f, size_pt=8.5, color=GREY)
            sh.text(20, 40, f"VERTALING – {what}", font=f, size_pt=12, bold=True)
            sh.text(20, 46, f"(origineel opgesteld in het {src[0]})", font=f, size_pt=9.5, italic=True)
            rows = [("Familienaam", person.surname.upper()), ("Voornaam", person.given_names),
                    ("Geboortedatum", format_date(person.birth_date, "dots", "nl")),
                    ("Geboorteplaats", person.birth_place), ("Vader", person.father or ""),
                    ("Moeder", person.mother or "")]
            y = 58
            for lab, val in rows:
                sh.rect(20, y - 1.5, 170, 8, width_mm=0.15, color=(170, 170, 170))
                sh.text(23, y, lab, font=f, size_pt=10)
                sh.text(75, y, val, font=f, size_pt=10.5, bold=True)
                y += 8
            oath = ("Ik, ondergetekende, beëdigd vertaler, verklaar dat deze vertaling getrouw en volledig is en "
                    "overeenstemt met het mij voorgelegde stuk. Voor eensluidende vertaling.")
            y = sh.paragraph(20, y + 10, 170, oath, font=f, size_pt=10, leading=1.4)
            sh.text(20, y + 8, f"Antwerpen, {format_date(issued, 'long', 'nl')}", font=f, size_pt=10)
            sh.signature(120, y + 10, 40, 13, rng)
            sh.stamp(125, y + 2, [f"{g} {s}".upper(), "BEËDIGD VERTALER", "ANTWERPEN"], rng, size_mm=30,
                     color=(40, 80, 120))
        else:
            g, s, _ = make_professional(rng, "NL")
            f = "serif2"
            sh.text(190, 14, f"Vertaalbureau {s}", font=f, size_pt=12, bold=True, anchor="right")
            sh.text(190, 20, f"Oudegracht {rng.randint(10, 300)} · 3511 Utrecht · Wbtv {_digits(rng, 5)}", font=f,
                    size_pt=8.5, anchor="right", color=GREY)
            sh.text(20, 38, f"Beëdigde vertaling uit het {src[0]}", font=f, size_pt=12.5, bold=True)
            sh.text(20, 44, f"Document: {what}", font=f, size_pt=9.5)
            body = (f"[Wapen] Naam: {person.surname.upper()}; voornaam: {person.given_names}; geboren op "
                    f"{format_date(person.birth_date, 'long', 'nl')} te {person.birth_place}; vader: "
                    f"{person.father or '-'}; moeder: {person.mother or '-'}. [Stempel] [Handtekening]")
            y = sh.paragraph(20, 54, 170, body, font=f, size_pt=10.5, leading=1.6)
            oath = ("Verklaring van de vertaler: ondergetekende, beëdigd vertaler, ingeschreven in het Register "
                    "beëdigde tolken en vertalers, verklaart dat de bovenstaande vertaling naar zijn beste weten "
                    "getrouw en volledig is.")
            y = sh.paragraph(20, y + 10, 170, oath, font=f, size_pt=10, leading=1.4, italic=True)
            sh.text(20, y + 8, f"Utrecht, {format_date(issued, 'dashes_zero', 'nl')}", font=f, size_pt=10)
            sh.signature(20, y + 13, 40, 13, rng)
            sh.stamp(100, y + 6, [f"{g[0]}. {s}".upper(), "BEËDIGD VERTALER", "UTRECHT"], rng, shape="round",
                     size_mm=30, color=(120, 30, 90))
        return [sh]

    return make


# the Belgian one first: 9ter takes the part's first translation family, the IND the Dutch (NLD) one
_register("translation-be-nl-antwerpen-kader", "translation", PART, "nl", _translation8("antwerpen"), country="BEL",
          notes="Antwerp sworn translator, label/value rows in thin frames, blue side bar")
_register("translation-nl-utrecht-lopende-tekst", "translation", PART, "nl", _translation8("utrecht"), country="NLD",
          notes="Utrecht translation office, the document rendered as running text with [Wapen]/[Stempel] markers")
