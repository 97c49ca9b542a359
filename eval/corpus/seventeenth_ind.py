"""IND families of the `seventeenth` part (registered in ind.FAMILIES).

Written after dev, heldout and the parts fresh to sixteenth had been read, by a writer who did not see the validator:
the IND applications filled in on the online form and printed as their summary ('Overzicht van uw aanvraag') with the
browser's header and footer, the V-number under the IND's logo on every page and a signature box on the last page; a
restaurant's monthly payslip (cao Horeca), the guarantee form typed on a typewriter on its underlines and initialled,
a bakery chain's employer's statement; a specialist's letter to the lawyer ending in a bold conclusion, the hospital
pharmacy's medication overview with the physician's signed statement; a treatment centre's statement with a weekly
schedule grid, an extract of the treatment agreement (articles 1 to 4), an outpatient clinic's letter with the plan
in numbered steps and a QR code; a Dutch insurer's policy overview from the online account with the insurance card
copied under it, an incoming insurer's certificate signed by the director, a Costa Rican insurer's Spanish/English
statement on Letter paper with a wet signature; DUO's diploma with the name on an orange band, an exemption letter
with its reply slip still attached, a results letter in paragraphs; a Dutch lawyer's cover letter with a table of
productions, the IND's decisions printed from the e-mail attachment with a QR code, the MVV highlighted.  Every maker
draws on ``c.new_sheet()`` and marks pages that print the V-number with ``c.intr``.
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

PART = "seventeenth"
DARK = (40, 55, 75)
SHADE = (232, 234, 236)


# =========================================================================== application forms: shaded answer cells

class _ShadeForm:
    """An IND application filled in on the online form and printed as its summary ('Overzicht van uw aanvraag'),
    then signed by hand on the last page: the browser's print header (date and time, the page's title) and footer
    (the address and 'n/N'), the IND's logo line, the V-number in the header line under the logo on every page
    ('V-nummer: ...  Aanvraag ingevuld op ...'), each section as a bold heading with a thin blue rule under it, each
    question in grey with its answer in bold on the line under it, ticked options given as the chosen word only; a
    signature box at the end."""

    def __init__(self, c: Case, rng: random.Random, title: str, code: str):
        self.c, self.rng, self.title, self.code = c, rng, title, code
        self.hand = c.fill == "hand"
        self.ink = rng.choice([BLUE_INK, BLACK_INK])
        self.f = rng.choice(["sans2", "sans4"])
        self.sheets: list[Sheet] = []
        self.n = 0
        self.stamp_t = (f"{c.sub.day - 1 if c.sub.day > 1 else 1:02d}-{c.sub.month:02d}-{c.sub.year} "
                        f"{rng.randint(8, 21):02d}:{rng.randint(0, 59):02d}")
        self.page()

    def page(self) -> None:
        c = self.c
        sh = c.new_sheet()
        W = c.page_w
        f = self.f
        T(sh, 10, 5, self.stamp_t, font="sans", size=7, color=GREY)
        T(sh, W / 2, 5, "Overzicht van uw aanvraag – IND", font="sans", size=7, align="center", color=GREY)
        sh.rect(18, 12, 6, 10, width_mm=0, fill=(21, 66, 115))
        T(sh, 26, 12.5, "IND", font=f, size=13, bold=True, color=(21, 66, 115))
        T(sh, 26, 18, "Immigratie- en Naturalisatiedienst", font=f, size=7.5, color=GREY)
        self.sheets.append(c.intr(sh))
        T(sh, 18, 25, "V-nummer:", font=f, size=9, color=GREY)
        T(sh, 36, 25, c.vnr, font=f, size=9.5, bold=True)
        T(sh, W - 18, 25, f"{self.code}", font=f, size=8, align="right", color=GREY)
        sh.rule(18, 30, W - 18, 30, width_mm=0.2, color=GREY)
        if len(self.sheets) == 1:
            sh.paragraph(18, 35, W - 36, self.title, font=f, size_pt=15, bold=True)
            self.y = 50.0
        else:
            self.y = 36.0

    @property
    def sh(self) -> Sheet:
        return self.sheets[-1]

    def section(self, t: str) -> None:
        if self.y > self.c.page_h - 50:
            self.page()
        W = self.c.page_w
        self.y += 2
        T(self.sh, 18, self.y, t, font=self.f, size=11.5, bold=True)
        self.sh.rule(18, self.y + 6, W - 18, self.y + 6, width_mm=0.3, color=(21, 66, 115))
        self.y += 9

    def _num(self) -> None:
        self.n += 1

    def q(self, question: str, answer: str) -> None:
        W = self.c.page_w
        f = self.f
        qrows = self.sh.wrap(question, W - 36, font=f, size_pt=8.5)
        arows = self.sh.wrap(answer or "-", W - 36, font=f, size_pt=10, bold=True)
        h = 3.8 * len(qrows) + 5.0 * len(arows) + 2
        if self.y + h > self.c.page_h - 22:
            self.page()
        self._num()
        for k, r in enumerate(qrows):
            T(self.sh, 18, self.y + k * 3.8, r, font=f, size=8.5, color=(95, 95, 95))
        y0 = self.y + 3.8 * len(qrows) + 0.3
        for k, r in enumerate(arows):
            if getattr(self, "_byhand", False):
                self.sh.handwriting(19, y0 - 1.2 + k * 5.0, hand_safe(r), self.rng, size_pt=11, color=self.ink,
                                    font="hand1")
            else:
                T(self.sh, 18, y0 + k * 5.0, r, font=f, size=10, bold=True)
        self.y += h + 1.5

    def opt(self, question: str, opts: list[str], chosen: int) -> None:
        self.q(question, opts[chosen].capitalize() if 0 <= chosen < len(opts) else "-")
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
        self.section("Verklaring en ondertekening")
        P(self.sh, 18, self.y, c.page_w - 36, "Ik verklaar dat ik alle vragen volledig en naar waarheid heb "
          "beantwoord. Print dit overzicht, onderteken het en stuur het mee met de bewijsstukken.", font=self.f,
          size=9.5)
        self.y += 12
        self._byhand = self.hand   # place and date left open online and written in by hand when signing
        self.q("Plaats", c.p.address.city if c.p.address else "Den Haag")
        self.q("Datum", c.dfmt(c.sub - dt.timedelta(days=self.rng.randint(1, 6))))
        self._byhand = False
        if self.y + 30 > c.page_h - 22:
            self.page()
        self._num()
        T(self.sh, 18, self.y, "Handtekening aanvrager", font=self.f, size=8.5, color=(95, 95, 95))
        self.sh.rect(18, self.y + 4.5, 90, 24, width_mm=0.3, color=(21, 66, 115))
        self.sh.signature(24 + self.rng.uniform(0, 14), self.y + 8, 48, 16, self.rng, color=self.ink)
        self.y += 30

    def finish(self) -> list[Sheet]:
        n = len(self.sheets)
        for i, sh in enumerate(self.sheets, 1):
            T(sh, 10, self.c.page_h - 7, "https://ind.nl/mijnind/aanvraag/overzicht", font="sans", size=7,
              color=GREY)
            T(sh, self.c.page_w - 10, self.c.page_h - 7, f"{i}/{n}", font="sans", size=7, align="right",
              color=GREY)
        return self.sheets


def form_med_shaded(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _ShadeForm(c, rng, "Aanvraag verblijfsvergunning – medische behandeling", "Aanvraag medische behandeling (online, versie 2026)")
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
    f = _ShadeForm(c, rng, "Aanvraag verblijfsvergunning regulier voor voortgezet verblijf", "Model 7027 (online, versie 2026)")
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
    f = _ShadeForm(c, rng, "Aanvraag verlenging verblijfsvergunning regulier bepaalde tijd", "Model verlenging regulier (online, versie 2026)")
    f.person()
    f.section("Uw verblijfsvergunning")
    f.q("Verblijfsdoel", GENERIC_PURPOSES[seed_of("purpose", c.rng_seed) % len(GENERIC_PURPOSES)])
    f.q("Geldig tot", c.dfmt(c.sub + dt.timedelta(days=rng.randint(20, 80))))
    f.sign()
    return f.finish()


_reg("ind-form-med-online-overzicht-afdruk-v-nummer-onder-logo", "application", PART, "nl", form_med_shaded,
     "medical treatment application filled in online and printed as its summary, V-number under the logo, signed by hand")
_reg("ind-form-7027-online-overzicht-afdruk-v-nummer-onder-logo", "application", PART, "nl", form_7027_shaded,
     "form 7027 filled in online and printed as its summary, V-number under the logo, signed by hand")
_reg("ind-form-generic-online-overzicht-afdruk-v-nummer-onder-logo", "application", PART, "nl", form_generic_shaded,
     "extension application filled in online and printed as its summary, V-number under the logo, signed by hand")


# =========================================================================== income

def payslip_gemeente(c: Case, rng: random.Random, month: int = 11, **_) -> list[Sheet]:
    """A restaurant's monthly payslip under the hospitality collective agreement (cao Horeca): the business's name
    at the top left, 'Loonstrook <month> 2026' at the right, the employee's block at the right, then two tables side
    by side: payments (salary, irregular hours, holiday pay reserved, travel) and deductions (payroll tax, the
    sector's pension premium, staff meals), the net pay framed; the cumulative figures in small type."""
    e, w = _emp(c, rng), earner(c)
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    sh = c.new_sheet()
    W = c.page_w
    f = rng.choice(["sans6", "sans3"])
    city = rng.choice(["Haarlem", "Deventer", "Den Bosch", "Alkmaar", "Delft", "Breda"])
    chain = rng.choice(["Grand Café De Waag B.V.", "Restaurant Het Pakhuis B.V.", "Hotel-Restaurant Zuiderduin B.V."])
    T(sh, 18, 14, chain, font=f, size=13, bold=True, color=(120, 40, 30))
    T(sh, 18, 20, f"{city} · lid Koninklijke Horeca Nederland", font=f, size=9, color=GREY)
    mname = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
             "november", "december"][month - 1]
    T(sh, W - 18, 14, f"Loonstrook {mname} 2026", font=f, size=10, bold=True, align="right")
    T(sh, W - 18, 20, "cao Horeca", font=f, size=8.5, align="right", color=GREY)
    y = 30
    for a_, b_ in (("Naam", f"{w.given_names} {w.surname}"), ("Personeelsnr.", e["pnr"]),
                   ("Functie", rng.choice(["zelfstandig werkend kok", "medewerker bediening", "afwasser",
                                           "gastheer/gastvrouw"])),
                   ("Loonheffingennr.", e["lhn"]), ("IBAN", e["iban"])):
        T(sh, W - 95, y, a_, font=f, size=8.5, color=GREY)
        T(sh, W - 65, y, b_, font=f, size=9.5)
        y += 5
    y += 8
    base = k["bruto"]
    uur = round(base / 152, 2)
    zon = rng.randint(4, 16)
    pay = [("Salaris", eur(base, False)), (f"Onregelmatige uren ({zon} u)", "(in salaris)"),
           ("Reservering vakantiegeld 8%", "(gereserveerd)"),
           ("Reiskostenvergoeding", eur(k["reis"], False))]
    ded = [("Loonheffing", eur(k["lh"], False)), ("Pensioenpremie PH&C", eur(k["pens"], False)),
           ("Personeelsmaaltijden", eur(round(base * 0.004, 2), False))]
    cw = (W - 36 - 6) / 2
    for j, (head, rows) in enumerate((("Betalingen", pay), ("Inhoudingen", ded))):
        x = 18 + j * (cw + 6)
        sh.rect(x, y, cw, 7, width_mm=0, fill=(240, 226, 220))
        T(sh, x + 2, y + 1.5, head, font=f, size=9.5, bold=True)
        yy = y + 9
        for a_, b_ in rows:
            T(sh, x + 2, yy, a_, font=f, size=8.8)
            T(sh, x + cw - 2, yy, b_, font=f, size=8.8, align="right")
            yy += 6
        sh.rect(x, y, cw, 9 + 6 * 4 + 2, width_mm=0.2, color=(120, 120, 120))
    y += 9 + 6 * 4 + 8
    sh.rect(W - 80, y, 62, 12, width_mm=0.6, color=(120, 40, 30))
    T(sh, W - 78, y + 3, "Netto uitbetaald", font=f, size=10, bold=True)
    T(sh, W - 20, y + 3, eur(k["net"]), font=f, size=10.5, bold=True, align="right")
    T(sh, 18, y + 22, f"Cumulatief t/m {mname}: loon voor de loonheffing {eur(base * month, False)} · "
      f"uurloon {f'{uur:.2f}'.replace('.', ',')}", font=f, size=7.5, color=GREY)
    return [sh]


