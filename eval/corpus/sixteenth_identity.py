"""Identity and civil-status families of the `sixteenth` part (registered in identity.FAMILIES).

Written after dev, heldout and the parts fresh to fifteenth had been read, by a writer who saw neither the validator
nor its output.  Passports of Morocco, the DR Congo, Türkiye, Suriname, Afghanistan, Syria, Guinea, Cameroon, Armenia,
Russia and Iraq whose data pages put each caption in a narrow tinted column at the left of its value (national
language over English), the photo at the left, numeric dates and the number in perforated digits along the edge:
copied open with the visa page above, certified by the lawyer with the office's stamp ('Eensluidend afschrift – Copie
conforme', date in pen, signature) and copied again by the office on a copier low on toner.  A Moroccan CNIE
enlarged and copied with the lid open (black field); a Dutch residence document in the corner of the glass, scanned to
e-mail at actual size.  A Conakry/Matoto extract typed on a typewriter as the register's carbon copy, a Nador extract
printed from the civil-status e-service with a QR code; a Turkish register copy printed at a consulate general;
Comines-Warneton/Komen-Waasten's DABS extracts (French first, Dutch under it).  Guinean and Moroccan certificates of
nationality typed by the court's registry, identity attestations of the consulates in Brussels and Liège; sworn
translations from Kortrijk and Zwolle.  Copy habits: ``scanner_app`` (kept as the name) is now the copier low on toner,
``index_flag`` (kept as the name) a yellow sticky note with a word in pen, ``phone_print`` a phone photo printed.
Same calling convention as identity.py.
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

PART = "sixteenth"
GREY = (95, 95, 95)
BLUE_INK = (25, 40, 130)

# --------------------------------------------------------------------------- copy habits (new in this part)


def scanner_app(img: Image.Image, rng: random.Random, dpi: int = 200) -> Sheet:
    """The office's multifunction copier with its toner running low: the page copied in greyscale, a little
    lighter than the original, with one or two pale vertical streaks where the drum no longer prints, and the
    copier's own job line (its name, the job number and the date) along the top edge of the sheet."""
    w, h = img.size
    g = img.convert("L").point(lambda v: min(255, int(v * 0.86 + 38))).convert("RGB")
    from PIL import ImageDraw as _D
    dr = _D.Draw(g, "RGBA")
    for _ in range(rng.choice([1, 2])):
        x = rng.uniform(0.15, 0.85) * w
        bw = rng.uniform(0.004, 0.010) * w
        dr.rectangle([x, 0, x + bw, h], fill=(255, 255, 255, rng.choice([45, 60, 75])))
    sh = Sheet()
    sh.image(0, 0, 210, 297, g)
    sh.text(105, 2, f"{rng.choice(['RICOH MP C3004', 'KONICA MINOLTA bizhub C258', 'Canon iR-ADV C3530'])} · "
            f"job {rng.randint(1000, 9999)} · 2026/11/{rng.randint(3, 27):02d}", font="sans2", size_pt=6.5,
            anchor="center", color=(120, 120, 120))
    return sh


