"""IND families of the `fortyseventh` part (registered in ind.FAMILIES), and the builder of its IND dossiers.

Written by a writer who saw neither the validator nor its output, from the seeds (000, 001, 002), rules.md and how
such papers look in Dutch files.  Each family's layout, wording and copy habit is described in its function's
docstring only (the part is read blind).

The IND dossiers of this part follow ind's generic dossier plans (ind.PartBuilder: the same compositions, the same
defect kinds).  The places where ind.PartBuilder names one family per part (the civic-integration papers, the
US-Letter insurance certificate and the failed DUO results) are answered by FortyseventhBuilder below; the part's
clean and defect plans are CLEAN_PLAN and DEFECT_PLAN here, so ind itself is not changed.  Its IND applicants come
from the Philippines, the Dominican Republic and Zimbabwe; South Sudanese and Lebanese applicants are 9ter only and a
Surinamese applicant appears only where the Surinamese rule needs one (ind.IND_ORIGIN_SKIP gets this part's own key).
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from PIL import Image, ImageDraw

from . import ind as _ind
from .fortyseventh_identity import (
    BIC_BLACK, BIC_BLUE, BOOKM, BOOKM_B, BOOKM_I, CARL, CARL_B, CARL_I, COUR, FAINT, FOUNTAIN, FSANS, FSANS_B,
    GEL_VIOLET, GOTHIC, GOTHIC_B, GREY, INK, LNAR, LNAR_B, LSERIF, LSERIF_B, NARROW, NARROW_B, PAD_BLACK, PAD_BLUE,
    PAD_GREEN, PAD_VIOLET, PALA, PALA_B, PALA_I, PEN_BREIP, PEN_CAPS, PEN_FAT, PEN_LOOP, PEN_SLANT, PRIME, ROMAN,
    ROMAN_B, ROMAN_I, SANS, SANS_B, SANS_I, SCHOOL, SCHOOL_B, SOFT, VERA, VERA_B, VERAC, VERAC_B, barcode, box, crc,
    crest, dd, dlong, fitpt, hl, ink, ink_lines, matrix, mrz_print, para, pen_tick, raster, rosette, shade, sheet_of,
    sig, stamp, tw, txt, vl, wrap,
)
from .ind import LETTER, Case, _defect
from .mrz import td3
from .paper import Sheet
from .people import COUNTRIES as PC
from .people import MONTHS, format_name

PART = "fortyseventh"
D = dt.date
TEAL = (0, 98, 104)

# Surinamese applicants only where the Surinamese rule plants them; South Sudanese and Lebanese applicants only in
# 9ter (new key only)
_ind.IND_ORIGIN_SKIP.setdefault(PART, {"SUR", "SSD", "LBN"})


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


def addr2(p) -> tuple[str, str]:
    a = p.address
    if a is None:
        return "", ""
    return f"{a.street} {a.number}", f"{a.postcode} {a.city}"


def workday(c: Case, rng: random.Random, lo: int = 4, hi: int = 40) -> D:
    d = c.sub - dt.timedelta(days=rng.randint(lo, hi))
    while d.weekday() >= 5:
        d -= dt.timedelta(days=1)
    return d


def money(x: float, sign: bool = True) -> str:
    s = f"{x:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return f"€ {s}" if sign else s


def iban_of(seed: int, code: str) -> str:
    r = random.Random(seed)
    acct = "".join(str(r.randint(0, 9)) for _ in range(10))
    num = int("".join(str(ord(ch) - 55) for ch in code) + acct + "232100")
    s = f"NL{98 - num % 97:02d}{code}{acct}"
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def doctor_of(c: Case, key: str) -> tuple[str, str]:
    r = random.Random(crc("doc47", key, c.rng_seed))
    return (r.choice(["Marieke", "Joost", "Fenna", "Ruud", "Samira", "Thijs", "Anouk", "Pieter-Jan", "Lotte",
                      "Rachid"]),
            r.choice(["Brouwer", "van der Linden", "Kok", "Bakker", "El Idrissi", "Dijkstra", "Hoekstra",
                      "van Leeuwen", "Mulder", "Schouten"]))


def big(c: Case, key: str) -> str:
    r = random.Random(crc("big47", key, c.rng_seed))
    return f"{r.randint(10000000, 99999999)}{r.choice(['01', '03', '19'])}"


def still_needed(c: Case, lang: str = "nl") -> str:
    """How long the treatment is still needed; 'short' ends within about four months."""
    if c.duration == "short":
        end = _ind.add_months(c.sub, 4)
        if lang == "en":
            return (f"The treatment will be completed in {MONTHS['en'][end.month - 1]} {end.year}; after that no "
                    f"further specialist treatment is foreseen.")
        return (f"De behandeling wordt in {MONTHS['nl'][end.month - 1]} {end.year} afgesloten; daarna is geen verdere "
                f"specialistische behandeling voorzien.")
    nl = {"lifelong": "De behandeling moet de rest van het leven worden voortgezet.",
          "years2": "De behandeling is naar verwachting nog minstens twee jaar nodig.",
          "years3": "De behandeling zal nog drie jaar of langer nodig zijn.",
          "indefinite": "Er is geen einddatum te noemen; de behandeling duurt in elk geval nog ruim meer dan een jaar.",
          "months18": "De behandeling is nog zeker achttien maanden nodig."}
    en = {"lifelong": "The treatment must be continued for the rest of the patient's life.",
          "years2": "The treatment is expected to be needed for at least two more years.",
          "years3": "The treatment will be needed for three more years or longer.",
          "indefinite": "No end date can be given; the treatment will in any case last well over one more year.",
          "months18": "The treatment is needed for at least eighteen more months."}
    return (en if lang == "en" else nl)[c.duration]


def who_pays(c: Case, lang: str = "nl") -> str:
    ins = c.__dict__.get("_ins_name") or (c.insurer_intl or c.insurer_nl or {"name": "de zorgverzekeraar"})["name"]
    if lang == "en":
        who = f"{c.payer.given_names} {c.payer.surname}" if c.payer else "the patient"
        return f"Costs are covered by the patient's insurer ({ins}); anything not covered is paid by {who}."
    who = f"{c.payer.given_names} {c.payer.surname} ({c.payer_relation})" if c.payer else "patiënt zelf"
    return f"De kosten worden gedragen door de verzekeraar van patiënt ({ins}); wat niet gedekt is, betaalt {who}."


# =========================================================================== application forms

class _Form:
    """This part's IND form design: a teal band down the LEFT edge of every page with 'IND' running up it, the
    service's name and the form's code and version at the top, a 'V-nummer' box at the top RIGHT of every page
    holding the number; questions as outlined answer boxes with the question printed small INSIDE the box's top
    edge and the answer typed in Courier Prime or written by hand in capitals; choices as round bubbles (filled
    when typed, ticked when by hand); sections headed by a number in a teal square; 'pagina n van N' at the foot."""

    def __init__(self, c: Case, rng: random.Random, code: str, title: str):
        self.c, self.rng, self.code, self.title = c, rng, code, title
        self.hand = c.fill == "hand"
        self.hf = random.Random(c.rng_seed + 27).choice([PEN_CAPS, PEN_FAT, PEN_LOOP, PEN_BREIP])
        self.pen = random.Random(c.rng_seed + 28).choice([BIC_BLUE, BIC_BLACK, GEL_VIOLET])
        self.sheets: list[Sheet] = []
        self.y = 0.0
        self.sec = 0
        self.new()

    @property
    def sh(self) -> Sheet:
        return self.sheets[-1]

    def write(self, x, y, s, w, pt=9.8) -> None:
        if not s:
            return
        if self.hand:
            ink(self.sh, x, y - 2.2, s, self.rng, f=self.hf, pt=11, col=self.pen, maxw=w, upper=True)
        else:
            txt(self.sh, x, y, s, f=PRIME, pt=fitpt(s, w, PRIME, pt))

    def new(self) -> None:
        c = self.c
        sh = c.new_sheet()
        W, H = c.page_w, c.page_h
        shade(sh, 0, 0, 9, H, TEAL)
        for i, ch in enumerate("IND"):
            txt(sh, 4.5, H - 60 + i * 7, ch, f=SANS_B, pt=12, col=(255, 255, 255), anchor="center")
        txt(sh, 16, 9, "Immigratie- en Naturalisatiedienst", f=SANS_B, pt=9, col=TEAL)
        txt(sh, 16, 13.5, f"{self.code}  ·  versie {c.sub.year}-1", f=SANS, pt=7.6, col=GREY)
        box(sh, W - 58, 7, 46, 12, lw=0.35, col=TEAL)
        txt(sh, W - 56.5, 8, "V-nummer", f=SANS, pt=6.6, col=GREY)
        self.sheets.append(c.intr(sh))
        self.write(W - 56, 13.6, c.vnr, 42, pt=10)
        if len(self.sheets) == 1:
            para(sh, 16, 24, W - 40, self.title, f=SANS_B, pt=14, lead=1.2)
            self.y = 42.0
        else:
            self.y = 26.0

    def section(self, t: str) -> None:
        if self.y > self.c.page_h - 52:
            self.new()
        self.sec += 1
        shade(self.sh, 16, self.y, 6, 6, TEAL)
        txt(self.sh, 19, self.y + 0.9, str(self.sec), f=SANS_B, pt=9, col=(255, 255, 255), anchor="center")
        txt(self.sh, 25, self.y + 0.8, t, f=SANS_B, pt=10.5)
        self.y += 9

    def field(self, q: str, val: str, *, x=16.0, w=None, same=False) -> float:
        W = self.c.page_w
        w = w or (W - 28)
        if not same and self.y > self.c.page_h - 26:
            self.new()
        box(self.sh, x, self.y, w - 2, 11.5, lw=0.3, col=GREY)
        txt(self.sh, x + 1.5, self.y + 0.8, q, f=SANS, pt=6.8, col=GREY)
        self.write(x + 2, self.y + 5.4, val, w - 6)
        return self.y + 13.5

    def row(self, *items) -> None:
        W = self.c.page_w
        n = len(items)
        w = (W - 28) / n
        if self.y > self.c.page_h - 26:
            self.new()
        y1 = self.y
        for i, (q, v) in enumerate(items):
            y1 = self.field(q, v, x=16 + i * w, w=w, same=True)
        self.y = y1

    def choose(self, q: str, options: list[str], chosen: set[int]) -> None:
        W = self.c.page_w
        if self.y > self.c.page_h - 24 - 6 * len(options):
            self.new()
        y = para(self.sh, 16, self.y, W - 32, q, f=SANS, pt=8.8, lead=1.2) + 1.2
        for i, o in enumerate(options):
            yy = y + i * 5.8
            ring = Image.new("RGBA", (60, 60), (0, 0, 0, 0))
            d = ImageDraw.Draw(ring)
            d.ellipse([3, 3, 57, 57], outline=(60, 60, 60, 255), width=4)
            if i in chosen and not self.hand:
                d.ellipse([15, 15, 45, 45], fill=(20, 20, 20, 255))
            self.sh.image(19, yy, 3.8, 3.8, ring)
            if i in chosen and self.hand:
                pen_tick(self.sh, 19, yy, 3.8, self.rng, col=self.pen)
            txt(self.sh, 25, yy + 0.3, o, f=SANS, pt=fitpt(o, W - 44, SANS, 8.8))
        self.y = y + len(options) * 5.8 + 3

    def person(self) -> None:
        c, p = self.c, self.c.p
        self.section("Gegevens van de aanvrager")
        self.row(("Achternaam (zoals in uw paspoort)", p.surname), ("Voornamen", p.given_names))
        self.row(("Geboortedatum", dd(p.birth_date, "-")), ("Geboorteplaats", p.birth_place),
                 ("Geboorteland", land_nl(p)))
        self.row(("Nationaliteit", nat_nl(p)), ("Geslacht (M/V)", "M" if p.sex == "M" else "V"))
        a1, a2 = addr2(p)
        self.y = self.field("Adres in Nederland (straat, huisnummer, postcode, plaats)", f"{a1}, {a2}")
        if c.lawyer:
            self.section("Gemachtigde of advocaat")
            self.row(("Naam", c.lawyer_name), ("Kantoor en vestigingsplaats", f"{c.lawyer['firm']}, "
                                                                            f"{c.lawyer['city']}"))

    def sign(self) -> None:
        c = self.c
        W = c.page_w
        if self.y > c.page_h - 76:
            self.new()
        self.section("Ondertekening")
        self.y = para(self.sh, 16, self.y, W - 32, "Ik verklaar dat ik dit formulier volledig en naar waarheid heb "
                      "ingevuld. Ik weet dat de IND mijn gegevens kan controleren.", f=SANS, pt=8.8, lead=1.35) + 3
        self.row(("Plaats", c.p.address.city if c.p.address else ""),
                 ("Datum", dd(c.sub - dt.timedelta(days=self.rng.randint(1, 6)), "-")))
        box(self.sh, 16, self.y, W - 30, 26, lw=0.3, col=GREY)
        txt(self.sh, 17.5, self.y + 0.8, "Handtekening aanvrager", f=SANS, pt=6.8, col=GREY)
        sig(self.sh, 30, self.y + 6, self.rng, col=self.pen)
        self.y += 30

    def finish(self) -> list[Sheet]:
        n = len(self.sheets)
        for i, sh in enumerate(self.sheets):
            txt(sh, self.c.page_w - 12, self.c.page_h - 9, f"pagina {i + 1} van {n}", f=SANS, pt=7.4,
                anchor="right", col=GREY)
        return self.sheets


def form_med(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """Application for a residence permit for medical treatment in this part's form design."""
    f = _Form(c, rng, "Formulier MED", "Aanvraag verblijfsvergunning regulier\nverblijfsdoel: medische behandeling")
    f.person()
    f.section("De behandeling")
    f.y = f.field("Ziekenhuis of zorginstelling en plaats", f"{c.hospital.get('name', '')}, {c.hospital.get('city', '')}")
    f.y = f.field("Welke behandeling krijgt u?", c.med.get("tx_short", ""))
    f.choose("Had u 1 jaar uitstel van vertrek op grond van artikel 64 Vreemdelingenwet?",
             ["nee", "ja, het uitstel eindigt op " + (dd(c.art64_end, "-") if c.art64_end else "...........")],
             {1 if c.art64_end else 0})
    if not c.art64_end:
        f.choose("Wie betaalt de kosten van uw verblijf en behandeling?",
                 ["ik zelf (bewijs van inkomen bijgevoegd)", "een garantsteller (garantverklaring bijgevoegd)"],
                 {1 if c.payer else 0})
    f.choose("Hebt u een geldig paspoort?", ["ja (kopie bijgevoegd)", "nee, zie de toelichting van mijn advocaat"],
             {1 if c.no_passport else 0})
    f.choose("Bent u Surinamer en kwam u met een visum voor medische behandeling?", ["nee", "ja"],
             {1 if c.suriname_visa else 0})
    f.sign()
    return f.finish()


