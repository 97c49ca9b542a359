"""IND families of the `twentyseventh` part (registered in ind.FAMILIES).

Written after dev, heldout and the parts fresh to twentysixth had been read, by a writer who saw neither the
validator nor its output.  Application forms in a 2027 edition whose sections are numbered in large pale figures in a
shaded left column, the questions lettered a, b, c with the answer after a colon, the options as '[X] ja  [ ] nee'
when typed and circled by hand when filled in by hand in block capitals; the V-number in the footer beside 'pagina
n/N'.  An employer's payslip under a letterhead a third of the page high, the data in cells that carry their
labels; a guarantor's declaration typed in capitals with a scribble across the typed name; an employer's statement as a
bulleted list with the HR manager's digital signature.  A treating specialist's statement with bulleted findings and a
scribble across the name; a consultant's English letter with a digital signature block.  An institution's statement
as a table of labelled cells; an appointments confirmation printed in capitals with ISO dates; a hospital's English
letter of acceptance under a letterhead a third high, signed digitally.  A Dutch insurer's policy page printed from its
web portal; an incoming insurer's certificate in capitals; a Venezuelan insurer's certificate in Spanish and English
under a letterhead a third high (on US Letter in this part's A4 defect).  DUO's diploma with the name in capitals under
a logo block; an exemption decision printed from Mijn DUO in the browser; a results overview in labelled cells.  A
Dutch lawyer's cover letter under a letterhead a third high with the enclosures as bullets and a digital signature;
the IND's decisions with a reference table of labelled cells; the MVV sticker page photographed with the camera's
date imprint.
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
from .twentyseventh_identity import (camera_photo, crest, d_roman, date_imprint, esign, fit, glyphs, label_cell, wrap)

PART = "twentyseventh"
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
    """A letterhead that takes the upper third of the page: a tinted block, a large emblem, the name and contacts."""
    W = c.page_w
    h = c.page_h / 3.2
    sh.rect(0, 0, W, h, width_mm=0, fill=tuple(int(255 - (255 - v) * 0.1) for v in col))
    # the emblem and the name start below the top strip, where the office writes or stamps the V-number
    crest(sh, 22, 24, h - 34, col, kind=kind)
    x = 22 + h - 34 + 10
    T(sh, x, 28, name, size=fit(name, "sans6", 18, W - x - 15, True), bold=True, color=col)
    for i, ln in enumerate(lines):
        T(sh, x, 39 + i * 5, ln, size=9, color=(70, 70, 70))
    sh.rule(0, h, W, h, width_mm=0.6, color=col)
    return h + 8


# =========================================================================== application forms

class _Form:
    def __init__(self, c: Case, rng: random.Random, title: str, code: str):
        self.c, self.rng, self.title, self.code = c, rng, title, code
        self.hand = c.fill == "hand"
        self.ink = rng.choice([BLUE_INK, BLACK_INK])
        self.hf = "blockcaps" if rng.random() < 0.7 else rng.choice(["hand1", "hand4"])
        self.f = rng.choice(["sans6", "sans2", "condensed"])
        self.pages: list[Sheet] = []
        self.sec = 0
        self.q = 0
        self.y = 0.0
        self.new()

    def new(self):
        c = self.c
        sh = c.new_sheet()
        W = c.page_w
        sh.rect(10, 10, 22, c.page_h - 34, width_mm=0, fill=PALE)
        T(sh, 36, 12, "Immigratie- en Naturalisatiedienst", font=self.f, size=9, bold=True, color=NAVY)
        T(sh, W - 15, 12, self.code, font=self.f, size=8, color=GREY, align="right")
        sh.rule(36, 18, W - 15, 18, width_mm=0.4, color=NAVY)
        if not self.pages:
            self.y = P(sh, 36, 23, W - 55, self.title, font=self.f, size=14, leading=1.2) + 5
        else:
            self.y = 26
        self.pages.append(c.intr(sh))

    def need(self, h: float):
        if self.y + h > self.c.page_h - 32:
            self.new()

    def section(self, title: str):
        self.need(26)
        self.sec += 1
        self.q = 0
        sh = self.pages[-1]
        T(sh, 21, self.y - 3, str(self.sec), font="sans3", size=30, bold=True, color=(190, 196, 210), align="center")
        T(sh, 36, self.y, title, font=self.f, size=11.5, bold=True, color=NAVY)
        self.y += 8

    def _letter(self) -> str:
        self.q += 1
        return "abcdefghijklmnop"[self.q - 1] + "."

    def ask(self, label: str, value: str | None):
        W = self.c.page_w
        sh = self.pages[-1]
        lab = f"{self._letter()} {label}:"
        lw = text_width_mm(lab, self.f, 9.5) + 3
        if self.hand:
            v = glyphs(str(value or ""), self.hf).upper() if self.hf == "blockcaps" else glyphs(str(value or ""),
                                                                                               self.hf)
            rows = wrap(v, (W - 20 - 40 - lw) * 0.82, self.hf, 11.5) if v else [""]
        else:
            rows = wrap(str(value or ""), W - 20 - 40 - lw, "typewriter3", 10) if value else [""]
        self.need(7 * len(rows) + 2)
        sh = self.pages[-1]
        T(sh, 36, self.y, lab, font=self.f, size=9.5)
        x = 36 + lw
        for r in rows:
            sh.rule(x, self.y + 4.8, W - 15, self.y + 4.8, width_mm=0.12, color=(160, 160, 160), dash=0.5)
            if r:
                if self.hand:
                    sh.handwriting(x + 1, self.y - 1.6, r, self.rng, size_pt=11.5, color=self.ink, font=self.hf)
                else:
                    T(sh, x + 1, self.y + 0.2, r, font="typewriter3", size=10)
            self.y += 7
        self.y += 1.5

    def choose(self, label: str, options: list[str], chosen: int | None):
        self.need(10)
        sh = self.pages[-1]
        lab = f"{self._letter()} {label}"
        T(sh, 36, self.y, lab, font=self.f, size=9.5)
        self.y += 5.2
        x = 40
        for i, o in enumerate(options):
            if self.hand:
                w = T(sh, x, self.y, f"○ {o}", font="sans3", size=9.5)
                if chosen == i:
                    img = Image.new("RGBA", (400, 120), (0, 0, 0, 0))
                    d = ImageDraw.Draw(img)
                    j = self.rng.uniform(-6, 6)
                    d.ellipse([8, 10 + j, 392, 110 - j], outline=self.ink + (255,), width=9)
                    sh.image(x - 2.5, self.y - 1.6, w + 5, 7.2, img, blend="multiply")
            else:
                w = T(sh, x, self.y, f"[{'X' if chosen == i else ' '}] {o}", font="typewriter3", size=10)
            x += w + 10
        self.y += 8

    def sign(self):
        c = self.c
        self.need(48)
        self.section("Ondertekening")
        P(self.pages[-1], 36, self.y, c.page_w - 55, "Ik verklaar dat ik dit formulier naar waarheid en volledig heb "
          "ingevuld.", font=self.f, size=9.5)
        self.y += 8
        d0 = c.sub - dt.timedelta(days=self.rng.randint(1, 9))
        place = c.p.address.city if c.p.address else "Utrecht"
        self.ask("Plaats en datum", f"{place}, {d_roman(d0) if self.hand and self.rng.random() < 0.5 else c.dfmt(d0)}")
        sh = self.pages[-1]
        lw = T(sh, 36, self.y, f"{self._letter()} Handtekening aanvrager:", font=self.f, size=9.5)
        bx = 36 + lw + 4
        sh.rect(bx, self.y - 1, 80, 22, width_mm=0.3)
        sh.signature(bx + 6, self.y + 2, self.rng.uniform(42, 60), 16, self.rng, color=self.ink)
        self.y += 26

    def finish(self) -> list[Sheet]:
        n = len(self.pages)
        W, H = self.c.page_w, self.c.page_h
        for i, sh in enumerate(self.pages, 1):
            sh.rule(36, H - 20, W - 15, H - 20, width_mm=0.2, color=NAVY)
            T(sh, 36, H - 17, "V-nummer:", font=self.f, size=9)
            if self.hand:
                sh.handwriting(56, H - 19.2, self.c.vnr, self.rng, size_pt=12, color=self.ink, font="hand1")
            else:
                T(sh, 56, H - 17, self.c.vnr, font="typewriter3", size=10)
            T(sh, W - 15, H - 17, f"pagina {i}/{n}", font=self.f, size=8.5, align="right", color=GREY)
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
              "MED · editie 2027")
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
              "7027 · editie 2027")
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
    f = _Form(c, rng, "Aanvraag verlenging verblijfsvergunning regulier bepaalde tijd", "VERL · editie 2027")
    _person(f)
    f.section("Uw verblijfsvergunning")
    r = random.Random(c.rng_seed + 27)
    f.ask("Verblijfsdoel", GENERIC_PURPOSES[r.randrange(len(GENERIC_PURPOSES))])
    f.ask("Einddatum huidige vergunning", c.dfmt(c.sub + dt.timedelta(days=r.randint(25, 85))))
    f.choose("Voldoet u nog aan de voorwaarden?", ["ja", "nee"], 0)
    f.sign()
    return f.finish()


_r("ind-form-med-sectiecijfers-grijze-kolom-letters-vnr-voet-27", "application", "nl", form_med,
   "medical-treatment form, section numbers large in a pale left column, lettered questions, V-number in the footer")
_r("ind-form-7027-sectiecijfers-grijze-kolom-letters-vnr-voet-27", "application", "nl", form_7027,
   "form 7027 in the same layout")
_r("ind-form-generic-sectiecijfers-grijze-kolom-letters-vnr-voet-27", "application", "nl", form_generic,
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
    T(sh, 18, c.page_h - 22, "Deze loonstrook is automatisch aangemaakt en zonder handtekening geldig.", size=7.5,
      color=GREY)
    return [sh]


def guarantor_caps(c: Case, rng: random.Random, **_) -> list[Sheet]:
    F = _guarantor_facts(c)
    g, e = F["g"], F["e"]
    sh = c.new_sheet()
    W = c.page_w
    f = "typewriter3"
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
        y = P(sh, 20, y, W - 40, t.upper(), font=f, size=10.5, leading=1.6, align="left") + 4
    T(sh, 20, y + 14, f"{g.given_names} {g.surname}".upper(), font=f, size=10.5)
    sh.signature(14 + rng.uniform(0, 8), y + 4, rng.uniform(46, 60), 18, rng, color=rng.choice([BLUE_INK, BLACK_INK]))
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
    for it in items:
        T(sh, 24, y, "•", font=f, size=10.5)
        y = P(sh, 30, y, W - 50, it, font=f, size=10.5) + 1.5
    y = P(sh, 20, y + 4, W - 40, "Deze verklaring is naar waarheid opgesteld.", font=f, size=10.5) + 8
    nm, sex = _doc(c, "hr27")
    when = dt.datetime.combine(dd, dt.time(rng.randint(9, 17), rng.randint(0, 59), rng.randint(0, 59)))
    esign(sh, 20, y, nm, when, "nl", font=f, role="HR-manager")
    return [sh]


_r("payslip-werkgever-logo-bovenderde-labels-in-cellen-27", "income-proof", "nl", payslip_third,
   "payslip under a letterhead a third of the page high, the data in cells carrying their labels")
_r("guarantor-verklaring-getypt-hoofdletters-krabbel-over-naam-27", "income-proof", "nl", guarantor_caps,
   "guarantor's declaration typed in capitals, the signature a scribble across the typed name")
_r("employer-werkgeversverklaring-opsommingstekens-digitale-handtekening-27", "income-proof", "nl", employer_bullets,
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
    for head, items in (("Diagnose", [c.med["dx"] + "."]),
                        ("Behandeling", [c.med["tx"] + ".", f"In behandeling sinds {d_nl(start)}."]),
                        ("Duur en noodzaak", [duration_phrase(c.duration, start), c.med["stop"]]),
                        ("Land van herkomst", [_not_available(c)])):
        T(sh, 20, y, head, font=f, size=10.5, bold=True, color=col)
        y += 6
        for it in items:
            T(sh, 23, y, "•", font=f, size=10.5)
            y = P(sh, 28, y, W - 48, it, font=f, size=10.3) + 1
        y += 3
    nm, sex = _doc(c, "spec27")
    T(sh, 20, y + 14, f"dr. {nm}", font=f, size=10.5)
    T(sh, 20, y + 19, c.med.get("doc_title", "medisch specialist"), font=f, size=9.5, color=GREY)
    sh.signature(13 + rng.uniform(0, 8), y + 6, rng.uniform(46, 60), 18, rng, color=BLUE_INK)
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
    esign(sh, 20, y + 2, nm, when, "en", font=f, role=c.med.get("doc_en", "consultant"))
    return [sh]


_r("medstat-behandelaar-verklaring-opsommingstekens-krabbel-over-naam-27", "medical-statement", "nl", medstat_bullets,
   "treating specialist's statement with bulleted findings, the signature a scribble across the typed name")
_r("medstat-en-consultant-letter-digitale-handtekening-27", "medical-statement", "en", medstat_en_esigned,
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
    f = "typewriter3"
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
    esign(sh, 20, y + 2, nm, when, "en", font=f, role="Manager, International Patient Office")
    return [sh]


_r("care-verklaring-zorginstelling-tabel-labels-in-cellen-27", "care-institution-statement", "nl", care_cells,
   "an institution's statement as a table of cells carrying their labels")
_r("care-bevestiging-afspraken-hoofdletters-iso-datums-27", "care-institution-statement", "nl", care_appointments_caps,
   "a confirmation of treatment and appointments printed in capitals with ISO dates")
_r("care-acceptance-en-briefhoofd-bovenderde-digitale-handtekening-27", "care-institution-statement", "en",
   care_en_third, "a hospital's English letter of acceptance under a letterhead a third high, signed digitally")


# =========================================================================== health insurance

def polis_webportal(c: Case, rng: random.Random, **_) -> list[Sheet]:
    ins = c.insurer_nl
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    f = "sans2"
    col = ins.get("color", (0, 100, 140))
    printed = dt.datetime.combine(c.sub - dt.timedelta(days=rng.randint(3, 30)), dt.time(rng.randint(8, 22),
                                                                                       rng.randint(0, 59)))
    T(sh, 8, 5, printed.strftime("%d-%m-%Y %H:%M"), font="sans", size=7.5)
    T(sh, W / 2, 5, f"Mijn {ins['short']} – Polis", font="sans", size=7.5, align="center")
    slug = ins["short"].lower().replace(" ", "")
    T(sh, 8, H - 8, f"https://mijn.{slug}.nl/polis/overzicht", font="sans", size=7.5)
    T(sh, W - 8, H - 8, "1/1", font="sans", size=7.5, align="right")
    sh.rect(15, 20, W - 30, 16, width_mm=0, fill=col)
    T(sh, 20, 24.5, f"Mijn {ins['short']}", font=f, size=14, bold=True, color=(255, 255, 255))
    T(sh, W - 20, 26, "Polis · Declaraties · Berichten · Uitloggen", font=f, size=8.5, color=(235, 240, 245),
      align="right")
    T(sh, 20, 44, "Uw polis", font=f, size=17, bold=True)
    T(sh, 20, 52, f"Welkom, {c.p.given_names} {c.p.surname}", font=f, size=10, color=GREY)
    w2 = (W - 40) / 2
    rows = [[("Verzekerde", f"{c.p.given_names} {c.p.surname}", w2), ("Geboortedatum", c.dfmt(c.p.birth_date), w2)],
            [("Polisnummer", _policy_no(c), w2), ("Zorgverzekeraar (UZOVI)", f"{ins['name']} ({ins['uzovi']})", w2)],
            [("Basisverzekering", rng.choice(["Zorg Basis Natura", "Basis Vrije Keuze", "Basis Budget"]), w2),
             ("Ingangsdatum", f"01-01-{c.sub.year}", w2)],
            [("Aanvullend", rng.choice(["Aanvullend Start", "geen", "Aanvullend Plus"]), w2),
             ("Eigen risico", "€ 385", w2)]]
    y = 60
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
    spanish = "Venezuela" in addr or "Caracas" in addr
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
        place = "Caracas"
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


_r("polisblad-zorgverzekeraar-webportaal-afdruk-url-kop-voet-27", "health-insurance", "nl", polis_webportal,
   "a Dutch insurer's policy page printed from its web portal, with the browser's header and footer")
_r("incoming-verzekeringsbewijs-hoofdletters-labels-in-cellen-27", "health-insurance", "nl/en", incoming_caps,
   "an incoming insurer's bilingual proof of insurance in capitals, labelled cells")
_r("intl-certificado-venezuela-carta-logo-bovenderde-27", "health-insurance", "es/en", intl_venezuela,
   "a Venezuelan insurer's Spanish/English certificate under a letterhead a third high")


# =========================================================================== civic integration

def duo_diploma_caps(c: Case, rng: random.Random, **_) -> list[Sheet]:
    sh = c.new_sheet()
    W = c.page_w
    f = "serif6"
    col = (0, 70, 140)
    y = _top_third(sh, c, "Dienst Uitvoering Onderwijs", ["DUO · Inburgering", "Ministerie van Onderwijs, Cultuur "
                                                          "en Wetenschap"], col, rng, kind="star")
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
    return [sh]


def duo_exemption_webprint(c: Case, rng: random.Random, **_) -> list[Sheet]:
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    f = "sans2"
    p = c.p
    dd = _inb_date(c, rng)
    printed = dt.datetime.combine(min(dd + dt.timedelta(days=rng.randint(10, 200)), c.sub - dt.timedelta(days=3)),
                                  dt.time(rng.randint(8, 22), rng.randint(0, 59)))
    T(sh, 8, 5, printed.strftime("%d-%m-%Y %H:%M"), font="sans", size=7.5)
    T(sh, W / 2, 5, "Mijn DUO – Berichten – Besluit ontheffing", font="sans", size=7.5, align="center")
    T(sh, 8, H - 8, "https://mijn.duo.nl/inburgering/berichten/besluit", font="sans", size=7.5)
    T(sh, W - 8, H - 8, "1/1", font="sans", size=7.5, align="right")
    sh.rect(15, 20, W - 30, 14, width_mm=0, fill=(0, 70, 140))
    T(sh, 20, 23.5, "Mijn DUO", font=f, size=14, bold=True, color=(255, 255, 255))
    T(sh, W - 20, 25, f"Ingelogd als {p.given_names} {p.surname}", font=f, size=8.5, color=(220, 230, 240),
      align="right")
    r = random.Random(seed_of("ont27", c.rng_seed))
    T(sh, 20, 42, "Besluit: ontheffing van de inburgeringsplicht", font=f, size=15, bold=True)
    T(sh, 20, 50, f"Datum besluit {d_nl(dd)} · kenmerk ONT-{r.randint(1000000, 9999999)}", font=f, size=9,
      color=GREY)
    y = 60
    for para in (f"Beste {p.given_names} {p.surname},",
                 "U heeft ontheffing van de inburgeringsplicht gevraagd om medische redenen. Uit het onderzoek door "
                 "de arts die wij hebben ingeschakeld blijkt dat u door een lichamelijke of psychische beperking "
                 "blijvend niet in staat bent het inburgeringsexamen te halen.",
                 "Ons besluit: u krijgt ontheffing van de inburgeringsplicht. U hoeft geen inburgeringsexamen te doen.",
                 "Bent u het niet eens met dit besluit? Dan kunt u binnen 6 weken bezwaar maken.",
                 "Met vriendelijke groet,\nDienst Uitvoering Onderwijs"):
        y = P(sh, 20, y, W - 40, para, font=f, size=10.5) + 3
    return [sh]


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
        label_cell(sh, 20, y, 80, 12, "Examenonderdeel", part, font=f, vsize=10)
        label_cell(sh, 100, y, 40, 12, "Examendatum", d_nl(d, "dashes"), font=f, vsize=10)
        label_cell(sh, 140, y, W - 160, 12, "Uitslag", "niet gehaald" if k == bad else "gehaald", font=f, vsize=10,
                   bold=(k == bad))
        y += 12
    msg = ("U heeft nog niet alle onderdelen gehaald. U kunt zich opnieuw aanmelden voor het onderdeel dat u niet "
           "heeft gehaald." if failed else "U heeft alle onderdelen gehaald. Uw diploma ontvangt u binnen 6 weken.")
    P(sh, 20, y + 8, W - 40, msg, font=f, size=10.5)
    T(sh, 20, y + 24, f"Overzicht van {d_nl(dd)}", font=f, size=9, color=GREY)
    return [sh]


_r("duo-diploma-logo-bovenderde-hoofdletters-naam-27", "civic-integration", "nl", duo_diploma_caps,
   "DUO diploma under a logo block a third of the page high, the name in capitals")
_r("duo-ontheffing-webprint-url-kop-voet-27", "civic-integration", "nl", duo_exemption_webprint,
   "DUO exemption decision printed from Mijn DUO in the browser")
_r("duo-uitslag-tabel-labels-in-cellen-27", "civic-integration", "nl", duo_results_cells,
   "DUO results overview in cells carrying their labels")


# =========================================================================== other

def cover_third(c: Case, rng: random.Random, *, enclosures: list[str] | None = None, **_) -> list[Sheet]:
    from .ind import LAWYERS
    lw = c.lawyer or LAWYERS[0]
    sh = c.new_sheet()
    W = c.page_w
    f = "serif6"
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
        for e in enclosures:
            T(sh, 23, y, "•", font=f, size=10)
            T(sh, 28, y, e[:80], font=f, size=10)
            y += 5
        y += 3
    T(sh, 20, y + 2, "Met vriendelijke groet,", font=f, size=10.5)
    when = dt.datetime.combine(dd, dt.time(rng.randint(8, 19), rng.randint(0, 59), rng.randint(0, 59)))
    name = (c.lawyer_name or "mr. A. de Groot").replace("mr. ", "")
    if rng.random() < 0.5:
        esign(sh, 20, y + 9, name, when, "nl", font="sans2", role="advocaat")
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
    w3 = (W - 50) / 3
    for i, (a, b) in enumerate((("Datum", d_nl(dd)), ("V-nummer", c.vnr), ("Ons kenmerk", str(r.randint(1000000,
                                                                                                     9999999))))):
        label_cell(sh, 25 + i * w3, 62, w3, 11, a, b, font=f, vsize=10)
    T(sh, 25, 82, subject, font=f, size=11, bold=True)
    return 92


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
    img = camera_photo(page, rng, dpi=260, bg=(120, 90, 60), margin=0.12, tilt=0.03)
    img = date_imprint(img, dt.datetime.combine(c.sub - dt.timedelta(days=rng.randint(3, 30)), dt.time(10, 0)))
    sh = c.new_sheet()
    wmm = 170.0
    sh.image(20, 30, wmm, wmm * img.height / img.width, img)
    return [sh]


_r("cover-letter-briefhoofd-bovenderde-bijlagen-opsomming-digitale-handtekening-27", "other", "nl", cover_third,
   "Dutch lawyer's cover letter under a letterhead a third high, bulleted enclosures, digital or wet signature")
_r("art64-decision-ind-kenmerkentabel-gelabelde-cellen-27", "other", "nl", art64_decision,
   "IND art. 64 decision with the references in labelled cells")
_r("permit-letter-ind-kenmerkentabel-gelabelde-cellen-27", "other", "nl", permit_decision,
   "IND permit decision with the references in labelled cells")
_r("mvv-sticker-sur-telefoonfoto-datumstempel-27", "other", "nl", mvv_photo,
   "the MVV sticker page photographed with the camera's date imprint")
