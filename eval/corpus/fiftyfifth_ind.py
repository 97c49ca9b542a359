"""IND families of the `fiftyfifth` part (registered in ind.FAMILIES), and the builder of its IND dossiers.

Written by a writer who saw neither the validator nor its output, from the seeds (000, 001, 002), rules.md and how
such papers look in Dutch files.  Each family's layout, wording and copy habit is described in its function's
docstring only (the part is read blind).

The IND dossiers of this part follow ind's generic dossier plans (ind.PartBuilder).  The places where
ind.PartBuilder names one family per part (the civic-integration papers, the US-Letter insurance certificate and the
failed results) are answered by FiftyfifthBuilder below; the generic plans' Turkish-language birth act is this
part's Turkish e-Government record (the applicant then born in Türkiye) and their Spanish-language act is replaced
by this part's Brazilian act in Portuguese (the builder asks for 'pt' where the plans ask for 'es'); this part's own
translation defects use the Brazilian act and the Bosnian act (ind.LANG_NAMES gets the new key 'bs').  The part's
clean and defect plans are CLEAN_PLAN and DEFECT_PLAN here, so ind itself is not changed.  Its IND applicants come
from Bosnia and Herzegovina, Brazil and Guyana; the 9ter countries' applicants are 9ter only and a Surinamese
applicant appears only where the Surinamese rule needs one (ind.IND_ORIGIN_SKIP gets this part's own key).
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from . import ind as _ind
from .fiftyfifth_identity import (
    BKM,
    BKM_B,
    BLACK_PEN,
    BLUE_PEN,
    CAL,
    CAL_B,
    CAL_I,
    CAPS,
    CAR,
    CAR_B,
    CAR_I,
    CEN,
    CEN_B,
    CEN_I,
    DJC,
    DJC_B,
    DJS,
    DJS_B,
    G1,
    G2,
    G3,
    LSN,
    LSN_B,
    NIM,
    NIM_B,
    NIM_I,
    PAL,
    PAL_B,
    PAL_I,
    S_BLUE,
    S_VIOLET,
    SER,
    SER_B,
    SER_I,
    WHITE,
    crc,
    frame,
    ground,
    hand,
    mrz_block,
    num,
    para,
    place,
    portrait,
    qr,
    rule,
    shrink,
    sign,
    stamp,
    tick,
    tw,
    tx,
)
from .ind import LETTER, Case, _defect
from .paper import Sheet

PART = "fiftyfifth"
D = dt.date
SUB = D(2026, 12, 1)
RIJK = (21, 66, 115)  # the state's dark blue
FILL = (244, 247, 251)

_ind.IND_ORIGIN_SKIP.setdefault(PART, {"SUR", "MKD", "SYC", "GNQ"})
_ind.LANG_NAMES.setdefault("bs", "Bosnian")


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


def dmy(d: D, sep="-") -> str:
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def euro(x: float) -> str:
    s = f"{x:,.2f}"
    return "€ " + s.replace(",", "#").replace(".", ",").replace("#", ".")


def before(c: Case, rng: random.Random, lo=4, hi=35) -> D:
    return _ind.workday_before(c.sub, rng.randint(lo, hi))


def office(c: Case) -> dict:
    return c.lawyer or _ind.LAWYERS[crc(c.rng_seed) % len(_ind.LAWYERS)]


def mr(c: Case) -> str:
    return c.lawyer_name or "mr. J. Hoekstra"


def addr(p) -> tuple[str, str]:
    return _ind.addr_lines(p.address)


def earner(c: Case):
    return c.payer or c.p


def ribbon(sh: Sheet, x: float, *, h=24.0, text=True) -> None:
    """The state's vertical ribbon at the top of the page, with the service's name at its RIGHT."""
    frame(sh, x, 0, 8, h, lw=0, fill=RIJK)
    sh.rect(x + 2.2, h - 8, 3.6, 4.4, width_mm=0.35, color=WHITE)
    if text:
        tx(sh, x + 10, h - 9, "Immigratie- en", f=SER_I, pt=9.5)
        tx(sh, x + 10, h - 5, "Naturalisatiedienst", f=SER_I, pt=9.5)
        tx(sh, x + 10, h - 0.8, "Ministerie van Asiel en Migratie", f=SER, pt=7, c=G1)


def how_long(c: Case, lang: str) -> str:
    """What the treating doctor writes about the duration (the 'short' kind ends in about four months)."""
    if c.duration == "short":
        end = _ind.add_months(SUB, 4)
        return {
            "nl": f"De behandeling is naar verwachting in {MAAND[end.month - 1]} {end.year} afgerond. Daarna is "
            f"alleen nog controle door de huisarts nodig.",
            "en": f"Treatment should be completed in {MONTH[end.month - 1]} {end.year}; after that only GP "
            f"follow-up is needed.",
        }[lang]
    return {
        "nl": {
            "lifelong": "Deze behandeling moet de rest van het leven worden voortgezet.",
            "years2": "De behandeling zal zeker nog twee jaar nodig zijn.",
            "years3": "Naar verwachting is nog minstens drie jaar behandeling nodig.",
            "indefinite": "Een einddatum is niet te geven; het gaat in elk geval om meer dan een jaar.",
            "months18": "De behandeling duurt naar verwachting nog ongeveer anderhalf jaar.",
        },
        "en": {
            "lifelong": "This treatment has to continue for the rest of the patient's life.",
            "years2": "Treatment will certainly be needed for at least two more years.",
            "years3": "At least three more years of treatment are expected.",
            "indefinite": "No end date can be given; in any case well over one year.",
            "months18": "Treatment is expected to last about another eighteen months.",
        },
    }[lang][c.duration]


# =========================================================================== the IND forms


class RibbonForm:
    """This part's IND form, as printed from the fillable PDF: the state's ribbon at the top centre of page 1 with
    the service's name beside it, the form's name and number at the LEFT, the V-number repeated in the footer of
    every page; each question a row with the question in a grey LEFT column and the answer box at the RIGHT (typed
    in Liberation Sans, or filled in BY HAND in ballpoint capitals); choices as small square boxes (filled black when typed, ticked by hand); section
    titles as white text on the dark-blue band; the signature box with its label ABOVE it."""

    def __init__(self, c: Case, rng, code, title, version):
        self.c, self.rng, self.code, self.title, self.version = c, rng, code, title, version
        self.handw = c.fill == "hand"
        self.ink = BLUE_PEN if rng.random() < 0.7 else BLACK_PEN
        self.pages: list[Sheet] = []
        self.W = c.page_w
        self.new()

    def new(self):
        sh = self.c.new_sheet()
        self.pages.append(self.c.intr(sh))
        self.sh = sh
        if len(self.pages) == 1:
            ribbon(sh, self.W / 2 - 4)
            tx(sh, 18, 34, self.title, f=LSN_B, pt=shrink(self.title, self.W - 36, LSN_B, 13.5))
            tx(sh, 18, 41, f"Formulier {self.code}  ·  versie {self.version}", f=LSN, pt=8.5, c=G1)
            self.y = 52.0
        else:
            tx(sh, 18, 12, f"{self.title} – {self.code}", f=LSN, pt=8, c=G2)
            self.y = 22.0

    def room(self, h):
        if self.y + h > self.c.page_h - 30:
            self.new()

    def band(self, t):
        self.room(18)
        frame(self.sh, 18, self.y, self.W - 36, 7, lw=0, fill=RIJK)
        tx(self.sh, 20, self.y + 1.4, t, f=LSN_B, pt=9.5, c=WHITE)
        self.y += 9

    def _answer(self, x, y, s, w):
        if not s:
            return
        if self.handw:
            t = s.upper()
            pt = 10.5
            while pt > 7 and tw(t, LSN_B, pt) * 1.08 > w:
                pt -= 0.5
            hand(self.sh, x, y - 0.5, t, self.rng, f=CAPS, pt=pt, c=self.ink)
        else:
            tx(self.sh, x, y + 0.3, s, f=LSN, pt=shrink(s, w, LSN, 9.5))

    def row(self, q, a, *, h=8.0):
        self.room(h + 1)
        W = self.W
        frame(self.sh, 18, self.y, 64, h, lw=0.2, c=G3, fill=(236, 236, 238))
        frame(self.sh, 82, self.y, W - 100, h, lw=0.2, c=G3, fill=FILL)
        para(self.sh, 20, self.y + 1.3, 60, q, f=LSN, pt=8.2, lead=1.15)
        self._answer(84, self.y + 1.6, a, W - 104)
        self.y += h

    def radio(self, q, opts, chosen):
        W = self.W
        nrows, x = 1, 85.0
        for o in opts:
            ow = tw(o, LSN, 8.5) + 10
            if x + ow > W - 20:
                nrows, x = nrows + 1, 85.0
            x += ow
        h = max(8.0, 2.5 + 5.5 * nrows)
        self.room(h + 1)
        frame(self.sh, 18, self.y, 64, h, lw=0.2, c=G3, fill=(236, 236, 238))
        frame(self.sh, 82, self.y, W - 100, h, lw=0.2, c=G3, fill=FILL)
        para(self.sh, 20, self.y + 1.3, 60, q, f=LSN, pt=8.2, lead=1.15)
        x, yy = 85.0, self.y + 2.2
        for k, o in enumerate(opts):
            ow = tw(o, LSN, 8.5) + 10
            if x + ow > W - 20:
                x, yy = 85.0, yy + 5.5
            self.sh.rect(x, yy, 3.4, 3.4, width_mm=0.25, color=(70, 70, 70))
            if k in chosen:
                if self.handw:
                    tick(self.sh, x, yy, 3.4, self.rng, c=self.ink)
                else:
                    self.sh.rect(x + 0.85, yy + 0.85, 1.7, 1.7, width_mm=0, fill=(0, 0, 0))
            tx(self.sh, x + 5, yy - 0.2, o, f=LSN, pt=8.5)
            x += ow
        self.y += h

    def person(self):
        c, p = self.c, self.c.p
        self.band("1  Uw persoonsgegevens")
        self.row("V-nummer", c.vnr)
        self.row("Achternaam (zoals in uw paspoort)", p.surname)
        self.row("Voornamen", p.given_names)
        self.row("Geboortedatum (dd-mm-jjjj)", dmy(p.birth_date))
        self.row("Geboorteplaats", p.birth_place)
        self.row("Geboorteland", _ind.country_nl(p))
        self.row("Nationaliteit", _ind.nat_nl(p))
        self.radio("Geslacht", ["man", "vrouw"], {0 if p.sex == "M" else 1})
        if p.address:
            a1, a2 = addr(p)
            self.row("Postcode en woonplaats", a2.replace("  ", " "))
            self.row("Straat en huisnummer", a1)
        if c.lawyer:
            self.band("2  Uw advocaat of gemachtigde")
            self.row("Naam", mr(c))
            self.row("Kantoor en plaats", f"{c.lawyer['firm']}, {c.lawyer['city']}")

    def sign(self, num_):
        c = self.c
        self.room(70)
        self.band(f"{num_}  Ondertekening")
        para(
            self.sh,
            18,
            self.y,
            self.W - 36,
            "Ik heb dit formulier naar waarheid ingevuld. Ik weet dat de IND "
            "mijn gegevens kan controleren en dat een onjuiste opgave gevolgen kan hebben.",
            f=LSN,
            pt=8.5,
        )
        self.y += 9
        self.row("Plaats", c.p.address.city if c.p.address else "Den Haag")
        self.row("Datum (dd-mm-jjjj)", dmy(c.sub - dt.timedelta(days=self.rng.randint(1, 6))))
        self.y += 3
        tx(self.sh, 18, self.y, "Handtekening van de aanvrager", f=LSN, pt=8.2, c=G1)
        frame(self.sh, 18, self.y + 4, 90, 24, lw=0.35)
        sign(self.sh, 26, self.y + 8, self.rng, w=50, h=15, c=self.ink)
        self.y += 32

    def done(self):
        n = len(self.pages)
        for k, s in enumerate(self.pages, 1):
            rule(s, 18, self.c.page_h - 24, self.W - 18, self.c.page_h - 24, lw=0.2, c=G3)
            tx(s, 18, self.c.page_h - 22, f"{self.code} · V-nummer {self.c.vnr}", f=LSN, pt=7.5, c=G1)
            tx(s, self.W - 18, self.c.page_h - 22, f"pagina {k} van {n}", f=LSN, pt=7.5, c=G1, a="right")
        return self.pages


def form_med(c: Case, rng: random.Random, **_):
    """Application form for a residence permit for medical treatment in this part's IND form (see RibbonForm)."""
    F = RibbonForm(c, rng, "MB-V", "Aanvraag verblijfsvergunning medische behandeling", "2026-1")
    F.person()
    F.band("3  Uw medische behandeling")
    F.row("Naam van de zorginstelling", c.hospital.get("name", ""))
    F.row("Plaats van de zorginstelling", c.hospital.get("city", ""))
    F.row("Welke behandeling krijgt u?", c.med.get("tx_short", ""))
    F.radio(
        "Hebt u 1 jaar of langer uitstel van vertrek (art. 64 Vw) gehad?",
        ["nee", "ja"],
        {1 if c.art64_end else 0},
    )
    if c.art64_end:
        F.row("Datum einde uitstel van vertrek", dmy(c.art64_end))
    else:
        F.radio(
            "Wie betaalt uw verblijf en behandeling?", ["ikzelf", "een garantsteller"], {1 if c.payer else 0}
        )
        if c.payer:
            F.row(
                "Naam garantsteller en relatie",
                f"{c.payer.given_names} {c.payer.surname} ({c.payer_relation})",
            )
    F.radio(
        "Stuurt u een kopie van uw geldig paspoort mee?",
        ["ja", "nee, ik vraag vrijstelling"],
        {1 if c.no_passport else 0},
    )
    F.radio(
        "Bent u Surinamer met een visum voor medische behandeling?",
        ["nee", "ja"],
        {1 if c.suriname_visa else 0},
    )
    F.sign("4")
    return F.done()


