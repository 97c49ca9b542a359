"""IND families of the `twentythird` part (registered in ind.FAMILIES).

Written after dev, heldout and the parts fresh to twentysecond had been read, by a writer who did not see the
validator: the IND application forms with the questions numbered '1.1, 1.2 …' in a grey left column and the answers in
framed cells at the right, the options printed as 'ja / nee*' of which the one that does not apply is struck through
(with a pen when filled in by hand, with a straight line when filled in on the computer) and the footnote '* doorhalen
wat niet van toepassing is', a framed 'V-nummer' box at the top right of every page (the number written in by hand
or typed), the signature above the label 'handtekening aanvrager'; a temp agency's weekly payslip with hours and the
week number, the first page of an employment contract for an indefinite period in articles, a guarantor's own typed
letter with the signature at the left; a GP's statement printed from the practice's information system with an
episode list (ICPC codes), a specialist's medical statement with a medication table; a treatment-willingness form of
the institution with printed yes/no answers, an international patient office's cost estimate with the confirmation
and period, a mental health institution's letter with a reference line; a Dutch insurer's letter with the health
insurance card printed at the foot, an incoming insurer's statement in a two-column layout, an Uruguayan insurer's
Spanish/English coverage letter (on US Letter in this part's one Letter dossier); DUO's diploma with a vertical colour
bar at the left, an exemption letter with the reasons numbered, a results letter with the parts in a list and the
points; a Dutch lawyer's cover letter with 'Uw kenmerk / Ons kenmerk' and a numbered enclosures table, the IND's
decisions with the reference line in a table under the address, the MVV sticker copied on a white sheet with the
paralegal's handwritten V-number note.  Every maker draws on ``c.new_sheet()`` and marks pages that print the V-number
with ``c.intr``.
"""
from __future__ import annotations

import datetime as dt
import random

from .ind import (
    BLACK_INK,
    BLUE_INK,
    EXEMPTION_TEXT,
    GENERIC_PURPOSES,
    GREY,
    IND_ADDRESSES,
    PROC_NL,
    ROUTES_7027,
    Case,
    P,
    T,
    _care_dates,
    _emp,
    _guarantor_facts,
    _inb_date,
    _incoming_name,
    _mrz_check,
    _mrz_name,
    _not_available,
    _payer_phrase,
    _policy_no,
    _reg,
    _treat_start,
    add_years,
    country_nl,
    d_en,
    d_nl,
    duration_phrase,
    earner,
    eur,
    nat_nl,
    pay_calc,
    seed_of,
    title_nl,
)
from .ninth_identity import hand_safe
from .paper import Sheet, text_width_mm
from .people import make_professional

PART = "twentythird"
D = dt.date
TEAL = (0, 95, 105)
_MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"]


def _wrap(s: str, w: float, font: str, size: float) -> list[str]:
    out, line = [], ""
    for wd in str(s).split():
        t = (line + " " + wd).strip()
        if line and text_width_mm(t, font, size) * 1.05 > w:
            out.append(line)
            line = wd
        else:
            line = t
    if line:
        out.append(line)
    return out


# =========================================================================== application forms: struck options

class _Strike:
    def __init__(self, c: Case, rng: random.Random, title: str, code: str):
        self.c, self.rng, self.title, self.code = c, rng, title, code
        self.hand = c.fill == "hand"
        self.ink = rng.choice([BLUE_INK, BLACK_INK])
        self.hf = rng.choice(["hand1", "hand2", "hand3", "blockcaps"])
        self.lf = rng.choice(["sans2", "sans3", "sans"])
        self.pages: list[Sheet] = []
        self.y = 0.0
        self.sec = 0
        self.q = 0
        self.new()

    def new(self):
        c = self.c
        sh = c.new_sheet()
        W = c.page_w
        sh.rect(W - 78, 10, 58, 13, width_mm=0.45)
        T(sh, W - 76, 11.2, "V-nummer", font=self.lf, size=7.5, color=GREY)
        if self.hand:
            sh.handwriting(W - 75, 14.8, self.c.vnr, self.rng, size_pt=9.5, color=self.ink,
                           font="hand1" if self.hf == "blockcaps" else self.hf)
        else:
            T(sh, W - 74, 16, self.c.vnr, font="mono", size=11)
        if not self.pages:
            T(sh, 20, 11, "Immigratie- en", font=self.lf, size=9, bold=True, color=TEAL)
            T(sh, 20, 15.5, "Naturalisatiedienst", font=self.lf, size=9, bold=True, color=TEAL)
            P(sh, 20, 30, W - 40, self.title, font=self.lf, size=14, leading=1.2)
            self.y = 48.0
        else:
            T(sh, 20, 13, self.title[:60], font=self.lf, size=8, color=GREY)
            self.y = 30.0
        self.pages.append(c.intr(sh))

    def need(self, h: float):
        if self.y + h > self.c.page_h - 26:
            self.new()

    def section(self, s: str):
        self.need(20)
        self.sec += 1
        self.q = 0
        sh = self.pages[-1]
        W = self.c.page_w
        sh.rule(20, self.y + 6, W - 20, self.y + 6, width_mm=0.5, color=TEAL)
        T(sh, 20, self.y, f"{self.sec}  {s}", font=self.lf, size=11.5, bold=True, color=TEAL)
        self.y += 10

    def ask(self, label: str, value: str | None = None, options: list[str] | None = None, chosen: int | None = None):
        W = self.c.page_w
        self.q += 1
        lab = _wrap(f"{label}", 58, self.lf, 8.8)
        if options:
            h = max(len(lab) * 3.9 + 2, 9)
        else:
            vv = _wrap(hand_safe(value) if self.hand else (value or ""), W - 112, self.hf if self.hand else "sans",
                       10.5 if self.hand else 9.8) if value else []
            h = max(len(lab) * 3.9 + 2, len(vv) * 5.8 + 3, 9)
        self.need(h + 2)
        sh = self.pages[-1]
        y = self.y
        sh.rect(20, y, 70, h, width_mm=0, fill=(236, 236, 236))
        T(sh, 21.5, y + 1.6, f"{self.sec}.{self.q}", font=self.lf, size=8.5, bold=True)
        for k, ln in enumerate(lab):
            T(sh, 30, y + 1.6 + k * 3.9, ln, font=self.lf, size=8.8)
        sh.rect(92, y, W - 112, h, width_mm=0.3)
        if options:
            x = 95
            for i, o in enumerate(options):
                star = "*" if i == len(options) - 1 else ""
                T(sh, x, y + 2.2, o + star, font=self.lf, size=10)
                w = text_width_mm(o, self.lf, 10)
                if chosen is not None and i != chosen:
                    if self.hand:
                        r = self.rng
                        sh.rule(x - 1, y + 4.6 + r.uniform(-0.6, 0.6), x + w + 1, y + 3.6 + r.uniform(-0.6, 0.6),
                                width_mm=0.45, color=self.ink)
                    else:
                        sh.rule(x - 0.5, y + 4.3, x + w + 0.5, y + 4.3, width_mm=0.3)
                x += w + 8
                if i < len(options) - 1:
                    T(sh, x - 5, y + 2.2, "/", font=self.lf, size=10)
        else:
            for k, ln in enumerate(vv):
                if self.hand:
                    sh.handwriting(95, y + 0.8 + k * 5.8, ln, self.rng, size_pt=10.5, color=self.ink, font=self.hf)
                else:
                    T(sh, 95, y + 1.8 + k * 5.8, ln, font="sans", size=9.8)
        self.y = y + h + 2

    def sign(self):
        c = self.c
        self.need(78)
        self.section("Ondertekening")
        P(self.pages[-1], 20, self.y, c.page_w - 40, "Ik verklaar dat ik dit formulier naar waarheid heb ingevuld. "
          "Ik weet dat de IND de gegevens kan controleren en dat onjuiste gegevens gevolgen kunnen hebben.",
          font=self.lf, size=9)
        self.y += 12
        d0 = c.sub - dt.timedelta(days=self.rng.randint(1, 10))
        self.ask("Plaats", c.p.address.city if c.p.address else "Den Haag")
        self.ask("Datum", c.dfmt(d0))
        self.need(30)
        sh = self.pages[-1]
        sh.signature(96 + self.rng.uniform(0, 20), self.y + 1, self.rng.uniform(44, 58), 16, self.rng, color=self.ink)
        sh.rule(92, self.y + 19, 170, self.y + 19, width_mm=0.3)
        T(sh, 92, self.y + 20.5, "handtekening aanvrager", font=self.lf, size=8, color=GREY)
        self.y += 28

    def finish(self) -> list[Sheet]:
        n = len(self.pages)
        W, H = self.c.page_w, self.c.page_h
        for i, sh in enumerate(self.pages, 1):
            T(sh, 20, H - 18, "* doorhalen wat niet van toepassing is", font=self.lf, size=7.5, color=GREY)
            T(sh, 20, H - 13, self.code, font=self.lf, size=7.5, color=GREY)
            T(sh, W - 20, H - 13, f"{i}/{n}", font=self.lf, size=8, align="right")
        return self.pages


