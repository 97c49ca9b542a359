"""Identity and civil-status families of the `fresh` part (registered in identity.FAMILIES).

Written after dev and heldout, by a writer who did not see the validator: other issuing bodies, newer
document models, other copy habits (a booklet copied sideways, a card copied front and back, an
e-Devlet print, DABS extracts of Belgian municipalities).  Same calling convention as identity.py.
"""
from __future__ import annotations

import datetime
import random

from . import mrz as M
from .identity import _dates, _digits, _mrz_data, _num_letters, _register, _when
from .paper import Sheet, text_width_mm
from .people import country_name, format_date, make_professional, nationality_adj, strip_accents

PART = "fresh"

# --------------------------------------------------------------------------- passports (TD3), new models

_PP = {
    "ARM": dict(state="REPUBLIC OF ARMENIA", title="PASSPORT", nat="ARMENIAN", date="abbr_en",
                number=lambda r: "A" + _num_letters(r, 1, 7), authority=lambda r: r.choice(["051", "063", "MFA 901"]),
                labels=["Type", "Code", "Passport No.", "1. Surname", "2. Given names", "3. Nationality",
                        "4. Date of birth", "5. Sex", "6. Place of birth", "7. Date of issue", "8. Date of expiry",
                        "9. Authority"], personal=lambda r: _digits(r, 10), years=10, tint=(232, 226, 240)),
    "COD": dict(state="RÉPUBLIQUE DÉMOCRATIQUE DU CONGO", title="PASSEPORT BIOMÉTRIQUE / BIOMETRIC PASSPORT",
                nat="CONGOLAISE/COD", date="slashes", number=lambda r: "OB" + _digits(r, 7),
                authority=lambda r: r.choice(["DGM KINSHASA", "CONSULAT GÉNÉRAL BRUXELLES"]),
                labels=["Type", "Code", "N° / No.", "Nom / Surname", "Post-nom, prénom / Given names",
                        "Nationalité / Nationality", "Né(e) le / Date of birth", "Sexe / Sex",
                        "Lieu de naissance / Place of birth", "Délivré le / Issued", "Expire le / Expiry",
                        "Autorité / Authority"], personal=None, years=5, tint=(226, 236, 248)),
    "TUR": dict(state="TÜRKİYE CUMHURİYETİ", title="PASAPORT / PASSPORT", nat="T.C.", date="dots",
                number=lambda r: "U" + _digits(r, 8), authority=lambda r: r.choice(["NÜFUS MÜD.", "BRÜKSEL BŞK."]),
                labels=["Tipi/Type", "Kodu/Code", "Pasaport No/Passport No", "Soyadı/Surname", "Adı/Given names",
                        "Uyruğu/Nationality", "Doğum tarihi/Date of birth", "Cinsiyet/Sex",
                        "Doğum yeri/Place of birth", "Veriliş tarihi/Date of issue",
                        "Geçerlilik tarihi/Date of expiry", "Makam/Authority"],
                personal=lambda r: str(r.randint(1, 9)) + _digits(r, 10), years=10, tint=(246, 232, 232)),
    "SUR": dict(state="REPUBLIEK SURINAME", title="PASPOORT / PASSPORT", nat="SURINAAMSE", date="dots",
                number=lambda r: "P" + _digits(r, 7), authority=lambda r: "MIN. BIZA PARAMARIBO",
                labels=["Type", "Code", "Nr. / No.", "Naam / Surname", "Voornamen / Given names",
                        "Nationaliteit / Nationality", "Geboortedatum / Date of birth", "Geslacht / Sex",
                        "Geboorteplaats / Place of birth", "Afgiftedatum / Date of issue",
                        "Vervaldatum / Date of expiry", "Autoriteit / Authority"],
                personal=lambda r: _digits(r, 8), years=10, tint=(230, 242, 232)),
    "CMR": dict(state="RÉPUBLIQUE DU CAMEROUN / REPUBLIC OF CAMEROON", title="PASSEPORT / PASSPORT",
                nat="CAMEROUNAISE", date="spaces", number=lambda r: "AA" + _digits(r, 7),
                authority=lambda r: "DGSN", labels=["Type", "Code", "N° passeport", "Nom / Surname",
                                                    "Prénoms / Given names", "Nationalité", "Date de naissance",
                                                    "Sexe", "Lieu de naissance", "Date de délivrance",
                                                    "Date d'expiration", "Autorité"],
                personal=None, years=5, tint=(232, 244, 232)),
}


def _pd(d, style):
    if style == "abbr_en":
        return format_date(d, "abbr", "en")
    return format_date(d, style, "fr")


def _datapage(cfg, person, rng, number, issue, expiry, lines, authority, personal, country) -> Sheet:
    """The polycarbonate data page on its own sheet (125 x 88 mm): photo left, ghost image right."""
    W, H = 125.0, 88.0
    s = Sheet(W, H, paper="white")
    s.rect(0, 0, W, H, width_mm=0, fill=cfg["tint"])
    for i in range(0, int(H), 4):
        s.rule(0, i, W, i + 2.5, width_mm=0.1, color=tuple(min(255, c + 12) for c in cfg["tint"]))
    s.text(W / 2, 3, cfg["state"], font="sans4", size_pt=7, bold=True, anchor="center", color=(40, 40, 80))
    s.text(W / 2, 6.6, cfg["title"], font="sans4", size_pt=6.2, anchor="center", color=(40, 40, 80))
    s.photo(4, 15, 30, 39, rng)
    s.photo(104, 40, 16, 20, rng)   # ghost image
    s.rect(104, 40, 16, 20, width_mm=0, fill=None)
    L = cfg["labels"]
    vals = [person.surname.upper(), person.given_names.upper(), cfg["nat"], _pd(person.birth_date, cfg["date"]),
            {"M": "M", "F": "F"}[person.sex], strip_accents(person.birth_place).upper() if country != "TUR"
            else person.birth_place.upper(), _pd(issue, cfg["date"]), _pd(expiry, cfg["date"]), authority]
    x0, y = 38.0, 11.5
    s.text(x0, y, L[0], font="sans", size_pt=4.6, color=(70, 70, 90))
    s.text(x0, y + 1.9, "P", font="sans", size_pt=7.6, bold=True)
    s.text(x0 + 14, y, L[1], font="sans", size_pt=4.6, color=(70, 70, 90))
    s.text(x0 + 14, y + 1.9, country, font="sans", size_pt=7.6, bold=True)
    s.text(x0 + 34, y, L[2], font="sans", size_pt=4.6, color=(70, 70, 90))
    s.text(x0 + 34, y + 1.9, number, font="sans", size_pt=8.2, bold=True, color=(140, 20, 30))
    y += 6.2
    for k, (lab, val) in enumerate(zip(L[3:], vals)):
        col = 0 if k not in (4, 7) else 1
        if k in (4, 7):
            continue
        s.text(x0, y, lab, font="sans", size_pt=4.6, color=(70, 70, 90))
        vs = 7.6
        while vs > 5 and text_width_mm(val, "sans", vs, True) > (60 if k in (3, 6) else 62):
            vs -= 0.3
        s.text(x0, y + 1.9, val, font="sans", size_pt=vs, bold=True)
        if k in (3, 6):
            lab2, val2 = L[3 + k + 1], vals[k + 1]
            s.text(x0 + 42, y, lab2, font="sans", size_pt=4.6, color=(70, 70, 90))
            s.text(x0 + 42, y + 1.9, val2, font="sans", size_pt=7.6, bold=True)
        y += 5.6
        del col
    if personal:
        s.text(x0, y, "Personal No. / " + personal, font="sans", size_pt=5.2, color=(50, 50, 60))
    s.signature(6, 56, 26, 8, rng, color=(30, 30, 40))
    size = 2.54 / 0.602 / (25.4 / 72)
    for i, ln in enumerate(lines):
        s.text(5, H - 13 + i * 4.3, ln, font="ocrb", size_pt=size, color=(15, 15, 15))
    return s


