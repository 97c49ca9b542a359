"""IND families of the `fiftythird` part (registered in ind.FAMILIES), and the builder of its IND dossiers.

Written by a writer who saw neither the validator nor its output, from the seeds (000, 001, 002), rules.md and how
such papers look in Dutch files.  Each family's layout, wording and copy habit is described in its function's
docstring only (the part is read blind).

The IND dossiers of this part follow ind's generic dossier plans (ind.PartBuilder).  The places where
ind.PartBuilder names one family per part (the civic-integration papers, the US-Letter insurance certificate and the
failed results) are answered by FiftythirdBuilder below; the generic plans' Turkish-language birth act is this part's
Turkish e-Devlet record (the applicant then born in Türkiye) and the Spanish-language act its Uruguayan one.  The
part's clean and defect plans are CLEAN_PLAN and DEFECT_PLAN here, so ind itself is not changed.  Its IND applicants
come from Uruguay, Fiji and Papua New Guinea; the 9ter countries' applicants are 9ter only and a Surinamese applicant
appears only where the Surinamese rule needs one (ind.IND_ORIGIN_SKIP gets this part's own key).
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from . import ind as _ind
from .fiftythird_identity import (
    CALA,
    CALA_B,
    CARL,
    CARL_B,
    CENT,
    CENT_B,
    CENT_I,
    CPRIME,
    DJV,
    DJV_B,
    FMONO,
    FSAN,
    FSAN_B,
    G1,
    G2,
    G3,
    GOTH,
    GOTH_B,
    HW1,
    LSAN,
    LSAN_B,
    LSER,
    LSER_B,
    LSER_I,
    PEN_B,
    PEN_K,
    ST_B,
    ST_G,
    ST_V,
    P,
    T,
    W,
    aged,
    as_sheet,
    digits,
    frame,
    h32,
    hand,
    ln,
    mrz_block,
    raster,
    sign,
    stamp,
)
from .ind import LETTER, Case, _defect
from .mrz import td3
from .paper import Sheet

PART = "fiftythird"
D = dt.date

_ind.IND_ORIGIN_SKIP.setdefault(PART, {"SUR", "PAN", "CRI", "BTN"})


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


def dl(d: D) -> str:
    return f"{d.day} {MND[d.month - 1]} {d.year}"


def dn(d: D, sep="-") -> str:
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def eur(x: float) -> str:
    s = f"{x:,.2f}"
    return "€ " + s.replace(",", "X").replace(".", ",").replace("X", ".")


def before(c: Case, rng: random.Random, lo=3, hi=30) -> D:
    return _ind.workday_before(c.sub, rng.randint(lo, hi))


def nm(c: Case) -> str:
    return c.name()


def home(c: Case) -> tuple[str, str]:
    return _ind.addr_lines(c.p.address)


def _start(c: Case) -> D:
    return c.sub - dt.timedelta(days=300 + h32("st53", c.rng_seed) % 700)


# =========================================================================== application forms


class Form:
    """This part's IND form design: a deep-blue band across the top with the form's name in white and the form code
    at its RIGHT end, the V-number printed in a small framed box under the band on every page, questions numbered
    'n.m' at the LEFT with the answer in a box of light-grey character cells (typed in Courier Prime) or written by
    hand in black over the cells, choices as square boxes with a cross; the signature on the last page in a
    rectangle with its label 'Handtekening aanvrager' printed ABOVE the rectangle at the LEFT, the date beside it;
    'pagina n van N' centred at the foot."""

    def __init__(self, c: Case, rng: random.Random, code: str, title: str):
        self.c, self.rng, self.code, self.title = c, rng, code, title
        self.hand = c.fill == "hand"
        self.sheets: list[Sheet] = []
        self.sec = 0
        self.q = 0
        self.new()

    def new(self):
        sh = self.c.intr(self.c.new_sheet())
        self.sheets.append(sh)
        frame(sh, 0, 12, sh.width_mm, 13, lw=0, fill=(18, 48, 110))
        T(sh, 16, 15.3, self.title, f=LSAN_B, pt=12, col=(255, 255, 255))
        T(sh, sh.width_mm - 16, 16, self.code, f=LSAN, pt=8.5, at="right", col=(255, 255, 255))
        frame(sh, 16, 29, 58, 7, lw=0.3)
        T(sh, 18, 30.6, f"V-nummer  {self.c.vnr}", f=LSAN_B, pt=8.5)
        T(sh, 80, 30.6, "Immigratie- en Naturalisatiedienst", f=LSAN, pt=8, col=G1)
        self.sh, self.y = sh, 42.0

    def need(self, h):
        if self.y + h > 262:
            self.new()

    def section(self, t):
        self.need(18)
        self.sec += 1
        self.q = 0
        T(self.sh, 16, self.y, f"{self.sec}  {t}", f=LSAN_B, pt=11, col=(18, 48, 110))
        ln(self.sh, 16, self.y + 5.5, 194, self.y + 5.5, lw=0.4, col=(18, 48, 110))
        self.y += 9

    def ask(self, q, a, cells=26):
        self.need(11)
        self.q += 1
        T(self.sh, 16, self.y + 1.4, f"{self.sec}.{self.q}", f=LSAN_B, pt=8.5)
        self.sh.paragraph(26, self.y + 1, 58, q, font=LSAN, size_pt=8.5, leading=1.15)
        for k in range(cells):
            frame(self.sh, 88 + k * 4, self.y, 4, 7, lw=0.15, col=G2, fill=(240, 240, 242))
        if a:
            if self.hand:
                hand(self.sh, 89, self.y - 1.2, a[:44], self.rng, f=HW1, pt=12, col=PEN_K)
            else:
                T(self.sh, 89, self.y + 1.6, a[: int(cells * 4 / 2.4)], f=CPRIME, pt=9)
        self.y += 10

    def choose(self, q, opts, chosen):
        self.need(8 + 6 * len(opts))
        self.q += 1
        T(self.sh, 16, self.y, f"{self.sec}.{self.q}", f=LSAN_B, pt=8.5)
        T(self.sh, 26, self.y, q, f=LSAN, pt=8.5)
        self.y += 6
        for j, o in enumerate(opts):
            if j == chosen and self.hand:
                self.sh.checkbox(30, self.y, 3.4, True, rng=self.rng, ink=PEN_K)
            else:
                self.sh.checkbox(30, self.y, 3.4, j == chosen)
            T(self.sh, 36, self.y, o, f=LSAN, pt=9)
            self.y += 5.6
        self.y += 3

    def person(self):
        c = self.c
        a1, a2 = home(c)
        self.section("Persoonsgegevens")
        self.ask("Achternaam", c.p.surname.upper())
        self.ask("Voornamen", c.p.given_names)
        self.ask("Geboortedatum", c.dfmt(c.p.birth_date))
        self.ask("Geboorteplaats / -land", f"{c.p.birth_place}, {_ind.country_nl(c.p)}")
        self.ask("Nationaliteit", _ind.nat_nl(c.p))
        self.ask("Straat en huisnummer", a1)
        self.ask("Postcode en woonplaats", a2)

    def sign(self):
        c = self.c
        self.need(46)
        self.section("Ondertekening")
        P(
            self.sh,
            16,
            self.y,
            176,
            "Ik verklaar dat ik dit formulier volledig en naar waarheid heb ingevuld.",
            f=LSAN,
            pt=9,
        )
        self.y += 8
        T(self.sh, 16, self.y, "Handtekening aanvrager", f=LSAN, pt=8, col=G1)
        frame(self.sh, 16, self.y + 4, 80, 26, lw=0.35)
        sign(self.sh, 22, self.y + 9, self.rng, col=PEN_K if self.hand else PEN_B)
        T(self.sh, 108, self.y, "Datum", f=LSAN, pt=8, col=G1)
        d = before(c, self.rng, 2, 10)
        if self.hand:
            hand(self.sh, 108, self.y + 5, c.dfmt(d), self.rng, f=HW1, pt=12, col=PEN_K)
        else:
            T(self.sh, 108, self.y + 6, c.dfmt(d), f=CPRIME, pt=10)
        self.y += 34

    def done(self):
        n = len(self.sheets)
        for i, s in enumerate(self.sheets):
            T(s, s.width_mm / 2, 281, f"pagina {i + 1} van {n}", f=LSAN, pt=7.5, at="center", col=G2)
        return self.sheets


def form_med(c: Case, rng: random.Random, **_):
    """Application for a residence permit for medical treatment in this part's form design."""
    F = Form(c, rng, "MED-A 2026", "Aanvraag verblijf medische behandeling")
    F.person()
    F.section("Medische behandeling")
    F.ask("Welke behandeling?", c.med.get("tx_short", ""))
    F.ask("Zorginstelling", c.hospital.get("name", ""))
    F.section("Middelen van bestaan")
    F.choose(
        "Wie betaalt de behandeling en uw verblijf?",
        ["ikzelf", "een garantsteller (zie verklaring)"],
        1 if c.payer else 0,
    )
    F.section("Paspoort")
    F.choose(
        "Heeft u een geldig paspoort?",
        ["ja, kopie bijgevoegd", "nee, ik vraag vrijstelling van de paspoortplicht"],
        1 if c.no_passport else 0,
    )
    if c.art64_end:
        F.ask("Einde uitstel van vertrek (art. 64 Vw)", c.dfmt(c.art64_end))
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
    F = Form(c, rng, "7027", "Aanvraag voortgezet verblijf")
    F.person()
    F.section("Uw verblijfsvergunning")
    F.choose("Met welk verblijfsdoel heeft u nu een vergunning?", _ROUTES, _RIDX.get(c.route or "", 0))
    F.ask("Sinds welke datum?", c.dfmt(c.since) if c.since else "")
    if c.route == "relationship":
        F.section("Inburgering")
        F.choose(
            "Heeft u voldaan aan de inburgeringsplicht?",
            ["ja, ik heb een diploma", "ik heb ontheffing of vrijstelling"],
            1 if c.inburgering == "exemption" else 0,
        )
    F.sign()
    return F.done()


