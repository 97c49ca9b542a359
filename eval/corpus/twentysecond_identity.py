"""Identity and civil-status families of the `twentysecond` part (registered in identity.FAMILIES).

Written after dev, heldout and the parts fresh to twentyfirst had been read, by a writer who saw neither the
validator nor its output.  Passports of Benin, Ghana, Bangladesh and Tunisia whose data page prints the values in
a two-column grid under small captions in the national language and English in small capitals, the dates as
'12 MAR 1987', the photo at the right under a round hologram; scanned by the client on a home all-in-one printer
with the scanner's footer line (model, date, resolution), the booklet's observations page above carrying the holder's
handwritten emergency contact.  Passports of Türkiye and Suriname whose data page has the captions right-aligned
in a narrow column beside the values, copied tilted on a sheet with the paralegal's handwritten check list under it.  A Ghana
Card (TD1) copied front beside back at actual size with a staple mark; a Dutch residence document copied in
greyscale on the lower half under the lawyer's typed heading line.  Beninese civil-status acts on the commune's
A5 form copied on A4 with the values in violet typewriter capitals and a cancelled fiscal stamp; Ghanaian birth and
marriage certificates of the Registry (English, numbered entry table, embossed seal); a Turkish population-register
extract printed from a consulate's laser printer as a table with a grey header row.  Nationality certificates of a
Beninese court and of Ghana's Immigration Service; identity attestations of the embassies of Benin and Ghana (the
photo stamped over its corner with the embassy's stamp); sworn translations from Leuven and Nijmegen.
"""
from __future__ import annotations

import datetime
import random

from PIL import Image, ImageDraw, ImageFilter

from . import mrz as M
from .identity import TODAY, _dates, _digits, _mrz_data, _register
from .paper import Sheet, text_width_mm
from .people import format_date, strip_accents

PART = "twentysecond"
GREY = (105, 105, 105)
OCR_PT = 2.54 / 0.602 / (25.4 / 72)
VIOLET = (85, 40, 125)
BALL = (25, 40, 135)
_MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def _m3(d: datetime.date) -> str:
    return f"{d.day:02d} {_MON[d.month - 1]} {d.year}"


def put(sh: Sheet, sub: Sheet, x: float, y: float, *, k: float = 1.0, turn: float = 0.0, dpi: int = 260,
        grey: bool = False) -> tuple[float, float]:
    """Place a rendered piece on the sheet (scaled by k, turned by `turn` degrees)."""
    img = sub.render(dpi)
    if grey:
        img = img.convert("L").convert("RGB")
    if turn:
        img = img.rotate(turn, expand=True, resample=Image.BICUBIC, fillcolor=(255, 255, 255))
    w, h = img.width / dpi * 25.4 * k, img.height / dpi * 25.4 * k
    sh.image(x, y, w, h, img)
    return w, h


