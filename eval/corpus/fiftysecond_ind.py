"""IND families of the `fiftysecond` part (registered in ind.FAMILIES), and the builder of its IND dossiers.

Written by a writer who saw neither the validator nor its output, from the seeds (000, 001, 002), rules.md and how
such papers look in Dutch files.  Each family's layout, wording and copy habit is described in its function's
docstring only (the part is read blind).

The IND dossiers of this part follow ind's generic dossier plans (ind.PartBuilder).  The places where
ind.PartBuilder names one family per part (the civic-integration papers, the US-Letter insurance certificate and the
failed results) are answered by FiftysecondBuilder below; the generic plans' Turkish-language birth act is this part's
Turkish register entry (the applicant then born in Türkiye) and the Spanish-language act its Guatemalan one.  The
part's clean and defect plans are CLEAN_PLAN and DEFECT_PLAN here, so ind itself is not changed.  Its IND applicants
come from Guatemala, Namibia and Chile; the 9ter countries' applicants are 9ter only and a Surinamese applicant
appears only where the Surinamese rule needs one (ind.IND_ORIGIN_SKIP gets this part's own key).
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from . import ind as _ind
from .fiftysecond_identity import (
    CHANC,
    DSC,
    DSC_B,
    DSER,
    DSER_B,
    GOTH,
    GOTH_B,
    GR1,
    GR2,
    HAND2,
    HAND3,
    INK_B,
    INK_K,
    LNAR,
    LNAR_B,
    NMONO,
    NNAR,
    NNAR_B,
    NROM,
    NROM_B,
    NROM_I,
    NSAN,
    NSAN_B,
    OCRB,
    PAL,
    PAL_B,
    PAL_I,
    STB,
    STR,
    STV,
    box,
    h32,
    hl,
    mrz_rows,
    para,
    pen,
    seal,
    sig,
    tx,
)
from .ind import LETTER, Case, _defect
from .mrz import td3
from .paper import Sheet

PART = "fiftysecond"
D = dt.date

_ind.IND_ORIGIN_SKIP.setdefault(PART, {"SUR", "NIC", "PRY", "MMR"})


def _r(id_, type_, lang, fn, notes, **bound):
    _ind._reg(id_, type_, PART, lang, fn, notes, **bound)


MND = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]


def dlong(d: D) -> str:
    return f"{d.day} {MND[d.month - 1]} {d.year}"


def dshort(d: D, sep="-") -> str:
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def eur(x: float) -> str:
    s = f"{x:,.2f}"
    return "€ " + s.replace(",", "X").replace(".", ",").replace("X", ".")


def wday(c: Case, rng: random.Random, lo=3, hi=30) -> D:
    return _ind.workday_before(c.sub, rng.randint(lo, hi))


def naam(c: Case) -> str:
    return c.name()


def adr(c: Case) -> tuple[str, str]:
    return _ind.addr_lines(c.p.address)


# =========================================================================== application forms


class Aanvraag:
    """This part's IND form design: an orange rule under a two-line title at the top, each section a bold heading
    with a hairline across the page, questions as a two-column table (question in the LEFT cell on a pale ground,
    answer in the RIGHT cell, typed in Nimbus Mono or written by hand), tick options as round radio marks; the
    applicant's signature in an open space with the label 'Handtekening' BELOW the line; 'Blad n/N' at the foot
    LEFT."""

    def __init__(self, c: Case, rng: random.Random, code: str, title: str):
        self.c, self.rng, self.code, self.title = c, rng, code, title
        self.hand = c.fill == "hand"
        self.sheets: list[Sheet] = []
        self.new()

    def new(self):
        sh = self.c.new_sheet()
        self.sheets.append(sh)
        tx(sh, 18, 16, "Immigratie- en Naturalisatiedienst", f=NSAN, pt=8.5, col=GR1)
        tx(sh, 18, 21, self.title, f=NSAN_B, pt=13)
        tx(sh, 192, 16, f"Formulier {self.code}", f=NSAN, pt=8.5, at="right", col=GR1)
        hl(sh, 18, 28, 192, 28, lw=0.9, col=(230, 110, 20))
        self.sh, self.y = sh, 34.0

    def need(self, h):
        if self.y + h > 262:
            self.new()

    def head(self, t):
        self.need(16)
        tx(self.sh, 18, self.y, t, f=NSAN_B, pt=10.5)
        hl(self.sh, 18, self.y + 5.5, 192, self.y + 5.5, lw=0.15)
        self.y += 8

    def row(self, q, a):
        self.need(10)
        box(self.sh, 18, self.y, 70, 9, lw=0.2, fill=(246, 242, 234))
        box(self.sh, 88, self.y, 104, 9, lw=0.2)
        self.sh.paragraph(20, self.y + 1.2, 66, q, font=NSAN, size_pt=8, leading=1.15)
        if a:
            if self.hand:
                pen(self.sh, 90, self.y + 0.6, a[:48], self.rng, f=HAND3, pt=12)
            else:
                tx(self.sh, 90, self.y + 2.4, a[:62], f=NMONO, pt=9.2)
        self.y += 9

    def radio(self, q, opts, chosen):
        self.need(8 + 6 * len(opts))
        tx(self.sh, 20, self.y, q, f=NSAN, pt=9)
        self.y += 6
        for j, o in enumerate(opts):
            if j == chosen and self.hand:
                # a cross drawn by hand in the box, in the pen that fills the form
                self.sh.checkbox(24, self.y + 0.3, 3.4, True, rng=self.rng, ink=INK_B)
            else:
                self.sh.rect(24, self.y + 0.3, 3.4, 3.4, width_mm=0.3)
                if j == chosen:
                    self.sh.rect(24.8, self.y + 1.1, 1.8, 1.8, width_mm=0, fill=(0, 0, 0))
            tx(self.sh, 31, self.y, o, f=NSAN, pt=9)
            self.y += 5.6
        self.y += 3

    def person(self):
        c = self.c
        a1, a2 = adr(c)
        self.head("1  Uw gegevens")
        self.row("V-nummer", c.vnr)
        self.row("Achternaam", c.p.surname.upper())
        self.row("Voornamen", c.p.given_names)
        self.row("Geboortedatum", c.dfmt(c.p.birth_date))
        self.row("Geboorteplaats en geboorteland", f"{c.p.birth_place}, {_ind.country_nl(c.p)}")
        self.row("Nationaliteit", _ind.nat_nl(c.p))
        self.row("Woonadres in Nederland", f"{a1}, {a2}")

    def sign(self):
        c = self.c
        self.need(44)
        self.head("Ondertekening")
        self.sh.paragraph(
            20, self.y, 170, "Ik heb dit formulier volledig en naar waarheid ingevuld.", font=NSAN, size_pt=9
        )
        self.y += 8
        city = adr(c)[1].split()[-1] if adr(c)[1] else ""
        tx(self.sh, 20, self.y, f"Plaats: {city}", f=NSAN, pt=9)
        tx(self.sh, 70, self.y, f"Datum: {c.dfmt(wday(c, self.rng, 2, 12))}", f=NSAN, pt=9)
        sig(self.sh, 122, self.y - 4, self.rng, w=44, h=15)
        hl(self.sh, 118, self.y + 12, 190, self.y + 12, lw=0.3)
        tx(self.sh, 118, self.y + 13.5, "Handtekening", f=NSAN, pt=8, col=GR1)
        self.y += 24

    def done(self):
        n = len(self.sheets)
        for i, s in enumerate(self.sheets):
            tx(s, 18, 280, f"Blad {i + 1}/{n}  -  {self.code}", f=NSAN, pt=7.5, col=GR2)
        return self.sheets


def form_med(c: Case, rng: random.Random, **_):
    """Application for a residence permit 'medische behandeling' in this part's form design."""
    F = Aanvraag(c, rng, "MB-2026", "Aanvraag verblijfsvergunning medische behandeling")
    F.person()
    F.head("2  De behandeling")
    F.row("Ziekte / behandeling", c.med.get("tx_short", ""))
    F.row("Zorginstelling", c.hospital.get("name", ""))
    F.head("3  Kosten en middelen")
    F.radio(
        "Wie betaalt de behandeling en het verblijf?",
        ["Ik betaal zelf", "Een garantsteller betaalt"],
        1 if c.payer else 0,
    )
    F.head("4  Paspoort")
    F.radio(
        "Heeft u een geldig paspoort?",
        ["Ja, een kopie zit bij deze aanvraag", "Nee, ik vraag vrijstelling van de paspoortplicht"],
        1 if c.no_passport else 0,
    )
    if c.art64_end:
        F.row("Uitstel van vertrek (art. 64 Vw) loopt tot", c.dfmt(c.art64_end))
    F.sign()
    return F.done()