ROUTES = [
    ("relationship", "na verblijf bij partner"),
    ("parent", "na verblijf bij ouder(s)"),
    ("medical-treatment", "na medische behandeling"),
    ("medical-treatment-after-art64", "na uitstel van vertrek (art. 64) en medische behandeling"),
    ("trafficking-victim", "na verblijf als slachtoffer-aangever mensenhandel"),
    ("trafficking-victim-no-report", "na verblijf als slachtoffer mensenhandel zonder aangifte"),
    ("domestic-violence", "na verblijf als slachtoffer huiselijk geweld"),
    ("buiten-schuld", "na buitenschuld"),
]


def form_7027(c: Case, rng: random.Random, **_):
    """Form 7027 (continued residence, humanitarian non-temporary) in this part's IND form (see RibbonForm)."""
    F = RibbonForm(c, rng, "7027", "Aanvraag verblijfsvergunning humanitair niet-tijdelijk", "2026-1")
    F.person()
    F.band("3  Uw huidige verblijfsvergunning")
    keys = [k for k, _t in ROUTES]
    F.radio(
        "Voor welk verblijfsdoel hebt u nu een vergunning?",
        [t for _k, t in ROUTES],
        {keys.index(c.route)} if c.route in keys else set(),
    )
    F.row("Sinds welke datum hebt u deze vergunning?", dmy(c.since) if c.since else "")
    r = random.Random(crc("doc55", c.rng_seed))
    F.row("Documentnummer verblijfsdocument", f"{r.choice('NVWXY')}{r.choice('BCDFGHKL')}{num(r, 7)}")
    if c.route == "relationship":
        ch = {"diploma": 0, "results": 0, "exemption": 1}.get(c.inburgering, 2)
        F.radio(
            "Hebt u het inburgeringsdiploma of een ontheffing?",
            ["diploma", "ontheffing/vrijstelling", "nee"],
            {ch},
        )
    if c.route and c.route.startswith("medical"):
        F.radio(
            "Is uw behandeling nog minstens 1 jaar nodig?", ["ja (verklaring arts bijgevoegd)", "nee"], {0}
        )
    F.sign("4")
    return F.done()


def form_generic(c: Case, rng: random.Random, **_):
    """Application to extend a regular residence permit in this part's IND form (see RibbonForm)."""
    F = RibbonForm(c, rng, "VV-R", "Aanvraag verlenging verblijfsvergunning regulier", "2025-3")
    F.person()
    F.band("3  Uw verblijfsvergunning")
    r = random.Random(crc("gen55", c.rng_seed))
    F.row(
        "Verblijfsdoel", r.choice(["verblijf bij partner", "arbeid in loondienst", "verblijf bij familielid"])
    )
    F.row("Geldig tot (dd-mm-jjjj)", dmy(c.sub + dt.timedelta(days=r.randint(12, 80))))
    F.radio("Is uw situatie veranderd?", ["nee", "ja, zie toelichting"], {0})
    F.sign("4")
    return F.done()


_r(
    "ind-form-med-rijkslint-vragenkolom-links-rondjes-55",
    "application",
    "nl",
    form_med,
    "medical treatment form, ribbon, questions in a grey left column",
)
_r(
    "ind-form-7027-rijkslint-vragenkolom-links-rondjes-55",
    "application",
    "nl",
    form_7027,
    "form 7027, ribbon, questions in a grey left column",
)
_r(
    "ind-form-generic-rijkslint-vragenkolom-links-rondjes-55",
    "application",
    "nl",
    form_generic,
    "extension form, ribbon, questions in a grey left column",
)


# =========================================================================== income


def _gross(c: Case) -> float:
    return float(2380 + crc("gross55", c.rng_seed) % 2100)


def _emp(c: Case) -> dict:
    e = dict(c.employer)
    r = random.Random(crc("emp55", e.get("name", ""), c.rng_seed))
    e["since"] = D(r.randint(2012, 2023), r.randint(1, 12), 1)
    e["role"] = r.choice(e.get("func") or ["medewerker"])
    e["pnr"] = str(r.randint(100, 9999))
    e["lhn"] = f"{num(r, 9)}L{num(r, 2)}"
    return e


def payslip(c: Case, rng: random.Random, *, month: int = 11, **_):
    """Pay slip ('LOONSTROOK') of the employer's own payroll software in a condensed face: the employer's and the
    employee's blocks side by side in thin frames at the top, the period and the payroll-tax number in a grey line,
    a ruled table 'Omschrijving / Aantal / Tarief / Bedrag' with hours, holiday reserve and deductions, the net
    amount in bold in a box at the bottom RIGHT and the year-to-date figures in small type under the table."""
    e, w = _emp(c), earner(c)
    sh = c.new_sheet()
    W = c.page_w
    g = _gross(c)
    hours = rng.choice([152, 160, 168, 173.33])
    rate = round(g / hours, 2)
    pens = round(g * 0.071, 2)
    lh = round(max(0.0, (g - pens) * 0.37 - 420), 2)
    net = round(g - pens - lh, 2)
    tx(sh, 18, 14, "LOONSTROOK", f=DJC_B, pt=16)
    tx(sh, W - 18, 15, f"{MAAND[month - 1]} 2026", f=DJC, pt=11, a="right")
    bw = (W - 42) / 2
    for k, (head, lines) in enumerate(
        [
            ("Werkgever", [e["name"], e["street"], f"{e['pc']} {e['city']}"]),
            (
                "Werknemer",
                [
                    f"{w.surname.upper()}, {w.given_names}",
                    f"{(w.address or c.p.address).street} {(w.address or c.p.address).number}",
                    f"{(w.address or c.p.address).postcode} {(w.address or c.p.address).city}",
                ],
            ),
        ]
    ):
        x = 18 + k * (bw + 6)
        frame(sh, x, 26, bw, 26, lw=0.3)
        tx(sh, x + 2, 27.5, head, f=DJC_B, pt=8, c=G1)
        for j, t in enumerate(lines):
            tx(sh, x + 2, 33 + j * 5, t, f=DJC, pt=shrink(t, bw - 4, DJC, 9.5))
    frame(sh, 18, 56, W - 36, 7, lw=0, fill=(226, 226, 228))
    tx(
        sh,
        20,
        57.5,
        f"Periode {month:02d}-2026  ·  pers.nr. {e['pnr']}  ·  functie {e['role']}  ·  in dienst "
        f"{dmy(e['since'])}  ·  loonheffingennr. {e['lhn']}",
        f=DJC,
        pt=7.8,
    )
    cols = [("Omschrijving", 18), ("Aantal", 96), ("Tarief", 122), ("Bedrag", W - 18)]
    y = 70.0
    for h, x in cols:
        tx(sh, x, y, h, f=DJC_B, pt=9, a="right" if h != "Omschrijving" else "left")
    rule(sh, 18, y + 5, W - 18, y + 5, lw=0.4)
    lines = [
        ("Uurloon", f"{hours:.2f}".replace(".", ","), euro(rate), euro(g)),
        ("Reservering vakantiegeld 8%", "", "", euro(round(g * 0.08, 2))),
        ("Pensioenpremie werknemer", "", "", "-" + euro(pens)),
        ("Loonheffing", "", "", "-" + euro(lh)),
    ]
    y += 8
    for ln in lines:
        for (h, x), v in zip(cols, ln):
            tx(sh, x, y, v, f=DJC, pt=9.5, a="right" if h != "Omschrijving" else "left")
        y += 6
    rule(sh, 18, y, W - 18, y, lw=0.2, c=G3)
    frame(sh, W - 78, y + 6, 60, 13, lw=0.6)
    tx(sh, W - 75, y + 7.5, "Netto te betalen", f=DJC, pt=8.5)
    tx(sh, W - 21, y + 12, euro(net), f=DJC_B, pt=12, a="right")
    tx(
        sh,
        18,
        y + 8,
        f"Cumulatief 2026: bruto {euro(g * month)} · loonheffing {euro(lh * month)}",
        f=DJC,
        pt=7.5,
        c=G1,
    )
    r = random.Random(crc("iban55", w.surname))
    tx(
        sh,
        18,
        y + 13,
        f"Uitbetaald op NL{num(r, 2)} {c.bank.get('code', 'NORB')} {num(r, 4)} {num(r, 4)} {num(r, 2)}",
        f=DJC,
        pt=7.5,
        c=G1,
    )
    return [sh]