def _hologram(d_mm: float) -> Image.Image:
    n = int(d_mm * 10)
    im = Image.new("RGBA", (n, n), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    for r, col in ((0, (170, 200, 230, 70)), (n // 6, (220, 190, 230, 60)), (n // 3, (190, 230, 200, 60))):
        d.ellipse([r, r, n - r, n - r], outline=col, width=max(2, n // 25))
    return im


# --------------------------------------------------------------------------- passports, layout 1: home scanner

_PX = {
    "BEN": dict(state="RÉPUBLIQUE DU BÉNIN", word="PASSEPORT · PASSPORT", nat="BENINOISE", auth="DEI COTONOU",
                num=lambda r: "B" + _digits(r, 7), col=(0, 120, 70), years=5, loc="fr/en",
                cap=("NOM", "PRÉNOMS", "NATIONALITÉ", "DATE DE NAISSANCE", "SEXE", "LIEU DE NAISSANCE",
                     "DATE DE DÉLIVRANCE", "DATE D'EXPIRATION", "AUTORITÉ")),
    "GHA": dict(state="REPUBLIC OF GHANA", word="PASSPORT", nat="GHANAIAN", auth="MINISTRY OF FOREIGN AFFAIRS",
                num=lambda r: "G" + _digits(r, 7), col=(20, 80, 50), years=10, loc="en",
                cap=("", "", "", "", "", "", "", "", "")),
    "BGD": dict(state="PEOPLE'S REPUBLIC OF BANGLADESH", word="PASSPORT", nat="BANGLADESHI", auth="DIP/DHAKA",
                num=lambda r: "A" + _digits(r, 8), col=(0, 100, 60), years=10, loc="bn/en",
                cap=("PODOBI", "NAM", "JATIYOTA", "JONMO TARIKH", "LINGO", "JONMOSTHAN", "PRODANER TARIKH",
                     "MEYAD UTTIRNER TARIKH", "KORTIPOKKHO")),
    "TUN": dict(state="RÉPUBLIQUE TUNISIENNE", word="JAWAZ SAFAR · PASSEPORT · PASSPORT", nat="TUNISIENNE",
                auth="MINISTÈRE DE L'INTÉRIEUR", num=lambda r: "Z" + _digits(r, 6), col=(160, 20, 30), years=5,
                loc="ar/fr/en",
                cap=("AL-LAQAB / NOM", "AL-ISM / PRÉNOMS", "AL-JINSIYA / NATIONALITÉ", "TARIKH AL-WILADA / NÉ LE",
                     "AL-JINS / SEXE", "MAKAN AL-WILADA / LIEU", "TARIKH AL-ISDAR / DÉLIVRÉ", "SALIH ILA / EXPIRE",
                     "AL-SULTA / AUTORITÉ")),
}
_EN = ("SURNAME", "GIVEN NAMES", "NATIONALITY", "DATE OF BIRTH", "SEX", "PLACE OF BIRTH", "DATE OF ISSUE",
       "DATE OF EXPIRY", "AUTHORITY")


def _grid_page(code, person, rng, number, issue, expiry, lines) -> Sheet:
    cfg = _PX[code]
    s = Sheet(125, 88)
    s.rect(0, 0, 125, 88, width_mm=0, fill=(244, 246, 240))
    for k in range(0, 88, 3):
        s.rule(0, k, 125, k + 1.5, width_mm=0.05, color=(222, 232, 222))
    s.text(4, 2.5, cfg["state"], font="serif3", size_pt=7.2, bold=True, color=cfg["col"])
    s.text(121, 3, cfg["word"], font="sans5", size_pt=4.6, anchor="right", color=GREY)
    s.text(4, 8, f"TYPE P      CODE {code}      N° {number}", font="sans5", size_pt=5.2, bold=True)
    s.photo(91, 13, 30, 38, rng)
    s.image(100, 40, 16, 16, _hologram(16), blend="normal")
    vals = [person.surname.upper(), person.given_names.upper(), cfg["nat"], _m3(person.birth_date), person.sex,
            strip_accents(person.birth_place).upper(), _m3(issue), _m3(expiry), cfg["auth"]]
    pos = [(4, 14), (4, 20.5), (4, 27), (4, 33.5), (50, 33.5), (4, 40), (4, 46.5), (46, 46.5), (4, 53)]
    for i, ((x, y), v) in enumerate(zip(pos, vals)):
        cap = (cfg["cap"][i] + " / " if cfg["cap"][i] else "") + _EN[i]
        s.text(x, y, cap[:44], font="sans5", size_pt=3.0, color=(95, 110, 95))
        sz = 6.3
        lim = 84 if x == 4 and i not in (3, 6) else 38
        while sz > 4 and text_width_mm(v, "mono", sz, bold=True) > lim:
            sz -= 0.25
        s.text(x, y + 1.5, v, font="mono", size_pt=sz, bold=True, color=(25, 25, 30))
    s.signature(48, 58, 28, 7, rng, color=(20, 20, 40))
    for i, ln in enumerate(lines):
        s.text(4.2, 72 + i * 5.2, ln, font="ocrb", size_pt=OCR_PT, color=(15, 15, 15))
    return s


def _obs_page(person, rng, code) -> Sheet:
    s = Sheet(125, 88)
    s.rect(0, 0, 125, 88, width_mm=0, fill=(246, 246, 240))
    s.text(62.5, 4, "OBSERVATIONS / ENDORSEMENTS" if code in ("BEN", "TUN") else "OBSERVATIONS", font="sans5",
           size_pt=5.5, anchor="center", color=GREY)
    for k in range(14, 80, 8):
        s.rule(8, k, 117, k, width_mm=0.1, color=(190, 190, 190))
    pre = {"BEN": "+229", "GHA": "+233", "BGD": "+880", "TUN": "+216"}.get(code, "+00")
    s.handwriting(10, 16, "En cas d'urgence :" if code in ("BEN", "TUN") else "In case of emergency:", rng,
                  size_pt=8.5, color=BALL, font="hand3")
    s.handwriting(10, 24, f"{rng.choice(['Maman', 'Frère', 'Mother', 'Brother', 'Uncle'])}  {pre} "
                          f"{rng.randint(20, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
                  rng, size_pt=8.5, color=BALL, font="hand3")
    return s


def _passport_scanner(code: str):
    cfg = _PX[code]

    def make(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, crop=False,
             annotate=None, number=None, **opts):
        issue, expiry = _dates(rng, issue_date, expiry_date, cfg["years"])
        number = number or cfg["num"](rng)
        md = _mrz_data(person, mrz_override)
        lines = M.td3(issuing=code, surname=md["surname"], given=md["given_names"],
                      number=md.get("number", number[-9:]), nationality=md["nationality"],
                      birth_date=md["birth_date"], sex=md["sex"], expiry=expiry, break_check=break_check)
        page = _grid_page(code, person, rng, number, issue, expiry, lines)
        if crop:
            return [page]
        sh = Sheet()
        x, y = 10 + rng.uniform(0, 3), 8 + rng.uniform(0, 3)
        sh.rect(x - 3, y - 3, 131, 183, width_mm=0, fill=(30, 40, 70))
        put(sh, _obs_page(person, rng, code), x, y, dpi=200)
        sh.rule(x, y + 88, x + 125, y + 88, width_mm=0.8, color=(90, 90, 90))
        put(sh, page, x, y + 88.6, dpi=300)
        when = TODAY - datetime.timedelta(days=rng.randint(5, 40))
        sh.text(10, 288, f"HP DeskJet 2720e  ·  Scan  ·  {when.isoformat()} {rng.randint(8, 21):02d}:"
                         f"{rng.randint(0, 59):02d}  ·  300 dpi  ·  Couleur / Colour", font="sans", size_pt=7,
                color=(90, 90, 90))
        if annotate:
            sh.handwriting(150, 240, annotate, rng, size_pt=12)
        return [sh]

    return make


for _c in ("BEN", "GHA", "BGD", "TUN"):
    _register(f"passport-td3-{_c.lower()}-rasterpagina-observaties-boven-thuisscanner-voetregel-22",
              "identity-document", PART, _PX[_c]["loc"], _passport_scanner(_c), country=_c, mrz="TD3", photo=True,
              notes=f"{_c} passport, values in a grid under small-capital captions, photo at the right under a "
                    f"hologram; scanned on a home printer with the observations page (handwritten emergency contact) above")


# --------------------------------------------------------------------------- passports, layout 2: tilted + check list

_PY = {
    "TUR": dict(state="TÜRKİYE CUMHURİYETİ · REPUBLIC OF TÜRKİYE", nat="T.C. / TUR", auth="NÜFUS VE VATANDAŞLIK İŞL.",
                num=lambda r: "U" + _digits(r, 8), col=(170, 25, 45), years=10, loc="tr/en",
                cap=("Soyadı / Surname", "Adı / Given names", "Uyruğu / Nationality", "Doğum tarihi / Date of birth",
                     "Cinsiyeti / Sex", "Doğum yeri / Place of birth", "Veriliş / Issue", "Geçerlilik / Expiry",
                     "Makam / Authority"), chk=("naam", "geb.datum", "geldig", "handt.")),
    "SUR": dict(state="REPUBLIEK SURINAME", nat="SURINAAMSE", auth="MIN. BIZA / CBB", num=lambda r: "S" + _digits(r, 7),
                col=(10, 90, 60), years=5, loc="nl/en",
                cap=("Naam / Surname", "Voornamen / Given names", "Nationaliteit / Nationality",
                     "Geboortedatum / Date of birth", "Geslacht / Sex", "Geboorteplaats / Place of birth",
                     "Afgifte / Issue", "Geldig tot / Expiry", "Instantie / Authority"),
                chk=("naam", "geb.datum", "geldig", "foto")),
}


def _col_page(code, person, rng, number, issue, expiry, lines) -> Sheet:
    cfg = _PY[code]
    s = Sheet(125, 88)
    s.rect(0, 0, 125, 88, width_mm=0, fill=(248, 242, 238))
    s.rect(0, 0, 125, 7, width_mm=0, fill=(252, 232, 228))
    s.text(62.5, 1.6, cfg["state"], font="serif", size_pt=6.3, bold=True, anchor="center", color=cfg["col"])
    s.photo(4, 11, 28, 36, rng)
    s.text(4, 49, number, font="sans3", size_pt=7, bold=True, color=cfg["col"])
    vals = [person.surname.upper(), person.given_names.upper(), cfg["nat"], person.birth_date.strftime("%d.%m.%Y"),
            person.sex, strip_accents(person.birth_place).upper(), issue.strftime("%d.%m.%Y"),
            expiry.strftime("%d.%m.%Y"), cfg["auth"]]
    y = 10
    for i, v in enumerate(vals):
        s.text(72, y + 0.6, cfg["cap"][i], font="narrow", size_pt=3.4, anchor="right", color=GREY)
        sz = 6
        while sz > 4 and text_width_mm(v, "sans3", sz, bold=True) > 50:
            sz -= 0.25
        s.text(74, y, v, font="sans3", size_pt=sz, bold=True)
        y += 6.3
    for i, ln in enumerate(lines):
        s.text(4.2, 72 + i * 5.2, ln, font="ocrb", size_pt=OCR_PT, color=(15, 15, 15))
    return s


def _passport_checklist(code: str):
    cfg = _PY[code]

    def make(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, crop=False,
             annotate=None, number=None, **opts):
        issue, expiry = _dates(rng, issue_date, expiry_date, cfg["years"])
        number = number or cfg["num"](rng)
        md = _mrz_data(person, mrz_override)
        lines = M.td3(issuing=code, surname=md["surname"], given=md["given_names"],
                      number=md.get("number", number[-9:]), nationality=md["nationality"],
                      birth_date=md["birth_date"], sex=md["sex"], expiry=expiry, break_check=break_check)
        page = _col_page(code, person, rng, number, issue, expiry, lines)
        if crop:
            return [page]
        sh = Sheet()
        put(sh, page, 36 + rng.uniform(-3, 3), 30 + rng.uniform(0, 8), turn=rng.uniform(2.0, 4.0), dpi=300)
        y = 150
        for i, w in enumerate(cfg["chk"]):
            wd = sh.handwriting(40, y + i * 9, w if i < 3 else f"{w}  ok", rng, size_pt=12, color=(30, 30, 30),
                                font="hand1")
            if i < 3:   # a ballpoint tick after the word
                tx = 40 + wd + 4
                sh.rule(tx, y + i * 9 + 3.2, tx + 1.6, y + i * 9 + 5.0, width_mm=0.45, color=(30, 30, 30))
                sh.rule(tx + 1.6, y + i * 9 + 5.0, tx + 5.0, y + i * 9 + 0.6, width_mm=0.45, color=(30, 30, 30))
        sh.handwriting(120, y, rng.choice(["JD", "km", "S.V."]), rng, size_pt=12, color=(30, 30, 30), font="hand2")
        if annotate:
            sh.handwriting(20, 282, annotate, rng, size_pt=12)
        return [sh]

    return make


for _c in ("TUR", "SUR"):
    _register(f"passport-td3-{_c.lower()}-bijschrift-rechts-uitgelijnd-scheef-controlelijst-22", "identity-document",
              PART, _PY[_c]["loc"], _passport_checklist(_c), country=_c, mrz="TD3", photo=True,
              notes=f"{_c} passport, captions right-aligned beside the values, copied tilted with the paralegal's "
                    f"handwritten check list under it")


# --------------------------------------------------------------------------- Ghana Card and Dutch residence document

def idcard_gha(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, **opts):
    """The Ghana Card (ECOWAS identity card, TD1) copied front beside back at actual size in the upper third of
    the sheet, a staple's two marks at the top left corner."""
    issue, expiry = _dates(rng, issue_date, expiry_date, 10)
    pin = f"GHA-{_digits(rng, 9)}-{rng.randint(0, 9)}"
    docno = "A" + _digits(rng, 8)
    md = _mrz_data(person, mrz_override)
    lines = M.td1(issuing="GHA", surname=md["surname"], given=md["given_names"], number=md.get("number", docno),
                  nationality=md["nationality"], birth_date=md["birth_date"], sex=md["sex"], expiry=expiry,
                  doc_code="ID", break_check=break_check)
    f = Sheet(85.6, 54)
    f.rect(0, 0, 85.6, 54, width_mm=0, fill=(250, 246, 226))
    for k, col in enumerate(((200, 30, 40), (240, 190, 20), (0, 120, 60))):
        f.rect(0, k * 1.6, 85.6, 1.6, width_mm=0, fill=col)
    f.text(3, 6, "ECOWAS IDENTITY CARD", font="sans6", size_pt=5.5, bold=True)
    f.text(3, 9.5, "REPUBLIC OF GHANA", font="sans6", size_pt=4.6)
    f.photo(3, 14, 21, 27, rng)
    rows = [("Surname/Nom", person.surname.upper()), ("Firstnames/Prénoms", person.given_names.upper()),
            ("Nationality/Nationalité", "GHANAIAN"), ("Sex/Sexe", person.sex),
            ("Date of Birth/Date de Naissance", person.birth_date.strftime("%d/%m/%Y")),
            ("Personal ID Number", pin)]
    y = 13
    for a, b in rows:
        f.text(27, y, a, font="sans6", size_pt=3.1, color=GREY)
        f.text(27, y + 1.3, b, font="sans6", size_pt=5, bold=True)
        y += 5.6
    f.signature(4, 43, 20, 6, rng, color=(20, 20, 30))
    b = Sheet(85.6, 54)
    b.rect(0, 0, 85.6, 54, width_mm=0, fill=(246, 244, 230))
    for i, (a, v) in enumerate((("Place of issuance", "ACCRA"), ("Date of issuance", issue.strftime("%d/%m/%Y")),
                                ("Date of expiry", expiry.strftime("%d/%m/%Y")), ("Document number", docno))):
        b.text(3, 3 + i * 5, a, font="sans6", size_pt=3.2, color=GREY)
        b.text(34, 2.8 + i * 5, v, font="sans6", size_pt=5, bold=True)
    for i, ln in enumerate(lines):
        b.text(3.5, 33 + i * 5.6, ln, font="ocrb", size_pt=OCR_PT * 0.98, color=(15, 15, 15))
    sh = Sheet()
    put(sh, f, 16, 28, turn=rng.uniform(-0.7, 0.7), dpi=300)
    put(sh, b, 108, 28 + rng.uniform(-1, 2), turn=rng.uniform(-0.7, 0.7), dpi=300)
    for dx in (0, 9):
        sh.rect(8 + dx, 9, 5, 0.8, width_mm=0, fill=(70, 70, 70))
    return [sh]


_register("idcard-td1-gha-ghanacard-voor-naast-achter-ware-grootte-nietje-22", "identity-document", PART, "en",
          idcard_gha, country="GHA", mrz="TD1", photo=True,
          notes="Ghana Card copied front beside back at actual size, staple marks at the corner")


def permit_nl_grey(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None,
                   purpose=None, v_number=None, **opts):
    """Dutch residence document copied in greyscale on the lower half of the sheet, under the law office's typed
    line 'Kopie verblijfsdocument – cliënt …' at the top."""
    issue, expiry = _dates(rng, issue_date, expiry_date, rng.choice([1, 5]))
    number = rng.choice("NRWX") + rng.choice("BCDFGHJK") + _digits(rng, 7)
    purpose = purpose or "verblijf bij partner"
    md = _mrz_data(person, mrz_override)
    lines = M.td1(doc_code="IR", issuing="NLD", number=md.get("number", number), nationality=md["nationality"],
                  birth_date=md["birth_date"], sex=md["sex"], expiry=expiry, surname=md["surname"],
                  given=md["given_names"], break_check=break_check)
    vnr = v_number or person.v_number or _digits(rng, 10)
    f = Sheet(85.6, 54)
    f.rect(0, 0, 85.6, 54, width_mm=0, fill=(225, 232, 244))
    f.text(42.8, 2.2, "VERBLIJFSDOCUMENT · RESIDENCE PERMIT", font="sans5", size_pt=5.4, bold=True, anchor="center")
    f.photo(60, 10, 22, 28, rng)
    rows = [("Naam/Surname", person.surname.upper()), ("Voornamen/Given names", person.given_names.upper()),
            ("Geldig tot/Valid until", expiry.strftime("%d-%m-%Y")), ("Soort/Type", "VERBLIJFSVERGUNNING REGULIER"),
            ("Opmerkingen/Remarks", purpose.upper()[:30]), ("Documentnr.", number)]
    y = 9
    for a, v in rows:
        f.text(3, y, a, font="sans5", size_pt=3.2, color=GREY)
        f.text(3, y + 1.4, v, font="sans5", size_pt=5.1, bold=True)
        y += 6
    b = Sheet(85.6, 54)
    b.rect(0, 0, 85.6, 54, width_mm=0, fill=(230, 236, 244))
    for i, (a, v) in enumerate((("Geboortedatum", person.birth_date.strftime("%d-%m-%Y")),
                                ("Nationaliteit", md["nationality"]), ("V-nummer", vnr),
                                ("Afgiftedatum", issue.strftime("%d-%m-%Y")))):
        b.text(4, 3 + i * 5.5, a, font="sans5", size_pt=3.4, color=GREY)
        b.text(32, 2.8 + i * 5.5, v, font="sans5", size_pt=5.2, bold=True)
    for i, ln in enumerate(lines):
        b.text(3.5, 33 + i * 5.6, ln, font="ocrb", size_pt=OCR_PT * 0.98, color=(15, 15, 15))
    sh = Sheet()
    sh.text(20, 16, f"Kopie verblijfsdocument – {person.surname.upper()}, {person.given_names}", font="serif4",
            size_pt=10.5, bold=True)
    sh.rule(20, 21.5, 190, 21.5, width_mm=0.3)
    put(sh, f, 20, 160, k=1.05, grey=True, dpi=300)
    put(sh, b, 113, 160, k=1.05, grey=True, dpi=300)
    return [sh]


_register("permit-nl-grijskopie-onderste-helft-kopregel-kantoor-22", "identity-document", PART, "nl", permit_nl_grey,
          country="NLD", mrz="TD1", photo=True,
          notes="Dutch residence document copied in greyscale on the lower half under the office's typed heading")


# --------------------------------------------------------------------------- civil status: Benin (A5 form, violet)

def _ben(kind: str):
    def make(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, spouse=None,
             marriage_date=None, **opts):
        """A Beninese commune's A5 civil-status form copied on A4 (the lower part of the sheet empty): printed
        captions ending in dotted leaders, the values typed in violet capitals, a cancelled fiscal stamp at the left
        and the officer's signature over the oval stamp."""
        issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(60, 700)))
        commune = rng.choice(["COTONOU", "PORTO-NOVO", "ABOMEY-CALAVI", "PARAKOU", "BOHICON", "OUIDAH"])
        a5 = Sheet(148, 210)
        a5.rect(0, 0, 148, 210, width_mm=0, fill=(250, 248, 240))
        f, tf = "serif7", "typewriter"
        a5.text(74, 6, "RÉPUBLIQUE DU BÉNIN", font=f, size_pt=9.5, bold=True, anchor="center")
        a5.text(74, 10.5, "Fraternité – Justice – Travail", font=f, size_pt=7, italic=True, anchor="center")
        a5.text(8, 16, f"DÉPARTEMENT DU {rng.choice(['LITTORAL', 'OUÉMÉ', 'ATLANTIQUE', 'BORGOU', 'ZOU'])}", font=f,
                size_pt=6.8)
        a5.text(8, 20, f"COMMUNE DE {commune}", font=f, size_pt=6.8, bold=True)
        a5.text(8, 24, f"ARRONDISSEMENT {rng.randint(1, 13)}", font=f, size_pt=6.8)
        ev = act_date or (person.birth_date + datetime.timedelta(days=rng.randint(2, 30)) if kind == "birth"
                          else (marriage_date or TODAY - datetime.timedelta(days=rng.randint(1500, 7000))))
        title = "EXTRAIT D'ACTE DE NAISSANCE" if kind == "birth" else "EXTRAIT D'ACTE DE MARIAGE"
        a5.text(74, 32, title, font=f, size_pt=11, bold=True, anchor="center")
        a5.text(74, 38, "N° ........ / ........", font=f, size_pt=8, anchor="center")
        a5.text(83, 37.4, f"{rng.randint(100, 3999)}          {ev.year}", font=tf, size_pt=8.5, color=VIOLET)
        if kind == "birth":
            fa, mo = father or person.father or "—", mother or person.mother or "—"
            rows = [("Nom", person.surname.upper()), ("Prénoms", person.given_names.upper()),
                    ("Né(e) le", format_date(person.birth_date, "long", "fr").upper()),
                    ("À", strip_accents(person.birth_place).upper()),
                    ("Sexe", "MASCULIN" if person.sex == "M" else "FÉMININ"),
                    ("Fils / fille de", fa.upper()), ("Et de", mo.upper()),
                    ("Acte dressé le", format_date(ev, "long", "fr").upper())]
        else:
            h, w = (person, spouse) if person.sex == "M" else (spouse, person)
            wd = marriage_date or ev
            rows = [("Le", format_date(wd, "long", "fr").upper()), ("Entre", f"{h.surname.upper()} {h.given_names.upper()}"),
                    ("Né le", f"{h.birth_date.strftime('%d/%m/%Y')} À {strip_accents(h.birth_place).upper()}"),
                    ("Et", f"{w.surname.upper()} {w.given_names.upper()}"),
                    ("Née le", f"{w.birth_date.strftime('%d/%m/%Y')} À {strip_accents(w.birth_place).upper()}"),
                    ("Régime", rng.choice(["MONOGAMIE", "MONOGAMIE – SÉPARATION DE BIENS"]))]
        y = 48
        for a, b in rows:
            a5.text(8, y, a, font=f, size_pt=8.5)
            x0 = 8 + text_width_mm(a, f, 8.5) + 1.5
            a5.rule(x0, y + 3.3, 140, y + 3.3, width_mm=0.15, dash=0.5, color=(120, 120, 120))
            a5.text(max(x0 + 2, 36), y - 0.3, b[:46], font=tf, size_pt=8.8, color=VIOLET)
            y += 9
        a5.text(8, y + 5, "Pour extrait certifié conforme.", font=f, size_pt=8, italic=True)
        lead = f"{commune.title()}, le"
        a5.text(74, y + 12, lead, font=f, size_pt=8.5)
        a5.text(74 + text_width_mm(lead, f, 8.5) + 2.5, y + 11.7, issued.strftime("%d/%m/%Y"), font=tf, size_pt=8.8,
                color=VIOLET)
        a5.text(74, y + 17, "L'Officier de l'État Civil", font=f, size_pt=8.5)
        a5.stamp(80, y + 20, ["MAIRIE DE " + commune[:14], "ÉTAT CIVIL", "BÉNIN"], rng, shape="oval", size_mm=28,
                 color=(60, 40, 140))
        a5.signature(84, y + 24, 36, 12, rng, color=(20, 20, 60))
        a5.rect(10, y + 18, 18, 24, width_mm=0, fill=(230, 214, 190))
        a5.text(19, y + 21, "BÉNIN", font="sans4", size_pt=5.5, bold=True, anchor="center", color=(120, 70, 30))
        a5.text(19, y + 30, "600 F", font="sans4", size_pt=7.5, bold=True, anchor="center", color=(120, 70, 30))
        a5.rule(8, y + 20, 30, y + 40, width_mm=0.45, color=(30, 30, 30))
        sh = Sheet()
        put(sh, a5, 12 + rng.uniform(0, 5), 8 + rng.uniform(0, 4), turn=rng.uniform(-0.8, 0.8), dpi=250)
        return [sh]

    return make


# --------------------------------------------------------------------------- civil status: Ghana (Registry, English)

def _gha(kind: str):
    def make(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, spouse=None,
             marriage_date=None, **opts):
        """Ghana's Births and Deaths Registry (or the Registrar of Marriages): the coat of arms drawn as a circle,
        the entry as a numbered table (1 … 9) with the values in a sans face, the registrar's signature and an
        embossed seal seen as a pale relief ring."""
        issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(60, 900)))
        district = rng.choice(["ACCRA METRO", "KUMASI METRO", "TEMA", "TAMALE", "CAPE COAST", "SEKONDI-TAKORADI"])
        sh = Sheet()
        f = "serif3"
        sh.rect(98, 8, 14, 14, width_mm=0.4, color=(120, 90, 30))
        sh.text(105, 12.5, "GH", font=f, size_pt=8, bold=True, anchor="center", color=(120, 90, 30))
        sh.text(105, 26, "REPUBLIC OF GHANA", font=f, size_pt=12, bold=True, anchor="center")
        if kind == "birth":
            sh.text(105, 32, "BIRTHS AND DEATHS REGISTRY", font=f, size_pt=10, anchor="center")
            sh.text(105, 42, "CERTIFIED COPY OF ENTRY OF BIRTH", font=f, size_pt=13, bold=True, anchor="center")
        else:
            sh.text(105, 32, "REGISTRAR OF MARRIAGES – ORDINANCE (CAP. 127)", font=f, size_pt=10, anchor="center")
            sh.text(105, 42, "CERTIFICATE OF MARRIAGE", font=f, size_pt=13, bold=True, anchor="center")
        ev = act_date or (person.birth_date + datetime.timedelta(days=rng.randint(5, 60)) if kind == "birth"
                          else (marriage_date or TODAY - datetime.timedelta(days=rng.randint(1500, 7000))))
        sh.text(20, 52, f"Registration District: {district}", font=f, size_pt=9.5)
        sh.text(190, 52, f"Entry No. {rng.randint(100, 9999)}/{ev.year}", font=f, size_pt=9.5, anchor="right")
        if kind == "birth":
            rows = [("Date of birth", format_date(person.birth_date, "long", "en")),
                    ("Place of birth", person.birth_place), ("Name", f"{person.given_names} {person.surname.upper()}"),
                    ("Sex", "Male" if person.sex == "M" else "Female"),
                    ("Name of father", father or person.father or "—"), ("Name of mother", mother or person.mother or "—"),
                    ("Informant", "Father"), ("Date of registration", format_date(ev, "long", "en")),
                    ("Signature of Registrar", "")]
        else:
            h, w = (person, spouse) if person.sex == "M" else (spouse, person)
            wd = marriage_date or ev
            rows = [("Date of marriage", format_date(wd, "long", "en")), ("Place", district.title()),
                    ("Husband", f"{h.given_names} {h.surname.upper()}, born {h.birth_date.strftime('%d/%m/%Y')}"),
                    ("Wife", f"{w.given_names} {w.surname.upper()}, born {w.birth_date.strftime('%d/%m/%Y')}"),
                    ("Condition", "Bachelor / Spinster"),
                    ("Witnesses", f"{rng.choice(['Kwame MENSAH', 'Kofi BOATENG'])}, {rng.choice(['Ama OWUSU', 'Akua ASANTE'])}"),
                    ("Signature of Registrar", "")]
        y = 60
        for i, (a, b) in enumerate(rows, 1):
            sh.rect(20, y, 10, 11, width_mm=0.3)
            sh.rect(30, y, 58, 11, width_mm=0.3, fill=(244, 240, 228))
            sh.rect(88, y, 102, 11, width_mm=0.3)
            sh.text(25, y + 3.2, str(i), font=f, size_pt=9, anchor="center")
            sh.text(32, y + 3.2, a, font=f, size_pt=9.5)
            sh.text(90, y + 3, b, font="sans2", size_pt=10)
            y += 11
        sh.signature(100, y - 10, 34, 9, rng, color=(20, 20, 70))
        sh.paragraph(20, y + 6, 170, f"I certify that the above is a true copy of the entry in the register kept at "
                     f"{district.title()}. Issued on {format_date(issued, 'long', 'en')}.", font=f, size_pt=10)
        sh.text(120, y + 22, "Registrar", font=f, size_pt=10)
        sh.signature(120, y + 26, 40, 12, rng, color=(20, 20, 70))
        ring = Image.new("RGBA", (300, 300), (0, 0, 0, 0))
        d = ImageDraw.Draw(ring)
        d.ellipse([10, 10, 290, 290], outline=(255, 255, 255, 150), width=14)
        d.ellipse([36, 36, 264, 264], outline=(120, 120, 120, 70), width=5)
        sh.image(40, y + 16, 30, 30, ring.filter(ImageFilter.GaussianBlur(1.2)))
        return [sh]

    return make


for _c, _mk, _tag, _lg in (("BEN", _ben, "a5-formulier-violette-schrijfmachine-fiscale-zegel", "fr"),
                           ("GHA", _gha, "registry-genummerde-tabel-droogstempel", "en")):
    _register(f"birth-{_c.lower()}-{_tag}-22", "birth-certificate", PART, _lg, _mk("birth"), country=_c,
              notes=f"{_c} birth act: {_tag}")
    _register(f"marriage-{_c.lower()}-{_tag}-22", "marriage-certificate", PART, _lg, _mk("marriage"), country=_c,
              notes=f"{_c} marriage act in the same layout")


# --------------------------------------------------------------------------- Turkish extract, consulate laser print

def birth_tur_table(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """A Turkish consulate's 'Nüfus Kayıt Örneği' printed on a laser printer as one table with a grey header row,
    in Turkish only, with the consular officer's stamp and signature."""
    issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(30, 300)))
    city = rng.choice(["BRÜKSEL", "ANVERS", "LAHEY", "ROTTERDAM", "DEVENTER"])
    sh = Sheet()
    f = "sans3"
    sh.text(105, 14, "T.C.", font=f, size_pt=11, bold=True, anchor="center")
    sh.text(105, 20, f"{city} BAŞKONSOLOSLUĞU", font=f, size_pt=10, bold=True, anchor="center")
    sh.text(105, 30, "NÜFUS KAYIT ÖRNEĞİ", font=f, size_pt=14, bold=True, anchor="center")
    heads = ("T.C. Kimlik No", "Soyadı", "Adı", "Baba Adı", "Ana Adı", "Doğum Yeri ve Tarihi", "Cinsiyet")
    vals = (_digits(rng, 11), person.surname.upper(), person.given_names.upper(),
            (father or person.father or "-").split()[0].upper(), (mother or person.mother or "-").split()[0].upper(),
            f"{person.birth_place.upper()} {person.birth_date.strftime('%d.%m.%Y')}", "E" if person.sex == "M" else "K")
    y = 44
    for a, b in zip(heads, vals):
        sh.rect(20, y, 60, 9, width_mm=0.25, fill=(225, 225, 225))
        sh.rect(80, y, 110, 9, width_mm=0.25)
        sh.text(22, y + 2.4, a, font=f, size_pt=9, bold=True)
        sh.text(82, y + 2.4, b, font=f, size_pt=9.5)
        y += 9
    sh.paragraph(20, y + 8, 170, "Bu belge nüfus kayıtlarından çıkarılmış olup aslına uygundur.", font=f, size_pt=9.5)
    sh.text(20, y + 20, f"Düzenleme tarihi: {issued.strftime('%d.%m.%Y')}", font=f, size_pt=9.5)
    sh.text(130, y + 20, "Konsolosluk Memuru", font=f, size_pt=9.5)
    sh.signature(130, y + 25, 36, 12, rng, color=(30, 30, 90))
    sh.stamp(80, y + 22, ["T.C.", f"{city} BAŞKONSOLOSLUĞU", "NÜFUS"], rng, shape="round", size_mm=30,
             color=(40, 60, 150))
    return [sh]


