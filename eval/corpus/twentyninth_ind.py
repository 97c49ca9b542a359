"""IND families of the `twentyninth` part (registered in ind.FAMILIES).

Written after dev, heldout and the parts fresh to twentyeighth had been read, by a writer who saw neither the
validator nor its output, from the seeds and how such papers look in Dutch files.  Each family's layout, wording
and copy habits are described in its registration note and, where it has one, its docstring (the part is read
blind, so they are not summarised here).
"""
from __future__ import annotations

import datetime as dt
import random

from .ind import (BLACK_INK, BLUE_INK, EXEMPTION_TEXT, GENERIC_PURPOSES, GREY, IND_ADDRESSES, PROC_NL, ROUTES_7027,
                  Case, _care_dates, _emp, _guarantor_facts, _inb_date, _incoming_name, _mrz_check, _mrz_name,
                  _not_available, _payer_phrase, _policy_no, _treat_start, add_years, country_nl, d_en, d_nl,
                  duration_phrase, earner, eur, nat_nl, pay_calc, seed_of, title_nl)
from .paper import Sheet
from .people import make_professional
from .twentyeighth_identity import crest, fit, glyphs, qr, sheet_of, wrap
from .twentyninth_identity import carbon_blue, no_magenta, punch_holes, staple

PART = "twentyninth"
TEAL = (0, 95, 105)
PALE = (236, 242, 242)


def T(sh: Sheet, x, y, s, *, font="sans2", size=10.0, bold=False, color=(0, 0, 0), align="left") -> float:
    if not s:
        return 0.0
    return sh.text(x, y, s, font=font, size_pt=size, bold=bold, color=color, anchor=align)


def P(sh: Sheet, x, y, w, s, *, font="sans2", size=10.5, leading=1.42, align="left") -> float:
    return sh.paragraph(x, y, w, s, font=font, size_pt=size, leading=leading, align=align)


def _r(id_, type_, lang, fn, notes):
    from .ind import _reg
    _reg(id_, type_, PART, lang, fn, notes)


def _person_name(c: Case, key: str, country: str = "NL") -> str:
    r = random.Random(seed_of(key, c.rng_seed))
    g, s, _ = make_professional(r, country)
    return f"{g} {s}"


# =========================================================================== application forms

class _Form:
    """IND form in a 2029 print: two columns, the question at the left and its answer field at the right; the
    sections numbered in white figures on teal discs; options as round buttons; 'V-nummer' and its value in the
    running header line of every page, the form code and 'Pagina i van n' in the footer."""

    def __init__(self, c: Case, rng: random.Random, title: str, code: str):
        self.c, self.rng, self.title, self.code = c, rng, title, code
        self.hand = c.fill == "hand"
        self.ink = rng.choice([BLUE_INK, BLACK_INK])
        self.hf = rng.choice(["hand1", "hand2", "hand4"])
        self.f = rng.choice(["sans2", "sans6", "sans4"])
        self.af = rng.choice(["mono2", "sans3"])
        self.pages: list[Sheet] = []
        self.sec = 0
        self.y = 0.0
        self.new()

    def new(self):
        c = self.c
        sh = c.new_sheet()
        W = c.page_w
        T(sh, 18, 10, "Immigratie- en Naturalisatiedienst", font=self.f, size=8, color=TEAL, bold=True)
        T(sh, W - 70, 10, "V-nummer", font=self.f, size=8, color=GREY)
        sh.rule(18, 16, W - 18, 16, width_mm=0.3, color=TEAL)
        if not self.pages:
            self.y = P(sh, 18, 24, W - 36, self.title, font=self.f, size=14, leading=1.25) + 2
            T(sh, 18, self.y, f"Formulier {self.code}", font=self.f, size=8.5, color=GREY)
            self.y += 9
        else:
            self.y = 24
        self.pages.append(c.intr(sh))

    def need(self, h: float):
        if self.y + h > self.c.page_h - 24:
            self.new()

    def section(self, title: str):
        self.need(24)
        self.sec += 1
        sh = self.pages[-1]
        sh.rect(18.5, self.y - 0.2, 7, 7, width_mm=0, fill=TEAL)
        T(sh, 22.0, self.y + 1.1, str(self.sec), font=self.f, size=9.5, bold=True, color=(255, 255, 255), align="center")
        T(sh, 29, self.y + 1.2, title, font=self.f, size=11.5, bold=True, color=TEAL)
        self.y += 11

    def _val(self, sh, x, y, w, v):
        if self.hand:
            v = glyphs(str(v), self.hf)
            sh.handwriting(x + 1, y - 1.2, v, self.rng, size_pt=fit(v, self.hf, 11.5, w * 0.8), color=self.ink,
                           font=self.hf)
        else:
            T(sh, x + 1.5, y + 0.6, v, font=self.af, size=fit(v, self.af, 10, w - 3))

    def ask(self, label: str, value: str | None):
        W = self.c.page_w
        aw = W - 18 - 88
        v = str(value or "")
        rows = wrap(v, aw * (0.78 if self.hand else 0.97), self.hf if self.hand else self.af,
                    11.5 if self.hand else 10) if v else [""]
        labs = wrap(label, 58, self.f, 9.2)
        h = max(6.8 * len(rows), 4.4 * len(labs)) + 1
        self.need(h + 2)
        sh = self.pages[-1]
        for i, lb in enumerate(labs):
            T(sh, 29, self.y + 0.8 + i * 4.4, lb, font=self.f, size=9.2)
        sh.rect(88, self.y - 0.5, aw, h, width_mm=0.2, color=(140, 160, 160), fill=PALE)
        for i, r in enumerate(rows):
            if r:
                self._val(sh, 88, self.y + i * 6.8, aw, r)
        self.y += h + 2.5

    def choose(self, label: str, options: list[str], chosen: int | None):
        labs = wrap(label, 58, self.f, 9.2)
        self.need(4.4 * len(labs) + 7 * len(options))
        sh = self.pages[-1]
        for i, lb in enumerate(labs):
            T(sh, 29, self.y + 0.8 + i * 4.4, lb, font=self.f, size=9.2)
        y = self.y
        for i, o in enumerate(options):
            sh.checkbox(89, y + 0.4, 3.6, checked=(chosen == i), rng=self.rng if self.hand else None, ink=self.ink)
            T(sh, 95, y + 0.6, o, font=self.f, size=9.2)
            y += 6.5
        self.y = max(y, self.y + 4.4 * len(labs)) + 2.5

    def sign(self):
        c = self.c
        self.need(56)
        self.section("Ondertekening")
        P(self.pages[-1], 29, self.y, c.page_w - 47, "Ik verklaar dat ik dit formulier naar waarheid heb ingevuld.",
          font=self.f, size=9.2)
        self.y += 8
        d0 = c.sub - dt.timedelta(days=self.rng.randint(1, 9))
        place = c.p.address.city if c.p.address else "Den Haag"
        self.ask("Plaats", place)
        self.ask("Datum", c.dfmt(d0))
        sh = self.pages[-1]
        T(sh, 29, self.y + 0.8, "Handtekening aanvrager", font=self.f, size=9.2)
        sh.rect(88, self.y - 0.5, c.page_w - 106, 26, width_mm=0.2, color=(140, 160, 160), fill=PALE)
        sh.signature(94, self.y + 4, self.rng.uniform(42, 58), 17, self.rng, color=self.ink)
        self.y += 30

    def finish(self) -> list[Sheet]:
        n = len(self.pages)
        W, H = self.c.page_w, self.c.page_h
        for i, sh in enumerate(self.pages, 1):
            if self.hand:
                sh.handwriting(W - 52, 7.6, self.c.vnr, self.rng, size_pt=12, color=self.ink, font=self.hf)
            else:
                T(sh, W - 54, 10, self.c.vnr, font=self.af, size=9.5)
            sh.rule(18, H - 16, W - 18, H - 16, width_mm=0.15, color=(160, 160, 160))
            T(sh, 18, H - 13.5, f"Formulier {self.code}", font=self.f, size=7.5, color=GREY)
            T(sh, W - 18, H - 13.5, f"Pagina {i} van {n}", font=self.f, size=7.5, color=GREY, align="right")
        return self.pages


