"""Identity and civil-status families of the `sixth` part (registered in identity.FAMILIES).

Written after dev, heldout, fresh, fourth and fifth had all been read, by a writer who saw neither the validator
nor its output: passports of Afghanistan, Eritrea, Syria, Guinea, Cameroon, Iraq, Armenia, Türkiye and Suriname laid out
with each label in small bilingual type above its value in two columns (as most ICAO data pages are), copied in
other ways (a 200 dpi copy with a crooked staple's shadow, a copy reduced to 95 % on A4, a mobile scanner app's
high-contrast output cropped to the sheet, a yellow highlighter stroke over a line); a Guinean biometric
identity card copied recto and verso side by side; a Dutch residence card scanned with a phone app; a Guinean
'jugement supplétif tenant lieu d'acte de naissance', a Cameroonian birth act filled in by hand on the old
bilingual register form, a Turkish family-register print ('vukuatlı nüfus kayıt örneği') in landscape, a
bilingual Brussels birth extract; court certificates of nationality with a fiscal stamp; a Guinean embassy's
identity attestation laid out like a card, a Cameroonian embassy's typed attestation with the photo stapled on; a Cameroonian marriage act on a
hand-filled form, a Brussels bilingual marriage extract; sworn translations from Namur and Amsterdam.
Same calling convention as identity.py.
"""
from __future__ import annotations

import datetime
import random

from PIL import Image, ImageDraw, ImageFilter

from . import mrz as M
from .fifth_identity import _date_words, _fr_words
from .fresh_identity import nl_permit_data
from .identity import _dates, _digits, _mrz_data, _register, _when
from .paper import Sheet, text_width_mm
from .people import country_name, format_date, make_professional, strip_accents

PART = "sixth"
GREY = (90, 90, 90)

# --------------------------------------------------------------------------- copy habits


