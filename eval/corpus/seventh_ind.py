"""IND families of the `seventh` part (registered in ind.FAMILIES).

Written after dev, heldout, fresh, fourth, fifth and sixth had been read, by a writer who did not see the validator:
the IND forms as printed paper forms answered on dotted lines (numbered questions 1.1, 1.2, ..., the section number
in a grey disc in the margin, 'V-nummer' on a dotted line in every page header, 'blad x/y'); a home-care
organisation's payslip with a 'cumulatief t/m deze periode' column, a guarantee with the guarantor's employer's
declaration in its lower half, a bookkeeper's income statement for a self-employed earner, a bank statement with
the salary credits among the transactions; a hospital-system report in two columns, a GP's letter received by fax,
an English letter of a clinic abroad scanned turned by 1.5 degrees; a care institution's letter with the lawyer's
pencil notes in the margin, a 'verklaring zorginstelling' form ticked by the institution, a rehabilitation centre's
letter copied from a punched original; an insurance policy sheet scanned with the lid open, an incoming insurer's
stamped certificate, a Colombian insurer's bilingual certificate on Letter paper; DUO's diploma scanned with the lid
open, an exemption decision received by fax, an exam-results letter with a results column copied from a punched
original; a lawyer's cover letter with a table of enclosures, IND decisions faxed, turned or copied twice, the MVV
page copied twice.  Every maker draws on ``c.new_sheet()`` (so a planted US-Letter page is honoured) and marks pages
that print the V-number themselves with ``c.intr``.
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
from .seventh_identity import copied_twice, fax_1bit, lid_open, margin_note, punch_holes, turned

PART = "seventh"
PENCIL = (95, 95, 105)
MONTHS_NL = ['', 'januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober',
             'november', 'december']


def _ins(c: Case) -> str:
    return c.__dict__.get("_ins_name") or (c.insurer_intl or {}).get("name") or "Andina Salud Internacional S.A."


def _fax_head(c: Case, rng: random.Random, who: str) -> str:
    d = c.sub - dt.timedelta(days=rng.randint(3, 40))
    return f"{d_nl(d, 'dashes_zero')} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}  VAN: {who[:30]}  P.01"


def _same(out: Sheet, like: Sheet) -> Sheet:
    out.paper = like.paper
    return out


# =========================================================================== application forms on paper

class _PaperForm:
    """An IND form printed on paper: numbered questions (1.1, 1.2, ...) with the answer on a dotted line, the
    section number in a grey disc in the left margin and its title in capitals with a rule under it, the
    'V-nummer' on a dotted line in the header of every page, 'blad x/y' at the foot; yes/no answers as round
    options with the chosen one filled in."""

    def __init__(self, c: Case, rng: random.Random, title: str, code: str):
        self.c, self.rng, self.title, self.code = c, rng, title, code
        self.hand = c.fill == "hand"
        self.ink = rng.choice([BLUE_INK, BLACK_INK])
        self.hf = rng.choice(["hand1", "hand2", "hand4"])
        self.sheets: list[Sheet] = []
        self.sec = 0
        self.qn = 0
        self.page()

    def page(self) -> None:
        c = self.c
        sh = c.new_sheet()
        W = c.page_w
        T(sh, 22, 10, "IND", font="serif6", size=15, bold=True)
        T(sh, 40, 11, self.title, font="serif6", size=9.5, bold=True)
        T(sh, W - 78, 20, "V-nummer", font="serif6", size=8.5)
        sh.rule(W - 60, 24, W - 18, 24, width_mm=0.2, dash=0.6)
        T(sh, 22, c.page_h - 9, self.code, font="serif6", size=6.5, color=GREY)
        sh.rule(22, 27, W - 18, 27, width_mm=0.5)
        self.sheets.append(c.intr(sh))
        self._answer(W - 58, 19.5, c.vnr, sh)
        self.y = 34

    @property
    def sh(self) -> Sheet:
        return self.sheets[-1]

    def _answer(self, x: float, y: float, s: str, sh: Sheet | None = None) -> None:
        sh = sh or self.sh
        if not s:
            return
        if self.hand:
            sh.handwriting(x, y - 1.0, s, self.rng, size_pt=10.5, color=self.ink, font=self.hf)
        else:
            T(sh, x, y, s, font="typewriter", size=9.5)

    def head(self, t: str) -> None:
        if self.y > self.c.page_h - 45:
            self.page()
        self.sec += 1
        self.qn = 0
        self.y += 3
        self.sh.rect(10, self.y - 1, 8, 8, width_mm=0, fill=(200, 200, 200))
        T(self.sh, 14, self.y + 0.3, str(self.sec), font="serif6", size=10, bold=True, align="center")
        T(self.sh, 22, self.y, t.upper(), font="serif6", size=10, bold=True)
        self.sh.rule(22, self.y + 5.5, self.c.page_w - 18, self.y + 5.5, width_mm=0.25)
        self.y += 10

    def q(self, question: str, answer: str) -> None:
        W = self.c.page_w
        if self.y + 13 > self.c.page_h - 20:
            self.page()
        self.qn += 1
        T(self.sh, 22, self.y, f"{self.sec}.{self.qn}", font="serif6", size=8.5, bold=True)
        T(self.sh, 32, self.y, question, font="serif6", size=8.8)
        self.sh.rule(32, self.y + 10, W - 18, self.y + 10, width_mm=0.15, dash=0.6, color=(110, 110, 110))
        self._answer(34, self.y + 5.2, answer)
        self.y += 14

    def choice(self, question: str, opts: list[str], chosen: set) -> None:
        if self.y + 12 > self.c.page_h - 20:
            self.page()
        if question:
            self.qn += 1
            T(self.sh, 22, self.y, f"{self.sec}.{self.qn}", font="serif6", size=8.5, bold=True)
            T(self.sh, 32, self.y, question, font="serif6", size=8.8)
        x = 34
        for k, o in enumerate(opts):
            self.sh.rect(x, self.y + 5, 3.4, 3.4, width_mm=0.3)
            if k in chosen:
                if self.hand:
                    self.sh.handwriting(x - 0.4, self.y + 3.6, "x", self.rng, size_pt=12, color=self.ink,
                                        font="hand1")
                else:
                    self.sh.rect(x + 0.7, self.y + 5.7, 2.0, 2.0, width_mm=0, fill=(0, 0, 0))
            T(self.sh, x + 5, self.y + 4.9, o, font="serif6", size=8.8)
            x += 12 + self.sh.text_width(o, font="serif6", size_pt=8.8)
            if x > self.c.page_w - 50:
                x = 34
                self.y += 6
        self.y += 12

    def person(self) -> None:
        c, p = self.c, self.c.p
        self.head("Gegevens van de aanvrager")
        self.q("Achternaam (zoals in uw paspoort)", p.surname)
        self.q("Alle voornamen", p.given_names)
        self.q("Geboortedatum", c.dfmt(p.birth_date))
        self.q("Geboorteplaats en geboorteland", f"{p.birth_place}, {country_nl(p)}")
        self.q("Nationaliteit(en)", nat_nl(p))
        self.choice("Geslacht", ["man", "vrouw"], {0 if p.sex == "M" else 1})
        if p.address:
            self.q("Adres in Nederland", f"{p.address.street} {p.address.number}, {p.address.postcode} "
                                         f"{p.address.city}")
        if c.lawyer:
            self.head("Gemachtigde")
            self.q("Naam gemachtigde en kantoor", f"{c.lawyer_name}, {c.lawyer['firm']}, {c.lawyer['city']}")

    def sign(self) -> None:
        c = self.c
        if self.y > c.page_h - 75:
            self.page()
        self.head("Verklaring en ondertekening")
        P(self.sh, 22, self.y, c.page_w - 40, "Ik heb dit formulier volledig en naar waarheid ingevuld. Ik weet dat "
          "de IND mijn gegevens kan controleren.", font="serif6", size=8.8)
        self.y += 9
        self.q("Plaats", c.p.address.city if c.p.address else "Utrecht")
        self.q("Datum", c.dfmt(c.sub - dt.timedelta(days=self.rng.randint(1, 6))))
        T(self.sh, 32, self.y, "Handtekening aanvrager", font="serif6", size=8.8)
        self.sh.rule(32, self.y + 24, 110, self.y + 24, width_mm=0.2)
        self.sh.signature(36 + self.rng.uniform(0, 12), self.y + self.rng.uniform(6, 9), 46, 14, self.rng,
                          color=self.ink)
        self.y += 30

    def finish(self) -> list[Sheet]:
        n = len(self.sheets)
        for i, sh in enumerate(self.sheets, 1):
            T(sh, self.c.page_w / 2, self.c.page_h - 9, f"blad {i}/{n}", font="serif6", size=7.5, align="center")
        return self.sheets


def form_med_paper(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _PaperForm(c, rng, "Aanvraag verblijfsvergunning regulier – medische behandeling", "MED 2026/07 papier")
    f.person()
    f.head("Medische behandeling")
    f.q("Naam en plaats van de zorginstelling", f"{c.hospital.get('name', '')}, {c.hospital.get('city', '')}")
    f.q("Welke behandeling krijgt u?", c.med.get("tx_short", ""))
    f.choice("Had u uitstel van vertrek (artikel 64 Vreemdelingenwet)?", ["nee", "ja"], {1 if c.art64_end else 0})
    if c.art64_end:
        f.q("Tot welke datum liep het uitstel van vertrek?", c.dfmt(c.art64_end))
    else:
        f.choice("Wie betaalt de behandeling en het verblijf?", ["ikzelf", "een garantsteller"], {1 if c.payer else 0})
    f.choice("Hebt u een geldig paspoort?", ["ja", "nee, ik vraag vrijstelling van het paspoortvereiste"],
             {1 if c.no_passport else 0})
    f.choice("Hebt u de Surinaamse nationaliteit en een mvv voor medische behandeling?", ["nee", "ja"],
             {1 if c.suriname_visa else 0})
    f.sign()
    return f.finish()


def form_7027_paper(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _PaperForm(c, rng, "Aanvraag voortgezet verblijf humanitair niet-tijdelijk (7027)", "7027 2026/07 papier")
    f.person()
    f.head("Uw huidige verblijfsvergunning")
    f.choice("Met welk verblijfsdoel had u een vergunning?", [], set())
    f.y -= 7
    for key, txt in ROUTES_7027:
        f.choice("", [txt], {0} if c.route == key else set())
        f.y -= 5
    f.y += 5
    f.q("Sinds wanneer hebt u die vergunning?", c.dfmt(c.since) if c.since else "")
    if c.route == "relationship":
        f.choice("Hebt u aan de inburgeringsplicht voldaan?", ["ja, diploma", "ontheffing of vrijstelling", "nee"],
                 {0 if c.inburgering in ("diploma", "results", "failed") else 1 if c.inburgering == "exemption" else 2})
    f.sign()
    return f.finish()


def form_generic_paper(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _PaperForm(c, rng, "Aanvraag verlenging verblijfsvergunning regulier", "VERL 2026/07 papier")
    f.person()
    f.head("Uw aanvraag")
    f.q("Wat is uw huidige verblijfsdoel?", GENERIC_PURPOSES[seed_of("purpose", c.rng_seed) % len(GENERIC_PURPOSES)])
    f.q("Tot wanneer is uw verblijfsvergunning geldig?", c.dfmt(c.sub + dt.timedelta(days=rng.randint(20, 80))))
    f.sign()
    return f.finish()


_reg("ind-form-med-papier-stippellijnen", "application", PART, "nl", form_med_paper,
     "medical treatment form printed on paper, numbered questions on dotted lines, section discs, 'blad x/y'")
_reg("ind-form-7027-papier-stippellijnen", "application", PART, "nl", form_7027_paper,
     "form 7027 printed on paper, routes as a column of options, dotted answer lines")
_reg("ind-form-generic-papier-stippellijnen", "application", PART, "nl", form_generic_paper,
     "extension form printed on paper with dotted answer lines")


# =========================================================================== income

def payslip_thuiszorg(c: Case, rng: random.Random, month: int = 11, **_) -> list[Sheet]:
    """A home-care organisation's payslip: two columns of amounts, 'deze periode' and 'cumulatief t/m deze
    periode', the employee block in a thin frame, the payroll agency's name at the foot."""
    e, w = _emp(c, rng), earner(c)
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    firm = rng.choice(["Thuiszorg De Zonnebloem B.V.", "Stichting Wijkzorg Midden", "Zorggroep Het Anker"])
    sh = c.new_sheet()
    W = c.page_w
    f = "sans3"
    T(sh, 18, 12, firm, font=f, size=11.5, bold=True)
    T(sh, W - 18, 12, f"Loonstrook periode {month:02d}-2026", font=f, size=9.5, align="right")
    sh.rect(18, 20, W - 36, 30, width_mm=0.2)
    for i, (a_, b_) in enumerate([("Werknemer", f"{w.surname}, {w.given_names}"), ("Personeelsnummer", e["pnr"]),
                                  ("Functie", "verzorgende IG"), ("Cao", "VVT"),
                                  ("Datum in dienst", d_nl(e["start"], "dashes_zero"))]):
        T(sh, 21, 22.5 + i * 5.3, a_, font=f, size=8.5, color=GREY)
        T(sh, 62, 22.5 + i * 5.3, b_, font=f, size=8.8)
    y = 58
    for t, x in (("Omschrijving", 18), ("Deze periode", 120), ("Cumulatief t/m deze periode", W - 18)):
        T(sh, x, y, t, font=f, size=8.5, bold=True, align="left" if x == 18 else "right")
    sh.rule(18, y + 5, W - 18, y + 5, width_mm=0.3)
    y += 8
    for t, v in (("Salaris", k["bruto"]), ("ORT (onregelmatigheidstoeslag)", round(k["bruto"] * 0.06, 2)),
                 ("Pensioenpremie PFZW", -k["pens"]), ("Loonheffing", -k["lh"]), ("Reiskosten", k["reis"]),
                 ("Netto", k["net"] + round(k["bruto"] * 0.06 * 0.6, 2))):
        bold = t == "Netto"
        T(sh, 18, y, t, font=f, size=9.5, bold=bold)
        T(sh, 120, y, eur(v, False), font=f, size=9.5, align="right", bold=bold)
        T(sh, W - 18, y, eur(v * month, False), font=f, size=9.5, align="right", bold=bold)
        y += 6.2
    sh.rule(18, y, W - 18, y, width_mm=0.2)
    T(sh, 18, y + 5, f"Uitbetaald op {e['iban']}", font=f, size=8.5, color=DARK)
    T(sh, 18, c.page_h - 14, "Salarisadministratie: Loonbureau Zorg & Welzijn, Zwolle", font=f, size=7.5, color=GREY)
    return [sh]


def guarantor_employer(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The guarantee typed by the guarantor on a word processor (upper half) and the guarantor's employer's
    declaration filled in, stamped and signed by the employer (lower half)."""
    g = c.payer or c.p
    e = _emp(c, random.Random(c.rng_seed))
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    sh = c.new_sheet()
    W = c.page_w
    f = "serif"
    T(sh, 20, 14, "GARANTVERKLARING", font=f, size=13, bold=True)
    body = (f"Ondergetekende, {g.given_names} {g.surname}, geboren op {d_nl(g.birth_date, 'dashes_zero')}, wonende te "
            f"{g.address.city if g.address else 'Rotterdam'}, {c.payer_relation or 'familielid'} van "
            f"{c.p.given_names} {c.p.surname} (geboren {d_nl(c.p.birth_date, 'dashes_zero')}), verklaart zich garant "
            f"te stellen voor alle kosten van verblijf en medische behandeling van deze vreemdeling in Nederland, "
            f"zodat deze kosten niet ten laste van de publieke middelen komen.")
    y = P(sh, 20, 24, W - 40, body, font=f, size=10.5, leading=1.5)
    T(sh, 20, y + 6, f"{g.address.city if g.address else 'Rotterdam'}, "
                     f"{d_nl(c.sub - dt.timedelta(days=rng.randint(10, 40)))}", font=f, size=10.5)
    sh.signature(20, y + 11, 44, 14, rng, color=BLUE_INK)
    T(sh, 20, y + 27, "handtekening garantsteller", font=f, size=8.5, color=GREY)
    y = max(y + 40, 130)
    sh.rule(20, y, W - 20, y, width_mm=0.3, dash=1.0)
    T(sh, 20, y + 6, "WERKGEVERSVERKLARING", font=f, size=12, bold=True)
    rows = [("Naam werkgever", e["name"]), ("KvK-nummer", e["kvk"]), ("Loonheffingennummer", e["lhn"]),
            ("Naam werknemer", f"{g.given_names} {g.surname}"), ("In dienst sinds", d_nl(e["start"], "dashes_zero")),
            ("Soort dienstverband", rng.choice(["onbepaalde tijd", "bepaalde tijd, met uitzicht op vast"])),
            ("Bruto loon per maand (excl. vakantiegeld)", eur(k["bruto"]))]
    yy = y + 15
    for a, b in rows:
        T(sh, 20, yy, a, font=f, size=9.5, color=GREY)
        T(sh, 100, yy, b, font=f, size=10)
        yy += 6.5
    T(sh, 20, yy + 5, "Naar waarheid ingevuld,", font=f, size=10)
    sh.signature(20, yy + 10, 40, 13, rng, color=BLACK_INK)
    sh.stamp(80, yy + 6, [e["name"].upper()[:26], "PERSONEELSZAKEN"], rng, shape="rect", size_mm=36,
             color=STAMP_VIOLET)
    return [sh]


