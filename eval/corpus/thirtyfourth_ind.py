"""IND families of the `thirtyfourth` part (registered in ind.FAMILIES).

Written after dev, heldout and the parts fresh to thirty-third had been read, by a writer who saw neither the
validator nor its output, from the seeds and how such papers look in Dutch files.  Each family's layout, wording
and copy habits are described in its registration note and, where it has one, its docstring (the part is read
blind, so they are not summarised here).
"""

from __future__ import annotations

import datetime as dt
import random

from PIL import Image

from .ind import (
    BLACK_INK,
    BLUE_INK,
    EXEMPTION_TEXT,
    GENERIC_PURPOSES,
    IND_ADDRESSES,
    PROC_NL,
    ROUTES_7027,
    Case,
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
    _treat_start,
    add_months,
    add_years,
    country_nl,
    d_en,
    d_nl,
    duration_phrase,
    earner,
    eur,
    iban_fmt,
    nat_nl,
    pay_calc,
    seed_of,
    title_nl,
)
from .paper import Sheet
from .people import make_professional, nationality_adj
from .thirtyfourth_identity import (
    BOOK,
    BOOK_B,
    BOOK_I,
    CAPS,
    CARL,
    CARL_B,
    CARL_I,
    CSB,
    CSB_B,
    CSB_I,
    DCOND,
    DCOND_B,
    FMONO,
    LNAR,
    LNAR_B,
    NSANS,
    NSANS_B,
    NSANS_I,
    PEN,
    coffee_ring,
    copy_of_copy,
    drum_line,
    highlight,
    pencil,
    tippex,
)
from .twentyeighth_identity import barcode, fit, glyphs, qr, sheet_of, wrap

PART = "thirtyfourth"
GREY = (100, 100, 104)
IND_COL = (1, 56, 101)
TEAL = (0, 104, 110)


def T(sh: Sheet, x, y, s, *, font=NSANS, size=10.0, color=(0, 0, 0), align="left") -> float:
    if not s:
        return 0.0
    return sh.text(x, y, s, font=font, size_pt=size, color=color, anchor=align)


def P(sh: Sheet, x, y, w, s, *, font=CSB, size=10.5, leading=1.42, align="left", color=(0, 0, 0)) -> float:
    return sh.paragraph(x, y, w, s, font=font, size_pt=size, leading=leading, align=align, color=color)


def _r(id_, type_, lang, fn, notes):
    from .ind import _reg

    _reg(id_, type_, PART, lang, fn, notes)


def _who(c: Case, key: str) -> str:
    r = random.Random(seed_of(key, c.rng_seed))
    g, s, _ = make_professional(r, "NL")
    return f"{g} {s}"


def _addr_lines(c: Case, p=None) -> list[str]:
    p = p or c.p
    a = p.address or c.p.address
    return [f"{title_nl(p).capitalize()} {p.given_names} {p.surname}"] + (
        [f"{a.street} {a.number}", f"{a.postcode}  {a.city}"] if a else [])


def _same_size(c: Case, img: Image.Image) -> Sheet:
    return sheet_of(img, c.page_w, c.page_h)


def _care_span(c: Case) -> tuple[dt.date, dt.date]:
    """The treatment period a care institution confirms: still running well after the application."""
    s, e = _care_dates(c)
    if e <= c.sub + dt.timedelta(days=90):
        e = add_months(max(s, c.sub), 12)
    return s, e


# =========================================================================== application forms

class _Form:
    """The IND's forms as printed from their 2034 PDF: the IND's name and a barcode with the form code in the page
    head, the V-number in a framed field under it; questions numbered '1a', '1b' with the label ABOVE a pale
    yellow answer field; options as round radio marks; answers typed on screen in FreeMono or written by hand in
    block capitals; 'V-nummer ... · blad n van N' in the footer of every page; at the end the signature ABOVE the
    line labelled 'Handtekening aanvrager'."""

    def __init__(self, c: Case, rng: random.Random, title: str, code: str):
        self.c, self.rng, self.title, self.code = c, rng, title, code
        self.hand = c.fill == "hand"
        self.ink = rng.choice([BLUE_INK, BLACK_INK])
        self.pages: list[Sheet] = []
        self.n = 0
        self.q = 0
        self.y = 0.0
        self.new()

    def new(self):
        c = self.c
        sh = c.new_sheet()
        W = c.page_w
        T(sh, 18, 16, "IND", font=NSANS_B, size=17, color=IND_COL)
        T(sh, 36, 16.5, "Immigratie- en", font=NSANS, size=8.5, color=IND_COL)
        T(sh, 36, 20.3, "Naturalisatiedienst", font=NSANS, size=8.5, color=IND_COL)
        barcode(sh, W - 66, 15, 48, 7, self.code + str(len(self.pages)))
        T(sh, W - 42, 23, self.code, font=NSANS, size=7, color=GREY, align="center")
        T(sh, W - 66, 28, "V-nummer", font=NSANS, size=7.5, color=GREY)
        sh.rect(W - 66, 31.5, 48, 7, width_mm=0.35)
        self._val(sh, W - 66, 32.6, 48, self.c.vnr)
        if not self.pages:
            self.y = P(sh, 18, 44, W - 36, self.title, font=NSANS_B, size=13.5, leading=1.25) + 4
        else:
            self.y = 44
        self.pages.append(c.intr(sh))

    def need(self, h: float):
        if self.y + h > self.c.page_h - 28:
            self.new()

    def head(self, title: str):
        self.need(30)
        self.n += 1
        self.q = 0
        sh, W = self.pages[-1], self.c.page_w
        T(sh, 18, self.y, f"{self.n}", font=NSANS_B, size=12, color=IND_COL)
        T(sh, 26, self.y, title, font=NSANS_B, size=12, color=IND_COL)
        sh.rule(18, self.y + 6, W - 18, self.y + 6, width_mm=0.5, color=IND_COL)
        self.y += 9.5

    def _val(self, sh, x, y, w, v):
        v = str(v)
        if self.hand:
            vv = glyphs(v.upper(), CAPS)
            sh.handwriting(x + 1.2, y - 1.2, vv, self.rng, size_pt=fit(vv, CAPS, 11, (w - 3) / 1.1), color=self.ink,
                           font="blockcaps")
        else:
            T(sh, x + 1.4, y + 0.6, v, font=FMONO, size=fit(v, FMONO, 10, w - 3))

    def ask(self, q: str, value: str | None, w: float | None = None):
        W = self.c.page_w
        self.q += 1
        lab = f"{self.n}{chr(96 + self.q)}  {q}"
        ww = w or (W - 36)
        font = CAPS if self.hand else FMONO
        rows = wrap(str(value or "").upper() if self.hand else str(value or ""), (ww - 4) / (1.1 if self.hand else 1),
                    font, 11 if self.hand else 10) or [""]
        h = 6.6 * len(rows) + 1.4
        self.need(h + 6)
        sh = self.pages[-1]
        T(sh, 18, self.y, lab, font=NSANS, size=8.6, color=(40, 40, 40))
        self.y += 4.2
        sh.rect(18, self.y, ww, h, width_mm=0.2, color=(170, 160, 110), fill=(255, 250, 222))
        for j, r_ in enumerate(rows):
            if r_:
                self._val(sh, 18, self.y + 1.4 + j * 6.6, ww, r_)
        self.y += h + 3

    def choose(self, q: str, options: list[str], chosen: int | None):
        W = self.c.page_w
        self.q += 1
        lab = f"{self.n}{chr(96 + self.q)}  {q}"
        self.need(6 + 6 * len(options))
        sh = self.pages[-1]
        T(sh, 18, self.y, lab, font=NSANS, size=8.6, color=(40, 40, 40))
        self.y += 5
        for i, o in enumerate(options):
            sh.text(20, self.y - 0.8, "○", font="sans3", size_pt=11)
            if chosen == i:
                if self.hand:
                    sh.handwriting(19.6, self.y - 1.6, "x", self.rng, size_pt=12, color=self.ink, font=PEN)
                else:
                    sh.text(20, self.y - 0.8, "●", font="sans3", size_pt=11)
            T(sh, 26, self.y, o, font=NSANS, size=9)
            self.y += 6
        self.y += 1.5
        _ = W

    def sign(self):
        c = self.c
        self.need(62)
        self.head("Ondertekening")
        W = c.page_w
        sh = self.pages[-1]
        self.y = P(sh, 18, self.y, W - 36, "Ik verklaar dat ik dit formulier volledig en naar waarheid heb ingevuld. "
                                            "Ik weet dat de IND mijn gegevens kan controleren.", font=NSANS, size=9) + 3
        d0 = c.sub - dt.timedelta(days=self.rng.randint(1, 9))
        self.ask("Plaats", c.p.address.city if c.p.address else "Utrecht", w=80)
        self.ask("Datum", c.dfmt(d0), w=80)
        sh = self.pages[-1]
        y = self.y + 4
        sh.signature(24 + self.rng.uniform(0, 20), y, self.rng.uniform(48, 62), 17, self.rng, color=self.ink)
        sh.rule(18, y + 20, 110, y + 20, width_mm=0.35)
        T(sh, 18, y + 21.5, "Handtekening aanvrager", font=NSANS, size=8.6, color=GREY)
        self.y = y + 30

    def finish(self) -> list[Sheet]:
        n = len(self.pages)
        W, H = self.c.page_w, self.c.page_h
        for i, sh in enumerate(self.pages, 1):
            sh.rule(18, H - 19, W - 18, H - 19, width_mm=0.2, color=(160, 160, 160))
            T(sh, 18, H - 17, f"{self.code} · V-nummer {self.c.vnr}", font=NSANS, size=7.8, color=GREY)
            T(sh, W - 18, H - 17, f"blad {i} van {n}", font=NSANS, size=7.8, color=GREY, align="right")
        return self.pages


