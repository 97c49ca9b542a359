"""Identity and civil-status families of the `twentyfifth` part (registered in identity.FAMILIES).

Written after dev, heldout and the parts fresh to twentyfourth had been read, by a writer who saw neither the
validator nor its output.  Passports of Haiti, Chad and Suriname photographed with a phone on a dark desk (the
booklet held open, slightly turned, the lower half of the facing page visible); passports of Nepal and Türkiye
scanned on a multifunction copier at the top left of the glass, the lid's grey shadow along the right edge and the
copy filed upside down (turned 180 degrees).  Chad's biometric national identity card (TD1) with front and back
side by side, certified by the commune of Schaerbeek ('copie certifiée conforme') with a round stamp.  A Dutch
residence document copied on a yellowed sheet with both sides one under the other and a staple shadow.  Haiti's
'extrait des registres de l'état civil' typed as a continuous prose act; Chad's birth act as a pre-printed form
filled in by hand; Nepal's English birth registration certificate with a numbered two-column grid; Türkiye's
'Doğum Belgesi' printed from e-Devlet with a QR-like barcode square.  Chad's certificate of nationality from the
tribunal; Nepal's citizenship certificate in its English version.  The embassies of Chad and Haiti's identity
certificates, photo at the top left.  Haiti's marriage extract; Nepal's marriage registration certificate.  A sworn
translation into French by a Liège translator (the 'traduction certifiée conforme' on a final line); a Dutch sworn
translator's translation with a side-column legend (Den Haag).
"""
from __future__ import annotations

import datetime
import random

from PIL import Image, ImageOps

from . import mrz as M
from .identity import TODAY, _dates, _digits, _mrz_data, _register
from .paper import Sheet, text_width_mm
from .people import strip_accents

PART = "twentyfifth"
GREY = (100, 100, 100)
INK = (25, 40, 140)
STAMPB = (45, 60, 165)
OCR = 2.54 / 0.602 / (25.4 / 72)
_MON_FR = ["JANV", "FEVR", "MARS", "AVR", "MAI", "JUIN", "JUIL", "AOUT", "SEPT", "OCT", "NOV", "DEC"]
_MON_EN = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
_MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
         "novembre", "décembre"]


def paste(sh: Sheet, sub: Sheet, x: float, y: float, *, k: float = 1.0, angle: float = 0.0, dpi: int = 220,
          grey: bool = False, bg=(255, 255, 255)) -> tuple[float, float]:
    """Render sub and place it on sh at (x, y), scaled by k and turned by angle degrees."""
    img = sub.render(dpi)
    if grey:
        img = ImageOps.autocontrast(img.convert("L"), cutoff=1).convert("RGB")
    if angle:
        img = img.rotate(angle, expand=True, resample=Image.BICUBIC, fillcolor=bg)
    w, h = img.width / dpi * 25.4 * k, img.height / dpi * 25.4 * k
    sh.image(x, y, w, h, img)
    return w, h


def _fit(s: str, font: str, size: float, w: float, bold=False) -> float:
    while size > 3.2 and text_width_mm(s, font, size, bold=bold) > w:
        size -= 0.2
    return size


def _fr_long(d: datetime.date) -> str:
    return f"{'premier' if d.day == 1 else d.day} {_MOIS[d.month - 1]} {d.year}"


# --------------------------------------------------------------------------- passports

_PP = {
    "HTI": dict(state="RÉPUBLIQUE D'HAÏTI · REPUBLIC OF HAITI", col=(0, 50, 130), nat="HAITIENNE / HAITIAN",
                auth="DIRECTION DE L'IMMIGRATION", pre="P", years=10, loc="fr/en",
                df=lambda d: f"{d.day:02d} {_MON_FR[d.month - 1]}/{_MON_EN[d.month - 1]} {d.year % 100:02d}"),
    "TCD": dict(state="RÉPUBLIQUE DU TCHAD · REPUBLIC OF CHAD", col=(0, 40, 110), nat="TCHADIENNE",
                auth="DGSN N'DJAMENA", pre="R", years=5, loc="fr/en/ar",
                df=lambda d: f"{d.day:02d}/{d.month:02d}/{d.year}"),
    "SUR": dict(state="REPUBLIEK SURINAME", col=(0, 100, 60), nat="SURINAAMSE", auth="CBB PARAMARIBO", pre="S",
                years=10, loc="nl/en", df=lambda d: f"{d.day:02d} {_MON_EN[d.month - 1]} {d.year}"),
    "NPL": dict(state="GOVERNMENT OF NEPAL · PASSPORT", col=(150, 20, 40), nat="NEPALESE",
                auth="MOFA, DEPARTMENT OF PASSPORTS", pre="", years=10, loc="en",
                df=lambda d: f"{d.day:02d} {_MON_EN[d.month - 1]} {d.year}"),
    "TUR": dict(state="TÜRKİYE CUMHURİYETİ / REPUBLIC OF TÜRKİYE", col=(140, 20, 30), nat="T.C. / TURKISH",
                auth="T.C. İÇİŞLERİ BAKANLIĞI", pre="U", years=10, loc="tr/en",
                df=lambda d: f"{d.day:02d} {_MON_EN[d.month - 1]} {d.year}"),
}
_CAPS = ["Type", "Code", "No.", "Nom / Surname", "Prénoms / Given names", "Nationalité / Nationality",
         "Date de naissance / Date of birth", "Sexe / Sex", "Lieu de naissance / Place of birth",
         "Date de délivrance / Date of issue", "Date d'expiration / Date of expiry", "Autorité / Authority"]
_CAPS_EN = ["Type", "Country code", "Passport No.", "Surname", "Given names", "Nationality", "Date of birth", "Sex",
            "Place of birth", "Date of issue", "Date of expiry", "Issuing authority"]


def _pp_page(code, person, rng, number, issue, expiry, lines) -> Sheet:
    cfg = _PP[code]
    s = Sheet(125, 88)
    s.rect(0, 0, 125, 88, width_mm=0, fill=(238, 241, 246) if code != "TUR" else (246, 238, 236))
    for k in range(0, 125, 4):
        s.rule(k, 0, k + 30, 66, width_mm=0.05, color=(214, 222, 232))
    s.text(62.5, 2.2, cfg["state"], font="sans3", size_pt=_fit(cfg["state"], "sans3", 6.8, 116), bold=True,
           anchor="center", color=cfg["col"])
    caps = _CAPS if code in ("HTI", "TCD") else _CAPS_EN
    s.photo(4, 12, 29, 37, rng)
    vals = ["P", code, number, person.surname.upper(), person.given_names.upper(), cfg["nat"],
            cfg["df"](person.birth_date), person.sex, strip_accents(person.birth_place).upper(), cfg["df"](issue),
            cfg["df"](expiry), cfg["auth"]]
    # first row: type / code / number side by side
    for j, (x, cap, v) in enumerate(zip((37, 52, 80), caps[:3], vals[:3])):
        s.text(x, 8, cap, font="sans2", size_pt=3.5, color=GREY)
        s.text(x, 9.8, v, font="mono2", size_pt=6.8, bold=True)
    y = 15.5
    for cap, v in zip(caps[3:], vals[3:]):
        s.text(37, y, cap, font="sans2", size_pt=3.4, color=GREY)
        s.text(37, y + 1.7, v, font="mono2", size_pt=_fit(v, "mono2", 6.3, 84, bold=True), bold=True)
        y += 5.5
    s.signature(5, 51, 26, 8, rng, color=(20, 20, 30))
    for i, ln in enumerate(lines):
        s.text(4.0, 72.5 + i * 5.2, ln, font="ocrb", size_pt=OCR, color=(15, 15, 15))
    return s


