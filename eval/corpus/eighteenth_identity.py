"""Identity and civil-status families of the `eighteenth` part (registered in identity.FAMILIES).

Written after dev, heldout and the parts fresh to seventeenth had been read, by a writer who saw neither the validator
nor its output.  Passports of Morocco, the DR Congo, Türkiye, Suriname, Afghanistan, Syria, Guinea, Cameroon, Armenia,
Russia and Iraq whose polycarbonate data pages have the laser-engraved grey photo at the LEFT under a diagonal
holographic band, the captions in the national language and English side by side in small capitals over each value,
the dates in the short form '12 MAR 88' and the personal number printed vertically along the right edge; the data page
copied alone, then the copy kept folded in the client's pocket and flattened again (creases across it), the number and
the expiry underlined in pencil with a tick by the lawyer, and a strip of clear tape over a torn top edge.  A Moroccan
CNIE and a Dutch residence document copied side by side across the top of a landscape sheet.  A Labé commune's extracts
typed on the ledger-style form with the acts' columns; an Oujda 'extrait d'acte de naissance' printed from the
e-civil-status software with a bilingual grid and the cachet humide; Türkiye's multilingual extract (Formül A) with an
apostille stamped on the back; Kraainem's DABS extracts (a Dutch-language commune with facilities: both languages in
two columns).  Guinean and Moroccan certificates of nationality on the court's pre-printed form on pale blue paper with
the blanks typed on a typewriter; identity attestations of the Guinean embassy and the Moroccan consulate general in
Brussels as A4 letters with the photo stapled on; sworn translations from Hasselt and 's-Hertogenbosch.  Copy habits:
``scanner_app`` (kept as the name) is now the creases of a copy that was folded and crumpled, ``index_flag`` (kept as
the name) a strip of clear tape over a tear, ``highlight`` a pencil underline with a tick, ``phone_print`` a copy on
pale coloured recycled paper.  Same calling convention as identity.py.
"""
from __future__ import annotations

import datetime
import random

from PIL import Image

from . import mrz as M
from .fresh_identity import nl_permit_data
from .identity import TODAY, _dates, _digits, _mrz_data, _register, _when
from .ninth_identity import hand_safe
from .paper import Sheet, text_width_mm
from .people import country_name, format_date, make_professional, strip_accents
from .tenth_identity import _SRC10

PART = "eighteenth"
GREY = (95, 95, 95)
BLUE_INK = (25, 40, 130)

# --------------------------------------------------------------------------- copy habits (new in this part)


