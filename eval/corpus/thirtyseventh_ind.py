"""IND families of the `thirtyseventh` part (registered in ind.FAMILIES).

Written after dev, heldout and the parts fresh to thirty-sixth had been read, by a writer who saw neither the
validator nor its output, from the seeds and how such papers look in Dutch files.  Each family's layout, wording
and copy habits are described in its registration note and, where it has one, its docstring (the part is read
blind, so they are not summarised here).
"""

from __future__ import annotations

import datetime as dt
import random

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
    _mrz_check,
    _mrz_name,
    _not_available,
    _payer_phrase,
    _policy_no,
    _treat_start,
    add_months,
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
from .people import make_professional
from .thirtyseventh_identity import (
    BREIP,
    CAL,
    CAL_B,
    CAL_I,
    DJS,
    DJS_B,
    DKG,
    FMONO,
    FSER,
    FSER_B,
    FSER_I,
    GOTH,
    GOTH_B,
    GOTH_I,
    LMONO,
    LMONO_B,
    LSANS,
    LSANS_B,
    PAL,
    PAL_B,
    PAL_I,
    folded_in_four,
    ruler_shadow,
    staple,
    sticky_note,
)
from .twentyeighth_identity import fit, glyphs, paste, qr, sheet_of, wrap

PART = "thirtyseventh"
GREY = (98, 98, 104)
IND_COL = (1, 68, 122)
DUO_COL = (0, 80, 145)


def T(sh: Sheet, x, y, s, *, font=LSANS, size=10.0, color=(0, 0, 0), align="left") -> float:
    if not s:
        return 0.0
    return sh.text(x, y, s, font=font, size_pt=size, color=color, anchor=align)


def P(sh: Sheet, x, y, w, s, *, font=PAL, size=10.5, leading=1.42, align="left", color=(0, 0, 0)) -> float:
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


def _same_size(c: Case, img) -> Sheet:
    return sheet_of(img, c.page_w, c.page_h)


def _care_span(c: Case):
    s, e = _care_dates(c)
    if e <= c.sub + dt.timedelta(days=90):
        e = add_months(max(s, c.sub), 12)
    return s, e


# =========================================================================== application forms


class _Form:
    """The IND forms as this part's writer saw them printed: a thin blue rule across the top with 'IND' in a blue
    square at the RIGHT and the form's title at the left; on every page, under the rule, a grey bar 'V-nummer' with
    the number in a box of ten combs and the page 'blad n van N' at the bar's right end; questions in a LEFT
    column (60 mm) and the answers in boxes in the RIGHT column, typed in Liberation Mono or written by hand in
    Breip; yes/no options as square boxes; the signature in the right column box with its caption to the LEFT of
    the box."""

    def __init__(self, c: Case, rng: random.Random, title: str, code: str):
        self.c, self.rng, self.title, self.code = c, rng, title, code
        self.hand = c.fill == "hand"
        self.ink = rng.choice([BLUE_INK, BLACK_INK])
        self.pages: list[Sheet] = []
        self.n = 0
        self.y = 0.0
        self.new()

    def new(self):
        c = self.c
        sh = c.new_sheet()
        W = c.page_w
        sh.rule(16, 10, W - 16, 10, width_mm=0.6, color=IND_COL)
        sh.rect(W - 30, 12, 14, 14, width_mm=0, fill=IND_COL)
        T(sh, W - 23, 15.5, "IND", font=GOTH_B, size=10, color=(255, 255, 255), align="center")
        P(sh, 16, 13, W - 52, self.title, font=GOTH_B, size=11.5, leading=1.2)
        sh.rect(16, 30, W - 32, 11, width_mm=0, fill=(228, 230, 234))
        T(sh, 18, 33, "V-nummer", font=GOTH, size=8.5)
        for i in range(10):
            x = 38 + i * 5.6
            sh.rect(x, 31.5, 5.6, 8, width_mm=0.2, color=(90, 90, 96), fill=(255, 255, 255))
            ch = c.vnr[i]
            if self.hand:
                sh.handwriting(x + 1.1, 31.6, ch, self.rng, size_pt=12, font=BREIP, color=self.ink)
            else:
                T(sh, x + 2.8, 33.2, ch, font=LMONO, size=10, align="center")
        self.pages.append(c.intr(sh))
        self.y = 48

    def need(self, h):
        if self.y + h > self.c.page_h - 20:
            self.new()

    def section(self, t):
        self.need(22)
        sh = self.pages[-1]
        T(sh, 16, self.y, t.upper(), font=GOTH_B, size=9.5, color=IND_COL)
        sh.rule(16, self.y + 5, self.c.page_w - 16, self.y + 5, width_mm=0.2, color=IND_COL)
        self.y += 8

    def _write(self, sh, x, y, s, w):
        s = str(s)
        if self.hand:
            s2 = glyphs(s, BREIP)
            sh.handwriting(x, y - 1.3, s2, self.rng, size_pt=fit(s2, BREIP, 12, w / 1.08), font=BREIP,
                           color=self.ink)
        else:
            T(sh, x, y, s, font=LMONO, size=fit(s, LMONO, 9.6, w))

    def ask(self, q, value):
        W = self.c.page_w
        self.n += 1
        vs = str(value or "")
        bw = W - 16 - 80
        rows = wrap(vs, bw - 4, BREIP if self.hand else LMONO, 12 if self.hand else 9.6) or [""]
        qrows = wrap(f"{self.n}. {q}", 60, GOTH, 8.8)
        h = max(7.5, 6 * len(rows) + 1.5, 4.2 * len(qrows) + 2)
        self.need(h + 2)
        sh = self.pages[-1]
        for j, ln in enumerate(qrows):
            T(sh, 16, self.y + 1 + j * 4.2, ln, font=GOTH, size=8.8)
        sh.rect(80, self.y, bw, h, width_mm=0.25)
        for j, ln in enumerate(rows):
            if ln:
                self._write(sh, 82, self.y + 1.8 + j * 6, ln, bw - 4)
        self.y += h + 2

    def yesno(self, q, options, chosen):
        W = self.c.page_w
        self.n += 1
        qrows = wrap(f"{self.n}. {q}", 60, GOTH, 8.8)
        h = max(6 * len(options), 4.2 * len(qrows)) + 2
        self.need(h + 2)
        sh = self.pages[-1]
        for j, ln in enumerate(qrows):
            T(sh, 16, self.y + 1 + j * 4.2, ln, font=GOTH, size=8.8)
        for i, o in enumerate(options):
            y = self.y + i * 6
            if self.hand:
                sh.checkbox(82, y + 0.8, 3.6, checked=(i == chosen), rng=self.rng, ink=self.ink)
            else:
                sh.checkbox(82, y + 0.8, 3.6, checked=(i == chosen))
            T(sh, 88, y + 0.8, o, font=GOTH, size=fit(o, GOTH, 9, W - 16 - 90))
        self.y += h + 2

    def sign(self):
        c = self.c
        self.need(56)
        self.section("Ondertekening")
        sh = self.pages[-1]
        self.y = P(sh, 16, self.y, c.page_w - 32, "Ik verklaar dat ik dit formulier naar waarheid heb ingevuld en dat "
                   "ik weet dat onjuiste informatie gevolgen kan hebben voor mijn aanvraag.", font=GOTH,
                   size=8.8) + 3
        d0 = c.sub - dt.timedelta(days=self.rng.randint(1, 10))
        self.ask("Plaats", c.p.address.city if c.p.address else "Utrecht")
        self.ask("Datum", c.dfmt(d0))
        sh = self.pages[-1]
        T(sh, 16, self.y + 6, "Handtekening", font=GOTH, size=8.8)
        sh.rect(80, self.y, 80, 26, width_mm=0.3)
        sh.signature(86 + self.rng.uniform(0, 16), self.y + 4, self.rng.uniform(44, 56), 17, self.rng,
                     color=self.ink)
        self.y += 30

    def finish(self):
        n = len(self.pages)
        W = self.c.page_w
        for i, sh in enumerate(self.pages, 1):
            T(sh, W - 18, 33.4, f"blad {i} van {n}", font=GOTH, size=8, align="right")
            T(sh, 16, self.c.page_h - 12, f"{self.code} · versie 2037-1", font=GOTH, size=7, color=GREY)
        return self.pages


