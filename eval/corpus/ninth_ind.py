"""IND families of the `eighth` part (registered in ind.FAMILIES).

Written after dev, heldout, fresh, fourth, fifth, sixth and seventh had been read, by a writer who did not see the
validator: the IND forms completed on screen and printed in greyscale, each question a two-cell table row under
black section bars ('Vraag 3 – ...'), the V-number in a boxed field on every page, 'pagina x van y'; a catering
employer's four-weekly payslip in a mono ledger, a guarantee with the municipality's legalisation of the signature,
an employer's annual statement ('jaaropgaaf') in boxes, an internet-banking print of the last salary credits; an
outpatient clinic's letter to the GP, a GP's typed statement, an English report of the hospital in the country of
origin; a care institution's confirmation e-mail printed, a mental-health institution's statement copied from a
stapled bundle, an acceptance form with a yes/no grid; a policy sheet with a table of insured persons, an incoming
insurer's card copied with its letter, a Brazilian plan's Portuguese/English declaration on Letter paper; DUO's
diploma with a drum streak, an exemption letter from 'Mijn DUO', a results letter as a bullet list; a cover letter
with a reference strip, and IND decisions and the MVV page copied with the office's copy habits (drum streak,
dog-eared corner, dark gutter, sticky notes, colour cast, toner running low).  Every maker draws on
``c.new_sheet()`` (so a planted US-Letter page is honoured) and marks pages that print the V-number themselves with
``c.intr``.
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
from .ninth_identity import halftone_scan, staple_holes, clip_shadow, received_stamp, hand_safe, exhibit_stamp, fold_creases

PART = "ninth"
NAVY = (20, 40, 90)


def _ins(c: Case) -> str:
    return c.__dict__.get("_ins_name") or (c.insurer_intl or {}).get("name") or "Clínica Global Seguros S.A."


def _same(out: Sheet, like: Sheet) -> Sheet:
    out.paper = like.paper
    return out


# =========================================================================== application forms in table rows

class _RowForm:
    """An IND form completed on screen and printed in greyscale: each section opened by a black bar ('Vraag 3 –
    ...'), each question a two-cell table row (the question in the left cell, the answer typed or written in the
    right cell), yes/no answers as square boxes in the answer cell, the V-number in a boxed field at the top right
    of every page, the form code and 'pagina x van y' in the footer."""

    def __init__(self, c: Case, rng: random.Random, title: str, code: str):
        self.c, self.rng, self.title, self.code = c, rng, title, code
        self.hand = c.fill == "hand"
        self.ink = rng.choice([BLUE_INK, BLACK_INK])
        self.hf = rng.choice(["hand1", "hand3", "hand4"])
        self.sheets: list[Sheet] = []
        self.sec = 0
        self.page()

    def page(self) -> None:
        c = self.c
        sh = c.new_sheet()
        W = c.page_w
        sh.rect(18, 9, 16, 9, width_mm=0, fill=(0, 0, 0))
        T(sh, 26, 10.6, "IND", font="sans2", size=12, bold=True, color=(255, 255, 255), align="center")
        T(sh, 38, 10.2, self.title, font="sans2", size=9, bold=True)
        T(sh, 38, 14.6, "Immigratie- en Naturalisatiedienst", font="sans2", size=7.5, color=GREY)
        sh.rect(W - 62, 20, 44, 8, width_mm=0.3)
        T(sh, W - 61, 20.6, "V-nummer", font="sans2", size=6.5, color=GREY)
        self.sheets.append(c.intr(sh))
        self._answer(W - 48, 23.2, c.vnr, sh, size=9.5)
        self.y = 34

    @property
    def sh(self) -> Sheet:
        return self.sheets[-1]

    def _answer(self, x: float, y: float, s: str, sh: Sheet | None = None, size: float = 9.8) -> None:
        sh = sh or self.sh
        if not s:
            return
        if self.hand:
            sh.handwriting(x, y - 1.2, hand_safe(s), self.rng, size_pt=size + 1, color=self.ink, font=self.hf)
        else:
            T(sh, x, y, s, font="sans", size=size)

    def head(self, t: str) -> None:
        if self.y > self.c.page_h - 45:
            self.page()
        self.sec += 1
        self.y += 2
        self.sh.rect(18, self.y, self.c.page_w - 36, 7, width_mm=0, fill=(25, 25, 25))
        T(self.sh, 20, self.y + 1.3, f"Vraag {self.sec} – {t}", font="sans2", size=9.5, bold=True,
          color=(255, 255, 255))
        self.y += 9

    def q(self, question: str, answer: str) -> None:
        W = self.c.page_w
        qlines = self.sh.wrap(question, 60, font="sans2", size_pt=8.6)
        h = max(9.0, 3 + 3.8 * len(qlines))
        if self.y + h > self.c.page_h - 20:
            self.page()
        self.sh.rect(18, self.y, 64, h, width_mm=0.2, fill=(242, 242, 242))
        self.sh.rect(82, self.y, W - 100, h, width_mm=0.2)
        for k, ln in enumerate(qlines):
            T(self.sh, 20, self.y + 1.5 + k * 3.8, ln, font="sans2", size=8.6)
        self._answer(84, self.y + 2.2, answer)
        self.y += h

    def choice(self, question: str, opts: list[str], chosen: set) -> None:
        W = self.c.page_w
        pos, x, yy = [], 85.0, 2.5
        for o in opts:
            ow = self.sh.text_width(o, font="sans2", size_pt=8.6)
            if x + 6 + ow > W - 20:
                x, yy = 85.0, yy + 6
            pos.append((x, yy, ow))
            x += 10 + ow
        qh = 3 + 3.8 * len(self.sh.wrap(question, 60, font="sans2", size_pt=8.6))
        h = max(9.0, yy + 6.5, qh)
        if self.y + h > self.c.page_h - 20:
            self.page()
        self.sh.rect(18, self.y, 64, h, width_mm=0.2, fill=(242, 242, 242))
        self.sh.rect(82, self.y, W - 100, h, width_mm=0.2)
        P(self.sh, 20, self.y + 1.5, 60, question, font="sans2", size=8.6)
        for k, (o, (x, dy, ow)) in enumerate(zip(opts, pos)):
            yy = self.y + dy
            self.sh.rect(x, yy, 3.4, 3.4, width_mm=0.3)
            if k in chosen:
                if self.hand:
                    self.sh.handwriting(x - 0.4, yy - 1.4, "x", self.rng, size_pt=12, color=self.ink, font="hand1")
                else:
                    self.sh.rule(x, yy, x + 3.4, yy + 3.4, width_mm=0.35)
                    self.sh.rule(x, yy + 3.4, x + 3.4, yy, width_mm=0.35)
            T(self.sh, x + 5, yy - 0.1, o, font="sans2", size=8.6)
        self.y += h

    def person(self) -> None:
        c, p = self.c, self.c.p
        self.head("Uw persoonsgegevens")
        self.q("Achternaam", p.surname)
        self.q("Voornamen (alle)", p.given_names)
        self.q("Geboortedatum (dd-mm-jjjj)", c.dfmt(p.birth_date))
        self.q("Geboorteplaats en geboorteland", f"{p.birth_place}, {country_nl(p)}")
        self.q("Nationaliteit", nat_nl(p))
        self.choice("Geslacht", ["man", "vrouw"], {0 if p.sex == "M" else 1})
        if p.address:
            self.q("Woonadres in Nederland (straat, huisnummer, postcode, plaats)",
                   f"{p.address.street} {p.address.number}, {p.address.postcode} {p.address.city}")
        if c.lawyer:
            self.head("Uw advocaat of gemachtigde")
            self.q("Naam en kantoor", f"{c.lawyer_name}, {c.lawyer['firm']}, {c.lawyer['city']}")

    def sign(self) -> None:
        c = self.c
        if self.y > c.page_h - 75:
            self.page()
        self.head("Ondertekening")
        P(self.sh, 20, self.y, c.page_w - 40, "Ik verklaar dat ik dit formulier naar waarheid heb ingevuld. Ik weet "
          "dat de IND de gegevens kan controleren en dat onjuiste gegevens gevolgen kunnen hebben.", font="sans2",
          size=8.6)
        self.y += 10
        self.q("Plaats", c.p.address.city if c.p.address else "Utrecht")
        self.q("Datum", c.dfmt(c.sub - dt.timedelta(days=self.rng.randint(1, 6))))
        W = c.page_w
        self.sh.rect(18, self.y, 64, 26, width_mm=0.2, fill=(242, 242, 242))
        self.sh.rect(82, self.y, W - 100, 26, width_mm=0.2)
        T(self.sh, 20, self.y + 1.5, "Handtekening aanvrager", font="sans2", size=8.6)
        self.sh.signature(88 + self.rng.uniform(0, 14), self.y + self.rng.uniform(4, 8), 46, 14, self.rng,
                          color=self.ink)
        self.y += 30

    def finish(self) -> list[Sheet]:
        n = len(self.sheets)
        for i, sh in enumerate(self.sheets, 1):
            T(sh, 18, self.c.page_h - 10, self.code, font="sans2", size=7, color=GREY)
            T(sh, self.c.page_w - 18, self.c.page_h - 10, f"pagina {i} van {n}", font="sans2", size=7.5,
              align="right")
        return self.sheets


def form_med_rows(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _RowForm(c, rng, "Aanvraagformulier verblijfsvergunning regulier – medische behandeling", "MED-V 2026-10")
    f.person()
    f.head("Uw behandeling in Nederland")
    f.q("Zorginstelling (naam en plaats)", f"{c.hospital.get('name', '')}, {c.hospital.get('city', '')}")
    f.q("Omschrijving van de behandeling", c.med.get("tx_short", ""))
    f.choice("Hebt u uitstel van vertrek gehad op grond van artikel 64 Vreemdelingenwet?", ["nee", "ja"],
             {1 if c.art64_end else 0})
    if c.art64_end:
        f.q("Einddatum van het uitstel van vertrek", c.dfmt(c.art64_end))
    else:
        f.choice("Wie betaalt de kosten van behandeling en verblijf?", ["ik", "garantsteller"], {1 if c.payer else 0})
    f.choice("Bent u in het bezit van een geldig paspoort?", ["ja", "nee – ik vraag vrijstelling"],
             {1 if c.no_passport else 0})
    f.choice("Bent u Surinamer en kwam u met een mvv voor medische behandeling?", ["nee", "ja"],
             {1 if c.suriname_visa else 0})
    f.sign()
    return f.finish()


def form_7027_rows(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _RowForm(c, rng, "Aanvraag verblijfsvergunning voortgezet verblijf (7027)", "7027 2026-10")
    f.person()
    f.head("Uw huidige of laatste verblijfsvergunning")
    keys = [k for k, _ in ROUTES_7027]
    f.choice("Verblijfsdoel van uw vergunning", [t for _, t in ROUTES_7027],
             {keys.index(c.route)} if c.route in keys else set())
    f.q("Datum van ingang van die vergunning", c.dfmt(c.since) if c.since else "")
    if c.route == "relationship":
        f.choice("Voldoet u aan de inburgeringsplicht?", ["ja, diploma", "ontheffing/vrijstelling", "nee"],
                 {0 if c.inburgering in ("diploma", "results", "failed") else 1 if c.inburgering == "exemption" else 2})
    f.sign()
    return f.finish()


def form_generic_rows(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _RowForm(c, rng, "Aanvraag verlenging verblijfsvergunning regulier bepaalde tijd", "VERL-V 2026-10")
    f.person()
    f.head("Uw aanvraag")
    f.q("Huidig verblijfsdoel", GENERIC_PURPOSES[seed_of("purpose", c.rng_seed) % len(GENERIC_PURPOSES)])
    f.q("Geldig tot", c.dfmt(c.sub + dt.timedelta(days=rng.randint(20, 80))))
    f.sign()
    return f.finish()


_reg("ind-form-med-omkaderde-blokken-ontvangen", "application", PART, "nl", form_med_rows,
     "medical treatment form filled on screen and printed in greyscale, two-cell question rows, black section bars")
_reg("ind-form-7027-omkaderde-blokken-ontvangen", "application", PART, "nl", form_7027_rows,
     "form 7027 in two-cell question rows, routes as square options in one answer cell")
_reg("ind-form-generic-omkaderde-blokken-ontvangen", "application", PART, "nl", form_generic_rows,
     "extension form in two-cell question rows, boxed V-number field")


# =========================================================================== income

def payslip_horeca(c: Case, rng: random.Random, month: int = 11, **_) -> list[Sheet]:
    """A hotel-and-catering employer's payslip over a four-week period ('periode 12, 4 weken'), printed by the
    payroll software in a mono face: a header block, then a ledger of 'code – omschrijving – uren – bedrag' lines,
    the 'netto te betalen' in a box; the employee's copy with a sticky note."""
    e, w = _emp(c, rng), earner(c)
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    firm = rng.choice(["Hotel De Gouden Leeuw B.V.", "Grand Café Centraal V.O.F.", "Restaurant De Waag B.V."])
    sh = c.new_sheet()
    W = c.page_w
    f = "typewriter3"
    per = month + 1
    T(sh, 18, 12, firm, font=f, size=10.5, bold=True)
    T(sh, 18, 17, f"Loonheffingennummer {e['lhn']}", font=f, size=8)
    T(sh, W - 18, 12, f"SALARISSTROOK periode {per:02d}/2026 (4 weken)", font=f, size=9, align="right")
    y = 28
    for a_, b_ in [("Naam", f"{w.surname}, {w.given_names}"), ("Pers.nr.", e["pnr"]),
                   ("Functie", "medewerker bediening"), ("CAO", "Horeca"), ("In dienst", d_nl(e["start"], "dashes_zero")),
                   ("Uurloon", eur(round(e["bruto"] / 160, 2)))]:
        T(sh, 18, y, f"{a_:<10}: {b_}", font=f, size=8.8)
        y += 4.6
    y += 4
    T(sh, 18, y, "CODE  OMSCHRIJVING                     UREN      BEDRAG", font=f, size=8.8, bold=True)
    sh.rule(18, y + 4.5, W - 18, y + 4.5, width_mm=0.2, dash=0.8)
    y += 7
    bruto4 = round(e["bruto"] * 12 / 13, 2)
    lines = [("1000", "Loon", "152,00", bruto4), ("1120", "Toeslag onregelm. uren", "18,00", round(bruto4 * 0.05, 2)),
             ("4010", "Pensioen PH", "", -round(bruto4 * k["pct"], 2)), ("5000", "Loonheffing", "",
                                                                         -round(k["lh"] * 12 / 13, 2)),
             ("6200", "Reiskostenvergoeding", "", k["reis"])]
    net = 0.0
    for code, desc, hrs, amt in lines:
        T(sh, 18, y, f"{code}  {desc:<30}{hrs:>8}", font=f, size=8.8)
        T(sh, W - 18, y, eur(amt, False) if amt >= 0 else "-" + eur(-amt, False), font=f, size=8.8, align="right")
        net += amt
        y += 4.8
    sh.rect(W - 80, y + 4, 62, 9, width_mm=0.4)
    T(sh, W - 78, y + 6, "NETTO TE BETALEN", font=f, size=8.8, bold=True)
    T(sh, W - 20, y + 6, eur(net, False), font=f, size=8.8, bold=True, align="right")
    T(sh, 18, y + 20, f"Overgemaakt naar {e['iban']} op {d_nl(c.sub - dt.timedelta(days=rng.randint(3, 9)), 'dashes_zero')}",
      font=f, size=8)
    exhibit_stamp(sh, 140, 140, ["loonstrook", "nov 2026"], rng, w=38)
    return [sh]


