"""IND families of the `fiftyfirst` part (registered in ind.FAMILIES), and the builder of its IND dossiers.

Written by a writer who saw neither the validator nor its output, from the seeds (000, 001, 002), rules.md and how
such papers look in Dutch files.  Each family's layout, wording and copy habit is described in its function's
docstring only (the part is read blind).

The IND dossiers of this part follow ind's generic dossier plans (ind.PartBuilder).  The places where
ind.PartBuilder names one family per part (the civic-integration papers, the US-Letter insurance certificate and the
failed results) are answered by FiftyfirstBuilder below, which also lets the generic plans' Turkish-language birth act
be this part's Uzbek one and keeps the Spanish-language act its Honduran one; the part's clean and defect plans are
CLEAN_PLAN and DEFECT_PLAN here, so ind itself is not changed.  Its IND applicants come from Honduras, Uzbekistan and
Kyrgyzstan; the 9ter countries' applicants are 9ter only and a Surinamese applicant appears only where the
Surinamese rule needs one (ind.IND_ORIGIN_SKIP gets this part's own key).
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from . import ind as _ind
from .fiftyfirst_identity import (
    C059,
    C059_B,
    CALA,
    CALA_B,
    CARL,
    CARL_B,
    CPRIME,
    DVS,
    DVS_B,
    FSANS,
    FSANS_B,
    G1,
    G2,
    G3,
    GOTHB,
    GOTHD,
    HAND_A,
    HAND_C,
    LSANS,
    LSANS_B,
    NARROW,
    NARROW_B,
    P052,
    P052_B,
    PEN_BLACK,
    ST_BLUE,
    ST_VIOLET,
    BOX,
    HW,
    LINE,
    PAR,
    SIGN,
    STAMP,
    T,
    hsh,
    mrz_block,
)
from .ind import LETTER, Case, _defect
from .mrz import td3
from .paper import Sheet

PART = "fiftyfirst"
D = dt.date

_ind.IND_ORIGIN_SKIP.setdefault(PART, {"SUR", "SWZ", "BOL", "KHM"})


def _r(id_: str, type_: str, lang: str, fn, notes: str, **bound) -> None:
    _ind._reg(id_, type_, PART, lang, fn, notes, **bound)


MNL = [
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


def dnl(d: D) -> str:
    return f"{d.day} {MNL[d.month - 1]} {d.year}"


def dnum(d: D, sep="-") -> str:
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def eur(x: float) -> str:
    s = f"{x:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return f"€ {s}"


def before(c: Case, rng: random.Random, lo=3, hi=30) -> D:
    return _ind.workday_before(c.sub, rng.randint(lo, hi))


def addr2(c: Case) -> tuple[str, str]:
    a = c.p.address
    if a is None:
        return ("", "")
    return _ind.addr_lines(a)


def who(c: Case) -> str:
    return c.name()


def natnl(c: Case) -> str:
    return _ind.nat_nl(c.p)


# =========================================================================== application forms


class Form:
    """This part's IND form design: a thin black frame around each page, the title at the top LEFT in bold
    Carlito with the form number in a grey pill at the top RIGHT, questions as numbered rows with the answer
    printed (or handwritten) on a light grey strip under each question, tick boxes as small squares."""

    def __init__(self, c: Case, rng: random.Random, code: str, title: str):
        self.c, self.rng, self.code, self.title = c, rng, code, title
        self.sheets: list[Sheet] = []
        self.n = 0
        self.hand = c.fill == "hand"
        self.page()

    def page(self):
        sh = self.c.new_sheet()
        self.sheets.append(sh)
        BOX(sh, 10, 10, 190, 277, lw=0.5)
        T(sh, 14, 14, self.title, f=CARL_B, pt=13)
        sh.rect(160, 13, 36, 7, width_mm=0, fill=(220, 220, 224))
        T(sh, 178, 14.3, self.code, f=CARL_B, pt=9.5, at="center")
        T(sh, 14, 21, "Immigratie- en Naturalisatiedienst", f=CARL, pt=9, col=G1)
        self.sh, self.y = sh, 32.0

    def need(self, h):
        if self.y + h > 270:
            self.page()

    def q(self, text: str, val: str):
        self.need(15)
        self.n += 1
        T(self.sh, 14, self.y, f"{self.n}.", f=CARL_B, pt=9.5)
        T(self.sh, 22, self.y, text, f=CARL, pt=9.5)
        self.sh.rect(22, self.y + 5, 172, 7, width_mm=0, fill=(238, 238, 240))
        if val:
            if self.hand:
                HW(self.sh, 24, self.y + 3.6, val[:70], self.rng, f=HAND_A, pt=12)
            else:
                T(self.sh, 24, self.y + 6.3, val[:95], f=CPRIME, pt=9.5)
        self.y += 15

    def tick(self, text: str, opts: list[str], chosen: int | None):
        self.need(8 + 6 * len(opts))
        self.n += 1
        T(self.sh, 14, self.y, f"{self.n}.", f=CARL_B, pt=9.5)
        T(self.sh, 22, self.y, text, f=CARL, pt=9.5)
        self.y += 6
        for j, o in enumerate(opts):
            BOX(self.sh, 24, self.y, 3.6, 3.6, lw=0.3)
            if chosen == j:
                HW(self.sh, 23.6, self.y - 2.4, "x", self.rng, f=HAND_C, pt=12) if self.hand else T(
                    self.sh, 24.5, self.y - 0.5, "X", f=CARL_B, pt=10
                )
            T(self.sh, 30, self.y - 0.2, o, f=CARL, pt=9.5)
            self.y += 6
        self.y += 3

    def person(self):
        c = self.c
        a1, a2 = addr2(c)
        self.q("Achternaam (zoals in paspoort)", c.p.surname.upper())
        self.q("Voornamen", c.p.given_names)
        self.q("Geboortedatum", c.dfmt(c.p.birth_date))
        self.q("Geboorteplaats en -land", f"{c.p.birth_place}, {_ind.country_nl(c.p)}")
        self.q("Nationaliteit", natnl(c))
        self.q("V-nummer", c.vnr)
        self.q("Adres in Nederland", f"{a1}, {a2}")

    def sign(self):
        c = self.c
        self.need(40)
        T(self.sh, 14, self.y, "Ondertekening", f=CARL_B, pt=11)
        self.y += 6
        PAR(
            self.sh,
            14,
            self.y,
            180,
            "Ik verklaar dat ik dit formulier naar waarheid heb ingevuld.",
            f=CARL,
            pt=9.5,
        )
        self.y += 8
        T(
            self.sh,
            14,
            self.y,
            f"Plaats en datum: {addr2(c)[1].split()[-1] if addr2(c)[1] else ''}, "
            f"{c.dfmt(before(c, self.rng, 2, 12))}",
            f=CARL,
            pt=9.5,
        )
        BOX(self.sh, 110, self.y - 2, 84, 24, lw=0.3)
        T(self.sh, 112, self.y - 1, "Handtekening aanvrager", f=CARL, pt=7.5, col=G1)
        SIGN(self.sh, 118, self.y + 3, self.rng)
        self.y += 28

    def done(self) -> list[Sheet]:
        n = len(self.sheets)
        for i, s in enumerate(self.sheets):
            T(s, 196, 282, f"pagina {i + 1} van {n}", f=CARL, pt=7.5, at="right", col=G2)
        return self.sheets


def form_med(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """Application for residence for medical treatment in this part's form design."""
    F = Form(c, rng, "MED 2026", "Aanvraag verblijfsvergunning medische behandeling")
    F.person()
    F.q("Welke behandeling heeft u nodig?", c.med.get("tx_short", ""))
    F.q("Naam van de zorginstelling", c.hospital.get("name", ""))
    F.tick(
        "Wie betaalt de kosten van de behandeling en het verblijf?",
        ["Ikzelf", "Een garantsteller (vul de verklaring garantsteller in)"],
        1 if c.payer else 0,
    )
    F.tick(
        "Heeft u een geldig paspoort?",
        ["Ja (kopie bijgevoegd)", "Nee, ik doe een beroep op vrijstelling"],
        1 if c.no_passport else 0,
    )
    if c.art64_end:
        F.q("Einddatum uitstel van vertrek (art. 64 Vw)", c.dfmt(c.art64_end))
    F.sign()
    return F.done()