def form_generic(c: Case, rng: random.Random, **_):
    """Application to extend a regular residence permit in this part's form design."""
    F = Form(c, rng, "VERL-R", "Aanvraag verlenging verblijfsvergunning")
    F.person()
    F.section("Verlenging")
    F.ask("Huidig verblijfsdoel", rng.choice(["arbeid in loondienst", "verblijf bij partner", "studie"]))
    F.ask("Vergunning geldig tot", c.dfmt(c.sub + dt.timedelta(days=rng.randint(20, 80))))
    F.sign()
    return F.done()


_r("ind-form-med-blauwe-band-tekenvakjes-53", "application", "nl", form_med, "medical-treatment form")
_r("ind-form-7027-blauwe-band-tekenvakjes-53", "application", "nl", form_7027, "form 7027")
_r("ind-form-generic-blauwe-band-tekenvakjes-53", "application", "nl", form_generic, "extension form")


# =========================================================================== income


def earner(c: Case):
    return c.payer or c.p


def gross(c: Case) -> float:
    return 2450.0 + h32("gr53", c.rng_seed) % 1900


def payslip(c: Case, rng: random.Random, *, month: int = 11, **_):
    """A payslip ('Loonstrook') from an online payroll service printed in DejaVu Sans: the employer's name at the top
    LEFT and the period at the RIGHT on a pale orange band, the employee block (name, personnel number, function,
    date of employment) and the tax data block side by side, then one ruled table with columns 'Omschrijving',
    'Eenheden', 'Bedrag'; net pay highlighted at the bottom RIGHT; born-digital."""
    e, w = c.employer, earner(c)
    b = gross(c)
    sh = c.new_sheet()
    Wd = sh.width_mm
    frame(sh, 14, 14, Wd - 28, 12, lw=0, fill=(252, 230, 206))
    T(sh, 17, 17, e["name"], f=DJV_B, pt=10.5)
    T(sh, Wd - 17, 17.4, f"Loonstrook {MND[month - 1]} 2026", f=DJV, pt=9.5, at="right")
    y = 34.0
    for a, v in [
        ("Werknemer", f"{w.given_names} {w.surname}"),
        ("Personeelsnr.", str(1000 + h32("pn", c.rng_seed) % 9000)),
        ("Functie", e["func"][h32("fn", c.rng_seed) % len(e["func"])]),
        ("In dienst sinds", dn(c.sub - dt.timedelta(days=500 + h32("ids", c.rng_seed) % 1500))),
    ]:
        T(sh, 16, y, a, f=DJV, pt=8.5, col=G1)
        T(sh, 48, y, v, f=DJV, pt=8.5)
        y += 5
    y = 34.0
    for a, v in [
        ("Loonheffingskorting", "ja"),
        ("Tabel", "wit, maand"),
        ("Pensioenfonds", e.get("pension", "")),
        ("CAO", e.get("cao", "")),
    ]:
        T(sh, 112, y, a, f=DJV, pt=8.5, col=G1)
        T(sh, 150, y, v, f=DJV, pt=8.5)
        y += 5
    y = 62.0
    frame(sh, 14, y, Wd - 28, 7, lw=0, fill=(236, 236, 236))
    for x, t, at in [(16, "Omschrijving", "left"), (120, "Eenheden", "right"), (Wd - 16, "Bedrag", "right")]:
        T(sh, x, y + 1.5, t, f=DJV_B, pt=9, at=at)
    y += 10
    lh = round(b * 0.092, 2)
    pens = round(b * 0.051, 2)
    rows = [
        ("Salaris", "1,00", b),
        ("Reservering vakantiegeld 8%", "", b * 0.08),
        ("Loonheffing", "", -lh),
        ("Pensioenpremie werknemer", "", -pens),
    ]
    for a, u, v in rows:
        T(sh, 16, y, a, f=DJV, pt=9)
        T(sh, 120, y, u, f=DJV, pt=9, at="right")
        T(sh, Wd - 16, y, eur(v), f=DJV, pt=9, at="right")
        ln(sh, 14, y + 5, Wd - 14, y + 5, lw=0.15, col=G3)
        y += 7
    net = b - lh - pens
    frame(sh, Wd - 80, y + 6, 66, 10, lw=0, fill=(252, 230, 206))
    T(sh, Wd - 77, y + 8.5, "Netto uit te betalen", f=DJV_B, pt=9)
    T(sh, Wd - 16, y + 8.5, eur(net), f=DJV_B, pt=9.5, at="right")
    T(
        sh,
        16,
        y + 24,
        f"Overgemaakt op {_ind.iban_fmt(_ind.iban_nl(random.Random(c.rng_seed), c.bank.get('code', 'NORB')))}",
        f=DJV,
        pt=8,
        col=G1,
    )
    return [sh]


