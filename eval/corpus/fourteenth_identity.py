"""Identity and civil-status families of the `fourteenth` part (registered in identity.FAMILIES).

Written after dev, heldout and the parts fresh to thirteenth had been read, by a writer who saw neither the validator
nor its output.  Passports of Morocco, the DR Congo, Türkiye, Suriname, Afghanistan, Syria, Guinea, Cameroon, Armenia,
Russia and Iraq whose data pages print each caption inline in two languages separated by a slash ('Nom / Surname'),
the dates with bilingual month abbreviations ('14 MARS/MAR 1991'), a vertical band with the word 'PASSPORT' along the
left edge, photographed by the client with a phone scanner app (the page slightly out of square on white, the app's
line 'Scanned with CamScanner' at the bottom right) and printed by the office.  A Moroccan CNIE enlarged on the copier
with both sides one under the other, a Dutch residence document scanned as a colour crop and printed at actual size
at the bottom of the sheet with a coloured index flag on the edge (the office's habit of flagging exhibits).  A
Conakry/Ratoma commune's birth extract printed from the civil-status software (the register's references in a grey
box, the data in a two-column table) and a Moroccan 'extrait d'acte de naissance' of an arrondissement in a framed
table with the Arabic above the French; a Turkish e-Devlet 'Tam Vukuatlı Nüfus Kayıt Örneği' page with its barcode
and verification code; a Brussels commune's bilingual extract from the DABS with a QR code.  Guinean and Moroccan
marriage extracts in the same layouts, Guinean and Moroccan certificates of nationality as a short form with numbered
lines, the Guinean embassy's and the Moroccan consulate's identity attestations as a card-sized print glued on A4;
sworn translations from Mechelen and Maastricht.  Same calling convention as identity.py.
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

PART = "fourteenth"
GREY = (95, 95, 95)
BLUE_INK = (25, 40, 130)

# --------------------------------------------------------------------------- copy habits (new in this part)


def scanner_app(img: Image.Image, rng: random.Random, dpi: int = 200) -> Sheet:
    """What a phone scanner app makes of a page: the page found by the app's edge detection and warped nearly but not
    quite square (a few millimetres off at one corner), on white, the app's line at the bottom right; printed on A4
    by the office."""
    w, h = img.size
    px = dpi / 25.4
    j = [rng.uniform(0, 3.5) * px for _ in range(8)]
    quad = (j[0], j[1], j[2], h - j[3], w - j[4], h - j[5], w - j[6], j[7])
    warped = img.convert("RGB").transform((w, h), Image.QUAD, quad, resample=Image.BICUBIC,
                                          fillcolor=(255, 255, 255))
    sh = Sheet()
    sh.image(0, 0, 210, 297, warped)
    sh.rect(148, 284, 56, 8, width_mm=0, fill=(255, 255, 255))
    sh.text(202, 286, "Scanned with CamScanner", font="sans6", size_pt=8, anchor="right", color=(90, 90, 90))
    return sh


def index_flag(sh: Sheet, rng: random.Random, label: str | None = None) -> None:
    """A coloured sticky index flag stuck on the right edge of the page with the exhibit's number written on it in
    felt pen, as offices flag the pieces of a bundle; it sticks out over the edge, so the copy shows only its inner
    part."""
    col = rng.choice([(250, 150, 60), (120, 200, 240), (250, 110, 150), (150, 220, 110), (250, 225, 80)])
    y = rng.uniform(40, 220)
    sh.rect(192, y, 18, 11, width_mm=0, fill=col)
    sh.rect(192, y, 4, 11, width_mm=0, fill=tuple(max(0, v - 40) for v in col))
    sh.handwriting(197, y + 1.2, label or str(rng.randint(2, 24)), rng, size_pt=12, color=(20, 20, 20), font="hand4")


# --------------------------------------------------------------------------- passports (TD3): inline bilingual captions

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
    state, lang, _n, auth, col, nat = _PP14[code]
    cap = _CAP14.get(lang)
    W, H = 125.0, 88.0
    s = Sheet(W, H)
    s.rect(0, 0, W, H, width_mm=0, fill=(242, 240, 236))
    tint = tuple(min(255, 215 + v // 6) for v in col)
    for k in range(0, 90, 3):
        s.rule(10, k, W, k + 6, width_mm=0.07, color=tint)
    s.rect(0, 0, 8, H - 17, width_mm=0, fill=tuple(min(255, 170 + v // 3) for v in col))
    for i, ch in enumerate("PASSPORT"):
        s.text(4, 8 + i * 7.5, ch, font="sans4", size_pt=7, bold=True, anchor="center", color=(255, 255, 255))
    s.text(11, 2.4, state, font="sans4", size_pt=6.4, bold=True, color=col)
    s.photo(11, 10, 29, 37, rng)
    s.signature(12, 49, 27, 8, rng, color=(40, 40, 50))
    vals = ["P", code, number, person.surname.upper(), person.given_names.upper(), nat,
            _bidate(person.birth_date, lang), person.sex, strip_accents(person.birth_place).upper(),
            _bidate(issue, lang), _bidate(expiry, lang), auth]
    grid = [(0, 44, 9), (1, 60, 9), (2, 84, 9), (3, 44, 17), (4, 44, 25), (5, 44, 33), (7, 100, 33), (6, 44, 41),
            (8, 84, 41), (9, 44, 49), (10, 84, 49), (11, 44, 57)]
    for idx, x, y in grid:
        lab = _CAPEN[idx] if cap is None or cap[idx] == _CAPEN[idx] else f"{cap[idx]} / {_CAPEN[idx]}"
        s.text(x, y, lab, font="sans4", size_pt=3.4, color=(85, 85, 90))
        val = vals[idx]
        vs = 6.8
        lim = (W - x - 3) if idx not in (2, 6) else (38 if idx == 6 else W - x - 3)
        while vs > 4.2 and text_width_mm(val, "sans4", vs, bold=True) > lim:
            vs -= 0.3
        s.text(x, y + 1.7, val, font="sans4", size_pt=vs, bold=True, color=(25, 25, 30))
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
        # the phone photographed the booklet's data page lying on a pale desk; the app cropped and straightened it
        canvas = Sheet()
        x, y = rng.uniform(20, 40), rng.uniform(30, 70)
        canvas.rect(x - 3, y - 3, 125 * 1.2 + 6, 88 * 1.2 + 6, width_mm=0, fill=(60, 50, 70))
        canvas.image(x, y, 125 * 1.2, 88 * 1.2, page.render(300))
        if annotate:
            canvas.handwriting(22, y + 120, hand_safe(annotate), rng, size_pt=12)
        return [scanner_app(canvas.render(200), rng)]

    return make


for _code, _note in [
        ("MAR", "Moroccan passport, inline 'Nom / Surname' captions, bilingual months, phone scanner app print"),
        ("COD", "Congolese (DRC) passport, inline French/English captions, phone scanner app print"),
        ("TUR", "Turkish passport, inline Turkish/English captions, Turkish/English months, scanner app"),
        ("SUR", "Surinamese passport, inline Dutch/English captions, Dutch/English months, scanner app"),
        ("AFG", "Afghan passport, English captions, vertical 'PASSPORT' band, scanner app"),
        ("SYR", "Syrian passport, English captions, vertical band, scanner app"),
        ("GIN", "Guinean passport, inline French/English captions, scanner app"),
        ("CMR", "Cameroonian passport, inline French/English captions, scanner app"),
        ("ARM", "Armenian passport, English captions, vertical band, scanner app"),
        ("RUS", "Russian passport, inline Cyrillic/English captions, Cyrillic months, scanner app"),
        ("IRQ", "Iraqi passport, English captions, vertical band, scanner app")]:
    _register(f"passport-td3-{_code.lower()}-inline-bilingue-scanapp-14", "identity-document", PART,
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
    sh = Sheet()
    for k, card in enumerate((f, b)):
        img = card.render(130).resize((int(171.2 / 25.4 * 200), int(108 / 25.4 * 200)), Image.BICUBIC)
        sh.image(19, 16 + k * 122, 171.2, 108, img)
    sh.text(20, 280, "agrandi 200 %", font="sans", size_pt=7, color=GREY)
    index_flag(sh, rng)
    return [sh]


_register("idcard-td1-mar-cnie-vergroot-200-procent-indextab", "identity-document", PART, "fr", idcard_mar_enlarged,
          country="MAR", mrz="TD1", photo=True, notes="Moroccan CNIE copied enlarged 200 %, front above back, index flag")


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
    sh = Sheet()
    y = rng.uniform(190, 215)
    sh.text(20, y - 9, "Verblijfsdocument cliënt(e) – voor- en achterzijde", font="sans", size_pt=9.5, color=GREY)
    sh.image(18, y, 85.6, 54, f.render(300))
    sh.image(108, y, 85.6, 54, b.render(300))
    index_flag(sh, rng)
    return [sh]


_register("permit-nl-verblijfsdocument-ware-grootte-onderaan-indextab", "identity-document", PART, "nl",
          permit_nl_actual_size, country="NLD", mrz="TD1", photo=True,
          notes="Dutch residence document printed at actual size, sides side by side near the foot, index flag")


# --------------------------------------------------------------------------- civil status: Guinea and Morocco

_CIV14 = {
    "GIN": dict(state="RÉPUBLIQUE DE GUINÉE", motto="Travail – Justice – Solidarité", office="COMMUNE DE RATOMA",
                region="VILLE DE CONAKRY", city="Conakry", adj="guinéen", soft="ETAT-CIVIL GN v3.2",
                court="TRIBUNAL DE PREMIÈRE INSTANCE DE CONAKRY III – MAFANCO", judge="Le Président du Tribunal",
                law="le Code civil guinéen (Livre I, Titre II, De la nationalité)",
                embassy=["AMBASSADE DE LA RÉPUBLIQUE DE GUINÉE", "Boulevard Auguste Reyers 108", "1030 Bruxelles"]),
    "MAR": dict(state="ROYAUME DU MAROC", motto="", office="ARRONDISSEMENT MAARIF", region="PRÉFECTURE DE CASABLANCA",
                city="Casablanca", adj="marocain", soft="",
                court="TRIBUNAL DE PREMIÈRE INSTANCE DE CASABLANCA", judge="Le Président du Tribunal",
                law="le Code de la nationalité marocaine (dahir n° 1-58-250)",
                embassy=["CONSULAT GÉNÉRAL DU ROYAUME DU MAROC", "Avenue Louise 275", "1050 Bruxelles"]),
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
            f = "sans2"
            sh.text(18, 10, cfg["state"], font=f, size_pt=10, bold=True)
            sh.text(18, 14.5, cfg["motto"], font=f, size_pt=8, italic=True)
            sh.text(18, 19, f"{cfg['region']} – {cfg['office']}", font=f, size_pt=9)
            sh.text(192, 10, f"{cfg['soft']} · {format_date(issued, 'dots', 'fr')} {rng.randint(8, 16):02d}:"
                             f"{rng.randint(0, 59):02d}", font=f, size_pt=7, anchor="right", color=GREY)
            sh.text(105, 34, title, font=f, size_pt=14, bold=True, anchor="center")
            sh.rect(55, 41, 100, 9, width_mm=0, fill=(228, 228, 228))
            sh.text(105, 43, f"Registre {act.year} · Volume {rng.randint(1, 9)} · Acte n° {rng.randint(10, 4999)}",
                    font=f, size_pt=9.5, anchor="center")
            y = 58
            for a, b in rows:
                sh.rect(25, y, 55, 9, width_mm=0.25)
                sh.rect(80, y, 105, 9, width_mm=0.25)
                sh.text(27, y + 2.3, a, font=f, size_pt=9.5, color=GREY)
                sh.text(82, y + 2.1, b[:60], font=f, size_pt=10.5, bold=True)
                y += 9
            sh.text(25, y + 10, f"Délivré à Conakry, le {format_date(issued, 'long', 'fr')}", font=f, size_pt=10)
            sh.text(120, y + 18, "L'Officier de l'état civil", font=f, size_pt=10)
            sh.text(120, y + 42, rng.choice(["Mamadou CAMARA", "Fatoumata BAH", "Ibrahima SOW", "Aïssatou DIALLO"]),
                    font=f, size_pt=9.5)
            sh.stamp(108, y + 20, ["COMMUNE DE RATOMA", "ÉTAT CIVIL"], rng, shape="rect", size_mm=28,
                     color=(40, 90, 60))
            sh.signature(124, y + 24, 40, 13, rng)
        else:
            f = "serif2"
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
            sh.text(20, y + 10, f"Pour extrait conforme, Casablanca, le {format_date(issued, 'dots', 'fr')}",
                    font=f, size_pt=10)
            sh.text(125, y + 18, "L'Officier de l'état civil", font=f, size_pt=10)
            sh.stamp(120, y + 22, ["ARRONDISSEMENT MAARIF", "ÉTAT CIVIL", "CASABLANCA"], rng, size_mm=30,
                     color=(40, 60, 140))
            sh.signature(128, y + 26, 40, 13, rng)
        return [sh]

    return make


def _nationality14(code: str):
    cfg = _CIV14[code]

    def make(person, rng, *, issue_date=None, **opts):
        """A certificate of nationality as a short court form: the court's heading, the title, then numbered lines
        (1. Nom ... 6. Nationalité) with the answers typed in, the legal basis in one line, the judge's signature,
        the court's stamp and the clerk's registration number at the foot."""
        issued = _when(rng, issue_date, 40, 700)
        sh = Sheet()
        f = "serif5"
        sh.text(20, 12, cfg["state"], font=f, size_pt=10, bold=True)
        sh.text(20, 17, "MINISTÈRE DE LA JUSTICE", font=f, size_pt=8.5)
        sh.text(20, 21.5, cfg["court"], font=f, size_pt=8.5)
        sh.text(105, 40, "CERTIFICAT DE NATIONALITÉ", font=f, size_pt=16, bold=True, anchor="center")
        sh.text(105, 47, f"N° {rng.randint(100, 9999)}/{issued.year}/TPI", font=f, size_pt=10, anchor="center")
        fa, mo = _parents(person, None, None)
        rows = [("Nom", person.surname.upper()), ("Prénoms", person.given_names),
                ("Date et lieu de naissance", f"{format_date(person.birth_date, 'dots', 'fr')} à {person.birth_place}"),
                ("Fils / Fille de", fa), ("Et de", mo), ("Nationalité", _fem(cfg["adj"], person.sex).upper())]
        y = 62
        for n, (a, b) in enumerate(rows, 1):
            sh.text(22, y, f"{n}. {a} :", font=f, size_pt=10.5)
            sh.text(85, y - 0.3, b[:52], font="typewriter2", size_pt=11)
            y += 9
        y = sh.paragraph(22, y + 4, 166, f"Vu {cfg['law']} et les pièces produites, certifions que la personne "
                         f"désignée ci-dessus possède la nationalité {_fem(cfg['adj'], person.sex)}.", font=f,
                         size_pt=10.5, leading=1.5)
        sh.text(110, y + 10, f"{cfg['city']}, le {format_date(issued, 'long', 'fr')}", font=f, size_pt=10.5)
        sh.text(120, y + 17, cfg["judge"], font=f, size_pt=10.5)
        sh.stamp(102, y + 20, [cfg["court"][:26], cfg["city"].upper()], rng, size_mm=30, color=(60, 40, 120))
        sh.signature(126, y + 24, 42, 14, rng)
        sh.text(20, 275, f"Enregistré au greffe sous le n° {rng.randint(1000, 99999)}", font=f, size_pt=8.5,
                color=GREY)
        return [sh]

    return make


def _fem(adj: str, sex: str) -> str:
    return adj + ("ne" if adj.endswith("en") and sex == "F" else "e" if sex == "F" else "")


def _idcert14(code: str):
    cfg = _CIV14[code]

    def make(person, rng, *, issue_date=None, declarative=False, **opts):
        """A consular identity attestation printed as a card (the size of a postcard) with the photo printed in at
        the left and the data at the right, cut out and glued on an A4 sheet; the consul's signature and stamp on
        the card, the glue's edge visible as a shadow; an index flag on the sheet."""
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
        c.text(7, 75, f"Bruxelles, le {format_date(issued, 'dots', 'fr')}", font="sans4", size_pt=7.5)
        c.text(100, 75, "Le Consul", font="sans4", size_pt=7.5)
        c.stamp(86, 77, [cfg["embassy"][0][:24], "CONSULAT"], rng, size_mm=20, color=(40, 60, 150))
        c.signature(98, 82, 34, 11, rng)
        sh = Sheet()
        x, y = 31, 30
        sh.rect(x + 1.2, y + 1.2, W, H, width_mm=0, fill=(205, 205, 205))
        sh.image(x, y, W, H, c.render(300))
        index_flag(sh, rng)
        return [sh]

    return make