def form_7027(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """Form 7027 (continued residence, humanitarian non-temporary) in this part's form design."""
    F = Form(c, rng, "7027", "Aanvraag voortgezet verblijf")
    F.person()
    purposes = [
        "medische behandeling",
        "verblijf bij partner",
        "verblijf bij ouder",
        "slachtoffer mensenhandel",
        "slachtoffer huiselijk geweld",
        "buiten schuld",
    ]
    rmap = {
        "medical-treatment": 0,
        "medical-treatment-after-art64": 0,
        "relationship": 1,
        "parent": 2,
        "trafficking-victim": 3,
        "trafficking-victim-no-report": 3,
        "domestic-violence": 4,
        "buiten-schuld": 5,
    }
    F.tick("Met welk verblijfsdoel had u een verblijfsvergunning?", purposes, rmap.get(c.route or "", 0))
    F.q("Sinds wanneer heeft u die verblijfsvergunning?", c.dfmt(c.since) if c.since else "")
    if c.route == "relationship":
        F.tick(
            "Inburgering",
            ["Ik heb het inburgeringsdiploma", "Ik heb ontheffing of vrijstelling"],
            1 if c.inburgering == "exemption" else 0,
        )
    F.sign()
    return F.done()


def form_generic(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """Application to extend a regular fixed-term residence permit in this part's form design."""
    F = Form(c, rng, "VERL", "Aanvraag verlenging verblijfsvergunning regulier")
    F.person()
    F.q(
        "Verblijfsdoel",
        rng.choice(["verblijf bij partner", "arbeid in loondienst", "verblijf bij familielid"]),
    )
    F.q("Huidige verblijfsvergunning geldig tot", c.dfmt(c.sub + dt.timedelta(days=rng.randint(20, 80))))
    F.sign()
    return F.done()


_r(
    "ind-form-med-zwart-kader-grijze-pil-antwoordstroken-51",
    "application",
    "nl",
    form_med,
    "medical-treatment form with grey answer strips",
)
_r(
    "ind-form-7027-zwart-kader-grijze-pil-antwoordstroken-51",
    "application",
    "nl",
    form_7027,
    "form 7027 in the same design",
)
_r(
    "ind-form-generic-zwart-kader-grijze-pil-antwoordstroken-51",
    "application",
    "nl",
    form_generic,
    "extension form in the same design",
)


# =========================================================================== income


def earner(c: Case):
    return c.payer or c.p


def gross(c: Case) -> float:
    return 2600 + (hsh("gross51", c.rng_seed) % 2400)


def guarantor(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The guarantor's filled-in declaration ('Verklaring garantstelling') on a plain sheet: the guarantor's
    particulars in a boxed list at the top, the undertaking in three numbered sentences, signature at the bottom
    LEFT and the municipality's legalisation stamp at the RIGHT."""
    g = earner(c)
    sh = c.new_sheet()
    T(sh, 18, 18, "Verklaring garantstelling", f=P052_B, pt=16)
    T(sh, 18, 26, "bij een aanvraag voor verblijf voor medische behandeling", f=P052, pt=10, col=G1)
    rows = [
        ("Naam garantsteller", f"{g.given_names} {g.surname}"),
        ("Geboortedatum", c.dfmt(g.birth_date)),
        ("Relatie tot aanvrager", c.payer_relation or "-"),
        ("Aanvrager", f"{c.p.given_names} {c.p.surname}, V-nummer {c.vnr}"),
        ("Bruto maandinkomen", eur(gross(c))),
    ]
    BOX(sh, 18, 34, 174, 8 * len(rows) + 4, lw=0.4)
    for j, (a, v) in enumerate(rows):
        T(sh, 21, 37 + j * 8, a, f=P052, pt=10, col=G1)
        T(sh, 80, 37 + j * 8, v, f=P052_B, pt=10)
    y = 34 + 8 * len(rows) + 12
    for j, s in enumerate(
        [
            "Ik sta garant voor de kosten van levensonderhoud, huisvesting en de medische "
            "behandeling van de aanvrager gedurende diens verblijf in Nederland.",
            "Ik weet dat de overheid de kosten die zij voor de aanvrager maakt op mij kan verhalen.",
            "Mijn inkomen is duurzaam en ik voeg bewijs daarvan bij.",
        ],
        1,
    ):
        y = PAR(sh, 18, y, 174, f"{j}. {s}", f=P052, pt=10.5) + 3
    T(sh, 18, y + 8, f"Datum: {c.dfmt(before(c, rng, 5, 30))}", f=P052, pt=10.5)
    SIGN(sh, 18, y + 14, rng)
    STAMP(
        sh,
        150,
        y + 16,
        ["GEMEENTE", "HANDTEKENING GELEGALISEERD", dnum(before(c, rng, 3, 20), ".")],
        rng,
        shape="rect",
        col=ST_BLUE,
        mm=44,
    )
    return [sh]


def payslip(c: Case, rng: random.Random, *, month: int = 11, **_) -> list[Sheet]:
    """A monthly payslip from the employer's own payroll: the company in the top LEFT corner, a black band with
    'LOONSTROOK' and the period, employee data in a framed grid, earnings and deductions as two columns of lines
    with amounts aligned at the RIGHT, net pay in a bold framed box at the bottom RIGHT."""
    e = c.employer
    g = earner(c)
    br = gross(c)
    lh = round(br * 0.19, 2)
    sh = c.new_sheet()
    W_ = sh.width_mm
    T(sh, 16, 14, e["name"], f=NARROW_B, pt=12)
    T(sh, 16, 19.5, f"{e['street']}, {e['pc']} {e['city']}", f=NARROW, pt=9, col=G1)
    sh.rect(16, 28, W_ - 32, 8, width_mm=0, fill=(20, 20, 20))
    T(sh, 18, 29.6, f"LOONSTROOK  {MNL[month - 1].upper()} 2026", f=NARROW_B, pt=11, col=(255, 255, 255))
    grid = [
        ("Werknemer", f"{g.given_names} {g.surname}"),
        ("Functie", rng.choice(e.get("func", ["Medewerker"]))),
        ("In dienst sinds", c.dfmt(D(2019 + rng.randint(0, 5), rng.randint(1, 12), 1))),
        ("Loonheffingskorting", "ja"),
        ("CAO", e.get("cao", "-")),
    ]
    for j, (a, v) in enumerate(grid):
        BOX(sh, 16, 40 + j * 7, W_ - 32, 7, lw=0.2)
        T(sh, 18, 41.6 + j * 7, a, f=NARROW, pt=9, col=G1)
        T(sh, 70, 41.6 + j * 7, v, f=NARROW_B, pt=9.5)
    y = 82
    lines = [
        ("Salaris", br, ""),
        ("Vakantiegeld reservering", round(br * 0.08, 2), ""),
        ("Loonheffing", "", lh),
        ("Pensioenpremie werknemer", "", round(br * 0.055, 2)),
    ]
    T(sh, 18, y, "Omschrijving", f=NARROW_B, pt=9.5)
    T(sh, W_ - 60, y, "Bij", f=NARROW_B, pt=9.5, at="right")
    T(sh, W_ - 20, y, "Af", f=NARROW_B, pt=9.5, at="right")
    y += 7
    for a, b, cc in lines:
        T(sh, 18, y, a, f=NARROW, pt=9.5)
        if b != "":
            T(sh, W_ - 60, y, eur(b), f=NARROW, pt=9.5, at="right")
        if cc != "":
            T(sh, W_ - 20, y, eur(cc), f=NARROW, pt=9.5, at="right")
        y += 6
    net = br - lh - round(br * 0.055, 2)
    BOX(sh, W_ - 80, y + 8, 62, 12, lw=0.6)
    T(sh, W_ - 78, y + 11, "NETTO", f=NARROW_B, pt=11)
    T(sh, W_ - 21, y + 11, eur(net), f=NARROW_B, pt=11, at="right")
    return [sh]


def bank(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A one-month account statement printed from internet banking: the bank's name in its colour at the top
    RIGHT, the account holder and IBAN at the LEFT, transactions in a table with thin grey rules (date, description,
    amount with +/-), the salary credit among them, the closing balance bolded."""
    b = c.bank
    g = earner(c)
    sh = c.new_sheet()
    T(sh, 194, 14, b["name"], f=FSANS_B, pt=13, at="right", col=(0, 90, 80))
    iban = _ind.iban_nl(random.Random(hsh("iban51", c.rng_seed)), b["code"])
    T(sh, 16, 16, f"{g.given_names} {g.surname}", f=FSANS_B, pt=10.5)
    T(sh, 16, 22, f"Rekening {_ind.iban_fmt(iban)}", f=FSANS, pt=10)
    T(sh, 16, 34, "Rekeningafschrift november 2026", f=FSANS_B, pt=13)
    rows = [
        (D(2026, 11, 1), "Huur Woonstichting", -rng.randint(650, 980)),
        (D(2026, 11, 3), "Albert Heijn", -rng.randint(30, 90)),
        (D(2026, 11, 24), f"Salaris {c.employer['name'][:28]}", round(gross(c) * 0.74, 2)),
        (D(2026, 11, 26), "Zorgverzekering premie", -rng.randint(140, 170)),
        (D(2026, 11, 28), "NS Reizigers", -rng.randint(10, 60)),
    ]
    y = 46
    bal = float(rng.randint(200, 2000))
    for d_, s, amt in rows:
        bal += amt
        T(sh, 16, y, dnum(d_), f=FSANS, pt=9.5)
        T(sh, 42, y, s, f=FSANS, pt=9.5)
        T(sh, 194, y, ("+" if amt > 0 else "-") + eur(abs(amt))[2:], f=FSANS, pt=9.5, at="right")
        LINE(sh, 16, y + 5.5, 194, y + 5.5, col=G3)
        y += 8
    T(sh, 16, y + 6, "Eindsaldo", f=FSANS_B, pt=10.5)
    T(sh, 194, y + 6, eur(bal), f=FSANS_B, pt=10.5, at="right")
    return [sh]


_r(
    "guarantor-verklaring-garantstelling-kader-genummerd-legalisatie-51",
    "income-proof",
    "nl",
    guarantor,
    "guarantor's declaration with a boxed list and a legalisation stamp",
)
_r(
    "payslip-eigen-administratie-zwarte-band-netto-kader-51",
    "income-proof",
    "nl",
    payslip,
    "employer's own payslip with a black band",
)
_r(
    "bank-internetbankieren-afschrift-grijze-lijnen-51",
    "income-proof",
    "nl",
    bank,
    "internet-banking statement with thin grey rules",
)


# =========================================================================== medical and care statements


def _start(c: Case) -> D:
    return c.sub - dt.timedelta(days=200 + hsh("st51", c.rng_seed) % 900)


def med_specialist(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The treating specialist's statement for the IND ('Medische verklaring'): the hospital's name in its colour
    at the top LEFT with a coloured block, the statement in questions-and-answers form (Diagnose / Behandeling /
    Duur / Gevolgen bij stoppen), signature and name at the bottom RIGHT."""
    h, m = c.hospital, c.med
    sh = c.new_sheet()
    sh.rect(16, 12, 6, 14, width_mm=0, fill=h.get("color", (0, 80, 120)))
    T(sh, 26, 13, h["name"], f=GOTHD, pt=13, col=h.get("color", (0, 80, 120)))
    T(sh, 26, 19.5, f"{m.get('spec', '')} · {h['street']}, {h['pc']} {h['city']}", f=GOTHB, pt=8.5, col=G1)
    T(sh, 16, 38, "Medische verklaring", f=GOTHD, pt=15)
    T(sh, 16, 46, f"Patiënt: {who(c)}, geboren {c.dfmt(c.p.birth_date)}", f=GOTHB, pt=10.5)
    y = 58
    for q, a in [
        ("Diagnose", m.get("dx", "")),
        ("Behandeling", f"{m.get('tx', '')}, sinds {dnl(_start(c))}."),
        ("Verwachte duur", _ind.duration_phrase(c.duration, _start(c))),
        ("Gevolgen bij stoppen", m.get("stop", "")),
    ]:
        T(sh, 16, y, q, f=GOTHD, pt=10.5)
        y = PAR(sh, 60, y, 134, a, f=GOTHB, pt=10) + 4
    d = before(c, rng, 5, 40)
    T(sh, 120, y + 10, f"{h['city']}, {dnl(d)}", f=GOTHB, pt=10)
    SIGN(sh, 120, y + 14, rng)
    T(sh, 120, y + 32, m.get("doc_title", "medisch specialist"), f=GOTHB, pt=9.5, col=G1)
    return [sh]


def med_en(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An English medical certificate by the consultant ('MEDICAL CERTIFICATE'), centred title with a double rule
    under it, one dense paragraph, the consultant's stamp overlapping the signature at the LEFT."""
    h, m = c.hospital, c.med
    sh = c.new_sheet()
    T(sh, 105, 16, h["name"].upper(), f=C059_B, pt=12, at="center")
    T(sh, 105, 30, "MEDICAL CERTIFICATE", f=C059_B, pt=15, at="center")
    LINE(sh, 60, 37, 150, 37, lw=0.4)
    LINE(sh, 60, 38.2, 150, 38.2, lw=0.2)
    s = (
        f"I certify that {who(c)}, born {_ind.d_en(c.p.birth_date)}, has been under my care since "
        f"{_ind.d_en(_start(c))} for {m.get('dx_en', '')}. The current treatment is {m.get('tx_en', '')}. "
        f"{_ind.duration_phrase(c.duration, _start(c), 'en')} {m.get('stop_en', '')}"
    )
    y = PAR(sh, 22, 50, 166, s, f=C059, pt=11, lead=1.5, al="justify")
    T(sh, 22, y + 10, _ind.d_en(before(c, rng, 5, 40)), f=C059, pt=10.5)
    SIGN(sh, 22, y + 16, rng)
    STAMP(
        sh,
        34,
        y + 16,
        [h.get("short", h["name"])[:18].upper(), m.get("spec_en", "").upper()[:18]],
        rng,
        col=ST_VIOLET,
        mm=28,
    )
    T(sh, 22, y + 36, m.get("doc_en", "consultant"), f=C059, pt=10)
    return [sh]


def care_letter(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The care institution's statement that it can and will treat ('Verklaring zorginstelling'), a letter with
    the hospital's name in a coloured band across the top, the addressee block at the LEFT, three short paragraphs
    (acceptance, treatment plan, who pays), signed by the head of the patient office."""
    h, m = c.hospital, c.med
    sh = c.new_sheet()
    sh.rect(0, 10, sh.width_mm, 12, width_mm=0, fill=h.get("color", (0, 80, 120)))
    T(sh, 16, 12.5, h["name"], f=LSANS_B, pt=12, col=(255, 255, 255))
    T(sh, 16, 32, "Aan de Immigratie- en Naturalisatiedienst", f=LSANS, pt=10)
    T(sh, 16, 46, "Verklaring zorginstelling", f=LSANS_B, pt=13)
    y = 56
    for s in [
        f"Hierbij verklaren wij dat {who(c)} (geboren {c.dfmt(c.p.birth_date)}) in ons ziekenhuis onder "
        f"behandeling is en blijft voor {m.get('tx_short', '')}.",
        f"De behandeling bestaat uit {m.get('tx', '')}. Wij zijn in staat en bereid deze behandeling te geven.",
        f"De kosten worden gedragen door {'de garantsteller van patiënt' if c.payer else 'patiënt zelf'} en "
        f"de zorgverzekering.",
    ]:
        y = PAR(sh, 16, y, 178, s, f=LSANS, pt=10.5) + 4
    T(sh, 16, y + 8, f"{h['city']}, {dnl(before(c, rng, 3, 30))}", f=LSANS, pt=10)
    SIGN(sh, 16, y + 14, rng, col=PEN_BLACK)
    T(sh, 16, y + 32, "Hoofd Patiëntenservice", f=LSANS, pt=9.5, col=G1)
    return [sh]


def care_plan(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A treatment plan with cost estimate ('Behandelplan en kostenraming') as a table: the hospital's name at the
    top RIGHT, the patient box at the LEFT, a table of treatment items with a yearly cost column and total, a
    'Wij bevestigen ...' sentence and the department's square stamp."""
    h, m = c.hospital, c.med
    sh = c.new_sheet()
    T(sh, 194, 14, h["name"], f=DVS_B, pt=11, at="right")
    BOX(sh, 16, 24, 90, 18, lw=0.3)
    T(sh, 18, 26, who(c), f=DVS_B, pt=10)
    T(sh, 18, 32, f"geb. {c.dfmt(c.p.birth_date)}", f=DVS, pt=9.5)
    T(sh, 16, 52, "Behandelplan en kostenraming", f=DVS_B, pt=13)
    cost = float(m.get("cost", 40000))
    items = [
        (m.get("tx_short", "behandeling"), cost * 0.7),
        ("Poliklinische controles", cost * 0.12),
        ("Laboratorium", cost * 0.08),
        ("Medicatie", cost * 0.10),
    ]
    y = 62
    for a, v in items:
        BOX(sh, 16, y, 178, 8, lw=0.2)
        T(sh, 18, y + 1.8, a, f=DVS, pt=9.5)
        T(sh, 192, y + 1.8, eur(v), f=DVS, pt=9.5, at="right")
        y += 8
    T(sh, 18, y + 2, "Totaal per jaar", f=DVS_B, pt=10)
    T(sh, 192, y + 2, eur(cost), f=DVS_B, pt=10, at="right")
    y = (
        PAR(
            sh,
            16,
            y + 14,
            178,
            "Wij bevestigen dat wij bovengenoemde behandeling kunnen en zullen uitvoeren.",
            f=DVS,
            pt=10,
        )
        + 6
    )
    SIGN(sh, 110, y, rng)
    STAMP(
        sh,
        60,
        y,
        [h.get("short", "")[:16].upper(), "ZORGADMINISTRATIE"],
        rng,
        shape="rect",
        col=ST_BLUE,
        mm=36,
    )
    return [sh]


_r(
    "medstat-specialist-kleurblok-vraag-antwoord-51",
    "medical-statement",
    "nl",
    med_specialist,
    "specialist's statement in question-and-answer form",
)
_r(
    "medstat-en-certificate-dubbele-lijn-stempel-51",
    "medical-statement",
    "en",
    med_en,
    "English medical certificate with a double rule",
)
_r(
    "care-brief-kleurband-drie-alineas-51",
    "care-institution-statement",
    "nl",
    care_letter,
    "care institution's letter under a coloured band",
)
_r(
    "care-behandelplan-kostentabel-vierkante-stempel-51",
    "care-institution-statement",
    "nl",
    care_plan,
    "treatment plan with a yearly cost table",
)


# =========================================================================== insurance


def polisblad(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A Dutch insurer's policy schedule ('Polisblad 2026'): the insurer's logo square and name at the top LEFT,
    the 'Verzekerde' and 'Polis' data side by side in two grey panels, the cover (basis + aanvullend) in a list,
    and the UZOVI number in the foot."""
    i = c.insurer_nl
    sh = c.new_sheet()
    sh.rect(16, 12, 12, 12, width_mm=0, fill=i.get("color", (0, 100, 100)))
    T(sh, 32, 13, i["name"], f=FSANS_B, pt=12)
    T(sh, 32, 19, i.get("post", ""), f=FSANS, pt=8.5, col=G1)
    T(sh, 16, 34, "Polisblad 2026", f=FSANS_B, pt=15)
    pol = f"{hsh('pol51', c.rng_seed) % 10**9:09d}"
    for x, title, rows in [
        (16, "Verzekerde", [who(c), c.dfmt(c.p.birth_date), f"BSN/V-nr {c.vnr}"]),
        (108, "Polis", [f"Polisnummer {pol}", "Ingangsdatum 01-01-2026", "Basisverzekering"]),
    ]:
        sh.rect(x, 44, 86, 30, width_mm=0, fill=(236, 238, 238))
        T(sh, x + 3, 46, title, f=FSANS_B, pt=10)
        for j, r in enumerate(rows):
            T(sh, x + 3, 53 + j * 6, r, f=FSANS, pt=9.5)
    y = 84
    for s in [
        "Basisverzekering (Natura): geneeskundige zorg, ziekenhuiszorg, geneesmiddelen",
        "Aanvullend Plus: fysiotherapie, tandzorg",
        "Eigen risico 2026: € 385",
    ]:
        T(sh, 18, y, "• " + s, f=FSANS, pt=10)
        y += 7
    T(sh, 16, 280, f"UZOVI {i.get('uzovi', '0000')} · {i['name']}", f=FSANS, pt=7.5, col=G2)
    return [sh]


def intl_cert(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An international insurer's 'CERTIFICATE OF INSURANCE' laid out to the page's own size: a thin coloured rule
    at the top, insurer's name centred in small capitals, member details as label/value pairs, a sentence that the
    plan covers in- and outpatient treatment in the Netherlands, the claims director's printed signature."""
    i = c.insurer_intl
    sh = c.new_sheet()
    Wd = sh.width_mm
    sh.rect(0, 8, Wd, 2, width_mm=0, fill=i.get("color", (0, 70, 140)))
    T(sh, Wd / 2, 18, i["name"].upper(), f=P052_B, pt=12.5, at="center", sp=0.4)
    T(sh, Wd / 2, 25, i.get("addr", ""), f=P052, pt=9, at="center", col=G1)
    T(sh, Wd / 2, 40, "CERTIFICATE OF INSURANCE", f=P052_B, pt=15, at="center")
    rows = [
        ("Member", who(c)),
        ("Date of birth", _ind.d_en(c.p.birth_date)),
        ("Plan", i.get("plan", "International Health Plan")),
        ("Member number", f"{hsh('mem51', c.rng_seed) % 10**8:08d}"),
        ("Period of cover", f"{_ind.d_en(D(2026, 1, 1))} - {_ind.d_en(D(2027, 12, 31))}"),
    ]
    y = 54
    for a, v in rows:
        T(sh, 30, y, a, f=P052, pt=10.5, col=G1)
        T(sh, 82, y, v, f=P052_B, pt=10.5)
        y += 8
    y = (
        PAR(
            sh,
            30,
            y + 6,
            Wd - 60,
            "The plan covers in-patient and out-patient medical treatment in the "
            "Netherlands, including the costs of the treatment for which the member stays there, without a "
            "pre-existing-conditions exclusion.",
            f=P052,
            pt=10.5,
        )
        + 10
    )
    SIGN(sh, 30, y, rng, col=PEN_BLACK)
    T(sh, 30, y + 18, "Director, Claims and Underwriting", f=P052, pt=10)
    return [sh]


CERT = "intl-certificate-of-insurance-dunne-kleurlijn-kleinkapitaal-51"
_r(
    "polisblad-twee-grijze-panelen-uzovi-voet-51",
    "health-insurance",
    "nl",
    polisblad,
    "Dutch insurer's policy schedule with two grey panels",
)
_r(CERT, "health-insurance", "en", intl_cert, "international insurer's certificate of insurance")


# =========================================================================== civic integration


def _exam(c: Case) -> D:
    return c.sub - dt.timedelta(days=150 + hsh("ex51", c.rng_seed) % 600)


def duo_diploma(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The civic-integration diploma ('Diploma inburgering'): portrait, a thin orange frame, the crown-less title in
    large Palladio capitals, the holder's name on its own line in italic, level B1 and the exam parts listed, DUO's
    signature at the foot and a diploma number at the bottom LEFT."""
    sh = c.new_sheet()
    BOX(sh, 14, 14, 182, 269, lw=1.0, col=(220, 120, 30))
    T(sh, 105, 40, "DIPLOMA INBURGERING", f=P052_B, pt=22, at="center", sp=1.0)
    T(sh, 105, 66, "Hierbij verklaren wij dat", f=P052, pt=12, at="center")
    T(sh, 105, 78, who(c), f=P052_B, pt=16, at="center")
    T(sh, 105, 88, f"geboren op {dnl(c.p.birth_date)}", f=P052, pt=11, at="center")
    T(sh, 105, 102, "het inburgeringsexamen op niveau B1 heeft behaald.", f=P052, pt=12, at="center")
    for j, s in enumerate(
        ["Lezen", "Luisteren", "Schrijven", "Spreken", "Kennis van de Nederlandse Maatschappij"]
    ):
        T(sh, 105, 120 + j * 7, s, f=P052, pt=10.5, at="center")
    T(sh, 105, 170, f"Groningen, {dnl(_exam(c))}", f=P052, pt=10.5, at="center")
    SIGN(sh, 85, 176, rng, col=PEN_BLACK)
    T(sh, 105, 196, "Dienst Uitvoering Onderwijs", f=P052, pt=10, at="center")
    T(sh, 20, 270, f"Diplomanummer {hsh('dip51', c.rng_seed) % 10**8:08d}", f=P052, pt=8.5, col=G1)
    return [sh]


def duo_exemption(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """DUO's decision granting exemption from the civic-integration requirement ('Besluit ontheffing'): a
    window-envelope letter, the address block at the LEFT, a small table of letter data (Datum, Kenmerk,
    Onderwerp) at the RIGHT, the decision sentence in bold, the reasons as a short paragraph and the objection
    clause at the foot in small type."""
    sh = c.new_sheet()
    T(sh, 16, 14, "Dienst Uitvoering Onderwijs", f=LSANS_B, pt=11)
    a1, a2 = addr2(c)
    for j, ln in enumerate([who(c), a1, a2]):
        T(sh, 22, 50 + j * 5, ln, f=LSANS, pt=10)
    for j, (a, v) in enumerate(
        [
            ("Datum", dnl(_exam(c))),
            ("Kenmerk", f"INB-{hsh('k51', c.rng_seed) % 10**7:07d}"),
            ("Onderwerp", "Ontheffing inburgeringsplicht"),
        ]
    ):
        T(sh, 120, 50 + j * 5, a, f=LSANS, pt=8.5, col=G1)
        T(sh, 145, 50 + j * 5, v, f=LSANS, pt=9)
    T(sh, 16, 80, "Besluit", f=LSANS_B, pt=12)
    y = PAR(sh, 16, 88, 178, "U krijgt ontheffing van de inburgeringsplicht.", f=LSANS_B, pt=10.5) + 4
    y = (
        PAR(
            sh,
            16,
            y,
            178,
            "U heeft aangetoond dat u door een medische beperking blijvend niet in staat bent het "
            "inburgeringsexamen te halen (artikel 6 Wet inburgering). Het advies van de keuringsarts is bij dit "
            "besluit betrokken.",
            f=LSANS,
            pt=10.5,
        )
        + 8
    )
    T(sh, 16, y, "Met vriendelijke groet,", f=LSANS, pt=10.5)
    T(sh, 16, y + 6, "namens de minister van Sociale Zaken en Werkgelegenheid", f=LSANS, pt=10.5)
    PAR(
        sh,
        16,
        262,
        178,
        "Bent u het niet eens met dit besluit? Dan kunt u binnen 6 weken bezwaar maken.",
        f=LSANS,
        pt=8,
    )
    return [sh]


def duo_results(c: Case, rng: random.Random, *, failed: bool = False, **_) -> list[Sheet]:
    """DUO's results letter ('Uitslag inburgeringsexamen') with a table per exam part: part, exam date and the
    result written as 'gehaald' or 'niet gehaald'; a closing line says whether the holder now has all parts."""
    sh = c.new_sheet()
    T(sh, 16, 14, "Dienst Uitvoering Onderwijs", f=LSANS_B, pt=11)
    T(sh, 16, 40, f"Uitslag inburgeringsexamen - {who(c)}", f=LSANS_B, pt=12)
    parts = ["Lezen", "Luisteren", "Schrijven", "Spreken", "KNM"]
    bad = hsh("bad51", c.rng_seed) % 5 if failed else None
    y = 52
    for j, p in enumerate(parts):
        BOX(sh, 16, y, 178, 8, lw=0.2)
        T(sh, 18, y + 1.8, p, f=LSANS, pt=10)
        T(sh, 90, y + 1.8, dnum(_exam(c) - dt.timedelta(days=7 * j)), f=LSANS, pt=10)
        T(
            sh,
            150,
            y + 1.8,
            "niet gehaald" if j == bad else "gehaald",
            f=LSANS_B,
            pt=10,
            col=(170, 40, 48) if j == bad else (20, 110, 60),
        )
        y += 8
    PAR(
        sh,
        16,
        y + 8,
        178,
        "U heeft nog niet alle onderdelen gehaald."
        if failed
        else "U heeft alle onderdelen gehaald. Uw diploma ontvangt u binnen 6 weken.",
        f=LSANS,
        pt=10.5,
    )
    return [sh]


CIVIC = [
    ("duo-diploma-oranje-kader-cursieve-naam-51", "diploma"),
    ("duo-ontheffing-vensterbrief-gegevenstabel-51", "exemption"),
    ("duo-uitslag-tabel-gehaald-niet-gehaald-51", "results"),
]
_r(CIVIC[0][0], "civic-integration", "nl", duo_diploma, "civic-integration diploma with an orange frame")
_r(CIVIC[1][0], "civic-integration", "nl", duo_exemption, "DUO exemption decision")
_r(CIVIC[2][0], "civic-integration", "nl", duo_results, "DUO results table")


# =========================================================================== other: cover letter, IND letters, MVV

GROUNDS = [
    "cliënt verblijft in Nederland;",
    "de identiteit en nationaliteit van cliënt staan vast en worden door de autoriteiten van het land van herkomst "
    "niet betwijfeld;",
    "cliënt kan alleen een nieuw paspoort krijgen door zelf naar het land van herkomst te reizen;",
    "stopzetting van de behandeling leidt tot een medische noodsituatie;",
    "de behandeling is in het land van herkomst niet beschikbaar of niet toegankelijk.",
]
ABOUT = {
    "ind-medical-treatment": "een verblijfsvergunning met als doel 'medische behandeling'",
    "ind-hnt-continued": "een verblijfsvergunning voor onbepaalde tijd (voortgezet verblijf)",
    "ind-generic": "verlenging van de verblijfsvergunning regulier",
}


def cover(c: Case, rng: random.Random, *, enclosures: list[str] | None = None, **_) -> list[Sheet]:
    """The lawyer's covering letter in Caladea: the firm's name large at the top RIGHT, 'Aan de IND' block at the
    LEFT, 'Uw cliënt / Ons kenmerk' line, body in prose, the exemption grounds (when there is no passport) as a
    lettered list, the enclosures as a dash list, signed at the LEFT."""
    L = c.lawyer or {
        "firm": "Rechtshulp Noord",
        "street": "Oude Ebbingestraat 40",
        "pc": "9712 HM",
        "city": "Groningen",
        "tel": "050",
    }
    sh = c.new_sheet()
    T(sh, 194, 14, L["firm"], f=CALA_B, pt=14, at="right")
    T(sh, 194, 21, f"{L['street']} · {L['pc']} {L['city']}", f=CALA, pt=9, at="right", col=G1)
    for j, ln in enumerate(["Immigratie- en Naturalisatiedienst", "Postbus 287", "7600 AG  Almelo"]):
        T(sh, 20, 40 + j * 5, ln, f=CALA, pt=10.5)
    d = before(c, rng, 1, 6)
    T(sh, 20, 64, f"{L['city']}, {dnl(d)}", f=CALA, pt=10.5)
    T(sh, 20, 71, f"Cliënt: {who(c)}, V-nummer {c.vnr}", f=CALA_B, pt=10.5)
    y = PAR(sh, 20, 82, 170, "Geachte heer, mevrouw,", f=CALA, pt=10.5) + 3
    y = (
        PAR(
            sh,
            20,
            y,
            170,
            f"Namens cliënt dien ik hierbij een aanvraag in voor {ABOUT[c.procedure]}.",
            f=CALA,
            pt=10.5,
        )
        + 3
    )
    if c.no_passport:
        y = (
            PAR(
                sh,
                20,
                y,
                170,
                "Cliënt beschikt niet over een geldig paspoort. Ik verzoek u cliënt vrij te stellen "
                "van het paspoortvereiste, omdat:",
                f=CALA,
                pt=10.5,
            )
            + 2
        )
        for k, j in enumerate(c.exemption_shown):
            y = PAR(sh, 26, y, 164, f"{'abcde'[k]}. {GROUNDS[j]}", f=CALA, pt=10.5) + 1
        y += 3
    if enclosures:
        T(sh, 20, y, "Bijlagen:", f=CALA_B, pt=10.5)
        y += 6
        for e in enclosures:
            T(sh, 24, y, f"- {e}", f=CALA, pt=10)
            y += 5
    y += 6
    T(sh, 20, y, "Met vriendelijke groet,", f=CALA, pt=10.5)
    SIGN(sh, 20, y + 4, rng)
    T(sh, 20, y + 22, c.lawyer_name or "mr. A. de Vries", f=CALA, pt=10.5)
    return [sh]


def _ind_head(sh: Sheet, c: Case, d: D, subject: str) -> float:
    sh.rect(98, 0, 14, 26, width_mm=0, fill=(21, 66, 115))
    T(sh, 105, 28, "Immigratie- en Naturalisatiedienst", f=LSANS, pt=9, at="center", col=G1)
    a1, a2 = addr2(c)
    for j, ln in enumerate([who(c), a1, a2]):
        T(sh, 20, 50 + j * 5, ln, f=LSANS, pt=10)
    for j, (a, v) in enumerate([("Datum", dnl(d)), ("V-nummer", c.vnr), ("Onderwerp", subject)]):
        T(sh, 130, 50 + j * 8, a, f=LSANS_B, pt=8)
        T(sh, 130, 54 + j * 8, v, f=LSANS, pt=9)
    return 84.0


def art64(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """IND decision granting postponement of departure under art. 64 Aliens Act: the IND's dark-blue vertical
    ribbon at the top centre, addressee LEFT, letter data RIGHT under each other, the decision and its end date in a
    bold sentence, the objection clause at the foot."""
    end = c.art64_end or (c.sub + dt.timedelta(days=20))
    start = D(end.year - 1, end.month, min(end.day, 28))
    sh = c.new_sheet()
    y = _ind_head(sh, c, start - dt.timedelta(days=12), "Uitstel van vertrek (artikel 64 Vw)")
    y = PAR(sh, 20, y, 170, "Geachte heer, mevrouw,", f=LSANS, pt=10.5) + 3
    y = (
        PAR(
            sh,
            20,
            y,
            170,
            f"U krijgt uitstel van vertrek op grond van artikel 64 van de Vreemdelingenwet 2000, "
            f"van {dnl(start)} tot en met {dnl(end)}, omdat u om medische redenen niet kunt reizen.",
            f=LSANS_B,
            pt=10.5,
        )
        + 4
    )
    y = (
        PAR(
            sh,
            20,
            y,
            170,
            "Het advies van het Bureau Medische Advisering is bij dit besluit betrokken.",
            f=LSANS,
            pt=10.5,
        )
        + 8
    )
    T(sh, 20, y, "De minister van Asiel en Migratie, namens deze,", f=LSANS, pt=10.5)
    PAR(
        sh,
        20,
        262,
        170,
        "Bent u het niet eens met dit besluit? U kunt binnen vier weken bezwaar maken.",
        f=LSANS,
        pt=8,
    )
    return [sh]


def permit_letter(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The IND's decision granting or extending the earlier permit, in the same IND frame, the permit's
    particulars as label/value lines in a light grey box."""
    since = c.since or (c.sub - dt.timedelta(days=800))
    sh = c.new_sheet()
    y = _ind_head(sh, c, since - dt.timedelta(days=3), "Beslissing op uw aanvraag")
    y = (
        PAR(
            sh,
            20,
            y,
            170,
            "Uw aanvraag is ingewilligd. U krijgt een verblijfsvergunning regulier voor bepaalde tijd.",
            f=LSANS_B,
            pt=10.5,
        )
        + 4
    )
    purpose = {
        "medical-treatment": "medische behandeling",
        "medical-treatment-after-art64": "medische behandeling",
        "relationship": "verblijf bij partner",
        "parent": "verblijf bij ouder",
    }.get(c.route or "", "humanitair tijdelijk")
    sh.rect(20, y, 170, 26, width_mm=0, fill=(238, 238, 240))
    for j, (a, v) in enumerate(
        [
            ("Verblijfsdoel", purpose),
            ("Ingangsdatum", dnl(since)),
            ("Geldig tot", dnl(_ind.add_years(since, 1 if purpose.startswith("med") else 5))),
        ]
    ):
        T(sh, 24, y + 3 + j * 7, a, f=LSANS, pt=10, col=G1)
        T(sh, 70, y + 3 + j * 7, v, f=LSANS_B, pt=10)
    return [sh]


def mvv(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A Surinamese passport's visa page with the Dutch MVV sticker, copied at 140 % in the middle of an A4, the
    sticker's MRZ at its foot and a Schiphol entry stamp at the RIGHT."""
    sh = c.new_sheet()
    sx, sy, sw, shh = 30, 70, 150, 96
    sh.rect(sx, sy, sw, shh, width_mm=0.3, color=G2, fill=(238, 232, 246))
    T(sh, sx + 4, sy + 4, "VISUM", f=DVS_B, pt=12, col=(80, 60, 120))
    T(sh, sx + sw - 4, sy + 4, "NEDERLAND", f=DVS_B, pt=10, at="right", col=(80, 60, 120))
    sh.photo(sx + 5, sy + 14, 30, 38, rng)
    start = c.sub - dt.timedelta(days=190 + hsh("mv51", c.rng_seed) % 30)
    end = start + dt.timedelta(days=180)
    pno = "R" + f"{hsh('mvp51', c.rng_seed) % 10**6:06d}"
    for j, (a, v) in enumerate(
        [
            ("Naam", f"{c.p.surname.upper()}, {c.p.given_names.upper()}"),
            ("Geldig van - tot", f"{dnum(start)} - {dnum(end)}"),
            ("Type", "D (MVV)"),
            ("Opmerkingen", "MVV MEDISCHE BEHANDELING"),
            ("Paspoort", pno),
        ]
    ):
        T(sh, sx + 40, sy + 14 + j * 7, a, f=NARROW, pt=8, col=G1)
        T(sh, sx + 72, sy + 14 + j * 7, v, f=NARROW_B, pt=9)
    lines = td3(
        issuing="NLD",
        surname=c.p.surname,
        given=c.p.given_names,
        number=pno,
        nationality="SUR",
        birth_date=c.p.birth_date,
        sex=c.p.sex,
        expiry=end,
        doc_type="V<",
    )
    mrz_block(sh, sx + 4, sy + shh - 14, lines, pt=9.2, gap=5)
    STAMP(
        sh,
        160,
        190,
        ["SCHIPHOL", dnum(start + dt.timedelta(days=6), "."), "KMAR"],
        rng,
        shape="rect",
        col=PEN_BLACK,
        mm=30,
    )
    return [sh]


_r(
    "cover-letter-caladea-kantoor-rechts-letterlijst-51",
    "other",
    "nl",
    cover,
    "lawyer's covering letter with lettered exemption grounds",
)
_r("art64-decision-ind-lint-midden-gegevens-rechts-51", "other", "nl", art64, "IND art. 64 decision")
_r(
    "permit-letter-ind-grijs-gegevensvak-51",
    "other",
    "nl",
    permit_letter,
    "IND decision on the earlier permit",
)
_r(
    "mvv-sticker-sur-140-procent-schiphol-stempel-51",
    "other",
    "nl",
    mvv,
    "MVV sticker page of a Surinamese passport",
)


# =========================================================================== the part's IND dossiers


class FiftyfirstBuilder(_ind.PartBuilder):
    """ind.PartBuilder for this part: it answers the places where PartBuilder names one family per part and maps the
    generic plans' Turkish-language birth act to this part's Uzbek one."""

    LANG_MAP = {"tr": "uz", "es": "es"}

    def new(self, name, proc, *, born_for=None, **kw):
        return super().new(name, proc, born_for=self.LANG_MAP.get(born_for, born_for), **kw)

    def civic_for(self, rng: random.Random, kind: str | None = None) -> tuple[str, str]:
        if kind:
            return next(o for o in CIVIC if o[1] == kind)
        return rng.choice(CIVIC[:2])

    def d_a4(self, name, proc, variant):
        if variant != "letter-digital":
            return super().d_a4(name, proc, variant)
        D_ = self.new(name, proc)
        D_.c.insurer_intl = dict(
            name="Lone Star Global Health Insurance Co.",
            short="Lone Star Global",
            addr="1401 McKinney Street, Suite 2100, Houston, TX 77010, USA",
            color=(120, 30, 40),
            logo="cross",
            plan="Global Expatriate Medical Plan",
        )
        self.compose_med(D_, skip={"insurance"})
        D_.c.__dict__["_ins_name"] = D_.c.insurer_intl["name"]
        D_.c.page_w, D_.c.page_h = LETTER
        doc = D_.add(CERT, kind="digital", label="certificate of insurance Lone Star")
        D_.c.page_w, D_.c.page_h = 210.0, 297.0
        D_.plan_files(combine=False)
        f, p = D_.page_of(doc, 0)
        D_.defect = _defect(
            "IND-COPY-A4",
            "certificate of insurance of a US insurer printed on US Letter (215.9 x 279.4 mm), not A4",
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
            "only DUO's results letter with one exam part 'niet gehaald': no diploma and no exemption",
        )
        self.finish(D_, clean=False)


DEFECT_PLAN = [
    ("a4", "ind-medical-treatment", "letter-digital"),
    ("a4", "ind-generic", "letter-scan"),
    ("blank", "ind-generic", "duplex-form"),
    ("blank", "ind-hnt-continued", "one-blank"),
    ("blank", "ind-medical-treatment", "duplex-all"),
    ("vnum", "ind-medical-treatment", "missing"),
    ("vnum", "ind-generic", "other"),
    ("vnum", "ind-hnt-continued", "missing"),
    ("vnum", "ind-medical-treatment", "other"),
    ("media", "ind-hnt-continued", "mp3"),
    ("media", "ind-medical-treatment", "attach"),
    ("media", "ind-generic", "js"),
    ("legible", "ind-medical-treatment", "faint"),
    ("legible", "ind-hnt-continued", "cut"),
    ("legible", "ind-generic", "72dpi"),
    ("translation", "ind-generic", "uz"),
    ("translation", "ind-hnt-continued", "es"),
    ("meddocs", "ind-medical-treatment", "insurance"),
    ("meddocs", "ind-medical-treatment", "care"),
    ("meddocs", "ind-medical-treatment", "medical"),
    ("meddocs", "ind-medical-treatment", "income"),
    ("exemption", "ind-medical-treatment", (0, 2, 4)),
    ("exemption", "ind-medical-treatment", (1, 3)),
    ("art64", "ind-medical-treatment", 35),
    ("art64", "ind-medical-treatment", -31),
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
    med=[None, 12, None, -20, None, None, 3, None, None, -9],
    hnt=[
        ("relationship", 60, "diploma", False),
        ("medical-treatment", 45, None, False),
        ("parent", 30, None, True),
        ("domestic-violence", 100, None, False),
        ("relationship", 20, "exemption", False),
        ("buiten-schuld", 75, None, True),
        ("medical-treatment-after-art64", 40, None, False),
        ("trafficking-victim", 55, None, False),
        ("relationship", 150, "diploma", False),
        ("trafficking-victim-no-report", 35, None, False),
    ],
    gen=[True, False, True, False],
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
    b = FiftyfirstBuilder(PART, Path(out_root))
    getattr(b, method)(*a, **kw)
    return b.truths, b.skipped


def build_part(out_root: Path, *, jobs: int | None = None) -> list[dict]:
    """Write every IND dossier of this part under out_root/fiftyfirst/ and return their truth dicts (each dossier
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
