"""IND families of the `twentyfirst` part (registered in ind.FAMILIES).

Written after dev, heldout and the parts fresh to twentieth had been read, by a writer who did not see the
validator: the IND application forms as a two-column grid (question in a grey cell at the left, answer in the white
cell at the right), the options as square boxes ticked with a hand cross (printed and filled in by hand) or an 'X'
(filled in on the computer), a grey header strip on every page with the form code at the left and the V-number in a
framed field at the right, the signature over a line in a framed box at the end; a cleaning company's payslip with
an hours column and the net amount boxed at the lower right, a guarantor's declaration written by hand on a sheet of
lined notebook paper, the banks' standard employer's statement ('werkgeversverklaring') with numbered sections;
a specialist's reply to the lawyer's letter ('Uw brief van …') in prose, a hospital discharge letter with admission
and discharge dates; a hospital's confirmation of the planned treatment with an appointments table, a checkbox
statement form of a rehabilitation centre, an English e-mail of a hospital's international office printed from the
mail client; a Dutch insurer's policy letter with the insurance card printed at the top right and the cover as a
checklist, an incoming insurer's certificate in English with the Dutch text under it and a verification code, an
international insurer's Spanish/English policy statement (from El Salvador, on Letter paper); DUO's diploma with a
thin double rule and the coat of arms drawn as a shield, an exemption decision with the decision in a shaded box,
a results overview with check marks and crosses; a Dutch lawyer's cover letter with the enclosures as a table
('nr. / stuk / blz.'), the IND's decisions in the two-column layout with the sender column at the right, the MVV
sticker copied alone on the page with a pencil note of the passport number.  Every maker draws on
``c.new_sheet()`` and marks pages that print the V-number with ``c.intr``.
"""
from __future__ import annotations

import datetime as dt
import random

from PIL import Image, ImageDraw

from .ind import (
    BLACK_INK,
    BLUE_INK,
    EXEMPTION_TEXT,
    GENERIC_PURPOSES,
    GREY,
    IND_ADDRESSES,
    PROC_NL,
    ROUTES_7027,
    Case,
    P,
    T,
    _care_dates,
    _emp,
    _guarantor_facts,
    _inb_date,
    _incoming_name,
    _mrz_check,
    _mrz_name,
    _not_available,
    _payer_phrase,
    _policy_no,
    _reg,
    _treat_start,
    add_years,
    country_nl,
    d_en,
    d_nl,
    duration_phrase,
    earner,
    eur,
    nat_nl,
    pay_calc,
    seed_of,
    title_nl,
)
from .ninth_identity import hand_safe
from .paper import Sheet, text_width_mm
from .people import make_professional

PART = "twentyfirst"
D = dt.date
TEAL = (0, 95, 110)


def _rows(s: str, w: float, font: str, size: float) -> list[str]:
    out, line = [], ""
    for wd in str(s).split():
        t = (line + " " + wd).strip()
        if line and text_width_mm(t, font, size) * 1.05 > w:
            out.append(line)
            line = wd
        else:
            line = t
    if line:
        out.append(line)
    return out


# =========================================================================== application forms: two-column grid

class _Grid:
    def __init__(self, c: Case, rng: random.Random, title: str, code: str):
        self.c, self.rng, self.title, self.code = c, rng, title, code
        self.hand = c.fill == "hand"
        self.ink = rng.choice([BLUE_INK, BLACK_INK])
        self.hf = rng.choice(["hand1", "hand3", "hand4"])
        self.lf = rng.choice(["sans", "sans2"])
        self.pages: list[Sheet] = []
        self.y = 0.0
        self.sec = 0
        self.new()

    def new(self):
        c = self.c
        sh = c.new_sheet()
        W = c.page_w
        sh.rect(0, 0, W, 20, width_mm=0, fill=(228, 228, 228))
        T(sh, 20, 6, self.code, font=self.lf, size=8.5, bold=True)
        T(sh, 20, 11, "Immigratie- en Naturalisatiedienst", font=self.lf, size=7.5, color=GREY)
        T(sh, W - 68, 4.5, "V-nummer", font=self.lf, size=7, color=GREY)
        sh.rect(W - 68, 8.5, 48, 8, width_mm=0.35, fill=(255, 255, 255))
        if self.hand:
            sh.handwriting(W - 65, 8.8, c.vnr, self.rng, size_pt=11.5, color=self.ink, font=self.hf)
        else:
            T(sh, W - 65, 10.3, c.vnr, font="sans", size=11)
        if not self.pages:
            T(sh, 20, 28, self.title, font=self.lf, size=13, bold=True)
            self.y = 38.0
        else:
            self.y = 28.0
        self.pages.append(c.intr(sh))

    def need(self, h: float):
        if self.y + h > self.c.page_h - 20:
            self.new()

    def head(self, s: str):
        self.need(18)
        self.sec += 1
        T(self.pages[-1], 20, self.y, f"{self.sec}  {s}", font=self.lf, size=10.5, bold=True, color=TEAL)
        self.y += 7

    def row(self, label: str, value: str | None = None, options: list[str] | None = None, chosen: int | None = None):
        W = self.c.page_w
        lrows = _rows(label, 62, self.lf, 8.8)
        vrows = _rows(hand_safe(value) if self.hand else value, W - 112, self.hf if self.hand else "sans",
                      11 if self.hand else 9.8) if value else []
        h = max(4.2 * len(lrows), 6 * max(1, len(vrows)), 6.5 if options else 0) + 3
        self.need(h)
        sh = self.pages[-1]
        sh.rect(20, self.y, 68, h, width_mm=0.25, fill=(240, 240, 240))
        sh.rect(88, self.y, W - 108, h, width_mm=0.25)
        for k, ln in enumerate(lrows):
            T(sh, 22, self.y + 1.6 + k * 4.2, ln, font=self.lf, size=8.8)
        for k, ln in enumerate(vrows):
            if self.hand:
                sh.handwriting(91, self.y + 0.9 + k * 6, ln, self.rng, size_pt=11, color=self.ink, font=self.hf)
            else:
                T(sh, 91, self.y + 1.8 + k * 6, ln, font="sans", size=9.8)
        if options:
            x = 91
            for i, o in enumerate(options):
                sh.checkbox(x, self.y + 1.7, 3.4, checked=(i == chosen), rng=self.rng if self.hand else None,
                            ink=self.ink)
                T(sh, x + 5, self.y + 1.6, o, font=self.lf, size=9)
                x += 10 + text_width_mm(o, self.lf, 9)
        self.y += h

    def sign(self):
        c = self.c
        self.head("Ondertekening")
        P(self.pages[-1], 20, self.y, c.page_w - 40, "Ik verklaar dat ik dit formulier volledig en naar waarheid heb "
          "ingevuld.", font=self.lf, size=9)
        self.y += 7
        d0 = c.sub - dt.timedelta(days=self.rng.randint(1, 8))
        self.row("Plaats", c.p.address.city if c.p.address else "Amsterdam")
        self.row("Datum", c.dfmt(d0))
        self.need(32)
        sh = self.pages[-1]
        sh.rect(20, self.y + 3, 100, 26, width_mm=0.35)
        T(sh, 22, self.y + 4.5, "Handtekening aanvrager", font=self.lf, size=8, color=GREY)
        sh.signature(30 + self.rng.uniform(0, 15), self.y + 9, self.rng.uniform(40, 55), 15, self.rng, color=self.ink)
        self.y += 32

    def finish(self) -> list[Sheet]:
        n = len(self.pages)
        for i, sh in enumerate(self.pages, 1):
            T(sh, self.c.page_w - 20, self.c.page_h - 11, f"{i} / {n}", font=self.lf, size=7.5, color=GREY,
              align="right")
        return self.pages


