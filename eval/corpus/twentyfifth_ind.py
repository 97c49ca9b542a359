"""IND families of the `twentyfifth` part (registered in ind.FAMILIES).

Written after dev, heldout and the parts fresh to twentyfourth had been read, by a writer who saw neither the
validator nor its output.  Application forms whose questions are numbered '1.1', '1.2' … with the answer in a grey
box under each question, two questions side by side where they are short, the V-number in a box at the top right
of every page and 'pagina n van N' at the foot; options as round radio marks.  A temp agency's four-weekly payslip
(periode 1-13), a guarantor's own typed letter with his bank details, the employer's annual statement
(jaaropgaaf).  An outpatient clinic's letter to the GP with a copy to the lawyer, a mental-health practitioner's
statement as a two-column table.  A hospital's written commitment to treat, a rehabilitation centre's completed
form with tick marks, a university hospital's international office letter in English.  A Dutch insurer's
'polisoverzicht' with a coloured side stripe, an incoming-insurance policy certificate with the card printed
under the data, an Ecuadorian insurer's certificate in Spanish with an English paragraph and a round seal (on US
Letter in this part's A4 defect).  DUO's diploma with an orange corner block and a frame, an exemption letter for a
window envelope with numbered paragraphs, a results table with exam dates and marks.  A Dutch lawyer's cover letter
with the enclosures as a numbered list in a box, the IND's decisions with a grey sidebar, the MVV sticker copied on
its own at actual size with a paper clip's shadow.
"""
from __future__ import annotations

import datetime as dt
import random

from .ind import (BLACK_INK, BLUE_INK, EXEMPTION_TEXT, GENERIC_PURPOSES, GREY, IND_ADDRESSES, PROC_NL, ROUTES_7027,
                  Case, P, T, _care_dates, _emp, _guarantor_facts, _inb_date, _incoming_name, _mrz_check, _mrz_name,
                  _not_available, _payer_phrase, _policy_no, _treat_start, add_years, country_nl, d_en, d_nl,
                  duration_phrase, earner, eur, nat_nl, pay_calc, seed_of, title_nl)
from .ninth_identity import hand_safe
from .paper import Sheet, text_width_mm
from .people import make_professional

PART = "twentyfifth"
TEAL = (0, 95, 110)
SHADE = (236, 238, 240)


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


# =========================================================================== application forms: numbered boxes

class _Boxes:
    def __init__(self, c: Case, rng: random.Random, title: str, code: str):
        self.c, self.rng, self.title, self.code = c, rng, title, code
        self.hand = c.fill == "hand"
        self.ink = rng.choice([BLUE_INK, BLACK_INK])
        self.hf = rng.choice(["hand1", "hand2", "hand3"])
        self.lf = rng.choice(["sans", "sans2", "sans6"])
        self.pages: list[Sheet] = []
        self.y = 0.0
        self.sec = 0
        self.q = 0
        self.new()

    def new(self):
        c = self.c
        sh = c.new_sheet()
        W = c.page_w
        T(sh, 20, 11, "IND", font="serif5", size=17, bold=True, color=(0, 60, 120))
        T(sh, 42, 12.5, "Immigratie- en Naturalisatiedienst", font=self.lf, size=8, color=GREY)
        sh.rect(W - 68, 8, 48, 11, width_mm=0.35)
        T(sh, W - 66.5, 8.8, "V-nummer", font=self.lf, size=6.5, color=GREY)
        if self.hand:
            sh.handwriting(W - 62, 11.2, self.c.vnr, self.rng, size_pt=10.5, color=self.ink, font=self.hf)
        else:
            T(sh, W - 62, 13, self.c.vnr, font="mono", size=10)
        if not self.pages:
            P(sh, 20, 26, W - 40, self.title, font=self.lf, size=14, leading=1.2)
            T(sh, 20, 38, self.code, font=self.lf, size=8, color=GREY)
            self.y = 46.0
        else:
            self.y = 26.0
        self.pages.append(c.intr(sh))

    def need(self, h: float):
        if self.y + h > self.c.page_h - 22:
            self.new()

    def section(self, s: str):
        self.sec += 1
        self.q = 0
        self.need(22)
        sh = self.pages[-1]
        T(sh, 20, self.y, f"{self.sec}  {s}", font=self.lf, size=11.5, bold=True, color=(0, 60, 120))
        sh.rule(20, self.y + 6, self.c.page_w - 20, self.y + 6, width_mm=0.25, color=(0, 60, 120))
        self.y += 10

    def _num(self) -> str:
        self.q += 1
        return f"{self.sec}.{self.q}"

    def ask(self, label: str, value: str | None, *, x: float = 20, w: float | None = None, keep: bool = False):
        W = self.c.page_w
        w = w or (W - 40)
        lab = _wrap(f"{self._num()}  {label}", w - 2, self.lf, 8.8)
        font, size = (self.hf, 10.5) if self.hand else ("sans", 9.8)
        vals = _wrap(hand_safe(value) if self.hand else (value or ""), w - 6, font, size) or [""]
        h = len(lab) * 4 + len(vals) * 6 + 4
        if x == 20:
            self.need(h)
        sh = self.pages[-1]
        y = self.y
        for k, ln in enumerate(lab):
            T(sh, x, y + k * 4, ln, font=self.lf, size=8.8)
        by = y + len(lab) * 4 + 0.5
        sh.rect(x, by, w, len(vals) * 6 + 1.5, width_mm=0, fill=SHADE)
        for k, ln in enumerate(vals):
            if self.hand:
                sh.handwriting(x + 2, by + k * 6 - 0.6, ln, self.rng, size_pt=10.5, color=self.ink, font=self.hf)
            else:
                T(sh, x + 2, by + 1.2 + k * 6, ln, font="sans", size=9.8)
        if not keep:
            self.y = by + len(vals) * 6 + 5
        return by + len(vals) * 6 + 5

    def pair(self, a: tuple[str, str], b: tuple[str, str]):
        W = self.c.page_w
        half = (W - 46) / 2
        self.need(18)
        y1 = self.ask(a[0], a[1], w=half, keep=True)
        y2 = self.ask(b[0], b[1], x=26 + half, w=half, keep=True)
        self.y = max(y1, y2)

    def choose(self, label: str, options: list[str], chosen: int | None):
        self.need(12)
        sh = self.pages[-1]
        T(sh, 20, self.y, f"{self._num()}  {label}", font=self.lf, size=8.8)
        x, y = 24, self.y + 5
        for i, o in enumerate(options):
            sh.rect(x, y + 0.3, 3.4, 3.4, width_mm=0.25)
            if chosen == i:
                if self.hand:
                    sh.handwriting(x - 0.4, y - 1.9, "x", self.rng, size_pt=11.5, color=self.ink, font=self.hf)
                else:
                    sh.rect(x + 0.8, y + 1.1, 1.8, 1.8, width_mm=0, fill=(0, 0, 0))
            T(sh, x + 5, y + 0.1, o, font=self.lf, size=9.3)
            x += 12 + text_width_mm(o, self.lf, 9.3)
        self.y = y + 9

    def sign(self):
        c = self.c
        self.need(62)
        self.section("Ondertekening")
        P(self.pages[-1], 20, self.y, c.page_w - 40, "Ik heb dit formulier naar waarheid ingevuld. Ik weet dat de IND "
          "mijn gegevens kan controleren.", font=self.lf, size=9)
        self.y += 10
        d0 = c.sub - dt.timedelta(days=self.rng.randint(1, 9))
        self.pair(("Plaats", c.p.address.city if c.p.address else "Rotterdam"), ("Datum", c.dfmt(d0)))
        sh = self.pages[-1]
        T(sh, 20, self.y, f"{self._num()}  Handtekening", font=self.lf, size=8.8)
        sh.rect(20, self.y + 4.5, 80, 24, width_mm=0, fill=SHADE)
        sh.signature(26, self.y + 8, self.rng.uniform(40, 55), 15, self.rng, color=self.ink)
        self.y += 32

    def finish(self) -> list[Sheet]:
        n = len(self.pages)
        W, H = self.c.page_w, self.c.page_h
        for i, sh in enumerate(self.pages, 1):
            T(sh, 20, H - 13, self.code, font=self.lf, size=7, color=GREY)
            T(sh, W - 20, H - 13, f"pagina {i} van {n}", font=self.lf, size=7.5, align="right")
        return self.pages