def guarantor(c: Case, rng: random.Random, **_):
    """'Garantverklaring' of this part: a typed letter by the guarantor himself in Liberation Serif, his address at
    the top RIGHT, the IND's address at the LEFT, the undertaking in two paragraphs naming the foreigner with his
    V-number, the guarantor's monthly income and employer in an indented list, signed at the bottom LEFT above the
    typed name; a copy of his bank card number is NOT given (only the IBAN's last four digits)."""
    g = earner(c)
    sh = c.intr(c.new_sheet())
    ga = _ind.addr_lines(g.address or c.p.address)
    for j, t in enumerate([f"{g.given_names} {g.surname}", ga[0], ga[1]]):
        T(sh, 190, 20 + j * 5, t, f=LSER, pt=10.5, at="right")
    for j, t in enumerate(_ind.IND_ADDRESSES[h32("ia", c.rng_seed) % 3].split("\n")):
        T(sh, 20, 44 + j * 5, t, f=LSER, pt=10.5)
    T(sh, 20, 72, f"{ga[1].split()[-1] if ga[1] else ''}, {dl(before(c, rng, 6, 25))}", f=LSER, pt=10.5)
    T(sh, 20, 82, f"Onderwerp: garantverklaring voor {nm(c)}, V-nummer {c.vnr}", f=LSER_B, pt=10.5)
    y = (
        P(
            sh,
            20,
            94,
            170,
            f"Hierbij verklaar ik, {g.given_names} {g.surname}, geboren op {dn(g.birth_date)}, "
            f"dat ik garant sta voor de kosten van het verblijf en van de medische behandeling in Nederland van mijn "
            f"{c.payer_relation or 'familielid'} {nm(c)}, geboren op {dn(c.p.birth_date)}.",
            f=LSER,
            pt=10.5,
            al="justify",
        )
        + 3
    )
    y = P(sh, 20, y, 170, "Ik beschik over zelfstandig en duurzaam voldoende inkomen:", f=LSER, pt=10.5) + 2
    e = c.employer
    for t in [
        f"werkgever: {e['name']}",
        f"bruto maandinkomen: {eur(gross(c))}",
        "dienstverband: onbepaalde tijd",
    ]:
        T(sh, 28, y, f"–  {t}", f=LSER, pt=10.5)
        y += 6
    y = (
        P(
            sh,
            20,
            y + 4,
            170,
            "Ik weet dat de overheid de kosten die zij maakt van mij kan terugvorderen.",
            f=LSER,
            pt=10.5,
        )
        + 8
    )
    T(sh, 20, y, "Met vriendelijke groet,", f=LSER, pt=10.5)
    sign(sh, 20, y + 5, rng, col=PEN_K)
    T(sh, 20, y + 22, f"{g.given_names} {g.surname}", f=LSER, pt=10.5)
    return [sh]


def bank(c: Case, rng: random.Random, **_):
    """A bank's account statement ('Rekeningafschrift') downloaded as PDF: the bank's name in a green square logo
    at the top LEFT, account holder and IBAN at the RIGHT, the period, a table of transactions (date, description,
    af / bij) with the salary credit in bold, opening and closing balances in a grey row."""
    w = earner(c)
    bk = c.bank
    sh = c.new_sheet()
    Wd = sh.width_mm
    frame(sh, 16, 14, 14, 14, lw=0, fill=(20, 110, 70))
    T(sh, 23, 17.5, bk.get("code", "BK")[:2], f=FSAN_B, pt=11, at="center", col=(255, 255, 255))
    T(sh, 34, 16, bk["name"], f=FSAN_B, pt=12)
    T(sh, 34, 22, "Rekeningafschrift", f=FSAN, pt=9, col=G1)
    iban = _ind.iban_fmt(_ind.iban_nl(random.Random(h32("ib", c.rng_seed)), bk.get("code", "NORB")))
    for j, t in enumerate([f"{w.given_names} {w.surname}", iban, "periode 1 t/m 30 november 2026"]):
        T(sh, Wd - 16, 16 + j * 5, t, f=FSAN, pt=9, at="right")
    y = 42.0
    frame(sh, 16, y, Wd - 32, 7, lw=0, fill=(234, 234, 234))
    T(sh, 18, y + 1.5, "Begin saldo 01-11-2026", f=FSAN_B, pt=9)
    bal = 300 + h32("bal", c.rng_seed) % 1400
    T(sh, Wd - 18, y + 1.5, eur(bal), f=FSAN_B, pt=9, at="right")
    y += 11
    sal = gross(c) * 0.82
    tx_ = [
        (D(2026, 11, 3), "Huur november", -780.0),
        (D(2026, 11, 7), "Albert Heijn", -64.2),
        (D(2026, 11, 12), "Zorgverzekering premie", -148.9),
        (D(2026, 11, 24), f"Salaris nov {c.employer['name'][:26]}", sal),
        (D(2026, 11, 26), "NS reizen", -32.1),
    ]
    for d, t, v in tx_:
        bold = v > 0
        T(sh, 18, y, dn(d), f=FSAN, pt=9)
        T(sh, 44, y, t, f=FSAN_B if bold else FSAN, pt=9)
        T(sh, Wd - 18 if v > 0 else Wd - 50, y, eur(abs(v)), f=FSAN_B if bold else FSAN, pt=9, at="right")
        bal += v
        ln(sh, 16, y + 5, Wd - 16, y + 5, lw=0.12, col=G3)
        y += 7
    frame(sh, 16, y + 2, Wd - 32, 7, lw=0, fill=(234, 234, 234))
    T(sh, 18, y + 3.5, "Eind saldo 30-11-2026", f=FSAN_B, pt=9)
    T(sh, Wd - 18, y + 3.5, eur(bal), f=FSAN_B, pt=9, at="right")
    return [sh]


_r(
    "payslip-online-salarisdienst-oranje-band-53",
    "income-proof",
    "nl",
    payslip,
    "payslip from a payroll service",
)
_r("guarantor-eigen-brief-serif-53", "income-proof", "nl", guarantor, "guarantor's own typed letter")
_r("bank-afschrift-groen-vierkant-53", "income-proof", "nl", bank, "bank statement with a salary credit")


# =========================================================================== medical statements and care


def med_letter(c: Case, rng: random.Random, **_):
    """The treating specialist's letter ('Medische verklaring') on hospital letterhead in URW Gothic: the
    hospital's short name in its colour as a large word at the top LEFT with the full name and address under it in
    grey, 'Aan de advocaat van' addressee block, then the questions of the IND's medical-information request in
    bold, each followed by the answer in plain text (diagnose, behandeling, verwachte duur, gevolgen bij staken);
    signed at the RIGHT with the doctor's function and BIG number under the signature."""
    h, m = c.hospital, c.med
    col = h.get("color", (0, 80, 120))
    sh = c.new_sheet()
    T(sh, 18, 14, h.get("short", h["name"])[:18], f=GOTH_B, pt=20, col=col)
    T(sh, 18, 24, f"{h['name']} · {h['street']} · {h['pc']} {h['city']}", f=GOTH, pt=8, col=G1)
    L = c.lawyer or {"firm": "Juridisch Loket", "street": "", "pc": "", "city": ""}
    for j, t in enumerate(["Aan de advocaat van patiënt", L["firm"], L["street"], f"{L['pc']} {L['city']}"]):
        T(sh, 18, 38 + j * 4.8, t, f=GOTH, pt=9.5)
    T(sh, 192, 38, dl(before(c, rng, 6, 40)), f=GOTH, pt=9.5, at="right")
    T(sh, 18, 64, f"Betreft: {nm(c)}, geboren {c.dfmt(c.p.birth_date)}", f=GOTH_B, pt=10)
    y = 74.0
    for q, a in [
        ("Wat is de diagnose?", m.get("dx", "")),
        ("Welke behandeling krijgt patiënt?", f"{m.get('tx', '')}, sinds {dl(_start(c))}."),
        ("Hoe lang is de behandeling nog nodig?", _ind.duration_phrase(c.duration, _start(c))),
        ("Wat gebeurt er als de behandeling stopt?", m.get("stop", "")),
    ]:
        T(sh, 18, y, q, f=GOTH_B, pt=9.5)
        y = P(sh, 18, y + 5, 174, a, f=GOTH, pt=9.5, lead=1.4) + 4
    sign(sh, 128, y + 6, rng)
    T(sh, 128, y + 23, m.get("doc_title", "medisch specialist"), f=GOTH, pt=9)
    T(sh, 128, y + 27.5, f"BIG-nummer {h32('big53', c.rng_seed) % 10**11:011d}", f=GOTH, pt=8.5, col=G1)
    return [sh]


