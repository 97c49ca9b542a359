"""Identity and civil-status families of the `fifteenth` part (registered in identity.FAMILIES).

Written after dev, heldout and the parts fresh to fourteenth had been read, by a writer who saw neither the validator
nor its output.  Passports of Morocco, the DR Congo, Türkiye, Suriname, Afghanistan, Syria, Guinea, Cameroon, Armenia,
Russia and Iraq whose data pages print each value first with its caption in small type under it (national language,
English, French, separated by strokes), the state's name in a coloured band, the photo at the right with a small ghost
image: photographed by the client on the kitchen table with the observations page above and a thumb on the booklet,
sent over WhatsApp and printed by the office from the PC (the messenger's file name at the top).  A Moroccan CNIE with
each side photographed held between thumb and finger; a Dutch residence document copied askew on the IND's brown
envelope with the office's incoming-mail stamp.  A Conakry/Kaloum commune's birth and marriage extracts written by
hand on the pre-printed form's dotted lines, a Fès arrondissement's extracts on blue security paper with a 20 DH
fiscal stamp; a Turkish district population directorate's register copy printed at the counter with a wet stamp;
bilingual DABS extracts of Voeren/Fourons.  Guinean and Moroccan certificates of nationality as one paragraph under an
emblem, identity attestations of the two consulates in Antwerp; sworn translations from Tongeren and Delft.  Copy
habits: ``scanner_app`` (kept as the name) is now the WhatsApp photo printed from the PC, ``index_flag`` (kept as the
name) the law office's rubber incoming-mail stamp.  Same calling convention as identity.py.
"""
from __future__ import annotations

import datetime
import random

from PIL import Image

from . import mrz as M
from .fresh_identity import nl_permit_data
from .identity import _dates, _digits, _mrz_data, _register, _when
from .ninth_identity import hand_safe
from .paper import Sheet, text_width_mm
from .people import country_name, format_date, make_professional, strip_accents
from .tenth_identity import _SRC10

PART = "fifteenth"
GREY = (95, 95, 95)
BLUE_INK = (25, 40, 130)

# --------------------------------------------------------------------------- copy habits (new in this part)


def scanner_app(img: Image.Image, rng: random.Random, dpi: int = 200) -> Sheet:
    """A photo the client sent over WhatsApp, saved by the office and printed from the PC's photo viewer: the image
    was shrunk by the messenger to about 1600 pixels on its long side and recompressed (soft, a little blotchy), it
    sits a few degrees off square with the edge of the table in view, and the viewer printed the file name
    ('WhatsApp Image 2026-11-.. at ..') and the page number at the top of the sheet."""
    w, h = img.size
    scale = 1600 / max(w, h)
    small = img.convert("RGB").resize((max(1, int(w * scale)), max(1, int(h * scale))), Image.BILINEAR)
    small = small.rotate(rng.uniform(-2.2, 2.2), resample=Image.BICUBIC, expand=False, fillcolor=(118, 96, 74))
    import io
    buf = io.BytesIO()
    small.save(buf, "JPEG", quality=rng.choice([55, 62, 68]))
    buf.seek(0)
    soft = Image.open(buf).convert("RGB").resize((w, h), Image.BILINEAR)
    sh = Sheet()
    sh.image(8, 14, 194, 194 * h / w if w else 274, soft)
    stamp = f"2026-11-{rng.randint(3, 27):02d} at {rng.randint(8, 22):02d}.{rng.randint(0, 59):02d}.{rng.randint(0, 59):02d}"
    sh.text(8, 6, f"WhatsApp Image {stamp}.jpeg", font="sans2", size_pt=8, color=(60, 60, 60))
    sh.text(202, 6, "1/1", font="sans2", size_pt=8, anchor="right", color=(60, 60, 60))
    return sh


def index_flag(sh: Sheet, rng: random.Random, label: str | None = None, lang: str = "nl") -> None:
    """The law office's incoming-mail stamp, struck in the free space near the foot of the page the day the piece
    came in: a rectangular rubber stamp with the office's short name, 'INGEKOMEN' / 'REÇU LE' and the date
    set on the stamp's date wheels, in violet or red ink, and the clerk's initials in pen beside it."""
    col = rng.choice([(120, 50, 140), (170, 40, 50), (60, 60, 150)])
    day = rng.randint(2, 27)
    mon = ["JAN", "FEB", "MRT", "APR", "MEI", "JUN", "JUL", "AUG", "SEP", "OKT", "NOV"][rng.choice([9, 10])]
    x, y = rng.uniform(120, 146), rng.uniform(252, 260)
    word = "INGEKOMEN" if lang == "nl" else "REÇU LE"
    sh.rect(x, y, 48, 16, width_mm=0.6, color=col)
    sh.text(x + 24, y + 1.5, label or "ADVOCATENKANTOOR", font="sans4", size_pt=6.5, bold=True, anchor="center",
            color=col)
    sh.text(x + 24, y + 5.5, word, font="sans4", size_pt=7.5, bold=True, anchor="center", color=col)
    sh.text(x + 24, y + 10, f"{day:02d} {mon} 2026", font="mono", size_pt=9, anchor="center", color=col)
    sh.handwriting(x + 50, y + 8, rng.choice(["ms", "KV", "jd", "AB", "hv"]), rng, size_pt=11,
                   color=(30, 40, 120), font="hand4")


