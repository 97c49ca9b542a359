"""IND families of the `fortysixth` part (registered in ind.FAMILIES), and the builder of its IND dossiers.

Written by a writer who saw neither the validator nor its output, from the seeds (000, 001, 002), rules.md and how
such papers look in Dutch files.  Each family's layout, wording and copy habit is described in its function's
docstring only (the part is read blind).

The IND dossiers of this part follow ind's generic dossier plans (ind.PartBuilder: the same compositions, the same
defect kinds).  The places where ind.PartBuilder names one family per part (the civic-integration papers, the
US-Letter insurance certificate and the failed DUO results) are answered by FortysixthBuilder below; the part's
clean and defect plans are CLEAN_PLAN and DEFECT_PLAN here, so ind itself is not changed.  Its IND applicants come
from Bangladesh, Georgia and Ethiopia; Haitian and Cameroonian applicants are 9ter only and a Surinamese applicant
appears only where the Surinamese rule needs one (ind.IND_ORIGIN_SKIP gets this part's own key).
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from . import ind as _ind
from .fortysixth_identity import (
    ARI, ARI_B, ARI_I, BALL_BLACK, BALL_BLUE, CAL, CAL_B, CAL_I, CENT, CENT_B,
    CENT_I, DJ, DJ_B, DJS, DJS_B, GOTH, GOTH_B, HEL, HEL_B, HEL_I, HELN, HELN_B, INK_ROYAL, LIB,
    LIB_B, MID, P_BOLD, P_BREIP, P_CAPS, P_ITAL, P_ROUND, PAL, PAL_B, PAL_I, PALE, PRIME, PRIME_B,
    SEAL_BLUE, SEAL_GREEN, SEAL_PURPLE, SEAL_RED, TYPE, TYPE_B, block, dlong, dmy, emblem,
    folded_in_four, frame, guilloche, h32, hand, hand_block, lines_of, mrz_block, put, rule, scrawl, seal, shrink,
    tickbox, tint, vrule, wid,
)
from .ind import LETTER, Case, _defect
from .mrz import td3
from .paper import Sheet
from .people import COUNTRIES as PC
from .people import MONTHS, format_name

PART = "fortysixth"
D = dt.date
NAVY = (16, 42, 94)

# Surinamese applicants only where the Surinamese rule plants them; Haitian and Cameroonian applicants only in 9ter
# (new key only)
_ind.IND_ORIGIN_SKIP.setdefault(PART, {"SUR", "HTI", "CMR"})


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


def adr(p) -> tuple[str, str]:
    a = p.address
    if a is None:
        return "", ""
    return f"{a.street} {a.number}", f"{a.postcode} {a.city}"


def back(c: Case, rng: random.Random, lo: int = 4, hi: int = 40) -> D:
    d = c.sub - dt.timedelta(days=rng.randint(lo, hi))
    while d.weekday() >= 5:
        d -= dt.timedelta(days=1)
    return d


def euro(x: float, sign: bool = True) -> str:
    s = f"{x:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return f"€ {s}" if sign else s


def iban(seed: int, code: str) -> str:
    r = random.Random(seed)
    acct = "".join(str(r.randint(0, 9)) for _ in range(10))
    num = int("".join(str(ord(ch) - 55) for ch in code) + acct + "232100")
    s = f"NL{98 - num % 97:02d}{code}{acct}"
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def medic(c: Case, key: str) -> tuple[str, str]:
    r = random.Random(h32("med46", key, c.rng_seed))
    return (r.choice(["Annemarie", "Bram", "Ilse", "Wouter", "Noor", "Hamid", "Esther", "Gijs", "Karlijn", "Priya"]),
            r.choice(["Kuipers", "van den Heuvel", "Jongsma", "Ouali", "Smit", "ter Horst", "Verbeek", "Nijland",
                      "de Haan", "Ramautar"]))


def big_no(c: Case, key: str) -> str:
    r = random.Random(h32("big46", key, c.rng_seed))
    return f"{r.randint(10000000, 99999999)}{r.choice(['01', '03', '19'])}"


def how_long(c: Case, lang: str = "nl") -> str:
    """How long the treatment will still be needed; 'short' ends within about four months."""
    if c.duration == "short":
        end = _ind.add_months(c.sub, 4)
        if lang == "en":
            return (f"The treatment is expected to be completed by the end of {MONTHS['en'][end.month - 1]} "
                    f"{end.year}; no specialist treatment will be needed after that.")
        return (f"De behandeling is naar verwachting eind {MONTHS['nl'][end.month - 1]} {end.year} afgerond; daarna "
                f"is geen specialistische behandeling meer nodig.")
    nl = {"lifelong": "Deze behandeling moet levenslang worden voortgezet.",
          "years2": "De behandeling zal zeker nog twee jaar nodig zijn.",
          "years3": "De behandeling zal naar verwachting nog drie jaar of langer nodig zijn.",
          "indefinite": "Een einddatum is niet te geven; de behandeling is in ieder geval nog ruim langer dan een jaar "
                        "nodig.",
          "months18": "De behandeling is nog ten minste anderhalf jaar nodig."}
    en = {"lifelong": "The treatment has to be continued for life.",
          "years2": "The treatment will certainly be needed for two more years.",
          "years3": "The treatment is expected to be needed for three more years or longer.",
          "indefinite": "No end date can be given; the treatment will in any case be needed for well over a year.",
          "months18": "The treatment is needed for at least another eighteen months."}
    return (en if lang == "en" else nl)[c.duration]


def payer_words(c: Case, lang: str = "nl") -> str:
    ins = c.__dict__.get("_ins_name") or (c.insurer_intl or c.insurer_nl or {"name": "de zorgverzekeraar"})["name"]
    if lang == "en":
        who = f"{c.payer.given_names} {c.payer.surname}" if c.payer else "the patient"
        return f"The costs are covered by the patient's insurer ({ins}); any remaining costs are paid by {who}."
    who = f"{c.payer.given_names} {c.payer.surname} ({c.payer_relation})" if c.payer else "patiënt zelf"
    return f"De kosten worden vergoed door de verzekeraar van patiënt ({ins}); het eventuele restant betaalt {who}."


def lead_in(sh: Sheet, x, y, w, lead: str, txt: str, *, f, fb, pt, lh=1.55) -> float:
    """A paragraph that starts with a bold lead-in word on its first line."""
    lw = wid(lead + " ", fb, pt)
    put(sh, x, y, lead, f=fb, pt=pt)
    first = lines_of(sh, txt, w - lw, f, pt)
    put(sh, x + lw, y, first[0], f=f, pt=pt)
    rest = " ".join(first[1:])
    y += pt * 0.3528 * lh
    if rest:
        y = block(sh, x, y, w, rest, f=f, pt=pt, lead=lh)
    return y


def hole(sh: Sheet, cx, cy, r) -> None:
    """A punched hole: a dark disc."""
    from PIL import Image, ImageDraw
    n = 60
    img = Image.new("RGBA", (n, n), (0, 0, 0, 0))
    ImageDraw.Draw(img).ellipse([1, 1, n - 1, n - 1], fill=(38, 38, 42, 255))
    sh.image(cx - r, cy - r, 2 * r, 2 * r, img)


# =========================================================================== application forms

class _IndForm:
    """This part's IND form design: a navy band across the top with the service's name at the left and the form's
    code at the right, under it on EVERY page a line 'V-nummer' with the number in a box at the right; questions
    numbered '1.1', '1.2' ... as rows with the question at the LEFT and the answer on an underlined space at the
    right; options as square boxes with their text after them; answers typed in Nimbus Mono or written by hand in
    capitals; page 'n/N' in the navy footer strip."""

    def __init__(self, c: Case, rng: random.Random, code: str, title: str):
        self.c, self.rng, self.code, self.title = c, rng, code, title
        self.hand = c.fill == "hand"
        self.hf = random.Random(c.rng_seed + 25).choice([P_CAPS, P_BOLD, P_ROUND, P_BREIP])
        self.ink = random.Random(c.rng_seed + 26).choice([BALL_BLUE, BALL_BLACK, INK_ROYAL])
        self.sheets: list[Sheet] = []
        self.y = 0.0
        self.new()

    @property
    def sh(self) -> Sheet:
        return self.sheets[-1]

    def ans(self, x, y, s, w) -> None:
        if not s:
            return
        if self.hand:
            hand(self.sh, x, y - 2.6, s, self.rng, f=self.hf, pt=11, c=self.ink, w=w, caps=True)
        else:
            put(self.sh, x, y, s, f=TYPE, pt=shrink(s, w, TYPE, 9.8))

    def new(self) -> None:
        c = self.c
        sh = c.new_sheet()
        W, H = c.page_w, c.page_h
        tint(sh, 0, 0, W, 16, NAVY)
        put(sh, 14, 4, "IND", f=HEL_B, pt=15, c=(255, 255, 255))
        put(sh, 30, 5.5, "Immigratie- en Naturalisatiedienst", f=HEL, pt=8.4, c=(220, 228, 240))
        put(sh, W - 14, 5.5, self.code, f=HEL_B, pt=9, a="right", c=(255, 255, 255))
        put(sh, W - 70, 20, "V-nummer", f=HEL_B, pt=8.6)
        frame(sh, W - 52, 18.5, 38, 7.5, lw=0.35)
        self.sheets.append(c.intr(sh))
        self.ans(W - 50, 20.2, c.vnr, 34)
        n = len(self.sheets)
        tint(sh, 0, H - 9, W, 9, NAVY)
        put(sh, W - 14, H - 6.8, f"{n}", f=HEL_B, pt=8, a="right", c=(255, 255, 255))
        put(sh, 14, H - 6.8, f"{self.code} - {c.sub.year}", f=HEL, pt=7.4, c=(220, 228, 240))
        if n == 1:
            block(sh, 14, 30, W - 28, self.title, f=HEL_B, pt=13.5, lead=1.2)
            self.y = 46.0
        else:
            self.y = 32.0

    def head(self, t: str) -> None:
        if self.y > self.c.page_h - 50:
            self.new()
        self.y += 2
        put(self.sh, 14, self.y, t, f=HEL_B, pt=10.5, c=NAVY)
        self.y += 7

    def q(self, no: str, lab: str, val: str) -> None:
        if self.y > self.c.page_h - 24:
            self.new()
        W = self.c.page_w
        put(self.sh, 14, self.y, no, f=HEL_B, pt=8.6)
        block(self.sh, 24, self.y, 62, lab, f=HEL, pt=8.6, lead=1.2)
        rule(self.sh, 90, W - 14, self.y + 4.6, lw=0.25, c=MID)
        self.ans(91, self.y + 0.4, val, W - 106)
        self.y += max(8.5, 4.2 * len(lines_of(self.sh, lab, 62, HEL, 8.6)) + 3)

    def opts(self, no: str, lab: str, options: list[str], chosen: set[int]) -> None:
        if self.y > self.c.page_h - 24 - 6 * len(options):
            self.new()
        W = self.c.page_w
        put(self.sh, 14, self.y, no, f=HEL_B, pt=8.6)
        y = block(self.sh, 24, self.y, W - 40, lab, f=HEL, pt=8.6, lead=1.2) + 1.5
        for i, o in enumerate(options):
            on = i in chosen
            tickbox(self.sh, 28, y + i * 5.8, 3.6, on, self.rng if (self.hand and on) else None, c=self.ink,
                    kind="cross")
            put(self.sh, 34, y + i * 5.8 + 0.2, o, f=HEL, pt=shrink(o, W - 50, HEL, 8.8))
        self.y = y + len(options) * 5.8 + 3

    def personal(self) -> None:
        c, p = self.c, self.c.p
        self.head("1  Uw persoonsgegevens")
        self.q("1.1", "Achternaam", p.surname)
        self.q("1.2", "Voornamen", p.given_names)
        self.q("1.3", "Geboortedatum", dmy(p.birth_date, "-"))
        self.q("1.4", "Geboorteplaats en -land", f"{p.birth_place}, {land_nl(p)}")
        self.q("1.5", "Nationaliteit", nat_nl(p))
        self.opts("1.6", "Geslacht", ["man", "vrouw"], {0 if p.sex == "M" else 1})
        a1, a2 = adr(p)
        self.q("1.7", "Adres in Nederland", f"{a1}, {a2}")
        if c.lawyer:
            self.head("2  Uw advocaat of gemachtigde")
            self.q("2.1", "Naam", c.lawyer_name)
            self.q("2.2", "Kantoor en plaats", f"{c.lawyer['firm']}, {c.lawyer['city']}")

    def sign(self, no: str) -> None:
        c = self.c
        if self.y > c.page_h - 72:
            self.new()
        self.head(f"{no}  Verklaring en ondertekening")
        self.y = block(self.sh, 14, self.y, c.page_w - 28, "Ik verklaar dat ik dit formulier naar waarheid heb "
                       "ingevuld. Ik weet dat onjuiste of onvolledige informatie gevolgen kan hebben voor mijn "
                       "aanvraag.", f=HEL, pt=8.8, lead=1.35) + 4
        self.q(f"{no}.1", "Plaats", c.p.address.city if c.p.address else "")
        self.q(f"{no}.2", "Datum", dmy(c.sub - dt.timedelta(days=self.rng.randint(1, 6)), "-"))
        put(self.sh, 14, self.y, f"{no}.3", f=HEL_B, pt=8.6)
        put(self.sh, 24, self.y, "Handtekening aanvrager", f=HEL, pt=8.6)
        frame(self.sh, 90, self.y - 1, c.page_w - 104, 24, lw=0.3, c=MID)
        scrawl(self.sh, 98, self.y + 3, self.rng, c=self.ink)
        self.y += 30


def form_med(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """Application for a residence permit for medical treatment in this part's form design."""
    f = _IndForm(c, rng, "MED-46", "Aanvraag verblijfsvergunning - verblijfsdoel medische behandeling")
    f.personal()
    f.head("3  De behandeling")
    f.q("3.1", "Naam en plaats van de zorginstelling", f"{c.hospital.get('name', '')}, {c.hospital.get('city', '')}")
    f.q("3.2", "Soort behandeling", c.med.get("tx_short", ""))
    f.opts("3.3", "Hebt u 1 jaar uitstel van vertrek gehad (artikel 64 Vreemdelingenwet)?",
           ["nee", "ja, het uitstel eindigt op: " + (dmy(c.art64_end, "-") if c.art64_end else "")],
           {1 if c.art64_end else 0})
    if not c.art64_end:
        f.opts("3.4", "Wie betaalt uw verblijf en de behandeling?", ["ik betaal zelf", "iemand anders betaalt "
                                                                                       "(garantsteller)"],
               {1 if c.payer else 0})
    f.opts("3.5", "Hebt u een geldig paspoort?", ["ja, een kopie zit bij deze aanvraag", "nee (zie de brief van mijn "
                                                                                        "advocaat)"],
           {1 if c.no_passport else 0})
    f.opts("3.6", "Hebt u de Surinaamse nationaliteit en een visum voor medische behandeling?", ["nee", "ja"],
           {1 if c.suriname_visa else 0})
    f.sign("4")
    return f.sheets


