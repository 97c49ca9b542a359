"""IND families of the `fiftyfourth` part (registered in ind.FAMILIES), and the builder of its IND dossiers.

Written by a writer who saw neither the validator nor its output, from the seeds (000, 001, 002), rules.md and how
such papers look in Dutch files.  Each family's layout, wording and copy habit is described in its function's
docstring only (the part is read blind).

The IND dossiers of this part follow ind's generic dossier plans (ind.PartBuilder).  The places where
ind.PartBuilder names one family per part (the civic-integration papers, the US-Letter insurance certificate and the
failed results) are answered by FiftyfourthBuilder below; the generic plans' Turkish-language birth act is this
part's Turkish district record (the applicant then born in Türkiye), the Spanish-language act its Argentine one, and
this part's own translation defect also uses its Turkmen act (ind.LANG_NAMES gets the new key 'tk').  The part's
clean and defect plans are CLEAN_PLAN and DEFECT_PLAN here, so ind itself is not changed.  Its IND applicants come
from Turkmenistan, Argentina and Serbia; the 9ter countries' applicants are 9ter only and a Surinamese applicant
appears only where the Surinamese rule needs one (ind.IND_ORIGIN_SKIP gets this part's own key).
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from . import ind as _ind
from .fiftyfourth_identity import (
    BIC_BLACK,
    BIC_BLUE,
    BOOK,
    BOOK_B,
    CALA,
    CALA_B,
    CALA_I,
    CAPS,
    CARL,
    CARL_B,
    DCON,
    DCON_B,
    DSAN,
    DSAN_B,
    GOTH,
    GOTH_B,
    GRY1,
    GRY2,
    GRY3,
    HAND_A,
    LSAN,
    LSAN_B,
    NSAN,
    NSAN_B,
    PAL,
    PAL_B,
    PAL_I,
    STAMP_BLUE,
    STAMP_VIOLET,
    WHITE,
    boxed,
    card_onto,
    crc,
    digits,
    fit,
    flow,
    line,
    mrz_rows,
    pen,
    put,
    qr_block,
    rubber,
    scrawl,
    span_w,
    wavy_ground,
)
from .ind import LETTER, Case, _defect
from .paper import Sheet

PART = "fiftyfourth"
D = dt.date
SUB = D(2026, 12, 1)
NAVY = (16, 42, 92)
FIELD = (255, 252, 226)

_ind.IND_ORIGIN_SKIP.setdefault(PART, {"SUR", "ECU", "CUB", "SDN"})
_ind.LANG_NAMES.setdefault("tk", "Turkmen")


def _r(id_, type_, lang, fn, notes, **bound):
    _ind._reg(id_, type_, PART, lang, fn, notes, **bound)


MAAND = [
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
MONTH = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def lang_nl(d: D) -> str:
    return f"{d.day} {MAAND[d.month - 1]} {d.year}"


def lang_en(d: D) -> str:
    return f"{d.day} {MONTH[d.month - 1]} {d.year}"


def kort(d: D, sep="-") -> str:
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def euro(x: float) -> str:
    s = f"{x:,.2f}"
    return "€ " + s.replace(",", "#").replace(".", ",").replace("#", ".")


def naam(c: Case) -> str:
    return c.name()


def adres(c: Case) -> tuple[str, str]:
    return _ind.addr_lines(c.p.address)


def before(c: Case, rng: random.Random, lo=4, hi=35) -> D:
    return _ind.workday_before(c.sub, rng.randint(lo, hi))


def mr(c: Case) -> str:
    return c.lawyer_name or "mr. A. de Groot"


def office(c: Case) -> dict:
    return c.lawyer or _ind.LAWYERS[crc(c.rng_seed) % len(_ind.LAWYERS)]


# =========================================================================== application forms


class IndForm:
    """This part's IND form: printed from the fillable PDF on ind.nl.  A dark-blue square with 'IND' at the top
    LEFT and the form's title beside it, the form number in a grey box at the top RIGHT with the V-number in ten
    comb cells under it on every page; questions numbered 'n.m' in bold at the LEFT with the answer in a pale
    yellow field below the question (typed in Liberation Sans, or written by hand in blue block capitals); choices
    as small square boxes, the chosen one filled black (or crossed by hand); the signature field with its caption INSIDE the box at the
    bottom LEFT; the form code, version and 'Pagina n van N' in the footer."""

    def __init__(self, c: Case, rng: random.Random, code: str, title: str, sub: str):
        self.c, self.rng, self.code, self.title, self.sub = c, rng, code, title, sub
        self.hand = c.fill == "hand"
        self.ink = BIC_BLUE if rng.random() < 0.7 else BIC_BLACK
        self.pages: list[Sheet] = []
        self.W = c.page_w
        self.new()

    def new(self):
        c = self.c
        sh = c.new_sheet()
        self.pages.append(c.intr(sh))
        self.sh = sh
        boxed(sh, 16, 12, 15, 15, lw=0, fill=NAVY)
        put(sh, 23.5, 16.6, "IND", f=LSAN_B, pt=10, c=WHITE, a="center")
        if len(self.pages) == 1:
            put(sh, 35, 12.5, self.title, f=LSAN_B, pt=fit(self.title, self.W - 110, LSAN_B, 13))
            put(sh, 35, 19.5, self.sub, f=LSAN, pt=fit(self.sub, self.W - 110, LSAN, 8.5), c=GRY1)
        else:
            put(sh, 35, 15, self.title, f=LSAN, pt=fit(self.title, self.W - 110, LSAN, 9), c=GRY1)
        boxed(sh, self.W - 70, 12, 54, 6, lw=0, fill=(222, 222, 222))
        put(sh, self.W - 68, 13.2, f"Formulier {self.code}", f=LSAN_B, pt=8)
        put(sh, self.W - 70, 20, "V-nummer", f=LSAN, pt=7, c=GRY1)
        for k in range(10):
            x = self.W - 70 + 4 + k * 5
            boxed(sh, x, 23, 5, 6.5, lw=0.25)
            ch = c.vnr[k] if k < len(c.vnr) else ""
            if self.hand:
                pen(sh, x + 0.9, 23.4, ch, self.rng, f=CAPS, pt=11, c=self.ink)
            else:
                put(sh, x + 1.3, 24.4, ch, f=LSAN, pt=9.5)
        self.y = 36.0

    def room(self, h):
        if self.y + h > self.c.page_h - 24:
            self.new()

    def head(self, t):
        self.room(16)
        self.y += 2
        put(self.sh, 16, self.y, t, f=LSAN_B, pt=11, c=NAVY)
        line(self.sh, 16, self.y + 5.5, self.W - 16, self.y + 5.5, lw=0.5, c=NAVY)
        self.y += 9

    def _val(self, x, y, s, w):
        if not s:
            return
        if self.hand:
            t = s.upper()
            pt = fit(t, w / 1.2, CAPS, 11.5, 7)
            pen(self.sh, x, y - 0.6, t, self.rng, f=CAPS, pt=pt, c=self.ink)
        else:
            put(self.sh, x, y + 0.4, s, f=LSAN, pt=fit(s, w, LSAN, 9.5))

    def ask(self, num, q, a, *, w=None):
        w = w or (self.W - 32)
        self.room(15)
        put(self.sh, 16, self.y, num, f=LSAN_B, pt=8.5)
        put(self.sh, 26, self.y, q, f=LSAN_B, pt=8.5)
        boxed(self.sh, 26, self.y + 4.2, w - 10, 7, lw=0.2, c=GRY2, fill=FIELD)
        self._val(28, self.y + 5.4, a, w - 14)
        self.y += 13.5

    def pick(self, num, q, opts, chosen):
        self.room(8 + 6 * ((len(opts) + 1) // 2))
        put(self.sh, 16, self.y, num, f=LSAN_B, pt=8.5)
        put(self.sh, 26, self.y, q, f=LSAN_B, pt=fit(q, self.W - 44, LSAN_B, 8.5))
        self.y += 5.5
        colw = (self.W - 42) / 2
        for k, o in enumerate(opts):
            x = 28 + (k % 2) * colw
            yy = self.y + (k // 2) * 5.8
            self.sh.rect(x, yy + 0.4, 3.4, 3.4, width_mm=0.25, color=(80, 80, 80))
            if k in chosen:
                if self.hand:
                    pen(self.sh, x - 0.4, yy - 1.0, "x", self.rng, f=HAND_A, pt=12, c=self.ink)
                else:
                    boxed(self.sh, x + 0.9, yy + 1.3, 1.6, 1.6, lw=0, fill=(0, 0, 0))
            put(self.sh, x + 5, yy + 0.3, o, f=LSAN, pt=fit(o, colw - 8, LSAN, 8.5))
        self.y += 5.8 * ((len(opts) + 1) // 2) + 2.5

    def datefield(self, num, q, d):
        self.room(15)
        put(self.sh, 16, self.y, num, f=LSAN_B, pt=8.5)
        put(self.sh, 26, self.y, q + " (dd-mm-jjjj)", f=LSAN_B, pt=8.5)
        boxed(self.sh, 26, self.y + 4.2, 40, 7, lw=0.2, c=GRY2, fill=FIELD)
        self._val(28, self.y + 5.4, kort(d) if d else "", 36)
        self.y += 13.5

    def person(self):
        c, p = self.c, self.c.p
        self.head("1  Uw gegevens")
        self.ask("1.1", "Achternaam", p.surname)
        self.ask("1.2", "Voornamen (voluit, zoals in uw paspoort)", p.given_names)
        self.datefield("1.3", "Geboortedatum", p.birth_date)
        self.ask("1.4", "Geboorteplaats en geboorteland", f"{p.birth_place}, {_ind.country_nl(p)}")
        self.ask("1.5", "Nationaliteit", _ind.nat_nl(p))
        self.pick("1.6", "Geslacht", ["man", "vrouw"], {0 if p.sex == "M" else 1})
        if p.address:
            a1, a2 = adres(c)
            self.ask("1.7", "Adres in Nederland", f"{a1}, {a2}")
        if c.lawyer:
            self.head("2  Gemachtigde")
            self.ask("2.1", "Naam advocaat of gemachtigde", mr(c))
            self.ask("2.2", "Kantoor, plaats", f"{c.lawyer['firm']}, {c.lawyer['city']}")

    def sign(self, num):
        c = self.c
        self.head(f"{num}  Ondertekening")
        self.room(52)
        flow(
            self.sh,
            16,
            self.y,
            self.W - 32,
            "Ik verklaar dat ik dit formulier volledig en naar waarheid heb "
            "ingevuld. De IND kan de gegevens controleren.",
            f=LSAN,
            pt=8.5,
        )
        self.y += 9
        self.ask(f"{num}.1", "Plaats", c.p.address.city if c.p.address else "Den Haag", w=90)
        self.datefield(f"{num}.2", "Datum", c.sub - dt.timedelta(days=self.rng.randint(1, 7)))
        boxed(self.sh, 26, self.y, 90, 26, lw=0.3)
        put(self.sh, 28, self.y + 21.5, "Handtekening aanvrager", f=LSAN, pt=7, c=GRY1)
        scrawl(self.sh, 34, self.y + 3, self.rng, w=48, h=14, c=self.ink)
        self.y += 30

    def done(self, version):
        n = len(self.pages)
        for k, s in enumerate(self.pages, 1):
            put(s, 16, self.c.page_h - 14, f"{self.code}  ·  versie {version}", f=LSAN, pt=7, c=GRY2)
            put(s, self.W - 16, self.c.page_h - 14, f"Pagina {k} van {n}", f=LSAN, pt=7, c=GRY2, a="right")
        return self.pages


def form_med(c: Case, rng: random.Random, **_):
    """Application form for residence for medical treatment in this part's IND form design (see IndForm)."""
    F = IndForm(
        c,
        rng,
        "MED-V",
        "Aanvraag verblijfsvergunning medische behandeling",
        "Voor een vreemdeling die in Nederland medisch behandeld wordt",
    )
    F.person()
    F.head("3  De behandeling")
    F.ask("3.1", "Naam van de zorginstelling", c.hospital.get("name", ""))
    F.ask("3.2", "Plaats", c.hospital.get("city", ""), w=100)
    F.ask("3.3", "Welke behandeling krijgt u?", c.med.get("tx_short", ""))
    F.pick(
        "3.4",
        "Hebt u ten minste 1 jaar uitstel van vertrek (artikel 64 Vw) gehad?",
        ["nee", "ja"],
        {1 if c.art64_end else 0},
    )
    if c.art64_end:
        F.datefield("3.5", "Einddatum van het uitstel van vertrek", c.art64_end)
    else:
        F.pick(
            "3.5",
            "Wie betaalt de kosten van verblijf en behandeling?",
            ["ikzelf", "een garantsteller (zie bijlage)"],
            {1 if c.payer else 0},
        )
    F.pick(
        "3.6",
        "Stuurt u een kopie van uw geldig paspoort mee?",
        ["ja", "nee, ik vraag vrijstelling"],
        {1 if c.no_passport else 0},
    )
    F.pick(
        "3.7",
        "Hebt u de Surinaamse nationaliteit en een visum voor medische behandeling?",
        ["nee", "ja"],
        {1 if c.suriname_visa else 0},
    )
    F.sign("4")
    return F.done("2026-02")