def guarantor_form(c: Case, rng: random.Random, **_):
    """'VERKLARING GARANTSTELLING EN DRAAGKRACHT' as a model form filled in BY HAND by the guarantor: numbered boxes
    with labels ABOVE (guarantor's particulars, relation, BSN, employer and monthly income; the foreign national's
    name, birth date and V-number), a printed undertaking to pay the costs of stay and medical treatment, place,
    date and the guarantor's signature in a box at the foot, 'bijlagen: loonstrook, kopie ID' ticked."""
    g = c.payer or c.p
    sh = c.intr(c.new_sheet())
    W = c.page_w
    ink = BLUE_PEN if rng.random() < 0.7 else BLACK_PEN
    tx(sh, 18, 14, "VERKLARING GARANTSTELLING EN DRAAGKRACHT", f=NIM_B, pt=13)
    tx(
        sh,
        18,
        21,
        "voor de kosten van verblijf en medische behandeling van een vreemdeling",
        f=NIM,
        pt=9,
        c=G1,
    )
    y = 32.0

    def box(num_, label, val, x, w):
        tx(sh, x, y, f"{num_}  {label}", f=NIM, pt=7.5, c=G1)
        frame(sh, x, y + 3.5, w, 8.5, lw=0.3)
        if val:
            hand(
                sh,
                x + 1.5,
                y + 4.6,
                val.upper(),
                rng,
                f=CAPS,
                pt=shrink(val.upper(), w - 4, NIM_B, 10.5),
                c=ink,
            )

    e = _emp(c)
    a = g.address or c.p.address
    tx(sh, 18, y, "A  Garantsteller", f=NIM_B, pt=10)
    y += 6
    box("1", "Naam en voornamen", f"{g.surname}, {g.given_names}", 18, W - 36)
    y += 14
    box("2", "Geboortedatum", dmy(g.birth_date), 18, 50)
    box("3", "BSN", _ind.bsn(random.Random(crc("bsn55", g.surname, g.birth_date))), 72, 50)
    box("4", "Relatie tot de vreemdeling", c.payer_relation or "—", 126, W - 144)
    y += 14
    box("5", "Adres", f"{a.street} {a.number}, {a.postcode} {a.city}", 18, W - 36)
    y += 14
    box("6", "Werkgever", e["name"], 18, 110)
    box("7", "Bruto inkomen per maand", euro(_gross(c)), 132, W - 150)
    y += 20
    tx(sh, 18, y, "B  Vreemdeling", f=NIM_B, pt=10)
    y += 6
    box("8", "Naam en voornamen", f"{c.p.surname}, {c.p.given_names}", 18, 100)
    box("9", "Geboortedatum", dmy(c.p.birth_date), 122, 34)
    box("10", "V-nummer", c.vnr, 160, W - 178)
    y += 20
    y = para(
        sh,
        18,
        y,
        W - 36,
        "C  Ondergetekende verklaart zich garant te stellen voor alle kosten van het verblijf "
        "in Nederland van de hierboven genoemde vreemdeling, waaronder de kosten van de medische behandeling die "
        "niet door een verzekering worden gedekt, zolang de vreemdeling voor dit doel in Nederland verblijft. "
        "Ondergetekende verklaart over voldoende en duurzaam inkomen te beschikken.",
        f=NIM,
        pt=9.5,
        lead=1.4,
    )
    y += 6
    tx(sh, 18, y, "Bijlagen:", f=NIM, pt=8.5)
    for k, t in enumerate(["laatste loonstrook", "kopie identiteitsbewijs garantsteller"]):
        frame(sh, 36 + k * 48, y, 3.6, 3.6, lw=0.3)
        tick(sh, 36 + k * 48, y, 3.6, rng, c=ink)
        tx(sh, 41 + k * 48, y, t, f=NIM, pt=8.5)
    y += 10
    box("11", "Plaats en datum", f"{a.city}, {dmy(before(c, rng, 5, 30))}", 18, 80)
    tx(sh, 104, y, "12  Handtekening garantsteller", f=NIM, pt=7.5, c=G1)
    frame(sh, 104, y + 3.5, W - 122, 24, lw=0.3)
    sign(sh, 112, y + 7, rng, w=48, h=15, c=ink)
    return [sh]


def bank_statement(c: Case, rng: random.Random, **_):
    """Bank account statement ('Rekeningafschrift') downloaded from internet banking: the bank's name and a thin
    coloured line, the account holder and IBAN in a grey block, the period, a table of three months of transactions
    (date, description, debit, credit) with the salary credits of the employer in bold, the opening and closing
    balance at the foot and 'pagina 1 van 1'."""
    w = earner(c)
    b = c.bank or _ind.BANKS[0]
    e = _emp(c)
    sh = c.new_sheet()
    W = c.page_w
    col = (0, 120, 170)
    tx(sh, 18, 14, b["name"], f=CAR_B, pt=14, c=col)
    rule(sh, 18, 22, W - 18, 22, lw=0.6, c=col)
    frame(sh, 18, 28, W - 36, 20, lw=0, fill=(238, 240, 242))
    iban = _ind.iban_nl(random.Random(crc("ib55", w.surname)), b["code"])
    tx(sh, 22, 31, f"Rekeninghouder: {w.given_names} {w.surname}", f=CAR, pt=10)
    tx(sh, 22, 37, f"IBAN: {_ind.iban_fmt(iban)}   BIC: {b['bic']}", f=CAR, pt=10)
    start = _ind.add_months(D(SUB.year, SUB.month, 1), -3)
    tx(
        sh,
        22,
        43,
        f"Periode: {dmy(start)} t/m {dmy(SUB - dt.timedelta(days=rng.randint(3, 9)))}",
        f=CAR,
        pt=10,
    )
    cols = [("Datum", 18), ("Omschrijving", 42), ("Af", W - 48), ("Bij", W - 18)]
    y = 56.0
    for h, x in cols:
        tx(sh, x, y, h, f=CAR_B, pt=9.5, a="right" if h in ("Af", "Bij") else "left")
    rule(sh, 18, y + 5, W - 18, y + 5, lw=0.3)
    y += 8
    bal = 400 + crc("bal", c.rng_seed) % 1500
    net = round(_gross(c) * 0.74, 2)
    rows = []
    for m in range(3):
        d0 = _ind.add_months(start, m)
        rows.append(
            (
                d0 + dt.timedelta(days=1),
                f"Huur {rng.choice(['Woonstichting', 'Ymere', 'Portaal'])}",
                -rng.randint(620, 980),
            )
        )
        rows.append(
            (
                d0 + dt.timedelta(days=rng.randint(4, 20)),
                rng.choice(["Albert Heijn", "Jumbo", "Lidl", "Kruidvat"]),
                -round(rng.uniform(18, 140), 2),
            )
        )
        rows.append((d0 + dt.timedelta(days=24), f"SALARIS {e['name'][:26].upper()}", net))
        rows.append(
            (
                d0 + dt.timedelta(days=rng.randint(10, 27)),
                "Zorgverzekering premie",
                -round(rng.uniform(130, 160), 2),
            )
        )
    rows.sort(key=lambda r: r[0])
    for d_, desc, amt in rows:
        bold = desc.startswith("SALARIS")
        tx(sh, 18, y, dmy(d_), f=CAR, pt=9)
        tx(sh, 42, y, desc, f=CAR_B if bold else CAR, pt=9)
        tx(sh, W - 48 if amt < 0 else W - 18, y, euro(abs(amt)), f=CAR_B if bold else CAR, pt=9, a="right")
        bal += amt
        y += 5.6
    rule(sh, 18, y + 1, W - 18, y + 1, lw=0.3)
    tx(sh, W - 18, y + 4, f"Eindsaldo {euro(bal)}", f=CAR_B, pt=10, a="right")
    tx(sh, W - 18, c.page_h - 24, "pagina 1 van 1", f=CAR, pt=8, c=G2, a="right")
    return [sh]


_r(
    "payslip-eigen-salarissoftware-tabel-netto-kader-rechtsonder-55",
    "income-proof",
    "nl",
    payslip,
    "employer's own payroll print with a ruled table",
)
_r(
    "guarantor-modelformulier-handgeschreven-genummerde-vakken-55",
    "income-proof",
    "nl",
    guarantor_form,
    "guarantor's model form filled in by hand",
)
_r(
    "bank-rekeningafschrift-internetbankieren-salaris-vet-55",
    "income-proof",
    "nl",
    bank_statement,
    "bank statement with the salary credits in bold",
)


# =========================================================================== medical statements


def _doctor(c: Case, rng) -> str:
    r = random.Random(crc("doc55", c.rng_seed))
    return (
        f"{r.choice(['dr.', 'drs.', 'prof. dr.'])} {r.choice(['M.', 'A.', 'J.', 'S.', 'E.'])} "
        f"{r.choice(['van der Laan', 'Bosman', 'Kuipers', 'Veldhuis', 'de Graaf', 'Schouten', 'Brink'])}"
    )