_register("birth-tur-konsulaat-laserprint-tabel-grijze-kop-22", "birth-certificate", PART, "tr", birth_tur_table,
          country="TUR", notes="Turkish consulate's population-register extract printed as a table with grey header")


# --------------------------------------------------------------------------- nationality certificates

def nationality_ben(person, rng, *, issue_date=None, **opts):
    """Beninese certificate of nationality of a tribunal de première instance: the heading in a box at the top
    left, the text with the values in bold capitals, the registry's reference at the foot left."""
    issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(60, 900)))
    court = rng.choice(["COTONOU", "PORTO-NOVO", "ABOMEY", "PARAKOU", "OUIDAH"])
    sh = Sheet()
    f = "serif5"
    sh.rect(18, 10, 84, 24, width_mm=0.35)
    for i, t in enumerate(("RÉPUBLIQUE DU BÉNIN", "MINISTÈRE DE LA JUSTICE ET DE LA LÉGISLATION",
                           f"TRIBUNAL DE PREMIÈRE INSTANCE DE {court}", "LE PRÉSIDENT")):
        sh.text(60, 12 + i * 5.3, t, font=f, size_pt=7.8 if i else 9, bold=(i in (0, 3)), anchor="center")
    sh.text(105, 48, "CERTIFICAT DE NATIONALITÉ BÉNINOISE", font=f, size_pt=14, bold=True, anchor="center")
    sh.text(105, 55, f"N° {rng.randint(100, 9999)}/{issued.year}/TPI-{court[:3]}", font=f, size_pt=9.5, anchor="center")
    g = "e" if person.sex == "F" else ""
    txt = (f"Le Président du Tribunal de Première Instance de {court.title()} certifie, au vu de l'acte de naissance "
           f"et des pièces produites, que {person.surname.upper()} {person.given_names.upper()}, né{g} le "
           f"{format_date(person.birth_date, 'long', 'fr')} à {person.birth_place.upper()}, "
           f"{'fille' if g else 'fils'} de {(person.father or '—').upper()} et de {(person.mother or '—').upper()}, "
           f"est de nationalité béninoise en vertu de l'article 12 du Code de la nationalité dahoméenne.")
    y = sh.paragraph(22, 68, 166, txt, font=f, size_pt=11, leading=1.7, align="justify")
    sh.text(115, y + 12, f"{court.title()}, le {issued.strftime('%d/%m/%Y')}", font=f, size_pt=10.5)
    sh.text(115, y + 18, "Le Président", font=f, size_pt=10.5, bold=True)
    sh.signature(118, y + 23, 40, 13, rng, color=(25, 25, 90))
    sh.stamp(60, y + 14, ["TRIBUNAL DE 1re INSTANCE", court, "BÉNIN"], rng, shape="round", size_mm=30,
             color=(40, 60, 150))
    sh.text(20, 276, f"Reg. greffe n° {rng.randint(1000, 99999)} – droits : {rng.choice([1000, 2000])} F CFA",
            font=f, size_pt=8, color=GREY)
    return [sh]


