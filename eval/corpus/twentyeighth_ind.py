"""IND families of the `twentyeighth` part (registered in ind.FAMILIES).

Written after dev, heldout and the parts fresh to twentyseventh had been read, by a writer who saw neither the
validator nor its output, from the seeds and how such papers look in Dutch files.  Each family's layout, wording
and copy habits are described in its registration note and, where it has one, its docstring (the part is read
blind, so they are not summarised here).  This part's letterhead, field and signature helpers (``_top_third``,
``label_cell``, ``esign``) replace the identity module's ones inside this module.
"""
from __future__ import annotations

import datetime as dt
import random

from PIL import Image, ImageDraw

from .ind import (BLACK_INK, BLUE_INK, EXEMPTION_TEXT, GENERIC_PURPOSES, GREY, IND_ADDRESSES, PROC_NL, ROUTES_7027,
                  Case, _care_dates, _emp, _guarantor_facts, _inb_date, _incoming_name, _mrz_check, _mrz_name,
                  _not_available, _payer_phrase, _policy_no, _treat_start, add_years, country_nl, d_en,
                  d_nl, duration_phrase, earner, eur, nat_nl, pay_calc, seed_of, title_nl)
from .paper import Sheet, text_width_mm
from .people import make_professional
from .twentyeighth_identity import (camera_photo, crest, d_roman, date_imprint, fit, glyphs, wrap)

PART = "twentyeighth"
NAVY = (25, 45, 95)
PALE = (238, 240, 244)


def T(sh: Sheet, x, y, s, *, font="sans6", size=10.0, bold=False, color=(0, 0, 0), align="left") -> float:
    if not s:
        return 0.0
    return sh.text(x, y, s, font=font, size_pt=size, bold=bold, color=color, anchor=align)


def P(sh: Sheet, x, y, w, s, *, font="sans6", size=10.5, leading=1.42, align="left") -> float:
    return sh.paragraph(x, y, w, s, font=font, size_pt=size, leading=leading, align=align)


def _r(id_, type_, lang, fn, notes):
    from .ind import _reg
    _reg(id_, type_, PART, lang, fn, notes)


def _doc(c: Case, key: str, country: str = "NL") -> tuple[str, str]:
    r = random.Random(seed_of(key, c.rng_seed))
    g, s, sex = make_professional(r, country)
    return f"{g} {s}", sex


def _top_third(sh: Sheet, c: Case, name: str, lines: list[str], col, rng: random.Random, *, kind="ring") -> float:
    """This part's letterhead: a small emblem and the name at the top left on one line, and the organisation's
    contacts in a coloured band at the foot of the page (the 'footer letterhead' of many Dutch firms)."""
    W, H = c.page_w, c.page_h
    crest(sh, 18, 24, 10, col, kind=kind)
    T(sh, 31, 26, name, size=fit(name, "sans4", 13, W - 60, True), bold=True, color=col, font="sans4")
    sh.rect(0, H - 22, W, 22, width_mm=0, fill=col)
    T(sh, 18, H - 18, name, font="sans4", size=8.5, bold=True, color=(255, 255, 255))
    T(sh, 18, H - 13, " · ".join(x for x in lines if x)[:120], font="sans4", size=7.2, color=(235, 235, 235))
    return 44


def label_cell(sh: Sheet, x: float, y: float, w: float, h: float, label: str, value: str, *, font: str,
               vfont: str | None = None, vsize: float = 10.5, lsize: float = 6.8, bold: bool = False,
               fill=None, lcolor=GREY, caps: bool = False) -> None:
    """This part's fields: the label in small grey capitals on the left of the value, a hairline under both (no
    box)."""
    lab = str(label).upper()
    lw = sh.text(x + 0.5, y + h / 2 - 1.4, lab, font=font, size_pt=min(lsize, 6.4), color=lcolor)
    v = str(value).upper() if caps else str(value)
    vf = vfont or font
    sh.text(x + lw + 2.5, y + h / 2 - vsize * 0.18 - 0.6, v, font=vf, size_pt=fit(v, vf, vsize, w - lw - 4, bold),
            bold=bold)
    sh.rule(x, y + h - 1.2, x + w - 2, y + h - 1.2, width_mm=0.1, color=(170, 170, 170))


def esign(sh: Sheet, x: float, y: float, name: str, when, lang: str, *, font: str = "sans4", role: str = "",
          rng: random.Random | None = None) -> float:
    """This part's signatures: a pen signature above the typed name, the organisation's round stamp pressed half
    over it."""
    r = rng or random.Random(name)
    sh.signature(x, y, r.uniform(40, 52), 15, r, color=BLUE_INK)
    sh.stamp(x + 30, y - 2, [name.split()[-1].upper()[:18], role.upper()[:18] or "IND", when.strftime("%d-%m-%Y")],
             r, shape="round", size_mm=26, color=(40, 62, 165), angle=r.uniform(-20, 20))
    sh.text(x, y + 17, name, font=font, size_pt=10)
    if role:
        sh.text(x, y + 21.5, role, font=font, size_pt=8.5, color=GREY)
    return y + 26


# =========================================================================== application forms

