"""IND families of the `thirtieth` part (registered in ind.FAMILIES).

Written after dev, heldout and the parts fresh to twentyninth had been read, by a writer who saw neither the
validator nor its output, from the seeds and how such papers look in Dutch files.  Each family's layout, wording
and copy habits are described in its registration note and, where it has one, its docstring (the part is read
blind, so they are not summarised here).
"""
from __future__ import annotations

import datetime as dt
import random

from .ind import (BLACK_INK, BLUE_INK, EXEMPTION_TEXT, GENERIC_PURPOSES, GREY, IND_ADDRESSES, PROC_NL, ROUTES_7027,
                  Case, _care_dates, _emp, _guarantor_facts, _inb_date, _incoming_name, _mrz_check, _mrz_name,
                  _not_available, _payer_phrase, _policy_no, _treat_start, add_years, country_nl, d_en,
                  d_nl, duration_phrase, earner, eur, nat_nl, pay_calc, seed_of, title_nl)
from .paper import Sheet
from .people import make_professional
from .thirtieth_identity import crumpled, lid_light, rubber_band
from .twentyeighth_identity import crest, fit, glyphs, qr, sheet_of, wrap

PART = "thirtieth"
NAVY = (22, 44, 92)
PLUM = (96, 40, 86)


def T(sh: Sheet, x, y, s, *, font="sans4", size=10.0, bold=False, color=(0, 0, 0), align="left",
      italic=False) -> float:
    if not s:
        return 0.0
    return sh.text(x, y, s, font=font, size_pt=size, bold=bold, color=color, anchor=align, italic=italic)


def P(sh: Sheet, x, y, w, s, *, font="sans4", size=10.5, leading=1.42, align="left", bold=False,
      italic=False) -> float:
    return sh.paragraph(x, y, w, s, font=font, size_pt=size, leading=leading, align=align, bold=bold, italic=italic)


def _r(id_, type_, lang, fn, notes):
    from .ind import _reg
    _reg(id_, type_, PART, lang, fn, notes)


def _person_name(c: Case, key: str, country: str = "NL") -> str:
    r = random.Random(seed_of(key, c.rng_seed))
    g, s, _ = make_professional(r, country)
    return f"{g} {s}"


# =========================================================================== application forms

class _Form:
    """IND form in a 2030 print: every part opens with a full-width navy bar 'Deel n  Title' in white; the
    questions are numbered n.m in a narrow left gutter, each answered on an underline that follows the question on
    the same line (or on the next line when the question is long); options are round radio buttons (filled when
    typed, crossed through by hand); 'V-nummer' with its value in a small framed box at the top right of every
    page; the form's code and 'i/n' in the footer; the signature BESIDE its label on the last line."""

    def __init__(self, c: Case, rng: random.Random, title: str, code: str):
        self.c, self.rng, self.title, self.code = c, rng, title, code
        self.hand = c.fill == "hand"
        self.ink = rng.choice([BLUE_INK, BLACK_INK])
        self.hf = rng.choice(["hand1", "hand2", "hand4"])
        self.f = rng.choice(["sans4", "sans2", "serif2"])
        self.af = rng.choice(["typewriter2", "mono"])
        self.pages: list[Sheet] = []
        self.part = 0
        self.q = 0
        self.y = 0.0
        self.new()

    def new(self):
        c = self.c
        sh = c.new_sheet()
        W = c.page_w
        T(sh, 18, 12, "IND", font=self.f, size=15, bold=True, color=NAVY)
        T(sh, 34, 12.5, "Immigratie- en Naturalisatiedienst", font=self.f, size=8, color=GREY)
        T(sh, 34, 16.2, "Ministerie van Asiel en Migratie", font=self.f, size=7, color=GREY)
        sh.rect(W - 62, 10, 44, 11, width_mm=0.3, color=NAVY)
        T(sh, W - 60, 10.8, "V-nummer", font=self.f, size=6.5, color=GREY)
        if not self.pages:
            self.y = P(sh, 18, 28, W - 36, self.title, font=self.f, size=14.5, leading=1.25, bold=True) + 2
            self.y = P(sh, 18, self.y, W - 36, "Vul dit formulier in met blokletters of op de computer. Stuur "
                       "kopieën van uw documenten mee, enkelzijdig en op A4.", font=self.f, size=8.5) + 5
        else:
            self.y = 28
        self.pages.append(c.intr(sh))

    def need(self, h: float):
        if self.y + h > self.c.page_h - 22:
            self.new()

    def part_bar(self, title: str):
        self.need(26)
        self.part += 1
        self.q = 0
        sh = self.pages[-1]
        W = self.c.page_w
        sh.rect(18, self.y, W - 36, 8, width_mm=0, fill=NAVY)
        T(sh, 21, self.y + 1.6, f"Deel {self.part}", font=self.f, size=10, bold=True, color=(255, 255, 255))
        T(sh, 42, self.y + 1.6, title, font=self.f, size=10, color=(255, 255, 255))
        self.y += 12

    def _val(self, sh, x, y, w, v):
        if self.hand:
            v = glyphs(str(v).upper(), self.hf)
            sh.handwriting(x + 1, y - 1.6, v, self.rng, size_pt=fit(v, self.hf, 11.5, w * 0.8), color=self.ink,
                           font=self.hf)
        else:
            T(sh, x + 1, y, v, font=self.af, size=fit(v, self.af, 10, w - 2))

    def ask(self, label: str, value: str | None):
        W = self.c.page_w
        self.q += 1
        sh = self.pages[-1]
        lab = f"{label}"
        lw = sh.text_width(lab, font=self.f, size_pt=9.4)
        v = str(value or "")
        inline = lw < 70 and (len(v) < 48)
        self.need(8 if inline else 14)
        sh = self.pages[-1]
        T(sh, 18, self.y, f"{self.part}.{self.q}", font=self.f, size=8.5, color=GREY)
        if inline:
            T(sh, 28, self.y, lab, font=self.f, size=9.4)
            x = 28 + max(lw + 3, 62)
            sh.rule(x, self.y + 4.6, W - 18, self.y + 4.6, width_mm=0.15, color=(120, 120, 120))
            if v:
                self._val(sh, x, self.y, W - 18 - x, v)
            self.y += 7.6
            return
        for i, lb in enumerate(wrap(lab, W - 46, self.f, 9.4)):
            T(sh, 28, self.y, lb, font=self.f, size=9.4)
            self.y += 4.6
        rows = wrap(v, (W - 48) * (0.78 if self.hand else 0.97), self.hf if self.hand else self.af,
                    11.5 if self.hand else 10) or [""]
        for r in rows:
            self.need(7)
            sh = self.pages[-1]
            sh.rule(28, self.y + 5.2, W - 18, self.y + 5.2, width_mm=0.15, color=(120, 120, 120))
            if r:
                self._val(sh, 28, self.y + 0.6, W - 48, r)
            self.y += 7
        self.y += 1.5

    def choose(self, label: str, options: list[str], chosen: int | None):
        W = self.c.page_w
        self.q += 1
        labs = wrap(label, W - 46, self.f, 9.4)
        self.need(4.6 * len(labs) + 8)
        sh = self.pages[-1]
        T(sh, 18, self.y, f"{self.part}.{self.q}", font=self.f, size=8.5, color=GREY)
        for lb in labs:
            T(sh, 28, self.y, lb, font=self.f, size=9.4)
            self.y += 4.6
        x = 30
        for i, o in enumerate(options):
            on = chosen == i
            T(sh, x, self.y - 0.6, "●" if (on and not self.hand) else "○", font="sans3", size=11)
            if on and self.hand:
                sh.handwriting(x - 0.6, self.y - 2.4, "x", self.rng, size_pt=13, color=self.ink, font="hand4")
            x += sh.text_width(o, font=self.f, size_pt=9.4) + 16
            T(sh, x - sh.text_width(o, font=self.f, size_pt=9.4) - 10, self.y, o, font=self.f, size=9.4)
        self.y += 8

    def sign(self):
        c = self.c
        self.need(48)
        self.part_bar("Ondertekening")
        W = c.page_w
        P(self.pages[-1], 28, self.y, W - 46, "Ik verklaar dat ik dit formulier volledig en naar waarheid heb "
          "ingevuld. Ik weet dat de IND mijn gegevens kan controleren.", font=self.f, size=9.2)
        self.y += 11
        d0 = c.sub - dt.timedelta(days=self.rng.randint(1, 10))
        place = c.p.address.city if c.p.address else "Utrecht"
        self.ask("Plaats", place)
        self.ask("Datum", c.dfmt(d0))
        sh = self.pages[-1]
        w = T(sh, 28, self.y + 4, "Handtekening:", font=self.f, size=9.4)
        sh.signature(30 + w + 4, self.y - 2, self.rng.uniform(44, 60), 17, self.rng, color=self.ink)
        sh.rule(30 + w + 2, self.y + 14, W - 18, self.y + 14, width_mm=0.15, color=(120, 120, 120))
        self.y += 20

    def finish(self) -> list[Sheet]:
        n = len(self.pages)
        W, H = self.c.page_w, self.c.page_h
        for i, sh in enumerate(self.pages, 1):
            if self.hand:
                sh.handwriting(W - 58, 13.6, self.c.vnr, self.rng, size_pt=11, color=self.ink, font=self.hf)
            else:
                T(sh, W - 60, 15, self.c.vnr, font=self.af, size=9.5)
            T(sh, 18, H - 12, f"{self.code}  ·  versie 2030-01", font=self.f, size=7.5, color=GREY)
            T(sh, W - 18, H - 12, f"{i}/{n}", font=self.f, size=7.5, color=GREY, align="right")
        return self.pages