def _you(f: _Strike):
    c, p = f.c, f.c.p
    f.section("Gegevens van de aanvrager")
    f.ask("Achternaam (zoals in paspoort)", p.surname)
    f.ask("Alle voornamen", p.given_names)
    f.ask("Geboortedatum", c.dfmt(p.birth_date))
    f.ask("Geboorteplaats", p.birth_place)
    f.ask("Geboorteland", country_nl(p))
    f.ask("Nationaliteit", nat_nl(p))
    f.ask("Geslacht", options=["man", "vrouw"], chosen=0 if p.sex == "M" else 1)
    if p.address:
        f.ask("Woonadres in Nederland", f"{p.address.street} {p.address.number}, {p.address.postcode} "
                                        f"{p.address.city}")
    if c.lawyer:
        f.ask("Heeft u een advocaat of gemachtigde?", options=["ja", "nee"], chosen=0)
        f.ask("Naam en kantoor", f"{c.lawyer_name}, {c.lawyer['firm']}, {c.lawyer['city']}")


def form_med(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _Strike(c, rng, "Aanvraagformulier verblijfsvergunning voor medische behandeling", "IND-MB 2026 · versie 3")
    _you(f)
    f.section("Medische behandeling")
    f.ask("Zorginstelling in Nederland (naam, plaats)", f"{c.hospital.get('name', '')}, {c.hospital.get('city', '')}")
    f.ask("Omschrijving van de behandeling", c.med.get("tx_short", ""))
    f.ask("Had u uitstel van vertrek (artikel 64 Vw)?", options=["ja", "nee"], chosen=0 if c.art64_end else 1)
    if c.art64_end:
        f.ask("Einddatum uitstel van vertrek", c.dfmt(c.art64_end))
    else:
        f.ask("Wie betaalt de kosten?", options=["ikzelf", "garantsteller"], chosen=1 if c.payer else 0)
    f.section("Paspoort en visum")
    f.ask("Heeft u een geldig paspoort?", options=["ja", "nee"], chosen=1 if c.no_passport else 0)
    f.ask("Bent u Surinamer met een mvv voor medische behandeling?", options=["ja", "nee"],
          chosen=0 if c.suriname_visa else 1)
    f.sign()
    return f.finish()


def form_7027(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _Strike(c, rng, "Aanvraag verblijfsvergunning voor onbepaalde tijd – humanitair (voortgezet verblijf)",
                "7027 · IND 2026 · v2")
    _you(f)
    f.section("Huidige verblijfsvergunning")
    f.ask("Verblijfsdoel", dict(ROUTES_7027).get(c.route, "").replace("na verblijf ", ""))
    f.ask("Ingangsdatum vergunning", c.dfmt(c.since) if c.since else "")
    r = random.Random(seed_of("vvr23", c.rng_seed))
    f.ask("Documentnummer verblijfspas", f"{r.choice('NRWX')}{r.choice('BCDFGHJK')}{r.randint(1000000, 9999999)}")
    if c.route == "relationship":
        f.ask("Inburgeringsplicht", options=["diploma", "ontheffing", "niet voldaan"],
              chosen=0 if c.inburgering in ("diploma", "results") else (1 if c.inburgering == "exemption" else 2))
    if c.route and c.route.startswith("medical"):
        f.ask("Duurt de behandeling nog minstens een jaar?", options=["ja", "nee"], chosen=0)
    f.sign()
    return f.finish()


def form_generic(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _Strike(c, rng, "Aanvraag verlenging verblijfsvergunning regulier bepaalde tijd", "IND-VL 2026 · versie 2")
    _you(f)
    f.section("Uw verblijfsvergunning")
    r = random.Random(c.rng_seed + 23)
    f.ask("Huidig verblijfsdoel", GENERIC_PURPOSES[r.randrange(len(GENERIC_PURPOSES))])
    f.ask("Geldig tot", c.dfmt(c.sub + dt.timedelta(days=r.randint(20, 80))))
    f.ask("Zijn uw omstandigheden gewijzigd?", options=["ja", "nee"], chosen=1)
    f.sign()
    return f.finish()


_reg("ind-form-med-vraagnummers-grijze-kolom-doorhalen-vnummervak", "application", PART, "nl", form_med,
     "medical-treatment form, numbered questions in a grey column, options struck through, V-number box top right")
_reg("ind-form-7027-vraagnummers-grijze-kolom-doorhalen-vnummervak", "application", PART, "nl", form_7027,
     "form 7027 in the same layout")
_reg("ind-form-generic-vraagnummers-grijze-kolom-doorhalen-vnummervak", "application", PART, "nl", form_generic,
     "extension form in the same layout")


# =========================================================================== income

def payslip_weekly_agency(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A temp agency's weekly payslip ('loonstrook week 46'): hours worked per type, hourly wage, the net amount
    at the foot right, the agency's logo text at the top right and the hirer's name."""
    g = earner(c)
    e = _emp(c, rng)
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    wk = round(k["bruto"] * 12 / 52, 2)
    net_w = round(k["net"] * 12 / 52, 2)
    hours = 38 if rng.random() < 0.6 else 40
    sh = c.new_sheet()
    W = c.page_w
    f = "mono2"
    T(sh, W - 20, 12, "FlexPlus Uitzendgroep", font="sans4", size=13, bold=True, color=(210, 90, 0), align="right")
    T(sh, W - 20, 18, "Postbus 4410, 3006 AK Rotterdam", font="sans4", size=8, color=GREY, align="right")
    a = g.address or c.p.address
    y = 34
    for ln in (f"{g.given_names} {g.surname}", *((f"{a.street} {a.number}", f"{a.postcode} {a.city}") if a else ())):
        T(sh, 20, y, ln, font="sans4", size=10)
        y += 5
    T(sh, 20, 60, "LOONSTROOK WEEK 46 – 2026   (10-11-2026 t/m 16-11-2026)", font=f, size=10.5, bold=True)
    T(sh, 20, 66, f"Opdrachtgever: {e['name']}   Functie: {e['func_now']}   Fase B   "
                  f"In dienst sinds {e['start'].strftime('%d-%m-%Y')}", font=f, size=8)
    rows = [("Omschrijving", "Uren", "Tarief", "Bedrag"),
            ("Gewerkte uren 100%", f"{hours},00", eur(round(wk / hours, 2), False), eur(wk, False)),
            ("Reservering vakantiegeld 8%", "", "", eur(round(wk * 0.08, 2), False)),
            ("Pensioenpremie", "", "", "-" + eur(round(k["pens"] * 12 / 52, 2), False)),
            ("Loonheffing", "", "", "-" + eur(round(k["lh"] * 12 / 52, 2), False))]
    y = 76
    for i, r in enumerate(rows):
        xs = (20, 100, 130, 160)
        for j, cell in enumerate(r):
            T(sh, xs[j] + (28 if j == 3 else 0), y, cell, font=f, size=9, bold=(i == 0),
              align="right" if j == 3 else "left")
        if i == 0:
            sh.rule(20, y + 4.5, W - 20, y + 4.5, width_mm=0.3)
        y += 6.5
    sh.rule(20, y, W - 20, y, width_mm=0.3)
    T(sh, 20, y + 3, "Netto uit te betalen", font=f, size=10, bold=True)
    T(sh, W - 22, y + 3, eur(net_w), font=f, size=11, bold=True, align="right")
    T(sh, 20, y + 12, f"Cumulatief 2026 bruto: {eur(round(wk * 46, 2))}   ·   IBAN {e['iban']}", font=f, size=8,
      color=GREY)
    return [sh]


def contract_first_page(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The first page of an employment contract for an indefinite period, in articles (parties, start, position,
    hours, salary), initialled at the foot by both parties."""
    g = earner(c)
    e = _emp(c, rng)
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    sh = c.new_sheet()
    W = c.page_w
    f = "serif6"
    T(sh, W / 2, 16, "ARBEIDSOVEREENKOMST VOOR ONBEPAALDE TIJD", font=f, size=13.5, bold=True, align="center")
    y = P(sh, 20, 30, W - 40, f"De ondergetekenden: {e['name']}, gevestigd te {e['city']}, {e['street']}, KvK "
          f"{e['kvk']}, hierna 'werkgever', en {g.given_names} {g.surname}, geboren op {c.dfmt(g.birth_date)}, "
          f"hierna 'werknemer', komen het volgende overeen:", font=f, size=10.5, leading=1.45) + 4
    arts = [("Artikel 1 – Indiensttreding", f"Werknemer treedt op {d_nl(e['start'])} in dienst voor onbepaalde tijd."),
            ("Artikel 2 – Functie", f"Werknemer vervult de functie van {e['func_now']}."),
            ("Artikel 3 – Arbeidsduur", "De arbeidsduur bedraagt 38 uur per week."),
            ("Artikel 4 – Salaris", f"Het bruto salaris bedraagt {eur(k['bruto'])} per maand, te vermeerderen met "
                                    f"8% vakantietoeslag."),
            ("Artikel 5 – Cao", "Op deze overeenkomst is de toepasselijke cao van toepassing.")]
    for h, body in arts:
        T(sh, 20, y, h, font=f, size=10.5, bold=True)
        y = P(sh, 20, y + 5.5, W - 40, body, font=f, size=10.5, leading=1.4) + 4
    T(sh, 20, c.page_h - 28, "paraaf werkgever", font=f, size=8, color=GREY)
    T(sh, 120, c.page_h - 28, "paraaf werknemer", font=f, size=8, color=GREY)
    sh.signature(20, c.page_h - 42, 18, 10, rng, color=BLUE_INK, style="initials")
    sh.signature(120, c.page_h - 42, 18, 10, rng, color=BLACK_INK, style="initials")
    T(sh, W / 2, c.page_h - 14, "pagina 1 van 4", font=f, size=8, align="center", color=GREY)
    return [sh]


def guarantor_typed_letter(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The guarantor's own typed letter to the IND ('Verklaring garantstelling'), his address at the top left, the
    income and employer in the text, the signature at the left under 'Hoogachtend'."""
    F = _guarantor_facts(c)
    g, e = F["g"], F["e"]
    sh = c.new_sheet()
    W = c.page_w
    f = "sans"
    a = g.address or c.p.address
    y = 16
    for ln in (f"{g.given_names} {g.surname}", *((f"{a.street} {a.number}", f"{a.postcode} {a.city}") if a else ())):
        T(sh, 20, y, ln, font=f, size=10)
        y += 5
    y += 8
    for ln in IND_ADDRESSES[rng.randrange(len(IND_ADDRESSES))].split("\n"):
        T(sh, 20, y, ln, font=f, size=10)
        y += 5
    dd = c.sub - dt.timedelta(days=rng.randint(5, 35))
    T(sh, 20, y + 8, f"{a.city if a else 'Amsterdam'}, {d_nl(dd)}", font=f, size=10)
    T(sh, 20, y + 18, "Onderwerp: garantstelling", font=f, size=10, bold=True)
    y = P(sh, 20, y + 28, W - 40, f"Hierbij verklaar ik, {g.given_names} {g.surname}, geboren op "
          f"{c.dfmt(g.birth_date)}, dat ik mij garant stel voor alle kosten van verblijf en van de medische behandeling "
          f"van {c.p.given_names} {c.p.surname} ({c.payer_relation or 'familielid'}), voor zover die niet door een "
          f"verzekering worden vergoed. Ik werk bij {e['name']} en verdien netto {eur(F['net'])} per maand. Mijn "
          f"loonstroken voeg ik bij.", font=f, size=10.5, leading=1.5) + 8
    T(sh, 20, y, "Hoogachtend,", font=f, size=10.5)
    sh.signature(20, y + 4, 46, 15, rng, color=rng.choice([BLUE_INK, BLACK_INK]))
    T(sh, 20, y + 21, f"{g.given_names} {g.surname}", font=f, size=10.5)
    return [sh]


_reg("payslip-uitzendbureau-weekloonstrook-uren-tarief", "income-proof", PART, "nl", payslip_weekly_agency,
     "temp agency's weekly payslip with hours and rate, monospaced")
_reg("arbeidscontract-onbepaalde-tijd-eerste-blad-parafen", "income-proof", PART, "nl", contract_first_page,
     "first page of an employment contract for an indefinite period, initialled")
_reg("guarantor-eigen-getypte-brief-handtekening-links", "income-proof", PART, "nl", guarantor_typed_letter,
     "guarantor's own typed letter to the IND, signature at the left")


# =========================================================================== medical statements

def _doc(c: Case, key: str) -> str:
    r = random.Random(seed_of(key, c.rng_seed))
    g, s, _ = make_professional(r, "NL")
    return f"{r.choice(['dr.', 'drs.'])} {g[0]}. {s}"


def medstat_his_gp(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A GP's statement printed from the practice information system: the practice header, the patient line, the
    episode list with ICPC codes and start dates, the current medication, a short statement with the expected
    duration; signed."""
    gp = c.gp or {"name": "Huisartsenpraktijk", "city": "Utrecht"}
    sh = c.new_sheet()
    W = c.page_w
    f = "sans3"
    T(sh, 20, 12, gp.get("name", "Huisartsenpraktijk"), font=f, size=12, bold=True)
    T(sh, 20, 18, gp.get("city", ""), font=f, size=8.5, color=GREY)
    T(sh, W - 20, 12, "Medische verklaring", font=f, size=12, bold=True, align="right")
    T(sh, 20, 30, f"Patiënt: {c.p.surname}, {c.p.given_names} · geb. {c.dfmt(c.p.birth_date)}", font=f, size=10)
    start = _treat_start(c)
    T(sh, 20, 40, "Episodelijst", font=f, size=10.5, bold=True)
    rows = [("ICPC", "Omschrijving", "Begindatum"), (c.med.get("icpc", "T90" if "diab" in c.med.get("key", "") else "A99"),
                                                       c.med["dx"][:52], d_nl(start, "dashes_zero")),
            ("Z01", "sociale problemen (verblijfsstatus)", d_nl(start + dt.timedelta(days=30), "dashes_zero"))]
    y = 46
    for i, r in enumerate(rows):
        T(sh, 20, y, r[0], font="mono", size=9, bold=(i == 0))
        T(sh, 40, y, r[1], font="mono", size=9, bold=(i == 0))
        T(sh, 160, y, r[2], font="mono", size=9, bold=(i == 0))
        y += 5.5
    T(sh, 20, y + 4, "Actuele medicatie / behandeling", font=f, size=10.5, bold=True)
    y = P(sh, 20, y + 10, W - 40, c.med["tx"], font=f, size=10, leading=1.4) + 4
    y = P(sh, 20, y, W - 40, duration_phrase(c.duration, start) + " " + c.med["stop"], font=f, size=10.5,
          leading=1.45) + 3
    y = P(sh, 20, y, W - 40, _not_available(c), font=f, size=10.5, leading=1.45) + 6
    T(sh, 20, y, f"{gp.get('city', '')}, {d_nl(c.sub - dt.timedelta(days=rng.randint(5, 28)))}", font=f, size=10)
    sh.signature(20, y + 5, 42, 13, rng, color=BLUE_INK)
    T(sh, 20, y + 20, f"{_doc(c, 'gp23')}, huisarts", font=f, size=10)
    T(sh, 20, c.page_h - 12, "Afgedrukt uit HIS · vertrouwelijk", font=f, size=7, color=GREY)
    return [sh]


def medstat_specialist_table(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A specialist's 'medische verklaring' with a medication table (middel / dosering / sinds), the diagnosis in
    bold, the duration and the unavailability in the country of origin, signed above the typed name."""
    h = c.hospital
    doc = _doc(c, "sp23")
    sh = c.new_sheet()
    W = c.page_w
    f = "serif3"
    T(sh, 20, 14, h["name"], font=f, size=13, bold=True, color=TEAL)
    T(sh, 20, 20, f"Polikliniek {c.med['spec']} · {h['city']}", font=f, size=9, color=GREY)
    T(sh, 20, 36, "MEDISCHE VERKLARING", font=f, size=13.5, bold=True)
    T(sh, 20, 44, f"Betreft: {c.p.given_names} {c.p.surname}, geboren {c.dfmt(c.p.birth_date)}", font=f, size=10.5)
    T(sh, 20, 52, f"Diagnose: {c.med['dx']}", font=f, size=10.5, bold=True)
    start = _treat_start(c)
    y = 62
    for i, r in enumerate([("Middel / behandeling", "Dosering / frequentie", "Sinds"),
                           (c.med["tx_short"][:42], rng.choice(["1 dd", "2 dd", "1x per week", "1x per maand"]),
                            d_nl(start, "dashes_zero"))]):
        for j, w in enumerate((85, 50, 35)):
            x = 20 + sum((85, 50, 35)[:j])
            sh.rect(x, y, w, 7.5, width_mm=0.25, fill=(225, 238, 240) if i == 0 else None)
            T(sh, x + 2, y + 1.8, r[j], font=f, size=9.4, bold=(i == 0))
        y += 7.5
    y = P(sh, 20, y + 6, W - 40, f"Patiënt krijgt {c.med['tx']}. " + duration_phrase(c.duration, start) + " "
          + c.med["stop"], font=f, size=10.5, leading=1.45) + 3
    y = P(sh, 20, y, W - 40, _not_available(c), font=f, size=10.5, leading=1.45) + 6
    T(sh, 20, y, f"{h['city']}, {d_nl(c.sub - dt.timedelta(days=rng.randint(4, 30)))}", font=f, size=10.5)
    sh.signature(20, y + 5, 44, 14, rng, color=BLUE_INK)
    T(sh, 20, y + 21, f"{doc}, {c.med['doc_title']}", font=f, size=10.5)
    return [sh]


_reg("medstat-huisarts-his-print-episodelijst-icpc", "medical-statement", PART, "nl", medstat_his_gp,
     "GP's statement printed from the practice system with an ICPC episode list")
_reg("medstat-specialist-medische-verklaring-medicatietabel", "medical-statement", PART, "nl",
     medstat_specialist_table, "specialist's medical statement with a medication table")


# =========================================================================== care-institution statements

def care_yesno_form(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The institution's 'Verklaring behandelbereidheid' form: printed questions with the answer 'ja' typed in a
    cell, the treatment and the period, the payer; signed and stamped by the medical manager."""
    h = c.hospital
    s, e = _care_dates(c)
    sh = c.new_sheet()
    W = c.page_w
    f = "sans2"
    T(sh, 20, 14, h["name"], font=f, size=12.5, bold=True)
    T(sh, 20, 22, "Verklaring behandelbereidheid zorginstelling", font=f, size=13, bold=True, color=TEAL)
    rows = [("Naam patiënt", f"{c.p.given_names} {c.p.surname}"), ("Geboortedatum", c.dfmt(c.p.birth_date)),
            ("Aandoening", c.med["dx"]), ("Behandeling", c.med["tx_short"]),
            ("Kan de instelling de behandeling bieden?", "ja"), ("Is de instelling bereid de behandeling te geven?",
                                                               "ja"),
            ("Periode", f"{d_nl(s)} t/m {d_nl(e)}")]
    y = 34
    for a, b in rows:
        la = _wrap(a, 66, f, 9.5)
        hh = max(8, len(la) * 4.2 + 3)
        sh.rect(20, y, 70, hh, width_mm=0.25, fill=(240, 240, 240))
        sh.rect(90, y, W - 110, hh, width_mm=0.25)
        for k, ln in enumerate(la):
            T(sh, 22, y + 1.8 + k * 4.2, ln, font=f, size=9.5)
        T(sh, 92, y + 1.8, b[:70], font="sans", size=10, bold=(b == "ja"))
        y += hh
    y = P(sh, 20, y + 6, W - 40, _payer_phrase(c), font=f, size=10, leading=1.4) + 6
    T(sh, 20, y, f"{h['city']}, {d_nl(c.sub - dt.timedelta(days=rng.randint(4, 30)))}", font=f, size=10)
    sh.signature(20, y + 5, 42, 13, rng, color=BLUE_INK)
    sh.stamp(100, y + 2, [h["name"][:22].upper(), h["city"].upper(), "MEDISCH MANAGER"], rng, shape="rect",
             size_mm=34, color=(30, 60, 140))
    g, sn, _ = make_professional(random.Random(seed_of("mm23", c.rng_seed)), "NL")
    T(sh, 20, y + 20, f"{g} {sn}, medisch manager", font=f, size=10)
    return [sh]


def care_cost_estimate(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An international patient office's cost estimate ('Kostenraming') with the statement that the hospital can
    and will treat, the period, the estimated cost table and the payer."""
    h = c.hospital
    s, e = _care_dates(c)
    sh = c.new_sheet()
    W = c.page_w
    f = "sans6"
    T(sh, 20, 14, h["name"], font=f, size=12, bold=True, color=(120, 40, 90))
    T(sh, 20, 20, "International Patient Office · Bureau Internationale Patiënten", font=f, size=8.5, color=GREY)
    T(sh, 20, 34, f"Kostenraming en bevestiging behandeling – {c.p.given_names} {c.p.surname} "
                  f"({c.dfmt(c.p.birth_date)})", font=f, size=10.5, bold=True)
    y = P(sh, 20, 44, W - 40, f"{h['name']} bevestigt dat zij {c.p.given_names} {c.p.surname} kan en zal behandelen "
          f"voor {c.med['dx']} ({c.med['tx_short']}) van {d_nl(s)} tot en met {d_nl(e)}.", font=f, size=10.5,
          leading=1.45) + 4
    r = random.Random(seed_of("kost23", c.rng_seed))
    items = [("Consulten specialist", r.randint(4, 12) * 135), ("Medicatie (12 maanden)", r.randint(2, 30) * 400),
             ("Laboratorium en beeldvorming", r.randint(3, 9) * 160)]
    for a, b in items + [("Totaal (indicatief)", sum(x for _, x in items))]:
        bold = a.startswith("Totaal")
        T(sh, 24, y, a, font=f, size=10, bold=bold)
        T(sh, W - 24, y, eur(float(b)), font=f, size=10, bold=bold, align="right")
        y += 6
    y = P(sh, 20, y + 4, W - 40, _payer_phrase(c), font=f, size=10.2, leading=1.4) + 6
    T(sh, 20, y, d_nl(c.sub - dt.timedelta(days=rng.randint(5, 30))), font=f, size=10)
    sh.signature(20, y + 5, 42, 13, rng, color=BLUE_INK)
    g, sn, _ = make_professional(random.Random(seed_of("ipo23", c.rng_seed)), "NL")
    T(sh, 20, y + 20, f"{g} {sn}, coördinator internationale patiënten", font=f, size=10)
    return [sh]


def care_ggz_reference_letter(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A treatment centre's letter with a reference line (datum / ons kenmerk / behandelaar) under the address,
    confirming the treatment, its period and the payer, signed by the team's manager."""
    h = c.hospital
    s, e = _care_dates(c)
    sh = c.new_sheet()
    W = c.page_w
    f = "serif5"
    T(sh, W - 20, 14, h["name"], font=f, size=12, bold=True, align="right")
    T(sh, W - 20, 20, h["city"], font=f, size=9, color=GREY, align="right")
    L = c.lawyer
    y = 40
    for ln in ([c.lawyer_name, L["firm"], L["city"]] if L else ["Aan wie het aangaat"]):
        T(sh, 20, y, ln, font=f, size=10.5)
        y += 5
    y += 6
    caps = ("datum", "ons kenmerk", "behandelaar")
    r = random.Random(seed_of("ggz23", c.rng_seed))
    vals = (d_nl(c.sub - dt.timedelta(days=rng.randint(4, 25))), f"ZB-{r.randint(10000, 99999)}", _doc(c, "beh23"))
    for i, (a, b) in enumerate(zip(caps, vals)):
        T(sh, 20 + i * 56, y, a, font=f, size=7.5, color=GREY)
        T(sh, 20 + i * 56, y + 4, b, font=f, size=9.5)
    y += 16
    for para in ("Geachte mr.,",
                 f"Hierbij bevestigen wij dat {c.p.given_names} {c.p.surname}, geboren {c.dfmt(c.p.birth_date)}, bij "
                 f"ons in zorg is voor {c.med['dx']}. Wij kunnen en zullen de behandeling ({c.med['tx_short']}) "
                 f"bieden van {d_nl(s)} tot en met {d_nl(e)}.",
                 _payer_phrase(c), "Met vriendelijke groet,"):
        y = P(sh, 20, y, W - 40, para, font=f, size=10.5, leading=1.45) + 3
    sh.signature(20, y + 1, 44, 14, rng, color=BLACK_INK)
    g, sn, _ = make_professional(random.Random(seed_of("tm23", c.rng_seed)), "NL")
    T(sh, 20, y + 17, f"{g} {sn}", font=f, size=10.5)
    T(sh, 20, y + 22, "manager behandelteam", font=f, size=9.5, color=GREY)
    return [sh]


_reg("care-verklaring-behandelbereidheid-formulier-ja-cellen-stempel", "care-institution-statement", PART, "nl",
     care_yesno_form, "institution's treatment-willingness form with typed answers, signed and stamped")
_reg("care-internationaal-patientenbureau-kostenraming-bevestiging", "care-institution-statement", PART, "nl",
     care_cost_estimate, "international patient office's cost estimate with the confirmation and period")
_reg("care-behandelcentrum-brief-kenmerkregel-teammanager", "care-institution-statement", PART, "nl",
     care_ggz_reference_letter, "treatment centre's letter with a reference line, signed by the team manager")


# =========================================================================== health insurance

def polisblad_card_foot(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A Dutch insurer's welcome letter with the policy data and the health insurance card printed at the foot to
    be cut out along a dashed line."""
    ins = c.insurer_nl
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    f = "sans5"
    col = ins.get("color", (0, 100, 140))
    T(sh, 20, 14, ins["name"], font=f, size=13, bold=True, color=col)
    T(sh, 20, 20, ins["post"], font=f, size=8, color=GREY)
    a = c.p.address
    y = 36
    for ln in (f"{title_nl(c.p).capitalize()} {c.p.given_names} {c.p.surname}",
               *((f"{a.street} {a.number}", f"{a.postcode} {a.city}") if a else ())):
        T(sh, 20, y, ln, font=f, size=10)
        y += 5
    pol = _policy_no(c)
    T(sh, 20, 64, "Welkom bij " + ins["short"], font=f, size=14, bold=True)
    y = P(sh, 20, 74, W - 40, f"U bent vanaf 1 januari 2026 verzekerd voor de basisverzekering (Zorgverzekeringswet) "
          f"onder polisnummer {pol}. Onderaan deze brief vindt u uw zorgpas.", font=f, size=10.5, leading=1.45) + 4
    for a_, b_ in (("Verzekerde", f"{c.p.given_names} {c.p.surname}"), ("Geboortedatum", c.dfmt(c.p.birth_date)),
                   ("Basisverzekering", "Natura Basis"), ("Aanvullend", "Tand & Fysio Basis"),
                   ("Eigen risico", "€ 385 per kalenderjaar"), ("UZOVI", str(ins["uzovi"]))):
        T(sh, 20, y, a_, font=f, size=9.5, color=GREY)
        T(sh, 70, y, b_, font=f, size=10)
        y += 6
    sh.rule(10, H - 80, W - 10, H - 80, width_mm=0.3, dash=2.0, color=GREY)
    T(sh, 12, H - 84, "- - - hier afknippen - - -", font=f, size=7, color=GREY)
    cx, cy = 62, H - 70
    sh.rect(cx, cy, 85.6, 54, width_mm=0.3, fill=(240, 248, 248))
    sh.rect(cx, cy, 85.6, 10, width_mm=0, fill=col)
    T(sh, cx + 3, cy + 2.5, ins["short"].upper(), font=f, size=9, bold=True, color=(255, 255, 255))
    T(sh, cx + 3, cy + 14, f"{c.p.given_names[:1]}. {c.p.surname}", font=f, size=9.5, bold=True)
    T(sh, cx + 3, cy + 20, f"geb. {c.p.birth_date.strftime('%d-%m-%Y')}", font=f, size=8.5)
    T(sh, cx + 3, cy + 26, f"polisnr. {pol}", font=f, size=8.5)
    T(sh, cx + 3, cy + 32, f"UZOVI {ins['uzovi']}", font=f, size=8.5)
    T(sh, cx + 3, cy + 44, "Bij spoed buitenland: +31 88 000 1122", font=f, size=6.5, color=GREY)
    return [sh]


def incoming_two_column(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An incoming insurer's statement ('Verzekeringsverklaring') in two columns: the insured's data and the policy
    at the left, the cover in a bulleted list at the right, signed at the foot."""
    name = _incoming_name(c)
    sh = c.new_sheet()
    W = c.page_w
    f = "sans"
    T(sh, 20, 14, name, font=f, size=13, bold=True, color=(20, 60, 120))
    T(sh, 20, 20, "Verzekeringen voor wie (tijdelijk) in Nederland verblijft", font=f, size=8.5, color=GREY)
    T(sh, 20, 36, "VERZEKERINGSVERKLARING", font=f, size=14, bold=True)
    s = c.sub - dt.timedelta(days=random.Random(c.rng_seed).randint(10, 150))
    e = add_years(s, 1) - dt.timedelta(days=1)
    pol = _policy_no(c, "INC-")
    y = 50
    for a, b in (("Verzekerde", f"{c.p.given_names} {c.p.surname}"), ("Geboortedatum", d_nl(c.p.birth_date)),
                 ("Polisnummer", pol), ("Ingangsdatum", d_nl(s)), ("Einddatum", d_nl(e))):
        T(sh, 20, y, a, font=f, size=8.5, color=GREY)
        T(sh, 20, y + 4, b, font=f, size=10.5)
        y += 11
    yr = 50
    T(sh, 110, yr, "Dekking", font=f, size=10.5, bold=True)
    yr += 7
    for it in ("ziekenhuisopname en specialistische zorg", "huisarts en paramedische zorg op verwijzing",
               "voorgeschreven geneesmiddelen", "spoedeisende hulp", "maximaal € 1.000.000 per jaar"):
        T(sh, 110, yr, "•", font=f, size=10)
        yr = P(sh, 114, yr, W - 134, it, font=f, size=10, leading=1.35) + 1.5
    y = max(y, yr) + 10
    y = P(sh, 20, y, W - 40, "De verzekering geldt ook voor reeds bestaande aandoeningen, voor zover de behandeling "
          "in Nederland plaatsvindt.", font=f, size=10, leading=1.4) + 8
    T(sh, 20, y, d_nl(c.sub - dt.timedelta(days=rng.randint(3, 25))), font=f, size=10)
    sh.signature(20, y + 5, 42, 13, rng, color=BLUE_INK)
    T(sh, 20, y + 20, "afdeling Polisbeheer", font=f, size=10)
    return [sh]


def intl_uruguay_letter(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An international insurer's coverage letter in Spanish and English (a Uruguayan insurer's in this part's US
    Letter dossier): the logo text at the left, the two languages in two columns, the data in a box, signed."""
    ins = c.insurer_intl
    sh = c.new_sheet()
    W = c.page_w
    f = "serif2"
    col = ins.get("color", (20, 80, 140))
    T(sh, 20, 14, ins["name"], font=f, size=12.5, bold=True, color=col)
    T(sh, 20, 20, ins["addr"], font=f, size=7.5, color=GREY)
    sh.rule(20, 24, W - 20, 24, width_mm=0.6, color=col)
    s = c.sub - dt.timedelta(days=random.Random(c.rng_seed).randint(20, 200))
    e = add_years(s, 1) - dt.timedelta(days=1)
    T(sh, 20, 32, "CARTA DE COBERTURA", font=f, size=11.5, bold=True)
    T(sh, W / 2 + 4, 32, "LETTER OF COVERAGE", font=f, size=11.5, bold=True)
    es = (f"Certificamos que {c.p.given_names} {c.p.surname}, nacido/a el {d_en(c.p.birth_date)}, está asegurado/a "
          f"bajo la póliza {_policy_no(c, 'UY-')} ({ins.get('plan', 'Global')}) del {d_en(s)} al {d_en(e)}. La "
          f"cobertura incluye hospitalización, tratamiento ambulatorio y especializado y medicamentos en los Países "
          f"Bajos, incluidas enfermedades preexistentes.")
    en = (f"We certify that {c.p.given_names} {c.p.surname}, born {d_en(c.p.birth_date)}, is insured under policy "
          f"{_policy_no(c, 'UY-')} ({ins.get('plan', 'Global')}) from {d_en(s)} to {d_en(e)}. Cover includes "
          f"hospitalisation, out-patient and specialist treatment and medicines in the Netherlands, including "
          f"pre-existing conditions.")
    y1 = P(sh, 20, 40, W / 2 - 26, es, font=f, size=9.8, leading=1.45)
    y2 = P(sh, W / 2 + 4, 40, W / 2 - 24, en, font=f, size=9.8, leading=1.45)
    y = max(y1, y2) + 10
    bits = [b.strip() for b in ins["addr"].split(",")]
    city = bits[-2].split()[-1] if len(bits) > 1 else bits[-1]
    T(sh, 20, y, f"{city}, {d_en(c.sub - dt.timedelta(days=rng.randint(5, 30)))}", font=f, size=10)
    sh.signature(20, y + 5, 42, 13, rng, color=BLUE_INK)
    sh.stamp(90, y, [ins.get("short", "SEGUROS").upper()[:18], city.upper()[:16], bits[-1].upper()[:16]], rng,
             shape="oval", size_mm=28, color=(40, 60, 150))
    T(sh, 20, y + 20, "Gerente de Siniestros / Claims Manager", font=f, size=9.5)
    return [sh]


_reg("polisblad-welkomstbrief-zorgpas-onderaan-knipstreep", "health-insurance", PART, "nl", polisblad_card_foot,
     "Dutch insurer's welcome letter with the insurance card printed at the foot along a cut line")
_reg("incoming-verzekeringsverklaring-twee-kolommen-dekking-opsomming", "health-insurance", PART, "nl",
     incoming_two_column, "incoming insurer's statement in two columns, cover as a bulleted list")
_reg("intl-carta-cobertura-uruguay-letter-twee-talen-naast-elkaar", "health-insurance", PART, "en/es",
     intl_uruguay_letter, "Uruguayan insurer's Spanish/English coverage letter, the languages side by side")


# =========================================================================== civic integration (DUO)

def duo_diploma_bar(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """DUO's diploma with a vertical colour bar at the left, the holder's name and birth data centred, the diploma
    number and the signature 'namens de minister' at the foot."""
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    f = "serif4"
    sh.rect(0, 0, 16, H, width_mm=0, fill=(0, 120, 90))
    sh.rect(16, 0, 3, H, width_mm=0, fill=(240, 170, 0))
    T(sh, (W + 19) / 2, 40, "DIPLOMA INBURGERING", font=f, size=22, bold=True, align="center")
    T(sh, (W + 19) / 2, 52, "Wet inburgering 2021 · taalniveau B1", font=f, size=11, align="center", color=GREY)
    T(sh, (W + 19) / 2, 90, "De minister van Sociale Zaken en Werkgelegenheid verklaart dat", font=f, size=11,
      align="center")
    T(sh, (W + 19) / 2, 104, f"{c.p.given_names} {c.p.surname}", font=f, size=20, bold=True, align="center")
    T(sh, (W + 19) / 2, 118, f"geboren op {d_nl(c.p.birth_date)} te {c.p.birth_place}", font=f, size=11,
      align="center")
    P(sh, 40, 134, W - 60, "heeft voldaan aan de inburgeringsplicht door het behalen van alle onderdelen van het "
      "inburgeringsexamen.", font=f, size=11, leading=1.5, align="center")
    dd = _inb_date(c, rng)
    r = random.Random(seed_of("dip23", c.rng_seed))
    T(sh, 40, H - 62, f"Groningen, {d_nl(dd)}", font=f, size=10.5)
    T(sh, 40, H - 55, f"Nummer {r.randint(1000000, 9999999)}", font=f, size=9, color=GREY)
    sh.signature(W - 90, H - 72, 46, 15, rng, color=BLACK_INK)
    T(sh, W - 90, H - 54, "namens de minister, DUO", font=f, size=9)
    return [sh]


def duo_exemption_numbered(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """DUO's exemption letter: the decision in the first paragraph, the reasons numbered 1 to 3, the objection
    paragraph; DUO's address block at the right."""
    sh = c.new_sheet()
    W = c.page_w
    f = "sans2"
    T(sh, 20, 14, "DUO", font=f, size=20, bold=True, color=(0, 70, 140))
    T(sh, W - 20, 14, "Dienst Uitvoering Onderwijs", font=f, size=9, align="right")
    T(sh, W - 20, 19, "Postbus 30205, 2500 GE Den Haag", font=f, size=8, align="right", color=GREY)
    dd = _inb_date(c, rng)
    p = c.p
    y = 36
    for ln in (f"{p.given_names} {p.surname}",
               *((f"{p.address.street} {p.address.number}", f"{p.address.postcode} {p.address.city}")
                 if p.address else ())):
        T(sh, 20, y, ln, font=f, size=10)
        y += 5
    T(sh, 20, y + 8, f"Datum {d_nl(dd)}", font=f, size=9.5)
    T(sh, 20, y + 14, "Onderwerp  Besluit ontheffing inburgeringsplicht", font=f, size=9.5, bold=True)
    y += 26
    for para in (f"Beste {p.given_names} {p.surname},",
                 "U krijgt ontheffing van de inburgeringsplicht. U hoeft dus niet meer in te burgeren.",
                 "Waarom krijgt u ontheffing?",
                 "1. U heeft een ontheffing aangevraagd op medische gronden.",
                 "2. De onafhankelijke keuringsarts heeft u onderzocht.",
                 "3. Uit het advies blijkt dat u door een beperking blijvend niet in staat bent het examen te halen.",
                 "Bent u het niet eens met dit besluit? Dan kunt u binnen 6 weken na de datum van deze brief bezwaar "
                 "maken.", "Met vriendelijke groet,\nDienst Uitvoering Onderwijs"):
        y = P(sh, 20, y, W - 40, para, font=f, size=10.5, leading=1.4) + 2.5
    return [sh]


def duo_results_points(c: Case, rng: random.Random, *, failed: bool = False, **_) -> list[Sheet]:
    """DUO's results letter listing the exam parts one per line with the points and 'gehaald / niet gehaald';
    with ``failed`` one part was not passed and no diploma follows yet."""
    sh = c.new_sheet()
    W = c.page_w
    f = "sans"
    T(sh, 20, 14, "DUO · Examens inburgering", font=f, size=12, bold=True, color=(0, 70, 140))
    p = c.p
    dd = _inb_date(c, rng)
    T(sh, 20, 32, f"Uitslag examen – {p.given_names} {p.surname}, geboren {c.dfmt(p.birth_date)}", font=f, size=11,
      bold=True)
    parts = ["Lezen", "Luisteren", "Schrijven", "Spreken", "Kennis Nederlandse Maatschappij (KNM)"]
    bad = random.Random(seed_of("fail23", c.rng_seed)).randrange(4) if failed else -1
    r = random.Random(seed_of("pts23", c.rng_seed))
    y = 44
    for k, pp in enumerate(parts):
        pts = r.randint(20, 28) if k == bad else r.randint(32, 45)
        T(sh, 24, y, f"{pp}", font=f, size=10.5)
        T(sh, 120, y, f"{pts} punten", font=f, size=10.5)
        T(sh, W - 24, y, "niet gehaald" if k == bad else "gehaald", font=f, size=10.5, bold=(k == bad),
          align="right")
        y += 7
    T(sh, 20, y + 2, f"Datum laatste examen: {d_nl(dd)}", font=f, size=9.5, color=GREY)
    msg = ("U heeft niet alle onderdelen gehaald. U krijgt nog geen diploma; u kunt het onderdeel opnieuw doen." if
           failed else "U heeft alle onderdelen gehaald. U krijgt uw diploma inburgering binnen 6 weken per post.")
    P(sh, 20, y + 12, W - 40, msg, font=f, size=10.5, leading=1.4)
    return [sh]


_reg("duo-diploma-verticale-kleurbalk-links-gecentreerd", "civic-integration", PART, "nl", duo_diploma_bar,
     "DUO diploma with a vertical colour bar at the left, text centred")
_reg("duo-ontheffing-brief-genummerde-redenen", "civic-integration", PART, "nl", duo_exemption_numbered,
     "DUO exemption letter with the reasons numbered")
_reg("duo-uitslag-lijst-onderdelen-punten", "civic-integration", PART, "nl", duo_results_points,
     "DUO results letter listing the parts with points")


# =========================================================================== other: cover letter, IND letters, visa

def cover_reference_table(c: Case, rng: random.Random, *, enclosures: list[str] | None = None, **_) -> list[Sheet]:
    """A Dutch lawyer's cover letter with 'Uw kenmerk / Ons kenmerk / Datum' under the address and the enclosures
    as a numbered table (nr. / omschrijving), the V-number in the reference line."""
    from .ind import LAWYERS
    lw = c.lawyer or LAWYERS[0]
    sh = c.new_sheet()
    W = c.page_w
    f = "sans6"
    T(sh, 20, 12, lw["firm"], font=f, size=12.5, bold=True, color=(60, 60, 60))
    T(sh, 20, 18, f"{lw['street']} · {lw['pc']} {lw['city']}", font=f, size=8, color=GREY)
    y = 36
    for ln in IND_ADDRESSES[rng.randrange(len(IND_ADDRESSES))].split("\n"):
        T(sh, 20, y, ln, font=f, size=10)
        y += 5
    y += 8
    dd = c.sub - dt.timedelta(days=rng.randint(0, 3))
    r = random.Random(seed_of("cov23", c.rng_seed))
    for i, (a, b) in enumerate((("Uw kenmerk", f"V-nummer {c.vnr}"), ("Ons kenmerk", f"{r.randint(2025001, 2026999)}"),
                                ("Datum", d_nl(dd)))):
        T(sh, 20 + i * 58, y, a, font=f, size=7.5, color=GREY)
        T(sh, 20 + i * 58, y + 4, b, font=f, size=9.5)
    y += 16
    T(sh, 20, y, f"Betreft: aanvraag {c.p.given_names} {c.p.surname} (geb. {c.dfmt(c.p.birth_date)})", font=f,
      size=10.5, bold=True)
    y += 10
    paras = ["Geachte heer, mevrouw,",
             f"Namens mijn cliënt{'e' if c.p.sex == 'F' else ''} dien ik een aanvraag in voor {PROC_NL[c.procedure]}."]
    if c.procedure == "ind-medical-treatment" and c.art64_end:
        paras.append(f"Het uitstel van vertrek (artikel 64 Vw) van cliënt eindigt op {d_nl(c.art64_end)}.")
    if c.procedure == "ind-hnt-continued" and c.since:
        paras.append(f"Cliënt heeft sinds {d_nl(c.since)} een verblijfsvergunning "
                     f"({dict(ROUTES_7027).get(c.route, '').replace('na verblijf ', '')}).")
    if c.no_passport:
        paras.append("Cliënt beschikt niet over een geldig paspoort. Ik verzoek u cliënt vrij te stellen van het "
                     "paspoortvereiste. " + " ".join(EXEMPTION_TEXT[i] for i in c.exemption_shown))
    if c.suriname_visa:
        paras.append("Cliënt heeft de Surinaamse nationaliteit en is Nederland ingereisd met een mvv voor medische "
                     "behandeling; een kopie is bijgevoegd.")
    for p_ in paras:
        y = P(sh, 20, y, W - 40, p_, font=f, size=10.5, leading=1.4) + 3
    if enclosures:
        y += 2
        sh.rect(20, y, 14, 6.5, width_mm=0.25, fill=(235, 235, 235))
        sh.rect(34, y, W - 54, 6.5, width_mm=0.25, fill=(235, 235, 235))
        T(sh, 22, y + 1.4, "nr.", font=f, size=9, bold=True)
        T(sh, 36, y + 1.4, "omschrijving", font=f, size=9, bold=True)
        y += 6.5
        for i, e in enumerate(enclosures, 1):
            sh.rect(20, y, 14, 6, width_mm=0.2)
            sh.rect(34, y, W - 54, 6, width_mm=0.2)
            T(sh, 22, y + 1.2, str(i), font=f, size=9)
            T(sh, 36, y + 1.2, e, font=f, size=9)
            y += 6
        y += 5
    T(sh, 20, y, "Met vriendelijke groet,", font=f, size=10.5)
    sh.signature(20, y + 4, 44, 14, rng, color=rng.choice([BLUE_INK, BLACK_INK]))
    T(sh, 20, y + 20, c.lawyer_name or "mr. E. de Vries", font=f, size=10.5)
    T(sh, 20, y + 25, "advocaat", font=f, size=9, color=GREY)
    return [c.intr(sh)]


def _ind_letter(sh: Sheet, c: Case, dd: D, title: str) -> float:
    """The IND's letter: the logo text at the top, the address, the reference table under it (datum / V-nummer /
    zaaknummer / onderwerp)."""
    W = c.page_w
    T(sh, W / 2, 10, "Immigratie- en Naturalisatiedienst", font="sans3", size=10, bold=True, align="center",
      color=(21, 66, 115))
    T(sh, W / 2, 15, "Ministerie van Asiel en Migratie", font="sans3", size=8, align="center", color=GREY)
    p = c.p
    y = 40
    for ln in (f"{title_nl(p).capitalize()} {p.given_names} {p.surname}",
               *((f"{p.address.street} {p.address.number}", f"{p.address.postcode} {p.address.city}")
                 if p.address else ())):
        T(sh, 20, y, ln, font="sans3", size=10)
        y += 5
    r = random.Random(seed_of("ind23", c.rng_seed))
    y = 70
    for a, b in ((("Datum", d_nl(dd)), ("V-nummer", c.vnr),
                                ("Zaaknummer", f"{r.randint(1000, 9999)}-{r.randint(1000, 9999)}-{r.randint(10, 99)}"),
                                ("Onderwerp", title))):
        sh.rect(20, y, 34, 6.5, width_mm=0.2, fill=(240, 240, 240))
        sh.rect(54, y, W - 74, 6.5, width_mm=0.2)
        T(sh, 22, y + 1.4, a, font="sans3", size=8.5)
        T(sh, 56, y + 1.4, b[:80], font="sans3", size=8.8, bold=(a == "Onderwerp"))
        y += 6.5
    return y + 10


def art64_decision(c: Case, rng: random.Random, **_) -> list[Sheet]:
    end = c.art64_end or (c.since - dt.timedelta(days=1) if c.since else c.sub + dt.timedelta(days=10))
    start = add_years(end, -1) + dt.timedelta(days=1)
    dd = start + dt.timedelta(days=rng.randint(3, 25))
    sh = c.new_sheet()
    y = _ind_letter(sh, c, dd, "Besluit uitstel van vertrek (artikel 64 Vw)")
    for para in (f"Geachte {title_nl(c.p)} {c.p.surname},",
                 "U heeft gevraagd om uitstel van vertrek omdat u om medische redenen niet kunt reizen. Na advies van "
                 "het Bureau Medische Advisering (BMA) willigen wij uw aanvraag in.",
                 f"U krijgt uitstel van vertrek van {d_nl(start)} tot en met {d_nl(end)}.",
                 "Na een jaar uitstel van vertrek kunt u een verblijfsvergunning voor medische behandeling aanvragen "
                 "binnen 28 dagen vóór of na de einddatum.",
                 "Met vriendelijke groet,\nde Minister van Asiel en Migratie,\nnamens deze,\nImmigratie- en "
                 "Naturalisatiedienst"):
        y = P(sh, 20, y, c.page_w - 40, para, font="sans3", size=10, leading=1.4) + 4
    return [c.intr(sh)]


def permit_decision(c: Case, rng: random.Random, **_) -> list[Sheet]:
    since = c.since or D(2022, 3, 1)
    dd = since + dt.timedelta(days=rng.randint(6, 40))
    purpose = {"medical-treatment": "medische behandeling", "medical-treatment-after-art64": "medische behandeling",
               "relationship": "verblijf bij partner", "parent": "verblijf bij ouder",
               "trafficking-victim": "slachtoffer-getuige mensenhandel",
               "trafficking-victim-no-report": "slachtoffer mensenhandel (zonder aangifte)",
               "domestic-violence": "humanitair tijdelijk – slachtoffer huiselijk geweld",
               "buiten-schuld": "humanitair tijdelijk – buiten schuld"}.get(c.route or "", "regulier")
    sh = c.new_sheet()
    y = _ind_letter(sh, c, dd, "Beslissing op uw aanvraag verblijfsvergunning")
    for para in (f"Geachte {title_nl(c.p)} {c.p.surname},",
                 f"Wij hebben uw aanvraag ingewilligd. U krijgt een verblijfsvergunning regulier voor bepaalde tijd "
                 f"onder de beperking '{purpose}'.",
                 f"De vergunning gaat in op {d_nl(since)} en is geldig tot en met "
                 f"{d_nl(add_years(since, 1 if 'medisch' in purpose else 5) - dt.timedelta(days=1))}.",
                 "Maak een afspraak om uw verblijfsdocument op te halen.",
                 "Met vriendelijke groet,\nImmigratie- en Naturalisatiedienst"):
        y = P(sh, 20, y, c.page_w - 40, para, font="sans3", size=10, leading=1.4) + 4
    return [c.intr(sh)]


def mvv_sticker_alone(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The MVV sticker copied alone on a white sheet at actual size, the paralegal's handwritten note 'mvv
    medische behandeling' under it."""
    sh = c.new_sheet()
    vx, vy = 55, 40
    start = c.sub - dt.timedelta(days=rng.randint(150, 200))
    end = start + dt.timedelta(days=rng.randint(175, 185))
    sh.rect(vx, vy, 100, 70, width_mm=0.3, fill=(228, 236, 246))
    T(sh, vx + 3, vy + 3, "VISUM · VISA · NLD", font="sans4", size=9, bold=True, color=(40, 50, 110))
    pno = c.passport_no or f"R{rng.randint(1000000, 9999999)}"
    rows = [("GELDIG VOOR / VALID FOR", "SCHENGENSTATEN"), ("VAN / FROM", start.strftime("%d-%m-%Y")),
            ("TOT / UNTIL", end.strftime("%d-%m-%Y")), ("TYPE", "D"), ("PASPOORT / PASSPORT", pno),
            ("NAAM / NAME", f"{c.p.surname.upper()}, {c.p.given_names.upper()}"[:34]),
            ("OPMERKINGEN", "MVV – MEDISCHE BEHANDELING")]
    y = vy + 9
    for a, b in rows:
        T(sh, vx + 3, y, a, font="sans4", size=5.5, color=GREY)
        T(sh, vx + 3, y + 2.2, b, font="sans4", size=7.5)
        y += 6.4
    line1 = ("V<NLD" + _mrz_name(c.p, 39))[:44]
    birth = c.p.birth_date.strftime("%y%m%d")
    exp = end.strftime("%y%m%d")
    pn = (pno + "<" * 9)[:9]
    line2 = (f"{pn}{_mrz_check(pn)}SUR{birth}{_mrz_check(birth)}{c.p.sex}{exp}{_mrz_check(exp)}" + "<" * 16)[:44]
    T(sh, vx + 1, vy + 58, line1, font="ocrb", size=6.2)
    T(sh, vx + 1, vy + 63, line2, font="ocrb", size=6.2)
    sh.handwriting(55, 125, "mvv medische behandeling", rng, size_pt=12, color=BLUE_INK, font="hand2")
    return [sh]


_reg("cover-letter-kenmerkenregel-genummerde-bijlagentabel", "other", PART, "nl", cover_reference_table,
     "Dutch lawyer's cover letter with 'Uw kenmerk / Ons kenmerk' and a numbered table of enclosures")
_reg("art64-decision-ind-referentietabel-onder-adres", "other", PART, "nl", art64_decision,
     "IND art. 64 decision with the reference table under the address")
_reg("permit-letter-ind-referentietabel-onder-adres", "other", PART, "nl", permit_decision,
     "IND permit decision with the reference table under the address")
_reg("mvv-sticker-sur-los-gekopieerd-handgeschreven-notitie", "other", PART, "nl", mvv_sticker_alone,
     "MVV sticker copied alone with the paralegal's handwritten note")
