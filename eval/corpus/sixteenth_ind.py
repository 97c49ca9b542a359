"""IND families of the `sixteenth` part (registered in ind.FAMILIES).

Written after dev, heldout and the parts fresh to fifteenth had been read, by a writer who did not see the validator:
the IND forms in a later edition (10-2026): a dark IND strip, numbered sections under light-grey bars, each question's
label above its answer box, and the V-number in the footer line of every page beside 'pagina n van N'; a supermarket's
four-weekly payslip with payments and deductions side by side, the guarantee form typed in grey fields and signed by
hand, a construction company's employer's statement on its letterhead; a specialist's letter 'aan wie het aangaat'
opening with a framed summary, a GP's statement under the HIS print-out; a treatment centre's confirmation of
placement, a centre's statement with captions in a left column, an outpatient clinic's appointments letter; a Dutch
insurer's yearly policy schedule, an incoming insurer's policy confirmation with a cover table, a Uruguayan insurer's
Spanish/English certificate on Letter paper with an electronic signature panel; DUO's diploma with a watermark, an
exemption decision in the window-envelope layout, a results list with points; a Dutch lawyer's cover letter headed
'AANGETEKEND' with lettered enclosures, the IND's decisions in the plain-language style, the MVV with the facing
page's departure stamps.  Every maker draws on ``c.new_sheet()`` and marks pages that print the V-number with
``c.intr``.
"""
from __future__ import annotations

import random