class _Form:
    """IND form in a 2028 print: each section a dark bar with its letter and title in white, the questions numbered
    within the section (A1, A2 ...), each label above a framed answer box, options as square boxes crossed or
    ticked; the V-number in a framed box at the top right of every page, 'blad n van N' at the bottom left."""

    def __init__(self, c: Case, rng: random.Random, title: str, code: str):
        self.c, self.rng, self.title, self.code = c, rng, title, code
        self.hand = c.fill == "hand"
        self.ink = rng.choice([BLUE_INK, BLACK_INK])
        self.hf = rng.choice(["hand1", "hand4", "hand2"])
        self.f = rng.choice(["sans4", "sans5", "narrow"])
        self.pages: list[Sheet] = []
        self.sec = 0
        self.q = 0
        self.y = 0.0
        self.new()

    def new(self):
        c = self.c
        sh = c.new_sheet()
        W = c.page_w
        T(sh, 18, 14, "IND", font=self.f, size=16, bold=True, color=NAVY)
        T(sh, 18, 21, "Immigratie- en Naturalisatiedienst", font=self.f, size=7.5, color=GREY)
        T(sh, W - 72, 9, "V-nummer", font=self.f, size=7.5, color=GREY)
        sh.rect(W - 72, 13, 54, 8, width_mm=0.35)
        if not self.pages:
            self.y = P(sh, 18, 32, W - 36, self.title, font=self.f, size=13, leading=1.25) + 2
            T(sh, 18, self.y, self.code, font=self.f, size=8, color=GREY)
            self.y += 8
        else:
            self.y = 30
        self.pages.append(c.intr(sh))

    def need(self, h: float):
        if self.y + h > self.c.page_h - 26:
            self.new()

    def section(self, title: str):
        self.need(26)
        self.sec += 1
        self.q = 0
        sh = self.pages[-1]
        W = self.c.page_w
        sh.rect(18, self.y, W - 36, 7.5, width_mm=0, fill=NAVY)
        T(sh, 21, self.y + 1.5, f"{'ABCDEFGHIJ'[self.sec - 1]}   {title}", font=self.f, size=10.5, bold=True,
          color=(255, 255, 255))
        self.y += 11

    def _num(self) -> str:
        self.q += 1
        return f"{'ABCDEFGHIJ'[self.sec - 1]}{self.q}"

    def ask(self, label: str, value: str | None):
        W = self.c.page_w
        lab = f"{self._num()}  {label}"
        if self.hand:
            v = glyphs(str(value or ""), self.hf)
            rows = wrap(v, (W - 40) * 0.8, self.hf, 11.5) if v else [""]
        else:
            rows = wrap(str(value or ""), W - 42, "mono", 10) if value else [""]
        h = 7.5 * len(rows) + 1
        self.need(h + 6)
        sh = self.pages[-1]
        T(sh, 18, self.y, lab, font=self.f, size=8.8)
        self.y += 4.4
        sh.rect(18, self.y, W - 36, h, width_mm=0.25, color=(90, 90, 90))
        for i, r in enumerate(rows):
            if r:
                if self.hand:
                    sh.handwriting(20, self.y + 0.2 + i * 7.5, r, self.rng, size_pt=11.5, color=self.ink, font=self.hf)
                else:
                    T(sh, 20, self.y + 1.6 + i * 7.5, r, font="mono", size=10)
        self.y += h + 3

    def choose(self, label: str, options: list[str], chosen: int | None):
        self.need(12)
        sh = self.pages[-1]
        T(sh, 18, self.y, f"{self._num()}  {label}", font=self.f, size=8.8)
        self.y += 5
        x = 22
        for i, o in enumerate(options):
            sh.rect(x, self.y, 3.6, 3.6, width_mm=0.3)
            if chosen == i:
                if self.hand:
                    sh.handwriting(x - 0.6, self.y - 2.2, "✓" if self.hf != "hand2" else "x", self.rng, size_pt=13,
                                   color=self.ink, font="sans3")
                else:
                    T(sh, x + 0.5, self.y - 0.2, "X", font="mono", size=9.5, bold=True)
            w = T(sh, x + 5.5, self.y - 0.1, o, font=self.f, size=9.2)
            x += w + 14
        self.y += 8

    def sign(self):
        c = self.c
        self.need(50)
        self.section("Ondertekening")
        P(self.pages[-1], 18, self.y, c.page_w - 36, "Ik heb dit formulier volledig en naar waarheid ingevuld.",
          font=self.f, size=9.2)
        self.y += 7
        d0 = c.sub - dt.timedelta(days=self.rng.randint(1, 9))
        place = c.p.address.city if c.p.address else "Utrecht"
        self.ask("Plaats", place)
        self.ask("Datum", c.dfmt(d0))
        sh = self.pages[-1]
        T(sh, 18, self.y, f"{self._num()}  Handtekening", font=self.f, size=8.8)
        sh.rule(18, self.y + 24, 110, self.y + 24, width_mm=0.3)
        sh.signature(24, self.y + 5, self.rng.uniform(42, 60), 17, self.rng, color=self.ink)
        self.y += 30

    def finish(self) -> list[Sheet]:
        n = len(self.pages)
        W, H = self.c.page_w, self.c.page_h
        for i, sh in enumerate(self.pages, 1):
            if self.hand:
                sh.handwriting(W - 70, 12.6, self.c.vnr, self.rng, size_pt=12, color=self.ink, font=self.hf)
            else:
                T(sh, W - 70, 14.6, self.c.vnr, font="mono", size=10.5)
            T(sh, 18, H - 14, f"blad {i} van {n}", font=self.f, size=8, color=GREY)
            T(sh, W - 18, H - 14, self.code, font=self.f, size=7.5, color=GREY, align="right")
        return self.pages


def _person(f: _Form):
    c, p = f.c, f.c.p
    f.section("Persoonsgegevens")
    f.ask("Achternaam", p.surname)
    f.ask("Voornamen", p.given_names)
    f.ask("Geboortedatum", c.dfmt(p.birth_date))
    f.ask("Geboorteplaats en -land", f"{p.birth_place}, {country_nl(p)}")
    f.ask("Nationaliteit", nat_nl(p))
    f.choose("Geslacht", ["man", "vrouw"], 0 if p.sex == "M" else 1)
    if p.address:
        f.ask("Woonadres in Nederland", f"{p.address.street} {p.address.number}, {p.address.postcode} "
              f"{p.address.city}")
    if c.lawyer:
        f.ask("Advocaat of gemachtigde", f"{c.lawyer_name}, {c.lawyer['firm']}, {c.lawyer['city']}")


