"""IND families of the `fourteenth` part (registered in ind.FAMILIES).

Written after dev, heldout and the parts fresh to thirteenth had been read, by a writer who did not see the validator:
the IND forms laid out as a two-column table without vertical rules (the question at the left, the answer in a grey
shaded cell at the right), the sections headed by a letter in a dark circle, the V-number in the running header
'V-nummer: ...' on every page and the page count 'Pagina n van N' at the foot, typed in a sans face or written by hand
into the shaded cells; a municipality's payslip (the collective agreement for municipalities with the individual
choice budget, IKB), the guarantor form co-signed by the guarantor's partner, the standard employer's statement
(werkgeversverklaring) in its ruled model; a specialist's statement on the lawyer's numbered-question form and an HIV
treatment centre's nurse specialist's letter; an oncology centre's confirmation of the treatment path with a timeline,
an institution's statement on letter paper with a large faded logo in the middle, a hospital's letter with the
contact details in a right-hand sidebar; a Dutch insurer's English/Dutch insurance certificate, an incoming insurer's
confirmation with a premium table, a Peruvian insurer's Spanish/English certificate on Letter paper; DUO's diploma in a
guilloche border with the number in red, an exemption decision printed from the MijnOverheid Berichtenbox with the
message page first, a results letter with a bar per exam part against the cut-off; a Dutch lawyer's cover letter with
the enclosures as ticked boxes, the IND's decisions in the older 'Beschikking' layout with a two-column data block,
the MVV sticker copied alone and enlarged.  Every maker draws on ``c.new_sheet()`` and marks pages that print the
V-number with ``c.intr``.
"""
from __future__ import annotations

import math
import random

from .fourteenth_identity import index_flag
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

PART = "fourteenth"
DARK = (40, 55, 75)
SHADE = (232, 234, 236)


# =========================================================================== application forms: shaded answer cells

class _ShadeForm:
    """An IND form as a two-column table without vertical rules: the question at the left, the answer in a grey
    shaded cell at the right; sections headed by a letter in a dark circle; 'V-nummer: ...' in the running header
    of every page, 'Pagina n van N' and the form's number at the foot."""

    def __init__(self, c: Case, rng: random.Random, title: str, code: str):
        self.c, self.rng, self.title, self.code = c, rng, title, code
        self.hand = c.fill == "hand"
        self.ink = rng.choice([BLUE_INK, BLACK_INK])
        self.sheets: list[Sheet] = []
        self.letter = 0
        self.page()

    def page(self) -> None:
        c = self.c
        sh = c.new_sheet()
        W = c.page_w
        T(sh, 18, 10, "Immigratie- en Naturalisatiedienst", font="sans2", size=8.5, color=GREY)
        T(sh, W - 18, 10, "V-nummer: ", font="sans2", size=8.5, color=GREY, align="right")
        self.sheets.append(c.intr(sh))
        vx = W - 18
        if self.hand and len(self.sheets) > 0:
            sh.handwriting(vx - 2, 13, hand_safe(c.vnr), self.rng, size_pt=11, color=self.ink, font="hand1")
        else:
            T(sh, vx, 14, c.vnr, font="sans2", size=10, bold=True, align="right")
        sh.rule(18, 20, W - 18, 20, width_mm=0.3, color=DARK)
        if len(self.sheets) == 1:
            P(sh, 18, 26, W - 36, self.title, font="sans2", size=14)
            self.y = 42.0
        else:
            self.y = 28.0

    @property
    def sh(self) -> Sheet:
        return self.sheets[-1]

    def section(self, t: str) -> None:
        if self.y > self.c.page_h - 50:
            self.page()
        self.letter += 1
        L = "ABCDEFGH"[self.letter - 1]
        self.sh.rect(18, self.y - 0.5, 7, 7, width_mm=0, fill=DARK)
        T(self.sh, 21.5, self.y + 0.6, L, font="sans2", size=10, bold=True, color=(255, 255, 255), align="center")
        T(self.sh, 29, self.y + 0.5, t, font="sans2", size=11.5, bold=True, color=DARK)
        self.y += 11

    def q(self, question: str, answer: str) -> None:
        W = self.c.page_w
        qrows = self.sh.wrap(question, 70, font="sans2", size_pt=9.5)
        arows = self.sh.wrap(answer or "", 82, font="sans2", size_pt=10.5) if answer else [""]
        h = max(4.6 * len(qrows), 5.2 * len(arows)) + 3.5
        if self.y + h > self.c.page_h - 22:
            self.page()
        for k, r in enumerate(qrows):
            T(self.sh, 18, self.y + 1 + k * 4.6, r, font="sans2", size=9.5)
        self.sh.rect(100, self.y, W - 118, h, width_mm=0, fill=SHADE)
        for k, r in enumerate(arows):
            if not r:
                continue
            if self.hand:
                self.sh.handwriting(102, self.y + 0.2 + k * 5.2, hand_safe(r), self.rng, size_pt=11, color=self.ink,
                                    font="hand1")
            else:
                T(self.sh, 102, self.y + 1.2 + k * 5.2, r, font="sans2", size=10.5)
        self.y += h + 2

    def opt(self, question: str, opts: list[str], chosen: int) -> None:
        W = self.c.page_w
        if self.y + 10 > self.c.page_h - 22:
            self.page()
        qrows = self.sh.wrap(question, 70, font="sans2", size_pt=9.5)
        h = max(4.6 * len(qrows), 6) + 3
        for k, r in enumerate(qrows):
            T(self.sh, 18, self.y + 1 + k * 4.6, r, font="sans2", size=9.5)
        self.sh.rect(100, self.y, W - 118, h, width_mm=0, fill=SHADE)
        x = 103
        for k, o in enumerate(opts):
            self.sh.rect(x, self.y + 1.6, 3.6, 3.6, width_mm=0.3, color=(60, 60, 60), fill=(255, 255, 255))
            if k == chosen:
                if self.hand:
                    self.sh.handwriting(x - 0.6, self.y - 0.6, "x", self.rng, size_pt=12, color=self.ink,
                                        font="hand4")
                else:
                    T(self.sh, x + 1.8, self.y + 1.6, "X", font="sans2", size=8.5, bold=True, align="center")
            T(self.sh, x + 5.5, self.y + 1.3, o, font="sans2", size=10)
            x += 24
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
          "beantwoord.", font="sans2", size=9.5)
        self.y += 9
        self.q("Plaats", c.p.address.city if c.p.address else "Den Haag")
        self.q("Datum", c.dfmt(c.sub - dt.timedelta(days=self.rng.randint(1, 6))))
        if self.y + 28 > c.page_h - 22:
            self.page()
        T(self.sh, 18, self.y + 1, "Handtekening", font="sans2", size=9.5)
        self.sh.rect(100, self.y, c.page_w - 118, 26, width_mm=0, fill=SHADE)
        self.sh.signature(110 + self.rng.uniform(0, 20), self.y + 5, 46, 16, self.rng, color=self.ink)
        self.y += 28

    def finish(self) -> list[Sheet]:
        n = len(self.sheets)
        for i, sh in enumerate(self.sheets, 1):
            T(sh, 18, self.c.page_h - 12, f"{self.code}", font="sans2", size=7.5, color=GREY)
            T(sh, self.c.page_w - 18, self.c.page_h - 12, f"Pagina {i} van {n}", font="sans2", size=8,
              align="right")
        return self.sheets