def _fresh_passport(code: str, sideways: bool):
    cfg = _PP[code]

    def make(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, crop=False,
             annotate=None, number=None, **opts):
        issue, expiry = _dates(rng, issue_date, expiry_date, cfg["years"])
        number = number or cfg["number"](rng)
        personal = cfg["personal"](rng) if cfg["personal"] else ""
        md = _mrz_data(person, mrz_override)
        lines = M.td3(issuing=code, surname=md["surname"], given=md["given_names"], number=md.get("number", number),
                      nationality=md["nationality"], birth_date=md["birth_date"], sex=md["sex"], expiry=expiry,
                      personal_number=personal, break_check=break_check)
        page = _datapage(cfg, person, rng, number, issue, expiry, lines, cfg["authority"](rng), personal, code)
        if crop:
            return [page]
        sh = Sheet()
        img = page.render(300)
        if sideways:
            # the booklet laid on the glass along its spine: data page turned a quarter on the A4 copy,
            # the visa page beside it with an entry stamp
            img = img.rotate(90, expand=True)
            x, y = rng.uniform(40, 70), rng.uniform(20, 40)
            sh.image(x, y, 88, 125, img)
            sh.rect(x, y + 125, 88, 125, width_mm=0.3, color=(160, 160, 160))
            ent = issue + datetime.timedelta(days=rng.randint(10, 300))
            ent = min(ent, datetime.date(2026, 10, 1))
            sh.stamp(x + 20, y + 150, ["SCHENGEN", "BRUXELLES-NATIONAL", format_date(ent, "dots", "fr"), "ENTRÉE"],
                     rng, shape="rect", color=(40, 110, 60), size_mm=30, angle=rng.uniform(-12, 12))
        else:
            x, y = rng.uniform(35, 50), rng.uniform(40, 70)
            sh.image(x, y, 125, 88, img)
            sh.text(x, y + 92, "Kopie conform origineel" if code == "SUR" else "", font="sans", size_pt=8)
        if annotate:
            sh.handwriting(20, 270, annotate, rng, size_pt=12)
        return [sh]

    return make


for _code, _side, _lang in [("ARM", False, "en"), ("COD", True, "fr"), ("TUR", False, "tr"), ("SUR", True, "nl"),
                            ("CMR", True, "fr")]:
    _register(f"passport-td3-{_code.lower()}-bio", "identity-document", PART, _lang, _fresh_passport(_code, _side),
              country=_code, mrz="TD3", photo=True,
              notes=("biometric data page copied sideways with the visa page" if _side else
                     "biometric data page with numbered labels and ghost image"))


# --------------------------------------------------------------------------- TD1 cards

def _card_copy(front: Sheet, back: Sheet, rng, *, scale=1.35) -> Sheet:
    """A card photocopied front and back on one A4 page, enlarged as copy shops do."""
    sh = Sheet()
    w, h = 85.6 * scale, 54.0 * scale
    x = (210 - w) / 2 + rng.uniform(-8, 8)
    sh.image(x, 30, w, h, front.render(300))
    sh.image(x + rng.uniform(-4, 4), 40 + h + rng.uniform(8, 25), w, h, back.render(300))
    return sh


def idcard_arm(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, **opts):
    issue, expiry = _dates(rng, issue_date, expiry_date, 10)
    number = _digits(rng, 9)
    md = _mrz_data(person, mrz_override)
    lines = M.td1(doc_code="ID", issuing="ARM", number=md.get("number", number), nationality=md["nationality"],
                  birth_date=md["birth_date"], sex=md["sex"], expiry=expiry, surname=md["surname"],
                  given=md["given_names"], break_check=break_check)
    f = Sheet(85.6, 54, paper="white")
    f.rect(0, 0, 85.6, 54, width_mm=0, fill=(238, 232, 222))
    f.rect(0, 0, 85.6, 7, width_mm=0, fill=(190, 60, 50))
    f.text(3, 1.6, "REPUBLIC OF ARMENIA", font="sans4", size_pt=7, bold=True, color=(255, 255, 255))
    f.text(3, 8.5, "IDENTIFICATION CARD", font="sans4", size_pt=6, bold=True, color=(90, 40, 40))
    f.photo(3, 13, 22, 28, rng)
    rows = [("Surname", person.surname.upper()), ("Given name", person.given_names.upper()),
            ("Sex", person.sex), ("Nationality", "ARMENIAN"),
            ("Date of birth", format_date(person.birth_date, "dots", "en")),
            ("Date of expiry", format_date(expiry, "dots", "en")), ("Card No", number)]
    y = 12.5
    for lab, val in rows:
        f.text(28, y, lab, font="sans", size_pt=4.3, color=(90, 70, 70))
        f.text(28, y + 1.7, val, font="sans", size_pt=6.6, bold=True)
        y += 5.6
    f.signature(3, 43, 22, 7, rng, color=(30, 30, 40))
    b = Sheet(85.6, 54, paper="white")
    b.rect(0, 0, 85.6, 54, width_mm=0, fill=(236, 236, 228))
    b.text(3, 3, "Place of birth", font="sans", size_pt=4.3, color=(90, 70, 70))
    b.text(3, 4.8, f"{strip_accents(person.birth_place).upper()}, {country_name(person.birth_country, 'en').upper()}",
           font="sans", size_pt=6.4, bold=True)
    b.text(3, 10, "Date of issue", font="sans", size_pt=4.3, color=(90, 70, 70))
    b.text(3, 11.8, format_date(issue, "dots", "en"), font="sans", size_pt=6.4, bold=True)
    b.text(45, 10, "Authority", font="sans", size_pt=4.3, color=(90, 70, 70))
    b.text(45, 11.8, rng.choice(["ID 011", "ID 027", "ID 052"]), font="sans", size_pt=6.4, bold=True)
    size = (78.0 / 30) / 0.602 / (25.4 / 72)
    for i, ln in enumerate(lines):
        b.text(3.5, 33 + i * 4.5, ln, font="ocrb", size_pt=size)
    return [_card_copy(f, b, rng)]


