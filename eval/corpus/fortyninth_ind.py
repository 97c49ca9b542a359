"""IND families of the `fortyninth` part (registered in ind.FAMILIES), and the builder of its IND dossiers.

Written by a writer who saw neither the validator nor its output, from the seeds (000, 001, 002), rules.md and how
such papers look in Dutch files.  Each family's layout, wording and copy habit is described in its function's
docstring only (the part is read blind).

The IND dossiers of this part follow ind's generic dossier plans (ind.PartBuilder: the same compositions, the same
defect kinds).  The places where ind.PartBuilder names one family per part (the civic-integration papers, the
US-Letter insurance certificate and the failed DUO results) are answered by FortyninthBuilder below, which also lets
the generic plans' Turkish-language birth act be this part's Kazakh (Kazakh/Russian) one, the Spanish-language act
being this part's Peruvian one; the part's clean and defect plans are CLEAN_PLAN and DEFECT_PLAN here, so ind itself
is not changed.  Its IND applicants come from Kazakhstan, Peru and Armenia; the 9ter countries' applicants are 9ter
only and a Surinamese applicant appears only where the Surinamese rule needs one (ind.IND_ORIGIN_SKIP gets this
part's own key).
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from PIL import Image, ImageDraw

from . import ind as _ind
from .fortyninth_identity import (
    BALL_BLACK, BALL_BLUE, BOOKM, BOOKM_B, CALA, CALA_B, CALA_I, CARL, CARL_B, CARL_I, DV, DV_B, DVC, DVC_B, DVM,
    DVM_B, DVS, DVS_B, DVS_I, FOUNTAIN, FREE, FREE_B, FREE_I, FSANS, FSANS_B, GOTH, GOTH_B, GREY1, GREY2, GREY3, GREY4,
    INK, LEAD, MONO, MONO_B, NARROW, NARROW_B, NMONO, NMONO_B, NNARROW, NNARROW_B, NROMAN, NROMAN_B, NROMAN_I, NSANS,
    NSANS_B, PALA, PALA_B, PALA_I, PEN_BOLD, PEN_CAPS, PEN_FELT, PEN_NIB, PEN_PLAIN, PEN_SLANT, PURPLE_INK,
    RUBBER_BLACK, RUBBER_BLUE, RUBBER_GREEN, RUBBER_RED, RUBBER_VIOLET, SANS, SANS_B, SANS_I, SCHOOL, SCHOOL_B,
    SCHOOL_I, SERIF, SERIF_B, SERIF_I, TYPEW, TYPEW_B, band, barcode, box, cbox, crc, crest, dn, dw, fitpt, hl, mark,
    matrix, mrz_draw, para, pen, pen_lines, rosette, rubber, sign, tw, tx, txfit, vl, wrapped,
)
from .ind import LETTER, Case, _defect
from .mrz import td3
from .paper import Sheet
from .people import COUNTRIES as PC
from .people import format_name

PART = "fortyninth"
D = dt.date

# Surinamese applicants only where the Surinamese rule plants them; the 9ter countries' applicants only in 9ter
# (new key only)
_ind.IND_ORIGIN_SKIP.setdefault(PART, {"SUR", "MWI", "CPV", "LAO"})


def _r(id_: str, type_: str, lang: str, fn, notes: str, **bound) -> None:
    _ind._reg(id_, type_, PART, lang, fn, notes, **bound)


# =========================================================================== small helpers

def natnl(p) -> str:
    return PC.get(p.nationality, {}).get("adj_nl", p.nationality)


def landnl(p) -> str:
    for v in PC.values():
        if v["en"] == p.birth_country:
            return v["nl"]
    return p.birth_country


def addr2(p) -> tuple[str, str]:
    a = p.address
    if a is None:
        return "", ""
    return f"{a.street} {a.number}", f"{a.postcode}  {a.city}"


def weekday_before(c: Case, rng: random.Random, lo: int = 4, hi: int = 40) -> D:
    d = c.sub - dt.timedelta(days=rng.randint(lo, hi))
    while d.weekday() >= 5:
        d -= dt.timedelta(days=1)
    return d


def euro(x: float, sign_: bool = True) -> str:
    s = f"{x:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return f"€ {s}" if sign_ else s


def iban(seed: int, code: str) -> str:
    r = random.Random(seed)
    acct = "".join(str(r.randint(0, 9)) for _ in range(10))
    num = int("".join(str(ord(ch) - 55) for ch in code) + acct + "232100")
    s = f"NL{98 - num % 97:02d}{code}{acct}"
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def doctor(c: Case, key: str) -> tuple[str, str]:
    r = random.Random(crc("doc49", key, c.rng_seed))
    return (r.choice(["Maartje", "Joris", "Esra", "Ruben", "Ilse", "Gijs", "Latifa", "Pepijn", "Anouk", "Dirk"]),
            r.choice(["Brinkman", "van Loon", "Koster", "Aydın", "Wolters", "Schouten", "Huisman", "el Idrissi",
                      "van der Heijden", "Prins"]))


def big(c: Case, key: str) -> str:
    r = random.Random(crc("big49", key, c.rng_seed))
    return f"{r.randint(10000000, 99999999)}{r.choice(['01', '19', '17', '89'])}"


_MNL = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november",
        "december"]
_MEN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December"]


def still_needed(c: Case, lang: str = "nl") -> str:
    """How much longer the treatment is needed; 'short' ends within about four months."""
    if c.duration == "short":
        end = _ind.add_months(c.sub, 4)
        if lang == "en":
            return (f"The treatment will be completed in {_MEN[end.month - 1]} {end.year}; after that no further "
                    f"specialist treatment is needed.")
        return (f"De behandeling wordt in {_MNL[end.month - 1]} {end.year} afgerond; daarna is geen verdere "
                f"specialistische behandeling nodig.")
    nl = {"lifelong": "Deze behandeling is levenslang nodig.",
          "years2": "De behandeling blijft naar verwachting nog minstens twee jaar noodzakelijk.",
          "years3": "De behandeling zal naar verwachting nog drie jaar of langer duren.",
          "indefinite": "Er is geen einddatum te noemen; de behandeling duurt in elk geval nog ruim langer dan een "
                        "jaar.",
          "months18": "De behandeling is nog minimaal achttien maanden nodig."}
    en = {"lifelong": "This treatment is needed for life.",
          "years2": "The treatment is expected to remain necessary for at least two more years.",
          "years3": "The treatment is expected to last three more years or longer.",
          "indefinite": "No end date can be given; the treatment will in any case last well over one more year.",
          "months18": "The treatment remains necessary for at least eighteen more months."}
    return (en if lang == "en" else nl)[c.duration]


def ins_name(c: Case) -> str:
    return c.__dict__.get("_ins_name") or (c.insurer_intl or c.insurer_nl or {"name": "de zorgverzekeraar"})["name"]


def who_pays(c: Case, lang: str = "nl") -> str:
    ins = ins_name(c)
    if lang == "en":
        who = f"{c.payer.given_names} {c.payer.surname}" if c.payer else "the patient"
        return f"The costs are covered by the patient's insurer, {ins}; any remainder is paid by {who}."
    who = f"{c.payer.given_names} {c.payer.surname} ({c.payer_relation})" if c.payer else "patiënt zelf"
    return f"De kosten worden vergoed door de verzekeraar van patiënt, {ins}; het restant betaalt {who}."


def began(c: Case) -> D:
    r = random.Random(crc("start49", c.rng_seed))
    if c.procedure == "ind-medical-treatment":
        return c.sub - dt.timedelta(days=r.randint(25, 220))
    return _ind.add_months(c.sub, -r.randint(14, 60))


# =========================================================================== application forms

ROUTES = [("relationship", "verblijf bij partner"), ("parent", "verblijf bij ouder"),
          ("medical-treatment", "medische behandeling"),
          ("medical-treatment-after-art64", "medische behandeling na uitstel van vertrek (art. 64 Vw)"),
          ("trafficking-victim", "slachtoffer mensenhandel, met aangifte"),
          ("trafficking-victim-no-report", "slachtoffer mensenhandel, zonder aangifte"),
          ("domestic-violence", "slachtoffer huiselijk geweld"), ("buiten-schuld", "buiten-schuldvergunning")]


class Sheetform:
    """This part's IND form design: a grey vertical strip down the LEFT edge of every page carrying the section
    letter (A, B, C ...) beside each section, ten COMB boxes for the V-number at the top RIGHT of every page (filled in
    by typewriter or by hand), the questions as small captions ABOVE open answer boxes, yes/no questions with two
    round radio buttons 'ja' and 'nee' of which one is filled, the answers typed in Nimbus Mono or written in ballpoint
    capitals; the form's number and 'blad n/N' in the footer."""

    def __init__(self, c: Case, rng: random.Random, code: str, title: str):
        self.c, self.rng, self.code, self.title = c, rng, code, title
        self.hand = c.fill == "hand"
        self.hf = random.Random(c.rng_seed + 131).choice([PEN_CAPS, PEN_PLAIN, PEN_BOLD, PEN_FELT])
        self.ink = random.Random(c.rng_seed + 132).choice([BALL_BLUE, BALL_BLACK, FOUNTAIN])
        self.sheets: list[Sheet] = []
        self.y = 0.0
        self.sec = -1
        self.page()

    @property
    def sh(self) -> Sheet:
        return self.sheets[-1]

    def write(self, x, y, s, w, pt=10.0) -> None:
        if not s:
            return
        if self.hand:
            pen(self.sh, x, y - 2.2, s, self.rng, f=self.hf, pt=11, col=self.ink, maxw=w, caps=True)
        else:
            txfit(self.sh, x, y, s, w, f=NMONO, pt=pt)

    def page(self) -> None:
        c = self.c
        sh = c.new_sheet()
        W, H = c.page_w, c.page_h
        band(sh, 0, 0, 11, H, (226, 226, 228))
        tx(sh, 16, 9, "Immigratie- en Naturalisatiedienst", f=NSANS_B, pt=9)
        tx(sh, 16, 13.4, f"{self.code}", f=NSANS, pt=8, col=GREY1)
        tx(sh, W - 64, 6.4, "V-nummer", f=NSANS, pt=6.6, col=GREY1)
        for i in range(10):
            box(sh, W - 64 + i * 5, 9.5, 5, 6.5, lw=0.25)
        self.sheets.append(c.intr(sh))
        for i, ch in enumerate(c.vnr):
            if self.hand:
                pen(sh, W - 63.2 + i * 5, 9.6, ch, self.rng, f=self.hf, pt=11, col=self.ink)
            else:
                tx(sh, W - 61.5 + i * 5, 10.6, ch, f=NMONO_B, pt=10.5, at="center")
        if len(self.sheets) == 1:
            para(sh, 16, 24, W - 40, self.title, f=NSANS_B, pt=13, lead=1.25)
            self.y = 42.0
        else:
            self.y = 24.0

    def need(self, h) -> None:
        if self.y + h > self.c.page_h - 20:
            self.page()

    def section(self, t: str) -> None:
        self.need(28)
        self.sec += 1
        letter = "ABCDEFGHIJ"[self.sec]
        tx(self.sh, 5.5, self.y + 0.4, letter, f=NSANS_B, pt=12, at="center")
        tx(self.sh, 16, self.y, t, f=NSANS_B, pt=10.5)
        hl(self.sh, 16, self.c.page_w - 14, self.y + 5, lw=0.4)
        self.y += 8

    def field(self, q: str, val: str, *, half: bool = False, right: bool = False) -> None:
        W = self.c.page_w
        w = (W - 34) / 2 if half else W - 30
        x = 16 + ((W - 34) / 2 + 4 if right else 0)
        if not right:
            self.need(14)
        tx(self.sh, x, self.y, q, f=NSANS, pt=7.6, col=GREY1)
        box(self.sh, x, self.y + 3.4, w, 8, lw=0.3, col=GREY2)
        self.write(x + 1.6, self.y + 5.2, val, w - 3)
        if not half or right:
            self.y += 13.5

    def yesno(self, q: str, yes: bool, note: str = "") -> None:
        self.need(12)
        W = self.c.page_w
        para(self.sh, 16, self.y, W - 80, q, f=NSANS, pt=8.8, lead=1.25)
        for i, lab in enumerate(("ja", "nee")):
            x = W - 52 + i * 20
            ring = Image.new("RGBA", (60, 60), (0, 0, 0, 0))
            ImageDraw.Draw(ring).ellipse([4, 4, 56, 56], outline=(40, 40, 40, 255), width=4)
            self.sh.image(x, self.y - 0.2, 4, 4, ring)
            tx(self.sh, x + 5.4, self.y, lab, f=NSANS, pt=8.6)
            if (i == 0) == yes:
                if self.hand:
                    mark(self.sh, x, self.y - 0.2, 4, self.rng, col=self.ink, kind="fill")
                else:
                    dot = Image.new("RGBA", (60, 60), (0, 0, 0, 0))
                    ImageDraw.Draw(dot).ellipse([14, 14, 46, 46], fill=(20, 20, 20, 255))
                    self.sh.image(x, self.y - 0.2, 4, 4, dot)
        self.y += 9
        if note:
            self.need(8)
            self.write(20, self.y, note, W - 40, pt=9.4)
            self.y += 7

    def options(self, q: str, opts: list[str], chosen: int | None) -> None:
        self.need(8 + 5.8 * len(opts))
        tx(self.sh, 16, self.y, q, f=NSANS, pt=8.8)
        y = self.y + 6
        for i, o in enumerate(opts):
            cbox(self.sh, 18, y, 3.6, i == chosen, self.rng if self.hand else None, col=self.ink, kind="cross")
            tx(self.sh, 24, y + 0.1, o, f=NSANS, pt=8.6)
            y += 5.8
        self.y = y + 3

    def person(self) -> None:
        c, p = self.c, self.c.p
        self.section("Gegevens van de aanvrager")
        self.field("Achternaam (zoals in het paspoort)", p.surname.upper())
        self.field("Voornamen", p.given_names)
        self.field("Geboortedatum", dn(p.birth_date, "-"), half=True)
        self.field("Geslacht", "man" if p.sex == "M" else "vrouw", half=True, right=True)
        self.field("Geboorteplaats", p.birth_place, half=True)
        self.field("Geboorteland", landnl(p), half=True, right=True)
        self.field("Nationaliteit", natnl(p))
        a1, a2 = addr2(p)
        self.field("Adres in Nederland (straat, huisnummer, postcode, plaats)", f"{a1}, {a2}")
        if c.lawyer:
            self.section("Gemachtigde")
            self.field("Naam advocaat", c.lawyer_name, half=True)
            self.field("Kantoor", f"{c.lawyer['firm']}, {c.lawyer['city']}", half=True, right=True)

    def signature(self) -> None:
        c = self.c
        W = c.page_w
        self.need(58)
        self.section("Ondertekening")
        self.y = para(self.sh, 16, self.y, W - 30, "Ik verklaar dat ik dit formulier volledig en naar waarheid heb "
                      "ingevuld.", f=NSANS, pt=8.8, lead=1.3) + 3
        tx(self.sh, 16, self.y, "Plaats en datum", f=NSANS, pt=7.6, col=GREY1)
        box(self.sh, 16, self.y + 3.4, 70, 9, lw=0.3, col=GREY2)
        city = c.p.address.city if c.p.address else ""
        self.write(18, self.y + 5.6, f"{city}, {dn(c.sub - dt.timedelta(days=self.rng.randint(1, 6)), '-')}", 66)
        tx(self.sh, 92, self.y, "Handtekening aanvrager", f=NSANS, pt=7.6, col=GREY1)
        box(self.sh, 92, self.y + 3.4, W - 106, 24, lw=0.3, col=GREY2)
        sign(self.sh, 100, self.y + 8, self.rng, col=self.ink)
        self.y += 32

    def done(self) -> list[Sheet]:
        n = len(self.sheets)
        for i, sh in enumerate(self.sheets):
            tx(sh, self.c.page_w - 14, self.c.page_h - 10, f"{self.code} · blad {i + 1}/{n}", f=NSANS, pt=7.4,
               at="right", col=GREY1)
        return self.sheets