def _person(f: _Form):
    c, p = f.c, f.c.p
    f.section("Uw gegevens")
    f.ask("Achternaam (zoals in uw paspoort)", p.surname)
    f.ask("Voornamen", p.given_names)
    f.ask("Geboortedatum", c.dfmt(p.birth_date))
    f.ask("Geboorteplaats", p.birth_place)
    f.ask("Geboorteland", country_nl(p))
    f.ask("Nationaliteit", nat_nl(p))
    f.choose("Geslacht", ["man", "vrouw"], 0 if p.sex == "M" else 1)
    if p.address:
        f.ask("Adres in Nederland", f"{p.address.street} {p.address.number}, {p.address.postcode} {p.address.city}")
    if c.lawyer:
        f.ask("Gemachtigde / advocaat", f"{c.lawyer_name}, {c.lawyer['firm']}")


def form_med(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _Form(c, rng, "Aanvraag verblijfsvergunning regulier bepaalde tijd – medische behandeling", "MB 2029")
    _person(f)
    f.section("De behandeling")
    f.ask("Naam ziekenhuis of zorginstelling", f"{c.hospital.get('name', '')}, {c.hospital.get('city', '')}")
    f.ask("Soort behandeling", c.med.get("tx_short", ""))
    f.choose("Had u uitstel van vertrek op grond van artikel 64 Vreemdelingenwet?", ["ja", "nee"],
             0 if c.art64_end else 1)
    if c.art64_end:
        f.ask("Tot welke datum liep het uitstel van vertrek?", c.dfmt(c.art64_end))
    f.choose("Wie betaalt de kosten van verblijf en behandeling?", ["ikzelf / mijn zorgverzekering",
                                                                    "iemand anders (garantsteller)"],
             1 if c.payer else 0)
    f.section("Paspoort")
    f.choose("Heeft u een geldig paspoort?", ["ja", "nee, ik vraag vrijstelling"], 1 if c.no_passport else 0)
    f.choose("Heeft u de Surinaamse nationaliteit en een mvv voor medische behandeling?", ["ja", "nee"],
             0 if c.suriname_visa else 1)
    f.sign()
    return f.finish()


def form_7027(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _Form(c, rng, "Aanvraag verblijfsvergunning onbepaalde tijd humanitair – voortgezet verblijf", "7027 2029")
    _person(f)
    f.section("Uw verblijfsvergunning nu")
    f.ask("Verblijfsdoel van uw huidige vergunning", dict(ROUTES_7027).get(c.route, "").replace("na verblijf ", ""))
    r = random.Random(seed_of("vvr29", c.rng_seed))
    f.ask("Sinds welke datum heeft u deze vergunning?", c.dfmt(c.since) if c.since else "")
    f.ask("Documentnummer verblijfspas", f"{r.choice('NRWX')}{r.choice('BCDFGHJKLMNPRSTVWXYZ')}{r.randint(1000000, 9999999)}")
    if c.route == "relationship":
        f.choose("Heeft u de inburgering afgerond?", ["ja, diploma", "ontheffing of vrijstelling", "nee"],
                 0 if c.inburgering in ("diploma", "results") else (1 if c.inburgering == "exemption" else 2))
    if c.route and c.route.startswith("medical"):
        f.choose("Heeft u de medische behandeling nog nodig?", ["ja", "nee"], 0)
    f.sign()
    return f.finish()


def form_generic(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _Form(c, rng, "Aanvraag verlenging verblijfsvergunning regulier bepaalde tijd", "VV 2029")
    _person(f)
    f.section("Uw verblijfsvergunning")
    r = random.Random(c.rng_seed + 29)
    f.ask("Verblijfsdoel", GENERIC_PURPOSES[r.randrange(len(GENERIC_PURPOSES))])
    f.ask("Einddatum van uw huidige verblijfsvergunning", c.dfmt(c.sub + dt.timedelta(days=r.randint(25, 85))))
    f.choose("Voldoet u nog aan de voorwaarden van dit verblijfsdoel?", ["ja", "nee"], 0)
    f.sign()
    return f.finish()


_r("ind-form-med-vraagkolom-antwoordkolom-teal-schijven-vnr-koptekst-29", "application", "nl", form_med,
   "medical-treatment form, question column and answer column, numbered teal discs, V-number in the running header")
_r("ind-form-7027-vraagkolom-antwoordkolom-teal-schijven-vnr-koptekst-29", "application", "nl", form_7027,
   "form 7027 in the same layout")
_r("ind-form-generic-vraagkolom-antwoordkolom-teal-schijven-vnr-koptekst-29", "application", "nl", form_generic,
   "extension form in the same layout")


# =========================================================================== income

_MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"]


def payslip_bureau(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A payroll bureau's payslip in a mono face: employer and employee in two framed boxes side by side, the
    lines in columns (code, description, units, rate, amount), the year-to-date figures in a grey strip at the
    foot."""
    g = earner(c)
    e = _emp(c, rng)
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    sh = c.new_sheet()
    W = c.page_w
    f = "mono"
    month = (c.sub.month - 2) % 12 + 1
    T(sh, 18, 14, f"SALARISSTROOK {_MONTHS[month - 1].upper()} {c.sub.year}", font=f, size=12, bold=True)
    T(sh, W - 18, 14, f"verwerkt door {rng.choice(['Loonbureau Randstad-Noord', 'Payroll Partners Zwolle', 'Salarisadministratie Westland BV'])}",
      font=f, size=7.5, color=GREY, align="right")
    bw = (W - 40) / 2
    a = g.address or c.p.address
    for j, (head, lines) in enumerate((("WERKGEVER", [e["name"], e.get("street", ""), e.get("city", ""),
                                                      f"LH-nr {e['lhn']}"]),
                                       ("WERKNEMER", [f"{g.given_names} {g.surname}",
                                                      f"{a.street} {a.number}" if a else "",
                                                      f"{a.postcode} {a.city}" if a else "",
                                                      f"geb. {c.dfmt(g.birth_date)} · pnr {e['pnr']}"]))):
        x = 18 + j * (bw + 4)
        sh.rect(x, 22, bw, 30, width_mm=0.3)
        T(sh, x + 2, 23.5, head, font=f, size=7.5, color=GREY)
        for i, ln in enumerate(lines):
            T(sh, x + 2, 28 + i * 5, ln, font=f, size=fit(ln, f, 9.2, bw - 4))
    y = 60
    T(sh, 18, y, f"functie: {e['func_now']}   in dienst: {c.dfmt(e['start'])}   IBAN: {e['iban']}", font=f,
      size=fit(f"functie: {e['func_now']}   in dienst: {c.dfmt(e['start'])}   IBAN: {e['iban']}", f, 8.5, W - 36))
    y += 9
    cols = [(18, "code"), (34, "omschrijving"), (W - 98, "eenh."), (W - 70, "tarief"), (W - 18, "bedrag")]
    sh.rule(18, y - 1, W - 18, y - 1, width_mm=0.3)
    for x, h in cols:
        T(sh, x, y, h, font=f, size=8, bold=True, align="right" if h == "bedrag" else "left")
    sh.rule(18, y + 5, W - 18, y + 5, width_mm=0.3)
    y += 8
    lines = [("1000", "Salaris", "1,00", eur(k["bruto"], False), k["bruto"]),
             ("4100", f"Pensioenpremie {k['pct'] * 100:.2f}%".replace(".", ","), "", "", -k["pens"]),
             ("5000", "Loonheffing (tabel wit)", "", "", -k["lh"]),
             ("6200", "Reiskosten woon-werk", "", "", k["reis"])]
    for code, desc, u, t, amt in lines:
        if not amt:
            continue
        T(sh, 18, y, code, font=f, size=9)
        T(sh, 34, y, desc, font=f, size=9)
        T(sh, W - 98, y, u, font=f, size=9)
        T(sh, W - 70, y, t, font=f, size=9)
        T(sh, W - 18, y, eur(amt, False), font=f, size=9, align="right")
        y += 5.5
    sh.rule(18, y + 1, W - 18, y + 1, width_mm=0.3)
    T(sh, 34, y + 3, "NETTO", font=f, size=10, bold=True)
    T(sh, W - 18, y + 3, eur(k["net"]), font=f, size=10, bold=True, align="right")
    y += 16
    sh.rect(18, y, W - 36, 12, width_mm=0, fill=(232, 232, 232))
    T(sh, 20, y + 1.5, "cumulatief t/m deze periode", font=f, size=7.5, color=GREY)
    T(sh, 20, y + 6, f"bruto {eur(k['bruto'] * month, False)}   loonheffing {eur(k['lh'] * month, False)}   "
      f"netto {eur(k['net'] * month, False)}", font=f, size=8.5)
    return [sh]


def guarantor_form_hand(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A printed guarantor's declaration filled in by hand: numbered statements with boxes ticked, the
    guarantor's income written in, signed at the foot beside 'handtekening garantsteller', a copy of the
    guarantor's ID mentioned as attached."""
    F = _guarantor_facts(c)
    g, e = F["g"], F["e"]
    sh = c.new_sheet()
    W = c.page_w
    f, hf = "sans4", rng.choice(["hand1", "hand4"])
    ink = rng.choice([BLUE_INK, BLACK_INK])
    T(sh, 18, 14, "Verklaring garantstelling", font=f, size=16, bold=True)
    T(sh, 18, 22, "bij een aanvraag voor verblijf voor medische behandeling", font=f, size=9.5, color=GREY)
    a = g.address or c.p.address

    def line(y, lab, val):
        w = T(sh, 18, y, lab, font=f, size=9.5)
        sh.rule(20 + w, y + 4.4, W - 18, y + 4.4, width_mm=0.15, color=(120, 120, 120))
        v = glyphs(str(val), hf)
        sh.handwriting(22 + w, y - 1.6, v, rng, size_pt=fit(v, hf, 11.5, (W - 40 - w) * 0.8), color=ink, font=hf)

    y = 34
    T(sh, 18, y, "A. Garantsteller", font=f, size=10.5, bold=True)
    y += 7
    for lab, val in (("Naam:", f"{g.given_names} {g.surname}"), ("Geboortedatum:", c.dfmt(g.birth_date)),
                     ("Adres:", f"{a.street} {a.number}, {a.postcode} {a.city}" if a else ""),
                     ("Relatie tot de aanvrager:", c.payer_relation or "familielid")):
        line(y, lab, val)
        y += 8.5
    y += 3
    T(sh, 18, y, "B. Aanvrager", font=f, size=10.5, bold=True)
    y += 7
    for lab, val in (("Naam:", f"{c.p.given_names} {c.p.surname}"), ("Geboortedatum:", c.dfmt(c.p.birth_date))):
        line(y, lab, val)
        y += 8.5
    y += 3
    T(sh, 18, y, "C. Inkomen garantsteller", font=f, size=10.5, bold=True)
    y += 7
    for lab, val in (("Werkgever:", f"{e['name']}, {e['city']}"), ("In dienst sinds:", c.dfmt(e["start"])),
                     ("Netto inkomen per maand:", eur(F["net"]))):
        line(y, lab, val)
        y += 8.5
    y += 3
    for i, st in enumerate(("Ik sta garant voor de kosten van verblijf en medische behandeling van de aanvrager.",
                            "Ik weet dat de overheid kosten op mij kan verhalen.",
                            "Mijn loonstroken en een kopie van mijn identiteitsbewijs zijn bijgevoegd.")):
        sh.checkbox(18, y + 0.3, 3.6, checked=True, rng=rng, ink=ink)
        y = P(sh, 25, y, W - 43, st, font=f, size=9.5) + 2
    y += 6
    line(y, "Plaats en datum:", f"{a.city if a else 'Rotterdam'}, {c.dfmt(c.sub - dt.timedelta(days=rng.randint(6, 30)))}")
    y += 12
    T(sh, 18, y, "Handtekening garantsteller:", font=f, size=9.5)
    sh.signature(70, y - 4, rng.uniform(42, 54), 16, rng, color=ink)
    return [sh]


def bank_statement(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A bank's monthly statement downloaded as PDF: the bank's name at the top right, the account holder at the
    left, transactions in a table with alternating grey rows, the salary credit among them."""
    g = earner(c)
    e = _emp(c, rng)
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    sh = c.new_sheet()
    W = c.page_w
    f = "sans6"
    bank = rng.choice([("Rabobank", (0, 60, 140)), ("ING", (255, 98, 0)), ("ABN AMRO", (0, 120, 110)),
                       ("SNS", (90, 40, 130))])
    T(sh, W - 18, 14, bank[0], font=f, size=16, bold=True, color=bank[1], align="right")
    T(sh, 18, 14, "Rekeningoverzicht", font=f, size=14, bold=True)
    a = g.address or c.p.address
    for i, ln in enumerate([f"{g.given_names} {g.surname}"] + ([f"{a.street} {a.number}", f"{a.postcode} {a.city}"]
                                                               if a else [])):
        T(sh, 18, 26 + i * 5, ln, font=f, size=10)
    month = (c.sub.month - 2) % 12 + 1
    T(sh, W - 18, 26, f"Periode: 1 t/m 30 {_MONTHS[month - 1]} {c.sub.year}", font=f, size=9, align="right")
    T(sh, W - 18, 31, f"Rekening: {e['iban']}", font=f, size=9, align="right")
    y = 50
    sh.rect(18, y, W - 36, 7, width_mm=0, fill=bank[1])
    for x, h, al in ((20, "Datum", "left"), (44, "Omschrijving", "left"), (W - 50, "Af", "right"),
                     (W - 20, "Bij", "right")):
        T(sh, x, y + 1.5, h, font=f, size=9, bold=True, color=(255, 255, 255), align=al)
    y += 8
    tx = [(2, "Huur woning", -rng.randint(650, 1100)), (5, "Albert Heijn", -rng.randint(20, 90)),
          (12, "Zorgverzekeraar premie", -rng.randint(130, 160)), (24, f"SALARIS {e['name'].upper()}", k["net"]),
          (26, "Energie", -rng.randint(80, 150)), (28, "Jumbo", -rng.randint(20, 80))]
    for i, (d, desc, amt) in enumerate(tx):
        if i % 2:
            sh.rect(18, y - 1, W - 36, 6.5, width_mm=0, fill=(242, 242, 242))
        T(sh, 20, y, f"{d:02d}-{month:02d}", font=f, size=9)
        T(sh, 44, y, desc[:50], font=f, size=9)
        T(sh, W - 50 if amt < 0 else W - 20, y, eur(abs(amt), False), font=f, size=9, align="right")
        y += 6.5
    return [sh]


_r("payslip-loonbureau-mono-twee-kaders-kolommen-cumulatief-29", "income-proof", "nl", payslip_bureau,
   "a payroll bureau's payslip in a mono face, two framed boxes, year-to-date strip")
_r("guarantor-verklaring-voorgedrukt-hand-ingevuld-vinkjes-29", "income-proof", "nl", guarantor_form_hand,
   "a printed guarantor's declaration filled in by hand, boxes ticked")
_r("bank-rekeningoverzicht-pdf-tabel-afwisselend-grijs-29", "income-proof", "nl", bank_statement,
   "a bank's monthly statement as PDF with the salary credit")


# =========================================================================== medical statements

def medstat_plan(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A treating specialist's statement for the IND: a letterhead with the hospital's name in a teal band at the
    top, the statement in prose, the treatment plan as a small table (what, how often, since), the duration in a
    sentence of its own; signed at the right above the name and BIG number."""
    h = c.hospital
    start = _treat_start(c)
    sh = c.new_sheet()
    W = c.page_w
    f = rng.choice(["serif2", "sans2"])
    col = h.get("color", TEAL)
    sh.rect(0, 0, W, 20, width_mm=0, fill=col)
    T(sh, 18, 6, h["name"], font=f, size=13, bold=True, color=(255, 255, 255))
    T(sh, W - 18, 7, f"{h['street']} · {h['pc']} {h['city']}", font=f, size=8, color=(235, 235, 235), align="right")
    dd = c.sub - dt.timedelta(days=rng.randint(5, 30))
    T(sh, W - 18, 30, f"{h['city']}, {d_nl(dd)}", font=f, size=10, align="right")
    T(sh, 18, 36, "Aan de Immigratie- en Naturalisatiedienst", font=f, size=10)
    T(sh, 18, 46, "Verklaring van de behandelend specialist", font=f, size=13, bold=True)
    T(sh, 18, 54, f"Patiënt: {c.p.surname}, {c.p.given_names} – geboren {c.dfmt(c.p.birth_date)}", font=f, size=10.5)
    y = P(sh, 18, 64, W - 36, f"Ondergetekende, {c.med.get('doc_title', 'medisch specialist')}, verklaart dat "
          f"bovengenoemde patiënt bij ons onder behandeling is wegens {c.med['dx']}. {c.med['stop']}",
          font=f, size=10.5) + 4
    rows = [("Behandeling", c.med["tx_short"]), ("Afdeling", c.med["spec"]), ("In behandeling sinds", d_nl(start))]
    for a, b in rows:
        sh.rect(18, y, 55, 8, width_mm=0.2, fill=(236, 240, 240))
        sh.rect(73, y, W - 91, 8, width_mm=0.2)
        T(sh, 20, y + 1.8, a, font=f, size=9.5)
        T(sh, 75, y + 1.8, b, font=f, size=fit(b, f, 9.8, W - 96))
        y += 8
    y = P(sh, 18, y + 5, W - 36, duration_phrase(c.duration, start), font=f, size=10.5) + 3
    y = P(sh, 18, y, W - 36, _not_available(c), font=f, size=10.5) + 8
    nm = _person_name(c, "spec29")
    sh.signature(W - 80, y, rng.uniform(40, 52), 16, rng, color=BLUE_INK)
    T(sh, W - 80, y + 18, f"dr. {nm}", font=f, size=10.5)
    T(sh, W - 80, y + 23, f"BIG {rng.randint(10**10, 10**11 - 1)}", font=f, size=9, color=GREY)
    return [sh]


def medstat_en_fax(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A consultant's English letter received by fax: the fax header line at the top, the letter in a plain
    serif with the hospital's name centred, signed over the typed name; the whole page black-and-white."""
    h = c.hospital
    start = _treat_start(c)
    sh = c.new_sheet()
    W = c.page_w
    f = "serif"
    dd = c.sub - dt.timedelta(days=rng.randint(5, 30))
    T(sh, 14, 6, f"{dd.strftime('%d-%b-%Y').upper()} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}  "
      f"FROM {h['name'].upper()[:28]}  TO 0031 88 043 0430  P. 1/1", font="mono", size=7.5)
    T(sh, W / 2, 18, h["name"], font=f, size=14, bold=True, align="center")
    T(sh, W / 2, 25, f"Department of {c.med.get('spec_en', 'Internal Medicine')}", font=f, size=10, align="center")
    T(sh, W - 20, 38, d_en(dd), font=f, size=10.5, align="right")
    T(sh, 20, 46, f"Re: {c.p.given_names} {c.p.surname} (date of birth {d_en(c.p.birth_date)})", font=f, size=10.5,
      bold=True)
    paras = ["To whom it may concern,",
             f"The above patient has been under my care since {d_en(start)} for {c.med.get('dx_en', c.med['dx'])}.",
             f"Treatment: {c.med.get('tx_en', c.med['tx'])}. {c.med.get('stop_en', '')}",
             duration_phrase(c.duration, start, "en"), _not_available(c, "en"), "Yours faithfully,"]
    y = 56
    for p_ in paras:
        y = P(sh, 20, y, W - 40, p_, font=f, size=10.5) + 3
    nm = _person_name(c, "en29")
    sh.signature(20, y + 2, rng.uniform(40, 52), 15, rng, color=BLACK_INK)
    T(sh, 20, y + 19, f"Dr {nm}, {c.med.get('doc_en', 'consultant')}", font=f, size=10.5)
    img = sh.render(200).convert("L").point(lambda v: 0 if v < 140 else 255).convert("RGB")
    return [sheet_of(img, c.page_w, c.page_h)]


_r("medstat-specialist-verklaring-teal-band-behandeltabel-big-29", "medical-statement", "nl", medstat_plan,
   "treating specialist's statement under a coloured band, the treatment plan in a small table, BIG number")
_r("medstat-en-consultant-letter-fax-zwartwit-29", "medical-statement", "en", medstat_en_fax,
   "a consultant's English letter received by fax, black and white")


# =========================================================================== care-institution statements

def care_checklist(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An institution's own form 'verklaring zorginstelling': statements with yes/no boxes ticked by hand, the
    dates written in, the head of the patient administration's stamp and signature in a box at the foot."""
    h = c.hospital
    s, e = _care_dates(c)
    sh = c.new_sheet()
    W = c.page_w
    f, hf = "sans6", rng.choice(["hand1", "hand2"])
    ink = rng.choice([BLUE_INK, BLACK_INK])
    crest(sh, 18, 10, 14, h.get("color", TEAL), kind="ring")
    T(sh, 36, 12, h["name"], font=f, size=12, bold=True)
    T(sh, 36, 18, "Zorgadministratie – internationale patiënten", font=f, size=8.5, color=GREY)
    T(sh, 18, 34, "VERKLARING ZORGINSTELLING", font=f, size=14, bold=True)
    y = 44
    for lab, val in (("Naam patiënt", f"{c.p.surname}, {c.p.given_names}"), ("Geboortedatum", c.dfmt(c.p.birth_date)),
                     ("Aandoening", c.med["dx"]), ("Behandeling", c.med["tx_short"]),
                     ("Start behandeling", c.dfmt(s)), ("Behandeling gepland tot ten minste", c.dfmt(e))):
        w = T(sh, 18, y, lab + ":", font=f, size=9.5)
        v = glyphs(val, hf)
        rows = wrap(v, (W - 60 - w) * 0.8, hf, 11.5) or [""]
        for i, r in enumerate(rows[:2]):
            sh.handwriting(22 + w, y - 1.6 + i * 6, r, rng, size_pt=11.5, color=ink, font=hf)
        y += 8 + 6 * (min(2, len(rows)) - 1)
    y += 4
    for st in ("De instelling kan de hierboven genoemde behandeling geven.",
               "De instelling zal de behandeling geven.", "De financiering van de behandeling is geregeld."):
        T(sh, 18, y, st, font=f, size=10)
        for j, o in enumerate(("ja", "nee")):
            x = W - 50 + j * 16
            sh.checkbox(x, y + 0.3, 3.6, checked=(j == 0), rng=rng, ink=ink)
            T(sh, x + 5, y, o, font=f, size=9.5)
        y += 8
    y = P(sh, 18, y + 4, W - 36, _payer_phrase(c), font=f, size=10) + 8
    sh.rect(18, y, W - 36, 34, width_mm=0.3)
    T(sh, 20, y + 1.5, "Datum, stempel en handtekening", font=f, size=7.5, color=GREY)
    sh.handwriting(22, y + 8, c.dfmt(c.sub - dt.timedelta(days=rng.randint(4, 26))), rng, size_pt=11.5, color=ink,
                   font=hf)
    sh.stamp(70, y + 5, [h["name"].upper()[:26], "ZORGADMINISTRATIE"], rng, shape="rect", size_mm=38,
             color=(40, 62, 165), angle=rng.uniform(-5, 5))
    sh.signature(W - 70, y + 10, 44, 15, rng, color=ink)
    return [sh]


def care_en_letter(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An English confirmation from the hospital's international office: logo and name at the top right, the
    key facts in a bold framed summary, then the letter; signed at the left, a QR code to verify in the footer."""
    h = c.hospital
    s, e = _care_dates(c)
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    f = "sans4"
    col = h.get("color", TEAL)
    crest(sh, W - 34, 10, 16, col, kind="shield")
    T(sh, W - 38, 12, h["name"], font=f, size=12, bold=True, color=col, align="right")
    T(sh, W - 38, 18, "International Office", font=f, size=9, align="right")
    dd = c.sub - dt.timedelta(days=rng.randint(3, 25))
    T(sh, 20, 40, d_en(dd), font=f, size=10)
    T(sh, 20, 48, "CONFIRMATION OF TREATMENT", font=f, size=13, bold=True)
    sh.rect(20, 56, W - 40, 26, width_mm=0.5)
    for i, (a, b) in enumerate((("Patient", f"{c.p.given_names} {c.p.surname}, born {d_en(c.p.birth_date)}"),
                                ("Treatment", c.med.get("tx_en", c.med["tx"])),
                                ("Period", f"from {d_en(s)} until at least {d_en(e)}"))):
        T(sh, 23, 58 + i * 7.5, a, font=f, size=9, color=GREY)
        T(sh, 50, 58 + i * 7.5, b, font=f, size=fit(b, f, 10, W - 75, True), bold=True)
    y = P(sh, 20, 90, W - 40, f"We confirm that our hospital is able and willing to provide the above treatment for "
          f"{c.med.get('dx_en', c.med['dx'])}.", font=f, size=10.5) + 3
    y = P(sh, 20, y, W - 40, _payer_phrase(c, "en"), font=f, size=10.5) + 3
    y = P(sh, 20, y, W - 40, "Kind regards,", font=f, size=10.5) + 2
    nm = _person_name(c, "io29")
    sh.signature(20, y, 44, 15, rng, color=BLUE_INK)
    T(sh, 20, y + 17, f"{nm}, International Office", font=f, size=10)
    qr(sh, 20, H - 40, 18, c.p.surname + "care")
    T(sh, 42, H - 30, "Scan to verify this letter", font=f, size=7.5, color=GREY)
    return [sh]


_r("care-verklaring-formulier-ja-nee-vakjes-hand-stempelvak-29", "care-institution-statement", "nl", care_checklist,
   "an institution's form with yes/no boxes ticked by hand, stamp and signature in a box")
_r("care-confirmation-en-kader-samenvatting-qr-29", "care-institution-statement", "en", care_en_letter,
   "an English confirmation with a framed summary and a QR code")


# =========================================================================== health insurance

def polisblad_app(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A Dutch insurer's policy summary as saved from its app: a coloured title bar, the insured in a card with
    rounded feel, the cover as a list with check marks, the policy data in two columns."""
    ins = c.insurer_nl
    sh = c.new_sheet()
    W = c.page_w
    f = "sans5"
    col = ins.get("color", (0, 100, 140))
    sh.rect(0, 0, W, 28, width_mm=0, fill=col)
    T(sh, 18, 8, ins["name"], font=f, size=15, bold=True, color=(255, 255, 255))
    T(sh, 18, 17, f"Polisoverzicht {c.sub.year}", font=f, size=10, color=(240, 240, 240))
    sh.rect(18, 38, W - 36, 30, width_mm=0.3, color=(190, 190, 190), fill=(248, 248, 248))
    T(sh, 22, 41, "Verzekerde", font=f, size=8, color=GREY)
    T(sh, 22, 46, f"{c.p.given_names} {c.p.surname}", font=f, size=12, bold=True)
    T(sh, 22, 53, f"geboren {c.dfmt(c.p.birth_date)} · polisnummer {_policy_no(c)}", font=f, size=9.5)
    T(sh, 22, 59, f"UZOVI {ins['uzovi']} · ingangsdatum 01-01-{c.sub.year}", font=f, size=9.5)
    y = 80
    T(sh, 18, y, "Uw dekking", font=f, size=12, bold=True)
    y += 8
    for it in (rng.choice(["Basisverzekering Natura", "Basis Restitutie", "Basis Zeker"]),
               "Medisch-specialistische zorg en ziekenhuisopname", "Geneesmiddelen (GVS)",
               rng.choice(["Aanvullend Basis", "Tandarts 250", "geen aanvullende verzekering"]),
               "Verplicht eigen risico: € 385"):
        T(sh, 20, y, "✓", font="sans3", size=11, color=col)
        T(sh, 28, y + 0.3, it, font=f, size=10.5)
        y += 7.5
    P(sh, 18, y + 6, W - 36, "De basisverzekering dekt ook zorg voor aandoeningen die al bestonden bij het begin van "
      "de verzekering.", font=f, size=9.5)
    return [sh]


def intl_certificate(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An international insurer's certificate of cover: the insurer's name in capitals at the top left with a
    thin rule in its colour across the page, the certificate number in a box at the right, the cover stated in a
    bilingual (Spanish/English) table, the underwriter's signature and the insurer's seal at the foot."""
    ins = c.insurer_intl
    sh = c.new_sheet()
    W = c.page_w
    f = "sans6"
    col = ins.get("color", (60, 60, 120))
    addr = ins.get("addr", "")
    spanish = any(k in addr for k in ("Asunción", "Paraguay", "Bolivia", "Perú", "Ecuador", "Colombia", "Costa Rica",
                                      "Montevideo", "Santiago", "Lima", "Quito"))
    T(sh, 18, 14, ins["name"].upper(), font=f, size=fit(ins["name"].upper(), f, 13, W - 90, True), bold=True, color=col)
    T(sh, 18, 20.5, addr[:95], font=f, size=7.5, color=GREY)
    sh.rule(18, 25, W - 18, 25, width_mm=0.8, color=col)
    pol = _policy_no(c, "PY-" if spanish else "")
    sh.rect(W - 70, 30, 52, 14, width_mm=0.3)
    T(sh, W - 68, 31.5, "Certificado N° / Certificate No." if spanish else "Certificate No.", font=f, size=7, color=GREY)
    T(sh, W - 68, 37, pol, font=f, size=10, bold=True)
    T(sh, 18, 34, "CERTIFICADO DE SEGURO" if spanish else "CERTIFICATE OF INSURANCE", font=f, size=13, bold=True)
    T(sh, 18, 40.5, "CERTIFICATE OF INSURANCE" if spanish else ins.get("plan", ""), font=f, size=9, color=GREY)
    s = c.sub - dt.timedelta(days=random.Random(c.rng_seed).randint(20, 200))
    e = add_years(s, 1) - dt.timedelta(days=1)
    rows = [("Asegurado / Insured" if spanish else "Insured", f"{c.p.given_names} {c.p.surname}"),
            ("Fecha de nacimiento / Date of birth" if spanish else "Date of birth", d_en(c.p.birth_date)),
            ("Plan / Plan" if spanish else "Plan", ins.get("plan", "")),
            ("Vigencia / Period" if spanish else "Period of cover", f"{d_en(s)} – {d_en(e)}"),
            ("Territorio / Territory" if spanish else "Territory", "Países Bajos / the Netherlands" if spanish else
             "the Netherlands"),
            ("Cobertura / Cover" if spanish else "Cover", "hospitalización, consultas, tratamientos y medicamentos, "
             "incluidas enfermedades preexistentes / hospital care, consultations, treatment and medicines, "
             "pre-existing conditions included" if spanish else "hospital care, consultations, specialist treatment "
             "and medicines, pre-existing conditions included"),
            ("Suma asegurada / Sum insured" if spanish else "Sum insured", "USD 1.000.000")]
    y = 52
    lw = 62
    for a, b in rows:
        lines = wrap(b, W - 36 - lw - 4, f, 9.6)
        hh = 5 * len(lines) + 3
        sh.rect(18, y, lw, hh, width_mm=0.2, fill=(240, 240, 246))
        sh.rect(18 + lw, y, W - 36 - lw, hh, width_mm=0.2)
        T(sh, 20, y + 1.5, a, font=f, size=fit(a, f, 8.5, lw - 4))
        for i, ln in enumerate(lines):
            T(sh, 20 + lw, y + 1.5 + i * 5, ln, font=f, size=9.6)
        y += hh
    place = next((x for x in ("Asunción", "Dublin", "Luxembourg", "London", "Miami") if x in addr),
                 addr.split(",")[-1].strip())
    T(sh, 18, y + 10, f"{place}, {d_en(c.sub - dt.timedelta(days=rng.randint(5, 30)))}", font=f, size=10)
    sh.signature(18, y + 15, 42, 14, rng, color=BLUE_INK)
    T(sh, 18, y + 31, "Suscripción / Underwriting" if spanish else "Underwriting", font=f, size=9.5)
    sh.stamp(W - 80, y + 10, [ins.get("short", "INSURER").upper()[:18], "SEGUROS" if spanish else "INSURANCE"], rng,
             shape="round", size_mm=30, color=(40, 60, 140), angle=rng.uniform(-15, 15))
    return [sh]


def incoming_card(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An incoming insurer's letter with the insurance card printed at its foot (to cut out along the dashed
    line), the letter in Dutch, the card bilingual."""
    name = _incoming_name(c)
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    f = "sans2"
    T(sh, 18, 14, name, font=f, size=14, bold=True, color=(150, 60, 20))
    a = c.p.address
    for i, ln in enumerate([f"{c.p.given_names} {c.p.surname}"] + ([f"{a.street} {a.number}", f"{a.postcode} {a.city}"]
                                                                 if a else [])):
        T(sh, 18, 34 + i * 5, ln, font=f, size=10)
    s = c.sub - dt.timedelta(days=random.Random(c.rng_seed + 6).randint(15, 160))
    e = add_years(s, 1) - dt.timedelta(days=1)
    T(sh, W - 18, 34, d_nl(c.sub - dt.timedelta(days=rng.randint(4, 30))), font=f, size=10, align="right")
    T(sh, 18, 62, "Bevestiging van uw verzekering", font=f, size=13, bold=True)
    y = P(sh, 18, 72, W - 36, f"Geachte {title_nl(c.p)} {c.p.surname}, hierbij bevestigen wij dat u bij ons "
          f"verzekerd bent voor medische kosten in Nederland van {d_nl(s)} tot en met {d_nl(e)}, inclusief de "
          f"behandeling van bestaande aandoeningen, tot een maximum van € 1.000.000 per jaar. Onderaan vindt u uw "
          f"verzekeringspas.", font=f, size=10.5) + 4
    P(sh, 18, y, W - 36, "Met vriendelijke groet,\nAfdeling Acceptatie", font=f, size=10.5)
    yc = H - 90
    sh.rule(10, yc - 6, W - 10, yc - 6, width_mm=0.2, dash=1.5, color=(120, 120, 120))
    T(sh, 12, yc - 11, "✂", font="sans3", size=10, color=GREY)
    sh.rect(18, yc, 86, 54, width_mm=0.3, fill=(252, 238, 226))
    T(sh, 21, yc + 3, name, font=f, size=fit(name, f, 9, 78, True), bold=True, color=(150, 60, 20))
    for i, (lab, val) in enumerate((("Verzekerde / Insured", f"{c.p.given_names} {c.p.surname}"),
                                    ("Geboren / Born", c.dfmt(c.p.birth_date)), ("Polis / Policy", _policy_no(c, "IN-")),
                                    ("Geldig / Valid", f"{s.strftime('%d-%m-%Y')} – {e.strftime('%d-%m-%Y')}"))):
        T(sh, 21, yc + 11 + i * 10, lab, font=f, size=6.5, color=GREY)
        T(sh, 21, yc + 14.5 + i * 10, val, font=f, size=fit(val, f, 9, 80, True), bold=True)
    return [sh]


_r("polisblad-app-opgeslagen-kleurbalk-vinkjes-dekking-29", "health-insurance", "nl", polisblad_app,
   "a Dutch insurer's policy summary saved from its app, cover as a ticked list")
_r("intl-certificado-paraguay-kader-nummer-tweetalige-tabel-29", "health-insurance", "es/en", intl_certificate,
   "an international insurer's bilingual certificate with the number in a box")
_r("incoming-brief-met-verzekeringspas-knipstreep-29", "health-insurance", "nl/en", incoming_card,
   "an incoming insurer's letter with the insurance card to cut out at its foot")


# =========================================================================== civic integration

def duo_diploma_frame(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """DUO's diploma on a page with a wide pale blue margin all round and a thin dark inner frame; the title in
    spaced capitals, the holder's name in a script-like italic, the date and the diploma number in a row at the
    foot, the seal at the lower right."""
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    sh.rect(0, 0, W, H, width_mm=0, fill=(214, 226, 240))
    sh.rect(16, 16, W - 32, H - 32, width_mm=0, fill=(255, 255, 255))
    sh.rect(20, 20, W - 40, H - 40, width_mm=0.4, color=(20, 50, 100))
    f = "serif4"
    p = c.p
    T(sh, W / 2, 40, "DIENST UITVOERING ONDERWIJS", font=f, size=10, align="center", color=(20, 50, 100))
    sh.text(W / 2, 58, "DIPLOMA INBURGERING", font=f, size_pt=22, bold=True, anchor="center", letter_spacing=1.2)
    T(sh, W / 2, 80, "Hierbij wordt verklaard dat", font=f, size=11, align="center")
    sh.text(W / 2, 90, f"{p.given_names} {p.surname}", font="serif4", size_pt=20, italic=True, anchor="center")
    T(sh, W / 2, 104, f"geboren op {d_nl(p.birth_date)} te {p.birth_place}", font=f, size=11, align="center")
    P(sh, 40, 116, W - 80, "het inburgeringsexamen heeft behaald: de examens lezen, luisteren, schrijven en spreken op "
      "taalniveau B1, Kennis van de Nederlandse Maatschappij en de module Arbeidsmarkt en Participatie.", font=f,
      size=11, leading=1.5, align="center")
    dd = _inb_date(c, rng)
    r = random.Random(seed_of("dip29", c.rng_seed))
    T(sh, 32, H - 60, f"Groningen, {d_nl(dd)}", font=f, size=10.5)
    T(sh, W - 32, H - 60, f"nr. {r.randint(10000000, 99999999)}", font=f, size=10.5, align="right")
    sh.signature(32, H - 54, 46, 14, rng, color=BLACK_INK)
    T(sh, 32, H - 38, "namens de minister van Sociale Zaken en Werkgelegenheid", font=f, size=8.5, color=GREY)
    sh.stamp(W - 72, H - 56, ["DUO", "DIPLOMA", "INBURGERING"], rng, shape="round", size_mm=30, color=(20, 50, 100))
    return [sh]


def duo_exemption_letter(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """DUO's exemption decision as a posted letter copied on a colour copier out of magenta: DUO's name at the top
    right, the addressee at the left, 'Besluit' in bold, the reasons as numbered paragraphs, the objection clause
    in a grey box."""
    sh = c.new_sheet()
    W = c.page_w
    f = "sans4"
    p = c.p
    dd = _inb_date(c, rng)
    T(sh, W - 18, 14, "Dienst Uitvoering Onderwijs", font=f, size=11, bold=True, color=(0, 70, 140), align="right")
    T(sh, W - 18, 19.5, "Postbus 30205 · 2500 GE Den Haag", font=f, size=8, color=GREY, align="right")
    a = p.address
    for i, ln in enumerate([f"{title_nl(p).capitalize()} {p.given_names} {p.surname}"] +
                           ([f"{a.street} {a.number}", f"{a.postcode} {a.city}"] if a else [])):
        T(sh, 18, 44 + i * 5, ln, font=f, size=10)
    r = random.Random(seed_of("ont29", c.rng_seed))
    T(sh, 18, 70, f"Datum {d_nl(dd)}   ·   Kenmerk INB/{r.randint(100000, 999999)}", font=f, size=9, color=GREY)
    T(sh, 18, 80, "Besluit: ontheffing van de inburgeringsplicht", font=f, size=12, bold=True)
    y = 90
    for k, para in enumerate((f"Geachte {title_nl(p)} {p.surname},",
                              "1. U heeft ons gevraagd om ontheffing van de inburgeringsplicht vanwege uw gezondheid.",
                              "2. De arts die wij inschakelden heeft u onderzocht. Hij concludeert dat u door een "
                              "medische beperking blijvend niet in staat bent het examen te doen.",
                              "3. Wij besluiten daarom dat u ontheffing krijgt. U hoeft niet meer in te burgeren.",
                              "Met vriendelijke groet,\nDienst Uitvoering Onderwijs")):
        y = P(sh, 18, y, W - 36, para, font=f, size=10.5) + 3
    sh.rect(18, y + 4, W - 36, 18, width_mm=0, fill=(232, 232, 232))
    P(sh, 21, y + 6, W - 42, "Niet eens met dit besluit? U kunt binnen 6 weken na de datum van deze brief bezwaar "
      "maken.", font=f, size=9.5)
    img = no_magenta(sh.render(200), 0.6)
    return [sheet_of(img, W, c.page_h)]


def duo_results_list(c: Case, rng: random.Random, *, failed: bool = False, **_) -> list[Sheet]:
    """DUO's results letter listing every exam part on a line with dotted leaders to the result at the right,
    the failed part (if any) in bold; the letter's date and reference in a row under the logo."""
    sh = c.new_sheet()
    W = c.page_w
    f = "sans6"
    p = c.p
    dd = _inb_date(c, rng)
    sh.rect(18, 12, 10, 10, width_mm=0, fill=(0, 70, 140))
    T(sh, 31, 13, "DUO – Inburgeringsexamen", font=f, size=12, bold=True, color=(0, 70, 140))
    r = random.Random(seed_of("res29", c.rng_seed))
    T(sh, 18, 30, f"{d_nl(dd)}   |   kenmerk EX-{r.randint(100000, 999999)}", font=f, size=9, color=GREY)
    T(sh, 18, 42, f"Uitslag examens van {p.given_names} {p.surname}, geboren {c.dfmt(p.birth_date)}", font=f,
      size=11, bold=True)
    parts = ["Lezen (B1)", "Luisteren (B1)", "Schrijven (B1)", "Spreken (B1)", "Kennis van de Nederlandse Maatschappij",
             "Module Arbeidsmarkt en Participatie"]
    bad = random.Random(seed_of("fail29", c.rng_seed)).randrange(4) if failed else -1
    y = 56
    d = dd - dt.timedelta(days=150)
    for k, part in enumerate(parts):
        d = d + dt.timedelta(days=rng.randint(5, 25))
        res = "niet gehaald" if k == bad else "gehaald"
        w = T(sh, 18, y, f"{part} – {d_nl(d, 'dashes')}", font=f, size=10.5)
        rw = sh.text_width(res, font=f, size_pt=10.5, bold=(k == bad))
        sh.rule(20 + w, y + 4, W - 20 - rw, y + 4, width_mm=0.2, dash=0.4, color=(130, 130, 130))
        T(sh, W - 18, y, res, font=f, size=10.5, bold=(k == bad), align="right")
        y += 8
    msg = ("U heeft niet alle examens gehaald. U kunt het examen dat u niet heeft gehaald opnieuw doen." if failed else
           "U heeft alle examens gehaald. U krijgt uw diploma binnen 6 weken per post.")
    P(sh, 18, y + 8, W - 36, msg, font=f, size=10.5)
    return [sh]


_r("duo-diploma-lichtblauwe-rand-spatiekapitalen-cursieve-naam-29", "civic-integration", "nl", duo_diploma_frame,
   "DUO diploma with a wide pale blue margin, spaced capitals, the name in italics")
_r("duo-ontheffing-brief-genummerd-bezwaarvak-kopie-zonder-magenta-29", "civic-integration", "nl",
   duo_exemption_letter, "DUO exemption decision, numbered reasons, copied on a colour copier out of magenta")
_r("duo-uitslag-stippelleiders-onderdeel-resultaat-29", "civic-integration", "nl", duo_results_list,
   "DUO results letter, each exam part with dotted leaders to its result")


# =========================================================================== other

def cover_letter(c: Case, rng: random.Random, *, enclosures: list[str] | None = None, **_) -> list[Sheet]:
    """A Dutch lawyer's cover letter: the firm's name at the right in small capitals, the addressee in the window
    at the left, a reference table (uw kenmerk, ons kenmerk, datum, V-nummer) in one row, the enclosures as a
    numbered list in a second column; signed in ink by the lawyer at the left; punched for the file."""
    from .ind import LAWYERS
    lw = c.lawyer or LAWYERS[0]
    sh = c.new_sheet()
    W = c.page_w
    f = rng.choice(["serif5", "serif2"])
    col = rng.choice([(60, 40, 90), (20, 70, 60), (30, 30, 30)])
    T(sh, W - 18, 14, lw["firm"].upper(), font=f, size=11, bold=True, color=col, align="right")
    T(sh, W - 18, 20, f"{lw['street']} · {lw['pc']} {lw['city']}", font=f, size=8, color=GREY, align="right")
    T(sh, W - 18, 24.5, f"T {lw['tel']} · {lw['mail']}", font=f, size=8, color=GREY, align="right")
    addr = IND_ADDRESSES[rng.randrange(len(IND_ADDRESSES))].split("\n")
    T(sh, 22, 44, "Aangetekend", font=f, size=8.5, color=GREY)
    for i, ln in enumerate(addr):
        T(sh, 22, 50 + i * 5, ln, font=f, size=10.5)
    dd = c.sub - dt.timedelta(days=rng.randint(0, 3))
    y = 78
    cells = [("Uw kenmerk", "–"), ("Ons kenmerk", f"{dd.year}.{rng.randint(100, 999)}"), ("Datum", d_nl(dd)),
             ("V-nummer", c.vnr)]
    cw = (W - 40) / 4
    for i, (a, b) in enumerate(cells):
        T(sh, 20 + i * cw, y, a, font=f, size=7.5, color=GREY)
        T(sh, 20 + i * cw, y + 4, b, font=f, size=9.5)
    y += 16
    T(sh, 20, y, f"Betreft: aanvraag {c.p.given_names} {c.p.surname}, geboren {d_nl(c.p.birth_date)}", font=f,
      size=10.5, bold=True)
    y += 9
    paras = ["Geachte heer, mevrouw,",
             f"Als gemachtigde van bovengenoemde cliënt{'e' if c.p.sex == 'F' else ''} zend ik u hierbij de aanvraag "
             f"voor {PROC_NL[c.procedure]}, met het ingevulde formulier en de bewijsstukken."]
    if c.procedure == "ind-medical-treatment" and c.art64_end:
        paras.append(f"Het uitstel van vertrek op grond van artikel 64 Vreemdelingenwet eindigt op {d_nl(c.art64_end)}.")
    if c.procedure == "ind-hnt-continued" and c.since:
        paras.append(f"Cliënt heeft sinds {d_nl(c.since)} een verblijfsvergunning "
                     f"({dict(ROUTES_7027).get(c.route, '').replace('na verblijf ', '')}).")
    if c.no_passport:
        paras.append("Cliënt heeft geen geldig paspoort. Ik verzoek om vrijstelling van het paspoortvereiste. "
                     + " ".join(EXEMPTION_TEXT[i] for i in c.exemption_shown))
    if c.suriname_visa:
        paras.append("Cliënt is Surinamer en kwam naar Nederland met een mvv voor medische behandeling; een kopie van "
                     "de mvv is bijgevoegd.")
    for p_ in paras:
        y = P(sh, 20, y, W - 40, p_, font=f, size=10.5) + 3
    if enclosures:
        T(sh, 20, y + 1, "Bijlagen:", font=f, size=10.5, bold=True)
        half = (len(enclosures) + 1) // 2
        for k_, e in enumerate(enclosures):
            x = 20 if k_ < half else 20 + (W - 40) / 2
            T(sh, x, y + 7 + (k_ % half) * 5, f"{k_ + 1}. {e}"[:44], font=f, size=9.5)
        y += 9 + half * 5
    T(sh, 20, y + 2, "Hoogachtend,", font=f, size=10.5)
    sh.signature(20, y + 7, rng.uniform(44, 56), 17, rng, color=rng.choice([BLUE_INK, BLACK_INK]))
    T(sh, 20, y + 26, c.lawyer_name or "mr. J. de Vries", font=f, size=10.5)
    T(sh, 20, y + 31, "advocaat", font=f, size=9, color=GREY)
    punch_holes(sh)
    return [c.intr(sh)]


def _ind_head(sh: Sheet, c: Case, dd: dt.date, subject: str) -> float:
    W = c.page_w
    f = "sans4"
    sh.rect(W / 2 - 4, 0, 8, 26, width_mm=0, fill=(21, 66, 115))
    T(sh, W / 2 + 8, 12, "Immigratie- en", font=f, size=10, bold=True)
    T(sh, W / 2 + 8, 17, "Naturalisatiedienst", font=f, size=10, bold=True)
    T(sh, W / 2 + 8, 22, "Ministerie van Asiel en Migratie", font=f, size=7.5, color=GREY)
    r = random.Random(seed_of("ind29", c.rng_seed))
    p = c.p
    y = 50
    for ln in (f"{title_nl(p).capitalize()} {p.given_names} {p.surname}",
               *((f"{p.address.street} {p.address.number}", f"{p.address.postcode} {p.address.city}")
                 if p.address else ())):
        T(sh, 20, y, ln, font=f, size=10)
        y += 5
    for i, (a, b) in enumerate((("Datum", d_nl(dd)), ("Onze referentie", str(r.randint(1000000, 9999999))),
                                ("V-nummer", c.vnr))):
        T(sh, W - 62, 44 + i * 9, a, font=f, size=7.5, color=GREY)
        T(sh, W - 62, 47.5 + i * 9, b, font=f, size=9.5)
    T(sh, 20, 84, subject, font=f, size=11, bold=True)
    return 94


def art64_decision(c: Case, rng: random.Random, **_) -> list[Sheet]:
    end = c.art64_end or (c.since - dt.timedelta(days=1) if c.since else c.sub + dt.timedelta(days=10))
    start = add_years(end, -1) + dt.timedelta(days=1)
    dd = start + dt.timedelta(days=rng.randint(3, 25))
    sh = c.new_sheet()
    y = _ind_head(sh, c, dd, "Beslissing: uitstel van vertrek op grond van artikel 64 Vreemdelingenwet")
    for para in (f"Geachte {title_nl(c.p)} {c.p.surname},",
                 "Op advies van het Bureau Medische Advisering (BMA) stellen wij vast dat u nu om medische redenen "
                 "niet kunt reizen.",
                 f"U krijgt uitstel van vertrek voor de periode van {d_nl(start)} tot en met {d_nl(end)}.",
                 "Met vriendelijke groet,\nnamens de minister van Asiel en Migratie,\nde Immigratie- en "
                 "Naturalisatiedienst"):
        y = P(sh, 20, y, c.page_w - 40, para, font="sans4", size=10.5) + 4
    return [c.intr(sh)]


def permit_decision(c: Case, rng: random.Random, **_) -> list[Sheet]:
    since = c.since or dt.date(2022, 5, 1)
    dd = since + dt.timedelta(days=rng.randint(6, 40))
    purpose = {"medical-treatment": "medische behandeling", "medical-treatment-after-art64": "medische behandeling",
               "relationship": "verblijf als familie- of gezinslid", "parent": "verblijf bij ouder",
               "trafficking-victim": "slachtoffer-getuige mensenhandel",
               "trafficking-victim-no-report": "slachtoffer mensenhandel (zonder aangifte)",
               "domestic-violence": "humanitair tijdelijk – huiselijk geweld",
               "buiten-schuld": "humanitair tijdelijk – buitenschuld"}.get(c.route or "", "regulier")
    sh = c.new_sheet()
    y = _ind_head(sh, c, dd, "Beslissing op uw aanvraag: verblijfsvergunning verleend")
    for para in (f"Geachte {title_nl(c.p)} {c.p.surname},",
                 f"Uw aanvraag is ingewilligd. U krijgt een verblijfsvergunning regulier voor bepaalde tijd onder de "
                 f"beperking '{purpose}'.",
                 f"De vergunning is geldig van {d_nl(since)} tot en met "
                 f"{d_nl(add_years(since, 1 if 'medisch' in purpose else 5) - dt.timedelta(days=1))}.",
                 "Met vriendelijke groet,\nde Immigratie- en Naturalisatiedienst"):
        y = P(sh, 20, y, c.page_w - 40, para, font="sans4", size=10.5) + 4
    return [c.intr(sh)]


def mvv_carbon(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The passport page with the MVV sticker copied on a monochrome copier that prints in violet-blue, the
    booklet's page edge visible, a staple at the top left."""
    page = Sheet(125, 88)
    page.rect(0, 0, 125, 88, width_mm=0, fill=(242, 240, 232))
    vx, vy, w, h = 6, 6, 113, 76
    page.rect(vx, vy, w, h, width_mm=0.2, fill=(226, 236, 230))
    page.text(vx + 3, vy + 3, "VISUM · NEDERLAND · MVV", font="sans6", size_pt=8, bold=True, color=(0, 80, 60))
    start = c.sub - dt.timedelta(days=rng.randint(150, 200))
    end = start + dt.timedelta(days=rng.randint(85, 90))
    pno = c.passport_no or f"R{rng.randint(1000000, 9999999)}"
    rows = [("GELDIG VOOR", "SCHENGEN + NL"), ("VAN", start.strftime("%d-%m-%y")), ("TOT", end.strftime("%d-%m-%y")),
            ("SOORT VISUM", "D"), ("PASPOORTNUMMER", pno),
            ("NAAM", f"{c.p.surname.upper()}, {c.p.given_names.upper()}"[:34]),
            ("OPMERKINGEN", "MVV – MEDISCHE BEHANDELING")]
    y = vy + 10
    for a, b in rows:
        page.text(vx + 3, y, a, font="sans6", size_pt=5.5, color=GREY)
        page.text(vx + 30, y, b, font="sans6", size_pt=7.4)
        y += 5.2
    line1 = ("V<NLD" + _mrz_name(c.p, 39))[:44]
    birth = c.p.birth_date.strftime("%y%m%d")
    exp = end.strftime("%y%m%d")
    pn = (pno + "<" * 9)[:9]
    line2 = (f"{pn}{_mrz_check(pn)}SUR{birth}{_mrz_check(birth)}{c.p.sex}{exp}{_mrz_check(exp)}" + "<" * 16)[:44]
    page.text(vx + 1, vy + h - 12, line1, font="ocrb", size_pt=6.2)
    page.text(vx + 1, vy + h - 6, line2, font="ocrb", size_pt=6.2)
    img = carbon_blue(page.render(220))
    sh = c.new_sheet()
    wmm = 140.0
    sh.image(35, 50, wmm, wmm * img.height / img.width, img)
    staple(sh, 12, 12, rng)
    return [sh]


_r("cover-letter-kenmerkenrij-bijlagen-twee-kolommen-perforatie-29", "other", "nl", cover_letter,
   "Dutch lawyer's cover letter, references in one row, enclosures in two columns, punched")
_r("art64-decision-ind-verticale-balk-referenties-rechts-29", "other", "nl", art64_decision,
   "IND art. 64 decision under the vertical logo bar, references at the right")
_r("permit-letter-ind-verticale-balk-referenties-rechts-29", "other", "nl", permit_decision,
   "IND permit decision under the vertical logo bar")
_r("mvv-sticker-sur-violette-kopie-nietje-29", "other", "nl", mvv_carbon,
   "the MVV sticker page copied on a violet-printing copier, stapled")
