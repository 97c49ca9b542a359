"""Identity and civil-status document families.

Every family is ``make(person, rng, *, issue_date=None, expiry_date=None, **opts) -> list[Sheet]``
and is registered in ``FAMILIES`` with its document type and part (dev / heldout).  The sheets are
what a lawyer receives: a photocopy of a passport or card on an A4 page, or the civil-status
document itself.  Callers may keep drawing on the returned sheets (a V-number written in the
margin, a "copie conforme" stamp) before saving them.

Common options (all families accept and ignore what they do not use):
  issue_date, expiry_date     dates of the document (defaults drawn from rng before 2026-12-01)
  break_check="birth"         (MRZ documents) break that check digit: number|birth|expiry|personal|composite
  mrz_override={...}          (MRZ documents) data in the MRZ that differs from the visible zone:
                              keys surname, given_names, birth_date, nationality, sex, number
  crop=True                   (passports, cards) a sheet of the document's own size instead of an A4 copy
  annotate="V-nr. 3012345678" a handwritten note in the copy's margin
  font=...                    override the main face
Civil-status acts take: act_date (date the act was drawn up), father/mother names (default person's),
spouse (marriage: a Person), source_lang/target_lang (translation), of_type (what a translation renders).
"""
from __future__ import annotations

import datetime
import random
from dataclasses import dataclass, field
from typing import Callable

from PIL import Image, ImageDraw

from . import mrz as M
from .paper import Sheet, make_photo, text_width_mm
from .people import (COUNTRIES, ORIGINS, Person, country_name, format_address, format_date, format_name,
                     format_national_number, make_professional, make_spouse, month_name, nationality_adj,
                     strip_accents)

TODAY = datetime.date(2026, 12, 1)


@dataclass
class Family:
    id: str
    type: str
    part: str
    lang: str
    make: Callable[..., list]
    country: str | None = None            # issuing country, alpha-3
    mrz: str | None = None                # TD1 / TD2 / TD3
    photo: bool = False                   # carries a photo (physical link)
    needs_birth_country: str | None = None  # use only for people born in that country (English name)
    notes: str = ""


FAMILIES: dict[str, Family] = {}


def _register(id, type, part, lang, make, **kw):
    FAMILIES[id] = Family(id, type, part, lang, make, **kw)


def families(type: str | None = None, part: str | None = None) -> list[Family]:
    return [f for f in FAMILIES.values() if (type is None or f.type == type) and (part is None or f.part == part)]


# --------------------------------------------------------------------------- helpers

def _dates(rng, issue_date, expiry_date, years=5, back_days=(40, None)):
    if issue_date is None:
        hi = int(years * 365 * 0.8) if back_days[1] is None else back_days[1]
        issue_date = TODAY - datetime.timedelta(days=rng.randint(back_days[0], max(back_days[0] + 1, hi)))
    if expiry_date is None:
        try:
            expiry_date = issue_date.replace(year=issue_date.year + years) - datetime.timedelta(days=rng.choice([0, 1]))
        except ValueError:
            expiry_date = issue_date + datetime.timedelta(days=365 * years)
    return issue_date, expiry_date


def _mrz_data(person: Person, override: dict | None):
    d = dict(surname=person.surname, given_names=person.given_names, birth_date=person.birth_date,
             nationality=person.nationality, sex=person.sex)
    d.update(override or {})
    return d


def _guilloche(w_mm, h_mm, rng, bg=(236, 242, 236), ink=(170, 200, 175), n=26, k=8.0):
    W, H = int(w_mm * k), int(h_mm * k)
    img = Image.new("RGB", (W, H), bg)
    d = ImageDraw.Draw(img)
    import math
    f1, f2 = rng.uniform(1.5, 3.5), rng.uniform(4, 9)
    for i in range(n):
        ph = i * 2 * math.pi / n
        amp = H * rng.uniform(0.05, 0.12)
        y0 = H * (0.1 + 0.8 * i / n)
        pts = [(x, y0 + amp * math.sin(f1 * 2 * math.pi * x / W + ph) + amp * 0.4 * math.sin(f2 * 2 * math.pi * x / W - ph))
               for x in range(0, W + 8, 8)]
        d.line(pts, fill=ink, width=1)
    cx, cy = W * rng.uniform(0.55, 0.75), H * 0.5
    for r in range(int(H * 0.1), int(H * 0.45), int(k * 1.5)):
        d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=tuple(min(255, c + 20) for c in ink))
    return img


def _annotate(sh: Sheet, rng, text, y=None):
    if text:
        sh.handwriting(rng.uniform(14, 30), y if y is not None else rng.uniform(255, 275), text, rng, size_pt=13)


def _copy_margin_mark(sh: Sheet, rng, lang="fr"):
    """Sometimes a lawyer's office stamps 'copie conforme' / 'kopie' on copies."""
    if rng.random() < 0.2:
        txt = {"fr": ["COPIE"], "nl": ["KOPIE"], "en": ["COPY"]}.get(lang, ["COPIE"])
        sh.stamp(rng.uniform(140, 165), rng.uniform(240, 262), txt, rng, shape="rect", size_mm=20,
                 color=rng.choice([(150, 30, 40), (40, 60, 160)]))


def _name_parts(p: Person):
    return p.surname.upper(), p.given_names.upper()


def _mrz_lines(sh: Sheet, x, y, lines, *, pitch_mm=2.54, color=(20, 20, 20)):
    size = pitch_mm / 0.602 / (25.4 / 72)
    for i, ln in enumerate(lines):
        sh.text(x, y + i * pitch_mm * 1.7, ln, font="ocrb", size_pt=size, color=color)


_CYR = [("shch", "щ"), ("kh", "х"), ("zh", "ж"), ("ts", "ц"), ("ch", "ч"), ("sh", "ш"), ("ya", "я"), ("yu", "ю"),
        ("ye", "е"), ("yo", "ё"), ("iy", "ий"), ("a", "а"), ("b", "б"), ("v", "в"), ("g", "г"), ("d", "д"), ("e", "е"),
        ("z", "з"), ("i", "и"), ("y", "ы"), ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"),
        ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"), ("f", "ф"), ("h", "х"), ("c", "к"), ("w", "в"), ("x", "кс"),
        ("j", "дж"), ("q", "к")]


def to_cyrillic(s: str) -> str:
    out, i, low = [], 0, s.lower()
    while i < len(s):
        for lat, cyr in _CYR:
            if low.startswith(lat, i):
                c = cyr
                if s[i].isupper():
                    c = c[0].upper() + c[1:]
                out.append(c)
                i += len(lat)
                break
        else:
            out.append(s[i])
            i += 1
    r = "".join(out)
    return r.replace("ыа", "ия").replace("Ыа", "Ия")


# --------------------------------------------------------------------------- passports (TD3)

def _num_letters(rng, letters, digits):
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(letters)) + "".join(
        str(rng.randint(0, 9)) for _ in range(digits))


PASSPORTS = {
    "MAR": dict(state=["ROYAUME DU MAROC", "KINGDOM OF MOROCCO"], title="PASSEPORT  PASSPORT", layout="icao",
                labels=dict(type="Type", code="Code du pays / Country code", number="N° du passeport / Passport No.",
                            surname="Nom / Surname", given="Prénoms / Given names", nationality="Nationalité / Nationality",
                            birth_date="Date de naissance / Date of birth", sex="Sexe / Sex",
                            birth_place="Lieu de naissance / Place of birth", issue="Date de délivrance / Date of issue",
                            expiry="Date d'expiration / Date of expiry", authority="Autorité / Authority",
                            personal="N° CNIE / ID card No."),
                nat="MAROCAINE", date="spaces", number=lambda r: _num_letters(r, 2, 7),
                authority=lambda r, p: r.choice(["CONSULAT GENERAL DU MAROC A BRUXELLES", "CONSULAT DU MAROC A ANVERS",
                                                 "DGSN", "CONSULAT GENERAL DU MAROC A LIEGE"]),
                personal=lambda r: _num_letters(r, 2, 6), years=5, bg=(236, 244, 232), ink=(150, 195, 160),
                label_font="sans", value_font="sans", sex=lambda s: s),
    "COD": dict(state=["REPUBLIQUE DEMOCRATIQUE DU CONGO", "DEMOCRATIC REPUBLIC OF THE CONGO"],
                title="PASSEPORT / PASSPORT", layout="stack",
                labels=dict(type="Type", code="Code / Code", number="Passeport N° / Passport No.",
                            surname="Nom / Surname", given="Post-nom et prénom / Given names",
                            nationality="Nationalité / Nationality", birth_date="Date de naissance / Date of birth",
                            sex="Sexe / Sex", birth_place="Lieu de naissance / Place of birth",
                            issue="Date de délivrance / Date of issue", expiry="Date d'expiration / Date of expiry",
                            authority="Autorité / Authority"),
                nat="CONGOLAISE", date="slashes", number=lambda r: "OP" + "".join(str(r.randint(0, 9)) for _ in range(7)),
                authority=lambda r, p: r.choice(["MINAFFET/KINSHASA", "AMBASSADE RDC BRUXELLES", "MINISTERE DES AFFAIRES ETRANGERES"]),
                personal=None, years=5, bg=(232, 240, 250), ink=(150, 175, 215), label_font="sans3",
                value_font="mono2", sex=lambda s: s),
    "GIN": dict(state=["CEDEAO / ECOWAS", "RÉPUBLIQUE DE GUINÉE", "REPUBLIC OF GUINEA"], title="PASSEPORT / PASSPORT",
                layout="icao",
                labels=dict(type="Type / Type", code="Code / Code", number="N° Passeport / Passport No.",
                            surname="Nom / Surname", given="Prénoms / Given names", nationality="Nationalité / Nationality",
                            birth_date="Date de naissance / Date of birth", sex="Sexe / Sex",
                            birth_place="Lieu de naissance / Place of birth", issue="Date de délivrance / Date of issue",
                            expiry="Date d'expiration / Date of expiry", authority="Autorité / Authority",
                            personal="N° personnel / Personal No."),
                nat="GUINEENNE", date="passport_bi", number=lambda r: _num_letters(r, 1, 7),
                authority=lambda r, p: "DCPAF CONAKRY", personal=lambda r: "".join(str(r.randint(0, 9)) for _ in range(10)),
                years=5, bg=(246, 238, 228), ink=(210, 180, 150), label_font="sans4", value_font="sans4",
                sex=lambda s: s),
    "AFG": dict(state=["ISLAMIC REPUBLIC OF AFGHANISTAN"], title="PASSPORT", layout="icao",
                labels=dict(type="Type", code="Country Code", number="Passport No.", surname="Surname",
                            given="Given Names", nationality="Nationality", birth_date="Date of Birth", sex="Sex",
                            birth_place="Place of Birth", issue="Date of Issue", expiry="Date of Expiry",
                            authority="Issuing Authority", personal="Tazkira No."),
                nat="AFGHAN", date="abbr_en", number=lambda r: "P" + "".join(str(r.randint(0, 9)) for _ in range(8)),
                authority=lambda r, p: r.choice(["KABUL", "MOI KABUL", "EMBASSY BRUSSELS"]),
                personal=lambda r: "".join(str(r.randint(0, 9)) for _ in range(11)), years=5, bg=(238, 238, 230),
                ink=(185, 185, 160), label_font="sans", value_font="sans", sex=lambda s: s),
    "SUR": dict(state=["REPUBLIEK SURINAME", "REPUBLIC OF SURINAME"], title="PASPOORT / PASSPORT", layout="stack",
                labels=dict(type="Type / Type", code="Code / Code", number="Paspoortnummer / Passport No.",
                            surname="Naam / Surname", given="Voornamen / Given names",
                            nationality="Nationaliteit / Nationality", birth_date="Geboortedatum / Date of birth",
                            sex="Geslacht / Sex", birth_place="Geboorteplaats / Place of birth",
                            issue="Datum van afgifte / Date of issue", expiry="Geldig tot / Date of expiry",
                            authority="Afgegeven door / Authority", personal="ID-nummer / Personal No."),
                nat="SURINAAMSE", date="dots", number=lambda r: "R" + "".join(str(r.randint(0, 9)) for _ in range(7)),
                authority=lambda r, p: r.choice(["CBB PARAMARIBO", "CONSULAAT-GENERAAL AMSTERDAM", "MIN. BIZA"]),
                personal=lambda r: _num_letters(r, 2, 6), years=5, bg=(240, 236, 246), ink=(190, 175, 215),
                label_font="serif", value_font="sans", sex=lambda s: {"M": "M/M", "F": "V/F"}[s]),
    "SUR2": dict(code="SUR", state=["REPUBLIEK SURINAME"], title="PASPOORT  PASSPORT  PASAPORTE", layout="icao",
                 labels=dict(type="Type/Type", code="Landcode/Code", number="Paspoortnr./Passport No.",
                             surname="Naam/Surname", given="Voornamen/Given names", nationality="Nationaliteit/Nationality",
                             birth_date="Geboortedatum/Date of birth", sex="Geslacht/Sex",
                             birth_place="Geboorteplaats/Place of birth", issue="Datum afgifte/Date of issue",
                             expiry="Vervaldatum/Date of expiry", authority="Autoriteit/Authority",
                             personal="Persoonsnr./Personal No."),
                 nat="SURINAAMSE", date="passport_bi_nl", number=lambda r: "S" + "".join(str(r.randint(0, 9)) for _ in range(7)),
                 authority=lambda r, p: r.choice(["MINISTERIE VAN BIZA", "CBB PARAMARIBO", "CONSULAAT AMSTERDAM"]),
                 personal=lambda r: "".join(str(r.randint(0, 9)) for _ in range(8)), years=10, bg=(236, 246, 240),
                 ink=(150, 200, 175), label_font="sans2", value_font="sans4",
                 sex=lambda s: {"M": "M", "F": "V/F"}[s]),
    "ERI": dict(state=["THE STATE OF ERITREA"], title="PASSPORT", layout="stack",
                labels=dict(type="Type", code="Code", number="Passport No", surname="Surname", given="Given Names",
                            nationality="Nationality", birth_date="Date of Birth", sex="Sex", birth_place="Place of Birth",
                            issue="Date of Issue", expiry="Date of Expiry", authority="Issuing Authority"),
                nat="ERITREAN", date="abbr_en", number=lambda r: "P" + "".join(str(r.randint(0, 9)) for _ in range(7)),
                authority=lambda r, p: "DEPT. OF IMMIGRATION & NATIONALITY", personal=None, years=5,
                bg=(232, 238, 246), ink=(160, 180, 210), label_font="serif", value_font="typewriter",
                sex=lambda s: s),
    "TUR": dict(state=["TÜRKİYE CUMHURİYETİ", "REPUBLIC OF TÜRKİYE"], title="PASAPORT / PASSPORT / PASSEPORT",
                layout="icao",
                labels=dict(type="Tipi / Type", code="Ülke Kodu / Country Code", number="Pasaport No / Passport No",
                            surname="Soyadı / Surname / Nom", given="Adı / Given Name(s) / Prénom(s)",
                            nationality="Uyruğu / Nationality / Nationalité",
                            birth_date="Doğum Tarihi / Date of birth / Date de naissance", sex="Cinsiyeti / Sex / Sexe",
                            birth_place="Doğum Yeri / Place of birth / Lieu de naissance",
                            issue="Veriliş Tarihi / Date of issue", expiry="Geçerlilik Tarihi / Date of expiry",
                            authority="Makam / Authority / Autorité", personal="T.C. Kimlik No / Personal No."),
                nat="T.C./TUR", date="dots", number=lambda r: "U" + "".join(str(r.randint(0, 9)) for _ in range(8)),
                authority=lambda r, p: r.choice(["İSTANBUL", "ANKARA", "T.C. BRÜKSEL BŞK.", "T.C. LAHEY BE."]),
                personal=lambda r: str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(10)),
                years=10, bg=(248, 236, 236), ink=(220, 175, 175), label_font="sans2", value_font="sans",
                sex=lambda s: {"M": "E/M", "F": "K/F"}[s]),
    "RUS": dict(state=["РОССИЙСКАЯ ФЕДЕРАЦИЯ", "RUSSIAN FEDERATION"], title="ПАСПОРТ / PASSPORT", layout="stack",
                labels=dict(type="Тип/Type", code="Код государства/Code of issuing State", number="Номер паспорта/Passport No.",
                            surname="Фамилия/Surname", given="Имя/Given names", nationality="Гражданство/Nationality",
                            birth_date="Дата рождения/Date of birth", sex="Пол/Sex",
                            birth_place="Место рождения/Place of birth", issue="Дата выдачи/Date of issue",
                            expiry="Дата окончания срока действия/Date of expiry", authority="Орган, выдавший документ/Authority"),
                nat="РОССИЙСКАЯ ФЕДЕРАЦИЯ/RUSSIAN FEDERATION", date="dots",
                number=lambda r: f"{r.randint(70, 77)}{r.randint(1000000, 9999999)}",
                authority=lambda r, p: f"ФМС {r.randint(10, 99)}{r.randint(100, 999)}", personal=None, years=10,
                bg=(244, 240, 232), ink=(205, 190, 165), label_font="sans3", value_font="sans3", cyrillic=True,
                sex=lambda s: {"M": "МУЖ/M", "F": "ЖЕН/F"}[s]),
    "SYR": dict(state=["SYRIAN ARAB REPUBLIC", "RÉPUBLIQUE ARABE SYRIENNE"], title="PASSPORT / PASSEPORT", layout="icao",
                labels=dict(type="Type", code="Code", number="Passport No. / N° du passeport", surname="Surname / Nom",
                            given="Name / Prénom", nationality="Nationality / Nationalité",
                            birth_date="Date of birth / Date de naissance", sex="Sex / Sexe",
                            birth_place="Place of birth / Lieu de naissance", issue="Date of issue / Date de délivrance",
                            expiry="Date of expiry / Date d'expiration", authority="Issuing office / Autorité",
                            personal="National No. / N° national"),
                nat="SYRIAN", date="slashes", number=lambda r: "N" + "".join(str(r.randint(0, 9)) for _ in range(9)),
                authority=lambda r, p: r.choice(["DAMASCUS", "ALEPPO", "EMBASSY BERLIN"]),
                personal=lambda r: "".join(str(r.randint(0, 9)) for _ in range(11)), years=6, bg=(236, 242, 248),
                ink=(170, 190, 215), label_font="serif3", value_font="sans3", sex=lambda s: s),
    "CMR": dict(state=["RÉPUBLIQUE DU CAMEROUN", "REPUBLIC OF CAMEROON"], title="PASSEPORT / PASSPORT", layout="stack",
                labels=dict(type="Type", code="Code du pays / Country code", number="N° de passeport / Passport No.",
                            surname="Nom / Surname", given="Prénoms / Given names", nationality="Nationalité / Nationality",
                            birth_date="Date de naissance / Date of birth", sex="Sexe / Sex",
                            birth_place="Lieu de naissance / Place of birth", issue="Date de délivrance / Date of issue",
                            expiry="Date d'expiration / Date of expiry", authority="Autorité / Authority"),
                nat="CAMEROUNAISE / CAMEROONIAN", date="abbr_fr", number=lambda r: _num_letters(r, 2, 7),
                authority=lambda r, p: r.choice(["DGSN YAOUNDE", "DGSN DOUALA"]), personal=None, years=5,
                bg=(236, 246, 236), ink=(160, 205, 165), label_font="sans6", value_font="sans6", sex=lambda s: s),
}


