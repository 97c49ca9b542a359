"""IND families of the `thirtythird` part (registered in ind.FAMILIES).

Written after dev, heldout and the parts fresh to thirty-second had been read, by a writer who saw neither the
validator nor its output, from the seeds and how such papers look in Dutch files.  Each family's layout, wording
and copy habits are described in its registration note and, where it has one, its docstring (the part is read
blind, so they are not summarised here).
"""

from __future__ import annotations

import datetime as dt
import random

from PIL import Image, ImageChops, ImageDraw, ImageFilter

from .ind import (BLACK_INK, BLUE_INK, EXEMPTION_TEXT, GENERIC_PURPOSES, IND_ADDRESSES, PROC_NL, ROUTES_7027, Case,
                  _care_dates, _emp, _guarantor_facts, _inb_date, _mrz_check, _mrz_name, _not_available,
                  _payer_phrase, _policy_no, _travel_name, _treat_start, add_months, add_years, country_nl, d_en,
                  d_nl, duration_phrase, earner, eur, iban_fmt, nat_nl, pay_calc, seed_of, title_nl)
from .paper import Sheet
from .people import make_professional, nationality_adj
from .thirtythird_identity import (CAL, CAL_B, CPS, CPS_B, DSER, DSER_B, DSER_I, GOTH, GOTH_B, NARR, NARR_B, NROM, NROM_B, NROM_I, PAL, PAL_B, PAL_I, PEN_BI, crumpled, desk_photo, glass_dust, water_stain)
from .twentyeighth_identity import fit, glyphs, qr, sheet_of, wrap

PART = "thirtythird"
GREY = (100, 100, 104)
TEAL = (0, 98, 104)
WINE = (120, 30, 50)
SLATE = (50, 62, 80)
RIJK = (21, 66, 115)


def T(sh: Sheet, x, y, s, *, font=GOTH, size=10.0, color=(0, 0, 0), align="left") -> float:
    if not s:
        return 0.0
    return sh.text(x, y, s, font=font, size_pt=size, color=color, anchor=align)


def P(sh: Sheet, x, y, w, s, *, font=NROM, size=10.5, leading=1.42, align="left", color=(0, 0, 0)) -> float:
    return sh.paragraph(x, y, w, s, font=font, size_pt=size, leading=leading, align=align, color=color)


def _r(id_, type_, lang, fn, notes):
    from .ind import _reg

    _reg(id_, type_, PART, lang, fn, notes)


def _who(c: Case, key: str) -> str:
    r = random.Random(seed_of(key, c.rng_seed))
    g, s, _ = make_professional(r, "NL")
    return f"{g} {s}"


def _addr_lines(c: Case, p=None) -> list[str]:
    p = p or c.p
    a = p.address or c.p.address
    return [f"{title_nl(p).capitalize()} {p.given_names} {p.surname}"] + (
        [f"{a.street} {a.number}", f"{a.postcode}  {a.city}"] if a else [])


def _same_size(c: Case, img: Image.Image) -> Sheet:
    return sheet_of(img, c.page_w, c.page_h)


# =========================================================================== application forms

class _Form:
    """The IND's forms as printed from the 2033 PDF: a black bar with the section's number and title in white,
    then the questions as rows of a two-column grid (the question with its number in the LEFT column, a white
    answer box in the RIGHT column), the V-number in a framed box in the page header beside the form code, the
    answers typed in Courier Prime Sans (filled in on screen) or written by hand in a bold italic pen; options as
    square boxes; at the end a grey box 'Handtekening' with the signature BESIDE the label."""

    def __init__(self, c: Case, rng: random.Random, title: str, code: str):
        self.c, self.rng, self.title, self.code = c, rng, title, code
        self.hand = c.fill == "hand"
        self.ink = rng.choice([BLUE_INK, BLACK_INK])
        self.pages: list[Sheet] = []
        self.n = 0
        self.q = 0
        self.y = 0.0
        self.new()

    def new(self):
        c = self.c
        sh = c.new_sheet()
        W = c.page_w
        T(sh, 16, 12, "Immigratie- en", font=GOTH_B, size=9, color=RIJK)
        T(sh, 16, 16, "Naturalisatiedienst", font=GOTH_B, size=9, color=RIJK)
        sh.rect(12, 11, 2.2, 10, width_mm=0, fill=RIJK)
        T(sh, W - 70, 11, "V-nummer", font=GOTH, size=7.5, color=GREY)
        sh.rect(W - 70, 14.5, 54, 8, width_mm=0.4)
        if self.hand:
            sh.handwriting(W - 68, 14, self.c.vnr, self.rng, size_pt=12, color=self.ink, font=PEN_BI)
        else:
            T(sh, W - 68, 16, self.c.vnr, font=CPS, size=11)
        if not self.pages:
            self.y = P(sh, 16, 30, W - 32, self.title, font=GOTH_B, size=14, leading=1.2) + 2
            T(sh, 16, self.y, self.code, font=GOTH, size=8.5, color=GREY)
            self.y += 8
        else:
            self.y = 30
        self.pages.append(c.intr(sh))

    def need(self, h: float):
        if self.y + h > self.c.page_h - 26:
            self.new()

    def head(self, title: str):
        self.need(26)
        self.n += 1
        self.q = 0
        sh, W = self.pages[-1], self.c.page_w
        sh.rect(16, self.y, W - 32, 7, width_mm=0, fill=(24, 24, 28))
        T(sh, 18, self.y + 1.3, f"{self.n}  {title}", font=GOTH_B, size=10, color=(255, 255, 255))
        self.y += 9.5

    def _val(self, sh, x, y, w, v):
        if self.hand:
            vv = glyphs(str(v), PEN_BI)
            sh.handwriting(x + 1, y - 1.8, vv, self.rng, size_pt=fit(vv, PEN_BI, 11.5, (w - 2) / 1.1),
                           color=self.ink, font=PEN_BI)
        else:
            T(sh, x + 1.2, y, str(v), font=CPS, size=fit(str(v), CPS, 9.6, w - 2.5))

    def ask(self, q: str, value: str | None):
        W = self.c.page_w
        self.q += 1
        x1, w1 = 16, 66
        x2, w2 = 82, W - 16 - 82
        font = PEN_BI if self.hand else CPS
        rows = wrap(str(value or ""), (w2 - 3) * (0.86 if self.hand else 1.0), font, 11.5 if self.hand else 9.6) or [""]
        qrows = wrap(f"{self.n}.{self.q}  {q}", w1 - 3, GOTH, 8.6)
        h = max(7.0, 6.4 * len(rows) + 1.0, 4.0 * len(qrows) + 2.5)
        self.need(h)
        sh = self.pages[-1]
        sh.rect(x1, self.y, w1, h, width_mm=0.2, color=(150, 150, 150), fill=(242, 242, 242))
        sh.rect(x2, self.y, w2, h, width_mm=0.2, color=(150, 150, 150))
        for j, r_ in enumerate(qrows):
            T(sh, x1 + 1.5, self.y + 1.3 + j * 4.0, r_, font=GOTH, size=8.6)
        for j, r_ in enumerate(rows):
            if r_:
                self._val(sh, x2, self.y + 1.6 + j * 6.4, w2, r_)
        self.y += h

    def choose(self, q: str, options: list[str], chosen: int | None):
        W = self.c.page_w
        self.q += 1
        x1, w1 = 16, 66
        x2, w2 = 82, W - 16 - 82
        qrows = wrap(f"{self.n}.{self.q}  {q}", w1 - 3, GOTH, 8.6)
        h = max(6.2 * len(options) + 1.5, 4.0 * len(qrows) + 2.5)
        self.need(h)
        sh = self.pages[-1]
        sh.rect(x1, self.y, w1, h, width_mm=0.2, color=(150, 150, 150), fill=(242, 242, 242))
        sh.rect(x2, self.y, w2, h, width_mm=0.2, color=(150, 150, 150))
        for j, r_ in enumerate(qrows):
            T(sh, x1 + 1.5, self.y + 1.3 + j * 4.0, r_, font=GOTH, size=8.6)
        for i, o in enumerate(options):
            yy = self.y + 1.4 + i * 6.2
            if self.hand:
                sh.checkbox(x2 + 2, yy, 3.6, chosen == i, rng=self.rng, ink=self.ink)
            else:
                sh.checkbox(x2 + 2, yy, 3.6, chosen == i)
            T(sh, x2 + 8, yy - 0.1, o, font=GOTH, size=8.8)
        self.y += h

    def sign(self):
        c = self.c
        self.need(50)
        self.head("Ondertekening")
        W = c.page_w
        sh = self.pages[-1]
        self.y = P(sh, 16, self.y, W - 32, "Ik verklaar dat ik dit formulier volledig en naar waarheid heb ingevuld. "
                                            "Ik weet dat de IND mijn gegevens controleert.", font=GOTH, size=9) + 3
        d0 = c.sub - dt.timedelta(days=self.rng.randint(1, 9))
        self.ask("Plaats en datum", f"{c.p.address.city if c.p.address else 'Utrecht'}, {c.dfmt(d0)}")
        sh = self.pages[-1]
        y = self.y + 3
        sh.rect(16, y, W - 32, 24, width_mm=0, fill=(236, 236, 236))
        T(sh, 19, y + 9, "Handtekening", font=GOTH_B, size=9.5)
        sh.signature(48 + self.rng.uniform(0, 20), y + 3, self.rng.uniform(48, 62), 17, self.rng, color=self.ink)
        self.y = y + 28

    def finish(self) -> list[Sheet]:
        n = len(self.pages)
        W, H = self.c.page_w, self.c.page_h
        for i, sh in enumerate(self.pages, 1):
            sh.rule(16, H - 16, W - 16, H - 16, width_mm=0.15, color=(170, 170, 170))
            T(sh, 16, H - 14, f"{self.code} · V-nr. {self.c.vnr}", font=GOTH, size=7.5, color=GREY)
            T(sh, W - 16, H - 14, f"pagina {i} van {n}", font=GOTH, size=7.5, color=GREY, align="right")
        return self.pages