def med_qa(c: Case, rng: random.Random, **_):
    """'Medische verklaring' written by the treating specialist in answer to the lawyer's questions: the hospital's
    name at the top RIGHT in its colour with the department, the lawyer's letter and reference quoted, then each of
    the lawyer's questions in italics followed by the answer in plain type (diagnosis, treatment, whether it is
    available in the country of origin, how long it will last, what happens if it stops); signed at the LEFT over the
    typed name and BIG number, a hospital stamp beside the signature."""
    m, h = c.med, c.hospital
    sh = c.new_sheet()
    W = c.page_w
    col = h.get("color", RIJK)
    tx(sh, W - 18, 18, h["name"], f=CAL_B, pt=12.5, c=col, a="right")
    tx(sh, W - 18, 24.5, f"Afdeling {m['spec']}", f=CAL, pt=9.5, c=G1, a="right")
    tx(sh, W - 18, 29, f"{h['street']} · {h['pc']} {h['city']} · {h['web']}", f=CAL, pt=8, c=G2, a="right")
    lw = office(c)
    d = before(c, rng, 6, 45)
    y = 42.0
    for t in [lw["firm"], f"t.a.v. {mr(c)}", lw["street"], f"{lw['pc']}  {lw['city']}"]:
        tx(sh, 18, y, t, f=CAL, pt=10.5)
        y += 5
    tx(sh, 18, y + 6, f"{h['city']}, {lang_nl(d)}", f=CAL, pt=10.5)
    tx(
        sh,
        18,
        y + 14,
        f"Betreft: medische verklaring {c.p.given_names} {c.p.surname}, geboren {dmy(c.p.birth_date)}",
        f=CAL_B,
        pt=10.5,
    )
    y = (
        para(
            sh,
            18,
            y + 24,
            W - 36,
            f"Geachte {mr(c)}, in uw brief van {lang_nl(d - dt.timedelta(days=rng.randint(10, 30)))} "
            f"stelt u mij, met toestemming van mijn patiënt, enkele vragen. Hieronder mijn antwoorden.",
            f=CAL,
            pt=10.5,
            lead=1.4,
        )
        + 3
    )
    qa = [
        ("1. Wat is de diagnose?", m["dx"].capitalize() + "."),
        ("2. Welke behandeling krijgt patiënt?", m["tx"].capitalize() + "."),
        (
            "3. Is deze behandeling in het land van herkomst beschikbaar en toegankelijk?",
            f"Nee. In {_ind.country_name(c.p.nationality, 'nl')} is deze behandeling niet beschikbaar, of niet op een "
            f"manier die voor patiënt toegankelijk en betaalbaar is.",
        ),
        ("4. Hoe lang is de behandeling nog nodig?", how_long(c, "nl")),
        ("5. Wat gebeurt er als de behandeling stopt?", m["stop"]),
    ]
    for q, a in qa:
        y = para(sh, 18, y, W - 36, q, f=CAL_I, pt=10.5, lead=1.35, c=G1)
        y = para(sh, 24, y, W - 42, a, f=CAL, pt=10.5, lead=1.4) + 3
    y += 2
    tx(sh, 18, y, "Met vriendelijke groet,", f=CAL, pt=10.5)
    sign(sh, 20, y + 5, rng, w=44, h=14, c=BLUE_PEN)
    stamp(
        sh, 78, y + 4, [h["short"].upper()[:22], m["spec"].upper()[:22]], rng, shape="rect", c=S_BLUE, mm=32
    )
    tx(sh, 18, y + 21, f"{_doctor(c, rng)}, {m['doc_title']}", f=CAL, pt=10)
    tx(sh, 18, y + 26, f"BIG-nummer {num(random.Random(crc('big', c.rng_seed)), 11)}", f=CAL, pt=9, c=G1)
    return [sh]


def med_en(c: Case, rng: random.Random, **_):
    """An English medical report of a consultant, typed on plain paper with a header table: 'MEDICAL REPORT' in
    spaced capitals, a ruled table (patient, date of birth, hospital number, consultant, date of report), then
    'Diagnosis', 'Treatment', 'Expected duration', 'If treatment stops' as short numbered paragraphs; the
    consultant's signature at the RIGHT over the typed name and registration number."""
    m, h = c.med, c.hospital
    sh = c.new_sheet()
    W = c.page_w
    tx(sh, W / 2, 18, "MEDICAL REPORT", f=BKM_B, pt=15, a="center", ls=1.2)
    tx(sh, W / 2, 26, f"{h['name']} – {m['spec_en']}", f=BKM, pt=9.5, a="center", c=G1)
    rows = [
        ("Patient", f"{c.p.surname.upper()}, {c.p.given_names}"),
        ("Date of birth", lang_en(c.p.birth_date)),
        ("Hospital number", str(1000000 + crc("hn", c.rng_seed) % 8999999)),
        ("Consultant", f"{_doctor(c, rng)}, {m['doc_en']}"),
        ("Date of report", lang_en(before(c, rng, 5, 40))),
    ]
    y = 36.0
    for a, b in rows:
        frame(sh, 18, y, 50, 7.5, lw=0.25, c=G3, fill=(240, 240, 240))
        frame(sh, 68, y, W - 86, 7.5, lw=0.25, c=G3)
        tx(sh, 20, y + 1.8, a, f=BKM, pt=9)
        tx(sh, 70, y + 1.8, b, f=BKM_B, pt=9.5)
        y += 7.5
    y += 8
    for k, (head, body) in enumerate(
        [
            ("Diagnosis", m["dx_en"].capitalize() + "."),
            ("Treatment", m["tx_en"].capitalize() + "."),
            ("Expected duration", how_long(c, "en")),
            ("If treatment stops", m["stop_en"]),
        ],
        1,
    ):
        tx(sh, 18, y, f"{k}. {head}", f=BKM_B, pt=10.5)
        y = para(sh, 24, y + 5.5, W - 42, body, f=BKM, pt=10.2, lead=1.4) + 4
    sign(sh, W - 78, y + 6, rng, w=46, h=14, c=BLACK_PEN)
    tx(sh, W - 78, y + 22, _doctor(c, rng), f=BKM, pt=10)
    tx(sh, W - 78, y + 27, f"BIG {num(random.Random(crc('big', c.rng_seed)), 11)}", f=BKM, pt=8.5, c=G1)
    return [sh]


_r(
    "medstat-vragen-advocaat-antwoorden-cursief-caladea-55",
    "medical-statement",
    "nl",
    med_qa,
    "specialist's answers to the lawyer's questions",
)
_r(
    "medstat-en-medical-report-koptabel-bookman-55",
    "medical-statement",
    "en",
    med_en,
    "English medical report with a header table",
)


# =========================================================================== care-institution statements


def _ins_name(c: Case) -> str:
    n = c.__dict__.get("_ins_name")
    if n:
        return n
    return (c.insurer_intl or c.insurer_nl or _ind.INSURERS_INTL[0])["name"]


def care_nl(c: Case, rng: random.Random, **_):
    """The hospital's 'Bevestiging behandeling' letter from its bureau for international patients: the hospital's
    name at the top LEFT under a coloured band, the lawyer as addressee, a bold subject line, the confirmation that
    the hospital can and will treat the named patient, from when and for how long, the yearly cost and who pays it,
    and the coordinator's signature at the RIGHT above the typed name and role."""
    m, h = c.med, c.hospital
    sh = c.new_sheet()
    W = c.page_w
    col = h.get("color", RIJK)
    frame(sh, 0, 0, W, 5, lw=0, fill=col)
    tx(sh, 18, 12, h["name"], f=CAR_B, pt=13, c=col)
    tx(sh, 18, 18.5, "Bureau Internationale Patiënten", f=CAR, pt=9.5, c=G1)
    lw = office(c)
    y = 34.0
    for t in [lw["firm"], f"t.a.v. {mr(c)}", lw["street"], f"{lw['pc']}  {lw['city']}"]:
        tx(sh, 18, y, t, f=CAR, pt=10.5)
        y += 5
    d = before(c, rng, 4, 35)
    tx(sh, W - 18, y + 4, f"{h['city']}, {lang_nl(d)}", f=CAR, pt=10.5, a="right")
    tx(
        sh,
        18,
        y + 14,
        f"Onderwerp: bevestiging behandeling – {c.p.surname.upper()}, {c.p.given_names} "
        f"(geb. {dmy(c.p.birth_date)})",
        f=CAR_B,
        pt=10.5,
    )
    start, end = _ind._care_dates(c)
    pay = f"{c.payer.given_names} {c.payer.surname}" if c.payer else None
    paras = [
        f"Hierbij bevestigen wij dat {h['name']} in {h['city']} de noodzakelijke behandeling van "
        f"{_ind.title_nl(c.p)} {c.p.surname} ({m['tx_short']}) kan uitvoeren en ook zal uitvoeren. Er is plaats "
        f"op onze afdeling {m['spec']}.",
        f"De behandeling is gestart of start op {lang_nl(start)} en loopt in elk geval door tot {lang_nl(end)}.",
        f"De kosten worden geraamd op {euro(float(m.get('cost', 20000)))} per jaar. Zij worden gedragen door de "
        f"zorgverzekeraar van patiënt, {_ins_name(c)}"
        + (
            f"; wat niet gedekt is, betaalt {pay} als garantsteller."
            if pay
            else "; een eventueel restant betaalt patiënt zelf."
        ),
        "Voor vragen kunt u contact opnemen met ons bureau.",
    ]
    y += 24
    for t in paras:
        y = para(sh, 18, y, W - 36, t, f=CAR, pt=10.5, lead=1.45) + 3
    tx(sh, W - 80, y + 6, "Met vriendelijke groet,", f=CAR, pt=10.5)
    sign(sh, W - 80, y + 11, rng, w=44, h=14, c=BLUE_PEN)
    tx(
        sh,
        W - 80,
        y + 28,
        rng.choice(["Marieke Dekker", "Ayşe Yılmaz", "Pieter Hendriks", "Fleur van Dam"]),
        f=CAR,
        pt=10,
    )
    tx(sh, W - 80, y + 33, "zorgcoördinator internationale patiënten", f=CAR_I, pt=9, c=G1)
    return [sh]


def care_en_form(c: Case, rng: random.Random, **_):
    """'TREATMENT ACCEPTANCE FORM' of the hospital in English: a framed form with numbered questions in the LEFT
    column and the answers typed in the RIGHT column (patient, treatment, 'Is the hospital able to provide it?' YES
    ticked, 'Will the hospital provide it?' YES ticked, start and expected end, annual cost, who pays), the
    medical manager's signature and the hospital's round stamp in the last row."""
    m, h = c.med, c.hospital
    sh = c.new_sheet()
    W = c.page_w
    tx(sh, 18, 14, h["name"].upper(), f=NIM_B, pt=11, c=h.get("color", RIJK))
    tx(sh, 18, 22, "TREATMENT ACCEPTANCE FORM", f=NIM_B, pt=14)
    tx(sh, 18, 29, "for the Immigration and Naturalisation Service (IND)", f=NIM_I, pt=9, c=G1)
    start, end = _ind._care_dates(c)
    pay = f"{c.payer.given_names} {c.payer.surname} (guarantor)" if c.payer else "the patient"
    rows = [
        ("1. Patient", f"{c.p.given_names} {c.p.surname}, born {lang_en(c.p.birth_date)}"),
        ("2. Treatment", m["tx_en"]),
        ("3. Department", m["spec_en"]),
        ("4. Is the hospital able to provide this treatment?", "[X] YES    [ ] NO"),
        ("5. Will the hospital provide this treatment?", "[X] YES    [ ] NO"),
        ("6. Start of treatment", lang_en(start)),
        ("7. Treatment at least until", lang_en(end)),
        ("8. Estimated cost per year", euro(float(m.get("cost", 20000)))),
        ("9. Costs covered by", f"health insurer {_ins_name(c)}; remainder: {pay}"),
    ]
    y = 38.0
    for q, a in rows:
        n = max(len(sh.wrap(q, 62, font=NIM, size_pt=9)), len(sh.wrap(a, W - 106, font=NIM_B, size_pt=9.5)))
        hh = 4 + 4.4 * n
        frame(sh, 18, y, 66, hh, lw=0.3)
        frame(sh, 84, y, W - 102, hh, lw=0.3)
        para(sh, 20, y + 1.6, 62, q, f=NIM, pt=9, lead=1.3)
        para(sh, 86, y + 1.6, W - 106, a, f=NIM_B, pt=9.5, lead=1.3)
        y += hh
    frame(sh, 18, y, W - 36, 34, lw=0.3)
    tx(sh, 20, y + 1.6, f"10. Date, signature and stamp – {lang_en(before(c, rng, 4, 30))}", f=NIM, pt=9)
    sign(sh, 26, y + 10, rng, w=46, h=15, c=BLUE_PEN)
    stamp(sh, 110, y + 4, [h["name"].upper()[:26], h["city"].upper()], rng, c=S_VIOLET, mm=28)
    return [sh]