def staple_shadow(sh: Sheet, x: float, y: float, angle: float) -> None:
    """The dark bar a staple leaves on a copy, with its two legs, slightly crooked."""
    img = Image.new("RGBA", (160, 160), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.rectangle([20, 74, 140, 84], fill=(60, 60, 60, 230))
    d.rectangle([20, 70, 30, 90], fill=(90, 90, 90, 200))
    d.rectangle([130, 70, 140, 90], fill=(90, 90, 90, 200))
    img = img.rotate(angle, resample=Image.BICUBIC).filter(ImageFilter.GaussianBlur(1.2))
    sh.image(x, y, 16, 16, img, blend="multiply")


def highlighter(sh: Sheet, x: float, y: float, w: float, h: float = 4.6, color=(255, 236, 60)) -> None:
    """A yellow marker stroke laid over a line of text (multiply: the text stays readable)."""
    img = Image.new("RGBA", (max(8, int(w * 8)), max(4, int(h * 8))), color + (255,))
    d = ImageDraw.Draw(img)
    for k in range(0, img.width, 23):
        d.line([(k, 0), (k + 6, img.height)], fill=tuple(max(0, v - 18) for v in color) + (255,), width=3)
    sh.image(x, y, w, h, img, blend="multiply")   # RGBA: the renderer multiplies it over the text


def reduced_copy(sh: Sheet, k: float = 0.95, dpi: int = 200) -> Sheet:
    """The page copied with the copier set to 95 %: the content smaller, centred, a faint edge of the original."""
    img = sh.render(dpi)
    out = Sheet(sh.width_mm, sh.height_mm)
    w, h = sh.width_mm * k, sh.height_mm * k
    x, y = (sh.width_mm - w) / 2, (sh.height_mm - h) / 2
    out.image(x, y, w, h, img)
    out.rect(x, y, w, h, width_mm=0.15, color=(170, 170, 170))
    out.text(sh.width_mm - 6, sh.height_mm - 6, "95%", font="sans", size_pt=6, anchor="right", color=(150, 150, 150))
    return out


def scan_app(sh: Sheet, dpi: int = 200) -> Sheet:
    """A mobile scanner app's output: the sheet found and cropped, turned into high-contrast grey."""
    img = sh.render(dpi).convert("L")
    # the app's "document" filter: light paper and pale tints to white, ink darker, mid-tones kept
    img = img.point(lambda v: 255 if v > 212 else max(0, int((v - 30) * 1.2)))
    out = Sheet(sh.width_mm, sh.height_mm)
    out.image(0, 0, sh.width_mm, sh.height_mm, img.convert("RGB"))
    return out


def crooked_200(sh: Sheet, rng: random.Random) -> Sheet:
    """A 200 dpi copy with the original stapled at the top left corner (the staple's shadow, slightly turned)."""
    img = sh.render(200)
    out = Sheet(sh.width_mm, sh.height_mm)
    out.image(0, 0, sh.width_mm, sh.height_mm, img)
    staple_shadow(out, rng.uniform(4, 10), rng.uniform(4, 9), rng.uniform(25, 55))
    return out


# --------------------------------------------------------------------------- passports (TD3)

_PP6 = {
    "AFG": dict(state="AFGHANISTAN", title="PASSPORT", nat="AFGHAN", date="abbr_en", years=5,
                number=lambda r: "P" + _digits(r, 8), authority=lambda r: "MOI – PASSPORT DEPARTMENT KABUL",
                lab=("Surname", "Given Names", "Nationality", "Date of Birth", "Sex", "Place of Birth",
                     "Date of Issue", "Date of Expiry", "Authority"), tint=(224, 236, 246), copy="staple",
                font="sans3"),
    "ERI": dict(state="THE STATE OF ERITREA", title="PASSPORT", nat="ERITREAN", date="abbr_en", years=5,
                number=lambda r: "P" + _digits(r, 7), authority=lambda r: "DEPT. OF IMMIGRATION ASMARA",
                lab=("Surname", "Given Names", "Nationality", "Date of Birth", "Sex", "Place of Birth",
                     "Date of Issue", "Date of Expiry", "Issuing Office"), tint=(236, 232, 218), copy="reduced",
                font="serif2"),
    "SYR": dict(state="SYRIAN ARAB REPUBLIC", title="PASSPORT", nat="SYRIAN", date="slashes", years=6,
                number=lambda r: "N" + _digits(r, 9), authority=lambda r: "IMMIGRATION & PASSPORTS DAMASCUS",
                lab=("Surname", "Name", "Nationality", "Date of Birth", "Sex", "Place of Birth", "Date of Issue",
                     "Date of Expiry", "Issuing Authority"), tint=(232, 236, 226), copy="app", font="sans2"),
    "GIN": dict(state="RÉPUBLIQUE DE GUINÉE", title="PASSEPORT / PASSPORT", nat="GUINÉENNE", date="passport_bi",
                years=5, number=lambda r: "R" + _digits(r, 7), authority=lambda r: "DCPAF CONAKRY",
                lab=("Nom / Surname", "Prénoms / Given names", "Nationalité / Nationality",
                     "Date de naissance / Date of birth", "Sexe / Sex", "Lieu de naissance / Place of birth",
                     "Date de délivrance / Date of issue", "Date d'expiration / Date of expiry",
                     "Autorité / Authority"), tint=(240, 228, 222), copy="marker", font="sans6"),
    "CMR": dict(state="RÉPUBLIQUE DU CAMEROUN · REPUBLIC OF CAMEROON", title="PASSEPORT / PASSPORT",
                nat="CAMEROUNAISE / CAMEROONIAN", date="passport_bi", years=5,
                number=lambda r: "AA" + _digits(r, 6), authority=lambda r: "DGSN YAOUNDÉ",
                lab=("Nom / Surname", "Prénoms / Given names", "Nationalité / Nationality",
                     "Date de naissance / Date of birth", "Sexe / Sex", "Lieu de naissance / Place of birth",
                     "Date de délivrance / Date of issue", "Date d'expiration / Date of expiry",
                     "Autorité / Authority"), tint=(226, 238, 230), copy="staple", font="serif3"),
    "IRQ": dict(state="REPUBLIC OF IRAQ", title="PASSPORT", nat="IRAQI", date="abbr_en", years=8,
                number=lambda r: "A" + _digits(r, 8), authority=lambda r: "GENERAL DIRECTORATE OF NATIONALITY",
                lab=("Surname", "Given Names", "Nationality", "Date of Birth", "Sex", "Place of Birth",
                     "Date of Issue", "Date of Expiry", "Authority"), tint=(232, 226, 240), copy="app",
                font="sans5"),
    "ARM": dict(state="REPUBLIC OF ARMENIA", title="PASSPORT", nat="ARMENIAN", date="abbr_en", years=10,
                number=lambda r: "A" + _digits(r, 7), authority=lambda r: "0" + _digits(r, 2), 
                lab=("Surname", "Given Names", "Nationality", "Date of Birth", "Sex", "Place of Birth",
                     "Date of Issue", "Date of Expiry", "Authority"), tint=(244, 232, 226), copy="reduced",
                font="sans4"),
    "TUR": dict(state="TÜRKİYE CUMHURİYETİ · REPUBLIC OF TÜRKİYE", title="PASAPORT / PASSPORT",
                nat="T.C. / TUR", date="dots", years=10, number=lambda r: "U" + _digits(r, 8),
                authority=lambda r: "T.C. İÇİŞLERİ BAKANLIĞI",
                lab=("Soyadı / Surname", "Adı / Given names", "Uyruğu / Nationality", "Doğum tarihi / Date of birth",
                     "Cinsiyeti / Sex", "Doğum yeri / Place of birth", "Veriliş tarihi / Date of issue",
                     "Geçerlilik tarihi / Date of expiry", "Makam / Authority"), tint=(238, 228, 236), copy="staple",
                font="sans6"),
    "SUR": dict(state="REPUBLIEK SURINAME · CARICOM", title="PASPOORT / PASSPORT", nat="SURINAAMSE",
                date="dashes_zero", years=5, number=lambda r: "R" + _digits(r, 7),
                authority=lambda r: "CENTRAAL BUREAU VOOR BURGERZAKEN",
                lab=("Naam / Surname", "Voornamen / Given names", "Nationaliteit / Nationality",
                     "Geboortedatum / Date of birth", "Geslacht / Sex", "Geboorteplaats / Place of birth",
                     "Datum afgifte / Date of issue", "Geldig tot / Date of expiry", "Autoriteit / Authority"),
                tint=(236, 226, 232), copy="marker", font="condensed"),
}


def _pd6(d, style):
    if style == "abbr_en":
        return format_date(d, "abbr", "en").upper()
    if style == "passport_bi":
        return format_date(d, "passport_bi", "fr").upper()
    return format_date(d, style, "nl")


def _datapage6(cfg, person, rng, code, number, issue, expiry, lines) -> Sheet:
    """Data page 125 x 88 mm: photo left; each small label above its value, values in two columns; the number
    at the top right in red; a ghost image of the photo at the right edge."""
    W, H = 125.0, 88.0
    s = Sheet(W, H)
    s.rect(0, 0, W, H, width_mm=0, fill=cfg["tint"])
    for k in range(0, int(W), 3):
        s.rule(k, 0, k + 14, H - 20, width_mm=0.08, color=tuple(max(0, v - 10) for v in cfg["tint"]))
    f = cfg["font"]
    s.text(3.5, 2.6, cfg["state"], font=f, size_pt=6.4, bold=True, color=(40, 40, 60))
    s.text(3.5, 6.4, cfg["title"], font=f, size_pt=5.4, color=(60, 60, 80))
    s.text(W - 3.5, 2.6, number, font=f, size_pt=8, bold=True, anchor="right", color=(170, 30, 30))
    s.text(W - 3.5, 6.6, f"Type P   Code {code}", font=f, size_pt=4.8, anchor="right")
    s.photo(3.5, 12, 27, 35, rng)
    L = cfg["lab"]
    vals = [person.surname.upper(), person.given_names.upper(), cfg["nat"], _pd6(person.birth_date, cfg["date"]),
            person.sex, strip_accents(person.birth_place).upper(), _pd6(issue, cfg["date"]),
            _pd6(expiry, cfg["date"]), cfg["authority"](rng)]
    pos = [(34, 11), (34, 18), (34, 25), (34, 32), (96, 32), (34, 39), (34, 46), (80, 46), (34, 53)]
    for (x, y), lab, val in zip(pos, L, vals):
        s.text(x, y, lab, font=f, size_pt=3.9, color=(90, 80, 90))
        vs = 6.4
        lim = 56 if x == 34 and lab not in (L[6],) else 30
        while vs > 4.4 and text_width_mm(val, f, vs, True) > lim:
            vs -= 0.3
        s.text(x, y + 2.2, val, font=f, size_pt=vs, bold=True)
    s.signature(3.5, 50, 27, 8, rng, color=(20, 20, 40))
    ghost = Sheet(14, 18)
    ghost.photo(0, 0, 14, 18, rng)
    s.image(W - 18, 14, 14, 18, ghost.render(120).convert("L").point(lambda v: 150 + v // 3).convert("RGBA"),
            blend="multiply")
    size = 2.54 / 0.602 / (25.4 / 72)
    for i, ln in enumerate(lines):
        s.text(4.5, H - 12.5 + i * 4.3, ln, font="ocrb", size_pt=size, color=(10, 10, 10))
    return s


def _passport6(code: str):
    cfg = _PP6[code]

    def make(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, crop=False,
             annotate=None, number=None, **opts):
        issue, expiry = _dates(rng, issue_date, expiry_date, cfg["years"])
        number = number or cfg["number"](rng)
        md = _mrz_data(person, mrz_override)
        lines = M.td3(issuing=code, surname=md["surname"], given=md["given_names"],
                      number=md.get("number", number.replace(" ", "")), nationality=md["nationality"],
                      birth_date=md["birth_date"], sex=md["sex"], expiry=expiry, personal_number="",
                      break_check=break_check)
        page = _datapage6(cfg, person, rng, code, number, issue, expiry, lines)
        if crop:
            return [page]
        sh = Sheet()
        how = cfg["copy"]
        x, y = rng.uniform(20, 30), rng.uniform(22, 40)
        # the facing page (observations) above the data page, as the booklet lies open on the glass
        sh.rect(x, y, 125, 88, width_mm=0.2, color=(160, 160, 160), fill=tuple(min(255, v + 8) for v in cfg["tint"]))
        sh.text(x + 62, y + 40, "OBSERVATIONS", font=cfg["font"], size_pt=7, anchor="center", color=(150, 150, 150))
        sh.image(x, y + 90, 125, 88, page.render(300))
        if annotate:
            sh.handwriting(22, 272, annotate, rng, size_pt=12)
        if how == "staple":
            return [crooked_200(sh, rng)]
        if how == "reduced":
            return [reduced_copy(sh)]
        if how == "app":
            return [scan_app(sh)]
        if how == "marker":
            highlighter(sh, x + 33, y + 90 + 46 + 1.5, 44, 4.2)
        return [sh]

    return make


for _code, _lang, _note in [
        ("AFG", "en", "Afghan passport, labels above values, 200 dpi copy with a crooked staple shadow"),
        ("ERI", "en", "Eritrean passport, serif labels above values, copy reduced to 95 % on A4"),
        ("SYR", "en", "Syrian passport, mobile scanner app output, high contrast"),
        ("GIN", "fr/en", "Guinean passport, bilingual labels, the expiry line marked with a yellow highlighter"),
        ("CMR", "fr/en", "Cameroonian passport, bilingual labels, 200 dpi copy, staple shadow"),
        ("IRQ", "en", "Iraqi passport, scanner app output, geometric sans"),
        ("ARM", "en", "Armenian passport, authority as a code, copy reduced to 95 %"),
        ("TUR", "tr/en", "Turkish passport, Turkish/English labels above values, 200 dpi copy, staple shadow"),
        ("SUR", "nl/en", "Surinamese passport, Dutch/English labels above values, highlighter stroke")]:
    _register(f"passport-td3-{_code.lower()}-6", "identity-document", PART, _lang, _passport6(_code), country=_code,
              mrz="TD3", photo=True, notes=_note)


# --------------------------------------------------------------------------- Guinean biometric ID card

def idcard_gin_bio(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, **opts):
    """Guinean biometric national identity card, recto and verso copied side by side across the top of one sheet,
    the lawyer's 'copie conforme à l'original' and initials under it."""
    issue, expiry = _dates(rng, issue_date, expiry_date, 10)
    no = "GN" + _digits(rng, 7)
    md = _mrz_data(person, mrz_override)
    lines = M.td1(doc_code="ID", issuing="GIN", number=md.get("number", no), nationality=md["nationality"],
                  birth_date=md["birth_date"], sex=md["sex"], expiry=expiry, surname=md["surname"],
                  given=md["given_names"], break_check=break_check)
    f = Sheet(85.6, 54)
    f.rect(0, 0, 85.6, 54, width_mm=0, fill=(246, 238, 222))
    for k, col in enumerate([(206, 17, 38), (252, 209, 22), (0, 148, 96)]):
        f.rect(k * 4, 0, 4, 8, width_mm=0, fill=col)
    f.text(14, 1.5, "RÉPUBLIQUE DE GUINÉE", font="sans3", size_pt=6, bold=True)
    f.text(14, 4.8, "CARTE NATIONALE D'IDENTITÉ", font="sans3", size_pt=5)
    f.photo(3, 11, 22, 28, rng)
    for k, (lab, val) in enumerate([("NOM", person.surname.upper()), ("PRÉNOMS", person.given_names.upper()),
                                    ("DATE DE NAISSANCE", format_date(person.birth_date, "slashes", "fr")),
                                    ("LIEU DE NAISSANCE", strip_accents(person.birth_place).upper()),
                                    ("SEXE", person.sex), ("N°", no)]):
        f.text(28, 10 + k * 6.6, lab, font="sans3", size_pt=3.6, color=(110, 90, 70))
        f.text(28, 12.3 + k * 6.6, val, font="sans3", size_pt=5.6, bold=True)
    f.signature(3, 42, 22, 8, rng)
    b = Sheet(85.6, 54)
    b.rect(0, 0, 85.6, 54, width_mm=0, fill=(240, 240, 230))
    b.text(3, 3, f"Délivrée le {format_date(issue, 'slashes', 'fr')}", font="sans3", size_pt=5)
    b.text(3, 7, f"Expire le {format_date(expiry, 'slashes', 'fr')}", font="sans3", size_pt=5)
    b.text(3, 11, f"Père : {(person.father or '').upper()}", font="sans3", size_pt=5)
    b.text(3, 15, f"Mère : {(person.mother or '').upper()}", font="sans3", size_pt=5)
    b.text(3, 19, "Profession : —", font="sans3", size_pt=5)
    size = (78.0 / 30) / 0.602 / (25.4 / 72)
    for i, ln in enumerate(lines):
        b.text(3.5, 36 + i * 4.5, ln, font="ocrb", size_pt=size)
    sh = Sheet()
    y = rng.uniform(25, 40)
    sh.image(14, y, 88, 55.5, f.render(300))
    sh.image(108, y + rng.uniform(-1.5, 1.5), 88, 55.5, b.render(300))
    sh.text(20, y + 66, "Copie conforme à l'original", font="serif4", size_pt=9, italic=True)
    sh.signature(70, y + 62, 24, 9, rng, style="initials")
    return [sh]


_register("idcard-td1-gin-biometrique-recto-verso", "identity-document", PART, "fr", idcard_gin_bio, country="GIN",
          mrz="TD1", photo=True, notes="Guinean biometric ID card, recto and verso side by side, 'copie conforme'")


# --------------------------------------------------------------------------- Dutch residence card, scan app

def permit_nl_scanapp(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None,
                      purpose=None, v_number=None, **opts):
    """Dutch residence card photographed with a phone scanner app (front left, back right, high contrast),
    printed on A4 by the applicant; the app's page number at the foot."""
    issue, expiry, number, purpose, lines, vnr = nl_permit_data(person, rng, "TVWXYZ", issue_date, expiry_date,
                                                                break_check, mrz_override, purpose, v_number)
    f = Sheet(85.6, 54)
    f.rect(0, 0, 85.6, 54, width_mm=0, fill=(228, 234, 244))
    f.text(42.8, 2, "VERBLIJFSDOCUMENT / RESIDENCE DOCUMENT", font="sans6", size_pt=5, bold=True, anchor="center")
    f.photo(3, 9, 22, 28, rng)
    for k, (lab, val) in enumerate([("Naam", person.surname.upper()), ("Voornamen", person.given_names.upper()),
                                    ("Verblijfsvergunning regulier bepaalde tijd", purpose),
                                    ("Geldig tot", format_date(expiry, "dashes_zero", "nl")),
                                    ("Documentnummer", number)]):
        f.text(28, 8 + k * 7, lab, font="sans6", size_pt=3.8, color=(80, 80, 100))
        f.text(28, 10.4 + k * 7, val, font="sans6", size_pt=5.4, bold=True)
    b = Sheet(85.6, 54)
    b.rect(0, 0, 85.6, 54, width_mm=0, fill=(232, 236, 242))
    for k, (lab, val) in enumerate([("Geboortedatum", format_date(person.birth_date, "dashes_zero", "nl")),
                                    ("Nationaliteit", country_name(person.nationality, "nl")),
                                    ("V-nummer", vnr), ("Datum afgifte", format_date(issue, "dashes_zero", "nl"))]):
        b.text(3, 2 + k * 6.5, lab, font="sans6", size_pt=3.8, color=(80, 80, 100))
        b.text(3, 4.4 + k * 6.5, val, font="sans6", size_pt=5.4, bold=True)
    size = (78.0 / 30) / 0.602 / (25.4 / 72)
    for i, ln in enumerate(lines):
        b.text(3.5, 36 + i * 4.5, ln, font="ocrb", size_pt=size)
    sh = Sheet()
    sh.image(12, 30, 90, 56.8, f.render(300))
    sh.image(108, 30, 90, 56.8, b.render(300))
    sh.text(105, 287, "1 / 1", font="sans", size_pt=7, anchor="center", color=GREY)
    return [scan_app(sh)]


_register("permit-nl-scanapp-naast-elkaar", "identity-document", PART, "nl", permit_nl_scanapp, country="NLD",
          mrz="TD1", photo=True, notes="Dutch residence card, both sides side by side, phone scanner app output")


# --------------------------------------------------------------------------- civil status

def birth_gin_jugement(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Guinean 'jugement supplétif tenant lieu d'acte de naissance' of a court of first instance: the court's
    heading left, 'AU NOM DU PEUPLE DE GUINÉE', the witnesses' statements and the operative part ('PAR CES
    MOTIFS'), then the transcription note of the civil-status officer."""
    issued = _when(rng, issue_date, 30, 600)
    # a supplementary judgment is given when the birth was never declared: years later, shortly before the copy
    judged = issued - datetime.timedelta(days=rng.randint(20, 200))
    court = rng.choice(["Kaloum", "Dixinn", "Mafanco", "Kindia", "Labé"])
    fa, mo = father or person.father or "", mother or person.mother or ""
    sh = Sheet()
    for k, ln in enumerate(["RÉPUBLIQUE DE GUINÉE", "Travail – Justice – Solidarité", "————",
                            "COUR D'APPEL DE CONAKRY", f"TRIBUNAL DE PREMIÈRE INSTANCE DE {court.upper()}"]):
        sh.text(20, 12 + k * 4.6, ln, font="serif7", size_pt=8.5, bold=k in (0, 4))
    sh.text(190, 14, f"Jugement n° {rng.randint(100, 9999)}", font="serif7", size_pt=9, anchor="right")
    sh.text(190, 19, f"du {format_date(judged, 'dots', 'fr')}", font="serif7", size_pt=9, anchor="right")
    sh.text(105, 42, "JUGEMENT SUPPLÉTIF", font="serif7", size_pt=14, bold=True, anchor="center")
    sh.text(105, 49, "TENANT LIEU D'ACTE DE NAISSANCE", font="serif7", size_pt=11, bold=True, anchor="center")
    sh.text(105, 57, "AU NOM DU PEUPLE DE GUINÉE", font="serif7", size_pt=9.5, anchor="center")
    born = "née" if person.sex == "F" else "né"
    txt = (f"Le Tribunal, statuant publiquement en matière civile, sur la requête de {fa or 'la famille'}, tendant à "
           f"l'obtention d'un jugement supplétif tenant lieu d'acte de naissance ; ouï les témoins qui ont déclaré "
           f"sous serment avoir connaissance que {person.surname.upper()} {person.given_names} est {born} le "
           f"{_date_words(person.birth_date)} à {person.birth_place}, de {fa} et de {mo} ; attendu que la naissance "
           f"n'a pas été déclarée dans les délais légaux ;")
    y = sh.paragraph(22, 66, 166, txt, font="serif7", size_pt=10, leading=1.6, align="justify")
    sh.text(22, y + 4, "PAR CES MOTIFS", font="serif7", size_pt=10.5, bold=True)
    txt2 = (f"Déclare que {person.surname.upper()} {person.given_names}, de sexe "
            f"{'féminin' if person.sex == 'F' else 'masculin'}, est {born} le "
            f"{format_date(person.birth_date, 'long', 'fr')} à {person.birth_place} ; ordonne la transcription du "
            f"présent jugement dans les registres de l'état civil de l'année en cours.")
    y = sh.paragraph(22, y + 11, 166, txt2, font="serif7", size_pt=10, leading=1.6, align="justify")
    sh.text(22, y + 8, f"Pour expédition conforme, {court}, le {format_date(issued, 'dots', 'fr')}", font="serif7",
            size_pt=9.5)
    sh.text(130, y + 15, "Le Greffier en Chef", font="serif7", size_pt=9.5)
    sh.signature(130, y + 20, 40, 13, rng)
    sh.stamp(85, y + 14, ["TRIBUNAL DE PREMIÈRE INSTANCE", "GREFFE", court.upper()], rng, size_mm=30,
             color=(30, 60, 140))
    sh.rect(22, y + 40, 60, 22, width_mm=0.3)
    sh.text(24, y + 42, "Transcrit le", font="serif7", size_pt=8)
    sh.handwriting(24, y + 47, format_date(issued - datetime.timedelta(days=rng.randint(3, 15)), "slashes", "fr"),
                   rng, size_pt=11)
    sh.text(24, y + 55, "L'Officier de l'état civil", font="serif7", size_pt=7.5)
    return [sh]


def birth_cmr_hand_form(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Cameroonian birth act on the old bilingual register form (French left, English in italics below each
    label), the entries filled in by hand with a ballpoint, numbered boxes 1–12, the mayor's round stamp."""
    act = act_date or person.birth_date + datetime.timedelta(days=rng.randint(3, 30))
    issued = _when(rng, issue_date, 30, 600)
    centre = rng.choice(["Bafoussam Ier", "Bamenda II", "Garoua Ier", "Ebolowa", "Kribi"])
    ink = rng.choice([(25, 35, 120), (20, 20, 30)])
    hf = rng.choice(["hand1", "hand2", "hand4"])
    sh = Sheet(paper="grey")
    sh.text(20, 10, "RÉPUBLIQUE DU CAMEROUN", font="serif3", size_pt=8.5, bold=True)
    sh.text(20, 14, "REPUBLIC OF CAMEROON", font="serif3", size_pt=8.5, italic=True)
    sh.text(190, 10, f"Centre d'état civil de {centre}", font="serif3", size_pt=8.5, anchor="right")
    sh.text(190, 14, "Civil status registration centre", font="serif3", size_pt=8, anchor="right")
    sh.text(105, 26, "ACTE DE NAISSANCE / BIRTH CERTIFICATE", font="serif3", size_pt=12.5, bold=True, anchor="center")
    sh.text(105, 33, f"N° {rng.randint(10, 999)}/{act.year}", font="serif3", size_pt=9, anchor="center")
    rows = [("Nom de l'enfant", "Surname of child", person.surname.upper()),
            ("Prénoms de l'enfant", "Given names of child", person.given_names),
            ("Né le", "Born on", format_date(person.birth_date, "long", "fr")),
            ("À", "At", person.birth_place),
            ("De sexe", "Sex", "féminin" if person.sex == "F" else "masculin"),
            ("De", "Of (father)", father or person.father or ""),
            ("Et de", "And of (mother)", mother or person.mother or ""),
            ("Dressé le", "Drawn up on", format_date(act, "dots", "fr")),
            ("Sur la déclaration de", "On the declaration of", father or person.father or "le père")]
    y = 42
    for k, (fr, en, val) in enumerate(rows, 1):
        sh.rect(18, y, 8, 14, width_mm=0.25)
        sh.text(22, y + 4.5, str(k), font="serif3", size_pt=9, anchor="center")
        sh.rect(26, y, 56, 14, width_mm=0.25)
        sh.rect(82, y, 110, 14, width_mm=0.25)
        sh.text(28, y + 2, fr, font="serif3", size_pt=8.5)
        sh.text(28, y + 7, en, font="serif3", size_pt=7.5, italic=True, color=GREY)
        sh.handwriting(85, y + 3.5, val, rng, size_pt=12, color=ink, font=hf)
        y += 14
    sh.text(20, y + 8, "Certifié conforme au registre / Certified true copy of the register", font="serif3",
            size_pt=8.5)
    sh.handwriting(20, y + 14, f"{centre.split()[0]}, le {format_date(issued, 'dots', 'fr')}", rng, size_pt=11,
                   color=ink, font=hf)
    sh.text(130, y + 8, "L'Officier d'état civil", font="serif3", size_pt=8.5)
    sh.signature(130, y + 13, 40, 13, rng, color=ink)
    sh.stamp(95, y + 10, ["COMMUNE DE " + centre.upper(), "ÉTAT CIVIL", "CAMEROUN"], rng, size_mm=28,
             color=(110, 40, 120))
    return [sh]


def birth_tur_vukuatli(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Turkish 'Vukuatlı Nüfus Kayıt Örneği' (family register extract with events), printed in landscape: one row
    per household member under the column heads, the events under it, a verification code at the foot."""
    issued = _when(rng, issue_date, 10, 300)
    il = rng.choice(["KONYA", "SİVAS", "ADANA", "TRABZON", "BURSA"])
    sh = Sheet(297, 210)
    f = "narrow"
    sh.text(148, 10, "T.C. İÇİŞLERİ BAKANLIĞI NÜFUS VE VATANDAŞLIK İŞLERİ GENEL MÜDÜRLÜĞÜ", font=f, size_pt=10,
            bold=True, anchor="center")
    sh.text(148, 16, "VUKUATLI NÜFUS KAYIT ÖRNEĞİ", font=f, size_pt=12, bold=True, anchor="center")
    sh.text(14, 24, f"İl: {il}   İlçe: MERKEZ   Mahalle/Köy: {rng.choice(['CUMHURİYET', 'YENİ', 'FATİH'])}   "
            f"Cilt No: {rng.randint(10, 200)}   Hane No: {rng.randint(1, 900)}", font=f, size_pt=8.5)
    cols = [("S.No", 12), ("C", 8), ("T.C. Kimlik No", 28), ("Adı", 28), ("Soyadı", 30), ("Baba Adı", 24),
            ("Ana Adı", 24), ("Doğum Yeri ve Tarihi", 48), ("Medeni Hali", 20), ("Din", 10), ("Olaylar ve Tarihleri", 37)]
    x0, y = 12, 32
    x = x0
    for t, w in cols:
        sh.rect(x, y, w, 9, width_mm=0.25, fill=(226, 226, 226))
        sh.text(x + 1, y + 2.5, t, font=f, size_pt=7, bold=True)
        x += w
    y += 9
    fa = (father or person.father or "").split(" ")[0].upper()
    mo = (mother or person.mother or "").split(" ")[0].upper()
    me = ["2", "E" if person.sex == "M" else "K", "1" + _digits(rng, 10), person.given_names.upper(),
          person.surname.upper(), fa, mo,
          f"{strip_accents(person.birth_place).upper()} {format_date(person.birth_date, 'dots', 'nl')}", "BEKAR",
          "", "—"]
    dad = ["1", "E", "1" + _digits(rng, 10), fa, person.surname.upper(), "", "", f"{il} {rng.randint(1950, 1975)}",
           "EVLİ", "", "EVLENME"]
    for row in (dad, me):
        x = x0
        for (t, w), v in zip(cols, row):
            sh.rect(x, y, w, 8, width_mm=0.2)
            sh.text(x + 1, y + 2, v, font=f, size_pt=7.5)
            x += w
        y += 8
    sh.paragraph(12, y + 8, 270, "Bu belge 5070 sayılı Elektronik İmza Kanunu gereğince güvenli elektronik imza ile "
                 "imzalanmıştır. Doğrulama: barkod numarası ile yapılabilir.", font=f, size_pt=8)
    sh.text(12, y + 20, f"Belge Tarihi: {format_date(issued, 'dots', 'nl')}   Doğrulama Kodu: "
            f"{_digits(rng, 4)}-{_digits(rng, 4)}-{_digits(rng, 4)}", font=f, size_pt=8.5)
    for k in range(60):
        sh.rect(230 + k * 0.9, y + 18, 0.5 if k % 3 else 0.9, 10, width_mm=0, fill=(0, 0, 0))
    return [sh]


def birth_be_bruxelles_bilingue(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Bilingual extract of a Brussels commune: French and Dutch labels side by side in one table, the commune's
    arms as a grey square, the officer's facsimile signature."""
    issued = _when(rng, issue_date, 10, 300)
    act = act_date or person.birth_date + datetime.timedelta(days=rng.randint(1, 8))
    commune = rng.choice([("Schaerbeek", "Schaarbeek"), ("Anderlecht", "Anderlecht"), ("Forest", "Vorst"),
                          ("Molenbeek-Saint-Jean", "Sint-Jans-Molenbeek"), ("Ixelles", "Elsene")])
    sh = Sheet()
    f = "serif6"
    sh.rect(20, 12, 14, 16, width_mm=0, fill=(150, 150, 150))
    sh.text(40, 12, f"Commune de {commune[0]} – Gemeente {commune[1]}", font=f, size_pt=11.5, bold=True)
    sh.text(40, 18.5, "État civil – Burgerlijke stand", font=f, size_pt=9)
    sh.text(105, 40, "EXTRAIT D'ACTE DE NAISSANCE", font=f, size_pt=13, bold=True, anchor="center")
    sh.text(105, 46.5, "UITTREKSEL UIT DE AKTE VAN GEBOORTE", font=f, size_pt=10, anchor="center")
    rows = [("Nom", "Naam", person.surname.upper()), ("Prénoms", "Voornamen", person.given_names),
            ("Sexe", "Geslacht", "F" if person.sex == "F" else "M"),
            ("Né(e) le", "Geboren op", format_date(person.birth_date, "dots", "fr")),
            ("à", "te", person.birth_place), ("Père", "Vader", father or person.father or ""),
            ("Mère", "Moeder", mother or person.mother or ""),
            ("Acte n° / dressé le", "Akte nr. / opgemaakt op", f"{_digits(rng, 3)} – {format_date(act, 'dots', 'fr')}")]
    y = 58
    for fr, nl, val in rows:
        sh.rect(20, y, 40, 9, width_mm=0.2, fill=(246, 246, 246))
        sh.rect(60, y, 40, 9, width_mm=0.2, fill=(246, 246, 246))
        sh.rect(100, y, 90, 9, width_mm=0.2)
        sh.text(22, y + 2.3, fr, font=f, size_pt=9)
        sh.text(62, y + 2.3, nl, font=f, size_pt=9, italic=True)
        sh.text(102, y + 2.2, val, font=f, size_pt=10)
        y += 9
    sh.text(20, y + 10, f"Délivré à {commune[0]} le / Afgeleverd te {commune[1]} op {format_date(issued, 'dots', 'fr')}",
            font=f, size_pt=9.5)
    sh.text(130, y + 18, "L'Officier de l'état civil", font=f, size_pt=9)
    sh.text(130, y + 22, "De ambtenaar van de burgerlijke stand", font=f, size_pt=8, italic=True)
    sh.signature(130, y + 27, 40, 12, rng, color=(10, 10, 10))
    return [sh]


_register("birth-gin-jugement-suppletif", "birth-certificate", PART, "fr", birth_gin_jugement, country="GIN",
          notes="Guinean court's jugement supplétif standing in for a birth act, date of birth in words, "
                "transcription box")
_register("birth-cmr-formulaire-manuscrit", "birth-certificate", PART, "fr", birth_cmr_hand_form, country="CMR",
          notes="Cameroonian birth act on the old bilingual register form, entries handwritten, numbered boxes")
_register("birth-tur-vukuatli-liggend", "birth-certificate", PART, "tr", birth_tur_vukuatli, country="TUR",
          notes="Turkish family-register extract with events, landscape table, verification code and barcode")
_register("birth-be-bruxelles-bilingue", "birth-certificate", PART, "fr", birth_be_bruxelles_bilingue,
          country="BEL", notes="Brussels commune's bilingual birth extract, French and Dutch label columns")


# --------------------------------------------------------------------------- nationality certificates

def _nationality6(country: str):
    def make(person, rng, *, issue_date=None, **opts):
        issued = _when(rng, issue_date, 30, 600)
        sh = Sheet()
        f = "serif5" if country == "GIN" else "typewriter"
        if country == "GIN":
            head = ["RÉPUBLIQUE DE GUINÉE", "MINISTÈRE DE LA JUSTICE",
                    f"TRIBUNAL DE PREMIÈRE INSTANCE DE {rng.choice(['DIXINN', 'KALOUM', 'N’ZÉRÉKORÉ']).upper()}"]
            nat, who, place = "guinéenne", "Le Président du Tribunal", "Conakry"
            stamp = ["RÉPUBLIQUE DE GUINÉE", "TPI", "LE PRÉSIDENT"]
        else:
            head = ["RÉPUBLIQUE DU CAMEROUN – Paix – Travail – Patrie", "COUR D'APPEL DE L'OUEST",
                    "TRIBUNAL DE PREMIÈRE INSTANCE DE BAFOUSSAM"]
            nat, who, place = "camerounaise", "Le Président du Tribunal", "Bafoussam"
            stamp = ["TRIBUNAL DE PREMIÈRE INSTANCE", "BAFOUSSAM", "CAMEROUN"]
        for k, ln in enumerate(head):
            sh.text(20, 12 + k * 5, ln, font=f, size_pt=9, bold=k == 0)
        # the fiscal stamp stuck at the top right, cancelled with the court's date stamp
        sh.rect(160, 10, 28, 34, width_mm=0.4, fill=(230, 210, 180))
        sh.text(174, 14, "TIMBRE", font="sans", size_pt=7, bold=True, anchor="center")
        sh.text(174, 19, "FISCAL", font="sans", size_pt=7, bold=True, anchor="center")
        sh.text(174, 30, f"{rng.choice(['1 000', '1 500', '5 000'])} {'GNF' if country == 'GIN' else 'FCFA'}",
                font="sans", size_pt=7, anchor="center")
        sh.stamp(152, 18, [format_date(issued, "dots", "fr")], rng, shape="oval", size_mm=22, color=(60, 60, 60))
        sh.text(105, 52, "CERTIFICAT DE NATIONALITÉ", font=f, size_pt=14, bold=True, anchor="center")
        sh.text(105, 59, f"N° {rng.randint(100, 9999)}/{issued.year}/TPI", font=f, size_pt=9, anchor="center")
        body = (f"{who}, vu les articles du Code de la nationalité, vu les pièces produites (jugement ou acte de "
                f"naissance, certificat de nationalité du père), certifie que : {person.surname.upper()} "
                f"{person.given_names}, né{'e' if person.sex == 'F' else ''} le "
                f"{format_date(person.birth_date, 'dots', 'fr')} à {person.birth_place}, de {person.father or '...'} "
                f"et de {person.mother or '...'}, est de nationalité {nat}.")
        y = sh.paragraph(25, 72, 160, body, font=f, size_pt=10.5, leading=1.7, align="justify")
        sh.text(25, y + 10, f"En foi de quoi le présent certificat lui est délivré pour servir et valoir ce que de "
                            f"droit.", font=f, size_pt=9.5)
        sh.text(25, y + 18, f"{place}, le {format_date(issued, 'long', 'fr')}", font=f, size_pt=10)
        sh.text(120, y + 28, who, font=f, size_pt=10)
        sh.signature(120, y + 33, 40, 13, rng)
        sh.stamp(70, y + 26, stamp, rng, size_mm=30, color=(30, 50, 120))
        return [sh]

    return make


_register("nationality-gin-tpi-timbre-fiscal", "nationality-certificate", PART, "fr", _nationality6("GIN"),
          country="GIN", notes="Guinean court's certificate of nationality, fiscal stamp cancelled top right")
_register("nationality-cmr-bafoussam-dactylo", "nationality-certificate", PART, "fr", _nationality6("CMR"),
          country="CMR", notes="Cameroonian certificate of nationality typed on a typewriter, fiscal stamp")


# --------------------------------------------------------------------------- identity certificates

def idcert_gin_card(person, rng, *, issue_date=None, declarative=False, **opts):
    """Guinean embassy's identity attestation printed as a card-sized block in the upper half of the sheet
    (photo right, fields left), the basis and the consul's signature below it."""
    issued = _when(rng, issue_date, 20, 400)
    sh = Sheet()
    sh.text(20, 12, "AMBASSADE DE LA RÉPUBLIQUE DE GUINÉE", font="sans5", size_pt=10.5, bold=True)
    sh.text(20, 17.5, "Bruxelles – Service consulaire", font="sans5", size_pt=8.5, color=GREY)
    sh.rect(20, 28, 170, 84, width_mm=0.6, fill=(248, 244, 232))
    sh.text(26, 32, "ATTESTATION D'IDENTITÉ", font="sans5", size_pt=13, bold=True)
    sh.text(26, 38.5, f"N° {rng.randint(100, 999)}/AMBAGUI/BXL/{issued.year}", font="sans5", size_pt=8)
    sh.photo(150, 36, 32, 40, rng)
    sh.stamp(140, 64, ["AMBASSADE DE GUINÉE", "BRUXELLES"], rng, size_mm=22, color=(30, 100, 60))
    rows = [("Nom", person.surname.upper()), ("Prénoms", person.given_names),
            ("Date et lieu de naissance", f"{format_date(person.birth_date, 'dots', 'fr')} – {person.birth_place}"),
            ("Nationalité", "guinéenne"), ("Filiation", f"{person.father or ''} / {person.mother or ''}")]
    y = 48
    for lab, val in rows:
        sh.text(26, y, lab, font="sans5", size_pt=7.5, color=GREY)
        sh.text(26, y + 3.4, val[:54], font="sans5", size_pt=10, bold=True)
        y += 11.5
    basis = ("La présente attestation est établie sur la base des seules déclarations de l'intéressé(e)."
             if declarative else "Établie au vu de l'extrait d'acte de naissance et de la carte consulaire de "
                                 "l'intéressé(e), inscrit(e) au registre de l'Ambassade.")
    y = sh.paragraph(20, 122, 170, basis, font="sans5", size_pt=10, leading=1.45)
    sh.text(20, y + 8, f"Fait à Bruxelles, le {format_date(issued, 'long', 'fr')}", font="sans5", size_pt=10)
    sh.text(125, y + 18, "Le Consul", font="sans5", size_pt=10)
    sh.signature(125, y + 23, 40, 13, rng)
    sh.stamp(150, y + 14, ["AMBASSADE DE GUINÉE", "SERVICE CONSULAIRE", "BRUXELLES"], rng, size_mm=28,
             color=(30, 100, 60))
    return [sh]


def idcert_cmr_typed(person, rng, *, issue_date=None, declarative=False, **opts):
    """Cameroonian embassy's identity attestation typed as a letter, the photo stapled on at the top left (its
    staple's shadow across the photo's corner) and stamped half on the photo, half on the paper."""
    issued = _when(rng, issue_date, 20, 400)
    sh = Sheet()
    f = "typewriter2"
    sh.text(190, 12, "RÉPUBLIQUE DU CAMEROUN", font="serif3", size_pt=9.5, bold=True, anchor="right")
    sh.text(190, 17, "Paix – Travail – Patrie", font="serif3", size_pt=8, italic=True, anchor="right")
    sh.text(190, 22, "AMBASSADE DU CAMEROUN À BRUXELLES", font="serif3", size_pt=9, anchor="right")
    sh.text(190, 27, "Avenue Brugmann 131-133, 1190 Bruxelles", font="serif3", size_pt=7.5, anchor="right",
            color=GREY)
    sh.photo(20, 14, 30, 38, rng)
    staple_shadow(sh, 16, 10, rng.uniform(-50, -30))
    sh.stamp(36, 36, ["AMBASSADE DU CAMEROUN", "BRUXELLES"], rng, size_mm=22, color=(90, 40, 120))
    sh.text(105, 64, "ATTESTATION D'IDENTITÉ", font=f, size_pt=14, bold=True, anchor="center")
    sh.text(105, 71, f"N° {rng.randint(100, 999)}/AMBACAM/BXL/SC/{issued.year}", font=f, size_pt=9, anchor="center")
    basis = ("sur la base de ses seules déclarations" if declarative else
             "au vu de son acte de naissance et de son inscription au registre consulaire")
    body = (f"L'Ambassadeur de la République du Cameroun en Belgique atteste, {basis}, que "
            f"{person.surname.upper()} {person.given_names}, né{'e' if person.sex == 'F' else ''} le "
            f"{format_date(person.birth_date, 'long', 'fr')} à {person.birth_place}, fils/fille de "
            f"{person.father or '...'} et de {person.mother or '...'}, est de nationalité camerounaise, et que la "
            f"photographie ci-dessus est bien la sienne.")
    y = sh.paragraph(22, 82, 166, body, font=f, size_pt=10.5, leading=1.6, align="justify")
    sh.text(22, y + 8, "En foi de quoi la présente attestation lui est délivrée pour servir et valoir ce que de droit.",
            font=f, size_pt=9.5)
    sh.text(22, y + 18, f"Bruxelles, le {format_date(issued, 'dots', 'fr')}", font=f, size_pt=10)
    sh.text(120, y + 28, "P/ l'Ambassadeur, le Consul", font=f, size_pt=10)
    sh.signature(122, y + 33, 40, 13, rng)
    sh.stamp(90, y + 26, ["AMBASSADE DU CAMEROUN", "SECTION CONSULAIRE", "BRUXELLES"], rng, size_mm=28,
             color=(90, 40, 120))
    return [sh]


_register("idcert-gin-ambassade-cadre-carte", "identity-certificate", PART, "fr", idcert_gin_card, country="GIN",
          photo=True, notes="Guinean embassy's identity attestation laid out as a framed card, photo right")
_register("idcert-cmr-ambassade-photo-agrafee", "identity-certificate", PART, "fr", idcert_cmr_typed,
          country="CMR", photo=True, notes="Cameroonian embassy's typed identity attestation, photo stapled on and "
                                           "stamped across")


# --------------------------------------------------------------------------- marriage

def marriage_cmr_hand(person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    """Cameroonian marriage act on the bilingual register form, filled in by hand, both spouses in rows."""
    issued = _when(rng, issue_date, 20, 300)
    wed = marriage_date or (issued - datetime.timedelta(days=900))
    q = spouse
    h, w = (person, q) if person.sex == "M" else (q, person)
    ink = (25, 35, 120)
    sh = Sheet(paper="grey")
    sh.text(20, 10, "RÉPUBLIQUE DU CAMEROUN / REPUBLIC OF CAMEROON", font="serif3", size_pt=8.5, bold=True)
    centre = rng.choice(["Douala IIIe", "Yaoundé VIe", "Bafoussam Ier"])
    sh.text(190, 10, f"Centre d'état civil de {centre}", font="serif3", size_pt=8.5, anchor="right")
    sh.text(105, 24, "ACTE DE MARIAGE / MARRIAGE CERTIFICATE", font="serif3", size_pt=12.5, bold=True,
            anchor="center")
    sh.text(105, 31, f"N° {rng.randint(10, 900)}/{wed.year}", font="serif3", size_pt=9, anchor="center")
    rows = [("Le / On", format_date(wed, "long", "fr")),
            ("Époux / Husband", f"{h.surname.upper()} {h.given_names}" if h else ""),
            ("Né le / Born on", f"{format_date(h.birth_date, 'dots', 'fr')} à {h.birth_place}" if h else ""),
            ("Épouse / Wife", f"{w.surname.upper()} {w.given_names}" if w else ""),
            ("Née le / Born on", f"{format_date(w.birth_date, 'dots', 'fr')} à {w.birth_place}" if w else ""),
            ("Régime / Regime", rng.choice(["monogamie – communauté des biens", "monogamie – séparation des biens"]))]
    y = 42
    for lab, val in rows:
        sh.rect(18, y, 60, 14, width_mm=0.25)
        sh.rect(78, y, 114, 14, width_mm=0.25)
        sh.text(20, y + 4, lab, font="serif3", size_pt=8.5)
        sh.handwriting(81, y + 3.5, val, rng, size_pt=11.5, color=ink, font="hand1")
        y += 14
    sh.text(20, y + 10, f"Pour copie certifiée conforme, le {format_date(issued, 'dots', 'fr')}", font="serif3",
            size_pt=9)
    sh.signature(125, y + 16, 40, 13, rng, color=ink)
    sh.stamp(90, y + 12, ["COMMUNE DE " + centre.upper(), "ÉTAT CIVIL"], rng, size_mm=28, color=(110, 40, 120))
    return [sh]


def marriage_be_bruxelles(person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    """Brussels commune's bilingual marriage extract, the spouses one under the other in a ruled list."""
    issued = _when(rng, issue_date, 20, 300)
    wed = marriage_date or (issued - datetime.timedelta(days=800))
    commune = rng.choice([("Saint-Gilles", "Sint-Gillis"), ("Etterbeek", "Etterbeek"), ("Evere", "Evere")])
    sh = Sheet()
    f = "serif6"
    sh.text(20, 12, f"Commune de {commune[0]} – Gemeente {commune[1]}", font=f, size_pt=11.5, bold=True)
    sh.text(20, 18.5, "État civil – Burgerlijke stand", font=f, size_pt=9)
    sh.text(105, 36, "EXTRAIT D'ACTE DE MARIAGE", font=f, size_pt=13, bold=True, anchor="center")
    sh.text(105, 42.5, "UITTREKSEL UIT DE HUWELIJKSAKTE", font=f, size_pt=10, anchor="center")
    sh.text(105, 50, f"Célébré le / Voltrokken op {format_date(wed, 'dots', 'fr')}", font=f, size_pt=10,
            anchor="center")
    y = 62
    for k, p in enumerate((person, spouse)):
        sh.text(20, y, f"{k + 1}. Conjoint / Echtgeno(o)t(e)", font=f, size_pt=10, bold=True)
        y += 7
        if p is None:
            continue
        for a, b in [("Nom / Naam", p.surname.upper()), ("Prénoms / Voornamen", p.given_names),
                     ("Né(e) le / Geboren op", format_date(p.birth_date, "dots", "fr")),
                     ("à / te", p.birth_place), ("Nationalité / Nationaliteit", country_name(p.nationality, "fr"))]:
            sh.text(26, y, a, font=f, size_pt=9, color=GREY)
            sh.text(90, y, b, font=f, size_pt=10)
            sh.rule(26, y + 5, 190, y + 5, width_mm=0.1, color=(200, 200, 200))
            y += 6.5
        y += 4
    sh.text(20, y + 6, f"Délivré le / Afgeleverd op {format_date(issued, 'dots', 'fr')}", font=f, size_pt=9.5)
    sh.signature(130, y + 12, 40, 12, rng, color=(10, 10, 10))
    return [sh]


_register("marriage-cmr-formulaire-manuscrit", "marriage-certificate", PART, "fr", marriage_cmr_hand, country="CMR",
          notes="Cameroonian marriage act on the bilingual register form, handwritten entries")
_register("marriage-be-bruxelles-bilingue", "marriage-certificate", PART, "fr", marriage_be_bruxelles,
          country="BEL", notes="Brussels commune's bilingual marriage extract, spouses one under the other")


# --------------------------------------------------------------------------- sworn translations

_SRC6 = {"tr": ("turc", "Turks"), "es": ("espagnol", "Spaans"), "ar": ("arabe", "Arabisch"), "ru": ("russe", "Russisch")}
_WHAT6 = {"birth-certificate": ("extrait du registre de la population", "uittreksel uit het bevolkingsregister"),
          "identity-document": ("document d'identité", "identiteitsdocument")}


def _translation6(where: str):
    def make(person, rng, *, issue_date=None, of_type="birth-certificate", source_lang=None, **opts):
        issued = _when(rng, issue_date, 5, 60)
        src = _SRC6.get(source_lang or "tr", (source_lang or "tr", source_lang or "tr"))
        what = _WHAT6.get(of_type, (of_type, of_type))
        facts = (person.surname.upper(), person.given_names, format_date(person.birth_date, "dots", "nl"),
                 person.birth_place, person.father or "", person.mother or "")
        sh = Sheet()
        if where == "namur":
            g, s, _ = make_professional(rng, "BE")
            f = "serif4"
            sh.text(20, 12, f"{g} {s.upper()}", font=f, size_pt=11, bold=True)
            sh.text(20, 17.5, "Traducteur-interprète juré près le Tribunal de première instance de Namur", font=f,
                    size_pt=8.5, color=GREY)
            sh.text(105, 36, f"TRADUCTION DU {src[0].upper()} – {what[0].upper()}", font=f, size_pt=11.5, bold=True,
                    anchor="center")
            labels = ("Nom", "Prénom", "Date de naissance", "Lieu de naissance", "Nom du père", "Nom de la mère")
            y = 50
            sh.text(26, y, "[en-tête : armoiries] République de Turquie – Direction générale de la population",
                    font=f, size_pt=9, italic=True)
            y += 10
            for lab, val in zip(labels, facts):
                sh.text(26, y, f"{lab} :", font=f, size_pt=10.5)
                sh.text(80, y, val, font=f, size_pt=10.5)
                y += 7
            sh.text(26, y + 4, "[cachet et signature électronique illisibles]", font=f, size_pt=9, italic=True)
            oath = ("Je soussigné, traducteur juré, certifie que la présente traduction est conforme à l'original "
                    f"rédigé en langue {src[0]} qui m'a été présenté.")
            y = sh.paragraph(26, y + 16, 160, oath, font=f, size_pt=10, leading=1.4)
            sh.text(26, y + 8, f"Namur, le {format_date(issued, 'dots', 'fr')}", font=f, size_pt=10)
            sh.signature(26, y + 13, 40, 13, rng)
            sh.stamp(100, y + 6, [f"{g} {s}".upper(), "TRADUCTEUR JURÉ", "NAMUR"], rng, shape="rect", size_mm=34,
                     color=(30, 30, 140))
        else:
            g, s, _ = make_professional(rng, "NL")
            f = "sans2"
            sh.text(20, 12, f"Vertaalbureau {s} – Amsterdam", font=f, size_pt=11, bold=True)
            sh.text(20, 17.5, f"beëdigd vertaler {src[1]}-Nederlands · Wbtv-nummer {_digits(rng, 5)}", font=f,
                    size_pt=8.5, color=GREY)
            sh.text(20, 34, f"Vertaling van een {what[1]} uit het {src[1]}", font=f, size_pt=12, bold=True)
            labels = ("Achternaam¹", "Voornaam", "Geboortedatum", "Geboorteplaats", "Vader", "Moeder")
            y = 46
            for lab, val in zip(labels, facts):
                sh.rect(20, y, 55, 8, width_mm=0.2)
                sh.rect(75, y, 115, 8, width_mm=0.2)
                sh.text(22, y + 2, lab, font=f, size_pt=10)
                sh.text(77, y + 2, val, font=f, size_pt=10)
                y += 8
            sh.text(20, y + 4, "¹ In het origineel: 'Soyadı'.", font=f, size_pt=8, color=GREY)
            oath = ("Ondergetekende, beëdigd vertaler, verklaart dat het voorgaande een getrouwe en volledige "
                    f"vertaling is van het hem/haar getoonde document in de {src[1]}e taal.")
            y = sh.paragraph(20, y + 14, 170, oath, font=f, size_pt=10, leading=1.4)
            sh.text(20, y + 8, f"Amsterdam, {format_date(issued, 'long', 'nl')}", font=f, size_pt=10)
            sh.signature(20, y + 13, 40, 13, rng)
            sh.stamp(90, y + 6, [f"{g[0]}. {s}".upper(), "BEËDIGD VERTALER", "AMSTERDAM"], rng, size_mm=30,
                     color=(140, 30, 30))
        return [sh]

    return make


# the Belgian one first: 9ter takes the part's first translation family, the IND the Dutch (NLD) one
_register("translation-be-fr-namur-fac-simile", "translation", PART, "fr", _translation6("namur"), country="BEL",
          notes="Namur sworn translator, the original's layout described in brackets, rectangular stamp")
_register("translation-nl-amsterdam-voetnoot", "translation", PART, "nl", _translation6("amsterdam"), country="NLD",
          notes="Amsterdam sworn translator's table with a footnote on the original term, round red stamp")
