"""Identity and civil-status families of the `fifth` part (registered in identity.FAMILIES).

Written after dev, heldout, fresh and fourth had all been read, by a writer who saw neither the validator nor
its output: passports of Morocco, DR Congo, Türkiye, Suriname, Nigeria and Russia laid out with the labels to
the left of the values and copied in other ways (photographed on a desk at an angle, the copy turned upside
down, a coffee ring over the margin, a paperclip's shadow, the back of the sheet showing through), a Moroccan
CNIE copied front above back, Congolese civil-status acts written as running prose ("L'an deux mille..."), a
Moroccan extract in a ruled table, a Turkish population-register extract typed at a district office, a
Flemish birth extract, Belgian and Congolese marriage acts, and sworn translations from Antwerp and Utrecht.
Same calling convention as identity.py.
"""
from __future__ import annotations

import datetime
import random

from PIL import Image, ImageDraw, ImageFilter

from . import mrz as M
from .fresh_identity import nl_permit_data
from .identity import _dates, _digits, _mrz_data, _register, _when
from .paper import Sheet, text_width_mm
from .people import country_name, format_date, make_professional, strip_accents

PART = "fifth"
GREY = (90, 90, 90)

# --------------------------------------------------------------------------- copy habits


def coffee_ring(sh: Sheet, x: float, y: float, r: float, rng: random.Random) -> None:
    """The brown ring a mug leaves on a sheet before it is copied (drawn in multiply, text stays readable)."""
    k = 8
    n = int(2 * r * k) + 8
    img = Image.new("RGBA", (n, n), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    c0 = n / 2
    for i in range(3):
        rr = r * k - i * rng.uniform(1.5, 3.0)
        d.ellipse([c0 - rr, c0 - rr * 0.96, c0 + rr, c0 + rr * 0.96], outline=(150, 105, 60, 120 - i * 30),
                  width=int(k * 0.9))
    d.ellipse([c0 - r * k * 0.9, c0 - r * k * 0.86, c0 + r * k * 0.9, c0 + r * k * 0.86], fill=(200, 170, 120, 28))
    img = img.filter(ImageFilter.GaussianBlur(2))
    sh.image(x - r, y - r, 2 * r + 1, 2 * r + 1, img, blend="multiply")


def paperclip_shadow(sh: Sheet, x: float, y: float) -> None:
    """The grey outline of a paperclip that was left on the original when it was copied."""
    for k, (w, h) in enumerate([(9, 32), (6, 24), (3.4, 16)]):
        sh.rect(x + k * 1.5, y + k * 2, w, h, width_mm=0.7, color=(120, 120, 120))


def show_through(sh: Sheet, back: Sheet, rng: random.Random) -> None:
    """A thin sheet copied with its back page showing through faintly, mirrored."""
    img = back.render(100).transpose(Image.Transpose.FLIP_LEFT_RIGHT).convert("L")
    img = img.point(lambda v: 255 - int((255 - v) * 0.22)).convert("RGB")
    sh.ops.insert(0, ("image", 0.0, 0.0, sh.width_mm, sh.height_mm, img, "normal"))


def upside_down(sh: Sheet, dpi: int = 200) -> Sheet:
    """The page laid on the scanner head first: the whole sheet turned 180 degrees."""
    out = Sheet(sh.width_mm, sh.height_mm)
    out.image(0, 0, sh.width_mm, sh.height_mm, sh.render(dpi).rotate(180))
    return out


def desk_photo(sh: Sheet, rng: random.Random, *, angle: float | None = None) -> Sheet:
    """A phone photo of the sheet lying on a wooden desk, turned a few degrees, the desk around it."""
    img = sh.render(150).convert("RGB")
    a = angle if angle is not None else rng.uniform(-9, 9)
    rot = img.rotate(a, expand=True, fillcolor=(118, 84, 52))
    out = Sheet(sh.width_mm * 1.12, sh.height_mm * 1.12)
    out.rect(0, 0, out.width_mm, out.height_mm, width_mm=0, fill=(118, 84, 52))
    w = sh.width_mm * rot.width / img.width
    h = sh.height_mm * rot.height / img.height
    s = min(out.width_mm / w, out.height_mm / h) * 0.97
    out.image((out.width_mm - w * s) / 2, (out.height_mm - h * s) / 2, w * s, h * s, rot)
    return out


# --------------------------------------------------------------------------- passports (TD3)

_PP5 = {
    "MAR": dict(state="ROYAUME DU MAROC", title="PASSEPORT", nat="MAROCAINE", date="dots",
                number=lambda r: r.choice(["BZ", "AY", "GT"]) + _digits(r, 7), authority=lambda r: "CONSULAT BRUXELLES",
                lab=("Nom", "Prénoms", "Nationalité", "Date de naissance", "Sexe", "Lieu de naissance",
                     "Date de délivrance", "Date d'expiration", "Autorité"), years=5, tint=(236, 226, 226),
                copy="desk", font="serif3"),
    "COD": dict(state="RÉPUBLIQUE DÉMOCRATIQUE DU CONGO", title="PASSEPORT", nat="CONGOLAISE", date="dots",
                number=lambda r: "OP" + _digits(r, 7), authority=lambda r: "MINAFFET KINSHASA",
                lab=("Nom", "Post-nom / Prénom", "Nationalité", "Né(e) le", "Sexe", "Lieu de naissance",
                     "Délivré le", "Expire le", "Autorité"), years=5, tint=(222, 234, 242), copy="coffee",
                font="sans5"),
    "TUR": dict(state="TÜRKİYE CUMHURİYETİ", title="PASAPORT", nat="T.C.", date="abbr_en",
                number=lambda r: "U" + _digits(r, 8), authority=lambda r: "NÜFUS VE VATANDAŞLIK İŞLERİ",
                lab=("Soyadı", "Adı", "Uyruğu", "Doğum Tarihi", "Cinsiyeti", "Doğum Yeri", "Veriliş Tarihi",
                     "Geçerlilik Tarihi", "Makam"), years=10, tint=(238, 232, 236), copy="upside", font="sans6"),
    "SUR": dict(state="REPUBLIEK SURINAME", title="PASPOORT", nat="SURINAAMSE", date="dashes_zero",
                number=lambda r: "P" + _digits(r, 7), authority=lambda r: "MINISTERIE BIZA",
                lab=("Naam", "Voornamen", "Nationaliteit", "Geboortedatum", "Geslacht", "Geboorteplaats",
                     "Afgiftedatum", "Geldig tot", "Autoriteit"), years=5, tint=(232, 240, 226), copy="clip",
                font="serif6"),
    "NGA": dict(state="FEDERAL REPUBLIC OF NIGERIA", title="PASSPORT", nat="NIGERIAN", date="abbr_en",
                number=lambda r: "B" + _digits(r, 8), authority=lambda r: "NIS ABUJA", years=10,
                lab=("Surname", "Given Names", "Nationality", "Date of Birth", "Sex", "Place of Birth",
                     "Date of Issue", "Date of Expiry", "Issuing Authority"), tint=(226, 240, 228),
                copy="showthrough", font="sans3"),
    "RUS": dict(state="РОССИЙСКАЯ ФЕДЕРАЦИЯ / RUSSIAN FEDERATION", title="ПАСПОРТ / PASSPORT",
                nat="РОССИЙСКАЯ ФЕДЕРАЦИЯ/RUS", date="dots", number=lambda r: _digits(r, 2) + " " + _digits(r, 7),
                authority=lambda r: "МВД " + str(r.randint(1000, 9999)), years=10,
                lab=("Фамилия / Surname", "Имя / Given names", "Гражданство / Nationality",
                     "Дата рождения / Date of birth", "Пол / Sex", "Место рождения / Place of birth",
                     "Дата выдачи / Date of issue", "Дата окончания срока / Date of expiry", "Орган / Authority"),
                tint=(234, 232, 240), copy="desk", font="serif3"),
}


def _pd(d, style):
    return format_date(d, "abbr", "en") if style == "abbr_en" else format_date(d, style, "nl")


def _datapage5(cfg, person, rng, code, number, issue, expiry, lines) -> Sheet:
    """Data page with the photo at the left and each label to the left of its value, on one line (125 x 88 mm)."""
    W, H = 125.0, 88.0
    s = Sheet(W, H)
    s.rect(0, 0, W, H, width_mm=0, fill=cfg["tint"])
    for k in range(0, int(H), 4):
        s.rule(0, k, W, k + 2, width_mm=0.1, color=tuple(max(0, v - 12) for v in cfg["tint"]))
    f = cfg["font"]
    s.text(W / 2, 2.5, cfg["state"], font=f, size_pt=6.8, bold=True, anchor="center", color=(50, 30, 30))
    s.text(W / 2, 6.2, f"{cfg['title']}   P   {code}   {number}", font=f, size_pt=6, anchor="center")
    s.photo(4, 12, 30, 38, rng)
    L = cfg["lab"]
    vals = [person.surname.upper(), person.given_names.upper(), cfg["nat"], _pd(person.birth_date, cfg["date"]),
            person.sex, strip_accents(person.birth_place).upper(), _pd(issue, cfg["date"]), _pd(expiry, cfg["date"]),
            cfg["authority"](rng)]
    y = 12
    for lab, val in zip(L, vals):
        s.text(37, y, lab, font=f, size_pt=4.3, color=(90, 70, 70))
        vs = 6.6
        while vs > 4.6 and text_width_mm(val, f, vs, True) > 50:
            vs -= 0.3
        s.text(72, y - 0.6, val, font=f, size_pt=vs, bold=True)
        y += 4.6
    s.signature(4, 52, 30, 7, rng, color=(25, 25, 35))
    size = 2.54 / 0.602 / (25.4 / 72)
    for i, ln in enumerate(lines):
        s.text(4.5, H - 12.5 + i * 4.3, ln, font="ocrb", size_pt=size, color=(10, 10, 10))
    return s


def _passport5(code: str):
    cfg = _PP5[code]

    def make(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, crop=False,
             annotate=None, number=None, **opts):
        issue, expiry = _dates(rng, issue_date, expiry_date, cfg["years"])
        number = number or cfg["number"](rng)
        md = _mrz_data(person, mrz_override)
        lines = M.td3(issuing=code, surname=md["surname"], given=md["given_names"],
                      number=md.get("number", number.replace(" ", "")), nationality=md["nationality"],
                      birth_date=md["birth_date"], sex=md["sex"], expiry=expiry, personal_number="",
                      break_check=break_check)
        page = _datapage5(cfg, person, rng, code, number, issue, expiry, lines)
        if crop:
            return [page]
        sh = Sheet()
        how = cfg["copy"]
        x, y = rng.uniform(40, 48), rng.uniform(30, 60)
        sh.image(x, y, 125, 88, page.render(300))
        if annotate:
            sh.handwriting(22, 272, annotate, rng, size_pt=12)
        if how == "desk":
            return [desk_photo(sh, rng)]
        if how == "coffee":
            coffee_ring(sh, rng.uniform(150, 180), rng.uniform(200, 250), rng.uniform(38, 44), rng)
        elif how == "upside":
            return [upside_down(sh)]
        elif how == "clip":
            paperclip_shadow(sh, rng.uniform(100, 130), 4)
        elif how == "showthrough":
            back = Sheet()
            back.text(30, 40, "OBSERVATIONS", font="sans3", size_pt=16, bold=True)
            back.stamp(60, 60, ["IMMIGRATION", "MURTALA MUHAMMED", "LAGOS"], rng, size_mm=40, color=(0, 0, 0))
            show_through(sh, back, rng)
        return [sh]

    return make


for _code, _lang, _note in [
        ("MAR", "fr/ar", "Moroccan passport, labels left of values, phone photo of the copy on a desk at an angle"),
        ("COD", "fr", "Congolese passport (post-nom), coffee ring over the lower half of the copy"),
        ("TUR", "tr", "Turkish passport with Turkish-only labels, copy scanned upside down"),
        ("SUR", "nl", "Surinamese passport, Dutch labels, paperclip shadow at the top of the copy"),
        ("NGA", "en", "Nigerian passport, the back of the thin copy paper showing through"),
        ("RUS", "ru/en", "Russian passport, Cyrillic/English labels, phone photo on a desk")]:
    _register(f"passport-td3-{_code.lower()}-5", "identity-document", PART, _lang, _passport5(_code), country=_code,
              mrz="TD3", photo=True, notes=_note)


# --------------------------------------------------------------------------- Moroccan CNIE

def idcard_mar_cnie(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, **opts):
    """Moroccan electronic national identity card (CNIE), front above back on one sheet, French/Arabic labels."""
    issue, expiry = _dates(rng, issue_date, expiry_date, 10)
    cin = rng.choice(["BJ", "BE", "T", "JC"]) + _digits(rng, 6)
    md = _mrz_data(person, mrz_override)
    lines = M.td1(doc_code="ID", issuing="MAR", number=md.get("number", cin), nationality=md["nationality"],
                  birth_date=md["birth_date"], sex=md["sex"], expiry=expiry, surname=md["surname"],
                  given=md["given_names"], break_check=break_check)
    f = Sheet(85.6, 54)
    f.rect(0, 0, 85.6, 54, width_mm=0, fill=(240, 232, 222))
    f.text(42.8, 2, "ROYAUME DU MAROC", font="sans4", size_pt=6, bold=True, anchor="center", color=(150, 30, 30))
    f.text(42.8, 5.2, "CARTE NATIONALE D'IDENTITÉ ÉLECTRONIQUE", font="sans4", size_pt=4.6, anchor="center")
    f.photo(60, 11, 22, 28, rng)
    for k, (lab, val) in enumerate([("Nom", person.surname.upper()), ("Prénom", person.given_names.upper()),
                                    ("Né(e) le", format_date(person.birth_date, "dots", "fr")),
                                    ("à", strip_accents(person.birth_place).upper()),
                                    ("Valable jusqu'au", format_date(expiry, "dots", "fr"))]):
        f.text(3, 11 + k * 6, lab, font="sans4", size_pt=4, color=(80, 60, 60))
        f.text(3, 13 + k * 6, val, font="sans4", size_pt=6, bold=True)
    f.text(3, 45, cin, font="sans4", size_pt=8, bold=True, color=(150, 30, 30))
    b = Sheet(85.6, 54)
    b.rect(0, 0, 85.6, 54, width_mm=0, fill=(236, 236, 228))
    b.text(3, 3, f"Fils/Fille de {(person.father or '').upper()}", font="sans4", size_pt=5)
    b.text(3, 7, f"et de {(person.mother or '').upper()}", font="sans4", size_pt=5)
    b.text(3, 11, f"Sexe {person.sex}   Délivrée le {format_date(issue, 'dots', 'fr')}", font="sans4", size_pt=5)
    size = (78.0 / 30) / 0.602 / (25.4 / 72)
    for i, ln in enumerate(lines):
        b.text(3.5, 36 + i * 4.5, ln, font="ocrb", size_pt=size)
    sh = Sheet()
    x = rng.uniform(55, 65)
    sh.image(x, 40, 85.6 * 1.1, 54 * 1.1, f.render(300))
    sh.image(x, 110, 85.6 * 1.1, 54 * 1.1, b.render(300))
    sh.text(x, 175, "Copie certifiée conforme – Consulat Général du Royaume du Maroc, Anvers", font="serif3",
            size_pt=8, italic=True)
    sh.stamp(x + 40, 180, ["CONSULAT GÉNÉRAL DU MAROC", "ANVERS"], rng, size_mm=26, color=(40, 90, 60))
    return [sh]


_register("idcard-td1-mar-cnie-5", "identity-document", PART, "fr/ar", idcard_mar_cnie, country="MAR", mrz="TD1",
          photo=True, notes="Moroccan CNIE, front above back, certified by the consulate in Antwerp")


# --------------------------------------------------------------------------- Dutch residence card

def permit_nl_enlarged(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None,
                       purpose=None, v_number=None, **opts):
    """Dutch residence card copied enlarged (the copier's 141 % setting) with the front above the back, the card's
    field labels in Dutch and English in small capitals."""
    issue, expiry, number, purpose, lines, vnr = nl_permit_data(person, rng, "PQRSTV", issue_date, expiry_date,
                                                                break_check, mrz_override, purpose, v_number)
    f = Sheet(85.6, 54)
    f.rect(0, 0, 85.6, 54, width_mm=0, fill=(232, 232, 240))
    f.text(3, 2, "NEDERLAND · VERBLIJFSVERGUNNING", font="condensed", size_pt=5.6, bold=True, color=(20, 40, 100))
    f.text(82.6, 2, "NLD", font="condensed", size_pt=6, bold=True, anchor="right", color=(20, 40, 100))
    f.photo(60, 9, 22, 28, rng)
    for k, (lab, val) in enumerate([("NAAM / SURNAME", person.surname.upper()),
                                    ("VOORNAMEN / GIVEN NAMES", person.given_names.upper()),
                                    ("SOORT / TYPE", "REGULIER BEPAALDE TIJD"), ("OPMERKINGEN", purpose.upper()),
                                    ("GELDIG TOT / EXPIRY", format_date(expiry, "dots", "nl"))]):
        f.text(3, 8 + k * 6.4, lab, font="condensed", size_pt=3.9, color=(90, 90, 110))
        f.text(3, 10.2 + k * 6.4, val, font="condensed", size_pt=5.6, bold=True)
    f.text(3, 42, number, font="condensed", size_pt=7, bold=True)
    b = Sheet(85.6, 54)
    b.rect(0, 0, 85.6, 54, width_mm=0, fill=(236, 236, 242))
    for k, (lab, val) in enumerate([("GEBOORTEDATUM / DATE OF BIRTH", format_date(person.birth_date, "dots", "nl")),
                                    ("NATIONALITEIT", country_name(person.nationality, "nl").upper()),
                                    ("V-NUMMER", vnr), ("AFGIFTE / ISSUE", format_date(issue, "dots", "nl"))]):
        b.text(3, 2 + k * 6, lab, font="condensed", size_pt=3.9, color=(90, 90, 110))
        b.text(3, 4.2 + k * 6, val, font="condensed", size_pt=5.6, bold=True)
    size = (78.0 / 30) / 0.602 / (25.4 / 72)
    for i, ln in enumerate(lines):
        b.text(3.5, 36 + i * 4.5, ln, font="ocrb", size_pt=size)
    sh = Sheet()
    k = 1.41
    sh.image(45, 25, 85.6 * k, 54 * k, f.render(300))
    sh.image(45, 110, 85.6 * k, 54 * k, b.render(300))
    sh.text(45, 190, "kopie vergroot 141%", font="sans", size_pt=7, color=GREY)
    return [sh]


_register("permit-nl-vergroot-141", "identity-document", PART, "nl", permit_nl_enlarged, country="NLD", mrz="TD1",
          photo=True, notes="Dutch residence card copied enlarged, front above back, Dutch/English labels")


# --------------------------------------------------------------------------- civil status in prose (DR Congo)

_NUM_FR = {0: "", 1: "un", 2: "deux", 3: "trois", 4: "quatre", 5: "cinq", 6: "six", 7: "sept", 8: "huit", 9: "neuf",
           10: "dix", 11: "onze", 12: "douze", 13: "treize", 14: "quatorze", 15: "quinze", 16: "seize"}


def _fr_words(n: int) -> str:
    """French number words up to 9999, as a civil-status officer writes a year or a day in full."""
    if n in _NUM_FR and n:
        return _NUM_FR[n]
    if n < 20:
        return "dix-" + _NUM_FR[n - 10]
    tens = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante", 8: "quatre-vingt"}
    if n < 100:
        t, u = divmod(n, 10)
        if t in (7, 9):
            return tens[t - 1] + "-" + _fr_words(10 + u)
        w = tens[t] + ("s" if t == 8 and u == 0 else "")
        return w if u == 0 else w + ("-et-un" if u == 1 and t != 8 else "-" + _NUM_FR[u])
    if n < 1000:
        h, r = divmod(n, 100)
        w = "cent" if h == 1 else _NUM_FR[h] + " cent"
        return w if r == 0 else w + " " + _fr_words(r)
    th, r = divmod(n, 1000)
    w = "mille" if th == 1 else _fr_words(th) + " mille"
    return w if r == 0 else w + " " + _fr_words(r)


_MONTH_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]


