"""IND families of the `twentyfourth` part (registered in ind.FAMILIES).

Written after dev, heldout and the parts fresh to twentythird had been read, by a writer who saw neither the
validator nor its output.  Application forms whose every question sits at the left with the answer at the right on
a dotted leader, sections under a coloured tab, the options as square boxes (crossed by hand on forms filled in by
hand), the V-number in the header line of every page and 'blad n van N' in the footer.  A health-care employer's
monthly payslip in three columns with year totals, the employer's statement on a standard model, a guarantor's
form filled in by hand.  A hospital's answers to the lawyer's questions ('Vraag 1 … Antwoord'), a GP's English
letter 'To whom it may concern'.  A hospital's confirmation letter with a framed summary, an institution's model
form with ticked boxes, a clinic's English letter of acceptance.  A Dutch insurer's policy schedule with a premium
table, an incoming insurer's certificate with the card's front printed beside the data, a Bolivian insurer's
statement with the Spanish text above the English (on US Letter in this part's A4 defect).  DUO's upright diploma
with the logo at the top right and a pale 'B1' watermark, an exemption decision with side headings and the
objection clause, a results letter with score bars.  A Dutch lawyer's cover letter with the enclosures in two
columns, the IND's decisions with the reference block at the right, the MVV sticker copied with the facing page.
"""
from __future__ import annotations

import datetime as dt
import random

from .ind import (BLACK_INK, BLUE_INK, EXEMPTION_TEXT, GENERIC_PURPOSES, GREY, IND_ADDRESSES, PROC_NL, ROUTES_7027,
                  Case, P, T, _care_dates, _emp, _guarantor_facts, _inb_date, _incoming_name, _mrz_check, _mrz_name,
                  _not_available, _payer_phrase, _policy_no, _reg, _treat_start, add_years, country_nl, d_en, d_nl,
                  duration_phrase, earner, eur, nat_nl, pay_calc, seed_of, title_nl)
from .ninth_identity import hand_safe
from .paper import Sheet, text_width_mm
from .people import make_professional

PART = "twentyfourth"
PLUM = (110, 40, 90)
NAVY = (20, 50, 110)


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


# =========================================================================== application forms: leaders and tabs

class _Leader:
    def __init__(self, c: Case, rng: random.Random, title: str, code: str):
        self.c, self.rng, self.title, self.code = c, rng, title, code
        self.hand = c.fill == "hand"
        self.ink = rng.choice([BLUE_INK, BLACK_INK])
        self.hf = rng.choice(["hand1", "hand2", "hand4"])
        self.lf = rng.choice(["serif2", "sans5", "sans4"])
        self.pages: list[Sheet] = []
        self.y = 0.0
        self.new()

    def new(self):
        c = self.c
        sh = c.new_sheet()
        W = c.page_w
        T(sh, 20, 10, "IND", font="sans4", size=15, bold=True, color=PLUM)
        T(sh, 40, 11.5, self.title[:80], font=self.lf, size=8, color=GREY)
        T(sh, W - 62, 10, "V-nummer:", font=self.lf, size=8.5)
        if self.hand:
            sh.handwriting(W - 45, 7.8, c.vnr, self.rng, size_pt=10.5, color=self.ink, font=self.hf)
        else:
            T(sh, W - 45, 9.8, c.vnr, font="mono", size=10)
        sh.rule(W - 46, 14.5, W - 20, 14.5, width_mm=0.2, dash=0.6)
        sh.rule(20, 18, W - 20, 18, width_mm=0.3, color=PLUM)
        if not self.pages:
            P(sh, 20, 24, W - 40, self.title, font=self.lf, size=13.5, leading=1.2)
            self.y = 42.0
        else:
            self.y = 26.0
        self.pages.append(c.intr(sh))

    def need(self, h: float):
        if self.y + h > self.c.page_h - 24:
            self.new()

    def tab(self, s: str):
        self.need(18)
        sh = self.pages[-1]
        w = text_width_mm(s, self.lf, 10, bold=True) + 8
        sh.rect(20, self.y, w, 6.5, width_mm=0, fill=PLUM)
        T(sh, 24, self.y + 1.2, s, font=self.lf, size=10, bold=True, color=(255, 255, 255))
        sh.rule(20, self.y + 6.5, self.c.page_w - 20, self.y + 6.5, width_mm=0.4, color=PLUM)
        self.y += 10

    def ask(self, label: str, value: str | None = None, options: list[str] | None = None, chosen: int | None = None):
        W = self.c.page_w
        lab = _wrap(label, 70, self.lf, 9)
        if options:
            rows = 1
            vals: list[str] = []
        else:
            vals = _wrap(hand_safe(value) if self.hand else (value or ""), W - 122,
                         self.hf if self.hand else "sans", 10.5 if self.hand else 9.8) or [""]
            rows = len(vals)
        h = max(len(lab) * 4.1, rows * 6.2) + 2.5
        self.need(h)
        sh = self.pages[-1]
        y = self.y
        for k, ln in enumerate(lab):
            T(sh, 20, y + k * 4.1, ln, font=self.lf, size=9)
        if options:
            x = 102
            for i, o in enumerate(options):
                sh.rect(x, y + 0.3, 3.4, 3.4, width_mm=0.25)
                if chosen == i:
                    if self.hand:
                        sh.handwriting(x - 0.6, y - 1.8, "x", self.rng, size_pt=11, color=self.ink, font=self.hf)
                    else:
                        T(sh, x + 0.4, y - 0.1, "X", font="sans", size=9, bold=True)
                T(sh, x + 5, y, o, font=self.lf, size=9.5)
                x += 12 + text_width_mm(o, self.lf, 9.5)
        else:
            for k, ln in enumerate(vals):
                yy = y + k * 6.2
                sh.rule(100, yy + 4.6, W - 20, yy + 4.6, width_mm=0.15, dash=0.5, color=(120, 120, 120))
                if self.hand:
                    sh.handwriting(101, yy - 1.6, ln, self.rng, size_pt=10.5, color=self.ink, font=self.hf)
                else:
                    T(sh, 101, yy, ln, font="sans", size=9.8)
        self.y = y + h + 1.5

    def sign(self):
        c = self.c
        self.need(70)
        self.tab("Ondertekening")
        P(self.pages[-1], 20, self.y, c.page_w - 40, "Ik verklaar dat ik dit formulier volledig en naar waarheid heb "
          "ingevuld.", font=self.lf, size=9)
        self.y += 8
        d0 = c.sub - dt.timedelta(days=self.rng.randint(1, 9))
        self.ask("Plaats en datum", f"{c.p.address.city if c.p.address else 'Utrecht'}, {c.dfmt(d0)}")
        self.need(28)
        sh = self.pages[-1]
        T(sh, 20, self.y + 6, "Handtekening aanvrager", font=self.lf, size=9)
        sh.rect(100, self.y, 70, 24, width_mm=0.3)
        sh.signature(106, self.y + 4, self.rng.uniform(40, 55), 15, self.rng, color=self.ink)
        self.y += 30

    def finish(self) -> list[Sheet]:
        n = len(self.pages)
        W, H = self.c.page_w, self.c.page_h
        for i, sh in enumerate(self.pages, 1):
            sh.rule(20, H - 16, W - 20, H - 16, width_mm=0.15, color=GREY)
            T(sh, 20, H - 14, self.code, font=self.lf, size=7.5, color=GREY)
            T(sh, W - 20, H - 14, f"blad {i} van {n}", font=self.lf, size=7.5, align="right", color=GREY)
        return self.pages