ROUTES = [
    ("relationship", "voortgezet verblijf na verblijf bij partner"),
    ("parent", "voortgezet verblijf na verblijf bij ouder"),
    ("medical-treatment", "voortgezet verblijf na medische behandeling"),
    ("medical-treatment-after-art64", "na uitstel van vertrek (art. 64 Vw) en medische behandeling"),
    ("trafficking-victim", "na verblijf als slachtoffer-aangever mensenhandel"),
    ("trafficking-victim-no-report", "na verblijf als slachtoffer mensenhandel (zonder aangifte)"),
    ("domestic-violence", "na verblijf als slachtoffer huiselijk geweld"),
    ("buiten-schuld", "na verblijf buiten schuld"),
]


def form_7027(c: Case, rng: random.Random, **_):
    """Form 7027 (continued residence, humanitarian non-temporary) in this part's IND form design (see IndForm)."""
    F = IndForm(
        c,
        rng,
        "7027",
        "Aanvraag verblijfsvergunning humanitair niet-tijdelijk",
        "Voortgezet verblijf – voor de vreemdeling",
    )
    F.person()
    F.head("3  Uw huidige verblijfsvergunning")
    keys = [k for k, _t in ROUTES]
    F.pick(
        "3.1",
        "Waarvoor had u een verblijfsvergunning?",
        [t for _k, t in ROUTES],
        {keys.index(c.route)} if c.route in keys else set(),
    )
    F.datefield("3.2", "Vanaf welke datum hebt u deze verblijfsvergunning?", c.since)
    r = random.Random(crc("doc7027", c.rng_seed))
    F.ask(
        "3.3",
        "Nummer van uw verblijfsdocument",
        f"{r.choice('NVWXY')}{r.choice('BCDFGH')}{digits(r, 7)}",
        w=90,
    )
    if c.route == "relationship":
        ch = {"diploma": 0, "results": 0, "exemption": 1}.get(c.inburgering, 2)
        F.pick(
            "3.4",
            "Inburgering",
            ["ik heb het inburgeringsdiploma", "ik heb ontheffing of vrijstelling", "geen van beide"],
            {ch},
        )
    if c.route and c.route.startswith("medical"):
        F.pick(
            "3.4",
            "Hebt u de behandeling nog minstens 1 jaar nodig?",
            ["ja, zie de verklaring van de arts", "nee"],
            {0},
        )
    F.sign("4")
    return F.done("2026-01")


def form_generic(c: Case, rng: random.Random, **_):
    """Application to extend a regular residence permit in this part's IND form design (see IndForm)."""
    F = IndForm(
        c,
        rng,
        "VERL-R",
        "Aanvraag verlenging verblijfsvergunning regulier",
        "Voor de vreemdeling die hetzelfde verblijfsdoel houdt",
    )
    F.person()
    F.head("3  Uw verblijfsvergunning")
    r = random.Random(crc("gen", c.rng_seed))
    F.ask(
        "3.1",
        "Huidig verblijfsdoel",
        r.choice(
            [
                "verblijf bij partner",
                "arbeid in loondienst",
                "verblijf als familielid",
                "humanitair tijdelijk",
            ]
        ),
    )
    F.datefield("3.2", "Geldig tot", c.sub + dt.timedelta(days=r.randint(15, 70)))
    F.pick("3.3", "Is er iets veranderd in uw situatie?", ["nee", "ja (toelichting bijgevoegd)"], {0})
    F.sign("4")
    return F.done("2025-11")


_r(
    "ind-form-med-ind-blok-geel-veld-vnr-kammen-54",
    "application",
    "nl",
    form_med,
    "medical treatment form, IND square, yellow fields, V-number comb",
)
_r(
    "ind-form-7027-ind-blok-geel-veld-vnr-kammen-54",
    "application",
    "nl",
    form_7027,
    "form 7027, IND square, yellow fields, V-number comb",
)
_r(
    "ind-form-generic-ind-blok-geel-veld-vnr-kammen-54",
    "application",
    "nl",
    form_generic,
    "extension form, IND square, yellow fields, V-number comb",
)


# =========================================================================== income proof


def earner(c: Case):
    return c.payer or c.p


def gross(c: Case) -> float:
    return float(2450 + crc("gross54", c.rng_seed) % 1900)


def _employer(c: Case) -> dict:
    e = dict(c.employer)
    r = random.Random(crc("emp54", e.get("name", ""), c.rng_seed))
    e.setdefault("since", D(r.randint(2013, 2023), r.randint(1, 12), 1))
    e.setdefault("role", r.choice(e.get("func") or ["medewerker"]))
    e.setdefault("pnr", str(r.randint(1000, 99999)))
    e.setdefault("lhn", f"{digits(r, 9)}L{digits(r, 2)}")
    return e


def payslip(c: Case, rng: random.Random, *, month: int = 11, **_):
    """Pay slip of an external payroll bureau ('SALARISSTROOK'): the bureau's small logo line at the top RIGHT,
    the employer's name and payroll-tax number at the top LEFT, the employee's name and address in the envelope
    window, a grey period bar, then two side-by-side tables (earnings at the LEFT, deductions at the RIGHT) with
    a cumulative column, the net pay in a black-framed box and the bank account at the foot."""
    e, w = _employer(c), earner(c)
    sh = c.new_sheet()
    W = c.page_w
    g = gross(c)
    pens = round(g * 0.0675, 2)
    lh = round(max(0.0, (g - pens) * 0.3582 - 410), 2)
    travel = round(4.6 * (crc("km", c.rng_seed) % 30), 2)
    net = round(g - pens - lh + travel, 2)
    put(sh, 18, 14, e["name"], f=DCON_B, pt=11)
    put(sh, 18, 19.5, f"{e['street']}, {e['pc']} {e['city']}", f=DCON, pt=8, c=GRY1)
    put(sh, 18, 23.5, f"Loonheffingennummer {e['lhn']}", f=DCON, pt=8, c=GRY1)
    put(sh, W - 18, 14, "SALARISSTROOK", f=DCON_B, pt=14, a="right")
    put(sh, W - 18, 21, "verwerkt door Loonbureau Van der Veen B.V.", f=DCON, pt=7.5, c=GRY2, a="right")
    a = w.address or c.p.address
    for k, t in enumerate(
        [f"{w.given_names} {w.surname}", f"{a.street} {a.number}", f"{a.postcode}  {a.city}"]
    ):
        put(sh, 24, 44 + k * 5, t, f=DCON, pt=10)
    boxed(sh, 18, 66, W - 36, 7, lw=0, fill=(222, 222, 222))
    put(
        sh,
        20,
        67.4,
        f"Periode {month:02d}-2026 ({MAAND[month - 1]})   ·   Personeelsnr. {e['pnr']}   ·   "
        f"Functie {e['role']}   ·   In dienst sinds {kort(e['since'])}",
        f=DCON,
        pt=8,
    )
    y = 80.0
    put(sh, 18, y, "Omschrijving", f=DCON_B, pt=8.5)
    put(sh, 72, y, "Bedrag", f=DCON_B, pt=8.5, a="right")
    put(sh, 92, y, "Cumulatief", f=DCON_B, pt=8.5, a="right")
    put(sh, 108, y, "Inhoudingen", f=DCON_B, pt=8.5)
    put(sh, W - 18, y, "Bedrag", f=DCON_B, pt=8.5, a="right")
    line(sh, 18, y + 5, W - 18, y + 5, lw=0.3)
    earn = [("Salaris", g), ("Reiskostenvergoeding", travel)]
    ded = [("Pensioenpremie werknemer", pens), ("Loonheffing (witte tabel)", lh)]
    for k, (t, v) in enumerate(earn):
        put(sh, 18, y + 8 + k * 5.5, t, f=DCON, pt=9)
        put(sh, 72, y + 8 + k * 5.5, euro(v), f=DCON, pt=9, a="right")
        put(sh, 92, y + 8 + k * 5.5, euro(v * month), f=DCON, pt=8.5, a="right", c=GRY1)
    for k, (t, v) in enumerate(ded):
        put(sh, 108, y + 8 + k * 5.5, t, f=DCON, pt=9)
        put(sh, W - 18, y + 8 + k * 5.5, euro(v), f=DCON, pt=9, a="right")
    line(sh, 100, y + 3, 100, y + 22, lw=0.2, c=GRY3)
    boxed(sh, W - 78, y + 30, 60, 12, lw=0.8)
    put(sh, W - 75, y + 32, "Netto uit te betalen", f=DCON, pt=8.5)
    put(sh, W - 21, y + 36.5, euro(net), f=DCON_B, pt=11, a="right")
    r = random.Random(crc("iban54", w.surname))
    put(
        sh,
        18,
        y + 52,
        f"Overgemaakt op rekening NL{digits(r, 2)} {c.bank.get('code', 'NORB')} "
        f"{digits(r, 4)} {digits(r, 4)} {digits(r, 2)}",
        f=DCON,
        pt=8.5,
        c=GRY1,
    )
    put(sh, 18, y + 57, "Vakantiegeld 8 % wordt in mei uitbetaald.", f=DCON, pt=8.5, c=GRY1)
    return [sh]