_register("idcard-td1-arm", "identity-document", PART, "en", idcard_arm, country="ARM", mrz="TD1", photo=True,
          notes="Armenian ID card, front and back enlarged on one A4 copy")


def nl_permit_data(person, rng, letters, issue_date, expiry_date, break_check, mrz_override, purpose, v_number):
    """(issue, expiry, number, purpose, MRZ lines, V-number) of a Dutch residence card; the document number's
    second letter is drawn from ``letters``, which sets the card's series."""
    issue, expiry = _dates(rng, issue_date, expiry_date, 5)
    number = rng.choice("NWXY") + rng.choice(letters) + _digits(rng, 7)
    purpose = purpose or "verblijf bij partner"
    md = _mrz_data(person, mrz_override)
    lines = M.td1(doc_code="IR", issuing="NLD", number=md.get("number", number), nationality=md["nationality"],
                  birth_date=md["birth_date"], sex=md["sex"], expiry=expiry, surname=md["surname"],
                  given=md["given_names"], break_check=break_check)
    vnr = v_number or person.v_number or _digits(rng, 10)
    return issue, expiry, number, purpose, lines, vnr


def permit_nl_2024(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None,
                   purpose=None, v_number=None, **opts):
    issue, expiry, number, purpose, lines, vnr = nl_permit_data(person, rng, "BCDFGH", issue_date, expiry_date,
                                                                break_check, mrz_override, purpose, v_number)
    f = Sheet(85.6, 54)
    f.rect(0, 0, 85.6, 54, width_mm=0, fill=(228, 236, 246))
    f.text(42.8, 1.8, "KONINKRIJK DER NEDERLANDEN", font="sans4", size_pt=5.5, bold=True, anchor="center",
           color=(30, 50, 110))
    f.text(42.8, 4.6, "VERBLIJFSVERGUNNING / RESIDENCE PERMIT", font="sans4", size_pt=5.3, anchor="center",
           color=(30, 50, 110))
    f.photo(3, 9, 21, 27, rng)
    rows = [("Naam / Surname", person.surname.upper()), ("Voornamen / Given names", person.given_names.upper()),
            ("Geldig tot / Valid until", format_date(expiry, "dots", "nl")), ("Type verblijfsvergunning", "REGULIER"),
            ("Opmerkingen / Remarks", purpose.upper())]
    y = 9
    for lab, val in rows:
        f.text(27, y, lab, font="sans", size_pt=4.2, color=(60, 70, 100))
        vs = 6.2
        while vs > 4 and text_width_mm(val, "sans", vs, True) > 56:
            vs -= 0.3
        f.text(27, y + 1.7, val, font="sans", size_pt=vs, bold=True)
        y += 5.3
    f.text(3, 38, "Documentnr.", font="sans", size_pt=4.2, color=(60, 70, 100))
    f.text(3, 39.8, number, font="sans", size_pt=6, bold=True)
    f.signature(3, 45, 20, 6, rng, color=(30, 30, 40))
    b = Sheet(85.6, 54)
    b.rect(0, 0, 85.6, 54, width_mm=0, fill=(232, 238, 246))
    b.text(3, 3, "Geboortedatum / Date of birth", font="sans", size_pt=4.2, color=(60, 70, 100))
    b.text(3, 4.8, format_date(person.birth_date, "dots", "nl"), font="sans", size_pt=6, bold=True)
    b.text(45, 3, "Nationaliteit", font="sans", size_pt=4.2, color=(60, 70, 100))
    b.text(45, 4.8, nationality_adj(person.nationality, "nl").upper(), font="sans", size_pt=6, bold=True)
    b.text(3, 10, "VNR", font="sans", size_pt=4.2, color=(60, 70, 100))
    b.text(3, 11.8, vnr, font="sans", size_pt=6.4, bold=True)
    b.text(45, 10, "Arbeidsmarkt", font="sans", size_pt=4.2, color=(60, 70, 100))
    b.text(45, 11.8, "zie TWV" if "medisch" in purpose.lower() else "vrij", font="sans", size_pt=6, bold=True)
    size = (78.0 / 30) / 0.602 / (25.4 / 72)
    for i, ln in enumerate(lines):
        b.text(3.5, 33 + i * 4.5, ln, font="ocrb", size_pt=size)
    return [_card_copy(f, b, rng, scale=1.2)]


_register("permit-nl-vbd-2024", "identity-document", PART, "nl", permit_nl_2024, country="NLD", mrz="TD1",
          photo=True, notes="Dutch residence card, 2024 design, front and back on one copy, VNR on the back")


# --------------------------------------------------------------------------- civil-status acts

def _frame(sh: Sheet, inset=10.0, color=(60, 60, 60)):
    sh.rect(inset, inset, 210 - 2 * inset, 297 - 2 * inset, width_mm=0.6, color=color)
    sh.rect(inset + 1.5, inset + 1.5, 210 - 2 * inset - 3, 297 - 2 * inset - 3, width_mm=0.2, color=color)