def form_med(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """Application for a regular residence permit for medical treatment in this part's form design."""
    f = Sheetform(c, rng, "Formulier MB-26", "Aanvraag verblijfsvergunning regulier voor bepaalde tijd - "
                  "verblijfsdoel medische behandeling")
    f.person()
    f.section("Behandeling in Nederland")
    f.field("Zorginstelling (naam en plaats)", f"{c.hospital.get('name', '')}, {c.hospital.get('city', '')}")
    f.field("Behandeling", c.med.get("tx_short", ""))
    f.yesno("Hebt u 1 jaar of langer uitstel van vertrek gehad op grond van artikel 64 Vreemdelingenwet?",
            bool(c.art64_end), note=f"einde uitstel: {dn(c.art64_end, '-')}" if c.art64_end else "")
    if not c.art64_end:
        f.options("Wie betaalt het verblijf en de behandeling?", ["ikzelf (bewijs van inkomen bijgevoegd)",
                                                                  "een garantsteller (garantverklaring bijgevoegd)"],
                  1 if c.payer else 0)
    f.yesno("Hebt u een geldig paspoort? (Zo nee: de gemachtigde licht de vrijstelling toe.)", not c.no_passport)
    f.yesno("Hebt u de Surinaamse nationaliteit en bent u met een visum voor medische behandeling ingereisd?",
            c.suriname_visa)
    f.signature()
    return f.done()


def form_7027(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """Form 7027 (continued residence on humanitarian non-temporary grounds) in this part's form design."""
    f = Sheetform(c, rng, "Formulier 7027", "Aanvraag verblijfsvergunning voor onbepaalde tijd - humanitair, "
                  "voortgezet verblijf")
    f.person()
    f.section("Uw huidige verblijfsvergunning")
    keys = [k for k, _ in ROUTES]
    f.options("Met welk verblijfsdoel hebt u nu een verblijfsvergunning?", [t for _, t in ROUTES],
              keys.index(c.route) if c.route in keys else None)
    f.field("Sinds wanneer hebt u deze verblijfsvergunning?", dn(c.since, "-") if c.since else "")
    if c.route == "relationship":
        f.options("Hebt u het inburgeringsexamen gehaald of ontheffing gekregen?",
                  ["ja, diploma inburgering (kopie bijgevoegd)", "ja, ontheffing of vrijstelling (besluit bijgevoegd)",
                   "nee"],
                  0 if c.inburgering in ("diploma", "results", "failed") else (1 if c.inburgering == "exemption" else 2))
    if c.route and c.route.startswith("medical"):
        f.yesno("Hebt u de behandeling nog minstens 1 jaar nodig? (Verklaring van de behandelaar bijgevoegd.)", True)
    f.signature()
    return f.done()


def form_generic(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """Application to extend a regular fixed-term residence permit in this part's form design."""
    f = Sheetform(c, rng, "Formulier VL-26", "Aanvraag verlenging verblijfsvergunning regulier voor bepaalde tijd")
    f.person()
    f.section("Verblijfsvergunning")
    r = random.Random(c.rng_seed + 133)
    f.field("Huidig verblijfsdoel", r.choice(["verblijf bij partner", "arbeid in loondienst", "studie",
                                              "verblijf als gezinslid"]))
    f.field("Geldig tot", dn(c.sub + dt.timedelta(days=r.randint(12, 85)), "-"))
    f.yesno("Is er iets veranderd in uw gezinssituatie of uw werk?", False)
    f.signature()
    return f.done()


_r("ind-form-med-grijze-strook-sectieletters-kamvakjes-vnummer-rondjes-49", "application", "nl", form_med,
   "medical-treatment form: grey strip with section letters, comb boxes for the V-number, radio buttons")
_r("ind-form-7027-grijze-strook-sectieletters-kamvakjes-vnummer-rondjes-49", "application", "nl", form_7027,
   "form 7027 in the same design")
_r("ind-form-generic-grijze-strook-sectieletters-kamvakjes-vnummer-rondjes-49", "application", "nl", form_generic,
   "extension form in the same design")


# =========================================================================== income

def earner(c: Case):
    return c.payer or c.p


def job(c: Case) -> dict:
    e = c.employer
    r = random.Random(crc("job49", e["name"], c.rng_seed))
    e.setdefault("fn49", r.choice(e["func"]))
    e.setdefault("in49", D(r.randint(2007, 2023), r.randint(1, 12), 1))
    e.setdefault("gross49", float(r.randrange(2400, 5300, 10)))
    e.setdefault("pno49", f"{r.randint(1000, 99999)}")
    e.setdefault("hrs49", r.choice([24, 30, 32, 36, 38, 40]))
    return dict(e)


def pay(gross: float, seed: int) -> dict:
    r = random.Random(seed)
    pension = round(gross * r.choice([0.048, 0.058, 0.071]), 2)
    tax = round(max(0.0, (gross - pension) * 0.3697 - r.uniform(230, 480)), 2)
    travel = r.choice([0.0, 42.00, 61.20, 88.80])
    return dict(gross=gross, pension=pension, tax=tax, travel=travel, net=round(gross - pension - tax + travel, 2))


def payslip(c: Case, rng: random.Random, *, month: int = 11, **_) -> list[Sheet]:
    """A payslip printed on CONTINUOUS FORM paper by a dot-matrix printer: a column of tractor-feed holes down both
    edges, faint green bars across the page, 'SALARISSPECIFICATIE' and the period in the mono face at the top, the
    employer at the LEFT and the employee (initials, surname, staff number, date of birth) at the RIGHT, the wage
    lines in a dotted-leader list (description ...... amount), the net amount boxed with asterisks, and the IBAN it
    was paid into; laid out to the page's own size."""
    e, w = job(c), earner(c)
    k = pay(e["gross49"], crc("pay49", c.rng_seed))
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    for y in range(0, int(H), 17):
        if (y // 17) % 2 == 0:
            band(sh, 12, y, W - 24, 8.5, (232, 244, 234))
    hole = Image.new("RGBA", (40, 40), (0, 0, 0, 0))
    ImageDraw.Draw(hole).ellipse([4, 4, 36, 36], fill=(200, 200, 200, 255), outline=(120, 120, 120, 255), width=2)
    for y in range(6, int(H) - 4, 13):
        sh.image(3.5, y, 4.2, 4.2, hole)
        sh.image(W - 7.7, y, 4.2, 4.2, hole)
    vl(sh, 11, 0, H, lw=0.2, col=GREY3, dash=0.8)
    vl(sh, W - 11, 0, H, lw=0.2, col=GREY3, dash=0.8)
    tx(sh, 18, 14, "SALARISSPECIFICATIE", f=DVM_B, pt=12)
    tx(sh, W - 18, 14, f"PERIODE {month:02d}/2026", f=DVM_B, pt=11, at="right")
    for i, ln in enumerate([e["name"], e["street"], f"{e['pc']} {e['city']}"]):
        txfit(sh, 18, 26 + i * 4.8, ln, 88, f=DVM, pt=9)
    for i, ln in enumerate([format_name(w, "initials").upper(), f"PERS.NR {e['pno49']}",
                            f"GEB.DATUM {dn(w.birth_date, '-')}", f"FUNCTIE {e['fn49'].upper()}"]):
        txfit(sh, W / 2 + 6, 26 + i * 4.8, ln, W / 2 - 24, f=DVM, pt=9)
    y = 54.0
    hours = e["hrs49"] * 4.33

    def lead(label, amount, y):
        tx(sh, 18, y, label, f=DVM, pt=9.4)
        s = euro(amount, False)
        x0 = 18 + tw(label, DVM, 9.4) + 2
        x1 = W - 20 - tw(s, DVM, 9.4) - 2
        hl(sh, x0, x1, y + 3.4, lw=0.15, col=GREY2, dash=0.3)
        tx(sh, W - 20, y, s, f=DVM, pt=9.4, at="right")

    rows = [(f"SALARIS ({hours:.1f} UUR)".replace(".", ","), k["gross"]),
            ("RESERVERING VAKANTIEGELD 8%", round(k["gross"] * 0.08, 2)),
            (f"PENSIOENPREMIE {e.get('pension', '')}".strip(), -k["pension"]), ("LOONHEFFING", -k["tax"])]
    if k["travel"]:
        rows.append(("REISKOSTEN WOON-WERK (ONBELAST)", k["travel"]))
    for lab, amt in rows:
        lead(lab, amt, y)
        y += 7
    y += 4
    tx(sh, W - 20, y, f"*** NETTO {euro(k['net'])} ***", f=DVM_B, pt=10.5, at="right")
    box(sh, W - 24 - tw(f"*** NETTO {euro(k['net'])} ***", DVM_B, 10.5), y - 2, tw(f"*** NETTO {euro(k['net'])} ***",
                                                                                       DVM_B, 10.5) + 8, 9, lw=0.4)
    tx(sh, 18, y + 14, f"BETAALD OP {iban(crc('ib49', c.rng_seed), c.bank['code'])}", f=DVM, pt=9)
    tx(sh, 18, y + 19, f"CAO: {e.get('cao', '-')}  -  LH-TABEL WIT/MAAND", f=DVM, pt=8.6, col=GREY1)
    return [sh]


def guarantor(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The guarantor's undertaking on a PRINTED FORM ('Verklaring garantsteller') completed on a TYPEWRITER: the
    form's boxes in two columns for the guarantor and the foreign national (name, birth date, address, V-number), the
    printed undertaking to bear the costs of stay and treatment, the guarantor's income in a small table (employer,
    gross and net monthly wage, since), the guarantor's signature BELOW its label at the lower left, and a copy of
    the guarantor's Dutch identity card pasted small at the lower right."""
    g = c.payer or c.p
    e = job(c)
    k = pay(e["gross49"], crc("pay49", c.rng_seed))
    sh = c.new_sheet()
    W = c.page_w
    tx(sh, 16, 12, "VERKLARING GARANTSTELLER", f=GOTH_B, pt=14)
    tx(sh, 16, 19, "bij een aanvraag om verblijf voor medische behandeling", f=GOTH, pt=9, col=GREY1)
    cw = (W - 36) / 2
    for j, (title, rows) in enumerate([
            ("Garantsteller", [("Naam", f"{g.surname}, {g.given_names}"), ("Geboortedatum", dn(g.birth_date, "-")),
                               ("Adres", " ".join(addr2(g if g.address else c.p))),
                               ("Relatie", c.payer_relation or "-")]),
            ("Vreemdeling", [("Naam", f"{c.p.surname}, {c.p.given_names}"), ("Geboortedatum", dn(c.p.birth_date, "-")),
                             ("Nationaliteit", natnl(c.p)), ("V-nummer", c.vnr)])]):
        x = 16 + j * (cw + 4)
        band(sh, x, 28, cw, 7, (228, 228, 232))
        tx(sh, x + 2, 29.4, title, f=GOTH_B, pt=10)
        y = 38.0
        for a, v in rows:
            tx(sh, x, y, a, f=GOTH, pt=7.6, col=GREY1)
            box(sh, x, y + 3.2, cw, 7.5, lw=0.25, col=GREY2)
            txfit(sh, x + 1.5, y + 4.8, v, cw - 3, f=TYPEW, pt=9.6)
            y += 12.5
    y = para(sh, 16, 92, W - 32, "Ondergetekende (garantsteller) verklaart zich garant te stellen voor alle kosten van "
             "verblijf en medische behandeling van de vreemdeling in Nederland, voor zover die niet door een "
             "verzekering worden gedekt, en weet dat de overheid deze kosten op hem of haar kan verhalen.", f=GOTH,
             pt=9.8, lead=1.5) + 6
    tx(sh, 16, y, "Inkomen garantsteller", f=GOTH_B, pt=10)
    y += 6
    for a, v in [("Werkgever", e["name"]), ("In dienst sinds", dn(e["in49"], "-")), ("Functie", e["fn49"]),
                 ("Bruto maandloon", euro(k["gross"])), ("Netto maandloon", euro(k["net"]))]:
        box(sh, 16, y, 60, 7, lw=0.2, col=GREY2, fill=(244, 244, 246))
        box(sh, 76, y, W - 92, 7, lw=0.2, col=GREY2)
        tx(sh, 18, y + 1.6, a, f=GOTH, pt=9)
        txfit(sh, 78, y + 1.4, v, W - 96, f=TYPEW, pt=9.6)
        y += 7
    y += 10
    tx(sh, 16, y, "Handtekening garantsteller", f=GOTH, pt=8.6, col=GREY1)
    sign(sh, 16, y + 4, rng, w=42, h=13, col=BALL_BLUE)
    tx(sh, 16, y + 20, f"{(g.address.city if g.address else c.p.address.city)}, "
       f"{dn(weekday_before(c, rng, 6, 40), '-')}", f=TYPEW, pt=9.6)
    card = Sheet(85.6, 54)
    card.image(0, 0, 85.6, 54, rosette(85.6, 54, rng, (236, 240, 246), (210, 220, 236), k=6))
    tx(card, 3, 2, "IDENTITEITSKAART · NEDERLAND", f=NSANS_B, pt=5.4)
    card.photo(3, 8, 20, 26, rng)
    for i, (a, v) in enumerate([("Naam", g.surname.upper()), ("Voornamen", g.given_names),
                                ("Geboortedatum", dn(g.birth_date, " "))]):
        tx(card, 26, 8 + i * 7, a, f=NSANS, pt=3.8, col=GREY2)
        txfit(card, 26, 10 + i * 7, v, 56, f=NSANS_B, pt=5.8)
    sh.image(W - 80, y - 6, 64, 40.4, card.render(200).convert("L").convert("RGB"))
    return [c.intr(sh)]


def employer_form(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The employer's statement ('Werkgeversverklaring') on the company's pre-printed form: the company's name and
    address in a box at the top RIGHT, the questions in a numbered list each with a short answer typed after a colon,
    contract type and 'opgezegd?' answered by ticking printed boxes, the gross monthly wage in bold, the HR officer's
    signature and the company stamp side by side at the foot, both OVER the printed line."""
    e, w = job(c), earner(c)
    k = pay(e["gross49"], crc("pay49", c.rng_seed))
    sh = c.new_sheet()
    W = c.page_w
    box(sh, W - 90, 12, 76, 22, lw=0.4)
    txfit(sh, W - 87, 14, e["name"], 70, f=CARL_B, pt=11)
    tx(sh, W - 87, 20, e["street"], f=CARL, pt=9)
    tx(sh, W - 87, 25, f"{e['pc']} {e['city']}", f=CARL, pt=9)
    tx(sh, 16, 44, "WERKGEVERSVERKLARING", f=CARL_B, pt=15)
    tx(sh, 16, 51, f"{e['city']}, {dw(weekday_before(c, rng, 6, 35), 'nl')}", f=CARL, pt=10)
    qs = [("Naam werknemer", format_name(w, "SURNAME, Given")), ("Geboortedatum", dn(w.birth_date, "-")),
          ("Functie", e["fn49"]), ("In dienst sinds", dn(e["in49"], "-")),
          ("Arbeidsduur per week", f"{e['hrs49']} uur"), ("Bruto maandsalaris (excl. vakantiegeld)", euro(k["gross"])),
          ("Vakantiegeld", "8 %"), ("Toepasselijke cao", e.get("cao", "-"))]
    y = 62.0
    for i, (q, a) in enumerate(qs, 1):
        tx(sh, 16, y, f"{i}.", f=CARL_B, pt=10)
        tx(sh, 24, y, q + ":", f=CARL, pt=10)
        txfit(sh, 100, y, a, W - 114, f=CARL_B if "salaris" in q else CARL, pt=10.5)
        y += 8
    tx(sh, 16, y + 2, "9.", f=CARL_B, pt=10)
    tx(sh, 24, y + 2, "Soort arbeidsovereenkomst:", f=CARL, pt=10)
    for j, lab in enumerate(["onbepaalde tijd", "bepaalde tijd", "oproep"]):
        cbox(sh, 100 + j * 34, y + 2, 3.6, j == 0)
        tx(sh, 105 + j * 34, y + 2.1, lab, f=CARL, pt=9.4)
    tx(sh, 16, y + 10, "10.", f=CARL_B, pt=10)
    tx(sh, 24, y + 10, "Is de arbeidsovereenkomst opgezegd of is dat voorgenomen?", f=CARL, pt=10)
    for j, lab in enumerate(["ja", "nee"]):
        cbox(sh, 140 + j * 20, y + 10, 3.6, j == 1)
        tx(sh, 145 + j * 20, y + 10.1, lab, f=CARL, pt=9.4)
    y += 30
    hl(sh, 16, 100, y + 14, lw=0.3)
    tx(sh, 16, y + 15.5, f"{random.Random(c.rng_seed + 141).choice(['H. Bakker', 'F. Amrani', 'W. de Ruiter'])}, "
       f"afdeling HR", f=CARL, pt=9)
    sign(sh, 20, y + 2, rng, w=40, h=13, col=BALL_BLUE)
    rubber(sh, 66, y, [e["name"][:24].upper(), e["city"].upper()], rng, shape="rect", col=RUBBER_VIOLET, mm=38)
    return [sh]


def bank_statement(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A monthly account statement ('Rekeningafschrift') as a PDF from the bank: the bank's name in a coloured band at
    the top, the account holder and IBAN at the LEFT with the statement's number and period at the RIGHT, a table
    with date, description, debit and credit columns and the RUNNING BALANCE at the far right, the salary credits in
    bold; the old and new balances in boxes at the foot."""
    e, w = job(c), earner(c)
    k = pay(e["gross49"], crc("pay49", c.rng_seed))
    b = c.bank
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    band(sh, 0, 8, W, 14, (30, 60, 110))
    tx(sh, 16, 11, b["name"], f=NSANS_B, pt=12, col=(255, 255, 255))
    tx(sh, W - 16, 12, "Rekeningafschrift", f=NSANS, pt=10, col=(220, 230, 245), at="right")
    tx(sh, 16, 28, format_name(w, "initials"), f=NSANS_B, pt=10)
    tx(sh, 16, 33, iban(crc("ib49", c.rng_seed), b["code"]), f=NSANS, pt=9.6)
    end = c.sub - dt.timedelta(days=rng.randint(3, 12))
    start = _ind.add_months(end, -2)
    tx(sh, W - 16, 28, f"Afschrift {rng.randint(8, 11)} / 2026", f=NSANS, pt=9.6, at="right")
    tx(sh, W - 16, 33, f"{dn(start, '-')} t/m {dn(end, '-')}", f=NSANS, pt=9.6, at="right")
    cols = [(16, "Datum"), (40, "Omschrijving"), (W - 78, "Af"), (W - 52, "Bij"), (W - 16, "Saldo")]
    y = 44.0
    for x, h in cols:
        tx(sh, x, y, h, f=NSANS_B, pt=8.6, at="right" if h in ("Af", "Bij", "Saldo") else "left")
    hl(sh, 16, W - 16, y + 4.8, lw=0.4)
    y += 7
    items = []
    d = start
    while d <= end:
        if d.day == 25:
            items.append((d, f"SALARIS {e['name'][:26].upper()}", k["net"]))
        if d.day == 1:
            items.append((d, "HUUR WOONCORPORATIE", -round(rng.uniform(640, 960), 2)))
        if d.day == 27:
            items.append((d, f"PREMIE {ins_name(c)[:24].upper()}", -round(rng.uniform(138, 172), 2)))
        if d.weekday() == 4:
            items.append((d, rng.choice(["PLUS", "JUMBO", "ALDI", "DIRK"]) + " BETAALAUTOMAAT",
                          -round(rng.uniform(22, 110), 2)))
        d += dt.timedelta(days=1)
    bal = round(rng.uniform(300, 1600), 2)
    opening = bal
    for d_, desc, amt in sorted(items, key=lambda t: t[0])[:28]:
        bal = round(bal + amt, 2)
        sal = amt > 0
        tx(sh, 16, y, dn(d_, "-"), f=NSANS, pt=8.4)
        txfit(sh, 40, y, desc, W - 128, f=NSANS_B if sal else NSANS, pt=8.4)
        tx(sh, W - 78 if amt < 0 else W - 52, y, euro(abs(amt), False), f=NSANS_B if sal else NSANS, pt=8.4,
           at="right")
        tx(sh, W - 16, y, euro(bal, False), f=NSANS, pt=8.4, at="right", col=GREY1)
        hl(sh, 16, W - 16, y + 4.2, lw=0.1, col=GREY4)
        y += 6
    for i, (a, v) in enumerate([("Oud saldo", opening), ("Nieuw saldo", bal)]):
        x = 16 + i * 60
        box(sh, x, y + 8, 54, 12, lw=0.4)
        tx(sh, x + 2, y + 9.4, a, f=NSANS, pt=8, col=GREY1)
        tx(sh, x + 52, y + 14, euro(v), f=NSANS_B, pt=10, at="right")
    tx(sh, W / 2, H - 10, f"{b['name']} · BIC {b['bic']} · {b['city']}", f=NSANS, pt=7, at="center", col=GREY2)
    return [sh]


def annual_statement(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The employer's annual income statement for 2025 ('Jaaropgaaf 2025') from the payroll software: a narrow form
    laid out in the UPPER half of the sheet as a grid of labelled cells (employer, loonheffingennummer, employee,
    BSN, period), the fiscal wage, withheld tax and labour credit in bold cells, and a line that the statement is
    meant for the income-tax return; the lower half of the sheet empty."""
    e, w = job(c), earner(c)
    k = pay(e["gross49"], crc("pay49", c.rng_seed))
    yearly = round(k["gross"] * 12.96 - k["pension"] * 12, 2)
    sh = c.new_sheet()
    W = c.page_w
    tx(sh, 16, 12, "JAAROPGAAF 2025", f=NNARROW_B, pt=15)
    tx(sh, W - 16, 13, e["name"], f=NNARROW_B, pt=10, at="right")
    cells = [("Werkgever", e["name"]), ("Loonheffingennummer", f"{random.Random(c.rng_seed + 151).randint(10000000, 99999999)}L01"),
             ("Werknemer", format_name(w, "SURNAME, Given")), ("Burgerservicenummer", _ind.bsn(random.Random(c.rng_seed + 152))),
             ("Geboortedatum", dn(w.birth_date, "-")), ("Tijdvak", "01-01-2025 t/m 31-12-2025"),
             ("Fiscaal loon", euro(yearly)), ("Ingehouden loonheffing", euro(round(k["tax"] * 12, 2))),
             ("Verrekende arbeidskorting", euro(float(rng.randint(3200, 5500)))), ("Zvw-bijdrage werkgever",
                                                                                  euro(round(yearly * 0.0651, 2)))]
    cw = (W - 32) / 2
    y = 22.0
    for i, (a, v) in enumerate(cells):
        x = 16 + (i % 2) * cw
        yy = y + (i // 2) * 11
        box(sh, x, yy, cw, 11, lw=0.25, col=GREY2)
        tx(sh, x + 1.5, yy + 0.8, a, f=NNARROW, pt=7, col=GREY1)
        txfit(sh, x + 1.5, yy + 4.4, v, cw - 3, f=NNARROW_B if i >= 6 else NNARROW, pt=10)
    para(sh, 16, y + 60, W - 32, "Deze jaaropgaaf hebt u nodig voor uw aangifte inkomstenbelasting. Bewaar hem goed.",
         f=NNARROW, pt=9, col=GREY1)
    return [sh]


_r("guarantor-formulier-typemachine-twee-kolommen-id-kaart-klein-49", "income-proof", "nl", guarantor,
   "guarantor's printed form completed on a typewriter with a small copy of the guarantor's ID card")
_r("payslip-kettingpapier-perforatiegaten-groene-banden-naaldprinter-49", "income-proof", "nl", payslip,
   "payslip printed on continuous form paper by a dot-matrix printer")
_r("werkgeversverklaring-voorgedrukt-genummerde-vragen-stempel-over-lijn-49", "income-proof", "nl", employer_form,
   "employer's statement on a pre-printed form with numbered questions")
_r("bank-rekeningafschrift-lopend-saldo-kleurband-49", "income-proof", "nl", bank_statement,
   "bank statement with a running balance")
_r("jaaropgaaf-2025-celraster-bovenhelft-49", "income-proof", "nl", annual_statement,
   "employer's annual income statement as a grid in the upper half")


# =========================================================================== medical statements

def _hhead(sh: Sheet, c: Case, *, x=16.0, y=12.0, dept: str = "") -> None:
    h = c.hospital
    band(sh, x, y, 4, 16, h["color"])
    tx(sh, x + 7, y, h["name"], f=CARL_B, pt=12)
    tx(sh, x + 7, y + 6, dept or "", f=CARL, pt=9, col=GREY1)
    tx(sh, x + 7, y + 11, f"{h['street']} · {h['pc']} {h['city']} · {h['web']}", f=CARL, pt=7.8, col=GREY2)


def med_specialist(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The treating specialist's statement for the IND ('Medische verklaring ten behoeve van de IND'): the hospital's
    name beside a vertical colour bar at the top LEFT, 'Aan de advocaat van patiënt' with the date at the right, the
    statement under FOUR bold questions in capitals (DIAGNOSE, BEHANDELING, NOODZAAK, DUUR) each with a typed answer,
    the sentence that the treatment is not available to the patient in the country of origin, the specialist's
    signature with name, specialism and BIG number under it and the department's oval stamp to its right."""
    fn, ln = doctor(c, "spec")
    sh = c.new_sheet()
    W = c.page_w
    _hhead(sh, c, dept=c.med.get("spec", ""))
    tx(sh, 16, 40, f"Aan de advocaat van patiënt · {c.lawyer_name or 'de gemachtigde'}", f=CARL, pt=10)
    tx(sh, W - 16, 40, f"{c.hospital['city']}, {dw(weekday_before(c, rng, 5, 40), 'nl')}", f=CARL, pt=10, at="right")
    tx(sh, 16, 52, "Medische verklaring ten behoeve van de IND", f=CARL_B, pt=13)
    tx(sh, 16, 59, f"Patiënt: {c.name('SURNAME, Given')}, geboren {dn(c.p.birth_date, '-')}", f=CARL, pt=10)
    y = 70.0
    start = began(c)
    for head, txt in [("DIAGNOSE", c.med.get("dx", "")),
                      ("BEHANDELING", f"{c.med.get('tx', '')}; in behandeling sinds {dw(start, 'nl')}."),
                      ("NOODZAAK", f"{c.med.get('stop', '')} De behandeling is voor patiënt in het land van herkomst "
                                   f"niet beschikbaar of niet toegankelijk."),
                      ("DUUR", still_needed(c, "nl"))]:
        tx(sh, 16, y, head, f=CARL_B, pt=9.6, col=c.hospital["color"])
        y = para(sh, 16, y + 5, W - 32, txt, f=CARL, pt=10.5, lead=1.5) + 5
    y += 6
    sign(sh, 16, y, rng, w=42, h=13, col=BALL_BLUE)
    tx(sh, 16, y + 15, f"{fn} {ln}", f=CARL_B, pt=10.5)
    tx(sh, 16, y + 20.5, c.med.get("doc_title", "medisch specialist"), f=CARL, pt=9.6)
    tx(sh, 16, y + 25.5, f"BIG-nummer {big(c, 'spec')}", f=CARL, pt=9.6, col=GREY1)
    rubber(sh, 90, y + 2, [c.hospital["short"].upper(), c.med.get("spec", "").upper()[:24]], rng, shape="oval",
           col=RUBBER_BLUE, mm=40)
    return [sh]


def med_english(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An English 'Medical statement' by the consultant at the hospital's international office: the hospital's name
    centred in small capitals with a double rule, a reference block at the LEFT (patient, date of birth, hospital
    number), the statement as flowing paragraphs in Nimbus Roman (diagnosis, current treatment, why it is necessary,
    how long it will still be needed), the consultant's typed name BELOW the signature with the GMC-style registration
    line, two pages when long."""
    fn, ln = doctor(c, "en")
    sh = c.new_sheet()
    W = c.page_w
    tx(sh, W / 2, 12, c.hospital["name"].upper(), f=NROMAN_B, pt=11.5, at="center", sp=0.6)
    hl(sh, 30, W - 30, 18, lw=0.4)
    hl(sh, 30, W - 30, 19.2, lw=0.15)
    for i, (a, v) in enumerate([("Patient", f"{c.p.given_names} {c.p.surname}"),
                                ("Date of birth", dn(c.p.birth_date, "/")),
                                ("Hospital no.", f"{c.rng_seed % 9000000 + 1000000}"),
                                ("Date", dw(weekday_before(c, rng, 5, 40), "en"))]):
        tx(sh, 16, 28 + i * 5.2, a, f=NROMAN, pt=9.6, col=GREY1)
        tx(sh, 46, 28 + i * 5.2, v, f=NROMAN_B, pt=9.6)
    tx(sh, 16, 56, "MEDICAL STATEMENT", f=NROMAN_B, pt=13)
    start = began(c)
    txt = [f"I am the treating {c.med.get('doc_en', 'consultant')} of the above patient, who is under my care for "
           f"{c.med.get('dx_en', '')}.",
           f"Current treatment: {c.med.get('tx_en', '')}. Treatment started on {dw(start, 'en')}.",
           f"{c.med.get('stop_en', '')} The treatment is medically necessary and is not available or not accessible "
           f"to the patient in the country of origin.",
           still_needed(c, "en")]
    y = 66.0
    for t_ in txt:
        y = para(sh, 16, y, W - 32, t_, f=NROMAN, pt=11, lead=1.55, al="justify") + 4
    y += 8
    sign(sh, 16, y, rng, w=42, h=13, col=FOUNTAIN)
    tx(sh, 16, y + 15, f"Dr {fn} {ln}", f=NROMAN_B, pt=10.5)
    tx(sh, 16, y + 20.5, c.med.get("doc_en", "consultant"), f=NROMAN, pt=10)
    tx(sh, 16, y + 25.5, f"BIG registration {big(c, 'en')}", f=NROMAN_I, pt=9.4, col=GREY1)
    return [sh]


def med_questionnaire(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The lawyer's questionnaire 'Vragen aan de behandelend arts', printed by the law office and FILLED IN BY HAND
    by the doctor: five numbered questions in bold print with the answers written under each in a hurried
    ballpoint hand, the last question on how long treatment is still needed; the doctor's name stamp and signature
    at the foot, where the printed label stands ABOVE the signature space."""
    fn, ln = doctor(c, "q")
    hf = random.Random(c.rng_seed + 161).choice([PEN_SLANT, PEN_PLAIN, PEN_NIB])
    ink = random.Random(c.rng_seed + 162).choice([BALL_BLUE, BALL_BLACK])
    sh = c.new_sheet()
    W = c.page_w
    firm = (c.lawyer or {"firm": "Rechtswinkel"})["firm"]
    tx(sh, 16, 12, firm, f=GOTH_B, pt=10)
    tx(sh, 16, 20, "VRAGEN AAN DE BEHANDELEND ARTS", f=GOTH_B, pt=13)
    tx(sh, 16, 27, f"Betreft uw patiënt {c.name('given_surname')}, geboren {dn(c.p.birth_date, '-')}", f=GOTH, pt=9.6)
    start = began(c)
    qa = [("Wat is de diagnose?", c.med.get("dx", "")),
          ("Welke behandeling krijgt patiënt en sinds wanneer?", f"{c.med.get('tx', '')}, sinds {dn(start, '-')}"),
          ("Waarom is deze behandeling noodzakelijk?", c.med.get("stop", "")),
          ("Is de behandeling in het land van herkomst beschikbaar en toegankelijk?", "Nee, niet beschikbaar voor "
                                                                                     "patiënt."),
          ("Hoe lang is de behandeling nog nodig?", still_needed(c, "nl"))]
    y = 38.0
    for i, (q, a) in enumerate(qa, 1):
        tx(sh, 16, y, f"{i}. {q}", f=GOTH_B, pt=9.8)
        y = pen_lines(sh, 20, y + 5, W - 36, a, rng, f=hf, pt=11, step=6.2, col=ink, n=8) + 5
    y += 4
    tx(sh, 16, y, "Naam, stempel en handtekening arts", f=GOTH, pt=8.6, col=GREY1)
    rubber(sh, 16, y + 4, [f"{fn[0]}. {ln}".upper(), c.med.get("doc_title", "").upper()[:26],
                           c.hospital["city"].upper()], rng, shape="rect", col=RUBBER_BLUE, mm=44)
    sign(sh, 76, y + 8, rng, w=42, h=13, col=ink)
    pen(sh, 130, y + 10, dn(weekday_before(c, rng, 5, 30), "-"), rng, f=hf, pt=11, col=ink)
    return [sh]


_r("medverklaring-specialist-kleurbalk-vier-kopjes-ovaal-stempel-49", "medical-statement", "nl", med_specialist,
   "specialist's statement for the IND under four bold headings")
_r("medverklaring-engels-consultant-dubbele-lijn-49", "medical-statement", "en", med_english,
   "English medical statement by a consultant")
_r("medverklaring-vragenlijst-advocaat-met-de-hand-beantwoord-49", "medical-statement", "nl", med_questionnaire,
   "lawyer's questionnaire answered by hand by the doctor")


# =========================================================================== care institution

def care_letter(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The hospital's confirmation ('Bevestiging behandeling') from the patient administration, as a letter with a
    RIGHT-HAND column of reference data (datum, patiëntnummer, contactpersoon) and the text at the left: that the
    hospital has the expertise and a place for the patient, that the patient has been accepted, when treatment starts
    and what it costs, who pays; the administration manager's signature at the END with the name typed under it and
    no label."""
    h = c.hospital
    start, _end = _ind._care_dates(c)
    sh = c.new_sheet()
    W = c.page_w
    _hhead(sh, c, dept="Patiëntenadministratie")
    x = W - 58
    for i, (a, v) in enumerate([("Datum", dn(weekday_before(c, rng, 5, 30), "-")),
                                ("Patiëntnummer", f"{c.rng_seed % 900000 + 100000}"),
                                ("Contactpersoon", random.Random(c.rng_seed + 171).choice(["T. Verhoef", "N. Bakkal",
                                                                                           "R. Smeets"])),
                                ("Telefoon", f"{h['tel']}-{rng.randint(100, 999)} {rng.randint(1000, 9999)}")]):
        tx(sh, x, 40 + i * 9, a, f=CARL_B, pt=7.8, col=h["color"])
        tx(sh, x, 43.6 + i * 9, v, f=CARL, pt=9.4)
    a1, a2 = addr2(c.p)
    for i, t_ in enumerate([c.name("initials"), a1, a2]):
        tx(sh, 16, 42 + i * 5, t_, f=CARL, pt=10)
    tx(sh, 16, 78, "Betreft: bevestiging behandeling", f=CARL_B, pt=11)
    txts = [f"Geachte {'heer' if c.p.sex == 'M' else 'mevrouw'} {c.p.surname},",
            f"Hierbij bevestigen wij dat ons ziekenhuis de deskundigheid en de capaciteit heeft om u te behandelen voor "
            f"{c.med.get('dx', 'uw aandoening')}. Wij hebben plaats voor u en u bent voor deze behandeling aangenomen.",
            f"De behandeling ({c.med.get('tx_short', '')}) {'start' if start > c.sub else 'is gestart'} op "
            f"{dw(start, 'nl')}. De kosten worden geraamd op {euro(float(c.med.get('cost', 20000)))} per jaar. "
            f"{who_pays(c)}",
            "Met vriendelijke groet,"]
    y = 88.0
    for t_ in txts:
        y = para(sh, 16, y, W - 82, t_, f=CARL, pt=10.5, lead=1.5) + 4
    sign(sh, 16, y, rng, w=40, h=12, col=BALL_BLUE)
    tx(sh, 16, y + 14, random.Random(c.rng_seed + 172).choice(["drs. M. Jansen", "mr. K. Oduya", "ing. P. Smit"]),
       f=CARL_B, pt=10)
    tx(sh, 16, y + 19, "manager patiëntenadministratie", f=CARL, pt=9.4, col=GREY1)
    return [sh]


def care_model(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The IND's model statement of the care institution ('Verklaring zorginstelling') as a printed form completed by
    the hospital: the institution's particulars in framed boxes, then four printed statements each with a printed
    'ja / nee' answered by CROSSING OUT the wrong word with a pen, the expected start date and the yearly costs
    written in, the medical director's signature and the institution's round stamp OVERLAPPING the last lines of
    text."""
    h = c.hospital
    start, _end = _ind._care_dates(c)
    ink = random.Random(c.rng_seed + 173).choice([BALL_BLUE, BALL_BLACK])
    hf = random.Random(c.rng_seed + 174).choice([PEN_PLAIN, PEN_CAPS])
    sh = c.new_sheet()
    W = c.page_w
    tx(sh, 16, 12, "VERKLARING ZORGINSTELLING", f=FSANS_B, pt=14)
    tx(sh, 16, 19, "bij een aanvraag om een verblijfsvergunning voor medische behandeling", f=FSANS, pt=9, col=GREY1)
    y = 28.0
    for a, v in [("Naam zorginstelling", h["name"]), ("Adres", f"{h['street']}, {h['pc']} {h['city']}"),
                 ("Patiënt", f"{c.p.surname}, {c.p.given_names} ({dn(c.p.birth_date, '-')})"),
                 ("Behandeling", c.med.get("tx", ""))]:
        box(sh, 16, y, W - 32, 10, lw=0.3, col=GREY2)
        tx(sh, 17.5, y + 0.8, a, f=FSANS, pt=7, col=GREY1)
        pen(sh, 18, y + 3.6, v, rng, f=hf, pt=10.5, col=ink, maxw=W - 38)
        y += 11.5
    y += 4
    for st in ["De zorginstelling heeft de deskundigheid om deze behandeling te geven.",
               "De zorginstelling heeft plaats om de patiënt te behandelen.",
               "De patiënt is voor de behandeling aangenomen.",
               "De behandeling is medisch noodzakelijk."]:
        y2 = para(sh, 16, y, W - 60, st, f=FSANS, pt=10, lead=1.35)
        tx(sh, W - 36, y, "ja / nee", f=FSANS_B, pt=10)
        nx = W - 36 + tw("ja / ", FSANS_B, 10)
        hl(sh, nx - 0.5, nx + tw("nee", FSANS_B, 10) + 0.5, y + 2.2, lw=0.5, col=ink)
        y = max(y2, y + 6) + 3
    y += 3
    tx(sh, 16, y, "Verwachte startdatum:", f=FSANS, pt=10)
    pen(sh, 60, y - 2.4, dn(start, "-"), rng, f=hf, pt=11, col=ink)
    tx(sh, 16, y + 8, "Geraamde kosten per jaar:", f=FSANS, pt=10)
    pen(sh, 66, y + 5.6, euro(float(c.med.get("cost", 20000))), rng, f=hf, pt=11, col=ink)
    y = para(sh, 16, y + 17, W - 32, who_pays(c), f=FSANS, pt=10, lead=1.4) + 8
    tx(sh, 16, y, "Naam en functie ondertekenaar", f=FSANS, pt=8, col=GREY1)
    pen(sh, 16, y + 3, f"{random.Random(c.rng_seed + 175).choice(['dr. E. Kramer', 'dr. S. Demir', 'dr. L. Vos'])}, "
        f"medisch directeur", rng, f=hf, pt=10.5, col=ink)
    sign(sh, 110, y, rng, w=40, h=13, col=ink)
    rubber(sh, 120, y - 14, [h["short"].upper(), "MEDISCHE DIRECTIE", h["city"].upper()], rng, col=RUBBER_BLUE,
           mm=32)
    return [sh]


def care_english(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An English 'Confirmation of admission for treatment' from the hospital's international patient office, in
    Carlito: a coloured top band with the office's name, the confirmation as a short LIST of bullet statements
    (expertise, capacity, acceptance, start date, estimated costs, payment), and the coordinator's signature BESIDE
    the typed name and title at the foot."""
    h = c.hospital
    start, _end = _ind._care_dates(c)
    sh = c.new_sheet()
    W = c.page_w
    band(sh, 0, 10, W, 16, h["color"])
    tx(sh, 16, 13, h["name"], f=CARL_B, pt=12.5, col=(255, 255, 255))
    tx(sh, 16, 19.5, "International Patient Office", f=CARL, pt=9.4, col=(240, 244, 248))
    tx(sh, W - 16, 34, dw(weekday_before(c, rng, 5, 30), "en"), f=CARL, pt=10, at="right")
    tx(sh, 16, 44, "Confirmation of admission for treatment", f=CARL_B, pt=13)
    tx(sh, 16, 51, f"Patient: {c.p.given_names} {c.p.surname} (born {dn(c.p.birth_date, '/')})", f=CARL, pt=10)
    y = 62.0
    for b_ in [f"Our hospital has the expertise to treat {c.med.get('dx_en', 'the condition')}.",
               "We have the capacity and a place for this patient.",
               f"The patient has been accepted for {c.med.get('tx_en', 'treatment')}.",
               f"Treatment {'starts' if start > c.sub else 'started'} on {dw(start, 'en')}.",
               f"Estimated costs: {euro(float(c.med.get('cost', 20000)))} per year.", who_pays(c, "en")]:
        tx(sh, 18, y, "•", f=CARL_B, pt=11)
        y = para(sh, 24, y, W - 40, b_, f=CARL, pt=10.5, lead=1.45) + 2.5
    y += 12
    nm = random.Random(c.rng_seed + 176).choice(["Sanne Willemsen", "Omar Haddou", "Grace Mensah"])
    tx(sh, 16, y + 4, nm, f=CARL_B, pt=10.5)
    tx(sh, 16, y + 9.5, "International Patient Coordinator", f=CARL, pt=9.4, col=GREY1)
    sign(sh, 76, y, rng, w=40, h=12, col=BALL_BLUE)
    return [sh]


_r("zorginstelling-bevestiging-referentiekolom-rechts-49", "care-institution-statement", "nl", care_letter,
   "hospital's confirmation letter with a reference column at the right")
_r("zorginstelling-modelverklaring-ja-nee-doorgestreept-stempel-over-tekst-49", "care-institution-statement", "nl",
   care_model, "model statement of the care institution with ja/nee crossed out by pen")
_r("care-confirmation-admission-engels-opsomming-49", "care-institution-statement", "en", care_english,
   "English confirmation of admission as a bulleted list")


# =========================================================================== health insurance

def polno(c: Case, pre: str = "") -> str:
    r = random.Random(crc("pol49", c.rng_seed, pre))
    return pre + "".join(str(r.randint(0, 9)) for _ in range(9))


def polisblad(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A Dutch health insurer's policy statement ('Polisblad 2026') with the INSURANCE CARD printed at the top as a
    rounded card (insurer's colour, name, relation number, UZOVI code, the insured's name and birth date) over the
    letter text, then a two-column summary (basisverzekering, aanvullende verzekering, ingangsdatum, eigen risico) in
    alternating grey rows, and the insurer's postal address at the foot."""
    ins = c.insurer_nl
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    card = Sheet(85.6, 54)
    band(card, 0, 0, 85.6, 54, ins["color"])
    band(card, 0, 34, 85.6, 20, (250, 250, 250))
    tx(card, 4, 4, ins["short"], f=NSANS_B, pt=12, col=(255, 255, 255))
    tx(card, 4, 12, "zorgpas 2026", f=NSANS, pt=7, col=(235, 240, 245))
    tx(card, 4, 22, f"Relatienummer {polno(c, 'R')}", f=NSANS, pt=6.4, col=(255, 255, 255))
    tx(card, 4, 27, f"UZOVI {ins['uzovi']}", f=NSANS, pt=6.4, col=(255, 255, 255))
    tx(card, 4, 37, f"{c.p.given_names} {c.p.surname}".upper(), f=NSANS_B, pt=7.4)
    tx(card, 4, 43, f"geb. {dn(c.p.birth_date, '-')}", f=NSANS, pt=6.6)
    img = card.render(200)
    mask = Image.new("L", img.size, 0)
    ImageDraw.Draw(mask).rounded_rectangle([0, 0, img.width - 1, img.height - 1], radius=24, fill=255)
    img.putalpha(mask)
    sh.image(16, 16, 85.6, 54, img)
    tx(sh, W - 16, 18, ins["name"], f=NSANS_B, pt=fitpt(ins["name"], 90, NSANS_B, 11), at="right")
    tx(sh, W - 16, 24, ins["post"], f=NSANS, pt=8, at="right", col=GREY1)
    tx(sh, 16, 82, "Polisblad 2026", f=NSANS_B, pt=15)
    y = para(sh, 16, 92, W - 32, f"Beste {c.p.given_names} {c.p.surname}, hierbij uw polisblad. Hierop staat "
             f"waarvoor u bij ons verzekerd bent.", f=NSANS, pt=10, lead=1.5) + 6
    start = D(2026, 1, 1) if (c.since and c.since.year < 2026) else c.sub - dt.timedelta(
        days=random.Random(c.rng_seed + 181).randint(30, 250))
    rows = [("Polisnummer", polno(c)), ("Verzekerde", f"{c.p.given_names} {c.p.surname}"),
            ("Basisverzekering", f"{ins['short']} Basis Restitutie"),
            ("Aanvullende verzekering", random.Random(c.rng_seed + 182).choice(["geen", "Aanvullend Plus", "Extra 1"])),
            ("Ingangsdatum", dn(start, "-")), ("Verplicht eigen risico", "€ 385 per jaar"),
            ("Dekking", "medisch-specialistische zorg, ziekenhuisopname, geneesmiddelen (Zvw)")]
    for i, (a, v) in enumerate(rows):
        if i % 2 == 0:
            band(sh, 16, y - 1, W - 32, 7.5, (238, 238, 240))
        tx(sh, 18, y, a, f=NSANS, pt=9.6)
        txfit(sh, 82, y, v, W - 100, f=NSANS_B, pt=9.6)
        y += 7.5
    tx(sh, W / 2, H - 12, f"{ins['name']} · {ins['post']}", f=NSANS, pt=7.4, at="center", col=GREY2)
    return [sh]


def cover_intl(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An international insurer's 'STATEMENT OF HEALTH INSURANCE COVER' in English with the insurer's name in large
    coloured capitals at the top LEFT and its address in a narrow column at the RIGHT, the policy data in a
    two-column table with thin rules, a paragraph confirming cover of in-patient and out-patient treatment in the
    Netherlands including the known condition, and a facsimile signature of the underwriting manager above the
    printed name; the bottom carries a bar code and page '1 of 1'; laid out to the page's own size."""
    ins = dict(c.insurer_intl)
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    tx(sh, 16, 14, ins["short"].upper(), f=GOTH_B, pt=20, col=ins["color"])
    para(sh, W - 70, 12, 54, ins["addr"], f=GOTH, pt=7.6, lead=1.3, col=GREY1)
    tx(sh, 16, 28, ins["name"], f=GOTH, pt=9, col=GREY1)
    hl(sh, 16, W - 16, 40, lw=0.6, col=ins["color"])
    tx(sh, 16, 46, "STATEMENT OF HEALTH INSURANCE COVER", f=GOTH_B, pt=14)
    start = c.sub - dt.timedelta(days=random.Random(c.rng_seed + 183).randint(20, 220))
    rows = [("Policy holder", f"{c.p.given_names} {c.p.surname}"), ("Date of birth", dn(c.p.birth_date, "/")),
            ("Policy number", polno(c, "IP")), ("Plan", ins.get("plan", "")),
            ("Cover period", f"{dn(start, '/')} to {dn(_ind.add_years(start, 1) - dt.timedelta(days=1), '/')}"),
            ("Area of cover", "Worldwide, including the Netherlands")]
    y = 58.0
    for a, v in rows:
        tx(sh, 16, y, a, f=GOTH, pt=10)
        txfit(sh, 70, y, v, W - 86, f=GOTH_B, pt=10)
        hl(sh, 16, W - 16, y + 5.4, lw=0.15, col=GREY3)
        y += 8
    y = para(sh, 16, y + 6, W - 32, f"We confirm that the policy holder is insured for in-patient and out-patient "
             f"medical treatment in the Netherlands, including treatment of the pre-existing condition "
             f"({c.med.get('dx_en', 'as declared')}), without waiting period. Invoices of Dutch care providers are "
             f"paid directly.", f=GOTH, pt=10.5, lead=1.5) + 10
    sign(sh, 16, y, rng, w=42, h=12, col=(20, 30, 90))
    tx(sh, 16, y + 14, random.Random(c.rng_seed + 184).choice(["Rachel Osei", "Marco Bianchi", "Lisa Chen"]),
       f=GOTH_B, pt=10)
    tx(sh, 16, y + 19, "Underwriting Manager", f=GOTH, pt=9, col=GREY1)
    barcode(sh, 16, H - 30, 60, 10, polno(c, "IP"))
    tx(sh, W - 16, H - 14, "1 of 1", f=GOTH, pt=8, at="right", col=GREY2)
    return [sh]


def travel_long(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A German long-stay health insurer's 'Versicherungsnachweis' for a stay in the Netherlands, in NIMBUS SANS
    NARROW: the address field with the small return line, an information block at the RIGHT (Vertragsnummer,
    Datum, Ihr Ansprechpartner), the confirmation of cover including the known illness, a box listing the tariff's
    benefits with ticks, and the computer-printed closing 'Dieses Schreiben ist ohne Unterschrift gültig'."""
    name = _ind._travel_name(c)
    sh = c.new_sheet()
    W = c.page_w
    tx(sh, 16, 12, name, f=NNARROW_B, pt=13)
    tx(sh, 16, 40, f"{name} · Postfach 10 12 {rng.randint(10, 99)} · 50{rng.randint(100, 999)} Köln", f=NNARROW, pt=6.6,
       col=GREY2)
    a1, a2 = addr2(c.p)
    for i, t_ in enumerate([f"{'Herrn' if c.p.sex == 'M' else 'Frau'} {c.p.given_names} {c.p.surname}", a1, a2,
                            "NIEDERLANDE"]):
        tx(sh, 16, 45 + i * 5, t_, f=NNARROW, pt=10)
    for i, (a, v) in enumerate([("Vertragsnummer", polno(c, "LZ-")), ("Datum", dn(weekday_before(c, rng, 8, 50))),
                                ("Ihr Ansprechpartner", "Team Ausland")]):
        tx(sh, W - 64, 42 + i * 9, a, f=NNARROW, pt=7.6, col=GREY1)
        tx(sh, W - 64, 45.6 + i * 9, v, f=NNARROW_B, pt=9.6)
    tx(sh, 16, 78, "Versicherungsnachweis für Ihren Aufenthalt in den Niederlanden", f=NNARROW_B, pt=11.5)
    start = c.sub - dt.timedelta(days=random.Random(c.rng_seed + 185).randint(20, 220))
    y = para(sh, 16, 88, W - 32, f"Wir bestätigen, dass Sie seit dem {dw(start, 'de')} bei uns für die Dauer Ihres "
             f"Aufenthalts in den Niederlanden krankenversichert sind. Der Schutz umfasst ambulante und stationäre "
             f"Behandlung einschließlich der bekannten Erkrankung ({c.med.get('dx', '')}).", f=NNARROW, pt=10.5,
             lead=1.5) + 6
    box(sh, 16, y, W - 32, 40, lw=0.4)
    tx(sh, 19, y + 2, "Tarif LZ-Komfort", f=NNARROW_B, pt=10)
    for i, b_ in enumerate(["ambulante ärztliche Behandlung", "stationäre Behandlung im Krankenhaus",
                            "Arznei- und Verbandmittel", "Vorerkrankungen eingeschlossen"]):
        tx(sh, 22, y + 9 + i * 7, "✓", f=DV_B, pt=10, col=(20, 120, 60))
        tx(sh, 28, y + 9 + i * 7, b_, f=NNARROW, pt=10)
    y += 50
    para(sh, 16, y, W - 32, "Mit freundlichen Grüßen\nIhre Auslandskrankenversicherung\n\nDieses Schreiben ist ohne "
         "Unterschrift gültig.", f=NNARROW, pt=10, lead=1.5)
    return [sh]


CERT = "intl-statement-of-cover-grote-kapitalen-adreskolom-streepjescode-49"
_r("polisblad-2026-zorgpas-bovenaan-grijze-rijen-49", "health-insurance", "nl", polisblad,
   "Dutch insurer's policy statement with the insurance card printed at the top")
_r(CERT, "health-insurance", "en", cover_intl, "international insurer's statement of cover with a bar code")
_r("travel-langzeit-versicherungsnachweis-smal-vinkjes-49", "health-insurance", "de", travel_long,
   "German long-stay insurer's confirmation with a ticked benefits box")


# =========================================================================== civic integration

def exam_date(c: Case, rng: random.Random) -> D:
    lo = (c.since or D(2021, 4, 1)) + dt.timedelta(days=380)
    hi = c.sub - dt.timedelta(days=40)
    if lo >= hi:
        lo = hi - dt.timedelta(days=300)
    return D.fromordinal(rng.randint(lo.toordinal(), hi.toordinal()))


def duo_diploma(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The civic-integration diploma in PORTRAIT with a broad pale-blue guilloche border, 'Diploma inburgering' in a
    large serif italic at the centre top, the holder's name in spaced capitals on its own line, birth date and
    place, the passed exam parts in a framed list with ticks, the level 'B1' in a circle at the RIGHT, the date and
    the diploma number at the foot, DUO's name and a printed signature at the lower RIGHT."""
    d0 = exam_date(c, rng)
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    sh.image(0, 0, W, H, rosette(W, H, rng, (240, 246, 252), (200, 218, 238), k=3.5))
    band(sh, 22, 22, W - 44, H - 44, (255, 255, 255))
    box(sh, 22, 22, W - 44, H - 44, lw=0.6, col=(40, 80, 140))
    tx(sh, W / 2, 40, "Diploma inburgering", f=SCHOOL_I, pt=26, at="center", col=(30, 60, 120))
    tx(sh, W / 2, 56, "Dienst Uitvoering Onderwijs", f=SCHOOL, pt=10, at="center", col=GREY1)
    name = f"{c.p.given_names} {c.p.surname}".upper()
    tx(sh, W / 2, 76, name, f=SCHOOL_B, pt=fitpt(name, W - 60, SCHOOL_B, 15), at="center", sp=1.2)
    tx(sh, W / 2, 86, f"geboren op {dw(c.p.birth_date, 'nl')} te {c.p.birth_place}", f=SCHOOL, pt=10.5, at="center")
    tx(sh, W / 2, 100, "heeft met goed gevolg de volgende onderdelen afgelegd:", f=SCHOOL, pt=10.5, at="center")
    box(sh, 50, 108, W - 100, 46, lw=0.3, col=GREY2)
    for i, p_ in enumerate(["Lezen", "Luisteren", "Schrijven", "Spreken", "Kennis van de Nederlandse Maatschappij"]):
        tx(sh, 56, 112 + i * 8, "✓", f=DV_B, pt=10, col=(20, 110, 60))
        tx(sh, 63, 112 + i * 8, p_, f=SCHOOL, pt=10.5)
    ring = Image.new("RGBA", (200, 200), (0, 0, 0, 0))
    ImageDraw.Draw(ring).ellipse([6, 6, 194, 194], outline=(30, 60, 120, 255), width=10)
    sh.image(W - 56, 112, 26, 26, ring)
    tx(sh, W - 43, 119.5, "B1", f=SCHOOL_B, pt=16, at="center", col=(30, 60, 120))
    r = random.Random(crc("dip49", c.rng_seed))
    tx(sh, 34, 200, f"Datum: {dn(d0, '-')}", f=SCHOOL, pt=10)
    tx(sh, 34, 206, f"Diplomanummer: {r.randint(100000000, 999999999)}", f=SCHOOL, pt=10)
    tx(sh, 34, 212, f"V-nummer: {c.vnr}", f=SCHOOL, pt=10)
    sign(sh, W - 90, 196, rng, w=50, h=14, col=(30, 30, 40))
    hl(sh, W - 94, W - 34, 213, lw=0.3)
    tx(sh, W - 64, 214.5, "namens de minister, DUO", f=SCHOOL_I, pt=9, at="center")
    return [c.intr(sh)]


def duo_exemption(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """DUO's decision granting exemption from the civic-integration requirement, as a letter in Nimbus Sans: DUO's
    name at the top RIGHT over a thin rule, the window address at the LEFT, a REFERENCE TABLE across the page under it
    (datum, ons kenmerk, V-nummer, onderwerp) in four framed cells, the decision in a framed box ('Besluit'), the
    reasons as a bulleted list, and the objection clause in small print at the foot."""
    d0 = exam_date(c, rng)
    sh = c.new_sheet()
    W = c.page_w
    tx(sh, W - 16, 12, "Dienst Uitvoering Onderwijs", f=NSANS_B, pt=10.5, at="right")
    tx(sh, W - 16, 17.5, "Ministerie van Onderwijs, Cultuur en Wetenschap", f=NSANS, pt=8, at="right", col=GREY1)
    hl(sh, 16, W - 16, 22, lw=0.3)
    a1, a2 = addr2(c.p)
    for i, t_ in enumerate([c.name("initials"), a1, a2]):
        tx(sh, 16, 34 + i * 5, t_, f=NSANS, pt=10)
    cw = (W - 32) / 4
    for i, (a, v) in enumerate([("Datum", dn(d0, "-")), ("Ons kenmerk", f"ONT{rng.randint(100000, 999999)}"),
                                ("V-nummer", c.vnr), ("Onderwerp", "ontheffing")]):
        box(sh, 16 + i * cw, 58, cw, 12, lw=0.25, col=GREY2)
        tx(sh, 17.5 + i * cw, 59, a, f=NSANS, pt=7, col=GREY1)
        tx(sh, 17.5 + i * cw, 63.6, v, f=NSANS_B, pt=9.6)
    y = para(sh, 16, 80, W - 32, f"Geachte {'heer' if c.p.sex == 'M' else 'mevrouw'} {c.p.surname},", f=NSANS,
             pt=10.5) + 4
    box(sh, 16, y, W - 32, 18, lw=0.6)
    tx(sh, 19, y + 2, "Besluit", f=NSANS_B, pt=10)
    para(sh, 19, y + 7.5, W - 38, "U krijgt ontheffing van de inburgeringsplicht. U hoeft geen inburgeringsexamen "
         "meer te doen.", f=NSANS, pt=10.5, lead=1.4)
    y += 26
    tx(sh, 16, y, "Waarom krijgt u ontheffing?", f=NSANS_B, pt=10.5)
    y += 7
    for b_ in ["U hebt aangetoond dat u zich voldoende hebt ingespannen om het examen te halen.",
               "U hebt ten minste 600 uur lessen gevolgd en de examens meerdere keren gedaan.",
               "Wij nemen dit besluit op grond van de Wet inburgering."]:
        tx(sh, 18, y, "•", f=NSANS_B, pt=10.5)
        y = para(sh, 23, y, W - 40, b_, f=NSANS, pt=10.5, lead=1.4) + 2
    para(sh, 16, y + 12, W - 32, "Bent u het niet eens met dit besluit? Dan kunt u binnen 6 weken na de datum van "
         "deze brief bezwaar maken. Stuur uw bezwaarschrift naar DUO, Postbus 30205, 2500 GE Den Haag.", f=NSANS,
         pt=8.6, lead=1.4, col=GREY1)
    return [c.intr(sh)]


def duo_results(c: Case, rng: random.Random, *, failed: bool = False, **_) -> list[Sheet]:
    """DUO's results letter ('Uw examenuitslag') with one CARD per exam part in a two-column grid: each card a framed
    box with the part's name in bold, the exam date and a score out of 100 with a short horizontal bar showing the
    score against the pass mark line; 'Gehaald' in green or 'Niet gehaald' in red under the bar; a closing sentence on
    whether everything is passed and DUO's name and the V-number at the top."""
    d0 = exam_date(c, rng)
    sh = c.new_sheet()
    W = c.page_w
    tx(sh, 16, 12, "DUO · Inburgering", f=NSANS_B, pt=11)
    tx(sh, W - 16, 12, f"V-nummer {c.vnr}", f=NSANS, pt=9.6, at="right")
    a1, a2 = addr2(c.p)
    for i, t_ in enumerate([c.name("initials"), a1, a2]):
        tx(sh, 16, 28 + i * 5, t_, f=NSANS, pt=10)
    tx(sh, W - 16, 28, dn(d0 + dt.timedelta(days=21), "-"), f=NSANS, pt=10, at="right")
    tx(sh, 16, 54, "Uw examenuitslag", f=NSANS_B, pt=14)
    parts = ["Lezen", "Luisteren", "Schrijven", "Spreken", "Kennis van de Nederlandse Maatschappij"]
    bad = random.Random(c.rng_seed + 191).randrange(len(parts)) if failed else -1
    r = random.Random(c.rng_seed + 192)
    cw = (W - 40) / 2
    for i, p_ in enumerate(parts):
        x = 16 + (i % 2) * (cw + 8)
        y = 64 + (i // 2) * 36
        box(sh, x, y, cw, 32, lw=0.35, col=GREY2)
        txfit(sh, x + 3, y + 2, p_, cw - 6, f=NSANS_B, pt=10)
        tx(sh, x + 3, y + 8, f"examendatum {dn(d0 - dt.timedelta(days=r.randint(3, 120)), '-')}", f=NSANS, pt=8.4,
           col=GREY1)
        score = r.randint(38, 55) if i == bad else r.randint(62, 94)
        band(sh, x + 3, y + 15, cw - 6, 4, (232, 232, 236))
        band(sh, x + 3, y + 15, (cw - 6) * score / 100, 4, (200, 60, 50) if i == bad else (40, 130, 80))
        vl(sh, x + 3 + (cw - 6) * 0.6, y + 13.5, y + 20.5, lw=0.4)
        tx(sh, x + cw - 3, y + 8, f"{score}/100", f=NSANS_B, pt=9, at="right")
        tx(sh, x + 3, y + 23, "Niet gehaald" if i == bad else "Gehaald", f=NSANS_B, pt=9.6,
           col=(190, 40, 40) if i == bad else (30, 120, 70))
    para(sh, 16, 176, W - 32, ("U hebt nog niet alle onderdelen gehaald. Meld u opnieuw aan voor het onderdeel dat u "
                               "niet hebt gehaald." if failed else
                               "U hebt alle onderdelen gehaald. U ontvangt uw diploma binnen 4 weken."), f=NSANS,
         pt=10.5, lead=1.5)
    return [c.intr(sh)]


CIVIC = [("duo-diploma-staand-blauwe-guilloche-rand-b1-cirkel-49", "diploma"),
         ("duo-ontheffing-referentietabel-besluitkader-opsomming-49", "exemption"),
         ("duo-uitslag-kaarten-scorebalk-zakgrens-49", "results")]
_r(CIVIC[0][0], "civic-integration", "nl", duo_diploma, "portrait diploma with a blue guilloche border")
_r(CIVIC[1][0], "civic-integration", "nl", duo_exemption, "DUO exemption decision with a reference table")
_r(CIVIC[2][0], "civic-integration", "nl", duo_results, "DUO results as cards with score bars")


# =========================================================================== other: cover letter, IND letters, MVV

GROUNDS = ["mijn cliënt verblijft in Nederland;",
           "identiteit en nationaliteit van mijn cliënt staan vast; ook de autoriteiten van het land van herkomst "
           "twijfelen daar niet aan;",
           "een (nieuw) paspoort is alleen te verkrijgen door persoonlijk naar het land van herkomst te reizen;",
           "als de behandeling stopt, ontstaat een medische noodsituatie;",
           "de behandeling is in het land van herkomst niet beschikbaar of voor mijn cliënt niet toegankelijk."]

ABOUT = {"ind-medical-treatment": "een verblijfsvergunning regulier voor bepaalde tijd met het verblijfsdoel "
                                  "'medische behandeling'",
         "ind-hnt-continued": "een verblijfsvergunning voor onbepaalde tijd op grond van voortgezet verblijf "
                              "(humanitair niet-tijdelijk)",
         "ind-generic": "verlenging van de verblijfsvergunning regulier voor bepaalde tijd"}


def cover_letter(c: Case, rng: random.Random, *, enclosures: list[str] | None = None, **_) -> list[Sheet]:
    """The lawyer's cover letter with a CENTRED letterhead (the firm's name in spaced small capitals between two thin
    rules, the address in one line under it), the IND's address at the LEFT under 'Per post', a grey reference box at
    the RIGHT (datum, V-nummer, cliënt), the subject in bold; when there is no passport the grounds for exemption
    lettered (a), (b) ... in a hanging indent; the enclosures numbered in TWO COLUMNS; the signature at the letter's
    END above the typed name and the word 'advocaat'."""
    lw = c.lawyer or dict(firm="Rechtshulpbureau Vaart", street="Vaartweg 12", pc="1211 JD", city="Hilversum",
                          tel="035", mail="info@rechtshulpvaart.nl")
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    hl(sh, 40, W - 40, 10, lw=0.3)
    tx(sh, W / 2, 12.5, " ".join(lw["firm"].upper()), f=PALA_B, pt=fitpt(" ".join(lw["firm"].upper()), W - 80, PALA_B,
                                                                         10.5), at="center")
    hl(sh, 40, W - 40, 18.5, lw=0.3)
    tx(sh, W / 2, 20.5, f"{lw['street']} · {lw['pc']} {lw['city']} · {lw['tel']} · {lw['mail']}", f=PALA, pt=7.6,
       at="center", col=GREY1)
    tx(sh, 18, 36, "Per post", f=PALA_I, pt=9)
    for i, t_ in enumerate(_ind.IND_ADDRESSES[rng.randrange(len(_ind.IND_ADDRESSES))].split("\n")):
        tx(sh, 18, 42 + i * 5, t_, f=PALA, pt=10.5)
    band(sh, W - 82, 36, 66, 22, (236, 236, 238))
    d0 = c.sub - dt.timedelta(days=rng.randint(0, 4))
    for i, (a, v) in enumerate([("Datum", dw(d0, "nl")), ("V-nummer", c.vnr), ("Cliënt", c.name("SURNAME, Given"))]):
        tx(sh, W - 79, 38.5 + i * 6.2, a, f=PALA, pt=8.4, col=GREY1)
        txfit(sh, W - 58, 38.3 + i * 6.2, v, 40, f=PALA_B, pt=9.4)
    y = para(sh, 18, 72, W - 36, f"Betreft: aanvraag {ABOUT[c.procedure]}", f=PALA_B, pt=10.5, lead=1.35) + 5
    body = ["Geachte heer, mevrouw,",
            f"Namens mijn cliënt{'e' if c.p.sex == 'F' else ''}, {c.name('given_surname')}, geboren op "
            f"{dn(c.p.birth_date, '-')}, {natnl(c.p)} onderdaan, zend ik u hierbij de aanvraag om {ABOUT[c.procedure]}, "
            f"met het ondertekende formulier en de bijlagen."]
    if c.procedure == "ind-medical-treatment" and c.art64_end:
        body.append(f"Cliënt heeft uitstel van vertrek op grond van artikel 64 Vreemdelingenwet tot en met "
                    f"{dw(c.art64_end, 'nl')} en wordt nog altijd behandeld voor {c.med.get('dx', 'de ziekte')}. De "
                    f"voorwaarden van inkomen en betaling van de behandeling gelden daarom niet.")
    if c.procedure == "ind-hnt-continued" and c.since:
        body.append(f"Cliënt heeft sinds {dw(c.since, 'nl')} een verblijfsvergunning met het doel "
                    f"'{dict(ROUTES).get(c.route, c.route or '')}'.")
    if c.suriname_visa:
        body.append("Cliënt heeft de Surinaamse nationaliteit en is met een visum voor medische behandeling "
                    "ingereisd (zie bijlage). De behandeling is nog steeds noodzakelijk; de betaling is geregeld.")
    for t_ in body:
        y = para(sh, 18, y, W - 36, t_, f=PALA, pt=10.5, lead=1.45, al="justify") + 3
    if c.no_passport:
        y = para(sh, 18, y, W - 36, "Cliënt heeft geen geldig paspoort. Ik verzoek u vrijstelling te verlenen van de "
                 "paspoortplicht, omdat:", f=PALA, pt=10.5, lead=1.45) + 1
        for n, i in enumerate(c.exemption_shown):
            tx(sh, 24, y, f"({'abcde'[n]})", f=PALA, pt=10.5)
            y = para(sh, 33, y, W - 51, GROUNDS[i], f=PALA, pt=10.5, lead=1.4) + 1.5
        y += 3
    if enclosures:
        tx(sh, 18, y, "Bijlagen", f=PALA_B, pt=10.5)
        y += 6
        half = (len(enclosures) + 1) // 2
        for i, e_ in enumerate(enclosures):
            x = 18 + (i // half) * ((W - 36) / 2)
            yy = y + (i % half) * 5.2
            txfit(sh, x, yy, f"{i + 1}. {e_}", (W - 40) / 2, f=PALA, pt=9.4)
        y += half * 5.2 + 6
    tx(sh, 18, y, "Met vriendelijke groet,", f=PALA, pt=10.5)
    sign(sh, 18, y + 4, rng, col=random.Random(c.rng_seed + 201).choice([BALL_BLUE, FOUNTAIN]))
    tx(sh, 18, y + 18, c.lawyer_name or "mr. J. Vaartman", f=PALA_B, pt=10.5)
    tx(sh, 18, y + 23, "advocaat", f=PALA_I, pt=9.4)
    return [c.intr(sh)]


def ind_frame(sh: Sheet, c: Case, d0: D) -> float:
    """This part's IND letter frame: the ministry's and the IND's names in a block at the top RIGHT beside a thin
    vertical rule, the return line and the window address at the LEFT, the reference lines (datum, kenmerk,
    V-nummer, onderwerp) as a single row of four captioned cells across the page."""
    W = c.page_w
    vl(sh, W - 76, 10, 26, lw=0.6, col=(21, 50, 110))
    tx(sh, W - 72, 11, "Ministerie van Asiel en Migratie", f=NSANS, pt=8.4)
    tx(sh, W - 72, 16, "Immigratie- en Naturalisatiedienst", f=NSANS_B, pt=9)
    tx(sh, W - 72, 21, "Postbus 5 · 9560 AA Ter Apel", f=NSANS, pt=7.6, col=GREY1)
    tx(sh, 16, 40, "> Retouradres Postbus 5 9560 AA Ter Apel", f=NSANS, pt=6.6, col=GREY2)
    a1, a2 = addr2(c.p)
    for i, t_ in enumerate([f"{'De heer' if c.p.sex == 'M' else 'Mevrouw'} {c.name('initials')}", a1, a2]):
        tx(sh, 16, 46 + i * 5, t_, f=NSANS, pt=10)
    r = random.Random(crc("ref49", c.rng_seed, d0))
    cw = (W - 32) / 4
    for i, (a, b) in enumerate([("Datum", dw(d0, "nl")), ("Ons kenmerk", f"{r.randint(1000000, 9999999)}"),
                                ("V-nummer", c.vnr), ("Uw kenmerk", "-")]):
        tx(sh, 16 + i * cw, 70, a, f=NSANS_B, pt=7.4, col=(21, 50, 110))
        tx(sh, 16 + i * cw, 74, b, f=NSANS, pt=9.2)
    hl(sh, 16, W - 16, 80, lw=0.2, col=GREY3)
    return 88.0


def art64_letter(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The IND's decision granting postponement of departure under article 64: this part's letter frame, the subject
    line, a BOXED line with the period of the postponement, short paragraphs on what it means (no residence permit,
    apply for medical treatment between 28 days before and 28 days after the end, report changes), the closing 'De
    minister van Asiel en Migratie, namens deze,' and a grey 'Bezwaar' box at the foot; no signature."""
    end = c.art64_end or (c.since - dt.timedelta(days=1) if c.since else c.sub + dt.timedelta(days=20))
    start = _ind.add_years(end, -1) + dt.timedelta(days=1)
    d0 = start + dt.timedelta(days=rng.randint(5, 35))
    sh = c.new_sheet()
    W = c.page_w
    y = ind_frame(sh, c, d0)
    tx(sh, 16, y, "Onderwerp: uw aanvraag om uitstel van vertrek (artikel 64 Vreemdelingenwet)", f=NSANS_B, pt=10)
    y = para(sh, 16, y + 9, W - 32, f"Geachte {'heer' if c.p.sex == 'M' else 'mevrouw'} {c.p.surname},\n\nU kunt om "
             f"medische redenen niet reizen. Dat blijkt uit het advies van het Bureau Medische Advisering. Wij geven u "
             f"daarom uitstel van vertrek voor de periode:", f=NSANS, pt=10, lead=1.5) + 3
    box(sh, 16, y, W - 32, 10, lw=0.5)
    tx(sh, W / 2, y + 2.6, f"{dw(start, 'nl')} tot en met {dw(end, 'nl')}", f=NSANS_B, pt=10.5, at="center")
    y += 16
    for t_ in ["Uitstel van vertrek is geen verblijfsvergunning.",
               "Wilt u na dit jaar in Nederland blijven voor uw behandeling? Vraag dan een verblijfsvergunning voor "
               "medische behandeling aan. Dat moet in de periode van 28 dagen vóór tot 28 dagen na het einde van het "
               "uitstel.", "Verandert uw medische situatie? Geef dit dan meteen door aan de IND."]:
        y = para(sh, 16, y, W - 32, t_, f=NSANS, pt=10, lead=1.5) + 3
    y = para(sh, 16, y + 5, W - 32, "De minister van Asiel en Migratie,\nnamens deze,\nde Immigratie- en "
             "Naturalisatiedienst", f=NSANS, pt=10, lead=1.45) + 10
    band(sh, 16, y, W - 32, 18, (236, 236, 238))
    para(sh, 19, y + 2.5, W - 38, "Bezwaar: bent u het niet eens met deze beslissing, dan kunt u binnen 4 weken bezwaar "
         "maken. Stuur uw bezwaarschrift naar het adres bovenaan deze brief.", f=NSANS, pt=8.8, lead=1.35)
    return [c.intr(sh)]


def permit_letter(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The IND's earlier decision granting the permit that the 7027 application continues: this part's letter frame,
    'Besluit' in bold, the sentence that the application is granted, the permit's particulars as a TWO-COLUMN TABLE
    with thin rules (verblijfsdoel, ingangsdatum, geldig tot, arbeid), the paragraph on collecting the residence
    document at an IND desk, and the printed closing; no signature."""
    since = c.since or D(2021, 6, 1)
    d0 = since + dt.timedelta(days=rng.randint(4, 45))
    sh = c.new_sheet()
    W = c.page_w
    y = ind_frame(sh, c, d0)
    purpose = dict(ROUTES).get(c.route or "", "regulier bepaalde tijd")
    tx(sh, 16, y, "Besluit", f=NSANS_B, pt=12)
    y = para(sh, 16, y + 8, W - 32, f"Geachte {'heer' if c.p.sex == 'M' else 'mevrouw'} {c.p.surname},\n\nWij hebben "
             f"uw aanvraag ingewilligd. U krijgt een verblijfsvergunning.", f=NSANS, pt=10, lead=1.5) + 4
    for a, v in [("Verblijfsdoel", purpose), ("Ingangsdatum", dw(since, "nl")),
                 ("Geldig tot", dw(_ind.add_years(since, 1 if "medische" in purpose else 5) - dt.timedelta(days=1),
                                   "nl")),
                 ("Arbeid", "niet toegestaan" if "medische" in purpose else "vrij toegestaan, TWV niet vereist")]:
        hl(sh, 16, W - 16, y, lw=0.2, col=GREY3)
        tx(sh, 18, y + 1.6, a, f=NSANS, pt=9.6, col=GREY1)
        tx(sh, 70, y + 1.6, v, f=NSANS_B, pt=9.6)
        y += 8
    hl(sh, 16, W - 16, y, lw=0.2, col=GREY3)
    y = para(sh, 16, y + 8, W - 32, "U ontvangt een uitnodiging om uw verblijfsdocument op te halen bij een IND-loket. "
             "Neem uw paspoort en deze brief mee.", f=NSANS, pt=10, lead=1.5) + 8
    para(sh, 16, y, W - 32, "Met vriendelijke groet,\nnamens de minister van Asiel en Migratie,\nde Immigratie- en "
         "Naturalisatiedienst", f=NSANS, pt=10, lead=1.45)
    return [c.intr(sh)]


def mvv_visa(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The visa page of a Surinamese passport with the Dutch long-stay visa (MVV, type D, 'medische behandeling') copied
    in the UPPER half of the sheet at 120 %: the sticker's pale green-blue wave ground with 'VISUM' and 'NEDERLAND'
    on one line at the top, the photo at the LEFT, the fields in a single column with captions in Dutch and French, the
    visa MRZ at the foot; the border police's entry stamp pressed on the page UNDER the sticker, slightly turned."""
    sh = c.new_sheet()
    W = c.page_w
    x0, y0, pw, ph = 16.0, 14.0, W - 32, 118.0
    box(sh, x0, y0, pw, ph, lw=0.2, col=GREY3)
    sx, sy, sw, sh_ = x0 + 5, y0 + 6, pw - 10, 78
    sh.image(sx, sy, sw, sh_, rosette(sw, sh_, rng, (232, 244, 244), (196, 224, 226), k=5))
    box(sh, sx, sy, sw, sh_, lw=0.3, col=(30, 90, 100))
    tx(sh, sx + 3, sy + 2, "VISUM · NEDERLAND", f=NSANS_B, pt=10, col=(30, 80, 100))
    sh.photo(sx + 4, sy + 10, 26, 33, rng)
    start = c.sub - dt.timedelta(days=rng.randint(170, 215))
    end = start + dt.timedelta(days=180)
    r = random.Random(crc("pp49", c.rng_seed))
    pno = r.choice(["R", "S"]) + r.choice("ABCDE") + "".join(str(r.randint(0, 9)) for _ in range(6))
    rows = [("Geldig voor / Valable pour", "SCHENGENSTATEN"), ("Van / Du", dn(start, "-")), ("Tot / Au", dn(end, "-")),
            ("Soort / Type", "D - MVV"), ("Afgegeven te / Délivré à", "PARAMARIBO"),
            ("Paspoort / Passeport", pno), ("Naam / Nom", f"{c.p.surname.upper()}, {c.p.given_names.upper()}"),
            ("Opmerkingen / Remarques", "MEDISCHE BEHANDELING")]
    y = sy + 9
    for a, v in rows:
        tx(sh, sx + 34, y, a, f=NNARROW, pt=5.6, col=GREY1)
        txfit(sh, sx + 78, y - 0.4, v, sw - 82, f=NNARROW_B, pt=8.2)
        y += 5.2
    lines = td3(issuing="NLD", surname=c.p.surname, given=c.p.given_names, number=pno, nationality="SUR",
                birth_date=c.p.birth_date, sex=c.p.sex, expiry=end, doc_type="V<")
    mrz_draw(sh, sx + 3, sy + sh_ - 14, lines, pitch=(sw - 6) / 44, gap=1.0)
    rubber(sh, sx + 20, sy + sh_ + 4, ["KMAR SCHIPHOL", dn(start + dt.timedelta(days=5), "."), "ENTRY · INREIS"], rng,
           shape="rect", col=RUBBER_BLACK, mm=38, angle=-7)
    return [sh]


_r("cover-letter-gecentreerd-briefhoofd-referentievak-bijlagen-twee-kolommen-49", "other", "nl", cover_letter,
   "lawyer's cover letter with a centred letterhead and enclosures in two columns")
_r("art64-decision-ind-verticale-lijn-periode-in-kader-bezwaarvak-49", "other", "nl", art64_letter,
   "IND art. 64 decision with the period in a box")
_r("permit-letter-ind-verticale-lijn-besluit-tabel-49", "other", "nl", permit_letter,
   "IND decision on the earlier permit with a table of particulars")
_r("mvv-sticker-sur-bovenhelft-120-inreisstempel-eronder-49", "other", "nl", mvv_visa,
   "MVV visa page of a Surinamese passport in the upper half with an entry stamp under the sticker")


# =========================================================================== the part's IND dossiers

class FortyninthBuilder(_ind.PartBuilder):
    """ind.PartBuilder for this part: it answers the places where PartBuilder names one family per part (the
    civic-integration papers, the US-Letter insurance certificate, the failed results) and maps the generic plans'
    Turkish-language birth act to this part's Kazakh (Kazakh/Russian) one; the Spanish-language act is this part's
    Peruvian one."""

    LANG_MAP = {"tr": "kk/ru"}

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
        D_.c.insurer_intl = dict(name="Cascadia Mutual Health Assurance Company", short="Cascadia Mutual",
                                 addr="1500 Fourth Avenue, Suite 2200, Seattle, WA 98101, USA", color=(0, 84, 96),
                                 logo="cross", plan="Global Resident Health Plan")
        self.compose_med(D_, skip={"insurance"})
        D_.c.__dict__["_ins_name"] = D_.c.insurer_intl["name"]
        D_.c.page_w, D_.c.page_h = LETTER
        doc = D_.add(CERT, kind="digital", label="statement of cover Cascadia")
        D_.c.page_w, D_.c.page_h = 210.0, 297.0
        D_.plan_files(combine=False)
        f, p = D_.page_of(doc, 0)
        D_.defect = _defect("IND-COPY-A4", "statement of health insurance cover of a US insurer printed on US Letter "
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
        D_.defect = _defect("IND-HNT-INBURGERING", "only DUO's results letter with one exam part not passed: no "
                                                   "diploma and no exemption")
        self.finish(D_, clean=False)


DEFECT_PLAN = [("a4", "ind-medical-treatment", "letter-digital"), ("a4", "ind-generic", "letter-scan"),
               ("blank", "ind-hnt-continued", "duplex-form"), ("blank", "ind-generic", "one-blank"),
               ("blank", "ind-medical-treatment", "duplex-all"),
               ("vnum", "ind-hnt-continued", "missing"), ("vnum", "ind-medical-treatment", "missing"),
               ("vnum", "ind-generic", "other"), ("vnum", "ind-medical-treatment", "other"),
               ("media", "ind-medical-treatment", "mp3"), ("media", "ind-hnt-continued", "attach"),
               ("media", "ind-generic", "js"),
               ("legible", "ind-hnt-continued", "faint"), ("legible", "ind-generic", "cut"),
               ("legible", "ind-medical-treatment", "72dpi"),
               ("translation", "ind-generic", "es"), ("translation", "ind-hnt-continued", "hy"),
               ("meddocs", "ind-medical-treatment", "care"), ("meddocs", "ind-medical-treatment", "income"),
               ("meddocs", "ind-medical-treatment", "medical"), ("meddocs", "ind-medical-treatment", "insurance"),
               ("exemption", "ind-medical-treatment", (1, 2, 4)), ("exemption", "ind-medical-treatment", (0, 3)),
               ("art64", "ind-medical-treatment", -31), ("art64", "ind-medical-treatment", 36),
               ("duration", "ind-hnt-continued", "buiten-schuld"),
               ("duration", "ind-hnt-continued", "trafficking-victim-no-report"),
               ("duration", "ind-hnt-continued", "medical-treatment"),
               ("continues", "ind-hnt-continued", "missing"), ("continues", "ind-hnt-continued", "short"),
               ("inburg", "ind-hnt-continued", "missing"), ("inburg", "ind-hnt-continued", "failed"),
               ("idsuff", "ind-hnt-continued", "none"), ("idsuff", "ind-hnt-continued", "permit-only"),
               ("mrz", "ind-medical-treatment", "name"), ("mrz", "ind-hnt-continued", "birth"),
               ("expired", "ind-medical-treatment", None), ("expired", "ind-hnt-continued", None),
               ("suriname", "ind-medical-treatment", None), ("suriname", "ind-medical-treatment", None)]

CLEAN_PLAN = dict(med=[None, 20, None, -26, None, 5, None, None, -10, None],
                  hnt=[("medical-treatment", 45, None, False), ("relationship", 120, "diploma", False),
                       ("parent", 30, None, True), ("domestic-violence", 60, None, True),
                       ("relationship", 200, "exemption", False), ("trafficking-victim", 15, None, False),
                       ("medical-treatment-after-art64", 35, None, False), ("buiten-schuld", 90, None, False),
                       ("relationship", 25, "diploma", False), ("trafficking-victim-no-report", 70, None, False)],
                  gen=[True, True, False, False])


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
    b = FortyninthBuilder(PART, Path(out_root))
    getattr(b, method)(*a, **kw)
    return b.truths, b.skipped


def build_part(out_root: Path, *, jobs: int | None = None) -> list[dict]:
    """Write every IND dossier of this part under out_root/fortyninth/ and return their truth dicts.  Each dossier is
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