def med_en(c: Case, rng: random.Random, **_):
    """A 'MEDICAL REPORT' in English by the consultant, in Caladea: a centred title with a double rule under it,
    a small table of patient data at the top (name, date of birth, hospital number), the report in four short
    paragraphs with run-in bold captions (Diagnosis., Treatment., Expected duration., If treatment stops.), the
    consultant's oval department stamp at the bottom LEFT and the signature at the RIGHT."""
    h, m = c.hospital, c.med
    sh = c.new_sheet()
    T(sh, 105, 16, h["name"], f=CALA, pt=10, at="center", col=G1)
    T(sh, 105, 24, "MEDICAL REPORT", f=CALA_B, pt=15, at="center", sp=1.0)
    ln(sh, 60, 31, 150, 31, lw=0.3)
    ln(sh, 60, 32.2, 150, 32.2, lw=0.3)
    for j, (a, v) in enumerate(
        [
            ("Patient", f"{c.p.surname.upper()}, {c.p.given_names}"),
            ("Date of birth", _ind.d_en(c.p.birth_date)),
            ("Hospital no.", str(2000000 + c.rng_seed % 7000000)),
        ]
    ):
        T(sh, 40, 40 + j * 5.5, a, f=CALA, pt=9.5, col=G1)
        T(sh, 80, 40 + j * 5.5, v, f=CALA_B, pt=9.5)
    y = 64.0
    for cap, t in [
        ("Diagnosis.", m.get("dx_en", "")),
        ("Treatment.", f"{m.get('tx_en', '')} since {_ind.d_en(_start(c))}."),
        ("Expected duration.", _ind.duration_phrase(c.duration, _start(c), "en")),
        ("If treatment stops.", m.get("stop_en", "")),
    ]:
        T(sh, 22, y, cap, f=CALA_B, pt=10.5)
        y = (
            P(
                sh,
                22 + W(cap, CALA_B, 10.5) + 2,
                y,
                166 - W(cap, CALA_B, 10.5) - 2,
                t,
                f=CALA,
                pt=10.5,
                lead=1.4,
            )
            + 4
        )
    T(sh, 22, y + 4, _ind.d_en(before(c, rng, 5, 35)), f=CALA, pt=10)
    stamp(
        sh,
        24,
        y + 12,
        [h.get("short", "")[:14].upper(), m.get("spec_en", "")[:20].upper()],
        rng,
        shape="oval",
        col=ST_G,
        mm=34,
    )
    sign(sh, 128, y + 12, rng, col=PEN_K)
    T(sh, 128, y + 29, m.get("doc_en", "consultant"), f=CALA, pt=9.5)
    return [sh]


def care_letter(c: Case, rng: random.Random, **_):
    """The care institution's statement ('Bereidverklaring zorginstelling') as a letter of its patient
    administration in Carlito: the hospital's name with a coloured rule under it at the top, the statement that the
    hospital can and will treat the patient, the treatment and the expected yearly cost in a two-row grey table, who
    pays (the applicant, or the guarantor by name), signed by the head of patient administration at the LEFT with
    the hospital's round stamp half over the signature."""
    h, m = c.hospital, c.med
    col = h.get("color", (0, 80, 120))
    sh = c.new_sheet()
    T(sh, 18, 16, h["name"], f=CARL_B, pt=14)
    ln(sh, 18, 23, 192, 23, lw=0.8, col=col)
    T(sh, 18, 26, f"Patiëntenadministratie · {h['street']} · {h['pc']} {h['city']}", f=CARL, pt=8.5, col=G1)
    T(sh, 18, 42, "BEREIDVERKLARING ZORGINSTELLING", f=CARL_B, pt=13)
    T(sh, 18, 50, f"Patiënt: {nm(c)}, geboren op {c.dfmt(c.p.birth_date)}", f=CARL, pt=10.5)
    payer = f"garantsteller {c.payer.given_names} {c.payer.surname}" if c.payer else "patiënt zelf"
    y = (
        P(
            sh,
            18,
            60,
            174,
            f"{h['name']} verklaart dat zij de hieronder genoemde behandeling kan geven en dat zij "
            f"bereid is patiënt deze behandeling te geven. De kosten worden betaald door {payer}.",
            f=CARL,
            pt=10.5,
            al="justify",
            lead=1.45,
        )
        + 4
    )
    for k, (a, v) in enumerate(
        [("Behandeling", m.get("tx_short", "")), ("Geraamde kosten per jaar", eur(m.get("cost", 20000)))]
    ):
        frame(sh, 18, y + k * 9, 174, 9, lw=0.2, fill=(238, 238, 238) if k == 0 else None)
        T(sh, 20, y + k * 9 + 2.4, a, f=CARL_B, pt=10)
        T(sh, 80, y + k * 9 + 2.4, v, f=CARL, pt=10)
    y += 30
    T(sh, 18, y, f"{h['city']}, {dl(before(c, rng, 5, 40))}", f=CARL, pt=10.5)
    sign(sh, 20, y + 6, rng)
    stamp(sh, 44, y + 2, [h["name"][:24].upper(), h["city"].upper()], rng, col=ST_B, mm=30)
    T(sh, 18, y + 26, "hoofd patiëntenadministratie", f=CARL, pt=9.5)
    return [sh]


def care_form(c: Case, rng: random.Random, **_):
    """A printed acceptance form of the hospital's international office ('Acceptatieformulier buitenlandse
    patiënt') filled in on a typewriter in FreeMono: printed questions at the LEFT in Liberation Sans, typed answers
    on underlines, the 'kan behandelen' and 'is bereid te behandelen' questions answered 'JA' in capitals, the cost
    estimate on its own line; stamped and signed at the bottom RIGHT; slightly yellowed copy."""
    h, m = c.hospital, c.med
    sh = c.new_sheet()
    T(sh, 18, 16, h["name"].upper(), f=LSAN_B, pt=11)
    T(sh, 18, 22, "International Office", f=LSAN, pt=9, col=G1)
    T(sh, 18, 36, "ACCEPTATIEFORMULIER BUITENLANDSE PATIËNT", f=LSAN_B, pt=12.5)
    y = 50.0
    payer = f"{c.payer.given_names} {c.payer.surname} (garantsteller)" if c.payer else "patiënt"
    for q, a in [
        ("Naam patiënt", nm(c)),
        ("Geboortedatum", c.dfmt(c.p.birth_date)),
        ("Behandeling", m.get("tx_short", "")),
        ("Afdeling", m.get("spec", "")),
        ("Kan de instelling de behandeling geven?", "JA"),
        ("Is de instelling bereid de behandeling te geven?", "JA"),
        ("Kostenraming per jaar", eur(m.get("cost", 20000))),
        ("Betaler", payer),
    ]:
        T(sh, 18, y, q, f=LSAN, pt=9.5)
        ln(sh, 104, y + 4.6, 192, y + 4.6, lw=0.2, col=G2)
        T(sh, 105, y + 0.4, a[:44], f=FMONO, pt=10)
        y += 10
    T(sh, 118, y + 10, f"Datum: {dn(before(c, rng, 4, 40), '.')}", f=FMONO, pt=10)
    stamp(
        sh,
        116,
        y + 18,
        [h.get("short", "")[:14].upper(), "INTERNATIONAL OFFICE"],
        rng,
        shape="rect",
        col=ST_V,
        mm=38,
    )
    sign(sh, 124, y + 22, rng, col=PEN_K)
    return [aged(sh, (248, 242, 224), 0.25)]


_r(
    "medstat-specialist-gothic-vraag-antwoord-53",
    "medical-statement",
    "nl",
    med_letter,
    "specialist's letter answering the IND's questions",
)
_r("medstat-en-medical-report-caladea-53", "medical-statement", "en", med_en, "English medical report")
_r(
    "care-bereidverklaring-carlito-grijze-tabel-53",
    "care-institution-statement",
    "nl",
    care_letter,
    "hospital's statement of willingness to treat",
)
_r(
    "care-acceptatieformulier-schrijfmachine-53",
    "care-institution-statement",
    "nl",
    care_form,
    "international office's acceptance form, typewritten",
)


# =========================================================================== health insurance


