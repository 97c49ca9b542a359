"""IND families of the `thirtyfifth` part (registered in ind.FAMILIES).

Written after dev, heldout and the parts fresh to thirty-fourth had been read, by a writer who saw neither the
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
from .thirtyfifth_identity import (
    BREIP,
    CAL,
    CAL_B,
    CAL_I,
    DSC,
    DSC_B,
    DSC_I,
    FSER,
    FSER_B,
    FSER_I,
    GOTH,
    GOTH_B,
    GOTH_I,
    HAND_I,
    LMONO,
    LMONO_B,
    NNAR,
    NNAR_B,
    NNAR_I,
    NROM,
    NROM_B,
    NROM_I,
    PAL,
    PAL_B,
    PAL_I,
    crumpled,
    exhibit_sticker,
    pen_ring,
    roller_marks,
    speckle,
    water_stain,
)
from .thirtythird_identity import seal_relief
from .twentyeighth_identity import barcode, fit, glyphs, paste, qr, sheet_of, wrap

PART = "thirtyfifth"
GREY = (96, 96, 100)
IND_COL = (21, 66, 115)
DUO_COL = (21, 66, 115)


def T(sh: Sheet, x, y, s, *, font=NNAR, size=10.0, color=(0, 0, 0), align="left") -> float:
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


def _care_span(c: Case) -> tuple[dt.date, dt.date]:
    s, e = _care_dates(c)
    if e <= c.sub + dt.timedelta(days=90):
        e = add_months(max(s, c.sub), 12)
    return s, e


# =========================================================================== application forms

class _Form:
    """The IND's forms in a 2035 edition: a grey column down the LEFT side of every page holding each section's
    number and title level with the section, the fields at the right as 'label ____' lines (the label at the left
    of an underline), options as square boxes; the V-number in ten single-character boxes at the top right of
    every page (written in by hand on paper forms); filled in on screen in Liberation Mono or by hand in the Breip
    hand in capitals; at the end the date and a framed signature box; the form code, edition and 'pagina n van
    N' centred in the footer."""

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
        W, H = c.page_w, c.page_h
        sh.rect(12, 0, 34, H, width_mm=0, fill=(232, 232, 232))
        T(sh, 50, 12, "Immigratie- en Naturalisatiedienst", font=NNAR_B, size=11, color=IND_COL)
        T(sh, 50, 17, "Ministerie van Asiel en Migratie", font=NNAR_I, size=8.5, color=GREY)
        T(sh, W - 16 - 10 * 5.2, 9.5, "V-nummer", font=NNAR, size=7.5, color=GREY)
        for i in range(10):
            sh.rect(W - 16 - (10 - i) * 5.2, 13, 5.2, 6.6, width_mm=0.25)
        for i, ch in enumerate(self.c.vnr[:10]):
            x = W - 16 - (10 - i) * 5.2
            if self.hand:
                sh.handwriting(x + 1.0, 13.0, ch, self.rng, size_pt=12, color=self.ink, font=BREIP)
            else:
                T(sh, x + 2.6, 14.0, ch, font=LMONO, size=10.5, align="center")
        if not self.pages:
            self.y = P(sh, 50, 28, W - 66, self.title, font=NNAR_B, size=14, leading=1.2) + 5
        else:
            self.y = 28
        self.pages.append(c.intr(sh))

    def need(self, h: float):
        if self.y + h > self.c.page_h - 26:
            self.new()

    def head(self, title: str):
        self.need(26)
        self.n += 1
        sh = self.pages[-1]
        T(sh, 15, self.y, str(self.n), font=NNAR_B, size=15, color=IND_COL)
        for j, r_ in enumerate(wrap(title, 26, NNAR_B, 9)):
            T(sh, 15, self.y + 7 + j * 4.2, r_, font=NNAR_B, size=9, color=(50, 50, 50))
        sh.rule(50, self.y + 1, self.c.page_w - 16, self.y + 1, width_mm=0.4, color=IND_COL)
        self.y += 5

    def _val(self, sh, x, y, w, v):
        v = str(v)
        if self.hand:
            vv = glyphs(v.upper(), BREIP)
            sh.handwriting(x, y - 1.8, vv, self.rng, size_pt=fit(vv, BREIP, 12, w / 1.12), color=self.ink,
                           font=BREIP)
        else:
            T(sh, x, y, v, font=LMONO, size=fit(v, LMONO, 9.6, w))

    def ask(self, q: str, value: str | None):
        W = self.c.page_w
        x0, x1, xe = 50, 104, W - 16
        qrows = wrap(q, x1 - x0 - 2, NNAR, 8.8)
        font = BREIP if self.hand else LMONO
        vs = str(value or "")
        rows = wrap(vs.upper() if self.hand else vs, (xe - x1 - 2) / (1.12 if self.hand else 1), font,
                    12 if self.hand else 9.6) or [""]
        h = max(4.2 * len(qrows), 6.4 * len(rows)) + 2.6
        self.need(h)
        sh = self.pages[-1]
        for j, r_ in enumerate(qrows):
            T(sh, x0, self.y + j * 4.2, r_, font=NNAR, size=8.8, color=(40, 40, 40))
        for j, r_ in enumerate(rows):
            yy = self.y + j * 6.4
            sh.rule(x1, yy + 5.0, xe, yy + 5.0, width_mm=0.2, color=(110, 110, 110))
            if r_:
                self._val(sh, x1 + 1, yy + 0.6, xe - x1 - 2, r_)
        self.y += h

    def choose(self, q: str, options: list[str], chosen: int | None):
        W = self.c.page_w
        qrows = wrap(q, W - 66, NNAR, 8.8)
        self.need(4.2 * len(qrows) + 6 * len(options) + 2)
        sh = self.pages[-1]
        for r_ in qrows:
            T(sh, 50, self.y, r_, font=NNAR, size=8.8, color=(40, 40, 40))
            self.y += 4.2
        self.y += 0.8
        for i, o in enumerate(options):
            if self.hand:
                sh.checkbox(56, self.y, 3.6, chosen == i, rng=self.rng, ink=self.ink)
            else:
                sh.checkbox(56, self.y, 3.6, chosen == i)
            T(sh, 62, self.y - 0.2, o, font=NNAR, size=9.2)
            self.y += 5.8
        self.y += 1.6

    def sign(self):
        c = self.c
        self.need(56)
        self.head("Ondertekening")
        W = c.page_w
        sh = self.pages[-1]
        self.y = P(sh, 50, self.y + 1, W - 66, "Ik verklaar dat ik dit formulier volledig en naar waarheid heb "
                                               "ingevuld.", font=NNAR, size=9) + 3
        d0 = c.sub - dt.timedelta(days=self.rng.randint(1, 9))
        self.ask("Plaats", c.p.address.city if c.p.address else "Utrecht")
        self.ask("Datum", c.dfmt(d0))
        sh = self.pages[-1]
        y = self.y + 3
        T(sh, 50, y, "Handtekening aanvrager", font=NNAR, size=8.6, color=GREY)
        sh.rect(50, y + 4, 90, 26, width_mm=0.35)
        sh.signature(56 + self.rng.uniform(0, 18), y + 8, self.rng.uniform(46, 58), 16, self.rng, color=self.ink)
        self.y = y + 34

    def finish(self) -> list[Sheet]:
        n = len(self.pages)
        W, H = self.c.page_w, self.c.page_h
        for i, sh in enumerate(self.pages, 1):
            T(sh, W / 2 + 14, H - 14, f"{self.code} · versie 2035-01 · pagina {i} van {n}", font=NNAR, size=7.8,
              color=GREY, align="center")
        return self.pages


def _person(f: _Form):
    c, p = f.c, f.c.p
    f.head("Persoonsgegevens")
    f.ask("Achternaam", p.surname)
    f.ask("Voornamen", p.given_names)
    f.ask("Geboortedatum", c.dfmt(p.birth_date))
    f.ask("Geboorteplaats", p.birth_place)
    f.ask("Geboorteland", country_nl(p))
    f.ask("Nationaliteit", nat_nl(p))
    f.choose("Geslacht", ["man", "vrouw"], 0 if p.sex == "M" else 1)
    if p.address:
        f.ask("Adres in Nederland", f"{p.address.street} {p.address.number}, {p.address.postcode} {p.address.city}")
    f.head("Gemachtigde")
    if c.lawyer:
        f.choose("Wordt u bijgestaan door een advocaat?", ["ja", "nee"], 0)
        f.ask("Naam advocaat en kantoor", f"{c.lawyer_name}, {c.lawyer['firm']}")
        f.ask("Postadres kantoor", f"{c.lawyer['street']}, {c.lawyer['pc']} {c.lawyer['city']}")
    else:
        f.choose("Wordt u bijgestaan door een advocaat?", ["ja", "nee"], 1)