def _person(f: _Form):
    c, p = f.c, f.c.p
    f.part_bar("Uw persoonsgegevens")
    f.ask("Achternaam", p.surname)
    f.ask("Voornamen (voluit)", p.given_names)
    f.ask("Geboortedatum", c.dfmt(p.birth_date))
    f.ask("Geboorteplaats en -land", f"{p.birth_place}, {country_nl(p)}")
    f.ask("Nationaliteit", nat_nl(p))
    f.choose("Geslacht", ["man", "vrouw", "onbekend"], 0 if p.sex == "M" else 1)
    if p.address:
        f.ask("Woonadres in Nederland", f"{p.address.street} {p.address.number}, {p.address.postcode} "
              f"{p.address.city}")
    if c.lawyer:
        f.ask("Naam en kantoor van uw advocaat of gemachtigde", f"{c.lawyer_name}, {c.lawyer['firm']}")


def form_med(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _Form(c, rng, "Aanvraag verblijfsvergunning voor medische behandeling", "M30 MED")
    _person(f)
    f.part_bar("Uw behandeling in Nederland")
    f.ask("Bij welke zorginstelling wordt u behandeld?", f"{c.hospital.get('name', '')} te {c.hospital.get('city', '')}")
    f.ask("Welke behandeling krijgt u?", c.med.get("tx_short", ""))
    f.choose("Heeft u 1 jaar of langer uitstel van vertrek gehad op grond van artikel 64 van de Vreemdelingenwet?",
             ["ja", "nee"], 0 if c.art64_end else 1)
    if c.art64_end:
        f.ask("Einddatum van het uitstel van vertrek", c.dfmt(c.art64_end))
    f.choose("Wie betaalt uw verblijf en de behandeling?", ["ik zelf en mijn zorgverzekering",
                                                            "een garantsteller"], 1 if c.payer else 0)
    f.part_bar("Uw paspoort")
    f.choose("Heeft u een geldig paspoort of ander reisdocument?", ["ja, kopie bijgevoegd",
                                                                   "nee, ik vraag vrijstelling"],
             1 if c.no_passport else 0)
    f.choose("Bent u Surinamer en in Nederland met een visum voor medische behandeling?", ["ja", "nee"],
             0 if c.suriname_visa else 1)
    f.sign()
    return f.finish()


def form_7027(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _Form(c, rng, "Aanvraag verblijfsvergunning voor onbepaalde tijd – humanitair, voortgezet verblijf",
              "7027 M30")
    _person(f)
    f.part_bar("Uw huidige verblijfsvergunning")
    keys = [k for k, _ in ROUTES_7027]
    f.ask("Met welk verblijfsdoel heeft u nu een vergunning?",
          dict(ROUTES_7027).get(c.route, "").replace("na verblijf ", "verblijf "))
    f.ask("Sinds wanneer heeft u deze vergunning?", c.dfmt(c.since) if c.since else "")
    if c.route == "relationship":
        f.choose("Heeft u voldaan aan de inburgeringsplicht?", ["ja, diploma", "ontheffing / vrijstelling", "nee"],
                 0 if c.inburgering in ("diploma", "results") else (1 if c.inburgering == "exemption" else 2))
    if c.route and c.route.startswith("medical"):
        f.choose("Is uw medische behandeling nog minstens 1 jaar nodig?", ["ja", "nee"], 0)
    _ = keys
    f.sign()
    return f.finish()


def form_generic(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _Form(c, rng, "Aanvraag verlenging verblijfsvergunning regulier", "VERL M30")
    _person(f)
    f.part_bar("Uw verblijfsvergunning")
    r = random.Random(c.rng_seed + 30)
    f.ask("Verblijfsdoel", GENERIC_PURPOSES[r.randrange(len(GENERIC_PURPOSES))])
    f.ask("Geldig tot", c.dfmt(c.sub + dt.timedelta(days=r.randint(20, 90))))
    f.choose("Voldoet u nog aan alle voorwaarden?", ["ja", "nee"], 0)
    f.sign()
    return f.finish()


_r("ind-form-med-navy-deelbalk-vraagnummers-goot-antwoord-op-lijn-30", "application", "nl", form_med,
   "medical-treatment form: navy part bars, questions numbered in a gutter, answers on an underline, V-number box")
_r("ind-form-7027-navy-deelbalk-vraagnummers-goot-antwoord-op-lijn-30", "application", "nl", form_7027,
   "form 7027 in the same layout")
_r("ind-form-generic-navy-deelbalk-vraagnummers-goot-antwoord-op-lijn-30", "application", "nl", form_generic,
   "extension form in the same layout")


# =========================================================================== income

_MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"]


def payslip_strip(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A payslip printed by the employer's own package on the top third of the sheet (the rest of the A4 left
    blank, as from a perforated form): a dark strip with the period, the employee's data in a row of small labelled
    cells, earnings and deductions in two columns side by side, net pay in a box at the right; folded and the fold
    shadows copied."""
    g = earner(c)
    e = _emp(c, rng)
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    sh = c.new_sheet()
    W = c.page_w
    f = "sans2"
    month = (c.sub.month - 2) % 12 + 1
    sh.rect(18, 16, W - 36, 9, width_mm=0, fill=(50, 50, 60))
    T(sh, 20, 17.8, f"LOONSTROOK  {_MONTHS[month - 1].upper()} {c.sub.year}", font=f, size=11, bold=True,
      color=(255, 255, 255))
    T(sh, W - 20, 18.4, e["name"], font=f, size=9, color=(230, 230, 230), align="right")
    cells = [("Naam", f"{g.surname}, {g.given_names}"), ("Geb.datum", c.dfmt(g.birth_date)),
             ("Pers.nr", e["pnr"]), ("Functie", e["func_now"]), ("In dienst", c.dfmt(e["start"])),
             ("Loonheffingennr.", e["lhn"])]
    cw = (W - 36) / 3
    for i, (a, b) in enumerate(cells):
        x, y = 18 + (i % 3) * cw, 28 + (i // 3) * 11
        sh.rect(x, y, cw, 11, width_mm=0.2, color=(150, 150, 150))
        T(sh, x + 1.5, y + 0.8, a, font=f, size=6.8, color=GREY)
        T(sh, x + 1.5, y + 4.6, b, font=f, size=fit(b, f, 9.5, cw - 3))
    y = 54
    half = (W - 40) / 2
    T(sh, 18, y, "Inkomsten", font=f, size=9.5, bold=True)
    T(sh, 22 + half, y, "Inhoudingen", font=f, size=9.5, bold=True)
    y += 6
    left = [("Salaris", k["bruto"]), ("Reiskostenvergoeding", k["reis"])]
    right = [("Pensioenpremie", k["pens"]), ("Loonheffing", k["lh"])]
    for i in range(2):
        for j, rows in enumerate((left, right)):
            a, b = rows[i]
            if not b:
                continue
            x = 18 + j * (half + 4)
            T(sh, x, y + i * 5.5, a, font=f, size=9.3)
            T(sh, x + half - 2, y + i * 5.5, eur(b, False), font=f, size=9.3, align="right")
    sh.rect(W - 70, y + 14, 52, 12, width_mm=0.5)
    T(sh, W - 68, y + 15, "Netto uit te betalen", font=f, size=7.5, color=GREY)
    T(sh, W - 20, y + 19.5, eur(k["net"]), font=f, size=11, bold=True, align="right")
    T(sh, 18, y + 20, f"Overgemaakt op {e['iban']}", font=f, size=8.5, color=GREY)
    sh.rule(10, 99, W - 10, 99, width_mm=0.15, color=(190, 190, 190), dash=0.8)
    img = sh.render(200)
    from PIL import ImageDraw
    d = ImageDraw.Draw(img, "RGBA")
    for frac in (1 / 3, 2 / 3):
        yy = int(img.height * frac)
        for i in range(9):
            d.line([(0, yy + i), (img.width, yy + i)], fill=(60, 60, 60, max(0, 34 - i * 4)))
    return [sheet_of(img, c.page_w, c.page_h)]


def guarantor_letter(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The guarantor's own handwritten letter on lined pad paper: 'Aan de IND', the statement that he or she will
    pay for the stay and treatment, income and employer written in, signed at the foot with the name printed
    under the signature, a copy of the guarantor's payslip announced."""
    F = _guarantor_facts(c)
    g, e = F["g"], F["e"]
    sh = c.new_sheet(paper_kind="cream")
    W, H = c.page_w, c.page_h
    for k in range(34, int(H) - 12, 9):
        sh.rule(14, k, W - 14, k, width_mm=0.12, color=(170, 190, 215))
    hf = rng.choice(["hand1", "hand2", "hand4"])
    ink = rng.choice([BLUE_INK, BLACK_INK])
    a = g.address or c.p.address
    body = (f"Hierbij verklaar ik, {g.given_names} {g.surname}, geboren {c.dfmt(g.birth_date)}, dat ik garant sta "
            f"voor alle kosten van verblijf en medische behandeling van mijn {c.payer_relation or 'familielid'} "
            f"{c.p.given_names} {c.p.surname}, geboren {c.dfmt(c.p.birth_date)}. Ik werk sinds {c.dfmt(e['start'])} "
            f"bij {e['name']} en verdien netto {eur(F['net'])} per maand. Een loonstrook is bijgevoegd.")
    lines = [f"{g.given_names} {g.surname}",
             f"{a.street} {a.number}" if a else "", f"{a.postcode} {a.city}" if a else "", "",
             f"{a.city if a else 'Rotterdam'}, {c.dfmt(c.sub - dt.timedelta(days=rng.randint(5, 28)))}", "",
             "Aan de IND,", ""] + wrap(glyphs(body, hf), (W - 40) * 0.78, hf, 12) + ["", "Met vriendelijke groet,"]
    y = 26
    for ln in lines:
        if ln:
            sh.handwriting(20, y + 1.5, glyphs(ln, hf), rng, size_pt=12, color=ink, font=hf)
        y += 9
    sh.signature(20, y, rng.uniform(40, 52), 15, rng, color=ink)
    sh.handwriting(20, y + 17, glyphs(f"({g.given_names} {g.surname})", hf), rng, size_pt=11, color=ink, font=hf)
    return [sh]


def employer_statement(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An employer's statement on the company's letterhead: a logo square and the name at the top left, the
    statement as a form with the questions at the left and the typed answers right-aligned in a column, the HR
    manager's signature and the company stamp at the foot, the chamber of commerce number in the footer."""
    g = earner(c)
    e = _emp(c, rng)
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    f = "sans6"
    col = rng.choice([(0, 100, 120), (140, 60, 20), (60, 60, 140)])
    sh.rect(18, 14, 12, 12, width_mm=0, fill=col)
    T(sh, 34, 15, e["name"], font=f, size=13, bold=True, color=col)
    T(sh, 34, 21, f"{e.get('street', '')}, {e.get('pc', '')} {e.get('city', '')}", font=f, size=8.5, color=GREY)
    T(sh, 18, 42, "Werkgeversverklaring", font=f, size=15, bold=True)
    rows = [("Naam werknemer", f"{g.given_names} {g.surname}"), ("Geboortedatum", c.dfmt(g.birth_date)),
            ("Functie", e["func_now"]), ("In dienst sinds", c.dfmt(e["start"])),
            ("Soort contract", rng.choice(["onbepaalde tijd", "bepaalde tijd tot " + c.dfmt(add_years(c.sub, 1))])),
            ("Gemiddelde arbeidsduur", f"{rng.choice([32, 36, 38, 40])} uur per week"),
            ("Bruto maandloon (excl. vakantiegeld)", eur(k["bruto"])),
            ("Loonbeslag of schuldsanering", "nee"),
            ("Proeftijd verstreken", "ja")]
    y = 56
    for a, b in rows:
        T(sh, 18, y, a, font=f, size=10)
        sh.rule(18, y + 5.4, W - 18, y + 5.4, width_mm=0.1, color=(200, 200, 200))
        T(sh, W - 18, y, b, font=f, size=10, bold=True, align="right")
        y += 8.5
    y = P(sh, 18, y + 6, W - 36, "Ondergetekende verklaart dat deze gegevens volledig en naar waarheid zijn "
          "ingevuld.", font=f, size=10) + 8
    T(sh, 18, y, f"{e.get('city', '')}, {c.dfmt(c.sub - dt.timedelta(days=rng.randint(5, 30)))}", font=f, size=10)
    nm = _person_name(c, "hr30")
    sh.signature(18, y + 5, 44, 15, rng, color=BLUE_INK)
    T(sh, 18, y + 22, f"{nm}, HR-manager", font=f, size=10)
    sh.stamp(80, y + 4, [e["name"].upper()[:26], e.get("city", "").upper()], rng, shape="rect", size_mm=38,
             color=(40, 62, 165), angle=rng.uniform(-6, 6))
    T(sh, W / 2, H - 16, f"KvK {e['kvk']} · Loonheffingennummer {e['lhn']}", font=f, size=7.5, color=GREY,
      align="center")
    return [sh]


_r("payslip-eigen-pakket-bovenste-derde-twee-kolommen-vouwen-30", "income-proof", "nl", payslip_strip,
   "payslip on the top third of the sheet, earnings and deductions side by side, net in a box, folded")
_r("guarantor-brief-handgeschreven-gelinieerd-blok-30", "income-proof", "nl", guarantor_letter,
   "the guarantor's own handwritten letter on a lined pad")
_r("werkgeversverklaring-briefhoofd-antwoorden-rechts-uitgelijnd-30", "income-proof", "nl", employer_statement,
   "an employer's statement on letterhead with the answers right-aligned")


# =========================================================================== medical statements

def medstat_nl(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The treating specialist's statement for the IND on a hospital letterhead with the logo text and the
    hospital's name at the top right and the department's contact column at the left margin; the body as
    questions the lawyer put (in bold) each followed by the doctor's answer; signed at the end with the name and
    BIG number typed under the signature, no label."""
    h = c.hospital
    start = _treat_start(c)
    sh = c.new_sheet()
    W = c.page_w
    f = rng.choice(["serif4", "sans2", "serif2"])
    col = h.get("color", NAVY)
    crest(sh, W - 34, 10, 14, col, kind="ring")
    T(sh, W - 38, 12, h["name"], font=f, size=12, bold=True, color=col, align="right")
    T(sh, W - 38, 18, f"{h['street']}, {h['pc']} {h['city']}", font=f, size=8, color=GREY, align="right")
    T(sh, 18, 34, f"Afdeling {c.med['spec']}", font=f, size=8.5, color=col)
    T(sh, 18, 38.5, f"T {h.get('tel', '088')}-{rng.randint(100, 999)} {rng.randint(1000, 9999)}", font=f, size=8,
      color=GREY)
    dd = c.sub - dt.timedelta(days=rng.randint(5, 30))
    T(sh, 18, 50, f"{h['city']}, {d_nl(dd)}", font=f, size=10.5)
    T(sh, 18, 58, "Medische verklaring ten behoeve van de IND", font=f, size=13, bold=True)
    T(sh, 18, 65, f"Betreft: {c.p.given_names} {c.p.surname}, geboren {c.dfmt(c.p.birth_date)}", font=f, size=10.5)
    qa = [("Wat is de diagnose?", c.med["dx"] + "."),
          ("Welke behandeling is nodig en sinds wanneer?", f"{c.med['tx']}; in behandeling sinds {d_nl(start)}."),
          ("Wat gebeurt er als de behandeling stopt?", c.med["stop"]),
          ("Hoe lang is de behandeling nog nodig?", duration_phrase(c.duration, start)),
          ("Is de behandeling in het land van herkomst beschikbaar?", _not_available(c))]
    y = 76
    for q, a in qa:
        y = P(sh, 18, y, W - 36, q, font=f, size=10.5, bold=True) + 0.5
        y = P(sh, 18, y, W - 36, a, font=f, size=10.5) + 3.5
    nm = _person_name(c, "spec30")
    sh.signature(18 + rng.uniform(0, 8), y + 2, rng.uniform(40, 54), 16, rng, color=BLUE_INK)
    T(sh, 18, y + 20, f"dr. {nm}, {c.med.get('doc_title', 'medisch specialist')}", font=f, size=10.5)
    T(sh, 18, y + 25, f"BIG-nummer {rng.randint(10**10, 10**11 - 1)}", font=f, size=9, color=GREY)
    return [sh]


def medstat_en(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A consultant's English letter printed from the hospital's patient portal: the portal's grey header line
    with the print date, the letter in a sans face with the patient's identifiers in a right-aligned block, the
    consultant's name under a printed 'electronically signed' note and, in ink, a signature the doctor added
    beside it before scanning."""
    h = c.hospital
    start = _treat_start(c)
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    f = "sans3"
    dd = c.sub - dt.timedelta(days=rng.randint(5, 30))
    T(sh, 14, 8, f"Mijn{h.get('short', 'Zkh')} – patiëntenportaal – afgedrukt {dd.strftime('%d-%m-%Y')}", font=f,
      size=7, color=GREY)
    sh.rule(14, 12, W - 14, 12, width_mm=0.15, color=(180, 180, 180))
    T(sh, 20, 20, h["name"], font=f, size=12.5, bold=True)
    T(sh, 20, 26, f"Department of {c.med.get('spec_en', 'Internal Medicine')}", font=f, size=9.5, color=GREY)
    for i, ln in enumerate((f"Patient: {c.p.given_names} {c.p.surname}", f"Date of birth: {d_en(c.p.birth_date)}",
                            f"Date: {d_en(dd)}")):
        T(sh, W - 20, 36 + i * 5, ln, font=f, size=9.5, align="right")
    paras = ["To the Immigration and Naturalisation Service,",
             f"The above patient has been treated at our department since {d_en(start)} for "
             f"{c.med.get('dx_en', c.med['dx'])}.",
             f"Current treatment: {c.med.get('tx_en', c.med['tx'])}. {c.med.get('stop_en', '')}",
             duration_phrase(c.duration, start, "en"), _not_available(c, "en"), "Sincerely,"]
    y = 58
    for p_ in paras:
        y = P(sh, 20, y, W - 40, p_, font=f, size=10) + 3
    nm = _person_name(c, "en30")
    T(sh, 20, y + 2, "Electronically signed", font=f, size=7.5, color=GREY, italic=False)
    sh.signature(70, y - 2, rng.uniform(36, 46), 14, rng, color=BLUE_INK)
    T(sh, 20, y + 7, f"Dr {nm}, {c.med.get('doc_en', 'consultant')}", font=f, size=10)
    T(sh, W / 2, H - 12, "Page 1 of 1", font=f, size=7.5, color=GREY, align="center")
    return [sh]


_r("medstat-specialist-vraag-antwoord-bold-vragen-big-onder-30", "medical-statement", "nl", medstat_nl,
   "the specialist's statement as the lawyer's questions in bold each with the answer, BIG number under the name")
_r("medstat-en-consultant-portaalprint-handtekening-naast-esign-30", "medical-statement", "en", medstat_en,
   "an English consultant's letter printed from the patient portal, signed in ink beside the e-signature note")


# =========================================================================== care-institution statements

def care_nl(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A hospital's 'Verklaring zorginstelling' as a letter from the outpatient planning office, with the key
    facts in a two-column box with a plum left border (patient, treatment, planned from, planned until), the
    agreement to treat in one sentence in bold, the planner's signature BELOW her name and role."""
    h = c.hospital
    s, e = _care_dates(c)
    sh = c.new_sheet()
    W = c.page_w
    f = "sans4"
    T(sh, 18, 14, h["name"], font=f, size=13, bold=True, color=PLUM)
    T(sh, 18, 20, "Polikliniek – Planning en Zorgadministratie", font=f, size=9, color=GREY)
    dd = c.sub - dt.timedelta(days=rng.randint(4, 28))
    T(sh, W - 18, 34, f"{h['city']}, {d_nl(dd)}", font=f, size=10, align="right")
    T(sh, 18, 44, "Verklaring zorginstelling", font=f, size=14, bold=True)
    sh.rect(18, 54, 2.2, 34, width_mm=0, fill=PLUM)
    rows = [("Patiënt", f"{c.p.given_names} {c.p.surname} ({c.dfmt(c.p.birth_date)})"), ("Behandeling",
                                                                                          c.med["tx_short"]),
            ("Gepland vanaf", d_nl(s)), ("Gepland tot ten minste", d_nl(e))]
    for i, (a, b) in enumerate(rows):
        T(sh, 24, 56 + i * 8, a, font=f, size=9, color=GREY)
        T(sh, 70, 56 + i * 8, b, font=f, size=fit(b, f, 10.5, W - 90))
    y = P(sh, 18, 96, W - 36, f"{h['name']} kan en zal de bovengenoemde behandeling van {c.med['dx']} bieden.",
          font=f, size=10.5, bold=True) + 3
    y = P(sh, 18, y, W - 36, _payer_phrase(c), font=f, size=10.5) + 3
    y = P(sh, 18, y, W - 36, "Deze verklaring is afgegeven op verzoek van de advocaat van patiënt, ten behoeve van "
          "de aanvraag bij de IND.", font=f, size=10.5) + 8
    nm = _person_name(c, "care30")
    T(sh, 18, y, nm, font=f, size=10.5)
    T(sh, 18, y + 5, "planner zorgadministratie", font=f, size=9, color=GREY)
    sh.signature(18, y + 10, 42, 14, rng, color=rng.choice([BLUE_INK, BLACK_INK]))
    return [sh]


def care_en(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An English 'letter of acceptance for treatment' from the hospital's international patient desk, typed in a
    serif on a page with a thin navy frame; the dates in bold inside the sentence; the hospital's round stamp
    pressed over the end of the signature."""
    h = c.hospital
    s, e = _care_dates(c)
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    f = "serif"
    sh.rect(12, 12, W - 24, H - 24, width_mm=0.4, color=NAVY)
    T(sh, W / 2, 20, h["name"].upper(), font=f, size=12.5, bold=True, align="center", color=NAVY)
    T(sh, W / 2, 26, "International Patient Desk", font=f, size=9.5, align="center")
    dd = c.sub - dt.timedelta(days=rng.randint(3, 25))
    T(sh, 22, 40, d_en(dd), font=f, size=10.5)
    T(sh, 22, 50, "LETTER OF ACCEPTANCE FOR TREATMENT", font=f, size=12, bold=True)
    paras = [f"We hereby confirm that {c.p.given_names} {c.p.surname}, born {d_en(c.p.birth_date)}, has been "
             f"accepted for {c.med.get('tx_en', c.med['tx'])} at our hospital, from {d_en(s)} until at least "
             f"{d_en(e)}.",
             f"Our hospital is able and willing to provide this treatment for {c.med.get('dx_en', c.med['dx'])}.",
             _payer_phrase(c, "en"), "Yours sincerely,"]
    y = 60
    for p_ in paras:
        y = P(sh, 22, y, W - 44, p_, font=f, size=10.5) + 3
    nm = _person_name(c, "ipd30")
    sh.signature(22, y + 1, 46, 15, rng, color=BLUE_INK)
    sh.stamp(48, y - 2, [h["name"].upper()[:26], "INTERNATIONAL DESK"], rng, shape="round", size_mm=26,
             color=(40, 62, 165), angle=rng.uniform(-15, 15))
    T(sh, 22, y + 18, f"{nm}, coordinator", font=f, size=10.5)
    return [sh]


_r("care-verklaring-poliplanning-kader-paarse-rand-handtekening-onder-naam-30", "care-institution-statement", "nl",
   care_nl, "a hospital planning office's statement, key facts in a box with a plum border, signed under the name")
_r("care-letter-of-acceptance-en-dun-kader-stempel-over-handtekening-30", "care-institution-statement", "en",
   care_en, "an English letter of acceptance in a thin frame, stamp over the signature")


# =========================================================================== health insurance

def polisblad_mail(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A Dutch insurer's 'zorgpas en polis' letter: the insurer's name in its colour under a thin top rule, the
    insured in a window at the left, the policy as a table of 'verzekering – ingangsdatum – premie' rows, the
    health-insurance card printed at the lower right with rounded look."""
    ins = c.insurer_nl
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    f = "sans6"
    col = ins.get("color", (0, 100, 140))
    sh.rect(0, 0, W, 3, width_mm=0, fill=col)
    T(sh, 18, 12, ins["name"], font=f, size=14, bold=True, color=col)
    T(sh, 18, 19, ins.get("post", ""), font=f, size=8, color=GREY)
    a = c.p.address
    for i, ln in enumerate([f"{title_nl(c.p).capitalize()} {c.p.given_names} {c.p.surname}"] +
                           ([f"{a.street} {a.number}", f"{a.postcode} {a.city}"] if a else [])):
        T(sh, 22, 46 + i * 5, ln, font=f, size=10)
    T(sh, 18, 74, f"Uw polis {c.sub.year}", font=f, size=13, bold=True)
    T(sh, 18, 81, f"Polisnummer {_policy_no(c)} · geboren {c.dfmt(c.p.birth_date)}", font=f, size=9.5)
    y = 90
    sh.rect(18, y, W - 36, 7, width_mm=0, fill=(236, 236, 236))
    for x, t in ((20, "Verzekering"), (110, "Ingangsdatum"), (W - 20, "Premie p.m.")):
        T(sh, x, y + 1.5, t, font=f, size=9, bold=True, align="right" if x > 150 else "left")
    y += 8
    for it, pr in ((rng.choice(["Basisverzekering Natura", "Basis Zorgvrij"]), rng.uniform(138, 158)),
                   (rng.choice(["Aanvullend Start", "AV Top", "Tand Basis"]), rng.uniform(9, 38))):
        T(sh, 20, y, it, font=f, size=10)
        T(sh, 110, y, f"01-01-{c.sub.year}", font=f, size=10)
        T(sh, W - 20, y, eur(pr), font=f, size=10, align="right")
        y += 6.5
    P(sh, 18, y + 4, W - 36, "Uw basisverzekering vergoedt medisch-specialistische zorg, ziekenhuisopname en "
      "geneesmiddelen volgens de polisvoorwaarden, ook voor aandoeningen die al bestonden.", font=f, size=9.5)
    cx, cy = W - 104, H - 80
    sh.rect(cx, cy, 86, 54, width_mm=0.3, fill=tuple(int(255 - (255 - v) * 0.18) for v in col))
    T(sh, cx + 4, cy + 4, ins.get("short", ins["name"]), font=f, size=11, bold=True, color=col)
    T(sh, cx + 4, cy + 18, f"{c.p.given_names} {c.p.surname}", font=f, size=fit(f"{c.p.given_names} {c.p.surname}",
                                                                                  f, 10, 78), bold=True)
    T(sh, cx + 4, cy + 25, f"Geb. {c.dfmt(c.p.birth_date)}", font=f, size=9)
    T(sh, cx + 4, cy + 31, f"Rel.nr {_policy_no(c)}  UZOVI {ins.get('uzovi', '')}", font=f, size=9)
    return [sh]


def intl_certificate(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An international insurer's certificate of cover laid out like an invoice: the insurer's name and address in
    a coloured band across the whole width, a box 'CERTIFICATE OF COVERAGE / CERTIFICADO DE COBERTURA' at the
    right with the number and the issue date, the insured and the cover in a two-column block, the exclusions in
    small type, a printed facsimile signature at the foot and a QR code."""
    ins = c.insurer_intl
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    f = "sans2"
    col = ins.get("color", (60, 60, 120))
    addr = ins.get("addr", "")
    spanish = any(k in addr for k in ("Puerto Rico", "Asunción", "Paraguay", "Bolivia", "Perú", "Ecuador", "Colombia",
                                      "Costa Rica", "Montevideo", "Santiago", "Lima", "Quito", "Chile"))
    sh.rect(0, 8, W, 20, width_mm=0, fill=col)
    T(sh, 16, 11, ins["name"], font=f, size=fit(ins["name"], f, 14, W - 32, True), bold=True, color=(255, 255, 255))
    T(sh, 16, 19.5, addr[:100], font=f, size=fit(addr[:100], f, 8.5, W - 32), color=(235, 235, 235))
    pol = _policy_no(c, "PR-" if spanish else "")
    iss = c.sub - dt.timedelta(days=rng.randint(5, 30))
    sh.rect(W - 90, 36, 74, 24, width_mm=0.5, color=col)
    T(sh, W - 88, 38, "CERTIFICATE OF COVERAGE" if not spanish else "CERTIFICADO DE COBERTURA", font=f, size=9.5,
      bold=True)
    if spanish:
        T(sh, W - 88, 43, "Certificate of coverage", font=f, size=8, color=GREY, italic=True)
    T(sh, W - 88, 48, f"No. {pol}", font=f, size=10)
    T(sh, W - 88, 53.5, f"{'Emitido / Issued' if spanish else 'Issued'}: {d_en(iss)}", font=f, size=8.5)
    s = c.sub - dt.timedelta(days=random.Random(c.rng_seed).randint(20, 200))
    e = add_years(s, 1) - dt.timedelta(days=1)
    L = (("Asegurado / Insured", "Fecha de nacimiento / Date of birth", "Plan", "Vigencia / Period",
          "Territorio / Territory", "Cobertura / Benefits", "Límite / Limit") if spanish else
         ("Insured", "Date of birth", "Plan", "Period of cover", "Territory", "Benefits", "Limit"))
    vals = (f"{c.p.given_names} {c.p.surname}", d_en(c.p.birth_date), ins.get("plan", ""), f"{d_en(s)} – {d_en(e)}",
            "Países Bajos / the Netherlands" if spanish else "the Netherlands",
            ("hospitalización, tratamiento especializado y medicamentos, incluidas condiciones preexistentes / "
             "hospital care, specialist treatment and medicines, pre-existing conditions included") if spanish else
            "hospital care, specialist treatment and medicines, pre-existing conditions included",
            "USD 1,000,000 por año / per year" if spanish else "USD 1,000,000 per year")
    y = 70
    for a, b in zip(L, vals):
        rows = wrap(b, W - 100, f, 10)
        T(sh, 16, y, a, font=f, size=8.5, color=GREY)
        for i, r in enumerate(rows):
            T(sh, 80, y + i * 5, r, font=f, size=10, bold=(i == 0 and a in ("Insured", "Asegurado / Insured")))
        y += 5 * len(rows) + 3.5
    y = P(sh, 16, y + 4, W - 32, ("Exclusiones / Exclusions: cirugía estética, tratamientos experimentales. / "
                                  "cosmetic surgery, experimental treatment.") if spanish else
          "Exclusions: cosmetic surgery, experimental treatment.", font=f, size=8, leading=1.3) + 8
    T(sh, 16, y, "Facsimile signature" if not spanish else "Firma autorizada / Authorised signature", font=f,
      size=8, color=GREY)
    sh.signature(16, y + 3, 44, 13, rng, color=(20, 20, 30))
    T(sh, 16, y + 18, f"{ins.get('short', '')} – Underwriting", font=f, size=9)
    qr(sh, W - 40, H - 46, 22, pol)
    return [sh]


def incoming_email(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An incoming insurer's confirmation e-mail printed from the browser: the webmail's header lines (from, to,
    subject, date), the body in Dutch with the cover period in bold, the insurer's signature block with a small
    logo square; the browser's URL and page count in the footer line."""
    name = _incoming_name(c)
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    f = "sans3"
    T(sh, 12, 7, f"{c.sub.strftime('%d-%m-%Y')} 10:{rng.randint(10, 59)}", font=f, size=7, color=GREY)
    T(sh, W - 12, 7, "Outlook", font=f, size=7, color=GREY, align="right")
    T(sh, 18, 16, "Bevestiging verzekering – polis " + _policy_no(c, "INC-"), font=f, size=13, bold=True)
    a = c.p
    mail = f"{strip_mail(a.given_names)}.{strip_mail(a.surname)}@gmail.com"
    for i, (k, v) in enumerate((("Van", f"acceptatie@{name.split()[0].lower()}.nl"), ("Aan", mail),
                                ("Datum", d_nl(c.sub - dt.timedelta(days=rng.randint(4, 30)))))):
        T(sh, 18, 26 + i * 5, f"{k}:", font=f, size=8.5, color=GREY)
        T(sh, 34, 26 + i * 5, v, font=f, size=8.5)
    sh.rule(18, 43, W - 18, 43, width_mm=0.15, color=(190, 190, 190))
    s = c.sub - dt.timedelta(days=random.Random(c.rng_seed + 6).randint(15, 160))
    e = add_years(s, 1) - dt.timedelta(days=1)
    y = P(sh, 18, 50, W - 36, f"Beste {a.given_names} {a.surname},", font=f, size=10) + 3
    y = P(sh, 18, y, W - 36, f"Hierbij bevestigen wij dat u bij {name} verzekerd bent voor medische kosten in "
          f"Nederland, inclusief behandeling van al bestaande aandoeningen, tot € 1.000.000 per verzekeringsjaar.",
          font=f, size=10) + 3
    y = P(sh, 18, y, W - 36, f"Looptijd: {d_nl(s)} tot en met {d_nl(e)}", font=f, size=10.5, bold=True) + 3
    y = P(sh, 18, y, W - 36, f"Uw geboortedatum volgens onze administratie: {c.dfmt(a.birth_date)}.", font=f,
          size=10) + 6
    y = P(sh, 18, y, W - 36, "Met vriendelijke groet,\nTeam Acceptatie", font=f, size=10) + 4
    sh.rect(18, y, 8, 8, width_mm=0, fill=(200, 90, 20))
    T(sh, 29, y + 1.5, name, font=f, size=9.5, bold=True)
    T(sh, 12, H - 9, f"https://outlook.live.com/mail/0/inbox/id/AQMk{rng.randint(10**8, 10**9)}", font=f, size=6.5,
      color=GREY)
    T(sh, W - 12, H - 9, "1/1", font=f, size=6.5, color=GREY, align="right")
    return [sh]


def strip_mail(s: str) -> str:
    from .people import strip_accents
    return strip_accents(s).lower().replace(" ", "").replace("'", "")


_r("polisblad-zorgpas-en-polis-brief-tabel-pas-rechtsonder-30", "health-insurance", "nl", polisblad_mail,
   "a Dutch insurer's letter with the policy table and the card printed at the lower right")
_r("intl-certificate-puerto-rico-factuurstijl-kleurband-qr-30", "health-insurance", "es/en", intl_certificate,
   "an international insurer's certificate laid out like an invoice, colour band across, QR code")
_r("incoming-bevestigingsmail-browserprint-30", "health-insurance", "nl", incoming_email,
   "an incoming insurer's confirmation e-mail printed from the browser")


# =========================================================================== civic integration

def duo_diploma(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """DUO's diploma in landscape-like composition on a portrait page: a broad navy band down the right third with
    the ministry's name turned upright in it, the text block left-aligned in the other two thirds, the holder's
    name in bold capitals, the diploma number and date in a row of two framed cells, the seal over the signature."""
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    sh.rect(W - 62, 0, 62, H, width_mm=0, fill=(28, 52, 98))
    from PIL import Image, ImageDraw
    from .paper import _font_path, _pil_font
    lab = Image.new("RGBA", (1800, 110), (0, 0, 0, 0))
    ImageDraw.Draw(lab).text((10, 18), "Ministerie van Sociale Zaken en Werkgelegenheid",
                             font=_pil_font(_font_path("sans4"), 64), fill=(255, 255, 255, 255))
    lab = lab.rotate(90, expand=True)
    sh.image(W - 40, 40, 7, 115, lab)
    f = "sans4"
    p = c.p
    T(sh, 22, 34, "Dienst Uitvoering Onderwijs", font=f, size=10, color=GREY)
    T(sh, 22, 54, "Diploma", font=f, size=26, bold=True)
    T(sh, 22, 66, "inburgering", font=f, size=20)
    T(sh, 22, 90, "Hierbij verklaren wij dat", font=f, size=11)
    T(sh, 22, 100, f"{p.given_names.upper()} {p.surname.upper()}", font=f,
      size=fit(f"{p.given_names.upper()} {p.surname.upper()}", f, 16, W - 90, True), bold=True)
    T(sh, 22, 110, f"geboren op {d_nl(p.birth_date)} in {p.birth_place}", font=f, size=11)
    P(sh, 22, 122, W - 95, "heeft voldaan aan de inburgeringsplicht door het behalen van de examens lezen, "
      "luisteren, schrijven en spreken op niveau B1, Kennis van de Nederlandse Maatschappij en de module "
      "Arbeidsmarkt en Participatie.", font=f, size=10.5, leading=1.5)
    dd = _inb_date(c, rng)
    r = random.Random(seed_of("dip30", c.rng_seed))
    for j, (a, b) in enumerate((("Diplomanummer", f"B1-{r.randint(1000000, 9999999)}"), ("Datum", d_nl(dd)))):
        sh.rect(22 + j * 58, H - 90, 56, 14, width_mm=0.3)
        T(sh, 24 + j * 58, H - 88.5, a, font=f, size=7.5, color=GREY)
        T(sh, 24 + j * 58, H - 84, b, font=f, size=10.5)
    sh.signature(24, H - 66, 46, 14, rng, color=BLACK_INK)
    sh.stamp(48, H - 70, ["DUO", "DIPLOMA INBURGERING"], rng, shape="round", size_mm=26, color=(20, 50, 100),
             angle=rng.uniform(-15, 15))
    T(sh, 22, H - 46, "namens de minister, de directeur DUO", font=f, size=8.5, color=GREY)
    return [sh]


def duo_exemption(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """DUO's exemption decision printed from the 'Mijn Inburgering' message box: a blue message header with the
    subject and received date, then the decision letter with the considerations as bulleted lines, 'Besluit' in a
    shaded line, the objection clause at the foot; the page copied with a rubber band's shadow across."""
    sh = c.new_sheet()
    W = c.page_w
    f = "sans6"
    p = c.p
    dd = _inb_date(c, rng)
    sh.rect(14, 12, W - 28, 14, width_mm=0, fill=(0, 102, 170))
    T(sh, 18, 14, "Mijn Inburgering – Berichtenbox", font=f, size=8.5, color=(230, 240, 250))
    T(sh, 18, 19, "Besluit op uw verzoek om ontheffing", font=f, size=11, bold=True, color=(255, 255, 255))
    T(sh, W - 18, 19, f"ontvangen {dd.strftime('%d-%m-%Y')}", font=f, size=8, color=(230, 240, 250), align="right")
    r = random.Random(seed_of("ont30", c.rng_seed))
    T(sh, 18, 36, f"Aan: {p.given_names} {p.surname}, geboren {c.dfmt(p.birth_date)}", font=f, size=10)
    T(sh, 18, 41.5, f"Ons kenmerk: ONT-{r.randint(100000, 999999)}", font=f, size=9, color=GREY)
    y = P(sh, 18, 52, W - 36, f"Geachte {title_nl(p)} {p.surname},", font=f, size=10.5) + 3
    for b in ("U heeft ontheffing van de inburgeringsplicht gevraagd vanwege een medische beperking.",
              "Een onafhankelijke arts heeft u onderzocht en vastgesteld dat u het inburgeringsexamen door een "
              "blijvende medische beperking niet kunt halen.",
              "U heeft aangetoond dat u zich voldoende heeft ingespannen."):
        sh.text(20, y, "•", font=f, size_pt=10.5)
        y = P(sh, 25, y, W - 43, b, font=f, size=10.5) + 2
    y += 3
    sh.rect(18, y - 1, W - 36, 8, width_mm=0, fill=(228, 236, 244))
    T(sh, 20, y + 0.6, "Besluit: u krijgt ontheffing van de inburgeringsplicht.", font=f, size=10.5, bold=True)
    y += 13
    y = P(sh, 18, y, W - 36, "Met vriendelijke groet,\nDienst Uitvoering Onderwijs, namens de minister van Sociale "
          "Zaken en Werkgelegenheid", font=f, size=10.5) + 6
    P(sh, 18, y, W - 36, "Bent u het niet eens met dit besluit? Dan kunt u binnen 6 weken bezwaar maken bij DUO.",
      font=f, size=9, italic=False)
    return [sheet_of(rubber_band(sh.render(200), rng), c.page_w, c.page_h)]


def duo_results(c: Case, rng: random.Random, *, failed: bool = False, **_) -> list[Sheet]:
    """DUO's results letter with each exam part as a card in a two-by-three grid (name of the part, exam date,
    result in a coloured pill: green 'gehaald', red 'niet gehaald'), the overall line under the grid."""
    sh = c.new_sheet()
    W = c.page_w
    f = "sans2"
    p = c.p
    dd = _inb_date(c, rng)
    T(sh, 18, 14, "DUO", font=f, size=18, bold=True, color=(0, 70, 140))
    T(sh, 42, 16, "Dienst Uitvoering Onderwijs – Inburgeringsexamen", font=f, size=9, color=GREY)
    a = p.address
    for i, ln in enumerate([f"{title_nl(p).capitalize()} {p.given_names} {p.surname}"] +
                           ([f"{a.street} {a.number}", f"{a.postcode} {a.city}"] if a else [])):
        T(sh, 22, 36 + i * 5, ln, font=f, size=10)
    T(sh, 18, 62, f"Datum {d_nl(dd)}", font=f, size=9, color=GREY)
    T(sh, 18, 70, f"Uw examenuitslagen (geboren {c.dfmt(p.birth_date)})", font=f, size=12, bold=True)
    parts = ["Lezen B1", "Luisteren B1", "Schrijven B1", "Spreken B1", "Kennis Nederlandse Maatschappij",
             "Module Arbeidsmarkt en Participatie"]
    bad = random.Random(seed_of("fail30", c.rng_seed)).randrange(4) if failed else -1
    cw, ch = (W - 42) / 2, 24
    d = dd - dt.timedelta(days=140)
    for k, part in enumerate(parts):
        x, y = 18 + (k % 2) * (cw + 6), 80 + (k // 2) * (ch + 5)
        d = d + dt.timedelta(days=rng.randint(4, 22))
        sh.rect(x, y, cw, ch, width_mm=0.3, color=(170, 170, 170))
        T(sh, x + 3, y + 3, part, font=f, size=fit(part, f, 10, cw - 6, True), bold=True)
        T(sh, x + 3, y + 9, f"examendatum {d_nl(d, 'dashes_zero')}", font=f, size=8.5, color=GREY)
        ok = k != bad
        sh.rect(x + 3, y + 15, 30, 6, width_mm=0, fill=(60, 150, 80) if ok else (190, 40, 40))
        T(sh, x + 18, y + 16, "gehaald" if ok else "niet gehaald", font=f, size=8, bold=True,
          color=(255, 255, 255), align="center")
    y = 80 + 3 * (ch + 5) + 6
    P(sh, 18, y, W - 36, "U heeft één onderdeel nog niet gehaald. U kunt dit examen opnieuw doen." if failed else
      "U heeft alle onderdelen gehaald. Uw diploma ontvangt u binnen zes weken per post.", font=f, size=10.5)
    return [sh]


_r("duo-diploma-navy-band-rechts-naam-kapitalen-twee-cellen-30", "civic-integration", "nl", duo_diploma,
   "DUO diploma with a broad navy band down the right, name in capitals, number and date in two cells")
_r("duo-ontheffing-berichtenbox-print-opsommingstekens-elastiek-30", "civic-integration", "nl", duo_exemption,
   "DUO exemption decision printed from the message box, bulleted considerations, rubber band's shadow")
_r("duo-uitslag-kaarten-raster-gekleurde-labels-30", "civic-integration", "nl", duo_results,
   "DUO results letter, exam parts as cards with coloured result labels")


# =========================================================================== other

def cover_letter(c: Case, rng: random.Random, *, enclosures: list[str] | None = None, **_) -> list[Sheet]:
    """A Dutch lawyer's cover letter with a deep coloured left margin strip carrying the firm's name upright, the
    addressee at the top left, 'Kenmerk / V-nummer / Datum' stacked at the right, the body with a bold subject, the
    enclosures as a checklist with ticks; signed at the end of the letter with no label, the lawyer's name typed
    under the signature; the page crumpled a little from the file."""
    from .ind import LAWYERS
    lw = c.lawyer or LAWYERS[0]
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    f = rng.choice(["serif7", "serif4", "sans4"])
    col = rng.choice([(20, 60, 90), (90, 30, 40), (40, 70, 40)])
    sh.rect(0, 0, 12, H, width_mm=0, fill=col)
    from PIL import Image, ImageDraw
    from .paper import _font_path, _pil_font
    lab = Image.new("RGBA", (1600, 90), (0, 0, 0, 0))
    ImageDraw.Draw(lab).text((10, 12), lw["firm"].upper(), font=_pil_font(_font_path("sans4", bold=True), 56),
                             fill=(255, 255, 255, 255))
    lab = lab.rotate(90, expand=True)
    sh.image(3.5, 40, 5, 90, lab)
    addr = IND_ADDRESSES[rng.randrange(len(IND_ADDRESSES))].split("\n")
    for i, ln in enumerate(addr):
        T(sh, 24, 30 + i * 5, ln, font=f, size=10.5)
    dd = c.sub - dt.timedelta(days=rng.randint(0, 3))
    for i, (a, b) in enumerate((("Kenmerk", f"{dd.year}/{rng.randint(1000, 9999)}"), ("V-nummer", c.vnr),
                                ("Datum", d_nl(dd)))):
        T(sh, W - 70, 28 + i * 8, a, font=f, size=7.5, color=GREY)
        T(sh, W - 70, 31.5 + i * 8, b, font=f, size=10)
    y = 64
    y = P(sh, 24, y, W - 42, f"Betreft: aanvraag van {c.p.given_names} {c.p.surname}, geb. {c.dfmt(c.p.birth_date)}",
          font=f, size=10.5, bold=True) + 4
    paras = ["Geachte heer, mevrouw,",
             f"Namens mijn cliënt{'e' if c.p.sex == 'F' else ''} dien ik hierbij de aanvraag in voor "
             f"{PROC_NL[c.procedure]}. Het ondertekende formulier en kopieën van de bewijsstukken zijn bijgevoegd."]
    if c.procedure == "ind-medical-treatment" and c.art64_end:
        paras.append(f"Cliënt heeft uitstel van vertrek gekregen op grond van artikel 64 Vw; dat jaar eindigt op "
                     f"{d_nl(c.art64_end)}. Het besluit is bijgevoegd.")
    if c.procedure == "ind-hnt-continued" and c.since:
        paras.append(f"Cliënt heeft sinds {d_nl(c.since)} een verblijfsvergunning "
                     f"({dict(ROUTES_7027).get(c.route, '').replace('na verblijf ', '')}).")
    if c.no_passport:
        paras.append("Cliënt beschikt niet over een geldig paspoort en verzoekt om vrijstelling van die eis. "
                     + " ".join(EXEMPTION_TEXT[i] for i in c.exemption_shown))
    if c.suriname_visa:
        paras.append("Cliënt heeft de Surinaamse nationaliteit en verblijft hier met een visum voor medische "
                     "behandeling (kopie bijgevoegd); de behandeling is nog noodzakelijk en de betaling is geregeld.")
    for p_ in paras:
        y = P(sh, 24, y, W - 42, p_, font=f, size=10.5) + 3
    if enclosures:
        T(sh, 24, y + 1, "Bijgevoegd:", font=f, size=10.5, bold=True)
        y += 7
        for e_ in enclosures:
            T(sh, 26, y, "✓", font="sans3", size=10, color=col)
            T(sh, 32, y, e_, font=f, size=9.8)
            y += 5
    y += 4
    T(sh, 24, y, "Met vriendelijke groet,", font=f, size=10.5)
    sh.signature(24, y + 5, rng.uniform(44, 56), 17, rng, color=rng.choice([BLUE_INK, BLACK_INK]))
    T(sh, 24, y + 24, c.lawyer_name or "mr. A. de Jong", font=f, size=10.5)
    T(sh, 24, H - 14, f"{lw['street']} · {lw['pc']} {lw['city']} · {lw['tel']} · {lw['mail']}", font=f, size=7.5,
      color=GREY)
    return [c.intr(sheet_of(crumpled(sh.render(200), rng, n=6, k=0.08), W, H))]


def _ind_head(sh: Sheet, c: Case, dd: dt.date, subject: str) -> float:
    """The IND's decision letters of this part: the logo text at the top left in navy capitals, the addressee
    below it, a grey reference column at the right (datum, kenmerk, V-nummer, onderwerp)."""
    W = c.page_w
    f = "sans2"
    T(sh, 20, 14, "IMMIGRATIE- EN", font=f, size=10, bold=True, color=NAVY)
    T(sh, 20, 19, "NATURALISATIEDIENST", font=f, size=10, bold=True, color=NAVY)
    r = random.Random(seed_of("ind30", c.rng_seed))
    p = c.p
    y = 40
    for ln in (f"{title_nl(p).capitalize()} {p.given_names} {p.surname}",
               *((f"{p.address.street} {p.address.number}", f"{p.address.postcode} {p.address.city}")
                 if p.address else ())):
        T(sh, 20, y, ln, font=f, size=10)
        y += 5
    sh.rect(W - 66, 30, 48, 40, width_mm=0, fill=(238, 238, 238))
    for i, (a, b) in enumerate((("Datum", d_nl(dd)), ("Kenmerk", f"{r.randint(1000000, 9999999)}"),
                                ("V-nummer", c.vnr))):
        T(sh, W - 63, 32 + i * 12, a, font=f, size=7.5, color=GREY)
        T(sh, W - 63, 36 + i * 12, b, font=f, size=9.5)
    T(sh, 20, 78, subject, font=f, size=11, bold=True)
    return 88


def art64_decision(c: Case, rng: random.Random, **_) -> list[Sheet]:
    end = c.art64_end or (c.since - dt.timedelta(days=1) if c.since else c.sub + dt.timedelta(days=10))
    start = add_years(end, -1) + dt.timedelta(days=1)
    dd = start + dt.timedelta(days=rng.randint(3, 25))
    sh = c.new_sheet()
    y = _ind_head(sh, c, dd, "Uitstel van vertrek – artikel 64 Vreemdelingenwet")
    for para in (f"Geachte {title_nl(c.p)} {c.p.surname},",
                 "Het Bureau Medische Advisering heeft geadviseerd over uw gezondheid. Op grond daarvan is het "
                 "medisch gezien niet verantwoord dat u nu reist.",
                 f"Wij verlenen u daarom uitstel van vertrek van {d_nl(start)} tot en met {d_nl(end)}.",
                 "Hoogachtend,\nde minister van Asiel en Migratie,\nnamens deze: de Immigratie- en "
                 "Naturalisatiedienst"):
        y = P(sh, 20, y, c.page_w - 40, para, font="sans2", size=10.5) + 4
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
    y = _ind_head(sh, c, dd, "Beslissing: uw aanvraag is ingewilligd")
    for para in (f"Geachte {title_nl(c.p)} {c.p.surname},",
                 f"U krijgt een verblijfsvergunning regulier voor bepaalde tijd met als verblijfsdoel '{purpose}'.",
                 f"De vergunning geldt vanaf {d_nl(since)}.",
                 "Hoogachtend,\nde Immigratie- en Naturalisatiedienst"):
        y = P(sh, 20, y, c.page_w - 40, para, font="sans2", size=10.5) + 4
    return [c.intr(sh)]


def mvv_page(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The passport page with the MVV sticker, copied with the booklet lying on the glass under a lid that would
    not close: the page's image in the upper half, a dark band along the top edge of the sheet."""
    page = Sheet(125, 88)
    page.rect(0, 0, 125, 88, width_mm=0, fill=(240, 238, 230))
    vx, vy, w, h = 6, 6, 113, 76
    page.rect(vx, vy, w, h, width_mm=0.2, fill=(230, 238, 246))
    page.text(vx + 3, vy + 3, "VISUM · VISA · NEDERLAND · MVV", font="sans6", size_pt=8, bold=True, color=(20, 60, 120))
    start = c.sub - dt.timedelta(days=rng.randint(150, 200))
    end = start + dt.timedelta(days=rng.randint(85, 90))
    pno = c.passport_no or f"P{rng.randint(1000000, 9999999)}"
    rows = [("GELDIG VOOR / VALID FOR", "SCHENGENSTATEN"), ("VAN / FROM", start.strftime("%d-%m-%Y")),
            ("TOT / UNTIL", end.strftime("%d-%m-%Y")), ("TYPE", "D"), ("PASPOORT / PASSPORT", pno),
            ("NAAM / NAME", f"{c.p.surname.upper()}, {c.p.given_names.upper()}"[:34]),
            ("OPMERKINGEN", "MVV – MEDISCHE BEHANDELING")]
    y = vy + 10
    for a, b in rows:
        page.text(vx + 3, y, a, font="sans6", size_pt=5.3, color=GREY)
        page.text(vx + 36, y, b, font="sans6", size_pt=7.2)
        y += 5.2
    line1 = ("V<NLD" + _mrz_name(c.p, 39))[:44]
    birth = c.p.birth_date.strftime("%y%m%d")
    exp = end.strftime("%y%m%d")
    pn = (pno + "<" * 9)[:9]
    line2 = (f"{pn}{_mrz_check(pn)}SUR{birth}{_mrz_check(birth)}{c.p.sex}{exp}{_mrz_check(exp)}" + "<" * 16)[:44]
    page.text(vx + 1, vy + h - 12, line1, font="ocrb", size_pt=6.2)
    page.text(vx + 1, vy + h - 6, line2, font="ocrb", size_pt=6.2)
    sh = c.new_sheet()
    img = page.render(220)
    sh.image(30, 22, 150, 150 * img.height / img.width, img)
    return [sheet_of(lid_light(sh.render(200), side="top", depth=0.05, floor=90), c.page_w, c.page_h)]


_r("cover-letter-gekleurde-kantlijnstrook-vinkjeslijst-verfrommeld-30", "other", "nl", cover_letter,
   "Dutch lawyer's cover letter with a coloured margin strip, enclosures ticked, the page a little crumpled")
_r("art64-decision-ind-grijze-referentiekolom-30", "other", "nl", art64_decision,
   "IND art. 64 decision with a grey reference column at the right")
_r("permit-letter-ind-grijze-referentiekolom-30", "other", "nl", permit_decision,
   "IND permit decision with a grey reference column")
_r("mvv-sticker-sur-deksel-open-lichtband-30", "other", "nl", mvv_page,
   "the MVV sticker page copied under a lid that would not close")