def polis(c: Case, rng: random.Random, **_):
    """A Dutch health insurer's policy schedule ('Polisblad zorgverzekering 2026') in FreeSans: the insurer's name
    in its colour with a thin full-width rule in the same colour, the policyholder's address block in the envelope
    window at the LEFT, the policy number and relation number at the RIGHT, the insured persons in a table (name,
    date of birth, basic cover, supplementary cover, own risk), the period of cover line and the UZOVI number in the
    footer."""
    ins = c.insurer_nl
    col = ins.get("color", (0, 100, 100))
    sh = c.new_sheet()
    Wd = sh.width_mm
    T(sh, 18, 14, ins["name"], f=FSAN_B, pt=13, col=col)
    ln(sh, 18, 21, Wd - 18, 21, lw=0.5, col=col)
    a1, a2 = home(c)
    for j, t in enumerate([nm(c), a1, a2]):
        T(sh, 22, 46 + j * 5, t, f=FSAN, pt=10)
    pol = f"{ins.get('uzovi', '3300')}-{digits(random.Random(c.rng_seed), 8)}"
    for j, (a, v) in enumerate(
        [
            ("Polisnummer", pol),
            ("Relatienummer", digits(random.Random(c.rng_seed + 3), 9)),
            ("Datum", dn(D(2026, 1, 2))),
        ]
    ):
        T(sh, 130, 46 + j * 5, a, f=FSAN, pt=8.5, col=G1)
        T(sh, 160, 46 + j * 5, v, f=FSAN, pt=8.5)
    T(sh, 18, 78, "Polisblad zorgverzekering 2026", f=FSAN_B, pt=14)
    y = 90.0
    heads = ["Verzekerde", "Geboortedatum", "Basisverzekering", "Aanvullend", "Eigen risico"]
    xs = [18, 66, 96, 136, 166]
    frame(sh, 18, y, Wd - 36, 7, lw=0, fill=(232, 240, 240))
    for x, t in zip(xs, heads):
        T(sh, x + 1, y + 1.5, t, f=FSAN_B, pt=8.5)
    y += 9
    for x, t in zip(
        xs,
        [
            f"{c.p.given_names} {c.p.surname}"[:28],
            dn(c.p.birth_date),
            "Natura Basis",
            "Extra Zorg 2",
            "€ 385",
        ],
    ):
        T(sh, x + 1, y, t, f=FSAN, pt=9)
    y += 12
    P(
        sh,
        18,
        y,
        Wd - 36,
        f"Looptijd: 1 januari 2026 tot en met 31 december 2026; de verzekering wordt daarna "
        f"stilzwijgend verlengd. De basisverzekering dekt de medisch noodzakelijke zorg volgens de Zorgverzekeringswet, "
        f"waaronder {c.med.get('tx_short', 'de behandeling')}.",
        f=FSAN,
        pt=9.5,
        lead=1.4,
    )
    T(
        sh,
        18,
        sh.height_mm - 26,
        f"{ins['name']} · {ins.get('post', '')} · UZOVI {ins.get('uzovi', '')}",
        f=FSAN,
        pt=7.5,
        col=G2,
    )
    return [sh]


def intl_cert(c: Case, rng: random.Random, **_):
    """An international insurer's 'CERTIFICATE OF COVER' in Liberation Serif: a colour panel down the LEFT third
    holding the insurer's short name vertically and its address at the foot, the certificate on the right two
    thirds with the insured's data as label-value lines, the plan, the period and the explicit sentence that
    in-patient and out-patient treatment in the Netherlands is covered, the underwriting manager's signature and the
    date at the bottom."""
    ins = c.insurer_intl
    col = ins.get("color", (0, 60, 120))
    sh = c.new_sheet()
    Wd, Hd = sh.width_mm, sh.height_mm
    frame(sh, 0, 0, 62, Hd, lw=0, fill=col)
    T(sh, 8, 20, ins.get("short", "")[:14], f=LSER_B, pt=18, col=(255, 255, 255))
    T(sh, 8, 30, "International Health", f=LSER_I, pt=10, col=(255, 255, 255))
    P(sh, 8, Hd - 40, 48, ins.get("addr", ""), f=LSER, pt=8, col=(255, 255, 255))
    x = 72.0
    T(sh, x, 22, "CERTIFICATE OF COVER", f=LSER_B, pt=16)
    y = 40.0
    start = D(2026, 1, 1)
    for a, v in [
        ("Insured", f"{c.p.given_names} {c.p.surname}"),
        ("Date of birth", _ind.d_en(c.p.birth_date)),
        ("Policy number", f"{ins.get('short', 'X')[:3].upper()}-{digits(random.Random(c.rng_seed), 7)}"),
        ("Plan", ins.get("plan", "")),
        ("Period", f"{_ind.d_en(start)} - {_ind.d_en(D(2027, 12, 31))}"),
        ("Area of cover", "Worldwide including the Netherlands"),
    ]:
        T(sh, x, y, a, f=LSER, pt=9.5, col=G1)
        T(sh, x + 36, y, v[:44], f=LSER_B, pt=10)
        y += 7
    y = P(
        sh,
        x,
        y + 6,
        Wd - x - 14,
        f"We confirm that the insured is covered for medically necessary in-patient "
        f"and out-patient treatment in the Netherlands, including {c.med.get('tx_en', 'the treatment')[:90]}, "
        "without a waiting period and without exclusion of pre-existing conditions.",
        f=LSER,
        pt=10.5,
        al="justify",
        lead=1.4,
    )
    T(sh, x, y + 10, _ind.d_en(before(c, rng, 8, 50)), f=LSER, pt=10)
    sign(sh, x, y + 16, rng, col=PEN_K)
    T(sh, x, y + 33, "Underwriting Manager", f=LSER, pt=9.5)
    return [sh]


CERT = "intl-certificate-kleurpaneel-links-serif-53"
_r("polisblad-freesans-verzekerdentabel-venster-53", "health-insurance", "nl", polis, "Dutch policy schedule")
_r(CERT, "health-insurance", "en", intl_cert, "international insurer's certificate of cover")


# =========================================================================== civic integration


def _exam(c: Case) -> D:
    return c.sub - dt.timedelta(days=150 + h32("ex53", c.rng_seed) % 650)


def duo_diploma(c: Case, rng: random.Random, **_):
    """The civic-integration diploma on A4 PORTRAIT: a broad orange band across the top third with the Dutch lion
    drawn as a small crowned shield in white, 'DIPLOMA INBURGERING' in spaced capitals under it, the holder's name in
    Century Schoolbook italics on a centred line, the level 'B1' in a circle at the RIGHT, the date and DUO's
    signature at the bottom LEFT, the diploma number in red at the bottom RIGHT; photographed slightly turned."""
    sh = c.new_sheet()
    Wd = sh.width_mm
    frame(sh, 0, 0, Wd, 90, lw=0, fill=(236, 120, 30))
    frame(sh, Wd / 2 - 8, 20, 16, 20, lw=0.8, col=(255, 255, 255))
    T(sh, Wd / 2, 25, "NL", f=CENT_B, pt=14, at="center", col=(255, 255, 255))
    T(sh, Wd / 2, 60, "DIPLOMA INBURGERING", f=CENT_B, pt=22, at="center", col=(255, 255, 255), sp=2.0)
    T(sh, Wd / 2, 112, "De Dienst Uitvoering Onderwijs verklaart dat", f=CENT, pt=12, at="center")
    T(sh, Wd / 2, 128, f"{c.p.given_names} {c.p.surname}", f=CENT_I, pt=20, at="center")
    ln(sh, 40, 139, Wd - 40, 139, lw=0.3)
    T(sh, Wd / 2, 144, f"geboren op {dl(c.p.birth_date)}", f=CENT, pt=11, at="center")
    P(
        sh,
        30,
        160,
        Wd - 60,
        "met goed gevolg het inburgeringsexamen heeft afgelegd, bestaande uit de onderdelen "
        "lezen, luisteren, schrijven, spreken, kennis van de Nederlandse maatschappij en oriëntatie op de "
        "Nederlandse arbeidsmarkt.",
        f=CENT,
        pt=11,
        al="center",
        lead=1.5,
    )
    frame(sh, Wd - 52, 196, 22, 22, lw=0.8, col=(236, 120, 30))
    T(sh, Wd - 41, 202, "B1", f=CENT_B, pt=16, at="center", col=(236, 120, 30))
    T(sh, 24, 236, f"Groningen, {dl(_exam(c))}", f=CENT, pt=10.5)
    sign(sh, 24, 242, rng, col=PEN_K)
    T(sh, 24, 260, "namens de minister, DUO", f=CENT, pt=9.5)
    T(
        sh,
        Wd - 20,
        262,
        f"Nr. {h32('dip53', c.rng_seed) % 10**8:08d}",
        f=CENT_B,
        pt=10,
        at="right",
        col=(170, 30, 40),
    )
    img = raster(sh, 170).rotate(1.2, expand=False, fillcolor=(60, 56, 52))
    return [as_sheet(img, Wd, sh.height_mm)]


