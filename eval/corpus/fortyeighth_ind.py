"""IND families of the `fortyeighth` part (registered in ind.FAMILIES), and the builder of its IND dossiers.

Written by a writer who saw neither the validator nor its output, from the seeds (000, 001, 002), rules.md and how
such papers look in Dutch files.  Each family's layout, wording and copy habit is described in its function's
docstring only (the part is read blind).

The IND dossiers of this part follow ind's generic dossier plans (ind.PartBuilder: the same compositions, the same
defect kinds).  The places where ind.PartBuilder names one family per part (the civic-integration papers, the
US-Letter insurance certificate and the failed DUO results) are answered by FortyeighthBuilder below, which also lets
the generic plans' Spanish- and Turkish-language birth acts be this part's Moldovan (Romanian) and Indonesian ones;
the part's clean and defect plans are CLEAN_PLAN and DEFECT_PLAN here, so ind itself is not changed.  Its IND
applicants come from Indonesia, Mongolia and Moldova; the 9ter countries' applicants are 9ter only and a Surinamese
applicant appears only where the Surinamese rule needs one (ind.IND_ORIGIN_SKIP gets this part's own key).
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from PIL import Image, ImageDraw

from . import ind as _ind
from .fortyeighth_identity import (
    ARIAL, ARIAL_B, ARIALN, ARIALN_B, AVANT, AVANT_B, BLACK, BLACK_BIC, BLUE_BIC, CALIB, CALIB_B, CAMB, CAMB_B,
    CAMB_I, CENT, CENT_B, CENT_I, COURIER_B, CPRIME, DARK, DJ, DJ_B, DJS, DJS_B, DJS_I, FSAN, FSAN_B, H_CAPS, H_FELT,
    H_HEAVY, H_LEAN, H_ROUND, HELV, HELV_B, HELVN, HELVN_B, INK_ROYAL, LIGHT, MID, NROM, NROM_B, NROM_I, PALE,
    STAMP_BLACK, STAMP_BLUE, STAMP_VIOLET, VIOLET_GEL, autograph, block, dnum, dword, emblem, flow, frame, hand,
    hline, lines_of, mrz_lines, pen_mark, put, putfit, qr, seal, seedof, shrink, waves, wid,
)
from .ind import LETTER, Case, _defect
from .mrz import td3
from .paper import Sheet
from .people import COUNTRIES as PC
from .people import format_name

PART = "fortyeighth"
D = dt.date

# Surinamese applicants only where the Surinamese rule plants them; the 9ter countries' applicants only in 9ter
# (new key only)
_ind.IND_ORIGIN_SKIP.setdefault(PART, {"SUR", "GNB", "MOZ", "YEM"})


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


def street_city(p) -> tuple[str, str]:
    a = p.address
    if a is None:
        return "", ""
    return f"{a.street} {a.number}", f"{a.postcode}  {a.city}"


def before(c: Case, rng: random.Random, lo: int = 4, hi: int = 40) -> D:
    d = c.sub - dt.timedelta(days=rng.randint(lo, hi))
    while d.weekday() >= 5:
        d -= dt.timedelta(days=1)
    return d


def eur(x: float, sign: bool = True) -> str:
    s = f"{x:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return f"€ {s}" if sign else s


def nl_iban(seed: int, code: str) -> str:
    r = random.Random(seed)
    acct = "".join(str(r.randint(0, 9)) for _ in range(10))
    num = int("".join(str(ord(ch) - 55) for ch in code) + acct + "232100")
    s = f"NL{98 - num % 97:02d}{code}{acct}"
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def physician(c: Case, key: str) -> tuple[str, str]:
    r = random.Random(seedof("doc48", key, c.rng_seed))
    return (r.choice(["Eline", "Bram", "Noor", "Sjoerd", "Yasmina", "Wouter", "Iris", "Hidde", "Femke", "Karim"]),
            r.choice(["de Graaf", "Verbeek", "Postma", "Kuipers", "Bouzidi", "Smits", "van Wijk", "Dekker",
                      "Hendriks", "Jonker"]))


def big_no(c: Case, key: str) -> str:
    r = random.Random(seedof("big48", key, c.rng_seed))
    return f"{r.randint(10000000, 99999999)}{r.choice(['01', '19', '17'])}"


def how_long(c: Case, lang: str = "nl") -> str:
    """How long the treatment is still needed; 'short' ends within about four months."""
    if c.duration == "short":
        end = _ind.add_months(c.sub, 4)
        if lang == "en":
            return (f"Treatment is expected to end in {_MON_EN[end.month - 1]} {end.year}; no further specialist "
                    f"treatment is foreseen after that.")
        return (f"De behandeling eindigt naar verwachting in {_MON_NL[end.month - 1]} {end.year}; daarna is geen "
                f"specialistische behandeling meer nodig.")
    nl = {"lifelong": "Patiënt heeft deze behandeling levenslang nodig.",
          "years2": "De behandeling is nog ten minste twee jaar noodzakelijk.",
          "years3": "De behandeling is naar verwachting nog drie jaar of langer nodig.",
          "indefinite": "Een einddatum valt niet te geven; de behandeling duurt in elk geval nog veel langer dan een "
                        "jaar.",
          "months18": "De behandeling is nog minstens anderhalf jaar nodig."}
    en = {"lifelong": "The patient needs this treatment for life.",
          "years2": "Treatment will remain necessary for at least two more years.",
          "years3": "Treatment is expected to be needed for three more years or longer.",
          "indefinite": "No end date can be given; treatment will in any case last much longer than one more year.",
          "months18": "Treatment remains necessary for at least another eighteen months."}
    return (en if lang == "en" else nl)[c.duration]


_MON_NL = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"]
_MON_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]


def insurer_name(c: Case) -> str:
    return c.__dict__.get("_ins_name") or (c.insurer_intl or c.insurer_nl or {"name": "de zorgverzekeraar"})["name"]


def payer_text(c: Case, lang: str = "nl") -> str:
    ins = insurer_name(c)
    if lang == "en":
        who = f"{c.payer.given_names} {c.payer.surname}" if c.payer else "the patient"
        return f"The costs are covered by the patient's insurer, {ins}; what is not covered is paid by {who}."
    who = f"{c.payer.given_names} {c.payer.surname} ({c.payer_relation})" if c.payer else "patiënt zelf"
    return f"De kosten worden gedekt door de verzekeraar van patiënt, {ins}; wat niet gedekt is, betaalt {who}."


def treat_start(c: Case) -> D:
    r = random.Random(seedof("start48", c.rng_seed))
    if c.procedure == "ind-medical-treatment":
        return c.sub - dt.timedelta(days=r.randint(20, 200))
    return _ind.add_months(c.sub, -r.randint(14, 60))


# =========================================================================== application forms

ROUTES = [("relationship", "verblijf bij partner"), ("parent", "verblijf bij ouder"),
          ("medical-treatment", "medische behandeling"),
          ("medical-treatment-after-art64", "medische behandeling na uitstel van vertrek (art. 64 Vw)"),
          ("trafficking-victim", "slachtoffer mensenhandel (aangifte gedaan)"),
          ("trafficking-victim-no-report", "slachtoffer mensenhandel (geen aangifte)"),
          ("domestic-violence", "slachtoffer huiselijk geweld"), ("buiten-schuld", "buiten schuld")]


class Formular:
    """This part's IND form design: a thin dark-blue rule along the top with the form's code at the LEFT and a
    V-number box at the top RIGHT of every page (the number typed or written in it), the title under it; sections as
    white capitals on a dark-blue tab at the LEFT margin; questions numbered '2.3' with the answer in a long
    underlined field, or, for yes/no questions, a small two-column grid 'ja | nee' at the RIGHT with the chosen cell
    marked; the answers typed in Courier Prime or written in ballpoint capitals; 'Formulier ... - pagina n van N' at
    the foot."""

    NAVY = (20, 44, 92)

    def __init__(self, c: Case, rng: random.Random, code: str, title: str):
        self.c, self.rng, self.code, self.title = c, rng, code, title
        self.hand = c.fill == "hand"
        self.hf = random.Random(c.rng_seed + 71).choice([H_CAPS, H_FELT, H_ROUND, H_HEAVY])
        self.ink = random.Random(c.rng_seed + 72).choice([BLUE_BIC, BLACK_BIC, VIOLET_GEL])
        self.sheets: list[Sheet] = []
        self.y = 0.0
        self.sec = 0
        self.q = 0
        self.page()

    @property
    def sh(self) -> Sheet:
        return self.sheets[-1]

    def value(self, x, y, s, w, pt=10.0) -> None:
        if not s:
            return
        if self.hand:
            hand(self.sh, x, y - 2.4, s, self.rng, f=self.hf, pt=11, col=self.ink, maxw=w, caps=True)
        else:
            putfit(self.sh, x, y, s, w, f=CPRIME, pt=pt)

    def page(self) -> None:
        c = self.c
        sh = c.new_sheet()
        W = c.page_w
        hline(sh, 14, W - 14, 8, lw=1.2, col=self.NAVY)
        put(sh, 14, 10.5, f"IND  ·  {self.code}", f=HELV_B, pt=8.6, col=self.NAVY)
        frame(sh, W - 64, 11, 50, 11, lw=0.4, col=self.NAVY)
        put(sh, W - 62.5, 11.8, "V-nummer", f=HELV, pt=6.4, col=MID)
        self.sheets.append(c.intr(sh))
        self.value(W - 61, 16, c.vnr, 44)
        if len(self.sheets) == 1:
            flow(sh, 14, 26, W - 90, self.title, f=HELV_B, pt=13, lead=1.25)
            self.y = 44.0
        else:
            self.y = 28.0

    def need(self, h) -> None:
        if self.y + h > self.c.page_h - 22:
            self.page()

    def section(self, t: str) -> None:
        self.need(30)
        self.sec += 1
        self.q = 0
        block(self.sh, 14, self.y, 56, 6.4, self.NAVY)
        put(self.sh, 16, self.y + 1, f"{self.sec}  {t.upper()}"[:40], f=HELV_B, pt=8.2, col=(255, 255, 255))
        self.y += 10

    def field(self, question: str, val: str) -> None:
        self.need(13)
        self.q += 1
        W = self.c.page_w
        put(self.sh, 14, self.y, f"{self.sec}.{self.q}", f=HELV_B, pt=8.6, col=self.NAVY)
        put(self.sh, 24, self.y, question, f=HELV, pt=8.6)
        hline(self.sh, 24, W - 14, self.y + 10, lw=0.25, col=MID)
        self.value(26, self.y + 5.2, val, W - 44)
        self.y += 13.5

    def yesno(self, question: str, yes: bool, note: str = "") -> None:
        self.need(12)
        self.q += 1
        W = self.c.page_w
        put(self.sh, 14, self.y, f"{self.sec}.{self.q}", f=HELV_B, pt=8.6, col=self.NAVY)
        flow(self.sh, 24, self.y, W - 80, question, f=HELV, pt=8.6, lead=1.25)
        for i, lab in enumerate(("ja", "nee")):
            x = W - 46 + i * 16
            frame(self.sh, x, self.y - 1, 16, 7, lw=0.25, col=MID)
            put(self.sh, x + 1.2, self.y - 0.6, lab, f=HELV, pt=6.4, col=MID)
            if (i == 0) == yes:
                if self.hand:
                    pen_mark(self.sh, x + 8, self.y + 0.4, 4.4, self.rng, col=self.ink, kind="cross")
                else:
                    put(self.sh, x + 10, self.y - 0.6, "X", f=COURIER_B, pt=11)
        self.y += 9
        if note:
            self.need(8)
            self.value(26, self.y, note, W - 44, pt=9.4)
            self.y += 7

    def choice(self, question: str, options: list[str], chosen: int | None) -> None:
        self.need(8 + 5.6 * len(options))
        self.q += 1
        put(self.sh, 14, self.y, f"{self.sec}.{self.q}", f=HELV_B, pt=8.6, col=self.NAVY)
        put(self.sh, 24, self.y, question, f=HELV, pt=8.6)
        y = self.y + 6
        for i, o in enumerate(options):
            frame(self.sh, 26, y, 3.6, 3.6, lw=0.25)
            if i == chosen:
                if self.hand:
                    pen_mark(self.sh, 26, y, 3.6, self.rng, col=self.ink, kind="tick")
                else:
                    put(self.sh, 27.8, y - 0.5, "X", f=COURIER_B, pt=9.6, at="center")
            put(self.sh, 32, y + 0.1, o, f=HELV, pt=8.6)
            y += 5.6
        self.y = y + 3

    def applicant(self) -> None:
        c, p = self.c, self.c.p
        self.section("Persoonsgegevens")
        self.field("Achternaam (zoals in paspoort)", p.surname)
        self.field("Voornamen", p.given_names)
        self.field("Geboortedatum (dd-mm-jjjj)", dnum(p.birth_date, "-"))
        self.field("Geboorteplaats en -land", f"{p.birth_place}, {land_nl(p)}")
        self.field("Nationaliteit", nat_nl(p))
        self.field("Geslacht", "man" if p.sex == "M" else "vrouw")
        a1, a2 = street_city(p)
        self.field("Woonadres in Nederland", f"{a1}, {a2}")
        if c.lawyer:
            self.section("Gemachtigde")
            self.field("Naam advocaat of gemachtigde", c.lawyer_name)
            self.field("Kantoor en plaats", f"{c.lawyer['firm']}, {c.lawyer['city']}")

    def signature(self) -> None:
        c = self.c
        W = c.page_w
        self.need(60)
        self.section("Ondertekening")
        self.y = flow(self.sh, 14, self.y, W - 28, "Ik verklaar dat ik dit formulier naar waarheid heb ingevuld. Ik "
                      "weet dat de IND de gegevens kan controleren.", f=HELV, pt=8.8, lead=1.35) + 3
        frame(self.sh, 14, self.y, 50, 24, lw=0.3, col=MID)
        put(self.sh, 15.5, self.y + 1, "Datum", f=HELV, pt=6.8, col=MID)
        self.value(17, self.y + 9, dnum(c.sub - dt.timedelta(days=self.rng.randint(1, 7)), "-"), 44)
        frame(self.sh, 66, self.y, W - 80, 24, lw=0.3, col=MID)
        put(self.sh, 67.5, self.y + 1, "Handtekening aanvrager", f=HELV, pt=6.8, col=MID)
        autograph(self.sh, 80, self.y + 6, self.rng, col=self.ink)
        self.y += 28

    def done(self) -> list[Sheet]:
        n = len(self.sheets)
        for i, sh in enumerate(self.sheets):
            put(sh, self.c.page_w / 2, self.c.page_h - 12, f"{self.code} - pagina {i + 1} van {n}", f=HELV, pt=7.4,
                at="center", col=MID)
        return self.sheets


def form_med(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """Application for a residence permit for medical treatment in this part's form design."""
    f = Formular(c, rng, "Formulier MB 2026", "Aanvraag verblijfsvergunning regulier - verblijfsdoel medische "
                 "behandeling")
    f.applicant()
    f.section("Medische behandeling")
    f.field("Naam en plaats van de zorginstelling", f"{c.hospital.get('name', '')}, {c.hospital.get('city', '')}")
    f.field("Soort behandeling", c.med.get("tx_short", ""))
    f.yesno("Had u 1 jaar uitstel van vertrek (artikel 64 Vw)?", bool(c.art64_end),
            note=f"einddatum uitstel: {dnum(c.art64_end, '-')}" if c.art64_end else "")
    if not c.art64_end:
        f.choice("Wie betaalt uw verblijf en behandeling?", ["ik betaal zelf (bewijs inkomen bijgevoegd)",
                                                            "een garantsteller betaalt (verklaring bijgevoegd)"],
                 1 if c.payer else 0)
    f.yesno("Hebt u een geldig paspoort? (zo nee: zie toelichting gemachtigde)", not c.no_passport)
    f.yesno("Hebt u de Surinaamse nationaliteit en een visum voor medische behandeling?", c.suriname_visa)
    f.signature()
    return f.done()