def guarantor(c: Case, rng: random.Random, **_):
    """'VERKLARING GARANTSTELLING' typed and signed by the guarantor on plain paper: a heading and a reference line,
    the guarantor's and the applicant's particulars in two framed blocks side by side, the undertaking to pay the
    costs of stay and medical treatment, the guarantor's monthly income and employer, place, date and signature at
    the bottom RIGHT, a copy of the guarantor's payslip 'in de bijlage' mentioned at the foot."""
    g = c.payer or c.p
    sh = c.new_sheet()
    W = c.page_w
    put(sh, 20, 20, "VERKLARING GARANTSTELLING", f=GOTH_B, pt=15)
    put(
        sh, 20, 28, "voor de kosten van verblijf en medische behandeling in Nederland", f=GOTH, pt=9.5, c=GRY1
    )
    bw = (W - 46) / 2
    for k, (head, p, extra) in enumerate(
        [("Garantsteller", g, c.payer_relation or "—"), ("Vreemdeling", c.p, f"V-nummer {c.vnr}")]
    ):
        x = 20 + k * (bw + 6)
        boxed(sh, x, 38, bw, 44, lw=0.35)
        put(sh, x + 3, 40, head, f=GOTH_B, pt=10)
        a = p.address or c.p.address
        rows = [
            f"{p.given_names} {p.surname}",
            f"geboren {kort(p.birth_date)}",
            f"{a.street} {a.number}",
            f"{a.postcode} {a.city}",
            extra if k else f"relatie: {extra}",
        ]
        for j, t in enumerate(rows):
            put(sh, x + 3, 47 + j * 6, t, f=GOTH, pt=fit(t, bw - 6, GOTH, 9.5))
    e = _employer(c)
    txt = (
        f"Ondergetekende, {g.given_names} {g.surname}, verklaart zich garant te stellen voor alle kosten van "
        f"het verblijf in Nederland van {c.p.given_names} {c.p.surname}, waaronder de kosten van de medische "
        f"behandeling ({c.med.get('tx_short', '')}) voor zover die niet door een verzekering worden gedekt. "
        f"Ondergetekende heeft een dienstverband bij {e['name']} te {e['city']} met een bruto maandinkomen van "
        f"{euro(gross(c))} en legt daarvan bewijs over."
    )
    y = flow(sh, 20, 92, W - 40, txt, f=GOTH, pt=10.5, lead=1.5, al="justify")
    y = flow(
        sh,
        20,
        y + 4,
        W - 40,
        "Ondergetekende weet dat de IND deze verklaring kan controleren en dat een "
        "onjuiste verklaring gevolgen kan hebben voor de aanvraag.",
        f=GOTH,
        pt=10.5,
        lead=1.5,
    )
    a = g.address or c.p.address
    put(sh, W - 90, y + 12, f"{a.city}, {lang_nl(before(c, rng, 5, 30))}", f=GOTH, pt=10)
    scrawl(sh, W - 88, y + 18, rng, w=46, h=14, c=BIC_BLUE)
    put(sh, W - 90, y + 34, f"{g.given_names} {g.surname}", f=GOTH, pt=9.5)
    put(
        sh,
        20,
        c.page_h - 26,
        "Bijlagen: kopie identiteitsbewijs garantsteller, laatste loonstrook",
        f=GOTH,
        pt=8,
        c=GRY2,
    )
    return [c.intr(sh)]


def werkgeversverklaring(c: Case, rng: random.Random, **_):
    """Employer's statement on the company's letter paper: the company's name in coloured capitals with a thin
    coloured rule at the top, the addressee 'Aan wie het aangaat', the statement in a few lines (since when, the
    function, an indefinite contract, hours and gross monthly pay), signed by the HR officer with a small
    rectangular company stamp to the RIGHT of the signature."""
    e, w = _employer(c), earner(c)
    sh = c.new_sheet()
    W = c.page_w
    col = (20, 100, 120)
    put(sh, 20, 16, e["name"].upper(), f=CARL_B, pt=13, c=col)
    line(sh, 20, 23, W - 20, 23, lw=0.6, c=col)
    put(
        sh,
        20,
        26,
        f"{e['street']} · {e['pc']} {e['city']} · KvK {digits(random.Random(crc(e['name'])), 8)}",
        f=CARL,
        pt=8,
        c=GRY1,
    )
    put(sh, 20, 44, "Aan wie het aangaat", f=CARL, pt=11)
    d = before(c, rng, 6, 40)
    put(sh, 20, 52, f"{e['city']}, {lang_nl(d)}", f=CARL, pt=11)
    put(sh, 20, 62, "Betreft: werkgeversverklaring", f=CARL_B, pt=11)
    txt = (
        f"Hierbij verklaren wij dat {w.given_names} {w.surname}, geboren op {kort(w.birth_date)}, sinds "
        f"{lang_nl(e['since'])} bij ons in dienst is als {e['role'].lower()}. Het dienstverband is voor "
        f"onbepaalde tijd, voor {rng.choice([32, 36, 38, 40])} uur per week. Het bruto maandsalaris bedraagt "
        f"{euro(gross(c))}, exclusief 8 % vakantietoeslag. Er is geen sprake van een proeftijd of van een "
        f"voornemen om het dienstverband te beëindigen."
    )
    y = flow(sh, 20, 72, W - 40, txt, f=CARL, pt=11, lead=1.5)
    y = flow(sh, 20, y + 6, W - 40, "Deze verklaring is naar waarheid opgesteld.", f=CARL, pt=11)
    put(sh, 20, y + 10, "Met vriendelijke groet,", f=CARL, pt=11)
    scrawl(sh, 22, y + 16, rng, w=42, h=13, c=BIC_BLACK)
    rubber(
        sh, 80, y + 16, [e["name"][:24].upper(), e["city"].upper()], rng, shape="rect", c=STAMP_BLUE, mm=26
    )
    put(
        sh,
        20,
        y + 32,
        f"{rng.choice(['J.', 'M.', 'S.', 'A.'])} {rng.choice(['Bakker', 'Visser', 'de Graaf'])}, HR-adviseur",
        f=CARL,
        pt=10,
    )
    return [sh]


_r(
    "payslip-loonbureau-twee-tabellen-netto-kader-54",
    "income-proof",
    "nl",
    payslip,
    "payroll bureau's pay slip with earnings and deductions side by side",
)
_r(
    "guarantor-verklaring-twee-kaders-getypt-54",
    "income-proof",
    "nl",
    guarantor,
    "guarantor's typed declaration with two framed particulars blocks",
)
_r(
    "werkgeversverklaring-bedrijfspapier-hr-stempel-54",
    "income-proof",
    "nl",
    werkgeversverklaring,
    "employer's statement on company paper",
)


# =========================================================================== medical statements


def how_long(c: Case, lang: str) -> str:
    """The statement's sentence on how long treatment will last (the 'short' kind ends in about four months)."""
    k = c.duration
    if k == "short":
        end = _ind.add_months(SUB, 4)
        return (
            {
                "nl": f"De behandeling wordt naar verwachting afgesloten in {MAAND[end.month - 1]} {end.year}. "
                f"Daarna is geen verdere behandeling in het ziekenhuis meer nodig.",
                "en": f"Treatment is expected to be completed in {MONTH[end.month - 1]} {end.year}; no further "
                f"hospital treatment will be needed after that.",
            }
        )[lang]
    return {
        "nl": {
            "lifelong": "De behandeling moet levenslang worden voortgezet; een einde is niet te voorzien.",
            "years2": "De behandeling zal naar verwachting nog ten minste twee jaar nodig zijn.",
            "years3": "De behandeling is nog minimaal drie jaar vanaf heden noodzakelijk.",
            "indefinite": "De duur van de behandeling is onbepaald, maar zeker langer dan één jaar.",
            "months18": "De behandeling zal naar verwachting nog zo'n achttien maanden duren.",
        },
        "en": {
            "lifelong": "Treatment must continue for life; no end can be foreseen.",
            "years2": "Treatment is expected to be needed for at least two more years.",
            "years3": "Treatment will be necessary for at least three years from now.",
            "indefinite": "The duration of treatment is indefinite, but certainly more than one year.",
            "months18": "Treatment is expected to continue for about eighteen more months.",
        },
    }[lang][k]


def _hosp_top(sh: Sheet, c: Case, *, dept: str, right=True) -> float:
    h = c.hospital
    W = c.page_w
    col = h.get("color", NAVY)
    if right:
        put(sh, W - 18, 14, h["name"], f=LSAN_B, pt=12, c=col, a="right")
        put(sh, W - 18, 20, dept, f=LSAN, pt=9, c=GRY1, a="right")
        put(sh, W - 18, 24.5, f"{h['street']} · {h['pc']} {h['city']}", f=LSAN, pt=8, c=GRY2, a="right")
        boxed(sh, 18, 12, 4, 16, lw=0, fill=col)
    else:
        put(sh, 18, 14, h["name"].upper(), f=PAL_B, pt=12, c=col)
        put(sh, 18, 20, dept, f=PAL_I, pt=9.5, c=GRY1)
    return 36.0