def _personal(f: _Grid):
    c, p = f.c, f.c.p
    f.head("Persoonsgegevens")
    f.row("Achternaam (zoals in paspoort)", p.surname)
    f.row("Voornamen", p.given_names)
    f.row("Geboortedatum", c.dfmt(p.birth_date))
    f.row("Geboorteplaats", p.birth_place)
    f.row("Geboorteland", country_nl(p))
    f.row("Nationaliteit", nat_nl(p))
    f.row("Geslacht", options=["man", "vrouw"], chosen=0 if p.sex == "M" else 1)
    if p.address:
        f.row("Adres", f"{p.address.street} {p.address.number}, {p.address.postcode} {p.address.city}")
    if c.lawyer:
        f.head("Gemachtigde")
        f.row("Naam", c.lawyer_name)
        f.row("Kantoor en plaats", f"{c.lawyer['firm']}, {c.lawyer['city']}")


def form_med(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _Grid(c, rng, "Aanvraag verblijfsvergunning voor medische behandeling",
              "Formulier Medische behandeling · vreemdeling in Nederland")
    _personal(f)
    f.head("Medische behandeling")
    f.row("Zorginstelling", f"{c.hospital.get('name', '')}, {c.hospital.get('city', '')}")
    f.row("Behandeling", c.med.get("tx_short", ""))
    f.row("Had u 1 jaar uitstel van vertrek (artikel 64 Vw)?", options=["nee", "ja"], chosen=1 if c.art64_end else 0)
    if c.art64_end:
        f.row("Einddatum uitstel van vertrek", c.dfmt(c.art64_end))
    else:
        f.row("Wie betaalt de kosten?", options=["ikzelf", "garantsteller"], chosen=1 if c.payer else 0)
    f.row("Geldig paspoort?", options=["ja (kopie bij)", "nee (zie brief)"], chosen=1 if c.no_passport else 0)
    f.row("Surinaamse nationaliteit en MVV medische behandeling?", options=["nee", "ja"],
          chosen=1 if c.suriname_visa else 0)
    f.sign()
    return f.finish()


def form_7027(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _Grid(c, rng, "Aanvraag verblijfsvergunning humanitair niet-tijdelijk",
              "7027 · Voortgezet verblijf · vreemdeling in Nederland")
    _personal(f)
    f.head("Huidige verblijfsvergunning")
    f.row("Verblijfsdoel van de vergunning", dict(ROUTES_7027).get(c.route, "").replace("na verblijf ", ""))
    f.row("Ingangsdatum", c.dfmt(c.since) if c.since else "")
    r = random.Random(seed_of("vvr21", c.rng_seed))
    f.row("Documentnummer verblijfsdocument", f"{r.choice('NVYXW')}{r.choice('BCDFGHJK')}{r.randint(1000000, 9999999)}")
    if c.route == "relationship":
        f.row("Inburgeringsplicht", options=["diploma", "ontheffing", "nog niet"],
              chosen=0 if c.inburgering in ("diploma", "results") else (1 if c.inburgering == "exemption" else 2))
    if c.route and c.route.startswith("medical"):
        f.row("Behandeling nog minstens 1 jaar nodig?", options=["ja", "nee"], chosen=0)
    f.sign()
    return f.finish()


def form_generic(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _Grid(c, rng, "Aanvraag verlenging verblijfsvergunning regulier", "Verlenging regulier · vreemdeling")
    _personal(f)
    f.head("Verblijf")
    r = random.Random(c.rng_seed)
    f.row("Verblijfsdoel", GENERIC_PURPOSES[r.randrange(len(GENERIC_PURPOSES))])
    f.row("Huidige vergunning geldig tot", c.dfmt(c.sub + dt.timedelta(days=r.randint(20, 80))))
    f.row("Is er iets veranderd in uw situatie?", options=["nee", "ja"], chosen=0)
    f.sign()
    return f.finish()


_reg("ind-form-med-tweekoloms-raster-vakjes-kopstrook-vnummerveld", "application", PART, "nl", form_med,
     "medical-treatment form as a two-column grid, square tick boxes, grey header strip with the V-number field")
_reg("ind-form-7027-tweekoloms-raster-vakjes-kopstrook-vnummerveld", "application", PART, "nl", form_7027,
     "form 7027 in the same layout")
_reg("ind-form-generic-tweekoloms-raster-vakjes-kopstrook-vnummerveld", "application", PART, "nl", form_generic,
     "extension form in the same layout")


# =========================================================================== income

_MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"]


def payslip_hours(c: Case, rng: random.Random, *, month: int = 11, **_) -> list[Sheet]:
    """A cleaning company's payslip: the employer at the top left, the period and the employee's data in a row of
    small boxes, the wage lines with an hours column, the net amount boxed at the lower right."""
    g = earner(c)
    e = _emp(c, rng)
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    sh = c.new_sheet()
    W = c.page_w
    f = "sans3"
    T(sh, 20, 14, e["name"], font=f, size=11, bold=True)
    T(sh, 20, 19, f"{e['street']}, {e['pc']} {e['city']}", font=f, size=8, color=GREY)
    T(sh, W - 20, 14, "SALARISSPECIFICATIE", font=f, size=12, bold=True, align="right")
    T(sh, W - 20, 20, f"periode {month:02d}-2026 ({_MONTHS[month - 1]})", font=f, size=8.5, align="right")
    boxes = [("Naam", f"{g.given_names[:1]}. {g.surname}"), ("Pers.nr.", str(e["pnr"])),
             ("Geb.datum", g.birth_date.strftime("%d-%m-%Y")), ("In dienst", e["start"].strftime("%d-%m-%Y")),
             ("Functie", e["func_now"][:22])]
    x = 20
    for a, b in boxes:
        w = max(26.0, text_width_mm(b, f, 8.5) + 5)
        sh.rect(x, 30, w, 12, width_mm=0.25)
        T(sh, x + 1.5, 31, a, font=f, size=6.5, color=GREY)
        T(sh, x + 1.5, 35.5, b, font=f, size=8.5)
        x += w
    hours = rng.choice([32, 36, 38, 40]) * 52 / 12
    rows = [("Uurloon", f"{hours:.2f}".replace(".", ","), k["bruto"]),
            ("Pensioenpremie", "", -k["pens"]), ("Loonheffing (tabel wit)", "", -k["lh"])]
    if k["reis"]:
        rows.append(("Reiskosten (onbelast)", "", k["reis"]))
    y = 54
    for i, h in enumerate(("Omschrijving", "Uren", "Bedrag")):
        T(sh, [22, 130, W - 22][i], y, h, font=f, size=8.5, bold=True, align=["left", "right", "right"][i])
    sh.rule(20, y + 5, W - 20, y + 5, width_mm=0.3)
    y += 8
    for a, b, amt in rows:
        T(sh, 22, y, a, font=f, size=9)
        T(sh, 130, y, b, font=f, size=9, align="right")
        T(sh, W - 22, y, eur(amt, False), font=f, size=9, align="right")
        y += 5.8
    sh.rect(W - 80, y + 6, 60, 13, width_mm=0.5)
    T(sh, W - 77, y + 7.5, "Netto te betalen", font=f, size=8, color=GREY)
    T(sh, W - 23, y + 12.5, eur(k["net"]), font=f, size=11, bold=True, align="right")
    T(sh, 20, y + 10, f"Uitbetaald op {e['iban'][:8]}…{e['iban'][-4:]}", font=f, size=8, color=GREY)
    return [sh]


def guarantor_notebook(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The guarantor's declaration written by hand on a sheet of lined notebook paper with a red margin line:
    who, the relation, the work and net income, the undertaking to pay; signed, with name and date."""
    F = _guarantor_facts(c)
    g, e = F["g"], F["e"]
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    for k in range(30, int(H) - 10, 8):
        sh.rule(10, k, W - 10, k, width_mm=0.15, color=(170, 195, 225))
    sh.rule(30, 0, 30, H, width_mm=0.3, color=(225, 120, 120))
    for k in (60, 150, 240):
        sh.rect(8, k, 5, 5, width_mm=0.2, color=(200, 200, 200), fill=(246, 246, 246))
    hf = rng.choice(["hand1", "hand2", "hand4"])
    ink = rng.choice([BLUE_INK, BLACK_INK])
    rel = c.payer_relation or "familielid"
    a = g.address or c.p.address
    txt = (f"Aan de IND. Ik, {g.given_names} {g.surname}, geboren {c.dfmt(g.birth_date)}, wonend "
           f"{(a.street + ' ' + a.number + ' ' + a.city) if a else ''}, ben de {rel} van {c.p.given_names} "
           f"{c.p.surname} (geboren {c.dfmt(c.p.birth_date)}). Ik verklaar dat ik alle kosten van verblijf en "
           f"medische behandeling in Nederland betaal. Ik werk bij {e['name']} en verdien netto {eur(F['net'])} per "
           f"maand. Mijn loonstroken stuur ik mee.")
    y = 30 - 5.5
    for ln in _rows(hand_safe(txt), W - 48, hf, 12):
        y += 8
        sh.handwriting(34, y - 5.6, ln, rng, size_pt=12, color=ink, font=hf)
    y += 16
    sh.handwriting(34, y - 5.6, hand_safe(f"{a.city if a else 'Den Haag'}, "
                                          f"{c.dfmt(c.sub - dt.timedelta(days=rng.randint(3, 25)))}"), rng,
                   size_pt=12, color=ink, font=hf)
    sh.signature(36, y + 4, 48, 15, rng, color=ink)
    sh.handwriting(34, y + 18.4, hand_safe(f"{g.given_names} {g.surname}"), rng, size_pt=12, color=ink, font=hf)
    return [sh]


def employer_statement_standard(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The banks' standard employer's statement ('Werkgeversverklaring', numbered sections 1–4 with boxed fields),
    filled in on the computer by the HR department, signed and stamped."""
    g = earner(c)
    e = _emp(c, rng)
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    sh = c.new_sheet()
    W = c.page_w
    f = "sans4"
    T(sh, 20, 14, "Werkgeversverklaring", font=f, size=16, bold=True)
    T(sh, 20, 21, "model 2026 · volledig invullen, niet wijzigen", font=f, size=7.5, color=GREY)
    secs = [("1  Gegevens werkgever", [("Naam", e["name"]), ("Adres", f"{e['street']}, {e['pc']} {e['city']}"),
                                     ("KvK-nummer", str(e["kvk"]))]),
            ("2  Gegevens werknemer", [("Naam en voorletters", f"{g.surname}, {g.given_names[:1]}."),
                                      ("Geboortedatum", c.dfmt(g.birth_date))]),
            ("3  Dienstverband", [("In dienst sinds", c.dfmt(e["start"])), ("Functie", e["func_now"]),
                                  ("Vast dienstverband", rng.choice(["ja", "ja, na verlenging"])),
                                  ("Proeftijd verstreken", "ja"), ("Loonbeslag / curatele", "nee")]),
            ("4  Inkomen per maand", [("Bruto salaris", eur(e["bruto"])), ("Vakantietoeslag", "8 %"),
                                      ("Netto (indicatief)", eur(k["net"]))])]
    y = 30
    for title, rows in secs:
        sh.rect(20, y, W - 40, 6.5, width_mm=0, fill=(215, 225, 235))
        T(sh, 22, y + 1.3, title, font=f, size=9.5, bold=True)
        y += 8
        for a, b in rows:
            T(sh, 22, y + 1.5, a, font=f, size=8.8)
            sh.rect(80, y, W - 100, 6.5, width_mm=0.25)
            T(sh, 82, y + 1.4, b, font="sans", size=9.5)
            y += 7.5
        y += 3
    dd = c.sub - dt.timedelta(days=rng.randint(5, 45))
    T(sh, 20, y + 4, f"Plaats en datum: {e['city']}, {c.dfmt(dd)}", font=f, size=9)
    T(sh, 20, y + 11, "Handtekening en stempel werkgever", font=f, size=8.5, color=GREY)
    sh.signature(24, y + 15, 44, 14, rng, color=BLUE_INK)
    gg, ss, _ = make_professional(random.Random(seed_of("hr21", c.rng_seed)), "NL")
    T(sh, 24, y + 31, f"{gg} {ss}, afdeling HR", font=f, size=9)
    sh.stamp(100, y + 12, [e["name"][:22].upper(), e["city"].upper()], rng, shape="rect", size_mm=34,
             color=(40, 60, 160))
    return [sh]


_reg("payslip-schoonmaak-urenkolom-netto-kader-rechtsonder", "income-proof", PART, "nl", payslip_hours,
     "cleaning company's payslip with an hours column and the net amount boxed at the lower right")
_reg("guarantor-handgeschreven-gelinieerd-schriftpapier", "income-proof", PART, "nl", guarantor_notebook,
     "guarantor's declaration written by hand on lined notebook paper with a red margin")
_reg("werkgeversverklaring-standaardmodel-genummerde-secties", "income-proof", PART, "nl",
     employer_statement_standard, "banks' standard employer's statement with numbered sections, typed, signed")


# =========================================================================== medical statements

def _spec(c: Case):
    r = random.Random(seed_of("doctor21", c.rng_seed))
    g, s, _ = make_professional(r, "NL")
    return f"{r.choice(['dr.', 'dr.', 'prof. dr.'])} {g[0]}. {s}"


def medstat_reply_lawyer(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The treating specialist's reply to the lawyer's letter: 'Uw brief van …', the answer as running prose
    (diagnosis, treatment since, duration, consequences of stopping, availability abroad), signed."""
    h = c.hospital
    doc = _spec(c)
    sh = c.new_sheet()
    W = c.page_w
    f = "serif4"
    T(sh, W - 20, 14, h["name"], font=f, size=11.5, bold=True, align="right")
    T(sh, W - 20, 19.5, f"Afdeling {c.med['spec']}", font=f, size=8.5, align="right", color=GREY)
    L = c.lawyer
    y = 38
    for ln in ([c.lawyer_name, L["firm"], L["city"]] if L else ["Aan wie het aangaat"]):
        T(sh, 20, y, ln, font=f, size=10.5)
        y += 5
    r = random.Random(seed_of("brief21", c.rng_seed))
    asked = c.sub - dt.timedelta(days=r.randint(30, 70))
    T(sh, 20, y + 8, f"Uw brief van {d_nl(asked)} – {title_nl(c.p)} {c.p.given_names} {c.p.surname}, geboren "
                     f"{c.dfmt(c.p.birth_date)}", font=f, size=10, bold=True)
    start = _treat_start(c)
    paras = ["Geachte collega,",
             f"Met toestemming van patiënt beantwoord ik graag uw vragen. Patiënt is bij ons bekend met "
             f"{c.med['dx']}. Sinds {d_nl(start)} krijgt {('zij' if c.p.sex == 'F' else 'hij')} {c.med['tx']}.",
             duration_phrase(c.duration, start) + " " + c.med["stop"],
             _not_available(c),
             "Met vriendelijke groet,"]
    y += 18
    for p_ in paras:
        y = P(sh, 20, y, W - 40, p_, font=f, size=10.5, leading=1.4) + 3
    sh.signature(20, y + 1, 42, 13, rng, color=BLUE_INK)
    T(sh, 20, y + 16, f"{doc}, {c.med['doc_title']}", font=f, size=10.5)
    T(sh, 20, y + 21, d_nl(c.sub - dt.timedelta(days=rng.randint(5, 28))), font=f, size=10)
    return [sh]


def medstat_discharge(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A hospital discharge letter to the GP: admission and discharge dates in the header block, then
    'Reden van opname', 'Diagnose', 'Beleid en vervolg' (the treatment and how long it is needed), signed by the
    resident and the supervising specialist."""
    h = c.hospital
    doc = _spec(c)
    sh = c.new_sheet()
    W = c.page_w
    f = "sans2"
    T(sh, 20, 14, h["name"], font=f, size=12, bold=True, color=h.get("color", TEAL))
    T(sh, 20, 20, "Ontslagbrief", font=f, size=14, bold=True)
    start = _treat_start(c)
    adm = c.sub - dt.timedelta(days=rng.randint(40, 160))
    dis = adm + dt.timedelta(days=rng.randint(3, 12))
    rows = [("Patiënt", f"{c.p.surname}, {c.p.given_names} ({c.dfmt(c.p.birth_date)})"),
            ("Opname", d_nl(adm, "dashes_zero")), ("Ontslag", d_nl(dis, "dashes_zero")),
            ("Huisarts", c.gp.get("name", "—") if isinstance(c.gp, dict) else "—")]
    y = 30
    for a, b in rows:
        T(sh, 20, y, a, font=f, size=9, color=GREY)
        T(sh, 52, y, b, font=f, size=10)
        y += 5.5
    y += 5
    for head, body in (("Reden van opname", f"Instelling en controle van de behandeling van {c.med['dx']}."),
                       ("Diagnose", c.med["dx"] + "."),
                       ("Beleid en vervolg", f"{c.med['tx'][0].upper() + c.med['tx'][1:]} (gestart {d_nl(start)}). "
                                             + duration_phrase(c.duration, start) + " " + c.med["stop"])):
        T(sh, 20, y, head, font=f, size=10.5, bold=True)
        y = P(sh, 20, y + 5.5, W - 40, body, font=f, size=10, leading=1.4) + 4
    T(sh, 20, y + 4, "Met collegiale groet,", font=f, size=10)
    sh.signature(20, y + 9, 38, 12, rng, color=BLACK_INK)
    sh.signature(95, y + 9, 38, 12, rng, color=BLUE_INK)
    T(sh, 20, y + 23, "arts-assistent", font=f, size=9, color=GREY)
    T(sh, 95, y + 23, f"{doc}, {c.med['doc_title']}", font=f, size=9)
    return [sh]


_reg("medstat-specialist-antwoord-brief-advocaat-uw-brief-van", "medical-statement", PART, "nl",
     medstat_reply_lawyer, "specialist's reply to the lawyer's letter in prose ('Uw brief van …')")
_reg("medstat-ontslagbrief-opname-ontslag-beleid", "medical-statement", PART, "nl", medstat_discharge,
     "hospital discharge letter with admission and discharge dates, 'Beleid en vervolg', two signatures")


# =========================================================================== care-institution statements

def care_appointments(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The hospital's patient office confirms the treatment it can and will give, with a table of the planned
    appointments and the payment arrangement; signed by the head of the patient office."""
    h = c.hospital
    s, e = _care_dates(c)
    sh = c.new_sheet()
    W = c.page_w
    f = "serif2"
    T(sh, 20, 14, h["name"], font=f, size=13, bold=True)
    T(sh, 20, 20, "Bureau Patiëntenzaken", font=f, size=9, color=GREY)
    T(sh, 20, 36, "Bevestiging behandeling", font=f, size=12.5, bold=True)
    body = (f"Wij bevestigen dat {title_nl(c.p)} {c.p.given_names} {c.p.surname}, geboren op "
            f"{c.dfmt(c.p.birth_date)}, in ons ziekenhuis wordt behandeld voor {c.med['dx']}. Wij kunnen en zullen "
            f"de behandeling ({c.med['tx_short']}) geven van {d_nl(s)} tot en met {d_nl(e)}.")
    y = P(sh, 20, 44, W - 40, body, font=f, size=10.5, leading=1.4) + 4
    T(sh, 20, y, "Geplande afspraken", font=f, size=10, bold=True)
    y += 6
    d0 = max(s, c.sub + dt.timedelta(days=rng.randint(5, 20)))
    for i, row in enumerate([("Datum", "Afdeling", "Soort")] +
                            [(d_nl(d0 + dt.timedelta(days=28 * k), "dashes_zero"), c.med["spec"],
                              rng.choice(["controle", "behandeling", "laboratorium"])) for k in range(4)]):
        for j, w in enumerate((40, 70, 50)):
            x = 20 + sum((40, 70, 50)[:j])
            sh.rect(x, y, w, 7, width_mm=0.25, fill=(238, 238, 238) if i == 0 else None)
            T(sh, x + 1.5, y + 1.6, row[j], font=f, size=9, bold=(i == 0))
        y += 7
    y = P(sh, 20, y + 6, W - 40, _payer_phrase(c), font=f, size=10.5, leading=1.4) + 4
    sh.signature(20, y + 2, 42, 13, rng, color=BLUE_INK)
    g, sn, _ = make_professional(random.Random(seed_of("pz21", c.rng_seed)), "NL")
    T(sh, 20, y + 17, f"{g} {sn}, hoofd Bureau Patiëntenzaken", font=f, size=10)
    T(sh, 20, y + 22, d_nl(c.sub - dt.timedelta(days=rng.randint(5, 35))), font=f, size=10)
    return [sh]


def care_checkbox_form(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A rehabilitation or treatment centre's statement form: questions with 'ja / nee' boxes ticked by hand and
    short handwritten answers, the centre's stamp and signature at the foot."""
    h = c.hospital
    s, e = _care_dates(c)
    sh = c.new_sheet()
    W = c.page_w
    f = "sans4"
    ink = rng.choice([BLUE_INK, BLACK_INK])
    hf = rng.choice(["hand1", "hand2"])
    T(sh, 20, 14, "Verklaring behandelende instelling", font=f, size=13, bold=True)
    T(sh, 20, 21, "t.b.v. aanvraag verblijfsvergunning medische behandeling", font=f, size=8.5, color=GREY)
    rows = [("Naam instelling", h["name"]), ("Plaats", h["city"]), ("Naam patiënt", f"{c.p.given_names} {c.p.surname}"),
            ("Geboortedatum patiënt", c.dfmt(c.p.birth_date)), ("Diagnose", c.med["dx"]),
            ("Behandeling", c.med["tx_short"]), ("Van", d_nl(s, "dashes_zero")), ("Tot en met", d_nl(e, "dashes_zero"))]
    y = 32
    for a, b in rows:
        T(sh, 20, y + 1, a, font=f, size=9)
        sh.rule(70, y + 6, W - 20, y + 6, width_mm=0.2, color=GREY)
        for k, ln in enumerate(_rows(hand_safe(b), W - 95, hf, 11)[:2]):
            sh.handwriting(72, y - 0.2 + k * 6, ln, rng, size_pt=11, color=ink, font=hf)
        y += 10
    for q in ("Kan de instelling de behandeling geven?", "Zal de instelling de behandeling geven?",
              "Is de betaling geregeld?"):
        T(sh, 20, y + 1, q, font=f, size=9)
        sh.checkbox(130, y + 1, 3.5, checked=True, rng=rng, ink=ink)
        T(sh, 135, y + 1, "ja", font=f, size=9)
        sh.checkbox(148, y + 1, 3.5, checked=False)
        T(sh, 153, y + 1, "nee", font=f, size=9)
        y += 8
    y = P(sh, 20, y + 4, W - 40, _payer_phrase(c), font=f, size=9.5) + 6
    T(sh, 20, y, "Datum, handtekening en stempel", font=f, size=8.5, color=GREY)
    sh.handwriting(20, y + 5, c.dfmt(c.sub - dt.timedelta(days=rng.randint(5, 35))), rng, size_pt=11, color=ink,
                   font=hf)
    sh.signature(60, y + 5, 42, 13, rng, color=ink)
    sh.stamp(120, y, [h["name"][:24].upper(), h["city"].upper()], rng, shape="rect", size_mm=34, color=(40, 60, 160))
    return [sh]


def care_email_international(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An English e-mail from the hospital's international office to the lawyer (or the patient), printed from the
    mail client: header lines, then the confirmation of the treatment and the period."""
    h = c.hospital
    s, e = _care_dates(c)
    sh = c.new_sheet()
    W = c.page_w
    f = "sans"
    r = random.Random(seed_of("ipo21", c.rng_seed))
    g, sn, _ = make_professional(r, "NL")
    to = c.lawyer["mail"] if c.lawyer else f"{c.p.given_names.split()[0].lower()}@mail.com"
    dd = c.sub - dt.timedelta(days=rng.randint(5, 30))
    rows = [("From", f"International Office – {h['name']} <international@{h['name'].split()[0].lower()}.nl>"),
            ("Sent", f"{d_en(dd)} {rng.randint(8, 17)}:{rng.randint(10, 59)}"), ("To", to),
            ("Subject", f"Treatment confirmation – {c.p.given_names} {c.p.surname}")]
    T(sh, 20, 10, "Print – Mail", font=f, size=7.5, color=GREY)
    y = 20
    for a, b in rows:
        T(sh, 20, y, a + ":", font=f, size=9.5, bold=True)
        T(sh, 44, y, b, font=f, size=9.5)
        y += 5.5
    sh.rule(20, y + 2, W - 20, y + 2, width_mm=0.2, color=GREY)
    y += 8
    for p_ in ("Dear Sir or Madam,",
               f"We confirm that {c.p.given_names} {c.p.surname}, born {d_en(c.p.birth_date)}, is a patient of our "
               f"department of {c.med['spec_en']} for {c.med['dx_en']}.",
               f"Our hospital can and will provide {c.med['tx_en']} from {d_en(s)} until {d_en(e)}.",
               _payer_phrase(c, "en"),
               f"Kind regards,\n{g} {sn}\nInternational Office, {h['name']}"):
        y = P(sh, 20, y, W - 40, p_, font=f, size=10.5, leading=1.4) + 4
    return [sh]


_reg("care-bevestiging-behandeling-afsprakentabel-patientenzaken", "care-institution-statement", PART, "nl",
     care_appointments, "hospital patient office's confirmation of treatment with an appointments table")
_reg("care-verklaring-formulier-ja-nee-vakjes-handgeschreven", "care-institution-statement", PART, "nl",
     care_checkbox_form, "treatment centre's statement form, ja/nee boxes ticked by hand, stamp")
_reg("care-email-international-office-english-afgedrukt", "care-institution-statement", PART, "en",
     care_email_international, "English e-mail of a hospital's international office printed from the mail client")


# =========================================================================== health insurance

def _card_img(name: str, who: str, polno: str, col) -> Image.Image:
    s = Sheet(85.6, 54)
    s.rect(0, 0, 85.6, 54, width_mm=0, fill=col)
    s.rect(0, 30, 85.6, 24, width_mm=0, fill=(250, 250, 250))
    s.text(4, 4, name[:24], font="sans4", size_pt=8, bold=True, color=(255, 255, 255))
    s.text(4, 12, "Zorgpas", font="sans4", size_pt=11, bold=True, color=(255, 255, 255))
    s.text(4, 33, who[:30], font="sans4", size_pt=7, bold=True)
    s.text(4, 39, polno, font="mono", size_pt=7)
    s.text(4, 45, "Zorgvragen 24/7: 088 " + polno[-7:], font="sans4", size_pt=5.5)
    return s.render(250)


def polisblad_card_letter(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A Dutch insurer's policy letter ('Uw polis') with the insurance card printed at the top right, the insured,
    the policy number and the cover as a checklist with tick marks."""
    ins = c.insurer_nl
    sh = c.new_sheet()
    W = c.page_w
    f = "sans2"
    col = ins.get("color", TEAL)
    T(sh, 20, 14, ins["name"], font=f, size=13, bold=True, color=col)
    T(sh, 20, 20, ins["post"], font=f, size=8, color=GREY)
    pol = _policy_no(c)
    sh.image(W - 20 - 60, 12, 60, 38, _card_img(ins["name"], f"{c.p.given_names[:1]}. {c.p.surname}", pol, col))
    T(sh, 20, 58, "Uw polis", font=f, size=15, bold=True)
    start = D(2026, 1, 1) if random.Random(c.rng_seed).random() < 0.5 else c.sub - dt.timedelta(days=60)
    rows = [("Verzekerde", f"{c.p.given_names} {c.p.surname}"), ("Geboortedatum", c.dfmt(c.p.birth_date)),
            ("Polisnummer", pol), ("UZOVI", str(ins["uzovi"])), ("Ingangsdatum", d_nl(start, "dashes_zero"))]
    y = 68
    for a, b in rows:
        T(sh, 20, y, a, font=f, size=9.5, color=GREY)
        T(sh, 65, y, b, font=f, size=10)
        y += 6
    y += 4
    T(sh, 20, y, "Uw dekking", font=f, size=11, bold=True)
    y += 7
    for item in ("Basisverzekering (natura): huisarts, medisch-specialistische zorg, ziekenhuisopname",
                 "Geneesmiddelen volgens het Geneesmiddelenvergoedingssysteem", "Aanvullend 2 sterren",
                 "Eigen risico € 385 per kalenderjaar"):
        T(sh, 22, y, "✓", font="sans3", size=10, color=(0, 130, 60))
        T(sh, 28, y, item, font=f, size=10)
        y += 6
    return [sh]


def incoming_en_nl_qr(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An incoming insurer's certificate: the English text first, the Dutch text under a rule, a verification code
    and a square code to scan at the right."""
    name = _incoming_name(c)
    sh = c.new_sheet()
    W = c.page_w
    f = "sans"
    T(sh, 20, 14, name, font=f, size=13, bold=True, color=(20, 60, 120))
    s = c.sub - dt.timedelta(days=random.Random(c.rng_seed).randint(15, 150))
    e = add_years(s, 1) - dt.timedelta(days=1)
    pol = _policy_no(c, "IN-")
    y = P(sh, 20, 30, W - 80, f"CERTIFICATE OF INSURANCE. This is to certify that {c.p.given_names} {c.p.surname}, "
          f"born {d_en(c.p.birth_date)}, is insured under policy {pol} from {d_en(s)} to {d_en(e)} for medical "
          f"costs in the Netherlands, including hospital care, specialist treatment and prescribed medicines, up to "
          f"EUR 500,000 per insured period.", font=f, size=10.5, leading=1.45) + 4
    sh.rule(20, y, W - 60, y, width_mm=0.3)
    y = P(sh, 20, y + 4, W - 80, f"VERZEKERINGSBEWIJS. Hierbij verklaren wij dat {c.p.given_names} {c.p.surname}, "
          f"geboren {d_nl(c.p.birth_date)}, verzekerd is onder polis {pol} van {d_nl(s)} tot en met {d_nl(e)} voor "
          f"medische kosten in Nederland, waaronder ziekenhuiszorg, specialistische behandeling en voorgeschreven "
          f"geneesmiddelen.", font=f, size=10.5, leading=1.45) + 6
    r = random.Random(seed_of("qr21", c.rng_seed))
    q = Image.new("RGB", (29, 29), "white")
    d = ImageDraw.Draw(q)
    for i in range(29):
        for j in range(29):
            if r.random() < 0.5:
                d.point((i, j), fill="black")
    for (ox, oy) in ((0, 0), (22, 0), (0, 22)):
        d.rectangle([ox, oy, ox + 6, oy + 6], outline="black", fill="white")
        d.rectangle([ox + 2, oy + 2, ox + 4, oy + 4], fill="black")
    sh.image(W - 50, 32, 30, 30, q.resize((290, 290), Image.NEAREST))
    T(sh, W - 50, 64, f"verify: {r.randint(100000, 999999)}-{r.randint(1000, 9999)}", font="mono", size=7)
    T(sh, 20, y + 4, d_en(c.sub - dt.timedelta(days=rng.randint(3, 20))), font=f, size=10)
    sh.signature(20, y + 9, 40, 12, rng, color=BLUE_INK)
    T(sh, 20, y + 23, "Claims & Underwriting", font=f, size=9.5)
    return [sh]


def intl_salvador_statement(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An international insurer's Spanish/English policy statement: a left colour bar, the insurer's name and
    address, 'CONSTANCIA DE PÓLIZA / POLICY STATEMENT', the data as 'label: value' lines, the cover in both
    languages, signed by the manager; printed on whatever paper the insurer uses."""
    ins = c.insurer_intl
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    f = "serif2"
    col = ins.get("color", TEAL)
    sh.rect(0, 0, 9, H, width_mm=0, fill=col)
    T(sh, 20, 14, ins["name"], font=f, size=13, bold=True, color=col)
    T(sh, 20, 20, ins["addr"], font=f, size=8, color=GREY)
    T(sh, 20, 36, "CONSTANCIA DE PÓLIZA / POLICY STATEMENT", font=f, size=12.5, bold=True)
    s = c.sub - dt.timedelta(days=random.Random(c.rng_seed).randint(20, 220))
    e = add_years(s, 1) - dt.timedelta(days=1)
    rows = [("Asegurado / Insured", f"{c.p.given_names} {c.p.surname}"),
            ("Fecha de nacimiento / Date of birth", d_en(c.p.birth_date)),
            ("Póliza / Policy", _policy_no(c, "SV-")), ("Plan", ins.get("plan", "Internacional")),
            ("Vigencia / Period", f"{d_en(s)} – {d_en(e)}"),
            ("Cobertura geográfica / Area", "Mundial, incluidos los Países Bajos / Worldwide incl. the Netherlands")]
    y = 46
    for a, b in rows:
        T(sh, 20, y, a + ":", font=f, size=9.5, bold=True)
        y = P(sh, 90, y, W - 110, b, font=f, size=10) + 2
    y = P(sh, 20, y + 6, W - 40, "La póliza cubre el tratamiento médico hospitalario y ambulatorio, la atención "
          "especializada y los medicamentos recetados en los Países Bajos, incluidas las enfermedades preexistentes. "
          "/ The policy covers in-patient and out-patient treatment, specialist care and prescribed medicines in the "
          "Netherlands, including pre-existing conditions.", font=f, size=10, leading=1.4) + 6
    sh.signature(20, y, 42, 13, rng, color=BLUE_INK)
    T(sh, 20, y + 15, "Gerente de Operaciones / Operations Manager", font=f, size=9.5)
    T(sh, 20, y + 20, f"San Salvador, {d_en(c.sub - dt.timedelta(days=rng.randint(5, 30)))}", font=f, size=9.5)
    return [sh]


_reg("polisblad-brief-zorgpas-rechtsboven-dekking-vinkjes", "health-insurance", PART, "nl", polisblad_card_letter,
     "Dutch insurer's policy letter with the insurance card at the top right and the cover as a checklist")
_reg("incoming-certificaat-engels-boven-nederlands-verificatiecode", "health-insurance", PART, "en/nl",
     incoming_en_nl_qr, "incoming insurer's certificate, English above Dutch, verification code and square code")
_reg("intl-constancia-el-salvador-carta-kleurbalk-links", "health-insurance", PART, "en/es",
     intl_salvador_statement, "international insurer's Spanish/English policy statement with a left colour bar "
     "(Letter paper from El Salvador)")


# =========================================================================== civic integration

def _shield(sh: Sheet, x: float, y: float) -> None:
    im = Image.new("RGBA", (120, 140), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.polygon([(10, 10), (110, 10), (110, 80), (60, 132), (10, 80)], outline=(40, 50, 90, 255), fill=(225, 228, 240, 255))
    d.line([(60, 10), (60, 132)], fill=(40, 50, 90, 255), width=3)
    sh.image(x, y, 12, 14, im)


def duo_diploma_double_rule(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """DUO's inburgeringsdiploma framed by a thin double rule, a shield drawn at the top centre, the holder's name
    in italic serif, the diploma number and place at the foot."""
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    f = "serif6"
    sh.rect(14, 14, W - 28, H - 28, width_mm=0.6, color=(40, 50, 90))
    sh.rect(17, 17, W - 34, H - 34, width_mm=0.25, color=(40, 50, 90))
    _shield(sh, W / 2 - 6, 30)
    T(sh, W / 2, 52, "DIPLOMA INBURGERING", font=f, size=24, bold=True, align="center", color=(40, 50, 90))
    T(sh, W / 2, 66, "op grond van de Wet inburgering 2021", font=f, size=10.5, align="center")
    T(sh, W / 2, 92, "De minister van Sociale Zaken en Werkgelegenheid verklaart dat", font=f, size=11,
      align="center")
    sh.text(W / 2, 104, f"{c.p.given_names} {c.p.surname}", font=f, size_pt=18, italic=True, anchor="center")
    T(sh, W / 2, 118, f"geboren op {d_nl(c.p.birth_date)} te {c.p.birth_place}", font=f, size=11, align="center")
    P(sh, 35, 134, W - 70, "het inburgeringsexamen op taalniveau B1 met goed gevolg heeft afgelegd en daarmee aan de "
      "inburgeringsplicht heeft voldaan.", font=f, size=11, align="center", leading=1.5)
    dd = _inb_date(c, rng)
    r = random.Random(seed_of("dipl21", c.rng_seed))
    T(sh, 30, 215, f"Groningen, {d_nl(dd)}", font=f, size=10.5)
    T(sh, 30, 222, f"Nummer {r.randint(10, 99)}-{r.randint(100000, 999999)}", font=f, size=9, color=GREY)
    sh.signature(W - 85, 205, 44, 14, rng, color=BLACK_INK)
    T(sh, W - 85, 222, "Dienst Uitvoering Onderwijs", font=f, size=9)
    return [sh]


def duo_exemption_shaded(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """DUO's exemption letter: address block, reference line, and the decision in a shaded box ('Besluit: u krijgt
    ontheffing …'), the reasons under it."""
    sh = c.new_sheet()
    W = c.page_w
    f = "sans4"
    T(sh, 20, 14, "Dienst Uitvoering Onderwijs", font=f, size=12, bold=True, color=(0, 80, 140))
    T(sh, 20, 19.5, "Inburgering · Postbus 30205 · 2500 GE Den Haag", font=f, size=8, color=GREY)
    p = c.p
    y = 38
    for ln in (f"{title_nl(p).capitalize()} {p.given_names[:1]}. {p.surname}",
               *((f"{p.address.street} {p.address.number}", f"{p.address.postcode} {p.address.city}")
                 if p.address else ())):
        T(sh, 20, y, ln, font=f, size=10)
        y += 5
    dd = _inb_date(c, rng)
    r = random.Random(seed_of("ont21", c.rng_seed))
    T(sh, 20, y + 8, f"Datum: {d_nl(dd)}   ·   Ons kenmerk: INB/{r.randint(100000, 999999)}", font=f, size=9)
    y += 20
    sh.rect(20, y, W - 40, 18, width_mm=0, fill=(225, 232, 240))
    T(sh, 24, y + 3, "Besluit", font=f, size=9, color=GREY)
    T(sh, 24, y + 8.5, "U krijgt ontheffing van de inburgeringsplicht.", font=f, size=12, bold=True)
    y += 26
    for para in (f"Geachte {title_nl(p)} {p.surname},",
                 "U hebt ontheffing gevraagd omdat u door een medische beperking het inburgeringsexamen niet kunt "
                 "halen. Het medisch advies bevestigt dit. Daarom krijgt u ontheffing op grond van artikel 6.4 van "
                 "het Besluit inburgering 2021.",
                 "Bent u het niet eens met dit besluit? Dan kunt u binnen 6 weken bezwaar maken.",
                 "Met vriendelijke groet,\nDienst Uitvoering Onderwijs"):
        y = P(sh, 20, y, W - 40, para, font=f, size=10, leading=1.4) + 4
    return [sh]


def duo_results_marks(c: Case, rng: random.Random, *, failed: bool = False, **_) -> list[Sheet]:
    """DUO's overview of exam results: each part with a check mark or a cross and the date taken; with ``failed``
    one part has a cross and the letter says the diploma does not follow yet."""
    sh = c.new_sheet()
    W = c.page_w
    f = "sans"
    T(sh, 20, 14, "DUO · Overzicht examenresultaten inburgering", font=f, size=12, bold=True, color=(0, 80, 140))
    p = c.p
    T(sh, 20, 26, f"{p.given_names} {p.surname} · geboren {c.dfmt(p.birth_date)}", font=f, size=10)
    dd = _inb_date(c, rng)
    parts = ["Lezen (B1)", "Luisteren (B1)", "Schrijven (B1)", "Spreken (B1)", "Kennis van de Nederlandse Maatschappij",
             "Module Arbeidsmarkt en Participatie"]
    bad = random.Random(seed_of("fail21", c.rng_seed)).randrange(4) if failed else -1
    y = 40
    for k, pp in enumerate(parts):
        ok = k != bad
        T(sh, 22, y, "✓" if ok else "✗", font="sans3", size=12, bold=True, color=(0, 130, 60) if ok else (190, 30, 30))
        T(sh, 32, y + 0.5, pp, font=f, size=10.5)
        T(sh, W - 20, y + 0.5, d_nl(dd - dt.timedelta(days=14 * (len(parts) - k)), "dashes_zero"), font=f, size=9.5,
          align="right", color=GREY)
        y += 8
    y += 6
    msg = ("Niet alle onderdelen zijn gehaald (✗). U krijgt nog geen diploma inburgering. U kunt zich opnieuw "
           "aanmelden voor het onderdeel dat u niet hebt gehaald." if failed else
           "U hebt alle onderdelen gehaald. U krijgt het diploma inburgering binnen 6 weken thuisgestuurd.")
    P(sh, 20, y, W - 40, msg, font=f, size=10.5, leading=1.4)
    return [sh]


_reg("duo-diploma-dubbele-dunne-lijn-schild-cursieve-naam", "civic-integration", PART, "nl", duo_diploma_double_rule,
     "DUO diploma framed by a thin double rule, a drawn shield, the name in italic serif")
_reg("duo-ontheffing-besluit-gearceerd-kader", "civic-integration", PART, "nl", duo_exemption_shaded,
     "DUO exemption letter with the decision in a shaded box")
_reg("duo-uitslag-overzicht-vinkjes-kruisjes", "civic-integration", PART, "nl", duo_results_marks,
     "DUO overview of exam results with check marks and crosses")


# =========================================================================== other: cover letter, IND letters, visa

def cover_enclosure_table(c: Case, rng: random.Random, *, enclosures: list[str] | None = None, **_) -> list[Sheet]:
    """A Dutch lawyer's cover letter whose enclosures are a table 'nr. / stuk / blz.', the V-number and name in the
    reference block at the right, signed above the typed name."""
    from .ind import LAWYERS
    lw = c.lawyer or LAWYERS[0]
    sh = c.new_sheet()
    W = c.page_w
    f = "sans2"
    T(sh, 20, 14, lw["firm"], font=f, size=13, bold=True)
    T(sh, 20, 20, f"{lw['street']} · {lw['pc']} {lw['city']} · {lw['mail']}", font=f, size=8, color=GREY)
    y = 36
    for ln in IND_ADDRESSES[rng.randrange(len(IND_ADDRESSES))].split("\n"):
        T(sh, 20, y, ln, font=f, size=10.5)
        y += 5
    dd = c.sub - dt.timedelta(days=rng.randint(0, 3))
    for i, (a, b) in enumerate((("Datum", d_nl(dd)), ("Cliënt", f"{c.p.surname}, {c.p.given_names}"),
                                ("Geboren", c.dfmt(c.p.birth_date)), ("V-nummer", c.vnr))):
        T(sh, 125, 36 + i * 6, a, font=f, size=8.5, color=GREY)
        T(sh, 145, 36 + i * 6, b, font=f, size=10, bold=(a == "V-nummer"))
    y = 66
    paras = ["Geachte heer, mevrouw,",
             f"Namens mijn cliënt{'e' if c.p.sex == 'F' else ''} dien ik hierbij een aanvraag in voor "
             f"{PROC_NL[c.procedure]}."]
    if c.procedure == "ind-medical-treatment" and c.art64_end:
        paras.append(f"Het uitstel van vertrek (artikel 64 Vw) eindigt op {d_nl(c.art64_end)}; deze aanvraag wordt "
                     f"binnen de termijn ingediend.")
    if c.procedure == "ind-hnt-continued" and c.since:
        paras.append(f"Cliënt heeft sinds {d_nl(c.since)} een verblijfsvergunning "
                     f"({dict(ROUTES_7027).get(c.route, '').replace('na verblijf ', '')}).")
    if c.no_passport:
        paras.append("Cliënt beschikt niet over een geldig paspoort; ik verzoek om vrijstelling van het "
                     "paspoortvereiste. " + " ".join(EXEMPTION_TEXT[i] for i in c.exemption_shown))
    if c.suriname_visa:
        paras.append("Cliënt heeft de Surinaamse nationaliteit en reisde in met een MVV voor medische behandeling "
                     "(zie bijlage); de behandeling is nog nodig en de kosten zijn gedekt.")
    for p_ in paras:
        y = P(sh, 20, y, W - 40, p_, font=f, size=10.5, leading=1.35) + 4
    if enclosures:
        for i, row in enumerate([("nr.", "stuk", "blz.")] + [(str(k), e, "1") for k, e in enumerate(enclosures, 1)]):
            for j, w in enumerate((14, 130, 16)):
                x = 20 + sum((14, 130, 16)[:j])
                sh.rect(x, y, w, 6.5, width_mm=0.2, fill=(236, 236, 236) if i == 0 else None)
                T(sh, x + 1.5, y + 1.3, row[j], font=f, size=9, bold=(i == 0))
            y += 6.5
        y += 5
    T(sh, 20, y, "Met vriendelijke groet,", font=f, size=10.5)
    sh.signature(20, y + 4, 44, 14, rng, color=rng.choice([BLUE_INK, BLACK_INK]))
    T(sh, 20, y + 20, c.lawyer_name or "mr. A. de Vries", font=f, size=10.5)
    T(sh, 20, y + 25, "advocaat", font=f, size=9, color=GREY)
    return [c.intr(sh)]


def _ind_letter(sh: Sheet, c: Case, dd: D, title: str) -> float:
    """The IND's letter layout: the logo line at the top centre, the addressee at the left, a narrow sender column at
    the right (with the V-number), the title in bold."""
    W = c.page_w
    sh.rect(W / 2 - 1, 0, 2, 22, width_mm=0, fill=(21, 66, 115))
    T(sh, W / 2 + 4, 14, "Immigratie- en Naturalisatiedienst", font="sans4", size=8.5, color=(21, 66, 115))
    T(sh, W / 2 + 4, 18, "Ministerie van Justitie en Veiligheid", font="sans4", size=7.5, color=GREY)
    p = c.p
    y = 44
    for ln in (f"{title_nl(p).capitalize()} {p.given_names} {p.surname}",
               *((f"{p.address.street} {p.address.number}", f"{p.address.postcode} {p.address.city}")
                 if p.address else ())):
        T(sh, 20, y, ln, font="sans4", size=10)
        y += 5
    r = random.Random(seed_of("ind21", c.rng_seed))
    for i, (a, b) in enumerate((("Datum", d_nl(dd)), ("V-nummer", c.vnr),
                                ("Zaaknummer", f"{r.randint(1000, 9999)}-{r.randint(100000, 999999)}"),
                                ("Contact", "088 043 04 30"))):
        T(sh, W - 55, 44 + i * 9, a, font="sans4", size=7, bold=True)
        T(sh, W - 55, 47.5 + i * 9, b, font="sans4", size=8.5)
    T(sh, 20, 90, title, font="sans4", size=12, bold=True)
    return 100


def art64_decision_letter(c: Case, rng: random.Random, **_) -> list[Sheet]:
    end = c.art64_end or (c.since - dt.timedelta(days=1) if c.since else c.sub + dt.timedelta(days=10))
    start = add_years(end, -1) + dt.timedelta(days=1)
    dd = start + dt.timedelta(days=rng.randint(5, 35))
    sh = c.new_sheet()
    y = _ind_letter(sh, c, dd, "Beslissing op uw aanvraag om uitstel van vertrek (artikel 64 Vw)")
    for para in (f"Geachte {title_nl(c.p)} {c.p.surname},",
                 "U krijgt uitstel van vertrek om medische redenen. Dit besluit is gebaseerd op het advies van het "
                 "Bureau Medische Advisering.",
                 f"Het uitstel van vertrek geldt van {d_nl(start)} tot en met {d_nl(end)}.",
                 "Na afloop kunt u binnen 28 dagen vóór of na de einddatum een verblijfsvergunning voor medische "
                 "behandeling aanvragen; de eisen van inkomen en betaling gelden dan niet.",
                 "Met vriendelijke groet,\nde Minister van Asiel en Migratie,\nnamens deze, de IND"):
        y = P(sh, 20, y, c.page_w - 80, para, font="sans4", size=10, leading=1.4) + 4
    return [c.intr(sh)]


def permit_decision_letter(c: Case, rng: random.Random, **_) -> list[Sheet]:
    since = c.since or D(2022, 3, 1)
    dd = since + dt.timedelta(days=rng.randint(10, 50))
    purpose = {"medical-treatment": "medische behandeling", "medical-treatment-after-art64": "medische behandeling",
               "relationship": "verblijf bij partner", "parent": "verblijf bij ouder",
               "trafficking-victim": "slachtoffer-getuige mensenhandel",
               "trafficking-victim-no-report": "slachtoffer mensenhandel (zonder aangifte)",
               "domestic-violence": "humanitair tijdelijk – slachtoffer huiselijk geweld",
               "buiten-schuld": "humanitair tijdelijk – buiten schuld"}.get(c.route or "", "regulier")
    sh = c.new_sheet()
    y = _ind_letter(sh, c, dd, "Besluit: u krijgt een verblijfsvergunning")
    for para in (f"Geachte {title_nl(c.p)} {c.p.surname},",
                 f"Wij hebben uw aanvraag ingewilligd. U krijgt een verblijfsvergunning regulier voor bepaalde tijd "
                 f"onder de beperking '{purpose}'.",
                 f"De vergunning is geldig vanaf {d_nl(since)} tot en met "
                 f"{d_nl(add_years(since, 1 if 'medisch' in purpose else 5) - dt.timedelta(days=1))}.",
                 "Maak een afspraak om uw verblijfsdocument op te halen.",
                 "Met vriendelijke groet,\nImmigratie- en Naturalisatiedienst"):
        y = P(sh, 20, y, c.page_w - 80, para, font="sans4", size=10, leading=1.4) + 4
    return [c.intr(sh)]


def mvv_sticker_alone(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The MVV sticker copied alone, enlarged a little, in the middle of the page, with the lawyer's pencil note of
    the passport number under it."""
    sh = c.new_sheet()
    vx, vy = 40, 60
    sh.rect(vx - 6, vy - 6, 132, 104, width_mm=0, fill=(238, 235, 228))
    sh.rect(vx, vy, 120, 88, width_mm=0.3, fill=(226, 234, 244))
    T(sh, vx + 4, vy + 4, "VISUM  ·  NEDERLAND  ·  NLD", font="sans4", size=11, bold=True, color=(40, 50, 100))
    start = c.sub - dt.timedelta(days=rng.randint(150, 200))
    end = start + dt.timedelta(days=rng.randint(175, 185))
    pno = c.passport_no or f"R{rng.randint(1000000, 9999999)}"
    rows = [("GELDIG VOOR", "NEDERLAND / SCHENGEN"), ("VAN", start.strftime("%d-%m-%Y")),
            ("TOT", end.strftime("%d-%m-%Y")), ("SOORT", "D  MVV"), ("PASPOORTNR.", pno),
            ("NAAM", f"{c.p.surname.upper()}, {c.p.given_names.upper()}"[:34]),
            ("OPMERKINGEN", "MEDISCHE BEHANDELING")]
    yy = vy + 14
    for i, (a, b) in enumerate(rows):
        x = vx + 4 + (i % 2) * 58 if i < 4 else vx + 4
        if i < 4 and i % 2 == 1:
            yy -= 8
        T(sh, x, yy, a, font="sans4", size=6.5, color=GREY)
        T(sh, x, yy + 2.8, b, font="sans4", size=9)
        yy += 8
    line1 = ("V<NLD" + _mrz_name(c.p, 39))[:44]
    birth = c.p.birth_date.strftime("%y%m%d")
    exp = end.strftime("%y%m%d")
    pn = (pno + "<" * 9)[:9]
    line2 = (f"{pn}{_mrz_check(pn)}SUR{birth}{_mrz_check(birth)}{c.p.sex}{exp}{_mrz_check(exp)}" + "<" * 16)[:44]
    T(sh, vx + 2, vy + 74, line1, font="ocrb", size=6.6)
    T(sh, vx + 2, vy + 80, line2, font="ocrb", size=6.6)
    sh.handwriting(vx, vy + 102, f"MVV – pas {pno}", rng, size_pt=11, color=(95, 95, 100), font="hand1")
    return [sh]


_reg("cover-letter-bijlagentabel-nr-stuk-blz-referentieblok-rechts", "other", PART, "nl", cover_enclosure_table,
     "Dutch lawyer's cover letter with the enclosures as a table and the V-number in the reference block")
_reg("art64-decision-ind-brief-afzenderkolom-rechts", "other", PART, "nl", art64_decision_letter,
     "IND art. 64 decision letter with the sender column at the right")
_reg("permit-letter-ind-brief-afzenderkolom-rechts", "other", PART, "nl", permit_decision_letter,
     "IND permit decision letter with the sender column at the right")
_reg("mvv-sticker-sur-alleen-vergroot-potloodnotitie", "other", PART, "nl", mvv_sticker_alone,
     "MVV sticker copied alone and enlarged, pencil note of the passport number")