def birth_cmr(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Cameroonian birth act: numbered lines filled in by hand on a printed register form."""
    act = act_date or person.birth_date + datetime.timedelta(days=rng.randint(5, 40))
    issued = _when(rng, issue_date, 30, 600)
    sh = Sheet(paper="cream")
    _frame(sh)
    for i, ln in enumerate(["RÉPUBLIQUE DU CAMEROUN", "Paix – Travail – Patrie", "RÉGION DU LITTORAL",
                            f"CENTRE D'ÉTAT CIVIL DE {rng.choice(['DOUALA IIIe', 'DOUALA Ier', 'EDÉA'])}"]):
        sh.text(20, 18 + i * 4.6, ln, font="serif", size_pt=8.5, bold=i == 0)
    sh.text(190, 18, "REPUBLIC OF CAMEROON", font="serif", size_pt=8.5, anchor="right", bold=True)
    sh.text(190, 22.6, "Peace – Work – Fatherland", font="serif", size_pt=8.5, anchor="right")
    sh.text(105, 44, "ACTE DE NAISSANCE  /  BIRTH CERTIFICATE", font="serif", size_pt=15, bold=True,
            anchor="center")
    n = f"N° {rng.randint(100, 2999)}/{act.year}"
    sh.text(105, 52, n, font="serif", size_pt=11, anchor="center")
    hand = rng.choice(["hand1", "hand3", "hand2"])
    rows = [("1. Nom de l'enfant / Surname", person.surname.upper()),
            ("2. Prénoms / Given names", person.given_names),
            ("3. Né le / Born on", format_date(person.birth_date, "long", "fr")),
            ("4. À / At", f"{person.birth_place}"),
            ("5. Sexe / Sex", "Masculin" if person.sex == "M" else "Féminin"),
            ("6. De / Of (père / father)", father or person.father or ""),
            ("7. Nationalité du père", "Camerounaise"),
            ("8. Et de / And of (mère / mother)", mother or person.mother or ""),
            ("9. Nationalité de la mère", "Camerounaise"),
            ("10. Dressé le / Drawn up on", format_date(act, "long", "fr")),
            ("11. Sur la déclaration de", f"{father or person.father or ''}, père de l'enfant"),
            ("12. Par Nous, Officier d'état civil", f"{rng.choice(['NGANDO', 'ESSOMBA', 'MBARGA'])} "
                                                    f"{rng.choice(['Pierre', 'Jean-Marie', 'Rose'])}")]
    y = 64
    for lab, val in rows:
        sh.text(20, y, lab, font="serif", size_pt=9.5)
        sh.rule(88, y + 4.5, 190, y + 4.5, width_mm=0.15, dash=0.6)
        sh.handwriting(90, y - 1.5, val, rng, size_pt=12, font=hand)
        y += 11.5
    sh.text(20, y + 6, f"Copie certifiée conforme délivrée à Douala le {format_date(issued, 'long', 'fr')}",
            font="serif", size_pt=9.5, italic=True)
    sh.text(130, y + 16, "L'Officier d'état civil", font="serif", size_pt=9.5)
    sh.signature(130, y + 20, 40, 14, rng)
    sh.stamp(115, y + 14, ["RÉPUBLIQUE DU CAMEROUN", "ÉTAT CIVIL", "DOUALA"], rng, size_mm=30)
    return [sh]


def birth_be_dabs(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Brussels extract from the Belgian civil-status database (DABS), French."""
    issued = _when(rng, issue_date, 10, 300)
    act = act_date or person.birth_date + datetime.timedelta(days=rng.randint(1, 12))
    sh = Sheet()
    commune = rng.choice(["Schaerbeek", "Anderlecht", "Molenbeek-Saint-Jean", "Bruxelles", "Saint-Gilles"])
    sh.text(20, 16, f"Commune de {commune}", font="sans2", size_pt=11, bold=True)
    sh.text(20, 21.5, "Service Population – État civil", font="sans2", size_pt=9)
    sh.text(190, 16, "BELGIQUE", font="sans2", size_pt=9, anchor="right", color=(90, 90, 90))
    sh.text(20, 40, "EXTRAIT D'ACTE DE NAISSANCE", font="sans2", size_pt=14, bold=True)
    sh.text(20, 47, f"Acte n° {act.year}/{rng.randint(1000, 9999)} – BAEC / DABS "
                    f"{rng.randint(10**9, 10**10 - 1)}", font="sans2", size_pt=8.5, color=(80, 80, 80))
    rows = [("Nom", person.surname), ("Prénom(s)", person.given_names),
            ("Sexe", "masculin" if person.sex == "M" else "féminin"),
            ("Date de naissance", format_date(person.birth_date, "dots", "fr")),
            ("Lieu de naissance", f"{person.birth_place} (Belgique)"),
            ("Père / coparent", father or person.father or ""), ("Mère", mother or person.mother or ""),
            ("Date de l'acte", format_date(act, "dots", "fr"))]
    y = 60
    for lab, val in rows:
        sh.rect(20, y - 1.5, 170, 8, width_mm=0.15, color=(170, 170, 170))
        sh.text(23, y, lab, font="sans2", size_pt=9.5, color=(70, 70, 70))
        sh.text(75, y, val, font="sans2", size_pt=10.5)
        y += 8
    sh.text(20, y + 8, "Extrait délivré en application de l'article 44 du Code civil.", font="sans2", size_pt=9)
    sh.text(20, y + 14, f"{commune}, le {format_date(issued, 'long', 'fr')}", font="sans2", size_pt=10)
    sh.text(120, y + 24, "Pour l'Officier de l'état civil,", font="sans2", size_pt=9.5)
    sh.text(120, y + 29, "signé électroniquement", font="sans2", size_pt=8.5, italic=True, color=(80, 80, 80))
    return [sh]


def birth_tur_edevlet(person, rng, *, issue_date=None, act_date=None, **opts):
    """Turkish 'Doğum Kayıt Örneği' printed from e-Devlet: Turkish only, barcode and verification code."""
    issued = _when(rng, issue_date, 5, 200)
    sh = Sheet()
    sh.rect(0, 0, 210, 22, width_mm=0, fill=(200, 30, 45))
    sh.text(18, 7, "T.C. İÇİŞLERİ BAKANLIĞI", font="sans", size_pt=11, bold=True, color=(255, 255, 255))
    sh.text(18, 13, "Nüfus ve Vatandaşlık İşleri Genel Müdürlüğü", font="sans", size_pt=9, color=(255, 255, 255))
    sh.text(105, 34, "DOĞUM KAYIT ÖRNEĞİ", font="sans", size_pt=15, bold=True, anchor="center")
    rows = [("T.C. Kimlik No", str(rng.randint(1, 9)) + _digits(rng, 10)), ("Soyadı", person.surname.upper()),
            ("Adı", person.given_names.upper()), ("Baba Adı", (person.father or "").split()[0]),
            ("Ana Adı", (person.mother or "").split()[0]), ("Doğum Yeri", person.birth_place),
            ("Doğum Tarihi", format_date(person.birth_date, "dots", "tr")),
            ("Cinsiyeti", "Erkek" if person.sex == "M" else "Kadın"),
            ("Medeni Hali", rng.choice(["Bekar", "Evli"])), ("İl / İlçe", f"{person.birth_place} / Merkez"),
            ("Cilt / Hane / Sıra", f"{rng.randint(1, 99)} / {rng.randint(1, 400)} / {rng.randint(1, 40)}")]
    y = 48
    for lab, val in rows:
        sh.text(25, y, lab, font="sans", size_pt=10, bold=True)
        sh.text(80, y, ": " + val, font="sans", size_pt=10)
        y += 7.2
    sh.text(25, y + 8, "Bu belge 5070 sayılı Elektronik İmza Kanunu çerçevesinde güvenli elektronik imza ile "
                       "imzalanmıştır.", font="sans", size_pt=8)
    sh.text(25, y + 13, f"Belge doğrulama kodu: {_num_letters(rng, 4, 4)}-{_digits(rng, 6)}  "
                        f"Tarih: {format_date(issued, 'dots', 'tr')}", font="sans", size_pt=8)
    for i in range(60):
        if rng.random() < 0.6:
            sh.rect(25 + i * 1.1, y + 20, 0.6 if rng.random() < 0.6 else 0.9, 10, width_mm=0, fill=(0, 0, 0))
    sh.text(105, 285, "turkiye.gov.tr  –  e-Devlet Kapısı", font="sans", size_pt=7.5, anchor="center",
            color=(120, 120, 120))
    return [sh]


_register("birth-cmr-acte-douala", "birth-certificate", PART, "fr", birth_cmr, country="CMR",
          notes="Cameroonian birth act, bilingual numbered register form filled by hand, framed, cream paper")
_register("birth-be-dabs-fr", "birth-certificate", PART, "fr", birth_be_dabs, country="BEL",
          notes="Brussels DABS extract, boxed rows, electronic signature")
_register("birth-tur-edevlet", "birth-certificate", PART, "tr", birth_tur_edevlet, country="TUR",
          notes="e-Devlet print-out, Turkish only, verification code and barcode")


def nationality_cmr_ndokoti(person, rng, *, issue_date=None, **opts):
    issued = _when(rng, issue_date, 30, 500)
    sh = Sheet()
    sh.text(105, 16, "RÉPUBLIQUE DU CAMEROUN", font="serif5", size_pt=11, bold=True, anchor="center")
    sh.text(105, 21.5, "MINISTÈRE DE LA JUSTICE", font="serif5", size_pt=9.5, anchor="center")
    sh.text(105, 26.5, "TRIBUNAL DE PREMIÈRE INSTANCE DE DOUALA-NDOKOTI", font="serif5", size_pt=9.5,
            anchor="center")
    sh.text(105, 44, "CERTIFICAT DE NATIONALITÉ", font="serif5", size_pt=16, bold=True, anchor="center")
    sh.text(105, 51, f"N° {rng.randint(100, 9999)}/CN/TPI/{issued.year}", font="serif5", size_pt=10, anchor="center")
    body = (f"Nous, Président du Tribunal de Première Instance de Douala-Ndokoti, au vu des pièces produites "
            f"(acte de naissance et pièces d'état civil des parents), certifions que "
            f"{'Monsieur' if person.sex == 'M' else 'Madame'} {person.surname.upper()} {person.given_names}, "
            f"né{'e' if person.sex == 'F' else ''} le {format_date(person.birth_date, 'dots', 'fr')} à "
            f"{person.birth_place}, de {person.father or '...'} et de {person.mother or '...'}, "
            f"est de nationalité camerounaise en vertu de l'article 6 de la loi n° 1968-LF-3 du 11 juin 1968 "
            f"portant code de la nationalité camerounaise.")
    y = sh.paragraph(25, 66, 160, body, font="serif5", size_pt=11, leading=1.6, align="justify")
    sh.text(120, y + 12, f"Douala, le {format_date(issued, 'long', 'fr')}", font="serif5", size_pt=10.5)
    sh.text(120, y + 19, "Le Président", font="serif5", size_pt=10.5)
    sh.signature(120, y + 23, 42, 14, rng)
    sh.stamp(95, y + 14, ["TRIBUNAL DE PREMIÈRE INSTANCE", "LE PRÉSIDENT", "DOUALA-NDOKOTI"], rng, size_mm=32)
    sh.text(25, 270, "Timbre fiscal acquitté : 1 500 FCFA", font="serif5", size_pt=8)
    return [sh]


_register("nationality-cmr-ndokoti", "nationality-certificate", PART, "fr", nationality_cmr_ndokoti, country="CMR",
          notes="certificate of nationality, court of first instance, justified prose")


def idcert_cmr_form(person, rng, *, issue_date=None, declarative=False, **opts):
    issued = _when(rng, issue_date, 20, 400)
    sh = Sheet()
    sh.text(20, 15, "AMBASSADE DE LA RÉPUBLIQUE DU CAMEROUN", font="sans3", size_pt=10, bold=True)
    sh.text(20, 20, "AU ROYAUME DE BELGIQUE – Section consulaire", font="sans3", size_pt=8.5)
    sh.text(20, 24.5, "Avenue Brugmann 131-133, 1190 Bruxelles", font="sans3", size_pt=8, color=(90, 90, 90))
    sh.photo(155, 14, 32, 40, rng)
    sh.text(20, 62, "ATTESTATION D'IDENTITÉ", font="sans3", size_pt=15, bold=True)
    sh.text(20, 70, f"Réf. : {rng.randint(100, 999)}/AMBACAM/BXL/SC/{issued.year}", font="sans3", size_pt=8.5)
    rows = [("Nom", person.surname.upper()), ("Prénom(s)", person.given_names),
            ("Date de naissance", format_date(person.birth_date, "dots", "fr")),
            ("Lieu de naissance", f"{person.birth_place} (Cameroun)"), ("Nationalité", "Camerounaise"),
            ("Filiation", f"{person.father or '...'} et {person.mother or '...'}")]
    y = 82
    for lab, val in rows:
        sh.text(22, y, lab + " :", font="sans3", size_pt=10)
        sh.text(70, y, val, font="sans3", size_pt=10, bold=True)
        y += 7.5
    basis = ("Attestation établie sur la base des seules déclarations de l'intéressé(e), qui ne dispose d'aucune "
             "pièce d'état civil." if declarative else
             "Attestation établie au vu de l'acte de naissance et de la carte nationale d'identité de l'intéressé(e), "
             "présentés en original à nos services.")
    y = sh.paragraph(22, y + 6, 165, basis, font="sans3", size_pt=9.5)
    y = sh.paragraph(22, y + 3, 165, "La présente attestation est délivrée pour servir et valoir ce que de droit.",
                     font="sans3", size_pt=9.5)
    sh.text(120, y + 10, f"Bruxelles, le {format_date(issued, 'slashes', 'fr')}", font="sans3", size_pt=10)
    sh.text(120, y + 16, "Le Chef de la Section consulaire", font="sans3", size_pt=9)
    sh.signature(122, y + 20, 40, 13, rng)
    sh.stamp(150, 40, ["AMBASSADE DU CAMEROUN", "SECTION CONSULAIRE", "BRUXELLES"], rng, size_mm=28)
    return [sh]


_register("idcert-cmr-attestation", "identity-certificate", PART, "fr", idcert_cmr_form, country="CMR", photo=True,
          notes="embassy identity attestation, labelled rows, photo top right with stamp over it")


def marriage_be_dabs_nl(person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    issued = _when(rng, issue_date, 10, 300)
    md = marriage_date or issued - datetime.timedelta(days=900)
    sh = Sheet()
    gemeente = rng.choice(["Antwerpen", "Gent", "Mechelen", "Leuven", "Sint-Niklaas"])
    sh.text(190, 14, f"Stad {gemeente}", font="sans6", size_pt=12, bold=True, anchor="right")
    sh.text(190, 19.5, "Burgerzaken – Burgerlijke stand", font="sans6", size_pt=8.5, anchor="right")
    sh.text(20, 36, "UITTREKSEL UIT DE AKTE VAN HUWELIJK", font="sans6", size_pt=13, bold=True)
    sh.text(20, 42.5, f"Akte {md.year}/{rng.randint(100, 3000)} – DABS-referentie {_digits(rng, 10)}",
            font="sans6", size_pt=8.5, color=(90, 90, 90))
    sh.text(20, 54, f"Datum van het huwelijk: {format_date(md, 'long', 'nl')} te {gemeente}", font="sans6",
            size_pt=10.5)
    y = 66
    for head, p in (("Echtgenoot 1", person), ("Echtgenoot 2", spouse)):
        if p is None:
            continue
        sh.text(20, y, head, font="sans6", size_pt=10.5, bold=True)
        y += 6
        for lab, val in (("Naam", p.surname), ("Voornamen", p.given_names),
                         ("Geboren", f"{format_date(p.birth_date, 'dots', 'nl')} te {p.birth_place} "
                                     f"({country_name(p.birth_country, 'nl')})"),
                         ("Nationaliteit", nationality_adj(p.nationality, "nl"))):
            sh.text(26, y, lab, font="sans6", size_pt=9.5, color=(80, 80, 80))
            sh.text(65, y, val, font="sans6", size_pt=10)
            y += 5.8
        y += 5
    sh.text(20, y + 6, f"Afgeleverd te {gemeente} op {format_date(issued, 'dots', 'nl')}.", font="sans6", size_pt=10)
    sh.text(20, y + 12, "De ambtenaar van de burgerlijke stand (elektronisch ondertekend)", font="sans6", size_pt=9)
    return [sh]


_register("marriage-be-dabs-nl", "marriage-certificate", PART, "nl", marriage_be_dabs_nl, country="BEL",
          notes="Flemish city DABS marriage extract, two spouse blocks")


# --------------------------------------------------------------------------- sworn translations

_TYPE_WORDS = {"nl": {"birth-certificate": "geboorteakte", "identity-document": "identiteitsdocument",
                      "marriage-certificate": "huwelijksakte"},
               "fr": {"birth-certificate": "acte de naissance", "identity-document": "document d'identité",
                      "marriage-certificate": "acte de mariage"}}
_SRC = {"nl": {"tr": "Turks", "es": "Spaans", "pt": "Portugees", "ar": "Arabisch"},
        "fr": {"tr": "turc", "es": "espagnol", "pt": "portugais", "ar": "arabe"}}


def _translation_fresh(target: str, regime: str):
    def make(person, rng, *, issue_date=None, of_type="birth-certificate", source_lang=None, target_lang=None,
             **opts):
        issued = _when(rng, issue_date, 5, 90)
        g, s, _ = make_professional(rng, "NL" if regime == "nl" else "BE")
        src = _SRC[target].get(source_lang or "tr", source_lang or "tr")
        what = _TYPE_WORDS[target].get(of_type, of_type)
        sh = Sheet()
        if target == "nl":
            sh.text(20, 15, f"{g} {s}", font="serif6", size_pt=13, bold=True)
            sh.text(20, 21, f"Beëdigd vertaler Turks/Engels – Nederlands · Wbtv-nr. {_digits(rng, 5)}",
                    font="serif6", size_pt=8.5)
            head = f"VERTALING UIT HET {src.upper()} – {what.upper()}"
        else:
            sh.text(20, 15, f"{g} {s}", font="serif6", size_pt=13, bold=True)
            sh.text(20, 21, "Traducteur juré près le Tribunal de première instance francophone de Bruxelles",
                    font="serif6", size_pt=8.5)
            head = f"TRADUCTION DU {src.upper()} – {what.upper()}"
        sh.text(105, 40, head, font="serif6", size_pt=12, bold=True, anchor="center")
        rows = ([("Naam", person.surname), ("Voornaam", person.given_names),
                 ("Geboorteplaats", person.birth_place),
                 ("Geboortedatum", format_date(person.birth_date, "long", "nl")),
                 ("Naam vader", (person.father or "").split()[0]), ("Naam moeder", (person.mother or "").split()[0]),
                 ("Geslacht", "man" if person.sex == "M" else "vrouw")] if target == "nl" else
                [("Nom", person.surname), ("Prénom", person.given_names), ("Lieu de naissance", person.birth_place),
                 ("Date de naissance", format_date(person.birth_date, "long", "fr")),
                 ("Nom du père", (person.father or "").split()[0]), ("Nom de la mère", (person.mother or "").split()[0]),
                 ("Sexe", "masculin" if person.sex == "M" else "féminin")])
        y = 54
        for lab, val in rows:
            sh.text(25, y, lab, font="serif6", size_pt=10.5)
            sh.text(80, y, val, font="serif6", size_pt=10.5)
            y += 7
        cert = (f"Ondergetekende, {g} {s}, beëdigd vertaler, verklaart dat de bovenstaande tekst een getrouwe en "
                f"volledige vertaling is van het hem/haar voorgelegde document in de {src.lower()}e taal."
                if target == "nl" else
                f"Je soussigné(e), {g} {s}, traducteur juré, certifie que la présente traduction est conforme à "
                f"l'original rédigé en langue {src} qui m'a été présenté.")
        y = sh.paragraph(25, y + 10, 160, cert, font="serif6", size_pt=10)
        sh.text(25, y + 6, (f"Utrecht, {format_date(issued, 'long', 'nl')}" if target == "nl" else
                            f"Bruxelles, le {format_date(issued, 'long', 'fr')}"), font="serif6", size_pt=10)
        sh.signature(25, y + 12, 42, 14, rng)
        sh.stamp(80, y + 8, [f"{g} {s}".upper(), "BEËDIGD VERTALER" if target == "nl" else "TRADUCTEUR JURÉ",
                             "TURKS" if target == "nl" else "TURC"], rng, size_mm=30, color=(40, 60, 160))
        return [sh]

    return make
_register("translation-be-fr-bruxelles", "translation", PART, "fr", _translation_fresh("fr", "be"), country="BEL",
          notes="traducteur juré bruxellois")
_register("translation-nl-wbtv-utrecht", "translation", PART, "nl", _translation_fresh("nl", "nl"), country="NLD",
          notes="Dutch sworn translator (Wbtv), labelled transcription, round stamp")


# --------------------------------------------------------------------------- a second set: DR Congo, Liège

def birth_cod_gombe(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Congolese 'acte de naissance' typed on a typewriter, long prose form with the declarant and witnesses."""
    act = act_date or person.birth_date + datetime.timedelta(days=rng.randint(3, 60))
    issued = _when(rng, issue_date, 30, 700)
    sh = Sheet(paper="grey")
    tf = "typewriter"
    for i, ln in enumerate(["RÉPUBLIQUE DÉMOCRATIQUE DU CONGO", "VILLE DE KINSHASA",
                            f"COMMUNE DE {rng.choice(['LA GOMBE', 'KALAMU', 'LINGWALA', 'NGALIEMA'])}",
                            "BUREAU DE L'ÉTAT CIVIL"]):
        sh.text(18, 14 + i * 5, ln, font=tf, size_pt=9.5, bold=i == 0)
    sh.text(105, 46, "ACTE DE NAISSANCE", font=tf, size_pt=15, bold=True, anchor="center")
    sh.text(105, 54, f"N° {rng.randint(100, 999)} / Folio {rng.randint(10, 99)} / Volume {rng.choice(['I', 'II', 'III'])}"
                     f" / {act.year}", font=tf, size_pt=10, anchor="center")
    fa, mo = father or person.father or "...", mother or person.mother or "..."
    body = (f"L'an {act.year}, le {format_date(act, 'long', 'fr')}, devant Nous, Officier de l'état civil de la commune, "
            f"a comparu {fa}, père, lequel nous a déclaré que le {format_date(person.birth_date, 'long', 'fr')} est "
            f"né{'e' if person.sex == 'F' else ''} à {person.birth_place} un enfant de sexe "
            f"{'masculin' if person.sex == 'M' else 'féminin'}, nommé{'e' if person.sex == 'F' else ''} "
            f"{person.surname.upper()} {person.given_names.upper()}, {'fils' if person.sex == 'M' else 'fille'} de {fa}, de nationalité congolaise, "
            f"et de {mo}, de nationalité congolaise. Lecture faite, le comparant a signé avec Nous.")
    y = sh.paragraph(22, 66, 166, body, font=tf, size_pt=10.5, leading=1.65, align="justify")
    sh.text(22, y + 8, f"Pour copie conforme, Kinshasa, le {format_date(issued, 'dots', 'fr')}", font=tf, size_pt=10)
    sh.text(120, y + 18, "L'Officier de l'état civil", font=tf, size_pt=10)
    sh.signature(122, y + 22, 40, 13, rng)
    sh.stamp(100, y + 14, ["RÉPUBLIQUE DÉMOCRATIQUE DU CONGO", "ÉTAT CIVIL", "KINSHASA"], rng, size_mm=30,
             color=(60, 50, 140))
    return [sh]


def nationality_cod_gombe(person, rng, *, issue_date=None, **opts):
    issued = _when(rng, issue_date, 30, 600)
    sh = Sheet()
    sh.text(105, 15, "RÉPUBLIQUE DÉMOCRATIQUE DU CONGO", font="serif7", size_pt=11, bold=True, anchor="center")
    sh.text(105, 21, "MINISTÈRE DE LA JUSTICE ET GARDE DES SCEAUX", font="serif7", size_pt=9, anchor="center")
    sh.text(105, 26, "TRIBUNAL DE GRANDE INSTANCE DE KINSHASA/GOMBE", font="serif7", size_pt=9, anchor="center")
    sh.rect(40, 36, 130, 12, width_mm=0.5)
    sh.text(105, 39, "CERTIFICAT DE NATIONALITÉ CONGOLAISE", font="serif7", size_pt=13, bold=True, anchor="center")
    rows = [("Nom, post-nom et prénom", f"{person.surname.upper()} {person.given_names}"),
            ("Né(e) à", person.birth_place), ("Le", format_date(person.birth_date, "dots", "fr")),
            ("Fils / fille de", person.father or "..."), ("Et de", person.mother or "..."),
            ("Nationalité", "congolaise d'origine")]
    y = 62
    for lab, val in rows:
        sh.text(28, y, lab, font="serif7", size_pt=10.5)
        sh.text(90, y, ": " + val, font="serif7", size_pt=10.5, bold=True)
        y += 8
    sh.paragraph(28, y + 4, 155, "Le présent certificat est délivré sur la base de l'acte de naissance et des pièces "
                 "établissant la nationalité des parents, conformément à la loi n° 04/024 du 12 novembre 2004 relative "
                 "à la nationalité congolaise.", font="serif7", size_pt=10)
    sh.text(120, y + 30, f"Fait à Kinshasa, le {format_date(issued, 'dots', 'fr')}", font="serif7", size_pt=10)
    sh.text(120, y + 36, "Le Greffier Divisionnaire", font="serif7", size_pt=10)
    sh.signature(122, y + 40, 40, 13, rng)
    sh.stamp(96, y + 32, ["TRIBUNAL DE GRANDE INSTANCE", "GREFFE", "KINSHASA/GOMBE"], rng, size_mm=30)
    return [sh]


def idcert_cod_consulat(person, rng, *, issue_date=None, declarative=False, **opts):
    issued = _when(rng, issue_date, 20, 400)
    sh = Sheet()
    sh.text(105, 14, "AMBASSADE DE LA RÉPUBLIQUE DÉMOCRATIQUE DU CONGO", font="sans6", size_pt=10.5, bold=True,
            anchor="center")
    sh.text(105, 20, "Bruxelles – Service consulaire", font="sans6", size_pt=9, anchor="center")
    sh.photo(22, 34, 34, 44, rng)
    sh.stamp(40, 62, ["AMBASSADE RDC", "CONSULAT", "BRUXELLES"], rng, size_mm=24, color=(30, 80, 150))
    sh.text(66, 36, "CERTIFICAT D'IDENTITÉ", font="sans6", size_pt=14, bold=True)
    sh.text(66, 44, f"N° {rng.randint(1000, 9999)}/AMB.RDC/BXL/{issued.year}", font="sans6", size_pt=9)
    body = (f"Le Consul soussigné certifie que {person.surname.upper()} {person.given_names}, né(e) à "
            f"{person.birth_place} le {format_date(person.birth_date, 'dots', 'fr')}, de nationalité congolaise, dont "
            f"la photographie figure ci-contre, est immatriculé(e) à nos services.")
    body += (" Le présent certificat est établi sur la seule déclaration de l'intéressé(e)." if declarative else
             " Ce certificat est établi au vu de son passeport périmé et de son acte de naissance.")
    y = sh.paragraph(66, 54, 124, body, font="sans6", size_pt=10)
    y = max(y, 90)
    sh.text(120, y + 10, f"Bruxelles, le {format_date(issued, 'long', 'fr')}", font="sans6", size_pt=10)
    sh.text(120, y + 16, "Le Consul", font="sans6", size_pt=10)
    sh.signature(120, y + 20, 40, 13, rng)
    return [sh]


def marriage_be_liege(person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    """Extract of a marriage act of a Walloon town, prose, stamped with the town seal."""
    issued = _when(rng, issue_date, 10, 300)
    md = marriage_date or issued - datetime.timedelta(days=900)
    ville = rng.choice(["Liège", "Namur", "Charleroi", "Verviers", "Seraing"])
    sh = Sheet(paper="cream")
    sh.text(20, 16, f"VILLE DE {ville.upper()}", font="serif4", size_pt=12, bold=True)
    sh.text(20, 22, "Département des services aux citoyens – État civil", font="serif4", size_pt=8.5)
    sh.text(105, 42, "EXTRAIT D'ACTE DE MARIAGE", font="serif4", size_pt=14, bold=True, anchor="center")
    sp = spouse
    txt = (f"Le {format_date(md, 'long', 'fr')} a été célébré à {ville} le mariage de {person.given_names} "
           f"{person.surname.upper()}, né{'e' if person.sex == 'F' else ''} à {person.birth_place} "
           f"({country_name(person.birth_country, 'fr')}) le {format_date(person.birth_date, 'dots', 'fr')}, de "
           f"nationalité {nationality_adj(person.nationality, 'fr')}")
    if sp is not None:
        txt += (f", et de {sp.given_names} {sp.surname.upper()}, né{'e' if sp.sex == 'F' else ''} à {sp.birth_place} "
                f"({country_name(sp.birth_country, 'fr')}) le {format_date(sp.birth_date, 'dots', 'fr')}, de "
                f"nationalité {nationality_adj(sp.nationality, 'fr')}")
    txt += f". Acte n° {rng.randint(100, 1500)} de l'année {md.year} (BAEC)."
    y = sh.paragraph(25, 56, 160, txt, font="serif4", size_pt=11, leading=1.55, align="justify")
    sh.text(25, y + 10, f"Pour extrait conforme, {ville}, le {format_date(issued, 'long', 'fr')}", font="serif4",
            size_pt=10.5)
    sh.text(120, y + 20, "L'Officier de l'état civil délégué", font="serif4", size_pt=9.5)
    sh.signature(122, y + 24, 40, 13, rng)
    sh.stamp(95, y + 16, [f"VILLE DE {ville.upper()}", "ÉTAT CIVIL", "BELGIQUE"], rng, size_mm=28)
    return [sh]


_register("birth-cod-gombe-typed", "birth-certificate", PART, "fr", birth_cod_gombe, country="COD",
          notes="Congolese birth act typed on a typewriter, long prose, grey paper")
_register("nationality-cod-tgi-gombe", "nationality-certificate", PART, "fr", nationality_cod_gombe, country="COD",
          notes="certificate of Congolese nationality, boxed title, labelled rows with colons")
_register("idcert-cod-consulat", "identity-certificate", PART, "fr", idcert_cod_consulat, country="COD", photo=True,
          notes="consular identity certificate, photo at the left with the stamp over its corner")
_register("marriage-be-liege-prose", "marriage-certificate", PART, "fr", marriage_be_liege, country="BEL",
          notes="Walloon marriage extract in prose, town seal")