def med_letter(c: Case, rng: random.Random, **_):
    """Treating specialist's 'MEDISCHE VERKLARING' on hospital paper addressed to the lawyer: the hospital's name,
    department and address at the top RIGHT with a coloured block at the LEFT edge, the lawyer's address, the
    patient's data as a small table, then 'Diagnose', 'Behandeling', 'Noodzaak', 'Duur' and 'Prognose' as bold
    run-in words at the start of their paragraphs; signed above the typed name and the BIG number at the bottom."""
    m = c.med
    sh = c.new_sheet()
    W = c.page_w
    y = _hosp_top(sh, c, dept=f"Afdeling {m['spec']}")
    L_ = office(c)
    for k, t in enumerate([L_["firm"], f"t.a.v. {mr(c)}", L_["street"], f"{L_['pc']}  {L_['city']}"]):
        put(sh, 22, y + 8 + k * 4.8, t, f=LSAN, pt=10)
    d = before(c, rng, 6, 50)
    put(sh, W - 18, y + 8, f"{c.hospital['city']}, {lang_nl(d)}", f=LSAN, pt=10, a="right")
    y += 38
    put(sh, 22, y, "MEDISCHE VERKLARING", f=LSAN_B, pt=13)
    y += 9
    for a, b in [
        ("Naam patiënt", f"{c.p.surname}, {c.p.given_names}"),
        ("Geboortedatum", kort(c.p.birth_date)),
        ("Patiëntnummer", str(1000000 + crc("pn", c.rng_seed) % 8999999)),
    ]:
        put(sh, 22, y, a, f=LSAN, pt=9.5, c=GRY1)
        put(sh, 60, y, b, f=LSAN_B, pt=9.5)
        y += 5.2
    y += 4
    st = _ind._treat_start(c)
    paras = [
        ("Diagnose.", f"{m['dx'][0].upper()}{m['dx'][1:]}."),
        (
            "Behandeling.",
            f"Patiënt wordt sinds {MAAND[st.month - 1]} {st.year} in ons ziekenhuis behandeld. "
            f"De behandeling bestaat uit {m['tx']}.",
        ),
        ("Noodzaak.", f"De behandeling is medisch noodzakelijk. {m['stop']}"),
        ("Duur.", how_long(c, "nl")),
        (
            "Prognose.",
            "Bij ononderbroken behandeling is de prognose redelijk."
            if m["long"]
            else "Na afronding van de behandeling is de prognose goed.",
        ),
    ]
    for lead, body in paras:
        put(sh, 22, y, lead, f=LSAN_B, pt=10.2)
        y = (
            flow(
                sh,
                22 + span_w(lead + " ", LSAN_B, 10.2),
                y,
                W - 44 - span_w(lead + " ", LSAN_B, 10.2),
                body,
                f=LSAN,
                pt=10.2,
                lead=1.4,
            )
            + 2.5
        )
    y = flow(
        sh,
        22,
        y + 3,
        W - 44,
        "Deze verklaring is op verzoek van patiënt opgesteld voor de IND.",
        f=LSAN,
        pt=9.5,
        c=GRY1,
    )
    g, s, _sx = _ind.people.make_professional(random.Random(crc("spec54", c.rng_seed)), "NL")
    scrawl(sh, 22, y + 4, rng, w=44, h=14, c=BIC_BLUE)
    put(sh, 22, y + 20, f"dr. {g[0]}. {s[0].upper()}{s[1:]}, {m['doc_title']}", f=LSAN, pt=10)
    put(sh, 22, y + 25, f"BIG-nummer {digits(random.Random(crc('big', s)), 11)}", f=LSAN, pt=8.5, c=GRY1)
    return [sh]


def med_en(c: Case, rng: random.Random, **_):
    """English 'MEDICAL STATEMENT' of the treating consultant, 'To whom it may concern': the hospital's name in
    Palatino capitals at the top LEFT, the statement in six numbered paragraphs (identity of the patient, diagnosis,
    treatment, necessity, expected duration, availability), signed at the bottom RIGHT with name and position, the
    department's round stamp overlapping the signature."""
    m = c.med
    sh = c.new_sheet()
    W = c.page_w
    y = _hosp_top(sh, c, dept=f"Department of {m['spec_en']}", right=False)
    d = before(c, rng, 5, 45)
    put(sh, W - 18, y, lang_en(d), f=PAL, pt=10.5, a="right")
    put(sh, 20, y + 10, "To whom it may concern", f=PAL_I, pt=10.5)
    put(sh, 20, y + 20, "MEDICAL STATEMENT", f=PAL_B, pt=13)
    st = _ind._treat_start(c)
    land = _ind.country_name(c.p.nationality, "en")
    paras = [
        f"This statement concerns {c.p.given_names} {c.p.surname}, born on {lang_en(c.p.birth_date)}, who is "
        f"a patient of our department.",
        f"Diagnosis: {m['dx_en']}.",
        f"Since {MONTH[st.month - 1]} {st.year} the patient has been treated with {m['tx_en']}.",
        f"The treatment is medically necessary. {m['stop_en']}",
        how_long(c, "en"),
        f"As far as I know this treatment is not available to the patient in {land}.",
    ]
    y += 30
    for k, ptxt in enumerate(paras, 1):
        put(sh, 20, y, f"{k}.", f=PAL_B, pt=10.5)
        y = flow(sh, 28, y, W - 48, ptxt, f=PAL, pt=10.5, lead=1.45, al="justify") + 3
    g, s, _sx = _ind.people.make_professional(random.Random(crc("spec54", c.rng_seed)), "NL")
    x = W - 90
    scrawl(sh, x, y + 8, rng, w=46, h=15, c=BIC_BLACK)
    rubber(
        sh,
        x + 30,
        y + 4,
        [c.hospital["short"].upper()[:16], m["spec_en"].upper()[:18]],
        rng,
        c=STAMP_BLUE,
        mm=26,
    )
    put(sh, x, y + 26, f"Dr {g[0]}. {s[0].upper()}{s[1:]}", f=PAL_B, pt=10.5)
    put(sh, x, y + 31, m["doc_en"].capitalize(), f=PAL, pt=9.5)
    return [sh]


_r(
    "medstat-brief-advocaat-run-in-koppen-kleurblok-54",
    "medical-statement",
    "nl",
    med_letter,
    "specialist's statement to the lawyer with run-in headings",
)
_r(
    "medstat-en-to-whom-genummerd-palatino-54",
    "medical-statement",
    "en",
    med_en,
    "English consultant's statement in numbered paragraphs",
)


# =========================================================================== care-institution statements


def _ins_name(c: Case) -> str:
    n = c.__dict__.get("_ins_name")
    if n:
        return n
    return (c.insurer_intl or c.insurer_nl or _ind.INSURERS_INTL[0])["name"]


def _who_pays(c: Case, lang: str) -> str:
    pay = f"{c.payer.given_names} {c.payer.surname}" if c.payer else None
    if lang == "en":
        return f"The costs are covered by the patient's health insurance with {_ins_name(c)}" + (
            f"; any part not covered is guaranteed by {pay}." if pay else "; the patient pays any remainder."
        )
    return f"De kosten worden vergoed door de zorgverzekering van patiënt bij {_ins_name(c)}" + (
        f"; het niet-gedekte deel wordt gegarandeerd door {pay}."
        if pay
        else "; een eventueel restant betaalt patiënt zelf."
    )


def care_form(c: Case, rng: random.Random, **_):
    """'VERKLARING ZORGINSTELLING' filled in by the hospital's patient administration on its own two-column form:
    the hospital's name at the top, a numbered list of statements with 'ja' ticked in a check-box column at the
    RIGHT (the institution can treat, will treat, the start date, the expected end), the costs per year in a framed
    cell, who pays, signed by the medical manager with the hospital's rectangular stamp."""
    m, h = c.med, c.hospital
    sh = c.new_sheet()
    W = c.page_w
    y = _hosp_top(sh, c, dept="Patiëntenadministratie / zorgcoördinatie")
    put(sh, 20, y + 4, "VERKLARING ZORGINSTELLING", f=LSAN_B, pt=14)
    put(
        sh,
        20,
        y + 12,
        "ten behoeve van een aanvraag verblijfsvergunning medische behandeling",
        f=LSAN,
        pt=9,
        c=GRY1,
    )
    y += 22
    for a, b in [
        ("Patiënt", f"{c.p.given_names} {c.p.surname}"),
        ("Geboren", kort(c.p.birth_date)),
        ("Nationaliteit", _ind.nat_nl(c.p)),
    ]:
        put(sh, 20, y, a, f=LSAN, pt=9.5, c=GRY1)
        put(sh, 56, y, b, f=LSAN_B, pt=9.5)
        y += 5.5
    start, end = _ind._care_dates(c)
    items = [
        f"{h['name']} is een in Nederland gevestigde zorginstelling en kan de behandeling ({m['tx_short']}) "
        f"uitvoeren.",
        "De zorginstelling is bereid de patiënt deze behandeling te geven.",
        f"De behandeling start of is gestart op {kort(start)}.",
        f"De behandeling loopt in elk geval tot {kort(end)}.",
    ]
    y += 6
    put(sh, W - 36, y - 5, "ja", f=LSAN_B, pt=8.5)
    put(sh, W - 26, y - 5, "nee", f=LSAN_B, pt=8.5)
    for k, t in enumerate(items, 1):
        put(sh, 20, y, f"{k}.", f=LSAN, pt=10)
        yy = flow(sh, 27, y, W - 72, t, f=LSAN, pt=10, lead=1.35)
        boxed(sh, W - 36, y, 4, 4, lw=0.3)
        boxed(sh, W - 26, y, 4, 4, lw=0.3)
        put(sh, W - 35.4, y - 0.4, "X", f=LSAN_B, pt=10)
        y = max(yy, y + 6) + 3
    boxed(sh, 20, y + 2, W - 40, 12, lw=0.4)
    put(sh, 23, y + 4, "Geraamde kosten per jaar", f=LSAN, pt=9, c=GRY1)
    put(sh, W - 24, y + 6.5, euro(float(m.get("cost", 20000))), f=LSAN_B, pt=11, a="right")
    y = flow(sh, 20, y + 20, W - 40, _who_pays(c, "nl"), f=LSAN, pt=10, lead=1.4)
    put(sh, 20, y + 8, f"{h['city']}, {lang_nl(before(c, rng, 4, 40))}", f=LSAN, pt=10)
    scrawl(sh, 20, y + 14, rng, w=42, h=13, c=BIC_BLUE)
    rubber(
        sh,
        80,
        y + 14,
        [h.get("short", h["name"])[:22].upper(), h["city"].upper(), "ZORGCOÖRDINATIE"],
        rng,
        shape="rect",
        c=STAMP_VIOLET,
        mm=30,
    )
    put(sh, 20, y + 30, "medisch manager", f=LSAN, pt=9.5, c=GRY1)
    return [sh]