def form_7027(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """Form 7027 (continued residence, humanitarian non-temporary) in this part's form design."""
    f = Formular(c, rng, "Formulier 7027", "Aanvraag verblijfsvergunning voortgezet verblijf - humanitair "
                 "niet-tijdelijk")
    f.applicant()
    f.section("Huidige verblijfsvergunning")
    keys = [k for k, _ in ROUTES]
    f.choice("Verblijfsdoel van uw huidige verblijfsvergunning", [t for _, t in ROUTES],
             keys.index(c.route) if c.route in keys else None)
    f.field("Ingangsdatum van deze verblijfsvergunning", dnum(c.since, "-") if c.since else "")
    if c.route == "relationship":
        f.choice("Inburgering", ["diploma inburgering (kopie bijgevoegd)", "ontheffing of vrijstelling (besluit "
                                 "bijgevoegd)", "nee"],
                 0 if c.inburgering in ("diploma", "results", "failed") else (1 if c.inburgering == "exemption" else 2))
    if c.route and c.route.startswith("medical"):
        f.yesno("Is uw behandeling nog minstens 1 jaar nodig? (verklaring arts bijgevoegd)", True)
    f.signature()
    return f.done()


def form_generic(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """Application to extend a regular residence permit in this part's form design."""
    f = Formular(c, rng, "Formulier VV-2026", "Aanvraag verlenging verblijfsvergunning regulier voor bepaalde tijd")
    f.applicant()
    f.section("Verblijfsvergunning")
    r = random.Random(c.rng_seed + 73)
    f.field("Huidig verblijfsdoel", r.choice(["verblijf bij partner", "arbeid in loondienst", "studie",
                                              "verblijf bij familie- of gezinslid"]))
    f.field("Einddatum huidige verblijfsvergunning", dnum(c.sub + dt.timedelta(days=r.randint(15, 80)), "-"))
    f.yesno("Is er iets veranderd in uw situatie?", False)
    f.signature()
    return f.done()


_r("ind-form-med-navy-tab-kolom-ja-nee-rechts-vnummervak-48", "application", "nl", form_med,
   "medical-treatment form: navy section tabs, yes/no grid at the right, V-number box on every page")
_r("ind-form-7027-navy-tab-kolom-ja-nee-rechts-vnummervak-48", "application", "nl", form_7027,
   "form 7027 in the same design")
_r("ind-form-generic-navy-tab-kolom-ja-nee-rechts-vnummervak-48", "application", "nl", form_generic,
   "extension form in the same design")


# =========================================================================== income

def earner(c: Case):
    return c.payer or c.p


def post(c: Case) -> dict:
    e = c.employer
    r = random.Random(seedof("job48", e["name"], c.rng_seed))
    e.setdefault("fn48", r.choice(e["func"]))
    e.setdefault("in48", D(r.randint(2008, 2023), r.randint(1, 12), 1))
    e.setdefault("gross48", float(r.randrange(2350, 5200, 5)))
    e.setdefault("pno48", f"{r.randint(100, 9999)}")
    e.setdefault("hrs48", r.choice([24, 28, 32, 36, 38, 40]))
    return dict(e)


def wage(gross: float, seed: int) -> dict:
    r = random.Random(seed)
    pension = round(gross * r.choice([0.051, 0.062, 0.074]), 2)
    tax = round(max(0.0, (gross - pension) * 0.3697 - r.uniform(240, 470)), 2)
    travel = r.choice([0.0, 38.40, 57.60, 96.00])
    return dict(gross=gross, pension=pension, tax=tax, travel=travel, net=round(gross - pension - tax + travel, 2))


def payslip(c: Case, rng: random.Random, *, month: int = 11, **_) -> list[Sheet]:
    """A payroll bureau's payslip printed on the UPPER half of the sheet with a perforated tear line across the
    middle (the lower half left empty): 'LOONSTROOK' and the period
    at the LEFT, a grid of small captioned cells for the employer and the employee (name surname-first with
    initials, staff number, birth date, job, hours, start date, tax table), then one ruled table with columns
    'Omschrijving | Uren | Betaling | Inhouding' and the net amount in a framed cell at the lower RIGHT, the bureau's
    name in small grey capitals under the bank account; Liberation Sans Narrow."""
    e, w = post(c), earner(c)
    k = wage(e["gross48"], seedof("pay48", c.rng_seed))
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    put(sh, 14, 10, "LOONSTROOK", f=ARIALN_B, pt=15)
    put(sh, 14, 17, f"periode {month:02d}-2026 ({_MON_NL[month - 1]})", f=ARIALN, pt=9.4)
    cells = [("Werkgever", e["name"]), ("Adres", f"{e['street']}, {e['pc']} {e['city']}"),
             ("Werknemer", format_name(w, "SURNAME, Given")), ("Personeelsnr.", e["pno48"]),
             ("Geboortedatum", dnum(w.birth_date, "-")), ("Functie", e["fn48"]),
             ("Uren per week", str(e["hrs48"])), ("In dienst sinds", dnum(e["in48"], "-")),
             ("Loonheffingstabel", "wit, maand"), ("Cao", e.get("cao", "-"))]
    cw = (W - 28) / 2
    y = 24.0
    for i, (a, v) in enumerate(cells):
        x = 14 + (i % 2) * cw
        yy = y + (i // 2) * 9
        frame(sh, x, yy, cw, 9, lw=0.2, col=MID)
        put(sh, x + 1.2, yy + 0.6, a, f=ARIALN, pt=6.4, col=MID)
        putfit(sh, x + 1.2, yy + 3.6, v, cw - 3, f=ARIALN_B, pt=9)
    y += 5 * 9 + 5
    cols = [(14, "Omschrijving"), (W - 92, "Uren"), (W - 64, "Betaling"), (W - 36, "Inhouding")]
    block(sh, 14, y, W - 28, 6, (228, 228, 228))
    for x, h in cols:
        put(sh, x + 1.5, y + 1, h, f=ARIALN_B, pt=9)
    y += 7.5
    hours = e["hrs48"] * 4.33
    lines = [("Salaris", f"{hours:.2f}".replace(".", ","), k["gross"], None),
             ("Reservering vakantiegeld 8 %", "", round(k["gross"] * 0.08, 2), None),
             (f"Pensioenpremie {e.get('pension', '')}", "", None, k["pension"]),
             ("Loonheffing", "", None, k["tax"])]
    if k["travel"]:
        lines.append(("Reiskostenvergoeding (onbelast)", "", k["travel"], None))
    for d_, u, pay, ded in lines:
        put(sh, 15.5, y, d_, f=ARIALN, pt=9.4)
        put(sh, W - 90.5, y, u, f=ARIALN, pt=9.4)
        if pay is not None:
            put(sh, W - 40, y, eur(pay, False), f=ARIALN, pt=9.4, at="right")
        if ded is not None:
            put(sh, W - 15, y, eur(ded, False), f=ARIALN, pt=9.4, at="right")
        hline(sh, 14, W - 14, y + 4.8, lw=0.1, col=PALE)
        y += 6.2
    y += 3
    frame(sh, W - 80, y, 66, 11, lw=0.6)
    put(sh, W - 78, y + 1, "Netto te betalen", f=ARIALN, pt=8, col=DARK)
    put(sh, W - 16, y + 4.6, eur(k["net"]), f=ARIALN_B, pt=11.5, at="right")
    put(sh, 14, y + 2, f"Overgemaakt op {nl_iban(seedof('ib48', c.rng_seed), c.bank['code'])}", f=ARIALN, pt=8.6)
    put(sh, 14, y + 8, "verwerkt door SALARISADMINISTRATIE NOORD-WEST B.V.", f=ARIALN_B, pt=7.6, col=MID)
    hline(sh, 4, W - 4, H / 2 + 4, lw=0.3, col=LIGHT, dash=0.8)
    put(sh, 6, H / 2 + 1, "✂", f=DJ, pt=8, col=LIGHT)
    return [sh]


def guarantor(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """'Garantverklaring' of the person who pays, written on a two-part form: part 1 filled in by the guarantor
    (particulars, relation to the foreign national, the undertaking to pay the costs of stay and treatment) in
    ballpoint, signed; part 2 the EMPLOYER's statement of the guarantor's income typed in a grey framed box (employer,
    kind of contract, gross and net monthly wage), signed and stamped by the employer; the foreign national's name
    and V-number printed at the top."""
    g = c.payer or c.p
    e = post(c)
    k = wage(e["gross48"], seedof("pay48", c.rng_seed))
    hf = random.Random(c.rng_seed + 81).choice([H_ROUND, H_LEAN, H_CAPS])
    pen = random.Random(c.rng_seed + 82).choice([BLUE_BIC, BLACK_BIC])
    sh = c.new_sheet()
    W = c.page_w
    put(sh, 14, 12, "GARANTVERKLARING", f=CENT_B, pt=14)
    put(sh, 14, 19, "bij een aanvraag om een verblijfsvergunning voor medische behandeling", f=CENT_I, pt=9,
        col=DARK)
    put(sh, W - 14, 19, f"Vreemdeling: {c.p.given_names} {c.p.surname}", f=CENT, pt=9, at="right")
    put(sh, W - 14, 24, f"V-nummer: {c.vnr}", f=CENT, pt=9, at="right")
    put(sh, 14, 32, "Deel 1 - in te vullen door de garantsteller", f=CENT_B, pt=10.5)
    a = g.address or c.p.address
    rows = [("Naam en voornamen", f"{g.surname}, {g.given_names}"), ("Geboortedatum", dnum(g.birth_date, "-")),
            ("Adres", f"{a.street} {a.number}, {a.postcode} {a.city}" if a else ""),
            ("Relatie tot de vreemdeling", c.payer_relation or "-")]
    y = 38.0
    for lab, v in rows:
        put(sh, 16, y, lab, f=CENT, pt=9.4)
        hline(sh, 70, W - 16, y + 4.6, lw=0.2, col=MID, dash=0.5)
        hand(sh, 72, y - 2.4, v, rng, f=hf, pt=11, col=pen, maxw=W - 90)
        y += 8.5
    y = flow(sh, 16, y + 2, W - 32, "Ondergetekende verklaart zich garant te stellen voor de kosten van verblijf en "
             "medische behandeling van bovengenoemde vreemdeling in Nederland, zolang deze hier verblijft, en deze "
             "kosten te zullen voldoen als de vreemdeling dat zelf niet kan.", f=CENT, pt=10, lead=1.5) + 4
    put(sh, 16, y, "Plaats en datum", f=CENT, pt=9.4)
    hand(sh, 48, y - 2.4, f"{a.city if a else ''}, {dnum(before(c, rng, 8, 40), '-')}", rng, f=hf, pt=11, col=pen)
    put(sh, 110, y, "Handtekening", f=CENT, pt=9.4)
    autograph(sh, 134, y - 6, rng, w=40, h=12, col=pen)
    y += 16
    block(sh, 14, y, W - 28, 72, (238, 238, 238))
    frame(sh, 14, y, W - 28, 72, lw=0.4)
    put(sh, 17, y + 2, "Deel 2 - werkgeversverklaring over het inkomen van de garantsteller", f=CENT_B, pt=10.5)
    rows = [("Naam werkgever", e["name"]), ("Adres werkgever", f"{e['street']}, {e['pc']} {e['city']}"),
            ("In dienst sinds", dnum(e["in48"], "-")), ("Soort contract", "onbepaalde tijd"),
            ("Functie", e["fn48"]), ("Bruto loon per maand (excl. vakantiegeld)", eur(k["gross"])),
            ("Netto loon per maand", eur(k["net"]))]
    yy = y + 10
    for lab, v in rows:
        put(sh, 18, yy, lab, f=CENT, pt=9.4)
        putfit(sh, 96, yy, v, W - 114, f=COURIER_B, pt=10)
        yy += 6.8
    autograph(sh, 110, yy - 2, rng, w=34, h=10, col=BLACK_BIC)
    seal(sh, 140, yy - 10, [e["name"][:24].upper(), e["city"].upper()], rng, shape="rect", col=STAMP_BLUE, mm=36)
    return [sh]


def employer_letter(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An employer's statement ('Werkgeversverklaring') on the company's letterhead: the company's name in bold
    with a coloured square at the top LEFT and the KvK number under it, 'Aan wie het aangaat', a two-column TABLE with
    the employee's particulars and the terms of employment (contract, hours, gross monthly wage, holiday allowance,
    end-of-year bonus), a sentence that the contract is not in notice, and the HR officer's signature over the typed
    name with the company's stamp to its right."""
    e, w = post(c), earner(c)
    k = wage(e["gross48"], seedof("pay48", c.rng_seed))
    sh = c.new_sheet()
    W = c.page_w
    col = random.Random(c.rng_seed + 83).choice([(0, 110, 140), (170, 60, 20), (60, 100, 40)])
    block(sh, 14, 12, 10, 10, col)
    put(sh, 28, 12, e["name"], f=AVANT_B, pt=12)
    put(sh, 28, 18.5, f"{e['street']} · {e['pc']} {e['city']} · KvK {random.Random(c.rng_seed).randint(10000000, 99999999)}",
        f=AVANT, pt=8, col=DARK)
    put(sh, 14, 40, "Aan wie het aangaat", f=AVANT, pt=10)
    put(sh, W - 14, 40, f"{e['city']}, {dword(before(c, rng, 5, 35), 'nl')}", f=AVANT, pt=10, at="right")
    put(sh, 14, 54, "WERKGEVERSVERKLARING", f=AVANT_B, pt=13)
    rows = [("Naam werknemer", format_name(w, "given_surname")), ("Geboortedatum", dnum(w.birth_date, "-")),
            ("Functie", e["fn48"]), ("In dienst sinds", dnum(e["in48"], "-")),
            ("Arbeidsovereenkomst", "onbepaalde tijd"), ("Arbeidsduur", f"{e['hrs48']} uur per week"),
            ("Bruto maandloon", eur(k["gross"])), ("Vakantietoeslag", "8 %"),
            ("Eindejaarsuitkering", random.Random(c.rng_seed + 84).choice(["8,33 %", "geen", "4 %"]))]
    y = 64.0
    for a, v in rows:
        frame(sh, 14, y, 64, 8, lw=0.2, col=MID)
        frame(sh, 78, y, W - 92, 8, lw=0.2, col=MID)
        put(sh, 16, y + 1.8, a, f=AVANT, pt=9.4)
        putfit(sh, 80, y + 1.6, v, W - 96, f=AVANT_B, pt=10)
        y += 8
    y = flow(sh, 14, y + 8, W - 28, "Wij verklaren dat de arbeidsovereenkomst niet is opgezegd en dat er geen "
             "voornemen bestaat dit te doen. Deze verklaring is naar waarheid ingevuld.", f=AVANT, pt=10,
             lead=1.5) + 10
    autograph(sh, 14, y, rng, w=40, h=12, col=BLUE_BIC)
    put(sh, 14, y + 14, random.Random(c.rng_seed + 85).choice(["M. Bosman", "S. Yıldız", "T. van der Veen"]),
        f=AVANT_B, pt=10)
    put(sh, 14, y + 19, "HR-adviseur", f=AVANT, pt=9, col=DARK)
    seal(sh, 70, y - 2, [e["name"][:24].upper(), e["city"].upper()], rng, shape="oval", col=STAMP_VIOLET, mm=38)
    return [sh]


def bank_view(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The account's transaction list printed from internet banking: the bank's name and a coloured rule at the top,
    the account holder and IBAN in a grey box, the period, then a list of the last three months' transactions in
    rows (date, counterparty, description, amount with '+' or '-'), the monthly salary credits from the employer
    among groceries, rent and the health insurance premium; the print line and page number at the foot."""
    e, w = post(c), earner(c)
    k = wage(e["gross48"], seedof("pay48", c.rng_seed))
    b = c.bank
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    put(sh, 14, 10, b["name"], f=FSAN_B, pt=13)
    hline(sh, 14, W - 14, 17, lw=1.0, col=(0, 100, 80))
    block(sh, 14, 22, W - 28, 16, (238, 240, 240))
    put(sh, 17, 24, f"Rekeninghouder: {format_name(w, 'initials')}", f=FSAN, pt=9.4)
    put(sh, 17, 30, f"IBAN: {nl_iban(seedof('ib48', c.rng_seed), b['code'])}", f=FSAN_B, pt=9.4)
    end = c.sub - dt.timedelta(days=rng.randint(3, 10))
    start = _ind.add_months(end, -3)
    put(sh, W - 17, 24, f"Periode {dnum(start, '-')} t/m {dnum(end, '-')}", f=FSAN, pt=9, at="right")
    y = 46.0
    for x, h in [(14, "Datum"), (38, "Tegenrekening / naam"), (104, "Omschrijving"), (W - 14, "Bedrag")]:
        put(sh, x, y, h, f=FSAN_B, pt=8.6, at="right" if h == "Bedrag" else "left")
    hline(sh, 14, W - 14, y + 4.6, lw=0.3)
    y += 7
    items = []
    d = start
    while d <= end:
        if d.day == 24:
            items.append((d, e["name"], f"SALARIS {_MON_NL[d.month - 1].upper()}", k["net"]))
        if d.day == 1:
            items.append((d, "Woonstichting", "HUUR", -round(rng.uniform(620, 940), 2)))
        if d.day == 28:
            items.append((d, insurer_name(c)[:28], "PREMIE ZORGVERZEKERING", -round(rng.uniform(140, 175), 2)))
        if d.weekday() == 5:
            items.append((d, rng.choice(["Albert Heijn", "Jumbo", "Lidl", "Aldi"]), "BETAALAUTOMAAT",
                          -round(rng.uniform(18, 95), 2)))
        d += dt.timedelta(days=1)
    for d_, cp, desc, amt in sorted(items, key=lambda t: t[0], reverse=True)[:30]:
        put(sh, 14, y, dnum(d_, "-"), f=FSAN, pt=8.4)
        putfit(sh, 38, y, cp, 62, f=FSAN, pt=8.4)
        putfit(sh, 104, y, desc, W - 150, f=FSAN, pt=8.4)
        put(sh, W - 14, y, ("+" if amt > 0 else "-") + eur(abs(amt), False), f=FSAN_B if amt > 0 else FSAN, pt=8.4,
            at="right", col=(0, 110, 60) if amt > 0 else BLACK)
        hline(sh, 14, W - 14, y + 4.4, lw=0.1, col=PALE)
        y += 6.2
    put(sh, 14, H - 10, f"Afgedrukt op {dnum(c.sub - dt.timedelta(days=2), '-')} via Internet Bankieren", f=FSAN,
        pt=7, col=MID)
    put(sh, W - 14, H - 10, "1/1", f=FSAN, pt=7, col=MID, at="right")
    return [sh]


def tax_ib60(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The tax administration's income statement ('Inkomensverklaring') for the past year as downloaded from the
    tax portal: the administration's name with a small crown-shaped mark at the top LEFT, 'Inkomensverklaring 2025'
    in large type, the person's name and citizen service number, a two-column box with 'Verzamelinkomen' and the
    income per box, and a note that the statement can be checked with the reference code; no signature."""
    w = earner(c)
    e = post(c)
    k = wage(e["gross48"], seedof("pay48", c.rng_seed))
    year_income = int(k["gross"] * 12.96)
    sh = c.new_sheet()
    W = c.page_w
    emblem(sh, 14, 10, 10, "lion", col=(20, 60, 120))
    put(sh, 27, 11, "Belastingdienst", f=HELV_B, pt=12, col=(20, 60, 120))
    put(sh, 14, 34, "Inkomensverklaring 2025", f=HELV_B, pt=18)
    put(sh, 14, 44, "Verklaring van uw inkomen over het jaar 2025", f=HELV, pt=10, col=DARK)
    rows = [("Naam", format_name(w, "initials")), ("Geboortedatum", dnum(w.birth_date, "-")),
            ("Burgerservicenummer", _ind.bsn(random.Random(c.rng_seed + 86))),
            ("Datum verklaring", dnum(c.sub - dt.timedelta(days=rng.randint(10, 60)), "-"))]
    y = 56.0
    for a, v in rows:
        put(sh, 14, y, a, f=HELV, pt=9.6)
        put(sh, 70, y, v, f=HELV_B, pt=9.6)
        y += 6.4
    frame(sh, 14, y + 6, W - 28, 44, lw=0.5, col=(20, 60, 120))
    put(sh, 18, y + 9, "Verzamelinkomen 2025", f=HELV_B, pt=11)
    put(sh, W - 18, y + 9, eur(float(year_income)), f=HELV_B, pt=13, at="right")
    for i, (a, v) in enumerate([("Box 1: inkomen uit werk en woning", eur(float(year_income))),
                                ("Box 2: inkomen uit aanmerkelijk belang", eur(0.0)),
                                ("Box 3: inkomen uit sparen en beleggen", eur(0.0))]):
        put(sh, 18, y + 19 + i * 7, a, f=HELV, pt=9.4)
        put(sh, W - 18, y + 19 + i * 7, v, f=HELV, pt=9.4, at="right")
    flow(sh, 14, y + 60, W - 28, f"Deze verklaring is gebaseerd op de gegevens die bij ons bekend zijn op de datum "
         f"hierboven. U kunt de echtheid controleren met de code {random.Random(c.rng_seed + 87).randint(100000, 999999)}"
         f"-{random.Random(c.rng_seed + 88).randint(1000, 9999)} op belastingdienst.nl.", f=HELV, pt=9, lead=1.45,
         col=DARK)
    return [sh]


_r("guarantor-garantverklaring-deel1-pen-deel2-werkgever-grijs-48", "income-proof", "nl", guarantor,
   "guarantor's undertaking by hand with the employer's statement of income in a grey box")
_r("payslip-loonstrook-bovenhelft-perforatie-celraster-48", "income-proof", "nl", payslip,
   "payroll bureau's payslip on the upper half of the sheet with a tear line")
_r("werkgeversverklaring-briefhoofd-tabel-hr-stempel-48", "income-proof", "nl", employer_letter,
   "employer's statement on letterhead with a table")
_r("bank-transactielijst-internetbankieren-drie-maanden-48", "income-proof", "nl", bank_view,
   "internet-banking transaction list with the salary credits")
_r("tax-inkomensverklaring-2025-portaal-48", "income-proof", "nl", tax_ib60,
   "tax administration's income statement downloaded from the portal")


# =========================================================================== medical statements

def ms_questions(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """'Verklaring behandelend arts' on the lawyer's question list, TYPED by the specialist's secretary into a
    two-column table: the question in the LEFT cell in small grey type, the answer in the right cell (diagnosis,
    treatment, since when, where, how much longer, what if it stops, can it be given in the country of origin); the
    patient's name, birth date and V-number in a box at the top; the specialist's signature over the typed name and
    BIG number at the foot, with the department's oval stamp beside it."""
    h = c.hospital
    g, s = physician(c, "spec")
    sh = c.new_sheet()
    W = c.page_w
    put(sh, 14, 12, "VERKLARING BEHANDELEND ARTS", f=DJ_B, pt=13)
    put(sh, 14, 19, "ten behoeve van een aanvraag bij de IND", f=DJ, pt=8.6, col=DARK)
    frame(sh, W - 90, 18, 76, 22, lw=0.3)
    for i, (a, v) in enumerate([("Patiënt", c.name("given_surname")), ("Geboren", dnum(c.p.birth_date, "-")),
                                ("V-nummer", c.vnr)]):
        put(sh, W - 88, 20 + i * 6.4, a, f=DJ, pt=7.8, col=MID)
        putfit(sh, W - 66, 19.8 + i * 6.4, v, 50, f=DJ_B, pt=9)
    qs = [("Wat is de diagnose?", c.med.get("dx", "")),
          ("Welke behandeling krijgt patiënt?", c.med.get("tx", "")),
          ("Waar wordt patiënt behandeld?", f"{h['name']}, {c.med.get('spec', '')}, {h['city']}"),
          ("Sinds wanneer?", dword(treat_start(c), "nl")),
          ("Hoe lang is de behandeling nog nodig?", how_long(c)),
          ("Wat gebeurt er als de behandeling stopt?", c.med.get("stop", "")),
          ("Kan de behandeling in het land van herkomst worden gegeven?",
           "Voor zover ons bekend is deze behandeling daar niet beschikbaar of voor patiënt niet toegankelijk.")]
    y = 48.0
    for q, a in qs:
        n = max(1, len(lines_of(sh, a, W - 92, DJ, 9.6)))
        hh = max(10.0, n * 4.7 + 3)
        frame(sh, 14, y, 64, hh, lw=0.25, col=MID)
        frame(sh, 78, y, W - 92, hh, lw=0.25, col=MID)
        flow(sh, 16, y + 1.4, 60, q, f=DJ, pt=8.4, lead=1.25, col=DARK)
        flow(sh, 80, y + 1.4, W - 96, a, f=DJ, pt=9.6, lead=1.35)
        y += hh
    y += 12
    put(sh, 14, y, f"{h['city']}, {dnum(before(c, rng, 5, 40), '-')}", f=DJ, pt=9.6)
    autograph(sh, 14, y + 5, rng, w=40, h=12, col=BLUE_BIC)
    put(sh, 14, y + 19, f"{g} {s}, {c.med.get('doc_title', 'medisch specialist')}", f=DJ_B, pt=9.6)
    put(sh, 14, y + 24, f"BIG-nummer {big_no(c, 'spec')}", f=DJ, pt=8.6, col=DARK)
    seal(sh, 96, y + 4, [h["short"].upper()[:20], c.med.get("spec", "")[:22].upper(), h["city"].upper()], rng,
         shape="oval", col=STAMP_BLUE, mm=40)
    return [sh]


def ms_prose(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A specialist's letter to the patient's lawyer in running PROSE, two paragraphs and a conclusion, on the
    hospital's letterhead (a coloured vertical band down the LEFT edge carrying the hospital's name turned upright,
    the address in small type at the top RIGHT): 'Geachte mr. ...', the diagnosis, the treatment and its necessity,
    the expected duration in its own paragraph, the patient's birth date and V-number in the reference line; signed
    with the typed name and the department under the signature."""
    h = c.hospital
    g, s = physician(c, "spec")
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    block(sh, 0, 0, 12, H, h["color"])
    img = Image.new("RGBA", (1400, 90), (0, 0, 0, 0))
    from .paper import _pil_font  # the paper module's own font cache
    ImageDraw.Draw(img).text((10, 10), h["name"].upper(), font=_pil_font(HELV_B, 60), fill=(255, 255, 255, 255))
    img = img.rotate(90, expand=True)
    sh.image(2.5, 40, 7, 108, img)
    for i, t_ in enumerate([h["street"], f"{h['pc']} {h['city']}", h["web"]]):
        put(sh, W - 14, 18 + i * 4.4, t_, f=HELV, pt=8, at="right", col=DARK)
    lw = c.lawyer or {"firm": "", "street": "", "pc": "", "city": ""}
    for i, t_ in enumerate([c.lawyer_name or "de advocaat van patiënt", lw["firm"], lw["street"],
                            f"{lw['pc']} {lw['city']}"]):
        put(sh, 24, 36 + i * 5, t_, f=HELV, pt=10)
    d0 = before(c, rng, 6, 45)
    put(sh, 24, 64, f"{h['city']}, {dword(d0, 'nl')}", f=HELV, pt=10)
    put(sh, 24, 72, f"Betreft: {c.name('SURNAME, Given')}, geboren {dnum(c.p.birth_date, '-')}, V-nr. {c.vnr}",
        f=HELV_B, pt=shrink(f"Betreft: {c.name('SURNAME, Given')}, geboren {dnum(c.p.birth_date, '-')}, V-nr. {c.vnr}",
                           W - 40, HELV_B, 10))
    body = (f"Geachte {c.lawyer_name or 'heer, mevrouw'},\n\nOp verzoek van uw cliënt{'e' if c.p.sex == 'F' else ''} "
            f"bericht ik u het volgende. Patiënt is bij ons bekend met {c.med.get('dx', '')} en wordt sinds "
            f"{dword(treat_start(c), 'nl')} op onze afdeling {c.med.get('spec', '')} behandeld met "
            f"{c.med.get('tx', '')}. Deze behandeling is medisch noodzakelijk. {c.med.get('stop', '')}\n\n"
            f"{how_long(c)} {payer_text(c)}\n\nIk vertrouw erop u hiermee voldoende te hebben geïnformeerd.")
    y = flow(sh, 24, 84, W - 40, body, f=HELV, pt=10.5, lead=1.55, al="justify") + 8
    put(sh, 24, y, "Met vriendelijke groet,", f=HELV, pt=10.5)
    autograph(sh, 24, y + 5, rng, w=42, h=13, col=INK_ROYAL)
    put(sh, 24, y + 20, f"{g} {s}", f=HELV_B, pt=10)
    put(sh, 24, y + 25, f"{c.med.get('doc_title', '')}, afdeling {c.med.get('spec', '')}", f=HELV, pt=9, col=DARK)
    return [sh]


def ms_english(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An English 'To whom it may concern' letter from the hospital's international patient service, typed in Caladea:
    the hospital's name in small capitals centred over a thin rule, 'Re:' with the patient's name, date of birth and
    V-number, four short paragraphs (diagnosis, treatment, necessity, expected duration), and the consultant's
    signature at the RIGHT above the typed name and registration number."""
    h = c.hospital
    g, s = physician(c, "spec")
    sh = c.new_sheet()
    W = c.page_w
    put(sh, W / 2, 12, " ".join(h["name"].upper()), f=CAMB_B, pt=10, at="center")
    hline(sh, 40, W - 40, 18, lw=0.3)
    put(sh, W / 2, 20, f"International Patient Service · {h['city']}, the Netherlands", f=CAMB_I, pt=8.6,
        at="center", col=DARK)
    d0 = before(c, rng, 6, 45)
    put(sh, W - 16, 34, dword(d0, "en"), f=CAMB, pt=10, at="right")
    put(sh, 16, 42, "To whom it may concern", f=CAMB, pt=10.5)
    y = flow(sh, 16, 52, W - 32, f"Re: {c.p.given_names} {c.p.surname}, born {dnum(c.p.birth_date, '/')}, V-number "
             f"{c.vnr}", f=CAMB_B, pt=10.5, lead=1.4) + 5
    for t_ in [f"The above patient is under our care for {c.med.get('dx_en', '')}.",
               f"The current treatment consists of {c.med.get('tx_en', '')}. It is provided by our department of "
               f"{c.med.get('spec_en', '')} and started on {dword(treat_start(c), 'en')}.",
               f"The treatment is medically necessary. {c.med.get('stop_en', '')}",
               how_long(c, "en") + " " + payer_text(c, "en")]:
        y = flow(sh, 16, y, W - 32, t_, f=CAMB, pt=10.5, lead=1.55, al="justify") + 4
    y += 8
    autograph(sh, W - 70, y, rng, w=42, h=13, col=BLUE_BIC)
    put(sh, W - 16, y + 15, f"Dr {g} {s}", f=CAMB_B, pt=10, at="right")
    put(sh, W - 16, y + 20, f"{c.med.get('doc_en', 'consultant')}, BIG {big_no(c, 'spec')}", f=CAMB, pt=9,
        at="right", col=DARK)
    return [sh]


_r("medstat-verklaring-behandelend-arts-vragentabel-getypt-ovaalstempel-48", "medical-statement", "nl",
   ms_questions, "treating physician's statement typed into the lawyer's question table")
_r("medstat-brief-advocaat-proza-verticale-kleurband-48", "medical-statement", "nl", ms_prose,
   "specialist's prose letter to the lawyer with a vertical colour band")
_r("medstat-to-whom-it-may-concern-engels-kleinkapitaal-48", "medical-statement", "en", ms_english,
   "English letter of the international patient service")


# =========================================================================== care institution

def care_statement(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The hospital's 'Verklaring zorginstelling' on a one-page form of the hospital's patient administration: numbered
    statements each with a typed 'ja' in a box at the RIGHT (the hospital has the expertise, has room, has accepted the
    patient, treatment starts or started on ...), the estimated yearly costs and who pays in a framed line, and the
    medical director's signature and the hospital's round stamp at the foot."""
    h = c.hospital
    start, _end = _ind._care_dates(c)
    sh = c.new_sheet()
    W = c.page_w
    put(sh, 14, 12, h["name"], f=NROM_B, pt=12.5, col=h["color"])
    put(sh, 14, 18.5, "Patiëntenadministratie", f=NROM_I, pt=9, col=DARK)
    put(sh, 14, 34, "VERKLARING ZORGINSTELLING", f=NROM_B, pt=13)
    put(sh, 14, 41, f"betreft: {c.name('given_surname')}, geboren {dnum(c.p.birth_date, '-')}", f=NROM, pt=10)
    stmts = [f"{h['name']} beschikt over de specialistische kennis en de voorzieningen voor de behandeling van "
             f"patiënt ({c.med.get('tx_short', '')}).",
             "Er is plaats om patiënt te behandelen.",
             "Patiënt is voor deze behandeling aangenomen.",
             f"De behandeling {'start' if start > c.sub else 'is gestart'} op {dword(start, 'nl')}."]
    y = 54.0
    for i, t_ in enumerate(stmts, 1):
        put(sh, 14, y, f"{i}.", f=NROM_B, pt=10.5)
        y2 = flow(sh, 22, y, W - 60, t_, f=NROM, pt=10.5, lead=1.45)
        frame(sh, W - 30, y - 1, 14, 7, lw=0.3)
        put(sh, W - 23, y - 0.2, "ja", f=COURIER_B, pt=10, at="center")
        y = max(y2, y + 8) + 3
    frame(sh, 14, y + 4, W - 28, 22, lw=0.4)
    put(sh, 17, y + 6, f"Geraamde kosten per jaar: {eur(float(c.med.get('cost', 20000)))}", f=NROM_B, pt=10.5)
    flow(sh, 17, y + 13, W - 34, payer_text(c), f=NROM, pt=10, lead=1.35)
    y += 36
    put(sh, 14, y, f"{h['city']}, {dnum(before(c, rng, 4, 30), '-')}", f=NROM, pt=10)
    autograph(sh, 14, y + 6, rng, w=40, h=12, col=BLUE_BIC)
    put(sh, 14, y + 20, random.Random(c.rng_seed + 91).choice(["dr. J.P. Mulder", "dr. A. Çelik", "dr. H. Visser"]),
        f=NROM_B, pt=10)
    put(sh, 14, y + 25, "medisch directeur", f=NROM, pt=9, col=DARK)
    seal(sh, 80, y + 2, [h["short"].upper(), "PATIËNTENADMINISTRATIE", h["city"].upper()], rng, col=STAMP_BLUE, mm=30)
    return [sh]


def care_plan(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A 'Behandelplan en kostenraming' from the hospital's financial department: the hospital's logo square and name at
    the top RIGHT, the patient and the V-number at the LEFT, a table of the planned care (item, frequency, unit price,
    amount per year) with a bold total row, a sentence that the patient is accepted and when treatment starts, and
    the name of the care coordinator with a signature; a grey footer with the hospital's details."""
    h = c.hospital
    start, _end = _ind._care_dates(c)
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    block(sh, W - 30, 17, 16, 16, h["color"])
    put(sh, W - 22, 21, h["short"][:3].upper(), f=ARIAL_B, pt=9, col=(255, 255, 255), at="center")
    put(sh, W - 34, 19, h["name"], f=ARIAL_B, pt=10, at="right")
    put(sh, W - 34, 24.5, "Financiële administratie", f=ARIAL, pt=8.4, at="right", col=DARK)
    put(sh, 14, 36, "Behandelplan en kostenraming", f=ARIAL_B, pt=14)
    put(sh, 14, 44, f"Patiënt: {c.name('SURNAME, Given')} · geb. {dnum(c.p.birth_date, '-')} · V-nr. {c.vnr}",
        f=ARIAL, pt=9.4)
    total = float(c.med.get("cost", 20000))
    parts = [(c.med.get("tx_short", "behandeling"), "volgens schema", 0.68), ("Poliklinische controles", "maandelijks",
                                                                             0.12),
             ("Laboratoriumonderzoek", "per 3 maanden", 0.08), ("Medicatie", "doorlopend", 0.12)]
    y = 56.0
    cols = [(14, "Onderdeel"), (92, "Frequentie"), (W - 14, "Bedrag per jaar")]
    block(sh, 14, y, W - 28, 7, (230, 232, 236))
    for x, t_ in cols:
        put(sh, x + (0 if t_ != "Bedrag per jaar" else -2), y + 1.5, t_, f=ARIAL_B, pt=9,
            at="right" if t_ == "Bedrag per jaar" else "left")
    y += 9
    for name, freq, share in parts:
        putfit(sh, 15, y, name, 74, f=ARIAL, pt=9.4)
        put(sh, 92, y, freq, f=ARIAL, pt=9.4)
        put(sh, W - 16, y, eur(round(total * share, 2)), f=ARIAL, pt=9.4, at="right")
        hline(sh, 14, W - 14, y + 5, lw=0.1, col=PALE)
        y += 7
    hline(sh, 14, W - 14, y, lw=0.5)
    put(sh, 15, y + 2, "Totaal", f=ARIAL_B, pt=10)
    put(sh, W - 16, y + 2, eur(total), f=ARIAL_B, pt=10, at="right")
    y = flow(sh, 14, y + 14, W - 28, f"Patiënt is door ons aangenomen voor deze behandeling; wij hebben de expertise en "
             f"de capaciteit. Aanvang behandeling: {dword(start, 'nl')}. {payer_text(c)}", f=ARIAL, pt=10,
             lead=1.5) + 10
    autograph(sh, 14, y, rng, w=40, h=12, col=BLACK_BIC)
    put(sh, 14, y + 14, random.Random(c.rng_seed + 92).choice(["L. Hofman", "R. Benali", "C. de Jong"]) +
        ", zorgcoördinator", f=ARIAL, pt=9.6)
    block(sh, 0, H - 16, W, 16, (236, 236, 236))
    put(sh, 14, H - 11, f"{h['name']} · {h['street']} · {h['pc']} {h['city']} · {h['web']}", f=ARIAL, pt=7.6,
        col=DARK)
    return [sh]


def care_acceptance_en(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An English 'Letter of acceptance' from the hospital's international office, addressed to the patient, in Carlito:
    the hospital's name at the top LEFT with a thin coloured rule running to the right edge, a bold subject line,
    three paragraphs (expertise and capacity, acceptance and start date, costs and payment) and the signature of the
    international office manager at the LEFT with the typed name."""
    h = c.hospital
    start, _end = _ind._care_dates(c)
    sh = c.new_sheet()
    W = c.page_w
    put(sh, 14, 12, h["name"], f=CALIB_B, pt=13)
    hline(sh, 14 + wid(h["name"], CALIB_B, 13) + 3, W, 15, lw=0.6, col=h["color"])
    put(sh, 14, 19, f"International Office · {h['street']}, {h['pc']} {h['city']}", f=CALIB, pt=8.6, col=DARK)
    a1, a2 = street_city(c.p)
    for i, t_ in enumerate([f"{c.p.given_names} {c.p.surname}", a1, a2]):
        put(sh, 14, 36 + i * 5, t_, f=CALIB, pt=10.5)
    put(sh, W - 14, 36, dword(before(c, rng, 4, 30), "en"), f=CALIB, pt=10.5, at="right")
    put(sh, 14, 62, "Letter of acceptance for medical treatment", f=CALIB_B, pt=12)
    y = 72.0
    for t_ in [f"Our hospital has the specialist expertise, the facilities and the capacity to provide "
               f"{c.med.get('tx_en', '')} for {c.med.get('dx_en', '')}.",
               f"We have accepted you, {c.p.given_names} {c.p.surname} (born {dnum(c.p.birth_date, '/')}), for this "
               f"treatment. Treatment {'will start' if start > c.sub else 'started'} on {dword(start, 'en')}.",
               f"The estimated cost is {eur(float(c.med.get('cost', 20000)))} per year. " + payer_text(c, "en")]:
        y = flow(sh, 14, y, W - 28, t_, f=CALIB, pt=11, lead=1.55) + 4
    y += 8
    put(sh, 14, y, "Kind regards,", f=CALIB, pt=11)
    autograph(sh, 14, y + 5, rng, w=40, h=12, col=BLUE_BIC)
    put(sh, 14, y + 19, random.Random(c.rng_seed + 93).choice(["Marloes Kamp", "Daan Wolters", "Priya Ramsaran"]),
        f=CALIB_B, pt=10.5)
    put(sh, 14, y + 24, "Manager, International Office", f=CALIB, pt=9.6, col=DARK)
    return [sh]


_r("care-verklaring-zorginstelling-genummerd-ja-vakjes-rond-stempel-48", "care-institution-statement", "nl",
   care_statement, "hospital's statement with numbered statements ticked 'ja'")
_r("care-behandelplan-kostenraming-tabel-grijze-voet-48", "care-institution-statement", "nl", care_plan,
   "treatment plan and cost estimate with a table")
_r("care-letter-of-acceptance-engels-kleurlijn-48", "care-institution-statement", "en", care_acceptance_en,
   "English letter of acceptance of the international office")


# =========================================================================== health insurance

def pol_no(c: Case, pre: str = "") -> str:
    r = random.Random(seedof("pol48", c.rng_seed, pre))
    return pre + "".join(str(r.randint(0, 9)) for _ in range(9))


def polis(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A Dutch health insurer's policy sheet ('Polisblad 2026') in the window-envelope format: the insurer's name
    and a round mark at the top RIGHT, the policy holder's address in the window at the LEFT, 'Uw polis' with the
    policy and relation numbers in a row of three grey cells, then a table of the insured (name, birth date, basic
    cover, supplementary cover, start date), the yearly deductible and a line that the basic cover includes hospital
    care and medicines; the insurer's postal address in the footer."""
    ins = c.insurer_nl
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    ring = Image.new("RGBA", (120, 120), (0, 0, 0, 0))
    ImageDraw.Draw(ring).ellipse([4, 4, 116, 116], fill=ins["color"] + (255,))
    sh.image(W - 30, 18, 14, 14, ring)
    put(sh, W - 33, 20, ins["name"], f=FSAN_B, pt=shrink(ins["name"], 100, FSAN_B, 11), at="right")
    put(sh, W - 33, 26, ins["post"], f=FSAN, pt=8, at="right", col=DARK)
    a1, a2 = street_city(c.p)
    for i, t_ in enumerate([c.name("initials"), a1, a2]):
        put(sh, 22, 46 + i * 5, t_, f=FSAN, pt=10)
    put(sh, 14, 76, "Uw polis 2026", f=FSAN_B, pt=15)
    for i, (a, v) in enumerate([("Polisnummer", pol_no(c)), ("Relatienummer", pol_no(c, "R")),
                                ("UZOVI", ins["uzovi"])]):
        x = 14 + i * ((W - 28) / 3)
        block(sh, x, 86, (W - 28) / 3 - 2, 14, (236, 236, 238))
        put(sh, x + 2, 88, a, f=FSAN, pt=8, col=DARK)
        put(sh, x + 2, 93, v, f=FSAN_B, pt=10.5)
    start = D(2026, 1, 1) if (c.since and c.since.year < 2026) else c.sub - dt.timedelta(
        days=random.Random(c.rng_seed + 94).randint(30, 240))
    y = 110.0
    heads = [(14, "Verzekerde"), (70, "Geboren"), (96, "Basisverzekering"), (138, "Aanvullend"), (W - 14, "Vanaf")]
    for x, t_ in heads:
        put(sh, x, y, t_, f=FSAN_B, pt=8.8, at="right" if t_ == "Vanaf" else "left")
    hline(sh, 14, W - 14, y + 5, lw=0.4)
    y += 8
    putfit(sh, 14, y, f"{c.p.given_names} {c.p.surname}", 54, f=FSAN, pt=9.4)
    put(sh, 70, y, dnum(c.p.birth_date, "-"), f=FSAN, pt=9.4)
    put(sh, 96, y, f"{ins['short']} Basis Natura", f=FSAN, pt=9.4)
    put(sh, 138, y, random.Random(c.rng_seed + 95).choice(["geen", "Aanvullend 1", "Tand Basis"]), f=FSAN, pt=9.4)
    put(sh, W - 14, y, dnum(start, "-"), f=FSAN, pt=9.4, at="right")
    y += 14
    flow(sh, 14, y, W - 28, "Uw verplicht eigen risico is € 385 per jaar. De basisverzekering dekt onder meer "
         "medisch-specialistische zorg, ziekenhuisopname en geneesmiddelen volgens de Zorgverzekeringswet.", f=FSAN,
         pt=10, lead=1.5)
    put(sh, W / 2, H - 14, f"{ins['name']} · {ins['post']}", f=FSAN, pt=7.4, at="center", col=MID)
    return [sh]


def cover_cert(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An international health insurer's 'CERTIFICATE OF COVER' in English: a full-width coloured band a little under
    the top edge with the insurer's name and the plan, the certificate number at the RIGHT under it, the insured's
    data as a list of 'label ..... value' lines with dotted leaders, a framed paragraph confirming in-patient and
    out-patient cover in the Netherlands including the pre-existing condition, the claims manager's signature at the
    LEFT and a square code at the lower RIGHT; laid out to the page's own size."""
    ins = dict(c.insurer_intl)
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    block(sh, 0, 16, W, 26, ins["color"])
    put(sh, 14, 22, ins["name"], f=HELV_B, pt=shrink(ins["name"], W - 28, HELV_B, 14), col=(255, 255, 255))
    put(sh, 14, 30, ins.get("plan", ""), f=HELV, pt=9.4, col=(235, 240, 245))
    put(sh, 14, 35, ins["addr"], f=HELV, pt=7.4, col=(220, 228, 236))
    put(sh, 14, 50, "CERTIFICATE OF COVER", f=HELV_B, pt=16)
    put(sh, W - 14, 52, f"No. {pol_no(c, 'CC')}", f=HELV, pt=9.6, at="right", col=DARK)
    start = c.sub - dt.timedelta(days=random.Random(c.rng_seed + 96).randint(15, 200))
    rows = [("Insured person", f"{c.p.given_names} {c.p.surname}"), ("Date of birth", dnum(c.p.birth_date, "/")),
            ("Nationality", PC.get(c.p.nationality, {}).get("en", "")), ("Plan", ins.get("plan", "")),
            ("Period of cover", f"{dnum(start, '/')} - {dnum(_ind.add_years(start, 1) - dt.timedelta(days=1), '/')}"),
            ("Territory", "Worldwide including the Netherlands")]
    y = 64.0
    for a, v in rows:
        put(sh, 14, y, a, f=HELV, pt=10)
        x0 = 14 + wid(a, HELV, 10) + 1.5
        hline(sh, x0, 76, y + 3.8, lw=0.2, col=LIGHT, dash=0.4)
        putfit(sh, 78, y, v, W - 92, f=HELV_B, pt=10)
        y += 7.2
    frame(sh, 14, y + 6, W - 28, 36, lw=0.5, col=ins["color"])
    flow(sh, 18, y + 10, W - 36, f"This certifies that the insured person is covered for in-patient and out-patient "
         f"medical treatment in the Netherlands. The pre-existing condition ({c.med.get('dx_en', 'as declared')}) is "
         f"covered without waiting period. Hospital invoices are settled directly with the provider.", f=HELV,
         pt=10.5, lead=1.5)
    y += 56
    autograph(sh, 14, y, rng, w=40, h=12, col=INK_ROYAL)
    put(sh, 14, y + 14, random.Random(c.rng_seed + 97).choice(["Helen Marsh", "Kofi Mensah", "Lucia Ortega"]) +
        ", Claims Manager", f=HELV, pt=9.6)
    qr(sh, W - 40, H - 50, 24, f"{c.vnr}{ins['name']}")
    return [sh]


def travel_de(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A German insurer's 'Versicherungsbestätigung' for long-stay health insurance abroad, in German: the insurer's
    name in a slim grey band, the address block, a subject line in bold, the confirmation in two paragraphs (covered
    person, period, the Netherlands as country of stay, treatment of the known illness included), a small table of
    the tariff and the deductible, and the printed signature of the service department ('Dieses Schreiben wurde
    maschinell erstellt')."""
    name = _ind._travel_name(c)
    sh = c.new_sheet()
    W = c.page_w
    block(sh, 0, 16, W, 10, (226, 226, 228))
    put(sh, 14, 18, name, f=DJS_B, pt=shrink(name, W - 28, DJS_B, 12))
    a1, a2 = street_city(c.p)
    for i, t_ in enumerate([f"{'Herrn' if c.p.sex == 'M' else 'Frau'} {c.p.given_names} {c.p.surname}", a1, a2,
                            "NIEDERLANDE"]):
        put(sh, 20, 40 + i * 5, t_, f=DJS, pt=10)
    put(sh, W - 14, 40, dword(before(c, rng, 10, 60), "de"), f=DJS, pt=10, at="right")
    put(sh, 14, 72, f"Versicherungsbestätigung - Vertrag {pol_no(c, 'AK-')}", f=DJS_B, pt=11)
    start = c.sub - dt.timedelta(days=random.Random(c.rng_seed + 98).randint(20, 200))
    y = flow(sh, 14, 82, W - 28, f"Sehr geehrte{'r Herr' if c.p.sex == 'M' else ' Frau'} {c.p.surname},\n\nhiermit "
             f"bestätigen wir, dass Sie seit dem {dword(start, 'de')} bei uns für die Dauer Ihres Aufenthalts in den "
             f"Niederlanden krankenversichert sind. Der Versicherungsschutz umfasst ambulante und stationäre "
             f"Heilbehandlung einschließlich der Behandlung der bekannten Vorerkrankung ({c.med.get('dx', '')}).",
             f=DJS, pt=10, lead=1.5) + 6
    for a, v in [("Tarif", "AKV Langzeit Plus"), ("Selbstbehalt", "0 EUR"), ("Geltungsbereich", "Niederlande"),
                 ("Beitrag", f"{random.Random(c.rng_seed + 99).randint(180, 420)} EUR monatlich")]:
        frame(sh, 14, y, 60, 7, lw=0.2, col=MID)
        frame(sh, 74, y, W - 88, 7, lw=0.2, col=MID)
        put(sh, 16, y + 1.4, a, f=DJS, pt=9)
        put(sh, 76, y + 1.4, v, f=DJS_B, pt=9.4)
        y += 7
    y = flow(sh, 14, y + 8, W - 28, "Mit freundlichen Grüßen\nIhr Kundenservice Auslandsversicherung", f=DJS, pt=10,
             lead=1.5)
    put(sh, 14, y + 4, "Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig.", f=DJS_I,
        pt=8.4, col=DARK)
    return [sh]


CERT = "intl-certificate-of-cover-kleurkop-stippellijnen-kader-qr-48"
_r("polisblad-2026-vensterenvelop-drie-grijze-cellen-tabel-48", "health-insurance", "nl", polis,
   "Dutch insurer's policy sheet with three grey cells and a table")
_r(CERT, "health-insurance", "en", cover_cert, "international insurer's certificate of cover with a coloured head")
_r("travel-versicherungsbestaetigung-grijze-band-tarieftabel-48", "health-insurance", "de", travel_de,
   "German long-stay insurer's confirmation with a tariff table")


# =========================================================================== civic integration

def exam_day(c: Case, rng: random.Random) -> D:
    lo = (c.since or D(2021, 5, 1)) + dt.timedelta(days=400)
    hi = c.sub - dt.timedelta(days=45)
    if lo >= hi:
        lo = hi - dt.timedelta(days=280)
    return D.fromordinal(rng.randint(lo.toordinal(), hi.toordinal()))


def duo_diploma(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The civic-integration diploma in LANDSCAPE on its own sheet: a very large pale 'B1' watermark behind the text,
    a thin orange frame, the lion mark and 'Dienst Uitvoering Onderwijs' at the top LEFT, 'DIPLOMA INBURGERING'
    centred in spaced capitals, the holder's name in Century italic, birth date and country, the exam parts passed
    listed in one centred line, the date of issue and the diploma number, and the director's printed signature at the
    lower RIGHT; a square verification code at the lower LEFT."""
    d0 = exam_day(c, rng)
    W, H = 297.0, 210.0
    sh = Sheet(W, H)
    put(sh, W / 2, 40, "B1", f=HELV_B, pt=260, at="center", col=(245, 240, 232))
    frame(sh, 10, 10, W - 20, H - 20, lw=1.0, col=(230, 120, 30))
    emblem(sh, 18, 16, 12, "lion", col=(20, 60, 120))
    put(sh, 33, 18, "Dienst Uitvoering Onderwijs", f=HELV_B, pt=10)
    put(sh, 33, 23, "Ministerie van Onderwijs, Cultuur en Wetenschap", f=HELV, pt=8, col=DARK)
    put(sh, W / 2, 48, "DIPLOMA INBURGERING", f=CENT_B, pt=22, at="center", sp=3)
    put(sh, W / 2, 70, f"{c.p.given_names} {c.p.surname}", f=CENT_I, pt=22, at="center")
    put(sh, W / 2, 84, f"geboren op {dword(c.p.birth_date, 'nl')} in {land_nl(c.p)}", f=CENT, pt=11, at="center")
    put(sh, W / 2, 98, "heeft de examens behaald voor:", f=CENT, pt=11, at="center")
    put(sh, W / 2, 106, "Lezen · Luisteren · Schrijven · Spreken · Kennis van de Nederlandse Maatschappij",
        f=CENT_B, pt=11, at="center")
    put(sh, W / 2, 122, "en heeft daarmee voldaan aan de inburgeringsplicht.", f=CENT, pt=11, at="center")
    r = random.Random(seedof("dip48", c.rng_seed))
    put(sh, 60, 150, f"Datum: {dnum(d0, '-')}", f=CENT, pt=10)
    put(sh, 60, 156, f"Diplomanummer: {r.randint(10000000, 99999999)}", f=CENT, pt=10)
    put(sh, 60, 162, f"V-nummer: {c.vnr}", f=CENT, pt=10)
    autograph(sh, W - 96, 146, rng, w=52, h=14, col=(30, 30, 40))
    hline(sh, W - 100, W - 36, 163, lw=0.3)
    put(sh, W - 68, 165, "de directeur van DUO", f=CENT_I, pt=9.4, at="center")
    qr(sh, 24, 148, 26, f"{c.vnr}dip")
    return [c.intr(sh)]


def duo_exemption(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """DUO's decision exempting the person from the civic-integration requirement, as a letter with a RIGHT-HAND
    reference column (contact details, date, reference, V-number) and the window address at the LEFT: the subject
    'Besluit ontheffing inburgeringsplicht', the decision sentence in bold, the reasons as numbered paragraphs, and a
    grey box at the foot headed 'Niet eens met dit besluit?' with the six-week objection period."""
    d0 = exam_day(c, rng)
    sh = c.new_sheet()
    W = c.page_w
    emblem(sh, 14, 10, 12, "lion", col=(20, 60, 120))
    put(sh, 30, 12, "Dienst Uitvoering Onderwijs", f=HELV_B, pt=10)
    a1, a2 = street_city(c.p)
    put(sh, 14, 40, "Retouradres Postbus 30205 2500 GE Den Haag", f=HELV, pt=6.6, col=MID)
    for i, t_ in enumerate([c.name("initials"), a1, a2]):
        put(sh, 14, 46 + i * 5, t_, f=HELV, pt=10)
    x = W - 56
    for i, (a, v) in enumerate([("Contact", "www.inburgeren.nl"), ("Datum", dword(d0, "nl")),
                                ("Kenmerk", f"ONT-{rng.randint(1000000, 9999999)}"), ("V-nummer", c.vnr)]):
        put(sh, x, 40 + i * 10, a, f=HELV_B, pt=7.6, col=(20, 60, 120))
        put(sh, x, 44 + i * 10, v, f=HELV, pt=9)
    put(sh, 14, 86, "Besluit ontheffing inburgeringsplicht", f=HELV_B, pt=12)
    y = flow(sh, 14, 96, W - 80, "U krijgt ontheffing van de inburgeringsplicht. U hoeft het inburgeringsexamen niet "
             "meer te doen.", f=HELV_B, pt=10.5, lead=1.5) + 5
    for i, t_ in enumerate(["U hebt een medische beperking waardoor u het examen blijvend niet kunt halen.",
                            "Dit blijkt uit het advies van de arts van de keuringsinstantie die wij hebben "
                            "ingeschakeld.",
                            "Wij nemen dit besluit op grond van de Wet inburgering."], 1):
        put(sh, 14, y, f"{i}.", f=HELV, pt=10)
        y = flow(sh, 21, y, W - 87, t_, f=HELV, pt=10, lead=1.5) + 2
    block(sh, 14, y + 10, W - 28, 22, (234, 234, 236))
    put(sh, 17, y + 12, "Niet eens met dit besluit?", f=HELV_B, pt=10)
    flow(sh, 17, y + 18, W - 34, "Dan kunt u binnen 6 weken na de datum van deze brief bezwaar maken bij DUO.", f=HELV,
         pt=9.4, lead=1.4)
    return [c.intr(sh)]


def duo_results(c: Case, rng: random.Random, *, failed: bool = False, **_) -> list[Sheet]:
    """DUO's letter with the results of the civic-integration exam ('Uitslag inburgeringsexamen'): DUO's heading at
    the top LEFT, the window address, the reference column at the RIGHT with the V-number, then for every exam part a
    row of small cells (part, exam date, result 'behaald' / 'niet behaald' in a coloured pill), and a closing
    paragraph saying whether all parts are passed; the results of a part not passed stand in an orange pill."""
    d0 = exam_day(c, rng)
    sh = c.new_sheet()
    W = c.page_w
    emblem(sh, 14, 10, 12, "lion", col=(20, 60, 120))
    put(sh, 30, 12, "Dienst Uitvoering Onderwijs", f=HELV_B, pt=10)
    a1, a2 = street_city(c.p)
    for i, t_ in enumerate([c.name("initials"), a1, a2]):
        put(sh, 14, 46 + i * 5, t_, f=HELV, pt=10)
    for i, (a, v) in enumerate([("Datum", dword(d0 + dt.timedelta(days=24), "nl")), ("V-nummer", c.vnr)]):
        put(sh, W - 56, 40 + i * 10, a, f=HELV_B, pt=7.6, col=(20, 60, 120))
        put(sh, W - 56, 44 + i * 10, v, f=HELV, pt=9)
    put(sh, 14, 80, "Uitslag inburgeringsexamen", f=HELV_B, pt=12)
    parts = ["Lezen", "Luisteren", "Schrijven", "Spreken", "Kennis van de Nederlandse Maatschappij"]
    bad = random.Random(c.rng_seed + 101).randrange(len(parts)) if failed else -1
    r = random.Random(c.rng_seed + 102)
    y = 92.0
    for i, p_ in enumerate(parts):
        frame(sh, 14, y, 90, 9, lw=0.2, col=MID)
        frame(sh, 104, y, 36, 9, lw=0.2, col=MID)
        frame(sh, 140, y, W - 154, 9, lw=0.2, col=MID)
        putfit(sh, 16, y + 2, p_, 86, f=HELV, pt=9.6)
        put(sh, 106, y + 2, dnum(d0 - dt.timedelta(days=r.randint(5, 150)), "-"), f=HELV, pt=9.6)
        pill = (236, 120, 30) if i == bad else (40, 140, 70)
        block(sh, 143, y + 1.5, 30, 6, pill)
        put(sh, 158, y + 2.2, "niet behaald" if i == bad else "behaald", f=HELV_B, pt=8, col=(255, 255, 255),
            at="center")
        y += 9
    flow(sh, 14, y + 10, W - 28, ("U hebt nog niet alle onderdelen behaald. U moet het onderdeel dat u niet hebt "
                                  "behaald opnieuw doen." if failed else
                                  "U hebt alle onderdelen behaald. Uw diploma sturen wij u apart toe."), f=HELV, pt=10.5,
         lead=1.5)
    return [c.intr(sh)]


CIVIC = [("duo-diploma-liggend-watermerk-b1-oranje-kader-cursieve-naam-48", "diploma"),
         ("duo-ontheffing-referentiekolom-rechts-genummerde-redenen-grijs-bezwaarvak-48", "exemption"),
         ("duo-uitslag-onderdelen-cellen-gekleurde-pil-48", "results")]
_r(CIVIC[0][0], "civic-integration", "nl", duo_diploma, "landscape diploma with a B1 watermark")
_r(CIVIC[1][0], "civic-integration", "nl", duo_exemption, "DUO exemption decision with a reference column")
_r(CIVIC[2][0], "civic-integration", "nl", duo_results, "DUO exam results with coloured result pills")


# =========================================================================== other: cover letter, IND letters, MVV

EXEMPT = ["mijn cliënt bevindt zich in Nederland;",
          "over de identiteit en de nationaliteit van mijn cliënt bestaat geen twijfel, ook niet bij de autoriteiten "
          "van het land van herkomst;",
          "een (nieuw) paspoort kan alleen worden verkregen door zelf naar het land van herkomst te reizen;",
          "stopzetting van de behandeling leidt tot een medische noodsituatie;",
          "de behandeling is in het land van herkomst niet beschikbaar, of voor mijn cliënt niet toegankelijk."]

PROC = {"ind-medical-treatment": "een verblijfsvergunning regulier voor het verblijfsdoel medische behandeling",
        "ind-hnt-continued": "een verblijfsvergunning voortgezet verblijf op humanitaire niet-tijdelijke gronden",
        "ind-generic": "verlenging van de verblijfsvergunning regulier voor bepaalde tijd"}


def cover_letter(c: Case, rng: random.Random, *, enclosures: list[str] | None = None, **_) -> list[Sheet]:
    """The lawyer's cover letter in Nimbus Roman: a small square monogram and the firm's name at the top LEFT, the
    office's details in two short lines under a hairline at the very foot, the IND's address at the LEFT, a
    right-aligned block with 'Datum', 'Uw kenmerk' and 'V-nummer'; the subject in bold; when there is no passport, the
    grounds for the exemption numbered (1), (2), ... and indented; the enclosures in a ruled two-column table
    (nr., stuk); 'Met vriendelijke groet,' and the signature BETWEEN the closing and the typed name."""
    lw = c.lawyer or dict(firm="Advocatenpraktijk Spaarne", street="Spaarne 44", pc="2011 CH", city="Haarlem",
                          tel="023", mail="post@praktijkspaarne.nl")
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    frame(sh, 14, 10, 10, 10, lw=0.6)
    put(sh, 19, 12.4, "".join(w[0] for w in lw["firm"].split()[:2]).upper(), f=NROM_B, pt=10, at="center")
    put(sh, 28, 11, lw["firm"], f=NROM_B, pt=12)
    put(sh, 28, 17, c.lawyer_name or "mr. F. Zandbergen", f=NROM_I, pt=9.4, col=DARK)
    hline(sh, 14, W - 14, H - 16, lw=0.15, col=MID)
    put(sh, W / 2, H - 14, f"{lw['street']} · {lw['pc']} {lw['city']} · T {lw['tel']} · {lw['mail']}", f=NROM,
        pt=7.6, at="center", col=DARK)
    for i, t_ in enumerate(_ind.IND_ADDRESSES[rng.randrange(len(_ind.IND_ADDRESSES))].split("\n")):
        put(sh, 16, 40 + i * 5, t_, f=NROM, pt=10.5)
    d0 = c.sub - dt.timedelta(days=rng.randint(0, 4))
    for i, (a, v) in enumerate([("Datum", dword(d0, "nl")), ("Uw kenmerk", "-"), ("V-nummer", c.vnr)]):
        put(sh, W - 70, 40 + i * 5.4, a, f=NROM, pt=9.4, col=DARK)
        put(sh, W - 14, 40 + i * 5.4, v, f=NROM_B, pt=9.6, at="right")
    y = flow(sh, 16, 68, W - 32, f"Betreft: aanvraag {PROC[c.procedure]} - {c.name('given_surname')}", f=NROM_B,
             pt=10.5, lead=1.35) + 5
    texts = ["Geachte heer, mevrouw,",
             f"Namens mijn cliënt{'e' if c.p.sex == 'F' else ''}, {c.name('given_surname')}, geboren op "
             f"{dnum(c.p.birth_date, '-')}, van {nat_nl(c.p)} nationaliteit, dien ik hierbij de aanvraag in voor "
             f"{PROC[c.procedure]}. Het ondertekende aanvraagformulier en de stukken zijn bijgevoegd."]
    if c.procedure == "ind-medical-treatment" and c.art64_end:
        texts.append(f"Mijn cliënt heeft uitstel van vertrek op grond van artikel 64 Vreemdelingenwet tot en met "
                     f"{dword(c.art64_end, 'nl')} en wordt nog steeds behandeld voor {c.med.get('dx', 'de ziekte')}. "
                     f"De vereisten van inkomen en betaling gelden daarom niet.")
    if c.procedure == "ind-hnt-continued" and c.since:
        texts.append(f"Mijn cliënt heeft sinds {dword(c.since, 'nl')} een verblijfsvergunning met het verblijfsdoel "
                     f"'{dict(ROUTES).get(c.route, c.route or '')}'.")
    if c.suriname_visa:
        texts.append("Mijn cliënt heeft de Surinaamse nationaliteit en reisde in met een visum voor medische "
                     "behandeling (bijgevoegd). De behandeling is nog altijd noodzakelijk en de betaling is geregeld.")
    for t_ in texts:
        y = flow(sh, 16, y, W - 32, t_, f=NROM, pt=10.5, lead=1.45, al="justify") + 3
    if c.no_passport:
        y = flow(sh, 16, y, W - 32, "Mijn cliënt beschikt niet over een geldig paspoort. Ik verzoek u vrijstelling te "
                 "verlenen van het paspoortvereiste, omdat:", f=NROM, pt=10.5, lead=1.45) + 1
        for n, i in enumerate(c.exemption_shown, 1):
            put(sh, 22, y, f"({n})", f=NROM, pt=10.5)
            y = flow(sh, 32, y, W - 48, EXEMPT[i], f=NROM, pt=10.5, lead=1.4) + 1.5
        y += 3
    if enclosures:
        put(sh, 16, y, "Bijlagen", f=NROM_B, pt=10.5)
        y += 6
        for i, e_ in enumerate(enclosures, 1):
            frame(sh, 16, y, 12, 6, lw=0.2, col=MID)
            frame(sh, 28, y, W - 44, 6, lw=0.2, col=MID)
            put(sh, 22, y + 1, str(i), f=NROM, pt=9.4, at="center")
            putfit(sh, 30, y + 1, e_, W - 48, f=NROM, pt=9.4)
            y += 6
        y += 5
    put(sh, 16, y, "Met vriendelijke groet,", f=NROM, pt=10.5)
    autograph(sh, 16, y + 4, rng, col=random.Random(c.rng_seed + 111).choice([BLUE_BIC, INK_ROYAL]))
    put(sh, 16, y + 18, c.lawyer_name or "mr. F. Zandbergen", f=NROM, pt=10.5)
    return [c.intr(sh)]


def ind_head(sh: Sheet, c: Case, d0: D) -> float:
    """This part's IND letter frame: a narrow vertical ribbon in the national blue at the top centre, 'Immigratie- en
    Naturalisatiedienst' and 'Ministerie van Asiel en Migratie' to its right, the return line and the window address
    at the LEFT, the reference column (datum, onze referentie, V-nummer) at the RIGHT."""
    W = c.page_w
    block(sh, W / 2 - 6, 0, 12, 24, (21, 50, 110))
    put(sh, W / 2 + 9, 10, "Immigratie- en Naturalisatiedienst", f=HELV_B, pt=9)
    put(sh, W / 2 + 9, 14.5, "Ministerie van Asiel en Migratie", f=HELV, pt=8, col=DARK)
    a1, a2 = street_city(c.p)
    put(sh, 16, 44, "Retouradres Postbus 17 9560 AA Ter Apel", f=HELV, pt=6.6, col=MID)
    for i, t_ in enumerate([f"{'De heer' if c.p.sex == 'M' else 'Mevrouw'} {c.name('initials')}", a1, a2]):
        put(sh, 16, 50 + i * 5, t_, f=HELV, pt=9.8)
    r = random.Random(seedof("ref48", c.rng_seed, d0))
    for i, (a, b) in enumerate([("Datum", dword(d0, "nl")), ("Onze referentie", f"{r.randint(1000000, 9999999)}"),
                                ("V-nummer", c.vnr)]):
        put(sh, W - 58, 44 + i * 9, a, f=HELV_B, pt=7.4)
        put(sh, W - 58, 47.8 + i * 9, b, f=HELV, pt=9)
    return 86.0


def art64_letter(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The IND's decision granting postponement of departure under article 64: this part's letter frame, the subject in
    bold, the decision with the period in bold on its own indented line, short paragraphs on what it means (no
    residence permit, apply for medical treatment within 28 days before or after the end), and the printed closing
    of the minister; no signature."""
    end = c.art64_end or (c.since - dt.timedelta(days=1) if c.since else c.sub + dt.timedelta(days=20))
    start = _ind.add_years(end, -1) + dt.timedelta(days=1)
    d0 = start + dt.timedelta(days=rng.randint(4, 30))
    sh = c.new_sheet()
    W = c.page_w
    y = ind_head(sh, c, d0)
    put(sh, 16, y, "Onderwerp  Beslissing op uw aanvraag om uitstel van vertrek (artikel 64 Vw)", f=HELV_B, pt=9.6)
    y = flow(sh, 16, y + 9, W - 32, f"Geachte {'heer' if c.p.sex == 'M' else 'mevrouw'} {c.p.surname},\n\nU hebt "
             f"gevraagd om uitstel van vertrek omdat u om medische redenen niet kunt reizen. Na het advies van het "
             f"Bureau Medische Advisering hebben wij besloten:", f=HELV, pt=9.8, lead=1.5) + 3
    put(sh, 26, y, f"uitstel van vertrek van {dword(start, 'nl')} tot en met {dword(end, 'nl')}.", f=HELV_B,
        pt=10.2)
    y += 10
    for t_ in ["Dit besluit is geen verblijfsvergunning. Tijdens het uitstel mag u in Nederland blijven.",
               "Wilt u daarna in Nederland blijven voor uw behandeling? Vraag dan een verblijfsvergunning voor medische "
               "behandeling aan in de periode van 28 dagen vóór tot 28 dagen na de einddatum.",
               "Wijzigt uw medische situatie? Meld dit direct aan de IND."]:
        y = flow(sh, 16, y, W - 32, t_, f=HELV, pt=9.8, lead=1.5) + 3
    y += 6
    flow(sh, 16, y, W - 32, "Met vriendelijke groet,\nde minister van Asiel en Migratie,\nnamens deze,\nde "
         "Immigratie- en Naturalisatiedienst", f=HELV, pt=9.8, lead=1.45)
    return [c.intr(sh)]


def permit_letter(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The IND's earlier decision granting the permit that the 7027 application continues: this part's letter frame,
    'Wij hebben uw aanvraag ingewilligd' in bold, the permit's particulars in a grey box (purpose, start date, valid
    until, remark on work), the sentence on collecting the residence document; printed closing, no signature."""
    since = c.since or D(2021, 6, 1)
    d0 = since + dt.timedelta(days=rng.randint(5, 40))
    sh = c.new_sheet()
    W = c.page_w
    y = ind_head(sh, c, d0)
    purpose = dict(ROUTES).get(c.route or "", "regulier bepaalde tijd")
    put(sh, 16, y, "Onderwerp  Beslissing op uw aanvraag om een verblijfsvergunning", f=HELV_B, pt=9.6)
    y = flow(sh, 16, y + 9, W - 32, f"Geachte {'heer' if c.p.sex == 'M' else 'mevrouw'} {c.p.surname},", f=HELV,
             pt=9.8, lead=1.5) + 3
    put(sh, 16, y, "Wij hebben uw aanvraag ingewilligd.", f=HELV_B, pt=10.5)
    y += 9
    block(sh, 16, y, W - 32, 30, (236, 236, 238))
    for i, (a, v) in enumerate([("Verblijfsdoel", purpose), ("Ingangsdatum", dword(since, "nl")),
                                ("Geldig tot", dword(_ind.add_years(since, 1 if "medisch" in purpose else 5) -
                                                     dt.timedelta(days=1), "nl")),
                                ("Arbeid", "niet toegestaan" if "medisch" in purpose else "vrij toegestaan")]):
        put(sh, 20, y + 2.5 + i * 6.4, a, f=HELV, pt=9.4, col=DARK)
        put(sh, 64, y + 2.5 + i * 6.4, v, f=HELV_B, pt=9.4)
    y = flow(sh, 16, y + 38, W - 32, "U krijgt een uitnodiging om uw verblijfsdocument op te halen bij een IND-loket. "
             "Neem uw paspoort en deze brief mee.", f=HELV, pt=9.8, lead=1.5) + 8
    flow(sh, 16, y, W - 32, "Met vriendelijke groet,\nnamens de minister, de Immigratie- en Naturalisatiedienst",
         f=HELV, pt=9.8, lead=1.45)
    return [c.intr(sh)]


def mvv_visa(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The passport page with the Dutch long-stay visa (MVV, type D, 'medische behandeling') of a Surinamese applicant,
    copied in the LOWER half of the sheet: the visa sticker's pale blue wave ground, 'VISUM' at the top LEFT and
    'NEDERLAND' at the right, the photo at the LEFT of the sticker, the fields in two columns to its right and the
    visa MRZ at its foot; an entry stamp of the border police overlapping the sticker's upper edge."""
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    x0, y0, pw, ph = 20.0, H / 2 + 10, W - 40, 100.0
    frame(sh, x0, y0, pw, ph, lw=0.2, col=LIGHT)
    sx, sy, sw, sh_ = x0 + 6, y0 + 8, pw - 12, ph - 16
    sh.image(sx, sy, sw, sh_, waves(sw, sh_, rng, (234, 242, 250), (200, 216, 238), k=5))
    frame(sh, sx, sy, sw, sh_, lw=0.3, col=(50, 80, 130))
    put(sh, sx + 3, sy + 2, "VISUM", f=HELV_B, pt=10, col=(40, 60, 110))
    put(sh, sx + sw - 3, sy + 2, "NEDERLAND", f=HELV_B, pt=8, at="right", col=(40, 60, 110))
    sh.photo(sx + 4, sy + 10, 24, 31, rng)
    start = c.sub - dt.timedelta(days=rng.randint(170, 215))
    end = start + dt.timedelta(days=180)
    r = random.Random(seedof("pp48", c.rng_seed))
    pno = r.choice(["R", "S"]) + r.choice("ABCDE") + "".join(str(r.randint(0, 9)) for _ in range(6))
    fields = [("GELDIG VOOR", "SCHENGENSTATEN"), ("VAN / TOT", f"{dnum(start, '-')} - {dnum(end, '-')}"),
              ("TYPE", "D (MVV)"), ("AANTAL BINNENKOMSTEN", "MULT"), ("AFGEGEVEN TE", "PARAMARIBO"),
              ("OP", dnum(start - dt.timedelta(days=12), "-")), ("PASPOORTNR.", pno),
              ("NAAM, VOORNAMEN", f"{c.p.surname.upper()}, {c.p.given_names.upper()}"),
              ("OPMERKINGEN", "MEDISCHE BEHANDELING")]
    for i, (a, b) in enumerate(fields):
        x = sx + 32 + (i % 2) * ((sw - 36) / 2) if i < 6 else sx + 32
        y = sy + 10 + (i // 2) * 8 if i < 6 else sy + 34 + (i - 6) * 8
        put(sh, x, y, a, f=HELVN, pt=5.6, col=DARK)
        putfit(sh, x, y + 2.4, b, (sw - 40) if i >= 6 else (sw - 40) / 2, f=HELVN_B, pt=8)
    lines = td3(issuing="NLD", surname=c.p.surname, given=c.p.given_names, number=pno, nationality="SUR",
                birth_date=c.p.birth_date, sex=c.p.sex, expiry=end, doc_type="V<")
    mrz_lines(sh, sx + 3, sy + sh_ - 16, lines, pitch=(sw - 6) / 44, gap=1.2)
    seal(sh, sx + sw - 50, y0 - 4, ["KMAR", dnum(start + dt.timedelta(days=6), "."), "SCHIPHOL", "INREIS"], rng,
         shape="rect", col=STAMP_BLACK, mm=36, angle=5)
    return [sh]


_r("cover-letter-nimbus-monogram-nummers-bijlagen-tabel-48", "other", "nl", cover_letter,
   "lawyer's cover letter with a monogram, numbered grounds and an enclosure table")
_r("art64-decision-ind-blauw-lint-midden-periode-ingesprongen-48", "other", "nl", art64_letter,
   "IND art. 64 decision with the period on its own indented line")
_r("permit-letter-ind-blauw-lint-midden-grijs-kader-48", "other", "nl", permit_letter,
   "IND decision on the earlier permit with the particulars in a grey box")
_r("mvv-sticker-sur-onderhelft-stempel-over-rand-48", "other", "nl", mvv_visa,
   "MVV visa page of a Surinamese passport in the lower half with an entry stamp")


# =========================================================================== the part's IND dossiers

class FortyeighthBuilder(_ind.PartBuilder):
    """ind.PartBuilder for this part: it answers the places where PartBuilder names one family per part (the
    civic-integration papers, the US-Letter insurance certificate, the failed results) and maps the generic plans'
    Spanish- and Turkish-language birth acts to this part's Romanian (Moldovan) and Indonesian ones."""

    LANG_MAP = {"es": "ro", "tr": "id"}

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
        D_.c.insurer_intl = dict(name="Great Lakes Mutual Health Assurance Company", short="Great Lakes Mutual",
                                 addr="233 South Wacker Drive, Suite 4100, Chicago, IL 60606, USA",
                                 color=(20, 60, 110), logo="cross", plan="Global Medical Traveler Plus")
        self.compose_med(D_, skip={"insurance"})
        D_.c.__dict__["_ins_name"] = D_.c.insurer_intl["name"]
        D_.c.page_w, D_.c.page_h = LETTER
        doc = D_.add(CERT, kind="digital", label="certificate of cover Great Lakes")
        D_.c.page_w, D_.c.page_h = 210.0, 297.0
        D_.plan_files(combine=False)
        f, p = D_.page_of(doc, 0)
        D_.defect = _defect("IND-COPY-A4", "certificate of cover of a US insurer printed on US Letter "
                                           "(215.9 x 279.4 mm), not A4", f, p)
        D_.variations.append("us-letter-page")
        self.finish(D_, clean=False)

    def d_inburg(self, name, proc, variant):
        if variant != "failed":
            return super().d_inburg(name, proc, variant)
        rng = random.Random(_ind.seed_of("since", self.part, name))
        D_ = self.new(name, proc, route="relationship", since=self.since_for("relationship", rng))
        D_.c.inburgering = "failed"
        self.compose_hnt(D_, civic=CIVIC[2][0])
        D_.defect = _defect("IND-HNT-INBURGERING", "only DUO's letter with the exam results, one part not passed: no "
                                                   "diploma and no exemption")
        self.finish(D_, clean=False)


DEFECT_PLAN = [("a4", "ind-medical-treatment", "letter-digital"), ("a4", "ind-generic", "letter-scan"),
               ("blank", "ind-hnt-continued", "duplex-form"), ("blank", "ind-medical-treatment", "one-blank"),
               ("blank", "ind-generic", "duplex-all"),
               ("vnum", "ind-medical-treatment", "missing"), ("vnum", "ind-generic", "missing"),
               ("vnum", "ind-hnt-continued", "other"), ("vnum", "ind-medical-treatment", "other"),
               ("media", "ind-hnt-continued", "mp4"), ("media", "ind-generic", "attach"),
               ("media", "ind-medical-treatment", "js"),
               ("legible", "ind-generic", "faint"), ("legible", "ind-medical-treatment", "cut"),
               ("legible", "ind-hnt-continued", "72dpi"),
               ("translation", "ind-generic", "ro"), ("translation", "ind-hnt-continued", "id"),
               ("meddocs", "ind-medical-treatment", "care"), ("meddocs", "ind-medical-treatment", "income"),
               ("meddocs", "ind-medical-treatment", "medical"), ("meddocs", "ind-medical-treatment", "insurance"),
               ("exemption", "ind-medical-treatment", (0, 1, 3)), ("exemption", "ind-medical-treatment", (2, 4)),
               ("art64", "ind-medical-treatment", -33), ("art64", "ind-medical-treatment", 45),
               ("duration", "ind-hnt-continued", "parent"), ("duration", "ind-hnt-continued", "domestic-violence"),
               ("duration", "ind-hnt-continued", "relationship"),
               ("continues", "ind-hnt-continued", "missing"), ("continues", "ind-hnt-continued", "short"),
               ("inburg", "ind-hnt-continued", "missing"), ("inburg", "ind-hnt-continued", "failed"),
               ("idsuff", "ind-hnt-continued", "none"), ("idsuff", "ind-hnt-continued", "permit-only"),
               ("mrz", "ind-medical-treatment", "check"), ("mrz", "ind-hnt-continued", "birth"),
               ("expired", "ind-medical-treatment", None), ("expired", "ind-hnt-continued", None),
               ("suriname", "ind-medical-treatment", None), ("suriname", "ind-medical-treatment", None)]

CLEAN_PLAN = dict(med=[None, 12, None, -27, None, None, 3, None, -15, None],
                  hnt=[("medical-treatment", 30, None, False), ("relationship", 90, "diploma", False),
                       ("parent", 40, None, True), ("domestic-violence", 25, None, True),
                       ("relationship", 150, "exemption", False), ("trafficking-victim", 60, None, False),
                       ("medical-treatment-after-art64", 20, None, False), ("buiten-schuld", 75, None, False),
                       ("relationship", 10, "diploma", False), ("trafficking-victim-no-report", 45, None, False)],
                  gen=[True, False, False, True])


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
    b = FortyeighthBuilder(PART, Path(out_root))
    getattr(b, method)(*a, **kw)
    return b.truths, b.skipped


def build_part(out_root: Path, *, jobs: int | None = None) -> list[dict]:
    """Write every IND dossier of this part under out_root/fortyeighth/ and return their truth dicts.  Each dossier is
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