_r(
    "care-bevestiging-bureau-internationale-patienten-kleurband-55",
    "care-institution-statement",
    "nl",
    care_nl,
    "hospital's confirmation letter from the bureau for international patients",
)
_r(
    "care-en-acceptance-form-kader-vragenkolom-55",
    "care-institution-statement",
    "en",
    care_en_form,
    "English treatment acceptance form",
)


# =========================================================================== health insurance


def _polno(c: Case, prefix="") -> str:
    return prefix + str(100000000 + crc("pol55", c.rng_seed) % 899999999)


def _cover_from(c: Case) -> D:
    return (
        D(c.sub.year, 1, 1)
        if crc("jan55", c.rng_seed) % 2
        else c.sub - dt.timedelta(days=90 + crc("cf55", c.rng_seed) % 300)
    )


def polisblad(c: Case, rng: random.Random, **_):
    """A Dutch health insurer's 'Polisoverzicht 2026' printed from the insurer's app: the health-insurance card
    ('zorgpas') drawn at the top in the insurer's colour with name, relation number, UZOVI and date of birth, then
    'Uw dekking in 2026' as a list with tick marks (basic cover in kind, supplementary cover, own risk), the premium
    per month and a sentence that hospital care and medicines are covered; the print time at the foot."""
    ins = c.insurer_nl or _ind.INSURERS_NL[0]
    sh = c.new_sheet()
    W = c.page_w
    col = ins.get("color", RIJK)
    card = Sheet(85.6, 54)
    card.rect(0, 0, 85.6, 54, width_mm=0, fill=col)
    card.rect(0, 34, 85.6, 20, width_mm=0, fill=(250, 250, 250))
    tx(card, 4, 4, ins.get("short", ins["name"]), f=NIM_B, pt=11, c=WHITE)
    tx(card, 4, 12, "ZORGPAS", f=NIM, pt=7, c=WHITE)
    tx(card, 4, 36, f"{c.p.given_names} {c.p.surname}", f=NIM_B, pt=8)
    tx(card, 4, 41, f"Relatienummer {_polno(c)}", f=NIM, pt=6.5)
    tx(card, 4, 45.5, f"Geboortedatum {dmy(c.p.birth_date)}", f=NIM, pt=6.5)
    tx(card, 60, 45.5, f"UZOVI {ins.get('uzovi', '3300')}", f=NIM, pt=6.5)
    place(card, sh, 20, 16, scale=1.1, dpi=240)
    tx(sh, 120, 18, ins["name"], f=NIM_B, pt=10)
    tx(sh, 120, 23.5, ins.get("post", ""), f=NIM, pt=8, c=G1)
    tx(sh, 20, 86, "Polisoverzicht 2026", f=NIM_B, pt=15)
    start = _cover_from(c)
    items = [
        ("Basisverzekering Natura", f"vanaf {dmy(start)}"),
        ("Aanvullende verzekering Plus", f"vanaf {dmy(start)}"),
        ("Verplicht eigen risico", "€ 385 per jaar"),
        ("Premie per maand", euro(139.5 + crc("pr55", c.rng_seed) % 45)),
    ]
    y = 98.0
    for a, b in items:
        tick(sh, 20, y, 3.8, rng, c=(20, 130, 70))
        tx(sh, 27, y, a, f=NIM, pt=10.5)
        tx(sh, W - 20, y, b, f=NIM_B, pt=10.5, a="right")
        rule(sh, 20, y + 6, W - 20, y + 6, lw=0.15, c=G3)
        y += 9
    para(
        sh,
        20,
        y + 6,
        W - 40,
        "Uw basisverzekering vergoedt medisch-specialistische zorg, ziekenhuisopname, "
        "dialyse, geneesmiddelen en bloedproducten volgens de voorwaarden van uw polis. Zorg door een "
        "gecontracteerde zorgaanbieder betalen wij rechtstreeks.",
        f=NIM,
        pt=10,
        lead=1.45,
    )
    tx(
        sh,
        20,
        c.page_h - 24,
        f"Afgedrukt {dmy(before(c, rng, 2, 25))} {rng.randint(8, 22):02d}:{rng.randint(0, 59):02d} via "
        f"de app van {ins.get('short', '')}",
        f=NIM,
        pt=7.5,
        c=G2,
    )
    return [sh]


def intl_certificate(c: Case, rng: random.Random, **_):
    """An international insurer's 'CERTIFICATE OF INSURANCE' in a double-ruled frame like a diploma: the insurer's
    name in its colour at the top centre with its address, a certificate number and QR code at the RIGHT, the insured
    person, plan, cover period, territory (worldwide incl. the Netherlands) and the cover of in-patient and
    out-patient treatment including pre-existing conditions as a label/value list, the underwriter's printed
    signature and the insurer's round seal at the foot."""
    ins = c.insurer_intl or _ind.INSURERS_INTL[0]
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    col = ins.get("color", RIJK)
    frame(sh, 10, 10, W - 20, H - 20, lw=1.0, c=col)
    frame(sh, 12.5, 12.5, W - 25, H - 25, lw=0.3, c=col)
    tx(sh, W / 2, 22, ins["name"], f=CEN_B, pt=13, c=col, a="center")
    tx(sh, W / 2, 29, ins.get("addr", ""), f=CEN, pt=8.5, c=G1, a="center")
    tx(sh, W / 2, 44, "CERTIFICATE OF INSURANCE", f=CEN_B, pt=16, a="center", ls=0.8)
    qr(sh, W - 44, 52, 22, crc(c.rng_seed, "qr55"))
    start = _cover_from(c)
    rows = [
        ("Certificate no.", _polno(c, "CI-")),
        ("Insured person", f"{c.p.given_names} {c.p.surname.upper()}"),
        ("Date of birth", lang_en(c.p.birth_date)),
        ("Plan", ins.get("plan", "International Health Plan")),
        ("Period of cover", f"{lang_en(start)} – {lang_en(_ind.add_years(start, 1) - dt.timedelta(days=1))}"),
        ("Territory", "Worldwide, including the Netherlands"),
        (
            "Cover",
            "In-patient and out-patient treatment, specialist care, medication and dialysis, including "
            "pre-existing conditions declared at enrolment",
        ),
    ]
    y = 82.0
    for a, b in rows:
        tx(sh, 24, y, a, f=CEN, pt=9.5, c=G1)
        y = para(sh, 74, y, W - 98, b, f=CEN_B, pt=10, lead=1.35) + 3
    para(
        sh,
        24,
        y + 6,
        W - 48,
        "This certificate confirms that the person named above is insured under the plan "
        "shown, subject to its terms and conditions, and that the premium has been paid for the period of cover.",
        f=CEN,
        pt=10,
        lead=1.45,
    )
    tx(sh, 24, H - 60, "Head of Underwriting", f=CEN, pt=9, c=G1)
    sign(sh, 24, H - 76, rng, w=46, h=14, c=(20, 20, 60))
    stamp(sh, W - 70, H - 80, [ins.get("short", "INSURER").upper(), "CERTIFIED"], rng, c=col, mm=30)
    return [sh]


def intl_letter(c: Case, rng: random.Random, **_):
    """An international insurer's 'Confirmation of coverage' as a letter generated by its member portal: the logo
    square and the insurer's name at the top LEFT, 'Member ID' and 'Group' in a small grey box at the RIGHT, the
    salutation 'To the Immigration and Naturalisation Service', a paragraph per fact (member, plan, dates, that
    medically necessary treatment in the Netherlands is covered up to the plan maximum), 'Member Services' as a
    typed closing with no hand signature, and the portal's footer line with the page size the printer was set to."""
    ins = c.insurer_intl or _ind.INSURERS_INTL[0]
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    col = ins.get("color", RIJK)
    frame(sh, 18, 14, 11, 11, lw=0, fill=col)
    tx(sh, 32, 14.5, ins["name"], f=LSN_B, pt=12, c=col)
    tx(sh, 32, 20.5, ins.get("addr", ""), f=LSN, pt=8, c=G1)
    frame(sh, W - 72, 32, 54, 16, lw=0, fill=(236, 236, 238))
    tx(sh, W - 69, 34, f"Member ID  {_polno(c, 'M')}", f=LSN, pt=8.5)
    tx(sh, W - 69, 40, f"Group  {num(random.Random(crc('grp', c.rng_seed)), 6)}", f=LSN, pt=8.5)
    d = before(c, rng, 3, 30)
    tx(sh, 18, 56, lang_en(d), f=LSN, pt=10)
    tx(sh, 18, 64, "To the Immigration and Naturalisation Service (IND), the Netherlands", f=LSN, pt=10)
    tx(sh, 18, 74, "Confirmation of coverage", f=LSN_B, pt=12)
    start = _cover_from(c)
    paras = [
        f"We confirm that {c.p.given_names} {c.p.surname}, born {lang_en(c.p.birth_date)}, is a member of "
        f"{ins['name']} under the plan {ins.get('plan', 'International Health Plan')}.",
        f"Coverage started on {lang_en(start)} and is renewed annually; it is in force on the date of this "
        f"letter.",
        "Medically necessary in-patient and out-patient treatment in the Netherlands, including treatment of the "
        "member's existing condition, is covered up to the plan maximum, with direct settlement with the "
        "hospital.",
        "Sincerely,\nMember Services",
    ]
    y = 84.0
    for t in paras:
        y = para(sh, 18, y, W - 36, t, f=LSN, pt=10.5, lead=1.45) + 4
    tx(
        sh,
        18,
        H - 24,
        f"Generated by the member portal · {ins.get('short', '')} · page 1 of 1",
        f=LSN,
        pt=7,
        c=G2,
    )
    return [sh]


