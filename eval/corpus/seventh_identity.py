"""Identity and civil-status families of the `seventh` part (registered in identity.FAMILIES).

Written after dev, heldout, fresh, fourth, fifth and sixth had all been read, by a writer who saw neither the
validator nor its output: passports of Morocco, the DR Congo, Russia, Ukraine, Somalia, Venezuela, Türkiye and
Suriname with numbered field captions ('1 Type', '2 Code', ...) beside a large photo, copied in other ways (a
flatbed scan with the lid left open so that the glass around the page is black, a fax-like 1-bit page at 200 dpi, a
page scanned turned by about 1.5 degrees, a copy of a punched page with the holes' black shadows, a copy of a copy
gone grainy, a lawyer's pencil note in the margin); a Turkish identity card copied recto above verso; a Dutch
residence card front and back one below the other on a flatbed with the lid open; a Moroccan birth extract in the
two-column civil-status layout, a Kinshasa commune's full copy with the register's volume and folio in the margin,
a Turkish e-Devlet population-register print in portrait, a Flemish commune's extract printed from the federal
civil-status database (DABS); a Moroccan court's certificate of nationality in a double frame, a consular
certificate of Congolese nationality; a Moroccan consulate's identity attestation with a dry-seal circle on the
photo, a Congolese embassy's attestation copied with punched holes; a Moroccan marriage extract, a DABS marriage
extract, a Turkish multilingual 'Formül B' marriage extract and a Kinshasa marriage act typed on dotted lines;
sworn translations from Liège and Rotterdam, the latter with an apostille page's stamp.
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

PART = "seventh"
GREY = (95, 95, 95)
PENCIL = (95, 95, 105)
RED_PEN = (175, 30, 35)

# --------------------------------------------------------------------------- copy habits


def lid_open(sh: Sheet, rng: random.Random, dpi: int = 200) -> Sheet:
    """A flatbed scan with the lid left open: the sheet lies against the top-left corner of the glass, a little
    smaller than the scanned area, and everything the paper does not cover is black."""
    img = sh.render(dpi)
    W, H = sh.width_mm, sh.height_mm
    out = Sheet(W, H)
    out.rect(0, 0, W, H, width_mm=0, fill=(14, 14, 16))
    k = rng.uniform(0.978, 0.985)
    x0, y0 = rng.uniform(0.5, 1.2), rng.uniform(0.5, 1.2)
    # the paper's edge lifted off the glass: a grey soft band along the right and lower edges
    out.rect(x0 + W * k - 1.2, y0, 2.4, H * k, width_mm=0, fill=(70, 70, 72))
    out.rect(x0, y0 + H * k - 1.2, W * k, 2.4, width_mm=0, fill=(70, 70, 72))
    out.image(x0, y0, W * k, H * k, img)
    return out


def fax_1bit(sh: Sheet, header: str, dpi: int = 200) -> Sheet:
    """A fax received and printed (or a fax-mode scan): one bit per pixel at 200 dpi, the sending machine's
    header line across the top."""
    sh.text(6, 3.5, header, font="mono2", size_pt=7.2)
    img = sh.render(dpi).convert("L").point(lambda v: 255 if v > 148 else 0).convert("1").convert("RGB")
    out = Sheet(sh.width_mm, sh.height_mm)
    out.image(0, 0, sh.width_mm, sh.height_mm, img)
    return out


def turned(sh: Sheet, deg: float, dpi: int = 200) -> Sheet:
    """The page scanned lying slightly crooked on the glass (about 1.5 degrees), white where the glass shows."""
    img = sh.render(dpi).rotate(deg, resample=Image.BICUBIC, expand=False, fillcolor=(250, 250, 250))
    out = Sheet(sh.width_mm, sh.height_mm)
    out.image(0, 0, sh.width_mm, sh.height_mm, img)
    return out


def punch_holes(sh: Sheet, x: float = 9.0, gap: float = 80.0) -> None:
    """The two black discs a punched original leaves on a copy (the lid is dark behind the holes)."""
    d = 6.0
    img = Image.new("RGBA", (120, 120), (0, 0, 0, 0))
    dr = ImageDraw.Draw(img)
    dr.ellipse([8, 8, 112, 112], fill=(25, 25, 25, 255))
    img = img.filter(ImageFilter.GaussianBlur(2.5))
    mid = sh.height_mm / 2
    for y in (mid - gap / 2, mid + gap / 2):
        sh.image(x - d / 2, y - d / 2, d, d, img, blend="multiply")


def copied_twice(sh: Sheet, rng: random.Random, dpi: int = 150) -> Sheet:
    """A copy of a copy: greys pushed apart, the toner's speckle on the white, edges a little soft."""
    img = sh.render(dpi).convert("L")
    img = img.point(lambda v: 255 if v > 200 else max(0, int(v * 0.82) - 10))
    w, h = img.size
    noise = Image.frombytes("L", (w, h), rng.randbytes(w * h)).point(lambda v: 0 if v > 252 else 255)
    img = Image.composite(img, Image.new("L", (w, h), 40), noise)
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    out = Sheet(sh.width_mm, sh.height_mm)
    out.image(0, 0, sh.width_mm, sh.height_mm, img.convert("RGB"))
    return out


def margin_note(sh: Sheet, x: float, y: float, lines: list[str], rng: random.Random, *, color=PENCIL) -> None:
    """A lawyer's note in pencil or red pen in the margin (not part of the document, not a defect)."""
    for k, ln in enumerate(lines):
        sh.handwriting(x, y + k * 6.5, ln, rng, size_pt=10.5, color=color, font="hand2")


# --------------------------------------------------------------------------- passports (TD3)

_PP7 = {
    "MAR": dict(state="ROYAUME DU MAROC", sub="PASSEPORT", nat="MAROCAINE", date="dots", years=5,
                number=lambda r: "S" + r.choice("ABCDEFGH") + _digits(r, 7),
                authority=lambda r: "DGSN", copy="lid", font="sans4", tint=(238, 232, 238),
                cap=("Type", "Code du pays", "N° du passeport", "Nom", "Prénoms", "Nationalité", "Date de naissance",
                     "Sexe", "Lieu de naissance", "Date de délivrance", "Date d'expiration", "Autorité")),
    "COD": dict(state="RÉPUBLIQUE DÉMOCRATIQUE DU CONGO", sub="PASSEPORT · PASSPORT", nat="CONGOLAISE", date="abbr_fr",
                years=5, number=lambda r: "OP" + _digits(r, 7), authority=lambda r: "MIN. AFFAIRES ÉTRANGÈRES",
                copy="fax", font="sans", tint=(232, 238, 246),
                cap=("Type", "Code", "Passeport n°", "Nom / Surname", "Prénoms / Given names", "Nationalité",
                     "Date de naissance", "Sexe", "Lieu de naissance", "Délivré le", "Expire le", "Autorité")),
    "RUS": dict(state="РОССИЙСКАЯ ФЕДЕРАЦИЯ / RUSSIAN FEDERATION", sub="ПАСПОРТ / PASSPORT", nat="РОССИЙСКАЯ "
                "ФЕДЕРАЦИЯ/RUSSIAN FEDERATION", date="dots", years=10, number=lambda r: _digits(r, 2) + " " +
                _digits(r, 7), authority=lambda r: "МВД " + _digits(r, 5), copy="rot", font="sans3",
                tint=(236, 230, 222),
                cap=("Тип/Type", "Код/Code", "Номер паспорта/Passport No.", "Фамилия/Surname", "Имя/Given names",
                     "Гражданство/Nationality", "Дата рождения/Date of birth", "Пол/Sex",
                     "Место рождения/Place of birth", "Дата выдачи/Date of issue", "Дата окончания срока/Date of "
                     "expiry", "Орган, выдавший документ/Authority")),
    "UKR": dict(state="УКРАЇНА / UKRAINE", sub="ПАСПОРТ / PASSPORT", nat="УКРАЇНА/UKR", date="abbr_uk", years=10,
                number=lambda r: "F" + r.choice("ABCEKMN") + _digits(r, 6), authority=lambda r: _digits(r, 4),
                copy="punch", font="sans6", tint=(226, 236, 246),
                cap=("Тип/Type", "Код держави/Code of State", "Паспорт №/Passport No.", "Прізвище/Surname",
                     "Ім'я/Given Names", "Громадянство/Nationality", "Дата народження/Date of birth", "Стать/Sex",
                     "Місце народження/Place of birth", "Дата видачі/Date of issue", "Дата закінчення строку дії/"
                     "Date of expiry", "Орган, що видав/Authority")),
    "SOM": dict(state="JAMHUURIYADDA FEDERAALKA SOOMAALIYA", sub="FEDERAL REPUBLIC OF SOMALIA · BAASABOOR / PASSPORT",
                nat="SOMALI", date="abbr_en", years=5, number=lambda r: "P" + r.choice("ABC") + _digits(r, 7),
                authority=lambda r: "IMMIGRATION & NATURALIZATION MOGADISHU", copy="twice", font="sans2",
                tint=(228, 240, 248),
                cap=("Nooca/Type", "Koodka/Code", "Lambarka/Passport No.", "Magaca qoyska/Surname",
                     "Magacyada/Given names", "Dhalashada/Nationality", "Taariikhda dhalashada/Date of birth",
                     "Jinsiga/Sex", "Goobta dhalashada/Place of birth", "Taariikhda bixinta/Date of issue",
                     "Taariikhda dhicitaanka/Date of expiry", "Hay'adda/Authority")),
    "VEN": dict(state="REPÚBLICA BOLIVARIANA DE VENEZUELA", sub="PASAPORTE / PASSPORT", nat="VENEZOLANA",
                date="slashes", years=10, number=lambda r: _digits(r, 9), authority=lambda r: "SAIME",
                copy="margin", font="serif2", tint=(246, 236, 224),
                cap=("Tipo/Type", "Código/Code", "Pasaporte N°/Passport No.", "Apellidos/Surname",
                     "Nombres/Given names", "Nacionalidad/Nationality", "Fecha de nacimiento/Date of birth",
                     "Sexo/Sex", "Lugar de nacimiento/Place of birth", "Fecha de emisión/Date of issue",
                     "Fecha de vencimiento/Date of expiry", "Autoridad/Authority")),
    "TUR": dict(state="TÜRKİYE CUMHURİYETİ", sub="PASAPORT · PASSPORT · PASSEPORT", nat="T.C./TUR", date="dots",
                years=10, number=lambda r: "U" + _digits(r, 8), authority=lambda r: "T.C. İÇİŞLERİ BAKANLIĞI",
                copy="sideways", font="narrow", tint=(240, 226, 232),
                cap=("Tipi/Type", "Ülke kodu/Code", "Pasaport No", "Soyadı/Surname", "Adı/Given names",
                     "Uyruğu/Nationality", "Doğum tarihi/Date of birth", "Cinsiyeti/Sex", "Doğum yeri/Place of birth",
                     "Veriliş tarihi/Date of issue", "Geçerlilik tarihi/Date of expiry", "Makam/Authority")),
    "SUR": dict(state="REPUBLIEK SURINAME", sub="PASPOORT · PASSPORT", nat="SURINAAMSE/SURINAMESE", date="abbr_nl",
                years=10, number=lambda r: "S" + _digits(r, 7), authority=lambda r: "CBB PARAMARIBO",
                copy="twice", font="serif3", tint=(232, 240, 230),
                cap=("Type", "Code", "Paspoortnr./Passport No.", "Naam/Surname", "Voornamen/Given names",
                     "Nationaliteit/Nationality", "Geboortedatum/Date of birth", "Geslacht/Sex",
                     "Geboorteplaats/Place of birth", "Datum van afgifte/Date of issue",
                     "Geldig tot/Date of expiry", "Autoriteit/Authority")),
}

