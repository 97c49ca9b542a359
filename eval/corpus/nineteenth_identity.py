"""Identity and civil-status families of the `nineteenth` part (registered in identity.FAMILIES).

Written after dev, heldout and the parts fresh to eighteenth had been read, by a writer who saw neither the validator
nor its output.  Other issuing countries: passports of Nigeria, Algeria, Senegal, Colombia and Suriname copied with the
booklet lying open on the glass (the facing page with its entry and exit stamps above the data page, the copier lid
left open so the booklet is framed in grey and the fold shades across the middle), and passports of Georgia, Ukraine,
Albania, Eritrea and Türkiye whose data page was copied alone, enlarged, lying sideways on the sheet (the text runs up
the page), the copy punched for the binder before it was scanned.  A Georgian identity card copied in the copier's
'ID card' mode (front above back, the machine's header line), a Dutch residence document copied front beside back in
black and white.  Algerian civil-status extracts on the commune's pre-printed form filled in by hand with a ballpoint,
Senegalese extracts typed on the green security form of the civil-status centre with a fiscal stamp, an Algerian
court's nationality certificate with its numbered security sticker, a Senegalese court's certificate written as
prose, an Algerian consulate's identity attestation printed from its software with the photo printed in the form,
a Senegalese embassy's identity certificate with the photo glued under a dry seal, a Turkish birth record printed
from MERNIS with its verification code, a Colombian civil birth register of a notary's office, a Walloon commune's
extracts printed from the civil-status database with an electronic signature, sworn translations from Liège and
Groningen.  Copy habits new here: punched holes, a staple and its shadow, a fax header line, a copy of a copy.
Same calling convention as identity.py.
"""
from __future__ import annotations

import datetime
import random

from PIL import Image, ImageFilter, ImageOps

from . import mrz as M
from .fresh_identity import nl_permit_data
from .identity import TODAY, _dates, _digits, _mrz_data, _register, _when
from .ninth_identity import hand_safe
from .paper import Sheet, text_width_mm
from .people import country_name, format_date, make_professional, strip_accents

PART = "nineteenth"
GREY = (100, 100, 100)
BALL_BLUE = (30, 45, 150)
OCR_PT = 2.54 / 0.602 / (25.4 / 72)       # OCR-B at the ICAO pitch of 2.54 mm per character

# --------------------------------------------------------------------------- copy habits of this part


def punch_holes(sh: Sheet, rng: random.Random, side: str = "left") -> None:
    """The copy was punched for the lawyer's binder before it was scanned: two round holes 80 mm apart, the scanner's
    dark lid showing through them, a faint ring around each."""
    H = sh.height_mm
    cx = 11.5 + rng.uniform(-1, 1) if side == "left" else sh.width_mm / 2 - 40 + rng.uniform(-2, 2)
    mid = H / 2 + rng.uniform(-3, 3)
    for k in (-40, 40):
        if side == "left":
            x, y = cx, mid + k
        else:
            x, y = cx + (k + 40), 10.5 + rng.uniform(-1, 1)
        sh.image(x - 3.6, y - 3.6, 7.2, 7.2, _hole_img(), blend="multiply")


def _hole_img() -> Image.Image:
    from PIL import ImageDraw
    im = Image.new("RGB", (72, 72), (255, 255, 255))
    d = ImageDraw.Draw(im)
    d.ellipse([2, 2, 70, 70], fill=(225, 225, 225))
    d.ellipse([7, 7, 65, 65], fill=(60, 60, 64))
    return im


def staple(sh: Sheet, rng: random.Random) -> None:
    """A staple at the top left corner, slanted, with the shadow it casts on the glass."""
    x, y = rng.uniform(8, 14), rng.uniform(7, 12)
    dx, dy = 11, -4.5
    sh.rule(x + 0.6, y + 0.8, x + dx + 0.6, y + dy + 0.8, width_mm=0.9, color=(185, 185, 185))
    sh.rule(x, y, x + dx, y + dy, width_mm=0.6, color=(90, 92, 98))
    sh.rule(x, y, x + dx, y + dy, width_mm=0.15, color=(200, 202, 210))


def fax_header(sh: Sheet, rng: random.Random, sender: str, when: datetime.date) -> None:
    """The line a fax machine prints across the top of each page it receives."""
    t = f"{when.day:02d}/{when.month:02d}/{when.year} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}"
    sh.text(8, 3.2, f"{t}   FAX +32 {rng.randint(2, 9)} {rng.randint(200, 899)} {rng.randint(10, 99)} "
                    f"{rng.randint(10, 99)}   {sender[:34].upper()}", font="mono", size_pt=7.5, color=(40, 40, 40))
    sh.text(sh.width_mm - 8, 3.2, "P.001/00" + str(rng.randint(1, 3)), font="mono", size_pt=7.5, anchor="right",
            color=(40, 40, 40))


def copy_of_copy(sh: Sheet, rng: random.Random, dpi: int = 200) -> Sheet:
    """A copy of a copy: greys flattened, the black thickened and softened, the toner's speckle in the white, a dark
    band along one edge where the first copy did not lie flat."""
    img = sh.render(dpi).convert("L")
    img = img.filter(ImageFilter.MinFilter(3)).filter(ImageFilter.GaussianBlur(0.7))
    img = img.point(lambda v: 0 if v < 60 else (255 if v > 212 else int((v - 60) * 255 / 152)))
    r = random.Random(rng.randrange(1 << 30))
    w, h = img.size
    px = img.load()
    for _ in range(int(w * h / 2500)):
        x, y = r.randrange(w), r.randrange(h)
        px[x, y] = r.randint(60, 160)
    band = Image.new("L", (w, h), 255)
    bw = int(w * r.uniform(0.012, 0.025))
    band.paste(r.randint(90, 140), (0, 0, bw, h) if r.random() < 0.5 else (w - bw, 0, w, h))
    from PIL import ImageChops
    img = ImageChops.darker(img, band.filter(ImageFilter.GaussianBlur(bw / 3)))
    out = Sheet(sh.width_mm, sh.height_mm)
    out.image(0, 0, sh.width_mm, sh.height_mm, img.convert("RGB"))
    return out


# --------------------------------------------------------------------------- passports, layout 1: the open booklet

_MON = {"en": ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"],
        "fr": ["JAN", "FEV", "MARS", "AVR", "MAI", "JUIN", "JUIL", "AOUT", "SEPT", "OCT", "NOV", "DEC"],
        "es": ["ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SEP", "OCT", "NOV", "DIC"],
        "tr": ["OCA", "ŞUB", "MAR", "NİS", "MAY", "HAZ", "TEM", "AĞU", "EYL", "EKİ", "KAS", "ARA"]}

# code: (state line, local word for passport, lang, number, authority, colour, nationality printed, date form)
_OPEN = {
    "NGA": ("FEDERAL REPUBLIC OF NIGERIA", "PASSPORT", "en", lambda r: "B" + _digits(r, 8), "NIS ABUJA",
            (0, 110, 60), "NIGERIAN", "mon"),
    "DZA": ("RÉPUBLIQUE ALGÉRIENNE DÉMOCRATIQUE ET POPULAIRE", "PASSEPORT", "fr", lambda r: _digits(r, 9),
            "DAÏRA D'ORAN", (0, 100, 70), "ALGÉRIENNE", "dots"),
    "SEN": ("RÉPUBLIQUE DU SÉNÉGAL", "PASSEPORT", "fr", lambda r: "A0" + _digits(r, 7), "DGPN DAKAR",
            (20, 110, 60), "SÉNÉGALAISE", "slashes"),
    "COL": ("REPÚBLICA DE COLOMBIA", "PASAPORTE", "es", lambda r: "AX" + _digits(r, 7), "CANCILLERÍA",
            (120, 30, 40), "COLOMBIANA", "mon"),
    "SUR": ("REPUBLIEK SURINAME", "PASPOORT", "nl", lambda r: "S" + _digits(r, 7), "CBB PARAMARIBO",
            (110, 25, 30), "SURINAAMSE", "dashes"),
}
_CAP_OPEN = {"en": ("Type", "Code", "Passport No.", "Surname", "Given names", "Nationality", "Date of birth", "Sex",
                    "Place of birth", "Date of issue", "Date of expiry", "Authority", "Holder's signature"),
             "fr": ("Type", "Code", "N° du passeport", "Nom", "Prénoms", "Nationalité", "Date de naissance", "Sexe",
                    "Lieu de naissance", "Date de délivrance", "Date d'expiration", "Autorité",
                    "Signature du titulaire"),
             "es": ("Tipo", "Código", "Pasaporte No.", "Apellidos", "Nombres", "Nacionalidad", "Fecha de nacimiento",
                    "Sexo", "Lugar de nacimiento", "Fecha de expedición", "Fecha de vencimiento", "Autoridad",
                    "Firma del titular"),
             "nl": ("Type", "Code", "Paspoortnummer", "Naam", "Voornamen", "Nationaliteit", "Geboortedatum",
                    "Geslacht", "Geboorteplaats", "Datum van afgifte", "Geldig tot", "Afgegeven door",
                    "Handtekening houder")}
_CAP_EN = _CAP_OPEN["en"]


def _pdate(d: datetime.date, form: str, lang: str) -> str:
    if form == "mon":
        loc, en = _MON.get(lang, _MON["en"])[d.month - 1], _MON["en"][d.month - 1]
        return f"{d.day:02d} {loc}/{en} {d.year}" if loc != en else f"{d.day:02d} {en} {d.year}"
    if form == "dots":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if form == "slashes":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    return f"{d.day:02d}-{d.month:02d}-{d.year}"