_r(
    "polisblad-app-zorgpas-bovenaan-vinkjes-55",
    "health-insurance",
    "nl",
    polisblad,
    "Dutch insurer's policy overview from the app, the card drawn at the top",
)
_r(
    "intl-certificate-dubbele-kaderlijn-zegel-qr-55",
    "health-insurance",
    "en",
    intl_certificate,
    "international insurer's certificate in a double frame",
)
_r(
    "intl-confirmation-letter-ledenportaal-grijs-vak-55",
    "health-insurance",
    "en",
    intl_letter,
    "international insurer's portal letter confirming coverage",
)


# =========================================================================== civic integration


def _exam(c: Case) -> D:
    return _ind._inb_date(c, random.Random(crc("exam55", c.rng_seed)))


def _duo_head(sh: Sheet, c: Case) -> None:
    ribbon(sh, 20, text=False)
    tx(sh, 30, 12, "Dienst Uitvoering Onderwijs", f=SER_I, pt=10)
    tx(sh, 30, 16.5, "Ministerie van Onderwijs, Cultuur en Wetenschap", f=SER, pt=7.5, c=G1)


def duo_diploma(c: Case, rng: random.Random, **_):
    """DUO's 'DIPLOMA INBURGERING' on portrait paper: the state's ribbon at the top LEFT with DUO's name, a wide
    pale-orange band across the middle third carrying the holder's name in large serif type, the statement that the
    holder has passed the civic-integration examination at level B1 with the date and place, the diploma number in
    the lower RIGHT corner, 'namens deze' and the printed signature of DUO's director at the LEFT."""
    sh = c.new_sheet()
    W = c.page_w
    _duo_head(sh, c)
    tx(sh, W / 2, 56, "DIPLOMA INBURGERING", f=CEN_B, pt=22, a="center", ls=1.5)
    frame(sh, 0, 80, W, 60, lw=0, fill=(252, 236, 214))
    tx(
        sh,
        W / 2,
        88,
        "De minister van Sociale Zaken en Werkgelegenheid verklaart dat",
        f=CEN,
        pt=11,
        a="center",
    )
    nm = f"{c.p.given_names} {c.p.surname}"
    tx(sh, W / 2, 100, nm, f=CEN_B, pt=shrink(nm, W - 40, CEN_B, 22), a="center")
    tx(sh, W / 2, 114, f"geboren op {lang_nl(c.p.birth_date)} te {c.p.birth_place}", f=CEN, pt=11, a="center")
    tx(sh, W / 2, 124, "het inburgeringsexamen op taalniveau B1 heeft behaald", f=CEN, pt=11, a="center")
    d = _exam(c)
    tx(sh, W / 2, 160, f"Groningen, {lang_nl(d)}", f=CEN, pt=11, a="center")
    tx(sh, 30, 200, "namens deze,", f=CEN_I, pt=10)
    sign(sh, 30, 205, rng, w=46, h=14, c=(20, 20, 40))
    tx(sh, 30, 222, "de directeur Inburgering van DUO", f=CEN, pt=9.5)
    tx(
        sh,
        W - 24,
        c.page_h - 28,
        f"Diplomanummer DI-{d.year}-{num(random.Random(crc('dip55', c.rng_seed)), 7)}",
        f=CEN,
        pt=8.5,
        a="right",
        c=G1,
    )
    return [sh]


def duo_ontheffing(c: Case, rng: random.Random, **_):
    """DUO's decision granting exemption from the civic-integration duty: the ribbon and DUO's name at the top LEFT,
    the addressee in the window, a RIGHT-hand column with 'Datum', 'Ons kenmerk', 'Inburgeringsplichtige' and the
    person's birth date, then 'Besluit' in bold and the decision in short paragraphs (the reason: a medical
    examination showed the person cannot take the exam), the objection clause in a grey box at the foot."""
    sh = c.new_sheet()
    W = c.page_w
    _duo_head(sh, c)
    a1, a2 = addr(c.p)
    for k, t in enumerate([f"{_ind.title_nl(c.p).capitalize()} {c.p.given_names} {c.p.surname}", a1, a2]):
        tx(sh, 20, 46 + k * 5, t, f=NIM, pt=10)
    d = _exam(c)
    for k, (a, b) in enumerate(
        [
            ("Datum", lang_nl(d)),
            ("Ons kenmerk", f"ONT/{d.year}/{num(rng, 6)}"),
            ("Inburgeringsplichtige", f"{c.p.given_names} {c.p.surname}"),
            ("Geboortedatum", dmy(c.p.birth_date)),
        ]
    ):
        tx(sh, 140, 44 + k * 9, a, f=NIM_B, pt=7.5, c=G1)
        tx(sh, 140, 47.5 + k * 9, b, f=NIM, pt=8.5)
    tx(sh, 20, 90, "Onderwerp: ontheffing inburgeringsplicht", f=NIM_B, pt=11)
    y = 100.0
    for t in [
        f"Geachte {_ind.title_nl(c.p)} {c.p.surname},",
        "U hebt ons gevraagd om ontheffing van de inburgeringsplicht. Uit het medisch onderzoek door de "
        "onafhankelijke keuringsarts blijkt dat u door een medische beperking blijvend niet in staat bent het "
        "inburgeringsexamen te halen.",
        "Besluit: u krijgt ontheffing van de inburgeringsplicht. U hoeft het inburgeringsexamen niet meer te "
        "doen.",
        "Met vriendelijke groet,\nnamens de minister van Sociale Zaken en Werkgelegenheid,\nDienst "
        "Uitvoering Onderwijs",
    ]:
        y = para(sh, 20, y, W - 40, t, f=NIM_B if t.startswith("Besluit") else NIM, pt=10.5, lead=1.45) + 4
    frame(sh, 20, c.page_h - 48, W - 40, 20, lw=0, fill=(236, 236, 238))
    para(
        sh,
        23,
        c.page_h - 45,
        W - 46,
        "Bent u het niet eens met dit besluit? Dan kunt u binnen 6 weken na de "
        "datum van deze brief bezwaar maken. Hoe dat gaat, leest u op duo.nl/bezwaar.",
        f=NIM,
        pt=8.5,
        lead=1.35,
    )
    return [sh]


def duo_uitslag(c: Case, rng: random.Random, *, failed: bool = False, **_):
    """DUO's results letter 'Uitslag inburgeringsexamen': the ribbon and DUO's name, the addressee, a results table
    with one row per exam part (reading, listening, writing, speaking, knowledge of Dutch society, declaration of
    participation) and the result 'voldoende' or 'onvoldoende' in the RIGHT column; a closing paragraph saying
    whether the whole examination has been passed."""
    failed = failed or c.inburgering == "failed"
    sh = c.new_sheet()
    W = c.page_w
    _duo_head(sh, c)
    a1, a2 = addr(c.p)
    for k, t in enumerate([f"{c.p.given_names} {c.p.surname}", a1, a2]):
        tx(sh, 20, 46 + k * 5, t, f=NIM, pt=10)
    d = _exam(c)
    tx(sh, W - 20, 46, lang_nl(d), f=NIM, pt=10, a="right")
    tx(sh, 20, 80, "Uitslag inburgeringsexamen", f=NIM_B, pt=13)
    parts = [
        "Lezen",
        "Luisteren",
        "Schrijven",
        "Spreken",
        "Kennis Nederlandse Maatschappij",
        "Participatieverklaring",
    ]
    bad = {crc("bad55", c.rng_seed) % 4} if failed else set()
    y = 92.0
    frame(sh, 20, y, W - 40, 8, lw=0, fill=(222, 226, 232))
    tx(sh, 22, y + 2, "Examenonderdeel", f=NIM_B, pt=9.5)
    tx(sh, 120, y + 2, "Datum", f=NIM_B, pt=9.5)
    tx(sh, W - 22, y + 2, "Uitslag", f=NIM_B, pt=9.5, a="right")
    y += 8
    for k, p_ in enumerate(parts):
        frame(sh, 20, y, W - 40, 8, lw=0.2, c=G3)
        tx(sh, 22, y + 2, p_, f=NIM, pt=9.5)
        tx(sh, 120, y + 2, dmy(d - dt.timedelta(days=7 * (5 - k))), f=NIM, pt=9.5)
        tx(
            sh,
            W - 22,
            y + 2,
            "onvoldoende" if k in bad else "voldoende",
            f=NIM_B if k in bad else NIM,
            pt=9.5,
            a="right",
        )
        y += 8
    txt = (
        "U hebt niet alle onderdelen gehaald. U hebt het inburgeringsexamen dus nog niet behaald. U kunt het "
        "onderdeel dat onvoldoende is opnieuw doen."
        if failed
        else "U hebt alle onderdelen gehaald. U krijgt binnen vier weken uw diploma."
    )
    para(sh, 20, y + 8, W - 40, txt, f=NIM, pt=10.5, lead=1.45)
    return [sh]


CIVIC = [
    ("duo-diploma-oranje-middenband-grote-naam-55", "diploma"),
    ("duo-ontheffing-besluit-rechterkolom-bezwaar-grijs-vak-55", "exemption"),
    ("duo-uitslag-tabel-onderdeel-datum-uitslag-55", "results"),
]
_r(CIVIC[0][0], "civic-integration", "nl", duo_diploma, "DUO's civic-integration diploma")
_r(CIVIC[1][0], "civic-integration", "nl", duo_ontheffing, "DUO's exemption decision")
_r(CIVIC[2][0], "civic-integration", "nl", duo_uitslag, "DUO's results letter")


# =========================================================================== cover letter, IND letters, visa

PROC = {
    "ind-medical-treatment": "een verblijfsvergunning voor medische behandeling",
    "ind-hnt-continued": "een verblijfsvergunning humanitair niet-tijdelijk (voortgezet verblijf)",
    "ind-generic": "verlenging van de verblijfsvergunning regulier",
}
EXEMPT = [
    "Cliënt verblijft in Nederland; een uittreksel uit de BRP is bijgevoegd.",
    "Over de identiteit en nationaliteit van cliënt bestaat geen twijfel: de ambassade heeft die schriftelijk "
    "bevestigd.",
    "De ambassade geeft een nieuw paspoort alleen af in het land van herkomst zelf; cliënt zou daarvoor moeten "
    "terugreizen.",
    "Als de behandeling stopt, ontstaat volgens de behandelend specialist een medische noodsituatie.",
    "De behandeling is in het land van herkomst niet beschikbaar of voor cliënt niet toegankelijk.",
]
ROUTE_NL = dict(ROUTES)