def care_en(c: Case, rng: random.Random, **_):
    """English 'CONFIRMATION OF TREATMENT' of the hospital's International Patient Office printed from e-mail: the
    mail header lines (From, To, Date, Subject) in grey at the top, then the letter: the office confirms it can and
    will treat the named patient, from when, for how long and at what yearly cost, and who pays; signed with a typed
    name only ('International Patient Office')."""
    m, h = c.med, c.hospital
    sh = c.new_sheet()
    W = c.page_w
    d = before(c, rng, 3, 30)
    mail = f"ipo@{h['web'].replace('www.', '')}"
    for k, (a, b) in enumerate(
        [
            ("From", f"International Patient Office <{mail}>"),
            ("To", office(c)["mail"]),
            ("Date", f"{lang_en(d)} 10:{rng.randint(10, 59)}"),
            ("Subject", f"Confirmation of treatment – {c.p.surname}"),
        ]
    ):
        put(sh, 18, 14 + k * 5, f"{a}:", f=DSAN, pt=8.5, c=GRY1)
        put(sh, 38, 14 + k * 5, b, f=DSAN, pt=8.5)
    line(sh, 18, 36, W - 18, 36, lw=0.2, c=GRY3)
    put(sh, 18, 44, h["name"], f=DSAN_B, pt=12, c=h.get("color", NAVY))
    put(sh, 18, 50, "International Patient Office", f=DSAN, pt=9, c=GRY1)
    put(sh, 18, 62, "CONFIRMATION OF TREATMENT", f=DSAN_B, pt=12)
    start, end = _ind._care_dates(c)
    txt = [
        f"We confirm that {c.p.given_names} {c.p.surname}, born on {lang_en(c.p.birth_date)}, is a patient of "
        f"{h['name']} in {h['city']}, the Netherlands.",
        f"Our hospital is able to provide the necessary treatment ({m['tx_en']}) and will provide it. "
        f"Treatment starts or started on {lang_en(start)} and will continue at least until {lang_en(end)}.",
        f"The estimated cost of the treatment is {euro(float(m.get('cost', 20000)))} per year. "
        + _who_pays(c, "en"),
        "Please contact us if you need further information.",
    ]
    y = 72.0
    for t in txt:
        y = flow(sh, 18, y, W - 36, t, f=DSAN, pt=10, lead=1.45) + 4
    put(sh, 18, y + 4, "Kind regards,", f=DSAN, pt=10)
    put(
        sh,
        18,
        y + 14,
        f"{rng.choice(['Anouk', 'Sanne', 'Erik', 'Joost'])} "
        f"{rng.choice(['de Vries', 'Jansen', 'Mulder', 'Smit'])}",
        f=DSAN_B,
        pt=10,
    )
    put(sh, 18, y + 19, "International Patient Office", f=DSAN, pt=9.5, c=GRY1)
    put(sh, 18, c.page_h - 20, f"{h['street']}, {h['pc']} {h['city']} · {h['web']}", f=DSAN, pt=7.5, c=GRY2)
    return [sh]


_r(
    "care-verklaring-ja-nee-kolom-kostenkader-54",
    "care-institution-statement",
    "nl",
    care_form,
    "hospital's form with ticked statements and a cost cell",
)
_r(
    "care-confirmation-en-mailkop-ipo-54",
    "care-institution-statement",
    "en",
    care_en,
    "International Patient Office's confirmation printed from e-mail",
)


# =========================================================================== health insurance


def _polno(c: Case, prefix="") -> str:
    return prefix + str(10000000 + crc("pol54", c.rng_seed) % 89999999)


def _cover_from(c: Case) -> D:
    return (
        D(c.sub.year - (1 if c.sub.month < 3 else 0), 1, 1)
        if crc("jan", c.rng_seed) % 2
        else c.sub - dt.timedelta(days=60 + crc("cf", c.rng_seed) % 200)
    )