ROUTES = [("relationship", "verblijf bij partner"), ("parent", "verblijf bij ouder"),
          ("medical-treatment", "medische behandeling"),
          ("medical-treatment-after-art64", "medische behandeling na uitstel van vertrek (art. 64)"),
          ("trafficking-victim", "slachtoffer-aangever mensenhandel"),
          ("trafficking-victim-no-report", "slachtoffer mensenhandel zonder aangifte"),
          ("domestic-violence", "slachtoffer huiselijk geweld"), ("buiten-schuld", "buiten schuld")]


def form_7027(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """Form 7027 (continued residence, humanitarian non-temporary) in this part's form design."""
    f = _IndForm(c, rng, "7027-46", "Aanvraag verblijfsvergunning voortgezet verblijf - humanitair niet-tijdelijk")
    f.personal()
    f.head("3  Uw huidige verblijfsvergunning")
    keys = [k for k, _ in ROUTES]
    f.opts("3.1", "Voor welk verblijfsdoel hebt u nu een verblijfsvergunning?", [t for _, t in ROUTES],
           {keys.index(c.route)} if c.route in keys else set())
    f.q("3.2", "Ingangsdatum van die vergunning", dmy(c.since, "-") if c.since else "")
    if c.route == "relationship":
        f.opts("3.3", "Hebt u voldaan aan de inburgeringsplicht?", ["ja, diploma (kopie bijgevoegd)",
                                                                   "ontheffing of vrijstelling (besluit bijgevoegd)",
                                                                   "nee"],
               {0} if c.inburgering in ("diploma", "results") else ({1} if c.inburgering == "exemption" else {2}))
    if c.route and c.route.startswith("medical"):
        f.opts("3.3", "Is de behandeling nog ten minste 1 jaar nodig?", ["ja (verklaring behandelaar bijgevoegd)",
                                                                        "nee"], {0})
    f.sign("4")
    return f.sheets


def form_generic(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """Application to extend a regular residence permit in this part's form design."""
    f = _IndForm(c, rng, "VERL-46", "Aanvraag verlenging verblijfsvergunning regulier voor bepaalde tijd")
    f.personal()
    f.head("3  Uw verblijfsvergunning")
    r = random.Random(c.rng_seed + 33)
    f.q("3.1", "Huidig verblijfsdoel", r.choice(["verblijf bij partner", "arbeid in loondienst", "studie",
                                                 "verblijf bij familielid"]))
    f.q("3.2", "Geldig tot", dmy(c.sub + dt.timedelta(days=r.randint(20, 85)), "-"))
    f.opts("3.3", "Is er iets veranderd in uw situatie?", ["nee", "ja (toelichting bijgevoegd)"], {0})
    f.sign("4")
    return f.sheets


_r("ind-form-med-navy-kopband-vnummer-elke-pagina-vraag-links-antwoord-lijn-46", "application", "nl", form_med,
   "medical-treatment form: navy top band, V-number line on every page, question left, answer on a line")
_r("ind-form-7027-navy-kopband-vnummer-elke-pagina-vraag-links-antwoord-lijn-46", "application", "nl", form_7027,
   "form 7027 in the same design")
_r("ind-form-generic-navy-kopband-vnummer-elke-pagina-vraag-links-antwoord-lijn-46", "application", "nl",
   form_generic, "extension form in the same design")


# =========================================================================== income

def _who(c: Case):
    return c.payer or c.p


def _job(c: Case) -> dict:
    e = c.employer
    r = random.Random(h32("job46", e["name"], c.rng_seed))
    e.setdefault("fn46", r.choice(e["func"]))
    e.setdefault("in46", D(r.randint(2010, 2023), r.randint(1, 12), 1))
    e.setdefault("gross46", float(r.randrange(2350, 4900, 5)))
    e.setdefault("pno46", f"{r.randint(100, 9999):04d}")
    e.setdefault("hrs46", r.choice([32, 36, 38, 40]))
    return dict(e)


def _calc(gross: float, seed: int) -> dict:
    r = random.Random(seed)
    pension = round(gross * r.choice([0.052, 0.061, 0.074]), 2)
    tax = round(max(0.0, (gross - pension) * 0.36 - r.uniform(280, 470)), 2)
    travel = r.choice([0.0, 36.80, 58.20, 96.00])
    return dict(gross=gross, pension=pension, tax=tax, travel=travel, net=round(gross - pension - tax + travel, 2))


def payslip(c: Case, rng: random.Random, *, month: int = 11, **_) -> list[Sheet]:
    """The employer's own payroll print ('Loonstrook'): company name with a small square logo at the top LEFT, the
    period and payment date in a box at the right, the employee's data in two columns (name surname-first with
    initials, personnel number, date of birth, job, hours), then ONE table with the columns 'Omschrijving /
    Aantal / Tarief / Bedrag / Cumulatief'; the net amount in a framed box at the lower right; Nimbus Sans Narrow."""
    e, w = _job(c), _who(c)
    k = _calc(e["gross46"], h32("pay46", c.rng_seed))
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    tint(sh, 16, 12, 9, 9, (40, 90, 150))
    put(sh, 28, 12, e["name"], f=HELN_B, pt=11.5)
    put(sh, 28, 17.5, f"{e['street']}, {e['pc']} {e['city']}", f=HELN, pt=8.4, c=MID)
    frame(sh, W - 76, 11, 60, 18, lw=0.3)
    for i, (a, b) in enumerate([("Periode", f"{MONTHS['nl'][month - 1]} 2026"),
                                ("Betaaldatum", dmy(D(2026, month, 24), "-")), ("Strooknummer", f"{month:02d}/2026")]):
        put(sh, W - 74, 12.5 + i * 5.4, a, f=HELN, pt=8.4, c=MID)
        put(sh, W - 18, 12.5 + i * 5.4, b, f=HELN_B, pt=8.6, a="right")
    put(sh, 16, 38, "LOONSTROOK", f=HELN_B, pt=14)
    left = [("Naam", format_name(w, "Surname, Given")), ("Personeelsnummer", e["pno46"]),
            ("Geboortedatum", dmy(w.birth_date, "-"))]
    right = [("Functie", e["fn46"]), ("Uren per week", str(e["hrs46"])), ("In dienst", dmy(e["in46"], "-"))]
    for j, col in enumerate((left, right)):
        for i, (a, b) in enumerate(col):
            x = 16 + j * (W - 32) / 2
            put(sh, x, 48 + i * 5.4, a, f=HELN, pt=8.8, c=MID)
            put(sh, x + 32, 48 + i * 5.4, b, f=HELN_B, pt=shrink(b, (W - 32) / 2 - 34, HELN_B, 9))
    y = 70.0
    cols = [(16, "Omschrijving", "left"), (W - 104, "Aantal", "right"), (W - 78, "Tarief", "right"),
            (W - 48, "Bedrag", "right"), (W - 16, "Cumulatief", "right")]
    for x, h, a in cols:
        put(sh, x, y, h, f=HELN_B, pt=8.8, a=a)
    rule(sh, 16, W - 16, y + 5, lw=0.4)
    y += 8
    hourly = round(k["gross"] / (e["hrs46"] * 4.33), 2)
    rows = [("Salaris", f"{e['hrs46'] * 4.33:.2f}".replace(".", ","), euro(hourly, False), k["gross"]),
            ("Reservering vakantietoeslag 8%", "", "", round(k["gross"] * 0.08, 2)),
            ("Pensioenpremie werknemer", "", "", -k["pension"]), ("Loonheffing (tabel wit)", "", "", -k["tax"])]
    if k["travel"]:
        rows.append(("Reiskostenvergoeding (onbelast)", "", "", k["travel"]))
    for d_, n_, t_, amt in rows:
        put(sh, 16, y, d_, f=HELN, pt=9)
        put(sh, W - 104, y, n_, f=HELN, pt=9, a="right")
        put(sh, W - 78, y, t_, f=HELN, pt=9, a="right")
        put(sh, W - 48, y, euro(amt, False), f=HELN, pt=9, a="right")
        put(sh, W - 16, y, euro(round(amt * month, 2), False), f=HELN, pt=9, a="right")
        rule(sh, 16, W - 16, y + 4.8, c=PALE)
        y += 6.6
    y += 8
    frame(sh, W - 76, y, 60, 14, lw=0.5)
    put(sh, W - 74, y + 1.5, "Netto te betalen", f=HELN, pt=8.8, c=MID)
    put(sh, W - 18, y + 6.5, euro(k["net"]), f=HELN_B, pt=12, a="right")
    put(sh, 16, y + 2, f"Overgemaakt naar {iban(h32('ib46', c.rng_seed), c.bank['code'])}", f=HELN, pt=8.8)
    put(sh, 16, y + 7, f"Loonheffingskorting: ja  ·  CAO: {e.get('cao', '-')}", f=HELN, pt=8.4, c=MID)
    put(sh, 16, H - 14, f"{e['name']} · salarisadministratie · vragen: salaris@{e['name'].split()[0].lower()}.nl",
        f=HELN, pt=7.4, c=MID)
    return [sh]


def guarantor_note(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The guarantor's own handwritten letter to the IND on lined writing paper: name and address at the top
    left, the date at the right, 'Aan de IND' and a short statement that he or she will pay all costs of stay and
    treatment not covered by the insurance, with the monthly net income and the employer, and the applicant's
    name, birth date and V-number; signed BELOW the written name; folded in four for the envelope."""
    g = c.payer or c.p
    e = _job(c)
    k = _calc(e["gross46"], h32("pay46", c.rng_seed))
    hf = random.Random(c.rng_seed + 35).choice([P_ROUND, P_ITAL, P_BREIP])
    ink = random.Random(c.rng_seed + 36).choice([BALL_BLUE, BALL_BLACK])
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    for yy in range(30, int(H) - 12, 8):
        rule(sh, 12, W - 12, yy, c=(190, 205, 230), lw=0.15)
    sh.rule(26, 0, 26, H, width_mm=0.25, color=(220, 120, 130))
    a1, a2 = adr(g)
    hand(sh, 30, 14, f"{g.given_names} {g.surname}", rng, f=hf, pt=12, c=ink)
    hand(sh, 30, 21, f"{a1}, {a2}", rng, f=hf, pt=11, c=ink)
    hand(sh, W - 70, 22, dmy(back(c, rng, 6, 30), "-"), rng, f=hf, pt=11.5, c=ink)
    hand(sh, 30, 37, "Aan de IND", rng, f=hf, pt=12.5, c=ink)
    txt = (f"Hierbij verklaar ik, {g.given_names} {g.surname}, geboren {dmy(g.birth_date, '-')}, dat ik garant sta "
           f"voor alle kosten van verblijf en medische behandeling van mijn {c.payer_relation or 'familielid'} "
           f"{c.p.given_names} {c.p.surname}, geboren {dmy(c.p.birth_date, '-')}, V-nummer {c.vnr}, voor zover de "
           f"verzekering die niet betaalt. Ik werk sinds {e['in46'].year} bij {e['name']} als {e['fn46'].lower()} "
           f"en verdien netto ongeveer {euro(k['net'])} per maand. Loonstroken kan ik altijd opsturen.")
    y = hand_block(sh, 30, 53, W - 44, txt, rng, f=hf, pt=12, lh=8, c=ink, n=20)
    hand(sh, 30, y + 8, "Met vriendelijke groet,", rng, f=hf, pt=12, c=ink)
    hand(sh, 30, y + 16, f"{g.given_names} {g.surname}", rng, f=hf, pt=12, c=ink)
    scrawl(sh, 32, y + 24, rng, c=ink)
    return [folded_in_four(sh, rng)]


def employer_form(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """'Werkgeversverklaring' on a printed form (a model of a bank/landlord kind, filled in by the employer's HR
    department on a typewriter-like face): numbered fields in boxes, yes/no questions answered by ticking square
    boxes, the employer's rectangular stamp ON the signature at the bottom right, the HR officer's name typed
    beside the signature box; Liberation Sans captions."""
    e, w = _job(c), _who(c)
    k = _calc(e["gross46"], h32("pay46", c.rng_seed))
    sh = c.new_sheet()
    W = c.page_w
    put(sh, 16, 12, "WERKGEVERSVERKLARING", f=ARI_B, pt=15)
    put(sh, 16, 19, "In te vullen door de werkgever", f=ARI_I, pt=9, c=MID)
    rows = [("1", "Naam werkgever", e["name"]), ("2", "Adres", f"{e['street']}, {e['pc']} {e['city']}"),
            ("3", "Naam werknemer", format_name(w, "initials")), ("4", "Geboortedatum werknemer", dmy(w.birth_date, "-")),
            ("5", "Functie", e["fn46"]), ("6", "In dienst sinds", dmy(e["in46"], "-")),
            ("7", "Arbeidsduur per week", f"{e['hrs46']} uur"), ("8", "Bruto maandsalaris excl. vakantietoeslag",
                                                                 euro(k["gross"])),
            ("9", "Netto maandsalaris", euro(k["net"]))]
    y = 30.0
    for no, a, v in rows:
        frame(sh, 16, y, W - 32, 9, lw=0.25, c=MID)
        put(sh, 18, y + 2.4, no, f=ARI_B, pt=8.6)
        put(sh, 25, y + 2.4, a, f=ARI, pt=8.6)
        vrule(sh, 96, y, y + 9, lw=0.25, c=MID)
        put(sh, 98, y + 2.2, v, f=PRIME, pt=shrink(v, W - 116, PRIME, 10))
        y += 9
    y += 6
    for q, yes in [("Is het dienstverband voor onbepaalde tijd?", rng.random() < 0.8),
                   ("Is de proeftijd verstreken?", True), ("Is er sprake van loonbeslag?", False),
                   ("Is het dienstverband opgezegd of wordt het binnenkort beëindigd?", False)]:
        put(sh, 18, y, q, f=ARI, pt=9)
        tickbox(sh, W - 48, y, 3.6, yes)
        put(sh, W - 43, y, "ja", f=ARI, pt=9)
        tickbox(sh, W - 32, y, 3.6, not yes)
        put(sh, W - 27, y, "nee", f=ARI, pt=9)
        y += 7.5
    y += 8
    put(sh, 16, y, f"Plaats en datum: {e['city']}, {dmy(back(c, rng), '-')}", f=ARI, pt=9.6)
    y += 9
    hr = rng.choice(["A. Kroon (HR)", "T. Yılmaz, personeelszaken", "P. van Rijn, HR-manager"])
    put(sh, 16, y + 8, f"Naam ondertekenaar: {hr}", f=ARI, pt=9.6)
    frame(sh, W - 100, y, 84, 30, lw=0.3, c=MID)
    put(sh, W - 98, y + 1.2, "Handtekening en firmastempel", f=ARI, pt=7.4, c=MID)
    scrawl(sh, W - 90, y + 8, rng, c=BALL_BLUE)
    seal(sh, W - 96, y + 8, [e["name"][:26].upper(), f"{e['pc']} {e['city'].upper()}"], rng, shape="rect",
         c=SEAL_PURPLE, mm=46)
    return [sh]


def bank_overview(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A bank's three-month account overview downloaded as PDF: the bank's name in plain bold at the top RIGHT,
    the account holder and IBAN at the left, a summary line (period, opening and closing balance) in a grey strip,
    then the transactions grouped per month with a month heading, each with date, counterparty, description and
    amount in one signed column (credits shown with '+'); the monthly salary credits among them; DejaVu Sans."""
    e, w = _job(c), _who(c)
    k = _calc(e["gross46"], h32("pay46", c.rng_seed))
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    b = c.bank
    put(sh, W - 16, 12, b["name"], f=DJ_B, pt=12, a="right", c=(0, 80, 110))
    put(sh, W - 16, 18, f"BIC {b['bic']}", f=DJ, pt=8, a="right", c=MID)
    put(sh, 16, 14, "Rekeningoverzicht", f=DJ_B, pt=13)
    put(sh, 16, 24, f"{w.given_names[0]}. {w.surname}".upper(), f=DJ, pt=9.4)
    put(sh, 16, 29, f"IBAN {iban(h32('ib46', c.rng_seed), b['code'])}", f=DJ, pt=9.4)
    r = random.Random(h32("bk46", c.rng_seed))
    bal0 = round(r.uniform(300, 2400), 2)
    tint(sh, 16, 36, W - 32, 8, (232, 232, 232))
    txs = []
    for m in (8, 9, 10):
        txs += [(D(2026, m, 1), "Woonstichting", "huur", -round(r.uniform(620, 1080), 2)),
                (D(2026, m, r.randint(5, 12)), "Jumbo", "betaalautomaat", -round(r.uniform(35, 140), 2)),
                (D(2026, m, 24), e["name"][:28], f"salaris {MONTHS['nl'][m - 1]}", k["net"]),
                (D(2026, m, 27), c.insurer_nl["short"], "premie zorgverzekering", -round(r.uniform(138, 168), 2))]
    bal1 = round(bal0 + sum(t[3] for t in txs), 2)
    put(sh, 18, 37.8, f"01-08-2026 t/m 31-10-2026   beginsaldo {euro(bal0)}   eindsaldo {euro(bal1)}", f=DJ, pt=8.6)
    y = 52.0
    cur = None
    for d_, cp, desc, amt in txs:
        if d_.month != cur:
            cur = d_.month
            put(sh, 16, y, f"{MONTHS['nl'][cur - 1].capitalize()} 2026", f=DJ_B, pt=9.4)
            y += 6
        put(sh, 16, y, dmy(d_, "-"), f=DJ, pt=8.6)
        put(sh, 40, y, cp, f=DJ, pt=8.6)
        put(sh, 96, y, desc, f=DJ, pt=8.6, c=MID)
        put(sh, W - 16, y, ("+ " if amt > 0 else "- ") + euro(abs(amt), False), f=DJ_B if amt > 0 else DJ, pt=8.6,
            a="right")
        y += 5.4
    put(sh, 16, H - 16, "Dit overzicht is automatisch aangemaakt en zonder handtekening geldig.", f=DJ, pt=7.4, c=MID)
    return [sh]


def annual_statement(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The employer's 'Jaaropgaaf 2025' (annual statement for the tax return): a narrow form-like print with the
    employer's loonheffingennummer, the employee with the masked citizen service number, and a two-column list of
    the year's figures (loon voor de loonheffing, ingehouden loonheffing, werkgeversbijdrage Zvw, ...) in
    Courier Prime, the period of employment; no signature."""
    e, w = _job(c), _who(c)
    k = _calc(e["gross46"], h32("pay46", c.rng_seed))
    sh = c.new_sheet()
    W = c.page_w
    put(sh, 16, 14, "JAAROPGAAF 2025", f=PRIME_B, pt=14)
    put(sh, 16, 21, "Bewaar deze opgave bij uw belastingaangifte", f=PRIME, pt=8.8, c=MID)
    r = random.Random(h32("jo46", c.rng_seed))
    rows = [("Werkgever", e["name"]), ("Loonheffingennummer", f"{r.randint(100000000, 999999999)}L01"),
            ("Werknemer", format_name(w, "SURNAME, Given")), ("Burgerservicenummer", f"*****{r.randint(1000, 9999)}"),
            ("Geboortedatum", dmy(w.birth_date, "-")), ("Periode", "01-01-2025 t/m 31-12-2025")]
    y = 34.0
    for a, v in rows:
        put(sh, 16, y, a, f=PRIME, pt=9.6)
        put(sh, 76, y, v, f=PRIME_B, pt=shrink(v, W - 92, PRIME_B, 9.6))
        y += 6
    y += 6
    rule(sh, 16, W - 16, y, lw=0.4)
    y += 4
    year = round((k["gross"] - k["pension"]) * 12.96, 2)
    for a, v in [("Loon voor de loonheffing", year), ("Ingehouden loonheffing", round(k["tax"] * 12.6, 2)),
                 ("Werkgeversheffing Zvw", round(year * 0.0651, 2)), ("Verrekende arbeidskorting", round(r.uniform(3100,
                                                                                                                   5500), 2)),
                 ("Vergoedingen en verstrekkingen (onbelast)", round(k["travel"] * 12, 2))]:
        put(sh, 16, y, a, f=PRIME, pt=9.6)
        put(sh, W - 16, y, euro(v), f=PRIME_B, pt=9.6, a="right")
        y += 7
    rule(sh, 16, W - 16, y, lw=0.4)
    put(sh, 16, y + 6, f"{e['name']} - {e['street']}, {e['pc']} {e['city']}", f=PRIME, pt=8.4, c=MID)
    return [sh]


def uwv_statement(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """UWV's 'Specificatie uitkering' for a month (WIA benefit): the UWV name in its blue at the top LEFT, the
    recipient's address in the window, a framed block 'Uw uitkering' with gross amount, wage tax and net payment,
    the benefit's kind and end date ('geen einddatum'), and a short explanatory paragraph; born digital."""
    w = c.p
    sh = c.new_sheet()
    W = c.page_w
    put(sh, 16, 12, "UWV", f=HEL_B, pt=20, c=(0, 92, 170))
    put(sh, 38, 15, "Werknemersverzekeringen", f=HEL, pt=8.6, c=MID)
    a1, a2 = adr(w)
    for i, s in enumerate([f"{w.given_names[0]}. {w.surname}", a1, a2]):
        put(sh, 20, 44 + i * 5, s, f=HEL, pt=10)
    r = random.Random(h32("uwv46", c.rng_seed))
    put(sh, W - 16, 44, f"Datum {dmy(back(c, r, 6, 25), '-')}", f=HEL, pt=9, a="right")
    put(sh, W - 16, 49, f"Kenmerk WIA-{r.randint(100000, 999999)}", f=HEL, pt=9, a="right")
    put(sh, 16, 72, "Specificatie van uw WIA-uitkering over oktober 2026", f=HEL_B, pt=12)
    gross = float(r.randrange(1650, 2600, 5))
    tax = round(gross * 0.29, 2)
    frame(sh, 16, 82, W - 32, 40, lw=0.4, c=(0, 92, 170))
    for i, (a, v) in enumerate([("Soort uitkering", "IVA (volledig en duurzaam arbeidsongeschikt)"),
                                ("Bruto uitkering", euro(gross)), ("Ingehouden loonheffing", euro(tax)),
                                ("Netto uitbetaald", euro(round(gross - tax, 2))), ("Einddatum", "geen einddatum")]):
        put(sh, 20, 85 + i * 7, a, f=HEL, pt=9.6)
        put(sh, W - 20, 85 + i * 7, v, f=HEL_B, pt=9.6, a="right")
    block(sh, 16, 132, W - 32, "Uw uitkering wordt elke maand rond de 23e op uw rekening gestort. Verandert er iets in "
          "uw situatie, geef dat dan binnen een week aan ons door via mijn.uwv.nl.", f=HEL, pt=9.6, lead=1.45)
    return [sh]


_r("payslip-eigen-administratie-een-tabel-cumulatief-kolom-netto-kader-46", "income-proof", "nl", payslip,
   "employer's own payslip, one table with a cumulative column, net in a frame")
_r("guarantor-handgeschreven-brief-gelinieerd-papier-in-vieren-gevouwen-46", "income-proof", "nl", guarantor_note,
   "guarantor's handwritten letter on lined paper, folded in four")
_r("employer-werkgeversverklaring-genummerde-vakken-ja-nee-hokjes-stempel-op-handtekening-46", "income-proof", "nl",
   employer_form, "employer's statement as a numbered form, stamp on the signature")
_r("bank-driemaandenoverzicht-per-maand-gegroepeerd-46", "income-proof", "nl", bank_overview,
   "bank account overview over three months, grouped per month")
_r("jaaropgave-2025-courier-loonheffingennummer-46", "income-proof", "nl", annual_statement,
   "employer's annual statement 2025 in a typewriter face")
_r("uwv-specificatie-wia-kader-46", "income-proof", "nl", uwv_statement, "UWV monthly WIA benefit specification")


# =========================================================================== medical statements

def ms_lawyer_letter(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The treating specialist's statement for the IND, addressed to the lawyer: the hospital's name and department
    centred at the top over a coloured hairline, 'Medische verklaring' in bold, the patient's name, birth date and
    V-number on three lines at the left; the text in paragraphs with bold lead-in words ('Diagnose.',
    'Behandeling.', 'Noodzaak en duur.'); the signature ABOVE the typed name, BIG number and function at the end."""
    h = c.hospital
    g, s = medic(c, "spec")
    sh = c.new_sheet()
    W = c.page_w
    put(sh, W / 2, 12, h["name"], f=CENT_B, pt=13, a="center", c=h["color"])
    put(sh, W / 2, 18.5, f"{c.med.get('spec', '')} · {h['street']} · {h['pc']} {h['city']}", f=CENT, pt=8.4,
        a="center", c=MID)
    tint(sh, 30, 23, W - 60, 0.6, h["color"])
    d0 = back(c, rng, 5, 40)
    put(sh, W - 18, 32, f"{h['city']}, {dlong(d0, 'nl')}", f=CENT, pt=9.6, a="right")
    put(sh, 18, 32, "Aan: " + (c.lawyer_name or "de advocaat van patiënt"), f=CENT, pt=9.6)
    put(sh, 18, 46, "Medische verklaring", f=CENT_B, pt=14)
    for i, s_ in enumerate([f"Patiënt: {c.name()}", f"Geboortedatum: {c.dfmt(c.p.birth_date)}", f"V-nummer: {c.vnr}"]):
        put(sh, 18, 56 + i * 5, s_, f=CENT, pt=9.8)
    y = 76.0
    for lead, txt in [("Diagnose.", f"Patiënt is onder behandeling wegens {c.med.get('dx', '')}."),
                      ("Behandeling.", f"{c.med.get('tx', '').capitalize()}. {c.med.get('stop', '')}"),
                      ("Noodzaak en duur.", f"{how_long(c)} De behandeling is medisch noodzakelijk en wordt in ons "
                                            f"ziekenhuis gegeven. {payer_words(c)}")]:
        y = lead_in(sh, 18, y, W - 36, lead, txt, f=CENT, fb=CENT_B, pt=10) + 4
    y += 10
    scrawl(sh, 18, y, rng, c=BALL_BLUE)
    put(sh, 18, y + 15, f"{g} {s}", f=CENT_B, pt=10)
    put(sh, 18, y + 20, f"{c.med.get('doc_title', 'medisch specialist')} - BIG {big_no(c, 'spec')}", f=CENT, pt=9)
    return [sh]


def ms_gp_summary(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The general practitioner's letter with an extract of the practice's record: the practice's name and address
    at the top LEFT in Carlito, a short letter that the patient is under specialist treatment, then an
    'Episodelijst' table (ICPC code, description, start date) and a 'Medicatie' list; the expected duration of the
    treatment in its own sentence; signed BESIDE the typed name; two punch holes left from the practice binder."""
    gp = c.gp
    g, s = medic(c, "gp")
    sh = c.new_sheet()
    W = c.page_w
    put(sh, 18, 12, gp["name"], f=CAL_B, pt=12)
    put(sh, 18, 18, f"{gp['street']}, {gp['pc']} {gp['city']}", f=CAL, pt=9, c=MID)
    put(sh, 18, 22.5, f"huisarts {g} {s} - AGB {random.Random(h32('agb46', c.rng_seed)).randint(1000000, 9999999)}",
        f=CAL, pt=9, c=MID)
    d0 = back(c, rng, 5, 35)
    put(sh, W - 18, 34, dmy(d0, "-"), f=CAL, pt=10, a="right")
    put(sh, 18, 40, f"Betreft: {c.name('SURNAME, Given')}, geboren {dmy(c.p.birth_date, '-')}, V-nummer {c.vnr}",
        f=CAL_B, pt=10)
    y = block(sh, 18, 50, W - 36, f"Geachte heer/mevrouw,\n\nBovengenoemde patiënt is bij onze praktijk ingeschreven. "
              f"Patiënt is voor {c.med.get('dx', '')} onder behandeling van de afdeling {c.med.get('spec', '')} van "
              f"{c.hospital.get('name', '')}. Hieronder het relevante uittreksel uit het dossier.", f=CAL, pt=10.5,
              lead=1.5) + 6
    put(sh, 18, y, "Episodelijst", f=CAL_B, pt=10.5)
    y += 6
    r = random.Random(h32("icpc46", c.rng_seed))
    code = {"ckd": "U99", "hiv": "B90", "myeloma": "B74", "thal": "B78", "gaucher": "T99", "ktx": "U99",
            "epilepsy": "N88", "breast": "X76", "hip": "L76"}.get(c.med.get("key", ""), "A99")
    for cc, dd, st in [(code, c.med.get("dx", ""), D(r.randint(2019, 2025), r.randint(1, 12), 1)),
                       ("K86", "essentiële hypertensie", D(r.randint(2015, 2022), r.randint(1, 12), 1))]:
        frame(sh, 18, y, 20, 7, lw=0.2, c=PALE)
        frame(sh, 38, y, W - 86, 7, lw=0.2, c=PALE)
        frame(sh, W - 48, y, 30, 7, lw=0.2, c=PALE)
        put(sh, 20, y + 1.5, cc, f=CAL, pt=9.4)
        put(sh, 40, y + 1.5, dd, f=CAL, pt=shrink(dd, W - 90, CAL, 9.4))
        put(sh, W - 46, y + 1.5, dmy(st, "-"), f=CAL, pt=9.4)
        y += 7
    y += 6
    put(sh, 18, y, "Behandeling", f=CAL_B, pt=10.5)
    y = block(sh, 18, y + 6, W - 36, f"{c.med.get('tx', '').capitalize()}. {how_long(c)}", f=CAL, pt=10.5,
              lead=1.5) + 10
    put(sh, 18, y + 6, f"{g} {s}, huisarts", f=CAL, pt=10)
    scrawl(sh, 24 + wid(f"{g} {s}, huisarts", CAL, 10), y, rng, c=BALL_BLACK)
    for dy in (-40, 40):
        hole(sh, 10, c.page_h / 2 + dy, 3.0)
    return [sh]


def ms_english(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A specialist's statement in English ('To whom it may concern'), for a lawyer who asked for English: the
    hospital's name left-aligned with its web address, a reference line, the patient's name and date of birth in
    bold, three short paragraphs (diagnosis and treatment, what happens if it stops, how long it is still needed),
    signed at the end with the signature BELOW the typed name and the hospital's round stamp beside it."""
    h = c.hospital
    g, s = medic(c, "spec")
    sh = c.new_sheet()
    W = c.page_w
    put(sh, 18, 12, h["name"], f=LIB_B, pt=13)
    put(sh, 18, 18, f"{h['web']} · {h['street']}, {h['pc']} {h['city']}, the Netherlands", f=LIB, pt=8.6, c=MID)
    d0 = back(c, rng, 5, 40)
    put(sh, 18, 32, f"Date: {dlong(d0, 'en')}", f=LIB, pt=10)
    put(sh, 18, 37, f"Our ref.: {h['short']}/{c.med.get('key', 'x').upper()}/{d0.year}-{rng.randint(100, 999)}",
        f=LIB, pt=10)
    put(sh, 18, 50, "To whom it may concern", f=LIB_B, pt=11)
    put(sh, 18, 58, f"Re: {c.p.given_names} {c.p.surname}, born {dmy(c.p.birth_date, '/')}", f=LIB_B, pt=10.5)
    y = 68.0
    for txt in [f"The above patient is under our care for {c.med.get('dx_en', '')}. The current treatment is "
                f"{c.med.get('tx_en', '')}.", c.med.get("stop_en", ""),
                f"{how_long(c, 'en')} {payer_words(c, 'en')}"]:
        y = block(sh, 18, y, W - 36, txt, f=LIB, pt=10.5, lead=1.55) + 4
    y += 6
    put(sh, 18, y, "Yours sincerely,", f=LIB, pt=10.5)
    put(sh, 18, y + 8, f"{g} {s}, {c.med.get('doc_en', 'consultant')}", f=LIB, pt=10.5)
    scrawl(sh, 20, y + 12, rng, c=INK_ROYAL)
    seal(sh, W - 70, y + 2, [h["short"].upper(), c.med.get("spec_en", "").upper()[:22], h["city"].upper()], rng,
         c=SEAL_BLUE, mm=30)
    return [sh]


_r("medstat-verklaring-advocaat-gecentreerde-kop-vette-aanloopwoorden-46", "medical-statement", "nl",
   ms_lawyer_letter, "specialist's statement to the lawyer with bold lead-in words")
_r("medstat-huisarts-episodelijst-icpc-perforatie-46", "medical-statement", "nl", ms_gp_summary,
   "GP letter with an episode list from the practice record")
_r("medstat-to-whom-it-may-concern-engels-stempel-naast-handtekening-46", "medical-statement", "en", ms_english,
   "English statement 'to whom it may concern'")


# =========================================================================== care institution

def care_form(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The hospital's filled-in 'Verklaring zorginstelling' form: a grey title block, the institution's data and the
    patient's data in two framed columns, three statements with ticked boxes (the institution has the expertise and
    the facilities, there is room to treat, the treatment starts / has started on a date), the estimated annual
    cost, and the medical manager's signature in a box with the hospital's stamp over its corner; answers typed."""
    h = c.hospital
    r = random.Random(h32("care46", c.rng_seed))
    start = c.sub + dt.timedelta(days=r.randint(10, 60)) if c.procedure == "ind-medical-treatment" else \
        _ind.add_months(c.sub, -r.randint(1, 8))
    sh = c.new_sheet()
    W = c.page_w
    tint(sh, 16, 12, W - 32, 14, (226, 226, 226))
    put(sh, 19, 14, "VERKLARING ZORGINSTELLING", f=HEL_B, pt=13)
    put(sh, 19, 20.5, "ten behoeve van een aanvraag verblijfsvergunning medische behandeling", f=HEL, pt=8.6, c=MID)
    half = (W - 36) / 2
    for j, (t, rows) in enumerate([("Zorginstelling", [h["name"], h["street"], f"{h['pc']} {h['city']}",
                                                       f"afdeling {c.med.get('spec', '')}"]),
                                   ("Patiënt", [c.name("SURNAME_given"), f"geb. {dmy(c.p.birth_date, '-')}",
                                                f"nationaliteit {nat_nl(c.p)}", f"V-nummer {c.vnr}"])]):
        x = 16 + j * (half + 4)
        frame(sh, x, 32, half, 30, lw=0.3)
        put(sh, x + 2, 33.5, t, f=HEL_B, pt=8.6, c=MID)
        for i, s in enumerate(rows):
            put(sh, x + 2, 39 + i * 5.2, s, f=TYPE, pt=shrink(s, half - 4, TYPE, 9.4))
    y = 72.0
    for s in [f"De zorginstelling beschikt over de deskundigheid en de voorzieningen voor: {c.med.get('tx', '')}.",
              "Er is plaats om de patiënt te behandelen.",
              f"De behandeling {'begint op' if start > c.sub else 'is begonnen op'} {dmy(start, '-')}."]:
        tickbox(sh, 18, y + 0.3, 3.6, True)
        y = block(sh, 25, y, W - 43, s, f=HEL, pt=9.8, lead=1.4) + 3.5
    y += 4
    put(sh, 18, y, "Geraamde kosten per jaar:", f=HEL, pt=9.8)
    put(sh, 70, y, euro(float(c.med.get("cost", 20000))), f=TYPE_B, pt=10)
    y += 7
    y = block(sh, 18, y, W - 36, payer_words(c), f=HEL, pt=9.4, lead=1.4) + 10
    put(sh, 18, y, f"Datum: {dmy(back(c, rng, 4, 30), '-')}", f=HEL, pt=9.8)
    frame(sh, 80, y - 2, W - 96, 30, lw=0.3, c=MID)
    put(sh, 82, y - 0.5, "Handtekening medisch manager", f=HEL, pt=7.4, c=MID)
    scrawl(sh, 90, y + 6, rng, c=BALL_BLUE)
    seal(sh, W - 52, y - 10, [h["short"].upper(), "MEDISCHE ADMINISTRATIE", h["city"].upper()], rng, c=SEAL_GREEN,
         mm=30)
    put(sh, 82, y + 24, rng.choice(["drs. M. Boersma", "dr. F. el Amrani", "mw. dr. C. Hofman"]), f=HEL, pt=9)
    return [sh]


def care_acceptance(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """'Letter of acceptance' from the hospital's international office in English, on letter paper with a coloured
    left-hand margin strip carrying the hospital's name sideways; the body as a letter (the hospital is willing and
    able to treat the named patient, start date, department, estimated costs and payment), signed by the
    international patient coordinator at the LEFT with the name under the signature."""
    h = c.hospital
    r = random.Random(h32("care46", c.rng_seed))
    start = c.sub + dt.timedelta(days=r.randint(10, 60)) if c.procedure == "ind-medical-treatment" else \
        _ind.add_months(c.sub, -r.randint(1, 8))
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    tint(sh, 0, 0, 12, H, h["color"])
    for i, ch in enumerate(h["short"].upper()):
        put(sh, 6, 30 + i * 5.5, ch, f=HEL_B, pt=9, a="center", c=(255, 255, 255))
    put(sh, 22, 14, h["name"], f=PAL_B, pt=12.5)
    put(sh, 22, 20, "International Patient Office", f=PAL_I, pt=9.5, c=MID)
    put(sh, W - 18, 36, dlong(back(c, rng, 4, 30), "en"), f=PAL, pt=10, a="right")
    put(sh, 22, 48, "LETTER OF ACCEPTANCE", f=PAL_B, pt=13)
    txt = (f"We hereby confirm that {h['name']} is willing and able to treat {c.p.given_names} {c.p.surname}, born "
           f"{dmy(c.p.birth_date, '/')}, a national of {PC.get(c.p.nationality, {}).get('en', '')}. The department of "
           f"{c.med.get('spec_en', '')} has the necessary expertise and facilities for {c.med.get('tx_en', '')}. "
           f"Treatment {'will start on' if start > c.sub else 'started on'} {dlong(start, 'en')}.\n\n"
           f"The estimated cost of treatment is {euro(float(c.med.get('cost', 20000)))} per year. "
           f"{payer_words(c, 'en')}")
    y = block(sh, 22, 60, W - 40, txt, f=PAL, pt=10.5, lead=1.55) + 14
    put(sh, 22, y, "Kind regards,", f=PAL, pt=10.5)
    scrawl(sh, 22, y + 5, rng, c=BALL_BLACK)
    put(sh, 22, y + 20, rng.choice(["Marloes Timmer", "Yusuf Demir", "Claire Vos"]), f=PAL_B, pt=10)
    put(sh, 22, y + 25, "International Patient Coordinator", f=PAL, pt=9.5)
    return [sh]


_r("care-verklaring-zorginstelling-formulier-aangevinkt-stempel-op-kader-46", "care-institution-statement", "nl",
   care_form, "hospital's filled-in care statement form with ticked statements")
_r("care-letter-of-acceptance-engels-gekleurde-kantstrook-46", "care-institution-statement", "en", care_acceptance,
   "English letter of acceptance with a coloured margin strip")


# =========================================================================== health insurance

def _pol(c: Case, pre: str = "") -> str:
    r = random.Random(h32("pol46", c.rng_seed, pre))
    return pre + "".join(str(r.randint(0, 9)) for _ in range(9))


def polisblad(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A Dutch insurer's 'Polisblad' for 2026 printed from the web portal: the insurer's name set in its colour at
    the top RIGHT, the policy holder's name and address at the left, the policy number and relation number in a
    row of small boxes, a table of insured persons with the basic and supplementary cover and the start date, and
    the standard sentence on the basic insurance; the portal's print line at the foot."""
    ins = c.insurer_nl
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    put(sh, W - 16, 12, ins["name"], f=GOTH_B, pt=11.5, a="right", c=ins["color"])
    put(sh, W - 16, 18, ins["post"], f=GOTH, pt=8, a="right", c=MID)
    a1, a2 = adr(c.p)
    for i, s in enumerate([c.name("initials"), a1, a2]):
        put(sh, 16, 40 + i * 5, s, f=GOTH, pt=10)
    put(sh, 16, 64, "Polisblad 2026", f=GOTH_B, pt=15)
    for i, (a, v) in enumerate([("Polisnummer", _pol(c, "P")), ("Relatienummer", _pol(c)), ("UZOVI", ins["uzovi"])]):
        frame(sh, 16 + i * 56, 74, 54, 12, lw=0.3, c=ins["color"])
        put(sh, 18 + i * 56, 75.5, a, f=GOTH, pt=7.6, c=MID)
        put(sh, 18 + i * 56, 80, v, f=GOTH_B, pt=9.8)
    start = D(2026, 1, 1) if c.since and c.since.year < 2026 else c.sub - dt.timedelta(
        days=random.Random(c.rng_seed).randint(40, 200))
    y = 96.0
    for x, h_ in zip((16, 70, 126, 166), ("Verzekerde", "Basisverzekering", "Aanvullend", "Ingangsdatum")):
        put(sh, x, y, h_, f=GOTH_B, pt=9)
    rule(sh, 16, W - 16, y + 5, lw=0.4, c=ins["color"])
    y += 8
    put(sh, 16, y, f"{c.p.given_names} {c.p.surname}", f=GOTH, pt=9.4)
    put(sh, 70, y, f"{ins['short']} Basis Restitutie", f=GOTH, pt=9.4)
    put(sh, 126, y, rng.choice(["Tand 250", "geen", "Extra 1"]), f=GOTH, pt=9.4)
    put(sh, 166, y, dmy(start, "-"), f=GOTH, pt=9.4)
    put(sh, 16, y + 6, f"geboren {dmy(c.p.birth_date, '-')}", f=GOTH, pt=8.4, c=MID)
    block(sh, 16, y + 20, W - 32, "Uw basisverzekering vergoedt de zorg uit het wettelijk basispakket, waaronder "
          "medisch-specialistische zorg en verblijf in het ziekenhuis. Het verplicht eigen risico bedraagt € 385.",
          f=GOTH, pt=9.8, lead=1.5)
    put(sh, 16, H - 12, f"afgedrukt via Mijn {ins['short']} op {dmy(c.sub - dt.timedelta(days=3), '-')}", f=GOTH, pt=7.4,
        c=MID)
    return [sh]


def intl_certificate(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An international health insurer's 'Certificate of Insurance' in English: the insurer's name in bold at the
    top LEFT with its address under it and a thin coloured rule, a framed 'Certificate No.', the insured's data
    and cover as 'label: value' lines, a boxed statement that medical treatment in the Netherlands (in- and
    out-patient) is covered without waiting period or exclusion for the condition, signed by the head of
    underwriting ABOVE the name; a seal bottom right."""
    ins = dict(c.insurer_intl)
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    put(sh, 18, 14, ins["name"], f=DJS_B, pt=shrink(ins["name"], W - 80, DJS_B, 13))
    put(sh, 18, 21, ins["addr"], f=DJS, pt=8.2, c=MID)
    tint(sh, 18, 26, W - 36, 0.8, ins["color"])
    put(sh, 18, 36, "CERTIFICATE OF INSURANCE", f=DJS_B, pt=14)
    frame(sh, W - 74, 33, 56, 10, lw=0.4, c=ins["color"])
    put(sh, W - 72, 34.5, "Certificate No.", f=DJS, pt=7.4, c=MID)
    put(sh, W - 72, 38.3, _pol(c, "C-"), f=DJS_B, pt=9)
    start = c.sub - dt.timedelta(days=random.Random(c.rng_seed + 5).randint(20, 200))
    y = 54.0
    for a, v in [("Insured", f"{c.p.given_names} {c.p.surname}"), ("Date of birth", dmy(c.p.birth_date, "/")),
                 ("Nationality", PC.get(c.p.nationality, {}).get("en", "")), ("Plan", ins.get("plan", "")),
                 ("Period", f"{dmy(start, '/')} to {dmy(_ind.add_years(start, 1) - dt.timedelta(days=1), '/')}"),
                 ("Territory", "Europe including the Netherlands")]:
        put(sh, 18, y, a + ":", f=DJS, pt=9.6, c=MID)
        put(sh, 62, y, v, f=DJS_B, pt=shrink(v, W - 80, DJS_B, 9.8))
        y += 7
    y += 4
    frame(sh, 18, y, W - 36, 30, lw=0.3)
    block(sh, 21, y + 3, W - 42, f"The insured is covered for in-patient and out-patient medical treatment in the "
          f"Netherlands, including treatment of {c.med.get('dx_en', 'the condition')}. No waiting period and no "
          f"exclusion for this pre-existing condition apply. Hospital invoices are settled directly.", f=DJS, pt=9.6,
          lead=1.45)
    y += 44
    scrawl(sh, 20, y, rng, c=INK_ROYAL)
    put(sh, 18, y + 15, rng.choice(["J. O'Sullivan", "M. Fischer", "A. Moreau"]) + ", Head of Underwriting",
        f=DJS, pt=9.4)
    seal(sh, W - 60, H - 70, [ins.get("short", "INSURER").upper(), "UNDERWRITING"], rng, c=ins["color"], mm=30)
    return [sh]


def incoming_card(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """Policy confirmation of a Dutch 'incoming' insurer for foreign nationals with the insurance card printed at
    the top (a credit-card sized block with the insurer's name, the insured and the policy number, to be cut out),
    then a letter confirming the cover of medical costs in the Netherlands including the existing condition by
    special acceptance, and the conditions in bullet points; born digital."""
    name = _ind._incoming_name(c)
    sh = c.new_sheet()
    W = c.page_w
    frame(sh, 18, 14, 86, 54, lw=0.4, c=(0, 110, 90))
    tint(sh, 18, 14, 86, 12, (0, 110, 90))
    put(sh, 21, 17, name, f=CAL_B, pt=shrink(name, 80, CAL_B, 10.5), c=(255, 255, 255))
    for i, (a, v) in enumerate([("Verzekerde", f"{c.p.given_names} {c.p.surname}"), ("Geboortedatum",
                                                                                     dmy(c.p.birth_date, "-")),
                                ("Polisnummer", _pol(c, "IN")), ("Alarmnummer", "+31 20 " + str(rng.randint(100, 999))
                                                                 + " " + str(rng.randint(1000, 9999)))]):
        put(sh, 21, 29 + i * 9, a, f=CAL, pt=7.4, c=MID)
        put(sh, 21, 32.4 + i * 9, v, f=CAL_B, pt=9.6)
    sh.rule(14, 72, W - 14, 72, width_mm=0.3, color=PALE, dash=1.5)
    put(sh, 18, 80, "Bevestiging van uw verzekering", f=CAL_B, pt=13)
    start = c.sub - dt.timedelta(days=random.Random(c.rng_seed + 4).randint(20, 200))
    y = block(sh, 18, 90, W - 36, f"Geachte {'heer' if c.p.sex == 'M' else 'mevrouw'} {c.p.surname},\n\nHierbij "
              f"bevestigen wij dat u vanaf {dlong(start, 'nl')} bij ons verzekerd bent voor medische kosten in "
              f"Nederland (verzekering Incoming Zorg Totaal). Op grond van een bijzondere acceptatie is ook de "
              f"behandeling van uw bestaande aandoening ({c.med.get('dx', '')}) meeverzekerd.", f=CAL, pt=10.5,
              lead=1.5) + 6
    for s in ["huisarts, medisch specialist en ziekenhuisopname", "geneesmiddelen op voorschrift",
              "geen eigen risico", "looptijd 12 maanden, stilzwijgend verlengd"]:
        put(sh, 22, y, "•", f=CAL, pt=10.5)
        put(sh, 27, y, s, f=CAL, pt=10.5)
        y += 6
    put(sh, 18, y + 10, "Met vriendelijke groet,", f=CAL, pt=10.5)
    put(sh, 18, y + 16, f"{name}, afdeling Acceptatie", f=CAL_I, pt=10.5)
    return [sh]


_r("polisblad-2026-portaalprint-logo-rechts-vakjesrij-46", "health-insurance", "nl", polisblad,
   "Dutch insurer's policy sheet printed from the portal")
CERT = "intl-certificate-of-insurance-serif-certificaatvak-omkaderde-dekking-46"
_r(CERT, "health-insurance", "en", intl_certificate, "international insurer's certificate with a framed cover box")
_r("incoming-polisbevestiging-pasje-bovenaan-knipstreep-46", "health-insurance", "nl", incoming_card,
   "incoming insurer's confirmation with the insurance card at the top")


# =========================================================================== civic integration

def _duo(sh: Sheet, c: Case) -> None:
    W = c.page_w
    tint(sh, 16, 10, 3, 16, NAVY)
    put(sh, 22, 10.5, "Dienst Uitvoering Onderwijs", f=HEL_B, pt=9.4)
    put(sh, 22, 15.5, "Ministerie van Onderwijs, Cultuur en Wetenschap", f=HEL, pt=8, c=MID)
    put(sh, W - 16, 12, "DUO", f=HEL_B, pt=14, a="right", c=NAVY)


def _exam_day(c: Case, rng: random.Random) -> D:
    lo = (c.since or D(2021, 6, 1)) + dt.timedelta(days=400)
    hi = c.sub - dt.timedelta(days=45)
    if lo >= hi:
        lo = hi - dt.timedelta(days=300)
    return D.fromordinal(rng.randint(lo.toordinal(), hi.toordinal()))


def duo_diploma(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The civic-integration diploma on a portrait sheet: a double guilloché border in pale blue, the royal-style
    emblem at the top centre, 'DIPLOMA INBURGERING' in spaced capitals, the holder's name in Century Schoolbook
    bold on its own line, birth date and place, the level and the date of obtaining as a sentence, the diploma
    number and the V-number at the lower LEFT, the printed signature of the DUO director at the lower right."""
    d0 = _exam_day(c, rng)
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    sh.image(8, 8, W - 16, H - 16, guilloche(W - 16, H - 16, rng, (240, 244, 250), (196, 210, 232), k=4))
    tint(sh, 18, 18, W - 36, H - 36, (255, 255, 255))
    frame(sh, 18, 18, W - 36, H - 36, lw=0.5, c=(60, 90, 140))
    emblem(sh, W / 2 - 9, 30, 18, rng, "shield", c=(60, 90, 140))
    put(sh, W / 2, 58, "DIPLOMA INBURGERING", f=CENT_B, pt=19, a="center", sp=1.4)
    put(sh, W / 2, 74, "Hierbij wordt verklaard dat", f=CENT_I, pt=11, a="center")
    put(sh, W / 2, 86, f"{c.p.given_names} {c.p.surname}", f=CENT_B, pt=19, a="center")
    put(sh, W / 2, 100, f"geboren op {dlong(c.p.birth_date, 'nl')} te {c.p.birth_place}", f=CENT, pt=11, a="center")
    block(sh, 40, 116, W - 80, f"heeft voldaan aan de inburgeringsplicht door het inburgeringsexamen op taalniveau B1 "
          f"te halen. Het examen is behaald op {dlong(d0, 'nl')}.", f=CENT, pt=11.5, lead=1.6, align="center")
    put(sh, 30, H - 60, f"Diplomanummer {random.Random(h32('dip46', c.rng_seed)).randint(10000000, 99999999)}",
        f=CENT, pt=9.4)
    put(sh, 30, H - 54, f"V-nummer {c.vnr}", f=CENT, pt=9.4)
    scrawl(sh, W - 80, H - 68, rng, c=(30, 30, 40))
    put(sh, W - 56, H - 52, "de directeur DUO", f=CENT_I, pt=9.4, a="center")
    return [c.intr(sh)]


def duo_exemption(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """DUO's decision granting an exemption from the civic-integration requirement ('Besluit ontheffing
    inburgeringsplicht') as a letter: the DUO strip at the top left, the window address, a reference block at the
    right with date, reference and V-number, the decision in a grey box, the reasons as numbered paragraphs, and
    the objection clause in a small print paragraph at the end."""
    d0 = _exam_day(c, rng)
    sh = c.new_sheet()
    W = c.page_w
    _duo(sh, c)
    a1, a2 = adr(c.p)
    for i, s in enumerate([c.name("initials"), a1, a2]):
        put(sh, 22, 46 + i * 5, s, f=HEL, pt=10)
    for i, (a, v) in enumerate([("Datum", dlong(d0, "nl")), ("Ons kenmerk", f"INB-{rng.randint(1000000, 9999999)}"),
                                ("V-nummer", c.vnr)]):
        put(sh, W - 66, 44 + i * 8.5, a, f=HEL_B, pt=7.6, c=NAVY)
        put(sh, W - 66, 47.6 + i * 8.5, v, f=HEL, pt=9.4)
    put(sh, 22, 80, "Onderwerp: besluit op uw verzoek om ontheffing", f=HEL_B, pt=10.5)
    tint(sh, 22, 88, W - 44, 18, (232, 232, 236))
    block(sh, 26, 91, W - 52, "Besluit: u krijgt ontheffing van de inburgeringsplicht. U hoeft het "
          "inburgeringsexamen niet te doen.", f=HEL_B, pt=10.5, lead=1.45)
    y = 114.0
    for i, s in enumerate(["U hebt ons laten weten dat u door een medische beperking niet kunt voldoen aan de "
                           "inburgeringsplicht.", "Een onafhankelijke arts heeft dit onderzocht en bevestigd.",
                           "Daarom krijgt u ontheffing op grond van artikel 6.5 van het Besluit inburgering."], 1):
        put(sh, 22, y, f"{i}.", f=HEL, pt=10)
        y = block(sh, 29, y, W - 51, s, f=HEL, pt=10, lead=1.45) + 3
    block(sh, 22, y + 10, W - 44, "Bent u het niet eens met dit besluit? Dan kunt u binnen 6 weken na de datum van "
          "deze brief bezwaar maken bij DUO.", f=HEL_I, pt=8.6, lead=1.35, c=MID)
    return [c.intr(sh)]


def duo_results(c: Case, rng: random.Random, *, failed: bool = False, **_) -> list[Sheet]:
    """DUO's letter with the civic-integration exam results ('Uw examenuitslag'): the DUO strip, the window address,
    the V-number in the reference block, then one line per exam part with the part in bold, the exam date and a
    verdict word ('voldoende' / 'onvoldoende') at the right, a summary sentence on the diploma or the re-sit."""
    d0 = _exam_day(c, rng)
    sh = c.new_sheet()
    W = c.page_w
    _duo(sh, c)
    a1, a2 = adr(c.p)
    for i, s in enumerate([c.name("initials"), a1, a2]):
        put(sh, 22, 46 + i * 5, s, f=HEL, pt=10)
    for i, (a, v) in enumerate([("Datum", dlong(d0, "nl")), ("V-nummer", c.vnr)]):
        put(sh, W - 66, 44 + i * 8.5, a, f=HEL_B, pt=7.6, c=NAVY)
        put(sh, W - 66, 47.6 + i * 8.5, v, f=HEL, pt=9.4)
    put(sh, 22, 80, "Uw examenuitslag inburgering", f=HEL_B, pt=12)
    parts = ["Lezen", "Luisteren", "Schrijven", "Spreken", "Kennis van de Nederlandse Maatschappij (KNM)"]
    bad = random.Random(c.rng_seed + 17).randrange(len(parts)) if failed else -1
    r = random.Random(c.rng_seed + 18)
    y = 92.0
    for i, p_ in enumerate(parts):
        put(sh, 22, y, p_, f=HEL_B, pt=10)
        put(sh, 122, y, dmy(d0 - dt.timedelta(days=r.randint(15, 110)), "-"), f=HEL, pt=10)
        put(sh, W - 22, y, "onvoldoende" if i == bad else "voldoende", f=HEL, pt=10, a="right")
        rule(sh, 22, W - 22, y + 5.4, c=PALE)
        y += 8
    block(sh, 22, y + 8, W - 44, ("U hebt niet alle onderdelen gehaald en dus nog geen diploma. Het onderdeel met "
                                  "de uitslag 'onvoldoende' kunt u opnieuw doen.") if failed else
          "U hebt alle onderdelen gehaald. Uw diploma wordt u apart toegestuurd.", f=HEL, pt=10, lead=1.45)
    return [c.intr(sh)]


CIVIC = [("duo-diploma-staand-guilloche-dubbele-rand-spatiekapitalen-46", "diploma"),
         ("duo-ontheffing-besluit-grijs-vak-genummerde-redenen-46", "exemption"),
         ("duo-uitslag-regel-per-onderdeel-voldoende-onvoldoende-46", "results")]
_r(CIVIC[0][0], "civic-integration", "nl", duo_diploma, "portrait diploma with a guilloché border")
_r(CIVIC[1][0], "civic-integration", "nl", duo_exemption, "DUO exemption decision with a grey decision box")
_r(CIVIC[2][0], "civic-integration", "nl", duo_results, "DUO results letter, one line per part")


# =========================================================================== other: cover letter, IND letters, MVV

GROUNDS = ["cliënt verblijft in Nederland;",
           "over de identiteit en de nationaliteit van cliënt bestaat geen twijfel, ook niet bij de autoriteiten van "
           "het land van herkomst;",
           "cliënt kan een (nieuw) paspoort alleen krijgen door zelf naar het land van herkomst te reizen;",
           "stopt de behandeling, dan ontstaat voor cliënt een medische noodsituatie;",
           "in het land van herkomst kan cliënt niet worden behandeld of heeft cliënt geen toegang tot de "
           "behandeling."]

PROC = {"ind-medical-treatment": "een verblijfsvergunning met het verblijfsdoel medische behandeling",
        "ind-hnt-continued": "een verblijfsvergunning voortgezet verblijf (humanitair niet-tijdelijk)",
        "ind-generic": "verlenging van de verblijfsvergunning regulier voor bepaalde tijd"}


def cover_letter(c: Case, rng: random.Random, *, enclosures: list[str] | None = None, **_) -> list[Sheet]:
    """The lawyer's cover letter in Palatino: the firm's name in bold small capitals centred at the top with the
    address in one line under it, the IND's address at the LEFT, a box at the right with 'V-nummer', 'Uw kenmerk'
    and 'Ons kenmerk', the subject line in italics; if there is no passport, the exemption grounds as a lettered
    list (a., b., ...); enclosures as a dashed list; 'Met vriendelijke groet,' and the signature BESIDE the typed
    name 'mr. ..., advocaat'."""
    lw = c.lawyer or dict(firm="Advocatenpraktijk Zuidas", street="Gustav Mahlerlaan 40", pc="1082 MC",
                          city="Amsterdam", tel="020", mail="info@praktijkzuidas.nl")
    sh = c.new_sheet()
    W = c.page_w
    put(sh, W / 2, 12, lw["firm"].upper(), f=PAL_B, pt=11.5, a="center", sp=0.6)
    put(sh, W / 2, 18, f"{lw['street']} · {lw['pc']} {lw['city']} · {lw['mail']}", f=PAL, pt=8, a="center", c=MID)
    for i, s in enumerate(_ind.IND_ADDRESSES[rng.randrange(len(_ind.IND_ADDRESSES))].split("\n")):
        put(sh, 20, 38 + i * 5, s, f=PAL, pt=10)
    frame(sh, W - 80, 36, 62, 22, lw=0.3)
    d0 = c.sub - dt.timedelta(days=rng.randint(0, 3))
    for i, (a, v) in enumerate([("V-nummer", c.vnr), ("Uw kenmerk", "-"),
                                ("Ons kenmerk", f"{d0.year}/{random.Random(h32('cov46', c.rng_seed)).randint(100, 999)}")]):
        put(sh, W - 78, 38 + i * 6.4, a, f=PAL, pt=8.6, c=MID)
        put(sh, W - 50, 38 + i * 6.4, v, f=PAL_B, pt=9.4)
    put(sh, 20, 68, f"{lw['city']}, {dlong(d0, 'nl')}", f=PAL, pt=10)
    block(sh, 20, 78, W - 40, f"Betreft: aanvraag {PROC[c.procedure]} - {c.name()} (geboren {dmy(c.p.birth_date, '-')}, "
          f"{nat_nl(c.p)} nationaliteit)", f=PAL_I, pt=10, lead=1.35)
    y = 94.0
    texts = ["Geachte heer, mevrouw,",
             f"Namens mijn cliënt{'e' if c.p.sex == 'F' else ''} dien ik hierbij een aanvraag in voor "
             f"{PROC[c.procedure]}. Het formulier is ingevuld en ondertekend; de stukken zijn bijgevoegd."]
    if c.procedure == "ind-medical-treatment" and c.art64_end:
        texts.append(f"Aan cliënt is op grond van artikel 64 Vreemdelingenwet uitstel van vertrek verleend tot en met "
                     f"{dlong(c.art64_end, 'nl')}. Cliënt wordt nog steeds behandeld voor {c.med.get('dx', 'de ziekte')}. "
                     f"De voorwaarden over middelen en betaling gelden daarom niet.")
    if c.procedure == "ind-hnt-continued" and c.since:
        texts.append(f"Cliënt heeft sinds {dlong(c.since, 'nl')} een verblijfsvergunning met het doel "
                     f"'{dict(ROUTES).get(c.route, c.route or '')}'.")
    if c.suriname_visa:
        texts.append("Cliënt heeft de Surinaamse nationaliteit en is hier met een visum voor medische behandeling "
                     "(kopie bijgevoegd). De behandeling is nog steeds nodig en de betaling is geregeld.")
    for t in texts:
        y = block(sh, 20, y, W - 40, t, f=PAL, pt=10, lead=1.45, align="justify") + 3.5
    if c.no_passport:
        y = block(sh, 20, y, W - 40, "Cliënt heeft geen geldig paspoort. Ik verzoek u cliënt vrij te stellen van het "
                  "paspoortvereiste, omdat:", f=PAL, pt=10, lead=1.45) + 1.5
        for n, i in enumerate(c.exemption_shown):
            put(sh, 24, y, f"{'abcde'[n]}.", f=PAL, pt=10)
            y = block(sh, 31, y, W - 51, GROUNDS[i], f=PAL, pt=10, lead=1.4) + 1.5
        y += 3
    if enclosures:
        put(sh, 20, y, "Bijlagen", f=PAL_B, pt=10)
        y += 5.5
        for e in enclosures:
            put(sh, 22, y, f"- {e}", f=PAL, pt=9.4)
            y += 4.8
        y += 4
    put(sh, 20, y, "Met vriendelijke groet,", f=PAL, pt=10)
    nm = f"{c.lawyer_name or 'mr. E. de Haan'}, advocaat"
    put(sh, 20, y + 14, nm, f=PAL, pt=10)
    scrawl(sh, 24 + wid(nm, PAL, 10), y + 7, rng, c=rng.choice([BALL_BLUE, INK_ROYAL]))
    return [c.intr(sh)]


def _ind_head(sh: Sheet, c: Case, d0: D) -> float:
    W = c.page_w
    tint(sh, W / 2 - 3.5, 0, 7, 26, NAVY)
    put(sh, W / 2 + 6, 10, "Immigratie- en Naturalisatiedienst", f=DJ, pt=8.6)
    put(sh, W / 2 + 6, 14.5, "Ministerie van Asiel en Migratie", f=DJ, pt=7.8, c=MID)
    p = c.p
    a1, a2 = adr(p)
    put(sh, 20, 46, "> Retouradres Postbus 287 7600 AG Almelo", f=DJ, pt=6.6, c=MID)
    for i, s in enumerate([f"{'De heer' if p.sex == 'M' else 'Mevrouw'} {c.name('initials')}", a1, a2]):
        put(sh, 20, 52 + i * 5, s, f=DJ, pt=9.6)
    r = random.Random(h32("indref46", c.rng_seed, d0))
    for i, (a, b) in enumerate([("Datum", dlong(d0, "nl")), ("Onze referentie", f"{r.randint(1000000, 9999999)}"),
                                ("V-nummer", c.vnr)]):
        put(sh, W - 58, 46 + i * 8, a, f=DJ_B, pt=7, c=NAVY)
        put(sh, W - 58, 49.4 + i * 8, b, f=DJ, pt=8.8)
    return 90.0


def art64_decision(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The IND's decision on 'uitstel van vertrek' under art. 64 Vw in the government letter format: the navy bar
    at the top centre, the reference column at the right with the V-number, the decision with the period in bold,
    the consequences as short paragraphs with bold lead-ins, and the minister's printed closing; no signature."""
    end = c.art64_end or (c.since - dt.timedelta(days=1) if c.since else c.sub + dt.timedelta(days=14))
    start = _ind.add_years(end, -1) + dt.timedelta(days=1)
    d0 = start + dt.timedelta(days=rng.randint(3, 25))
    sh = c.new_sheet()
    W = c.page_w
    y = _ind_head(sh, c, d0)
    put(sh, 20, y, "Onderwerp  Besluit op uw aanvraag om uitstel van vertrek (artikel 64 Vreemdelingenwet)", f=DJ_B,
        pt=9.6)
    y = block(sh, 20, y + 9, W - 40, f"Geachte {'heer' if c.p.sex == 'M' else 'mevrouw'} {c.p.surname},\n\nU hebt "
              "gevraagd om uitstel van vertrek, omdat u om medische redenen niet kunt reizen. Het Bureau Medische "
              "Advisering heeft ons advies gegeven.", f=DJ, pt=9.6, lead=1.45) + 4
    y = block(sh, 20, y, W - 40, f"Besluit: u krijgt uitstel van vertrek van {dlong(start, 'nl')} tot en met "
              f"{dlong(end, 'nl')}.", f=DJ_B, pt=10.2, lead=1.45) + 5
    for lead, s in [("Verblijf.", "U hebt met dit besluit geen verblijfsvergunning, maar u mag in deze periode in "
                                  "Nederland blijven."),
                    ("Daarna.", "Wilt u na deze periode voor uw behandeling in Nederland blijven? Dan kunt u een "
                                "verblijfsvergunning voor medische behandeling aanvragen, in de periode van 28 dagen "
                                "voor tot 28 dagen na de einddatum."),
                    ("Wijzigingen.", "Geef wijzigingen in uw medische situatie direct aan ons door.")]:
        put(sh, 20, y, lead, f=DJ_B, pt=9.6)
        y = block(sh, 20 + wid(lead + " ", DJ_B, 9.6), y, W - 40 - wid(lead + " ", DJ_B, 9.6), s, f=DJ, pt=9.6,
                  lead=1.45) + 3
    y += 6
    put(sh, 20, y, "Met vriendelijke groet,", f=DJ, pt=9.6)
    put(sh, 20, y + 5, "de minister van Asiel en Migratie, namens deze: de Immigratie- en Naturalisatiedienst", f=DJ,
        pt=9.6)
    return [c.intr(sh)]


def permit_decision(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The IND's earlier decision granting the permit that the 7027 application continues: the same letter frame,
    the decision in bold as its own paragraph, a table with the purpose, start date and end date, and the
    invitation to collect the card; printed closing, no signature."""
    since = c.since or D(2021, 4, 1)
    d0 = since + dt.timedelta(days=rng.randint(5, 40))
    sh = c.new_sheet()
    W = c.page_w
    y = _ind_head(sh, c, d0)
    purpose = dict(ROUTES).get(c.route or "", "regulier bepaalde tijd")
    put(sh, 20, y, "Onderwerp  Besluit op uw aanvraag om een verblijfsvergunning", f=DJ_B, pt=9.6)
    y = block(sh, 20, y + 9, W - 40, f"Geachte {'heer' if c.p.sex == 'M' else 'mevrouw'} {c.p.surname},\n\nWij hebben "
              "uw aanvraag beoordeeld en die ingewilligd.", f=DJ, pt=9.6, lead=1.45) + 5
    for a, v in [("Verblijfsdoel", purpose), ("Ingangsdatum", dlong(since, "nl")),
                 ("Geldig tot", dlong(_ind.add_years(since, 1 if "medisch" in purpose else 5) - dt.timedelta(days=1),
                                      "nl"))]:
        frame(sh, 20, y, 50, 8, lw=0.2, c=PALE, fill=(236, 240, 246))
        frame(sh, 70, y, W - 90, 8, lw=0.2, c=PALE)
        put(sh, 22, y + 1.8, a, f=DJ, pt=9)
        put(sh, 72, y + 1.8, v, f=DJ_B, pt=9.4)
        y += 8
    y = block(sh, 20, y + 8, W - 40, "U krijgt van ons een uitnodiging om uw verblijfsdocument op te halen. Neem dan "
              "uw paspoort en deze brief mee.", f=DJ, pt=9.6, lead=1.45) + 8
    put(sh, 20, y, "Met vriendelijke groet,", f=DJ, pt=9.6)
    put(sh, 20, y + 5, "namens de minister, de Immigratie- en Naturalisatiedienst", f=DJ, pt=9.6)
    return [c.intr(sh)]


def mvv_page(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The passport page with the Dutch long-stay visa sticker (MVV, type D, remark 'medische behandeling') of a
    Surinamese applicant, copied at the CENTRE of the sheet: the sticker's green guilloché, photo at the LEFT of
    the sticker, the fields in two columns, the visa MRZ, an entry stamp of the border police across the lower
    edge; the passport page's own number printed at the top corner."""
    sh = c.new_sheet()
    W = c.page_w
    x0, y0, pw, ph = (W - 132) / 2, 88.0, 132.0, 92.0
    frame(sh, x0 - 4, y0 - 10, pw + 8, ph + 24, lw=0.2, c=PALE)
    put(sh, x0 + pw, y0 - 8, str(rng.randint(6, 14)), f=HEL, pt=9, a="right", c=MID)
    sh.image(x0, y0, pw, ph - 2, guilloche(pw, ph - 2, rng, (232, 244, 234), (190, 222, 196), k=6))
    frame(sh, x0, y0, pw, ph - 2, lw=0.3, c=(60, 110, 70))
    put(sh, x0 + 4, y0 + 3, "VISUM", f=HEL_B, pt=9.5, c=(40, 90, 50))
    put(sh, x0 + pw - 4, y0 + 3, "NEDERLAND", f=HEL_B, pt=8, a="right", c=(40, 90, 50))
    sh.photo(x0 + 4, y0 + 12, 24, 31, rng)
    start = c.sub - dt.timedelta(days=rng.randint(170, 215))
    end = start + dt.timedelta(days=180)
    r = random.Random(h32("pp46", c.rng_seed))
    pno = "R" + "".join(str(r.randint(0, 9)) for _ in range(7))
    rows = [("GELDIG VOOR", "SCHENGENSTATEN"), ("VAN", dmy(start, "-")), ("TOT", dmy(end, "-")),
            ("SOORT VISUM", "D  (MVV)"), ("AFGEGEVEN TE", "PARAMARIBO"), ("PASPOORTNUMMER", pno),
            ("NAAM, VOORNAMEN", f"{c.p.surname.upper()}, {c.p.given_names.upper()}"),
            ("OPMERKINGEN", "MEDISCHE BEHANDELING")]
    yy = y0 + 12
    for i, (a, b) in enumerate(rows):
        x = x0 + 32 + (i % 2) * 50
        put(sh, x, yy, a, f=HELN, pt=5.6, c=MID)
        put(sh, x, yy + 2.3, b, f=HEL_B, pt=shrink(b, 48, HEL_B, 7.4))
        if i % 2:
            yy += 9
    lines = td3(issuing="NLD", surname=c.p.surname, given=c.p.given_names, number=pno, nationality="SUR",
                birth_date=c.p.birth_date, sex=c.p.sex, expiry=end, doc_type="V<")
    mrz_block(sh, x0 + 4, y0 + ph - 13.5, lines, pitch=2.4)
    seal(sh, x0 + 70, y0 + ph - 20, ["KMAR", dmy(start + dt.timedelta(days=3), "."), "SCHIPHOL"], rng, shape="rect",
         c=SEAL_RED, mm=30, angle=8)
    return [sh]


_r("cover-letter-palatino-kapitalen-kop-kenmerkkader-rechts-letterlijst-gronden-46", "other", "nl", cover_letter,
   "lawyer's cover letter with a reference box and lettered exemption grounds")
_r("art64-decision-navy-balk-vette-aanloopwoorden-46", "other", "nl", art64_decision,
   "IND art. 64 decision with bold lead-ins")
_r("permit-letter-besluit-tabel-doel-ingang-einde-46", "other", "nl", permit_decision,
   "IND decision on the earlier permit with a small table")
_r("mvv-sticker-sur-midden-groene-guilloche-kmar-stempel-46", "other", "nl", mvv_page,
   "MVV sticker page of a Surinamese passport copied in the middle of the sheet")


# =========================================================================== the part's IND dossiers

class FortysixthBuilder(_ind.PartBuilder):
    """ind.PartBuilder for this part: it answers the places where PartBuilder names one family per part, and lets
    the generic plans' Spanish-language birth act be this part's Georgian one."""

    def new(self, name: str, proc: str, *, born_for: str | None = None, **kw) -> _ind.Dossier:
        if born_for == "es":
            born_for = "ka"
        return super().new(name, proc, born_for=born_for, **kw)

    def civic_for(self, rng: random.Random, kind: str | None = None) -> tuple[str, str]:
        if kind:
            return next(o for o in CIVIC if o[1] == kind)
        return rng.choice(CIVIC[:2])

    def d_a4(self, name, proc, variant):
        if variant != "letter-digital":
            return super().d_a4(name, proc, variant)
        D_ = self.new(name, proc)
        D_.c.insurer_intl = dict(name="Lakeshore Continental Health Insurance Co.", short="Lakeshore",
                                 addr="233 South Wacker Drive, Suite 4100, Chicago, IL 60606, USA",
                                 color=(90, 30, 40), logo="cross", plan="Continental Global Care")
        self.compose_med(D_, skip={"insurance"})
        D_.c.__dict__["_ins_name"] = D_.c.insurer_intl["name"]
        D_.c.page_w, D_.c.page_h = LETTER
        doc = D_.add(CERT, kind="digital", label="certificate of insurance Lakeshore")
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
        D_.defect = _defect("IND-HNT-INBURGERING", "only DUO's results letter, with one exam part 'onvoldoende': no "
                                                   "diploma and no exemption")
        self.finish(D_, clean=False)


DEFECT_PLAN = [("a4", "ind-generic", "letter-scan"), ("a4", "ind-medical-treatment", "letter-digital"),
               ("blank", "ind-hnt-continued", "duplex-form"), ("blank", "ind-medical-treatment", "duplex-all"),
               ("blank", "ind-generic", "one-blank"),
               ("vnum", "ind-medical-treatment", "missing"), ("vnum", "ind-generic", "missing"),
               ("vnum", "ind-hnt-continued", "other"), ("vnum", "ind-generic", "other"),
               ("media", "ind-medical-treatment", "mp4"), ("media", "ind-hnt-continued", "js"),
               ("media", "ind-generic", "attach"),
               ("legible", "ind-hnt-continued", "72dpi"), ("legible", "ind-medical-treatment", "faint"),
               ("legible", "ind-generic", "cut"),
               ("translation", "ind-generic", "ka"), ("translation", "ind-hnt-continued", "tr"),
               ("meddocs", "ind-medical-treatment", "care"), ("meddocs", "ind-medical-treatment", "income"),
               ("meddocs", "ind-medical-treatment", "medical"), ("meddocs", "ind-medical-treatment", "insurance"),
               ("exemption", "ind-medical-treatment", (0, 1, 3)), ("exemption", "ind-medical-treatment", (2, 4)),
               ("art64", "ind-medical-treatment", -33), ("art64", "ind-medical-treatment", 45),
               ("duration", "ind-hnt-continued", "medical-treatment"), ("duration", "ind-hnt-continued", "parent"),
               ("duration", "ind-hnt-continued", "relationship"),
               ("continues", "ind-hnt-continued", "missing"), ("continues", "ind-hnt-continued", "short"),
               ("inburg", "ind-hnt-continued", "missing"), ("inburg", "ind-hnt-continued", "failed"),
               ("idsuff", "ind-hnt-continued", "none"), ("idsuff", "ind-hnt-continued", "permit-only"),
               ("mrz", "ind-medical-treatment", "birth"), ("mrz", "ind-hnt-continued", "check"),
               ("expired", "ind-hnt-continued", None), ("expired", "ind-medical-treatment", None),
               ("suriname", "ind-medical-treatment", None), ("suriname", "ind-medical-treatment", None)]

CLEAN_PLAN = dict(med=[None, -20, None, None, 27, None, None, -5, None, None],
                  hnt=[("medical-treatment", 35, None, True), ("relationship", 80, "exemption", False),
                       ("parent", 40, None, False), ("relationship", 150, "diploma", False),
                       ("buiten-schuld", 60, None, False), ("trafficking-victim-no-report", 25, None, True),
                       ("medical-treatment-after-art64", 70, None, False), ("domestic-violence", 45, None, False),
                       ("trafficking-victim", 120, None, False), ("relationship", 30, "diploma", False)],
                  gen=[False, True, True, False])


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
    b = FortysixthBuilder(PART, Path(out_root))
    getattr(b, method)(*a, **kw)
    return b.truths, b.skipped


def build_part(out_root: Path, *, jobs: int | None = None) -> list[dict]:
    """Write every IND dossier of this part under out_root/fortysixth/ and return their truth dicts.  Each dossier is
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