def duo_exemption(c: Case, rng: random.Random, **_):
    """DUO's decision 'Besluit ontheffing inburgeringsplicht' as a letter in Carlito: DUO's address in a narrow
    column at the RIGHT, the addressee at the LEFT, a reference table with 'Datum', 'Kenmerk' and 'Onderwerp', the
    decision stated in the first paragraph in bold, the grounds as bullet points, the objection clause in a thin
    frame at the foot."""
    sh = c.new_sheet()
    for j, t in enumerate(["DUO", "Dienst Uitvoering Onderwijs", "Postbus 30205", "2500 GE Den Haag"]):
        T(sh, 192, 16 + j * 4.5, t, f=CARL_B if j == 0 else CARL, pt=9, at="right")
    a1, a2 = home(c)
    for j, t in enumerate([nm(c), a1, a2]):
        T(sh, 20, 44 + j * 5, t, f=CARL, pt=10.5)
    for j, (a, v) in enumerate(
        [
            ("Datum", dl(_exam(c))),
            ("Kenmerk", f"ONT-{h32('on53', c.rng_seed) % 10**7:07d}"),
            ("Onderwerp", "Besluit ontheffing inburgeringsplicht"),
        ]
    ):
        T(sh, 20 + j * 56, 70, a, f=CARL, pt=8, col=G1)
        T(sh, 20 + j * 56, 74.5, v, f=CARL, pt=9.5)
    T(sh, 20, 88, "Geachte heer, mevrouw,", f=CARL, pt=10.5)
    y = (
        P(
            sh,
            20,
            96,
            170,
            "U krijgt ontheffing van de inburgeringsplicht. U hoeft het inburgeringsexamen niet te doen.",
            f=CARL_B,
            pt=10.5,
        )
        + 3
    )
    for s in [
        "Een onafhankelijk arts heeft u onderzocht.",
        "Uit zijn advies blijkt dat u door een blijvende medische beperking niet in staat bent het examen te "
        "halen.",
        "Daarom geven wij u ontheffing op grond van de Wet inburgering.",
    ]:
        T(sh, 22, y, "•", f=CARL, pt=10.5)
        y = P(sh, 27, y, 163, s, f=CARL, pt=10.5) + 1.5
    T(sh, 20, y + 8, "Met vriendelijke groet,", f=CARL, pt=10.5)
    T(sh, 20, y + 14, "Dienst Uitvoering Onderwijs", f=CARL, pt=10.5)
    frame(sh, 20, 246, 170, 14, lw=0.25, col=G2)
    P(
        sh,
        23,
        248,
        164,
        "Bent u het niet eens met dit besluit? Dan kunt u binnen 6 weken bezwaar maken.",
        f=CARL,
        pt=8.5,
    )
    return [sh]


def duo_results(c: Case, rng: random.Random, *, failed: bool = False, **_):
    """DUO's letter 'Uitslag inburgeringsexamen' in DejaVu Sans: the addressee at the LEFT, a one-line intro, then
    a table with the columns 'Examenonderdeel', 'Datum', 'Uitslag' where each result reads 'voldoende' or
    'onvoldoende', a closing line on what to do next; DUO's logo text at the top RIGHT."""
    sh = c.new_sheet()
    T(sh, 192, 16, "DUO", f=DJV_B, pt=16, at="right", col=(20, 60, 120))
    a1, a2 = home(c)
    for j, t in enumerate([nm(c), a1, a2]):
        T(sh, 20, 42 + j * 5, t, f=DJV, pt=10)
    T(sh, 20, 70, "Uitslag inburgeringsexamen", f=DJV_B, pt=13)
    T(
        sh,
        20,
        80,
        f"Hierbij ontvangt u de uitslag van uw examens, afgelegd tot en met {dl(_exam(c))}.",
        f=DJV,
        pt=9.5,
    )
    parts = [
        "Lezen",
        "Luisteren",
        "Schrijven",
        "Spreken",
        "Kennis Nederlandse Maatschappij",
        "Oriëntatie Nederlandse Arbeidsmarkt",
    ]
    bad = h32("bad53", c.rng_seed) % 6 if failed else None
    y = 92.0
    frame(sh, 20, y, 170, 7, lw=0, fill=(226, 232, 242))
    for x, t in [(22, "Examenonderdeel"), (116, "Datum"), (152, "Uitslag")]:
        T(sh, x, y + 1.5, t, f=DJV_B, pt=9)
    y += 9
    for j, p_ in enumerate(parts):
        T(sh, 22, y, p_, f=DJV, pt=9.5)
        T(sh, 116, y, dn(_exam(c) - dt.timedelta(days=12 * j)), f=DJV, pt=9.5)
        T(sh, 152, y, "onvoldoende" if j == bad else "voldoende", f=DJV_B if j == bad else DJV, pt=9.5)
        ln(sh, 20, y + 5.5, 190, y + 5.5, lw=0.15, col=G3)
        y += 8
    P(
        sh,
        20,
        y + 8,
        170,
        "U heeft een onderdeel niet gehaald. U kunt zich opnieuw aanmelden voor dit onderdeel."
        if failed
        else "U heeft alle onderdelen gehaald. Uw diploma ontvangt u binnenkort.",
        f=DJV,
        pt=9.5,
    )
    return [sh]


CIVIC = [
    ("duo-diploma-staand-oranje-band-naam-cursief-b1-cirkel-53", "diploma"),
    ("duo-ontheffing-brief-carlito-opsommingstekens-bezwaarkader-53", "exemption"),
    ("duo-uitslag-brief-tabel-voldoende-onvoldoende-53", "results"),
]
_r(CIVIC[0][0], "civic-integration", "nl", duo_diploma, "portrait civic-integration diploma")
_r(CIVIC[1][0], "civic-integration", "nl", duo_exemption, "DUO exemption decision")
_r(CIVIC[2][0], "civic-integration", "nl", duo_results, "DUO results letter")


# =========================================================================== other: cover letter, IND letters, MVV

GRONDEN = [
    "cliënt houdt zich in Nederland op;",
    "over de identiteit en nationaliteit van cliënt bestaat geen twijfel, ook niet bij de autoriteiten van het land "
    "van herkomst;",
    "cliënt kan alleen een (nieuw) paspoort krijgen door zelf naar het land van herkomst te reizen;",
    "als de medische behandeling wordt onderbroken, ontstaat een medische noodsituatie;",
    "de behandeling is in het land van herkomst niet beschikbaar of voor cliënt niet toegankelijk.",
]
AANVRAAG = {
    "ind-medical-treatment": "een verblijfsvergunning regulier voor bepaalde tijd met het doel 'medische behandeling'",
    "ind-hnt-continued": "een verblijfsvergunning asiel/regulier voor onbepaalde tijd wegens voortgezet verblijf",
    "ind-generic": "verlenging van de verblijfsvergunning regulier voor bepaalde tijd",
}