def _person(f: _Form):
    c, p = f.c, f.c.p
    f.head("Persoonsgegevens")
    f.ask("Achternaam (zoals in het paspoort)", p.surname)
    f.ask("Alle voornamen", p.given_names)
    f.ask("Geboortedatum", c.dfmt(p.birth_date), w=80)
    f.ask("Geboorteplaats", p.birth_place, w=80)
    f.ask("Geboorteland", country_nl(p), w=80)
    f.ask("Nationaliteit", nat_nl(p), w=80)
    f.choose("Geslacht", ["man", "vrouw"], 0 if p.sex == "M" else 1)
    if p.address:
        f.ask("Woonadres in Nederland", f"{p.address.street} {p.address.number}, {p.address.postcode} "
                                        f"{p.address.city}")
    f.head("Gemachtigde")
    if c.lawyer:
        f.choose("Heeft u een advocaat of gemachtigde?", ["ja", "nee"], 0)
        f.ask("Naam en kantoor", f"{c.lawyer_name}, {c.lawyer['firm']}")
        f.ask("Postadres kantoor", f"{c.lawyer['street']}, {c.lawyer['pc']} {c.lawyer['city']}")
    else:
        f.choose("Heeft u een advocaat of gemachtigde?", ["ja", "nee"], 1)


