"""IND families of the `sixth` part (registered in ind.FAMILIES).

Written after dev, heldout, fresh, fourth and fifth had been read, by a writer who did not see the validator: the
IND forms as filled-in PDF forms printed out (light-blue field boxes with the typed answer inside, check boxes
with an X, the V-number in a framed field at the top right of each page); a cleaning company's payslip with a
table of hours per day worked, a UWV benefit specification, an income-tax assessment ('aanslag
inkomstenbelasting'), a guarantee written out by hand on the IND model; an English hospital discharge summary, a GP's
letter filled in with a fountain pen, an outpatient clinic's letter with a highlighter mark; a dialysis centre's
session schedule, a mental-health institution's intake confirmation, an appointments overview printed from a
patient portal; a health-insurance card copied recto and verso above the policy summary, an incoming insurer's
portal overview, a Canadian insurer's certificate on Letter paper; DUO's diploma in landscape, an exemption
letter with a highlighter stroke, an exam-results letter; a lawyer's cover letter with its letterhead in a left
column, IND decisions copied at 200 dpi with a staple or reduced to 95 %, the MVV page through a scanner app.
Every maker draws on ``c.new_sheet()`` (so a planted US-Letter page is honoured) and marks pages that print
the V-number themselves with ``c.intr``.
"""
from __future__ import annotations

import random

from .ind import (
    BLACK_INK,
    BLUE_INK,
    DARK,
    EXEMPTION_TEXT,
    GENERIC_PURPOSES,
    GREY,
    IND_ADDRESSES,
    LAWYERS,
    PROC_NL,
    ROUTES_7027,
    STAMP_VIOLET,
    Case,
    P,
    T,
    _care_dates,
    _emp,
    _inb_date,
    _mrz_check,
    _mrz_name,
    _not_available,
    _policy_no,
    _reg,
    _treat_start,
    add_years,
    country_nl,
    d_en,
    d_nl,
    dt,
    duration_phrase,
    earner,
    eur,
    nat_nl,
    pay_calc,
    seed_of,
)
from .paper import Sheet
from .people import make_professional
from .sixth_identity import crooked_200, highlighter, reduced_copy, scan_app

PART = "sixth"
FIELD = (226, 236, 250)


def _ins(c: Case) -> str:
    return c.__dict__.get("_ins_name") or (c.insurer_intl or {}).get("name") or "Northern Maple Assurance"


# =========================================================================== application forms as PDF fields

class _PdfForm:
    """An IND form as its fillable PDF printed out: the section title in a dark band, each question as a small
    label over a light-blue field box with the typed answer (or a hand-written answer when printed blank and
    filled in by hand), yes/no options as square boxes with an X, the V-number in a framed field at the top right of
    every page, 'Pagina x van y' at the foot."""

    def __init__(self, c: Case, rng: random.Random, title: str, code: str):
        self.c, self.rng, self.title, self.code = c, rng, title, code
        self.hand = c.fill == "hand"
        self.ink = rng.choice([BLUE_INK, BLACK_INK])
        self.sheets: list[Sheet] = []
        self.page()

    def page(self) -> None:
        c = self.c
        sh = c.new_sheet()
        W = c.page_w
        T(sh, 18, 10, "Immigratie- en", font="sans", size=9, bold=True)
        T(sh, 18, 14.5, "Naturalisatiedienst", font="sans", size=9, bold=True)
        T(sh, 18, 22, self.title, font="sans", size=11, bold=True)
        T(sh, W - 62, 8.5, "V-nummer", font="sans", size=7, color=GREY)
        sh.rect(W - 62, 12, 44, 7, width_mm=0.35)
        T(sh, 18, c.page_h - 10, self.code, font="sans", size=6.5, color=GREY)
        self.sheets.append(c.intr(sh))
        self._answer(W - 60, 13.2, c.vnr, sh)
        self.y = 32

    @property
    def sh(self) -> Sheet:
        return self.sheets[-1]

    def _answer(self, x: float, y: float, s: str, sh: Sheet | None = None) -> None:
        sh = sh or self.sh
        if not s:
            return
        if self.hand:
            sh.handwriting(x, y - 0.6, s, self.rng, size_pt=10.5, color=self.ink, font="hand2")
        else:
            T(sh, x, y + 0.3, s, font="sans2", size=9.8)

    def head(self, t: str) -> None:
        if self.y > self.c.page_h - 45:
            self.page()
        self.y += 2
        self.sh.rect(18, self.y, self.c.page_w - 36, 7, width_mm=0, fill=(21, 66, 115))
        T(self.sh, 20, self.y + 1.4, t, font="sans", size=9.5, bold=True, color=(255, 255, 255))
        self.y += 10

    def q(self, question: str, answer: str) -> None:
        W = self.c.page_w
        if self.y + 14 > self.c.page_h - 20:
            self.page()
        T(self.sh, 18, self.y, question, font="sans", size=7.8, color=(50, 50, 50))
        self.sh.rect(18, self.y + 3.6, W - 36, 7.2, width_mm=0, fill=FIELD)
        self._answer(20, self.y + 4.6, answer)
        self.y += 13

    def choice(self, question: str, opts: list[str], chosen: set) -> None:
        if self.y + 12 > self.c.page_h - 20:
            self.page()
        T(self.sh, 18, self.y, question, font="sans", size=7.8, color=(50, 50, 50))
        x = 20
        for k, o in enumerate(opts):
            self.sh.rect(x, self.y + 4.4, 3.6, 3.6, width_mm=0.3)
            if k in chosen:
                if self.hand:
                    self.sh.handwriting(x - 0.3, self.y + 3.2, "X", self.rng, size_pt=11, color=self.ink,
                                        font="hand1")
                else:
                    T(self.sh, x + 0.5, self.y + 4.3, "X", font="sans", size=9, bold=True)
            T(self.sh, x + 5, self.y + 4.4, o, font="sans", size=8.5)
            x += 10 + self.sh.text_width(o, font="sans", size_pt=8.5)
            if x > self.c.page_w - 50:
                x = 20
                self.y += 6
        self.y += 12

    def person(self) -> None:
        c, p = self.c, self.c.p
        self.head("1  Persoonsgegevens")
        self.q("Achternaam", p.surname)
        self.q("Voornamen (voluit)", p.given_names)
        self.q("Geboortedatum (dd-mm-jjjj)", c.dfmt(p.birth_date))
        self.q("Geboorteplaats / geboorteland", f"{p.birth_place} / {country_nl(p)}")
        self.q("Nationaliteit", nat_nl(p))
        self.choice("Geslacht", ["man", "vrouw"], {0 if p.sex == "M" else 1})
        if p.address:
            self.q("Woonadres (straat, huisnummer, postcode, plaats)",
                   f"{p.address.street} {p.address.number}, {p.address.postcode} {p.address.city}")
        if c.lawyer:
            self.head("2  Gemachtigde / advocaat")
            self.q("Naam, kantoor en plaats", f"{c.lawyer_name}, {c.lawyer['firm']}, {c.lawyer['city']}")

    def sign(self) -> None:
        c = self.c
        if self.y > c.page_h - 70:
            self.page()
        self.head("Ondertekening")
        P(self.sh, 18, self.y, c.page_w - 36, "Ik verklaar dat ik dit formulier naar waarheid heb ingevuld.",
          font="sans", size=8.5)
        self.y += 7
        self.q("Plaats", c.p.address.city if c.p.address else "Amsterdam")
        self.q("Datum", c.dfmt(c.sub - dt.timedelta(days=self.rng.randint(1, 6))))
        T(self.sh, 18, self.y, "Handtekening", font="sans", size=7.8, color=(50, 50, 50))
        self.sh.rect(18, self.y + 3.6, 80, 24, width_mm=0.3)
        self.sh.signature(24 + self.rng.uniform(0, 10), self.y + self.rng.uniform(6, 10), 46, 14, self.rng,
                          color=self.ink)
        self.y += 30

    def finish(self) -> list[Sheet]:
        n = len(self.sheets)
        for i, sh in enumerate(self.sheets, 1):
            T(sh, self.c.page_w - 18, self.c.page_h - 10, f"Pagina {i} van {n}", font="sans", size=7, color=GREY,
              align="right")
        return self.sheets


