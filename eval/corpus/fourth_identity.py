"""Identity and civil-status families of the `fourth` part (registered in identity.FAMILIES).

Written after dev, heldout and fresh had all been read, by a writer who saw neither the validator nor its
output: other issuing countries and bodies (Guinea, Afghanistan, Iraq, Ukraine, a Cameroonian identity card,
the German-speaking municipality of Eupen), and other copy habits: a passport photocopied in black and white
with the dark lid edges, the open booklet laid on the glass with the spine shadow, two booklet pages on one
sheet, a card copied side by side, a page that went through a fax, punched-hole shadows.  Same calling
convention as identity.py.
"""
from __future__ import annotations

import datetime
import random

from PIL import Image

from . import mrz as M
from .fresh_identity import _SRC, _TYPE_WORDS, nl_permit_data
from .identity import _dates, _digits, _mrz_data, _num_letters, _register, _when, to_cyrillic
from .paper import Sheet, text_width_mm
from .people import country_name, format_date, make_professional, nationality_adj, strip_accents

PART = "fourth"
GREY = (95, 95, 95)

# --------------------------------------------------------------------------- copy habits (drawn on the sheet)


def photocopy_edges(sh: Sheet, rng: random.Random) -> None:
    """The black border a copier leaves where the lid did not cover the glass (side edges only: the margins at
    the head and foot of a copy are where V-numbers and notes get written)."""
    W, H = sh.width_mm, sh.height_mm
    sh.rect(0, 0, rng.uniform(2, 5), H, width_mm=0, fill=(30, 30, 30))
    sh.rect(W - rng.uniform(1, 3), 0, 3, H, width_mm=0, fill=(45, 45, 45))


def punch_holes(sh: Sheet, *, x: float = 9.0) -> None:
    """Shadows of the two holes of an office punch (80 mm apart, centred on the page)."""
    for y in (sh.height_mm / 2 - 40, sh.height_mm / 2 + 40):
        sh.rect(x - 3, y - 3, 6, 6, width_mm=0.35, color=(150, 150, 150), fill=(205, 205, 205))


def fax_header(sh: Sheet, sender: str, when: datetime.datetime, page: int, pages: int, number: str) -> None:
    """The line a fax machine prints across the top of every page it sends."""
    sh.text(6, 3, f"{when:%d/%m/%Y %H:%M}  FAX {number}  {sender[:38].upper()}  P.{page:03d}/{pages:03d}",
            font="typewriter3", size_pt=7.5, color=(40, 40, 40))


def ref_block(sh: Sheet, x_label: float, x_value: float, y: float, rows, *, font: str, size: float,
              value_size: float | None = None, step: float = 5.0) -> None:
    """A letter's reference block: grey labels in one column, the values in the next ('Ons kenmerk', 'Datum')."""
    for k, (a, b) in enumerate(rows):
        sh.text(x_label, y + k * step, a, font=font, size_pt=size, color=GREY)
        sh.text(x_value, y + k * step, b, font=font, size_pt=value_size or size)


def _bw_copy(img: Image.Image, rng: random.Random) -> Image.Image:
    """A black-and-white photocopy: grey, harder contrast, the security background washed out."""
    lift = rng.randint(28, 45)
    return img.convert("L").point(lambda v: 255 if v > 255 - lift else int(v * 0.8)).convert("RGB")


# --------------------------------------------------------------------------- passports (TD3)

_PP4 = {
    "GIN": dict(state="RÉPUBLIQUE DE GUINÉE", sub="CEDEAO · ECOWAS", title="PASSEPORT / PASSPORT",
                nat="GUINÉENNE", date="dots", number=lambda r: "R" + _digits(r, 7),
                authority=lambda r: r.choice(["DCPAF/CONAKRY", "AMBASSADE BRUXELLES"]), years=5,
                lab=("Nom / Surname", "Prénoms / Given names", "Nationalité / Nationality", "Date de naissance / Date of birth",
                     "Sexe / Sex", "Lieu de naissance / Place of birth", "Date de délivrance / Date of issue",
                     "Date d'expiration / Date of expiry", "Autorité / Authority"),
                personal=lambda r: _digits(r, 12), copy="bw", tint=(228, 236, 226)),
    "AFG": dict(state="ISLAMIC REPUBLIC OF AFGHANISTAN", sub="", title="PASSPORT", nat="AFGHAN", date="abbr_en",
                number=lambda r: "P0" + _digits(r, 7), authority=lambda r: "MOI KABUL", years=5,
                lab=("Surname", "Given Names", "Nationality", "Date of Birth", "Sex", "Place of Birth",
                     "Date of Issue", "Date of Expiry", "Issuing Authority"),
                personal=lambda r: _digits(r, 4) + "-" + _digits(r, 4) + "-" + _digits(r, 5), copy="booklet",
                tint=(236, 232, 220)),
    "TUR": dict(state="TÜRKİYE", sub="", title="PASAPORT / PASSPORT", nat="TÜRKİYE CUMHURİYETİ / REPUBLIC OF TÜRKİYE",
                date="abbr_en", number=lambda r: "U" + _digits(r, 8), authority=lambda r: "T.C. İÇİŞLERİ BAKANLIĞI",
                years=10, lab=("Soyadı / Surname", "Adı / Given names", "Uyruğu / Nationality",
                               "Doğum tarihi / Date of birth", "Cinsiyeti / Sex", "Doğum yeri / Place of birth",
                               "Veriliş tarihi / Date of issue", "Geçerlilik tarihi / Date of expiry",
                               "Veren makam / Authority"),
                personal=lambda r: str(r.randint(1, 9)) + _digits(r, 10), copy="two-pages", tint=(242, 230, 236)),
    "IRQ": dict(state="REPUBLIC OF IRAQ", sub="", title="PASSPORT", nat="IRAQI", date="dots", years=8,
                number=lambda r: "A" + _digits(r, 8), authority=lambda r: r.choice(["BAGHDAD", "ERBIL", "BRUSSELS"]),
                lab=("Surname", "Name", "Nationality", "Date of Birth", "Sex", "Place of Birth", "Date of Issue",
                     "Date of Expiry", "Issuing Authority"),
                personal=lambda r: _digits(r, 12), copy="fax", tint=(226, 238, 238)),
    "SUR": dict(state="REPUBLIEK SURINAME", sub="REPUBLIC OF SURINAME", title="PASPOORT / PASSPORT", nat="SURINAAMSE",
                date="dashes_zero", number=lambda r: "R" + _digits(r, 7), authority=lambda r: "CBB PARAMARIBO",
                years=10, lab=("Naam / Surname", "Voornamen / Given names", "Nationaliteit / Nationality",
                               "Geboortedatum / Date of birth", "Geslacht / Sex", "Geboorteplaats / Place of birth",
                               "Datum afgifte / Date of issue", "Geldig tot / Date of expiry", "Instantie / Authority"),
                personal=lambda r: "", copy="punched", tint=(238, 240, 228)),
    "UKR": dict(state="УКРАЇНА / UKRAINE", sub="", title="ПАСПОРТ / PASSPORT", nat="УКРАЇНА/UKRAINE",
                date="abbr_en", number=lambda r: _num_letters(r, 2, 6), authority=lambda r: str(r.randint(1000, 9999)),
                years=10, lab=("Прізвище / Surname", "Ім'я / Given names", "Громадянство / Nationality",
                               "Дата народження / Date of birth", "Стать / Sex", "Місце народження / Place of birth",
                               "Дата видачі / Date of issue", "Дата закінчення строку дії / Date of expiry",
                               "Орган, що видав / Authority"),
                personal=lambda r: _digits(r, 8) + "-" + _digits(r, 5), copy="bw", cyrillic=True,
                tint=(232, 236, 246)),
}