def bookkeeper_zzp(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A bookkeeper's statement of a self-employed earner's income over 2025 and the first three quarters of 2026
    (a small table of turnover, costs and profit), on the bookkeeping office's letter paper."""
    w = earner(c)
    e = _emp(c, rng)
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    office = rng.choice(["Administratiekantoor Verbeek", "Boekhoudpraktijk Oost", "Van Dijk Administraties"])
    trade = rng.choice(["schildersbedrijf", "koeriersdienst", "kapsalon", "klussenbedrijf", "taxibedrijf"])
    sh = c.new_sheet()
    W = c.page_w
    f = "sans5"
    T(sh, 20, 14, office, font=f, size=12.5, bold=True, color=(30, 80, 60))
    T(sh, 20, 20.5, "administratie · belastingaangiften · MKB en zzp", font=f, size=8.5, color=GREY)
    T(sh, 20, 40, "INKOMENSVERKLARING ZELFSTANDIGE", font=f, size=12, bold=True)
    P(sh, 20, 50, W - 40, f"Wij verklaren dat {w.given_names} {w.surname}, geboren op "
      f"{d_nl(w.birth_date, 'dashes_zero')}, sinds {e['start'].year} een eenmanszaak ({trade}) voert, ingeschreven bij "
      f"de KvK onder nummer {e['kvk']}. Op basis van de door ons gevoerde administratie bedroeg het resultaat:",
      font=f, size=10, leading=1.45)
    y = 74
    for t, x in (("Periode", 20), ("Omzet", 100), ("Kosten", 140), ("Winst", W - 20)):
        T(sh, x, y, t, font=f, size=9, bold=True, align="left" if x == 20 else "right")
    sh.rule(20, y + 5, W - 20, y + 5, width_mm=0.3)
    y += 8
    yearly = k["bruto"] * 12.4
    for per, fac in (("2025", 1.0), ("1 jan – 30 sep 2026", 0.76)):
        omzet = yearly * fac * 1.55
        T(sh, 20, y, per, font=f, size=9.5)
        T(sh, 100, y, eur(omzet, False), font=f, size=9.5, align="right")
        T(sh, 140, y, eur(omzet - yearly * fac, False), font=f, size=9.5, align="right")
        T(sh, W - 20, y, eur(yearly * fac, False), font=f, size=9.5, align="right")
        y += 6.5
    P(sh, 20, y + 6, W - 40, f"Het gemiddelde netto-inkomen bedraagt daarmee ongeveer {eur(k['net'])} per maand. "
      "Deze verklaring is afgegeven op verzoek van de ondernemer, ten behoeve van de IND.", font=f, size=10)
    T(sh, 20, y + 26, f"{d_nl(c.sub - dt.timedelta(days=rng.randint(5, 30)))}", font=f, size=10)
    sh.signature(20, y + 31, 40, 13, rng, color=BLUE_INK)
    T(sh, 20, y + 46, f"{office}, AA-accountant", font=f, size=9.5)
    return [sh]


def bank_statement(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A bank's monthly statement ('rekeningafschrift') with the transactions: the salary credited by the
    employer among rent, groceries and transfers, the balance at the top and the bottom."""
    w = earner(c)
    e = _emp(c, rng)
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    bank = dict(c.bank) if c.bank else {"name": "Noorderbank N.V."}
    sh = c.new_sheet()
    W = c.page_w
    f = "condensed"
    T(sh, 18, 12, bank["name"], font=f, size=12.5, bold=True)
    T(sh, W - 18, 12, "Rekeningafschrift", font=f, size=11, align="right")
    T(sh, 18, 22, f"{w.given_names[0]}. {w.surname}", font=f, size=9.5)
    T(sh, 18, 27, f"Rekening {e['iban']}", font=f, size=9.5)
    T(sh, W - 18, 22, "Periode 01-10-2026 t/m 31-10-2026", font=f, size=9, align="right")
    start_bal = rng.randint(120, 1400) + rng.random()
    T(sh, W - 18, 27, f"Beginsaldo {eur(start_bal)}", font=f, size=9, align="right")
    y = 38
    for t, x in (("Datum", 18), ("Omschrijving", 40), ("Af", 150), ("Bij", W - 18)):
        T(sh, x, y, t, font=f, size=8.8, bold=True, align="left" if x < 100 else "right")
    sh.rule(18, y + 4.8, W - 18, y + 4.8, width_mm=0.3)
    y += 7
    tx = [(1, "Huur oktober – Woonstichting", -rng.randint(560, 890)),
          (3, "Albert Heijn 1421", -rng.randint(20, 80)),
          (8, "Zorgverzekering premie", -rng.randint(140, 160)),
          (12, "Overboeking spaarrekening", -rng.randint(50, 150)),
          (16, "Lidl", -rng.randint(15, 60)),
          (24, f"{e['name']} – SALARIS OKT 2026", k["net"]),
          (27, "Energie Direct", -rng.randint(90, 170)),
          (29, "Jumbo", -rng.randint(20, 70))]
    bal = start_bal
    for day, desc, amt in tx:
        bal += amt
        T(sh, 18, y, f"{day:02d}-10", font=f, size=8.8)
        T(sh, 40, y, desc, font=f, size=8.8, bold="SALARIS" in desc)
        T(sh, 150 if amt < 0 else W - 18, y, eur(abs(amt), False), font=f, size=8.8, align="right")
        y += 5.5
    sh.rule(18, y, W - 18, y, width_mm=0.2)
    T(sh, W - 18, y + 3, f"Eindsaldo {eur(bal)}", font=f, size=9.5, bold=True, align="right")
    T(sh, 18, c.page_h - 14, f"Blad 1 van 1 · {bank['name']} · BIC {bank.get('bic', '')}", font=f, size=7.5,
      color=GREY)
    return [sh]


_reg("payslip-nl-thuiszorg-cumulatief", "income-proof", PART, "nl", payslip_thuiszorg,
     "home-care organisation's payslip, 'deze periode' and 'cumulatief' columns, framed employee block")
_reg("guarantor-garantverklaring-werkgeversverklaring", "income-proof", PART, "nl", guarantor_employer,
     "guarantee typed by the guarantor, employer's declaration stamped in the lower half")
_reg("zzp-inkomensverklaring-boekhouder", "income-proof", PART, "nl", bookkeeper_zzp,
     "bookkeeper's income statement for a self-employed earner, turnover/costs/profit table")
_reg("bankafschrift-salarisbijschrijving", "income-proof", PART, "nl", bank_statement,
     "bank statement with the month's transactions, salary credit among them")


# =========================================================================== medical statements

def medstat_epd_two_col(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A treating specialist's statement printed from the hospital's record system: a grey left column with the
    patient's and the author's data, the statement in the right column, 'elektronisch geautoriseerd' at the foot."""
    m, h = c.med, c.hospital
    g, s, _ = make_professional(random.Random(seed_of("epd", c.rng_seed)), "NL")
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    f = "narrow"
    T(sh, 18, 12, h["name"], font=f, size=12, bold=True, color=h.get("color", (0, 0, 0)))
    T(sh, 18, 18, f"{h['street']} · {h['pc']} {h['city']}", font=f, size=8, color=GREY)
    sh.rect(18, 26, 50, H - 50, width_mm=0, fill=(236, 236, 236))
    y = 30
    for a, b in (("Patiënt", f"{c.p.surname}, {c.p.given_names}"), ("Geboortedatum", d_nl(c.p.birth_date, "dashes_zero")),
                 ("Afdeling", m["spec"]), ("Auteur", f"{g} {s}, {m['doc_title']}"),
                 ("Datum", d_nl(c.sub - dt.timedelta(days=rng.randint(6, 35)), "dashes_zero"))):
        T(sh, 21, y, a, font=f, size=7.8, color=GREY)
        y = P(sh, 21, y + 3.6, 44, b, font=f, size=9.2) + 3
    T(sh, 74, 30, "Medische verklaring", font=f, size=14, bold=True)
    y = 42
    for head, txt in (("Diagnose", m["dx"] + "."), ("Behandeling", m["tx"] + "."),
                      ("Duur", duration_phrase(c.duration, _treat_start(c), "nl")),
                      ("Zonder behandeling", m["stop"]), ("Herkomstland", _not_available(c, "nl"))):
        T(sh, 74, y, head, font=f, size=10, bold=True)
        y = P(sh, 74, y + 5, W - 92, txt, font=f, size=10, leading=1.35) + 4
    T(sh, 74, y + 4, f"{g} {s}", font=f, size=10)
    sh.signature(74, y + 8, 30, 10, rng, style="initials", color=BLUE_INK)
    T(sh, 18, H - 12, f"Elektronisch geautoriseerd – afgedrukt {d_nl(c.sub - dt.timedelta(days=2), 'dashes_zero')}",
      font=f, size=7, color=GREY)
    return [sh]


def medstat_gp_fax(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The GP's letter faxed to the law office (1-bit, 200 dpi, the fax header across the top)."""
    m = c.med
    gp = c.gp or {"name": "Huisartsenpraktijk De Linde", "city": "Utrecht", "tel": "030"}
    g, s, _ = make_professional(random.Random(seed_of("faxgp", c.rng_seed)), "NL")
    sh = c.new_sheet()
    W = c.page_w
    f = "serif"
    T(sh, 20, 14, gp.get("name", "Huisartsenpraktijk"), font=f, size=12.5, bold=True)
    T(sh, 20, 20, f"{g} {s}, huisarts · {gp.get('street', '')} · {gp.get('city', '')}", font=f, size=8.5, color=GREY)
    T(sh, 20, 36, f"{gp.get('city', '')}, {d_nl(c.sub - dt.timedelta(days=rng.randint(5, 30)))}", font=f, size=10.5)
    T(sh, 20, 46, f"Betreft: {c.p.given_names} {c.p.surname}, geboren {d_nl(c.p.birth_date, 'dashes_zero')}",
      font=f, size=10.5, bold=True)
    y = 56
    for para in ("Geachte heer/mevrouw,", f"Patiënt(e) is bij mij bekend met {m['dx']}.",
                 f"Huidige behandeling: {m['tx']}.", duration_phrase(c.duration, _treat_start(c), "nl"), m["stop"],
                 _not_available(c, "nl"), "Met vriendelijke groet,"):
        y = P(sh, 20, y, W - 40, para, font=f, size=11, leading=1.45) + 3
    sh.signature(20, y + 2, 42, 14, rng, color=BLACK_INK)
    T(sh, 20, y + 18, f"{g} {s}, huisarts", font=f, size=10.5)
    return [_same(fax_1bit(sh, _fax_head(c, rng, gp.get("name", "huisarts"))), sh)]


def medstat_abroad_en_turned(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An English letter of the clinic abroad that treated the patient before (for the IND), typed, stamped,
    scanned turned by about 1.5 degrees."""
    m = c.med
    g, s, _ = make_professional(random.Random(seed_of("abroad", c.rng_seed)), "NL")
    clinic = {"MAR": "Clinique Internationale de Marrakech", "COD": "Centre Hospitalier Monkole, Kinshasa",
              "RUS": "European Medical Center, Moscow", "UKR": "Dobrobut Medical Network, Kyiv",
              "SOM": "Aga Khan University Hospital, Nairobi", "VEN": "Centro Médico Docente La Trinidad, Caracas",
              "TUR": "Memorial Şişli Hospital, Istanbul", "SUR": "Academisch Ziekenhuis Paramaribo"}.get(
        c.p.nationality, "Aga Khan University Hospital, Nairobi")
    sh = c.new_sheet()
    W = c.page_w
    f = "serif3"
    T(sh, 20, 14, clinic, font=f, size=12, bold=True)
    T(sh, 20, 20, f"Department of {m['spec_en']}", font=f, size=9, color=GREY)
    T(sh, W - 20, 34, d_en(c.sub - dt.timedelta(days=rng.randint(20, 60))), font=f, size=10, align="right")
    T(sh, 20, 44, "TO WHOM IT MAY CONCERN", font=f, size=11, bold=True)
    y = 54
    for para in (f"Re: {c.p.given_names} {c.p.surname}, born {d_en(c.p.birth_date)}",
                 f"The above patient has been under our care with {m['dx_en']}.",
                 f"Treatment: {m['tx_en']}.", f"Treatment started on {d_en(_treat_start(c))}.",
                 duration_phrase(c.duration, _treat_start(c), "en"), m["stop_en"], _not_available(c, "en")):
        y = P(sh, 20, y, W - 40, para, font=f, size=10.5, leading=1.45) + 3
    sh.signature(20, y + 4, 42, 14, rng, color=BLUE_INK)
    sh.stamp(70, y + 2, [clinic.split(",")[0].upper()[:28], m["spec_en"].upper()[:24]], rng, size_mm=28,
             color=(30, 60, 140))
    T(sh, 20, y + 22, f"Dr {g} {s}, {m['doc_en']}", font=f, size=10)
    return [_same(turned(sh, rng.choice([1.5, -1.5, 1.4])), sh)]


_reg("medstat-epd-twee-kolommen-nl", "medical-statement", PART, "nl", medstat_epd_two_col,
     "specialist's statement printed from the hospital record system, grey data column, initials")
_reg("medstat-huisarts-fax-1bit", "medical-statement", PART, "nl", medstat_gp_fax,
     "GP's letter received by fax, 1-bit 200 dpi, fax header line")
_reg("medstat-kliniek-buitenland-en-scheef", "medical-statement", PART, "en", medstat_abroad_en_turned,
     "English 'to whom it may concern' letter of a clinic abroad, scanned turned by 1.5 degrees")


# =========================================================================== care institution

def care_letter_margin(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A hospital's confirmation letter to the lawyer, the lawyer's pencil notes and a tick in the margin."""
    h, m = c.hospital, c.med
    start, end = _care_dates(c)
    sh = c.new_sheet()
    W = c.page_w
    f = "sans2"
    T(sh, 24, 12, h["name"], font=f, size=12.5, bold=True, color=h.get("color", (0, 0, 0)))
    T(sh, 24, 18.5, f"Zorgadministratie · {h['street']} · {h['pc']} {h['city']}", font=f, size=8.5, color=GREY)
    T(sh, 24, 40, f"{h['city']}, {d_nl(c.sub - dt.timedelta(days=rng.randint(8, 40)))}", font=f, size=10)
    T(sh, 24, 48, f"Betreft: behandeling {c.p.given_names} {c.p.surname}, geb. {d_nl(c.p.birth_date, 'dashes_zero')}",
      font=f, size=10.5, bold=True)
    y = P(sh, 24, 58, W - 44, f"Hierbij bevestigen wij dat bovengenoemde patiënt in ons ziekenhuis wordt behandeld voor "
          f"{m['tx']}. De behandeling loopt van {d_nl(start)} tot ten minste {d_nl(end)}. Ons ziekenhuis is bereid "
          f"en in staat deze behandeling te verlenen. De geraamde kosten bedragen {eur(m['cost'])} per jaar.",
          font=f, size=10.5, leading=1.5) + 8
    T(sh, 24, y, "Met vriendelijke groet,", font=f, size=10.5)
    sh.signature(24, y + 5, 42, 13, rng)
    T(sh, 24, y + 20, "hoofd patiëntenadministratie", font=f, size=10)
    margin_note(sh, 3, 60, ["ok", "bijl.", "4"], rng)
    sh.rule(20, 58, 20, 80, width_mm=0.5, color=PENCIL)
    return [sh]


def care_form_ticked(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A 'Verklaring zorginstelling' form the lawyer sends to the institution, filled in there: the
    institution's data typed, the statements ticked, the dates written in, stamped and signed."""
    h, m = c.hospital, c.med
    start, end = _care_dates(c)
    sh = c.new_sheet()
    W = c.page_w
    f = "sans4"
    ink = BLUE_INK
    T(sh, 18, 12, "VERKLARING ZORGINSTELLING", font=f, size=13, bold=True)
    T(sh, 18, 19, "in te vullen door de instelling waar de vreemdeling wordt behandeld", font=f, size=8.5, color=GREY)
    rows = [("Naam instelling", h["name"]), ("Adres", f"{h['street']}, {h['pc']} {h['city']}"),
            ("Naam patiënt", f"{c.p.given_names} {c.p.surname}"),
            ("Geboortedatum patiënt", d_nl(c.p.birth_date, "dashes_zero")), ("Behandeling", m["tx"])]
    y = 30
    for a, b in rows:
        T(sh, 18, y, a, font=f, size=8.5, color=GREY)
        y = P(sh, 70, y, W - 88, b, font=f, size=10) + 3
    y += 4
    for txt in ("De instelling is bereid de behandeling te geven.", "De instelling is in staat de behandeling te geven.",
                "De financiering van de behandeling is met de patiënt besproken."):
        sh.rect(18, y, 4, 4, width_mm=0.3)
        sh.handwriting(18.2, y - 1.2, "x", rng, size_pt=12, color=ink, font="hand1")
        T(sh, 26, y + 0.2, txt, font=f, size=10)
        y += 8
    T(sh, 18, y + 2, "Begindatum behandeling", font=f, size=8.5, color=GREY)
    sh.handwriting(70, y + 0.5, d_nl(start, "dashes_zero"), rng, size_pt=11, color=ink, font="hand2")
    T(sh, 18, y + 10, "Verwachte einddatum", font=f, size=8.5, color=GREY)
    sh.handwriting(70, y + 8.5, f"niet eerder dan {d_nl(end, 'dashes_zero')}", rng, size_pt=11, color=ink,
                   font="hand2")
    T(sh, 18, y + 18, "Kosten per jaar (raming)", font=f, size=8.5, color=GREY)
    sh.handwriting(70, y + 16.5, eur(m["cost"]), rng, size_pt=11, color=ink, font="hand2")
    y += 32
    T(sh, 18, y, f"Datum: {d_nl(c.sub - dt.timedelta(days=rng.randint(8, 40)), 'dashes_zero')}", font=f, size=10)
    sh.signature(18, y + 5, 42, 13, rng, color=ink)
    sh.stamp(90, y + 1, [h["short"].upper(), "ZORGADMINISTRATIE"], rng, shape="rect", size_mm=32, color=STAMP_VIOLET)
    return [sh]


def care_rehab_punched(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A rehabilitation or treatment centre's confirmation copied from the client's punched original."""
    h, m = c.hospital, c.med
    start, end = _care_dates(c)
    sh = c.new_sheet()
    W = c.page_w
    f = "serif5"
    T(sh, W / 2, 14, f"{h['short']} – Centrum voor behandeling en revalidatie", font=f, size=12, bold=True,
      align="center")
    T(sh, W / 2, 20, f"{h['street']}, {h['pc']} {h['city']}", font=f, size=8.5, align="center", color=GREY)
    T(sh, 24, 40, "Aan wie het aangaat", font=f, size=10.5)
    y = P(sh, 24, 50, W - 44, f"{c.p.given_names} {c.p.surname} (geboren {d_nl(c.p.birth_date)}) is bij ons "
          f"aangemeld en geaccepteerd voor {m['tx']}. Wij kunnen en willen deze behandeling bieden van "
          f"{d_nl(start)} tot ten minste {d_nl(end)}. Kostenraming: {eur(m['cost'])} per jaar.", font=f, size=10.5,
          leading=1.55) + 10
    T(sh, 24, y, f"{h['city']}, {d_nl(c.sub - dt.timedelta(days=rng.randint(8, 40)))}", font=f, size=10.5)
    sh.signature(24, y + 5, 42, 13, rng)
    T(sh, 24, y + 20, "medisch manager", font=f, size=10)
    punch_holes(sh)
    return [sh]


_reg("care-bevestiging-potloodnotities-nl", "care-institution-statement", PART, "nl", care_letter_margin,
     "hospital's confirmation letter, the lawyer's pencil notes in the margin")
_reg("care-verklaring-formulier-aangekruist", "care-institution-statement", PART, "nl", care_form_ticked,
     "'verklaring zorginstelling' form ticked and completed by hand at the institution, stamped")
_reg("care-revalidatiecentrum-perforatie", "care-institution-statement", PART, "nl", care_rehab_punched,
     "treatment centre's confirmation copied from a punched original")


# =========================================================================== health insurance

def polisblad_lid_open(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A Dutch insurer's policy sheet ('polisblad') scanned on a flatbed with the lid open (black around)."""
    ins = c.insurer_nl
    sh = c.new_sheet()
    W = c.page_w
    f = "sans2"
    T(sh, 20, 14, ins["name"], font=f, size=12.5, bold=True, color=ins.get("color", (0, 0, 0)))
    T(sh, 20, 20, ins.get("post", ""), font=f, size=8.5, color=GREY)
    T(sh, 20, 40, f"Polisblad {c.sub.year}", font=f, size=14, bold=True)
    rows = [("Verzekeringnemer", f"{c.p.given_names} {c.p.surname}"),
            ("Geboortedatum", d_nl(c.p.birth_date, "dashes_zero")), ("Polisnummer", _policy_no(c)),
            ("Ingangsdatum", f"01-01-{c.sub.year}"), ("Basisverzekering", "Zorg Natura (budget) – incl. "
                                                                           "medisch-specialistische zorg en geneesmiddelen"),
            ("Aanvullend", rng.choice(["geen", "Aanvullend 1 ster"])), ("Eigen risico", "€ 385 (verplicht)"),
            ("Premie per maand", eur(rng.randint(140, 175) + 0.95))]
    y = 52
    for a, b in rows:
        T(sh, 20, y, a, font=f, size=9.5, color=GREY)
        y = P(sh, 70, y, W - 90, b, font=f, size=10) + 2.5
    return [_same(lid_open(sh, rng), sh)]


def incoming_stamped(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An incoming insurer's 'verzekeringsbewijs' printed by its agent and stamped with the agent's stamp."""
    name = _ins(c)
    start = c.sub - dt.timedelta(days=rng.randint(30, 200))
    end = add_years(start, 1)
    sh = c.new_sheet()
    W = c.page_w
    f = "serif2"
    T(sh, W / 2, 14, name, font=f, size=13, bold=True, align="center")
    T(sh, W / 2, 21, "VERZEKERINGSBEWIJS – ZIEKTEKOSTENVERZEKERING VOOR BUITENLANDSE GASTEN", font=f, size=9,
      align="center")
    sh.rule(20, 26, W - 20, 26, width_mm=0.4)
    rows = [("Verzekerde", f"{c.p.surname}, {c.p.given_names}"), ("Geboren", d_nl(c.p.birth_date, "dashes_zero")),
            ("Polisnummer", _policy_no(c, "INC-")), ("Looptijd", f"{d_nl(start, 'dashes_zero')} – {d_nl(end, 'dashes_zero')}"),
            ("Dekking", "medisch noodzakelijke zorg in Nederland, ziekenhuisbehandeling, geneesmiddelen, "
                        "bestaande aandoeningen meeverzekerd na acceptatie")]
    y = 34
    for a, b in rows:
        T(sh, 20, y, a, font=f, size=10, color=GREY)
        y = P(sh, 62, y, W - 82, b, font=f, size=10.5) + 3
    T(sh, 20, y + 8, f"Afgegeven op {d_nl(c.sub - dt.timedelta(days=rng.randint(3, 25)))}", font=f, size=10)
    sh.signature(20, y + 13, 40, 12, rng, color=BLACK_INK)
    sh.stamp(80, y + 8, ["ASSURANTIEKANTOOR", "TUSSENPERSOON", f"AFM {rng.randint(10000000, 99999999)}"], rng,
             shape="rect", size_mm=36, color=STAMP_VIOLET)
    return [sh]


def intl_colombia_letter(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A Colombian insurer's bilingual 'Certificado de cobertura / Certificate of coverage', printed on the
    Letter ('carta') paper it was made for."""
    ins = c.insurer_intl or {}
    name = _ins(c)
    sh = c.new_sheet()
    W = c.page_w
    f = "sans"
    T(sh, 18, 12, name, font=f, size=12.5, bold=True, color=(0, 90, 60))
    T(sh, 18, 18.5, ins.get("addr", "Carrera 7 # 71-21, Torre B, Bogotá D.C., Colombia"), font=f, size=8.5,
      color=GREY)
    T(sh, 18, 34, "CERTIFICADO DE COBERTURA / CERTIFICATE OF COVERAGE", font=f, size=12, bold=True)
    for k, (a, b) in enumerate([("Asegurado / Insured", f"{c.p.given_names} {c.p.surname}"),
                                ("Fecha de nacimiento / Date of birth", d_en(c.p.birth_date)),
                                ("Póliza / Policy no.", _policy_no(c, "CO-")),
                                ("Plan", ins.get("plan", "Salud Global Internacional")),
                                ("Territorio / Territory", "Mundial / Worldwide, incl. Netherlands")]):
        T(sh, 18, 46 + k * 7.5, a, font=f, size=9, color=GREY)
        T(sh, 88, 46 + k * 7.5, b, font=f, size=9.8)
    P(sh, 18, 88, W - 36, "La póliza cubre hospitalización, consultas de especialistas y medicamentos formulados, "
      "incluidas enfermedades preexistentes declaradas. / The policy covers hospital care, specialist consultations "
      "and prescribed drugs, including declared pre-existing conditions, for twelve months.", font=f, size=9.8)
    sh.signature(18, 116, 40, 12, rng, color=BLACK_INK)
    T(sh, 18, 130, "Gerencia de Servicio al Cliente / Customer Service", font=f, size=9)
    return [sh]


_reg("polisblad-nl-deksel-open", "health-insurance", PART, "nl", polisblad_lid_open,
     "Dutch policy sheet scanned with the scanner lid open (black surround)")
_reg("incoming-verzekeringsbewijs-stempel", "health-insurance", PART, "nl", incoming_stamped,
     "incoming insurer's certificate printed by the agent, stamped and signed")
_reg("intl-certificado-colombia-carta", "health-insurance", PART, "en", intl_colombia_letter,
     "Colombian insurer's bilingual Spanish/English certificate of coverage")


# =========================================================================== civic integration

def duo_diploma_lid_open(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The diploma (portrait, framed with a double rule) scanned with the lid open."""
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    d = _inb_date(c, rng)
    sh.rect(14, 14, W - 28, H - 28, width_mm=0.8, color=(0, 70, 120))
    sh.rect(17, 17, W - 34, H - 34, width_mm=0.25, color=(0, 70, 120))
    T(sh, W / 2, 40, "DIPLOMA", font="serif4", size=26, bold=True, align="center")
    T(sh, W / 2, 54, "INBURGERING", font="serif4", size=16, align="center")
    P(sh, 34, 80, W - 68, f"{c.p.given_names} {c.p.surname}, geboren op {d_nl(c.p.birth_date)}, heeft op "
      f"{d_nl(d)} alle onderdelen van het inburgeringsexamen met goed gevolg afgelegd en voldoet daarmee aan de "
      f"inburgeringsplicht.", font="serif4", size=12.5, leading=1.7, align="center")
    T(sh, W / 2, 170, "Dienst Uitvoering Onderwijs, namens de minister van SZW", font="serif4", size=9.5, align="center")
    sh.signature(W / 2 - 22, 176, 44, 14, rng, color=BLACK_INK)
    T(sh, 30, H - 30, f"Diplomanummer {seed_of('dip', c.rng_seed) % 10 ** 8:08d}", font="serif4", size=8)
    return [_same(lid_open(sh, rng), sh)]


def duo_ontheffing_fax(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """DUO's exemption decision, sent on by the municipality's fax (1-bit 200 dpi, fax header)."""
    sh = c.new_sheet()
    W = c.page_w
    d = _inb_date(c, rng)
    f = "sans4"
    T(sh, 20, 14, "DUO", font=f, size=17, bold=True)
    T(sh, 20, 21, "Dienst Uitvoering Onderwijs – Inburgering", font=f, size=8.5)
    T(sh, 20, 44, f"{c.p.given_names} {c.p.surname}", font=f, size=10)
    T(sh, 20, 60, f"Datum: {d_nl(d)}", font=f, size=9.5)
    T(sh, 20, 66, "Onderwerp: besluit ontheffing inburgeringsplicht", font=f, size=9.5, bold=True)
    y = P(sh, 20, 80, W - 40, f"Geachte heer/mevrouw {c.p.surname},", font=f, size=10.5) + 3
    y = P(sh, 20, y, W - 40, "Wij hebben besloten u ontheffing van de inburgeringsplicht te verlenen. De arts die u "
          "heeft onderzocht, adviseert dat u door een psychische of lichamelijke beperking blijvend niet in staat "
          "bent het inburgeringsexamen af te leggen.", font=f, size=10.5) + 3
    P(sh, 20, y, W - 40, f"Geboortedatum volgens onze registratie: {d_nl(c.p.birth_date, 'dashes_zero')}.", font=f,
      size=10.5)
    return [_same(fax_1bit(sh, _fax_head(c, rng, "GEMEENTE - KCC")), sh)]


def duo_uitslag_punched(c: Case, rng: random.Random, *, failed: bool = False, **_) -> list[Sheet]:
    """DUO's results letter with a 'resultaat' column (voldoende / onvoldoende), copied from a punched original."""
    sh = c.new_sheet()
    W = c.page_w
    d = _inb_date(c, rng)
    f = "sans3"
    T(sh, 22, 14, "Dienst Uitvoering Onderwijs", font=f, size=12, bold=True)
    T(sh, 22, 40, f"{c.p.given_names} {c.p.surname}, geboren {d_nl(c.p.birth_date, 'dashes_zero')}", font=f, size=10)
    T(sh, 22, 56, "Uw examenresultaten inburgering", font=f, size=12.5, bold=True)
    parts = ["Lezen", "Luisteren", "Schrijven", "Spreken", "Kennis Nederlandse Maatschappij (KNM)"]
    bad = seed_of("fail", c.rng_seed) % len(parts) if failed else -1
    y = 68
    for t, x in (("Onderdeel", 22), ("Examendatum", 110), ("Resultaat", 150)):
        T(sh, x, y, t, font=f, size=9, bold=True)
    sh.rule(22, y + 5, W - 20, y + 5, width_mm=0.3)
    y += 8
    for k, p in enumerate(parts):
        T(sh, 22, y, p, font=f, size=9.8)
        T(sh, 110, y, d_nl(d - dt.timedelta(days=9 * k), "dashes_zero"), font=f, size=9.8)
        T(sh, 150, y, "onvoldoende" if k == bad else "voldoende", font=f, size=9.8, bold=k == bad)
        y += 6.5
    P(sh, 22, y + 6, W - 42, "U hebt nog niet alle examenonderdelen gehaald; u krijgt nog geen diploma." if failed
      else "U hebt alle onderdelen gehaald. Het diploma ontvangt u in een aparte brief.", font=f, size=10.5)
    punch_holes(sh)
    return [sh]


_reg("duo-diploma-dubbele-rand-deksel-open", "civic-integration", PART, "nl", duo_diploma_lid_open,
     "DUO diploma with a double frame, scanned with the lid open")
_reg("duo-ontheffing-doorgefaxt", "civic-integration", PART, "nl", duo_ontheffing_fax,
     "DUO exemption decision forwarded by fax, 1-bit")
_reg("duo-uitslag-resultaatkolom-perforatie", "civic-integration", PART, "nl", duo_uitslag_punched,
     "DUO results letter with a results column, copied from a punched original")


# =========================================================================== other

def cover_letter_table(c: Case, rng: random.Random, *, enclosures: list[str] | None = None, **_) -> list[Sheet]:
    """A lawyer's cover letter with the enclosures in a ruled table (nr., stuk, aantal blz.), the office's
    details in a footer line."""
    lw = c.lawyer or LAWYERS[0]
    sh = c.new_sheet()
    W = c.page_w
    f = "serif5"
    T(sh, W - 20, 14, lw["firm"].upper(), font=f, size=11, bold=True, align="right")
    T(sh, W - 20, 20, "advocaten – vreemdelingenrecht", font=f, size=8.5, align="right", color=GREY)
    y = 42
    for ln in IND_ADDRESSES[rng.randrange(len(IND_ADDRESSES))].split("\n"):
        T(sh, 22, y, ln, font=f, size=10)
        y += 5
    y += 8
    T(sh, 22, y, f"{lw['city']}, {d_nl(c.sub - dt.timedelta(days=rng.randint(0, 3)))}", font=f, size=10)
    y += 7
    T(sh, 22, y, f"V-nummer cliënt: {c.vnr}", font=f, size=10, bold=True)
    y += 6
    y = P(sh, 22, y, W - 44, f"Onderwerp: {PROC_NL[c.procedure]} – {c.p.surname}", font=f, size=10) + 5
    paras = ["Geachte heer, mevrouw,", f"Namens {c.p.given_names} {c.p.surname} zend ik u de aanvraag "
             f"{PROC_NL[c.procedure]} met de stukken uit onderstaande tabel."]
    if c.procedure == "ind-medical-treatment" and c.art64_end:
        paras.append(f"Cliënt had uitstel van vertrek (art. 64 Vw) tot en met {d_nl(c.art64_end)}.")
    if c.no_passport:
        paras.append("Cliënt heeft geen geldig paspoort en vraagt vrijstelling van het paspoortvereiste. " +
                     " ".join(EXEMPTION_TEXT[i] for i in c.exemption_shown))
    if c.suriname_visa:
        paras.append("Cliënt is Surinamer, kwam naar Nederland met een mvv voor medische behandeling; de "
                     "behandeling is nog nodig en de betaling is geregeld.")
    for para in paras:
        y = P(sh, 22, y, W - 44, para, font=f, size=10) + 4
    if enclosures:
        for t, x, w in (("Nr.", 22, 12), ("Stuk", 34, 120), ("Blz.", 154, 18)):
            sh.rect(x, y, w, 6, width_mm=0.25, fill=(230, 230, 230))
            T(sh, x + 1.5, y + 1.2, t, font=f, size=8.5, bold=True)
        y += 6
        for i, e in enumerate(enclosures, 1):
            for v, x, w in ((str(i), 22, 12), (e, 34, 120), (str(rng.randint(1, 3)), 154, 18)):
                sh.rect(x, y, w, 5.5, width_mm=0.15)
                T(sh, x + 1.5, y + 1, v, font=f, size=8.5)
            y += 5.5
    y += 8
    T(sh, 22, y, "Hoogachtend,", font=f, size=10)
    sh.signature(22, y + 5, 42, 13, rng, color=BLUE_INK)
    T(sh, 22, y + 20, c.lawyer_name or f"mr. {lw.get('last', '')}", font=f, size=10)
    T(sh, W / 2, c.page_h - 12, f"{lw['firm']} · {lw['street']} · {lw['pc']} {lw['city']}", font=f, size=7.5,
      align="center", color=GREY)
    return [c.intr(sh)]


def art64_decision_fax(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The IND's art. 64 decision as the lawyer's office received it by fax (1-bit, header line)."""
    end = c.art64_end or (c.since - dt.timedelta(days=1) if c.since else c.sub + dt.timedelta(days=10))
    start = add_years(end, -1) + dt.timedelta(days=1)
    sh = c.new_sheet()
    W = c.page_w
    f = "sans4"
    T(sh, 20, 14, "Immigratie- en Naturalisatiedienst", font=f, size=11, bold=True)
    T(sh, 20, 20, "Ministerie van Justitie en Veiligheid", font=f, size=8.5)
    T(sh, W - 20, 40, f"V-nummer {c.vnr}", font=f, size=9.5, align="right")
    T(sh, W - 20, 45, f"Datum {d_nl(start - dt.timedelta(days=rng.randint(5, 20)))}", font=f, size=9.5, align="right")
    T(sh, 20, 58, "Beschikking – uitstel van vertrek op grond van artikel 64 Vw 2000", font=f, size=11, bold=True)
    P(sh, 20, 70, W - 40, f"U krijgt uitstel van vertrek van {d_nl(start)} tot en met {d_nl(end)}, omdat u volgens "
      f"het advies van het BMA om medische redenen niet kunt reizen.", font=f, size=10.5, leading=1.5)
    return [c.intr(_same(fax_1bit(sh, _fax_head(c, rng, "IND")), sh))]


def permit_letter_turned(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The IND's decision granting the permit, scanned turned by about 1.5 degrees."""
    sh = c.new_sheet()
    W = c.page_w
    f = "serif3"
    since = c.since or (c.sub - dt.timedelta(days=400))
    T(sh, 20, 14, "IND", font=f, size=16, bold=True)
    T(sh, 20, 36, f"Uw V-nummer: {c.vnr}", font=f, size=9.5)
    T(sh, 20, 54, "Besluit op uw aanvraag", font=f, size=12, bold=True)
    P(sh, 20, 66, W - 40, f"Wij willigen uw aanvraag in. U krijgt een verblijfsvergunning regulier voor bepaalde tijd, "
      f"geldig vanaf {d_nl(since)}. Maak online een afspraak om uw verblijfsdocument op te halen.", font=f,
      size=10.5, leading=1.5)
    return [c.intr(_same(turned(sh, rng.choice([1.5, -1.4, 1.6])), sh))]


def mvv_twice(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The passport page with the MVV sticker, a copy of a copy (grainy)."""
    sh = c.new_sheet()
    x0, y0, pw, ph = 28, 50, 150, 105
    sh.rect(x0, y0, pw, ph, width_mm=0.3, fill=(240, 236, 246))
    T(sh, x0 + 4, y0 + 3, "NLD  VISUM · VISA · VISA", font="sans3", size=9.5, bold=True)
    start = c.sub - dt.timedelta(days=rng.randint(150, 200))
    end = start + dt.timedelta(days=180)
    pno = c.passport_no or f"S{rng.randint(1000000, 9999999)}"
    for k, (a, b) in enumerate([("GELDIG VOOR / VALID FOR", "SCHENGENSTATEN"), ("VAN / FROM", start.strftime("%d-%m-%y")),
                                ("TOT / UNTIL", end.strftime("%d-%m-%y")), ("SOORT / TYPE", "D"),
                                ("NUMMER PASPOORT", pno), ("NAAM, VOORNAAM", f"{c.p.surname.upper()}, {c.p.given_names.upper()}"),
                                ("OPMERKINGEN", "MVV MEDISCHE BEHANDELING")]):
        T(sh, x0 + 4, y0 + 11 + k * 8.5, a, font="sans3", size=5.5, color=GREY)
        T(sh, x0 + 4, y0 + 13.5 + k * 8.5, b, font="sans3", size=8.5)
    line1 = ("V<NLD" + _mrz_name(c.p, 39))[:44]
    birth = c.p.birth_date.strftime("%y%m%d")
    exp = end.strftime("%y%m%d")
    pn = (pno + "<" * 9)[:9]
    line2 = f"{pn}{_mrz_check(pn)}SUR{birth}{_mrz_check(birth)}{c.p.sex}{exp}{_mrz_check(exp)}" + "<" * 16
    T(sh, x0 + 3, y0 + ph - 13, line1, font="ocrb", size=9.5)
    T(sh, x0 + 3, y0 + ph - 7, line2[:44], font="ocrb", size=9.5)
    return [_same(copied_twice(sh, rng), sh)]


_reg("cover-letter-bijlagentabel", "other", PART, "nl", cover_letter_table,
     "lawyer's cover letter, enclosures in a ruled table, office details in the footer")
_reg("art64-decision-fax-kantoor", "other", PART, "nl", art64_decision_fax,
     "IND art. 64 decision received by fax at the law office")
_reg("permit-letter-scheef-gescand", "other", PART, "nl", permit_letter_turned,
     "IND decision granting the permit, scanned turned by 1.5 degrees")
_reg("mvv-sticker-sur-kopie-van-kopie", "other", PART, "nl", mvv_twice,
     "MVV page, copy of a copy")
