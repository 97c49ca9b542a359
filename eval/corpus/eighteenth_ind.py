"""IND families of the `eighteenth` part (registered in ind.FAMILIES).

Written after dev, heldout and the parts fresh to seventeenth had been read, by a writer who did not see the
validator: the IND applications in a 2027 PDF edition typed in on the computer, a navy band across every page with the
V-number in a white box, numbered questions with leader dots and the answers at the right in a blue typewriter face;
a greenhouse nursery's payslip (cao Glastuinbouw) on green pre-printed paper, the guarantee form typed into grey
fields with the back sheet showing through, a general hospital's employer's statement from its HR service centre; a
specialist's letter to the lawyer 'elektronisch geautoriseerd' (no signature), a community pharmacy's LSP medication
overview with the physician's signed statement; a day-treatment unit's statement with a weekly schedule grid, the
treatment agreement's extract with both parties' signatures, an outpatient clinic's letter with the portal's
activation code; a Dutch insurer's Dutch/English certificate as a signed letter scanned at the library, an incoming
insurer's policy confirmation with the wallet card to cut out, a Panamanian insurer's Spanish/English certificate on
Letter paper; DUO's diploma with a red-white-blue ribbon, an exemption letter with a grey decision box and a
'Vragen?' column, a results overview as coloured tiles; a Dutch lawyer's cover letter with the productions as a
ticked dash list, the IND's decisions downloaded from MijnIND, the MVV underlined in pencil with a taped tear.  Every
maker draws on ``c.new_sheet()`` and marks pages that print the V-number with ``c.intr``.
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

PART = "eighteenth"
DARK = (40, 55, 75)
SHADE = (232, 234, 236)


# =========================================================================== application forms: shaded answer cells

class _ShadeForm:
    """An IND application form in a 2027 edition printed from the IND's PDF and typed in on the computer: a dark blue
    band across the top of every page with 'IND' and the form's number in white and the V-number in a white box at
    the band's right; each section a numbered heading ('1  Uw gegevens'); each question numbered within its section
    ('1.3') at the left, a row of leader dots, and the answer at the right of the page in a blue typewriter-like face;
    long answers wrap in the right-hand column; the form's edition and 'pagina n van N' at the foot; the applicant's
    signature on a line at the end, the place and date written in by hand when the form was printed blank."""

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
        navy = (16, 40, 90)
        sh.rect(0, 0, W, 24, width_mm=0, fill=navy)
        T(sh, 16, 5, "IND", font=f, size=20, bold=True, color=(255, 255, 255))
        T(sh, 16, 14.5, "Immigratie- en Naturalisatiedienst  ·  " + self.code, font=f, size=7.5,
          color=(210, 220, 240))
        sh.rect(W - 74, 6, 60, 12, width_mm=0, fill=(255, 255, 255))
        T(sh, W - 72, 7.2, "V-nummer", font=f, size=6.5, color=GREY)
        T(sh, W - 72, 11.3, c.vnr, font="mono", size=10, bold=True)
        self.sheets.append(c.intr(sh))
        if len(self.sheets) == 1:
            sh.paragraph(16, 32, W - 32, self.title, font=f, size_pt=14, bold=True)
            self.y = 48.0
        else:
            self.y = 32.0
        self.sec_no = getattr(self, "sec_no", 0)

    @property
    def sh(self) -> Sheet:
        return self.sheets[-1]

    def section(self, t: str) -> None:
        if self.y > self.c.page_h - 50:
            self.page()
        self.sec_no = getattr(self, "sec_no", 0) + 1
        self.qn = 0
        self.y += 3
        T(self.sh, 16, self.y, f"{self.sec_no}", font=self.f, size=12, bold=True, color=(16, 40, 90))
        T(self.sh, 26, self.y, t, font=self.f, size=12, bold=True, color=(16, 40, 90))
        self.y += 9

    def _num(self) -> None:
        self.n += 1

    def q(self, question: str, answer: str) -> None:
        W = self.c.page_w
        f = self.f
        xa = W / 2 + 8
        qrows = self.sh.wrap(question, xa - 34, font=f, size_pt=9)
        arows = self.sh.wrap(answer or "-", W - 16 - xa, font="typewriter", size_pt=10)
        h = max(4.6 * len(qrows), 4.8 * len(arows)) + 2.2
        if self.y + h > self.c.page_h - 22:
            self.page()
        self._num()
        self.qn = getattr(self, "qn", 0) + 1
        T(self.sh, 16, self.y, f"{self.sec_no}.{self.qn}", font=f, size=8.5, color=GREY)
        for k, r in enumerate(qrows):
            T(self.sh, 26, self.y + k * 4.6, r, font=f, size=9)
        lx = 26 + min(xa - 34, self.sh.text_width(qrows[-1], font=f, size_pt=9)) + 1.5
        ly = self.y + 4.6 * (len(qrows) - 1)
        n_dots = max(0, int((xa - 2 - lx) / max(0.3, self.sh.text_width(".", font=f, size_pt=8))))
        if n_dots:
            T(self.sh, lx, ly, "." * n_dots, font=f, size=8, color=(150, 150, 150))
        for k, r in enumerate(arows):
            if getattr(self, "_byhand", False):
                self.sh.handwriting(xa + 1, ly - 1.2 + k * 4.8, hand_safe(r), self.rng, size_pt=11, color=self.ink,
                                    font="hand1")
            else:
                T(self.sh, xa, ly + k * 4.8, r, font="typewriter", size=10, color=(20, 45, 130))
        self.y += h + 1.2

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
          "beantwoord. Onderteken dit formulier en stuur het met de bewijsstukken naar de IND.", font=self.f,
          size=9.5)
        self.y += 12
        self._byhand = self.hand   # place and date left open online and written in by hand when signing
        self.q("Plaats", c.p.address.city if c.p.address else "Den Haag")
        self.q("Datum", c.dfmt(c.sub - dt.timedelta(days=self.rng.randint(1, 6))))
        self._byhand = False
        if self.y + 30 > c.page_h - 22:
            self.page()
        self._num()
        T(self.sh, 16, self.y, "Handtekening aanvrager", font=self.f, size=9)
        self.sh.signature(60 + self.rng.uniform(0, 14), self.y - 6, 48, 16, self.rng, color=self.ink)
        self.sh.rule(58, self.y + 10, 140, self.y + 10, width_mm=0.2, color=(60, 60, 60))
        self.y += 16

    def finish(self) -> list[Sheet]:
        n = len(self.sheets)
        for i, sh in enumerate(self.sheets, 1):
            T(sh, 16, self.c.page_h - 9, f"{self.code} · versie 2027-01", font="sans", size=7, color=GREY)
            T(sh, self.c.page_w - 16, self.c.page_h - 9, f"pagina {i} van {n}", font="sans", size=7, align="right",
              color=GREY)
        return self.sheets


def form_med_shaded(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _ShadeForm(c, rng, "Aanvraag verblijfsvergunning – medische behandeling", "Formulier aanvraag medische behandeling")
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
    f = _ShadeForm(c, rng, "Aanvraag verblijfsvergunning regulier voor voortgezet verblijf", "Formulier voortgezet verblijf (7027)")
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
    f = _ShadeForm(c, rng, "Aanvraag verlenging verblijfsvergunning regulier bepaalde tijd", "Formulier verlenging regulier bepaalde tijd")
    f.person()
    f.section("Uw verblijfsvergunning")
    f.q("Verblijfsdoel", GENERIC_PURPOSES[seed_of("purpose", c.rng_seed) % len(GENERIC_PURPOSES)])
    f.q("Geldig tot", c.dfmt(c.sub + dt.timedelta(days=rng.randint(20, 80))))
    f.sign()
    return f.finish()


_reg("ind-form-med-2027-blauwe-band-v-nummer-vak-puntlijnen", "application", PART, "nl", form_med_shaded,
     "medical treatment application, 2027 PDF edition: navy band with the V-number box, numbered questions with leader dots, answers at the right")
_reg("ind-form-7027-2027-blauwe-band-v-nummer-vak-puntlijnen", "application", PART, "nl", form_7027_shaded,
     "form 7027, 2027 PDF edition: navy band with the V-number box, numbered questions with leader dots, answers at the right")
_reg("ind-form-generic-2027-blauwe-band-v-nummer-vak-puntlijnen", "application", PART, "nl", form_generic_shaded,
     "extension application, 2027 PDF edition: navy band with the V-number box, numbered questions with leader dots, answers at the right")


# =========================================================================== income

def payslip_gemeente(c: Case, rng: random.Random, month: int = 11, **_) -> list[Sheet]:
    """A greenhouse nursery's monthly payslip under the horticulture collective agreement (cao Glastuinbouw), printed
    by its payroll software on green-tinted pre-printed paper: the nursery's name at the top left, 'Salarisspecificatie
    <month> 2026' at the right, the employee's block at the right, then two tables side by side: payments (salary,
    overtime at 125 %, holiday pay reserved, travel) and deductions (payroll tax, the sector's pension fund premium,
    the work clothes), the net pay framed; the cumulative figures in small type."""
    e, w = _emp(c, rng), earner(c)
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    sh = c.new_sheet()
    W = c.page_w
    f = rng.choice(["sans6", "sans3"])
    sh.rect(0, 0, W, c.page_h, width_mm=0, fill=(241, 248, 238))
    city = rng.choice(["Naaldwijk", "Honselersdijk", "Bleiswijk", "Venlo", "Berkel en Rodenrijs", "Emmeloord"])
    chain = rng.choice(["Kwekerij Van der Lans B.V.", "Tomatenkwekerij De Groene Kas B.V.",
                        "Orchideeënkwekerij Westland V.O.F."])
    T(sh, 18, 14, chain, font=f, size=13, bold=True, color=(40, 100, 40))
    T(sh, 18, 20, f"{city} · glastuinbouw", font=f, size=9, color=GREY)
    mname = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
             "november", "december"][month - 1]
    T(sh, W - 18, 14, f"Salarisspecificatie {mname} 2026", font=f, size=10, bold=True, align="right")
    T(sh, W - 18, 20, "cao Glastuinbouw", font=f, size=8.5, align="right", color=GREY)
    y = 30
    for a_, b_ in (("Naam", f"{w.given_names} {w.surname}"), ("Personeelsnr.", e["pnr"]),
                   ("Functie", rng.choice(["teeltmedewerker", "oogstmedewerker", "medewerker verwerking",
                                           "heftruckchauffeur"])),
                   ("Loonheffingennr.", e["lhn"]), ("IBAN", e["iban"])):
        T(sh, W - 95, y, a_, font=f, size=8.5, color=GREY)
        T(sh, W - 65, y, b_, font=f, size=9.5)
        y += 5
    y += 8
    base = k["bruto"]
    uur = round(base / 152, 2)
    zon = rng.randint(4, 16)
    pay = [("Salaris", eur(base, False)), (f"Overwerk 125 % ({zon} u)", "(in salaris)"),
           ("Reservering vakantiegeld 8%", "(gereserveerd)"),
           ("Reiskostenvergoeding", eur(k["reis"], False))]
    ded = [("Loonheffing", eur(k["lh"], False)), ("Pensioenpremie PFZW-glas", eur(k["pens"], False)),
           ("Werkkleding", eur(round(base * 0.004, 2), False))]
    cw = (W - 36 - 6) / 2
    for j, (head, rows) in enumerate((("Betalingen", pay), ("Inhoudingen", ded))):
        x = 18 + j * (cw + 6)
        sh.rect(x, y, cw, 7, width_mm=0, fill=(214, 232, 206))
        T(sh, x + 2, y + 1.5, head, font=f, size=9.5, bold=True)
        yy = y + 9
        for a_, b_ in rows:
            T(sh, x + 2, yy, a_, font=f, size=8.8)
            T(sh, x + cw - 2, yy, b_, font=f, size=8.8, align="right")
            yy += 6
        sh.rect(x, y, cw, 9 + 6 * 4 + 2, width_mm=0.2, color=(120, 120, 120))
    y += 9 + 6 * 4 + 8
    sh.rect(W - 80, y, 62, 12, width_mm=0.6, color=(40, 100, 40))
    T(sh, W - 78, y + 3, "Netto uitbetaald", font=f, size=10, bold=True)
    T(sh, W - 20, y + 3, eur(k["net"]), font=f, size=10.5, bold=True, align="right")
    T(sh, 18, y + 22, f"Cumulatief t/m {mname}: loon voor de loonheffing {eur(base * month, False)} · "
      f"uurloon {f'{uur:.2f}'.replace('.', ',')}", font=f, size=7.5, color=GREY)
    return [sh]


def guarantor_partner_cosigned(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The guarantee form ('garantverklaring') filled in by the guarantor's daughter on the computer and printed: each
    answer in Courier in a light-grey field after its caption, the amounts with the euro sign; the guarantor signed
    in black felt-tip, wrote the date by hand and put a thumb-sized initial in the 'Paraaf' box at the foot; the
    page copied with a second sheet's shadow showing through from the back (the copy of the guarantor's passport)."""
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
        sh.rect(80, y - 1.2, W - 98, 6.4, width_mm=0, fill=(232, 232, 232))
        T(sh, 81.5, y, b, font="mono", size=10)
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
    sh.signature(26, y + 17, 46, 15, rng, color=BLACK_INK)
    T(sh, 18, y + 46, "Bijlage: kopie loonstrook en identiteitsbewijs garantsteller", font=f, size=8.5, color=GREY)
    # the back sheet's copy showing through faintly (mirror of a passport page's frame)
    sh.rect(W - 115, c.page_h - 120, 88, 62, width_mm=0.8, color=(236, 236, 236))
    sh.rect(W - 112, c.page_h - 116, 24, 30, width_mm=0, fill=(240, 240, 240))
    sh.rect(W - 48, c.page_h - 34, 30, 14, width_mm=0.2, color=(120, 120, 120))
    T(sh, W - 47, c.page_h - 33.5, "Paraaf", font=f, size=7, color=GREY)
    sh.handwriting(W - 42, c.page_h - 30, f"{g.given_names[0]}{g.surname[0]}", rng, size_pt=13, color=BLACK_INK,
                   font="hand1")
    return [sh]