def _date_words(d: datetime.date) -> str:
    return f"{'premier' if d.day == 1 else _fr_words(d.day)} {_MONTH_FR[d.month - 1]} {_fr_words(d.year)}"


def birth_cod_prose(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Congolese 'acte de naissance' of a commune of Kinshasa, the act written as one running paragraph with the
    dates in words, the officer's signature and the round stamp of the commune."""
    act = act_date or person.birth_date + datetime.timedelta(days=rng.randint(2, 60))
    issued = _when(rng, issue_date, 30, 500)
    commune = rng.choice(["Lingwala", "Kasa-Vubu", "Ngaliema", "Limete", "Bandalungwa"])
    sh = Sheet(paper="cream")
    sh.text(105, 14, "RÉPUBLIQUE DÉMOCRATIQUE DU CONGO", font="serif5", size_pt=11, bold=True, anchor="center")
    sh.text(105, 20, f"VILLE DE KINSHASA – COMMUNE DE {commune.upper()}", font="serif5", size_pt=9.5,
            anchor="center")
    sh.text(105, 25, "BUREAU DE L'ÉTAT CIVIL", font="serif5", size_pt=9.5, anchor="center")
    sh.text(105, 40, f"ACTE DE NAISSANCE N° {rng.randint(100, 2999)}/{act.year}", font="serif5", size_pt=13,
            bold=True, anchor="center")
    sh.text(20, 47, f"Volume {rng.choice(['I', 'II', 'III', 'IV'])} – Folio {rng.randint(10, 300)}", font="serif5",
            size_pt=9, color=GREY)
    fa, mo = father or person.father or "", mother or person.mother or ""
    born = "née" if person.sex == "F" else "né"
    txt = (f"L'an {_fr_words(act.year)}, le {_date_words(act).rsplit(' ', 2)[0]}, "
           f"devant nous, {make_professional(rng, 'FR')[0]} {make_professional(rng, 'FR')[1].upper()}, Officier de "
           f"l'état civil de la Commune de {commune}, a comparu {fa or 'le père'}, lequel nous a déclaré que le "
           f"{_date_words(person.birth_date)}, est {born} à {person.birth_place}, "
           f"un enfant de sexe {'féminin' if person.sex == 'F' else 'masculin'}, nommé {person.surname.upper()} "
           f"{person.given_names}, fils/fille de {fa} et de {mo}, tous deux de nationalité congolaise. "
           f"Après lecture faite, le comparant a signé avec Nous le présent acte.")
    y = sh.paragraph(22, 58, 166, txt, font="serif5", size_pt=11, leading=1.7, align="justify")
    sh.text(22, y + 8, "POUR EXTRAIT CONFORME", font="serif5", size_pt=10, bold=True)
    sh.text(22, y + 14, f"Kinshasa, le {format_date(issued, 'dots', 'fr')}", font="serif5", size_pt=10)
    sh.text(120, y + 14, "L'Officier de l'état civil", font="serif5", size_pt=10)
    sh.signature(122, y + 19, 42, 14, rng, color=(30, 30, 40))
    sh.stamp(90, y + 16, [f"COMMUNE DE {commune.upper()}", "ÉTAT CIVIL", "KINSHASA"], rng, size_mm=30,
             color=(40, 70, 150))
    return [sh]


def birth_mar_table(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Moroccan 'extrait d'acte de naissance' in a ruled bilingual table (French labels, Arabic column header)."""
    act = act_date or person.birth_date + datetime.timedelta(days=rng.randint(2, 40))
    issued = _when(rng, issue_date, 20, 400)
    sh = Sheet()
    sh.text(20, 14, "ROYAUME DU MAROC", font="sans6", size_pt=11, bold=True)
    sh.text(20, 19.5, "Ministère de l'Intérieur – État civil", font="sans6", size_pt=9)
    sh.text(190, 14, f"Commune de {person.birth_place}", font="sans6", size_pt=9, anchor="right")
    sh.text(105, 36, "EXTRAIT D'ACTE DE NAISSANCE", font="sans6", size_pt=14, bold=True, anchor="center")
    sh.text(105, 43, f"Acte n° {rng.randint(100, 1999)} – Année {act.year}", font="sans6", size_pt=9,
            anchor="center")
    rows = [("Nom de famille", person.surname.upper()), ("Prénom", person.given_names),
            ("Date de naissance", format_date(person.birth_date, "long", "fr")), ("Lieu de naissance",
                                                                                   person.birth_place),
            ("Sexe", "Féminin" if person.sex == "F" else "Masculin"), ("Nationalité", "Marocaine"),
            ("Père", father or person.father or ""), ("Mère", mother or person.mother or ""),
            ("Date de l'acte", format_date(act, "dots", "fr"))]
    y = 54
    for lab, val in rows:
        sh.rect(22, y, 60, 9, width_mm=0.25, fill=(244, 244, 240))
        sh.rect(82, y, 106, 9, width_mm=0.25)
        sh.text(24, y + 2.3, lab, font="sans6", size_pt=9.5)
        sh.text(84, y + 2.3, val, font="sans6", size_pt=10, bold=True)
        y += 9
    sh.text(22, y + 10, f"Délivré le {format_date(issued, 'dots', 'fr')}", font="sans6", size_pt=10)
    sh.text(130, y + 10, "L'Officier de l'état civil", font="sans6", size_pt=10)
    sh.signature(130, y + 15, 40, 12, rng)
    sh.stamp(95, y + 10, ["ROYAUME DU MAROC", "ÉTAT CIVIL", person.birth_place.upper()[:18]], rng, size_mm=28,
             color=(30, 110, 70))
    return [sh]


def birth_tur_nufus(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Turkish 'Nüfus Kayıt Örneği' issued at the counter of a district population office: typewritten entries
    on a printed grid, the clerk's signature and the office's round stamp; Turkish only."""
    issued = _when(rng, issue_date, 10, 300)
    ilce = rng.choice(["Çankaya", "Konak", "Kadıköy", "Melikgazi", "Şahinbey"])
    sh = Sheet(paper="cream")
    sh.text(105, 14, "TÜRKİYE CUMHURİYETİ", font="serif6", size_pt=11, bold=True, anchor="center")
    sh.text(105, 20, f"{ilce.upper()} İLÇE NÜFUS MÜDÜRLÜĞÜ", font="serif6", size_pt=9.5, anchor="center")
    sh.text(105, 32, "NÜFUS KAYIT ÖRNEĞİ", font="serif6", size_pt=14, bold=True, anchor="center")
    rows = [("T.C. Kimlik No", "1" + _digits(rng, 10)), ("Soyadı", person.surname.upper()),
            ("Adı", person.given_names.upper()), ("Baba Adı", (father or person.father or "").split(" ")[0].upper()),
            ("Ana Adı", (mother or person.mother or "").split(" ")[0].upper()),
            ("Doğum Yeri", strip_accents(person.birth_place).upper()),
            ("Doğum Tarihi", format_date(person.birth_date, "dots", "nl")),
            ("Cinsiyeti", "KADIN" if person.sex == "F" else "ERKEK"), ("Medeni Hali", "BEKAR"),
            ("Cilt / Aile Sıra / Sıra", f"{rng.randint(10, 99)} / {rng.randint(100, 999)} / {rng.randint(1, 30)}")]
    y = 44
    for lab, val in rows:
        sh.rect(22, y, 60, 9, width_mm=0.25)
        sh.rect(82, y, 106, 9, width_mm=0.25)
        sh.text(24, y + 2.3, lab, font="serif6", size_pt=9.5)
        sh.text(85, y + 2.2, val, font="typewriter", size_pt=10.5)
        y += 9
    sh.paragraph(22, y + 8, 166, "Yukarıdaki bilgilerin nüfus kayıtlarına uygun olduğu onaylanır.", font="serif6",
                 size_pt=10)
    sh.text(22, y + 20, f"Düzenleme tarihi: {format_date(issued, 'dots', 'nl')}", font="serif6", size_pt=10)
    sh.text(130, y + 20, "Nüfus Memuru", font="serif6", size_pt=10)
    sh.signature(130, y + 25, 40, 13, rng)
    sh.stamp(95, y + 18, ["T.C.", f"{ilce.upper()} NÜFUS MÜDÜRLÜĞÜ"], rng, size_mm=28, color=(40, 40, 140))
    return [sh]


def birth_be_uittreksel(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Flemish 'uittreksel uit de akte van geboorte' printed from the DABS by a city's burgerzaken, QR-like square
    and an electronic signature note, the city's coat of arms block at the left."""
    issued = _when(rng, issue_date, 10, 300)
    act = act_date or person.birth_date + datetime.timedelta(days=rng.randint(1, 8))
    city = rng.choice(["Antwerpen", "Gent", "Mechelen", "Leuven", "Hasselt", "Brugge"])
    sh = Sheet()
    sh.rect(18, 12, 16, 20, width_mm=0, fill=(160, 20, 30))
    sh.text(38, 13, f"Stad {city}", font="sans4", size_pt=13, bold=True)
    sh.text(38, 20, "Burgerzaken – Burgerlijke stand", font="sans4", size_pt=9)
    sh.text(20, 44, "Uittreksel uit de akte van geboorte", font="sans4", size_pt=14, bold=True)
    sh.text(20, 51, f"Aktenummer {_digits(rng, 4)}/{act.year} · DABS-referentie {_digits(rng, 12)}", font="sans4",
            size_pt=8.5, color=GREY)
    rows = [("Naam", person.surname), ("Voornamen", person.given_names),
            ("Geslacht", "vrouwelijk" if person.sex == "F" else "mannelijk"),
            ("Geboren op", format_date(person.birth_date, "long", "nl")), ("Geboren te", person.birth_place),
            ("Vader / meeouder", father or person.father or ""), ("Moeder", mother or person.mother or ""),
            ("Datum opmaak akte", format_date(act, "dots", "nl"))]
    y = 62
    for lab, val in rows:
        sh.text(20, y, lab, font="sans4", size_pt=10, color=GREY)
        sh.text(72, y, val, font="sans4", size_pt=10.5)
        sh.rule(20, y + 5.5, 190, y + 5.5, width_mm=0.1, color=(200, 200, 200))
        y += 8
    sh.rect(20, y + 10, 24, 24, width_mm=0.4)
    for k in range(40):
        sh.rect(21 + rng.randint(0, 20), y + 11 + rng.randint(0, 20), 2, 2, width_mm=0, fill=(0, 0, 0))
    sh.paragraph(50, y + 12, 140, f"Afgeleverd te {city} op {format_date(issued, 'dots', 'nl')}. Dit uittreksel is "
                 f"elektronisch ondertekend door de ambtenaar van de burgerlijke stand.", font="sans4", size_pt=9)
    return [sh]


_register("birth-cod-acte-prose-kinshasa", "birth-certificate", PART, "fr", birth_cod_prose, country="COD",
          notes="Congolese birth act of a Kinshasa commune in running prose, dates written in words, cream paper")
_register("birth-mar-extrait-table", "birth-certificate", PART, "fr", birth_mar_table, country="MAR",
          notes="Moroccan birth extract in a ruled two-column table, green round stamp")
_register("birth-tur-ilce-nufus-daktilo", "birth-certificate", PART, "tr", birth_tur_nufus, country="TUR",
          notes="Turkish population-register extract issued at a district office counter, typewritten in a grid")
_register("birth-be-uittreksel-dabs", "birth-certificate", PART, "nl", birth_be_uittreksel, country="BEL",
          notes="Flemish city's DABS birth extract, electronic signature note, square code")


# --------------------------------------------------------------------------- nationality certificates

def _nationality5(country: str):
    def make(person, rng, *, issue_date=None, **opts):
        issued = _when(rng, issue_date, 30, 600)
        sh = Sheet()
        if country == "COD":
            sh.text(105, 14, "RÉPUBLIQUE DÉMOCRATIQUE DU CONGO", font="serif4", size_pt=11, bold=True,
                    anchor="center")
            sh.text(105, 20, "TRIBUNAL DE GRANDE INSTANCE DE KINSHASA/MATETE", font="serif4", size_pt=10,
                    anchor="center")
            title, who, nat = "CERTIFICAT DE NATIONALITÉ", "Le Greffier Divisionnaire", "congolaise"
            place = "Kinshasa"
            stamp = ["TRIBUNAL DE GRANDE INSTANCE", "GREFFE", "KINSHASA/MATETE"]
        else:
            sh.text(105, 14, "ROYAUME DU MAROC", font="serif4", size_pt=11, bold=True, anchor="center")
            sh.text(105, 20, "Ministère de la Justice – Tribunal de Première Instance", font="serif4", size_pt=10,
                    anchor="center")
            title, who, nat = "CERTIFICAT DE NATIONALITÉ MAROCAINE", "Le Président du Tribunal", "marocaine"
            place = rng.choice(["Oujda", "Nador", "Tanger", "Casablanca"])
            stamp = ["ROYAUME DU MAROC", "TRIBUNAL DE PREMIÈRE INSTANCE", place.upper()]
        sh.text(105, 40, title, font="serif4", size_pt=14, bold=True, anchor="center")
        sh.text(105, 47, f"N° {rng.randint(100, 9999)}/{issued.year}", font="serif4", size_pt=9, anchor="center")
        body = (f"Nous, {who.lower()}, certifions au vu des pièces produites (acte de naissance, carte "
                f"d'identité des parents) que {person.given_names} {person.surname.upper()}, "
                f"né{'e' if person.sex == 'F' else ''} le {format_date(person.birth_date, 'long', 'fr')} à "
                f"{person.birth_place}, fils/fille de {person.father or '...'} et de {person.mother or '...'}, est de "
                f"nationalité {nat} d'origine.")
        y = sh.paragraph(25, 62, 160, body, font="serif4", size_pt=11, leading=1.6, align="justify")
        sh.text(25, y + 10, f"Fait à {place}, le {format_date(issued, 'dots', 'fr')}", font="serif4", size_pt=10.5)
        sh.text(120, y + 22, who, font="serif4", size_pt=10.5)
        sh.signature(120, y + 27, 40, 13, rng)
        sh.stamp(70, y + 20, stamp, rng, size_mm=30, color=(50, 50, 140))
        return [sh]

    return make


_register("nationality-cod-tgi-matete", "nationality-certificate", PART, "fr", _nationality5("COD"), country="COD",
          notes="certificate of nationality of the Kinshasa/Matete court registry, justified prose")
_register("nationality-mar-tpi", "nationality-certificate", PART, "fr", _nationality5("MAR"), country="MAR",
          notes="Moroccan certificate of nationality of a court of first instance")


# --------------------------------------------------------------------------- identity certificates (photo)

def _idcert5(country: str):
    def make(person, rng, *, issue_date=None, declarative=False, **opts):
        issued = _when(rng, issue_date, 20, 400)
        sh = Sheet()
        if country == "COD":
            head = ["AMBASSADE DE LA RÉPUBLIQUE DÉMOCRATIQUE DU CONGO", "Section consulaire – Bruxelles",
                    "Rue Marie de Bourgogne 30, 1000 Bruxelles"]
            nat, title = "congolaise", "ATTESTATION D'IDENTITÉ"
            stamp = ["AMBASSADE RDC", "SECTION CONSULAIRE", "BRUXELLES"]
        else:
            head = ["CONSULAT GÉNÉRAL DU ROYAUME DU MAROC", "Anvers – Service de l'état civil",
                    "Frankrijklei 54, 2000 Antwerpen"]
            nat, title = "marocaine", "CERTIFICAT D'IDENTITÉ ET DE NATIONALITÉ"
            stamp = ["CONSULAT GÉNÉRAL DU MAROC", "ANVERS"]
        for k, ln in enumerate(head):
            sh.text(105, 14 + k * 5.5, ln, font="sans2", size_pt=10.5 if k == 0 else 8.5, bold=k == 0,
                    anchor="center")
        sh.rule(30, 32, 180, 32, width_mm=0.5)
        sh.text(105, 42, title, font="sans2", size_pt=14, bold=True, anchor="center")
        sh.photo(22, 56, 30, 38, rng)
        sh.stamp(38, 82, stamp[:2], rng, size_mm=20, color=(60, 60, 150))
        rows = [("Nom", person.surname.upper()), ("Prénom(s)", person.given_names),
                ("Né(e) le", format_date(person.birth_date, "dots", "fr")), ("À", f"{person.birth_place}"),
                ("Nationalité", nat), ("Père", person.father or ""), ("Mère", person.mother or "")]
        y = 56
        for lab, val in rows:
            sh.text(60, y, lab, font="sans2", size_pt=10, color=GREY)
            sh.text(90, y, val, font="sans2", size_pt=10.5, bold=True)
            y += 6.5
        basis = ("Établie sur la seule déclaration de l'intéressé(e), sans production de pièces d'état civil."
                 if declarative else "Établie au vu du passeport périmé et de l'acte de naissance présentés en "
                                     "original et inscrits au registre consulaire.")
        y = sh.paragraph(22, max(y, 100) + 6, 166, basis, font="sans2", size_pt=10, leading=1.4)
        sh.text(22, y + 8, f"Délivrée le {format_date(issued, 'dots', 'fr')} pour servir et valoir ce que de droit.",
                font="sans2", size_pt=10)
        sh.text(130, y + 18, "Le Consul", font="sans2", size_pt=10)
        sh.signature(128, y + 22, 40, 13, rng)
        sh.stamp(150, y + 14, stamp, rng, size_mm=26, color=(60, 60, 150))
        return [sh]

    return make


_register("idcert-cod-ambassade-bxl", "identity-certificate", PART, "fr", _idcert5("COD"), country="COD",
          photo=True, notes="identity attestation of the Congolese embassy, photo left with a stamp across it")
_register("idcert-mar-consulat-anvers", "identity-certificate", PART, "fr", _idcert5("MAR"), country="MAR",
          photo=True, notes="identity and nationality certificate of the Moroccan consulate in Antwerp")


# --------------------------------------------------------------------------- marriage

def marriage_be_acte(person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    """Walloon 'extrait d'acte de mariage' of a commune, both spouses in two columns."""
    issued = _when(rng, issue_date, 20, 300)
    wed = marriage_date or (issued - datetime.timedelta(days=800))
    city = rng.choice(["Liège", "Charleroi", "Namur", "Mons", "Verviers"])
    q = spouse
    sh = Sheet()
    sh.text(20, 14, f"Ville de {city}", font="serif2", size_pt=13, bold=True)
    sh.text(20, 20, "Service Population – État civil", font="serif2", size_pt=9)
    sh.text(105, 40, "EXTRAIT D'ACTE DE MARIAGE", font="serif2", size_pt=14, bold=True, anchor="center")
    sh.text(105, 47, f"Acte n° {rng.randint(10, 900)}/{wed.year} – célébré le {format_date(wed, 'long', 'fr')}",
            font="serif2", size_pt=9.5, anchor="center")
    cols = [("Époux", person), ("Épouse", q)] if person.sex == "M" else [("Épouse", person), ("Époux", q)]
    for k, (lab, p) in enumerate(cols):
        x = 22 + k * 86
        sh.rect(x, 58, 82, 52, width_mm=0.3)
        sh.text(x + 3, 61, lab, font="serif2", size_pt=11, bold=True)
        if p is None:
            continue
        for j, (a, b) in enumerate([("Nom", p.surname.upper()), ("Prénoms", p.given_names),
                                    ("Né(e) le", format_date(p.birth_date, "dots", "fr")),
                                    ("à", p.birth_place), ("Nationalité", country_name(p.nationality, "fr"))]):
            sh.text(x + 3, 69 + j * 8, a, font="serif2", size_pt=8.5, color=GREY)
            sh.text(x + 3, 72.5 + j * 8, b, font="serif2", size_pt=10)
    sh.text(22, 122, f"Pour extrait conforme, {city}, le {format_date(issued, 'dots', 'fr')}", font="serif2",
            size_pt=10)
    sh.text(120, 132, "L'Officier de l'état civil délégué", font="serif2", size_pt=10)
    sh.signature(122, 137, 40, 13, rng)
    return [sh]


def marriage_cod_prose(person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    """Congolese marriage act of a Kinshasa commune in prose, as the birth act of the same office."""
    issued = _when(rng, issue_date, 20, 300)
    wed = marriage_date or (issued - datetime.timedelta(days=900))
    q = spouse
    h, w = (person, q) if person.sex == "M" else (q, person)
    commune = rng.choice(["Gombe", "Kintambo", "Matete", "Lemba"])
    sh = Sheet(paper="cream")
    sh.text(105, 14, "RÉPUBLIQUE DÉMOCRATIQUE DU CONGO", font="serif5", size_pt=11, bold=True, anchor="center")
    sh.text(105, 20, f"VILLE DE KINSHASA – COMMUNE DE {commune.upper()}", font="serif5", size_pt=9.5,
            anchor="center")
    sh.text(105, 36, f"ACTE DE MARIAGE N° {rng.randint(10, 900)}/{wed.year}", font="serif5", size_pt=13, bold=True,
            anchor="center")
    hn = f"{h.surname.upper()} {h.given_names}" if h else "..."
    wn = f"{w.surname.upper()} {w.given_names}" if w else "..."
    txt = (f"L'an {_fr_words(wed.year)}, le {_date_words(wed).rsplit(' ', 2)[0]}, devant Nous, Officier de l'état "
           f"civil de la Commune de {commune}, ont comparu publiquement {hn}, né le "
           f"{format_date(h.birth_date, 'dots', 'fr') if h else '...'} à {h.birth_place if h else '...'}, et {wn}, "
           f"née le {format_date(w.birth_date, 'dots', 'fr') if w else '...'} à {w.birth_place if w else '...'}, "
           f"lesquels ont déclaré vouloir se prendre pour époux. Nous les avons déclarés unis par le mariage.")
    y = sh.paragraph(22, 50, 166, txt, font="serif5", size_pt=11, leading=1.7, align="justify")
    sh.text(22, y + 10, f"Pour copie conforme, Kinshasa, le {format_date(issued, 'dots', 'fr')}", font="serif5",
            size_pt=10)
    sh.signature(120, y + 18, 40, 13, rng, color=(30, 30, 40))
    sh.stamp(80, y + 14, [f"COMMUNE DE {commune.upper()}", "ÉTAT CIVIL", "KINSHASA"], rng, size_mm=28,
             color=(40, 70, 150))
    return [sh]


_register("marriage-be-extrait-deux-colonnes", "marriage-certificate", PART, "fr", marriage_be_acte, country="BEL",
          notes="Walloon marriage extract, spouses in two framed columns")
_register("marriage-cod-acte-prose", "marriage-certificate", PART, "fr", marriage_cod_prose, country="COD",
          notes="Congolese marriage act in prose, dates in words, cream paper")


# --------------------------------------------------------------------------- sworn translations

_SRC5 = {"nl": {"tr": "Turks", "es": "Spaans", "ar": "Arabisch", "ru": "Russisch"},
         "fr": {"tr": "turc", "es": "espagnol", "ar": "arabe", "ru": "russe"}}
_WHAT5 = {"nl": {"birth-certificate": "uittreksel geboorteregister", "identity-document": "identiteitsdocument"},
          "fr": {"birth-certificate": "extrait du registre des naissances", "identity-document": "document d'identité"}}


def _translation5(target: str):
    def make(person, rng, *, issue_date=None, of_type="birth-certificate", source_lang=None, **opts):
        issued = _when(rng, issue_date, 5, 60)
        g, s, _ = make_professional(rng, "BE" if target == "nl" else "NL")
        src = _SRC5["nl"].get(source_lang or "tr", source_lang or "tr")
        what = _WHAT5["nl"].get(of_type, of_type)
        sh = Sheet()
        if target == "nl":
            # Antwerp translator: a running translation, then the sworn formula and the court's legalisation
            sh.text(20, 14, f"{g} {s} – beëdigd vertaler Turks-Nederlands", font="sans2", size_pt=11, bold=True)
            sh.text(20, 20, "Rechtbank van eerste aanleg Antwerpen · Nationaal register beëdigd vertalers",
                    font="sans2", size_pt=8.5, color=GREY)
            title = f"VERTALING UIT HET {src.upper()}: {what.upper()}"
            place = f"Antwerpen, {format_date(issued, 'dots', 'nl')}"
            labels = ("Familienaam", "Voornaam", "Geboortedatum", "Geboorteplaats", "Naam vader", "Naam moeder")
            oath = (f"Ik, ondergetekende, beëdigd vertaler, verklaar dat deze vertaling uit het {src} in het "
                    f"Nederlands getrouw en volledig is.")
        else:
            sh.text(190, 14, f"{g} {s}", font="serif2", size_pt=11, bold=True, anchor="right")
            sh.text(190, 20, "Beëdigd vertaler Turks – Wbtv nr. " + _digits(rng, 5) + " – Utrecht", font="serif2",
                    size_pt=8.5, anchor="right", color=GREY)
            title = f"BEËDIGDE VERTALING – {what.upper()} ({src})"
            place = f"Utrecht, {format_date(issued, 'dashes_zero', 'nl')}"
            labels = ("Achternaam", "Voornamen", "Geboren op", "Geboren te", "Vader", "Moeder")
            oath = (f"Voor getrouwe vertaling uit het {src} in het Nederlands, zonder toevoegingen of weglatingen, "
                    f"getekend door ondergetekende als beëdigd vertaler.")
        sh.text(105, 40, title, font="sans2", size_pt=12, bold=True, anchor="center")
        facts = (person.surname.upper(), person.given_names, format_date(person.birth_date, "long", "nl"),
                 person.birth_place, person.father or "", person.mother or "")
        y = 54
        for lab, val in zip(labels, facts):
            sh.text(26, y, f"{lab}:", font="sans2", size_pt=10.5)
            sh.text(76, y, val, font="sans2", size_pt=10.5)
            y += 7
        y = sh.paragraph(26, y + 8, 160, oath, font="sans2", size_pt=10, leading=1.4)
        sh.text(26, y + 8, place, font="sans2", size_pt=10)
        sh.signature(26, y + 13, 40, 13, rng)
        sh.stamp(90, y + 6, [f"{g} {s}".upper(), "BEËDIGD VERTALER", "ANTWERPEN" if target == "nl" else "UTRECHT"],
                 rng, shape="oval", size_mm=32, color=(20, 90, 60))
        return [sh]

    return make


# the Belgian one first: 9ter takes the part's first translation family, the IND the Dutch (NLD) one
_register("translation-be-nl-antwerpen-prose", "translation", PART, "nl", _translation5("nl"), country="BEL",
          notes="Antwerp sworn translator, label list, oath below, green oval stamp")
_register("translation-nl-utrecht-rightblock", "translation", PART, "nl", _translation5("nl-nl"), country="NLD",
          notes="Utrecht sworn translator (Wbtv), letterhead right, oath formula")