def nationality_gha(person, rng, *, issue_date=None, **opts):
    """Ghana Immigration Service's certificate of Ghanaian citizenship confirmation: a green band at the top, the
    holder's data in a two-column block, the officer's signature and the service's stamp."""
    issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(60, 900)))
    sh = Sheet()
    f = "sans2"
    sh.rect(0, 0, 210, 16, width_mm=0, fill=(0, 95, 55))
    sh.text(105, 4, "GHANA IMMIGRATION SERVICE", font=f, size_pt=13, bold=True, anchor="center",
            color=(255, 255, 255))
    sh.text(105, 26, "CONFIRMATION OF GHANAIAN CITIZENSHIP", font=f, size_pt=13, bold=True, anchor="center")
    sh.text(105, 33, "(Citizenship Act, 2000 – Act 591, section 3)", font=f, size_pt=9, anchor="center", color=GREY)
    rows = [("Full name", f"{person.given_names} {person.surname.upper()}"),
            ("Date of birth", format_date(person.birth_date, "long", "en")), ("Place of birth", person.birth_place),
            ("Father", person.father or "—"), ("Mother", person.mother or "—"),
            ("Basis", "Citizen by birth (parent a citizen of Ghana)"),
            ("Certificate No.", f"GIS/CC/{rng.randint(10000, 99999)}/{issued.year}")]
    y = 46
    for a, b in rows:
        sh.text(24, y, a, font=f, size_pt=10, color=GREY)
        sh.text(72, y, b, font=f, size_pt=10.5, bold=True)
        y += 8
    sh.paragraph(24, y + 6, 162, "This is to confirm that the person named above is a citizen of Ghana.", font=f,
                 size_pt=10.5)
    sh.text(24, y + 20, f"Accra, {format_date(issued, 'long', 'en')}", font=f, size_pt=10)
    sh.text(120, y + 20, "for: Comptroller-General", font=f, size_pt=10)
    sh.signature(120, y + 25, 40, 12, rng, color=(20, 20, 80))
    sh.stamp(70, y + 22, ["GHANA IMMIGRATION", "SERVICE", "ACCRA"], rng, shape="round", size_mm=30,
             color=(20, 90, 60))
    return [sh]


