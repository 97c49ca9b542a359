"""Identity and civil-status families of the `seventeenth` part (registered in identity.FAMILIES).

Written after dev, heldout and the parts fresh to sixteenth had been read, by a writer who saw neither the validator
nor its output.  Passports of Morocco, the DR Congo, Türkiye, Suriname, Afghanistan, Syria, Guinea, Cameroon, Armenia,
Russia and Iraq whose data pages carry the state's name in a coloured band, the photo at the right with a ghost image,
the captions numbered as in the ICAO model ('4. Nom / Surname') above the values and the months in letters in two
languages; copied open on the glass with the observations page above and the spine's shadow across the fold, the
number and expiry highlighted by the lawyer and the office's red numbering stamp ('STUK – PIÈCE' with the number in
pen) in the margin.  A Moroccan CNIE and a Dutch residence document at actual size, front above back, highlighted.  A
Kindia extract on the pre-printed form with numbered boxes and a cancelled fiscal stamp; a Meknès 'copie intégrale'
typed as prose; Türkiye's multilingual extract (Formül A); Drogenbos's DABS extracts (Dutch first, French after a
slash).  Guinean and Moroccan certificates of nationality on the court's pre-printed form filled in by hand, identity
attestations of the missions in Brussels as A4 letters with the photo glued on; sworn translations from Sint-Niklaas
(two columns) and Arnhem.  Copy habits: ``scanner_app`` (kept as the name) is now the spine's shadow, ``index_flag``
(kept as the name) the office's numbering stamp, ``highlight`` a highlighter stroke, ``phone_print`` a phone photo
printed.  Same calling convention as identity.py.
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

PART = "seventeenth"
GREY = (95, 95, 95)
BLUE_INK = (25, 40, 130)

# --------------------------------------------------------------------------- copy habits (new in this part)


def scanner_app(img: Image.Image, rng: random.Random, dpi: int = 200) -> Sheet:
    """The passport booklet pressed open on the copier's glass: the spine does not lie flat, so a dark, soft band
    runs across the sheet where the two pages meet (darkest at the fold, fading over a centimetre or two either
    side), and the page edge nearest the spine is a little darker overall; the rest copied in colour."""
    w, h = img.size
    from PIL import ImageDraw as _D, ImageFilter as _F
    g = img.convert("RGB")
    mask = Image.new("L", (w, h), 0)
    d = _D.Draw(mask)
    fold = int(h * rng.uniform(0.44, 0.47))
    band = int(h * 0.035)
    d.rectangle([0, fold - band // 3, w, fold + band // 3], fill=rng.choice([150, 170, 185]))
    d.rectangle([0, fold - band, w, fold + band], fill=60)
    mask = mask.filter(_F.GaussianBlur(band * 0.6))
    g = Image.composite(Image.new("RGB", (w, h), (35, 35, 38)), g, mask)
    sh = Sheet()
    sh.image(0, 0, 210, 297, g)
    return sh


def phone_print(img: Image.Image, rng: random.Random) -> Sheet:
    """A photo taken with a phone of a sheet lying on a table, printed by the office on A4 with a white margin: a
    little rotated, dimmer at one corner, JPEG-soft."""
    w, h = img.size
    ph = img.convert("RGB").resize((max(1, w // 2), max(1, h // 2)), Image.BILINEAR)
    ph = ph.rotate(rng.uniform(-3, 3), resample=Image.BICUBIC, expand=True, fillcolor=(150, 120, 90))
    pw, phh = ph.size
    from PIL import ImageDraw as _D, ImageFilter as _F
    sh_ = Image.new("L", ph.size, 0)
    _D.Draw(sh_).ellipse([-pw * 0.6, phh * 0.5, pw * 0.5, phh * 1.6], fill=60)
    sh_ = sh_.filter(_F.GaussianBlur(60))
    ph = Image.composite(Image.new("RGB", ph.size, (40, 40, 40)), ph, sh_)
    import io
    buf = io.BytesIO()
    ph.save(buf, "JPEG", quality=rng.choice([55, 63, 71]))
    buf.seek(0)
    sh = Sheet()
    sh.image(12, 12, 186, min(270, 186 * phh / pw) if pw else 260, Image.open(buf).convert("RGB"))
    return sh


def highlight(sh: Sheet, x: float, y: float, w: float, h: float, rng: random.Random) -> None:
    """A stroke of yellow (sometimes green) highlighter the lawyer drew over a number or a date before copying:
    translucent, a little wider than the text, its ends not square."""
    col = rng.choice([(255, 240, 60), (250, 235, 80), (170, 240, 120)])
    W, H = max(1, int(w * 12)), max(1, int(h * 12))
    m = Image.new("L", (W, H), 0)
    from PIL import ImageDraw as _D
    d = _D.Draw(m)
    d.rectangle([int(W * 0.02), int(H * 0.08), int(W * 0.98), int(H * 0.92)], fill=255)
    d.ellipse([0, 0, int(W * 0.05), H], fill=0)
    img = Image.new("RGBA", (W, H), col + (0,))
    img.putalpha(m)
    sh.image(x - 1, y - 0.5, w + 2, h + 1, img, blend="multiply")


def index_flag(sh: Sheet, rng: random.Random, label: str | None = None, lang: str = "nl") -> None:
    """The law office's red numbering stamp at the top right of every exhibit before it is copied for the file:
    'STUK / PIÈCE' with the exhibit's number written in by pen inside the stamp's frame (or the file reference when
    the label says so); it covers only the margin."""
    x, y = rng.uniform(160, 166), rng.uniform(13, 17)
    col = rng.choice([(190, 40, 40), (170, 30, 60)])
    sh.rect(x, y, 32, 13, width_mm=0.7, color=col)
    sh.rule(x, y + 5.5, x + 32, y + 5.5, width_mm=0.4, color=col)
    sh.text(x + 16, y + 1.0, "STUK – PIÈCE" if lang != "en" else "EXHIBIT", font="sans4", size_pt=7, bold=True,
            anchor="center", color=col)
    word = label or str(rng.randint(1, 14))
    sh.handwriting(x + 3, y + 6.2, hand_safe(word[:12]), rng, size_pt=11, color=(20, 30, 110), font="hand2")


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
    """The data page as this part's issuers print it: the state's name across the top in a coloured band, the photo
    at the RIGHT with a small ghost image under it, and the fields in two columns at the left, each caption numbered
    as the ICAO model numbers them ('1. Nom / Surname') in small type above its value; the dates with the month in
    letters in the national language and English ('07 AVR/APR 1988'); the document number printed in red at the top
    right; a faint wave pattern across the page."""
    state, lang, _n, auth, col, nat = _PP14[code]
    cap = _CAP14.get(lang)
    W, H = 125.0, 88.0
    s = Sheet(W, H)
    s.rect(0, 0, W, H, width_mm=0, fill=(246, 243, 238))
    tint = tuple(min(255, 222 + v // 8) for v in col)
    for k in range(0, 125, 4):
        s.rule(k, 8, k + 10, H - 16, width_mm=0.06, color=tint)
    s.rect(0, 0, W, 7, width_mm=0, fill=col)
    word = {"fr": "PASSEPORT / PASSPORT", "nl": "PASPOORT / PASSPORT", "tr": "PASAPORT / PASSPORT",
            "ru": "ПАСПОРТ / PASSPORT"}.get(lang, "PASSPORT")
    s.text(3, 1.3, state, font="sans4", size_pt=6.4, bold=True, color=(255, 255, 255))
    s.text(W - 3, 1.3, word, font="sans4", size_pt=5.6, anchor="right", color=(255, 255, 255))
    s.photo(W - 33, 10, 29, 37, rng)
    ghost = Sheet(10, 13)
    ghost.photo(0, 0, 10, 13, rng)
    s.image(W - 44, 36, 9, 11.5, ghost.render(150).convert("L").point(lambda v: 150 + v // 3).convert("RGB"),
            blend="multiply")
    s.text(W - 4, 49, number, font="mono2", size_pt=7.5, bold=True, anchor="right", color=(170, 30, 30))
    vals = ["P", code, number, person.surname.upper(), person.given_names.upper(), nat,
            _bidate(person.birth_date, lang if lang in _MON else "en"), person.sex,
            strip_accents(person.birth_place).upper(), _bidate(issue, lang if lang in _MON else "en"),
            _bidate(expiry, lang if lang in _MON else "en"), auth]
    pos = [(0, 3, 9), (1, 20, 9), (2, 42, 9), (3, 3, 17), (4, 3, 25), (5, 3, 33), (7, 52, 33), (6, 3, 41),
           (8, 44, 41), (9, 3, 49), (10, 44, 49), (11, 3, 57)]
    for k, (idx, x, y) in enumerate(pos, 1):
        lab = _CAPEN[idx] if cap is None or cap[idx] == _CAPEN[idx] else f"{cap[idx]} / {_CAPEN[idx]}"
        s.text(x, y, f"{k}. {lab}"[:34], font="sans4", size_pt=3.0, color=(90, 90, 100))
        val = vals[idx]
        vs = 6.4
        lim = (W - 36 - x) if x < 40 and idx not in (0, 1, 6, 9) else 36
        while vs > 4.0 and text_width_mm(val, "sans4", vs, bold=True) > lim:
            vs -= 0.3
        s.text(x, y + 1.6, val, font="sans4", size_pt=vs, bold=True, color=(25, 25, 30))
    s.signature(W - 33, 56, 28, 7, rng, color=(40, 40, 50))
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
        # the open booklet pressed on the glass, the observations page above the fold and the data page under it;
        # before copying the lawyer ran a highlighter over the number and the expiry date and struck the office's
        # numbering stamp in the margin; the spine's shadow crosses the sheet at the fold
        canvas = Sheet()
        k_ = 1.3
        x, y = rng.uniform(20, 30), rng.uniform(14, 22)
        canvas.rect(x, y, 125 * k_, 88 * k_ - 1, width_mm=0, fill=(240, 238, 232))
        obs = {"fr": "OBSERVATIONS / OBSERVATIONS", "nl": "OPMERKINGEN / OBSERVATIONS", "tr": "GÖZLEMLER / OBSERVATIONS",
               "ru": "ОСОБЫЕ ОТМЕТКИ / OBSERVATIONS"}.get(cfg[1], "OBSERVATIONS")
        canvas.text(x + 125 * k_ / 2, y + 6, obs, font="sans4", size_pt=8, anchor="center", color=(150, 150, 150))
        for j in range(6):
            canvas.rule(x + 12, y + 20 + j * 12, x + 125 * k_ - 12, y + 20 + j * 12, width_mm=0.1,
                        color=(200, 200, 200))
        py = y + 88 * k_ + 1
        canvas.image(x, py, 125 * k_, 88 * k_, page.render(300))
        highlight(canvas, x + (125 - 4 - text_width_mm(number, "mono2", 7.5, bold=True)) * k_, py + 49.2 * k_,
                  text_width_mm(number, "mono2", 7.5, bold=True) * k_, 3.0 * k_, rng)
        highlight(canvas, x + 44 * k_, py + 50.6 * k_, 30 * k_, 2.8 * k_, rng)
        index_flag(canvas, rng, None, "nl" if cfg[1] == "nl" else "fr")
        if annotate:
            canvas.handwriting(22, 286 - 8, hand_safe(annotate), rng, size_pt=12)
        return [scanner_app(canvas.render(200), rng)]

    return make


for _code in ("MAR", "COD", "TUR", "SUR", "AFG", "SYR", "GIN", "CMR", "ARM", "RUS", "IRQ"):
    _register(f"passport-td3-{_code.lower()}-genummerde-velden-rugschaduw-fluo-stuknummer-17", "identity-document", PART,
              {"fr": "fr/en", "nl": "nl/en", "tr": "tr/en", "ru": "ru/en", "en": "en"}[_PP14[_code][1]],
              _passport14(_code), country=_code, mrz="TD3", photo=True,
              notes=f"{_code} passport, state's name in a coloured band, photo right with ghost image, numbered "
                    f"captions above the values, months in letters; copied open with the spine's shadow, number and "
                    f"expiry highlighted, office's numbering stamp")


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
    # copied at actual size at the commune's counter, front above back in the middle of the sheet with the glass's
    # grey around each card; the lawyer then highlighted the card's number and struck the numbering stamp
    sh = Sheet()
    for k, card in enumerate((f, b)):
        img = card.render(300).rotate(rng.uniform(-1.5, 1.5), resample=Image.BICUBIC, expand=True,
                                      fillcolor=(228, 228, 228))
        sh.image(62, 70 + k * 66, 86.5, 86.5 * img.size[1] / img.size[0], img)
    highlight(sh, 65, 70 + 46 + 0.4, 24, 4.2, rng)
    index_flag(sh, rng, None, "fr")
    if opts.get("annotate"):
        sh.handwriting(22, 278, hand_safe(opts["annotate"]), rng, size_pt=12)
    return [sh]


_register("idcard-td1-mar-cnie-ware-grootte-onder-elkaar-fluo-17", "identity-document", PART, "fr", idcard_mar_enlarged,
          country="MAR", mrz="TD1", photo=True, notes="Moroccan CNIE at actual size, front above back, number highlighted, office's numbering stamp")


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
    # front above back in the middle of the sheet, copied in colour; the V-number on the back highlighted, the
    # office's numbering stamp in the margin
    sh = Sheet()
    for k, card in enumerate((f, b)):
        img = card.render(300).rotate(rng.uniform(-1.0, 1.0), resample=Image.BICUBIC, expand=True,
                                      fillcolor=(255, 255, 255))
        sh.image(60, 80 + k * 64, 86.5, 86.5 * img.size[1] / img.size[0], img)
    highlight(sh, 60 + 30 * 1.01, 144 + 2 * 6.6 * 1.01 + 2.2, 26, 3.6, rng)
    index_flag(sh, rng, None, "nl")
    if opts.get("annotate"):
        sh.handwriting(22, 278, hand_safe(opts["annotate"]), rng, size_pt=12)
    return [sh]


_register("permit-nl-verblijfsdocument-midden-stuknummer-fluo-17", "identity-document", PART, "nl",
          permit_nl_actual_size, country="NLD", mrz="TD1", photo=True,
          notes="Dutch residence document, front above back in the middle, V-number highlighted, numbering stamp")


# --------------------------------------------------------------------------- civil status: Guinea and Morocco

_CIV14 = {
    "GIN": dict(state="RÉPUBLIQUE DE GUINÉE", motto="Travail – Justice – Solidarité", office="COMMUNE URBAINE DE KINDIA",
                region="RÉGION ADMINISTRATIVE DE KINDIA", city="Kindia", adj="guinéen", soft="",
                court="TRIBUNAL DE PREMIÈRE INSTANCE DE KINDIA", judge="Le Président du Tribunal",
                law="le Code civil guinéen (Livre I, Titre II, De la nationalité)",
                embassy=["AMBASSADE DE LA RÉPUBLIQUE DE GUINÉE", "Service consulaire – Avenue de la Couronne 108",
                         "1050 Bruxelles"]),
    "MAR": dict(state="ROYAUME DU MAROC", motto="", office="COMMUNE DE MEKNÈS", region="PRÉFECTURE DE MEKNÈS",
                city="Meknès", adj="marocain", soft="",
                court="TRIBUNAL DE PREMIÈRE INSTANCE DE MEKNÈS", judge="Le Président du Tribunal",
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
        """Guinea (Kindia): the extract on the commune's pre-printed form, every datum in a numbered box, the fiscal
        stamp glued on and cancelled.  Morocco (Meknès): the 'copie intégrale' typed as running prose with the
        marginal mentions in a column at the left."""
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
            # the extract printed on the commune's pre-printed form: every datum in a numbered box (cases 1 to 8 or
            # 1 to 6), the box's caption in small capitals at its top left, the value typed in; the fiscal stamp of
            # 5 000 GNF glued at the top right and cancelled by the round stamp; the officer's name typed under the
            # signature
            f = "sans4"
            ink = (30, 30, 30)
            sh.rect(0, 0, 210, 297, width_mm=0, fill=(248, 246, 238))
            sh.text(20, 10, cfg["state"], font=f, size_pt=10, bold=True)
            sh.text(20, 14.5, cfg["motto"], font=f, size_pt=7.5, italic=True, color=GREY)
            sh.text(20, 20, cfg["region"], font=f, size_pt=8.5)
            sh.text(20, 24.5, cfg["office"] + " – Centre principal d'état civil", font=f, size_pt=8.5)
            sh.rect(160, 8, 26, 30, width_mm=0.2, fill=(225, 200, 170), color=(150, 110, 80))
            sh.text(173, 12, "TIMBRE FISCAL", font=f, size_pt=5.5, anchor="center", color=(110, 60, 40))
            sh.text(173, 20, "5 000", font=f, size_pt=11, bold=True, anchor="center", color=(110, 60, 40))
            sh.text(173, 27, "GNF", font=f, size_pt=7, anchor="center", color=(110, 60, 40))
            sh.stamp(154, 12, ["COMMUNE URBAINE", "KINDIA", "ÉTAT CIVIL"], rng, size_mm=22, color=(60, 60, 150))
            sh.text(105, 46, title, font=f, size_pt=13, bold=True, anchor="center")
            sh.text(105, 52, f"Registre de l'année {act.year} – Acte n° {rng.randint(10, 2999)}", font=f,
                    size_pt=9, anchor="center")
            y = 60
            for k, (a, b) in enumerate(rows, 1):
                sh.rect(20, y, 170, 14, width_mm=0.3, color=(60, 60, 60))
                sh.text(22, y + 1, f"{k}. {a.upper()}", font=f, size_pt=6.5, color=GREY)
                sh.text(28, y + 6, b[:60], font="typewriter", size_pt=11, color=ink)
                y += 14
            sh.text(22, y + 8, f"Pour extrait conforme, délivré à Kindia le {format_date(issued, 'long', 'fr')}",
                    font=f, size_pt=9.5)
            sh.text(118, y + 18, "L'Officier de l'état civil", font=f, size_pt=9.5)
            sh.signature(122, y + 23, 42, 14, rng, color=BLUE_INK)
            sh.stamp(100, y + 20, ["COMMUNE URBAINE DE KINDIA", "ÉTAT CIVIL", "KINDIA"], rng, size_mm=30,
                     color=(60, 60, 150))
            sh.text(118, y + 40, rng.choice(["Mamadou Saliou BAH", "Fatoumata Binta CAMARA", "Ibrahima SYLLA",
                                             "Aïssatou DIALLO", "Sékou CONDÉ"]), font=f, size_pt=9)
        else:
            # Meknès: the 'copie intégrale' typed as running prose in French under an Arabic title, the marginal
            # mentions in a narrow column at the left of the text, the officer's round stamp and signature at the
            # foot and the reference of the register under the title
            f = "serif2"
            sh.text(105, 12, cfg["state"], font=f, size_pt=11, bold=True, anchor="center")
            sh.text(105, 17.5, "المملكة المغربية – وزارة الداخلية", font="sans3", size_pt=9, anchor="center")
            sh.text(105, 23, f"{cfg['region']} – {cfg['office']} – Bureau de l'état civil", font=f, size_pt=8.5,
                    anchor="center")
            sh.text(105, 36, ("COPIE INTÉGRALE D'ACTE DE NAISSANCE" if kind == "birth" else
                              "COPIE INTÉGRALE D'ACTE DE MARIAGE"), font=f, size_pt=13, bold=True, anchor="center")
            sh.text(105, 42, "نسخة كاملة من رسم", font="sans3", size_pt=10, anchor="center")
            sh.text(105, 48, f"Registre {act.year} – Folio {rng.randint(1, 200)} – Acte n° {rng.randint(100, 9999)}",
                    font=f, size_pt=9, anchor="center", color=GREY)
            sh.rule(20, 54, 20, 200, width_mm=0.2)
            sh.rule(62, 54, 62, 200, width_mm=0.2)
            sh.text(22, 56, "Mentions", font=f, size_pt=8.5, bold=True)
            sh.text(22, 60, "marginales :", font=f, size_pt=8.5, bold=True)
            sh.text(22, 66, "Néant", font=f, size_pt=9)
            if kind == "birth":
                txt = (f"Le {format_date(person.birth_date, 'long', 'fr')} est né(e) à {person.birth_place} "
                       f"{person.given_names} {person.surname.upper()}, de sexe "
                       f"{'féminin' if person.sex == 'F' else 'masculin'}, enfant de {fa} et de {mo}. Acte dressé le "
                       f"{format_date(act, 'long', 'fr')} sur la déclaration du père, lecture faite, par Nous, "
                       f"officier de l'état civil.")
            else:
                sp = spouse
                txt = (f"Le {format_date(act, 'long', 'fr')} a été conclu à {cfg['city']}, devant les adoul, le mariage "
                       f"de {person.given_names} {person.surname.upper()}, né(e) le "
                       f"{format_date(person.birth_date, 'long', 'fr')} à {person.birth_place}, et de "
                       + ("-" if sp is None else f"{sp.given_names} {sp.surname.upper()}, né(e) le "
                          f"{format_date(sp.birth_date, 'long', 'fr')} à {sp.birth_place}")
                       + ". Acte transcrit au registre de l'état civil.")
            y = sh.paragraph(68, 58, 122, txt, font=f, size_pt=11, leading=1.7)
            sh.text(68, y + 10, f"Pour copie intégrale certifiée conforme, {cfg['city']}, le "
                    f"{format_date(issued, 'dots', 'fr')}", font=f, size_pt=10)
            sh.text(120, y + 20, "L'Officier de l'état civil", font=f, size_pt=10)
            sh.stamp(112, y + 24, ["COMMUNE DE MEKNÈS", "ÉTAT CIVIL", "PRÉFECTURE DE MEKNÈS"], rng, size_mm=30,
                     color=(40, 60, 140))
            sh.signature(126, y + 30, 40, 13, rng)
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
        """A certificate of nationality on the court's pre-printed form (the printer's form number at the foot): the
        state and court at the top left, the title in a box, the fixed text printed with dotted blanks, and the
        blanks filled in by the registry's clerk in blue ballpoint; the clerk's signature over the court's stamp and
        a fiscal stamp glued at the top right."""
        issued = _when(rng, issue_date, 40, 700)
        sh = Sheet()
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
        sh.handwriting(32, 61, f"{rng.randint(100, 9999)}/{issued.year}", rng, size_pt=11, color=BLUE_INK, font=hand)
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
                sh.handwriting(x0 + 2, y - 1.2, hand_safe(val[:44]), rng, size_pt=12, color=BLUE_INK, font=hand)
            y += 9.5
        sh.text(22, y + 6, "Délivré pour servir et valoir ce que de droit.", font=f, size_pt=10)
        sh.text(110, y + 16, f"Fait à {cfg['city']}, le", font=f, size_pt=10)
        sh.handwriting(146, y + 14.8, format_date(issued, "dots", "fr"), rng, size_pt=12, color=BLUE_INK, font=hand)
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
    _register(f"birth-{_lc}-{'kindia-cases-numerotees-timbre-fiscal' if _c == 'GIN' else 'meknes-copie-integrale-prose'}-17", "birth-certificate",
              PART, "fr", _civil14(_c, "birth"), country=_c,
              notes=("Kindia birth extract on the pre-printed form, data in numbered boxes, fiscal stamp cancelled"
                     if _c == "GIN" else "Meknès 'copie intégrale' typed as prose, marginal mentions column"))
    _register(f"marriage-{_lc}-{'kindia-cases-numerotees-timbre-fiscal' if _c == 'GIN' else 'meknes-copie-integrale-prose'}-17",
              "marriage-certificate", PART, "fr", _civil14(_c, "marriage"), country=_c,
              notes=f"{_c} marriage extract in the same layout as the birth extract")
    _register(f"nationality-{_lc}-formulaire-preimprime-rempli-main-17", "nationality-certificate", PART, "fr",
              _nationality14(_c), country=_c, notes=f"{_c} certificate of nationality on the court's pre-printed form, blanks filled in by hand, fiscal stamp")
    _register(f"idcert-{_lc}-attestation-consulaire-lettre-a4-embleme-17", "identity-certificate", PART, "fr", _idcert14(_c), country=_c,
              photo=True, notes=f"{_c} mission in Brussels: identity attestation as an A4 letter, photo glued with dry stamp, numbering stamp")


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
    ilce = rng.choice([("TRABZON", "ORTAHİSAR"), ("GAZİANTEP", "ŞAHİNBEY"), ("AFYONKARAHİSAR", "MERKEZ"),
                       ("YOZGAT", "SORGUN")])
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
    return [sh]


_register("birth-tur-formul-a-ciec-cok-dilli-17", "birth-certificate", PART, "tr", birth_tur_edevlet_vukuatli,
          country="TUR", notes="Turkish multilingual birth extract (Formül A, CIEC model), numbered fields in four languages, ISO dates, district stamp")


# --------------------------------------------------------------------------- Drogenbos: DABS extract, Dutch first

def _be_brussels(kind: str):
    def make(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, spouse=None,
             marriage_date=None, **opts):
        """Drogenbos's extract from the federal civil-status database (DABS): a Dutch-language commune with
        facilities for French speakers, so the Dutch caption comes first with the French in grey after a slash on
        the same line; printed at the counter on the commune's letterhead with the logo at the left, no frame, the
        data in a two-column table with grey rules, signed by hand 'Voor de ambtenaar van de burgerlijke stand'."""
        issued = _when(rng, issue_date, 10, 250)
        city = ("Drogenbos", "Drogenbos")
        sh = Sheet()
        f = "sans2"
        sh.rect(20, 10, 14, 16, width_mm=0, fill=(30, 110, 70))
        sh.text(27, 14, "D", font=f, size_pt=16, bold=True, anchor="center", color=(255, 255, 255))
        sh.text(38, 11, "Gemeente Drogenbos", font=f, size_pt=14, bold=True, color=(30, 110, 70))
        sh.text(38, 17.5, "Dienst Burgerzaken – Burgerlijke stand / Service Population – État civil", font=f,
                size_pt=8.5, color=GREY)
        sh.text(38, 21.5, "Grote Baan 222 – 1620 Drogenbos", font=f, size_pt=8.5, color=GREY)
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
        sh.text(20, 45, f"DABS-akte {ref.year}/{rng.randint(10, 999)} – Drogenbos", font=f, size_pt=9, color=GREY)
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
        sh.text(22, y, f"Drogenbos, {format_date(issued, 'long', 'nl')}", font=f, size_pt=10.5)
        sh.text(120, y, "Voor de ambtenaar van de burgerlijke stand,", font=f, size_pt=9)
        sh.text(120, y + 4.5, "Pour l'officier de l'état civil,", font=f, size_pt=8, color=GREY)
        sh.signature(124, y + 9, 40, 13, rng)
        sh.stamp(96, y + 6, ["GEMEENTE DROGENBOS", "BURGERLIJKE STAND"], rng, size_mm=26, color=(40, 60, 150))
        return [sh]

    return make


_register("birth-be-drogenbos-nl-fr-faciliteiten-17", "birth-certificate", PART, "fr/nl", _be_brussels("birth"),
          country="BEL", notes="Drogenbos (Dutch commune with facilities for French speakers) DABS birth extract, Dutch caption then '/ French' in grey")
_register("marriage-be-drogenbos-nl-fr-faciliteiten-17", "marriage-certificate", PART, "fr/nl", _be_brussels("marriage"),
          country="BEL", notes="Drogenbos DABS marriage extract, Dutch caption then '/ French' in grey")


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
            # Sint-Niklaas: the translation set out in two columns, the source's captions transcribed at the left
            # (in the source language, as they stand) and their translation at the right, a rule between them; the
            # sworn statement under it as the Belgian register of sworn translators words it, the translator's
            # stamp overlapping the signature and the number in the national register of sworn experts
            f = "serif5"
            sh.text(20, 14, f"{g} {s.upper()}", font=f, size_pt=11, bold=True)
            sh.text(20, 19.5, f"Beëdigd vertaler – Nationaal register gerechtsdeskundigen en beëdigd vertalers nr. "
                    f"{_digits(rng, 6)}", font=f, size_pt=8, color=GREY)
            sh.text(20, 23.5, f"Kokkelbeekstraat {rng.randint(2, 120)}, 9100 Sint-Niklaas", font=f, size_pt=8,
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
            sh.text(20, y + 8, f"Sint-Niklaas, {format_date(issued, 'long', 'nl')}", font=f, size_pt=10.5)
            sh.signature(110, y + 8, 40, 13, rng)
            sh.stamp(120, y + 2, ["BEËDIGD VERTALER", s.upper()[:18], "SINT-NIKLAAS"], rng, size_mm=28,
                     color=(110, 40, 120))
            return [sh]
        # Arnhem: the translation typed as a letter on the translator's paper, the document's data as running lines
        # ('Naam: ...'), the Wbtv statement at the foot above the signature, the translator's embossed seal (a
        # colourless relief that copies as a grey ring) and the Rbtv number in the footer
        f = "sans6"
        sh.text(20, 14, f"Vertaalbureau {s} – {g} {s}", font=f, size_pt=11, bold=True)
        sh.text(20, 20, f"Jansbinnensingel {rng.randint(2, 40)} · 6811 Arnhem", font=f, size_pt=8.5, color=GREY)
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
        sh.text(20, y + 6, f"Arnhem, {format_date(issued, 'dots', 'nl')}", font=f, size_pt=10)
        sh.signature(24, y + 12, 38, 12, rng)
        sh.stamp(120, y + 4, ["BEËDIGD VERTALER", s.upper()[:16], "ARNHEM"], rng, size_mm=26,
                 color=(150, 150, 150))
        sh.text(105, 288, f"Rbtv-nummer {_digits(rng, 5)} · KvK {_digits(rng, 8)}", font=f, size_pt=7.5,
                anchor="center", color=GREY)
        return [sh]

    return make


# the Belgian one first: 9ter takes the part's first translation family, the IND the Dutch (NLD) one
_register("translation-be-sint-niklaas-twee-kolommen-eed-17", "translation", PART, "nl", _translation14("mechelen"),
          country="BEL", notes="Sint-Niklaas sworn translator, source captions and translation in two columns, Belgian oath formula")
_register("translation-nl-arnhem-verklaring-onderaan-zegel-17", "translation", PART, "nl", _translation14("maastricht"),
          country="NLD", notes="Arnhem sworn translator, data as running lines, Wbtv statement, embossed seal as a grey ring")