def cover(c: Case, rng: random.Random, *, enclosures: list[str] | None = None, **_):
    """Lawyer's covering letter to the IND in Palatino: the firm's name in small capitals at the top LEFT with a
    thin rule running to the right edge, the contact lines in a narrow column at the top RIGHT; the IND's address
    in the window; 'Datum', 'Ons kenmerk', 'V-nummer' and 'Betreft' run inline in one line each; numbered
    enclosures at the end; 'Hoogachtend,' with the signature BESIDE it on the same line and the lawyer's name and
    'advocaat' under it; a grey line with the firm's registration in the footer."""
    lw = office(c)
    sh = c.intr(c.new_sheet())
    W = c.page_w
    tx(sh, 20, 14, lw["firm"].upper(), f=PAL_B, pt=11, ls=0.6)
    rule(sh, 20, 20, W - 20, 20, lw=0.3)
    for k, t in enumerate(
        [lw["street"], f"{lw['pc']} {lw['city']}", f"T {lw['tel']}-{num(rng, 7)}", lw["mail"]]
    ):
        tx(sh, W - 20, 24 + k * 4, t, f=PAL, pt=8, c=G1, a="right")
    y = 44.0
    for t in _ind.IND_ADDRESSES[crc("ia55", c.rng_seed) % len(_ind.IND_ADDRESSES)].split("\n"):
        tx(sh, 20, y, t, f=PAL, pt=10.5)
        y += 5
    y += 10
    d = c.sub - dt.timedelta(days=rng.randint(0, 4))
    for a, b in [
        ("Datum", lang_nl(d)),
        ("Ons kenmerk", f"{num(rng, 5)}/{c.p.surname.split()[-1][:4].upper()}"),
        ("V-nummer", c.vnr),
        ("Betreft", f"{c.p.surname}, {c.p.given_names} – aanvraag {PROC[c.procedure]}"),
    ]:
        w = tx(sh, 20, y, f"{a}: ", f=PAL_B, pt=10)
        tx(sh, 20 + w, y, b, f=PAL, pt=shrink(b, W - 44 - w, PAL, 10))
        y += 5.5
    y += 6
    paras = [
        "Geachte heer, mevrouw,",
        f"Namens mijn cliënt(e), {_ind.title_nl(c.p)} {c.p.given_names} {c.p.surname}, geboren op "
        f"{dmy(c.p.birth_date)}, dien ik hierbij een aanvraag in voor {PROC[c.procedure]}. Het ondertekende "
        f"formulier en de stukken gaan als bijlage mee.",
    ]
    if c.procedure == "ind-medical-treatment" and c.art64_end:
        paras.append(
            f"Cliënt heeft een jaar uitstel van vertrek (artikel 64 Vw) gehad, dat eindigt op "
            f"{lang_nl(c.art64_end)}. De behandeling ({c.med.get('tx_short', '')}) loopt door. De "
            f"voorwaarden over inkomen en betaling gelden in dat geval niet."
        )
    if c.procedure == "ind-hnt-continued" and c.since:
        paras.append(
            f"Cliënt heeft sinds {lang_nl(c.since)} een verblijfsvergunning "
            f"({ROUTE_NL.get(c.route, 'regulier')})."
        )
    if c.no_passport:
        paras.append(
            "Cliënt beschikt niet over een geldig paspoort. Ik verzoek u vrijstelling te verlenen van het "
            "paspoortvereiste. " + " ".join(EXEMPT[i] for i in c.exemption_shown)
        )
    if c.suriname_visa:
        paras.append(
            "Cliënt heeft de Surinaamse nationaliteit en kwam met een visum voor medische behandeling naar "
            "Nederland (kopie bijgevoegd). De behandeling is nog steeds nodig en de betaling is geregeld."
        )
    paras.append("De leges kunnen aan mijn kantoor worden gefactureerd.")
    for t in paras:
        y = para(sh, 20, y, W - 40, t, f=PAL, pt=10.5, lead=1.42) + 3
    if enclosures:
        tx(sh, 20, y, "Bijlagen", f=PAL_B, pt=10.5)
        y += 5.5
        for k, e in enumerate(enclosures, 1):
            tx(sh, 24, y, f"{k}. {e}", f=PAL, pt=10)
            y += 4.8
        y += 4
    w = tx(sh, 20, y + 4, "Hoogachtend,", f=PAL, pt=10.5)
    sign(sh, 26 + w, y - 2, rng, w=44, h=14, c=BLUE_PEN if rng.random() < 0.7 else BLACK_PEN)
    tx(sh, 20, y + 16, mr(c), f=PAL, pt=10.5)
    tx(sh, 20, y + 21, "advocaat", f=PAL_I, pt=9.5, c=G1)
    tx(
        sh,
        W / 2,
        c.page_h - 22,
        f"{lw['firm']} · ingeschreven bij de Nederlandse Orde van Advocaten · KvK "
        f"{num(random.Random(crc(lw['firm'])), 8)}",
        f=PAL,
        pt=7,
        c=G2,
        a="center",
    )
    return [sh]


def _ind_head(sh: Sheet, c: Case, d: D, ref: str) -> float:
    """This part's IND letter frame: the ribbon at the top centre with the service's name, the return address in
    small type over the addressee, and a RIGHT column with date, reference and V-number."""
    W = c.page_w
    ribbon(sh, W / 2 - 4)
    tx(sh, 20, 42, "Retouradres Postbus 287 7600 AG Almelo", f=SER, pt=6.5, c=G1)
    p = c.p
    lines = [f"{_ind.title_nl(p).capitalize()} {p.given_names} {p.surname}"]
    if c.lawyer and crc("pa55", c.rng_seed) % 2:
        lines += [
            f"p/a {c.lawyer['firm']}",
            c.lawyer["street"],
            f"{c.lawyer['pc']}  {c.lawyer['city'].upper()}",
        ]
    elif p.address:
        a1, a2 = addr(p)
        lines += [a1, a2.upper()]
    for k, t in enumerate(lines):
        tx(sh, 20, 48 + k * 5, t, f=SER, pt=10)
    for k, (a, b) in enumerate(
        [
            ("Datum", lang_nl(d)),
            ("Kenmerk", ref),
            ("V-nummer", c.vnr),
            ("Bij beantwoording", "datum en kenmerk vermelden"),
        ]
    ):
        tx(sh, 140, 46 + k * 9, a, f=SER_B, pt=7.5)
        tx(sh, 140, 49.5 + k * 9, b, f=SER, pt=8.5)
    return 92.0


def art64(c: Case, rng: random.Random, **_):
    """IND decision on postponement of departure (article 64 Vw) in this part's IND letter frame (see _ind_head): the
    subject in bold, the decision with the period, what it means, the 28-day window for an application, 'namens
    deze' without a hand signature, and the objection clause in small type at the foot."""
    end = c.art64_end or (c.since - dt.timedelta(days=1) if c.since else c.sub + dt.timedelta(days=10))
    start = _ind.add_years(end, -1) + dt.timedelta(days=1)
    d = start + dt.timedelta(days=rng.randint(8, 30))
    sh = c.intr(c.new_sheet())
    W = c.page_w
    y = _ind_head(sh, c, d, f"{num(rng, 10)}")
    tx(
        sh,
        20,
        y,
        "Onderwerp: beslissing op uw aanvraag om uitstel van vertrek (artikel 64 Vw 2000)",
        f=SER_B,
        pt=10.5,
    )
    y += 10
    for t in [
        f"Geachte {_ind.title_nl(c.p)} {c.p.surname},",
        "U hebt gevraagd om uitstel van vertrek omdat u om medische redenen niet kunt reizen. Het Bureau "
        "Medische Advisering (BMA) heeft ons geadviseerd.",
        f"Wij geven u uitstel van vertrek van {lang_nl(start)} tot en met {lang_nl(end)}.",
        "Dit betekent dat u in die periode niet hoeft te vertrekken. Het uitstel is geen verblijfsvergunning. "
        "Wilt u daarna in Nederland blijven voor uw behandeling, dan kunt u een verblijfsvergunning "
        "medische behandeling aanvragen in de periode van 28 dagen vóór tot 28 dagen na het einde van het "
        "uitstel.",
        "Met vriendelijke groet,\nde minister van Asiel en Migratie,\nnamens deze,\nde Immigratie- en "
        "Naturalisatiedienst",
    ]:
        y = para(sh, 20, y, W - 40, t, f=SER_B if t.startswith("Wij geven") else SER, pt=10.5, lead=1.45) + 4
    para(
        sh,
        20,
        c.page_h - 30,
        W - 40,
        "Bezwaar: bent u het niet eens met deze beslissing, dan kunt u binnen 4 weken "
        "bezwaar maken bij de IND. Zie ind.nl/bezwaar.",
        f=SER,
        pt=7.5,
        c=G1,
    )
    return [sh]


def permit_letter(c: Case, rng: random.Random, **_):
    """IND decision granting the earlier residence permit in this part's IND letter frame (see _ind_head): the
    purpose between quotes, the start and end of validity in a bold sentence, where to collect the card."""
    since = c.since or D(2021, 5, 1)
    d = since + dt.timedelta(days=rng.randint(20, 75))
    purpose = {
        "medical-treatment": "medische behandeling",
        "medical-treatment-after-art64": "medische behandeling",
        "relationship": "verblijf bij partner",
        "parent": "verblijf bij ouder",
        "trafficking-victim": "slachtoffer-aangever mensenhandel",
        "trafficking-victim-no-report": "slachtoffer mensenhandel",
        "domestic-violence": "humanitair tijdelijk (huiselijk geweld)",
        "buiten-schuld": "humanitair tijdelijk (buitenschuld)",
    }.get(c.route or "", "regulier")
    years = 1 if "medisch" in purpose else 5
    sh = c.intr(c.new_sheet())
    W = c.page_w
    y = _ind_head(sh, c, d, f"{num(rng, 10)}")
    tx(sh, 20, y, "Onderwerp: beslissing op uw aanvraag om een verblijfsvergunning", f=SER_B, pt=10.5)
    y += 10
    for t in [
        f"Geachte {_ind.title_nl(c.p)} {c.p.surname},",
        f"U hebt een verblijfsvergunning aangevraagd met het verblijfsdoel '{purpose}'.",
        f"U krijgt de verblijfsvergunning. Zij is geldig vanaf {lang_nl(since)} tot "
        f"{lang_nl(_ind.add_years(since, years) - dt.timedelta(days=1))}.",
        "U ontvangt binnenkort een uitnodiging om uw verblijfsdocument op te halen bij een IND-loket.",
        "Met vriendelijke groet,\nde minister van Asiel en Migratie,\nnamens deze,\nde Immigratie- en "
        "Naturalisatiedienst",
    ]:
        y = para(sh, 20, y, W - 40, t, f=SER_B if t.startswith("U krijgt") else SER, pt=10.5, lead=1.45) + 4
    return [sh]