def scanner_app(img: Image.Image, rng: random.Random, dpi: int = 200) -> Sheet:
    """A copy the client had kept folded in a pocket and flattened again before the office copied it once more: a few
    long creases run across the sheet, each a thin dark line with a light line beside it where the paper's ridge caught
    the copier's lamp, and a faint grey mottling between them."""
    w, h = img.size
    from PIL import ImageDraw as _D, ImageFilter as _F
    g = img.convert("RGB")
    dark = Image.new("L", (w, h), 0)
    lite = Image.new("L", (w, h), 0)
    dd, dl = _D.Draw(dark), _D.Draw(lite)
    lines = [((0, h * rng.uniform(0.30, 0.36)), (w, h * rng.uniform(0.31, 0.37))),
             ((0, h * rng.uniform(0.64, 0.70)), (w, h * rng.uniform(0.63, 0.69)))]
    for _ in range(rng.randint(3, 5)):
        x0, y0 = rng.uniform(0, w), rng.uniform(0, h)
        ang = rng.uniform(0, 3.1416)
        import math
        L = rng.uniform(0.25, 0.6) * w
        lines.append(((x0, y0), (x0 + L * math.cos(ang), y0 + L * math.sin(ang))))
    for (x0, y0), (x1, y1) in lines:
        pts = [(x0 + (x1 - x0) * t / 6 + rng.uniform(-6, 6), y0 + (y1 - y0) * t / 6 + rng.uniform(-6, 6))
               for t in range(7)]
        dd.line(pts, fill=rng.choice([90, 110, 130]), width=max(1, w // 900))
        dl.line([(x + 3, y + 3) for x, y in pts], fill=120, width=max(2, w // 500))
    dark = dark.filter(_F.GaussianBlur(1.2))
    lite = lite.filter(_F.GaussianBlur(2.5))
    g = Image.composite(Image.new("RGB", (w, h), (70, 70, 72)), g, dark)
    g = Image.composite(Image.new("RGB", (w, h), (255, 255, 255)), g, lite)
    sh = Sheet()
    sh.image(0, 0, 210, 297, g)
    return sh


def phone_print(img: Image.Image, rng: random.Random) -> Sheet:
    """The office's copier loaded with pale coloured recycled paper that day (yellow, pink or green): the whole page
    takes the tint and the paper's fibres show as faint specks."""
    w, h = img.size
    tint = rng.choice([(252, 245, 200), (250, 226, 232), (226, 244, 226)])
    g = img.convert("RGB")
    from PIL import ImageChops as _C
    g = _C.multiply(g, Image.new("RGB", (w, h), tint))
    sh = Sheet()
    sh.image(0, 0, 210, 297, g)
    return sh


def highlight(sh: Sheet, x: float, y: float, w: float, h: float, rng: random.Random) -> None:
    """The lawyer's check in pencil: a soft grey line drawn freehand under the number or the date (a little longer
    than the text, not quite straight) and a small tick at its right end."""
    col = rng.choice([(120, 120, 125), (105, 105, 110), (135, 135, 140)])
    yy = y + h + 0.3
    k = 0.0
    for i in range(6):
        x0 = x - 1 + (w + 2) * i / 6
        x1 = x - 1 + (w + 2) * (i + 1) / 6
        k2 = rng.uniform(-0.35, 0.35)
        sh.rule(x0, yy + k, x1, yy + k2, width_mm=0.28, color=col)
        k = k2
    tx = x + w + 2.5
    sh.rule(tx, yy - 1.5, tx + 1.2, yy + 0.2, width_mm=0.3, color=col)
    sh.rule(tx + 1.2, yy + 0.2, tx + 4.0, yy - 3.8, width_mm=0.3, color=col)


def index_flag(sh: Sheet, rng: random.Random, label: str | None = None, lang: str = "nl") -> None:
    """The original had a torn top edge that someone mended with clear adhesive tape before it was copied: a slanted
    strip a little shinier and yellower than the paper, its cut ends jagged, and the tear's fine dark line under it.
    It lies in the top margin only."""
    x = rng.uniform(70, 130)
    y = rng.uniform(2, 6)
    w, h = rng.uniform(38, 55), rng.uniform(11, 14)
    W, H = max(1, int(w * 12)), max(1, int(h * 12))
    m = Image.new("L", (W, H), 0)
    from PIL import ImageDraw as _D
    d = _D.Draw(m)
    pts = [(0, 0)] + [(int(W * (i / 8)), int(rng.uniform(0, 6))) for i in range(1, 8)] + [(W, 0), (W, H)] + \
          [(int(W * (i / 8)), H - int(rng.uniform(0, 6))) for i in range(7, 0, -1)] + [(0, H)]
    d.polygon(pts, fill=120)
    img = Image.new("RGBA", (W, H), (235, 228, 190, 0))
    img.putalpha(m)
    sh.image(x, y, w, h, img, blend="multiply")
    tx = x + w * rng.uniform(0.3, 0.6)
    sh.rule(tx, 0, tx + rng.uniform(-2, 2), y + h * 0.7, width_mm=0.15, color=(90, 90, 90))
    sh.rule(x + 1, y + 0.6, x + w - 1, y + 0.6, width_mm=0.1, color=(205, 205, 205))


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
    """The short form these data pages print: day, the month's English abbreviation and two digits of the year
    ('07 APR 88'), the national abbreviation before it when it differs ('07 AVR/APR 88')."""
    en = _MON["en"][d.month - 1]
    loc = _MON[lang][d.month - 1]
    return f"{d.day:02d} {loc}/{en} {d.year % 100:02d}" if loc != en else f"{d.day:02d} {en} {d.year % 100:02d}"


def _data_page14(code: str, person, rng, number, issue, expiry, lines) -> Sheet:
    """The polycarbonate data page as this part's issuers print it: the laser-engraved photo in grey at the LEFT with
    a diagonal holographic band (the state's initials repeated) across it, the state's name in small capitals along
    the top, the fields in a grid at the right of the photo, each caption in small capitals in the national language
    and English side by side ('NOM  SURNAME') over its value, the dates in the short form ('07 APR 88'), the document
    number at the top right in black, and the personal number printed vertically along the right edge."""
    state, lang, _n, auth, col, nat = _PP14[code]
    cap = _CAP14.get(lang)
    W, H = 125.0, 88.0
    s = Sheet(W, H)
    s.rect(0, 0, W, H, width_mm=0, fill=(242, 244, 240))
    tint = tuple(min(255, 215 + v // 6) for v in col)
    for k in range(0, 90, 3):
        s.rule(0, k, W, k + 1.5, width_mm=0.05, color=tint)
    s.text(4, 2.5, state, font="sans4", size_pt=6.0, bold=True, color=col)
    word = {"fr": "PASSEPORT  PASSPORT", "nl": "PASPOORT  PASSPORT", "tr": "PASAPORT  PASSPORT",
            "ru": "ПАСПОРТ  PASSPORT"}.get(lang, "PASSPORT")
    s.text(4, 6.3, word, font="sans4", size_pt=4.6, color=(90, 90, 95))
    ph = Sheet(30, 38)
    ph.photo(0, 0, 30, 38, rng)
    s.image(4, 12, 30, 38, ph.render(200).convert("L").convert("RGB"))
    holo = Sheet(34, 42)
    for j in range(9):
        holo.text(-4 + (j % 3) * 12, j * 4.6, code * 2, font="sans4", size_pt=5, color=(215, 195, 235))
    s.image(2, 10, 34, 42, holo.render(150).rotate(28, fillcolor=(255, 255, 255)).convert("RGBA"), blend="multiply")
    s.signature(6, 52, 26, 7, rng, color=(40, 40, 50))
    s.text(W - 9, 3, number, font="sans4", size_pt=7.5, bold=True, anchor="right", color=(20, 20, 20))
    vals = ["P", code, number, person.surname.upper(), person.given_names.upper(), nat,
            _bidate(person.birth_date, lang if lang in _MON else "en"), person.sex,
            strip_accents(person.birth_place).upper(), _bidate(issue, lang if lang in _MON else "en"),
            _bidate(expiry, lang if lang in _MON else "en"), auth]
    pos = [(0, 38, 11), (1, 52, 11), (2, 70, 11), (3, 38, 19), (4, 38, 27), (5, 38, 35), (7, 92, 35), (6, 38, 43),
           (8, 74, 43), (9, 38, 51), (10, 74, 51), (11, 38, 59)]
    for idx, x, y in pos:
        lab = _CAPEN[idx].upper() if cap is None or cap[idx] == _CAPEN[idx] else f"{cap[idx].upper()}  {_CAPEN[idx].upper()}"
        s.text(x, y, lab[:34], font="sans4", size_pt=2.9, color=(95, 95, 110))
        val = vals[idx]
        vs = 6.2
        lim = (W - 12 - x) if idx not in (0, 1, 6, 8, 9) else 34
        while vs > 4.0 and text_width_mm(val, "sans4", vs, bold=True) > lim:
            vs -= 0.3
        s.text(x, y + 1.5, val, font="sans4", size_pt=vs, bold=True, color=(20, 20, 25))
    pn = Sheet(58, 5)
    pn.text(0, 0.4, _digits(rng, 11), font="mono2", size_pt=8, color=(60, 60, 60))
    s.image(W - 7, 8, 5, 58, pn.render(300).rotate(90, expand=True))
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
        # the data page alone, copied enlarged in the upper half of the sheet with the booklet's edge showing; the
        # lawyer underlined the number and the expiry date in pencil and ticked them; the original's torn top edge
        # had been mended with tape; then the copy lived folded in the client's pocket and was copied once more
        canvas = Sheet()
        k_ = 1.35
        x, y = rng.uniform(18, 26), rng.uniform(28, 40)
        canvas.rect(x - 2, y - 2, 125 * k_ + 4, 88 * k_ + 4, width_mm=0, fill=(120, 40, 45) if code != "SUR" else
                    (40, 60, 110))
        canvas.image(x, y, 125 * k_, 88 * k_, page.render(300))
        nw = text_width_mm(number, "sans4", 7.5, bold=True)
        highlight(canvas, x + (125 - 9 - nw) * k_, y + 3 * k_, nw * k_, 2.6 * k_, rng)
        highlight(canvas, x + 74 * k_, y + 52.6 * k_, 20 * k_, 2.6 * k_, rng)
        index_flag(canvas, rng, None, "nl" if cfg[1] == "nl" else "fr")
        if annotate:
            canvas.handwriting(22, 286 - 8, hand_safe(annotate), rng, size_pt=12)
        return [scanner_app(canvas.render(200), rng)]

    return make


for _code in ("MAR", "COD", "TUR", "SUR", "AFG", "SYR", "GIN", "CMR", "ARM", "RUS", "IRQ"):
    _register(f"passport-td3-{_code.lower()}-polycarbonaat-grijsfoto-links-hologram-kreukels-plakband-18", "identity-document", PART,
              {"fr": "fr/en", "nl": "nl/en", "tr": "tr/en", "ru": "ru/en", "en": "en"}[_PP14[_code][1]],
              _passport14(_code), country=_code, mrz="TD3", photo=True,
              notes=f"{_code} passport, polycarbonate data page with the grey engraved photo left under a "
                    f"holographic band, bilingual small-capital captions, dates '07 APR 88', personal number vertical; "
                    f"the data page copied alone, creased copy, pencil underlines with ticks, tape over a torn edge")


# --------------------------------------------------------------------------- Moroccan CNIE at actual size

def idcard_mar_enlarged(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None,
                        **opts):
    """Morocco's CNIE (TD1) copied at actual size, front above back in the middle of the sheet, the number
    highlighted in yellow and the office's red numbering stamp in the margin."""
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
    # copied enlarged 125 % on the office's pale coloured paper, the front at the top left and the back lower down at
    # the right (laid on the glass one after the other), the card's number underlined in pencil with a tick
    sh = Sheet()
    k_ = 1.25
    spots = [(rng.uniform(16, 24), rng.uniform(30, 40)), (rng.uniform(84, 92), rng.uniform(150, 165))]
    for (x0, y0), card in zip(spots, (f, b)):
        img = card.render(300).rotate(rng.uniform(-2.0, 2.0), resample=Image.BICUBIC, expand=True,
                                      fillcolor=(255, 255, 255))
        sh.image(x0, y0, 86.5 * k_, 86.5 * k_ * img.size[1] / img.size[0], img)
    highlight(sh, spots[0][0] + 3 * k_, spots[0][1] + 46.5 * k_, 22 * k_, 3.2 * k_, rng)
    if opts.get("annotate"):
        sh.handwriting(22, 278, hand_safe(opts["annotate"]), rng, size_pt=12)
    return [phone_print(sh.render(200), rng)]


_register("idcard-td1-mar-cnie-125pct-schuin-verspringend-gekleurd-papier-18", "identity-document", PART, "fr", idcard_mar_enlarged,
          country="MAR", mrz="TD1", photo=True, notes="Moroccan CNIE enlarged 125 %, front top left and back lower right, on pale coloured paper, number underlined in pencil")


# --------------------------------------------------------------------------- Dutch residence document, front above back

def permit_nl_actual_size(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None,
                          purpose=None, v_number=None, **opts):
    """A Dutch residence document copied in colour at actual size, front above back in the middle of the sheet, the
    V-number on the back highlighted and the office's numbering stamp in the margin."""
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
    # laid on the glass one after the other and copied enlarged 125 % on pale coloured paper: the front at the top
    # left, the back lower down at the right; the V-number on the back underlined in pencil with a tick
    sh = Sheet()
    k_ = 1.25
    spots = [(rng.uniform(16, 24), rng.uniform(30, 40)), (rng.uniform(84, 92), rng.uniform(150, 165))]
    for (x0, y0), card in zip(spots, (f, b)):
        img = card.render(300).rotate(rng.uniform(-1.5, 1.5), resample=Image.BICUBIC, expand=True,
                                      fillcolor=(255, 255, 255))
        sh.image(x0, y0, 86.5 * k_, 86.5 * k_ * img.size[1] / img.size[0], img)
    highlight(sh, spots[1][0] + 30 * k_, spots[1][1] + (2 + 2 * 6.6 + 0.6) * k_, 24 * k_, 2.6 * k_, rng)
    if opts.get("annotate"):
        sh.handwriting(22, 278, hand_safe(opts["annotate"]), rng, size_pt=12)
    return [phone_print(sh.render(200), rng)]


_register("permit-nl-verblijfsdocument-125pct-verspringend-gekleurd-papier-potlood-18", "identity-document", PART, "nl",
          permit_nl_actual_size, country="NLD", mrz="TD1", photo=True,
          notes="Dutch residence document enlarged 125 %, front top left and back lower right, pale coloured paper, V-number underlined in pencil")


# --------------------------------------------------------------------------- civil status: Guinea and Morocco

_CIV14 = {
    "GIN": dict(state="RÉPUBLIQUE DE GUINÉE", motto="Travail – Justice – Solidarité", office="COMMUNE URBAINE DE LABÉ",
                region="RÉGION ADMINISTRATIVE DE LABÉ", city="Labé", adj="guinéen", soft="",
                court="TRIBUNAL DE PREMIÈRE INSTANCE DE LABÉ", judge="Le Président du Tribunal",
                law="le Code civil guinéen (Livre I, Titre II, De la nationalité)",
                embassy=["AMBASSADE DE LA RÉPUBLIQUE DE GUINÉE", "Service consulaire – Avenue de la Couronne 108",
                         "1050 Bruxelles"]),
    "MAR": dict(state="ROYAUME DU MAROC", motto="", office="COMMUNE D'OUJDA", region="PRÉFECTURE D'OUJDA-ANGAD",
                city="Oujda", adj="marocain", soft="",
                court="TRIBUNAL DE PREMIÈRE INSTANCE D'OUJDA", judge="Le Président du Tribunal",
                law="le Code de la nationalité marocaine (dahir n° 1-58-250)",
                embassy=["CONSULAT GÉNÉRAL DU ROYAUME DU MAROC", "Service de l'état civil et de l'immatriculation",
                         "1050 Bruxelles"]),
}


def _parents(person, father, mother):
    return father or person.father or "-", mother or person.mother or "-"


def _civil14(code: str, kind: str):
    cfg = _CIV14[code]

    def make(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, spouse=None,
             marriage_date=None, **opts):
        """Guinea (Labé): the extract typed on the commune's register-style form (the act's number, year and
        volume in a row of cells, then caption and value in two ruled columns), the fiscal stamp at the foot
        cancelled by a date stamp.  Morocco (Oujda): an A5 extract typed with French captions at the left and Arabic
        ones at the right, copied on A4 with the lower half empty."""
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
            # Labé: the extract copied out by hand-typing from the register onto the commune's register-style form:
            # the page ruled in columns as the register itself is (N° de l'acte | Date de l'acte | then the
            # captions in a narrow left column and the values in a wide one), the register's volume written in the
            # margin, the revenue stamp of 5 000 GNF glued at the foot beside the signature and cancelled by a
            # rectangular date stamp; a carbon-blue typewriter ribbon
            f = "sans4"
            ink = (35, 40, 95)
            sh.rect(0, 0, 210, 297, width_mm=0, fill=(246, 244, 236))
            sh.text(105, 10, cfg["state"], font=f, size_pt=10.5, bold=True, anchor="center")
            sh.text(105, 15, cfg["motto"], font=f, size_pt=7.5, italic=True, anchor="center", color=GREY)
            sh.rule(85, 18.5, 125, 18.5, width_mm=0.3)
            sh.text(20, 24, "MINISTÈRE DE L'ADMINISTRATION DU TERRITOIRE ET DE LA DÉCENTRALISATION", font=f,
                    size_pt=7, color=GREY)
            sh.text(20, 28.5, cfg["region"] + "  ·  PRÉFECTURE DE LABÉ", font=f, size_pt=8)
            sh.text(20, 33, cfg["office"] + " – Service de l'état civil", font=f, size_pt=8)
            sh.rect(20, 40, 170, 10, width_mm=0.5)
            sh.text(105, 42.2, title, font=f, size_pt=12.5, bold=True, anchor="center")
            vol = rng.randint(1, 6)
            no = rng.randint(10, 2999)
            sh.rect(20, 54, 170, 12, width_mm=0.3)
            sh.rule(75, 54, 75, 66, width_mm=0.3)
            sh.rule(130, 54, 130, 66, width_mm=0.3)
            for x_, cap_, val_ in ((22, "N° DE L'ACTE", str(no)), (77, "ANNÉE DU REGISTRE", str(act.year)),
                                   (132, "VOLUME / FEUILLET", f"{vol} / {rng.randint(1, 99)}")):
                sh.text(x_, 55, cap_, font=f, size_pt=6, color=GREY)
                sh.text(x_ + 2, 59.5, val_, font="typewriter", size_pt=11, color=ink)
            y = 70
            sh.rule(68, y, 68, y + 11 * len(rows), width_mm=0.3)
            for a_, b_ in rows:
                sh.rect(20, y, 170, 11, width_mm=0.3, color=(70, 70, 70))
                sh.text(22, y + 3.3, a_, font=f, size_pt=8.5, color=(60, 60, 60))
                sh.text(71, y + 2.6, b_[:58], font="typewriter", size_pt=11, color=ink)
                y += 11
            sh.text(20, y + 6, "Mentions marginales : néant.", font=f, size_pt=9)
            sh.text(20, y + 13, f"Certifié conforme au registre, Labé, le {format_date(issued, 'dots', 'fr')}",
                    font=f, size_pt=9.5)
            sh.text(122, y + 24, "L'Officier de l'état civil délégué", font=f, size_pt=9.5)
            sh.signature(126, y + 29, 42, 14, rng, color=BLUE_INK)
            sh.stamp(112, y + 26, ["COMMUNE URBAINE DE LABÉ", "ÉTAT CIVIL", "LABÉ"], rng, size_mm=30,
                     color=(60, 60, 150))
            sh.text(122, y + 46, rng.choice(["Thierno Oumar DIALLO", "Mariama Dalanda BARRY", "Alpha Amadou SOW",
                                             "Kadiatou BALDÉ", "Elhadj Mamadou BAH"]), font=f, size_pt=9)
            sh.rect(24, y + 26, 24, 28, width_mm=0.2, fill=(222, 205, 178), color=(150, 110, 80))
            sh.text(36, y + 29, "TIMBRE FISCAL", font=f, size_pt=5.2, anchor="center", color=(110, 60, 40))
            sh.text(36, y + 36, "5 000", font=f, size_pt=11, bold=True, anchor="center", color=(110, 60, 40))
            sh.text(36, y + 43, "GNF", font=f, size_pt=7, anchor="center", color=(110, 60, 40))
            sh.rect(30, y + 38, 34, 9, width_mm=0.5, color=(150, 60, 90))
            sh.text(47, y + 39.6, f"ANNULÉ {format_date(issued, 'dots', 'fr')}", font=f, size_pt=6.5, bold=True,
                    anchor="center", color=(150, 60, 90))
            sh.handwriting(6, 120, f"Vol. {vol}", rng, size_pt=10, color=(70, 70, 70), font="hand2")
        else:
            # Oujda: an A5 extract (the commune's half-sheet form), typed, French at the left and the Arabic caption
            # at the right of each line, copied on A4 so that the lower half of the copy is empty; the round stamp
            # over the officer's signature, the fiscal stamp of 20 DH in the corner
            f = "serif2"
            a5 = Sheet(148, 210)
            a5.rect(0, 0, 148, 210, width_mm=0, fill=(250, 249, 244))
            a5.text(74, 6, cfg["state"], font=f, size_pt=9.5, bold=True, anchor="center")
            a5.text(74, 11, "المملكة المغربية", font="sans3", size_pt=9, anchor="center")
            a5.text(8, 17, cfg["region"], font=f, size_pt=7)
            a5.text(8, 21, cfg["office"] + " – Bureau d'état civil n° " + str(rng.randint(1, 9)), font=f, size_pt=7)
            a5.rect(118, 15, 20, 22, width_mm=0.2, fill=(222, 230, 210), color=(100, 120, 90))
            a5.text(128, 22, "20 DH", font=f, size_pt=8, bold=True, anchor="center", color=(70, 90, 60))
            a5.text(74, 42, title, font=f, size_pt=10.5, bold=True, anchor="center")
            a5.text(74, 47.5, "نسخة موجزة من رسم", font="sans3", size_pt=8.5, anchor="center")
            a5.text(74, 53, f"Année {act.year} – Acte n° {rng.randint(100, 9999)}", font=f, size_pt=8, anchor="center",
                    color=GREY)
            y = 60
            for (a_, b_), r_ in zip(rows, ar):
                a5.text(8, y, a_ + " :", font=f, size_pt=7.5, color=(70, 70, 70))
                a5.text(140, y, r_, font="sans3", size_pt=7.5, anchor="right", color=(70, 70, 70))
                a5.text(40, y - 0.3, b_[:44], font="typewriter", size_pt=9)
                a5.rule(40, y + 4, 112, y + 4, width_mm=0.1, dash=0.5, color=(150, 150, 150))
                y += 8.5
            a5.text(8, y + 6, f"Oujda, le {format_date(issued, 'dots', 'fr')}", font=f, size_pt=8.5)
            a5.text(80, y + 12, "L'Officier de l'état civil", font=f, size_pt=8.5)
            a5.stamp(70, y + 14, ["COMMUNE D'OUJDA", "ÉTAT CIVIL", "OUJDA-ANGAD"], rng, size_mm=26,
                     color=(40, 60, 140))
            a5.signature(86, y + 20, 34, 11, rng)
            img = a5.render(300).rotate(rng.uniform(-1.2, 1.2), resample=Image.BICUBIC, expand=True,
                                        fillcolor=(255, 255, 255))
            sh.image(4, 3, 150, 150 * img.size[1] / img.size[0], img)
        return [sh]

    return make


def _qr(sh: Sheet, x: float, y: float, size: float, rng: random.Random) -> None:
    """A QR code's look: a 25 x 25 module grid with the three finder squares."""
    n = 25
    m = size / n
    sh.rect(x - 1, y - 1, size + 2, size + 2, width_mm=0, fill=(255, 255, 255))
    for i in range(n):
        for j in range(n):
            fz = (i < 8 and j < 8) or (i < 8 and j >= n - 8) or (i >= n - 8 and j < 8)
            if not fz and rng.random() < 0.5:
                sh.rect(x + j * m, y + i * m, m, m, width_mm=0, fill=(0, 0, 0))
    for (i0, j0) in ((0, 0), (0, n - 7), (n - 7, 0)):
        sh.rect(x + j0 * m, y + i0 * m, 7 * m, 7 * m, width_mm=0, fill=(0, 0, 0))
        sh.rect(x + (j0 + 1) * m, y + (i0 + 1) * m, 5 * m, 5 * m, width_mm=0, fill=(255, 255, 255))
        sh.rect(x + (j0 + 2) * m, y + (i0 + 2) * m, 3 * m, 3 * m, width_mm=0, fill=(0, 0, 0))


def _nationality14(code: str):
    cfg = _CIV14[code]

    def make(person, rng, *, issue_date=None, **opts):
        """A certificate of nationality on the court's pre-printed form printed on pale blue paper (the printer's form
        number at the foot): the state and court at the top left, the title in a box, the fixed text printed with
        dotted blanks, and the blanks typed in on the registry's typewriter; the chief clerk's signature over the
        court's stamp and a fiscal stamp glued at the top right."""
        issued = _when(rng, issue_date, 40, 700)
        sh = Sheet()
        sh.rect(0, 0, 210, 297, width_mm=0, fill=(226, 234, 246))
        f = "serif"
        hand = rng.choice(["hand1", "hand4"])
        sh.text(20, 12, cfg["state"], font=f, size_pt=10, bold=True)
        sh.text(20, 17, (cfg["motto"] or "Dieu – La Patrie – Le Roi"), font=f, size_pt=8, italic=True)
        sh.text(20, 23, "MINISTÈRE DE LA JUSTICE", font=f, size_pt=9)
        sh.text(20, 28, cfg["court"], font=f, size_pt=8.5)
        sh.rect(164, 10, 22, 26, width_mm=0.2, fill=(215, 225, 200), color=(100, 120, 90))
        sh.text(175, 20, "TIMBRE", font=f, size_pt=6.5, anchor="center", color=(80, 100, 70))
        sh.rect(50, 42, 110, 12, width_mm=0.5)
        sh.text(105, 45, "CERTIFICAT DE NATIONALITÉ", font=f, size_pt=13, bold=True, anchor="center")
        sh.text(22, 62, "N°", font=f, size_pt=10)
        sh.rule(30, 66, 70, 66, width_mm=0.15, dash=0.6)
        sh.text(32, 62, f"{rng.randint(100, 9999)}/{issued.year}", font="typewriter", size_pt=11, color=(40, 40, 60))
        fa, mo = _parents(person, None, None)
        rows = [("Nous, Greffier en chef du Tribunal, certifions que", None),
                ("Nom :", person.surname.upper()), ("Prénoms :", person.given_names),
                ("Né(e) le :", format_date(person.birth_date, "dots", "fr")), ("à :", person.birth_place),
                ("Fils / fille de :", fa), ("et de :", mo),
                ("est de nationalité :", _fem(cfg["adj"], person.sex).upper()),
                (f"en application de {cfg['law']}.", None)]
        y = 74
        for lab, val in rows:
            sh.text(22, y, lab, font=f, size_pt=10.5)
            if val is not None:
                x0 = 22 + text_width_mm(lab, f, 10.5) + 3
                sh.rule(x0, y + 4.3, 188, y + 4.3, width_mm=0.15, dash=0.6)
                sh.text(x0 + 2, y + 0.2, val[:52], font="typewriter", size_pt=11, color=(40, 40, 60))
            y += 9.5
        sh.text(22, y + 6, "Délivré pour servir et valoir ce que de droit.", font=f, size_pt=10)
        sh.text(110, y + 16, f"Fait à {cfg['city']}, le", font=f, size_pt=10)
        sh.text(146, y + 16, format_date(issued, "dots", "fr"), font="typewriter", size_pt=11, color=(40, 40, 60))
        sh.text(115, y + 24, "Le Greffier en chef", font=f, size_pt=10)
        sh.stamp(100, y + 27, [cfg["court"][:26], "GREFFE"], rng, size_mm=30, color=(60, 40, 120))
        sh.signature(122, y + 31, 42, 14, rng, color=BLUE_INK)
        sh.text(22, 284, f"Imprimerie nationale – Mod. J-{rng.randint(10, 40)}", font=f, size_pt=7, color=GREY)
        return [sh]

    return make


def _fem(adj: str, sex: str) -> str:
    return adj + ("ne" if adj.endswith("en") and sex == "F" else "e" if sex == "F" else "")


def _idcert14(code: str):
    cfg = _CIV14[code]

    def make(person, rng, *, issue_date=None, declarative=False, **opts):
        """A consulate's identity attestation written as an A4 letter: the state's emblem (a round device) centred
        over the mission's name, the number and date at the right, the text as prose in the first person ('Le Consul
        ... atteste que ...'), the holder's photo glued at the top right with the consulate's dry stamp biting its
        corner, the consul's signature over the round stamp; copied for the file with the office's numbering stamp."""
        issued = _when(rng, issue_date, 20, 400)
        sh = Sheet()
        f = "serif4"
        sh.rect(96, 8, 18, 18, width_mm=0.6, color=(120, 100, 40))
        sh.text(105, 13.5, "✶", font="sans3", size_pt=14, anchor="center", color=(120, 100, 40))
        sh.text(105, 30, cfg["embassy"][0], font=f, size_pt=11, bold=True, anchor="center")
        sh.text(105, 35.5, f"{cfg['embassy'][1]} – {cfg['embassy'][2]}", font=f, size_pt=8.5, anchor="center",
                color=GREY)
        sh.rule(40, 40, 170, 40, width_mm=0.3)
        sh.text(22, 48, f"N° {rng.randint(100, 9999)}/{'AMB' if code == 'GIN' else 'CG'}/{issued.year}", font=f,
                size_pt=9.5)
        sh.text(150, 48, f"Bruxelles, le {format_date(issued, 'dots', 'fr')}", font=f, size_pt=9.5, anchor="right")
        sh.photo(158, 52, 30, 38, rng)
        # the photo stapled on, not glued: the staple's two legs over its top edge
        sh.rule(163, 53.5, 175, 53.2, width_mm=0.7, color=(120, 120, 125))
        sh.rule(163, 53.9, 175, 53.6, width_mm=0.2, color=(230, 230, 230))
        sh.stamp(170, 78, ["CONSULAT", cfg["state"][:20]], rng, size_mm=18, color=(150, 150, 150))
        sh.text(22, 66, "ATTESTATION D'IDENTITÉ", font=f, size_pt=14, bold=True)
        fa, mo = _parents(person, None, None)
        basis = ("sur la seule déclaration de l'intéressé(e), qui n'a présenté aucun document" if declarative else
                 "au vu de l'acte de naissance et du registre d'immatriculation consulaire")
        txt = (f"{'L’Ambassadeur' if code == 'GIN' else 'Le Consul général'} soussigné atteste, {basis}, que "
               f"{'Madame' if person.sex == 'F' else 'Monsieur'} {person.surname.upper()} {person.given_names}, "
               f"né(e) le {format_date(person.birth_date, 'long', 'fr')} à {person.birth_place}, "
               f"{'fille' if person.sex == 'F' else 'fils'} de {fa} et de {mo}, est de nationalité "
               f"{_fem(cfg['adj'], person.sex)} et que la photographie ci-contre est bien la sienne.")
        y = sh.paragraph(22, 96, 166, txt, font=f, size_pt=11, leading=1.7)
        y = sh.paragraph(22, y + 6, 166, "La présente attestation est délivrée à l'intéressé(e) pour servir et "
                         "valoir ce que de droit.", font=f, size_pt=11, leading=1.6)
        sh.text(120, y + 14, "Le Consul" if code == "MAR" else "Pour l'Ambassadeur, le Conseiller consulaire",
                font=f, size_pt=10)
        sh.stamp(108, y + 18, [cfg["embassy"][0][:24], "BRUXELLES"], rng, size_mm=28, color=(40, 60, 150))
        sh.signature(126, y + 22, 40, 13, rng)
        index_flag(sh, rng, None, "fr")
        return [sh]

    return make


for _c in ("GIN", "MAR"):
    _lc = _c.lower()
    _register(f"birth-{_lc}-{'labe-registre-colonnes-volume-marge' if _c == 'GIN' else 'oujda-extrait-a5-bilingue-copie-a4'}-18", "birth-certificate",
              PART, "fr", _civil14(_c, "birth"), country=_c,
              notes=("Labé birth extract typed on the register-style form, act/year/volume cells, fiscal stamp at the foot"
                     if _c == "GIN" else "Oujda A5 extract, French captions left and Arabic right, copied on A4"))
    _register(f"marriage-{_lc}-{'labe-registre-colonnes-volume-marge' if _c == 'GIN' else 'oujda-extrait-a5-bilingue-copie-a4'}-18",
              "marriage-certificate", PART, "fr", _civil14(_c, "marriage"), country=_c,
              notes=f"{_c} marriage extract in the same layout as the birth extract")
    _register(f"nationality-{_lc}-formulaire-bleu-blancs-machine-a-ecrire-18", "nationality-certificate", PART, "fr",
              _nationality14(_c), country=_c, notes=f"{_c} certificate of nationality on the court's pre-printed form on pale blue paper, blanks typed on a typewriter, fiscal stamp")
    _register(f"idcert-{_lc}-attestation-mission-lettre-a4-photo-agrafee-18", "identity-certificate", PART, "fr", _idcert14(_c), country=_c,
              photo=True, notes=f"{_c} mission in Brussels: identity attestation as an A4 letter, the photo stapled on under the dry stamp, taped tear")


# --------------------------------------------------------------------------- Türkiye: multilingual extract (Formül A)

def birth_tur_edevlet_vukuatli(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Türkiye's multilingual extract of a birth record (Formül A, the CIEC convention's model): the country code 'TR'
    in a box at the top left, the title in Turkish, French, English and German, every field numbered with its
    caption in small type in those languages and the value in capitals at the right, the sex and the dates in the
    convention's codes (F/M, YYYY-MM-DD); the civil-registry office's name, the official's signature and the round
    stamp at the foot."""
    issued = _when(rng, issue_date, 10, 300)
    sh = Sheet()
    f = "sans4"
    ilce = rng.choice([("KAYSERİ", "MELİKGAZİ"), ("SİVAS", "ŞARKIŞLA"), ("EMİRDAĞ", "EMİRDAĞ"),
                       ("KONYA", "KULU")])
    sh.rect(18, 10, 14, 10, width_mm=0.5)
    sh.text(25, 11.5, "TR", font=f, size_pt=14, bold=True, anchor="center")
    sh.text(110, 10, "DOĞUM KAYDINDAN ÇOK DİLLİ ÖRNEK", font=f, size_pt=11, bold=True, anchor="center")
    for k, t in enumerate(["Extrait plurilingue d'acte de naissance", "Multilingual extract from a birth record",
                           "Mehrsprachiger Auszug aus einem Geburtseintrag"]):
        sh.text(110, 15.5 + k * 4, t, font=f, size_pt=7.5, anchor="center", color=GREY)
    sh.text(192, 10, "Formül A", font=f, size_pt=8, anchor="right")
    fa, mo = _parents(person, father, mother)
    tescil = act_date or (person.birth_date + datetime.timedelta(days=rng.randint(10, 60)))
    rows = [("1", "Düzenleyen makam · Autorité · Issuing authority", f"{ilce[1]} İLÇE NÜFUS MÜDÜRLÜĞÜ / {ilce[0]}"),
            ("2", "Doğum tarihi · Date de naissance · Date of birth", person.birth_date.isoformat()),
            ("3", "Doğum yeri · Lieu de naissance · Place of birth", strip_accents(person.birth_place).upper()),
            ("4", "Cinsiyet · Sexe · Sex", person.sex),
            ("5", "Soyadı · Nom · Surname", person.surname.upper()),
            ("6", "Adı · Prénoms · Forenames", person.given_names.upper()),
            ("7", "Babanın adı · Père · Father", fa.upper()),
            ("8", "Ananın adı · Mère · Mother", mo.upper()),
            ("9", "Tescil tarihi · Date de l'inscription · Date of registration", tescil.isoformat())]
    y = 32
    for n, cap, val in rows:
        sh.rect(18, y, 174, 13, width_mm=0.25, color=(110, 110, 110))
        sh.text(20, y + 1.2, n, font=f, size_pt=9, bold=True)
        sh.text(27, y + 1.4, cap, font=f, size_pt=6.3, color=GREY)
        sh.text(27, y + 6, val[:64], font="mono", size_pt=11)
        y += 13
    y += 8
    sh.text(18, y, "Düzenleme tarihi · Date de délivrance · Date of issue", font=f, size_pt=6.5, color=GREY)
    sh.text(18, y + 4, issued.isoformat(), font="mono", size_pt=11)
    sh.text(110, y, "İmza · Signature · Mühür · Sceau", font=f, size_pt=6.5, color=GREY)
    sh.text(110, y + 4, rng.choice(["Ayşe KARA", "Mehmet DEMİR", "Fatma ÖZTÜRK", "Hasan ÇELİK"]) + ", Nüfus Memuru",
            font=f, size_pt=9)
    sh.stamp(118, y + 6, [f"{ilce[1]} İLÇE NÜFUS", "MÜDÜRLÜĞÜ", ilce[0]], rng, size_mm=30, color=(60, 60, 160))
    sh.signature(140, y + 12, 36, 12, rng)
    sh.paragraph(18, 270, 174, "Kodlar · Codes: M = erkek · masculin · male; F = kadın · féminin · female. "
                 "Bu örnek 8 Eylül 1976 tarihli Viyana Sözleşmesi uyarınca düzenlenmiştir.", font=f, size_pt=6.5)
    # the back of the sheet: the district governorate's apostille stamped as a square (the Hague Convention of
    # 5 October 1961), the ten numbered lines filled in with a typewriter, copied as the second page
    bk = Sheet()
    ax, ay = rng.uniform(30, 60), rng.uniform(40, 80)
    col = (70, 60, 150)
    bk.rect(ax, ay, 110, 92, width_mm=0.6, color=col)
    bk.text(ax + 55, ay + 3, "APOSTILLE", font=f, size_pt=13, bold=True, anchor="center", color=col)
    bk.text(ax + 55, ay + 9, "(Convention de La Haye du 5 octobre 1961)", font=f, size_pt=7, anchor="center", color=col)
    when = min(issued + datetime.timedelta(days=rng.randint(1, 8)), max(issued, TODAY - datetime.timedelta(days=2)))
    lines = [("1. Ülke / Country:", "TÜRKİYE CUMHURİYETİ"),
             ("2. İmzalayan / has been signed by:", "NÜFUS MEMURU"),
             ("3. Sıfatı / acting in the capacity of:", "NÜFUS MEMURU"),
             ("4. Mühür / bears the seal of:", f"{ilce[1]} İLÇE NÜFUS MÜDÜRLÜĞÜ"),
             ("5. Yer / at:", f"{ilce[0]}"), ("6. Tarih / the:", when.strftime("%d.%m.%Y")),
             ("7. Tasdik eden / by:", f"{ilce[0]} KAYMAKAMLIĞI"),
             ("8. Sayı / No:", f"{rng.randint(1000, 99999)}"), ("9. Mühür / Seal:", ""), ("10. İmza / Signature:", "")]
    yy = ay + 15
    for a_, b_ in lines:
        bk.text(ax + 4, yy, a_, font=f, size_pt=7.5, color=col)
        bk.text(ax + 58, yy - 0.3, b_, font="typewriter", size_pt=9)
        yy += 7.2
    bk.stamp(ax + 40, ay + 62, [f"{ilce[0]} KAYMAKAMLIĞI", "T.C."], rng, size_mm=24, color=col)
    bk.signature(ax + 66, ay + 76, 34, 11, rng)
    return [sh, bk]


_register("birth-tur-formul-a-apostil-arkada-kaymakamlik-18", "birth-certificate", PART, "tr", birth_tur_edevlet_vukuatli,
          country="TUR", notes="Turkish multilingual birth extract (Formül A), numbered fields, ISO dates; the governorate's apostille on the back copied as page 2")


# --------------------------------------------------------------------------- Kraainem: DABS extract, Dutch first

def _be_brussels(kind: str):
    def make(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, spouse=None,
             marriage_date=None, **opts):
        """Kraainem's extract from the federal civil-status database (DABS): a Dutch-language commune with
        facilities for French speakers, so the Dutch caption comes first with the French in grey after a slash on
        the same line; printed at the counter on the commune's letterhead with the logo at the left, no frame, the
        data in a two-column table with grey rules, signed by hand 'Voor de ambtenaar van de burgerlijke stand'."""
        issued = _when(rng, issue_date, 10, 250)
        city = ("Kraainem", "Kraainem")
        sh = Sheet()
        f = "sans2"
        sh.rect(20, 10, 14, 16, width_mm=0, fill=(30, 110, 70))
        sh.text(27, 14, "D", font=f, size_pt=16, bold=True, anchor="center", color=(255, 255, 255))
        sh.text(38, 11, "Gemeente Kraainem", font=f, size_pt=14, bold=True, color=(30, 110, 70))
        sh.text(38, 17.5, "Dienst Burgerzaken – Burgerlijke stand / Service Population – État civil", font=f,
                size_pt=8.5, color=GREY)
        sh.text(38, 21.5, "Lijsterlaan 1 – 1950 Kraainem", font=f, size_pt=8.5, color=GREY)
        fa, mo = _parents(person, father, mother)
        if kind == "birth":
            title = ("UITTREKSEL UIT DE GEBOORTEAKTE", "Extrait d'acte de naissance")
            rows = [("Naam / Nom", person.surname.upper()), ("Voornamen / Prénoms", person.given_names),
                    ("Geslacht / Sexe", "V / F" if person.sex == "F" else "M / M"),
                    ("Geboortedatum / Date de naissance", format_date(person.birth_date, "long", "nl")),
                    ("Geboorteplaats / Lieu de naissance", person.birth_place), ("Ouder 1 / Parent 1", fa),
                    ("Ouder 2 / Parent 2", mo)]
            ref = act_date or person.birth_date
        else:
            title = ("UITTREKSEL UIT DE HUWELIJKSAKTE", "Extrait d'acte de mariage")
            ref = marriage_date or (issued - datetime.timedelta(days=rng.randint(400, 2500)))
            rows = [("Datum huwelijk / Date du mariage", format_date(ref, "long", "nl")),
                    ("Plaats / Lieu", city[0]),
                    ("Echtgenoot 1 / Conjoint 1", f"{person.surname.upper()} {person.given_names}"),
                    ("geboren op / né(e) le", f"{format_date(person.birth_date, 'dots', 'nl')} – {person.birth_place}")]
            if spouse is not None:
                rows += [("Echtgenoot 2 / Conjoint 2", f"{spouse.surname.upper()} {spouse.given_names}"),
                         ("geboren op / né(e) le", f"{format_date(spouse.birth_date, 'dots', 'nl')} – "
                                                   f"{spouse.birth_place}")]
        sh.text(20, 38, title[0], font=f, size_pt=13, bold=True)
        sh.text(20 + text_width_mm(title[0], f, 13, bold=True) + 3, 39.2, "/ " + title[1], font=f, size_pt=10,
                color=GREY)
        sh.text(20, 45, f"DABS-akte {ref.year}/{rng.randint(10, 999)} – Kraainem", font=f, size_pt=9, color=GREY)
        y = 56
        for a_, b_ in rows:
            nl_, fr_ = a_.split(" / ", 1)
            sh.text(22, y, nl_, font=f, size_pt=9.5)
            sh.text(22 + text_width_mm(nl_, f, 9.5) + 1.5, y + 0.4, "/ " + fr_, font=f, size_pt=8, color=GREY)
            sh.text(100, y, b_[:48], font=f, size_pt=10.5, bold=True)
            sh.rule(20, y + 6, 190, y + 6, width_mm=0.15, color=(170, 170, 170))
            y += 9
        sh.text(22, y + 4, "Kantmeldingen", font=f, size_pt=9.5)
        sh.text(22 + text_width_mm("Kantmeldingen", f, 9.5) + 1.5, y + 4.4, "/ Mentions marginales", font=f,
                size_pt=8, color=GREY)
        sh.text(100, y + 4, "geen / néant", font=f, size_pt=10.5)
        y += 22
        sh.text(22, y, f"Kraainem, {format_date(issued, 'long', 'nl')}", font=f, size_pt=10.5)
        sh.text(120, y, "Voor de ambtenaar van de burgerlijke stand,", font=f, size_pt=9)
        sh.text(120, y + 4.5, "Pour l'officier de l'état civil,", font=f, size_pt=8, color=GREY)
        sh.signature(124, y + 9, 40, 13, rng)
        sh.stamp(96, y + 6, ["GEMEENTE KRAAINEM", "BURGERLIJKE STAND"], rng, size_mm=26, color=(40, 60, 150))
        return [sh]

    return make


_register("birth-be-kraainem-dabs-nl-fr-faciliteiten-18", "birth-certificate", PART, "fr/nl", _be_brussels("birth"),
          country="BEL", notes="Kraainem (Dutch commune with facilities for French speakers) DABS birth extract, Dutch caption then '/ French' in grey")
_register("marriage-be-kraainem-dabs-nl-fr-faciliteiten-18", "marriage-certificate", PART, "fr/nl", _be_brussels("marriage"),
          country="BEL", notes="Kraainem DABS marriage extract, Dutch caption then '/ French' in grey")


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
            # Hasselt: the translation set out in two columns, the source's captions transcribed at the left
            # (in the source language, as they stand) and their translation at the right, a rule between them; the
            # sworn statement under it as the Belgian register of sworn translators words it, the translator's
            # stamp overlapping the signature and the number in the national register of sworn experts
            f = "serif5"
            sh.text(20, 14, f"{g} {s.upper()}", font=f, size_pt=11, bold=True)
            sh.text(20, 19.5, f"Beëdigd vertaler – Nationaal register gerechtsdeskundigen en beëdigd vertalers nr. "
                    f"{_digits(rng, 6)}", font=f, size_pt=8, color=GREY)
            sh.text(20, 23.5, f"Maastrichtersteenweg {rng.randint(2, 120)}, 3500 Hasselt", font=f, size_pt=8,
                    color=GREY)
            sh.text(105, 36, f"VERTALING UIT HET {src[1].upper()}", font=f, size_pt=12, bold=True, anchor="center")
            sh.text(20, 48, "Origineel (opschriften)", font=f, size_pt=8.5, italic=True, color=GREY)
            sh.text(108, 48, "Vertaling", font=f, size_pt=8.5, italic=True, color=GREY)
            sh.rule(104, 46, 104, 132, width_mm=0.2)
            srcs = {"tr": ["Soyadı", "Adı", "Baba adı", "Ana adı", "Doğum yeri", "Doğum tarihi", "Cinsiyeti"],
                    "ru": ["Фамилия", "Имя", "Отец", "Мать", "Место рождения", "Дата рождения", "Пол"]}.get(
                        source_lang or "tr", [a for a, _ in data])
            y = 56
            for (a_, b_), o in zip(data, srcs):
                sh.text(20, y, o, font="sans3" if (source_lang or "tr") == "ru" else f, size_pt=10)
                sh.text(108, y, f"{a_}: {b_}"[:52], font=f, size_pt=10)
                y += 10
            y = sh.paragraph(20, y + 8, 170, "Ik, ondergetekende, beëdigd vertaler, verklaar dat deze vertaling "
                             "volledig en getrouw is en overeenstemt met het origineel dat mij werd voorgelegd. "
                             "Ik zweer getrouwheid aan de Koning, gehoorzaamheid aan de Grondwet en aan de wetten "
                             "van het Belgische volk.", font=f, size_pt=9.5, leading=1.5)
            sh.text(20, y + 8, f"Hasselt, {format_date(issued, 'long', 'nl')}", font=f, size_pt=10.5)
            sh.signature(110, y + 8, 40, 13, rng)
            sh.stamp(120, y + 2, ["BEËDIGD VERTALER", s.upper()[:18], "SINT-NIKLAAS"], rng, size_mm=28,
                     color=(110, 40, 120))
            return [sh]
        # 's-Hertogenbosch: the translation typed as a letter on the translator's paper, the document's data as running lines
        # ('Naam: ...'), the Wbtv statement at the foot above the signature, the translator's embossed seal (a
        # colourless relief that copies as a grey ring) and the Rbtv number in the footer
        f = "sans6"
        sh.text(20, 14, f"Vertaalbureau {s} – {g} {s}", font=f, size_pt=11, bold=True)
        sh.text(20, 20, f"Vughterstraat {rng.randint(2, 40)} · 5211 GJ 's-Hertogenbosch", font=f, size_pt=8.5, color=GREY)
        sh.rule(20, 24, 190, 24, width_mm=0.4, color=(80, 80, 80))
        sh.text(20, 34, f"Beëdigde vertaling uit het {src[1]} in het Nederlands", font=f, size_pt=11, bold=True)
        sh.text(20, 40, "[Onleesbaar wapen] – [Stempel van de afgevende instantie]", font=f, size_pt=9, italic=True,
                color=GREY)
        y = 50
        for a, b in data:
            sh.text(24, y, f"{a}: {b}", font=f, size_pt=10.5)
            y += 7.5
        y = sh.paragraph(20, y + 10, 170, "Ondergetekende, beëdigd vertaler, ingeschreven in het Register beëdigde "
                         "tolken en vertalers, verklaart dat deze vertaling naar zijn/haar beste weten getrouw en "
                         "volledig is en overeenstemt met het brondocument.", font=f, size_pt=9.5, leading=1.45)
        sh.text(20, y + 6, f"'s-Hertogenbosch, {format_date(issued, 'dots', 'nl')}", font=f, size_pt=10)
        sh.signature(24, y + 12, 38, 12, rng)
        sh.stamp(120, y + 4, ["BEËDIGD VERTALER", s.upper()[:16], "ARNHEM"], rng, size_mm=26,
                 color=(150, 150, 150))
        sh.text(105, 288, f"Rbtv-nummer {_digits(rng, 5)} · KvK {_digits(rng, 8)}", font=f, size_pt=7.5,
                anchor="center", color=GREY)
        return [sh]

    return make


# the Belgian one first: 9ter takes the part's first translation family, the IND the Dutch (NLD) one
_register("translation-be-hasselt-twee-kolommen-eedformule-18", "translation", PART, "nl", _translation14("mechelen"),
          country="BEL", notes="Hasselt sworn translator, source captions and translation in two columns, Belgian oath formula")
_register("translation-nl-den-bosch-verklaring-wbtv-zegel-18", "translation", PART, "nl", _translation14("maastricht"),
          country="NLD", notes="'s-Hertogenbosch sworn translator, data as running lines, Wbtv statement, embossed seal as a grey ring")
