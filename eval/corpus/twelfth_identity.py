"""Identity and civil-status families of the `twelfth` part (registered in identity.FAMILIES).

Written after dev, heldout and the parts fresh to eleventh had been read, by a writer who saw neither the validator
nor its output.  Passports of Morocco, the DR Congo, Türkiye, Suriname, Afghanistan, Syria, Guinea, Cameroon, Armenia,
Russia, Iraq and Algeria laid out as a grid of hairline cells, each caption small in the top-left corner of its cell and
the value under it, the photo at the left with a round dry seal over its corner; the page laid in the corner of the
glass and copied in the ways a busy office's multifunction copier copies (a dirty strip on the feeder's glass drawing a
grey line down the whole page, the yellow sticky note 'origineel gezien' / 'vu l'original' with the clerk's initials,
a pale band where the toner runs low, the scan-to-mail footer line the copier prints); an Armenian identity card copied
in the copier's 'ID card' mode (both sides on the upper half of the sheet); a Dutch residence document copied the same
way; a Kankan prefecture's and a Kinshasa/Gombe commune's computer-printed birth extracts with a tricolour band, the
Turkish consulate-general's MERNİS birth-registration print with its hologram sticker, a Walloon city's extract printed
at the counter; Guinean and Congolese marriage extracts in a bordered form and a Walloon marriage extract; a Kaloum
court's and a Kinshasa/Gombe court's certificates of nationality with the holder's data in a boxed block; the Guinean
and DRC embassies' identity attestations on their letter paper with the photo glued into a printed frame; sworn
translations from Bruges and Utrecht.  Same calling convention as identity.py.
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
from .tenth_identity import _SRC10, _as_sheet

PART = "twelfth"
GREY = (95, 95, 95)
YELLOW = (252, 238, 120)

# --------------------------------------------------------------------------- copy habits (new in this part)


def adf_streak(sh: Sheet, rng: random.Random) -> None:
    """A speck of correction fluid or dust on the strip of glass the document feeder reads through: a thin grey
    line down the whole height of every page fed, at the same place."""
    x = rng.uniform(40, sh.width_mm - 40)
    sh.rule(x, 0, x, sh.height_mm, width_mm=rng.choice([0.18, 0.25, 0.35]), color=(150, 150, 152))
    if rng.random() < 0.5:
        x2 = x + rng.uniform(12, 50)
        sh.rule(x2, 0, x2, sh.height_mm, width_mm=0.12, color=(195, 195, 198))


def sticky_note(sh: Sheet, rng: random.Random, *, lang: str = "nl", x: float | None = None, y: float | None = None,
                when: datetime.date | None = None) -> None:
    """The yellow sticky note the clerk who saw the original sticks on the copy before it is scanned: 'origineel
    gezien' (or 'vu l'original'), a date and initials in ballpoint."""
    w = 38.0
    x = sh.width_mm - w - 12 if x is None else x
    y = sh.height_mm - w - 18 if y is None else y
    sh.rect(x + 0.8, y + 0.8, w, w, width_mm=0, fill=(205, 205, 195))
    sh.rect(x, y, w, w, width_mm=0, fill=YELLOW)
    sh.rect(x, y, w, 6, width_mm=0, fill=(246, 228, 100))
    ink = (25, 35, 120)
    sh.handwriting(x + 3, y + 7, "origineel gezien" if lang == "nl" else "vu l'original", rng, size_pt=11, color=ink,
                   font="hand1")
    d = when or datetime.date(2026, 11, rng.randint(3, 27))
    sh.handwriting(x + 3, y + 16, d.strftime("%d/%m/%y"), rng, size_pt=11, color=ink, font="hand1")
    sh.handwriting(x + 18, y + 25, rng.choice(["KV", "SdB", "AM", "LJ", "NB", "HE"]), rng, size_pt=13, color=ink,
                   font="hand4")


def toner_band(sh: Sheet, rng: random.Random, dpi: int = 200) -> Sheet:
    """The copier's toner running low: a vertical band a few centimetres wide where everything prints paler (still
    readable), its edges soft."""
    img = sh.render(dpi).convert("RGB")
    w, h = img.size
    px = dpi / 25.4
    x0 = int(px * rng.uniform(50, 120))
    bw = int(px * rng.uniform(25, 45))
    white = Image.new("RGB", (w, h), (255, 255, 255))
    mask = Image.new("L", (w, h), 0)
    for k in range(bw):
        edge = min(k, bw - k) / (bw * 0.25)
        mask.paste(int(120 * min(1.0, edge)), (x0 + k, 0, x0 + k + 1, h))
    return _as_sheet(Image.composite(white, img, mask), sh)


_MFP = ["RICOH IM C3000", "Canon iR-ADV C5535", "KONICA MINOLTA bizhub C300i", "SHARP MX-3071", "Xerox AltaLink C8130"]


def mfp_footer(sh: Sheet, rng: random.Random, page: int = 1) -> None:
    """The line a copier adds at the foot of scan-to-mail pages: the device, the date and time, the page number."""
    d = datetime.date(2026, 11, rng.randint(2, 28))
    sh.text(8, sh.height_mm - 5, f"{rng.choice(_MFP)}  ·  {d.strftime('%d/%m/%Y')} {rng.randint(8, 17):02d}:"
                                 f"{rng.randint(0, 59):02d}  ·  p. {page}", font="mono", size_pt=6.5,
            color=(110, 110, 110))


def _habit(sh: Sheet, rng: random.Random, how: str, lang: str = "nl") -> list[Sheet]:
    if how == "streak":
        adf_streak(sh, rng)
    elif how == "note":
        sticky_note(sh, rng, lang=lang)
    elif how == "footer":
        mfp_footer(sh, rng)
    elif how == "toner":
        return [toner_band(sh, rng)]
    return [sh]


# --------------------------------------------------------------------------- passports (TD3) in a grid of cells

_PP12 = {
    "MAR": ("ROYAUME DU MAROC", "PASSEPORT", "MAROCAINE", "fr", lambda r: r.choice("UVWX") + r.choice("ABCDEF") +
            _digits(r, 7), "DGSN RABAT", (150, 40, 50), "note"),
    "COD": ("RÉPUBLIQUE DÉMOCRATIQUE DU CONGO", "PASSEPORT", "CONGOLAISE", "fr", lambda r: "OB" + _digits(r, 7),
            "MIN. AFFAIRES ETRANGERES", (30, 90, 170), "streak"),
    "TUR": ("TÜRKİYE CUMHURİYETİ", "PASAPORT / PASSPORT", "T.C.", "tr/en", lambda r: "U" + _digits(r, 8),
            "T.C. BRÜKSEL BŞK.", (160, 30, 40), "footer"),
    "SUR": ("REPUBLIEK SURINAME", "PASPOORT", "SURINAAMSE", "nl", lambda r: "R" + _digits(r, 7),
            "CBB PARAMARIBO", (0, 110, 70), "toner"),
    "AFG": ("ISLAMIC REPUBLIC OF AFGHANISTAN", "PASSPORT", "AFGHAN", "en", lambda r: "P" + _digits(r, 8),
            "PASSPORT DEPT KABUL", (30, 70, 50), "streak"),
    "SYR": ("SYRIAN ARAB REPUBLIC", "PASSPORT", "SYRIAN", "en", lambda r: "N" + _digits(r, 9)[:9],
            "IMMIGRATION DAMASCUS", (40, 90, 60), "note"),
    "GIN": ("RÉPUBLIQUE DE GUINÉE", "PASSEPORT", "GUINEENNE", "fr", lambda r: "R" + _digits(r, 7),
            "DCPAF CONAKRY", (170, 60, 30), "footer"),
    "CMR": ("RÉPUBLIQUE DU CAMEROUN · REPUBLIC OF CAMEROON", "PASSEPORT / PASSPORT", "CAMEROUNAISE", "fr/en",
            lambda r: "AA" + _digits(r, 6), "DGSN YAOUNDE", (0, 110, 60), "toner"),
    "ARM": ("REPUBLIC OF ARMENIA", "PASSPORT", "ARMENIAN", "en", lambda r: "A" + r.choice("KRT") + _digits(r, 7),
            "PASSPORT DEPT 005", (170, 100, 20), "note"),
    "RUS": ("РОССИЙСКАЯ ФЕДЕРАЦИЯ / RUSSIAN FEDERATION", "ПАСПОРТ / PASSPORT", "RUSSIAN FEDERATION", "ru/en",
            lambda r: "76" + _digits(r, 7), "МВД 77810", (120, 30, 40), "streak"),
    "IRQ": ("REPUBLIC OF IRAQ", "PASSPORT", "IRAQI", "en", lambda r: "A" + _digits(r, 8), "GDNRP BAGHDAD",
            (30, 80, 60), "footer"),
    "DZA": ("RÉPUBLIQUE ALGÉRIENNE DÉMOCRATIQUE ET POPULAIRE", "PASSEPORT", "ALGERIENNE", "fr",
            lambda r: _digits(r, 9), "DAIRA ALGER CENTRE", (0, 100, 60), "note"),
}

_CAP12 = {"fr": ("Type", "Code", "N° du passeport", "Nom", "Prénoms", "Nationalité", "Date de naissance", "Sexe",
                 "Lieu de naissance", "Date de délivrance", "Date d'expiration", "Autorité"),
          "en": ("Type", "Code", "Passport No.", "Surname", "Given names", "Nationality", "Date of birth", "Sex",
                 "Place of birth", "Date of issue", "Date of expiry", "Authority"),
          "nl": ("Type", "Code", "Paspoortnr.", "Naam", "Voornamen", "Nationaliteit", "Geboortedatum", "Geslacht",
                 "Geboorteplaats", "Datum van afgifte", "Geldig tot", "Autoriteit"),
          "tr": ("Tipi/Type", "Kodu/Code", "Pasaport No/Passport No", "Soyadı/Surname", "Adı/Given names",
                 "Uyruğu/Nationality", "Doğum tarihi/Date of birth", "Cinsiyeti/Sex", "Doğum yeri/Place of birth",
                 "Veriliş tarihi/Date of issue", "Geçerlilik tarihi/Date of expiry", "Makam/Authority"),
          "ru": ("Тип/Type", "Код/Code", "Номер паспорта/Passport No.", "Фамилия/Surname", "Имя/Given names",
                 "Гражданство/Nationality", "Дата рождения/Date of birth", "Пол/Sex", "Место рождения/Place of birth",
                 "Дата выдачи/Date of issue", "Дата окончания срока/Date of expiry", "Орган/Authority")}


def _grid_page(code: str, person, rng, number, issue, expiry, lines) -> Sheet:
    state, sub, nat, lang, _n, auth, col, _h = _PP12[code]
    cap = _CAP12[lang.split("/")[0] if lang.split("/")[0] in _CAP12 else "en"]
    W, H = 125.0, 88.0
    s = Sheet(W, H)
    s.rect(0, 0, W, H, width_mm=0, fill=(240, 243, 238))
    tint = tuple(min(255, 215 + v // 6) for v in col)
    for k in range(0, 125, 6):
        s.rule(k, 0, k + 30, H - 16, width_mm=0.1, color=tint)
    s.text(W / 2, 1.6, state, font="sans4", size_pt=5.6, bold=True, anchor="center", color=col)
    s.text(W / 2, 4.6, sub, font="sans4", size_pt=4.8, anchor="center", color=col)
    s.photo(3.5, 12, 29, 37, rng)
    s.stamp(24, 40, [state.split(" ")[0][:14], code], rng, size_mm=14, color=(150, 150, 160))
    s.signature(4, 53, 26, 7, rng, color=(50, 50, 60))
    d = (lambda x: format_date(x, "abbr", "en").upper()) if lang in ("en", "ru/en", "tr/en") else \
        (lambda x: format_date(x, "dots", "fr"))
    v = ["P", code, number, person.surname.upper(), person.given_names.upper(), nat, d(person.birth_date),
         person.sex, strip_accents(person.birth_place).upper(), d(issue), d(expiry), auth]
    x0, x1 = 36.0, W - 3
    rows = [((0, 0.2), (1, 0.2), (2, 0.6)), ((3, 1.0),), ((4, 1.0),), ((5, 0.5), (6, 0.5)), ((7, 0.2), (8, 0.8)),
            ((9, 0.5), (10, 0.5)), ((11, 1.0),)]
    y = 9.5
    rh = 7.6
    for row in rows:
        x = x0
        for idx, frac in row:
            w = (x1 - x0) * frac
            s.rect(x, y, w, rh, width_mm=0.1, color=(150, 155, 150))
            s.text(x + 0.8, y + 0.5, cap[idx], font="sans4", size_pt=3.2, color=(90, 95, 90))
            val = v[idx]
            vs = 6.4
            while vs > 4.0 and text_width_mm(val, "sans4", vs, bold=True) > w - 2:
                vs -= 0.3
            s.text(x + 1.2, y + 2.7, val, font="sans4", size_pt=vs, bold=True, color=(25, 25, 30))
            x += w
        y += rh
    size = 2.54 / 0.602 / (25.4 / 72)
    s.rect(0, H - 15, W, 15, width_mm=0, fill=(250, 250, 248))
    for i, ln in enumerate(lines):
        s.text(4.5, H - 12.5 + i * 4.3, ln, font="ocrb", size_pt=size, color=(10, 10, 10))
    return s


def _passport12(code: str):
    cfg = _PP12[code]

    def make(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, crop=False,
             annotate=None, number=None, **opts):
        issue, expiry = _dates(rng, issue_date, expiry_date, 10 if code in ("TUR", "RUS", "ARM", "DZA") else 5)
        number = number or cfg[4](rng)
        md = _mrz_data(person, mrz_override)
        lines = M.td3(issuing=code, surname=md["surname"], given=md["given_names"],
                      number=md.get("number", number.replace(" ", "")[-9:]), nationality=md["nationality"],
                      birth_date=md["birth_date"], sex=md["sex"], expiry=expiry, personal_number="",
                      break_check=break_check)
        page = _grid_page(code, person, rng, number, issue, expiry, lines)
        if crop:
            return [page]
        sh = Sheet()
        x, y = rng.uniform(6, 10), rng.uniform(6, 10)   # laid in the corner of the glass
        sh.image(x, y, 125, 88, page.render(300))
        sh.rect(x, y, 125, 88, width_mm=0.2, color=(150, 150, 150))
        if annotate:
            sh.handwriting(22, 276, hand_safe(annotate), rng, size_pt=12)
        return _habit(sh, rng, cfg[7], "fr" if cfg[3].startswith("fr") else "nl")

    return make


for _code, _note in [
        ("MAR", "Moroccan passport, data page as a grid of cells, laid in the glass corner, sticky note 'origineel gezien'"),
        ("COD", "Congolese (DRC) passport, cell grid, the feeder's grey streak down the page"),
        ("TUR", "Turkish passport, bilingual captions in cells, copier's scan-to-mail footer line"),
        ("SUR", "Surinamese passport, Dutch captions in cells, pale toner band"),
        ("AFG", "Afghan passport, cell grid, feeder streak"),
        ("SYR", "Syrian passport, cell grid, sticky note"),
        ("GIN", "Guinean passport, cell grid, copier footer"),
        ("CMR", "Cameroonian passport, cell grid, toner band"),
        ("ARM", "Armenian passport, cell grid, sticky note"),
        ("RUS", "Russian passport, Cyrillic/English captions in cells, feeder streak"),
        ("IRQ", "Iraqi passport, cell grid, copier footer"),
        ("DZA", "Algerian passport, cell grid, sticky note")]:
    _register(f"passport-td3-{_code.lower()}-celraster-glashoek-12", "identity-document", PART, _PP12[_code][3],
              _passport12(_code), country=_code, mrz="TD3", photo=True, notes=_note)


# --------------------------------------------------------------------------- cards copied in 'ID card' mode

def _idmode(front: Sheet, back: Sheet, rng: random.Random) -> Sheet:
    """The copier's 'ID card copy' mode: the front scanned, the card turned over, the back scanned, both printed
    side by side on the upper half of one A4 sheet, the lower half left empty."""
    sh = Sheet()
    y = rng.uniform(14, 20)
    sh.image(12, y, 88, 55.5, front.render(300))
    sh.image(108, y, 88, 55.5, back.render(300))
    sh.rule(0, 148.5, 210, 148.5, width_mm=0.12, dash=2.0, color=(215, 215, 215))
    return sh


def idcard_arm(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, **opts):
    """Armenia's identity card (2012 model, TD1): front with the photo at the left and the data in English under
    small captions, back with the MRZ; copied in the copier's ID-card mode, the scan footer at the foot."""
    issue, expiry = _dates(rng, issue_date, expiry_date, 10)
    no = "AN" + _digits(rng, 7)
    md = _mrz_data(person, mrz_override)
    lines = M.td1(doc_code="ID", issuing="ARM", number=md.get("number", no), nationality=md["nationality"],
                  birth_date=md["birth_date"], sex=md["sex"], expiry=expiry, surname=md["surname"],
                  given=md["given_names"], optional1=_digits(rng, 10), break_check=break_check)
    f = Sheet(85.6, 54)
    f.rect(0, 0, 85.6, 54, width_mm=0, fill=(242, 236, 228))
    f.rect(0, 0, 85.6, 7, width_mm=0, fill=(200, 120, 40))
    f.text(3, 1.6, "REPUBLIC OF ARMENIA · IDENTITY CARD", font="sans3", size_pt=5.4, bold=True, color=(255, 255, 255))
    f.photo(3, 10, 22, 28, rng)
    for k, (lab, val) in enumerate([("Surname", person.surname.upper()), ("Given name", person.given_names.upper()),
                                    ("Sex", person.sex), ("Date of birth",
                                                          format_date(person.birth_date, "dots", "nl")),
                                    ("Date of expiry", format_date(expiry, "dots", "nl")), ("Document No", no)]):
        f.text(28, 9 + k * 6.7, lab, font="sans3", size_pt=3.2, color=(120, 90, 60))
        f.text(28, 10.9 + k * 6.7, val[:28], font="sans3", size_pt=5.0, bold=True)
    f.signature(3, 41, 22, 8, rng)
    b = Sheet(85.6, 54)
    b.rect(0, 0, 85.6, 54, width_mm=0, fill=(240, 236, 230))
    b.text(3, 3, "Nationality  ARMENIAN", font="sans3", size_pt=4.8)
    b.text(3, 8, f"Date of issue  {format_date(issue, 'dots', 'nl')}", font="sans3", size_pt=4.8)
    b.text(3, 13, "Authority  001", font="sans3", size_pt=4.8)
    size = (78.0 / 30) / 0.602 / (25.4 / 72)
    for i, ln in enumerate(lines):
        b.text(3.5, 36 + i * 4.5, ln, font="ocrb", size_pt=size)
    sh = _idmode(f, b, rng)
    mfp_footer(sh, rng)
    return [sh]