def _pp_lines(code, person, rng, issue_date, expiry_date, break_check, mrz_override, number):
    cfg = _PP[code]
    issue, expiry = _dates(rng, issue_date, expiry_date, cfg["years"])
    number = number or (cfg["pre"] + _digits(rng, 8 - len(cfg["pre"]) + (1 if code == "NPL" else 0)))
    md = _mrz_data(person, mrz_override)
    lines = M.td3(issuing=code, surname=md["surname"], given=md["given_names"], number=md.get("number", number[-9:]),
                  nationality=md["nationality"], birth_date=md["birth_date"], sex=md["sex"], expiry=expiry,
                  break_check=break_check)
    return issue, expiry, number, lines


def _passport_phone(code: str):
    """A phone photo of the open booklet held on a dark desk: the data page and the lower part of the facing
    page, turned a few degrees, the desk's wood-brown margin around it."""
    def make(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, crop=False,
             number=None, annotate=None, **opts):
        issue, expiry, number, lines = _pp_lines(code, person, rng, issue_date, expiry_date, break_check,
                                                 mrz_override, number)
        page = _pp_page(code, person, rng, number, issue, expiry, lines)
        if crop:
            return [page]
        book = Sheet(133, 140)
        book.rect(0, 0, 133, 140, width_mm=0, fill=(70, 50, 38))
        book.rect(4, 2, 125, 46, width_mm=0, fill=(236, 234, 226))
        book.text(66, 12, {"HTI": "OBSERVATIONS", "TCD": "OBSERVATIONS"}.get(code, "OBSERVATIONS"),
                  font="sans2", size_pt=6, anchor="center", color=GREY)
        d = TODAY - datetime.timedelta(days=rng.randint(300, 1500))
        book.stamp(rng.uniform(20, 70), 18, ["BRUXELLES-NATIONAL", d.strftime("%d.%m.%y"), "ENTRÉE"], rng,
                   shape="rect", size_mm=26, color=(60, 60, 150), angle=rng.uniform(-10, 10))
        book.rule(4, 49, 129, 49, width_mm=0.6, color=(120, 110, 100))
        paste(book, page, 4, 50, dpi=300)
        # a thumb at the lower edge
        book.rect(rng.uniform(20, 90), 132, 22, 8, width_mm=0, fill=(196, 150, 126))
        sh = Sheet(paper="grey")
        sh.rect(0, 0, 210, 297, width_mm=0, fill=(58, 42, 32))
        paste(sh, book, 30, 50, k=1.12, angle=rng.choice([-4, -3, 3, 5]), dpi=230, bg=(58, 42, 32))
        return [sh]
    return make


def _passport_copier(code: str):
    """Scanned on a multifunction copier: the data page at the top left of the glass, the lid's grey shadow along
    the right, the copy filed upside down."""
    def make(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, crop=False,
             number=None, annotate=None, **opts):
        issue, expiry, number, lines = _pp_lines(code, person, rng, issue_date, expiry_date, break_check,
                                                 mrz_override, number)
        page = _pp_page(code, person, rng, number, issue, expiry, lines)
        if crop:
            return [page]
        glass = Sheet()
        glass.rect(180, 0, 30, 297, width_mm=0, fill=(205, 205, 205))
        glass.rect(0, 150, 180, 147, width_mm=0, fill=(248, 248, 248))
        paste(glass, page, 6, 8, k=1.0, dpi=280, grey=True)
        glass.rect(6, 8, 125, 88, width_mm=0.25, color=(70, 70, 70))
        glass.text(8, 100, "KONICA MINOLTA bizhub C250i", font="sans", size_pt=6, color=(170, 170, 170))
        if annotate:
            glass.handwriting(20, 120, annotate, rng, size_pt=12)
        sh = Sheet()
        paste(sh, glass, 0, 0, angle=180, dpi=170)
        return [sh]
    return make


for _c in ("HTI", "TCD", "SUR"):
    _register(f"passport-td3-{_c.lower()}-gsm-foto-boekje-open-donker-bureau-25", "identity-document", PART,
              _PP[_c]["loc"], _passport_phone(_c), country=_c, mrz="TD3", photo=True,
              notes=f"{_c} passport photographed with a phone on a dark desk, booklet open, turned a few degrees")
for _c in ("NPL", "TUR"):
    _register(f"passport-td3-{_c.lower()}-kopieerglas-linksboven-deksel-schaduw-ondersteboven-25",
              "identity-document", PART, _PP[_c]["loc"], _passport_copier(_c), country=_c, mrz="TD3", photo=True,
              notes=f"{_c} passport scanned at the top left of a copier's glass, lid shadow, filed upside down")


# --------------------------------------------------------------------------- Chad's national identity card (TD1)