def _who(f: _Leader):
    c, p = f.c, f.c.p
    f.tab("1  Uw gegevens")
    f.ask("Achternaam", p.surname)
    f.ask("Voornamen (voluit)", p.given_names)
    f.ask("Geboortedatum", c.dfmt(p.birth_date))
    f.ask("Geboorteplaats en -land", f"{p.birth_place}, {country_nl(p)}")
    f.ask("Nationaliteit", nat_nl(p))
    f.ask("Geslacht", options=["man", "vrouw"], chosen=0 if p.sex == "M" else 1)
    if p.address:
        f.ask("Adres in Nederland", f"{p.address.street} {p.address.number}, {p.address.postcode} {p.address.city}")
    if c.lawyer:
        f.ask("Naam gemachtigde / advocaat", f"{c.lawyer_name} ({c.lawyer['firm']}, {c.lawyer['city']})")


def form_med(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _Leader(c, rng, "Aanvraag verblijfsvergunning regulier – medische behandeling", "IND · MB · 2026-1")
    _who(f)
    f.tab("2  Behandeling in Nederland")
    f.ask("Naam en plaats zorginstelling", f"{c.hospital.get('name', '')}, {c.hospital.get('city', '')}")
    f.ask("Welke behandeling krijgt u?", c.med.get("tx_short", ""))
    f.ask("Heeft u uitstel van vertrek gehad (art. 64 Vw)?", options=["ja", "nee"], chosen=0 if c.art64_end else 1)
    if c.art64_end:
        f.ask("Tot wanneer liep het uitstel van vertrek?", c.dfmt(c.art64_end))
    else:
        f.ask("Wie betaalt de behandeling?", options=["ikzelf", "een garantsteller"], chosen=1 if c.payer else 0)
    f.tab("3  Paspoort")
    f.ask("Heeft u een geldig paspoort?", options=["ja", "nee"], chosen=1 if c.no_passport else 0)
    f.ask("Heeft u de Surinaamse nationaliteit en een mvv voor medische behandeling?", options=["ja", "nee"],
          chosen=0 if c.suriname_visa else 1)
    f.sign()
    return f.finish()


def form_7027(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _Leader(c, rng, "Aanvraag verblijfsvergunning voor onbepaalde tijd – voortgezet verblijf (7027)",
                "7027 · IND · 2026-1")
    _who(f)
    f.tab("2  Uw huidige vergunning")
    f.ask("Verblijfsdoel van uw vergunning", dict(ROUTES_7027).get(c.route, "").replace("na verblijf ", ""))
    f.ask("Sinds wanneer heeft u deze vergunning?", c.dfmt(c.since) if c.since else "")
    r = random.Random(seed_of("vvr24", c.rng_seed))
    f.ask("Nummer verblijfsdocument", f"{r.choice('NRWX')}{r.choice('BCDFGHJK')}{r.randint(1000000, 9999999)}")
    if c.route == "relationship":
        f.ask("Heeft u voldaan aan de inburgeringsplicht?", options=["ja, diploma", "ontheffing", "nee"],
              chosen=0 if c.inburgering in ("diploma", "results") else (1 if c.inburgering == "exemption" else 2))
    if c.route and c.route.startswith("medical"):
        f.ask("Heeft u nog minstens een jaar behandeling nodig?", options=["ja", "nee"], chosen=0)
    f.sign()
    return f.finish()


def form_generic(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _Leader(c, rng, "Aanvraag verlenging verblijfsvergunning regulier voor bepaalde tijd", "IND · VL · 2026-1")
    _who(f)
    f.tab("2  Uw verblijfsvergunning")
    r = random.Random(c.rng_seed + 24)
    f.ask("Verblijfsdoel", GENERIC_PURPOSES[r.randrange(len(GENERIC_PURPOSES))])
    f.ask("Einddatum huidige vergunning", c.dfmt(c.sub + dt.timedelta(days=r.randint(20, 80))))
    f.ask("Is er iets veranderd in uw situatie?", options=["ja", "nee"], chosen=1)
    f.sign()
    return f.finish()


_reg("ind-form-med-stippellijnen-rechts-paarse-tabs-vnummer-kopregel", "application", PART, "nl", form_med,
     "medical-treatment form, answers on dotted leaders at the right, purple section tabs, V-number in the header")
_reg("ind-form-7027-stippellijnen-rechts-paarse-tabs-vnummer-kopregel", "application", PART, "nl", form_7027,
     "form 7027 in the same layout")
_reg("ind-form-generic-stippellijnen-rechts-paarse-tabs-vnummer-kopregel", "application", PART, "nl", form_generic,
     "extension form in the same layout")


# =========================================================================== income

def payslip_care(c: Case, rng: random.Random, **_) -> list[Sheet]:
    g = earner(c)
    e = _emp(c, rng)
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    sh = c.new_sheet()
    W = c.page_w
    f = "sans2"
    T(sh, 20, 14, e["name"], font=f, size=12.5, bold=True, color=(0, 100, 110))
    T(sh, 20, 20, f"{e['street']} · {e['city']}", font=f, size=8, color=GREY)
    month = c.sub - dt.timedelta(days=rng.randint(20, 40))
    T(sh, W - 20, 14, "SALARISSPECIFICATIE", font=f, size=12, bold=True, align="right")
    T(sh, W - 20, 20, f"periode {month.month:02d}-{month.year}", font=f, size=9, align="right")
    a = g.address or c.p.address
    y = 32
    for ln in (f"{g.given_names} {g.surname}", *((f"{a.street} {a.number}", f"{a.postcode} {a.city}") if a else ())):
        T(sh, 20, y, ln, font=f, size=10)
        y += 5
    T(sh, 120, 32, f"Functie: {e['func_now']}", font=f, size=9)
    T(sh, 120, 37, f"In dienst: {e['start'].strftime('%d-%m-%Y')}", font=f, size=9)
    T(sh, 120, 42, "Dienstverband: 32 uur, onbepaalde tijd", font=f, size=9)
    cols = (("Omschrijving", 20), ("Periode", 120), ("Cumulatief", W - 22))
    y = 58
    for name, x in cols:
        T(sh, x, y, name, font=f, size=9.5, bold=True, align="right" if x > 100 else "left")
    sh.rule(20, y + 5, W - 20, y + 5, width_mm=0.3)
    mth = month.month
    rows = [("Salaris", k["bruto"]), ("Toeslag onregelmatigheid", round(k["bruto"] * 0.06, 2)),
            ("Pensioenpremie PFZW", -k["pens"]), ("Loonheffing", -k["lh"])]
    y += 8
    for name, v in rows:
        T(sh, 20, y, name, font=f, size=9.5)
        T(sh, 120, y, eur(v, False), font="mono", size=9.5, align="right")
        T(sh, W - 22, y, eur(round(v * mth, 2), False), font="mono", size=9.5, align="right")
        y += 6
    net = round(sum(v for _, v in rows), 2)
    sh.rule(20, y, W - 20, y, width_mm=0.3)
    T(sh, 20, y + 3, "Netto uitbetaald", font=f, size=10.5, bold=True)
    T(sh, 120, y + 3, eur(net), font="mono", size=10.5, bold=True, align="right")
    T(sh, 20, y + 14, f"Overgemaakt op {e['iban']} op {d_nl(month.replace(day=25))}", font=f, size=8.5, color=GREY)
    return [sh]


def employer_statement(c: Case, rng: random.Random, **_) -> list[Sheet]:
    g = earner(c)
    e = _emp(c, rng)
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    sh = c.new_sheet()
    W = c.page_w
    f = "serif5"
    T(sh, W / 2, 16, "WERKGEVERSVERKLARING", font=f, size=14, bold=True, align="center")
    T(sh, W / 2, 23, "(model t.b.v. aanvraag verblijfsvergunning)", font=f, size=9, align="center", color=GREY)
    rows = [("A. Werkgever", ""), ("Naam", e["name"]), ("Vestigingsplaats", e["city"]), ("KvK-nummer", e["kvk"]),
            ("B. Werknemer", ""), ("Naam", f"{g.given_names} {g.surname}"), ("Geboortedatum", c.dfmt(g.birth_date)),
            ("C. Dienstverband", ""), ("Datum in dienst", d_nl(e["start"])), ("Soort contract", "onbepaalde tijd"),
            ("Functie", e["func_now"]), ("Bruto maandloon (excl. vakantiegeld)", eur(k["bruto"])),
            ("Is het dienstverband opgezegd?", "nee")]
    y = 36
    for a, b in rows:
        if not b:
            T(sh, 20, y + 2, a, font=f, size=10.5, bold=True)
            y += 9
            continue
        T(sh, 24, y, a, font=f, size=10)
        T(sh, 110, y, b, font="typewriter2", size=10.5)
        sh.rule(108, y + 4.6, W - 20, y + 4.6, width_mm=0.15, color=GREY)
        y += 7.5
    dd = c.sub - dt.timedelta(days=rng.randint(5, 40))
    T(sh, 20, y + 8, f"Plaats en datum: {e['city']}, {d_nl(dd)}", font=f, size=10)
    T(sh, 20, y + 16, "Handtekening en firmastempel:", font=f, size=10)
    sh.signature(80, y + 14, 44, 14, rng, color=BLUE_INK)
    sh.stamp(130, y + 14, [e["name"][:22].upper(), e["city"].upper(), "P&O"], rng, shape="rect", size_mm=36,
             color=(40, 60, 150))
    g2, s2, _ = make_professional(random.Random(seed_of("po24", c.rng_seed)), "NL")
    T(sh, 80, y + 30, f"{g2} {s2}, manager P&O", font=f, size=9.5)
    return [sh]


def guarantor_form_hand(c: Case, rng: random.Random, **_) -> list[Sheet]:
    F = _guarantor_facts(c)
    g, e = F["g"], F["e"]
    sh = c.new_sheet()
    W = c.page_w
    f = "sans4"
    hf = rng.choice(["hand1", "hand2"])
    ink = BLUE_INK
    T(sh, 20, 14, "Verklaring garantstelling", font=f, size=14, bold=True)
    T(sh, 20, 21, "voor een vreemdeling die in Nederland wil verblijven", font=f, size=9, color=GREY)
    a = g.address or c.p.address
    rows = [("Naam garantsteller", f"{g.given_names} {g.surname}"), ("Geboortedatum", c.dfmt(g.birth_date)),
            ("Adres", f"{a.street} {a.number}, {a.postcode} {a.city}" if a else ""),
            ("Relatie tot de vreemdeling", c.payer_relation or "familie"),
            ("Naam vreemdeling", f"{c.p.given_names} {c.p.surname}"),
            ("Geboortedatum vreemdeling", c.dfmt(c.p.birth_date)),
            ("Werkgever garantsteller", e["name"]), ("Netto inkomen per maand", eur(F["net"]))]
    y = 34
    for lab, v in rows:
        T(sh, 20, y, lab, font=f, size=9.5)
        sh.rule(90, y + 4.5, W - 20, y + 4.5, width_mm=0.15)
        sh.handwriting(92, y - 2, hand_safe(v), rng, size_pt=11, color=ink, font=hf)
        y += 10
    y = P(sh, 20, y + 4, W - 40, "Ondergetekende verklaart zich garant te stellen voor de kosten van verblijf en van de "
          "medische behandeling van de vreemdeling, voor zover die niet door een verzekering worden gedekt. Kopieën van "
          "de laatste drie loonstroken zijn bijgevoegd.", font=f, size=9.5, leading=1.45) + 8
    T(sh, 20, y, "Datum", font=f, size=9.5)
    sh.handwriting(40, y - 2, c.dfmt(c.sub - dt.timedelta(days=rng.randint(6, 30))), rng, size_pt=11, color=ink,
                   font=hf)
    T(sh, 100, y, "Handtekening", font=f, size=9.5)
    sh.signature(125, y - 5, 44, 14, rng, color=ink)
    return [sh]


_reg("payslip-zorgwerkgever-maandspecificatie-periode-cumulatief", "income-proof", PART, "nl", payslip_care,
     "health-care employer's monthly payslip with period and year-to-date columns")
_reg("werkgeversverklaring-model-getypt-firmastempel", "income-proof", PART, "nl", employer_statement,
     "employer's statement on a standard model, typed, with the firm's stamp")
_reg("guarantor-verklaring-formulier-handgeschreven-blauwe-pen", "income-proof", PART, "nl", guarantor_form_hand,
     "guarantor's statement form filled in by hand in blue pen")


# =========================================================================== medical statements

def _doc(c: Case, key: str) -> str:
    r = random.Random(seed_of(key, c.rng_seed))
    g, s, _ = make_professional(r, "NL")
    return f"{r.choice(['dr.', 'drs.', 'prof. dr.'])} {g[0]}. {s}"


def medstat_qa(c: Case, rng: random.Random, **_) -> list[Sheet]:
    h = c.hospital
    doc = _doc(c, "qa24")
    start = _treat_start(c)
    sh = c.new_sheet()
    W = c.page_w
    f = "serif4"
    T(sh, W - 20, 14, h["name"], font=f, size=12, bold=True, align="right", color=NAVY)
    T(sh, W - 20, 20, f"Afdeling {c.med['spec']} · {h['city']}", font=f, size=9, align="right", color=GREY)
    L = c.lawyer
    y = 34
    for ln in ([c.lawyer_name, L["firm"], L["city"]] if L else ["Aan de behandelend advocaat"]):
        T(sh, 20, y, ln, font=f, size=10.5)
        y += 5
    T(sh, 20, y + 6, f"Betreft: uw vragen over {c.p.given_names} {c.p.surname}, geb. {c.dfmt(c.p.birth_date)}",
      font=f, size=10.5, bold=True)
    y += 16
    qa = [("Wat is de diagnose?", c.med["dx"] + "."),
          ("Welke behandeling krijgt patiënt?", c.med["tx"] + "."),
          ("Hoe lang zal de behandeling nog duren?", duration_phrase(c.duration, start) + " " + c.med["stop"]),
          ("Is de behandeling in het land van herkomst beschikbaar?", _not_available(c))]
    for i, (q, a) in enumerate(qa, 1):
        sh.text(20, y, f"Vraag {i}: {q}", font=f, size_pt=10.5, italic=True)
        y = P(sh, 20, y + 5.5, W - 40, "Antwoord: " + a, font=f, size=10.5, leading=1.45) + 4
    dd = c.sub - dt.timedelta(days=rng.randint(4, 30))
    T(sh, 20, y + 2, f"{h['city']}, {d_nl(dd)}", font=f, size=10.5)
    sh.signature(20, y + 7, 44, 14, rng, color=BLUE_INK)
    T(sh, 20, y + 23, f"{doc}, {c.med['doc_title']}", font=f, size=10.5)
    return [sh]


def medstat_gp_en(c: Case, rng: random.Random, **_) -> list[Sheet]:
    gp = c.gp or {"name": "Huisartsenpraktijk", "city": "Utrecht"}
    start = _treat_start(c)
    sh = c.new_sheet()
    W = c.page_w
    f = "sans"
    T(sh, 20, 14, gp.get("name", "Huisartsenpraktijk"), font=f, size=12, bold=True, color=(0, 110, 70))
    T(sh, 20, 20, f"{gp.get('city', '')} · general practice", font=f, size=8.5, color=GREY)
    dd = c.sub - dt.timedelta(days=rng.randint(5, 28))
    T(sh, W - 20, 32, d_en(dd), font=f, size=10, align="right")
    T(sh, 20, 40, "TO WHOM IT MAY CONCERN", font=f, size=11.5, bold=True)
    T(sh, 20, 48, f"Re: {c.p.given_names} {c.p.surname}, date of birth {d_en(c.p.birth_date)}", font=f, size=10.5)
    paras = [f"The above-named patient is registered with our practice and is known with {c.med['dx']}.",
             f"Current treatment: {c.med['tx_short']}, prescribed and monitored in cooperation with "
             f"{c.hospital['name']}.",
             duration_phrase(c.duration, start, "en"), _not_available(c, "en"),
             "Please do not hesitate to contact me for further information."]
    y = 58
    for para in paras:
        y = P(sh, 20, y, W - 40, para, font=f, size=10.5, leading=1.45) + 3
    T(sh, 20, y + 2, "Kind regards,", font=f, size=10.5)
    sh.signature(20, y + 7, 42, 13, rng, color=BLACK_INK)
    T(sh, 20, y + 22, f"{_doc(c, 'gpen24')}, general practitioner", font=f, size=10.5)
    return [sh]


_reg("medstat-ziekenhuis-vraag-antwoord-brief-advocaat", "medical-statement", PART, "nl", medstat_qa,
     "hospital doctor's answers to the lawyer's questions ('Vraag 1 … Antwoord')")
_reg("medstat-huisarts-engels-to-whom-it-may-concern", "medical-statement", PART, "en", medstat_gp_en,
     "GP's English letter 'To whom it may concern'")


# =========================================================================== care-institution statements

def care_framed_summary(c: Case, rng: random.Random, **_) -> list[Sheet]:
    h = c.hospital
    s, e = _care_dates(c)
    sh = c.new_sheet()
    W = c.page_w
    f = "sans5"
    T(sh, 20, 14, h["name"], font=f, size=12.5, bold=True, color=NAVY)
    T(sh, 20, 20, "Zorgadministratie · Patiëntenservice", font=f, size=8.5, color=GREY)
    T(sh, 20, 36, "Bevestiging behandeling", font=f, size=13, bold=True)
    sh.rect(20, 46, W - 40, 40, width_mm=0.5, color=NAVY)
    rows = [("Patiënt", f"{c.p.given_names} {c.p.surname} ({c.dfmt(c.p.birth_date)})"),
            ("Behandeling", c.med["tx_short"]), ("Aandoening", c.med["dx"]),
            ("Periode", f"{d_nl(s)} – {d_nl(e)}"), ("Bereid en in staat", "ja")]
    y = 49
    for a, b in rows:
        T(sh, 24, y, a, font=f, size=9.5, color=GREY)
        T(sh, 70, y, b[:70], font=f, size=10, bold=(a == "Bereid en in staat"))
        y += 7
    y = P(sh, 20, 94, W - 40, f"{h['name']} bevestigt dat zij de bovengenoemde behandeling kan en zal uitvoeren in de "
          f"genoemde periode. " + _payer_phrase(c), font=f, size=10.2, leading=1.45) + 6
    T(sh, 20, y, d_nl(c.sub - dt.timedelta(days=rng.randint(4, 28))), font=f, size=10)
    sh.signature(20, y + 5, 42, 13, rng, color=BLUE_INK)
    g, sn, _ = make_professional(random.Random(seed_of("za24", c.rng_seed)), "NL")
    T(sh, 20, y + 20, f"{g} {sn}, hoofd zorgadministratie", font=f, size=10)
    return [sh]


def care_model_ticks(c: Case, rng: random.Random, **_) -> list[Sheet]:
    h = c.hospital
    s, e = _care_dates(c)
    sh = c.new_sheet()
    W = c.page_w
    f = "serif2"
    T(sh, 20, 14, "Verklaring zorginstelling", font=f, size=14, bold=True)
    T(sh, 20, 21, "(bij aanvraag verblijfsvergunning medische behandeling)", font=f, size=9, color=GREY)
    rows = [("Naam instelling", h["name"]), ("Plaats", h["city"]),
            ("Naam patiënt", f"{c.p.given_names} {c.p.surname}"), ("Geboortedatum", c.dfmt(c.p.birth_date)),
            ("Soort behandeling", c.med["tx_short"]), ("Begindatum", d_nl(s)), ("Verwachte einddatum", d_nl(e))]
    y = 34
    for a, b in rows:
        T(sh, 20, y, a, font=f, size=10)
        T(sh, 80, y, b[:64], font="mono", size=10)
        y += 7.5
    y += 4
    for q in ("De instelling kan de behandeling bieden.", "De instelling is bereid de behandeling te bieden.",
              "De financiering van de behandeling is geregeld."):
        sh.rect(20, y, 4, 4, width_mm=0.3)
        sh.handwriting(19.6, y - 2.2, "x", rng, size_pt=12, color=BLUE_INK, font="hand1")
        T(sh, 27, y, q, font=f, size=10)
        y += 8
    y = P(sh, 20, y + 2, W - 40, _payer_phrase(c), font=f, size=10, leading=1.4) + 8
    T(sh, 20, y, f"{h['city']}, {d_nl(c.sub - dt.timedelta(days=rng.randint(3, 25)))}", font=f, size=10)
    sh.signature(20, y + 5, 42, 13, rng, color=BLUE_INK)
    sh.stamp(110, y, [h["name"][:22].upper(), h["city"].upper()], rng, shape="oval", size_mm=32, color=(40, 60, 150))
    T(sh, 20, y + 20, f"{_doc(c, 'mt24')}, medisch specialist", font=f, size=10)
    return [sh]


def care_acceptance_en(c: Case, rng: random.Random, **_) -> list[Sheet]:
    h = c.hospital
    s, e = _care_dates(c)
    sh = c.new_sheet()
    W = c.page_w
    f = "serif3"
    T(sh, 20, 14, h["name"], font=f, size=12, bold=True, color=(120, 30, 40))
    T(sh, 20, 20, "Outpatient clinic · international patients", font=f, size=8.5, color=GREY)
    T(sh, 20, 36, "LETTER OF ACCEPTANCE FOR TREATMENT", font=f, size=12, bold=True)
    paras = [f"We confirm that {c.p.given_names} {c.p.surname}, born {d_en(c.p.birth_date)}, has been accepted for "
             f"treatment of {c.med['dx']} ({c.med['tx_short']}) at our hospital.",
             f"Our hospital is able and willing to provide this treatment from {d_en(s)} until {d_en(e)}.",
             _payer_phrase(c, "en")]
    y = 46
    for para in paras:
        y = P(sh, 20, y, W - 40, para, font=f, size=10.5, leading=1.45) + 3
    T(sh, 20, y + 3, d_en(c.sub - dt.timedelta(days=rng.randint(3, 25))), font=f, size=10)
    sh.signature(20, y + 8, 42, 13, rng, color=BLACK_INK)
    T(sh, 20, y + 23, f"{_doc(c, 'acc24')}, attending physician", font=f, size=10)
    return [sh]


_reg("care-bevestiging-zorgadministratie-kader-samenvatting", "care-institution-statement", PART, "nl",
     care_framed_summary, "hospital care administration's confirmation with a framed summary")
_reg("care-modelverklaring-aankruisvakjes-handmatig-stempel", "care-institution-statement", PART, "nl",
     care_model_ticks, "institution's model statement, boxes ticked by hand, oval stamp")
_reg("care-letter-of-acceptance-engels-ziekenhuis", "care-institution-statement", PART, "en", care_acceptance_en,
     "hospital's English letter of acceptance for treatment")


# =========================================================================== health insurance

def polis_premium_table(c: Case, rng: random.Random, **_) -> list[Sheet]:
    ins = c.insurer_nl
    sh = c.new_sheet()
    W = c.page_w
    f = "sans3"
    col = ins.get("color", (0, 100, 140))
    T(sh, W - 20, 14, ins["name"], font=f, size=12.5, bold=True, color=col, align="right")
    T(sh, W - 20, 20, ins["post"], font=f, size=7.5, color=GREY, align="right")
    T(sh, 20, 34, "Polisblad zorgverzekering 2026", font=f, size=14, bold=True)
    pol = _policy_no(c)
    T(sh, 20, 42, f"Polisnummer {pol}  ·  UZOVI {ins['uzovi']}", font=f, size=9.5)
    hdr = ("Verzekerde", "Geboortedatum", "Verzekering", "Premie p/m")
    rows = [(f"{c.p.given_names} {c.p.surname}", c.dfmt(c.p.birth_date), "Basis Restitutie", eur(149.95)),
            ("", "", "Aanvullend Plus", eur(rng.choice([18.5, 24.95, 31.2])))]
    y = 54
    for i, row in enumerate([hdr] + rows):
        x = 20
        for cell, w in zip(row, (60, 32, 50, 28)):
            sh.rect(x, y, w, 8, width_mm=0.2, fill=(228, 238, 244) if i == 0 else None)
            T(sh, x + 1.5, y + 2, cell, font=f, size=8.8, bold=(i == 0))
            x += w
        y += 8
    y = P(sh, 20, y + 8, W - 40, "Ingangsdatum: 1 januari 2026. Einddatum: 31 december 2026, daarna stilzwijgend "
          "verlengd. Verplicht eigen risico: € 385. Deze verzekering dekt de zorg uit het basispakket van de "
          "Zorgverzekeringswet.", font=f, size=9.8, leading=1.45) + 6
    T(sh, 20, y, f"Datum polisblad: {d_nl(dt.date(c.sub.year - 1, 12, rng.randint(10, 22)))}", font=f, size=9,
      color=GREY)
    return [sh]


def incoming_card_beside(c: Case, rng: random.Random, **_) -> list[Sheet]:
    name = _incoming_name(c)
    sh = c.new_sheet()
    W = c.page_w
    f = "sans2"
    T(sh, 20, 14, name, font=f, size=13, bold=True, color=(0, 90, 60))
    T(sh, 20, 36, "Certificate of insurance / Verzekeringsbewijs", font=f, size=13, bold=True)
    s = c.sub - dt.timedelta(days=random.Random(c.rng_seed + 3).randint(10, 150))
    e = add_years(s, 1) - dt.timedelta(days=1)
    pol = _policy_no(c, "INC-")
    y = 48
    for a, b in (("Insured / Verzekerde", f"{c.p.given_names} {c.p.surname}"),
                 ("Date of birth / Geboortedatum", d_nl(c.p.birth_date)), ("Policy / Polis", pol),
                 ("Valid from / Geldig van", d_nl(s)), ("Valid until / Geldig tot", d_nl(e)),
                 ("Cover / Dekking", "medical costs in the Netherlands up to € 1.000.000, incl. pre-existing "
                                     "conditions")):
        T(sh, 20, y, a, font=f, size=8.5, color=GREY)
        for k, ln in enumerate(_wrap(b, 80, f, 10)):
            T(sh, 20, y + 4 + k * 4.5, ln, font=f, size=10)
        y += 11 + 4.5 * (len(_wrap(b, 80, f, 10)) - 1)
    cx, cy = 110, 48
    sh.rect(cx, cy, 85.6, 54, width_mm=0.3, fill=(232, 244, 236))
    T(sh, cx + 3, cy + 3, name[:28], font=f, size=8, bold=True, color=(0, 90, 60))
    T(sh, cx + 3, cy + 16, f"{c.p.surname.upper()}, {c.p.given_names[:1]}.", font=f, size=9, bold=True)
    T(sh, cx + 3, cy + 22, pol, font="mono", size=8.5)
    T(sh, cx + 3, cy + 28, f"{s.strftime('%d-%m-%Y')} / {e.strftime('%d-%m-%Y')}", font="mono", size=8)
    T(sh, cx + 3, cy + 46, "Alarmcentrale 24/7 +31 20 000 4400", font=f, size=6, color=GREY)
    T(sh, 20, y + 8, d_nl(c.sub - dt.timedelta(days=rng.randint(3, 25))), font=f, size=10)
    sh.signature(20, y + 13, 40, 12, rng, color=BLUE_INK)
    return [sh]


def intl_bolivia(c: Case, rng: random.Random, **_) -> list[Sheet]:
    ins = c.insurer_intl
    sh = c.new_sheet()
    W = c.page_w
    f = "sans6"
    col = ins.get("color", (0, 105, 75))
    sh.rect(0, 0, W, 6, width_mm=0, fill=col)
    T(sh, 20, 12, ins["name"], font=f, size=12.5, bold=True, color=col)
    T(sh, 20, 18.5, ins["addr"], font=f, size=7.5, color=GREY)
    s = c.sub - dt.timedelta(days=random.Random(c.rng_seed).randint(20, 200))
    e = add_years(s, 1) - dt.timedelta(days=1)
    pol = _policy_no(c, "BO-")
    T(sh, 20, 30, "CONSTANCIA DE SEGURO", font=f, size=11.5, bold=True)
    y = P(sh, 20, 37, W - 40, f"Se deja constancia que {c.p.given_names} {c.p.surname}, nacido/a el "
          f"{d_en(c.p.birth_date)}, está asegurado/a bajo la póliza {pol} ({ins.get('plan', '')}) desde el {d_en(s)} "
          f"hasta el {d_en(e)}, con cobertura de hospitalización, consultas, tratamiento especializado y medicamentos "
          f"en los Países Bajos, incluidas enfermedades preexistentes.", font=f, size=9.8, leading=1.45) + 6
    T(sh, 20, y, "STATEMENT OF INSURANCE", font=f, size=11.5, bold=True)
    y = P(sh, 20, y + 7, W - 40, f"This is to state that {c.p.given_names} {c.p.surname}, born {d_en(c.p.birth_date)}, "
          f"is insured under policy {pol} ({ins.get('plan', '')}) from {d_en(s)} to {d_en(e)}, covering "
          f"hospitalisation, consultations, specialist treatment and medicines in the Netherlands, including "
          f"pre-existing conditions.", font=f, size=9.8, leading=1.45) + 8
    T(sh, 20, y, f"La Paz, {d_en(c.sub - dt.timedelta(days=rng.randint(5, 30)))}", font=f, size=10)
    sh.signature(20, y + 5, 42, 13, rng, color=BLUE_INK)
    T(sh, 20, y + 20, "Jefe de Pólizas / Head of Policies", font=f, size=9.5)
    sh.stamp(100, y, [ins.get("short", "SEGUROS").upper()[:18], "LA PAZ", "BOLIVIA"], rng, shape="round",
             size_mm=27, color=(40, 60, 150))
    return [sh]


_reg("polisblad-premietabel-logo-rechts-stilzwijgend", "health-insurance", PART, "nl", polis_premium_table,
     "Dutch insurer's policy schedule with a premium table, logo at the right")
_reg("incoming-certificate-tweetalig-pas-ernaast", "health-insurance", PART, "en/nl", incoming_card_beside,
     "incoming insurer's bilingual certificate with the card's front printed beside the data")
_reg("intl-poliza-bolivia-letter-tweetalig-onder-elkaar", "health-insurance", PART, "en/es", intl_bolivia,
     "Bolivian insurer's statement, Spanish above English")


# =========================================================================== civic integration (DUO)

def duo_diploma_upright(c: Case, rng: random.Random, **_) -> list[Sheet]:
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    f = "serif7"
    T(sh, W / 2, 120, "B1", font="sans4", size=160, bold=True, color=(236, 240, 246), align="center")
    T(sh, W - 20, 16, "DUO", font="sans4", size=18, bold=True, color=(0, 70, 140), align="right")
    T(sh, W - 20, 24, "Dienst Uitvoering Onderwijs", font="sans4", size=8, color=GREY, align="right")
    T(sh, 20, 60, "Diploma inburgering", font=f, size=24, bold=True)
    T(sh, 20, 72, "Wet inburgering 2021", font=f, size=11, color=GREY)
    p = c.p
    rows = [("Naam", f"{p.given_names} {p.surname}"), ("Geboortedatum", d_nl(p.birth_date)),
            ("Geboorteplaats", p.birth_place), ("Niveau", "B1 – alle onderdelen behaald")]
    y = 96
    for a, b in rows:
        T(sh, 20, y, a, font=f, size=10, color=GREY)
        T(sh, 70, y, b, font=f, size=12, bold=(a == "Naam"))
        y += 10
    dd = _inb_date(c, rng)
    r = random.Random(seed_of("dip24", c.rng_seed))
    T(sh, 20, H - 70, f"Groningen, {d_nl(dd)}", font=f, size=10.5)
    T(sh, 20, H - 63, f"Diplomanummer {r.randint(10000000, 99999999)}", font=f, size=9, color=GREY)
    sh.signature(120, H - 78, 46, 15, rng, color=BLACK_INK)
    T(sh, 120, H - 60, "namens de minister van SZW", font=f, size=9)
    return [sh]


def duo_exemption_side(c: Case, rng: random.Random, **_) -> list[Sheet]:
    sh = c.new_sheet()
    W = c.page_w
    f = "sans4"
    T(sh, 20, 14, "DUO", font=f, size=18, bold=True, color=(0, 70, 140))
    p = c.p
    y = 34
    for ln in (f"{p.given_names} {p.surname}", *((f"{p.address.street} {p.address.number}",
                                                  f"{p.address.postcode} {p.address.city}") if p.address else ())):
        T(sh, 20, y, ln, font=f, size=10)
        y += 5
    dd = _inb_date(c, rng)
    y += 12
    blocks = [("Datum", d_nl(dd)), ("Onderwerp", "Besluit op uw aanvraag ontheffing inburgeringsplicht"),
              ("Besluit", "U krijgt ontheffing van de inburgeringsplicht. U hoeft niet meer in te burgeren."),
              ("Waarom", "De keuringsarts heeft vastgesteld dat u door een medische beperking blijvend niet in staat "
                         "bent om het inburgeringsexamen te halen."),
              ("Bezwaar", "Bent u het niet eens met dit besluit? Dan kunt u binnen 6 weken na de datum van deze brief "
                          "bezwaar maken bij DUO.")]
    for a, b in blocks:
        T(sh, 20, y, a, font=f, size=9, bold=True, color=(0, 70, 140))
        y = P(sh, 60, y, W - 80, b, font=f, size=10.2, leading=1.4) + 4
    T(sh, 60, y + 4, "Met vriendelijke groet,", font=f, size=10)
    T(sh, 60, y + 9, "Dienst Uitvoering Onderwijs", font=f, size=10)
    return [sh]


def duo_results_bars(c: Case, rng: random.Random, *, failed: bool = False, **_) -> list[Sheet]:
    sh = c.new_sheet()
    W = c.page_w
    f = "sans2"
    T(sh, 20, 14, "DUO · Inburgeringsexamen", font=f, size=12, bold=True, color=(0, 70, 140))
    p = c.p
    dd = _inb_date(c, rng)
    T(sh, 20, 30, f"Uw resultaten – {p.given_names} {p.surname} ({c.dfmt(p.birth_date)})", font=f, size=11,
      bold=True)
    parts = ["Lezen", "Luisteren", "Schrijven", "Spreken", "KNM"]
    bad = random.Random(seed_of("fail24", c.rng_seed)).randrange(4) if failed else -1
    r = random.Random(seed_of("bar24", c.rng_seed))
    y = 44
    for k, name in enumerate(parts):
        score = r.randint(35, 58) if k == bad else r.randint(66, 98)
        T(sh, 20, y, name, font=f, size=10.5)
        sh.rect(60, y, 100, 5, width_mm=0.2)
        sh.rect(60, y, score, 5, width_mm=0, fill=(200, 60, 60) if k == bad else (60, 150, 90))
        sh.rule(125, y - 1, 125, y + 6, width_mm=0.3, dash=0.5)
        T(sh, W - 20, y, "onvoldoende" if k == bad else "voldoende", font=f, size=10, align="right", bold=(k == bad))
        y += 10
    T(sh, 20, y, "De stippellijn is de grens voor een voldoende.", font=f, size=8.5, color=GREY)
    T(sh, 20, y + 6, f"Datum: {d_nl(dd)}", font=f, size=9.5)
    msg = ("Niet alle onderdelen zijn voldoende. U krijgt nog geen diploma." if failed else
           "U heeft alle onderdelen gehaald. Uw diploma wordt u binnen 6 weken toegestuurd.")
    P(sh, 20, y + 16, W - 40, msg, font=f, size=10.5, leading=1.4)
    return [sh]


_reg("duo-diploma-staand-logo-rechtsboven-watermerk-b1", "civic-integration", PART, "nl", duo_diploma_upright,
     "DUO diploma, upright, logo at the top right, a pale 'B1' watermark")
_reg("duo-ontheffing-besluit-kantlijnkoppen-bezwaarclausule", "civic-integration", PART, "nl", duo_exemption_side,
     "DUO exemption decision with side headings and the objection clause")
_reg("duo-uitslag-resultatenbrief-scorebalken", "civic-integration", PART, "nl", duo_results_bars,
     "DUO results letter with score bars and a pass line")


# =========================================================================== other: cover letter, IND letters, visa

def cover_two_col(c: Case, rng: random.Random, *, enclosures: list[str] | None = None, **_) -> list[Sheet]:
    from .ind import LAWYERS
    lw = c.lawyer or LAWYERS[0]
    sh = c.new_sheet()
    W = c.page_w
    f = "serif2"
    T(sh, W / 2, 12, lw["firm"].upper(), font=f, size=12, bold=True, align="center")
    T(sh, W / 2, 18, f"{lw['street']}  ·  {lw['pc']} {lw['city']}", font=f, size=8, color=GREY, align="center")
    sh.rule(20, 22, W - 20, 22, width_mm=0.2)
    y = 34
    for ln in IND_ADDRESSES[rng.randrange(len(IND_ADDRESSES))].split("\n"):
        T(sh, 20, y, ln, font=f, size=10.5)
        y += 5
    dd = c.sub - dt.timedelta(days=rng.randint(0, 3))
    T(sh, W - 20, 34, f"{lw['city']}, {d_nl(dd)}", font=f, size=10.5, align="right")
    y += 10
    T(sh, 20, y, f"Inzake: {c.p.given_names} {c.p.surname}, geb. {c.dfmt(c.p.birth_date)} – V-nr. {c.vnr}", font=f,
      size=10.5, bold=True)
    y += 10
    paras = ["Geachte heer, mevrouw,",
             f"Bijgaand doe ik u namens cliënt{'e' if c.p.sex == 'F' else ''} een aanvraag toekomen voor "
             f"{PROC_NL[c.procedure]}."]
    if c.procedure == "ind-medical-treatment" and c.art64_end:
        paras.append(f"Het uitstel van vertrek van cliënt liep tot en met {d_nl(c.art64_end)}.")
    if c.procedure == "ind-hnt-continued" and c.since:
        paras.append(f"Cliënt verblijft sinds {d_nl(c.since)} rechtmatig in Nederland met een vergunning "
                     f"({dict(ROUTES_7027).get(c.route, '').replace('na verblijf ', '')}).")
    if c.no_passport:
        paras.append("Cliënt heeft geen geldig paspoort; ik verzoek om vrijstelling van het paspoortvereiste. "
                     + " ".join(EXEMPTION_TEXT[i] for i in c.exemption_shown))
    if c.suriname_visa:
        paras.append("Cliënt is Surinaams onderdaan en reisde in met een mvv voor medische behandeling (kopie "
                     "bijgevoegd).")
    for p_ in paras:
        y = P(sh, 20, y, W - 40, p_, font=f, size=10.5, leading=1.45) + 3
    if enclosures:
        T(sh, 20, y + 2, "Bijlagen:", font=f, size=10, bold=True)
        y += 8
        half = (len(enclosures) + 1) // 2
        for i, e in enumerate(enclosures):
            x = 20 if i < half else W / 2 + 2
            yy = y + (i if i < half else i - half) * 5
            T(sh, x, yy, f"{i + 1}. {e}"[:52], font=f, size=9.3)
        y += half * 5 + 5
    T(sh, 20, y + 2, "Hoogachtend,", font=f, size=10.5)
    sh.signature(20, y + 6, 44, 14, rng, color=rng.choice([BLUE_INK, BLACK_INK]))
    T(sh, 20, y + 22, c.lawyer_name or "mr. J. Bakker", font=f, size=10.5)
    return [c.intr(sh)]


def _ind_head(sh: Sheet, c: Case, dd: dt.date, subject: str) -> float:
    W = c.page_w
    sh.rect(W / 2 - 4, 0, 8, 22, width_mm=0, fill=(21, 66, 115))
    T(sh, W / 2 + 8, 8, "Immigratie- en Naturalisatiedienst", font="sans4", size=10, bold=True)
    T(sh, W / 2 + 8, 13, "Ministerie van Asiel en Migratie", font="sans4", size=8.5, color=GREY)
    p = c.p
    y = 44
    for ln in (f"{title_nl(p).capitalize()} {p.given_names} {p.surname}",
               *((f"{p.address.street} {p.address.number}", f"{p.address.postcode} {p.address.city}")
                 if p.address else ())):
        T(sh, 20, y, ln, font="sans4", size=10)
        y += 5
    r = random.Random(seed_of("ind24", c.rng_seed))
    yy = 40
    for a, b in (("Datum", d_nl(dd)), ("V-nummer", c.vnr), ("Ons kenmerk", f"{r.randint(100000, 999999)}"),
                 ("Onderwerp", subject)):
        T(sh, 150, yy, a, font="sans4", size=7, bold=True)
        for k, ln in enumerate(_wrap(b, 42, "sans4", 8)):
            T(sh, 150, yy + 3.5 + k * 3.6, ln, font="sans4", size=8)
        yy += 8 + 3.6 * (len(_wrap(b, 42, "sans4", 8)) - 1)
    return max(yy, y) + 14


def art64_decision(c: Case, rng: random.Random, **_) -> list[Sheet]:
    end = c.art64_end or (c.since - dt.timedelta(days=1) if c.since else c.sub + dt.timedelta(days=10))
    start = add_years(end, -1) + dt.timedelta(days=1)
    dd = start + dt.timedelta(days=rng.randint(3, 25))
    sh = c.new_sheet()
    y = _ind_head(sh, c, dd, "Uitstel van vertrek op medische gronden (art. 64 Vw)")
    for para in (f"Geachte {title_nl(c.p)} {c.p.surname},",
                 "Wij hebben uw aanvraag om uitstel van vertrek beoordeeld. Het Bureau Medische Advisering heeft ons "
                 "geadviseerd. Uw aanvraag is ingewilligd.",
                 f"Het uitstel van vertrek geldt van {d_nl(start)} tot en met {d_nl(end)}.",
                 "Met vriendelijke groet,\nde Minister van Asiel en Migratie,\nnamens deze,\nhet hoofd van de "
                 "afdeling Medische Zaken"):
        y = P(sh, 20, y, c.page_w - 60, para, font="sans4", size=10, leading=1.4) + 4
    return [c.intr(sh)]


def permit_decision(c: Case, rng: random.Random, **_) -> list[Sheet]:
    since = c.since or dt.date(2022, 3, 1)
    dd = since + dt.timedelta(days=rng.randint(6, 40))
    purpose = {"medical-treatment": "medische behandeling", "medical-treatment-after-art64": "medische behandeling",
               "relationship": "verblijf als familie- of gezinslid", "parent": "verblijf bij ouder",
               "trafficking-victim": "slachtoffer-getuige mensenhandel",
               "trafficking-victim-no-report": "slachtoffer mensenhandel (zonder aangifte)",
               "domestic-violence": "humanitair tijdelijk – huiselijk geweld",
               "buiten-schuld": "humanitair tijdelijk – buitenschuld"}.get(c.route or "", "regulier")
    sh = c.new_sheet()
    y = _ind_head(sh, c, dd, "Besluit op uw aanvraag")
    for para in (f"Geachte {title_nl(c.p)} {c.p.surname},",
                 f"U krijgt een verblijfsvergunning regulier voor bepaalde tijd met als verblijfsdoel '{purpose}'.",
                 f"De vergunning is geldig vanaf {d_nl(since)} tot en met "
                 f"{d_nl(add_years(since, 1 if 'medisch' in purpose else 5) - dt.timedelta(days=1))}.",
                 "Met vriendelijke groet,\nImmigratie- en Naturalisatiedienst"):
        y = P(sh, 20, y, c.page_w - 60, para, font="sans4", size=10, leading=1.4) + 4
    return [c.intr(sh)]


def mvv_with_facing(c: Case, rng: random.Random, **_) -> list[Sheet]:
    sh = c.new_sheet()
    x0, y0 = 28, 40
    sh.rect(x0, y0, 154, 110, width_mm=0, fill=(70, 70, 72))
    sh.rect(x0 + 2, y0 + 2, 74, 106, width_mm=0, fill=(238, 236, 226))
    sh.rect(x0 + 78, y0 + 2, 74, 106, width_mm=0, fill=(238, 236, 226))
    start = c.sub - dt.timedelta(days=rng.randint(150, 200))
    end = start + dt.timedelta(days=rng.randint(175, 185))
    sh.stamp(x0 + 20, y0 + 30, ["SCHIPHOL", start.strftime("%d-%m-%Y"), "NL  ENTRY"], rng, shape="rect", size_mm=26,
             color=(40, 60, 150), angle=rng.uniform(-15, 15))
    vx, vy = x0 + 80, y0 + 20
    sh.rect(vx, vy, 70, 52, width_mm=0.2, fill=(222, 232, 244))
    T(sh, vx + 2, vy + 2, "VISUM  NLD", font="sans4", size=8, bold=True, color=NAVY)
    pno = c.passport_no or f"R{rng.randint(1000000, 9999999)}"
    rows = [("VAN", start.strftime("%d-%m-%Y")), ("TOT", end.strftime("%d-%m-%Y")), ("TYPE", "D"),
            ("PASPOORT", pno), ("NAAM", f"{c.p.surname.upper()} {c.p.given_names.upper()}"[:28]),
            ("OPM.", "MVV MEDISCHE BEHANDELING")]
    y = vy + 7
    for a, b in rows:
        T(sh, vx + 2, y, a, font="sans4", size=4.8, color=GREY)
        T(sh, vx + 14, y, b, font="sans4", size=6)
        y += 4.4
    line1 = ("V<NLD" + _mrz_name(c.p, 39))[:44]
    birth = c.p.birth_date.strftime("%y%m%d")
    exp = end.strftime("%y%m%d")
    pn = (pno + "<" * 9)[:9]
    line2 = (f"{pn}{_mrz_check(pn)}SUR{birth}{_mrz_check(birth)}{c.p.sex}{exp}{_mrz_check(exp)}" + "<" * 16)[:44]
    T(sh, vx + 0.5, vy + 40, line1, font="ocrb", size=4.4)
    T(sh, vx + 0.5, vy + 45, line2, font="ocrb", size=4.4)
    return [sh]


_reg("cover-letter-gecentreerd-briefhoofd-bijlagen-twee-kolommen", "other", PART, "nl", cover_two_col,
     "Dutch lawyer's cover letter, centred letterhead, enclosures listed in two columns")
_reg("art64-decision-ind-kenmerkblok-rechts-blauwe-balk", "other", PART, "nl", art64_decision,
     "IND art. 64 decision with the reference block at the right")
_reg("permit-letter-ind-kenmerkblok-rechts-blauwe-balk", "other", PART, "nl", permit_decision,
     "IND permit decision with the reference block at the right")
_reg("mvv-sticker-sur-paspoort-open-met-inreisstempel-ernaast", "other", PART, "nl", mvv_with_facing,
     "MVV sticker copied on the open passport with the facing page's Schiphol entry stamp")