def _pdate(d, style):
    if style == "passport_bi_nl":
        return format_date(d, "passport_bi", "nl")
    if style == "abbr_en":
        return format_date(d, "abbr", "en")
    if style == "abbr_fr":
        return format_date(d, "abbr", "fr")
    return format_date(d, style, "fr")


def _passport(variant: str):
    cfg = PASSPORTS[variant]
    country = cfg.get("code", variant)

    def make(person: Person, rng: random.Random, *, issue_date=None, expiry_date=None, break_check=None,
             mrz_override=None, crop=False, annotate=None, number=None, **opts) -> list[Sheet]:
        issue, expiry = _dates(rng, issue_date, expiry_date, cfg["years"])
        number = number or cfg["number"](rng)
        personal = cfg["personal"](rng) if cfg.get("personal") else ""
        authority = cfg["authority"](rng, person)
        md = _mrz_data(person, mrz_override)
        lines = M.td3(issuing=country, surname=md["surname"], given=md["given_names"],
                      number=md.get("number", number), nationality=md["nationality"], birth_date=md["birth_date"],
                      sex=md["sex"], expiry=expiry, personal_number=personal, break_check=break_check)
        PW, PH = 125.0, 88.0
        if crop:
            sh = Sheet(PW + 6, PH + 6)
            ox, oy = 3.0, 3.0
        else:
            sh = Sheet()
            ox, oy = rng.uniform(30, 55), rng.uniform(105, 130)
            # the facing page of the open booklet above the data page
            sh.rect(ox, oy - PH, PW, PH, width_mm=0.3, color=(150, 150, 150))
            top = rng.random()
            if top < 0.45:
                sh.text(ox + 8, oy - PH + 8, {"RUS": "ПОДПИСЬ ВЛАДЕЛЬЦА / HOLDER'S SIGNATURE",
                                              "TUR": "HAMİLİN İMZASI / HOLDER'S SIGNATURE"}.get(
                    country, "Signature du titulaire / Holder's signature" if "Nom" in cfg["labels"]["surname"]
                    else "Signature of bearer"), font=cfg["label_font"], size_pt=6.5, color=(90, 90, 90))
                sh.signature(ox + 20, oy - PH + 20, 60, 22, rng)
            elif top < 0.8:
                sh.text(ox + PW / 2, oy - PH + 8, "OBSERVATIONS", font=cfg["label_font"], size_pt=8, anchor="center",
                        color=(90, 90, 90))
                for i in range(6):
                    sh.rule(ox + 10, oy - PH + 20 + i * 9, ox + PW - 10, oy - PH + 20 + i * 9, width_mm=0.15,
                            color=(170, 170, 170), dash=0.8)
            else:
                entry = issue + datetime.timedelta(days=rng.randint(5, 200))
                if entry > TODAY:
                    entry = issue
                sh.stamp(ox + rng.uniform(8, 40), oy - PH + rng.uniform(8, 35),
                         ["BRUSSELS AIRPORT" if rng.random() < 0.5 else "SCHIPHOL", format_date(entry, "dots", "en"),
                          "ENTRY"], rng, shape="rect", color=(30, 90, 60), size_mm=24)
            sh.text(ox + PW / 2, oy - 6, str(rng.randint(2, 5)), font="sans", size_pt=7, anchor="center",
                    color=(120, 120, 120))
        # data page background
        sh.image(ox, oy, PW, PH, _guilloche(PW, PH, rng, cfg["bg"], cfg["ink"]))
        sh.rect(ox, oy, PW, PH, width_mm=0.3, color=(120, 120, 120))
        lf, vf = cfg["label_font"], opts.get("font") or cfg["value_font"]
        hy = oy + 3.5
        for i, ln in enumerate(cfg["state"]):
            sh.text(ox + PW / 2, hy, ln, font=lf, size_pt=7.5 if i == 0 else 6.5, bold=True, anchor="center",
                    color=(40, 40, 70))
            hy += 3.3
        sh.text(ox + PW / 2, hy, cfg["title"], font=lf, size_pt=7, anchor="center", color=(40, 40, 70))
        L = cfg["labels"]
        sn, gn = _name_parts(person)
        place = person.birth_place.upper()
        if cfg.get("cyrillic"):
            sn = f"{to_cyrillic(person.surname).upper()}/{strip_accents(person.surname).upper()}"
            gn = f"{to_cyrillic(person.given_names).upper()}/{strip_accents(person.given_names).upper()}"
            place = f"{to_cyrillic(person.birth_place).upper()}/{country_name(person.birth_country, 'en').upper()}"
        elif country in ("COD", "CMR", "GIN"):
            place = f"{place}"
        ds = cfg["date"]
        fields = [("surname", sn), ("given", gn), ("nationality", cfg["nat"]), ("birth_date", _pdate(person.birth_date, ds)),
                  ("sex", cfg["sex"](person.sex)), ("birth_place", place), ("issue", _pdate(issue, ds)),
                  ("expiry", _pdate(expiry, ds)), ("authority", authority)]
        if personal and "personal" in L:
            fields.append(("personal", personal))
        lsz, vsz = 5.2, 8.6
        mrz_y = oy + PH - 12.5
        if cfg["layout"] == "icao":
            px, py = ox + 5, oy + 19
            sh.photo(px, py, 32, 41, rng)
            fx = ox + 42
            y = oy + 17
            sh.text(fx, y, L["type"], font=lf, size_pt=lsz, color=(60, 60, 60))
            sh.text(fx, y + 2.2, "P", font=vf, size_pt=vsz, bold=True)
            sh.text(fx + 16, y, L["code"], font=lf, size_pt=lsz, color=(60, 60, 60))
            sh.text(fx + 16, y + 2.2, country, font=vf, size_pt=vsz, bold=True)
            sh.text(fx + 50, y, L["number"], font=lf, size_pt=lsz, color=(60, 60, 60))
            sh.text(fx + 50, y + 2.2, number, font=vf, size_pt=vsz + 0.6, bold=True,
                    color=(150, 20, 30) if country in ("MAR", "TUR") else (0, 0, 0))
            y += 6.6
            pair = {"birth_date": "sex", "issue": "expiry"}
            skip = set()
            for key, val in fields:
                if key in skip:
                    continue
                sh.text(fx, y, L[key], font=lf, size_pt=lsz, color=(60, 60, 60))
                sh.text(fx, y + 2.2, val, font=vf, size_pt=vsz, bold=True)
                if key in pair:
                    k2 = pair[key]
                    v2 = dict(fields)[k2]
                    sh.text(fx + 44, y, L[k2], font=lf, size_pt=lsz, color=(60, 60, 60))
                    sh.text(fx + 44, y + 2.2, v2, font=vf, size_pt=vsz, bold=True)
                    skip.add(k2)
                y += 5.9
                if y > mrz_y - 5:
                    break
            sh.signature(ox + 6, oy + 61, 30, 9, rng, color=(30, 30, 40))
        else:
            # labels at the left, values beside them, photo at the right
            px, py = ox + PW - 38, oy + 17
            sh.photo(px, py, 32, 41, rng)
            y = oy + 16
            sh.text(ox + 5, y, f"{L['type']}: P    {L['code']}: {country}", font=lf, size_pt=lsz + 0.5)
            y += 4
            sh.text(ox + 5, y, L["number"], font=lf, size_pt=lsz)
            sh.text(ox + 5, y + 2.1, number, font=vf, size_pt=vsz + 0.5, bold=True)
            y += 6
            for key, val in fields:
                sh.text(ox + 5, y, L[key], font=lf, size_pt=lsz, color=(50, 50, 50))
                vs = vsz - 0.4
                while vs > 5 and text_width_mm(val, vf, vs, True) > PW - 46:
                    vs -= 0.4
                sh.text(ox + 5, y + 2.1, val, font=vf, size_pt=vs, bold=True)
                y += 5.1
                if y > mrz_y - 4:
                    break
        _mrz_lines(sh, ox + 6, mrz_y, lines)
        if not crop:
            _annotate(sh, rng, annotate)
            _copy_margin_mark(sh, rng, "fr")
        return [sh]

    return make


for _c, _part in [("MAR", "dev"), ("COD", "dev"), ("GIN", "dev"), ("AFG", "dev"), ("SUR", "dev"), ("ERI", "dev"),
                  ("TUR", "heldout"), ("RUS", "heldout"), ("SYR", "heldout"), ("CMR", "heldout"), ("SUR2", "heldout")]:
    _lang = {"MAR": "fr", "COD": "fr", "GIN": "fr", "AFG": "en", "SUR": "nl", "ERI": "en", "TUR": "tr", "RUS": "ru",
             "SYR": "en", "CMR": "fr", "SUR2": "nl"}[_c]
    _register(f"passport-td3-{_c.lower()}", "identity-document", _part, _lang, _passport(_c),
              country=PASSPORTS[_c].get("code", _c), mrz="TD3", photo=True,
              notes=f"{_c} passport data page ({PASSPORTS[_c]['layout']} layout), copied on A4 in the open booklet")


# --------------------------------------------------------------------------- cards (TD1 / TD2)

class _Sub:
    """Draw on a sheet in a card's own millimetre coordinates, scaled by k (copies may be enlarged)."""

    def __init__(self, sh: Sheet, ox: float, oy: float, k: float = 1.0):
        self.sh, self.ox, self.oy, self.k = sh, ox, oy, k

    def text(self, x, y, s, size_pt=6.0, **kw):
        return self.sh.text(self.ox + x * self.k, self.oy + y * self.k, s, size_pt=size_pt * self.k, **kw)

    def rect(self, x, y, w, h, **kw):
        self.sh.rect(self.ox + x * self.k, self.oy + y * self.k, w * self.k, h * self.k, **kw)

    def image(self, x, y, w, h, img, **kw):
        self.sh.image(self.ox + x * self.k, self.oy + y * self.k, w * self.k, h * self.k, img, **kw)

    def photo(self, x, y, w, h, rng):
        self.sh.photo(self.ox + x * self.k, self.oy + y * self.k, w * self.k, h * self.k, rng)

    def signature(self, x, y, w, h, rng, **kw):
        self.sh.signature(self.ox + x * self.k, self.oy + y * self.k, w * self.k, h * self.k, rng, **kw)

    def field(self, x, y, label, value, *, lf="sans", vf="sans", lsz=4.2, vsz=6.8, lcolor=(70, 70, 90), bold=True,
              maxw=None):
        self.text(x, y, label, lsz, font=lf, color=lcolor)
        vs = vsz
        if maxw:
            while vs > 4 and text_width_mm(value, vf, vs * self.k, bold) > maxw * self.k:
                vs -= 0.3
        self.text(x, y + lsz * 0.42, value, vs, font=vf, bold=bold)

    def mrz(self, x, y, lines, pitch=None):
        n = len(lines[0])
        pitch = pitch or (78.0 / n if n == 30 else 96.0 / n)
        size = pitch / 0.602 / (25.4 / 72)
        for i, ln in enumerate(lines):
            self.text(x, y + i * pitch * 1.65, ln, size, font="ocrb", color=(20, 20, 20))


def _card_sheets(rng, W, H, front, back, *, crop=False, annotate=None, bg=((236, 240, 246), (180, 195, 220)),
                 lang="fr"):
    """front/back: callables (sub, rng) drawing a W×H card face.  On A4 (copy) or cropped (two sheets)."""
    if crop:
        out = []
        for face in (front, back):
            sh = Sheet(W + 4, H + 4)
            sub = _Sub(sh, 2, 2, 1.0)
            sub.image(0, 0, W, H, _guilloche(W, H, rng, *bg, n=18, k=10))
            face(sub, rng)
            out.append(sh)
        return out
    sh = Sheet()
    k = rng.choice([1.0, 1.0, 1.0, 1.25, 1.41])
    ox = rng.uniform(20, 210 - W * k - 20)
    oy = rng.uniform(18, 45)
    side = W * k * 2 + 12 < 190 and rng.random() < 0.3
    positions = [(ox if not side else 15, oy), ((ox if not side else 15 + W * k + 10), oy + (0 if side else H * k + rng.uniform(10, 30)))]
    for (x, y), face in zip(positions, (front, back)):
        sub = _Sub(sh, x, y, k)
        sub.image(0, 0, W, H, _guilloche(W, H, rng, *bg, n=18, k=10))
        sh.rect(x, y, W * k, H * k, width_mm=0.25, color=(140, 140, 140))
        face(sub, rng)
    _annotate(sh, rng, annotate, y=rng.uniform(200, 260))
    _copy_margin_mark(sh, rng, lang)
    return [sh]