_register("idcard-td1-arm-id-kaart-modus-bovenhelft", "identity-document", PART, "en", idcard_arm, country="ARM",
          mrz="TD1", photo=True, notes="Armenian identity card, both sides on the upper half (copier's ID-card mode)")


def permit_nl_idmode(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None,
                     purpose=None, v_number=None, **opts):
    """Dutch residence document copied in the copier's ID-card mode (front and back side by side on the upper half
    of the sheet), a yellow sticky note 'origineel gezien' on the empty lower half."""
    issue, expiry, number, purpose, lines, vnr = nl_permit_data(person, rng, "KLMPRT", issue_date, expiry_date,
                                                                break_check, mrz_override, purpose, v_number)
    f = Sheet(85.6, 54)
    f.rect(0, 0, 85.6, 54, width_mm=0, fill=(228, 236, 246))
    f.text(3, 1.6, "VERBLIJFSDOCUMENT", font="sans2", size_pt=6.0, bold=True, color=(20, 40, 110))
    f.text(82, 1.8, "NL", font="sans2", size_pt=6.0, bold=True, anchor="right", color=(20, 40, 110))
    f.photo(62, 10, 20, 26, rng)
    for k, (lab, val) in enumerate([("Naam", person.surname.upper()), ("Voornamen", person.given_names.upper()),
                                    ("Geldig tot", format_date(expiry, "dots", "nl")), ("Documentnummer", number),
                                    ("Soort", "REGULIER BEP. TIJD"), ("Opmerkingen", purpose.upper())]):
        f.text(3, 8 + k * 7.0, lab, font="sans2", size_pt=3.4, color=(60, 70, 120))
        f.text(3, 10.1 + k * 7.0, val[:34], font="sans2", size_pt=4.9, bold=True)
    b = Sheet(85.6, 54)
    b.rect(0, 0, 85.6, 54, width_mm=0, fill=(232, 238, 246))
    for k, (lab, val) in enumerate([("Geboortedatum", format_date(person.birth_date, "dots", "nl")),
                                    ("Nationaliteit", country_name(person.nationality, "nl").upper()),
                                    ("V-nummer", vnr), ("Afgifte", format_date(issue, "dots", "nl"))]):
        b.text(3, 2 + k * 6.6, lab, font="sans2", size_pt=3.4, color=(60, 70, 120))
        b.text(30, 2 + k * 6.6, val, font="sans2", size_pt=4.8, bold=True)
    size = (78.0 / 30) / 0.602 / (25.4 / 72)
    for i, ln in enumerate(lines):
        b.text(3.5, 36 + i * 4.5, ln, font="ocrb", size_pt=size)
    sh = _idmode(f, b, rng)
    sticky_note(sh, rng, lang="nl", x=24, y=170)
    return [sh]