for _c in ("GIN", "MAR"):
    _lc = _c.lower()
    _register(f"birth-{_lc}-{'logiciel-tableau' if _c == 'GIN' else 'cadre-arabe-francais'}-14", "birth-certificate",
              PART, "fr", _civil14(_c, "birth"), country=_c,
              notes=("Conakry/Ratoma birth extract printed from civil-status software, register box, two-column table"
                     if _c == "GIN" else "Casablanca arrondissement's birth extract in a framed table, Arabic captions "
                                         "above French"))
    _register(f"marriage-{_lc}-{'logiciel-tableau' if _c == 'GIN' else 'cadre-arabe-francais'}-14",
              "marriage-certificate", PART, "fr", _civil14(_c, "marriage"), country=_c,
              notes=f"{_c} marriage extract in the same layout as the birth extract")
    _register(f"nationality-{_lc}-genummerde-regels-griffienummer-14", "nationality-certificate", PART, "fr",
              _nationality14(_c), country=_c, notes=f"{_c} certificate of nationality as numbered lines, clerk's number")
    _register(f"idcert-{_lc}-kaart-opgeplakt-a4-14", "identity-certificate", PART, "fr", _idcert14(_c), country=_c,
              photo=True, notes=f"{_c} consular identity attestation printed as a card and glued on A4, index flag")