def form_med(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _Form(c, rng, "Aanvraag verblijfsvergunning – medische behandeling", "MED-2034")
    _person(f)
    f.head("Behandeling")
    f.ask("Zorginstelling (naam en plaats)", f"{c.hospital.get('name', '')}, {c.hospital.get('city', '')}")
    f.ask("Welke behandeling krijgt u?", c.med.get("tx_short", ""))
    f.choose("Heeft u 1 jaar uitstel van vertrek gehad (artikel 64 Vreemdelingenwet)?", ["nee", "ja"],
             1 if c.art64_end else 0)
    if c.art64_end:
        f.ask("Einddatum van het jaar uitstel van vertrek", c.dfmt(c.art64_end), w=80)
    f.head("Kosten van behandeling en verblijf")
    if c.art64_end:
        f.choose("Wie betaalt?", ["niet van toepassing (aanvraag na artikel 64)", "ikzelf", "een garantsteller"], 0)
    else:
        f.choose("Wie betaalt?", ["ikzelf", "een garantsteller"], 1 if c.payer else 0)
        if c.payer:
            f.ask("Naam garantsteller en relatie", f"{c.payer.given_names} {c.payer.surname} ({c.payer_relation})")
    f.head("Paspoort en visum")
    f.choose("Heeft u een geldig paspoort?", ["ja, kopie bijgevoegd", "nee, ik vraag vrijstelling van het "
                                                                     "paspoortvereiste"], 1 if c.no_passport else 0)
    f.choose("Heeft u de Surinaamse nationaliteit en een visum voor medische behandeling?", ["nee", "ja"],
             1 if c.suriname_visa else 0)
    f.sign()
    return f.finish()


def form_7027(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _Form(c, rng, "Aanvraag verblijfsvergunning onbepaalde tijd – humanitair niet-tijdelijk (voortgezet "
                      "verblijf)", "7027-2034")
    _person(f)
    f.head("Uw verblijfsvergunning")
    f.ask("Verblijfsdoel van uw huidige vergunning", dict(ROUTES_7027).get(c.route, ""))
    f.ask("Sinds wanneer heeft u deze vergunning?", c.dfmt(c.since) if c.since else "", w=80)
    f.head("Voorwaarden")
    if c.route == "relationship":
        f.choose("Inburgering", ["ik heb het inburgeringsdiploma", "ik heb ontheffing of vrijstelling",
                                 "geen van beide"],
                 0 if c.inburgering in ("diploma", "results") else (1 if c.inburgering == "exemption" else 2))
    elif c.route and c.route.startswith("medical"):
        f.choose("Is uw behandeling nog ten minste 1 jaar nodig?", ["ja (verklaring arts bijgevoegd)", "nee"], 0)
    else:
        f.choose("Is uw situatie veranderd sinds de vergunning is verleend?", ["nee", "ja"], 0)
    f.sign()
    return f.finish()


def form_generic(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _Form(c, rng, "Aanvraag verlenging verblijfsvergunning regulier bepaalde tijd", "VERL-2034")
    _person(f)
    f.head("Uw verblijfsvergunning")
    r = random.Random(c.rng_seed + 34)
    f.ask("Huidig verblijfsdoel", GENERIC_PURPOSES[r.randrange(len(GENERIC_PURPOSES))])
    f.ask("Einddatum huidige vergunning", c.dfmt(c.sub + dt.timedelta(days=r.randint(20, 90))), w=80)
    f.choose("Voldoet u nog aan de voorwaarden?", ["ja", "nee"], 0)
    f.sign()
    return f.finish()


for _id, _fn, _n in (("ind-form-med-barcode-kop-vnr-veld-gele-antwoordvelden-radiorondjes-34", form_med,
                      "medical-treatment form: barcode and V-number field in the head, pale yellow answer fields "
                      "under the labels, radio marks, signature above the labelled line"),
                     ("ind-form-7027-barcode-kop-vnr-veld-gele-antwoordvelden-radiorondjes-34", form_7027,
                      "form 7027 in the same layout"),
                     ("ind-form-generic-barcode-kop-vnr-veld-gele-antwoordvelden-radiorondjes-34", form_generic,
                      "extension form in the same layout")):
    _r(_id, "application", "nl", _fn, _n)


# =========================================================================== income

_MND = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
        "november", "december"]


def payslip_columns(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A payslip in the layout of a large payroll package: the employer and the employee in two framed blocks
    side by side, the earnings and deductions in two columns ('Betalingen' / 'Inhoudingen'), the net pay
    highlighted in a grey bar, the year-to-date figures in a small table at the foot; the employee marked the
    net amount with a highlighter before handing it in."""
    g = earner(c)
    e = _emp(c, rng)
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    sh = c.new_sheet()
    W = c.page_w
    f, fb = CARL, CARL_B
    month = (c.sub.month - 2) % 12 + 1
    T(sh, 18, 18, "Loonstrook", font=fb, size=17)
    T(sh, W - 18, 19, f"{_MND[month - 1]} {c.sub.year}", font=f, size=11, align="right")
    bw = (W - 42) / 2
    for i, (head, rows) in enumerate((("Werkgever", [e["name"], f"{e.get('street', '')}",
                                                     f"{e.get('pc', '')} {e.get('city', '')}",
                                                     f"Loonheffingennr. {e['lhn']}"]),
                                      ("Werknemer", [f"{g.given_names} {g.surname}",
                                                     f"Geboren {c.dfmt(g.birth_date)}",
                                                     f"Personeelsnr. {e['pnr']} · {e['func_now']}",
                                                     f"In dienst sinds {c.dfmt(e['start'])}"]))):
        x = 18 + i * (bw + 6)
        sh.rect(x, 30, bw, 30, width_mm=0.3)
        T(sh, x + 2, 31.5, head, font=fb, size=9, color=GREY)
        for j, r_ in enumerate(rows):
            T(sh, x + 2, 37 + j * 5.2, r_, font=f, size=fit(r_, f, 9.6, bw - 4))
    y = 68
    T(sh, 18, y, "Betalingen", font=fb, size=10.5)
    T(sh, 18 + bw + 6, y, "Inhoudingen", font=fb, size=10.5)
    y += 6
    pays = [("Salaris", k["bruto"])] + ([("Reiskostenvergoeding", k["reis"])] if k["reis"] else [])
    deds = [(f"Pensioenpremie {e.get('pension', '')}".strip(), k["pens"]), ("Loonheffing", k["lh"])]
    for j in range(max(len(pays), len(deds))):
        if j < len(pays):
            T(sh, 18, y, pays[j][0], font=f, size=10)
            T(sh, 18 + bw, y, eur(pays[j][1]), font=f, size=10, align="right")
        if j < len(deds):
            T(sh, 24 + bw, y, deds[j][0], font=f, size=fit(deds[j][0], f, 10, bw - 30))
            T(sh, W - 18, y, eur(deds[j][1]), font=f, size=10, align="right")
        y += 6
    y += 4
    sh.rect(18, y, W - 36, 9, width_mm=0, fill=(224, 224, 224))
    T(sh, 20, y + 2, f"Netto uit te betalen op {iban_fmt(e['iban'])}", font=fb, size=10.5)
    T(sh, W - 20, y + 2, eur(k["net"]), font=fb, size=11.5, align="right")
    highlight(sh, W - 52, y + 1.2, 34, 6.4, random.Random(seed_of("hl", c.rng_seed)), color=(140, 240, 120))
    y += 18
    T(sh, 18, y, "Cumulatieven", font=fb, size=9.5)
    y += 5.5
    for a, b in (("Loon voor de loonheffing", eur(k["base"] * month)), ("Ingehouden loonheffing", eur(k["lh"] * month)),
                 ("Netto cumulatief", eur(k["net"] * month))):
        T(sh, 18, y, a, font=f, size=9, color=GREY)
        T(sh, 110, y, b, font=f, size=9, color=GREY, align="right")
        y += 4.8
    return [sh]


def employer_statement(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A 'werkgeversverklaring' typed on the employer's letterhead as a list of numbered statements (employment
    since, contract for an indefinite period, gross and net monthly wage, no dismissal foreseen), signed by the
    HR manager ABOVE the typed name, the company stamp beside; a copy made from a copy."""
    g = earner(c)
    e = _emp(c, rng)
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    sh = c.new_sheet()
    W = c.page_w
    f, fb = BOOK, BOOK_B
    T(sh, 18, 18, e["name"], font=fb, size=13)
    T(sh, 18, 24.5, f"{e.get('street', '')} · {e.get('pc', '')} {e.get('city', '')} · KvK {e['kvk']}", font=f,
      size=8.5, color=GREY)
    sh.rule(18, 29, W - 18, 29, width_mm=0.5)
    dd = c.sub - dt.timedelta(days=rng.randint(5, 30))
    T(sh, W - 18, 38, f"{e.get('city', '')}, {d_nl(dd)}", font=f, size=10, align="right")
    T(sh, 18, 50, "WERKGEVERSVERKLARING", font=fb, size=14)
    y = P(sh, 18, 60, W - 36, f"Ondergetekende, namens {e['name']}, verklaart het volgende over "
                              f"{title_nl(g)} {g.given_names} {g.surname}, geboren {c.dfmt(g.birth_date)}:", font=f,
          size=10.5) + 3
    for i, t in enumerate((f"Betrokkene is sinds {d_nl(e['start'])} bij ons in dienst als {e['func_now'].lower()}.",
                           "Het dienstverband is voor onbepaalde tijd; er is geen proeftijd meer van toepassing.",
                           f"Het bruto maandloon bedraagt {eur(e['bruto'])}, exclusief vakantietoeslag; het netto "
                           f"maandloon is ongeveer {eur(k['net'])}.",
                           "Er is geen ontslagprocedure aanhangig en het dienstverband zal naar verwachting worden "
                           "voortgezet."), 1):
        T(sh, 20, y, f"{i}.", font=f, size=10.5)
        y = P(sh, 28, y, W - 46, t, font=f, size=10.5) + 2.5
    y += 8
    T(sh, 18, y, "Aldus naar waarheid opgemaakt,", font=f, size=10.5)
    sh.signature(20, y + 5, rng.uniform(44, 54), 15, rng, color=BLUE_INK)
    T(sh, 18, y + 23, _who(c, "hr34"), font=fb, size=10.5)
    T(sh, 18, y + 28, "manager HR", font=BOOK_I, size=10)
    sh.stamp(W - 80, y + 4, [e["name"].upper()[:26], e.get("city", "").upper()], rng, shape="rect", size_mm=36,
             color=(40, 60, 150), angle=rng.uniform(-5, 5))
    return [_same_size(c, copy_of_copy(sh.render(200), rng))]


def bank_statement(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The bank's quarterly statement printed from the statement archive: the bank's name with a small square logo
    at the upper left, the account holder and IBAN in a block, the transactions in a table with 'Af' and 'Bij'
    columns and the running balance, the monthly salary credits among them, 'Saldo' lines at the top and foot."""
    g = earner(c)
    e = _emp(c, rng)
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    bank = c.bank
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    f, fb = LNAR, LNAR_B
    sh.rect(18, 14, 9, 9, width_mm=0, fill=TEAL)
    T(sh, 30, 15, bank["name"], font=fb, size=13)
    T(sh, W - 18, 15, "Rekeningafschrift", font=fb, size=12, align="right")
    end = c.sub - dt.timedelta(days=rng.randint(3, 12))
    start = add_months(end, -3)
    rows = [("Rekeninghouder", f"{g.given_names} {g.surname}"), ("IBAN", iban_fmt(e["iban"])),
            ("BIC", bank.get("bic", "")), ("Periode", f"{c.dfmt(start)} t/m {c.dfmt(end)}")]
    y = 32
    for a, b in rows:
        T(sh, 18, y, a, font=f, size=9.5, color=GREY)
        T(sh, 52, y, b, font=fb, size=10)
        y += 5.2
    y += 4
    cols = [("Datum", 18, "left"), ("Omschrijving", 40, "left"), ("Af", W - 62, "right"), ("Bij", W - 40, "right"),
            ("Saldo", W - 18, "right")]
    sh.rect(18, y, W - 36, 6.5, width_mm=0, fill=(226, 236, 236))
    for t, x, al in cols:
        T(sh, x + (1 if al == "left" else -1), y + 1.3, t, font=fb, size=9, align=al)
    y += 8.5
    bal = round(rng.uniform(150, 900), 2)
    T(sh, 40, y, "Beginsaldo", font=fb, size=9.3)
    T(sh, W - 19, y, eur(bal, False), font=fb, size=9.3, align="right")
    y += 6
    tx = []
    for m in (2, 1, 0):
        pay = add_months(end, -m).replace(day=min(25, 28))
        if pay > end:
            pay = end - dt.timedelta(days=1)
        tx.append((pay, f"{e['name']} SALARIS {_MND[(pay.month - 1) % 12].upper()}", 0.0, k["net"]))
        tx.append((pay + dt.timedelta(days=1), rng.choice(["HUUR – WOONINVEST", "HUUR PORTAAL", "VESTIA HUUR"]),
                   round(rng.uniform(640, 930), 2), 0.0))
        tx.append((pay + dt.timedelta(days=6), rng.choice(["ALBERT HEIJN", "LIDL", "JUMBO", "PLUS"]),
                   round(rng.uniform(40, 140), 2), 0.0))
        tx.append((pay + dt.timedelta(days=9), "ZORGVERZEKERING PREMIE", round(rng.uniform(130, 160), 2), 0.0))
    tx = sorted([t for t in tx if t[0] <= end], key=lambda t: t[0])
    for d_, desc, af, bij in tx:
        bal = round(bal - af + bij, 2)
        T(sh, 19, y, d_.strftime("%d-%m-%Y"), font=f, size=9.2)
        T(sh, 41, y, desc, font=f, size=fit(desc, f, 9.2, W - 120))
        if af:
            T(sh, W - 63, y, eur(af, False), font=f, size=9.2, align="right")
        if bij:
            T(sh, W - 41, y, eur(bij, False), font=fb, size=9.2, align="right")
        T(sh, W - 19, y, eur(bal, False), font=f, size=9.2, align="right")
        sh.rule(18, y + 5, W - 18, y + 5, width_mm=0.1, color=(210, 210, 210))
        y += 6.2
    T(sh, 40, y + 1, "Eindsaldo", font=fb, size=9.3)
    T(sh, W - 19, y + 1, eur(bal, False), font=fb, size=9.3, align="right")
    T(sh, 18, H - 24, f"{bank['name']} · {bank.get('city', '')} · afschrift {rng.randint(1, 12)} van {end.year}",
      font=f, size=7.8, color=GREY)
    return [sh]


def guarantor_typed(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The guarantor's declaration typed on the lawyer's model ('Verklaring garantsteller'): the guarantor's
    particulars and those of the applicant as two labelled blocks, the undertaking to pay every cost of the stay
    and of the treatment, the employer and the net income, the signature BELOW the printed line; a correction of
    the house number with correction fluid and the right number written over it by hand."""
    F = _guarantor_facts(c)
    g, e = F["g"], F["e"]
    sh = c.new_sheet()
    W = c.page_w
    f, fb = CSB, CSB_B
    T(sh, 18, 18, "VERKLARING GARANTSTELLER", font=fb, size=14)
    T(sh, 18, 25, "bij een aanvraag voor verblijf voor medische behandeling", font=CSB_I, size=9.5, color=GREY)
    a = g.address or c.p.address
    y = 38
    for head, rows in (("Garantsteller", [("Naam", f"{g.given_names} {g.surname}"),
                                          ("Geboortedatum", c.dfmt(g.birth_date)),
                                          ("Nationaliteit", nationality_adj(g.nationality, "nl")),
                                          ("Adres", f"{a.street} {a.number}, {a.postcode} {a.city}" if a else ""),
                                          ("Relatie tot aanvrager", c.payer_relation or "familie")]),
                       ("Aanvrager", [("Naam", f"{c.p.given_names} {c.p.surname}"),
                                      ("Geboortedatum", c.dfmt(c.p.birth_date)), ("V-nummer", c.vnr)])):
        T(sh, 18, y, head, font=fb, size=11)
        y += 6
        for lab, val in rows:
            T(sh, 22, y, lab, font=f, size=10)
            T(sh, 70, y, val, font=f, size=fit(val, f, 10, W - 90))
            if lab == "Adres" and a and any(ch.isdigit() for ch in a.number):
                x0 = 70 + sh.text_width(f"{a.street} ", font=f, size_pt=10)
                wn = sh.text_width(a.number, font=f, size_pt=10)
                tippex(sh, x0 - 0.4, y - 0.2, wn + 1.2, 4.6, rng)
                sh.handwriting(x0, y - 1.6, a.number, rng, size_pt=11, color=BLUE_INK, font=PEN)
            y += 5.6
        y += 4
    for t in ("Ik verklaar dat ik mij garant stel voor alle kosten van het verblijf in Nederland en van de medische "
              "behandeling van de aanvrager, zolang de aanvrager voor medische behandeling in Nederland verblijft.",
              f"Ik ben sinds {d_nl(e['start'])} in loondienst bij {e['name']} als {e['func_now'].lower()}. Mijn netto "
              f"inkomen bedraagt {eur(F['net'])} per maand. Een loonstrook en een werkgeversverklaring voeg ik bij."):
        y = P(sh, 18, y, W - 36, t, font=f, size=10.5) + 4
    dd = c.sub - dt.timedelta(days=rng.randint(6, 30))
    T(sh, 18, y + 4, f"{a.city if a else ''}, {d_nl(dd)}", font=f, size=10.5)
    sh.signature(22, y + 12, rng.uniform(44, 56), 15, rng, color=BLUE_INK)
    sh.rule(18, y + 30, 100, y + 30, width_mm=0.3)
    T(sh, 18, y + 31.5, "handtekening garantsteller", font=f, size=8.5, color=GREY)
    return [c.intr(sh)]


_r("payslip-twee-kaders-betalingen-inhoudingen-netto-gemarkeerd-34", "income-proof", "nl", payslip_columns,
   "a payslip with employer and employee in framed blocks, earnings and deductions in two columns, the net "
   "amount highlighted")
_r("werkgeversverklaring-genummerde-verklaringen-kopie-van-kopie-34", "income-proof", "nl", employer_statement,
   "an employer's statement as numbered statements on letterhead, a copy made from a copy")
_r("bank-kwartaalafschrift-af-bij-saldo-kolommen-34", "income-proof", "nl", bank_statement,
   "a bank's quarterly statement with debit, credit and balance columns, salary credits")
_r("guarantor-verklaring-model-advocaat-tippex-huisnummer-34", "income-proof", "nl", guarantor_typed,
   "the guarantor's typed declaration on the lawyer's model, a house number corrected with correction fluid")


# =========================================================================== medical statements

def medstat_table(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The treating specialist's statement 'ten behoeve van de IND' with the essentials in a four-row table
    (diagnose, behandeling, onder behandeling sinds, verwachte duur), then two paragraphs on the necessity and the
    country of origin; the letter ends with the signature and NO label, the specialist's name being in the
    letterhead; the hospital's colour as a thin rule down the left edge."""
    h = c.hospital
    start = _treat_start(c)
    sh = c.new_sheet()
    W = c.page_w
    f, fb = NSANS, NSANS_B
    col = h.get("color", TEAL)
    sh.rect(14, 14, 1.6, c.page_h - 40, width_mm=0, fill=col)
    nm = _who(c, "spec34")
    T(sh, 20, 16, h["name"], font=fb, size=12.5, color=col)
    T(sh, 20, 22, f"Afdeling {c.med['spec']} · dr. {nm}, {c.med.get('doc_title', 'medisch specialist')}", font=f,
      size=9, color=GREY)
    T(sh, 20, 26.5, f"{h['street']} · {h['pc']} {h['city']} · {h.get('web', '')}", font=f, size=8.5, color=GREY)
    dd = c.sub - dt.timedelta(days=rng.randint(6, 40))
    T(sh, W - 18, 40, f"{h['city']}, {d_nl(dd)}", font=f, size=10, align="right")
    T(sh, 20, 48, "Medische verklaring ten behoeve van de IND", font=fb, size=12.5)
    T(sh, 20, 55, f"Patiënt: {c.p.surname}, {c.p.given_names} (geb. {c.dfmt(c.p.birth_date)})", font=f, size=10.5)
    rows = [("Diagnose", c.med["dx"]), ("Behandeling", c.med["tx"]), ("Onder behandeling sinds", d_nl(start)),
            ("Verwachte duur", duration_phrase(c.duration, start))]
    y = 64
    for a, b in rows:
        rr = wrap(b, W - 92, f, 10)
        hh = 5 * len(rr) + 3
        sh.rect(20, y, 52, hh, width_mm=0.2, color=(160, 160, 160), fill=(240, 240, 240))
        sh.rect(72, y, W - 90, hh, width_mm=0.2, color=(160, 160, 160))
        T(sh, 22, y + 1.5, a, font=fb, size=9.5)
        for j, r_ in enumerate(rr):
            T(sh, 74, y + 1.5 + j * 5, r_, font=f, size=10)
        y += hh
    y += 6
    for para in (f"Noodzaak: {c.med['stop']}", _not_available(c),
                 "Ik ben graag bereid deze verklaring toe te lichten aan de medisch adviseur van de IND (BMA)."):
        y = P(sh, 20, y, W - 38, para, font=f, size=10.3) + 3
    y += 6
    sh.signature(22, y, rng.uniform(44, 56), 16, rng, color=BLUE_INK)
    return [sh]


def medstat_english(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A consultant's letter in English 'To the Immigration and Naturalisation Service' from the hospital's
    international department: the letterhead in C059 with a thin rule, the patient's details in a bold line,
    diagnosis, treatment and expected duration as short paragraphs with small-capital headings, the
    consultant's signature ABOVE the typed name and registration number."""
    h = c.hospital
    start = _treat_start(c)
    sh = c.new_sheet()
    W = c.page_w
    f, fb, fi = CSB, CSB_B, CSB_I
    col = h.get("color", TEAL)
    T(sh, W / 2, 16, h["name"], font=fb, size=13, color=col, align="center")
    T(sh, W / 2, 22.5, f"International Patient Office · {h['street']} · {h['pc']} {h['city']}, The Netherlands",
      font=f, size=8.5, color=GREY, align="center")
    sh.rule(30, 27, W - 30, 27, width_mm=0.3, color=col)
    dd = c.sub - dt.timedelta(days=rng.randint(6, 40))
    T(sh, 20, 38, d_en(dd), font=f, size=10.5)
    T(sh, 20, 46, "To the Immigration and Naturalisation Service (IND)", font=f, size=10.5)
    y = P(sh, 20, 56, W - 40, f"Re: {c.p.given_names} {c.p.surname.upper()}, born {d_en(c.p.birth_date)}", font=fb,
          size=10.5) + 4
    for head, body in (("Diagnosis", c.med.get("dx_en", c.med["dx"])),
                       ("Treatment", c.med.get("tx_en", c.med["tx"])),
                       ("Necessity", c.med.get("stop_en", c.med["stop"])),
                       ("Expected duration", duration_phrase(c.duration, start, "en")),
                       ("Country of origin", _not_available(c, "en"))):
        T(sh, 20, y, head.upper(), font=fb, size=8.8, color=col)
        y = P(sh, 20, y + 4.6, W - 40, body, font=f, size=10.5) + 3.5
    y += 4
    T(sh, 20, y, "Yours sincerely,", font=f, size=10.5)
    sh.signature(22, y + 4, rng.uniform(44, 54), 15, rng, color=BLUE_INK)
    T(sh, 20, y + 22, f"Dr {_who(c, 'en34')}", font=fb, size=10.5)
    T(sh, 20, y + 27, f"{c.med.get('doc_en', 'consultant')} · BIG {random.Random(seed_of('big34', c.rng_seed)).randint(10**10, 10**11 - 1)}",
      font=fi, size=9.5, color=GREY)
    return [sh]


_r("medstat-verklaring-vierregeltabel-kleurlijn-links-handtekening-zonder-label-34", "medical-statement", "nl",
   medstat_table, "a specialist's statement with the essentials in a four-row table, signature without a label")
_r("medstat-consultant-letter-english-international-office-34", "medical-statement", "en", medstat_english,
   "a consultant's letter in English from the hospital's international office, signature above the name")


# =========================================================================== care-institution statements

def care_checklist(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The care institution's statement as a short letter followed by a checklist in which the three
    confirmations are ticked in printed boxes (the institution can give the treatment; it will give it; the
    payment is arranged), then the payment arrangement in a sentence; signed by the medical manager ABOVE the
    typed name with the institution's round stamp overlapping the signature."""
    h = c.hospital
    s, e = _care_span(c)
    sh = c.new_sheet()
    W = c.page_w
    f, fb = CARL, CARL_B
    col = h.get("color", TEAL)
    T(sh, 18, 16, h["name"].upper(), font=fb, size=12.5, color=col)
    T(sh, 18, 22.5, f"{h['street']} · {h['pc']} {h['city']} · {h.get('web', '')}", font=f, size=8.5, color=GREY)
    dd = c.sub - dt.timedelta(days=rng.randint(5, 30))
    T(sh, W - 18, 36, d_nl(dd), font=f, size=10.5, align="right")
    T(sh, 18, 46, "Verklaring zorginstelling", font=fb, size=14)
    y = P(sh, 18, 56, W - 36, f"Betreft: {title_nl(c.p)} {c.p.given_names} {c.p.surname}, geboren "
                              f"{c.dfmt(c.p.birth_date)}", font=fb, size=10.5) + 3
    y = P(sh, 18, y, W - 36, f"Patiënt wordt behandeld voor {c.med['dx']}. De behandeling ({c.med.get('tx_short', '')}) "
                             f"start op {d_nl(s)} en loopt naar verwachting tot {d_nl(e)}.", font=f, size=10.5) + 5
    for t in (f"{h['name']} kan de noodzakelijke behandeling bieden.",
              f"{h['name']} zal de behandeling uitvoeren.",
              "De betaling van de behandeling is geregeld."):
        sh.rect(20, y + 0.3, 4, 4, width_mm=0.3)
        T(sh, 20.5, y - 0.6, "✓", font="sans3", size=10.5, color=(20, 20, 20))
        y = P(sh, 28, y, W - 46, t, font=f, size=10.5) + 2.5
    y += 3
    y = P(sh, 18, y, W - 36, _payer_phrase(c), font=f, size=10.5) + 10
    sh.signature(22, y, rng.uniform(46, 56), 16, rng, color=BLACK_INK)
    sh.stamp(40, y - 4, [h["name"].upper()[:24], "MEDISCHE DIRECTIE", h["city"].upper()], rng, shape="round",
             size_mm=28, color=(40, 62, 160), angle=rng.uniform(-15, 15))
    T(sh, 18, y + 20, _who(c, "mgr34"), font=fb, size=10.5)
    T(sh, 18, y + 25, "medisch manager", font=CARL_I, size=10)
    return [sh]


def care_schedule(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The outpatient clinic's confirmation of intake and treatment schedule: a block with the patient's data, the
    statement that the clinic accepts the patient and will give the treatment, the first appointments as a
    table (date, time, what, where), the payment sentence; printed from the planning system with the user's
    initials and a print time at the foot, signed by the planner at the end with no label; coffee ring."""
    h = c.hospital
    s, e = _care_span(c)
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    f, fb = DCOND, DCOND_B
    T(sh, 18, 16, h["name"], font=fb, size=12)
    T(sh, 18, 22, f"Polikliniek {c.med['spec']} · planning", font=f, size=9, color=GREY)
    T(sh, 18, 36, "Bevestiging intake en behandelplanning", font=fb, size=13)
    rows = [("Patiënt", f"{c.p.surname}, {c.p.given_names}"), ("Geboortedatum", c.dfmt(c.p.birth_date)),
            ("Behandeling", c.med.get("tx_short", "")), ("Periode", f"{d_nl(s)} – {d_nl(e)}")]
    y = 44
    for a, b in rows:
        T(sh, 20, y, a, font=f, size=9.5, color=GREY)
        T(sh, 60, y, b, font=fb, size=fit(b, fb, 10, W - 80))
        y += 5.4
    y += 3
    y = P(sh, 18, y, W - 36, f"{h['name']} bevestigt dat patiënt is aangenomen voor behandeling en dat de "
                             f"instelling de behandeling kan en zal uitvoeren volgens onderstaande planning.", font=f,
          size=10.3) + 4
    sh.rect(18, y, W - 36, 6.5, width_mm=0, fill=(226, 232, 238))
    for t, x in (("Datum", 20), ("Tijd", 52), ("Afspraak", 72), ("Locatie", W - 60)):
        T(sh, x, y + 1.3, t, font=fb, size=9)
    y += 8
    appts = [("Intakegesprek", 0), ("Start behandeling", 14), ("Controle", 42), ("Evaluatie", 90)]
    for what, off in appts:
        dd = s + dt.timedelta(days=off)
        while dd.weekday() >= 5:
            dd += dt.timedelta(days=1)
        T(sh, 20, y, dd.strftime("%d-%m-%Y"), font=f, size=9.5)
        T(sh, 52, y, rng.choice(["08:30", "09:15", "10:40", "13:20", "14:45"]), font=f, size=9.5)
        T(sh, 72, y, what, font=f, size=9.5)
        T(sh, W - 60, y, f"{h['city']}, poli", font=f, size=9.5)
        sh.rule(18, y + 5, W - 18, y + 5, width_mm=0.1, color=(200, 200, 200))
        y += 6.5
    y += 5
    y = P(sh, 18, y, W - 36, _payer_phrase(c), font=f, size=10.3) + 8
    sh.signature(22, y, rng.uniform(40, 50), 14, rng, color=BLUE_INK)
    T(sh, 18, H - 26, f"Afgedrukt {(c.sub - dt.timedelta(days=rng.randint(4, 25))).strftime('%d-%m-%Y')} "
                      f"{rng.randint(8, 17):02d}:{rng.randint(0, 59):02d} door {rng.choice(['MvD', 'ST', 'JK'])}",
      font=f, size=7.5, color=GREY)
    return [_same_size(c, coffee_ring(sh.render(200), rng, where=(0.78, 0.2), r=0.06))]


_r("care-verklaring-afvinklijst-drie-bevestigingen-stempel-over-handtekening-34", "care-institution-statement", "nl",
   care_checklist, "the care institution's statement with three ticked confirmations, stamp over the signature")
_r("care-intakebevestiging-afsprakentabel-planning-koffiekring-34", "care-institution-statement", "nl",
   care_schedule, "the clinic's confirmation of intake with an appointments table, a coffee ring")


# =========================================================================== health insurance

def polis_cards(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A Dutch insurer's policy statement ('Polisoverzicht') with the insured's data in a coloured block at the
    top right, the insured's health insurance card printed at the left to cut out (dashed outline), the cover as
    two boxes (basic insurance under the Zorgverzekeringswet, supplementary), the deductible in the footer."""
    ins = c.insurer_nl
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    f, fb = NSANS, NSANS_B
    col = ins.get("color", TEAL)
    T(sh, 18, 16, ins["name"], font=fb, size=13, color=col)
    T(sh, 18, 22, ins.get("post", ""), font=f, size=8.5, color=GREY)
    sh.rect(W - 90, 30, 72, 34, width_mm=0, fill=col)
    y = 32
    for a, b in (("Verzekerde", f"{c.p.given_names} {c.p.surname}"), ("Geboortedatum", c.dfmt(c.p.birth_date)),
                 ("Polisnummer", _policy_no(c)), ("Ingangsdatum", f"1 januari {c.sub.year}")):
        T(sh, W - 88, y, a, font=f, size=7.5, color=(230, 240, 240))
        T(sh, W - 88, y + 3, b, font=fb, size=fit(b, fb, 9.5, 68), color=(255, 255, 255))
        y += 7.8
    T(sh, 18, 32, f"Polisoverzicht {c.sub.year}", font=fb, size=16)
    sh.rect(18, 44, 86, 54, width_mm=0.25, color=(120, 120, 120))
    for x in range(18, 104, 3):
        sh.rule(x, 44, x + 1.5, 44, width_mm=0.6, color=(255, 255, 255))
    card = [ins.get("short", ins["name"]), f"{c.p.given_names} {c.p.surname}", f"Polisnr. {_policy_no(c)}",
            f"UZOVI {ins.get('uzovi', '')}", "Zorgpas · toon bij elk bezoek"]
    sh.rect(20, 46, 82, 10, width_mm=0, fill=col)
    T(sh, 22, 48, card[0], font=fb, size=11, color=(255, 255, 255))
    for j, t in enumerate(card[1:]):
        T(sh, 22, 60 + j * 6.5, t, font=f if j else fb, size=fit(t, fb, 9.5, 78))
    y = 108
    for name, what, prem in (("Basisverzekering", "Zorgverzekering in de zin van de Zorgverzekeringswet: "
                                                  "medisch-specialistische zorg, ziekenhuisopname, geneesmiddelen en "
                                                  "huisartsenzorg, ook voor bestaande aandoeningen.",
                              rng.uniform(138, 162)),
                             ("Aanvullende verzekering Basis", "Fysiotherapie, tandarts tot € 250, brillen en lenzen.",
                              rng.uniform(11, 26))):
        rr = wrap(what, W - 44, f, 9.8)
        hh = 5 * len(rr) + 12
        sh.rect(18, y, W - 36, hh, width_mm=0.3, color=col)
        T(sh, 22, y + 2, name, font=fb, size=11)
        T(sh, W - 22, y + 2, f"{eur(prem)} per maand", font=fb, size=10.5, align="right")
        for j, r_ in enumerate(rr):
            T(sh, 22, y + 8.5 + j * 5, r_, font=f, size=9.8)
        y += hh + 5
    T(sh, 18, H - 30, f"Verplicht eigen risico {c.sub.year}: € 385 per jaar.", font=f, size=9, color=GREY)
    return [sh]


def intl_statement(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An international insurer's 'Statement of Insurance' in a framed form: the insurer's name and address in a
    coloured band, the member's and policy's data in numbered boxes, the cover (in- and out-patient treatment
    in the Netherlands, pre-existing condition included, annual limit), a QR code for verification and the
    underwriter's signature above the printed title; set on the paper size of the insurer's own office."""
    ins = c.insurer_intl
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    f, fb = CARL, CARL_B
    col = ins.get("color", (40, 60, 100))
    sh.rect(12, 12, W - 24, H - 24, width_mm=0.5, color=col)
    sh.rect(12, 12, W - 24, 20, width_mm=0, fill=col)
    T(sh, 18, 15, ins["name"], font=fb, size=fit(ins["name"], fb, 14, W - 40), color=(255, 255, 255))
    T(sh, 18, 22.5, ins.get("addr", ""), font=f, size=8.5, color=(230, 230, 240))
    T(sh, W / 2, 42, "STATEMENT OF INSURANCE", font=fb, size=15, align="center")
    r = random.Random(seed_of("intl34", c.rng_seed))
    s = c.sub - dt.timedelta(days=r.randint(30, 200))
    e = add_years(s, 1) - dt.timedelta(days=1)
    boxes = [("1. Member", f"{c.p.given_names} {c.p.surname.upper()}"), ("2. Date of birth", d_en(c.p.birth_date)),
             ("3. Nationality", nationality_adj(c.p.nationality, "en")), ("4. Policy number", _policy_no(c, "ST-")),
             ("5. Plan", ins.get("plan", "International Health Plan")), ("6. Period", f"{d_en(s)} – {d_en(e)}"),
             ("7. Area of cover", "Worldwide, including the Netherlands"), ("8. Annual limit", "EUR 2,000,000")]
    y = 52
    bw = (W - 40) / 2
    for i, (a, b) in enumerate(boxes):
        x = 20 + (i % 2) * bw
        yy = y + (i // 2) * 14
        sh.rect(x, yy, bw, 14, width_mm=0.25, color=(150, 150, 150))
        T(sh, x + 2, yy + 1.2, a, font=f, size=8, color=GREY)
        T(sh, x + 2, yy + 6, b, font=fb, size=fit(b, fb, 10.5, bw - 4))
    y += 14 * 4 + 8
    for t in ("The policy covers in-patient and out-patient hospital treatment, specialist consultations, diagnostic "
              "tests and prescribed medication in the Netherlands.",
              f"The member's pre-existing condition ({c.med.get('dx_en', c.med.get('dx', ''))}) is included in the "
              f"cover without waiting period.",
              "The premium for the whole period has been paid. Claims are settled directly with the hospital."):
        y = P(sh, 20, y, W - 40, t, font=f, size=10.5) + 3
    y += 6
    qr(sh, W - 50, y, 26, _policy_no(c) + c.p.surname)
    sh.signature(22, y + 2, 48, 15, rng, color=BLUE_INK)
    sh.rule(20, y + 19, 90, y + 19, width_mm=0.25)
    T(sh, 20, y + 20.5, "Underwriting Department", font=f, size=9, color=GREY)
    T(sh, 20, y + 25, d_en(c.sub - dt.timedelta(days=r.randint(4, 20))), font=f, size=9, color=GREY)
    return [sh]


def incoming_certificate(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An incoming-insurance company's certificate for people staying in the Netherlands ('Verzekeringsbewijs
    incoming'): the insurer's name in a grey band, the insured's data as label-value rows, the cover including
    medical treatment of existing conditions, the validity, and a note that the certificate is produced by
    computer and valid without signature; QR code at the foot."""
    name = _incoming_name(c)
    sh = c.new_sheet()
    W = c.page_w
    f, fb = LNAR, LNAR_B
    sh.rect(0, 14, W, 16, width_mm=0, fill=(80, 84, 92))
    T(sh, 18, 18, name, font=fb, size=13, color=(255, 255, 255))
    T(sh, 18, 40, "VERZEKERINGSBEWIJS – INCOMING ZORGVERZEKERING", font=fb, size=13)
    r = random.Random(seed_of("inc34", c.rng_seed))
    s = c.sub - dt.timedelta(days=r.randint(20, 150))
    e = add_years(s, 1) - dt.timedelta(days=1)
    rows = [("Verzekerde", f"{c.p.given_names} {c.p.surname}"), ("Geboortedatum", c.dfmt(c.p.birth_date)),
            ("Nationaliteit", nat_nl(c.p)), ("Polisnummer", _policy_no(c, "INC-")),
            ("Geldig van", c.dfmt(s)), ("Geldig tot en met", c.dfmt(e)),
            ("Dekking", "medisch noodzakelijke zorg in Nederland: ziekenhuis, specialist, huisarts, geneesmiddelen"),
            ("Bestaande aandoening", f"meeverzekerd: {c.med.get('dx', '')}")]
    y = 52
    for a, b in rows:
        rr = wrap(b, W - 88, fb, 10)
        T(sh, 18, y, a, font=f, size=10, color=GREY)
        for j, r_ in enumerate(rr):
            T(sh, 66, y + j * 5, r_, font=fb, size=10)
        y += 5 * len(rr) + 2.5
    y += 8
    y = P(sh, 18, y, W - 36, "De premie over de gehele looptijd is voldaan. Dit bewijs is door de computer "
                             "aangemaakt en is zonder handtekening geldig.", font=f, size=10) + 6
    qr(sh, 18, y, 24, _policy_no(c, "INC-"))
    T(sh, 46, y + 8, f"Controleer dit bewijs op www.{name.split()[0].lower()}.nl/check", font=f, size=9, color=GREY)
    return [sh]


_r("polisblad-polisoverzicht-zorgpas-uitknippen-twee-dekkingskaders-34", "health-insurance", "nl", polis_cards,
   "a Dutch insurer's policy statement with the insurance card to cut out and two cover boxes")
_r("intl-statement-of-insurance-kader-genummerde-vakken-qr-34", "health-insurance", "en", intl_statement,
   "an international insurer's statement of insurance in a framed form with numbered boxes and a QR code")
_r("incoming-verzekeringsbewijs-grijze-band-label-waarde-qr-34", "health-insurance", "nl", incoming_certificate,
   "an incoming insurer's certificate with a grey band, label-value rows, valid without signature")


# =========================================================================== civic integration

def duo_diploma(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """DUO's diploma inburgering in LANDSCAPE with a wide margin of fine diagonal hatching, the title in URW
    Bookman capitals, the holder's name in bold over a thin line, the exam parts as a row of small boxes with
    the level under each, the diploma number and date at the lower left and the signature at the lower right;
    copied on a copier with a dirty drum."""
    H0, W0 = c.page_w, c.page_h
    land = Sheet(W0, H0)
    p = c.p
    col = (21, 66, 115)
    for k in range(0, int(W0 + H0), 4):
        land.rule(k, 0, k - 14, 14, width_mm=0.1, color=(190, 200, 220))
        land.rule(k, H0 - 14, k - 14, H0, width_mm=0.1, color=(190, 200, 220))
    land.rect(14, 14, W0 - 28, H0 - 28, width_mm=0.6, color=col)
    T(land, W0 / 2, 26, "DIPLOMA INBURGERING", font=BOOK_B, size=22, color=col, align="center")
    T(land, W0 / 2, 37, "Dienst Uitvoering Onderwijs · Wet inburgering 2021", font=BOOK, size=10, color=GREY,
      align="center")
    T(land, W0 / 2, 52, "Hierbij wordt verklaard dat", font=BOOK, size=12, align="center")
    nm = f"{p.given_names} {p.surname}"
    T(land, W0 / 2, 62, nm, font=BOOK_B, size=fit(nm, BOOK_B, 20, W0 - 80), align="center")
    land.rule(W0 / 2 - 80, 71, W0 / 2 + 80, 71, width_mm=0.3)
    T(land, W0 / 2, 74, f"geboren op {d_nl(p.birth_date)} te {p.birth_place}", font=BOOK, size=11, align="center")
    T(land, W0 / 2, 86, "het inburgeringsexamen heeft behaald en voldoet aan de inburgeringsplicht.", font=BOOK,
      size=11.5, align="center")
    parts = ["Lezen", "Luisteren", "Schrijven", "Spreken", "KNM"]
    x0 = W0 / 2 - 5 * 30 / 2
    for i, pt in enumerate(parts):
        land.rect(x0 + i * 30, 98, 28, 16, width_mm=0.3, color=col)
        T(land, x0 + i * 30 + 14, 100, pt, font=BOOK, size=9, align="center")
        T(land, x0 + i * 30 + 14, 106, "B1" if i < 4 else "behaald", font=BOOK_B, size=10, align="center")
    dd = _inb_date(c, rng)
    rr = random.Random(seed_of("dip34", c.rng_seed))
    T(land, 24, H0 - 36, f"Diplomanummer {rr.randint(10**8, 10**9 - 1)}", font=BOOK, size=9.5)
    T(land, 24, H0 - 31, f"Groningen, {d_nl(dd)}", font=BOOK, size=9.5)
    land.signature(W0 - 100, H0 - 50, 56, 16, rng, color=BLACK_INK)
    T(land, W0 - 100, H0 - 32, "de directeur-generaal van DUO", font=BOOK_I, size=9, color=GREY)
    img = drum_line(land.render(200), rng)
    return [sheet_of(img, W0, H0)]


def duo_exemption(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """DUO's exemption decision as a two-column letter: a narrow grey column at the RIGHT with the references
    (datum, kenmerk, contact), the text at the left with the decision in a framed box under the heading 'Ons
    besluit', the reasons as bullet points, the objection clause in small type at the foot; pencil note in the
    margin."""
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    f, fb = NSANS, NSANS_B
    p = c.p
    dd = _inb_date(c, rng)
    rr = random.Random(seed_of("ont34", c.rng_seed))
    T(sh, 18, 16, "DUO", font=fb, size=18, color=(21, 66, 115))
    T(sh, 40, 18, "Dienst Uitvoering Onderwijs", font=f, size=9.5, color=GREY)
    for i, ln in enumerate(_addr_lines(c)):
        T(sh, 22, 44 + i * 5, ln, font=f, size=10.5)
    sh.rect(W - 58, 40, 40, 48, width_mm=0, fill=(236, 236, 236))
    for i, (a, b) in enumerate((("Datum", d_nl(dd)), ("Kenmerk", f"INB-{rr.randint(100000, 999999)}"),
                                ("Contact", "050 - 599 77 55"))):
        T(sh, W - 56, 42 + i * 14, a, font=fb, size=8, color=GREY)
        T(sh, W - 56, 46.5 + i * 14, b, font=f, size=9.5)
    T(sh, 18, 96, "Besluit op uw verzoek om ontheffing van de inburgeringsplicht", font=fb, size=11.5)
    y = P(sh, 18, 106, W - 80, f"Geachte {title_nl(p)} {p.surname},", font=f, size=10.5) + 3
    T(sh, 18, y, "Ons besluit", font=fb, size=11)
    y += 6
    box = "U krijgt ontheffing van de inburgeringsplicht. U hoeft het inburgeringsexamen niet af te leggen."
    rows = wrap(box, W - 86, fb, 10.5)
    sh.rect(18, y, W - 80, 5.2 * len(rows) + 5, width_mm=0.5)
    for j, r_ in enumerate(rows):
        T(sh, 21, y + 2.5 + j * 5.2, r_, font=fb, size=10.5)
    y += 5.2 * len(rows) + 10
    for t in ("Na een medisch advies staat vast dat u door een blijvende beperking niet aan de inburgeringsplicht "
              "kunt voldoen.", "De ontheffing is gebaseerd op artikel 2.8 van het Besluit inburgering 2021.",
              f"De ontheffing geldt vanaf {d_nl(dd)}."):
        T(sh, 20, y, "•", font=f, size=10.5)
        y = P(sh, 26, y, W - 88, t, font=f, size=10.5) + 2
    y += 6
    y = P(sh, 18, y, W - 80, "Met vriendelijke groet,\nDienst Uitvoering Onderwijs", font=f, size=10.5) + 8
    P(sh, 18, H - 44, W - 36, "Bezwaar: bent u het niet eens met dit besluit, dan kunt u binnen 6 weken na de datum "
                              "van deze brief bezwaar maken bij DUO. Vermeld het kenmerk.", font=NSANS_I, size=8.5,
      color=GREY)
    pencil(sh, W - 30, 110, "OK", rng, size=12)
    return [sh]


def duo_results(c: Case, rng: random.Random, *, failed: bool = False, **_) -> list[Sheet]:
    """DUO's result letter with the results as a list of exam parts, each with the points scored against the
    points needed ('42 punten – nodig 39') and the word 'gehaald' or 'niet gehaald' at the right, printed in
    Liberation Sans Narrow; the summary sentence in bold under the list."""
    sh = c.new_sheet()
    W = c.page_w
    f, fb = LNAR, LNAR_B
    p = c.p
    dd = _inb_date(c, rng)
    T(sh, 18, 16, "Dienst Uitvoering Onderwijs", font=fb, size=12, color=(21, 66, 115))
    T(sh, 18, 22, "Uitslag inburgeringsexamen", font=f, size=10, color=GREY)
    for i, ln in enumerate(_addr_lines(c)):
        T(sh, 22, 42 + i * 5, ln, font=f, size=10.5)
    T(sh, 18, 68, f"Datum {d_nl(dd)}", font=f, size=10)
    T(sh, 18, 74, f"Kandidaat {p.given_names} {p.surname}, geboren {c.dfmt(p.birth_date)}", font=f, size=10)
    parts = ["Lezen", "Luisteren", "Schrijven", "Spreken", "Kennis van de Nederlandse Maatschappij"]
    bad = random.Random(seed_of("fail34", c.rng_seed)).randrange(4) if failed else -1
    y = 88
    for i, pt in enumerate(parts):
        need = rng.choice([26, 30, 36, 39])
        got = need + rng.randint(2, 14) if i != bad else need - rng.randint(3, 9)
        T(sh, 20, y, pt, font=fb, size=10.5)
        T(sh, 110, y, f"{got} punten – nodig {need}", font=f, size=10.5)
        T(sh, W - 20, y, "gehaald" if i != bad else "niet gehaald", font=fb if i == bad else f, size=10.5,
          align="right")
        sh.rule(18, y + 6, W - 18, y + 6, width_mm=0.1, color=(200, 200, 200))
        y += 9
    y += 6
    T(sh, 18, y, "U heeft niet alle onderdelen gehaald. U kunt een nieuw examen aanvragen." if failed else
      "U heeft alle onderdelen gehaald. U ontvangt uw diploma apart.", font=fb, size=10.5)
    return [sh]


_r("duo-diploma-liggend-arcering-rand-onderdelen-vakjes-trommelstreep-34", "civic-integration", "nl", duo_diploma,
   "DUO diploma in landscape with a hatched margin and the parts in boxes, copied with a drum line")
_r("duo-ontheffing-twee-kolommen-grijze-referentiekolom-besluitkader-34", "civic-integration", "nl", duo_exemption,
   "DUO exemption decision with a grey reference column at the right and the decision in a framed box")
_r("duo-uitslag-punten-tegen-nodig-gehaald-34", "civic-integration", "nl", duo_results,
   "DUO result letter listing points scored against points needed per part")


# =========================================================================== other

def cover_letter(c: Case, rng: random.Random, *, enclosures: list[str] | None = None, **_) -> list[Sheet]:
    """A Dutch lawyer's cover letter whose letterhead is a coloured band across the top with the firm's name in
    white, the references (V-nummer, ons kenmerk, datum) in a row of three cells under the addressee, the
    enclosures as a list with checkboxes ticked, the signature at the end ABOVE the typed name and 'advocaat'."""
    lw = c.lawyer or dict(firm="Rechtswinkel Nieuw-West", street="Osdorpplein 120", pc="1068 EV", city="Amsterdam",
                          tel="020-6151234", mail="info@rechtswinkelnieuwwest.nl")
    signer = c.lawyer_name if c.lawyer else _who(c, "rw34")
    role = "advocaat" if c.lawyer else "juridisch adviseur"
    sh = c.new_sheet()
    W = c.page_w
    f, fb = CSB, CSB_B
    col = rng.choice([(24, 50, 84), (84, 24, 40), (20, 80, 70)])
    sh.rect(0, 14, W, 14, width_mm=0, fill=col)
    T(sh, 18, 17.5, lw["firm"], font=fb, size=fit(lw["firm"], fb, 13, W - 100), color=(255, 255, 255))
    T(sh, W - 18, 18.5, f"{lw['street']} · {lw['pc']} {lw['city']}", font=f, size=8, color=(230, 230, 230),
      align="right")
    addr = IND_ADDRESSES[rng.randrange(len(IND_ADDRESSES))].split("\n")
    for i, ln in enumerate(addr):
        T(sh, 22, 42 + i * 5, ln, font=f, size=10.5)
    dd = c.sub - dt.timedelta(days=rng.randint(0, 3))
    y = 66
    for i, (a, b) in enumerate((("V-nummer", c.vnr), ("Ons kenmerk", f"{dd.year}/{rng.randint(1000, 9999)}"),
                                ("Datum", d_nl(dd)))):
        x = 18 + i * ((W - 36) / 3)
        sh.rect(x, y, (W - 36) / 3, 11, width_mm=0.25, color=(150, 150, 150))
        T(sh, x + 2, y + 1, a, font=f, size=7.5, color=GREY)
        T(sh, x + 2, y + 5, b, font=fb, size=10)
    y += 18
    y = P(sh, 18, y, W - 36, f"Betreft: aanvraag {PROC_NL[c.procedure]} – {c.p.given_names} {c.p.surname}, geboren "
                             f"{c.dfmt(c.p.birth_date)}", font=fb, size=10.5) + 4
    paras = ["Geachte heer, mevrouw,",
             f"Namens cliënt{'e' if c.p.sex == 'F' else ''} dien ik hierbij de aanvraag in voor "
             f"{PROC_NL[c.procedure]}. Het ondertekende aanvraagformulier en kopieën van de stukken treft u aan."]
    if c.procedure == "ind-medical-treatment" and c.art64_end:
        paras.append(f"Cliënt heeft een jaar uitstel van vertrek gehad op grond van artikel 64 Vw. Dat jaar eindigt op "
                     f"{d_nl(c.art64_end)}. De behandeling is nog steeds noodzakelijk.")
    if c.procedure == "ind-hnt-continued" and c.since:
        paras.append(f"Cliënt heeft sinds {d_nl(c.since)} een verblijfsvergunning "
                     f"({dict(ROUTES_7027).get(c.route, '').replace('na verblijf ', '')}).")
    if c.no_passport:
        paras.append("Cliënt heeft geen geldig paspoort en verzoekt om vrijstelling van het paspoortvereiste. " +
                     " ".join(EXEMPTION_TEXT[i] for i in c.exemption_shown))
    if c.suriname_visa:
        paras.append("Cliënt heeft de Surinaamse nationaliteit en reisde in met een visum voor medische behandeling "
                     "(zie de kopie). De behandeling is nog nodig en de betaling is geregeld.")
    for p_ in paras:
        y = P(sh, 18, y, W - 36, p_, font=f, size=10.5) + 3
    if enclosures:
        T(sh, 18, y + 1, "Bijlagen", font=fb, size=10.5)
        y += 7
        for e_ in enclosures:
            sh.rect(20, y + 0.4, 3.4, 3.4, width_mm=0.25)
            T(sh, 20.4, y - 0.5, "✓", font="sans3", size=9)
            T(sh, 27, y, e_, font=f, size=10)
            y += 5.2
        y += 3
    T(sh, 18, y + 2, "Met vriendelijke groet,", font=f, size=10.5)
    sh.signature(20, y + 7, rng.uniform(44, 56), 16, rng, color=rng.choice([BLUE_INK, BLACK_INK]))
    T(sh, 18, y + 26, signer, font=fb, size=10.5)
    T(sh, 18, y + 31, role, font=CSB_I, size=10)
    return [c.intr(sh)]


def _ind_head(sh: Sheet, c: Case, dd: dt.date, subject: str) -> float:
    """The IND's letters of this part: the ministry's vertical bar and 'IND' at the top centre, the addressee at
    the left, the references (datum, V-nummer, zaaknummer) as small-print lines at the right, the subject in
    bold."""
    W = c.page_w
    sh.rect(W / 2 - 1, 10, 2, 18, width_mm=0, fill=IND_COL)
    T(sh, W / 2 + 3, 12, "Immigratie- en", font=NSANS, size=9, color=IND_COL)
    T(sh, W / 2 + 3, 16.5, "Naturalisatiedienst", font=NSANS, size=9, color=IND_COL)
    T(sh, W / 2 + 3, 21, "Ministerie van Asiel en Migratie", font=NSANS_I, size=8, color=GREY)
    y = 48
    for ln in _addr_lines(c):
        T(sh, 20, y, ln, font=NSANS, size=10.5)
        y += 5
    r = random.Random(seed_of("ind34", c.rng_seed))
    for i, (a, b) in enumerate((("Datum", d_nl(dd)), ("V-nummer", c.vnr),
                                ("Zaaknummer", str(r.randint(10**8, 10**9 - 1))))):
        T(sh, W - 62, 46 + i * 9, a, font=NSANS_B, size=7.5, color=GREY)
        T(sh, W - 62, 49.6 + i * 9, b, font=NSANS, size=9.5)
    T(sh, 20, 84, subject, font=NSANS_B, size=11)
    return 94


def art64_decision(c: Case, rng: random.Random, **_) -> list[Sheet]:
    end = c.art64_end or (c.since - dt.timedelta(days=1) if c.since else c.sub + dt.timedelta(days=10))
    start = add_years(end, -1) + dt.timedelta(days=1)
    dd = start + dt.timedelta(days=rng.randint(3, 25))
    sh = c.new_sheet()
    y = _ind_head(sh, c, dd, "Besluit op uw aanvraag om uitstel van vertrek (artikel 64 Vreemdelingenwet)")
    for para in (f"Geachte {title_nl(c.p)} {c.p.surname},",
                 "U vroeg om uitstel van vertrek omdat uw gezondheidstoestand reizen niet toelaat. Het Bureau "
                 "Medische Advisering heeft daarover advies gegeven.",
                 f"Besluit: u krijgt uitstel van vertrek van {d_nl(start)} tot en met {d_nl(end)}.",
                 "In deze periode mag u in Nederland blijven. Dit uitstel is geen verblijfsvergunning.",
                 "Met vriendelijke groet,\nde minister van Asiel en Migratie,\nnamens deze,\nde IND"):
        y = P(sh, 20, y, c.page_w - 40, para, font=NSANS, size=10.5) + 4
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
                 f"Wij willigen uw aanvraag in. U krijgt een verblijfsvergunning regulier voor bepaalde tijd met het "
                 f"verblijfsdoel '{purpose}'.",
                 f"De vergunning gaat in op {d_nl(since)}. U krijgt bericht wanneer u uw verblijfsdocument kunt "
                 f"ophalen.", "Met vriendelijke groet,\nde Immigratie- en Naturalisatiedienst"):
        y = P(sh, 20, y, c.page_w - 40, para, font=NSANS, size=10.5) + 4
    return [c.intr(sh)]


def mvv_page(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The passport page with the MVV sticker copied at actual size in the middle of the sheet with a thin frame
    round it, the number of the sticker highlighted and 'MVV' written in pencil beside it."""
    page = Sheet(125, 88)
    page.rect(0, 0, 125, 88, width_mm=0, fill=(240, 236, 232))
    vx, vy, w, h = 6, 6, 113, 76
    page.rect(vx, vy, w, h, width_mm=0.2, fill=(226, 236, 246))
    page.text(vx + 3, vy + 3, "VISUM · VISA · KONINKRIJK DER NEDERLANDEN", font=NSANS_B, size_pt=7.4,
              color=(20, 60, 120))
    start = c.sub - dt.timedelta(days=rng.randint(150, 200))
    end = start + dt.timedelta(days=rng.randint(85, 90))
    pno = c.passport_no or f"S{rng.randint(1000000, 9999999)}"
    num = f"NLD{rng.randint(1000000, 9999999)}"
    rows = [("GELDIG VOOR", "SCHENGENSTATEN"), ("VAN", start.strftime("%d-%m-%Y")), ("TOT", end.strftime("%d-%m-%Y")),
            ("TYPE", "D – MVV"), ("PASPOORT NR.", pno), ("NAAM", f"{c.p.surname.upper()}, {c.p.given_names.upper()}"[:34]),
            ("OPMERKINGEN", "MEDISCHE BEHANDELING")]
    y = vy + 10
    for a, b in rows:
        page.text(vx + 3, y, a, font=NSANS, size_pt=5.2, color=GREY)
        page.text(vx + 38, y, b, font=NSANS_B, size_pt=7.0)
        y += 5.2
    page.text(vx + 80, vy + 10, num, font="mono2", size_pt=7.5, color=(170, 30, 40))
    line1 = ("V<NLD" + _mrz_name(c.p, 39))[:44]
    birth = c.p.birth_date.strftime("%y%m%d")
    exp = end.strftime("%y%m%d")
    pn = (pno + "<" * 9)[:9]
    line2 = (f"{pn}{_mrz_check(pn)}SUR{birth}{_mrz_check(birth)}{c.p.sex}{exp}{_mrz_check(exp)}" + "<" * 16)[:44]
    page.text(vx + 1, vy + h - 12, line1, font="ocrb", size_pt=6.2)
    page.text(vx + 1, vy + h - 6, line2, font="ocrb", size_pt=6.2)
    sh = c.new_sheet()
    x0, y0 = (c.page_w - 125) / 2, 70
    sh.image(x0, y0, 125, 88, page.render(300))
    sh.rect(x0 - 0.4, y0 - 0.4, 125.8, 88.8, width_mm=0.2, color=(150, 150, 150))
    highlight(sh, x0 + vx + 79, y0 + vy + 9.6, 30, 3.6, rng)
    pencil(sh, x0 + 128, y0 + 10, "MVV", rng, size=12)
    return [sh]


_r("cover-letter-kleurband-referentiecellen-afgevinkte-bijlagen-naam-onder-handtekening-34", "other", "nl",
   cover_letter, "Dutch lawyer's cover letter under a coloured band, references in three cells, ticked enclosures")
_r("art64-decision-ind-verticale-balk-referentieregels-34", "other", "nl", art64_decision,
   "IND art. 64 decision with the vertical bar at the top centre and reference lines at the right")
_r("permit-letter-ind-verticale-balk-referentieregels-34", "other", "nl", permit_decision,
   "IND permit decision in the same layout")
_r("mvv-sticker-sur-ware-grootte-kader-markeerstift-potlood-34", "other", "nl", mvv_page,
   "the MVV sticker page copied at actual size, its number highlighted, 'MVV' pencilled beside it")