def idcard_tcd(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, **opts):
    issue, expiry = _dates(rng, issue_date, expiry_date, 10)
    number = _digits(rng, 9)
    nni = _digits(rng, 11)
    md = _mrz_data(person, mrz_override)
    lines = M.td1(doc_code="ID", issuing="TCD", number=md.get("number", number), nationality=md["nationality"],
                  birth_date=md["birth_date"], sex=md["sex"], expiry=expiry, surname=md["surname"],
                  given=md["given_names"], optional1=nni[:11], break_check=break_check)
    f = Sheet(85.6, 54)
    f.rect(0, 0, 85.6, 54, width_mm=0, fill=(232, 238, 246))
    for i, col in enumerate([(0, 40, 120), (250, 200, 0), (200, 20, 40)]):
        f.rect(78 + i * 2.5, 0, 2.5, 54, width_mm=0, fill=col)
    f.text(38, 2.5, "RÉPUBLIQUE DU TCHAD", font="sans4", size_pt=6, bold=True, anchor="center")
    f.text(38, 6, "CARTE NATIONALE D'IDENTITÉ", font="sans4", size_pt=5, anchor="center")
    f.photo(3, 11, 21, 27, rng)
    rows = [("Nom", person.surname.upper()), ("Prénom(s)", person.given_names), ("Sexe", person.sex),
            ("Né(e) le", person.birth_date.strftime("%d/%m/%Y")), ("À", person.birth_place),
            ("Nationalité", "Tchadienne"), ("Expire le", expiry.strftime("%d/%m/%Y"))]
    y = 10.5
    for a, b in rows:
        f.text(27, y, a, font="sans2", size_pt=3.5, color=GREY)
        f.text(27, y + 1.5, b, font="sans4", size_pt=_fit(b, "sans4", 5.6, 48, bold=True), bold=True)
        y += 5.6
    f.signature(4, 42, 19, 7, rng, color=(20, 20, 30))
    b = Sheet(85.6, 54)
    b.rect(0, 0, 85.6, 54, width_mm=0, fill=(236, 240, 236))
    b.text(3, 3, f"NNI : {nni}", font="sans4", size_pt=5, bold=True)
    b.text(3, 7.5, f"Délivrée le {issue.strftime('%d/%m/%Y')} – ANATS", font="sans4", size_pt=4.6)
    b.text(3, 12, f"Domicile : {rng.choice(['N’Djamena 7e arr.', 'Moundou', 'Abéché', 'N’Djamena 5e arr.'])}",
           font="sans4", size_pt=4.6)
    for i, ln in enumerate(lines):
        b.text(3, 33 + i * 5.5, ln, font="ocrb", size_pt=OCR, color=(10, 10, 10))
    sh = Sheet()
    paste(sh, f, 16, 30, k=1.0, dpi=300)
    paste(sh, b, 108, 30, k=1.0, dpi=300)
    sh.text(20, 100, "Copie certifiée conforme à l'original qui nous a été présenté.", font="serif", size_pt=10.5)
    d = TODAY - datetime.timedelta(days=rng.randint(5, 60))
    sh.text(20, 107, f"Schaerbeek, le {d.strftime('%d/%m/%Y')}", font="serif", size_pt=10.5)
    sh.text(20, 114, "Pour le Bourgmestre, l'agent délégué", font="serif", size_pt=9.5, color=GREY)
    sh.signature(20, 118, 38, 12, rng, color=INK)
    sh.stamp(110, 100, ["COMMUNE DE SCHAERBEEK", "POPULATION", "GEMEENTE SCHAARBEEK"], rng, shape="round",
             size_mm=30, color=STAMPB, angle=rng.uniform(-20, 20))
    return [sh]


_register("idcard-td1-tcd-voor-naast-achter-gewaarmerkt-schaarbeek-25", "identity-document", PART, "fr", idcard_tcd,
          country="TCD", mrz="TD1", photo=True,
          notes="Chadian national identity card, front beside back, certified true copy by a Brussels commune")


# --------------------------------------------------------------------------- Dutch residence document

def permit_nl_yellow(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None,
                     purpose=None, v_number=None, **opts):
    issue, expiry = _dates(rng, issue_date, expiry_date, rng.choice([1, 5]))
    number = rng.choice("NRWX") + rng.choice("BCDFGHJKLMNPRSTVWXYZ") + _digits(rng, 7)
    purpose = purpose or rng.choice(["verblijf bij partner", "medische behandeling", "humanitair tijdelijk"])
    md = _mrz_data(person, mrz_override)
    lines = M.td1(doc_code="IR", issuing="NLD", number=md.get("number", number), nationality=md["nationality"],
                  birth_date=md["birth_date"], sex=md["sex"], expiry=expiry, surname=md["surname"],
                  given=md["given_names"], break_check=break_check)
    vnr = v_number or person.v_number or _digits(rng, 10)
    f = Sheet(85.6, 54)
    f.rect(0, 0, 85.6, 54, width_mm=0, fill=(232, 236, 244))
    f.text(3, 2.5, "VERBLIJFSVERGUNNING", font="sans4", size_pt=6, bold=True, color=(20, 40, 110))
    f.text(3, 6.5, "KONINKRIJK DER NEDERLANDEN", font="sans4", size_pt=4, color=GREY)
    f.photo(62, 10, 20, 26, rng)
    rows = [("Naam", person.surname.upper()), ("Voornamen", person.given_names.upper()),
            ("Geboortedatum", person.birth_date.strftime("%d-%m-%Y")), ("Geslacht", person.sex),
            ("Nationaliteit", md["nationality"]), ("Einde geldigheid", expiry.strftime("%d-%m-%Y")),
            ("Documentnummer", number)]
    y = 10
    for a, b in rows:
        f.text(3, y, a, font="sans4", size_pt=3.4, color=GREY)
        f.text(3, y + 1.4, b, font="sans4", size_pt=_fit(b, "sans4", 5.2, 56, bold=True), bold=True)
        y += 5.2
    b = Sheet(85.6, 54)
    b.rect(0, 0, 85.6, 54, width_mm=0, fill=(236, 238, 242))
    b.text(3, 3, f"REGULIER BEPAALD – {purpose.upper()}"[:52], font="sans4", size_pt=4.4)
    b.text(3, 7.5, f"V-nummer: {vnr}", font="sans4", size_pt=4.4)
    b.text(3, 12, f"Arbeid vrij toegestaan. TWV niet vereist. Afgifte {issue.strftime('%d-%m-%Y')}", font="sans4",
           size_pt=4.0)
    for i, ln in enumerate(lines):
        b.text(3, 33 + i * 5.5, ln, font="ocrb", size_pt=OCR)
    sh = Sheet(paper="yellow")
    paste(sh, f, 60, 40, k=1.1, dpi=280)
    paste(sh, b, 60, 40 + 54 * 1.1 + 8, k=1.1, dpi=280)
    sh.rect(14, 10, 10, 2.2, width_mm=0, fill=(150, 150, 150))
    sh.rule(12, 13, 30, 13, width_mm=0.2, color=(200, 200, 190))
    return [sh]


_register("permit-nl-vergeeld-voor-boven-achter-nietje-25", "identity-document", PART, "nl", permit_nl_yellow,
          country="NLD", mrz="TD1", photo=True,
          notes="Dutch residence document, front above back on yellowed paper, a staple's shadow at the top left")


# --------------------------------------------------------------------------- birth certificates

def _par(person, father, mother):
    return father or person.father or "—", mother or person.mother or "—"