def cover(c: Case, rng: random.Random, *, enclosures: list[str] | None = None, **_):
    """The lawyer's covering letter in Caladea: the firm's name in small spaced capitals at the top RIGHT with a
    short coloured bar under it, the IND's address at the LEFT (window envelope on the left), 'Uw kenmerk: V-nummer'
    and the date on two lines at the RIGHT, the subject in bold, prose body; the passport-exemption grounds (no
    passport) as a list with letters a-e; the enclosures under the heading 'Bijlagen' as a list with dashes; the
    signature with 'advocaat' BELOW the name at the RIGHT."""
    L = c.lawyer or {
        "firm": "Stichting Rechtsbijstand Vreemdelingen",
        "street": "Mariaplaats 3",
        "pc": "3511 LH",
        "city": "Utrecht",
    }
    sh = c.intr(c.new_sheet())
    T(sh, 190, 16, L["firm"].upper(), f=CALA_B, pt=9.5, at="right", sp=0.6)
    frame(sh, 150, 21.5, 40, 1.2, lw=0, fill=(150, 40, 60))
    T(sh, 190, 25, f"{L['street']} · {L['pc']} {L['city']}", f=CALA, pt=8, at="right", col=G1)
    for j, t in enumerate(_ind.IND_ADDRESSES[h32("ad53", c.rng_seed) % len(_ind.IND_ADDRESSES)].split("\n")):
        T(sh, 22, 46 + j * 5, t, f=CALA, pt=10.5)
    T(sh, 190, 72, f"Uw kenmerk: {c.vnr}", f=CALA, pt=10, at="right")
    T(sh, 190, 77, f"{L['city']}, {dl(before(c, rng, 1, 6))}", f=CALA, pt=10, at="right")
    T(sh, 22, 88, f"Inzake: {nm(c)} (V-nummer {c.vnr})", f=CALA_B, pt=10.5)
    y = P(sh, 22, 98, 166, "Geachte heer/mevrouw,", f=CALA, pt=10.5) + 2
    y = (
        P(
            sh,
            22,
            y,
            166,
            f"Namens mijn cliënt vraag ik {AANVRAAG[c.procedure]} aan. Het ingevulde "
            "aanvraagformulier en de bewijsstukken zijn bijgevoegd.",
            f=CALA,
            pt=10.5,
            al="justify",
        )
        + 2
    )
    if c.no_passport:
        y = (
            P(
                sh,
                22,
                y,
                166,
                "Cliënt beschikt niet over een geldig paspoort. Ik verzoek u hem vrijstelling te "
                "verlenen van het paspoortvereiste, omdat:",
                f=CALA,
                pt=10.5,
                al="justify",
            )
            + 1
        )
        for k, j in enumerate(c.exemption_shown):
            y = P(sh, 28, y, 160, f"{'abcde'[k]})  {GRONDEN[j]}", f=CALA, pt=10.5) + 1
        y += 2
    if enclosures:
        T(sh, 22, y, "Bijlagen", f=CALA_B, pt=10.5)
        y += 5.5
        for e in enclosures:
            T(sh, 26, y, f"–  {e}", f=CALA, pt=10)
            y += 5
    y += 6
    T(sh, 118, y, "Hoogachtend,", f=CALA, pt=10.5)
    sign(sh, 118, y + 4, rng)
    T(sh, 118, y + 21, c.lawyer_name or "mr. A. de Wit", f=CALA, pt=10.5)
    T(sh, 118, y + 26, "advocaat", f=CALA, pt=9.5, col=G1)
    return [sh]


def _ind_head(sh: Sheet, c: Case, d: D, subject: str) -> float:
    frame(sh, 100, 0, 10, 26, lw=0, fill=(22, 60, 120))
    T(sh, 114, 14, "Immigratie- en", f=LSAN, pt=9)
    T(sh, 114, 18.5, "Naturalisatiedienst", f=LSAN, pt=9)
    T(sh, 114, 23, "Ministerie van Asiel en Migratie", f=LSAN, pt=7.5, col=G1)
    a1, a2 = home(c)
    for j, t in enumerate([nm(c), a1, a2]):
        T(sh, 20, 50 + j * 5, t, f=LSAN, pt=10)
    for j, (a, v) in enumerate([("Datum", dl(d)), ("Onderwerp", subject), ("V-nummer", c.vnr)]):
        T(sh, 140, 50 + j * 9, a, f=LSAN_B, pt=7.5)
        P(sh, 140, 53.5 + j * 9, 54, v, f=LSAN, pt=8.5)
    return 86.0


def art64(c: Case, rng: random.Random, **_):
    """The IND's decision on postponement of departure (art. 64 Vw) in the Rijkshuisstijl manner: the ribbon
    (a narrow dark-blue block) at the top centre with the service's name to its right, the addressee at the LEFT,
    a reference column at the RIGHT (Datum, Onderwerp, V-nummer), the decision sentence with the period in bold,
    the reasons, 'namens de minister' without a pen signature, the objection clause in small type at the foot."""
    end = c.art64_end or (c.sub + dt.timedelta(days=20))
    start = D(end.year - 1, end.month, min(end.day, 28))
    sh = c.intr(c.new_sheet())
    y = _ind_head(
        sh, c, start - dt.timedelta(days=rng.randint(5, 15)), "Besluit uitstel van vertrek (artikel 64 Vw)"
    )
    y = P(sh, 20, y, 110, "Geachte heer, mevrouw,", f=LSAN, pt=10) + 3
    y = (
        P(
            sh,
            20,
            y,
            110,
            f"U krijgt uitstel van vertrek op grond van artikel 64 van de Vreemdelingenwet 2000 van "
            f"{dl(start)} tot en met {dl(end)}.",
            f=LSAN_B,
            pt=10,
        )
        + 3
    )
    y = (
        P(
            sh,
            20,
            y,
            110,
            "Het Bureau Medische Advisering heeft geadviseerd dat u om medische redenen op dit moment "
            "niet kunt reizen. Gedurende het uitstel van vertrek mag u in Nederland blijven.",
            f=LSAN,
            pt=10,
        )
        + 6
    )
    T(sh, 20, y, "De minister van Asiel en Migratie,", f=LSAN, pt=10)
    T(sh, 20, y + 5, "namens deze,", f=LSAN, pt=10)
    T(sh, 20, y + 10, "de Immigratie- en Naturalisatiedienst", f=LSAN, pt=10)
    P(
        sh,
        20,
        262,
        170,
        "Bent u het niet eens met dit besluit? U kunt binnen vier weken bezwaar maken.",
        f=LSAN,
        pt=7.5,
    )
    return [sh]


def permit_letter(c: Case, rng: random.Random, **_):
    """The IND's decision granting the earlier permit, in the same ribbon frame as the art. 64 decision: the permit's
    particulars in a small two-column table (Verblijfsdoel, Ingangsdatum, Geldigheid), the conditions and the
    objection clause."""
    since = c.since or (c.sub - dt.timedelta(days=900))
    purpose = _ROUTES[_RIDX.get(c.route or "", 1)] if c.route else "verblijf bij partner"
    sh = c.intr(c.new_sheet())
    y = _ind_head(sh, c, since - dt.timedelta(days=rng.randint(0, 10)), "Beslissing op uw aanvraag")
    y = P(sh, 20, y, 110, "Geachte heer, mevrouw,", f=LSAN, pt=10) + 3
    y = (
        P(
            sh,
            20,
            y,
            110,
            "Uw aanvraag voor een verblijfsvergunning regulier voor bepaalde tijd wordt ingewilligd.",
            f=LSAN_B,
            pt=10,
        )
        + 4
    )
    yrs = 1 if purpose.startswith("medische") else 5
    for a, v in [
        ("Verblijfsdoel", purpose),
        ("Ingangsdatum", dl(since)),
        ("Geldigheid", f"{yrs} jaar, tot {dl(D(since.year + yrs, since.month, min(since.day, 28)))}"),
    ]:
        T(sh, 22, y, a, f=LSAN, pt=9.5, col=G1)
        T(sh, 60, y, v, f=LSAN, pt=9.5)
        y += 6
    y = (
        P(
            sh,
            20,
            y + 4,
            110,
            "U moet zich houden aan de voorwaarden die bij dit verblijfsdoel horen. Wijzigingen "
            "geeft u binnen vier weken door aan de IND.",
            f=LSAN,
            pt=10,
        )
        + 6
    )
    T(sh, 20, y, "namens deze, de Immigratie- en Naturalisatiedienst", f=LSAN, pt=10)
    P(
        sh,
        20,
        262,
        170,
        "Bezwaar: binnen vier weken na de dag van bekendmaking van dit besluit.",
        f=LSAN,
        pt=7.5,
    )
    return [sh]