_register("permit-nl-verblijfsdocument-id-kaart-modus-geeltje", "identity-document", PART, "nl", permit_nl_idmode,
          country="NLD", mrz="TD1", photo=True,
          notes="Dutch residence document, both sides side by side on the upper half, sticky note on the lower half")


# --------------------------------------------------------------------------- civil status: Guinea and the DR Congo

_CIV12 = {
    "GIN": dict(state="RÉPUBLIQUE DE GUINÉE", motto="Travail – Justice – Solidarité", band=((206, 17, 38),
                (252, 209, 22), (0, 148, 96)), where="PRÉFECTURE DE KANKAN", office="Commune Urbaine de Kankan",
                city="Kankan", court="TRIBUNAL DE PREMIÈRE INSTANCE DE KALOUM", court_city="Conakry",
                law="le Code civil et le Code de la nationalité guinéenne", adj="guinéen",
                embassy=["AMBASSADE DE LA RÉPUBLIQUE DE GUINÉE", "Avenue Roger Vandendriessche 17 – 1150 Bruxelles"],
                font="sans3", habit="footer"),
    "COD": dict(state="RÉPUBLIQUE DÉMOCRATIQUE DU CONGO", motto="Justice – Paix – Travail", band=((0, 127, 255),
                (247, 212, 23), (206, 16, 33)), where="VILLE DE KINSHASA", office="Commune de la Gombe", city="Kinshasa",
                court="TRIBUNAL DE GRANDE INSTANCE DE KINSHASA/GOMBE", court_city="Kinshasa",
                law="la loi n° 04/024 du 12 novembre 2004 relative à la nationalité congolaise", adj="congolais",
                embassy=["AMBASSADE DE LA RÉPUBLIQUE DÉMOCRATIQUE DU CONGO", "Rue Marie de Bourgogne 30 – 1000 "
                                                                            "Bruxelles"],
                font="serif3", habit="streak"),
}