def _digits(rng, n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def idcard_mar(person: Person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None,
               crop=False, annotate=None, **opts):
    issue, expiry = _dates(rng, issue_date, expiry_date, 10)
    cin = rng.choice(["BK", "S", "SH", "BE", "BJ", "Z", "GK"]) + _digits(rng, 6)
    md = _mrz_data(person, mrz_override)
    lines = M.td1(doc_code="ID", issuing="MAR", number=md.get("number", cin), nationality=md["nationality"],
                  birth_date=md["birth_date"], sex=md["sex"], expiry=expiry, surname=md["surname"],
                  given=md["given_names"], optional1="", break_check=break_check)
    ds = rng.choice(["dots", "spaces"])

    def front(s, r):
        s.text(43, 2.5, "ROYAUME DU MAROC", 7, font="sans", bold=True, anchor="center", color=(150, 20, 30))
        s.text(43, 6.3, "CARTE NATIONALE D'IDENTITE", 5.5, font="sans", bold=True, anchor="center", color=(40, 40, 60))
        s.photo(3, 12, 21, 27, r)
        s.field(27, 12, "Prénom", person.given_names.upper(), vsz=7.4, maxw=56)
        s.field(27, 18.5, "Nom", person.surname.upper(), vsz=7.4, maxw=56)
        s.field(27, 25, "Né(e) le", format_date(person.birth_date, ds, "fr"))
        s.field(27, 31, "à", person.birth_place.upper(), maxw=56)
        s.field(27, 37, "Valable jusqu'au", format_date(expiry, ds, "fr"))
        s.text(4, 43, cin, 10, font="sans", bold=True, color=(170, 20, 30))
        s.signature(52, 43, 28, 9, r, color=(30, 30, 30))

    def back(s, r):
        o = ORIGINS.get(person.nationality, ORIGINS["MAR"])
        s.field(3, 3, "Fils/Fille de", (person.father or "").split(" ")[0].upper())
        s.field(3, 9, "et de", (person.mother or "").split(" ")[0].upper())
        s.field(3, 15, "Adresse", f"{r.randint(1, 90)} HAY {r.choice(['EL MATAR', 'AL AMAL', 'OULED BRAHIM', 'ESSALAM'])} "
                                  f"{person.birth_place.upper()}", maxw=78)
        s.field(3, 21, "N° état civil", f"{r.randint(10, 999)}/{person.birth_date.year}")
        s.field(48, 21, "Sexe", person.sex)
        s.mrz(4, 33, lines)

    return _card_sheets(rng, 85.6, 54, front, back, crop=crop, annotate=annotate,
                        bg=((240, 238, 226), (205, 200, 170)), lang="fr")


def idcard_tur(person: Person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None,
               crop=False, annotate=None, **opts):
    issue, expiry = _dates(rng, issue_date, expiry_date, 10)
    tc = str(rng.randint(1, 9)) + _digits(rng, 10)
    serial = f"A{_digits(rng, 2)}{rng.choice('ABCDEFGHJKLMNPRSTUVYZ')}{_digits(rng, 5)}"
    md = _mrz_data(person, mrz_override)
    lines = M.td1(doc_code="I<", issuing="TUR", number=md.get("number", serial), nationality=md["nationality"],
                  birth_date=md["birth_date"], sex=md["sex"], expiry=expiry, surname=md["surname"],
                  given=md["given_names"], optional1=tc, break_check=break_check)

    def front(s, r):
        s.rect(0, 0, 85.6, 9, width_mm=0, fill=(200, 30, 40))
        s.text(43, 1.2, "TÜRKİYE CUMHURİYETİ KİMLİK KARTI", 6.4, font="sans", bold=True, anchor="center",
               color=(255, 255, 255))
        s.text(43, 4.8, "REPUBLIC OF TURKEY IDENTITY CARD", 5.2, font="sans", anchor="center", color=(255, 255, 255))
        s.photo(3, 12, 21, 27, r)
        s.field(27, 11, "T.C. Kimlik No / TR Identity No", tc, lf="sans2", vsz=7.5)
        s.field(27, 17, "Soyadı / Surname", person.surname.upper(), lf="sans2", maxw=56)
        s.field(27, 22.5, "Adı / Given Name(s)", person.given_names.upper(), lf="sans2", maxw=56)
        s.field(27, 28, "Doğum Tarihi / Date of Birth", format_date(person.birth_date, "dots", "tr"), lf="sans2")
        s.field(62, 28, "Cinsiyeti / Gender", {"M": "E/M", "F": "K/F"}[person.sex], lf="sans2")
        s.field(27, 33.5, "Seri No / Document No", serial, lf="sans2")
        s.field(62, 33.5, "Uyruğu / Nationality", "T.C./TUR", lf="sans2")
        s.field(27, 39, "Son Geçerlilik / Valid Until", format_date(expiry, "dots", "tr"), lf="sans2")
        s.signature(4, 42, 24, 9, r, color=(30, 30, 30))

    def back(s, r):
        s.field(3, 3, "Anne Adı / Mother's Name", (person.mother or "").split(" ")[0].upper(), lf="sans2")
        s.field(45, 3, "Baba Adı / Father's Name", (person.father or "").split(" ")[0].upper(), lf="sans2")
        s.field(3, 9, "Veren Makam / Issued By", r.choice(["BEYOĞLU İLÇE NÜFUS MD.", "KONYA İL NÜFUS MD.",
                                                           "T.C. BRÜKSEL BŞK."]), lf="sans2")
        s.field(45, 9, "Veriliş Tarihi / Date of Issue", format_date(issue, "dots", "tr"), lf="sans2")
        s.mrz(4, 33, lines)

    return _card_sheets(rng, 85.6, 54, front, back, crop=crop, annotate=annotate,
                        bg=((246, 240, 240), (220, 190, 190)), lang="fr")


def idcard_gin_td2(person: Person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None,
                   crop=False, annotate=None, **opts):
    issue, expiry = _dates(rng, issue_date, expiry_date, 10)
    number = _digits(rng, 9)
    nin = _digits(rng, 15)
    md = _mrz_data(person, mrz_override)
    lines = M.td2(doc_code="I<", issuing="GIN", number=md.get("number", number), nationality=md["nationality"],
                  birth_date=md["birth_date"], sex=md["sex"], expiry=expiry, surname=md["surname"],
                  given=md["given_names"], break_check=break_check)
    W, H = 105.0, 74.0

    def front(s, r):
        s.rect(0, 0, W / 3, 3, width_mm=0, fill=(206, 17, 38))
        s.rect(W / 3, 0, W / 3, 3, width_mm=0, fill=(252, 209, 22))
        s.rect(2 * W / 3, 0, W / 3, 3, width_mm=0, fill=(0, 148, 96))
        s.text(W / 2, 4.5, "RÉPUBLIQUE DE GUINÉE", 7.5, font="serif", bold=True, anchor="center")
        s.text(W / 2, 8.6, "Travail - Justice - Solidarité", 5, font="serif", anchor="center", italic=True)
        s.text(W / 2, 12, "CARTE NATIONALE D'IDENTITÉ", 7, font="sans", bold=True, anchor="center", color=(0, 90, 60))
        s.photo(4, 18, 26, 33, r)
        x = 34
        s.field(x, 17, "Nom", person.surname.upper(), maxw=68)
        s.field(x, 23.5, "Prénom(s)", person.given_names.upper(), maxw=68)
        s.field(x, 30, "Date de naissance", format_date(person.birth_date, "slashes", "fr"))
        s.field(x + 36, 30, "Sexe", person.sex)
        s.field(x, 36.5, "Lieu de naissance", person.birth_place.upper(), maxw=68)
        s.field(x, 43, "Profession", r.choice(["COMMERÇANT(E)", "MÉNAGÈRE", "CULTIVATEUR", "ÉTUDIANT(E)", "CHAUFFEUR"]))
        s.field(x, 49.5, "N° Carte", number)
        s.field(x + 36, 49.5, "Expire le", format_date(expiry, "slashes", "fr"))
        s.signature(5, 55, 28, 10, r, color=(30, 30, 30))

    def back(s, r):
        s.field(4, 4, "NIN", nin)
        s.field(4, 11, "Père", (person.father or "").upper(), maxw=95)
        s.field(4, 18, "Mère", (person.mother or "").upper(), maxw=95)
        s.field(4, 25, "Adresse", f"QUARTIER {r.choice(['HAMDALLAYE', 'MATOTO', 'KALOUM', 'RATOMA', 'DIXINN'])}, CONAKRY")
        s.field(4, 32, "Délivrée le", format_date(issue, "slashes", "fr"))
        s.mrz(4.5, 53, lines)

    return _card_sheets(rng, W, H, front, back, crop=crop, annotate=annotate,
                        bg=((244, 246, 238), (200, 210, 180)), lang="fr")


def permit_be(person: Person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None,
              crop=False, annotate=None, card_type=None, **opts):
    issue, expiry = _dates(rng, issue_date, expiry_date, rng.choice([1, 5]))
    card_type = card_type or rng.choice(["A", "A", "B", "K"])
    number = f"B{_digits(rng, 10)}"
    md = _mrz_data(person, mrz_override)
    nn = person.national_number or ""
    lines = M.td1(doc_code="IR", issuing="BEL", number=md.get("number", number), nationality=md["nationality"],
                  birth_date=md["birth_date"], sex=md["sex"], expiry=expiry, surname=md["surname"],
                  given=md["given_names"], optional2=nn, break_check=break_check)
    lang = "nl" if person.address is None or person.address.postcode[0] in "23789" else "fr"
    types = {"A": ("A. BEWIJS VAN INSCHRIJVING IN HET VREEMDELINGENREGISTER - TIJDELIJK VERBLIJF",
                   "A. CERTIFICAT D'INSCRIPTION AU REGISTRE DES ETRANGERS - SEJOUR TEMPORAIRE"),
             "B": ("B. BEWIJS VAN INSCHRIJVING IN HET VREEMDELINGENREGISTER",
                   "B. CERTIFICAT D'INSCRIPTION AU REGISTRE DES ETRANGERS"),
             "K": ("K. VESTIGING", "K. ETABLISSEMENT")}

    def front(s, r):
        s.text(3, 2.5, "BELGIË BELGIQUE BELGIEN", 5.5, font="sans", bold=True, color=(30, 30, 90))
        s.text(3, 6, "VERBLIJFSTITEL  TITRE DE SÉJOUR  AUFENTHALTSTITEL", 4.6, font="sans", color=(30, 30, 90))
        s.text(78, 2, card_type, 16, font="sans", bold=True, color=(30, 30, 90))
        s.photo(3, 13, 22, 28, r)
        s.field(28, 11, "Naam / Nom", person.surname.upper(), lf="sans", maxw=48)
        s.field(28, 17, "Voornamen / Prénoms", person.given_names, lf="sans", maxw=55)
        s.field(28, 23, "Nationaliteit / Nationalité", person.nationality)
        s.field(60, 23, "Geslacht / Sexe", {"M": "M", "F": "V/F"}[person.sex])
        s.field(28, 29, "Geboortedatum / Date de naissance", format_date(person.birth_date, "spaces", "fr"))
        s.field(28, 35, "Kaartnummer / N° de carte", f"{number[0]} {number[1:8]} {number[8:]}")
        s.field(28, 41, "Geldig van - tot / Valable du - au",
                f"{format_date(issue, 'dots', 'fr')} - {format_date(expiry, 'dots', 'fr')}")
        s.signature(3, 43, 22, 8, r, color=(20, 20, 20))

    def back(s, r):
        s.field(3, 3, "Geboorteplaats en -datum / Lieu et date de naissance",
                f"{person.birth_place.upper()} {format_date(person.birth_date, 'dots', 'fr')}", maxw=80)
        tl = types[card_type]
        s.text(3, 9.5, "Type verblijf / Type de séjour", 4.2, font="sans", color=(70, 70, 90))
        s.text(3, 11.6, tl[0] if lang == "nl" else tl[1], 4.4, font="sans", bold=True)
        s.field(3, 15, "Opmerkingen / Remarques", r.choice(["", "ART. 9TER", "ARBEIDSMARKT: BEPERKT", "-"]) or "-")
        if nn:
            s.field(3, 21, "Rijksregisternr. / N° Registre national", format_national_number(nn, "dots"))
        if person.address:
            s.field(46, 21, "Afgifteplaats / Lieu de délivrance", person.address.city.upper(), maxw=38)
        s.mrz(4, 33, lines)

    return _card_sheets(rng, 85.6, 54, front, back, crop=crop, annotate=annotate,
                        bg=((238, 236, 246), (200, 190, 225)), lang=lang)


def permit_nl(person: Person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None,
              crop=False, annotate=None, purpose=None, v_number=None, style=1, **opts):
    issue, expiry = _dates(rng, issue_date, expiry_date, rng.choice([1, 5]))
    number = rng.choice("RWXY") + rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + _digits(rng, 7)
    purpose = purpose or rng.choice(["Medische behandeling", "Verblijf als familie- of gezinslid",
                                     "Humanitair tijdelijk", "Verblijf bij partner"])
    md = _mrz_data(person, mrz_override)
    lines = M.td1(doc_code="IR", issuing="NLD", number=md.get("number", number), nationality=md["nationality"],
                  birth_date=md["birth_date"], sex=md["sex"], expiry=expiry, surname=md["surname"],
                  given=md["given_names"], break_check=break_check)
    vnr = v_number or person.v_number or _digits(rng, 10)

    if style == 2:  # older design: Dutch labels only, photo at the right, V-number under the photo
        def front(s, r):
            s.rect(0, 0, 85.6, 8, width_mm=0, fill=(33, 70, 139))
            s.text(3, 1.6, "VERBLIJFSDOCUMENT", 7, font="sans", bold=True, color=(255, 255, 255))
            s.text(82, 2.2, "NL", 6.5, font="sans", bold=True, color=(255, 255, 255), anchor="right")
            s.photo(60, 11, 22, 28, r)
            s.field(3, 10, "Naam", person.surname.upper(), maxw=55)
            s.field(3, 16, "Voornamen", person.given_names, maxw=55)
            s.field(3, 22, "Geboren", f"{format_date(person.birth_date, 'dashes_zero', 'nl')}  {person.birth_place}", maxw=55)
            s.field(3, 28, "Nationaliteit", nationality_adj(person.nationality, "nl"))
            s.field(36, 28, "Geslacht", {"M": "M", "F": "V"}[person.sex])
            s.field(3, 34, "Geldig tot", format_date(expiry, "dashes_zero", "nl"))
            s.field(36, 34, "Type", r.choice(["II", "III", "IV"]))
            s.field(3, 40, "Documentnr.", number)
            s.text(60, 40.5, f"V-nr. {vnr}", 5.8, font="sans", bold=True)
            s.signature(3, 45, 24, 7, r, color=(20, 20, 20))

        def back(s, r):
            s.field(3, 3, "Verblijfsdoel", purpose, maxw=80)
            s.field(3, 9.5, "Aantekeningen", r.choice(["Arbeid is vrij toegestaan. TWV niet vereist.",
                                                       "Arbeid niet toegestaan."]), vsz=5.6, maxw=80)
            s.field(3, 16, "Afgegeven", f"IND {format_date(issue, 'dashes_zero', 'nl')}")
            s.mrz(4, 33, lines)

        return _card_sheets(rng, 85.6, 54, front, back, crop=crop, annotate=annotate,
                            bg=((240, 244, 250), (185, 200, 230)), lang="nl")

    def front(s, r):
        s.text(3, 2.5, "KONINKRIJK DER NEDERLANDEN", 5.8, font="sans4", bold=True, color=(20, 40, 100))
        s.text(3, 6, "VERBLIJFSDOCUMENT  RESIDENCE PERMIT  TITRE DE SÉJOUR", 4.4, font="sans4", color=(20, 40, 100))
        s.photo(3, 12, 22, 28, r)
        s.field(28, 10.5, "Naam / Surname", person.surname.upper(), lf="sans4", vf="sans4", maxw=55)
        s.field(28, 16.5, "Voornamen / Given names", person.given_names.upper(), lf="sans4", vf="sans4", maxw=55)
        s.field(28, 22.5, "Geboortedatum / Date of birth", format_date(person.birth_date, "spaces", "nl"), lf="sans4", vf="sans4")
        s.field(64, 22.5, "Geslacht / Sex", {"M": "M", "F": "V/F"}[person.sex], lf="sans4", vf="sans4")
        s.field(28, 28.5, "Nationaliteit / Nationality", nationality_adj(person.nationality, "nl"), lf="sans4", vf="sans4")
        s.field(28, 34.5, "Documentnummer / Document no.", number, lf="sans4", vf="sans4")
        s.field(28, 40.5, "Geldig tot / Date of expiry", format_date(expiry, "spaces", "nl"), lf="sans4", vf="sans4")
        s.field(64, 40.5, "VNR", vnr, lf="sans4", vf="sans4")
        s.signature(3, 43, 22, 8, r, color=(20, 20, 20))

    def back(s, r):
        s.field(3, 3, "Verblijfsvergunning regulier bepaalde tijd", purpose, lf="sans4", vf="sans4", maxw=80)
        s.field(3, 9.5, "Aantekeningen", r.choice(["Arbeid is vrij toegestaan. TWV niet vereist.",
                                                   "Arbeid niet toegestaan.", "Arbeid toegestaan mits TWV"]),
                lf="sans4", vf="sans4", vsz=5.6, maxw=80)
        s.field(3, 16, "Plaats en datum van afgifte", f"IND {format_date(issue, 'dots', 'nl')}", lf="sans4", vf="sans4")
        s.mrz(4, 33, lines)

    return _card_sheets(rng, 85.6, 54, front, back, crop=crop, annotate=annotate,
                        bg=((236, 242, 248), (170, 195, 225)), lang="nl")


_register("idcard-td1-mar", "identity-document", "dev", "fr", idcard_mar, country="MAR", mrz="TD1", photo=True,
          notes="Moroccan CNIE, front and back copied on one A4 page")
_register("idcard-td1-tur", "identity-document", "heldout", "tr", idcard_tur, country="TUR", mrz="TD1", photo=True,
          notes="Turkish T.C. kimlik kartı, Turkish/English labels, front and back on one page")
_register("idcard-td2-gin", "identity-document", "dev", "fr", idcard_gin_td2, country="GIN", mrz="TD2", photo=True,
          notes="Guinean ID card, ID-2 size, TD2 MRZ on the back")
_register("permit-be-card", "identity-document", "dev", "nl", permit_be, country="BEL", mrz="TD1", photo=True,
          notes="Belgian electronic foreigner card (A/B/K), bilingual labels, national number on the back")
_register("permit-nl-vbd", "identity-document", "heldout", "nl", permit_nl, country="NLD", mrz="TD1", photo=True,
          notes="Dutch verblijfsdocument with VNR, purpose on the back; opts v_number, purpose")
_register("permit-nl-vbd-old", "identity-document", "dev", "nl", lambda *a, **k: permit_nl(*a, style=2, **k),
          country="NLD", mrz="TD1", photo=True,
          notes="Dutch verblijfsdocument, older design, Dutch labels, 'V-nr.' under the photo; opts v_number, purpose")


# --------------------------------------------------------------------------- civil-status building blocks

_FR_UNITS = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
             "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf"]