ROUTES = [("relationship", "verblijf bij partner"), ("parent", "verblijf bij ouder"),
          ("medical-treatment", "medische behandeling"),
          ("medical-treatment-after-art64", "medische behandeling na uitstel van vertrek (artikel 64)"),
          ("trafficking-victim", "slachtoffer mensenhandel (met aangifte)"),
          ("trafficking-victim-no-report", "slachtoffer mensenhandel (zonder aangifte)"),
          ("domestic-violence", "slachtoffer huiselijk geweld"), ("buiten-schuld", "buitenschuld")]


def form_7027(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """Form 7027 (continued residence, humanitarian non-temporary) in this part's form design."""
    f = _Form(c, rng, "Formulier 7027", "Aanvraag verblijfsvergunning voortgezet verblijf\nhumanitair niet-tijdelijk")
    f.person()
    f.section("Uw huidige verblijfsvergunning")
    keys = [k for k, _ in ROUTES]
    f.choose("Met welk verblijfsdoel verblijft u nu in Nederland?", [t for _, t in ROUTES],
             {keys.index(c.route)} if c.route in keys else set())
    f.y = f.field("Sinds welke datum hebt u deze verblijfsvergunning?", dd(c.since, "-") if c.since else "")
    if c.route == "relationship":
        f.choose("Inburgering", ["ik heb het inburgeringsdiploma (kopie bijgevoegd)",
                                 "ik heb ontheffing of vrijstelling (besluit bijgevoegd)", "geen van beide"],
                 {0} if c.inburgering in ("diploma", "results") else ({1} if c.inburgering == "exemption" else {2}))
    if c.route and c.route.startswith("medical"):
        f.choose("Hebt u de behandeling nog minstens 1 jaar nodig?", ["ja (verklaring van de behandelaar bijgevoegd)",
                                                                      "nee"], {0})
    f.sign()
    return f.finish()


def form_generic(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """Application to extend a regular residence permit in this part's form design."""
    f = _Form(c, rng, "Formulier VERL", "Aanvraag verlenging verblijfsvergunning regulier bepaalde tijd")
    f.person()
    f.section("Uw verblijfsvergunning")
    r = random.Random(c.rng_seed + 37)
    f.row(("Huidig verblijfsdoel", r.choice(["verblijf bij partner", "arbeid in loondienst", "studie",
                                             "verblijf bij familie- of gezinslid"])),
          ("Geldig tot", dd(c.sub + dt.timedelta(days=r.randint(20, 85)), "-")))
    f.choose("Zijn er wijzigingen in uw situatie?", ["nee", "ja, zie toelichting"], {0})
    f.sign()
    return f.finish()


_r("ind-form-med-tealband-links-vnummer-rechtsboven-vraag-in-kader-bolletjes-47", "application", "nl", form_med,
   "medical-treatment form: teal band at the left edge, V-number box on every page, questions inside the boxes")
_r("ind-form-7027-tealband-links-vnummer-rechtsboven-vraag-in-kader-bolletjes-47", "application", "nl", form_7027,
   "form 7027 in the same design")
_r("ind-form-generic-tealband-links-vnummer-rechtsboven-vraag-in-kader-bolletjes-47", "application", "nl",
   form_generic, "extension form in the same design")


# =========================================================================== income

def earner(c: Case):
    return c.payer or c.p


def job(c: Case) -> dict:
    e = c.employer
    r = random.Random(crc("job47", e["name"], c.rng_seed))
    e.setdefault("fn47", r.choice(e["func"]))
    e.setdefault("in47", D(r.randint(2009, 2023), r.randint(1, 12), 1))
    e.setdefault("gross47", float(r.randrange(2400, 5100, 5)))
    e.setdefault("pno47", f"{r.randint(1000, 99999)}")
    e.setdefault("hrs47", r.choice([24, 32, 36, 38, 40]))
    return dict(e)


def pay(gross: float, seed: int) -> dict:
    r = random.Random(seed)
    pension = round(gross * r.choice([0.048, 0.057, 0.069]), 2)
    zvw = 0.0
    tax = round(max(0.0, (gross - pension) * 0.3582 - r.uniform(260, 480)), 2)
    travel = r.choice([0.0, 42.40, 61.60, 88.00])
    return dict(gross=gross, pension=pension, tax=tax, zvw=zvw, travel=travel,
                net=round(gross - pension - tax + travel, 2))


def payslip(c: Case, rng: random.Random, *, month: int = 11, **_) -> list[Sheet]:
    """A payroll bureau's 'Salarisstrook' for the month: the bureau's small print line at the very top, the employer
    and the employee in two side-by-side framed boxes (employee surname-first with initials, staff number, date of
    birth, job, hours, start date), then three stacked tables - 'Bruto', 'Inhoudingen', 'Netto' - each with its own
    grey title bar and amounts right-aligned; the amount paid and the IBAN in bold at the foot; Liberation Sans
    Narrow throughout."""
    e, w = job(c), earner(c)
    k = pay(e["gross47"], crc("pay47", c.rng_seed))
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    txt(sh, 14, 8, f"verwerkt door Loonbureau Delta B.V. · {e['city']} · strook {month:02d}-2026", f=LNAR, pt=7.4,
        col=GREY)
    txt(sh, 14, 15, "SALARISSTROOK", f=LNAR_B, pt=15)
    txt(sh, W - 14, 16, f"{MONTHS['nl'][month - 1].upper()} 2026", f=LNAR_B, pt=11, anchor="right")
    half = (W - 32) / 2
    for j, (t, rows) in enumerate([("Werkgever", [e["name"], e["street"], f"{e['pc']} {e['city']}",
                                                  f"CAO: {e.get('cao', '-')}"]),
                                   ("Werknemer", [format_name(w, "SURNAME, Given"), f"personeelsnr. {e['pno47']}",
                                                  f"geb. {dd(w.birth_date, '-')}",
                                                  f"{e['fn47']} · {e['hrs47']} uur · sinds {dd(e['in47'], '-')}"])]):
        x = 14 + j * (half + 4)
        box(sh, x, 24, half, 28, lw=0.3)
        txt(sh, x + 2, 25, t.upper(), f=LNAR_B, pt=7.6, col=GREY)
        for i, s in enumerate(rows):
            txt(sh, x + 2, 30 + i * 5, s, f=LNAR, pt=fitpt(s, half - 4, LNAR, 9.4))
    y = 60.0

    def table(title, rows):
        nonlocal y
        shade(sh, 14, y, W - 28, 6, (222, 222, 222))
        txt(sh, 16, y + 1.1, title, f=LNAR_B, pt=9.4)
        y += 8
        for a, v in rows:
            txt(sh, 18, y, a, f=LNAR, pt=9.4)
            txt(sh, W - 16, y, money(v, False), f=LNAR, pt=9.4, anchor="right")
            hl(sh, 18, W - 16, y + 4.6, lw=0.1, col=FAINT)
            y += 6
        y += 4

    hours = e["hrs47"] * 4.33
    table("Bruto", [(f"Salaris ({hours:.1f} uur)".replace(".", ","), k["gross"]),
                    ("Reservering vakantiegeld 8%", round(k["gross"] * 0.08, 2))])
    table("Inhoudingen", [(f"Pensioenpremie {e.get('pension', '')}", -k["pension"]),
                          ("Loonheffing (witte tabel)", -k["tax"])])
    netrows = [("Netto loon", round(k["gross"] - k["pension"] - k["tax"], 2))]
    if k["travel"]:
        netrows.append(("Reiskosten woon-werk (onbelast)", k["travel"]))
    table("Netto", netrows)
    y += 4
    hl(sh, 14, W - 14, y, lw=0.6)
    txt(sh, 16, y + 3, "UITBETAALD", f=LNAR_B, pt=11)
    txt(sh, W - 16, y + 3, money(k["net"]), f=LNAR_B, pt=12, anchor="right")
    txt(sh, 16, y + 10, f"op rekening {iban_of(crc('ib47', c.rng_seed), c.bank['code'])}", f=LNAR_B, pt=9.4)
    txt(sh, 14, H - 12, "Bewaar deze strook; u hebt haar nodig voor uw belastingaangifte.", f=LNAR, pt=7.4, col=GREY)
    return [sh]


def guarantee_form(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The guarantor's statement ('Verklaring garantsteller') on a three-part form the lawyer's office typed out:
    parts A (the guarantor), B (the foreign national, with the V-number) and C (the guarantee and the monthly net
    income) each in a frame with its letter in a box at the top LEFT corner; the guarantor's signature under C,
    and the municipality's legalisation of the signature as a rectangular stamp with a clerk's initials beside
    it."""
    g = c.payer or c.p
    e = job(c)
    k = pay(e["gross47"], crc("pay47", c.rng_seed))
    sh = c.new_sheet()
    W = c.page_w
    txt(sh, 16, 12, "VERKLARING GARANTSTELLER", f=BOOKM_B, pt=14)
    txt(sh, 16, 19, "bij een aanvraag om een verblijfsvergunning voor medische behandeling", f=BOOKM_I, pt=9,
        col=GREY)
    y = 28.0

    def part(letter_, title, rows):
        nonlocal y
        h = 9 + 7 * len(rows)
        box(sh, 16, y, W - 32, h, lw=0.35)
        shade(sh, 16, y, 8, 8, (30, 30, 30))
        txt(sh, 20, y + 1.4, letter_, f=BOOKM_B, pt=10, col=(255, 255, 255), anchor="center")
        txt(sh, 27, y + 1.6, title, f=BOOKM_B, pt=9.6)
        yy = y + 10
        for a, v in rows:
            txt(sh, 20, yy, a, f=BOOKM, pt=8.6, col=GREY)
            txt(sh, 78, yy, v, f=COUR, pt=fitpt(v, W - 98, COUR, 9.6))
            yy += 7
        y += h + 5

    a1, a2 = addr2(g)
    part("A", "De garantsteller", [("Naam en voornamen", f"{g.surname}, {g.given_names}"),
                                   ("Geboortedatum", dd(g.birth_date, "-")), ("Adres", f"{a1}, {a2}"),
                                   ("Nationaliteit", PC.get(g.nationality, {}).get("adj_nl", g.nationality)),
                                   ("Relatie tot de vreemdeling", c.payer_relation or "-")])
    part("B", "De vreemdeling", [("Naam en voornamen", f"{c.p.surname}, {c.p.given_names}"),
                                 ("Geboortedatum", dd(c.p.birth_date, "-")), ("V-nummer", c.vnr)])
    part("C", "De garantie", [("Werkgever", e["name"]), ("In dienst sinds", dd(e["in47"], "-")),
                              ("Netto inkomen per maand", money(k["net"])),
                              ("Garantie voor", "kosten van verblijf en medische behandeling")])
    y = para(sh, 16, y, W - 32, "Ondergetekende verklaart garant te staan voor alle kosten die de vreemdeling tijdens "
             "het verblijf in Nederland maakt en die niet door een verzekering worden gedekt.", f=BOOKM, pt=9.6,
             lead=1.45) + 6
    txt(sh, 16, y, f"{a2.split(' ', 2)[-1] if a2 else ''}, {dd(workday(c, rng, 5, 30), '-')}", f=BOOKM, pt=9.6)
    txt(sh, 16, y + 8, "Handtekening garantsteller:", f=BOOKM, pt=9.6)
    sig(sh, 70, y + 4, rng, w=40, h=12, col=BIC_BLUE)
    stamp(sh, W - 82, y + 14, ["GEMEENTE " + (a2.split(" ", 2)[-1].upper() if a2 else ""), "HANDTEKENING",
                               "GELEGALISEERD"], rng, shape="rect", col=PAD_VIOLET, mm=42)
    sig(sh, W - 36, y + 30, rng, w=16, h=7, col=BIC_BLACK, style="initials")
    return [sh]


def employer_letter(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The employer's statement written as a LETTER on company letterhead ('Werkgeversverklaring'): the company
    name in large coloured type at the top RIGHT with a thin rule under the whole width, the address line, 'Aan
    wie het aangaat', a paragraph stating since when the employee works there, in which job, for how many hours,
    on what kind of contract and with what gross and net monthly pay; signed by the director with the name and
    function under the signature and the company's round stamp to the right."""
    e, w = job(c), earner(c)
    k = pay(e["gross47"], crc("pay47", c.rng_seed))
    sh = c.new_sheet()
    W = c.page_w
    colr = random.Random(crc("col47", e["name"])).choice([(0, 90, 140), (140, 60, 0), (60, 100, 40)])
    txt(sh, W - 16, 14, e["name"], f=GOTHIC_B, pt=fitpt(e["name"], W - 40, GOTHIC_B, 15), anchor="right", col=colr)
    hl(sh, 16, W - 16, 22, lw=0.6, col=colr)
    txt(sh, W - 16, 24.5, f"{e['street']} · {e['pc']} {e['city']} · KvK {random.Random(c.rng_seed).randint(10000000, 99999999)}",
        f=GOTHIC, pt=7.8, anchor="right", col=GREY)
    d0 = workday(c, rng, 5, 35)
    txt(sh, 16, 44, f"{e['city']}, {dlong(d0, 'nl')}", f=GOTHIC, pt=10)
    txt(sh, 16, 56, "Aan wie het aangaat", f=GOTHIC_B, pt=10.5)
    txt(sh, 16, 63, "Betreft: werkgeversverklaring", f=GOTHIC, pt=10)
    contract = random.Random(c.rng_seed + 3).choice(["voor onbepaalde tijd", "voor bepaalde tijd tot en met "
                                                     + dd(_ind.add_years(c.sub, 1), "-")])
    body = (f"Hierbij verklaren wij dat {w.given_names} {w.surname}, geboren op {dd(w.birth_date, '-')}, sinds "
            f"{dlong(e['in47'], 'nl')} bij ons in dienst is als {e['fn47'].lower()}, voor {e['hrs47']} uur per week, "
            f"met een arbeidsovereenkomst {contract}.\n\nHet bruto maandsalaris bedraagt {money(k['gross'])} exclusief "
            f"vakantiegeld; het netto maandsalaris bedraagt ongeveer {money(k['net'])}. Er is geen loonbeslag en de "
            f"arbeidsovereenkomst is niet opgezegd.\n\nDeze verklaring is naar waarheid opgesteld.")
    y = para(sh, 16, 76, W - 32, body, f=GOTHIC, pt=10.5, lead=1.6, align="justify") + 12
    txt(sh, 16, y, "Met vriendelijke groet,", f=GOTHIC, pt=10.5)
    sig(sh, 16, y + 5, rng, w=40, h=12, col=BIC_BLUE)
    dname = random.Random(c.rng_seed + 4).choice(["J.W. de Groot", "M. Aydın", "S. van Vliet", "R. Tjon A Fong"])
    txt(sh, 16, y + 19, dname, f=GOTHIC_B, pt=10)
    txt(sh, 16, y + 24, "directeur", f=GOTHIC, pt=9.4, col=GREY)
    stamp(sh, 80, y + 2, [e["name"][:24].upper(), e["city"].upper()], rng, col=PAD_BLUE, mm=28)
    return [sh]


def bank_list(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A bank's 'Transactieoverzicht' downloaded from internet banking: the bank's name as a word mark at the top
    LEFT, the account (holder and IBAN) in a grey box at the right, then a list of three months of transactions
    with columns date, description, debit, credit and a running balance, the salary credits among them, dates as
    '24-10-2026'; the print line 'Pagina 1 van 1 - aangemaakt op ...' at the foot; Vera Sans Condensed."""
    e, w = job(c), earner(c)
    k = pay(e["gross47"], crc("pay47", c.rng_seed))
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    b = c.bank
    txt(sh, 14, 12, b["name"], f=VERAC_B, pt=13, col=(120, 20, 60))
    shade(sh, W - 92, 10, 78, 16, (236, 236, 236))
    txt(sh, W - 90, 11.5, f"{w.given_names[0]}. {w.surname}", f=VERAC_B, pt=9)
    txt(sh, W - 90, 16, iban_of(crc("ib47", c.rng_seed), b["code"]), f=VERAC, pt=8.6)
    txt(sh, W - 90, 20.5, f"BIC {b['bic']}", f=VERAC, pt=7.6, col=GREY)
    txt(sh, 14, 34, "Transactieoverzicht 1 augustus - 31 oktober 2026", f=VERAC_B, pt=11)
    r = random.Random(crc("bk47", c.rng_seed))
    bal = round(r.uniform(250, 2100), 2)
    txs = []
    for m in (8, 9, 10):
        txs += [(D(2026, m, 1), "Huur woning - Woonbron", -round(r.uniform(640, 1120), 2)),
                (D(2026, m, r.randint(6, 14)), "Albert Heijn betaalautomaat", -round(r.uniform(30, 150), 2)),
                (D(2026, m, 23), f"Salaris {MONTHS['nl'][m - 1]} {e['name'][:24]}", k["net"]),
                (D(2026, m, 28), f"Premie zorgverzekering {c.insurer_nl['short']}", -round(r.uniform(140, 172), 2))]
    y = 44.0
    for x, h, a in [(14, "Datum", "left"), (36, "Omschrijving", "left"), (W - 64, "Af", "right"),
                    (W - 40, "Bij", "right"), (W - 14, "Saldo", "right")]:
        txt(sh, x, y, h, f=VERAC_B, pt=8.6, anchor=a)
    hl(sh, 14, W - 14, y + 4.4, lw=0.4)
    y += 7
    for d_, desc, amt in txs:
        bal = round(bal + amt, 2)
        txt(sh, 14, y, dd(d_, "-"), f=VERAC, pt=8.4)
        txt(sh, 36, y, desc, f=VERAC, pt=fitpt(desc, W - 106, VERAC, 8.4))
        txt(sh, W - 64 if amt < 0 else W - 40, y, money(abs(amt), False), f=VERAC_B if amt > 0 else VERAC, pt=8.4,
            anchor="right")
        txt(sh, W - 14, y, money(bal, False), f=VERAC, pt=8.4, anchor="right")
        y += 5.6
    txt(sh, 14, H - 12, f"Pagina 1 van 1 - aangemaakt op {dd(c.sub - dt.timedelta(days=4), '-')}", f=VERAC, pt=7.2,
        col=GREY)
    return [sh]


def tax_assessment(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The tax office's provisional assessment for 2026 ('Voorlopige aanslag inkomstenbelasting 2026') as a letter:
    the tax office's name in bold at the top LEFT beside a black square, the window address, a grey reference
    column at the right (aanslagnummer, dagtekening, BSN masked), then a table with the estimated taxable income
    from employment, the tax and the monthly instalments; a born-digital print."""
    e, w = job(c), earner(c)
    k = pay(e["gross47"], crc("pay47", c.rng_seed))
    sh = c.new_sheet()
    W = c.page_w
    shade(sh, 14, 10, 7, 7, (0, 0, 0))
    txt(sh, 24, 10, "Belastingdienst", f=FSANS_B, pt=12)
    a1, a2 = addr2(w)
    for i, s in enumerate([f"{w.given_names[0]}. {w.surname}", a1, a2]):
        txt(sh, 24, 42 + i * 5, s, f=FSANS, pt=10)
    r = random.Random(crc("tax47", c.rng_seed))
    shade(sh, W - 68, 38, 54, 30, (236, 236, 236))
    for i, (a, v) in enumerate([("Aanslagnummer", f"{r.randint(1000, 9999)}.{r.randint(10, 99)}.{r.randint(100, 999)}"
                                                    f".H.{26}.01"), ("Dagtekening", dd(workday(c, r, 120, 300), "-")),
                                ("Burgerservicenummer", f"***.**.{r.randint(100, 999)}")]):
        txt(sh, W - 66, 40 + i * 9, a, f=FSANS, pt=7.4, col=GREY)
        txt(sh, W - 66, 43.6 + i * 9, v, f=FSANS_B, pt=9)
    txt(sh, 24, 82, "Voorlopige aanslag inkomstenbelasting 2026", f=FSANS_B, pt=12.5)
    year = round((k["gross"] - k["pension"]) * 12.96, 2)
    y = 94.0
    for a, v in [("Inkomen uit werk en woning (loon)", year), ("Belasting en premie volksverzekeringen",
                                                               round(year * 0.3582, 2)),
                 ("Af: heffingskortingen", -round(r.uniform(3000, 5200), 2)),
                 ("Al ingehouden loonheffing", -round(k["tax"] * 12.4, 2))]:
        txt(sh, 24, y, a, f=FSANS, pt=9.6)
        txt(sh, W - 24, y, money(v), f=FSANS, pt=9.6, anchor="right")
        hl(sh, 24, W - 24, y + 5, lw=0.1, col=FAINT)
        y += 7
    para(sh, 24, y + 8, W - 48, "Deze voorlopige aanslag is gebaseerd op het inkomen dat uw werkgever aan ons heeft "
         f"doorgegeven ({e['name']}). Na afloop van het jaar ontvangt u een definitieve aanslag.", f=FSANS, pt=9.4,
         lead=1.45)
    return [sh]


def uwv_decision(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """UWV's letter on a WW (unemployment) benefit, 'Wij hebben uw WW-uitkering vastgesteld': the UWV word mark
    in blue at the top RIGHT, the window address at the LEFT, the decision as a sentence with the daily wage, the
    percentage and the monthly gross amount in a framed two-column table, and the end date of the benefit; a
    born-digital letter without signature."""
    w = c.p
    sh = c.new_sheet()
    W = c.page_w
    txt(sh, W - 16, 12, "UWV", f=SANS_B, pt=22, anchor="right", col=(0, 85, 165))
    a1, a2 = addr2(w)
    for i, s in enumerate([f"{'De heer' if w.sex == 'M' else 'Mevrouw'} {w.given_names[0]}. {w.surname}", a1, a2]):
        txt(sh, 20, 46 + i * 5, s, f=SANS, pt=10)
    r = random.Random(crc("uwv47", c.rng_seed))
    d0 = workday(c, r, 20, 90)
    txt(sh, 20, 72, f"Datum {dlong(d0, 'nl')}   ·   Ons kenmerk WW-{r.randint(1000000, 9999999)}", f=SANS, pt=8.6,
        col=GREY)
    txt(sh, 20, 82, "Wij hebben uw WW-uitkering vastgesteld", f=SANS_B, pt=12.5)
    dagloon = round(r.uniform(95, 165), 2)
    gross = round(dagloon * 21.75 * 0.7, 2)
    y = para(sh, 20, 94, W - 40, f"U krijgt een WW-uitkering vanaf {dlong(d0 - dt.timedelta(days=30), 'nl')}. De "
             f"uitkering is 70% van uw dagloon.", f=SANS, pt=10, lead=1.45) + 4
    for a, v in [("Dagloon", money(dagloon)), ("Uitkering per maand (bruto, ongeveer)", money(gross)),
                 ("Einddatum uitkering", dlong(_ind.add_months(d0, r.choice([9, 12, 15])), "nl"))]:
        box(sh, 20, y, 80, 8, lw=0.25, col=GREY)
        box(sh, 100, y, W - 120, 8, lw=0.25, col=GREY)
        txt(sh, 22, y + 1.8, a, f=SANS, pt=9)
        txt(sh, 102, y + 1.8, v, f=SANS_B, pt=9.4)
        y += 8
    para(sh, 20, y + 8, W - 40, "Bent u het niet eens met deze beslissing? Dan kunt u binnen 6 weken bezwaar maken.",
         f=SANS_I, pt=8.6, lead=1.4, col=GREY)
    return [sh]


_r("payslip-loonbureau-twee-kaders-drie-tabellen-bruto-inhoudingen-netto-47", "income-proof", "nl", payslip,
   "payroll bureau's payslip with two framed boxes and three stacked tables")
_r("guarantor-verklaring-drie-delen-a-b-c-gelegaliseerde-handtekening-47", "income-proof", "nl", guarantee_form,
   "guarantor's three-part statement with the municipality's legalisation stamp")
_r("employer-werkgeversverklaring-briefvorm-directeur-ronde-stempel-47", "income-proof", "nl", employer_letter,
   "employer's statement as a letter on company letterhead")
_r("bank-transactieoverzicht-lopend-saldo-drie-maanden-47", "income-proof", "nl", bank_list,
   "bank's transaction list with a running balance over three months")
_r("tax-voorlopige-aanslag-2026-grijze-kenmerkkolom-47", "income-proof", "nl", tax_assessment,
   "provisional income-tax assessment 2026")
_r("uwv-ww-besluit-tabel-dagloon-einddatum-47", "income-proof", "nl", uwv_decision,
   "UWV's decision on an unemployment benefit")


# =========================================================================== medical statements

def ms_form(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The treating specialist's 'Medische verklaring' on a numbered questionnaire the lawyer sent, FILLED IN BY
    HAND: the hospital's name stamped at the top LEFT, the patient's name, birth date and V-number on typed lines,
    six numbered questions (diagnosis, treatment, where, since when, how long still needed, what happens if it
    stops) with the answers handwritten on ruled lines under each; the specialist's signature BESIDE 'Handtekening'
    and the department's rectangular stamp under the date."""
    h = c.hospital
    g, s = doctor_of(c, "spec")
    hf = random.Random(c.rng_seed + 51).choice([PEN_LOOP, PEN_SLANT, PEN_FAT])
    pen = random.Random(c.rng_seed + 52).choice([BIC_BLUE, BIC_BLACK])
    sh = c.new_sheet()
    W = c.page_w
    stamp(sh, 14, 8, [h["name"][:26].upper(), c.med.get("spec", "")[:26].upper(), h["city"].upper()], rng,
          shape="rect", col=PAD_BLUE, mm=46)
    txt(sh, W - 16, 14, "MEDISCHE VERKLARING", f=ROMAN_B, pt=14, anchor="right")
    txt(sh, W - 16, 20.5, "ten behoeve van de IND", f=ROMAN_I, pt=9, anchor="right", col=GREY)
    y = 38.0
    for a, v in [("Naam patiënt", c.name()), ("Geboortedatum", dd(c.p.birth_date, "-")), ("V-nummer", c.vnr)]:
        txt(sh, 16, y, a, f=ROMAN, pt=9.6)
        txt(sh, 56, y, v, f=ROMAN_B, pt=10)
        hl(sh, 54, W - 16, y + 4.6, lw=0.15, col=SOFT)
        y += 7
    qs = [("1. Diagnose", c.med.get("dx", "")), ("2. Welke behandeling krijgt patiënt?", c.med.get("tx", "")),
          ("3. Waar wordt patiënt behandeld?", f"{h['name']}, afdeling {c.med.get('spec', '')}"),
          ("4. Sinds wanneer?", dd(_ind.add_months(c.sub, -random.Random(c.rng_seed + 53).randint(8, 40)), "-")),
          ("5. Hoe lang is de behandeling nog nodig?", still_needed(c)),
          ("6. Wat gebeurt er als de behandeling stopt?", c.med.get("stop", ""))]
    y += 4
    for q, a in qs:
        txt(sh, 16, y, q, f=ROMAN_B, pt=9.6)
        n = max(1, len(wrap(sh, a, (W - 36) * 0.84, hf, 11)))
        for i in range(n):
            hl(sh, 18, W - 16, y + 11 + i * 6.4, lw=0.15, col=SOFT)
        ink_lines(sh, 19, y + 5, W - 36, a, rng, f=hf, pt=11, lh=6.4, col=pen, n=n)
        y += 9 + n * 6.4
    y += 6
    txt(sh, 16, y, "Datum:", f=ROMAN, pt=9.6)
    ink(sh, 32, y - 2.4, dd(workday(c, rng, 5, 40), "-"), rng, f=hf, pt=11, col=pen)
    txt(sh, 100, y, "Handtekening:", f=ROMAN, pt=9.6)
    sig(sh, 126, y - 6, rng, w=40, h=12, col=pen)
    txt(sh, 16, y + 10, f"{g} {s}, {c.med.get('doc_title', 'medisch specialist')} - BIG {big(c, 'spec')}", f=ROMAN,
        pt=9.4)
    return [sh]


def ms_letter(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A hospital specialist's letter to the general practitioner, copied to the patient's lawyer: the hospital's
    name with a small drawn logo at the top LEFT, the department and the specialist's direct line in a narrow grey
    column down the RIGHT margin, the GP's address, 'Betreft' with the patient's name, birth date and V-number,
    then paragraphs under bold run-in headings ('Conclusie:', 'Beleid:', 'Prognose:'), 'cc: mr. ...' at the foot
    and the signature ABOVE the typed name; Carlito."""
    h = c.hospital
    g, s = doctor_of(c, "spec")
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    crest(sh, 14, 10, 12, rng, "cross", col=h["color"])
    txt(sh, 29, 11, h["name"], f=CARL_B, pt=12, col=h["color"])
    txt(sh, 29, 17, f"{h['street']} · {h['pc']} {h['city']}", f=CARL, pt=8.4, col=GREY)
    shade(sh, W - 52, 28, 38, 50, (240, 240, 240))
    for i, t_ in enumerate([c.med.get("spec", ""), f"{g} {s}", c.med.get("doc_title", ""), f"T {h['tel']}-"
                            f"{random.Random(c.rng_seed).randint(1000000, 9999999)}", h["web"]]):
        para(sh, W - 50, 30 + i * 9, 34, t_, f=CARL, pt=7.8, lead=1.15, col=GREY)
    gp = c.gp
    for i, t_ in enumerate([gp["name"], gp["street"], f"{gp['pc']} {gp['city']}"]):
        txt(sh, 16, 36 + i * 5, t_, f=CARL, pt=10)
    d0 = workday(c, rng, 5, 40)
    txt(sh, 16, 58, f"{h['city']}, {dlong(d0, 'nl')}", f=CARL, pt=10)
    bet = f"Betreft: {c.name('SURNAME, Given')}, geb. {dd(c.p.birth_date, '-')}, V-nummer {c.vnr}"
    txt(sh, 16, 66, bet, f=CARL_B, pt=fitpt(bet, W - 72, CARL_B, 10))
    y = para(sh, 16, 76, W - 72, "Geachte collega,\n\nUw patiënt(e) is op onze polikliniek onder behandeling. Een "
             "afschrift van deze brief gaat op verzoek van patiënt naar de advocaat.", f=CARL, pt=10.5,
             lead=1.5) + 4
    for lead, t_ in [("Conclusie:", c.med.get("dx", "").capitalize() + "."),
                     ("Beleid:", c.med.get("tx", "").capitalize() + ". " + c.med.get("stop", "")),
                     ("Prognose en duur:", still_needed(c) + " " + who_pays(c))]:
        lw = tw(lead + " ", CARL_B, 10.5)
        txt(sh, 16, y, lead, f=CARL_B, pt=10.5)
        ln = wrap(sh, t_, W - 72 - lw, CARL, 10.5)
        txt(sh, 16 + lw, y, ln[0], f=CARL, pt=10.5)
        y += 5.6
        if len(ln) > 1:
            y = para(sh, 16, y, W - 72, " ".join(ln[1:]), f=CARL, pt=10.5, lead=1.5)
        y += 3
    y += 6
    txt(sh, 16, y, "Met collegiale groet,", f=CARL, pt=10.5)
    sig(sh, 16, y + 5, rng, w=40, h=12, col=BIC_BLUE)
    txt(sh, 16, y + 19, f"{g} {s}, {c.med.get('doc_title', '')}", f=CARL, pt=10)
    txt(sh, 16, H - 20, f"cc: {c.lawyer_name or 'advocaat van patiënt'}", f=CARL_I, pt=8.6, col=GREY)
    return [sh]


def ms_english(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A 'MEDICAL CERTIFICATE' in English from the hospital's international patient office: a coloured rule across
    the top with the hospital's name above it, the patient's data in a two-column table (name, date of birth,
    nationality, V-number), then numbered statements (diagnosis, treatment, necessity, expected duration), signed
    by the treating specialist with the signature BELOW the typed name and the hospital's round stamp to the
    LEFT of the name."""
    h = c.hospital
    g, s = doctor_of(c, "spec")
    sh = c.new_sheet()
    W = c.page_w
    txt(sh, 16, 11, h["name"], f=PALA_B, pt=12.5)
    txt(sh, W - 16, 12, "International Patient Office", f=PALA_I, pt=9, anchor="right", col=GREY)
    shade(sh, 16, 18, W - 32, 1.2, h["color"])
    txt(sh, W / 2, 28, "MEDICAL CERTIFICATE", f=PALA_B, pt=15, anchor="center", track=1)
    y = 40.0
    for a, v in [("Patient", f"{c.p.given_names} {c.p.surname}"), ("Date of birth", dd(c.p.birth_date, "/")),
                 ("Nationality", PC.get(c.p.nationality, {}).get("en", "")), ("V-number", c.vnr)]:
        box(sh, 16, y, 50, 8, lw=0.2, col=SOFT)
        box(sh, 66, y, W - 82, 8, lw=0.2, col=SOFT)
        txt(sh, 18, y + 1.8, a, f=PALA, pt=9.4, col=GREY)
        txt(sh, 68, y + 1.8, v, f=PALA_B, pt=9.6)
        y += 8
    y += 6
    for i, t_ in enumerate([f"The patient is being treated for {c.med.get('dx_en', '')}.",
                            f"Current treatment: {c.med.get('tx_en', '')}.", c.med.get("stop_en", ""),
                            still_needed(c, "en")], 1):
        txt(sh, 16, y, f"{i}.", f=PALA_B, pt=10.5)
        y = para(sh, 24, y, W - 40, t_, f=PALA, pt=10.5, lead=1.5) + 3
    y += 8
    d0 = workday(c, rng, 5, 40)
    txt(sh, 16, y, f"{h['city']}, {dlong(d0, 'en')}", f=PALA, pt=10)
    txt(sh, 70, y + 10, f"{g} {s}, {c.med.get('doc_en', 'consultant')}", f=PALA, pt=10)
    sig(sh, 72, y + 15, rng, w=40, h=12, col=FOUNTAIN)
    stamp(sh, 18, y + 6, [h["short"].upper(), "INTERNATIONAL OFFICE", h["city"].upper()], rng, col=PAD_GREEN, mm=28)
    return [sh]


_r("medstat-vragenlijst-zes-vragen-met-de-hand-ziekenhuisstempel-47", "medical-statement", "nl", ms_form,
   "specialist's statement on a numbered questionnaire filled in by hand")
_r("medstat-brief-huisarts-grijze-kantkolom-aanloopkoppen-cc-advocaat-47", "medical-statement", "nl", ms_letter,
   "specialist's letter to the GP with a grey margin column and run-in headings")
_r("medstat-medical-certificate-engels-tabel-genummerd-47", "medical-statement", "en", ms_english,
   "English medical certificate of the international patient office")


# =========================================================================== care institution

def care_letter(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The hospital's confirmation that it can and will treat the patient ('Bevestiging behandeling'), as a letter
    with a table: the hospital's name centred at the top over a coloured double rule, the addressee (the patient),
    a sentence that the hospital has the expertise and room and accepts the patient, then a ruled table of the
    planned treatment (what, how often, from when, estimated yearly costs), the payment sentence, and the signature
    of the head of patient administration at the RIGHT with the typed name under it."""
    h = c.hospital
    r = random.Random(crc("care47", c.rng_seed))
    start = c.sub + dt.timedelta(days=r.randint(10, 60)) if c.procedure == "ind-medical-treatment" else \
        _ind.add_months(c.sub, -r.randint(1, 9))
    sh = c.new_sheet()
    W = c.page_w
    txt(sh, W / 2, 12, h["name"], f=SCHOOL_B, pt=13, anchor="center", col=h["color"])
    hl(sh, 30, W - 30, 19, lw=0.5, col=h["color"])
    hl(sh, 30, W - 30, 20.2, lw=0.2, col=h["color"])
    txt(sh, W / 2, 22.5, f"{h['street']} · {h['pc']} {h['city']} · {h['web']}", f=SCHOOL, pt=8, anchor="center",
        col=GREY)
    a1, a2 = addr2(c.p)
    for i, t_ in enumerate([c.name("initials"), a1, a2]):
        txt(sh, 18, 38 + i * 5, t_, f=SCHOOL, pt=10)
    txt(sh, W - 18, 38, dlong(workday(c, rng, 4, 30), "nl"), f=SCHOOL, pt=10, anchor="right")
    txt(sh, 18, 60, "Bevestiging behandeling", f=SCHOOL_B, pt=12)
    y = para(sh, 18, 68, W - 36, f"Hierbij bevestigen wij dat {h['name']} de deskundigheid en de voorzieningen heeft "
             f"om {c.p.given_names} {c.p.surname}, geboren {dd(c.p.birth_date, '-')}, te behandelen, en dat wij "
             f"patiënt voor deze behandeling hebben aangenomen.", f=SCHOOL, pt=10.5, lead=1.5) + 5
    cols = [(18, 62, "Behandeling"), (80, 34, "Frequentie"), (114, 30, "Vanaf"), (144, W - 162, "Kosten per jaar")]
    for x, w_, t_ in cols:
        shade(sh, x, y, w_, 7, (232, 232, 236))
        box(sh, x, y, w_, 7, lw=0.2, col=GREY)
        txt(sh, x + 1.5, y + 1.6, t_, f=SCHOOL_B, pt=8.6)
    y += 7
    vals = [c.med.get("tx_short", ""), random.Random(c.rng_seed + 8).choice(["volgens schema", "wekelijks",
                                                                              "maandelijks"]),
            dd(start, "-"), money(float(c.med.get("cost", 20000)))]
    hh = max(9.0, 4.2 * max(len(wrap(sh, v_, w_ - 3, SCHOOL, 8.8)) for (x, w_, _), v_ in zip(cols, vals)) + 2.5)
    for (x, w_, _), v_ in zip(cols, vals):
        box(sh, x, y, w_, hh, lw=0.2, col=GREY)
        para(sh, x + 1.5, y + 1.4, w_ - 3, v_, f=SCHOOL, pt=8.8, lead=1.2)
    y += hh + 6
    y = para(sh, 18, y, W - 36, who_pays(c), f=SCHOOL, pt=10, lead=1.5) + 10
    txt(sh, W - 18, y, "Met vriendelijke groet,", f=SCHOOL, pt=10, anchor="right")
    sig(sh, W - 64, y + 5, rng, w=40, h=12, col=BIC_BLUE)
    txt(sh, W - 18, y + 19, random.Random(c.rng_seed + 9).choice(["H. Veenstra", "drs. N. Özkan", "E. Smits-de Boer"]),
        f=SCHOOL_B, pt=10, anchor="right")
    txt(sh, W - 18, y + 24, "hoofd patiëntenadministratie", f=SCHOOL, pt=9, anchor="right", col=GREY)
    return [sh]


def care_memo_en(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A 'TREATMENT CONFIRMATION' in English laid out as a two-column memo: a narrow LEFT column with the hospital's
    name, department and contact details in small grey type, and in the wide right column the title, the patient's
    identification, the confirmation that the department has the expertise and capacity and will treat, the start
    date, the estimated yearly costs and who pays; signed at the foot of the right column by the department's
    medical manager, the signature over the typed name."""
    h = c.hospital
    r = random.Random(crc("care47", c.rng_seed))
    start = c.sub + dt.timedelta(days=r.randint(10, 60)) if c.procedure == "ind-medical-treatment" else \
        _ind.add_months(c.sub, -r.randint(1, 9))
    sh = c.new_sheet()
    W = c.page_w
    vl(sh, 58, 14, c.page_h - 20, lw=0.4, col=h["color"])
    for i, t_ in enumerate([h["name"], f"Department of {c.med.get('spec_en', '')}", h["street"],
                            f"{h['pc']} {h['city']}", "The Netherlands", h["web"]]):
        para(sh, 14, 16 + i * 10, 40, t_, f=VERA_B if i == 0 else VERA, pt=8 if i == 0 else 7.4, lead=1.2,
             col=INK if i == 0 else GREY)
    txt(sh, 64, 16, "TREATMENT CONFIRMATION", f=VERA_B, pt=13)
    txt(sh, 64, 24, dlong(workday(c, rng, 4, 30), "en"), f=VERA, pt=9, col=GREY)
    y = 36.0
    for a, v in [("Patient", f"{c.p.given_names} {c.p.surname}"), ("Born", dd(c.p.birth_date, "/")),
                 ("Nationality", PC.get(c.p.nationality, {}).get("en", ""))]:
        txt(sh, 64, y, a, f=VERA, pt=8.6, col=GREY)
        txt(sh, 92, y, v, f=VERA_B, pt=9.4)
        y += 6
    body = (f"Our department has the expertise, the facilities and the capacity for {c.med.get('tx_en', '')} and "
            f"accepts the above patient for this treatment. Treatment {'will start' if start > c.sub else 'started'} "
            f"on {dlong(start, 'en')}.\n\nThe estimated cost is {money(float(c.med.get('cost', 20000)))} per year. "
            f"{who_pays(c, 'en')}")
    y = para(sh, 64, y + 6, W - 80, body, f=VERA, pt=9.8, lead=1.55) + 14
    txt(sh, 64, y + 12, random.Random(c.rng_seed + 10).choice(["Dr. M. Verhoeven", "Dr. A. Ramdin", "Dr. K. Visser"]),
        f=VERA_B, pt=9.6)
    sig(sh, 62, y + 4, rng, w=40, h=12, col=BIC_BLACK)
    txt(sh, 64, y + 17, "medical manager", f=VERA, pt=8.6, col=GREY)
    return [sh]


_r("care-bevestiging-behandeling-brief-tabel-dubbele-lijn-47", "care-institution-statement", "nl", care_letter,
   "hospital's confirmation of treatment as a letter with a table")
_r("care-treatment-confirmation-engels-twee-kolommen-memo-47", "care-institution-statement", "en", care_memo_en,
   "English treatment confirmation laid out in two columns")


# =========================================================================== health insurance

def policy_no(c: Case, pre: str = "") -> str:
    r = random.Random(crc("pol47", c.rng_seed, pre))
    return pre + "".join(str(r.randint(0, 9)) for _ in range(8))


def polisblad(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A Dutch health insurer's 'Polisblad 2026' sent as a PDF: the insurer's name in a coloured rounded band
    across the top LEFT, the policy holder's window address, a boxed summary at the RIGHT (relation number, policy
    number, UZOVI), then 'Uw verzekeringen' with one card-like block per insured person listing the basic cover
    ('basisverzekering natura'), any supplementary cover and the start date, and the deductible; footer with the
    insurer's postal address."""
    ins = c.insurer_nl
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    shade(sh, 14, 10, 96, 12, ins["color"])
    txt(sh, 18, 12.4, ins["name"], f=CARL_B, pt=fitpt(ins["name"], 88, CARL_B, 12), col=(255, 255, 255))
    a1, a2 = addr2(c.p)
    for i, t_ in enumerate([c.name("initials"), a1, a2]):
        txt(sh, 18, 40 + i * 5, t_, f=CARL, pt=10)
    box(sh, W - 74, 34, 60, 26, lw=0.3, col=ins["color"])
    for i, (a, v) in enumerate([("Relatienummer", policy_no(c, "R")), ("Polisnummer", policy_no(c)),
                                ("UZOVI-code", ins["uzovi"])]):
        txt(sh, W - 72, 36 + i * 7.6, a, f=CARL, pt=7.6, col=GREY)
        txt(sh, W - 18, 36 + i * 7.6, v, f=CARL_B, pt=9.4, anchor="right")
    txt(sh, 18, 72, "Polisblad 2026", f=CARL_B, pt=16)
    txt(sh, 18, 82, "Uw verzekeringen", f=CARL_B, pt=11)
    start = D(2026, 1, 1) if c.since and c.since.year < 2026 else c.sub - dt.timedelta(
        days=random.Random(c.rng_seed + 6).randint(40, 220))
    box(sh, 18, 90, W - 36, 36, lw=0.3, col=SOFT)
    shade(sh, 18, 90, W - 36, 8, (240, 240, 240))
    txt(sh, 21, 91.6, f"{c.p.given_names} {c.p.surname}  ·  geboren {dd(c.p.birth_date, '-')}", f=CARL_B, pt=10)
    for i, (a, v) in enumerate([("Basisverzekering", f"{ins['short']} Zorg Natura"),
                                ("Aanvullend", rng.choice(["Aanvullend Basis", "Tand Start", "geen"])),
                                ("Ingangsdatum", dd(start, "-"))]):
        txt(sh, 22, 101 + i * 7.6, a, f=CARL, pt=9.4, col=GREY)
        txt(sh, 70, 101 + i * 7.6, v, f=CARL_B, pt=9.6)
    para(sh, 18, 134, W - 36, "Met de basisverzekering bent u verzekerd voor de zorg uit het wettelijke basispakket, "
         "waaronder medisch-specialistische zorg, ziekenhuisopname en geneesmiddelen. Uw verplicht eigen risico is "
         "€ 385 per jaar.", f=CARL, pt=10, lead=1.5)
    txt(sh, 18, H - 14, f"{ins['name']} · {ins['post']}", f=CARL, pt=7.6, col=GREY)
    return [sh]


def intl_certificate(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An international health insurer's 'Certificate of Insurance' in English: a small logo square and the
    insurer's name at the top RIGHT, the certificate title at the LEFT with the certificate number under it, the
    insured's particulars in a two-column table with shaded label cells, a paragraph confirming in- and
    out-patient cover in the Netherlands including the pre-existing condition, and the signature of the claims
    director ABOVE the typed name, with a QR-like code at the lower right."""
    ins = dict(c.insurer_intl)
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    shade(sh, W - 24, 10, 9, 9, ins["color"])
    txt(sh, W - 27, 10.5, ins["name"], f=LSERIF_B, pt=fitpt(ins["name"], W - 110, LSERIF_B, 11), anchor="right")
    para(sh, W - 110, 16, 83, ins["addr"], f=LSERIF, pt=7.6, align="right", lead=1.2, col=GREY)
    txt(sh, 16, 34, "Certificate of Insurance", f=LSERIF_B, pt=17)
    txt(sh, 16, 42, f"Certificate no. {policy_no(c, 'CI-')}", f=LSERIF, pt=9.6, col=GREY)
    start = c.sub - dt.timedelta(days=random.Random(c.rng_seed + 7).randint(20, 220))
    y = 52.0
    for a, v in [("Insured person", f"{c.p.given_names} {c.p.surname}"), ("Date of birth", dd(c.p.birth_date, "/")),
                 ("Nationality", PC.get(c.p.nationality, {}).get("en", "")), ("Plan", ins.get("plan", "")),
                 ("Period of cover", f"{dd(start, '/')} - {dd(_ind.add_years(start, 1) - dt.timedelta(days=1), '/')}"),
                 ("Area of cover", "Worldwide incl. the Netherlands")]:
        shade(sh, 16, y, 52, 8, (236, 238, 242))
        box(sh, 16, y, W - 32, 8, lw=0.2, col=SOFT)
        txt(sh, 18, y + 1.8, a, f=LSERIF, pt=9.4)
        txt(sh, 70, y + 1.8, v, f=LSERIF_B, pt=fitpt(v, W - 90, LSERIF_B, 9.6))
        y += 8
    y = para(sh, 16, y + 8, W - 32, f"We confirm that the insured person is covered for in-patient and out-patient "
             f"medical treatment in the Netherlands. Treatment of the pre-existing condition "
             f"({c.med.get('dx_en', 'as declared')}) is included without waiting period. Invoices of the treating "
             f"hospital are paid directly by the insurer.", f=LSERIF, pt=10.5, lead=1.5) + 12
    sig(sh, 18, y, rng, w=40, h=12, col=FOUNTAIN)
    txt(sh, 16, y + 14, random.Random(c.rng_seed + 11).choice(["Patricia Holm", "Daniel Okafor", "Sofia Reyes"]) +
        ", Claims Director", f=LSERIF, pt=9.6)
    matrix(sh, W - 40, H - 48, 24, f"{c.vnr}{ins['name']}")
    return [sh]


def incoming_letter(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An incoming insurer's welcome letter for a foreign national staying in the Netherlands ('Welkom bij ...'):
    the insurer's name at the top LEFT in green, the window address, the letter confirming cover for medical costs
    in the Netherlands from a start date, with the special acceptance of the existing condition in a green-edged
    box, and at the foot a fold-out strip with the insurance card printed twice (front and back) beside each
    other."""
    name = _ind._incoming_name(c)
    sh = c.new_sheet()
    W = c.page_w
    txt(sh, 16, 12, name, f=FSANS_B, pt=fitpt(name, W - 40, FSANS_B, 13), col=(20, 120, 80))
    a1, a2 = addr2(c.p)
    for i, t_ in enumerate([c.name("initials"), a1, a2]):
        txt(sh, 18, 38 + i * 5, t_, f=FSANS, pt=10)
    start = c.sub - dt.timedelta(days=random.Random(c.rng_seed + 12).randint(20, 220))
    txt(sh, 18, 64, f"Welkom bij {name.split()[0]}", f=FSANS_B, pt=13)
    y = para(sh, 18, 74, W - 36, f"Geachte {'heer' if c.p.sex == 'M' else 'mevrouw'} {c.p.surname},\n\nU bent vanaf "
             f"{dlong(start, 'nl')} bij ons verzekerd voor medische kosten tijdens uw verblijf in Nederland. Uw "
             f"polisnummer is {policy_no(c, 'IC')}.", f=FSANS, pt=10.5, lead=1.5) + 5
    box(sh, 18, y, W - 36, 24, lw=0.8, col=(20, 120, 80))
    para(sh, 22, y + 3, W - 44, f"Bijzondere acceptatie: de behandeling van uw bestaande aandoening "
         f"({c.med.get('dx', '')}) is meeverzekerd.", f=FSANS_B, pt=10, lead=1.45)
    y += 34
    hl(sh, 10, W - 10, y, lw=0.3, col=SOFT, dash=1.6)
    for j in range(2):
        x = 24 + j * 90
        box(sh, x, y + 8, 82, 50, lw=0.4, col=(20, 120, 80))
        if j == 0:
            shade(sh, x, y + 8, 82, 10, (20, 120, 80))
            txt(sh, x + 3, y + 10, name.split()[0].upper(), f=FSANS_B, pt=10, col=(255, 255, 255))
            for i, (a, v) in enumerate([("Naam", f"{c.p.given_names} {c.p.surname}"),
                                        ("Geboortedatum", dd(c.p.birth_date, "-")), ("Polisnummer", policy_no(c, "IC"))]):
                txt(sh, x + 3, y + 21 + i * 11, a, f=FSANS, pt=7, col=GREY)
                txt(sh, x + 3, y + 24.5 + i * 11, v, f=FSANS_B, pt=fitpt(v, 76, FSANS_B, 9))
        else:
            para(sh, x + 3, y + 12, 76, "Bij spoed 24/7 bereikbaar. Toon deze pas bij de apotheek en in het "
                 "ziekenhuis.", f=FSANS, pt=8, lead=1.35)
            barcode(sh, x + 6, y + 40, 60, 10, policy_no(c, "IC"))
    return [sh]


CERT = "intl-certificate-of-insurance-naam-rechtsboven-gearceerde-labelcellen-qr-47"
_r("polisblad-2026-kleurband-links-overzichtskader-kaartblok-47", "health-insurance", "nl", polisblad,
   "Dutch insurer's policy sheet with a colour band and a summary box")
_r(CERT, "health-insurance", "en", intl_certificate, "international insurer's certificate with shaded label cells")
_r("incoming-welkomstbrief-groen-kader-pas-voor-achter-47", "health-insurance", "nl", incoming_letter,
   "incoming insurer's welcome letter with the card printed front and back")


# =========================================================================== civic integration

def _exam(c: Case, rng: random.Random) -> D:
    lo = (c.since or D(2021, 4, 1)) + dt.timedelta(days=380)
    hi = c.sub - dt.timedelta(days=40)
    if lo >= hi:
        lo = hi - dt.timedelta(days=300)
    return D.fromordinal(rng.randint(lo.toordinal(), hi.toordinal()))


def duo_head(sh: Sheet, c: Case) -> None:
    W = c.page_w
    txt(sh, W - 16, 10, "Dienst Uitvoering Onderwijs", f=SANS_B, pt=9, anchor="right")
    txt(sh, W - 16, 14.5, "Ministerie van Onderwijs, Cultuur en Wetenschap", f=SANS, pt=7.4, anchor="right",
        col=GREY)
    shade(sh, W / 2 - 4, 0, 8, 22, (21, 66, 115))


def duo_diploma(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The civic-integration diploma printed in LANDSCAPE: a broad pale rosette background, the title 'Diploma
    inburgering' in large Bookman italic at the LEFT half, the holder's name in bold capitals under it, birth date
    and place, the level (B1) and the date obtained in a row of three small framed cells, the diploma number and
    the V-number along the bottom edge, and the printed signature of DUO's director at the RIGHT."""
    d0 = _exam(c, rng)
    W, H = c.page_h, c.page_w
    land = Sheet(W, H)
    land.image(0, 0, W, H, rosette(W, H, rng, (248, 246, 238), (226, 220, 196), k=3, n=24))
    box(land, 10, 10, W - 20, H - 20, lw=0.6, col=(150, 130, 80))
    txt(land, 26, 30, "Diploma inburgering", f=BOOKM_I, pt=30, col=(90, 70, 30))
    txt(land, 26, 56, f"{c.p.given_names} {c.p.surname}".upper(), f=BOOKM_B, pt=18)
    txt(land, 26, 68, f"geboren op {dlong(c.p.birth_date, 'nl')} te {c.p.birth_place}", f=BOOKM, pt=11)
    para(land, 26, 80, 150, "heeft het inburgeringsexamen met goed gevolg afgelegd en daarmee voldaan aan de "
         "inburgeringsplicht.", f=BOOKM, pt=11, lead=1.5)
    for i, (a, v) in enumerate([("Niveau", "B1"), ("Behaald op", dd(d0, "-")), ("Plaats", "Groningen")]):
        box(land, 26 + i * 46, 104, 44, 16, lw=0.3, col=(150, 130, 80))
        txt(land, 28 + i * 46, 105.5, a, f=BOOKM, pt=8, col=GREY)
        txt(land, 28 + i * 46, 111, v, f=BOOKM_B, pt=11)
    r = random.Random(crc("dip47", c.rng_seed))
    txt(land, 26, H - 24, f"Diplomanummer {r.randint(10000000, 99999999)}    V-nummer {c.vnr}", f=BOOKM, pt=9.4)
    sig(land, W - 96, H - 58, rng, w=50, h=14, col=(30, 30, 40))
    hl(land, W - 100, W - 40, H - 40, lw=0.3)
    txt(land, W - 70, H - 38, "de directeur van DUO", f=BOOKM_I, pt=9.4, anchor="center")
    sh = sheet_of(raster(land).rotate(90, expand=True), c.page_w, c.page_h)
    return [c.intr(sh)]


def duo_exemption(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """DUO's decision exempting the person from the civic-integration requirement, as a letter in the government
    format: the blue ribbon at the top centre, the DUO name at the right, the window address at the LEFT, a reference
    column (datum, kenmerk, V-nummer) down the RIGHT, 'Besluit' in bold followed by the decision in a paragraph with
    a thick LEFT bar beside it, the reasons as a bulleted list, and the objection clause at the foot."""
    d0 = _exam(c, rng)
    sh = c.new_sheet()
    W = c.page_w
    duo_head(sh, c)
    a1, a2 = addr2(c.p)
    for i, t_ in enumerate([c.name("initials"), a1, a2]):
        txt(sh, 20, 48 + i * 5, t_, f=SANS, pt=10)
    for i, (a, v) in enumerate([("Datum", dlong(d0, "nl")), ("Kenmerk", f"OI-{rng.randint(100000, 999999)}"),
                                ("V-nummer", c.vnr)]):
        txt(sh, W - 60, 46 + i * 9, a, f=SANS_B, pt=7.4, col=(21, 66, 115))
        txt(sh, W - 60, 49.6 + i * 9, v, f=SANS, pt=9.4)
    txt(sh, 20, 84, "Besluit", f=SANS_B, pt=12)
    shade(sh, 20, 92, 2, 16, (21, 66, 115))
    para(sh, 26, 92, W - 50, "U krijgt ontheffing van de inburgeringsplicht. U hoeft geen inburgeringsexamen meer te "
         "doen.", f=SANS_B, pt=10.5, lead=1.45)
    txt(sh, 20, 116, "Waarom krijgt u ontheffing?", f=SANS_B, pt=10)
    y = 123.0
    for t_ in ["U hebt een aandoening waardoor u het examen blijvend niet kunt halen.",
               "Dat is vastgesteld door een arts van een door ons aangewezen keuringsinstantie.",
               "De ontheffing is gegeven op grond van het Besluit inburgering."]:
        txt(sh, 22, y, "•", f=SANS, pt=10)
        y = para(sh, 28, y, W - 48, t_, f=SANS, pt=10, lead=1.45) + 2
    para(sh, 20, y + 12, W - 40, "Niet eens met dit besluit? Maak dan binnen 6 weken na de datum van deze brief bezwaar "
         "bij DUO.", f=SANS_I, pt=8.6, lead=1.35, col=GREY)
    return [c.intr(sh)]


def duo_results(c: Case, rng: random.Random, *, failed: bool = False, **_) -> list[Sheet]:
    """DUO's overview of the civic-integration exam results printed from the web portal: the portal's header with
    'Mijn Inburgering' and the person's name and V-number at the right, a table with one row per exam part (part,
    exam date, score, required score, result), failed parts marked with a red cross and passed ones with a green
    tick, and the summary line at the foot; the browser's print line at the top and bottom."""
    d0 = _exam(c, rng)
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    txt(sh, 10, 5, f"{dd(c.sub - dt.timedelta(days=rng.randint(3, 20)), '-')}  Mijn Inburgering - Resultaten", f=SANS,
        pt=7, col=GREY)
    shade(sh, 14, 12, W - 28, 14, (21, 66, 115))
    txt(sh, 18, 15, "Mijn Inburgering", f=SANS_B, pt=13, col=(255, 255, 255))
    txt(sh, W - 18, 14.5, f"{c.p.given_names} {c.p.surname}", f=SANS, pt=8.6, anchor="right", col=(255, 255, 255))
    txt(sh, W - 18, 19, f"V-nummer {c.vnr}", f=SANS, pt=8.6, anchor="right", col=(255, 255, 255))
    txt(sh, 16, 36, "Uw examenresultaten", f=SANS_B, pt=12)
    parts = ["Lezen", "Luisteren", "Schrijven", "Spreken", "Kennis van de Nederlandse Maatschappij"]
    bad = random.Random(c.rng_seed + 19).randrange(len(parts)) if failed else -1
    r = random.Random(c.rng_seed + 20)
    xs = [(16, "Onderdeel"), (96, "Datum"), (124, "Score"), (144, "Nodig"), (W - 30, "Uitslag")]
    y = 46.0
    for x, h_ in xs:
        txt(sh, x, y, h_, f=SANS_B, pt=8.8)
    hl(sh, 16, W - 16, y + 4.6, lw=0.4)
    y += 7.5
    for i, p_ in enumerate(parts):
        need = r.choice([60, 65, 70])
        score = r.randint(need - 18, need - 3) if i == bad else r.randint(need, 98)
        txt(sh, 16, y, p_, f=SANS, pt=fitpt(p_, 78, SANS, 9.4))
        txt(sh, 96, y, dd(d0 - dt.timedelta(days=r.randint(10, 120)), "-"), f=SANS, pt=9.4)
        txt(sh, 124, y, str(score), f=SANS, pt=9.4)
        txt(sh, 144, y, str(need), f=SANS, pt=9.4)
        txt(sh, W - 30, y - 0.4, "✗" if i == bad else "✓", f=VERA_B, pt=11, col=(190, 30, 30) if i == bad
            else (30, 140, 60))
        hl(sh, 16, W - 16, y + 5, lw=0.1, col=FAINT)
        y += 7.5
    para(sh, 16, y + 8, W - 32, ("U hebt nog niet alle onderdelen gehaald. Het onderdeel met een kruisje moet u "
                                 "opnieuw doen.") if failed else
         "U hebt alle onderdelen gehaald. U krijgt uw diploma per post.", f=SANS, pt=10, lead=1.45)
    txt(sh, 10, H - 6, "https://www.inburgeren.nl/mijn-inburgering/resultaten", f=SANS, pt=7, col=GREY)
    return [c.intr(sh)]


CIVIC = [("duo-diploma-liggend-rozet-bookman-cursief-drie-cellen-47", "diploma"),
         ("duo-ontheffing-besluit-dikke-linkerbalk-opsommingstekens-47", "exemption"),
         ("duo-uitslag-mijninburgering-tabel-score-nodig-vinkje-kruisje-47", "results")]
_r(CIVIC[0][0], "civic-integration", "nl", duo_diploma, "landscape diploma on a rosette background")
_r(CIVIC[1][0], "civic-integration", "nl", duo_exemption, "DUO exemption decision with a thick bar beside it")
_r(CIVIC[2][0], "civic-integration", "nl", duo_results, "exam results printed from the portal, ticks and crosses")


# =========================================================================== other: cover letter, IND letters, MVV

GROUNDS = ["mijn cliënt verblijft op dit moment in Nederland;",
           "aan de identiteit en de nationaliteit van mijn cliënt wordt niet getwijfeld, ook niet door de "
           "autoriteiten van het land van herkomst;",
           "een (nieuw) paspoort kan alleen in het land van herkomst zelf worden aangevraagd;",
           "als de behandeling wordt onderbroken, ontstaat een medische noodsituatie;",
           "in het land van herkomst is de behandeling niet beschikbaar of voor mijn cliënt niet toegankelijk."]

PROC = {"ind-medical-treatment": "een verblijfsvergunning regulier met het verblijfsdoel medische behandeling",
        "ind-hnt-continued": "een verblijfsvergunning voortgezet verblijf (humanitair niet-tijdelijk)",
        "ind-generic": "verlenging van een verblijfsvergunning regulier voor bepaalde tijd"}


def cover_letter(c: Case, rng: random.Random, *, enclosures: list[str] | None = None, **_) -> list[Sheet]:
    """The lawyer's cover letter in Book Antiqua-like P052: the firm's name and the lawyer's name at the top LEFT,
    the firm's details in a grey column down the RIGHT edge, the IND's address, the subject in bold with the
    V-number on its own line 'V-nummer: ...', the grounds for the passport exemption (when there is no passport)
    as a numbered list with roman numerals (i), (ii) ...; the enclosures in a two-column numbered list; 'Hoogachtend,'
    and the signature UNDER the typed name 'mr. ...'."""
    lw = c.lawyer or dict(firm="Advocatenkantoor Singel", street="Singel 250", pc="1016 AB", city="Amsterdam",
                          tel="020", mail="info@advocatensingel.nl")
    sh = c.new_sheet()
    W = c.page_w
    txt(sh, 18, 12, lw["firm"], f=PALA_B, pt=12.5)
    txt(sh, 18, 18.5, c.lawyer_name or "mr. E. Bouwman", f=PALA_I, pt=9.6, col=GREY)
    for i, t_ in enumerate([lw["street"], f"{lw['pc']} {lw['city']}", f"T {lw['tel']}", lw["mail"]]):
        txt(sh, W - 14, 40 + i * 5, t_, f=PALA, pt=7.8, anchor="right", col=GREY)
    for i, t_ in enumerate(_ind.IND_ADDRESSES[rng.randrange(len(_ind.IND_ADDRESSES))].split("\n")):
        txt(sh, 18, 40 + i * 5, t_, f=PALA, pt=10)
    d0 = c.sub - dt.timedelta(days=rng.randint(0, 3))
    txt(sh, 18, 66, f"{lw['city']}, {dlong(d0, 'nl')}", f=PALA, pt=10)
    y = para(sh, 18, 76, W - 70, f"Betreft: aanvraag {PROC[c.procedure]} - {c.name()}", f=PALA_B, pt=10.2,
             lead=1.35)
    txt(sh, 18, y + 1, f"V-nummer: {c.vnr}", f=PALA_B, pt=10.2)
    y += 10
    texts = ["Geachte heer, mevrouw,",
             f"Hierbij zend ik u namens mijn cliënt{'e' if c.p.sex == 'F' else ''}, {c.name('given_surname')} "
             f"(geboren {dd(c.p.birth_date, '-')}, {nat_nl(c.p)} nationaliteit), de aanvraag voor "
             f"{PROC[c.procedure]}. Het aanvraagformulier is ingevuld en ondertekend."]
    if c.procedure == "ind-medical-treatment" and c.art64_end:
        texts.append(f"Mijn cliënt heeft uitstel van vertrek op grond van artikel 64 Vreemdelingenwet tot en met "
                     f"{dlong(c.art64_end, 'nl')} en wordt nog steeds behandeld voor "
                     f"{c.med.get('dx', 'de aandoening')}. De eisen over middelen en betaling gelden daarom niet.")
    if c.procedure == "ind-hnt-continued" and c.since:
        texts.append(f"Mijn cliënt heeft sinds {dlong(c.since, 'nl')} een verblijfsvergunning met het doel "
                     f"'{dict(ROUTES).get(c.route, c.route or '')}'.")
    if c.suriname_visa:
        texts.append("Mijn cliënt heeft de Surinaamse nationaliteit en reisde in met een visum voor medische "
                     "behandeling (kopie bijgevoegd). De behandeling is nog steeds nodig en de betaling is geregeld.")
    for t_ in texts:
        y = para(sh, 18, y, W - 70, t_, f=PALA, pt=10, lead=1.45, align="justify") + 3
    if c.no_passport:
        y = para(sh, 18, y, W - 70, "Mijn cliënt heeft geen geldig paspoort. Ik verzoek u vrijstelling te verlenen van "
                 "het paspoortvereiste, omdat:", f=PALA, pt=10, lead=1.45) + 1
        for n, i in enumerate(c.exemption_shown):
            txt(sh, 22, y, f"({['i', 'ii', 'iii', 'iv', 'v'][n]})", f=PALA, pt=10)
            y = para(sh, 32, y, W - 84, GROUNDS[i], f=PALA, pt=10, lead=1.4) + 1.5
        y += 3
    if enclosures:
        txt(sh, 18, y, "Bijlagen", f=PALA_B, pt=10)
        y += 5.5
        half = (len(enclosures) + 1) // 2
        for i, e_ in enumerate(enclosures):
            x = 18 if i < half else 18 + (W - 70) / 2
            yy = y + (i if i < half else i - half) * 4.8
            txt(sh, x, yy, f"{i + 1}. {e_}", f=PALA, pt=fitpt(f"{i + 1}. {e_}", (W - 74) / 2, PALA, 9.2))
        y += half * 4.8 + 5
    txt(sh, 18, y, "Hoogachtend,", f=PALA, pt=10)
    nm = c.lawyer_name or "mr. E. Bouwman"
    txt(sh, 18, y + 7, nm, f=PALA, pt=10)
    sig(sh, 18, y + 11, rng, col=random.Random(c.rng_seed + 13).choice([BIC_BLUE, FOUNTAIN]))
    return [c.intr(sh)]


def _ind_letter(sh: Sheet, c: Case, d0: D) -> float:
    """The IND letter frame of this part: the word mark 'IND' in a navy square at the top LEFT, the ministry's name
    beside it, the return-address line over the window, and the reference column at the RIGHT."""
    W = c.page_w
    shade(sh, 18, 10, 16, 16, (21, 50, 100))
    txt(sh, 26, 14.5, "IND", f=SANS_B, pt=11, anchor="center", col=(255, 255, 255))
    txt(sh, 38, 12, "Immigratie- en Naturalisatiedienst", f=SANS_B, pt=9.4)
    txt(sh, 38, 17, "Ministerie van Asiel en Migratie", f=SANS, pt=8, col=GREY)
    p = c.p
    a1, a2 = addr2(p)
    txt(sh, 18, 44, "Retouradres: Postbus 287, 7600 AG Almelo", f=SANS, pt=6.6, col=GREY)
    for i, t_ in enumerate([f"{'De heer' if p.sex == 'M' else 'Mevrouw'} {c.name('initials')}", a1, a2]):
        txt(sh, 18, 50 + i * 5, t_, f=SANS, pt=9.8)
    r = random.Random(crc("indref47", c.rng_seed, d0))
    for i, (a, b) in enumerate([("Datum", dlong(d0, "nl")), ("Kenmerk", f"{r.randint(1000000, 9999999)}"),
                                ("V-nummer", c.vnr)]):
        txt(sh, W - 62, 44 + i * 8, a, f=SANS_B, pt=7.2, col=(21, 50, 100))
        txt(sh, W - 62, 47.6 + i * 8, b, f=SANS, pt=9)
    return 84.0


def art64_decision(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The IND's decision granting 'uitstel van vertrek' under article 64: the letter frame of this part, the subject
    in bold, the decision as one sentence with the period in bold type inside a light grey box, then numbered
    paragraphs on what it means, and the printed closing of the minister; no signature."""
    end = c.art64_end or (c.since - dt.timedelta(days=1) if c.since else c.sub + dt.timedelta(days=14))
    start = _ind.add_years(end, -1) + dt.timedelta(days=1)
    d0 = start + dt.timedelta(days=rng.randint(3, 25))
    sh = c.new_sheet()
    W = c.page_w
    y = _ind_letter(sh, c, d0)
    txt(sh, 18, y, "Onderwerp: beslissing op uw aanvraag om uitstel van vertrek (artikel 64 Vreemdelingenwet)", f=SANS_B,
        pt=fitpt("Onderwerp: beslissing op uw aanvraag om uitstel van vertrek (artikel 64 Vreemdelingenwet)", W - 36,
                 SANS_B, 9.6))
    y = para(sh, 18, y + 9, W - 36, f"Geachte {'heer' if c.p.sex == 'M' else 'mevrouw'} {c.p.surname},\n\nU hebt ons "
             "gevraagd om uitstel van vertrek, omdat u om medische redenen niet kunt reizen. Wij hebben het advies "
             "van het Bureau Medische Advisering ontvangen.", f=SANS, pt=9.8, lead=1.45) + 4
    shade(sh, 18, y, W - 36, 14, (236, 236, 236))
    para(sh, 21, y + 2.5, W - 42, f"Wij geven u uitstel van vertrek van {dlong(start, 'nl')} tot en met "
         f"{dlong(end, 'nl')}.", f=SANS_B, pt=10.2, lead=1.4)
    y += 20
    for i, t_ in enumerate(["Met dit besluit hebt u geen verblijfsvergunning. U mag tijdens het uitstel in Nederland "
                            "blijven.",
                            "Wilt u daarna in Nederland blijven voor uw behandeling? Vraag dan een verblijfsvergunning "
                            "voor medische behandeling aan, vanaf 28 dagen vóór tot 28 dagen na de einddatum.",
                            "Verandert uw medische situatie? Laat het ons meteen weten."], 1):
        txt(sh, 18, y, f"{i}.", f=SANS, pt=9.8)
        y = para(sh, 25, y, W - 43, t_, f=SANS, pt=9.8, lead=1.45) + 3
    y += 6
    txt(sh, 18, y, "Met vriendelijke groet,", f=SANS, pt=9.8)
    para(sh, 18, y + 5, W - 36, "de minister van Asiel en Migratie,\nnamens deze,\nde Immigratie- en "
         "Naturalisatiedienst", f=SANS, pt=9.8, lead=1.4)
    return [c.intr(sh)]


def permit_decision(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The IND's earlier decision granting the residence permit that the 7027 application continues: this part's
    letter frame, 'Wij hebben uw aanvraag ingewilligd' in bold, the permit's particulars as 'label: value' lines
    (purpose, start, end) set off by a thin rule above and below, and the sentence on collecting the residence
    document; printed closing, no signature."""
    since = c.since or D(2021, 3, 1)
    d0 = since + dt.timedelta(days=rng.randint(5, 40))
    sh = c.new_sheet()
    W = c.page_w
    y = _ind_letter(sh, c, d0)
    purpose = dict(ROUTES).get(c.route or "", "regulier bepaalde tijd")
    txt(sh, 18, y, "Onderwerp: beslissing op uw aanvraag om een verblijfsvergunning", f=SANS_B, pt=9.6)
    y = para(sh, 18, y + 9, W - 36, f"Geachte {'heer' if c.p.sex == 'M' else 'mevrouw'} {c.p.surname},",
             f=SANS, pt=9.8, lead=1.45) + 3
    txt(sh, 18, y, "Wij hebben uw aanvraag ingewilligd.", f=SANS_B, pt=10.5)
    y += 8
    hl(sh, 18, W - 18, y, lw=0.3)
    y += 3
    for a, v in [("Verblijfsdoel", purpose), ("Ingangsdatum", dlong(since, "nl")),
                 ("Geldig tot", dlong(_ind.add_years(since, 1 if "medisch" in purpose else 5) - dt.timedelta(days=1),
                                      "nl"))]:
        txt(sh, 20, y, a + ":", f=SANS, pt=9.6, col=GREY)
        txt(sh, 64, y, v, f=SANS_B, pt=9.6)
        y += 6
    hl(sh, 18, W - 18, y + 1, lw=0.3)
    y = para(sh, 18, y + 8, W - 36, "U ontvangt een uitnodiging om uw verblijfsdocument op te halen bij een IND-loket. "
             "Neem uw paspoort en deze brief mee.", f=SANS, pt=9.8, lead=1.45) + 8
    txt(sh, 18, y, "Met vriendelijke groet,", f=SANS, pt=9.8)
    txt(sh, 18, y + 5, "namens de minister, de Immigratie- en Naturalisatiedienst", f=SANS, pt=9.8)
    return [c.intr(sh)]


def mvv_page(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The passport page carrying the Dutch long-stay visa (MVV, type D, 'medische behandeling') of a Surinamese
    applicant, copied in the UPPER half of the sheet with the facing page beside it: the visa sticker's pale green
    rosette, 'VISUM' and 'NEDERLAND', the photo at the RIGHT of the sticker, the fields in one column at the left,
    the visa MRZ, and an arrival stamp of the border police on the facing page."""
    sh = c.new_sheet()
    W = c.page_w
    x0, y0, pw, ph = 14.0, 30.0, (W - 28) / 2, 100.0
    box(sh, x0, y0, pw * 2, ph, lw=0.2, col=FAINT)
    vl(sh, x0 + pw, y0, y0 + ph, lw=0.3, col=SOFT)
    sx, sy, sw, sh_ = x0 + 4, y0 + 6, pw - 8, ph - 12
    sh.image(sx, sy, sw, sh_, rosette(sw, sh_, rng, (236, 246, 236), (196, 226, 200), k=6))
    box(sh, sx, sy, sw, sh_, lw=0.3, col=(60, 110, 70))
    txt(sh, sx + 3, sy + 2, "VISUM", f=SANS_B, pt=9, col=(40, 90, 50))
    txt(sh, sx + sw - 3, sy + 2, "NEDERLAND", f=SANS_B, pt=7.4, anchor="right", col=(40, 90, 50))
    sh.photo(sx + sw - 24, sy + 10, 20, 26, rng)
    start = c.sub - dt.timedelta(days=rng.randint(170, 215))
    end = start + dt.timedelta(days=180)
    r = random.Random(crc("pp47", c.rng_seed))
    pno = "R" + r.choice("ABCDE") + "".join(str(r.randint(0, 9)) for _ in range(6))
    yy = sy + 9
    for a, b in [("GELDIG VOOR", "SCHENGEN"), ("VAN - TOT", f"{dd(start, '-')} - {dd(end, '-')}"),
                 ("SOORT", "D / MVV"), ("AFGIFTE", "PARAMARIBO"), ("PASPOORT", pno),
                 ("NAAM", f"{c.p.surname.upper()}, {c.p.given_names.upper()}"), ("OPMERKING", "MEDISCHE BEHANDELING")]:
        txt(sh, sx + 3, yy, a, f=NARROW, pt=5.2, col=GREY)
        txt(sh, sx + 3, yy + 2.1, b, f=NARROW_B, pt=fitpt(b, sw - 32, NARROW_B, 7))
        yy += 7.6
    lines = td3(issuing="NLD", surname=c.p.surname, given=c.p.given_names, number=pno, nationality="SUR",
                birth_date=c.p.birth_date, sex=c.p.sex, expiry=end, doc_type="V<")
    mrz_print(sh, sx + 2, sy + sh_ - 10, lines, pitch=1.75, gap=1.6)
    stamp(sh, x0 + pw + 16, y0 + 20, ["KMAR", dd(start + dt.timedelta(days=4), "."), "SCHIPHOL", "INREIS"], rng,
          shape="rect", col=PAD_BLACK, mm=34, angle=-6)
    return [sh]


_r("cover-letter-pala-firmakolom-rechts-vnummer-eigen-regel-romeinse-gronden-47", "other", "nl", cover_letter,
   "lawyer's cover letter with the firm's details in a right-hand column and roman-numbered grounds")
_r("art64-decision-ind-vierkant-grijs-besluitvak-genummerd-47", "other", "nl", art64_decision,
   "IND art. 64 decision with the decision in a grey box")
_r("permit-letter-ind-vierkant-ingewilligd-lijnen-47", "other", "nl", permit_decision,
   "IND decision on the earlier permit, particulars between rules")
_r("mvv-sticker-sur-bovenhelft-tegenoverliggende-pagina-kmar-47", "other", "nl", mvv_page,
   "MVV sticker page of a Surinamese passport with the facing page")


# =========================================================================== the part's IND dossiers

class FortyseventhBuilder(_ind.PartBuilder):
    """ind.PartBuilder for this part: it answers the places where PartBuilder names one family per part (the
    civic-integration papers, the US-Letter insurance certificate, the failed results).  The generic plans'
    Spanish-language birth act is this part's Dominican one, so no language needs mapping."""

    def civic_for(self, rng: random.Random, kind: str | None = None) -> tuple[str, str]:
        if kind:
            return next(o for o in CIVIC if o[1] == kind)
        return rng.choice(CIVIC[:2])

    def d_a4(self, name, proc, variant):
        if variant != "letter-digital":
            return super().d_a4(name, proc, variant)
        D_ = self.new(name, proc)
        D_.c.insurer_intl = dict(name="Prairie Mutual Health Insurance Company", short="Prairie Mutual",
                                 addr="1100 Walnut Street, Suite 2800, Kansas City, MO 64106, USA",
                                 color=(30, 70, 120), logo="cross", plan="Global Traveler Select")
        self.compose_med(D_, skip={"insurance"})
        D_.c.__dict__["_ins_name"] = D_.c.insurer_intl["name"]
        D_.c.page_w, D_.c.page_h = LETTER
        doc = D_.add(CERT, kind="digital", label="certificate of insurance Prairie Mutual")
        D_.c.page_w, D_.c.page_h = 210.0, 297.0
        D_.plan_files(combine=False)
        f, p = D_.page_of(doc, 0)
        D_.defect = _defect("IND-COPY-A4", "certificate of insurance of a US insurer printed on US Letter "
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
        D_.defect = _defect("IND-HNT-INBURGERING", "only the exam results printed from the DUO portal, with one part "
                                                   "not passed: no diploma and no exemption")
        self.finish(D_, clean=False)


DEFECT_PLAN = [("a4", "ind-medical-treatment", "letter-digital"), ("a4", "ind-hnt-continued", "letter-scan"),
               ("blank", "ind-medical-treatment", "duplex-form"), ("blank", "ind-generic", "duplex-all"),
               ("blank", "ind-hnt-continued", "one-blank"),
               ("vnum", "ind-hnt-continued", "missing"), ("vnum", "ind-medical-treatment", "missing"),
               ("vnum", "ind-generic", "other"), ("vnum", "ind-medical-treatment", "other"),
               ("media", "ind-generic", "mp3"), ("media", "ind-medical-treatment", "attach"),
               ("media", "ind-hnt-continued", "js"),
               ("legible", "ind-medical-treatment", "faint"), ("legible", "ind-generic", "72dpi"),
               ("legible", "ind-hnt-continued", "cut"),
               ("translation", "ind-hnt-continued", "es"), ("translation", "ind-generic", "tr"),
               ("meddocs", "ind-medical-treatment", "insurance"), ("meddocs", "ind-medical-treatment", "medical"),
               ("meddocs", "ind-medical-treatment", "care"), ("meddocs", "ind-medical-treatment", "income"),
               ("exemption", "ind-medical-treatment", (1, 2, 4)), ("exemption", "ind-medical-treatment", (0, 3)),
               ("art64", "ind-medical-treatment", 36), ("art64", "ind-medical-treatment", -41),
               ("duration", "ind-hnt-continued", "relationship"), ("duration", "ind-hnt-continued", "buiten-schuld"),
               ("duration", "ind-hnt-continued", "medical-treatment"),
               ("continues", "ind-hnt-continued", "short"), ("continues", "ind-hnt-continued", "missing"),
               ("inburg", "ind-hnt-continued", "failed"), ("inburg", "ind-hnt-continued", "missing"),
               ("idsuff", "ind-hnt-continued", "permit-only"), ("idsuff", "ind-hnt-continued", "none"),
               ("mrz", "ind-hnt-continued", "birth"), ("mrz", "ind-medical-treatment", "name"),
               ("expired", "ind-medical-treatment", None), ("expired", "ind-hnt-continued", None),
               ("suriname", "ind-medical-treatment", None), ("suriname", "ind-medical-treatment", None)]

CLEAN_PLAN = dict(med=[None, None, -24, None, 19, None, None, -9, None, 26],
                  hnt=[("relationship", 60, "diploma", False), ("medical-treatment", 45, None, True),
                       ("parent", 30, None, True), ("relationship", 200, "exemption", False),
                       ("domestic-violence", 70, None, False), ("medical-treatment-after-art64", 55, None, False),
                       ("buiten-schuld", 40, None, False), ("trafficking-victim", 90, None, False),
                       ("relationship", 25, "diploma", False), ("trafficking-victim-no-report", 35, None, False)],
                  gen=[True, False, False, True])


def _tasks() -> list[tuple]:
    """(method, args) of every IND dossier of this part, in the order of the plans."""
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
    b = FortyseventhBuilder(PART, Path(out_root))
    getattr(b, method)(*a, **kw)
    return b.truths, b.skipped


def build_part(out_root: Path, *, jobs: int | None = None) -> list[dict]:
    """Write every IND dossier of this part under out_root/fortyseventh/ and return their truth dicts.  Each dossier
    is seeded by its name alone, so they are built by ``jobs`` processes (default: $BE9TER_JOBS or 2) and the result
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