def _person(f: _Boxes):
    c, p = f.c, f.c.p
    f.section("Persoonsgegevens")
    f.pair(("Achternaam (zoals in paspoort)", p.surname), ("Voornamen", p.given_names))
    f.pair(("Geboortedatum", c.dfmt(p.birth_date)), ("Nationaliteit", nat_nl(p)))
    f.pair(("Geboorteplaats", p.birth_place), ("Geboorteland", country_nl(p)))
    f.choose("Geslacht", ["man", "vrouw"], 0 if p.sex == "M" else 1)
    if p.address:
        f.ask("Woonadres in Nederland (straat, huisnummer, postcode, plaats)",
              f"{p.address.street} {p.address.number}, {p.address.postcode} {p.address.city}")
    if c.lawyer:
        f.ask("Naam en adres van uw advocaat of gemachtigde", f"{c.lawyer_name}, {c.lawyer['firm']}, "
              f"{c.lawyer['city']}")


def form_med(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _Boxes(c, rng, "Aanvraag verblijfsvergunning regulier bepaalde tijd – verblijfsdoel 'medische behandeling'",
               "Formulier MB-25 · versie 2026")
    _person(f)
    f.section("Medische behandeling")
    f.ask("Bij welke zorginstelling wordt u behandeld?", f"{c.hospital.get('name', '')}, {c.hospital.get('city', '')}")
    f.ask("Welke behandeling ondergaat u?", c.med.get("tx_short", ""))
    f.choose("Heeft u uitstel van vertrek gehad op grond van artikel 64 Vreemdelingenwet?", ["ja", "nee"],
             0 if c.art64_end else 1)
    if c.art64_end:
        f.ask("Einddatum van het uitstel van vertrek", c.dfmt(c.art64_end))
    f.choose("Wie betaalt de kosten van de behandeling?", ["ik zelf / mijn verzekering", "een garantsteller"],
             1 if c.payer else 0)
    f.section("Paspoort")
    f.choose("Heeft u een geldig paspoort?", ["ja", "nee"], 1 if c.no_passport else 0)
    f.choose("Bent u Surinamer en reisde u in met een mvv voor medische behandeling?", ["ja", "nee"],
             0 if c.suriname_visa else 1)
    f.sign()
    return f.finish()


def form_7027(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _Boxes(c, rng, "Aanvraag verblijfsvergunning onbepaalde tijd – humanitair niet-tijdelijk (voortgezet "
               "verblijf)", "Formulier 7027 · versie 2026")
    _person(f)
    f.section("Uw huidige verblijfsvergunning")
    f.ask("Met welk verblijfsdoel heeft u nu een vergunning?",
          dict(ROUTES_7027).get(c.route, "").replace("na verblijf ", ""))
    r = random.Random(seed_of("vvr25", c.rng_seed))
    f.pair(("Sinds (datum)", c.dfmt(c.since) if c.since else ""),
           ("Nummer verblijfsdocument", f"{r.choice('NRWX')}{r.choice('BCDFGHJKLMNPRSTVWXYZ')}{r.randint(1000000, 9999999)}"))
    if c.route == "relationship":
        f.choose("Inburgering", ["diploma behaald", "ontheffing / vrijstelling", "nog niet voldaan"],
                 0 if c.inburgering in ("diploma", "results") else (1 if c.inburgering == "exemption" else 2))
    if c.route and c.route.startswith("medical"):
        f.choose("Is de medische behandeling nog niet afgerond?", ["ja", "nee"], 0)
    f.sign()
    return f.finish()


def form_generic(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _Boxes(c, rng, "Aanvraag verlenging geldigheidsduur verblijfsvergunning regulier bepaalde tijd",
               "Formulier VV-25 · versie 2026")
    _person(f)
    f.section("Uw verblijfsvergunning")
    r = random.Random(c.rng_seed + 25)
    f.pair(("Huidig verblijfsdoel", GENERIC_PURPOSES[r.randrange(len(GENERIC_PURPOSES))]),
           ("Einddatum huidige vergunning", c.dfmt(c.sub + dt.timedelta(days=r.randint(25, 85)))))
    f.choose("Voldoet u nog aan dezelfde voorwaarden?", ["ja", "nee"], 0)
    f.sign()
    return f.finish()




def _r(id_, type_, lang, fn, notes):
    from .ind import _reg
    _reg(id_, type_, PART, lang, fn, notes)


_r("ind-form-med-genummerde-vragen-grijze-antwoordvakken-25", "application", "nl", form_med,
   "medical-treatment form, numbered questions with grey answer boxes, V-number box at the top right of every page")
_r("ind-form-7027-genummerde-vragen-grijze-antwoordvakken-25", "application", "nl", form_7027,
   "form 7027 in the same layout")
_r("ind-form-generic-genummerde-vragen-grijze-antwoordvakken-25", "application", "nl", form_generic,
   "extension form in the same layout")


# =========================================================================== income

def payslip_agency(c: Case, rng: random.Random, **_) -> list[Sheet]:
    g = earner(c)
    e = _emp(c, rng)
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    four = round(k["bruto"] * 12 / 13, 2)
    sh = c.new_sheet()
    W = c.page_w
    f = "sans6"
    agency = random.Random(seed_of("agency25", c.rng_seed)).choice(["Flexwerk Rijnmond B.V.", "Uitzendbureau "
                                                                    "Noordlicht B.V.", "Randstad-Oost Payroll B.V."])
    T(sh, 20, 12, agency, font=f, size=13, bold=True, color=TEAL)
    T(sh, 20, 18.5, f"namens opdrachtgever {e['name']}", font=f, size=8.5, color=GREY)
    per = rng.randint(9, 12)
    end = c.sub - dt.timedelta(days=rng.randint(10, 30))
    T(sh, W - 20, 12, "Loonstrook", font=f, size=13, bold=True, align="right")
    T(sh, W - 20, 18.5, f"Periode {per} (4 weken) t/m {d_nl(end, 'dashes')}", font=f, size=8.5, align="right")
    a = g.address or c.p.address
    y = 30
    sh.rect(20, y - 2, W - 40, 24, width_mm=0, fill=SHADE)
    rows = [("Naam", f"{g.surname}, {g.given_names}"), ("Geboortedatum", c.dfmt(g.birth_date)),
            ("Adres", f"{a.street} {a.number}, {a.postcode} {a.city}" if a else ""),
            ("Functie", e["func_now"]), ("Uurloon / uren", f"{eur(round(four / 152, 2))} / 152")]
    for i, (lab, v) in enumerate(rows):
        x = 22 if i < 3 else 112
        yy = y + (i if i < 3 else i - 3) * 7
        T(sh, x, yy, lab, font=f, size=8, color=GREY)
        T(sh, x + 28, yy, v, font=f, size=9.5)
    y = 62
    hdr = ("Code", "Omschrijving", "Aantal", "Bedrag")
    xs = (20, 40, 120, W - 20)
    for h_, x in zip(hdr, xs):
        T(sh, x, y, h_, font=f, size=9, bold=True, align="right" if x == W - 20 else "left")
    sh.rule(20, y + 5, W - 20, y + 5, width_mm=0.3)
    lines = [("1000", "Uren normaal", "152,00", four), ("1210", "Reserveringen vakantiegeld 8%", "", round(four * 0.08, 2)),
             ("4100", "Premie pensioen StiPP", "", -round(k["pens"] * 12 / 13, 2)),
             ("5000", "Loonheffing (tabel 4-weken)", "", -round(k["lh"] * 12 / 13, 2))]
    y += 8
    for code, desc, n, v in lines:
        T(sh, 20, y, code, font="mono", size=9)
        T(sh, 40, y, desc, font=f, size=9.5)
        T(sh, 120, y, n, font="mono", size=9)
        T(sh, W - 20, y, eur(v, False), font="mono", size=9.5, align="right")
        y += 6
    net = round(sum(x[3] for x in lines) - round(four * 0.08, 2), 2)
    sh.rule(20, y, W - 20, y, width_mm=0.3)
    T(sh, 40, y + 3, "Netto te betalen (vakantiegeld gereserveerd)", font=f, size=10, bold=True)
    T(sh, W - 20, y + 3, eur(net), font="mono", size=10, bold=True, align="right")
    T(sh, 20, y + 14, f"Uitbetaald op rekening {e['iban']}", font=f, size=8.5, color=GREY)
    T(sh, 20, y + 19, f"Loonheffingennummer {e['lhn']}", font=f, size=8.5, color=GREY)
    return [sh]


def guarantor_own_letter(c: Case, rng: random.Random, **_) -> list[Sheet]:
    F = _guarantor_facts(c)
    g, e = F["g"], F["e"]
    sh = c.new_sheet()
    W = c.page_w
    f = "serif"
    a = g.address or c.p.address
    y = 18
    for ln in (f"{g.given_names} {g.surname}", *((f"{a.street} {a.number}", f"{a.postcode} {a.city}") if a else ())):
        T(sh, 20, y, ln, font=f, size=11)
        y += 5
    y += 8
    for ln in IND_ADDRESSES[rng.randrange(len(IND_ADDRESSES))].split("\n"):
        T(sh, 20, y, ln, font=f, size=11)
        y += 5
    dd = c.sub - dt.timedelta(days=rng.randint(6, 30))
    T(sh, W - 20, y + 6, f"{a.city if a else 'Utrecht'}, {d_nl(dd)}", font=f, size=11, align="right")
    y += 18
    T(sh, 20, y, f"Onderwerp: garantstelling voor {c.p.given_names} {c.p.surname} ({c.dfmt(c.p.birth_date)})",
      font=f, size=11, bold=True)
    y += 10
    body = [f"Geachte heer, mevrouw,",
            f"Hierbij verklaar ik, {g.given_names} {g.surname}, geboren op {c.dfmt(g.birth_date)}, dat ik mij garant "
            f"stel voor alle kosten van het verblijf en de medische behandeling van mijn {c.payer_relation or 'familielid'}"
            f" {c.p.given_names} {c.p.surname}, voor zover die niet door een verzekering worden vergoed.",
            f"Ik werk in vaste dienst bij {e['name']} te {e['city']}. Mijn netto inkomen bedraagt {eur(F['net'])} per "
            f"maand. Kopieën van mijn loonstroken en mijn paspoort zijn bijgevoegd.",
            "Met vriendelijke groet,"]
    for para in body:
        y = P(sh, 20, y, W - 40, para, font=f, size=11, leading=1.45) + 4
    sh.signature(20, y, 46, 15, rng, color=BLUE_INK)
    T(sh, 20, y + 18, f"{g.given_names} {g.surname}", font=f, size=11)
    return [sh]


def annual_statement(c: Case, rng: random.Random, **_) -> list[Sheet]:
    g = earner(c)
    e = _emp(c, rng)
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    year = c.sub.year - 1
    sh = c.new_sheet()
    W = c.page_w
    f = "sans4"
    T(sh, 20, 14, e["name"], font=f, size=12, bold=True)
    T(sh, 20, 20, f"{e['street']} · {e['city']}", font=f, size=8, color=GREY)
    T(sh, 20, 36, f"Jaaropgaaf {year}", font=f, size=15, bold=True)
    T(sh, 20, 43, "Bewaar dit overzicht: u heeft het nodig voor uw aangifte inkomstenbelasting.", font=f, size=8.5,
      color=GREY)
    rows = [("Naam werknemer", f"{g.given_names} {g.surname}"), ("Geboortedatum", c.dfmt(g.birth_date)),
            ("Periode", f"01-01-{year} t/m 31-12-{year}"), ("Loonheffingennummer werkgever", e["lhn"]),
            ("Loon voor de loonbelasting/volksverzekeringen", eur(round(k["bruto"] * 12.96, 2))),
            ("Ingehouden loonheffing", eur(round(k["lh"] * 12, 2))),
            ("Verrekende arbeidskorting", eur(rng.choice([4205.0, 3980.0, 5052.0]))),
            ("Loon Zvw", eur(round(k["bruto"] * 12.96, 2))), ("Toegepaste loonheffingskorting", "ja")]
    y = 54
    for i, (a, b) in enumerate(rows):
        if i % 2 == 0:
            sh.rect(20, y - 1.5, W - 40, 7, width_mm=0, fill=SHADE)
        T(sh, 22, y, a, font=f, size=9.5)
        T(sh, W - 22, y, b, font=f, size=9.5, align="right")
        y += 7
    T(sh, 20, y + 10, f"Datum aanmaak: {d_nl(dt.date(c.sub.year, 1, rng.randint(20, 30)), 'dashes')}", font=f,
      size=8.5, color=GREY)
    return [sh]


_r("payslip-uitzendbureau-vierwekenperiode-codekolom-25", "income-proof", "nl", payslip_agency,
   "temp agency's four-weekly payslip with a code column and the holiday allowance reserved")
_r("guarantor-eigen-brief-getypt-met-inkomen-25", "income-proof", "nl", guarantor_own_letter,
   "guarantor's own typed letter to the IND with his employer and net income")
_r("jaaropgaaf-werkgever-gestreepte-rijen-25", "income-proof", "nl", annual_statement,
   "employer's annual statement (jaaropgaaf) with alternately shaded rows")


# =========================================================================== medical statements

def _doc(c: Case, key: str) -> str:
    r = random.Random(seed_of(key, c.rng_seed))
    g, s, _ = make_professional(r, "NL")
    return f"{r.choice(['dr.', 'drs.', 'dr.'])} {g[0]}. {s}"


def medstat_clinic_to_gp(c: Case, rng: random.Random, **_) -> list[Sheet]:
    h = c.hospital
    doc = _doc(c, "clin25")
    start = _treat_start(c)
    sh = c.new_sheet()
    W = c.page_w
    f = "sans2"
    sh.rect(0, 0, 8, c.page_h, width_mm=0, fill=TEAL)
    T(sh, 20, 12, h["name"], font=f, size=13, bold=True, color=TEAL)
    T(sh, 20, 18.5, f"Polikliniek {c.med['spec']}", font=f, size=9, color=GREY)
    gp = c.gp or {"name": "Huisartsenpraktijk", "city": h.get("city", "")}
    y = 32
    for ln in (gp.get("name", "Huisartsenpraktijk"), gp.get("city", "")):
        T(sh, 20, y, ln, font=f, size=10.5)
        y += 5
    dd = c.sub - dt.timedelta(days=rng.randint(5, 35))
    T(sh, W - 20, 32, d_nl(dd), font=f, size=10.5, align="right")
    y += 8
    T(sh, 20, y, f"Betreft: {title_nl(c.p)} {c.p.given_names} {c.p.surname}, geb. {c.dfmt(c.p.birth_date)}", font=f,
      size=10.5, bold=True)
    y += 9
    paras = ["Geachte collega,",
             f"Uw patiënt(e) is bij ons onder behandeling wegens {c.med['dx']}.",
             f"Behandeling: {c.med['tx']}.",
             duration_phrase(c.duration, start) + " " + c.med["stop"],
             _not_available(c),
             "Met collegiale groet,"]
    for p_ in paras:
        y = P(sh, 20, y, W - 40, p_, font=f, size=10.5, leading=1.45) + 3
    sh.signature(20, y, 44, 14, rng, color=BLUE_INK)
    T(sh, 20, y + 16, f"{doc}, {c.med['doc_title']}", font=f, size=10.5)
    T(sh, 20, c.page_h - 20, f"c.c. {c.lawyer_name or 'advocaat van patiënt(e)'} (op verzoek van patiënt(e))",
      font=f, size=8.5, color=GREY)
    return [sh]


def medstat_mh_table(c: Case, rng: random.Random, **_) -> list[Sheet]:
    h = c.hospital
    doc = _doc(c, "mh25")
    start = _treat_start(c)
    sh = c.new_sheet()
    W = c.page_w
    f = "serif2"
    T(sh, W / 2, 14, "MEDISCHE VERKLARING", font=f, size=14, bold=True, align="center")
    T(sh, W / 2, 21, f"{h['name']} · {h.get('city', '')}", font=f, size=9.5, align="center", color=GREY)
    rows = [("Naam patiënt", f"{c.p.given_names} {c.p.surname}"), ("Geboortedatum", c.dfmt(c.p.birth_date)),
            ("Diagnose", c.med["dx"]), ("Behandeling", c.med["tx"]),
            ("Verwachte duur", duration_phrase(c.duration, start) + " " + c.med["stop"]),
            ("Beschikbaarheid in land van herkomst", _not_available(c))]
    y = 32
    for a, b in rows:
        lines = _wrap(b, 106, f, 10)
        hh = 3 + 5 * len(lines)
        sh.rect(20, y, 60, hh, width_mm=0.25, fill=SHADE)
        sh.rect(80, y, W - 100, hh, width_mm=0.25)
        for k, ln in enumerate(_wrap(a, 56, f, 9.5)):
            T(sh, 22, y + 1.5 + k * 4.5, ln, font=f, size=9.5, bold=True)
        for k, ln in enumerate(lines):
            T(sh, 82, y + 1.5 + k * 5, ln, font=f, size=10)
        y += hh
    dd = c.sub - dt.timedelta(days=rng.randint(4, 30))
    T(sh, 20, y + 10, f"Datum: {c.dfmt(dd)}", font=f, size=10.5)
    T(sh, 110, y + 10, "Handtekening behandelaar:", font=f, size=10.5)
    sh.signature(110, y + 14, 46, 15, rng, color=BLACK_INK)
    T(sh, 110, y + 31, f"{doc}, {c.med['doc_title']}", font=f, size=10)
    return [sh]


_r("medstat-polikliniek-brief-aan-huisarts-cc-advocaat-25", "medical-statement", "nl", medstat_clinic_to_gp,
   "outpatient clinic's letter to the GP with a copy to the lawyer, a teal stripe down the left edge")
_r("medstat-verklaring-twee-kolommen-tabel-25", "medical-statement", "nl", medstat_mh_table,
   "practitioner's statement as a two-column table")


# =========================================================================== care-institution statements

def care_commitment(c: Case, rng: random.Random, **_) -> list[Sheet]:
    h = c.hospital
    s, e = _care_dates(c)
    sh = c.new_sheet()
    W = c.page_w
    f = "serif4"
    T(sh, W - 20, 14, h["name"], font=f, size=12.5, bold=True, align="right")
    T(sh, W - 20, 20, f"Raad van Bestuur · {h.get('city', '')}", font=f, size=8.5, align="right", color=GREY)
    y = 38
    for ln in IND_ADDRESSES[rng.randrange(len(IND_ADDRESSES))].split("\n"):
        T(sh, 20, y, ln, font=f, size=10.5)
        y += 5
    T(sh, 20, y + 8, f"Onderwerp: toezegging behandeling {c.p.given_names} {c.p.surname} ({c.dfmt(c.p.birth_date)})",
      font=f, size=10.5, bold=True)
    y += 18
    paras = ["Geachte heer, mevrouw,",
             f"{h['name']} verklaart dat zij bereid en in staat is om bovengenoemde patiënt te behandelen voor "
             f"{c.med['dx']}. De behandeling ({c.med['tx_short']}) vindt plaats van {d_nl(s)} tot naar verwachting "
             f"{d_nl(e)}.",
             _payer_phrase(c), "Hoogachtend,"]
    for p_ in paras:
        y = P(sh, 20, y, W - 40, p_, font=f, size=10.5, leading=1.45) + 3
    sh.signature(20, y, 44, 14, rng, color=BLUE_INK)
    g, sn, _ = make_professional(random.Random(seed_of("rvb25", c.rng_seed)), "NL")
    T(sh, 20, y + 16, f"{g} {sn}", font=f, size=10.5)
    T(sh, 20, y + 21, "namens de Raad van Bestuur", font=f, size=9.5, color=GREY)
    return [sh]


def care_rehab_form(c: Case, rng: random.Random, **_) -> list[Sheet]:
    h = c.hospital
    s, e = _care_dates(c)
    sh = c.new_sheet()
    W = c.page_w
    f = "sans5"
    sh.rect(20, 10, W - 40, 16, width_mm=0, fill=(230, 240, 236))
    T(sh, 24, 13, "Verklaring behandelende instelling", font=f, size=13, bold=True)
    T(sh, 24, 20, h["name"], font=f, size=9, color=GREY)
    hf = rng.choice(["hand1", "hand2"])
    rows = [("Naam patiënt", f"{c.p.given_names} {c.p.surname}"), ("Geboortedatum", c.dfmt(c.p.birth_date)),
            ("Aandoening", c.med["dx"]), ("Behandeling", c.med["tx_short"]),
            ("Start behandeling", d_nl(s, "dashes")), ("Verwacht einde", d_nl(e, "dashes"))]
    y = 36
    for a, b in rows:
        T(sh, 20, y, a, font=f, size=9.5)
        sh.rule(70, y + 4.6, W - 20, y + 4.6, width_mm=0.15)
        sh.handwriting(72, y - 1.8, hand_safe(b)[:60], rng, size_pt=10.5, color=BLUE_INK, font=hf)
        y += 9
    y += 3
    for q in ("De instelling is in staat de behandeling te verlenen.", "De instelling is bereid de behandeling te "
              "verlenen.", "De bekostiging van de behandeling is gewaarborgd."):
        sh.rect(20, y, 4, 4, width_mm=0.3)
        sh.handwriting(20.2, y - 2.4, "v", rng, size_pt=13, color=BLUE_INK, font=hf)
        T(sh, 27, y + 0.2, q, font=f, size=9.8)
        y += 8
    y = P(sh, 20, y + 2, W - 40, _payer_phrase(c), font=f, size=9.8, leading=1.4) + 8
    T(sh, 20, y, "Datum", font=f, size=9.5)
    sh.handwriting(36, y - 2, c.dfmt(c.sub - dt.timedelta(days=rng.randint(3, 25))), rng, size_pt=10.5,
                   color=BLUE_INK, font=hf)
    T(sh, 100, y, "Handtekening en stempel", font=f, size=9.5)
    sh.signature(100, y + 4, 40, 13, rng, color=BLUE_INK)
    sh.stamp(145, y + 2, [h["name"][:22].upper(), h.get("city", "").upper()], rng, shape="rect", size_mm=34,
             color=(40, 90, 60))
    return [sh]


def care_international_office(c: Case, rng: random.Random, **_) -> list[Sheet]:
    h = c.hospital
    s, e = _care_dates(c)
    sh = c.new_sheet()
    W = c.page_w
    f = "sans3"
    T(sh, 20, 14, h["name"], font=f, size=12, bold=True, color=(90, 20, 80))
    T(sh, 20, 20, "International Patient Office", font=f, size=9, color=GREY)
    dd = c.sub - dt.timedelta(days=rng.randint(3, 25))
    T(sh, W - 20, 34, d_en(dd), font=f, size=10, align="right")
    T(sh, 20, 44, f"Subject: confirmation of treatment – {c.p.surname.upper()}, {c.p.given_names} "
      f"(born {d_en(c.p.birth_date)})", font=f, size=10, bold=True)
    paras = ["To the Immigration and Naturalisation Service,",
             f"We hereby confirm that our hospital is willing and able to treat the above patient for {c.med['dx']}. "
             f"The treatment ({c.med['tx_short']}) is planned from {d_en(s)} until {d_en(e)}.",
             _payer_phrase(c, "en"), "Kind regards,"]
    y = 54
    for p_ in paras:
        y = P(sh, 20, y, W - 40, p_, font=f, size=10, leading=1.45) + 3
    sh.signature(20, y, 42, 13, rng, color=BLACK_INK)
    T(sh, 20, y + 16, f"{_doc(c, 'ipo25')}, medical coordinator", font=f, size=10)
    return [sh]


_r("care-toezegging-raad-van-bestuur-brief-25", "care-institution-statement", "nl", care_commitment,
   "hospital board's written commitment to treat, addressed to the IND")
_r("care-revalidatie-formulier-handgeschreven-vinkjes-25", "care-institution-statement", "nl", care_rehab_form,
   "an institution's statement form filled in by hand, ticks, rectangular green stamp")
_r("care-international-patient-office-letter-en-25", "care-institution-statement", "en", care_international_office,
   "university hospital's international office letter in English")


# =========================================================================== health insurance

def polis_side_stripe(c: Case, rng: random.Random, **_) -> list[Sheet]:
    ins = c.insurer_nl
    sh = c.new_sheet()
    W = c.page_w
    f = "sans6"
    col = ins.get("color", (0, 100, 140))
    sh.rect(W - 14, 0, 14, c.page_h, width_mm=0, fill=col)
    T(sh, 20, 14, ins["name"], font=f, size=13, bold=True, color=col)
    T(sh, 20, 20, ins["post"], font=f, size=7.5, color=GREY)
    T(sh, 20, 36, f"Polisoverzicht {c.sub.year}", font=f, size=15, bold=True)
    pol = _policy_no(c)
    rows = [("Polisnummer", pol), ("UZOVI-nummer", ins["uzovi"]), ("Verzekeringnemer", f"{c.p.given_names} {c.p.surname}"),
            ("Geboortedatum", c.dfmt(c.p.birth_date)), ("Basisverzekering", "Zorg Vrij (restitutie)"),
            ("Aanvullend", rng.choice(["Aanvullend Basis", "Tand Start", "geen"])),
            ("Ingangsdatum", f"1 januari {c.sub.year}"), ("Looptijd", "1 jaar, wordt stilzwijgend verlengd"),
            ("Premie per maand", eur(rng.choice([148.75, 151.20, 155.95])))]
    y = 48
    for a, b in rows:
        T(sh, 20, y, a, font=f, size=9.5, color=GREY)
        T(sh, 80, y, b, font=f, size=10)
        y += 7
    P(sh, 20, y + 8, W - 50, "De basisverzekering vergoedt de zorg uit het wettelijk basispakket, ook voor "
      "aandoeningen die al voor de ingangsdatum bestonden. Het verplicht eigen risico bedraagt € 385.", font=f,
      size=9.5, leading=1.45)
    return [sh]


def incoming_card_under(c: Case, rng: random.Random, **_) -> list[Sheet]:
    name = _incoming_name(c)
    sh = c.new_sheet()
    W = c.page_w
    f = "sans4"
    T(sh, 20, 14, name, font=f, size=13, bold=True, color=(130, 60, 0))
    T(sh, 20, 30, "Polisbewijs / Policy certificate", font=f, size=13, bold=True)
    s = c.sub - dt.timedelta(days=random.Random(c.rng_seed + 5).randint(15, 160))
    e = add_years(s, 1) - dt.timedelta(days=1)
    pol = _policy_no(c, "IN")
    y = 42
    for a, b in (("Verzekerde / Insured", f"{c.p.surname.upper()}, {c.p.given_names}"),
                 ("Geboortedatum / Date of birth", c.dfmt(c.p.birth_date)), ("Polisnummer / Policy no.", pol),
                 ("Looptijd / Period", f"{d_nl(s)} – {d_nl(e)}"),
                 ("Dekking / Cover", "ziektekosten in Nederland tot € 2.000.000 per jaar, inclusief bestaande "
                                     "aandoeningen en geplande behandeling")):
        T(sh, 20, y, a, font=f, size=8.5, color=GREY)
        lines = _wrap(b, W - 90, f, 10)
        for k, ln in enumerate(lines):
            T(sh, 80, y, ln, font=f, size=10) if k == 0 else T(sh, 80, y + k * 4.6, ln, font=f, size=10)
        y += 8 + 4.6 * (len(lines) - 1)
    cx, cy = 20, y + 8
    sh.rect(cx, cy, 85.6, 54, width_mm=0.3, fill=(250, 236, 220))
    T(sh, cx + 3, cy + 3, name[:30], font=f, size=7.5, bold=True, color=(130, 60, 0))
    T(sh, cx + 3, cy + 18, f"{c.p.given_names[:1]}. {c.p.surname.upper()}", font=f, size=9, bold=True)
    T(sh, cx + 3, cy + 24, pol, font="mono", size=8.5)
    T(sh, cx + 3, cy + 30, f"geldig t/m {e.strftime('%d-%m-%Y')}", font=f, size=8)
    T(sh, cx + 3, cy + 46, "Alarmnummer 24/7: +31 70 000 1122", font=f, size=6, color=GREY)
    T(sh, 120, cy + 20, d_nl(c.sub - dt.timedelta(days=rng.randint(3, 25))), font=f, size=10)
    return [sh]


def intl_ecuador(c: Case, rng: random.Random, **_) -> list[Sheet]:
    ins = c.insurer_intl
    sh = c.new_sheet()
    W = c.page_w
    f = "serif6"
    col = ins.get("color", (150, 40, 40))
    T(sh, W / 2, 12, ins["name"].upper(), font=f, size=12.5, bold=True, color=col, align="center")
    T(sh, W / 2, 18, ins["addr"], font=f, size=7.5, color=GREY, align="center")
    sh.rule(30, 22, W - 30, 22, width_mm=0.5, color=col)
    s = c.sub - dt.timedelta(days=random.Random(c.rng_seed).randint(20, 200))
    e = add_years(s, 1) - dt.timedelta(days=1)
    pol = _policy_no(c, "EC-")
    addr = ins.get("addr", "")
    parts = [x.strip() for x in addr.split(",") if x.strip()]
    place = "Quito" if "Quito" in addr else \
        (" ".join(w for w in (parts[-1] if parts else "Luxembourg").split() if not any(ch.isdigit() for ch in w))
         or "Luxembourg")
    if "Quito" not in addr:    # the same layout from an insurer that writes in English only
        T(sh, W / 2, 32, "CERTIFICATE OF COVER", font=f, size=13, bold=True, align="center")
        y = P(sh, 22, 42, W - 44, f"We hereby certify that {c.p.given_names} {c.p.surname}, born "
              f"{d_en(c.p.birth_date)}, is insured under policy {pol} ({ins.get('plan', '')}) from {d_en(s)} to "
              f"{d_en(e)}. The policy covers hospital care, consultations, specialist treatment and medicines in the "
              f"Netherlands, including pre-existing conditions, up to EUR 1,500,000.", font=f, size=10, leading=1.45,
              align="justify") + 10
        T(sh, 22, y, f"{place}, {d_en(c.sub - dt.timedelta(days=rng.randint(5, 30)))}", font=f, size=10)
        sh.signature(22, y + 5, 42, 13, rng, color=BLUE_INK)
        T(sh, 22, y + 20, "Underwriting Manager", font=f, size=9.5)
        sh.stamp(W - 70, y - 4, [ins.get("short", "INSURANCE").upper()[:18], place.upper()[:14]], rng,
                 shape="round", size_mm=28, color=(120, 40, 120))
        return [sh]
    T(sh, W / 2, 32, "CERTIFICADO DE COBERTURA", font=f, size=13, bold=True, align="center")
    y = P(sh, 22, 42, W - 44, f"Por medio del presente certificamos que {c.p.given_names} {c.p.surname}, nacido/a el "
          f"{d_en(c.p.birth_date)}, se encuentra asegurado/a bajo la póliza {pol} ({ins.get('plan', '')}), con vigencia "
          f"desde el {d_en(s)} hasta el {d_en(e)}. La póliza cubre hospitalización, consultas, tratamientos "
          f"especializados y medicamentos en los Países Bajos, incluidas enfermedades preexistentes, hasta USD "
          f"1.500.000.", font=f, size=10, leading=1.45, align="justify") + 6
    T(sh, 22, y, "English summary", font=f, size=10, bold=True)
    y = P(sh, 22, y + 6, W - 44, f"{c.p.given_names} {c.p.surname}, born {d_en(c.p.birth_date)}, is insured under "
          f"policy {pol} from {d_en(s)} to {d_en(e)}, covering hospital care, consultations, specialist treatment and "
          f"medicines in the Netherlands, including pre-existing conditions.", font=f, size=10, leading=1.45) + 10
    T(sh, 22, y, f"Quito, {d_en(c.sub - dt.timedelta(days=rng.randint(5, 30)))}", font=f, size=10)
    sh.signature(22, y + 5, 42, 13, rng, color=BLUE_INK)
    T(sh, 22, y + 20, "Gerente de Suscripción / Underwriting Manager", font=f, size=9.5)
    sh.stamp(W - 70, y - 4, [ins.get("short", "SEGUROS").upper()[:18], "QUITO", "ECUADOR"], rng, shape="round",
             size_mm=28, color=(120, 40, 120))
    return [sh]


_r("polisblad-polisoverzicht-gekleurde-zijstreep-25", "health-insurance", "nl", polis_side_stripe,
   "Dutch insurer's policy overview with a coloured stripe down the right edge")
_r("incoming-polisbewijs-pas-onder-gegevens-25", "health-insurance", "en/nl", incoming_card_under,
   "incoming insurer's bilingual policy certificate with the card printed under the data")
_r("intl-certificado-ecuador-carta-sello-rond-25", "health-insurance", "en/es", intl_ecuador,
   "Ecuadorian insurer's coverage certificate in Spanish with an English summary and a round seal")


# =========================================================================== civic integration (DUO)

def duo_diploma_corner(c: Case, rng: random.Random, **_) -> list[Sheet]:
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    f = "serif5"
    sh.rect(W - 40, 0, 40, 40, width_mm=0, fill=(240, 140, 40))
    sh.rect(16, 16, W - 32, H - 32, width_mm=0.6, color=(200, 110, 30))
    T(sh, 24, 24, "DUO", font="sans4", size=16, bold=True, color=(0, 70, 140))
    T(sh, 24, 31, "Dienst Uitvoering Onderwijs · Ministerie van OCW", font="sans4", size=7.5, color=GREY)
    T(sh, W / 2, 80, "DIPLOMA", font=f, size=28, bold=True, align="center")
    T(sh, W / 2, 94, "Inburgeringsexamen", font=f, size=14, align="center")
    p = c.p
    T(sh, W / 2, 116, "uitgereikt aan", font=f, size=10, align="center", color=GREY)
    T(sh, W / 2, 124, f"{p.given_names} {p.surname}", font=f, size=16, bold=True, align="center")
    T(sh, W / 2, 134, f"geboren op {d_nl(p.birth_date)} te {p.birth_place}", font=f, size=10.5, align="center")
    P(sh, 40, 150, W - 80, "die met goed gevolg alle onderdelen van het inburgeringsexamen heeft afgelegd, zoals "
      "bedoeld in de Wet inburgering 2021.", font=f, size=10.5, leading=1.4, align="center")
    dd = _inb_date(c, rng)
    r = random.Random(seed_of("dip25", c.rng_seed))
    sh.signature(30, H - 80, 46, 15, rng, color=BLACK_INK)
    T(sh, 30, H - 62, "de minister van Sociale Zaken en Werkgelegenheid", font=f, size=8.5)
    T(sh, W - 30, H - 70, f"Groningen, {d_nl(dd)}", font=f, size=10, align="right")
    T(sh, W - 30, H - 64, f"Nummer {r.randint(1000000, 9999999)}", font=f, size=8.5, align="right", color=GREY)
    return [sh]


def duo_exemption_window(c: Case, rng: random.Random, **_) -> list[Sheet]:
    sh = c.new_sheet()
    W = c.page_w
    f = "sans6"
    T(sh, 20, 14, "Dienst Uitvoering Onderwijs", font=f, size=11, bold=True, color=(0, 70, 140))
    T(sh, 20, 19, "Postbus 30205, 2500 GE Den Haag", font=f, size=7.5, color=GREY)
    p = c.p
    y = 48
    for ln in (f"{title_nl(p).capitalize()} {p.given_names[:1]}. {p.surname}",
               *((f"{p.address.street} {p.address.number}", f"{p.address.postcode}  {p.address.city.upper()}")
                 if p.address else ())):
        T(sh, 110, y, ln, font=f, size=10)
        y += 5
    dd = _inb_date(c, rng)
    r = random.Random(seed_of("ont25", c.rng_seed))
    T(sh, 20, 78, f"Datum  {d_nl(dd)}", font=f, size=9)
    T(sh, 20, 83, f"Kenmerk  ONT-{r.randint(100000, 999999)}", font=f, size=9)
    T(sh, 20, 92, "Onderwerp: ontheffing inburgeringsplicht", font=f, size=10.5, bold=True)
    paras = [f"Geachte {title_nl(p)} {p.surname},",
             "1. U heeft ons gevraagd om ontheffing van de inburgeringsplicht op medische gronden.",
             "2. Uit het advies van de onafhankelijke keuringsarts blijkt dat u door een lichamelijke of psychische "
             "beperking blijvend niet in staat bent het inburgeringsexamen af te leggen.",
             "3. Daarom krijgt u ontheffing van de inburgeringsplicht. U hoeft het inburgeringsexamen niet meer te doen.",
             "4. Bent u het niet eens met deze beslissing? Dan kunt u binnen zes weken bezwaar maken.",
             "Met vriendelijke groet,\nDienst Uitvoering Onderwijs"]
    y = 102
    for para in paras:
        y = P(sh, 20, y, W - 40, para, font=f, size=10.2, leading=1.45) + 3
    return [sh]


def duo_results_table(c: Case, rng: random.Random, *, failed: bool = False, **_) -> list[Sheet]:
    sh = c.new_sheet()
    W = c.page_w
    f = "sans"
    T(sh, 20, 14, "DUO", font="sans4", size=15, bold=True, color=(0, 70, 140))
    T(sh, 42, 15.5, "Uitslag inburgeringsexamen", font=f, size=10)
    p = c.p
    T(sh, 20, 30, f"{p.given_names} {p.surname}", font=f, size=11, bold=True)
    T(sh, 20, 35.5, f"Geboortedatum {c.dfmt(p.birth_date)}", font=f, size=9.5)
    dd = _inb_date(c, rng)
    parts = ["Leesvaardigheid B1", "Luistervaardigheid B1", "Schrijfvaardigheid B1", "Spreekvaardigheid B1",
             "Kennis Nederlandse Maatschappij"]
    bad = random.Random(seed_of("fail25", c.rng_seed)).randrange(4) if failed else -1
    r = random.Random(seed_of("res25", c.rng_seed))
    hdr = ("Onderdeel", "Examendatum", "Cijfer", "Resultaat")
    xs, ws = (20, 86, 120, 136), (66, 34, 16, W - 156)
    y = 48
    for i, row in enumerate([hdr] + [None] * len(parts)):
        if row is None:
            k = i - 1
            mark = r.choice([4, 5]) if k == bad else r.choice([6, 7, 8, 9])
            day = dd - dt.timedelta(days=r.randint(0, 60))
            row = (parts[k], d_nl(day, "dashes"), str(mark), "niet gehaald" if k == bad else "gehaald")
        for x, w, cell in zip(xs, ws, row):
            sh.rect(x, y, w, 8, width_mm=0.2, fill=SHADE if i == 0 else None)
            T(sh, x + 1.5, y + 2, cell, font=f, size=8.6, bold=(i == 0 or cell == "niet gehaald"))
        y += 8
    msg = ("U heeft niet alle onderdelen gehaald. U kunt het onderdeel dat u niet heeft gehaald opnieuw doen."
           if failed else "U heeft alle onderdelen gehaald. Uw diploma ontvangt u binnen zes weken per post.")
    P(sh, 20, y + 8, W - 40, msg, font=f, size=10, leading=1.4)
    T(sh, 20, y + 24, f"Den Haag, {d_nl(dd)}", font=f, size=9.5)
    return [sh]


_r("duo-diploma-oranje-hoekblok-kader-handtekening-links-25", "civic-integration", "nl", duo_diploma_corner,
   "DUO diploma with an orange corner band and a frame, the minister's signature at the left")
_r("duo-ontheffing-brief-vensterenvelop-genummerde-alineas-25", "civic-integration", "nl", duo_exemption_window,
   "DUO exemption letter set for a window envelope, numbered paragraphs")
_r("duo-uitslag-tabel-examendatum-cijfers-25", "civic-integration", "nl", duo_results_table,
   "DUO results table with exam dates and marks")


# =========================================================================== other: cover letter, IND letters, visa

def cover_boxed_list(c: Case, rng: random.Random, *, enclosures: list[str] | None = None, **_) -> list[Sheet]:
    from .ind import LAWYERS
    lw = c.lawyer or LAWYERS[0]
    sh = c.new_sheet()
    W = c.page_w
    f = "sans2"
    T(sh, 20, 12, lw["firm"], font="serif7", size=14, bold=True)
    T(sh, 20, 19, "advocaten · mediators", font=f, size=8, color=GREY)
    T(sh, W - 20, 12, lw["street"], font=f, size=8, color=GREY, align="right")
    T(sh, W - 20, 16, f"{lw['pc']} {lw['city']}", font=f, size=8, color=GREY, align="right")
    y = 40
    T(sh, 20, 35, "AANGETEKEND", font=f, size=8.5, bold=True)
    for ln in IND_ADDRESSES[rng.randrange(len(IND_ADDRESSES))].split("\n"):
        T(sh, 20, y, ln, font=f, size=10.5)
        y += 5
    dd = c.sub - dt.timedelta(days=rng.randint(0, 3))
    y += 8
    T(sh, 20, y, f"{lw['city']}, {d_nl(dd)}", font=f, size=10.5)
    y += 8
    for a, b in (("Cliënt", f"{c.p.surname.upper()}, {c.p.given_names} ({c.dfmt(c.p.birth_date)})"),
                 ("V-nummer", c.vnr), ("Betreft", "aanvraag " + PROC_NL[c.procedure].replace("een ", "", 1))):
        T(sh, 20, y, a, font=f, size=10, bold=True)
        for k, ln in enumerate(_wrap(b, W - 70, f, 10)):
            T(sh, 50, y + k * 4.6, ln, font=f, size=10)
        y += 5 + 4.6 * (len(_wrap(b, W - 70, f, 10)) - 1)
    y += 6
    paras = ["Geachte heer/mevrouw,",
             f"Namens cliënt{'e' if c.p.sex == 'F' else ''} dien ik hierbij een aanvraag in voor "
             f"{PROC_NL[c.procedure]}. Het ingevulde en ondertekende formulier en de bewijsstukken zijn bijgevoegd."]
    if c.procedure == "ind-medical-treatment" and c.art64_end:
        paras.append(f"Aan cliënt was uitstel van vertrek (artikel 64 Vw) verleend tot en met {d_nl(c.art64_end)}.")
    if c.procedure == "ind-hnt-continued" and c.since:
        paras.append(f"Cliënt heeft sinds {d_nl(c.since)} rechtmatig verblijf "
                     f"({dict(ROUTES_7027).get(c.route, '').replace('na verblijf ', '')}).")
    if c.no_passport:
        paras.append("Cliënt beschikt niet over een geldig paspoort. Ik verzoek u daarom om vrijstelling van het "
                     "paspoortvereiste. " + " ".join(EXEMPTION_TEXT[i] for i in c.exemption_shown))
    if c.suriname_visa:
        paras.append("Cliënt heeft de Surinaamse nationaliteit en is ingereisd met een mvv voor medische behandeling; "
                     "een kopie van de mvv is bijgevoegd.")
    for p_ in paras:
        y = P(sh, 20, y, W - 40, p_, font=f, size=10.5, leading=1.45) + 3
    if enclosures:
        h = 8 + 4.8 * len(enclosures)
        sh.rect(20, y + 2, W - 40, h, width_mm=0.3)
        T(sh, 24, y + 4, "Bijlagen", font=f, size=10, bold=True)
        for i, e in enumerate(enclosures):
            T(sh, 24, y + 9.5 + i * 4.8, f"{i + 1:>2}.  {e}"[:90], font=f, size=9.3)
        y += h + 6
    T(sh, 20, y + 2, "Met vriendelijke groet,", font=f, size=10.5)
    sh.signature(20, y + 6, 44, 14, rng, color=rng.choice([BLUE_INK, BLACK_INK]))
    T(sh, 20, y + 22, c.lawyer_name or "mr. A. de Groot", font=f, size=10.5)
    return [c.intr(sh)]


def _ind_side(sh: Sheet, c: Case, dd: dt.date, subject: str) -> float:
    W = c.page_w
    sh.rect(W - 52, 0, 52, c.page_h, width_mm=0, fill=(238, 238, 238))
    T(sh, 20, 14, "Immigratie- en Naturalisatiedienst", font="sans", size=12, bold=True, color=(0, 60, 120))
    T(sh, 20, 20, "Ministerie van Asiel en Migratie", font="sans", size=8.5, color=GREY)
    r = random.Random(seed_of("ind25", c.rng_seed))
    yy = 40
    for a, b in (("Datum", d_nl(dd)), ("V-nummer", c.vnr), ("Ons kenmerk", f"{r.randint(1000000, 9999999)}"),
                 ("Contact", "IND-informatielijn\n088 043 0430")):
        T(sh, W - 49, yy, a, font="sans", size=7, bold=True)
        for k, ln in enumerate(b.split("\n")):
            T(sh, W - 49, yy + 3.5 + k * 3.6, ln, font="sans", size=8)
        yy += 11 + 3.6 * b.count("\n")
    p = c.p
    y = 44
    for ln in (f"{title_nl(p).capitalize()} {p.given_names} {p.surname}",
               *((f"{p.address.street} {p.address.number}", f"{p.address.postcode} {p.address.city}")
                 if p.address else ())):
        T(sh, 20, y, ln, font="sans", size=10)
        y += 5
    T(sh, 20, y + 14, subject, font="sans", size=11, bold=True)
    return y + 24


def art64_decision(c: Case, rng: random.Random, **_) -> list[Sheet]:
    end = c.art64_end or (c.since - dt.timedelta(days=1) if c.since else c.sub + dt.timedelta(days=10))
    start = add_years(end, -1) + dt.timedelta(days=1)
    dd = start + dt.timedelta(days=rng.randint(3, 25))
    sh = c.new_sheet()
    y = _ind_side(sh, c, dd, "Beslissing: uitstel van vertrek (artikel 64 Vreemdelingenwet)")
    for para in (f"Geachte {title_nl(c.p)} {c.p.surname},",
                 "Op advies van het Bureau Medische Advisering (BMA) is vastgesteld dat u om medische redenen "
                 "niet kunt reizen. U krijgt daarom uitstel van vertrek.",
                 f"Het uitstel van vertrek geldt van {d_nl(start)} tot en met {d_nl(end)}.",
                 "Hoogachtend,\nde Minister van Asiel en Migratie,\nnamens deze,\nImmigratie- en Naturalisatiedienst"):
        y = P(sh, 20, y, c.page_w - 80, para, font="sans", size=10, leading=1.45) + 4
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
    y = _ind_side(sh, c, dd, "Beslissing op uw aanvraag verblijfsvergunning")
    for para in (f"Geachte {title_nl(c.p)} {c.p.surname},",
                 f"Uw aanvraag is ingewilligd. U krijgt een verblijfsvergunning regulier voor bepaalde tijd onder de "
                 f"beperking '{purpose}'.",
                 f"De verblijfsvergunning is geldig van {d_nl(since)} tot en met "
                 f"{d_nl(add_years(since, 1 if 'medisch' in purpose else 5) - dt.timedelta(days=1))}.",
                 "Met vriendelijke groet,\nImmigratie- en Naturalisatiedienst"):
        y = P(sh, 20, y, c.page_w - 80, para, font="sans", size=10, leading=1.45) + 4
    return [c.intr(sh)]


def mvv_clip(c: Case, rng: random.Random, **_) -> list[Sheet]:
    sh = c.new_sheet()
    x0, y0 = 62, 60
    sh.rect(x0 - 2, y0 - 2, 92, 129, width_mm=0, fill=(214, 210, 200))
    sh.rect(x0, y0, 88, 125, width_mm=0, fill=(244, 241, 232))
    sh.rect(x0 + 70, y0 - 8, 6, 30, width_mm=0.6, color=(150, 150, 150))
    start = c.sub - dt.timedelta(days=rng.randint(150, 200))
    end = start + dt.timedelta(days=rng.randint(85, 90))
    vx, vy = x0 + 6, y0 + 30
    sh.rect(vx, vy, 76, 54, width_mm=0.2, fill=(226, 236, 226))
    T(sh, vx + 2, vy + 2, "VISUM · NEDERLAND · MVV", font="sans4", size=7.5, bold=True, color=(0, 80, 60))
    pno = c.passport_no or f"S{rng.randint(1000000, 9999999)}"
    rows = [("GELDIG VOOR", "SCHENGEN + NL"), ("VAN", start.strftime("%d-%m-%y")), ("TOT", end.strftime("%d-%m-%y")),
            ("SOORT", "D"), ("PASPOORTNR.", pno), ("NAAM", f"{c.p.surname.upper()}, {c.p.given_names.upper()}"[:30]),
            ("OPMERKINGEN", "MVV – MEDISCHE BEHANDELING")]
    y = vy + 7
    for a, b in rows:
        T(sh, vx + 2, y, a, font="sans4", size=4.6, color=GREY)
        T(sh, vx + 20, y, b, font="sans4", size=6)
        y += 3.9
    line1 = ("V<NLD" + _mrz_name(c.p, 39))[:44]
    birth = c.p.birth_date.strftime("%y%m%d")
    exp = end.strftime("%y%m%d")
    pn = (pno + "<" * 9)[:9]
    line2 = (f"{pn}{_mrz_check(pn)}SUR{birth}{_mrz_check(birth)}{c.p.sex}{exp}{_mrz_check(exp)}" + "<" * 16)[:44]
    T(sh, vx + 0.5, vy + 43, line1, font="ocrb", size=4.7)
    T(sh, vx + 0.5, vy + 48, line2, font="ocrb", size=4.7)
    return [sh]


_r("cover-letter-bijlagen-genummerd-in-kader-25", "other", "nl", cover_boxed_list,
   "Dutch lawyer's cover letter with the client block and the enclosures numbered inside a box")
_r("art64-decision-ind-grijze-zijbalk-25", "other", "nl", art64_decision,
   "IND art. 64 decision with a grey sidebar holding the reference data")
_r("permit-letter-ind-grijze-zijbalk-25", "other", "nl", permit_decision,
   "IND permit decision with a grey sidebar")
_r("mvv-sticker-sur-los-op-ware-grootte-paperclip-25", "other", "nl", mvv_clip,
   "MVV sticker page copied on its own at actual size, a paper clip's shadow at the top")