def guarantor_partner_cosigned(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The guarantee form ('garantverklaring') printed blank and filled in on an old typewriter at home: each answer
    typed on the underline after its caption, the amounts with the euro sign; the guarantor signed in blue ballpoint,
    wrote the date by hand and initialled the page in the 'Paraaf' box at the foot."""
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
        sh.rule(80, y + 4.8, W - 18, y + 4.8, width_mm=0.15, color=(90, 90, 90))
        T(sh, 81, y, b, font="typewriter2", size=10.5)
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
    sh.rect(W - 48, c.page_h - 34, 30, 14, width_mm=0.2, color=(120, 120, 120))
    T(sh, W - 47, c.page_h - 33.5, "Paraaf", font=f, size=7, color=GREY)
    sh.handwriting(W - 42, c.page_h - 30, f"{g.given_names[0]}{g.surname[0]}", rng, size_pt=13, color=BLUE_INK,
                   font="hand1")
    return [sh]


def werkgeversverklaring(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A bakery chain's employer's statement typed on its own letterhead (logo block at the left, the registration
    numbers in the footer): the numbered rows of the standard model copied into a letter, signed in black and stamped
    with the company stamp."""
    e, w = _emp(c, rng), earner(c)
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    sh = c.new_sheet()
    W = c.page_w
    f = "sans2"
    agency = rng.choice(["Bakkerij Van Doorn B.V.", "Warme Bakker Jansen & Zn. B.V.", "Broodfabriek Noord B.V."])
    sh.rect(18, 8, 14, 14, width_mm=0, fill=(140, 90, 40))
    T(sh, 25, 11, agency[0], font=f, size=16, bold=True, color=(255, 255, 255), align="center")
    T(sh, 36, 10, agency, font=f, size=12, bold=True, color=(60, 60, 60))
    T(sh, 36, 16, "Ambachtelijk brood en banket · 14 winkels", font=f, size=8, color=GREY)
    T(sh, 18, 30, "Werkgeversverklaring", font=f, size=14, bold=True)
    T(sh, 18, 37, "Betreft: inkomen van onze werknemer", font=f, size=9.5, color=GREY)
    since = c.sub - dt.timedelta(days=rng.randint(400, 3000))
    rows = [("1", "Naam werkgever", e["name"]), ("2", "Vestigingsplaats", e.get("city", "Rotterdam")),
            ("3", "Naam werknemer", f"{w.given_names} {w.surname}"),
            ("4", "Geboortedatum werknemer", d_nl(w.birth_date, "dashes_zero")),
            ("5", "In dienst sinds", d_nl(since, "dashes_zero")),
            ("6", "Soort contract (cao Bakkersbedrijf)", rng.choice(["bepaalde tijd, 12 maanden", "onbepaalde tijd"])),
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
      f"IFS Food gecertificeerd", font=f, size=7.5, color=GREY, align="center")
    return [sh]


_reg("payslip-horeca-cao-fooienpot-reservering-vakantiegeld", "income-proof", PART, "nl", payslip_gemeente,
     "a restaurant's monthly payslip (cao Horeca): payments and deductions side by side, holiday pay reserved, net framed")
_reg("guarantor-garantverklaring-typemachine-onderstreept-paraaf", "income-proof", PART, "nl", guarantor_partner_cosigned,
     "guarantee form typed on a typewriter on the underlines, signed, dated and initialled by hand")
_reg("werkgeversverklaring-bakkerijketen-handtekening-stempel", "income-proof", PART, "nl", werkgeversverklaring,
     "a bakery chain's employer's statement on its letterhead, numbered rows, signed and stamped")


# =========================================================================== medical statements

def medstat_question_form(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A treating specialist's letter to the lawyer after an outpatient visit: the hospital's name and the department
    right-aligned at the top with a thin coloured rule, 'Geachte mr. ...' as salutation, the findings told in three
    paragraphs, and the conclusion in a bold paragraph headed 'Conclusie' at the end; the specialist's name with the
    BIG number under the signature, 'c.c. huisarts' at the foot."""
    m, h = c.med, c.hospital
    g, s_, _ = make_professional(random.Random(seed_of("qf17", c.rng_seed)), "NL")
    sh = c.new_sheet()
    W = c.page_w
    f = rng.choice(["sans2", "serif4"])
    col = h.get("color", (0, 95, 140))
    T(sh, W - 18, 17, h["name"], font=f, size=11.5, bold=True, color=col, align="right")
    T(sh, W - 18, 22.5, f"Polikliniek {m['spec']}", font=f, size=8.5, color=GREY, align="right")
    sh.rule(18, 27, W - 18, 27, width_mm=0.4, color=col)
    when = c.sub - dt.timedelta(days=rng.randint(6, 40))
    T(sh, 18, 34, f"Geachte {c.lawyer_name or 'heer, mevrouw'},", font=f, size=10.5)
    T(sh, W - 18, 34, d_nl(when), font=f, size=10, align="right")
    T(sh, 18, 42, f"Betreft: {c.p.given_names} {c.p.surname}, geboren {d_nl(c.p.birth_date, 'dashes_zero')}",
      font=f, size=10, bold=True)
    start = _treat_start(c)
    y = P(sh, 18, 52, W - 36, f"Op verzoek van uw cliënt(e) bericht ik u het volgende. Betrokkene is sinds "
          f"{d_nl(start)} onder behandeling op onze polikliniek wegens {m['dx']}.", font=f, size=10.5,
          leading=1.5) + 3
    y = P(sh, 18, y, W - 36, f"De behandeling bestaat uit {m['tx']}. {duration_phrase(c.duration, start, 'nl')}",
          font=f, size=10.5, leading=1.5) + 3
    y = P(sh, 18, y, W - 36, _not_available(c, "nl"), font=f, size=10.5, leading=1.5) + 5
    T(sh, 18, y, "Conclusie", font=f, size=10.5, bold=True, color=col)
    y = P(sh, 18, y + 5.5, W - 36, f"Staken van de behandeling heeft naar verwachting het volgende gevolg: "
          f"{m['stop']}", font=f + "", size=10.5, leading=1.5) + 8
    T(sh, 18, y, "Met vriendelijke groet,", font=f, size=10.5)
    sh.signature(20, y + 4, 42, 13, rng, color=BLUE_INK)
    T(sh, 18, y + 20, f"{g} {s_}, {m['doc_title']}", font=f, size=10)
    T(sh, 18, y + 25, f"BIG-registratie {seed_of('big17', c.rng_seed) % 10 ** 11:011d}", font=f, size=8.5, color=GREY)
    T(sh, 18, c.page_h - 22, "c.c. huisarts", font=f, size=8.5, color=GREY)
    return [sh]


def medstat_hiv_nurse(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The hospital pharmacy's medication overview ('Actueel medicatieoverzicht'), printed for the patient, with the
    treating physician's statement typed under the table and signed: the pharmacy's header, the patient's line, a
    ruled table (medicine, dose, start date, prescriber) in a mono face, then the statement, signature and the
    department's stamp."""
    m = c.med
    g, s_, _ = make_professional(random.Random(seed_of("gp17", c.rng_seed)), "NL")
    sh = c.new_sheet()
    W = c.page_w
    f = "sans3"
    city = (c.p.address.city if c.p.address else "Utrecht")
    prak = f"Apotheek {c.hospital['name']}"[:60]
    T(sh, 18, 12, prak, font=f, size=12, bold=True)
    T(sh, 18, 18, f"Ziekenhuisapotheek · {c.hospital.get('city', city)}", font=f, size=9, color=GREY)
    T(sh, W - 18, 12, "ACTUEEL MEDICATIEOVERZICHT", font="mono", size=8, align="right", color=GREY)
    when = c.sub - dt.timedelta(days=rng.randint(5, 35))
    T(sh, W - 18, 16, d_nl(when, "dashes_zero"), font="mono", size=8, align="right", color=GREY)
    T(sh, 18, 30, f"Patiënt : {c.p.surname.upper()}, {c.p.given_names}   geb. {d_nl(c.p.birth_date, 'dashes_zero')}",
      font="mono", size=9)
    start = _treat_start(c)
    T(sh, 18, 38, f"{'MIDDEL':<46}{'STARTDATUM':<12}VOORSCHRIJVER", font="mono", size=8.5, bold=True)
    sh.rule(18, 42.5, W - 18, 42.5, width_mm=0.2)
    y = 45
    for part_ in [x.strip() for x in m["tx"].replace(";", ",").split(",") if x.strip()][:5]:
        T(sh, 18, y, f"{part_[:44]:<46}{d_nl(start, 'dashes_zero'):<12}{m['spec'][:14]}", font="mono", size=8.5)
        sh.rule(18, y + 4.2, W - 18, y + 4.2, width_mm=0.1, color=(190, 190, 190))
        y += 5.5
    y += 6
    sh.rule(18, y, W - 18, y, width_mm=0.2, color=GREY)
    y = P(sh, 18, y + 5, W - 36, f"Verklaring behandelend arts: bovengenoemde patiënt(e) is bij ons bekend met {m['dx']} en "
          f"wordt daarvoor behandeld met {m['tx']}. {duration_phrase(c.duration, start, 'nl')} {m['stop']} "
          f"{_not_available(c, 'nl')}", font=f, size=10.5, leading=1.5) + 8
    T(sh, 18, y, f"{city}, {d_nl(when)}", font=f, size=10.5)
    sh.signature(20, y + 4, 40, 13, rng, color=BLACK_INK)
    sh.stamp(80, y + 2, [c.hospital["name"].upper()[:28], m["spec"].upper()[:20]], rng, shape="rect",
             size_mm=32, color=(40, 60, 150))
    T(sh, 18, y + 20, f"{g} {s_}, {m['doc_title']}", font=f, size=10)
    return [sh]


_reg("medstat-specialist-brief-advocaat-conclusie-vet-onderaan", "medical-statement", PART, "nl", medstat_question_form,
     "specialist's letter to the lawyer after an outpatient visit, bold conclusion at the end, BIG number, c.c. GP")
_reg("medstat-ziekenhuisapotheek-medicatieoverzicht-ondertekend", "medical-statement", PART, "nl",
     medstat_hiv_nurse, "hospital pharmacy's current medication overview with the treating physician's signed statement")


# =========================================================================== care institutions

def care_timeline(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A treatment centre's statement ('Verklaring behandelcentrum'): the centre's round logo at the top right, the
    data as a boxed two-column table (patient, treatment, start, expected end, yearly cost), the patient's weekly
    treatment schedule as a small grid of weekdays with the sessions shaded, one sentence that the centre can and
    will give the treatment, signed by the care coordinator and the physician side by side."""
    h, m = c.hospital, c.med
    start, end = _care_dates(c)
    sh = c.new_sheet()
    W = c.page_w
    f = "sans6"
    col = h.get("color", (0, 95, 140))
    sh.stamp(W - 44, 8, ["", ""], rng, size_mm=18, color=col, angle=0)
    T(sh, 18, 12, h["name"], font=f, size=12.5, bold=True)
    T(sh, 18, 19, f"Behandelcentrum {m['spec']} · {h.get('city', '')}", font=f, size=9.5, color=GREY)
    T(sh, 18, 36, "Verklaring behandelcentrum", font=f, size=14, bold=True, color=col)
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
    days = ["ma", "di", "wo", "do", "vr"]
    yg = y + 2
    T(sh, 18, yg, "Behandelrooster (per week)", font=f, size=9, bold=True, color=col)
    on = sorted(rng.sample(range(5), rng.choice([1, 2, 3])))
    for k_, d_ in enumerate(days):
        sh.rect(18 + k_ * 22, yg + 5, 22, 9, width_mm=0.2, fill=tuple(min(255, 200 + v // 4) for v in col)
                if k_ in on else None)
        T(sh, 29 + k_ * 22, yg + 7, d_ + (f" {rng.choice(['08:00', '13:00'])}" if k_ in on else ""), font=f, size=8,
          align="center")
    y = yg + 18
    y = P(sh, 18, y + 8, W - 36, f"Ons centrum kan en zal bovenstaande behandeling aan {c.p.given_names} "
          f"{c.p.surname} geven in de genoemde periode.", font=f, size=10.5, leading=1.5) + 8
    T(sh, 18, y, f"{h.get('city', '')}, {d_nl(c.sub - dt.timedelta(days=rng.randint(8, 35)), 'dots')}", font=f,
      size=10)
    g, s2, _ = make_professional(random.Random(seed_of("care17a", c.rng_seed)), "NL")
    g2, s3, _ = make_professional(random.Random(seed_of("care17b", c.rng_seed)), "NL")
    for j, (nm, role) in enumerate(((f"{g} {s2}", "zorgcoördinator"), (f"{g2} {s3}", m["doc_title"]))):
        sh.signature(18 + j * 88, y + 6, 40, 13, rng, color=BLUE_INK)
        T(sh, 18 + j * 88, y + 21, nm, font=f, size=10)
        T(sh, 18 + j * 88, y + 26, role, font=f, size=9, color=GREY)
    return [sh]


def care_watermark_letter(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An extract of the treatment agreement between the institution and the patient: the letterhead as a line of
    small capitals, 'UITTREKSEL BEHANDELOVEREENKOMST', the four articles that matter (parties, treatment, duration,
    costs) each under its bold heading, certified as a true extract and signed by the medical director."""
    h, m = c.hospital, c.med
    start, end = _care_dates(c)
    sh = c.new_sheet()
    W = c.page_w
    f = "serif4"
    col = h.get("color", (0, 95, 140))
    T(sh, 20, 12, h["name"].upper(), font=f, size=10.5, bold=True, color=col)
    T(sh, 20, 17, f"{m['spec']} – {h.get('city', '')}", font=f, size=8.5, color=GREY)
    sh.rule(20, 21, W - 20, 21, width_mm=0.3, color=col)
    T(sh, 20, 32, "UITTREKSEL BEHANDELOVEREENKOMST", font=f, size=13, bold=True)
    when = c.sub - dt.timedelta(days=rng.randint(6, 30))
    T(sh, W - 20, 32, f"{h.get('city', '')}, {d_nl(when)}", font=f, size=10, align="right")
    pts = [("Artikel 1 – Partijen", f"{h['name']} (de instelling) en {c.p.surname}, {c.p.given_names}, geboren "
                                    f"{d_nl(c.p.birth_date)} (de patiënt)."),
           ("Artikel 2 – Behandeling", f"De instelling behandelt de patiënt wegens {m['dx']}; de behandeling bestaat "
                                       f"uit {m['tx']}."),
           ("Artikel 3 – Duur", f"De instelling kan en zal deze behandeling geven van {d_nl(start)} tot ten minste "
                                f"{d_nl(end)}."),
           ("Artikel 4 – Kosten", f"De kosten bedragen {eur(m['cost'])} per jaar.")]
    T(sh, 20, 39, "(artikelen 1 tot en met 4; de overige artikelen zijn voor deze verklaring niet van belang)",
      font=f, size=8.5, color=GREY)
    y = 48
    for a_, b_ in pts:
        T(sh, 20, y, a_, font=f, size=10, bold=True, color=col)
        y = P(sh, 20, y + 5, W - 40, b_, font=f, size=10.5, leading=1.5) + 5
    g, s_, _ = make_professional(random.Random(seed_of("care17c", c.rng_seed)), "NL")
    T(sh, 20, y + 2, "Voor eensluidend uittreksel,", font=f, size=10)
    sh.signature(20, y + 6, 40, 13, rng, color=BLUE_INK)
    T(sh, 20, y + 21, f"{g} {s_}, medisch directeur", font=f, size=10)
    return [sh]


def care_sidebar_letter(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An outpatient clinic's letter to the patient with the treatment plan as four numbered steps in coloured squares
    and a QR code to the patient portal for the appointments, then the statement that the clinic can and will give
    the treatment and what it costs, signed for the department."""
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
    T(sh, 120, 39, f"Patiëntnummer: {seed_of('pn17', c.rng_seed) % 10 ** 7:07d}", font=f, size=9.5)
    T(sh, 18, 56, "Uw behandelplan", font=f, size=12, bold=True)
    steps = ["Intake en onderzoek (afgerond)", f"Start behandeling: {d_nl(start)}", "Controle elke 6 tot 8 weken",
             f"Evaluatie van het behandelplan: {d_nl(end)}"]
    y = 64
    for k, st_ in enumerate(steps, 1):
        sh.rect(18, y - 0.5, 6, 6, width_mm=0, fill=col)
        T(sh, 21, y + 0.3, str(k), font=f, size=9, bold=True, color=(255, 255, 255), align="center")
        T(sh, 27, y + 0.3, st_, font=f, size=10)
        y += 8
    from .seventeenth_identity import _qr
    _qr(sh, W - 44, 56, 24, rng)
    T(sh, W - 32, 82, "Afspraken: MijnZiekenhuis", font=f, size=7, align="center", color=GREY)
    y = P(sh, 18, 98, W - 36, f"Hierbij bevestigen wij dat u bij onze polikliniek wordt behandeld met {m['tx']}. Wij "
          f"kunnen en zullen deze behandeling geven van {d_nl(start)} tot {d_nl(end)}. De kosten bedragen ongeveer "
          f"{eur(m['cost'])} per jaar.", font=f, size=10.5, leading=1.5) + 8
    T(sh, 18, y, "Namens de polikliniek,", font=f, size=10.5)
    sh.signature(18, y + 5, 40, 13, rng, color=BLUE_INK)
    g, s_, _ = make_professional(random.Random(seed_of("care17d", c.rng_seed)), "NL")
    T(sh, 18, y + 20, f"{g} {s_}, {m['doc_title']}", font=f, size=10)
    return [sh]


_reg("care-behandelcentrum-verklaring-weekrooster-raster", "care-institution-statement", PART, "nl", care_timeline,
     "treatment centre's statement, boxed data table and a weekly schedule grid, signed by coordinator and physician")
_reg("care-instelling-uittreksel-behandelovereenkomst-artikelen", "care-institution-statement", PART, "nl", care_watermark_letter,
     "extract of the treatment agreement, articles 1 to 4 under bold headings, certified and signed by the medical director")
_reg("care-polikliniek-brief-behandelplan-stappen-qr-portaal", "care-institution-statement", PART, "nl", care_sidebar_letter,
     "outpatient clinic's letter with the treatment plan in numbered steps and a QR code to the patient portal")


# =========================================================================== health insurance

def polisblad_verzekeringsverklaring(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A Dutch insurer's policy overview printed from the customer's online account ('Mijn polis'): the browser's
    print header and footer, the insurer's name, the address block, 'Polisoverzicht 2026' with a table of the insured
    persons, the excess and the premium, the statement in Dutch and English that they are insured under the Health
    Insurance Act, and the client's insurance card (zorgpas) copied onto the same sheet under it."""
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
    T(sh, 18, 62, f"Polisoverzicht {c.sub.year}", font=f, size=15, bold=True, color=col)
    T(sh, 10, 5, f"{d_nl(c.sub - dt.timedelta(days=rng.randint(3, 20)), 'dashes_zero')}   Mijn polis – {ins['name']}",
      font="sans", size=7, color=GREY)
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
            f"xxxxx{seed_of('bsn17', c.rng_seed) % 10000:04d}", d_nl(start, "dashes_zero"),
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
    # the insurance card (zorgpas) copied on the same sheet under the overview
    if y + 64 < c.page_h - 26:
        card = Sheet(85.6, 54)
        card.rect(0, 0, 85.6, 54, width_mm=0, fill=tuple(min(255, 215 + v // 6) for v in col))
        card.rect(0, 0, 85.6, 11, width_mm=0, fill=col)
        card.text(3, 2.5, ins["name"][:30], font="sans4", size_pt=8, bold=True, color=(255, 255, 255))
        card.text(3, 16, f"{c.p.given_names} {c.p.surname}"[:34], font="sans4", size_pt=7.5, bold=True)
        card.text(3, 22, f"Geb.datum {d_nl(c.p.birth_date, 'dashes_zero')}", font="sans4", size_pt=6.5)
        card.text(3, 27, f"Verzekerdennummer {_policy_no(c, 'P')}", font="sans4", size_pt=6.5)
        card.text(3, 32, f"UZOVI {ins.get('uzovi', '')}", font="sans4", size_pt=6.5)
        card.text(3, 45, "Zorgpas · Bij spoed: bel het nummer op de achterkant", font="sans4", size_pt=5,
                  color=(90, 90, 90))
        sh.image(18, y + 6, 85.6, 54, card.render(300))
        T(sh, 108, y + 8, "kopie zorgpas", font=f, size=8, color=GREY)
    T(sh, 10, c.page_h - 7, f"https://www.{ins['name'].split()[0].lower()}.nl/mijn/polis/overzicht", font="sans",
      size=7, color=GREY)
    T(sh, W - 10, c.page_h - 7, "1/1", font="sans", size=7, align="right", color=GREY)
    return [sh]


def incoming_premium_table(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An incoming insurer's certificate ('Verzekeringsbewijs'): the insured's data and the term, the policy number
    framed at the right, the cover as a 'Dekking / Vergoeding' table, the statement that existing conditions and
    medication are covered during the term, signed by hand by the director with the name typed under it."""
    name = _incoming_name(c)
    start = c.sub - dt.timedelta(days=rng.randint(30, 200))
    end = add_years(start, 1)
    sh = c.new_sheet()
    W = c.page_w
    f = "sans2"
    T(sh, 18, 14, name, font=f, size=13, bold=True, color=(20, 110, 90))
    T(sh, 18, 32, "Verzekeringsbewijs", font=f, size=14, bold=True)
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
    T(sh, 18, y, "Met vriendelijke groet,", font=f, size=10)
    sh.signature(18, y + 4, 44, 14, rng, color=BLUE_INK)
    gg, ss, _ = make_professional(random.Random(seed_of("inc17", c.rng_seed)), "NL")
    T(sh, 18, y + 20, f"{gg} {ss}", font=f, size=10)
    T(sh, 18, y + 25, "directeur", font=f, size=9, color=GREY)
    return [sh]


def intl_peru_carta(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A Costa Rican insurer's statement of international health cover ('Constancia de cobertura') on Letter paper
    under a green band, Spanish with the English under each caption, the company's legal identity number and its
    supervisor under the name, the data in a ruled table, the cover worldwide including the Netherlands, signed by
    hand by the underwriting manager with the company's round stamp."""
    ins = c.insurer_intl or {}
    name = ins.get("name") or "Aseguradora Internacional"
    sh = c.new_sheet()
    W = c.page_w
    f = "serif"
    col = ins.get("color", (160, 30, 30))
    T(sh, W / 2, 14, name, font=f, size=13, bold=True, color=col, align="center")
    T(sh, W / 2, 20, ins.get("addr", ""), font=f, size=8, color=GREY, align="center")
    cr = "Costa Rica" in ins.get("addr", "")
    city = "San José" if cr else (ins.get("addr", "").split(",")[-2].strip().split(" ")[0] if "," in ins.get("addr", "") else "")
    sh.rect(0, 0, W, 8, width_mm=0, fill=col)
    if cr:
        T(sh, W / 2, 24.5, f"Cédula jurídica 3-101-{rng.randint(100000, 999999)} · Entidad supervisada por la SUGESE",
          font=f, size=8, color=GREY, align="center")
    T(sh, W / 2, 38, "CONSTANCIA DE COBERTURA", font=f, size=13, bold=True, align="center")
    T(sh, W / 2, 44, "Statement of coverage", font=f, size=10.5, align="center", color=GREY)
    y = 54
    for cap, val in (("Asegurado / Insured", f"{c.p.given_names} {c.p.surname}"),
                     ("Fecha de nacimiento / Date of birth", d_en(c.p.birth_date)),
                     ("Póliza N° / Policy no.", _policy_no(c, "CR-")),
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
    # signed by hand in blue over the typed name, the company's round stamp beside it
    sh.signature(22, y + 20, 46, 15, rng, color=BLUE_INK)
    T(sh, 20, y + 38, f"{rng.choice(['Ana', 'Carolina', 'Andrés', 'José Pablo'])} "
      f"{rng.choice(['Solano', 'Vargas', 'Quesada', 'Chaves'])}", font=f, size=10)
    sh.stamp(100, y + 16, [name.upper()[:26], (city.upper() + (" – COSTA RICA" if cr else ""))[:24]], rng, size_mm=28,
             color=col)
    T(sh, 20, y + 43, "Gerente de Suscripción / Underwriting Manager", font=f, size=9.5)
    return [sh]


_reg("incoming-verzekeringsbewijs-directeur-handtekening", "health-insurance", PART, "nl", incoming_premium_table,
     "incoming insurer's certificate of insurance, policy number framed, cover table, signed by the director")
_reg("intl-constancia-costa-rica-carta-membrete-verde", "health-insurance", PART, "es/en", intl_peru_carta,
     "Costa Rican insurer's Spanish/English statement of coverage on Letter paper, green band, wet signature and stamp")
# the Dutch insurer's certificate registered last: the pool of insurance families keeps this order
_reg("polisblad-zorgpas-kopie-boven-polisoverzicht-mijnomgeving", "health-insurance", PART, "nl/en", polisblad_verzekeringsverklaring,
     "Dutch insurer's policy overview printed from the online account, with a copy of the insurance card under it")


# =========================================================================== civic integration

def duo_diploma_guilloche(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """DUO's civic-integration diploma in portrait: DUO's name at the top left, the diploma number in a framed box at
    the top right, the title centred in capitals, the holder's name in white capitals on a full-width orange band,
    the birth date and place and the sentence centred under it, the place and date at the bottom left and the
    minister's signature at the bottom right."""
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    d = _inb_date(c, rng)
    f = "sans2"
    blue = (21, 66, 139)
    orange = (230, 120, 20)
    T(sh, 24, 22, "Dienst Uitvoering Onderwijs", font=f, size=10, color=blue)
    T(sh, 24, 27, "namens de minister van Sociale Zaken en Werkgelegenheid", font=f, size=8, color=GREY)
    sh.rect(W - 74, 18, 52, 14, width_mm=0.4, color=blue)
    T(sh, W - 71, 19.5, "Diplomanummer", font=f, size=7.5, color=GREY)
    T(sh, W - 71, 24.5, f"{seed_of('dip17', c.rng_seed) % 10 ** 9:09d}", font="mono", size=10.5, bold=True)
    T(sh, W / 2, 62, "DIPLOMA INBURGERING", font=f, size=24, bold=True, color=blue, align="center")
    sh.rect(0, 76, W, 16, width_mm=0, fill=orange)
    T(sh, W / 2, 79.5, f"{c.p.given_names.upper()} {c.p.surname.upper()}", font=f, size=16, bold=True,
      color=(255, 255, 255), align="center")
    T(sh, W / 2, 102, f"geboren op {d_nl(c.p.birth_date)} te {c.p.birth_place}", font=f, size=11.5, align="center")
    P(sh, 34, 116, W - 68, "heeft alle onderdelen van het inburgeringsexamen gehaald en daarmee voldaan aan de "
      "inburgeringsplicht, zoals bedoeld in de Wet inburgering.", font=f, size=11.5, leading=1.5, align="center")
    T(sh, 28, H - 45, f"Groningen, {d_nl(d)}", font=f, size=10.5)
    sh.signature(W - 90, H - 62, 44, 14, rng, color=BLACK_INK)
    T(sh, W - 90, H - 45, "de minister van Sociale Zaken", font=f, size=8.5, color=GREY)
    T(sh, W - 90, H - 41, "en Werkgelegenheid", font=f, size=8.5, color=GREY)
    return [sh]


def duo_ontheffing_berichtenbox(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """DUO's exemption decision as a window-envelope letter with a tear-off reply slip at its foot (the dashed cut
    line with scissors, 'Antwoordstrook' and lines for a new address), which the client did not tear off."""
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
    for k, (a, b) in enumerate((("Datum", d_nl(d)), ("Kenmerk", f"ONTH-{seed_of('duo17', c.rng_seed) % 10 ** 7:07d}"),
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
    H = c.page_h
    sh.rule(10, H - 62, W - 10, H - 62, width_mm=0.3, dash=1.5, color=(110, 110, 110))
    T(sh, 12, H - 64.5, "✂", font="sans3", size=9, color=(110, 110, 110))
    T(sh, 22, H - 57, "Antwoordstrook – alleen terugsturen als u een nieuw adres heeft", font=f, size=9.5, bold=True)
    for k, lab in enumerate(("Naam", "Kenmerk", "Nieuw adres")):
        T(sh, 22, H - 49 + k * 8, lab, font=f, size=9, color=GREY)
        sh.rule(56, H - 45 + k * 8, W - 22, H - 45 + k * 8, width_mm=0.15, color=(120, 120, 120))
    return [sh]


def duo_uitslag_bars(c: Case, rng: random.Random, *, failed: bool = False, **_) -> list[Sheet]:
    """A results letter of the civic-integration exam that gives each exam part its own short paragraph in running
    prose: the part's name, the exam date, the points scored and needed, and whether it was passed."""
    sh = c.new_sheet()
    W = c.page_w
    d = _inb_date(c, rng)
    f = "sans2"
    T(sh, 20, 14, "DUO – Inburgeringsexamen", font=f, size=13, bold=True, color=(21, 66, 139))
    T(sh, 20, 36, f"{c.p.given_names} {c.p.surname}", font=f, size=10.5)
    T(sh, 20, 42, f"Geboortedatum {d_nl(c.p.birth_date, 'dashes_zero')}", font=f, size=9.5, color=GREY)
    T(sh, 20, 56, "Uitslag van uw examens", font=f, size=12.5, bold=True)
    parts = ["Lezen", "Luisteren", "Schrijven", "Spreken", "Kennis van de Nederlandse Maatschappij"]
    bad = seed_of("fail17", c.rng_seed) % len(parts) if failed else -1
    y = 66
    for k, p_ in enumerate(parts):
        ok = k != bad
        cut = rng.choice([20, 26, 30])
        sc = cut + rng.randint(2, 12) if ok else cut - rng.randint(2, 8)
        txt = (f"{p_}. Voor dit onderdeel heeft u op {d_nl(d - dt.timedelta(days=10 * k))} examen gedaan. U had "
               f"{sc} punten; nodig waren {cut} punten. "
               + ("U heeft dit onderdeel gehaald." if ok else "U heeft dit onderdeel niet gehaald."))
        y = P(sh, 20, y, W - 40, txt, font=f, size=10.5, leading=1.5) + 4
    P(sh, 20, y + 10, W - 40, "U heeft niet alle onderdelen gehaald; u kunt een nieuw examen aanvragen." if failed else
      "U heeft alle onderdelen gehaald. Uw diploma ontvangt u binnen 6 weken per post.", font=f, size=10.5,
      leading=1.45)
    return [sh]


_reg("duo-diploma-staand-oranje-naamband-nummerkader", "civic-integration", PART, "nl", duo_diploma_guilloche,
     "DUO diploma in portrait, name in white on a full-width orange band, number framed at the top right")
_reg("duo-ontheffing-brief-antwoordstrook-kniplijn", "civic-integration", PART, "nl", duo_ontheffing_berichtenbox,
     "DUO exemption decision letter with its tear-off reply slip still attached at the foot")
_reg("duo-uitslag-brief-alinea-per-examenonderdeel", "civic-integration", PART, "nl", duo_uitslag_bars,
     "results letter giving each exam part its own paragraph with points scored and needed")


# =========================================================================== other

def cover_letter_checkboxes(c: Case, rng: random.Random, *, enclosures: list[str] | None = None, **_) -> list[Sheet]:
    """A Dutch lawyer's cover letter sent by post and e-mail: the firm's name and address right-aligned at the top,
    the V-number in its own line under the subject, the enclosures as numbered productions in a ruled table with a
    column for the number of pages filled in by hand, closing 'Met vriendelijke groet'."""
    lw = c.lawyer or LAWYERS[0]
    sh = c.new_sheet()
    W = c.page_w
    f = "serif6"
    f = rng.choice(["sans2", "serif2"])
    T(sh, W - 22, 12, lw["firm"], font=f, size=12, bold=True, align="right")
    T(sh, W - 22, 18, f"{lw['street']}  |  {lw['pc']}  {lw['city']}", font=f, size=8, color=GREY, align="right")
    T(sh, 22, 32, "Per post en per e-mail", font=f, size=9.5, color=GREY)
    y = 38
    for ln in IND_ADDRESSES[rng.randrange(len(IND_ADDRESSES))].split("\n"):
        T(sh, 22, y, ln, font=f, size=10.5)
        y += 5
    T(sh, W - 22, 66, f"{lw['city']}, {d_nl(c.sub - dt.timedelta(days=rng.randint(0, 3)))}", font=f, size=10.5,
      align="right")
    T(sh, 22, 72, f"Ons kenmerk: {seed_of('ok17', c.rng_seed) % 9000 + 1000}/{c.sub.year % 100:02d}", font=f, size=9,
      color=GREY)
    yb = sh.paragraph(22, 78, W - 44, f"Onderwerp: aanvraag {PROC_NL[c.procedure]} – {c.p.surname.upper()}, "
                      f"{c.p.given_names}", font=f, size_pt=10.5, bold=True, leading=1.3)
    T(sh, 22, yb + 1, f"V-nummer: {c.vnr}", font=f, size=10.5, bold=True)
    y = yb + 9
    paras = ["Geachte heer/mevrouw,", f"Namens mijn cliënt(e), {c.p.given_names} {c.p.surname}, dien ik hierbij de "
             f"aanvraag {PROC_NL[c.procedure]} in. De producties 1 tot en met "
             f"{max(1, len(enclosures or []))} zijn bijgevoegd en hieronder opgesomd."]
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
        # the productions as a ruled table: number, description, number of pages (the last column filled in by
        # hand by the secretary after counting)
        y += 2
        ws = (16, W - 44 - 36, 20)
        for k, (t, w_) in enumerate(zip(("Prod.", "Omschrijving", "Blz."), ws)):
            x = 22 + sum(ws[:k])
            sh.rect(x, y, w_, 6.5, width_mm=0.2, fill=(230, 230, 230))
            T(sh, x + 1.5, y + 1.3, t, font=f, size=9, bold=True)
        for i_, e in enumerate(enclosures, 1):
            y += 6.5
            for k, w_ in enumerate(ws):
                sh.rect(22 + sum(ws[:k]), y, w_, 6.5, width_mm=0.2)
            T(sh, 23.5, y + 1.3, str(i_), font=f, size=9.5)
            T(sh, 23.5 + ws[0], y + 1.3, e[:70], font=f, size=9.5)
            sh.handwriting(24 + ws[0] + ws[1], y + 0.2, str(1 + (seed_of(e, c.rng_seed) % 3)), rng, size_pt=10,
                           color=BLUE_INK, font="hand1")
        y += 12
    y += 3
    T(sh, 22, y, "Met vriendelijke groet,", font=f, size=10.5)
    sh.signature(22, y + 4, 42, 13, rng, color=BLUE_INK)
    T(sh, 22, y + 19, c.lawyer_name or f"mr. {lw.get('last', '')}", font=f, size=10.5)
    T(sh, 22, y + 24, "advocaat", font=f, size=9, color=GREY)
    return [c.intr(sh)]


def _beschikking(sh: Sheet, c: Case, title: str, rows: list[tuple[str, str]]) -> float:
    """The IND's decision as the PDF attachment of the IND's e-mail, printed by the lawyer: the attachment's file name
    in the print header, a QR code with the case number ('Zaaknummer') at the top right, the IND's logo block at the
    top left, the address at the left and a column of data at the right (date, V-number, date of birth), then bold
    question headings each followed by a short paragraph and the legal remedy in a tinted box."""
    W, H = c.page_w, c.page_h
    T(sh, 10, 4.5, f"Bijlage bij e-mail van de IND – besluit_{seed_of('zk17', c.rng_seed) % 10 ** 8:08d}.pdf",
      font="sans", size=7, color=GREY)
    from .seventeenth_identity import _qr
    _qr(sh, W - 40, 15, 20, random.Random(seed_of("qr17", c.rng_seed)))
    T(sh, W - 30, 36.5, "Zaaknummer", font="sans4", size=6.5, align="center", color=GREY)
    T(sh, W - 30, 39.5, f"Z{seed_of('zk17', c.rng_seed) % 10 ** 8:08d}", font="sans4", size=7.5, align="center")
    sh.rect(20, 10, 10, 16, width_mm=0, fill=(20, 50, 100))
    T(sh, 33, 12, "IND", font="sans4", size=14, bold=True, color=(20, 50, 100))
    T(sh, 33, 18.5, "Immigratie- en Naturalisatiedienst", font="sans4", size=8, color=GREY)
    T(sh, 20, 40, f"{c.p.given_names} {c.p.surname}", font="sans4", size=10)
    if c.p.address:
        T(sh, 20, 45, f"{c.p.address.street} {c.p.address.number}", font="sans4", size=10)
        T(sh, 20, 50, f"{c.p.address.postcode}  {c.p.address.city.upper()}", font="sans4", size=10)
    for k, (a, b) in enumerate(rows):
        T(sh, 130, 40 + k * 8, a, font="sans4", size=7.5, bold=True, color=GREY)
        T(sh, 130, 43.5 + k * 8, b, font="sans4", size=9)
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
    """The MVV visa sticker copied alone, its validity dates ('VAN', 'TOT') highlighted in yellow by the lawyer and
    the office's red numbering stamp in the margin."""
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
    # the lawyer highlighted the validity dates before copying and struck the office's numbering stamp
    from .seventeenth_identity import highlight, index_flag
    highlight(sh, x0 + 55, y0 + 17 + 11 - 0.3, 28, 5, rng)
    highlight(sh, x0 + 55, y0 + 17 + 22 - 0.3, 28, 5, rng)
    index_flag(sh, rng, None, "nl")
    return [sh]


_reg("cover-letter-productietabel-bladzijden-hand", "other", PART, "nl", cover_letter_checkboxes,
     "Dutch lawyer's cover letter by post and e-mail, numbered productions in a table with page counts written in")
_reg("art64-decision-besluit-zaaknummer-qr-mailbijlage", "other", PART, "nl", art64_beschikking,
     "IND art. 64 decision printed from the e-mail attachment, QR code with the case number, bold question headings")
_reg("permit-letter-besluit-zaaknummer-qr-mailbijlage", "other", PART, "nl", permit_beschikking,
     "IND decision granting the permit printed from the e-mail attachment, QR code with the case number")
_reg("mvv-sticker-sur-fluo-geldigheid-stuknummer", "other", PART, "nl", mvv_enlarged,
     "MVV sticker copied alone, validity dates highlighted, office's numbering stamp")