_register("nationality-ben-tpi-kop-in-kader-vet-kapitaal-22", "nationality-certificate", PART, "fr", nationality_ben,
          country="BEN", notes="Beninese court's nationality certificate, heading in a box, values in bold capitals")
_register("nationality-gha-immigration-service-groene-band-22", "nationality-certificate", PART, "en",
          nationality_gha, country="GHA", notes="Ghana Immigration Service's citizenship confirmation, green band")


# --------------------------------------------------------------------------- identity attestations

def _idcert(country: str):
    def make(person, rng, *, issue_date=None, declarative=False, **opts):
        """The embassy's identity certificate: the photo at the top right with the embassy's round stamp over its
        lower left corner, the heading at the left, the data in a ruled box, the consul's signature."""
        issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(20, 250)))
        sh = Sheet()
        if country == "BEN":
            head = ["AMBASSADE DE LA RÉPUBLIQUE DU BÉNIN", "À BRUXELLES", "Avenue de l'Observatoire 5, 1180 Uccle"]
            title, f, lang = "CERTIFICAT D'IDENTITÉ", "serif4", "fr"
            lab = ("Nom", "Prénoms", "Né(e) le", "À", "Nationalité", "Père", "Mère")
            nat = "béninoise"
        else:
            head = ["HIGH COMMISSION / EMBASSY OF GHANA", "BRUSSELS – CONSULAR SECTION", "Boulevard Général Wahis 7, 1030 Brussels"]
            title, f, lang = "CERTIFICATE OF IDENTITY", "sans2", "en"
            lab = ("Surname", "Given names", "Date of birth", "Place of birth", "Nationality", "Father", "Mother")
            nat = "Ghanaian"
        for i, t in enumerate(head):
            sh.text(20, 14 + i * 5, t, font=f, size_pt=10.5 if i == 0 else 8.5, bold=(i == 0))
        sh.photo(150, 14, 32, 40, rng)
        sh.stamp(138, 40, ["AMBASSADE" if lang == "fr" else "EMBASSY", "BRUXELLES" if lang == "fr" else "BRUSSELS",
                           "CONSULAT" if lang == "fr" else "CONSULAR"], rng, shape="round", size_mm=24,
                 color=(50, 60, 150))
        sh.text(20, 44, title, font=f, size_pt=15, bold=True)
        sh.text(20, 51, f"N° {rng.randint(100, 999)}/{country}/CONS/{issued.year}", font=f, size_pt=9)
        vals = (person.surname.upper(), person.given_names, format_date(person.birth_date, "slashes", lang),
                person.birth_place, nat, person.father or "—", person.mother or "—")
        y = 66
        sh.rect(18, y - 3, 174, 7 * 8 + 4, width_mm=0.35)
        for a, b in zip(lab, vals):
            sh.text(22, y, a, font=f, size_pt=10)
            sh.text(70, y, b, font=f, size_pt=10.5, bold=True)
            sh.rule(20, y + 5.5, 190, y + 5.5, width_mm=0.1, color=(180, 180, 180))
            y += 8
        if declarative:
            basis = {"fr": "Le présent certificat est établi sur la seule déclaration du requérant, qui n'a présenté "
                           "aucun document d'état civil.",
                     "en": "This certificate is issued solely on the declaration of the applicant, who presented no "
                           "civil-status document."}[lang]
        else:
            basis = {"fr": "Le présent certificat est établi au vu de l'acte de naissance et de la carte nationale "
                           "d'identité présentés par l'intéressé(e), vérifiés par nos services.",
                     "en": "This certificate is issued on the basis of the birth certificate and national identity "
                           "card produced by the holder and verified by this mission."}[lang]
        y = sh.paragraph(20, y + 8, 170, basis, font=f, size_pt=10.5, leading=1.45)
        sh.text(110, y + 10, (f"Bruxelles, le {format_date(issued, 'long', 'fr')}" if lang == "fr" else
                              f"Brussels, {format_date(issued, 'long', 'en')}"), font=f, size_pt=10.5)
        sh.text(110, y + 16, "Le Consul" if lang == "fr" else "Consular Officer", font=f, size_pt=10.5)
        sh.signature(112, y + 21, 42, 13, rng, color=(25, 25, 90))
        return [sh]

    return make


