"""Identity and civil-status families of the `twentysixth` part (registered in identity.FAMILIES).

Written after dev, heldout and the parts fresh to twentyfifth had been read, by a writer who saw neither the
validator nor its output.  Passports of Mauritania and Burkina Faso whose data page is photographed at an angle on
a light table (the page in perspective, the upper edge farther from the lens); passports of Sri Lanka, Türkiye and
Suriname photocopied in grey with the inner cover beside the data page, the sheet punched for a binder and stapled.
The biometric identity cards of Mauritania and Burkina Faso photocopied front and back on one A4 with dashed cut
lines and a pair of scissors printed at each card (the copy shop's 'ID card' template).  A Dutch residence document
copied in landscape, both sides side by side and enlarged, punched at the top edge.  Mauritania's computer-printed
'extrait d'acte de naissance' of the population register agency; Sri Lanka's birth certificate in its English
version as a numbered particulars grid; Burkina Faso's pre-printed birth extract filled in by hand with a word crossed
out and the marginal 'un mot rayé nul' approved, the round stamp over the signature; Türkiye's birth-registration
copy received by fax with the machine's header line.  Certificates of nationality of a Nouakchott court and of the
Ouagadougou high court with fiscal stamps.  Identity certificates of the embassies of Mauritania, Burkina Faso and
Sri Lanka in Brussels.  Marriage acts of Mauritania, Burkina Faso and Sri Lanka.  Sworn translations from Arlon
(into French, a framed certification block) and Leeuwarden (into Dutch, the translator's statement in a box on a
second half-page).

Helpers for the copy habits of this part (punched holes, staples, fax header lines, cut lines, perspective photos)
are shared with twentysixth_be9ter and twentysixth_ind.
"""
from __future__ import annotations

import datetime
import random

from PIL import Image, ImageOps

from . import mrz as M
from .identity import TODAY, _dates, _digits, _mrz_data, _register
from .paper import Sheet, _perspective_coeffs, text_width_mm
from .people import strip_accents

PART = "twentysixth"
GREY = (100, 100, 100)
INK = (25, 40, 140)
STAMPB = (45, 60, 165)
STAMPV = (105, 50, 140)
OCR = 2.54 / 0.602 / (25.4 / 72)
_MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
         "novembre", "décembre"]
_MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


# --------------------------------------------------------------------------- shared copy habits

def paste(sh: Sheet, sub: Sheet, x: float, y: float, *, k: float = 1.0, angle: float = 0.0, dpi: int = 220,
          grey: bool = False, bg=(255, 255, 255), contrast: float | None = None) -> tuple[float, float]:
    """Render sub and place it on sh at (x, y), scaled by k and turned by angle degrees."""
    img = sub.render(dpi)
    if grey:
        img = ImageOps.autocontrast(img.convert("L"), cutoff=1).convert("RGB")
    if contrast is not None:   # a pale copy: pull every value towards the paper
        img = img.point(lambda v: int(255 - (255 - v) * contrast))
    if angle:
        img = img.rotate(angle, expand=True, resample=Image.BICUBIC, fillcolor=bg)
    w, h = img.width / dpi * 25.4 * k, img.height / dpi * 25.4 * k
    sh.image(x, y, w, h, img)
    return w, h


def punch_holes(sh: Sheet, *, edge: str = "left", rng: random.Random | None = None) -> None:
    """The two holes of a binder punch (80 mm apart), copied as black discs with a grey halo."""
    W, H = sh.width_mm, sh.height_mm
    j = rng.uniform(-3, 3) if rng else 0.0
    for k in (-40, 40):
        if edge == "left":
            cx, cy = 11 + j * 0.3, H / 2 + k + j
        else:
            cx, cy = W / 2 + k + j, 11 + j * 0.3
        for r, col in ((3.7, (205, 205, 205)), (3.1, (120, 120, 120)), (2.8, (25, 25, 25))):
            # a disc drawn as stacked thin rects (the Sheet has no circle primitive)
            n = 14
            for i in range(n):
                t = -r + (i + 0.5) * 2 * r / n
                half = (r * r - t * t) ** 0.5
                sh.rect(cx - half, cy + t - r / n, 2 * half, 2 * r / n + 0.05, width_mm=0, fill=col)


def staple(sh: Sheet, x: float, y: float, *, angle_down: bool = True) -> None:
    """A staple's grey shadow: a short slanted bar with darker ends."""
    dy = 2.2 if angle_down else -2.2
    sh.rule(x, y, x + 11, y + dy, width_mm=0.9, color=(120, 120, 120))
    sh.rule(x - 0.3, y - 0.2, x + 0.9, y + 0.2, width_mm=1.2, color=(60, 60, 60))
    sh.rule(x + 10.2, y + dy - 0.2, x + 11.4, y + dy + 0.2, width_mm=1.2, color=(60, 60, 60))


def fax_header(sh: Sheet, when: datetime.datetime, sender: str, number: str, page: int, pages: int, *,
               top: bool = True) -> None:
    """The line a fax machine prints along the top of every page it sends."""
    s = f"{when.strftime('%d/%m/%Y %H:%M')}   {number}   {sender[:34].upper()}   P.{page:03d}/{pages:03d}"
    sh.text(8, 3.2 if top else sh.height_mm - 6, s, font="mono", size_pt=7.2, color=(40, 40, 40))


def cut_frame(sh: Sheet, x: float, y: float, w: float, h: float) -> None:
    """The copy shop's cut line around a card, with a pair of scissors on the upper line."""
    pad = 4
    sh.rect(x - pad, y - pad, w + 2 * pad, h + 2 * pad, width_mm=0.25, color=(110, 110, 110))
    # dashes: overdraw the solid frame with white gaps
    k = x - pad + 2
    while k < x + w + pad - 2:
        sh.rule(k, y - pad, k + 1.2, y - pad, width_mm=0.5, color=(255, 255, 255))
        sh.rule(k, y + h + pad, k + 1.2, y + h + pad, width_mm=0.5, color=(255, 255, 255))
        k += 3.2
    k = y - pad + 2
    while k < y + h + pad - 2:
        sh.rule(x - pad, k, x - pad, k + 1.2, width_mm=0.5, color=(255, 255, 255))
        sh.rule(x + w + pad, k, x + w + pad, k + 1.2, width_mm=0.5, color=(255, 255, 255))
        k += 3.2
    sh.rect(x + 6, y - pad - 2.6, 7, 5.2, width_mm=0, fill=(255, 255, 255))
    sh.text(x + 6.4, y - pad - 2.7, "\u2702", font="sans3", size_pt=12, color=(70, 70, 70))