def form_med(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _Form(c, rng, "Aanvraag verblijfsvergunning regulier bepaalde tijd – verblijfsdoel medische behandeling",
              "MED 2028-01")
    _person(f)
    f.section("Medische behandeling")
    f.ask("Ziekenhuis of zorginstelling", f"{c.hospital.get('name', '')}, {c.hospital.get('city', '')}")
    f.ask("Welke behandeling", c.med.get("tx_short", ""))
    f.choose("Had u het afgelopen jaar uitstel van vertrek (art. 64 Vw)?", ["ja", "nee"], 0 if c.art64_end else 1)
    if c.art64_end:
        f.ask("Einddatum uitstel van vertrek", c.dfmt(c.art64_end))
    f.choose("Wie betaalt de behandeling en het verblijf?", ["ik zelf / mijn verzekering", "een garantsteller"],
             1 if c.payer else 0)
    f.section("Paspoort")
    f.choose("Heeft u een geldig paspoort?", ["ja", "nee"], 1 if c.no_passport else 0)
    f.choose("Bent u Surinamer met een mvv voor medische behandeling?", ["ja", "nee"], 0 if c.suriname_visa else 1)
    f.sign()
    return f.finish()


def form_7027(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _Form(c, rng, "Aanvraag verblijfsvergunning onbepaalde tijd – humanitair niet-tijdelijk (voortgezet verblijf)",
              "7027 2028-01")
    _person(f)
    f.section("Uw huidige verblijfsvergunning")
    f.ask("Verblijfsdoel", dict(ROUTES_7027).get(c.route, "").replace("na verblijf ", ""))
    r = random.Random(seed_of("vvr27", c.rng_seed))
    f.ask("Vergunning sinds", c.dfmt(c.since) if c.since else "")
    f.ask("Nummer verblijfsdocument", f"{r.choice('NRWX')}{r.choice('BCDFGHJKLMNPRSTVWXYZ')}{r.randint(1000000, 9999999)}")
    if c.route == "relationship":
        f.choose("Inburgering", ["diploma", "ontheffing / vrijstelling", "nog niet"],
                 0 if c.inburgering in ("diploma", "results") else (1 if c.inburgering == "exemption" else 2))
    if c.route and c.route.startswith("medical"):
        f.choose("Is de medische behandeling nog nodig?", ["ja", "nee"], 0)
    f.sign()
    return f.finish()


def form_generic(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _Form(c, rng, "Aanvraag verlenging verblijfsvergunning regulier bepaalde tijd", "VERL 2028-01")
    _person(f)
    f.section("Uw verblijfsvergunning")
    r = random.Random(c.rng_seed + 27)
    f.ask("Verblijfsdoel", GENERIC_PURPOSES[r.randrange(len(GENERIC_PURPOSES))])
    f.ask("Einddatum huidige vergunning", c.dfmt(c.sub + dt.timedelta(days=r.randint(25, 85))))
    f.choose("Voldoet u nog aan de voorwaarden?", ["ja", "nee"], 0)
    f.sign()
    return f.finish()


_r("ind-form-med-donkere-sectiebalken-antwoordkaders-vnr-kader-rechtsboven-28", "application", "nl", form_med,
   "medical-treatment form, dark section bars, each label above a framed answer, V-number boxed at the top right")
_r("ind-form-7027-donkere-sectiebalken-antwoordkaders-vnr-kader-rechtsboven-28", "application", "nl", form_7027,
   "form 7027 in the same layout")
_r("ind-form-generic-donkere-sectiebalken-antwoordkaders-vnr-kader-rechtsboven-28", "application", "nl", form_generic,
   "extension form in the same layout")


# =========================================================================== income

_MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"]


def payslip_third(c: Case, rng: random.Random, **_) -> list[Sheet]:
    g = earner(c)
    e = _emp(c, rng)
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    sh = c.new_sheet()
    W = c.page_w
    col = rng.choice([(0, 110, 150), (30, 120, 60), (160, 60, 20)])
    month = (c.sub.month - 2) % 12 + 1
    y = _top_third(sh, c, e["name"], [f"{e.get('street', '')}, {e.get('city', '')}", f"Loonheffingennummer {e['lhn']}",
                                      f"KvK {e['kvk']}", e.get("cao", "")], col, rng, kind="shield")
    T(sh, 18, y, f"LOONSTROOK {_MONTHS[month - 1].upper()} {c.sub.year}", size=14, bold=True)
    y += 8
    a = g.address or c.p.address
    cells = [[("Werknemer", f"{g.given_names} {g.surname}", 95), ("Personeelsnummer", e["pnr"], 40),
              ("Geboortedatum", c.dfmt(g.birth_date), W - 36 - 135)],
             [("Adres", f"{a.street} {a.number}, {a.postcode} {a.city}" if a else "", 95),
              ("Functie", e["func_now"], W - 36 - 95)],
             [("In dienst sinds", c.dfmt(e["start"]), 45), ("Periode", f"01-{month:02d}-{c.sub.year} t/m "
                                                                      f"einde maand", 60),
              ("IBAN", e["iban"], W - 36 - 105)]]
    for row in cells:
        x = 18
        for lab, val, w in row:
            label_cell(sh, x, y, w, 11, lab, val, font="sans6", vsize=9.8)
            x += w
        y += 11
    y += 6
    lines = [("Salaris", k["bruto"]), ("Pensioenpremie werknemer", -k["pens"]), ("Loonheffing", -k["lh"]),
             ("Reiskostenvergoeding", k["reis"])]
    sh.rect(18, y, W - 36, 7, width_mm=0, fill=col)
    T(sh, 20, y + 1.6, "Omschrijving", size=9, bold=True, color=(255, 255, 255))
    T(sh, W - 20, y + 1.6, "Bedrag", size=9, bold=True, color=(255, 255, 255), align="right")
    y += 8
    for lab, v in lines:
        if not v:
            continue
        T(sh, 20, y, lab, size=9.8)
        T(sh, W - 20, y, eur(v, False), font="typewriter3", size=10, align="right")
        sh.rule(18, y + 5, W - 18, y + 5, width_mm=0.1, color=(200, 200, 200))
        y += 6.5
    T(sh, 20, y + 1, "Netto uit te betalen", size=10.5, bold=True)
    T(sh, W - 20, y + 1, eur(k["net"]), font="typewriter3", size=10.5, bold=True, align="right")
    T(sh, 18, c.page_h - 30, "Deze loonstrook is automatisch aangemaakt en zonder handtekening geldig.", size=7.5,
      color=GREY)
    return [sh]


def guarantor_caps(c: Case, rng: random.Random, **_) -> list[Sheet]:
    F = _guarantor_facts(c)
    g, e = F["g"], F["e"]
    sh = c.new_sheet()
    W = c.page_w
    f = rng.choice(["serif5", "serif2"])
    a = g.address or c.p.address
    dd = c.sub - dt.timedelta(days=rng.randint(6, 30))
    T(sh, 20, 20, f"{g.given_names} {g.surname}".upper(), font=f, size=11)
    T(sh, 20, 25.5, f"{a.street} {a.number}, {a.postcode} {a.city}".upper() if a else "", font=f, size=11)
    T(sh, W - 20, 40, f"{(a.city if a else 'UTRECHT').upper()}, {d_nl(dd, 'dashes')}", font=f, size=11, align="right")
    T(sh, 20, 52, "AAN DE IMMIGRATIE- EN NATURALISATIEDIENST", font=f, size=11)
    T(sh, 20, 64, "BETREFT: VERKLARING GARANTSTELLING", font=f, size=11, bold=True)
    txt = [f"IK, {g.given_names} {g.surname}, GEBOREN OP {c.dfmt(g.birth_date)}, VERKLAAR DAT IK GARANT STA VOOR DE "
           f"KOSTEN VAN HET VERBLIJF EN DE MEDISCHE BEHANDELING VAN {c.p.given_names} {c.p.surname}, GEBOREN OP "
           f"{c.dfmt(c.p.birth_date)}, MIJN {(c.payer_relation or 'FAMILIELID').upper()}.",
           f"IK BEN IN VASTE DIENST BIJ {e['name']} TE {e['city']} SINDS {c.dfmt(e['start'])} ALS {e['func_now']}. "
           f"MIJN NETTO MAANDINKOMEN BEDRAAGT {eur(F['net']).replace('€', 'EUR')}.",
           "MIJN LAATSTE LOONSTROKEN EN MIJN ARBEIDSOVEREENKOMST ZIJN BIJGEVOEGD.",
           "HOOGACHTEND,"]
    y = 76
    for t in txt:
        y = P(sh, 20, y, W - 40, t[0] + t[1:].lower() if t.isupper() else t, font=f, size=10.5, leading=1.5,
              align="justify") + 4
    sh.signature(20, y + 2, rng.uniform(40, 52), 16, rng, color=rng.choice([BLUE_INK, BLACK_INK]))
    T(sh, 20, y + 21, f"{g.given_names} {g.surname}", font=f, size=10.5)
    return [sh]


def employer_bullets(c: Case, rng: random.Random, **_) -> list[Sheet]:
    g = earner(c)
    e = _emp(c, rng)
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    sh = c.new_sheet()
    W = c.page_w
    f = "sans2"
    col = rng.choice([(20, 80, 140), (110, 40, 90)])
    T(sh, 20, 16, e["name"], font=f, size=15, bold=True, color=col)
    T(sh, 20, 23, f"{e.get('street', '')} · {e.get('city', '')} · KvK {e['kvk']}", font=f, size=8.5, color=GREY)
    sh.rule(20, 28, W - 20, 28, width_mm=0.4, color=col)
    dd = c.sub - dt.timedelta(days=rng.randint(5, 25))
    T(sh, W - 20, 36, f"{e.get('city', '')}, {d_nl(dd)}", font=f, size=10, align="right")
    T(sh, 20, 48, "Werkgeversverklaring", font=f, size=15, bold=True)
    y = P(sh, 20, 58, W - 40, f"Hierbij verklaren wij dat {title_nl(g)} {g.given_names} {g.surname}, geboren op "
          f"{c.dfmt(g.birth_date)}, bij ons in dienst is. Wij bevestigen het volgende:", font=f, size=10.5) + 3
    items = [f"in dienst sinds {d_nl(e['start'])}, op basis van een arbeidsovereenkomst voor onbepaalde tijd;",
             f"functie: {e['func_now']};", f"arbeidsduur: {rng.choice([32, 36, 38, 40])} uur per week;",
             f"bruto maandsalaris: {eur(k['bruto'])}, exclusief vakantiegeld (8 %);",
             f"netto maandsalaris: ongeveer {eur(k['net'])};",
             "de werknemer is niet in een proeftijd en er is geen ontslagprocedure gaande."]
    for k_, it in enumerate(items, 1):
        T(sh, 24, y, f"{k_}°", font=f, size=10.5)
        y = P(sh, 32, y, W - 52, it, font=f, size=10.5) + 1.5
    y = P(sh, 20, y + 4, W - 40, "Deze verklaring is naar waarheid opgesteld.", font=f, size=10.5) + 8
    nm, sex = _doc(c, "hr27")
    when = dt.datetime.combine(dd, dt.time(rng.randint(9, 17), rng.randint(0, 59), rng.randint(0, 59)))
    esign(sh, 20, y, nm, when, "nl", font=f, role="HR-manager", rng=rng)
    return [sh]


_r("payslip-werkgever-voetband-briefhoofd-labels-links-haarlijn-28", "income-proof", "nl", payslip_third,
   "payslip under a letterhead a third of the page high, the data in cells carrying their labels")
_r("guarantor-verklaring-brief-uitgevuld-handtekening-boven-naam-28", "income-proof", "nl", guarantor_caps,
   "guarantor's declaration typed in capitals, the signature a scribble across the typed name")
_r("employer-werkgeversverklaring-genummerd-graden-stempel-over-handtekening-28", "income-proof", "nl", employer_bullets,
   "employer's statement as a bulleted list signed digitally by the HR manager")


# =========================================================================== medical statements

def medstat_bullets(c: Case, rng: random.Random, **_) -> list[Sheet]:
    h = c.hospital
    start = _treat_start(c)
    sh = c.new_sheet()
    W = c.page_w
    f = rng.choice(["sans6", "sans2"])
    col = h.get("color", NAVY)
    T(sh, 20, 14, h["name"], font=f, size=13, bold=True, color=col)
    T(sh, 20, 20.5, f"Afdeling {c.med['spec']} · {h['street']} · {h['pc']} {h['city']}", font=f, size=8.5, color=GREY)
    dd = c.sub - dt.timedelta(days=rng.randint(5, 30))
    T(sh, W - 20, 32, f"{h['city']}, {d_nl(dd)}", font=f, size=10, align="right")
    T(sh, 20, 42, "MEDISCHE VERKLARING", font=f, size=14, bold=True)
    T(sh, 20, 50, f"Betreft: {c.p.given_names} {c.p.surname}, geboren {c.dfmt(c.p.birth_date)}", font=f, size=10.5)
    y = P(sh, 20, 60, W - 40, f"Op verzoek van {title_nl(c.p)} {c.p.surname} verklaar ik als behandelend "
          f"{c.med.get('doc_title', 'specialist')} het volgende:", font=f, size=10.5) + 3
    for k_, (head, items) in enumerate((("Diagnose", [c.med["dx"] + "."]),
                        ("Behandeling", [c.med["tx"] + ".", f"In behandeling sinds {d_nl(start)}."]),
                        ("Duur en noodzaak", [duration_phrase(c.duration, start), c.med["stop"]]),
                        ("Land van herkomst", [_not_available(c)])), 1):
        T(sh, 20, y, f"{k_}.", font=f, size=10.5, bold=True)
        y = P(sh, 28, y, W - 48, f"{head}. " + " ".join(items), font=f, size=10.3) + 3
    nm, sex = _doc(c, "spec27")
    T(sh, W - 20, y + 4, f"dr. {nm}", font=f, size=10.5, align="right")
    T(sh, W - 20, y + 9, c.med.get("doc_title", "medisch specialist"), font=f, size=9.5, color=GREY, align="right")
    sh.signature(W - 75, y + 13, rng.uniform(40, 52), 16, rng, color=BLUE_INK)
    return [sh]


def medstat_en_esigned(c: Case, rng: random.Random, **_) -> list[Sheet]:
    h = c.hospital
    start = _treat_start(c)
    sh = c.new_sheet()
    W = c.page_w
    f = "sans2"
    col = h.get("color", NAVY)
    crest(sh, 20, 10, 16, col, kind="ring")
    T(sh, 40, 12, h["name"], font=f, size=13, bold=True, color=col)
    T(sh, 40, 18.5, f"Department of {c.med.get('spec_en', 'Internal Medicine')}", font=f, size=9)
    T(sh, 40, 23, f"{h['street']}, {h['pc']} {h['city']}, the Netherlands", font=f, size=8.5, color=GREY)
    dd = c.sub - dt.timedelta(days=rng.randint(5, 30))
    T(sh, W - 20, 36, d_en(dd), font=f, size=10, align="right")
    T(sh, 20, 46, "To the Immigration and Naturalisation Service (IND)", font=f, size=10.5)
    T(sh, 20, 56, f"Re: {c.p.given_names} {c.p.surname}, born {d_en(c.p.birth_date)}", font=f, size=10.5, bold=True)
    paras = [f"I am the treating {c.med.get('doc_en', 'consultant')} of the above patient, who has been under our care "
             f"since {d_en(start)} for {c.med.get('dx_en', c.med['dx'])}.",
             f"The treatment consists of {c.med.get('tx_en', c.med['tx'])}. {c.med.get('stop_en', '')}",
             duration_phrase(c.duration, start, "en"), _not_available(c, "en"), "Yours sincerely,"]
    y = 66
    for p_ in paras:
        y = P(sh, 20, y, W - 40, p_, font=f, size=10.5) + 3
    nm, sex = _doc(c, "en27")
    when = dt.datetime.combine(dd, dt.time(rng.randint(8, 18), rng.randint(0, 59), rng.randint(0, 59)))
    esign(sh, 20, y + 2, nm, when, "en", font=f, role=c.med.get("doc_en", "consultant"), rng=rng)
    return [sh]


_r("medstat-behandelaar-verklaring-genummerde-alineas-handtekening-rechts-28", "medical-statement", "nl", medstat_bullets,
   "treating specialist's statement with bulleted findings, the signature a scribble across the typed name")
_r("medstat-en-consultant-letter-stempel-half-over-handtekening-28", "medical-statement", "en", medstat_en_esigned,
   "a consultant's English letter to the IND with a digital signature block")


# =========================================================================== care-institution statements

def care_cells(c: Case, rng: random.Random, **_) -> list[Sheet]:
    h = c.hospital
    s, e = _care_dates(c)
    sh = c.new_sheet()
    W = c.page_w
    f = "sans6"
    col = h.get("color", NAVY)
    T(sh, 20, 14, h["name"], font=f, size=13, bold=True, color=col)
    T(sh, 20, 20.5, "Patiëntenservice / zorgadministratie", font=f, size=9, color=GREY)
    T(sh, 20, 34, "VERKLARING ZORGINSTELLING", font=f, size=14, bold=True)
    w2 = (W - 40) / 2
    rows = [[("Naam patiënt", f"{c.p.surname.upper()}, {c.p.given_names}", w2), ("Geboortedatum",
                                                                                 c.dfmt(c.p.birth_date), w2)],
            [("Aandoening", c.med["dx"], W - 40)], [("Behandeling", c.med["tx_short"], W - 40)],
            [("Start behandeling", d_nl(s), w2), ("Voorlopig tot ten minste", d_nl(e), w2)],
            [("Behandelend specialisme", c.med["spec"], w2), ("Locatie", h.get("city", ""), w2)]]
    y = 44
    for row in rows:
        x = 20
        for lab, val, w in row:
            label_cell(sh, x, y, w, 12, lab, val, font=f, vsize=10)
            x += w
        y += 12
    y = P(sh, 20, y + 8, W - 40, f"{h['name']} verklaart dat zij de hierboven genoemde behandeling kan en zal geven. "
          + _payer_phrase(c), font=f, size=10.5) + 6
    T(sh, 20, y, f"{h.get('city', '')}, {d_nl(c.sub - dt.timedelta(days=rng.randint(4, 26)))}", font=f, size=10.5)
    nm, sex = _doc(c, "care27")
    sh.signature(110, y + 3, 44, 15, rng, color=BLUE_INK)
    T(sh, 110, y + 21, f"{nm}, hoofd zorgadministratie", font=f, size=9.5)
    return [sh]


def care_appointments_caps(c: Case, rng: random.Random, **_) -> list[Sheet]:
    h = c.hospital
    s, e = _care_dates(c)
    sh = c.new_sheet()
    W = c.page_w
    f = "mono"
    T(sh, 20, 14, h["name"].upper(), font=f, size=12, bold=True)
    T(sh, 20, 20, f"POLIKLINIEK {c.med['spec'].upper()}", font=f, size=10)
    T(sh, 20, 25, f"{h['street'].upper()} - {h['pc']} {h['city'].upper()}", font=f, size=9)
    T(sh, 20, 38, "BEVESTIGING BEHANDELING EN AFSPRAKEN", font=f, size=12.5, bold=True)
    T(sh, 20, 46, f"PATIENT: {c.p.surname.upper()}, {c.p.given_names.upper()}   GEB.: "
      f"{c.p.birth_date.isoformat()}", font=f, size=10)
    y = P(sh, 20, 56, W - 40, (f"HIERBIJ BEVESTIGEN WIJ DAT PATIENT BIJ ONS WORDT BEHANDELD VOOR: {c.med['dx']}. "
                               f"WIJ KUNNEN EN ZULLEN DE BEHANDELING ({c.med['tx_short']}) GEVEN VAN {s.isoformat()} "
                               f"TOT TEN MINSTE {e.isoformat()}. ").upper() + _payer_phrase(c).upper(),
          font=f, size=10, leading=1.55) + 6
    T(sh, 20, y, "GEPLANDE AFSPRAKEN:", font=f, size=10, bold=True)
    y += 6
    printed = c.sub - dt.timedelta(days=rng.randint(4, 20))
    d = max(s, printed)
    for _ in range(5):
        d = d + dt.timedelta(days=rng.choice([7, 14, 21, 28]))
        T(sh, 24, y, f"- {d.isoformat()}  {rng.randint(8, 15):02d}:{rng.choice(['00', '15', '30', '45'])}  "
          f"{rng.choice(['CONTROLE SPECIALIST', 'BLOEDAFNAME', 'BEHANDELING', 'VERPLEEGKUNDIG SPREEKUUR'])}",
          font=f, size=9.8)
        y += 5.5
    T(sh, 20, y + 6, f"{h['city'].upper()}, {printed.isoformat()}", font=f, size=10)
    nm, sex = _doc(c, "app27")
    sh.signature(20, y + 11, 40, 13, rng, color=BLACK_INK)
    T(sh, 20, y + 26, f"{nm.upper()}, ZORGCOORDINATOR", font=f, size=9.5)
    return [sh]


def care_en_third(c: Case, rng: random.Random, **_) -> list[Sheet]:
    h = c.hospital
    s, e = _care_dates(c)
    sh = c.new_sheet()
    W = c.page_w
    f = "sans2"
    col = h.get("color", NAVY)
    y = _top_third(sh, c, h["name"], ["International Patient Office", f"{h['street']} · {h['pc']} {h['city']}",
                                      h.get("web", "")], col, rng)
    dd = c.sub - dt.timedelta(days=rng.randint(3, 25))
    T(sh, W - 20, y, d_en(dd), font=f, size=10, align="right")
    T(sh, 20, y + 8, "LETTER OF ACCEPTANCE", font=f, size=14, bold=True)
    paras = [f"We confirm that {c.p.given_names} {c.p.surname} (born {d_en(c.p.birth_date)}) has been accepted for "
             f"treatment at our hospital for {c.med.get('dx_en', c.med['dx'])}. Our hospital is able and willing to "
             f"provide the treatment, {c.med.get('tx_en', c.med['tx'])}, from {d_en(s)} until at least {d_en(e)}.",
             _payer_phrase(c, "en"), "Kind regards,"]
    y += 18
    for p_ in paras:
        y = P(sh, 20, y, W - 40, p_, font=f, size=10.5) + 3
    nm, sex = _doc(c, "ipo27")
    when = dt.datetime.combine(dd, dt.time(rng.randint(8, 18), rng.randint(0, 59), rng.randint(0, 59)))
    esign(sh, 20, y + 2, nm, when, "en", font=f, role="Manager, International Patient Office", rng=rng)
    return [sh]


_r("care-verklaring-zorginstelling-labels-links-haarlijnen-28", "care-institution-statement", "nl", care_cells,
   "an institution's statement as a table of cells carrying their labels")
_r("care-bevestiging-afspraken-mono-hoofdletters-iso-datums-28", "care-institution-statement", "nl", care_appointments_caps,
   "a confirmation of treatment and appointments printed in capitals with ISO dates")
_r("care-acceptance-en-voetband-stempel-over-handtekening-28", "care-institution-statement", "en",
   care_en_third, "a hospital's English letter of acceptance under a letterhead a third high, signed digitally")


# =========================================================================== health insurance

def polis_webportal(c: Case, rng: random.Random, **_) -> list[Sheet]:
    ins = c.insurer_nl
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    f = "sans5"
    col = ins.get("color", (0, 100, 140))
    printed = dt.datetime.combine(c.sub - dt.timedelta(days=rng.randint(3, 30)), dt.time(rng.randint(8, 22),
                                                                                       rng.randint(0, 59)))
    # the policy schedule as mailed in January: the insurer's name at the right, the insured's address in the
    # window at the left, printed on the insurer's pale yellow stationery
    sh.rect(0, 0, W, H, width_mm=0, fill=(252, 248, 226))
    T(sh, W - 20, 16, ins["name"], font=f, size=14, bold=True, color=col, align="right")
    T(sh, W - 20, 23, f"UZOVI {ins['uzovi']}", font=f, size=8.5, color=GREY, align="right")
    a = c.p.address
    for i, ln in enumerate([f"{c.p.given_names} {c.p.surname}"] + ([f"{a.street} {a.number}", f"{a.postcode} {a.city}"]
                                                                     if a else [])):
        T(sh, 20, 40 + i * 5, ln, font=f, size=10)
    T(sh, 20, 62, f"Polisblad {c.sub.year}", font=f, size=16, bold=True)
    T(sh, 20, 70, f"Datum: {c.dfmt(printed.date())}", font=f, size=9.5, color=GREY)
    w2 = (W - 40) / 2
    rows = [[("Verzekerde", f"{c.p.given_names} {c.p.surname}", w2), ("Geboortedatum", c.dfmt(c.p.birth_date), w2)],
            [("Polisnummer", _policy_no(c), w2), ("Zorgverzekeraar (UZOVI)", f"{ins['name']} ({ins['uzovi']})", w2)],
            [("Basisverzekering", rng.choice(["Zorg Basis Natura", "Basis Vrije Keuze", "Basis Budget"]), w2),
             ("Ingangsdatum", f"01-01-{c.sub.year}", w2)],
            [("Aanvullend", rng.choice(["Aanvullend Start", "geen", "Aanvullend Plus"]), w2),
             ("Eigen risico", "€ 385", w2)]]
    y = 80
    for row in rows:
        x = 20
        for lab, val, w in row:
            label_cell(sh, x, y, w, 12, lab, val, font=f, vsize=10.5)
            x += w
        y += 12
    P(sh, 20, y + 8, W - 40, "U bent verzekerd voor de zorg uit het basispakket van de Zorgverzekeringswet, ook voor "
      "aandoeningen die al bestonden voordat de verzekering inging. Medisch-specialistische zorg, geneesmiddelen en "
      "ziekenhuisopname vallen onder de dekking.", font=f, size=10, leading=1.45)
    return [sh]


def incoming_caps(c: Case, rng: random.Random, **_) -> list[Sheet]:
    name = _incoming_name(c)
    sh = c.new_sheet()
    W = c.page_w
    f = "sans6"
    T(sh, 20, 14, name.upper(), font=f, size=13, bold=True)
    T(sh, 20, 20.5, "INCOMING ZORGVERZEKERING VOOR BUITENLANDSE INGEZETENEN", font=f, size=8.5, color=GREY)
    T(sh, 20, 34, "VERZEKERINGSBEWIJS / PROOF OF INSURANCE", font=f, size=13, bold=True)
    s = c.sub - dt.timedelta(days=random.Random(c.rng_seed + 6).randint(15, 160))
    e = add_years(s, 1) - dt.timedelta(days=1)
    w2 = (W - 40) / 2
    rows = [[("VERZEKERDE / INSURED", f"{c.p.given_names} {c.p.surname}".upper(), W - 40)],
            [("GEBOREN / BORN", c.dfmt(c.p.birth_date), w2), ("CERTIFICAAT / CERTIFICATE", _policy_no(c, "IC-"), w2)],
            [("INGANG / START", d_nl(s, "dashes"), w2), ("EINDE / END", d_nl(e, "dashes"), w2)],
            [("DEKKING / COVER", "MEDISCHE KOSTEN IN NEDERLAND INCL. BESTAANDE AANDOENINGEN / MEDICAL COSTS IN THE "
              "NETHERLANDS INCL. PRE-EXISTING CONDITIONS", W - 40)],
            [("MAXIMUM", "EUR 1.000.000 PER JAAR / PER YEAR", W - 40)]]
    y = 44
    for row in rows:
        x = 20
        for lab, val, w in row:
            label_cell(sh, x, y, w, 12, lab, val, font=f, vsize=10, bold=True)
            x += w
        y += 12
    T(sh, 20, y + 8, f"AFGEGEVEN OP / ISSUED ON {d_nl(c.sub - dt.timedelta(days=rng.randint(4, 30)), 'dashes')}",
      font=f, size=9.5)
    sh.stamp(120, y + 4, [name.upper()[:24], "AFD. ACCEPTATIE"], rng, shape="rect", size_mm=40,
             color=(40, 60, 150), angle=rng.uniform(-6, 6))
    return [sh]


def intl_venezuela(c: Case, rng: random.Random, **_) -> list[Sheet]:
    ins = c.insurer_intl
    sh = c.new_sheet()
    W = c.page_w
    f = "sans2"
    col = ins.get("color", (130, 30, 60))
    addr = ins.get("addr", "")
    spanish = "Chile" in addr or "Santiago" in addr
    y = _top_third(sh, c, ins["name"], [addr[:70], addr[70:140]] if len(addr) > 70 else [addr], col, rng,
                   kind="shield")
    s = c.sub - dt.timedelta(days=random.Random(c.rng_seed).randint(20, 200))
    e = add_years(s, 1) - dt.timedelta(days=1)
    pol = _policy_no(c, "VE-" if spanish else "")
    if spanish:
        T(sh, 20, y, "CERTIFICADO DE COBERTURA / CERTIFICATE OF COVERAGE", font=f, size=12.5, bold=True)
        y = P(sh, 20, y + 9, W - 40, f"Por medio de la presente certificamos que {c.p.given_names} {c.p.surname}, "
              f"nacido/a el {d_en(c.p.birth_date)}, está amparado/a por la póliza {pol} ({ins.get('plan', '')}) desde "
              f"el {d_en(s)} hasta el {d_en(e)}, con cobertura de hospitalización, consultas, tratamientos "
              f"especializados y medicamentos en los Países Bajos, incluidas las enfermedades preexistentes, hasta "
              f"USD 1.000.000.", font=f, size=10, align="justify") + 4
        y = P(sh, 20, y, W - 40, f"We hereby certify that {c.p.given_names} {c.p.surname}, born {d_en(c.p.birth_date)}, "
              f"is covered under policy {pol} from {d_en(s)} to {d_en(e)} for hospital care, consultations, specialist "
              f"treatment and medicines in the Netherlands, pre-existing conditions included.", font=f, size=10,
              align="justify") + 10
        place = "Santiago"
    else:
        T(sh, 20, y, "CERTIFICATE OF COVERAGE", font=f, size=12.5, bold=True)
        y = P(sh, 20, y + 9, W - 40, f"We hereby certify that {c.p.given_names} {c.p.surname}, born "
              f"{d_en(c.p.birth_date)}, is covered under policy {pol} ({ins.get('plan', '')}) from {d_en(s)} to "
              f"{d_en(e)} for hospital care, consultations, specialist treatment and medicines in the Netherlands, "
              f"pre-existing conditions included.", font=f, size=10, align="justify") + 10
        place = next((x for x in ("Dublin", "Luxembourg", "London", "Miami") if x in addr), "Dublin")
    T(sh, 20, y, f"{place}, {d_en(c.sub - dt.timedelta(days=rng.randint(5, 30)))}", font=f, size=10)
    sh.signature(20, y + 5, 42, 13, rng, color=BLUE_INK)
    T(sh, 20, y + 20, "Gerente de Suscripción / Underwriting Manager" if spanish else "Underwriting Manager", font=f,
      size=9.5)
    sh.stamp(W - 75, y - 2, [ins.get("short", "SEGUROS").upper()[:18], place.upper()[:14]], rng, shape="oval",
             size_mm=32, color=(40, 60, 140))
    return [sh]


_r("polisblad-zorgverzekeraar-tweekoloms-geel-papier-28", "health-insurance", "nl", polis_webportal,
   "a Dutch insurer's policy page printed from its web portal, with the browser's header and footer")
_r("incoming-verzekeringsbewijs-labels-links-haarlijnen-28", "health-insurance", "nl/en", incoming_caps,
   "an incoming insurer's bilingual proof of insurance in capitals, labelled cells")
_r("intl-certificado-chile-carta-voetbriefhoofd-28", "health-insurance", "es/en", intl_venezuela,
   "a Chilean insurer's Spanish/English certificate, the insurer's name and contacts in a band at the foot")


# =========================================================================== civic integration

def duo_diploma_caps(c: Case, rng: random.Random, **_) -> list[Sheet]:
    sh = c.new_sheet()
    W = c.page_w
    f = "serif6"
    col = (0, 70, 140)
    W_, H_ = c.page_w, c.page_h
    for k_, wd in ((10, 1.2), (13, 0.3)):
        sh.rect(k_, k_, W_ - 2 * k_, H_ - 2 * k_, width_mm=wd, color=col)
    for x_ in range(16, int(W_) - 16, 6):
        sh.rule(x_, 16, x_ + 3, 19, width_mm=0.2, color=col)
        sh.rule(x_, H_ - 16, x_ + 3, H_ - 19, width_mm=0.2, color=col)
    crest(sh, W_ / 2 - 9, 26, 18, col, kind="star")
    T(sh, W_ / 2, 47, "Dienst Uitvoering Onderwijs", font=f, size=10, align="center", color=col)
    y = 58
    T(sh, W / 2, y + 6, "DIPLOMA INBURGERING", font=f, size=24, bold=True, align="center")
    p = c.p
    T(sh, W / 2, y + 26, f"{p.given_names} {p.surname}".upper(), font=f, size=17, bold=True, align="center")
    T(sh, W / 2, y + 36, f"geboren op {d_nl(p.birth_date)} te {p.birth_place}", font=f, size=11, align="center")
    P(sh, 35, y + 48, W - 70, "heeft het inburgeringsexamen op taalniveau B1 en het onderdeel Kennis van de "
      "Nederlandse Maatschappij met goed gevolg afgelegd en heeft daarmee voldaan aan de inburgeringsplicht.", font=f,
      size=11.5, leading=1.5, align="center")
    dd = _inb_date(c, rng)
    r = random.Random(seed_of("dip27", c.rng_seed))
    T(sh, 30, y + 86, f"Groningen, {d_nl(dd)}", font=f, size=10.5)
    sh.signature(W - 90, y + 82, 46, 14, rng, color=BLACK_INK)
    T(sh, W - 30, y + 100, "namens de minister", font=f, size=9, color=GREY, align="right")
    T(sh, 30, y + 100, f"Diplomanummer {r.randint(10000000, 99999999)}", font="sans6", size=9)
    sh.stamp(W / 2 - 15, y + 80, ["DUO", "INBURGERING", "GRONINGEN"], rng, shape="round", size_mm=30, color=col)
    for x_ in (W / 2 - 8, W / 2 + 2):
        sh.rule(x_ + 4, y + 108, x_ + (0 if x_ < W / 2 else 8), y + 128, width_mm=3.2, color=(170, 30, 40))
    return [sh]


def duo_exemption_webprint(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """DUO's exemption decision as a posted letter, kept folded in three: the DUO logo at the top left, the
    addressee in the window, the references in a right column, copied yellowed with the fold shadows."""
    from .twentyeighth_identity import sheet_of, yellowed
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    f = "sans4"
    p = c.p
    dd = _inb_date(c, rng)
    sh.rect(18, 14, 16, 16, width_mm=0, fill=(0, 70, 140))
    T(sh, 26, 19, "duo", font=f, size=11, bold=True, color=(255, 255, 255), align="center")
    T(sh, 38, 17, "Dienst Uitvoering Onderwijs", font=f, size=9, color=(0, 70, 140))
    T(sh, 38, 21.5, "Ministerie van Onderwijs, Cultuur en Wetenschap", font=f, size=7.5, color=GREY)
    a = p.address
    for i, ln in enumerate([f"{title_nl(p).capitalize()} {p.given_names} {p.surname}"] +
                           ([f"{a.street} {a.number}", f"{a.postcode} {a.city}"] if a else [])):
        T(sh, 20, 50 + i * 5, ln, font=f, size=10)
    r = random.Random(seed_of("ont28", c.rng_seed))
    for i, (k_, v_) in enumerate((("Datum", d_nl(dd)), ("Kenmerk", f"ONT-{r.randint(1000000, 9999999)}"),
                                  ("Onderwerp", "Besluit ontheffing"), ("Inlichtingen", "050 599 96 00"))):
        T(sh, 140, 46 + i * 9, k_, font=f, size=7.5, color=GREY)
        T(sh, 140, 49.5 + i * 9, v_, font=f, size=9.5)
    y = 96
    for para in (f"Geachte {title_nl(p)} {p.surname},",
                 "U heeft ontheffing van de inburgeringsplicht gevraagd om medische redenen. Uit het onderzoek door "
                 "de arts die wij hebben ingeschakeld blijkt dat u door een lichamelijke of psychische beperking "
                 "blijvend niet in staat bent het inburgeringsexamen te halen.",
                 "Besluit: u krijgt ontheffing van de inburgeringsplicht. U hoeft geen inburgeringsexamen te doen.",
                 "Bent u het niet eens met dit besluit? Dan kunt u binnen 6 weken bezwaar maken.",
                 "Met vriendelijke groet,\nDienst Uitvoering Onderwijs"):
        y = P(sh, 20, y, W - 40, para, font=f, size=10.5) + 3
    img = yellowed(sh.render(200), rng, folds=2, strength=0.5)
    return [c.intr(sheet_of(img, W, H)) if False else sheet_of(img, W, H)]


def duo_results_cells(c: Case, rng: random.Random, *, failed: bool = False, **_) -> list[Sheet]:
    sh = c.new_sheet()
    W = c.page_w
    f = "sans6"
    p = c.p
    dd = _inb_date(c, rng)
    T(sh, 20, 14, "DUO · Inburgeringsexamen", font=f, size=13, bold=True, color=(0, 70, 140))
    T(sh, 20, 28, "Uitslag van uw examens", font=f, size=15, bold=True)
    w2 = (W - 40) / 2
    label_cell(sh, 20, 38, w2, 12, "Naam", f"{p.given_names} {p.surname}", font=f)
    label_cell(sh, 20 + w2, 38, w2, 12, "Geboortedatum", c.dfmt(p.birth_date), font=f)
    parts = ["Lezen", "Luisteren", "Schrijven", "Spreken", "Kennis van de Nederlandse Maatschappij"]
    bad = random.Random(seed_of("fail27", c.rng_seed)).randrange(4) if failed else -1
    y = 58
    d = dd - dt.timedelta(days=120)
    for k, part in enumerate(parts):
        d = d + dt.timedelta(days=rng.randint(5, 25))
        sh.rect(20, y, W - 40, 15, width_mm=0.3, color=(180, 180, 180))
        sh.rect(20, y, 4, 15, width_mm=0, fill=(190, 40, 40) if k == bad else (40, 140, 70))
        T(sh, 28, y + 2, part, font=f, size=10.5, bold=True)
        T(sh, 28, y + 8.5, f"Examendatum {d_nl(d, 'dashes')}", font=f, size=8.5, color=GREY)
        T(sh, W - 24, y + 5, "niet gehaald" if k == bad else "gehaald", font=f, size=10.5, bold=(k == bad),
          align="right")
        y += 18
    msg = ("U heeft nog niet alle onderdelen gehaald. U kunt zich opnieuw aanmelden voor het onderdeel dat u niet "
           "heeft gehaald." if failed else "U heeft alle onderdelen gehaald. Uw diploma ontvangt u binnen 6 weken.")
    P(sh, 20, y + 8, W - 40, msg, font=f, size=10.5)
    T(sh, 20, y + 24, f"Overzicht van {d_nl(dd)}", font=f, size=9, color=GREY)
    return [sh]


_r("duo-diploma-oorkonde-sierrand-linten-28", "civic-integration", "nl", duo_diploma_caps,
   "DUO diploma under a logo block a third of the page high, the name in capitals")
_r("duo-ontheffing-brief-vouwlijnen-geel-papier-28", "civic-integration", "nl", duo_exemption_webprint,
   "DUO exemption decision printed from Mijn DUO in the browser")
_r("duo-uitslag-kaart-per-onderdeel-kolombalk-28", "civic-integration", "nl", duo_results_cells,
   "DUO results overview in cells carrying their labels")


# =========================================================================== other

def cover_third(c: Case, rng: random.Random, *, enclosures: list[str] | None = None, **_) -> list[Sheet]:
    from .ind import LAWYERS
    lw = c.lawyer or LAWYERS[0]
    sh = c.new_sheet()
    W = c.page_w
    f = "serif4"
    col = rng.choice([(30, 60, 100), (100, 30, 40), (40, 90, 60)])
    y = _top_third(sh, c, lw["firm"], ["advocaten · vreemdelingenrecht", f"{lw['street']} · {lw['pc']} {lw['city']}",
                                       f"T {lw['tel']} · {lw['mail']}"], col, rng, kind="shield")
    addr = IND_ADDRESSES[rng.randrange(len(IND_ADDRESSES))].split("\n")
    for i, ln in enumerate(addr):
        T(sh, 20, y + i * 5, ln, font=f, size=10.5)
    dd = c.sub - dt.timedelta(days=rng.randint(0, 3))
    T(sh, W - 20, y, f"{lw['city']}, {d_nl(dd)}", font=f, size=10.5, align="right")
    y += 20
    T(sh, 20, y, f"Betreft: {c.p.surname.upper()}, {c.p.given_names} – V-nummer {c.vnr}", font=f, size=10.5, bold=True)
    y += 9
    paras = ["Geachte heer, mevrouw,",
             f"Namens mijn cliënt{'e' if c.p.sex == 'F' else ''} dien ik een aanvraag in voor {PROC_NL[c.procedure]}. "
             f"Het ingevulde formulier en de stukken gaan hierbij."]
    if c.procedure == "ind-medical-treatment" and c.art64_end:
        paras.append(f"Aan cliënt was uitstel van vertrek op grond van artikel 64 Vw verleend tot en met "
                     f"{d_nl(c.art64_end)}.")
    if c.procedure == "ind-hnt-continued" and c.since:
        paras.append(f"Cliënt verblijft sinds {d_nl(c.since)} rechtmatig in Nederland "
                     f"({dict(ROUTES_7027).get(c.route, '').replace('na verblijf ', '')}).")
    if c.no_passport:
        paras.append("Cliënt beschikt niet over een geldig paspoort en vraagt vrijstelling van het paspoortvereiste. "
                     + " ".join(EXEMPTION_TEXT[i] for i in c.exemption_shown))
    if c.suriname_visa:
        paras.append("Cliënt heeft de Surinaamse nationaliteit en reisde in met een mvv voor medische behandeling; een "
                     "kopie van de mvv is bijgevoegd.")
    for p_ in paras:
        y = P(sh, 20, y, W - 40, p_, font=f, size=10.5) + 3
    if enclosures:
        T(sh, 20, y + 1, "Bijlagen", font=f, size=10.5, bold=True)
        y += 6.5
        for k_, e in enumerate(enclosures, 1):
            T(sh, 23, y, f"{k_}.", font=f, size=10)
            T(sh, 30, y, e[:80], font=f, size=10)
            y += 5
        y += 3
    T(sh, 20, y + 2, "Met vriendelijke groet,", font=f, size=10.5)
    when = dt.datetime.combine(dd, dt.time(rng.randint(8, 19), rng.randint(0, 59), rng.randint(0, 59)))
    name = (c.lawyer_name or "mr. A. de Groot").replace("mr. ", "")
    if rng.random() < 0.5:
        esign(sh, 20, y + 9, name, when, "nl", font="sans4", role="advocaat", rng=rng)
    else:
        T(sh, 20, y + 20, c.lawyer_name or "mr. A. de Groot", font=f, size=10.5)
        sh.signature(14, y + 8, 50, 17, rng, color=rng.choice([BLUE_INK, BLACK_INK]))
    return [c.intr(sh)]


def _ind_head(sh: Sheet, c: Case, dd: dt.date, subject: str) -> float:
    W = c.page_w
    f = "sans6"
    crest(sh, W / 2 - 6, 8, 12, NAVY, kind="shield")
    T(sh, W / 2, 22, "Immigratie- en Naturalisatiedienst", font=f, size=11, bold=True, align="center", color=NAVY)
    T(sh, W / 2, 27.5, "Ministerie van Asiel en Migratie", font=f, size=8, align="center", color=GREY)
    r = random.Random(seed_of("ind27", c.rng_seed))
    p = c.p
    y = 40
    for ln in (f"{title_nl(p).capitalize()} {p.given_names} {p.surname}",
               *((f"{p.address.street} {p.address.number}", f"{p.address.postcode} {p.address.city}")
                 if p.address else ())):
        T(sh, 25, y, ln, font=f, size=10)
        y += 5
    for i, (a, b) in enumerate((("Datum", d_nl(dd)), ("V-nummer", c.vnr), ("Ons kenmerk", str(r.randint(1000000,
                                                                                                     9999999))))):
        T(sh, 145, 38 + i * 9, a, font=f, size=7.5, color=GREY)
        T(sh, 145, 41.5 + i * 9, b, font=f, size=9.5)
    T(sh, 25, 76, subject, font=f, size=11, bold=True)
    return 86


def art64_decision(c: Case, rng: random.Random, **_) -> list[Sheet]:
    end = c.art64_end or (c.since - dt.timedelta(days=1) if c.since else c.sub + dt.timedelta(days=10))
    start = add_years(end, -1) + dt.timedelta(days=1)
    dd = start + dt.timedelta(days=rng.randint(3, 25))
    sh = c.new_sheet()
    y = _ind_head(sh, c, dd, "Besluit op uw aanvraag om uitstel van vertrek (artikel 64 Vreemdelingenwet)")
    for para in (f"Geachte {title_nl(c.p)} {c.p.surname},",
                 "Het Bureau Medische Advisering heeft geadviseerd dat u op dit moment om medische redenen niet kunt "
                 "reizen. U krijgt daarom uitstel van vertrek.",
                 f"Het uitstel van vertrek geldt van {d_nl(start)} tot en met {d_nl(end)}.",
                 "Met vriendelijke groet,\nde minister van Asiel en Migratie,\nnamens deze,\nde Immigratie- en "
                 "Naturalisatiedienst"):
        y = P(sh, 25, y, c.page_w - 50, para, size=10.5) + 4
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
    y = _ind_head(sh, c, dd, "Besluit: u krijgt een verblijfsvergunning")
    for para in (f"Geachte {title_nl(c.p)} {c.p.surname},",
                 f"Wij hebben uw aanvraag ingewilligd. U krijgt een verblijfsvergunning regulier voor bepaalde tijd "
                 f"met het verblijfsdoel '{purpose}'.",
                 f"De vergunning geldt van {d_nl(since)} tot en met "
                 f"{d_nl(add_years(since, 1 if 'medisch' in purpose else 5) - dt.timedelta(days=1))}.",
                 "Met vriendelijke groet,\nde Immigratie- en Naturalisatiedienst"):
        y = P(sh, 25, y, c.page_w - 50, para, size=10.5) + 4
    return [c.intr(sh)]


def mvv_photo(c: Case, rng: random.Random, **_) -> list[Sheet]:
    page = Sheet(125, 88)
    page.rect(0, 0, 125, 88, width_mm=0, fill=(240, 238, 230))
    vx, vy, w, h = 6, 6, 113, 76
    page.rect(vx, vy, w, h, width_mm=0.2, fill=(222, 238, 228))
    page.text(vx + 3, vy + 3, "VISUM · NEDERLAND · MVV", font="sans6", size_pt=8, bold=True, color=(0, 80, 60))
    start = c.sub - dt.timedelta(days=rng.randint(150, 200))
    end = start + dt.timedelta(days=rng.randint(85, 90))
    pno = c.passport_no or f"R{rng.randint(1000000, 9999999)}"
    rows = [("GELDIG VOOR", "SCHENGEN + NL"), ("VAN", start.strftime("%d-%m-%y")), ("TOT", end.strftime("%d-%m-%y")),
            ("SOORT VISUM", "D"), ("PASPOORTNUMMER", pno),
            ("NAAM", f"{c.p.surname.upper()}, {c.p.given_names.upper()}"[:34]), ("OPMERKINGEN", "MVV – MEDISCHE "
                                                                                                 "BEHANDELING")]
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
    from PIL import ImageOps
    from .twentyeighth_identity import toner_streak
    img = ImageOps.grayscale(page.render(150)).convert("RGB")
    sh = c.new_sheet()
    wmm = 150.0
    sh.image(30, 40, wmm, wmm * img.height / img.width, img)
    T(sh, 30, 40 + wmm * img.height / img.width + 6, "kopie mvv-sticker uit paspoort", font="sans4", size=9,
      color=GREY)
    return [sh]


_r("cover-letter-voetband-briefhoofd-genummerde-bijlagen-stempel-28", "other", "nl", cover_third,
   "Dutch lawyer's cover letter under a letterhead a third high, bulleted enclosures, digital or wet signature")
_r("art64-decision-ind-kenmerken-rechterkolom-28", "other", "nl", art64_decision,
   "IND art. 64 decision with the references in labelled cells")
_r("permit-letter-ind-kenmerken-rechterkolom-28", "other", "nl", permit_decision,
   "IND permit decision with the references in labelled cells")
_r("mvv-sticker-sur-150dpi-grijs-tonerstreep-28", "other", "nl", mvv_photo,
   "the MVV sticker page photographed with the camera's date imprint")