def _pdate(d, style):
    return format_date(d, "abbr", "en") if style == "abbr_en" else format_date(d, style, "nl")


def _datapage4(cfg, person, rng, code, number, issue, expiry, lines, personal) -> Sheet:
    """Data page with the photo right of the field block and the labels above every value (125 x 88 mm)."""
    W, H = 125.0, 88.0
    s = Sheet(W, H)
    s.rect(0, 0, W, H, width_mm=0, fill=cfg["tint"])
    for k in range(0, int(W), 6):
        s.rule(k, 0, k + 14, H, width_mm=0.12, color=tuple(max(0, c - 14) for c in cfg["tint"]))
    s.text(5, 3, cfg["state"], font="serif5", size_pt=7.2, bold=True, color=(30, 40, 70))
    if cfg["sub"]:
        s.text(5, 6.4, cfg["sub"], font="serif5", size_pt=5.5, color=(30, 40, 70))
    s.text(W - 5, 3, cfg["title"], font="serif5", size_pt=6.4, anchor="right", color=(30, 40, 70))
    s.photo(W - 36, 12, 31, 40, rng)
    L = cfg["lab"]
    # Ukrainian pages give the name in Cyrillic above its Latin transliteration
    cyr = (lambda v: f"{to_cyrillic(v).upper()}/{v.upper()}") if cfg.get("cyrillic") else (lambda v: v.upper())
    vals = [cyr(person.surname), cyr(person.given_names), cfg["nat"], _pdate(person.birth_date, cfg["date"]),
            person.sex, strip_accents(person.birth_place).upper(), _pdate(issue, cfg["date"]),
            _pdate(expiry, cfg["date"]), cfg["authority"](rng)]
    s.text(5, 11, "P", font="sans4", size_pt=7.5, bold=True)
    s.text(14, 11, code, font="sans4", size_pt=7.5, bold=True)
    s.text(W - 40, 55, number, font="sans4", size_pt=8.5, bold=True, color=(130, 20, 30), anchor="right")
    y = 16.5
    pairs = [(0,), (1,), (2,), (3, 4), (5,), (6, 7), (8,)]
    for grp in pairs:
        x = 5
        for k in grp:
            s.text(x, y, L[k], font="sans4", size_pt=4.4, color=(80, 80, 100))
            vs = 7.2
            while vs > 4.8 and text_width_mm(vals[k], "sans4", vs, True) > (80 if len(grp) == 1 else 36):
                vs -= 0.3
            s.text(x, y + 1.8, vals[k], font="sans4", size_pt=vs, bold=True)
            x += 40
        y += 5.3
    if personal:
        s.text(5, y, f"Personal No. {personal}", font="sans4", size_pt=5, color=(60, 60, 70))
    s.signature(W - 36, 58, 28, 7, rng, color=(25, 25, 35))
    size = 2.54 / 0.602 / (25.4 / 72)
    for i, ln in enumerate(lines):
        s.text(4.5, H - 12.5 + i * 4.3, ln, font="ocrb", size_pt=size, color=(10, 10, 10))
    return s


def _visa_page(rng: random.Random, issue: datetime.date, W=125.0, H=88.0) -> Sheet:
    """The facing page of the booklet: observations and an entry stamp."""
    s = Sheet(W, H)
    s.rect(0, 0, W, H, width_mm=0, fill=(240, 238, 230))
    s.text(W / 2, 5, "OBSERVATIONS / REMARKS", font="serif5", size_pt=6.5, anchor="center", color=(90, 90, 100))
    ent = min(issue + datetime.timedelta(days=rng.randint(20, 400)), datetime.date(2026, 9, 30))
    s.stamp(rng.uniform(10, 60), rng.uniform(14, 40), ["SCHENGEN", "ZAVENTEM", format_date(ent, "dots", "fr"), "B"],
            rng, shape="rect", color=(60, 60, 150), size_mm=26, angle=rng.uniform(-10, 10))
    return s


def _passport4(code: str):
    cfg = _PP4[code]

    def make(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, crop=False,
             annotate=None, number=None, **opts):
        issue, expiry = _dates(rng, issue_date, expiry_date, cfg["years"])
        number = number or cfg["number"](rng)
        personal = cfg["personal"](rng)
        md = _mrz_data(person, mrz_override)
        lines = M.td3(issuing=code, surname=md["surname"], given=md["given_names"], number=md.get("number", number),
                      nationality=md["nationality"], birth_date=md["birth_date"], sex=md["sex"], expiry=expiry,
                      personal_number="".join(ch for ch in personal if ch.isdigit())[:14], break_check=break_check)
        page = _datapage4(cfg, person, rng, code, number, issue, expiry, lines, personal)
        if crop:
            return [page]
        sh = Sheet()
        img = page.render(300)
        how = cfg["copy"]
        if how == "bw":
            x, y = rng.uniform(30, 50), rng.uniform(150, 175)
            sh.image(x, y - 92, 125, 88, _bw_copy(_visa_page(rng, issue).render(300), rng))
            sh.image(x, y, 125, 88, _bw_copy(img, rng))
            photocopy_edges(sh, rng)
        elif how == "booklet":
            # the open booklet on the glass: the spine leaves a dark band between the two pages
            x, y = rng.uniform(35, 50), rng.uniform(25, 45)
            sh.image(x, y, 125, 88, _visa_page(rng, issue).render(300))
            sh.rect(x - 2, y + 87, 129, 4, width_mm=0, fill=(80, 80, 80))
            sh.image(x, y + 91, 125, 88, img)
        elif how == "two-pages":
            # two scans of the booklet pasted on one sheet by the lawyer's office, each framed
            sh.image(20, 20, 125, 88, _visa_page(rng, issue).render(300))
            sh.rect(19, 19, 127, 90, width_mm=0.3, color=GREY)
            sh.image(60, 130, 125, 88, img)
            sh.rect(59, 129, 127, 90, width_mm=0.3, color=GREY)
            sh.text(20, 230, "Kopie eensluidend verklaard met het origineel", font="sans2", size_pt=9, italic=True)
            sh.signature(20, 236, 35, 12, rng)
        elif how == "fax":
            x, y = rng.uniform(30, 50), rng.uniform(40, 80)
            sh.image(x, y, 125, 88, _bw_copy(img, rng))
            fax_header(sh, "CONSULAT IRAK", datetime.datetime(2026, 11, rng.randint(3, 25), rng.randint(8, 17),
                                                              rng.randint(0, 59)), 1, 1, "+32 2 374 59 92")
        else:  # punched: the copy was filed in a ring binder before it was scanned
            x, y = rng.uniform(38, 52), rng.uniform(50, 90)
            sh.image(x, y, 125, 88, img)
            punch_holes(sh)
        if annotate:
            sh.handwriting(22, 272, annotate, rng, size_pt=12)
        return [sh]

    return make