def angled_photo(sub: Sheet, *, dpi: int, rng: random.Random, table=(214, 208, 196), tilt: float = 0.14) -> Image.Image:
    """A phone photo of sub taken at an angle: the upper edge farther away (narrower), the whole a little turned."""
    img = sub.render(dpi)
    W, H = img.size
    out_w, out_h = int(W * 1.18), int(H * 1.24)
    bg = Image.new("RGB", (out_w, out_h), table)
    ox, oy = (out_w - W) / 2, (out_h - H) / 2
    t = W * tilt / 2
    s = rng.uniform(-0.03, 0.03) * W
    dst = [(ox + t + s, oy + H * 0.05), (ox + W - t + s, oy + H * 0.05 + rng.uniform(-0.02, 0.02) * H),
           (ox + W + rng.uniform(-0.01, 0.01) * W, oy + H), (ox, oy + H)]
    src = [(0, 0), (W, 0), (W, H), (0, H)]
    co = _perspective_coeffs(dst, src)
    warped = img.transform((out_w, out_h), Image.PERSPECTIVE, co, Image.BILINEAR, fillcolor=table)
    mask = Image.new("L", (W, H), 255).transform((out_w, out_h), Image.PERSPECTIVE, co, Image.BILINEAR, fillcolor=0)
    out = Image.composite(warped, bg, mask)
    grad = Image.linear_gradient("L").resize((out_w, out_h)).point(lambda v: 255 - v // 6)
    out = Image.merge("RGB", [Image.composite(ch, ch.point(lambda v: int(v * 0.86)), grad) for ch in out.split()])
    return out


def _fit(s: str, font: str, size: float, w: float, bold=False) -> float:
    while size > 3.2 and text_width_mm(s, font, size, bold=bold) > w:
        size -= 0.2
    return size


def _fr_long(d: datetime.date) -> str:
    return f"{'1er' if d.day == 1 else d.day} {_MOIS[d.month - 1]} {d.year}"


# --------------------------------------------------------------------------- passports

_PP = {
    "MRT": dict(state="RÉPUBLIQUE ISLAMIQUE DE MAURITANIE", sub="PASSEPORT · PASSPORT", col=(0, 110, 60),
                nat="MAURITANIENNE", auth="ANRPTS NOUAKCHOTT", pre="B", years=5, loc="fr/en",
                df=lambda d: f"{d.day:02d} {_MON[d.month - 1]} {d.year}"),
    "BFA": dict(state="BURKINA FASO", sub="PASSEPORT ORDINAIRE · PASSPORT", col=(170, 30, 40), nat="BURKINABE",
                auth="DGPN OUAGADOUGOU", pre="B", years=5, loc="fr/en",
                df=lambda d: f"{d.day:02d}/{d.month:02d}/{d.year}"),
    "LKA": dict(state="DEMOCRATIC SOCIALIST REPUBLIC OF SRI LANKA", sub="PASSPORT", col=(120, 20, 50),
                nat="SRI LANKAN", auth="DEPT. OF IMMIGRATION & EMIGRATION", pre="N", years=10, loc="en",
                df=lambda d: f"{d.day:02d}/{d.month:02d}/{d.year}"),
    "TUR": dict(state="TÜRKİYE CUMHURİYETİ · REPUBLIC OF TÜRKİYE", sub="PASAPORT · PASSPORT", col=(150, 20, 30),
                nat="T.C. / TURKISH", auth="T.C. İÇİŞLERİ BAKANLIĞI", pre="U", years=10, loc="tr/en",
                df=lambda d: f"{d.day:02d} {_MON[d.month - 1]} {d.year}"),
    "SUR": dict(state="REPUBLIEK SURINAME", sub="PASPOORT · PASSPORT", col=(0, 95, 60), nat="SURINAAMSE",
                auth="CBB PARAMARIBO", pre="R", years=10, loc="nl/en",
                df=lambda d: f"{d.day:02d}-{d.month:02d}-{d.year}"),
}
_CAPS = {"fr/en": ["Type", "Code", "N° du passeport / Passport No.", "Nom / Surname", "Prénoms / Given names",
                   "Nationalité / Nationality", "Date de naissance / Date of birth", "Sexe / Sex",
                   "Lieu de naissance / Place of birth", "Date de délivrance / Date of issue",
                   "Date d'expiration / Date of expiry", "Autorité / Authority"],
         "en": ["Type", "Country code", "Passport No.", "Surname", "Other names", "Nationality", "Date of birth", "Sex",
                "Place of birth", "Date of issue", "Date of expiry", "Authority"],
         "tr/en": ["Tipi / Type", "Kodu / Code", "Pasaport No / Passport No", "Soyadı / Surname",
                   "Adı / Given names", "Uyruğu / Nationality", "Doğum tarihi / Date of birth", "Cinsiyeti / Sex",
                   "Doğum yeri / Place of birth", "Veriliş tarihi / Date of issue",
                   "Geçerlilik tarihi / Date of expiry", "Makam / Authority"],
         "nl/en": ["Type", "Code", "Paspoortnr. / Passport No.", "Naam / Surname", "Voornamen / Given names",
                   "Nationaliteit / Nationality", "Geboortedatum / Date of birth", "Geslacht / Sex",
                   "Geboorteplaats / Place of birth", "Datum afgifte / Date of issue",
                   "Geldig tot / Date of expiry", "Autoriteit / Authority"]}


def _pp_page(code, person, rng, number, issue, expiry, lines) -> Sheet:
    """The data page: the state in a band over the page, the values in a two-column grid with small coloured
    captions, the photo at the left and a small ghost image at the lower right."""
    cfg = _PP[code]
    caps = _CAPS[cfg["loc"]]
    s = Sheet(125, 88)
    s.rect(0, 0, 125, 88, width_mm=0, fill=(244, 242, 234))
    for k in range(0, 90, 3):
        s.rule(0, k, 125, k + 6, width_mm=0.05, color=(226, 222, 210))
    s.rect(0, 0, 125, 7, width_mm=0, fill=cfg["col"])
    s.text(62.5, 1.2, cfg["state"], font="sans4", size_pt=_fit(cfg["state"], "sans4", 6.4, 118, True), bold=True,
           anchor="center", color=(255, 255, 255))
    s.text(62.5, 8.2, cfg["sub"], font="sans4", size_pt=4.6, anchor="center", color=cfg["col"])
    s.photo(3.5, 13, 28, 36, rng)
    vals = ["P", code, number, person.surname.upper(), person.given_names.upper(), cfg["nat"],
            cfg["df"](person.birth_date), person.sex, strip_accents(person.birth_place).upper(), cfg["df"](issue),
            cfg["df"](expiry), cfg["auth"]]
    cap_col = tuple(int(c * 0.8) for c in cfg["col"])
    cells = [(35, 13, 0), (49, 13, 1), (70, 13, 2), (35, 20, 3), (35, 27, 4), (35, 34, 5), (86, 34, 7),
             (35, 41, 6), (86, 41, 8), (35, 48, 9), (86, 48, 10), (35, 55, 11)]
    for x, y, i in cells:
        w = 50 if x == 35 and i not in (0,) else 36
        if i in (3, 4, 11):
            w = 86
        s.text(x, y, caps[i], font="sans2", size_pt=3.3, color=cap_col)
        s.text(x, y + 1.6, vals[i], font="sans4", size_pt=_fit(vals[i], "sans4", 6.3, w, True), bold=True)
    gh = Sheet(12, 15)
    gh.photo(0, 0, 12, 15, random.Random(rng.random()))
    img = gh.render(150).convert("L").point(lambda v: 170 + v // 3).convert("RGB")
    s.image(108, 48, 12, 15, img)
    s.signature(4, 51, 26, 8, rng, color=(20, 20, 30))
    for i, ln in enumerate(lines):
        s.text(4.0, 72.5 + i * 5.2, ln, font="ocrb", size_pt=OCR, color=(15, 15, 15))
    return s


def _pp_lines(code, person, rng, issue_date, expiry_date, break_check, mrz_override, number):
    cfg = _PP[code]
    issue, expiry = _dates(rng, issue_date, expiry_date, cfg["years"])
    number = number or (cfg["pre"] + _digits(rng, 8 - len(cfg["pre"])))
    md = _mrz_data(person, mrz_override)
    lines = M.td3(issuing=code, surname=md["surname"], given=md["given_names"], number=md.get("number", number[-9:]),
                  nationality=md["nationality"], birth_date=md["birth_date"], sex=md["sex"], expiry=expiry,
                  break_check=break_check)
    return issue, expiry, number, lines


def _passport_angle(code: str):
    """The data page photographed at an angle on a light table, the booklet's cover showing around it, printed
    on A4 by the lawyer's office."""
    def make(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, crop=False,
             number=None, annotate=None, **opts):
        issue, expiry, number, lines = _pp_lines(code, person, rng, issue_date, expiry_date, break_check,
                                                 mrz_override, number)
        page = _pp_page(code, person, rng, number, issue, expiry, lines)
        if crop:
            return [page]
        book = Sheet(131, 94)
        book.rect(0, 0, 131, 94, width_mm=0, fill=_PP[code]["col"])
        paste(book, page, 3, 3, dpi=300)
        img = angled_photo(book, dpi=240, rng=rng, tilt=rng.uniform(0.10, 0.16))
        sh = Sheet()
        w = 180.0
        h = w * img.height / img.width
        sh.image(15, 28, w, h, img)
        sh.text(15, 20, rng.choice(["IMG_" + _digits(rng, 4) + ".jpg", "WhatsApp Image " + TODAY.strftime("%Y-%m-%d")
                                    + " at " + f"{rng.randint(8, 21):02d}.{rng.randint(0, 59):02d}.jpeg"]),
                font="sans", size_pt=7.5, color=GREY)
        if annotate:
            sh.handwriting(20, 40 + h, annotate, rng, size_pt=12)
        return [sh]
    return make


def _passport_punched(code: str):
    """A grey photocopy of the open booklet (inner cover at the left, data page at the right, turned so the page
    reads upright), the sheet punched for a binder and stapled at the top left."""
    def make(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, crop=False,
             number=None, annotate=None, **opts):
        issue, expiry, number, lines = _pp_lines(code, person, rng, issue_date, expiry_date, break_check,
                                                 mrz_override, number)
        page = _pp_page(code, person, rng, number, issue, expiry, lines)
        if crop:
            return [page]
        spread = Sheet(125, 182)
        spread.rect(0, 0, 125, 92, width_mm=0, fill=(236, 234, 228))
        spread.text(62.5, 30, {"TUR": "ÖNEMLİ UYARILAR / IMPORTANT NOTICE", "SUR": "OPMERKINGEN / OBSERVATIONS"}.get(
            code, "OBSERVATIONS"), font="sans4", size_pt=6, anchor="center", color=GREY)
        for i in range(5):
            spread.rule(12, 42 + i * 7, 113, 42 + i * 7, width_mm=0.1, color=(170, 170, 170))
        spread.rule(0, 92, 125, 92, width_mm=0.8, color=(90, 90, 90))
        paste(spread, page, 0, 94, dpi=300)
        sh = Sheet()
        paste(sh, spread, 40, 38, k=1.0, dpi=260, grey=True)
        punch_holes(sh, rng=rng)
        staple(sh, 14, 12)
        if annotate:
            sh.handwriting(40, 232, annotate, rng, size_pt=12)
        return [sh]
    return make


for _c in ("MRT", "BFA"):
    _register(f"passport-td3-{_c.lower()}-gegevenspagina-schuin-gefotografeerd-lichte-tafel-26", "identity-document",
              PART, _PP[_c]["loc"], _passport_angle(_c), country=_c, mrz="TD3", photo=True,
              notes=f"{_c} passport data page photographed at an angle on a light table, printed on A4")
for _c in ("LKA", "TUR", "SUR"):
    _register(f"passport-td3-{_c.lower()}-grijze-kopie-binnenkaft-perforatie-nietje-26", "identity-document", PART,
              _PP[_c]["loc"], _passport_punched(_c), country=_c, mrz="TD3", photo=True,
              notes=f"{_c} passport copied in grey with the inner cover, punched for a binder and stapled")


# --------------------------------------------------------------------------- identity cards (TD1), cut lines

_ID = {"MRT": dict(title="CARTE NATIONALE D'IDENTITÉ", state="RÉPUBLIQUE ISLAMIQUE DE MAURITANIE", nat="Mauritanienne",
                   col=(0, 110, 60), nni_len=10, auth="ANRPTS", years=10, dom=["Tevragh Zeina", "Ksar", "Arafat",
                                                                              "Dar Naïm", "Nouadhibou"]),
       "BFA": dict(title="CARTE NATIONALE D'IDENTITÉ BURKINABÈ", state="BURKINA FASO", nat="Burkinabè",
                   col=(170, 30, 40), nni_len=17, auth="ONI", years=10, dom=["Ouagadougou, Secteur 15",
                                                                            "Bobo-Dioulasso, Secteur 8", "Koudougou",
                                                                            "Ouagadougou, Secteur 29"])}


def _idcard_cut(code: str):
    C = _ID[code]

    def make(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None, crop=False,
             annotate=None, **opts):
        issue, expiry = _dates(rng, issue_date, expiry_date, C["years"])
        number = ("B" if code == "BFA" else "") + _digits(rng, 9 if code == "MRT" else 8)
        nni = _digits(rng, C["nni_len"])
        md = _mrz_data(person, mrz_override)
        lines = M.td1(doc_code="ID", issuing=code, number=md.get("number", number), nationality=md["nationality"],
                      birth_date=md["birth_date"], sex=md["sex"], expiry=expiry, surname=md["surname"],
                      given=md["given_names"], optional1=nni[:15], break_check=break_check)
        f = Sheet(85.6, 54)
        f.rect(0, 0, 85.6, 54, width_mm=0, fill=(240, 238, 226))
        f.rect(0, 0, 85.6, 8, width_mm=0, fill=C["col"])
        f.text(42.8, 1.0, C["state"], font="sans4", size_pt=_fit(C["state"], "sans4", 5.6, 80, True), bold=True,
               anchor="center", color=(255, 255, 255))
        f.text(42.8, 4.4, C["title"], font="sans4", size_pt=4.2, anchor="center", color=(255, 255, 255))
        f.photo(60, 11, 22, 28, rng)
        rows = [("Nom / Surname", person.surname.upper()), ("Prénoms / Given names", person.given_names),
                ("Date de naissance", person.birth_date.strftime("%d.%m.%Y")), ("Lieu de naissance", person.birth_place),
                ("Sexe", person.sex), ("NNI", nni)]
        y = 10
        for a, b in rows:
            f.text(3, y, a, font="sans2", size_pt=3.3, color=C["col"])
            f.text(3, y + 1.5, b, font="sans4", size_pt=_fit(b, "sans4", 5.4, 54, True), bold=True)
            y += 6.2
        f.signature(60, 42, 22, 8, rng, color=(20, 20, 30))
        b = Sheet(85.6, 54)
        b.rect(0, 0, 85.6, 54, width_mm=0, fill=(236, 238, 232))
        b.text(3, 3, f"N° {number}", font="sans4", size_pt=5.2, bold=True)
        b.text(3, 7.5, f"Délivrée le {issue.strftime('%d.%m.%Y')} · Expire le {expiry.strftime('%d.%m.%Y')}",
               font="sans4", size_pt=4.4)
        b.text(3, 12, f"Domicile : {rng.choice(C['dom'])}", font="sans4", size_pt=4.4)
        b.text(3, 16.5, f"Autorité : {C['auth']}   Nationalité : {C['nat']}", font="sans4", size_pt=4.4)
        for i, ln in enumerate(lines):
            b.text(3, 33 + i * 5.5, ln, font="ocrb", size_pt=OCR, color=(10, 10, 10))
        if crop:
            return [f, b]
        sh = Sheet()
        k = 1.15
        x = 105 - 85.6 * k / 2
        paste(sh, f, x, 40, k=k, dpi=300)
        paste(sh, b, x, 40 + 54 * k + 28, k=k, dpi=300)
        cut_frame(sh, x, 40, 85.6 * k, 54 * k)
        cut_frame(sh, x, 40 + 54 * k + 28, 85.6 * k, 54 * k)
        sh.text(x, 40 + 54 * k + 10, "RECTO ▲   VERSO ▼", font="sans3", size_pt=7.5, color=GREY)
        sh.text(105, 284, "Copy Center · copie carte d'identité recto/verso A4", font="sans", size_pt=6.5,
                anchor="center", color=(170, 170, 170))
        if annotate:
            sh.handwriting(20, 250, annotate, rng, size_pt=12)
        return [sh]
    return make


for _c in ("MRT", "BFA"):
    _register(f"idcard-td1-{_c.lower()}-recto-verso-een-a4-knipstreep-schaartje-26", "identity-document", PART,
              "fr", _idcard_cut(_c), country=_c, mrz="TD1", photo=True,
              notes=f"{_c} national identity card copied front above back on one A4 with dashed cut lines and scissors")


# --------------------------------------------------------------------------- Dutch residence document, landscape

def permit_nl_landscape(person, rng, *, issue_date=None, expiry_date=None, break_check=None, mrz_override=None,
                        purpose=None, v_number=None, crop=False, **opts):
    issue, expiry = _dates(rng, issue_date, expiry_date, rng.choice([1, 5]))
    number = rng.choice("NRWX") + rng.choice("BCDFGHJKLMNPRSTVWXYZ") + _digits(rng, 7)
    purpose = purpose or rng.choice(["verblijf bij partner", "medische behandeling", "humanitair tijdelijk"])
    md = _mrz_data(person, mrz_override)
    lines = M.td1(doc_code="IR", issuing="NLD", number=md.get("number", number), nationality=md["nationality"],
                  birth_date=md["birth_date"], sex=md["sex"], expiry=expiry, surname=md["surname"],
                  given=md["given_names"], break_check=break_check)
    vnr = v_number or person.v_number or _digits(rng, 10)
    f = Sheet(85.6, 54)
    f.rect(0, 0, 85.6, 54, width_mm=0, fill=(230, 236, 242))
    f.text(3, 2.5, "VERBLIJFSDOCUMENT", font="sans6", size_pt=6, bold=True, color=(20, 40, 110))
    f.text(3, 6.3, "Koninkrijk der Nederlanden · Residence permit", font="sans6", size_pt=3.8, color=GREY)
    f.photo(3, 11, 21, 27, rng)
    rows = [("Naam / Surname", person.surname.upper()), ("Voornamen / Given names", person.given_names.upper()),
            ("Geb. datum / Date of birth", person.birth_date.strftime("%d %m %Y")), ("Geslacht / Sex", person.sex),
            ("Nationaliteit", md["nationality"]), ("Geldig tot / Valid until", expiry.strftime("%d %m %Y")),
            ("Documentnr.", number)]
    y = 10
    for a, b in rows:
        f.text(27, y, a, font="sans6", size_pt=3.2, color=GREY)
        f.text(27, y + 1.4, b, font="sans6", size_pt=_fit(b, "sans6", 5.0, 56, True), bold=True)
        y += 5.3
    b = Sheet(85.6, 54)
    b.rect(0, 0, 85.6, 54, width_mm=0, fill=(234, 238, 242))
    b.text(3, 3, f"Verblijfsvergunning regulier – {purpose}"[:60], font="sans6", size_pt=4.4)
    b.text(3, 7.5, f"VNR {vnr}", font="sans6", size_pt=4.6, bold=True)
    b.text(3, 12, f"Arbeid is vrij toegestaan, TWV niet vereist · afgegeven {issue.strftime('%d-%m-%Y')}",
           font="sans6", size_pt=3.9)
    for i, ln in enumerate(lines):
        b.text(3, 33 + i * 5.5, ln, font="ocrb", size_pt=OCR)
    if crop:
        return [f, b]
    sh = Sheet(297, 210)
    k = 1.45
    paste(sh, f, 22, 48, k=k, dpi=260)
    paste(sh, b, 22 + 85.6 * k + 16, 48, k=k, dpi=260)
    punch_holes(sh, edge="top", rng=rng)
    return [sh]


_register("permit-nl-liggend-a4-beide-zijden-naast-elkaar-vergroot-perforatie-26", "identity-document", PART, "nl",
          permit_nl_landscape, country="NLD", mrz="TD1", photo=True,
          notes="Dutch residence document copied on landscape A4, both sides side by side enlarged, punched at the top")


# --------------------------------------------------------------------------- birth certificates

def _par(person, father, mother):
    return father or person.father or "—", mother or person.mother or "—"


def birth_mrt(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Mauritania: the population register agency's computer-printed 'extrait d'acte de naissance', the data in a
    framed two-column table, the NNI and a barcode, the agent's signature with the round stamp over it."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(30, 400))
    act = act_date or person.birth_date + datetime.timedelta(days=rng.randint(3, 40))
    fa, mo = _par(person, father, mother)
    sh = Sheet()
    sh.text(105, 12, "RÉPUBLIQUE ISLAMIQUE DE MAURITANIE", font="sans6", size_pt=11, bold=True, anchor="center")
    sh.text(105, 17.5, "Honneur – Fraternité – Justice", font="sans6", size_pt=8.5, anchor="center", italic=False)
    sh.text(105, 22, "Ministère de l'Intérieur et de la Décentralisation", font="sans6", size_pt=8.5, anchor="center")
    sh.text(105, 26.5, "Agence Nationale du Registre des Populations et des Titres Sécurisés", font="sans6",
            size_pt=8.5, anchor="center", color=GREY)
    sh.rect(20, 34, 170, 11, width_mm=0, fill=(0, 110, 60))
    sh.text(105, 36.3, "EXTRAIT D'ACTE DE NAISSANCE", font="sans6", size_pt=13, bold=True, anchor="center",
            color=(255, 255, 255))
    nni = _digits(rng, 10)
    sh.text(20, 50, f"Centre d'état civil : {person.birth_place}", font="sans6", size_pt=9.5)
    sh.text(190, 50, f"Acte n° {rng.randint(100, 9999)}/{act.year}", font="sans6", size_pt=9.5, anchor="right")
    rows = [("NNI", nni), ("Nom de famille", person.surname.upper()), ("Prénom(s)", person.given_names),
            ("Sexe", "Masculin" if person.sex == "M" else "Féminin"),
            ("Date de naissance", person.birth_date.strftime("%d/%m/%Y")),
            ("Lieu de naissance", f"{person.birth_place} (Mauritanie)"), ("Nom et prénom du père", fa),
            ("Nom et prénom de la mère", mo), ("Date d'enregistrement", act.strftime("%d/%m/%Y"))]
    y = 58
    for a, b in rows:
        sh.rect(20, y, 62, 9, width_mm=0.25, fill=(236, 244, 238))
        sh.rect(82, y, 108, 9, width_mm=0.25)
        sh.text(23, y + 2.2, a, font="sans6", size_pt=9.5)
        sh.text(85, y + 2.2, b, font="sans6", size_pt=_fit(b, "sans6", 10.5, 102, True), bold=True)
        y += 9
    sh.text(20, y + 8, f"Délivré à Nouakchott, le {issue.strftime('%d/%m/%Y')}", font="sans6", size_pt=10)
    sh.text(130, y + 8, "L'Officier d'état civil", font="sans6", size_pt=10)
    sh.signature(132, y + 14, 40, 13, rng, color=INK)
    sh.stamp(126, y + 9, ["ANRPTS", "ÉTAT CIVIL", "NOUAKCHOTT"], rng, shape="round", size_mm=30, color=STAMPB,
             angle=rng.uniform(-20, 20))
    r = random.Random(rng.random())
    x = 20
    while x < 90:
        w = r.choice([0.3, 0.3, 0.6, 0.9])
        sh.rect(x, 268, w, 12, width_mm=0, fill=(0, 0, 0))
        x += w + r.choice([0.4, 0.6, 0.9])
    sh.text(20, 282, f"{nni}-{issue.strftime('%Y%m%d')}", font="mono", size_pt=7.5)
    return [sh]


def birth_lka(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Sri Lanka: the Registrar General's birth certificate in its English version, the particulars numbered 1-12 in
    a grid, the additional district registrar's signature and seal."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(30, 400))
    act = act_date or person.birth_date + datetime.timedelta(days=rng.randint(5, 40))
    fa, mo = _par(person, father, mother)
    sh = Sheet(paper="cream")
    sh.text(20, 12, "Form B 24", font="serif", size_pt=8, color=GREY)
    sh.text(105, 14, "DEMOCRATIC SOCIALIST REPUBLIC OF SRI LANKA", font="serif", size_pt=11, bold=True,
            anchor="center")
    sh.text(105, 20, "REGISTRAR GENERAL'S DEPARTMENT", font="serif", size_pt=9.5, anchor="center")
    sh.text(105, 28, "CERTIFIED COPY OF ENTRY IN THE REGISTER OF BIRTHS", font="serif", size_pt=12.5, bold=True,
            anchor="center")
    dist = strip_accents(person.birth_place)
    sh.text(20, 38, f"District: {dist}", font="serif", size_pt=10)
    sh.text(85, 38, f"Division: {dist} {rng.choice(['North', 'South', 'Central', 'Four Gravets'])}", font="serif",
            size_pt=10)
    sh.text(190, 38, f"No. {rng.randint(100, 9999)}", font="serif", size_pt=10, anchor="right")
    rows = [("Date and place of birth", f"{person.birth_date.strftime('%d.%m.%Y')}, {person.birth_place}"),
            ("Name", person.given_names), ("Sex", "Male" if person.sex == "M" else "Female"),
            ("Father's full name", fa), ("Father's date of birth / nationality", "— / Sri Lankan"),
            ("Mother's full name", mo), ("Mother's date of birth / nationality", "— / Sri Lankan"),
            ("Were parents married?", "Yes"), ("Grand-father's full name", "—"),
            ("Informant's name and capacity", f"{fa}, father"),
            ("Name of Registrar", f"{rng.choice(['K. M.', 'A. R.', 'S. P.'])} {rng.choice(['Gunasekara', 'Herath', 'Nadarajah'])}"),
            ("Date of registration", act.strftime("%d.%m.%Y"))]
    y = 46
    for i, (a, b) in enumerate(rows, 1):
        sh.rect(20, y, 9, 10, width_mm=0.3)
        sh.rect(29, y, 66, 10, width_mm=0.3)
        sh.rect(95, y, 95, 10, width_mm=0.3)
        sh.text(24.5, y + 3, f"{i}", font="serif", size_pt=9, anchor="center")
        sh.text(31, y + 3, a, font="serif", size_pt=_fit(a, "serif", 9, 62))
        sh.text(97, y + 2.6, b, font="typewriter2", size_pt=_fit(b, "typewriter2", 10.5, 91))
        y += 10
    sh.text(20, y + 8, f"Certified true copy issued on {issue.strftime('%d.%m.%Y')}.", font="serif", size_pt=10)
    sh.signature(128, y + 14, 40, 13, rng, color=INK)
    sh.text(128, y + 30, "Additional District Registrar", font="serif", size_pt=9.5)
    sh.stamp(70, y + 12, ["ADDITIONAL DISTRICT REGISTRAR", dist.upper(), "SRI LANKA"], rng, shape="oval",
             size_mm=34, color=STAMPV, angle=rng.uniform(-8, 8))
    return [sh]


def birth_bfa(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Burkina Faso: the pre-printed 'extrait d'acte de naissance' filled in by hand, one word crossed out and
    rewritten, the marginal approval 'un mot rayé nul', the round stamp over the officer's signature."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(30, 400))
    act = act_date or person.birth_date + datetime.timedelta(days=rng.randint(5, 60))
    fa, mo = _par(person, father, mother)
    sh = Sheet(paper="cream")
    hf = rng.choice(["hand1", "hand2", "hand4"])
    ink = (25, 30, 60)
    sh.text(20, 12, "BURKINA FASO", font="serif4", size_pt=11, bold=True)
    sh.text(20, 17, "Unité – Progrès – Justice", font="serif4", size_pt=8, italic=True)
    sh.text(20, 22, f"Commune de {person.birth_place}", font="serif4", size_pt=9)
    sh.text(20, 26.5, "Centre d'état civil principal", font="serif4", size_pt=9)
    sh.text(190, 12, "Volet n° 2", font="serif4", size_pt=9, anchor="right")
    sh.text(105, 38, "EXTRAIT D'ACTE DE NAISSANCE", font="serif4", size_pt=15, bold=True, anchor="center")
    sh.text(105, 45, "N° ............ du ...................", font="serif4", size_pt=10, anchor="center")
    sh.handwriting(88, 43.2, f"{rng.randint(10, 2999)}", rng, size_pt=11, color=ink, font=hf)
    sh.handwriting(120, 43.2, act.strftime("%d/%m/%Y"), rng, size_pt=11, color=ink, font=hf)
    rows = [("Nom", person.surname.upper()), ("Prénom(s)", person.given_names),
            ("Né(e) le", _fr_long(person.birth_date)), ("À", person.birth_place),
            ("Sexe", "masculin" if person.sex == "M" else "féminin"), ("Fils/Fille de", fa), ("Et de", mo)]
    y = 58
    wrong_row = rng.choice([1, 3, 5])
    for i, (a, b) in enumerate(rows):
        sh.text(22, y, a + " :", font="serif4", size_pt=10.5)
        sh.rule(62, y + 4.6, 188, y + 4.6, width_mm=0.15, dash=0.6, color=(90, 90, 90))
        x = 64
        if i == wrong_row:
            wrong = {1: person.given_names.split()[0][:-1] + "e", 3: "Ouagadougou" if person.birth_place !=
                     "Ouagadougou" else "Koudougou", 5: "Inconnu"}[i]
            w = sh.handwriting(x, y - 2.2, wrong, rng, size_pt=12, color=ink, font=hf)
            sh.rule(x - 1, y + 1.6, x + w + 1, y + 1.0, width_mm=0.45, color=ink)
            sh.rule(x - 1, y + 2.4, x + w + 1, y + 1.8, width_mm=0.35, color=ink)
            x += w + 4
        sh.handwriting(x, y - 2.2, b, rng, size_pt=12, color=ink, font=hf)
        y += 11
    ym = 58 + 11 * wrong_row - 6.5
    sh.handwriting(160, ym, "un mot rayé nul", rng, size_pt=9, color=ink, font=hf)
    sh.signature(192, ym - 1, 12, 6, rng, color=ink, style="initials")
    sh.text(22, y + 8, "Pour extrait certifié conforme,", font="serif4", size_pt=10.5)
    sh.text(22, y + 15, "Délivré à", font="serif4", size_pt=10.5)
    sh.handwriting(42, y + 12.8, f"{person.birth_place}, le {issue.strftime('%d/%m/%Y')}", rng, size_pt=12,
                   color=ink, font=hf)
    sh.text(120, y + 24, "L'Officier de l'état civil", font="serif4", size_pt=10)
    sh.signature(122, y + 30, 42, 14, rng, color=ink)
    sh.stamp(118, y + 25, ["MAIRIE", strip_accents(person.birth_place).upper(), "BURKINA FASO"], rng, shape="round",
             size_mm=30, color=STAMPB, angle=rng.uniform(-25, 25))
    return [sh]


def birth_tur_fax(person, rng, *, issue_date=None, act_date=None, father=None, mother=None, **opts):
    """Türkiye: a district population directorate's 'Doğum Kayıt Örneği' sent to the family's lawyer by fax: the
    machine's header line, coarse bilevel text, the official's signature under the wet stamp."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(30, 300))
    fa, mo = _par(person, father, mother)
    doc = Sheet()
    ilce = rng.choice(["Keçiören", "Bağcılar", "Karşıyaka", "Selçuklu", "Şahinbey"])
    doc.text(105, 14, "T.C.", font="serif", size_pt=11, bold=True, anchor="center")
    doc.text(105, 19.5, f"{ilce.upper()} İLÇE NÜFUS MÜDÜRLÜĞÜ", font="serif", size_pt=11, bold=True,
             anchor="center")
    doc.text(105, 32, "DOĞUM KAYIT ÖRNEĞİ", font="serif", size_pt=14, bold=True, anchor="center")
    rows = [("T.C. Kimlik No", str(rng.randint(1, 9)) + _digits(rng, 10)), ("Adı", person.given_names.upper()),
            ("Soyadı", person.surname.upper()), ("Cinsiyeti", "Erkek" if person.sex == "M" else "Kadın"),
            ("Baba Adı", fa.split()[0]), ("Ana Adı", mo.split()[0]), ("Doğum Yeri", person.birth_place),
            ("Doğum Tarihi", person.birth_date.strftime("%d/%m/%Y")),
            ("Cilt / Hane / Sıra No", f"{rng.randint(10, 250)} / {rng.randint(1, 999)} / {rng.randint(1, 99)}")]
    y = 46
    for a, b in rows:
        doc.text(30, y, a, font="serif", size_pt=11)
        doc.text(85, y, ": " + b, font="serif", size_pt=11, bold=True)
        y += 8
    doc.paragraph(30, y + 6, 150, "Yukarıda kimlik bilgileri yazılı kişinin nüfus kaydı örneğidir. İlgilinin talebi "
                  "üzerine verilmiştir.", font="serif", size_pt=10.5)
    doc.text(30, y + 24, f"Düzenleme Tarihi: {issue.strftime('%d.%m.%Y')}", font="serif", size_pt=10.5)
    doc.text(130, y + 24, "Nüfus Müdürü", font="serif", size_pt=10.5, anchor="center")
    doc.signature(112, y + 30, 38, 13, rng, color=(0, 0, 0))
    doc.stamp(108, y + 26, ["T.C.", f"{strip_accents(ilce).upper()} NUFUS MUDURLUGU", "MÜHÜR"], rng, shape="round",
              size_mm=30, color=(0, 0, 0), angle=rng.uniform(-15, 15))
    img = doc.render(110).convert("L").point(lambda v: 0 if v < 150 else 255).convert("RGB")
    sh = Sheet()
    sh.image(0, 0, 210, 297, img)
    when = datetime.datetime.combine(issue + datetime.timedelta(days=rng.randint(1, 20)),
                                     datetime.time(rng.randint(9, 17), rng.randint(0, 59)))
    fax_header(sh, when, f"{ilce} Nufus Md.", f"+90 312 {rng.randint(200, 999)} {rng.randint(10, 99)} "
               f"{rng.randint(10, 99)}", 1, 1)
    return [sh]


_register("birth-mrt-anrpts-extrait-tabel-twee-kolommen-streepjescode-26", "birth-certificate", PART, "fr",
          birth_mrt, country="MRT")
_register("birth-lka-registrar-general-gecertificeerde-kopie-genummerd-raster-26", "birth-certificate", PART, "en",
          birth_lka, country="LKA")
_register("birth-bfa-voorgedrukt-extrait-met-de-hand-woord-doorgestreept-26", "birth-certificate", PART, "fr",
          birth_bfa, country="BFA")
_register("birth-tur-dogum-kayit-ornegi-per-fax-kopregel-26", "birth-certificate", PART, "tr", birth_tur_fax,
          country="TUR")


# --------------------------------------------------------------------------- nationality

def nationality_mrt(person, rng, *, issue_date=None, **opts):
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(40, 500))
    sh = Sheet()
    sh.text(20, 14, "RÉPUBLIQUE ISLAMIQUE DE MAURITANIE", font="serif2", size_pt=10.5, bold=True)
    sh.text(20, 19.5, "Ministère de la Justice", font="serif2", size_pt=9)
    sh.text(20, 24.5, "Tribunal de la Wilaya de Nouakchott-Ouest", font="serif2", size_pt=9)
    sh.text(190, 14, f"N° {rng.randint(100, 9999)}/TW/NKC-O", font="serif2", size_pt=9, anchor="right")
    sh.rect(35, 36, 140, 12, width_mm=0.6)
    sh.text(105, 38.5, "CERTIFICAT DE NATIONALITÉ", font="serif2", size_pt=15, bold=True, anchor="center")
    txt = (f"Le Président du Tribunal de la Wilaya de Nouakchott-Ouest certifie, au vu des pièces produites (extrait "
           f"d'acte de naissance, extrait du registre des populations), que "
           f"{'Monsieur' if person.sex == 'M' else 'Madame'} {person.given_names} {person.surname.upper()}, "
           f"{'né' if person.sex == 'M' else 'née'} le {person.birth_date.strftime('%d/%m/%Y')} à "
           f"{person.birth_place}, {'fils' if person.sex == 'M' else 'fille'} de {person.father or '—'} et de "
           f"{person.mother or '—'}, est de nationalité mauritanienne par filiation, conformément aux dispositions de "
           f"la loi n° 61-112 portant Code de la nationalité mauritanienne.")
    y = sh.paragraph(25, 60, 160, txt, font="serif2", size_pt=11, leading=1.6, align="justify")
    sh.text(25, y + 10, f"Nouakchott, le {_fr_long(issue)}", font="serif2", size_pt=11)
    sh.text(125, y + 20, "Le Président du Tribunal", font="serif2", size_pt=10.5)
    sh.signature(125, y + 26, 44, 14, rng, color=INK)
    sh.stamp(120, y + 20, ["TRIBUNAL DE LA WILAYA", "NOUAKCHOTT-OUEST", "MAURITANIE"], rng, shape="round",
             size_mm=32, color=STAMPB, angle=rng.uniform(-15, 15))
    sh.rect(25, y + 24, 22, 26, width_mm=0.3, fill=(226, 236, 220))
    sh.text(36, y + 30, "TIMBRE", font="sans", size_pt=6.5, anchor="center")
    sh.text(36, y + 35, "500 MRU", font="sans", size_pt=7.5, bold=True, anchor="center")
    return [sh]


def nationality_bfa(person, rng, *, issue_date=None, **opts):
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(40, 500))
    sh = Sheet()
    sh.text(20, 13, "BURKINA FASO", font="serif5", size_pt=10.5, bold=True)
    sh.text(20, 18, "Unité – Progrès – Justice", font="serif5", size_pt=8, italic=False, color=GREY)
    sh.text(190, 13, "COUR D'APPEL DE OUAGADOUGOU", font="serif5", size_pt=9, anchor="right")
    sh.text(190, 18, "TRIBUNAL DE GRANDE INSTANCE", font="serif5", size_pt=9, anchor="right")
    sh.text(190, 23, "OUAGA I", font="serif5", size_pt=9, anchor="right")
    sh.text(105, 40, "CERTIFICAT DE NATIONALITÉ BURKINABÈ", font="serif5", size_pt=14, bold=True, anchor="center")
    sh.text(105, 47, f"N° {rng.randint(1000, 99999)}/{issue.year}", font="serif5", size_pt=10, anchor="center")
    lines = [("Nom", person.surname.upper()), ("Prénom(s)", person.given_names),
             ("Né(e) le", person.birth_date.strftime("%d/%m/%Y")), ("À", person.birth_place),
             ("Fils/Fille de", person.father or "—"), ("Et de", person.mother or "—")]
    y = 58
    for a, b in lines:
        sh.text(30, y, a, font="serif5", size_pt=10.5)
        sh.text(70, y, ": " + b, font="serif5", size_pt=10.5, bold=True)
        y += 7
    y = sh.paragraph(30, y + 4, 150, "est Burkinabè en vertu de l'article 140 du Code des personnes et de la "
                     "famille (filiation), ainsi qu'il résulte des pièces versées au dossier.", font="serif5",
                     size_pt=10.5, leading=1.5)
    sh.text(30, y + 8, f"Ouagadougou, le {issue.strftime('%d/%m/%Y')}", font="serif5", size_pt=10.5)
    sh.text(120, y + 18, "Le Greffier en chef", font="serif5", size_pt=10)
    sh.signature(120, y + 24, 42, 14, rng, color=INK)
    sh.stamp(128, y + 20, ["TGI OUAGA I", "GREFFE", "BURKINA FASO"], rng, shape="round", size_mm=28,
             color=STAMPB, angle=rng.uniform(-15, 15))
    for i in range(2):
        sh.rect(30 + i * 24, y + 26, 20, 24, width_mm=0.3, fill=(244, 228, 200))
        sh.text(40 + i * 24, y + 31, "TIMBRE", font="sans", size_pt=6, anchor="center")
        sh.text(40 + i * 24, y + 36, "500 F", font="sans", size_pt=7.5, bold=True, anchor="center")
        sh.rule(28 + i * 24, y + 48, 52 + i * 24, y + 28, width_mm=0.4, color=INK)
    return [sh]


_register("nationality-mrt-tribunal-wilaya-kader-titel-zegel-26", "nationality-certificate", PART, "fr",
          nationality_mrt, country="MRT")
_register("nationality-bfa-tgi-ouaga-gegevensregels-twee-zegels-26", "nationality-certificate", PART, "fr",
          nationality_bfa, country="BFA")


# --------------------------------------------------------------------------- embassies' identity certificates

_EMB = {"MRT": dict(name="Ambassade de la République Islamique de Mauritanie", addr="Avenue de la Colombie 6, "
                    "1000 Bruxelles", nat="mauritanienne", col=(0, 110, 60), lang="fr"),
        "BFA": dict(name="Ambassade du Burkina Faso", addr="Place Guy d'Arezzo 16, 1180 Bruxelles",
                    nat="burkinabè", col=(170, 30, 40), lang="fr"),
        "LKA": dict(name="Embassy of the Democratic Socialist Republic of Sri Lanka", addr="Rue Jules Lejeune 27, "
                    "1050 Brussels", nat="Sri Lankan", col=(120, 20, 50), lang="en")}


def _idcert(code: str):
    E = _EMB[code]

    def make(person, rng, *, issue_date=None, declarative=False, **opts):
        issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(40, 300))
        sh = Sheet()
        f = "serif4" if code != "LKA" else "serif"
        sh.rect(20, 12, 170, 1.2, width_mm=0, fill=E["col"])
        sh.text(105, 17, E["name"], font=f, size_pt=_fit(E["name"], f, 12, 168, True), bold=True, anchor="center",
                color=E["col"])
        sh.text(105, 23.5, E["addr"], font=f, size_pt=8.5, anchor="center", color=GREY)
        sh.rect(20, 28, 170, 0.5, width_mm=0, fill=E["col"])
        ref = f"{rng.randint(10, 999)}/{code}/CONS/{issue.year}"
        sh.photo(150, 38, 30, 38, rng)
        sh.stamp(136, 62, [E["name"].split(" de ")[-1][:24].upper() if code != "LKA" else "EMBASSY OF SRI LANKA",
                           "BRUXELLES" if code != "LKA" else "BRUSSELS", "CONSULAIRE" if code != "LKA" else "CONSULAR"],
                 rng, shape="round", size_mm=26, color=STAMPB, angle=rng.uniform(-20, 20))
        if E["lang"] == "fr":
            sh.text(20, 40, f"Réf. : {ref}", font=f, size_pt=9.5)
            sh.text(20, 56, "CERTIFICAT D'IDENTITÉ", font=f, size_pt=15, bold=True)
            body = (f"Le Consul soussigné certifie que {'Madame' if person.sex == 'F' else 'Monsieur'} "
                    f"{person.surname.upper()} {person.given_names}, {'née' if person.sex == 'F' else 'né'} le "
                    f"{person.birth_date.strftime('%d/%m/%Y')} à {person.birth_place}, de nationalité {E['nat']}, "
                    f"dont la photographie est apposée ci-dessus, ")
            if declarative:
                body += ("a déclaré à nos services être la personne désignée ci-dessus. Le présent certificat est "
                         "délivré sur la base de ses seules déclarations, aucune pièce d'identité n'ayant pu être "
                         "présentée.")
            else:
                body += (f"est immatriculé{'e' if person.sex == 'F' else ''} au registre consulaire de l'Ambassade "
                         f"sous le n° {rng.randint(1000, 99999)} ; son identité a été établie sur présentation de son "
                         f"extrait d'acte de naissance et de sa carte nationale d'identité.")
            y = sh.paragraph(20, 86, 170, body, font=f, size_pt=11, leading=1.6, align="justify")
            y = sh.paragraph(20, y + 4, 170, "Le présent certificat est délivré à l'intéressé(e) pour servir et "
                             "valoir ce que de droit.", font=f, size_pt=11, leading=1.6)
            sh.text(110, y + 10, f"Bruxelles, le {issue.strftime('%d/%m/%Y')}", font=f, size_pt=10.5)
            sh.text(110, y + 17, "Le Consul", font=f, size_pt=10.5, bold=True)
        else:
            sh.text(20, 40, f"Our ref.: {ref}", font=f, size_pt=9.5)
            sh.text(20, 56, "CERTIFICATE OF IDENTITY", font=f, size_pt=15, bold=True)
            body = (f"This is to certify that {'Ms' if person.sex == 'F' else 'Mr'} {person.given_names} "
                    f"{person.surname.upper()}, born on {person.birth_date.strftime('%d.%m.%Y')} at "
                    f"{person.birth_place}, a citizen of Sri Lanka, whose photograph appears above, ")
            if declarative:
                body += ("has declared before the consular officer that the above particulars are correct. No "
                         "identity document was produced and this certificate rests on that declaration alone.")
            else:
                body += (f"has been identified from the certified copy of the entry of birth and the National Identity "
                         f"Card No. {_digits(rng, 12)} produced to this Mission.")
            y = sh.paragraph(20, 86, 170, body, font=f, size_pt=11, leading=1.6, align="justify")
            sh.text(110, y + 10, f"Brussels, {issue.strftime('%d %B %Y')}", font=f, size_pt=10.5)
            sh.text(110, y + 17, "Minister-Counsellor (Consular)", font=f, size_pt=10.5, bold=True)
        sh.signature(110, y + 22, 46, 15, rng, color=INK)
        sh.stamp(112, y + 18, [E["name"][:24].upper(), "BRUXELLES" if code != "LKA" else "BRUSSELS"], rng,
                 shape="oval", size_mm=32, color=STAMPV, angle=rng.uniform(-10, 10))
        return [sh]

    return make


for _c in ("MRT", "BFA", "LKA"):
    _register(f"idcert-{_c.lower()}-ambassade-brussel-foto-rechts-stempel-over-handtekening-26",
              "identity-certificate", PART, _EMB[_c]["lang"], _idcert(_c), country=_c, photo=True)


# --------------------------------------------------------------------------- marriage certificates

def marriage_mrt(person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(30, 300))
    wed = marriage_date or TODAY - datetime.timedelta(days=rng.randint(800, 5000))
    sp = spouse
    sh = Sheet()
    sh.text(105, 12, "RÉPUBLIQUE ISLAMIQUE DE MAURITANIE", font="sans6", size_pt=11, bold=True, anchor="center")
    sh.text(105, 18, "Agence Nationale du Registre des Populations et des Titres Sécurisés", font="sans6",
            size_pt=8.5, anchor="center", color=GREY)
    sh.rect(20, 26, 170, 11, width_mm=0, fill=(0, 110, 60))
    sh.text(105, 28.3, "EXTRAIT D'ACTE DE MARIAGE", font="sans6", size_pt=13, bold=True, anchor="center",
            color=(255, 255, 255))
    sh.text(20, 42, f"Acte n° {rng.randint(10, 999)}/{wed.year} – Centre d'état civil de Nouakchott", font="sans6",
            size_pt=9.5)
    y = 50
    for head, q in (("ÉPOUX", person if person.sex == "M" else sp), ("ÉPOUSE", sp if person.sex == "M" else person)):
        sh.rect(20, y, 170, 7, width_mm=0.25, fill=(236, 244, 238))
        sh.text(23, y + 1.6, head, font="sans6", size_pt=10, bold=True)
        y += 7
        for a, b in (("Nom et prénom(s)", f"{q.surname.upper()} {q.given_names}" if q else "—"),
                     ("Date et lieu de naissance", f"{q.birth_date.strftime('%d/%m/%Y')} à {q.birth_place}"
                      if q else "—")):
            sh.rect(20, y, 62, 8, width_mm=0.25)
            sh.rect(82, y, 108, 8, width_mm=0.25)
            sh.text(23, y + 2, a, font="sans6", size_pt=9)
            sh.text(85, y + 2, b, font="sans6", size_pt=_fit(b, "sans6", 10, 102, True), bold=True)
            y += 8
        y += 3
    sh.text(20, y + 4, f"Date du mariage : {wed.strftime('%d/%m/%Y')}        Dot : versée", font="sans6", size_pt=10)
    sh.text(20, y + 14, f"Délivré à Nouakchott, le {issue.strftime('%d/%m/%Y')}", font="sans6", size_pt=10)
    sh.signature(132, y + 20, 40, 13, rng, color=INK)
    sh.stamp(126, y + 15, ["ANRPTS", "ÉTAT CIVIL", "NOUAKCHOTT"], rng, shape="round", size_mm=30, color=STAMPB)
    return [sh]


def marriage_bfa(person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(30, 300))
    wed = marriage_date or TODAY - datetime.timedelta(days=rng.randint(800, 5000))
    sp = spouse
    hf = rng.choice(["hand1", "hand2"])
    ink = (25, 30, 60)
    sh = Sheet(paper="cream")
    sh.text(20, 12, "BURKINA FASO", font="serif4", size_pt=11, bold=True)
    sh.text(20, 17, f"Commune de {person.birth_place}", font="serif4", size_pt=9)
    sh.text(105, 32, "EXTRAIT D'ACTE DE MARIAGE", font="serif4", size_pt=15, bold=True, anchor="center")
    husband, wife = (person, sp) if person.sex == "M" else (sp, person)
    rows = [("Le", _fr_long(wed)), ("Entre", f"{husband.surname.upper()} {husband.given_names}" if husband else "—"),
            ("Né le", f"{husband.birth_date.strftime('%d/%m/%Y')} à {husband.birth_place}" if husband else "—"),
            ("Et", f"{wife.surname.upper()} {wife.given_names}" if wife else "—"),
            ("Née le", f"{wife.birth_date.strftime('%d/%m/%Y')} à {wife.birth_place}" if wife else "—"),
            ("Option", "monogamie"), ("Régime", "communauté de biens")]
    y = 48
    for a, b in rows:
        sh.text(22, y, a + " :", font="serif4", size_pt=10.5)
        sh.rule(50, y + 4.6, 188, y + 4.6, width_mm=0.15, dash=0.6, color=(90, 90, 90))
        sh.handwriting(52, y - 2.2, b, rng, size_pt=12, color=ink, font=hf)
        y += 11
    sh.text(22, y + 8, "Pour extrait conforme, délivré le", font="serif4", size_pt=10.5)
    sh.handwriting(88, y + 5.8, issue.strftime("%d/%m/%Y"), rng, size_pt=12, color=ink, font=hf)
    sh.text(120, y + 18, "L'Officier de l'état civil", font="serif4", size_pt=10)
    sh.signature(122, y + 24, 42, 14, rng, color=ink)
    sh.stamp(116, y + 19, ["MAIRIE", strip_accents(person.birth_place).upper(), "BURKINA FASO"], rng, shape="round",
             size_mm=30, color=STAMPB, angle=rng.uniform(-25, 25))
    return [sh]


def marriage_lka(person, rng, *, issue_date=None, spouse=None, marriage_date=None, **opts):
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(30, 300))
    wed = marriage_date or TODAY - datetime.timedelta(days=rng.randint(800, 5000))
    sp = spouse
    husband, wife = (person, sp) if person.sex == "M" else (sp, person)
    sh = Sheet(paper="cream")
    sh.text(105, 14, "DEMOCRATIC SOCIALIST REPUBLIC OF SRI LANKA", font="serif", size_pt=11, bold=True,
            anchor="center")
    sh.text(105, 20, "REGISTRAR GENERAL'S DEPARTMENT", font="serif", size_pt=9.5, anchor="center")
    sh.text(105, 28, "CERTIFIED COPY OF ENTRY OF MARRIAGE (GENERAL)", font="serif", size_pt=12.5, bold=True,
            anchor="center")
    sh.text(20, 38, f"Date of marriage: {wed.strftime('%d.%m.%Y')}", font="serif", size_pt=10)
    sh.text(190, 38, f"Serial No. {rng.randint(100, 999)}", font="serif", size_pt=10, anchor="right")
    hdr = ("", "Male party", "Female party")
    rows = [("Name", f"{husband.given_names} {husband.surname}" if husband else "—",
             f"{wife.given_names} {wife.surname}" if wife else "—"),
            ("Date of birth", husband.birth_date.strftime("%d.%m.%Y") if husband else "—",
             wife.birth_date.strftime("%d.%m.%Y") if wife else "—"),
            ("Civil status", "Never married", "Never married"),
            ("Residence", husband.birth_place if husband else "—", wife.birth_place if wife else "—"),
            ("Father's name", (husband.father if husband else "") or "—", (wife.father if wife else "") or "—")]
    y = 46
    for i, row in enumerate([hdr] + rows):
        for x, w, cell in zip((20, 62, 126), (42, 64, 64), row):
            sh.rect(x, y, w, 9, width_mm=0.3, fill=(232, 226, 214) if i == 0 else None)
            sh.text(x + 2, y + 2.4, cell, font="serif" if i == 0 or x == 20 else "typewriter2",
                    size_pt=_fit(cell, "serif", 9.5, w - 4), bold=(i == 0))
        y += 9
    sh.text(20, y + 8, f"Certified true copy issued on {issue.strftime('%d.%m.%Y')}.", font="serif", size_pt=10)
    sh.signature(128, y + 14, 40, 13, rng, color=INK)
    sh.text(128, y + 30, "Additional District Registrar", font="serif", size_pt=9.5)
    sh.stamp(130, y + 10, ["REGISTRAR OF MARRIAGES", "COLOMBO", "SRI LANKA"], rng, shape="oval", size_mm=34,
             color=STAMPV)
    return [sh]


_register("marriage-mrt-anrpts-extrait-blokken-epoux-epouse-26", "marriage-certificate", PART, "fr", marriage_mrt,
          country="MRT")
_register("marriage-bfa-voorgedrukt-extrait-met-de-hand-26", "marriage-certificate", PART, "fr", marriage_bfa,
          country="BFA")
_register("marriage-lka-certified-copy-twee-partijen-kolommen-26", "marriage-certificate", PART, "en",
          marriage_lka, country="LKA")


# --------------------------------------------------------------------------- sworn translations

_SRC_FR = {"tr": "turque", "ar": "arabe", "es": "espagnole", "si": "cinghalaise"}
_SRC_NL = {"tr": "Turkse", "ar": "Arabische", "es": "Spaanse", "si": "Singalese"}


def _rows(person, lang):
    if lang == "fr":
        return [("N° d'identité", "[11 chiffres]"), ("Prénom", person.given_names), ("Nom", person.surname.upper()),
                ("Sexe", "masculin" if person.sex == "M" else "féminin"),
                ("Prénom du père", (person.father or "—").split()[0]),
                ("Prénom de la mère", (person.mother or "—").split()[0]),
                ("Lieu de naissance", person.birth_place), ("Date de naissance", person.birth_date.strftime("%d/%m/%Y"))]
    return [("Identiteitsnr.", "[11 cijfers]"), ("Voornaam", person.given_names), ("Achternaam", person.surname.upper()),
            ("Geslacht", "man" if person.sex == "M" else "vrouw"),
            ("Voornaam vader", (person.father or "—").split()[0]),
            ("Voornaam moeder", (person.mother or "—").split()[0]),
            ("Geboorteplaats", person.birth_place), ("Geboortedatum", person.birth_date.strftime("%d-%m-%Y"))]


def translation_arlon(person, rng, *, issue_date=None, of_type="birth-certificate", source_lang="tr", **opts):
    """A sworn translation into French (Arlon): the translated act, then the certification in a framed block with
    the translator's stamp across the frame's edge and the signature."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(10, 60))
    t = {"birth-certificate": "EXTRAIT DU REGISTRE DES NAISSANCES", "marriage-certificate": "ACTE DE MARIAGE"}.get(
        of_type, "DOCUMENT")
    sh = Sheet()
    f = "serif2"
    sh.text(20, 14, "TRADUCTION", font=f, size_pt=10, bold=True)
    sh.text(190, 14, f"Rép. n° {rng.randint(100, 999)}/{issue.year}", font=f, size_pt=9, anchor="right", color=GREY)
    sh.text(20, 24, "(Traduction d'un document rédigé en langue " + _SRC_FR.get(source_lang, "turque") + ")",
            font=f, size_pt=9.5, italic=True)
    sh.text(105, 36, "République de Turquie – Direction de la population", font=f, size_pt=10.5, anchor="center")
    sh.text(105, 44, t, font=f, size_pt=12.5, bold=True, anchor="center")
    y = 56
    for a, b in _rows(person, "fr"):
        sh.text(35, y, a, font=f, size_pt=10.5)
        sh.text(90, y, b, font=f, size_pt=10.5)
        y += 7
    sh.text(35, y + 4, "[Cachet rond : Direction de la population] [signature illisible]", font=f, size_pt=9.5,
            italic=True)
    y += 20
    sh.rect(20, y, 170, 46, width_mm=0.5)
    yy = sh.paragraph(25, y + 4, 160, "Je soussigné(e), traducteur juré près le Tribunal de première instance du "
                      "Luxembourg (division Arlon), certifie que la présente traduction est fidèle et conforme à "
                      f"l'original rédigé en langue {_SRC_FR.get(source_lang, 'turque')}, qui m'a été présenté.",
                      font=f, size_pt=10, leading=1.45)
    sh.text(25, yy + 5, f"Arlon, le {issue.strftime('%d/%m/%Y')}", font=f, size_pt=10)
    sh.signature(120, yy + 1, 42, 13, rng, color=INK)
    sh.stamp(150, y - 8, ["TRADUCTEUR JURÉ", "TPI LUXEMBOURG", "ARLON"], rng, shape="round", size_mm=30,
             color=STAMPB, angle=rng.uniform(-15, 15))
    return [sh]


def translation_leeuwarden(person, rng, *, issue_date=None, of_type="birth-certificate", source_lang="tr", **opts):
    """A Dutch sworn translator's translation (Leeuwarden): the translation in the upper part, the translator's
    statement in a ruled box in the lower part, the Wbtv number and the stamp beside it."""
    issue = issue_date or TODAY - datetime.timedelta(days=rng.randint(10, 60))
    t = {"birth-certificate": "UITTREKSEL GEBOORTEREGISTER", "marriage-certificate": "HUWELIJKSAKTE"}.get(
        of_type, "DOCUMENT")
    sh = Sheet()
    f = "sans2"
    sh.text(20, 14, f"Vertaling uit het {_SRC_NL.get(source_lang, 'Turkse').rstrip('e')}", font=f, size_pt=9,
            color=GREY)
    sh.text(20, 26, "Republiek Turkije – Directoraat bevolkingszaken", font=f, size_pt=10.5)
    sh.text(20, 34, t, font=f, size_pt=13, bold=True)
    y = 46
    for a, b in _rows(person, "nl"):
        sh.text(24, y, a, font=f, size_pt=10.5, color=GREY)
        sh.text(80, y, b, font=f, size_pt=10.5)
        y += 7
    sh.text(24, y + 3, "[rond stempel] [handtekening]", font=f, size_pt=9.5, italic=True)
    sh.rule(20, 170, 190, 170, width_mm=0.2, dash=1.0, color=GREY)
    sh.rect(20, 178, 170, 62, width_mm=0.35)
    sh.text(24, 182, "VERKLARING VAN DE BEËDIGD VERTALER", font=f, size_pt=10, bold=True)
    yy = sh.paragraph(24, 190, 110, "Ondergetekende, beëdigd vertaler, ingeschreven in het Register beëdigde tolken "
                      f"en vertalers onder nummer {rng.randint(10000, 99999)}, verklaart dat deze vertaling een "
                      f"getrouwe en volledige weergave is van het haar/hem getoonde document in de "
                      f"{_SRC_NL.get(source_lang, 'Turkse')} taal.", font=f, size_pt=9.8, leading=1.4)
    sh.text(24, yy + 5, f"Leeuwarden, {issue.strftime('%d-%m-%Y')}", font=f, size_pt=10)
    sh.signature(24, yy + 10, 40, 12, rng, color=INK)
    sh.stamp(140, 192, ["BEËDIGD VERTALER", "TURKS – NEDERLANDS", "LEEUWARDEN"], rng, shape="rect", size_mm=40,
             color=STAMPB)
    return [sh]


_register("translation-be-aarlen-beedigd-vertaler-kader-verklaring-26", "translation", PART, "fr",
          translation_arlon, country="BEL")
_register("translation-nl-leeuwarden-verklaring-in-kader-onderaan-26", "translation", PART, "nl",
          translation_leeuwarden, country="NLD")
