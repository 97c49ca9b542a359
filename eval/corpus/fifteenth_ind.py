"""IND families of the `fifteenth` part (registered in ind.FAMILIES).

Written after dev, heldout and the parts fresh to fourteenth had been read, by a writer who did not see the validator:
the IND forms as printed from the website's PDF, every question numbered in the left margin, the answers typed or
written on underlines, the sections under a double rule in capitals, the V-number in a boxed field at the top right of
every page, the form's number and edition and 'n/N' at the foot; a care organisation's payslip (VVT agreement) with the
irregular-hours allowance, the guarantee form filled in by hand, a temp agency's employer's statement from its client
portal; a specialist's letter to the lawyer with run-in headings and a table of check-ups, a treating team's letter
co-signed by the physician with the office's incoming-mail stamp; a treatment plan with a table of phases, an
institution's statement with a KvK/AGB footer, a hospital letter with a coloured contact band at its foot; a Dutch
insurer's certificate letter with the card to detach, an incoming insurer's welcome letter, an Ecuadorian insurer's
Spanish/English certificate on Letter paper; DUO's diploma with photo and embossed seal, an exemption decision with a
left reference column, a results table with crosses; a Dutch lawyer's cover letter with numbered productions, the IND's
decisions as letters with the legal remedy framed, the MVV with the Schiphol entry stamp.  Every maker draws on
``c.new_sheet()`` and marks pages that print the V-number with ``c.intr``.
"""
from __future__ import annotations

import math
import random

from .fifteenth_identity import index_flag
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

PART = "fifteenth"
DARK = (40, 55, 75)
SHADE = (232, 234, 236)


# =========================================================================== application forms: shaded answer cells

class _ShadeForm:
    """An IND form printed from the website's PDF and filled in: every question numbered in the left margin
    (1, 2, 3 ... through the whole form), the answer written or typed on an underline at the right; the sections
    headed by a full-width thin double rule with the title in capitals; the V-number in a boxed field 'V-nummer'
    at the top right of every page; the form's number and edition and 'n/N' at the foot."""

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
        T(sh, 18, 11, "IND", font=f, size=16, bold=True, color=DARK)
        T(sh, 34, 10.5, "Immigratie- en", font=f, size=7.5, color=GREY)
        T(sh, 34, 14, "Naturalisatiedienst", font=f, size=7.5, color=GREY)
        T(sh, W - 62, 8, "V-nummer", font=f, size=7.5, color=GREY)
        sh.rect(W - 62, 11.5, 44, 8, width_mm=0.35, color=DARK)
        self.sheets.append(c.intr(sh))
        if self.hand:
            sh.handwriting(W - 60, 11.8, hand_safe(c.vnr), self.rng, size_pt=11, color=self.ink, font="hand1")
        else:
            T(sh, W - 60, 13, c.vnr, font=f, size=10.5, bold=True)
        if len(self.sheets) == 1:
            P(sh, 18, 28, W - 36, self.title, font=f, size=13.5)
            self.y = 44.0
        else:
            self.y = 28.0

    @property
    def sh(self) -> Sheet:
        return self.sheets[-1]

    def section(self, t: str) -> None:
        if self.y > self.c.page_h - 50:
            self.page()
        W = self.c.page_w
        self.sh.rule(18, self.y, W - 18, self.y, width_mm=0.25, color=DARK)
        self.sh.rule(18, self.y + 0.9, W - 18, self.y + 0.9, width_mm=0.25, color=DARK)
        T(self.sh, 18, self.y + 2.5, t.upper(), font=self.f, size=10, bold=True, color=DARK)
        self.y += 10

    def _num(self) -> None:
        self.n += 1
        T(self.sh, 12, self.y + 1, str(self.n), font=self.f, size=8.5, bold=True, color=GREY)

    def q(self, question: str, answer: str) -> None:
        W = self.c.page_w
        f = self.f
        qrows = self.sh.wrap(question, 66, font=f, size_pt=9.5)
        arows = self.sh.wrap(answer or "", 86, font=f, size_pt=10.5) if answer else [""]
        h = max(4.6 * len(qrows), 6.0 * len(arows)) + 2.5
        if self.y + h > self.c.page_h - 22:
            self.page()
        self._num()
        for k, r in enumerate(qrows):
            T(self.sh, 18, self.y + 1 + k * 4.6, r, font=f, size=9.5)
        for k in range(len(arows)):
            self.sh.rule(92, self.y + 5.6 + k * 6.0, W - 18, self.y + 5.6 + k * 6.0, width_mm=0.15, color=GREY)
        for k, r in enumerate(arows):
            if not r:
                continue
            if self.hand:
                self.sh.handwriting(93, self.y + 0.2 + k * 6.0, hand_safe(r), self.rng, size_pt=11, color=self.ink,
                                    font="hand1")
            else:
                T(self.sh, 93, self.y + 1.2 + k * 6.0, r, font=f, size=10.5)
        self.y += h + 2

    def opt(self, question: str, opts: list[str], chosen: int) -> None:
        f = self.f
        if self.y + 10 > self.c.page_h - 22:
            self.page()
        qrows = self.sh.wrap(question, 66, font=f, size_pt=9.5)
        h = max(4.6 * len(qrows), 6) + 2
        self._num()
        for k, r in enumerate(qrows):
            T(self.sh, 18, self.y + 1 + k * 4.6, r, font=f, size=9.5)
        x = 93
        for k, o in enumerate(opts):
            self.sh.rect(x, self.y + 1.4, 3.6, 3.6, width_mm=0.3, color=(40, 40, 40))
            if k == chosen:
                if self.hand:
                    self.sh.handwriting(x - 0.6, self.y - 0.8, "x", self.rng, size_pt=12, color=self.ink,
                                        font="hand4")
                else:
                    T(self.sh, x + 1.8, self.y + 1.4, "X", font=f, size=8.5, bold=True, align="center")
            T(self.sh, x + 5.5, self.y + 1.1, o, font=f, size=10)
            x += 22
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
        T(self.sh, 18, self.y + 1, "Handtekening", font=self.f, size=9.5)
        self.sh.rule(92, self.y + 22, c.page_w - 18, self.y + 22, width_mm=0.15, color=GREY)
        self.sh.signature(100 + self.rng.uniform(0, 20), self.y + 5, 46, 16, self.rng, color=self.ink)
        self.y += 28

    def finish(self) -> list[Sheet]:
        n = len(self.sheets)
        for i, sh in enumerate(self.sheets, 1):
            T(sh, 18, self.c.page_h - 12, f"{self.code}", font=self.f, size=7.5, color=GREY)
            T(sh, self.c.page_w - 18, self.c.page_h - 12, f"{i}/{n}", font=self.f, size=8, align="right")
        return self.sheets