_ROUTES = [
    "medische behandeling",
    "verblijf bij partner",
    "verblijf bij ouder",
    "slachtoffer mensenhandel",
    "slachtoffer huiselijk geweld",
    "buiten schuld",
]
_RIDX = {
    "medical-treatment": 0,
    "medical-treatment-after-art64": 0,
    "relationship": 1,
    "parent": 2,
    "trafficking-victim": 3,
    "trafficking-victim-no-report": 3,
    "domestic-violence": 4,
    "buiten-schuld": 5,
}


def form_7027(c: Case, rng: random.Random, **_):
    """Form 7027 (voortgezet verblijf) in this part's form design."""
    F = Aanvraag(c, rng, "7027", "Aanvraag verblijfsvergunning voortgezet verblijf")
    F.person()
    F.head("2  Uw huidige verblijfsvergunning")
    F.radio("Verblijfsdoel van uw vergunning", _ROUTES, _RIDX.get(c.route or "", 0))
    F.row("Vergunning sinds", c.dfmt(c.since) if c.since else "")
    if c.route == "relationship":
        F.head("3  Inburgering")
        F.radio(
            "Heeft u aan de inburgeringsplicht voldaan?",
            ["Ja, ik heb het diploma", "Ik heb ontheffing of vrijstelling"],
            1 if c.inburgering == "exemption" else 0,
        )
    F.sign()
    return F.done()


def form_generic(c: Case, rng: random.Random, **_):
    """Application to extend a regular residence permit in this part's form design."""
    F = Aanvraag(c, rng, "VV-R", "Aanvraag verlenging verblijfsvergunning regulier")
    F.person()
    F.head("2  Verlenging")
    F.row("Verblijfsdoel", rng.choice(["verblijf bij partner", "arbeid in loondienst", "studie"]))
    F.row("Huidige vergunning geldig tot", c.dfmt(c.sub + dt.timedelta(days=rng.randint(15, 90))))
    F.sign()
    return F.done()


_r("ind-form-med-oranje-lijn-tabelvragen-52", "application", "nl", form_med, "medical-treatment form")
_r("ind-form-7027-oranje-lijn-tabelvragen-52", "application", "nl", form_7027, "form 7027")
_r("ind-form-generic-oranje-lijn-tabelvragen-52", "application", "nl", form_generic, "extension form")


# =========================================================================== income


def earner(c: Case):
    return c.payer or c.p


def bruto(c: Case) -> float:
    return 2750 + (h32("bruto52", c.rng_seed) % 2100)