for _code, _lang, _note in [
        ("GIN", "fr", "Guinean ECOWAS passport, photo right, black-and-white photocopy with the facing page and dark "
                      "lid edges"),
        ("AFG", "en", "Afghan passport, open booklet on the glass, spine shadow between visa page and data page"),
        ("TUR", "tr", "Turkish passport (TÜRKİYE model), two booklet pages pasted on one sheet, certified copy line"),
        ("IRQ", "en", "Iraqi A-series passport, sent by fax (header line), black and white"),
        ("SUR", "nl", "Surinamese passport, filed copy with punched-hole shadows"),
        ("UKR", "uk/en", "Ukrainian biometric passport, Cyrillic and Latin, black-and-white photocopy")]:
    _register(f"passport-td3-{_code.lower()}-4", "identity-document", PART, _lang, _passport4(_code), country=_code,
              mrz="TD3", photo=True, notes=_note)


# --------------------------------------------------------------------------- cards

def _side_by_side(front: Sheet, back: Sheet, rng, *, scale=1.0, label: str | None = None) -> Sheet:
    """A card copied recto and verso next to each other across the sheet, as a copy shop does in landscape."""
    sh = Sheet()
    w, h = 85.6 * scale, 54.0 * scale
    y = rng.uniform(50, 90)
    sh.image(12, y, w, h, front.render(300))
    sh.image(16 + w, y + rng.uniform(-2, 2), w, h, back.render(300))
    if label:
        sh.text(12, y + h + 6, label, font="sans", size_pt=8, color=GREY)
    return sh


def idcard_cmr(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, **opts):
    """Cameroonian national identity card (CNI, 2016 model): bilingual, TD1 zone on the back."""
    issue, expiry = _dates(rng, issue_date, expiry_date, 10)
    number = _digits(rng, 9)
    md = _mrz_data(person, mrz_override)
    lines = M.td1(doc_code="ID", issuing="CMR", number=md.get("number", number), nationality=md["nationality"],
                  birth_date=md["birth_date"], sex=md["sex"], expiry=expiry, surname=md["surname"],
                  given=md["given_names"], break_check=break_check)
    f = Sheet(85.6, 54)
    f.rect(0, 0, 85.6, 54, width_mm=0, fill=(234, 240, 226))
    f.rect(0, 0, 4, 54, width_mm=0, fill=(0, 122, 61))
    f.rect(4, 0, 4, 54, width_mm=0, fill=(206, 17, 38))
    f.rect(8, 0, 4, 54, width_mm=0, fill=(252, 209, 22))
    f.text(48, 2, "RÉPUBLIQUE DU CAMEROUN · REPUBLIC OF CAMEROON", font="sans6", size_pt=4.8, bold=True,
           anchor="center")
    f.text(48, 5, "CARTE NATIONALE D'IDENTITÉ / NATIONAL IDENTITY CARD", font="sans6", size_pt=4.4, anchor="center")
    f.photo(14, 10, 20, 26, rng)
    rows = [("NOM/SURNAME", person.surname.upper()), ("PRÉNOMS/GIVEN NAMES", person.given_names.upper()),
            ("DATE DE NAISSANCE/DATE OF BIRTH", format_date(person.birth_date, "dots", "fr")),
            ("LIEU DE NAISSANCE/PLACE OF BIRTH", strip_accents(person.birth_place).upper()),
            ("SEXE/SEX", person.sex), ("PROFESSION", rng.choice(["COMMERÇANT(E)", "ÉLÈVE", "MÉNAGÈRE", "CHAUFFEUR"]))]
    y = 9.5
    for lab, val in rows:
        f.text(37, y, lab, font="sans6", size_pt=3.8, color=(60, 60, 60))
        f.text(37, y + 1.5, val, font="sans6", size_pt=5.8, bold=True)
        y += 5.8
    f.signature(14, 40, 20, 6, rng, color=(20, 20, 30))
    b = Sheet(85.6, 54)
    b.rect(0, 0, 85.6, 54, width_mm=0, fill=(236, 238, 230))
    for k, (lab, val) in enumerate([("PÈRE/FATHER", (person.father or "").upper()),
                                    ("MÈRE/MOTHER", (person.mother or "").upper()),
                                    ("DATE DE DÉLIVRANCE/DATE OF ISSUE", format_date(issue, "dots", "fr")),
                                    ("DATE D'EXPIRATION/DATE OF EXPIRY", format_date(expiry, "dots", "fr")),
                                    ("POSTE D'IDENTIFICATION", rng.choice(["CE1101", "LT0204", "OU0310"]))]):
        b.text(3, 2.5 + k * 5, lab, font="sans6", size_pt=3.8, color=(60, 60, 60))
        b.text(3, 4 + k * 5, val, font="sans6", size_pt=5.4, bold=True)
    b.text(60, 8, "LE DGSN", font="sans6", size_pt=4.5, anchor="center")
    b.signature(50, 10, 20, 7, rng, color=(20, 20, 30))
    size = (78.0 / 30) / 0.602 / (25.4 / 72)
    for i, ln in enumerate(lines):
        b.text(3.5, 36 + i * 4.5, ln, font="ocrb", size_pt=size)
    return [_side_by_side(f, b, rng, label="recto / verso")]