def _person(f: _Form):
    c, p = f.c, f.c.p
    f.head("Uw gegevens")
    f.ask("Achternaam (zoals in uw paspoort)", p.surname.upper())
    f.ask("Voornamen", p.given_names)
    f.ask("Geboortedatum", c.dfmt(p.birth_date))
    f.ask("Geboorteplaats", p.birth_place)
    f.ask("Geboorteland", country_nl(p))
    f.ask("Nationaliteit", nat_nl(p))
    f.choose("Geslacht", ["man", "vrouw"], 0 if p.sex == "M" else 1)
    if p.address:
        f.ask("Adres in Nederland", f"{p.address.street} {p.address.number}, {p.address.postcode} {p.address.city}")
    f.head("Advocaat of gemachtigde")
    if c.lawyer:
        f.choose("Wordt u bijgestaan?", ["ja", "nee"], 0)
        f.ask("Naam advocaat en kantoor", f"{c.lawyer_name}, {c.lawyer['firm']}")
        f.ask("Adres kantoor", f"{c.lawyer['street']}, {c.lawyer['pc']} {c.lawyer['city']}")
    else:
        f.choose("Wordt u bijgestaan?", ["ja", "nee"], 1)


def form_med(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _Form(c, rng, "Aanvraag verblijfsvergunning regulier voor bepaalde tijd – verblijfsdoel medische behandeling",
              "Formulier MED-2033-01")
    _person(f)
    f.head("Medische behandeling")
    f.ask("Naam en plaats van de zorginstelling", f"{c.hospital.get('name', '')}, {c.hospital.get('city', '')}")
    f.ask("Om welke behandeling gaat het?", c.med.get("tx_short", ""))
    f.choose("Heeft u ten minste 1 jaar uitstel van vertrek gehad (art. 64 Vw)?", ["nee", "ja"],
             1 if c.art64_end else 0)
    if c.art64_end:
        f.ask("Op welke datum eindigt dat jaar?", c.dfmt(c.art64_end))
    f.head("Kosten")
    if c.art64_end:
        f.choose("Wie betaalt de behandeling en het verblijf?",
                 ["niet van toepassing: aanvraag na art. 64 Vw", "ik zelf", "iemand anders (garantsteller)"], 0)
    else:
        f.choose("Wie betaalt de behandeling en het verblijf?", ["ik zelf", "iemand anders (garantsteller)"],
                 1 if c.payer else 0)
        if c.payer:
            f.ask("Naam garantsteller", f"{c.payer.given_names} {c.payer.surname} ({c.payer_relation})")
    f.head("Paspoort en visum")
    f.choose("Heeft u een geldig paspoort?", ["ja (kopie bijgevoegd)", "nee – ik vraag vrijstelling"],
             1 if c.no_passport else 0)
    f.choose("Bent u Surinamer en kwam u met een visum voor medische behandeling?", ["nee", "ja"],
             1 if c.suriname_visa else 0)
    f.sign()
    return f.finish()


def form_7027(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _Form(c, rng, "Aanvraag verblijfsvergunning voor onbepaalde tijd – humanitair niet-tijdelijk (voortgezet "
                      "verblijf)", "Formulier 7027 · editie 2033")
    _person(f)
    f.head("Uw huidige verblijfsvergunning")
    f.ask("Verblijfsdoel van uw vergunning", dict(ROUTES_7027).get(c.route, ""))
    f.ask("Ingangsdatum van die vergunning", c.dfmt(c.since) if c.since else "")
    f.head("Voorwaarden")
    if c.route == "relationship":
        f.choose("Heeft u voldaan aan de inburgeringsplicht?",
                 ["ja, diploma behaald", "ontheffing of vrijstelling", "nee"],
                 0 if c.inburgering in ("diploma", "results") else (1 if c.inburgering == "exemption" else 2))
    elif c.route and c.route.startswith("medical"):
        f.choose("Is de medische behandeling nog minstens 1 jaar nodig?", ["ja (verklaring arts bijgevoegd)", "nee"],
                 0)
    else:
        f.choose("Zijn er wijzigingen in uw situatie sinds de verlening?", ["nee", "ja"], 0)
    f.sign()
    return f.finish()


def form_generic(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _Form(c, rng, "Aanvraag verlenging verblijfsvergunning regulier bepaalde tijd", "Formulier VERL-2033")
    _person(f)
    f.head("Uw verblijfsvergunning")
    r = random.Random(c.rng_seed + 33)
    f.ask("Huidig verblijfsdoel", GENERIC_PURPOSES[r.randrange(len(GENERIC_PURPOSES))])
    f.ask("Einddatum huidige vergunning", c.dfmt(c.sub + dt.timedelta(days=r.randint(20, 90))))
    f.choose("Voldoet u nog aan alle voorwaarden?", ["ja", "nee"], 0)
    f.sign()
    return f.finish()


for _id, _fn, _n in (("ind-form-med-zwarte-sectiebalk-vraagkolom-antwoordkolom-vnr-kader-kop-33", form_med,
                      "medical-treatment form: black section bars, question column and answer column, V-number box "
                      "in the header"),
                     ("ind-form-7027-zwarte-sectiebalk-vraagkolom-antwoordkolom-vnr-kader-kop-33", form_7027,
                      "form 7027 in the same layout"),
                     ("ind-form-generic-zwarte-sectiebalk-vraagkolom-antwoordkolom-vnr-kader-kop-33", form_generic,
                      "extension form in the same layout")):
    _r(_id, "application", "nl", _fn, _n)


# =========================================================================== income

_MND = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
        "november", "december"]


def payslip_tearoff(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A payslip printed on continuous-form stationery by a payroll bureau: the slip fills the upper part of the
    sheet, a perforated tear-off line under it, the lines as 'code | omschrijving | uren/tarief | bedrag' in
    Courier Prime Sans under a grey ruled header, the net pay in a boxed line; the sheet was folded to fit the
    window envelope (two fold shadows) and crumpled a little."""
    g = earner(c)
    e = _emp(c, rng)
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    sh = c.new_sheet()
    W = c.page_w
    m = CPS
    month = (c.sub.month - 2) % 12 + 1
    T(sh, 18, 14, e["name"], font=GOTH_B, size=11.5)
    T(sh, 18, 19.5, f"{e.get('street', '')}, {e.get('pc', '')} {e.get('city', '')}", font=GOTH, size=8.5, color=GREY)
    T(sh, W - 18, 14, "SALARISSPECIFICATIE", font=GOTH_B, size=11.5, align="right")
    T(sh, W - 18, 19.5, f"periode {month:02d}-{c.sub.year} ({_MND[month - 1]})", font=GOTH, size=8.5, color=GREY,
      align="right")
    info = [("Naam", f"{g.surname}, {g.given_names}"), ("Geb.datum", c.dfmt(g.birth_date)),
            ("Pers.nr.", e["pnr"]), ("Functie", e["func_now"]), ("In dienst", c.dfmt(e["start"])),
            ("Loonh.nr.", e["lhn"])]
    for i, (a, b) in enumerate(info):
        x = 18 + (i % 2) * ((W - 36) / 2)
        y = 28 + (i // 2) * 5.2
        T(sh, x, y, a, font=m, size=8.6, color=GREY)
        T(sh, x + 24, y, b, font=m, size=fit(b, m, 9, (W - 36) / 2 - 26))
    y = 48
    sh.rect(18, y, W - 36, 6, width_mm=0, fill=(222, 222, 222))
    for t, x, al in (("code", 20, "left"), ("omschrijving", 36, "left"), ("uren/tarief", W - 70, "right"),
                     ("bedrag", W - 20, "right")):
        T(sh, x, y + 1.2, t, font=m, size=8.6, align=al)
    y += 8
    hrs = rng.choice([152, 160, 165.3, 173.3])
    lines = [("1000", "Salaris", f"{hrs}", k["bruto"]), ("4010", f"Pensioenpremie {e.get('pension', '')}",
                                                          f"{k['pct'] * 100:.2f}%", -k["pens"]),
             ("4200", "Loonheffing (wit, maand)", "", -k["lh"])]
    if k["reis"]:
        lines.append(("3100", "Reiskosten onbelast", "", k["reis"]))
    for code, desc, rate, amt in lines:
        T(sh, 20, y, code, font=m, size=9)
        T(sh, 36, y, desc, font=m, size=9)
        T(sh, W - 70, y, rate, font=m, size=9, align="right")
        T(sh, W - 20, y, eur(abs(amt), False) + ("-" if amt < 0 else " "), font=m, size=9, align="right")
        y += 5.4
    y += 2
    sh.rect(W - 92, y, 74, 8, width_mm=0.4)
    T(sh, W - 90, y + 1.6, "NETTO", font=CPS_B, size=9.5)
    T(sh, W - 20, y + 1.6, eur(k["net"]), font=CPS_B, size=10, align="right")
    T(sh, 18, y + 1.6, f"naar {iban_fmt(e['iban'])}", font=m, size=8.6)
    y += 16
    T(sh, 18, y, f"Cumulatief t/m periode {month:02d}: bruto {eur(k['bruto'] * month, False)}  –  loonheffing "
                 f"{eur(k['lh'] * month, False)}", font=m, size=8.2, color=GREY)
    y += 10
    sh.rule(8, y, W - 8, y, width_mm=0.2, color=(120, 120, 120), dash=0.8)
    T(sh, 18, y + 2, "✂ - - hier afscheuren - -", font="sans3", size=7.5, color=GREY)
    img = sh.render(200)
    Wp, Hp = img.size
    for fy in (Hp // 3, 2 * Hp // 3):
        band = Image.new("L", (Wp, Hp), 0)
        ImageDraw.Draw(band).rectangle([0, fy - 2, Wp, fy + 2], fill=130)
        band = band.filter(ImageFilter.GaussianBlur(Wp / 170))
        img = ImageChops.multiply(img, Image.merge("RGB", [band.point(lambda v: 255 - v // 3)] * 3))
    return [_same_size(c, crumpled(img, rng, n=4, strength=0.1))]


def guarantor_handletter(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The guarantor's own letter to the IND written by hand on lined paper: who he or she is, the relation to
    the applicant, the employer and the net monthly income, the promise to pay all costs of stay and treatment;
    signed at the end with no label, and a copy of the guarantor's bank card number scribbled out."""
    F = _guarantor_facts(c)
    g, e = F["g"], F["e"]
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    for y in range(30, int(H) - 14, 8):
        sh.rule(14, y, W - 14, y, width_mm=0.12, color=(160, 180, 210))
    sh.rule(26, 0, 26, H, width_mm=0.2, color=(220, 130, 130))
    hf = PEN_BI
    ink = rng.choice([BLUE_INK, BLACK_INK])
    a = g.address or c.p.address
    dd = c.sub - dt.timedelta(days=rng.randint(6, 30))
    head = [f"{g.given_names} {g.surname}", f"{a.street} {a.number}" if a else "", f"{a.postcode} {a.city}" if a else ""]
    y = 22
    for ln in head:
        if ln:
            sh.handwriting(30, y, glyphs(ln, hf), rng, size_pt=12, color=ink, font=hf)
        y += 8
    sh.handwriting(W - 70, 22, f"{a.city if a else ''}, {dd.strftime('%d-%m-%Y')}", rng, size_pt=12, color=ink,
                   font=hf)
    sh.handwriting(30, y + 8, "Aan de IND", rng, size_pt=12, color=ink, font=hf)
    body = (f"Geachte heer/mevrouw, ik ben {c.payer_relation or 'familie'} van {c.p.given_names} {c.p.surname}, "
            f"geboren {c.dfmt(c.p.birth_date)}. Ik verklaar dat ik garant sta voor alle kosten van het verblijf en de "
            f"medische behandeling in Nederland. Ik werk sinds {d_nl(e['start'])} bij {e['name']} als "
            f"{e['func_now'].lower()}. Mijn netto inkomen is ongeveer {eur(F['net'])} per maand. Mijn loonstrook stuur "
            f"ik mee. Met vriendelijke groet,")
    y += 24
    for r_ in wrap(glyphs(body, hf), (W - 44) / 1.1, hf, 12):
        if y > H - 50:
            break
        sh.handwriting(30, y - 2, r_, rng, size_pt=12, color=ink, font=hf)
        y += 8
    sh.signature(32, y + 2, rng.uniform(44, 56), 16, rng, color=ink)
    return [sh]


def bank_app_print(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The transactions of the last two months printed from a bank's website: the bank's name in a coloured bar,
    the account holder, IBAN and period, the transactions as dated rows with the counter party and amount (the
    monthly salary credits among supermarket and rent debits), the browser's print line at the top and the page
    URL at the foot."""
    g = earner(c)
    e = _emp(c, rng)
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    bank = c.bank
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    f, fb = NARR, NARR_B
    now = c.sub - dt.timedelta(days=rng.randint(2, 10))
    T(sh, 10, 5, f"{now.strftime('%d-%m-%Y')} {rng.randint(8, 21):02d}:{rng.randint(0, 59):02d}", font=f, size=7.5,
      color=GREY)
    T(sh, W / 2, 5, f"{bank['name']} – Internet Bankieren", font=f, size=7.5, color=GREY, align="center")
    sh.rect(14, 12, W - 28, 12, width_mm=0, fill=TEAL)
    T(sh, 18, 14.5, bank["name"], font=fb, size=13, color=(255, 255, 255))
    iban = e["iban"]
    T(sh, 14, 30, "Rekeningoverzicht", font=fb, size=13)
    rows = [("Rekeninghouder", f"{g.given_names} {g.surname}"), ("IBAN", iban_fmt(iban)),
            ("Periode", f"{d_nl(now - dt.timedelta(days=60))} t/m {d_nl(now)}")]
    y = 38
    for a, b in rows:
        T(sh, 14, y, a, font=f, size=9, color=GREY)
        T(sh, 50, y, b, font=fb, size=9.5)
        y += 5
    y += 4
    sh.rect(14, y, W - 28, 6, width_mm=0, fill=(232, 236, 236))
    for t, x, al in (("Datum", 16, "left"), ("Omschrijving", 40, "left"), ("Bij/Af", W - 40, "right"),
                     ("Bedrag (€)", W - 16, "right")):
        T(sh, x, y + 1.2, t, font=fb, size=8.8, align=al)
    y += 8
    tx = []
    for mback in (2, 1, 0):
        pay = add_months(now, -mback).replace(day=min(24, 28)) if mback else now - dt.timedelta(days=rng.randint(0, 4))
        if pay > now:
            continue
        tx.append((pay, f"{e['name']} – salaris {_MND[(pay.month - 2) % 12]}", "Bij", k["net"]))
        tx.append((pay + dt.timedelta(days=2), rng.choice(["Woonstichting Vesteda", "Huur – Stadgenoot",
                                                             "Woonbron huur"]), "Af", round(rng.uniform(620, 910), 2)))
        tx.append((pay + dt.timedelta(days=5), rng.choice(["Albert Heijn 1402", "Jumbo Supermarkt", "Lidl"]), "Af",
                   round(rng.uniform(35, 120), 2)))
    tx = sorted([t for t in tx if t[0] <= now], key=lambda t: t[0], reverse=True)
    for d_, desc, bij, amt in tx:
        T(sh, 16, y, d_.strftime("%d-%m-%Y"), font=f, size=9)
        T(sh, 40, y, desc, font=f, size=fit(desc, f, 9, W - 110))
        T(sh, W - 40, y, bij, font=f, size=9, align="right")
        T(sh, W - 16, y, f"{'+' if bij == 'Bij' else '-'} {eur(amt, False)}", font=fb if bij == "Bij" else f, size=9,
          align="right")
        sh.rule(14, y + 5, W - 14, y + 5, width_mm=0.1, color=(210, 210, 210))
        y += 6.4
    T(sh, 10, H - 8, f"https://internetbankieren.{bank['code'].lower()}.nl/rekeningen/{iban[-6:]}/transacties",
      font=f, size=7.5, color=GREY)
    T(sh, W - 10, H - 8, "1/1", font=f, size=7.5, color=GREY, align="right")
    return [sh]


_r("payslip-salarisbureau-kettingpapier-afscheurlijn-codes-vouwlijnen-33", "income-proof", "nl", payslip_tearoff,
   "a payroll bureau's payslip on continuous stationery with a tear-off line, coded lines, fold shadows")
_r("guarantor-eigen-brief-met-de-hand-gelinieerd-papier-33", "income-proof", "nl", guarantor_handletter,
   "the guarantor's own handwritten letter on lined paper, signed at the end without a label")
_r("bank-internetbankieren-print-transacties-salaris-bijschrijvingen-33", "income-proof", "nl", bank_app_print,
   "transactions printed from internet banking with the salary credits, browser print lines")


# =========================================================================== medical statements

def medstat_numbered_qa(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A treating specialist's statement 'ten behoeve van de IND' set out as numbered questions in bold with the
    answers under them (diagnosis, treatment, why necessary, expected duration, availability in the country of
    origin), on the hospital's letterhead with its name in Palatino small capitals; the signature BELOW the
    printed label 'Handtekening behandelend arts' with the name and BIG number under it."""
    h = c.hospital
    start = _treat_start(c)
    sh = c.new_sheet()
    W = c.page_w
    f, fb = PAL, PAL_B
    col = h.get("color", TEAL)
    T(sh, 18, 14, h["name"].upper(), font=fb, size=12, color=col)
    T(sh, 18, 20, f"Afdeling {c.med['spec']} · {h['street']} · {h['pc']} {h['city']}", font=f, size=8.5, color=GREY)
    sh.rule(18, 24, W - 18, 24, width_mm=0.3, color=col)
    dd = c.sub - dt.timedelta(days=rng.randint(6, 40))
    T(sh, 18, 32, "MEDISCHE VERKLARING TEN BEHOEVE VAN DE IND", font=fb, size=12)
    T(sh, 18, 39, f"Patiënt: {c.p.surname}, {c.p.given_names} · geboren {c.dfmt(c.p.birth_date)} · "
                  f"{nat_nl(c.p)}", font=f, size=10)
    qa = [("1. Wat is de diagnose?", f"{c.med['dx'][:1].upper()}{c.med['dx'][1:]}; onder behandeling sinds "
                                     f"{d_nl(start)}."),
          ("2. Welke behandeling krijgt patiënt?", f"{c.med['tx'][:1].upper()}{c.med['tx'][1:]}."),
          ("3. Waarom is de behandeling noodzakelijk?", c.med["stop"]),
          ("4. Hoe lang is de behandeling nog nodig?", duration_phrase(c.duration, start)),
          ("5. Is de behandeling in het land van herkomst beschikbaar?", _not_available(c))]
    y = 50
    for q, a in qa:
        y = P(sh, 18, y, W - 36, q, font=fb, size=10.4) + 0.6
        y = P(sh, 22, y, W - 40, a, font=f, size=10.4) + 4
    y += 4
    T(sh, 18, y, f"{h['city']}, {d_nl(dd)}", font=f, size=10.4)
    y += 12
    sh.rule(18, y, 98, y, width_mm=0.25)
    T(sh, 18, y + 1.5, "Handtekening behandelend arts", font=f, size=8.5, color=GREY)
    sh.signature(22, y + 6, rng.uniform(42, 52), 15, rng, color=BLUE_INK)
    nm = _who(c, "spec33")
    T(sh, 18, y + 24, f"dr. {nm}, {c.med.get('doc_title', 'medisch specialist')}", font=fb, size=10)
    T(sh, 18, y + 29, f"BIG-nummer {random.Random(seed_of('big', c.rng_seed)).randint(10**10, 10**11 - 1)}",
      font=f, size=9.5, color=GREY)
    return [sh]


def medstat_desk_letter(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An outpatient clinic's letter to the patient's lawyer, sent to the client, who photographed it on the
    kitchen table and e-mailed the photo; the office printed it on A4: the wooden desk round the page, a pen
    lying beside it, the photographer's shadow over one corner."""
    h = c.hospital
    start = _treat_start(c)
    sub = Sheet(210, 297)
    f, fb = CAL, CAL_B
    T(sub, 20, 16, h["name"], font=fb, size=13, color=h.get("color", SLATE))
    T(sub, 20, 22.5, f"Polikliniek {c.med['spec']}", font=f, size=9.5, color=GREY)
    if c.lawyer:
        to = [c.lawyer["firm"], f"t.a.v. {c.lawyer_name}", c.lawyer["street"], f"{c.lawyer['pc']} {c.lawyer['city']}"]
        sal = f"Geachte {c.lawyer_name},"
        first = f"Op verzoek van uw cliënt{'e' if c.p.sex == 'F' else ''} bericht ik u het volgende."
    else:
        to = _addr_lines(c)
        sal = f"Geachte {title_nl(c.p)} {c.p.surname},"
        first = "Op uw verzoek, ten behoeve van uw aanvraag bij de IND, bericht ik u het volgende."
    for i, ln in enumerate(to):
        T(sub, 20, 40 + i * 5, ln, font=f, size=10.5)
    dd = c.sub - dt.timedelta(days=rng.randint(8, 40))
    T(sub, 20, 70, f"{h['city']}, {d_nl(dd)}", font=f, size=10.5)
    T(sub, 20, 78, f"Betreft: {c.p.given_names} {c.p.surname}, geb. {c.dfmt(c.p.birth_date)}", font=fb, size=10.5)
    y = 90
    for para in (sal, f"{first} Patiënt is sinds {d_nl(start)} bij ons onder behandeling wegens {c.med['dx']}.",
                 f"De behandeling bestaat uit {c.med['tx']}. {c.med['stop']}",
                 duration_phrase(c.duration, start), _not_available(c), "Met vriendelijke groet,"):
        y = P(sub, 20, y, 170, para, font=f, size=11) + 3.5
    sub.signature(22, y + 2, 48, 16, rng, color=BLUE_INK)
    T(sub, 20, y + 21, f"{_who(c, 'poli33')}, {c.med.get('doc_title', 'medisch specialist')}", font=f, size=10.5)
    img = desk_photo(sub, rng, dpi=210, margin=0.07)
    sh = c.new_sheet()
    W = c.page_w
    w = W - 16
    h = w * img.height / img.width
    if h > c.page_h - 14:
        h = c.page_h - 14
        w = h * img.width / img.height
    sh.image((W - w) / 2, 7, w, h, img)
    return [sh]


_r("medstat-genummerde-vragen-antwoorden-handtekening-onder-label-big-33", "medical-statement", "nl",
   medstat_numbered_qa, "a specialist's statement as numbered questions and answers, signature below the printed label")
_r("medstat-polibrief-aan-advocaat-telefoonfoto-houten-tafel-33", "medical-statement", "nl", medstat_desk_letter,
   "an outpatient clinic's letter to the lawyer photographed on a wooden table with a pen beside it, printed")


# =========================================================================== care-institution statements

def care_plan_table(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The care institution's statement with the treatment plan as a table (phase, period, frequency, place), the
    confirmation that the institution can and will treat in a sentence above the table, the payment sentence
    under it; signed by the head of the department with the signature at the right and the department's
    rectangular stamp BESIDE it at the left."""
    h = c.hospital
    s, e = _care_dates(c)
    sh = c.new_sheet()
    W = c.page_w
    f, fb = GOTH, GOTH_B
    col = h.get("color", TEAL)
    sh.rect(18, 12, 6, 16, width_mm=0, fill=col)
    T(sh, 28, 12, h["name"], font=fb, size=12.5)
    T(sh, 28, 18.5, f"{h['street']} · {h['pc']} {h['city']} · {h.get('web', '')}", font=f, size=8.3, color=GREY)
    T(sh, 28, 23, f"Afdeling {c.med['spec']}", font=f, size=8.3, color=GREY)
    dd = c.sub - dt.timedelta(days=rng.randint(5, 30))
    T(sh, 18, 40, "VERKLARING ZORGINSTELLING", font=fb, size=13)
    T(sh, W - 18, 40, d_nl(dd), font=f, size=10, align="right")
    y = P(sh, 18, 50, W - 36, f"{h['name']} verklaart dat {title_nl(c.p)} {c.p.given_names} {c.p.surname}, geboren "
                              f"{c.dfmt(c.p.birth_date)}, in onze instelling wordt behandeld voor {c.med['dx']}. De "
                              f"instelling is in staat deze behandeling te geven en zal dat ook doen volgens het "
                              f"onderstaande behandelplan.", font=f, size=10) + 2
    y = P(sh, 18, y, W - 36, f"Behandeling: {c.med.get('tx_short', '')}.", font=fb, size=10) + 3
    sh.rect(18, y, W - 36, 7, width_mm=0, fill=(230, 230, 230))
    cols = [("Fase", 20), ("Periode", 62), ("Frequentie", 118), ("Locatie", 150)]
    for t, x in cols:
        T(sh, x, y + 1.4, t, font=fb, size=9)
    y += 7
    mid = add_months(s, 6)
    plan = [("Start behandeling", f"{d_nl(s)}", "intake en start", h["city"]),
            ("Voortzetting", f"{d_nl(mid)} – {d_nl(e)}", "volgens protocol", h["city"]),
            ("Evaluatie", d_nl(add_months(s, 3)), "poliklinisch", h["city"])]
    for row in plan:
        for (t, x), v in zip(cols, row):
            T(sh, x, y + 1.4, v, font=f, size=fit(v, f, 9, 40 if x < 118 else 30))
        sh.rule(18, y + 7, W - 18, y + 7, width_mm=0.1, color=(190, 190, 190))
        y += 7
    y += 6
    y = P(sh, 18, y, W - 36, _payer_phrase(c), font=f, size=10) + 10
    sh.stamp(20, y, [h["name"].upper()[:26], f"AFD. {c.med['spec'].upper()[:18]}", h["city"].upper()], rng,
             shape="rect", size_mm=34, color=(40, 60, 150), angle=rng.uniform(-4, 4))
    sh.signature(W - 84, y + 2, rng.uniform(44, 54), 15, rng, color=BLACK_INK)
    T(sh, W - 84, y + 20, _who(c, "head33"), font=fb, size=9.5)
    T(sh, W - 84, y + 25, "afdelingshoofd", font=f, size=9, color=GREY)
    return [sh]


def care_model_form(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A printed model 'Bevestiging zorginstelling' whose blanks the institution's secretariat filled in by hand
    (bold italic pen): patient, treatment, start, expected end, the ticked confirmation that the institution can
    and will treat, the payment line; the institution's round stamp over the lower part of the form and a
    signature beside 'Namens de zorginstelling'; a water stain in the margin."""
    h = c.hospital
    s, e = _care_dates(c)
    sh = c.new_sheet()
    W = c.page_w
    f, fb = DSER, DSER_B
    hf = PEN_BI
    ink = rng.choice([BLUE_INK, BLACK_INK])
    T(sh, W / 2, 16, "BEVESTIGING ZORGINSTELLING", font=fb, size=14, align="center")
    T(sh, W / 2, 23, "bij een aanvraag voor verblijf voor medische behandeling", font=DSER_I, size=9, color=GREY,
      align="center")
    rows = [("Naam zorginstelling", h["name"]), ("Adres", f"{h['street']}, {h['pc']} {h['city']}"),
            ("Naam patiënt", f"{c.p.given_names} {c.p.surname}"), ("Geboortedatum", c.dfmt(c.p.birth_date)),
            ("Behandeling", c.med.get("tx_short", "")), ("Startdatum", c.dfmt(s)), ("Verwachte einddatum", c.dfmt(e))]
    y = 36
    for a, b in rows:
        T(sh, 20, y, a + ":", font=f, size=10)
        sh.rule(70, y + 5, W - 20, y + 5, width_mm=0.15, color=(120, 120, 120), dash=0.35)
        vv = glyphs(b, hf)
        sh.handwriting(72, y - 2, vv, rng, size_pt=fit(vv, hf, 12, (W - 96) / 1.1), color=ink, font=hf)
        y += 10
    y += 4
    for t in ("De zorginstelling kan de noodzakelijke behandeling bieden.",
              "De zorginstelling zal de behandeling uitvoeren.", "De betaling van de behandeling is geregeld."):
        sh.checkbox(20, y + 0.2, 3.8, True, rng=rng, ink=ink)
        T(sh, 27, y, t, font=f, size=10)
        y += 7.5
    y += 2
    T(sh, 20, y, "Toelichting betaling:", font=f, size=10)
    y += 6
    for r_ in wrap(glyphs(_payer_phrase(c), hf), (W - 44) / 1.1, hf, 11.5):
        sh.rule(20, y + 5, W - 20, y + 5, width_mm=0.15, color=(120, 120, 120), dash=0.35)
        sh.handwriting(22, y - 2, r_, rng, size_pt=11.5, color=ink, font=hf)
        y += 8
    y += 8
    dd = c.sub - dt.timedelta(days=rng.randint(5, 30))
    T(sh, 20, y, "Plaats en datum:", font=f, size=10)
    sh.handwriting(58, y - 2, f"{h['city']}, {dd.strftime('%d-%m-%Y')}", rng, size_pt=12, color=ink, font=hf)
    y += 12
    w = T(sh, 20, y, "Namens de zorginstelling:", font=f, size=10)
    sh.signature(24 + w, y - 7, rng.uniform(44, 54), 15, rng, color=ink)
    sh.stamp(W - 72, y - 22, [h["name"].upper()[:24], "ZORGADMINISTRATIE", h["city"].upper()], rng, shape="round",
             size_mm=30, color=(40, 62, 160), angle=rng.uniform(-12, 12))
    img = water_stain(sh.render(200), rng, where=(0.85, rng.uniform(0.7, 0.9)), r=0.08)
    return [_same_size(c, img)]


_r("care-behandelplan-tabel-stempel-naast-handtekening-33", "care-institution-statement", "nl", care_plan_table,
   "the care institution's statement with the treatment plan as a table, stamp beside the signature")
_r("care-modelformulier-met-de-hand-ingevuld-aangevinkt-stempel-waterkring-33", "care-institution-statement", "nl",
   care_model_form, "a model confirmation form filled in by hand with ticked confirmations, round stamp, water stain")


# =========================================================================== health insurance

def polis_sidebar(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A Dutch insurer's 'Polisblad' with a broad coloured column down the LEFT edge carrying the insurer's name
    rotated, the insured's data in a grey block, the cover as a list of packages each with a one-line description
    and the monthly premium, the deductible and the statement that it is a health insurance under the
    Zorgverzekeringswet at the foot."""
    ins = c.insurer_nl
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    f, fb = NARR, NARR_B
    col = ins.get("color", TEAL)
    sh.rect(0, 0, 24, H, width_mm=0, fill=col)
    band = Sheet(H - 40, 14)
    band.rect(0, 0, H - 40, 14, width_mm=0, fill=col)
    band.text(4, 2, ins["name"].upper(), font=NARR_B, size_pt=20, color=(255, 255, 255))
    sh.image(5, 20, 14, H - 40, band.render(150).rotate(90, expand=True))
    T(sh, 34, 18, f"Polisblad {c.sub.year}", font=fb, size=18)
    T(sh, 34, 27, f"{ins.get('post', '')}", font=f, size=8.5, color=GREY)
    sh.rect(34, 36, W - 52, 36, width_mm=0, fill=(240, 240, 240))
    rows = [("Verzekerde", f"{c.p.given_names} {c.p.surname}"), ("Geboortedatum", c.dfmt(c.p.birth_date)),
            ("Polisnummer", _policy_no(c)), ("Ingangsdatum", f"1 januari {c.sub.year}"),
            ("UZOVI-nummer", ins.get("uzovi", ""))]
    y = 39
    for a, b in rows:
        T(sh, 37, y, a, font=f, size=9.5, color=GREY)
        T(sh, 80, y, b, font=fb, size=10)
        y += 6.2
    y = 82
    T(sh, 34, y, "Uw verzekeringen", font=fb, size=12)
    y += 8
    for name, what, prem in ((rng.choice(["Basisverzekering Restitutie", "Basis Budget", "Zorgverzekering Natura"]),
                              "medisch-specialistische zorg, ziekenhuis, geneesmiddelen, huisarts – ook voor "
                              "aandoeningen die al bestonden bij de aanvang", rng.uniform(136, 160)),
                             ("Aanvullend Compact", "fysiotherapie tot 9 behandelingen, brillen tot € 100",
                              rng.uniform(12, 24))):
        T(sh, 34, y, name, font=fb, size=10.2)
        T(sh, W - 18, y, f"{eur(prem)} p/m", font=fb, size=10.2, align="right")
        y = P(sh, 34, y + 5, W - 90, what, font=f, size=9.5) + 4
        sh.rule(34, y - 1, W - 18, y - 1, width_mm=0.1, color=(200, 200, 200))
        y += 2
    y += 6
    P(sh, 34, y, W - 52, f"Verplicht eigen risico {c.sub.year}: € 385. Deze verzekering is een zorgverzekering in de "
                         f"zin van de Zorgverzekeringswet.", font=f, size=9.5)
    qr(sh, W - 44, H - 46, 24, _policy_no(c) + "33")
    return [sh]


def intl_letter_cert(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An international insurer's confirmation of cover written as a letter 'To whom it may concern' on its
    letterhead (name in Palatino at the top right, a thin coloured rule), the insured's particulars in an
    indented block, the cover in two paragraphs naming the pre-existing condition, the underwriting manager's
    signature ABOVE the typed name; printed on the paper size of the insurer's own office."""
    ins = c.insurer_intl
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    f, fb = PAL, PAL_B
    col = ins.get("color", SLATE)
    T(sh, W - 20, 16, ins["name"], font=fb, size=fit(ins["name"], fb, 13, W - 60), color=col, align="right")
    T(sh, W - 20, 22.5, ins.get("addr", ""), font=f, size=8.3, color=GREY, align="right")
    sh.rule(20, 27, W - 20, 27, width_mm=0.4, color=col)
    r = random.Random(seed_of("intl33", c.rng_seed))
    issued = c.sub - dt.timedelta(days=r.randint(5, 25))
    T(sh, 20, 38, d_en(issued), font=f, size=10.5)
    T(sh, 20, 48, "TO WHOM IT MAY CONCERN", font=fb, size=11.5)
    T(sh, 20, 55, "Confirmation of health insurance cover", font=fb, size=10.5)
    s = c.sub - dt.timedelta(days=r.randint(30, 200))
    e = add_years(s, 1) - dt.timedelta(days=1)
    y = P(sh, 20, 64, W - 40, "We hereby confirm that the person named below is insured with us under an individual "
                              "international medical policy:", font=f, size=10.5) + 3
    for a, b in (("Name", f"{c.p.given_names} {c.p.surname.upper()}"), ("Date of birth", d_en(c.p.birth_date)),
                 ("Nationality", nationality_adj(c.p.nationality, "en")), ("Policy number", _policy_no(c, "IM-")),
                 ("Plan", ins.get("plan", "International Medical Plan")),
                 ("Period of cover", f"{d_en(s)} to {d_en(e)}")):
        T(sh, 30, y, a, font=f, size=10.3)
        T(sh, 76, y, b, font=fb, size=fit(b, fb, 10.3, W - 96))
        y += 6
    y += 4
    y = P(sh, 20, y, W - 40, "The policy covers in-patient and out-patient treatment, specialist consultations and "
                             "prescribed medication in the Netherlands, including the pre-existing condition "
                             f"({c.med.get('dx_en', c.med.get('dx', ''))}), up to an annual limit of EUR 1,500,000.",
          font=f, size=10.5) + 3
    y = P(sh, 20, y, W - 40, "The premium for the period of cover has been received in full. Costs are settled "
                             "directly with the treating hospital.", font=f, size=10.5) + 8
    T(sh, 20, y, "Yours faithfully,", font=f, size=10.5)
    sh.signature(22, y + 4, rng.uniform(44, 54), 15, rng, color=BLUE_INK)
    T(sh, 20, y + 22, _who(c, "uw33"), font=fb, size=10.3)
    T(sh, 20, y + 27, "Underwriting Manager", font=f, size=9.8, color=GREY)
    T(sh, W / 2, H - 14, f"{ins['name']} · {ins.get('addr', '')}", font=f, size=7.5, color=GREY, align="center")
    return [sh]


def travel_bestaetigung(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A German insurer's 'Versicherungsbestätigung' for a stay abroad, printed from its customer portal: the
    insurer's name in a grey header bar, the confirmation as a form with label and value columns in German, the
    cover of treatment in the Netherlands including the known illness, a QR code for verification and no
    signature ('maschinell erstellt')."""
    name = _travel_name(c)
    sh = c.new_sheet()
    W = c.page_w
    f, fb = GOTH, GOTH_B
    sh.rect(0, 0, W, 22, width_mm=0, fill=(70, 74, 80))
    T(sh, 18, 7, name, font=fb, size=13, color=(255, 255, 255))
    T(sh, W - 18, 8.5, "Kundenportal", font=f, size=9, color=(220, 220, 220), align="right")
    T(sh, 18, 32, "VERSICHERUNGSBESTÄTIGUNG", font=fb, size=14)
    T(sh, 18, 39, "Auslandskrankenversicherung für Langzeitaufenthalte", font=f, size=9.5, color=GREY)
    r = random.Random(seed_of("travel33", c.rng_seed))
    s = c.sub - dt.timedelta(days=r.randint(20, 150))
    e = add_years(s, 1) - dt.timedelta(days=1)
    rows = [("Versicherte Person", f"{c.p.given_names} {c.p.surname}"), ("Geburtsdatum", c.p.birth_date.strftime("%d.%m.%Y")),
            ("Staatsangehörigkeit", nationality_adj(c.p.nationality, "de") if True else ""),
            ("Versicherungsnummer", _policy_no(c, "AKV-")), ("Beginn", s.strftime("%d.%m.%Y")),
            ("Ende", e.strftime("%d.%m.%Y")), ("Geltungsbereich", "Niederlande und Schengen-Staaten"),
            ("Leistungen", "ambulante und stationäre Heilbehandlung, Arzneimittel, Fachärzte"),
            ("Vorerkrankung", f"mitversichert: {c.med.get('dx', '')}")]
    y = 50
    for a, b in rows:
        rr = wrap(b, W - 90, fb, 10)
        hgt = 5.2 * len(rr) + 2.4
        sh.rect(18, y, 52, hgt, width_mm=0.15, color=(180, 180, 180), fill=(242, 242, 242))
        sh.rect(70, y, W - 88, hgt, width_mm=0.15, color=(180, 180, 180))
        T(sh, 20, y + 1.4, a, font=f, size=9.5)
        for j, r_ in enumerate(rr):
            T(sh, 72, y + 1.4 + j * 5.2, r_, font=fb, size=10)
        y += hgt
    y += 8
    y = P(sh, 18, y, W - 36, "Der Beitrag für die gesamte Laufzeit ist bezahlt. Diese Bestätigung wurde maschinell "
                             "erstellt und ist ohne Unterschrift gültig.", font=f, size=10) + 4
    qr(sh, W - 46, y, 26, _policy_no(c, "AKV-") + c.p.surname)
    T(sh, 18, y + 6, f"Erstellt am {(c.sub - dt.timedelta(days=r.randint(3, 20))).strftime('%d.%m.%Y')}", font=f,
      size=9.5, color=GREY)
    return [sh]


_r("polisblad-brede-kleurkolom-links-gedraaide-naam-pakketten-lijst-33", "health-insurance", "nl", polis_sidebar,
   "a Dutch insurer's policy sheet with a broad coloured column down the left edge, packages as a list")
_r("intl-confirmation-brief-to-whom-it-may-concern-handtekening-boven-naam-33", "health-insurance", "en",
   intl_letter_cert, "an international insurer's 'to whom it may concern' letter confirming cover")
_r("travel-versicherungsbestaetigung-portaal-grijze-kop-qr-zonder-handtekening-33", "health-insurance", "de",
   travel_bestaetigung, "a German insurer's confirmation of cover printed from its portal, QR code, no signature")


# =========================================================================== civic integration

def duo_diploma(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """DUO's diploma inburgering in portrait with a thin double frame in royal blue, the royal arms drawn as a
    small shield at the top, the holder's name in P052 bold italic, the exam parts in two columns with 'B1' after
    each, the diploma number and date at the foot with the signature; copied on the office's flatbed with dust and
    a hair on the glass."""
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    p = c.p
    sh.rect(14, 14, W - 28, H - 28, width_mm=0.8, color=RIJK)
    sh.rect(17, 17, W - 34, H - 34, width_mm=0.25, color=RIJK)
    sh.rect(W / 2 - 6, 26, 12, 14, width_mm=0.5, color=RIJK)
    T(sh, W / 2, 46, "DIPLOMA INBURGERING", font=GOTH_B, size=20, color=RIJK, align="center")
    T(sh, W / 2, 56, "Wet inburgering 2021", font=GOTH, size=10, color=GREY, align="center")
    T(sh, W / 2, 74, "De Dienst Uitvoering Onderwijs verklaart dat", font=PAL, size=12, align="center")
    nm = f"{p.given_names} {p.surname}"
    T(sh, W / 2, 86, nm, font=PAL_I, size=fit(nm, PAL_I, 22, W - 50), align="center")
    T(sh, W / 2, 100, f"geboren op {d_nl(p.birth_date)} te {p.birth_place}", font=PAL, size=11.5, align="center")
    P(sh, 34, 112, W - 68, "het inburgeringsexamen met goed gevolg heeft afgelegd en daarmee heeft voldaan aan de "
                           "inburgeringsplicht.", font=PAL, size=11.5, align="center")
    parts = ["Lezen", "Luisteren", "Schrijven", "Spreken", "Kennis van de Nederlandse Maatschappij",
             "Participatieverklaring"]
    y = 138
    for i, pt in enumerate(parts):
        T(sh, 44, y + i * 7.5, pt, font=GOTH, size=10)
        sh.rule(44, y + i * 7.5 + 5.2, W - 44, y + i * 7.5 + 5.2, width_mm=0.1, color=(190, 196, 214), dash=0.4)
        T(sh, W - 44, y + i * 7.5, "B1" if i < 4 else "behaald", font=GOTH_B, size=10, align="right")
    dd = _inb_date(c, rng)
    r = random.Random(seed_of("dip33", c.rng_seed))
    T(sh, 34, H - 70, f"Diplomanummer {r.randint(10**8, 10**9 - 1)}", font=GOTH, size=10)
    T(sh, 34, H - 64, f"Groningen, {d_nl(dd)}", font=GOTH, size=10)
    sh.signature(W - 96, H - 78, 52, 16, rng, color=BLACK_INK)
    T(sh, W - 96, H - 58, "de directeur-generaal", font=GOTH, size=9, color=GREY)
    return [_same_size(c, glass_dust(sh.render(200), rng, n=50))]


def duo_exemption(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """DUO's decision granting an exemption, as a letter with the 'Beslissing' in a centred line of spaced
    capitals, the grounds numbered 1-2-3, the objection clause in a grey box at the foot; the letter had been
    folded in three for the envelope (two fold shadows)."""
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    f, fb = NROM, NROM_B
    p = c.p
    dd = _inb_date(c, rng)
    T(sh, 18, 14, "Dienst Uitvoering Onderwijs", font=GOTH_B, size=12, color=RIJK)
    T(sh, 18, 20, "Ministerie van Onderwijs, Cultuur en Wetenschap", font=GOTH, size=8.5, color=GREY)
    for i, ln in enumerate(_addr_lines(c)):
        T(sh, 24, 44 + i * 5, ln, font=f, size=10.5)
    r = random.Random(seed_of("ont33", c.rng_seed))
    T(sh, W - 18, 44, f"Datum {d_nl(dd)}", font=f, size=10, align="right")
    T(sh, W - 18, 49, f"Kenmerk INB/{r.randint(100000, 999999)}", font=f, size=10, align="right")
    T(sh, 18, 76, "Onderwerp: besluit op uw verzoek om ontheffing", font=fb, size=11)
    y = P(sh, 18, 86, W - 36, f"Geachte {title_nl(p)} {p.surname},", font=f, size=10.5) + 3
    T(sh, W / 2, y + 2, "B E S L I S S I N G", font=fb, size=11, align="center")
    y = P(sh, 18, y + 10, W - 36, "U krijgt ontheffing van de inburgeringsplicht. U hoeft geen inburgeringsexamen af "
                                  "te leggen.", font=fb, size=10.5) + 4
    for i, t in enumerate(("U heeft een medische keuring gehad.",
                           "Uit het advies blijkt dat u door een blijvende beperking niet aan de inburgeringsplicht "
                           "kunt voldoen (artikel 2.8 Besluit inburgering 2021).",
                           f"Deze ontheffing geldt vanaf {d_nl(dd)}."), 1):
        T(sh, 20, y, f"{i}.", font=f, size=10.5)
        y = P(sh, 28, y, W - 46, t, font=f, size=10.5) + 2
    y += 6
    y = P(sh, 18, y, W - 36, "Met vriendelijke groet,\nnamens de minister van Sociale Zaken en Werkgelegenheid,\nDienst "
                             "Uitvoering Onderwijs", font=f, size=10.5) + 6
    sh.rect(18, H - 48, W - 36, 22, width_mm=0, fill=(234, 234, 234))
    P(sh, 21, H - 46, W - 42, "Bent u het niet eens met dit besluit? Dan kunt u binnen 6 weken na de datum van deze "
                              "brief bezwaar maken bij DUO. Vermeld daarbij het kenmerk.", font=NROM_I, size=9)
    img = sh.render(200)
    Wp, Hp = img.size
    for fy in (Hp // 3, 2 * Hp // 3):
        band = Image.new("L", (Wp, Hp), 0)
        ImageDraw.Draw(band).rectangle([0, fy - 2, Wp, fy + 2], fill=130)
        band = band.filter(ImageFilter.GaussianBlur(Wp / 170))
        img = ImageChops.multiply(img, Image.merge("RGB", [band.point(lambda v: 255 - v // 3)] * 3))
    return [_same_size(c, img)]


def duo_results(c: Case, rng: random.Random, *, failed: bool = False, **_) -> list[Sheet]:
    """DUO's result letter with one row per exam part in a three-column table (part, exam date, result), the
    result as a filled green or red dot followed by 'voldoende' or 'onvoldoende'; the overall line in bold under
    the table."""
    sh = c.new_sheet()
    W = c.page_w
    f, fb = CAL, CAL_B
    p = c.p
    dd = _inb_date(c, rng)
    T(sh, 18, 14, "DUO", font=GOTH_B, size=20, color=RIJK)
    T(sh, 44, 16.5, "Uitslag inburgeringsexamen", font=GOTH, size=10, color=GREY)
    for i, ln in enumerate(_addr_lines(c)):
        T(sh, 24, 40 + i * 5, ln, font=f, size=10.5)
    T(sh, 18, 66, f"Datum {d_nl(dd)}   ·   geboren {c.dfmt(p.birth_date)}", font=f, size=10)
    T(sh, 18, 78, "Uw uitslagen", font=fb, size=13)
    parts = ["Lezen", "Luisteren", "Schrijven", "Spreken", "Kennis van de Nederlandse Maatschappij"]
    bad = random.Random(seed_of("fail33", c.rng_seed)).randrange(4) if failed else -1
    y = 88
    sh.rect(18, y, W - 36, 7, width_mm=0, fill=(228, 232, 238))
    for t, x in (("Examenonderdeel", 20), ("Examendatum", 100), ("Resultaat", 140)):
        T(sh, x, y + 1.4, t, font=fb, size=9.5)
    y += 7
    for k, pt in enumerate(parts):
        ok = k != bad
        ed = dd - dt.timedelta(days=rng.randint(10, 120))
        T(sh, 20, y + 1.6, pt, font=f, size=10)
        T(sh, 100, y + 1.6, ed.strftime("%d-%m-%Y"), font=f, size=10)
        colr = (40, 140, 60) if ok else (190, 40, 40)
        sh.rect(140, y + 2.4, 3.4, 3.4, width_mm=0, fill=colr)
        T(sh, 146, y + 1.6, "voldoende" if ok else "onvoldoende", font=fb if not ok else f, size=10)
        sh.rule(18, y + 8, W - 18, y + 8, width_mm=0.1, color=(200, 200, 200))
        y += 8
    y += 8
    T(sh, 18, y, "U heeft een of meer onderdelen niet gehaald. U kunt dit onderdeel opnieuw doen." if failed else
      "U heeft alle onderdelen gehaald. Het diploma wordt u apart toegestuurd.", font=fb, size=10.5)
    return [sh]


_r("duo-diploma-staand-dubbele-kader-koningsblauw-cursieve-naam-stof-33", "civic-integration", "nl", duo_diploma,
   "DUO diploma in portrait with a royal-blue double frame, italic name, copied with dust on the glass")
_r("duo-ontheffing-beslissing-gespatieerd-genummerde-gronden-drievoudig-gevouwen-33", "civic-integration", "nl",
   duo_exemption, "DUO exemption decision, spaced capitals heading, numbered grounds, folded in three")
_r("duo-uitslag-tabel-examendatum-gekleurde-stip-voldoende-33", "civic-integration", "nl", duo_results,
   "DUO result letter as a table with the exam date and a coloured dot per result")


# =========================================================================== other

def cover_letter(c: Case, rng: random.Random, *, enclosures: list[str] | None = None, **_) -> list[Sheet]:
    """A Dutch lawyer's cover letter with the firm's name and partners in a narrow column at the RIGHT of every
    page, the addressee at the left in the window, the references (ons kenmerk, uw kenmerk = V-nummer, datum) as
    three lines of 'label value', the enclosures as a numbered list, the signature at the end with the typed name
    BELOW it."""
    lw = c.lawyer or dict(firm="Stichting Rechtshulp Nieuwkomers", street="Oudegracht 145", pc="3511 AK",
                          city="Utrecht", tel="030-2318844", mail="spreekuur@rechtshulpnieuwkomers.nl")
    signer = c.lawyer_name if c.lawyer else _who(c, "rh33")
    role = "advocaat" if c.lawyer else "juridisch medewerker"
    sh = c.new_sheet()
    W = c.page_w
    f, fb = NROM, NROM_B
    col = rng.choice([(30, 50, 90), (90, 30, 40), (30, 80, 60)])
    x2 = W - 52
    T(sh, x2, 16, lw["firm"], font=fb, size=fit(lw["firm"], fb, 10, 44), color=col)
    yy = 24
    for ln in (lw["street"], f"{lw['pc']} {lw['city']}", f"T {lw['tel']}", lw["mail"], "", signer,
               f"{'mr. ' if c.lawyer else ''}{_who(c, 'partner33')}"):
        T(sh, x2, yy, ln, font=f, size=fit(ln, f, 8.2, 44) if ln else 8.2, color=GREY)
        yy += 4.4
    addr = IND_ADDRESSES[rng.randrange(len(IND_ADDRESSES))].split("\n")
    for i, ln in enumerate(addr):
        T(sh, 22, 44 + i * 5, ln, font=f, size=10.5)
    dd = c.sub - dt.timedelta(days=rng.randint(0, 3))
    y = 72
    for a, b in (("Ons kenmerk", f"{dd.year}.{rng.randint(100, 999)}"), ("Uw kenmerk (V-nummer)", c.vnr),
                 ("Datum", d_nl(dd))):
        T(sh, 22, y, a, font=f, size=9.5, color=GREY)
        T(sh, 66, y, b, font=f, size=10.2)
        y += 5
    y += 5
    wtxt = x2 - 26
    y = P(sh, 22, y, wtxt, f"Betreft: {c.p.given_names} {c.p.surname}, geboren {c.dfmt(c.p.birth_date)} – "
                           f"{PROC_NL[c.procedure]}", font=fb, size=10.5) + 4
    paras = ["Geachte heer, mevrouw,",
             f"Namens {title_nl(c.p)} {c.p.surname} dien ik hierbij de aanvraag in voor "
             f"{PROC_NL[c.procedure]}. Het ondertekende formulier en kopieën van de stukken zijn bijgevoegd."]
    if c.procedure == "ind-medical-treatment" and c.art64_end:
        paras.append(f"Cliënt heeft uitstel van vertrek op grond van artikel 64 Vw gekregen. Het jaar uitstel loopt af "
                     f"op {d_nl(c.art64_end)}; daarom wordt de aanvraag nu ingediend. De behandeling van "
                     f"{c.med.get('dx', 'de aandoening')} is nog steeds nodig.")
    if c.procedure == "ind-hnt-continued" and c.since:
        paras.append(f"Cliënt heeft sinds {d_nl(c.since)} een verblijfsvergunning "
                     f"({dict(ROUTES_7027).get(c.route, '').replace('na verblijf ', '')}).")
    if c.no_passport:
        paras.append("Cliënt beschikt niet over een geldig paspoort en verzoekt om vrijstelling van het "
                     "paspoortvereiste. " + " ".join(EXEMPTION_TEXT[i] for i in c.exemption_shown))
    if c.suriname_visa:
        paras.append("Cliënt heeft de Surinaamse nationaliteit en is met een visum voor medische behandeling naar "
                     "Nederland gekomen (kopie bijgevoegd). De behandeling is nog steeds nodig en de betaling is "
                     "geregeld.")
    for p_ in paras:
        y = P(sh, 22, y, wtxt, p_, font=f, size=10.5) + 3
    if enclosures:
        y += 1
        T(sh, 22, y, "Bijlagen:", font=fb, size=10.5)
        y += 5.5
        for i, e_ in enumerate(enclosures, 1):
            T(sh, 24, y, f"{i}.", font=f, size=10)
            T(sh, 31, y, e_, font=f, size=10)
            y += 5
        y += 3
    T(sh, 22, y + 2, "Met vriendelijke groet,", font=f, size=10.5)
    sh.signature(24, y + 7, rng.uniform(44, 56), 16, rng, color=rng.choice([BLUE_INK, BLACK_INK]))
    T(sh, 22, y + 26, signer, font=fb, size=10.5)
    T(sh, 22, y + 31, role, font=f, size=10)
    return [c.intr(sh)]


def _ind_letter(sh: Sheet, c: Case, dd: dt.date, subject: str) -> float:
    """The IND's letters of this part: 'IND' in a small blue square at the top centre, the addressee at the left,
    the references (datum, V-nummer, onderwerp) in a grey box at the right, the subject repeated in bold."""
    W = c.page_w
    sh.rect(W / 2 - 9, 10, 18, 14, width_mm=0, fill=RIJK)
    T(sh, W / 2, 13, "IND", font=GOTH_B, size=15, color=(255, 255, 255), align="center")
    T(sh, W / 2, 27, "Immigratie- en Naturalisatiedienst", font=GOTH, size=8, color=GREY, align="center")
    y = 44
    for ln in _addr_lines(c):
        T(sh, 18, y, ln, font=NROM, size=10.5)
        y += 5
    sh.rect(W - 76, 40, 58, 28, width_mm=0, fill=(238, 238, 238))
    r = random.Random(seed_of("ind33", c.rng_seed))
    for i, (a, b) in enumerate((("Datum", d_nl(dd)), ("V-nummer", c.vnr), ("Zaaknummer", str(r.randint(10**8, 10**9 - 1)))
                                )):
        T(sh, W - 73, 42 + i * 8.5, a, font=GOTH, size=7.5, color=GREY)
        T(sh, W - 73, 45.5 + i * 8.5, b, font=GOTH_B, size=9.5)
    T(sh, 18, 80, subject, font=NROM_B, size=11)
    return 92


def art64_decision(c: Case, rng: random.Random, **_) -> list[Sheet]:
    end = c.art64_end or (c.since - dt.timedelta(days=1) if c.since else c.sub + dt.timedelta(days=10))
    start = add_years(end, -1) + dt.timedelta(days=1)
    dd = start + dt.timedelta(days=rng.randint(3, 25))
    sh = c.new_sheet()
    y = _ind_letter(sh, c, dd, "Beslissing op uw aanvraag om uitstel van vertrek (artikel 64 Vreemdelingenwet)")
    for para in (f"Geachte {title_nl(c.p)} {c.p.surname},",
                 "U heeft gevraagd om uitstel van vertrek omdat u om medische redenen niet kunt reizen. Het Bureau "
                 "Medische Advisering (BMA) heeft uw situatie beoordeeld.",
                 f"Beslissing: u krijgt uitstel van vertrek van {d_nl(start)} tot en met {d_nl(end)}.",
                 "Tijdens het uitstel van vertrek mag u in Nederland blijven. U mag niet werken.",
                 "Met vriendelijke groet,\nde minister van Asiel en Migratie,\nnamens deze,\nhoofd unit Medische zaken"):
        y = P(sh, 18, y, c.page_w - 36, para, font=NROM, size=10.5) + 4
    return [c.intr(sh)]


def permit_decision(c: Case, rng: random.Random, **_) -> list[Sheet]:
    since = c.since or dt.date(2022, 5, 1)
    dd = since + dt.timedelta(days=rng.randint(6, 40))
    purpose = {"medical-treatment": "medische behandeling", "medical-treatment-after-art64": "medische behandeling",
               "relationship": "verblijf als familie- of gezinslid", "parent": "verblijf bij ouder",
               "trafficking-victim": "slachtoffer-getuige mensenhandel",
               "trafficking-victim-no-report": "slachtoffer mensenhandel (zonder aangifte)",
               "domestic-violence": "humanitair tijdelijk – huiselijk geweld",
               "buiten-schuld": "humanitair tijdelijk – buitenschuld"}.get(c.route or "", "regulier")
    sh = c.new_sheet()
    y = _ind_letter(sh, c, dd, "Beslissing op uw aanvraag: u krijgt een verblijfsvergunning")
    for para in (f"Geachte {title_nl(c.p)} {c.p.surname},",
                 f"Uw aanvraag is ingewilligd. U krijgt een verblijfsvergunning regulier voor bepaalde tijd onder de "
                 f"beperking '{purpose}'.",
                 f"De vergunning is geldig vanaf {d_nl(since)}. U kunt uw verblijfsdocument ophalen bij het IND-loket "
                 f"na een uitnodiging.",
                 "Met vriendelijke groet,\nde Immigratie- en Naturalisatiedienst"):
        y = P(sh, 18, y, c.page_w - 36, para, font=NROM, size=10.5) + 4
    return [c.intr(sh)]


def mvv_page(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The passport page with the MVV sticker photographed on a wooden desk (a pen beside it) and printed in the
    upper half of the sheet."""
    page = Sheet(125, 88)
    page.rect(0, 0, 125, 88, width_mm=0, fill=(238, 242, 236))
    vx, vy, w, h = 6, 6, 113, 76
    page.rect(vx, vy, w, h, width_mm=0.2, fill=(228, 236, 246))
    page.text(vx + 3, vy + 3, "VISUM · VISA · KONINKRIJK DER NEDERLANDEN", font=GOTH_B, size_pt=7.6,
              color=(20, 60, 120))
    start = c.sub - dt.timedelta(days=rng.randint(150, 200))
    end = start + dt.timedelta(days=rng.randint(85, 90))
    pno = c.passport_no or f"R{rng.randint(1000000, 9999999)}"
    rows = [("GELDIG VOOR / VALID FOR", "SCHENGENSTATEN"), ("VAN / FROM", start.strftime("%d-%m-%Y")),
            ("TOT / UNTIL", end.strftime("%d-%m-%Y")), ("TYPE VISUM", "D – MVV"), ("PASPOORT NR.", pno),
            ("NAAM / NAME", f"{c.p.surname.upper()}, {c.p.given_names.upper()}"[:34]),
            ("OPMERKINGEN", "MEDISCHE BEHANDELING")]
    y = vy + 10
    for a, b in rows:
        page.text(vx + 3, y, a, font=GOTH, size_pt=5.2, color=GREY)
        page.text(vx + 40, y, b, font=GOTH_B, size_pt=7.0)
        y += 5.2
    line1 = ("V<NLD" + _mrz_name(c.p, 39))[:44]
    birth = c.p.birth_date.strftime("%y%m%d")
    exp = end.strftime("%y%m%d")
    pn = (pno + "<" * 9)[:9]
    line2 = (f"{pn}{_mrz_check(pn)}SUR{birth}{_mrz_check(birth)}{c.p.sex}{exp}{_mrz_check(exp)}" + "<" * 16)[:44]
    page.text(vx + 1, vy + h - 12, line1, font="ocrb", size_pt=6.2)
    page.text(vx + 1, vy + h - 6, line2, font="ocrb", size_pt=6.2)
    img = desk_photo(page, rng, dpi=280)
    sh = c.new_sheet()
    W = c.page_w
    w = W - 30
    sh.image(15, 16, w, w * img.height / img.width, img)
    return [sh]


_r("cover-letter-kantoorkolom-rechts-referentieregels-genummerde-bijlagen-naam-onder-handtekening-33", "other", "nl",
   cover_letter, "Dutch lawyer's cover letter with the firm in a narrow right column, numbered enclosures, typed "
                 "name below the signature")
_r("art64-decision-ind-blauw-vierkant-referentiekader-grijs-33", "other", "nl", art64_decision,
   "IND art. 64 decision with a small blue square at the top centre and a grey reference box")
_r("permit-letter-ind-blauw-vierkant-referentiekader-grijs-33", "other", "nl", permit_decision,
   "IND permit decision in the same layout")
_r("mvv-sticker-sur-telefoonfoto-houten-bureau-33", "other", "nl", mvv_page,
   "the MVV sticker page photographed on a wooden desk and printed")
