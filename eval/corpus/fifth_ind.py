"""IND families of the `fifth` part (registered in ind.FAMILIES).

Written after dev, heldout, fresh and fourth had been read, by a writer who did not see the validator: the
IND forms in a lined print (question above a dotted answer line, lettered section tabs, radio buttons), a temp
agency's four-weekly payslip, a werkgeversverklaring as a table, a bank statement in landscape, a guarantee
given before a notary; a UK hospital's clinic letter in English, a Dutch medical statement with an ICD-10 code table, a GP's
letter printed from the practice system; a hospital's international office letter, a care plan with a
Gantt-like schedule, a rehabilitation centre's admission letter; a health-insurance card copied above the
polis, an incoming-insurance polis, a US insurer's certificate; DUO's diploma with a seal, an exemption
decision in a frame, the exam results as a table; a lawyer's cover letter with a fold mark, IND decisions
copied with a coffee ring or a paperclip shadow, and the MVV page photographed.  Every maker draws on
``c.new_sheet()`` (so a planted US-Letter page is honoured) and marks pages that print the V-number
themselves with ``c.intr``.
"""
from __future__ import annotations

import random

from .fifth_identity import coffee_ring, paperclip_shadow
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
    STAMP_BLUE,
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
    hand_font,
    nat_nl,
    pay_calc,
    seed_of,
)
from .paper import Sheet
from .people import make_professional

PART = "fifth"
IND_TEAL = (0, 110, 120)


def _ins(c: Case) -> str:
    return c.__dict__.get("_ins_name") or (c.insurer_intl or {}).get("name") or "Meridian Expat Health S.A."


# =========================================================================== application forms as question tables

class _QTable:
    """An IND form in the lined print: each question above a dotted answer line across the page, sections under a
    dark tab with their letter in the left margin, options as round radio buttons (a filled dot when typed, a
    circle drawn round the option when written by hand), the V-number on a dotted line in every page header."""

    def __init__(self, c: Case, rng: random.Random, title: str, code: str):
        self.c, self.rng, self.title, self.code = c, rng, title, code
        self.hand = c.fill == "hand"
        self.ink = rng.choice([BLUE_INK, BLACK_INK])
        self.hf = hand_font(random.Random(c.rng_seed), caps=True)
        self.sheets: list[Sheet] = []
        self.n = 0
        self.letter = 0
        self.page()

    def page(self) -> None:
        c = self.c
        sh = c.new_sheet()
        W = c.page_w
        T(sh, 22, 10, "IND", font="sans5", size=16, bold=True, color=IND_TEAL)
        T(sh, 40, 11, "Immigratie- en Naturalisatiedienst", font="sans5", size=8, color=GREY)
        T(sh, 22, 19, self.title, font="sans5", size=10.5, bold=True)
        T(sh, W - 72, 12, "V-nummer", font="sans5", size=7.5, color=GREY)
        sh.rule(W - 58, 16, W - 18, 16, width_mm=0.2, dash=0.6)
        T(sh, 22, c.page_h - 10, self.code, font="sans5", size=6.5, color=GREY)
        T(sh, W - 18, c.page_h - 10, f"{len(self.sheets) + 1}", font="sans5", size=7, color=GREY, align="right")
        self.sheets.append(c.intr(sh))
        self._answer(W - 57, 11.5, c.vnr)
        self.y = 28

    @property
    def sh(self) -> Sheet:
        return self.sheets[-1]

    def head(self, t: str) -> None:
        if self.y > self.c.page_h - 40:
            self.page()
        self.letter += 1
        self.y += 3
        self.sh.rect(8, self.y - 1, 9, 8, width_mm=0, fill=(40, 40, 40))
        T(self.sh, 12.5, self.y, chr(64 + self.letter), font="sans5", size=11, bold=True, color=(255, 255, 255),
          align="center")
        T(self.sh, 22, self.y, t, font="sans5", size=11, bold=True)
        self.y += 10

    def _answer(self, x: float, y: float, s: str, sh: Sheet | None = None) -> None:
        if sh is None:
            sh = self.sh
        if not s:
            return
        if self.hand:
            sh.handwriting(x, y - 0.5, s.upper(), self.rng, size_pt=11, color=self.ink, font=self.hf)
        else:
            T(sh, x, y + 0.3, s, font="typewriter2", size=10)

    def q(self, question: str, answer: str) -> None:
        W = self.c.page_w
        self.n += 1
        if self.y + 14 > self.c.page_h - 18:
            self.page()
        T(self.sh, 22, self.y, f"{self.n}  {question}", font="sans5", size=8.8)
        self.sh.rule(26, self.y + 10, W - 18, self.y + 10, width_mm=0.15, dash=0.6, color=(110, 110, 110))
        self._answer(27, self.y + 4.5, answer)
        self.y += 14

    def choice(self, question: str, opts: list[str], chosen: set) -> None:
        self.n += 1
        if self.y + 6 + 6 * len(opts) > self.c.page_h - 18:
            self.page()
        T(self.sh, 22, self.y, f"{self.n}  {question}", font="sans5", size=8.8)
        self.y += 6
        for k, o in enumerate(opts):
            self.sh.rect(27, self.y + 0.6, 3, 3, width_mm=0.25, color=(80, 80, 80))
            T(self.sh, 33, self.y, o, font="sans5", size=8.8)
            if k in chosen:
                if self.hand:
                    w = self.sh.text_width(o, font="sans5", size_pt=8.8)
                    self.sh.rect(31, self.y - 1.2, w + 4, 5.6, width_mm=0.45, color=self.ink)
                else:
                    self.sh.rect(27.7, self.y + 1.3, 1.6, 1.6, width_mm=0, fill=(0, 0, 0))
            self.y += 6
        self.y += 2

    def person(self) -> None:
        c, p = self.c, self.c.p
        self.head("Uw gegevens")
        self.q("Achternaam (zoals in uw paspoort)", p.surname)
        self.q("Voornamen", p.given_names)
        self.q("Geboortedatum", c.dfmt(p.birth_date))
        self.q("Geboorteplaats en geboorteland", f"{p.birth_place}, {country_nl(p)}")
        self.q("Nationaliteit", nat_nl(p))
        self.choice("Geslacht", ["man", "vrouw"], {0 if p.sex == "M" else 1})
        if p.address:
            self.q("Adres in Nederland", f"{p.address.street} {p.address.number}, {p.address.postcode} {p.address.city}")
        if c.lawyer:
            self.head("Gemachtigde")
            self.q("Naam en kantoor van uw advocaat", f"{c.lawyer_name}, {c.lawyer['firm']}, {c.lawyer['city']}")

    def sign(self) -> None:
        c = self.c
        self.head("Ondertekening")
        P(self.sh, 22, self.y, c.page_w - 40, "Ik heb dit formulier volledig en naar waarheid ingevuld.",
          font="sans5", size=8.8)
        self.y += 7
        self.q("Plaats en datum", f"{c.p.address.city if c.p.address else 'Utrecht'}, "
               f"{c.dfmt(c.sub - dt.timedelta(days=self.rng.randint(1, 6)))}")
        if self.y > c.page_h - 50:
            self.page()
        T(self.sh, 22, self.y, f"{self.n + 1}  Handtekening", font="sans5", size=8.8)
        self.sh.rule(26, self.y + 22, 120, self.y + 22, width_mm=0.3)
        self.sh.signature(30 + self.rng.uniform(0, 14), self.y + self.rng.uniform(5, 9), 48, 14, self.rng,
                          color=self.ink)
        self.y += 28