_PP14 = {
    "MAR": ("ROYAUME DU MAROC", "fr", lambda r: r.choice("TUVW") + r.choice("ABCD") + _digits(r, 7), "DGSN RABAT",
            (130, 30, 40), "MAROCAINE"),
    "COD": ("RÉPUBLIQUE DÉMOCRATIQUE DU CONGO", "fr", lambda r: "OP" + _digits(r, 7), "DGM KINSHASA",
            (20, 70, 150), "CONGOLAISE"),
    "TUR": ("TÜRKİYE CUMHURİYETİ", "tr", lambda r: "U" + _digits(r, 8), "T.C. İÇİŞLERİ BAKANLIĞI",
            (150, 20, 30), "T.C."),
    "SUR": ("REPUBLIEK SURINAME", "nl", lambda r: "R" + _digits(r, 7), "CBB PARAMARIBO", (0, 100, 60),
            "SURINAAMSE"),
    "AFG": ("ISLAMIC REPUBLIC OF AFGHANISTAN", "en", lambda r: "P0" + _digits(r, 7), "MOI KABUL",
            (20, 60, 40), "AFGHAN"),
    "SYR": ("SYRIAN ARAB REPUBLIC", "en", lambda r: "N0" + _digits(r, 7), "IMMIGRATION DAMASCUS",
            (40, 70, 50), "SYRIAN"),
    "GIN": ("RÉPUBLIQUE DE GUINÉE", "fr", lambda r: "R" + _digits(r, 7), "DCPAF CONAKRY", (160, 50, 30),
            "GUINÉENNE"),
    "CMR": ("RÉPUBLIQUE DU CAMEROUN", "fr", lambda r: "AA" + _digits(r, 6), "DGSN YAOUNDÉ", (0, 100, 55),
            "CAMEROUNAISE"),
    "ARM": ("REPUBLIC OF ARMENIA", "en", lambda r: "A" + r.choice("NPS") + _digits(r, 7), "002", (150, 90, 20),
            "ARMENIAN"),
    "RUS": ("РОССИЙСКАЯ ФЕДЕРАЦИЯ", "ru", lambda r: "76" + _digits(r, 7), "МВД 77810", (110, 25, 35),
            "РОССИЙСКАЯ ФЕДЕРАЦИЯ"),
    "IRQ": ("REPUBLIC OF IRAQ", "en", lambda r: "A" + _digits(r, 8), "BAGHDAD", (20, 50, 30), "IRAQI"),
}
_CAP14 = {"fr": ("Type", "Code", "Passeport n°", "Nom", "Prénoms", "Nationalité", "Date de naissance", "Sexe",
                 "Lieu de naissance", "Date de délivrance", "Date d'expiration", "Autorité"),
          "nl": ("Type", "Code", "Paspoortnr.", "Naam", "Voornamen", "Nationaliteit", "Geboortedatum", "Geslacht",
                 "Geboorteplaats", "Afgiftedatum", "Geldig tot", "Instantie"),
          "tr": ("Tipi", "Kodu", "Pasaport No", "Soyadı", "Adı", "Uyruğu", "Doğum Tarihi", "Cinsiyeti", "Doğum Yeri",
                 "Veriliş Tarihi", "Geçerlilik Tarihi", "Makam"),
          "ru": ("Тип", "Код", "Номер", "Фамилия", "Имя", "Гражданство", "Дата рождения", "Пол", "Место рождения",
                 "Дата выдачи", "Дата окончания", "Орган")}
_CAPEN = ("Type", "Code", "Passport No.", "Surname", "Given names", "Nationality", "Date of birth", "Sex",
          "Place of birth", "Date of issue", "Date of expiry", "Authority")
_MON = {"fr": ["JANV", "FÉVR", "MARS", "AVR", "MAI", "JUIN", "JUIL", "AOÛT", "SEPT", "OCT", "NOV", "DÉC"],
        "nl": ["JAN", "FEB", "MRT", "APR", "MEI", "JUN", "JUL", "AUG", "SEP", "OKT", "NOV", "DEC"],
        "tr": ["OCA", "ŞUB", "MAR", "NİS", "MAY", "HAZ", "TEM", "AĞU", "EYL", "EKİ", "KAS", "ARA"],
        "ru": ["ЯНВ", "ФЕВ", "МАР", "АПР", "МАЙ", "ИЮН", "ИЮЛ", "АВГ", "СЕН", "ОКТ", "НОЯ", "ДЕК"],
        "en": ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]}


def _bidate(d: datetime.date, lang: str) -> str:
    en = _MON["en"][d.month - 1]
    loc = _MON[lang][d.month - 1]
    return f"{d.day:02d} {loc}/{en} {d.year}" if loc != en else f"{d.day:02d} {en} {d.year}"