def form_med(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _Form(c, rng, "Aanvraag verblijfsvergunning voor het verblijfsdoel 'medische behandeling'", "IND-MB")
    _person(f)
    f.head("Medische behandeling")
    f.ask("Zorginstelling", f"{c.hospital.get('name', '')}, {c.hospital.get('city', '')}")
    f.ask("Soort behandeling", c.med.get("tx_short", ""))
    f.choose("Heeft u 1 jaar uitstel van vertrek gehad (artikel 64 Vreemdelingenwet)?", ["nee", "ja"],
             1 if c.art64_end else 0)
    if c.art64_end:
        f.ask("Datum einde uitstel van vertrek", c.dfmt(c.art64_end))
    f.head("Betaling")
    if c.art64_end:
        f.choose("Wie betaalt de behandeling en het verblijf?", ["niet van toepassing (na artikel 64 Vw)", "ikzelf",
                                                                "een garantsteller"], 0)
    else:
        f.choose("Wie betaalt de behandeling en het verblijf?", ["ikzelf", "een garantsteller"], 1 if c.payer else 0)
        if c.payer:
            f.ask("Naam garantsteller en relatie", f"{c.payer.given_names} {c.payer.surname} ({c.payer_relation})")
    f.head("Paspoort en visum")
    f.choose("Heeft u een geldig paspoort?", ["ja, kopie bijgevoegd", "nee, ik vraag vrijstelling van de "
                                                                      "paspoortplicht"], 1 if c.no_passport else 0)
    f.choose("Bent u Surinamer en reisde u in met een visum voor medische behandeling?", ["nee", "ja"],
             1 if c.suriname_visa else 0)
    f.sign()
    return f.finish()


def form_7027(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _Form(c, rng, "Aanvraag voor het verblijfsdoel 'humanitair niet tijdelijk' (voortgezet verblijf)", "7027")
    _person(f)
    f.head("Huidige verblijfsvergunning")
    f.ask("Verblijfsdoel van uw vergunning", dict(ROUTES_7027).get(c.route, ""))
    f.ask("Sinds", c.dfmt(c.since) if c.since else "")
    f.head("Voorwaarden")
    if c.route == "relationship":
        f.choose("Inburgering", ["diploma behaald (kopie bijgevoegd)", "ontheffing of vrijstelling (besluit "
                                                                       "bijgevoegd)", "geen van beide"],
                 0 if c.inburgering in ("diploma", "results") else (1 if c.inburgering == "exemption" else 2))
    elif c.route and c.route.startswith("medical"):
        f.choose("Is uw medische behandeling nog minstens 1 jaar nodig?", ["ja, verklaring behandelaar bijgevoegd",
                                                                         "nee"], 0)
    else:
        f.choose("Bestaan de omstandigheden waarvoor u de vergunning kreeg nog?", ["ja", "nee"], 0)
    f.sign()
    return f.finish()


def form_generic(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _Form(c, rng, "Aanvraag verlenging verblijfsvergunning regulier bepaalde tijd", "VERL")
    _person(f)
    f.head("Huidige verblijfsvergunning")
    r = random.Random(c.rng_seed + 35)
    f.ask("Verblijfsdoel", GENERIC_PURPOSES[r.randrange(len(GENERIC_PURPOSES))])
    f.ask("Geldig tot", c.dfmt(c.sub + dt.timedelta(days=r.randint(20, 90))))
    f.choose("Voldoet u nog aan de voorwaarden van dit verblijfsdoel?", ["ja", "nee"], 0)
    f.sign()
    return f.finish()


for _id, _fn, _n in (("ind-form-med-grijze-zijkolom-vnr-hokjes-stippellijnen-35", form_med,
                      "medical-treatment form: grey left column with the sections, labels left of underlines, the "
                      "V-number in ten boxes on every page, signature in a framed box"),
                     ("ind-form-7027-grijze-zijkolom-vnr-hokjes-stippellijnen-35", form_7027,
                      "form 7027 in the same layout"),
                     ("ind-form-generic-grijze-zijkolom-vnr-hokjes-stippellijnen-35", form_generic,
                      "extension form in the same layout")):
    _r(_id, "application", "nl", _fn, _n)


# =========================================================================== income

_MND = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
        "november", "december"]


def payslip_periods(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A 'salarisstrook' from a payroll service: the employer's name in a bordered box at the upper LEFT, the
    employee's name and address at the RIGHT as for a window envelope, a strip of period data (periode, datum,
    personeelsnr., functie, uurloon), the items as a five-column table (omschrijving, eenheden, tarief, deze
    periode, cumulatief), the net pay in a bold line with the IBAN; the payroll service's line and 'Bewaar deze
    strook' in the footer; the sheet scanned with dust specks."""
    g = earner(c)
    e = _emp(c, rng)
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    f, fb = NNAR, NNAR_B
    month = (c.sub.month - 2) % 12 + 1
    sh.rect(16, 14, 84, 24, width_mm=0.4)
    T(sh, 19, 16, e["name"], font=fb, size=fit(e["name"], fb, 11, 78))
    T(sh, 19, 22, f"{e.get('street', '')}", font=f, size=9)
    T(sh, 19, 26.5, f"{e.get('pc', '')} {e.get('city', '')}", font=f, size=9)
    T(sh, 19, 31, f"Loonheffingennr. {e['lhn']}", font=f, size=8.5, color=GREY)
    a = g.address or c.p.address
    for i, ln in enumerate([f"{g.given_names} {g.surname}"] + ([f"{a.street} {a.number}", f"{a.postcode}  {a.city}"]
                                                              if a else [])):
        T(sh, 118, 18 + i * 5, ln, font=f, size=10.5)
    T(sh, 16, 46, "SALARISSTROOK", font=fb, size=15)
    strip = [("Periode", f"{_MND[month - 1]} {c.sub.year}"), ("Datum", c.dfmt(dt.date(c.sub.year, month, 25))),
             ("Pers.nr.", e["pnr"]), ("Functie", e["func_now"]), ("Geb.datum", c.dfmt(g.birth_date))]
    x = 16
    ws = [(W - 32) * q for q in (0.2, 0.17, 0.13, 0.3, 0.2)]
    for (a_, b_), w in zip(strip, ws):
        sh.rect(x, 56, w, 11, width_mm=0.2, color=(150, 150, 150), fill=(240, 240, 240))
        T(sh, x + 1.5, 57, a_, font=f, size=7.5, color=GREY)
        T(sh, x + 1.5, 61, b_, font=fb, size=fit(b_, fb, 9.5, w - 3))
        x += w
    cols = [("Omschrijving", 16, "left"), ("Eenh.", 98, "right"), ("Tarief", 124, "right"),
            ("Deze periode", 158, "right"), ("Cumulatief", W - 16, "right")]
    y = 74
    sh.rule(16, y + 5.5, W - 16, y + 5.5, width_mm=0.4)
    for t, x, al in cols:
        T(sh, x, y, t, font=fb, size=9, align=al)
    y += 8
    hours = rng.choice([152, 160, 168, 173.33])
    lines = [("Salaris", f"{hours:.2f}".replace(".", ","), eur(e["bruto"] / hours, False), k["bruto"])]
    if k["reis"]:
        lines.append(("Reiskosten woon-werk", "", "", k["reis"]))
    lines += [(f"Pensioenpremie {e.get('pension', '')}".strip(), "", f"{k['pct'] * 100:.2f}%".replace(".", ","),
               -k["pens"]), ("Loonheffing (tabel wit)", "", "", -k["lh"])]
    for name, units, rate, amt in lines:
        T(sh, 16, y, name, font=f, size=9.6)
        T(sh, 98, y, units, font=f, size=9.6, align="right")
        T(sh, 124, y, rate, font=f, size=9.6, align="right")
        T(sh, 158, y, eur(amt, False), font=f, size=9.6, align="right")
        T(sh, W - 16, y, eur(abs(amt) * month, False), font=f, size=9.6, color=GREY, align="right")
        y += 6
    sh.rule(16, y + 1, W - 16, y + 1, width_mm=0.4)
    y += 4
    T(sh, 16, y, f"Netto salaris, overgemaakt op {iban_fmt(e['iban'])}", font=fb, size=10.5)
    T(sh, 158, y, eur(k["net"]), font=fb, size=11, align="right")
    y += 14
    for a_, b_ in (("Loon voor de loonheffing cumulatief", eur(k["base"] * month)),
                   ("Loonheffingskorting toegepast", "ja"), ("Vakantiegeld gereserveerd (8%)", eur(k["bruto"] * 0.08))):
        T(sh, 16, y, a_, font=f, size=8.8, color=GREY)
        T(sh, 120, y, b_, font=f, size=8.8, color=GREY, align="right")
        y += 4.8
    T(sh, W / 2, H - 22, f"Verwerkt door {rng.choice(['Loonservice Noord B.V.', 'Payroll Partners Midden', 'Salarisbureau De Brug'])}"
                        " · Bewaar deze strook", font=NNAR_I, size=8, color=GREY, align="center")
    return [_same_size(c, speckle(sh.render(200), rng, hair=False))]


def guarantor_boxes(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The guarantor's declaration on a boxed model ('Garantverklaring'): three framed blocks (guarantor, applicant,
    income), each field a labelled box typed in Liberation Mono, the undertaking in a paragraph, the signature in a
    framed box; at the foot a photocopy of the guarantor's Dutch identity card front glued on, the citizen
    service number blacked out with a marker."""
    F = _guarantor_facts(c)
    g, e = F["g"], F["e"]
    sh = c.new_sheet()
    W = c.page_w
    f, fb = GOTH, GOTH_B
    T(sh, 16, 14, "GARANTVERKLARING", font=fb, size=15)
    T(sh, 16, 21, "verblijf en medische behandeling in Nederland", font=GOTH_I, size=9.5, color=GREY)
    a = g.address or c.p.address
    y = 30

    def block(title, rows):
        nonlocal y
        T(sh, 16, y, title, font=fb, size=10.5)
        y += 5.5
        bw = (W - 32) / 2
        for i, (lab, val) in enumerate(rows):
            x = 16 + (i % 2) * bw
            if i % 2 == 0 and i:
                y += 12
            sh.rect(x, y, bw, 12, width_mm=0.25, color=(130, 130, 130))
            T(sh, x + 1.5, y + 1, lab, font=f, size=7.5, color=GREY)
            T(sh, x + 1.5, y + 5.6, val, font=LMONO, size=fit(val, LMONO, 9.6, bw - 3))
        y += 17

    block("1  Garantsteller", [("Naam", f"{g.given_names} {g.surname}"), ("Geboortedatum", c.dfmt(g.birth_date)),
                               ("Nationaliteit", nationality_adj(g.nationality, "nl")),
                               ("Relatie tot aanvrager", c.payer_relation or "familie"),
                               ("Adres", f"{a.street} {a.number}" if a else ""),
                               ("Postcode en plaats", f"{a.postcode} {a.city}" if a else "")])
    block("2  Aanvrager", [("Naam", f"{c.p.given_names} {c.p.surname}"), ("Geboortedatum", c.dfmt(c.p.birth_date)),
                           ("V-nummer", c.vnr), ("Nationaliteit", nat_nl(c.p))])
    block("3  Inkomen garantsteller", [("Werkgever", e["name"]), ("In dienst sinds", c.dfmt(e["start"])),
                                       ("Netto per maand", eur(F["net"])), ("Soort contract", "onbepaalde tijd")])
    y = P(sh, 16, y, W - 32, "Ik verklaar dat ik garant sta voor alle kosten van het verblijf en van de medische "
                             "behandeling van de aanvrager in Nederland, zolang die verblijft voor medische "
                             "behandeling. Loonstroken voeg ik bij.", font=f, size=10) + 3
    dd = c.sub - dt.timedelta(days=rng.randint(6, 30))
    T(sh, 16, y + 2, f"{a.city if a else ''}, {c.dfmt(dd)}", font=LMONO, size=9.6)
    sh.rect(110, y, W - 126, 22, width_mm=0.35)
    T(sh, 111, y + 23, "handtekening garantsteller", font=f, size=7.5, color=GREY)
    sh.signature(118, y + 3, rng.uniform(40, 50), 15, rng, color=BLUE_INK)
    y += 32
    card = Sheet(85.6, 54)
    card.rect(0, 0, 85.6, 54, width_mm=0, fill=(236, 240, 246))
    card.rect(0, 0, 85.6, 7, width_mm=0, fill=(30, 60, 120))
    card.text(3, 1.5, "IDENTITEITSKAART · KONINKRIJK DER NEDERLANDEN", font=NNAR_B, size_pt=5.6,
              color=(255, 255, 255))
    card.photo(3, 10, 20, 26, rng)
    for i, (lab, val) in enumerate((("Naam", g.surname.upper()), ("Voornamen", g.given_names.upper()),
                                    ("Geboortedatum", g.birth_date.strftime("%d %m %Y")),
                                    ("Geldig tot", (c.sub + dt.timedelta(days=rng.randint(300, 3000))).strftime(
                                        "%d %m %Y")))):
        card.text(27, 10 + i * 6.2, lab, font=NNAR, size_pt=3.4, color=GREY)
        card.text(27, 11.6 + i * 6.2, glyphs(val, NNAR_B), font=NNAR_B, size_pt=fit(glyphs(val, NNAR_B), NNAR_B, 5.8,
                                                                                      55))
    card.text(27, 36, "BSN", font=NNAR, size_pt=3.4, color=GREY)
    card.rect(27, 38, 30, 4, width_mm=0, fill=(20, 20, 20))
    card.signature(3, 42, 20, 7, rng, color=(30, 30, 36))
    paste(sh, card, 16, y, k=1.0, dpi=260)
    sh.rect(15.6, y - 0.4, 86.4, 54.8, width_mm=0.2, color=(160, 160, 160))
    T(sh, 106, y + 4, "kopie identiteitskaart garantsteller", font=GOTH_I, size=8.5, color=GREY)
    return [c.intr(sh)]


def employer_grid(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An employer's statement on the company's letter paper: the logo as a coloured rounded square with the
    initials at the upper RIGHT, the statement's facts as a label-value GRID under a grey header ('Gegevens
    werknemer', 'Gegevens dienstverband'), signed by the payroll manager over the typed name, the company's
    dry seal pressed beside it."""
    g = earner(c)
    e = _emp(c, rng)
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    sh = c.new_sheet()
    W = c.page_w
    f, fb = CAL, CAL_B
    col = rng.choice([(20, 90, 120), (130, 60, 20), (60, 100, 40)])
    ini = "".join(w[0] for w in e["name"].replace("&", " ").split() if w[:1].isalpha())[:3].upper()
    sh.rect(W - 40, 12, 24, 24, width_mm=0, fill=col)
    T(sh, W - 28, 18, ini, font=fb, size=15, color=(255, 255, 255), align="center")
    T(sh, 16, 14, e["name"], font=fb, size=13)
    T(sh, 16, 20, f"{e.get('street', '')}, {e.get('pc', '')} {e.get('city', '')}", font=f, size=9, color=GREY)
    T(sh, 16, 24.5, f"KvK {e['kvk']} · Loonheffingennr. {e['lhn']}", font=f, size=9, color=GREY)
    dd = c.sub - dt.timedelta(days=rng.randint(5, 30))
    T(sh, 16, 44, f"{e.get('city', '')}, {d_nl(dd)}", font=f, size=10.5)
    T(sh, 16, 54, "Werkgeversverklaring", font=fb, size=15)
    y = 64
    for head, rows in (("Gegevens werknemer", [("Naam", f"{g.given_names} {g.surname}"),
                                               ("Geboortedatum", c.dfmt(g.birth_date)),
                                               ("Personeelsnummer", e["pnr"])]),
                       ("Gegevens dienstverband", [("In dienst sinds", c.dfmt(e["start"])),
                                                   ("Functie", e["func_now"]),
                                                   ("Soort dienstverband", "onbepaalde tijd, geen proeftijd"),
                                                   ("Bruto maandsalaris", eur(e["bruto"])),
                                                   ("Netto maandsalaris (ca.)", eur(k["net"])),
                                                   ("Cao", e.get("cao", "—"))])):
        sh.rect(16, y, W - 32, 7, width_mm=0, fill=(226, 226, 226))
        T(sh, 18, y + 1.4, head, font=fb, size=10)
        y += 7
        for a_, b_ in rows:
            sh.rect(16, y, 64, 7.5, width_mm=0.2, color=(170, 170, 170))
            sh.rect(80, y, W - 96, 7.5, width_mm=0.2, color=(170, 170, 170))
            T(sh, 18, y + 1.6, a_, font=f, size=9.8)
            T(sh, 82, y + 1.6, b_, font=fb, size=fit(b_, fb, 10, W - 100))
            y += 7.5
        y += 6
    y = P(sh, 16, y, W - 32, "Er is geen ontslagprocedure aanhangig en het dienstverband zal naar verwachting "
                             "worden voortgezet. Deze verklaring is naar waarheid opgesteld.", font=f, size=10.5) + 10
    T(sh, 16, y + 16, _who(c, "pm35"), font=fb, size=10.5)
    sh.signature(14, y + 4, rng.uniform(44, 54), 16, rng, color=BLUE_INK)
    T(sh, 16, y + 21, "salarisadministratie", font=CAL_I, size=10)
    seal_relief(sh, 90, y, 26, rng)
    return [sh]


_r("payslip-salarisstrook-perioden-kolommen-jaartotalen-voetregel-35", "income-proof", "nl", payslip_periods,
   "a payroll service's payslip with a period strip and a five-column table, the net in a bold line, dust specks")
_r("guarantor-garantverklaring-vakkenformulier-idkaart-ingeplakt-35", "income-proof", "nl", guarantor_boxes,
   "a guarantor's declaration on a boxed model, the guarantor's ID card copy glued at the foot, BSN blacked out")
_r("werkgeversverklaring-labelraster-grijze-kop-droogstempel-35", "income-proof", "nl", employer_grid,
   "an employer's statement as a label-value grid under grey headers, a dry seal beside the signature")


# =========================================================================== medical statements

def medstat_margin(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The treating specialist's statement for the IND with hanging labels in the LEFT margin ('Diagnose',
    'Behandeling', 'Sinds', 'Verwachte duur', 'Noodzaak', 'Land van herkomst') and the text beside them; the
    hospital's name in URW Gothic capitals at the top centre with a thin rule; the signature written OVER the
    typed name and function at the end."""
    h = c.hospital
    start = _treat_start(c)
    sh = c.new_sheet()
    W = c.page_w
    f, fb = PAL, PAL_B
    col = h.get("color", IND_COL)
    T(sh, W / 2, 14, h["name"].upper(), font=GOTH_B, size=12, color=col, align="center")
    T(sh, W / 2, 20, f"{h['street']} · {h['pc']} {h['city']} · {h.get('web', '')}", font=GOTH, size=8.5,
      color=GREY, align="center")
    sh.rule(40, 24, W - 40, 24, width_mm=0.3, color=col)
    dd = c.sub - dt.timedelta(days=rng.randint(6, 40))
    T(sh, 20, 36, f"{h['city']}, {d_nl(dd)}", font=f, size=10.5)
    T(sh, 20, 46, "Medische verklaring", font=fb, size=13)
    T(sh, 20, 53, f"inzake {c.p.given_names} {c.p.surname}, geboren {c.dfmt(c.p.birth_date)}", font=PAL_I, size=10.5)
    y = 64
    for lab, body in (("Diagnose", c.med["dx"]), ("Behandeling", c.med["tx"]), ("Sinds", d_nl(start)),
                      ("Verwachte duur", duration_phrase(c.duration, start)), ("Noodzaak", c.med["stop"]),
                      ("Land van herkomst", _not_available(c))):
        T(sh, 20, y, lab, font=fb, size=10)
        y = P(sh, 62, y, W - 82, body, font=f, size=10.5) + 3.5
    y = P(sh, 62, y + 2, W - 82, "Ik ben bereid deze verklaring toe te lichten aan het Bureau Medische Advisering.",
          font=f, size=10.5) + 14
    nm = _who(c, "sp35")
    T(sh, 62, y + 6, f"dr. {nm}", font=fb, size=10.5)
    T(sh, 62, y + 11, c.med.get("doc_title", "medisch specialist"), font=PAL_I, size=10)
    sh.signature(60, y - 2, rng.uniform(46, 56), 17, rng, color=BLUE_INK)
    return [sh]


def medstat_consultant(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A consultant's English report for the IND: the hospital's name at the upper LEFT beside a coloured vertical
    bar, 'MEDICAL REPORT' with the patient's data in a two-line box, numbered paragraphs (1 Diagnosis, 2 Treatment,
    3 Expected duration, 4 Necessity, 5 Country of origin), a small table of the next follow-up appointments, the
    signature at the RIGHT above the typed name and BIG number."""
    h = c.hospital
    start = _treat_start(c)
    sh = c.new_sheet()
    W = c.page_w
    f, fb = DSC, DSC_B
    col = h.get("color", IND_COL)
    sh.rect(16, 12, 2.5, 18, width_mm=0, fill=col)
    T(sh, 22, 13, h["name"], font=fb, size=12)
    T(sh, 22, 19, f"Department of {c.med.get('spec_en', 'Internal Medicine')}", font=f, size=9, color=GREY)
    T(sh, 22, 23.5, f"{h['street']}, {h['pc']} {h['city']}, the Netherlands", font=f, size=8.5, color=GREY)
    T(sh, 20, 42, "MEDICAL REPORT", font=fb, size=14)
    sh.rect(20, 50, W - 40, 13, width_mm=0.3)
    T(sh, 23, 51.5, f"Patient: {c.p.surname.upper()}, {c.p.given_names}", font=fb, size=10)
    T(sh, 23, 56.5, f"Date of birth: {d_en(c.p.birth_date)} · Nationality: {nationality_adj(c.p.nationality, 'en')}",
      font=f, size=9.5)
    y = 70
    for i, (head, body) in enumerate((("Diagnosis", c.med.get("dx_en", c.med["dx"])),
                                      ("Treatment", c.med.get("tx_en", c.med["tx"])),
                                      ("Expected duration", duration_phrase(c.duration, start, "en")),
                                      ("Necessity", c.med.get("stop_en", c.med["stop"])),
                                      ("Country of origin", _not_available(c, "en"))), 1):
        T(sh, 20, y, f"{i}  {head}", font=fb, size=10)
        y = P(sh, 26, y + 5, W - 46, body, font=f, size=10) + 3
    y += 3
    T(sh, 20, y, "Next appointments", font=fb, size=9.5)
    y += 5.5
    for k in range(3):
        dd = c.sub + dt.timedelta(days=30 * (k + 1) + rng.randint(0, 9))
        while dd.weekday() >= 5:
            dd += dt.timedelta(days=1)
        sh.rect(20, y, 60, 6, width_mm=0.2, color=(160, 160, 160))
        sh.rect(80, y, W - 100, 6, width_mm=0.2, color=(160, 160, 160))
        T(sh, 22, y + 1.2, dd.strftime("%d-%m-%Y"), font=f, size=9)
        T(sh, 82, y + 1.2, rng.choice(["outpatient review", "laboratory tests", "treatment session"]), font=f, size=9)
        y += 6
    y += 10
    dd = c.sub - dt.timedelta(days=rng.randint(6, 40))
    T(sh, 20, y, d_en(dd), font=f, size=10)
    sh.signature(W - 80, y - 2, rng.uniform(42, 52), 15, rng, color=BLUE_INK)
    T(sh, W - 20, y + 15, f"Dr {_who(c, 'en35')}", font=fb, size=10, align="right")
    big = random.Random(seed_of("big35", c.rng_seed)).randint(10 ** 10, 10 ** 11 - 1)
    T(sh, W - 20, y + 20, f"{c.med.get('doc_en', 'consultant')} · BIG {big}", font=DSC_I, size=9, color=GREY,
      align="right")
    return [sh]


_r("medstat-verklaring-kantlijnlabels-handtekening-over-naam-35", "medical-statement", "nl", medstat_margin,
   "a specialist's statement with hanging labels in the left margin, signature over the typed name")
_r("medstat-consultant-report-english-tabel-follow-up-35", "medical-statement", "en", medstat_consultant,
   "a consultant's English medical report with numbered paragraphs and a follow-up table")


# =========================================================================== care-institution statements

def care_yesno(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The care institution's statement on a model form: the patient's and the treatment's data in labelled boxes,
    then four statements each with a 'ja / nee' column at the right in which 'ja' is ticked by hand; the start
    and expected end of the treatment; the medical manager's signature with the institution's rectangular stamp
    pressed over it."""
    h = c.hospital
    s, e = _care_span(c)
    sh = c.new_sheet()
    W = c.page_w
    f, fb = NNAR, NNAR_B
    col = h.get("color", IND_COL)
    T(sh, 16, 14, h["name"], font=fb, size=12.5, color=col)
    T(sh, 16, 20, "Patiëntenadministratie", font=f, size=9, color=GREY)
    T(sh, 16, 34, "Verklaring zorginstelling", font=fb, size=15)
    T(sh, 16, 41, "t.b.v. een aanvraag verblijfsvergunning medische behandeling", font=NNAR_I, size=9.5, color=GREY)
    y = 50
    for lab, val in (("Patiënt", f"{c.p.given_names} {c.p.surname}"), ("Geboortedatum", c.dfmt(c.p.birth_date)),
                     ("Behandeling", c.med.get("tx_short", "")), ("Afdeling", c.med.get("spec", "")),
                     ("Start behandeling", d_nl(s)), ("Verwacht einde", d_nl(e))):
        sh.rect(16, y, 50, 8, width_mm=0.2, color=(150, 150, 150), fill=(240, 240, 240))
        sh.rect(66, y, W - 82, 8, width_mm=0.2, color=(150, 150, 150))
        T(sh, 18, y + 1.8, lab, font=f, size=9.5)
        T(sh, 68, y + 1.8, val, font=fb, size=fit(val, fb, 10, W - 86))
        y += 8
    y += 8
    T(sh, W - 40, y - 5.5, "ja", font=fb, size=9, align="center")
    T(sh, W - 26, y - 5.5, "nee", font=fb, size=9, align="center")
    for t in (f"{h['name']} kan de noodzakelijke behandeling bieden.",
              "De instelling heeft plaats om patiënt te behandelen.",
              "De instelling zal de behandeling uitvoeren.",
              "De betaling van de behandeling is geregeld."):
        rows = wrap(t, W - 70, f, 10)
        hh = 5 * len(rows) + 3
        sh.rect(16, y, W - 60, hh, width_mm=0.2)
        sh.rect(W - 44, y, 14, hh, width_mm=0.2)
        sh.rect(W - 30, y, 14, hh, width_mm=0.2)
        for j, r_ in enumerate(rows):
            T(sh, 18, y + 1.4 + j * 5, r_, font=f, size=10)
        sh.checkbox(W - 39, y + 1.4, 3.6, True, rng=rng, ink=BLUE_INK)
        sh.rect(W - 25, y + 1.4, 3.6, 3.6, width_mm=0.25)
        y += hh
    y += 6
    y = P(sh, 16, y, W - 32, _payer_phrase(c), font=f, size=10) + 10
    dd = c.sub - dt.timedelta(days=rng.randint(5, 30))
    T(sh, 16, y, f"{h['city']}, {c.dfmt(dd)}", font=f, size=10)
    sh.signature(20, y + 5, rng.uniform(44, 54), 15, rng, color=BLACK_INK)
    sh.stamp(26, y + 6, [h["name"].upper()[:26], "PATIËNTENADMINISTRATIE", h["city"].upper()], rng, shape="rect",
             size_mm=34, color=(40, 62, 150), angle=rng.uniform(-5, 5))
    T(sh, 16, y + 26, f"{_who(c, 'mm35')}, medisch manager", font=f, size=10)
    return [sh]


def care_affairs(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The patient affairs office's letter: the addressee (the patient, c/o the lawyer when there is one) at the
    left, a reference block at the RIGHT (datum, ons kenmerk, behandelaar, doorkiesnummer), the subject in bold;
    three short paragraphs confirming acceptance, capacity, the treatment period and the payment, the signature at
    the left over the typed name; the copy crumpled and flattened."""
    h = c.hospital
    s, e = _care_span(c)
    sh = c.new_sheet()
    W = c.page_w
    f, fb = FSER, FSER_B
    col = h.get("color", IND_COL)
    T(sh, 16, 14, h["name"], font=fb, size=13, color=col)
    T(sh, 16, 20, "Bureau Patiëntenzaken", font=f, size=9.5, color=GREY)
    if c.lawyer:
        lines = [f"{title_nl(c.p).capitalize()} {c.p.given_names} {c.p.surname}", f"p/a {c.lawyer['firm']}",
                 c.lawyer["street"], f"{c.lawyer['pc']}  {c.lawyer['city']}"]
    else:
        lines = _addr_lines(c)
    for i, ln in enumerate(lines):
        T(sh, 16, 44 + i * 5, ln, font=f, size=10.5)
    dd = c.sub - dt.timedelta(days=rng.randint(5, 30))
    for i, (a_, b_) in enumerate((("Datum", d_nl(dd)), ("Ons kenmerk", f"PZ/{rng.randint(10000, 99999)}"),
                                  ("Behandelaar", _who(c, "pz35")), ("Doorkiesnummer",
                                                                     f"{h.get('tel', '030')}-{rng.randint(200, 899)} "
                                                                     f"{rng.randint(1000, 9999)}"))):
        T(sh, W - 62, 42 + i * 9, a_, font=fb, size=7.8, color=GREY)
        T(sh, W - 62, 45.6 + i * 9, b_, font=f, size=9.5)
    T(sh, 16, 84, "Betreft: bevestiging behandeling", font=fb, size=11)
    y = 94
    for t in (f"Geachte {title_nl(c.p)} {c.p.surname},",
              f"Hierbij bevestigen wij dat u bent aangenomen voor behandeling in ons ziekenhuis voor "
              f"{c.med['dx']}. Wij hebben plaats om u te behandelen en zullen de behandeling "
              f"({c.med.get('tx_short', '')}) uitvoeren.",
              f"De behandeling start op {d_nl(s)} en loopt naar verwachting tot {d_nl(e)}.",
              _payer_phrase(c), "Met vriendelijke groet,"):
        y = P(sh, 16, y, W - 32, t, font=f, size=10.5) + 3.5
    sh.signature(18, y + 1, rng.uniform(42, 52), 15, rng, color=BLUE_INK)
    T(sh, 16, y + 18, _who(c, "pz35"), font=fb, size=10.5)
    T(sh, 16, y + 23, "Bureau Patiëntenzaken", font=FSER_I, size=10)
    return [_same_size(c, crumpled(sh.render(200), rng))]


_r("care-verklaring-ja-nee-kolom-formulier-stempel-35", "care-institution-statement", "nl", care_yesno,
   "the care institution's statement on a model form with a ticked ja/nee column, stamp over the signature")
_r("care-brief-patientenzaken-referentieblok-rechts-35", "care-institution-statement", "nl", care_affairs,
   "the patient affairs office's letter with a reference block at the right, crumpled copy")


# =========================================================================== health insurance

def polis_table(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A Dutch insurer's policy schedule ('Zorgpolis'): the insurer's name over a coloured wave line, the insured's
    data in two columns (naam, geboortedatum, polisnummer, relatienummer | ingangsdatum, premie, eigen risico),
    the cover as a table with a tick in a 'verzekerd' column (medisch-specialistische zorg, ziekenhuisopname,
    geneesmiddelen, huisarts, ...), the 'Zorgverzekeringswet' line and the customer service at the foot."""
    ins = c.insurer_nl
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    f, fb = GOTH, GOTH_B
    col = ins.get("color", IND_COL)
    T(sh, 16, 14, ins["name"], font=fb, size=13, color=col)
    for k in range(0, int(W - 32), 6):
        sh.rule(16 + k, 22 + (1 if (k // 6) % 2 else 0), 22 + k, 22 + (0 if (k // 6) % 2 else 1), width_mm=0.5,
                color=col)
    T(sh, 16, 28, ins.get("post", ""), font=f, size=8.5, color=GREY)
    T(sh, 16, 40, f"Zorgpolis {c.sub.year}", font=fb, size=16)
    left = [("Verzekerde", f"{c.p.given_names} {c.p.surname}"), ("Geboortedatum", c.dfmt(c.p.birth_date)),
            ("Polisnummer", _policy_no(c)), ("Relatienummer", str(random.Random(c.rng_seed).randint(10 ** 6, 10 ** 7)))]
    right = [("Ingangsdatum", f"01-01-{c.sub.year}"), ("Premie per maand", eur(rng.uniform(138, 162))),
             ("Verplicht eigen risico", "€ 385"), ("UZOVI", ins.get("uzovi", ""))]
    for col_i, rows in enumerate((left, right)):
        y = 52
        for a_, b_ in rows:
            x = 16 + col_i * 92
            T(sh, x, y, a_, font=f, size=8.5, color=GREY)
            T(sh, x, y + 3.8, b_, font=fb, size=fit(b_, fb, 10.5, 86))
            y += 10
    y = 96
    sh.rect(16, y, W - 32, 7, width_mm=0, fill=col)
    T(sh, 18, y + 1.5, "Dekking basisverzekering", font=fb, size=9.5, color=(255, 255, 255))
    T(sh, W - 20, y + 1.5, "verzekerd", font=fb, size=9.5, color=(255, 255, 255), align="right")
    y += 7
    for item in ("Medisch-specialistische zorg, ook bij bestaande aandoeningen", "Ziekenhuisopname en dagbehandeling",
                 "Geneesmiddelen (GVS)", "Huisartsenzorg", "Dialyse en transplantaties", "Ziekenvervoer"):
        sh.rect(16, y, W - 32, 7, width_mm=0.15, color=(190, 190, 190))
        T(sh, 18, y + 1.5, item, font=f, size=9.6)
        T(sh, W - 30, y + 1, "✓", font="sans3", size=10.5, color=col)
        y += 7
    y += 8
    P(sh, 16, y, W - 32, "Dit is een zorgverzekering in de zin van de Zorgverzekeringswet. De voorwaarden van uw "
                         "polis staan op onze website.", font=f, size=9.5)
    T(sh, 16, H - 26, f"Klantenservice 0{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(1000, 9999)} · "
                      f"{ins.get('post', '')}", font=f, size=8, color=GREY)
    return [sh]


def intl_coverage(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An international insurer's 'Certificate of Coverage' as a letter: the insurer's letterhead centred in P052
    capitals with the address under it, 'TO WHOM IT MAY CONCERN', a paragraph naming the member and the plan, the
    cover's particulars as a short ruled list (period, area, in- and out-patient treatment in the Netherlands,
    pre-existing condition, annual limit), the underwriter's signature at the LEFT above the typed name, the
    company's embossed seal at the right; set on the paper size of the insurer's own office."""
    ins = c.insurer_intl
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    f, fb, fi = PAL, PAL_B, PAL_I
    col = ins.get("color", IND_COL)
    T(sh, W / 2, 16, ins["name"].upper(), font=fb, size=fit(ins["name"].upper(), fb, 13, W - 40), color=col,
      align="center")
    T(sh, W / 2, 23, ins.get("addr", ""), font=f, size=fit(ins.get("addr", ""), f, 8.5, W - 40), color=GREY,
      align="center")
    sh.rule(30, 28, W - 30, 28, width_mm=0.4, color=col)
    r = random.Random(seed_of("intl35", c.rng_seed))
    s = c.sub - dt.timedelta(days=r.randint(30, 200))
    e = add_years(s, 1) - dt.timedelta(days=1)
    T(sh, W - 20, 38, d_en(c.sub - dt.timedelta(days=r.randint(4, 20))), font=f, size=10, align="right")
    T(sh, W / 2, 50, "CERTIFICATE OF COVERAGE", font=fb, size=15, align="center")
    T(sh, 20, 62, "TO WHOM IT MAY CONCERN", font=fb, size=10.5)
    y = P(sh, 20, 70, W - 40, f"We hereby confirm that {c.p.given_names} {c.p.surname.upper()}, born "
                              f"{d_en(c.p.birth_date)}, is insured with {ins['name']} under policy "
                              f"{_policy_no(c, 'CC-')}, plan '{ins.get('plan', 'International Health Plan')}'.",
          font=f, size=10.5) + 4
    for a_, b_ in (("Period of cover", f"{d_en(s)} – {d_en(e)}"), ("Area of cover", "Worldwide including the Netherlands"),
                   ("In-patient treatment", "covered in full"), ("Out-patient treatment", "covered in full"),
                   ("Pre-existing condition", f"covered ({c.med.get('dx_en', c.med.get('dx', ''))})"),
                   ("Annual limit", "EUR 1,500,000")):
        sh.rule(20, y - 1, W - 20, y - 1, width_mm=0.1, color=(190, 190, 190))
        T(sh, 22, y + 0.5, a_, font=fi, size=10)
        T(sh, 84, y + 0.5, b_, font=f, size=fit(b_, f, 10, W - 106))
        y += 7
    sh.rule(20, y - 1, W - 20, y - 1, width_mm=0.1, color=(190, 190, 190))
    y = P(sh, 20, y + 4, W - 40, "The premium for the full period has been paid. Hospital bills are settled directly "
                                 "by the insurer.", font=f, size=10.5) + 10
    sh.signature(22, y, 48, 15, rng, color=BLUE_INK)
    T(sh, 20, y + 17, _who(c, "uw35"), font=fb, size=10)
    T(sh, 20, y + 22, "Underwriting Manager", font=fi, size=9.5, color=GREY)
    seal_relief(sh, W - 64, y - 4, 30, rng)
    return [sh]


def incoming_card(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An incoming-insurance company's 'Verzekeringsattest' on one page: the company's name in a narrow band at the
    top, the insured's data and the cover as paragraphs, a note that the attest is valid without signature, and
    the insurance card printed at the FOOT of the page inside a dashed cut line with a scissors mark."""
    name = _incoming_name(c)
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    f, fb = DSC, DSC_B
    sh.rect(0, 12, W, 10, width_mm=0, fill=(40, 110, 120))
    T(sh, 16, 13.6, name, font=fb, size=12, color=(255, 255, 255))
    T(sh, 16, 34, "Verzekeringsattest", font=fb, size=15)
    r = random.Random(seed_of("inc35", c.rng_seed))
    s = c.sub - dt.timedelta(days=r.randint(20, 150))
    e = add_years(s, 1) - dt.timedelta(days=1)
    y = P(sh, 16, 44, W - 32, f"Hierbij verklaren wij dat {c.p.given_names} {c.p.surname}, geboren "
                              f"{c.dfmt(c.p.birth_date)}, van {nat_nl(c.p)} nationaliteit, bij ons verzekerd is onder "
                              f"polisnummer {_policy_no(c, 'IN-')} voor de periode van {c.dfmt(s)} tot en met "
                              f"{c.dfmt(e)}.", font=f, size=10.5) + 4
    y = P(sh, 16, y, W - 32, f"De verzekering dekt medisch noodzakelijke zorg in Nederland: ziekenhuisopname, "
                             f"specialistische behandeling, huisarts en geneesmiddelen, met inbegrip van de bestaande "
                             f"aandoening ({c.med.get('dx', '')}). De premie is voor de hele periode betaald.",
          font=f, size=10.5) + 4
    y = P(sh, 16, y, W - 32, "Dit attest is automatisch aangemaakt en zonder handtekening geldig.", font=DSC_I,
          size=9.5, color=GREY) + 4
    cy = H - 95
    sh.rule(16, cy, W - 16, cy, width_mm=0.3, dash=1.5, color=(120, 120, 120))
    T(sh, 16, cy - 4.5, "✂", font="sans3", size=10, color=(120, 120, 120))
    card = Sheet(85.6, 54)
    card.rect(0, 0, 85.6, 54, width_mm=0, fill=(232, 244, 244))
    card.rect(0, 0, 85.6, 9, width_mm=0, fill=(40, 110, 120))
    card.text(3, 2, name[:36], font=fb, size_pt=6.8, color=(255, 255, 255))
    for i, (a_, b_) in enumerate((("Verzekerde", f"{c.p.given_names} {c.p.surname}"),
                                  ("Geboortedatum", c.dfmt(c.p.birth_date)), ("Polisnummer", _policy_no(c, "IN-")),
                                  ("Geldig tot", c.dfmt(e)))):
        card.text(3, 12 + i * 9, a_, font=f, size_pt=4.4, color=GREY)
        card.text(3, 14.6 + i * 9, glyphs(b_, fb), font=fb, size_pt=fit(glyphs(b_, fb), fb, 7, 78))
    paste(sh, card, 16, cy + 8, k=1.0, dpi=280)
    for (x1, y1, x2, y2) in ((15.6, cy + 7.6, 102, cy + 7.6), (15.6, cy + 62.4, 102, cy + 62.4),
                             (15.6, cy + 7.6, 15.6, cy + 62.4), (102, cy + 7.6, 102, cy + 62.4)):
        sh.rule(x1, y1, x2, y2, width_mm=0.2, dash=1.0, color=(120, 120, 120))
    qr(sh, W - 44, cy + 14, 26, _policy_no(c, "IN-"))
    return [sh]


_r("polisblad-zorgpolis-dekkingstabel-vinkjes-twee-kolommen-35", "health-insurance", "nl", polis_table,
   "a Dutch insurer's policy schedule with the insured's data in two columns and a ticked cover table")
_r("intl-certificate-of-coverage-briefhoofd-reliefzegel-35", "health-insurance", "en", intl_coverage,
   "an international insurer's certificate of coverage as a letter, ruled particulars, an embossed seal")
_r("incoming-verzekeringsattest-kaartje-onderaan-35", "health-insurance", "nl", incoming_card,
   "an incoming insurer's attest with the insurance card to cut out at the foot, valid without signature")


# =========================================================================== civic integration

def duo_diploma(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """DUO's diploma inburgering in portrait inside a double ochre border with corner squares, the title in P052
    capitals, the holder's name on a drawn RIBBON across the page, the birth data under it, the four skills and
    KNM listed at level B1 in a centred column, the diploma number, place and date at the lower left and the
    signature at the lower right; a water tide mark on the copy."""
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    p = c.p
    gold = (170, 130, 50)
    sh.rect(12, 12, W - 24, H - 24, width_mm=1.4, color=gold)
    sh.rect(16, 16, W - 32, H - 32, width_mm=0.4, color=gold)
    for x, y in ((12, 12), (W - 20, 12), (12, H - 20), (W - 20, H - 20)):
        sh.rect(x, y, 8, 8, width_mm=0, fill=gold)
    T(sh, W / 2, 34, "DIPLOMA", font=PAL_B, size=28, color=DUO_COL, align="center")
    T(sh, W / 2, 48, "INBURGERING", font=PAL_B, size=18, color=DUO_COL, align="center")
    T(sh, W / 2, 58, "Wet inburgering 2021 · Dienst Uitvoering Onderwijs", font=PAL_I, size=10, color=GREY,
      align="center")
    T(sh, W / 2, 78, "Hierbij verklaren wij dat", font=PAL, size=12, align="center")
    sh.rect(30, 88, W - 60, 16, width_mm=0, fill=(236, 224, 196))
    sh.rect(22, 92, 10, 12, width_mm=0, fill=(214, 196, 156))
    sh.rect(W - 32, 92, 10, 12, width_mm=0, fill=(214, 196, 156))
    nm = f"{p.given_names} {p.surname}"
    T(sh, W / 2, 90.5, nm, font=PAL_B, size=fit(nm, PAL_B, 18, W - 70), align="center")
    T(sh, W / 2, 112, f"geboren op {d_nl(p.birth_date)} te {p.birth_place}", font=PAL, size=11.5, align="center")
    T(sh, W / 2, 124, "het inburgeringsexamen heeft behaald op het niveau B1.", font=PAL, size=11.5, align="center")
    y = 142
    for part in ("Lezen", "Luisteren", "Schrijven", "Spreken", "Kennis van de Nederlandse Maatschappij"):
        T(sh, W / 2, y, f"{part} – {'behaald' if part.startswith('Kennis') else 'B1'}", font=PAL, size=11,
          align="center")
        y += 7
    dd = _inb_date(c, rng)
    rr = random.Random(seed_of("dip35", c.rng_seed))
    T(sh, 26, H - 54, f"Diplomanummer {rr.randint(10 ** 8, 10 ** 9 - 1)}", font=PAL, size=10)
    T(sh, 26, H - 48, f"Groningen, {d_nl(dd)}", font=PAL, size=10)
    sh.signature(W - 90, H - 66, 58, 16, rng, color=BLACK_INK)
    sh.rule(W - 92, H - 48, W - 30, H - 48, width_mm=0.3)
    T(sh, W - 61, H - 46, "namens de minister", font=PAL_I, size=9, color=GREY, align="center")
    return [_same_size(c, water_stain(sh.render(200), rng, where=(0.75, 0.35), size=0.09))]


def duo_exemption(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """DUO's exemption decision as a letter with the paragraphs numbered in the LEFT margin, the decision sentence
    UNDERLINED in the first paragraph, the legal basis in a paragraph of its own and the objection clause at the
    end; the DUO logo line and the addressee at the top, the date and reference in one line above the subject."""
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    f, fb = NROM, NROM_B
    p = c.p
    dd = _inb_date(c, rng)
    rr = random.Random(seed_of("ont35", c.rng_seed))
    sh.rect(16, 12, 3, 16, width_mm=0, fill=DUO_COL)
    T(sh, 22, 12.5, "DUO", font=NROM_B, size=17, color=DUO_COL)
    T(sh, 22, 20, "Dienst Uitvoering Onderwijs · Postbus 30205 · 2500 GE Den Haag", font=f, size=8.5, color=GREY)
    for i, ln in enumerate(_addr_lines(c)):
        T(sh, 22, 42 + i * 5, ln, font=f, size=10.5)
    T(sh, 22, 72, f"Datum {d_nl(dd)}   ·   Kenmerk INB/ONT/{rr.randint(100000, 999999)}", font=f, size=9.5)
    T(sh, 22, 82, "Onderwerp: uw verzoek om ontheffing van de inburgeringsplicht", font=fb, size=11)
    y = P(sh, 22, 92, W - 44, f"Geachte {title_nl(p)} {p.surname},", font=f, size=10.5) + 3
    paras = [("U krijgt ontheffing van de inburgeringsplicht.", " Dat betekent dat u geen inburgeringsexamen hoeft te "
                                                                "doen."),
             ("", "Uit het medisch advies blijkt dat u door een psychische of lichamelijke beperking blijvend niet aan "
                  "de inburgeringsplicht kunt voldoen."),
             ("", f"Dit besluit is genomen op grond van artikel 2.8 van het Besluit inburgering 2021. De ontheffing "
                  f"geldt vanaf {d_nl(dd)}."),
             ("", "Bent u het niet eens met dit besluit? Dan kunt u binnen 6 weken na de datum van deze brief "
                  "bezwaar maken. Vermeld daarbij het kenmerk.")]
    for i, (ul, rest) in enumerate(paras, 1):
        T(sh, 16, y, f"{i}.", font=fb, size=10.5)
        if ul:
            w = sh.text(22, y, ul, font=fb, size_pt=10.5)
            sh.rule(22, y + 4.4, 22 + w, y + 4.4, width_mm=0.3)
            y = P(sh, 22, y + 5.2, W - 44, rest.strip(), font=f, size=10.5) + 3
        else:
            y = P(sh, 22, y, W - 44, rest, font=f, size=10.5) + 3
    y += 4
    P(sh, 22, y, W - 44, "Met vriendelijke groet,\nDienst Uitvoering Onderwijs\nnamens deze,\nafdeling Inburgering",
      font=f, size=10.5)
    return [sh]


def duo_results(c: Case, rng: random.Random, *, failed: bool = False, **_) -> list[Sheet]:
    """DUO's result letter with the results as a TABLE: exam part, exam date, mark (or points) and a tick or cross
    in the last column; the summary sentence in bold under the table; the 'Mijn Inburgering' address in the
    footer."""
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    f, fb = GOTH, GOTH_B
    p = c.p
    dd = _inb_date(c, rng)
    T(sh, 16, 14, "Dienst Uitvoering Onderwijs", font=fb, size=12, color=DUO_COL)
    T(sh, 16, 20, "Uitslag inburgeringsexamen", font=f, size=10, color=GREY)
    for i, ln in enumerate(_addr_lines(c)):
        T(sh, 22, 40 + i * 5, ln, font=f, size=10.5)
    T(sh, 16, 66, f"Datum: {d_nl(dd)}", font=f, size=10)
    T(sh, 16, 72, f"Kandidaat: {p.given_names} {p.surname}, geboren {c.dfmt(p.birth_date)}", font=f, size=10)
    parts = ["Lezen", "Luisteren", "Schrijven", "Spreken", "Kennis van de Nederlandse Maatschappij"]
    bad = random.Random(seed_of("fail35", c.rng_seed)).randrange(4) if failed else -1
    y = 84
    sh.rect(16, y, W - 32, 7, width_mm=0, fill=(224, 230, 238))
    for t, x in (("Onderdeel", 18), ("Examendatum", 102), ("Cijfer", 140), ("Behaald", W - 22)):
        T(sh, x, y + 1.5, t, font=fb, size=9.5, align="right" if t == "Behaald" else "left")
    y += 7
    for i, pt in enumerate(parts):
        ed = dd - dt.timedelta(days=rng.randint(10, 120))
        mark = rng.choice([6.5, 7.0, 7.5, 8.0, 8.5]) if i != bad else rng.choice([4.5, 5.0, 5.2])
        sh.rect(16, y, W - 32, 7.5, width_mm=0.15, color=(190, 190, 190))
        T(sh, 18, y + 1.6, pt, font=f, size=9.6)
        T(sh, 102, y + 1.6, ed.strftime("%d-%m-%Y"), font=f, size=9.6)
        T(sh, 140, y + 1.6, f"{mark:.1f}".replace(".", ","), font=fb, size=9.6)
        T(sh, W - 26, y + 0.8, "✓" if i != bad else "✗", font="sans3", size=11,
          color=(30, 120, 50) if i != bad else (180, 30, 30), align="center")
        y += 7.5
    y += 8
    T(sh, 16, y, "U heeft niet alle onderdelen gehaald. U kunt het onderdeel opnieuw doen." if failed else
      "U heeft alle onderdelen gehaald. Uw diploma ontvangt u binnen zes weken.", font=fb, size=10.5)
    T(sh, W / 2, H - 22, "Uw resultaten ziet u ook op Mijn Inburgering (mijn.inburgeren.nl)", font=f, size=8,
      color=GREY, align="center")
    return [sh]


_r("duo-diploma-gouden-rand-naam-in-lint-35", "civic-integration", "nl", duo_diploma,
   "DUO diploma in portrait in a double ochre border, the name on a drawn ribbon, a water tide mark")
_r("duo-ontheffing-brief-besluit-onderstreept-kantlijnnummers-35", "civic-integration", "nl", duo_exemption,
   "DUO exemption letter, paragraphs numbered in the margin, the decision sentence underlined")
_r("duo-uitslag-tabel-vinkjes-cijfer-per-onderdeel-35", "civic-integration", "nl", duo_results,
   "DUO result letter as a table with exam date, mark and a tick or cross per part")


# =========================================================================== other

def cover_letter(c: Case, rng: random.Random, *, enclosures: list[str] | None = None, **_) -> list[Sheet]:
    """A Dutch lawyer's cover letter with a narrow REFERENCE COLUMN down the LEFT margin (datum, V-nummer, ons
    kenmerk, behandeld door, e-mail) and the text beside it; the firm's name in spaced capitals over the text
    column, its address in the footer; the enclosures as a numbered list; the signature at the end over the
    typed name with 'advocaat' under it."""
    lw = c.lawyer or dict(firm="Juridisch Loket", street="Postbus 2000", pc="3500 GA", city="Utrecht",
                          tel="0900", mail="info@juridischloket.nl")
    signer = c.lawyer_name if c.lawyer else _who(c, "jl35")
    role = "advocaat" if c.lawyer else "juridisch medewerker"
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    f, fb = CAL, CAL_B
    T(sh, 62, 14, lw["firm"].upper(), font=fb, size=fit(lw["firm"].upper(), fb, 12.5, W - 80), color=(50, 50, 60))
    sh.rule(62, 21, W - 18, 21, width_mm=0.3)
    addr = IND_ADDRESSES[rng.randrange(len(IND_ADDRESSES))].split("\n")
    for i, ln in enumerate(addr):
        T(sh, 62, 36 + i * 5, ln, font=f, size=10.5)
    dd = c.sub - dt.timedelta(days=rng.randint(0, 3))
    y = 36
    for a_, b_ in (("Datum", d_nl(dd)), ("V-nummer", c.vnr), ("Ons kenmerk", f"{dd.year}.{rng.randint(100, 999)}"),
                   ("Behandeld door", signer), ("E-mail", lw.get("mail", ""))):
        T(sh, 16, y, a_, font=fb, size=7.6, color=GREY)
        T(sh, 16, y + 3.4, b_, font=f, size=fit(b_, f, 9, 42))
        y += 10
    y = 70
    y = P(sh, 62, y, W - 80, f"Betreft: {c.p.given_names} {c.p.surname} ({c.dfmt(c.p.birth_date)}) – aanvraag "
                             f"{PROC_NL[c.procedure]}", font=fb, size=10.5) + 4
    paras = ["Geachte heer, mevrouw,",
             f"Hierbij zend ik u namens cliënt{'e' if c.p.sex == 'F' else ''} de aanvraag voor {PROC_NL[c.procedure]}, "
             f"met het ondertekende formulier en kopieën van de stukken."]
    if c.procedure == "ind-medical-treatment" and c.art64_end:
        paras.append(f"Cliënt heeft een jaar uitstel van vertrek gehad op grond van artikel 64 Vw; dat jaar eindigt op "
                     f"{d_nl(c.art64_end)}. De behandeling is nog niet afgerond.")
    if c.procedure == "ind-hnt-continued" and c.since:
        paras.append(f"Cliënt heeft sinds {d_nl(c.since)} een verblijfsvergunning "
                     f"({dict(ROUTES_7027).get(c.route, '').replace('na verblijf ', '')}).")
    if c.no_passport:
        paras.append("Cliënt heeft geen geldig paspoort en verzoekt om vrijstelling van de paspoortplicht. " +
                     " ".join(EXEMPTION_TEXT[i] for i in c.exemption_shown))
    if c.suriname_visa:
        paras.append("Cliënt heeft de Surinaamse nationaliteit en kwam naar Nederland met een visum voor medische "
                     "behandeling (kopie bijgevoegd). De behandeling is nog nodig en de betaling is geregeld.")
    paras.append("Wilt u de legesbrief aan mijn kantoor zenden?")
    for t in paras:
        y = P(sh, 62, y, W - 80, t, font=f, size=10.5) + 3
    if enclosures:
        T(sh, 62, y + 1, "Bijlagen", font=fb, size=10.5)
        y += 6.5
        for i, e_ in enumerate(enclosures, 1):
            T(sh, 64, y, f"{i}.", font=f, size=10)
            T(sh, 71, y, e_, font=f, size=10)
            y += 5
        y += 3
    T(sh, 62, y + 2, "Met vriendelijke groet,", font=f, size=10.5)
    T(sh, 62, y + 18, signer, font=fb, size=10.5)
    T(sh, 62, y + 23, role, font=CAL_I, size=10)
    sh.signature(60 + rng.uniform(0, 8), y + 8, rng.uniform(44, 56), 16, rng,
                 color=rng.choice([BLUE_INK, BLACK_INK]))
    sh.rule(16, H - 20, W - 18, H - 20, width_mm=0.2, color=(170, 170, 170))
    T(sh, W / 2, H - 18, f"{lw['firm']} · {lw['street']} · {lw['pc']} {lw['city']} · {lw.get('mail', '')}",
      font=f, size=7.8, color=GREY, align="center")
    return [c.intr(sh)]


def _ind_head(sh: Sheet, c: Case, dd: dt.date, subject: str) -> float:
    """The IND's letters of this part: a grey bar across the top with 'Immigratie- en Naturalisatiedienst' in white,
    the addressee under it at the left, the case data in a grey box at the right (datum, V-nummer, zaaknummer,
    onderwerp), the subject in bold across the page."""
    W = c.page_w
    sh.rect(0, 10, W, 12, width_mm=0, fill=(90, 96, 104))
    T(sh, 20, 12.2, "Immigratie- en Naturalisatiedienst", font=NNAR_B, size=12, color=(255, 255, 255))
    T(sh, W - 20, 13, "Ministerie van Asiel en Migratie", font=NNAR_I, size=8.5, color=(225, 228, 232),
      align="right")
    y = 36
    for ln in _addr_lines(c):
        T(sh, 20, y, ln, font=NNAR, size=10.5)
        y += 5
    r = random.Random(seed_of("ind35", c.rng_seed))
    sh.rect(W - 74, 32, 56, 34, width_mm=0, fill=(236, 236, 236))
    for i, (a_, b_) in enumerate((("Datum", d_nl(dd)), ("V-nummer", c.vnr),
                                  ("Zaaknummer", str(r.randint(10 ** 8, 10 ** 9 - 1))))):
        T(sh, W - 72, 34 + i * 10, a_, font=NNAR_B, size=7.5, color=GREY)
        T(sh, W - 72, 37.6 + i * 10, b_, font=NNAR, size=9.5)
    P(sh, 20, 76, W - 40, subject, font=NNAR_B, size=11)
    return 88


def art64_decision(c: Case, rng: random.Random, **_) -> list[Sheet]:
    end = c.art64_end or (c.since - dt.timedelta(days=1) if c.since else c.sub + dt.timedelta(days=10))
    start = add_years(end, -1) + dt.timedelta(days=1)
    dd = start + dt.timedelta(days=rng.randint(3, 25))
    sh = c.new_sheet()
    y = _ind_head(sh, c, dd, "Beslissing op uw aanvraag om uitstel van vertrek (artikel 64 Vreemdelingenwet)")
    for para in (f"Geachte {title_nl(c.p)} {c.p.surname},",
                 "U heeft gevraagd om uitstel van vertrek, omdat u om medische redenen niet kunt reizen. Het Bureau "
                 "Medische Advisering heeft de IND geadviseerd.",
                 f"Beslissing: u krijgt uitstel van vertrek van {d_nl(start)} tot en met {d_nl(end)}.",
                 "Tijdens het uitstel mag u in Nederland blijven. Het uitstel is geen verblijfsvergunning.",
                 "Met vriendelijke groet,\nde minister van Asiel en Migratie,\nnamens deze,\nde Immigratie- en "
                 "Naturalisatiedienst"):
        y = P(sh, 20, y, c.page_w - 40, para, font=NNAR, size=10.5) + 4
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
    y = _ind_head(sh, c, dd, "Beslissing: u krijgt een verblijfsvergunning")
    for para in (f"Geachte {title_nl(c.p)} {c.p.surname},",
                 f"Uw aanvraag wordt ingewilligd. U krijgt een verblijfsvergunning regulier voor bepaalde tijd met "
                 f"het verblijfsdoel '{purpose}', ingaande {d_nl(since)}.",
                 "U krijgt bericht wanneer u uw verblijfsdocument kunt ophalen.",
                 "Met vriendelijke groet,\nde Immigratie- en Naturalisatiedienst"):
        y = P(sh, 20, y, c.page_w - 40, para, font=NNAR, size=10.5) + 4
    return [c.intr(sh)]


def mvv_page(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The passport's visa page with the MVV sticker and, on the page facing it, the entry stamp, copied as the
    open booklet's spread at actual size across the top half of the sheet, the sticker's number ringed in pen."""
    spread = Sheet(250, 88)
    spread.rect(0, 0, 250, 88, width_mm=0, fill=(242, 238, 232))
    spread.rule(125, 0, 125, 88, width_mm=0.5, color=(150, 150, 150))
    entry = c.sub - dt.timedelta(days=rng.randint(150, 200))
    spread.stamp(30, 24, ["SCHENGEN", "AMS", entry.strftime("%d.%m.%y"), "◄ ENTRY"], rng, shape="rect", size_mm=24,
                 color=(40, 40, 120), angle=rng.uniform(-10, 10))
    vx, vy, w, h = 131, 6, 113, 76
    spread.rect(vx, vy, w, h, width_mm=0.2, fill=(228, 236, 246))
    spread.text(vx + 3, vy + 3, "VISUM · VISA · KONINKRIJK DER NEDERLANDEN", font=NNAR_B, size_pt=7.4,
                color=(20, 60, 120))
    start = entry - dt.timedelta(days=rng.randint(10, 40))
    end = start + dt.timedelta(days=rng.randint(85, 90))
    pno = c.passport_no or f"R{rng.randint(1000000, 9999999)}"
    num = f"NLD{rng.randint(1000000, 9999999)}"
    rows = [("GELDIG VOOR", "SCHENGENSTATEN"), ("VAN", start.strftime("%d-%m-%Y")), ("TOT", end.strftime("%d-%m-%Y")),
            ("TYPE", "D – MVV"), ("PASPOORT", pno), ("NAAM", f"{c.p.surname.upper()}, {c.p.given_names.upper()}"[:34]),
            ("OPMERKINGEN", "MEDISCHE BEHANDELING")]
    y = vy + 10
    for a_, b_ in rows:
        spread.text(vx + 3, y, a_, font=NNAR, size_pt=5.2, color=GREY)
        spread.text(vx + 38, y, b_, font=NNAR_B, size_pt=7.0)
        y += 5.2
    spread.text(vx + 80, vy + 10, num, font="mono2", size_pt=7.5, color=(170, 30, 40))
    line1 = ("V<NLD" + _mrz_name(c.p, 39))[:44]
    birth = c.p.birth_date.strftime("%y%m%d")
    exp = end.strftime("%y%m%d")
    pn = (pno + "<" * 9)[:9]
    line2 = (f"{pn}{_mrz_check(pn)}SUR{birth}{_mrz_check(birth)}{c.p.sex}{exp}{_mrz_check(exp)}" + "<" * 16)[:44]
    spread.text(vx + 1, vy + h - 12, line1, font="ocrb", size_pt=6.2)
    spread.text(vx + 1, vy + h - 6, line2, font="ocrb", size_pt=6.2)
    sh = c.new_sheet()
    k = (c.page_w - 20) / 250
    paste(sh, spread, 10, 30, k=k, dpi=260)
    pen_ring(sh, 10 + (vx + 78) * k, 30 + (vy + 8.6) * k, 34 * k, 5 * k, rng, color=BLUE_INK)
    return [sh]


_r("cover-letter-referentiekolom-links-gespatieerde-kantoornaam-bijlagenlijst-35", "other", "nl", cover_letter,
   "Dutch lawyer's cover letter with a reference column down the left margin, numbered enclosures")
_r("art64-decision-ind-grijze-kopbalk-zaakgegevens-35", "other", "nl", art64_decision,
   "IND art. 64 decision under a grey top bar with the case data in a grey box at the right")
_r("permit-letter-ind-grijze-kopbalk-zaakgegevens-35", "other", "nl", permit_decision,
   "IND permit decision in the same layout")
_r("mvv-sticker-sur-open-boekje-inreisstempel-tegenover-nummer-omcirkeld-35", "other", "nl", mvv_page,
   "the MVV sticker page copied as the open booklet's spread with the entry stamp opposite, the number ringed")