def form_med_table(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _QTable(c, rng, "Aanvraag verblijfsvergunning – medische behandeling",
                "M-MED versie 2025-2 · aanvraag door de vreemdeling")
    f.person()
    f.head("Medische behandeling")
    f.q("Naam en plaats van de zorginstelling", f"{c.hospital.get('name', '')}, {c.hospital.get('city', '')}")
    f.q("Welke behandeling krijgt u?", c.med.get("tx_short", ""))
    f.choice("Hebt u 1 jaar uitstel van vertrek gehad (artikel 64 Vw)?", ["nee", "ja"], {1 if c.art64_end else 0})
    if c.art64_end:
        f.q("Op welke datum eindigt het jaar uitstel van vertrek?", c.dfmt(c.art64_end))
    else:
        f.choice("Wie betaalt de kosten van verblijf en behandeling?", ["ikzelf", "een garantsteller"],
                 {1 if c.payer else 0})
    f.choice("Hebt u een geldig paspoort?", ["ja", "nee, ik vraag vrijstelling"], {1 if c.no_passport else 0})
    f.choice("Hebt u de Surinaamse nationaliteit en een visum voor medische behandeling?", ["nee", "ja"],
             {1 if c.suriname_visa else 0})
    f.sign()
    return f.sheets


def form_7027_table(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _QTable(c, rng, "Aanvraag humanitair niet tijdelijk – voortgezet verblijf (7027)",
                "7027 versie 2025-2 · vreemdeling")
    f.person()
    f.head("Uw huidige verblijfsvergunning")
    keys = [k for k, _ in ROUTES_7027]
    f.choice("Na welk verblijfsdoel vraagt u voortgezet verblijf aan?", [t for _, t in ROUTES_7027],
             {keys.index(c.route)} if c.route in keys else set())
    f.q("Sinds wanneer hebt u die verblijfsvergunning?", c.dfmt(c.since) if c.since else "")
    if c.route == "relationship":
        f.choice("Hebt u het inburgeringsdiploma of een ontheffing/vrijstelling?",
                 ["diploma", "ontheffing of vrijstelling", "nee"],
                 {0 if c.inburgering in ("diploma", "results", "failed") else 1 if c.inburgering == "exemption" else 2})
    f.sign()
    return f.sheets


def form_generic_table(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _QTable(c, rng, "Aanvraag verlenging verblijfsvergunning regulier", "VERL versie 2025-1 · vreemdeling")
    f.person()
    f.head("Uw aanvraag")
    f.q("Voor welk verblijfsdoel hebt u nu een verblijfsvergunning?",
        GENERIC_PURPOSES[seed_of("purpose", c.rng_seed) % len(GENERIC_PURPOSES)])
    f.q("Tot wanneer is uw verblijfsvergunning geldig?", c.dfmt(c.sub + dt.timedelta(days=rng.randint(20, 80))))
    f.sign()
    return f.sheets


_reg("ind-form-med-2025-lijnen", "application", PART, "nl", form_med_table,
     "medical treatment form in the lined print: question above a dotted line, lettered section tabs")
_reg("ind-form-7027-2025-lijnen", "application", PART, "nl", form_7027_table,
     "form 7027 in the lined print, radio buttons")
_reg("ind-form-generic-2025-lijnen", "application", PART, "nl", form_generic_table,
     "extension form in the lined print")


# =========================================================================== income

def payslip_uitzend(c: Case, rng: random.Random, month: int = 11, **_) -> list[Sheet]:
    """A temp agency's pay statement per four-week period: hours worked per week in a small grid, then the pay
    lines; agency logo as a coloured square with its initials."""
    e, w = _emp(c, rng), earner(c)
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    agency = rng.choice([("Randvast Uitzendgroep", "RU", (230, 80, 20)), ("FlexPlaats BV", "FP", (0, 120, 180)),
                         ("Tempo Werkt Uitzendbureau", "TW", (120, 40, 140))])
    per = 11 + month // 12 + (rng.randint(0, 1))
    sh = c.new_sheet()
    W = c.page_w
    f = "narrow"
    sh.rect(16, 10, 14, 14, width_mm=0, fill=agency[2])
    T(sh, 23, 13.5, agency[1], font="sans4", size=12, bold=True, color=(255, 255, 255), align="center")
    T(sh, 34, 11, agency[0], font=f, size=12, bold=True)
    T(sh, 34, 17, f"uitzendbureau · opdrachtgever {e['name']}", font=f, size=8.5, color=GREY)
    T(sh, W - 16, 11, f"Loonstrook periode {per:02d} (4 weken) – 2026", font=f, size=10.5, bold=True, align="right")
    for i, (a_, b_) in enumerate([("Uitzendkracht", f"{w.surname}, {w.given_names}"), ("BSN", e["bsn"]),
                                  ("Fase", "Fase B (ABU-cao)"), ("Functie bij opdrachtgever", e["func_now"])]):
        T(sh, 16, 32 + i * 5.5, a_, font=f, size=9.5, color=GREY)
        T(sh, 62, 32 + i * 5.5, b_, font=f, size=9.5)
    y = 60
    T(sh, 16, y, "Gewerkte uren", font=f, size=9.5, bold=True)
    y += 6
    for j, wk in enumerate(range(4)):
        sh.rect(16 + j * 30, y, 30, 12, width_mm=0.2)
        T(sh, 18 + j * 30, y + 1.2, f"week {4 * per - 3 + wk}", font=f, size=8, color=GREY)
        T(sh, 18 + j * 30, y + 6, "38,00", font=f, size=9.5)
    y += 20
    for t, v in (("Bruto loon periode", k["bruto"] * 12 / 13), ("Reserveringen vakantiegeld", k["bruto"] * 0.08 * 12 / 13),
                 ("Pensioen StiPP", -k["pens"] * 12 / 13), ("Loonheffing", -k["lh"] * 12 / 13),
                 ("Netto uitbetaald", k["net"] * 12 / 13)):
        T(sh, 16, y, t, font=f, size=10, bold=t.startswith("Netto"))
        T(sh, 150, y, eur(v, False), font=f, size=10, align="right", bold=t.startswith("Netto"))
        sh.rule(16, y + 5, 150, y + 5, width_mm=0.1, color=(200, 200, 200))
        y += 7
    T(sh, 16, y + 6, f"Overgemaakt naar {e['iban']}", font=f, size=8.5, color=DARK)
    return [sh]


def employer_table_nl(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A werkgeversverklaring printed as a two-column table with the employer's stamp and signature below."""
    e, w = _emp(c, rng), earner(c)
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    sh = c.new_sheet()
    W = c.page_w
    f = "sans3"
    T(sh, 20, 16, "WERKGEVERSVERKLARING", font=f, size=15, bold=True)
    T(sh, 20, 24, "ten behoeve van de Immigratie- en Naturalisatiedienst", font=f, size=9, color=GREY)
    rows = [("Naam werkgever", e["name"]), ("Adres", f"{e['street']}, {e['pc']} {e['city']}"),
            ("Loonheffingennummer", e["lhn"]), ("Naam werknemer", f"{w.surname}, {w.given_names}"),
            ("Geboortedatum werknemer", d_nl(w.birth_date, "dashes_zero")), ("Functie", e["func_now"]),
            ("In dienst sinds", d_nl(e["start"], "dashes_zero")), ("Soort contract", "onbepaalde tijd"),
            ("Uren per week", "36"), ("Bruto maandloon excl. vakantiegeld", eur(k["bruto"])),
            ("Proeftijd", "nee"), ("Dienstverband opgezegd", "nee")]
    y = 36
    for a, b in rows:
        sh.rect(20, y, 75, 8, width_mm=0.2)
        sh.rect(95, y, W - 115, 8, width_mm=0.2)
        T(sh, 22, y + 2, a, font=f, size=9)
        T(sh, 97, y + 2, b, font=f, size=9.5)
        y += 8
    T(sh, 20, y + 10, f"Datum: {d_nl(c.sub - dt.timedelta(days=rng.randint(5, 30)), 'dashes_zero')}", font=f, size=9.5)
    T(sh, 20, y + 17, "Handtekening en stempel werkgever:", font=f, size=9.5)
    sh.signature(22, y + 22, 44, 14, rng, color=BLUE_INK)
    sh.stamp(80, y + 18, [e["name"].upper()[:24], e["city"].upper()], rng, shape="rect", size_mm=30,
             color=STAMP_BLUE)
    return [sh]


def bank_landscape(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A bank statement printed in landscape: date, description, debit, credit, balance columns."""
    w = earner(c)
    e = _emp(c, rng)
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    sh = Sheet(c.page_h, c.page_w)
    W = sh.width_mm
    f = "sans"
    T(sh, 16, 12, "Rekeningafschrift", font=f, size=14, bold=True, color=(230, 110, 0))
    T(sh, 16, 20, f"{w.given_names} {w.surname} · {e['iban']}", font=f, size=9.5)
    T(sh, W - 16, 12, f"Afschrift {rng.randint(10, 12)}/2026", font=f, size=9.5, align="right")
    cols = [(16, "Datum"), (46, "Omschrijving"), (190, "Af"), (220, "Bij"), (250, "Saldo")]
    y = 34
    for x, t in cols:
        T(sh, x, y, t, font=f, size=9, bold=True)
    sh.rule(16, y + 5, W - 16, y + 5, width_mm=0.3)
    bal = rng.randint(300, 2500) + 0.0
    y += 8
    for m in (9, 10, 11):
        for desc, amt in ((f"SALARIS {e['name'].upper()} PERIODE {m}", k["net"]),
                          ("HUUR WONING", -rng.randint(650, 1050)), ("ALBERT HEIJN", -rng.randint(40, 130)),
                          ("ZORGVERZEKERING PREMIE", -rng.randint(140, 160))):
            bal += amt
            T(sh, 16, y, f"{rng.randint(1, 28):02d}-{m:02d}-2026", font=f, size=8.5)
            T(sh, 46, y, desc, font=f, size=8.5)
            T(sh, 210 if amt < 0 else 240, y, eur(abs(amt), False), font=f, size=8.5, align="right")
            T(sh, 272, y, eur(bal, False), font=f, size=8.5, align="right")
            y += 5.5
    return [sh]


def guarantor_notarial(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The guarantee given before a notary: a deed in running text ('Heden, ... verscheen voor mij'), the notary's
    seal at the foot; the guarantor's income stated in it."""
    g = c.payer or c.p
    e = _emp(c, random.Random(c.rng_seed))
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    ng, ns, _ = make_professional(random.Random(seed_of("notaris", c.rng_seed)), "NL")
    city = rng.choice(["Rotterdam", "Den Haag", "Amsterdam", "Utrecht", "Eindhoven"])
    when = c.sub - dt.timedelta(days=rng.randint(10, 40))
    sh = c.new_sheet()
    W = c.page_w
    f = "serif4"
    T(sh, W / 2, 14, f"Notariskantoor {ns} {city}", font=f, size=11, bold=True, align="center")
    T(sh, W / 2, 26, "GARANTSTELLING", font=f, size=14, bold=True, align="center")
    txt = (f"Heden, {d_nl(when)}, verscheen voor mij, mr. {ng} {ns}, notaris te {city}: {g.given_names} {g.surname}, "
           f"geboren op {d_nl(g.birth_date)}, wonende te {g.address.city if g.address else city}, "
           f"{c.payer_relation or 'familielid'} van {c.p.given_names} {c.p.surname}, geboren op "
           f"{d_nl(c.p.birth_date)}. De comparant verklaarde zich garant te stellen voor alle kosten van verblijf en "
           f"medische behandeling van laatstgenoemde in Nederland, zolang deze daar verblijft. De comparant verklaarde "
           f"voorts in loondienst te zijn bij {e['name']} en een netto inkomen te genieten van {eur(k['net'])} per "
           f"maand. Waarvan akte, in minuut verleden te {city} op de datum in het hoofd dezer akte vermeld. Na "
           f"zakelijke opgave van de inhoud heeft de comparant verklaard daarvan te hebben kennisgenomen en is deze "
           f"akte onmiddellijk na voorlezing door de comparant en mij, notaris, ondertekend.")
    y = P(sh, 24, 40, W - 48, txt, font=f, size=10.5, leading=1.7, align="justify") + 10
    T(sh, 24, y, "(w.g.) comparant", font=f, size=10)
    T(sh, 120, y, f"(w.g.) mr. {ng[0]}. {ns}", font=f, size=10)
    sh.signature(24, y + 4, 40, 13, rng, color=BLUE_INK)
    sh.signature(120, y + 4, 40, 13, rng, color=BLACK_INK)
    sh.stamp(75, y + 18, [f"MR. {ng[0]}. {ns.upper()}", "NOTARIS", city.upper()], rng, size_mm=28,
             color=STAMP_BLUE)
    T(sh, 24, y + 52, "UITGEGEVEN VOOR AFSCHRIFT", font=f, size=9.5, bold=True)
    return [sh]


_reg("payslip-nl-uitzend-4weken", "income-proof", PART, "nl", payslip_uitzend,
     "temp agency's four-weekly pay statement, hours grid per week, initials logo")
_reg("guarantor-notariele-akte", "income-proof", PART, "nl", guarantor_notarial,
     "guarantee given before a notary, deed in running text, two signatures and the notary's seal")
_reg("employer-statement-tabel-nl", "income-proof", PART, "nl", employer_table_nl,
     "werkgeversverklaring as a two-column table, stamp and signature below")
_reg("bank-statement-landscape-nl", "income-proof", PART, "nl", bank_landscape,
     "bank statement in landscape with debit/credit/balance columns, three salary credits")


# =========================================================================== medical statements

def medstat_uk_clinic(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A UK NHS trust's clinic letter in English (the patient was treated in England first): 'Dictated but not
    checked', diagnosis and plan as bold lists, cc list at the foot."""
    m = c.med
    g, s, _ = make_professional(random.Random(seed_of("nhs", c.rng_seed)), "NL")
    trust = rng.choice(["Guy's and St Thomas' NHS Foundation Trust", "Leeds Teaching Hospitals NHS Trust",
                        "Manchester University NHS Foundation Trust"])
    sh = c.new_sheet()
    W = c.page_w
    f = "sans4"
    T(sh, W - 16, 12, "NHS", font=f, size=18, bold=True, align="right", color=(0, 94, 184))
    T(sh, W - 16, 20, trust, font=f, size=8.5, align="right")
    T(sh, 18, 40, f"Clinic date: {d_en(c.sub - dt.timedelta(days=rng.randint(10, 40)))}", font=f, size=9.5)
    T(sh, 18, 46, f"NHS number: {rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}", font=f,
      size=9.5)
    T(sh, 18, 56, f"Re: {c.p.surname.upper()}, {c.p.given_names} – DOB {d_en(c.p.birth_date, 'slashes')}", font=f,
      size=10.5, bold=True)
    y = 66
    T(sh, 18, y, "Diagnosis:", font=f, size=10, bold=True)
    y = P(sh, 50, y, W - 68, m["dx_en"], font=f, size=10) + 2
    T(sh, 18, y, "Plan:", font=f, size=10, bold=True)
    y = P(sh, 50, y, W - 68, m["tx_en"], font=f, size=10) + 4
    for t in (f"Under our care since {d_en(_treat_start(c))}.", duration_phrase(c.duration, _treat_start(c), "en"),
              m["stop_en"], _not_available(c, "en")):
        y = P(sh, 18, y, W - 36, t, font=f, size=10) + 2.5
    y += 4
    T(sh, 18, y, "Yours sincerely,", font=f, size=10)
    sh.signature(18, y + 5, 40, 12, rng, color=BLACK_INK)
    T(sh, 18, y + 19, f"Dr {g} {s}, {m['doc_en'].title()}", font=f, size=10)
    T(sh, 18, y + 25, "Dictated but not checked", font=f, size=8, color=GREY)
    T(sh, 18, c.page_h - 20, "cc: GP; patient", font=f, size=8, color=GREY)
    return [sh]


def medstat_icd_table(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A Dutch specialist's medical statement with the diagnoses as an ICD-10 code table and a coffee ring."""
    m, h = c.med, c.hospital
    g, s, _ = make_professional(random.Random(seed_of("icd", c.rng_seed)), "NL")
    sh = c.new_sheet()
    W = c.page_w
    f = "serif2"
    T(sh, 18, 14, h["name"], font=f, size=12, bold=True)
    T(sh, 18, 20, f"Afdeling {m['spec']}", font=f, size=9)
    T(sh, 18, 38, "Medische verklaring", font=f, size=14, bold=True)
    T(sh, 18, 46, f"Patiënt: {c.p.given_names} {c.p.surname}, geboren {d_nl(c.p.birth_date, 'dashes_zero')}", font=f,
      size=10)
    y = 56
    code = {"ckd": "N18.5", "hiv": "B24"}.get(m["key"], f"{chr(65 + seed_of(m['key']) % 20)}{seed_of(m['key']) % 90 + 10}.{seed_of(m['key']) % 9}")
    for (a, x, w_) in (("ICD-10", 18, 26), ("Diagnose", 44, 112), ("Sinds", 156, W - 174)):
        sh.rect(x, y, w_, 7, width_mm=0.2, fill=(235, 235, 235))
        T(sh, x + 1.5, y + 1.5, a, font=f, size=9, bold=True)
    y += 7
    dl = Sheet().wrap(m["dx"], 108, font=f, size_pt=9.5)
    hh = len(dl) * 4.2 + 3
    for (val, x, w_) in ((code, 18, 26), ("", 44, 112), (d_nl(_treat_start(c), "dashes_zero"), 156, W - 174)):
        sh.rect(x, y, w_, hh, width_mm=0.2)
        T(sh, x + 1.5, y + 1.5, val, font=f, size=9.5)
    for k, ln in enumerate(dl):
        T(sh, 45.5, y + 1.5 + k * 4.2, ln, font=f, size=9.5)
    y += hh + 6
    for t in (f"Behandeling: {m['tx']}.", duration_phrase(c.duration, _treat_start(c), "nl"), m["stop"],
              _not_available(c, "nl")):
        y = P(sh, 18, y, W - 36, t, font=f, size=10.5) + 2.5
    T(sh, 18, y + 6, f"{h['city']}, {d_nl(c.sub - dt.timedelta(days=rng.randint(7, 40)))}", font=f, size=10)
    sh.signature(18, y + 11, 42, 13, rng)
    T(sh, 18, y + 26, f"{g} {s}, {m['doc_title']}", font=f, size=10)
    coffee_ring(sh, rng.uniform(150, 175), rng.uniform(30, 60), 32, rng)
    return [sh]


def medstat_his_print(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A GP's letter printed from the practice system: monospaced, the episode list and medication overview as
    plain text blocks."""
    m = c.med
    gp = c.gp or {"name": "Huisartsenpraktijk De Linde", "city": "Utrecht"}
    g, s, _ = make_professional(random.Random(seed_of("his", c.rng_seed)), "NL")
    sh = c.new_sheet()
    f = "mono"
    lines = [gp.get("name", "Huisartsenpraktijk"), f"{gp.get('city', '')}", "",
             f"Datum   : {d_nl(c.sub - dt.timedelta(days=rng.randint(5, 30)), 'dashes_zero')}",
             f"Betreft : {c.p.surname}, {c.p.given_names} ({d_nl(c.p.birth_date, 'dashes_zero')})", "",
             "Geachte heer/mevrouw,", "",
             "Bovengenoemde patient is bij onze praktijk ingeschreven.", "",
             "EPISODELIJST", f"  {d_nl(_treat_start(c), 'dashes_zero')}  {m['dx'][:60]}", "",
             "MEDICATIE / BEHANDELING"]
    lines += ["  " + ln for ln in Sheet().wrap(m["tx"], 150, font=f, size_pt=9.5)]
    lines += [""] + Sheet().wrap(duration_phrase(c.duration, _treat_start(c), "nl"), 165, font=f, size_pt=9.5)
    lines += Sheet().wrap(m["stop"], 165, font=f, size_pt=9.5) + [""] + \
        Sheet().wrap(_not_available(c, "nl"), 165, font=f, size_pt=9.5) + ["", "Met collegiale groet,"]
    y = 16
    for ln in lines:
        T(sh, 20, y, ln, font=f, size=9.5)
        y += 4.8
    sh.signature(20, y + 1, 40, 12, rng)
    T(sh, 20, y + 15, f"{g} {s}, huisarts", font=f, size=9.5)
    return [sh]


_reg("medstat-nhs-clinic-letter-en", "medical-statement", PART, "en", medstat_uk_clinic,
     "UK NHS trust clinic letter in English, 'Dictated but not checked', cc line")
_reg("medstat-icd10-tabel-nl", "medical-statement", PART, "nl", medstat_icd_table,
     "Dutch specialist's statement with an ICD-10 code table, coffee ring at the top right")
_reg("medstat-his-monospace-nl", "medical-statement", PART, "nl", medstat_his_print,
     "GP letter printed from the practice system in a monospaced face, episode list")


# =========================================================================== care institution

def care_intl_office(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A hospital's International Patient Office letter in Dutch, contact person box on the right."""
    h, m = c.hospital, c.med
    start, end = _care_dates(c)
    sh = c.new_sheet()
    W = c.page_w
    f = "sans6"
    T(sh, 18, 14, h["name"], font=f, size=12, bold=True)
    T(sh, 18, 20, "International Patient Office", font=f, size=9, color=GREY)
    sh.rect(W - 70, 30, 54, 22, width_mm=0.3)
    T(sh, W - 68, 32, "Contactpersoon", font=f, size=7.5, color=GREY)
    T(sh, W - 68, 37, "coördinator zorg", font=f, size=9)
    T(sh, W - 68, 42, d_nl(c.sub - dt.timedelta(days=rng.randint(8, 40)), "dashes_zero"), font=f, size=9)
    T(sh, 18, 62, "Verklaring behandelend ziekenhuis", font=f, size=13, bold=True)
    txt = (f"Hierbij bevestigen wij dat {c.p.given_names} {c.p.surname} (geboren {d_nl(c.p.birth_date, 'dashes_zero')}) "
           f"in ons ziekenhuis wordt behandeld voor {m['dx']}. De behandeling ({m['tx']}) loopt sinds {d_nl(start)} en "
           f"wordt voortgezet tot ten minste {d_nl(end)}. Wij zijn bereid en in staat deze behandeling te geven. "
           f"Geschatte kosten: {eur(m['cost'])} per jaar.")
    y = P(sh, 18, 72, W - 36, txt, font=f, size=10.5, leading=1.5) + 10
    sh.signature(18, y, 42, 13, rng)
    T(sh, 18, y + 15, "namens de Raad van Bestuur", font=f, size=9.5)
    return [sh]


def care_plan_schedule(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A care plan with the treatment schedule drawn as bars per quarter (Gantt-like)."""
    h, m = c.hospital, c.med
    start, end = _care_dates(c)
    sh = c.new_sheet()
    W = c.page_w
    f = "sans2"
    T(sh, 18, 14, f"{h['short']} – Zorgplan en planning", font=f, size=13, bold=True)
    T(sh, 18, 22, f"{c.p.surname}, {c.p.given_names} · {d_nl(c.p.birth_date, 'dashes_zero')}", font=f, size=10)
    P(sh, 18, 32, W - 36, f"{h['name']} neemt patiënt in behandeling voor {m['tx']}, vanaf {d_nl(start)} tot ten "
      f"minste {d_nl(end)}. Wij hebben de capaciteit en deskundigheid hiervoor. Kostenraming {eur(m['cost'])} per "
      f"jaar.", font=f, size=10.5)
    y = 64
    qs = ["K1", "K2", "K3", "K4", "K1+1", "K2+1"]
    for k, q in enumerate(qs):
        T(sh, 70 + k * 20, y, q, font=f, size=8.5)
    for j, act in enumerate([m["tx_short"], "controle specialist", "laboratorium"]):
        T(sh, 18, y + 8 + j * 9, act[:28], font=f, size=9)
        sh.rect(70, y + 8 + j * 9, 120, 5, width_mm=0.2, fill=(170, 200, 230) if j == 0 else (210, 220, 210))
    T(sh, 18, y + 44, f"{h['city']}, {d_nl(c.sub - dt.timedelta(days=rng.randint(10, 40)))}", font=f, size=10)
    sh.signature(18, y + 49, 40, 13, rng)
    T(sh, 18, y + 63, f"zorgcoördinator {m['spec'].lower()}", font=f, size=9.5)
    return [sh]


def care_revalidatie_letter(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An admission letter of a treatment centre, folded in three before it was scanned (two fold lines)."""
    h, m = c.hospital, c.med
    start, end = _care_dates(c)
    sh = c.new_sheet()
    W = c.page_w
    f = "serif4"
    for yy in (99, 198):
        sh.rule(0, yy, W, yy, width_mm=0.25, color=(200, 200, 200))
    T(sh, W / 2, 14, h["name"].upper(), font=f, size=12, bold=True, align="center")
    T(sh, W / 2, 20, f"{h['street']} · {h['pc']} {h['city']}", font=f, size=8.5, align="center", color=GREY)
    T(sh, 20, 40, f"Betreft: plaatsing {c.p.given_names} {c.p.surname}, geb. {d_nl(c.p.birth_date, 'dashes_zero')}",
      font=f, size=10.5, bold=True)
    y = P(sh, 20, 50, W - 40, f"Hierbij bevestigen wij dat bovengenoemde bij ons geplaatst is voor {m['tx']}. De "
          f"behandeling is gestart of start op {d_nl(start)} en is voorzien tot ten minste {d_nl(end)}. Wij kunnen en "
          f"willen deze behandeling bieden; de kosten bedragen circa {eur(m['cost'])} per jaar.", font=f, size=10.5,
          leading=1.45) + 10
    T(sh, 20, y, "Met vriendelijke groet,", font=f, size=10.5)
    sh.signature(20, y + 5, 40, 13, rng)
    T(sh, 20, y + 20, "afdeling zorgbemiddeling", font=f, size=10)
    sh.stamp(110, y, [h["short"].upper(), "ZORGBEMIDDELING"], rng, shape="rect", size_mm=30, color=STAMP_VIOLET)
    return [sh]


_reg("care-international-office-nl", "care-institution-statement", PART, "nl", care_intl_office,
     "hospital's international patient office statement, contact box right")
_reg("care-zorgplan-planning-balken", "care-institution-statement", PART, "nl", care_plan_schedule,
     "care plan with the schedule as bars per quarter")
_reg("care-plaatsing-gevouwen-nl", "care-institution-statement", PART, "nl", care_revalidatie_letter,
     "admission letter folded in three before scanning, centred letterhead, rectangular stamp")


# =========================================================================== health insurance

def polisblad_card_above(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The insurance card (front) photocopied above the polisblad on one sheet."""
    ins = c.insurer_nl
    sh = c.new_sheet()
    W = c.page_w
    f = "sans3"
    sh.rect(60, 10, 85.6, 54, width_mm=0.4, color=(80, 80, 80), fill=(236, 236, 236))
    T(sh, 63, 13, ins["short"], font=f, size=11, bold=True)
    T(sh, 63, 22, f"{c.p.given_names[0]}. {c.p.surname}", font=f, size=9)
    T(sh, 63, 28, f"geb. {d_nl(c.p.birth_date, 'dashes_zero')}", font=f, size=8)
    T(sh, 63, 34, f"Verzekerdennr. {_policy_no(c)}", font=f, size=8)
    T(sh, 63, 40, f"UZOVI {ins.get('uzovi', '3311')}", font=f, size=8)
    T(sh, 20, 80, f"Polisblad {c.sub.year} – {ins['name']}", font=f, size=13, bold=True)
    rows = [("Verzekerde", f"{c.p.given_names} {c.p.surname}"), ("Geboortedatum", d_nl(c.p.birth_date, "dashes_zero")),
            ("Polisnummer", _policy_no(c)), ("Ingangsdatum", f"01-01-{c.sub.year}"),
            ("Basisverzekering", "Zorg Natura – medisch-specialistische zorg, geneesmiddelen, ziekenhuisopname"),
            ("Aanvullend", "Aanvullend Basis")]
    y = 92
    for a, b in rows:
        T(sh, 20, y, a, font=f, size=9.5, color=GREY)
        y = P(sh, 70, y, W - 90, b, font=f, size=9.5) + 2
    return [sh]


def incoming_polis_nl(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An incoming-insurance polis for a foreign patient in the Netherlands, cover listed in a box."""
    name = _ins(c)
    start = c.sub - dt.timedelta(days=rng.randint(30, 200))
    sh = c.new_sheet()
    W = c.page_w
    f = "serif6"
    T(sh, 20, 14, name, font=f, size=13, bold=True)
    T(sh, 20, 21, "Incoming-verzekering voor buitenlandse patiënten", font=f, size=9)
    T(sh, 20, 40, "POLISBEWIJS", font=f, size=14, bold=True)
    for k, (a, b) in enumerate([("Verzekerde", f"{c.p.surname}, {c.p.given_names}"),
                                ("Geboortedatum", d_nl(c.p.birth_date, "dashes_zero")),
                                ("Polisnummer", _policy_no(c, "INC-")), ("Looptijd", f"{d_nl(start)} – "
                                                                                        f"{d_nl(add_years(start, 1))}")]):
        T(sh, 20, 52 + k * 7, a, font=f, size=10, color=GREY)
        T(sh, 70, 52 + k * 7, b, font=f, size=10.5)
    sh.rect(20, 86, W - 40, 34, width_mm=0.4)
    P(sh, 24, 89, W - 48, "Dekking: kosten van medische behandeling en ziekenhuisopname in Nederland, inclusief de "
      "behandeling van reeds bestaande aandoeningen en geneesmiddelen, zonder eigen risico.", font=f, size=10)
    return [sh]


def intl_us_letter(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A US insurer's 'Verification of Coverage' letter with a policy table (printed as it came, Letter or A4)."""
    ins = c.insurer_intl or {}
    name = _ins(c)
    sh = c.new_sheet()
    W = c.page_w
    f = "serif"
    T(sh, 18, 14, name, font=f, size=14, bold=True, color=(20, 50, 110))
    T(sh, 18, 21, ins.get("addr", "P.O. Box 4000, Wilmington, DE 19850, USA"), font=f, size=8.5, color=GREY)
    T(sh, 18, 38, "VERIFICATION OF COVERAGE", font=f, size=13, bold=True)
    for k, (a, b) in enumerate([("Insured", f"{c.p.given_names} {c.p.surname}"), ("Date of birth", d_en(c.p.birth_date)),
                                ("Policy", _policy_no(c, "US-")), ("Plan", ins.get("plan", "International Gold")),
                                ("Coverage area", "Worldwide including the Netherlands")]):
        sh.rect(18, 48 + k * 8, 50, 8, width_mm=0.2, fill=(236, 240, 248))
        sh.rect(68, 48 + k * 8, W - 86, 8, width_mm=0.2)
        T(sh, 20, 50 + k * 8, a, font=f, size=9.5)
        T(sh, 70, 50 + k * 8, b, font=f, size=9.5)
    P(sh, 18, 96, W - 36, "Coverage includes inpatient and outpatient treatment, specialist care and prescription "
      "drugs, including treatment of pre-existing conditions, for twelve months from the effective date.", font=f,
      size=10.5)
    sh.signature(18, 120, 40, 12, rng, color=BLACK_INK)
    T(sh, 18, 134, "Claims & Eligibility Department", font=f, size=9.5)
    return [sh]


_reg("polisblad-nl-pas-erboven", "health-insurance", PART, "nl", polisblad_card_above,
     "insurance card photocopied above the polisblad on one sheet")
_reg("incoming-polisbewijs-kader", "health-insurance", PART, "nl", incoming_polis_nl,
     "incoming-insurance polisbewijs, cover in a framed box, serif")
_reg("intl-verification-us-table", "health-insurance", PART, "en", intl_us_letter,
     "US insurer's verification of coverage with a shaded policy table")


# =========================================================================== civic integration

def duo_diploma_seal(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The diploma with a round seal and the minister's facsimile signature, portrait border."""
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    d = _inb_date(c, rng)
    sh.rect(10, 10, W - 20, H - 20, width_mm=1.2, color=(0, 80, 130))
    T(sh, W / 2, 40, "DIPLOMA", font="serif5", size=26, bold=True, align="center", color=(0, 80, 130))
    T(sh, W / 2, 54, "INBURGERING", font="serif5", size=16, align="center")
    P(sh, 30, 76, W - 60, f"{c.p.given_names} {c.p.surname}, geboren op {d_nl(c.p.birth_date)}, heeft op {d_nl(d)} "
      f"het inburgeringsexamen met goed gevolg afgelegd en voldaan aan de inburgeringsplicht.", font="serif5",
      size=12, leading=1.6)
    T(sh, 30, 140, "Dienst Uitvoering Onderwijs, namens de minister van Sociale Zaken en Werkgelegenheid", font="serif5",
      size=9)
    sh.signature(30, 146, 45, 14, rng, color=BLACK_INK)
    sh.stamp(130, 150, ["DUO", "INBURGERING", "GRONINGEN"], rng, size_mm=30, color=(0, 80, 130))
    return [sh]


def duo_ontheffing_kader(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """DUO's decision granting an exemption (ontheffing), the decision sentence in a frame."""
    sh = c.new_sheet()
    W = c.page_w
    d = _inb_date(c, rng)
    T(sh, 20, 14, "DUO", font="sans6", size=16, bold=True)
    T(sh, 20, 22, "Postbus 30205, 9700 JE Groningen", font="sans6", size=8, color=GREY)
    T(sh, 20, 40, f"{c.p.given_names} {c.p.surname}", font="sans6", size=10)
    T(sh, 20, 58, "Besluit op uw verzoek om ontheffing van de inburgeringsplicht", font="sans6", size=12, bold=True)
    sh.rect(20, 68, W - 40, 24, width_mm=0.5)
    P(sh, 24, 71, W - 48, f"Wij verlenen u met ingang van {d_nl(d)} ontheffing van de inburgeringsplicht op medische "
      f"gronden. U hoeft het inburgeringsexamen niet te doen.", font="sans6", size=10.5)
    T(sh, 20, 100, f"Geboortedatum: {d_nl(c.p.birth_date, 'dashes_zero')}", font="sans6", size=9.5)
    T(sh, 20, 110, "Met vriendelijke groet, namens de minister, DUO", font="sans6", size=10)
    return [sh]


def duo_results_table(c: Case, rng: random.Random, *, failed: bool = False, **_) -> list[Sheet]:
    """DUO's overview of exam results as a table (part, date, result), the conclusion sentence below."""
    sh = c.new_sheet()
    W = c.page_w
    d = _inb_date(c, rng)
    T(sh, 20, 14, "DUO – Overzicht examenresultaten inburgering", font="sans2", size=12, bold=True)
    T(sh, 20, 24, f"{c.p.given_names} {c.p.surname} · geboren {d_nl(c.p.birth_date, 'dashes_zero')}", font="sans2",
      size=10)
    parts = ["Lezen", "Luisteren", "Schrijven", "Spreken", "Kennis Nederlandse Maatschappij"]
    bad = seed_of("fail", c.rng_seed) % len(parts) if failed else -1
    y = 38
    for k, p in enumerate(parts):
        sh.rect(20, y, 90, 8, width_mm=0.2)
        sh.rect(110, y, 40, 8, width_mm=0.2)
        sh.rect(150, y, 40, 8, width_mm=0.2)
        T(sh, 22, y + 2, p, font="sans2", size=10)
        T(sh, 112, y + 2, d_nl(d - dt.timedelta(days=10 * k), "dashes_zero"), font="sans2", size=10)
        T(sh, 152, y + 2, "niet gehaald" if k == bad else "gehaald", font="sans2", size=10, bold=k == bad)
        y += 8
    P(sh, 20, y + 8, W - 40, "U hebt nog niet alle onderdelen gehaald. U hebt nog geen diploma." if failed else
      "U hebt alle onderdelen gehaald en voldoet aan de inburgeringsplicht. Het diploma ontvangt u apart.",
      font="sans2", size=10.5)
    return [sh]


_reg("duo-diploma-zegel-kader", "civic-integration", PART, "nl", duo_diploma_seal,
     "DUO diploma with a border, round seal and facsimile signature")
_reg("duo-ontheffing-kader-medisch", "civic-integration", PART, "nl", duo_ontheffing_kader,
     "DUO exemption decision, decision sentence in a frame")
_reg("duo-resultaten-tabel", "civic-integration", PART, "nl", duo_results_table,
     "DUO overview of exam results as a table, conclusion below")


# =========================================================================== other

def cover_letter_fold(c: Case, rng: random.Random, *, enclosures: list[str] | None = None, **_) -> list[Sheet]:
    """A lawyer's cover letter with a fold mark at the left edge, subject in bold capitals, enclosures numbered."""
    lw = c.lawyer or LAWYERS[0]
    sh = c.new_sheet()
    W = c.page_w
    f = "serif4"
    sh.rule(4, 105, 8, 105, width_mm=0.3, color=GREY)
    T(sh, W - 20, 14, lw["firm"], font=f, size=12, bold=True, align="right")
    T(sh, W - 20, 20, f"{lw['street']} · {lw['pc']} {lw['city']}", font=f, size=8, align="right", color=GREY)
    y = 44
    for ln in IND_ADDRESSES[rng.randrange(len(IND_ADDRESSES))].split("\n"):
        T(sh, 22, y, ln, font=f, size=10.5)
        y += 5
    y += 8
    T(sh, 22, y, f"{lw['city']}, {d_nl(c.sub - dt.timedelta(days=rng.randint(0, 3)))}", font=f, size=10.5)
    y += 8
    T(sh, 22, y, f"BETREFT: AANVRAAG {c.p.surname.upper()} – V-NUMMER {c.vnr}", font=f, size=10.5, bold=True)
    y += 10
    paras = ["Geachte heer, mevrouw,", f"Namens cliënt, {c.p.given_names} {c.p.surname}, dien ik de aanvraag in voor "
             f"{PROC_NL[c.procedure]}."]
    if c.procedure == "ind-medical-treatment" and c.art64_end:
        paras.append(f"Het jaar uitstel van vertrek op grond van artikel 64 Vw eindigt op {d_nl(c.art64_end)}; de "
                     f"inkomens- en betalingseisen gelden daarom niet.")
    if c.no_passport:
        paras.append("Cliënt heeft geen geldig paspoort en vraagt vrijstelling van het paspoortvereiste. " +
                     " ".join(EXEMPTION_TEXT[i] for i in c.exemption_shown))
    if c.suriname_visa:
        paras.append("Cliënt is Surinamer en reisde in met een visum voor medische behandeling; de behandeling is nog "
                     "nodig en de betaling is geregeld.")
    for para in paras:
        y = P(sh, 22, y, W - 44, para, font=f, size=10.5) + 4
    if enclosures:
        T(sh, 22, y + 2, "Bijlagen:", font=f, size=10.5, bold=True)
        y += 8
        for i, e in enumerate(enclosures, 1):
            T(sh, 26, y, f"{i}. {e}", font=f, size=10)
            y += 5
    y += 6
    T(sh, 22, y, "Hoogachtend,", font=f, size=10.5)
    sh.signature(22, y + 5, 42, 13, rng, color=BLUE_INK)
    T(sh, 22, y + 20, c.lawyer_name or f"mr. {lw.get('last', '')}", font=f, size=10.5)
    return [c.intr(sh)]


def art64_decision_coffee(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The IND's decision on postponement of departure (art. 64 Vw), with a coffee ring on the copy."""
    end = c.art64_end or (c.since - dt.timedelta(days=1) if c.since else c.sub + dt.timedelta(days=10))
    start = add_years(end, -1) + dt.timedelta(days=1)
    sh = c.new_sheet()
    W = c.page_w
    f = "sans4"
    T(sh, 20, 14, "Immigratie- en Naturalisatiedienst", font=f, size=11, bold=True, color=IND_TEAL)
    T(sh, W - 20, 36, f"V-nummer {c.vnr}", font=f, size=9, align="right")
    T(sh, W - 20, 41, f"Datum {d_nl(start - dt.timedelta(days=rng.randint(5, 20)))}", font=f, size=9, align="right")
    T(sh, 20, 54, "Beslissing: uitstel van vertrek (artikel 64 Vreemdelingenwet)", font=f, size=12, bold=True)
    P(sh, 20, 66, W - 40, f"U krijgt uitstel van vertrek van {d_nl(start)} tot en met {d_nl(end)}, omdat u om "
      f"medische redenen niet kunt reizen. U mag in deze periode in Nederland blijven.", font=f, size=10.5,
      leading=1.5)
    coffee_ring(sh, rng.uniform(140, 170), rng.uniform(150, 200), 36, rng)
    return [c.intr(sh)]


def permit_letter_clip(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The IND's decision granting the residence permit, copied with the paperclip still on it."""
    sh = c.new_sheet()
    W = c.page_w
    f = "sans4"
    since = c.since or (c.sub - dt.timedelta(days=400))
    T(sh, 20, 14, "Immigratie- en Naturalisatiedienst", font=f, size=11, bold=True, color=IND_TEAL)
    T(sh, W - 20, 36, f"V-nummer {c.vnr}", font=f, size=9, align="right")
    T(sh, 20, 54, "Beslissing op uw aanvraag", font=f, size=12, bold=True)
    P(sh, 20, 66, W - 40, f"Wij verlenen u een verblijfsvergunning regulier voor bepaalde tijd, ingangsdatum "
      f"{d_nl(since)}. U ontvangt uw verblijfsdocument op het IND-loket.", font=f, size=10.5, leading=1.5)
    paperclip_shadow(sh, 30, 3)
    return [c.intr(sh)]


def mvv_page_photo(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The passport page with the MVV sticker, photographed and printed in the middle of an A4 sheet."""
    sh = c.new_sheet()
    x0, y0, pw, ph = 36, 80, 140, 100
    sh.rect(x0 - 8, y0 - 10, pw + 16, ph + 24, width_mm=0, fill=(90, 90, 90))
    sh.rect(x0 - 4, y0 - 6, pw + 8, ph + 16, width_mm=0, fill=(236, 232, 218))
    sh.rect(x0, y0, pw, ph, width_mm=0.3, fill=(232, 238, 246))
    T(sh, x0 + 4, y0 + 3, "VISUM / VISA   NLD", font="sans", size=10, bold=True)
    start = c.sub - dt.timedelta(days=rng.randint(150, 200))
    end = start + dt.timedelta(days=180)
    pno = c.passport_no or f"P{rng.randint(1000000, 9999999)}"
    for k, (a, b) in enumerate([("VAN / FROM", start.strftime("%d-%m-%y")), ("TOT / UNTIL", end.strftime("%d-%m-%y")),
                                ("TYPE", "D – MVV"), ("PASPOORT", pno),
                                ("NAAM", f"{c.p.surname.upper()}, {c.p.given_names.upper()}"),
                                ("OPMERKINGEN", "MVV MEDISCHE BEHANDELING")]):
        T(sh, x0 + 4, y0 + 12 + k * 9, a, font="sans", size=5.5, color=GREY)
        T(sh, x0 + 4, y0 + 14.5 + k * 9, b, font="sans", size=8.5)
    line1 = ("V<NLD" + _mrz_name(c.p, 39))[:44]
    birth = c.p.birth_date.strftime("%y%m%d")
    exp = end.strftime("%y%m%d")
    pn = (pno + "<" * 9)[:9]
    line2 = f"{pn}{_mrz_check(pn)}SUR{birth}{_mrz_check(birth)}{c.p.sex}{exp}{_mrz_check(exp)}" + "<" * 16
    T(sh, x0 + 3, y0 + ph - 13, line1, font="ocrb", size=9)
    T(sh, x0 + 3, y0 + ph - 7, line2[:44], font="ocrb", size=9)
    return [sh]


_reg("cover-letter-vouwmerk", "other", PART, "nl", cover_letter_fold,
     "lawyer's cover letter, letterhead right, fold mark, subject in capitals with the V-number")
_reg("art64-decision-koffiekring", "other", PART, "nl", art64_decision_coffee,
     "IND art. 64 decision, coffee ring on the copy")
_reg("permit-letter-paperclip", "other", PART, "nl", permit_letter_clip,
     "IND decision granting the permit, paperclip shadow")
_reg("mvv-sticker-sur-foto", "other", PART, "nl", mvv_page_photo,
     "photo of the passport page with the MVV sticker printed on A4, dark surround")
