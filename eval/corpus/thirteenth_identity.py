"""Identity and civil-status families of the `thirteenth` part (registered in identity.FAMILIES).

Written after dev, heldout and the parts fresh to twelfth had been read, by a writer who saw neither the validator
nor its output.  Passports of Morocco, the DR Congo, Türkiye, Suriname, Afghanistan, Syria, Guinea, Cameroon, Armenia,
Russia and, for the first time, Eritrea, Nigeria and Georgia, copied as the open booklet's spread: the facing page
(observations, the holder's signature) above the data page, whose captions stand in the national language over the
English in two small lines; the law office's document-management label ('Bates' number: the file's reference and a
running page number in a red frame) printed at the foot of every page it scans.  A Moroccan electronic identity card
(CNIE, 2020 model) with each side on its own A4 page; a Dutch residence document exported from the KopieID app with
its diagonal watermark ('KOPIE – voor IND – date') across the card.  A Kinshasa/Lemba commune's birth act on the
pre-printed form completed by hand, a Cameroonian birth act on the state's form marked 'Volet n° 3' (the copy handed
to the declarant), a Turkish district population office's register copy stamped 'ASLI GİBİDİR', extracts from the
civil-status register of a commune of the German-speaking Community (Eupen, Sankt Vith) in German; Congolese and
Cameroonian marriage acts; a Congolese ministry's and a Douala court's certificates of nationality; the DRC
embassy's identity attestation typed as a letter and the Cameroonian embassy's with the photo under the consular seal;
sworn translations from Ghent and The Hague.  Same calling convention as identity.py.
"""
from __future__ import annotations

import datetime
import random

from PIL import Image, ImageDraw, ImageFont

from . import mrz as M
from .fresh_identity import nl_permit_data
from .identity import _dates, _digits, _mrz_data, _register, _when
from .ninth_identity import hand_safe
from .paper import FONTS, Sheet, text_width_mm
from .people import country_name, format_date, make_professional, strip_accents
from .tenth_identity import _SRC10, _as_sheet

PART = "thirteenth"
GREY = (95, 95, 95)
RED = (190, 30, 40)
BLUE_INK = (25, 40, 130)

# --------------------------------------------------------------------------- copy habits (new in this part)


def bates(sh: Sheet, rng: random.Random, ref: str | None = None, page: int | None = None) -> None:
    """The label the law office's document-management software prints at the foot of every page it scans into the
    file: the file's reference and a running page number, in a thin red frame at the bottom right."""
    ref = ref or f"{rng.choice(['2026', '26'])}/{rng.randint(100, 2999):04d}"
    page = page if page is not None else rng.randint(3, 48)
    s = f"{ref} – {page:04d}"
    w = text_width_mm(s, "mono2", 8) + 4
    x, y = sh.width_mm - w - 9, sh.height_mm - 11
    sh.rect(x, y, w, 6, width_mm=0.25, color=RED)
    sh.text(x + 2, y + 1.2, s, font="mono2", size_pt=8, color=RED)