def _person(f: _Form):
    c, p = f.c, f.c.p
    f.section("1  Gegevens aanvrager")
    f.ask("Achternaam", p.surname.upper())
    f.ask("Voornamen", p.given_names)
    f.ask("Geboortedatum", c.dfmt(p.birth_date))
    f.ask("Geboorteplaats en -land", f"{p.birth_place}, {country_nl(p)}")
    f.ask("Nationaliteit", nat_nl(p))
    f.yesno("Geslacht", ["man", "vrouw"], 0 if p.sex == "M" else 1)
    if p.address:
        f.ask("Adres in Nederland", f"{p.address.street} {p.address.number}, {p.address.postcode} {p.address.city}")
    f.section("2  Gemachtigde")
    if c.lawyer:
        f.yesno("Heeft u een gemachtigde (advocaat)?", ["ja", "nee"], 0)
        f.ask("Naam, kantoor en adres", f"{c.lawyer_name}, {c.lawyer['firm']}, {c.lawyer['street']}, "
                                        f"{c.lawyer['pc']} {c.lawyer['city']}")
    else:
        f.yesno("Heeft u een gemachtigde (advocaat)?", ["ja", "nee"], 1)


def form_med(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _Form(c, rng, "Aanvraag verblijfsvergunning voor medische behandeling", "IND-MED-37")
    _person(f)
    f.section("3  De behandeling")
    f.ask("Zorginstelling (naam en plaats)", f"{c.hospital.get('name', '')}, {c.hospital.get('city', '')}")
    f.ask("Welke behandeling?", c.med.get("tx_short", ""))
    f.yesno("Heeft u 1 jaar uitstel van vertrek gehad (art. 64 Vw)?", ["nee", "ja"], 1 if c.art64_end else 0)
    if c.art64_end:
        f.ask("Dat jaar eindigt op", c.dfmt(c.art64_end))
    f.section("4  Kosten van verblijf en behandeling")
    if c.art64_end:
        f.yesno("Wie betaalt?", ["niet van toepassing (na art. 64 Vw)", "ikzelf", "een garantsteller"], 0)
    else:
        f.yesno("Wie betaalt?", ["ikzelf", "een garantsteller"], 1 if c.payer else 0)
        if c.payer:
            f.ask("Naam garantsteller en relatie", f"{c.payer.given_names} {c.payer.surname} ({c.payer_relation})")
    f.section("5  Paspoort en visum")
    f.yesno("Heeft u een geldig paspoort?", ["ja (kopie bijgevoegd)", "nee – ik vraag vrijstelling van de "
                                             "paspoortplicht"], 1 if c.no_passport else 0)
    f.yesno("Surinaamse nationaliteit en visum voor medische behandeling?", ["nee", "ja"], 1 if c.suriname_visa else 0)
    f.sign()
    return f.finish()


def form_7027(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _Form(c, rng, "Aanvraag verblijfsvergunning humanitair niet-tijdelijk (voortgezet verblijf) – 7027",
              "7027-37")
    _person(f)
    f.section("3  Uw huidige of vorige verblijfsvergunning")
    f.ask("Verblijfsdoel", dict(ROUTES_7027).get(c.route, ""))
    f.ask("Sinds (ingangsdatum)", c.dfmt(c.since) if c.since else "")
    f.section("4  Voorwaarden")
    if c.route == "relationship":
        f.yesno("Inburgering", ["diploma behaald (kopie bijgevoegd)", "ontheffing of vrijstelling (besluit bijgevoegd)",
                                "nog niet behaald"],
                0 if c.inburgering in ("diploma", "results") else (1 if c.inburgering == "exemption" else 2))
    elif c.route and c.route.startswith("medical"):
        f.yesno("Is de behandeling nog minstens 1 jaar nodig?", ["ja (verklaring arts bijgevoegd)", "nee"], 0)
    else:
        f.yesno("Is uw situatie nog dezelfde?", ["ja", "nee"], 0)
    f.sign()
    return f.finish()


def form_generic(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _Form(c, rng, "Aanvraag verlenging verblijfsvergunning regulier voor bepaalde tijd", "VERL-37")
    _person(f)
    r = random.Random(c.rng_seed + 37)
    f.section("3  Uw verblijfsvergunning")
    f.ask("Verblijfsdoel", GENERIC_PURPOSES[r.randrange(len(GENERIC_PURPOSES))])
    f.ask("Geldig tot", c.dfmt(c.sub + dt.timedelta(days=r.randint(20, 90))))
    f.yesno("Voldoet u nog aan alle voorwaarden?", ["ja", "nee"], 0)
    f.sign()
    return f.finish()


for _id, _fn, _n in (
    ("ind-form-med-blauwe-lijn-ind-blok-rechts-vragen-links-antwoordvakken-rechts-37", form_med,
     "medical-treatment form: questions in a left column, answer boxes at the right, V-number combs in a grey bar"),
    ("ind-form-7027-blauwe-lijn-ind-blok-rechts-vragen-links-antwoordvakken-rechts-37", form_7027,
     "form 7027 in the same layout"),
    ("ind-form-generic-blauwe-lijn-ind-blok-rechts-vragen-links-antwoordvakken-rechts-37", form_generic,
     "extension form in the same layout"),
):
    _r(_id, "application", "nl", _fn, _n)


# =========================================================================== income

_MND = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november",
        "december"]


def payslip(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A payroll bureau's 'Salarisspecificatie' in landscape-like blocks on portrait paper, typed in FreeMono: the
    bureau's name top left, 'VERTROUWELIJK' top right, the employee's and employer's data in two framed blocks side
    by side, then the lines of the slip as columns (code, omschrijving, aantal, tarief, bedrag), the cumulatives
    underneath, the net pay in a double-ruled box; folded in three for a window envelope."""
    e, w = _emp(c, rng), earner(c)
    k = pay_calc(rng, e["bruto"])
    sh = c.new_sheet()
    W = c.page_w
    f, fb = FMONO, LMONO_B
    T(sh, 14, 12, "Loonbureau Verhoef & Partners B.V.", font=fb, size=10)
    T(sh, W - 14, 12, "VERTROUWELIJK", font=fb, size=10, align="right")
    T(sh, 14, 18, f"SALARISSPECIFICATIE  periode 11 ({_MND[10]} {c.sub.year})", font=fb, size=10)
    sh.rect(14, 26, (W - 34) / 2, 30, width_mm=0.3)
    sh.rect(20 + (W - 34) / 2, 26, (W - 34) / 2, 30, width_mm=0.3)
    y = 28
    for ln in (e["name"], e["street"], f"{e['pc']} {e['city']}", f"Loonheffingennr. {e['lhn']}"):
        T(sh, 16, y, glyphs(ln, f), font=f, size=fit(ln, f, 8.6, (W - 38) / 2))
        y += 5
    y = 28
    a = w.address or c.p.address
    for ln in (f"{w.surname.upper()}, {w.given_names}", f"{a.street} {a.number}" if a else "",
               f"{a.postcode} {a.city}" if a else "", f"Pers.nr. {e['pnr']}  In dienst {e['start'].strftime('%d-%m-%Y')}",
               f"Functie {e['func_now']}  Contract: onbepaalde tijd"):
        x0 = 22 + (W - 34) / 2
        T(sh, x0, y, glyphs(ln, f), font=f, size=fit(ln, f, 8.6, (W - 38) / 2))
        y += 5
    y = 64
    heads = [("Code", 14), ("Omschrijving", 30), ("Aantal", 100), ("Tarief", 124), ("Bedrag", W - 14)]
    sh.rule(14, y - 1, W - 14, y - 1, width_mm=0.3)
    for t, x in heads:
        T(sh, x, y, t, font=fb, size=8.6, align="right" if t == "Bedrag" else "left")
    sh.rule(14, y + 5, W - 14, y + 5, width_mm=0.3)
    y += 8
    lines = [("1000", "Salaris", "1,00", eur(k["bruto"], False), k["bruto"]),
             ("4010", f"Pensioenpremie {e.get('pension', 'PFZW')}", f"{k['pct'] * 100:.2f}%".replace(".", ","), "",
              -k["pens"]),
             ("5000", "Loonheffing (tabel wit, mnd)", "", "", -k["lh"])]
    if k["reis"]:
        lines.append(("3100", "Reiskostenvergoeding", "", "", k["reis"]))
    for code, om, n, t_, b in lines:
        T(sh, 14, y, code, font=f, size=8.8)
        T(sh, 30, y, glyphs(om, f), font=f, size=8.8)
        T(sh, 100, y, n, font=f, size=8.8)
        T(sh, 124, y, t_, font=f, size=8.8)
        T(sh, W - 14, y, eur(b, False), font=f, size=8.8, align="right")
        y += 5.4
    sh.rule(14, y + 1, W - 14, y + 1, width_mm=0.2)
    y += 6
    T(sh, 14, y, "Cumulatieven t/m periode 11", font=fb, size=8.6)
    y += 5
    for a_, b_ in (("Fiscaal loon", k["base"] * 11), ("Loonheffing", k["lh"] * 11), ("Pensioenpremie", k["pens"] * 11)):
        T(sh, 20, y, a_, font=f, size=8.6)
        T(sh, 120, y, eur(b_, False), font=f, size=8.6, align="right")
        y += 4.6
    y += 6
    sh.rect(W - 84, y, 70, 12, width_mm=0.5)
    sh.rect(W - 83, y + 1, 68, 10, width_mm=0.2)
    T(sh, W - 80, y + 3.4, "NETTO", font=fb, size=10)
    T(sh, W - 18, y + 3.4, eur(k["net"], False), font=fb, size=10, align="right")
    T(sh, 14, y + 3.4, f"Uitbetaald op {iban_fmt(e['iban'])}", font=f, size=8.4)
    return [_same_size(c, folded_in_four(sh.render(200), rng))]


def guarantor(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A guarantor's own typed letter ('Garantverklaring') in Caladea, composed from the IND's model text: the
    guarantor's address block at the upper LEFT, the place and date at the right, the undertaking in numbered
    paragraphs, the income stated with the employer and the net monthly pay, a list of enclosed payslips; signed
    BELOW 'Handtekening garantsteller' with the name typed under the signature; a copy of the guarantor's ID is
    mentioned but not attached."""
    F = _guarantor_facts(c)
    g, e = F["g"], F["e"]
    sh = c.new_sheet()
    W = c.page_w
    f, fb = CAL, CAL_B
    a = g.address or c.p.address
    y = 16
    for ln in (f"{g.given_names} {g.surname}", f"{a.street} {a.number}" if a else "", f"{a.postcode} {a.city}" if a else ""):
        T(sh, 18, y, ln, font=f, size=10.5)
        y += 5
    dd = c.sub - dt.timedelta(days=rng.randint(4, 25))
    T(sh, W - 18, 16, f"{a.city if a else 'Utrecht'}, {d_nl(dd)}", font=f, size=10.5, align="right")
    for i, ln in enumerate(IND_ADDRESSES[0].split("\n")):
        T(sh, 18, 40 + i * 5, ln, font=f, size=10.5)
    T(sh, 18, 62, "GARANTVERKLARING", font=fb, size=14)
    T(sh, 18, 69, f"betreft: {c.p.given_names} {c.p.surname}, geboren {c.dfmt(c.p.birth_date)}", font=f, size=10.5)
    y = 80
    rel = c.payer_relation or "familielid"
    for i, t in enumerate((
            f"Ondergetekende, {g.given_names} {g.surname}, geboren op {c.dfmt(g.birth_date)}, verklaart zich garant "
            f"te stellen voor de kosten van verblijf en medische behandeling in Nederland van mijn {rel} "
            f"{c.p.given_names} {c.p.surname}.",
            f"Ik ben in vaste dienst bij {e['name']} te {e['city']} als {e['func_now'].lower()}, sinds "
            f"{e['start'].strftime('%d-%m-%Y')}. Mijn netto maandinkomen bedraagt {eur(F['net'])}.",
            "Ik verbind mij om alle kosten te betalen die niet door een verzekering worden gedekt, zolang de "
            "behandeling duurt, en om de Staat de eventuele kosten van openbare middelen te vergoeden.",
            "Als bijlage stuur ik mijn loonstroken van de laatste drie maanden mee.")):
        y = P(sh, 24, y, W - 42, f"{i + 1}.  {t}", font=f, size=10.5) + 3
    y += 6
    T(sh, 18, y, "Handtekening garantsteller:", font=f, size=10)
    sh.signature(22, y + 5, 48, 16, rng, color=rng.choice([BLUE_INK, BLACK_INK]))
    T(sh, 18, y + 24, f"{g.given_names} {g.surname}", font=fb, size=10.5)
    return [sh]


def employer_statement(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An employer's statement ('Werkgeversverklaring') on the company's letter paper in URW Gothic: the company's
    name in a coloured block across the full width, a two-column table of the employment data (naam werknemer,
    geboortedatum, in dienst sinds, soort contract, uren per week, bruto maandloon, vakantiegeld), the statement
    that the contract is not terminated and no end date applies, the HR officer's signature BESIDE the company
    stamp at the foot."""
    e, w = _emp(c, rng), earner(c)
    sh = c.new_sheet()
    W = c.page_w
    f, fb = GOTH, GOTH_B
    sh.rect(0, 0, W, 22, width_mm=0, fill=(40, 84, 70))
    T(sh, 16, 6, glyphs(e["name"], fb), font=fb, size=fit(e["name"], fb, 14, W - 32), color=(255, 255, 255))
    T(sh, 16, 14, f"{e['street']} · {e['pc']} {e['city']} · KvK {e['kvk']}", font=f, size=8.5,
      color=(230, 240, 236))
    T(sh, 16, 34, "WERKGEVERSVERKLARING", font=fb, size=15)
    dd = c.sub - dt.timedelta(days=rng.randint(5, 30))
    T(sh, W - 16, 34, d_nl(dd), font=f, size=10, align="right")
    y = 48
    rows = [("Naam werknemer", f"{w.given_names} {w.surname}"), ("Geboortedatum", c.dfmt(w.birth_date)),
            ("Functie", e["func_now"]), ("In dienst sinds", e["start"].strftime("%d-%m-%Y")),
            ("Soort dienstverband", "arbeidsovereenkomst voor onbepaalde tijd"), ("Uren per week", "38"),
            ("Bruto maandloon", eur(e["bruto"])), ("Vakantietoeslag", "8 %"),
            ("Proeftijd", "verstreken"), ("Opzegging", "niet aan de orde")]
    for a, b in rows:
        sh.rect(16, y, 70, 8, width_mm=0.2, fill=(236, 242, 238))
        sh.rect(86, y, W - 102, 8, width_mm=0.2)
        T(sh, 18, y + 2, a, font=f, size=9.5)
        T(sh, 88, y + 2, b, font=fb, size=9.5)
        y += 8
    y = P(sh, 16, y + 8, W - 32, "Ondergetekende verklaart dat bovenstaande gegevens juist zijn, dat de "
          "arbeidsovereenkomst niet is opgezegd en dat er geen voornemen bestaat deze te beëindigen.", font=f,
          size=10) + 10
    sh.stamp(18, y, [e["name"][:26], "PERSONEELSZAKEN"], rng, shape="rect", size_mm=44, color=(40, 60, 150),
             angle=rng.uniform(-4, 4))
    sh.signature(76, y + 2, 46, 15, rng, color=BLUE_INK)
    T(sh, 76, y + 19, _who(c, "hr37"), font=fb, size=10)
    T(sh, 76, y + 24, "HR-adviseur", font=f, size=9, color=GREY)
    return [sh]


def bank_statement(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A bank's monthly statement downloaded as PDF from online banking: the bank's name in a thin header, the
    account holder and IBAN in a grey band, a transaction table with date, description, debit and credit columns
    (the salary credited with the employer's name and 'SALARIS NOV'), opening and closing balance, and page '1/1'."""
    e, w = _emp(c, rng), earner(c)
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    sh = c.new_sheet()
    W = c.page_w
    b = c.bank
    f, fb = LSANS, LSANS_B
    T(sh, 14, 12, b["name"], font=fb, size=13, color=(20, 70, 60))
    T(sh, W - 14, 12, "Rekeningafschrift", font=f, size=11, align="right")
    sh.rect(14, 22, W - 28, 16, width_mm=0, fill=(236, 236, 236))
    T(sh, 16, 24, f"{w.given_names} {w.surname}", font=fb, size=10)
    T(sh, 16, 29.5, f"IBAN {iban_fmt(e['iban'])}  ·  BIC {b['bic']}", font=f, size=9)
    T(sh, W - 16, 24, f"Afschrift 11/{c.sub.year}", font=f, size=9, align="right")
    T(sh, W - 16, 29.5, f"01-11-{c.sub.year} t/m 30-11-{c.sub.year}", font=f, size=9, align="right")
    y = 46
    for t, x, al in (("Datum", 14, "left"), ("Omschrijving", 36, "left"), ("Af", W - 44, "right"),
                     ("Bij", W - 14, "right")):
        T(sh, x, y, t, font=fb, size=9, align=al)
    sh.rule(14, y + 5, W - 14, y + 5, width_mm=0.3)
    y += 8
    bal = round(rng.uniform(150, 900), 2)
    T(sh, 36, y, "Beginsaldo", font=f, size=9)
    T(sh, W - 14, y, eur(bal, False), font=f, size=9, align="right")
    y += 6
    tx = [(2, "Albert Heijn 1432 ", -round(rng.uniform(20, 80), 2)),
          (3, "Huur november – Woonstichting", -round(rng.uniform(600, 900), 2)),
          (8, "Zorgverzekering premie", -round(rng.uniform(130, 160), 2)),
          (24, f"{e['name'][:30]} SALARIS NOV", k["net"]),
          (26, "Energie – termijnbedrag", -round(rng.uniform(80, 140), 2))]
    for day, desc, amt in tx:
        T(sh, 14, y, f"{day:02d}-11", font=f, size=9)
        T(sh, 36, y, glyphs(desc, f), font=f, size=9)
        T(sh, (W - 44) if amt < 0 else (W - 14), y, eur(abs(amt), False), font=f, size=9, align="right")
        bal += amt
        y += 6
    sh.rule(14, y, W - 14, y, width_mm=0.3)
    T(sh, 36, y + 2, "Eindsaldo", font=fb, size=9)
    T(sh, W - 14, y + 2, eur(bal, False), font=fb, size=9, align="right")
    T(sh, W - 14, c.page_h - 12, "1/1", font=f, size=8, align="right", color=GREY)
    return [sh]


_r("payslip-loonbureau-mono-twee-kaders-cumulatieven-driedubbel-gevouwen-37", "income-proof", "nl", payslip,
   "payroll bureau's salary slip typed in mono with two framed address blocks, folded for the envelope")
_r("guarantor-getypte-garantverklaring-genummerde-alineas-handtekening-onder-label-37", "income-proof", "nl",
   guarantor, "guarantor's typed undertaking in numbered paragraphs, signed below the label")
_r("employer-werkgeversverklaring-kleurblok-tabel-stempel-naast-handtekening-37", "income-proof", "nl",
   employer_statement, "employer's statement with a coloured company block and a data table, stamp beside signature")
_r("bank-rekeningafschrift-pdf-grijze-band-salaris-bijschrijving-37", "income-proof", "nl", bank_statement,
   "bank statement from online banking with the salary credit among the transactions")


# =========================================================================== medical statements


def medstat_nl(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A specialist's 'Medische verklaring' for the IND in FreeSerif, the hospital's name and logo mark at the top
    RIGHT and the department at the left; the patient's data in a thin framed box; the facts under bold side
    headings at the LEFT margin (Diagnose, Behandeling, Sinds, Duur, Noodzaak, Herkomstland) with the text in a
    column to their right; the signature at the right with the BIG number and name typed BELOW it."""
    h = c.hospital
    start = _treat_start(c)
    sh = c.new_sheet()
    W = c.page_w
    f, fb, fi = FSER, FSER_B, FSER_I
    col = h.get("color", IND_COL)
    T(sh, W - 16, 12, h["name"], font=fb, size=12, color=col, align="right")
    T(sh, W - 16, 18, f"{h['street']}, {h['pc']} {h['city']}", font=f, size=8.5, color=GREY, align="right")
    T(sh, 16, 12, f"Afdeling {c.med.get('spec', 'Interne geneeskunde')}", font=fi, size=10)
    sh.rule(16, 23, W - 16, 23, width_mm=0.3, color=col)
    T(sh, 16, 30, "MEDISCHE VERKLARING", font=fb, size=14)
    dd = c.sub - dt.timedelta(days=rng.randint(7, 45))
    T(sh, W - 16, 30, f"{h['city']}, {d_nl(dd)}", font=f, size=10, align="right")
    sh.rect(16, 38, W - 32, 14, width_mm=0.2)
    T(sh, 19, 40, f"Patiënt: {c.p.given_names} {c.p.surname}", font=fb, size=10)
    T(sh, 19, 45.5, f"Geboren: {c.dfmt(c.p.birth_date)}    Nationaliteit: {nat_nl(c.p)}", font=f, size=9.5)
    y = 60
    for head, body in (("Diagnose", c.med["dx"]), ("Behandeling", c.med["tx"]), ("Sinds", d_nl(start)),
                       ("Duur", duration_phrase(c.duration, start)), ("Noodzaak", c.med["stop"]),
                       ("Herkomstland", _not_available(c))):
        T(sh, 16, y, head, font=fb, size=10)
        y = P(sh, 52, y, W - 68, body, font=f, size=10.5, leading=1.4) + 4
    y += 8
    nm = _who(c, "sp37")
    sh.signature(W - 80, y, rng.uniform(42, 52), 16, rng, color=BLUE_INK)
    T(sh, W - 80, y + 18, f"dr. {nm}", font=fb, size=10.5)
    big = random.Random(seed_of("big37", c.rng_seed)).randint(10**10, 10**11 - 1)
    T(sh, W - 80, y + 23, f"{c.med.get('doc_title', 'medisch specialist')}, BIG {big}", font=fi, size=9, color=GREY)
    return [sh]


def medstat_en(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A consultant's English 'Medical report' typed in Caladea on plain paper with a typed letterhead line,
    'MEDICAL REPORT' in spaced capitals, the patient's name in a 'Re:' line with the date of birth, then numbered
    points 1–5; signed at the end BESIDE 'Signed:' with the name and registration number typed under it; a yellow
    sticky note of the lawyer's assistant ('IND – vertaling niet nodig') stuck on the top right corner."""
    h = c.hospital
    start = _treat_start(c)
    sh = c.new_sheet()
    W = c.page_w
    f, fb, fi = CAL, CAL_B, CAL_I
    T(sh, 16, 12, f"{h['name']} · Department of {c.med.get('spec_en', 'Internal Medicine')} · {h['city']}", font=fi,
      size=9, color=GREY)
    sh.rule(16, 17, W - 16, 17, width_mm=0.2)
    T(sh, 16, 26, "M E D I C A L   R E P O R T", font=fb, size=13)
    dd = c.sub - dt.timedelta(days=rng.randint(7, 45))
    T(sh, 16, 36, d_en(dd), font=f, size=10.5)
    T(sh, 16, 44, f"Re: {c.p.given_names} {c.p.surname.upper()}, date of birth {d_en(c.p.birth_date)}", font=fb,
      size=10.5)
    y = 56
    for i, body in enumerate((f"Diagnosis: {c.med.get('dx_en', c.med['dx'])}.",
                              f"Treatment: {c.med.get('tx_en', c.med['tx'])}, started on {d_en(start)}.",
                              f"Expected duration: {duration_phrase(c.duration, start, 'en')}",
                              f"Necessity: {c.med.get('stop_en', c.med['stop'])}",
                              f"Country of origin: {_not_available(c, 'en')}"), 1):
        y = P(sh, 22, y, W - 40, f"{i}.  {body}", font=f, size=10.5, leading=1.45) + 3
    y += 8
    T(sh, 16, y + 6, "Signed:", font=f, size=10.5)
    sh.signature(34, y, 46, 15, rng, color=BLACK_INK)
    reg = random.Random(seed_of("reg37", c.rng_seed)).randint(10**10, 10**11 - 1)
    T(sh, 34, y + 18, f"Dr {_who(c, 'en37')}, {c.med.get('doc_en', 'consultant')}", font=fb, size=10)
    T(sh, 34, y + 23, f"BIG registration {reg}", font=fi, size=9, color=GREY)
    sticky_note(sh, W - 58, 6, ["IND – vertaling", "niet nodig (EN)"], rng)
    return [sh]


_r("medstat-verklaring-zijkoppen-links-ziekenhuis-rechtsboven-big-onder-handtekening-37", "medical-statement", "nl",
   medstat_nl, "specialist's medical statement with side headings at the left margin, signature above name and BIG")
_r("medstat-medical-report-english-genummerde-punten-signed-naast-geeltje-37", "medical-statement", "en", medstat_en,
   "English medical report in numbered points, signed beside 'Signed:', a sticky note on the corner")


# =========================================================================== care-institution statements


def care_confirmation(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The hospital's patient-affairs office confirms by letter in DejaVu Serif: the logo mark and name at the LEFT
    over a colour rule, 'Bevestiging behandeling' as subject, the confirmation that the hospital can and will treat,
    the start and expected end, the estimated annual costs in a small two-line box, payment arrangements; the
    manager's signature ABOVE the typed name, the round hospital stamp overlapping the lower part of the signature."""
    h = c.hospital
    s, e = _care_span(c)
    sh = c.new_sheet()
    W = c.page_w
    f, fb = DJS, DJS_B
    col = h.get("color", IND_COL)
    sh.rect(16, 12, 8, 8, width_mm=0, fill=col)
    T(sh, 27, 12.5, h["name"], font=fb, size=11.5, color=col)
    T(sh, 27, 18, f"Bureau Patiëntenzaken · {h['street']} · {h['pc']} {h['city']}", font=f, size=8, color=GREY)
    sh.rule(16, 24, W - 16, 24, width_mm=0.4, color=col)
    for i, ln in enumerate(_addr_lines(c)):
        T(sh, 16, 34 + i * 5, ln, font=f, size=10)
    dd = c.sub - dt.timedelta(days=rng.randint(6, 40))
    T(sh, W - 16, 34, d_nl(dd), font=f, size=10, align="right")
    T(sh, 16, 58, "Betreft: bevestiging behandeling (t.b.v. de IND)", font=fb, size=10.5)
    cost = c.med.get("cost", 30000)
    y = 68
    for t in (f"Geachte {title_nl(c.p)} {c.p.surname},",
              f"Hierbij bevestigen wij dat het {h['name']} u kan en zal behandelen. Het gaat om "
              f"{c.med.get('tx_short', 'medische behandeling')} op de afdeling {c.med.get('spec', '')}. De "
              f"behandeling start of loopt sinds {d_nl(s)} en duurt naar verwachting ten minste tot {d_nl(e)}.",
              "De geraamde kosten van de behandeling bedragen:"):
        y = P(sh, 16, y, W - 32, t, font=f, size=10.2) + 3
    sh.rect(16, y, 110, 13, width_mm=0.3)
    T(sh, 19, y + 2, "Kosten per jaar (raming)", font=f, size=9.5)
    T(sh, 122, y + 2, eur(cost), font=fb, size=9.5, align="right")
    T(sh, 19, y + 7, "Eigen bijdrage", font=f, size=9.5)
    T(sh, 122, y + 7, eur(0), font=fb, size=9.5, align="right")
    y += 18
    y = P(sh, 16, y, W - 32, _payer_phrase(c), font=f, size=10.2) + 3
    y = P(sh, 16, y, W - 32, "Met vriendelijke groet,", font=f, size=10.2) + 2
    sh.signature(18, y, 46, 15, rng, color=BLUE_INK)
    sh.stamp(40, y + 6, [h["name"][:28].upper(), "PATIËNTENZAKEN", h["city"].upper()], rng, shape="round",
             size_mm=28, color=(120, 40, 120), angle=rng.uniform(-15, 15))
    T(sh, 16, y + 18, _who(c, "care37"), font=fb, size=10)
    T(sh, 16, y + 23, "manager Bureau Patiëntenzaken", font=f, size=9, color=GREY)
    return [sh]


def care_form(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The IND's 'Verklaring zorginstelling' model filled in by the hospital's administration with a ballpoint (dkg
    hand): printed numbered questions with a ruled line each, ticks in square boxes for 'kan behandelen' and 'zal
    behandelen', dates and costs written in; the signature to the RIGHT of 'Handtekening en stempel' and the stamp
    under it; the scan shows a ruler left on the glass."""
    h = c.hospital
    s, e = _care_span(c)
    sh = c.new_sheet()
    W = c.page_w
    f, fb = GOTH, GOTH_B
    ink = rng.choice([BLUE_INK, BLACK_INK])
    T(sh, 16, 14, "Verklaring zorginstelling", font=fb, size=15)
    T(sh, 16, 21, "bij een aanvraag om een verblijfsvergunning voor medische behandeling", font=GOTH_I, size=9,
      color=GREY)
    y = 34

    def line(q, v):
        nonlocal y
        T(sh, 16, y, q, font=f, size=9.2)
        sh.rule(90, y + 4.6, W - 16, y + 4.6, width_mm=0.15, color=(120, 120, 120))
        if v:
            vv = glyphs(v, DKG)
            sh.handwriting(92, y - 1.4, vv, rng, size_pt=fit(vv, DKG, 12, (W - 110) / 1.1), font=DKG, color=ink)
        y += 9

    line("1. Naam zorginstelling", h["name"])
    line("2. Adres", f"{h['street']}, {h['pc']} {h['city']}")
    line("3. Naam patiënt", f"{c.p.given_names} {c.p.surname}")
    line("4. Geboortedatum patiënt", c.dfmt(c.p.birth_date))
    line("5. Behandeling", c.med.get("tx_short", ""))
    for q in ("6. De zorginstelling kan de behandeling uitvoeren", "7. De zorginstelling zal de behandeling uitvoeren"):
        T(sh, 16, y, q, font=f, size=9.2)
        sh.checkbox(150, y, 4, checked=True, rng=rng, ink=ink)
        T(sh, 156, y, "ja", font=f, size=9.2)
        sh.checkbox(170, y, 4)
        T(sh, 176, y, "nee", font=f, size=9.2)
        y += 9
    line("8. Begindatum behandeling", c.dfmt(s))
    line("9. Verwachte einddatum", c.dfmt(e))
    line("10. Geraamde kosten per jaar", eur(c.med.get("cost", 30000)))
    line("11. Wie betaalt de kosten?", _payer_phrase(c)[:70])
    y += 6
    T(sh, 16, y, "Handtekening en stempel", font=f, size=9.2)
    sh.signature(70, y - 4, 46, 15, rng, color=ink)
    sh.stamp(72, y + 12, [h["name"][:26].upper(), "ZORGADMINISTRATIE"], rng, shape="rect", size_mm=46,
             color=(40, 70, 150), angle=rng.uniform(-5, 5))
    dd = c.sub - dt.timedelta(days=rng.randint(6, 40))
    T(sh, 130, y, "Datum", font=f, size=9.2)
    sh.handwriting(146, y - 1.5, c.dfmt(dd), rng, size_pt=12, font=DKG, color=ink)
    return [_same_size(c, ruler_shadow(sh.render(200), rng))]


_r("care-bevestiging-patientenzaken-kostenvak-stempel-over-handtekening-37", "care-institution-statement", "nl",
   care_confirmation, "patient-affairs office's letter that it can and will treat, costs box, stamp over signature")
_r("care-verklaring-zorginstelling-model-balpen-vinkjes-liniaal-37", "care-institution-statement", "nl", care_form,
   "the 'verklaring zorginstelling' model filled in by hand with ticks, a ruler on the glass")


# =========================================================================== health insurance


def polisblad(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A Dutch insurer's 'Polisblad' as a two-column page: a narrow coloured column at the LEFT with the insurer's
    name written vertically and its contact details, the policy data at the right as label/value pairs, a cover table
    with ticks (ziekenhuiszorg, medisch-specialistische zorg, geneesmiddelen, ...), the premium per month."""
    ins = c.insurer_nl
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    col = ins.get("color", IND_COL)
    f, fb = LSANS, LSANS_B
    sh.rect(0, 0, 44, H, width_mm=0, fill=col)
    T(sh, 6, 14, ins.get("short", ins["name"])[:14], font=fb, size=13, color=(255, 255, 255))
    for i, ln in enumerate(ins.get("post", "").split(", ")):
        T(sh, 6, 26 + i * 4.5, ln, font=f, size=7.5, color=(235, 235, 235))
    T(sh, 6, 44, f"UZOVI {ins.get('uzovi', '')}", font=f, size=7.5, color=(235, 235, 235))
    for i, ln in enumerate(_addr_lines(c)):
        T(sh, 56, 20 + i * 5, ln, font=f, size=10)
    T(sh, 56, 52, f"Polisblad {c.sub.year + 1}", font=fb, size=17)
    y = 64
    for a, b in (("Polisnummer", _policy_no(c)), ("Verzekerde", f"{c.p.given_names} {c.p.surname}"),
                 ("Geboortedatum", c.dfmt(c.p.birth_date)), ("Ingangsdatum", f"01-01-{c.sub.year}"),
                 ("Geldig tot", f"31-12-{c.sub.year + 1}"), ("Verzekering", "Basisverzekering Natura + Aanvullend 2")):
        T(sh, 56, y, a, font=f, size=9, color=GREY)
        T(sh, 100, y, b, font=fb, size=9.5)
        y += 6
    y += 6
    T(sh, 56, y, "Wat is verzekerd", font=fb, size=11)
    y += 7
    for item in ("Medisch-specialistische zorg en ziekenhuisopname", "Geneesmiddelen (GVS)", "Dialyse en transplantatie",
                 "Huisartsenzorg", "Ziekenvervoer", "Fysiotherapie (aanvullend, 18 behandelingen)"):
        sh.checkbox(56, y, 3.5, checked=True)
        T(sh, 62, y - 0.2, item, font=f, size=9.5)
        y += 6
    y += 6
    T(sh, 56, y, "Premie per maand", font=f, size=9.5)
    T(sh, W - 16, y, eur(rng.uniform(138, 176)), font=fb, size=9.5, align="right")
    T(sh, 56, y + 6, "Verplicht eigen risico", font=f, size=9.5)
    T(sh, W - 16, y + 6, eur(385), font=fb, size=9.5, align="right")
    return [sh]


def intl_certificate(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An international health insurer's 'Certificate of Insurance' in English: the insurer's name in a coloured
    band with a cross logo at the upper LEFT, a QR code at the upper right, the member in a framed table (member,
    date of birth, policy, plan, period of cover, area of cover: worldwide incl. the Netherlands), a paragraph that
    in-patient and out-patient medical treatment are covered up to the plan limit, the underwriter's printed
    signature."""
    ins = c.insurer_intl
    sh = c.new_sheet()
    W = c.page_w
    f, fb = CAL, CAL_B
    col = ins.get("color", IND_COL)
    sh.rect(14, 12, W - 28, 18, width_mm=0, fill=col)
    sh.rect(18, 15, 12, 12, width_mm=0, fill=(255, 255, 255))
    sh.rect(22.5, 16.5, 3, 9, width_mm=0, fill=col)
    sh.rect(19.5, 19.5, 9, 3, width_mm=0, fill=col)
    T(sh, 34, 15, ins["name"], font=fb, size=fit(ins["name"], fb, 13, W - 80), color=(255, 255, 255))
    T(sh, 34, 22, ins.get("addr", ""), font=f, size=fit(ins.get("addr", ""), f, 8, W - 80), color=(240, 240, 240))
    qr(sh, W - 34, 36, 18, c.vnr + ins["name"])
    T(sh, 14, 40, "CERTIFICATE OF INSURANCE", font=fb, size=16)
    start = add_months(c.sub, -rng.randint(2, 8))
    end = add_months(start, 12)
    if end <= c.sub + dt.timedelta(days=120):
        end = add_months(end, 12)
    y = 58
    for a, b in (("Member", f"{c.p.given_names} {c.p.surname}"), ("Date of birth", d_en(c.p.birth_date)),
                 ("Policy number", _policy_no(c, "CI-")), ("Plan", ins.get("plan", "International Plan")),
                 ("Period of cover", f"{d_en(start)} – {d_en(end)}"),
                 ("Area of cover", "Worldwide, including the Netherlands")):
        sh.rect(14, y, 60, 8, width_mm=0.25, fill=(238, 240, 244))
        sh.rect(74, y, W - 88, 8, width_mm=0.25)
        T(sh, 16, y + 2, a, font=f, size=9.5)
        T(sh, 76, y + 2, b, font=fb, size=fit(b, fb, 9.8, W - 94))
        y += 8
    y = P(sh, 14, y + 8, W - 28, "This is to certify that the member named above is insured under the plan shown. "
          "In-patient and out-patient medical treatment, including specialist treatment, hospitalisation and "
          "prescribed medicines, is covered in the area of cover up to the annual plan limit of EUR 1,500,000, "
          "without exclusion of the condition for which treatment is sought.", font=f, size=10.2) + 8
    T(sh, 14, y, "Signed on behalf of the insurer", font=f, size=9.5, color=GREY)
    sh.signature(16, y + 4, 44, 14, rng, color=(20, 20, 60))
    T(sh, 14, y + 20, "Head of Underwriting", font=fb, size=9.5)
    return [sh]


_r("polisblad-kleurkolom-links-verticaal-vinkjes-dekking-37", "health-insurance", "nl", polisblad,
   "Dutch insurer's policy sheet with a coloured column at the left and a ticked cover list")
_r("intl-certificate-of-insurance-kleurband-kruislogo-qr-tabel-37", "health-insurance", "en", intl_certificate,
   "international insurer's certificate of insurance with a colour band, cross logo, QR code and a member table")


# =========================================================================== civic integration


def _duo_top(sh: Sheet, c: Case):
    W = c.page_w
    sh.rect(W - 60, 0, 8, 26, width_mm=0, fill=DUO_COL)
    T(sh, W - 50, 10, "Dienst Uitvoering", font=LSANS_B, size=9)
    T(sh, W - 50, 14.5, "Onderwijs", font=LSANS_B, size=9)
    T(sh, W - 50, 19, "Ministerie van OCW", font=LSANS, size=7.5, color=GREY)


def duo_diploma(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The 'Diploma inburgering' in portrait with a wide guilloche frame in two blues, the words 'DIPLOMA
    INBURGERING' in spaced capitals, the holder's name in P052 italic on its own line, the date of birth and the
    diploma number in a small grey box at the foot LEFT, the minister's printed signature at the foot right."""
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    for i, colr in enumerate(((0, 80, 145), (120, 170, 210), (0, 80, 145))):
        sh.rect(10 + i * 3, 10 + i * 3, W - 20 - i * 6, H - 20 - i * 6, width_mm=1.2 if i != 1 else 0.5, color=colr)
    T(sh, W / 2, 40, "KONINKRIJK DER NEDERLANDEN", font=PAL, size=11, align="center")
    T(sh, W / 2, 60, "D I P L O M A   I N B U R G E R I N G", font=PAL_B, size=19, align="center")
    T(sh, W / 2, 80, "Hierbij wordt verklaard dat", font=PAL, size=11, align="center")
    nm = f"{c.p.given_names} {c.p.surname}"
    T(sh, W / 2, 92, nm, font=PAL_I, size=fit(nm, PAL_I, 22, W - 60), align="center")
    T(sh, W / 2, 110, "het inburgeringsexamen met goed gevolg heeft afgelegd", font=PAL, size=11, align="center")
    T(sh, W / 2, 117, "op taalniveau B1 (Wet inburgering 2021)", font=PAL, size=11, align="center")
    dd = _inb_date(c, rng)
    T(sh, W / 2, 134, f"Den Haag, {d_nl(dd)}", font=PAL, size=11, align="center")
    sh.rect(24, H - 60, 80, 20, width_mm=0, fill=(236, 238, 242))
    T(sh, 27, H - 57, f"geboren {c.dfmt(c.p.birth_date)}", font=LSANS, size=9)
    T(sh, 27, H - 51, f"diplomanummer {rng.randint(10**8, 10**9 - 1)}", font=LSANS, size=9)
    sh.signature(W - 80, H - 64, 46, 15, rng, color=(20, 20, 40))
    T(sh, W - 80, H - 46, "de minister van Sociale Zaken", font=PAL_I, size=9)
    T(sh, W - 80, H - 41, "en Werkgelegenheid", font=PAL_I, size=9)
    return [sh]


def duo_exemption(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """DUO's decision granting an exemption from the civic-integration requirement on medical grounds: DUO's
    colour strip at the upper RIGHT, the addressee at the left, a reference column (datum, ons kenmerk,
    BSN-laatste cijfers), 'Besluit' in bold with the decision as a single sentence in a ruled box, the reasons
    in two short paragraphs, the objection clause in small type at the foot."""
    sh = c.new_sheet()
    W = c.page_w
    _duo_top(sh, c)
    for i, ln in enumerate(_addr_lines(c)):
        T(sh, 16, 44 + i * 5, ln, font=LSANS, size=10)
    dd = _inb_date(c, rng)
    for i, (a, b) in enumerate((("Datum", d_nl(dd)), ("Ons kenmerk", f"INB-ONT-{rng.randint(10**6, 10**7 - 1)}"),
                                ("Onderwerp", "ontheffing inburgeringsplicht"))):
        T(sh, W - 62, 44 + i * 9, a, font=LSANS_B, size=7.5, color=GREY)
        T(sh, W - 62, 47.5 + i * 9, b, font=LSANS, size=9)
    y = 80
    y = P(sh, 16, y, W - 32, f"Geachte {title_nl(c.p)} {c.p.surname},", font=LSANS, size=10.2) + 3
    y = P(sh, 16, y, W - 32, "U heeft ons gevraagd om ontheffing van de inburgeringsplicht. Wij hebben hierover "
          "advies gevraagd aan een onafhankelijke arts.", font=LSANS, size=10.2) + 4
    T(sh, 16, y, "Besluit", font=LSANS_B, size=11)
    y += 6
    sh.rect(16, y, W - 32, 16, width_mm=0.4)
    P(sh, 19, y + 2, W - 38, "U krijgt ontheffing van de inburgeringsplicht omdat u door een medische beperking "
      "aantoonbaar niet in staat bent het inburgeringsexamen te behalen. U hoeft niet meer in te burgeren.",
      font=LSANS_B, size=10)
    y += 22
    y = P(sh, 16, y, W - 32, "De arts heeft vastgesteld dat uw medische situatie blijvend is. Dit besluit geldt "
          "daarom voor onbepaalde tijd.", font=LSANS, size=10.2) + 4
    y = P(sh, 16, y, W - 32, "Met vriendelijke groet,\nDienst Uitvoering Onderwijs", font=LSANS, size=10.2) + 10
    P(sh, 16, c.page_h - 34, W - 32, "Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de datum "
      "van deze brief bezwaar maken bij DUO, Postbus 30205, 2500 GE Den Haag.", font=LSANS, size=7.8, color=GREY)
    return [sh]


def duo_results(c: Case, rng: random.Random, *, failed: bool = False, **_) -> list[Sheet]:
    """DUO's letter with the results of the civic-integration exam: a table with one row per exam part, the exam
    date, the score and the result ('gehaald' / 'niet gehaald'), and a closing paragraph saying whether the holder
    has now passed the whole exam; DUO's strip at the upper right; a staple at the upper left."""
    sh = c.new_sheet()
    W = c.page_w
    _duo_top(sh, c)
    staple(sh, 10, 8)
    for i, ln in enumerate(_addr_lines(c)):
        T(sh, 16, 44 + i * 5, ln, font=LSANS, size=10)
    dd = _inb_date(c, rng)
    T(sh, W - 62, 44, "Datum", font=LSANS_B, size=7.5, color=GREY)
    T(sh, W - 62, 47.5, d_nl(dd), font=LSANS, size=9)
    T(sh, 16, 76, "Uitslag inburgeringsexamen", font=LSANS_B, size=13)
    T(sh, 16, 84, f"{c.p.given_names} {c.p.surname}, geboren {c.dfmt(c.p.birth_date)}", font=LSANS, size=10)
    parts = ["Lezen", "Luisteren", "Schrijven", "Spreken", "Kennis van de Nederlandse Maatschappij"]
    bad = random.Random(seed_of("fail37", c.rng_seed)).randrange(4) if failed else -1
    y = 94
    for t, x in (("Onderdeel", 16), ("Examendatum", 100), ("Score", 134), ("Uitslag", 156)):
        T(sh, x, y, t, font=LSANS_B, size=9.5)
    sh.rule(16, y + 5, W - 16, y + 5, width_mm=0.3)
    y += 8
    for i, pt in enumerate(parts):
        d0 = dd - dt.timedelta(days=rng.randint(14, 90))
        ok = i != bad
        T(sh, 16, y, pt, font=LSANS, size=9.5)
        T(sh, 100, y, d0.strftime("%d-%m-%Y"), font=LSANS, size=9.5)
        T(sh, 134, y, str(rng.randint(62, 88) if ok else rng.randint(30, 48)), font=LSANS, size=9.5)
        T(sh, 156, y, "gehaald" if ok else "niet gehaald", font=LSANS_B, size=9.5,
          color=(20, 110, 50) if ok else (170, 30, 30))
        y += 7
    y += 6
    txt = ("U heeft alle onderdelen van het inburgeringsexamen gehaald. U heeft hiermee aan de inburgeringsplicht "
           "voldaan. Uw diploma ontvangt u binnen zes weken." if not failed else
           "U heeft niet alle onderdelen gehaald. U kunt het onderdeel dat u niet heeft gehaald opnieuw afleggen. "
           "U heeft nog niet aan de inburgeringsplicht voldaan.")
    P(sh, 16, y, W - 32, txt, font=LSANS, size=10.2)
    return [sh]


_r("duo-diploma-staand-guilloche-drie-kaders-naam-cursief-nummervak-37", "civic-integration", "nl", duo_diploma,
   "civic-integration diploma in a triple frame, the name in italic on its own line, number box at the foot")
_r("duo-ontheffing-besluit-in-kader-kenmerkkolom-bezwaarclausule-37", "civic-integration", "nl", duo_exemption,
   "DUO exemption decision with the decision in a ruled box and a reference column")
_r("duo-uitslag-tabel-examendatum-score-gehaald-niet-gehaald-niet-37", "civic-integration", "nl", duo_results,
   "DUO result letter as a table of parts with date, score and result, stapled")


# =========================================================================== other


def cover_letter(c: Case, rng: random.Random, *, enclosures: list[str] | None = None, **_) -> list[Sheet]:
    """A Dutch lawyer's cover letter in P052 with the firm's name as a small-capital letterhead at the LEFT and a
    vertical rule to its right, the client's name, date of birth and V-number in a right-aligned reference block,
    short paragraphs, the enclosures as a numbered list, the lawyer's signature BESIDE 'Hoogachtend,' at the end."""
    lw = c.lawyer or dict(firm="Juridisch Loket", street="Postbus 2058", pc="3500 GB", city="Utrecht", tel="0900",
                          mail="info@juridischloket.nl")
    signer = c.lawyer_name if c.lawyer else _who(c, "jl37")
    sh = c.new_sheet()
    W = c.page_w
    f, fb = PAL, PAL_B
    T(sh, 18, 12, lw["firm"].upper(), font=fb, size=fit(lw["firm"].upper(), fb, 11, 90))
    T(sh, 18, 18, f"{lw['street']}, {lw['pc']} {lw['city']}", font=f, size=8.5, color=GREY)
    sh.rule(112, 10, 112, 24, width_mm=0.3)
    T(sh, 116, 12, lw.get("mail", ""), font=f, size=8.5, color=GREY)
    addr = IND_ADDRESSES[rng.randrange(len(IND_ADDRESSES))].split("\n")
    for i, ln in enumerate(addr):
        T(sh, 18, 40 + i * 5, ln, font=f, size=10.2)
    dd = c.sub - dt.timedelta(days=rng.randint(0, 3))
    y = 40
    for a in (f"{lw['city']}, {d_nl(dd)}", f"Cliënt: {c.p.given_names} {c.p.surname}",
              f"Geboren: {c.dfmt(c.p.birth_date)}", f"V-nummer: {c.vnr}"):
        T(sh, W - 18, y, a, font=f, size=9.6, align="right")
        y += 5
    T(sh, 18, 70, f"Onderwerp: aanvraag {PROC_NL[c.procedure]}"[:100], font=fb, size=10)
    y = 80
    paras = ["Geachte heer, mevrouw,",
             f"Hierbij ontvangt u namens mijn cliënt{'e' if c.p.sex == 'F' else ''} de aanvraag voor "
             f"{PROC_NL[c.procedure]}, met het ingevulde en ondertekende formulier en kopieën van de stukken."]
    if c.procedure == "ind-medical-treatment" and c.art64_end:
        paras.append(f"Cliënt heeft één jaar uitstel van vertrek op grond van artikel 64 Vw; dat jaar eindigt op "
                     f"{d_nl(c.art64_end)}. De behandeling is nog niet afgerond.")
    if c.procedure == "ind-hnt-continued" and c.since:
        paras.append(f"Cliënt heeft sinds {d_nl(c.since)} een verblijfsvergunning "
                     f"({dict(ROUTES_7027).get(c.route, '').replace('na verblijf ', '')}).")
    if c.no_passport:
        paras.append("Cliënt beschikt niet over een geldig paspoort en vraagt vrijstelling van de paspoortplicht. "
                     + " ".join(EXEMPTION_TEXT[i] for i in c.exemption_shown))
    if c.suriname_visa:
        paras.append("Cliënt is Surinaams onderdaan en kwam naar Nederland met een visum voor medische behandeling "
                     "(kopie bijgevoegd). De behandeling is nog nodig en de betaling is geregeld.")
    paras.append("Wilt u de nota voor de leges aan mijn kantoor sturen?")
    for t in paras:
        y = P(sh, 18, y, W - 36, t, font=f, size=10.2, leading=1.45) + 3
    if enclosures:
        T(sh, 18, y + 1, "Bijlagen", font=fb, size=10.2)
        y += 6.5
        for i, e_ in enumerate(enclosures, 1):
            T(sh, 22, y, f"{i}. {e_}", font=f, size=9.8)
            y += 5
        y += 3
    T(sh, 18, y + 8, "Hoogachtend,", font=f, size=10.2)
    sh.signature(50 + rng.uniform(0, 8), y + 2, rng.uniform(44, 54), 16, rng, color=rng.choice([BLUE_INK, BLACK_INK]))
    T(sh, 18, y + 22, signer, font=fb, size=10.2)
    return [c.intr(sh)]


def _ind_head(sh: Sheet, c: Case, dd: dt.date, subject: str) -> float:
    """The IND's letters of this part: 'IND' in a blue square at the upper LEFT with the full name beside it, the
    addressee at the left under a small return address, the case data (datum, V-nummer, kenmerk) in a grey box at
    the RIGHT, the subject in bold over a thin rule."""
    W = c.page_w
    sh.rect(16, 10, 14, 14, width_mm=0, fill=IND_COL)
    T(sh, 23, 13.5, "IND", font=GOTH_B, size=10, color=(255, 255, 255), align="center")
    T(sh, 34, 12, "Immigratie- en Naturalisatiedienst", font=GOTH_B, size=10.5, color=IND_COL)
    T(sh, 34, 17.5, "Ministerie van Asiel en Migratie", font=GOTH_I, size=8, color=GREY)
    T(sh, 16, 36, "IND · Postbus 287 · 7600 AG Almelo", font=GOTH, size=6.8, color=GREY)
    y = 41
    for ln in _addr_lines(c):
        T(sh, 16, y, ln, font=GOTH, size=10)
        y += 5
    r = random.Random(seed_of("ind37", c.rng_seed))
    sh.rect(W - 66, 34, 50, 28, width_mm=0, fill=(236, 238, 242))
    for i, (a_, b_) in enumerate((("Datum", d_nl(dd)), ("V-nummer", c.vnr), ("Kenmerk", str(r.randint(10**8, 10**9 - 1))))):
        T(sh, W - 64, 36 + i * 8.6, a_, font=GOTH_B, size=7.5, color=GREY)
        T(sh, W - 64, 39.5 + i * 8.6, b_, font=GOTH, size=8.8)
    P(sh, 16, 74, W - 32, subject, font=GOTH_B, size=10.5)
    sh.rule(16, 82, W - 16, 82, width_mm=0.2)
    return 88


def art64_decision(c: Case, rng: random.Random, **_) -> list[Sheet]:
    end = c.art64_end or (c.since - dt.timedelta(days=1) if c.since else c.sub + dt.timedelta(days=10))
    start = dt.date(end.year - 1, end.month, min(end.day, 28)) + dt.timedelta(days=1)
    dd = start + dt.timedelta(days=rng.randint(3, 25))
    sh = c.new_sheet()
    y = _ind_head(sh, c, dd, "Besluit op uw aanvraag om uitstel van vertrek op medische gronden (artikel 64 "
                  "Vreemdelingenwet 2000)")
    for para in (f"Geachte {title_nl(c.p)} {c.p.surname},",
                 "U heeft gevraagd om uitstel van vertrek, omdat u om medische redenen niet kunt reizen. Het Bureau "
                 "Medische Advisering heeft ons geadviseerd.",
                 f"Wij besluiten: u krijgt uitstel van vertrek van {d_nl(start)} tot en met {d_nl(end)}.",
                 "Uitstel van vertrek is geen verblijfsvergunning. Tijdens het uitstel mag u in Nederland blijven.",
                 "Met vriendelijke groet,\nde minister van Asiel en Migratie,\nnamens deze,\nde Immigratie- en "
                 "Naturalisatiedienst"):
        y = P(sh, 16, y, c.page_w - 32, para, font=GOTH, size=10) + 4
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
                 f"Wij willigen uw aanvraag in. U krijgt een verblijfsvergunning regulier voor bepaalde tijd onder de "
                 f"beperking '{purpose}', met ingang van {d_nl(since)}.",
                 "U krijgt bericht wanneer u uw verblijfsdocument kunt ophalen.",
                 "Met vriendelijke groet,\nde Immigratie- en Naturalisatiedienst"):
        y = P(sh, 16, y, c.page_w - 32, para, font=GOTH, size=10) + 4
    return [c.intr(sh)]


def mvv_page(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The passport page with the MVV sticker photographed with a phone and printed on A4 in the lower half of the
    sheet, the upper half holding the assistant's typed caption 'Kopie MVV (visum D) – {name}' and the date."""
    vp = Sheet(125, 88)
    vp.rect(0, 0, 125, 88, width_mm=0, fill=(238, 242, 236))
    vx, vy, w, h = 6, 6, 113, 76
    vp.rect(vx, vy, w, h, width_mm=0.2, fill=(230, 236, 248))
    vp.text(vx + 3, vy + 3, "VISUM  KONINKRIJK DER NEDERLANDEN", font=LSANS_B, size_pt=7, color=(20, 60, 120))
    entry = c.sub - dt.timedelta(days=rng.randint(150, 200))
    start = entry - dt.timedelta(days=rng.randint(10, 40))
    end = start + dt.timedelta(days=rng.randint(85, 90))
    pno = c.passport_no or f"R{rng.randint(1000000, 9999999)}"
    rows = [("GELDIG VOOR", "SCHENGENSTATEN"), ("VAN", start.strftime("%d-%m-%Y")), ("TOT", end.strftime("%d-%m-%Y")),
            ("SOORT VISUM", "D – MVV"), ("PASPOORTNR.", pno),
            ("NAAM", f"{c.p.surname.upper()}, {c.p.given_names.upper()}"[:34]), ("OPMERKINGEN", "MEDISCHE BEHANDELING")]
    y = vy + 10
    for a_, b_ in rows:
        vp.text(vx + 3, y, a_, font=LSANS, size_pt=5.2, color=GREY)
        vp.text(vx + 38, y, b_, font=LSANS_B, size_pt=6.8)
        y += 5.2
    line1 = ("V<NLD" + _mrz_name(c.p, 39))[:44]
    birth = c.p.birth_date.strftime("%y%m%d")
    exp = end.strftime("%y%m%d")
    pn = (pno + "<" * 9)[:9]
    line2 = (f"{pn}{_mrz_check(pn)}SUR{birth}{_mrz_check(birth)}{c.p.sex}{exp}{_mrz_check(exp)}" + "<" * 16)[:44]
    vp.text(vx + 1, vy + h - 12, line1, font="ocrb", size_pt=6.0)
    vp.text(vx + 1, vy + h - 6, line2, font="ocrb", size_pt=6.0)
    sh = c.new_sheet()
    T(sh, 20, 30, f"Kopie MVV (visum D) – {c.p.given_names} {c.p.surname}", font=CAL_B, size=12)
    T(sh, 20, 37, f"gemaakt op {d_nl(c.sub - dt.timedelta(days=rng.randint(2, 20)))}", font=CAL_I, size=10,
      color=GREY)
    paste(sh, vp, 30, 140, k=1.2, dpi=240, angle=rng.uniform(-4, 4))
    return [sh]


_r("cover-letter-palatino-kleinkapitaal-briefhoofd-referentieblok-rechts-genummerde-bijlagen-37", "other", "nl",
   cover_letter, "Dutch lawyer's cover letter with a reference block at the right and numbered enclosures")
_r("art64-decision-ind-blauw-vierkant-grijs-gegevensvak-37", "other", "nl", art64_decision,
   "IND art. 64 decision with the IND square at the left and a grey case-data box at the right")
_r("permit-letter-ind-blauw-vierkant-grijs-gegevensvak-37", "other", "nl", permit_decision,
   "IND permit decision in the same layout")
_r("mvv-sticker-sur-telefoonfoto-onderste-helft-getypt-bijschrift-37", "other", "nl", mvv_page,
   "the MVV sticker page photographed and printed in the lower half, a typed caption above")