_FR_TENS = {20: "vingt", 30: "trente", 40: "quarante", 50: "cinquante", 60: "soixante", 80: "quatre-vingt"}


def fr_words(n: int) -> str:
    """French number words up to 9999 (for 'L'an deux mille dix-neuf')."""
    if n < 20:
        return _FR_UNITS[n]
    if n < 100:
        if n < 70:
            t, u = n // 10 * 10, n % 10
            return _FR_TENS[t] + ("" if u == 0 else (" et un" if u == 1 else "-" + _FR_UNITS[u]))
        if n < 80:
            return "soixante" + (" et onze" if n == 71 else "-" + _FR_UNITS[n - 60])
        u = n - 80
        return "quatre-vingts" if u == 0 else "quatre-vingt-" + _FR_UNITS[u]
    if n < 1000:
        h, r = divmod(n, 100)
        head = "cent" if h == 1 else _FR_UNITS[h] + " cent" + ("s" if r == 0 else "")
        return head + ("" if r == 0 else " " + fr_words(r))
    th, r = divmod(n, 1000)
    head = "mille" if th == 1 else fr_words(th) + " mille"
    return head + ("" if r == 0 else " " + fr_words(r))


def _official(rng, country):
    """(given, surname, sex) of a civil-status officer of that country."""
    if country in ("BE", "NL", "DE"):
        return make_professional(rng, country)
    o = ORIGINS.get(country, ORIGINS["COD"])
    sx = rng.choice("MF")
    return rng.choice(o["m"] if sx == "M" else o["f"]), rng.choice(o["s"]), sx


class Doc:
    """A one-page civil-status or administrative document laid out from blocks, top to bottom."""

    def __init__(self, rng, *, font="serif", size=10.5, paper="white", margin=22, hand_font=None, hand_color=None):
        self.rng = rng
        self.sh = Sheet(paper=paper)
        self.font, self.size, self.m = font, size, margin
        self.y = 16.0
        self.hand_font = hand_font
        self.hand_color = hand_color or rng.choice([(20, 30, 120), (25, 25, 30), (10, 40, 140)])
        self.W = 210 - 2 * margin

    def header(self, lines, *, align="center", size=None, bold_first=True, right=None, x=None, width=None):
        size = size or self.size
        y0 = self.y
        x = self.m if x is None else x
        width = width or (self.W if align != "left" else 95)
        for i, ln in enumerate(lines):
            b = bold_first and i == 0 or ln.isupper() and i < 2
            if align == "center":
                self.sh.text(x + width / 2, self.y, ln, font=self.font, size_pt=size, bold=b, anchor="center")
            else:
                self.sh.text(x, self.y, ln, font=self.font, size_pt=size, bold=b)
            self.y += size * 0.45
        if right:
            yy = y0
            for ln in right:
                self.sh.text(210 - self.m, yy, ln, font=self.font, size_pt=size, anchor="right")
                yy += size * 0.45
            self.y = max(self.y, yy)
        self.y += 4

    def title(self, s, *, size=15, underline=False, sub=None, spacing=0.0):
        w = self.sh.text(105, self.y, s, font=self.font, size_pt=size, bold=True, anchor="center", letter_spacing=spacing)
        if underline:
            self.sh.rule(105 - w / 2, self.y + size * 0.42, 105 + w / 2, self.y + size * 0.42, width_mm=0.35)
        self.y += size * 0.5
        if sub:
            self.sh.text(105, self.y, sub, font=self.font, size_pt=self.size, anchor="center")
            self.y += self.size * 0.5
        self.y += 4

    def para(self, s, *, align="justify", size=None, indent=0.0, leading=1.35, bold=False):
        self.y = self.sh.paragraph(self.m + indent, self.y, self.W - indent, s, font=self.font,
                                   size_pt=size or self.size, leading=leading, align=align, bold=bold) + 2

    def value(self, x, y, s, size=None, bold=False):
        size = size or self.size
        if self.hand_font:
            return self.sh.handwriting(x, y - 0.8, s, self.rng, size_pt=size * 1.2, font=self.hand_font,
                                       color=self.hand_color)
        return self.sh.text(x, y, s, font=self.font, size_pt=size, bold=bold)

    def rows(self, rows, *, style="colon", label_w=55, size=None, gap=1.9, bold_values=False):
        """style: colon (Label : value) | table (ruled grid) | dotted (dotted line to fill) | boxes (label over box)."""
        size = size or self.size
        lh = size * 0.353 * 1.25 + gap
        if style == "table":
            top = self.y - 1.5
            for lab, val in rows:
                vlines = self.sh.wrap(str(val), self.W - label_w - 4, font=self.font, size_pt=size)
                h = max(1, len(vlines)) * size * 0.45 + 3
                self.sh.rect(self.m, self.y - 1.5, self.W, h, width_mm=0.25)
                self.sh.rule(self.m + label_w, self.y - 1.5, self.m + label_w, self.y - 1.5 + h, width_mm=0.25)
                self.sh.text(self.m + 2, self.y, lab, font=self.font, size_pt=size * 0.92)
                yy = self.y
                for vl in vlines:
                    self.value(self.m + label_w + 2, yy, vl, size, bold_values)
                    yy += size * 0.45
                self.y += h
            self.y += 3
            return
        for lab, val in rows:
            if style == "boxes":
                self.sh.text(self.m, self.y, lab, font=self.font, size_pt=size * 0.75, color=(60, 60, 60))
                self.y += size * 0.36
                self.sh.rect(self.m, self.y - 0.8, self.W, size * 0.5 + 1.6, width_mm=0.2)
                self.value(self.m + 2, self.y, str(val), size, bold_values)
                self.y += size * 0.5 + 3.2
                continue
            self.sh.text(self.m, self.y, lab + (" :" if style == "colon" else ""), font=self.font, size_pt=size)
            x = self.m + label_w
            if style == "dotted":
                self.sh.rule(x, self.y + size * 0.4, 210 - self.m, self.y + size * 0.4, width_mm=0.2, dash=0.5,
                             color=(80, 80, 80))
            vlines = self.sh.wrap(str(val), self.W - label_w, font=self.font, size_pt=size)
            for vl in vlines:
                self.value(x + (1 if style == "dotted" else 0), self.y, vl, size, bold_values)
                self.y += lh
        self.y += 2

    def space(self, mm):
        self.y += mm

    def closing(self, place_date, signer, *, stamp_lines=None, stamp_shape="round", stamp_color=(40, 60, 170),
                align="right", signer_name=None, sig=True):
        x = 118 if align == "right" else self.m
        self.sh.text(x, self.y, place_date, font=self.font, size_pt=self.size)
        self.y += self.size * 0.6
        for ln in signer if isinstance(signer, list) else [signer]:
            self.sh.text(x, self.y, ln, font=self.font, size_pt=self.size)
            self.y += self.size * 0.45
        sy = self.y
        if sig:
            self.sh.signature(x + self.rng.uniform(0, 15), sy, 45, 18, self.rng)
        if signer_name:
            self.sh.text(x, sy + 20, signer_name, font=self.font, size_pt=self.size)
        if stamp_lines:
            sx = x - self.rng.uniform(25, 45) if align == "right" else x + self.rng.uniform(40, 70)
            self.sh.stamp(sx, sy - self.rng.uniform(8, 16), stamp_lines, self.rng, shape=stamp_shape,
                          color=stamp_color, size_mm=self.rng.uniform(28, 36))
        self.y = sy + 26

    def fiscal_stamp(self, text, value):
        """A revenue stamp (timbre fiscal) pasted on the page, below the closing at the left."""
        x, y = self.m + self.rng.uniform(0, 20), min(self.y + self.rng.uniform(0, 8), 262)
        self.sh.rect(x, y, 22, 28, width_mm=0.5, color=(120, 60, 60), fill=(244, 228, 214))
        self.sh.text(x + 11, y + 3, text, font="sans", size_pt=5.5, anchor="center", color=(120, 40, 40))
        self.sh.text(x + 11, y + 11, value, font="serif", size_pt=12, bold=True, anchor="center", color=(120, 40, 40))
        self.sh.rule(x + 2, y + 2, x + 20, y + 26, width_mm=0.6, color=(40, 40, 120))


def _when(rng, act_date, lo=20, hi=400):
    return act_date or (TODAY - datetime.timedelta(days=rng.randint(lo, hi)))


def _first(name: str | None) -> str:
    return (name or "").split(" ")[0]


def _sexword(p, lang):
    return {"fr": {"M": "masculin", "F": "féminin"}, "nl": {"M": "mannelijk", "F": "vrouwelijk"},
            "de": {"M": "männlich", "F": "weiblich"}, "en": {"M": "male", "F": "female"},
            "tr": {"M": "Erkek", "F": "Kadın"}, "pt": {"M": "masculino", "F": "feminino"},
            "es": {"M": "masculino", "F": "femenino"}}[lang][p.sex]


# --------------------------------------------------------------------------- birth certificates

def birth_cod(person: Person, rng, *, issue_date=None, act_date=None, **opts):
    """DR Congo: 'acte de naissance' in prose, typewritten, officer's signature and round stamp."""
    issued = _when(rng, issue_date)
    city = person.birth_place
    commune = (rng.choice(["Lemba", "Kalamu", "Ngaliema", "Limete", "Masina", "Bandalungwa", "Kasa-Vubu", "Matete"])
               if city == "Kinshasa" else city)
    province = {"Kinshasa": "VILLE DE KINSHASA", "Lubumbashi": "PROVINCE DU HAUT-KATANGA", "Goma": "PROVINCE DU NORD-KIVU",
                "Bukavu": "PROVINCE DU SUD-KIVU", "Matadi": "PROVINCE DU KONGO CENTRAL", "Mbandaka": "PROVINCE DE L'EQUATEUR",
                "Kisangani": "PROVINCE DE LA TSHOPO", "Mbuji-Mayi": "PROVINCE DU KASAI ORIENTAL",
                "Kananga": "PROVINCE DU KASAI CENTRAL", "Kikwit": "PROVINCE DU KWILU"}.get(city, "PROVINCE DE " + city.upper())
    late = rng.random() < 0.5
    ad = act_date or (person.birth_date + datetime.timedelta(days=rng.randint(3, 80)) if not late else
                      issued - datetime.timedelta(days=rng.randint(30, 900)))
    d = Doc(rng, font=opts.get("font") or rng.choice(["typewriter", "typewriter2", "typewriter3", "mono"]),
            size=10.5, paper=rng.choice(["white", "white", "cream"]))
    d.header(["REPUBLIQUE DEMOCRATIQUE DU CONGO", province, f"COMMUNE DE {commune.upper()}", "BUREAU DE L'ETAT CIVIL"],
             align="left", size=10)
    n = rng.randint(12, 2400)
    d.title("ACTE DE NAISSANCE", size=15, underline=True, sub=f"N° {n}/Folio {rng.randint(1, 150)}/Volume {rng.choice(['I', 'II', 'III', 'IV'])}")
    o_g, o_s, o_x = _official(rng, "COD")
    hour = rng.randint(8, 15)
    fils = "fils" if person.sex == "M" else "fille"
    decl = person.father or f"{rng.choice(ORIGINS['COD']['m'])} {person.surname}"
    t = (f"L'an {fr_words(ad.year)}, le {fr_words(ad.day) if ad.day > 1 else 'premier'} jour du mois de "
         f"{month_name(ad.month, 'fr')}, à {fr_words(hour)} heures, par devant Nous, {o_g} {o_s.upper()}, "
         f"Officier de l'Etat Civil de la Commune de {commune}, a comparu {decl}, "
         f"{rng.choice(['commerçant', 'enseignant', 'chauffeur', 'agent de l’Etat', 'cultivateur'])}, "
         f"résidant à {city}, lequel nous a déclaré que le {format_date(person.birth_date, 'long', 'fr')}, "
         f"est né(e) à {person.birth_place}, un enfant de sexe {_sexword(person, 'fr')}, nommé(e) "
         f"{person.surname.upper()} {person.given_names}, {fils} de {person.father or decl}, de nationalité congolaise, "
         f"et de {person.mother or '...'}, de nationalité congolaise, son épouse.")
    if late:
        t += (f" Le présent acte est dressé en exécution du jugement supplétif n° RC {rng.randint(1000, 30000)} "
              f"rendu par le Tribunal pour Enfants de {city}.")
    d.para(t)
    d.para("Lecture de l'acte a été faite au déclarant et aux témoins qui l'ont signé avec Nous." if rng.random() < 0.5
           else "Après lecture faite, le déclarant a signé avec Nous le présent acte.")
    d.space(4)
    d.para(f"POUR COPIE CERTIFIEE CONFORME A L'ORIGINAL", align="left")
    d.space(3)
    d.closing(f"Fait à {city}, le {format_date(issued, rng.choice(['dots', 'slashes', 'long']), 'fr')}",
              ["L'Officier de l'Etat Civil,"], signer_name=f"{o_g} {o_s.upper()}",
              stamp_lines=[f"COMMUNE DE {commune.upper()}", "ETAT CIVIL", "R.D. CONGO"], stamp_color=(40, 60, 160))
    if rng.random() < 0.5:
        d.fiscal_stamp("DGRAD", f"{rng.choice([2000, 3000, 5000])} FC")
    return [d.sh]


def birth_mar(person: Person, rng, *, issue_date=None, act_date=None, **opts):
    """Morocco: 'extrait d'acte de naissance' (French version), labelled rows."""
    issued = _when(rng, issue_date, 15, 300)
    d = Doc(rng, font=opts.get("font") or rng.choice(["serif", "sans", "serif5"]), size=10.5)
    prov = person.birth_place
    d.header(["ROYAUME DU MAROC", "MINISTÈRE DE L'INTÉRIEUR", f"Province de {prov}",
              f"Commune de {prov}", f"Bureau d'état civil {rng.choice(['principal', 'n° 1', 'n° 2', 'annexe'])}"],
             align="left", size=9.5, right=[f"Acte n° {rng.randint(10, 3000)}", f"Année {person.birth_date.year}"])
    d.title("EXTRAIT D'ACTE DE NAISSANCE", size=15, spacing=0.3)
    rows = [("Nom", person.surname.upper()), ("Prénom", person.given_names),
            ("Date de naissance", format_date(person.birth_date, rng.choice(["long", "dots", "slashes"]), "fr")),
            ("Lieu de naissance", person.birth_place), ("Sexe", _sexword(person, "fr")),
            ("Nationalité", "Marocaine"),
            ("Fils / Fille de", _first(person.father)), ("Et de", person.mother or ""),
            ("Mentions marginales", "Néant")]
    d.rows(rows, style=rng.choice(["colon", "table", "dotted"]), label_w=55)
    d.para("Certifié conforme aux indications portées sur le registre de l'état civil.", align="left")
    d.space(3)
    g, s, x = _official(rng, "MAR")
    d.closing(f"{prov}, le {format_date(issued, rng.choice(['dots', 'slashes']), 'fr')}",
              ["L'Officier de l'état civil"], signer_name=f"{g} {s}",
              stamp_lines=[f"COMMUNE DE {prov.upper()}", "ETAT CIVIL", "ROYAUME DU MAROC"], stamp_color=(30, 40, 140))
    return [d.sh]


