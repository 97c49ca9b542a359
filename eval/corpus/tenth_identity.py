"""Identity and civil-status families of the `tenth` part (registered in identity.FAMILIES).

Written after dev, heldout and the parts fresh to ninth had been read, by a writer who saw neither the validator nor
its output: passports of Morocco, the DR Congo, Guinea, Cameroon, Afghanistan, Türkiye, Syria, Suriname, Algeria,
Albania, Georgia and Angola whose data
pages print each value above its small bilingual caption, a small photo at the left, the document number
laser-perforated down the right edge, copied lying in the open booklet (the dark cover around the page) in the ways
offices copy (a thumb holding the booklet flat, a paralegal's blue ticks with initials, a pencil inventory number in a circle, the banding of an inkjet
print of a phone photo); a Cameroonian biometric identity card recto above verso; a Dutch residence document with
both sides at the centre of the sheet and the paralegal's ticks; a Cameroonian civil-status centre's computerised
birth act (secured BUNEC paper with a QR code), a Turkish district office's birth extract typed on a typewriter form
with a revenue stamp, and the Belgian communes' multilingual (CIEC) birth and marriage extracts; Cameroonian and
Guinean courts' certificates of nationality typed on headed paper with the clerk's mention; the Cameroonian and
Guinean embassies' identity attestations with the photo printed in; a Cameroonian marriage act typed on a register
form; sworn translations from Brussels (with the court's legalisation) and Groningen (table with a QR seal).
Same calling convention as identity.py.
"""
from __future__ import annotations

import datetime
import random

from PIL import Image, ImageDraw, ImageFilter, ImageChops

from . import mrz as M
from .identity import _dates, _digits, _mrz_data, _register, _when
from .fresh_identity import nl_permit_data
from .ninth_identity import hand_safe
from .paper import Sheet, text_width_mm
from .people import country_name, format_date, make_professional, strip_accents

PART = "tenth"
GREY = (95, 95, 95)
TICK_BLUE = (25, 45, 150)

# --------------------------------------------------------------------------- copy habits (new in this part)


def _as_sheet(img: Image.Image, like: Sheet) -> Sheet:
    out = Sheet(like.width_mm, like.height_mm)
    out.image(0, 0, like.width_mm, like.height_mm, img)
    return out


def thumb_hold(sh: Sheet, rng: random.Random, dpi: int = 200, side: str = "left") -> Sheet:
    """A booklet or page that would not lie flat, copied with the client's (or the clerk's) thumb pressing it down
    in the margin: a soft dark oval coming in from the sheet's edge with a lighter nail, no further than the margin."""
    img = sh.render(dpi).convert("RGB")
    w, h = img.size
    px = dpi / 25.4
    m = Image.new("L", (w, h), 255)
    d = ImageDraw.Draw(m)
    cy = int(h * rng.uniform(0.35, 0.6))
    if side == "left":
        box, nail = [-int(14 * px), cy - int(10 * px), int(15 * px), cy + int(10 * px)], \
            [int(4 * px), cy - int(5 * px), int(13 * px), cy + int(5 * px)]
    else:
        box, nail = [w - int(15 * px), cy - int(10 * px), w + int(14 * px), cy + int(10 * px)], \
            [w - int(13 * px), cy - int(5 * px), w - int(4 * px), cy + int(5 * px)]
    d.ellipse(box, fill=105)
    d.ellipse(nail, fill=165)
    m = m.filter(ImageFilter.GaussianBlur(px * 2.2))
    img = ImageChops.multiply(img, Image.merge("RGB", (m, m, m)))
    return _as_sheet(img, sh)