from .ind import (
    BLACK_INK,
    BLUE_INK,
    EXEMPTION_TEXT,
    GENERIC_PURPOSES,
    GREY,
    IND_ADDRESSES,
    LAWYERS,
    PROC_NL,
    ROUTES_7027,
    Case,
    P,
    T,
    _care_dates,
    _emp,
    _inb_date,
    _incoming_name,
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
from .ninth_identity import hand_safe
from .paper import Sheet
from .people import make_professional

PART = "sixteenth"
DARK = (40, 55, 75)
SHADE = (232, 234, 236)


# =========================================================================== application forms: shaded answer cells

class _ShadeForm:
    """An IND form as this part's edition prints it: the IND's name in a dark strip at the top left, each section
    under a light-grey full-width bar with its number ('1  Gegevens aanvrager'), each question's label in small type
    ABOVE its answer box (the box as wide as the text column, typed or written in), options as square boxes in a
    row; the V-number in the footer line of every page ('V-nummer' with its value, the form's number and edition,
    'pagina n van N')."""

    def __init__(self, c: Case, rng: random.Random, title: str, code: str):
        self.c, self.rng, self.title, self.code = c, rng, title, code
        self.hand = c.fill == "hand"
        self.ink = rng.choice([BLUE_INK, BLACK_INK])
        self.f = rng.choice(["sans", "sans6"])
        self.sheets: list[Sheet] = []
        self.n = 0
        self.page()

    def page(self) -> None:
        c = self.c
        sh = c.new_sheet()
        W = c.page_w
        f = self.f
        sh.rect(18, 8, 64, 9, width_mm=0, fill=DARK)
        T(sh, 20, 9.6, "IND", font=f, size=12, bold=True, color=(255, 255, 255))
        T(sh, 32, 10.4, "Immigratie- en Naturalisatiedienst", font=f, size=7, color=(255, 255, 255))
        T(sh, W - 18, 10, "Ministerie van Justitie en Veiligheid", font=f, size=7.5, align="right", color=GREY)
        H = c.page_h
        sh.rule(18, H - 17, W - 18, H - 17, width_mm=0.2, color=GREY)
        T(sh, 18, H - 15, "V-nummer", font=f, size=7.5, color=GREY)
        sh.rect(34, H - 16.2, 34, 6, width_mm=0.3, color=DARK)
        self.sheets.append(c.intr(sh))
        if self.hand:
            sh.handwriting(35, H - 17.4, hand_safe(c.vnr), self.rng, size_pt=11, color=self.ink, font="hand1")
        else:
            T(sh, 35.5, H - 15.2, c.vnr, font=f, size=9.5, bold=True)
        if len(self.sheets) == 1:
            sh.paragraph(18, 24, W - 36, self.title, font=f, size_pt=14, bold=True)
            self.y = 40.0
        else:
            self.y = 24.0

    @property
    def sh(self) -> Sheet:
        return self.sheets[-1]

    def section(self, t: str) -> None:
        if self.y > self.c.page_h - 50:
            self.page()
        W = self.c.page_w
        self.secno = getattr(self, "secno", 0) + 1
        self.sh.rect(18, self.y, W - 36, 7, width_mm=0, fill=(226, 228, 230))
        T(self.sh, 20, self.y + 1.4, f"{self.secno}", font=self.f, size=10, bold=True, color=DARK)
        T(self.sh, 28, self.y + 1.4, t, font=self.f, size=10, bold=True, color=DARK)
        self.y += 10

    def _num(self) -> None:
        self.n += 1

    def q(self, question: str, answer: str) -> None:
        W = self.c.page_w
        f = self.f
        qrows = self.sh.wrap(question, W - 40, font=f, size_pt=8)
        arows = self.sh.wrap(answer or "", W - 44, font=f, size_pt=10.5) if answer else [""]
        h = 3.6 * len(qrows) + 6.0 * len(arows) + 2.5
        if self.y + h > self.c.page_h - 24:
            self.page()
        self._num()
        for k, r in enumerate(qrows):
            T(self.sh, 18, self.y + k * 3.6, r, font=f, size=8, color=(70, 70, 70))
        y0 = self.y + 3.6 * len(qrows) + 0.4
        self.sh.rect(18, y0, W - 36, 6.0 * len(arows) + 1, width_mm=0.2, color=(110, 110, 110))
        for k, r in enumerate(arows):
            if not r:
                continue
            if self.hand:
                self.sh.handwriting(20, y0 - 0.9 + k * 6.0, hand_safe(r), self.rng, size_pt=11, color=self.ink,
                                    font="hand1")
            else:
                T(self.sh, 20, y0 + 1.0 + k * 6.0, r, font=f, size=10.5)
        self.y += h + 2

    def opt(self, question: str, opts: list[str], chosen: int) -> None:
        f = self.f
        if self.y + 10 > self.c.page_h - 22:
            self.page()
        qrows = self.sh.wrap(question, self.c.page_w - 40, font=f, size_pt=8)
        h = 3.6 * len(qrows) + 7
        self._num()
        for k, r in enumerate(qrows):
            T(self.sh, 18, self.y + k * 3.6, r, font=f, size=8, color=(70, 70, 70))
        self.y += 3.6 * len(qrows)
        h -= 3.6 * len(qrows)
        x = 20
        for k, o in enumerate(opts):
            self.sh.rect(x, self.y + 1.4, 3.6, 3.6, width_mm=0.3, color=(40, 40, 40))
            if k == chosen:
                if self.hand:
                    self.sh.handwriting(x - 0.6, self.y - 0.8, "x", self.rng, size_pt=12, color=self.ink,
                                        font="hand4")
                else:
                    T(self.sh, x + 1.8, self.y + 1.4, "X", font=f, size=8.5, bold=True, align="center")
            T(self.sh, x + 5.5, self.y + 1.1, o, font=f, size=10)
            x += 8 + len(o) * 2.0
        self.y += h + 2

    def person(self) -> None:
        c, p = self.c, self.c.p
        self.section("Uw gegevens")
        self.q("Achternaam", p.surname)
        self.q("Voornamen", p.given_names)
        self.q("Geboortedatum", c.dfmt(p.birth_date))
        self.q("Geboorteplaats en geboorteland", f"{p.birth_place}, {country_nl(p)}")
        self.q("Nationaliteit", nat_nl(p))
        self.opt("Geslacht", ["man", "vrouw"], 0 if p.sex == "M" else 1)
        if p.address:
            self.q("Adres", f"{p.address.street} {p.address.number}, {p.address.postcode} {p.address.city}")
        if c.lawyer:
            self.q("Naam en kantoor van uw gemachtigde", f"{c.lawyer_name or ''}, {c.lawyer['firm']}, "
                                                        f"{c.lawyer['city']}")

    def sign(self) -> None:
        c = self.c
        if self.y > c.page_h - 85:
            self.page()
        self.section("Ondertekening")
        P(self.sh, 18, self.y, c.page_w - 36, "Ik verklaar dat ik deze vragen volledig en naar waarheid heb "
          "beantwoord.", font=self.f, size=9.5)
        self.y += 9
        self.q("Plaats", c.p.address.city if c.p.address else "Den Haag")
        self.q("Datum", c.dfmt(c.sub - dt.timedelta(days=self.rng.randint(1, 6))))
        if self.y + 28 > c.page_h - 22:
            self.page()
        self._num()
        T(self.sh, 18, self.y, "Handtekening aanvrager", font=self.f, size=8, color=(70, 70, 70))
        self.sh.rect(18, self.y + 4, 80, 22, width_mm=0.2, color=(110, 110, 110))
        self.sh.signature(24 + self.rng.uniform(0, 14), self.y + 7, 46, 16, self.rng, color=self.ink)
        self.y += 28

    def finish(self) -> list[Sheet]:
        n = len(self.sheets)
        for i, sh in enumerate(self.sheets, 1):
            T(sh, self.c.page_w / 2, self.c.page_h - 15, f"{self.code}", font=self.f, size=7.5, color=GREY,
              align="center")
            T(sh, self.c.page_w - 18, self.c.page_h - 15, f"pagina {i} van {n}", font=self.f, size=7.5,
              align="right")
        return self.sheets


def form_med_shaded(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _ShadeForm(c, rng, "Aanvraag verblijfsvergunning – medische behandeling", "Formulier 3101 (editie 10-2026)")
    f.person()
    f.section("Uw behandeling")
    f.q("Naam en plaats van de zorginstelling", f"{c.hospital.get('name', '')}, {c.hospital.get('city', '')}")
    f.q("Welke behandeling krijgt u?", c.med.get("tx_short", ""))
    f.opt("Heeft u uitstel van vertrek gekregen op grond van artikel 64 Vreemdelingenwet?", ["ja", "nee"],
          0 if c.art64_end else 1)
    if c.art64_end:
        f.q("Tot welke datum loopt het uitstel van vertrek?", c.dfmt(c.art64_end))
    else:
        f.opt("Staat iemand anders garant voor de kosten?", ["ja", "nee"], 0 if c.payer else 1)
    f.opt("Heeft u een geldig paspoort?", ["ja", "nee"], 1 if c.no_passport else 0)
    f.opt("Heeft u de Surinaamse nationaliteit en bent u met een mvv voor medische behandeling gekomen?",
          ["ja", "nee"], 0 if c.suriname_visa else 1)
    f.sign()
    return f.finish()


def form_7027_shaded(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _ShadeForm(c, rng, "Aanvraag verblijfsvergunning regulier voor voortgezet verblijf", "Formulier 7027 (editie 10-2026)")
    f.person()
    f.section("Uw huidige verblijfsvergunning")
    keys = [k for k, _ in ROUTES_7027]
    labels = [t for _, t in ROUTES_7027]
    f.q("Met welk verblijfsdoel heeft u nu een verblijfsvergunning?",
        labels[keys.index(c.route)] if c.route in keys else "")
    f.q("Sinds wanneer heeft u deze verblijfsvergunning?", c.dfmt(c.since) if c.since else "")
    if c.route == "relationship":
        f.opt("Heeft u het inburgeringsdiploma gehaald?", ["ja", "nee"],
              0 if c.inburgering in ("diploma", "results", "failed") else 1)
        f.opt("Heeft u ontheffing of vrijstelling van de inburgeringsplicht?", ["ja", "nee"],
              0 if c.inburgering == "exemption" else 1)
    f.sign()
    return f.finish()


def form_generic_shaded(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _ShadeForm(c, rng, "Aanvraag verlenging verblijfsvergunning regulier bepaalde tijd", "Formulier 3102 (editie 10-2026)")
    f.person()
    f.section("Uw verblijfsvergunning")
    f.q("Verblijfsdoel", GENERIC_PURPOSES[seed_of("purpose", c.rng_seed) % len(GENERIC_PURPOSES)])
    f.q("Geldig tot", c.dfmt(c.sub + dt.timedelta(days=rng.randint(20, 80))))
    f.sign()
    return f.finish()


_reg("ind-form-med-kolomkoppen-grijs-v-nummer-voetregel", "application", PART, "nl", form_med_shaded,
     "medical treatment form, edition 10-2026: grey section bars, labels above answer boxes, V-number in the footer line")
_reg("ind-form-7027-kolomkoppen-grijs-v-nummer-voetregel", "application", PART, "nl", form_7027_shaded,
     "form 7027, edition 10-2026: grey section bars, labels above answer boxes, V-number in the footer line")
_reg("ind-form-generic-kolomkoppen-grijs-v-nummer-voetregel", "application", PART, "nl", form_generic_shaded,
     "extension form, edition 10-2026: grey section bars, labels above answer boxes, V-number in the footer line")


# =========================================================================== income

def payslip_gemeente(c: Case, rng: random.Random, month: int = 11, **_) -> list[Sheet]:
    """A supermarket's payslip (collective agreement for the food retail trade): the store's name and branch number
    at the top, the period as 'Periode 11 (4 weken)' since the chain pays per four weeks, the employee's block at
    the right, then two tables side by side: 'Betalingen' (salary, Sunday allowance 100 %, evening hours 50 %,
    travel) and 'Inhoudingen' (payroll tax, pension premium PMA/BPF, union dues), the totals under both and the net
    pay in a framed box at the bottom right; the cumulative figures in small type across the foot."""
    e, w = _emp(c, rng), earner(c)
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    sh = c.new_sheet()
    W = c.page_w
    f = rng.choice(["sans6", "sans3"])
    city = rng.choice(["Zwolle", "Amersfoort", "Zaandam", "Venlo", "Leeuwarden", "Emmen"])
    chain = rng.choice(["Supermarkt Dekkers B.V.", "Buurtsuper Van der Linden B.V.", "Versmarkt Oost B.V."])
    T(sh, 18, 14, chain, font=f, size=13, bold=True, color=(0, 110, 60))
    T(sh, 18, 20, f"Filiaal {rng.randint(100, 999)} · {city}", font=f, size=9, color=GREY)
    T(sh, W - 18, 14, f"Salarisspecificatie periode {month:02d} / 2026", font=f, size=10, bold=True, align="right")
    T(sh, W - 18, 20, "(vierwekenperiode)", font=f, size=8.5, align="right", color=GREY)
    y = 30
    for a_, b_ in (("Naam", f"{w.given_names} {w.surname}"), ("Personeelsnr.", e["pnr"]),
                   ("Functie", rng.choice(["medewerker vers", "kassamedewerker", "vakkenvuller", "teamleider AGF"])),
                   ("Loonheffingennr.", e["lhn"]), ("IBAN", e["iban"])):
        T(sh, W - 95, y, a_, font=f, size=8.5, color=GREY)
        T(sh, W - 65, y, b_, font=f, size=9.5)
        y += 5
    y += 8
    base = k["bruto"]
    uur = round(base / 152, 2)
    zon = rng.randint(4, 16)
    pay = [("Periodeloon", eur(base, False)), (f"Toeslag zondag 100% ({zon} u)", "(in periodeloon)"),
           (f"Toeslag na 20.00 uur 50% ({rng.randint(6, 20)} u)", "(in periodeloon)"),
           ("Reiskostenvergoeding", eur(k["reis"], False))]
    ded = [("Loonheffing", eur(k["lh"], False)), ("Pensioenpremie PMA", eur(k["pens"], False)),
           ("Contributie vakbond", eur(round(base * 0.004, 2), False))]
    cw = (W - 36 - 6) / 2
    for j, (head, rows) in enumerate((("Betalingen", pay), ("Inhoudingen", ded))):
        x = 18 + j * (cw + 6)
        sh.rect(x, y, cw, 7, width_mm=0, fill=(220, 238, 226))
        T(sh, x + 2, y + 1.5, head, font=f, size=9.5, bold=True)
        yy = y + 9
        for a_, b_ in rows:
            T(sh, x + 2, yy, a_, font=f, size=8.8)
            T(sh, x + cw - 2, yy, b_, font=f, size=8.8, align="right")
            yy += 6
        sh.rect(x, y, cw, 9 + 6 * 4 + 2, width_mm=0.2, color=(120, 120, 120))
    y += 9 + 6 * 4 + 8
    sh.rect(W - 80, y, 62, 12, width_mm=0.6, color=(0, 110, 60))
    T(sh, W - 78, y + 3, "Netto uitbetaald", font=f, size=10, bold=True)
    T(sh, W - 20, y + 3, eur(k["net"]), font=f, size=10.5, bold=True, align="right")
    T(sh, 18, y + 22, f"Cumulatief t/m periode {month:02d}: loon voor de loonheffing {eur(base * month, False)} · "
      f"uurloon {f'{uur:.2f}'.replace('.', ',')}", font=f, size=7.5, color=GREY)
    return [sh]


def guarantor_partner_cosigned(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The guarantee form ('garantverklaring') filled in on the computer by the guarantor's son or daughter and
    printed: every answer typed in a grey field after a colon, the amounts with the euro sign; the guarantor signed
    in blue ballpoint and wrote the date by hand beside the typed place."""
    g = c.payer or c.p
    e = _emp(c, random.Random(c.rng_seed))
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    sh = c.new_sheet()
    W = c.page_w
    f = "sans2"
    T(sh, 18, 12, "Immigratie- en Naturalisatiedienst", font=f, size=8.5, color=GREY)
    T(sh, 18, 20, "Garantverklaring", font=f, size=15, bold=True)
    T(sh, 18, 27, "Verklaring van de garantsteller voor de kosten van verblijf en medische behandeling", font=f,
      size=9.5, color=GREY)
    y = 38
    rows = [("Naam garantsteller", f"{g.given_names} {g.surname}"), ("Geboortedatum", d_nl(g.birth_date, "dashes_zero")),
            ("Adres", f"{g.address.street} {g.address.number}, {g.address.postcode} {g.address.city}" if g.address
             else ""),
            ("Relatie tot vreemdeling", c.payer_relation or "familie"),
            ("Naam vreemdeling", f"{c.p.given_names} {c.p.surname}"),
            ("Geboortedatum vreemdeling", d_nl(c.p.birth_date, "dashes_zero")),
            ("Werkgever", e["name"]), ("Bruto maandinkomen", eur(k["bruto"])), ("Netto maandinkomen", eur(k["net"]))]
    for a, b in rows:
        T(sh, 18, y, a, font=f, size=9.5, color=GREY)
        sh.rect(80, y - 1, W - 98, 6.5, width_mm=0, fill=(236, 236, 236))
        T(sh, 76, y, ":", font=f, size=10)
        T(sh, 82, y, b, font=f, size=10)
        y += 8.5
    y = P(sh, 18, y + 4, W - 36, "Ik verklaar dat ik garant sta voor alle kosten die de vreemdeling maakt voor "
          "verblijf, levensonderhoud en medische behandeling in Nederland, en dat ik de kosten zal vergoeden die de "
          "overheid moet maken.", font=f, size=10, leading=1.45) + 6
    when = c.sub - dt.timedelta(days=rng.randint(10, 40))
    T(sh, 18, y, "Plaats en datum", font=f, size=9.5, color=GREY)
    T(sh, 60, y, f"{g.address.city if g.address else ''},", font=f, size=10)
    sh.handwriting(100, y - 1.5, hand_safe(d_nl(when, 'dots')), rng, size_pt=11, color=BLUE_INK, font="hand2")
    sh.rect(18, y + 8, 90, 30, width_mm=0.3)
    T(sh, 20, y + 9.5, "Handtekening garantsteller", font=f, size=8, color=GREY)
    sh.signature(26, y + 17, 46, 15, rng, color=BLUE_INK)
    T(sh, 18, y + 46, "Bijlage: kopie loonstrook en identiteitsbewijs garantsteller", font=f, size=8.5, color=GREY)
    return [sh]


def werkgeversverklaring(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A construction company's employer's statement typed on its own letterhead (logo block at the left, the
    company's registration numbers in the footer): the numbered rows of the standard model copied into a letter,
    signed by the director in black and stamped with the company stamp."""
    e, w = _emp(c, rng), earner(c)
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    sh = c.new_sheet()
    W = c.page_w
    f = "sans2"
    agency = rng.choice(["Bouwbedrijf Hendriks & Zn. B.V.", "Aannemersbedrijf De Vries Bouw B.V.",
                         "Bouwcombinatie Twente B.V."])
    sh.rect(18, 8, 14, 14, width_mm=0, fill=(200, 120, 20))
    T(sh, 25, 11, agency[0], font=f, size=16, bold=True, color=(255, 255, 255), align="center")
    T(sh, 36, 10, agency, font=f, size=12, bold=True, color=(60, 60, 60))
    T(sh, 36, 16, "Utiliteitsbouw · renovatie · onderhoud", font=f, size=8, color=GREY)
    T(sh, 18, 30, "Werkgeversverklaring", font=f, size=14, bold=True)
    T(sh, 18, 37, "Betreft: inkomen van onze werknemer", font=f, size=9.5, color=GREY)
    since = c.sub - dt.timedelta(days=rng.randint(400, 3000))
    rows = [("1", "Naam werkgever", e["name"]), ("2", "Vestigingsplaats", e.get("city", "Rotterdam")),
            ("3", "Naam werknemer", f"{w.given_names} {w.surname}"),
            ("4", "Geboortedatum werknemer", d_nl(w.birth_date, "dashes_zero")),
            ("5", "In dienst sinds", d_nl(since, "dashes_zero")),
            ("6", "Soort contract (cao Bouw & Infra)", rng.choice(["bepaalde tijd, 12 maanden", "onbepaalde tijd"])),
            ("7", "Uren per week", str(rng.choice([32, 36, 38, 40]))),
            ("8", "Bruto jaarsalaris (excl. vakantiegeld)", eur(k["bruto"] * 12)),
            ("9", "Vakantietoeslag", eur(k["bruto"] * 12 * 0.08)),
            ("10", "Vaste eindejaarsuitkering / 13e maand", eur(k["bruto"] * 0.5))]
    y = 46
    rows[0] = ("1", "Naam werkgever", agency)
    for n, a, b in rows:
        sh.rule(18, y + 8.5, W - 18, y + 8.5, width_mm=0.1, color=(170, 170, 170))
        T(sh, 23, y + 2.3, n, font=f, size=8.5, align="center")
        T(sh, 30, y + 2.3, a, font=f, size=9)
        T(sh, 108, y + 2.1, b, font=f, size=10)
        y += 9
    y = P(sh, 18, y + 6, W - 36, "De werkgever verklaart dat de werknemer niet in een proeftijd is, dat er geen "
          "loonbeslag rust en dat het dienstverband niet zal eindigen wegens reorganisatie of ontslag. Deze "
          "verklaring is naar waarheid ingevuld.", font=f, size=9.5, leading=1.45) + 6
    T(sh, 18, y, f"Plaats en datum: {e.get('city', 'Rotterdam')}, {d_nl(c.sub - dt.timedelta(days=rng.randint(7, 40)))}",
      font=f, size=10)
    T(sh, 18, y + 8, "Naam en functie ondertekenaar: " + rng.choice(["P. Kuipers, HR-adviseur",
                                                                      "N. Visser, salarisadministratie",
                                                                      "E. Smit, directeur"]), font=f, size=10)
    sh.signature(22, y + 14, 44, 14, rng, color=BLACK_INK)
    sh.stamp(80, y + 12, [agency.upper()[:26], "DIRECTIE"], rng, shape="rect", size_mm=30, color=(40, 60, 140))
    T(sh, W / 2, c.page_h - 20, f"KvK {rng.randint(10**7, 10**8 - 1)} · btw NL{rng.randint(10**8, 10**9 - 1)}B01 · "
      f"VCA** gecertificeerd", font=f, size=7.5, color=GREY, align="center")
    return [sh]


_reg("payslip-supermarkt-cao-levensmiddelen-toeslagen", "income-proof", PART, "nl", payslip_gemeente,
     "a supermarket's four-weekly payslip: payments and deductions side by side, Sunday and evening allowances, net framed")
_reg("guarantor-garantverklaring-getypt-handtekening-blauw", "income-proof", PART, "nl", guarantor_partner_cosigned,
     "guarantee form typed in grey fields on the computer, signed and dated by hand in blue")
_reg("werkgeversverklaring-bouwbedrijf-briefpapier", "income-proof", PART, "nl", werkgeversverklaring,
     "a construction company's employer's statement on its letterhead, numbered rows, signed and stamped")


# =========================================================================== medical statements

def medstat_question_form(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A treating specialist's letter 'aan wie het aangaat' that opens with a framed summary (diagnosis, treatment,
    expected duration) and then explains in three short paragraphs; the hospital's name and the department in a
    grey strip at the top, the specialist's name with the BIG number, signature in blue."""
    m, h = c.med, c.hospital
    g, s_, _ = make_professional(random.Random(seed_of("qf16", c.rng_seed)), "NL")
    sh = c.new_sheet()
    W = c.page_w
    f = rng.choice(["sans2", "serif2"])
    col = h.get("color", (0, 95, 140))
    sh.rect(0, 8, W, 13, width_mm=0, fill=(232, 234, 236))
    T(sh, 18, 10, h["name"], font=f, size=11.5, bold=True, color=col)
    T(sh, 18, 15.5, f"Afdeling {m['spec']}", font=f, size=8.5, color=GREY)
    when = c.sub - dt.timedelta(days=rng.randint(6, 40))
    T(sh, W - 18, 15.5, d_nl(when, "dashes_zero"), font=f, size=9, align="right")
    T(sh, 18, 32, "Aan wie het aangaat", font=f, size=10.5)
    T(sh, 18, 40, f"Patiënt: {c.p.surname.upper()}, {c.p.given_names} – geboren {d_nl(c.p.birth_date, 'dots')}",
      font=f, size=10, bold=True)
    start = _treat_start(c)
    sh.rect(18, 48, W - 36, 26, width_mm=0.5, color=col)
    T(sh, 21, 50, "Samenvatting", font=f, size=9, bold=True, color=col)
    y = 55
    for a_, b_ in (("Diagnose", m["dx"]), ("Behandeling", m["tx"]),
                   ("Verwachte duur", duration_phrase(c.duration, start, "nl"))):
        T(sh, 21, y, a_, font=f, size=8.5, color=GREY)
        T(sh, 56, y, b_[:92], font=f, size=9)
        y += 5.5
    y = P(sh, 18, 82, W - 36, f"Bovengenoemde patiënt(e) is sinds {d_nl(start)} bij mij in behandeling wegens "
          f"{m['dx']}. De behandeling bestaat uit {m['tx']}.", font=f, size=10.5, leading=1.5) + 3
    y = P(sh, 18, y, W - 36, f"Wanneer de behandeling wordt gestaakt, is het te verwachten gevolg: {m['stop']}",
          font=f, size=10.5, leading=1.5) + 3
    y = P(sh, 18, y, W - 36, _not_available(c, "nl"), font=f, size=10.5, leading=1.5) + 8
    T(sh, 18, y, "Hoogachtend,", font=f, size=10.5)
    sh.signature(20, y + 4, 42, 13, rng, color=BLUE_INK)
    T(sh, 18, y + 20, f"{g} {s_}, {m['doc_title']}", font=f, size=10)
    T(sh, 18, y + 25, f"BIG-registratie {seed_of('big16', c.rng_seed) % 10 ** 11:011d}", font=f, size=8.5, color=GREY)
    return [sh]


def medstat_hiv_nurse(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A GP's statement printed from the practice's information system (HIS): the practice's header, the patient's
    line with the ICPC episode list (code, description, since) and the current medication list in a mono face as
    the system prints it, then the GP's short statement typed under it, signed and stamped with the practice's
    stamp."""
    m = c.med
    g, s_, _ = make_professional(random.Random(seed_of("gp16", c.rng_seed)), "NL")
    sh = c.new_sheet()
    W = c.page_w
    f = "sans3"
    city = (c.p.address.city if c.p.address else "Utrecht")
    prak = f"Huisartsenpraktijk {rng.choice(['De Brink', 'Het Kruispunt', 'Oosterpark', 'De Vaart'])}"
    T(sh, 18, 12, prak, font=f, size=12, bold=True)
    T(sh, 18, 18, f"{g} {s_}, huisarts · {city}", font=f, size=9, color=GREY)
    T(sh, W - 18, 12, "Uitdraai HIS", font="mono", size=8, align="right", color=GREY)
    when = c.sub - dt.timedelta(days=rng.randint(5, 35))
    T(sh, W - 18, 16, d_nl(when, "dashes_zero"), font="mono", size=8, align="right", color=GREY)
    T(sh, 18, 30, f"Patiënt : {c.p.surname.upper()}, {c.p.given_names}   geb. {d_nl(c.p.birth_date, 'dashes_zero')}",
      font="mono", size=9)
    start = _treat_start(c)
    T(sh, 18, 38, "EPISODELIJST", font="mono", size=9, bold=True)
    rows = [(rng.choice(["T90", "K86", "B90", "D97", "P76", "U99", "N87"]), m["dx"][:52], d_nl(start, "dashes_zero")),
            ("A97", "geen ziekte / preventie", d_nl(start - dt.timedelta(days=900), "dashes_zero"))]
    y = 43
    for a_, b_, c_ in rows:
        T(sh, 20, y, f"{a_:<5} {b_:<54} {c_}", font="mono", size=8.5)
        y += 4.5
    T(sh, 18, y + 4, "MEDICATIE (actueel)", font="mono", size=9, bold=True)
    y += 9
    T(sh, 20, y, m["tx"][:90], font="mono", size=8.5)
    y += 10
    sh.rule(18, y, W - 18, y, width_mm=0.2, color=GREY)
    y = P(sh, 18, y + 5, W - 36, f"Verklaring huisarts: bovengenoemde patiënt(e) is bij mij bekend met {m['dx']} en "
          f"wordt daarvoor behandeld met {m['tx']}. {duration_phrase(c.duration, start, 'nl')} {m['stop']} "
          f"{_not_available(c, 'nl')}", font=f, size=10.5, leading=1.5) + 8
    T(sh, 18, y, f"{city}, {d_nl(when)}", font=f, size=10.5)
    sh.signature(20, y + 4, 40, 13, rng, color=BLACK_INK)
    sh.stamp(80, y + 2, [prak.upper()[:28], f"{g[0]}. {s_.upper()}"[:20], city.upper()[:18]], rng, shape="rect",
             size_mm=32, color=(40, 60, 150))
    T(sh, 18, y + 20, f"{g} {s_}, huisarts", font=f, size=10)
    return [sh]


_reg("medstat-specialist-brief-samenvattingskader-boven", "medical-statement", PART, "nl", medstat_question_form,
     "specialist's letter 'aan wie het aangaat' opening with a framed summary, grey strip letterhead, BIG number")
_reg("medstat-huisarts-verklaring-his-uitdraai", "medical-statement", PART, "nl",
     medstat_hiv_nurse, "GP's statement under the HIS print-out of the episode and medication lists, practice stamp")


# =========================================================================== care institutions

def care_timeline(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A treatment centre's confirmation of placement ('Bevestiging plaatsing'): the centre's logo at the top right,
    the data as a boxed two-column table (patient, treatment, start, expected end, yearly cost), one sentence that
    the centre can and will give the treatment, signed by the care coordinator and the physician side by side."""
    h, m = c.hospital, c.med
    start, end = _care_dates(c)
    sh = c.new_sheet()
    W = c.page_w
    f = "sans6"
    col = h.get("color", (0, 95, 140))
    sh.stamp(W - 44, 8, ["", ""], rng, size_mm=18, color=col, angle=0)
    T(sh, 18, 12, h["name"], font=f, size=12.5, bold=True)
    T(sh, 18, 19, f"Behandelcentrum {m['spec']} · {h.get('city', '')}", font=f, size=9.5, color=GREY)
    T(sh, 18, 36, "Bevestiging plaatsing", font=f, size=14, bold=True, color=col)
    rows = [("Patiënt", f"{c.p.given_names} {c.p.surname}"), ("Geboortedatum", d_nl(c.p.birth_date, "dashes_zero")),
            ("Behandeling", m["tx"]), ("Start behandeling", d_nl(start)), ("Verwacht einde", d_nl(end)),
            ("Kosten per jaar (indicatie)", eur(m["cost"]))]
    y = 46
    for a_, b_ in rows:
        vr = sh.wrap(b_, W - 98, font=f, size_pt=9.5, bold=True)
        hh = 3.5 + 4.5 * len(vr)
        sh.rect(18, y, 58, hh, width_mm=0.2, fill=(240, 240, 240))
        sh.rect(76, y, W - 94, hh, width_mm=0.2)
        T(sh, 20, y + 2, a_, font=f, size=9)
        for k_, r_ in enumerate(vr):
            T(sh, 78, y + 2 + 4.5 * k_, r_, font=f, size=9.5, bold=True)
        y += hh
    y = P(sh, 18, y + 8, W - 36, f"Ons centrum kan en zal bovenstaande behandeling aan {c.p.given_names} "
          f"{c.p.surname} geven in de genoemde periode.", font=f, size=10.5, leading=1.5) + 8
    T(sh, 18, y, f"{h.get('city', '')}, {d_nl(c.sub - dt.timedelta(days=rng.randint(8, 35)), 'dots')}", font=f,
      size=10)
    g, s2, _ = make_professional(random.Random(seed_of("care16a", c.rng_seed)), "NL")
    g2, s3, _ = make_professional(random.Random(seed_of("care16b", c.rng_seed)), "NL")
    for j, (nm, role) in enumerate(((f"{g} {s2}", "zorgcoördinator"), (f"{g2} {s3}", m["doc_title"]))):
        sh.signature(18 + j * 88, y + 6, 40, 13, rng, color=BLUE_INK)
        T(sh, 18 + j * 88, y + 21, nm, font=f, size=10)
        T(sh, 18 + j * 88, y + 26, role, font=f, size=9, color=GREY)
    return [sh]


def care_watermark_letter(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A rehabilitation or treatment centre's statement in two columns: a narrow left column with run-in captions
    (Patiënt, Behandeling, Periode, Kosten) in the centre's colour, the text of each point in the wide right
    column; the letterhead as a line of small capitals across the top, signed by the medical director."""
    h, m = c.hospital, c.med
    start, end = _care_dates(c)
    sh = c.new_sheet()
    W = c.page_w
    f = "serif4"
    col = h.get("color", (0, 95, 140))
    T(sh, 20, 12, h["name"].upper(), font=f, size=10.5, bold=True, color=col)
    T(sh, 20, 17, f"{m['spec']} – {h.get('city', '')}", font=f, size=8.5, color=GREY)
    sh.rule(20, 21, W - 20, 21, width_mm=0.3, color=col)
    T(sh, 20, 32, "VERKLARING", font=f, size=13, bold=True)
    when = c.sub - dt.timedelta(days=rng.randint(6, 30))
    T(sh, W - 20, 32, f"{h.get('city', '')}, {d_nl(when)}", font=f, size=10, align="right")
    pts = [("Patiënt", f"{c.p.surname}, {c.p.given_names}, geboren {d_nl(c.p.birth_date)}."),
           ("Behandeling", f"Betrokkene is bij ons in behandeling wegens {m['dx']}; de behandeling bestaat uit "
                           f"{m['tx']}."),
           ("Periode", f"Wij kunnen en zullen deze behandeling geven van {d_nl(start)} tot ten minste {d_nl(end)}."),
           ("Kosten", f"De kosten bedragen {eur(m['cost'])} per jaar.")]
    y = 44
    for a_, b_ in pts:
        T(sh, 20, y, a_, font=f, size=10, bold=True, color=col)
        y = P(sh, 62, y, W - 82, b_, font=f, size=10.5, leading=1.5) + 5
    g, s_, _ = make_professional(random.Random(seed_of("care16c", c.rng_seed)), "NL")
    sh.signature(62, y + 4, 40, 13, rng, color=BLUE_INK)
    T(sh, 62, y + 19, f"{g} {s_}, medisch directeur", font=f, size=10)
    return [sh]


def care_sidebar_letter(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An outpatient clinic's appointments letter that also states the treatment: the patient's next appointments
    in a framed box (date, time, what, where: route and desk number), then the statement that the clinic can and
    will continue the treatment and what it costs, signed for the department."""
    h, m = c.hospital, c.med
    start, end = _care_dates(c)
    sh = c.new_sheet()
    W = c.page_w
    f = "sans4"
    col = h.get("color", (0, 95, 140))
    T(sh, 18, 14, h["name"], font=f, size=13, bold=True, color=col)
    T(sh, 18, 20, f"Polikliniek {m['spec']}", font=f, size=9.5, color=GREY)
    T(sh, 18, 34, f"{c.p.given_names} {c.p.surname}", font=f, size=10.5)
    if c.p.address:
        T(sh, 18, 39, f"{c.p.address.street} {c.p.address.number}", font=f, size=10.5)
        T(sh, 18, 44, f"{c.p.address.postcode}  {c.p.address.city.upper()}", font=f, size=10.5)
    when = c.sub - dt.timedelta(days=rng.randint(6, 30))
    T(sh, 120, 34, f"Datum: {d_nl(when, 'dashes_zero')}", font=f, size=9.5)
    T(sh, 120, 39, f"Patiëntnummer: {seed_of('pn16', c.rng_seed) % 10 ** 7:07d}", font=f, size=9.5)
    T(sh, 18, 56, "Uw afspraken en uw behandeling", font=f, size=12, bold=True)
    sh.rect(18, 63, W - 36, 28, width_mm=0.4, color=col)
    y = 65
    for k in range(3):
        d0 = c.sub + dt.timedelta(days=14 + 35 * k + rng.randint(0, 6))
        T(sh, 21, y, f"{d_nl(d0, 'dashes_zero')}  {rng.randint(8, 15):02d}:{rng.choice(['00', '15', '30', '45'])}  "
          f"{rng.choice(['controle', 'bloedafname', 'behandeling', 'evaluatie'])} – route {rng.randint(10, 90)}, "
          f"balie {rng.randint(1, 9)}", font=f, size=9.5)
        y += 8
    y = P(sh, 18, 98, W - 36, f"Hierbij bevestigen wij dat u bij onze polikliniek wordt behandeld met {m['tx']}. Wij "
          f"kunnen en zullen deze behandeling geven van {d_nl(start)} tot {d_nl(end)}. De kosten bedragen ongeveer "
          f"{eur(m['cost'])} per jaar.", font=f, size=10.5, leading=1.5) + 8
    T(sh, 18, y, "Namens de polikliniek,", font=f, size=10.5)
    sh.signature(18, y + 5, 40, 13, rng, color=BLUE_INK)
    g, s_, _ = make_professional(random.Random(seed_of("care16d", c.rng_seed)), "NL")
    T(sh, 18, y + 20, f"{g} {s_}, {m['doc_title']}", font=f, size=10)
    return [sh]


_reg("care-bevestiging-plaatsing-tabel-twee-handtekeningen", "care-institution-statement", PART, "nl", care_timeline,
     "treatment centre's confirmation of placement, boxed data table, signed by care coordinator and physician")
_reg("care-revalidatiecentrum-verklaring-tweekoloms", "care-institution-statement", PART, "nl", care_watermark_letter,
     "centre's statement with run-in captions in a narrow left column, signed by the medical director")
_reg("care-polikliniek-afsprakenbrief-kader", "care-institution-statement", PART, "nl", care_sidebar_letter,
     "outpatient clinic's appointments letter (framed box of appointments) stating the treatment and its cost")


# =========================================================================== health insurance

def polisblad_verzekeringsverklaring(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A Dutch insurer's policy schedule ('Polisblad 2026') as sent with the yearly renewal: the insurer's name and
    the policyholder's address block, a table of the insured persons (name, date of birth, BSN hidden but for the
    last digits, basic insurance from, supplementary package), the compulsory excess and the monthly premium; the
    statement at the foot in Dutch and English that the persons listed are insured under the Health Insurance Act."""
    ins = c.insurer_nl
    col = ins.get("color", (0, 90, 150))
    start = c.sub - dt.timedelta(days=rng.randint(40, 320))
    sh = c.new_sheet()
    W = c.page_w
    f = "sans6"
    T(sh, 18, 14, ins["name"], font=f, size=14, bold=True, color=col)
    T(sh, 18, 20.5, f"UZOVI {ins.get('uzovi', '')}", font=f, size=8, color=GREY)
    T(sh, 18, 34, f"{c.p.given_names} {c.p.surname}", font=f, size=10.5)
    if c.p.address:
        T(sh, 18, 39, f"{c.p.address.street} {c.p.address.number}", font=f, size=10.5)
        T(sh, 18, 44, f"{c.p.address.postcode}  {c.p.address.city.upper()}", font=f, size=10.5)
    T(sh, 125, 34, "Relatienummer", font=f, size=8.5, color=GREY)
    T(sh, 125, 38.5, _policy_no(c, "R"), font=f, size=10)
    T(sh, 125, 44, "Polisnummer", font=f, size=8.5, color=GREY)
    T(sh, 125, 48.5, _policy_no(c, "P"), font=f, size=10)
    T(sh, 18, 62, f"Polisblad {c.sub.year}", font=f, size=15, bold=True, color=col)
    cols = ["Verzekerde", "Geboortedatum", "BSN", "Basisverzekering sinds", "Aanvullend"]
    ws = [52, 28, 24, 38, W - 36 - 142]
    y = 72
    x = 18
    for k, t in enumerate(cols):
        sh.rect(x, y, ws[k], 8, width_mm=0, fill=tuple(min(255, 205 + v // 5) for v in col))
        T(sh, x + 1.5, y + 2, t, font=f, size=8.5, bold=True)
        x += ws[k]
    y += 8
    x = 18
    vals = [f"{c.p.given_names} {c.p.surname}", d_nl(c.p.birth_date, "dashes_zero"),
            f"xxxxx{seed_of('bsn16', c.rng_seed) % 10000:04d}", d_nl(start, "dashes_zero"),
            rng.choice(["Aanvullend 1", "geen", "Tand Basis"])]
    for k, t in enumerate(vals):
        sh.rect(x, y, ws[k], 8, width_mm=0.15, color=(170, 170, 170))
        T(sh, x + 1.5, y + 2, t[:30], font=f, size=8.8)
        x += ws[k]
    y += 16
    for a_, b_ in (("Verplicht eigen risico", "€ 385,00 per kalenderjaar"),
                   ("Premie per maand", eur(rng.randint(140, 175) + 0.95)), ("Betaalwijze", "automatische incasso")):
        T(sh, 18, y, a_, font=f, size=9.5, color=GREY)
        T(sh, 80, y, b_, font=f, size=10)
        y += 6.5
    y = P(sh, 18, y + 8, W - 36, "De op dit polisblad genoemde personen zijn bij ons verzekerd volgens de "
          "Zorgverzekeringswet. / The persons named on this policy schedule are insured with us under the Dutch "
          "Health Insurance Act.", font=f, size=10, leading=1.45) + 6
    T(sh, 18, y, f"{d_nl(c.sub - dt.timedelta(days=rng.randint(5, 40)))}", font=f, size=10)
    sh.rule(18, c.page_h - 22, W - 18, c.page_h - 22, width_mm=0.2, color=col)
    T(sh, W / 2, c.page_h - 19, f"{ins['name']} · Polisvoorwaarden {c.sub.year} op de website · Klantenservice "
      f"werkdagen 8.00–20.00 uur", font=f, size=7, align="center", color=GREY)
    return [sh]


def incoming_premium_table(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An incoming insurer's policy confirmation ('Polisbevestiging'): the insured's data and the term, the policy
    number framed at the right, the cover as a 'Dekking / Vergoeding' table, the statement that existing conditions
    and medication are covered during the term, signed for the underwriting department."""
    name = _incoming_name(c)
    start = c.sub - dt.timedelta(days=rng.randint(30, 200))
    end = add_years(start, 1)
    sh = c.new_sheet()
    W = c.page_w
    f = "sans2"
    T(sh, 18, 14, name, font=f, size=13, bold=True, color=(20, 110, 90))
    T(sh, 18, 32, "Polisbevestiging", font=f, size=14, bold=True)
    sh.rect(W - 78, 28, 60, 14, width_mm=0.6, color=(20, 110, 90))
    T(sh, W - 75, 29.5, "Polisnummer", font=f, size=8, color=GREY)
    T(sh, W - 75, 34.5, _policy_no(c, "INC-"), font=f, size=11, bold=True)
    y = 52
    for a, b in (("Verzekerde", f"{c.p.given_names} {c.p.surname}"), ("Geboortedatum", d_nl(c.p.birth_date, "dashes_zero")),
                 ("Product", rng.choice(["Incoming Plus", "Expat Care Basic", "Newcomer Health"])),
                 ("Looptijd", f"{d_nl(start, 'dashes_zero')} t/m {d_nl(end, 'dashes_zero')}")):
        T(sh, 18, y, a, font=f, size=9.5, color=GREY)
        T(sh, 70, y, b, font=f, size=10.5)
        y += 7
    y += 4
    for k, (a, b) in enumerate((("Dekking", "Vergoeding"), ("Huisarts en specialist", "100 %"),
                                 ("Ziekenhuisopname", "100 %, meerpersoonskamer"),
                                 ("Geneesmiddelen (ook bestaande aandoeningen)", "100 %, na eigen risico € 150"),
                                 ("Spoedeisende hulp", "100 %"))):
        sh.rect(18, y, 100, 7, width_mm=0.2, fill=(225, 240, 236) if k == 0 else None)
        sh.rect(118, y, W - 136, 7, width_mm=0.2, fill=(225, 240, 236) if k == 0 else None)
        T(sh, 20, y + 1.5, a, font=f, size=9.5, bold=k == 0)
        T(sh, 120, y + 1.5, b, font=f, size=9.5, bold=k == 0)
        y += 7
    y = P(sh, 18, y + 8, W - 36, "De verzekering dekt medische kosten in Nederland: huisarts, specialist, opname en "
          "geneesmiddelen, ook voor bestaande aandoeningen, gedurende de looptijd.", font=f, size=10.5,
          leading=1.45) + 8
    T(sh, 18, y, "Met vriendelijke groet, afdeling Acceptatie", font=f, size=10)
    sh.signature(18, y + 4, 40, 12, rng, color=BLUE_INK)
    return [sh]


def intl_peru_carta(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A Peruvian insurer's certificate of international health cover on Letter paper, Spanish with the English
    after a slash on each caption, the RUC number under the name, the data in a ruled table, the cover worldwide
    including the Netherlands, signed by the 'Jefe de Suscripción'."""
    ins = c.insurer_intl or {}
    name = ins.get("name") or "Aseguradora Internacional"
    sh = c.new_sheet()
    W = c.page_w
    f = "serif"
    col = ins.get("color", (160, 30, 30))
    T(sh, W / 2, 14, name, font=f, size=13, bold=True, color=col, align="center")
    T(sh, W / 2, 20, ins.get("addr", ""), font=f, size=8, color=GREY, align="center")
    ecu = "Uruguay" in ins.get("addr", "")
    city = "Montevideo" if ecu else (ins.get("addr", "").split(",")[-2].strip().split(" ")[0] if "," in ins.get("addr", "") else "")
    if ecu:
        T(sh, W / 2, 24.5, f"RUT 21{rng.randint(1000000000, 9999999999)} · Supervisada por el Banco Central del "
          f"Uruguay (SSF)", font=f, size=8, color=GREY, align="center")
    T(sh, W / 2, 38, "CERTIFICADO DE COBERTURA", font=f, size=13, bold=True, align="center")
    T(sh, W / 2, 44, "Certificate of coverage", font=f, size=10.5, align="center", color=GREY)
    y = 54
    for cap, val in (("Asegurado / Insured", f"{c.p.given_names} {c.p.surname}"),
                     ("Fecha de nacimiento / Date of birth", d_en(c.p.birth_date)),
                     ("Póliza N° / Policy no.", _policy_no(c, "UY-")),
                     ("Plan", ins.get("plan", "Salud Internacional")),
                     ("Ámbito / Territory", "mundial, incluidos los Países Bajos / worldwide incl. the Netherlands"),
                     ("Coberturas / Cover", "hospitalización, especialistas, medicamentos, preexistencias / in-patient, "
                                            "specialists, medication, pre-existing conditions")):
        rows = sh.wrap(val, W - 110, font=f, size_pt=10)
        hgt = max(4.6 * len(rows) + 3, 10)
        sh.rect(20, y, 68, hgt, width_mm=0.2)
        sh.rect(88, y, W - 108, hgt, width_mm=0.2)
        es, en = cap.split(" / ", 1) if " / " in cap else (cap, "")
        T(sh, 22, y + 1.3, es, font=f, size=8.8, bold=True)
        T(sh, 22, y + 5, en, font=f, size=7.5, color=GREY)
        for k, r in enumerate(rows):
            T(sh, 90, y + 1.3 + k * 4.6, r, font=f, size=10)
        y += hgt
    T(sh, 20, y + 12, f"{city}, {d_en(c.sub - dt.timedelta(days=rng.randint(10, 40)))}".lstrip(", "), font=f, size=10)
    # signed with an advanced electronic signature: the PDF viewer prints the signature panel
    sh.rect(20, y + 18, 92, 22, width_mm=0.3, color=(60, 120, 60), fill=(238, 246, 238))
    T(sh, 23, y + 19.5, "Firmado digitalmente por / Digitally signed by:", font="sans2", size=7.5, color=(60, 100, 60))
    T(sh, 23, y + 24, f"{rng.choice(['María', 'Lucía', 'Martín', 'Diego'])} {rng.choice(['Fernández', 'Rodríguez', 'Pereira', 'Silva'])}",
      font="sans2", size=9.5, bold=True)
    T(sh, 23, y + 29, f"Fecha: {(c.sub - dt.timedelta(days=rng.randint(10, 40))).isoformat()} "
      f"{rng.randint(9, 17):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d} -03:00", font="sans2", size=7.5)
    T(sh, 23, y + 33.5, "Motivo: certificado de cobertura", font="sans2", size=7.5)
    T(sh, 20, y + 46, "Gerente de Suscripción / Underwriting Manager", font=f, size=9.5)
    return [sh]


_reg("incoming-polisbevestiging-dekkingstabel", "health-insurance", PART, "nl", incoming_premium_table,
     "incoming insurer's policy confirmation, policy number framed, cover/benefit table")
_reg("intl-certificado-uruguay-carta-firma-digital", "health-insurance", PART, "es/en", intl_peru_carta,
     "Uruguayan insurer's Spanish/English certificate of coverage on Letter paper, electronic signature panel")
# the Dutch insurer's certificate registered last: the pool of insurance families keeps this order
_reg("polisblad-jaarpolis-verzekerdentabel-tweetalig-slot", "health-insurance", PART, "nl/en", polisblad_verzekeringsverklaring,
     "Dutch insurer's yearly policy schedule with a table of the insured, excess and premium, closing statement nl/en")


# =========================================================================== civic integration

def duo_diploma_guilloche(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """DUO's civic-integration diploma with one blue frame line inset from the edge, a pale repeating watermark of
    the words 'DIPLOMA INBURGERING' diagonally behind the text, the text left-aligned under the title (not centred),
    the diploma number and the date at the bottom left and the signature for the minister at the bottom right."""
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    d = _inb_date(c, rng)
    f = "sans2"
    blue = (21, 66, 139)
    for yy in range(30, int(H) - 30, 18):
        for xx in range(10, int(W) - 40, 58):
            T(sh, xx + (yy // 18 % 2) * 29, yy, "DIPLOMA INBURGERING", font=f, size=7, color=(228, 234, 244))
    sh.rect(10, 10, W - 20, H - 20, width_mm=1.2, color=blue)
    T(sh, 28, 30, "Dienst Uitvoering Onderwijs", font=f, size=10, color=blue)
    T(sh, 28, 50, "Diploma inburgering", font=f, size=26, bold=True, color=blue)
    y = P(sh, 28, 74, W - 56, "Hierbij wordt verklaard dat", font=f, size=11.5, leading=1.5) + 4
    T(sh, 28, y, f"{c.p.surname}, {c.p.given_names}", font=f, size=16, bold=True)
    T(sh, 28, y + 9, f"geboren {d_nl(c.p.birth_date, 'dashes_zero')} te {c.p.birth_place}", font=f, size=11)
    P(sh, 28, y + 22, W - 56, "heeft voldaan aan de inburgeringsplicht door het behalen van alle onderdelen van het "
      "inburgeringsexamen, zoals bedoeld in de Wet inburgering.", font=f, size=11.5, leading=1.5)
    T(sh, 28, H - 52, f"Diplomanummer  {seed_of('dip16', c.rng_seed) % 10 ** 9:09d}", font="mono", size=10)
    T(sh, 28, H - 45, f"Groningen, {d_nl(d)}", font=f, size=10.5)
    sh.signature(W - 90, H - 62, 44, 14, rng, color=BLACK_INK)
    T(sh, W - 90, H - 45, "namens de minister van Sociale Zaken", font=f, size=8.5, color=GREY)
    T(sh, W - 90, H - 41, "en Werkgelegenheid", font=f, size=8.5, color=GREY)
    return [sh]


def duo_ontheffing_berichtenbox(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """DUO's exemption decision as printed from the MijnOverheid Berichtenbox: first the message page (the portal's
    bar, 'Van: DUO', the subject, the date and the attachment's name), then the decision letter itself."""
    d = _inb_date(c, rng)
    W = c.page_w
    f = "sans4"
    sh = c.new_sheet()
    T(sh, 20, 14, "DUO", font=f, size=20, bold=True, color=(21, 66, 139))
    T(sh, 48, 16, "Dienst Uitvoering Onderwijs · Ministerie van Onderwijs, Cultuur en Wetenschap", font=f, size=7.5,
      color=GREY)
    T(sh, 22, 44, "Retouradres Postbus 30205 2500 GE Den Haag", font=f, size=6.5, color=GREY)
    sh.rule(22, 47.5, 100, 47.5, width_mm=0.1, color=(190, 190, 190))
    T(sh, 22, 51, f"{c.p.given_names[:1]}. {c.p.surname}", font=f, size=10)
    if c.p.address:
        T(sh, 22, 56, f"{c.p.address.street} {c.p.address.number}", font=f, size=10)
        T(sh, 22, 61, f"{c.p.address.postcode}  {c.p.address.city.upper()}", font=f, size=10)
    for k, (a, b) in enumerate((("Datum", d_nl(d)), ("Kenmerk", f"ONTH-{seed_of('duo16', c.rng_seed) % 10 ** 7:07d}"),
                                ("Uw geboortedatum", d_nl(c.p.birth_date, "dashes_zero")))):
        T(sh, 130, 44 + k * 9, a, font=f, size=7.5, bold=True, color=GREY)
        T(sh, 130, 47.5 + k * 9, b, font=f, size=8.5)
    T(sh, 22, 82, "Onderwerp: besluit op uw verzoek om ontheffing van de inburgeringsplicht", font=f, size=11,
      bold=True)
    y = P(sh, 22, 92, W - 44, "U heeft ons gevraagd om ontheffing van de inburgeringsplicht. Uit het medisch advies "
          "blijkt dat u door een medische beperking blijvend niet in staat bent het inburgeringsexamen te halen. Wij "
          "geven u daarom ontheffing. U hoeft niet meer in te burgeren.", font=f, size=10.5, leading=1.5) + 6
    y = P(sh, 22, y, W - 44, "Bent u het niet eens met dit besluit? Dan kunt u binnen 6 weken bezwaar maken.", font=f,
          size=10, leading=1.5) + 8
    T(sh, 22, y, "Met vriendelijke groet, namens de minister,", font=f, size=10)
    sh.signature(22, y + 4, 38, 12, rng, color=BLACK_INK)
    T(sh, 22, y + 18, "Dienst Uitvoering Onderwijs", font=f, size=10)
    return [sh]


def duo_uitslag_bars(c: Case, rng: random.Random, *, failed: bool = False, **_) -> list[Sheet]:
    """A results letter of the civic-integration exam listing each exam part as a dash-led line with the exam date,
    the points scored and the points needed under it, and 'behaald / niet behaald' at the right of the line."""
    sh = c.new_sheet()
    W = c.page_w
    d = _inb_date(c, rng)
    f = "sans2"
    T(sh, 20, 14, "DUO – Inburgeringsexamen", font=f, size=13, bold=True, color=(21, 66, 139))
    T(sh, 20, 36, f"{c.p.given_names} {c.p.surname}", font=f, size=10.5)
    T(sh, 20, 42, f"Geboortedatum {d_nl(c.p.birth_date, 'dashes_zero')}", font=f, size=9.5, color=GREY)
    T(sh, 20, 56, "Uitslag van uw examens", font=f, size=12.5, bold=True)
    parts = ["Lezen", "Luisteren", "Schrijven", "Spreken", "Kennis van de Nederlandse Maatschappij"]
    bad = seed_of("fail14", c.rng_seed) % len(parts) if failed else -1
    y = 66
    for k, p_ in enumerate(parts):
        ok = k != bad
        cut = rng.choice([20, 26, 30])
        sc = cut + rng.randint(2, 12) if ok else cut - rng.randint(2, 8)
        T(sh, 20, y, f"– {p_}", font=f, size=10.5, bold=True)
        T(sh, 26, y + 5.5, f"examen van {d_nl(d - dt.timedelta(days=10 * k), 'dashes_zero')}: {sc} punten "
          f"(nodig: {cut} punten)", font=f, size=9.5)
        T(sh, W - 20, y + 2.5, "behaald" if ok else "niet behaald", font=f, size=10, bold=True, align="right",
          color=(0, 110, 60) if ok else (170, 30, 30))
        sh.rule(20, y + 11, W - 20, y + 11, width_mm=0.1, color=(190, 190, 190))
        y += 13
    P(sh, 20, y + 10, W - 40, "U heeft niet alle onderdelen gehaald; u kunt een nieuw examen aanvragen." if failed else
      "U heeft alle onderdelen gehaald. Uw diploma ontvangt u binnen 6 weken per post.", font=f, size=10.5,
      leading=1.45)
    return [sh]


_reg("duo-diploma-blauwe-kaderlijn-watermerk", "civic-integration", PART, "nl", duo_diploma_guilloche,
     "DUO diploma with one blue frame line and a pale repeating watermark, text left-aligned, number at the foot")
_reg("duo-ontheffing-brief-vensterenvelop-adresblok", "civic-integration", PART, "nl", duo_ontheffing_berichtenbox,
     "DUO exemption decision with the address in the window-envelope position and the references at the right")
_reg("duo-uitslag-lijst-onderdelen-punten-streep", "civic-integration", PART, "nl", duo_uitslag_bars,
     "results letter listing each exam part with points scored and needed, 'behaald / niet behaald'")


# =========================================================================== other

def cover_letter_checkboxes(c: Case, rng: random.Random, *, enclosures: list[str] | None = None, **_) -> list[Sheet]:
    """A Dutch lawyer's cover letter headed 'AANGETEKEND' in capitals over the addressee, the firm's name and
    address in a grey column at the left edge, the V-number in its own line under the subject, the enclosures
    lettered A, B, C ... ('Bijlage A') and closing 'Hoogachtend'."""
    lw = c.lawyer or LAWYERS[0]
    sh = c.new_sheet()
    W = c.page_w
    f = "serif6"
    f = rng.choice(["sans2", "serif2"])
    sh.rect(0, 0, 14, c.page_h, width_mm=0, fill=(236, 236, 236))
    T(sh, 22, 12, lw["firm"], font=f, size=12, bold=True)
    T(sh, 22, 18, f"{lw['street']}  |  {lw['pc']}  {lw['city']}", font=f, size=8, color=GREY)
    T(sh, 22, 32, "AANGETEKEND", font=f, size=10, bold=True)
    y = 38
    for ln in IND_ADDRESSES[rng.randrange(len(IND_ADDRESSES))].split("\n"):
        T(sh, 22, y, ln, font=f, size=10.5)
        y += 5
    T(sh, W - 22, 66, f"{lw['city']}, {d_nl(c.sub - dt.timedelta(days=rng.randint(0, 3)))}", font=f, size=10.5,
      align="right")
    T(sh, 22, 72, f"Ons kenmerk: {seed_of('ok16', c.rng_seed) % 9000 + 1000}/{c.sub.year % 100:02d}", font=f, size=9,
      color=GREY)
    yb = sh.paragraph(22, 78, W - 44, f"Onderwerp: aanvraag {PROC_NL[c.procedure]} – {c.p.surname.upper()}, "
                      f"{c.p.given_names}", font=f, size_pt=10.5, bold=True, leading=1.3)
    T(sh, 22, yb + 1, f"V-nummer: {c.vnr}", font=f, size=10.5, bold=True)
    y = yb + 9
    paras = ["Geachte heer/mevrouw,", f"Namens mijn cliënt(e), {c.p.given_names} {c.p.surname}, dien ik hierbij de "
             f"aanvraag {PROC_NL[c.procedure]} in. De stukken zijn als bijlagen A tot en met "
             f"{chr(64 + max(1, len(enclosures or [])))} bijgevoegd."]
    if c.procedure == "ind-medical-treatment" and c.art64_end:
        paras.append(f"Cliënt(e) heeft uitstel van vertrek op grond van artikel 64 Vreemdelingenwet gehad tot en met "
                     f"{d_nl(c.art64_end)}.")
    if c.no_passport:
        paras.append("Cliënt(e) heeft geen geldig paspoort en verzoekt om vrijstelling van het paspoortvereiste. "
                     + " ".join(EXEMPTION_TEXT[i] for i in c.exemption_shown))
    if c.suriname_visa:
        paras.append("Cliënt(e) heeft de Surinaamse nationaliteit en is met een mvv voor medische behandeling naar "
                     "Nederland gekomen; de behandeling loopt nog en de kosten zijn gedekt.")
    for para in paras:
        y = P(sh, 22, y, W - 44, para, font=f, size=10.5, leading=1.45) + 3
    if enclosures:
        T(sh, 22, y + 2, "Bijlagen", font=f, size=10.5, bold=True)
        for i_, e in enumerate(enclosures, 1):
            y += 5.6
            T(sh, 22, y + 2.4, f"Bijlage {chr(64 + i_) if i_ <= 26 else i_}", font=f, size=10)
            T(sh, 44, y + 2.4, e, font=f, size=10)
        y += 10
    y += 3
    T(sh, 22, y, "Hoogachtend,", font=f, size=10.5)
    sh.signature(22, y + 4, 42, 13, rng, color=BLUE_INK)
    T(sh, 22, y + 19, c.lawyer_name or f"mr. {lw.get('last', '')}", font=f, size=10.5)
    T(sh, 22, y + 24, "advocaat", font=f, size=9, color=GREY)
    return [c.intr(sh)]


def _beschikking(sh: Sheet, c: Case, title: str, rows: list[tuple[str, str]]) -> float:
    """The IND's decision in its plain-language letter style: the IND's logo block at the top left, the address at
    the left and a column of data at the right (date, V-number, reference), then bold question headings ('Wat heeft
    u gevraagd?', 'Wat is onze beslissing?', 'Bent u het niet eens met deze beslissing?') each followed by a short
    paragraph."""
    W, H = c.page_w, c.page_h
    sh.rect(20, 10, 10, 16, width_mm=0, fill=(20, 50, 100))
    T(sh, 33, 12, "IND", font="sans4", size=14, bold=True, color=(20, 50, 100))
    T(sh, 33, 18.5, "Immigratie- en Naturalisatiedienst", font="sans4", size=8, color=GREY)
    T(sh, 20, 40, f"{c.p.given_names} {c.p.surname}", font="sans4", size=10)
    if c.p.address:
        T(sh, 20, 45, f"{c.p.address.street} {c.p.address.number}", font="sans4", size=10)
        T(sh, 20, 50, f"{c.p.address.postcode}  {c.p.address.city.upper()}", font="sans4", size=10)
    for k, (a, b) in enumerate(rows):
        T(sh, 130, 36 + k * 8, a, font="sans4", size=7.5, bold=True, color=GREY)
        T(sh, 130, 39.5 + k * 8, b, font="sans4", size=9)
    T(sh, 20, 74, title, font="sans4", size=12.5, bold=True)
    sh.rect(20, H - 50, W - 40, 28, width_mm=0, fill=(236, 240, 246))
    T(sh, 24, H - 47, "Bent u het niet eens met deze beslissing?", font="sans4", size=10, bold=True)
    P(sh, 24, H - 41, W - 48, "Stuur dan binnen 4 weken een bezwaarschrift. Vermeld daarin uw V-nummer en stuur een "
      "kopie van deze brief mee.", font="sans4", size=9)
    return 84.0


def art64_beschikking(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The IND's decision granting deferral of departure (art. 64) in the plain-language style."""
    end = c.art64_end or (c.since - dt.timedelta(days=1) if c.since else c.sub + dt.timedelta(days=10))
    start = add_years(end, -1) + dt.timedelta(days=1)
    sh = c.new_sheet()
    W = c.page_w
    y = _beschikking(sh, c, "Beslissing over uitstel van vertrek (artikel 64 Vreemdelingenwet)",
                     [("Datum", d_nl(start - dt.timedelta(days=rng.randint(5, 20)))), ("V-nummer", c.vnr),
                      ("Geboortedatum", d_nl(c.p.birth_date, "dashes_zero"))])
    for head, txt in (("Wat heeft u gevraagd?", "U heeft gevraagd om uitstel van vertrek omdat u om medische redenen "
                       "niet kunt reizen."),
                      ("Wat is onze beslissing?", f"U krijgt uitstel van vertrek van {d_nl(start)} tot en met "
                       f"{d_nl(end)}. Het Bureau Medische Advisering heeft geadviseerd dat u om medische redenen niet "
                       "in staat bent te reizen.")):
        T(sh, 20, y, head, font="sans4", size=10.5, bold=True)
        y = P(sh, 20, y + 6, W - 40, txt, font="sans4", size=10.5, leading=1.5) + 6
    T(sh, 20, y, "Namens de minister van Asiel en Migratie,", font="sans4", size=10)
    sh.signature(20, y + 4, 36, 11, rng, color=BLACK_INK)
    return [c.intr(sh)]


def permit_beschikking(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The IND's decision granting the permit in the same plain-language style."""
    sh = c.new_sheet()
    W = c.page_w
    since = c.since or (c.sub - dt.timedelta(days=400))
    y = _beschikking(sh, c, "Beslissing op uw aanvraag voor een verblijfsvergunning",
                     [("Datum", d_nl(since - dt.timedelta(days=rng.randint(10, 40)))), ("V-nummer", c.vnr),
                      ("Ingangsdatum", d_nl(since, "dashes_zero"))])
    for head, txt in (("Wat heeft u gevraagd?", "U heeft een verblijfsvergunning regulier voor bepaalde tijd "
                       "aangevraagd."),
                      ("Wat is onze beslissing?", f"U krijgt de verblijfsvergunning. De vergunning gaat in op "
                       f"{d_nl(since)}.")):
        T(sh, 20, y, head, font="sans4", size=10.5, bold=True)
        y = P(sh, 20, y + 6, W - 40, txt, font="sans4", size=10.5, leading=1.5) + 6
    T(sh, 20, y, "Namens de minister van Asiel en Migratie,", font="sans4", size=10)
    sh.signature(20, y + 4, 36, 11, rng, color=BLACK_INK)
    return [c.intr(sh)]


def mvv_enlarged(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The MVV visa sticker copied together with the passport page facing it, which holds older visas' cancelled
    stamps and an exit stamp of the country of origin; the copy made a little dark, as the booklet would not lie
    flat."""
    sh = c.new_sheet()
    x0, y0, pw, ph = 14, 24, 182, 120
    sh.rect(x0, y0, pw, ph, width_mm=0, fill=(232, 230, 244))
    T(sh, x0 + 8, y0 + 6, "VISUM  ·  NEDERLAND  ·  TYPE D  ·  MVV", font="sans4", size=12, bold=True)
    start = c.sub - dt.timedelta(days=rng.randint(150, 200))
    end = start + dt.timedelta(days=180)
    pno = c.passport_no or f"S{rng.randint(1000000, 9999999)}"
    for k, (a, b) in enumerate([("GELDIG VOOR", "SCHENGENSTATEN"), ("VAN", start.strftime("%d-%m-%Y")),
                                ("TOT", end.strftime("%d-%m-%Y")), ("PASPOORTNUMMER", pno),
                                ("NAAM", f"{c.p.surname.upper()}, {c.p.given_names.upper()}"),
                                ("OPMERKINGEN", "MEDISCHE BEHANDELING")]):
        T(sh, x0 + 8, y0 + 17 + k * 11, a, font="sans4", size=7.5, color=GREY)
        T(sh, x0 + 55, y0 + 17 + k * 11, b, font="sans4", size=11.5)
    line1 = ("V<NLD" + _mrz_name(c.p, 39))[:44]
    birth = c.p.birth_date.strftime("%y%m%d")
    exp = end.strftime("%y%m%d")
    pn = (pno + "<" * 9)[:9]
    line2 = f"{pn}{_mrz_check(pn)}SUR{birth}{_mrz_check(birth)}{c.p.sex}{exp}{_mrz_check(exp)}" + "<" * 16
    T(sh, x0 + 5, y0 + ph - 17, line1, font="ocrb", size=11.5)
    T(sh, x0 + 5, y0 + ph - 9, line2[:44], font="ocrb", size=11.5)
    # the facing passport page with the border police's entry stamp, copied with the sticker
    sh.rect(x0, y0 + ph + 4, pw, 110, width_mm=0, fill=(222, 220, 232))
    sh.rect(x0, y0 + ph + 1, pw, 3, width_mm=0, fill=(120, 120, 130))
    sh.stamp(40, y0 + ph + 20, ["PARAMARIBO", "JAP INT. AIRPORT", f"{start + dt.timedelta(days=rng.randint(2, 30)):%d-%m-%Y}"],
             rng, shape="oval", size_mm=30, color=(60, 60, 60))
    sh.stamp(110, y0 + ph + 50, ["SURINAME", "VERTREK"], rng, shape="rect", size_mm=26, color=(90, 40, 40))
    return [sh]


_reg("cover-letter-bijlagen-letters-aangetekend-kop", "other", PART, "nl", cover_letter_checkboxes,
     "Dutch lawyer's cover letter headed AANGETEKEND, grey left edge, V-number line, enclosures lettered A, B, C")
_reg("art64-decision-brief-uitgestelde-rubrieken-vet", "other", PART, "nl", art64_beschikking,
     "IND art. 64 decision in the plain-language style with bold question headings, remedy in a tinted box")
_reg("permit-letter-brief-inwilliging-rubrieken-vet", "other", PART, "nl", permit_beschikking,
     "IND decision granting the permit, plain-language style with bold question headings")
_reg("mvv-sticker-sur-kopie-met-paspoortpagina-eronder", "other", PART, "nl", mvv_enlarged,
     "MVV sticker copied with the facing page's departure stamps from Suriname, copy a little dark")