def phone_print(img: Image.Image, rng: random.Random) -> Sheet:
    """A photo taken with a phone of a sheet lying on a bed cover or a table, printed by the office on A4 with a
    white margin: a little keystoned (narrower at the top), dimmer at one corner, JPEG-soft."""
    w, h = img.size
    ph = img.convert("RGB").resize((max(1, w // 2), max(1, h // 2)), Image.BILINEAR)
    pw, phh = ph.size
    dx = int(pw * rng.uniform(0.02, 0.05))
    ph = ph.transform((pw, phh), Image.QUAD, (-dx, 0, -dx // 3, phh, pw + dx // 3, phh, pw + dx, 0),
                      resample=Image.BICUBIC, fillcolor=(90, 100, 120))
    from PIL import ImageDraw as _D
    sh_ = Image.new("L", ph.size, 0)
    _D.Draw(sh_).ellipse([pw * 0.5, -phh * 0.2, pw * 1.6, phh * 0.6], fill=70)
    from PIL import ImageFilter as _F
    sh_ = sh_.filter(_F.GaussianBlur(60))
    ph = Image.composite(Image.new("RGB", ph.size, (40, 40, 40)), ph, sh_)
    import io
    buf = io.BytesIO()
    ph.save(buf, "JPEG", quality=rng.choice([58, 66, 74]))
    buf.seek(0)
    sh = Sheet()
    sh.image(12, 12, 186, 186 * phh / pw if pw else 260, Image.open(buf).convert("RGB"))
    return sh


def index_flag(sh: Sheet, rng: random.Random, label: str | None = None, lang: str = "nl") -> None:
    """A yellow sticky note (a Post-it) the lawyer stuck at the top right of the page before it was copied, with a
    word in pen: the exhibit's number, 'kopie cliënt' / 'copie client', 'orig. terug' or the file's initials; the
    note hides nothing but the margin."""
    x, y = rng.uniform(150, 160), rng.uniform(4, 9)
    sh.rect(x, y, 40, 36, width_mm=0, fill=(250, 236, 120))
    sh.rect(x, y + 33, 40, 3, width_mm=0, fill=(232, 214, 100))
    word = label or (rng.choice(["kopie cliënt", "orig. terug", "stuk ok", "nazien"]) if lang == "nl" else
                     rng.choice(["copie client", "orig. rendu", "pièce ok", "à vérifier"]))
    sh.handwriting(x + 3, y + 6, hand_safe(word[:14]), rng, size_pt=12, color=(20, 30, 110), font="hand2")
    sh.handwriting(x + 3, y + 16, rng.choice(["✓", "→ dossier", "KV", "ms"]) if False else
                   rng.choice(["-> dossier", "KV", "ms", "ok"]), rng, size_pt=11, color=(20, 30, 110), font="hand2")


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
    """The data page as this part's issuers print it: the photo at the left under the state's name, and every field
    as a row whose caption sits in a narrow tinted column (national language over English, in small capitals)
    with the value beside it at the right, the rows separated by fine guilloche rules; the dates numeric
    (DD.MM.YYYY), the document number repeated vertically along the right edge as perforated digits."""
    state, lang, _n, auth, col, nat = _PP14[code]
    cap = _CAP14.get(lang)
    W, H = 125.0, 88.0
    s = Sheet(W, H)
    s.rect(0, 0, W, H, width_mm=0, fill=(244, 242, 236))
    tint = tuple(min(255, 215 + v // 6) for v in col)
    for k in range(0, 88, 3):
        s.rule(0, k, W, k + 1.5, width_mm=0.05, color=tint)
    s.text(4, 2, state, font="serif2", size_pt=6.6, bold=True, color=col)
    word = {"fr": "PASSEPORT", "nl": "PASPOORT", "tr": "PASAPORT", "ru": "ПАСПОРТ"}.get(lang, "PASSPORT")
    s.text(W - 10, 2, word, font="serif2", size_pt=6.2, anchor="right", color=col)
    s.photo(4, 9, 28, 36, rng)
    s.signature(4, 48, 26, 7, rng, color=(40, 40, 50))
    vals = ["P", code, number, person.surname.upper(), person.given_names.upper(), nat,
            format_date(person.birth_date, "dots", "fr"), person.sex, strip_accents(person.birth_place).upper(),
            format_date(issue, "dots", "fr"), format_date(expiry, "dots", "fr"), auth]
    order = [(0, 1, 2), (3,), (4,), (5, 7), (6,), (8,), (9, 10), (11,)]
    y = 9.0
    x0, cw = 35.0, 22.0
    for row in order:
        for j, idx in enumerate(row):
            xs = x0 + j * 42 if len(row) > 1 else x0
            if len(row) == 3:
                xs = x0 + [0, 20, 42][j]
            s.rect(xs, y, 11 if len(row) == 3 and j < 2 else cw - 4, 7.4, width_mm=0, fill=tint)
            lab = _CAPEN[idx] if cap is None or cap[idx] == _CAPEN[idx] else f"{cap[idx]}/{_CAPEN[idx]}"
            s.text(xs + 0.6, y + 0.6, lab.upper()[:26], font="sans4", size_pt=2.7, color=(80, 80, 90))
            vx = xs + (12 if len(row) == 3 and j < 2 else cw - 3)
            val = vals[idx]
            vs = 6.6
            lim = (W - 14 - vx) if j == len(row) - 1 else 20
            while vs > 4.0 and text_width_mm(val, "sans4", vs, bold=True) > lim:
                vs -= 0.3
            s.text(vx, y + 1.4, val, font="sans4", size_pt=vs, bold=True, color=(20, 20, 25))
        s.rule(x0, y + 8, W - 10, y + 8, width_mm=0.08, color=col)
        y += 8.6
    for k, ch in enumerate(number[:10]):
        s.text(W - 5, 10 + k * 5.2, ch, font="mono2", size_pt=6, anchor="center", color=(200, 195, 185))
    size = 2.54 / 0.602 / (25.4 / 72)
    for i, ln in enumerate(lines):
        s.text(4.5, H - 12.5 + i * 4.3, ln, font="ocrb", size_pt=size, color=(10, 10, 10))
    return s


def certified_copy_stamp(sh: Sheet, rng: random.Random, x: float, y: float, lang: str = "nl") -> None:
    """The law office's certification of the copy, struck under the image: the rectangular rubber stamp
    'EENSLUIDEND AFSCHRIFT – COPIE CONFORME' with the office's name, the date written in by pen and the lawyer's
    signature across the stamp's lower line; the lawyer's initials beside it."""
    col = rng.choice([(50, 60, 150), (110, 50, 130), (40, 40, 40)])
    sh.rect(x, y, 78, 22, width_mm=0.6, color=col)
    sh.text(x + 39, y + 1.5, "EENSLUIDEND AFSCHRIFT – COPIE CONFORME", font="sans4", size_pt=7, bold=True,
            anchor="center", color=col)
    sh.text(x + 3, y + 7, "Advocatenkantoor / Cabinet d'avocats", font="sans4", size_pt=6.5, color=col)
    sh.text(x + 3, y + 11.5, "datum / date :", font="sans4", size_pt=7, color=col)
    sh.handwriting(x + 24, y + 8.6, f"{rng.randint(2, 27):02d}/{rng.choice([10, 11])}/2026", rng, size_pt=11,
                   color=(25, 35, 110), font="hand1")
    sh.text(x + 3, y + 16, "handtekening / signature", font="sans4", size_pt=6.5, color=col)
    sh.signature(x + 40, y + 11, 30, 10, rng, color=(25, 35, 110))
    sh.handwriting(x + 82, y + 10, rng.choice(["KV", "SL", "mvd", "JD"]), rng, size_pt=12, color=(25, 35, 110),
                   font="hand2")


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
        # the open booklet laid on the glass, the facing (visa) page in view above it, the copy certified by the
        # lawyer with the office's stamp in the free lower half; then copied again on the office's copier
        canvas = Sheet()
        x, y = rng.uniform(22, 34), rng.uniform(18, 28)
        canvas.rect(x - 3, y - 3, 125 * 1.25 + 6, 88 * 1.25 * 2 + 6, width_mm=0, fill=(70, 70, 70))
        canvas.rect(x, y, 125 * 1.25, 88 * 1.25 - 1.5, width_mm=0, fill=(236, 234, 228))
        canvas.text(x + 6, y + 6, "VISAS", font="sans4", size_pt=9, color=(170, 170, 170))
        canvas.image(x, y + 88 * 1.25 + 1.5, 125 * 1.25, 88 * 1.25 - 1.5, page.render(300))
        certified_copy_stamp(canvas, rng, rng.uniform(24, 40), y + 88 * 2.5 + 14)
        if annotate:
            canvas.handwriting(22, 286 - 8, hand_safe(annotate), rng, size_pt=12)
        return [scanner_app(canvas.render(200), rng)]

    return make


for _code in ("MAR", "COD", "TUR", "SUR", "AFG", "SYR", "GIN", "CMR", "ARM", "RUS", "IRQ"):
    _register(f"passport-td3-{_code.lower()}-kolom-links-eensluidend-afschrift-advocaat-16", "identity-document", PART,
              {"fr": "fr/en", "nl": "nl/en", "tr": "tr/en", "ru": "ru/en", "en": "en"}[_PP14[_code][1]],
              _passport14(_code), country=_code, mrz="TD3", photo=True,
              notes=f"{_code} passport, captions in a tinted column left of the values, photo left, numeric dates; "
                    f"copy certified with the law office's stamp, copied again on a copier low on toner")


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
    # copied at a copy shop with the copier's lid left open: both sides on one sheet, the glass around the cards
    # printed black, the cards' rounded corners cut out of the black, a grey haze at the edges of the black field
    sh = Sheet()
    sh.rect(8, 20, 194, 250, width_mm=0, fill=(22, 22, 24))
    for k, card in enumerate((f, b)):
        img = card.render(220).convert("L").convert("RGB")
        img = img.rotate(rng.uniform(-2.5, 2.5), resample=Image.BICUBIC, expand=True, fillcolor=(22, 22, 24))
        sh.image(30 + k * 4, 38 + k * 118, 150, 150 * img.size[1] / img.size[0], img)
    for k in range(6):
        sh.rect(8 + k, 20 + k, 194 - 2 * k, 250 - 2 * k, width_mm=0.6, color=(60 + k * 8, 60 + k * 8, 62 + k * 8))
    sh.text(20, 10, "CNIE recto / verso (agrandie)", font="sans2", size_pt=8, color=GREY)
    return [sh]


_register("idcard-td1-mar-cnie-deksel-open-zwarte-rand-16", "identity-document", PART, "fr", idcard_mar_enlarged,
          country="MAR", mrz="TD1", photo=True, notes="Moroccan CNIE enlarged, both sides copied with the copier's lid open: black field around the cards")


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
    # both sides laid in the top left corner of the glass against the guides and scanned to e-mail at actual
    # size; the office printed the PDF: the cards in the corner, the rest of the page white, the scanner's header
    sh = Sheet()
    sh.text(8, 5, f"Scan naar e-mail · {rng.choice(['MFP-2e-verdieping', 'Xerox-receptie', 'scanner-kantoor'])} · "
            f"{rng.randint(3, 27):02d}-11-2026 {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d} · 1 pagina", font="mono",
            size_pt=7, color=(110, 110, 110))
    for k, card in enumerate((f, b)):
        img = card.render(300).rotate(rng.uniform(-1.2, 1.2), resample=Image.BICUBIC, expand=True,
                                      fillcolor=(255, 255, 255))
        sh.image(3 + k * 89, 10, 86.5, 86.5 * img.size[1] / img.size[0], img)
    sh.rule(0, 9, 210, 9, width_mm=0.2, color=(200, 200, 200))
    index_flag(sh, rng, "V-nr. check", "nl")
    return [sh]


_register("permit-nl-verblijfsdocument-hoek-glasplaat-scan-naar-mail-16", "identity-document", PART, "nl",
          permit_nl_actual_size, country="NLD", mrz="TD1", photo=True,
          notes="Dutch residence document, both sides in the corner of the glass, scanned to e-mail at actual size, sticky note")


# --------------------------------------------------------------------------- civil status: Guinea and Morocco

_CIV14 = {
    "GIN": dict(state="RÉPUBLIQUE DE GUINÉE", motto="Travail – Justice – Solidarité", office="COMMUNE DE MATOTO",
                region="GOUVERNORAT DE LA VILLE DE CONAKRY", city="Conakry", adj="guinéen", soft="ETAT-CIVIL GN v3.2",
                court="TRIBUNAL DE PREMIÈRE INSTANCE DE CONAKRY II – MATOTO", judge="Le Président du Tribunal",
                law="le Code civil guinéen (Livre I, Titre II, De la nationalité)",
                embassy=["AMBASSADE DE LA RÉPUBLIQUE DE GUINÉE – SECTION CONSULAIRE", "Avenue de la Couronne 108", "1050 Bruxelles"]),
    "MAR": dict(state="ROYAUME DU MAROC", motto="", office="COMMUNE DE NADOR", region="PROVINCE DE NADOR",
                city="Nador", adj="marocain", soft="",
                court="TRIBUNAL DE PREMIÈRE INSTANCE DE NADOR", judge="Le Président du Tribunal",
                law="le Code de la nationalité marocaine (dahir n° 1-58-250)",
                embassy=["CONSULAT GÉNÉRAL DU ROYAUME DU MAROC", "Rue Louvrex 80", "4000 Liège"]),
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
            # typed by the clerk on a mechanical typewriter as the carbon copy of the register's volet: violet
            # carbon letters, a little blurred and uneven, the ribbon fainter on some letters; the round stamp and
            # the officer's signature in ballpoint
            f = "mono"
            ink = (85, 55, 120)
            sh.rect(0, 0, 210, 297, width_mm=0, fill=(246, 243, 232))
            for i_, t_ in enumerate([cfg["state"], cfg["motto"], "-" * 24, cfg["region"], cfg["office"],
                                     "Centre d'état civil"]):
                sh.text(105 if i_ < 3 else 20, 10 + i_ * 5, t_, font=f, size_pt=9.5, anchor="center" if i_ < 3 else "left",
                        color=ink)
            sh.text(105, 48, title, font=f, size_pt=12, bold=True, anchor="center", color=ink)
            sh.text(105, 54, "(Volet n° 3 – à remettre au déclarant)", font=f, size_pt=8.5, anchor="center", color=ink)
            sh.text(22, 64, f"Acte n° {rng.randint(10, 2999)} du {format_date(act, 'dots', 'fr')}", font=f, size_pt=10,
                    color=ink)
            y = 74
            for a, b in rows:
                jit = rng.uniform(-0.5, 0.5)
                sh.text(22, y + jit, f"{a.upper():<20}: {b[:46]}", font=f, size_pt=10,
                        color=tuple(min(255, v + rng.randint(0, 40)) for v in ink))
                y += 9
            sh.text(22, y + 8, f"Délivré à Conakry, le {format_date(issued, 'dots', 'fr')}", font=f, size_pt=10,
                    color=ink)
            sh.text(118, y + 18, "L'Officier de l'état civil", font=f, size_pt=10, color=ink)
            sh.signature(124, y + 24, 42, 14, rng, color=BLUE_INK)
            sh.stamp(108, y + 20, ["COMMUNE DE MATOTO", "ÉTAT CIVIL", "CONAKRY"], rng, size_mm=30,
                     color=(60, 60, 150))
            from PIL import ImageFilter as _F
            img = sh.render(200).filter(_F.GaussianBlur(0.7))
            sh = Sheet()
            sh.image(0, 0, 210, 297, img)
        else:
            # printed from the Moroccan civil-status e-service (the extract ordered online and printed at the
            # commune): French at the left, Arabic captions at the right of each line, a QR code and the
            # electronic identifier at the foot; the officer's stamp and signature beside it
            f = "sans2"
            sh.text(20, 12, cfg["state"], font=f, size_pt=10.5, bold=True)
            sh.text(190, 12, "المملكة المغربية", font="sans3", size_pt=10, anchor="right")
            sh.text(20, 17.5, "Ministère de l'Intérieur", font=f, size_pt=8.5)
            sh.text(190, 17.5, "وزارة الداخلية", font="sans3", size_pt=8.5, anchor="right")
            sh.text(20, 22.5, f"{cfg['region']} – {cfg['office']}", font=f, size_pt=8.5)
            sh.rule(20, 27, 190, 27, width_mm=0.5, color=(0, 100, 60))
            sh.text(105, 34, title, font=f, size_pt=13, bold=True, anchor="center")
            sh.text(105, 40, "نسخة موجزة من رسم", font="sans3", size_pt=10, anchor="center")
            sh.text(20, 50, f"Acte n° {rng.randint(100, 9999)} – Registre {act.year}", font=f, size_pt=9.5)
            y = 60
            for (a, b), a_ar in zip(rows, ar):
                sh.text(20, y, a, font=f, size_pt=8.5, color=GREY)
                sh.text(66, y - 0.3, b[:58], font=f, size_pt=10.5, bold=True)
                sh.text(190, y, a_ar, font="sans3", size_pt=8.5, anchor="right", color=GREY)
                sh.rule(20, y + 6.5, 190, y + 6.5, width_mm=0.1, color=(180, 180, 180), dash=1.0)
                y += 10
            sh.text(20, y + 8, f"Nador, le {format_date(issued, 'dots', 'fr')}", font=f, size_pt=10)
            _qr(sh, 20, y + 16, 28, rng)
            sh.text(20, y + 46, f"Identifiant : {rng.randint(10 ** 11, 10 ** 12 - 1)}", font="mono", size_pt=8)
            sh.text(125, y + 16, "L'Officier de l'état civil", font=f, size_pt=10)
            sh.stamp(118, y + 20, ["COMMUNE DE NADOR", "ÉTAT CIVIL", "PROVINCE DE NADOR"], rng, size_mm=30,
                     color=(40, 60, 140))
            sh.signature(128, y + 26, 40, 13, rng)
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
        """A certificate of nationality under a centred letterhead with the state's emblem (a round device) above
        the state's name and motto, the court's name under it, the title in spaced capitals, the text as one
        paragraph naming the person, the parents and the nationality, the judge's signature over the court's stamp;
        the registration number at the top right."""
        issued = _when(rng, issue_date, 40, 700)
        sh = Sheet()
        f = "mono"
        sh.text(20, 14, cfg["state"], font=f, size_pt=10, bold=True)
        sh.text(20, 19, (cfg["motto"] or "Dieu – La Patrie – Le Roi"), font=f, size_pt=8.5)
        sh.text(20, 24, "MINISTÈRE DE LA JUSTICE", font=f, size_pt=9)
        sh.text(20, 29, cfg["court"], font=f, size_pt=8.5)
        sh.text(20, 34, "GREFFE", font=f, size_pt=9, bold=True)
        sh.text(190, 14, f"N° {rng.randint(100, 9999)}/{issued.year % 100:02d}/GR", font=f, size_pt=9, anchor="right")
        sh.text(105, 52, "CERTIFICAT DE NATIONALITÉ", font=f, size_pt=13, bold=True, anchor="center")
        sh.rule(62, 57, 148, 57, width_mm=0.3)
        fa, mo = _parents(person, None, None)
        lines_ = ["Le Greffier en chef soussigné certifie, au vu des pièces produites", f"et conformément à {cfg['law']},",
                  "que :", "",
                  f"   {person.surname.upper()} {person.given_names}",
                  f"   né(e) le {format_date(person.birth_date, 'dots', 'fr')} à {person.birth_place}",
                  f"   fils/fille de {fa}", f"   et de {mo}", "",
                  f"est de nationalité {_fem(cfg['adj'], person.sex).upper()}.", "",
                  "Le présent certificat est délivré pour servir et valoir ce que de droit."]
        y = 68
        for ln in lines_:
            sh.text(22, y + rng.uniform(-0.3, 0.3), ln[:78], font=f, size_pt=10)
            y += 6.5
        sh.text(110, y + 8, f"{cfg['city']}, le {format_date(issued, 'dots', 'fr')}", font=f, size_pt=10)
        sh.text(115, y + 15, "Le Greffier en chef", font=f, size_pt=10)
        sh.stamp(100, y + 18, [cfg["court"][:26], "GREFFE"], rng, size_mm=30, color=(60, 40, 120))
        sh.signature(122, y + 22, 42, 14, rng)
        sh.text(22, 280, f"Enregistré au registre des certificats sous le n° {rng.randint(100, 999)}", font=f,
                size_pt=8, color=GREY)
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
        c.text(7, 75, f"{cfg['embassy'][2].split(' ', 1)[1]}, le {format_date(issued, 'dots', 'fr')}", font="sans4", size_pt=7.5)
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
    _register(f"birth-{_lc}-{'matoto-dactylo-carbone' if _c == 'GIN' else 'nador-watiqa-qr'}-16", "birth-certificate",
              PART, "fr", _civil14(_c, "birth"), country=_c,
              notes=("Conakry/Matoto birth extract typed on a typewriter as a carbon copy (violet, blurred), round stamp"
                     if _c == "GIN" else "Nador birth extract printed from the civil-status e-service, French left, "
                                         "Arabic captions right, QR code"))
    _register(f"marriage-{_lc}-{'matoto-dactylo-carbone' if _c == 'GIN' else 'nador-watiqa-qr'}-16",
              "marriage-certificate", PART, "fr", _civil14(_c, "marriage"), country=_c,
              notes=f"{_c} marriage extract in the same layout as the birth extract")
    _register(f"nationality-{_lc}-greffe-dactylographie-timbre-humide-16", "nationality-certificate", PART, "fr",
              _nationality14(_c), country=_c, notes=f"{_c} certificate of nationality typed on a typewriter by the court's registry, clerk's number")
    _register(f"idcert-{_lc}-attestation-consulaire-liege-bruxelles-a6-16", "identity-certificate", PART, "fr", _idcert14(_c), country=_c,
              photo=True, notes=f"{_c} consulate (Brussels / Liège) identity attestation, small form copied on A4, sticky note")


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
    cons = rng.choice(["ANVERS", "BRÜKSEL", "ROTTERDAM", "DEVENTER"])
    sh.text(105, 15, "DIŞİŞLERİ BAKANLIĞI", font=f, size_pt=9.5, anchor="center")
    sh.text(105, 20, f"T.C. {cons} BAŞKONSOLOSLUĞU", font=f, size_pt=9.5, bold=True, anchor="center")
    sh.text(105, 25, "Konsolosluk Nüfus Şubesi (MERNİS)", font=f, size_pt=9, anchor="center")
    sh.rect(160, 30, 32, 14, width_mm=0.3)
    sh.text(176, 31.5, "Harç", font=f, size_pt=7, anchor="center", color=GREY)
    sh.text(176, 36, f"{rng.choice([12, 15, 18])},00 EUR", font=f, size_pt=9, anchor="center")
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
    sh.text(130, y, "Konsolosluk Memuru", font=f, size_pt=10)
    sh.text(130, y + 5, rng.choice(["Ayşe KARA", "Mehmet DEMİR", "Fatma ÖZTÜRK", "Hasan ÇELİK"]), font=f, size_pt=10)
    sh.stamp(118, y + 8, ["T.C. " + cons + " BAŞKONSOLOSLUĞU", "NÜFUS"], rng, size_mm=32,
             color=(60, 60, 160))
    sh.signature(134, y + 14, 36, 12, rng)
    sh.text(24, y + 20, f"Mühür No: {_digits(rng, 5)}", font=f, size_pt=8.5, color=GREY)
    return [sh]


_register("birth-tur-baskonsolosluk-nufus-kayit-ornegi-16", "birth-certificate", PART, "tr", birth_tur_edevlet_vukuatli,
          country="TUR", notes="Turkish register copy (nüfus kayıt örneği) printed at a consulate general in Belgium/the Netherlands, fee box, stamp")


# --------------------------------------------------------------------------- Brussels: bilingual DABS extract, QR

def _be_brussels(kind: str):
    def make(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, spouse=None,
             marriage_date=None, **opts):
        """Comines-Warneton / Komen-Waasten's extract from the federal civil-status database (DABS): a
        French-language commune with facilities for Dutch speakers, so the French caption comes first with the Dutch
        under it in italics; printed at the counter on the town's letterhead with a thin blue frame, the marginal
        notes' row, signed by hand by the registrar's delegate ('Pour l'Officier de l'état civil, par délégation')."""
        issued = _when(rng, issue_date, 10, 250)
        city = ("Comines-Warneton", "Komen-Waasten")
        sh = Sheet()
        f = "sans2"
        sh.rect(12, 8, 186, 281, width_mm=0.4, color=(40, 80, 150))
        sh.text(20, 14, f"Ville de {city[0]}", font=f, size_pt=13, bold=True, color=(40, 80, 150))
        sh.text(20, 19.5, f"Stad {city[1]}", font=f, size_pt=9, italic=True, color=GREY)
        sh.text(20, 24, "Service Population – État civil / Dienst Bevolking – Burgerlijke stand", font=f, size_pt=9, color=GREY)
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
        sh.text(20, 34, title.split(" – ")[0], font=f, size_pt=11.5, bold=True)
        sh.text(20, 39.5, title.split(" – ")[1].capitalize(), font=f, size_pt=9, italic=True, color=GREY)
        sh.text(190, 14, f"Acte n° {ref.year}/{rng.randint(10, 999)}", font=f, size_pt=9, anchor="right")
        y = 52
        for a_, b_ in rows:
            fr_, nl_ = a_.split(" – ", 1) if " – " in a_ else (a_, a_)
            sh.text(22, y, fr_, font=f, size_pt=9.5)
            sh.text(22, y + 4, nl_, font=f, size_pt=7.5, italic=True, color=GREY)
            sh.text(95, y + 1, b_[:50], font=f, size_pt=10.5, bold=True)
            y += 11
        sh.text(22, y + 4, "Mentions marginales", font=f, size_pt=9.5)
        sh.text(22, y + 8, "Kantmeldingen", font=f, size_pt=7.5, italic=True, color=GREY)
        sh.text(95, y + 5, "néant / geen", font=f, size_pt=10.5)
        y += 22
        sh.text(22, y, f"Comines-Warneton, le {format_date(issued, 'long', 'fr')}", font=f, size_pt=10.5)
        sh.text(120, y, "Pour l'Officier de l'état civil,", font=f, size_pt=9.5)
        sh.text(120, y + 4.5, "par délégation / bij delegatie", font=f, size_pt=8, italic=True, color=GREY)
        sh.signature(124, y + 9, 40, 13, rng)
        sh.stamp(100, y + 6, ["VILLE DE COMINES-WARNETON", "ÉTAT CIVIL"], rng, size_mm=26, color=(40, 60, 150))
        return [sh]

    return make


_register("birth-be-comines-warneton-komen-waasten-16", "birth-certificate", PART, "fr/nl", _be_brussels("birth"),
          country="BEL", notes="Comines-Warneton/Komen-Waasten (facilities for Dutch speakers) DABS birth extract, French captions with Dutch under them, framed")
_register("marriage-be-comines-warneton-komen-waasten-16", "marriage-certificate", PART, "fr/nl", _be_brussels("marriage"),
          country="BEL", notes="Comines-Warneton/Komen-Waasten DABS marriage extract, French captions with Dutch under them, framed")


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
            # Kortrijk: the translation typed as running text that follows the source document's order, the
            # translator's initials in the right margin of the page and the round stamp over the closing formula
            f = "serif4"
            sh.text(20, 14, f"{s.upper()} {g}", font=f, size_pt=11, bold=True)
            sh.text(20, 19.5, f"Beëdigd vertaler-tolk {src[1]} · Nationaal Register nr. {_digits(rng, 6)}", font=f,
                    size_pt=8.5, color=GREY)
            sh.text(20, 24, f"Doorniksewijk {rng.randint(2, 180)}, 8500 Kortrijk", font=f, size_pt=8.5, color=GREY)
            sh.text(105, 38, "VERTALING", font=f, size_pt=13, bold=True, anchor="center")
            sh.text(105, 44, f"(uit het {src[1]})", font=f, size_pt=9.5, anchor="center")
            y = 56
            sh.text(20, y, "[Wapen]  Republiek Turkije – Ministerie van Binnenlandse Zaken" if (source_lang or "tr") == "tr"
                    else "[Wapen]", font=f, size_pt=9.5, italic=True)
            y += 10
            body = (f"Uittreksel uit het bevolkingsregister. Familienaam: {person.surname.upper()}. Voornaam: "
                    f"{person.given_names}. Naam van de vader: {person.father or '-'}. Naam van de moeder: "
                    f"{person.mother or '-'}. Geboren te {person.birth_place} op "
                    f"{format_date(person.birth_date, 'long', 'nl')}. Geslacht: "
                    f"{'vrouwelijk' if person.sex == 'F' else 'mannelijk'}. [Stempel] [Handtekening]")
            y = sh.paragraph(20, y, 165, body, font=f, size_pt=10.5, leading=1.6)
            y = sh.paragraph(20, y + 10, 165, "Voor getrouwe vertaling van het hierbij gevoegde document, waarvan "
                             "ik elke bladzijde heb geparafeerd. Ik zweer dat ik de vertaling nauwgezet en eerlijk "
                             "heb gemaakt.", font=f, size_pt=10, leading=1.5)
            sh.text(20, y + 8, f"Kortrijk, {format_date(issued, 'dots', 'nl')}", font=f, size_pt=10.5)
            sh.signature(24, y + 12, 40, 13, rng)
            sh.stamp(110, y + 2, ["BEËDIGD VERTALER-TOLK", s.upper()[:18], "KORTRIJK"], rng, size_mm=30,
                     color=(40, 60, 150))
            sh.handwriting(192, 150, f"{g[0]}{s[0]}", rng, size_pt=13, color=(30, 40, 120), font="hand1")
            return [sh]
        # Zwolle: a short bureau translation with a copy of the source stapled behind it (the staple shows at the
        # top left corner, the source's corner folded), the translator's statement in a framed block
        f = "sans2"
        sh.text(20, 14, f"{g} {s}", font=f, size_pt=12, bold=True, color=(0, 80, 120))
        sh.text(20, 20, f"Beëdigd vertaler {src[1]}–Nederlands · Rbtv-nummer {_digits(rng, 5)} · Zwolle", font=f,
                size_pt=8.5, color=GREY)
        sh.rule(12, 6, 22, 9, width_mm=0.7, color=(120, 120, 130))
        sh.text(20, 34, f"Vertaling uit het {src[1]}", font=f, size_pt=11, bold=True)
        y = 46
        for a, b in data:
            sh.text(24, y, f"{a}", font=f, size_pt=9, color=GREY)
            sh.text(24, y + 4, b, font=f, size_pt=10.5)
            y += 10.5
        sh.rect(20, y + 6, 170, 36, width_mm=0.4, color=(0, 80, 120))
        sh.paragraph(24, y + 9, 162, "Ondergetekende, beëdigd vertaler, verklaart dat de bovenstaande vertaling "
                     "getrouw en volledig is en overeenstemt met het daaraan gehechte document in de "
                     f"{src[1].lower() if src[1].islower() else src[1]} taal.", font=f, size_pt=9.5, leading=1.45)
        sh.text(24, y + 30, f"Zwolle, {format_date(issued, 'long', 'nl')}", font=f, size_pt=10)
        sh.signature(120, y + 24, 38, 12, rng)
        sh.stamp(150, y + 20, ["BEËDIGD VERTALER", s.upper()[:16], "ZWOLLE"], rng, size_mm=26,
                 color=(0, 80, 120))
        return [sh]

    return make


# the Belgian one first: 9ter takes the part's first translation family, the IND the Dutch (NLD) one
_register("translation-be-kortrijk-paraaf-elke-bladzijde-16", "translation", PART, "nl", _translation14("mechelen"),
          country="BEL", notes="Kortrijk sworn translator-interpreter, running text in the source's order, initials in the margin")
_register("translation-nl-zwolle-nietje-bronkopie-16", "translation", PART, "nl", _translation14("maastricht"),
          country="NLD", notes="Zwolle sworn translator, label-over-value lines, statement framed, staple at the corner")