def birth_hti(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Haiti: 'Extrait des registres de l'état civil' of the Archives nationales, the act typed as continuous prose
    with the dates in words, the archivist's signature and the blue oval seal."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(30, 400))
    act = act_date or person.birth_date + datetime.timedelta(days=rng.randint(5, 60))
    fa, mo = _par(person, father, mother)
    sh = Sheet(paper="cream")
    sh.text(105, 14, "RÉPUBLIQUE D'HAÏTI", font="serif5", size_pt=13, bold=True, anchor="center")
    sh.text(105, 21, "ARCHIVES NATIONALES D'HAÏTI", font="serif5", size_pt=11, anchor="center")
    sh.text(105, 27, "Extrait des Registres de l'État Civil", font="serif5", size_pt=10, anchor="center",
            italic=True)
    sh.rule(40, 33, 170, 33, width_mm=0.4)
    reg = f"Registre {rng.choice(['A', 'B', 'C'])}-{act.year} · Feuillet {rng.randint(10, 199)} · Acte n° {rng.randint(100, 2999)}"
    sh.text(20, 40, reg, font="typewriter", size_pt=10)
    off = rng.choice(["Section Est", "Section Nord", "Section Sud", "Section Ouest"])
    txt = (f"L'an {_fr_long(act).split(' ', 2)[-1]}, le {_fr_long(act).rsplit(' ', 1)[0]}, par-devant Nous, "
           f"Officier de l'État Civil de {person.birth_place}, {off}, a comparu le sieur {fa}, lequel nous a "
           f"déclaré que le {_fr_long(person.birth_date)}, en la ville de {person.birth_place}, est né "
           f"{'un enfant du sexe masculin' if person.sex == 'M' else 'un enfant du sexe féminin'} qu'il a "
           f"nommé {person.given_names} {person.surname.upper()}, fils{'' if person.sex == 'M' else '/fille'} de lui "
           f"comparant et de la dame {mo}, son épouse. Dont acte, fait et dressé en présence de deux témoins, "
           f"lecture faite, les comparants ont signé avec Nous.")
    y = sh.paragraph(20, 50, 170, txt, font="typewriter", size_pt=10.5, leading=1.7, align="justify")
    y = sh.paragraph(20, y + 6, 170, f"Pour extrait conforme, délivré à Port-au-Prince, le {_fr_long(issue)}.",
                     font="typewriter", size_pt=10.5, leading=1.6)
    sh.text(120, y + 8, "Le Directeur Général", font="serif5", size_pt=10)
    sh.signature(120, y + 13, 44, 14, rng, color=INK)
    sh.stamp(40, y + 6, ["ARCHIVES NATIONALES", "HAÏTI", "ÉTAT CIVIL"], rng, shape="oval", size_mm=34,
             color=STAMPB, angle=rng.uniform(-12, 12))
    sh.text(20, 285, f"Timbre fiscal acquitté – {rng.randint(100, 500)} gourdes", font="sans2", size_pt=7.5,
            color=GREY)
    return [sh]


def birth_tcd(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Chad: the pre-printed 'Acte de naissance' of a civil-status centre, filled in by hand in black ballpoint,
    the centre's round stamp over the officer's signature."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(30, 400))
    act = act_date or person.birth_date + datetime.timedelta(days=rng.randint(5, 60))
    fa, mo = _par(person, father, mother)
    sh = Sheet(paper="cream")
    hf = rng.choice(["hand1", "hand2", "hand4"])
    ink = (25, 25, 40)
    sh.text(20, 12, "RÉPUBLIQUE DU TCHAD", font="sans2", size_pt=10, bold=True)
    sh.text(20, 17, "Unité – Travail – Progrès", font="sans2", size_pt=8, italic=True)
    sh.text(20, 22, "MINISTÈRE DE L'ADMINISTRATION DU TERRITOIRE", font="sans2", size_pt=8)
    sh.text(20, 26.5, f"Centre d'état civil de {person.birth_place}", font="sans2", size_pt=8)
    sh.text(190, 12, "N° ..........", font="sans2", size_pt=10, anchor="right")
    sh.handwriting(168, 9.6, f"{rng.randint(10, 999)}/{act.year}", rng, size_pt=11, color=ink, font=hf)
    sh.text(105, 38, "ACTE DE NAISSANCE", font="sans2", size_pt=16, bold=True, anchor="center")
    rows = [("Nom", person.surname.upper()), ("Prénom(s)", person.given_names),
            ("Sexe", "masculin" if person.sex == "M" else "féminin"),
            ("Date de naissance", person.birth_date.strftime("%d/%m/%Y")), ("Lieu de naissance", person.birth_place),
            ("Nom et prénom du père", fa), ("Nom et prénom de la mère", mo),
            ("Date de la déclaration", act.strftime("%d/%m/%Y"))]
    y = 52
    for a, b in rows:
        sh.text(22, y, a + " :", font="sans2", size_pt=10.5)
        sh.rule(78, y + 4.6, 188, y + 4.6, width_mm=0.15, dash=0.6, color=(80, 80, 80))
        sh.handwriting(80, y - 2.2, b, rng, size_pt=12, color=ink, font=hf)
        y += 11
    sh.text(22, y + 6, "Délivré le :", font="sans2", size_pt=10.5)
    sh.handwriting(48, y + 3.8, issue.strftime("%d/%m/%Y"), rng, size_pt=12, color=ink, font=hf)
    sh.text(120, y + 6, "L'Officier d'état civil", font="sans2", size_pt=10)
    sh.signature(122, y + 12, 40, 13, rng, color=ink)
    sh.stamp(112, y + 8, [f"CENTRE D'ÉTAT CIVIL", strip_accents(person.birth_place).upper(), "TCHAD"], rng,
             shape="round", size_mm=30, color=(110, 50, 140), angle=rng.uniform(-25, 25))
    return [sh]


def birth_npl(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Nepal: the local registrar's Birth Registration Certificate in its English version, a numbered grid of
    two columns, the ward office's round stamp."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(30, 400))
    act = act_date or person.birth_date + datetime.timedelta(days=rng.randint(5, 60))
    fa, mo = _par(person, father, mother)
    sh = Sheet()
    sh.text(105, 14, "Government of Nepal", font="serif3", size_pt=11, anchor="center")
    sh.text(105, 20, "Ministry of Home Affairs · Department of National ID and Civil Registration",
            font="serif3", size_pt=8.5, anchor="center", color=GREY)
    ward = f"{strip_accents(person.birth_place)} Metropolitan City, Ward No. {rng.randint(1, 32)}"
    sh.text(105, 26, f"Office of the Local Registrar, {ward}", font="serif3", size_pt=8.5, anchor="center")
    sh.text(105, 38, "BIRTH REGISTRATION CERTIFICATE", font="serif3", size_pt=14, bold=True, anchor="center",
            color=(150, 20, 40))
    sh.text(20, 48, f"Registration No.: {rng.randint(1, 9)}-{_digits(rng, 2)}-{_digits(rng, 2)}-{_digits(rng, 5)}",
            font="mono", size_pt=9.5)
    sh.text(190, 48, f"Date of registration: {act.strftime('%Y-%m-%d')}", font="mono", size_pt=9.5, anchor="right")
    rows = [("Full name of the child", f"{person.given_names} {person.surname}"),
            ("Sex", {"M": "Male", "F": "Female"}[person.sex]), ("Date of birth (A.D.)", person.birth_date.strftime("%Y-%m-%d")),
            ("Place of birth", f"{person.birth_place}, Nepal"), ("Father's full name", fa),
            ("Mother's full name", mo), ("Citizenship of father / mother", "Nepali / Nepali"),
            ("Permanent address", ward)]
    y = 56
    for i, (a, b) in enumerate(rows, 1):
        sh.rect(20, y, 10, 10, width_mm=0.25)
        sh.rect(30, y, 60, 10, width_mm=0.25)
        sh.rect(90, y, 100, 10, width_mm=0.25)
        sh.text(25, y + 3, str(i), font="serif3", size_pt=9, anchor="center")
        sh.text(32, y + 3, a, font="serif3", size_pt=8.8)
        sh.text(92, y + 3, b, font="serif3", size_pt=_fit(b, "serif3", 9.8, 96))
        y += 10
    sh.text(20, y + 10, f"Issued on: {issue.strftime('%d %B %Y')}", font="serif3", size_pt=10)
    sh.signature(130, y + 8, 40, 13, rng, color=INK)
    sh.text(130, y + 24, "Local Registrar", font="serif3", size_pt=9.5)
    sh.stamp(70, y + 6, ["WARD OFFICE", strip_accents(person.birth_place).upper(), "NEPAL"], rng, shape="round",
             size_mm=28, color=(170, 30, 40), angle=rng.uniform(-10, 10))
    return [sh]


def birth_tur(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Türkiye: the 'Doğum Belgesi' (Formül A-less) printed from e-Devlet, a barcode square and the verification
    code at the foot, no signature (an electronically signed document)."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(30, 400))
    fa, mo = _par(person, father, mother)
    sh = Sheet()
    sh.text(20, 12, "T.C.", font="sans4", size_pt=10, bold=True)
    sh.text(20, 17, "İÇİŞLERİ BAKANLIĞI", font="sans4", size_pt=9)
    sh.text(20, 21.5, "Nüfus ve Vatandaşlık İşleri Genel Müdürlüğü", font="sans4", size_pt=8.5)
    sh.text(190, 12, "e-Devlet Kapısı", font="sans4", size_pt=9, anchor="right", color=(180, 30, 40))
    sh.text(105, 36, "DOĞUM BELGESİ", font="sans4", size_pt=15, bold=True, anchor="center")
    rows = [("T.C. Kimlik No", _digits(rng, 11)), ("Adı", person.given_names.upper()),
            ("Soyadı", person.surname.upper()), ("Cinsiyeti", "Erkek" if person.sex == "M" else "Kadın"),
            ("Baba Adı", fa.split()[0]), ("Anne Adı", mo.split()[0]),
            ("Doğum Yeri", person.birth_place), ("Doğum Tarihi", person.birth_date.strftime("%d.%m.%Y")),
            ("Medeni Hali", rng.choice(["Bekâr", "Evli"])),
            ("İl / İlçe", f"{person.birth_place} / Merkez")]
    y = 48
    for a, b in rows:
        sh.rect(30, y, 55, 8, width_mm=0.2, fill=(238, 238, 238))
        sh.rect(85, y, 95, 8, width_mm=0.2)
        sh.text(32, y + 2, a, font="sans4", size_pt=9.5, bold=True)
        sh.text(87, y + 2, b, font="sans4", size_pt=9.8)
        y += 8
    sh.paragraph(30, y + 8, 150, "Bu belge 5070 sayılı Elektronik İmza Kanunu uyarınca güvenli elektronik imza ile "
                 "imzalanmıştır.", font="sans4", size_pt=8.5, color=GREY)
    r = random.Random(rng.random())
    for i in range(14):
        for j in range(14):
            if r.random() < 0.5:
                sh.rect(30 + i * 1.6, 250 + j * 1.6, 1.6, 1.6, width_mm=0, fill=(0, 0, 0))
    sh.text(60, 252, f"Belge Doğrulama Kodu: {''.join(r.choice('ABCDEFGHJKLMNPRSTUVYZ0123456789') for _ in range(16))}",
            font="mono", size_pt=8.5)
    sh.text(60, 258, f"Düzenlenme tarihi: {issue.strftime('%d.%m.%Y')} {r.randint(8, 20):02d}:{r.randint(0, 59):02d}",
            font="mono", size_pt=8.5)
    return [sh]


_register("birth-hti-archives-nationales-extrait-proza-typemachine-25", "birth-certificate", PART, "fr", birth_hti,
          country="HTI")
_register("birth-tcd-voorgedrukt-formulier-met-de-hand-ingevuld-25", "birth-certificate", PART, "fr", birth_tcd,
          country="TCD")
_register("birth-npl-registration-certificate-genummerd-raster-25", "birth-certificate", PART, "en", birth_npl,
          country="NPL")
_register("birth-tur-e-devlet-dogum-belgesi-streepjescode-25", "birth-certificate", PART, "tr", birth_tur,
          country="TUR")


# --------------------------------------------------------------------------- nationality

def nationality_tcd(person, rng, *, issue_date=None, **opts):
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(40, 500))
    sh = Sheet()
    sh.text(20, 14, "RÉPUBLIQUE DU TCHAD", font="serif7", size_pt=10.5, bold=True)
    sh.text(20, 19.5, "COUR D'APPEL DE N'DJAMENA", font="serif7", size_pt=9)
    sh.text(20, 24.5, "TRIBUNAL DE GRANDE INSTANCE DE N'DJAMENA", font="serif7", size_pt=9)
    sh.text(105, 42, "CERTIFICAT DE NATIONALITÉ TCHADIENNE", font="serif7", size_pt=14, bold=True, anchor="center")
    sh.text(105, 50, f"N° {rng.randint(100, 9999)}/TGI/ND/{issue.year}", font="serif7", size_pt=10, anchor="center")
    txt = (f"Nous, Président du Tribunal de Grande Instance de N'Djamena, certifions que "
           f"{'le nommé' if person.sex == 'M' else 'la nommée'} {person.surname.upper()} {person.given_names}, "
           f"{'né' if person.sex == 'M' else 'née'} le {person.birth_date.strftime('%d/%m/%Y')} à "
           f"{person.birth_place}, {'fils' if person.sex == 'M' else 'fille'} de {person.father or '—'} et de "
           f"{person.mother or '—'}, est de nationalité tchadienne en vertu de l'article 12 de l'ordonnance "
           f"n° 33/PG-INT du 14 août 1962 portant Code de la nationalité tchadienne, comme étant né(e) au Tchad "
           f"d'un père tchadien.")
    y = sh.paragraph(25, 62, 160, txt, font="serif7", size_pt=10.5, leading=1.6, align="justify")
    sh.text(25, y + 8, f"Fait à N'Djamena, le {_fr_long(issue)}", font="serif7", size_pt=10.5)
    sh.text(120, y + 18, "Le Président", font="serif7", size_pt=10)
    sh.signature(118, y + 23, 44, 14, rng, color=INK)
    sh.stamp(60, y + 16, ["TRIBUNAL DE GRANDE INSTANCE", "N'DJAMENA", "LE PRÉSIDENT"], rng, shape="round",
             size_mm=32, color=STAMPB, angle=rng.uniform(-15, 15))
    return [sh]


def nationality_npl(person, rng, *, issue_date=None, **opts):
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(40, 500))
    sh = Sheet(paper="cream")
    sh.rect(18, 18, 174, 150, width_mm=0.8, color=(150, 20, 40))
    sh.text(105, 26, "Government of Nepal · Ministry of Home Affairs", font="sans3", size_pt=9, anchor="center")
    sh.text(105, 32, f"District Administration Office, {strip_accents(person.birth_place)}", font="sans3",
            size_pt=9, anchor="center")
    sh.text(105, 42, "NEPALI CITIZENSHIP CERTIFICATE", font="sans3", size_pt=13, bold=True, anchor="center")
    sh.text(105, 48, "(by descent) – English version", font="sans3", size_pt=8.5, anchor="center", color=GREY)
    sh.photo(152, 54, 30, 38, rng)
    rows = [("Citizenship Certificate No.", f"{rng.randint(10, 77)}-{_digits(rng, 2)}-{_digits(rng, 2)}-{_digits(rng, 5)}"),
            ("Full name", f"{person.given_names} {person.surname}"), ("Sex", {"M": "Male", "F": "Female"}[person.sex]),
            ("Place of birth", f"{person.birth_place}, Nepal"), ("Date of birth (A.D.)", person.birth_date.strftime("%d-%m-%Y")),
            ("Father's name", person.father or "—"), ("Mother's name", person.mother or "—"),
            ("Date of issue", issue.strftime("%d-%m-%Y"))]
    y = 56
    for a, b in rows:
        sh.text(24, y, a, font="sans3", size_pt=8.5, color=GREY)
        sh.text(24, y + 4, b, font="sans3", size_pt=10)
        y += 11
    sh.signature(120, y - 4, 40, 12, rng, color=INK)
    sh.text(120, y + 10, "Assistant Chief District Officer", font="sans3", size_pt=8.5)
    return [sh]


_register("nationality-tcd-tribunal-certificaat-gerechtvaardigd-25", "nationality-certificate", PART, "fr",
          nationality_tcd, country="TCD")
_register("nationality-npl-citizenship-certificate-engels-kader-foto-25", "nationality-certificate", PART, "en",
          nationality_npl, country="NPL")


# --------------------------------------------------------------------------- embassies' identity certificates

_EMB = {"TCD": dict(name="AMBASSADE DE LA RÉPUBLIQUE DU TCHAD", sub="auprès du Royaume de Belgique",
                    addr="Boulevard Lambermont 52, 1030 Bruxelles", nat="tchadienne", col=(0, 40, 110)),
        "HTI": dict(name="AMBASSADE DE LA RÉPUBLIQUE D'HAÏTI", sub="Section consulaire – Bruxelles",
                    addr="Rue Marie-Thérèse 1, 1210 Bruxelles", nat="haïtienne", col=(170, 20, 40))}


def _idcert(code: str):
    E = _EMB[code]

    def make(person, rng, *, issue_date=None, declarative=False, **opts):
        issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(40, 300))
        sh = Sheet()
        sh.photo(20, 14, 30, 38, rng)
        sh.rect(20, 14, 30, 38, width_mm=0.2)
        sh.text(120, 16, E["name"], font="serif6", size_pt=11.5, bold=True, anchor="center", color=E["col"])
        sh.text(120, 22, E["sub"], font="serif6", size_pt=9, anchor="center")
        sh.text(120, 27, E["addr"], font="serif6", size_pt=8.5, anchor="center", color=GREY)
        sh.text(120, 44, "ATTESTATION D'IDENTITÉ", font="serif6", size_pt=15, bold=True, anchor="center")
        sh.text(120, 51, f"N° {rng.randint(10, 999)}/{code}/SC/{issue.year}", font="serif6", size_pt=9.5,
                anchor="center")
        il = "elle" if person.sex == "F" else "il"
        txt = (f"L'Ambassadeur soussigné atteste que {'Madame' if person.sex == 'F' else 'Monsieur'} "
               f"{person.surname.upper()} {person.given_names}, {'née' if person.sex == 'F' else 'né'} le "
               f"{person.birth_date.strftime('%d/%m/%Y')} à {person.birth_place}, de nationalité {E['nat']}, "
               f"dont la photographie figure ci-contre, ")
        if declarative:
            txt += (f"s'est présenté{'e' if person.sex == 'F' else ''} à nos services et a déclaré se nommer ainsi. "
                    f"La présente attestation est établie sur la seule base de ses déclarations, aucun document "
                    f"d'identité n'ayant été produit.")
        else:
            txt += (f"est bien connu{'e' if person.sex == 'F' else ''} de nos services : son identité a été "
                    f"vérifiée sur la base de son acte de naissance et du registre d'immatriculation consulaire, où "
                    f"{il} est inscrit{'e' if person.sex == 'F' else ''} sous le n° {rng.randint(1000, 9999)}.")
        y = sh.paragraph(20, 64, 170, txt, font="serif6", size_pt=11, leading=1.6, align="justify")
        y = sh.paragraph(20, y + 4, 170, "En foi de quoi, la présente attestation lui est délivrée pour servir et "
                         "valoir ce que de droit.", font="serif6", size_pt=11, leading=1.6)
        sh.text(110, y + 10, f"Fait à Bruxelles, le {issue.strftime('%d/%m/%Y')}", font="serif6", size_pt=10.5)
        sh.text(110, y + 17, "L'Ambassadeur", font="serif6", size_pt=10.5, bold=True)
        sh.signature(110, y + 22, 46, 15, rng, color=INK)
        sh.stamp(36, 40, [E["name"][:26], "BRUXELLES", "SECTION CONSULAIRE"], rng, shape="round", size_mm=30,
                 color=STAMPB, angle=rng.uniform(-20, 20))
        return [sh]

    return make


for _c in ("TCD", "HTI"):
    _register(f"idcert-{_c.lower()}-ambassade-attestation-foto-linksboven-stempel-over-foto-25",
              "identity-certificate", PART, "fr", _idcert(_c), country=_c, photo=True)


def idcert_npl(person, rng, *, issue_date=None, declarative=False, **opts):
    """The Embassy of Nepal's English 'Identity Certificate': a bordered letter with the photo stapled at the top
    right and the embassy's round seal half over it, the text in numbered lines."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(40, 300))
    sh = Sheet()
    sh.rect(12, 10, 186, 277, width_mm=0.4, color=(150, 20, 40))
    sh.text(105, 18, "EMBASSY OF NEPAL", font="serif2", size_pt=14, bold=True, anchor="center", color=(150, 20, 40))
    sh.text(105, 25, "Avenue Brugmann 210, 1050 Brussels · Consular Section", font="serif2", size_pt=8.5,
            anchor="center", color=GREY)
    sh.photo(152, 36, 30, 38, rng)
    sh.rule(156, 35, 164, 37, width_mm=0.6, color=(150, 150, 150))
    sh.text(20, 40, f"Ref. No.: EON/BRU/CONS/{rng.randint(100, 999)}/{issue.year % 100:02d}-{issue.year % 100 + 1:02d}",
            font="serif2", size_pt=9.5)
    sh.text(20, 46, f"Date: {issue.strftime('%d %B %Y')}", font="serif2", size_pt=9.5)
    sh.text(20, 60, "IDENTITY CERTIFICATE", font="serif2", size_pt=14, bold=True)
    rows = [("1. Name", f"{person.given_names} {person.surname}"), ("2. Sex", {"M": "Male", "F": "Female"}[person.sex]),
            ("3. Date of birth", person.birth_date.strftime("%d-%m-%Y")), ("4. Place of birth", f"{person.birth_place}, Nepal"),
            ("5. Father's name", person.father or "—"), ("6. Nationality", "Nepalese")]
    y = 82
    for a, b in rows:
        sh.text(24, y, a, font="serif2", size_pt=10.5)
        sh.text(80, y, ": " + b, font="serif2", size_pt=10.5)
        y += 7
    if declarative:
        txt = ("This certificate is issued on the basis of the declaration made by the applicant before the consular "
               "officer; no identity document has been presented.")
    else:
        txt = ("This is to certify that the person whose photograph is affixed above and whose particulars are given "
               "above is a citizen of Nepal, as verified from the Nepali citizenship certificate and the records of "
               "the District Administration Office.")
    y = sh.paragraph(24, y + 6, 160, txt, font="serif2", size_pt=10.5, leading=1.5)
    sh.signature(130, y + 8, 44, 14, rng, color=INK)
    sh.text(130, y + 24, "Consular Officer", font="serif2", size_pt=10)
    sh.stamp(138, 58, ["EMBASSY OF NEPAL", "BRUSSELS", "CONSULAR"], rng, shape="round", size_mm=28,
             color=(150, 30, 60), angle=rng.uniform(-20, 20))
    return [sh]


_register("idcert-npl-embassy-identity-certificate-genummerde-regels-25", "identity-certificate", PART, "en",
          idcert_npl, country="NPL", photo=True)


# --------------------------------------------------------------------------- marriage certificates

def marriage_hti(person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(30, 300))
    wed = marriage_date or TODAY - datetime.timedelta(days=rng.randint(800, 5000))
    sp = spouse
    sh = Sheet(paper="cream")
    sh.text(105, 14, "RÉPUBLIQUE D'HAÏTI", font="serif5", size_pt=12, bold=True, anchor="center")
    sh.text(105, 20, "ARCHIVES NATIONALES D'HAÏTI – ÉTAT CIVIL", font="serif5", size_pt=9.5, anchor="center")
    sh.text(105, 32, "EXTRAIT DES REGISTRES DES ACTES DE MARIAGE", font="serif5", size_pt=12, bold=True,
            anchor="center")
    sh.text(20, 42, f"Registre M-{wed.year} · Acte n° {rng.randint(10, 999)}", font="typewriter", size_pt=10)
    txt = (f"Le {_fr_long(wed)}, par-devant Nous, Officier de l'État Civil de {person.birth_place}, ont comparu "
           f"le sieur {person.given_names} {person.surname.upper()}, né le {person.birth_date.strftime('%d/%m/%Y')} "
           f"à {person.birth_place}, et la demoiselle {sp.given_names if sp else '—'} "
           f"{sp.surname.upper() if sp else ''}, née le {sp.birth_date.strftime('%d/%m/%Y') if sp else '—'} à "
           f"{sp.birth_place if sp else '—'}, lesquels ont déclaré vouloir se prendre pour mari et femme. Nous avons "
           f"prononcé au nom de la loi qu'ils sont unis par le mariage, en présence de deux témoins majeurs.")
    y = sh.paragraph(20, 52, 170, txt, font="typewriter", size_pt=10.5, leading=1.7, align="justify")
    sh.text(20, y + 8, f"Pour extrait conforme, Port-au-Prince, le {_fr_long(issue)}.", font="typewriter",
            size_pt=10.5)
    sh.signature(120, y + 14, 44, 14, rng, color=INK)
    sh.text(120, y + 30, "L'Officier de l'État Civil", font="serif5", size_pt=9.5)
    sh.stamp(40, y + 14, ["ÉTAT CIVIL", "PORT-AU-PRINCE", "HAÏTI"], rng, shape="round", size_mm=30, color=STAMPB)
    return [sh]


def marriage_npl(person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(30, 300))
    wed = marriage_date or TODAY - datetime.timedelta(days=rng.randint(800, 5000))
    sp = spouse
    sh = Sheet()
    sh.text(105, 14, "Government of Nepal", font="serif3", size_pt=11, anchor="center")
    sh.text(105, 20, "Office of the Local Registrar", font="serif3", size_pt=9, anchor="center", color=GREY)
    sh.text(105, 32, "MARRIAGE REGISTRATION CERTIFICATE", font="serif3", size_pt=13, bold=True, anchor="center")
    sh.text(20, 42, f"Registration No. {rng.randint(1, 9)}-{_digits(rng, 2)}-{_digits(rng, 4)}", font="mono",
            size_pt=9.5)
    sh.text(190, 42, f"Date of marriage: {wed.strftime('%Y-%m-%d')}", font="mono", size_pt=9.5, anchor="right")
    y = 54
    for head, q in (("Husband", person), ("Wife", sp)):
        sh.rect(20, y, 170, 8, width_mm=0, fill=(240, 228, 230))
        sh.text(22, y + 2, head, font="serif3", size_pt=10, bold=True)
        y += 11
        for a, b in (("Full name", f"{q.given_names} {q.surname}" if q else "—"),
                     ("Date of birth", q.birth_date.strftime("%Y-%m-%d") if q else "—"),
                     ("Place of birth", q.birth_place if q else "—"), ("Father's name", (q.father if q else "") or "—")):
            sh.text(24, y, a, font="serif3", size_pt=9.5, color=GREY)
            sh.text(80, y, b, font="serif3", size_pt=10)
            y += 6.5
        y += 4
    sh.text(20, y + 6, f"Issued on {issue.strftime('%d %B %Y')}", font="serif3", size_pt=10)
    sh.signature(130, y + 4, 40, 13, rng, color=INK)
    sh.text(130, y + 20, "Local Registrar", font="serif3", size_pt=9.5)
    sh.stamp(70, y + 2, ["WARD OFFICE", "LOCAL REGISTRAR", "NEPAL"], rng, shape="round", size_mm=27,
             color=(170, 30, 40))
    return [sh]


_register("marriage-hti-archives-extrait-proza-typemachine-25", "marriage-certificate", PART, "fr", marriage_hti,
          country="HTI")
_register("marriage-npl-registration-certificate-blokken-man-vrouw-25", "marriage-certificate", PART, "en",
          marriage_npl, country="NPL")


# --------------------------------------------------------------------------- sworn translations

_SRC_FR = {"tr": "turc", "ne": "népali", "ar": "arabe", "es": "espagnol", "pt": "portugais"}
_SRC_NL = {"tr": "Turks", "ne": "Nepalees", "ar": "Arabisch", "es": "Spaans", "pt": "Portugees"}


def _rows(person, lang):
    if lang == "fr":
        return [("Nom", person.surname.upper()), ("Prénom", person.given_names),
                ("Sexe", "masculin" if person.sex == "M" else "féminin"),
                ("Nom du père", (person.father or "—").split()[0]), ("Nom de la mère", (person.mother or "—").split()[0]),
                ("Lieu de naissance", person.birth_place), ("Date de naissance", person.birth_date.strftime("%d.%m.%Y"))]
    return [("Achternaam", person.surname.upper()), ("Voornaam", person.given_names),
            ("Geslacht", "man" if person.sex == "M" else "vrouw"),
            ("Naam vader", (person.father or "—").split()[0]), ("Naam moeder", (person.mother or "—").split()[0]),
            ("Geboorteplaats", person.birth_place), ("Geboortedatum", person.birth_date.strftime("%d-%m-%Y"))]


def translation_liege(person, rng, *, issue_date=None, of_type="birth-certificate", source_lang="tr", **opts):
    """A sworn translation into French (Liège): a header line 'Traduction du turc', the translated document, the
    translator's certification on one final line, the signature at the right and a blue rectangular stamp."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(10, 60))
    t = {"birth-certificate": "EXTRAIT D'ACTE DE NAISSANCE", "marriage-certificate": "ACTE DE MARIAGE"}.get(
        of_type, "DOCUMENT")
    sh = Sheet()
    sh.text(190, 12, f"Traduction du {_SRC_FR.get(source_lang, 'turc')} – page 1/1", font="sans2", size_pt=8.5,
            anchor="right", color=GREY)
    sh.text(20, 22, "[armoiries] République de Turquie – Ministère de l'Intérieur", font="sans2", size_pt=10,
            italic=True)
    sh.text(20, 28, "Direction générale de la population et de la citoyenneté", font="sans2", size_pt=10, italic=True)
    sh.text(105, 42, t, font="sans2", size_pt=13, bold=True, anchor="center")
    y = 54
    for a, b in _rows(person, "fr"):
        sh.text(30, y, a, font="sans2", size_pt=10.5)
        sh.text(90, y, ": " + b, font="sans2", size_pt=10.5)
        y += 7
    sh.text(30, y + 4, "[code de vérification] [document signé électroniquement]", font="sans2", size_pt=9,
            italic=True)
    y += 20
    sh.paragraph(20, y, 170, "Je soussigné(e), traducteur juré près le Tribunal de première instance de Liège, "
                 "certifie la présente traduction conforme à l'original rédigé en langue "
                 f"{_SRC_FR.get(source_lang, 'turque').replace('turc', 'turque')}.", font="sans2", size_pt=10,
                 leading=1.4)
    sh.text(120, y + 18, f"Liège, le {issue.strftime('%d/%m/%Y')}", font="sans2", size_pt=10)
    sh.signature(120, y + 23, 42, 13, rng, color=INK)
    sh.stamp(30, y + 16, ["TRADUCTEUR JURÉ", "TURC – FRANÇAIS", "TPI LIÈGE"], rng, shape="rect", size_mm=38,
             color=STAMPB, angle=rng.uniform(-5, 5))
    return [sh]


def translation_denhaag(person, rng, *, issue_date=None, of_type="birth-certificate", source_lang="tr", **opts):
    """A Dutch sworn translator's translation (Den Haag): a grey side column with the legend ('vertaling',
    the Wbtv number, the source language), the translation at the right, the statement under it."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(10, 60))
    t = {"birth-certificate": "GEBOORTEBEWIJS", "marriage-certificate": "HUWELIJKSAKTE"}.get(of_type, "DOCUMENT")
    sh = Sheet()
    sh.rect(0, 0, 46, 297, width_mm=0, fill=(236, 236, 236))
    for i, ln in enumerate(("VERTALING", f"uit het {_SRC_NL.get(source_lang, 'Turks')}", "",
                            "beëdigd vertaler", f"Wbtv {rng.randint(10000, 99999)}", "Den Haag")):
        sh.text(8, 20 + i * 5.5, ln, font="sans5", size_pt=8.5, bold=(i == 0))
    sh.text(56, 20, "Republiek Turkije – Ministerie van Binnenlandse Zaken", font="serif4", size_pt=10)
    sh.text(56, 32, t, font="serif4", size_pt=13, bold=True)
    y = 44
    for a, b in _rows(person, "nl"):
        sh.text(56, y, a, font="serif4", size_pt=10.5, color=GREY)
        sh.text(110, y, b, font="serif4", size_pt=10.5)
        y += 7
    y = sh.paragraph(56, y + 10, 134, "Ondergetekende, beëdigd vertaler, verklaart dat deze vertaling getrouw en "
                     "volledig is gemaakt naar het hem/haar getoonde document in de "
                     f"{_SRC_NL.get(source_lang, 'Turks').lower().replace('turks', 'Turkse')} taal.",
                     font="serif4", size_pt=10, leading=1.45)
    sh.text(56, y + 8, f"’s-Gravenhage, {issue.strftime('%d-%m-%Y')}", font="serif4", size_pt=10)
    sh.signature(56, y + 13, 40, 12, rng, color=INK)
    sh.stamp(120, y + 6, ["BEËDIGD VERTALER", "TURKS", "’S-GRAVENHAGE"], rng, shape="oval", size_mm=32,
             color=STAMPB)
    return [sh]


_register("translation-be-luik-traducteur-jure-verklaring-een-regel-25", "translation", PART, "fr",
          translation_liege, country="BEL")
_register("translation-nl-den-haag-grijze-zijkolom-legenda-25", "translation", PART, "nl", translation_denhaag,
          country="NLD")