for _c, _lg in (("BEN", "fr"), ("GHA", "en")):
    _register(f"idcert-{_c.lower()}-ambassade-foto-rechtsboven-stempel-over-hoek-22", "identity-certificate", PART,
              _lg, _idcert(_c), country=_c, photo=True,
              notes=f"{_c} embassy's identity certificate, photo at the top right with the round stamp over its corner")


# --------------------------------------------------------------------------- sworn translations

_SRC = {"tr": ("Turks", "Turkish"), "es": ("Spaans", "Spanish"), "bn": ("Bengaals", "Bengali"),
        "ar": ("Arabisch", "Arabic")}
_WHAT = {"birth-certificate": "uittreksel uit het bevolkingsregister", "marriage-certificate": "huwelijksakte",
         "identity-document": "identiteitsdocument", "nationality-certificate": "nationaliteitsbewijs"}


def _translation(where: str):
    def make(person, rng, *, issue_date=None, of_type="birth-certificate", source_lang="tr", target_lang="nl",
             spouse=None, **opts):
        issued = issue_date or (TODAY - datetime.timedelta(days=rng.randint(15, 100)))
        src = _SRC.get(str(source_lang).split("/")[0], ("Turks", "Turkish"))
        what = _WHAT.get(of_type, "akte")
        data = [("Familienaam", person.surname.upper()), ("Voornaam", person.given_names),
                ("Vader", (person.father or "—").split()[0]), ("Moeder", (person.mother or "—").split()[0]),
                ("Geboorteplaats", person.birth_place), ("Geboortedatum", format_date(person.birth_date, "dots", "nl")),
                ("Geslacht", "mannelijk" if person.sex == "M" else "vrouwelijk")]
        sh = Sheet()
        if where == "leuven":
            f = "serif6"
            sh.text(20, 14, "Vertaalbureau Ter Dijle – beëdigd vertaler", font=f, size_pt=9, color=GREY)
            sh.text(20, 18.5, "Tiensestraat 88, 3000 Leuven", font=f, size_pt=9, color=GREY)
            sh.text(105, 34, f"VERTALING UIT HET {src[0].upper()}", font=f, size_pt=13, bold=True, anchor="center")
            sh.text(105, 41, f"({what})", font=f, size_pt=10, anchor="center", italic=True)
            y = 54
            sh.paragraph(20, y, 170, "[Vertaling van het document in bijlage, in de volgorde van het origineel]",
                         font=f, size_pt=9, color=GREY)
            y += 10
            for i, (a, b) in enumerate(data, 1):
                sh.text(24, y, f"{i}.", font=f, size_pt=10.5)
                sh.text(32, y, f"{a}:", font=f, size_pt=10.5)
                sh.text(80, y, b, font=f, size_pt=10.5, bold=True)
                y += 7
            sh.text(24, y + 3, "[stempel en handtekening van de ambtenaar]", font=f, size_pt=9, color=GREY)
            y = sh.paragraph(20, y + 16, 170, f"Ik, ondergetekende, beëdigd vertaler bij de rechtbank van eerste aanleg "
                             f"Leuven, verklaar dat deze vertaling uit het {src[0]} in het Nederlands getrouw en "
                             f"volledig is. Leuven, {format_date(issued, 'long', 'nl')}.", font=f, size_pt=10,
                             leading=1.45)
            sh.signature(24, y + 4, 40, 13, rng)
            sh.stamp(110, y, ["BEËDIGD VERTALER", "LEUVEN", src[0].upper()[:9]], rng, shape="rect", size_mm=34,
                     color=(30, 70, 140))
            return [sh]
        f = "sans2"
        sh.rect(20, 10, 170, 20, width_mm=0.5)
        sh.text(24, 13, f"Beëdigd vertaler {src[0]}–Nederlands", font=f, size_pt=10, bold=True)
        sh.text(24, 19, f"Bisschop Hamerstraat 5, 6511 NB Nijmegen · Wbtv {rng.randint(10000, 99999)}", font=f,
                size_pt=8.5, color=GREY)
        sh.text(20, 40, f"Vertaling – {what}", font=f, size_pt=12.5, bold=True)
        y = 52
        for a, b in data:
            sh.rect(20, y, 60, 8, width_mm=0.2, fill=(238, 238, 238))
            sh.rect(80, y, 110, 8, width_mm=0.2)
            sh.text(22, y + 2, a, font=f, size_pt=9.5)
            sh.text(82, y + 2, b, font=f, size_pt=10)
            y += 8
        y = sh.paragraph(20, y + 10, 170, f"Ondergetekende verklaart dat deze vertaling een getrouwe en volledige "
                         f"weergave is van het in het {src[0]} gestelde document dat hem/haar werd voorgelegd.",
                         font=f, size_pt=10, leading=1.45)
        sh.text(20, y + 6, f"Nijmegen, {issued.strftime('%d-%m-%Y')}", font=f, size_pt=10)
        sh.signature(20, y + 12, 40, 13, rng)
        sh.stamp(110, y + 4, ["BEËDIGD VERTALER", "NIJMEGEN", src[0].upper()[:9]], rng, shape="round", size_mm=28,
                 color=(20, 100, 80))
        return [sh]

    return make


# the Belgian one first: 9ter takes the part's first translation family, the IND the Dutch (NLD) one
_register("translation-be-leuven-genummerde-regels-rechthoekige-stempel-22", "translation", PART, "nl",
          _translation("leuven"), country="BEL",
          notes="Leuven sworn translator, numbered lines, the declaration in prose, rectangular stamp")
_register("translation-nl-nijmegen-kader-kop-tabel-22", "translation", PART, "nl", _translation("nijmegen"),
          country="NLD", notes="Nijmegen sworn translator, framed header with the Wbtv number, data in a table")