def kopieid_watermark(img: Image.Image, text: str, dpi: int) -> Image.Image:
    """The KopieID app's watermark: the purpose and the date written diagonally and repeated across the image in
    grey."""
    w, h = img.size
    layer = Image.new("L", (w * 2, h * 2), 0)
    d = ImageDraw.Draw(layer)
    f = ImageFont.truetype(FONTS["sans4"], max(12, int(dpi * 0.11)))
    step_y = int(dpi * 0.42)
    for k, yy in enumerate(range(0, h * 2, step_y)):
        d.text(((k % 2) * int(dpi * 0.6), yy), ("   " + text) * 8, font=f, fill=95)
    layer = layer.rotate(28, resample=Image.BICUBIC).crop((w // 2, h // 2, w // 2 + w, h // 2 + h))
    grey = Image.new("RGB", (w, h), (120, 120, 130))
    return Image.composite(grey, img.convert("RGB"), layer)


def tippex(sh: Sheet, rng: random.Random, x: float, y: float, old_w: float, new: str, *, size_pt: float = 11.5,
           color=BLUE_INK, font: str = "hand1") -> None:
    """Correction fluid over a word written wrong, the right word written again on the dried white."""
    sh.rect(x - 1, y - 0.8, old_w + 2, size_pt * 0.42 + 2, width_mm=0.15, color=(215, 215, 210), fill=(253, 253, 250))
    sh.handwriting(x, y - 1.0, hand_safe(new), rng, size_pt=size_pt, color=color, font=font)


# --------------------------------------------------------------------------- passports (TD3): the booklet's spread

_PP13 = {
    "MAR": ("ROYAUME DU MAROC", "المملكة المغربية", "MAROCAINE", "fr", lambda r: r.choice("TUVW") + r.choice("ABCD") +
            _digits(r, 7), "DGSN", (130, 30, 40)),
    "COD": ("RÉPUBLIQUE DÉMOCRATIQUE DU CONGO", "", "CONGOLAISE", "fr", lambda r: "OP" + _digits(r, 7),
            "MINAFFET KINSHASA", (20, 70, 150)),
    "TUR": ("TÜRKİYE CUMHURİYETİ", "REPUBLIC OF TÜRKİYE", "T.C.", "tr/en", lambda r: "U" + _digits(r, 8),
            "ANKARA", (150, 20, 30)),
    "SUR": ("REPUBLIEK SURINAME", "REPUBLIC OF SURINAME", "SURINAAMSE", "nl", lambda r: "S" + _digits(r, 7),
            "CBB PARAMARIBO", (0, 100, 60)),
    "AFG": ("ISLAMIC REPUBLIC OF AFGHANISTAN", "", "AFGHAN", "en", lambda r: "P0" + _digits(r, 7),
            "KABUL", (20, 60, 40)),
    "SYR": ("SYRIAN ARAB REPUBLIC", "الجمهورية العربية السورية", "SYRIAN", "en", lambda r: "N0" + _digits(r, 7),
            "DAMASCUS", (40, 70, 50)),
    "GIN": ("RÉPUBLIQUE DE GUINÉE", "REPUBLIC OF GUINEA", "GUINÉENNE", "fr", lambda r: "G" + _digits(r, 7),
            "DCPAF CONAKRY", (160, 50, 30)),
    "CMR": ("RÉPUBLIQUE DU CAMEROUN", "REPUBLIC OF CAMEROON", "CAMEROUNAISE", "fr/en",
            lambda r: "AB" + _digits(r, 6), "DGSN YAOUNDÉ", (0, 100, 55)),
    "ARM": ("ՀԱՅԱՍՏԱՆԻ ՀԱՆՐԱՊԵՏՈՒԹՅՈՒՆ", "REPUBLIC OF ARMENIA", "ARMENIAN", "hy/en",
            lambda r: "A" + r.choice("NPS") + _digits(r, 7), "006", (150, 90, 20)),
    "RUS": ("РОССИЙСКАЯ ФЕДЕРАЦИЯ", "RUSSIAN FEDERATION", "RUSSIAN FEDERATION", "ru/en",
            lambda r: "75" + _digits(r, 7), "МВД 77001", (110, 25, 35)),
    "ERI": ("STATE OF ERITREA", "دولة إرتريا", "ERITREAN", "en", lambda r: "E" + _digits(r, 8),
            "DIN ASMARA", (30, 90, 140)),
    "NGA": ("FEDERAL REPUBLIC OF NIGERIA", "", "NIGERIAN", "en", lambda r: "B" + _digits(r, 8),
            "NIS HEADQUARTERS", (0, 110, 60)),
    "GEO": ("საქართველო", "GEORGIA", "GEORGIAN", "ka/en", lambda r: _digits(r, 2) + "AB" + _digits(r, 5),
            "PSDA", (150, 30, 40)),
}

_CAP13 = {"fr": ("Type", "Code du pays", "N° de passeport", "Nom", "Prénoms", "Nationalité", "Date de naissance",
                 "Sexe", "Lieu de naissance", "Date de délivrance", "Date d'expiration", "Autorité"),
          "nl": ("Soort", "Code", "Paspoortnummer", "Naam", "Voornamen", "Nationaliteit", "Geboortedatum",
                 "Geslacht", "Geboorteplaats", "Datum van afgifte", "Vervaldatum", "Autoriteit"),
          "tr": ("Tipi", "Ülke kodu", "Pasaport No", "Soyadı", "Adı", "Uyruğu", "Doğum tarihi", "Cinsiyeti",
                 "Doğum yeri", "Veriliş tarihi", "Geçerlilik tarihi", "Makam"),
          "ru": ("Тип", "Код", "Номер паспорта", "Фамилия", "Имя", "Гражданство", "Дата рождения", "Пол",
                 "Место рождения", "Дата выдачи", "Дата окончания", "Орган"),
          "hy": ("Տեսակ", "Կոդ", "Անձնագրի համար", "Ազգանուն", "Անուն", "Քաղաքացիություն", "Ծննդյան ամսաթիվ",
                 "Սեռ", "Ծննդավայր", "Տրման ամսաթիվ", "Վավեր է մինչև", "Տրող մարմին"),
          "ka": ("ტიპი", "კოდი", "პასპორტის №", "გვარი", "სახელი", "მოქალაქეობა", "დაბადების თარიღი", "სქესი",
                 "დაბადების ადგილი", "გაცემის თარიღი", "მოქმედების ვადა", "გამცემი")}
_CAP_EN = ("Type", "Country code", "Passport No.", "Surname", "Given names", "Nationality", "Date of birth", "Sex",
           "Place of birth", "Date of issue", "Date of expiry", "Authority")


def _data_page13(code: str, person, rng, number, issue, expiry, lines) -> Sheet:
    state, state2, nat, lang, _n, auth, col = _PP13[code]
    nat_lang = lang.split("/")[0]
    cap = _CAP13.get(nat_lang)
    W, H = 125.0, 88.0
    s = Sheet(W, H)
    s.rect(0, 0, W, H, width_mm=0, fill=(244, 241, 233))
    tint = tuple(min(255, 222 + v // 8) for v in col)
    for r_ in range(8, 70, 5):
        s.rect(70 - r_ / 2, 44 - r_ / 2, r_, r_, width_mm=0.08, color=tint)
    s.text(4, 2.2, state, font="sans3", size_pt=6.2, bold=True, color=col)
    if state2:
        s.text(W - 4, 2.2, state2, font="sans3", size_pt=5.6, anchor="right", color=col)
    s.text(4, 6.0, "PASSPORT" if nat_lang in ("en",) else f"{'PASSEPORT' if nat_lang == 'fr' else 'PASPOORT' if nat_lang == 'nl' else 'PASAPORT' if nat_lang == 'tr' else 'ПАСПОРТ' if nat_lang == 'ru' else 'ԱՆՁՆԱԳԻՐ' if nat_lang == 'hy' else 'პასპორტი' if nat_lang == 'ka' else 'PASSPORT'} / PASSPORT",
           font="sans3", size_pt=5.2, color=col)
    s.text(W - 4, 6.4, number, font="mono2", size_pt=9, bold=True, anchor="right", color=(170, 30, 40))
    s.photo(4, 12, 30, 39, rng)
    s.signature(5, 53, 28, 8, rng, color=(40, 40, 50))
    d = (lambda x: format_date(x, "abbr", "en").upper()) if nat_lang not in ("fr", "nl") else \
        (lambda x: format_date(x, "dots", "fr"))
    vals = ["P", code, number, person.surname.upper(), person.given_names.upper(), nat, d(person.birth_date),
            person.sex, strip_accents(person.birth_place).upper(), d(issue), d(expiry), auth]
    pos = [(0, 38, 12), (1, 55, 12), (3, 38, 19.5), (4, 38, 27), (5, 38, 34.5), (6, 85, 34.5), (7, 38, 42),
           (8, 55, 42), (9, 38, 49.5), (10, 85, 49.5), (11, 38, 57)]
    for idx, x, y in pos:
        lab = _CAP_EN[idx] if cap is None else f"{cap[idx]}"
        s.text(x, y, lab, font="sans3", size_pt=3.3, color=(90, 90, 95))
        if cap is not None:
            s.text(x, y + 1.5, _CAP_EN[idx], font="sans3", size_pt=2.9, color=(120, 120, 125))
        val = vals[idx]
        vs = 6.6
        while vs > 4.2 and text_width_mm(val, "condensed", vs, bold=True) > W - x - 4:
            vs -= 0.3
        s.text(x, y + (3.2 if cap is not None else 1.7), val, font="condensed", size_pt=vs, bold=True,
               color=(20, 20, 25))
    size = 2.54 / 0.602 / (25.4 / 72)
    for i, ln in enumerate(lines):
        s.text(4.5, H - 12.5 + i * 4.3, ln, font="ocrb", size_pt=size, color=(10, 10, 10))
    return s


def _facing_page13(code: str, rng) -> Sheet:
    state, state2, _nat, lang, _n, _a, col = _PP13[code]
    W, H = 125.0, 88.0
    s = Sheet(W, H)
    s.rect(0, 0, W, H, width_mm=0, fill=(238, 236, 228))
    tint = tuple(min(255, 210 + v // 6) for v in col)
    for k in range(0, 125, 4):
        s.rule(k, 0, k, H, width_mm=0.08, color=tint)
    head = {"fr": "OBSERVATIONS", "nl": "OPMERKINGEN", "tr": "ŞERHLER / OBSERVATIONS",
            "ru": "ОСОБЫЕ ОТМЕТКИ / OBSERVATIONS", "hy": "ՆՇՈՒՄՆԵՐ / OBSERVATIONS",
            "ka": "შენიშვნები / OBSERVATIONS"}.get(lang.split("/")[0], "OBSERVATIONS")
    s.text(W / 2, 8, head, font="sans3", size_pt=7, anchor="center", color=col)
    for k in range(5):
        s.rule(10, 18 + k * 9, W - 10, 18 + k * 9, width_mm=0.1, color=(180, 180, 175))
    s.text(W / 2, H - 10, f"{state} · {state2}".strip(" ·")[:70], font="sans3", size_pt=4.5, anchor="center",
           color=col)
    s.text(W - 6, H - 5, "2", font="sans3", size_pt=6, anchor="right", color=col)
    return s


def _passport13(code: str):
    cfg = _PP13[code]

    def make(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, crop=False,
             annotate=None, number=None, **opts):
        issue, expiry = _dates(rng, issue_date, expiry_date, 10 if code in ("TUR", "RUS", "GEO", "NGA") else 5)
        number = number or cfg[4](rng)
        md = _mrz_data(person, mrz_override)
        lines = M.td3(issuing=code, surname=md["surname"], given=md["given_names"],
                      number=md.get("number", number.replace(" ", "")[-9:]), nationality=md["nationality"],
                      birth_date=md["birth_date"], sex=md["sex"], expiry=expiry, personal_number="",
                      break_check=break_check)
        page = _data_page13(code, person, rng, number, issue, expiry, lines)
        if crop:
            return [page]
        sh = Sheet()
        x, y = rng.uniform(38, 46), rng.uniform(16, 26)
        sh.image(x, y, 125, 88, _facing_page13(code, rng).render(200))
        sh.image(x, y + 88.5, 125, 88, page.render(300))
        sh.rule(x, y + 88.2, x + 125, y + 88.2, width_mm=0.5, color=(120, 120, 120))
        sh.rect(x, y, 125, 176.5, width_mm=0.25, color=(140, 140, 140))
        if annotate:
            sh.handwriting(22, 276, hand_safe(annotate), rng, size_pt=12)
        bates(sh, rng)
        return [sh]

    return make


for _code, _note in [
        ("MAR", "Moroccan passport, open spread (observations page above the data page), bilingual captions, "
                "office label"),
        ("COD", "Congolese (DRC) passport, open spread, French captions over English"),
        ("TUR", "Turkish passport, open spread, Turkish captions over English"),
        ("SUR", "Surinamese passport, open spread, Dutch captions over English"),
        ("AFG", "Afghan passport, open spread, English captions"),
        ("SYR", "Syrian passport, open spread, English captions"),
        ("GIN", "Guinean passport, open spread, French captions over English"),
        ("CMR", "Cameroonian passport, open spread, French captions over English"),
        ("ARM", "Armenian passport, open spread, Armenian captions over English"),
        ("RUS", "Russian passport, open spread, Cyrillic captions over English"),
        ("ERI", "Eritrean passport, open spread, English captions"),
        ("NGA", "Nigerian passport, open spread, English captions"),
        ("GEO", "Georgian passport, open spread, Georgian captions over English")]:
    _register(f"passport-td3-{_code.lower()}-boekje-open-spread-dmslabel-13", "identity-document", PART,
              _PP13[_code][3], _passport13(_code), country=_code, mrz="TD3", photo=True, notes=_note)


# --------------------------------------------------------------------------- Moroccan CNIE: one side per page

def idcard_mar_cnie(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, **opts):
    """Morocco's electronic national identity card (CNIE, 2020 model, TD1): front with the photo at the left, the
    names in French and Arabic, the card number at the top right; back with the address, the parents' names and the
    MRZ.  Scanned one side per A4 page, each small at the top left of its page, the office label at the foot."""
    issue, expiry = _dates(rng, issue_date, expiry_date, 10)
    no = rng.choice(["BK", "BE", "AB", "CD", "JA", "X"]) + _digits(rng, 6)
    md = _mrz_data(person, mrz_override)
    lines = M.td1(doc_code="ID", issuing="MAR", number=md.get("number", no), nationality=md["nationality"],
                  birth_date=md["birth_date"], sex=md["sex"], expiry=expiry, surname=md["surname"],
                  given=md["given_names"], optional1="", break_check=break_check)
    f = Sheet(85.6, 54)
    f.rect(0, 0, 85.6, 54, width_mm=0, fill=(236, 240, 232))
    f.text(3, 1.8, "ROYAUME DU MAROC", font="sans4", size_pt=5.6, bold=True, color=(150, 30, 40))
    f.text(82.6, 1.8, "المملكة المغربية", font="sans3", size_pt=5.2, anchor="right", color=(150, 30, 40))
    f.text(3, 5.2, "CARTE NATIONALE D'IDENTITÉ ÉLECTRONIQUE", font="sans4", size_pt=4.2, color=(60, 60, 60))
    f.photo(3, 10, 22, 28, rng)
    rows = [("Nom", person.surname.upper()), ("Prénom", person.given_names.upper()),
            ("Né(e) le", format_date(person.birth_date, "dots", "fr")),
            ("à", strip_accents(person.birth_place).upper()),
            ("Valable jusqu'au", format_date(expiry, "dots", "fr"))]
    for k, (a, b) in enumerate(rows):
        f.text(28, 10 + k * 6.4, a, font="sans4", size_pt=3.4, color=(110, 110, 110))
        f.text(28, 11.9 + k * 6.4, b[:30], font="sans4", size_pt=5.2, bold=True)
    f.text(82.6, 46, no, font="mono2", size_pt=7.5, bold=True, anchor="right", color=(150, 30, 40))
    f.signature(3, 41, 22, 8, rng)
    b = Sheet(85.6, 54)
    b.rect(0, 0, 85.6, 54, width_mm=0, fill=(238, 240, 234))
    b.text(3, 2.5, f"Fils/Fille de {person.father or '-'}"[:46], font="sans4", size_pt=4.4)
    b.text(3, 6.5, f"et de {person.mother or '-'}"[:46], font="sans4", size_pt=4.4)
    b.text(3, 10.5, f"Sexe {person.sex}   Date de délivrance {format_date(issue, 'dots', 'fr')}", font="sans4",
           size_pt=4.4)
    b.text(3, 14.5, "Adresse : " + rng.choice(["HAY SALAM RUE 12 NR 4 NADOR", "DOUAR OULED AYAD BENI MELLAL",
                                                "BD MOHAMMED V NR 233 TANGER", "RUE 8 NR 17 HAY EL FATH OUJDA"]),
           font="sans4", size_pt=4.4)
    size = (78.0 / 30) / 0.602 / (25.4 / 72)
    for i, ln in enumerate(lines):
        b.text(3.5, 36 + i * 4.5, ln, font="ocrb", size_pt=size)
    out = []
    ref = f"2026/{rng.randint(100, 2999):04d}"
    n0 = rng.randint(3, 30)
    for k, card in enumerate((f, b)):
        sh = Sheet()
        sh.image(14, 14, 85.6 * 1.05, 54 * 1.05, card.render(300))
        bates(sh, rng, ref, n0 + k)
        out.append(sh)
    return out


_register("idcard-td1-mar-cnie-recto-verso-aparte-bladen", "identity-document", PART, "ar/fr", idcard_mar_cnie,
          country="MAR", mrz="TD1", photo=True, notes="Moroccan CNIE 2020, each side on its own A4 page, office label")


# --------------------------------------------------------------------------- Dutch residence document via KopieID

def permit_nl_kopieid(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None,
                      purpose=None, v_number=None, **opts):
    """A Dutch residence document copied with the government's KopieID app and printed from the PDF it exports:
    front and back photographed by the phone, cropped straight, one under the other, the app's diagonal watermark
    'KOPIE – voor IND – date' repeated across both, the line 'Gemaakt met KopieID' under them."""
    issue, expiry, number, purpose, lines, vnr = nl_permit_data(person, rng, "SVZ", issue_date, expiry_date,
                                                                break_check, mrz_override, purpose, v_number)
    f = Sheet(85.6, 54)
    f.rect(0, 0, 85.6, 54, width_mm=0, fill=(226, 234, 244))
    f.text(3, 1.8, "NEDERLAND", font="sans4", size_pt=5.8, bold=True, color=(20, 40, 110))
    f.text(3, 4.8, "VERBLIJFSDOCUMENT / RESIDENCE DOCUMENT", font="sans4", size_pt=4.0, color=(20, 40, 110))
    f.photo(3, 9, 21, 27, rng)
    for k, (lab, val) in enumerate([("Naam / Surname", person.surname.upper()),
                                    ("Voornamen / Given names", person.given_names.upper()),
                                    ("Geldig tot / Date of expiry", format_date(expiry, "dots", "nl")),
                                    ("Documentnr. / Document no.", number),
                                    ("Soort / Type", "REGULIER BEPAALDE TIJD"), ("Opmerkingen", purpose.upper())]):
        f.text(27, 8.5 + k * 7, lab, font="sans4", size_pt=3.3, color=(70, 80, 120))
        f.text(27, 10.5 + k * 7, val[:32], font="sans4", size_pt=4.9, bold=True)
    b = Sheet(85.6, 54)
    b.rect(0, 0, 85.6, 54, width_mm=0, fill=(230, 236, 244))
    for k, (lab, val) in enumerate([("Geboortedatum", format_date(person.birth_date, "dots", "nl")),
                                    ("Nationaliteit", country_name(person.nationality, "nl").upper()),
                                    ("V-nummer", vnr), ("Datum afgifte", format_date(issue, "dots", "nl"))]):
        b.text(3, 2 + k * 6.6, lab, font="sans4", size_pt=3.4, color=(70, 80, 120))
        b.text(30, 2 + k * 6.6, val, font="sans4", size_pt=4.8, bold=True)
    size = (78.0 / 30) / 0.602 / (25.4 / 72)
    for i, ln in enumerate(lines):
        b.text(3.5, 36 + i * 4.5, ln, font="ocrb", size_pt=size)
    when = datetime.date(2026, 11, rng.randint(2, 28))
    mark = f"KOPIE – voor IND – {when.strftime('%d-%m-%Y')}"
    sh = Sheet()
    sh.text(105, 14, "KopieID", font="sans4", size_pt=11, bold=True, anchor="center", color=(21, 66, 139))
    for k, card in enumerate((f, b)):
        img = kopieid_watermark(card.render(300), mark, 300)
        sh.image(40, 24 + k * 88, 130, 82, img)
    sh.text(105, 204, "Gemaakt met KopieID · Rijksoverheid", font="sans4", size_pt=8, anchor="center", color=GREY)
    sh.text(105, 209, f"Doel: {mark.split(' – ')[1]} · Datum: {when.strftime('%d-%m-%Y')}", font="sans4",
            size_pt=8, anchor="center", color=GREY)
    return [sh]


_register("permit-nl-verblijfsdocument-kopieid-watermerk", "identity-document", PART, "nl", permit_nl_kopieid,
          country="NLD", mrz="TD1", photo=True,
          notes="Dutch residence document exported from the KopieID app: both sides, diagonal watermark 'voor IND'")


# --------------------------------------------------------------------------- civil status: DR Congo and Cameroon

_CIV13 = {
    "COD": dict(state="RÉPUBLIQUE DÉMOCRATIQUE DU CONGO", prov="VILLE-PROVINCE DE KINSHASA",
                office="COMMUNE DE LEMBA", office_txt="de la Commune de Lemba", city="Kinshasa", adj="congolais", font="serif",
                ministry="MINISTÈRE DE LA JUSTICE ET GARDE DES SCEAUX",
                court="Direction de la Nationalité", court_city="Kinshasa",
                law="la loi n° 04/024 du 12 novembre 2004 relative à la nationalité congolaise",
                embassy=["AMBASSADE DE LA RÉPUBLIQUE DÉMOCRATIQUE DU CONGO", "Rue Marie de Bourgogne 30",
                         "1000 Bruxelles"]),
    "CMR": dict(state="RÉPUBLIQUE DU CAMEROUN", prov="RÉGION DU LITTORAL", office="CENTRE D'ÉTAT CIVIL DE DOUALA IIIe",
                office_txt="du centre d'état civil principal de Douala IIIe",
                city="Douala", adj="camerounais", font="sans",
                ministry="MINISTÈRE DE LA JUSTICE", court="TRIBUNAL DE PREMIÈRE INSTANCE DE DOUALA-BONANJO",
                court_city="Douala", law="la loi n° 1968-LF-3 du 11 juin 1968 portant code de la nationalité",
                embassy=["AMBASSADE DU CAMEROUN AU BENELUX", "Avenue Brugmann 131-133", "1190 Bruxelles"]),
}


def _fem(adj: str, sex: str) -> str:
    return adj + ("e" if sex == "F" else "")


def _dotted(sh: Sheet, rng, x: float, y: float, lab: str, val: str, *, font: str, w: float = 170, hand=True):
    sh.text(x, y, lab, font=font, size_pt=9.5)
    lx = x + text_width_mm(lab, font, 9.5) + 1.5
    sh.rule(lx, y + 4.2, x + w, y + 4.2, width_mm=0.12, dash=0.6, color=(90, 90, 90))
    if hand:
        sh.handwriting(lx + 2, y - 1.6, hand_safe(val), rng, size_pt=11.5, color=BLUE_INK, font="hand3")
    else:
        sh.text(lx + 2, y - 0.2, val, font="typewriter", size_pt=10.5)


def birth_cod_lemba(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """A Kinshasa commune's birth act on the pre-printed state form (the coat of arms line, 'ACTE DE NAISSANCE N°'),
    its blanks completed by hand in ballpoint after dotted leaders, the officer's signature over the commune's round
    stamp; one word written wrong corrected with correction fluid."""
    cfg = _CIV13["COD"]
    issued = _when(rng, issue_date, 40, 700)
    act = act_date or (person.birth_date + datetime.timedelta(days=rng.randint(5, 85)))
    sh = Sheet(paper="white")
    f = cfg["font"]
    sh.text(105, 12, cfg["state"], font=f, size_pt=11, bold=True, anchor="center")
    sh.text(105, 17.5, cfg["prov"], font=f, size_pt=9, anchor="center")
    sh.text(105, 22.5, cfg["office"], font=f, size_pt=9, bold=True, anchor="center")
    sh.text(105, 27.5, "BUREAU DE L'ÉTAT CIVIL", font=f, size_pt=8.5, anchor="center")
    sh.text(105, 40, "ACTE DE NAISSANCE N° ........ / ........", font=f, size_pt=13, bold=True, anchor="center")
    sh.handwriting(121, 37, f"{rng.randint(100, 2999)}", rng, size_pt=12, color=BLUE_INK, font="hand3")
    sh.handwriting(143, 37, f"{act.year}", rng, size_pt=12, color=BLUE_INK, font="hand3")
    y = 54
    fem = person.sex == "F"
    rows = [("L'an ", f"{act.year}, le {format_date(act, 'long', 'fr')}"),
            ("Est né(e) à ", person.birth_place),
            ("le ", format_date(person.birth_date, "long", "fr")),
            ("un enfant de sexe ", "féminin" if fem else "masculin"),
            ("nommé(e) ", f"{person.surname.upper()} {person.given_names}"),
            ("fils/fille de ", father or person.father or "-"),
            ("et de ", mother or person.mother or "-"),
            ("Sur déclaration de ", father or person.father or "-"),
            ("Dressé par Nous ", rng.choice(["MUKENDI Jean", "LUBAKI Marthe", "KABEYA Pierre", "NSIMBA Alice"]) +
             ", Officier de l'état civil")]
    for lab, val in rows:
        _dotted(sh, rng, 20, y, lab, val, font=f)
        y += 11
    tippex(sh, rng, 20 + text_width_mm("un enfant de sexe ", f, 9.5) + 3.5, 54 + 3 * 11,
           text_width_mm("masculin", "hand3", 11.5), "féminin" if fem else "masculin", font="hand3")
    y += 4
    y = sh.paragraph(20, y, 170, "Après lecture faite, le déclarant a signé avec Nous.", font=f, size_pt=9.5)
    sh.text(20, y + 8, "Pour copie certifiée conforme", font=f, size_pt=9.5, bold=True)
    sh.text(20, y + 14, f"Kinshasa, le", font=f, size_pt=9.5)
    sh.handwriting(42, y + 12.5, format_date(issued, "dots", "fr"), rng, size_pt=11.5, color=BLUE_INK, font="hand3")
    sh.text(120, y + 8, "L'Officier de l'état civil", font=f, size_pt=9.5)
    sh.stamp(118, y + 12, ["COMMUNE DE LEMBA", "ÉTAT CIVIL", "KINSHASA"], rng, size_mm=30, color=(40, 70, 150))
    sh.signature(125, y + 16, 42, 14, rng, color=BLUE_INK)
    bates(sh, rng)
    return [sh]


def birth_cmr_volet3(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """A Cameroonian birth act on the state's form: the state's name in French and English at the top left and right,
    'Volet n° 3 (à remettre au déclarant)', the centre's number, the rubrics numbered in the left margin with the
    answers typed after them, the officer's and the secretary's signatures; the round stamp in violet."""
    cfg = _CIV13["CMR"]
    issued = _when(rng, issue_date, 40, 900)
    act = act_date or (person.birth_date + datetime.timedelta(days=rng.randint(3, 30)))
    sh = Sheet()
    f = "sans"
    for k, ln in enumerate(("RÉPUBLIQUE DU CAMEROUN", "Paix – Travail – Patrie", cfg["prov"], cfg["office"])):
        sh.text(20, 10 + k * 4.5, ln, font=f, size_pt=8, bold=k != 1)
    for k, ln in enumerate(("REPUBLIC OF CAMEROON", "Peace – Work – Fatherland", "LITTORAL REGION",
                            "DOUALA IIIrd CIVIL STATUS CENTRE")):
        sh.text(190, 10 + k * 4.5, ln, font=f, size_pt=8, bold=k != 1, anchor="right")
    sh.rect(150, 32, 40, 8, width_mm=0.4)
    sh.text(170, 33.5, "VOLET N° 3", font=f, size_pt=9, bold=True, anchor="center")
    sh.text(170, 41, "à remettre au déclarant", font=f, size_pt=6.5, italic=True, anchor="center", color=GREY)
    sh.text(105, 50, "ACTE DE NAISSANCE / BIRTH CERTIFICATE", font=f, size_pt=13, bold=True, anchor="center")
    sh.text(105, 56.5, f"N° {act.year}/{rng.randint(1000, 9999)}/DLA3", font="typewriter", size_pt=10.5,
            anchor="center")
    rows = [("Nom de l'enfant / Surname", person.surname.upper()), ("Prénoms / Given names", person.given_names),
            ("Né le / Born on", format_date(person.birth_date, "long", "fr")),
            ("À / At", person.birth_place), ("Sexe / Sex", "Féminin" if person.sex == "F" else "Masculin"),
            ("De / Of (père / father)", father or person.father or "-"),
            ("Et de / And of (mère / mother)", mother or person.mother or "-"),
            ("Dressé le / Drawn up on", format_date(act, "long", "fr")),
            ("Sur la déclaration de / On the declaration of", father or person.father or "-")]
    y = 66
    for n, (a, b) in enumerate(rows, 1):
        sh.text(14, y, f"{n:02d}", font=f, size_pt=8, color=GREY)
        sh.text(22, y, a, font=f, size_pt=8.5)
        sh.text(100, y - 0.3, b, font="typewriter", size_pt=10.5)
        sh.rule(22, y + 5, 190, y + 5, width_mm=0.1, color=(170, 170, 170))
        y += 8.5
    sh.text(20, y + 8, f"Douala, le {format_date(issued, 'dots', 'fr')}", font=f, size_pt=9.5)
    sh.text(28, y + 16, "Le Secrétaire d'état civil", font=f, size_pt=8.5)
    sh.text(130, y + 16, "L'Officier d'état civil", font=f, size_pt=8.5)
    sh.signature(30, y + 20, 36, 12, rng)
    sh.stamp(112, y + 16, ["CENTRE D'ÉTAT CIVIL", "DOUALA III"], rng, size_mm=28, color=(110, 50, 140))
    sh.signature(134, y + 21, 40, 13, rng)
    bates(sh, rng)
    return [sh]


def _marriage13(code: str):
    cfg = _CIV13[code]

    def make(person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
        """A marriage act typed as prose on the civil-status office's paper: 'L'an ..., le ..., devant Nous ...
        ont comparu publiquement ...', each spouse in a paragraph, the regime, the witnesses, the officer's
        signature and stamp; the office label at the foot."""
        issued = _when(rng, issue_date, 30, 600)
        wed = marriage_date or (issued - datetime.timedelta(days=rng.randint(400, 3000)))
        sh = Sheet()
        f = "serif4" if code == "COD" else "sans"
        sh.text(105, 12, cfg["state"], font=f, size_pt=11, bold=True, anchor="center")
        sh.text(105, 18, cfg["office"], font=f, size_pt=9.5, anchor="center")
        sh.text(105, 32, "ACTE DE MARIAGE", font=f, size_pt=15, bold=True, anchor="center")
        sh.text(105, 39, f"N° {rng.randint(10, 899)}/{wed.year}", font=f, size_pt=10, anchor="center")
        sp = spouse
        a = (f"{person.surname.upper()} {person.given_names}, né(e) à {person.birth_place} le "
             f"{format_date(person.birth_date, 'long', 'fr')}, fils/fille de {person.father or '-'} et de "
             f"{person.mother or '-'}")
        b = ("" if sp is None else f"{sp.surname.upper()} {sp.given_names}, né(e) à {sp.birth_place} le "
             f"{format_date(sp.birth_date, 'long', 'fr')}")
        text = (f"L'an {wed.year}, le {format_date(wed, 'long', 'fr')}, devant Nous, Officier de l'état civil "
                f"{cfg['office_txt']}, ont comparu publiquement en la maison communale : {a} ; et {b}. Lesquels "
                f"Nous ont déclaré vouloir se prendre pour époux. Nous avons prononcé au nom de la loi qu'ils sont "
                f"unis par le mariage. Régime matrimonial : {rng.choice(['communauté réduite aux acquêts', 'séparation des biens', 'communauté universelle'])}. "
                f"En présence des témoins {rng.choice(['KALALA Joseph', 'NGONO Paul', 'MBUYI Rose', 'ETOA Simon'])} et "
                f"{rng.choice(['TSHIBANDA Marie', 'FOTSO Claire', 'BOKOLO André', 'ABENA Louise'])}, majeurs.")
        y = sh.paragraph(22, 52, 166, text, font=f, size_pt=10.5, leading=1.7, align="justify")
        sh.text(22, y + 10, f"Pour copie conforme, {cfg['city']}, le {format_date(issued, 'dots', 'fr')}", font=f,
                size_pt=10)
        sh.text(125, y + 20, "L'Officier de l'état civil", font=f, size_pt=10)
        sh.stamp(120, y + 24, [cfg["office"][:24], "ÉTAT CIVIL"], rng, size_mm=28, color=(40, 60, 140))
        sh.signature(128, y + 28, 40, 13, rng)
        bates(sh, rng)
        return [sh]

    return make


def _nationality13(code: str):
    cfg = _CIV13[code]

    def make(person, rng, *, issue_date=None, **opts):
        """A certificate of nationality: for the DR Congo issued by the ministry of justice's nationality service,
        for Cameroon by the Douala-Bonanjo court, typed as one justified paragraph under the title with a fiscal
        stamp in the top corner; the issuing official's signature and stamp."""
        issued = _when(rng, issue_date, 40, 800)
        sh = Sheet()
        f = "serif2"
        sh.text(20, 12, cfg["state"], font=f, size_pt=10, bold=True)
        sh.text(20, 17, cfg["ministry"], font=f, size_pt=8.5)
        sh.text(20, 21.5, cfg["court"], font=f, size_pt=8.5)
        sh.rect(160, 10, 26, 30, width_mm=0.3, color=(110, 80, 50), fill=(236, 222, 196))
        sh.text(173, 14, "TIMBRE", font=f, size_pt=7, anchor="center", color=(110, 80, 50))
        sh.text(173, 20, rng.choice(["1 000 F", "1 500 FC", "2 000 F"]), font=f, size_pt=8, anchor="center",
                color=(110, 80, 50))
        sh.rule(158, 38, 188, 12, width_mm=0.5, color=(30, 30, 90))
        sh.text(105, 52, "CERTIFICAT DE NATIONALITÉ", font=f, size_pt=16, bold=True, anchor="center")
        sh.text(105, 60, f"N° {rng.randint(100, 9999)}/{issued.year}", font=f, size_pt=10, anchor="center")
        txt = (f"Nous, {'Directeur de la Nationalité' if code == 'COD' else 'Président du Tribunal'}, vu "
               f"{cfg['law']}, vu les pièces produites, certifions que {person.surname.upper()} "
               f"{person.given_names}, né(e) le {format_date(person.birth_date, 'long', 'fr')} à {person.birth_place}, "
               f"de {person.father or '-'} et de {person.mother or '-'}, est de nationalité "
               f"{_fem(cfg['adj'], person.sex)}. En foi de quoi le présent certificat lui est délivré pour servir et "
               f"valoir ce que de droit.")
        y = sh.paragraph(22, 74, 166, txt, font=f, size_pt=11, leading=1.75, align="justify")
        sh.text(110, y + 12, f"Fait à {cfg['court_city']}, le {format_date(issued, 'long', 'fr')}", font=f,
                size_pt=10.5)
        sh.text(120, y + 20, "Directeur" if code == "COD" else "Le Président", font=f, size_pt=10.5)
        sh.stamp(100, y + 22, [cfg["court"][:26].upper(), cfg["court_city"].upper()], rng, size_mm=30,
                 color=(50, 50, 130))
        sh.signature(124, y + 26, 44, 14, rng)
        bates(sh, rng)
        return [sh]

    return make


def _idcert13(code: str):
    cfg = _CIV13[code]

    def make(person, rng, *, issue_date=None, declarative=False, **opts):
        """An embassy's identity attestation: for the DR Congo typed as a letter ('Je soussigné, Consul ...,
        atteste que ...') with the photo printed at the top right in grey; for Cameroon the photo pasted at the top
        left under the embassy's dry seal, the data in a framed list; the consul's signature and stamp."""
        issued = _when(rng, issue_date, 20, 400)
        sh = Sheet()
        f = "serif6" if code == "COD" else "sans6"
        for k, ln in enumerate(cfg["embassy"]):
            sh.text(105, 12 + k * 5, ln, font=f, size_pt=10.5 if k == 0 else 8.5, bold=k == 0, anchor="center")
        sh.rule(40, 29, 170, 29, width_mm=0.4)
        sh.text(105, 40, "ATTESTATION D'IDENTITÉ", font=f, size_pt=14, bold=True, anchor="center")
        nat = _fem(cfg["adj"], person.sex)
        basis = ("sur la seule base de ses déclarations, aucun document n'ayant été présenté" if declarative else
                 "sur la base de son acte de naissance et de son inscription au registre consulaire")
        if code == "COD":
            sh.photo(152, 48, 30, 38, rng)
            txt = (f"Je soussigné, Consul de la République Démocratique du Congo à Bruxelles, atteste que "
                   f"{person.surname.upper()} {person.given_names}, né(e) le {format_date(person.birth_date, 'long', 'fr')} "
                   f"à {person.birth_place}, fils/fille de {person.father or '-'} et de {person.mother or '-'}, dont la "
                   f"photo figure ci-contre, est de nationalité {nat}. La présente attestation est établie {basis}, "
                   f"pour servir et valoir ce que de droit.")
            y = sh.paragraph(22, 92, 166, txt, font=f, size_pt=11, leading=1.65, align="justify")
        else:
            sh.photo(22, 50, 30, 38, rng)
            sh.stamp(46, 82, ["AMBASSADE DU CAMEROUN", "BRUXELLES"], rng, size_mm=22, color=(150, 150, 150))
            sh.rect(60, 50, 130, 50, width_mm=0.3)
            for k, (a, b) in enumerate([("Nom", person.surname.upper()), ("Prénoms", person.given_names),
                                        ("Né(e) le", format_date(person.birth_date, "dots", "fr")),
                                        ("À", person.birth_place), ("Nationalité", nat),
                                        ("Filiation", f"{person.father or '-'} / {person.mother or '-'}")]):
                sh.text(63, 53 + k * 7.6, a, font=f, size_pt=9, color=GREY)
                sh.text(88, 53 + k * 7.6, b[:48], font=f, size_pt=10.5, bold=True)
            y = sh.paragraph(22, 108, 166, f"Le Consul soussigné atteste l'identité de la personne ci-dessus, établie "
                             f"{basis}.", font=f, size_pt=10.5, leading=1.5)
        sh.text(22, y + 10, f"Bruxelles, le {format_date(issued, 'long', 'fr')}", font=f, size_pt=10.5)
        sh.text(125, y + 18, "Le Consul", font=f, size_pt=10.5)
        sh.stamp(112, y + 20, [cfg["embassy"][0][:22], "SECTION CONSULAIRE"], rng, size_mm=28, color=(40, 60, 150))
        sh.signature(128, y + 24, 42, 14, rng)
        bates(sh, rng)
        return [sh]

    return make


_register("birth-cod-lemba-voorgedrukt-hand-tippex", "birth-certificate", PART, "fr", birth_cod_lemba, country="COD",
          notes="Kinshasa/Lemba commune's birth act on the pre-printed form completed by hand, correction fluid")
_register("birth-cmr-douala-volet-3-genummerde-rubrieken", "birth-certificate", PART, "fr/en", birth_cmr_volet3,
          country="CMR", notes="Cameroonian birth act, state's bilingual form 'Volet n° 3', numbered rubrics, typed")
for _c in ("COD", "CMR"):
    _lc = _c.lower()
    _register(f"marriage-{_lc}-akte-proza-getuigen-13", "marriage-certificate", PART, "fr", _marriage13(_c),
              country=_c, notes=f"{_c} marriage act typed as prose with the witnesses, office label")
    _register(f"nationality-{_lc}-fiscale-zegel-alinea-13", "nationality-certificate", PART, "fr",
              _nationality13(_c), country=_c,
              notes=f"{_c} certificate of nationality as one justified paragraph, fiscal stamp in the corner")
    _register(f"idcert-{_lc}-ambassade-{'briefvorm' if _c == 'COD' else 'droogstempel-foto'}-13",
              "identity-certificate", PART, "fr", _idcert13(_c), country=_c, photo=True,
              notes=f"{_c} embassy's identity attestation ({'typed as a letter' if _c == 'COD' else 'photo under the dry seal'})")


# --------------------------------------------------------------------------- Türkiye: register copy 'aslı gibidir'

def birth_tur_aslgibidir(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """A district population office's register copy ('Nüfus Kayıt Örneği') in Turkish only, the person's row in a
    bordered table across the page (columns: sıra, cinsiyet, adı soyadı, baba/ana adı, doğum yeri ve tarihi, medeni
    hali), the office's rectangular stamp 'ASLI GİBİDİR' with the clerk's signature, a verification code at the
    foot."""
    issued = _when(rng, issue_date, 20, 500)
    sh = Sheet()
    f = "sans6"
    district = rng.choice(["Çankaya", "Keçiören", "Emirdağ", "Yozgat Merkez", "Kulu", "Haymana"])
    sh.text(105, 12, "T.C.", font=f, size_pt=11, bold=True, anchor="center")
    sh.text(105, 18, "İÇİŞLERİ BAKANLIĞI", font=f, size_pt=10, bold=True, anchor="center")
    sh.text(105, 23.5, f"{district.upper()} İLÇE NÜFUS MÜDÜRLÜĞÜ", font=f, size_pt=9.5, anchor="center")
    sh.text(105, 36, "NÜFUS KAYIT ÖRNEĞİ", font=f, size_pt=14, bold=True, anchor="center")
    sh.text(20, 46, f"İl: {rng.choice(['ANKARA', 'AFYONKARAHİSAR', 'YOZGAT', 'KONYA'])}   İlçe: {district.upper()}   "
                    f"Cilt: {rng.randint(10, 300)}   Hane: {rng.randint(1, 400)}", font=f, size_pt=9)
    cols = [("Sıra", 12), ("C", 8), ("Adı Soyadı", 42), ("Baba Adı / Ana Adı", 38), ("Doğum Yeri ve Tarihi", 44),
            ("Medeni Hali", 26)]
    x = 20
    y = 54
    for lab, w in cols:
        sh.rect(x, y, w, 8, width_mm=0.25, fill=(232, 232, 232))
        sh.text(x + 1, y + 2, lab, font=f, size_pt=7.5, bold=True)
        x += w
    vals = [str(rng.randint(1, 12)), "K" if person.sex == "F" else "E",
            f"{person.given_names.upper()} {person.surname.upper()}",
            f"{(father or person.father or '-').split(' ')[0]} / {(mother or person.mother or '-').split(' ')[0]}",
            f"{person.birth_place} {format_date(person.birth_date, 'dots', 'nl')}", "Bekâr"]
    x = 20
    for (lab, w), v in zip(cols, vals):
        sh.rect(x, y + 8, w, 16, width_mm=0.25)
        sh.paragraph(x + 1, y + 9.5, w - 2, v, font=f, size_pt=8.3, leading=1.2)
        x += w
    sh.text(20, y + 32, f"Tescil tarihi: {format_date(act_date or (person.birth_date + datetime.timedelta(days=30)), 'dots', 'nl')}",
            font=f, size_pt=9)
    sh.text(20, y + 38, "Yukarıdaki bilgilerin nüfus kütüğündeki kayda uygun olduğu onaylanır.", font=f, size_pt=9)
    sh.text(20, y + 46, f"Düzenleme tarihi: {format_date(issued, 'dots', 'nl')}", font=f, size_pt=9)
    sx, sy = 112, y + 52
    sh.rect(sx, sy, 62, 26, width_mm=0.7, color=(40, 60, 150))
    sh.text(sx + 31, sy + 2.5, "ASLI GİBİDİR", font=f, size_pt=12, bold=True, anchor="center", color=(40, 60, 150))
    sh.text(sx + 31, sy + 9, f"{district.upper()} NÜFUS MÜDÜRLÜĞÜ", font=f, size_pt=6.5, anchor="center",
            color=(40, 60, 150))
    sh.text(sx + 31, sy + 13, "Nüfus Memuru", font=f, size_pt=6.5, anchor="center", color=(40, 60, 150))
    sh.signature(sx + 16, sy + 14, 32, 10, rng, color=(40, 60, 150))
    sh.text(20, 272, f"Doğrulama kodu: {_digits(rng, 4)}-{_digits(rng, 4)}-{_digits(rng, 4)}", font="mono2",
            size_pt=8, color=GREY)
    bates(sh, rng)
    return [sh]


_register("birth-tur-ilce-nufus-kayit-ornegi-asli-gibidir", "birth-certificate", PART, "tr", birth_tur_aslgibidir,
          country="TUR", notes="Turkish district population office's register copy, row table, 'ASLI GİBİDİR' stamp")


# --------------------------------------------------------------------------- German-speaking Community: extracts

def _be_ostbelgien(kind: str):
    def make(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, spouse=None,
             marriage_date=None, **opts):
        """An extract from the civil-status database issued by a commune of the German-speaking Community, in
        German: the commune's name in a serif at the top, 'Auszug aus der Geburtsurkunde' / 'Auszug aus der
        Heiratsurkunde' with the act's reference, the data in 'Rubrik: Wert' lines under small grey section
        headings, 'Für gleichlautenden Auszug', the registrar's name printed and a dry seal, no handwriting."""
        issued = _when(rng, issue_date, 20, 300)
        city = rng.choice(["Eupen", "Sankt Vith", "Kelmis", "Bütgenbach", "Raeren", "Lontzen"])
        sh = Sheet()
        f = "serif5"
        sh.text(20, 14, f"Gemeinde {city}", font=f, size_pt=15, bold=True)
        sh.text(20, 21, "Standesamt", font=f, size_pt=10, color=GREY)
        sh.rule(20, 25, 190, 25, width_mm=0.6, color=(30, 90, 60))
        if kind == "birth":
            title = "AUSZUG AUS DER GEBURTSURKUNDE"
            ref = act_date or (person.birth_date + datetime.timedelta(days=rng.randint(1, 10)))
            secs = [("Kind", [("Name", person.surname.upper()), ("Vorname(n)", person.given_names),
                              ("Geschlecht", "weiblich" if person.sex == "F" else "männlich"),
                              ("Geburtsdatum", format_date(person.birth_date, "long", "de")),
                              ("Geburtsort", person.birth_place)]),
                    ("Eltern", [("Vater / Mitelternteil", father or person.father or "-"),
                                ("Mutter", mother or person.mother or "-")])]
        else:
            title = "AUSZUG AUS DER HEIRATSURKUNDE"
            ref = marriage_date or (issued - datetime.timedelta(days=rng.randint(400, 2500)))
            secs = [("Eheschließung", [("Datum", format_date(ref, "long", "de")), ("Ort", city)]),
                    ("Ehegatte 1", [("Name und Vornamen", f"{person.surname.upper()} {person.given_names}"),
                                    ("Geboren am / in", f"{format_date(person.birth_date, 'dots', 'de')} in "
                                                        f"{person.birth_place}")])]
            if spouse is not None:
                secs.append(("Ehegatte 2", [("Name und Vornamen", f"{spouse.surname.upper()} {spouse.given_names}"),
                                            ("Geboren am / in", f"{format_date(spouse.birth_date, 'dots', 'de')} in "
                                                                f"{spouse.birth_place}")]))
        sh.text(20, 40, title, font=f, size_pt=13.5, bold=True)
        sh.text(20, 47, f"Urkunde Nr. {ref.year}/{rng.randint(100, 9999)} – DABS", font=f, size_pt=9, color=GREY)
        y = 60
        for head, rows in secs:
            sh.text(20, y, head.upper(), font="sans4", size_pt=7.5, color=(30, 90, 60))
            y += 5
            for a, b in rows:
                sh.text(24, y, a + ":", font=f, size_pt=10)
                sh.text(78, y, b, font=f, size_pt=10.5, bold=True)
                y += 6.5
            y += 4
        sh.text(20, y + 6, f"Für gleichlautenden Auszug, {city}, den {format_date(issued, 'long', 'de')}", font=f,
                size_pt=10.5)
        sh.text(20, y + 13, f"Der Standesbeamte: {rng.choice(['M. Kessler', 'A. Heinen', 'K. Mreyen', 'B. Lentz'])}",
                font=f, size_pt=10)
        sh.stamp(140, y + 2, [f"GEMEINDE {city.upper()}", "STANDESAMT"], rng, size_mm=26, color=(175, 175, 175))
        bates(sh, rng)
        return [sh]

    return make


_register("birth-be-ostbelgien-auszug-rubriken", "birth-certificate", PART, "de", _be_ostbelgien("birth"),
          country="BEL", notes="birth extract of a commune of the German-speaking Community, in German, dry seal")
_register("marriage-be-ostbelgien-auszug-rubriken", "marriage-certificate", PART, "de", _be_ostbelgien("marriage"),
          country="BEL", notes="marriage extract of a commune of the German-speaking Community, in German")


# --------------------------------------------------------------------------- sworn translations

def _translation13(where: str):
    def make(person, rng, *, issue_date=None, of_type="birth-certificate", source_lang=None, **opts):
        issued = _when(rng, issue_date, 5, 60)
        src = _SRC10.get(source_lang or "tr", (source_lang or "tr", source_lang or "tr"))
        sh = Sheet()
        data = [("Naam", person.surname.upper()), ("Voornaam", person.given_names),
                ("Vader", (person.father or "-")), ("Moeder", (person.mother or "-")),
                ("Geboorteplaats", person.birth_place), ("Geboortedatum", format_date(person.birth_date, "long", "nl")),
                ("Geslacht", "vrouw" if person.sex == "F" else "man")]
        if where == "gent":
            g, s, _ = make_professional(rng, "BE")
            f = "serif2"
            sh.text(20, 14, f"{g} {s}", font=f, size_pt=12, bold=True)
            sh.text(20, 19.5, f"Beëdigd vertaler-tolk {src[1]} – Nederlands", font=f, size_pt=8.5, color=GREY)
            sh.text(20, 23.5, "ingeschreven in het Nationaal Register der gerechtsdeskundigen en beëdigd vertalers",
                    font=f, size_pt=8, color=GREY)
            sh.text(190, 14, "Gent", font=f, size_pt=10, anchor="right")
            sh.text(20, 38, "VERTALING", font=f, size_pt=13, bold=True)
            sh.text(20, 44, f"uit het {src[1]} – uittreksel uit het bevolkingsregister", font=f, size_pt=9.5,
                    italic=True)
            y = 56
            for a, b in data:
                sh.text(24, y, a, font=f, size_pt=10)
                sh.text(70, y, b, font=f, size_pt=10.5)
                y += 7
            y = sh.paragraph(20, y + 6, 170, "[Rechthoekige stempel: 'Conform het origineel' – handtekening van de "
                             "ambtenaar] [Verificatiecode]", font=f, size_pt=9.5, leading=1.4)
            y = sh.paragraph(20, y + 8, 170, "Voor eensluidende vertaling van het aangehechte document, waarvan ik "
                             "verklaar dat de vertaling volledig en getrouw is.", font=f, size_pt=10.5, leading=1.5)
            sh.text(20, y + 8, f"Gent, {format_date(issued, 'dots', 'nl')}", font=f, size_pt=10.5)
            sh.signature(26, y + 12, 40, 13, rng)
            sh.stamp(112, y + 4, ["BEËDIGD VERTALER", f"{g[0]}. {s}".upper()[:18], "GENT"], rng, size_mm=28,
                     color=(40, 60, 150))
            bates(sh, rng)
            return [sh]
        g, s, _ = make_professional(rng, "NL")
        f = "sans2"
        sh.rect(0, 0, 12, 297, width_mm=0, fill=(30, 70, 120))
        sh.text(22, 14, f"{g} {s}", font=f, size_pt=12, bold=True, color=(30, 70, 120))
        sh.text(22, 19.5, f"Beëdigd vertaler {src[1]} · Wbtv-nr. {_digits(rng, 5)} · Den Haag", font=f, size_pt=8.5,
                color=GREY)
        sh.text(22, 36, f"Vertaling uit het {src[1]}", font=f, size_pt=12, bold=True)
        sh.rect(22, 44, 168, 7, width_mm=0.2, fill=(230, 236, 244))
        sh.text(24, 45.6, "Brontekst (rubriek)", font=f, size_pt=9, bold=True)
        sh.text(90, 45.6, "Vertaling", font=f, size_pt=9, bold=True)
        y = 51
        orig = ["Soyadı", "Adı", "Baba adı", "Ana adı", "Doğum yeri", "Doğum tarihi", "Cinsiyeti"]
        for o, (a, b) in zip(orig, data):
            sh.rect(22, y, 168, 7, width_mm=0.15)
            sh.text(24, y + 1.6, o if (source_lang or "tr") == "tr" else a, font=f, size_pt=9.5, italic=True)
            sh.text(90, y + 1.6, f"{a}: {b}", font=f, size_pt=10)
            y += 7
        y = sh.paragraph(22, y + 10, 168, "Ondergetekende, beëdigd vertaler, verklaart dat deze vertaling getrouw en "
                         "volledig is. Het brondocument is aan deze vertaling gehecht en door mij geparafeerd.",
                         font=f, size_pt=10, leading=1.5)
        sh.text(22, y + 8, f"Den Haag, {format_date(issued, 'dashes_zero', 'nl')}", font=f, size_pt=10)
        sh.signature(24, y + 12, 38, 12, rng)
        sh.stamp(120, y + 4, ["BEËDIGD VERTALER", s.upper()[:16], "DEN HAAG"], rng, size_mm=28, color=(30, 70, 120))
        return [sh]

    return make


# the Belgian one first: 9ter takes the part's first translation family, the IND the Dutch (NLD) one
_register("translation-be-gent-eensluidend-stempel", "translation", PART, "nl", _translation13("gent"),
          country="BEL", notes="Ghent sworn translator-interpreter, data as indented lines, 'voor eensluidende vertaling'")
_register("translation-nl-denhaag-brontekst-kolom", "translation", PART, "nl", _translation13("denhaag"),
          country="NLD", notes="The Hague sworn translator, source captions and translation in a two-column table, "
                               "blue side band")