def birth_gin(person: Person, rng, *, issue_date=None, act_date=None, **opts):
    """Guinea: printed form 'extrait d'acte de naissance' filled in by hand."""
    issued = _when(rng, issue_date)
    d = Doc(rng, font=opts.get("font") or "serif", size=10.5, paper=rng.choice(["white", "green", "cream"]),
            hand_font=rng.choice(["hand1", "hand2", "hand4"]))
    commune = rng.choice(["Ratoma", "Matoto", "Dixinn", "Kaloum", "Matam"]) if person.birth_place == "Conakry" else person.birth_place
    d.header(["RÉPUBLIQUE DE GUINÉE", "Travail - Justice - Solidarité",
              "MINISTÈRE DE L'ADMINISTRATION DU TERRITOIRE ET DE LA DÉCENTRALISATION"], size=9.5)
    d.header([f"Préfecture / Commune de : {commune}", "Centre principal d'état civil"], align="left", size=10,
             bold_first=False, right=[f"N° {rng.randint(100, 9000)} / {person.birth_date.year}"])
    d.title("EXTRAIT D'ACTE DE NAISSANCE", size=14)
    rows = [("Nom", person.surname.upper()), ("Prénom(s)", person.given_names),
            ("Né(e) le", format_date(person.birth_date, rng.choice(["slashes", "long", "dashes"]), "fr")),
            ("à", person.birth_place), ("Sexe", _sexword(person, "fr")),
            ("Fils / Fille de", person.father or ""), ("et de", person.mother or ""),
            ("Domicile des parents", commune)]
    d.rows(rows, style="dotted", label_w=48, gap=3.5)
    d.para("Délivré pour extrait conforme au registre des actes de naissance.", align="left")
    d.space(2)
    g, s, x = _official(rng, "GIN")
    d.closing(f"Fait à {commune}, le {format_date(issued, 'slashes', 'fr')}", ["L'Officier de l'état civil"],
              signer_name=f"{g} {s.upper()}", stamp_lines=[f"COMMUNE DE {commune.upper()}", "ÉTAT CIVIL", "GUINÉE"],
              stamp_color=rng.choice([(40, 60, 170), (130, 40, 120)]))
    return [d.sh]


def birth_be(person: Person, rng, *, issue_date=None, act_date=None, **opts):
    """Belgium: 'uittreksel uit de akte van geboorte' (DABS layout), for people born in Belgium."""
    issued = _when(rng, issue_date, 10, 200)
    place = person.birth_place
    lang = "fr" if place in ("Bruxelles", "Schaerbeek", "Anderlecht", "Liège", "Charleroi", "Namur",
                             "Molenbeek-Saint-Jean") else "nl"
    d = Doc(rng, font=opts.get("font") or rng.choice(["sans", "sans2", "sans4"]), size=10)
    nr = f"{person.birth_date.year}/{rng.randint(100, 9000)}"
    if lang == "nl":
        d.header(["KONINKRIJK BELGIË", f"Gemeente {place}", "Dienst Burgerlijke Stand"], align="left", size=9.5,
                 right=["Databank Akten Burgerlijke Stand", f"Aktenummer: {nr}"])
        d.title("Uittreksel uit de akte van geboorte", size=14)
        rows = [("Naam", person.surname), ("Voornamen", person.given_names), ("Geslacht", _sexword(person, "nl")),
                ("Geboorteplaats", place), ("Geboortedatum", format_date(person.birth_date, "long", "nl")),
                ("Ouder 1", person.mother or ""), ("Ouder 2", person.father or ""),
                ("Latere vermeldingen", "geen")]
        d.rows(rows, style=rng.choice(["table", "colon"]), label_w=50)
        d.para("Voor eensluidend uittreksel afgeleverd met het oog op administratieve formaliteiten.", align="left")
        d.closing(f"{place}, {format_date(issued, 'dots', 'nl')}", ["De ambtenaar van de burgerlijke stand,",
                                                                      "in opdracht,"],
                  signer_name=" ".join(make_professional(rng, "BE")[:2]),
                  stamp_lines=[f"GEMEENTE {place.upper()}", "BURGERLIJKE STAND"], stamp_color=(40, 40, 40))
    else:
        d.header(["ROYAUME DE BELGIQUE", f"Commune de {place}", "Service de l'État civil"], align="left", size=9.5,
                 right=["Banque de données des actes de l'état civil", f"Numéro d'acte : {nr}"])
        d.title("Extrait d'acte de naissance", size=14)
        rows = [("Nom", person.surname), ("Prénoms", person.given_names), ("Sexe", _sexword(person, "fr")),
                ("Lieu de naissance", place), ("Date de naissance", format_date(person.birth_date, "long", "fr")),
                ("Parent 1", person.mother or ""), ("Parent 2", person.father or ""), ("Mentions", "néant")]
        d.rows(rows, style=rng.choice(["table", "colon"]), label_w=50)
        d.para("Pour extrait conforme, délivré en vue de formalités administratives.", align="left")
        d.closing(f"{place}, le {format_date(issued, 'dots', 'fr')}", ["L'Officier de l'état civil délégué,"],
                  signer_name=" ".join(make_professional(rng, "BE")[:2]),
                  stamp_lines=[f"COMMUNE DE {place.upper()}", "ÉTAT CIVIL"], stamp_color=(40, 40, 40))
    return [d.sh]


def birth_nl(person: Person, rng, *, issue_date=None, act_date=None, **opts):
    """Netherlands: 'afschrift van een akte van geboorte', for people born in the Netherlands."""
    issued = _when(rng, issue_date, 10, 200)
    place = person.birth_place
    d = Doc(rng, font=opts.get("font") or rng.choice(["sans", "serif2", "sans2"]), size=10)
    d.header([f"Gemeente {place}", "Burgerlijke stand"], align="left", size=10,
             right=[f"Aktenummer {rng.randint(1, 9)}{rng.choice('ABCD')} {rng.randint(100, 5000)}",
                    f"Jaar {person.birth_date.year}"])
    d.title("AFSCHRIFT AKTE VAN GEBOORTE", size=13)
    rows = [("Geslachtsnaam", person.surname), ("Voornamen", person.given_names), ("Geslacht", _sexword(person, "nl")),
            ("Geboortedatum", format_date(person.birth_date, rng.choice(["long", "dashes"]), "nl")),
            ("Geboorteplaats", place), ("Moeder", person.mother or ""), ("Vader", person.father or "")]
    d.rows(rows, style="boxes" if rng.random() < 0.5 else "colon", label_w=50)
    d.para("Voor afschrift conform het register van de burgerlijke stand.", align="left")
    g, s, x = make_professional(rng, "NL")
    d.closing(f"{place}, {format_date(issued, 'long', 'nl')}", ["De ambtenaar van de burgerlijke stand,"],
              signer_name=f"{g} {s}", stamp_lines=[f"GEMEENTE {place.upper()}", "BURGERLIJKE STAND"],
              stamp_color=(30, 30, 30))
    return [d.sh]


def birth_de(person: Person, rng, *, issue_date=None, act_date=None, **opts):
    """Germany: 'Geburtsurkunde', for people born in Germany."""
    issued = _when(rng, issue_date, 10, 200)
    place = person.birth_place
    d = Doc(rng, font=opts.get("font") or rng.choice(["sans4", "serif", "sans"]), size=10.5,
            paper=rng.choice(["white", "blue"]))
    d.header([f"Standesamt {place}"], align="left", size=10, right=[f"Nr. G {rng.randint(100, 4000)}/{person.birth_date.year}"])
    d.title("Geburtsurkunde", size=17)
    rows = [("Familienname", person.surname), ("Vornamen", person.given_names), ("Geschlecht", _sexword(person, "de")),
            ("Tag der Geburt", format_date(person.birth_date, "long", "de")), ("Ort der Geburt", place),
            ("Mutter", person.mother or ""), ("Vater", person.father or "")]
    d.rows(rows, style="colon", label_w=50)
    d.para("Änderungen der Eintragung: keine", align="left")
    g, s, x = make_professional(rng, "DE")
    d.closing(f"{place}, den {format_date(issued, 'dots', 'de')}", ["Der Standesbeamte" if x == "M" else "Die Standesbeamtin"],
              signer_name=f"{g} {s}", stamp_lines=[f"STANDESAMT {place.upper()}", "★"], stamp_color=(30, 30, 90))
    return [d.sh]


def birth_tur(person: Person, rng, *, issue_date=None, act_date=None, **opts):
    """Turkey: 'Doğum Kayıt Örneği' (civil-registry extract), in Turkish only."""
    issued = _when(rng, issue_date, 10, 200)
    d = Doc(rng, font=opts.get("font") or rng.choice(["sans", "sans3"]), size=9.5)
    d.header(["T.C.", "İÇİŞLERİ BAKANLIĞI", "Nüfus ve Vatandaşlık İşleri Genel Müdürlüğü"], size=10)
    d.title("DOĞUM KAYIT ÖRNEĞİ", size=14)
    il = person.birth_place if person.birth_country == "Turkey" else "İstanbul"
    rows = [("T.C. Kimlik No", _digits(rng, 11)), ("Adı", person.given_names.upper()),
            ("Soyadı", person.surname.upper()), ("Baba Adı", _first(person.father).upper()),
            ("Ana Adı", _first(person.mother).upper()), ("Doğum Yeri", person.birth_place.upper()),
            ("Doğum Tarihi", format_date(person.birth_date, "dots", "tr")), ("Cinsiyeti", _sexword(person, "tr")),
            ("İl / İlçe", f"{il.upper()} / MERKEZ"), ("Cilt No / Hane No / Sıra No",
                                                      f"{rng.randint(1, 300)} / {rng.randint(1, 900)} / {rng.randint(1, 60)}")]
    d.rows(rows, style="table", label_w=60)
    d.para("Bu belge 5490 sayılı Nüfus Hizmetleri Kanunu uyarınca düzenlenmiştir. Belgenin doğruluğunu "
           "e-Devlet Kapısı üzerinden barkod numarası ile kontrol edebilirsiniz.", size=8.5)
    d.para(f"Barkod No: NVI-{_digits(rng, 4)}-{_digits(rng, 4)}-{_digits(rng, 4)}   "
           f"Veriliş Tarihi: {format_date(issued, 'dots', 'tr')}", align="left", size=8.5)
    d.closing(f"{rng.choice(['Beyoğlu', 'Kadıköy', 'Emirdağ', 'Konya Merkez'])} İlçe Nüfus Müdürlüğü",
              ["Nüfus Müdürü"], stamp_lines=["T.C. İÇİŞLERİ BAKANLIĞI", "NÜFUS MÜDÜRLÜĞÜ", "★"],
              stamp_color=(40, 40, 140))
    return [d.sh]


def birth_ago(person: Person, rng, *, issue_date=None, act_date=None, **opts):
    """Angola: 'certidão de nascimento', in Portuguese only."""
    issued = _when(rng, issue_date)
    d = Doc(rng, font=opts.get("font") or rng.choice(["serif", "serif6", "typewriter"]), size=10.5)
    place = person.birth_place
    d.header(["REPÚBLICA DE ANGOLA", "MINISTÉRIO DA JUSTIÇA E DOS DIREITOS HUMANOS",
              f"CONSERVATÓRIA DO REGISTO CIVIL DE {place.upper()}"], size=10)
    d.title("CERTIDÃO DE NASCIMENTO", size=14, sub=f"Assento n.º {rng.randint(100, 9000)} de {person.birth_date.year}")
    bd = person.birth_date
    fil = "filho" if person.sex == "M" else "filha"
    d.para(f"Certifico que aos {bd.day} dias do mês de {month_name(bd.month, 'pt')} do ano de {bd.year}, nasceu em "
           f"{place}, República de Angola, um indivíduo do sexo {_sexword(person, 'pt')}, a quem foi dado o nome de "
           f"{person.given_names} {person.surname}, {fil} de {person.father or '...'} e de {person.mother or '...'}, "
           f"naturais de {place}.")
    d.para("Averbamentos: nada consta.", align="left")
    d.para("Por ser verdade e me ter sido pedida, passo a presente certidão que vai por mim assinada e autenticada "
           "com o selo branco em uso nesta Conservatória.")
    g, s, x = _official(rng, "AGO")
    d.closing(f"{place}, aos {format_date(issued, 'long', 'pt')}", ["O Conservador" if x == "M" else "A Conservadora"],
              signer_name=f"{g} {s}", stamp_lines=["REPÚBLICA DE ANGOLA", "REGISTO CIVIL", place.upper()],
              stamp_color=(40, 40, 120))
    return [d.sh]


def birth_tur_nufus(person: Person, rng, *, issue_date=None, act_date=None, **opts):
    """Turkey: 'Nüfus Kayıt Örneği' (family register extract), a wide table, Turkish only."""
    issued = _when(rng, issue_date, 10, 200)
    d = Doc(rng, font=opts.get("font") or rng.choice(["sans", "narrow", "sans2"]), size=9, margin=14)
    d.header(["T.C.", "İÇİŞLERİ BAKANLIĞI", "NÜFUS VE VATANDAŞLIK İŞLERİ GENEL MÜDÜRLÜĞÜ"], size=9.5)
    d.title("NÜFUS KAYIT ÖRNEĞİ", size=13)
    il = person.birth_place if person.birth_country == "Turkey" else "Emirdağ"
    d.rows([("İli", il.upper()), ("İlçesi", "MERKEZ"), ("Mahalle/Köy", rng.choice(["CUMHURİYET", "YENİ", "KARŞIYAKA",
                                                                                   "ATATÜRK"])),
            ("Cilt No", str(rng.randint(1, 300))), ("Hane No", str(rng.randint(1, 900)))], style="colon", label_w=35,
           size=8.5)
    cols = [("Sıra", 10), ("C", 7), ("T.C. Kimlik No", 27), ("Adı", 24), ("Soyadı", 24), ("Baba Adı", 20),
            ("Ana Adı", 20), ("Doğum Yeri ve Tarihi", 38), ("M.H.", 12)]
    x0, y = d.m, d.y
    x = x0
    for name, w in cols:
        d.sh.rect(x, y, w, 7, width_mm=0.25, fill=(230, 230, 230))
        d.sh.text(x + 1, y + 2, name, font=d.font, size_pt=7, bold=True)
        x += w
    fa, mo = person.father or "", person.mother or ""
    fd = person.birth_date.replace(year=person.birth_date.year - rng.randint(24, 38), day=min(person.birth_date.day, 28))
    md = person.birth_date.replace(year=person.birth_date.year - rng.randint(19, 34), day=min(person.birth_date.day, 28))
    people_rows = [
        ("1", "E", _digits(rng, 11), _first(fa).upper(), person.surname.upper(), rng.choice(["ALİ", "HASAN", "MEHMET"]),
         rng.choice(["AYŞE", "FATMA"]), f"{il.upper()} {format_date(fd, 'dots', 'tr')}", "E"),
        ("2", "K", _digits(rng, 11), _first(mo).upper(), person.surname.upper(), rng.choice(["OSMAN", "İSMAİL"]),
         rng.choice(["EMİNE", "HATİCE"]), f"{il.upper()} {format_date(md, 'dots', 'tr')}", "E"),
        ("3", "E" if person.sex == "M" else "K", _digits(rng, 11), person.given_names.upper(), person.surname.upper(),
         _first(fa).upper(), _first(mo).upper(), f"{person.birth_place.upper()} {format_date(person.birth_date, 'dots', 'tr')}",
         rng.choice(["E", "B"]))]
    y += 7
    for row in people_rows:
        x = x0
        for (name, w), val in zip(cols, row):
            d.sh.rect(x, y, w, 7, width_mm=0.2)
            sz = 7
            while sz > 4.5 and text_width_mm(val, d.font, sz) > w - 1.5:
                sz -= 0.3
            d.sh.text(x + 0.8, y + 2, val, font=d.font, size_pt=sz)
            x += w
        y += 7
    d.y = y + 6
    d.para("Açıklamalar: C: Cinsiyeti, M.H.: Medeni Hali (B: Bekâr, E: Evli). Bu belge nüfus kayıtlarına uygun olarak "
           "düzenlenmiştir.", size=8)
    d.para(f"Veriliş Tarihi: {format_date(issued, 'dots', 'tr')}    Belge No: {_digits(rng, 8)}", align="left", size=8.5)
    d.closing(f"{il} İlçe Nüfus Müdürlüğü", ["Nüfus Memuru"], stamp_lines=["T.C. İÇİŞLERİ BAKANLIĞI", "NÜFUS MÜDÜRLÜĞÜ",
                                                                          il.upper()], stamp_color=(60, 40, 140))
    return [d.sh]