def _civ_head(sh: Sheet, cfg: dict, sub: str) -> None:
    for k, col in enumerate(cfg["band"]):
        sh.rect(0, 6 + k * 2.2, 210, 2.2, width_mm=0, fill=col)
    f = cfg["font"]
    sh.text(105, 16, cfg["state"], font=f, size_pt=11, bold=True, anchor="center")
    sh.text(105, 21.5, cfg["motto"], font=f, size_pt=8, italic=True, anchor="center", color=GREY)
    sh.text(20, 30, cfg["where"], font=f, size_pt=9, bold=True)
    sh.text(20, 34.5, sub, font=f, size_pt=9)


def _box_rows(sh: Sheet, rows, y: float, font: str, lab_w: float = 52) -> float:
    for lab, val in rows:
        sh.rect(20, y, lab_w, 8, width_mm=0.2, fill=(240, 240, 240))
        sh.rect(20 + lab_w, y, 170 - lab_w, 8, width_mm=0.2)
        sh.text(22, y + 2, lab, font=font, size_pt=8.8)
        sh.text(22 + lab_w, y + 1.8, str(val)[:62], font=font, size_pt=10, bold=True)
        y += 8
    return y


def _birth12(code: str):
    cfg = _CIV12[code]

    def make(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
        """A birth extract printed from the civil-status office's computer: the national colours in a thin band at
        the top, the data in a bordered two-column table, the act's number and year, the officer's signature over
        the round stamp."""
        issued = _when(rng, issue_date, 30, 600)
        act = act_date or (person.birth_date + datetime.timedelta(days=rng.randint(3, 80)))
        sh = Sheet()
        f = cfg["font"]
        _civ_head(sh, cfg, cfg["office"] + " – Service de l'état civil")
        sh.text(105, 46, "EXTRAIT D'ACTE DE NAISSANCE", font=f, size_pt=14, bold=True, anchor="center")
        sh.text(105, 53, f"Acte n° {rng.randint(100, 4999)} / {act.year}", font=f, size_pt=9.5, anchor="center")
        y = _box_rows(sh, [("Nom", person.surname.upper()), ("Prénom(s)", person.given_names),
                           ("Sexe", "Féminin" if person.sex == "F" else "Masculin"),
                           ("Date de naissance", format_date(person.birth_date, "long", "fr")),
                           ("Lieu de naissance", person.birth_place), ("Père", father or person.father or "-"),
                           ("Mère", mother or person.mother or "-"),
                           ("Date de la déclaration", format_date(act, "dots", "fr"))], 62, f)
        sh.text(20, y + 10, f"Délivré pour extrait conforme, à {cfg['city']}, le {format_date(issued, 'dots', 'fr')}",
                font=f, size_pt=10)
        sh.text(125, y + 20, "L'Officier de l'état civil", font=f, size_pt=10)
        sh.stamp(122, y + 24, [cfg["office"].upper()[:24], "ÉTAT CIVIL"], rng, size_mm=28, color=(40, 70, 150))
        sh.signature(128, y + 28, 40, 13, rng)
        return _habit(sh, rng, cfg["habit"], "fr")

    return make


def _marriage12(code: str):
    cfg = _CIV12[code]

    def make(person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
        """A marriage extract on the same computer form: the spouses one under the other in two bordered tables,
        the date and place of the marriage and the regime, the officer's signature and stamp."""
        issued = _when(rng, issue_date, 30, 500)
        wed = marriage_date or (issued - datetime.timedelta(days=rng.randint(400, 3000)))
        sh = Sheet()
        f = cfg["font"]
        _civ_head(sh, cfg, cfg["office"] + " – Service de l'état civil")
        sh.text(105, 46, "EXTRAIT D'ACTE DE MARIAGE", font=f, size_pt=14, bold=True, anchor="center")
        sh.text(105, 53, f"Acte n° {rng.randint(10, 999)} / {wed.year} – célébré le {format_date(wed, 'long', 'fr')} "
                         f"à {cfg['city']}", font=f, size_pt=9.5, anchor="center")
        y = 62
        for head, q in (("ÉPOUX", person), ("ÉPOUSE", spouse)):
            sh.text(20, y, head, font=f, size_pt=10, bold=True)
            y += 5
            if q is None:
                continue
            y = _box_rows(sh, [("Nom et prénom(s)", f"{q.surname.upper()} {q.given_names}"),
                               ("Né(e) le / à", f"{format_date(q.birth_date, 'dots', 'fr')} à {q.birth_place}")], y, f)
            y += 5
        sh.text(20, y + 2, "Régime matrimonial : communauté de biens", font=f, size_pt=10)
        sh.text(20, y + 12, f"Pour extrait conforme, {cfg['city']}, le {format_date(issued, 'dots', 'fr')}", font=f,
                size_pt=10)
        sh.text(125, y + 22, "L'Officier de l'état civil", font=f, size_pt=10)
        sh.stamp(122, y + 26, [cfg["office"].upper()[:24], "ÉTAT CIVIL"], rng, size_mm=28, color=(40, 70, 150))
        sh.signature(128, y + 30, 40, 13, rng)
        return _habit(sh, rng, "note" if cfg["habit"] != "note" else "streak", "fr")

    return make


def _nationality12(code: str):
    cfg = _CIV12[code]

    def make(person, rng, *, issue_date=None, **opts):
        """A court's certificate of nationality: the registry's reference at the top right, the holder's data in a
        boxed block, the certifying sentence under it, the chief clerk's signature and the court's stamp."""
        issued = _when(rng, issue_date, 30, 700)
        sh = Sheet()
        f = cfg["font"]
        _civ_head(sh, cfg, "MINISTÈRE DE LA JUSTICE")
        sh.text(190, 30, f"N° {rng.randint(100, 9999)}/CN/{issued.year}", font=f, size_pt=9, anchor="right")
        sh.text(105, 44, cfg["court"], font=f, size_pt=10.5, bold=True, anchor="center")
        sh.text(105, 54, "CERTIFICAT DE NATIONALITÉ", font=f, size_pt=15, bold=True, anchor="center")
        fem = person.sex == "F"
        sh.rect(20, 64, 170, 52, width_mm=0.5)
        y = 67
        for lab, val in [("Nom", person.surname.upper()), ("Prénom(s)", person.given_names),
                         ("Né(e) le", format_date(person.birth_date, "long", "fr")), ("À", person.birth_place),
                         ("Fils/Fille de", person.father or "-"), ("Et de", person.mother or "-")]:
            sh.text(24, y, lab, font=f, size_pt=9.5, color=GREY)
            sh.text(64, y, val, font=f, size_pt=10.5, bold=True)
            y += 8
        y = sh.paragraph(20, 124, 170, f"Le Greffier en chef soussigné, vu {cfg['law']} et les pièces produites, "
                         f"certifie que la personne désignée ci-dessus est de nationalité "
                         f"{cfg['adj'] + ('ne' if fem and cfg['adj'].endswith('en') else 'e' if fem else '')}.",
                         font=f, size_pt=10.5, leading=1.55, align="justify")
        sh.text(20, y + 10, f"{cfg['court_city']}, le {format_date(issued, 'dots', 'fr')}", font=f, size_pt=10.5)
        sh.text(125, y + 20, "Le Greffier en chef", font=f, size_pt=10.5)
        sh.signature(126, y + 25, 42, 14, rng)
        sh.stamp(90, y + 22, ["GREFFE", cfg["court_city"].upper()], rng, size_mm=28, color=(40, 40, 130))
        return _habit(sh, rng, "toner" if code == "GIN" else "note", "fr")

    return make


def _idcert12(code: str):
    cfg = _CIV12[code]

    def make(person, rng, *, issue_date=None, declarative=False, **opts):
        """An embassy's identity attestation on its letter paper: the embassy's name and address at the top left,
        a printed frame 'PHOTO' into which the photo is glued and stamped over, the data as lines of 'label :
        value', the basis of the attestation, the consul's signature."""
        issued = _when(rng, issue_date, 20, 400)
        sh = Sheet()
        f = cfg["font"]
        sh.text(20, 14, cfg["embassy"][0], font=f, size_pt=10.5, bold=True)
        sh.text(20, 19.5, cfg["embassy"][1], font=f, size_pt=8.5, color=GREY)
        sh.text(20, 24, "Section consulaire", font=f, size_pt=8.5, color=GREY)
        sh.rule(20, 28, 190, 28, width_mm=0.3)
        sh.text(190, 34, f"N° {rng.randint(100, 999)}/SC/{issued.year}", font=f, size_pt=9, anchor="right")
        sh.text(105, 46, "ATTESTATION D'IDENTITÉ", font=f, size_pt=14, bold=True, anchor="center")
        sh.rect(150, 56, 38, 46, width_mm=0.3, color=(120, 120, 120))
        sh.text(169, 57, "PHOTO", font=f, size_pt=6, anchor="center", color=GREY)
        sh.photo(152, 60, 34, 40, rng)
        sh.stamp(176, 92, [cfg["embassy"][0][:18], "SECTION CONSULAIRE"], rng, size_mm=20, color=(40, 60, 150))
        y = 58
        for lab, val in [("Nom", person.surname.upper()), ("Prénom(s)", person.given_names),
                         ("Date de naissance", format_date(person.birth_date, "dots", "fr")),
                         ("Lieu de naissance", person.birth_place), ("Sexe", person.sex),
                         ("Père", person.father or "-"), ("Mère", person.mother or "-"),
                         ("Nationalité", cfg["adj"] + ("ne" if person.sex == "F" and cfg["adj"].endswith("en") else
                                                       "e" if person.sex == "F" else ""))]:
            sh.text(20, y, f"{lab}", font=f, size_pt=10)
            sh.text(62, y, f": {val}"[:44], font=f, size_pt=10.5, bold=True)
            y += 7
        basis = ("La présente attestation est établie sur la base des seules déclarations de l'intéressé(e), qui n'a "
                 "présenté aucun document." if declarative else
                 "La présente attestation est établie sur la base de l'inscription de l'intéressé(e) au registre "
                 "consulaire et de son acte de naissance.")
        y = sh.paragraph(20, max(y, 106) + 6, 170, basis + " Elle est délivrée pour servir et valoir ce que de droit.",
                         font=f, size_pt=10.5, leading=1.5)
        sh.text(20, y + 10, f"Bruxelles, le {format_date(issued, 'long', 'fr')}", font=f, size_pt=10.5)
        sh.text(120, y + 20, "Le Consul", font=f, size_pt=10.5)
        sh.signature(120, y + 25, 42, 14, rng)
        sh.stamp(80, y + 22, [cfg["embassy"][0][:22], "BRUXELLES"], rng, size_mm=26, color=(40, 60, 150))
        return _habit(sh, rng, "streak" if code == "GIN" else "footer", "fr")

    return make


for _c in ("GIN", "COD"):
    _lc = _c.lower()
    _register(f"birth-{_lc}-computerextract-driekleurband", "birth-certificate", PART, "fr", _birth12(_c), country=_c,
              notes=f"{_c} commune's computer-printed birth extract, national colours band, bordered data table")
    _register(f"marriage-{_lc}-computerextract-twee-tabellen", "marriage-certificate", PART, "fr", _marriage12(_c),
              country=_c, notes=f"{_c} commune's marriage extract, the spouses in two bordered tables")
    _register(f"nationality-{_lc}-greffe-gegevensblok", "nationality-certificate", PART, "fr", _nationality12(_c),
              country=_c, notes=f"{_c} court's certificate of nationality, the holder's data in a boxed block")
    _register(f"idcert-{_lc}-ambassade-fotokader-gelijmd-12", "identity-certificate", PART, "fr", _idcert12(_c),
              country=_c, photo=True, notes=f"{_c} embassy's identity attestation, photo glued into a printed frame")


# --------------------------------------------------------------------------- Armenia: bilingual e-register extract

def marriage_arm_extract(person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    """An extract of a marriage record printed from Armenia's electronic civil-status register, in Armenian and
    English line by line: the record's number, the spouses' data in two blocks, the surnames after the marriage, the
    issuing division's round stamp and the official's signature; the feeder streak."""
    issued = _when(rng, issue_date, 30, 500)
    wed = marriage_date or (issued - datetime.timedelta(days=rng.randint(400, 3000)))
    sh = Sheet()
    f = "sans3"
    sh.text(105, 12, "ՀԱՅԱՍՏԱՆԻ ՀԱՆՐԱՊԵՏՈՒԹՅՈՒՆ", font=f, size_pt=10.5, bold=True, anchor="center")
    sh.text(105, 17.5, "REPUBLIC OF ARMENIA", font=f, size_pt=10, bold=True, anchor="center")
    sh.text(105, 23, "Civil Status Acts Registration Agency · Ministry of Justice", font=f, size_pt=8.5,
            anchor="center", color=GREY)
    sh.text(105, 36, "ԱՄՈՒՍՆՈՒԹՅԱՆ ԳՐԱՆՑՄԱՆ ՔԱՂՎԱԾՔ", font=f, size_pt=12, bold=True, anchor="center")
    sh.text(105, 42, "EXTRACT OF MARRIAGE REGISTRATION", font=f, size_pt=12, bold=True, anchor="center")
    sh.text(20, 52, f"Record No / Գրառման համար: {rng.randint(100, 2999)}   Date of registration: "
                    f"{format_date(wed, 'dots', 'nl')}", font=f, size_pt=9.5)
    y = 62
    for head, q in (("Husband / Ամուսին", person), ("Wife / Կին", spouse)):
        sh.rect(20, y, 170, 30, width_mm=0.3)
        sh.text(23, y + 2, head, font=f, size_pt=9.5, bold=True)
        if q is not None:
            for k, (a, b) in enumerate((("Surname", q.surname.upper()), ("Given name", q.given_names),
                                        ("Date of birth", format_date(q.birth_date, "dots", "nl")),
                                        ("Place of birth", q.birth_place))):
                sh.text(26, y + 8 + k * 5.2, a, font=f, size_pt=8.5, color=GREY)
                sh.text(70, y + 8 + k * 5.2, b, font=f, size_pt=10)
        y += 34
    sh.text(20, y + 2, f"Place of registration: {rng.choice(['Yerevan, Kentron', 'Yerevan, Arabkir', 'Gyumri', 'Vanadzor'])} "
                       f"division", font=f, size_pt=9.5)
    sh.text(20, y + 12, f"Issued / Տրված է: {format_date(issued, 'dots', 'nl')}", font=f, size_pt=10)
    sh.text(125, y + 22, "Official / Պաշտոնատար անձ", font=f, size_pt=9.5)
    sh.stamp(120, y + 26, ["CIVIL STATUS AGENCY", "ARMENIA"], rng, size_mm=28, color=(40, 60, 150))
    sh.signature(128, y + 30, 40, 13, rng)
    adf_streak(sh, rng)
    return [sh]


_register("marriage-arm-e-register-tweetalig", "marriage-certificate", PART, "hy/en", marriage_arm_extract,
          country="ARM", notes="Armenian extract of a marriage record from the electronic register, Armenian and "
                               "English, feeder streak")


# --------------------------------------------------------------------------- Turkish consulate's MERNİS print

def birth_tur_consulate(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """The Turkish consulate-general's birth-registration extract ('Doğum Kayıt Örneği') printed from the population
    register (MERNİS) in Turkish only: the register's volume, family and row numbers in a strip, the person's data
    as label/value lines, a silver hologram sticker and the consular officer's stamp; scan footer."""
    issued = _when(rng, issue_date, 20, 400)
    sh = Sheet()
    f = "sans3"
    sh.text(105, 14, "T.C.", font=f, size_pt=11, bold=True, anchor="center")
    sh.text(105, 20, "BRÜKSEL BAŞKONSOLOSLUĞU", font=f, size_pt=11, bold=True, anchor="center")
    sh.text(105, 26, "Nüfus ve Vatandaşlık İşlemleri", font=f, size_pt=9, anchor="center", color=GREY)
    sh.text(105, 40, "DOĞUM KAYIT ÖRNEĞİ", font=f, size_pt=14, bold=True, anchor="center")
    sh.rect(20, 48, 170, 9, width_mm=0.25, fill=(238, 238, 238))
    for k, (a, b) in enumerate((("Cilt No", str(rng.randint(10, 400))), ("Aile Sıra No", str(rng.randint(1, 300))),
                                ("Sıra No", str(rng.randint(1, 30))), ("T.C. Kimlik No", _digits(rng, 11)))):
        sh.text(22 + k * 42, 50.5, f"{a}: {b}", font=f, size_pt=8.5)
    y = 66
    for a, b in (("Soyadı", person.surname.upper()), ("Adı", person.given_names.upper()),
                 ("Baba Adı", (father or person.father or "-").split(" ")[0]),
                 ("Ana Adı", (mother or person.mother or "-").split(" ")[0]),
                 ("Doğum Yeri", person.birth_place), ("Doğum Tarihi", format_date(person.birth_date, "dots", "nl")),
                 ("Cinsiyeti", "Kadın" if person.sex == "F" else "Erkek"), ("Medeni Hali", "Bekâr"),
                 ("Tescil Tarihi", format_date(act_date or (person.birth_date + datetime.timedelta(days=20)), "dots",
                                               "nl"))):
        sh.text(24, y, a, font=f, size_pt=10, color=GREY)
        sh.text(70, y, ": " + b, font=f, size_pt=10.5, bold=True)
        y += 7.5
    sh.text(20, y + 8, f"Bu belge nüfus kayıtlarına uygundur. Brüksel, {format_date(issued, 'dots', 'nl')}",
            font=f, size_pt=9.5)
    sh.rect(30, y + 18, 24, 16, width_mm=0.2, color=(160, 160, 170), fill=(214, 216, 222))
    sh.text(42, y + 24, "T.C.", font=f, size_pt=6, anchor="center", color=(150, 150, 160))
    sh.text(130, y + 18, "Konsolosluk Memuru", font=f, size_pt=10)
    sh.stamp(126, y + 22, ["T.C. BRÜKSEL", "BAŞKONSOLOSLUĞU"], rng, size_mm=28, color=(40, 40, 130))
    sh.signature(132, y + 26, 38, 12, rng)
    mfp_footer(sh, rng)
    return [sh]


_register("birth-tur-konsolosluk-mernis-hologram", "birth-certificate", PART, "tr", birth_tur_consulate,
          country="TUR", notes="Turkish consulate-general's MERNİS birth-registration print in Turkish, hologram, "
                               "scan footer")


# --------------------------------------------------------------------------- Walloon city: counter print

def _be_counter(kind: str):
    def make(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, spouse=None,
             marriage_date=None, **opts):
        """An extract printed at a Walloon city's civil-status counter from the federal database (since 2019 any
        commune issues extracts of any act in the database): the city's
        logo and address in a grey left block, 'EXTRAIT D'ACTE DE ...' with the act's reference, the data in
        'rubrique : valeur' lines, the printed seal, and the counter clerk's handwritten initials beside 'pour
        extrait conforme'."""
        issued = _when(rng, issue_date, 20, 300)
        city = rng.choice(["Charleroi", "Namur", "Mons", "Verviers", "La Louvière", "Seraing"])
        sh = Sheet()
        f = "sans2"
        sh.rect(15, 10, 50, 26, width_mm=0, fill=(234, 234, 234))
        sh.text(18, 13, f"Ville de {city}", font=f, size_pt=12, bold=True)
        sh.text(18, 20, "Service Population – État civil", font=f, size_pt=8, color=GREY)
        sh.text(18, 24.5, "Guichet Naissances & Mariages", font=f, size_pt=8, color=GREY)
        if kind == "birth":
            title = "EXTRAIT D'ACTE DE NAISSANCE"
            ref_date = act_date or (person.birth_date + datetime.timedelta(days=rng.randint(2, 12)))
            rows = [("Nom", person.surname.upper()), ("Prénom(s)", person.given_names),
                    ("Sexe", "féminin" if person.sex == "F" else "masculin"),
                    ("Date de naissance", format_date(person.birth_date, "long", "fr")),
                    ("Lieu de naissance", person.birth_place),
                    ("Père / Coparent", father or person.father or "-"),
                    ("Mère", mother or person.mother or "-")]
        else:
            title = "EXTRAIT D'ACTE DE MARIAGE"
            ref_date = marriage_date or (issued - datetime.timedelta(days=rng.randint(400, 2000)))
            sp = spouse
            rows = [("Date du mariage", format_date(ref_date, "long", "fr")), ("Lieu du mariage", city),
                    ("Conjoint 1", f"{person.surname.upper()} {person.given_names}"),
                    ("né(e) le", f"{format_date(person.birth_date, 'dots', 'fr')} à {person.birth_place}")]
            if sp is not None:
                rows += [("Conjoint 2", f"{sp.surname.upper()} {sp.given_names}"),
                         ("né(e) le", f"{format_date(sp.birth_date, 'dots', 'fr')} à {sp.birth_place}")]
        sh.text(105, 50, title, font=f, size_pt=14, bold=True, anchor="center")
        sh.text(105, 57, f"Référence BAEC : {ref_date.year}/{rng.randint(10000, 99999)}", font=f, size_pt=9,
                anchor="center", color=GREY)
        y = 70
        for a, b in rows:
            sh.text(24, y, a, font=f, size_pt=10, color=GREY)
            sh.text(70, y, ": " + b, font=f, size_pt=11)
            y += 8
        sh.text(24, y + 10, f"Pour extrait conforme, {city}, le {format_date(issued, 'dots', 'fr')}", font=f,
                size_pt=10.5)
        sh.text(24, y + 17, "L'Officier de l'état civil délégué", font=f, size_pt=9.5)
        sh.stamp(130, y + 8, [f"VILLE DE {city.upper()}"[:22], "ÉTAT CIVIL"], rng, size_mm=28, color=(90, 90, 100))
        sh.handwriting(100, y + 15, rng.choice(["MD", "F.L.", "AV", "cg"]), rng, size_pt=12, color=(25, 35, 120),
                       font="hand1")
        return _habit(sh, rng, "streak" if kind == "birth" else "footer", "fr")

    return make


_register("birth-be-wallonie-loketprint-paraaf", "birth-certificate", PART, "fr", _be_counter("birth"),
          country="BEL", notes="Walloon city's birth extract printed at the counter from the federal database, grey "
                               "logo block, clerk's initials, feeder streak")
_register("marriage-be-wallonie-loketprint-paraaf", "marriage-certificate", PART, "fr", _be_counter("marriage"),
          country="BEL", notes="Walloon city's marriage extract printed at the counter, clerk's initials")


# --------------------------------------------------------------------------- sworn translations

def _translation12(where: str):
    def make(person, rng, *, issue_date=None, of_type="birth-certificate", source_lang=None, **opts):
        issued = _when(rng, issue_date, 5, 60)
        src = _SRC10.get(source_lang or "tr", (source_lang or "tr", source_lang or "tr"))
        sh = Sheet()
        if where == "brugge":
            g, s, _ = make_professional(rng, "BE")
            f = "serif7"
            sh.text(190, 12, f"{g} {s}", font=f, size_pt=11, bold=True, anchor="right")
            sh.text(190, 17.5, "Beëdigd vertaler bij de rechtbank van eerste aanleg West-Vlaanderen", font=f,
                    size_pt=7.5, anchor="right", color=GREY)
            sh.text(190, 21.5, "Langestraat · 8000 Brugge", font=f, size_pt=7.5, anchor="right", color=GREY)
            sh.text(20, 36, f"Vertaling uit het {src[1]} – geboorteakte", font=f, size_pt=12.5, bold=True)
            rows = [("Familienaam", person.surname.upper()), ("Voornaam", person.given_names),
                    ("Naam vader", person.father or "-"), ("Naam moeder", person.mother or "-"),
                    ("Geboorteplaats", person.birth_place),
                    ("Geboortedatum", format_date(person.birth_date, "long", "nl")),
                    ("Geslacht", "vrouwelijk" if person.sex == "F" else "mannelijk")]
            y = 48
            for a, b in rows:
                sh.rect(20, y, 55, 8, width_mm=0.2)
                sh.rect(75, y, 115, 8, width_mm=0.2)
                sh.text(22, y + 1.8, a, font=f, size_pt=9.5)
                sh.text(77, y + 1.6, b, font=f, size_pt=10.5)
                y += 8
            y += 8
            y = sh.paragraph(20, y, 170, "[Stempel en handtekening van de ambtenaar] [Hologram]", font=f, size_pt=9.5,
                             leading=1.4)
            y = sh.paragraph(20, y + 8, 170, "Ik, ondergetekende, beëdigd vertaler, verklaar dat deze vertaling "
                             "getrouw en volledig is en overeenstemt met het mij voorgelegde origineel, waaraan zij is "
                             "vastgehecht.", font=f, size_pt=10.5, leading=1.5)
            sh.text(20, y + 8, f"Brugge, {format_date(issued, 'long', 'nl')}", font=f, size_pt=10.5)
            sh.signature(24, y + 12, 40, 13, rng)
            sh.stamp(120, y + 6, ["BEËDIGD VERTALER", f"{g[0]}. {s}".upper()[:18], "BRUGGE"], rng, size_mm=30,
                     color=(130, 40, 50))
            return [sh]
        g, s, _ = make_professional(rng, "NL")
        f = "sans6"
        sh.text(20, 14, f"Vertaalbureau {s}", font=f, size_pt=13, bold=True)
        sh.text(20, 20, f"{g} {s}, beëdigd vertaler {src[1]}–Nederlands · Wbtv {_digits(rng, 5)} · Utrecht", font=f,
                size_pt=8.5, color=GREY)
        sh.text(20, 36, "VERTALING", font=f, size_pt=13, bold=True)
        body = (f"Republiek Turkije. Uittreksel geboorteregistratie. Achternaam: {person.surname.upper()}; "
                f"voornaam: {person.given_names}; vader: {person.father or '-'}; moeder: {person.mother or '-'}; "
                f"geboren te {person.birth_place} op {format_date(person.birth_date, 'dashes_zero', 'nl')}; "
                f"geslacht: {'vrouw' if person.sex == 'F' else 'man'}. (stempel) (handtekening)")
        y = sh.paragraph(20, 46, 170, body, font=f, size_pt=10.5, leading=1.6)
        sh.rule(20, y + 8, 190, y + 8, width_mm=0.3, dash=1.2)
        y = sh.paragraph(20, y + 14, 170, "Ondergetekende, beëdigd vertaler, verklaart dat de bovenstaande vertaling "
                         "een getrouwe en volledige weergave is van het aangehechte brondocument.", font=f,
                         size_pt=10, leading=1.45)
        sh.text(20, y + 8, f"Utrecht, {format_date(issued, 'dashes_zero', 'nl')}", font=f, size_pt=10)
        sh.signature(60, y + 5, 36, 12, rng)
        sh.stamp(130, y + 2, ["BEËDIGD VERTALER", s.upper()[:16], "UTRECHT"], rng, size_mm=30, color=(30, 90, 60))
        sh.text(190, 287, "pagina 1 van 1", font=f, size_pt=7.5, anchor="right", color=GREY)
        return [sh]

    return make


# the Belgian one first: 9ter takes the part's first translation family, the IND the Dutch (NLD) one
_register("translation-be-brugge-tabel-rood-stempel", "translation", PART, "nl", _translation12("brugge"),
          country="BEL", notes="Bruges sworn translator, the data in a bordered table, red round stamp")
_register("translation-nl-utrecht-vertaalbureau-stippellijn", "translation", PART, "nl", _translation12("utrecht"),
          country="NLD", notes="Utrecht translation agency's sworn translation as running text, dashed separator")