_UK_MON = ["СІЧ/JAN", "ЛЮТ/FEB", "БЕР/MAR", "КВІ/APR", "ТРА/MAY", "ЧЕР/JUN", "ЛИП/JUL", "СЕР/AUG", "ВЕР/SEP",
           "ЖОВ/OCT", "ЛИС/NOV", "ГРУ/DEC"]


def _pd7(d, style):
    if style == "abbr_en":
        return format_date(d, "abbr", "en")
    if style == "abbr_fr":
        return format_date(d, "passport_bi", "fr")
    if style == "abbr_nl":
        return format_date(d, "abbr", "nl")
    if style == "abbr_uk":
        return f"{d.day:02d} {_UK_MON[d.month - 1]} {d.year % 100:02d}"
    return format_date(d, style, "nl")


def _datapage7(cfg, person, rng, code, number, issue, expiry, lines) -> Sheet:
    """Data page 125 x 88 mm: a large photo at the left, the fields to its right in a grid, each value under a
    numbered caption ('1 Type', '2 Code', ...), the holder's signature in a strip under the photo, a small ghost
    portrait at the lower right, the MRZ in the bottom band."""
    W, H = 125.0, 88.0
    s = Sheet(W, H)
    s.rect(0, 0, W, H, width_mm=0, fill=cfg["tint"])
    tint2 = tuple(max(0, v - 14) for v in cfg["tint"])
    for k in range(0, 64, 4):   # concentric rosette of the security print
        s.rect(80 - k / 2, 36 - k / 3, k, k / 1.5, width_mm=0.07, color=tint2)
    f = cfg["font"]
    s.text(W / 2, 2.2, cfg["state"], font=f, size_pt=6.2, bold=True, anchor="center", color=(35, 35, 70))
    s.text(W / 2, 5.6, cfg["sub"], font=f, size_pt=4.8, anchor="center", color=(60, 60, 90))
    s.photo(3, 10, 30, 39, rng)
    s.rect(3, 50.5, 30, 7, width_mm=0.1, color=(120, 120, 140))
    s.signature(4, 51, 28, 6, rng, color=(20, 20, 40))
    C = cfg["cap"]
    vals = ["P", code, number, person.surname.upper(), person.given_names.upper(), cfg["nat"],
            _pd7(person.birth_date, cfg["date"]), person.sex, strip_accents(person.birth_place).upper(),
            _pd7(issue, cfg["date"]), _pd7(expiry, cfg["date"]), cfg["authority"](rng)]
    grid = [(36, 9, 14), (52, 9, 22), (76, 9, 46), (36, 15.5, 86), (36, 22, 86), (36, 28.5, 60), (36, 35, 38),
            (98, 35, 20), (36, 41.5, 86), (36, 48, 38), (78, 48, 44), (36, 54.5, 86)]
    for n, ((x, y, lim), cap, val) in enumerate(zip(grid, C, vals), 1):
        s.text(x, y, f"{n} {cap}", font=f, size_pt=3.7, color=(85, 75, 95))
        vs = 6.3
        while vs > 4.2 and text_width_mm(val, f, vs, True) > lim:
            vs -= 0.3
        s.text(x, y + 2.1, val, font=f, size_pt=vs, bold=True)
    ghost = Sheet(12, 15)
    ghost.photo(0, 0, 12, 15, rng)
    s.image(W - 15, 40, 12, 15, ghost.render(110).convert("L").point(lambda v: 160 + v // 3).convert("RGBA"),
            blend="multiply")
    s.rect(0, H - 15, W, 15, width_mm=0, fill=tuple(min(255, v + 10) for v in cfg["tint"]))
    size = 2.54 / 0.602 / (25.4 / 72)
    for i, ln in enumerate(lines):
        s.text(4.5, H - 12.5 + i * 4.3, ln, font="ocrb", size_pt=size, color=(10, 10, 10))
    return s


def _passport7(code: str):
    cfg = _PP7[code]

    def make(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, crop=False,
             annotate=None, number=None, **opts):
        issue, expiry = _dates(rng, issue_date, expiry_date, cfg["years"])
        number = number or cfg["number"](rng)
        md = _mrz_data(person, mrz_override)
        lines = M.td3(issuing=code, surname=md["surname"], given=md["given_names"],
                      number=md.get("number", number.replace(" ", "")[-9:]), nationality=md["nationality"],
                      birth_date=md["birth_date"], sex=md["sex"], expiry=expiry, personal_number="",
                      break_check=break_check)
        page = _datapage7(cfg, person, rng, code, number, issue, expiry, lines)
        if crop:
            return [page]
        how = cfg["copy"]
        sh = Sheet()
        if how == "sideways":
            # the booklet laid across the glass: both pages side by side, the copy turned a quarter on the sheet
            land = Sheet(297, 210)
            x, y = rng.uniform(20, 30), rng.uniform(50, 62)
            land.rect(x, y, 125, 88, width_mm=0.2, color=(150, 150, 150), fill=tuple(min(255, v + 8) for v in cfg["tint"]))
            land.text(x + 62, y + 40, "VISAS", font=cfg["font"], size_pt=8, anchor="center", color=(160, 160, 160))
            land.image(x + 127, y, 125, 88, page.render(300))
            img = land.render(200).rotate(90, expand=True)
            sh.image(0, 0, 210, 297, img)
            if annotate:
                sh.handwriting(22, 280, annotate, rng, size_pt=12)
            return [sh]
        x, y = rng.uniform(22, 35), rng.uniform(112, 135)
        sh.image(x, y, 125, 88, page.render(300))
        # the facing page (the booklet's inside cover) above, blank but for its edge
        sh.rect(x, y - 90, 125, 88, width_mm=0.2, color=(170, 170, 170))
        if annotate:
            sh.handwriting(22, 272, annotate, rng, size_pt=12)
        if how == "lid":
            return [lid_open(sh, rng)]
        if how == "fax":
            return [fax_1bit(sh, f"{format_date(datetime.date(2026, 11, rng.randint(3, 27)), 'dots', 'nl')} "
                                 f"{rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}  +32 2 {_digits(rng, 3)} "
                                 f"{_digits(rng, 2)} {_digits(rng, 2)}   P.01/01")]
        if how == "rot":
            return [turned(sh, rng.choice([-1.5, 1.4, 1.6, -1.3]))]
        if how == "punch":
            punch_holes(sh)
            return [sh]
        if how == "twice":
            return [copied_twice(sh, rng)]
        if how == "margin":
            margin_note(sh, 160, y + 92, ["orig. gezien", f"{rng.randint(3, 28)}/{rng.randint(9, 11)}"], rng,
                        color=RED_PEN)
        return [sh]

    return make


for _code, _lang, _note in [
        ("MAR", "fr", "Moroccan passport, numbered captions, flatbed scan with the lid open (black surround)"),
        ("COD", "fr/en", "Congolese (DRC) passport, numbered captions, fax-like 1-bit copy at 200 dpi"),
        ("RUS", "ru/en", "Russian passport, Cyrillic/English captions, page scanned turned by about 1.5 degrees"),
        ("UKR", "uk/en", "Ukrainian passport, Cyrillic/English captions, copy of a punched page (hole shadows)"),
        ("SOM", "so/en", "Somali passport, Somali/English captions, copy of a copy (grainy)"),
        ("VEN", "es/en", "Venezuelan passport, Spanish/English captions, lawyer's red-pen note in the margin"),
        ("TUR", "tr/en", "Turkish passport, booklet copied sideways, page turned a quarter"),
        ("SUR", "nl/en", "Surinamese passport, Dutch/English captions, copy of a copy")]:
    _register(f"passport-td3-{_code.lower()}-genummerd-7", "identity-document", PART, _lang, _passport7(_code),
              country=_code, mrz="TD3", photo=True, notes=_note)


# --------------------------------------------------------------------------- Turkish identity card

def idcard_tur_kimlik(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, **opts):
    """Turkish chip identity card (T.C. Kimlik Kartı), recto above verso on one A4, the whole photocopied twice;
    the lawyer's 'conform' stamp-less initials under it."""
    issue, expiry = _dates(rng, issue_date, expiry_date, 10)
    no = "A" + _digits(rng, 2) + rng.choice("ABCDEFGHJK") + _digits(rng, 5)
    tckn = "1" + _digits(rng, 10)
    md = _mrz_data(person, mrz_override)
    lines = M.td1(doc_code="ID", issuing="TUR", number=md.get("number", no), nationality=md["nationality"],
                  birth_date=md["birth_date"], sex=md["sex"], expiry=expiry, surname=md["surname"],
                  given=md["given_names"], break_check=break_check)
    f = Sheet(85.6, 54)
    f.rect(0, 0, 85.6, 54, width_mm=0, fill=(246, 232, 236))
    f.rect(0, 0, 85.6, 8, width_mm=0, fill=(214, 40, 50))
    f.text(42.8, 1.2, "TÜRKİYE CUMHURİYETİ KİMLİK KARTI", font="narrow", size_pt=6.2, bold=True, anchor="center",
           color=(255, 255, 255))
    f.text(42.8, 4.4, "REPUBLIC OF TÜRKİYE IDENTITY CARD", font="narrow", size_pt=4.8, anchor="center",
           color=(255, 255, 255))
    f.photo(3, 11, 22, 28, rng)
    rows = [("T.C. Kimlik No / TR Identity No", tckn), ("Soyadı / Surname", person.surname.upper()),
            ("Adı / Given Name(s)", person.given_names.upper()),
            ("Doğum Tarihi / Date of Birth", format_date(person.birth_date, "dots", "nl")),
            ("Cinsiyeti / Gender", "K/F" if person.sex == "F" else "E/M"),
            ("Seri No / Document No", no), ("Son Geçerlilik / Valid Until", format_date(expiry, "dots", "nl"))]
    for k, (lab, val) in enumerate(rows):
        f.text(28, 9.5 + k * 6.1, lab, font="narrow", size_pt=3.6, color=(110, 60, 70))
        f.text(28, 11.6 + k * 6.1, val, font="narrow", size_pt=5.4, bold=True)
    f.signature(3, 42, 22, 8, rng)
    b = Sheet(85.6, 54)
    b.rect(0, 0, 85.6, 54, width_mm=0, fill=(240, 236, 238))
    b.text(3, 3, f"Anne Adı / Mother's Name: {(person.mother or '').split(' ')[0].upper()}", font="narrow",
           size_pt=4.8)
    b.text(3, 7, f"Baba Adı / Father's Name: {(person.father or '').split(' ')[0].upper()}", font="narrow",
           size_pt=4.8)
    b.text(3, 11, f"Veren Makam / Issued By: {rng.choice(['ANKARA', 'KONYA', 'İZMİR', 'BURSA'])} NVİ", font="narrow",
           size_pt=4.8)
    b.text(3, 15, f"Veriliş / Issue: {format_date(issue, 'dots', 'nl')}", font="narrow", size_pt=4.8)
    size = (78.0 / 30) / 0.602 / (25.4 / 72)
    for i, ln in enumerate(lines):
        b.text(3.5, 36 + i * 4.5, ln, font="ocrb", size_pt=size)
    sh = Sheet()
    x = rng.uniform(55, 65)
    sh.image(x, 28, 90, 56.8, f.render(300))
    sh.image(x + rng.uniform(-1, 1), 98, 90, 56.8, b.render(300))
    sh.signature(x + 60, 160, 22, 8, rng, style="initials", color=(20, 20, 20))
    return [copied_twice(sh, rng)]


_register("idcard-td1-tur-kimlik-boven-onder", "identity-document", PART, "tr/en", idcard_tur_kimlik, country="TUR",
          mrz="TD1", photo=True, notes="Turkish chip identity card, recto above verso, copy of a copy")


# --------------------------------------------------------------------------- Dutch residence card, lid open

def permit_nl_lid_open(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None,
                       purpose=None, v_number=None, **opts):
    """Dutch residence document (verblijfsdocument), front above back, scanned on a flatbed with the lid open:
    the glass around the two cards black, the lawyer's stamp 'kopie' beside them."""
    issue, expiry, number, purpose, lines, vnr = nl_permit_data(person, rng, "KLMNPR", issue_date, expiry_date,
                                                                break_check, mrz_override, purpose, v_number)
    f = Sheet(85.6, 54)
    f.rect(0, 0, 85.6, 54, width_mm=0, fill=(222, 232, 244))
    f.text(3, 1.6, "KONINKRIJK DER NEDERLANDEN", font="sans4", size_pt=5.2, bold=True, color=(20, 40, 100))
    f.text(3, 4.4, "VERBLIJFSDOCUMENT", font="sans4", size_pt=5.8, bold=True, color=(20, 40, 100))
    f.photo(62, 9, 21, 27, rng)
    for k, (lab, val) in enumerate([("1. Naam", person.surname.upper()), ("2. Voornamen", person.given_names.upper()),
                                    ("3. Geldig tot", format_date(expiry, "dots", "nl")),
                                    ("4. Soort document", "VERBLIJFSVERGUNNING REGULIER"),
                                    ("5. Opmerkingen", purpose.upper()), ("Documentnr.", number)]):
        f.text(3, 9 + k * 6.8, lab, font="sans4", size_pt=3.8, color=(60, 70, 110))
        f.text(3, 11.3 + k * 6.8, val, font="sans4", size_pt=5.2, bold=True)
    b = Sheet(85.6, 54)
    b.rect(0, 0, 85.6, 54, width_mm=0, fill=(228, 234, 242))
    for k, (lab, val) in enumerate([("Geboortedatum", format_date(person.birth_date, "dots", "nl")),
                                    ("Nationaliteit", country_name(person.nationality, "nl").upper()),
                                    ("VNR", vnr), ("Afgegeven op", format_date(issue, "dots", "nl")),
                                    ("Arbeid", "ARBEID TOEGESTAAN, TWV NIET VEREIST")]):
        b.text(3, 2 + k * 6.2, lab, font="sans4", size_pt=3.8, color=(60, 70, 110))
        b.text(3, 4.3 + k * 6.2, val, font="sans4", size_pt=5.0, bold=True)
    size = (78.0 / 30) / 0.602 / (25.4 / 72)
    for i, ln in enumerate(lines):
        b.text(3.5, 36 + i * 4.5, ln, font="ocrb", size_pt=size)
    sh = Sheet()
    sh.image(18, 22, 90, 56.8, f.render(300))
    sh.image(18, 88, 90, 56.8, b.render(300))
    sh.stamp(140, 60, ["KOPIE", "CONFORM ORIGINEEL"], rng, shape="rect", size_mm=32, color=(40, 60, 150))
    return [lid_open(sh, rng)]


_register("permit-nl-verblijfsdocument-deksel-open", "identity-document", PART, "nl", permit_nl_lid_open,
          country="NLD", mrz="TD1", photo=True, notes="Dutch residence document, front above back, flatbed scan "
                                                        "with the lid open (black surround), 'kopie' stamp")


# --------------------------------------------------------------------------- civil status

def birth_mar_extrait(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Moroccan 'extrait d'acte de naissance' in the civil-status layout: the French column on the left, the
    Arabic column on the right shown as the copy shows it (a ruled column of the same entries, here in the
    transliteration the office prints under the Arabic), the commune and the act's number and year at the top."""
    issued = _when(rng, issue_date, 20, 400)
    act = act_date or person.birth_date + datetime.timedelta(days=rng.randint(3, 40))
    commune = rng.choice(["Nador", "Al Hoceima", "Oujda", "Tanger", "Berkane", "Tétouan"])
    fa, mo = father or person.father or "", mother or person.mother or ""
    sh = Sheet()
    f = "serif5"
    sh.text(20, 12, "ROYAUME DU MAROC", font=f, size_pt=10, bold=True)
    sh.text(20, 17, "Ministère de l'Intérieur", font=f, size_pt=8.5)
    sh.text(20, 21.5, f"Province de {commune}", font=f, size_pt=8.5)
    sh.text(20, 26, f"Commune de {commune} – Bureau d'état civil", font=f, size_pt=8.5)
    sh.text(190, 20, f"Acte n° {rng.randint(100, 3999)} – Année {act.year}", font=f, size_pt=9, anchor="right")
    sh.text(105, 38, "EXTRAIT D'ACTE DE NAISSANCE", font=f, size_pt=13.5, bold=True, anchor="center")
    sh.rule(60, 44, 150, 44, width_mm=0.4)
    rows = [("Nom de famille", person.surname.upper()), ("Prénom", person.given_names),
            ("Date de naissance", f"{format_date(person.birth_date, 'dots', 'fr')}  ({_date_words(person.birth_date)})"),
            ("Lieu de naissance", f"{person.birth_place}"), ("Sexe", "féminin" if person.sex == "F" else "masculin"),
            ("Nationalité", "marocaine"), ("Père", fa), ("Mère", mo),
            ("Acte dressé le", format_date(act, "dots", "fr"))]
    y = 52
    sh.rect(18, y - 2, 174, len(rows) * 11 + 4, width_mm=0.35)
    sh.rule(105, y - 2, 105, y + len(rows) * 11 + 2, width_mm=0.2)
    for lab, val in rows:
        sh.text(21, y, lab, font=f, size_pt=8, color=GREY)
        sh.paragraph(21, y + 3.4, 82, val, font=f, size_pt=9.6, leading=1.15)
        sh.text(108, y, f"[ar] {lab.lower()}", font=f, size_pt=7.5, italic=True, color=(150, 150, 150))
        sh.rule(110, y + 7.5, 188, y + 7.5, width_mm=0.1, color=(190, 190, 190))
        y += 11
    sh.paragraph(20, y + 8, 170, "Mentions marginales : néant.", font=f, size_pt=9)
    sh.text(20, y + 18, f"Certifié conforme aux indications portées sur le registre, {commune}, le "
                        f"{format_date(issued, 'dots', 'fr')}", font=f, size_pt=9.5)
    sh.text(130, y + 27, "L'Officier de l'état civil", font=f, size_pt=9.5)
    sh.signature(130, y + 32, 40, 13, rng)
    sh.stamp(92, y + 26, ["ROYAUME DU MAROC", "ÉTAT CIVIL", commune.upper()], rng, size_mm=28, color=(40, 70, 140))
    return [sh]


def birth_cod_copie_integrale(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """A Kinshasa commune's 'copie intégrale d'acte de naissance': the register's volume and folio in a left margin
    column, the act typed as one block in the body, the officer's stamp and a 'vu pour légalisation' stamp."""
    issued = _when(rng, issue_date, 20, 500)
    act = act_date or person.birth_date + datetime.timedelta(days=rng.randint(2, 60))
    commune = rng.choice(["Lingwala", "Kasa-Vubu", "Ngiri-Ngiri", "Bandalungwa", "Kintambo", "Limete"])
    fa, mo = father or person.father or "", mother or person.mother or ""
    sh = Sheet(paper="grey")
    f = "typewriter2"
    sh.text(105, 10, "RÉPUBLIQUE DÉMOCRATIQUE DU CONGO", font="serif3", size_pt=10, bold=True, anchor="center")
    sh.text(105, 15, f"VILLE DE KINSHASA – COMMUNE DE {commune.upper()}", font="serif3", size_pt=9, anchor="center")
    sh.text(105, 20, "BUREAU DE L'ÉTAT CIVIL", font="serif3", size_pt=9, anchor="center")
    sh.text(105, 32, "COPIE INTÉGRALE D'ACTE DE NAISSANCE", font="serif3", size_pt=13, bold=True, anchor="center")
    sh.rule(48, 40, 48, 250, width_mm=0.3)
    for k, ln in enumerate([f"Volume {rng.choice(['I', 'II', 'III', 'IV'])}", f"Folio {rng.randint(10, 290)}",
                            f"Acte n° {rng.randint(10, 2999)}", "", "Naissance de", person.surname.upper(),
                            person.given_names]):
        sh.text(20, 46 + k * 5.5, ln, font=f, size_pt=8.8)
    born = "née" if person.sex == "F" else "né"
    body = (f"L'an {act.year}, le {format_date(act, 'long', 'fr')}, devant Nous, Officier de l'état civil de la "
            f"commune de {commune}, a comparu {fa or 'le père'}, lequel a déclaré que le "
            f"{format_date(person.birth_date, 'long', 'fr')} est {born} à {person.birth_place} un enfant de sexe "
            f"{'féminin' if person.sex == 'F' else 'masculin'}, nommé {person.surname.upper()} {person.given_names}, "
            f"fils/fille de {fa}, et de {mo}, son épouse. Lecture faite, le comparant a signé avec Nous.")
    y = sh.paragraph(54, 46, 136, body, font=f, size_pt=10, leading=1.75, align="justify")
    sh.text(54, y + 8, f"Pour copie intégrale conforme, délivrée à Kinshasa le {format_date(issued, 'dots', 'fr')}",
            font=f, size_pt=9.3)
    sh.text(120, y + 18, "L'Officier de l'état civil", font=f, size_pt=9.3)
    sh.signature(120, y + 23, 40, 13, rng)
    sh.stamp(70, y + 16, ["COMMUNE DE " + commune.upper(), "ÉTAT CIVIL", "KINSHASA"], rng, size_mm=28,
             color=(30, 50, 130))
    sh.stamp(140, y + 44, ["VU POUR LÉGALISATION", "HÔTEL DE VILLE", format_date(issued, "dots", "fr")], rng,
             shape="rect", size_mm=36, color=(120, 40, 40))
    return [sh]


def birth_tur_edevlet(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Turkish 'Nüfus Kayıt Örneği' printed from e-Devlet in portrait: the person's block as label/value rows,
    the parents below, a barcode and 'e-Devlet Kapısı' verification text in the footer."""
    issued = _when(rng, issue_date, 10, 200)
    il = rng.choice(["GAZİANTEP", "KAYSERİ", "DİYARBAKIR", "SAMSUN", "ESKİŞEHİR"])
    fa = (father or person.father or "").split(" ")[0].upper()
    mo = (mother or person.mother or "").split(" ")[0].upper()
    sh = Sheet()
    f = "sans6"
    sh.rect(0, 0, 210, 22, width_mm=0, fill=(228, 38, 44))
    sh.text(20, 7, "türkiye.gov.tr", font=f, size_pt=14, bold=True, color=(255, 255, 255))
    sh.text(190, 8, "e-Devlet Kapısı", font=f, size_pt=10, anchor="right", color=(255, 255, 255))
    sh.text(105, 32, "NÜFUS KAYIT ÖRNEĞİ", font=f, size_pt=14, bold=True, anchor="center")
    sh.text(105, 39, "T.C. İçişleri Bakanlığı Nüfus ve Vatandaşlık İşleri Genel Müdürlüğü", font=f, size_pt=8.5,
            anchor="center", color=GREY)
    rows = [("T.C. Kimlik No", "1" + _digits(rng, 10)), ("Adı", person.given_names.upper()),
            ("Soyadı", person.surname.upper()), ("Baba Adı", fa), ("Ana Adı", mo),
            ("Doğum Yeri", strip_accents(person.birth_place).upper()),
            ("Doğum Tarihi", format_date(person.birth_date, "dots", "nl")),
            ("Cinsiyeti", "KADIN" if person.sex == "F" else "ERKEK"), ("Medeni Hali", "BEKAR"),
            ("İl / İlçe", f"{il} / MERKEZ"), ("Cilt / Aile Sıra / Sıra", f"{rng.randint(10, 200)} / "
                                                                      f"{rng.randint(1, 900)} / {rng.randint(1, 9)}")]
    y = 50
    for k, (lab, val) in enumerate(rows):
        if k % 2 == 0:
            sh.rect(25, y - 1.5, 160, 8, width_mm=0, fill=(244, 244, 244))
        sh.text(28, y, lab, font=f, size_pt=9.5, bold=True)
        sh.text(90, y, ":  " + val, font=f, size_pt=9.5)
        y += 8
    sh.paragraph(25, y + 10, 160, "Bu belgenin doğruluğunu e-Devlet Kapısı'ndaki (www.turkiye.gov.tr) Barkodlu "
                 "Belge Doğrulama hizmetini kullanarak barkod numarası ile kontrol edebilirsiniz.", font=f,
                 size_pt=8.5)
    sh.text(25, y + 26, f"Belge Tarihi: {format_date(issued, 'dots', 'nl')} {rng.randint(8, 22):02d}:"
                        f"{rng.randint(0, 59):02d}", font=f, size_pt=8.5)
    sh.text(25, y + 31, f"Barkod: NVI-{_digits(rng, 4)}-{_digits(rng, 4)}-{_digits(rng, 4)}", font=f, size_pt=8.5)
    for k in range(70):
        sh.rect(120 + k * 0.9, y + 24, 0.5 if k % 3 else 0.9, 11, width_mm=0, fill=(0, 0, 0))
    return [sh]


def birth_be_dabs(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """A Flemish commune's 'uittreksel uit een akte van geboorte' printed from the federal civil-status database
    (DABS, since 2019): the act's key as a long number, the data in a grey-lined grid, the electronic-signature
    sentence and a QR-like square instead of a hand signature."""
    issued = _when(rng, issue_date, 10, 300)
    act = act_date or person.birth_date + datetime.timedelta(days=rng.randint(1, 8))
    city = rng.choice(["Antwerpen", "Gent", "Mechelen", "Leuven", "Sint-Niklaas", "Turnhout"])
    sh = Sheet()
    f = "sans2"
    sh.text(20, 14, f"Stad {city}", font=f, size_pt=14, bold=True)
    sh.text(20, 21, "Dienst Burgerzaken – Burgerlijke Stand", font=f, size_pt=9, color=GREY)
    sh.text(20, 38, "Uittreksel uit een akte van geboorte", font=f, size_pt=15, bold=True)
    sh.text(20, 45, f"Akte-ID (DABS): {_digits(rng, 4)}-{_digits(rng, 4)}-{_digits(rng, 6)}   opgemaakt op "
                    f"{format_date(act, 'dashes_zero', 'nl')}", font=f, size_pt=9)
    rows = [("Familienaam", person.surname.upper()), ("Voornamen", person.given_names),
            ("Geslacht", "vrouwelijk" if person.sex == "F" else "mannelijk"),
            ("Geboortedatum", format_date(person.birth_date, "long", "nl")), ("Geboorteplaats", person.birth_place),
            ("Ouder 1", father or person.father or ""), ("Ouder 2", mother or person.mother or "")]
    y = 56
    for lab, val in rows:
        sh.rule(20, y + 7, 190, y + 7, width_mm=0.15, color=(180, 180, 180))
        sh.text(20, y + 1, lab, font=f, size_pt=9.5, color=GREY)
        sh.text(70, y + 0.6, val, font=f, size_pt=10.5)
        y += 9
    sh.paragraph(20, y + 10, 170, "Dit uittreksel werd elektronisch aangemaakt op basis van de Databank Akten "
                 "Burgerlijke Stand en is geldig zonder handtekening. De echtheid kan worden gecontroleerd via de "
                 "akte-ID.", font=f, size_pt=8.8, color=(60, 60, 60))
    sh.text(20, y + 26, f"Afgeleverd te {city} op {format_date(issued, 'dashes_zero', 'nl')}", font=f, size_pt=9.5)
    r2 = random.Random(rng.random())
    for i in range(21):
        for j in range(21):
            if r2.random() < 0.45 or (i < 5 and j < 5) or (i < 5 and j > 15) or (i > 15 and j < 5):
                sh.rect(160 + j * 1.2, y + 16 + i * 1.2, 1.2, 1.2, width_mm=0, fill=(0, 0, 0))
    return [sh]


_register("birth-mar-extrait-deux-colonnes", "birth-certificate", PART, "fr", birth_mar_extrait, country="MAR",
          notes="Moroccan birth extract, French column and the Arabic column's headings, date also in words")
_register("birth-cod-copie-integrale-volume-folio", "birth-certificate", PART, "fr", birth_cod_copie_integrale,
          country="COD", notes="Kinshasa commune's full copy, volume/folio margin column, legalisation stamp")
_register("birth-tur-edevlet-nufus-kayit-staand", "birth-certificate", PART, "tr", birth_tur_edevlet,
          country="TUR", notes="Turkish population-register print from e-Devlet in portrait, barcode, red banner")
_register("birth-be-dabs-uittreksel-vlaams", "birth-certificate", PART, "nl", birth_be_dabs, country="BEL",
          notes="Flemish commune's extract from the federal civil-status database, electronic, no hand signature")


# --------------------------------------------------------------------------- nationality certificates

def nationality_mar_cadre(person, rng, *, issue_date=None, **opts):
    """Moroccan court's 'certificat de nationalité' inside a double ruled frame, the heading centred, the
    president's signature over the round stamp, 'droit de timbre payé sur état' line at the foot."""
    issued = _when(rng, issue_date, 30, 500)
    court = rng.choice(["Nador", "Oujda", "Tanger", "Casablanca", "Fès"])
    sh = Sheet()
    f = "serif4"
    sh.rect(12, 12, 186, 273, width_mm=0.8)
    sh.rect(15, 15, 180, 267, width_mm=0.25)
    sh.text(105, 24, "ROYAUME DU MAROC", font=f, size_pt=11, bold=True, anchor="center")
    sh.text(105, 30, "Ministère de la Justice", font=f, size_pt=9, anchor="center")
    sh.text(105, 35, f"Tribunal de Première Instance de {court}", font=f, size_pt=9, anchor="center")
    sh.text(105, 52, "CERTIFICAT DE NATIONALITÉ", font=f, size_pt=15, bold=True, anchor="center")
    sh.text(105, 59, f"N° {rng.randint(100, 9999)}/{issued.year}", font=f, size_pt=9, anchor="center")
    body = (f"Nous, Président du Tribunal de Première Instance de {court}, vu le Code de la nationalité marocaine "
            f"(Dahir n° 1-58-250), vu l'extrait d'acte de naissance et la carte nationale du père produits, "
            f"certifions que {person.surname.upper()} {person.given_names}, né{'e' if person.sex == 'F' else ''} le "
            f"{format_date(person.birth_date, 'long', 'fr')} à {person.birth_place}, fils/fille de "
            f"{person.father or '...'} et de {person.mother or '...'}, est de nationalité marocaine.")
    y = sh.paragraph(28, 72, 154, body, font=f, size_pt=11, leading=1.8, align="justify")
    sh.text(28, y + 12, f"Fait à {court}, le {format_date(issued, 'long', 'fr')}", font=f, size_pt=10.5)
    sh.text(125, y + 24, "Le Président", font=f, size_pt=10.5)
    sh.stamp(128, y + 26, ["TRIBUNAL DE PREMIÈRE INSTANCE", court.upper(), "ROYAUME DU MAROC"], rng, size_mm=30,
             color=(30, 90, 60))
    sh.signature(122, y + 30, 42, 14, rng, color=(15, 15, 60))
    sh.text(28, 272, "Droit de timbre payé sur état – quittance n° " + _digits(rng, 6), font=f, size_pt=8,
            italic=True, color=GREY)
    return [sh]


def nationality_cod_consulaire(person, rng, *, issue_date=None, **opts):
    """A consular certificate of Congolese nationality issued by the DRC embassy in Brussels on its letterhead
    (flag band), the consul's signature, the consular fee stamp printed in a box."""
    issued = _when(rng, issue_date, 20, 400)
    sh = Sheet()
    f = "sans5"
    for k, col in enumerate([(0, 127, 255), (247, 214, 24), (206, 16, 33)]):
        sh.rect(0, k * 2.5, 210, 2.5, width_mm=0, fill=col)
    sh.text(20, 16, "AMBASSADE DE LA RÉPUBLIQUE DÉMOCRATIQUE DU CONGO", font=f, size_pt=10.5, bold=True)
    sh.text(20, 21.5, "Section consulaire – Rue Marie de Bourgogne 30, 1000 Bruxelles", font=f, size_pt=8,
            color=GREY)
    sh.text(105, 44, "CERTIFICAT CONSULAIRE DE NATIONALITÉ", font=f, size_pt=13.5, bold=True, anchor="center")
    sh.text(105, 51, f"Réf. : {rng.randint(100, 999)}/AMBARDC/BXL/SC/{issued.year}", font=f, size_pt=8.5,
            anchor="center")
    body = (f"Le Consul de la République Démocratique du Congo à Bruxelles certifie, au vu de l'acte de naissance "
            f"et du certificat de nationalité délivré par le Ministère de la Justice à Kinshasa, que "
            f"{person.surname.upper()} {person.given_names}, né{'e' if person.sex == 'F' else ''} le "
            f"{format_date(person.birth_date, 'dots', 'fr')} à {person.birth_place}, de {person.father or '...'} "
            f"et de {person.mother or '...'}, est de nationalité congolaise d'origine, immatriculé"
            f"{'e' if person.sex == 'F' else ''} au registre consulaire.")
    y = sh.paragraph(22, 62, 166, body, font=f, size_pt=10.5, leading=1.6, align="justify")
    sh.text(22, y + 10, f"Fait à Bruxelles, le {format_date(issued, 'long', 'fr')}", font=f, size_pt=10)
    sh.text(125, y + 22, "Le Consul", font=f, size_pt=10)
    sh.signature(125, y + 27, 40, 13, rng)
    sh.stamp(95, y + 20, ["AMBASSADE DE LA RDC", "SECTION CONSULAIRE", "BRUXELLES"], rng, size_mm=30,
             color=(20, 60, 150))
    sh.rect(22, y + 48, 50, 16, width_mm=0.3)
    sh.text(24, y + 50, "Droits consulaires perçus", font=f, size_pt=7.5)
    sh.text(24, y + 56, f"{rng.choice(['30', '45', '50'])},00 EUR", font=f, size_pt=9, bold=True)
    return [sh]


_register("nationality-mar-tpi-double-cadre", "nationality-certificate", PART, "fr", nationality_mar_cadre,
          country="MAR", notes="Moroccan court's certificate of nationality in a double frame, stamp under signature")
_register("nationality-cod-certificat-consulaire", "nationality-certificate", PART, "fr", nationality_cod_consulaire,
          country="COD", notes="consular certificate of Congolese nationality, embassy letterhead with flag band")


# --------------------------------------------------------------------------- identity certificates

def idcert_mar_consulat(person, rng, *, issue_date=None, declarative=False, **opts):
    """A Moroccan consulate general's identity attestation: the photo at the top left with the dry seal's
    embossed circle across its corner, the data as a numbered list, the consul general's stamp."""
    issued = _when(rng, issue_date, 20, 400)
    where = rng.choice(["Anvers", "Liège", "Bruxelles"])
    sh = Sheet()
    f = "serif3"
    sh.text(190, 14, "ROYAUME DU MAROC", font=f, size_pt=10, bold=True, anchor="right")
    sh.text(190, 19.5, f"Consulat Général du Royaume du Maroc à {where}", font=f, size_pt=9, anchor="right")
    sh.photo(20, 12, 30, 38, rng)
    seal = Image.new("RGBA", (200, 200), (0, 0, 0, 0))
    d = ImageDraw.Draw(seal)
    d.ellipse([10, 10, 190, 190], outline=(255, 255, 255, 140), width=6)
    d.ellipse([40, 40, 160, 160], outline=(90, 90, 90, 90), width=3)
    sh.image(36, 32, 24, 24, seal)
    sh.text(105, 62, "ATTESTATION D'IDENTITÉ", font=f, size_pt=14, bold=True, anchor="center")
    sh.text(105, 68.5, f"N° {rng.randint(100, 9999)}/CG/{issued.year}", font=f, size_pt=9, anchor="center")
    basis = ("sur la seule déclaration de l'intéressé(e)" if declarative else
             "au vu de l'extrait d'acte de naissance et de l'immatriculation consulaire de l'intéressé(e)")
    sh.paragraph(22, 78, 166, f"Le Consul Général du Royaume du Maroc à {where} atteste, {basis}, que la personne "
                 "dont la photographie figure ci-dessus est :", font=f, size_pt=10.5, leading=1.5)
    items = [f"Nom : {person.surname.upper()}", f"Prénom : {person.given_names}",
             f"Né{'e' if person.sex == 'F' else ''} le : {format_date(person.birth_date, 'dots', 'fr')}",
             f"À : {person.birth_place}", "Nationalité : marocaine",
             f"Filiation : {person.father or '—'} et {person.mother or '—'}"]
    y = 96
    for k, it in enumerate(items, 1):
        sh.text(28, y, f"{k}.  {it}", font=f, size_pt=10.5)
        y += 7.2
    sh.text(22, y + 8, f"{where}, le {format_date(issued, 'dots', 'fr')}", font=f, size_pt=10.5)
    sh.text(120, y + 18, "Le Consul Général", font=f, size_pt=10.5)
    sh.signature(120, y + 23, 42, 14, rng)
    sh.stamp(150, y + 14, ["CONSULAT GÉNÉRAL DU MAROC", where.upper()], rng, size_mm=28, color=(150, 30, 40))
    return [sh]


def idcert_cod_punched(person, rng, *, issue_date=None, declarative=False, **opts):
    """A Congolese embassy's 'attestation d'identité' as a form with the photo in a printed frame on the right,
    copied from the client's punched original (the holes' black discs in the left margin)."""
    issued = _when(rng, issue_date, 20, 400)
    sh = Sheet()
    f = "sans"
    sh.text(20, 14, "RÉPUBLIQUE DÉMOCRATIQUE DU CONGO", font=f, size_pt=10.5, bold=True)
    sh.text(20, 19.5, "Ambassade à Bruxelles – Service de l'état civil et de la chancellerie", font=f, size_pt=8.5)
    sh.text(20, 34, "ATTESTATION D'IDENTITÉ", font=f, size_pt=14, bold=True)
    sh.rect(150, 28, 34, 42, width_mm=0.4)
    sh.photo(152, 30, 30, 38, rng)
    rows = [("Nom", person.surname.upper()), ("Post-nom / Prénom", person.given_names),
            ("Lieu et date de naissance", f"{person.birth_place}, le {format_date(person.birth_date, 'dots', 'fr')}"),
            ("Nationalité", "congolaise (RDC)"), ("Nom du père", person.father or "—"),
            ("Nom de la mère", person.mother or "—")]
    y = 46
    for lab, val in rows:
        sh.text(22, y, lab + " :", font=f, size_pt=9, color=GREY)
        sh.text(22, y + 4, val[:60], font=f, size_pt=10.5, bold=True)
        sh.rule(22, y + 9.5, 140, y + 9.5, width_mm=0.1, dash=0.6, color=(150, 150, 150))
        y += 12
    basis = ("Établie sur la base des déclarations de l'intéressé(e), sans pièce justificative."
             if declarative else "Établie sur présentation de l'acte de naissance et de la carte d'électeur de "
                                 "l'intéressé(e), inscrit(e) au registre de la chancellerie.")
    y = sh.paragraph(22, y + 6, 166, basis, font=f, size_pt=10, leading=1.45)
    sh.text(22, y + 8, f"Bruxelles, le {format_date(issued, 'dots', 'fr')}", font=f, size_pt=10)
    sh.text(120, y + 18, "Pour l'Ambassadeur, le Chancelier", font=f, size_pt=9.5)
    sh.signature(122, y + 23, 40, 13, rng)
    sh.stamp(150, y + 16, ["AMBASSADE RDC", "CHANCELLERIE", "BRUXELLES"], rng, size_mm=28, color=(20, 60, 150))
    sh.stamp(160, 56, ["AMBASSADE RDC"], rng, size_mm=18, color=(20, 60, 150))
    punch_holes(sh)
    return [sh]


_register("idcert-mar-consulat-sceau-sec", "identity-certificate", PART, "fr", idcert_mar_consulat, country="MAR",
          photo=True, notes="Moroccan consulate's identity attestation, dry seal on the photo, numbered data list")
_register("idcert-cod-ambassade-perforee", "identity-certificate", PART, "fr", idcert_cod_punched, country="COD",
          photo=True, notes="Congolese embassy's identity attestation, framed photo, copy of a punched original")


# --------------------------------------------------------------------------- marriage

def marriage_mar_extrait(person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    """Moroccan civil-status 'extrait d'acte de mariage' (transcription of the adoul deed): the husband's and the
    wife's data in two framed blocks side by side, the deed's reference below."""
    issued = _when(rng, issue_date, 20, 300)
    wed = marriage_date or (issued - datetime.timedelta(days=900))
    q = spouse
    h, w = (person, q) if person.sex == "M" else (q, person)
    commune = rng.choice(["Nador", "Oujda", "Berkane", "Tanger"])
    sh = Sheet()
    f = "serif5"
    sh.text(20, 12, "ROYAUME DU MAROC – Ministère de l'Intérieur", font=f, size_pt=9.5, bold=True)
    sh.text(20, 17.5, f"Commune de {commune} – État civil", font=f, size_pt=9)
    sh.text(105, 32, "EXTRAIT D'ACTE DE MARIAGE", font=f, size_pt=13.5, bold=True, anchor="center")
    sh.text(105, 39, f"Mariage conclu le {format_date(wed, 'long', 'fr')} – acte adoulaire n° {rng.randint(10, 900)}, "
                     f"transcrit sous le n° {rng.randint(10, 900)}/{wed.year}", font=f, size_pt=8.5, anchor="center")
    for k, (t, p) in enumerate((("L'ÉPOUX", h), ("L'ÉPOUSE", w))):
        x = 20 + k * 88
        sh.rect(x, 48, 82, 62, width_mm=0.3)
        sh.text(x + 3, 51, t, font=f, size_pt=10, bold=True)
        if p is None:
            continue
        for j, ln in enumerate([p.surname.upper(), p.given_names, f"né(e) le {format_date(p.birth_date, 'dots', 'fr')}",
                                f"à {p.birth_place}", country_name(p.nationality, "fr")]):
            sh.text(x + 3, 59 + j * 8, ln[:40], font=f, size_pt=10)
    sh.text(20, 122, f"Délivré à {commune}, le {format_date(issued, 'dots', 'fr')}", font=f, size_pt=10)
    sh.text(130, 132, "L'Officier de l'état civil", font=f, size_pt=9.5)
    sh.signature(130, 137, 40, 13, rng)
    sh.stamp(95, 130, ["ROYAUME DU MAROC", "ÉTAT CIVIL", commune.upper()], rng, size_mm=28, color=(40, 70, 140))
    return [sh]


def marriage_be_dabs(person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    """A Flemish commune's marriage extract printed from the federal civil-status database (DABS): 'Partner 1' and
    'Partner 2', act key, the electronic-signature sentence."""
    issued = _when(rng, issue_date, 20, 300)
    wed = marriage_date or (issued - datetime.timedelta(days=800))
    city = rng.choice(["Antwerpen", "Gent", "Mechelen", "Aalst", "Genk"])
    sh = Sheet()
    f = "sans2"
    sh.text(20, 14, f"Stad {city}", font=f, size_pt=14, bold=True)
    sh.text(20, 21, "Dienst Burgerzaken – Burgerlijke Stand", font=f, size_pt=9, color=GREY)
    sh.text(20, 38, "Uittreksel uit een akte van huwelijk", font=f, size_pt=15, bold=True)
    sh.text(20, 45, f"Akte-ID (DABS): {_digits(rng, 4)}-{_digits(rng, 4)}-{_digits(rng, 6)}   huwelijk voltrokken "
                    f"op {format_date(wed, 'long', 'nl')} te {city}", font=f, size_pt=9)
    y = 58
    for k, p in enumerate((person, spouse), 1):
        sh.text(20, y, f"Partner {k}", font=f, size_pt=11, bold=True)
        y += 7
        if p is None:
            continue
        for lab, val in [("Familienaam", p.surname.upper()), ("Voornamen", p.given_names),
                         ("Geboren op", format_date(p.birth_date, "long", "nl")), ("Geboren te", p.birth_place),
                         ("Nationaliteit", country_name(p.nationality, "nl"))]:
            sh.rule(20, y + 6.5, 190, y + 6.5, width_mm=0.15, color=(180, 180, 180))
            sh.text(24, y + 0.8, lab, font=f, size_pt=9.5, color=GREY)
            sh.text(70, y + 0.4, val, font=f, size_pt=10.5)
            y += 8.5
        y += 5
    sh.paragraph(20, y + 6, 170, "Dit uittreksel werd elektronisch aangemaakt op basis van de Databank Akten "
                 "Burgerlijke Stand en is geldig zonder handtekening.", font=f, size_pt=8.8, color=(60, 60, 60))
    sh.text(20, y + 18, f"Afgeleverd te {city} op {format_date(issued, 'dashes_zero', 'nl')}", font=f, size_pt=9.5)
    return [sh]


def marriage_tur_formul_b(person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    """Turkish multilingual extract of a marriage record (ICCS 'Formül B', Vienna convention of 1976): the
    numbered row captions in Turkish, French, English and German, the values in one column, the code words
    'E/M' and 'K/F' for sex, the registry office's print in portrait."""
    issued = _when(rng, issue_date, 20, 300)
    wed = marriage_date or (issued - datetime.timedelta(days=900))
    q = spouse
    h, w = (person, q) if person.sex == "M" else (q, person)
    ilce = rng.choice(["ÇANKAYA", "KONAK", "SELÇUKLU", "ŞAHİNBEY", "OSMANGAZİ"])
    sh = Sheet()
    f = "condensed"
    sh.text(105, 10, "TÜRKİYE CUMHURİYETİ – NÜFUS VE VATANDAŞLIK İŞLERİ GENEL MÜDÜRLÜĞÜ", font=f, size_pt=9,
            bold=True, anchor="center")
    sh.text(105, 16, "EVLENME KAYDINA İLİŞKİN ÇOK DİLLİ ÖRNEK (FORMÜL B)", font=f, size_pt=11, bold=True,
            anchor="center")
    sh.text(105, 21.5, "Extrait plurilingue d'acte de mariage · Multilingual extract of a marriage record · "
                       "Mehrsprachiger Auszug aus dem Heiratseintrag", font=f, size_pt=7.5, anchor="center")
    rows = [("1", "Evlenme tarihi / Date du mariage / Date of marriage", format_date(wed, "dots", "nl")),
            ("2", "Evlenme yeri / Lieu / Place", f"{ilce} – TÜRKİYE")]
    for k, p in ((3, h), (4, w)):
        if p is None:
            continue
        who = "Koca / Époux / Husband" if k == 3 else "Karı / Épouse / Wife"
        rows += [(f"{k}.1", f"{who} – Soyadı / Nom / Surname", p.surname.upper()),
                 (f"{k}.2", "Adı / Prénoms / Forenames", p.given_names.upper()),
                 (f"{k}.3", "Doğum tarihi / Date de naissance / Date of birth", format_date(p.birth_date, "dots", "nl")),
                 (f"{k}.4", "Doğum yeri / Lieu de naissance / Place of birth", strip_accents(p.birth_place).upper())]
    y = 30
    for n, cap, val in rows:
        sh.rect(15, y, 12, 10, width_mm=0.2)
        sh.rect(27, y, 95, 10, width_mm=0.2)
        sh.rect(122, y, 73, 10, width_mm=0.2)
        sh.text(17, y + 3, n, font=f, size_pt=8.5)
        sh.paragraph(29, y + 1, 91, cap, font=f, size_pt=7.2, leading=1.1)
        sh.text(124, y + 2.8, val, font=f, size_pt=9.5, bold=True)
        y += 10
    sh.text(15, y + 8, f"Veriliş tarihi / Date de délivrance / Date of issue: {format_date(issued, 'dots', 'nl')}",
            font=f, size_pt=8.5)
    sh.text(15, y + 14, f"{ilce} İLÇE NÜFUS MÜDÜRLÜĞÜ", font=f, size_pt=8.5)
    sh.signature(130, y + 10, 40, 13, rng)
    sh.stamp(100, y + 8, ["T.C.", f"{ilce} NÜFUS MÜDÜRLÜĞÜ"], rng, size_mm=26, color=(40, 40, 140))
    sh.text(15, 284, "Kodlar / Codes: E = erkek/masculin/male · K = kadın/féminin/female", font=f, size_pt=7,
            color=GREY)
    return [sh]


def marriage_cod_formulaire(person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    """A Kinshasa commune's 'acte de mariage' on the printed register form: each spouse's particulars on
    dotted lines filled in with a typewriter, the witnesses, the matrimonial regime, the officer's stamp."""
    issued = _when(rng, issue_date, 20, 300)
    wed = marriage_date or (issued - datetime.timedelta(days=900))
    q = spouse
    h, w = (person, q) if person.sex == "M" else (q, person)
    commune = rng.choice(["Kalamu", "Matete", "Masina", "Ngaliema", "Lemba"])
    sh = Sheet(paper="cream")
    lf, tf = "serif3", "typewriter"
    sh.text(105, 10, "RÉPUBLIQUE DÉMOCRATIQUE DU CONGO", font=lf, size_pt=10, bold=True, anchor="center")
    sh.text(105, 15, f"VILLE DE KINSHASA – COMMUNE DE {commune.upper()} – ÉTAT CIVIL", font=lf, size_pt=8.5,
            anchor="center")
    sh.text(105, 27, "ACTE DE MARIAGE", font=lf, size_pt=14, bold=True, anchor="center")
    sh.text(105, 33, f"N° {rng.randint(10, 900)} / Volume {rng.choice(['I', 'II', 'III'])} / {wed.year}", font=lf,
            size_pt=9, anchor="center")

    def line(y, lab, val):
        sh.text(20, y, lab, font=lf, size_pt=9)
        x = 20 + text_width_mm(lab, lf, 9) + 2
        sh.rule(x, y + 4, 190, y + 4, width_mm=0.1, dash=0.5, color=(120, 120, 120))
        sh.text(x + 1, y - 0.3, val, font=tf, size_pt=10)

    y = 44
    line(y, "L'an, le", format_date(wed, "long", "fr"))
    y += 9
    for t, p in (("Entre l'époux", h), ("Et l'épouse", w)):
        sh.text(20, y, t, font=lf, size_pt=10, bold=True)
        y += 7
        if p is None:
            continue
        line(y, "Nom et post-nom :", p.surname.upper())
        line(y + 7, "Prénom :", p.given_names)
        line(y + 14, "Né(e) le :", f"{format_date(p.birth_date, 'dots', 'fr')} à {p.birth_place}")
        line(y + 21, "Nationalité :", country_name(p.nationality, "fr"))
        y += 31
    line(y, "Régime matrimonial :", rng.choice(["communauté réduite aux acquêts", "séparation des biens"]))
    line(y + 8, "Témoins :", f"{rng.choice(['Mbuyi', 'Kabila', 'Tshibangu', 'Mukendi'])} et "
                             f"{rng.choice(['Ilunga', 'Kalala', 'Mwamba', 'Nsimba'])}")
    sh.text(20, y + 22, f"Pour copie conforme, Kinshasa/{commune}, le {format_date(issued, 'dots', 'fr')}", font=lf,
            size_pt=9.5)
    sh.text(125, y + 31, "L'Officier de l'état civil", font=lf, size_pt=9.5)
    sh.signature(125, y + 36, 40, 13, rng)
    sh.stamp(90, y + 28, ["COMMUNE DE " + commune.upper(), "ÉTAT CIVIL", "KINSHASA"], rng, size_mm=28,
             color=(30, 50, 130))
    return [sh]


_register("marriage-tur-formul-b-cok-dilli", "marriage-certificate", PART, "tr/fr/en", marriage_tur_formul_b,
          country="TUR", notes="Turkish multilingual (ICCS Formül B) marriage extract, numbered captions in four "
                               "languages")
_register("marriage-cod-formulaire-dactylographie", "marriage-certificate", PART, "fr", marriage_cod_formulaire,
          country="COD", notes="Kinshasa commune's marriage act on the printed register form, typed on dotted lines")
_register("marriage-mar-extrait-deux-cadres", "marriage-certificate", PART, "fr", marriage_mar_extrait, country="MAR",
          notes="Moroccan marriage extract, husband and wife in two framed blocks side by side")
_register("marriage-be-dabs-uittreksel", "marriage-certificate", PART, "nl", marriage_be_dabs, country="BEL",
          notes="Flemish commune's marriage extract from the federal database, 'Partner 1 / Partner 2'")


# --------------------------------------------------------------------------- sworn translations

_SRC7 = {"tr": ("turc", "Turks"), "es": ("espagnol", "Spaans"), "ar": ("arabe", "Arabisch"), "ru": ("russe", "Russisch")}
_WHAT7 = {"birth-certificate": ("extrait du registre de la population", "uittreksel uit het bevolkingsregister"),
          "identity-document": ("document d'identité", "identiteitsdocument")}


def _translation7(where: str):
    def make(person, rng, *, issue_date=None, of_type="birth-certificate", source_lang=None, **opts):
        issued = _when(rng, issue_date, 5, 60)
        src = _SRC7.get(source_lang or "tr", (source_lang or "tr", source_lang or "tr"))
        what = _WHAT7.get(of_type, (of_type, of_type))
        facts = [(person.surname.upper(),), (person.given_names,), (format_date(person.birth_date, "dots", "nl"),),
                 (person.birth_place,), (person.father or "",), (person.mother or "",)]
        sh = Sheet()
        if where == "liege":
            g, s, _ = make_professional(rng, "BE")
            f = "serif6"
            sh.text(105, 14, f"{g} {s.upper()}", font=f, size_pt=12, bold=True, anchor="center")
            sh.text(105, 20, f"Traductrice-interprète jurée ({src[0]} – français) · Tribunal de première instance de "
                             f"Liège", font=f, size_pt=8.5, anchor="center", color=GREY)
            sh.rule(20, 25, 190, 25, width_mm=0.3)
            sh.text(20, 34, f"Traduction certifiée conforme – {what[0]}", font=f, size_pt=11.5, bold=True)
            body = (f"Document original en langue {src[0]}. Nom : {facts[0][0]}. Prénom : {facts[1][0]}. "
                    f"Date de naissance : {facts[2][0]}. Lieu de naissance : {facts[3][0]}. Père : {facts[4][0]}. "
                    f"Mère : {facts[5][0]}. (Suivent la date de délivrance, le code de vérification et la signature "
                    f"électronique de l'autorité.)")
            y = sh.paragraph(20, 44, 170, body, font=f, size_pt=10.5, leading=1.6)
            oath = ("Je soussignée, traductrice jurée, certifie que la traduction qui précède est fidèle et complète. "
                    "Ne varietur : la présente traduction est agrafée à la copie de l'original, paraphée page par page.")
            y = sh.paragraph(20, y + 10, 170, oath, font=f, size_pt=10, leading=1.4, italic=True)
            sh.text(20, y + 8, f"Liège, le {format_date(issued, 'long', 'fr')}", font=f, size_pt=10)
            sh.signature(120, y + 10, 40, 13, rng)
            sh.stamp(130, y + 4, [f"{g} {s}".upper(), "TRADUCTRICE JURÉE", "LIÈGE"], rng, size_mm=30,
                     color=(20, 90, 60))
        else:
            g, s, _ = make_professional(rng, "NL")
            f = "sans5"
            sh.text(20, 14, f"{g[0]}. {s}", font=f, size_pt=12, bold=True)
            sh.text(20, 20, f"Beëdigd vertaler {src[1]} · Rotterdam · Wbtv {_digits(rng, 5)}", font=f, size_pt=8.5,
                    color=GREY)
            sh.text(20, 36, f"VERTALING UIT HET {src[1].upper()}", font=f, size_pt=12, bold=True)
            sh.text(20, 42, f"({what[1]})", font=f, size_pt=9.5)
            labels = ("Achternaam", "Voornaam", "Geboortedatum", "Geboorteplaats", "Naam vader", "Naam moeder")
            y = 54
            for lab, val in zip(labels, facts):
                sh.text(24, y, lab, font=f, size_pt=10, color=GREY)
                sh.text(76, y, val[0], font=f, size_pt=10.5)
                y += 7.5
            oath = ("Ondergetekende, beëdigd vertaler ingeschreven in het Register beëdigde tolken en vertalers, "
                    "verklaart dat deze vertaling getrouw en volledig is. Het origineel is voorzien van een apostille "
                    "(Verdrag van 's-Gravenhage, 5 oktober 1961).")
            y = sh.paragraph(20, y + 8, 170, oath, font=f, size_pt=10, leading=1.4)
            sh.text(20, y + 8, f"Rotterdam, {format_date(issued, 'dashes_zero', 'nl')}", font=f, size_pt=10)
            sh.signature(20, y + 13, 40, 13, rng)
            sh.stamp(100, y + 6, [f"{g[0]}. {s}".upper(), "BEËDIGD VERTALER", "ROTTERDAM"], rng, shape="rect",
                     size_mm=32, color=(30, 30, 140))
            sh.rect(140, 232, 50, 40, width_mm=0.5, color=(120, 30, 30))
            sh.text(165, 235, "APOSTILLE", font=f, size_pt=9, bold=True, anchor="center", color=(120, 30, 30))
            sh.text(165, 241, "(Convention de La Haye", font=f, size_pt=6.5, anchor="center", color=(120, 30, 30))
            sh.text(165, 245, "du 5 octobre 1961)", font=f, size_pt=6.5, anchor="center", color=(120, 30, 30))
            sh.text(165, 252, f"nr. {_digits(rng, 6)}", font=f, size_pt=7, anchor="center", color=(120, 30, 30))
        return [sh]

    return make


# the Belgian one first: 9ter takes the part's first translation family, the IND the Dutch (NLD) one
_register("translation-be-fr-liege-ne-varietur", "translation", PART, "fr", _translation7("liege"), country="BEL",
          notes="Liège sworn translator, the translation as running prose, 'ne varietur', round green stamp")
_register("translation-nl-rotterdam-apostille", "translation", PART, "nl", _translation7("rotterdam"), country="NLD",
          notes="Rotterdam sworn translator, label/value list, apostille box at the foot")