def form_med_pdf(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _PdfForm(c, rng, "Aanvraag verblijfsvergunning medische behandeling", "MED-aanvraag 2026-1 · formulier")
    f.person()
    f.head("3  Medische behandeling in Nederland")
    f.q("Zorginstelling (naam en plaats)", f"{c.hospital.get('name', '')}, {c.hospital.get('city', '')}")
    f.q("Omschrijving van de behandeling", c.med.get("tx_short", ""))
    f.choice("Heeft u uitstel van vertrek op grond van artikel 64 Vreemdelingenwet gehad?", ["Nee", "Ja"],
             {1 if c.art64_end else 0})
    if c.art64_end:
        f.q("Einddatum uitstel van vertrek", c.dfmt(c.art64_end))
    else:
        f.choice("Wie betaalt de behandeling en het verblijf?", ["Ik zelf", "Garantsteller"], {1 if c.payer else 0})
    f.choice("Heeft u een geldig paspoort?", ["Ja", "Nee – ik vraag vrijstelling"], {1 if c.no_passport else 0})
    f.choice("Bent u Surinamer met een visum (mvv) voor medische behandeling?", ["Nee", "Ja"],
             {1 if c.suriname_visa else 0})
    f.sign()
    return f.finish()


def form_7027_pdf(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _PdfForm(c, rng, "Aanvraag voortgezet verblijf – humanitair niet-tijdelijk (7027)", "7027 · 2026-1")
    f.person()
    f.head("3  Uw verblijfsvergunning")
    keys = [k for k, _ in ROUTES_7027]
    f.head("Verblijfsdoel waarna u voortgezet verblijf aanvraagt")
    for k, (key, txt) in enumerate(ROUTES_7027):
        f.choice("", [txt], {0} if c.route == key else set())
        f.y -= 5
    f.y += 5
    f.q("Ingangsdatum van die vergunning", c.dfmt(c.since) if c.since else "")
    if c.route == "relationship":
        f.choice("Inburgering", ["diploma", "ontheffing / vrijstelling", "nog niet"],
                 {0 if c.inburgering in ("diploma", "results", "failed") else 1 if c.inburgering == "exemption" else 2})
    del keys
    f.sign()
    return f.finish()


def form_generic_pdf(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _PdfForm(c, rng, "Verlengen verblijfsvergunning regulier", "VERL-regulier 2026-1")
    f.person()
    f.head("3  Uw aanvraag")
    f.q("Huidig verblijfsdoel", GENERIC_PURPOSES[seed_of("purpose", c.rng_seed) % len(GENERIC_PURPOSES)])
    f.q("Einddatum huidige verblijfsvergunning", c.dfmt(c.sub + dt.timedelta(days=rng.randint(20, 80))))
    f.sign()
    return f.finish()


_reg("ind-form-med-pdf-velden-2026", "application", PART, "nl", form_med_pdf,
     "medical treatment form as a printed fillable PDF: light-blue fields, dark section bands, V-number box")
_reg("ind-form-7027-pdf-velden-2026", "application", PART, "nl", form_7027_pdf,
     "form 7027 as a printed fillable PDF, one check box per route")
_reg("ind-form-generic-pdf-velden-2026", "application", PART, "nl", form_generic_pdf,
     "extension form as a printed fillable PDF")


# =========================================================================== income

def payslip_cleaning(c: Case, rng: random.Random, month: int = 11, **_) -> list[Sheet]:
    """A cleaning company's monthly payslip with a table of the hours worked per day (date, object, hours,
    allowance), then the pay lines; the company's name in a green rounded band."""
    e, w = _emp(c, rng), earner(c)
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    firm = rng.choice(["Glans Schoonmaakdiensten B.V.", "CleanPro Facilitair B.V.", "Helder & Zo Schoonmaak B.V."])
    sh = c.new_sheet()
    W = c.page_w
    f = "sans6"
    sh.rect(16, 10, W - 32, 12, width_mm=0, fill=(20, 130, 80))
    T(sh, 20, 12.5, firm, font=f, size=12, bold=True, color=(255, 255, 255))
    T(sh, W - 20, 13, f"Salarisspecificatie {['', 'januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'][month]} 2026",
      font=f, size=9.5, align="right", color=(255, 255, 255))
    for i, (a_, b_) in enumerate([("Naam", f"{w.given_names} {w.surname}"), ("Personeelsnr.", str(rng.randint(1000, 9999))),
                                  ("Cao", "Schoonmaak- en glazenwassersbedrijf"), ("Functie", "schoonmaakmedewerker"),
                                  ("In dienst", d_nl(e["start"], "dashes_zero"))]):
        T(sh, 18, 28 + i * 5, a_, font=f, size=9, color=GREY)
        T(sh, 55, 28 + i * 5, b_, font=f, size=9)
    y = 58
    cols = [("Datum", 18, 26), ("Object", 44, 70), ("Uren", 114, 18), ("Toeslag", 132, 30)]
    for t, x, ww in cols:
        sh.rect(x, y, ww, 6, width_mm=0.2, fill=(225, 240, 230))
        T(sh, x + 1.5, y + 1.2, t, font=f, size=8, bold=True)
    y += 6
    objs = ["Kantoor Stationsplein", "Basisschool De Regenboog", "Bibliotheek centrum", "Sporthal Noord"]
    tot = 0.0
    for dday in range(2, 28, 3):
        hrs = rng.choice([3.0, 3.5, 4.0, 4.5])
        tot += hrs
        for (t, x, ww), v in zip(cols, [f"{dday:02d}-{month:02d}", rng.choice(objs), f"{hrs:.2f}".replace(".", ","),
                                        rng.choice(["", "", "vroeg 25%"])]):
            sh.rect(x, y, ww, 5.2, width_mm=0.15)
            T(sh, x + 1.5, y + 0.8, v, font=f, size=8)
        y += 5.2
    T(sh, 18, y + 2, f"Totaal uren deze periode (steekproef van de dagen): {tot:.2f}".replace(".", ","), font=f,
      size=8.5, color=GREY)
    y += 12
    for t, v in (("Brutoloon", k["bruto"]), ("Pensioenpremie", -k["pens"]), ("Loonheffing", -k["lh"]),
                 ("Reiskosten", k["reis"]), ("Netto te betalen", k["net"])):
        T(sh, 18, y, t, font=f, size=10, bold=t.startswith("Netto"))
        T(sh, 150, y, eur(v, False), font=f, size=10, align="right", bold=t.startswith("Netto"))
        y += 6.5
    T(sh, 18, y + 6, f"Uitbetaald op rekening {e['iban']}", font=f, size=8.5, color=DARK)
    return [sh]


def uwv_specificatie(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """UWV's 'Specificatie van uw uitkering' (WW or WIA), the amounts in a right-aligned table."""
    w = earner(c)
    e = _emp(c, rng)
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    kind = rng.choice(["WIA-uitkering (WGA)", "WW-uitkering"])
    sh = c.new_sheet()
    W = c.page_w
    f = "sans4"
    T(sh, 20, 14, "UWV", font=f, size=18, bold=True, color=(0, 102, 179))
    T(sh, 20, 36, f"{w.given_names} {w.surname}", font=f, size=10)
    if w.address:
        T(sh, 20, 41, f"{w.address.street} {w.address.number}", font=f, size=10)
        T(sh, 20, 46, f"{w.address.postcode} {w.address.city}", font=f, size=10)
    T(sh, 120, 36, f"Datum  {d_nl(c.sub - dt.timedelta(days=rng.randint(10, 40)))}", font=f, size=9)
    T(sh, 120, 41, f"BSN    {e['bsn']}", font=f, size=9)
    T(sh, 20, 62, f"Specificatie van uw {kind} over {rng.choice(['september', 'oktober', 'november'])} 2026", font=f,
      size=12, bold=True)
    y = 74
    bruto = k["bruto"] * 0.7
    for t, v in (("Bruto uitkering", bruto), ("Vakantiegeld (reservering)", bruto * 0.08),
                 ("Loonheffing", -bruto * 0.28), ("Netto uitkering", bruto * 0.72)):
        T(sh, 20, y, t, font=f, size=10, bold=t.startswith("Netto"))
        T(sh, W - 40, y, eur(v, False), font=f, size=10, align="right", bold=t.startswith("Netto"))
        sh.rule(20, y + 5.5, W - 40, y + 5.5, width_mm=0.1, color=(190, 190, 190))
        y += 8
    P(sh, 20, y + 6, W - 40, "Wij betalen het nettobedrag rond de 23e van de maand uit op uw rekening. De uitkering "
      "loopt door zolang u aan de voorwaarden voldoet.", font=f, size=9.5)
    return [sh]


def tax_aanslag(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The Belastingdienst's 'Aanslag inkomstenbelasting en premie volksverzekeringen' for 2025 (blue
    envelope-window letter): taxable income from work in the first table."""
    w = earner(c)
    e = _emp(c, rng)
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    sh = c.new_sheet()
    W = c.page_w
    f = "sans"
    T(sh, 20, 12, "Belastingdienst", font=f, size=14, bold=True, color=(21, 66, 115))
    T(sh, 20, 36, f"{w.given_names[0]}. {w.surname}", font=f, size=10)
    if w.address:
        T(sh, 20, 41, f"{w.address.street} {w.address.number}", font=f, size=10)
        T(sh, 20, 46, f"{w.address.postcode}  {w.address.city.upper()}", font=f, size=10)
    T(sh, 120, 30, "Aanslagnummer", font=f, size=8, color=GREY)
    T(sh, 120, 34, f"{e['bsn'].replace('.', '')}.H.56", font=f, size=9.5)
    T(sh, 120, 40, "Dagtekening", font=f, size=8, color=GREY)
    T(sh, 120, 44, d_nl(dt.date(2026, rng.choice([4, 5, 6, 7]), rng.randint(1, 28))), font=f, size=9.5)
    T(sh, 20, 62, "Aanslag inkomstenbelasting en premie volksverzekeringen 2025", font=f, size=12, bold=True)
    y = 74
    yearly = k["bruto"] * 12.96
    for t, v in (("Inkomen uit werk en woning – loon", yearly), ("Belastbaar inkomen uit werk en woning", yearly),
                 ("Inkomstenbelasting en premie", yearly * 0.3697), ("Heffingskortingen", -rng.randint(3000, 5500)),
                 ("Ingehouden loonheffing", -yearly * 0.3697 + rng.randint(-120, 120)),
                 ("Te betalen / terug te ontvangen", rng.randint(-400, 300))):
        T(sh, 20, y, t, font=f, size=9.8)
        T(sh, W - 30, y, eur(v, False), font=f, size=9.8, align="right")
        y += 7
    return [sh]


def guarantor_handwritten(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The IND's guarantee form ('Garantverklaring') printed blank and filled in by hand by the guarantor, with
    the guarantor's monthly income written in and two signatures."""
    g = c.payer or c.p
    e = _emp(c, random.Random(c.rng_seed))
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    sh = c.new_sheet()
    W = c.page_w
    f = "sans"
    ink = rng.choice([BLUE_INK, BLACK_INK])
    T(sh, 18, 12, "Garantverklaring – medische behandeling", font=f, size=13, bold=True)
    T(sh, 18, 19, "Vul dit formulier in met blokletters", font=f, size=8.5, color=GREY)
    rows = [("Naam garantsteller", f"{g.given_names} {g.surname}"),
            ("Geboortedatum garantsteller", d_nl(g.birth_date, "dashes_zero")),
            ("Woonplaats", g.address.city if g.address else "Rotterdam"),
            ("Relatie tot de vreemdeling", c.payer_relation or "familielid"),
            ("Naam vreemdeling", f"{c.p.given_names} {c.p.surname}"),
            ("Geboortedatum vreemdeling", d_nl(c.p.birth_date, "dashes_zero")),
            ("Werkgever garantsteller", e["name"]),
            ("Netto inkomen per maand", eur(k["net"]).replace("€", "EUR"))]
    y = 30
    for lab, val in rows:
        T(sh, 18, y, lab, font=f, size=8.5, color=(60, 60, 60))
        sh.rule(18, y + 11, W - 18, y + 11, width_mm=0.2)
        sh.handwriting(20, y + 4, val.upper(), rng, size_pt=11, color=ink, font="hand4")
        y += 14
    P(sh, 18, y + 4, W - 36, "Ik stel mij garant voor de kosten van verblijf en medische behandeling van de "
      "vreemdeling in Nederland, zolang hij of zij hier verblijft, en verklaar dat deze kosten niet ten laste van "
      "de publieke middelen komen.", font=f, size=9.5)
    y += 26
    sh.handwriting(18, y, f"{g.address.city if g.address else 'Rotterdam'}, "
                   f"{d_nl(c.sub - dt.timedelta(days=rng.randint(10, 40)), 'dashes_zero')}", rng, size_pt=11,
                   color=ink, font="hand4")
    sh.signature(18, y + 8, 44, 14, rng, color=ink)
    sh.signature(110, y + 8, 44, 14, rng, color=BLUE_INK)
    T(sh, 18, y + 24, "handtekening garantsteller", font=f, size=8, color=GREY)
    T(sh, 110, y + 24, "handtekening vreemdeling", font=f, size=8, color=GREY)
    return [sh]


_reg("payslip-nl-schoonmaak-urentabel", "income-proof", PART, "nl", payslip_cleaning,
     "cleaning company's payslip with a table of hours per day and object, green band")
_reg("guarantor-model-handgeschreven", "income-proof", PART, "nl", guarantor_handwritten,
     "guarantee form printed blank and filled in by hand in capitals, two signatures")
_reg("uwv-specificatie-uitkering", "income-proof", PART, "nl", uwv_specificatie,
     "UWV benefit specification (WW or WIA), amounts in a ruled table")
_reg("tax-aanslag-ib-2025", "income-proof", PART, "nl", tax_aanslag,
     "Belastingdienst income-tax assessment 2025, window-envelope letter")


# =========================================================================== medical statements

def medstat_discharge_en(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An English hospital discharge summary (the patient was first treated abroad): admission and discharge dates,
    diagnoses, medication on discharge in a table, follow-up."""
    m = c.med
    g, s, _ = make_professional(random.Random(seed_of("dis", c.rng_seed)), "NL")
    hosp = {"AFG": "French Medical Institute for Mothers and Children, Kabul", "ARM": "Nairi Medical Center, Yerevan",
            "ERI": "Orotta National Referral Hospital, Asmara", "IRQ": "Rizgary Teaching Hospital, Erbil",
            "SYR": "American University of Beirut Medical Center", "TUR": "Acıbadem Maslak Hospital, Istanbul",
            "CMR": "Mbingo Baptist Hospital, North-West Region, Cameroon"}.get(
        c.p.nationality, rng.choice(["Aga Khan University Hospital, Nairobi", "Korle Bu Teaching Hospital, Accra"]))
    adm = c.sub - dt.timedelta(days=rng.randint(60, 200))
    sh = c.new_sheet()
    W = c.page_w
    f = "serif6"
    T(sh, W / 2, 12, hosp, font=f, size=12, bold=True, align="center")
    T(sh, W / 2, 19, "DISCHARGE SUMMARY", font=f, size=13, bold=True, align="center")
    sh.rule(18, 25, W - 18, 25, width_mm=0.4)
    for k, (a, b) in enumerate([("Patient", f"{c.p.surname.upper()}, {c.p.given_names}"),
                                ("Date of birth", d_en(c.p.birth_date)), ("Admitted", d_en(adm)),
                                ("Discharged", d_en(adm + dt.timedelta(days=rng.randint(5, 14))))]):
        T(sh, 18 + (k % 2) * 90, 30 + (k // 2) * 6, f"{a}: {b}", font=f, size=9.8)
    y = 46
    T(sh, 18, y, "Diagnosis", font=f, size=10.5, bold=True)
    y = P(sh, 18, y + 5, W - 36, m["dx_en"], font=f, size=10) + 3
    T(sh, 18, y, "Treatment and plan", font=f, size=10.5, bold=True)
    y = P(sh, 18, y + 5, W - 36, m["tx_en"], font=f, size=10) + 3
    for t in (f"Treatment started on {d_en(_treat_start(c))}.", duration_phrase(c.duration, _treat_start(c), "en"),
              m["stop_en"], _not_available(c, "en")):
        y = P(sh, 18, y, W - 36, t, font=f, size=10) + 2.5
    y += 4
    sh.signature(18, y, 40, 12, rng, color=BLACK_INK)
    T(sh, 18, y + 14, f"Dr {g} {s}, {m['doc_en'].title()}", font=f, size=10)
    return [sh]


def medstat_fountain_gp(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A GP's letter written with a fountain pen on the practice's printed letter paper (cursive-like face)."""
    m = c.med
    gp = c.gp or {"name": "Huisartsenpraktijk De Boog", "city": "Leiden"}
    g, s, _ = make_professional(random.Random(seed_of("vulpen", c.rng_seed)), "NL")
    sh = c.new_sheet("cream")
    W = c.page_w
    T(sh, 18, 12, gp.get("name", "Huisartsenpraktijk"), font="serif4", size=12, bold=True)
    T(sh, 18, 18, f"{g} {s}, huisarts · {gp.get('city', '')}", font="serif4", size=8.5, color=GREY)
    sh.rule(18, 23, W - 18, 23, width_mm=0.3)
    ink = (18, 40, 110)
    txt = [f"Betreft: {c.p.given_names} {c.p.surname}, geb. {d_nl(c.p.birth_date, 'dashes_zero')}", "",
           "Geachte heer/mevrouw,", f"Bovengenoemde patiënt is bij mij bekend met {m['dx']}.",
           f"Behandeling: {m['tx']}.", duration_phrase(c.duration, _treat_start(c), "nl"), m["stop"],
           _not_available(c, "nl"), "", f"{gp.get('city', '')}, {d_nl(c.sub - dt.timedelta(days=rng.randint(5, 30)))}"]
    y = 32
    for para in txt:
        if not para:
            y += 6
            continue
        for ln in sh.wrap(para, W - 40, font="serif", size_pt=12.5):
            if y > c.page_h - 40:
                break
            sh.handwriting(20, y, ln, rng, size_pt=12.5, color=ink, font="hand3", jitter=0.5)
            y += 8
    sh.signature(20, y + 2, 44, 14, rng, color=ink, style="loops")
    return [sh]


def medstat_poli_marker(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An outpatient clinic's letter to the GP with the conclusion highlighted in yellow by the lawyer."""
    m, h = c.med, c.hospital
    g, s, _ = make_professional(random.Random(seed_of("poli", c.rng_seed)), "NL")
    sh = c.new_sheet()
    W = c.page_w
    f = "sans2"
    T(sh, W - 18, 12, h["name"], font=f, size=11, bold=True, align="right")
    T(sh, W - 18, 18, f"Polikliniek {m['spec']}", font=f, size=9, align="right", color=GREY)
    T(sh, 18, 40, f"{h['city']}, {d_nl(c.sub - dt.timedelta(days=rng.randint(7, 40)))}", font=f, size=10)
    T(sh, 18, 48, f"Betreft: {c.p.surname}, {c.p.given_names} · {d_nl(c.p.birth_date, 'dashes_zero')}", font=f,
      size=10.5, bold=True)
    y = P(sh, 18, 58, W - 36, f"Geachte collega, uw patiënt is op onze polikliniek gezien. Diagnose: {m['dx']}.",
          font=f, size=10.5) + 3
    y = P(sh, 18, y, W - 36, f"Behandeling: {m['tx']}.", font=f, size=10.5) + 3
    T(sh, 18, y, "Conclusie", font=f, size=10.5, bold=True)
    y0 = y + 5
    y = P(sh, 18, y0, W - 36, duration_phrase(c.duration, _treat_start(c), "nl") + " " + m["stop"], font=f,
          size=10.5) + 3
    highlighter(sh, 17, y0 - 0.4, W - 36, 5.2)
    y = P(sh, 18, y, W - 36, _not_available(c, "nl"), font=f, size=10.5) + 6
    T(sh, 18, y, "Met collegiale groet,", font=f, size=10.5)
    sh.signature(18, y + 5, 40, 13, rng)
    T(sh, 18, y + 20, f"{g} {s}, {m['doc_title']}", font=f, size=10)
    return [sh]


_reg("medstat-discharge-summary-en", "medical-statement", PART, "en", medstat_discharge_en,
     "English discharge summary of a hospital abroad, centred heading, dates in two columns")
_reg("medstat-huisarts-vulpen-nl", "medical-statement", PART, "nl", medstat_fountain_gp,
     "GP's letter written with a fountain pen on cream practice paper")
_reg("medstat-poli-markeerstift-nl", "medical-statement", PART, "nl", medstat_poli_marker,
     "outpatient clinic letter, letterhead right, conclusion marked with a highlighter")


# =========================================================================== care institution

def care_dialysis(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A dialysis/treatment centre's confirmation with the weekly session schedule as a small grid."""
    h, m = c.hospital, c.med
    start, end = _care_dates(c)
    sh = c.new_sheet()
    W = c.page_w
    f = "sans3"
    T(sh, 18, 12, f"{h['short']} · Behandelcentrum", font=f, size=12, bold=True, color=(0, 100, 140))
    T(sh, 18, 19, f"{h['street']} · {h['pc']} {h['city']}", font=f, size=8.5, color=GREY)
    T(sh, 18, 36, "Bevestiging behandelplaats", font=f, size=13, bold=True)
    P(sh, 18, 46, W - 36, f"Wij bevestigen dat {c.p.given_names} {c.p.surname} (geb. {d_nl(c.p.birth_date, 'dashes_zero')}) "
      f"bij ons een vaste behandelplaats heeft voor {m['tx']}, van {d_nl(start)} tot ten minste {d_nl(end)}. Wij "
      f"zijn bereid en in staat deze zorg te leveren. Kosten circa {eur(m['cost'])} per jaar.", font=f, size=10,
      leading=1.5)
    y = 82
    days = ["ma", "di", "wo", "do", "vr", "za"]
    for k, dname in enumerate(days):
        sh.rect(18 + k * 28, y, 28, 7, width_mm=0.2, fill=(220, 236, 244))
        T(sh, 20 + k * 28, y + 1.5, dname, font=f, size=9, bold=True)
        sh.rect(18 + k * 28, y + 7, 28, 9, width_mm=0.2)
        if k in (0, 2, 4) or (k == 1 and rng.random() < 0.3):
            T(sh, 20 + k * 28, y + 9, rng.choice(["08:00", "13:00", "18:00"]), font=f, size=9)
    T(sh, 18, y + 26, f"{h['city']}, {d_nl(c.sub - dt.timedelta(days=rng.randint(8, 40)))}", font=f, size=10)
    sh.signature(18, y + 31, 40, 13, rng)
    T(sh, 18, y + 46, "teamleider behandelcentrum", font=f, size=9.5)
    return [sh]


def care_ggz_intake(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A mental-health or treatment institution's intake confirmation, letter with a reference table at the top."""
    h, m = c.hospital, c.med
    start, end = _care_dates(c)
    sh = c.new_sheet()
    W = c.page_w
    f = "serif2"
    T(sh, 18, 12, h["name"], font=f, size=12.5, bold=True)
    for k, (a, b) in enumerate([("Ons kenmerk", f"INT-{rng.randint(10000, 99999)}"),
                                ("Datum", d_nl(c.sub - dt.timedelta(days=rng.randint(8, 40)))),
                                ("Behandelaar", f"{m['spec']}")]):
        T(sh, 18, 28 + k * 5, a, font=f, size=8.5, color=GREY)
        T(sh, 50, 28 + k * 5, b, font=f, size=9.5)
    T(sh, 18, 50, f"Betreft: bevestiging intake en behandeling {c.p.given_names} {c.p.surname}", font=f, size=10.5,
      bold=True)
    y = P(sh, 18, 60, W - 36, f"Na de intake is {c.p.given_names} {c.p.surname}, geboren op {d_nl(c.p.birth_date)}, "
          f"bij ons in behandeling genomen voor {m['tx']}. De behandeling loopt van {d_nl(start)} tot ten minste "
          f"{d_nl(end)}. Wij zijn bereid en in staat de behandeling te geven; de kosten worden geraamd op "
          f"{eur(m['cost'])} per jaar.", font=f, size=10.5, leading=1.5) + 10
    sh.signature(18, y, 42, 13, rng)
    T(sh, 18, y + 15, "hoofd zorgadministratie", font=f, size=10)
    sh.stamp(100, y - 4, [h["short"].upper(), "ZORGADMINISTRATIE"], rng, shape="rect", size_mm=30, color=STAMP_VIOLET)
    return [sh]


def care_portal_print(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An appointments overview printed from the hospital's patient portal, with the treatment confirmation text
    of the care coordinator above the list."""
    h, m = c.hospital, c.med
    start, end = _care_dates(c)
    sh = c.new_sheet()
    W = c.page_w
    f = "sans"
    T(sh, 14, 8, f"https://mijn.{h['short'].lower().replace(' ', '')}.nl/afspraken", font=f, size=7, color=GREY)
    T(sh, W - 14, 8, d_nl(c.sub - dt.timedelta(days=rng.randint(5, 25)), "dashes_zero"), font=f, size=7, color=GREY,
      align="right")
    T(sh, 18, 18, f"Mijn {h['short']}", font=f, size=14, bold=True, color=(0, 120, 200))
    T(sh, 18, 28, f"{c.p.given_names} {c.p.surname} · geb. {d_nl(c.p.birth_date, 'dashes_zero')}", font=f, size=10)
    y = P(sh, 18, 38, W - 36, f"Bericht van de zorgcoördinator: {h['name']} bevestigt dat u bij ons wordt "
          f"behandeld voor {m['tx']}, van {d_nl(start)} tot ten minste {d_nl(end)}. Wij kunnen en willen deze "
          f"behandeling bieden. Kosten circa {eur(m['cost'])} per jaar.", font=f, size=10, leading=1.45) + 6
    T(sh, 18, y, "Geplande afspraken", font=f, size=11, bold=True)
    y += 7
    for k in range(5):
        dd = start + dt.timedelta(days=14 * k + rng.randint(0, 3))
        sh.rect(18, y, W - 36, 9, width_mm=0.2, color=(200, 200, 200))
        T(sh, 20, y + 2, d_nl(dd, "dashes_zero"), font=f, size=9.5, bold=True)
        T(sh, 50, y + 2, f"{m['spec']} – {m['tx_short'][:50]}", font=f, size=9.5)
        y += 10
    T(sh, W / 2, c.page_h - 8, "1/1", font=f, size=7, color=GREY, align="center")
    return [sh]


_reg("care-behandelcentrum-schema-nl", "care-institution-statement", PART, "nl", care_dialysis,
     "treatment centre's confirmation with a weekly session grid")
_reg("care-intake-kenmerktabel-nl", "care-institution-statement", PART, "nl", care_ggz_intake,
     "institution's intake confirmation with reference block, rectangular violet stamp")
_reg("care-patientportaal-afspraken-print", "care-institution-statement", PART, "nl", care_portal_print,
     "appointments overview printed from a patient portal with the coordinator's confirmation")


# =========================================================================== health insurance

def polisblad_card_recto_verso(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The insurance card copied recto and verso side by side at the top, the policy summary below."""
    ins = c.insurer_nl
    sh = c.new_sheet()
    W = c.page_w
    f = "sans6"
    for k in range(2):
        x = 18 + k * 92
        sh.rect(x, 10, 85.6, 54, width_mm=0.4, color=(80, 80, 80), fill=(226, 236, 230) if k == 0 else (236, 236, 236))
    T(sh, 21, 13, ins["short"], font=f, size=11, bold=True)
    T(sh, 21, 26, f"{c.p.given_names} {c.p.surname}", font=f, size=9)
    T(sh, 21, 32, f"{d_nl(c.p.birth_date, 'dashes_zero')}", font=f, size=8)
    T(sh, 21, 38, f"Relatienummer {_policy_no(c)}", font=f, size=8)
    T(sh, 113, 13, "Bij spoed in het buitenland: +31 71 000 00 00", font=f, size=7)
    T(sh, 113, 20, f"UZOVI {ins.get('uzovi', '3311')}", font=f, size=8)
    T(sh, 113, 26, "Deze pas is persoonsgebonden.", font=f, size=7)
    T(sh, 18, 76, f"Polisoverzicht {c.sub.year} – {ins['name']}", font=f, size=13, bold=True)
    rows = [("Verzekerde", f"{c.p.given_names} {c.p.surname}"), ("Geboortedatum", d_nl(c.p.birth_date, "dashes_zero")),
            ("Polisnummer", _policy_no(c)), ("Ingangsdatum", f"01-01-{c.sub.year}"),
            ("Basisverzekering", "Restitutie – medisch-specialistische zorg, geneesmiddelen, ziekenhuisopname"),
            ("Eigen risico", "€ 385")]
    y = 88
    for a, b in rows:
        T(sh, 18, y, a, font=f, size=9.5, color=GREY)
        y = P(sh, 64, y, W - 82, b, font=f, size=9.5) + 2
    return [sh]


def incoming_portal_overview(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An incoming insurer's cover overview downloaded from its customer portal: a square code at the top right, the
    cover as a list of ticked lines, the validity as a bar with the dates at its ends."""
    name = _ins(c)
    start = c.sub - dt.timedelta(days=rng.randint(30, 200))
    end = add_years(start, 1)
    sh = c.new_sheet()
    W = c.page_w
    f = "sans5"
    T(sh, 18, 12, name, font=f, size=12, bold=True, color=(120, 40, 120))
    T(sh, 18, 19, "Mijn polis · dekkingsoverzicht", font=f, size=9, color=GREY)
    for k in range(60):
        r = random.Random(seed_of("qr", c.rng_seed, k))
        sh.rect(W - 40 + r.randint(0, 20), 10 + r.randint(0, 20), 2, 2, width_mm=0, fill=(0, 0, 0))
    sh.rect(W - 41, 9, 24, 24, width_mm=0.4)
    for k, (a, b) in enumerate([("Verzekerde", f"{c.p.given_names} {c.p.surname}"),
                                ("Geboortedatum", d_nl(c.p.birth_date, "dashes_zero")),
                                ("Polisnummer", _policy_no(c, "INC-"))]):
        T(sh, 18, 40 + k * 6, a, font=f, size=9, color=GREY)
        T(sh, 60, 40 + k * 6, b, font=f, size=10)
    T(sh, 18, 64, "Looptijd", font=f, size=9, color=GREY)
    sh.rect(60, 64, 100, 4, width_mm=0, fill=(190, 150, 200))
    T(sh, 60, 70, d_nl(start, "dashes_zero"), font=f, size=8.5)
    T(sh, 160, 70, d_nl(end, "dashes_zero"), font=f, size=8.5, align="right")
    y = 84
    T(sh, 18, y, "Wat is gedekt", font=f, size=11, bold=True)
    y += 8
    for ln in ["medisch-specialistische behandeling in Nederland", "ziekenhuisopname en dagbehandeling",
               "geneesmiddelen op voorschrift", "bestaande aandoeningen (meeverzekerd)", "geen eigen risico"]:
        T(sh, 20, y, "✓", font="sans3", size=10, color=(0, 120, 60))
        T(sh, 27, y, ln, font=f, size=10)
        y += 6.5
    T(sh, 18, c.page_h - 14, f"Gedownload op {d_nl(c.sub - dt.timedelta(days=rng.randint(2, 20)), 'dashes_zero')}",
      font=f, size=7.5, color=GREY)
    return [sh]


def intl_canada_letter(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A Canadian insurer's 'Certificate of Coverage' (Letter paper when printed as received)."""
    ins = c.insurer_intl or {}
    name = _ins(c)
    sh = c.new_sheet()
    W = c.page_w
    f = "sans4"
    sh.rect(0, 0, W, 14, width_mm=0, fill=(150, 20, 30))
    T(sh, 18, 4, name, font=f, size=12, bold=True, color=(255, 255, 255))
    T(sh, 18, 20, ins.get("addr", "1200 Bay Street, Suite 900, Toronto, ON M5R 2A5, Canada"), font=f, size=8.5,
      color=GREY)
    T(sh, 18, 36, "CERTIFICATE OF COVERAGE", font=f, size=13, bold=True)
    for k, (a, b) in enumerate([("Member", f"{c.p.given_names} {c.p.surname}"), ("Date of birth", d_en(c.p.birth_date)),
                                ("Certificate no.", _policy_no(c, "CA-")), ("Plan", ins.get("plan", "Global Health Plus")),
                                ("Territory", "Worldwide, including the Netherlands")]):
        T(sh, 18, 48 + k * 7, a, font=f, size=9.5, color=GREY)
        T(sh, 70, 48 + k * 7, b, font=f, size=9.5)
    P(sh, 18, 90, W - 36, "This certificate confirms coverage for inpatient and outpatient care, specialist "
      "consultations and prescription drugs, including pre-existing conditions, for twelve months from the "
      "effective date.", font=f, size=10)
    sh.signature(18, 114, 40, 12, rng, color=BLACK_INK)
    T(sh, 18, 128, "Member Services", font=f, size=9.5)
    return [sh]


_reg("polisblad-nl-pas-recto-verso", "health-insurance", PART, "nl", polisblad_card_recto_verso,
     "insurance card copied recto and verso side by side above the policy overview")
_reg("incoming-portaal-dekkingsoverzicht", "health-insurance", PART, "nl", incoming_portal_overview,
     "incoming insurer's cover overview downloaded from its portal, square code, ticked cover lines, validity bar")
_reg("intl-certificate-canada-band", "health-insurance", PART, "en", intl_canada_letter,
     "Canadian insurer's certificate of coverage with a red band")


# =========================================================================== civic integration

def duo_diploma_landscape(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The diploma printed in landscape on A4 (turned on the page), with the DUO logo block."""
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    d = _inb_date(c, rng)
    inner = Sheet(H, W)
    inner.rect(8, 8, H - 16, W - 16, width_mm=0.6, color=(0, 60, 110))
    inner.rect(16, 16, 30, 14, width_mm=0, fill=(0, 60, 110))
    T(inner, 31, 19, "DUO", font="sans4", size=14, bold=True, color=(255, 255, 255), align="center")
    T(inner, H / 2, 40, "Diploma inburgering", font="serif6", size=26, bold=True, align="center")
    P(inner, 40, 70, H - 80, f"{c.p.given_names} {c.p.surname}, geboren op {d_nl(c.p.birth_date)}, heeft voldaan "
      f"aan de inburgeringsplicht door op {d_nl(d)} alle onderdelen van het inburgeringsexamen te halen.",
      font="serif6", size=13, leading=1.6)
    T(inner, 40, 140, "namens de minister van Sociale Zaken en Werkgelegenheid", font="serif6", size=9.5)
    inner.signature(40, 146, 45, 14, rng, color=BLACK_INK)
    sh.image(0, 0, W, H, inner.render(200).rotate(90, expand=True))
    return [sh]


def duo_ontheffing_marker(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """DUO's exemption decision as an ordinary letter; the decision sentence marked with a yellow highlighter."""
    sh = c.new_sheet()
    W = c.page_w
    d = _inb_date(c, rng)
    f = "sans2"
    T(sh, W - 20, 14, "Dienst Uitvoering Onderwijs", font=f, size=11, bold=True, align="right")
    T(sh, W - 20, 20, "Ministerie van Onderwijs, Cultuur en Wetenschap", font=f, size=8, align="right", color=GREY)
    T(sh, 20, 44, f"{c.p.given_names} {c.p.surname}", font=f, size=10)
    T(sh, 20, 60, f"Datum {d_nl(d)}", font=f, size=9.5)
    T(sh, 20, 66, "Onderwerp  Ontheffing inburgeringsplicht", font=f, size=9.5)
    y = P(sh, 20, 80, W - 40, f"Geachte heer/mevrouw {c.p.surname},", font=f, size=10.5) + 3
    y0 = y
    y = P(sh, 20, y, W - 40, "U krijgt ontheffing van de inburgeringsplicht. Uit het advies van de arts blijkt dat u "
          "door uw medische situatie blijvend niet aan de inburgeringsplicht kunt voldoen.", font=f, size=10.5) + 3
    highlighter(sh, 19, y0 - 0.5, W - 40, 5.3)
    P(sh, 20, y, W - 40, f"Uw geboortedatum volgens onze gegevens: {d_nl(c.p.birth_date, 'dashes_zero')}. Met "
      f"vriendelijke groet, DUO.", font=f, size=10.5)
    return [sh]


def duo_uitslag_letter(c: Case, rng: random.Random, *, failed: bool = False, **_) -> list[Sheet]:
    """DUO's letter with the result of the last exam session, one sentence per part in a list."""
    sh = c.new_sheet()
    W = c.page_w
    d = _inb_date(c, rng)
    f = "sans6"
    T(sh, 20, 14, "DUO", font=f, size=16, bold=True, color=(0, 60, 110))
    T(sh, 20, 40, f"{c.p.given_names} {c.p.surname} – geboren {d_nl(c.p.birth_date, 'dashes_zero')}", font=f, size=10)
    T(sh, 20, 56, "Uitslag inburgeringsexamen", font=f, size=13, bold=True)
    parts = ["Leesvaardigheid", "Luistervaardigheid", "Schrijfvaardigheid", "Spreekvaardigheid",
             "Kennis van de Nederlandse Maatschappij"]
    bad = seed_of("fail", c.rng_seed) % len(parts) if failed else -1
    y = 68
    for k, p in enumerate(parts):
        T(sh, 24, y, f"• {p}: {'niet gehaald' if k == bad else 'gehaald'} ({d_nl(d - dt.timedelta(days=7 * k))})",
          font=f, size=10.5, bold=k == bad)
        y += 7
    P(sh, 20, y + 6, W - 40, "U hebt nog niet alle onderdelen gehaald en daarom nog geen diploma." if failed else
      "U hebt alle onderdelen gehaald. U voldoet daarmee aan de inburgeringsplicht.", font=f, size=10.5)
    return [sh]


_reg("duo-diploma-liggend-a4", "civic-integration", PART, "nl", duo_diploma_landscape,
     "DUO diploma printed in landscape, turned on the A4 page")
_reg("duo-ontheffing-brief-markeerstift", "civic-integration", PART, "nl", duo_ontheffing_marker,
     "DUO exemption letter, decision sentence highlighted")
_reg("duo-uitslag-brief-opsomming", "civic-integration", PART, "nl", duo_uitslag_letter,
     "DUO results letter, one bullet per exam part")


# =========================================================================== other

def cover_letter_left(c: Case, rng: random.Random, *, enclosures: list[str] | None = None, **_) -> list[Sheet]:
    """A lawyer's cover letter with the office's details in a narrow left column and a thin rule beside it."""
    lw = c.lawyer or LAWYERS[0]
    sh = c.new_sheet()
    W = c.page_w
    f = "sans4"
    T(sh, 12, 16, lw["firm"], font=f, size=9, bold=True)
    for k, ln in enumerate(["advocaten", lw["street"], f"{lw['pc']} {lw['city']}"]):
        T(sh, 12, 22 + k * 4.2, ln, font=f, size=7.5, color=GREY)
    sh.rule(52, 14, 52, 90, width_mm=0.25, color=(150, 150, 150))
    x = 58
    y = 40
    for ln in IND_ADDRESSES[rng.randrange(len(IND_ADDRESSES))].split("\n"):
        T(sh, x, y, ln, font=f, size=10)
        y += 5
    y += 8
    T(sh, x, y, f"{lw['city']}, {d_nl(c.sub - dt.timedelta(days=rng.randint(0, 3)))}", font=f, size=10)
    y += 8
    T(sh, x, y, f"Uw kenmerk: V-nummer {c.vnr}", font=f, size=10)
    y += 5
    y = sh.paragraph(x, y, W - x - 18, f"Inzake: {c.p.surname} – {PROC_NL[c.procedure]}", font=f, size_pt=10,
                     bold=True) + 5
    paras = ["Geachte heer, mevrouw,", f"Bijgaand ontvangt u namens mijn cliënt, {c.p.given_names} {c.p.surname}, de "
             f"aanvraag {PROC_NL[c.procedure]} met de bijbehorende stukken."]
    if c.procedure == "ind-medical-treatment" and c.art64_end:
        paras.append(f"Cliënt had uitstel van vertrek op grond van artikel 64 Vw tot en met {d_nl(c.art64_end)}.")
    if c.no_passport:
        paras.append("Cliënt beschikt niet over een geldig paspoort en verzoekt om vrijstelling van het "
                     "paspoortvereiste. " + " ".join(EXEMPTION_TEXT[i] for i in c.exemption_shown))
    if c.suriname_visa:
        paras.append("Cliënt heeft de Surinaamse nationaliteit en reisde in met een mvv voor medische behandeling; "
                     "de behandeling is nog nodig en de kosten zijn gedekt.")
    for para in paras:
        y = P(sh, x, y, W - x - 18, para, font=f, size=10) + 4
    if enclosures:
        T(sh, x, y + 2, "Bijlagen", font=f, size=10, bold=True)
        y += 8
        for i, e in enumerate(enclosures, 1):
            T(sh, x + 3, y, f"{i}) {e}", font=f, size=9.5)
            y += 5
    y += 6
    T(sh, x, y, "Met vriendelijke groet,", font=f, size=10)
    sh.signature(x, y + 5, 42, 13, rng, color=BLUE_INK)
    T(sh, x, y + 20, c.lawyer_name or f"mr. {lw.get('last', '')}", font=f, size=10)
    return [c.intr(sh)]


def art64_decision_staple(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The IND's art. 64 decision copied at 200 dpi with the staple's shadow at the top left."""
    end = c.art64_end or (c.since - dt.timedelta(days=1) if c.since else c.sub + dt.timedelta(days=10))
    start = add_years(end, -1) + dt.timedelta(days=1)
    sh = c.new_sheet()
    W = c.page_w
    f = "sans"
    T(sh, W - 20, 14, "Immigratie- en Naturalisatiedienst", font=f, size=10.5, bold=True, align="right")
    T(sh, 20, 40, f"V-nummer: {c.vnr}", font=f, size=9.5)
    T(sh, 20, 45, f"Datum: {d_nl(start - dt.timedelta(days=rng.randint(5, 20)))}", font=f, size=9.5)
    T(sh, 20, 58, "Besluit op uw aanvraag om uitstel van vertrek (artikel 64 Vreemdelingenwet 2000)", font=f,
      size=11, bold=True)
    P(sh, 20, 70, W - 40, f"De IND verleent u uitstel van vertrek van {d_nl(start)} tot en met {d_nl(end)}. Uit het "
      f"advies van het Bureau Medische Advisering blijkt dat u om medische redenen niet kunt reizen.", font=f,
      size=10.5, leading=1.5)
    return [c.intr(_copy(crooked_200(sh, rng), sh))]


def _copy(out: Sheet, like: Sheet) -> Sheet:
    out.paper = like.paper
    return out


def permit_letter_reduced(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The IND's decision granting the permit, copied at 95 % on the page."""
    sh = c.new_sheet()
    W = c.page_w
    f = "serif"
    since = c.since or (c.sub - dt.timedelta(days=400))
    T(sh, 20, 14, "IND", font=f, size=16, bold=True)
    T(sh, W - 20, 36, f"V-nummer {c.vnr}", font=f, size=9.5, align="right")
    T(sh, 20, 54, "Beschikking", font=f, size=12, bold=True)
    P(sh, 20, 66, W - 40, f"Uw aanvraag is ingewilligd. U krijgt een verblijfsvergunning regulier voor bepaalde tijd "
      f"met ingang van {d_nl(since)}. U kunt uw verblijfsdocument ophalen op het IND-loket na een afspraak.", font=f,
      size=10.5, leading=1.5)
    return [c.intr(reduced_copy(sh))]


def mvv_scanapp(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The passport page with the MVV sticker, through a phone scanner app (high contrast), on A4."""
    sh = c.new_sheet()
    x0, y0, pw, ph = 30, 60, 150, 105
    sh.rect(x0, y0, pw, ph, width_mm=0.3, fill=(236, 240, 246))
    T(sh, x0 + 4, y0 + 3, "VISUM / VISA   NLD   Koninkrijk der Nederlanden", font="sans", size=9.5, bold=True)
    start = c.sub - dt.timedelta(days=rng.randint(150, 200))
    end = start + dt.timedelta(days=180)
    pno = c.passport_no or f"R{rng.randint(1000000, 9999999)}"
    for k, (a, b) in enumerate([("GELDIG VOOR / VALID FOR", "SCHENGEN"), ("VAN / FROM", start.strftime("%d-%m-%y")),
                                ("TOT / UNTIL", end.strftime("%d-%m-%y")), ("TYPE", "D"),
                                ("PASPOORTNR.", pno), ("NAAM", f"{c.p.surname.upper()}, {c.p.given_names.upper()}"),
                                ("OPMERKINGEN", "MVV – MEDISCHE BEHANDELING")]):
        T(sh, x0 + 4, y0 + 11 + k * 8.5, a, font="sans", size=5.5, color=GREY)
        T(sh, x0 + 4, y0 + 13.5 + k * 8.5, b, font="sans", size=8.5)
    line1 = ("V<NLD" + _mrz_name(c.p, 39))[:44]
    birth = c.p.birth_date.strftime("%y%m%d")
    exp = end.strftime("%y%m%d")
    pn = (pno + "<" * 9)[:9]
    line2 = f"{pn}{_mrz_check(pn)}SUR{birth}{_mrz_check(birth)}{c.p.sex}{exp}{_mrz_check(exp)}" + "<" * 16
    T(sh, x0 + 3, y0 + ph - 13, line1, font="ocrb", size=9.5)
    T(sh, x0 + 3, y0 + ph - 7, line2[:44], font="ocrb", size=9.5)
    return [scan_app(sh)]


_reg("cover-letter-briefhoofd-links", "other", PART, "nl", cover_letter_left,
     "lawyer's cover letter, office details in a narrow left column, 'Inzake' line")
_reg("art64-decision-nietje-200dpi", "other", PART, "nl", art64_decision_staple,
     "IND art. 64 decision copied at 200 dpi, staple shadow")
_reg("permit-letter-verkleind-95", "other", PART, "nl", permit_letter_reduced,
     "IND decision granting the permit, copied at 95 %")
_reg("mvv-sticker-sur-scanapp", "other", PART, "nl", mvv_scanapp,
     "MVV page through a phone scanner app, high contrast")