def _open_data_page(code, person, rng, number, issue, expiry, lines) -> Sheet:
    """The data page (125 x 88 mm): the state's name across the top in the national colour, the word for passport
    under it; the photo at the left with the holder's signature under it; the fields in two columns, each caption in
    the national language and English separated by a slash in small type above its value; the MRZ at the foot."""
    state, word, lang, _n, auth, col, nat, form = _OPEN[code]
    cap = _CAP_OPEN[lang]
    s = Sheet(125, 88)
    s.rect(0, 0, 125, 88, width_mm=0, fill=(246, 244, 236))
    light = tuple(min(255, 200 + v // 4) for v in col)
    for k in range(0, 125, 4):
        s.rule(k, 14, k + 10, 62, width_mm=0.06, color=light)
    s.text(62.5, 2.2, state, font="serif4", size_pt=6.3 if len(state) < 34 else 5.0, bold=True, anchor="center",
           color=col)
    s.text(62.5, 6.4, word if word == "PASSPORT" else f"{word} / PASSPORT", font="serif4", size_pt=5.4,
           anchor="center", color=(70, 70, 70))
    s.photo(4, 13, 29, 36, rng)
    s.text(4, 50.5, cap[12] if lang == "en" else f"{cap[12]} / {_CAP_EN[12]}", font="sans4", size_pt=2.8,
           color=GREY)
    s.signature(5, 52, 26, 6, rng, color=(30, 30, 40))
    vals = ["P", code, number, person.surname.upper(), person.given_names.upper(), nat,
            _pdate(person.birth_date, form, lang), person.sex, strip_accents(person.birth_place).upper(),
            _pdate(issue, form, lang), _pdate(expiry, form, lang), auth]
    grid = [(0, 37, 12), (1, 50, 12), (2, 78, 12), (3, 37, 19.5), (4, 37, 27), (5, 37, 34.5), (6, 37, 42),
            (7, 96, 42), (8, 37, 49.5), (9, 37, 57), (10, 80, 57), (11, 80, 49.5)]
    for i, x, y in grid:
        lab = cap[i] if lang == "en" else f"{cap[i]} / {_CAP_EN[i]}"
        s.text(x, y, lab, font="sans4", size_pt=2.8, color=GREY)
        v = vals[i]
        sz = 6.0
        lim = 120 - x if i in (3, 4, 5) else (38 if i in (6, 8, 9) else 30)
        while sz > 4.0 and text_width_mm(v, "sans2", sz, bold=True) > lim:
            sz -= 0.25
        s.text(x, y + 1.4, v, font="sans2", size_pt=sz, bold=True, color=(25, 25, 30))
    for i, ln in enumerate(lines):
        s.text(4.2, 71.5 + i * 5.2, ln, font="ocrb", size_pt=OCR_PT, color=(15, 15, 15))
    return s


def _visa_page(code, rng, issue) -> Sheet:
    """The facing page: 'Visas' printed at the top, two or three entry and exit stamps of Brussels Airport and of the
    home country's airport, one at an angle, and a page number."""
    s = Sheet(125, 88)
    s.rect(0, 0, 125, 88, width_mm=0, fill=(246, 244, 236))
    s.text(62.5, 3, "VISAS", font="serif4", size_pt=7, anchor="center", color=(150, 150, 150))
    home = {"NGA": "LAGOS MMIA", "DZA": "ALGER H.B.", "SEN": "DAKAR AIBD", "COL": "BOGOTÁ EL DORADO",
            "SUR": "ZANDERIJ J.A.P.A."}[code]
    d = issue + datetime.timedelta(days=rng.randint(30, 200))
    for k in range(rng.randint(2, 3)):
        if d >= TODAY - datetime.timedelta(days=40):
            break
        where = ["BRUSSELS AIRPORT", "ZAVENTEM", home][k % 3]
        x, y = 6 + (k % 2) * 58 + rng.uniform(-3, 3), 12 + (k // 2) * 36 + rng.uniform(-2, 4)
        s.stamp(x, y, [where, f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}", "ENTRY" if k % 2 == 0 else "EXIT"],
                rng, shape="rect", size_mm=30, color=[(40, 60, 150), (120, 30, 60), (30, 90, 60)][k % 3],
                angle=rng.uniform(-12, 12))
        d = d + datetime.timedelta(days=rng.randint(20, 260))
    s.text(120, 83, str(rng.randint(4, 30)), font="serif4", size_pt=6, anchor="right", color=GREY)
    return s


def _passport_open(code: str):
    cfg = _OPEN[code]

    def make(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, crop=False,
             annotate=None, number=None, **opts):
        issue, expiry = _dates(rng, issue_date, expiry_date, 5 if code != "DZA" else 10)
        number = number or cfg[3](rng)
        md = _mrz_data(person, mrz_override)
        lines = M.td3(issuing=code, surname=md["surname"], given=md["given_names"],
                      number=md.get("number", number[-9:]), nationality=md["nationality"],
                      birth_date=md["birth_date"], sex=md["sex"], expiry=expiry, break_check=break_check)
        page = _open_data_page(code, person, rng, number, issue, expiry, lines)
        if crop:
            return [page]
        # the booklet lies open on the glass with the lid up: a grey field around it, the facing page with its
        # stamps above the data page, the fold shading across between them
        sh = Sheet()
        sh.rect(0, 0, 210, 297, width_mm=0, fill=(252, 252, 250))
        x, y = rng.uniform(36, 48), rng.uniform(20, 30)
        sh.rect(x - 9, y - 8, 143, 196, width_mm=0, fill=(92, 92, 96))
        sh.rect(x - 2.5, y - 2.5, 130, 181, width_mm=0, fill=cfg[5])
        sh.image(x, y, 125, 88, _visa_page(code, rng, issue).render(200))
        sh.image(x, y + 88, 125, 88, page.render(300))
        for k, g in enumerate((150, 185, 215)):
            sh.rule(x, y + 88 - 1.2 + k * 0.8, x + 125, y + 88 - 1.2 + k * 0.8, width_mm=0.8, color=(g, g, g))
        if annotate:
            sh.handwriting(22, 272, hand_safe(annotate), rng, size_pt=12)
        if rng.random() < 0.5:
            staple(sh, rng)
        return [sh]

    return make


for _c in ("NGA", "DZA", "SEN", "COL", "SUR"):
    _register(f"passport-td3-{_c.lower()}-open-boekje-visumpagina-boven-deksel-open-19", "identity-document", PART,
              {"en": "en", "fr": "fr/en", "es": "es/en", "nl": "nl/en"}[_OPEN[_c][2]], _passport_open(_c),
              country=_c, mrz="TD3", photo=True,
              notes=f"{_c} passport copied open on the glass, the facing page with entry/exit stamps above the data "
                    f"page, lid open (grey frame), bilingual captions with a slash, dates '{_OPEN[_c][7]}'")


# --------------------------------------------------------------------------- passports, layout 2: sideways, numbered

# code: (state in English, local state, lang, number, authority, colour, nationality, personal-number digits)
_SIDE = {
    "GEO": ("GEORGIA", "საქართველო", "ka", lambda r: _digits(r, 2) + "IN" + _digits(r, 5),
            "PUBLIC SERVICE DEVELOPMENT AGENCY", (120, 30, 40), "GEORGIAN", 11),
    "UKR": ("UKRAINE", "УКРАЇНА", "uk", lambda r: "F" + r.choice("ABCEKMX") + _digits(r, 6), "4605",
            (20, 60, 140), "UKRAINE/УКРАЇНА", 14),
    "ALB": ("REPUBLIC OF ALBANIA", "REPUBLIKA E SHQIPËRISË", "sq", lambda r: "B" + _digits(r, 8),
            "DREJTORIA E PASAPORTAVE", (150, 20, 30), "SHQIPTARE/ALBANIAN", 10),
    "ERI": ("STATE OF ERITREA", "ሃገረ ኤርትራ", "ti", lambda r: "P" + _digits(r, 7),
            "IMMIGRATION AND NATIONALITY", (20, 90, 130), "ERITREAN", 0),
    "TUR": ("REPUBLIC OF TÜRKİYE", "TÜRKİYE CUMHURİYETİ", "tr", lambda r: "U" + _digits(r, 8),
            "EMNİYET GENEL MÜDÜRLÜĞÜ", (170, 20, 30), "T.C.", 11),
}
_SIDE_LOC = {"ka": ("გვარი", "სახელი", "მოქალაქეობა", "დაბადების თარიღი", "სქესი", "დაბადების ადგილი",
                    "გაცემის თარიღი", "მოქმედების ვადა", "ორგანო", "პირადი ნომერი"),
             "uk": ("Прізвище", "Ім'я", "Громадянство", "Дата народження", "Стать", "Місце народження",
                    "Дата видачі", "Дата закінчення", "Орган", "Запис №"),
             "sq": ("Mbiemri", "Emri", "Shtetësia", "Datëlindja", "Gjinia", "Vendlindja", "Data e lëshimit",
                    "Data e mbarimit", "Autoriteti", "Nr. personal"),
             "ti": ("", "", "", "", "", "", "", "", "", ""),
             "tr": ("Soyadı", "Adı", "Uyruğu", "Doğum tarihi", "Cinsiyeti", "Doğum yeri", "Veriliş tarihi",
                    "Geçerlilik tarihi", "Makam", "T.C. Kimlik No")}
_SIDE_EN = ("Surname", "Given names", "Nationality", "Date of birth", "Sex", "Place of birth", "Date of issue",
            "Date of expiry", "Authority", "Personal No.")


def _side_data_page(code, person, rng, number, issue, expiry, lines, pno) -> Sheet:
    st, loc, lang, _n, auth, col, nat, _k = _SIDE[code]
    L = _SIDE_LOC[lang]
    s = Sheet(125, 88)
    s.rect(0, 0, 125, 88, width_mm=0, fill=(240, 242, 246))
    for k in range(0, 88, 2):
        s.rule(0, k, 125, k + 3, width_mm=0.04, color=(216, 222, 236))
    s.rect(0, 0, 125, 9, width_mm=0, fill=tuple(min(255, v + 150) for v in col))
    s.text(4, 1.8, st, font="sans4", size_pt=6.2, bold=True, color=col)
    if lang != "ti":
        s.text(121, 1.8, loc, font="sans3", size_pt=5.6, anchor="right", color=col)
    s.text(4, 11, "P", font="sans4", size_pt=6, bold=True)
    s.text(14, 11, code, font="sans4", size_pt=6, bold=True)
    s.text(120, 11, number, font="mono2", size_pt=8.5, bold=True, anchor="right", color=(150, 30, 30))
    s.photo(4, 17, 28, 35, rng)
    s.rect(96, 40, 25, 22, width_mm=0.2, color=(190, 190, 205))
    small = Sheet(12, 15)
    small.photo(0, 0, 12, 15, random.Random(rng.randrange(1 << 20)))
    s.image(103, 43, 12, 15, small.render(150).convert("L").point(lambda v: 150 + v // 3).convert("RGB"))
    vals = [person.surname.upper(), person.given_names.upper(), nat,
            format_date(person.birth_date, "spaces" if code in ("GEO", "UKR") else "dots", "en"), person.sex,
            strip_accents(person.birth_place).upper(), format_date(issue, "spaces" if code in ("GEO", "UKR")
                                                                      else "dots", "en"),
            format_date(expiry, "spaces" if code in ("GEO", "UKR") else "dots", "en"), auth, pno]
    pos = [(0, 36, 17), (1, 36, 24), (2, 36, 31), (3, 36, 38), (4, 76, 38), (5, 36, 45), (6, 36, 52),
           (7, 68, 52), (8, 36, 59), (9, 88, 31)]
    for i, x, y in pos:
        if i == 9 and not pno:
            continue
        lab = f"{i + 1}. {L[i]} / {_SIDE_EN[i]}" if L[i] else f"{i + 1}. {_SIDE_EN[i]}"
        s.text(x, y, lab[:44], font="sans3" if lang in ("ka", "uk") else "sans4", size_pt=2.9, color=(90, 90, 110))
        v = vals[i]
        sz = 5.8
        lim = (120 - x) if i not in (3, 6) else 30
        while sz > 3.8 and text_width_mm(v, "sans4", sz, bold=True) > lim:
            sz -= 0.25
        s.text(x, y + 1.4, v, font="sans4", size_pt=sz, bold=True)
    for i, ln in enumerate(lines):
        s.text(4.2, 71.5 + i * 5.2, ln, font="ocrb", size_pt=OCR_PT, color=(15, 15, 15))
    return s


def _passport_side(code: str):
    cfg = _SIDE[code]

    def make(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, crop=False,
             annotate=None, number=None, **opts):
        issue, expiry = _dates(rng, issue_date, expiry_date, 10)
        number = number or cfg[3](rng)
        pno = _digits(rng, cfg[7]) if cfg[7] else ""
        if code == "UKR":
            pno = person.birth_date.strftime("%Y%m%d") + "-" + _digits(rng, 5)
        md = _mrz_data(person, mrz_override)
        pn_mrz = pno.replace("-", "")[:14]
        lines = M.td3(issuing=code, surname=md["surname"], given=md["given_names"],
                      number=md.get("number", number[-9:]), nationality=md["nationality"],
                      birth_date=md["birth_date"], sex=md["sex"], expiry=expiry, personal_number=pn_mrz,
                      break_check=break_check)
        page = _side_data_page(code, person, rng, number, issue, expiry, lines, pno)
        if crop:
            return [page]
        # enlarged 140 % and laid sideways on the glass: on the portrait sheet the text runs upwards; the copy was
        # then punched for the binder and scanned from there
        k_ = 1.4
        img = page.render(260).rotate(90 if rng.random() < 0.6 else 270, expand=True)
        sh = Sheet()
        w, h = 88 * k_, 125 * k_
        x, y = rng.uniform(45, 58), rng.uniform(40, 58)
        sh.rect(x - 1.5, y - 1.5, w + 3, h + 3, width_mm=0.35, color=(120, 120, 120))
        sh.image(x, y, w, h, img)
        punch_holes(sh, rng)
        if annotate:
            sh.handwriting(22, 272, hand_safe(annotate), rng, size_pt=12)
        return [sh]

    return make


for _c in ("GEO", "UKR", "ALB", "ERI", "TUR"):
    _register(f"passport-td3-{_c.lower()}-gegevensblad-dwars-140pct-genummerde-velden-perforatie-19",
              "identity-document", PART, {"ka": "ka/en", "uk": "uk/en", "sq": "sq/en", "ti": "en", "tr": "tr/en"}[
                  _SIDE[_c][2]], _passport_side(_c), country=_c, mrz="TD3", photo=True,
              notes=f"{_c} passport data page copied alone enlarged 140 % lying sideways (text runs up the sheet), "
                    f"numbered bilingual captions, ghost photo, the copy punched for a binder")


# --------------------------------------------------------------------------- Georgian identity card, 'ID card' mode

def idcard_geo(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, **opts):
    """Georgia's identity card (TD1): copied in the copier's 'ID card copy' mode, which places the front at the top
    and the back under it at actual size in the upper left quarter and prints its header line at the top."""
    issue, expiry = _dates(rng, issue_date, expiry_date, 10)
    no = _digits(rng, 2) + "ID" + _digits(rng, 5)
    pno = _digits(rng, 11)
    md = _mrz_data(person, mrz_override)
    lines = M.td1(doc_code="ID", issuing="GEO", number=md.get("number", no), nationality=md["nationality"],
                  birth_date=md["birth_date"], sex=md["sex"], expiry=expiry, surname=md["surname"],
                  given=md["given_names"], optional1=pno, break_check=break_check)
    f = Sheet(85.6, 54)
    f.rect(0, 0, 85.6, 54, width_mm=0, fill=(238, 240, 232))
    f.rect(0, 0, 85.6, 7, width_mm=0, fill=(190, 40, 45))
    f.text(3, 1.2, "საქართველო  GEORGIA", font="sans3", size_pt=6, bold=True, color=(255, 255, 255))
    f.text(82, 1.6, "პირადობის მოწმობა / IDENTITY CARD", font="sans3", size_pt=3.6, anchor="right",
           color=(255, 255, 255))
    f.photo(3, 10, 23, 30, rng)
    rows = [("გვარი / Surname", person.surname.upper()), ("სახელი / Name", person.given_names.upper()),
            ("მოქალაქეობა / Citizenship", "GEO"), ("დაბადების თარიღი / Date of birth",
                                                   format_date(person.birth_date, "dots", "en")),
            ("პირადი ნომერი / Personal No.", pno), ("მოქმედია / Valid until", format_date(expiry, "dots", "en"))]
    for k, (a, b) in enumerate(rows):
        f.text(29, 9 + k * 6.8, a, font="sans3", size_pt=3.2, color=(90, 90, 90))
        f.text(29, 10.9 + k * 6.8, b, font="sans4", size_pt=5.3, bold=True)
    f.text(3, 44, f"№ {no}", font="mono2", size_pt=7, bold=True)
    f.signature(3, 47, 22, 5, rng, color=(40, 40, 50))
    b = Sheet(85.6, 54)
    b.rect(0, 0, 85.6, 54, width_mm=0, fill=(236, 238, 232))
    for k, (a, v) in enumerate([("დაბადების ადგილი / Place of birth", strip_accents(person.birth_place).upper()),
                                ("სქესი / Sex", person.sex),
                                ("გაცემის თარიღი / Date of issue", format_date(issue, "dots", "en")),
                                ("გამცემი ორგანო / Issuing authority", "PSDA")]):
        b.text(3, 2.5 + k * 6.5, a, font="sans3", size_pt=3.2, color=(90, 90, 90))
        b.text(3, 4.4 + k * 6.5, v, font="sans4", size_pt=5.0, bold=True)
    size = (78.0 / 30) / 0.602 / (25.4 / 72)
    for i, ln in enumerate(lines):
        b.text(3.5, 36 + i * 4.5, ln, font="ocrb", size_pt=size)
    sh = Sheet()
    when = TODAY - datetime.timedelta(days=rng.randint(1, 30))
    sh.text(10, 6, f"ID Card Copy   {when.isoformat()}   {rng.randint(8, 18):02d}:{rng.randint(10, 59)}   "
                   f"Job {rng.randint(100, 999)}", font="mono", size_pt=7, color=(80, 80, 80))
    x0, y0 = rng.uniform(14, 20), rng.uniform(16, 22)
    sh.image(x0, y0, 85.6, 54, f.render(300))
    sh.image(x0, y0 + 54 + rng.uniform(12, 20), 85.6, 54, b.render(300))
    if opts.get("annotate"):
        sh.handwriting(22, 272, hand_safe(opts["annotate"]), rng, size_pt=12)
    return [sh]


_register("idcard-td1-geo-kopieer-id-modus-voor-boven-achter-19", "identity-document", PART, "ka/en", idcard_geo,
          country="GEO", mrz="TD1", photo=True,
          notes="Georgian ID card copied in the copier's 'ID card' mode: front above back at actual size in the upper "
                "left quarter, the machine's header line")


# --------------------------------------------------------------------------- Dutch residence document, black and white

def permit_nl_bw(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None,
                 purpose=None, v_number=None, **opts):
    """A Dutch residence document copied in black and white, front and back side by side across the top of the sheet
    at actual size; the card's hologram copies as a dark blotch over the photo's corner."""
    issue, expiry, number, purpose, lines, vnr = nl_permit_data(person, rng, "KLMPR", issue_date, expiry_date,
                                                                break_check, mrz_override, purpose, v_number)
    f = Sheet(85.6, 54)
    f.rect(0, 0, 85.6, 54, width_mm=0, fill=(230, 232, 238))
    f.text(3, 1.6, "NEDERLAND", font="sans2", size_pt=6, bold=True)
    f.text(3, 4.8, "VERBLIJFSDOCUMENT  ·  RESIDENCE DOCUMENT", font="sans2", size_pt=4.2)
    f.photo(60, 9, 23, 29, rng)
    f.text(71, 36, "●", font="sans3", size_pt=18, anchor="center", color=(120, 120, 130))
    rows = [("Naam/Surname", person.surname.upper()), ("Voornamen/Given names", person.given_names.upper()),
            ("Documentnr./Document no.", number), ("Geldig tot/Date of expiry", format_date(expiry, "dots", "nl")),
            ("Soort/Type", "REGULIER BEPAALD"), ("Aantekeningen/Remarks", purpose.upper())]
    for k, (a, b) in enumerate(rows):
        f.text(3, 9 + k * 7, a, font="sans2", size_pt=3.1, color=(80, 80, 80))
        f.text(3, 11.0 + k * 7, b[:30], font="sans2", size_pt=5.0, bold=True)
    b = Sheet(85.6, 54)
    b.rect(0, 0, 85.6, 54, width_mm=0, fill=(232, 234, 238))
    for k, (a, v) in enumerate([("Geboortedatum/Date of birth", format_date(person.birth_date, "dots", "nl")),
                                ("Nationaliteit/Nationality", country_name(person.nationality, "nl").upper()),
                                ("V-nummer", vnr), ("Plaats en datum afgifte", f"IND {format_date(issue, 'dots', 'nl')}")]):
        b.text(3, 2 + k * 6.8, a, font="sans2", size_pt=3.2, color=(80, 80, 80))
        b.text(36, 2 + k * 6.8, v, font="sans2", size_pt=4.8, bold=True)
    size = (78.0 / 30) / 0.602 / (25.4 / 72)
    for i, ln in enumerate(lines):
        b.text(3.5, 36 + i * 4.5, ln, font="ocrb", size_pt=size)
    sh = Sheet()
    y0 = rng.uniform(18, 28)
    for k, card in enumerate((f, b)):
        img = card.render(300).convert("L")
        img = ImageOps.autocontrast(img, cutoff=1).convert("RGB")
        sh.image(14 + k * 95 + rng.uniform(-1.5, 1.5), y0 + rng.uniform(-2, 2), 85.6, 54, img)
    if opts.get("annotate"):
        sh.handwriting(22, 272, hand_safe(opts["annotate"]), rng, size_pt=12)
    return [sh]


_register("permit-nl-verblijfsdocument-zwartwit-voor-naast-achter-19", "identity-document", PART, "nl", permit_nl_bw,
          country="NLD", mrz="TD1", photo=True,
          notes="Dutch residence document copied in black and white, front and back side by side across the top")


# --------------------------------------------------------------------------- Algeria: hand-filled commune form

_DZA = dict(wilaya="WILAYA D'ORAN", daira="DAÏRA D'ES SENIA", apc="COMMUNE D'ES SENIA", city="Es Senia",
            court="COUR D'ORAN", tribunal="TRIBUNAL D'ES SENIA",
            consulate=["CONSULAT GÉNÉRAL DE LA RÉPUBLIQUE ALGÉRIENNE", "DÉMOCRATIQUE ET POPULAIRE À BRUXELLES"])
_SEN = dict(centre="CENTRE D'ÉTAT CIVIL DE DAKAR-PLATEAU", region="RÉGION DE DAKAR", dept="DÉPARTEMENT DE DAKAR",
            court="TRIBUNAL D'INSTANCE HORS CLASSE DE DAKAR", city="Dakar",
            embassy=["AMBASSADE DE LA RÉPUBLIQUE DU SÉNÉGAL", "Service consulaire – Bruxelles"])


def _parents(person, father, mother):
    return father or person.father or "-", mother or person.mother or "-"


def _civil_dza(kind: str):
    def make(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, spouse=None,
             marriage_date=None, **opts):
        """The commune's pre-printed extract (model S.12 for births) with the headings and captions printed and every
        value written in by the registrar's clerk with a blue ballpoint on dotted lines; the act's number in a box at
        the top right; the square stamp of the civil-status officer and his signature; a copy of a copy."""
        issued = _when(rng, issue_date, 30, 500)
        fa, mo = _parents(person, father, mother)
        hand = rng.choice(["hand1", "hand2", "hand4"])
        sh = Sheet()
        f = "serif"
        sh.text(105, 10, "RÉPUBLIQUE ALGÉRIENNE DÉMOCRATIQUE ET POPULAIRE", font=f, size_pt=10.5, bold=True,
                anchor="center")
        for k, ln in enumerate((_DZA["wilaya"], _DZA["daira"], _DZA["apc"])):
            sh.text(20, 20 + k * 4.6, ln, font=f, size_pt=8.5)
        sh.rect(150, 18, 40, 14, width_mm=0.4)
        sh.text(152, 19.5, "Acte n°", font=f, size_pt=8)
        year = (person.birth_date if kind == "birth" else (marriage_date or person.birth_date)).year
        sh.handwriting(166, 18.5, f"{rng.randint(12, 2400)}/{year}", rng, size_pt=12, color=BALL_BLUE, font=hand)
        title = "EXTRAIT D'ACTE DE NAISSANCE" if kind == "birth" else "EXTRAIT D'ACTE DE MARIAGE"
        sh.text(105, 42, title, font=f, size_pt=14, bold=True, anchor="center")
        y = 58

        def line(cap, val):
            nonlocal y
            sh.text(20, y, cap, font=f, size_pt=10)
            x0 = 20 + text_width_mm(cap, f, 10) + 2
            sh.rule(x0, y + 4.6, 190, y + 4.6, width_mm=0.12, dash=0.5, color=(90, 90, 90))
            sh.handwriting(x0 + 2, y - 1.0, hand_safe(val)[:60], rng, size_pt=12.5, color=BALL_BLUE, font=hand)
            y += 10.5

        if kind == "birth":
            d = person.birth_date
            line("Le", f"{d.day:02d}/{d.month:02d}/{d.year}")
            line("à", f"{rng.randint(1, 23):02d} h {rng.randint(0, 59):02d}")
            line("est né(e) à", person.birth_place)
            line("le (la) nommé(e)", person.surname.upper())
            line("Prénom(s)", person.given_names)
            line("Sexe", "masculin" if person.sex == "M" else "féminin")
            line("Fils / Fille de", fa)
            line("et de", mo)
        else:
            sp = spouse
            md = marriage_date or (issued - datetime.timedelta(days=900))
            line("Le", f"{md.day:02d}/{md.month:02d}/{md.year}")
            line("ont contracté mariage à", _DZA["city"])
            line("l'époux", f"{person.surname.upper()} {person.given_names}")
            line("né le", f"{person.birth_date.day:02d}/{person.birth_date.month:02d}/{person.birth_date.year} à "
                           f"{person.birth_place}")
            line("l'épouse", f"{sp.surname.upper()} {sp.given_names}" if sp else "-")
            if sp:
                line("née le", f"{sp.birth_date.day:02d}/{sp.birth_date.month:02d}/{sp.birth_date.year} à "
                               f"{sp.birth_place}")
            line("Acte dressé par", "l'officier de l'état civil")
        sh.text(20, y + 3, "Mentions marginales :", font=f, size_pt=10)
        sh.handwriting(62, y + 2, "néant", rng, size_pt=12, color=BALL_BLUE, font=hand)
        sh.text(110, y + 16, "Délivré à", font=f, size_pt=10)
        sh.handwriting(128, y + 15, f"{_DZA['city']}, le {issued.day:02d}/{issued.month:02d}/{issued.year}", rng,
                       size_pt=11.5, color=BALL_BLUE, font=hand)
        sh.text(120, y + 25, "L'Officier de l'état civil", font=f, size_pt=10)
        sh.stamp(112, y + 30, ["APC D'ES SENIA", "OFFICIER DE L'ÉTAT CIVIL", "WILAYA D'ORAN"], rng, shape="rect",
                 size_mm=36, color=(60, 60, 150))
        sh.signature(128, y + 33, 40, 14, rng, color=BALL_BLUE)
        sh.text(20, 284, "Modèle S.12" if kind == "birth" else "Modèle S.13", font=f, size_pt=7, color=GREY)
        return [copy_of_copy(sh, rng)]

    return make


# --------------------------------------------------------------------------- Senegal: typed on the green form

def _civil_sen(kind: str):
    def make(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, spouse=None,
             marriage_date=None, **opts):
        """The centre's extract typed on the green security form: the state, region and centre at the top left, a
        fiscal stamp of 200 francs stuck at the top right and cancelled, a narrow column at the left with the year,
        the register's number and the act's number one under the other, the text in numbered lines at the right,
        'Pour extrait certifié conforme' and the officer's round stamp over the signature."""
        issued = _when(rng, issue_date, 20, 400)
        fa, mo = _parents(person, father, mother)
        sh = Sheet()
        sh.rect(0, 0, 210, 297, width_mm=0, fill=(232, 244, 232))
        for k in range(0, 297, 3):
            sh.rule(0, k, 210, k + 1.2, width_mm=0.05, color=(206, 228, 208))
        f = "typewriter"
        sh.text(18, 12, "RÉPUBLIQUE DU SÉNÉGAL", font="serif", size_pt=10, bold=True)
        sh.text(18, 16.5, "Un Peuple – Un But – Une Foi", font="serif", size_pt=7.5, italic=True)
        for k, ln in enumerate((_SEN["region"], _SEN["dept"], _SEN["centre"])):
            sh.text(18, 23 + k * 4.3, ln, font="serif", size_pt=8)
        sh.rect(166, 10, 24, 28, width_mm=0.2, color=(120, 120, 90), fill=(240, 228, 200))
        sh.text(178, 14, "TIMBRE", font="serif", size_pt=6, anchor="center")
        sh.text(178, 18, "FISCAL", font="serif", size_pt=6, anchor="center")
        sh.text(178, 25, "200 F", font="serif", size_pt=9, bold=True, anchor="center")
        sh.stamp(160, 16, ["DAKAR-PLATEAU", f"{issued.day:02d}.{issued.month:02d}.{issued.year % 100:02d}"], rng,
                 size_mm=20, color=(60, 60, 60))
        title = ("EXTRAIT DU REGISTRE DES ACTES DE NAISSANCE" if kind == "birth" else
                 "EXTRAIT DU REGISTRE DES ACTES DE MARIAGE")
        sh.text(105, 46, title, font="serif", size_pt=12.5, bold=True, anchor="center")
        sh.rule(18, 54, 190, 54, width_mm=0.3)
        sh.rule(50, 54, 50, 200, width_mm=0.3)
        year = (person.birth_date if kind == "birth" else (marriage_date or person.birth_date)).year
        for k, (a, b) in enumerate((("Année", str(year)), ("Registre", f"R{rng.randint(1, 9)}"),
                                    ("N° de l'acte", str(rng.randint(10, 4800))))):
            sh.text(20, 60 + k * 14, a, font="serif", size_pt=8.5)
            sh.text(22, 65 + k * 14, b, font=f, size_pt=11)
        if kind == "birth":
            d = person.birth_date
            body = [f"Le {format_date(d, 'long', 'fr')}",
                    f"est né(e) à {person.birth_place}",
                    f"un enfant de sexe {'masculin' if person.sex == 'M' else 'féminin'}",
                    f"Prénom(s) : {person.given_names}",
                    f"Nom : {person.surname.upper()}",
                    f"Père : {fa}", f"Mère : {mo}",
                    f"Acte dressé le {format_date(act_date or d + datetime.timedelta(days=rng.randint(2, 30)), 'dots', 'fr')}"]
        else:
            sp = spouse
            md = marriage_date or (issued - datetime.timedelta(days=900))
            body = [f"Le {format_date(md, 'long', 'fr')}",
                    f"a été célébré le mariage de : {person.given_names} {person.surname.upper()}",
                    f"né le {format_date(person.birth_date, 'dots', 'fr')} à {person.birth_place}",
                    f"et de : {sp.given_names} {sp.surname.upper()}" if sp else "et de : -",
                    f"née le {format_date(sp.birth_date, 'dots', 'fr')} à {sp.birth_place}" if sp else "",
                    "Option : monogamie", "Régime : communauté de biens"]
        y = 60
        for k, ln in enumerate([b for b in body if b], 1):
            sh.text(54, y, f"{k}.", font="serif", size_pt=9, color=GREY)
            sh.text(62, y, ln[:62], font=f, size_pt=11)
            y += 10
        sh.text(54, 210, "POUR EXTRAIT CERTIFIÉ CONFORME", font="serif", size_pt=10, bold=True)
        sh.text(54, 217, f"Dakar, le {format_date(issued, 'dots', 'fr')}", font=f, size_pt=11)
        sh.text(120, 226, "L'Officier de l'état civil", font="serif", size_pt=9.5)
        sh.stamp(118, 230, ["COMMUNE DE DAKAR-PLATEAU", "ÉTAT CIVIL", "SÉNÉGAL"], rng, size_mm=32,
                 color=(40, 60, 150))
        sh.signature(130, 236, 40, 14, rng, color=(20, 20, 60))
        sh.text(18, 287, "Imprimerie nationale – papier sécurisé", font="serif", size_pt=6.5, color=GREY)
        return [sh]

    return make


# --------------------------------------------------------------------------- nationality certificates

def nationality_dza(person, rng, *, issue_date=None, **opts):
    """An Algerian court's nationality certificate on the Justice ministry's printed form: the values typed into
    boxes, the legal basis printed, the registrar's signature and stamp, and the numbered holographic security
    sticker at the bottom right; folded in four and copied with the folds showing."""
    issued = _when(rng, issue_date, 40, 700)
    sh = Sheet()
    f = "sans2"
    sh.text(105, 10, "RÉPUBLIQUE ALGÉRIENNE DÉMOCRATIQUE ET POPULAIRE", font=f, size_pt=10, bold=True,
            anchor="center")
    sh.text(105, 15, "MINISTÈRE DE LA JUSTICE", font=f, size_pt=9, anchor="center")
    sh.text(20, 24, _DZA["court"], font=f, size_pt=9)
    sh.text(20, 28.5, _DZA["tribunal"], font=f, size_pt=9)
    sh.text(190, 24, f"N° {rng.randint(1000, 99999)}/{issued.year}", font=f, size_pt=9, anchor="right")
    sh.rect(45, 38, 120, 12, width_mm=0.6)
    sh.text(105, 41, "CERTIFICAT DE NATIONALITÉ ALGÉRIENNE", font=f, size_pt=12.5, bold=True, anchor="center")
    fa, mo = _parents(person, None, None)
    rows = [("Nom", person.surname.upper()), ("Prénom(s)", person.given_names),
            ("Date de naissance", format_date(person.birth_date, "dots", "fr")), ("Lieu de naissance",
                                                                                  person.birth_place),
            ("Fils / Fille de", fa), ("et de", mo)]
    y = 60
    sh.text(20, y, "Le Greffier du Tribunal soussigné certifie que :", font=f, size_pt=10)
    y += 9
    for a, b in rows:
        sh.text(24, y + 1.6, a, font=f, size_pt=9.5)
        sh.rect(70, y, 118, 7.5, width_mm=0.25)
        sh.text(72, y + 1.6, b[:50], font="mono", size_pt=10.5)
        y += 10
    y = sh.paragraph(20, y + 4, 170, f"est de nationalité algérienne d'origine en vertu de l'article 6 de "
                     f"l'ordonnance n° 70-86 du 15 décembre 1970 portant code de la nationalité algérienne, "
                     f"modifiée et complétée.", font=f, size_pt=10, leading=1.5)
    sh.text(20, y + 5, "Le présent certificat est délivré pour servir et valoir ce que de droit.", font=f,
            size_pt=9.5)
    sh.text(115, y + 16, f"Es Senia, le {format_date(issued, 'dots', 'fr')}", font=f, size_pt=10)
    sh.text(125, y + 23, "Le Greffier", font=f, size_pt=10)
    sh.stamp(112, y + 27, [_DZA["tribunal"], "GREFFE", "RADP"], rng, size_mm=30, color=(120, 40, 120))
    sh.signature(130, y + 31, 38, 13, rng)
    sh.rect(152, 258, 36, 16, width_mm=0, fill=(210, 214, 224))
    sh.text(170, 260, "SÉCURITÉ", font=f, size_pt=6, anchor="center", color=(90, 90, 130))
    sh.text(170, 265, f"N° {_digits(rng, 8)}", font="mono", size_pt=7, anchor="center", color=(90, 90, 130))
    for fx in (105,):
        sh.rule(fx, 0, fx, 297, width_mm=0.3, color=(215, 215, 215))
    sh.rule(0, 148.5, 210, 148.5, width_mm=0.3, color=(215, 215, 215))
    return [sh]


def nationality_sen(person, rng, *, issue_date=None, **opts):
    """A Senegalese court's certificate of nationality typed as prose by the registry: 'Nous, ... Président du
    Tribunal d'Instance ...', the legal basis, the holder's data in capitals, the court's seal and the president's
    signature, the registry's numbering at the top."""
    issued = _when(rng, issue_date, 40, 700)
    fa, mo = _parents(person, None, None)
    sh = Sheet()
    f = "serif2"
    sh.text(20, 14, "RÉPUBLIQUE DU SÉNÉGAL", font=f, size_pt=10.5, bold=True)
    sh.text(20, 19, "Un Peuple – Un But – Une Foi", font=f, size_pt=8, italic=True)
    sh.text(20, 25, "MINISTÈRE DE LA JUSTICE", font=f, size_pt=9)
    sh.text(20, 30, _SEN["court"], font=f, size_pt=9)
    sh.text(190, 30, f"N° {rng.randint(100, 9999)}/CN/{issued.year}", font=f, size_pt=9.5, anchor="right")
    sh.text(105, 48, "CERTIFICAT DE NATIONALITÉ SÉNÉGALAISE", font=f, size_pt=14, bold=True, anchor="center")
    sh.rule(50, 55, 160, 55, width_mm=0.4)
    g, s, _ = make_professional(rng, "BE", None)
    txt = (f"Nous, Président du {_SEN['court'].title()}, vu la loi n° 61-10 du 7 mars 1961 déterminant la "
           f"nationalité sénégalaise, modifiée, vu les pièces produites, certifions que "
           f"{'Madame' if person.sex == 'F' else 'Monsieur'} {person.surname.upper()} {person.given_names}, "
           f"né{'e' if person.sex == 'F' else ''} le {format_date(person.birth_date, 'long', 'fr')} à "
           f"{person.birth_place}, {'fille' if person.sex == 'F' else 'fils'} de {fa} et de {mo}, est de "
           f"nationalité sénégalaise en vertu de l'article premier de ladite loi.")
    y = sh.paragraph(22, 66, 166, txt, font=f, size_pt=11.5, leading=1.8, align="justify")
    y = sh.paragraph(22, y + 6, 166, "En foi de quoi le présent certificat est délivré pour servir et valoir ce que "
                     "de droit.", font=f, size_pt=11.5, leading=1.7)
    sh.text(120, y + 14, f"Fait à Dakar, le {format_date(issued, 'dots', 'fr')}", font=f, size_pt=10.5)
    sh.text(128, y + 21, "Le Président", font=f, size_pt=10.5)
    sh.stamp(115, y + 25, [_SEN["court"][:28], "LE PRÉSIDENT", "DAKAR"], rng, size_mm=30, color=(30, 50, 140))
    sh.signature(128, y + 29, 42, 14, rng)
    staple(sh, rng)
    return [sh]


# --------------------------------------------------------------------------- identity certificates of the missions

def idcert_dza(person, rng, *, issue_date=None, declarative=False, **opts):
    """The Algerian consulate general's identity attestation printed from its consular software on plain A4: the
    state and mission centred, a barcode and the registration number at the right, the photo printed (not glued) in a
    frame at the top left, the data in a two-column table, the basis of the attestation in a sentence, the consul's
    signature over the round stamp."""
    issued = _when(rng, issue_date, 20, 400)
    fa, mo = _parents(person, None, None)
    sh = Sheet()
    f = "sans"
    sh.text(105, 10, "RÉPUBLIQUE ALGÉRIENNE DÉMOCRATIQUE ET POPULAIRE", font=f, size_pt=9.5, bold=True,
            anchor="center")
    sh.text(105, 15, "MINISTÈRE DES AFFAIRES ÉTRANGÈRES", font=f, size_pt=8, anchor="center")
    for k, ln in enumerate(_DZA["consulate"]):
        sh.text(105, 21 + k * 4.5, ln, font=f, size_pt=8.5, anchor="center")
    sh.rect(20, 38, 32, 40, width_mm=0.4)
    ph = Sheet(30, 38)
    ph.photo(0, 0, 30, 38, rng)
    sh.image(21, 39, 30, 38, ph.render(150).convert("L").convert("RGB"))
    from .be9ter import barcode as _bc
    reg = f"{rng.randint(10, 99)}/{_digits(rng, 6)}"
    _bc(sh, 140, 40, 48, 9, reg.replace("/", ""))
    sh.text(164, 51, f"Immatriculation n° {reg}", font="mono", size_pt=8, anchor="center")
    sh.text(60, 58, "ATTESTATION D'IDENTITÉ", font=f, size_pt=15, bold=True)
    rows = [("Nom", person.surname.upper()), ("Prénom(s)", person.given_names),
            ("Date de naissance", format_date(person.birth_date, "dots", "fr")),
            ("Lieu de naissance", person.birth_place), ("Filiation", f"{fa} / {mo}"),
            ("Nationalité", "algérienne"), ("Adresse déclarée", "Belgique")]
    y = 88
    for a, b in rows:
        sh.rect(20, y, 50, 8, width_mm=0.2, fill=(238, 238, 238))
        sh.rect(70, y, 120, 8, width_mm=0.2)
        sh.text(22, y + 1.9, a, font=f, size_pt=9.5)
        sh.text(72, y + 1.9, b[:58], font=f, size_pt=10)
        y += 8
    basis = ("Établie sur la seule déclaration de l'intéressé(e), qui n'a présenté aucune pièce d'état civil."
             if declarative else
             "Établie au vu du registre d'immatriculation consulaire et de l'acte de naissance présenté par "
             "l'intéressé(e).")
    y = sh.paragraph(20, y + 8, 170, basis, font=f, size_pt=10, leading=1.5)
    sh.text(20, y + 5, "La photographie ci-dessus est celle du titulaire.", font=f, size_pt=10)
    sh.text(120, y + 16, f"Bruxelles, le {format_date(issued, 'dots', 'fr')}", font=f, size_pt=10)
    sh.text(130, y + 23, "Le Consul Général", font=f, size_pt=10)
    sh.stamp(118, y + 27, ["CONSULAT GÉNÉRAL D'ALGÉRIE", "BRUXELLES"], rng, size_mm=30, color=(20, 90, 60))
    sh.signature(132, y + 31, 38, 13, rng)
    return [sh]


def idcert_sen(person, rng, *, issue_date=None, declarative=False, **opts):
    """The Senegalese embassy's identity certificate typed as a letter, the holder's photo glued at the top right with
    the embassy's dry seal biting its corner, faxed to the lawyer's office (the fax line across the top) and the fax
    copied."""
    issued = _when(rng, issue_date, 20, 400)
    fa, mo = _parents(person, None, None)
    sh = Sheet()
    f = "serif5"
    sh.text(105, 14, _SEN["embassy"][0], font=f, size_pt=11.5, bold=True, anchor="center")
    sh.text(105, 20, _SEN["embassy"][1], font=f, size_pt=9, anchor="center", color=GREY)
    sh.rule(60, 24, 150, 24, width_mm=0.3)
    sh.text(20, 34, f"N° {rng.randint(100, 999)}/ASB/SC/{issued.year}", font=f, size_pt=9.5)
    sh.photo(160, 34, 28, 35, rng)
    sh.stamp(168, 58, ["AMBASSADE DU SÉNÉGAL", "BRUXELLES"], rng, size_mm=20, color=(175, 175, 175))
    sh.text(20, 52, "CERTIFICAT D'IDENTITÉ", font=f, size_pt=15, bold=True)
    basis = ("sur la base des déclarations de l'intéressé(e), aucune pièce n'ayant été produite" if declarative else
             "au vu de l'extrait d'acte de naissance et du passeport périmé de l'intéressé(e)")
    txt = (f"L'Ambassadeur de la République du Sénégal à Bruxelles certifie, {basis}, que "
           f"{'Madame' if person.sex == 'F' else 'Monsieur'} {person.given_names} {person.surname.upper()}, "
           f"né{'e' if person.sex == 'F' else ''} le {format_date(person.birth_date, 'dots', 'fr')} à "
           f"{person.birth_place} (Sénégal), {'fille' if person.sex == 'F' else 'fils'} de {fa} et de {mo}, "
           f"est de nationalité sénégalaise et que la photographie apposée ci-contre est la sienne.")
    y = sh.paragraph(20, 78, 170, txt, font=f, size_pt=11.5, leading=1.75)
    y = sh.paragraph(20, y + 6, 170, "Le présent certificat lui est délivré pour servir et valoir ce que de droit.",
                     font=f, size_pt=11.5, leading=1.6)
    sh.text(118, y + 14, f"Bruxelles, le {format_date(issued, 'long', 'fr')}", font=f, size_pt=10.5)
    sh.text(118, y + 21, "P. l'Ambassadeur, le Consul", font=f, size_pt=10.5)
    sh.stamp(108, y + 25, ["AMBASSADE DU SÉNÉGAL", "BRUXELLES", "SERVICE CONSULAIRE"], rng, size_mm=30,
             color=(30, 110, 60))
    sh.signature(124, y + 29, 42, 14, rng)
    fax_header(sh, rng, "AMBASSADE SENEGAL BXL", issued + datetime.timedelta(days=rng.randint(1, 10)))
    return [copy_of_copy(sh, rng)]


for _c, _civ in (("DZA", _civil_dza), ("SEN", _civil_sen)):
    _lc = _c.lower()
    _tag = "es-senia-formulier-balpen-kopie-van-kopie" if _c == "DZA" else "dakar-plateau-groen-formulier-zegel"
    _register(f"birth-{_lc}-{_tag}-19", "birth-certificate", PART, "fr", _civ("birth"), country=_c,
              notes=("Es Senia birth extract on the printed form, values in blue ballpoint on dotted lines, copy of a "
                     "copy" if _c == "DZA" else "Dakar-Plateau birth extract typed on the green security form, "
                     "numbered lines, cancelled fiscal stamp"))
    _register(f"marriage-{_lc}-{_tag}-19", "marriage-certificate", PART, "fr", _civ("marriage"), country=_c,
              notes=f"{_c} marriage extract in the same layout as its birth extract")
_register("nationality-dza-tribunal-es-senia-vakjes-hologramsticker-vouwen-19", "nationality-certificate", PART, "fr",
          nationality_dza, country="DZA",
          notes="Algerian court's nationality certificate, values typed in boxes, security sticker, folded in four")
_register("nationality-sen-tribunal-dakar-proza-getypt-niet-19", "nationality-certificate", PART, "fr",
          nationality_sen, country="SEN", notes="Senegalese court's nationality certificate typed as prose, stapled")
_register("idcert-dza-consulaat-software-foto-gedrukt-tabel-19", "identity-certificate", PART, "fr", idcert_dza,
          country="DZA", photo=True,
          notes="Algerian consulate general's identity attestation printed from its software, photo printed in a frame")
_register("idcert-sen-ambassade-brief-foto-droogstempel-fax-19", "identity-certificate", PART, "fr", idcert_sen,
          country="SEN", photo=True,
          notes="Senegalese embassy's identity certificate, photo glued under the dry seal, faxed and copied")


# --------------------------------------------------------------------------- Türkiye: MERNIS birth record (Turkish)

def birth_tur_mernis(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """A birth record extract printed from the civil registry system (MERNIS) in Turkish only: the ministry and the
    directorate at the top, 'DOĞUM KAYIT ÖRNEĞİ' as title, the data in a bordered two-column grid with the captions in
    bold, the registry's volume, family and sequence numbers, the verification barcode and code at the foot."""
    issued = _when(rng, issue_date, 10, 300)
    fa, mo = _parents(person, father, mother)
    sh = Sheet()
    f = "sans"
    sh.text(105, 12, "T.C.", font=f, size_pt=10, bold=True, anchor="center")
    sh.text(105, 17, "İÇİŞLERİ BAKANLIĞI", font=f, size_pt=10, bold=True, anchor="center")
    sh.text(105, 22, "Nüfus ve Vatandaşlık İşleri Genel Müdürlüğü", font=f, size_pt=9, anchor="center")
    sh.text(105, 34, "DOĞUM KAYIT ÖRNEĞİ", font=f, size_pt=14, bold=True, anchor="center")
    prov = rng.choice(["İSTANBUL", "ANKARA", "İZMİR", "KONYA", "KAYSERİ"])
    rows = [("T.C. Kimlik No", _digits(rng, 11)), ("Soyadı", person.surname.upper()), ("Adı", person.given_names),
            ("Baba Adı", fa.split(" ")[0]), ("Ana Adı", mo.split(" ")[0]), ("Doğum Yeri", person.birth_place),
            ("Doğum Tarihi", format_date(person.birth_date, "dots", "tr")),
            ("Cinsiyeti", "Erkek" if person.sex == "M" else "Kadın"),
            ("İl / İlçe", f"{prov} / MERKEZ"), ("Cilt No / Aile Sıra No / Sıra No",
                                               f"{rng.randint(1, 300)} / {rng.randint(1, 900)} / {rng.randint(1, 40)}"),
            ("Tescil Tarihi", format_date(act_date or person.birth_date + datetime.timedelta(days=rng.randint(5, 60)),
                                          "dots", "tr"))]
    y = 46
    for a, b in rows:
        sh.rect(20, y, 62, 9, width_mm=0.25, fill=(242, 242, 242))
        sh.rect(82, y, 108, 9, width_mm=0.25)
        sh.text(22, y + 2.3, a, font=f, size_pt=9, bold=True)
        sh.text(84, y + 2.3, b, font=f, size_pt=10)
        y += 9
    sh.paragraph(20, y + 8, 170, "Bu belge nüfus kayıtlarına göre düzenlenmiştir. Belgenin doğruluğunu "
                 "turkiye.gov.tr adresinden barkod numarası ile kontrol edebilirsiniz.", font=f, size_pt=9,
                 leading=1.5)
    from .be9ter import barcode as _bc
    code = _digits(rng, 12)
    _bc(sh, 20, y + 28, 70, 11, code)
    sh.text(20, y + 41, f"Doğrulama Kodu: {code[:4]}-{code[4:8]}-{code[8:]}", font="mono", size_pt=8.5)
    sh.text(190, y + 30, f"{format_date(issued, 'dots', 'tr')}", font=f, size_pt=9.5, anchor="right")
    sh.text(190, y + 36, f"{prov} İlçe Nüfus Müdürlüğü", font=f, size_pt=9, anchor="right")
    sh.stamp(140, y + 42, ["NÜFUS MÜDÜRLÜĞÜ", prov, "T.C."], rng, size_mm=28, color=(40, 60, 150))
    return [sh]


_register("birth-tur-mernis-dogum-kayit-ornegi-raster-dogrulama-19", "birth-certificate", PART, "tr", birth_tur_mernis,
          country="TUR", notes="Turkish birth record extract printed from MERNIS, Turkish only, grid, verification code")


# --------------------------------------------------------------------------- Colombia: Registro Civil de Nacimiento

def birth_col_registro(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """The civil birth register of a Colombian notary's office on the Registraduría's form: the serial indicator in a
    box at the top right, every datum in a cell with its caption in small capitals, the parents in two blocks, the
    'espacio para notas' left blank, the notary's signature and seal; a copy certified 'es fiel copia'."""
    issued = _when(rng, issue_date, 20, 300)
    fa, mo = _parents(person, father, mother)
    sh = Sheet()
    f = "sans3"
    sh.text(20, 12, "REPÚBLICA DE COLOMBIA", font=f, size_pt=9, bold=True)
    sh.text(20, 17, "REGISTRADURÍA NACIONAL DEL ESTADO CIVIL", font=f, size_pt=9)
    sh.text(20, 25, "REGISTRO CIVIL DE NACIMIENTO", font=f, size_pt=13, bold=True)
    sh.rect(140, 10, 50, 18, width_mm=0.4)
    sh.text(142, 11.5, "INDICATIVO SERIAL", font=f, size_pt=6.5, color=GREY)
    sh.text(165, 17, _digits(rng, 8), font="mono2", size_pt=13, bold=True, anchor="center", color=(150, 30, 30))
    cells = [[("OFICINA DE REGISTRO", f"NOTARÍA {rng.randint(2, 60)} DEL CÍRCULO DE {person.birth_place.upper()}"[:44]),
              ("NUIP", _digits(rng, 10))],
             [("PRIMER APELLIDO", person.surname.split(" ")[0].upper()),
              ("SEGUNDO APELLIDO", (person.surname.split(" ")[1] if " " in person.surname else "").upper()),
              ("NOMBRES", person.given_names.upper())],
             [("FECHA DE NACIMIENTO", f"{person.birth_date.day:02d} {_MON['es'][person.birth_date.month - 1]} "
                                     f"{person.birth_date.year}"), ("SEXO", "MASCULINO" if person.sex == "M"
                                                                    else "FEMENINO"),
              ("LUGAR DE NACIMIENTO", f"{person.birth_place.upper()} – COLOMBIA")],
             [("APELLIDOS Y NOMBRES DE LA MADRE", mo.upper()), ("NACIONALIDAD", "COLOMBIANA")],
             [("APELLIDOS Y NOMBRES DEL PADRE", fa.upper()), ("NACIONALIDAD", "COLOMBIANA")],
             [("FECHA DE INSCRIPCIÓN", format_date(act_date or person.birth_date + datetime.timedelta(days=20),
                                                   "long", "es")), ("TIPO DE DOCUMENTO ANTECEDENTE",
                                                                    "CERTIFICADO DE NACIDO VIVO")]]
    y = 36
    for row in cells:
        n = len(row)
        w = 170 / n
        for k, (a, b) in enumerate(row):
            x = 20 + k * w
            sh.rect(x, y, w, 14, width_mm=0.25)
            sh.text(x + 1.5, y + 1.2, a, font=f, size_pt=5.8, color=GREY)
            sz = 9.5
            while sz > 6 and text_width_mm(b, "mono", sz) > w - 3:
                sz -= 0.3
            sh.text(x + 1.5, y + 6.5, b, font="mono", size_pt=sz)
        y += 14
    sh.rect(20, y + 4, 170, 30, width_mm=0.25)
    sh.text(22, y + 5.5, "ESPACIO PARA NOTAS", font=f, size_pt=6, color=GREY)
    sh.text(20, y + 42, "ES FIEL COPIA TOMADA DEL ORIGINAL", font=f, size_pt=9, bold=True)
    sh.text(20, y + 48, f"Expedida el {format_date(issued, 'long', 'es')}", font=f, size_pt=9)
    sh.signature(120, y + 40, 44, 14, rng)
    sh.text(120, y + 56, "Firma del funcionario – Notario", font=f, size_pt=7.5, color=GREY)
    sh.stamp(70, y + 44, ["NOTARÍA", person.birth_place.upper()[:14], "COLOMBIA"], rng, size_mm=26,
             color=(30, 40, 130))
    return [sh]


_register("birth-col-registro-civil-notaria-cellen-indicativo-serial-19", "birth-certificate", PART, "es",
          birth_col_registro, country="COL",
          notes="Colombian civil birth register of a notary's office, cells with small-capital captions, serial box")


# --------------------------------------------------------------------------- Belgium: Seraing, printed from the BAEC

def _seraing(kind: str):
    def make(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, spouse=None,
             marriage_date=None, **opts):
        """The City of Seraing's extract printed from the civil-status database: the city's name and service at the
        top left, the act's database number at the right, the extract as captioned lines under a grey rule, no
        wet signature but the officer's printed name and the sentence that the document is signed electronically,
        with the verification reference at the foot; the page numbered '1/1'."""
        issued = _when(rng, issue_date, 10, 200)
        fa, mo = _parents(person, father, mother)
        sh = Sheet()
        f = "sans5"
        sh.rect(18, 12, 6, 16, width_mm=0, fill=(200, 30, 50))
        sh.text(27, 12, "Ville de Seraing", font=f, size_pt=13, bold=True)
        sh.text(27, 19, "Service Population – État civil", font=f, size_pt=9, color=GREY)
        sh.text(27, 23.5, "Place Communale 8, 4100 Seraing", font=f, size_pt=8, color=GREY)
        ref = f"{issued.year}/{_digits(rng, 7)}"
        sh.text(192, 12, f"Réf. BAEC : {ref}", font="mono", size_pt=8, anchor="right")
        title = "Extrait d'un acte de naissance" if kind == "birth" else "Extrait d'un acte de mariage"
        sh.text(18, 44, title, font=f, size_pt=15, bold=True)
        sh.rule(18, 52, 192, 52, width_mm=0.6, color=(160, 160, 160))
        if kind == "birth":
            d = person.birth_date
            rows = [("Nom", person.surname.upper()), ("Prénom(s)", person.given_names),
                    ("Sexe", "masculin" if person.sex == "M" else "féminin"),
                    ("Date de naissance", format_date(d, "long", "fr")), ("Lieu de naissance", f"{person.birth_place}"),
                    ("Père", fa), ("Mère", mo),
                    ("Date de l'acte", format_date(act_date or d + datetime.timedelta(days=3), "dots", "fr"))]
        else:
            sp = spouse
            md = marriage_date or (issued - datetime.timedelta(days=700))
            rows = [("Date du mariage", format_date(md, "long", "fr")), ("Lieu du mariage", "Seraing"),
                    ("Conjoint 1", f"{person.surname.upper()} {person.given_names}"),
                    ("né(e) le / à", f"{format_date(person.birth_date, 'dots', 'fr')} / {person.birth_place}"),
                    ("Conjoint 2", f"{sp.surname.upper()} {sp.given_names}" if sp else "-"),
                    ("né(e) le / à", f"{format_date(sp.birth_date, 'dots', 'fr')} / {sp.birth_place}" if sp else "-")]
        y = 60
        for a, b in rows:
            sh.text(22, y, a, font=f, size_pt=9.5, color=GREY)
            sh.text(75, y, b, font=f, size_pt=10.5)
            y += 8
        g, s, _ = make_professional(rng, "BE", None)
        sh.text(22, y + 10, f"Délivré à Seraing, le {format_date(issued, 'long', 'fr')}", font=f, size_pt=10)
        sh.text(22, y + 17, f"Pour l'Officier de l'état civil, {g} {s}, agent délégué", font=f, size_pt=10)
        sh.rect(22, y + 26, 20, 20, width_mm=0.3)
        r2 = random.Random(rng.randrange(1 << 20))
        for i in range(8):
            for j in range(8):
                if r2.random() < 0.5:
                    sh.rect(23 + i * 2.25, y + 27 + j * 2.25, 2.25, 2.25, width_mm=0, fill=(0, 0, 0))
        sh.paragraph(46, y + 27, 140, "Document signé électroniquement par l'officier de l'état civil. Son "
                     "authenticité peut être vérifiée au moyen de la référence BAEC ci-dessus.", font=f, size_pt=8.5,
                     leading=1.4)
        sh.text(105, 287, "1/1", font=f, size_pt=8, anchor="center", color=GREY)
        return [sh]

    return make


_register("birth-be-seraing-baec-elektronisch-getekend-19", "birth-certificate", PART, "fr", _seraing("birth"),
          country="BEL", notes="Seraing extract printed from the civil-status database (BAEC), signed electronically")
_register("marriage-be-seraing-baec-elektronisch-getekend-19", "marriage-certificate", PART, "fr", _seraing("marriage"),
          country="BEL", notes="Seraing marriage extract printed from the civil-status database, signed electronically")


# --------------------------------------------------------------------------- sworn translations

_SRC = {"tr": ("Turkish", "Turks", "turc"), "es": ("Spanish", "Spaans", "espagnol"), "ka": ("Georgian", "Georgisch",
                                                                                           "géorgien")}


def _translation(where: str):
    def make(person, rng, *, issue_date=None, of_type="birth-certificate", source_lang=None, **opts):
        issued = _when(rng, issue_date, 5, 60)
        src = _SRC.get(source_lang or "tr", _SRC["tr"])
        sh = Sheet()
        g, s, _ = make_professional(rng, "BE" if where == "liege" else "NL")
        data = [("Naam", person.surname.upper()), ("Voornamen", person.given_names),
                ("Geboortedatum", format_date(person.birth_date, "long", "nl")),
                ("Geboorteplaats", person.birth_place), ("Geslacht", "man" if person.sex == "M" else "vrouw"),
                ("Vader", person.father or "-"), ("Moeder", person.mother or "-")]
        if where == "liege":
            # a Liège translator working into Dutch for a Flemish lawyer: the translation in numbered lines with the
            # translator's remarks in square brackets, the certification in a box, the seal over the signature, every
            # line's end closed with a dash so nothing can be added
            f = "serif3"
            sh.text(20, 14, f"{g} {s}", font=f, size_pt=11, bold=True)
            sh.text(20, 19.5, "Traducteur-interprète juré près le Tribunal de première instance de Liège", font=f,
                    size_pt=8.5, color=GREY)
            sh.text(20, 24, f"Rue Saint-Gilles {rng.randint(10, 300)}, 4000 Liège", font=f, size_pt=8.5, color=GREY)
            sh.text(105, 38, f"BEËDIGDE VERTALING UIT HET {src[1].upper()}", font=f, size_pt=12, bold=True,
                    anchor="center")
            sh.text(20, 48, "[Wapen van de staat] [Hoofding van het document: geboorteakte]", font=f, size_pt=9.5,
                    italic=True)
            y = 58
            for k, (a, b) in enumerate(data, 1):
                txt = f"{k}. {a}: {b} "
                sh.text(20, y, txt, font=f, size_pt=10.5)
                x = 20 + text_width_mm(txt, f, 10.5)
                sh.rule(x + 1, y + 3, 188, y + 3, width_mm=0.2)
                y += 8
            sh.text(20, y + 2, "[Stempel en handtekening van de ambtenaar van de burgerlijke stand]", font=f,
                    size_pt=9.5, italic=True)
            sh.rect(20, y + 12, 170, 36, width_mm=0.4)
            sh.paragraph(24, y + 15, 162, "Ik, ondergetekende, beëdigd vertaler, verklaar dat de bovenstaande "
                         f"vertaling getrouw en volledig is en overeenstemt met het mij voorgelegde document in het "
                         f"{src[1]}. Liège, {format_date(issued, 'long', 'nl')}.", font=f, size_pt=10, leading=1.5)
            sh.stamp(120, y + 30, ["TRADUCTEUR JURÉ", s.upper()[:18], "LIÈGE"], rng, size_mm=28, color=(40, 60, 150))
            sh.signature(135, y + 34, 40, 13, rng)
            return [sh]
        # Groningen: a Dutch sworn translator's translation with the source document's structure kept as a table, the
        # translator's statement and Rbtv number in a footer band
        f = "sans4"
        sh.rect(0, 0, 210, 22, width_mm=0, fill=(236, 240, 244))
        sh.text(20, 8, f"{g} {s}", font=f, size_pt=12, bold=True)
        sh.text(20, 14, f"beëdigd vertaler {src[1]}–Nederlands · Oude Boteringestraat {rng.randint(2, 80)}, "
                        f"9712 GH Groningen", font=f, size_pt=8, color=GREY)
        sh.text(20, 32, "Vertaling van een geboorteakte", font=f, size_pt=13, bold=True)
        sh.text(20, 38, f"Brontaal: {src[1]} · Doeltaal: Nederlands", font=f, size_pt=9, color=GREY)
        y = 48
        for a, b in data:
            sh.rect(20, y, 55, 8, width_mm=0.2, fill=(246, 246, 246))
            sh.rect(75, y, 115, 8, width_mm=0.2)
            sh.text(22, y + 1.9, a, font=f, size_pt=9.5)
            sh.text(77, y + 1.9, b[:56], font=f, size_pt=10)
            y += 8
        y = sh.paragraph(20, y + 10, 170, "Ondergetekende, beëdigd vertaler, ingeschreven in het Register beëdigde "
                         "tolken en vertalers, verklaart dat deze vertaling getrouw en volledig is.", font=f,
                         size_pt=9.5, leading=1.45)
        sh.text(20, y + 6, f"Groningen, {format_date(issued, 'dashes_zero', 'nl')}", font=f, size_pt=10)
        sh.signature(22, y + 11, 38, 12, rng)
        sh.stamp(110, y + 4, ["BEËDIGD VERTALER", s.upper()[:16], "GRONINGEN"], rng, size_mm=26,
                 color=(110, 40, 120))
        sh.rect(0, 282, 210, 15, width_mm=0, fill=(236, 240, 244))
        sh.text(105, 287, f"Rbtv-nummer {_digits(rng, 5)} · KvK {_digits(rng, 8)}", font=f, size_pt=7.5,
                anchor="center", color=GREY)
        return [sh]

    return make


# the Belgian one first: 9ter takes the part's first translation family, the IND the Dutch (NLD) one
_register("translation-be-luik-genummerde-regels-kader-verklaring-19", "translation", PART, "nl", _translation("liege"),
          country="BEL", notes="Liège sworn translator into Dutch, numbered lines closed with a rule, certification box")
_register("translation-nl-groningen-tabel-voetband-rbtv-19", "translation", PART, "nl", _translation("groningen"),
          country="NLD", notes="Groningen sworn translator, the source's data as a table, statement and Rbtv footer")