def _data_page14(code: str, person, rng, number, issue, expiry, lines) -> Sheet:
    """The data page as this part's issuers print it: the state's name across the top in a coloured band with the
    word for passport in the national language and in English, the photo at the RIGHT with a small ghost image
    below it, and every value printed first with its caption in small type UNDER it (national language, then
    English, then French, separated by thin strokes); the dates written day, month in letters and year."""
    state, lang, _n, auth, col, nat = _PP14[code]
    cap = _CAP14.get(lang)
    W, H = 125.0, 88.0
    s = Sheet(W, H)
    s.rect(0, 0, W, H, width_mm=0, fill=(246, 243, 235))
    tint = tuple(min(255, 222 + v // 8) for v in col)
    for k in range(0, 125, 4):
        s.rule(k, 9, k + 9, H - 18, width_mm=0.06, color=tint)
    s.rect(0, 0, W, 8, width_mm=0, fill=tuple(min(255, 150 + v // 3) for v in col))
    s.text(3, 1.6, state, font="sans4", size_pt=6.4, bold=True, color=(255, 255, 255))
    word = {"fr": "PASSEPORT", "nl": "PASPOORT", "tr": "PASAPORT", "ru": "ПАСПОРТ"}.get(lang, "PASSPORT")
    s.text(W - 3, 1.6, word if word == "PASSPORT" else f"{word} · PASSPORT", font="sans4", size_pt=6, bold=True,
           anchor="right", color=(255, 255, 255))
    s.photo(W - 33, 11, 29, 36, rng)
    s.photo(W - 20, 50, 12, 15, rng)
    s.signature(W - 33, 66, 22, 6, rng, color=(40, 40, 50))
    _fr = ("Type", "Code", "N° de passeport", "Nom", "Prénoms", "Nationalité", "Date de naissance", "Sexe",
           "Lieu de naissance", "Date de délivrance", "Date d'expiration", "Autorité")
    vals = ["P", code, number, person.surname.upper(), person.given_names.upper(), nat,
            _bidate(person.birth_date, lang), person.sex, strip_accents(person.birth_place).upper(),
            _bidate(issue, lang), _bidate(expiry, lang), auth]
    grid = [(0, 4, 11), (1, 16, 11), (2, 34, 11), (3, 4, 20), (4, 4, 29), (5, 4, 38), (7, 62, 38), (6, 4, 47),
            (8, 46, 47), (9, 4, 56), (10, 46, 56), (11, 4, 65)]
    for idx, x, y in grid:
        val = vals[idx]
        vs = 7.0
        lim = 84 - x if idx not in (6, 9) else 40
        while vs > 4.2 and text_width_mm(val, "sans4", vs, bold=True) > lim:
            vs -= 0.3
        s.text(x, y, val, font="sans4", size_pt=vs, bold=True, color=(25, 25, 30))
        labs = [_CAPEN[idx]]
        if cap is not None and cap[idx] != _CAPEN[idx]:
            labs.insert(0, cap[idx])
        if lang != "fr" and _fr[idx] not in labs:
            labs.append(_fr[idx])
        elif lang == "fr":
            labs = [_fr[idx], _CAPEN[idx]] if _fr[idx] != _CAPEN[idx] else [_CAPEN[idx]]
        s.text(x, y + 3.2, " | ".join(labs), font="sans4", size_pt=3.1, color=(95, 95, 100))
    size = 2.54 / 0.602 / (25.4 / 72)
    for i, ln in enumerate(lines):
        s.text(4.5, H - 12.5 + i * 4.3, ln, font="ocrb", size_pt=size, color=(10, 10, 10))
    return s


def _passport14(code: str):
    cfg = _PP14[code]

    def make(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, crop=False,
             annotate=None, number=None, **opts):
        issue, expiry = _dates(rng, issue_date, expiry_date, 10 if code in ("TUR", "RUS") else 5)
        number = number or cfg[2](rng)
        md = _mrz_data(person, mrz_override)
        lines = M.td3(issuing=code, surname=md["surname"], given=md["given_names"],
                      number=md.get("number", number.replace(" ", "")[-9:]), nationality=md["nationality"],
                      birth_date=md["birth_date"], sex=md["sex"], expiry=expiry, personal_number="",
                      break_check=break_check)
        page = _data_page14(code, person, rng, number, issue, expiry, lines)
        if crop:
            return [page]
        # the client photographed the open booklet on the kitchen table, held flat with a thumb at the lower edge,
        # and sent the photo over WhatsApp; the office printed it
        canvas = Sheet()
        canvas.rect(0, 0, 210, 297, width_mm=0, fill=(176, 150, 118))
        x, y = rng.uniform(18, 32), rng.uniform(60, 90)
        canvas.rect(x - 4, y - 96, 125 * 1.3 + 8, 88 * 1.3 * 2 + 8, width_mm=0, fill=(72, 40, 48))
        canvas.rect(x, y - 92, 125 * 1.3, 88 * 1.3 - 2, width_mm=0, fill=(238, 234, 224))
        canvas.text(x + 8, y - 80, "OBSERVATIONS", font="sans4", size_pt=9, color=(150, 150, 150))
        canvas.image(x, y + 2, 125 * 1.3, 88 * 1.3, page.render(300))
        tx = x + rng.uniform(40, 110)
        canvas.rect(tx, y + 88 * 1.3 - 4, 20, 26, width_mm=0, fill=(214, 168, 140))
        canvas.rect(tx + 3, y + 88 * 1.3 - 2, 13, 9, width_mm=0, fill=(236, 206, 190))
        if annotate:
            canvas.handwriting(22, y + 120, hand_safe(annotate), rng, size_pt=12)
        return [scanner_app(canvas.render(200), rng)]

    return make


for _code, _note in [
        ("MAR", "Moroccan passport, captions under the values (fr/en), photo at the right, WhatsApp photo printed"),
        ("COD", "Congolese (DRC) passport, captions under the values, WhatsApp photo with a thumb"),
        ("TUR", "Turkish passport, captions under values, Turkish/English captions, Turkish/English months, WhatsApp print"),
        ("SUR", "Surinamese passport, captions under values, Dutch/English captions, Dutch/English months, WhatsApp print"),
        ("AFG", "Afghan passport, English captions, photo at the right, WhatsApp print"),
        ("SYR", "Syrian passport, English captions, ghost image, WhatsApp print"),
        ("GIN", "Guinean passport, captions under values, French/English captions, WhatsApp print"),
        ("CMR", "Cameroonian passport, captions under values, French/English captions, WhatsApp print"),
        ("ARM", "Armenian passport, English captions, ghost image, WhatsApp print"),
        ("RUS", "Russian passport, captions under values, Cyrillic/English captions, Cyrillic months, WhatsApp print"),
        ("IRQ", "Iraqi passport, English captions, ghost image, WhatsApp print")]:
    _register(f"passport-td3-{_code.lower()}-drietalig-onder-waarde-whatsapp-15", "identity-document", PART,
              {"fr": "fr/en", "nl": "nl/en", "tr": "tr/en", "ru": "ru/en", "en": "en"}[_PP14[_code][1]],
              _passport14(_code), country=_code, mrz="TD3", photo=True, notes=_note)


# --------------------------------------------------------------------------- Moroccan CNIE enlarged on the copier

def idcard_mar_enlarged(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None,
                        **opts):
    """Morocco's CNIE (TD1) copied enlarged at 200 % so that the small print can be read, front above back filling
    most of the sheet, with the grain of the enlargement; the office's index flag on the edge."""
    issue, expiry = _dates(rng, issue_date, expiry_date, 10)
    no = rng.choice(["BJ", "BH", "CB", "EE", "GK", "L"]) + _digits(rng, 6)
    md = _mrz_data(person, mrz_override)
    lines = M.td1(doc_code="ID", issuing="MAR", number=md.get("number", no), nationality=md["nationality"],
                  birth_date=md["birth_date"], sex=md["sex"], expiry=expiry, surname=md["surname"],
                  given=md["given_names"], optional1="", break_check=break_check)
    f = Sheet(85.6, 54)
    f.rect(0, 0, 85.6, 54, width_mm=0, fill=(240, 236, 226))
    f.text(42.8, 1.8, "ROYAUME DU MAROC · CARTE NATIONALE D'IDENTITÉ", font="sans4", size_pt=4.8, bold=True,
           anchor="center", color=(150, 30, 40))
    f.photo(60, 9, 22, 28, rng)
    for k, (a, b) in enumerate([("Nom", person.surname.upper()), ("Prénom", person.given_names.upper()),
                                ("Date de naissance", format_date(person.birth_date, "dots", "fr")),
                                ("Lieu de naissance", strip_accents(person.birth_place).upper()),
                                ("Valable jusqu'au", format_date(expiry, "dots", "fr"))]):
        f.text(3, 9 + k * 6.6, a, font="sans4", size_pt=3.4, color=(110, 110, 110))
        f.text(3, 10.9 + k * 6.6, b[:28], font="sans4", size_pt=5.2, bold=True)
    f.text(3, 46, no, font="mono2", size_pt=8, bold=True, color=(150, 30, 40))
    b = Sheet(85.6, 54)
    b.rect(0, 0, 85.6, 54, width_mm=0, fill=(240, 238, 230))
    b.text(3, 3, f"Fils/Fille de {person.father or '-'}"[:46], font="sans4", size_pt=4.4)
    b.text(3, 7, f"et de {person.mother or '-'}"[:46], font="sans4", size_pt=4.4)
    b.text(3, 11, f"Sexe {person.sex} · Délivrée le {format_date(issue, 'dots', 'fr')}", font="sans4", size_pt=4.4)
    size = (78.0 / 30) / 0.602 / (25.4 / 72)
    for i, ln in enumerate(lines):
        b.text(3.5, 36 + i * 4.5, ln, font="ocrb", size_pt=size)
    # the client held each side of the card up to the phone between thumb and finger; the two photos were
    # printed one under the other, each a little crooked, the thumb at the card's left edge
    sh = Sheet()
    for k, card in enumerate((f, b)):
        img = card.render(220).rotate(rng.uniform(-3, 3), resample=Image.BICUBIC, expand=True,
                                      fillcolor=(205, 200, 192))
        y0 = 22 + k * 132
        sh.rect(20, y0 - 6, 170, 118, width_mm=0, fill=(205, 200, 192))
        sh.image(28, y0, 154, 154 * img.size[1] / img.size[0], img)
        ty = y0 + rng.uniform(30, 60)
        sh.rect(8, ty, 22, 26, width_mm=0, fill=(210, 160, 132))
        sh.rect(22, ty + 4, 8, 16, width_mm=0, fill=(232, 200, 184))
    sh.text(20, 8, "recto" if rng.random() < 0.5 else "recto / verso", font="sans2", size_pt=8, color=GREY)
    return [sh]


_register("idcard-td1-mar-cnie-recto-verso-duim-in-beeld-15", "identity-document", PART, "fr", idcard_mar_enlarged,
          country="MAR", mrz="TD1", photo=True, notes="Moroccan CNIE, each side photographed held between thumb and finger, printed one under the other")


# --------------------------------------------------------------------------- Dutch residence document, actual size

def permit_nl_actual_size(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None,
                          purpose=None, v_number=None, **opts):
    """A Dutch residence document scanned as a colour crop of the card alone and printed at actual size, front and
    back side by side near the foot of the sheet, the office's typed line 'verblijfsdocument cliënt(e)' above them
    and a coloured index flag on the edge."""
    issue, expiry, number, purpose, lines, vnr = nl_permit_data(person, rng, "SVZ", issue_date, expiry_date,
                                                                break_check, mrz_override, purpose, v_number)
    f = Sheet(85.6, 54)
    f.rect(0, 0, 85.6, 54, width_mm=0, fill=(228, 236, 246))
    f.text(3, 1.8, "KONINKRIJK DER NEDERLANDEN", font="sans4", size_pt=5, bold=True, color=(20, 40, 110))
    f.text(3, 5, "VERBLIJFSVERGUNNING", font="sans4", size_pt=4.6, color=(20, 40, 110))
    f.photo(59, 9, 23, 29, rng)
    for k, (lab, val) in enumerate([("Naam", person.surname.upper()), ("Voornamen", person.given_names.upper()),
                                    ("Geldig tot", format_date(expiry, "dots", "nl")), ("Documentnummer", number),
                                    ("Verblijfsvergunning", "REGULIER BEPAALDE TIJD"), ("Opmerkingen",
                                                                                        purpose.upper())]):
        f.text(3, 9 + k * 7, lab, font="sans4", size_pt=3.3, color=(70, 80, 120))
        f.text(3, 11 + k * 7, val[:34], font="sans4", size_pt=4.9, bold=True)
    b = Sheet(85.6, 54)
    b.rect(0, 0, 85.6, 54, width_mm=0, fill=(232, 238, 246))
    for k, (lab, val) in enumerate([("Geboortedatum", format_date(person.birth_date, "dots", "nl")),
                                    ("Nationaliteit", country_name(person.nationality, "nl").upper()),
                                    ("V-nummer", vnr), ("Afgegeven op", format_date(issue, "dots", "nl"))]):
        b.text(3, 2 + k * 6.6, lab, font="sans4", size_pt=3.4, color=(70, 80, 120))
        b.text(30, 2 + k * 6.6, val, font="sans4", size_pt=4.8, bold=True)
    size = (78.0 / 30) / 0.602 / (25.4 / 72)
    for i, ln in enumerate(lines):
        b.text(3.5, 36 + i * 4.5, ln, font="ocrb", size_pt=size)
    # both sides laid on the brown envelope the card came in and copied on the flatbed; the office's incoming
    # stamp on the free top of the sheet
    sh = Sheet()
    sh.rect(14, 40, 182, 230, width_mm=0, fill=(196, 168, 120))
    sh.text(30, 52, "Retouradres Postbus 17, 7500 AA Enschede", font="sans", size_pt=7, color=(90, 70, 40))
    for k, card in enumerate((f, b)):
        img = card.render(300).rotate(rng.uniform(-7, 7), resample=Image.BICUBIC, expand=True,
                                      fillcolor=(196, 168, 120))
        sh.image(40 + k * 18, 80 + k * 90, 110, 110 * img.size[1] / img.size[0], img)
    index_flag(sh, rng)
    return [sh]


_register("permit-nl-verblijfsdocument-schuin-op-envelop-ingekomen-15", "identity-document", PART, "nl",
          permit_nl_actual_size, country="NLD", mrz="TD1", photo=True,
          notes="Dutch residence document, both sides copied askew on the IND envelope, incoming-mail stamp")


# --------------------------------------------------------------------------- civil status: Guinea and Morocco

_CIV14 = {
    "GIN": dict(state="RÉPUBLIQUE DE GUINÉE", motto="Travail – Justice – Solidarité", office="COMMUNE DE KALOUM",
                region="VILLE DE CONAKRY", city="Conakry", adj="guinéen", soft="ETAT-CIVIL GN v3.2",
                court="TRIBUNAL DE PREMIÈRE INSTANCE DE CONAKRY III – MAFANCO", judge="Le Président du Tribunal",
                law="le Code civil guinéen (Livre I, Titre II, De la nationalité)",
                embassy=["CONSULAT HONORAIRE DE LA RÉPUBLIQUE DE GUINÉE", "Frankrijklei 115", "2000 Anvers"]),
    "MAR": dict(state="ROYAUME DU MAROC", motto="", office="ARRONDISSEMENT AGDAL", region="PRÉFECTURE DE FÈS",
                city="Fès", adj="marocain", soft="",
                court="TRIBUNAL DE PREMIÈRE INSTANCE DE CASABLANCA", judge="Le Président du Tribunal",
                law="le Code de la nationalité marocaine (dahir n° 1-58-250)",
                embassy=["CONSULAT GÉNÉRAL DU ROYAUME DU MAROC", "Karel Oomsstraat 37", "2018 Anvers"]),
}


def _parents(person, father, mother):
    return father or person.father or "-", mother or person.mother or "-"


def _civil14(code: str, kind: str):
    cfg = _CIV14[code]

    def make(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, spouse=None,
             marriage_date=None, **opts):
        """Guinea: the extract printed from the commune's civil-status software: the state and commune at the top
        left, the software's name and the print time in small grey letters, the register's year, volume and act
        number in a grey box, the data in a two-column bordered table, the officer's printed name with the signature
        and the square stamp.  Morocco: the arrondissement's 'extrait d'acte' in a framed table, each caption in
        Arabic above the French, the officer's signature and the round stamp."""
        issued = _when(rng, issue_date, 30, 500)
        fa, mo = _parents(person, father, mother)
        if kind == "birth":
            act = act_date or (person.birth_date + datetime.timedelta(days=rng.randint(3, 40)))
            rows = [("Nom", person.surname.upper()), ("Prénoms", person.given_names),
                    ("Sexe", "Féminin" if person.sex == "F" else "Masculin"),
                    ("Date de naissance", format_date(person.birth_date, "long", "fr")),
                    ("Lieu de naissance", person.birth_place), ("Père", fa), ("Mère", mo),
                    ("Date de l'acte", format_date(act, "long", "fr"))]
            title = "EXTRAIT D'ACTE DE NAISSANCE"
            ar = ["الاسم العائلي", "الاسم الشخصي", "الجنس", "تاريخ الازدياد", "مكان الازدياد", "الأب", "الأم",
                  "تاريخ الرسم"]
        else:
            wed = marriage_date or (issued - datetime.timedelta(days=rng.randint(400, 3000)))
            act = wed
            sp = spouse
            rows = [("Date du mariage", format_date(wed, "long", "fr")), ("Lieu", cfg["city"]),
                    ("Époux / Épouse", f"{person.surname.upper()} {person.given_names}"),
                    ("né(e) le / à", f"{format_date(person.birth_date, 'dots', 'fr')} à {person.birth_place}"),
                    ("Conjoint(e)", "-" if sp is None else f"{sp.surname.upper()} {sp.given_names}"),
                    ("né(e) le / à", "-" if sp is None else
                     f"{format_date(sp.birth_date, 'dots', 'fr')} à {sp.birth_place}")]
            title = "EXTRAIT D'ACTE DE MARIAGE"
            ar = ["تاريخ الزواج", "المكان", "الزوج", "تاريخ ومكان الازدياد", "الزوجة", "تاريخ ومكان الازدياد"]
        sh = Sheet()
        if code == "GIN":
            # the extract written by the clerk in ballpoint on the commune's pre-printed form with dotted lines,
            # the round stamp half over the officer's signature
            f = "serif"
            sh.text(105, 10, cfg["state"], font=f, size_pt=11, bold=True, anchor="center")
            sh.text(105, 15, cfg["motto"], font=f, size_pt=8, italic=True, anchor="center")
            sh.rule(92, 18, 118, 18, width_mm=0.3)
            sh.text(18, 24, cfg["region"], font=f, size_pt=9)
            sh.text(18, 28.5, cfg["office"], font=f, size_pt=9, bold=True)
            sh.text(18, 33, "Centre principal d'état civil", font=f, size_pt=8.5)
            sh.text(105, 44, title, font=f, size_pt=13.5, bold=True, anchor="center")
            sh.text(40, 53, "N° ......................  Année ..................", font=f, size_pt=10)
            sh.handwriting(48, 50.2, str(rng.randint(10, 2999)), rng, size_pt=13, color=BLUE_INK)
            sh.handwriting(103, 50.2, str(act.year), rng, size_pt=13, color=BLUE_INK)
            y = 66
            for a, b in rows:
                sh.text(22, y, a + " :", font=f, size_pt=10)
                x0 = 22 + text_width_mm(a + " : ", f, 10) + 1
                sh.text(x0, y + 1, "." * int((188 - x0) / 1.05), font=f, size_pt=9, color=(120, 120, 120))
                sh.handwriting(x0 + 2, y - 2.4, hand_safe(b[:48]), rng, size_pt=13, color=BLUE_INK)
                y += 12
            sh.text(22, y + 6, "Délivré pour extrait conforme, à Conakry le", font=f, size_pt=10)
            sh.handwriting(100, y + 3.6, format_date(issued, "dots", "fr"), rng, size_pt=13, color=BLUE_INK)
            sh.text(120, y + 18, "L'Officier de l'état civil", font=f, size_pt=10)
            sh.signature(122, y + 24, 42, 14, rng, color=BLUE_INK)
            sh.stamp(112, y + 20, ["COMMUNE DE KALOUM", "ÉTAT CIVIL", "CONAKRY"], rng, size_mm=30,
                     color=(60, 60, 150))
        else:
            f = "serif2"
            sh.rect(0, 0, 210, 297, width_mm=0, fill=(226, 236, 246))
            for k in range(0, 297, 5):
                sh.rule(0, k, 210, k + 2, width_mm=0.05, color=(205, 220, 238))
            sh.text(105, 10, cfg["state"], font=f, size_pt=11, bold=True, anchor="center")
            sh.text(105, 15.5, "المملكة المغربية", font="sans3", size_pt=9, anchor="center")
            sh.text(105, 20.5, f"{cfg['region']} – {cfg['office']}", font=f, size_pt=9, anchor="center")
            sh.text(105, 26, "Bureau de l'état civil", font=f, size_pt=9, anchor="center")
            sh.rect(16, 32, 178, 12, width_mm=0.5)
            sh.text(105, 35, title, font=f, size_pt=13, bold=True, anchor="center")
            sh.text(30, 49, f"Acte n° {rng.randint(100, 9999)} – Année {act.year}", font=f, size_pt=10)
            y = 56
            sh.rect(16, y, 178, 11.5 * len(rows), width_mm=0.5)
            for (a, b), a_ar in zip(rows, ar):
                sh.rule(16, y + 11.5, 194, y + 11.5, width_mm=0.15)
                sh.rule(70, y, 70, y + 11.5, width_mm=0.15)
                sh.text(68, y + 1.2, a_ar, font="sans3", size_pt=7, anchor="right", color=GREY)
                sh.text(19, y + 6, a, font=f, size_pt=9.5)
                sh.text(73, y + 3.2, b[:62], font=f, size_pt=10.5, bold=True)
                y += 11.5
            sh.text(20, y + 10, f"Pour extrait conforme, Fès, le {format_date(issued, 'dots', 'fr')}",
                    font=f, size_pt=10)
            sh.text(125, y + 18, "L'Officier de l'état civil", font=f, size_pt=10)
            sh.rect(22, y + 20, 22, 26, width_mm=0.3, fill=(236, 214, 160))
            sh.text(33, y + 24, "ROYAUME", font="sans4", size_pt=5, anchor="center", color=(120, 80, 20))
            sh.text(33, y + 28, "DU MAROC", font="sans4", size_pt=5, anchor="center", color=(120, 80, 20))
            sh.text(33, y + 34, "20 DH", font="sans4", size_pt=10, bold=True, anchor="center", color=(120, 80, 20))
            sh.text(33, y + 41, "TIMBRE", font="sans4", size_pt=5, anchor="center", color=(120, 80, 20))
            sh.stamp(120, y + 22, ["COMMUNE DE FÈS", "ÉTAT CIVIL", "ARRONDISSEMENT AGDAL"], rng, size_mm=30,
                     color=(40, 60, 140))
            sh.signature(128, y + 26, 40, 13, rng)
        return [sh]

    return make


def _nationality14(code: str):
    cfg = _CIV14[code]

    def make(person, rng, *, issue_date=None, **opts):
        """A certificate of nationality under a centred letterhead with the state's emblem (a round device) above
        the state's name and motto, the court's name under it, the title in spaced capitals, the text as one
        paragraph naming the person, the parents and the nationality, the judge's signature over the court's stamp;
        the registration number at the top right."""
        issued = _when(rng, issue_date, 40, 700)
        sh = Sheet()
        f = "serif5"
        sh.stamp(96, 8, ["", ""], rng, size_mm=18, color=(120, 100, 40), angle=0)
        sh.text(105, 30, cfg["state"], font=f, size_pt=10.5, bold=True, anchor="center")
        sh.text(105, 35, cfg["motto"] or "Dieu – La Patrie – Le Roi", font=f, size_pt=8, italic=True, anchor="center")
        sh.text(105, 40, cfg["court"], font=f, size_pt=9, anchor="center")
        sh.text(190, 12, f"Réf. {rng.randint(100, 9999)}/{issued.year}", font=f, size_pt=9, anchor="right")
        sh.text(105, 54, "C E R T I F I C A T   D E   N A T I O N A L I T É", font=f, size_pt=13, bold=True,
                anchor="center")
        fa, mo = _parents(person, None, None)
        rows = [("Nom", person.surname.upper()), ("Prénoms", person.given_names),
                ("Date et lieu de naissance", f"{format_date(person.birth_date, 'dots', 'fr')} à {person.birth_place}"),
                ("Fils / Fille de", fa), ("Et de", mo), ("Nationalité", _fem(cfg["adj"], person.sex).upper())]
        y = sh.paragraph(22, 68, 166, f"Nous, Président du {cfg['court'].title()}, vu {cfg['law']} et les pièces "
                         f"produites, certifions que {rows[0][1]} {rows[1][1]}, né(e) le {rows[2][1]}, fils/fille de "
                         f"{fa} et de {mo}, possède la nationalité {_fem(cfg['adj'], person.sex)}.", font=f,
                         size_pt=11, leading=1.6, align="justify")
        y = sh.paragraph(22, y + 4, 166, "En foi de quoi le présent certificat lui est délivré pour servir et valoir "
                         "ce que de droit.", font=f, size_pt=11, leading=1.6)
        sh.text(110, y + 10, f"{cfg['city']}, le {format_date(issued, 'long', 'fr')}", font=f, size_pt=10.5)
        sh.text(120, y + 17, cfg["judge"], font=f, size_pt=10.5)
        sh.stamp(102, y + 20, [cfg["court"][:26], cfg["city"].upper()], rng, size_mm=30, color=(60, 40, 120))
        sh.signature(126, y + 24, 42, 14, rng)
        return [sh]

    return make


def _fem(adj: str, sex: str) -> str:
    return adj + ("ne" if adj.endswith("en") and sex == "F" else "e" if sex == "F" else "")


def _idcert14(code: str):
    cfg = _CIV14[code]

    def make(person, rng, *, issue_date=None, declarative=False, **opts):
        """A consulate's identity attestation (the consulate in Antwerp): a half-sheet form with the photo
        printed in at the left and the data at the right, copied on A4 with the office's incoming-mail stamp in
        the free space above it."""
        issued = _when(rng, issue_date, 20, 400)
        W, H = 148.0, 105.0
        c = Sheet(W, H)
        c.rect(0, 0, W, H, width_mm=0, fill=(250, 248, 240))
        c.rect(2, 2, W - 4, H - 4, width_mm=0.4, color=(60, 80, 60))
        c.text(W / 2, 5, cfg["embassy"][0], font="sans4", size_pt=8.5, bold=True, anchor="center")
        c.text(W / 2, 9.5, " – ".join(cfg["embassy"][1:]), font="sans4", size_pt=6.5, anchor="center", color=GREY)
        c.text(W / 2, 16, "ATTESTATION D'IDENTITÉ", font="sans4", size_pt=11, bold=True, anchor="center")
        c.photo(7, 24, 30, 38, rng)
        rows = [("Nom", person.surname.upper()), ("Prénoms", person.given_names),
                ("Né(e) le", format_date(person.birth_date, "dots", "fr")), ("À", person.birth_place),
                ("Nationalité", _fem(cfg["adj"], person.sex)), ("Père / Mère", " / ".join(_parents(person, None,
                                                                                                     None)))]
        for k, (a, b) in enumerate(rows):
            c.text(42, 24 + k * 6.5, a, font="sans4", size_pt=6.5, color=GREY)
            c.text(64, 23.7 + k * 6.5, b[:44], font="sans4", size_pt=8, bold=True)
        basis = ("Établie sur déclaration de l'intéressé(e), sans document." if declarative else
                 "Établie au vu de l'acte de naissance et de l'immatriculation consulaire.")
        c.text(7, 68, basis, font="sans4", size_pt=6.8)
        c.text(7, 75, f"Anvers, le {format_date(issued, 'dots', 'fr')}", font="sans4", size_pt=7.5)
        c.text(100, 75, "Le Consul", font="sans4", size_pt=7.5)
        c.stamp(86, 77, [cfg["embassy"][0][:24], "CONSULAT"], rng, size_mm=20, color=(40, 60, 150))
        c.signature(98, 82, 34, 11, rng)
        sh = Sheet()
        x, y = 20, 40
        sh.image(x, y, W * 1.15, H * 1.15, c.render(300))
        index_flag(sh, rng, None, "fr")
        return [sh]

    return make


for _c in ("GIN", "MAR"):
    _lc = _c.lower()
    _register(f"birth-{_lc}-{'kaloum-registre-manuscrit-cachet-rond' if _c == 'GIN' else 'fes-volet-bleu-timbre-fiscal'}-15", "birth-certificate",
              PART, "fr", _civil14(_c, "birth"), country=_c,
              notes=("Conakry/Kaloum birth extract written by hand on the pre-printed form's dotted lines, round stamp"
                     if _c == "GIN" else "Fès arrondissement's birth extract on blue security paper, fiscal stamp, Arabic captions "
                                         "above French"))
    _register(f"marriage-{_lc}-{'kaloum-registre-manuscrit-cachet-rond' if _c == 'GIN' else 'fes-volet-bleu-timbre-fiscal'}-15",
              "marriage-certificate", PART, "fr", _civil14(_c, "marriage"), country=_c,
              notes=f"{_c} marriage extract in the same layout as the birth extract")
    _register(f"nationality-{_lc}-attestation-en-tete-armoiries-15", "nationality-certificate", PART, "fr",
              _nationality14(_c), country=_c, notes=f"{_c} certificate of nationality as numbered lines, clerk's number")
    _register(f"idcert-{_lc}-attestation-consulaire-anvers-15", "identity-certificate", PART, "fr", _idcert14(_c), country=_c,
              photo=True, notes=f"{_c} consulate (Antwerp) identity attestation, half-sheet form copied on A4, incoming-mail stamp")


# --------------------------------------------------------------------------- Türkiye: e-Devlet full register copy

def birth_tur_edevlet_vukuatli(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """The 'Nüfus Kayıt Örneği' printed at the counter of a district population directorate (İlçe Nüfus
    Müdürlüğü): the ministry's and the directorate's names centred, the person's data as a key/value list in Turkish
    only, the events ('Olaylar') in a small table, the official's name, signature and the directorate's round wet
    stamp at the foot, and the seal's number."""
    issued = _when(rng, issue_date, 10, 300)
    sh = Sheet()
    f = "sans6"
    ilce = rng.choice([("KAYSERİ", "MELİKGAZİ"), ("KONYA", "SELÇUKLU"), ("ESKİŞEHİR", "TEPEBAŞI"), ("SİVAS", "MERKEZ")])
    f = "serif3"
    sh.text(105, 10, "T.C.", font=f, size_pt=10, bold=True, anchor="center")
    sh.text(105, 15, "İÇİŞLERİ BAKANLIĞI", font=f, size_pt=9.5, anchor="center")
    sh.text(105, 20, "Nüfus ve Vatandaşlık İşleri Genel Müdürlüğü", font=f, size_pt=9, anchor="center")
    sh.text(105, 25, f"{ilce[1].title()} İlçe Nüfus Müdürlüğü", font=f, size_pt=9, anchor="center")
    sh.text(105, 36, "NÜFUS KAYIT ÖRNEĞİ", font=f, size_pt=14, bold=True, anchor="center")
    fa, mo = _parents(person, father, mother)
    rows = [("T.C. Kimlik No", _digits(rng, 11)), ("Soyadı", person.surname.upper()), ("Adı", person.given_names.upper()),
            ("Baba Adı", fa.split(" ")[0].upper()), ("Ana Adı", mo.split(" ")[0].upper()),
            ("Doğum Yeri", person.birth_place.upper()), ("Doğum Tarihi", format_date(person.birth_date, "dots", "nl")),
            ("Cinsiyeti", "KADIN" if person.sex == "F" else "ERKEK"), ("Medeni Hali", "BEKAR"),
            ("İl / İlçe", f"{ilce[0]} / {ilce[1]}"), ("Cilt / Hane / Sıra", f"{rng.randint(10, 180)} / "
                                                                       f"{rng.randint(1, 400)} / {rng.randint(1, 40)}")]
    y = 48
    for a, b in rows:
        sh.text(24, y, a, font=f, size_pt=9.5, color=GREY)
        sh.text(80, y, ":  " + b, font=f, size_pt=10.5)
        y += 6.5
    y += 6
    sh.text(24, y, "OLAYLAR", font=f, size_pt=10, bold=True)
    y += 6
    tescil = act_date or (person.birth_date + datetime.timedelta(days=rng.randint(10, 60)))
    for a, b in (("Doğum", format_date(person.birth_date, "dots", "nl")),
                 ("Tescil", format_date(tescil, "dots", "nl"))):
        sh.rect(24, y, 60, 7, width_mm=0.2)
        sh.rect(84, y, 60, 7, width_mm=0.2)
        sh.text(26, y + 1.6, a, font=f, size_pt=9.5)
        sh.text(86, y + 1.6, b, font=f, size_pt=9.5)
        y += 7
    y += 14
    sh.text(24, y, f"Düzenleme tarihi: {format_date(issued, 'dots', 'nl')}", font=f, size_pt=10)
    sh.text(130, y, "Nüfus Memuru", font=f, size_pt=10)
    sh.text(130, y + 5, rng.choice(["Ayşe KARA", "Mehmet DEMİR", "Fatma ÖZTÜRK", "Hasan ÇELİK"]), font=f, size_pt=10)
    sh.stamp(118, y + 8, ["T.C. İÇİŞLERİ BAKANLIĞI", ilce[1], "NÜFUS MÜDÜRLÜĞÜ"], rng, size_mm=32,
             color=(60, 60, 160))
    sh.signature(134, y + 14, 36, 12, rng)
    sh.text(24, y + 20, f"Mühür No: {_digits(rng, 5)}", font=f, size_pt=8.5, color=GREY)
    return [sh]


_register("birth-tur-ilce-nufus-mudurlugu-gise-islak-muhur-15", "birth-certificate", PART, "tr", birth_tur_edevlet_vukuatli,
          country="TUR", notes="Turkish district directorate's register copy printed at the counter, wet stamp")


# --------------------------------------------------------------------------- Brussels: bilingual DABS extract, QR

def _be_brussels(kind: str):
    def make(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, spouse=None,
             marriage_date=None, **opts):
        """Voeren/Fourons' extract from the federal civil-status database, printed at the counter: the Dutch
        caption with the French under it in italics, the marginal notes' row, signed by hand by the registrar with
        the commune's stamp."""
        issued = _when(rng, issue_date, 10, 250)
        city = ("Fourons", "Voeren")
        sh = Sheet()
        f = "sans2"
        sh.text(20, 14, f"Gemeente {city[1]}", font=f, size_pt=13, bold=True)
        sh.text(20, 19.5, f"Commune de {city[0]}", font=f, size_pt=9, italic=True, color=GREY)
        sh.text(20, 24, "Dienst Burgerzaken – burgerlijke stand", font=f, size_pt=9, color=GREY)
        fa, mo = _parents(person, father, mother)
        if kind == "birth":
            title = "EXTRAIT D'ACTE DE NAISSANCE – UITTREKSEL UIT DE GEBOORTEAKTE"
            rows = [("Nom – Naam", person.surname.upper()), ("Prénoms – Voornamen", person.given_names),
                    ("Sexe – Geslacht", "F – V" if person.sex == "F" else "M – M"),
                    ("Date de naissance – Geboortedatum", format_date(person.birth_date, "dots", "fr")),
                    ("Lieu – Plaats", person.birth_place), ("Parent 1 – Ouder 1", fa), ("Parent 2 – Ouder 2", mo)]
            ref = act_date or person.birth_date
        else:
            title = "EXTRAIT D'ACTE DE MARIAGE – UITTREKSEL UIT DE HUWELIJKSAKTE"
            ref = marriage_date or (issued - datetime.timedelta(days=rng.randint(400, 2500)))
            rows = [("Date du mariage – Huwelijksdatum", format_date(ref, "dots", "fr")),
                    ("Lieu – Plaats", city[0]),
                    ("Conjoint 1 – Echtgenoot 1", f"{person.surname.upper()} {person.given_names}"),
                    ("né(e) le – geboren op", f"{format_date(person.birth_date, 'dots', 'fr')}, {person.birth_place}")]
            if spouse is not None:
                rows += [("Conjoint 2 – Echtgenoot 2", f"{spouse.surname.upper()} {spouse.given_names}"),
                         ("né(e) le – geboren op", f"{format_date(spouse.birth_date, 'dots', 'fr')}, "
                                                   f"{spouse.birth_place}")]
        # Voeren is a Dutch-language commune with facilities for French speakers: the Dutch caption first, the
        # French under it in italics; printed at the counter from the DABS and signed there by hand
        sh.text(20, 34, title.split(" – ")[1], font=f, size_pt=11.5, bold=True)
        sh.text(20, 39.5, title.split(" – ")[0].capitalize(), font=f, size_pt=9, italic=True, color=GREY)
        sh.text(190, 14, f"Akte nr. {ref.year}/{rng.randint(10, 999)}", font=f, size_pt=9, anchor="right")
        y = 52
        for a_, b_ in rows:
            fr_, nl_ = a_.split(" – ", 1) if " – " in a_ else (a_, a_)
            sh.text(22, y, nl_, font=f, size_pt=9.5)
            sh.text(22, y + 4, fr_, font=f, size_pt=7.5, italic=True, color=GREY)
            sh.text(95, y + 1, b_[:50], font=f, size_pt=10.5, bold=True)
            y += 11
        sh.text(22, y + 4, "Kantmeldingen", font=f, size_pt=9.5)
        sh.text(22, y + 8, "Mentions marginales", font=f, size_pt=7.5, italic=True, color=GREY)
        sh.text(95, y + 5, "geen / néant", font=f, size_pt=10.5)
        y += 22
        sh.text(22, y, f"Voeren, {format_date(issued, 'long', 'nl')}", font=f, size_pt=10.5)
        sh.text(120, y, "De ambtenaar van de burgerlijke stand,", font=f, size_pt=9.5)
        sh.text(120, y + 4.5, "L'officier de l'état civil,", font=f, size_pt=8, italic=True, color=GREY)
        sh.signature(124, y + 9, 40, 13, rng)
        sh.stamp(100, y + 6, ["GEMEENTE VOEREN", "BURGERZAKEN"], rng, size_mm=26, color=(40, 60, 150))
        return [sh]

    return make


_register("birth-be-voeren-fourons-faciliteiten-15", "birth-certificate", PART, "fr/nl", _be_brussels("birth"),
          country="BEL", notes="Voeren/Fourons (commune with language facilities) DABS birth extract, Dutch captions with French under them, signed at the counter")
_register("marriage-be-voeren-fourons-faciliteiten-15", "marriage-certificate", PART, "fr/nl", _be_brussels("marriage"),
          country="BEL", notes="Voeren/Fourons (commune with language facilities) DABS marriage extract, Dutch captions with French under them, signed")


# --------------------------------------------------------------------------- sworn translations

def _translation14(where: str):
    def make(person, rng, *, issue_date=None, of_type="birth-certificate", source_lang=None, **opts):
        issued = _when(rng, issue_date, 5, 60)
        src = _SRC10.get(source_lang or "tr", (source_lang or "tr", source_lang or "tr"))
        sh = Sheet()
        data = [("Familienaam", person.surname.upper()), ("Voornaam", person.given_names),
                ("Naam van de vader", person.father or "-"), ("Naam van de moeder", person.mother or "-"),
                ("Geboorteplaats", person.birth_place),
                ("Geboortedatum", format_date(person.birth_date, "long", "nl")),
                ("Geslacht", "vrouwelijk" if person.sex == "F" else "mannelijk")]
        g, s, _ = make_professional(rng, "BE" if where == "mechelen" else "NL")
        if where == "mechelen":
            f = "serif7"
            sh.text(105, 14, f"{g} {s}", font=f, size_pt=12, anchor="center")
            sh.text(105, 20, f"beëdigd vertaler {src[1]} – Nederlands · Tongeren", font=f, size_pt=8.5,
                    anchor="center", color=GREY)
            sh.rule(40, 24, 170, 24, width_mm=0.2)
            sh.text(20, 36, f"Vertaling uit het {src[1]} van een uittreksel uit het bevolkingsregister", font=f,
                    size_pt=10.5, bold=True)
            y = 48
            src_caps = (["Soyadı", "Adı", "Baba Adı", "Ana Adı", "Doğum Yeri", "Doğum Tarihi", "Cinsiyeti"]
                        if (source_lang or "tr") == "tr" else [""] * len(data))
            for (a, b), sc in zip(data, src_caps):
                sh.text(20, y, f"{a} [{sc}]:" if sc else f"{a}:", font=f, size_pt=10)
                sh.text(100, y, b, font=f, size_pt=10.5)
                y += 7.5
            y = sh.paragraph(20, y + 8, 170, "Ik, ondergetekende, beëdigd vertaler bij de rechtbank van eerste aanleg "
                             "Limburg, afdeling Tongeren, verklaar dat deze vertaling volledig en getrouw "
                             "overeenstemt met het mij voorgelegde stuk.", font=f, size_pt=10, leading=1.5)
            sh.text(20, y + 8, f"Tongeren, {format_date(issued, 'long', 'nl')}", font=f, size_pt=10.5)
            sh.signature(24, y + 12, 40, 13, rng)
            sh.text(150, 30, "ne varietur", font="hand3", size_pt=12, color=(30, 40, 120))
            sh.rect(172, 40, 18, 22, width_mm=0.3, fill=(236, 226, 200))
            sh.text(181, 45, "FISCALE", font="sans4", size_pt=4.5, anchor="center", color=(110, 90, 40))
            sh.text(181, 50, "ZEGEL", font="sans4", size_pt=4.5, anchor="center", color=(110, 90, 40))
            sh.text(181, 55, "€ 10", font="sans4", size_pt=8, bold=True, anchor="center", color=(110, 90, 40))
            sh.stamp(120, y + 6, ["BEËDIGD VERTALER", s.upper()[:18], "TONGEREN"], rng, size_mm=28,
                     color=(40, 60, 150))
            return [sh]
        f = "sans5"
        sh.text(20, 14, f"Vertaalbureau {s}", font=f, size_pt=12, bold=True, color=(120, 40, 40))
        sh.text(20, 20, f"{g} {s}, beëdigd vertaler {src[1]} (Wbtv {_digits(rng, 5)}) · Delft", font=f,
                size_pt=8.5, color=GREY)
        sh.text(20, 34, f"BEËDIGDE VERTALING – {src[1].upper()} > NEDERLANDS", font=f, size_pt=11, bold=True)
        y = 46
        for a, b in data:
            sh.text(24, y, f"{a}:", font=f, size_pt=10)
            sh.text(80, y, b, font=f, size_pt=10.5)
            y += 7
        sh.rule(20, y + 6, 190, y + 6, width_mm=0.3, color=(120, 40, 40))
        sh.paragraph(24, y + 9, 162, "Verklaring: ondergetekende, beëdigd vertaler, verklaart dat deze vertaling "
                     "een getrouwe en volledige weergave is van het aangehechte brondocument, dat door mij is "
                     "voorzien van mijn stempel.", font=f, size_pt=9.5, leading=1.45)
        sh.text(20, y + 46, f"Delft, {format_date(issued, 'dashes_zero', 'nl')}", font=f, size_pt=10)
        sh.signature(24, y + 50, 38, 12, rng)
        sh.stamp(120, y + 42, ["BEËDIGD VERTALER", s.upper()[:16], "DELFT"], rng, size_mm=28,
                 color=(120, 40, 40))
        sh.rule(20, 280, 190, 280, width_mm=0.2, color=GREY)
        sh.text(105, 282, f"Register beëdigde tolken en vertalers nr. {_digits(rng, 5)} · KvK {_digits(rng, 8)} · "
                f"Delft", font=f, size_pt=7.5, anchor="center", color=GREY)
        return [sh]

    return make


# the Belgian one first: 9ter takes the part's first translation family, the IND the Dutch (NLD) one
_register("translation-be-tongeren-ne-varietur-plakzegel", "translation", PART, "nl", _translation14("mechelen"),
          country="BEL", notes="Tongeren sworn translator, source captions in brackets, ne varietur, fiscal stamp")
_register("translation-nl-delft-voetstempel-registratienr", "translation", PART, "nl", _translation14("maastricht"),
          country="NLD", notes="Delft sworn translator, register number in the footer line")