def mvv(c: Case, rng: random.Random, **_):
    """Copy of the Surinamese passport's visa page with the Dutch MVV sticker for medical treatment, enlarged to
    120 % across the top of the sheet: the sticker's printed photo at the RIGHT, its fields in a single column at
    the LEFT with tiny captions, 'MVV' and 'NEDERLAND' in the sticker's head, the two-line zone at its foot; the
    Marechaussee's rectangular entry stamp on the page under the sticker; the sheet copied a little crooked."""
    sh = c.new_sheet()
    W = c.page_w
    pg = Sheet(125, 88)
    pg.image(0, 0, 125, 88, ground(125, 88, rng, (236, 242, 230), (210, 226, 196)))
    st = Sheet(112, 60)
    st.image(0, 0, 112, 60, ground(112, 60, rng, (242, 236, 248), (214, 200, 232), kind="rosette", n=12))
    tx(st, 4, 2.5, "MVV  ·  NEDERLAND", f=DJS_B, pt=8.5, c=(70, 40, 120))
    st.image(84, 8, 23, 29, portrait(23, 29, rng))
    start = c.sub - dt.timedelta(days=rng.randint(165, 215))
    end = start + dt.timedelta(days=rng.randint(178, 186))
    pno = f"R{num(random.Random(crc('sur55', c.rng_seed)), 6)}"
    rows = [
        ("GELDIG VOOR / VALID FOR", "SCHENGEN – NL"),
        ("VAN / FROM", dmy(start, ".")),
        ("TOT / UNTIL", dmy(end, ".")),
        ("SOORT / TYPE", "D – MVV"),
        ("PASPOORT", pno),
        ("NAAM / NAME", f"{c.p.surname.upper()}, {c.p.given_names.upper()}"),
        ("OPMERKINGEN", "MEDISCHE BEHANDELING"),
    ]
    for k, (a, b) in enumerate(rows):
        tx(st, 4, 8 + k * 5.6, a, f=DJS, pt=3.6, c=G1)
        tx(st, 4, 9.6 + k * 5.6, b, f=DJS_B, pt=shrink(b, 76, DJS_B, 6.2))
    r1 = ("V<NLD" + _ind._mrz_name(c.p, 39))[:44]
    bd, ex = c.p.birth_date.strftime("%y%m%d"), end.strftime("%y%m%d")
    pn = (pno + "<" * 9)[:9]
    r2 = (
        f"{pn}{_ind._mrz_check(pn)}SUR{bd}{_ind._mrz_check(bd)}{c.p.sex}{ex}{_ind._mrz_check(ex)}" + "<" * 20
    )[:44]
    frame(st, 0, 48, 112, 12, lw=0, fill=(250, 250, 250))
    mrz_block(st, 2.5, 49, [r1, r2], pt=10.0, step=5.0)
    place(st, pg, 6.5, 5, dpi=260)
    stamp(
        pg,
        18,
        68,
        ["KMAR", "SCHIPHOL", dmy(start + dt.timedelta(days=rng.randint(2, 15)), ".")],
        rng,
        shape="rect",
        c=S_VIOLET,
        mm=20,
    )
    place(pg, sh, (W - 150) / 2, 24, scale=1.2, deg=rng.uniform(-1.5, 1.5), dpi=260)
    return [sh]


_r(
    "cover-letter-palatino-inline-kenmerken-handtekening-naast-slot-55",
    "other",
    "nl",
    cover,
    "lawyer's covering letter, signature beside the closing word",
)
_r(
    "art64-decision-rijkslint-rechterkolom-55",
    "other",
    "nl",
    art64,
    "IND art. 64 decision, ribbon, right column",
)
_r("permit-letter-rijkslint-rechterkolom-55", "other", "nl", permit_letter, "IND permit decision, ribbon")
_r(
    "mvv-sticker-sur-vergroot-foto-rechts-scheef-55",
    "other",
    "nl",
    mvv,
    "MVV sticker page of a Surinamese passport",
)


# =========================================================================== the part's IND dossiers

US_INSURER = dict(
    name="Brazos Valley Mutual Health Insurance Company",
    short="Brazos Valley",
    addr="2100 Ross Avenue, Suite 1800, Dallas, TX 75201, USA",
    color=(110, 40, 30),
    logo="square",
    plan="Global Expat Medical Select",
)


class FiftyfifthBuilder(_ind.PartBuilder):
    """ind.PartBuilder for this part: it answers the places where PartBuilder names one family per part, and asks for
    this part's Portuguese act where the generic plans ask for a Spanish one."""

    def new(self, name, proc, *, born_for=None, **kw):
        return super().new(name, proc, born_for="pt" if born_for == "es" else born_for, **kw)

    def civic_for(self, rng: random.Random, kind: str | None = None) -> tuple[str, str]:
        if kind:
            return next(o for o in CIVIC if o[1] == kind)
        return rng.choice(CIVIC[:2])

    def d_a4(self, name, proc, variant):
        if variant != "letter-digital":
            return super().d_a4(name, proc, variant)
        D_ = self.new(name, proc)
        D_.c.insurer_intl = dict(US_INSURER)
        self.compose_med(D_, skip={"insurance"})
        D_.c.__dict__["_ins_name"] = US_INSURER["name"]
        D_.c.page_w, D_.c.page_h = LETTER
        doc = D_.add(
            "intl-confirmation-letter-ledenportaal-grijs-vak-55",
            kind="digital",
            label="confirmation of coverage Brazos Valley",
        )
        D_.c.page_w, D_.c.page_h = 210.0, 297.0
        D_.plan_files(combine=False)
        f, p = D_.page_of(doc, 0)
        D_.defect = _defect(
            "IND-COPY-A4",
            "confirmation of coverage of a US insurer generated on US Letter (215.9 x 279.4 mm), not A4",
            f,
            p,
        )
        D_.variations.append("us-letter-page")
        self.finish(D_, clean=False)

    def clean_parent_birth(self, i: int) -> None:
        """A clean continued-residence dossier after residence with a parent, of a Guyanese applicant whose birth
        certificate (naming the parent) is enclosed."""
        name = f"ind-hnt-clean-{i:02d}"
        rng = random.Random(_ind.seed_of("since", self.part, name))
        D_ = self.new(
            name, "ind-hnt-continued", route="parent", since=self.since_for("parent", rng), origin="GUY"
        )
        self.compose_hnt(D_, skip={"birth"}, cover=False)
        self.birth_cert(D_, ("nl", "en", "fr", "de"), translated=False)
        self.cover(D_)
        D_.variations.append("route-parent")
        self.finish(D_, clean=True)

    def d_inburg(self, name, proc, variant):
        if variant != "failed":
            return super().d_inburg(name, proc, variant)
        rng = random.Random(_ind.seed_of("since", self.part, name))
        D_ = self.new(name, proc, route="relationship", since=self.since_for("relationship", rng))
        D_.c.inburgering = "failed"
        self.compose_hnt(D_, civic=CIVIC[2][0])
        D_.defect = _defect(
            "IND-HNT-INBURGERING",
            "only DUO's results letter, with one exam part 'onvoldoende': no diploma and no exemption",
        )
        self.finish(D_, clean=False)


DEFECT_PLAN = [
    ("a4", "ind-medical-treatment", "letter-digital"),
    ("a4", "ind-generic", "letter-scan"),
    ("blank", "ind-hnt-continued", "duplex-form"),
    ("blank", "ind-generic", "one-blank"),
    ("blank", "ind-medical-treatment", "duplex-all"),
    ("vnum", "ind-medical-treatment", "missing"),
    ("vnum", "ind-hnt-continued", "other"),
    ("vnum", "ind-generic", "other"),
    ("vnum", "ind-hnt-continued", "missing"),
    ("media", "ind-generic", "mp3"),
    ("media", "ind-medical-treatment", "js"),
    ("media", "ind-hnt-continued", "attach"),
    ("legible", "ind-medical-treatment", "faint"),
    ("legible", "ind-generic", "72dpi"),
    ("legible", "ind-hnt-continued", "cut"),
    ("translation", "ind-hnt-continued", "bs"),
    ("translation", "ind-generic", "pt"),
    ("meddocs", "ind-medical-treatment", "insurance"),
    ("meddocs", "ind-medical-treatment", "medical"),
    ("meddocs", "ind-medical-treatment", "income"),
    ("meddocs", "ind-medical-treatment", "care"),
    ("exemption", "ind-medical-treatment", (0, 2, 4)),
    ("exemption", "ind-medical-treatment", (1, 3)),
    ("art64", "ind-medical-treatment", -35),
    ("art64", "ind-medical-treatment", 30),
    ("duration", "ind-hnt-continued", "relationship"),
    ("duration", "ind-hnt-continued", "medical-treatment-after-art64"),
    ("duration", "ind-hnt-continued", "parent"),
    ("continues", "ind-hnt-continued", "short"),
    ("continues", "ind-hnt-continued", "missing"),
    ("inburg", "ind-hnt-continued", "failed"),
    ("inburg", "ind-hnt-continued", "missing"),
    ("idsuff", "ind-hnt-continued", "permit-only"),
    ("idsuff", "ind-hnt-continued", "none"),
    ("mrz", "ind-hnt-continued", "name"),
    ("mrz", "ind-medical-treatment", "check"),
    ("expired", "ind-medical-treatment", None),
    ("expired", "ind-hnt-continued", None),
    ("suriname", "ind-medical-treatment", None),
    ("suriname", "ind-medical-treatment", None),
]

CLEAN_PLAN = dict(
    med=[None, -20, None, None, 27, None, -9, None, 15, None],
    hnt=[
        ("relationship", 40, "diploma", True),
        ("medical-treatment", 25, None, False),
        ("buiten-schuld", 60, None, True),
        ("relationship", 110, "exemption", False),
        ("medical-treatment-after-art64", 45, None, False),
        ("parent", 30, None, False),
        ("domestic-violence", 75, None, True),
        ("trafficking-victim", 90, None, False),
        ("medical-treatment", 150, None, True),
        ("trafficking-victim-no-report", 35, None, False),
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
    out.append(("clean_parent_birth", (len(CLEAN_PLAN["hnt"]) + 1,), {}))
    counters: dict[str, int] = {}
    for key, proc, variant in DEFECT_PLAN:
        counters[key] = counters.get(key, 0) + 1
        out.append(("defect", (key, counters[key], proc, variant), {}))
    return out


def _run_task(args) -> tuple[list[dict], list[str]]:
    out_root, (method, a, kw) = args
    b = FiftyfifthBuilder(PART, Path(out_root))
    getattr(b, method)(*a, **kw)
    return b.truths, b.skipped


def build_part(out_root: Path, *, jobs: int | None = None) -> list[dict]:
    """Write every IND dossier of this part under out_root/fiftyfifth/ and return their truth dicts (each dossier
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