def void_pantograph(sh: Sheet, word: str, rng: random.Random) -> None:
    """Security paper's hidden 'COPIE'/'KOPIE' that appears when the original is photocopied: the word repeated
    diagonally in a faint dot grey over the whole page."""
    for row in range(0, 300, 38):
        for col in range(-20, 220, 62):
            x = col + (row // 38 % 2) * 30 + rng.uniform(-1, 1)
            sh.text(x, row + 8, word, font="sans4", size_pt=26, bold=True, color=(226, 226, 226))


def paralegal_ticks(sh: Sheet, rng: random.Random, points: list[tuple[float, float]], initials: str = "") -> None:
    """The paralegal's blue ballpoint ticks beside the data checked against the file, and her initials and the date."""
    for x, y in points:
        sh.rule(x, y + 1.2, x + 1.2, y + 2.6, width_mm=0.35, color=TICK_BLUE)
        sh.rule(x + 1.2, y + 2.6, x + 3.6, y - 0.8, width_mm=0.35, color=TICK_BLUE)
    if initials:
        x, y = points[-1]
        sh.handwriting(x + 6, y + 3, initials, rng, size_pt=11, color=TICK_BLUE, font="hand1")


def inventory_circle(sh: Sheet, rng: random.Random, n: int | None = None) -> None:
    """The lawyer's pencil number of the piece in the inventory, written in a circle at the top right."""
    n = n or rng.randint(2, 15)
    x, y = sh.width_mm - 24, 9
    sh.handwriting(x, y, str(n), rng, size_pt=15, color=(110, 110, 115), font="hand1")
    sh.rect(x - 3, y - 2, 12, 11, width_mm=0.3, color=(140, 140, 145))


def inkjet_banding(sh: Sheet, rng: random.Random, dpi: int = 200) -> Sheet:
    """A phone photo printed on the office's inkjet with a clogged head: fine light horizontal bands every few
    millimetres, a slight magenta cast."""
    img = sh.render(dpi).convert("RGB")
    w, h = img.size
    m = Image.new("RGB", (w, h), (255, 255, 255))
    d = ImageDraw.Draw(m)
    step = int(dpi / 25.4 * rng.uniform(3.2, 4.4))
    for y in range(rng.randint(0, step), h, step):
        d.rectangle([0, y, w, y + 1], fill=(246, 250, 246))
    img = ImageChops.multiply(img, m)
    img = ImageChops.multiply(img, Image.new("RGB", (w, h), (255, 247, 252)))
    return _as_sheet(img, sh)


# --------------------------------------------------------------------------- passports (TD3)

_PP10 = {
    "MAR": dict(state="ROYAUME DU MAROC", sub="PASSEPORT", nat="MAROCAINE", date="dots", years=5, lang="fr",
                number=lambda r: r.choice("RSTU") + r.choice("ABCDEFGH") + _digits(r, 7), font="serif",
                cap=("Type", "Code du pays / Country code", "N° du passeport / Passport No.", "Nom / Surname",
                     "Prénoms / Given names", "Nationalité / Nationality", "Date de naissance / Date of birth",
                     "Sexe / Sex", "Lieu de naissance / Place of birth", "Date de délivrance / Date of issue",
                     "Date d'expiration / Date of expiry", "Autorité / Authority"),
                authority="CONSULAT GENERAL BRUXELLES", tint=(238, 230, 232), copy="thumb"),
    "COD": dict(state="RÉPUBLIQUE DÉMOCRATIQUE DU CONGO", sub="PASSEPORT / PASSPORT", nat="CONGOLAISE",
                date="dots", years=5, lang="fr", number=lambda r: "OB" + _digits(r, 7), font="sans",
                cap=("Type", "Code", "Passeport n° / Passport No.", "Nom / Surname", "Post-nom et prénom / Given names",
                     "Nationalité / Nationality", "Date de naissance / Date of birth", "Sexe / Sex",
                     "Lieu de naissance / Place of birth", "Date de délivrance / Date of issue",
                     "Date d'expiration / Date of expiry", "Autorité / Authority"),
                authority="MINAFFET / KINSHASA", tint=(230, 236, 246), copy="circle"),
    "GIN": dict(state="RÉPUBLIQUE DE GUINÉE", sub="PASSEPORT", nat="GUINEENNE", date="dots", years=5, lang="fr",
                number=lambda r: "R" + _digits(r, 7), font="sans4",
                cap=("Type", "Code", "N° / No.", "Nom / Surname", "Prénoms / Given names", "Nationalité / Nationality",
                     "Né(e) le / Date of birth", "Sexe / Sex", "À / Place of birth", "Délivré le / Date of issue",
                     "Expire le / Date of expiry", "Autorité / Authority"),
                authority="DCPAF CONAKRY", tint=(240, 238, 226), copy="ticks"),
    "CMR": dict(state="REPUBLIQUE DU CAMEROUN · REPUBLIC OF CAMEROON", sub="PASSEPORT / PASSPORT", nat="CAMEROUNAISE",
                date="abbr_en", years=5, lang="fr/en", number=lambda r: r.choice("AB") + _digits(r, 7), font="sans6",
                cap=("Type", "Code", "Passport No. / N° du passeport", "Surname / Nom", "Given names / Prénoms",
                     "Nationality / Nationalité", "Date of birth / Date de naissance", "Sex / Sexe",
                     "Place of birth / Lieu de naissance", "Date of issue / Date de délivrance",
                     "Date of expiry / Date d'expiration", "Authority / Autorité"),
                authority="DGSN YAOUNDE", tint=(232, 242, 232), copy="circle"),
    "AFG": dict(state="ISLAMIC REPUBLIC OF AFGHANISTAN", sub="PASSPORT", nat="AFGHAN", date="abbr_en", years=5,
                lang="fa/en", number=lambda r: "P0" + _digits(r, 7), font="serif3",
                cap=("Type", "Code", "Passport No", "Surname", "Given Names", "Nationality", "Date of Birth", "Sex",
                     "Place of Birth", "Date of Issue", "Date of Expiry", "Authority"),
                authority="MOI KABUL", tint=(236, 236, 228), copy="inkjet"),
    "TUR": dict(state="TÜRKİYE CUMHURİYETİ · REPUBLIC OF TÜRKİYE", sub="PASAPORT / PASSPORT", nat="T.C.",
                date="dots", years=10, lang="tr/en", number=lambda r: "U" + _digits(r, 8), font="sans2",
                cap=("Tipi / Type", "Ülke Kodu / Code", "Pasaport No / Passport No", "Soyadı / Surname",
                     "Adı / Given names", "Uyruğu / Nationality", "Doğum Tarihi / Date of birth",
                     "Cinsiyeti / Sex", "Doğum Yeri / Place of birth", "Veriliş Tarihi / Date of issue",
                     "Geçerlilik Tarihi / Date of expiry", "Makam / Authority"),
                authority="BRÜKSEL BE", tint=(242, 232, 234), copy="ticks"),
    "SYR": dict(state="SYRIAN ARAB REPUBLIC", sub="PASSPORT", nat="SYRIAN", date="abbr_en", years=6, lang="ar/en",
                number=lambda r: "N" + _digits(r, 9)[:8], font="serif6",
                cap=("Type", "Country Code", "Passport No.", "Surname", "Name", "Nationality", "Date of Birth", "Sex",
                     "Place of Birth", "Date of Issue", "Date of Expiry", "Issuing Authority"),
                authority="IMMIGRATION DAMASCUS", tint=(230, 238, 240), copy="thumb"),
    "SUR": dict(state="REPUBLIEK SURINAME", sub="PASPOORT / PASSPORT", nat="SURINAAMSE", date="dots", years=5,
                lang="nl/en", number=lambda r: "R" + _digits(r, 7), font="sans4",
                cap=("Soort / Type", "Code", "Paspoortnr. / Passport No.", "Naam / Surname", "Voornamen / Given names",
                     "Nationaliteit / Nationality", "Geboortedatum / Date of birth", "Geslacht / Sex",
                     "Geboorteplaats / Place of birth", "Datum afgifte / Date of issue",
                     "Geldig tot / Date of expiry", "Autoriteit / Authority"),
                authority="CBB PARAMARIBO", tint=(236, 240, 228), copy="ticks"),
    "DZA": dict(state="RÉPUBLIQUE ALGÉRIENNE DÉMOCRATIQUE ET POPULAIRE", sub="PASSEPORT / PASSPORT", nat="ALGERIENNE",
                date="dots", years=10, lang="ar/fr", number=lambda r: _digits(r, 9), font="serif3",
                cap=("Type", "Code", "N° du passeport", "Nom", "Prénoms", "Nationalité", "Date de naissance", "Sexe",
                     "Lieu de naissance", "Date de délivrance", "Date d'expiration", "Autorité"),
                authority="DAIRA DE BAB EL OUED", tint=(232, 240, 232), copy="circle"),
    "ALB": dict(state="REPUBLIKA E SHQIPËRISË · REPUBLIC OF ALBANIA", sub="PASAPORTË / PASSPORT", nat="SHQIPTARE",
                date="dots", years=10, lang="sq/en", number=lambda r: "B" + r.choice("ABCDEFGH") + _digits(r, 7),
                font="sans4",
                cap=("Tipi / Type", "Kodi / Code", "Nr. pasaportës / Passport No.", "Mbiemri / Surname",
                     "Emri / Given names", "Shtetësia / Nationality", "Datëlindja / Date of birth", "Gjinia / Sex",
                     "Vendlindja / Place of birth", "Data e lëshimit / Date of issue",
                     "Data e mbarimit / Date of expiry", "Autoriteti / Authority"),
                authority="MINISTRIA E BRENDSHME", tint=(240, 232, 236), copy="thumb"),
    "GEO": dict(state="GEORGIA", sub="PASSPORT", nat="GEORGIAN", date="abbr_en", years=10, lang="ka/en",
                number=lambda r: "1" + r.choice("0123456789") + r.choice("ABCDEFGHIJ") + _digits(r, 6), font="sans6",
                cap=("Type", "Code", "Passport No.", "Surname", "Given Names", "Nationality", "Date of Birth", "Sex",
                     "Place of Birth", "Date of Issue", "Date of Expiry", "Authority"),
                authority="PUBLIC SERVICE DEVELOPMENT AGENCY", tint=(236, 236, 244), copy="inkjet"),
    "AGO": dict(state="REPÚBLICA DE ANGOLA", sub="PASSAPORTE / PASSPORT", nat="ANGOLANA", date="dots", years=5,
                lang="pt/en", number=lambda r: "N" + _digits(r, 7), font="serif",
                cap=("Tipo / Type", "Código / Code", "N.º do passaporte / Passport No.", "Apelido / Surname",
                     "Nome / Given names", "Nacionalidade / Nationality", "Data de nascimento / Date of birth",
                     "Sexo / Sex", "Local de nascimento / Place of birth", "Data de emissão / Date of issue",
                     "Válido até / Date of expiry", "Autoridade / Authority"),
                authority="SME LUANDA", tint=(244, 236, 226), copy="ticks"),
}


def _pd10(d, style):
    if style == "abbr_en":
        return format_date(d, "abbr", "en").upper()
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def _datapage10(cfg, person, rng, code, number, issue, expiry, lines) -> Sheet:
    """Data page 125 x 88 mm: a small photo at the upper left, each value printed first and its small bilingual
    caption under it, the number perforated down the right edge in holes, the MRZ at the bottom."""
    W, H = 125.0, 88.0
    s = Sheet(W, H)
    s.rect(0, 0, W, H, width_mm=0, fill=cfg["tint"])
    t2 = tuple(max(0, v - 10) for v in cfg["tint"])
    for k in range(0, 130, 4):
        s.rule(k, 0, k - 30, H - 16, width_mm=0.05, color=t2)
    f = cfg["font"]
    s.text(W / 2, 2.0, cfg["state"], font=f, size_pt=5.2, bold=True, anchor="center")
    s.text(W / 2, 5.0, cfg["sub"], font=f, size_pt=4.4, anchor="center", color=(70, 70, 70))
    s.photo(4, 10, 24, 31, rng)
    s.signature(4, 43, 24, 7, rng, color=(20, 20, 50))
    C = cfg["cap"]
    vals = ["P", code, number, person.surname.upper(), person.given_names.upper(), cfg["nat"],
            _pd10(person.birth_date, cfg["date"]), person.sex, strip_accents(person.birth_place).upper(),
            _pd10(issue, cfg["date"]), _pd10(expiry, cfg["date"]), cfg["authority"]]
    grid = [(0, 1, 2), (3,), (4,), (5, 7), (6, 8), (9, 10), (11,)]
    y = 9.5
    for idxs in grid:
        span = (W - 12 - 32.0) / len(idxs)
        for j, i in enumerate(idxs):
            x = 32.0 + j * span
            vs = 5.6
            while vs > 3.8 and text_width_mm(vals[i], f, vs, True) > span - 2:
                vs -= 0.3
            s.text(x, y, vals[i], font=f, size_pt=vs, bold=True)
            s.text(x, y + 2.6, C[i], font=f, size_pt=3.1, color=(100, 100, 100))
        y += 6.3
    # the laser-perforated number down the right edge
    for k, ch in enumerate(number[:9]):
        s.text(W - 6, 9 + k * 5.2, ch, font="mono", size_pt=7, color=(200, 196, 190), bold=True)
    size = 2.54 / 0.602 / (25.4 / 72)
    s.rect(0, H - 15, W, 15, width_mm=0, fill=(250, 250, 249))
    for i, ln in enumerate(lines):
        s.text(4.5, H - 12.5 + i * 4.3, ln, font="ocrb", size_pt=size, color=(10, 10, 10))
    return s


def _passport10(code: str):
    cfg = _PP10[code]

    def make(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, crop=False,
             annotate=None, number=None, **opts):
        issue, expiry = _dates(rng, issue_date, expiry_date, cfg["years"])
        number = number or cfg["number"](rng)
        md = _mrz_data(person, mrz_override)
        lines = M.td3(issuing=code, surname=md["surname"], given=md["given_names"],
                      number=md.get("number", number.replace(" ", "")[-9:]), nationality=md["nationality"],
                      birth_date=md["birth_date"], sex=md["sex"], expiry=expiry, personal_number="",
                      break_check=break_check)
        page = _datapage10(cfg, person, rng, code, number, issue, expiry, lines)
        if crop:
            return [page]
        sh = Sheet()
        x, y = rng.uniform(36, 46), rng.uniform(60, 90)
        # the booklet lying open on the glass: its dark cover around the data page
        sh.rect(x - 4, y - 4, 133, 96, width_mm=0, fill=(48, 44, 52))
        sh.image(x, y, 125, 88, page.render(300))
        if annotate:
            sh.handwriting(22, 276, hand_safe(annotate), rng, size_pt=12)
        how = cfg["copy"]
        if how == "thumb":
            return [thumb_hold(sh, rng, side=rng.choice(["left", "right"]))]
        if how == "ticks":
            paralegal_ticks(sh, rng, [(x + 128, y + 18), (x + 128, y + 31), (x + 128, y + 75)],
                            rng.choice(["ok AV", "ok LD", "nk"]))
            return [sh]
        if how == "circle":
            inventory_circle(sh, rng)
            return [sh]
        if how == "inkjet":
            return [inkjet_banding(sh, rng)]
        return [sh]

    return make


for _code, _note in [
        ("MAR", "Moroccan passport, values above small bilingual captions, number perforated down the edge, booklet's "
                "dark cover around the page, a thumb holding it flat"),
        ("COD", "Congolese (DRC) passport, values above captions, pencil inventory number in a circle"),
        ("GIN", "Guinean passport, values above captions, paralegal's blue ticks and initials"),
        ("CMR", "Cameroonian passport, English/French captions under the values, pencil inventory number in a circle"),
        ("AFG", "Afghan passport, values above captions, inkjet print of a phone photo with banding"),
        ("TUR", "Turkish passport, Turkish/English captions under the values, paralegal's ticks"),
        ("SYR", "Syrian passport, values above captions, thumb holding the booklet flat"),
        ("SUR", "Surinamese passport, Dutch/English captions under the values, paralegal's ticks"),
        ("DZA", "Algerian passport, French captions under the values, pencil inventory number"),
        ("ALB", "Albanian passport, Albanian/English captions under the values, thumb on the copy"),
        ("GEO", "Georgian passport, English captions under the values, inkjet print of a phone photo"),
        ("AGO", "Angolan passport, Portuguese/English captions under the values, paralegal's ticks")]:
    _register(f"passport-td3-{_code.lower()}-waarde-boven-onderschrift-10", "identity-document", PART,
              _PP10[_code]["lang"], _passport10(_code), country=_code, mrz="TD3", photo=True, notes=_note)


# --------------------------------------------------------------------------- Cameroonian identity card (TD1)

def idcard_cmr(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, **opts):
    """Cameroon's biometric national identity card (CNI, 2016 model), bilingual, recto above verso at the left of
    an A4 copy; the paralegal's ticks beside it."""
    issue, expiry = _dates(rng, issue_date, expiry_date, 10)
    no = _digits(rng, 9)
    md = _mrz_data(person, mrz_override)
    lines = M.td1(doc_code="ID", issuing="CMR", number=md.get("number", no), nationality=md["nationality"],
                  birth_date=md["birth_date"], sex=md["sex"], expiry=expiry, surname=md["surname"],
                  given=md["given_names"], break_check=break_check)
    f = Sheet(85.6, 54)
    f.rect(0, 0, 85.6, 54, width_mm=0, fill=(232, 242, 230))
    f.rect(0, 0, 85.6, 7.5, width_mm=0, fill=(0, 110, 60))
    f.text(42.8, 1.0, "RÉPUBLIQUE DU CAMEROUN · REPUBLIC OF CAMEROON", font="sans6", size_pt=4.6, bold=True,
           anchor="center", color=(255, 255, 255))
    f.text(42.8, 4.0, "CARTE NATIONALE D'IDENTITÉ · NATIONAL IDENTITY CARD", font="sans6", size_pt=4.0,
           anchor="center", color=(255, 240, 120))
    f.photo(3, 10, 22, 28, rng)
    rows = [("NOM / SURNAME", person.surname.upper()), ("PRÉNOMS / GIVEN NAMES", person.given_names.upper()),
            ("DATE DE NAISSANCE / DATE OF BIRTH", format_date(person.birth_date, "dots", "fr")),
            ("LIEU DE NAISSANCE / PLACE OF BIRTH", strip_accents(person.birth_place).upper()),
            ("SEXE / SEX", person.sex)]
    for k, (lab, val) in enumerate(rows):
        f.text(28, 10 + k * 7.2, val[:30], font="sans6", size_pt=5.2, bold=True)
        f.text(28, 12.6 + k * 7.2, lab, font="sans6", size_pt=3.0, color=(70, 90, 70))
    f.signature(3, 41, 22, 7, rng)
    b = Sheet(85.6, 54)
    b.rect(0, 0, 85.6, 54, width_mm=0, fill=(236, 244, 234))
    for k, (lab, val) in enumerate([("PÈRE / FATHER", (person.father or "-").upper()),
                                    ("MÈRE / MOTHER", (person.mother or "-").upper()),
                                    ("DATE DE DÉLIVRANCE / DATE OF ISSUE", format_date(issue, "dots", "fr")),
                                    ("DATE D'EXPIRATION / DATE OF EXPIRY", format_date(expiry, "dots", "fr")),
                                    ("IDENTIFIANT UNIQUE", no)]):
        b.text(3, 2 + k * 6.2, val[:40], font="sans6", size_pt=4.8, bold=True)
        b.text(3, 4.4 + k * 6.2, lab, font="sans6", size_pt=3.0, color=(70, 90, 70))
    size = (78.0 / 30) / 0.602 / (25.4 / 72)
    for i, ln in enumerate(lines):
        b.text(3.5, 36 + i * 4.5, ln, font="ocrb", size_pt=size)
    sh = Sheet()
    sh.image(22, 40, 90, 56.8, f.render(300))
    sh.image(22, 104, 90, 56.8, b.render(300))
    paralegal_ticks(sh, rng, [(116, 52), (116, 64), (116, 150)], rng.choice(["ok MV", "ok SB"]))
    return [sh]


_register("idcard-td1-cmr-cni-boven-onder-vinkjes", "identity-document", PART, "fr/en", idcard_cmr, country="CMR",
          mrz="TD1", photo=True, notes="Cameroonian biometric identity card, values above bilingual captions, recto "
                                        "above verso, paralegal's ticks")


# --------------------------------------------------------------------------- Dutch residence card

def permit_nl_centre(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None,
                     purpose=None, v_number=None, **opts):
    """Dutch residence document (2024 model) with front and back side by side at the centre of the sheet, as a
    municipality's counter copier makes it, with the pencil inventory number in a circle."""
    issue, expiry, number, purpose, lines, vnr = nl_permit_data(person, rng, "ST", issue_date, expiry_date,
                                                                break_check, mrz_override, purpose, v_number)
    f = Sheet(85.6, 54)
    f.rect(0, 0, 85.6, 54, width_mm=0, fill=(232, 236, 248))
    f.text(3, 1.8, "NEDERLAND · VERBLIJFSVERGUNNING", font="sans2", size_pt=5.4, bold=True, color=(30, 50, 120))
    f.photo(60, 9, 22, 28, rng)
    for k, (lab, val) in enumerate([("Naam / Surname", person.surname.upper()),
                                    ("Voornamen / Given names", person.given_names.upper()),
                                    ("Geldig tot / Valid until", format_date(expiry, "dots", "nl")),
                                    ("Documentnummer", number), ("Aantekeningen", purpose.upper())]):
        f.text(3, 9 + k * 7.6, val[:34], font="sans2", size_pt=5.0, bold=True)
        f.text(3, 11.8 + k * 7.6, lab, font="sans2", size_pt=3.4, color=(60, 70, 120))
    b = Sheet(85.6, 54)
    b.rect(0, 0, 85.6, 54, width_mm=0, fill=(234, 238, 246))
    for k, (lab, val) in enumerate([("Geboortedatum", format_date(person.birth_date, "dots", "nl")),
                                    ("Nationaliteit", country_name(person.nationality, "nl").upper()),
                                    ("V-nummer", vnr), ("Datum afgifte", format_date(issue, "dots", "nl")),
                                    ("Arbeidsmarkt", "ARBEID VRIJ TOEGESTAAN")]):
        b.text(3, 2 + k * 6.2, val, font="sans2", size_pt=4.8, bold=True)
        b.text(3, 4.4 + k * 6.2, lab, font="sans2", size_pt=3.2, color=(60, 70, 120))
    size = (78.0 / 30) / 0.602 / (25.4 / 72)
    for i, ln in enumerate(lines):
        b.text(3.5, 36 + i * 4.5, ln, font="ocrb", size_pt=size)
    sh = Sheet()
    sh.image(14, 110, 88, 55.5, f.render(300))
    sh.image(108, 110, 88, 55.5, b.render(300))
    inventory_circle(sh, rng)
    return [sh]


_register("permit-nl-verblijfsdocument-naast-elkaar-midden-potlood", "identity-document", PART, "nl",
          permit_nl_centre, country="NLD", mrz="TD1", photo=True,
          notes="Dutch residence document, both sides side by side at the centre of the sheet, pencil number")


# --------------------------------------------------------------------------- civil status: Cameroon

_CMR_CENTRES = ["Douala IIIe", "Douala Ve", "Yaoundé IIe", "Bafoussam Ier", "Garoua Ier", "Bamenda IIe"]


def birth_cmr_bunec(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """A Cameroonian civil-status centre's birth act on the computerised secured form of the national civil-status
    office (BUNEC): the bilingual heading in two columns, a QR code at the top right, the act's rubrics numbered in
    a grid of bordered cells, the officer's signature and round stamp, the 'COPIE' pantograph showing on the copy."""
    issued = _when(rng, issue_date, 20, 300)
    act = act_date or (person.birth_date + datetime.timedelta(days=rng.randint(3, 40)))
    centre = rng.choice(_CMR_CENTRES)
    sh = Sheet()
    void_pantograph(sh, "COPIE", rng)
    f = "sans6"
    for x, lines in ((20, ["RÉPUBLIQUE DU CAMEROUN", "Paix – Travail – Patrie", "BUNEC",
                           f"Centre d'état civil de {centre}"]),
                     (112, ["REPUBLIC OF CAMEROON", "Peace – Work – Fatherland", "NCRO",
                            "Civil Status Registration Centre"])):
        for k, ln in enumerate(lines):
            sh.text(x + 39, 10 + k * 4.4, ln, font=f, size_pt=7.8 if k else 8.5, bold=k == 0, anchor="center")
    qr = random.Random(rng.random())
    for i in range(21):
        for j in range(21):
            if qr.random() < 0.5 or (i < 7 and j < 7 and (i in (0, 6) or j in (0, 6))):
                sh.rect(174 + i * 0.8, 32 + j * 0.8, 0.8, 0.8, width_mm=0, fill=(20, 20, 20))
    sh.text(105, 36, "ACTE DE NAISSANCE / BIRTH CERTIFICATE", font=f, size_pt=13, bold=True, anchor="center")
    sh.text(105, 42, f"N° {rng.randint(100, 2400)}/{act.year}/{_digits(rng, 5)}", font=f, size_pt=9,
            anchor="center")
    fa, mo = father or person.father or "-", mother or person.mother or "-"
    cells = [("1", "Nom de l'enfant / Surname", person.surname.upper()),
             ("2", "Prénoms / Given names", person.given_names),
             ("3", "Né(e) le / Born on", format_date(person.birth_date, "long", "fr")),
             ("4", "À / At", person.birth_place),
             ("5", "Sexe / Sex", "Féminin / Female" if person.sex == "F" else "Masculin / Male"),
             ("6", "Père / Father", fa), ("7", "Mère / Mother", mo),
             ("8", "Dressé le / Drawn up on", format_date(act, "long", "fr")),
             ("9", "Sur la déclaration de / On the declaration of", fa)]
    y = 52
    for n, lab, val in cells:
        sh.rect(20, y, 10, 10, width_mm=0.25)
        sh.text(25, y + 2.6, n, font=f, size_pt=9, bold=True, anchor="center")
        sh.rect(30, y, 160, 10, width_mm=0.25)
        sh.text(32, y + 0.8, lab, font=f, size_pt=6.8, color=GREY)
        sh.text(32, y + 4.4, val, font="sans", size_pt=10.5)
        y += 10
    sh.paragraph(20, y + 6, 170, "Copie certifiée conforme aux registres / Certified true copy of the register.",
                 font=f, size_pt=9)
    sh.text(20, y + 16, f"{centre.split(' ')[0]}, le {format_date(issued, 'dots', 'fr')}", font=f, size_pt=9.5)
    sh.text(120, y + 16, "L'Officier d'état civil / Registrar", font=f, size_pt=8.5)
    sh.signature(124, y + 22, 42, 13, rng)
    sh.stamp(88, y + 18, ["CENTRE D'ÉTAT CIVIL", centre.upper()], rng, size_mm=28, color=(40, 60, 150))
    return [sh]


def marriage_cmr_register(person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    """A Cameroonian civil-status centre's marriage act, a copy of the register page typed by the secretary on the
    printed form (rubric labels printed, answers typed on the lines), the regime and the witnesses; the officer's
    signature and stamp; the pencil inventory number."""
    issued = _when(rng, issue_date, 20, 300)
    wed = marriage_date or (issued - datetime.timedelta(days=rng.randint(900, 4000)))
    sp = spouse
    centre = rng.choice(_CMR_CENTRES)
    sh = Sheet()
    f, tf = "serif", "typewriter"
    sh.text(105, 12, "RÉPUBLIQUE DU CAMEROUN – REPUBLIC OF CAMEROON", font=f, size_pt=10, bold=True, anchor="center")
    sh.text(105, 17.5, f"Centre d'état civil de {centre}", font=f, size_pt=9.5, anchor="center")
    sh.text(105, 30, "ACTE DE MARIAGE N° " + f"{rng.randint(10, 600)}/{wed.year}", font=f, size_pt=13, bold=True,
            anchor="center")
    rows = [("Le", format_date(wed, "long", "fr")), ("Ont contracté mariage", ""),
            ("M.", f"{person.surname.upper()} {person.given_names}"),
            ("né le", f"{format_date(person.birth_date, 'dots', 'fr')} à {person.birth_place}"),
            ("et Mme/Mlle", f"{sp.surname.upper()} {sp.given_names}" if sp else "-"),
            ("née le", f"{format_date(sp.birth_date, 'dots', 'fr')} à {sp.birth_place}" if sp else "-"),
            ("Régime matrimonial", rng.choice(["Monogamie – communauté des biens", "Monogamie – séparation des biens"])),
            ("Témoins", f"{rng.choice(['NGONO', 'TCHOUA', 'MBARGA', 'FOTSO'])} Jean; "
                        f"{rng.choice(['ATANGANA', 'NJOYA', 'KAMGA', 'ESSOMBA'])} Marie")]
    y = 44
    for lab, val in rows:
        sh.text(22, y, lab, font=f, size_pt=10)
        sh.rule(62, y + 4.6, 190, y + 4.6, width_mm=0.12, dash=0.8, color=(90, 90, 90))
        sh.text(64, y - 0.3, val, font=tf, size_pt=10.5)
        y += 10
    sh.text(22, y + 8, f"Délivré à {centre.split(' ')[0]}, le {format_date(issued, 'dots', 'fr')}", font=f,
            size_pt=10)
    sh.text(120, y + 16, "L'Officier d'état civil", font=f, size_pt=10)
    sh.signature(120, y + 21, 42, 13, rng)
    sh.stamp(84, y + 16, ["ÉTAT CIVIL", centre.upper()], rng, size_mm=28, color=(120, 40, 140))
    inventory_circle(sh, rng)
    return [sh]


_register("birth-cmr-bunec-gecomputeriseerd-qr", "birth-certificate", PART, "fr", birth_cmr_bunec, country="CMR",
          notes="Cameroonian computerised birth act on secured BUNEC paper, numbered rubric grid, QR code, 'COPIE' "
                "void pantograph")
_register("marriage-cmr-registre-dactylographie", "marriage-certificate", PART, "fr", marriage_cmr_register,
          country="CMR", notes="Cameroonian marriage act typed on the printed register form, pencil inventory number")


# --------------------------------------------------------------------------- civil status: Guinea (carbon copy)

def birth_gin_carbone(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """A Conakry commune's birth extract from the civil-status register kept in triplicate with carbon paper: the
    printed form's boxed fields filled in by the registrar's ballpoint, which reaches this copy in the violet of the
    carbon, the mayor's delegate's signature and the round stamp added in ink; 'Volet n° 3 – à remettre au
    déclarant' at the top."""
    issued = _when(rng, issue_date, 30, 500)
    act = act_date or (person.birth_date + datetime.timedelta(days=rng.randint(2, 30)))
    commune = rng.choice(["Ratoma", "Matoto", "Dixinn", "Kaloum", "Matam"])
    carbon = (85, 60, 150)
    sh = Sheet()
    f = "sans4"
    sh.text(20, 10, "RÉPUBLIQUE DE GUINÉE", font=f, size_pt=10, bold=True)
    sh.text(20, 15, "Travail – Justice – Solidarité", font=f, size_pt=8, italic=True)
    sh.text(20, 20, f"Commune de {commune} – Ville de Conakry", font=f, size_pt=9)
    sh.text(190, 10, "Volet n° 3 – à remettre au déclarant", font=f, size_pt=8, anchor="right", color=GREY)
    sh.text(105, 32, "EXTRAIT D'ACTE DE NAISSANCE", font=f, size_pt=14, bold=True, anchor="center")
    hf = "hand1"
    sh.text(20, 42, "N° d'ordre", font=f, size_pt=9)
    sh.handwriting(42, 40.5, f"{rng.randint(100, 3000)}/{act.year}", rng, size_pt=12, color=carbon, font=hf)
    rows = [("Nom", person.surname.upper()), ("Prénom(s)", person.given_names),
            ("Date de naissance", format_date(person.birth_date, "slashes", "fr")),
            ("Lieu de naissance", person.birth_place), ("Sexe", "F" if person.sex == "F" else "M"),
            ("Nom du père", father or person.father or "-"), ("Nom de la mère", mother or person.mother or "-"),
            ("Date de la déclaration", format_date(act, "slashes", "fr"))]
    y = 52
    for lab, val in rows:
        sh.rect(20, y, 50, 11, width_mm=0.25)
        sh.rect(70, y, 120, 11, width_mm=0.25)
        sh.text(22, y + 3.5, lab, font=f, size_pt=9)
        sh.handwriting(73, y + 2.0, hand_safe(val), rng, size_pt=12.5, color=carbon, font=hf)
        y += 11
    sh.text(20, y + 8, "Pour extrait certifié conforme au registre.", font=f, size_pt=9.5)
    sh.text(20, y + 16, "Conakry, le", font=f, size_pt=9.5)
    sh.handwriting(42, y + 14.5, format_date(issued, "slashes", "fr"), rng, size_pt=12, color=(20, 30, 120), font=hf)
    sh.text(120, y + 16, "L'Officier de l'état civil (P.O.)", font=f, size_pt=9.5)
    sh.signature(122, y + 21, 40, 13, rng, color=(20, 30, 120))
    sh.stamp(86, y + 18, [f"COMMUNE DE {commune.upper()}", "ÉTAT CIVIL"], rng, size_mm=28, color=(40, 60, 150))
    return [sh]


_register("birth-gin-volet-carbone-conakry", "birth-certificate", PART, "fr", birth_gin_carbone, country="GIN",
          notes="Conakry commune's birth extract, the register's third leaf filled in through carbon paper (violet)")


# --------------------------------------------------------------------------- civil status: Türkiye (typed)

def birth_tur_typed(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """A Turkish district population office's 'Doğum Belgesi' typed on a typewriter into the pre-printed form (each
    label with its dotted line), a revenue stamp ('pul') cancelled by the office seal, the registrar's signature;
    the paralegal's ticks."""
    issued = _when(rng, issue_date, 10, 200)
    il = rng.choice(["ÇORUM", "AMASYA", "ERZURUM", "MALATYA", "ELAZIĞ", "KIRŞEHİR"])
    sh = Sheet()
    f, tf = "serif", "typewriter2"
    sh.text(105, 12, "TÜRKİYE CUMHURİYETİ", font=f, size_pt=11, bold=True, anchor="center")
    sh.text(105, 18, f"{il} MERKEZ İLÇE NÜFUS MÜDÜRLÜĞÜ", font=f, size_pt=9.5, anchor="center")
    sh.text(105, 30, "DOĞUM BELGESİ", font=f, size_pt=14, bold=True, anchor="center")
    rows = [("Soyadı", person.surname.upper()), ("Adı", person.given_names.upper()),
            ("Baba adı", (father or person.father or "").split(" ")[0].upper()),
            ("Ana adı", (mother or person.mother or "").split(" ")[0].upper()),
            ("Doğum yeri", strip_accents(person.birth_place).upper()),
            ("Doğum tarihi", format_date(person.birth_date, "dots", "nl")),
            ("Cinsiyeti", "KIZ" if person.sex == "F" else "ERKEK"),
            ("Cilt no / Aile sıra no", f"{rng.randint(10, 99)} / {rng.randint(1, 300)}")]
    y = 44
    for lab, val in rows:
        sh.text(24, y, lab, font=f, size_pt=10)
        sh.text(64, y, ":" + "." * 70, font=f, size_pt=8, color=(120, 120, 120))
        sh.text(68, y - 0.6, val, font=tf, size_pt=11)
        y += 9
    sh.paragraph(24, y + 4, 160, "Yukarıda yazılı bilgilerin nüfus kaydına uygun olduğu onaylanır.", font=f,
                 size_pt=10)
    sh.text(24, y + 18, f"Tarih: {format_date(issued, 'dots', 'nl')}", font=tf, size_pt=10.5)
    sh.rect(150, y + 10, 18, 22, width_mm=0.3, color=(120, 60, 60), fill=(236, 218, 214))
    sh.text(159, y + 14, "DAMGA", font="sans", size_pt=5.5, anchor="center", color=(120, 60, 60))
    sh.text(159, y + 20, "PULU", font="sans", size_pt=5.5, anchor="center", color=(120, 60, 60))
    sh.stamp(140, y + 14, ["T.C.", f"{il} NÜFUS"], rng, size_mm=26, color=(40, 40, 110))
    sh.text(112, y + 38, "Nüfus Müdürü", font=f, size_pt=10)
    sh.signature(110, y + 43, 40, 13, rng)
    paralegal_ticks(sh, rng, [(192, 44), (192, 53), (192, 89)], "")
    return [sh]


_register("birth-tur-dogum-belgesi-daktilo-pul", "birth-certificate", PART, "tr", birth_tur_typed, country="TUR",
          notes="Turkish district office's birth document typed on a typewriter into the dotted form, revenue stamp")


# --------------------------------------------------------------------------- Belgian multilingual (CIEC) extracts

_CIEC_COMMUNES = [("Schaerbeek", "fr"), ("Anderlecht", "fr"), ("Molenbeek-Saint-Jean", "fr"), ("Mechelen", "nl"),
                  ("Vilvoorde", "nl"), ("Verviers", "fr")]


def _ciec(kind: str):
    """The multilingual extract of a Belgian commune (CIEC convention n° 16, 'Formule A' for births, 'Formule B' for
    marriages): numbered rows with the captions in several languages at the left and the entries typed in the
    right column, the code letters of the convention, the registrar's signature and the commune's seal."""

    def make(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, spouse=None,
             marriage_date=None, **opts):
        issued = _when(rng, issue_date, 20, 300)
        commune, lang = rng.choice(_CIEC_COMMUNES)
        sh = Sheet()
        f = "narrow"
        sh.text(20, 10, f"Royaume de Belgique / Koninkrijk België · Commune / Gemeente : {commune}", font=f,
                size_pt=8.5)
        title = ("EXTRAIT PLURILINGUE D'ACTE DE NAISSANCE – MEERTALIG UITTREKSEL UIT DE AKTE VAN GEBOORTE"
                 if kind == "birth" else
                 "EXTRAIT PLURILINGUE D'ACTE DE MARIAGE – MEERTALIG UITTREKSEL UIT DE AKTE VAN HUWELIJK")
        sh.paragraph(20, 17, 170, title, font=f, size_pt=10.5, bold=True)
        sh.text(20, 29, "Formule " + ("A" if kind == "birth" else "B") + " – Convention CIEC n° 16", font=f,
                size_pt=7.5, color=GREY)
        if kind == "birth":
            act = act_date or (person.birth_date + datetime.timedelta(days=rng.randint(1, 12)))
            rows = [("1", "Date de naissance · Geboortedatum · Date of birth", format_date(person.birth_date, "dots",
                                                                                         "fr")),
                    ("2", "Lieu de naissance · Geboorteplaats · Place of birth", person.birth_place),
                    ("3", "Sexe · Geslacht · Sex", person.sex),
                    ("4", "Nom · Naam · Surname", person.surname.upper()),
                    ("5", "Prénoms · Voornamen · Forenames", person.given_names),
                    ("6", "Nom et prénoms du père · Vader · Father", father or person.father or "-"),
                    ("7", "Nom et prénoms de la mère · Moeder · Mother", mother or person.mother or "-"),
                    ("8", "Date de l'acte · Datum van de akte", format_date(act, "dots", "fr"))]
        else:
            wed = marriage_date or (issued - datetime.timedelta(days=rng.randint(400, 1500)))
            sp = spouse
            rows = [("1", "Date du mariage · Datum van het huwelijk", format_date(wed, "dots", "fr")),
                    ("2", "Lieu du mariage · Plaats van het huwelijk", commune),
                    ("3", "Nom de l'époux · Naam van de echtgenoot", person.surname.upper()),
                    ("4", "Prénoms · Voornamen", person.given_names),
                    ("5", "Date et lieu de naissance · Geboortedatum en -plaats",
                     f"{format_date(person.birth_date, 'dots', 'fr')} {person.birth_place}"),
                    ("6", "Nom de l'épouse · Naam van de echtgenote", sp.surname.upper() if sp else "-"),
                    ("7", "Prénoms · Voornamen", sp.given_names if sp else "-"),
                    ("8", "Date et lieu de naissance · Geboortedatum en -plaats",
                     f"{format_date(sp.birth_date, 'dots', 'fr')} {sp.birth_place}" if sp else "-")]
        y = 38
        for n, lab, val in rows:
            sh.rect(20, y, 8, 11, width_mm=0.2)
            sh.text(24, y + 3, n, font=f, size_pt=9, anchor="center")
            sh.rect(28, y, 78, 11, width_mm=0.2, fill=(244, 244, 244))
            sh.paragraph(29.5, y + 1, 75, lab, font=f, size_pt=7.2, leading=1.15)
            sh.rect(106, y, 84, 11, width_mm=0.2)
            sh.text(108, y + 3, val, font="sans", size_pt=10)
            y += 11
        sh.text(20, y + 6, "Codes : Jour-Dag / Mois-Maand / Année-Jaar ; M = masculin/mannelijk, F = féminin/vrouwelijk",
                font=f, size_pt=7, color=GREY)
        sh.text(20, y + 16, f"{commune}, {format_date(issued, 'dots', 'fr')}", font=f, size_pt=9.5)
        sh.text(120, y + 16, "L'Officier de l'état civil / De ambtenaar", font=f, size_pt=8.5)
        sh.signature(122, y + 21, 40, 13, rng)
        sh.stamp(86, y + 18, [f"COMMUNE DE {commune.upper()}"[:24], "ÉTAT CIVIL"], rng, size_mm=28,
                 color=(40, 60, 150))
        return [sh]

    return make


_register("birth-be-ciec-formule-a-meertalig", "birth-certificate", PART, "fr/nl", _ciec("birth"), country="BEL",
          notes="Belgian commune's multilingual birth extract (CIEC Formule A), numbered rows with multilingual captions")
_register("marriage-be-ciec-formule-b-meertalig", "marriage-certificate", PART, "fr/nl", _ciec("marriage"),
          country="BEL", notes="Belgian commune's multilingual marriage extract (CIEC Formule B)")


# --------------------------------------------------------------------------- certificates of nationality

_NAT10 = {
    "CMR": dict(court="TRIBUNAL DE PREMIÈRE INSTANCE DE DOUALA-NDOKOTI", state="RÉPUBLIQUE DU CAMEROUN",
                motto="Paix – Travail – Patrie", adj="camerounais", law="la loi n° 1968-LF-3 du 11 juin 1968 "
                "portant Code de la nationalité camerounaise", city="Douala", font="serif5"),
    "GIN": dict(court="TRIBUNAL DE PREMIÈRE INSTANCE DE CONAKRY III – MAFANCO", state="RÉPUBLIQUE DE GUINÉE",
                motto="Travail – Justice – Solidarité", adj="guinéen", law="le Code civil guinéen (livre I, titre "
                "II, de la nationalité)", city="Conakry", font="serif2"),
}


def _nationality10(code: str):
    cfg = _NAT10[code]

    def make(person, rng, *, issue_date=None, **opts):
        """A court's certificate of nationality typed on headed paper: the State and motto centred, the court's
        name, 'Nous, Président du Tribunal ...' with the law cited, the clerk's mention of registration in the
        margin box ('Enregistré sous le n° ...'), the president's signature and the court's seal."""
        issued = _when(rng, issue_date, 30, 600)
        sh = Sheet()
        f = cfg["font"]
        sh.text(105, 12, cfg["state"], font=f, size_pt=11, bold=True, anchor="center")
        sh.text(105, 17.5, cfg["motto"], font=f, size_pt=8.5, italic=True, anchor="center")
        sh.text(105, 26, cfg["court"], font=f, size_pt=9.5, bold=True, anchor="center")
        sh.text(105, 40, "CERTIFICAT DE NATIONALITÉ", font=f, size_pt=15, bold=True, anchor="center")
        fem = person.sex == "F"
        adj = cfg["adj"] + ("e" if fem else "")
        body = (f"Nous, Président du {cfg['court'].title()}, vu {cfg['law']}, vu les pièces produites, certifions "
                f"que {'Madame' if fem else 'Monsieur'} {person.surname.upper()} {person.given_names}, "
                f"né{'e' if fem else ''} le {format_date(person.birth_date, 'long', 'fr')} à {person.birth_place}, "
                f"fil{'le' if fem else 's'} de {person.father or '-'} et de {person.mother or '-'}, est {adj}.")
        y = sh.paragraph(40, 54, 150, body, font=f, size_pt=11, leading=1.7, align="justify")
        sh.rect(14, 54, 22, 40, width_mm=0.25)
        sh.paragraph(15, 55, 20, f"Enregistré sous le n° {rng.randint(100, 9999)}/{issued.year}", font=f,
                     size_pt=6.8, leading=1.2)
        sh.paragraph(40, y + 6, 150, "En foi de quoi, le présent certificat lui est délivré pour servir et valoir ce "
                     "que de droit.", font=f, size_pt=11, leading=1.6)
        sh.text(110, y + 24, f"{cfg['city']}, le {format_date(issued, 'long', 'fr')}", font=f, size_pt=10.5)
        sh.text(120, y + 31, "Le Président", font=f, size_pt=10.5)
        sh.signature(118, y + 36, 44, 14, rng)
        sh.stamp(76, y + 30, [cfg["court"].split(" DE ")[0][:20], cfg["city"].upper()], rng, size_mm=30,
                 color=(40, 40, 130))
        sh.text(40, y + 56, "Le Greffier", font=f, size_pt=10)
        sh.signature(40, y + 60, 32, 10, rng, color=(20, 20, 20))
        return [sh]

    return make


_register("nationality-cmr-tpi-ndokoti-greffe-marge", "nationality-certificate", PART, "fr", _nationality10("CMR"),
          country="CMR", notes="Cameroonian court's certificate of nationality, registration box in the margin")
_register("nationality-gin-tpi-mafanco-greffe-marge", "nationality-certificate", PART, "fr", _nationality10("GIN"),
          country="GIN", notes="Guinean court's certificate of nationality, registration box in the margin")


# --------------------------------------------------------------------------- identity attestations (embassies)

_IDC10 = {
    "CMR": dict(head=["RÉPUBLIQUE DU CAMEROUN", "AMBASSADE DU CAMEROUN À BRUXELLES", "Section consulaire"],
                adj="camerounaise", city="Bruxelles", color=(0, 110, 60), font="sans6"),
    "GIN": dict(head=["RÉPUBLIQUE DE GUINÉE", "AMBASSADE DE GUINÉE AU BENELUX", "Service consulaire"],
                adj="guinéenne", city="Bruxelles", color=(200, 30, 40), font="sans2"),
}


def _idcert10(code: str):
    cfg = _IDC10[code]

    def make(person, rng, *, issue_date=None, declarative=False, **opts):
        """An embassy's 'attestation d'identité' printed from its consular software: coloured band at the top, the
        photo printed in (not stapled) at the right of the data, a reference number with a barcode, the consul's
        signature and stamp; the sentence on the basis (documents or declarations)."""
        issued = _when(rng, issue_date, 20, 400)
        sh = Sheet()
        f = cfg["font"]
        sh.rect(0, 0, 210, 8, width_mm=0, fill=cfg["color"])
        for k, ln in enumerate(cfg["head"]):
            sh.text(20, 14 + k * 5, ln, font=f, size_pt=10 if k < 2 else 8.5, bold=k < 2)
        sh.text(190, 14, f"N° {rng.randint(100, 999)}/AC/{issued.year}", font=f, size_pt=9, anchor="right")
        sh.text(105, 42, "ATTESTATION D'IDENTITÉ", font=f, size_pt=15, bold=True, anchor="center")
        sh.photo(152, 52, 32, 40, rng)
        y = 54
        for lab, val in [("Nom", person.surname.upper()), ("Prénom(s)", person.given_names),
                         ("Date de naissance", format_date(person.birth_date, "dots", "fr")),
                         ("Lieu de naissance", person.birth_place), ("Sexe", person.sex),
                         ("Nom du père", person.father or "-"), ("Nom de la mère", person.mother or "-"),
                         ("Nationalité", cfg["adj"])]:
            sh.text(22, y, lab, font=f, size_pt=9.5, color=GREY)
            sh.text(62, y, val, font=f, size_pt=10.5, bold=True)
            y += 7
        basis = ("La présente attestation est établie sur la base des seules déclarations de l'intéressé(e)."
                 if declarative else "La présente attestation est établie au vu de l'acte de naissance et de la "
                 "carte consulaire présentés par l'intéressé(e), dont l'identité a été vérifiée.")
        y = sh.paragraph(22, y + 6, 166, basis + " Elle est délivrée pour servir et valoir ce que de droit.", font=f,
                         size_pt=10.5, leading=1.5)
        sh.text(22, y + 10, f"Fait à {cfg['city']}, le {format_date(issued, 'dots', 'fr')}", font=f, size_pt=10.5)
        sh.text(120, y + 18, "Le Consul", font=f, size_pt=10.5)
        sh.signature(118, y + 23, 42, 14, rng)
        sh.stamp(82, y + 16, [cfg["head"][1][:24], cfg["city"].upper()], rng, size_mm=30, color=(40, 60, 150))
        bc = random.Random(rng.random())
        x = 22
        while x < 80:
            w = bc.choice([0.3, 0.5, 0.8])
            sh.rect(x, 272, w, 9, width_mm=0, fill=(0, 0, 0))
            x += w + bc.choice([0.3, 0.5, 0.7])
        return [sh]

    return make


_register("idcert-cmr-ambassade-bruxelles-photo-imprimee", "identity-certificate", PART, "fr", _idcert10("CMR"),
          country="CMR", photo=True, notes="Cameroonian embassy's identity attestation printed from consular software, "
                                           "photo printed in, barcode")
_register("idcert-gin-ambassade-benelux-photo-imprimee", "identity-certificate", PART, "fr", _idcert10("GIN"),
          country="GIN", photo=True, notes="Guinean embassy's identity attestation printed with the photo, red band")


# --------------------------------------------------------------------------- sworn translations

_SRC10 = {"tr": ("turc", "Turks"), "es": ("espagnol", "Spaans"), "ar": ("arabe", "Arabisch"),
          "ru": ("russe", "Russisch")}


def _translation10(where: str):
    def make(person, rng, *, issue_date=None, of_type="birth-certificate", source_lang=None, **opts):
        issued = _when(rng, issue_date, 5, 60)
        src = _SRC10.get(source_lang or "tr", (source_lang or "tr", source_lang or "tr"))
        sh = Sheet()
        if where == "bruxelles":
            # a Brussels sworn translator's translation into Dutch, with the court's legalisation stamp on the back
            # copied onto the same sheet
            g, s, _ = make_professional(rng, "BE")
            f = "serif7"
            sh.text(20, 12, f"{g} {s}", font=f, size_pt=12)
            sh.text(20, 18, f"Traducteur-interprète juré – Beëdigd vertaler ({src[0]} / {src[1]})", font=f,
                    size_pt=8.5, color=GREY)
            sh.text(20, 22.5, "Tribunal de première instance de Bruxelles / Rechtbank van eerste aanleg Brussel",
                    font=f, size_pt=8, color=GREY)
            sh.text(20, 36, f"VERTALING UIT HET {src[1].upper()}", font=f, size_pt=12.5, bold=True)
            sh.text(20, 42, "Uittreksel uit de geboorteakte" if of_type == "birth-certificate" else "Document",
                    font=f, size_pt=10)
            y = 52
            for a, b in [("Familienaam", person.surname.upper()), ("Voornaam", person.given_names),
                         ("Naam van de vader", person.father or "-"), ("Naam van de moeder", person.mother or "-"),
                         ("Geboorteplaats", person.birth_place),
                         ("Geboortedatum", format_date(person.birth_date, "long", "nl")),
                         ("Geslacht", "vrouwelijk" if person.sex == "F" else "mannelijk")]:
                sh.text(24, y, f"{a}:", font=f, size_pt=10)
                sh.text(80, y, b, font=f, size_pt=10.5)
                y += 7
            sh.text(24, y + 2, "[rond stempel: nüfus müdürlüğü] [handtekening: onleesbaar]", font=f, size_pt=9,
                    color=GREY)
            y = sh.paragraph(20, y + 14, 170, "Voor getrouwe vertaling uit het " + src[1] + " in het Nederlands, "
                             "opgemaakt door de ondergetekende, beëdigd vertaler, die verklaart dat de vertaling "
                             "getrouw en volledig is.", font=f, size_pt=10, leading=1.5)
            sh.text(20, y + 6, f"Brussel, {format_date(issued, 'dots', 'nl')}", font=f, size_pt=10)
            sh.signature(20, y + 11, 40, 13, rng)
            sh.stamp(80, y + 6, [f"{g[0]}. {s}".upper(), "VERTALER – TRADUCTEUR JURÉ"], rng, shape="rect",
                     size_mm=38, color=(30, 30, 30))
            sh.rule(20, 222, 190, 222, width_mm=0.2, dash=1.0, color=GREY)
            sh.stamp(30, 230, ["TRIBUNAL DE PREMIÈRE INSTANCE", "BRUXELLES", "VU POUR LÉGALISATION",
                               format_date(issued + datetime.timedelta(days=2), "dots", "fr")], rng, shape="rect",
                     size_mm=50, color=(40, 60, 150))
            sh.signature(100, 236, 34, 11, rng)
        else:
            g, s, _ = make_professional(rng, "NL")
            f = "sans2"
            sh.rect(0, 0, 210, 6, width_mm=0, fill=(0, 90, 120))
            sh.text(20, 12, f"Vertaalbureau Noord · {g} {s}, beëdigd vertaler", font=f, size_pt=11, bold=True)
            sh.text(20, 18, f"Oude Ebbingestraat {rng.randint(2, 90)}, 9712 HC Groningen · Wbtv {_digits(rng, 5)}",
                    font=f, size_pt=8.5, color=GREY)
            sh.text(20, 32, f"Beëdigde vertaling uit het {src[1]} in het Nederlands", font=f, size_pt=12.5,
                    bold=True)
            y = 44
            for k, (a, b) in enumerate([("Veld", "Vertaling"), ("Achternaam", person.surname.upper()),
                                        ("Voornamen", person.given_names),
                                        ("Geboortedatum", format_date(person.birth_date, "dashes_zero", "nl")),
                                        ("Geboorteplaats", person.birth_place), ("Vader", person.father or "-"),
                                        ("Moeder", person.mother or "-")]):
                sh.rect(20, y, 55, 7, width_mm=0.2, fill=(226, 236, 240) if k == 0 else None)
                sh.rect(75, y, 115, 7, width_mm=0.2, fill=(226, 236, 240) if k == 0 else None)
                sh.text(22, y + 1.5, a, font=f, size_pt=9.5, bold=k == 0)
                sh.text(77, y + 1.5, b, font=f, size_pt=10, bold=k == 0)
                y += 7
            y = sh.paragraph(20, y + 10, 170, "Ondergetekende, beëdigd vertaler, verklaart dat deze vertaling "
                             "getrouw en volledig is en dat het brondocument aan deze vertaling is gehecht.", font=f,
                             size_pt=10, leading=1.45)
            sh.text(20, y + 8, f"Groningen, {format_date(issued, 'dashes_zero', 'nl')}", font=f, size_pt=10)
            sh.signature(20, y + 13, 40, 13, rng)
            qr = random.Random(rng.random())
            for i in range(17):
                for j in range(17):
                    if qr.random() < 0.5:
                        sh.rect(160 + i * 1.0, y + 6 + j * 1.0, 1.0, 1.0, width_mm=0, fill=(20, 20, 20))
            sh.text(160, y + 25, "digitaal zegel", font=f, size_pt=7, color=GREY)
        return [sh]

    return make


# the Belgian one first: 9ter takes the part's first translation family, the IND the Dutch (NLD) one
_register("translation-be-bruxelles-legalisation-tribunal", "translation", PART, "nl", _translation10("bruxelles"),
          country="BEL", notes="Brussels sworn translator into Dutch, the court's legalisation stamp below")
_register("translation-nl-groningen-tabel-qr", "translation", PART, "nl", _translation10("groningen"),
          country="NLD", notes="Groningen sworn translator, fields in a table, digital seal")