def form_med_shaded(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _ShadeForm(c, rng, "Aanvraag verblijfsvergunning – medische behandeling", "Formulier 3101 – 2026/1")
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
    f = _ShadeForm(c, rng, "Aanvraag verblijfsvergunning regulier voor voortgezet verblijf", "Formulier 7027 – 2026/1")
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
    f = _ShadeForm(c, rng, "Aanvraag verlenging verblijfsvergunning regulier bepaalde tijd", "Formulier 3102 – 2026/1")
    f.person()
    f.section("Uw verblijfsvergunning")
    f.q("Verblijfsdoel", GENERIC_PURPOSES[seed_of("purpose", c.rng_seed) % len(GENERIC_PURPOSES)])
    f.q("Geldig tot", c.dfmt(c.sub + dt.timedelta(days=rng.randint(20, 80))))
    f.sign()
    return f.finish()


_reg("ind-form-med-grijze-antwoordcellen-sectieletters", "application", PART, "nl", form_med_shaded,
     "medical treatment form as a two-column table with grey answer cells, lettered sections, V-number in the header")
_reg("ind-form-7027-grijze-antwoordcellen-sectieletters", "application", PART, "nl", form_7027_shaded,
     "form 7027 with grey answer cells and lettered sections")
_reg("ind-form-generic-grijze-antwoordcellen-sectieletters", "application", PART, "nl", form_generic_shaded,
     "extension form with grey answer cells and lettered sections")


# =========================================================================== income

def payslip_gemeente(c: Case, rng: random.Random, month: int = 11, **_) -> list[Sheet]:
    """A municipality's payslip (collective agreement for municipalities): the municipality's name, 'Salarisspecificatie
    november 2026', the employee's scale and step ('schaal 6, trede 8'), the lines with the salary, the individual
    choice budget (IKB) saved and the deductions, the net pay in a box; the employer's pension fund line."""
    e, w = _emp(c, rng), earner(c)
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    sh = c.new_sheet()
    W = c.page_w
    f = "sans5"
    city = rng.choice(["Tilburg", "Zwolle", "Schiedam", "Leeuwarden", "Almere", "Venlo"])
    T(sh, 18, 14, f"Gemeente {city}", font=f, size=14, bold=True, color=(0, 100, 80))
    T(sh, W - 18, 14, f"Salarisspecificatie {['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'][month - 1]} 2026",
      font=f, size=10, align="right")
    y = 30
    for a, b in (("Medewerker", f"{w.surname}, {w.given_names}"), ("Personeelsnummer", e["pnr"]),
                 ("Functie", rng.choice(["medewerker schoonmaak", "medewerker groenvoorziening", "baliemedewerker"])),
                 ("Schaal / trede", f"{rng.randint(4, 7)} / {rng.randint(3, 10)}"), ("Loonheffingennr.", e["lhn"])):
        T(sh, 18, y, a, font=f, size=8.5, color=GREY)
        T(sh, 62, y, b, font=f, size=9.5)
        y += 5.2
    y += 6
    sh.rect(18, y, W - 36, 7, width_mm=0, fill=(220, 236, 230))
    T(sh, 20, y + 1.5, "Omschrijving", font=f, size=9, bold=True)
    T(sh, W - 20, y + 1.5, "Bedrag", font=f, size=9, bold=True, align="right")
    y += 9
    base = k["bruto"]
    ikb = round(base * 0.163, 2)
    for d_, b_ in (("Salaris", eur(base, False)), ("IKB opbouw 16,3% (niet uitbetaald)", f"({eur(ikb, False)})"),
                   ("Pensioenpremie ABP", "-" + eur(k["pens"], False)), ("Loonheffing", "-" + eur(k["lh"], False)),
                   ("Woon-werkverkeer", eur(k["reis"], False))):
        T(sh, 20, y, d_, font=f, size=9.5)
        T(sh, W - 20, y, b_, font=f, size=9.5, align="right")
        sh.rule(18, y + 5.2, W - 18, y + 5.2, width_mm=0.1, color=(200, 200, 200))
        y += 6.5
    sh.rect(W - 90, y + 3, 72, 10, width_mm=0.5, color=(0, 100, 80))
    T(sh, W - 87, y + 5.3, "Netto", font=f, size=10.5, bold=True)
    T(sh, W - 21, y + 5.3, eur(k["net"]), font=f, size=10.5, bold=True, align="right")
    T(sh, 18, y + 20, f"Uitbetaald op rekening {e['iban']} · IKB-saldo {eur(ikb * month, False)}", font=f, size=8.5,
      color=GREY)
    return [sh]


def guarantor_partner_cosigned(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The guarantee form ('garantverklaring') filled in on screen: the guarantor's data, the person guaranteed,
    the income in a small table, the guarantor's signature and, in a second box, the signature of the guarantor's
    partner who agrees to the guarantee."""
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
        sh.rect(80, y - 1, W - 98, 6.5, width_mm=0.2, color=(160, 160, 160))
        T(sh, 82, y, b, font=f, size=10)
        y += 8
    y = P(sh, 18, y + 4, W - 36, "Ik verklaar dat ik garant sta voor alle kosten die de vreemdeling maakt voor "
          "verblijf, levensonderhoud en medische behandeling in Nederland, en dat ik de kosten zal vergoeden die de "
          "overheid moet maken.", font=f, size=10, leading=1.45) + 6
    when = c.sub - dt.timedelta(days=rng.randint(10, 40))
    for j, (lab, who) in enumerate((("Handtekening garantsteller", f"{g.given_names} {g.surname}"),
                                    ("Handtekening partner van de garantsteller (instemming)",
                                     rng.choice(["M. de Vries", "S. Bakker", "A. El Idrissi", "R. Yıldız"])))):
        x = 18 + j * ((W - 36) / 2)
        sh.rect(x, y, (W - 36) / 2 - 4, 34, width_mm=0.3)
        T(sh, x + 2, y + 1.5, lab, font=f, size=8, color=GREY)
        sh.signature(x + 8, y + 9, 42, 14, rng, color=rng.choice([BLUE_INK, BLACK_INK]))
        T(sh, x + 2, y + 27, f"{who} · {d_nl(when, 'dashes_zero')}", font=f, size=8.5)
    return [sh]


def werkgeversverklaring(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The standard employer's statement ('werkgeversverklaring') in its ruled model: numbered rows for the
    employer, the employee, the employment (since, permanent or temporary, hours), the gross annual salary, holiday
    allowance and the fixed end-of-year payment, and the employer's declaration with signature and company stamp."""
    e, w = _emp(c, rng), earner(c)
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    sh = c.new_sheet()
    W = c.page_w
    f = "sans4"
    T(sh, 18, 14, "WERKGEVERSVERKLARING", font=f, size=15, bold=True)
    T(sh, 18, 21, "volgens het model van de Stichting Waarborgfonds Eigen Woningen (versie 2026)", font=f, size=8,
      color=GREY)
    since = c.sub - dt.timedelta(days=rng.randint(400, 3000))
    rows = [("1", "Naam werkgever", e["name"]), ("2", "Vestigingsplaats", e.get("city", "Rotterdam")),
            ("3", "Naam werknemer", f"{w.given_names} {w.surname}"),
            ("4", "Geboortedatum werknemer", d_nl(w.birth_date, "dashes_zero")),
            ("5", "In dienst sinds", d_nl(since, "dashes_zero")),
            ("6", "Dienstverband", rng.choice(["vast (onbepaalde tijd)", "bepaalde tijd, met intentie tot "
                                                                         "verlenging"])),
            ("7", "Uren per week", str(rng.choice([32, 36, 38, 40]))),
            ("8", "Bruto jaarsalaris (excl. vakantiegeld)", eur(k["bruto"] * 12)),
            ("9", "Vakantietoeslag", eur(k["bruto"] * 12 * 0.08)),
            ("10", "Vaste eindejaarsuitkering / 13e maand", eur(k["bruto"] * 0.5))]
    y = 32
    for n, a, b in rows:
        sh.rect(18, y, 10, 9, width_mm=0.2)
        sh.rect(28, y, 78, 9, width_mm=0.2)
        sh.rect(106, y, W - 124, 9, width_mm=0.2)
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
    sh.signature(22, y + 14, 44, 14, rng, color=BLUE_INK)
    sh.stamp(120, y + 10, [e["name"][:24].upper(), e.get("city", "").upper()[:16]], rng, shape="rect", size_mm=34,
             color=(40, 60, 140))
    return [sh]


_reg("payslip-gemeente-cao-ikb-schaal-trede", "income-proof", PART, "nl", payslip_gemeente,
     "a municipality's payslip under the municipalities' agreement: scale and step, IKB saved, net in a box")
_reg("guarantor-garantverklaring-partner-medeondertekend", "income-proof", PART, "nl", guarantor_partner_cosigned,
     "guarantee form filled in on screen, signed by the guarantor and co-signed by the guarantor's partner")
_reg("werkgeversverklaring-model-genummerde-rijen", "income-proof", PART, "nl", werkgeversverklaring,
     "the standard employer's statement in its ruled model with numbered rows, company stamp")


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
    T(sh, 18, 12, lw["firm"], font=f, size=10, color=GREY)
    T(sh, 18, 22, "Vragen aan de behandelend arts", font=f, size=14, bold=True)
    T(sh, 18, 30, f"Patiënt: {c.p.given_names} {c.p.surname}, geboren {d_nl(c.p.birth_date, 'dashes_zero')}", font=f,
      size=10)
    start = _treat_start(c)
    qa = [("1. Wat is de diagnose?", m["dx"]),
          ("2. Welke behandeling krijgt patiënt en sinds wanneer?", f"{m['tx']}, sinds {d_nl(start)}."),
          ("3. Hoe lang zal de behandeling naar verwachting duren?", duration_phrase(c.duration, start, "nl")),
          ("4. Wat zijn de gevolgen als de behandeling stopt?", m["stop"]),
          ("5. Is de behandeling in het land van herkomst beschikbaar?", _not_available(c, "nl"))]
    y = 42
    for q, a in qa:
        T(sh, 18, y, q, font=f, size=10.5, bold=True)
        y = P(sh, 24, y + 5.5, W - 42, a, font=f, size=10.5, leading=1.45) + 5
    when = c.sub - dt.timedelta(days=rng.randint(6, 40))
    T(sh, 18, y + 4, f"{h.get('city', '')}, {d_nl(when)}", font=f, size=10.5)
    sh.signature(20, y + 8, 42, 13, rng, color=BLUE_INK)
    T(sh, 18, y + 24, f"{g} {s}, {m['doc_title']} – AGB {seed_of('agb14', c.rng_seed) % 10 ** 8:08d}", font=f,
      size=10)
    sh.stamp(130, y + 6, [h["name"][:24].upper(), m["spec"][:20].upper()], rng, size_mm=30, color=(40, 60, 140))
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
    T(sh, 18, 19, f"Behandelcentrum {m['spec']} · polikliniek", font=f, size=9.5, color=col)
    when = c.sub - dt.timedelta(days=rng.randint(5, 35))
    T(sh, 18, 34, f"{h.get('city', '')}, {d_nl(when)}", font=f, size=10)
    T(sh, 18, 42, "Betreft: medische informatie op verzoek van patiënt", font=f, size=10.5, bold=True)
    T(sh, 18, 48, f"{c.p.given_names} {c.p.surname}, geboren {d_nl(c.p.birth_date, 'dashes_zero')}", font=f, size=10)
    y = P(sh, 18, 58, W - 36, f"Op verzoek van bovengenoemde patiënt(e) bericht ik u het volgende. Patiënt(e) is bij "
          f"ons centrum in behandeling wegens {m['dx']}. De behandeling bestaat uit {m['tx']}. "
          f"{duration_phrase(c.duration, _treat_start(c), 'nl')}", font=f, size=10.5, leading=1.5) + 4
    y = P(sh, 18, y, W - 36, f"{m['stop']} {_not_available(c, 'nl')}", font=f, size=10.5, leading=1.5) + 8
    T(sh, 18, y, "Met vriendelijke groet,", font=f, size=10.5)
    for j, (nm, role) in enumerate(((f"{g} {s}", "verpleegkundig specialist"), (f"{g2} {s2}", m["doc_title"]))):
        sh.signature(18 + j * 85, y + 5, 40, 13, rng, color=BLUE_INK)
        T(sh, 18 + j * 85, y + 20, nm, font=f, size=10)
        T(sh, 18 + j * 85, y + 25, role, font=f, size=9, color=GREY)
    index_flag(sh, rng)
    return [sh]


_reg("medstat-specialist-vragenformulier-advocaat-genummerd", "medical-statement", PART, "nl", medstat_question_form,
     "treating specialist's answers on the lawyer's numbered question form, AGB code, hospital stamp")
_reg("medstat-verpleegkundig-specialist-behandelcentrum-indextab", "medical-statement", PART, "nl",
     medstat_hiv_nurse, "nurse specialist's letter co-signed by the internist, treatment centre, index flag")


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
    T(sh, 18, 19, f"Zorgpad {m['spec']}", font=f, size=9.5, color=GREY)
    T(sh, 18, 34, "Bevestiging behandeltraject", font=f, size=13, bold=True)
    T(sh, 18, 42, f"{c.p.given_names} {c.p.surname} · geboren {d_nl(c.p.birth_date, 'dashes_zero')}", font=f, size=10)
    y = 64
    sh.rule(25, y, W - 25, y, width_mm=1.2, color=col)
    span = (end - start).days or 1
    marks = [(start, "start"), (start + dt.timedelta(days=span // 3), "evaluatie"),
             (start + dt.timedelta(days=2 * span // 3), "evaluatie"), (end, "einde traject")]
    for d_, lab in marks:
        x = 25 + (W - 50) * (d_ - start).days / span
        sh.rect(x - 1.8, y - 1.8, 3.6, 3.6, width_mm=0, fill=col)
        T(sh, x, y - 8, lab, font=f, size=8.5, align="center")
        T(sh, x, y + 4, d_nl(d_, "dashes_zero"), font=f, size=8, align="center", color=GREY)
    y = P(sh, 18, y + 18, W - 36, f"Wij bevestigen dat {c.p.given_names} {c.p.surname} bij ons de behandeling "
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
    for k in range(12):
        r = 70 - k * 0.8
        sh.rect(W / 2 - r / 2, H / 2 - r / 2, r, r, width_mm=0.3, color=(236, 238, 244))
    T(sh, W / 2, H / 2 - 12, ini, font="serif4", size=60, align="center", color=(238, 240, 246))
    T(sh, W / 2, 14, h["name"].upper(), font=f, size=11, bold=True, align="center")
    T(sh, W / 2, 20, f"{m['spec']} · {h['city']}", font=f, size=9, align="center", color=GREY)
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
    sh.rect(W - 55, 0, 55, H, width_mm=0, fill=tuple(min(255, 215 + v // 6) for v in col))
    T(sh, 18, 14, h["name"], font=f, size=13, bold=True, color=col)
    for k, ln in enumerate((f"Afdeling {m['spec']}", f"Route {rng.randint(10, 99)}", h.get("city", ""),
                            f"T 0{rng.randint(10, 88)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
                            "", "Datum", d_nl(c.sub - dt.timedelta(days=rng.randint(6, 30)), "dashes_zero"),
                            "", "Ons kenmerk", f"ZH-{seed_of('zh14', c.rng_seed) % 100000:05d}")):
        T(sh, W - 51, 40 + k * 5.5, ln, font=f, size=8.5, bold=ln in ("Datum", "Ons kenmerk"))
    T(sh, 18, 40, "Verklaring over de behandeling", font=f, size=12.5, bold=True)
    y = P(sh, 18, 50, W - 80, f"{c.p.given_names} {c.p.surname} (geboren {d_nl(c.p.birth_date, 'dashes_zero')}) is "
          f"patiënt van onze afdeling {m['spec']}. Wij behandelen betrokkene met {m['tx']}.", font=f, size=10.5,
          leading=1.5) + 4
    y = P(sh, 18, y, W - 80, f"De afdeling kan en zal deze behandeling geven van {d_nl(start)} tot {d_nl(end)}. De "
          f"kosten bedragen ongeveer {eur(m['cost'])} per jaar.", font=f, size=10.5, leading=1.5) + 8
    T(sh, 18, y, "Met vriendelijke groet,", font=f, size=10.5)
    sh.signature(18, y + 5, 40, 13, rng, color=BLUE_INK)
    g, s_, _ = make_professional(random.Random(seed_of("care14c", c.rng_seed)), "NL")
    T(sh, 18, y + 20, f"{g} {s_}, {m['doc_title']}", font=f, size=10)
    return [sh]


_reg("care-zorgpad-tijdlijn-bevestiging-traject", "care-institution-statement", PART, "nl", care_timeline,
     "treatment centre's confirmation of the treatment path with a horizontal timeline")
_reg("care-verklaring-watermerklogo-midden", "care-institution-statement", PART, "nl", care_watermark_letter,
     "institution's statement on letter paper with a large faded logo in the middle")
_reg("care-ziekenhuisbrief-zijbalk-rechts", "care-institution-statement", PART, "nl", care_sidebar_letter,
     "hospital's letter with the contact details in a coloured right-hand sidebar")


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
    T(sh, 18, 14, ins["name"], font=f, size=14, bold=True, color=col)
    T(sh, 18, 36, "Verzekeringsverklaring / Insurance certificate", font=f, size=14, bold=True)
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
    T(sh, 18, 32, "Bevestiging van inschrijving", font=f, size=14, bold=True)
    T(sh, 18, 40, f"Polisnummer {_policy_no(c, 'INC-')}", font=f, size=9.5, color=GREY)
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
    T(sh, W / 2, 24.5, f"RUC 20{rng.randint(100000000, 999999999)}", font=f, size=8, color=GREY, align="center")
    T(sh, W / 2, 40, "CONSTANCIA DE COBERTURA / CERTIFICATE OF COVER", font=f, size=13, bold=True, align="center")
    y = 54
    for cap, val in (("Asegurado / Insured", f"{c.p.given_names} {c.p.surname}"),
                     ("Fecha de nacimiento / Date of birth", d_en(c.p.birth_date)),
                     ("Póliza N° / Policy no.", _policy_no(c, "PE-")),
                     ("Plan", ins.get("plan", "Salud Internacional")),
                     ("Ámbito / Territory", "mundial, incluidos los Países Bajos / worldwide incl. the Netherlands"),
                     ("Coberturas / Cover", "hospitalización, especialistas, medicamentos, preexistencias / in-patient, "
                                            "specialists, medication, pre-existing conditions")):
        rows = sh.wrap(val, W - 110, font=f, size_pt=10)
        hgt = 4.6 * len(rows) + 3
        sh.rect(20, y, 68, hgt, width_mm=0.2)
        sh.rect(88, y, W - 108, hgt, width_mm=0.2)
        T(sh, 22, y + 1.3, cap, font=f, size=8.8, bold=True)
        for k, r in enumerate(rows):
            T(sh, 90, y + 1.3 + k * 4.6, r, font=f, size=10)
        y += hgt
    T(sh, 20, y + 12, f"Lima, {d_en(c.sub - dt.timedelta(days=rng.randint(10, 40)))}", font=f, size=10)
    sh.signature(20, y + 17, 40, 13, rng, color=BLUE_INK)
    T(sh, 20, y + 32, "Jefe de Suscripción / Head of Underwriting", font=f, size=9.5)
    return [sh]


_reg("incoming-bevestiging-inschrijving-premietabel", "health-insurance", PART, "nl", incoming_premium_table,
     "incoming insurer's confirmation of enrolment with a premium table by period")
_reg("intl-constancia-peru-carta-bilingue", "health-insurance", PART, "es/en", intl_peru_carta,
     "Peruvian insurer's Spanish/English certificate of cover, ruled table, on Letter paper")
# the Dutch insurer's certificate registered last: the pool of insurance families keeps this order
_reg("polisblad-verzekeringsverklaring-nl-en", "health-insurance", PART, "nl/en", polisblad_verzekeringsverklaring,
     "Dutch insurer's insurance certificate in Dutch and English, as issued for use abroad")


# =========================================================================== civic integration

def duo_diploma_guilloche(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """DUO's civic-integration diploma with a guilloche border (interlaced wavy lines), the diploma number in red at
    the top right, the holder's data in a centred block, the sentence on the B1 exam, signed for the minister."""
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    d = _inb_date(c, rng)
    f = "serif5"
    for x0, y0, x1, y1 in ((12, 12, W - 12, 20), (12, H - 20, W - 12, H - 12)):
        for k in range(3):
            pts = []
            for i in range(0, int(x1 - x0) + 1, 2):
                pts.append((x0 + i, (y0 + y1) / 2 + 3 * math.sin(i / 4 + k * 2.1)))
            for (xa, ya), (xb, yb) in zip(pts, pts[1:]):
                sh.rule(xa, ya, xb, yb, width_mm=0.15, color=(60, 110, 150))
    T(sh, W - 20, 28, f"Nr. {seed_of('dip14', c.rng_seed) % 10 ** 8:08d}", font="mono2", size=10, color=(190, 30, 40),
      align="right")
    T(sh, W / 2, 55, "DIPLOMA INBURGERING", font=f, size=24, bold=True, align="center")
    T(sh, W / 2, 66, "Wet inburgering", font=f, size=11, align="center", color=GREY)
    T(sh, W / 2, 92, "De minister verklaart dat", font=f, size=11, align="center")
    T(sh, W / 2, 104, f"{c.p.given_names} {c.p.surname}", font=f, size=18, bold=True, align="center")
    T(sh, W / 2, 114, f"geboren op {d_nl(c.p.birth_date)} te {c.p.birth_place}", font=f, size=11, align="center")
    P(sh, 40, 128, W - 80, "het inburgeringsexamen met goed gevolg heeft afgelegd (taalniveau B1, Kennis van de "
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
    m = c.new_sheet()
    f = "sans4"
    m.rect(0, 0, W, 14, width_mm=0, fill=(21, 66, 139))
    T(m, 14, 4, "MijnOverheid · Berichtenbox", font=f, size=11, bold=True, color=(255, 255, 255))
    for k, (a, b) in enumerate((("Van", "Dienst Uitvoering Onderwijs (DUO)"), ("Onderwerp", "Besluit ontheffing "
                                                                                            "inburgeringsplicht"),
                                ("Datum", d_nl(d, "dashes_zero")), ("Bijlage", "besluit_ontheffing.pdf"))):
        T(m, 14, 26 + k * 7, a, font=f, size=9.5, bold=True)
        T(m, 45, 26 + k * 7, b, font=f, size=9.5)
    P(m, 14, 60, W - 28, f"Beste {c.p.given_names} {c.p.surname}, u heeft een besluit van DUO ontvangen. U vindt het "
      "besluit in de bijlage bij dit bericht.", font=f, size=10.5, leading=1.45)
    T(m, 14, c.page_h - 10, "https://mijn.overheid.nl/berichtenbox/inbox", font=f, size=7, color=GREY)
    sh = c.new_sheet()
    T(sh, 20, 14, "DUO", font=f, size=20, bold=True, color=(21, 66, 139))
    T(sh, 20, 22, "Dienst Uitvoering Onderwijs · Inburgering", font=f, size=8.5, color=GREY)
    T(sh, 20, 44, f"{c.p.given_names} {c.p.surname}", font=f, size=10)
    T(sh, 20, 62, f"Datum: {d_nl(d)}", font=f, size=10)
    T(sh, 20, 68, f"Geboortedatum: {d_nl(c.p.birth_date, 'dashes_zero')}", font=f, size=10)
    T(sh, 20, 82, "Besluit: ontheffing van de inburgeringsplicht", font=f, size=12, bold=True)
    y = P(sh, 20, 92, W - 40, "U heeft ons gevraagd om ontheffing van de inburgeringsplicht. Uit het medisch advies "
          "blijkt dat u door een medische beperking blijvend niet in staat bent het inburgeringsexamen te halen. Wij "
          "geven u daarom ontheffing. U hoeft niet meer in te burgeren.", font=f, size=10.5, leading=1.5) + 6
    y = P(sh, 20, y, W - 40, "Bent u het niet eens met dit besluit? Dan kunt u binnen 6 weken bezwaar maken.", font=f,
          size=10, leading=1.5) + 8
    T(sh, 20, y, "Met vriendelijke groet, namens de minister,", font=f, size=10)
    sh.signature(20, y + 4, 38, 12, rng, color=BLACK_INK)
    T(sh, 20, y + 18, "Dienst Uitvoering Onderwijs", font=f, size=10)
    return [m, sh]


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
    y = 68
    for k, p_ in enumerate(parts):
        ok = k != bad
        score = rng.randint(62, 95) if ok else rng.randint(30, 52)
        T(sh, 20, y, p_, font=f, size=10)
        T(sh, 20, y + 5, d_nl(d - dt.timedelta(days=10 * k), "dashes_zero"), font=f, size=8, color=GREY)
        sh.rect(100, y + 0.5, 60, 5, width_mm=0.2, color=(150, 150, 150))
        sh.rect(100, y + 0.5, 60 * score / 100, 5, width_mm=0, fill=(21, 66, 139) if ok else (190, 60, 50))
        sh.rule(100 + 60 * 0.56, y - 1.5, 100 + 60 * 0.56, y + 7.5, width_mm=0.3, dash=0.6)
        T(sh, W - 20, y, "Voldaan" if ok else "Niet voldaan", font=f, size=10, bold=not ok, align="right")
        y += 13
    T(sh, 100, y, "- - -  cesuur", font=f, size=8, color=GREY)
    P(sh, 20, y + 10, W - 40, "U heeft niet alle onderdelen gehaald; u kunt een nieuw examen aanvragen." if failed else
      "U heeft alle onderdelen gehaald. Uw diploma ontvangt u binnen 6 weken per post.", font=f, size=10.5,
      leading=1.45)
    return [sh]


_reg("duo-diploma-guilloche-rand-rood-nummer", "civic-integration", PART, "nl", duo_diploma_guilloche,
     "DUO diploma with a guilloche border and the number in red at the top right")
_reg("duo-ontheffing-berichtenbox-bericht-plus-besluit", "civic-integration", PART, "nl", duo_ontheffing_berichtenbox,
     "DUO exemption printed from the MijnOverheid Berichtenbox: the message page, then the decision")
_reg("duo-uitslag-balken-cesuurlijn", "civic-integration", PART, "nl", duo_uitslag_bars,
     "results letter with a bar per exam part against a dashed cut-off line")


# =========================================================================== other

def cover_letter_checkboxes(c: Case, rng: random.Random, *, enclosures: list[str] | None = None, **_) -> list[Sheet]:
    """A Dutch lawyer's cover letter with the firm's name in a serif at the left and a thin rule across, the
    addressee, a 'Betreft' line in bold with the V-number, the letter, and the enclosures as a list of ticked boxes
    (☒) after 'Bijgevoegd:'."""
    lw = c.lawyer or LAWYERS[0]
    sh = c.new_sheet()
    W = c.page_w
    f = "serif2"
    T(sh, 22, 14, lw["firm"], font=f, size=13, bold=True)
    T(sh, 22, 20, f"advocaten · {lw['street']} · {lw['pc']} {lw['city']}", font=f, size=8, color=GREY)
    sh.rule(22, 23, W - 22, 23, width_mm=0.3)
    y = 38
    for ln in IND_ADDRESSES[rng.randrange(len(IND_ADDRESSES))].split("\n"):
        T(sh, 22, y, ln, font=f, size=10.5)
        y += 5
    T(sh, W - 22, 66, f"{lw['city']}, {d_nl(c.sub - dt.timedelta(days=rng.randint(0, 3)))}", font=f, size=10.5,
      align="right")
    T(sh, 22, 76, f"Betreft: {c.p.given_names} {c.p.surname} – V-nummer {c.vnr}", font=f, size=10.5, bold=True)
    y = 86
    paras = ["Geachte heer, mevrouw,", f"Hierbij zend ik u namens cliënt(e) de aanvraag {PROC_NL[c.procedure]}, met "
             f"de hieronder aangekruiste stukken."]
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
        T(sh, 22, y + 2, "Bijgevoegd:", font=f, size=10.5, bold=True)
        for e in enclosures:
            y += 5.6
            sh.rect(24, y + 3.2, 3.2, 3.2, width_mm=0.25)
            sh.rule(24, y + 3.2, 27.2, y + 6.4, width_mm=0.25)
            sh.rule(27.2, y + 3.2, 24, y + 6.4, width_mm=0.25)
            T(sh, 30, y + 2.4, e, font=f, size=10)
        y += 10
    y += 3
    T(sh, 22, y, "Met vriendelijke groet,", font=f, size=10.5)
    sh.signature(22, y + 4, 42, 13, rng, color=BLUE_INK)
    T(sh, 22, y + 19, c.lawyer_name or f"mr. {lw.get('last', '')}", font=f, size=10.5)
    return [c.intr(sh)]


def _beschikking(sh: Sheet, c: Case, title: str, rows: list[tuple[str, str]]) -> float:
    W = c.page_w
    T(sh, 20, 14, "Ministerie van Asiel en Migratie", font="serif", size=9, color=GREY)
    T(sh, 20, 19, "Immigratie- en Naturalisatiedienst", font="serif", size=11, bold=True)
    T(sh, W / 2, 38, title, font="serif", size=14, bold=True, align="center")
    y = 50
    sh.rect(20, y, W - 40, 7 * len(rows) + 4, width_mm=0.3)
    for k, (a, b) in enumerate(rows):
        T(sh, 24, y + 2.5 + k * 7, a, font="serif", size=9.5, color=GREY)
        T(sh, 80, y + 2.5 + k * 7, b, font="serif", size=10.5)
    return y + 7 * len(rows) + 12


def art64_beschikking(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The IND's decision on deferral of departure (art. 64) in the older 'Beschikking' layout: the title centred,
    a framed two-column block with the person's data and the V-number, the decision and the period, 'Deze beschikking
    is genomen namens de minister' at the foot."""
    end = c.art64_end or (c.since - dt.timedelta(days=1) if c.since else c.sub + dt.timedelta(days=10))
    start = add_years(end, -1) + dt.timedelta(days=1)
    sh = c.new_sheet()
    W = c.page_w
    y = _beschikking(sh, c, "BESCHIKKING", [("Naam", f"{c.p.surname}, {c.p.given_names}"),
                                           ("Geboortedatum", d_nl(c.p.birth_date, "dashes_zero")),
                                           ("V-nummer", c.vnr),
                                           ("Datum beschikking", d_nl(start - dt.timedelta(days=rng.randint(5, 20)),
                                                                      "dashes_zero"))])
    T(sh, 20, y, "Onderwerp: uitstel van vertrek (artikel 64 Vreemdelingenwet 2000)", font="serif", size=11, bold=True)
    y = P(sh, 20, y + 9, W - 40, f"Aan betrokkene wordt uitstel van vertrek verleend van {d_nl(start)} tot en met "
          f"{d_nl(end)}, omdat het Bureau Medische Advisering heeft geadviseerd dat betrokkene om medische redenen "
          "niet in staat is te reizen.", font="serif", size=11, leading=1.5) + 10
    T(sh, 20, y, "Deze beschikking is genomen namens de minister van Asiel en Migratie.", font="serif", size=10)
    return [c.intr(sh)]


def permit_beschikking(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The IND's decision granting the permit in the same 'Beschikking' layout with the start date in the block."""
    sh = c.new_sheet()
    W = c.page_w
    since = c.since or (c.sub - dt.timedelta(days=400))
    y = _beschikking(sh, c, "BESCHIKKING", [("Naam", f"{c.p.surname}, {c.p.given_names}"),
                                           ("V-nummer", c.vnr), ("Ingangsdatum vergunning", d_nl(since, "dashes_zero")),
                                           ("Datum beschikking", d_nl(since - dt.timedelta(days=rng.randint(10, 40)),
                                                                      "dashes_zero"))])
    T(sh, 20, y, "Onderwerp: uw aanvraag om een verblijfsvergunning", font="serif", size=11, bold=True)
    y = P(sh, 20, y + 9, W - 40, f"De aanvraag wordt ingewilligd. Aan betrokkene wordt een verblijfsvergunning regulier "
          f"voor bepaalde tijd verleend, ingaande {d_nl(since)}.", font="serif", size=11, leading=1.5) + 10
    T(sh, 20, y, "Deze beschikking is genomen namens de minister van Asiel en Migratie.", font="serif", size=10)
    return [c.intr(sh)]


def mvv_enlarged(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The MVV visa sticker copied alone, enlarged 150 % on the copier so that it fills the upper half of the sheet,
    the passport page's edge cut off at the sides."""
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
    T(sh, 20, y0 + ph + 8, "vergroot 150 %", font="sans", size=7, color=GREY)
    return [sh]


_reg("cover-letter-aangekruiste-bijlagen-betreftregel", "other", PART, "nl", cover_letter_checkboxes,
     "Dutch lawyer's cover letter with the enclosures as ticked boxes and the V-number in the subject line")
_reg("art64-decision-beschikking-kaderblok", "other", PART, "nl", art64_beschikking,
     "IND art. 64 decision in the older 'Beschikking' layout with a framed data block")
_reg("permit-letter-beschikking-kaderblok", "other", PART, "nl", permit_beschikking,
     "IND decision granting the permit in the 'Beschikking' layout")
_reg("mvv-sticker-sur-alleen-vergroot-150", "other", PART, "nl", mvv_enlarged,
     "MVV sticker copied alone, enlarged 150 %")