def guarantor_legalised(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The guarantee ('verklaring van garantstelling') typed by the guarantor, with the municipality's stamp
    legalising the guarantor's signature ('legalisatie handtekening') and a copy of the guarantor's last payslip
    total typed in at the foot."""
    g = c.payer or c.p
    e = _emp(c, random.Random(c.rng_seed))
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    sh = c.new_sheet()
    W = c.page_w
    f = "sans6"
    city = g.address.city if g.address else "Den Haag"
    T(sh, 20, 16, "Verklaring van garantstelling", font=f, size=14, bold=True)
    rows = [("Garantsteller", f"{g.given_names} {g.surname}, geb. {d_nl(g.birth_date, 'dashes_zero')}"),
            ("Adres", f"{g.address.street} {g.address.number}, {g.address.postcode} {city}" if g.address else city),
            ("Relatie tot de vreemdeling", c.payer_relation or "familielid"),
            ("Vreemdeling", f"{c.p.given_names} {c.p.surname}, geb. {d_nl(c.p.birth_date, 'dashes_zero')}"),
            ("Werkgever garantsteller", f"{e['name']} (KvK {e['kvk']})"),
            ("Bruto maandloon", eur(k["bruto"]))]
    y = 28
    for a, b in rows:
        T(sh, 20, y, a, font=f, size=9, color=GREY)
        y = P(sh, 80, y, W - 100, b, font=f, size=10) + 2.5
    y = P(sh, 20, y + 6, W - 40, "Ik stel mij garant voor alle kosten die de vreemdeling tijdens het verblijf in "
          "Nederland maakt, ook de kosten van de medische behandeling, zodat deze niet ten laste komen van de "
          "openbare kas. Ik weet dat de overheid deze kosten op mij kan verhalen.", font=f, size=10.5,
          leading=1.5) + 6
    T(sh, 20, y, f"{city}, {d_nl(c.sub - dt.timedelta(days=rng.randint(12, 40)))}", font=f, size=10.5)
    sh.signature(20, y + 5, 44, 14, rng, color=BLUE_INK)
    T(sh, 20, y + 21, f"{g.given_names} {g.surname}", font=f, size=10)
    sh.rect(110, y + 2, 78, 40, width_mm=0.3)
    T(sh, 112, y + 4, "Gezien voor legalisatie van de handtekening", font=f, size=8.5, bold=True)
    T(sh, 112, y + 9, f"van {g.given_names} {g.surname}", font=f, size=8.5)
    T(sh, 112, y + 14, f"Gemeente {city}, {d_nl(c.sub - dt.timedelta(days=rng.randint(5, 11)), 'dashes_zero')}",
      font=f, size=8.5)
    sh.stamp(140, y + 18, [f"GEMEENTE {city.upper()[:16]}", "BURGERZAKEN"], rng, size_mm=22, color=STAMP_VIOLET)
    sh.signature(114, y + 26, 26, 10, rng, style="initials", color=BLACK_INK)
    return [sh]


def jaaropgaaf(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An employer's annual statement for 2025 ('jaaropgaaf'), the box layout the payroll software prints: the
    employer and employee blocks side by side, then the fiscal wage, withheld tax and the tax credit applied."""
    e, w = _emp(c, rng), earner(c)
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    sh = c.new_sheet()
    W = c.page_w
    f = "sans4"
    T(sh, 18, 14, "JAAROPGAAF 2025", font=f, size=15, bold=True)
    T(sh, 18, 21, "Bewaar deze opgaaf bij uw belastingpapieren", font=f, size=8.5, color=GREY)
    for x, head, rows in ((18, "Werkgever", [e["name"], f"Loonheffingennr. {e['lhn']}"]),
                          (W / 2 + 2, "Werknemer", [f"{w.given_names} {w.surname}",
                                                    f"geb. {d_nl(w.birth_date, 'dashes_zero')}",
                                                    f"BSN {e['bsn']}"])):
        sh.rect(x, 30, W / 2 - 20, 26, width_mm=0.25)
        T(sh, x + 2, 32, head, font=f, size=8.5, bold=True)
        for j, r in enumerate(rows):
            T(sh, x + 2, 37.5 + j * 5, r, font=f, size=9)
    y = 66
    year = round(k["bruto"] * 12.96, 2)
    for a, b in [("Periode", f"01-01-2025 t/m 31-12-2025"), ("Fiscaal loon", eur(year)),
                 ("Ingehouden loonheffing", eur(round(k["lh"] * 12, 2))), ("Toegepaste loonheffingskorting", "ja"),
                 ("Werkgeversbijdrage Zvw", eur(round(year * 0.0657, 2))), ("Netto loon (indicatief)",
                                                                           eur(round(k["net"] * 12, 2)))]:
        sh.rect(18, y, 90, 7.5, width_mm=0.15, fill=(240, 244, 248))
        sh.rect(108, y, W - 126, 7.5, width_mm=0.15)
        T(sh, 20, y + 1.7, a, font=f, size=9)
        T(sh, W - 20, y + 1.7, b, font=f, size=9.5, align="right")
        y += 7.5
    T(sh, 18, c.page_h - 14, f"{e['name']} · salarisadministratie · afgedrukt {d_nl(dt.date(2026, 1, 28), 'dashes_zero')}",
      font=f, size=7.5, color=GREY)
    return [_same(fold_creases(sh, rng), sh)]


def bank_saldo_app(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A bank's 'inkomstenoverzicht' printed from internet banking: the last three salary credits listed one under
    the other with the employer's name and the reference, the account holder and the IBAN at the top, the bank's
    footer with the print date."""
    w = earner(c)
    e = _emp(c, rng)
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    bank = dict(c.bank) if c.bank else {"name": "Noorderbank N.V."}
    sh = c.new_sheet()
    W = c.page_w
    f = "sans5"
    sh.rect(0, 0, W, 16, width_mm=0, fill=(236, 120, 30))
    T(sh, 18, 4.5, bank["name"], font=f, size=12, bold=True, color=(255, 255, 255))
    T(sh, 18, 26, "Overzicht bijschrijvingen – salaris", font=f, size=13, bold=True)
    T(sh, 18, 34, f"Rekeninghouder: {w.given_names[0]}. {w.surname}    IBAN {e['iban']}", font=f, size=9.5)
    y = 46
    for m in (8, 9, 10):
        day = rng.randint(22, 26)
        sh.rect(18, y, W - 36, 16, width_mm=0.2, color=(200, 200, 200))
        T(sh, 21, y + 2, f"{day:02d}-{m:02d}-2026", font=f, size=9, color=GREY)
        T(sh, 21, y + 7.5, f"{e['name']} – SALARIS {MONTHS_NL[m][:3].upper()} 2026 – {e['pnr']}", font=f, size=9.5)
        T(sh, W - 21, y + 5, "+ " + eur(k["net"], False), font=f, size=11, bold=True, align="right",
          color=(0, 110, 60))
        y += 19
    T(sh, 18, c.page_h - 14, f"Afgedrukt via Internet Bankieren op {d_nl(c.sub - dt.timedelta(days=rng.randint(2, 8)), 'dashes_zero')} · "
                              f"BIC {bank.get('bic', '')}", font=f, size=7.5, color=GREY)
    return [sh]


MONTHS_NL = ['', 'januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober',
             'november', 'december']

_reg("payslip-nl-schoonmaak-maand-loonjournaal", "income-proof", PART, "nl", payslip_horeca,
     "catering employer's four-weekly payslip in a mono ledger, net in a box, sticky note")
_reg("guarantor-garantverklaring-met-werkgeversverklaring-plooien", "income-proof", PART, "nl", guarantor_legalised,
     "guarantee typed by the guarantor, the municipality's legalisation of the signature in a box")
_reg("ib60-inkomensverklaring-belastingdienst", "income-proof", PART, "nl", jaaropgaaf,
     "employer's annual statement in boxes, toner running low")
_reg("bank-afschrift-pdf-ing-stijl", "income-proof", PART, "nl", bank_saldo_app,
     "internet-banking print of the last three salary credits")


# =========================================================================== medical statements

def medstat_poli_letter(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An outpatient clinic's letter to the GP ('Geachte collega') that the patient gave to the lawyer: the
    hospital's logo line, 'Conclusie' and 'Beleid' in bold run-in heads, the specialist's name typed with 'e.a.'
    (electronically authorised, no signature), a drum streak on the copy."""
    m, h = c.med, c.hospital
    g, s, _ = make_professional(random.Random(seed_of("poli", c.rng_seed)), "NL")
    sh = c.new_sheet()
    W = c.page_w
    f = "sans2"
    T(sh, 18, 12, h["name"], font=f, size=12.5, bold=True, color=h.get("color", (0, 0, 0)))
    T(sh, 18, 18.5, f"Polikliniek {m['spec']} · {h['street']} · {h['pc']} {h['city']}", font=f, size=8.5, color=GREY)
    T(sh, 18, 34, "Aan de huisarts", font=f, size=10)
    T(sh, W - 18, 34, d_nl(c.sub - dt.timedelta(days=rng.randint(6, 40))), font=f, size=10, align="right")
    T(sh, 18, 44, f"Betreft: {c.p.given_names} {c.p.surname}, geb. {d_nl(c.p.birth_date, 'dashes_zero')}", font=f,
      size=10, bold=True)
    y = P(sh, 18, 54, W - 36, "Geachte collega,", font=f, size=10.5) + 3
    for head, txt in (("Conclusie", m["dx"] + "."), ("Beleid", m["tx"] + ". " +
                                                      duration_phrase(c.duration, _treat_start(c), "nl")),
                      ("Prognose", m["stop"]), ("Land van herkomst", _not_available(c, "nl"))):
        y = P(sh, 18, y, W - 36, f"{head}: {txt}", font=f, size=10.5, leading=1.45) + 3
    T(sh, 18, y + 4, "Met collegiale groet,", font=f, size=10.5)
    T(sh, 18, y + 11, f"{g} {s}, {m['doc_title']} (e.a.)", font=f, size=10.5)
    return [_same(clip_shadow(sh, rng), sh)]


def medstat_gp_dogear(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A GP's 'medische verklaring' typed on the practice's letterhead (the practice's logo a green leaf), signed
    and stamped; the copy with its top corner folded over."""
    m = c.med
    gp = c.gp or {"name": "Huisartsenpraktijk De Linde", "city": "Utrecht", "tel": "030"}
    g, s, _ = make_professional(random.Random(seed_of("gpdog", c.rng_seed)), "NL")
    sh = c.new_sheet()
    W = c.page_w
    f = "serif4"
    sh.rect(18, 10, 8, 12, width_mm=0, fill=(60, 140, 70))
    T(sh, 30, 11, gp.get("name", "Huisartsenpraktijk"), font=f, size=12.5, bold=True)
    T(sh, 30, 17, f"{g} {s}, huisarts · {gp.get('city', '')}", font=f, size=8.5, color=GREY)
    T(sh, 18, 36, "MEDISCHE VERKLARING", font=f, size=13, bold=True)
    T(sh, 18, 44, f"Patiënt: {c.p.given_names} {c.p.surname}, geboren {d_nl(c.p.birth_date, 'dashes_zero')}",
      font=f, size=10.5)
    y = 54
    for para in (f"Ondergetekende verklaart dat bovengenoemde patiënt bekend is met {m['dx']}.",
                 f"De patiënt wordt behandeld met/voor: {m['tx']}.", duration_phrase(c.duration, _treat_start(c), "nl"),
                 m["stop"], _not_available(c, "nl")):
        y = P(sh, 18, y, W - 36, para, font=f, size=10.5, leading=1.45) + 3
    T(sh, 18, y + 4, f"{gp.get('city', '')}, {d_nl(c.sub - dt.timedelta(days=rng.randint(5, 30)))}", font=f,
      size=10.5)
    sh.signature(18, y + 9, 42, 14, rng, color=BLUE_INK)
    sh.stamp(80, y + 6, [gp.get("name", "HUISARTS").upper()[:26], f"{g[0]}. {s}".upper()], rng, shape="rect",
             size_mm=34, color=STAMP_VIOLET)
    staple_holes(sh, "tr", 15)
    return [sh]


def medstat_abroad_fr_cast(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An English medical report of the hospital in the country of origin that treated the patient before, on its
    letterhead with a round stamp; colour scan with a cast."""
    m = c.med
    g, s, _ = make_professional(random.Random(seed_of("abroad8", c.rng_seed)), "NL")
    clinic = {"GIN": "Hôpital National Donka, Conakry", "CMR": "Hôpital Général de Douala",
              "AFG": "French Medical Institute for Mothers and Children, Kabul", "SYR": "Al Mouwasat University Hospital, Damascus",
              "ARM": "Erebouni Medical Center, Yerevan", "ERI": "Orotta National Referral Hospital, Asmara",
              "TUR": "Ankara Şehir Hastanesi", "SUR": "'s Lands Hospitaal, Paramaribo"}.get(
        c.p.nationality, "Aga Khan University Hospital, Nairobi")
    sh = c.new_sheet()
    W = c.page_w
    f = "sans3"
    T(sh, W / 2, 12, clinic, font=f, size=12, bold=True, align="center")
    T(sh, W / 2, 18, f"Department of {m['spec_en']}", font=f, size=9, color=GREY, align="center")
    sh.rule(18, 23, W - 18, 23, width_mm=0.4)
    T(sh, 18, 32, "MEDICAL REPORT", font=f, size=12, bold=True)
    T(sh, W - 18, 32, d_en(c.sub - dt.timedelta(days=rng.randint(20, 60))), font=f, size=10, align="right")
    y = 42
    for para in (f"Patient: {c.p.given_names} {c.p.surname}, date of birth {d_en(c.p.birth_date)}.",
                 f"Diagnosis: {m['dx_en']}.", f"Treatment: {m['tx_en']}; started {d_en(_treat_start(c))}.",
                 duration_phrase(c.duration, _treat_start(c), "en"), m["stop_en"], _not_available(c, "en")):
        y = P(sh, 18, y, W - 36, para, font=f, size=10.3, leading=1.45) + 3
    sh.signature(18, y + 4, 42, 14, rng, color=BLUE_INK)
    sh.stamp(75, y + 2, [clinic.split(",")[0].upper()[:28], m["spec_en"].upper()[:24]], rng, size_mm=28,
             color=(30, 60, 140))
    T(sh, 18, y + 22, f"Dr {g} {s}, {m['doc_en']}", font=f, size=10)
    return [_same(halftone_scan(sh, rng), sh)]


_reg("medstat-specialist-brief-umc-datumstempel", "medical-statement", PART, "nl", medstat_poli_letter,
     "outpatient clinic's letter to the GP, run-in bold heads, electronically authorised, drum streak")
_reg("medstat-huisarts-his-uitdraai-episodes", "medical-statement", PART, "nl", medstat_gp_dogear,
     "GP's typed medical statement with stamp, dog-eared copy")
_reg("medstat-ziekenhuis-herkomstland-en-dithering", "medical-statement", PART, "en", medstat_abroad_fr_cast,
     "English medical report of a hospital in the country of origin, colour scan with a cast")


# =========================================================================== care institution

def care_email_print(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The institution's confirmation sent by e-mail to the lawyer and printed: the mail header (Van / Verzonden /
    Aan / Onderwerp), the message, the sender's signature block with the institution's details."""
    h, m = c.hospital, c.med
    start, end = _care_dates(c)
    g, s, _ = make_professional(random.Random(seed_of("caremail", c.rng_seed)), "NL")
    lw = c.lawyer or LAWYERS[0]
    sh = c.new_sheet()
    W = c.page_w
    f = "sans"
    sent = c.sub - dt.timedelta(days=rng.randint(8, 40))
    T(sh, 18, 12, f"{lw['firm']} – Outlook", font=f, size=8, color=GREY)
    sh.rule(18, 16, W - 18, 16, width_mm=0.2)
    y = 20
    for a, b in (("Van:", f"{g} {s} <zorgadministratie@{h['short'].lower().replace(' ', '')}.nl>"),
                 ("Verzonden:", f"{d_nl(sent)} {rng.randint(8, 17)}:{rng.randint(0, 59):02d}"),
                 ("Aan:", lw.get("mail", "secretariaat@advocaten.nl")),
                 ("Onderwerp:", f"Bevestiging behandeling {c.p.given_names} {c.p.surname}")):
        T(sh, 18, y, a, font=f, size=9.5, bold=True)
        T(sh, 45, y, b, font=f, size=9.5)
        y += 5.5
    sh.rule(18, y + 1, W - 18, y + 1, width_mm=0.2)
    y = P(sh, 18, y + 8, W - 36, f"Geachte mr. {lw.get('last', '')},", font=f, size=10.5) + 3
    y = P(sh, 18, y, W - 36, f"Hierbij bevestig ik dat {c.p.given_names} {c.p.surname} (geboren "
          f"{d_nl(c.p.birth_date, 'dashes_zero')}) in {h['name']} wordt behandeld voor {m['tx']}. De behandeling "
          f"loopt van {d_nl(start)} tot ten minste {d_nl(end)}. Wij zijn bereid en in staat deze behandeling te geven. "
          f"De kosten worden geraamd op {eur(m['cost'])} per jaar.", font=f, size=10.5, leading=1.5) + 6
    for ln in ("Met vriendelijke groet,", "", f"{g} {s}", "Zorgadministratie", h["name"],
               f"{h['street']}, {h['pc']} {h['city']}"):
        T(sh, 18, y, ln, font=f, size=10)
        y += 5
    T(sh, W - 18, c.page_h - 10, "1", font=f, size=8, align="right", color=GREY)
    return [sh]


def care_letter_gutter(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A mental-health institution's statement that it treats and will go on treating the patient, on its
    letterhead (name in a coloured band at the left edge), copied from a stapled bundle."""
    h, m = c.hospital, c.med
    start, end = _care_dates(c)
    sh = c.new_sheet()
    W = c.page_w
    f = "serif2"
    sh.rect(0, 0, 12, c.page_h, width_mm=0, fill=h.get("color", (40, 80, 120)))
    T(sh, 22, 14, h["name"], font=f, size=12.5, bold=True)
    T(sh, 22, 20, f"{h['street']}, {h['pc']} {h['city']}", font=f, size=8.5, color=GREY)
    T(sh, 22, 38, "VERKLARING BEHANDELING", font=f, size=12, bold=True)
    y = P(sh, 22, 48, W - 42, f"Ondergetekende verklaart namens {h['name']} dat {c.p.given_names} {c.p.surname}, "
          f"geboren op {d_nl(c.p.birth_date)}, bij ons in behandeling is voor {m['tx']}. De instelling is bereid en in "
          f"staat de behandeling voort te zetten van {d_nl(start)} tot ten minste {d_nl(end)}. Geraamde kosten: "
          f"{eur(m['cost'])} per jaar.", font=f, size=10.5, leading=1.55) + 10
    T(sh, 22, y, f"{h['city']}, {d_nl(c.sub - dt.timedelta(days=rng.randint(8, 40)))}", font=f, size=10.5)
    sh.signature(22, y + 5, 42, 13, rng)
    T(sh, 22, y + 20, "regiebehandelaar / zorgmanager", font=f, size=10)
    sh.stamp(90, y + 3, [h["short"].upper()[:22], "ZORGADMINISTRATIE"], rng, size_mm=26, color=STAMP_VIOLET)
    return [_same(received_stamp(sh, rng), sh)]


def care_dialysis_form(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The institution's own 'acceptatieverklaring' form: a grid of yes/no statements with the boxes ticked by
    printer, the treatment dates in boxes, the medical manager's signature; a sticky note from the lawyer's office."""
    h, m = c.hospital, c.med
    start, end = _care_dates(c)
    sh = c.new_sheet()
    W = c.page_w
    f = "sans6"
    T(sh, 18, 12, h["name"], font=f, size=11.5, bold=True)
    T(sh, 18, 22, "ACCEPTATIEVERKLARING BEHANDELING", font=f, size=13, bold=True)
    T(sh, 18, 30, f"Patiënt: {c.p.given_names} {c.p.surname} · geboren {d_nl(c.p.birth_date, 'dashes_zero')}",
      font=f, size=10)
    T(sh, 18, 36, f"Behandeling: {m['tx']}", font=f, size=10)
    y = 46
    for txt in ("De patiënt is geaccepteerd voor behandeling.", "De instelling is bereid de behandeling te geven.",
                "De instelling is in staat de behandeling te geven."):
        sh.rect(18, y, 150, 8, width_mm=0.2)
        sh.rect(168, y, 12, 8, width_mm=0.2)
        sh.rect(180, y, 12, 8, width_mm=0.2)
        T(sh, 20, y + 2, txt, font=f, size=9.5)
        T(sh, 174, y + 2, "ja", font=f, size=9, align="center")
        T(sh, 186, y + 2, "nee", font=f, size=9, align="center", color=GREY)
        sh.rect(169.5, y + 1, 9, 6, width_mm=0.5)
        y += 8
    y += 6
    for a, b in (("Start behandeling", d_nl(start, "dashes_zero")), ("Voorlopig tot ten minste", d_nl(end, "dashes_zero")),
                 ("Kostenraming per jaar", eur(m["cost"]))):
        T(sh, 18, y, a, font=f, size=9.5, color=GREY)
        sh.rect(80, y - 1.5, 60, 7, width_mm=0.2)
        T(sh, 82, y, b, font=f, size=10)
        y += 9
    T(sh, 18, y + 6, f"Datum: {d_nl(c.sub - dt.timedelta(days=rng.randint(8, 40)), 'dashes_zero')}", font=f, size=10)
    sh.signature(18, y + 11, 42, 13, rng, color=BLUE_INK)
    T(sh, 18, y + 26, "medisch manager", font=f, size=9.5)
    exhibit_stamp(sh, 140, y + 10, ["verkl. zorg-", "instelling ok"], rng, w=40)
    return [sh]


_reg("care-bevestiging-brief-behandelcentrum-nietje", "care-institution-statement", PART, "nl", care_email_print,
     "institution's confirmation e-mail to the lawyer, printed with the mail header")
_reg("care-verklaring-revalidatie-formulier-plooien", "care-institution-statement", PART, "nl", care_letter_gutter,
     "mental-health institution's statement with a coloured edge band, copied from a stapled bundle")
_reg("care-verklaring-apotheek-instelling-tabel", "care-institution-statement", PART, "nl", care_dialysis_form,
     "institution's acceptance form with a yes/no grid and dates in boxes, sticky note")


# =========================================================================== health insurance

def polisblad_two_col(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A Dutch insurer's 'polisblad' downloaded from the insurer's site: the insured persons in a table (one row per
    person with the cover), the premium summary in a right column; printed with a colour cast."""
    ins = c.insurer_nl
    sh = c.new_sheet()
    W = c.page_w
    f = "sans5"
    T(sh, 18, 14, ins["name"], font=f, size=13, bold=True, color=ins.get("color", (0, 0, 0)))
    T(sh, 18, 20, ins.get("post", ""), font=f, size=8.5, color=GREY)
    T(sh, 18, 38, f"Uw polisblad – geldig vanaf 1 januari {c.sub.year}", font=f, size=13, bold=True)
    T(sh, 18, 45, f"Polisnummer {_policy_no(c)}", font=f, size=10)
    y = 56
    for k, (a, w) in enumerate((("Verzekerde", 55), ("Geboortedatum", 30), ("Basisverzekering", 50), ("Aanvullend", 39))):
        x = 18 + sum(ww for _, ww in (("", 55), ("", 30), ("", 50), ("", 39))[:k])
        sh.rect(x, y, w, 7, width_mm=0.2, fill=(232, 232, 240))
        T(sh, x + 1.5, y + 1.6, a, font=f, size=8.8, bold=True)
    y += 7
    x = 18
    for v, w in ((f"{c.p.given_names} {c.p.surname}", 55), (d_nl(c.p.birth_date, "dashes_zero"), 30),
                 ("Basis Restitutie", 50), (rng.choice(["geen", "Tand 250"]), 39)):
        sh.rect(x, y, w, 7, width_mm=0.15)
        T(sh, x + 1.5, y + 1.6, v, font=f, size=9)
        x += w
    y += 16
    for a, b in (("Verplicht eigen risico", "€ 385"), ("Premie per maand", eur(rng.randint(142, 176) + 0.5)),
                 ("Betaalwijze", "automatische incasso")):
        T(sh, 18, y, a, font=f, size=9.5, color=GREY)
        T(sh, 90, y, b, font=f, size=10)
        y += 6.5
    return [_same(halftone_scan(sh, rng), sh)]


def incoming_card_copy(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An incoming insurer's insurance card (front and back, credit-card size) copied on A4 with the insurer's
    covering letter text above it."""
    name = _ins(c)
    start = c.sub - dt.timedelta(days=rng.randint(30, 200))
    end = add_years(start, 1)
    sh = c.new_sheet()
    W = c.page_w
    f = "sans2"
    T(sh, 18, 14, name, font=f, size=12.5, bold=True)
    P(sh, 18, 24, W - 36, f"Geachte {c.p.given_names} {c.p.surname}, hieronder vindt u uw verzekeringspas. De "
      f"verzekering dekt medisch noodzakelijke zorg in Nederland, ook voor bestaande aandoeningen, van "
      f"{d_nl(start, 'dashes_zero')} tot en met {d_nl(end, 'dashes_zero')}.", font=f, size=10, leading=1.45)
    card = Sheet(85.6, 54)
    card.rect(0, 0, 85.6, 54, width_mm=0, fill=(220, 236, 250))
    card.text(4, 3, name[:32], font=f, size_pt=7, bold=True)
    for k, (a, b) in enumerate((("Naam", f"{c.p.surname.upper()}, {c.p.given_names}"),
                                ("Geboren", d_nl(c.p.birth_date, "dashes_zero")), ("Polis", _policy_no(c, "INC-")),
                                ("Geldig t/m", d_nl(end, "dashes_zero")))):
        card.text(4, 12 + k * 8, a, font=f, size_pt=5.2, color=(90, 90, 90))
        card.text(4, 14.5 + k * 8, b, font=f, size_pt=7.2, bold=True)
    sh.image(30, 60, 85.6 * 1.3, 54 * 1.3, card.render(300))
    T(sh, 18, 140, "Alarmcentrale 24/7: +31 20 000 00 00", font=f, size=9.5)
    return [sh]


def intl_brazil_letter(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A Brazilian international health plan's 'Declaração de cobertura / Declaration of coverage' in Portuguese
    and English, on Letter paper as printed from its portal."""
    ins = c.insurer_intl or {}
    name = _ins(c)
    sh = c.new_sheet()
    W = c.page_w
    f = "sans6"
    T(sh, 18, 12, name, font=f, size=12.5, bold=True, color=ins.get("color", (0, 80, 120)))
    T(sh, 18, 18.5, ins.get("addr", "Av. Paulista 1000, São Paulo – SP, Brasil"), font=f, size=8.5, color=GREY)
    T(sh, 18, 34, "DECLARAÇÃO DE COBERTURA / DECLARATION OF COVERAGE", font=f, size=12, bold=True)
    for k, (a, b) in enumerate([("Beneficiário / Insured", f"{c.p.given_names} {c.p.surname}"),
                                ("Data de nascimento / Date of birth", d_en(c.p.birth_date)),
                                ("Apólice / Policy no.", _policy_no(c, "BR-")),
                                ("Plano / Plan", ins.get("plan", "Internacional Premium")),
                                ("Abrangência / Territory", "Mundial / Worldwide, incl. the Netherlands")]):
        T(sh, 18, 46 + k * 7.5, a, font=f, size=9, color=GREY)
        T(sh, 95, 46 + k * 7.5, b, font=f, size=9.8)
    P(sh, 18, 88, W - 36, "O plano cobre internação hospitalar, consultas com especialistas e medicamentos, incluindo "
      "doenças preexistentes declaradas. / The plan covers hospital admission, specialist consultations and "
      "medication, including declared pre-existing conditions, for twelve months.", font=f, size=9.8)
    T(sh, 18, 118, "Central de Atendimento / Customer Care", font=f, size=9)
    return [sh]


_reg("polisblad-nl-zorgverzekeraar-portaal-print", "health-insurance", PART, "nl", polisblad_two_col,
     "Dutch policy sheet with a table of insured persons, colour scan with a cast")
_reg("incoming-polis-brief-met-pas-uitgeknipt", "health-insurance", PART, "nl", incoming_card_copy,
     "incoming insurer's covering letter with the insurance card copied on A4")
_reg("intl-constancia-mexico-carta", "health-insurance", PART, "en", intl_brazil_letter,
     "Brazilian international plan's Portuguese/English declaration of coverage")


# =========================================================================== civic integration

def duo_diploma_landscape_streak(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """DUO's diploma (portrait, a thin rule border with the crown emblem drawn as a circle at the top), the
    diploma's number in a box, copied with a drum streak."""
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    d = _inb_date(c, rng)
    sh.rect(20, 20, W - 40, H - 40, width_mm=0.3, color=(120, 120, 120))
    sh.rect(W / 2 - 8, 28, 16, 16, width_mm=0.5, color=(150, 120, 40))
    T(sh, W / 2, 54, "Diploma inburgering", font="sans4", size=24, bold=True, align="center")
    P(sh, 36, 80, W - 72, f"De minister van Sociale Zaken en Werkgelegenheid verklaart dat {c.p.given_names} "
      f"{c.p.surname}, geboren op {d_nl(c.p.birth_date)}, met goed gevolg het inburgeringsexamen heeft afgelegd.",
      font="sans4", size=12, leading=1.6, align="center")
    T(sh, W / 2, 128, f"Datum van uitreiking: {d_nl(d)}", font="sans4", size=11, align="center")
    T(sh, W / 2, 160, "namens deze, Dienst Uitvoering Onderwijs", font="sans4", size=9.5, align="center")
    sh.signature(W / 2 - 22, 166, 44, 14, rng, color=BLACK_INK)
    sh.rect(30, H - 40, 60, 10, width_mm=0.3)
    T(sh, 32, H - 37.5, f"Nr. {seed_of('dip9', c.rng_seed) % 10 ** 9:09d}", font="sans4", size=9)
    return [_same(clip_shadow(sh, rng), sh)]


def duo_ontheffing_mijnduo(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """DUO's exemption decision, the letter as downloaded from 'Mijn DUO' and printed, with the reference line in a
    grey bar and 'Dit is een digitaal document' at the foot; the office's sticky note."""
    sh = c.new_sheet()
    W = c.page_w
    d = _inb_date(c, rng)
    f = "sans2"
    T(sh, 20, 14, "Dienst Uitvoering Onderwijs", font=f, size=14, bold=True, color=NAVY)
    sh.rect(20, 40, W - 40, 8, width_mm=0, fill=(230, 230, 230))
    T(sh, 22, 41.6, f"Datum {d_nl(d, 'dashes_zero')}   Ons kenmerk INB-{seed_of('onth', c.rng_seed) % 10 ** 7:07d}   "
                    f"Onderwerp Ontheffing inburgeringsplicht", font=f, size=8.5)
    T(sh, 20, 56, f"Beste {c.p.given_names} {c.p.surname},", font=f, size=10.5)
    y = P(sh, 20, 64, W - 40, "U hoeft niet in te burgeren. U krijgt ontheffing van de inburgeringsplicht, omdat een "
          "arts heeft vastgesteld dat u door een medische beperking niet kunt voldoen aan de inburgeringsplicht.",
          font=f, size=10.5, leading=1.5) + 4
    P(sh, 20, y, W - 40, f"Uw geboortedatum in onze administratie: {d_nl(c.p.birth_date, 'dashes_zero')}.", font=f,
      size=10.5)
    T(sh, 20, c.page_h - 16, "Dit is een digitaal document en daarom niet ondertekend.", font=f, size=8, color=GREY)
    exhibit_stamp(sh, 150, 10, ["ontheffing", "bijl. 6"], rng, w=36)
    return [sh]


def duo_uitslag_cast(c: Case, rng: random.Random, *, failed: bool = False, **_) -> list[Sheet]:
    """DUO's exam-results letter listing each exam part in a bullet list with its result in words ('gehaald' /
    'niet gehaald'), colour scan with a cast."""
    sh = c.new_sheet()
    W = c.page_w
    d = _inb_date(c, rng)
    f = "sans5"
    T(sh, 20, 14, "DUO", font=f, size=16, bold=True, color=NAVY)
    T(sh, 20, 40, f"{c.p.given_names} {c.p.surname}, geboren op {d_nl(c.p.birth_date, 'dashes_zero')}", font=f,
      size=10)
    T(sh, 20, 54, "Uitslag inburgeringsexamen", font=f, size=12.5, bold=True)
    parts = ["Lezen", "Luisteren", "Schrijven", "Spreken", "Kennis van de Nederlandse Maatschappij"]
    bad = seed_of("fail8", c.rng_seed) % len(parts) if failed else -1
    y = 66
    for k, p in enumerate(parts):
        T(sh, 24, y, "•", font=f, size=10)
        T(sh, 30, y, f"{p} ({d_nl(d - dt.timedelta(days=11 * k), 'dashes_zero')}): "
                     f"{'niet gehaald' if k == bad else 'gehaald'}", font=f, size=10, bold=k == bad)
        y += 6.5
    P(sh, 20, y + 6, W - 40, "U hebt nog niet alle onderdelen gehaald. U ontvangt nog geen diploma." if failed
      else "U hebt alle onderdelen gehaald. U ontvangt uw diploma binnen zes weken.", font=f, size=10.5)
    return [_same(halftone_scan(sh, rng), sh)]


_reg("duo-diploma-rood-wit-blauw-nietgaatjes", "civic-integration", PART, "nl", duo_diploma_landscape_streak,
     "DUO diploma with a thin border and emblem, number in a box, drum streak")
_reg("duo-ontheffing-brief-stuknummer", "civic-integration", PART, "nl", duo_ontheffing_mijnduo,
     "DUO exemption letter downloaded from Mijn DUO, grey reference bar, sticky note")
_reg("duo-uitslag-tabel-dithering", "civic-integration", PART, "nl", duo_uitslag_cast,
     "DUO results letter as a bullet list 'gehaald / niet gehaald', colour cast")


# =========================================================================== other

def cover_letter_numbered(c: Case, rng: random.Random, *, enclosures: list[str] | None = None, **_) -> list[Sheet]:
    """A lawyer's cover letter with a 'Kenmerk / Uw kenmerk / Datum' strip under the address, the enclosures as a
    numbered list with the page count in brackets, and the office's logo line at the top left."""
    lw = c.lawyer or LAWYERS[0]
    sh = c.new_sheet()
    W = c.page_w
    f = "sans4"
    T(sh, 22, 12, lw["firm"], font=f, size=12.5, bold=True, color=NAVY)
    T(sh, 22, 18, f"{lw['street']} · {lw['pc']} {lw['city']}", font=f, size=8.5, color=GREY)
    y = 40
    for ln in IND_ADDRESSES[rng.randrange(len(IND_ADDRESSES))].split("\n"):
        T(sh, 22, y, ln, font=f, size=10)
        y += 5
    y += 6
    for k, (a, b) in enumerate((("Kenmerk", f"{rng.randint(2025, 2026)}-{rng.randint(100, 999)}"),
                                ("V-nummer", c.vnr), ("Datum", d_nl(c.sub - dt.timedelta(days=rng.randint(0, 3)))))):
        T(sh, 22 + k * 58, y, a, font=f, size=7.5, color=GREY)
        T(sh, 22 + k * 58, y + 3.5, b, font=f, size=9.5, bold=(a == "V-nummer"))
    y += 14
    y = P(sh, 22, y, W - 44, f"Betreft: {PROC_NL[c.procedure]} – {c.p.given_names} {c.p.surname}", font=f,
          size=10, ) + 5
    paras = ["Geachte heer, mevrouw,", f"Bijgaand ontvangt u de aanvraag {PROC_NL[c.procedure]} van mijn cliënt(e), "
             "met de stukken die hieronder zijn genummerd."]
    if c.procedure == "ind-medical-treatment" and c.art64_end:
        paras.append(f"Cliënt(e) had uitstel van vertrek op grond van artikel 64 Vw tot en met {d_nl(c.art64_end)}.")
    if c.no_passport:
        paras.append("Cliënt(e) beschikt niet over een geldig paspoort en verzoekt om vrijstelling van het "
                     "paspoortvereiste. " + " ".join(EXEMPTION_TEXT[i] for i in c.exemption_shown))
    if c.suriname_visa:
        paras.append("Cliënt(e) heeft de Surinaamse nationaliteit en reisde in met een mvv voor medische "
                     "behandeling; de behandeling is nog nodig en de kosten zijn gedekt.")
    for para in paras:
        y = P(sh, 22, y, W - 44, para, font=f, size=10) + 4
    if enclosures:
        for i, e in enumerate(enclosures, 1):
            T(sh, 26, y, f"{i}.  {e} ({rng.randint(1, 3)} blz.)", font=f, size=9.5)
            y += 5.2
    y += 8
    T(sh, 22, y, "Met vriendelijke groet,", font=f, size=10)
    sh.signature(22, y + 5, 42, 13, rng, color=BLACK_INK)
    T(sh, 22, y + 20, c.lawyer_name or f"mr. {lw.get('last', '')}", font=f, size=10)
    return [c.intr(sh)]


def art64_decision_streak(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The IND's art. 64 decision, copied on a machine with a drum streak."""
    end = c.art64_end or (c.since - dt.timedelta(days=1) if c.since else c.sub + dt.timedelta(days=10))
    start = add_years(end, -1) + dt.timedelta(days=1)
    sh = c.new_sheet()
    W = c.page_w
    f = "sans2"
    T(sh, W - 20, 14, "Immigratie- en Naturalisatiedienst", font=f, size=11, bold=True, align="right")
    T(sh, W - 20, 20, "Ministerie van Justitie en Veiligheid", font=f, size=8.5, align="right")
    T(sh, 20, 40, f"Datum {d_nl(start - dt.timedelta(days=rng.randint(5, 20)))}", font=f, size=9.5)
    T(sh, 20, 45, f"V-nummer {c.vnr}", font=f, size=9.5)
    T(sh, 20, 58, "Besluit: uitstel van vertrek (artikel 64 Vreemdelingenwet 2000)", font=f, size=11, bold=True)
    P(sh, 20, 70, W - 40, f"Wij verlenen u uitstel van vertrek van {d_nl(start)} tot en met {d_nl(end)}. Volgens het "
      f"advies van het Bureau Medische Advisering kunt u om medische redenen nu niet reizen.", font=f, size=10.5,
      leading=1.5)
    return [c.intr(_same(clip_shadow(sh, rng), sh))]


def permit_letter_dogear(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The IND's decision granting the permit, its top corner folded on the glass."""
    sh = c.new_sheet()
    W = c.page_w
    f = "serif2"
    since = c.since or (c.sub - dt.timedelta(days=400))
    T(sh, 20, 14, "Immigratie- en Naturalisatiedienst", font=f, size=12, bold=True)
    T(sh, 20, 36, f"V-nummer: {c.vnr}", font=f, size=9.5)
    T(sh, 20, 54, "Beslissing op uw aanvraag", font=f, size=12, bold=True)
    P(sh, 20, 66, W - 40, f"U krijgt de verblijfsvergunning regulier voor bepaalde tijd waarom u hebt gevraagd. De "
      f"vergunning gaat in op {d_nl(since)}. U kunt uw verblijfsdocument ophalen na het maken van een afspraak.",
      font=f, size=10.5, leading=1.5)
    staple_holes(sh, "tr", 16)
    return [c.intr(sh)]


def mvv_gutter(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The passport page with the MVV sticker, copied from the booklet pressed flat (dark gutter along the left)."""
    sh = c.new_sheet()
    x0, y0, pw, ph = 34, 60, 150, 105
    sh.rect(x0, y0, pw, ph, width_mm=0.3, fill=(236, 240, 246))
    T(sh, x0 + 4, y0 + 3, "VISUM  NLD", font="sans4", size=10, bold=True)
    start = c.sub - dt.timedelta(days=rng.randint(150, 200))
    end = start + dt.timedelta(days=180)
    pno = c.passport_no or f"R{rng.randint(1000000, 9999999)}"
    for k, (a, b) in enumerate([("GELDIG VOOR", "SCHENGENSTATEN"), ("VAN", start.strftime("%d-%m-%y")),
                                ("TOT", end.strftime("%d-%m-%y")), ("TYPE VISUM", "D"),
                                ("PASPOORTNUMMER", pno), ("NAAM", f"{c.p.surname.upper()}, {c.p.given_names.upper()}"),
                                ("OPMERKINGEN", "MVV – MEDISCHE BEHANDELING")]):
        T(sh, x0 + 4, y0 + 11 + k * 8.5, a, font="sans4", size=5.5, color=GREY)
        T(sh, x0 + 40, y0 + 11 + k * 8.5, b, font="sans4", size=8.5)
    line1 = ("V<NLD" + _mrz_name(c.p, 39))[:44]
    birth = c.p.birth_date.strftime("%y%m%d")
    exp = end.strftime("%y%m%d")
    pn = (pno + "<" * 9)[:9]
    line2 = f"{pn}{_mrz_check(pn)}SUR{birth}{_mrz_check(birth)}{c.p.sex}{exp}{_mrz_check(exp)}" + "<" * 16
    T(sh, x0 + 3, y0 + ph - 13, line1, font="ocrb", size=9.5)
    T(sh, x0 + 3, y0 + ph - 7, line2[:44], font="ocrb", size=9.5)
    return [_same(received_stamp(sh, rng), sh)]


_reg("cover-letter-inventaris-kolommen", "other", PART, "nl", cover_letter_numbered,
     "lawyer's cover letter with a reference strip and a numbered list of enclosures")
_reg("art64-decision-ontvangststempel", "other", PART, "nl", art64_decision_streak,
     "IND art. 64 decision, copied with a drum streak")
_reg("permit-letter-nietgaatjes", "other", PART, "nl", permit_letter_dogear,
     "IND decision granting the permit, dog-eared copy")
_reg("mvv-sticker-sur-plooien", "other", PART, "nl", mvv_gutter,
     "MVV page copied from the booklet pressed flat, dark gutter")