def werkgeversverklaring(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A general hospital's employer's statement from its HR service centre (the employee works there as a cleaner or
    a ward assistant), typed on the hospital's letterhead with the logo block at the left and the registration
    numbers in the footer: the numbered rows of the standard model copied into a letter, signed in black by the HR
    adviser and stamped 'P&O'."""
    e, w = _emp(c, rng), earner(c)
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    sh = c.new_sheet()
    W = c.page_w
    f = "sans2"
    agency = rng.choice(["Stichting Ziekenhuis Rivierenland", "Stichting Zaans Gasthuis", "Stichting IJsselzorg Ziekenhuis"])
    sh.rect(18, 8, 14, 14, width_mm=0, fill=(0, 110, 140))
    T(sh, 25, 11, agency[0], font=f, size=16, bold=True, color=(255, 255, 255), align="center")
    T(sh, 36, 10, agency, font=f, size=12, bold=True, color=(60, 60, 60))
    T(sh, 36, 16, "Shared Service Center P&O · Salarisadministratie", font=f, size=8, color=GREY)
    T(sh, 18, 30, "Werkgeversverklaring", font=f, size=14, bold=True)
    T(sh, 18, 37, "Betreft: inkomen van onze werknemer", font=f, size=9.5, color=GREY)
    since = c.sub - dt.timedelta(days=rng.randint(400, 3000))
    rows = [("1", "Naam werkgever", e["name"]), ("2", "Vestigingsplaats", e.get("city", "Rotterdam")),
            ("3", "Naam werknemer", f"{w.given_names} {w.surname}"),
            ("4", "Geboortedatum werknemer", d_nl(w.birth_date, "dashes_zero")),
            ("5", "In dienst sinds", d_nl(since, "dashes_zero")),
            ("6", "Soort contract (cao Ziekenhuizen)", rng.choice(["bepaalde tijd, 12 maanden", "onbepaalde tijd"])),
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
    T(sh, 18, y + 8, "Naam en functie ondertekenaar: " + rng.choice(["M. Bos, HR-adviseur",
                                                                      "S. Yilmaz, salarisadministratie",
                                                                      "R. de Wit, manager P&O"]), font=f, size=10)
    sh.signature(22, y + 14, 44, 14, rng, color=BLACK_INK)
    sh.stamp(80, y + 12, [agency.upper()[:26], "P&O"], rng, shape="rect", size_mm=30, color=(40, 60, 140))
    T(sh, W / 2, c.page_h - 20, f"KvK {rng.randint(10**7, 10**8 - 1)} · AGB-code 06{rng.randint(10**5, 10**6 - 1)} · "
      f"NIAZ/Qmentum geaccrediteerd", font=f, size=7.5, color=GREY, align="center")
    return [sh]


_reg("payslip-glastuinbouw-kwekerij-groen-voorbedrukt-overwerk", "income-proof", PART, "nl", payslip_gemeente,
     "a greenhouse nursery's monthly payslip (cao Glastuinbouw) on green pre-printed paper, overtime 125 %, net framed")
_reg("guarantor-garantverklaring-pc-grijze-velden-courier-doorschijnend", "income-proof", PART, "nl", guarantor_partner_cosigned,
     "guarantee form typed on the computer into grey fields, signed in felt-tip, the back sheet showing through")
_reg("werkgeversverklaring-ziekenhuis-ssc-po-stempel", "income-proof", PART, "nl", werkgeversverklaring,
     "a general hospital's employer's statement from its HR service centre, numbered rows, signed and stamped 'P&O'")


# =========================================================================== medical statements

def medstat_question_form(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A treating specialist's letter to the lawyer after an outpatient visit: the hospital's name and the department
    right-aligned at the top with a thin coloured rule, 'Geachte mr. ...' as salutation, the findings told in three
    paragraphs, and the conclusion in a bold paragraph headed 'Conclusie' at the end; the specialist's name with the
    BIG number under the name, no signature but the line that the letter was authorised electronically, 'c.c.
    huisarts' at the foot."""
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
    T(sh, 18, c.page_h - 28, "Dit document is elektronisch geautoriseerd en daarom niet ondertekend.", font=f, size=8,
      color=GREY)
    T(sh, 18, y + 20, f"{g} {s_}, {m['doc_title']}", font=f, size=10)
    T(sh, 18, y + 25, f"BIG-registratie {seed_of('big17', c.rng_seed) % 10 ** 11:011d}", font=f, size=8.5, color=GREY)
    T(sh, 18, c.page_h - 22, "c.c. huisarts", font=f, size=8.5, color=GREY)
    return [sh]


def medstat_hiv_nurse(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A community pharmacy's medication overview ('Actueel medicatieoverzicht', drawn from the national exchange
    point LSP), printed for the patient, with the treating physician's statement typed under the table and signed:
    the pharmacy's header with its AGB code, the patient's line, a ruled table (medicine, dose, start date,
    prescriber) in a mono face, then the statement, signature and the stamp."""
    m = c.med
    g, s_, _ = make_professional(random.Random(seed_of("gp17", c.rng_seed)), "NL")
    sh = c.new_sheet()
    W = c.page_w
    f = "sans3"
    city = (c.p.address.city if c.p.address else "Utrecht")
    prak = rng.choice(["Apotheek De Linde", "Service Apotheek Oosterpoort", "BENU Apotheek Centrum", "Apotheek Het Anker"])
    T(sh, 18, 12, prak, font=f, size=12, bold=True)
    T(sh, 18, 18, f"{city} · AGB 06{seed_of('agb18', c.rng_seed) % 10 ** 6:06d} · bron: LSP", font=f, size=9, color=GREY)
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


_reg("medstat-specialist-brief-advocaat-conclusie-elektronisch-geautoriseerd", "medical-statement", PART, "nl", medstat_question_form,
     "specialist's letter to the lawyer after an outpatient visit, bold conclusion, 'elektronisch geautoriseerd' line, BIG number, c.c. GP")
_reg("medstat-openbare-apotheek-lsp-medicatieoverzicht-arts-verklaring", "medical-statement", PART, "nl",
     medstat_hiv_nurse, "hospital pharmacy's current medication overview with the treating physician's signed statement")


# =========================================================================== care institutions

def care_timeline(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A day-treatment unit's statement ('Verklaring over de behandeling'): a square logo with the initial at the top
    right, the
    data as a boxed two-column table (patient, treatment, start, expected end, yearly cost), the patient's weekly
    treatment schedule as a small grid of weekdays with the sessions shaded, one sentence that the centre can and
    will give the treatment, signed by the care coordinator and the physician side by side."""
    h, m = c.hospital, c.med
    start, end = _care_dates(c)
    sh = c.new_sheet()
    W = c.page_w
    f = "sans6"
    col = h.get("color", (0, 95, 140))
    sh.rect(W - 36, 8, 18, 18, width_mm=0, fill=col)
    T(sh, W - 27, 12, h["name"][:1], font=f, size=20, bold=True, color=(255, 255, 255), align="center")
    T(sh, 18, 12, h["name"], font=f, size=12.5, bold=True)
    T(sh, 18, 19, f"Dagbehandeling {m['spec']} · {h.get('city', '')}", font=f, size=9.5, color=GREY)
    T(sh, 18, 36, "Verklaring over de behandeling", font=f, size=14, bold=True, color=col)
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
    T(sh, 20, 32, "BEHANDELOVEREENKOMST (UITTREKSEL, ART. 1–4)", font=f, size=12, bold=True)
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
    # the agreement's signature block reproduced: the institution at the left, the patient at the right, each
    # signed; 'voor eensluidend uittreksel' initialled under it
    T(sh, 20, y + 2, "Aldus overeengekomen en getekend:", font=f, size=10)
    T(sh, 20, y + 9, "Namens de instelling", font=f, size=9, color=GREY)
    T(sh, 112, y + 9, "De patiënt", font=f, size=9, color=GREY)
    sh.signature(20, y + 13, 40, 13, rng, color=BLUE_INK)
    sh.signature(112, y + 13, 40, 13, rng, color=BLACK_INK)
    T(sh, 20, y + 28, f"{g} {s_}, medisch directeur", font=f, size=10)
    T(sh, 112, y + 28, f"{c.p.given_names} {c.p.surname}", font=f, size=10)
    sh.text(20, y + 38, "Voor eensluidend uittreksel:", font=f, size_pt=9, italic=True)
    sh.handwriting(68, y + 36.5, f"{g[:1]}{s_[:1]}", rng, size_pt=11, color=BLUE_INK, font="hand1")
    return [sh]


def care_sidebar_letter(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An outpatient clinic's letter to the patient with the treatment plan as four numbered steps in coloured squares
    and the patient portal's activation code in a framed box for the appointments, then the statement that the clinic can and will give
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
    # the patient portal's activation code in a dashed box at the right instead of a QR code
    sh.rect(W - 62, 58, 44, 26, width_mm=0.3, color=col)
    T(sh, W - 59, 60, "Uw afspraken in MijnZiekenhuis", font=f, size=6.8, color=GREY)
    T(sh, W - 59, 66, "Activatiecode", font=f, size=7.5, bold=True)
    T(sh, W - 59, 71, f"{seed_of('act18', c.rng_seed) % 10 ** 4:04d}-{seed_of('act18b', c.rng_seed) % 10 ** 4:04d}",
      font="mono", size=11, bold=True)
    T(sh, W - 59, 78, "Inloggen met DigiD", font=f, size=6.8, color=GREY)
    y = P(sh, 18, 98, W - 36, f"Hierbij bevestigen wij dat u bij onze polikliniek wordt behandeld met {m['tx']}. Wij "
          f"kunnen en zullen deze behandeling geven van {d_nl(start)} tot {d_nl(end)}. De kosten bedragen ongeveer "
          f"{eur(m['cost'])} per jaar.", font=f, size=10.5, leading=1.5) + 8
    T(sh, 18, y, "Namens de polikliniek,", font=f, size=10.5)
    sh.signature(18, y + 5, 40, 13, rng, color=BLUE_INK)
    g, s_, _ = make_professional(random.Random(seed_of("care17d", c.rng_seed)), "NL")
    T(sh, 18, y + 20, f"{g} {s_}, {m['doc_title']}", font=f, size=10)
    return [sh]


_reg("care-dagbehandeling-verklaring-vierkant-logo-weekrooster", "care-institution-statement", PART, "nl", care_timeline,
     "day-treatment unit's statement, square logo, boxed data table and a weekly schedule grid, signed by coordinator and physician")
_reg("care-instelling-behandelovereenkomst-art-1-4-titel-hoofdletters", "care-institution-statement", PART, "nl", care_watermark_letter,
     "treatment agreement's extract (art. 1-4) with both parties' signatures reproduced, initialled as a true extract")
_reg("care-polikliniek-brief-behandelplan-stappen-activatiecode-portaal", "care-institution-statement", PART, "nl", care_sidebar_letter,
     "outpatient clinic's letter with the treatment plan in numbered steps and the patient portal's activation code framed")


# =========================================================================== health insurance

def polisblad_verzekeringsverklaring(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A Dutch insurer's certificate of insurance in Dutch and English ('Verzekeringsattest / Certificate of
    insurance'), sent on request as a signed letter: the insurer's name, the address block, the relation and policy
    numbers at the right, a table of the insured persons, the excess and the premium, the statement in both languages
    that they are insured under the Health Insurance Act, signed by hand by the customer-service manager; the client
    scanned it at the public library's copier and e-mailed it (the scanner's line at the foot)."""
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
    T(sh, 18, 62, f"Verzekeringsattest / Certificate of insurance {c.sub.year}", font=f, size=13.5, bold=True,
      color=col)
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
    # signed by hand by the customer-service manager (the insurer sends it on request as a signed letter, which
    # the client scanned at the library and e-mailed to the lawyer: the scanner's e-mail footer line)
    T(sh, 18, y + 4, "Met vriendelijke groet / Kind regards,", font=f, size=10)
    sh.signature(20, y + 9, 44, 14, rng, color=BLUE_INK)
    gg, ss, _ = make_professional(random.Random(seed_of("pol18", c.rng_seed)), "NL")
    T(sh, 18, y + 25, f"{gg} {ss}", font=f, size=10)
    T(sh, 18, y + 30, "Manager Klantenservice / Customer Service Manager", font=f, size=9, color=GREY)
    T(sh, W / 2, c.page_h - 16, f"{ins['name']} · Postbus {rng.randint(100, 9999)} · KvK {rng.randint(10**7, 10**8 - 1)}",
      font="sans", size=7, color=GREY, align="center")
    T(sh, 10, c.page_h - 7, f"Scan to e-mail · {d_nl(c.sub - dt.timedelta(days=rng.randint(3, 20)), 'dashes_zero')} "
      f"· OBA-MFP-0{rng.randint(1, 9)}", font="mono", size=6.5, color=GREY)
    return [sh]


def incoming_premium_table(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An incoming insurer's policy confirmation ('Polisbevestiging'): the insured's data and the term, the policy
    number framed at the right, the cover as a 'Dekking / Vergoeding' table, the statement that existing conditions
    and medication are covered during the term, signed by hand by the director with the name typed under it, and the
    wallet card printed at the foot inside a dashed cut line ('Knip uit en bewaar bij uw paspoort')."""
    name = _incoming_name(c)
    start = c.sub - dt.timedelta(days=rng.randint(30, 200))
    end = add_years(start, 1)
    sh = c.new_sheet()
    W = c.page_w
    f = "sans2"
    T(sh, 18, 14, name, font=f, size=13, bold=True, color=(20, 110, 90))
    T(sh, 18, 32, "Polisbevestiging", font=f, size=14, bold=True)
    # the wallet card at the foot, inside a dashed cut line
    cy = c.page_h - 62
    sh.rect(18, cy, 86, 42, width_mm=0.25, color=(120, 120, 120))
    T(sh, 20, cy - 4.5, "✂ - - Knip uit en bewaar bij uw paspoort - -", font="sans3", size=7.5, color=GREY)
    sh.rect(18, cy, 86, 8, width_mm=0, fill=(20, 110, 90))
    T(sh, 21, cy + 1.8, name[:34], font=f, size=8, bold=True, color=(255, 255, 255))
    T(sh, 21, cy + 12, f"{c.p.given_names} {c.p.surname}"[:36], font=f, size=9, bold=True)
    T(sh, 21, cy + 18, f"Polis {_policy_no(c, 'INC-')}", font=f, size=8.5)
    T(sh, 21, cy + 24, f"Geldig {d_nl(start, 'dashes_zero')} t/m {d_nl(end, 'dashes_zero')}", font=f, size=8.5)
    T(sh, 21, cy + 32, "Alarmcentrale 24/7: +31 88 000 00 00", font=f, size=7.5, color=GREY)
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
    """A Panamanian insurer's certificate of international health cover ('Certificación de cobertura') on Letter paper
    under a navy band, Spanish with the English under each caption, the company's RUC number and its supervisor
    (Superintendencia de Seguros y Reaseguros de Panamá) under the name, the data in a ruled table, the cover
    worldwide including the Netherlands, signed by hand by the underwriting manager with the company's round stamp."""
    ins = c.insurer_intl or {}
    name = ins.get("name") or "Aseguradora Internacional"
    sh = c.new_sheet()
    W = c.page_w
    f = "serif"
    col = ins.get("color", (160, 30, 30))
    T(sh, W / 2, 14, name, font=f, size=13, bold=True, color=col, align="center")
    T(sh, W / 2, 20, ins.get("addr", ""), font=f, size=8, color=GREY, align="center")
    cr = "Panamá" in ins.get("addr", "")
    city = "Ciudad de Panamá" if cr else (ins.get("addr", "").split(",")[-2].strip().split(" ")[0] if "," in ins.get("addr", "") else "")
    sh.rect(0, 0, W, 8, width_mm=0, fill=col)
    if cr:
        T(sh, W / 2, 24.5, f"RUC {rng.randint(1000000, 9999999)}-1-{rng.randint(100000, 999999)} DV {rng.randint(10, 99)} · "
          f"Supervisada por la Superintendencia de Seguros y Reaseguros de Panamá",
          font=f, size=8, color=GREY, align="center")
    T(sh, W / 2, 38, "CERTIFICACIÓN DE COBERTURA", font=f, size=13, bold=True, align="center")
    T(sh, W / 2, 44, "Certificate of coverage", font=f, size=10.5, align="center", color=GREY)
    y = 54
    for cap, val in (("Asegurado / Insured", f"{c.p.given_names} {c.p.surname}"),
                     ("Fecha de nacimiento / Date of birth", d_en(c.p.birth_date)),
                     ("Póliza N° / Policy no.", _policy_no(c, "PA-")),
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
    T(sh, 20, y + 38, f"{rng.choice(['Itzel', 'Yariela', 'Rubén Darío', 'Aquilino'])} "
      f"{rng.choice(['Arosemena', 'De León', 'Batista', 'Castillero'])}", font=f, size=10)
    sh.stamp(100, y + 16, [name.upper()[:26], ("PANAMÁ" if cr else city.upper())[:24]], rng, size_mm=28,
             color=col)
    T(sh, 20, y + 43, "Gerente de Suscripción / Underwriting Manager", font=f, size=9.5)
    return [sh]


_reg("incoming-polisbevestiging-expat-kaart-uitknippen-onderaan", "health-insurance", PART, "nl", incoming_premium_table,
     "incoming insurer's policy confirmation, policy number framed, cover table, signed, the wallet card to cut out at the foot")
_reg("intl-certificacion-panama-carta-banda-azul", "health-insurance", PART, "es/en", intl_peru_carta,
     "Panamanian insurer's Spanish/English certificate of coverage on Letter paper, navy band, wet signature and stamp")
# the Dutch insurer's certificate registered last: the pool of insurance families keeps this order
_reg("polisblad-verzekeringsattest-nl-en-brief-handtekening-gescand", "health-insurance", PART, "nl/en", polisblad_verzekeringsverklaring,
     "Dutch insurer's Dutch/English insurance statement letter signed by the customer-service manager, scanned to e-mail")


# =========================================================================== civic integration

def duo_diploma_guilloche(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """DUO's civic-integration diploma in portrait: a narrow red-white-blue ribbon printed down the left edge, DUO's
    name at the top right, the diploma number at the bottom right under a small barcode, the title centred in
    capitals, the holder's name in a thin double frame, the birth date and place and the sentence centred under it,
    the place and date at the bottom left and the minister's signature in the middle."""
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    d = _inb_date(c, rng)
    f = "sans2"
    blue = (21, 66, 139)
    orange = (230, 120, 20)
    for k_, col_ in enumerate(((174, 28, 40), (255, 255, 255), (33, 70, 139))):
        sh.rect(6 + k_ * 4, 0, 4, H, width_mm=0, fill=col_)
    T(sh, W - 22, 22, "Dienst Uitvoering Onderwijs", font=f, size=10, color=blue, align="right")
    T(sh, W - 22, 27, "namens de minister van Sociale Zaken en Werkgelegenheid", font=f, size=8, color=GREY,
      align="right")
    T(sh, W / 2 + 6, 62, "DIPLOMA INBURGERING", font=f, size=24, bold=True, color=blue, align="center")
    sh.rect(40, 75, W - 68, 18, width_mm=0.5, color=orange)
    sh.rect(41.5, 76.5, W - 71, 15, width_mm=0.2, color=orange)
    T(sh, W / 2 + 6, 79.5, f"{c.p.given_names.upper()} {c.p.surname.upper()}", font=f, size=15, bold=True,
      color=blue, align="center")
    dn = f"{seed_of('dip18', c.rng_seed) % 10 ** 9:09d}"
    from .be9ter import barcode as _bc
    _bc(sh, W - 70, H - 32, 46, 8, dn)
    T(sh, W - 24, H - 22, f"Diplomanummer {dn}", font="mono", size=9, align="right")
    T(sh, W / 2, 102, f"geboren op {d_nl(c.p.birth_date)} te {c.p.birth_place}", font=f, size=11.5, align="center")
    P(sh, 40, 116, W - 68, "heeft alle onderdelen van het inburgeringsexamen gehaald en daarmee voldaan aan de "
      "inburgeringsplicht, zoals bedoeld in de Wet inburgering.", font=f, size=11.5, leading=1.5, align="center")
    T(sh, 28, H - 45, f"Groningen, {d_nl(d)}", font=f, size=10.5)
    sh.signature(W / 2 - 18, H - 78, 44, 14, rng, color=BLACK_INK)
    T(sh, W / 2 + 4, H - 61, "de minister van Sociale Zaken en Werkgelegenheid", font=f, size=8.5, color=GREY,
      align="center")
    return [sh]


def duo_ontheffing_berichtenbox(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """DUO's exemption decision as a window-envelope letter whose decision sentence stands in a grey box headed
    'Ons besluit', with a narrow 'Vragen?' column at the right (phone hours, website, the case number again); the
    objection period in a sentence at the end."""
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
    T(sh, 22, 82, "Onderwerp: uw verzoek om ontheffing", font=f, size=11, bold=True)
    y = P(sh, 22, 92, W - 82, "U heeft ons gevraagd om ontheffing van de inburgeringsplicht. Wij hebben een medisch "
          "advies laten opstellen. Daaruit blijkt dat u door een medische beperking blijvend niet in staat bent het "
          "inburgeringsexamen te halen.", font=f, size=10.5, leading=1.5) + 5
    sh.rect(22, y, W - 82, 24, width_mm=0, fill=(235, 235, 235))
    T(sh, 25, y + 2.5, "Ons besluit", font=f, size=10.5, bold=True)
    P(sh, 25, y + 8.5, W - 88, "U krijgt ontheffing van de inburgeringsplicht. U hoeft niet meer in te burgeren.",
      font=f, size=10.5, leading=1.45)
    y += 30
    y = P(sh, 22, y, W - 82, "Bent u het niet eens met dit besluit? Dan kunt u binnen 6 weken bezwaar maken.", font=f,
          size=10, leading=1.5) + 8
    T(sh, 22, y, "Met vriendelijke groet, namens de minister,", font=f, size=10)
    sh.signature(22, y + 4, 38, 12, rng, color=BLACK_INK)
    T(sh, 22, y + 18, "Dienst Uitvoering Onderwijs", font=f, size=10)
    H = c.page_h
    sh.rect(W - 52, 80, 36, 64, width_mm=0, fill=(236, 241, 248))
    for k, ln in enumerate(["Vragen?", "Bel DUO:", "050 599 96 00", "ma t/m vr", "9.00 – 17.00 uur", "",
                            "duo.nl/inburgeren", "", "Vermeld altijd", "het kenmerk"]):
        T(sh, W - 49, 83 + k * 5.5, ln, font=f, size=8, bold=k == 0, color=(21, 66, 139) if k == 0 else GREY)
    return [sh]


def duo_uitslag_bars(c: Case, rng: random.Random, *, failed: bool = False, **_) -> list[Sheet]:
    """A results overview of the civic-integration exams as DUO's portal prints it: each exam part a tile with a
    coloured top edge (green when passed, red when not), the part's name, the exam date, the score against the
    minimum, and the word 'Gehaald' or 'Niet gehaald' in the tile's corner; two tiles a row."""
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
    tw = (W - 46) / 2
    for k, p_ in enumerate(parts):
        ok = k != bad
        cut = rng.choice([20, 26, 30])
        sc = cut + rng.randint(2, 12) if ok else cut - rng.randint(2, 8)
        x = 20 + (k % 2) * (tw + 6)
        yy = y + (k // 2) * 36
        sh.rect(x, yy, tw, 32, width_mm=0.2, color=(190, 190, 190))
        sh.rect(x, yy, tw, 2.5, width_mm=0, fill=(40, 140, 60) if ok else (190, 40, 40))
        for j, ln in enumerate(sh.wrap(p_, tw - 30, font=f, size_pt=10.5, bold=True)[:2]):
            T(sh, x + 3, yy + 5 + j * 4.6, ln, font=f, size=10.5, bold=True)
        T(sh, x + tw - 3, yy + 5, "Gehaald" if ok else "Niet gehaald", font=f, size=8.5, bold=True, align="right",
          color=(40, 140, 60) if ok else (190, 40, 40))
        T(sh, x + 3, yy + 16, f"Examendatum {d_nl(d - dt.timedelta(days=10 * k), 'dashes_zero')}", font=f, size=8.5,
          color=GREY)
        T(sh, x + 3, yy + 22, f"Score {sc} · minimaal {cut}", font=f, size=9.5)
    y += 36 * 3
    P(sh, 20, y + 10, W - 40, "U heeft niet alle onderdelen gehaald; u kunt een nieuw examen aanvragen." if failed else
      "U heeft alle onderdelen gehaald. Uw diploma ontvangt u binnen 6 weken per post.", font=f, size=10.5,
      leading=1.45)
    return [sh]


_reg("duo-diploma-driekleur-lint-links-naam-dubbel-kader-barcode", "civic-integration", PART, "nl", duo_diploma_guilloche,
     "DUO diploma in portrait, red-white-blue ribbon down the left edge, name in a double frame, number under a barcode")
_reg("duo-ontheffing-brief-grijs-besluitvak-vragenkolom", "civic-integration", PART, "nl", duo_ontheffing_berichtenbox,
     "DUO exemption decision letter, the decision in a grey 'Ons besluit' box, a 'Vragen?' column at the right")
_reg("duo-uitslag-tegels-gekleurde-rand-gehaald-hoek", "civic-integration", PART, "nl", duo_uitslag_bars,
     "results overview as tiles, green or red top edge, score against the minimum, 'Gehaald / Niet gehaald' in the corner")


# =========================================================================== other

def cover_letter_checkboxes(c: Case, rng: random.Random, *, enclosures: list[str] | None = None, **_) -> list[Sheet]:
    """A Dutch lawyer's cover letter sent by post and e-mail (the productions listed with dashes under 'Bijlagen:',
    each ticked in pen by the secretary, 'c.c.: cliënt(e)' and the bar's registration line at the foot); earlier:
    the firm's name and address right-aligned at the top,
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
        # the productions as a dash list indented under 'Bijlagen:', each with its number; the secretary ticked each
        # line in pen after putting the production in the envelope
        T(sh, 22, y, "Bijlagen:", font=f, size=10.5, bold=True)
        y += 6
        for i_, e in enumerate(enclosures, 1):
            T(sh, 28, y, f"– productie {i_}: {e[:70]}", font=f, size=10)
            sh.handwriting(W - 30, y - 1.2, "v", rng, size_pt=11, color=BLUE_INK, font="hand1")
            y += 5.4
        y += 6
    y += 3
    T(sh, 22, y, "Met vriendelijke groet,", font=f, size=10.5)
    sh.signature(22, y + 4, 42, 13, rng, color=BLUE_INK)
    T(sh, 22, y + 19, c.lawyer_name or f"mr. {lw.get('last', '')}", font=f, size=10.5)
    T(sh, 22, y + 24, "advocaat", font=f, size=9, color=GREY)
    T(sh, 22, y + 32, "c.c.: cliënt(e)", font=f, size=9, color=GREY)
    T(sh, W / 2, c.page_h - 14, f"Ingeschreven bij de Nederlandse orde van advocaten · arrondissement "
      f"{lw['city']} · algemene voorwaarden op verzoek", font=f, size=7, color=GREY, align="center")
    return [c.intr(sh)]


def _beschikking(sh: Sheet, c: Case, title: str, rows: list[tuple[str, str]]) -> float:
    """The IND's decision downloaded from the MijnIND message box and printed by the lawyer: the portal's line at the
    top (message, case number, download date), the case number framed at the top right, the IND's logo block at the
    top left, the address at the left and a column of data at the right (date, V-number, date of birth), then bold
    question headings each followed by a short paragraph and the legal remedy in a tinted box."""
    W, H = c.page_w, c.page_h
    T(sh, 10, 4.5, f"MijnIND – Berichten – Besluit {seed_of('zk18', c.rng_seed) % 10 ** 8:08d} – gedownload "
      f"{d_nl(c.sub - dt.timedelta(days=2), 'dashes_zero')}", font="sans", size=7, color=GREY)
    sh.rect(W - 62, 14, 44, 16, width_mm=0.3, color=(20, 50, 100))
    T(sh, W - 60, 15.5, "Zaaknummer", font="sans4", size=6.5, color=GREY)
    T(sh, W - 60, 19.5, f"Z{seed_of('zk18', c.rng_seed) % 10 ** 8:08d}", font="sans4", size=9, bold=True)
    T(sh, W - 60, 24.5, "Vermeld dit nummer bij contact", font="sans4", size=5.8, color=GREY)
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
    """The MVV visa sticker copied alone, its validity dates ('VAN', 'TOT') underlined in pencil and ticked by the
    lawyer; the passport page's torn top edge mended with clear tape."""
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
    # the lawyer underlined the validity dates in pencil before copying; the tape over the page's torn edge
    from .eighteenth_identity import highlight, index_flag
    highlight(sh, x0 + 55, y0 + 17 + 11 - 0.3, 28, 5, rng)
    highlight(sh, x0 + 55, y0 + 17 + 22 - 0.3, 28, 5, rng)
    index_flag(sh, rng, None, "nl")
    return [sh]


_reg("cover-letter-bijlagen-streepjeslijst-afgevinkt-cc-client", "other", PART, "nl", cover_letter_checkboxes,
     "Dutch lawyer's cover letter by post and e-mail, productions as a dash list ticked in pen, c.c. client, bar line at the foot")
_reg("art64-decision-mijnind-berichtenbox-zaaknummer-kader", "other", PART, "nl", art64_beschikking,
     "IND art. 64 decision downloaded from the MijnIND message box, case number framed, bold question headings")
_reg("permit-letter-mijnind-berichtenbox-zaaknummer-kader", "other", PART, "nl", permit_beschikking,
     "IND decision granting the permit downloaded from the MijnIND message box, case number framed")
_reg("mvv-sticker-sur-potlood-geldigheid-plakband", "other", PART, "nl", mvv_enlarged,
     "MVV sticker copied alone, validity dates underlined in pencil, torn edge taped")
