"""IND families of the `fiftieth` part (registered in ind.FAMILIES), and the builder of its IND dossiers.

Written by a writer who saw neither the validator nor its output, from the seeds (000, 001, 002), rules.md and how
such papers look in Dutch files.  Each family's layout, wording and copy habit is described in its function's
docstring only (the part is read blind).

The IND dossiers of this part follow ind's generic dossier plans (ind.PartBuilder: the same compositions, the same
defect kinds).  The places where ind.PartBuilder names one family per part (the civic-integration papers, the
US-Letter insurance certificate and the failed DUO results) are answered by FiftiethBuilder below, which also lets
the generic plans' Turkish-language birth act be this part's Belarusian (Belarusian/Russian) one and the
Spanish-language act this part's Azerbaijani one; the part's clean and defect plans are CLEAN_PLAN and DEFECT_PLAN
here, so ind itself is not changed.  Its IND applicants come from Azerbaijan, Belarus and Libya; the 9ter countries'
applicants are 9ter only and a Surinamese applicant appears only where the Surinamese rule needs one
(ind.IND_ORIGIN_SKIP gets this part's own key).
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path


from . import ind as _ind
from .fiftieth_identity import (
    BOOKM,
    BOOKM_B,
    CARL,
    CARL_B,
    DVM,
    DVM_B,
    G1,
    G2,
    G3,
    GOTH,
    GOTH_B,
    HAND_BLOCK,
    HAND_HEAVY,
    HAND_LEAN,
    HAND_ROUND,
    INK_BLACK,
    INK_BLUE,
    INK_ROYAL,
    NNARROW,
    NNARROW_B,
    NSANS,
    NSANS_B,
    NSANS_I,
    PALA,
    PALA_B,
    PALA_I,
    SCHOOL,
    SCHOOL_B,
    ST_BLACK,
    ST_BLUE,
    ST_VIOLET,
    TYPEW,
    TYPEW_B,
    bars,
    block,
    chk,
    digs,
    dnum,
    dword,
    emblem,
    fill,
    fit_pt,
    frame,
    hand,
    hline,
    hsh,
    lines_of,
    mrz_put,
    put,
    put_fit,
    qr,
    signat,
    stampit,
    vline,
    waves_ground,
    wid,
)
from .ind import LETTER, Case, _defect
from .mrz import td3
from .paper import Sheet
from .people import COUNTRIES as PC
from .people import format_name

PART = "fiftieth"
D = dt.date

# Surinamese applicants only where the Surinamese rule plants them; the 9ter countries' applicants only in 9ter
# (new key only)
_ind.IND_ORIGIN_SKIP.setdefault(PART, {"SUR", "JOR", "LSO", "TJK"})


def _r(id_: str, type_: str, lang: str, fn, notes: str, **bound) -> None:
    _ind._reg(id_, type_, PART, lang, fn, notes, **bound)


# =========================================================================== small helpers


def nat_nl(p) -> str:
    return PC.get(p.nationality, {}).get("adj_nl", p.nationality)


def land_nl(p) -> str:
    for v in PC.values():
        if v["en"] == p.birth_country:
            return v["nl"]
    return p.birth_country


def street_lines(p) -> tuple[str, str]:
    a = p.address
    if a is None:
        return "", ""
    return f"{a.street} {a.number}", f"{a.postcode}  {a.city}"


def workday(c: Case, rng: random.Random, lo: int = 3, hi: int = 35) -> D:
    d = c.sub - dt.timedelta(days=rng.randint(lo, hi))
    while d.weekday() >= 5:
        d -= dt.timedelta(days=1)
    return d


def money(x: float, sym: bool = True) -> str:
    s = f"{x:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return f"€ {s}" if sym else s


def iban_for(seed: int, code: str) -> str:
    r = random.Random(seed)
    acct = "".join(str(r.randint(0, 9)) for _ in range(10))
    num = int("".join(str(ord(ch) - 55) for ch in code) + acct + "232100")
    s = f"NL{98 - num % 97:02d}{code}{acct}"
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


def doc_name(c: Case, key: str) -> tuple[str, str]:
    r = random.Random(hsh("doc50", key, c.rng_seed))
    return (
        r.choice(
            [
                "Femke",
                "Bram",
                "Noor",
                "Sjoerd",
                "Hatice",
                "Wouter",
                "Ilse",
                "Mehmet",
                "Roos",
                "Jasper",
                "Yvonne",
                "Karim",
            ]
        ),
        r.choice(
            [
                "Veenstra",
                "de Graaf",
                "Kuipers",
                "Demir",
                "Verbruggen",
                "Oosterhuis",
                "Bakker",
                "Hendriks",
                "Sluiter",
                "van Dam",
                "el Amrani",
                "Mulder",
            ]
        ),
    )


def big_no(c: Case, key: str) -> str:
    r = random.Random(hsh("big50", key, c.rng_seed))
    return f"{r.randint(10000000, 99999999)}{r.choice(['01', '17', '19', '81'])}"


_MNL = [
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
_MEN = [
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


def how_long(c: Case, lang: str = "nl") -> str:
    """How much longer the treatment is needed; 'short' ends within about four months."""
    if c.duration == "short":
        end = _ind.add_months(c.sub, 4)
        if lang == "en":
            return (
                f"We expect to complete the treatment by the end of {_MEN[end.month - 1]} {end.year}; no further "
                f"hospital treatment will be needed after that."
            )
        return (
            f"Wij verwachten de behandeling eind {_MNL[end.month - 1]} {end.year} af te ronden; daarna is geen "
            f"verdere ziekenhuisbehandeling meer nodig."
        )
    nl = {
        "lifelong": "Patiënt zal deze behandeling de rest van het leven nodig hebben.",
        "years2": "De behandeling moet naar verwachting nog ten minste twee jaar worden voortgezet.",
        "years3": "Naar verwachting duurt de behandeling nog drie jaar of langer.",
        "indefinite": "De duur is niet te bepalen; zeker is dat de behandeling nog ruim langer dan een jaar nodig "
        "is.",
        "months18": "De behandeling blijft in elk geval de komende achttien maanden nodig.",
    }
    en = {
        "lifelong": "The patient will need this treatment for the rest of his or her life.",
        "years2": "The treatment will have to be continued for at least another two years.",
        "years3": "The treatment is expected to take three more years or longer.",
        "indefinite": "Its length cannot be fixed; it will certainly be needed for well over another year.",
        "months18": "The treatment will be needed for at least the next eighteen months.",
    }
    return (en if lang == "en" else nl)[c.duration]


def insurer_of(c: Case) -> str:
    return (
        c.__dict__.get("_ins_name")
        or (c.insurer_intl or c.insurer_nl or {"name": "de zorgverzekeraar"})["name"]
    )


def payer_phrase(c: Case, lang: str = "nl") -> str:
    ins = insurer_of(c)
    if lang == "en":
        who = f"{c.payer.given_names} {c.payer.surname}" if c.payer else "the patient"
        return f"The costs are borne by the patient's health insurer, {ins}; any part not covered is paid by {who}."
    who = f"{c.payer.given_names} {c.payer.surname} ({c.payer_relation})" if c.payer else "patiënt zelf"
    return f"De kosten worden gedragen door de zorgverzekeraar van patiënt, {ins}; wat niet gedekt is, betaalt {who}."


def started(c: Case) -> D:
    r = random.Random(hsh("start50", c.rng_seed))
    if c.procedure == "ind-medical-treatment":
        return c.sub - dt.timedelta(days=r.randint(30, 240))
    return _ind.add_months(c.sub, -r.randint(15, 58))


# =========================================================================== application forms

ROUTES = [
    ("relationship", "verblijf bij partner"),
    ("parent", "verblijf bij ouder"),
    ("medical-treatment", "medische behandeling"),
    ("medical-treatment-after-art64", "medische behandeling na uitstel van vertrek (artikel 64 Vw)"),
    ("trafficking-victim", "slachtoffer mensenhandel (met aangifte)"),
    ("trafficking-victim-no-report", "slachtoffer mensenhandel (zonder aangifte)"),
    ("domestic-violence", "slachtoffer huiselijk geweld"),
    ("buiten-schuld", "buitenschuldvergunning"),
]


class Blankform:
    """This part's IND form design: a dark blue band across the top of every page with 'IND' in a white box at the
    left and the form's title beside it, a framed 'V-nummer' field at the top RIGHT under the band, questions
    numbered '1.1', '1.2' with the question in the LEFT half and the answer in a box in the RIGHT half, yes/no as two
    small squares 'Ja' and 'Nee' of which one is crossed, section titles underlined in blue, answers typed in DejaVu
    Sans Mono or written in ballpoint capitals; the form's code and 'pagina n van N' in the footer."""

    BLUE = (20, 50, 110)

    def __init__(self, c: Case, rng: random.Random, code: str, title: str):
        self.c, self.rng, self.code, self.title = c, rng, code, title
        self.hand = c.fill == "hand"
        self.hf = random.Random(c.rng_seed + 151).choice([HAND_BLOCK, HAND_ROUND, HAND_HEAVY, HAND_LEAN])
        self.ink = random.Random(c.rng_seed + 152).choice([INK_BLUE, INK_BLACK, INK_ROYAL])
        self.sheets: list[Sheet] = []
        self.y = 0.0
        self.sec = 0
        self.q = 0
        self.page()

    @property
    def sh(self) -> Sheet:
        return self.sheets[-1]

    def write(self, x, y, s, w, pt=9.6) -> None:
        if not s:
            return
        if self.hand:
            hand(self.sh, x, y - 1.8, s, self.rng, f=self.hf, pt=10.5, col=self.ink, maxw=w, caps=True)
        else:
            put_fit(self.sh, x, y, s, w, f=DVM, pt=pt)

    def page(self) -> None:
        c = self.c
        sh = c.new_sheet()
        W = c.page_w
        fill(sh, 0, 0, W, 14, self.BLUE)
        fill(sh, 12, 3, 16, 8, (255, 255, 255))
        put(sh, 20, 4.2, "IND", f=NSANS_B, pt=11, at="center", col=self.BLUE)
        put_fit(sh, 32, 4.6, self.title, W - 46, f=NSANS_B, pt=10, col=(255, 255, 255))
        put(sh, W - 74, 18, "V-nummer", f=NSANS, pt=7.4, col=G1)
        frame(sh, W - 74, 21, 60, 8, lw=0.4)
        self.sheets.append(c.intr(sh))
        if self.hand:
            hand(sh, W - 72, 21.3, c.vnr, self.rng, f=self.hf, pt=12, col=self.ink)
        else:
            put(sh, W - 72, 22.6, " ".join(c.vnr), f=DVM_B, pt=10)
        self.y = 36.0

    def need(self, h) -> None:
        if self.y + h > self.c.page_h - 22:
            self.page()

    def section(self, t: str) -> None:
        self.need(30)
        self.sec += 1
        self.q = 0
        put(self.sh, 14, self.y, f"{self.sec}  {t}", f=NSANS_B, pt=11, col=self.BLUE)
        hline(self.sh, 14, self.c.page_w - 14, self.y + 6, lw=0.5, col=self.BLUE)
        self.y += 10

    def field(self, q: str, val: str) -> None:
        W = self.c.page_w
        lines = lines_of(self.sh, q, (W - 28) / 2 - 14, NSANS, 8.8)
        h = max(9.0, len(lines) * 3.9 + 3)
        self.need(h + 2)
        self.q += 1
        put(self.sh, 14, self.y + 1, f"{self.sec}.{self.q}", f=NSANS_B, pt=8.8, col=G1)
        for i, ln in enumerate(lines):
            put(self.sh, 24, self.y + 1 + i * 3.9, ln, f=NSANS, pt=8.8)
        x = W / 2
        frame(self.sh, x, self.y, W / 2 - 14, 8, lw=0.3, col=G2)
        self.write(x + 1.8, self.y + 2.1, val, W / 2 - 18)
        self.y += h + 2

    def yesno(self, q: str, yes: bool, note: str = "") -> None:
        W = self.c.page_w
        lines = lines_of(self.sh, q, (W - 28) / 2 - 14, NSANS, 8.8)
        h = max(8.0, len(lines) * 3.9 + 2)
        self.need(h + (9 if note else 2))
        self.q += 1
        put(self.sh, 14, self.y + 1, f"{self.sec}.{self.q}", f=NSANS_B, pt=8.8, col=G1)
        for i, ln in enumerate(lines):
            put(self.sh, 24, self.y + 1 + i * 3.9, ln, f=NSANS, pt=8.8)
        for i, lab in enumerate(("Ja", "Nee")):
            x = W / 2 + i * 22
            chk(
                self.sh,
                x,
                self.y + 0.8,
                4,
                (i == 0) == yes,
                self.rng if self.hand else None,
                col=self.ink,
                kind="x",
            )
            put(self.sh, x + 6, self.y + 1, lab, f=NSANS, pt=9)
        self.y += h + 1
        if note:
            self.write(W / 2, self.y + 1, note, W / 2 - 16, pt=9)
            self.y += 8

    def choose(self, q: str, opts: list[str], chosen: int | None) -> None:
        W = self.c.page_w
        self.need(8 + 6 * len(opts))
        self.q += 1
        put(self.sh, 14, self.y + 1, f"{self.sec}.{self.q}", f=NSANS_B, pt=8.8, col=G1)
        block(self.sh, 24, self.y + 1, (W - 28) / 2 - 14, q, f=NSANS, pt=8.8, lead=1.25)
        y = self.y + 0.8
        for i, o in enumerate(opts):
            chk(self.sh, W / 2, y, 3.8, i == chosen, self.rng if self.hand else None, col=self.ink, kind="x")
            put_fit(self.sh, W / 2 + 6, y + 0.2, o, W / 2 - 22, f=NSANS, pt=8.6)
            y += 6
        self.y = max(y, self.y + 10) + 2

    def person(self) -> None:
        c, p = self.c, self.c.p
        self.section("Uw persoonsgegevens")
        self.field("Achternaam (zoals in uw paspoort)", p.surname.upper())
        self.field("Voornamen", p.given_names)
        self.field("Geboortedatum (dd-mm-jjjj)", dnum(p.birth_date, "-"))
        self.field("Geslacht", "man" if p.sex == "M" else "vrouw")
        self.field("Geboorteplaats en geboorteland", f"{p.birth_place}, {land_nl(p)}")
        self.field("Nationaliteit", nat_nl(p))
        a1, a2 = street_lines(p)
        self.field("Adres in Nederland (straat en huisnummer)", a1)
        self.field("Postcode en woonplaats", a2)
        if c.lawyer:
            self.section("Uw gemachtigde")
            self.field("Naam van de advocaat", c.lawyer_name)
            self.field("Kantoor en plaats", f"{c.lawyer['firm']}, {c.lawyer['city']}")

    def sign(self) -> None:
        c = self.c
        W = c.page_w
        self.need(62)
        self.section("Ondertekening")
        self.y = (
            block(
                self.sh,
                14,
                self.y,
                W - 28,
                "Ik verklaar dat ik dit formulier volledig en naar waarheid heb "
                "ingevuld. Ik weet dat de IND mijn gegevens kan controleren.",
                f=NSANS,
                pt=8.8,
                lead=1.35,
            )
            + 4
        )
        city = c.p.address.city if c.p.address else ""
        put(self.sh, 14, self.y, "Plaats", f=NSANS, pt=7.6, col=G1)
        frame(self.sh, 14, self.y + 3, 60, 8, lw=0.3, col=G2)
        self.write(16, self.y + 5.1, city, 56)
        put(self.sh, 80, self.y, "Datum", f=NSANS, pt=7.6, col=G1)
        frame(self.sh, 80, self.y + 3, 36, 8, lw=0.3, col=G2)
        self.write(82, self.y + 5.1, dnum(c.sub - dt.timedelta(days=self.rng.randint(1, 7)), "-"), 32)
        put(self.sh, 122, self.y, "Handtekening", f=NSANS, pt=7.6, col=G1)
        frame(self.sh, 122, self.y + 3, W - 136, 26, lw=0.3, col=G2)
        signat(self.sh, 128, self.y + 8, self.rng, col=self.ink)
        self.y += 34

    def done(self) -> list[Sheet]:
        n = len(self.sheets)
        for i, sh in enumerate(self.sheets):
            hline(sh, 14, self.c.page_w - 14, self.c.page_h - 14, lw=0.2, col=G3)
            put(sh, 14, self.c.page_h - 12, self.code, f=NSANS, pt=7.4, col=G1)
            put(
                sh,
                self.c.page_w - 14,
                self.c.page_h - 12,
                f"pagina {i + 1} van {n}",
                f=NSANS,
                pt=7.4,
                at="right",
                col=G1,
            )
        return self.sheets