def payslip(c: Case, rng: random.Random, *, month: int = 11, **_):
    """A payslip ('Salarisstrook') from an online payroll service printed in landscape-like columns on A4: the
    employer's name at the top LEFT in bold, the period in a dark bar at the RIGHT, employee data in a grey block,
    earnings and deductions in two side-by-side tables, net pay in a framed box at the bottom RIGHT; printed in
    DejaVu Sans Condensed."""
    e = c.employer
    w = earner(c)
    b = bruto(c)
    calc = _ind.pay_calc(random.Random(h32("pc52", c.rng_seed)), b)
    sh = c.new_sheet()
    tx(sh, 16, 16, e["name"], f=DSC_B, pt=12)
    tx(sh, 16, 22, f"{e['street']}, {e['pc']} {e['city']}", f=DSC, pt=8.5, col=GR1)
    sh.rect(120, 14, 74, 10, width_mm=0, fill=(40, 50, 70))
    tx(
        sh,
        157,
        16.5,
        f"Salarisstrook {MND[month - 1]} 2026",
        f=DSC_B,
        pt=10,
        at="center",
        col=(255, 255, 255),
    )
    sh.rect(16, 32, 178, 22, width_mm=0, fill=(236, 238, 242))
    rows = [
        ("Werknemer", f"{w.given_names} {w.surname}"),
        ("Geboortedatum", dshort(w.birth_date)),
        ("Functie", random.Random(c.rng_seed).choice(e["func"])),
        ("In dienst sinds", dshort(D(2026 - 2 - h32("ids", c.rng_seed) % 8, 3, 1))),
        ("CAO", e["cao"]),
        ("Pensioenfonds", e["pension"]),
    ]
    for j, (a, v) in enumerate(rows):
        x, y = 18 + (j % 2) * 90, 34 + (j // 2) * 6.5
        tx(sh, x, y, a, f=DSC, pt=8, col=GR1)
        tx(sh, x + 30, y, v[:34], f=DSC_B, pt=8.5)
    tx(sh, 16, 62, "Bruto", f=DSC_B, pt=10)
    tx(sh, 108, 62, "Inhoudingen", f=DSC_B, pt=10)
    ear = [("Salaris", b), ("Vakantiegeld (reservering)", b * 0.08)]
    ded = [
        ("Loonheffing", calc.get("lh", b * 0.2)),
        ("Pensioenpremie", calc.get("pens", b * 0.05)),
        ("WGA/WW-premie", b * 0.012),
    ]
    for j, (a, v) in enumerate(ear):
        tx(sh, 16, 70 + j * 6, a, f=DSC, pt=9)
        tx(sh, 100, 70 + j * 6, eur(v), f=DSC, pt=9, at="right")
    for j, (a, v) in enumerate(ded):
        tx(sh, 108, 70 + j * 6, a, f=DSC, pt=9)
        tx(sh, 194, 70 + j * 6, eur(v), f=DSC, pt=9, at="right")
    net = b - sum(v for _, v in ded)
    box(sh, 130, 100, 64, 14, lw=0.6)
    tx(sh, 133, 102, "Netto uit te betalen", f=DSC, pt=8.5, col=GR1)
    tx(sh, 191, 107, eur(net), f=DSC_B, pt=12, at="right")
    tx(sh, 16, 104, f"Cumulatief bruto 2026: {eur(b * month)}", f=DSC, pt=8.5)
    tx(
        sh,
        16,
        110,
        f"Uitbetaald op {dshort(D(2026, month, 24))} op rekening {_ind.iban_fmt(_ind.iban_nl(random.Random(h32('ib52', c.rng_seed)), c.bank['code']))}",
        f=DSC,
        pt=8.5,
    )
    return [sh]


def guarantor(c: Case, rng: random.Random, **_):
    """'Verklaring garantsteller' on this part's own model: a form with three numbered blocks (the guarantor, the
    person guaranteed, the undertaking) filled in by hand in black ink on dotted lines, the guarantor's income in a
    boxed amount, signed at the bottom LEFT with the label 'Handtekening garantsteller' BELOW."""
    g = c.payer or c.p
    sh = c.new_sheet()
    tx(sh, 18, 16, "VERKLARING GARANTSTELLER", f=PAL_B, pt=14)
    tx(sh, 18, 23, "bij een aanvraag voor verblijf voor medische behandeling", f=PAL_I, pt=10)
    y = 34

    def line(lab, val):
        nonlocal y
        tx(sh, 20, y, lab, f=PAL, pt=10)
        hl(sh, 76, y + 4.6, 190, y + 4.6, lw=0.2, dash=0.5, col=GR2)
        pen(sh, 78, y - 2.2, val, rng, f=HAND2, pt=12, col=INK_K)
        y += 9

    for title, rows in [
        (
            "1. Garantsteller",
            [
                ("Naam", f"{g.given_names} {g.surname}"),
                ("Geboortedatum", dshort(g.birth_date)),
                ("Nationaliteit", _ind.nat_nl(g)),
                ("Adres", ", ".join(_ind.addr_lines(g.address or c.p.address))),
                ("Relatie tot vreemdeling", c.payer_relation or "-"),
            ],
        ),
        (
            "2. Vreemdeling",
            [("Naam", naam(c)), ("Geboortedatum", dshort(c.p.birth_date)), ("V-nummer", c.vnr)],
        ),
    ]:
        tx(sh, 18, y, title, f=PAL_B, pt=11)
        y += 7
        for a, v in rows:
            line(a, v)
        y += 3
    tx(sh, 18, y, "3. Verklaring", f=PAL_B, pt=11)
    y = (
        para(
            sh,
            20,
            y + 7,
            170,
            "Ik verklaar dat ik de kosten van het verblijf en van de medische behandeling van "
            "bovengenoemde vreemdeling betaal zolang hij/zij in Nederland verblijft, en dat ik daartoe beschik over "
            "zelfstandig en duurzaam voldoende inkomen:",
            f=PAL,
            pt=10.5,
        )
        + 3
    )
    box(sh, 20, y, 80, 10, lw=0.4)
    pen(sh, 23, y + 0.4, f"{eur(bruto(c))} bruto per maand", rng, f=HAND2, pt=12, col=INK_K)
    y += 20
    tx(sh, 20, y, f"Datum: {dshort(wday(c, rng, 4, 25))}", f=PAL, pt=10)
    sig(sh, 22, y + 6, rng, col=INK_K)
    hl(sh, 20, y + 22, 90, y + 22, lw=0.3)
    tx(sh, 20, y + 23.5, "Handtekening garantsteller", f=PAL, pt=8.5, col=GR1)
    return [sh]


def employer_stmt(c: Case, rng: random.Random, **_):
    """An employer's statement ('Werkgeversverklaring') typed as a letter on company letterhead: logo square in the
    employer's colour at the top RIGHT, the facts (name, in service since, contract type, gross monthly salary) as an
    indented list, signed by HR at the RIGHT with the company's blue stamp over the signature."""
    e = c.employer
    w = earner(c)
    sh = c.new_sheet()
    sh.rect(170, 14, 22, 22, width_mm=0, fill=(30, 80, 140))
    tx(sh, 181, 21, e["name"][:1], f=GOTH_B, pt=24, at="center", col=(255, 255, 255))
    tx(sh, 18, 16, e["name"], f=GOTH_B, pt=12)
    tx(sh, 18, 22, f"{e['street']}, {e['pc']} {e['city']}", f=GOTH, pt=8.5, col=GR1)
    tx(sh, 18, 48, "WERKGEVERSVERKLARING", f=GOTH_B, pt=13)
    tx(sh, 18, 56, f"{e['city']}, {dlong(wday(c, rng, 5, 30))}", f=GOTH, pt=10)
    y = (
        para(
            sh,
            18,
            68,
            174,
            "Hierbij verklaren wij dat onderstaande werknemer bij ons in dienst is:",
            f=GOTH,
            pt=10.5,
        )
        + 3
    )
    for a, v in [
        ("Naam", f"{w.given_names} {w.surname}"),
        ("Geboortedatum", dlong(w.birth_date)),
        ("In dienst sinds", dlong(D(2018 + h32("ids", c.rng_seed) % 6, 4, 1))),
        ("Soort contract", "onbepaalde tijd"),
        ("Bruto maandsalaris", eur(bruto(c)) + " excl. vakantiegeld"),
        ("Proeftijd", "verstreken"),
    ]:
        tx(sh, 26, y, a, f=GOTH, pt=10)
        tx(sh, 80, y, v, f=GOTH_B, pt=10)
        y += 7
    y = (
        para(
            sh,
            18,
            y + 6,
            174,
            "De werknemer is niet in loondienst genomen met het oog op het verkrijgen van een "
            "verblijfsvergunning. Deze verklaring is naar waarheid opgesteld.",
            f=GOTH,
            pt=10.5,
        )
        + 10
    )
    sig(sh, 130, y, rng)
    seal(sh, 122, y - 4, [e["name"][:24].upper(), "P&O"], rng, shape="rect", col=STB, mm=40)
    tx(sh, 130, y + 20, "afdeling P&O", f=GOTH, pt=9.5)
    return [sh]


_r(
    "payslip-donkere-periodebalk-twee-tabellen-52",
    "income-proof",
    "nl",
    payslip,
    "payslip with a dark period bar",
)
_r(
    "guarantor-eigen-model-handgeschreven-zwart-52",
    "income-proof",
    "nl",
    guarantor,
    "guarantor's statement filled by hand",
)
_r(
    "employer-statement-briefhoofd-vierkant-logo-52",
    "income-proof",
    "nl",
    employer_stmt,
    "employer's statement",
)


# =========================================================================== medical and care statements


def _since(c: Case) -> D:
    return c.sub - dt.timedelta(days=220 + h32("st52", c.rng_seed) % 800)


def med_nl(c: Case, rng: random.Random, **_):
    """The treating specialist's letter to the lawyer ('Medische informatie ten behoeve van de IND'): the hospital's
    name in its colour in a serif face at the top RIGHT with a thin coloured rule across the page, the addressee block
    at the LEFT, the answers to the lawyer's questions as numbered paragraphs ('1. Diagnose', '2. Behandeling',
    '3. Duur', '4. Gevolgen van staken'), signed at the end WITHOUT a label, name and function typed under the
    signature at the LEFT."""
    h, m = c.hospital, c.med
    col = h.get("color", (0, 80, 120))
    sh = c.new_sheet()
    tx(sh, 192, 15, h["name"], f=DSER_B, pt=12, at="right", col=col)
    tx(sh, 192, 21, f"{h['street']} · {h['pc']} {h['city']}", f=DSER, pt=8, at="right", col=GR1)
    hl(sh, 18, 26, 192, 26, lw=0.6, col=col)
    L = c.lawyer or {"firm": "Rechtsbijstand", "street": "", "pc": "", "city": ""}
    for j, ln in enumerate(
        [L["firm"], c.lawyer_name or "t.a.v. de behandelend jurist", L["street"], f"{L['pc']} {L['city']}"]
    ):
        tx(sh, 18, 36 + j * 5, ln, f=DSER, pt=9.5)
    d = wday(c, rng, 5, 40)
    tx(sh, 18, 64, f"{h['city']}, {dlong(d)}", f=DSER, pt=9.5)
    tx(sh, 18, 72, f"Betreft: {naam(c)}, geb. {c.dfmt(c.p.birth_date)}", f=DSER_B, pt=9.5)
    y = (
        para(
            sh,
            18,
            82,
            174,
            "Op verzoek van patiënt en met diens toestemming beantwoord ik uw vragen als volgt.",
            f=DSER,
            pt=9.5,
        )
        + 3
    )
    for k, (q, a) in enumerate(
        [
            ("Diagnose", m.get("dx", "")),
            ("Behandeling", f"{m.get('tx', '')}; in behandeling sinds {dlong(_since(c))}."),
            ("Duur", _ind.duration_phrase(c.duration, _since(c))),
            ("Gevolgen van staken", m.get("stop", "")),
        ],
        1,
    ):
        tx(sh, 18, y, f"{k}. {q}", f=DSER_B, pt=9.5)
        y = para(sh, 24, y + 5, 168, a, f=DSER, pt=9.5) + 3
    y = para(sh, 18, y + 2, 174, "Met collegiale groet,", f=DSER, pt=9.5) + 2
    sig(sh, 18, y, rng)
    tx(
        sh,
        18,
        y + 17,
        f"{m.get('doc_title', 'medisch specialist')}, afdeling {m.get('spec', '')}",
        f=DSER,
        pt=9,
    )
    return [sh]


def med_en(c: Case, rng: random.Random, **_):
    """An English 'TO WHOM IT MAY CONCERN' statement by the consultant of an outpatient clinic, in Nimbus Roman: a
    letterhead line in small capitals with the clinic's web address, a bold heading, the facts in three short
    paragraphs, the consultant's signature ABOVE a rule with name and registration (BIG) number under it at the
    RIGHT, the department's oval stamp at the LEFT."""
    h, m = c.hospital, c.med
    sh = c.new_sheet()
    tx(
        sh,
        105,
        16,
        f"{h['name'].upper()}  ·  DEPARTMENT OF {m.get('spec_en', '').upper()}",
        f=NROM,
        pt=8.5,
        at="center",
        sp=0.6,
    )
    tx(sh, 105, 21, h.get("web", ""), f=NROM_I, pt=8, at="center", col=GR1)
    tx(sh, 18, 40, "TO WHOM IT MAY CONCERN", f=NROM_B, pt=13)
    tx(sh, 18, 48, _ind.d_en(wday(c, rng, 5, 40)), f=NROM, pt=10.5)
    y = (
        para(sh, 18, 58, 174, f"Re: {naam(c)}, date of birth {_ind.d_en(c.p.birth_date)}", f=NROM_B, pt=10.5)
        + 3
    )
    for s in [
        f"The above patient has been under our care since {_ind.d_en(_since(c))} for {m.get('dx_en', '')}.",
        f"Current treatment: {m.get('tx_en', '')}.",
        f"{_ind.duration_phrase(c.duration, _since(c), 'en')} {m.get('stop_en', '')}",
    ]:
        y = para(sh, 18, y, 174, s, f=NROM, pt=11, lead=1.45, al="justify") + 3
    sig(sh, 124, y + 8, rng, col=INK_K)
    hl(sh, 120, y + 24, 190, y + 24, lw=0.3)
    tx(sh, 120, y + 25.5, m.get("doc_en", "consultant"), f=NROM, pt=9.5)
    tx(sh, 120, y + 30.5, f"BIG {h32('big', c.rng_seed) % 10**11:011d}", f=NROM, pt=9)
    seal(
        sh,
        30,
        y + 10,
        [h.get("short", "")[:14].upper(), m.get("spec_en", "")[:18].upper()],
        rng,
        shape="oval",
        col=STV,
        mm=34,
    )
    return [sh]


def care_decl(c: Case, rng: random.Random, **_):
    """The hospital's 'Verklaring behandelend instelling' on its international-patient office's form: a coloured
    header strip with the hospital's name in white, three numbered statements each followed by a tick box marked
    'ja' (the hospital can treat, will treat, the costs are covered by ...), the treatment and estimated yearly cost in
    a framed field, signed by the office's coordinator with the hospital's round stamp at the RIGHT."""
    h, m = c.hospital, c.med
    col = h.get("color", (0, 80, 120))
    sh = c.new_sheet()
    sh.rect(16, 14, 178, 12, width_mm=0, fill=col)
    tx(sh, 19, 17, f"{h['name']} - Bureau Internationale Patiënten", f=LNAR_B, pt=11.5, col=(255, 255, 255))
    tx(sh, 18, 36, "Verklaring behandelend instelling", f=LNAR_B, pt=14)
    tx(sh, 18, 44, f"Patiënt: {naam(c)}, geboren {c.dfmt(c.p.birth_date)}, V-nummer {c.vnr}", f=LNAR, pt=10)
    payer = (
        f"garantsteller {c.payer.given_names} {c.payer.surname}" if c.payer else "patiënt zelf / verzekering"
    )
    y = 56
    for k, s in enumerate(
        [
            "Onze instelling is in staat de hieronder genoemde behandeling te geven.",
            "Onze instelling is bereid patiënt deze behandeling te geven.",
            f"De kosten worden gedragen door: {payer}.",
        ],
        1,
    ):
        tx(sh, 18, y, f"{k}.", f=LNAR_B, pt=10.5)
        y2 = para(sh, 26, y, 140, s, f=LNAR, pt=10.5)
        box(sh, 176, y, 4, 4, lw=0.3)
        tx(sh, 176.6, y - 0.6, "X", f=LNAR_B, pt=10)
        tx(sh, 182, y, "ja", f=LNAR, pt=10)
        y = max(y2, y + 6) + 3
    box(sh, 18, y + 4, 174, 26, lw=0.4)
    tx(sh, 21, y + 6, "Behandeling", f=LNAR, pt=8.5, col=GR1)
    para(sh, 21, y + 11, 168, m.get("tx", ""), f=LNAR, pt=10)
    tx(sh, 21, y + 24, f"Geschatte kosten per jaar: {eur(m.get('cost', 20000))}", f=LNAR_B, pt=10)
    y += 42
    tx(sh, 18, y, f"{h['city']}, {dlong(wday(c, rng, 5, 35))}", f=LNAR, pt=10)
    sig(sh, 18, y + 5, rng)
    tx(sh, 18, y + 22, "coördinator Bureau Internationale Patiënten", f=LNAR, pt=9.5)
    seal(sh, 130, y, [h["name"][:26].upper(), h["city"].upper()], rng, col=STB, mm=32)
    return [sh]


def care_plan(c: Case, rng: random.Random, **_):
    """A treatment plan with cost estimate ('Behandelplan en kostenraming') printed from the hospital's
    administration in Nimbus Sans Narrow: the plan as a table with columns 'Onderdeel', 'Frequentie', 'Kosten per
    jaar', the total in bold, a closing sentence that the hospital accepts and will treat the patient, signed at the
    bottom LEFT by the medical coordinator under the label 'Voor akkoord'."""
    h, m = c.hospital, c.med
    sh = c.new_sheet()
    tx(sh, 18, 16, h["name"], f=NNAR_B, pt=13)
    tx(sh, 18, 22, "Financiële administratie patiëntenzorg", f=NNAR, pt=9, col=GR1)
    tx(sh, 18, 36, "BEHANDELPLAN EN KOSTENRAMING", f=NNAR_B, pt=14)
    tx(sh, 18, 44, f"{naam(c)} - {c.dfmt(c.p.birth_date)} - {m.get('spec', '')}", f=NNAR, pt=10)
    cost = float(m.get("cost", 20000))
    parts = [
        ("Behandeling: " + m.get("tx_short", ""), "doorlopend", cost * 0.7),
        ("Poliklinische controles", "maandelijks", cost * 0.12),
        ("Laboratoriumonderzoek", "maandelijks", cost * 0.1),
        ("Medicatie", "doorlopend", cost * 0.08),
    ]
    y = 56
    for j, hd in enumerate(["Onderdeel", "Frequentie", "Kosten per jaar"]):
        tx(sh, [18, 120, 192][j], y, hd, f=NNAR_B, pt=10, at="right" if j == 2 else "left")
    hl(sh, 18, y + 5, 192, y + 5, lw=0.4)
    y += 8
    for a, f_, v in parts:
        tx(sh, 18, y, a[:60], f=NNAR, pt=10)
        tx(sh, 120, y, f_, f=NNAR, pt=10)
        tx(sh, 192, y, eur(v), f=NNAR, pt=10, at="right")
        y += 6.5
    hl(sh, 18, y, 192, y, lw=0.4)
    tx(sh, 192, y + 3, f"Totaal {eur(cost)}", f=NNAR_B, pt=11, at="right")
    y = (
        para(
            sh,
            18,
            y + 16,
            174,
            f"{h['name']} is in staat en bereid bovengenoemde patiënt deze behandeling te "
            f"geven. De kosten worden voldaan door "
            f"{'de garantsteller' if c.payer else 'de zorgverzekeraar van patiënt'}.",
            f=NNAR,
            pt=10.5,
        )
        + 8
    )
    tx(sh, 18, y, "Voor akkoord", f=NNAR, pt=9.5, col=GR1)
    sig(sh, 18, y + 5, rng)
    tx(sh, 18, y + 22, f"medisch coördinator, {dlong(wday(c, rng, 5, 30))}", f=NNAR, pt=9.5)
    return [sh]


_r(
    "medstat-specialist-genummerde-antwoorden-kleurlijn-52",
    "medical-statement",
    "nl",
    med_nl,
    "specialist's numbered answers to the lawyer",
)
_r("medstat-en-to-whom-ovale-stempel-52", "medical-statement", "en", med_en, "English consultant's statement")
_r(
    "care-verklaring-ip-bureau-vinkvakken-52",
    "care-institution-statement",
    "nl",
    care_decl,
    "international-patient office's statement with tick boxes",
)
_r(
    "care-behandelplan-kostenraming-smal-52",
    "care-institution-statement",
    "nl",
    care_plan,
    "treatment plan with cost estimate",
)


# =========================================================================== health insurance


def polisblad(c: Case, rng: random.Random, **_):
    """A Dutch insurer's policy schedule ('Polisblad 2026') downloaded from the member portal: the insurer's name in
    its colour with a round logo dot at the top LEFT, the policy number and UZOVI code in a right-aligned block, the
    insured persons as a table (name, date of birth, BSN masked, cover), the cover listed as 'Basisverzekering' with
    the start date, a note that medically necessary specialist care and medicines are covered."""
    ins = c.insurer_nl
    col = ins.get("color", (0, 100, 100))
    sh = c.new_sheet()
    sh.rect(18, 15, 8, 8, width_mm=0, fill=col)
    tx(sh, 30, 15, ins["name"], f=NSAN_B, pt=12, col=col)
    tx(sh, 30, 21, ins.get("post", ""), f=NSAN, pt=8, col=GR1)
    for j, (a, v) in enumerate(
        [
            ("Polisnummer", f"{h32('pol52', c.rng_seed) % 10**9:09d}"),
            ("UZOVI", ins.get("uzovi", "")),
            ("Datum", dshort(wday(c, rng, 10, 60))),
        ]
    ):
        tx(sh, 150, 34 + j * 5, a, f=NSAN, pt=8.5, col=GR1)
        tx(sh, 192, 34 + j * 5, v, f=NSAN_B, pt=8.5, at="right")
    a1, a2 = adr(c)
    for j, ln in enumerate([naam(c), a1, a2]):
        tx(sh, 18, 36 + j * 5, ln, f=NSAN, pt=10)
    tx(sh, 18, 64, "Polisblad 2026", f=NSAN_B, pt=15)
    y = 76
    for j, hd in enumerate(["Verzekerde", "Geboortedatum", "BSN", "Dekking", "Ingangsdatum"]):
        tx(sh, [18, 70, 100, 126, 168][j], y, hd, f=NSAN_B, pt=9)
    hl(sh, 18, y + 5, 192, y + 5, lw=0.4, col=col)
    y += 8
    start = D(2026, 1, 1)
    for j, v in enumerate([naam(c), dshort(c.p.birth_date), "***.**.***", "Basisverzekering", dshort(start)]):
        tx(sh, [18, 70, 100, 126, 168][j], y, v[:26], f=NSAN, pt=9)
    y += 8
    tx(sh, 126, y, "Aanvullend Plus", f=NSAN, pt=9)
    tx(sh, 168, y, dshort(start), f=NSAN, pt=9)
    y += 12
    para(
        sh,
        18,
        y,
        174,
        "Uw basisverzekering vergoedt onder meer medisch-specialistische zorg, ziekenhuisopname, "
        "dialyse, geneesmiddelen volgens het GVS en bloedproducten. Het verplicht eigen risico bedraagt € 385. De "
        "premie wordt maandelijks door u betaald via automatische incasso.",
        f=NSAN,
        pt=10,
    )
    return [sh]


def intl_cert(c: Case, rng: random.Random, **_):
    """An international insurer's 'CERTIFICATE OF INSURANCE' in Nimbus Roman: the insurer's name in small capitals
    with a coloured double rule, the certificate's facts as a two-column list (Insured, Date of birth, Plan, Period of
    cover, Area of cover, Benefits), the sentence that in-patient and out-patient treatment in the Netherlands
    including the treatment named is covered, and the underwriting manager's printed signature at the bottom
    RIGHT."""
    ins = c.insurer_intl
    col = ins.get("color", (0, 60, 120))
    sh = c.new_sheet()
    W = sh.width_mm
    tx(sh, 20, 18, ins["name"].upper(), f=NROM_B, pt=13, col=col, sp=0.6)
    tx(sh, 20, 25, ins.get("addr", ""), f=NROM, pt=8.5, col=GR1)
    hl(sh, 20, 31, W - 20, 31, lw=0.8, col=col)
    hl(sh, 20, 32.4, W - 20, 32.4, lw=0.25, col=col)
    tx(sh, W / 2, 44, "CERTIFICATE OF INSURANCE", f=NROM_B, pt=15, at="center")
    y = 58
    for a, v in [
        ("Certificate no.", f"{ins.get('short', 'INT')[:3].upper()}-{h32('cert52', c.rng_seed) % 10**8:08d}"),
        ("Insured", naam(c)),
        ("Date of birth", _ind.d_en(c.p.birth_date)),
        ("Plan", ins.get("plan", "International Health Plan")),
        ("Period of cover", f"{_ind.d_en(D(2026, 3, 1))} to {_ind.d_en(D(2027, 2, 28))}"),
        ("Area of cover", "Europe including the Netherlands"),
        ("Benefits", "in-patient and out-patient treatment, medicines, no annual limit"),
    ]:
        tx(sh, 22, y, a, f=NROM, pt=10.5, col=GR1)
        tx(sh, 72, y, v, f=NROM_B, pt=10.5)
        y += 7.5
    y = (
        para(
            sh,
            22,
            y + 6,
            W - 44,
            f"We confirm that the insured is covered for medically necessary treatment in the "
            f"Netherlands, including {c.med.get('tx_en', 'the treatment described')}, within the terms of the "
            f"policy. Premiums have been paid up to the end of the period of cover.",
            f=NROM,
            pt=10.5,
            al="justify",
        )
        + 12
    )
    tx(sh, W - 22, y, "Underwriting Manager", f=NROM_I, pt=10, at="right")
    tx(sh, W - 22, y + 6, _ind.d_en(wday(c, rng, 10, 40)), f=NROM, pt=10, at="right")
    return [sh]


CERT = "intl-certificate-dubbele-kleurlijn-romein-52"
_r(
    "polisblad-portaal-ronde-stip-tabel-verzekerden-52",
    "health-insurance",
    "nl",
    polisblad,
    "Dutch insurer's policy schedule from the portal",
)
_r(CERT, "health-insurance", "en", intl_cert, "international insurer's certificate of insurance")


# =========================================================================== civic integration


def _exam(c: Case) -> D:
    return c.sub - dt.timedelta(days=160 + h32("ex52", c.rng_seed) % 700)


def duo_diploma(c: Case, rng: random.Random, **_):
    """The civic-integration diploma in LANDSCAPE on A4, scanned upright (turned): a double blue-grey frame, 'Diploma
    inburgering' in a chancery script, the holder's name in bold capitals on a rule, 'niveau B1' and the four exam
    parts in a row of small framed cells, DUO's signature at the bottom RIGHT and the diploma number at the bottom
    LEFT."""
    sh = Sheet(297, 210)
    box(sh, 10, 10, 277, 190, lw=1.2, col=(70, 90, 120))
    box(sh, 14, 14, 269, 182, lw=0.3, col=(70, 90, 120))
    tx(sh, 148, 34, "Diploma inburgering", f=CHANC, pt=36, at="center")
    tx(sh, 148, 62, "uitgereikt aan", f=PAL, pt=12, at="center")
    tx(sh, 148, 74, f"{c.p.given_names} {c.p.surname}".upper(), f=PAL_B, pt=17, at="center")
    hl(sh, 80, 84, 216, 84, lw=0.3)
    tx(sh, 148, 88, f"geboren op {dlong(c.p.birth_date)}", f=PAL, pt=11, at="center")
    tx(sh, 148, 100, "voor het inburgeringsexamen op niveau B1", f=PAL, pt=12, at="center")
    for j, p in enumerate(["Lezen", "Luisteren", "Schrijven", "Spreken", "KNM", "ONA"]):
        box(sh, 58 + j * 31, 112, 28, 10, lw=0.3)
        tx(sh, 72 + j * 31, 114.5, p, f=PAL, pt=10, at="center")
    tx(sh, 148, 136, f"Groningen, {dlong(_exam(c))}", f=PAL, pt=11, at="center")
    sig(sh, 200, 146, rng, col=INK_K)
    tx(sh, 200, 166, "Dienst Uitvoering Onderwijs", f=PAL, pt=10)
    tx(sh, 22, 186, f"Diplomanummer D{h32('dip52', c.rng_seed) % 10**9:09d}", f=PAL, pt=9, col=GR1)
    from .fiftysecond_identity import img_sheet, raster

    img = raster(sh, 200).rotate(90, expand=True)
    return [img_sheet(img, c.page_w, c.page_h)]


def duo_exemption(c: Case, rng: random.Random, **_):
    """DUO's decision letter 'Uw ontheffing van de inburgeringsplicht' in Nimbus Sans: DUO's name and address block
    at the top RIGHT, the addressee LEFT, a reference line 'Ons kenmerk' with the date, the decision in a grey-shaded
    box ('Besluit: u bent ontheven van de inburgeringsplicht'), the reasons in two numbered points, the objection
    paragraph at the foot."""
    sh = c.new_sheet()
    for j, ln in enumerate(
        ["Dienst Uitvoering Onderwijs", "Postbus 30205", "2500 GE  Den Haag", "www.duo.nl"]
    ):
        tx(sh, 192, 16 + j * 4.6, ln, f=NSAN_B if j == 0 else NSAN, pt=9 if j == 0 else 8, at="right")
    a1, a2 = adr(c)
    for j, ln in enumerate([naam(c), a1, a2]):
        tx(sh, 20, 46 + j * 5, ln, f=NSAN, pt=10)
    tx(
        sh,
        20,
        72,
        f"Ons kenmerk: ONTH/{h32('ok52', c.rng_seed) % 10**7:07d}     Datum: {dlong(_exam(c))}",
        f=NSAN,
        pt=9,
    )
    tx(sh, 20, 84, "Uw ontheffing van de inburgeringsplicht", f=NSAN_B, pt=13)
    sh.rect(20, 94, 170, 12, width_mm=0, fill=(228, 228, 228))
    tx(sh, 24, 97.5, "Besluit: u bent ontheven van de inburgeringsplicht.", f=NSAN_B, pt=11)
    y = 114
    for k, s in enumerate(
        [
            "Uit het advies van de onafhankelijk arts blijkt dat u door een medische beperking "
            "blijvend niet in staat bent het inburgeringsexamen af te leggen.",
            "Daarom geeft DUO u ontheffing op grond van de Wet inburgering.",
        ],
        1,
    ):
        tx(sh, 20, y, f"{k}.", f=NSAN, pt=10.5)
        y = para(sh, 27, y, 163, s, f=NSAN, pt=10.5) + 3
    tx(sh, 20, y + 8, "Met vriendelijke groet,", f=NSAN, pt=10.5)
    tx(sh, 20, y + 14, "Dienst Uitvoering Onderwijs", f=NSAN, pt=10.5)
    para(
        sh,
        20,
        258,
        170,
        "Niet eens met dit besluit? Maak dan binnen 6 weken na de datum van deze brief bezwaar bij DUO.",
        f=NSAN,
        pt=8,
    )
    return [sh]


def duo_results(c: Case, rng: random.Random, *, failed: bool = False, **_):
    """DUO's results overview printed from 'Mijn Inburgering': the portal's header line with a dark band, one card
    per exam part laid out as a two-by-three grid, each card with the part's name, the exam date and the result word
    ('Gehaald' / 'Niet gehaald') in a coloured label at the card's top RIGHT."""
    sh = c.new_sheet()
    sh.rect(14, 12, 182, 10, width_mm=0, fill=(20, 40, 90))
    tx(sh, 18, 14.5, "Mijn Inburgering - uitslagen", f=NSAN_B, pt=10.5, col=(255, 255, 255))
    tx(sh, 18, 32, f"Uitslagen examens van {naam(c)}", f=NSAN_B, pt=13)
    parts = ["Lezen", "Luisteren", "Schrijven", "Spreken", "KNM", "ONA"]
    bad = h32("bad52", c.rng_seed) % 6 if failed else None
    for j, p in enumerate(parts):
        x, y = 18 + (j % 2) * 90, 44 + (j // 2) * 36
        box(sh, x, y, 84, 30, lw=0.3, col=GR2)
        tx(sh, x + 4, y + 4, p, f=NSAN_B, pt=11)
        tx(sh, x + 4, y + 12, f"Examendatum {dshort(_exam(c) - dt.timedelta(days=9 * j))}", f=NSAN, pt=9)
        ok = j != bad
        sh.rect(x + 50, y + 3, 31, 7, width_mm=0, fill=(30, 130, 70) if ok else (190, 50, 40))
        tx(
            sh,
            x + 65.5,
            y + 4.3,
            "Gehaald" if ok else "Niet gehaald",
            f=NSAN_B,
            pt=8.5,
            at="center",
            col=(255, 255, 255),
        )
    para(
        sh,
        18,
        160,
        174,
        "U heeft nog niet alle onderdelen gehaald. U kunt een herexamen aanvragen."
        if failed
        else "U heeft alle onderdelen gehaald.",
        f=NSAN,
        pt=10.5,
    )
    return [sh]


CIVIC = [
    ("duo-diploma-liggend-kanselarijschrift-dubbel-kader-52", "diploma"),
    ("duo-ontheffing-grijs-besluitvak-genummerd-52", "exemption"),
    ("duo-uitslag-portaal-kaarten-gekleurde-labels-52", "results"),
]
_r(CIVIC[0][0], "civic-integration", "nl", duo_diploma, "landscape civic-integration diploma")
_r(CIVIC[1][0], "civic-integration", "nl", duo_exemption, "DUO exemption decision")
_r(CIVIC[2][0], "civic-integration", "nl", duo_results, "portal results cards")


# =========================================================================== other: cover letter, IND letters, MVV

REDENEN = [
    "cliënt verblijft in Nederland;",
    "de identiteit en de nationaliteit van cliënt zijn voldoende duidelijk; de autoriteiten van het land van herkomst "
    "twijfelen daar niet aan;",
    "cliënt kan een (nieuw) paspoort alleen krijgen door zelf naar het land van herkomst te reizen;",
    "als de medische behandeling stopt, ontstaat een medische noodsituatie;",
    "cliënt kan in het land van herkomst niet voor de ziekte worden behandeld of heeft daar geen toegang toe.",
]
DOEL = {
    "ind-medical-treatment": "een verblijfsvergunning regulier bepaalde tijd voor 'medische behandeling'",
    "ind-hnt-continued": "een verblijfsvergunning voor voortgezet verblijf",
    "ind-generic": "verlenging van de verblijfsvergunning regulier",
}


def cover(c: Case, rng: random.Random, *, enclosures: list[str] | None = None, **_):
    """The lawyer's covering letter in P052 (Palladio): the firm's name and address in a narrow block at the top
    LEFT, the IND's address block further down at the RIGHT (window envelope on the right side), a reference table
    ('Uw kenmerk / Ons kenmerk / Datum') across the page, prose body, the exemption grounds (no passport) as a list
    with roman numerals, enclosures as a numbered list, signed ABOVE the typed name at the LEFT with 'advocaat'
    under it."""
    L = c.lawyer or {
        "firm": "Stichting Rechtshulp Migranten",
        "street": "Oudegracht 200",
        "pc": "3511 NR",
        "city": "Utrecht",
    }
    sh = c.new_sheet()
    tx(sh, 20, 16, L["firm"], f=PAL_B, pt=12)
    tx(sh, 20, 22, L["street"], f=PAL, pt=9, col=GR1)
    tx(sh, 20, 26.5, f"{L['pc']} {L['city']}", f=PAL, pt=9, col=GR1)
    for j, ln in enumerate(
        _ind.IND_ADDRESSES[h32("adr52", c.rng_seed) % len(_ind.IND_ADDRESSES)].split("\n")
    ):
        tx(sh, 112, 40 + j * 5, ln, f=PAL, pt=10.5)
    d = wday(c, rng, 1, 6)
    for j, (a, v) in enumerate(
        [
            ("Uw kenmerk", c.vnr),
            ("Ons kenmerk", f"{h32('ok', c.rng_seed) % 9000 + 1000}/26"),
            ("Datum", dlong(d)),
        ]
    ):
        tx(sh, 20 + j * 58, 66, a, f=PAL, pt=8, col=GR1)
        tx(sh, 20 + j * 58, 70.5, v, f=PAL, pt=10)
    tx(sh, 20, 82, f"Betreft: {naam(c)}, V-nummer {c.vnr}", f=PAL_B, pt=10.5)
    y = para(sh, 20, 92, 170, "Geachte heer, mevrouw,", f=PAL, pt=10.5) + 2
    y = (
        para(
            sh,
            20,
            y,
            170,
            f"Hierbij dien ik namens cliënt een aanvraag in voor {DOEL[c.procedure]}. Het "
            f"aanvraagformulier en de bewijsstukken treft u bijgaand aan.",
            f=PAL,
            pt=10.5,
            al="justify",
        )
        + 2
    )
    if c.no_passport:
        y = (
            para(
                sh,
                20,
                y,
                170,
                "Cliënt heeft geen geldig paspoort. Ik verzoek u cliënt vrij te stellen van de "
                "paspoortplicht. Daartoe voer ik aan:",
                f=PAL,
                pt=10.5,
                al="justify",
            )
            + 1
        )
        for k, j in enumerate(c.exemption_shown):
            y = para(sh, 26, y, 164, f"{['i', 'ii', 'iii', 'iv', 'v'][k]}. {REDENEN[j]}", f=PAL, pt=10.5) + 1
        y += 2
    if enclosures:
        tx(sh, 20, y, "Bijlagen", f=PAL_B, pt=10.5)
        y += 5.5
        for k, e in enumerate(enclosures, 1):
            tx(sh, 24, y, f"{k}. {e}", f=PAL, pt=10)
            y += 5
    y += 5
    tx(sh, 20, y, "Met vriendelijke groet,", f=PAL, pt=10.5)
    sig(sh, 20, y + 4, rng)
    tx(sh, 20, y + 21, c.lawyer_name or "mr. J. Verbeek", f=PAL, pt=10.5)
    tx(sh, 20, y + 26, "advocaat", f=PAL_I, pt=9.5, col=GR1)
    return [sh]


def _ind_letter(sh: Sheet, c: Case, d: D, onderwerp: str) -> float:
    tx(sh, 105, 14, "Immigratie- en Naturalisatiedienst", f=NSAN_B, pt=11, at="center")
    tx(sh, 105, 20, "Ministerie van Asiel en Migratie", f=NSAN, pt=8.5, at="center", col=GR1)
    hl(sh, 60, 25, 150, 25, lw=0.3)
    a1, a2 = adr(c)
    for j, ln in enumerate([naam(c), a1, a2]):
        tx(sh, 20, 40 + j * 5, ln, f=NSAN, pt=10)
    for j, (a, v) in enumerate([("Datum", dlong(d)), ("Ons kenmerk", c.vnr), ("Onderwerp", onderwerp)]):
        tx(sh, 20, 64 + j * 5, f"{a}:", f=NSAN_B, pt=9)
        tx(sh, 48, 64 + j * 5, v, f=NSAN, pt=9)
    return 88.0


def art64(c: Case, rng: random.Random, **_):
    """IND decision on postponement of departure (art. 64 Vw) in Nimbus Sans: the service's name centred at the top
    with a short rule, the addressee and a 'Datum / Ons kenmerk / Onderwerp' list at the LEFT, the decision in a
    framed box with the period, the reasons and the objection clause, signed 'namens deze' without a pen signature."""
    end = c.art64_end or (c.sub + dt.timedelta(days=20))
    start = D(end.year - 1, end.month, min(end.day, 28))
    sh = c.new_sheet()
    y = _ind_letter(sh, c, start - dt.timedelta(days=10), "Besluit uitstel van vertrek, artikel 64 Vw 2000")
    y = para(sh, 20, y, 170, "Geachte heer, mevrouw,", f=NSAN, pt=10.5) + 3
    box(sh, 20, y, 170, 18, lw=0.5)
    para(
        sh,
        23,
        y + 2,
        164,
        f"U krijgt uitstel van vertrek van {dlong(start)} tot en met {dlong(end)}. U kunt om "
        f"medische redenen niet reizen.",
        f=NSAN_B,
        pt=10.5,
    )
    y += 24
    y = (
        para(
            sh,
            20,
            y,
            170,
            "Bij dit besluit is het advies van het Bureau Medische Advisering (BMA) betrokken. "
            "Tijdens het uitstel van vertrek mag u in Nederland blijven.",
            f=NSAN,
            pt=10.5,
        )
        + 6
    )
    tx(sh, 20, y, "De minister van Asiel en Migratie,", f=NSAN, pt=10.5)
    tx(sh, 20, y + 5, "namens deze, de Immigratie- en Naturalisatiedienst", f=NSAN, pt=10.5)
    para(
        sh,
        20,
        258,
        170,
        "Bezwaar: binnen vier weken na de dag waarop dit besluit is bekendgemaakt.",
        f=NSAN,
        pt=8,
    )
    return [sh]


def permit_letter(c: Case, rng: random.Random, **_):
    """The IND's decision granting the earlier permit ('Beschikking verblijfsvergunning') in the same letter frame:
    the granted permit's particulars in a two-column list (Verblijfsdoel, Ingangsdatum, Geldig tot), then the
    conditions and the objection clause."""
    since = c.since or (c.sub - dt.timedelta(days=900))
    purpose = _ROUTES[_RIDX.get(c.route or "", 1)] if c.route else "verblijf bij partner"
    sh = c.new_sheet()
    y = _ind_letter(sh, c, since - dt.timedelta(days=rng.randint(0, 12)), "Uw aanvraag verblijfsvergunning")
    y = para(sh, 20, y, 170, "Geachte heer, mevrouw,", f=NSAN, pt=10.5) + 3
    y = (
        para(
            sh,
            20,
            y,
            170,
            "Uw aanvraag is ingewilligd. U krijgt een verblijfsvergunning regulier voor bepaalde tijd.",
            f=NSAN_B,
            pt=10.5,
        )
        + 4
    )
    yrs = 1 if purpose.startswith("medische") else 5
    for a, v in [
        ("Verblijfsdoel", purpose),
        ("Ingangsdatum", dlong(since)),
        ("Geldig tot", dlong(_ind.add_years(since, yrs))),
    ]:
        tx(sh, 26, y, a, f=NSAN, pt=10.5, col=GR1)
        tx(sh, 72, y, v, f=NSAN_B, pt=10.5)
        y += 6.5
    para(
        sh,
        20,
        y + 6,
        170,
        "U moet het verblijfsdocument binnen drie maanden ophalen bij het IND-loket. Uw "
        "vergunning geeft u recht op arbeid zoals vermeld op het document.",
        f=NSAN,
        pt=10.5,
    )
    para(sh, 20, 258, 170, "Bezwaar: binnen vier weken na bekendmaking van dit besluit.", f=NSAN, pt=8)
    return [sh]


def mvv(c: Case, rng: random.Random, **_):
    """A copy of the Surinamese passport's visa page with the Dutch MVV sticker (national visa D, 'MEDISCHE
    BEHANDELING' in the remarks), the sticker's two-line machine-readable zone, the Schiphol entry stamp on the
    facing page; the open booklet copied in the middle of an A4 sheet."""
    p = c.p
    pg = Sheet(125, 88)
    pg.rect(0, 0, 125, 88, width_mm=0, fill=(246, 246, 240))
    pg.rect(6, 6, 113, 76, width_mm=0, fill=(232, 238, 248))
    tx(pg, 10, 8, "VISUM / VISA   D   KONINKRIJK DER NEDERLANDEN", f=NSAN_B, pt=6.5, col=(40, 40, 110))
    exp = c.sub - dt.timedelta(days=rng.randint(40, 150))
    iss = exp - dt.timedelta(days=90)
    rows = [
        ("GELDIG VOOR / VALID FOR", "SCHENGEN + NL"),
        ("VAN / FROM", dshort(iss, ".")),
        ("TOT / UNTIL", dshort(exp, ".")),
        ("AANTAL BINNENKOMSTEN", "MULT"),
        ("NAAM / NAME", f"{p.surname.upper()}, {p.given_names.upper()}"),
        ("OPMERKINGEN", "MVV - MEDISCHE BEHANDELING"),
    ]
    for j, (a, v) in enumerate(rows):
        tx(pg, 10, 14 + j * 7, a, f=NNAR, pt=4.6, col=GR1)
        tx(pg, 10, 16.4 + j * 7, v[:40], f=NSAN_B, pt=6.4)
    pg.photo(92, 16, 22, 28, rng)
    lines = td3(
        issuing="NLD",
        surname=p.surname,
        given=p.given_names,
        number=f"N{h32('mvv', c.rng_seed) % 10**8:08d}",
        nationality="SUR",
        birth_date=p.birth_date,
        sex=p.sex,
        expiry=exp,
    )
    lines = ["V" + lines[0][1:], lines[1]]
    mrz_rows(pg, 8, 66, lines, pt=7.6, gap=4.2, f=OCRB)
    bk = Sheet(260, 88, paper="white")
    bk.rect(0, 0, 260, 88, width_mm=0, fill=(246, 246, 240))
    bk.image(135, 0, 125, 88, pg.render(300).convert("RGB"))
    seal(
        bk,
        30,
        20,
        ["SCHIPHOL", dshort(iss + dt.timedelta(days=rng.randint(3, 20)), "."), "KMAR"],
        rng,
        shape="rect",
        col=STR,
        mm=34,
    )
    sh = c.new_sheet()
    sh.image(10, 80, 190, 190 * 88 / 260, bk.render(250).convert("RGB"))
    return [sh]


_r(
    "cover-letter-palladio-referentietabel-romeinse-cijfers-52",
    "other",
    "nl",
    cover,
    "lawyer's covering letter",
)
_r("art64-decision-kader-besluit-52", "other", "nl", art64, "IND art. 64 decision")
_r("permit-letter-beschikking-lijst-52", "other", "nl", permit_letter, "IND decision on the earlier permit")
_r("mvv-sticker-sur-open-boekje-schiphol-52", "other", "nl", mvv, "MVV sticker page of a Surinamese passport")


# =========================================================================== the part's IND dossiers


class FiftysecondBuilder(_ind.PartBuilder):
    """ind.PartBuilder for this part: it answers the places where PartBuilder names one family per part."""

    def civic_for(self, rng: random.Random, kind: str | None = None) -> tuple[str, str]:
        if kind:
            return next(o for o in CIVIC if o[1] == kind)
        return rng.choice(CIVIC[:2])

    def d_a4(self, name, proc, variant):
        if variant != "letter-digital":
            return super().d_a4(name, proc, variant)
        D_ = self.new(name, proc)
        D_.c.insurer_intl = dict(
            name="Great Plains Mutual International Health Co.",
            short="Great Plains",
            addr="1700 Farnam Street, Omaha, NE 68102, USA",
            color=(20, 70, 50),
            logo="leaf",
            plan="Worldwide Medical Select",
        )
        self.compose_med(D_, skip={"insurance"})
        D_.c.__dict__["_ins_name"] = D_.c.insurer_intl["name"]
        D_.c.page_w, D_.c.page_h = LETTER
        doc = D_.add(CERT, kind="digital", label="certificate of insurance Great Plains")
        D_.c.page_w, D_.c.page_h = 210.0, 297.0
        D_.plan_files(combine=False)
        f, p = D_.page_of(doc, 0)
        D_.defect = _defect(
            "IND-COPY-A4",
            "certificate of insurance of a US insurer produced on US Letter (215.9 x 279.4 mm), not A4",
            f,
            p,
        )
        D_.variations.append("us-letter-page")
        self.finish(D_, clean=False)

    def d_inburg(self, name, proc, variant):
        if variant != "failed":
            return super().d_inburg(name, proc, variant)
        rng = random.Random(_ind.seed_of("since", self.part, name))
        D_ = self.new(name, proc, route="relationship", since=self.since_for("relationship", rng))
        D_.c.inburgering = "failed"
        self.compose_hnt(D_, civic=CIVIC[2][0])
        D_.defect = _defect(
            "IND-HNT-INBURGERING",
            "only DUO's results overview with one exam part 'Niet gehaald': no diploma and no exemption",
        )
        self.finish(D_, clean=False)


DEFECT_PLAN = [
    ("a4", "ind-medical-treatment", "letter-digital"),
    ("a4", "ind-generic", "letter-scan"),
    ("blank", "ind-medical-treatment", "duplex-form"),
    ("blank", "ind-generic", "one-blank"),
    ("blank", "ind-hnt-continued", "duplex-all"),
    ("vnum", "ind-hnt-continued", "missing"),
    ("vnum", "ind-medical-treatment", "other"),
    ("vnum", "ind-generic", "missing"),
    ("vnum", "ind-hnt-continued", "other"),
    ("media", "ind-medical-treatment", "mp4"),
    ("media", "ind-hnt-continued", "attach"),
    ("media", "ind-generic", "js"),
    ("legible", "ind-hnt-continued", "faint"),
    ("legible", "ind-medical-treatment", "cut"),
    ("legible", "ind-generic", "72dpi"),
    ("translation", "ind-hnt-continued", "tr"),
    ("translation", "ind-generic", "es"),
    ("meddocs", "ind-medical-treatment", "care"),
    ("meddocs", "ind-medical-treatment", "insurance"),
    ("meddocs", "ind-medical-treatment", "income"),
    ("meddocs", "ind-medical-treatment", "medical"),
    ("exemption", "ind-medical-treatment", (0, 1, 3)),
    ("exemption", "ind-medical-treatment", (2, 4)),
    ("art64", "ind-medical-treatment", 33),
    ("art64", "ind-medical-treatment", -40),
    ("duration", "ind-hnt-continued", "parent"),
    ("duration", "ind-hnt-continued", "buiten-schuld"),
    ("duration", "ind-hnt-continued", "relationship"),
    ("continues", "ind-hnt-continued", "missing"),
    ("continues", "ind-hnt-continued", "short"),
    ("inburg", "ind-hnt-continued", "missing"),
    ("inburg", "ind-hnt-continued", "failed"),
    ("idsuff", "ind-hnt-continued", "none"),
    ("idsuff", "ind-hnt-continued", "permit-only"),
    ("mrz", "ind-hnt-continued", "birth"),
    ("mrz", "ind-medical-treatment", "check"),
    ("expired", "ind-hnt-continued", None),
    ("expired", "ind-medical-treatment", None),
    ("suriname", "ind-medical-treatment", None),
    ("suriname", "ind-medical-treatment", None),
]

CLEAN_PLAN = dict(
    med=[None, -15, None, None, 8, None, -26, None, None, 21],
    hnt=[
        ("medical-treatment", 50, None, False),
        ("relationship", 35, "exemption", False),
        ("domestic-violence", 80, None, True),
        ("relationship", 120, "diploma", False),
        ("parent", 25, None, False),
        ("trafficking-victim", 90, None, True),
        ("buiten-schuld", 40, None, False),
        ("medical-treatment-after-art64", 65, None, False),
        ("relationship", 15, "diploma", True),
        ("trafficking-victim-no-report", 30, None, False),
    ],
    gen=[False, True, True, False],
)


def _tasks() -> list[tuple]:
    out: list[tuple] = []
    for i, off in enumerate(CLEAN_PLAN["med"], 1):
        out.append(("clean_med", (i,), {"art64_offset": off}))
    for i, (route, margin, civic, tr) in enumerate(CLEAN_PLAN["hnt"], 1):
        out.append(("clean_hnt", (i, route, margin, civic), {"translated": tr}))
    for i, tr in enumerate(CLEAN_PLAN["gen"], 1):
        out.append(("clean_gen", (i,), {"translated": tr}))
    counters: dict[str, int] = {}
    for key, proc, variant in DEFECT_PLAN:
        counters[key] = counters.get(key, 0) + 1
        out.append(("defect", (key, counters[key], proc, variant), {}))
    return out


def _run_task(args) -> tuple[list[dict], list[str]]:
    out_root, (method, a, kw) = args
    b = FiftysecondBuilder(PART, Path(out_root))
    getattr(b, method)(*a, **kw)
    return b.truths, b.skipped


def build_part(out_root: Path, *, jobs: int | None = None) -> list[dict]:
    """Write every IND dossier of this part under out_root/fiftysecond/ and return their truth dicts (each dossier
    seeded by its name alone, built by ``jobs`` processes: $BE9TER_JOBS or 2)."""
    import os

    tasks = [(str(out_root), t) for t in _tasks()]
    jobs = jobs if jobs is not None else int(os.environ.get("BE9TER_JOBS", "2"))
    if jobs > 1:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=jobs) as ex:
            results = list(ex.map(_run_task, tasks, chunksize=1))
    else:
        results = [_run_task(t) for t in tasks]
    truths: list[dict] = []
    for ts, skipped in results:
        truths += ts
        for s in skipped:
            print(f"[ind] skipped {s}")
    return truths