_register("idcard-td1-cmr", "identity-document", PART, "fr", idcard_cmr, country="CMR", mrz="TD1", photo=True,
          notes="Cameroonian CNI, bilingual, flag stripe, recto and verso side by side on one copy")


def permit_nl_bw(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None,
                 purpose=None, v_number=None, **opts):
    """Dutch residence card copied in black and white at the town hall counter, both sides side by side."""
    issue, expiry, number, purpose, lines, vnr = nl_permit_data(person, rng, "KLMPRT", issue_date, expiry_date,
                                                                break_check, mrz_override, purpose, v_number)
    f = Sheet(85.6, 54)
    f.text(3, 2, "NEDERLAND", font="sans2", size_pt=6, bold=True)
    f.text(3, 5, "VERBLIJFSDOCUMENT", font="sans2", size_pt=5.4)
    f.photo(3, 10, 22, 28, rng)
    y = 9
    for lab, val in [("1. Naam", person.surname.upper()), ("2. Voornamen", person.given_names.upper()),
                     ("3. Geldig tot", format_date(expiry, "dashes_zero", "nl")), ("4. Soort", "REGULIER BEPAALDE TIJD"),
                     ("5. Opmerkingen", purpose.upper())]:
        f.text(28, y, lab, font="sans2", size_pt=4.2, color=(70, 70, 70))
        f.text(28, y + 1.7, val, font="sans2", size_pt=5.8, bold=True)
        y += 5.6
    f.text(3, 41, number, font="sans2", size_pt=6.5, bold=True)
    b = Sheet(85.6, 54)
    for k, (lab, val) in enumerate([("Geboortedatum", format_date(person.birth_date, "dashes_zero", "nl")),
                                    ("Nationaliteit", nationality_adj(person.nationality, "nl").upper()),
                                    ("VNR", vnr), ("Afgegeven", format_date(issue, "dashes_zero", "nl"))]):
        b.text(3 + (k % 2) * 42, 3 + (k // 2) * 6, lab, font="sans2", size_pt=4.2, color=(70, 70, 70))
        b.text(3 + (k % 2) * 42, 4.8 + (k // 2) * 6, val, font="sans2", size_pt=6, bold=True)
    size = (78.0 / 30) / 0.602 / (25.4 / 72)
    for i, ln in enumerate(lines):
        b.text(3.5, 33 + i * 4.5, ln, font="ocrb", size_pt=size)
    sh = _side_by_side(f, b, rng, scale=1.05)
    img = _bw_copy(sh.render(200), rng)
    out = Sheet()
    out.image(0, 0, 210, 297, img)
    return [out]


_register("permit-nl-vbd-bw-copy", "identity-document", PART, "nl", permit_nl_bw, country="NLD", mrz="TD1",
          photo=True, notes="Dutch residence card, numbered fields, black-and-white counter copy, sides side by side")


# --------------------------------------------------------------------------- civil status: Turkey, Guinea, Cameroon, Eupen

def birth_tur_tutanak(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Turkish 'Doğum Tutanağı' (birth report form) kept by the civil registry, ruled cells, Turkish only."""
    act = act_date or person.birth_date + datetime.timedelta(days=rng.randint(3, 30))
    issued = _when(rng, issue_date, 20, 500)
    sh = Sheet(paper="cream")
    sh.text(105, 14, "T.C.", font="serif", size_pt=11, bold=True, anchor="center")
    sh.text(105, 20, f"{person.birth_place.upper()} İLÇE NÜFUS MÜDÜRLÜĞÜ", font="serif", size_pt=10, anchor="center")
    sh.text(105, 32, "DOĞUM TUTANAĞI", font="serif", size_pt=15, bold=True, anchor="center")
    sh.text(190, 40, f"Sıra No: {rng.randint(100, 9999)}", font="serif", size_pt=9, anchor="right")
    rows = [("Çocuğun Adı", person.given_names), ("Soyadı", person.surname),
            ("Cinsiyeti", "Erkek" if person.sex == "M" else "Kız"),
            ("Doğum Yeri", person.birth_place), ("Doğum Tarihi", format_date(person.birth_date, "dots", "tr")),
            ("Doğum Saati", f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"),
            ("Babasının Adı Soyadı", father or person.father or ""), ("Annesinin Adı Soyadı", mother or person.mother or ""),
            ("Doğumu Yaptıran", rng.choice(["Devlet Hastanesi", "Ebe", "Doğum Evi"])),
            ("Bildirim Tarihi", format_date(act, "dots", "tr"))]
    y = 48
    hand = rng.choice(["hand1", "hand3"])
    for lab, val in rows:
        sh.rect(20, y, 60, 11, width_mm=0.3)
        sh.rect(80, y, 110, 11, width_mm=0.3)
        sh.text(22, y + 3.5, lab, font="serif", size_pt=9.5)
        sh.handwriting(83, y + 2.5, val, rng, size_pt=12, font=hand)
        y += 11
    sh.text(20, y + 8, "Bildirimde bulunan", font="serif", size_pt=9)
    sh.text(120, y + 8, "Tutanağı düzenleyen memur", font="serif", size_pt=9)
    sh.signature(20, y + 12, 38, 12, rng)
    sh.signature(122, y + 12, 38, 12, rng)
    sh.stamp(140, y + 24, ["T.C. NÜFUS MÜDÜRLÜĞÜ", "ASLI GİBİDİR", person.birth_place.upper()], rng, size_mm=30,
             color=(120, 40, 120))
    sh.text(20, 280, f"Onay tarihi: {format_date(issued, 'dots', 'tr')}", font="serif", size_pt=8.5, color=GREY)
    return [sh]


def birth_gin_ratoma(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Computer-printed extract of a Conakry municipality, two-column header, QR square, signature over stamp."""
    act = act_date or person.birth_date + datetime.timedelta(days=rng.randint(3, 40))
    issued = _when(rng, issue_date, 30, 500)
    commune = rng.choice(["RATOMA", "MATOTO", "DIXINN", "KALOUM"])
    sh = Sheet()
    for i, ln in enumerate(["RÉPUBLIQUE DE GUINÉE", "Travail – Justice – Solidarité", "Ville de Conakry",
                            f"Commune de {commune.title()}"]):
        sh.text(18, 12 + i * 4.6, ln, font="sans3", size_pt=8.5, bold=i == 0)
    sh.text(192, 12, "Ministère de l'Administration", font="sans3", size_pt=8, anchor="right")
    sh.text(192, 16.6, "du Territoire et de la Décentralisation", font="sans3", size_pt=8, anchor="right")
    rr = random.Random(rng.random())
    for i in range(9):
        for j in range(9):
            if rr.random() < 0.5 or i in (0, 8) or j in (0, 8):
                sh.rect(170 + i * 2.2, 24 + j * 2.2, 2.2, 2.2, width_mm=0, fill=(0, 0, 0))
    sh.text(105, 52, "EXTRAIT D'ACTE DE NAISSANCE", font="sans3", size_pt=14, bold=True, anchor="center")
    sh.text(105, 59, f"Registre N° {act.year}/{rng.randint(100, 9999)}   –   NIU {_digits(rng, 12)}", font="sans3",
            size_pt=9, anchor="center")
    rows = [("Nom", person.surname.upper()), ("Prénom(s)", person.given_names), ("Sexe", "M" if person.sex == "M" else "F"),
            ("Né(e) le", format_date(person.birth_date, "long", "fr")), ("À", f"{person.birth_place} (Guinée)"),
            ("Père", father or person.father or ""), ("Mère", mother or person.mother or ""),
            ("Acte dressé le", format_date(act, "dots", "fr")), ("Nationalité", "Guinéenne")]
    y = 72
    for lab, val in rows:
        sh.text(26, y, lab, font="sans3", size_pt=10)
        sh.text(70, y, val, font="sans3", size_pt=10.5, bold=True)
        sh.rule(26, y + 5.6, 184, y + 5.6, width_mm=0.1, color=(190, 190, 190))
        y += 8
    sh.text(26, y + 8, f"Délivré à Conakry, le {format_date(issued, 'dots', 'fr')}", font="sans3", size_pt=10)
    sh.text(120, y + 18, "L'Officier de l'État Civil", font="sans3", size_pt=10)
    sh.stamp(112, y + 20, [f"COMMUNE DE {commune}", "ÉTAT CIVIL", "CONAKRY"], rng, size_mm=30, color=(30, 90, 60))
    sh.signature(124, y + 24, 42, 13, rng)
    return [sh]


def birth_cmr_bunec(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Cameroonian secured birth act of the national civil-status office (BUNEC), typed, framed in green."""
    act = act_date or person.birth_date + datetime.timedelta(days=rng.randint(5, 60))
    issued = _when(rng, issue_date, 30, 500)
    sh = Sheet(paper="green")
    sh.rect(12, 12, 186, 273, width_mm=1.2, color=(0, 110, 60))
    sh.text(105, 18, "RÉPUBLIQUE DU CAMEROUN – REPUBLIC OF CAMEROON", font="serif2", size_pt=10, bold=True,
            anchor="center")
    sh.text(105, 24, "Bureau National de l'État Civil (BUNEC)", font="serif2", size_pt=9, anchor="center")
    sh.text(105, 30, f"Centre d'état civil principal de {rng.choice(['Yaoundé IIe', 'Bafoussam Ier', 'Douala Ve'])}",
            font="serif2", size_pt=9, anchor="center")
    sh.text(105, 44, "ACTE DE NAISSANCE", font="serif2", size_pt=16, bold=True, anchor="center")
    sh.text(105, 51, f"N° {act.year}/CE{rng.randint(10, 99)}/{rng.randint(1000, 9999)}", font="serif2", size_pt=10,
            anchor="center")
    body = (f"Le {format_date(person.birth_date, 'long', 'fr')} est né{'e' if person.sex == 'F' else ''} à "
            f"{person.birth_place} un enfant de sexe {'masculin' if person.sex == 'M' else 'féminin'} nommé"
            f"{'e' if person.sex == 'F' else ''} {person.surname.upper()} {person.given_names}, de "
            f"{father or person.father or '...'}, de nationalité camerounaise, et de {mother or person.mother or '...'}, "
            f"de nationalité camerounaise. Dressé le {format_date(act, 'long', 'fr')} sur la déclaration du père.")
    y = sh.paragraph(24, 64, 162, body, font="serif2", size_pt=11, leading=1.7, align="justify")
    sh.text(24, y + 8, f"Copie délivrée le {format_date(issued, 'dots', 'fr')}", font="serif2", size_pt=10)
    sh.text(130, y + 18, "L'Officier d'état civil", font="serif2", size_pt=10)
    sh.signature(128, y + 22, 42, 14, rng)
    sh.stamp(100, y + 16, ["RÉPUBLIQUE DU CAMEROUN", "BUNEC", "ÉTAT CIVIL"], rng, size_mm=28, color=(30, 60, 140))
    sh.text(24, 270, f"Code de vérification : {_num_letters(rng, 3, 9)}", font="mono", size_pt=8, color=GREY)
    return [sh]


def birth_be_eupen(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Extract of a birth act of a municipality of the German-speaking Community (DABS), in German."""
    issued = _when(rng, issue_date, 10, 300)
    act = act_date or person.birth_date + datetime.timedelta(days=rng.randint(1, 10))
    gemeinde = rng.choice(["Eupen", "Kelmis", "Sankt Vith", "Raeren"])
    sh = Sheet()
    sh.text(20, 14, f"Gemeinde {gemeinde}", font="serif6", size_pt=13, bold=True)
    sh.text(20, 20, "Standesamt", font="serif6", size_pt=9)
    sh.text(190, 14, "Königreich Belgien", font="serif6", size_pt=9, anchor="right", color=GREY)
    sh.text(20, 38, "AUSZUG AUS DER GEBURTSURKUNDE", font="serif6", size_pt=14, bold=True)
    sh.text(20, 45, f"Urkunde Nr. {act.year}/{rng.randint(10, 400)} – DABS {_digits(rng, 10)}", font="serif6",
            size_pt=8.5, color=GREY)
    rows = [("Familienname", person.surname), ("Vornamen", person.given_names),
            ("Geschlecht", "männlich" if person.sex == "M" else "weiblich"),
            ("Geburtsdatum", format_date(person.birth_date, "long", "de")), ("Geburtsort", f"{person.birth_place}"),
            ("Vater", father or person.father or ""), ("Mutter", mother or person.mother or ""),
            ("Datum der Urkunde", format_date(act, "dots", "de"))]
    y = 58
    for lab, val in rows:
        sh.text(24, y, lab + ":", font="serif6", size_pt=10)
        sh.text(75, y, val, font="serif6", size_pt=10.5)
        y += 7
    sh.text(20, y + 8, f"{gemeinde}, den {format_date(issued, 'long', 'de')}", font="serif6", size_pt=10)
    sh.text(120, y + 18, "Der Standesbeamte", font="serif6", size_pt=10)
    sh.text(120, y + 23, "(elektronisch unterzeichnet)", font="serif6", size_pt=8.5, italic=True, color=GREY)
    return [sh]


_register("birth-tur-dogum-tutanagi", "birth-certificate", PART, "tr", birth_tur_tutanak, country="TUR",
          notes="Turkish birth report form, ruled cells filled by hand, purple registry stamp, Turkish only")
_register("birth-gin-conakry-niu", "birth-certificate", PART, "fr", birth_gin_ratoma, country="GIN",
          notes="Conakry municipality extract, computer printed, QR square, signature over the commune stamp")
_register("birth-cmr-bunec", "birth-certificate", PART, "fr", birth_cmr_bunec, country="CMR",
          notes="Cameroonian BUNEC secured act, green paper and frame, prose, verification code")
_register("birth-be-eupen-de", "birth-certificate", PART, "de", birth_be_eupen, country="BEL",
          needs_birth_country="Belgium", notes="German-language extract of an East-Belgian municipality")


def nationality_gin(person, rng, *, issue_date=None, **opts):
    issued = _when(rng, issue_date, 30, 500)
    sh = Sheet(paper="yellow")
    sh.text(20, 14, "RÉPUBLIQUE DE GUINÉE", font="typewriter2", size_pt=11, bold=True)
    sh.text(20, 19.5, "COUR D'APPEL DE CONAKRY", font="typewriter2", size_pt=9)
    sh.text(20, 24.5, "JUSTICE DE PAIX DE " + rng.choice(["DUBRÉKA", "COYAH", "FORÉCARIAH"]), font="typewriter2",
            size_pt=9)
    sh.text(105, 42, "CERTIFICAT DE NATIONALITÉ", font="typewriter2", size_pt=15, bold=True, anchor="center")
    sh.rule(60, 49, 150, 49, width_mm=0.4)
    body = (f"Nous, Juge de Paix, vu les articles 29 et suivants du Code civil guinéen, vu l'extrait d'acte de "
            f"naissance produit, certifions que {person.surname.upper()} {person.given_names}, "
            f"né{'e' if person.sex == 'F' else ''} le {format_date(person.birth_date, 'dots', 'fr')} à "
            f"{person.birth_place}, fils/fille de {person.father or '...'} et de {person.mother or '...'}, est "
            f"de nationalité guinéenne d'origine.")
    y = sh.paragraph(22, 60, 166, body, font="typewriter2", size_pt=10.5, leading=1.8)
    sh.text(22, y + 6, f"N° {rng.randint(10, 999)}/JP/{issued.year}", font="typewriter2", size_pt=10)
    sh.text(110, y + 16, f"Fait le {format_date(issued, 'long', 'fr')}", font="typewriter2", size_pt=10)
    sh.text(110, y + 22, "Le Juge de Paix", font="typewriter2", size_pt=10)
    sh.stamp(96, y + 26, ["JUSTICE DE PAIX", "RÉPUBLIQUE DE GUINÉE", "LE JUGE"], rng, size_mm=30, color=(150, 30, 50))
    sh.signature(112, y + 28, 42, 13, rng)
    sh.rect(160, 245, 28, 28, width_mm=0.3)
    sh.text(174, 256, "TIMBRE", font="sans", size_pt=7, anchor="center", color=GREY)
    return [sh]


def nationality_cmr_yaounde(person, rng, *, issue_date=None, **opts):
    issued = _when(rng, issue_date, 30, 500)
    sh = Sheet()
    sh.text(20, 14, "RÉPUBLIQUE DU CAMEROUN", font="sans5", size_pt=10, bold=True)
    sh.text(20, 19, "Paix – Travail – Patrie", font="sans5", size_pt=8)
    sh.text(190, 14, "REPUBLIC OF CAMEROON", font="sans5", size_pt=10, bold=True, anchor="right")
    sh.text(190, 19, "Peace – Work – Fatherland", font="sans5", size_pt=8, anchor="right")
    sh.text(105, 30, "TRIBUNAL DE PREMIÈRE INSTANCE DE YAOUNDÉ – CENTRE ADMINISTRATIF", font="sans5", size_pt=9,
            anchor="center")
    sh.text(105, 46, "CERTIFICAT DE NATIONALITÉ CAMEROUNAISE", font="sans5", size_pt=14, bold=True, anchor="center")
    rows = [("Nom et prénoms", f"{person.surname.upper()} {person.given_names}"),
            ("Date et lieu de naissance", f"{format_date(person.birth_date, 'dots', 'fr')} à {person.birth_place}"),
            ("Père", person.father or "..."), ("Mère", person.mother or "..."),
            ("Fondement", "article 6 a) de la loi n° 1968-LF-3 (filiation)"), ("Pièces produites",
                                                                                 "acte de naissance, CNI du père")]
    y = 62
    for lab, val in rows:
        sh.rect(20, y - 2, 170, 9, width_mm=0.2)
        sh.rule(72, y - 2, 72, y + 7, width_mm=0.2)
        sh.text(22, y, lab, font="sans5", size_pt=9)
        sh.text(75, y, val, font="sans5", size_pt=10)
        y += 9
    sh.text(20, y + 10, f"Yaoundé, le {format_date(issued, 'long', 'fr')}", font="sans5", size_pt=10)
    sh.text(120, y + 20, "Le Président du Tribunal", font="sans5", size_pt=10)
    sh.signature(120, y + 24, 42, 13, rng)
    sh.stamp(100, y + 18, ["TRIBUNAL DE PREMIÈRE INSTANCE", "YAOUNDÉ", "LE PRÉSIDENT"], rng, size_mm=30)
    return [sh]


_register("nationality-gin-justice-de-paix", "nationality-certificate", PART, "fr", nationality_gin, country="GIN",
          notes="certificate of a Guinean justice of the peace, typewriter face on yellow paper, empty fiscal box")
_register("nationality-cmr-tpi-yaounde", "nationality-certificate", PART, "fr", nationality_cmr_yaounde,
          country="CMR", notes="bilingual header in two columns, ruled table of facts, court seal")


def idcert_gin_consulaire(person, rng, *, issue_date=None, declarative=False, **opts):
    """Consular identity certificate of the Guinean embassy: reference block right, photo in a ruled box."""
    issued = _when(rng, issue_date, 20, 400)
    sh = Sheet()
    sh.text(20, 14, "AMBASSADE DE LA RÉPUBLIQUE DE GUINÉE", font="serif3", size_pt=10.5, bold=True)
    sh.text(20, 19.5, "Benelux · Union européenne – Service consulaire", font="serif3", size_pt=8.5)
    sh.text(20, 24, "Rue Jean Chapelié 24, 1050 Ixelles", font="serif3", size_pt=8, color=GREY)
    sh.text(190, 36, f"N/Réf. : {rng.randint(100, 999)}/AMBAGUI/SC/{issued.year}", font="serif3", size_pt=8.5,
            anchor="right")
    sh.text(190, 41, f"Bruxelles, le {format_date(issued, 'long', 'fr')}", font="serif3", size_pt=8.5, anchor="right")
    sh.text(105, 56, "CERTIFICAT D'IDENTITÉ CONSULAIRE", font="serif3", size_pt=14, bold=True, anchor="center")
    sh.rect(150, 66, 36, 46, width_mm=0.3)
    sh.photo(152, 68, 32, 42, rng)
    body = (f"Le Consul de la République de Guinée à Bruxelles certifie que {person.given_names} "
            f"{person.surname.upper()}, né{'e' if person.sex == 'F' else ''} le "
            f"{format_date(person.birth_date, 'dots', 'fr')} à {person.birth_place} (Guinée), de "
            f"{person.father or '...'} et de {person.mother or '...'}, est de nationalité guinéenne et immatriculé"
            f"{'e' if person.sex == 'F' else ''} au registre consulaire.")
    body += (" Le présent certificat est délivré sur la base des déclarations de l'intéressé(e), aucune pièce n'ayant "
             "été produite." if declarative else
             " Il est délivré au vu de l'extrait d'acte de naissance et de la carte d'identité nationale présentés en "
             "original.")
    y = sh.paragraph(22, 68, 122, body, font="serif3", size_pt=10, leading=1.5)
    y = max(y, 118)
    sh.text(120, y + 12, "Le Consul", font="serif3", size_pt=10)
    sh.signature(118, y + 16, 40, 13, rng)
    sh.stamp(140, 96, ["AMBASSADE DE GUINÉE", "CONSULAT", "BRUXELLES"], rng, size_mm=26, color=(150, 40, 40))
    return [sh]


def idcert_cmr_laissez(person, rng, *, issue_date=None, declarative=False, **opts):
    """'Attestation d'identité' of the Cameroonian consulate in Antwerp, rows in a two-column ruled table."""
    issued = _when(rng, issue_date, 20, 400)
    sh = Sheet(paper="cream")
    sh.text(105, 14, "CONSULAT HONORAIRE DE LA RÉPUBLIQUE DU CAMEROUN", font="sans4", size_pt=10, bold=True,
            anchor="center")
    sh.text(105, 19.5, "Anvers – Antwerpen", font="sans4", size_pt=8.5, anchor="center")
    sh.text(20, 36, "ATTESTATION D'IDENTITÉ", font="sans4", size_pt=15, bold=True)
    sh.photo(150, 30, 30, 38, rng)
    sh.stamp(160, 52, ["CONSULAT DU CAMEROUN", "ANVERS"], rng, size_mm=22, color=(40, 60, 150))
    rows = [("Nom", person.surname.upper()), ("Prénoms", person.given_names),
            ("Date de naissance", format_date(person.birth_date, "dots", "fr")),
            ("Lieu de naissance", person.birth_place), ("Nationalité", "Camerounaise"),
            ("Base", "déclaration de l'intéressé(e)" if declarative else "acte de naissance et CNI (originaux)")]
    y = 76
    for lab, val in rows:
        sh.rect(20, y, 50, 9, width_mm=0.2, fill=(236, 236, 230))
        sh.rect(70, y, 120, 9, width_mm=0.2)
        sh.text(22, y + 2.5, lab, font="sans4", size_pt=9.5)
        sh.text(72, y + 2.5, val, font="sans4", size_pt=10, bold=True)
        y += 9
    sh.text(20, y + 10, f"Anvers, {format_date(issued, 'slashes', 'fr')}", font="sans4", size_pt=10)
    sh.text(20, y + 16, "Pour le Consul honoraire,", font="sans4", size_pt=10)
    sh.signature(20, y + 20, 40, 13, rng)
    return [sh]


_register("idcert-gin-consulaire", "identity-certificate", PART, "fr", idcert_gin_consulaire, country="GIN",
          photo=True, notes="Guinean consular identity certificate, reference block right, photo in a ruled box")
_register("idcert-cmr-antwerpen", "identity-certificate", PART, "fr", idcert_cmr_laissez, country="CMR", photo=True,
          notes="honorary consulate attestation, two-column ruled table, cream paper")


def marriage_be_gent(person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    """Flemish 'uittreksel uit de huwelijksakte' with a reference block on the right and punched holes."""
    issued = _when(rng, issue_date, 10, 300)
    md = marriage_date or issued - datetime.timedelta(days=900)
    stad = rng.choice(["Gent", "Aalst", "Oostende", "Genk", "Turnhout"])
    sh = Sheet()
    sh.text(22, 14, f"stad {stad.lower()}", font="sans5", size_pt=16, bold=True, color=(0, 80, 140))
    sh.text(22, 21, "dienst Burgerlijke Stand", font="sans5", size_pt=9)
    for k, ln in enumerate([f"ons kenmerk BS/H/{md.year}/{rng.randint(10, 999)}",
                            f"datum {format_date(issued, 'dots', 'nl')}", "contact 09 210 10 10"]):
        sh.text(188, 36 + k * 4.6, ln, font="sans5", size_pt=8.5, anchor="right")
    sh.text(22, 56, "Uittreksel uit de akte van huwelijk", font="sans5", size_pt=14, bold=True)
    txt = (f"Op {format_date(md, 'long', 'nl')} zijn te {stad} in het huwelijk getreden: {person.given_names} "
           f"{person.surname}, geboren te {person.birth_place} ({country_name(person.birth_country, 'nl')}) op "
           f"{format_date(person.birth_date, 'dots', 'nl')}, van {nationality_adj(person.nationality, 'nl')} "
           f"nationaliteit")
    if spouse is not None:
        txt += (f", en {spouse.given_names} {spouse.surname}, geboren te {spouse.birth_place} "
                f"({country_name(spouse.birth_country, 'nl')}) op {format_date(spouse.birth_date, 'dots', 'nl')}, van "
                f"{nationality_adj(spouse.nationality, 'nl')} nationaliteit")
    y = sh.paragraph(22, 68, 166, txt + ".", font="sans5", size_pt=10.5, leading=1.5)
    sh.text(22, y + 10, "Voor eensluidend uittreksel,", font="sans5", size_pt=10)
    sh.text(22, y + 16, "de ambtenaar van de burgerlijke stand", font="sans5", size_pt=10)
    sh.signature(22, y + 20, 40, 13, rng)
    sh.stamp(70, y + 14, [f"STAD {stad.upper()}", "BURGERLIJKE STAND", "BELGIË"], rng, size_mm=28)
    punch_holes(sh)
    return [sh]


def marriage_cmr(person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    """Cameroonian marriage act: bilingual printed register form, numbered boxes filled in by hand."""
    issued = _when(rng, issue_date, 30, 500)
    md = marriage_date or issued - datetime.timedelta(days=1200)
    sh = Sheet(paper="cream")
    sh.text(20, 14, "RÉPUBLIQUE DU CAMEROUN", font="serif", size_pt=9, bold=True)
    sh.text(190, 14, "REPUBLIC OF CAMEROON", font="serif", size_pt=9, bold=True, anchor="right")
    sh.text(105, 30, "ACTE DE MARIAGE / MARRIAGE CERTIFICATE", font="serif", size_pt=14, bold=True, anchor="center")
    sh.text(105, 37, f"N° {rng.randint(10, 999)}/{md.year}", font="serif", size_pt=10, anchor="center")
    hand = rng.choice(["hand1", "hand2"])
    sp = spouse
    rows = [("1. Date du mariage / Date of marriage", format_date(md, "long", "fr")),
            ("2. Lieu / Place", rng.choice(["Douala", "Yaoundé", "Bafoussam"])),
            ("3. Époux / Husband", f"{person.surname.upper()} {person.given_names}"),
            ("4. Né le / Born on", f"{format_date(person.birth_date, 'dots', 'fr')} à {person.birth_place}"),
            ("5. Épouse / Wife", f"{sp.surname.upper()} {sp.given_names}" if sp else ""),
            ("6. Née le / Born on", f"{format_date(sp.birth_date, 'dots', 'fr')} à {sp.birth_place}" if sp else ""),
            ("7. Régime / Regime", rng.choice(["Monogamie – communauté de biens", "Monogamie – séparation de biens"]))]
    y = 50
    for lab, val in rows:
        sh.text(20, y, lab, font="serif", size_pt=9)
        sh.rect(20, y + 4.5, 170, 9, width_mm=0.25)
        sh.handwriting(23, y + 5.5, val, rng, size_pt=11.5, font=hand)
        y += 17
    sh.text(20, y + 4, f"Copie certifiée conforme le {format_date(issued, 'dots', 'fr')}", font="serif", size_pt=9.5)
    sh.text(125, y + 14, "L'Officier d'état civil", font="serif", size_pt=9.5)
    sh.signature(125, y + 18, 40, 13, rng)
    sh.stamp(100, y + 10, ["RÉPUBLIQUE DU CAMEROUN", "ÉTAT CIVIL", "MAIRIE"], rng, size_mm=28)
    return [sh]


_register("marriage-be-stad-kenmerk", "marriage-certificate", PART, "nl", marriage_be_gent, country="BEL",
          notes="Flemish city marriage extract, lower-case city logo, reference block right, punched holes")
_register("marriage-cmr-register", "marriage-certificate", PART, "fr", marriage_cmr, country="CMR",
          notes="bilingual Cameroonian marriage register form, numbered boxes filled by hand")


# --------------------------------------------------------------------------- sworn translations

def _translation4(target: str):
    def make(person, rng, *, issue_date=None, of_type="birth-certificate", source_lang=None, **opts):
        issued = _when(rng, issue_date, 5, 60)
        g, s, _ = make_professional(rng, "BE" if target == "fr" else "NL")
        src = _SRC[target].get(source_lang or "tr", source_lang or "tr")
        what = _TYPE_WORDS[target].get(of_type, of_type)
        sh = Sheet()
        facts = (person.surname.upper(), person.given_names, format_date(person.birth_date, "dots", "fr"),
                 person.birth_place, person.father or "", person.mother or "")
        if target == "fr":
            # the Liège translator's layout: certificate first in a box, then the translation as a table
            sh.rect(18, 14, 174, 30, width_mm=0.4)
            sh.paragraph(22, 17, 166, f"Je soussigné(e), {g} {s.upper()}, traducteur juré près le tribunal de première "
                         f"instance de Liège, certifie que la traduction ci-dessous du document ({what}) rédigé en "
                         f"{src} est fidèle et complète.", font="serif4", size_pt=10, leading=1.4)
            labels = ("Nom", "Prénom(s)", "Date de naissance", "Lieu de naissance", "Père", "Mère")
            sh.text(105, 54, f"TRADUCTION – {what.upper()}", font="serif4", size_pt=12, bold=True, anchor="center")
            place = f"Liège, le {format_date(issued, 'long', 'fr')}"
        else:
            sh.text(20, 16, f"Vertaalbureau {s} – beëdigd vertaler {src}", font="serif4", size_pt=11, bold=True)
            sh.text(20, 22, f"ingeschreven in het Register beëdigde tolken en vertalers onder nr. {_digits(rng, 5)}",
                    font="serif4", size_pt=8.5, color=GREY)
            labels = ("Achternaam", "Voornamen", "Geboortedatum", "Geboorteplaats", "Vader", "Moeder")
            sh.text(105, 54, f"VERTALING – {what.upper()}", font="serif4", size_pt=12, bold=True, anchor="center")
            place = f"Rotterdam, {format_date(issued, 'dashes_zero', 'nl')}"
            sh.paragraph(22, 130, 166, f"Ondergetekende verklaart dat deze vertaling uit het {src} getrouw en "
                         f"volledig is.", font="serif4", size_pt=10)
        y = 66
        for lab, val in zip(labels, facts):
            sh.rect(22, y, 55, 8, width_mm=0.2)
            sh.rect(77, y, 111, 8, width_mm=0.2)
            sh.text(24, y + 2, lab, font="serif4", size_pt=10)
            sh.text(79, y + 2, val, font="serif4", size_pt=10)
            y += 8
        sh.text(22, 160, place, font="serif4", size_pt=10)
        sh.signature(22, 165, 40, 13, rng)
        sh.stamp(80, 156, [f"{g} {s}".upper(), "TRADUCTEUR JURÉ" if target == "fr" else "BEËDIGD VERTALER",
                                 "LIÈGE" if target == "fr" else "ROTTERDAM"], rng, size_mm=30, color=(100, 40, 140))
        return [sh]

    return make


# the Belgian one first: 9ter takes the part's first translation family, the IND the Dutch one
_register("translation-be-fr-liege-box", "translation", PART, "fr", _translation4("fr"), country="BEL",
          notes="Liège sworn translator, certificate in a box above a ruled table, violet stamp")
_register("translation-nl-rotterdam-table", "translation", PART, "nl", _translation4("nl"), country="NLD",
          notes="Rotterdam sworn translator (Wbtv register), ruled table, declaration below")