# --------------------------------------------------------------------------- Türkiye: e-Devlet full register copy

def birth_tur_edevlet_vukuatli(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """The 'Vukuatlı Nüfus Kayıt Örneği' printed from e-Devlet: the portal's header line, the person's data as a
    key/value list in Turkish only, the events ('Olaylar') in a small table, the barcode and the verification code
    'Barkod No' at the foot with the sentence that it can be checked on turkiye.gov.tr."""
    issued = _when(rng, issue_date, 10, 300)
    sh = Sheet()
    f = "sans6"
    sh.rect(0, 0, 210, 16, width_mm=0, fill=(200, 30, 40))
    sh.text(14, 5, "e-Devlet Kapısı", font=f, size_pt=13, bold=True, color=(255, 255, 255))
    sh.text(196, 6, "turkiye.gov.tr", font=f, size_pt=9, anchor="right", color=(255, 255, 255))
    sh.text(105, 28, "VUKUATLI NÜFUS KAYIT ÖRNEĞİ", font=f, size_pt=14, bold=True, anchor="center")
    fa, mo = _parents(person, father, mother)
    rows = [("T.C. Kimlik No", _digits(rng, 11)), ("Soyadı", person.surname.upper()), ("Adı", person.given_names.upper()),
            ("Baba Adı", fa.split(" ")[0].upper()), ("Ana Adı", mo.split(" ")[0].upper()),
            ("Doğum Yeri", person.birth_place.upper()), ("Doğum Tarihi", format_date(person.birth_date, "dots", "nl")),
            ("Cinsiyeti", "KADIN" if person.sex == "F" else "ERKEK"), ("Medeni Hali", "BEKAR"),
            ("İl / İlçe", f"{rng.choice(['KAYSERİ', 'KONYA', 'ESKİŞEHİR', 'SİVAS'])} / MERKEZ")]
    y = 40
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
    code = f"NVI-{_digits(rng, 4)}-{_digits(rng, 4)}-{_digits(rng, 4)}"
    from .be9ter import barcode
    barcode(sh, 24, 250, 60, 12, code)
    sh.text(24, 264, f"Barkod No: {code}", font="mono2", size_pt=8.5)
    sh.paragraph(24, 270, 160, f"Bu belge {format_date(issued, 'dots', 'nl')} tarihinde e-Devlet Kapısı üzerinden "
                 "alınmıştır; doğruluğu turkiye.gov.tr/belge-dogrulama adresinden kontrol edilebilir.", font=f,
                 size_pt=8, leading=1.3)
    return [sh]


_register("birth-tur-edevlet-vukuatli-barkod-14", "birth-certificate", PART, "tr", birth_tur_edevlet_vukuatli,
          country="TUR", notes="Turkish e-Devlet 'Vukuatlı Nüfus Kayıt Örneği', key/value list, events table, barcode")


# --------------------------------------------------------------------------- Brussels: bilingual DABS extract, QR

def _be_brussels(kind: str):
    def make(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, spouse=None,
             marriage_date=None, **opts):
        """A Brussels commune's extract from the federal civil-status database, bilingual French/Dutch (each
        caption 'Nom – Naam'), the commune's two names at the top, a QR code and the 'code de vérification /
        verificatiecode' at the bottom right, no signature (the electronic seal's line instead)."""
        issued = _when(rng, issue_date, 10, 250)
        city = rng.choice([("Schaerbeek", "Schaarbeek"), ("Anderlecht", "Anderlecht"), ("Ixelles", "Elsene"),
                           ("Molenbeek-Saint-Jean", "Sint-Jans-Molenbeek"), ("Forest", "Vorst")])
        sh = Sheet()
        f = "sans2"
        sh.text(20, 14, f"Commune de {city[0]} – Gemeente {city[1]}", font=f, size_pt=13, bold=True)
        sh.text(20, 20, "État civil – Burgerlijke stand", font=f, size_pt=9.5, color=GREY)
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
        sh.text(20, 34, title, font=f, size_pt=11, bold=True)
        sh.text(20, 40, f"Acte / Akte {ref.year}/{rng.randint(100, 9999)} – BAEC/DABS", font=f, size_pt=9, color=GREY)
        y = 52
        for a, b in rows:
            sh.text(22, y, a, font=f, size_pt=9, color=GREY)
            sh.text(95, y, b[:50], font=f, size_pt=10.5)
            sh.rule(22, y + 5.5, 190, y + 5.5, width_mm=0.1, color=(200, 200, 200))
            y += 8
        sh.paragraph(22, y + 8, 166, f"Délivré le / Afgegeven op {format_date(issued, 'dots', 'fr')}. Document "
                     "scellé électroniquement – Elektronisch verzegeld document.", font=f, size_pt=9, leading=1.4)
        rq = random.Random(rng.random())
        for i in range(21):
            for j in range(21):
                if (i < 7 and j < 7) or (i < 7 and j > 13) or (i > 13 and j < 7):
                    on = i in (0, 6, 14, 20) or j in (0, 6, 14, 20) or (2 <= i % 14 <= 4 and 2 <= j % 14 <= 4)
                else:
                    on = rq.random() < 0.5
                if on:
                    sh.rect(160 + j * 1.3, 240 + i * 1.3, 1.3, 1.3, width_mm=0, fill=(0, 0, 0))
        sh.text(188, 270, f"{_digits(rng, 4)}-{_digits(rng, 4)}", font="mono2", size_pt=8, anchor="right")
        sh.text(20, 270, "Code de vérification / verificatiecode", font=f, size_pt=8, color=GREY)
        return [sh]

    return make


_register("birth-be-brussel-tweetalig-dabs-qr-14", "birth-certificate", PART, "fr/nl", _be_brussels("birth"),
          country="BEL", notes="Brussels commune's bilingual DABS birth extract with QR code, electronic seal")
_register("marriage-be-brussel-tweetalig-dabs-qr-14", "marriage-certificate", PART, "fr/nl", _be_brussels("marriage"),
          country="BEL", notes="Brussels commune's bilingual DABS marriage extract with QR code")


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
            sh.text(105, 20, f"beëdigd vertaler {src[1]} – Nederlands · Mechelen", font=f, size_pt=8.5,
                    anchor="center", color=GREY)
            sh.rule(40, 24, 170, 24, width_mm=0.2)
            sh.text(20, 36, f"Vertaling uit het {src[1]} van een uittreksel uit het bevolkingsregister", font=f,
                    size_pt=10.5, bold=True)
            y = 48
            for a, b in data:
                y = sh.paragraph(20, y, 170, f"{a} ........ {b}", font=f, size_pt=10.5, leading=1.4) + 2
            y = sh.paragraph(20, y + 8, 170, "Ik, ondergetekende, beëdigd vertaler bij de rechtbank van eerste aanleg "
                             "Antwerpen, afdeling Mechelen, verklaar dat deze vertaling volledig en getrouw "
                             "overeenstemt met het mij voorgelegde stuk.", font=f, size_pt=10, leading=1.5)
            sh.text(20, y + 8, f"Mechelen, {format_date(issued, 'long', 'nl')}", font=f, size_pt=10.5)
            sh.signature(24, y + 12, 40, 13, rng)
            sh.stamp(120, y + 6, ["BEËDIGD VERTALER", s.upper()[:18], "MECHELEN"], rng, size_mm=28,
                     color=(40, 60, 150))
            index_flag(sh, rng)
            return [sh]
        f = "sans5"
        sh.text(20, 14, f"Vertaalbureau {s}", font=f, size_pt=12, bold=True, color=(120, 40, 40))
        sh.text(20, 20, f"{g} {s}, beëdigd vertaler {src[1]} (Wbtv {_digits(rng, 5)}) · Maastricht", font=f,
                size_pt=8.5, color=GREY)
        sh.text(20, 34, f"BEËDIGDE VERTALING – {src[1].upper()} > NEDERLANDS", font=f, size_pt=11, bold=True)
        y = 46
        for a, b in data:
            sh.text(24, y, f"{a}:", font=f, size_pt=10)
            sh.text(80, y, b, font=f, size_pt=10.5)
            y += 7
        sh.rect(20, y + 6, 170, 30, width_mm=0.3, color=(120, 40, 40))
        sh.paragraph(24, y + 9, 162, "Verklaring: ondergetekende, beëdigd vertaler, verklaart dat deze vertaling "
                     "een getrouwe en volledige weergave is van het aangehechte brondocument, dat door mij is "
                     "voorzien van mijn stempel.", font=f, size_pt=9.5, leading=1.45)
        sh.text(20, y + 46, f"Maastricht, {format_date(issued, 'dashes_zero', 'nl')}", font=f, size_pt=10)
        sh.signature(24, y + 50, 38, 12, rng)
        sh.stamp(120, y + 42, ["BEËDIGD VERTALER", s.upper()[:16], "MAASTRICHT"], rng, size_mm=28,
                 color=(120, 40, 40))
        return [sh]

    return make


# the Belgian one first: 9ter takes the part's first translation family, the IND the Dutch (NLD) one
_register("translation-be-mechelen-stippellijnen-indextab", "translation", PART, "nl", _translation14("mechelen"),
          country="BEL", notes="Mechelen sworn translator, data after dotted leaders, index flag")
_register("translation-nl-maastricht-verklaring-kader", "translation", PART, "nl", _translation14("maastricht"),
          country="NLD", notes="Maastricht sworn translator, the declaration in a framed box")