def _birth_spanish(person: Person, rng, *, issue_date, country):
    issued = _when(rng, issue_date, 15, 300)
    place = person.birth_place
    bd = person.birth_date
    if country == "COL":
        d = Doc(rng, font=rng.choice(["sans", "sans4"]), size=9.5, margin=16)
        d.header(["REPÚBLICA DE COLOMBIA", "REGISTRADURÍA NACIONAL DEL ESTADO CIVIL"], size=10)
        d.title("REGISTRO CIVIL DE NACIMIENTO", size=13, sub=f"Indicativo serial {_digits(rng, 8)}   NUIP {_digits(rng, 10)}")
        d.rows([("Oficina de registro", f"Registraduría de {place}"), ("País - Departamento - Municipio",
                                                                       f"COLOMBIA - {place.upper()}"),
                ("Primer apellido / Segundo apellido", person.surname.upper()),
                ("Nombre(s)", person.given_names.upper()),
                ("Fecha de nacimiento", f"Año {bd.year}  Mes {month_name(bd.month, 'es').upper()}  Día {bd.day:02d}"),
                ("Sexo", _sexword(person, "es").upper()),
                ("Lugar de nacimiento", f"Clínica / Hospital, {place}"),
                ("Datos de la madre", person.mother or ""), ("Nacionalidad", "COLOMBIANA"),
                ("Datos del padre", person.father or ""), ("Nacionalidad", "COLOMBIANA"),
                ("Fecha de inscripción", format_date(bd + datetime.timedelta(days=rng.randint(5, 120)), "slashes", "es"))],
               style="boxes", size=9)
        d.closing(f"Expedido en {place}, {format_date(issued, 'long', 'es')}", ["Firma del funcionario"],
                  stamp_lines=["REGISTRADURÍA NACIONAL", "ESTADO CIVIL", place.upper()], stamp_color=(30, 30, 110))
    else:
        d = Doc(rng, font=rng.choice(["serif", "typewriter", "serif6"]), size=10.5)
        d.header(["REPÚBLICA BOLIVARIANA DE VENEZUELA", "CONSEJO NACIONAL ELECTORAL", "COMISIÓN DE REGISTRO CIVIL Y ELECTORAL",
                  f"Unidad de Registro Civil de la Parroquia {rng.choice(['Catedral', 'Sucre', 'El Recreo', 'Santa Rosalía'])}, "
                  f"Municipio {place}"], size=9.5)
        d.title("ACTA DE NACIMIENTO", size=14, sub=f"N° {rng.randint(100, 3000)}   Tomo {rng.randint(1, 9)}   Folio {rng.randint(1, 400)}")
        hijo = "hijo" if person.sex == "M" else "hija"
        d.para(f"Yo, Registrador(a) Civil, hago constar que en fecha {format_date(bd + datetime.timedelta(days=rng.randint(3, 60)), 'long', 'es')} "
               f"fue presentado(a) ante este despacho un niño(a) de sexo {'masculino' if person.sex == 'M' else 'femenino'} "
               f"a quien se le dio el nombre de {person.given_names.upper()} {person.surname.upper()}, nacido(a) en {place} "
               f"el día {format_date(bd, 'long', 'es')}, {hijo} de {person.father or '...'}, venezolano, y de "
               f"{person.mother or '...'}, venezolana.")
        d.para("Notas marginales: no tiene.", align="left")
        d.para("Es copia fiel y exacta de su original, que se expide a solicitud de parte interesada.")
        d.closing(f"{place}, {format_date(issued, 'long', 'es')}", ["Registrador(a) Civil"],
                  stamp_lines=["REGISTRO CIVIL", "REPÚBLICA BOLIVARIANA", "DE VENEZUELA"], stamp_color=(40, 40, 120))
    return [d.sh]


def birth_col(person, rng, *, issue_date=None, **opts):
    """Colombia: 'registro civil de nacimiento', Spanish only."""
    return _birth_spanish(person, rng, issue_date=issue_date, country="COL")


def birth_ven(person, rng, *, issue_date=None, **opts):
    """Venezuela: 'acta de nacimiento', Spanish only."""
    return _birth_spanish(person, rng, issue_date=issue_date, country="VEN")


_register("birth-cod-acte", "birth-certificate", "dev", "fr", birth_cod, country="COD",
          notes="DR Congo birth act in prose, typewriter, sometimes after a jugement supplétif; fiscal stamp")
_register("birth-mar-extrait", "birth-certificate", "dev", "fr", birth_mar, country="MAR",
          notes="Moroccan extrait d'acte de naissance, French version, rows as table/colon/dotted")
_register("birth-be-uittreksel", "birth-certificate", "dev", "nl", birth_be, country="BEL",
          needs_birth_country="Belgium", notes="Belgian DABS extract, nl or fr by commune")
_register("birth-tur-kayit", "birth-certificate", "dev", "tr", birth_tur, country="TUR",
          notes="Turkish civil-registry birth extract, Turkish only (needs a translation)")
_register("birth-tur-nufus", "birth-certificate", "heldout", "tr", birth_tur_nufus, country="TUR",
          notes="Turkish family-register extract (nüfus kayıt örneği), wide table, Turkish only")
_register("birth-col-registro", "birth-certificate", "dev", "es", birth_col, country="COL",
          notes="Colombian registro civil de nacimiento, boxed form, Spanish only (needs a translation)")
_register("birth-ven-acta", "birth-certificate", "heldout", "es", birth_ven, country="VEN",
          notes="Venezuelan acta de nacimiento in prose, Spanish only (needs a translation)")
_register("birth-gin-extrait", "birth-certificate", "heldout", "fr", birth_gin, country="GIN",
          notes="Guinean printed form filled in by hand")
_register("birth-nl-afschrift", "birth-certificate", "heldout", "nl", birth_nl, country="NLD",
          needs_birth_country="Netherlands", notes="Dutch afschrift akte van geboorte")
_register("birth-de-geburtsurkunde", "birth-certificate", "heldout", "de", birth_de, country="DEU",
          needs_birth_country="Germany", notes="German Geburtsurkunde")
_register("birth-ago-certidao", "birth-certificate", "heldout", "pt", birth_ago, country="AGO",
          notes="Angolan certidão de nascimento, Portuguese only (needs a translation)")


# --------------------------------------------------------------------------- marriage certificates

def _marriage_parties(person, rng, spouse, marriage_date):
    spouse = spouse or make_spouse(rng, person)
    husband, wife = (person, spouse) if person.sex == "M" else (spouse, person)
    older = max(husband.birth_date, wife.birth_date)
    if marriage_date is None:
        lo = older.replace(year=older.year + 19) if not (older.month == 2 and older.day == 29) else older + datetime.timedelta(days=365 * 19)
        hi = TODAY - datetime.timedelta(days=200)
        marriage_date = datetime.date.fromordinal(rng.randint(lo.toordinal(), max(lo.toordinal() + 1, hi.toordinal())))
    return husband, wife, marriage_date