def polisblad(c: Case, rng: random.Random, **_):
    """Dutch health insurer's 'Polisblad 2026' printed from the insurer's website: the insurer's name in its colour
    with a round emblem at the top LEFT, the policy holder's address in the window, a grey summary box (policy
    number, start date, premium per month), then a table of the insured persons with basic and supplementary cover
    ('Basisverzekering Natura', 'AanvullendPlus'), the own risk and a sentence that necessary hospital care and
    medication are covered; the page number and print date at the foot."""
    ins = c.insurer_nl or _ind.INSURERS_NL[0]
    sh = c.new_sheet()
    W = c.page_w
    col = ins.get("color", NAVY)
    sh.rect(18, 12, 12, 12, width_mm=0, fill=col)
    put(sh, 34, 13, ins["name"], f=NSAN_B, pt=12, c=col)
    put(sh, 34, 19, ins.get("post", ""), f=NSAN, pt=8, c=GRY1)
    a1, a2 = adres(c)
    for k, t in enumerate([f"{c.p.given_names} {c.p.surname}", a1, a2]):
        put(sh, 24, 42 + k * 5, t, f=NSAN, pt=10)
    put(sh, 20, 72, "Polisblad 2026", f=NSAN_B, pt=16)
    boxed(sh, 20, 82, W - 40, 24, lw=0, fill=(236, 236, 236))
    start = _cover_from(c)
    for k, (a, b) in enumerate(
        [
            ("Polisnummer", _polno(c)),
            ("Ingangsdatum", kort(start)),
            ("Premie per maand", euro(148.95 + crc("prem", c.rng_seed) % 40)),
            ("UZOVI-nummer", ins.get("uzovi", "3300")),
        ]
    ):
        put(sh, 24 + (k % 2) * 85, 85 + (k // 2) * 10, a, f=NSAN, pt=8.5, c=GRY1)
        put(sh, 24 + (k % 2) * 85, 89.5 + (k // 2) * 10, b, f=NSAN_B, pt=10)
    y = 116.0
    for x, h in zip([20, 76, 116, 156], ["Verzekerde", "Geboortedatum", "Basis", "Aanvullend"]):
        put(sh, x, y, h, f=NSAN_B, pt=9)
    line(sh, 20, y + 5, W - 20, y + 5, lw=0.4)
    put(sh, 20, y + 8, f"{c.p.given_names} {c.p.surname}", f=NSAN, pt=9)
    put(sh, 76, y + 8, kort(c.p.birth_date), f=NSAN, pt=9)
    put(sh, 116, y + 8, "Natura", f=NSAN, pt=9)
    put(sh, 156, y + 8, "AanvullendPlus", f=NSAN, pt=9)
    y = flow(
        sh,
        20,
        y + 20,
        W - 40,
        "Uw basisverzekering vergoedt onder meer medisch-specialistische zorg, "
        "ziekenhuisopname, dialyse, geneesmiddelen en bloedtransfusies volgens de polisvoorwaarden 2026. Het "
        "verplicht eigen risico bedraagt € 385 per kalenderjaar.",
        f=NSAN,
        pt=10,
        lead=1.45,
    )
    put(
        sh,
        20,
        c.page_h - 20,
        f"Afgedrukt op {kort(before(c, rng, 2, 20))} via Mijn {ins.get('short', '')}  ·  pagina 1 van 1",
        f=NSAN,
        pt=7.5,
        c=GRY2,
    )
    return [sh]


def intl_cert(c: Case, rng: random.Random, **_):
    """International insurer's 'CERTIFICATE OF INSURANCE' born digital: a wide coloured header band with the
    insurer's name in white, the certificate number and issue date at the RIGHT under it, the insured person, plan,
    period and area of cover in a two-column table with thin rules, a paragraph that in-patient and out-patient
    treatment of existing conditions is covered in the Netherlands, a QR code and a printed signature of the head
    of underwriting at the foot."""
    ins = c.insurer_intl or _ind.INSURERS_INTL[0]
    sh = c.new_sheet()
    W = c.page_w
    col = ins.get("color", NAVY)
    boxed(sh, 0, 10, W, 22, lw=0, fill=col)
    put(sh, 18, 14, ins["name"], f=DSAN_B, pt=fit(ins["name"], W - 36, DSAN_B, 13), c=WHITE)
    put(sh, 18, 22, ins.get("addr", ""), f=DSAN, pt=fit(ins.get("addr", ""), W - 36, DSAN, 8), c=WHITE)
    put(sh, 18, 42, "CERTIFICATE OF INSURANCE", f=DSAN_B, pt=14)
    put(sh, W - 18, 42, f"No. {_polno(c, 'C-')}", f=DSAN, pt=9, a="right")
    put(sh, W - 18, 47, f"Issued {lang_en(before(c, rng, 3, 30))}", f=DSAN, pt=9, a="right", c=GRY1)
    start = _cover_from(c)
    rows = [
        ("Insured person", f"{c.p.given_names} {c.p.surname}"),
        ("Date of birth", lang_en(c.p.birth_date)),
        ("Nationality", _ind.nationality_adj(c.p.nationality, "en")),
        ("Plan", ins.get("plan", "Global Care")),
        ("Period of cover", f"{lang_en(start)} – {lang_en(start.replace(year=start.year + 1))}"),
        ("Area of cover", "Worldwide incl. the Netherlands"),
        ("Pre-existing conditions", "covered (declared)"),
    ]
    y = 56.0
    for a, b in rows:
        line(sh, 18, y - 1.5, W - 18, y - 1.5, lw=0.1, c=GRY3)
        put(sh, 18, y, a, f=DSAN, pt=9.5, c=GRY1)
        put(sh, 80, y, b, f=DSAN_B, pt=fit(b, W - 100, DSAN_B, 10))
        y += 7.5
    y = flow(
        sh,
        18,
        y + 6,
        W - 36,
        "This certificate confirms that the person named above is insured for "
        "medically necessary in-patient and out-patient treatment, including the treatment of the declared "
        "condition, specialist consultations, prescribed medication and hospital admission in the "
        "Netherlands, up to the limits of the plan.",
        f=DSAN,
        pt=10,
        lead=1.45,
    )
    qr_block(sh, 18, y + 10, 24, crc("qr54", c.rng_seed))
    put(sh, W - 18, y + 16, "Head of Underwriting", f=DSAN, pt=9, a="right", c=GRY1)
    put(
        sh,
        W - 18,
        y + 22,
        f"{rng.choice(['M.', 'R.', 'L.'])} {rng.choice(['Hughes', 'Keller', 'Moreau'])}",
        f=DSAN_B,
        pt=10,
        a="right",
    )
    return [sh]


def incoming(c: Case, rng: random.Random, **_):
    """Dutch incoming-insurance 'Polisbewijs' for foreign nationals staying in the Netherlands, typed in Bookman
    inside a thin frame: the insurer (one of the incoming insurers the case names) at the top, the policy number in
    a box, the insured person's data, the cover ('medisch noodzakelijke zorg volgens het niveau van de
    basisverzekering, inclusief bestaande aandoeningen'), the period, and a blue rubber stamp with a signature."""
    name = _ind._incoming_name(c)
    sh = c.new_sheet()
    W = c.page_w
    boxed(sh, 14, 12, W - 28, c.page_h - 30, lw=0.4)
    put(sh, W / 2, 20, name, f=BOOK_B, pt=13, a="center")
    put(
        sh,
        W / 2,
        27,
        "incoming-verzekering voor buitenlandse gasten in Nederland",
        f=BOOK,
        pt=9,
        a="center",
        c=GRY1,
    )
    put(sh, W / 2, 42, "POLISBEWIJS", f=BOOK_B, pt=16, a="center")
    boxed(sh, W / 2 - 30, 51, 60, 9, lw=0.4)
    put(sh, W / 2, 53, _polno(c, "INC-"), f=BOOK_B, pt=11, a="center")
    start = _cover_from(c)
    y = 72.0
    for a, b in [
        ("Verzekerde", f"{c.p.given_names} {c.p.surname}"),
        ("Geboortedatum", kort(c.p.birth_date)),
        ("Adres in Nederland", ", ".join(adres(c))),
        ("Looptijd", f"{kort(start)} t/m {kort(start.replace(year=start.year + 1))}"),
        (
            "Dekking",
            "medisch noodzakelijke zorg op het niveau van de basisverzekering, inclusief bestaande "
            "aandoeningen, ziekenhuisopname en geneesmiddelen",
        ),
    ]:
        put(sh, 24, y, a, f=BOOK, pt=9.5, c=GRY1)
        y = flow(sh, 72, y, W - 96, b, f=BOOK_B, pt=10, lead=1.35) + 3
    put(sh, 24, y + 10, f"Amsterdam, {lang_nl(before(c, rng, 5, 40))}", f=BOOK, pt=10)
    rubber(sh, 26, y + 18, [name.upper()[:24], "POLISADMINISTRATIE"], rng, c=STAMP_BLUE, mm=28)
    scrawl(sh, 70, y + 22, rng, w=40, h=13, c=BIC_BLUE)
    return [sh]


CERT = "intl-certificate-brede-kleurband-tabel-qr-54"
_r(
    "polisblad-website-embleem-grijs-overzicht-54",
    "health-insurance",
    "nl",
    polisblad,
    "Dutch insurer's policy sheet printed from the website",
)
_r(CERT, "health-insurance", "en", intl_cert, "international insurer's certificate with a wide colour band")
_r(
    "incoming-polisbewijs-bookman-kader-54",
    "health-insurance",
    "nl",
    incoming,
    "incoming insurer's policy certificate in a thin frame",
)


# =========================================================================== civic integration


def _exam_day(c: Case) -> D:
    return _ind._inb_date(c, random.Random(crc("exam54", c.rng_seed)))


def duo_diploma(c: Case, rng: random.Random, **_):
    """DUO's 'INBURGERINGSDIPLOMA' on landscape-looking portrait paper: a broad band of fine orange lines across the
    top, the state's name and DUO in small capitals, the title in large spaced capitals, the holder's name in
    Palatino italics on its own line with birth date and place under it, the list of passed parts in two columns,
    the diploma number in a box at the bottom LEFT and the signature 'namens de minister' at the RIGHT."""
    sh = c.new_sheet()
    W = c.page_w
    for k in range(18):
        line(sh, 0, 10 + k * 1.1, W, 10 + k * 1.1, lw=0.25, c=(236, 140, 40))
    put(
        sh,
        W / 2,
        36,
        "KONINKRIJK DER NEDERLANDEN  ·  DIENST UITVOERING ONDERWIJS",
        f=PAL,
        pt=8.5,
        c=GRY1,
        a="center",
        ls=0.6,
    )
    put(sh, W / 2, 56, "INBURGERINGSDIPLOMA", f=PAL_B, pt=24, a="center", ls=1.5)
    put(sh, W / 2, 70, "Wet inburgering 2021", f=PAL, pt=11, a="center")
    put(sh, W / 2, 92, "uitgereikt aan", f=PAL, pt=11, a="center")
    put(sh, W / 2, 102, f"{c.p.given_names} {c.p.surname}", f=PAL_I, pt=20, a="center")
    put(
        sh, W / 2, 114, f"geboren op {lang_nl(c.p.birth_date)} te {c.p.birth_place}", f=PAL, pt=11, a="center"
    )
    put(
        sh,
        W / 2,
        132,
        "die de volgende onderdelen van het inburgeringsexamen met goed gevolg heeft afgelegd:",
        f=PAL,
        pt=10.5,
        a="center",
    )
    parts = [
        "Lezen (B1)",
        "Luisteren (B1)",
        "Schrijven (B1)",
        "Spreken (B1)",
        "Kennis van de Nederlandse Maatschappij",
        "Module Arbeidsmarkt en Participatie",
    ]
    for k, t in enumerate(parts):
        put(sh, 45 + (k % 2) * 70, 144 + (k // 2) * 7, f"–  {t}", f=PAL, pt=10.5)
    d = _exam_day(c)
    r = random.Random(crc("dipl54", c.rng_seed))
    boxed(sh, 24, 196, 62, 14, lw=0.4)
    put(sh, 27, 198, "Diplomanummer", f=PAL, pt=8, c=GRY1)
    put(sh, 27, 203, f"ID{r.randint(100, 999)}-{r.randint(10000, 99999)}", f=PAL_B, pt=10.5)
    put(sh, W - 84, 192, f"Groningen, {lang_nl(d)}", f=PAL, pt=10.5)
    scrawl(sh, W - 82, 198, rng, w=44, h=13, c=BIC_BLACK)
    put(sh, W - 84, 214, "namens de minister van Sociale Zaken", f=PAL, pt=9)
    put(sh, W - 84, 218.5, "en Werkgelegenheid", f=PAL, pt=9)
    return [sh]


def duo_exemption(c: Case, rng: random.Random, **_):
    """DUO's decision granting exemption from the civic-integration requirement, a letter with the addressee at the
    LEFT and a reference column at the RIGHT (date, 'ons kenmerk', 'uw BSN'), the subject in bold, the decision in
    a framed paragraph 'Besluit', the reasons under 'Waarom?', objection clause in small type, signed 'DUO,
    namens deze' without a handwritten signature."""
    sh = c.new_sheet()
    W = c.page_w
    put(sh, 20, 14, "Dienst Uitvoering Onderwijs", f=NSAN_B, pt=11, c=(30, 60, 120))
    put(sh, 20, 19.5, "Ministerie van Onderwijs, Cultuur en Wetenschap", f=NSAN, pt=8, c=GRY1)
    a1, a2 = adres(c)
    for k, t in enumerate([f"{c.p.given_names} {c.p.surname}", a1, a2]):
        put(sh, 20, 46 + k * 5, t, f=NSAN, pt=10)
    d = _exam_day(c)
    r = random.Random(crc("onth54", c.rng_seed))
    for k, (a, b) in enumerate(
        [("Datum", lang_nl(d)), ("Ons kenmerk", f"OI-{r.randint(100000, 999999)}"), ("Uw BSN", _ind.bsn(r))]
    ):
        put(sh, W - 60, 46 + k * 9, a, f=NSAN, pt=7.5, c=GRY1)
        put(sh, W - 60, 49.8 + k * 9, b, f=NSAN, pt=9.5)
    put(sh, 20, 84, "Onderwerp: uw aanvraag om ontheffing van de inburgeringsplicht", f=NSAN_B, pt=10.5)
    y = flow(
        sh,
        20,
        94,
        W - 40,
        f"Beste {c.p.given_names} {c.p.surname},\n\nU hebt ons gevraagd om ontheffing van "
        f"de inburgeringsplicht. Wij hebben uw aanvraag en het advies van de onafhankelijke arts beoordeeld.",
        f=NSAN,
        pt=10,
        lead=1.45,
    )
    boxed(sh, 20, y + 4, W - 40, 22, lw=0.5)
    put(sh, 24, y + 7, "Besluit", f=NSAN_B, pt=10.5)
    flow(
        sh,
        24,
        y + 13,
        W - 48,
        "U krijgt ontheffing van de inburgeringsplicht. U hoeft het inburgeringsexamen niet meer te doen.",
        f=NSAN,
        pt=10,
    )
    y += 32
    put(sh, 20, y, "Waarom?", f=NSAN_B, pt=10.5)
    y = flow(
        sh,
        20,
        y + 6,
        W - 40,
        "Uit het medisch advies blijkt dat u door een lichamelijke of psychische "
        "beperking blijvend niet in staat bent om het examen te halen (artikel 6.4 Besluit inburgering "
        "2021).",
        f=NSAN,
        pt=10,
        lead=1.45,
    )
    y = flow(
        sh,
        20,
        y + 8,
        W - 40,
        "Met vriendelijke groet,\nDienst Uitvoering Onderwijs, namens deze",
        f=NSAN,
        pt=10,
        lead=1.45,
    )
    flow(
        sh,
        20,
        c.page_h - 40,
        W - 40,
        "Bent u het niet eens met dit besluit? Dan kunt u binnen 6 weken na de "
        "datum van deze brief bezwaar maken via duo.nl/bezwaar.",
        f=NSAN,
        pt=8,
        c=GRY1,
    )
    return [sh]


def duo_results(c: Case, rng: random.Random, *, failed: bool = False, **_):
    """DUO's results letter 'Uitslag inburgeringsexamen' printed from Mijn Inburgering: the portal's header line with
    the date of printing, the candidate's name and birth date, a table of exam parts with the exam date, the score,
    the required score and 'voldoende' / 'onvoldoende' with a check or cross mark; a closing paragraph that says
    whether the diploma follows (with ``failed`` one speaking part is 'onvoldoende' and no diploma follows)."""
    sh = c.new_sheet()
    W = c.page_w
    put(sh, 18, 12, "Mijn Inburgering  ·  DUO", f=DSAN_B, pt=10, c=(30, 60, 120))
    put(sh, W - 18, 12, f"afgedrukt {kort(before(c, rng, 3, 20))}", f=DSAN, pt=8, c=GRY2, a="right")
    line(sh, 18, 18, W - 18, 18, lw=0.3, c=GRY3)
    put(sh, 18, 28, "Uitslag inburgeringsexamen", f=DSAN_B, pt=14)
    put(sh, 18, 37, f"{c.p.given_names} {c.p.surname}  ·  geboren {kort(c.p.birth_date)}", f=DSAN, pt=10)
    d = _exam_day(c)
    r = random.Random(crc("res54", c.rng_seed))
    fail = r.choice([2, 3]) if failed else -1
    parts = [
        ("Lezen", 14, 10),
        ("Luisteren", 15, 10),
        ("Schrijven", 7, 5),
        ("Spreken", 22, 15),
        ("KNM", 33, 26),
    ]
    y = 50.0
    for x, h in zip([18, 60, 98, 126, 156], ["Onderdeel", "Examendatum", "Score", "Nodig", "Uitslag"]):
        put(sh, x, y, h, f=DSAN_B, pt=9)
    line(sh, 18, y + 5, W - 18, y + 5, lw=0.4)
    y += 8
    for k, (p_, top, need) in enumerate(parts):
        sc = (need - 1 - r.randint(0, 2)) if k == fail else r.randint(need, top)
        ok = k != fail
        put(sh, 18, y, p_, f=DSAN, pt=9.5)
        put(sh, 60, y, kort(d - dt.timedelta(days=r.randint(10, 150))), f=DSAN, pt=9.5)
        put(sh, 98, y, f"{sc} / {top}", f=DSAN, pt=9.5)
        put(sh, 126, y, str(need), f=DSAN, pt=9.5)
        put(
            sh,
            156,
            y,
            ("✓ voldoende" if ok else "✗ onvoldoende"),
            f=DSAN_B if not ok else DSAN,
            pt=9.5,
            c=(20, 110, 50) if ok else (180, 30, 30),
        )
        y += 7
    y += 6
    if failed:
        txt = (
            "U hebt niet alle onderdelen voldoende gemaakt. U krijgt daarom (nog) geen inburgeringsdiploma. U kunt "
            "zich opnieuw aanmelden voor het onderdeel met de uitslag onvoldoende."
        )
    else:
        txt = (
            "U hebt alle onderdelen voldoende gemaakt. U ontvangt uw inburgeringsdiploma binnen zes weken per "
            "post."
        )
    flow(sh, 18, y, W - 36, txt, f=DSAN, pt=10, lead=1.45)
    return [sh]


CIVIC = [
    ("duo-diploma-oranje-lijnenband-cursieve-naam-54", "diploma"),
    ("duo-ontheffing-besluitkader-referentiekolom-54", "exemption"),
    ("duo-uitslag-mijninburgering-score-nodig-vinkjes-54", "results"),
]
_r(CIVIC[0][0], "civic-integration", "nl", duo_diploma, "DUO's civic-integration diploma")
_r(CIVIC[1][0], "civic-integration", "nl", duo_exemption, "DUO's exemption decision")
_r(CIVIC[2][0], "civic-integration", "nl", duo_results, "DUO's results print from Mijn Inburgering")


# =========================================================================== cover letter, IND letters, visa

PROC = {
    "ind-medical-treatment": "een verblijfsvergunning voor medische behandeling",
    "ind-hnt-continued": "een verblijfsvergunning humanitair niet-tijdelijk (voortgezet verblijf)",
    "ind-generic": "verlenging van de verblijfsvergunning regulier",
}
EXEMPT = [
    "Cliënt verblijft in Nederland; zie de kopie van het huurcontract en de inschrijving in de BRP.",
    "Over de identiteit en de nationaliteit van cliënt bestaat geen twijfel; de autoriteiten van het land van "
    "herkomst hebben die in de bijgevoegde brief van de ambassade bevestigd.",
    "Een nieuw paspoort kan alleen in het land van herkomst zelf worden aangevraagd; de ambassade verstrekt geen "
    "paspoorten aan onderdanen in het buitenland.",
    "Als de behandeling stopt, ontstaat volgens de behandelend arts een medische noodsituatie.",
    "De behandeling is in het land van herkomst niet beschikbaar of voor cliënt niet toegankelijk.",
]


def cover(c: Case, rng: random.Random, *, enclosures: list[str] | None = None, **_):
    """Lawyer's covering letter to the IND typed in Caladea: the firm's name centred in dark-red spaced capitals
    over a thin double rule with the address line under it, the IND's postal address at the LEFT, then 'Datum',
    'Uw kenmerk', 'Ons kenmerk', 'Betreft' and the V-number as a small label column; short paragraphs; the
    enclosures as dash lines; 'Met vriendelijke groet,' with the signature at the LEFT over the typed name and
    'advocaat'."""
    lw = office(c)
    sh = c.new_sheet()
    W = c.page_w
    red = (120, 24, 30)
    put(sh, W / 2, 14, lw["firm"].upper(), f=CALA_B, pt=12, c=red, a="center", ls=0.8)
    line(sh, 30, 21, W - 30, 21, lw=0.5, c=red)
    line(sh, 30, 22.2, W - 30, 22.2, lw=0.15, c=red)
    put(
        sh,
        W / 2,
        24.5,
        f"{lw['street']} · {lw['pc']} {lw['city']} · {lw['mail']}",
        f=CALA,
        pt=8,
        c=GRY1,
        a="center",
    )
    y = 40.0
    for t in _ind.IND_ADDRESSES[crc("indadr", c.rng_seed) % len(_ind.IND_ADDRESSES)].split("\n"):
        put(sh, 22, y, t, f=CALA, pt=10.5)
        y += 5
    y += 8
    d = c.sub - dt.timedelta(days=rng.randint(0, 4))
    for a, b in [
        ("Datum", lang_nl(d)),
        ("Uw kenmerk", "—"),
        ("Ons kenmerk", f"{d.year}.{digits(rng, 4)}/{c.p.surname.split()[-1][:5].upper()}"),
        ("Betreft", f"{c.p.given_names} {c.p.surname}, geboren {kort(c.p.birth_date)}"),
        ("V-nummer", c.vnr),
    ]:
        put(sh, 22, y, a, f=CALA, pt=9, c=GRY1)
        put(sh, 52, y, b, f=CALA_B if a in ("Betreft", "V-nummer") else CALA, pt=10)
        y += 5.5
    y += 6
    paras = [
        "Geachte heer, mevrouw,",
        f"Namens {_ind.title_nl(c.p)} {c.p.surname} dien ik hierbij een aanvraag in voor {PROC[c.procedure]}. "
        f"Het ondertekende aanvraagformulier en de stukken treft u als bijlage aan.",
    ]
    if c.procedure == "ind-medical-treatment" and c.art64_end:
        paras.append(
            f"Cliënt heeft een jaar uitstel van vertrek op grond van artikel 64 Vw gehad; dat jaar eindigt "
            f"op {lang_nl(c.art64_end)}. Cliënt wordt nog steeds behandeld voor {c.med.get('dx', '')}. De "
            f"voorwaarden over inkomen en betaling gelden daarom niet."
        )
    if c.procedure == "ind-hnt-continued" and c.since:
        paras.append(
            f"Cliënt heeft sinds {lang_nl(c.since)} een verblijfsvergunning "
            f"({dict(ROUTES).get(c.route, 'regulier')})."
        )
    if c.no_passport:
        shown = [EXEMPT[i] for i in c.exemption_shown]
        paras.append(
            "Cliënt heeft geen geldig paspoort. Ik verzoek u cliënt vrij te stellen van het "
            "paspoortvereiste. " + " ".join(shown)
        )
    if c.suriname_visa:
        paras.append(
            "Cliënt heeft de Surinaamse nationaliteit en is met een visum voor medische behandeling naar "
            "Nederland gekomen (kopie bijgevoegd). De behandeling is nog steeds noodzakelijk en de betaling "
            "is geregeld."
        )
    paras.append("Wilt u de nota voor de leges naar mijn kantoor sturen? Voor vragen kunt u mij bellen.")
    for ptxt in paras:
        y = flow(sh, 22, y, W - 44, ptxt, f=CALA, pt=10.5, lead=1.4) + 3
    if enclosures:
        put(sh, 22, y, "Bijlagen", f=CALA_B, pt=10.5)
        y += 5.5
        for e in enclosures:
            put(sh, 26, y, f"–  {e}", f=CALA, pt=10)
            y += 4.8
        y += 3
    put(sh, 22, y + 2, "Met vriendelijke groet,", f=CALA, pt=10.5)
    scrawl(sh, 22, y + 6, rng, w=44, h=14, c=BIC_BLUE if rng.random() < 0.7 else BIC_BLACK)
    put(sh, 22, y + 22, mr(c), f=CALA, pt=10.5)
    put(sh, 22, y + 27, "advocaat", f=CALA_I, pt=9.5, c=GRY1)
    return [c.intr(sh)]


def _ind_letter(sh: Sheet, c: Case, d: D, ref: str) -> float:
    """This part's IND letter frame: the IND block and name at the top LEFT, a narrow grey column at the LEFT with
    the sender, date, reference and V-number, the addressee and the body in the wider RIGHT column."""
    boxed(sh, 16, 12, 12, 12, lw=0, fill=NAVY)
    put(sh, 22, 15.8, "IND", f=LSAN_B, pt=8, c=WHITE, a="center")
    put(sh, 31, 12.5, "Immigratie- en", f=LSAN_B, pt=9, c=NAVY)
    put(sh, 31, 16.5, "Naturalisatiedienst", f=LSAN_B, pt=9, c=NAVY)
    put(sh, 31, 20.5, "Ministerie van Justitie en Veiligheid", f=LSAN, pt=7, c=GRY1)
    col = [
        ("Retouradres", "Postbus 287, 7600 AG Almelo"),
        ("Datum", lang_nl(d)),
        ("Ons kenmerk", ref),
        ("V-nummer", c.vnr),
        ("Contact", "ind.nl/contact"),
    ]
    y = 44.0
    for a, b in col:
        put(sh, 16, y, a, f=LSAN_B, pt=7, c=GRY1)
        flow(sh, 16, y + 3.2, 36, b, f=LSAN, pt=7.5, lead=1.2)
        y += 12
    p = c.p
    lines_ = [f"{_ind.title_nl(p).capitalize()} {p.given_names} {p.surname}"]
    if c.lawyer and crc("pa", c.rng_seed) % 2:
        lines_ += [
            f"p/a {c.lawyer['firm']}",
            c.lawyer["street"],
            f"{c.lawyer['pc']}  {c.lawyer['city'].upper()}",
        ]
    elif p.address:
        a1, a2 = adres(c)
        lines_ += [a1, a2.upper()]
    for k, t in enumerate(lines_):
        put(sh, 60, 44 + k * 5, t, f=LSAN, pt=10)
    return 90.0


def art64(c: Case, rng: random.Random, **_):
    """IND decision granting postponement of departure under article 64 Vw, in this part's IND letter frame (see
    _ind_letter): the subject in bold, the decision with the period in a bold sentence, what it means, the 28-day
    window for a residence application, 'namens deze' without a handwritten signature, the objection clause in the
    footer."""
    end = c.art64_end or (c.since - dt.timedelta(days=1) if c.since else c.sub + dt.timedelta(days=12))
    start = _ind.add_years(end, -1) + dt.timedelta(days=1)
    d = start + dt.timedelta(days=rng.randint(10, 35))
    sh = c.new_sheet()
    W = c.page_w
    y = _ind_letter(sh, c, d, f"{digits(rng, 4)}-{digits(rng, 2)}-{digits(rng, 6)}")
    put(sh, 60, y, "Onderwerp: uitstel van vertrek (artikel 64 Vreemdelingenwet 2000)", f=LSAN_B, pt=10.5)
    y += 9
    for t in [
        f"Geachte {_ind.title_nl(c.p)} {c.p.surname},",
        "U hebt gevraagd om uitstel van vertrek, omdat u om medische redenen niet kunt reizen. Het Bureau "
        "Medische Advisering heeft daarover advies gegeven.",
        f"Beslissing: u krijgt uitstel van vertrek van {lang_nl(start)} tot en met {lang_nl(end)}.",
        "Dit betekent dat u in deze periode niet hoeft te vertrekken. U hebt geen verblijfsvergunning. Wilt u na "
        "deze periode in Nederland blijven voor medische behandeling? Vraag dan een verblijfsvergunning aan "
        "tussen 28 dagen vóór en 28 dagen na het einde van het uitstel.",
        "Met vriendelijke groet,\nde minister van Asiel en Migratie,\nnamens deze,\nImmigratie- en "
        "Naturalisatiedienst",
    ]:
        bold = t.startswith("Beslissing")
        y = flow(sh, 60, y, W - 76, t, f=LSAN_B if bold else LSAN, pt=10, lead=1.45) + 4
    flow(
        sh,
        60,
        c.page_h - 30,
        W - 76,
        "Bent u het niet eens met deze beslissing? Dan kunt u binnen 4 weken bezwaar "
        "maken. Kijk op ind.nl/bezwaar.",
        f=LSAN,
        pt=7.5,
        c=GRY1,
    )
    return [c.intr(sh)]


def permit_letter(c: Case, rng: random.Random, **_):
    """IND decision granting the earlier residence permit, in this part's IND letter frame (see _ind_letter): the
    purpose in quotes, the start date and validity in a bold sentence, where to collect the card; 'namens deze'."""
    since = c.since or D(2021, 3, 1)
    d = since + dt.timedelta(days=rng.randint(15, 70))
    purpose = {
        "medical-treatment": "medische behandeling",
        "medical-treatment-after-art64": "medische behandeling",
        "relationship": "verblijf bij partner",
        "parent": "verblijf bij ouder",
        "trafficking-victim": "slachtoffer-aangever mensenhandel",
        "trafficking-victim-no-report": "slachtoffer mensenhandel",
        "domestic-violence": "humanitair tijdelijk (huiselijk geweld)",
        "buiten-schuld": "humanitair tijdelijk (buiten schuld)",
    }.get(c.route or "", "regulier")
    years = 1 if "medisch" in purpose else 5
    sh = c.new_sheet()
    W = c.page_w
    y = _ind_letter(sh, c, d, f"{digits(rng, 4)}-{digits(rng, 2)}-{digits(rng, 6)}")
    put(sh, 60, y, "Onderwerp: beslissing op uw aanvraag", f=LSAN_B, pt=10.5)
    y += 9
    for t in [
        f"Geachte {_ind.title_nl(c.p)} {c.p.surname},",
        f"U hebt een verblijfsvergunning aangevraagd voor het verblijfsdoel '{purpose}'. Wij hebben uw aanvraag "
        f"beoordeeld.",
        f"Beslissing: u krijgt de verblijfsvergunning. Deze gaat in op {lang_nl(since)} en is geldig tot "
        f"{lang_nl(_ind.add_years(since, years) - dt.timedelta(days=1))}.",
        "U krijgt een uitnodiging om uw verblijfsdocument op te halen bij een IND-loket.",
        "Met vriendelijke groet,\nde minister van Asiel en Migratie,\nnamens deze,\nImmigratie- en "
        "Naturalisatiedienst",
    ]:
        bold = t.startswith("Beslissing")
        y = flow(sh, 60, y, W - 76, t, f=LSAN_B if bold else LSAN, pt=10, lead=1.45) + 4
    return [c.intr(sh)]


def mvv(c: Case, rng: random.Random, **_):
    """Copy of the passport page holding the Dutch long-stay visa (MVV) for medical treatment of a Surinamese
    applicant: the visa sticker with its own printed photo at the LEFT, the fields in two columns, the 'VISUM'
    title and NLD, the two MRZ lines; the passport page's security ground around it, a Marechaussee entry stamp
    under the sticker; the copy lies in the upper half of the sheet with 'kopie visum' written in pencil."""
    sh = c.new_sheet()
    W = c.page_w
    pg = Sheet(125, 88)
    pg.image(0, 0, 125, 88, wavy_ground(125, 88, rng, (236, 244, 236), (176, 210, 184), rows=14))
    st = Sheet(110, 62)
    st.image(0, 0, 110, 62, wavy_ground(110, 62, rng, (240, 236, 250), (200, 190, 230), rows=10))
    put(st, 4, 2.5, "VISUM", f=DSAN_B, pt=9, c=(60, 40, 120))
    put(st, 106, 2.5, "NLD", f=DSAN_B, pt=9, c=(60, 40, 120), a="right")
    st.photo(4, 9, 20, 26, rng)
    start = c.sub - dt.timedelta(days=rng.randint(160, 210))
    end = start + dt.timedelta(days=rng.randint(176, 186))
    pno = c.passport_no or f"R{digits(rng, 7)}"
    rows = [
        ("GELDIG VOOR", "NEDERLAND"),
        ("VAN", kort(start, ".")),
        ("TOT", kort(end, ".")),
        ("TYPE VISUM", "D / MVV"),
        ("AANTAL BINNENKOMSTEN", "1"),
        ("PASPOORTNUMMER", pno),
        ("AFGEGEVEN TE", "PARAMARIBO"),
        ("NAAM, VOORNAAM", f"{c.p.surname.upper()}, {c.p.given_names.upper()}"),
        ("OPMERKINGEN", "MEDISCHE BEHANDELING"),
    ]
    for k, (a, b) in enumerate(rows):
        x = 28 + (k % 2) * 40 if k < 6 else 28
        yy = 9 + (k // 2) * 6.5 if k < 6 else 29 + (k - 6) * 5.2 + 0
        put(st, x, yy, a, f=DSAN, pt=3.6, c=GRY1)
        put(st, x, yy + 1.5, b, f=DSAN_B, pt=fit(b, 78 if k >= 6 else 38, DSAN_B, 6))
    r1 = ("V<NLD" + _ind._mrz_name(c.p, 39))[:44]
    bd, ex = c.p.birth_date.strftime("%y%m%d"), end.strftime("%y%m%d")
    pn = (pno + "<" * 9)[:9]
    r2 = (
        f"{pn}{_ind._mrz_check(pn)}SUR{bd}{_ind._mrz_check(bd)}{c.p.sex}{ex}{_ind._mrz_check(ex)}" + "<" * 20
    )[:44]
    mrz_rows(st, 3, 50, [r1, r2], pt=6.6, step=4.4)
    card_onto(st, pg, 7, 6, dpi=260)
    rubber(
        pg,
        70,
        70,
        ["KMAR", "SCHIPHOL", kort(start + dt.timedelta(days=rng.randint(2, 20)), ".")],
        rng,
        shape="rect",
        c=STAMP_VIOLET,
        mm=18,
    )
    card_onto(pg, sh, (W - 125) / 2, 30)
    pen(sh, (W - 125) / 2, 124, "kopie visum", rng, f=HAND_A, pt=12, c=(120, 120, 120))
    return [sh]


_r(
    "cover-letter-caladea-donkerrood-gecentreerd-labelkolom-54",
    "other",
    "nl",
    cover,
    "lawyer's covering letter with a centred dark-red letterhead",
)
_r("art64-decision-ind-grijze-linkerkolom-54", "other", "nl", art64, "IND art. 64 decision, grey left column")
_r(
    "permit-letter-ind-grijze-linkerkolom-54",
    "other",
    "nl",
    permit_letter,
    "IND permit decision, grey left column",
)
_r(
    "mvv-sticker-sur-paspoortpagina-potlood-54",
    "other",
    "nl",
    mvv,
    "MVV sticker page of a Surinamese passport",
)


# =========================================================================== the part's IND dossiers


class FiftyfourthBuilder(_ind.PartBuilder):
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
            name="Chesapeake Mutual Health Assurance Co.",
            short="Chesapeake",
            addr="1100 East Pratt Street, Suite 2200, Baltimore, MD 21202, USA",
            color=(30, 70, 60),
            logo="square",
            plan="Expatriate Medical Plan Gold",
        )
        self.compose_med(D_, skip={"insurance"})
        D_.c.__dict__["_ins_name"] = D_.c.insurer_intl["name"]
        D_.c.page_w, D_.c.page_h = LETTER
        doc = D_.add(CERT, kind="digital", label="certificate of insurance Chesapeake")
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
            "only DUO's results print with one exam part 'onvoldoende': no diploma and no exemption",
        )
        self.finish(D_, clean=False)


DEFECT_PLAN = [
    ("a4", "ind-medical-treatment", "letter-digital"),
    ("a4", "ind-generic", "letter-scan"),
    ("blank", "ind-medical-treatment", "duplex-form"),
    ("blank", "ind-hnt-continued", "one-blank"),
    ("blank", "ind-generic", "duplex-all"),
    ("vnum", "ind-hnt-continued", "missing"),
    ("vnum", "ind-medical-treatment", "other"),
    ("vnum", "ind-generic", "missing"),
    ("vnum", "ind-generic", "other"),
    ("media", "ind-medical-treatment", "mp4"),
    ("media", "ind-hnt-continued", "attach"),
    ("media", "ind-generic", "js"),
    ("legible", "ind-generic", "faint"),
    ("legible", "ind-medical-treatment", "cut"),
    ("legible", "ind-hnt-continued", "72dpi"),
    ("translation", "ind-hnt-continued", "tk"),
    ("translation", "ind-generic", "es"),
    ("meddocs", "ind-medical-treatment", "care"),
    ("meddocs", "ind-medical-treatment", "income"),
    ("meddocs", "ind-medical-treatment", "medical"),
    ("meddocs", "ind-medical-treatment", "insurance"),
    ("exemption", "ind-medical-treatment", (0, 1, 3)),
    ("exemption", "ind-medical-treatment", (2, 4)),
    ("art64", "ind-medical-treatment", 33),
    ("art64", "ind-medical-treatment", -41),
    ("duration", "ind-hnt-continued", "medical-treatment"),
    ("duration", "ind-hnt-continued", "relationship"),
    ("duration", "ind-hnt-continued", "buiten-schuld"),
    ("continues", "ind-hnt-continued", "missing"),
    ("continues", "ind-hnt-continued", "short"),
    ("inburg", "ind-hnt-continued", "missing"),
    ("inburg", "ind-hnt-continued", "failed"),
    ("idsuff", "ind-hnt-continued", "none"),
    ("idsuff", "ind-hnt-continued", "permit-only"),
    ("mrz", "ind-medical-treatment", "birth"),
    ("mrz", "ind-hnt-continued", "check"),
    ("expired", "ind-hnt-continued", None),
    ("expired", "ind-medical-treatment", None),
    ("suriname", "ind-medical-treatment", None),
    ("suriname", "ind-medical-treatment", None),
]

CLEAN_PLAN = dict(
    med=[None, 12, None, -27, None, None, 28, None, -6, None],
    hnt=[
        ("medical-treatment", 35, None, False),
        ("relationship", 60, "exemption", True),
        ("domestic-violence", 90, None, False),
        ("relationship", 15, "diploma", False),
        ("parent", 45, None, True),
        ("medical-treatment-after-art64", 80, None, False),
        ("buiten-schuld", 25, None, False),
        ("trafficking-victim-no-report", 70, None, True),
        ("relationship", 130, "diploma", False),
        ("trafficking-victim", 50, None, False),
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
    b = FiftyfourthBuilder(PART, Path(out_root))
    getattr(b, method)(*a, **kw)
    return b.truths, b.skipped


def build_part(out_root: Path, *, jobs: int | None = None) -> list[dict]:
    """Write every IND dossier of this part under out_root/fiftyfourth/ and return their truth dicts (each dossier
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