def form_med(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """Application for a residence permit for medical treatment in this part's form design."""
    f = Blankform(c, rng, "MED 2026-1", "Aanvraag verblijfsvergunning medische behandeling")
    f.person()
    f.section("Uw behandeling in Nederland")
    f.field(
        "Naam en plaats van de zorginstelling", f"{c.hospital.get('name', '')}, {c.hospital.get('city', '')}"
    )
    f.field("Welke behandeling krijgt u?", c.med.get("tx_short", ""))
    f.yesno(
        "Hebt u 1 jaar of langer uitstel van vertrek gehad (artikel 64 Vreemdelingenwet)?",
        bool(c.art64_end),
        note=f"einde uitstel: {dnum(c.art64_end, '-')}" if c.art64_end else "",
    )
    if not c.art64_end:
        f.choose(
            "Wie betaalt uw verblijf en uw behandeling?",
            ["ikzelf (bewijs van inkomen bijgevoegd)", "een garantsteller (verklaring bijgevoegd)"],
            1 if c.payer else 0,
        )
    f.yesno(
        "Hebt u een geldig paspoort? Zo nee, licht uw gemachtigde toe waarom u vrijstelling vraagt.",
        not c.no_passport,
    )
    f.yesno(
        "Hebt u de Surinaamse nationaliteit en reisde u in met een visum voor medische behandeling?",
        c.suriname_visa,
    )
    f.sign()
    return f.done()


def form_7027(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """Form 7027 (continued residence, humanitarian non-temporary) in this part's form design."""
    f = Blankform(c, rng, "7027 v2026", "Aanvraag voortgezet verblijf (humanitair niet-tijdelijk)")
    f.person()
    f.section("Uw huidige verblijfsvergunning")
    keys = [k for k, _ in ROUTES]
    f.choose(
        "Met welk verblijfsdoel hebt u nu een verblijfsvergunning?",
        [t for _, t in ROUTES],
        keys.index(c.route) if c.route in keys else None,
    )
    f.field("Sinds welke datum hebt u deze verblijfsvergunning?", dnum(c.since, "-") if c.since else "")
    if c.route == "relationship":
        f.choose(
            "Hebt u het inburgeringsexamen gehaald of ontheffing gekregen?",
            ["ja, diploma (kopie bijgevoegd)", "ja, ontheffing of vrijstelling (besluit bijgevoegd)", "nee"],
            0
            if c.inburgering in ("diploma", "results", "failed")
            else (1 if c.inburgering == "exemption" else 2),
        )
    if c.route and c.route.startswith("medical"):
        f.yesno(
            "Is de medische behandeling nog minstens 1 jaar nodig? (verklaring behandelaar bijgevoegd)", True
        )
    f.sign()
    return f.done()


def form_generic(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """Application to extend a regular fixed-term residence permit in this part's form design."""
    f = Blankform(c, rng, "VERL 2026", "Aanvraag verlenging verblijfsvergunning regulier bepaalde tijd")
    f.person()
    f.section("Uw verblijfsvergunning")
    r = random.Random(c.rng_seed + 153)
    f.field(
        "Huidig verblijfsdoel",
        r.choice(["verblijf bij partner", "arbeid in loondienst", "studie", "verblijf als gezinslid"]),
    )
    f.field("Uw verblijfsvergunning is geldig tot", dnum(c.sub + dt.timedelta(days=r.randint(14, 80)), "-"))
    f.yesno("Is er iets veranderd in uw gezinssituatie, werk of inkomen?", False)
    f.sign()
    return f.done()


_r(
    "ind-form-med-blauwe-band-ind-blok-vnummerkader-genummerde-vragen-50",
    "application",
    "nl",
    form_med,
    "medical-treatment form: blue band, V-number frame, numbered questions with answer boxes at the right",
)
_r(
    "ind-form-7027-blauwe-band-ind-blok-vnummerkader-genummerde-vragen-50",
    "application",
    "nl",
    form_7027,
    "form 7027 in the same design",
)
_r(
    "ind-form-generic-blauwe-band-ind-blok-vnummerkader-genummerde-vragen-50",
    "application",
    "nl",
    form_generic,
    "extension form in the same design",
)


# =========================================================================== income


def earner(c: Case):
    return c.payer or c.p


def job(c: Case) -> dict:
    e = c.employer
    r = random.Random(hsh("job50", e["name"], c.rng_seed))
    e.setdefault("fn50", r.choice(e["func"]))
    e.setdefault("in50", D(r.randint(2008, 2023), r.randint(1, 12), 1))
    e.setdefault("gross50", float(r.randrange(2500, 5600, 5)))
    e.setdefault("pno50", f"{r.randint(100, 9999)}")
    e.setdefault("hrs50", r.choice([24, 28, 32, 36, 38, 40]))
    e.setdefault("kvk50", f"{r.randint(10000000, 99999999)}")
    return dict(e)


def wage(gross: float, seed: int) -> dict:
    r = random.Random(seed)
    pension = round(gross * r.choice([0.051, 0.062, 0.074]), 2)
    tax = round(max(0.0, (gross - pension) * 0.3582 - r.uniform(250, 520)), 2)
    travel = r.choice([0.0, 36.40, 55.80, 92.16])
    return dict(
        gross=gross, pension=pension, tax=tax, travel=travel, net=round(gross - pension - tax + travel, 2)
    )


def guarantor_decl(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The guarantor's typed DECLARATION OF GUARANTEE ('Garantverklaring') written as a letter in Bookman: the
    guarantor's name, address and date of birth at the top LEFT, the subject in bold, the undertaking to pay the
    stay and the medical costs of the named foreign national, the guarantor's income in a small ruled table
    (employer, function, since, gross monthly wage, contract), the signature at the END, and under it the
    municipality's box for the LEGALISATION of the signature with the civil servant's stamp and initials."""
    g, p = earner(c), c.p
    e = job(c)
    k = wage(e["gross50"], hsh("wage50", c.rng_seed))
    sh = c.new_sheet()
    W = c.page_w
    a1, a2 = street_lines(g)
    for i, ln in enumerate([f"{g.given_names} {g.surname}", a1, a2, f"geboren {dnum(g.birth_date, '-')}"]):
        put(sh, 18, 16 + i * 5, ln, f=BOOKM, pt=10)
    put(sh, 18, 44, "Immigratie- en Naturalisatiedienst", f=BOOKM, pt=10)
    put(sh, W - 18, 16, dword(workday(c, rng), "nl"), f=BOOKM, pt=10, at="right")
    put(sh, 18, 58, "Betreft: garantverklaring", f=BOOKM_B, pt=10.5)
    rel = c.payer_relation or "familielid"
    body = (
        f"Ondergetekende, {g.given_names} {g.surname}, verklaart zich garant te stellen voor alle kosten van het "
        f"verblijf in Nederland en van de medische behandeling van {p.given_names} {p.surname}, geboren op "
        f"{dnum(p.birth_date, '-')}, {nat_nl(p)} onderdaan, V-nummer {c.vnr}, die mijn {rel} is. Deze garantie "
        f"geldt voor de hele duur van de behandeling. Mijn inkomen is als volgt:"
    )
    y = block(sh, 18, 68, W - 36, body, f=BOOKM, pt=10, lead=1.55, al="justify") + 4
    for a, v in [
        ("Werkgever", e["name"]),
        ("Functie", e["fn50"]),
        ("In dienst sinds", dnum(e["in50"], "-")),
        ("Bruto maandloon", money(k["gross"])),
        ("Dienstverband", "vast, onbepaalde tijd"),
    ]:
        frame(sh, 18, y, 52, 7.5, lw=0.2, col=G2, fill=(238, 238, 238))
        frame(sh, 70, y, W - 88, 7.5, lw=0.2, col=G2)
        put(sh, 20, y + 1.8, a, f=BOOKM, pt=9.4)
        put_fit(sh, 72, y + 1.8, v, W - 92, f=BOOKM_B, pt=9.4)
        y += 7.5
    y = (
        block(
            sh,
            18,
            y + 6,
            W - 36,
            "Als bijlagen stuur ik mijn drie laatste loonstroken en een werkgeversverklaring mee.",
            f=BOOKM,
            pt=10,
            lead=1.55,
        )
        + 8
    )
    put(sh, 18, y, "Hoogachtend,", f=BOOKM, pt=10)
    signat(sh, 18, y + 4, rng, w=42, h=13, col=INK_BLUE)
    put(sh, 18, y + 20, f"{g.given_names} {g.surname}", f=BOOKM, pt=10)
    y += 34
    frame(sh, 18, y, W - 36, 40, lw=0.4, col=G1)
    muni = g.address.city if g.address else "Utrecht"
    block(
        sh,
        22,
        y + 3,
        W - 100,
        f"Gemeente {muni} - Gezien voor legalisatie van de hierboven geplaatste handtekening "
        f"van {g.given_names} {g.surname}, die zich heeft gelegitimeerd.",
        f=BOOKM,
        pt=8.8,
        lead=1.4,
    )
    put(sh, 22, y + 30, f"{muni}, {dnum(workday(c, rng, 2, 30), '-')}", f=BOOKM, pt=8.8)
    stampit(
        sh,
        W - 72,
        y + 4,
        [f"GEMEENTE {muni.upper()}"[:22], "BURGERZAKEN", "LEGALISATIE"],
        rng,
        col=ST_BLUE,
        mm=30,
    )
    signat(sh, W - 48, y + 24, rng, w=22, h=9, col=INK_BLACK, style="initials")
    return [sh]


def payslip_grid(c: Case, rng: random.Random, *, month: int = 11, **_) -> list[Sheet]:
    """A PAYSLIP from an online payroll service, laid out to the page's own size: a coloured square with the
    employer's initials at the top LEFT and 'Loonstrook november 2026' at the RIGHT, two framed information boxes
    side by side (employer with payroll tax number; employee with staff number, masked BSN, function, date in
    service), the wage lines in a ruled table (description, units, rate, amount), the NET PAY in a shaded row, the
    bank account it went to, and a small table of the year's cumulative figures at the foot."""
    e, w = job(c), earner(c)
    k = wage(e["gross50"], hsh("wage50", c.rng_seed))
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    colr = random.Random(hsh("slipcol", e["name"])).choice([(0, 110, 140), (120, 60, 150), (200, 90, 30)])
    fill(sh, 16, 14, 14, 14, colr)
    ini = "".join(x[0] for x in e["name"].split()[:2]).upper()
    put(sh, 23, 17.4, ini, f=NSANS_B, pt=12, at="center", col=(255, 255, 255))
    put(sh, 34, 15, e["name"], f=NSANS_B, pt=11)
    put(sh, 34, 21, f"{e['street']}, {e['pc']} {e['city']}", f=NSANS, pt=8.4, col=G1)
    put(sh, W - 16, 15, f"Loonstrook {_MNL[month - 1]} 2026", f=NSANS_B, pt=13, at="right")
    put(
        sh,
        W - 16,
        22,
        f"periode 01-{month:02d}-2026 t/m 30-{month:02d}-2026",
        f=NSANS,
        pt=8.4,
        at="right",
        col=G1,
    )
    bw = (W - 38) / 2
    for j, (title, rows) in enumerate(
        [
            (
                "Werkgever",
                [
                    ("Naam", e["name"]),
                    ("Loonheffingennummer", f"{e['kvk50'][:8]}L01"),
                    ("CAO", e.get("cao", "-")),
                ],
            ),
            (
                "Werknemer",
                [
                    ("Naam", format_name(w, "initials")),
                    ("Personeelsnummer", e["pno50"]),
                    ("BSN", "*****" + digs(random.Random(hsh("bsn50", w.surname)), 4)),
                    ("Functie", e["fn50"]),
                    ("In dienst", dnum(e["in50"], "-")),
                ],
            ),
        ]
    ):
        x = 16 + j * (bw + 6)
        frame(sh, x, 34, bw, 42, lw=0.3, col=G2)
        fill(sh, x, 34, bw, 7, (236, 238, 240))
        put(sh, x + 2.5, 35.6, title, f=NSANS_B, pt=9)
        for i, (a, v) in enumerate(rows):
            put(sh, x + 2.5, 44 + i * 6, a, f=NSANS, pt=8, col=G1)
            put_fit(sh, x + bw * 0.45, 44 + i * 6, v, bw * 0.53, f=NSANS, pt=8.8)
    y = 86.0
    cols = [16, W * 0.55, W * 0.68, W * 0.82]
    fill(sh, 16, y, W - 32, 7, colr)
    for x, h in zip(cols, ["Omschrijving", "Eenheden", "Tarief", "Bedrag"]):
        put(sh, x + 2, y + 1.6, h, f=NSANS_B, pt=8.8, col=(255, 255, 255))
    y += 7
    hours = e["hrs50"] * 4.33
    rows = [
        ("Salaris", f"{hours:.2f}".replace(".", ","), money(k["gross"] / hours, False), k["gross"]),
        ("Reservering vakantiegeld 8%", "", "", round(k["gross"] * 0.08, 2)),
        (f"Pensioenpremie {e.get('pension', '')}".strip(), "", "", -k["pension"]),
        ("Loonheffing (witte tabel)", "", "", -k["tax"]),
    ]
    if k["travel"]:
        rows.append(("Reiskostenvergoeding", "", "", k["travel"]))
    for i, (a, u, t_, amt) in enumerate(rows):
        if i % 2:
            fill(sh, 16, y, W - 32, 7, (246, 246, 248))
        put(sh, cols[0] + 2, y + 1.6, a, f=NSANS, pt=9)
        put(sh, cols[1] + 2, y + 1.6, u, f=NSANS, pt=9)
        put(sh, cols[2] + 2, y + 1.6, t_, f=NSANS, pt=9)
        put(sh, W - 18, y + 1.6, money(amt, False), f=NSANS, pt=9, at="right")
        y += 7
    fill(sh, 16, y + 2, W - 32, 9, (222, 226, 232))
    put(sh, 18, y + 4, "Netto uitbetaald", f=NSANS_B, pt=10.5)
    put(sh, W - 18, y + 4, money(k["net"]), f=NSANS_B, pt=10.5, at="right")
    put(
        sh,
        18,
        y + 16,
        f"Overgemaakt op rekening {iban_for(hsh('ib50', c.rng_seed), c.bank['code'])}",
        f=NSANS,
        pt=9,
    )
    y = H - 70
    put(sh, 16, y, "Cumulatieven 2026", f=NSANS_B, pt=9)
    for i, (a, v) in enumerate(
        [
            ("Loon voor de loonheffing", k["gross"] * month),
            ("Ingehouden loonheffing", k["tax"] * month),
            ("Gewerkte uren", hours * month),
        ]
    ):
        put(sh, 18, y + 6 + i * 5.5, a, f=NSANS, pt=8.6)
        put(sh, 110, y + 6 + i * 5.5, money(v, False) if i < 2 else f"{v:.0f}", f=NSANS, pt=8.6, at="right")
    return [sh]


def bank_rows(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A BANK STATEMENT ('Rekeningafschrift') for one month: the bank's name in its colour at the top LEFT with the
    statement number at the RIGHT, the account holder and IBAN in a grey strip, the transactions in ALTERNATELY
    SHADED rows (date, description with the counterparty on a second line, debit, credit) including the monthly wage
    from the employer, the opening and closing balances in bold at the top and foot of the list."""
    e, w = job(c), earner(c)
    k = wage(e["gross50"], hsh("wage50", c.rng_seed))
    b = c.bank
    sh = c.new_sheet()
    W = c.page_w
    colr = random.Random(hsh("bankcol", b["name"])).choice([(0, 90, 60), (200, 80, 0), (0, 70, 150)])
    put(sh, 16, 14, b["name"], f=CARL_B, pt=15, col=colr)
    put(
        sh,
        W - 16,
        14,
        f"Rekeningafschrift nr. {random.Random(hsh('stm50', c.rng_seed)).randint(10, 12)}",
        f=CARL,
        pt=10,
        at="right",
    )
    put(sh, W - 16, 20, "november 2026", f=CARL, pt=10, at="right", col=G1)
    fill(sh, 16, 28, W - 32, 14, (236, 236, 238))
    put(sh, 19, 30, f"{format_name(w, 'initials')}", f=CARL_B, pt=10.5)
    put(sh, 19, 35.5, iban_for(hsh("ib50", c.rng_seed), b["code"]), f=CARL, pt=10)
    put(sh, W - 19, 30, f"BIC {b['bic']}", f=CARL, pt=9.4, at="right")
    r = random.Random(hsh("tx50", c.rng_seed))
    bal = round(r.uniform(400, 2400), 2)
    y = 50.0
    put(sh, 16, y, "Beginsaldo 01-11-2026", f=CARL_B, pt=10)
    put(sh, W - 16, y, money(bal), f=CARL_B, pt=10, at="right")
    y += 8
    txs = [
        (
            2,
            "Huur november",
            "Woonstichting " + r.choice(["De Key", "Portaal", "Havensteder"]),
            -r.randint(620, 980),
        ),
        (5, "Boodschappen", r.choice(["Albert Heijn", "Jumbo", "Lidl"]), -round(r.uniform(40, 120), 2)),
        (9, "Zorgpremie", "Zorgverzekeraar", -round(r.uniform(140, 165), 2)),
        (14, "Energie", r.choice(["Eneco", "Vattenfall", "Essent"]), -round(r.uniform(90, 190), 2)),
        (23, f"Salaris november - {e['fn50']}", e["name"], k["net"]),
        (25, "Telefoon", r.choice(["KPN", "Odido", "Vodafone"]), -round(r.uniform(15, 40), 2)),
        (27, "Boodschappen", r.choice(["Albert Heijn", "Jumbo", "Dirk"]), -round(r.uniform(40, 120), 2)),
    ]
    cols = [16, 40, W - 60, W - 16]
    for i, (day, what, who, amt) in enumerate(txs):
        if i % 2 == 0:
            fill(sh, 16, y - 1, W - 32, 11, (244, 246, 250))
        put(sh, 18, y, f"{day:02d}-11", f=CARL, pt=9.6)
        put_fit(sh, 40, y, what, W - 110, f=CARL_B if amt > 0 else CARL, pt=9.6)
        put_fit(sh, 40, y + 4.6, who, W - 110, f=CARL, pt=8.4, col=G1)
        put(sh, (cols[2] if amt < 0 else cols[3]), y, money(abs(amt), False), f=CARL, pt=9.6, at="right")
        bal = round(bal + amt, 2)
        y += 11
    hline(sh, 16, W - 16, y + 1, lw=0.4)
    put(sh, 16, y + 4, "Eindsaldo 30-11-2026", f=CARL_B, pt=10)
    put(sh, W - 16, y + 4, money(bal), f=CARL_B, pt=10, at="right")
    put(sh, W - 60, 60 - 14, "Af", f=CARL_B, pt=8.6, at="right", col=G1)
    put(sh, W - 16, 60 - 14, "Bij", f=CARL_B, pt=8.6, at="right", col=G1)
    return [sh]


def tax_notice(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The Tax Administration's FINAL ASSESSMENT of income tax 2025 ('Aanslag inkomstenbelasting'): the Belastingdienst
    name at the top LEFT beside a dark blue vertical bar, the window address, a grey reference column at the RIGHT
    (aanslagnummer, dagtekening, belastingjaar), the title, the calculation as a two-column table (taxable income
    from work and home, tax in box 1, general tax credit, labour tax credit, withheld wage tax) and the sum to pay
    or to be refunded in a framed box."""
    e, w = job(c), earner(c)
    gross_y = round(e["gross50"] * 12.96, 0)
    sh = c.new_sheet()
    W = c.page_w
    fill(sh, 16, 12, 2.5, 16, (20, 40, 100))
    put(sh, 21, 12, "Belastingdienst", f=NSANS_B, pt=13, col=(20, 40, 100))
    put(sh, 21, 19, "Postbus 2505 · 6401 DA Heerlen", f=NSANS, pt=8, col=G1)
    a1, a2 = street_lines(w)
    for i, ln in enumerate([format_name(w, "initials"), a1, a2]):
        put(sh, 21, 40 + i * 5, ln, f=NSANS, pt=10)
    x = W - 62
    fill(sh, x, 36, 46, 40, (236, 236, 238))
    r = random.Random(hsh("tax50", c.rng_seed))
    dag = D(2026, r.randint(3, 8), r.randint(1, 28))
    for i, (a, v) in enumerate(
        [
            ("Aanslagnummer", f"{r.randint(1000, 9999)}.{r.randint(10, 99)}.{r.randint(100, 999)}.H.56"),
            ("Dagtekening", dnum(dag, "-")),
            ("Belastingjaar", "2025"),
        ]
    ):
        put(sh, x + 2, 38 + i * 12, a, f=NSANS, pt=7.6, col=G1)
        put(sh, x + 2, 42 + i * 12, v, f=NSANS_B, pt=9.6)
    put(sh, 21, 88, "Aanslag inkomstenbelasting en premie volksverzekeringen 2025", f=NSANS_B, pt=11.5)
    tax = round(gross_y * 0.3697, 0)
    ahk, ak = 2888.0 if gross_y < 30000 else 1500.0, min(5532.0, round(gross_y * 0.08, 0))
    withheld = tax - ahk - ak + r.randint(-180, 60)
    rows = [
        ("Belastbaar inkomen uit werk en woning (box 1)", gross_y),
        ("Inkomstenbelasting en premie box 1", tax),
        ("Algemene heffingskorting", -ahk),
        ("Arbeidskorting", -ak),
        ("Ingehouden loonheffing", -withheld),
    ]
    y = 98.0
    for a, v in rows:
        put(sh, 21, y, a, f=NSANS, pt=9.6)
        put(sh, W - 20, y, money(v), f=NSANS, pt=9.6, at="right")
        hline(sh, 21, W - 18, y + 5, lw=0.12, col=G3)
        y += 7.5
    rest = tax - ahk - ak - withheld
    frame(sh, 21, y + 4, W - 39, 11, lw=0.6)
    put(sh, 24, y + 6.6, "U moet betalen" if rest > 0 else "U krijgt terug", f=NSANS_B, pt=10.5)
    put(sh, W - 22, y + 6.6, money(abs(rest)), f=NSANS_B, pt=10.5, at="right")
    block(
        sh,
        21,
        y + 24,
        W - 42,
        f"Deze aanslag is berekend met de gegevens van uw werkgever {e['name']} en uw "
        f"aangifte. Bent u het niet eens met deze aanslag? Dan kunt u binnen 6 weken na de dagtekening bezwaar maken.",
        f=NSANS,
        pt=9,
        lead=1.45,
        col=G1,
    )
    return [sh]


def employer_stmt(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An EMPLOYER'S STATEMENT ('Werkgeversverklaring') on the company's letterhead: the company's name in large
    letters at the top RIGHT with the Chamber of Commerce number under it, the statement as a list of SENTENCES with
    blanks filled in by typing (who is employed since when, in which function, on what contract, for how many hours,
    at what gross wage including holiday pay, that no notice has been given and there is no probation period), the
    HR officer's signature over the company's rectangular stamp at the LOWER LEFT."""
    e, w = job(c), earner(c)
    k = wage(e["gross50"], hsh("wage50", c.rng_seed))
    sh = c.new_sheet()
    W = c.page_w
    put(sh, W - 16, 14, e["name"], f=SCHOOL_B, pt=fit_pt(e["name"], W - 60, SCHOOL_B, 15), at="right")
    put(
        sh,
        W - 16,
        22,
        f"{e['street']} · {e['pc']} {e['city']} · KvK {e['kvk50']}",
        f=SCHOOL,
        pt=8.4,
        at="right",
        col=G1,
    )
    hline(sh, 16, W - 16, 27, lw=0.3)
    put(sh, 16, 40, "WERKGEVERSVERKLARING", f=SCHOOL_B, pt=14)
    d0 = workday(c, rng, 5, 40)
    put(sh, 16, 48, f"{e['city']}, {dword(d0, 'nl')}", f=SCHOOL, pt=10)
    items = [
        f"De ondergetekende verklaart dat {format_name(w, 'given_surname')}, geboren op "
        f"{dnum(w.birth_date, '-')}, sinds {dnum(e['in50'], '-')} bij ons in dienst is.",
        f"Functie: {e['fn50']}; arbeidsovereenkomst voor onbepaalde tijd; {e['hrs50']} uur per week.",
        f"Het bruto maandsalaris bedraagt {money(k['gross'])}, exclusief 8% vakantietoeslag.",
        "Er is geen proeftijd van toepassing en de arbeidsovereenkomst is niet opgezegd.",
        "Betrokkene is niet in loondienst via een uitzendbureau of payrollbedrijf.",
    ]
    y = 60.0
    for i, it in enumerate(items, 1):
        put(sh, 18, y, f"{i}.", f=SCHOOL, pt=10.5)
        y = block(sh, 26, y, W - 44, it, f=SCHOOL, pt=10.5, lead=1.5) + 3
    y += 10
    put(sh, 16, y, "Afdeling HR,", f=SCHOOL, pt=10.5)
    stampit(sh, 16, y + 6, [e["name"].upper()[:26], e["city"].upper()], rng, shape="rect", col=ST_BLUE, mm=46)
    signat(sh, 24, y + 8, rng, w=40, h=13, col=INK_BLACK)
    g_, s_ = doc_name(c, "hr")
    put(sh, 16, y + 32, f"{g_} {s_}, HR-adviseur", f=SCHOOL, pt=10)
    return [sh]


_r(
    "guarantor-garantverklaring-brief-bookman-legalisatievak-gemeente-50",
    "income-proof",
    "nl",
    guarantor_decl,
    "guarantor's declaration as a letter with the municipality's legalisation box",
)
_r(
    "payslip-salarisdienst-twee-infokaders-tabel-cumulatieven-50",
    "income-proof",
    "nl",
    payslip_grid,
    "online payroll payslip with two information boxes and cumulative figures",
)
_r(
    "bank-rekeningafschrift-afwisselend-gearceerde-regels-50",
    "income-proof",
    "nl",
    bank_rows,
    "bank statement with alternately shaded transaction rows",
)
_r(
    "tax-aanslag-ib-2025-verticale-balk-referentiekolom-50",
    "income-proof",
    "nl",
    tax_notice,
    "Tax Administration's final assessment with a grey reference column",
)
_r(
    "werkgeversverklaring-briefhoofd-rechts-genummerde-zinnen-50",
    "income-proof",
    "nl",
    employer_stmt,
    "employer's statement with numbered sentences and a stamp under the signature",
)


# =========================================================================== medical statements


def _hosp_head(sh: Sheet, c: Case, *, right: bool = False, dept: str = "") -> float:
    """The hospital's name with a small coloured mark; returns the y under the head."""
    h = c.hospital
    W = c.page_w
    col = tuple(h.get("color", (20, 60, 120)))
    if right:
        put(sh, W - 16, 14, h["name"], f=NSANS_B, pt=12, at="right", col=col)
        put(sh, W - 16, 20, dept or h.get("web", ""), f=NSANS, pt=8.6, at="right", col=G1)
        put(sh, W - 16, 24.5, f"{h['street']} · {h['pc']} {h['city']}", f=NSANS, pt=8, at="right", col=G2)
        emblem(sh, W - 16 - wid(h["name"], NSANS_B, 12) - 14, 11, 11, "ring", col=col)
    else:
        emblem(sh, 16, 11, 11, "ring", col=col)
        put(sh, 30, 12, h["name"], f=NSANS_B, pt=12, col=col)
        put(sh, 30, 18, dept or h.get("web", ""), f=NSANS, pt=8.6, col=G1)
        put(sh, 30, 22.5, f"{h['street']} · {h['pc']} {h['city']}", f=NSANS, pt=8, col=G2)
    return 32.0


def med_headed(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The treating specialist's MEDICAL STATEMENT ('Medische verklaring behandelend specialist'): the hospital's
    mark and name at the top LEFT, the department under it, the patient's data in a FRAMED box at the RIGHT under
    the head (name, date of birth, V-number), then HEADED PARAGRAPHS in bold small capitals (DIAGNOSE, BEHANDELING,
    NOODZAAK, DUUR, BESCHIKBAARHEID ELDERS), the specialist's signature ABOVE the typed name, title and BIG number."""
    m = c.med
    sh = c.new_sheet()
    W = c.page_w
    y = _hosp_head(sh, c, dept=f"Afdeling {m.get('spec', '')}")
    frame(sh, W - 86, y + 2, 70, 22, lw=0.4)
    for i, (a, v) in enumerate(
        [("Patiënt", c.name("SURNAME, Given")), ("Geboren", dnum(c.p.birth_date, "-")), ("V-nummer", c.vnr)]
    ):
        put(sh, W - 84, y + 4 + i * 6, a, f=NSANS, pt=8, col=G1)
        put_fit(sh, W - 64, y + 4 + i * 6, v, 46, f=NSANS_B, pt=9)
    put(sh, 16, y + 8, "Medische verklaring", f=NSANS_B, pt=15)
    put(sh, 16, y + 16, "behandelend specialist", f=NSANS, pt=10, col=G1)
    y += 34
    g_, s_ = doc_name(c, "spec")
    begin = started(c)
    paras = [
        ("DIAGNOSE", f"Patiënt is bij ons bekend met {m.get('dx', '')}."),
        ("BEHANDELING", f"Sinds {dword(begin, 'nl')} krijgt patiënt {m.get('tx', '')}."),
        ("NOODZAAK", f"{m.get('stop', '')} De behandeling is medisch noodzakelijk."),
        ("DUUR", how_long(c, "nl")),
        (
            "BESCHIKBAARHEID ELDERS",
            "Deze behandeling is naar onze informatie in het land van herkomst niet of "
            "niet tijdig beschikbaar.",
        ),
    ]
    for head, txt in paras:
        put(sh, 16, y, head, f=NSANS_B, pt=9.4, sp=0.4)
        y = block(sh, 16, y + 5, W - 32, txt, f=NSANS, pt=10.2, lead=1.5) + 5
    y += 6
    put(sh, 16, y, f"{c.hospital['city']}, {dword(workday(c, rng, 5, 45), 'nl')}", f=NSANS, pt=10)
    signat(sh, 16, y + 5, rng, w=44, h=14, col=INK_BLUE)
    put(sh, 16, y + 22, f"{g_} {s_}", f=NSANS_B, pt=10)
    put(
        sh,
        16,
        y + 27,
        f"{m.get('doc_title', 'medisch specialist')} · BIG {big_no(c, 'spec')}",
        f=NSANS,
        pt=9,
        col=G1,
    )
    return [sh]


def med_gp_letter(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The GENERAL PRACTITIONER'S LETTER to the lawyer (or 'Aan wie het aangaat'): the practice's name in a serif at
    the top CENTRE over a double rule, the address and telephone in one line under it, the date at the RIGHT, the
    patient's name and date of birth in the reference line, a prose letter in three paragraphs (what the patient
    suffers from and since when, which specialist treatment is given and what happens if it stops, how long it will
    last), the GP's signature at the LEFT over the name and BIG number, and the practice stamp beside it."""
    m, gp = c.med, c.gp
    sh = c.new_sheet()
    W = c.page_w
    put(sh, W / 2, 14, gp["name"], f=SCHOOL_B, pt=13, at="center")
    hline(sh, 40, W - 40, 21, lw=0.3)
    hline(sh, 40, W - 40, 22.2, lw=0.3)
    put(
        sh,
        W / 2,
        24.5,
        f"{gp['street']} · {gp['pc']} {gp['city']} · tel. {gp['tel']}-{random.Random(c.rng_seed).randint(2000000, 9999999)}",
        f=SCHOOL,
        pt=8.4,
        at="center",
        col=G1,
    )
    d0 = workday(c, rng, 4, 50)
    put(sh, W - 18, 38, f"{gp['city']}, {dword(d0, 'nl')}", f=SCHOOL, pt=10, at="right")
    addressee = f"Geachte {c.lawyer_name}," if c.lawyer_name else "Aan wie het aangaat,"
    y = (
        block(
            sh,
            18,
            48,
            W - 36,
            f"Betreft: {c.name('given_surname')}, geboren {dnum(c.p.birth_date, '-')}",
            f=SCHOOL_B,
            pt=10.5,
        )
        + 5
    )
    y = block(sh, 18, y, W - 36, addressee, f=SCHOOL, pt=10.5) + 3
    g_, s_ = doc_name(c, "gp")
    begin = started(c)
    for t_ in [
        f"Bovengenoemde patiënt is sinds {_MNL[begin.month - 1]} {begin.year} in onze praktijk bekend. Bij "
        f"patiënt is {m.get('dx', '')} vastgesteld; de diagnose is gesteld in {c.hospital['name']}.",
        f"Patiënt wordt daar behandeld met {m.get('tx', '')}. {m.get('stop', '')} Deze behandeling is voor "
        f"patiënt van levensbelang, of in elk geval noodzakelijk om ernstige blijvende schade te voorkomen.",
        f"{how_long(c, 'nl')} Voor nadere informatie verwijs ik naar de behandelend specialist.",
    ]:
        y = block(sh, 18, y, W - 36, t_, f=SCHOOL, pt=10.5, lead=1.55, al="justify") + 4
    y += 4
    put(sh, 18, y, "Met collegiale groet,", f=SCHOOL, pt=10.5)
    signat(sh, 18, y + 5, rng, w=40, h=13, col=INK_BLACK)
    put(sh, 18, y + 21, f"{g_} {s_}, huisarts", f=SCHOOL, pt=10.5)
    put(sh, 18, y + 26, f"BIG {big_no(c, 'gp')}", f=SCHOOL, pt=9, col=G1)
    stampit(
        sh, 90, y + 4, [gp["name"].upper()[:26], gp["city"].upper()], rng, shape="rect", col=ST_BLUE, mm=44
    )
    return [sh]


def med_consultant_en(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An ENGLISH 'To whom it may concern' statement by the consultant for the international patients' office: the
    hospital's name at the top RIGHT with a small ring mark, the title 'Medical statement' in a thin box, the patient
    line in bold, numbered paragraphs 1-4 (diagnosis, treatment, necessity, expected duration), the signature at the
    RIGHT over the consultant's name and registration number."""
    m = c.med
    sh = c.new_sheet()
    W = c.page_w
    y = _hosp_head(sh, c, right=True, dept=f"Department of {m.get('spec_en', 'Internal Medicine')}")
    frame(sh, 16, y + 4, 70, 10, lw=0.4)
    put(sh, 19, y + 6.4, "Medical statement", f=NSANS_B, pt=12)
    put(sh, 16, y + 22, "To whom it may concern", f=NSANS_I, pt=10)
    y = (
        block(
            sh,
            16,
            y + 30,
            W - 32,
            f"Re: {c.p.given_names} {c.p.surname.upper()}, born {dword(c.p.birth_date, 'en')}",
            f=NSANS_B,
            pt=10.5,
        )
        + 4
    )
    begin = started(c)
    for i, t_ in enumerate(
        [
            f"The patient is under our care for {m.get('dx_en', '')}.",
            f"Since {dword(begin, 'en')} the patient has been receiving {m.get('tx_en', '')}.",
            f"{m.get('stop_en', '')} The treatment is medically necessary.",
            how_long(c, "en"),
        ],
        1,
    ):
        put(sh, 16, y, f"{i}.", f=NSANS, pt=10.2)
        y = block(sh, 24, y, W - 40, t_, f=NSANS, pt=10.2, lead=1.5) + 3
    y += 8
    g_, s_ = doc_name(c, "en")
    put(
        sh,
        W - 16,
        y,
        f"{c.hospital['city']}, {dword(workday(c, rng, 5, 40), 'en')}",
        f=NSANS,
        pt=10,
        at="right",
    )
    signat(sh, W - 66, y + 4, rng, w=46, h=14, col=INK_BLUE)
    put(sh, W - 16, y + 21, f"Dr {g_} {s_}", f=NSANS_B, pt=10, at="right")
    put(
        sh,
        W - 16,
        y + 26,
        f"{m.get('doc_en', 'consultant')}, BIG {big_no(c, 'en')}",
        f=NSANS,
        pt=9,
        at="right",
        col=G1,
    )
    return [sh]


_r(
    "medverklaring-specialist-patientkader-rechts-kopjes-kleinkapitaal-50",
    "medical-statement",
    "nl",
    med_headed,
    "treating specialist's statement with headed paragraphs and a patient box",
)
_r(
    "medverklaring-huisarts-brief-dubbele-lijn-stempel-naast-handtekening-50",
    "medical-statement",
    "nl",
    med_gp_letter,
    "general practitioner's letter to the lawyer",
)
_r(
    "medical-statement-en-consultant-to-whom-genummerd-50",
    "medical-statement",
    "en",
    med_consultant_en,
    "English consultant's statement with numbered paragraphs",
)


# =========================================================================== care institution


def _care_start(c: Case) -> D:
    r = random.Random(hsh("care50", c.rng_seed))
    if c.procedure == "ind-medical-treatment" and r.random() < 0.5:
        return c.sub + dt.timedelta(days=r.randint(10, 70))
    return started(c)


def care_confirm(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The hospital's CONFIRMATION OF TREATMENT ('Bevestiging behandeling') by its patient administration, with the
    hospital's head at the top LEFT, the references in a line of three captioned cells, the statement that the
    hospital CAN and WILL treat the patient from a date, the treatment and its cost estimate in a small ruled table
    (treatment, period, estimated cost), who pays, and the head of patient administration's signature with the
    hospital's round stamp."""
    m, h = c.med, c.hospital
    sh = c.new_sheet()
    W = c.page_w
    y = _hosp_head(sh, c, dept="Patiëntenadministratie")
    start = _care_start(c)
    d0 = workday(c, rng, 4, 40)
    cw = (W - 32) / 3
    for i, (a, v) in enumerate(
        [
            ("Datum", dnum(d0, "-")),
            ("Patiëntnummer", f"{c.rng_seed % 8000000 + 1000000}"),
            ("V-nummer", c.vnr),
        ]
    ):
        frame(sh, 16 + i * cw, y + 2, cw, 11, lw=0.25, col=G2)
        put(sh, 18 + i * cw, y + 3, a, f=NSANS, pt=7.4, col=G1)
        put(sh, 18 + i * cw, y + 7.2, v, f=NSANS_B, pt=9.6)
    y += 22
    put(sh, 16, y, "Bevestiging behandeling", f=NSANS_B, pt=13)
    y = (
        block(
            sh,
            16,
            y + 9,
            W - 32,
            f"Hierbij bevestigt {h['name']} dat zij in staat en bereid is "
            f"{c.name('given_surname')}, geboren op {dnum(c.p.birth_date, '-')}, te behandelen. De behandeling "
            f"{'start' if start > c.sub else 'is gestart'} op {dword(start, 'nl')} op de afdeling {m.get('spec', '')}.",
            f=NSANS,
            pt=10.2,
            lead=1.55,
        )
        + 5
    )
    rows = [
        ("Behandeling", m.get("tx_short", "")),
        ("Periode", f"{dnum(start, '-')} tot ten minste {dnum(_ind.add_months(start, 12), '-')}"),
        ("Geraamde kosten per jaar", money(m.get("cost", 0))),
    ]
    for a, v in rows:
        frame(sh, 16, y, 60, 8, lw=0.2, col=G2, fill=(238, 240, 244))
        frame(sh, 76, y, W - 92, 8, lw=0.2, col=G2)
        put(sh, 18, y + 2, a, f=NSANS, pt=9.2)
        put_fit(sh, 78, y + 2, v, W - 96, f=NSANS_B, pt=9.2)
        y += 8
    y = block(sh, 16, y + 6, W - 32, payer_phrase(c, "nl"), f=NSANS, pt=10.2, lead=1.55) + 10
    g_, s_ = doc_name(c, "adm")
    signat(sh, 16, y, rng, w=40, h=13, col=INK_BLUE)
    put(sh, 16, y + 16, f"{g_} {s_}", f=NSANS_B, pt=10)
    put(sh, 16, y + 21, "hoofd patiëntenadministratie", f=NSANS, pt=9, col=G1)
    stampit(sh, 90, y - 4, [h["name"].upper()[:26], h["city"].upper()], rng, col=ST_BLUE, mm=30)
    return [sh]


def care_sessions(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A TREATMENT CENTRE'S intake letter confirming a treatment place ('Plaatsingsbevestiging'), printed in a
    typewriter-like face by the planning office: the centre's name in a grey band at the top, the letter's body
    confirming the place from a date, a SCHEDULE table of the first planned sessions (date, time, unit), the sentence
    on the insurer who pays, and the planner's name with an oval stamp pressed half over the text's last line."""
    m, h = c.med, c.hospital
    sh = c.new_sheet()
    W = c.page_w
    fill(sh, 0, 8, W, 14, (230, 230, 232))
    put(
        sh,
        16,
        11,
        f"{h['name']} - behandelcentrum {m.get('spec', '').split('/')[0].strip().lower()}",
        f=TYPEW_B,
        pt=11,
    )
    put(sh, 16, 28, f"{h['street']}, {h['pc']} {h['city']}", f=TYPEW, pt=9)
    start = _care_start(c)
    put(sh, W - 16, 40, f"{h['city']}, {dnum(workday(c, rng, 3, 30), '-')}", f=TYPEW, pt=10, at="right")
    y = (
        block(
            sh,
            16,
            50,
            W - 32,
            f"Betreft: plaatsingsbevestiging {c.name('given_surname')} "
            f"({dnum(c.p.birth_date, '-')}), V-nummer {c.vnr}",
            f=TYPEW_B,
            pt=10,
            lead=1.5,
        )
        + 4
    )
    y = (
        block(
            sh,
            16,
            y,
            W - 32,
            f"Wij bevestigen dat er voor bovengenoemde patiënt een behandelplaats beschikbaar "
            f"is in ons centrum vanaf {dword(start, 'nl')}. Patiënt krijgt hier: {m.get('tx', '')}. Wij kunnen en "
            f"zullen deze behandeling geven.",
            f=TYPEW,
            pt=10,
            lead=1.6,
        )
        + 5
    )
    put(sh, 16, y, "Eerste geplande behandelingen:", f=TYPEW_B, pt=10)
    y += 6
    d_ = start
    for k in range(5):
        while d_.weekday() >= 5:
            d_ += dt.timedelta(days=1)
        frame(sh, 16, y, 120, 7, lw=0.2, col=G2)
        put(
            sh,
            18,
            y + 1.6,
            f"{dnum(d_, '-')}   {rng.choice(['08:00', '08:30', '13:00', '14:30'])}   unit "
            f"{rng.randint(1, 4)}",
            f=TYPEW,
            pt=9.4,
        )
        y += 7
        d_ += dt.timedelta(days=rng.choice([2, 2, 3, 7]))
    y = block(sh, 16, y + 6, W - 32, payer_phrase(c, "nl"), f=TYPEW, pt=10, lead=1.6) + 8
    g_, s_ = doc_name(c, "plan")
    put(sh, 16, y, f"{g_} {s_}, planning", f=TYPEW, pt=10)
    signat(sh, 16, y + 4, rng, w=36, h=12, col=INK_BLACK)
    stampit(sh, 60, y - 10, [h["short"].upper()[:20], "PLANNING"], rng, shape="oval", col=ST_VIOLET, mm=34)
    return [sh]


def care_intl_office(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An ENGLISH confirmation from the hospital's INTERNATIONAL PATIENT OFFICE: a coloured bar down the LEFT edge,
    the office's name and contact lines at the top, the date and reference at the RIGHT, 'Confirmation of treatment'
    as a heading, a short letter naming the patient and V-number, a bullet list (treatment, start date, expected
    length, estimated annual cost, payment), and the coordinator's signature at the LEFT."""
    m, h = c.med, c.hospital
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    col = tuple(h.get("color", (20, 60, 120)))
    fill(sh, 0, 0, 7, H, col)
    put(sh, 16, 14, f"{h['name']} - International Patient Office", f=NSANS_B, pt=11.5, col=col)
    put(
        sh,
        16,
        20,
        f"{h['street']}, {h['pc']} {h['city']}, the Netherlands · {h.get('web', '')}",
        f=NSANS,
        pt=8.4,
        col=G1,
    )
    start = _care_start(c)
    put(sh, W - 16, 32, dword(workday(c, rng, 3, 35), "en"), f=NSANS, pt=10, at="right")
    put(sh, W - 16, 37.5, f"Ref. IPO-{c.rng_seed % 90000 + 10000}", f=NSANS, pt=9, at="right", col=G1)
    put(sh, 16, 48, "Confirmation of treatment", f=NSANS_B, pt=14)
    y = (
        block(
            sh,
            16,
            58,
            W - 32,
            f"We confirm that {c.p.given_names} {c.p.surname} (born "
            f"{dnum(c.p.birth_date, '-')}, V-number {c.vnr}) will be treated at our hospital and that we have the "
            f"capacity and expertise to do so.",
            f=NSANS,
            pt=10.2,
            lead=1.55,
        )
        + 5
    )
    for it in [
        f"Treatment: {m.get('tx_en', '')}",
        f"Start: {dword(start, 'en')}",
        f"Department: {m.get('spec_en', '')}",
        f"Estimated annual cost: {money(m.get('cost', 0))}",
        f"Payment: {payer_phrase(c, 'en')}",
    ]:
        put(sh, 18, y, "-", f=NSANS, pt=10.2)
        y = block(sh, 23, y, W - 40, it, f=NSANS, pt=10.2, lead=1.45) + 2
    y += 10
    g_, s_ = doc_name(c, "ipo")
    put(sh, 16, y, "Kind regards,", f=NSANS, pt=10.2)
    signat(sh, 16, y + 4, rng, w=40, h=13, col=INK_BLUE)
    put(sh, 16, y + 20, f"{g_} {s_}", f=NSANS_B, pt=10)
    put(sh, 16, y + 25, "Coordinator, International Patient Office", f=NSANS, pt=9, col=G1)
    return [sh]


_r(
    "zorginstelling-bevestiging-behandeling-drie-referentiecellen-kostentabel-50",
    "care-institution-statement",
    "nl",
    care_confirm,
    "hospital's confirmation of treatment with reference cells and a cost table",
)
_r(
    "zorginstelling-plaatsingsbevestiging-typemachine-sessierooster-50",
    "care-institution-statement",
    "nl",
    care_sessions,
    "treatment centre's placement letter with a schedule of sessions",
)
_r(
    "care-confirmation-en-international-patient-office-zijbalk-50",
    "care-institution-statement",
    "en",
    care_intl_office,
    "English confirmation from the international patient office with a side bar",
)


# =========================================================================== health insurance


def polno(c: Case, pre: str = "") -> str:
    r = random.Random(hsh("pol50", c.rng_seed, pre))
    return f"{pre}{r.randint(100000000, 999999999)}"


def polisblad_table(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A Dutch health insurer's POLICY SHEET ('Uw polisblad 2026'): the insurer's name beside a coloured square at
    the top LEFT and a thin wavy line in its colour under the head, the window address, a grey box with the relation
    and policy numbers at the RIGHT, a TABLE of the insured (name, date of birth, basic insurance with its kind,
    supplementary cover, compulsory excess), the period of cover in bold, and the sentence that the basic insurance
    covers specialist medical care including the named hospital treatment."""
    ins = c.insurer_nl
    sh = c.new_sheet()
    W = c.page_w
    col = tuple(ins.get("color", (0, 110, 110)))
    fill(sh, 16, 12, 10, 10, col)
    put(sh, 29, 12.5, ins["name"], f=CARL_B, pt=12.5, col=col)
    put(sh, 29, 18.5, ins.get("post", ""), f=CARL, pt=8.4, col=G1)
    pts = [(16 + k * 2, 27 + 1.2 * ((k % 4) - 1.5) / 1.5) for k in range(int((W - 32) / 2) + 1)]
    for a, b in zip(pts, pts[1:]):
        sh.rule(a[0], a[1], b[0], b[1], width_mm=0.5, color=col)
    a1, a2 = street_lines(c.p)
    for i, ln in enumerate([c.name("initials"), a1, a2]):
        put(sh, 20, 42 + i * 5, ln, f=CARL, pt=10.5)
    fill(sh, W - 76, 38, 60, 24, (236, 238, 240))
    for i, (a, v) in enumerate(
        [("Relatienummer", polno(c, "R")), ("Polisnummer", polno(c)), ("UZOVI", ins.get("uzovi", "-"))]
    ):
        put(sh, W - 73, 40 + i * 7, a, f=CARL, pt=8, col=G1)
        put(sh, W - 44, 40 + i * 7, v, f=CARL_B, pt=9.2)
    put(sh, 16, 76, "Uw polisblad 2026", f=CARL_B, pt=15)
    start = D(2026, 1, 1) if rng.random() < 0.6 else started(c).replace(day=1)
    put(
        sh,
        16,
        86,
        f"Verzekerd vanaf {dnum(start, '-')} - doorlopend (jaarcontract tot 31-12-2026, stilzwijgend "
        f"verlengd)",
        f=CARL_B,
        pt=10,
    )
    heads = ["Verzekerde", "Geboortedatum", "Basisverzekering", "Aanvullend", "Eigen risico"]
    xs = [16, 70, 100, 144, 176, W - 16]
    y = 96.0
    fill(sh, 16, y, W - 32, 7, col)
    for x, h_ in zip(xs, heads):
        put(sh, x + 1.5, y + 1.6, h_, f=CARL_B, pt=8.8, col=(255, 255, 255))
    y += 7
    vals = [
        c.name("given_surname"),
        dnum(c.p.birth_date, "-"),
        rng.choice(["Natura Basis", "Restitutie Basis", "Combinatie Basis"]),
        rng.choice(["Tand Basis", "Aanvullend 1", "geen"]),
        "€ 385,-",
    ]
    for j, v in enumerate(vals):
        put_fit(sh, xs[j] + 1.5, y + 1.8, v, xs[j + 1] - xs[j] - 3, f=CARL, pt=9)
    hline(sh, 16, W - 16, y + 7.5, lw=0.3, col=col)
    y += 16
    y = (
        block(
            sh,
            16,
            y,
            W - 32,
            f"Uw basisverzekering vergoedt medisch-specialistische zorg volgens de "
            f"Zorgverzekeringswet, waaronder {c.med.get('tx_short', 'de behandeling')} in {c.hospital['name']}. "
            f"Voor deze zorg hebben wij met het ziekenhuis een contract.",
            f=CARL,
            pt=10,
            lead=1.55,
        )
        + 6
    )
    block(
        sh,
        16,
        y,
        W - 32,
        f"Premie per maand: € {rng.randint(148, 176)},{rng.randint(10, 95)}. Wijzigingen geeft "
        f"u door via Mijn {ins.get('short', 'Zorg')}.",
        f=CARL,
        pt=9.4,
        lead=1.5,
        col=G1,
    )
    return [sh]


def cover_intl_cert(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An international insurer's CERTIFICATE OF INSURANCE in English, drawn to the page's own size: the insurer's
    name in white on a band of its colour across the top, the certificate's number and date at the RIGHT under it,
    'CERTIFICATE OF INSURANCE' in spaced capitals, a framed two-column block of the insured's particulars and the
    plan, a paragraph that the plan covers inpatient and outpatient treatment in the Netherlands including the named
    treatment, the period of cover, and the underwriting manager's printed name with a scanned signature."""
    ins = c.insurer_intl
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    col = tuple(ins.get("color", (0, 70, 140)))
    fill(sh, 0, 0, W, 20, col)
    put(sh, 16, 5, ins["name"], f=NSANS_B, pt=fit_pt(ins["name"], W - 32, NSANS_B, 13), col=(255, 255, 255))
    put_fit(sh, 16, 12.5, ins.get("addr", ""), W - 32, f=NSANS, pt=8, col=(230, 236, 246))
    d0 = workday(c, rng, 5, 45)
    put(sh, W - 16, 26, f"Certificate no. {polno(c, 'C')}", f=NSANS, pt=9, at="right")
    put(sh, W - 16, 31, dword(d0, "en"), f=NSANS, pt=9, at="right")
    put(sh, W / 2, 44, "C E R T I F I C A T E   O F   I N S U R A N C E", f=NSANS_B, pt=12.5, at="center")
    start = D(c.sub.year, 1, 1) if rng.random() < 0.5 else c.sub - dt.timedelta(days=rng.randint(30, 200))
    end = _ind.add_years(start, 1) - dt.timedelta(days=1)
    if end < c.sub + dt.timedelta(days=120):
        end = _ind.add_years(end, 1)
    rows = [
        ("Insured person", f"{c.p.given_names} {c.p.surname}"),
        ("Date of birth", dword(c.p.birth_date, "en")),
        ("Nationality", PC.get(c.p.nationality, {}).get("adj_en", c.p.nationality)),
        ("Plan", ins.get("plan", "International Health Plan")),
        ("Policy number", polno(c, "P")),
        ("Period of cover", f"{dword(start, 'en')} - {dword(end, 'en')}"),
        ("Area of cover", "Worldwide including the Netherlands"),
    ]
    y = 54.0
    frame(sh, 16, y, W - 32, len(rows) * 8 + 4, lw=0.5, col=col)
    for a, v in rows:
        put(sh, 20, y + 3, a, f=NSANS, pt=9.2, col=G1)
        put_fit(sh, 70, y + 3, v, W - 90, f=NSANS_B, pt=9.6)
        y += 8
    y += 12
    y = (
        block(
            sh,
            16,
            y,
            W - 32,
            f"This certifies that the person named above is insured under the plan stated. The "
            f"plan covers medically necessary inpatient and outpatient treatment in the Netherlands, including "
            f"{c.med.get('tx_en', 'the treatment prescribed')}, with no waiting period and no exclusion for the "
            f"condition treated. Benefits are paid directly to the treating hospital.",
            f=NSANS,
            pt=10,
            lead=1.55,
            al="justify",
        )
        + 10
    )
    signat(sh, 16, y, rng, w=40, h=12, col=(30, 30, 60))
    g_, s_ = doc_name(c, "uw")
    put(sh, 16, y + 15, f"{g_} {s_}", f=NSANS_B, pt=10)
    put(sh, 16, y + 20, "Underwriting Manager", f=NSANS, pt=9, col=G1)
    bars(sh, W - 76, H - 30, 60, 10, polno(c, "C"))
    return [sh]


def incoming_bilingual(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An INCOMING insurer's certificate ('Verzekeringsbewijs / Certificate of insurance') for foreign nationals
    staying in the Netherlands, BILINGUAL in two columns (Dutch at the LEFT, English at the RIGHT) under a single
    heading, the particulars once in a shaded band across both columns, the cover of medical treatment in both
    languages, and the insurer's printed closing with a QR code for checking the certificate."""
    name = _ind._incoming_name(c)
    sh = c.new_sheet()
    W = c.page_w
    put(sh, 16, 14, name, f=GOTH_B, pt=13)
    put(
        sh,
        16,
        21,
        "Zorgverzekering voor buitenlandse gasten · Health insurance for foreign guests",
        f=GOTH,
        pt=8.6,
        col=G1,
    )
    put(sh, W / 2, 36, "VERZEKERINGSBEWIJS · CERTIFICATE OF INSURANCE", f=GOTH_B, pt=12, at="center")
    start = c.sub - dt.timedelta(days=rng.randint(20, 160))
    end = _ind.add_years(start, 1)
    fill(sh, 16, 44, W - 32, 26, (234, 238, 242))
    for i, (a, v) in enumerate(
        [
            ("Verzekerde / Insured", c.name("given_surname")),
            ("Geboortedatum / Date of birth", dnum(c.p.birth_date, "-")),
            ("Polisnummer / Policy no.", polno(c, "IN")),
            ("Looptijd / Period", f"{dnum(start, '-')} - {dnum(end, '-')}"),
        ]
    ):
        put(sh, 20 + (i % 2) * 88, 46 + (i // 2) * 12, a, f=GOTH, pt=7.8, col=G1)
        put_fit(sh, 20 + (i % 2) * 88, 50 + (i // 2) * 12, v, 84, f=GOTH_B, pt=9.6)
    cw = (W - 40) / 2
    nl_ = (
        f"Deze verzekering dekt medisch noodzakelijke zorg in Nederland, ook ziekenhuisopname en specialistische "
        f"behandeling ({c.med.get('tx_short', '')}). Er geldt geen uitsluiting voor bestaande aandoeningen."
    )
    en_ = (
        f"This insurance covers medically necessary care in the Netherlands, including hospital admission and "
        f"specialist treatment ({c.med.get('tx_en', '')}). Pre-existing conditions are not excluded."
    )
    block(sh, 16, 80, cw, nl_, f=GOTH, pt=9.6, lead=1.5)
    block(sh, 24 + cw, 80, cw, en_, f=GOTH, pt=9.6, lead=1.5)
    vline(sh, 20 + cw, 78, 130, lw=0.3, col=G3)
    put(sh, 16, 146, f"{name} · {dnum(workday(c, rng, 3, 30), '-')}", f=GOTH, pt=9)
    qr(sh, W - 46, 140, 28, polno(c, "IN"))
    return [sh]


CERT = "intl-certificate-of-insurance-kleurband-gespatieerd-kader-barcode-50"
_r(
    "polisblad-2026-gekleurd-vierkant-golflijn-verzekerdentabel-50",
    "health-insurance",
    "nl",
    polisblad_table,
    "Dutch insurer's policy sheet with a table of the insured",
)
_r(CERT, "health-insurance", "en", cover_intl_cert, "international insurer's certificate with a colour band")
_r(
    "incoming-verzekeringsbewijs-tweetalig-twee-kolommen-qr-50",
    "health-insurance",
    "nl",
    incoming_bilingual,
    "incoming insurer's bilingual certificate in two columns",
)


# =========================================================================== civic integration


def exam_day(c: Case, rng: random.Random) -> D:
    lo = (c.since or D(2021, 3, 1)) + dt.timedelta(days=400)
    hi = c.sub - dt.timedelta(days=45)
    if lo >= hi:
        lo = hi - dt.timedelta(days=280)
    return D.fromordinal(rng.randint(lo.toordinal(), hi.toordinal()))


def duo_diploma_landscape(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The civic-integration DIPLOMA printed in LANDSCAPE: a double frame in dark green with a wavy security ground
    inside, 'DIPLOMA INBURGERING' in spaced capitals at the top CENTRE, the holder's name in a large italic on its
    own line, birth date and place under it, the exam parts in two columns with their level, the diploma number at
    the lower LEFT, and the date with the printed signature of DUO's director at the lower RIGHT."""
    d0 = exam_day(c, rng)
    W, H = c.page_h, c.page_w
    sh = Sheet(W, H)
    g = (20, 90, 60)
    sh.image(12, 12, W - 24, H - 24, waves_ground(W - 24, H - 24, rng, (244, 250, 246), (214, 234, 222), k=3))
    frame(sh, 10, 10, W - 20, H - 20, lw=1.2, col=g)
    frame(sh, 14, 14, W - 28, H - 28, lw=0.4, col=g)
    put(sh, W / 2, 30, "D I P L O M A   I N B U R G E R I N G", f=PALA_B, pt=20, at="center", col=g)
    put(sh, W / 2, 42, "Wet inburgering 2021 - niveau B1", f=PALA_I, pt=10.5, at="center", col=G1)
    nm_ = f"{c.p.given_names} {c.p.surname}"
    put(sh, W / 2, 60, nm_, f=PALA_I, pt=fit_pt(nm_, W - 80, PALA_I, 24), at="center")
    put(
        sh,
        W / 2,
        74,
        f"geboren op {dword(c.p.birth_date, 'nl')} te {c.p.birth_place}",
        f=PALA,
        pt=11,
        at="center",
    )
    put(sh, W / 2, 86, "heeft de volgende onderdelen met goed gevolg afgelegd:", f=PALA, pt=11, at="center")
    parts = [
        ("Lezen", "B1"),
        ("Luisteren", "B1"),
        ("Schrijven", "B1"),
        ("Spreken", "B1"),
        ("Kennis van de Nederlandse Maatschappij", "-"),
        ("Participatieverklaring", "-"),
    ]
    for i, (p_, lv) in enumerate(parts):
        x = 60 + (i % 2) * 95
        y = 98 + (i // 2) * 9
        put(sh, x, y, p_, f=PALA, pt=10.5)
        put(sh, x + 80, y, lv, f=PALA_B, pt=10.5, at="right")
    r = random.Random(hsh("dip50", c.rng_seed))
    put(sh, 30, H - 40, f"Diplomanummer {r.randint(1000000, 9999999)}-{r.randint(10, 99)}", f=PALA, pt=10)
    put(
        sh, W - 30, H - 48, f"Groningen, {dword(d0 + dt.timedelta(days=30), 'nl')}", f=PALA, pt=10, at="right"
    )
    signat(sh, W - 90, H - 44, rng, w=44, h=13, col=(30, 30, 40))
    put(sh, W - 30, H - 28, "de directeur van DUO", f=PALA_I, pt=9.6, at="right")
    return [sh]


def duo_exemption_letter(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """DUO's DECISION granting exemption from civic integration: DUO's name at the top LEFT in bold with a light
    blue underline, the window address, a reference BLOCK at the RIGHT margin (datum, kenmerk, V-nummer, onderwerp
    in small bold captions with the values under them), 'Besluit' as a heading followed by the decision in a shaded
    paragraph, the reasons as numbered points, and the objection clause in small type at the foot."""
    d0 = exam_day(c, rng)
    sh = c.new_sheet()
    W = c.page_w
    put(sh, 16, 14, "Dienst Uitvoering Onderwijs", f=NSANS_B, pt=12)
    hline(sh, 16, 96, 19.5, lw=1.0, col=(120, 170, 220))
    a1, a2 = street_lines(c.p)
    for i, ln in enumerate([c.name("initials"), a1, a2]):
        put(sh, 16, 40 + i * 5, ln, f=NSANS, pt=10.5)
    for i, (a, v) in enumerate(
        [
            ("Datum", dword(d0, "nl")),
            ("Kenmerk", f"OH-{rng.randint(1000000, 9999999)}"),
            ("V-nummer", c.vnr),
            ("Onderwerp", "Ontheffing inburgeringsplicht"),
        ]
    ):
        put(sh, W - 62, 36 + i * 10, a, f=NSANS_B, pt=7.6, col=G1)
        put_fit(sh, W - 62, 39.6 + i * 10, v, 46, f=NSANS, pt=9.4)
    put(sh, 16, 86, "Besluit", f=NSANS_B, pt=13)
    fill(sh, 16, 93, W - 32, 16, (238, 244, 250))
    block(
        sh,
        19,
        95,
        W - 38,
        "U krijgt ontheffing van de inburgeringsplicht. U hoeft het inburgeringsexamen niet meer te halen.",
        f=NSANS,
        pt=10.5,
        lead=1.45,
    )
    y = 118.0
    put(sh, 16, y, "Waarom krijgt u ontheffing?", f=NSANS_B, pt=10.5)
    y += 7
    for i, t_ in enumerate(
        [
            "U hebt aangetoond dat u door een medische beperking blijvend niet in staat bent het "
            "examen te halen.",
            "Dit blijkt uit het advies van de onafhankelijke arts dat wij hebben ontvangen.",
            "Dit besluit nemen wij op grond van de Wet inburgering 2021.",
        ],
        1,
    ):
        put(sh, 18, y, f"{i}.", f=NSANS, pt=10.2)
        y = block(sh, 25, y, W - 41, t_, f=NSANS, pt=10.2, lead=1.45) + 2
    block(
        sh,
        16,
        y + 14,
        W - 32,
        "Niet eens met dit besluit? Maak dan binnen 6 weken na de datum van deze brief "
        "bezwaar bij DUO, Postbus 30205, 2500 GE Den Haag.",
        f=NSANS,
        pt=8.6,
        lead=1.4,
        col=G1,
    )
    return [c.intr(sh)]


def duo_results_table(c: Case, rng: random.Random, *, failed: bool = False, **_) -> list[Sheet]:
    """DUO's EXAM RESULTS letter ('Uitslag inburgeringsexamen'): DUO's name and the V-number at the top, the window
    address, a TABLE of the exam parts (part, exam date, score, required, result) with the result written out
    ('voldoende' / 'onvoldoende'), and a closing paragraph on what follows (the diploma, or a new exam for the part
    not passed)."""
    d0 = exam_day(c, rng)
    sh = c.new_sheet()
    W = c.page_w
    put(sh, 16, 14, "DUO - Inburgering", f=CARL_B, pt=12)
    put(sh, W - 16, 14, f"V-nummer: {c.vnr}", f=CARL, pt=10, at="right")
    a1, a2 = street_lines(c.p)
    for i, ln in enumerate([c.name("initials"), a1, a2]):
        put(sh, 16, 30 + i * 5, ln, f=CARL, pt=10.5)
    put(sh, W - 16, 30, dnum(d0 + dt.timedelta(days=20), "-"), f=CARL, pt=10, at="right")
    put(sh, 16, 56, "Uitslag inburgeringsexamen", f=CARL_B, pt=14)
    parts = ["Lezen", "Luisteren", "Schrijven", "Spreken", "Kennis van de Nederlandse Maatschappij"]
    bad = random.Random(c.rng_seed + 161).randrange(len(parts)) if failed else -1
    r = random.Random(c.rng_seed + 162)
    xs = [16, 90, 120, 140, 162, W - 16]
    y = 66.0
    fill(sh, 16, y, W - 32, 7, (226, 230, 236))
    for x, h_ in zip(xs, ["Onderdeel", "Examendatum", "Score", "Nodig", "Uitslag"]):
        put(sh, x + 1.5, y + 1.6, h_, f=CARL_B, pt=9)
    y += 7
    for i, p_ in enumerate(parts):
        need = 60 if i < 4 else 31
        top = 100 if i < 4 else 40
        score = r.randint(30, need - 4) if i == bad else r.randint(need + 2, top)
        vals = [
            p_,
            dnum(d0 - dt.timedelta(days=r.randint(2, 110)), "-"),
            str(score),
            str(need),
            "onvoldoende" if i == bad else "voldoende",
        ]
        for j, v in enumerate(vals):
            put_fit(
                sh,
                xs[j] + 1.5,
                y + 1.6,
                v,
                xs[j + 1] - xs[j] - 3,
                f=CARL_B if (j == 4 and i == bad) else CARL,
                pt=9.4,
            )
        hline(sh, 16, W - 16, y + 7, lw=0.15, col=G3)
        y += 7
    block(
        sh,
        16,
        y + 10,
        W - 32,
        (
            "U hebt nog niet alle onderdelen gehaald. U kunt zich opnieuw aanmelden voor het "
            "onderdeel met de uitslag 'onvoldoende'."
            if failed
            else "U hebt alle onderdelen gehaald. Uw diploma ontvangt u binnen vier weken."
        ),
        f=CARL,
        pt=10.5,
        lead=1.5,
    )
    return [c.intr(sh)]


CIVIC = [
    ("duo-diploma-liggend-dubbele-groene-rand-naam-cursief-50", "diploma"),
    ("duo-ontheffing-besluit-referentieblok-rechts-genummerde-redenen-50", "exemption"),
    ("duo-uitslag-tabel-score-nodig-uitslag-voluit-50", "results"),
]
_r(CIVIC[0][0], "civic-integration", "nl", duo_diploma_landscape, "landscape civic-integration diploma")
_r(
    CIVIC[1][0],
    "civic-integration",
    "nl",
    duo_exemption_letter,
    "DUO exemption decision with a reference block",
)
_r(
    CIVIC[2][0],
    "civic-integration",
    "nl",
    duo_results_table,
    "DUO results as a table with the result written out",
)


# =========================================================================== other: cover letter, IND letters, MVV

GROUNDS = [
    "cliënt verblijft in Nederland;",
    "de identiteit en nationaliteit van cliënt staan vast en worden ook door de autoriteiten van het land van "
    "herkomst niet betwijfeld;",
    "cliënt kan een (nieuw) paspoort alleen krijgen door zelf naar het land van herkomst te reizen;",
    "als de behandeling stopt, ontstaat voor cliënt een medische noodsituatie;",
    "de behandeling is in het land van herkomst niet beschikbaar, of cliënt heeft daar geen toegang toe.",
]
ABOUT = {
    "ind-medical-treatment": "een verblijfsvergunning regulier voor bepaalde tijd onder de beperking "
    "'medische behandeling'",
    "ind-hnt-continued": "een verblijfsvergunning voor onbepaalde tijd wegens voortgezet verblijf (humanitair "
    "niet-tijdelijk)",
    "ind-generic": "verlenging van de geldigheidsduur van de verblijfsvergunning regulier",
}


def cover_sidecol(c: Case, rng: random.Random, *, enclosures: list[str] | None = None, **_) -> list[Sheet]:
    """The lawyer's COVER LETTER with the firm's details in a narrow RIGHT-HAND COLUMN separated from the text by a
    thin vertical line (name, address, telephone, e-mail, and the references 'Uw kenmerk', 'Ons kenmerk', 'V-nummer'
    and the date one under the other), the IND's address at the top LEFT, the subject in bold, the text in Palatino
    in the wide left column, the exemption grounds (when there is no passport) numbered (1)-(5) as the seed lists
    them, the enclosures as a numbered list, and the signature over the lawyer's name and 'advocaat'."""
    lw = c.lawyer or dict(
        firm="Rechtswinkel Oosterpoort",
        street="Oosterstraat 17",
        pc="9711 NN",
        city="Groningen",
        tel="050",
        mail="info@rechtswinkel-oosterpoort.nl",
    )
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    xr = W - 56
    vline(sh, xr - 4, 14, H - 20, lw=0.3, col=G3)
    y = 16.0
    put_fit(sh, xr, y, lw["firm"], 44, f=PALA_B, pt=10)
    y += 7
    for ln in [
        lw["street"],
        f"{lw['pc']} {lw['city']}",
        f"T {lw['tel']}-{random.Random(c.rng_seed).randint(2000000, 9999999)}",
        lw["mail"],
    ]:
        put_fit(sh, xr, y, ln, 44, f=PALA, pt=8, col=G1)
        y += 4.4
    d0 = c.sub - dt.timedelta(days=rng.randint(0, 5))
    y += 8
    for a, v in [
        ("Uw kenmerk", "-"),
        ("Ons kenmerk", f"{d0.year}.{c.rng_seed % 9000 + 1000}"),
        ("V-nummer", c.vnr),
        ("Datum", dword(d0, "nl")),
    ]:
        put(sh, xr, y, a, f=PALA_I, pt=7.6, col=G1)
        put_fit(sh, xr, y + 3.6, v, 44, f=PALA_B, pt=9)
        y += 10
    for i, t_ in enumerate(_ind.IND_ADDRESSES[rng.randrange(len(_ind.IND_ADDRESSES))].split("\n")):
        put(sh, 18, 24 + i * 5, t_, f=PALA, pt=10.5)
    tw_ = xr - 26
    y = (
        block(
            sh,
            18,
            60,
            tw_,
            f"Betreft: aanvraag {ABOUT[c.procedure]} - {c.name('SURNAME, Given')}",
            f=PALA_B,
            pt=10.5,
            lead=1.35,
        )
        + 5
    )
    body = [
        "Geachte heer, mevrouw,",
        f"Hierbij dien ik namens mijn cliënt{'e' if c.p.sex == 'F' else ''}, {c.name('given_surname')}, geboren "
        f"op {dnum(c.p.birth_date, '-')}, van {nat_nl(c.p)} nationaliteit, een aanvraag in om "
        f"{ABOUT[c.procedure]}. Het ondertekende aanvraagformulier en de bijlagen zijn bijgevoegd.",
    ]
    if c.procedure == "ind-medical-treatment" and c.art64_end:
        body.append(
            f"Cliënt heeft uitstel van vertrek op grond van artikel 64 Vreemdelingenwet tot en met "
            f"{dword(c.art64_end, 'nl')} en wordt nog steeds behandeld voor {c.med.get('dx', 'de ziekte')}. "
            f"De voorwaarden over inkomen en betaling van de behandeling zijn daarom niet van toepassing."
        )
    if c.procedure == "ind-hnt-continued" and c.since:
        body.append(
            f"Cliënt heeft sinds {dword(c.since, 'nl')} een verblijfsvergunning met het doel "
            f"'{dict(ROUTES).get(c.route, c.route or '')}'."
        )
    if c.suriname_visa:
        body.append(
            "Cliënt heeft de Surinaamse nationaliteit en reisde in met een visum voor medische behandeling "
            "(zie bijlage). De behandeling is nog steeds nodig en de betaling is geregeld."
        )
    for t_ in body:
        y = block(sh, 18, y, tw_, t_, f=PALA, pt=10.3, lead=1.5, al="justify") + 3
    if c.no_passport:
        y = (
            block(
                sh,
                18,
                y,
                tw_,
                "Cliënt heeft geen geldig paspoort. Ik verzoek u cliënt vrij te stellen van de "
                "paspoortplicht, omdat:",
                f=PALA,
                pt=10.3,
                lead=1.5,
            )
            + 1
        )
        for n, i in enumerate(c.exemption_shown, 1):
            put(sh, 20, y, f"({n})", f=PALA, pt=10.3)
            y = block(sh, 30, y, tw_ - 12, GROUNDS[i], f=PALA, pt=10.3, lead=1.45) + 1.5
        y += 3
    if enclosures:
        put(sh, 18, y, "Bijlagen:", f=PALA_B, pt=10.3)
        y += 5.6
        for i, e_ in enumerate(enclosures, 1):
            put_fit(sh, 22, y, f"{i}. {e_}", tw_ - 4, f=PALA, pt=9.6)
            y += 4.8
        y += 5
    put(sh, 18, y, "Hoogachtend,", f=PALA, pt=10.3)
    signat(sh, 18, y + 4, rng, col=random.Random(c.rng_seed + 171).choice([INK_BLUE, INK_BLACK]))
    put(sh, 18, y + 19, c.lawyer_name or "mr. R. Oosterhuis", f=PALA_B, pt=10.3)
    put(sh, 18, y + 24, "advocaat", f=PALA_I, pt=9.4)
    return [c.intr(sh)]


def ind_head(sh: Sheet, c: Case, d0: D, subject: str) -> float:
    """This part's IND letter frame: a narrow vertical ribbon at the top CENTRE with the IND's name under it, the
    return line and the window address at the LEFT, and a reference COLUMN in the RIGHT margin (datum, onze
    referentie, V-nummer, onderwerp) in small bold captions."""
    W = c.page_w
    fill(sh, W / 2 - 5, 0, 10, 22, (21, 66, 115))
    put(sh, W / 2 + 8, 12, "Immigratie- en", f=NSANS_B, pt=9)
    put(sh, W / 2 + 8, 16.5, "Naturalisatiedienst", f=NSANS_B, pt=9)
    put(sh, W / 2 + 8, 21, "Ministerie van Asiel en Migratie", f=NSANS, pt=7.6, col=G1)
    put(sh, 18, 44, "> Retouradres Postbus 287 7600 AG Almelo", f=NSANS, pt=6.6, col=G2)
    a1, a2 = street_lines(c.p)
    for i, t_ in enumerate([f"{'De heer' if c.p.sex == 'M' else 'Mevrouw'} {c.name('initials')}", a1, a2]):
        put(sh, 18, 50 + i * 5, t_, f=NSANS, pt=10)
    r = random.Random(hsh("ref50", c.rng_seed, d0))
    x = W - 52
    for i, (a, v) in enumerate(
        [
            ("Datum", dword(d0, "nl")),
            ("Onze referentie", f"{r.randint(1000000, 9999999)}"),
            ("V-nummer", c.vnr),
            ("Onderwerp", subject),
        ]
    ):
        put(sh, x, 44 + i * 10, a, f=NSANS_B, pt=7, col=(21, 66, 115))
        put_fit(sh, x, 47.5 + i * 10, v, 40, f=NSANS, pt=8.6)
    return 92.0


def art64_decision(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The IND's decision granting POSTPONEMENT OF DEPARTURE under article 64: this part's IND frame, 'Beslissing'
    in bold, the period in a sentence with the dates in BOLD, the paragraphs on what this means (no residence
    permit; apply for medical treatment between 28 days before and 28 days after the end of the year; report
    changes), the closing of the minister 'namens deze', and a framed 'Bezwaar' notice at the foot; no signature."""
    end = c.art64_end or (c.since - dt.timedelta(days=1) if c.since else c.sub + dt.timedelta(days=15))
    start = _ind.add_years(end, -1) + dt.timedelta(days=1)
    d0 = start + dt.timedelta(days=rng.randint(4, 30))
    sh = c.new_sheet()
    W = c.page_w
    y = ind_head(sh, c, d0, "uitstel van vertrek art. 64 Vw")
    tw_ = W - 90
    put(sh, 18, y, "Beslissing", f=NSANS_B, pt=12)
    y = (
        block(
            sh,
            18,
            y + 8,
            tw_,
            f"Geachte {'heer' if c.p.sex == 'M' else 'mevrouw'} {c.p.surname},",
            f=NSANS,
            pt=10,
            lead=1.5,
        )
        + 3
    )
    y = (
        block(
            sh,
            18,
            y,
            tw_,
            "Uit het advies van het Bureau Medische Advisering blijkt dat u om medische redenen "
            "nu niet kunt reizen. U krijgt daarom uitstel van vertrek op grond van artikel 64 van de "
            "Vreemdelingenwet.",
            f=NSANS,
            pt=10,
            lead=1.5,
        )
        + 3
    )
    put(sh, 18, y, "Het uitstel geldt van", f=NSANS, pt=10)
    put(sh, 18, y + 5.5, f"{dword(start, 'nl')} tot en met {dword(end, 'nl')}.", f=NSANS_B, pt=10.5)
    y += 15
    for t_ in [
        "Uitstel van vertrek is geen verblijfsvergunning.",
        "Wilt u na dit jaar voor uw behandeling in Nederland blijven? Vraag dan een verblijfsvergunning voor "
        "medische behandeling aan. Doe dat in de periode van 28 dagen vóór tot 28 dagen na het einde van het "
        "uitstel.",
        "Geef veranderingen in uw medische situatie direct door aan de IND.",
    ]:
        y = block(sh, 18, y, tw_, t_, f=NSANS, pt=10, lead=1.5) + 3
    y = (
        block(
            sh,
            18,
            y + 6,
            tw_,
            "De minister van Asiel en Migratie,\nnamens deze,\nde Immigratie- en Naturalisatiedienst",
            f=NSANS,
            pt=10,
            lead=1.45,
        )
        + 12
    )
    frame(sh, 18, y, tw_, 20, lw=0.4, col=G2)
    block(
        sh,
        21,
        y + 2.5,
        tw_ - 6,
        "Bezwaar - Bent u het niet eens met deze beslissing? Dan kunt u binnen vier weken "
        "bezwaar maken. Vermeld daarbij uw V-nummer.",
        f=NSANS,
        pt=8.8,
        lead=1.35,
    )
    return [c.intr(sh)]


def permit_decision(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The IND's most recent decision on the permit that the 7027 application continues (its EXTENSION): this part's
    IND frame, 'Besluit op uw aanvraag' in bold, the sentence that the permit's validity is extended, the permit's
    particulars as caption-value lines with dotted leaders (verblijfsdoel, eerste ingangsdatum, geldig tot, arbeid),
    the paragraph on collecting the new residence document, and the printed closing; no signature."""
    since = c.since or D(2021, 9, 1)
    purpose = dict(ROUTES).get(c.route or "", "regulier bepaalde tijd")
    years = 1 if "medische" in purpose else 5
    d0 = max(since + dt.timedelta(days=20), c.sub - dt.timedelta(days=rng.randint(60, 300)))
    until = max(_ind.add_years(d0, years), c.sub + dt.timedelta(days=rng.randint(30, 200)))
    sh = c.new_sheet()
    W = c.page_w
    y = ind_head(sh, c, d0, "verlenging verblijfsvergunning")
    tw_ = W - 90
    put(sh, 18, y, "Besluit op uw aanvraag", f=NSANS_B, pt=12)
    y = (
        block(
            sh,
            18,
            y + 8,
            tw_,
            f"Geachte {'heer' if c.p.sex == 'M' else 'mevrouw'} {c.p.surname},\n\nWij hebben "
            f"uw aanvraag ingewilligd. De geldigheidsduur van uw verblijfsvergunning is verlengd. De gegevens zijn:",
            f=NSANS,
            pt=10,
            lead=1.5,
        )
        + 4
    )
    for a, v in [
        ("Verblijfsdoel", purpose),
        ("Eerste ingangsdatum", dword(since, "nl")),
        ("Geldig tot", dword(until, "nl")),
        ("Arbeid", "niet toegestaan" if "medische" in purpose else "vrij toegestaan, TWV niet vereist"),
    ]:
        put(sh, 20, y, a, f=NSANS, pt=10)
        x0 = 20 + wid(a, NSANS, 10) + 2
        hline(sh, x0, 64, y + 3.8, lw=0.2, col=G2, dash=0.35)
        put_fit(sh, 66, y, v, tw_ - 48, f=NSANS_B, pt=10)
        y += 7
    y = (
        block(
            sh,
            18,
            y + 6,
            tw_,
            "U krijgt een uitnodiging om uw nieuwe verblijfsdocument op te halen. Neem deze "
            "brief en uw paspoort mee.",
            f=NSANS,
            pt=10,
            lead=1.5,
        )
        + 8
    )
    block(
        sh,
        18,
        y,
        tw_,
        "Met vriendelijke groet,\nde minister van Asiel en Migratie,\nnamens deze,\nde Immigratie- "
        "en Naturalisatiedienst",
        f=NSANS,
        pt=10,
        lead=1.45,
    )
    return [c.intr(sh)]


def mvv_page(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A visa page of a Surinamese passport with the Dutch long-stay visa (MVV, type D) copied at 125 % in the
    MIDDLE of the sheet: the sticker's pale lilac wavy ground framed by a thin line, 'VISUM' at the left and
    'KONINKRIJK DER NEDERLANDEN' at the right on the top line, the photo at the LEFT, the fields in two columns with
    captions in Dutch and English, 'MVV - MEDISCHE BEHANDELING' in the remarks, the visa MRZ at the foot; an
    airport entry stamp in black pressed beside the sticker and the page number printed in the page corner."""
    sh = c.new_sheet()
    W = c.page_w
    x0, y0, pw = 18.0, 70.0, W - 36
    frame(sh, x0, y0, pw, 130, lw=0.2, col=G3)
    put(sh, x0 + pw - 4, y0 + 124, "7", f=NSANS, pt=9, at="right", col=G2)
    sx, sy, sw, sh_ = x0 + 6, y0 + 8, pw - 12, 80
    sh.image(sx, sy, sw, sh_, waves_ground(sw, sh_, rng, (240, 236, 248), (214, 204, 234), k=5))
    frame(sh, sx, sy, sw, sh_, lw=0.3, col=(90, 70, 130))
    put(sh, sx + 3, sy + 2, "VISUM", f=NSANS_B, pt=11, col=(80, 60, 120))
    put(
        sh,
        sx + sw - 3,
        sy + 2.4,
        "KONINKRIJK DER NEDERLANDEN",
        f=NSANS_B,
        pt=8.4,
        at="right",
        col=(80, 60, 120),
    )
    sh.photo(sx + 4, sy + 11, 26, 33, rng)
    start = c.sub - dt.timedelta(days=rng.randint(175, 220))
    end = start + dt.timedelta(days=180)
    r = random.Random(hsh("mvv50", c.rng_seed))
    pno = "S" + r.choice("ABCDE") + "".join(str(r.randint(0, 9)) for _ in range(6))
    rows = [
        ("Geldig voor / Valid for", "SCHENGENSTATEN"),
        ("Van / From", dnum(start, "-")),
        ("Tot / Until", dnum(end, "-")),
        ("Type", "D - MVV"),
        ("Afgegeven te / Issued in", "PARAMARIBO"),
        ("Paspoort / Passport", pno),
        ("Naam / Name", f"{c.p.surname.upper()}, {c.p.given_names.upper()}"),
        ("Opmerkingen / Remarks", "MVV - MEDISCHE BEHANDELING"),
    ]
    for i, (a, v) in enumerate(rows):
        col_ = i // 4
        x = sx + 36 + col_ * (sw - 36) / 2
        y = sy + 11 + (i % 4) * 8
        put(sh, x, y, a, f=NNARROW, pt=5.8, col=G1)
        put_fit(sh, x, y + 2.6, v, (sw - 40) / 2, f=NNARROW_B, pt=8)
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
    mrz_put(sh, sx + 3, sy + sh_ - 13, lines, pitch=(sw - 6) / 44, gap=1.0)
    stampit(
        sh,
        sx + 10,
        sy + sh_ + 6,
        ["SCHIPHOL", dnum(start + dt.timedelta(days=4), "."), "KMAR  IN"],
        rng,
        shape="rect",
        col=ST_BLACK,
        mm=34,
        angle=5,
    )
    return [sh]


_r(
    "cover-letter-rechterkolom-kantoor-referenties-genummerde-gronden-50",
    "other",
    "nl",
    cover_sidecol,
    "lawyer's cover letter with the firm's details in a right-hand column",
)
_r(
    "art64-decision-ind-lint-referentiekolom-rechts-bezwaarkader-50",
    "other",
    "nl",
    art64_decision,
    "IND art. 64 decision in this part's IND frame",
)
_r(
    "permit-letter-ind-lint-stippellijnen-gegevens-50",
    "other",
    "nl",
    permit_decision,
    "IND decision extending the earlier permit, particulars with dotted leaders",
)
_r(
    "mvv-sticker-sur-lila-midden-125-inreisstempel-naast-50",
    "other",
    "nl",
    mvv_page,
    "MVV visa page of a Surinamese passport with an entry stamp beside the sticker",
)


# =========================================================================== the part's IND dossiers


class FiftiethBuilder(_ind.PartBuilder):
    """ind.PartBuilder for this part: it answers the places where PartBuilder names one family per part (the
    civic-integration papers, the US-Letter insurance certificate, the failed results) and maps the generic plans'
    Turkish-language birth act to this part's Belarusian (Belarusian/Russian) one and the Spanish-language act to its
    Azerbaijani one."""

    LANG_MAP = {"tr": "be/ru", "es": "az"}

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
            name="Great Lakes Mutual Health Assurance Company",
            short="Great Lakes Mutual",
            addr="233 South Wacker Drive, Suite 4400, Chicago, IL 60606, USA",
            color=(20, 70, 110),
            logo="cross",
            plan="Worldwide Resident Medical Plan",
        )
        self.compose_med(D_, skip={"insurance"})
        D_.c.__dict__["_ins_name"] = D_.c.insurer_intl["name"]
        D_.c.page_w, D_.c.page_h = LETTER
        doc = D_.add(CERT, kind="digital", label="certificate of insurance Great Lakes")
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
            "only DUO's results table with one exam part 'onvoldoende': no diploma and no exemption",
        )
        self.finish(D_, clean=False)


DEFECT_PLAN = [
    ("a4", "ind-medical-treatment", "letter-digital"),
    ("a4", "ind-generic", "letter-scan"),
    ("blank", "ind-generic", "duplex-form"),
    ("blank", "ind-hnt-continued", "one-blank"),
    ("blank", "ind-medical-treatment", "duplex-all"),
    ("vnum", "ind-medical-treatment", "missing"),
    ("vnum", "ind-generic", "missing"),
    ("vnum", "ind-hnt-continued", "other"),
    ("vnum", "ind-medical-treatment", "other"),
    ("media", "ind-hnt-continued", "mp4"),
    ("media", "ind-medical-treatment", "attach"),
    ("media", "ind-generic", "js"),
    ("legible", "ind-medical-treatment", "faint"),
    ("legible", "ind-hnt-continued", "cut"),
    ("legible", "ind-generic", "72dpi"),
    ("translation", "ind-generic", "ar"),
    ("translation", "ind-hnt-continued", "az"),
    ("meddocs", "ind-medical-treatment", "insurance"),
    ("meddocs", "ind-medical-treatment", "care"),
    ("meddocs", "ind-medical-treatment", "medical"),
    ("meddocs", "ind-medical-treatment", "income"),
    ("exemption", "ind-medical-treatment", (0, 1, 3)),
    ("exemption", "ind-medical-treatment", (2, 4)),
    ("art64", "ind-medical-treatment", 33),
    ("art64", "ind-medical-treatment", -40),
    ("duration", "ind-hnt-continued", "relationship"),
    ("duration", "ind-hnt-continued", "parent"),
    ("duration", "ind-hnt-continued", "medical-treatment-after-art64"),
    ("continues", "ind-hnt-continued", "short"),
    ("continues", "ind-hnt-continued", "missing"),
    ("inburg", "ind-hnt-continued", "failed"),
    ("inburg", "ind-hnt-continued", "missing"),
    ("idsuff", "ind-hnt-continued", "permit-only"),
    ("idsuff", "ind-hnt-continued", "none"),
    ("mrz", "ind-hnt-continued", "name"),
    ("mrz", "ind-medical-treatment", "check"),
    ("expired", "ind-hnt-continued", None),
    ("expired", "ind-medical-treatment", None),
    ("suriname", "ind-medical-treatment", None),
    ("suriname", "ind-medical-treatment", None),
]

CLEAN_PLAN = dict(
    med=[None, -15, None, 22, None, None, 6, None, -27, None],
    hnt=[
        ("relationship", 80, "exemption", False),
        ("medical-treatment", 30, None, False),
        ("parent", 50, None, True),
        ("buiten-schuld", 120, None, False),
        ("relationship", 15, "diploma", False),
        ("domestic-violence", 40, None, True),
        ("medical-treatment-after-art64", 60, None, False),
        ("trafficking-victim", 25, None, False),
        ("relationship", 210, "diploma", False),
        ("trafficking-victim-no-report", 90, None, False),
    ],
    gen=[True, False, True, False],
)


def _tasks() -> list[tuple]:
    """(method, args, kwargs) of every IND dossier of this part, in the order of the plans."""
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
    b = FiftiethBuilder(PART, Path(out_root))
    getattr(b, method)(*a, **kw)
    return b.truths, b.skipped


def build_part(out_root: Path, *, jobs: int | None = None) -> list[dict]:
    """Write every IND dossier of this part under out_root/fiftieth/ and return their truth dicts.  Each dossier is
    seeded by its name alone, so they are built by ``jobs`` processes (default: $BE9TER_JOBS or 2) and the result
    does not depend on their number."""
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