def mvv(c: Case, rng: random.Random, **_):
    """A Surinamese passport's visa page with the Dutch MVV sticker (type D), copied with the passport's data page
    BELOW it on the same A4: the sticker's green-grey ground, the remarks line 'MVV - medische behandeling', its
    own two-line machine-readable zone beginning with 'V', the consulate's round stamp half on the sticker."""
    p = c.p
    pg = Sheet(125, 88)
    frame(pg, 0, 0, 125, 88, lw=0, fill=(244, 244, 238))
    st = Sheet(110, 72)
    frame(st, 0, 0, 110, 72, lw=0, fill=(222, 236, 226))
    T(st, 4, 3, "VISUM  KONINKRIJK DER NEDERLANDEN", f=LSAN_B, pt=7.5, col=(20, 70, 50))
    exp = c.sub - dt.timedelta(days=rng.randint(40, 150))
    iss = exp - dt.timedelta(days=90)
    rows = [
        ("Geldig voor", "SCHENGENSTATEN"),
        ("Van", dn(iss, ".")),
        ("Tot", dn(exp, ".")),
        ("Type", "D"),
        ("Aantal binnenkomsten", "MULT"),
        ("Naam", f"{p.surname.upper()}, {p.given_names.upper()}"),
        ("Opmerkingen", "MVV - MEDISCHE BEHANDELING"),
    ]
    y = 9.0
    for a, v in rows:
        T(st, 4, y, a, f=LSAN, pt=4.4, col=G1)
        T(st, 36, y - 0.4, v[:36], f=LSAN_B, pt=6)
        y += 4.6
    lines = td3(
        issuing="NLD",
        surname=p.surname,
        given=p.given_names,
        number=digits(rng, 9),
        nationality="SUR",
        birth_date=p.birth_date,
        sex=p.sex,
        expiry=exp,
    )
    lines = ["V" + lines[0][1:], lines[1]]
    mrz_block(st, 3, 60, lines, pt=6.6, gap=4.2)
    pg.image(7, 8, 110, 72, raster(st, 300))
    stamp(pg, 80, 46, ["CONSULAAT-GENERAAL", "PARAMARIBO"], rng, col=ST_B, mm=26)
    sh = c.new_sheet()
    from .fiftythird_identity import paste

    bot = paste(pg, sh, 30, 16, k=1.15, deg=rng.uniform(-1, 1))
    T(sh, 30, bot + 4, "visumpagina", f=LSAN, pt=8, col=G2)
    return [sh]


_r("cover-letter-caladea-vensterlinks-letteropsomming-53", "other", "nl", cover, "lawyer's covering letter")
_r("art64-decision-lint-referentiekolom-53", "other", "nl", art64, "IND art. 64 decision")
_r(
    "permit-letter-lint-tabel-geldigheid-53",
    "other",
    "nl",
    permit_letter,
    "IND decision on the earlier permit",
)
_r("mvv-sticker-sur-visumpagina-groen-53", "other", "nl", mvv, "MVV sticker page of a Surinamese passport")


# =========================================================================== the part's IND dossiers


class FiftythirdBuilder(_ind.PartBuilder):
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
            name="Cumberland Gap Health & Accident Insurance Co.",
            short="Cumberland",
            addr="400 West Main Street, Knoxville, TN 37902, USA",
            color=(90, 30, 70),
            logo="square",
            plan="Global Traveler Medical Plus",
        )
        self.compose_med(D_, skip={"insurance"})
        D_.c.__dict__["_ins_name"] = D_.c.insurer_intl["name"]
        D_.c.page_w, D_.c.page_h = LETTER
        doc = D_.add(CERT, kind="digital", label="certificate of cover Cumberland")
        D_.c.page_w, D_.c.page_h = 210.0, 297.0
        D_.plan_files(combine=False)
        f, p = D_.page_of(doc, 0)
        D_.defect = _defect(
            "IND-COPY-A4",
            "certificate of cover of a US insurer produced on US Letter (215.9 x 279.4 mm), not A4",
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
            "only DUO's results letter with one exam part 'onvoldoende': no diploma and no exemption",
        )
        self.finish(D_, clean=False)


DEFECT_PLAN = [
    ("a4", "ind-medical-treatment", "letter-digital"),
    ("a4", "ind-generic", "letter-scan"),
    ("blank", "ind-hnt-continued", "duplex-form"),
    ("blank", "ind-medical-treatment", "one-blank"),
    ("blank", "ind-generic", "duplex-all"),
    ("vnum", "ind-medical-treatment", "missing"),
    ("vnum", "ind-hnt-continued", "other"),
    ("vnum", "ind-generic", "other"),
    ("vnum", "ind-medical-treatment", "missing"),
    ("media", "ind-generic", "mp3"),
    ("media", "ind-medical-treatment", "attach"),
    ("media", "ind-hnt-continued", "js"),
    ("legible", "ind-medical-treatment", "faint"),
    ("legible", "ind-generic", "cut"),
    ("legible", "ind-hnt-continued", "72dpi"),
    ("translation", "ind-hnt-continued", "tr"),
    ("translation", "ind-generic", "es"),
    ("meddocs", "ind-medical-treatment", "medical"),
    ("meddocs", "ind-medical-treatment", "care"),
    ("meddocs", "ind-medical-treatment", "insurance"),
    ("meddocs", "ind-medical-treatment", "income"),
    ("exemption", "ind-medical-treatment", (1, 2, 4)),
    ("exemption", "ind-medical-treatment", (0, 3)),
    ("art64", "ind-medical-treatment", -36),
    ("art64", "ind-medical-treatment", 31),
    ("duration", "ind-hnt-continued", "relationship"),
    ("duration", "ind-hnt-continued", "medical-treatment"),
    ("duration", "ind-hnt-continued", "domestic-violence"),
    ("continues", "ind-hnt-continued", "short"),
    ("continues", "ind-hnt-continued", "missing"),
    ("inburg", "ind-hnt-continued", "failed"),
    ("inburg", "ind-hnt-continued", "missing"),
    ("idsuff", "ind-hnt-continued", "permit-only"),
    ("idsuff", "ind-hnt-continued", "none"),
    ("mrz", "ind-medical-treatment", "name"),
    ("mrz", "ind-hnt-continued", "check"),
    ("expired", "ind-medical-treatment", None),
    ("expired", "ind-hnt-continued", None),
    ("suriname", "ind-medical-treatment", None),
    ("suriname", "ind-medical-treatment", None),
]

CLEAN_PLAN = dict(
    med=[None, -9, None, None, 27, None, -28, None, None, 4],
    hnt=[
        ("relationship", 40, "diploma", False),
        ("medical-treatment", 70, None, True),
        ("parent", 30, None, False),
        ("relationship", 110, "exemption", False),
        ("buiten-schuld", 55, None, True),
        ("domestic-violence", 20, None, False),
        ("medical-treatment-after-art64", 45, None, False),
        ("trafficking-victim", 100, None, False),
        ("relationship", 12, "exemption", True),
        ("trafficking-victim-no-report", 60, None, False),
    ],
    gen=[True, False, False, True],
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
    b = FiftythirdBuilder(PART, Path(out_root))
    getattr(b, method)(*a, **kw)
    return b.truths, b.skipped


def build_part(out_root: Path, *, jobs: int | None = None) -> list[dict]:
    """Write every IND dossier of this part under out_root/fiftythird/ and return their truth dicts (each dossier
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