def form_med_shaded(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _ShadeForm(c, rng, "Aanvraag verblijfsvergunning – medische behandeling", "3101 · versie 2026-07")
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
    f = _ShadeForm(c, rng, "Aanvraag verblijfsvergunning regulier voor voortgezet verblijf", "7027 · versie 2026-07")
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
    f = _ShadeForm(c, rng, "Aanvraag verlenging verblijfsvergunning regulier bepaalde tijd", "3102 · versie 2026-07")
    f.person()
    f.section("Uw verblijfsvergunning")
    f.q("Verblijfsdoel", GENERIC_PURPOSES[seed_of("purpose", c.rng_seed) % len(GENERIC_PURPOSES)])
    f.q("Geldig tot", c.dfmt(c.sub + dt.timedelta(days=rng.randint(20, 80))))
    f.sign()
    return f.finish()


_reg("ind-form-med-invulvakjes-onderstreept-kantlijnnummers", "application", PART, "nl", form_med_shaded,
     "medical treatment form, questions numbered in the margin, answers on underlines, V-number in a box at the top")
_reg("ind-form-7027-invulvakjes-onderstreept-kantlijnnummers", "application", PART, "nl", form_7027_shaded,
     "form 7027, margin-numbered questions, answers on underlines, boxed V-number")
_reg("ind-form-generic-invulvakjes-onderstreept-kantlijnnummers", "application", PART, "nl", form_generic_shaded,
     "extension form, margin-numbered questions, answers on underlines")


# =========================================================================== income

def payslip_gemeente(c: Case, rng: random.Random, month: int = 11, **_) -> list[Sheet]:
    """A care organisation's payslip (collective agreement for nursing, care and home care, VVT): the foundation's
    name with its location, 'Loonstrook periode 11 / 2026' at the right, the employee's function group and step,
    the lines with the salary, the allowance for irregular hours (ORT) at 22 % and 38 %, the pension premium to
    PFZW and the deductions in a table with 'Eenheden / Tarief / Bedrag' columns, the net pay underlined twice."""
    e, w = _emp(c, rng), earner(c)
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    sh = c.new_sheet()
    W = c.page_w
    f = "narrow"
    city = rng.choice(["Deventer", "Apeldoorn", "Helmond", "Hoorn", "Gouda", "Assen"])
    org = rng.choice(["Stichting Zorggroep", "Stichting Thuiszorg en Wonen", "Stichting Vitalis Zorg"])
    T(sh, 18, 14, f"{org} {city}", font=f, size=13, bold=True, color=(120, 40, 90))
    T(sh, W - 18, 14, f"Loonstrook periode {month:02d} / 2026", font=f, size=10.5, bold=True, align="right")
    y = 30
    for a, b in (("Medewerker", f"{w.surname}, {w.given_names}"), ("Personeelsnummer", e["pnr"]),
                 ("Functie", rng.choice(["verzorgende IG", "helpende plus", "medewerker huishouding"])),
                 ("FWG / trede", f"FWG {rng.choice([25, 30, 35, 40])} / {rng.randint(3, 12)}"), ("Loonheffingennr.", e["lhn"])):
        T(sh, 18, y, a, font=f, size=8.5, color=GREY)
        T(sh, 62, y, b, font=f, size=9.5)
        y += 5.2
    y += 6
    sh.rule(18, y, W - 18, y, width_mm=0.4)
    T(sh, 20, y + 1.5, "Omschrijving", font=f, size=9, bold=True)
    T(sh, W - 80, y + 1.5, "Eenheden", font=f, size=9, bold=True, align="right")
    T(sh, W - 50, y + 1.5, "Tarief", font=f, size=9, bold=True, align="right")
    T(sh, W - 20, y + 1.5, "Bedrag", font=f, size=9, bold=True, align="right")
    sh.rule(18, y + 7, W - 18, y + 7, width_mm=0.4)
    y += 9
    base = k["bruto"]
    ikb = round(base * 0.0, 2)
    uur = round(base / 156, 2)
    u22, u38 = rng.randint(6, 20), rng.randint(2, 10)
    ort = round(u22 * uur * 0.22 + u38 * uur * 0.38, 2)
    for d_, e_, t_, b_ in (("Salaris", "", "", eur(base, False)),
                           ("ORT 22%", f"{u22},00", f"{uur * 0.22:.2f}".replace(".", ","), "(in salaris)"),
                           ("ORT 38%", f"{u38},00", f"{uur * 0.38:.2f}".replace(".", ","), "(in salaris)"),
                           ("Pensioenpremie PFZW", "", "", "-" + eur(k["pens"], False)),
                           ("Loonheffing", "", "", "-" + eur(k["lh"], False)),
                           ("Reiskosten woon-werk", "", "", eur(k["reis"], False))):
        T(sh, 20, y, d_, font=f, size=9.5)
        T(sh, W - 80, y, e_, font=f, size=9.5, align="right")
        T(sh, W - 50, y, t_, font=f, size=9.5, align="right")
        T(sh, W - 20, y, b_, font=f, size=9.5, align="right")
        sh.rule(18, y + 5.2, W - 18, y + 5.2, width_mm=0.1, color=(200, 200, 200))
        y += 6.5
    T(sh, W - 87, y + 5.3, "Netto te betalen", font=f, size=10.5, bold=True)
    T(sh, W - 21, y + 5.3, eur(k["net"]), font=f, size=10.5, bold=True, align="right")
    sh.rule(W - 50, y + 10.5, W - 18, y + 10.5, width_mm=0.3)
    sh.rule(W - 50, y + 11.5, W - 18, y + 11.5, width_mm=0.3)
    T(sh, 18, y + 20, f"Overgemaakt naar {e['iban']} · ORT deze periode {eur(ort, False)} (inbegrepen)", font=f,
      size=8.5, color=GREY)
    return [sh]


def guarantor_partner_cosigned(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The guarantee form ('garantverklaring') printed blank and filled in by hand by the guarantor in ballpoint,
    the amounts written with a comma and a dash ('2.310,-'), one signature box; the guarantor's payslip is
    mentioned as enclosed at the foot ('bijlage: loonstrook')."""
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
        sh.rule(80, y + 5, W - 18, y + 5, width_mm=0.15, color=(120, 120, 120))
        bb = b.replace("€ ", "").replace("€", "")
        if bb.endswith(",00"):
            bb = bb[:-3] + ",-"
        sh.handwriting(82, y - 1.5, hand_safe(bb), rng, size_pt=11, color=BLUE_INK, font="hand1")
        y += 8.5
    y = P(sh, 18, y + 4, W - 36, "Ik verklaar dat ik garant sta voor alle kosten die de vreemdeling maakt voor "
          "verblijf, levensonderhoud en medische behandeling in Nederland, en dat ik de kosten zal vergoeden die de "
          "overheid moet maken.", font=f, size=10, leading=1.45) + 6
    when = c.sub - dt.timedelta(days=rng.randint(10, 40))
    T(sh, 18, y, "Plaats en datum", font=f, size=9.5, color=GREY)
    sh.handwriting(60, y - 1.5, hand_safe(f"{g.address.city if g.address else ''}, {d_nl(when, 'dots')}"), rng,
                   size_pt=11, color=BLUE_INK, font="hand1")
    sh.rect(18, y + 8, 90, 30, width_mm=0.3)
    T(sh, 20, y + 9.5, "Handtekening garantsteller", font=f, size=8, color=GREY)
    sh.signature(26, y + 17, 46, 15, rng, color=BLUE_INK)
    T(sh, 18, y + 46, "Bijlage: kopie loonstrook en identiteitsbewijs garantsteller", font=f, size=8.5, color=GREY)
    return [sh]


def werkgeversverklaring(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The standard employer's statement ('werkgeversverklaring') in its ruled model: numbered rows for the
    employer, the employee, the employment (since, permanent or temporary, hours), the gross annual salary, holiday
    allowance and the fixed end-of-year payment, and the employer's declaration with signature and company stamp."""
    e, w = _emp(c, rng), earner(c)
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    sh = c.new_sheet()
    W = c.page_w
    f = "sans2"
    agency = rng.choice(["Flexwerk Personeelsdiensten B.V.", "Randgroep Uitzend B.V.", "StartPeople Noord B.V."])
    sh.rect(0, 0, W, 16, width_mm=0, fill=(230, 90, 20))
    T(sh, 18, 5, agency, font=f, size=12, bold=True, color=(255, 255, 255))
    T(sh, 18, 22, "Werkgeversverklaring uitzendkracht", font=f, size=15, bold=True)
    T(sh, 18, 29, "Gegenereerd via het klantportaal – deze verklaring is digitaal ondertekend", font=f, size=8,
      color=GREY)
    since = c.sub - dt.timedelta(days=rng.randint(400, 3000))
    rows = [("1", "Naam werkgever", e["name"]), ("2", "Vestigingsplaats", e.get("city", "Rotterdam")),
            ("3", "Naam werknemer", f"{w.given_names} {w.surname}"),
            ("4", "Geboortedatum werknemer", d_nl(w.birth_date, "dashes_zero")),
            ("5", "In dienst sinds", d_nl(since, "dashes_zero")),
            ("6", "Fase (ABU-cao)", rng.choice(["fase B, contract bepaalde tijd", "fase C, onbepaalde tijd"])),
            ("7", "Uren per week", str(rng.choice([32, 36, 38, 40]))),
            ("8", "Bruto jaarsalaris (excl. vakantiegeld)", eur(k["bruto"] * 12)),
            ("9", "Vakantietoeslag", eur(k["bruto"] * 12 * 0.08)),
            ("10", "Vaste eindejaarsuitkering / 13e maand", eur(k["bruto"] * 0.5))]
    y = 38
    rows[0] = ("1", "Naam werkgever (uitzendonderneming)", agency)
    for n, a, b in rows:
        if int(n) % 2:
            sh.rect(18, y, W - 36, 9, width_mm=0, fill=(250, 236, 226))
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
    T(sh, 18, y + 32, f"Document-ID {rng.randint(10**9, 10**10 - 1)} · {agency}", font=f, size=7.5, color=GREY)
    return [sh]


_reg("payslip-zorginstelling-cao-vvt-onregelmatigheid", "income-proof", PART, "nl", payslip_gemeente,
     "a care organisation's payslip (VVT agreement): function group, irregular-hours allowance, units/rate/amount")
_reg("guarantor-garantverklaring-handgeschreven-bedragen-loonstrookbijlage", "income-proof", PART, "nl", guarantor_partner_cosigned,
     "guarantee form printed blank and filled in by hand in ballpoint, amounts as '2.310,-', one signature")
_reg("werkgeversverklaring-uitzendbureau-mail-pdf", "income-proof", PART, "nl", werkgeversverklaring,
     "a temp agency's employer's statement generated from its client portal, orange header, scanned signature")


# =========================================================================== medical statements

def medstat_question_form(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The treating specialist's answers on the lawyer's own question form ('Vragen aan de behandelend arts'): the
    firm's name at the top, five numbered questions printed in bold, the specialist's answers typed under each, the
    specialist's name, AGB code, signature and the hospital's stamp."""
    m, h = c.med, c.hospital
    lw = c.lawyer or LAWYERS[0]
    g, s, _ = make_professional(random.Random(seed_of("qf14", c.rng_seed)), "NL")
    sh = c.new_sheet()
    W = c.page_w
    f = "serif5"
    col = h.get("color", (0, 95, 140))
    T(sh, W - 18, 12, h["name"], font=f, size=11.5, bold=True, color=col, align="right")
    T(sh, W - 18, 17.5, f"Polikliniek {m['spec']}", font=f, size=9, color=GREY, align="right")
    T(sh, 18, 34, f"Aan mr. {lw.get('last', '')}".rstrip(), font=f, size=10)
    T(sh, 18, 39, lw["firm"], font=f, size=10)
    T(sh, 18, 52, f"Betreft: {c.p.surname}, {c.p.given_names} (geb. {d_nl(c.p.birth_date, 'dots')})", font=f,
      size=10.5, bold=True)
    start = _treat_start(c)
    y = P(sh, 18, 62, W - 36, "Geachte collega, naar aanleiding van uw verzoek, met toestemming van patiënt(e), "
          "bericht ik u als volgt.", font=f, size=10.5, leading=1.45) + 3
    qa = [("Diagnose.", m["dx"]), ("Behandeling.", f"{m['tx']}, sinds {d_nl(start)}."),
          ("Duur.", duration_phrase(c.duration, start, "nl")), ("Bij staken.", m["stop"]),
          ("Land van herkomst.", _not_available(c, "nl"))]
    for q, a in qa:
        y = P(sh, 18, y, W - 36, f"{q} {a}", font=f, size=10.5, leading=1.45) + 2.5
    T(sh, 18, y + 2, "Recente controles", font=f, size=9.5, bold=True)
    y += 7
    for k in range(3):
        d0 = c.sub - dt.timedelta(days=30 + 70 * k + rng.randint(0, 20))
        sh.rect(18, y, 30, 6, width_mm=0.15)
        sh.rect(48, y, W - 66, 6, width_mm=0.15)
        T(sh, 20, y + 1.2, d_nl(d0, "dots"), font=f, size=9)
        T(sh, 50, y + 1.2, rng.choice(["controle polikliniek", "bloedonderzoek", "evaluatie behandeling"]), font=f,
          size=9)
        y += 6
    y += 4
    when = c.sub - dt.timedelta(days=rng.randint(6, 40))
    T(sh, 18, y + 4, f"{h.get('city', '')}, {d_nl(when)}", font=f, size=10.5)
    sh.signature(20, y + 8, 42, 13, rng, color=BLUE_INK)
    T(sh, 18, y + 24, f"{g} {s}, {m['doc_title']} – AGB {seed_of('agb14', c.rng_seed) % 10 ** 8:08d}", font=f,
      size=10)
    T(sh, 18, y + 30, "cc: huisarts", font=f, size=8.5, color=GREY)
    return [sh]


def medstat_hiv_nurse(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A letter of a treatment centre's nurse specialist (verpleegkundig specialist) on the hospital's paper, 'op
    verzoek van patiënt', co-signed by the treating internist; the centre's name under the hospital's in a coloured
    line; the office's index flag on the edge."""
    m, h = c.med, c.hospital
    g, s, _ = make_professional(random.Random(seed_of("vs14", c.rng_seed)), "NL")
    g2, s2, _ = make_professional(random.Random(seed_of("int14", c.rng_seed)), "NL")
    sh = c.new_sheet()
    W = c.page_w
    f = "sans2"
    col = h.get("color", (0, 95, 140))
    T(sh, 18, 12, h["name"], font=f, size=13, bold=True, color=col)
    T(sh, 18, 19, f"{m['spec']} · behandelteam", font=f, size=9.5, color=col)
    sh.rule(18, 23, W - 18, 23, width_mm=0.2, color=col)
    when = c.sub - dt.timedelta(days=rng.randint(5, 35))
    T(sh, 18, 34, f"{h.get('city', '')}, {d_nl(when)}", font=f, size=10)
    T(sh, 18, 42, "Betreft: medische informatie op verzoek van patiënt", font=f, size=10.5, bold=True)
    T(sh, 18, 48, f"{c.p.given_names} {c.p.surname}, geboren {d_nl(c.p.birth_date, 'dashes_zero')}", font=f, size=10)
    y = P(sh, 18, 58, W - 36, f"Op verzoek van bovengenoemde patiënt(e) bericht ik u het volgende. Patiënt(e) is bij "
          f"ons centrum in behandeling wegens {m['dx']}. De behandeling bestaat uit {m['tx']}. "
          f"{duration_phrase(c.duration, _treat_start(c), 'nl')}", font=f, size=10.5, leading=1.5) + 4
    y = P(sh, 18, y, W - 36, f"{m['stop']} {_not_available(c, 'nl')}", font=f, size=10.5, leading=1.5) + 8
    T(sh, 18, y, "Met vriendelijke groet,", font=f, size=10.5)
    for j, (nm, role) in enumerate(((f"{g} {s}", "physician assistant"), (f"{g2} {s2}", m["doc_title"]))):
        sh.signature(18 + j * 85, y + 5, 40, 13, rng, color=BLUE_INK)
        T(sh, 18 + j * 85, y + 20, nm, font=f, size=10)
        T(sh, 18 + j * 85, y + 25, role, font=f, size=9, color=GREY)
    index_flag(sh, rng, (c.lawyer or LAWYERS[0])["firm"].upper()[:24])
    return [sh]


_reg("medstat-specialist-brief-advocaat-loopkoppen-controlestabel", "medical-statement", PART, "nl", medstat_question_form,
     "specialist's letter to the lawyer, run-in headings, table of recent check-ups, cc GP")
_reg("medstat-behandelaar-brief-medeondertekend-ingekomenstempel", "medical-statement", PART, "nl",
     medstat_hiv_nurse, "treating team's letter co-signed by the physician, the law office's incoming-mail stamp")


# =========================================================================== care institutions

def care_timeline(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A treatment centre's confirmation of the treatment path: a horizontal timeline with the start, the
    evaluations and the end of the treatment marked on it, the statement that the centre will treat from start to
    end at a stated cost, signed by the physician."""
    h, m = c.hospital, c.med
    start, end = _care_dates(c)
    sh = c.new_sheet()
    W = c.page_w
    f = "sans6"
    col = (170, 60, 110)
    T(sh, 18, 12, h["name"], font=f, size=12.5, bold=True, color=col)
    T(sh, 18, 19, f"{m['spec']}", font=f, size=9.5, color=GREY)
    T(sh, 18, 34, "Behandelplan en bevestiging", font=f, size=13, bold=True)
    T(sh, 18, 42, f"{c.p.given_names} {c.p.surname} · geboren {d_nl(c.p.birth_date, 'dashes_zero')}", font=f, size=10)
    y = 54
    span = (end - start).days or 1
    phases = [("1", "Intake en instelling", start, start + dt.timedelta(days=span // 4)),
              ("2", "Behandeling", start + dt.timedelta(days=span // 4), start + dt.timedelta(days=3 * span // 4)),
              ("3", "Evaluatie en afronding", start + dt.timedelta(days=3 * span // 4), end)]
    for k, (a, b, d0, d1) in enumerate([("Fase", "Inhoud", None, None), *phases]):
        hd = k == 0
        sh.rect(18, y, 16, 7, width_mm=0.2, fill=(240, 226, 234) if hd else None)
        sh.rect(34, y, 80, 7, width_mm=0.2, fill=(240, 226, 234) if hd else None)
        sh.rect(114, y, W - 132, 7, width_mm=0.2, fill=(240, 226, 234) if hd else None)
        T(sh, 20, y + 1.5, a, font=f, size=9, bold=hd)
        T(sh, 36, y + 1.5, b, font=f, size=9, bold=hd)
        T(sh, 116, y + 1.5, "Periode" if hd else f"{d_nl(d0, 'dots')} – {d_nl(d1, 'dots')}", font=f, size=9, bold=hd)
        y += 7
    y = P(sh, 18, y + 10, W - 36, f"Wij bevestigen dat {c.p.given_names} {c.p.surname} bij ons de behandeling "
          f"{m['tx']} volgt. Wij kunnen en zullen deze behandeling geven van {d_nl(start)} tot {d_nl(end)}. De kosten "
          f"bedragen naar schatting {eur(m['cost'])} per jaar.", font=f, size=10.5, leading=1.5) + 8
    T(sh, 18, y, f"{h['city']}, {d_nl(c.sub - dt.timedelta(days=rng.randint(8, 35)))}", font=f, size=10)
    g, s_, _ = make_professional(random.Random(seed_of("care14a", c.rng_seed)), "NL")
    sh.signature(18, y + 5, 40, 13, rng, color=BLUE_INK)
    T(sh, 18, y + 20, f"{g} {s_}, {m['doc_title']}", font=f, size=10)
    return [sh]


def care_watermark_letter(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An institution's statement on letter paper with a large faded logo (a pale ring with the initials) printed in
    the middle of the sheet behind the text, the letterhead in small capitals, the statement in two paragraphs."""
    h, m = c.hospital, c.med
    start, end = _care_dates(c)
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    f = "serif4"
    ini = "".join(w[0] for w in h["name"].split()[:3]).upper()
    col = h.get("color", (0, 95, 140))
    sh.rect(W - 44, 10, 26, 18, width_mm=0, fill=col)
    T(sh, W - 31, 14, ini, font="sans4", size=16, bold=True, align="center", color=(255, 255, 255))
    T(sh, 20, 14, h["name"], font=f, size=12, bold=True)
    T(sh, 20, 20, f"{m['spec']} · {h['city']}", font=f, size=9, color=GREY)
    sh.rule(20, H - 18, W - 20, H - 18, width_mm=0.2, color=GREY)
    T(sh, W / 2, H - 15, f"KvK {rng.randint(10000000, 99999999)} · AGB {rng.randint(10000000, 99999999)} · "
      f"IBAN NL{rng.randint(10, 99)} RABO 0{rng.randint(100000000, 999999999)}", font=f, size=7, align="center",
      color=GREY)
    T(sh, 20, 40, "Verklaring zorginstelling", font=f, size=13, bold=True)
    y = P(sh, 20, 50, W - 40, f"Hierbij verklaart {h['name']} dat {c.p.given_names} {c.p.surname}, geboren op "
          f"{d_nl(c.p.birth_date)}, bij ons onder behandeling is wegens {m['dx']}.", font=f, size=11, leading=1.55) + 4
    y = P(sh, 20, y, W - 40, f"Wij kunnen en zullen de behandeling ({m['tx']}) geven van {d_nl(start)} tot ten "
          f"minste {d_nl(end)}. De kosten van de behandeling bedragen {eur(m['cost'])} per jaar.", font=f, size=11,
          leading=1.55) + 8
    T(sh, 20, y, f"{h['city']}, {d_nl(c.sub - dt.timedelta(days=rng.randint(6, 30)))}", font=f, size=10.5)
    sh.signature(20, y + 5, 40, 13, rng, color=BLUE_INK)
    g, s_, _ = make_professional(random.Random(seed_of("care14b", c.rng_seed)), "NL")
    T(sh, 20, y + 20, f"{g} {s_}, medisch manager", font=f, size=10)
    return [sh]


def care_sidebar_letter(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A hospital's letter in a house style with a coloured sidebar at the right holding the department's contact
    details, the route number and the date; the statement on the treatment and its cost in the main column."""
    h, m = c.hospital, c.med
    start, end = _care_dates(c)
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    f = "sans4"
    col = h.get("color", (0, 95, 140))
    sh.rect(0, H - 34, W, 34, width_mm=0, fill=tuple(min(255, 215 + v // 6) for v in col))
    T(sh, 18, 14, h["name"], font=f, size=13, bold=True, color=col)
    for k, ln in enumerate((f"Afdeling {m['spec']}", f"Route {rng.randint(10, 99)}", h.get("city", ""),
                            f"T 0{rng.randint(10, 88)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
                            "", "Datum", d_nl(c.sub - dt.timedelta(days=rng.randint(6, 30)), "dashes_zero"),
                            "", "Ons kenmerk", f"ZH-{seed_of('zh14', c.rng_seed) % 100000:05d}")):
        T(sh, 18 + (k // 5) * 90, H - 30 + (k % 5) * 5, ln, font=f, size=8.5, bold=ln in ("Datum", "Ons kenmerk"))
    T(sh, 18, 40, "Verklaring over de behandeling", font=f, size=12.5, bold=True)
    y = P(sh, 18, 50, W - 36, f"{c.p.given_names} {c.p.surname} (geboren {d_nl(c.p.birth_date, 'dashes_zero')}) is "
          f"patiënt van onze afdeling {m['spec']}. Wij behandelen betrokkene met {m['tx']}.", font=f, size=10.5,
          leading=1.5) + 4
    y = P(sh, 18, y, W - 36, f"De afdeling kan en zal deze behandeling geven van {d_nl(start)} tot {d_nl(end)}. De "
          f"kosten bedragen ongeveer {eur(m['cost'])} per jaar.", font=f, size=10.5, leading=1.5) + 8
    T(sh, 18, y, "Met vriendelijke groet,", font=f, size=10.5)
    sh.signature(18, y + 5, 40, 13, rng, color=BLUE_INK)
    g, s_, _ = make_professional(random.Random(seed_of("care14c", c.rng_seed)), "NL")
    T(sh, 18, y + 20, f"{g} {s_}, {m['doc_title']}", font=f, size=10)
    return [sh]


_reg("care-behandelplan-fasetabel-bevestiging", "care-institution-statement", PART, "nl", care_timeline,
     "treatment centre's treatment plan with a table of phases and periods, and the confirmation")
_reg("care-verklaring-logo-rechtsboven-voettekst-kvk", "care-institution-statement", PART, "nl", care_watermark_letter,
     "institution's statement with a coloured logo block at the top right and a KvK/AGB footer line")
_reg("care-ziekenhuisbrief-voetbalk-contact", "care-institution-statement", PART, "nl", care_sidebar_letter,
     "hospital's letter with the contact details in a coloured band across the foot")


# =========================================================================== health insurance

def polisblad_verzekeringsverklaring(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A Dutch insurer's insurance certificate in English and Dutch ('Verzekeringsverklaring / Insurance
    certificate'), as insurers issue it for use abroad: the insurer's logo line, the insured, the basic insurance
    and its start, the statement line in both languages, signed by the customer service's manager."""
    ins = c.insurer_nl
    col = ins.get("color", (0, 90, 150))
    start = c.sub - dt.timedelta(days=rng.randint(40, 320))
    sh = c.new_sheet()
    W = c.page_w
    f = "sans6"
    T(sh, W - 18, 14, ins["name"], font=f, size=14, bold=True, color=col, align="right")
    T(sh, 18, 36, "Verzekeringsverklaring / Insurance certificate", font=f, size=13, bold=True)
    H = c.page_h
    for xx in range(18, int(W) - 18, 3):
        sh.rule(xx, H - 82, xx + 1.5, H - 82, width_mm=0.2, color=GREY)
    T(sh, 18, H - 80, "Uw zorgpas – hier losmaken / your health insurance card", font=f, size=7.5, color=GREY)
    sh.rect(W / 2 - 43, H - 72, 86, 54, width_mm=0.2, color=(200, 200, 200), fill=tuple(min(255, 200 + v // 4) for v in col))
    T(sh, W / 2 - 39, H - 68, ins["name"], font=f, size=10, bold=True, color=(255, 255, 255))
    T(sh, W / 2 - 39, H - 50, f"{c.p.given_names[:1]}. {c.p.surname}", font=f, size=10, bold=True)
    T(sh, W / 2 - 39, H - 44, f"Polisnr {_policy_no(c, 'P')} · geb. {d_nl(c.p.birth_date, 'dashes_zero')}", font=f, size=8)
    T(sh, W / 2 - 39, H - 38, f"UZOVI {ins.get('uzovi', '')}", font=f, size=8)
    y = 50
    for nl, en, v in (("Naam", "Name", f"{c.p.given_names} {c.p.surname}"),
                      ("Geboortedatum", "Date of birth", d_nl(c.p.birth_date, "dashes_zero")),
                      ("Polisnummer", "Policy number", _policy_no(c, "P")),
                      ("Verzekering", "Insurance", "Basisverzekering (Zorgverzekeringswet) / basic health insurance"),
                      ("Ingangsdatum", "Start date", d_nl(start, "dashes_zero")),
                      ("UZOVI", "Insurer code", str(ins.get("uzovi", "")))):
        T(sh, 18, y, f"{nl} / {en}", font=f, size=9, color=GREY)
        T(sh, 80, y, v, font=f, size=10.5)
        y += 8
    y = P(sh, 18, y + 6, W - 36, f"{ins['name']} verklaart dat bovengenoemde persoon bij ons verzekerd is volgens de "
          "Zorgverzekeringswet.", font=f, size=10.5, leading=1.45) + 3
    y = P(sh, 18, y, W - 36, f"{ins['name']} declares that the person named above is insured with us under the Dutch "
          "Health Insurance Act.", font=f, size=10, leading=1.45) + 8
    T(sh, 18, y, f"{d_nl(c.sub - dt.timedelta(days=rng.randint(5, 40)))}", font=f, size=10)
    sh.signature(18, y + 4, 40, 12, rng, color=BLACK_INK)
    T(sh, 18, y + 18, "Manager Klantenservice / Customer Service Manager", font=f, size=9.5)
    return [sh]


def incoming_premium_table(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An incoming insurer's confirmation of enrolment ('Bevestiging van inschrijving'): the insured's data, the
    product and the cover, the monthly premium in a small table by period, the statement that pre-existing conditions
    and medication are covered during the period, signed by the underwriting department."""
    name = _incoming_name(c)
    start = c.sub - dt.timedelta(days=rng.randint(30, 200))
    end = add_years(start, 1)
    sh = c.new_sheet()
    W = c.page_w
    f = "sans2"
    T(sh, 18, 14, name, font=f, size=13, bold=True, color=(20, 110, 90))
    T(sh, 18, 32, "Welkom! Bevestiging van uw verzekering", font=f, size=14, bold=True)
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
    prem = rng.randint(95, 240)
    for k, (a, b) in enumerate((("Periode", "Premie per maand"), (f"{d_nl(start, 'dashes_zero')} – 31-12-{start.year}",
                                                                  eur(prem)),
                                 (f"01-01-{start.year + 1} – {d_nl(end, 'dashes_zero')}", eur(prem * 1.04)))):
        sh.rect(18, y, 90, 7, width_mm=0.2, fill=(225, 240, 236) if k == 0 else None)
        sh.rect(108, y, 50, 7, width_mm=0.2, fill=(225, 240, 236) if k == 0 else None)
        T(sh, 20, y + 1.5, a, font=f, size=9.5, bold=k == 0)
        T(sh, 110, y + 1.5, b, font=f, size=9.5, bold=k == 0)
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
    ecu = "Ecuador" in ins.get("addr", "")
    city = "Guayaquil" if ecu else (ins.get("addr", "").split(",")[-2].strip().split(" ")[0] if "," in ins.get("addr", "") else "")
    if ecu:
        T(sh, W / 2, 24.5, f"RUC 09{rng.randint(10000000, 99999999)}001 · Superintendencia de Compañías, Valores y "
          f"Seguros", font=f, size=8, color=GREY, align="center")
    T(sh, W / 2, 38, "CERTIFICADO DE COBERTURA", font=f, size=13, bold=True, align="center")
    T(sh, W / 2, 44, "Certificate of coverage", font=f, size=10.5, align="center", color=GREY)
    y = 54
    for cap, val in (("Asegurado / Insured", f"{c.p.given_names} {c.p.surname}"),
                     ("Fecha de nacimiento / Date of birth", d_en(c.p.birth_date)),
                     ("Póliza N° / Policy no.", _policy_no(c, "EC-")),
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
    sh.stamp(120, y + 10, [name[:24].upper(), (city.upper() + (" – ECUADOR" if ecu else ""))[:24]], rng, size_mm=30,
             color=(30, 60, 170))
    sh.signature(20, y + 17, 40, 13, rng, color=BLUE_INK)
    T(sh, 20, y + 32, "Gerente Técnico / Technical Manager", font=f, size=9.5)
    return [sh]


_reg("incoming-welkomstbrief-polisnummer-kader", "health-insurance", PART, "nl", incoming_premium_table,
     "incoming insurer's welcome letter with the policy number in a frame and a premium table")
_reg("intl-certificado-ecuador-carta-sello-azul", "health-insurance", PART, "es/en", intl_peru_carta,
     "Ecuadorian insurer's Spanish/English certificate of coverage, captions in two lines, blue stamp, Letter paper")
# the Dutch insurer's certificate registered last: the pool of insurance families keeps this order
_reg("polisblad-verzekeringsverklaring-zorgpas-uitneembaar", "health-insurance", PART, "nl/en", polisblad_verzekeringsverklaring,
     "Dutch insurer's certificate letter in Dutch and English with the health insurance card to detach at its foot")


# =========================================================================== civic integration

def duo_diploma_guilloche(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """DUO's civic-integration diploma in a thin double frame, the holder's passport photo at the left of the data
    with DUO's colourless embossed seal pressed half over its corner (on the copy only a faint grey ring with raised
    letters), the diploma number at the foot, signed for the minister."""
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    d = _inb_date(c, rng)
    f = "serif5"
    sh.rect(12, 12, W - 24, H - 24, width_mm=0.6, color=(30, 60, 110))
    sh.rect(15, 15, W - 30, H - 30, width_mm=0.2, color=(30, 60, 110))
    T(sh, W / 2, H - 26, f"Diplomanummer {seed_of('dip15', c.rng_seed) % 10 ** 9:09d}", font="sans", size=8.5,
      color=GREY, align="center")
    sh.photo(28, 92, 28, 36, rng)
    for k in range(3):
        r = 26 - k * 1.2
        sh.rect(44 - r / 2 + 8, 120 - r / 2, r, r, width_mm=0.25, color=(200, 200, 200))
    T(sh, 52, 118, "DUO", font="sans4", size=8, bold=True, color=(190, 190, 190), align="center")
    _ = math
    T(sh, W / 2, 55, "DIPLOMA INBURGERING", font=f, size=24, bold=True, align="center")
    T(sh, W / 2, 66, "Wet inburgering", font=f, size=11, align="center", color=GREY)
    T(sh, W / 2, 92, "De minister verklaart dat", font=f, size=11, align="center")
    T(sh, W / 2 + 15, 104, f"{c.p.given_names} {c.p.surname}", font=f, size=17, bold=True, align="center")
    T(sh, W / 2 + 15, 114, f"geboren op {d_nl(c.p.birth_date)} te {c.p.birth_place}", font=f, size=11, align="center")
    P(sh, 40, 136, W - 80, "het inburgeringsexamen met goed gevolg heeft afgelegd (taalniveau B1, Kennis van de "
      "Nederlandse Maatschappij en Module Arbeidsmarkt en Participatie).", font=f, size=11, leading=1.5,
      align="center")
    T(sh, W / 2, 176, f"Groningen, {d_nl(d)}", font=f, size=11, align="center")
    sh.signature(W / 2 - 20, 182, 40, 13, rng, color=BLACK_INK)
    T(sh, W / 2, 199, "namens de minister, Dienst Uitvoering Onderwijs", font=f, size=9.5, align="center", color=GREY)
    return [sh]


def duo_ontheffing_berichtenbox(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """DUO's exemption decision as printed from the MijnOverheid Berichtenbox: first the message page (the portal's
    bar, 'Van: DUO', the subject, the date and the attachment's name), then the decision letter itself."""
    d = _inb_date(c, rng)
    W = c.page_w
    f = "sans4"
    sh = c.new_sheet()
    T(sh, W - 20, 14, "DUO", font=f, size=20, bold=True, color=(21, 66, 139), align="right")
    T(sh, W - 20, 22, "Dienst Uitvoering Onderwijs", font=f, size=8.5, color=GREY, align="right")
    T(sh, 62, 44, f"{c.p.given_names} {c.p.surname}", font=f, size=10)
    if c.p.address:
        T(sh, 62, 49, f"{c.p.address.street} {c.p.address.number}", font=f, size=10)
        T(sh, 62, 54, f"{c.p.address.postcode} {c.p.address.city}", font=f, size=10)
    for k, (a, b) in enumerate((("Datum", d_nl(d)), ("Ons kenmerk", f"INB-{seed_of('duo15', c.rng_seed) % 10 ** 7:07d}"),
                                ("Geboortedatum", d_nl(c.p.birth_date, "dashes_zero")), ("Bijlage(n)", "geen"),
                                ("Contact", "050 599 96 00"))):
        T(sh, 20, 76 + k * 9, a, font=f, size=7.5, bold=True, color=GREY)
        T(sh, 20, 79.5 + k * 9, b, font=f, size=8)
    m = None
    T(sh, 62, 76, "Besluit: ontheffing van de inburgeringsplicht", font=f, size=12, bold=True)
    y = P(sh, 62, 86, W - 82, "U heeft ons gevraagd om ontheffing van de inburgeringsplicht. Uit het medisch advies "
          "blijkt dat u door een medische beperking blijvend niet in staat bent het inburgeringsexamen te halen. Wij "
          "geven u daarom ontheffing. U hoeft niet meer in te burgeren.", font=f, size=10.5, leading=1.5) + 6
    y = P(sh, 62, y, W - 82, "Bent u het niet eens met dit besluit? Dan kunt u binnen 6 weken bezwaar maken.", font=f,
          size=10, leading=1.5) + 8
    T(sh, 62, y, "Met vriendelijke groet, namens de minister,", font=f, size=10)
    sh.signature(62, y + 4, 38, 12, rng, color=BLACK_INK)
    T(sh, 62, y + 18, "Dienst Uitvoering Onderwijs", font=f, size=10)
    return [sh]


def duo_uitslag_bars(c: Case, rng: random.Random, *, failed: bool = False, **_) -> list[Sheet]:
    """A results letter of the civic-integration exam with, for each exam part, a horizontal bar showing the score
    against a dashed line at the cut-off, and 'Voldaan / Niet voldaan' at the right."""
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
    cols = [(20, "Examenonderdeel"), (100, "Datum"), (130, "Gehaald"), (160, "Niet gehaald")]
    for x, t in cols:
        T(sh, x, y, t, font=f, size=9, bold=True)
    sh.rule(20, y + 5.5, W - 20, y + 5.5, width_mm=0.3)
    y += 8
    for k, p_ in enumerate(parts):
        ok = k != bad
        T(sh, 20, y, p_[:40], font=f, size=10)
        T(sh, 100, y, d_nl(d - dt.timedelta(days=10 * k), "dashes_zero"), font=f, size=9.5)
        for j, x in enumerate((136, 170)):
            sh.rect(x, y + 0.3, 4, 4, width_mm=0.25)
            if (j == 0) == ok:
                T(sh, x + 2, y + 0.1, "X", font=f, size=9, bold=True, align="center")
        sh.rule(20, y + 6, W - 20, y + 6, width_mm=0.1, color=(190, 190, 190))
        y += 8
    P(sh, 20, y + 10, W - 40, "U heeft niet alle onderdelen gehaald; u kunt een nieuw examen aanvragen." if failed else
      "U heeft alle onderdelen gehaald. Uw diploma ontvangt u binnen 6 weken per post.", font=f, size=10.5,
      leading=1.45)
    return [sh]


_reg("duo-diploma-pasfoto-reliefstempel", "civic-integration", PART, "nl", duo_diploma_guilloche,
     "DUO diploma in a double frame with the holder's photo and the embossed seal over its corner")
_reg("duo-ontheffing-brief-twee-kolommen-kenmerk", "civic-integration", PART, "nl", duo_ontheffing_berichtenbox,
     "DUO exemption decision, one page, the references in a narrow left column, the text at the right")
_reg("duo-uitslag-tabel-geslaagd-kruisjes", "civic-integration", PART, "nl", duo_uitslag_bars,
     "results letter with a table of exam parts, 'gehaald / niet gehaald' marked with crosses")


# =========================================================================== other

def cover_letter_checkboxes(c: Case, rng: random.Random, *, enclosures: list[str] | None = None, **_) -> list[Sheet]:
    """A Dutch lawyer's cover letter with the firm's name in small capitals at the right above a short rule, the
    addressee at the left, 'Uw kenmerk / Ons kenmerk' on one line, the V-number in the 'Betreft' line, the
    enclosures numbered 1, 2, 3 ... as they are numbered on the productions, and a footnote on the first page with
    the office's policy on e-mail."""
    lw = c.lawyer or LAWYERS[0]
    sh = c.new_sheet()
    W = c.page_w
    f = "serif6"
    T(sh, W - 22, 14, lw["firm"].upper(), font=f, size=11, bold=True, align="right")
    T(sh, W - 22, 20, f"{lw['street']} · {lw['pc']} {lw['city']}", font=f, size=8, color=GREY, align="right")
    sh.rule(W - 72, 23, W - 22, 23, width_mm=0.3)
    y = 38
    for ln in IND_ADDRESSES[rng.randrange(len(IND_ADDRESSES))].split("\n"):
        T(sh, 22, y, ln, font=f, size=10.5)
        y += 5
    T(sh, W - 22, 66, f"{lw['city']}, {d_nl(c.sub - dt.timedelta(days=rng.randint(0, 3)))}", font=f, size=10.5,
      align="right")
    T(sh, 22, 72, f"Uw kenmerk: –     Ons kenmerk: {c.sub.year}/{seed_of('ok15', c.rng_seed) % 9000 + 1000}",
      font=f, size=9, color=GREY)
    T(sh, 22, 78, f"Betreft: {c.p.surname}, {c.p.given_names} (V-nummer {c.vnr})", font=f, size=10.5, bold=True)
    y = 86
    paras = ["Geachte heer, mevrouw,", f"Hierbij zend ik u namens cliënt(e) de aanvraag {PROC_NL[c.procedure]}, met "
             f"de hieronder genummerde producties.¹"]
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
        T(sh, 22, y + 2, "Producties:", font=f, size=10.5, bold=True)
        for i_, e in enumerate(enclosures, 1):
            y += 5.6
            T(sh, 26, y + 2.4, f"{i_}.", font=f, size=10, align="right")
            T(sh, 30, y + 2.4, e, font=f, size=10)
        y += 10
    y += 3
    T(sh, 22, y, "Met vriendelijke groet,", font=f, size=10.5)
    sh.signature(22, y + 4, 42, 13, rng, color=BLUE_INK)
    T(sh, 22, y + 19, c.lawyer_name or f"mr. {lw.get('last', '')}", font=f, size=10.5)
    sh.rule(22, c.page_h - 24, 70, c.page_h - 24, width_mm=0.2)
    P(sh, 22, c.page_h - 22, W - 44, "¹ De producties zijn ook per e-mail verzonden; bij verschil geldt deze "
      "papieren versie.", font=f, size=7.5)
    return [c.intr(sh)]


def _beschikking(sh: Sheet, c: Case, title: str, rows: list[tuple[str, str]]) -> float:
    """The IND's decision as a letter: 'IND' and the service's name at the top right, the data as a list of
    'label: value' lines under the subject, and at the foot the legal remedy in a framed box ('Bent u het niet eens
    met deze beslissing?')."""
    W, H = c.page_w, c.page_h
    T(sh, W - 20, 12, "IND", font="sans4", size=18, bold=True, color=(20, 50, 100), align="right")
    T(sh, W - 20, 20, "Immigratie- en Naturalisatiedienst", font="sans4", size=8.5, color=GREY, align="right")
    T(sh, W - 20, 24, "Ministerie van Asiel en Migratie", font="sans4", size=7.5, color=GREY, align="right")
    T(sh, 20, 40, title, font="sans4", size=12.5, bold=True)
    y = 50
    for k, (a, b) in enumerate(rows):
        T(sh, 20, y + k * 5.8, f"{a}:", font="sans4", size=9.5, color=GREY)
        T(sh, 70, y + k * 5.8, b, font="sans4", size=10)
    sh.rect(20, H - 52, W - 40, 30, width_mm=0.4, color=(20, 50, 100))
    T(sh, 24, H - 49, "Bent u het niet eens met deze beslissing?", font="sans4", size=9.5, bold=True)
    P(sh, 24, H - 43, W - 48, "Dan kunt u binnen 4 weken na de datum van deze beslissing bezwaar maken. Vermeld in uw "
      "bezwaarschrift uw V-nummer en stuur een kopie van deze beslissing mee.", font="sans4", size=9)
    return y + 5.8 * len(rows) + 10


def art64_beschikking(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The IND's decision on deferral of departure (art. 64) in the older 'Beschikking' layout: the title centred,
    a framed two-column block with the person's data and the V-number, the decision and the period, 'Deze beschikking
    is genomen namens de minister' at the foot."""
    end = c.art64_end or (c.since - dt.timedelta(days=1) if c.since else c.sub + dt.timedelta(days=10))
    start = add_years(end, -1) + dt.timedelta(days=1)
    sh = c.new_sheet()
    W = c.page_w
    y = _beschikking(sh, c, "Beslissing op uw aanvraag – uitstel van vertrek", [("Naam", f"{c.p.surname}, {c.p.given_names}"),
                                           ("Geboortedatum", d_nl(c.p.birth_date, "dashes_zero")),
                                           ("V-nummer", c.vnr),
                                           ("Datum beschikking", d_nl(start - dt.timedelta(days=rng.randint(5, 20)),
                                                                      "dashes_zero"))])
    T(sh, 20, y, "Onderwerp: uitstel van vertrek (artikel 64 Vreemdelingenwet 2000)", font="serif", size=11, bold=True)
    y = P(sh, 20, y + 9, W - 40, f"Aan betrokkene wordt uitstel van vertrek verleend van {d_nl(start)} tot en met "
          f"{d_nl(end)}, omdat het Bureau Medische Advisering heeft geadviseerd dat betrokkene om medische redenen "
          "niet in staat is te reizen.", font="serif", size=11, leading=1.5) + 10
    T(sh, 20, y, "Namens de minister van Asiel en Migratie,", font="serif", size=10)
    sh.signature(20, y + 4, 36, 11, rng, color=BLACK_INK)
    return [c.intr(sh)]


def permit_beschikking(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The IND's decision granting the permit in the same 'Beschikking' layout with the start date in the block."""
    sh = c.new_sheet()
    W = c.page_w
    since = c.since or (c.sub - dt.timedelta(days=400))
    y = _beschikking(sh, c, "Beslissing op uw aanvraag – verblijfsvergunning", [("Naam", f"{c.p.surname}, {c.p.given_names}"),
                                           ("V-nummer", c.vnr), ("Ingangsdatum vergunning", d_nl(since, "dashes_zero")),
                                           ("Datum beschikking", d_nl(since - dt.timedelta(days=rng.randint(10, 40)),
                                                                      "dashes_zero"))])
    T(sh, 20, y, "Onderwerp: uw aanvraag om een verblijfsvergunning", font="serif", size=11, bold=True)
    y = P(sh, 20, y + 9, W - 40, f"De aanvraag wordt ingewilligd. Aan betrokkene wordt een verblijfsvergunning regulier "
          f"voor bepaalde tijd verleend, ingaande {d_nl(since)}.", font="serif", size=11, leading=1.5) + 10
    T(sh, 20, y, "Namens de minister van Asiel en Migratie,", font="serif", size=10)
    sh.signature(20, y + 4, 36, 11, rng, color=BLACK_INK)
    return [c.intr(sh)]


def mvv_enlarged(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The MVV visa sticker with the facing passport page below it, where the Royal Marechaussee's entry stamp at
    Schiphol (a rectangular stamp with the date) was struck; copied together on one sheet."""
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
    sh.rect(x0, y0 + ph + 4, pw, 110, width_mm=0, fill=(236, 234, 246))
    sh.stamp(70, y0 + ph + 30, ["KMAR", "SCHIPHOL", f"{start + dt.timedelta(days=rng.randint(3, 40)):%d-%m-%Y}"], rng,
             shape="rect", size_mm=30, color=(40, 40, 40))
    return [sh]


_reg("cover-letter-bijlagen-doorlopend-genummerd-voetnoot", "other", PART, "nl", cover_letter_checkboxes,
     "Dutch lawyer's cover letter, firm at the right, numbered productions, footnote on the first page")
_reg("art64-decision-brief-kenmerk-rechtsmiddel-kader", "other", PART, "nl", art64_beschikking,
     "IND art. 64 decision as a letter with the data as label lines and the legal remedy in a framed box")
_reg("permit-letter-brief-kenmerk-rechtsmiddel-kader", "other", PART, "nl", permit_beschikking,
     "IND decision granting the permit as a letter with the legal remedy in a framed box")
_reg("mvv-sticker-sur-met-stempel-schiphol", "other", PART, "nl", mvv_enlarged,
     "MVV sticker copied with the facing page's Schiphol entry stamp")