def marriage_mar(person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    h, w, md = _marriage_parties(person, rng, spouse, marriage_date)
    issued = _when(rng, issue_date, 15, 300)
    d = Doc(rng, font=opts.get("font") or rng.choice(["serif", "sans"]), size=10.5)
    place = h.birth_place if h.nationality == "MAR" else "Rabat"
    d.header(["ROYAUME DU MAROC", "MINISTÈRE DE L'INTÉRIEUR", f"Commune de {place}", "Bureau d'état civil"], align="left",
             size=9.5, right=[f"Acte n° {rng.randint(10, 900)}/{md.year}"])
    d.title("EXTRAIT D'ACTE DE MARIAGE", size=15)
    rows = [("Date du mariage", format_date(md, "long", "fr")), ("Lieu du mariage", place),
            ("Époux", f"{h.surname.upper()} {h.given_names}"),
            ("né le / à", f"{format_date(h.birth_date, 'dots', 'fr')} à {h.birth_place}"),
            ("Épouse", f"{w.surname.upper()} {w.given_names}"),
            ("née le / à", f"{format_date(w.birth_date, 'dots', 'fr')} à {w.birth_place}"),
            ("Acte adoulaire", f"n° {rng.randint(10, 600)}, page {rng.randint(1, 400)}, registre {rng.randint(1, 90)}"),
            ("Mentions marginales", "Néant")]
    d.rows(rows, style=rng.choice(["table", "colon"]), label_w=50)
    d.para("Certifié conforme aux indications portées sur le registre de l'état civil.", align="left")
    g, s, x = _official(rng, "MAR")
    d.closing(f"{place}, le {format_date(issued, 'dots', 'fr')}", ["L'Officier de l'état civil"], signer_name=f"{g} {s}",
              stamp_lines=[f"COMMUNE DE {place.upper()}", "ETAT CIVIL", "ROYAUME DU MAROC"])
    return [d.sh]


def marriage_be(person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    h, w, md = _marriage_parties(person, rng, spouse, marriage_date)
    issued = _when(rng, issue_date, 10, 200)
    place = (person.address.city if person.address and person.address.country == "BE" else "Antwerpen")
    d = Doc(rng, font=opts.get("font") or rng.choice(["sans", "sans2"]), size=10)
    d.header(["KONINKRIJK BELGIË", f"Gemeente {place}", "Dienst Burgerlijke Stand"], align="left", size=9.5,
             right=["Databank Akten Burgerlijke Stand", f"Aktenummer: {md.year}/{rng.randint(10, 3000)}"])
    d.title("Uittreksel uit de akte van huwelijk", size=14)
    rows = [("Datum huwelijk", format_date(md, "long", "nl")), ("Plaats huwelijk", place),
            ("Echtgenoot 1 - naam", h.surname), ("Voornamen", h.given_names),
            ("Geboren", f"{h.birth_place}, {format_date(h.birth_date, 'long', 'nl')}"),
            ("Echtgenoot 2 - naam", w.surname), ("Voornamen", w.given_names),
            ("Geboren", f"{w.birth_place}, {format_date(w.birth_date, 'long', 'nl')}"),
            ("Huwelijksovereenkomst", "geen"), ("Latere vermeldingen", "geen")]
    d.rows(rows, style="table", label_w=55)
    d.closing(f"{place}, {format_date(issued, 'dots', 'nl')}", ["De ambtenaar van de burgerlijke stand,"],
              signer_name=" ".join(make_professional(rng, "BE")[:2]),
              stamp_lines=[f"GEMEENTE {place.upper()}", "BURGERLIJKE STAND"], stamp_color=(40, 40, 40))
    return [d.sh]


def marriage_cod(person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    h, w, md = _marriage_parties(person, rng, spouse, marriage_date)
    issued = _when(rng, issue_date)
    commune = rng.choice(["Lemba", "Kalamu", "Ngaliema", "Limete", "Gombe"])
    d = Doc(rng, font=opts.get("font") or rng.choice(["typewriter", "mono", "typewriter3"]), size=10.5,
            paper=rng.choice(["white", "cream"]))
    d.header(["REPUBLIQUE DEMOCRATIQUE DU CONGO", "VILLE DE KINSHASA", f"COMMUNE DE {commune.upper()}",
              "BUREAU DE L'ETAT CIVIL"], align="left", size=10)
    d.title("ACTE DE MARIAGE", size=15, underline=True, sub=f"N° {rng.randint(10, 900)}/Folio {rng.randint(1, 99)}/Volume II")
    g, s, x = _official(rng, "COD")
    d.para(f"L'an {fr_words(md.year)}, le {fr_words(md.day) if md.day > 1 else 'premier'} jour du mois de "
           f"{month_name(md.month, 'fr')}, par devant Nous, {g} {s.upper()}, Officier de l'Etat Civil de la Commune de "
           f"{commune}, ont comparu publiquement : {h.surname.upper()} {h.given_names}, né à {h.birth_place} le "
           f"{format_date(h.birth_date, 'long', 'fr')}, fils de {h.father or '...'} et de {h.mother or '...'}, d'une part ; "
           f"et {w.surname.upper()} {w.given_names}, née à {w.birth_place} le {format_date(w.birth_date, 'long', 'fr')}, "
           f"fille de {w.father or '...'} et de {w.mother or '...'}, d'autre part ; lesquels nous ont requis de procéder "
           f"à la célébration de leur mariage. La dot a été versée. Nous avons prononcé au nom de la loi qu'ils sont unis "
           f"par le mariage.")
    d.para("POUR COPIE CERTIFIEE CONFORME", align="left")
    d.closing(f"Fait à Kinshasa, le {format_date(issued, 'dots', 'fr')}", ["L'Officier de l'Etat Civil,"],
              signer_name=f"{g} {s.upper()}", stamp_lines=[f"COMMUNE DE {commune.upper()}", "ETAT CIVIL", "KINSHASA"])
    return [d.sh]


_register("marriage-mar-extrait", "marriage-certificate", "dev", "fr", marriage_mar, country="MAR",
          notes="Moroccan extract of a marriage act; opts spouse, marriage_date")
_register("marriage-be-uittreksel", "marriage-certificate", "heldout", "nl", marriage_be, country="BEL",
          notes="Belgian DABS marriage extract")
_register("marriage-cod-acte", "marriage-certificate", "heldout", "fr", marriage_cod, country="COD",
          notes="Congolese marriage act in prose, typewriter")


# --------------------------------------------------------------------------- nationality certificates

def nationality_cod(person, rng, *, issue_date=None, **opts):
    issued = _when(rng, issue_date, 30, 700)
    d = Doc(rng, font=opts.get("font") or rng.choice(["serif", "typewriter"]), size=11)
    d.header(["REPUBLIQUE DEMOCRATIQUE DU CONGO", "MINISTERE DE LA JUSTICE ET GARDE DES SCEAUX",
              "SECRETARIAT GENERAL A LA JUSTICE", "Direction de la Nationalité"], align="left", size=10,
             right=[f"N° {rng.randint(100, 9999)}/DN/{issued.year}"])
    d.title("CERTIFICAT DE NATIONALITE", size=15, underline=True)
    d.para(f"Le Ministre de la Justice et Garde des Sceaux certifie que {'Monsieur' if person.sex == 'M' else 'Madame'} "
           f"{person.surname.upper()} {person.given_names}, né(e) à {person.birth_place} le "
           f"{format_date(person.birth_date, 'long', 'fr')}, {'fils' if person.sex == 'M' else 'fille'} de "
           f"{person.father or '...'} et de {person.mother or '...'}, est de nationalité congolaise d'origine, en vertu "
           f"de l'article 6 de la loi n° 04/024 du 12 novembre 2004 relative à la nationalité congolaise.")
    d.para("Le présent certificat est délivré sur la base de l'acte de naissance et des pièces produites, pour servir "
           "et valoir ce que de droit.")
    g, s, x = _official(rng, "COD")
    d.closing(f"Fait à Kinshasa, le {format_date(issued, 'long', 'fr')}", ["Pour le Ministre,", "Le Directeur"],
              signer_name=f"{g} {s.upper()}", stamp_lines=["MINISTERE DE LA JUSTICE", "NATIONALITE", "R.D. CONGO"])
    return [d.sh]


def nationality_gin(person, rng, *, issue_date=None, **opts):
    issued = _when(rng, issue_date, 30, 700)
    d = Doc(rng, font=opts.get("font") or "serif", size=11, paper=rng.choice(["white", "cream"]))
    d.header(["RÉPUBLIQUE DE GUINÉE", "Travail - Justice - Solidarité", "COUR D'APPEL DE CONAKRY",
              "TRIBUNAL DE PREMIÈRE INSTANCE DE CONAKRY II"], size=10)
    d.title("CERTIFICAT DE NATIONALITÉ GUINÉENNE", size=14, sub=f"N° {rng.randint(100, 9999)} / TPI / {issued.year}")
    g, s, x = _official(rng, "GIN")
    d.para(f"Nous, {g} {s.upper()}, Président du Tribunal de Première Instance de Conakry II, vu les pièces produites, "
           f"certifions que {person.surname.upper()} {person.given_names}, né(e) le "
           f"{format_date(person.birth_date, 'slashes', 'fr')} à {person.birth_place}, de {person.father or '...'} et de "
           f"{person.mother or '...'}, est de nationalité guinéenne, en application des articles 34 et suivants du Code civil.")
    d.para("En foi de quoi, le présent certificat lui est délivré pour servir et valoir ce que de droit.")
    d.closing(f"Conakry, le {format_date(issued, 'slashes', 'fr')}", ["Le Président"], signer_name=f"{g} {s.upper()}",
              stamp_lines=["TRIBUNAL DE 1ère INSTANCE", "PRÉSIDENT", "CONAKRY II"], stamp_color=(110, 40, 120))
    d.fiscal_stamp("TIMBRE FISCAL", "10.000 GNF")
    return [d.sh]


def nationality_cmr(person, rng, *, issue_date=None, **opts):
    issued = _when(rng, issue_date, 30, 700)
    d = Doc(rng, font=opts.get("font") or rng.choice(["serif2", "sans"]), size=11)
    d.header(["RÉPUBLIQUE DU CAMEROUN", "Paix - Travail - Patrie", "COUR D'APPEL DU CENTRE",
              "TRIBUNAL DE PREMIÈRE INSTANCE DE YAOUNDÉ - CENTRE ADMINISTRATIF"], size=9.5)
    d.title("CERTIFICAT DE NATIONALITÉ", size=15, sub=f"N° {rng.randint(100, 9999)}/CN/{issued.year}")
    g, s, x = _official(rng, "CMR")
    d.rows([("Nom et prénoms", f"{person.surname.upper()} {person.given_names}"),
            ("Né(e) le", format_date(person.birth_date, "long", "fr")), ("À", person.birth_place),
            ("Fils / fille de", person.father or ""), ("Et de", person.mother or ""),
            ("Pièces produites", "Acte de naissance, CNI du père")], style="colon", label_w=48)
    d.para("Est de nationalité camerounaise en vertu de l'article 6 de la loi n° 1968-LF-3 du 11 juin 1968 portant "
           "Code de la nationalité camerounaise.")
    d.closing(f"Yaoundé, le {format_date(issued, 'dots', 'fr')}", ["Le Président du Tribunal"], signer_name=f"{g} {s.upper()}",
              stamp_lines=["TRIBUNAL DE PREMIÈRE INSTANCE", "PRÉSIDENT", "YAOUNDÉ"], stamp_color=(30, 90, 60))
    return [d.sh]


_register("nationality-cod-justice", "nationality-certificate", "dev", "fr", nationality_cod, country="COD",
          notes="Congolese certificate of nationality by the Ministry of Justice, prose")
_register("nationality-gin-tpi", "nationality-certificate", "heldout", "fr", nationality_gin, country="GIN",
          notes="Guinean certificate by the court of first instance, fiscal stamp")
_register("nationality-cmr-tpi", "nationality-certificate", "heldout", "fr", nationality_cmr, country="CMR",
          notes="Cameroonian certificate, rows + legal basis")


# --------------------------------------------------------------------------- driving licences (cards)

def _eu_licence(person, rng, *, issue_date, expiry_date, crop, annotate, country, header, title, authority, number,
                lang, bg):
    issue, expiry = _dates(rng, issue_date, expiry_date, 10)

    def front(s, r):
        s.rect(2, 2, 9, 7, width_mm=0, fill=(0, 51, 153))
        s.text(6.5, 4.2, country, 5, font="sans", bold=True, anchor="center", color=(255, 255, 255))
        s.text(14, 2.5, header, 6, font="sans", bold=True, color=(40, 40, 90))
        s.text(14, 6, title, 4.3, font="sans", color=(40, 40, 90))
        s.photo(3, 12, 21, 27, r)
        rows = [("1.", person.surname.upper()), ("2.", person.given_names.upper()),
                ("3.", f"{format_date(person.birth_date, 'dots', lang)} {person.birth_place.upper()}"),
                ("4a.", f"{format_date(issue, 'dots', lang)}   4c. {authority}"), ("4b.", format_date(expiry, "dots", lang)),
                ("5.", number), ("9.", r.choice(["B", "AM/B", "B/BE", "AM/A1/B"]))]
        y = 11
        for k, v in rows:
            s.text(27, y, k, 5.2, font="sans", color=(60, 60, 60))
            vs = 6.4
            while vs > 4 and text_width_mm(v, "sans", vs * s.k, True) > 49 * s.k:
                vs -= 0.3
            s.text(33, y, v, vs, font="sans", bold=True)
            y += 4.6
        s.text(27, y + 0.5, "7.", 5.2, font="sans", color=(60, 60, 60))
        s.signature(33, y - 1, 26, 8, r, color=(20, 20, 20))

    def back(s, r):
        cats = ["AM", "A1", "A2", "A", "B1", "B", "C1", "C", "D1", "D", "BE", "C1E", "CE", "D1E", "DE"]
        s.text(3, 2, "9.", 5, font="sans")
        s.text(14, 2, "10.", 5, font="sans")
        s.text(32, 2, "11.", 5, font="sans")
        s.text(50, 2, "12.", 5, font="sans")
        for i, c in enumerate(cats[:10]):
            y = 5.5 + i * 4.3
            s.rect(2, y - 0.5, 80, 4.3, width_mm=0.15, color=(120, 120, 120))
            s.text(3, y, c, 5, font="sans", bold=True)
            if c in ("B", "AM"):
                s.text(14, y, format_date(issue - datetime.timedelta(days=365 * 3), "dots", lang), 5, font="sans")
                s.text(32, y, format_date(expiry, "dots", lang), 5, font="sans")

    return _card_sheets(rng, 85.6, 54, front, back, crop=crop, annotate=annotate, bg=bg, lang="fr")


def licence_be(person, rng, *, issue_date=None, expiry_date=None, crop=False, annotate=None, **opts):
    city = person.address.city if person.address and person.address.country == "BE" else "Bruxelles"
    return _eu_licence(person, rng, issue_date=issue_date, expiry_date=expiry_date, crop=crop, annotate=annotate,
                       country="B", header="RIJBEWIJS  PERMIS DE CONDUIRE  FÜHRERSCHEIN",
                       title="KONINKRIJK BELGIË - ROYAUME DE BELGIQUE", authority=city.upper()[:14],
                       number=_digits(rng, 10), lang="fr", bg=((246, 232, 236), (225, 185, 200)))


def licence_tur(person, rng, *, issue_date=None, expiry_date=None, crop=False, annotate=None, **opts):
    return _eu_licence(person, rng, issue_date=issue_date, expiry_date=expiry_date, crop=crop, annotate=annotate,
                       country="TR", header="SÜRÜCÜ BELGESİ  DRIVING LICENCE",
                       title="TÜRKİYE CUMHURİYETİ", authority=rng.choice(["İSTANBUL", "ANKARA", "KONYA"]),
                       number=f"{_digits(rng, 6)}", lang="tr", bg=((240, 238, 246), (200, 195, 225)))


def licence_mar(person, rng, *, issue_date=None, expiry_date=None, crop=False, annotate=None, **opts):
    issue, expiry = _dates(rng, issue_date, expiry_date, 10)
    number = f"{rng.randint(1, 99)}/{_digits(rng, 6)}"

    def front(s, r):
        s.text(43, 2.5, "ROYAUME DU MAROC", 6.5, font="sans", bold=True, anchor="center", color=(150, 20, 30))
        s.text(43, 6, "PERMIS DE CONDUIRE", 6, font="sans", bold=True, anchor="center", color=(40, 40, 60))
        s.photo(3, 12, 20, 26, r)
        s.field(26, 11, "Nom et prénom", f"{person.surname.upper()} {person.given_names.upper()}", maxw=57)
        s.field(26, 17.5, "Date et lieu de naissance",
                f"{format_date(person.birth_date, 'dots', 'fr')} {person.birth_place.upper()}", maxw=57)
        s.field(26, 24, "N° du permis", number)
        s.field(26, 30.5, "Délivré le", format_date(issue, "dots", "fr"))
        s.field(56, 30.5, "Catégorie", r.choice(["B", "A-B", "B-C"]))
        s.field(26, 37, "N° CNIE", r.choice(["BK", "S", "Z"]) + _digits(r, 6))
        s.signature(50, 43, 28, 8, r, color=(20, 20, 20))

    def back(s, r):
        s.field(3, 4, "Valable jusqu'au", format_date(expiry, "dots", "fr"))
        s.field(3, 11, "Adresse", f"{r.randint(1, 99)} RUE {r.choice(['IBN SINA', 'AL QODS', 'MOHAMED V'])} {person.birth_place.upper()}", maxw=78)
        s.field(3, 18, "Autorité", "MINISTÈRE DU TRANSPORT - NARSA")

    return _card_sheets(rng, 85.6, 54, front, back, crop=crop, annotate=annotate,
                        bg=((246, 240, 228), (215, 195, 160)), lang="fr")


_register("licence-mar-card", "driving-licence", "dev", "fr", licence_mar, country="MAR", photo=True,
          notes="Moroccan driving licence card, both sides")
_register("licence-be-eu", "driving-licence", "heldout", "fr", licence_be, country="BEL", photo=True,
          notes="Belgian EU-model driving licence, numbered fields 1-12")
_register("licence-tur-eu", "driving-licence", "heldout", "tr", licence_tur, country="TUR", photo=True,
          notes="Turkish EU-format driving licence")


# --------------------------------------------------------------------------- consular cards

def _consular(person, rng, *, issue_date, expiry_date, crop, annotate, mission, title, nat_word, reg_prefix, bg,
              stamp, years=5):
    issue, expiry = _dates(rng, issue_date, expiry_date, years)
    reg = f"{reg_prefix}{_digits(rng, 5)}/{issue.year}"
    addr = format_address(person.address, "street_first", "fr") if person.address else ""

    def front(s, r):
        for i, ln in enumerate(mission):
            s.text(43, 2 + i * 3.2, ln, 5.2 if i else 5.8, font="serif", bold=i == 0, anchor="center", color=(30, 30, 80))
        s.text(43, 2 + len(mission) * 3.2 + 0.5, title, 6.2, font="sans", bold=True, anchor="center", color=(150, 30, 30))
        y0 = 5 + len(mission) * 3.2 + 2
        s.photo(3, y0, 20, 25, r)
        s.field(26, y0 - 1, "Nom", person.surname.upper(), lsz=4, vsz=6.4, maxw=56)
        s.field(26, y0 + 4.8, "Prénom(s)", person.given_names, lsz=4, vsz=6.4, maxw=56)
        s.field(26, y0 + 10.6, "Né(e) le / à", f"{format_date(person.birth_date, 'dots', 'fr')} à {person.birth_place}",
                lsz=4, vsz=6.0, maxw=56)
        s.field(26, y0 + 16.4, "Nationalité", nat_word, lsz=4, vsz=6.0)
        s.field(26, y0 + 22.2, "N° d'immatriculation", reg, lsz=4, vsz=6.0)
        s.field(58, y0 + 22.2, "Valable jusqu'au", format_date(expiry, "dots", "fr"), lsz=4, vsz=6.0)

    def back(s, r):
        s.field(3, 3, "Adresse en Belgique", addr, lsz=4.2, vsz=5.8, maxw=80)
        s.text(3, 11, "Le titulaire de la présente carte est immatriculé auprès de la représentation", 4.6, font="serif")
        s.text(3, 14, "consulaire. Les autorités civiles et militaires sont priées de lui prêter", 4.6, font="serif")
        s.text(3, 17, "aide et assistance en cas de besoin.", 4.6, font="serif")
        s.text(3, 22, f"Délivrée le {format_date(issue, 'dots', 'fr')}", 5, font="serif")
        s.text(50, 26, "Le Consul", 5, font="serif")
        s.signature(45, 29, 30, 12, r)
        sub_sh, k = s.sh, s.k
        sub_sh.stamp(s.ox + 14 * k, s.oy + 24 * k, stamp, r, size_mm=22 * k)

    return _card_sheets(rng, 85.6, 54, front, back, crop=crop, annotate=annotate, bg=bg, lang="fr")


def consular_cod(person, rng, *, issue_date=None, expiry_date=None, crop=False, annotate=None, **opts):
    return _consular(person, rng, issue_date=issue_date, expiry_date=expiry_date, crop=crop, annotate=annotate,
                     mission=["RÉPUBLIQUE DÉMOCRATIQUE DU CONGO", "AMBASSADE À BRUXELLES"], title="CARTE CONSULAIRE",
                     nat_word="Congolaise", reg_prefix="BXL/", bg=((232, 240, 250), (150, 175, 215)),
                     stamp=["AMBASSADE DE LA RDC", "CONSULAT", "BRUXELLES"], years=3)


def consular_mar(person, rng, *, issue_date=None, expiry_date=None, crop=False, annotate=None, **opts):
    city = rng.choice(["BRUXELLES", "ANVERS", "LIÈGE", "AMSTERDAM", "ROTTERDAM", "DEN BOSCH"])
    return _consular(person, rng, issue_date=issue_date, expiry_date=expiry_date, crop=crop, annotate=annotate,
                     mission=["ROYAUME DU MAROC", f"CONSULAT GÉNÉRAL À {city}"], title="CARTE D'IMMATRICULATION CONSULAIRE",
                     nat_word="Marocaine", reg_prefix="", bg=((236, 244, 232), (150, 195, 160)),
                     stamp=["CONSULAT GÉNÉRAL DU MAROC", city], years=5)


def consular_gin(person, rng, *, issue_date=None, expiry_date=None, crop=False, annotate=None, **opts):
    return _consular(person, rng, issue_date=issue_date, expiry_date=expiry_date, crop=crop, annotate=annotate,
                     mission=["RÉPUBLIQUE DE GUINÉE", "AMBASSADE AU BENELUX - BRUXELLES"], title="CARTE CONSULAIRE",
                     nat_word="Guinéenne", reg_prefix="AGB-", bg=((246, 240, 226), (215, 190, 150)),
                     stamp=["AMBASSADE DE GUINÉE", "SERVICE CONSULAIRE", "BRUXELLES"], years=2)


_register("consular-cod-bxl", "consular-card", "dev", "fr", consular_cod, country="COD", photo=True,
          notes="Congolese embassy consular card, address in Belgium on the back")
_register("consular-mar-cg", "consular-card", "heldout", "fr", consular_mar, country="MAR", photo=True,
          notes="Moroccan consular registration card")
_register("consular-gin-bnl", "consular-card", "heldout", "fr", consular_gin, country="GIN", photo=True,
          notes="Guinean embassy consular card")


# --------------------------------------------------------------------------- identity certificates

def _id_certificate(person, rng, *, issue_date, header, title, body, place, signer, stamp, font, lang, declarative,
                    decl_text):
    issued = _when(rng, issue_date, 20, 500)
    d = Doc(rng, font=font, size=11)
    d.header(header, size=10)
    d.title(title, size=15, underline=True, sub=f"N° {rng.randint(10, 4000)}/{issued.year}")
    ytop = d.y
    d.W = 120
    d.para(body)
    if declarative:
        d.para(decl_text)
    d.W = 210 - 2 * d.m
    # photo glued at the right, the embassy stamp over its corner
    d.sh.photo(150, ytop, 35, 45, rng)
    d.sh.stamp(160, ytop + 28, stamp, rng, size_mm=26)
    d.y = max(d.y, ytop + 80)
    d.closing(place.format(date=format_date(issued, "long" if lang != "en" else "long", lang)), signer,
              stamp_lines=stamp)
    return [d.sh]


def idcert_cmr(person, rng, *, issue_date=None, declarative=False, **opts):
    m = "Monsieur" if person.sex == "M" else "Madame"
    body = (f"Le Consul de la République du Cameroun à Bruxelles certifie que {m} {person.surname.upper()} "
            f"{person.given_names}, né(e) le {format_date(person.birth_date, 'long', 'fr')} à {person.birth_place} "
            f"(Cameroun), {'fils' if person.sex == 'M' else 'fille'} de {person.father or '...'} et de "
            f"{person.mother or '...'}, de nationalité camerounaise, est bien la personne dont la photographie figure "
            f"ci-contre, au vu de son acte de naissance et de sa carte nationale d'identité.")
    return _id_certificate(person, rng, issue_date=issue_date,
                           header=["RÉPUBLIQUE DU CAMEROUN", "Paix - Travail - Patrie",
                                   "AMBASSADE DU CAMEROUN À BRUXELLES", "Service consulaire"],
                           title="CERTIFICAT D'IDENTITÉ", body=body, place="Bruxelles, le {date}",
                           signer=["Le Consul"], stamp=["AMBASSADE DU CAMEROUN", "CONSULAT", "BRUXELLES"],
                           font=opts.get("font") or "serif2", lang="fr", declarative=declarative,
                           decl_text="Le présent certificat est établi sur la seule base des déclarations de l'intéressé(e).")


def idcert_gin(person, rng, *, issue_date=None, declarative=False, **opts):
    body = (f"Nous, Chargé des Affaires consulaires de l'Ambassade de la République de Guinée au Benelux, attestons que "
            f"{person.surname.upper()} {person.given_names}, né(e) le {format_date(person.birth_date, 'slashes', 'fr')} "
            f"à {person.birth_place} (Guinée), de {person.father or '...'} et de {person.mother or '...'}, de nationalité "
            f"guinéenne, est connu(e) de nos services sous l'identité ci-dessus, sur présentation de son extrait d'acte "
            f"de naissance n° {rng.randint(100, 9000)}.")
    return _id_certificate(person, rng, issue_date=issue_date,
                           header=["RÉPUBLIQUE DE GUINÉE", "Travail - Justice - Solidarité", "AMBASSADE AU BENELUX"],
                           title="ATTESTATION D'IDENTITÉ", body=body, place="Bruxelles, le {date}",
                           signer=["Le Chargé des Affaires consulaires"],
                           stamp=["AMBASSADE DE GUINÉE", "SERVICE CONSULAIRE", "BRUXELLES"],
                           font=opts.get("font") or "serif", lang="fr", declarative=declarative,
                           decl_text="La présente attestation est délivrée sur déclaration de l'intéressé(e).")


def idcert_afg(person, rng, *, issue_date=None, declarative=False, **opts):
    pron = "he" if person.sex == "M" else "she"
    body = (f"This is to certify that {'Mr.' if person.sex == 'M' else 'Ms.'} {person.given_names} {person.surname}, "
            f"{'son' if person.sex == 'M' else 'daughter'} of {person.father or '...'}, born on "
            f"{format_date(person.birth_date, 'long', 'en')} in {person.birth_place}, Afghanistan, is a national of "
            f"Afghanistan and holds Tazkira No. {_digits(rng, 4)}-{_digits(rng, 4)}-{_digits(rng, 5)}. "
            f"The photograph affixed hereto is that of the holder. This certificate is issued at {pron == 'he' and 'his' or 'her'} "
            f"request for presentation to the competent authorities.")
    return _id_certificate(person, rng, issue_date=issue_date,
                           header=["ISLAMIC REPUBLIC OF AFGHANISTAN", "EMBASSY IN BRUSSELS", "Consular Section"],
                           title="CERTIFICATE OF IDENTITY", body=body, place="Brussels, {date}",
                           signer=["Consul"], stamp=["EMBASSY OF AFGHANISTAN", "CONSULAR SECTION", "BRUSSELS"],
                           font=opts.get("font") or "sans", lang="en", declarative=declarative,
                           decl_text="This certificate is based solely on the statements of the applicant.")


_register("idcert-cmr-consulat", "identity-certificate", "dev", "fr", idcert_cmr, country="CMR", photo=True,
          notes="Cameroonian consular identity certificate, glued photo under the stamp; opt declarative=True")
_register("idcert-gin-ambassade", "identity-certificate", "heldout", "fr", idcert_gin, country="GIN", photo=True,
          notes="Guinean embassy attestation d'identité")
_register("idcert-afg-embassy", "identity-certificate", "heldout", "en", idcert_afg, country="AFG", photo=True,
          notes="Afghan embassy certificate of identity, English")


# --------------------------------------------------------------------------- sworn translations

_LANG_NAMES = {
    "nl": {"tr": "het Turks", "pt": "het Portugees", "es": "het Spaans", "ar": "het Arabisch", "ru": "het Russisch",
           "fa": "het Dari", "ti": "het Tigrinya", "am": "het Armeens"},
    "fr": {"tr": "turc", "pt": "portugais", "es": "espagnol", "ar": "arabe", "ru": "russe", "fa": "dari",
           "ti": "tigrinya", "am": "arménien"},
    "en": {"tr": "Turkish", "pt": "Portuguese", "es": "Spanish", "ar": "Arabic", "ru": "Russian", "fa": "Dari",
           "ti": "Tigrinya", "am": "Armenian"},
    "de": {"tr": "Türkischen", "pt": "Portugiesischen", "es": "Spanischen", "ar": "Arabischen", "ru": "Russischen",
           "fa": "Dari", "ti": "Tigrinya", "am": "Armenischen"},
}

_TR_LABELS = {
    "nl": dict(birth="UITTREKSEL UIT HET GEBOORTEREGISTER", marriage="UITTREKSEL UIT DE AKTE VAN HUWELIJK",
               nationality="NATIONALITEITSBEWIJS", surname="Familienaam", given="Voornaam", father="Naam van de vader",
               mother="Naam van de moeder", bdate="Geboortedatum", bplace="Geboorteplaats", sex="Geslacht",
               nat="Nationaliteit", issued="Datum van afgifte", spouse="Echtgeno(o)t(e)", mdate="Datum huwelijk",
               authority="Afgevende instantie", sig="(handtekening en stempel)"),
    "fr": dict(birth="EXTRAIT DU REGISTRE DES NAISSANCES", marriage="EXTRAIT D'ACTE DE MARIAGE",
               nationality="CERTIFICAT DE NATIONALITÉ", surname="Nom", given="Prénom", father="Nom du père",
               mother="Nom de la mère", bdate="Date de naissance", bplace="Lieu de naissance", sex="Sexe",
               nat="Nationalité", issued="Date de délivrance", spouse="Conjoint(e)", mdate="Date du mariage",
               authority="Autorité de délivrance", sig="(signature et cachet)"),
    "en": dict(birth="BIRTH REGISTER EXTRACT", marriage="EXTRACT OF MARRIAGE RECORD", nationality="CERTIFICATE OF NATIONALITY",
               surname="Surname", given="Given name", father="Father's name", mother="Mother's name", bdate="Date of birth",
               bplace="Place of birth", sex="Sex", nat="Nationality", issued="Date of issue", spouse="Spouse",
               mdate="Date of marriage", authority="Issuing authority", sig="(signature and seal)"),
    "de": dict(birth="AUSZUG AUS DEM GEBURTENREGISTER", marriage="AUSZUG AUS DEM HEIRATSREGISTER",
               nationality="STAATSANGEHÖRIGKEITSNACHWEIS", surname="Familienname", given="Vorname", father="Name des Vaters",
               mother="Name der Mutter", bdate="Geburtsdatum", bplace="Geburtsort", sex="Geschlecht",
               nat="Staatsangehörigkeit", issued="Ausstellungsdatum", spouse="Ehegatte", mdate="Datum der Eheschließung",
               authority="Ausstellende Behörde", sig="(Unterschrift und Siegel)"),
}

_SOURCE_AUTHORITY = {"tr": "Nüfus Müdürlüğü / civil registry office, {place}", "pt": "Conservatória do Registo Civil de {place}",
                     "es": "Registro Civil de {place}", "ar": "Civil Registry, {place}", "ru": "ЗАГС / civil registry, {place}",
                     "fa": "Population Registration Office, {place}", "ti": "Civil Status Office, {place}",
                     "am": "Civil Status Acts Registration Agency, {place}"}

_DEFAULT_SOURCE = {"TUR": "tr", "AGO": "pt", "SYR": "ar", "IRQ": "ar", "RUS": "ru", "AFG": "fa", "ERI": "ti", "ARM": "am",
                   "MAR": "ar", "DZA": "ar", "SOM": "ar", "GEO": "ru", "COL": "es", "VEN": "es"}


def _translation(person, rng, *, issue_date, of_type, source_lang, target, regime, spouse, pages, font, source_date,
                 marriage_date=None):
    L = _TR_LABELS[target]
    source_lang = source_lang or _DEFAULT_SOURCE.get(person.nationality, "tr")
    lname = _LANG_NAMES[target][source_lang]
    issued = _when(rng, issue_date, 5, 120)
    src_date = source_date or (issued - datetime.timedelta(days=rng.randint(10, 200)))
    tg, ts, tx = make_professional(rng, "NL" if regime == "nl" else "BE")
    tname = f"{tg} {ts}"
    d = Doc(rng, font=font or rng.choice(["serif", "sans2", "serif2", "sans"]), size=10.5)
    # translator's letterhead
    d.sh.text(d.m, d.y, tname, font=d.font, size_pt=12, bold=True)
    d.y += 5.5
    sub = {"nl": f"Beëdigd vertaler {lname.replace('het ', '').capitalize()} - Nederlands",
           "fr": f"Traducteur juré {lname} - français",
           "en": f"Sworn translator {lname} - English", "de": f"Beeidigter Übersetzer {lname}"}[target]
    d.sh.text(d.m, d.y, sub, font=d.font, size_pt=9.5)
    d.y += 4.5
    if regime == "nl":
        city = rng.choice(["Amsterdam", "Rotterdam", "Utrecht", "Den Haag", "Eindhoven"])
        d.sh.text(d.m, d.y, f"{rng.choice(['Postbus', 'Keizersgracht', 'Stationsweg'])} {rng.randint(1, 400)}, "
                            f"{rng.randint(1000, 9999)} {rng.choice(['AB', 'KL', 'XC'])} {city}", font=d.font, size_pt=9)
    else:
        city, street, pc = rng.choice([("Antwerpen", "Mechelsesteenweg", "2018"), ("Gent", "Kortrijksesteenweg", "9000"),
                                       ("Brussel", "Wetstraat", "1040"), ("Liège", "Boulevard d'Avroy", "4000"),
                                       ("Bruxelles", "Rue Belliard", "1040"), ("Leuven", "Tiensesteenweg", "3000")])
        d.sh.text(d.m, d.y, f"{street} {rng.randint(1, 250)}, {pc} {city}", font=d.font, size_pt=9)
    d.sh.rule(d.m, d.y + 5, 210 - d.m, d.y + 5, width_mm=0.4)
    d.y += 11
    head = {"nl": f"VERTALING UIT {lname.upper()}", "fr": f"TRADUCTION DU {lname.upper()}",
            "en": f"TRANSLATION FROM {lname.upper()}", "de": f"ÜBERSETZUNG AUS DEM {lname.upper()}"}[target]
    d.sh.text(105, d.y, head, font=d.font, size_pt=10, anchor="center")
    d.y += 7
    kind = {"birth-certificate": "birth", "marriage-certificate": "marriage",
            "nationality-certificate": "nationality"}.get(of_type, "birth")
    d.sh.text(105, d.y, f"[{ {'nl': 'wapen', 'fr': 'armoiries', 'en': 'coat of arms', 'de': 'Wappen'}[target]}]",
              font=d.font, size_pt=9, anchor="center", italic=True)
    d.y += 5
    d.title(L[kind], size=13)
    place = person.birth_place
    rows = [(L["surname"], person.surname.upper()), (L["given"], person.given_names.upper()),
            (L["father"], _first(person.father).upper()), (L["mother"], _first(person.mother).upper()),
            (L["bdate"], format_date(person.birth_date, "dots" if target != "en" else "long", target)),
            (L["bplace"], place), (L["sex"], _sexword(person, target)),
            (L["nat"], nationality_adj(person.nationality, target) if target != "de" else country_name(person.nationality, "de"))]
    if kind == "marriage":
        sp = spouse or make_spouse(rng, person)
        rows.append((L["spouse"], f"{sp.surname.upper()} {sp.given_names}"))
        if marriage_date:
            rows.append((L["mdate"], format_date(marriage_date, "dots", target)))
    rows += [(L["authority"], _SOURCE_AUTHORITY[source_lang].format(place=place)),
             (L["issued"], format_date(src_date, "dots", target))]
    d.rows(rows, style=rng.choice(["colon", "table"]), label_w=58)
    d.para(L["sig"], align="left", size=9.5)
    decl_sheet = d
    if pages == 2:
        first = d.sh
        d = Doc(rng, font=d.font, size=10.5)
        d.y = 30
    if regime == "nl":
        rbtv = _digits(rng, 5)
        decl = {"nl": f"Ondergetekende, {tname}, beëdigd vertaler voor de {lname.replace('het ', '')}e taal, "
                      f"ingeschreven in het Register beëdigde tolken en vertalers onder nummer {rbtv}, verklaart dat "
                      f"de hierboven staande vertaling, bestaande uit {pages} pagina('s), een getrouwe en volledige "
                      f"vertaling is van het aangehechte document in {lname}.",
                "en": f"I, the undersigned, {tname}, sworn translator registered with the Dutch Register of Sworn "
                      f"Interpreters and Translators (Rbtv) under number {rbtv}, hereby declare that the foregoing is a "
                      f"true and complete translation of the attached document drawn up in the {lname} language.",
                "fr": f"Je soussigné(e), {tname}, traducteur assermenté inscrit au registre néerlandais des interprètes "
                      f"et traducteurs assermentés (Rbtv) sous le numéro {rbtv}, certifie que la présente traduction est "
                      f"conforme à l'original rédigé en {lname}.",
                "de": f"Der/die Unterzeichnete, {tname}, beeidigte(r) Übersetzer(in), eingetragen im niederländischen "
                      f"Register (Rbtv) unter Nummer {rbtv}, bestätigt die Richtigkeit und Vollständigkeit der "
                      f"vorstehenden Übersetzung aus dem {lname}."}[target]
        stamp = [tname.upper(), "BEËDIGD VERTALER", f"RBTV {rbtv}"]
    else:
        court = {"Antwerpen": "Antwerpen", "Gent": "Oost-Vlaanderen", "Brussel": "Brussel",
                 "Leuven": "Leuven", "Liège": "Liège", "Bruxelles": "Bruxelles"}[city]
        decl = {"nl": f"Ik, ondergetekende, {tname}, beëdigd vertaler bij de rechtbank van eerste aanleg {court}, "
                      f"verklaar dat bovenstaande vertaling getrouw en volledig is ten opzichte van het mij voorgelegde "
                      f"document in {lname}. Voor eensluidende vertaling.",
                "fr": f"Je soussigné(e), {tname}, traducteur juré près le Tribunal de première instance de {court}, "
                      f"certifie que la présente traduction est conforme à l'original rédigé en {lname} qui m'a été "
                      f"présenté. Pour traduction conforme.",
                "en": f"I, the undersigned, {tname}, sworn translator at the Court of First Instance of {court}, "
                      f"certify that the above is a true and faithful translation of the original document in {lname}.",
                "de": f"Ich, der/die Unterzeichnete, {tname}, vereidigte(r) Übersetzer(in) beim Gericht Erster "
                      f"Instanz {court}, bestätige die Übereinstimmung der Übersetzung mit dem Original."}[target]
        stamp = [tname.upper(), {"nl": "BEËDIGD VERTALER", "fr": "TRADUCTEUR JURÉ", "en": "SWORN TRANSLATOR",
                                 "de": "VEREIDIGTER ÜBERSETZER"}[target], court.upper()[:24]]
    d.space(3)
    d.para(decl)
    d.closing(f"{city}, {format_date(issued, 'long_le' if target == 'fr' else 'long', target)}", [tname],
              stamp_lines=stamp, stamp_color=rng.choice([(40, 60, 170), (20, 20, 20), (150, 30, 40)]))
    if regime == "be" and rng.random() < 0.5:
        d.sh.text(d.m, d.y + 2, f"Repertoriumnummer: {issued.year}/{rng.randint(100, 3000)}" if target == "nl"
                  else f"N° de répertoire : {issued.year}/{rng.randint(100, 3000)}", font=d.font, size_pt=8.5)
    return [first, d.sh] if pages == 2 else [d.sh]


def _translation_family(regime, target):
    def make(person, rng, *, issue_date=None, expiry_date=None, of_type="birth-certificate", source_lang=None,
             spouse=None, pages=None, font=None, source_date=None, marriage_date=None, **opts):
        return _translation(person, rng, issue_date=issue_date, of_type=of_type, source_lang=source_lang,
                            target=target, regime=regime, spouse=spouse, pages=pages or rng.choice([1, 1, 2]),
                            font=font, source_date=source_date, marriage_date=marriage_date)
    return make


_register("translation-be-nl", "translation", "dev", "nl", _translation_family("be", "nl"), country="BEL",
          notes="Belgian sworn translator (rechtbank van eerste aanleg), into Dutch; opts of_type, source_lang, pages")
_register("translation-nl-rbtv", "translation", "dev", "nl", _translation_family("nl", "nl"), country="NLD",
          notes="Dutch Rbtv sworn translator, into Dutch")
_register("translation-be-fr", "translation", "heldout", "fr", _translation_family("be", "fr"), country="BEL",
          notes="Belgian traducteur juré, into French")
_register("translation-nl-en", "translation", "heldout", "en", _translation_family("nl", "en"), country="NLD",
          notes="Dutch Rbtv sworn translator, into English")
