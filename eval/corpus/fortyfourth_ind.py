"""IND families of the `fortyfourth` part (registered in ind.FAMILIES), and the builder of its IND dossiers.

Written by a writer who saw neither the validator nor its output, from the seeds (000, 001, 002), rules.md and how
such papers look in Dutch files.  Each family's layout, wording and copy habit is described in its function's
docstring only (the part is read blind).

The IND dossiers of this part follow ind's generic dossier plans (ind.PartBuilder: the same compositions, the same
defect kinds).  The places where ind.PartBuilder names one family per part (the civic-integration papers, the
US-Letter insurance certificate and the failed DUO results) are answered by FortyfourthBuilder below, which also
makes the applicants born in Türkiye Syrian nationals; the part's clean and defect plans are CLEAN_PLAN and
DEFECT_PLAN here, so ind itself is not changed.  Surinamese applicants appear only where the Surinamese rule needs
them (ind.IND_ORIGIN_SKIP gets this part's own key).
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from . import ind as _ind
from .fortyfourth_identity import (
    BLACK, BLACK_PEN, BLUE_PEN, CAL, CAL_B, CAL_I, CAR, CAR_B, CAR_I, CEN, CEN_B, CEN_I, CPS, CPS_B, DJM, GOT,
    GOT_B, INK, LSA, LSA_B, MID, NSN, NSN_B, P_CAPS, P_CHANC, P_DKG, P_DKG_B, PAL, PAL_B, PAL_I, PALE, S_BLUE,
    S_GREEN, S_PURPLE, S_RED, SER, SER_B, SER_I, askew, block, coffee_ring, crc, crumpled, d_long, d_num, dog_ear,
    flat, frame, lattice, mrz_lines, put, qr_block, seal, shrink, sig, streak, tickbox, toner_fade, write,
)
from .ind import LETTER, Case, _defect
from .mrz import td3
from .paper import Sheet
from .people import COUNTRIES as PC
from .people import MONTHS

PART = "fortyfourth"
D = dt.date
RIJK = (21, 67, 115)

# Surinamese applicants only where the Surinamese rule plants them (new key only)
_ind.IND_ORIGIN_SKIP.setdefault(PART, {"SUR"})


def _r(id_: str, type_: str, lang: str, fn, notes: str, **bound) -> None:
    _ind._reg(id_, type_, PART, lang, fn, notes, **bound)


# =========================================================================== small helpers

NAT_NL = {"CIV": "Ivoriaanse", "RWA": "Rwandese", "SYR": "Syrische", "SUR": "Surinaamse", "NLD": "Nederlandse",
          "TUR": "Turkse"}


def nat_nl(p) -> str:
    return NAT_NL.get(p.nationality, PC.get(p.nationality, {}).get("adj_nl", p.nationality))


def land_nl(code: str) -> str:
    return PC.get(code, {}).get("nl", code)


def birth_land(p) -> str:
    for v in PC.values():
        if v["en"] == p.birth_country:
            return v["nl"]
    return p.birth_country


def dd(c: Case, d: D) -> str:
    return c.dfmt(d)


def who(c: Case, p=None) -> str:
    from .people import format_name
    return format_name(p or c.p, c.name_style)


def street_lines(p) -> tuple[str, str]:
    a = p.address
    if a is None:
        return "", ""
    return f"{a.street} {a.number}", f"{a.postcode} {a.city}"


def workday(c: Case, rng: random.Random, lo: int = 4, hi: int = 40) -> D:
    d = c.sub - dt.timedelta(days=rng.randint(lo, hi))
    while d.weekday() >= 5:
        d -= dt.timedelta(days=1)
    return d


def doctor(c: Case, key: str) -> tuple[str, str]:
    r = random.Random(crc("doc44", key, c.rng_seed))
    return (r.choice(["Esther", "Maarten", "Soufiane", "Wieke", "Gerrit", "Naomi", "Bram", "Ilse", "Yara", "Thijs"]),
            r.choice(["Verbeek", "van Rijn", "Hamdaoui", "Kooistra", "de Haan", "Prins", "Wijnands", "Oosterhuis",
                      "van Dongen", "Bouwman", "Schuurman"]))


def big(c: Case, key: str) -> str:
    r = random.Random(crc("big44", key, c.rng_seed))
    return f"{r.randint(10000000, 99999999)}{r.choice(['01', '03', '17'])}"


def pays(c: Case) -> str:
    ins = c.__dict__.get("_ins_name") or (c.insurer_intl or c.insurer_nl or {"name": "de zorgverzekeraar"})["name"]
    if c.art64_end:
        return f"De behandeling valt onder de zorgverzekering van patiënt ({ins})."
    who_pays = f"{c.payer.given_names} {c.payer.surname} ({c.payer_relation})" if c.payer else "patiënt zelf"
    return f"De kosten worden gedragen door de zorgverzekering ({ins}); het eigen risico en de overige kosten betaalt " \
           f"{who_pays}."


def how_long(c: Case, lang: str = "nl") -> str:
    """How long treatment is still needed (the 'short' case ends within about four months)."""
    if c.duration == "short":
        end = _ind.add_months(c.sub, 4)
        if lang == "en":
            return (f"The treatment will be completed in {MONTHS['en'][end.month - 1]} {end.year}; no further "
                    f"specialist care will be needed after that.")
        return (f"De behandeling is naar verwachting in {MONTHS['nl'][end.month - 1]} {end.year} klaar; daarna is geen "
                f"specialistische zorg meer nodig.")
    if lang == "en":
        return {"lifelong": "The treatment must continue for the rest of the patient's life.",
                "years2": "The treatment will be needed for at least two more years.",
                "years3": "The treatment is expected to take at least another three years.",
                "indefinite": "An end date cannot be given; the treatment will certainly be needed for much longer than "
                              "one year.",
                "months18": "The treatment will continue for at least eighteen more months."}[c.duration]
    return {"lifelong": "De behandeling moet levenslang worden voortgezet.",
            "years2": "De behandeling is nog minimaal twee jaar nodig.",
            "years3": "Wij verwachten dat de behandeling nog ten minste drie jaar duurt.",
            "indefinite": "Een einddatum is niet te noemen; de behandeling is in elk geval nog veel langer dan een jaar "
                          "nodig.",
            "months18": "De behandeling loopt naar verwachting nog zeker achttien maanden door."}[c.duration]


def started(c: Case) -> D:
    if c.procedure == "ind-hnt-continued" and c.since:
        return c.since - dt.timedelta(days=60)
    return _ind.add_months(c.sub, -random.Random(c.rng_seed + 11).randint(2, 14))


def eur(x: float) -> str:
    s = f"{x:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return f"€ {s}"


def iban(seed: int, code: str) -> str:
    r = random.Random(seed)
    acct = "".join(str(r.randint(0, 9)) for _ in range(10))
    num = int("".join(str(ord(ch) - 55) for ch in code) + acct + "232100")
    chk = 98 - num % 97
    s = f"NL{chk:02d}{code}{acct}"
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def rijkslint(sh: Sheet, W: float, *, sub: str = "Immigratie- en Naturalisatiedienst") -> None:
    """The central government's letter mark: a vertical blue bar at the top centre with the body's name beside it."""
    flat(sh, W / 2 - 5, 0, 10, 26, RIJK)
    put(sh, W / 2 + 8, 10, "Ministerie van Justitie en Veiligheid" if "Naturalisatie" in sub else
        "Ministerie van Onderwijs, Cultuur en Wetenschap", f=CAR, pt=8.6, c=INK)
    put(sh, W / 2 + 8, 14.6, sub, f=CAR_I, pt=8.6, c=INK)


# =========================================================================== application forms

class _Form:
    """This part's IND form design: the government bar at the top, the title and the form's code at the left, the
    V-number printed (or written) in a shaded box at the top right of EVERY page under the label 'V-nummer', the
    questions in a two-column table (question left, light-blue answer cell right), options as square boxes, and the
    page footer 'pagina n van N'."""

    def __init__(self, c: Case, rng: random.Random, code: str, title: str, pages: int):
        self.c, self.rng, self.code, self.title, self.pages = c, rng, code, title, pages
        self.hand = c.fill == "hand"
        self.hf = random.Random(c.rng_seed + 5).choice([P_DKG, P_DKG_B, P_CAPS])
        self.ink = random.Random(c.rng_seed + 6).choice([BLUE_PEN, BLACK_PEN])
        self.sheets: list[Sheet] = []
        self.y = 0.0
        self.new()

    @property
    def sh(self) -> Sheet:
        return self.sheets[-1]

    def new(self) -> None:
        c = self.c
        sh = c.new_sheet()
        W = c.page_w
        rijkslint(sh, W)
        n = len(self.sheets) + 1
        put(sh, W - 16, 30, "V-nummer", f=CAR, pt=7.5, c=MID, a="right")
        flat(sh, W - 60, 34, 44, 9, (222, 232, 242))
        if self.hand:
            write(sh, W - 58, 34.6, c.vnr, self.rng, f=self.hf, pt=12.5, c=self.ink)
        else:
            put(sh, W - 58, 36, c.vnr, f=CPS_B, pt=11)
        put(sh, 16, 30, f"Formulier {self.code}", f=CAR_B, pt=9, c=RIJK)
        put(sh, 16, c.page_h - 12, f"IND {self.code} · {self.title}", f=CAR, pt=7, c=MID)
        put(sh, W - 16, c.page_h - 12, f"pagina {n} van {self.pages}", f=CAR, pt=7, c=MID, a="right")
        if n == 1:
            put(sh, 16, 35.5, self.title, f=CAR_B, pt=13)
            self.y = 50
        else:
            self.y = 48
        self.sheets.append(c.intr(sh))

    def section(self, t: str) -> None:
        W = self.c.page_w
        self.y += 2
        flat(self.sh, 16, self.y, W - 32, 7, (60, 70, 84))
        put(self.sh, 18, self.y + 1.4, t, f=CAR_B, pt=9.6, c=(255, 255, 255))
        self.y += 9

    def q(self, no: str, label: str, value: str, h: float = 8.0) -> None:
        sh, W = self.sh, self.c.page_w
        frame(sh, 16, self.y, 80, h, lw=0.2, c=PALE)
        flat(sh, 96, self.y, W - 112, h, (232, 240, 250))
        frame(sh, 96, self.y, W - 112, h, lw=0.2, c=PALE)
        put(sh, 18, self.y + 2, no, f=CAR_B, pt=8.4)
        put(sh, 28, self.y + 2, label, f=CAR, pt=shrink(label, 66, CAR, 8.6))
        if value:
            if self.hand:
                write(sh, 98, self.y + 0.8, value, self.rng, f=self.hf, pt=11, c=self.ink, w=W - 118)
            else:
                put(sh, 98, self.y + 2, value, f=CPS, pt=shrink(value, W - 118, CPS, 9.4))
        self.y += h

    def boxes(self, no: str, label: str, options: list[str], chosen: set[int]) -> None:
        sh, W = self.sh, self.c.page_w
        lines = sh.wrap(label, 66, font=CAR, size_pt=8.6)
        h = max(len(options) * 5.2 + 2.5, len(lines) * 4 + 3)
        frame(sh, 16, self.y, 80, h, lw=0.2, c=PALE)
        frame(sh, 96, self.y, W - 112, h, lw=0.2, c=PALE)
        put(sh, 18, self.y + 2, no, f=CAR_B, pt=8.4)
        for j, ln in enumerate(lines):
            put(sh, 28, self.y + 2 + j * 4, ln, f=CAR, pt=8.6)
        for i, o in enumerate(options):
            yy = self.y + 1.6 + i * 5.2
            tickbox(sh, 99, yy, 3.4, i in chosen, self.rng if self.hand else None, c=self.ink, typed=not self.hand)
            put(sh, 105, yy + 0.1, o, f=CAR, pt=shrink(o, W - 126, CAR, 8.6))
        self.y += h

    def date_q(self, no: str, label: str, d: D | None) -> None:
        self.q(no, label + " (dd-mm-jjjj)", d_num(d, "-") if d else "")

    def personal(self) -> None:
        c, p = self.c, self.c.p
        self.section("Deel 1 - Uw gegevens")
        self.q("1.1", "Achternaam", p.surname if self.hand else p.surname.upper())
        self.q("1.2", "Alle voornamen", p.given_names)
        self.date_q("1.3", "Geboortedatum", p.birth_date)
        self.q("1.4", "Geboorteplaats", p.birth_place)
        self.q("1.5", "Geboorteland", birth_land(p))
        self.q("1.6", "Nationaliteit", nat_nl(p))
        self.boxes("1.7", "Geslacht", ["man", "vrouw"], {0 if p.sex == "M" else 1})
        a1, a2 = street_lines(p)
        self.q("1.8", "Adres (straat en huisnummer)", a1)
        self.q("1.9", "Postcode en woonplaats", a2)
        if c.lawyer:
            self.y += 3
            self.section("Deel 2 - Uw advocaat of gemachtigde")
            self.q("2.1", "Naam", c.lawyer_name)
            self.q("2.2", "Kantoor", c.lawyer["firm"])
            self.q("2.3", "Plaats", c.lawyer["city"])

    def signature(self, no: str) -> None:
        c = self.c
        if self.y > c.page_h - 76:
            self.new()
        self.y += 3
        self.section(f"Deel {no} - Ondertekening")
        self.y = block(self.sh, 18, self.y + 1, c.page_w - 36, "Ik verklaar dat ik dit formulier naar waarheid heb "
                       "ingevuld. Als ik onjuiste informatie geef, kan de IND mijn aanvraag afwijzen of mijn "
                       "verblijfsvergunning intrekken.", f=CAR, pt=8.6, lead=1.3) + 2
        self.q(f"{no}.1", "Plaats", c.p.address.city if c.p.address else "")
        self.date_q(f"{no}.2", "Datum", c.sub - dt.timedelta(days=self.rng.randint(1, 6)))
        sh, W = self.sh, c.page_w
        frame(sh, 16, self.y, 80, 20, lw=0.2, c=PALE)
        frame(sh, 96, self.y, W - 112, 20, lw=0.2, c=PALE)
        put(sh, 18, self.y + 2, f"{no}.3", f=CAR_B, pt=8.4)
        put(sh, 28, self.y + 2, "Handtekening aanvrager", f=CAR, pt=8.6)
        sig(sh, 104, self.y + 3, self.rng, c=self.ink)
        self.y += 22


def form_med(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """Application for a residence permit 'medische behandeling' in this part's IND form design."""
    f = _Form(c, rng, "M-MB 2026", "Aanvraag verblijfsvergunning medische behandeling", 2)
    f.personal()
    f.new()
    f.section("Deel 3 - De medische behandeling")
    f.q("3.1", "Naam van de zorginstelling", c.hospital.get("name", ""))
    f.q("3.2", "Vestigingsplaats", c.hospital.get("city", ""))
    f.q("3.3", "Welke behandeling krijgt u?", c.med.get("tx_short", ""))
    f.boxes("3.4", "Hebt u 1 jaar of langer uitstel van vertrek gehad (artikel 64 Vreemdelingenwet)?",
            ["nee", "ja"], {1 if c.art64_end else 0})
    if c.art64_end:
        f.date_q("3.5", "Datum waarop dat jaar uitstel eindigt", c.art64_end)
    else:
        f.boxes("3.5", "Wie betaalt uw verblijf en de behandeling?", ["ik betaal zelf",
                                                                       "een garantsteller betaalt (bewijs bijgevoegd)"],
                {1 if c.payer else 0})
    f.boxes("3.6", "Hebt u een geldig paspoort?", ["ja (kopie bijgevoegd)", "nee (zie de brief van mijn advocaat)"],
            {1 if c.no_passport else 0})
    f.boxes("3.7", "Hebt u de Surinaamse nationaliteit en een visum voor medische behandeling?", ["nee", "ja"],
            {1 if c.suriname_visa else 0})
    f.signature("4")
    return f.sheets


ROUTES = [("relationship", "verblijf bij partner (na 5 jaar)"), ("parent", "verblijf bij ouder (na 1 jaar)"),
          ("medical-treatment", "medische behandeling (na 3 jaar)"),
          ("medical-treatment-after-art64", "uitstel van vertrek art. 64 gevolgd door medische behandeling"),
          ("trafficking-victim", "slachtoffer of getuige-aangever mensenhandel"),
          ("trafficking-victim-no-report", "slachtoffer mensenhandel zonder aangifte"),
          ("domestic-violence", "slachtoffer huiselijk of eergerelateerd geweld"),
          ("buiten-schuld", "buiten-schuldvergunning")]


def form_7027(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """Form 7027 (continued residence, humanitarian non-temporary) in this part's IND form design."""
    f = _Form(c, rng, "7027", "Aanvraag voortgezet verblijf - humanitair niet-tijdelijk", 2)
    f.personal()
    f.new()
    f.section("Deel 3 - Uw huidige verblijfsvergunning")
    keys = [k for k, _ in ROUTES]
    f.boxes("3.1", "Welke verblijfsvergunning hebt u nu?", [t for _, t in ROUTES],
            {keys.index(c.route)} if c.route in keys else set())
    f.date_q("3.2", "Ingangsdatum van die vergunning", c.since)
    if c.route == "relationship":
        f.boxes("3.3", "Hebt u voldaan aan de inburgeringsplicht?", ["ja, ik heb het diploma",
                                                                      "ik heb ontheffing of vrijstelling",
                                                                      "nee, nog niet"],
                {0} if c.inburgering in ("diploma", "results") else ({1} if c.inburgering == "exemption" else {2}))
    if c.route and c.route.startswith("medical"):
        f.boxes("3.3", "Is uw behandeling nog minimaal 1 jaar nodig?", ["ja (verklaring van de behandelaar bijgevoegd)",
                                                                       "nee"], {0})
    f.signature("4")
    return f.sheets


def form_generic(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """Application to extend a regular residence permit, in this part's IND form design."""
    f = _Form(c, rng, "V-VL 2026", "Aanvraag verlenging verblijfsvergunning regulier", 2)
    f.personal()
    f.new()
    f.section("Deel 3 - Uw verblijfsvergunning")
    r = random.Random(c.rng_seed + 21)
    f.q("3.1", "Verblijfsdoel", r.choice(["verblijf bij partner", "arbeid in loondienst", "verblijf bij familielid",
                                           "studie"]))
    f.date_q("3.2", "Einddatum huidige vergunning", c.sub + dt.timedelta(days=r.randint(20, 85)))
    f.boxes("3.3", "Is er iets veranderd in uw situatie?", ["nee", "ja (toelichting bijgevoegd)"], {0})
    f.boxes("3.4", "Wat stuurt u mee?", ["kopie paspoort", "bewijs van inkomen", "overige documenten"], {0, 1})
    f.signature("4")
    return f.sheets


_r("ind-form-med-rijkslint-vnummervak-elke-pagina-vraagtabel-blauwe-antwoordcellen-44", "application", "nl", form_med,
   "medical-treatment form: government bar, V-number box on every page, question table with blue answer cells")
_r("ind-form-7027-rijkslint-vnummervak-elke-pagina-vraagtabel-blauwe-antwoordcellen-44", "application", "nl",
   form_7027, "form 7027 in the same design")
_r("ind-form-generic-rijkslint-vnummervak-elke-pagina-vraagtabel-blauwe-antwoordcellen-44", "application", "nl",
   form_generic, "extension form in the same design")


# =========================================================================== income

def _earner(c: Case):
    return c.payer or c.p


def _job(c: Case) -> dict:
    e = dict(c.employer)
    r = random.Random(crc("job44", e["name"], c.rng_seed))
    e.setdefault("f44", r.choice(e["func"]))
    e.setdefault("s44", D(r.randint(2012, 2023), r.randint(1, 12), 1))
    e.setdefault("b44", float(r.randrange(2350, 4600, 5)))
    e.setdefault("n44", str(r.randint(1000, 99999)))
    c.employer.update({k: v for k, v in e.items() if k.endswith("44")})
    return e


def _pay(bruto: float, seed: int) -> dict:
    r = random.Random(seed)
    pens = round(bruto * r.choice([0.052, 0.061, 0.073]), 2)
    heff = round(max(0.0, (bruto - pens) * 0.36 - r.uniform(320, 470)), 2)
    reis = r.choice([0.0, 48.40, 72.60, 96.80])
    net = round(bruto - pens - heff + reis, 2)
    return dict(bruto=bruto, pens=pens, heff=heff, reis=reis, net=net)


def payslip(c: Case, rng: random.Random, *, month: int = 11, **_) -> list[Sheet]:
    """A payroll program's monthly payslip in DejaVu Sans Mono: three header blocks side by side (werkgever /
    werknemer / periode), then a code table (code, omschrijving, aantal, tarief, bedrag) with alternating grey rows,
    the net pay in a bold row at the foot and the bank account under it; stapled at the top left and scanned with a
    dog-eared top-left corner."""
    e, w = _job(c), _earner(c)
    k = _pay(e["b44"], crc("pay44", c.rng_seed))
    sh = c.new_sheet()
    W = c.page_w
    put(sh, 16, 14, "LOONSTROOK", f=DJM, pt=13)
    put(sh, W - 16, 14, f"{MONTHS['nl'][month - 1]} 2026", f=DJM, pt=11, a="right")
    cols = [("Werkgever", [e["name"], e["street"], f"{e['pc']} {e['city']}"]),
            ("Werknemer", [f"{w.given_names} {w.surname}", f"pers.nr. {e['n44']}", f"geb. {d_num(w.birth_date, '-')}"]),
            ("Periode", [f"{month:02d}-2026", f"functie: {e['f44']}", f"in dienst {d_num(e['s44'], '-')}"])]
    cw = (W - 32) / 3
    for i, (h, ls) in enumerate(cols):
        x = 16 + i * cw
        frame(sh, x, 24, cw - 2, 24, lw=0.25, c=MID)
        put(sh, x + 2, 25.5, h, f=DJM, pt=7.4, c=MID)
        for j, s in enumerate(ls):
            put(sh, x + 2, 30 + j * 5, s, f=DJM, pt=shrink(s, cw - 6, DJM, 8.2))
    rows = [("1000", "Salaris", "1,00", eur(k["bruto"]), eur(k["bruto"]))]
    if k["reis"]:
        rows.append(("3120", "Reiskosten (onbelast)", "22,00", "€ 0,23/km", eur(k["reis"])))
    rows += [("4010", f"Pensioenpremie {e.get('pension', '')}".strip(), "", "", "-" + eur(k["pens"])),
             ("5000", "Loonheffing (tabel wit)", "", "", "-" + eur(k["heff"]))]
    xs = [16, 32, 108, 136, W - 16]
    y = 58.0
    flat(sh, 16, y, W - 32, 7, (210, 210, 210))
    for x, h in zip(xs, ["code", "omschrijving", "aantal", "tarief", "bedrag"]):
        put(sh, x + (0 if h != "bedrag" else 0), y + 1.5, h, f=DJM, pt=8, a="right" if h == "bedrag" else "left")
    y += 7
    for i, r_ in enumerate(rows):
        if i % 2:
            flat(sh, 16, y, W - 32, 6.5, (240, 240, 240))
        for x, v in zip(xs, r_):
            put(sh, x, y + 1.2, v, f=DJM, pt=8.4, a="right" if x == W - 16 else "left")
        y += 6.5
    y += 4
    frame(sh, 16, y, W - 32, 9, lw=0.5)
    put(sh, 18, y + 2, "NETTO TE BETALEN", f=DJM, pt=10)
    put(sh, W - 18, y + 2, eur(k["net"]), f=DJM, pt=10.5, a="right")
    put(sh, 16, y + 14, f"overgemaakt op {iban(crc('ib44', c.rng_seed), c.bank['code'])} ({c.bank['name']})", f=DJM,
        pt=8)
    put(sh, 16, y + 20, f"cumulatief loon lh t/m periode: {eur(round((k['bruto'] - k['pens']) * month, 2))}", f=DJM,
        pt=8, c=MID)
    sh.rule(40, 9, 50, 8, width_mm=0.7, color=(95, 95, 100))
    return [dog_ear(sh, rng, "tl", size_mm=16)]


def guarantor_letter(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The guarantor's own typed letter ('Verklaring garantstelling'), laid out as a personal letter: the
    guarantor's name and address at the top left, the IND's address under it, a bold subject line, the promise to
    pay the stay and the treatment with the monthly net income and employer named in the text; signed at the end
    without a label, the name typed under the signature; crumpled from the client's bag."""
    g = c.payer or c.p
    e = _job(c)
    k = _pay(e["b44"], crc("pay44", c.rng_seed))
    sh = c.new_sheet()
    W = c.page_w
    a1, a2 = street_lines(g)
    for i, s in enumerate([f"{g.given_names} {g.surname}", a1, a2]):
        put(sh, 20, 18 + i * 5, s, f=CAR, pt=10.5)
    for i, s in enumerate(["Immigratie- en Naturalisatiedienst", "Postbus 287", "7600 AG  Almelo"]):
        put(sh, 20, 44 + i * 5, s, f=CAR, pt=10.5)
    d0 = workday(c, rng, 6, 30)
    put(sh, W - 20, 66, f"{g.address.city if g.address else ''}, {d_long(d0, 'nl')}", f=CAR, pt=10.5, a="right")
    put(sh, 20, 78, f"Betreft: garantstelling voor {c.p.given_names} {c.p.surname} (V-nummer {c.vnr})", f=CAR_B, pt=10.5)
    txt = (f"Geachte heer, mevrouw,\n\nHierbij verklaar ik, {g.given_names} {g.surname}, geboren op "
           f"{d_num(g.birth_date, '-')}, dat ik garant sta voor de kosten van het verblijf en de medische behandeling "
           f"van mijn {c.payer_relation or 'familielid'} {c.p.given_names} {c.p.surname} in Nederland, voor zover "
           f"deze niet door een verzekering worden vergoed.\n\nIk werk sinds {d_long(e['s44'], 'nl')} bij "
           f"{e['name']} als {e['f44'].lower()} en verdien netto {eur(k['net'])} per maand. Mijn loonstroken en de "
           f"werkgeversverklaring zijn bijgevoegd.\n\nMet vriendelijke groet,")
    y = block(sh, 20, 88, W - 40, txt, f=CAR, pt=10.5, lead=1.5)
    sig(sh, 22, y + 2, rng, c=BLUE_PEN)
    put(sh, 20, y + 17, f"{g.given_names} {g.surname}", f=CAR, pt=10.5)
    return [crumpled(sh, rng, creases=6)]


def employer_statement(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """'Werkgeversverklaring' on the employer's letterhead as a question/answer table with JA/NEE columns for the
    contract questions and typed values for the figures; the HR officer signs ABOVE the typed name, the company's
    oval stamp beside the signature; a grey copy with a feeder streak."""
    e, w = _job(c), _earner(c)
    k = _pay(e["b44"], crc("pay44", c.rng_seed))
    sh = c.new_sheet()
    W = c.page_w
    flat(sh, 16, 12, 4, 16, (200, 90, 30))
    put(sh, 24, 12, e["name"], f=GOT_B, pt=12)
    put(sh, 24, 18, f"{e['street']}, {e['pc']} {e['city']}", f=GOT, pt=8.6, c=MID)
    put(sh, 16, 40, "WERKGEVERSVERKLARING", f=GOT_B, pt=13)
    d0 = workday(c, rng)
    put(sh, W - 16, 40, d_num(d0, "-"), f=GOT, pt=10, a="right")
    rows = [("Naam werknemer", f"{w.given_names} {w.surname}"), ("Geboortedatum", d_num(w.birth_date, "-")),
            ("Functie", e["f44"]), ("Datum in dienst", d_num(e["s44"], "-")),
            ("Bruto maandloon (excl. vakantiegeld)", eur(k["bruto"])), ("Gemiddeld aantal uren per week", "36")]
    y = 52.0
    for a, b in rows:
        frame(sh, 16, y, 84, 8, lw=0.2, c=MID)
        frame(sh, 100, y, W - 116, 8, lw=0.2, c=MID)
        put(sh, 18, y + 1.8, a, f=GOT, pt=9)
        put(sh, 102, y + 1.8, b, f=GOT_B, pt=9.4)
        y += 8
    y += 6
    put(sh, W - 46, y, "JA", f=GOT_B, pt=9)
    put(sh, W - 30, y, "NEE", f=GOT_B, pt=9)
    y += 6
    for q, yes in [("Heeft de werknemer een arbeidsovereenkomst voor onbepaalde tijd?", rng.random() < 0.7),
                   ("Is de proeftijd verstreken?", True), ("Is er loonbeslag?", False),
                   ("Is er het voornemen de arbeidsovereenkomst te beëindigen?", False)]:
        put(sh, 16, y, q, f=GOT, pt=9)
        tickbox(sh, W - 45, y, 3.6, yes, typed=True)
        tickbox(sh, W - 28, y, 3.6, not yes, typed=True)
        y += 7
    y += 10
    put(sh, 16, y, "Ondergetekende verklaart bovenstaande naar waarheid te hebben ingevuld.", f=GOT, pt=9.4)
    sig(sh, 18, y + 6, rng, c=BLUE_PEN)
    hr = rng.choice(["A. Mulder, HR-manager", "F. El Ouali, salarisadministratie", "R. Jansen, personeelszaken"])
    put(sh, 16, y + 22, hr, f=GOT, pt=9.4)
    seal(sh, 70, y + 2, [e["name"][:26].upper(), e["city"].upper()], rng, shape="oval", c=S_BLUE, mm=38)
    return [streak(sh, rng)]


def bank_statement(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A print from the bank's app of the account's transactions over three months ('Af- en bijschrijvingen'):
    the account holder and IBAN in a rounded header, one line per transaction with date, counterparty and amount
    (credits in green with '+'), the monthly salary credits among them, the balance at the foot; Carlito, born
    digital."""
    e, w = _job(c), _earner(c)
    k = _pay(e["b44"], crc("pay44", c.rng_seed))
    b = c.bank
    sh = c.new_sheet()
    W = c.page_w
    frame(sh, 16, 12, W - 32, 22, lw=0.3, c=(0, 90, 120), fill=(236, 244, 248))
    put(sh, 20, 15, b["name"], f=CAR_B, pt=12, c=(0, 90, 120))
    put(sh, 20, 21.5, f"{w.given_names} {w.surname}", f=CAR, pt=10)
    put(sh, 20, 26.5, iban(crc("ib44", c.rng_seed), b["code"]), f=CAR, pt=10)
    put(sh, W - 20, 15, "Af- en bijschrijvingen", f=CAR_B, pt=10.5, a="right")
    put(sh, W - 20, 21.5, "01-09-2026 t/m 30-11-2026", f=CAR, pt=9.5, a="right")
    y = 42.0
    lines = []
    for m in (9, 10, 11):
        lines += [(D(2026, m, 1), "Huur - Woonbron", -round(rng.uniform(640, 990), 2)),
                  (D(2026, m, rng.randint(4, 9)), "Eneco", -round(rng.uniform(80, 150), 2)),
                  (D(2026, m, rng.randint(10, 20)), rng.choice(["Albert Heijn", "Lidl", "Jumbo", "Dirk"]),
                   -round(rng.uniform(30, 110), 2)),
                  (D(2026, m, rng.choice([23, 24, 25])), f"{e['name'][:30]} - salaris {MONTHS['nl'][m - 1]}", k["net"])]
    lines.sort(key=lambda t: t[0], reverse=True)
    bal = round(rng.uniform(300, 1800), 2)
    for d0, desc, amt in lines:
        put(sh, 18, y, d_num(d0, "-"), f=CAR, pt=9.4, c=MID)
        put(sh, 46, y, desc, f=CAR, pt=9.6)
        put(sh, W - 18, y, ("+ " if amt > 0 else "- ") + eur(abs(amt))[2:], f=CAR_B if amt > 0 else CAR, pt=9.6,
            a="right", c=(20, 120, 60) if amt > 0 else INK)
        sh.rule(16, y + 5, W - 16, y + 5, width_mm=0.1, color=PALE)
        y += 7
    put(sh, W - 18, y + 4, f"Saldo 30-11-2026: {eur(bal)}", f=CAR_B, pt=10, a="right")
    put(sh, W / 2, c.page_h - 12, f"{b['name']} · afgedrukt {d_num(c.sub - dt.timedelta(days=2), '-')} · 1/1", f=CAR,
        pt=7.5, a="center", c=MID)
    return [sh]


_r("payslip-salarisprogramma-mono-drie-kopblokken-codetabel-grijze-rijen-nietje-ezelsoor-44", "income-proof", "nl",
   payslip, "payroll program's payslip, three header blocks, code table, dog-eared")
_r("guarantor-eigen-brief-persoonlijke-briefvorm-handtekening-zonder-label-verkreukeld-44", "income-proof", "nl",
   guarantor_letter, "guarantor's own letter, signed at the end without a label, crumpled")
_r("employer-werkgeversverklaring-vraagtabel-ja-nee-ovale-stempel-rolstreep-44", "income-proof", "nl",
   employer_statement, "employer's statement as a question table, oval stamp, roller streak")
_r("bank-app-afdruk-drie-maanden-groene-bijschrijvingen-carlito-44", "income-proof", "nl", bank_statement,
   "bank app print of three months of transactions with the salary credits")


# =========================================================================== medical statements

def medstat_nl(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The treating specialist's 'Medische verklaring' addressed to the lawyer: the hospital's name in capitals over
    a thin coloured double rule, the patient in a bordered block (name, date of birth, hospital number), five
    numbered paragraphs (diagnose, behandeling, noodzaak, duur, land van herkomst), the signature ABOVE the typed
    name with the BIG number on the same line as the function; the hospital's address in the footer."""
    h, m = c.hospital, c.med
    first, last = doctor(c, "nl")
    sh = c.new_sheet()
    W = c.page_w
    put(sh, 20, 14, h["name"].upper(), f=SER_B, pt=11.5, c=h["color"])
    sh.rule(20, 21, W - 20, 21, width_mm=0.5, color=h["color"])
    sh.rule(20, 22.2, W - 20, 22.2, width_mm=0.15, color=h["color"])
    put(sh, 20, 24.5, f"Afdeling {m['spec']}", f=SER_I, pt=9)
    d0 = workday(c, rng, 5, 45)
    put(sh, W - 20, 32, f"{h['city']}, {d_long(d0, 'nl')}", f=SER, pt=9.6, a="right")
    lw = c.lawyer_name or "de advocaat van patiënt"
    put(sh, 20, 32, f"Aan {lw}", f=SER, pt=9.6)
    frame(sh, 20, 42, W - 40, 16, lw=0.3, c=MID)
    put(sh, 23, 44, f"Patiënt: {who(c)}", f=SER, pt=9.6)
    put(sh, 23, 49, f"Geboortedatum: {dd(c, c.p.birth_date)}", f=SER, pt=9.6)
    put(sh, 120, 49, f"Ziekenhuisnr.: {c.rng_seed % 8000000 + 1000000}", f=SER, pt=9.6)
    put(sh, 20, 64, "MEDISCHE VERKLARING", f=SER_B, pt=12)
    ts = started(c)
    paras = [f"Diagnose. Patiënt is bij ons bekend met {m['dx']}.",
             f"Behandeling. Sinds {MONTHS['nl'][ts.month - 1]} {ts.year} krijgt patiënt {m['tx']}.",
             f"Noodzaak. De behandeling is medisch noodzakelijk. {m['stop']}",
             f"Duur. {how_long(c, 'nl')}",
             f"Land van herkomst. Deze behandeling is in {land_nl(c.p.nationality)} voor patiënt niet beschikbaar of "
             f"niet toegankelijk, voor zover ons bekend."]
    y = 72.0
    for i, ptxt in enumerate(paras, 1):
        put(sh, 20, y, f"{i}.", f=SER, pt=10)
        y = block(sh, 27, y, W - 47, ptxt, f=SER, pt=10, lead=1.45) + 3
    y += 6
    sig(sh, 22, y, rng, c=rng.choice([BLUE_PEN, BLACK_PEN]))
    put(sh, 20, y + 15, f"dr. {first} {last}", f=SER, pt=10)
    put(sh, 20, y + 20, f"{m['doc_title']} · BIG {big(c, 'nl')}", f=SER_I, pt=9)
    put(sh, W / 2, c.page_h - 14, f"{h['street']} · {h['pc']} {h['city']} · {h['web']}", f=SER, pt=7.6, a="center",
        c=MID)
    return [sh]


def medstat_en(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An English 'Medical information' sheet filled in by the treating consultant, laid out as numbered boxes
    (1. Patient, 2. Diagnosis, 3. Treatment, 4. Necessity, 5. Expected duration) with the answers typed in Liberation
    Sans inside; signed at the bottom RIGHT beside 'Signature', with the hospital's rectangular stamp under the
    signature; a punched copy with a coffee ring."""
    h, m = c.hospital, c.med
    first, last = doctor(c, "en")
    sh = c.new_sheet()
    W = c.page_w
    put(sh, 18, 14, "MEDICAL INFORMATION", f=LSA_B, pt=13.5)
    put(sh, 18, 20.5, f"{h['name']} - {m['spec_en']}", f=LSA, pt=9.5, c=MID)
    ts = started(c)
    boxes = [("1. Patient", f"{c.p.given_names} {c.p.surname.upper()}, born {d_long(c.p.birth_date, 'en')}"),
             ("2. Diagnosis", m["dx_en"][0].upper() + m["dx_en"][1:] + "."),
             ("3. Treatment", f"Since {MONTHS['en'][ts.month - 1]} {ts.year}: {m['tx_en']}."),
             ("4. Is the treatment medically necessary?", f"Yes. {m['stop_en']}"),
             ("5. Expected duration", how_long(c, "en"))]
    y = 30.0
    for t, a in boxes:
        lines = sh.wrap(a, W - 44, font=LSA, size_pt=10)
        hbox = len(lines) * 4.9 + 9
        frame(sh, 18, y, W - 36, hbox, lw=0.3, c=MID)
        put(sh, 20, y + 1.5, t, f=LSA_B, pt=9)
        block(sh, 21, y + 6, W - 44, a, f=LSA, pt=10, lead=1.38)
        y += hbox + 3
    y += 6
    d0 = workday(c, rng, 5, 45)
    put(sh, 18, y, f"Date: {d_long(d0, 'en')}", f=LSA, pt=10)
    put(sh, 18, y + 7, f"Dr {first} {last}, {m['doc_en']} (BIG {big(c, 'en')})", f=LSA, pt=10)
    put(sh, 110, y + 18, "Signature", f=LSA, pt=9.5)
    sig(sh, 128, y + 12, rng, c=BLUE_PEN)
    seal(sh, 118, y + 26, [h["name"][:30].upper(), m["spec_en"][:26].upper(), h["city"].upper()], rng, shape="rect",
         c=S_PURPLE, mm=44)
    for yy in (c.page_h / 2 - 40, c.page_h / 2 + 40):
        flat(sh, 7, yy, 5.5, 5.5, (30, 30, 30))
    coffee_ring(sh, W - 60, c.page_h - 70, rng, 14)
    return [sh]


_r("medstat-verklaring-aan-advocaat-ziekenhuisnaam-kapitalen-vijf-genummerde-alineas-44", "medical-statement", "nl",
   medstat_nl, "specialist's statement to the lawyer, five numbered paragraphs, signature above the name")
_r("medstat-medical-information-genummerde-kaders-engels-stempel-onder-handtekening-geponst-44", "medical-statement",
   "en", medstat_en, "English medical information sheet in numbered boxes, stamp under the signature, punched")


# =========================================================================== care institution

def care_letter(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The hospital's patient-services office confirms the treatment: logo square at the top RIGHT, a reference table
    (datum / kenmerk / patiënt) under the window address, the confirmation in three short paragraphs (place and
    expertise, start of treatment, costs and payment); the manager signs BELOW
    'Met vriendelijke groet' and the round stamp overlaps the signature."""
    h, m = c.hospital, c.med
    sh = c.new_sheet()
    W = c.page_w
    flat(sh, W - 42, 26, 24, 24, h["color"])
    put(sh, W - 30, 35, h["short"][:4], f=NSN_B, pt=9, c=(255, 255, 255), a="center")
    put(sh, 18, 14, h["name"], f=NSN_B, pt=11)
    put(sh, 18, 19.5, "Patiëntenservice - internationale patiënten", f=NSN, pt=8.8, c=MID)
    a1, a2 = street_lines(c.p)
    for i, s in enumerate([f"{'De heer' if c.p.sex == 'M' else 'Mevrouw'} {c.p.given_names} {c.p.surname}", a1, a2]):
        put(sh, 18, 44 + i * 5, s, f=NSN, pt=10)
    d0 = workday(c, rng, 3, 35)
    r = random.Random(crc("care44", c.rng_seed))
    for j, (a, b) in enumerate([("Datum", d_num(d0, "-")), ("Kenmerk", f"IP/{r.randint(1000, 9999)}"),
                                ("Patiëntnummer", str(c.rng_seed % 8000000 + 1000000))]):
        put(sh, 18 + j * 58, 68, a, f=NSN, pt=7.6, c=MID)
        put(sh, 18 + j * 58, 72, b, f=NSN, pt=9.6)
    put(sh, 18, 84, "Onderwerp: bevestiging van uw behandeling", f=NSN_B, pt=10.5)
    start = (c.sub + dt.timedelta(days=r.randint(12, 50))) if (c.procedure == "ind-medical-treatment" and
                                                              r.random() < 0.4) else started(c)
    paras = [f"Ons ziekenhuis heeft plaats voor u en beschikt over de specialistische kennis die nodig is voor de "
             f"behandeling van {m['dx']}.",
             f"De behandeling ({m['tx']}) {'is gestart op' if start <= c.sub else 'start op'} {d_long(start, 'nl')} en "
             f"wordt bij ons voortgezet.",
             f"De kosten van de behandeling ramen wij op {eur(m['cost'])} per jaar. {pays(c)}"]
    y = 94.0
    for ptxt in paras:
        y = block(sh, 18, y, W - 36, ptxt, f=NSN, pt=10, lead=1.45) + 4
    y += 6
    put(sh, 18, y, "Met vriendelijke groet,", f=NSN, pt=10)
    sig(sh, 20, y + 6, rng, c=BLUE_PEN)
    seal(sh, 34, y + 2, [h["name"].upper()[:30], "PATIËNTENSERVICE", h["city"].upper()], rng, c=S_GREEN, mm=30)
    put(sh, 18, y + 24, rng.choice(["M. de Ruiter", "S. Bakkali", "J. Hoekstra", "P. van Dam"]) +
        ", teamleider patiëntenservice", f=NSN, pt=9.6)
    return [sh]


def care_agreement(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A 'Behandelovereenkomst' between the hospital and the patient: parties in two framed columns, the articles
    numbered 'Artikel 1' to 'Artikel 4' (treatment, start and duration, costs and payment, the hospital's capacity),
    two signature blocks side by side at the foot (hospital left with its stamp, patient right), each signature
    ABOVE the printed name and role; Caladea; the client's copy, crumpled and smoothed out again."""
    h, m = c.hospital, c.med
    sh = c.new_sheet()
    W = c.page_w
    put(sh, W / 2, 14, "BEHANDELOVEREENKOMST", f=CAL_B, pt=15, a="center")
    put(sh, W / 2, 21, "medisch-specialistische zorg voor een patiënt uit het buitenland", f=CAL_I, pt=9.5,
        a="center", c=MID)
    for j, (t, ls) in enumerate([("Zorginstelling", [h["name"], h["street"], f"{h['pc']} {h['city']}"]),
                                 ("Patiënt", [f"{c.p.given_names} {c.p.surname}", f"geboren {d_num(c.p.birth_date, '-')}",
                                              f"nationaliteit: {nat_nl(c.p).lower()}"])]):
        x = 18 + j * ((W - 36) / 2)
        frame(sh, x, 30, (W - 36) / 2 - 3, 26, lw=0.3)
        put(sh, x + 3, 32, t, f=CAL_B, pt=10)
        for i, s in enumerate(ls):
            put(sh, x + 3, 38 + i * 5, s, f=CAL, pt=shrink(s, (W - 36) / 2 - 9, CAL, 10))
    r = random.Random(crc("agr44", c.rng_seed))
    start = started(c) if c.procedure != "ind-medical-treatment" or r.random() < 0.6 else \
        c.sub + dt.timedelta(days=r.randint(14, 45))
    arts = [f"De zorginstelling behandelt patiënt voor {m['dx']}. De behandeling bestaat uit {m['tx']}.",
            f"De behandeling {'is begonnen op' if start <= c.sub else 'begint op'} {d_long(start, 'nl')} en duurt zo lang "
            f"als medisch nodig is.",
            f"De geraamde kosten bedragen {eur(m['cost'])} per jaar. {pays(c)}",
            "De zorginstelling verklaart dat zij plaats heeft en over de nodige expertise beschikt om de behandeling "
            "uit te voeren."]
    y = 64.0
    for i, a in enumerate(arts, 1):
        put(sh, 18, y, f"Artikel {i}", f=CAL_B, pt=10)
        y = block(sh, 18, y + 5, W - 36, a, f=CAL, pt=10.2, lead=1.45) + 4
    y += 6
    d0 = workday(c, rng, 4, 30)
    put(sh, 18, y, f"Aldus opgemaakt in tweevoud te {h['city']} op {d_long(d0, 'nl')}.", f=CAL, pt=10)
    y += 10
    for j, (nm_, role) in enumerate([(rng.choice(["drs. A. Visser", "dr. H. Koning", "mr. L. Smeets"]),
                                      "namens de raad van bestuur"), (f"{c.p.given_names} {c.p.surname}", "patiënt")]):
        x = 18 + j * 92
        sig(sh, x + 2, y, rng, c=BLUE_PEN if j else BLACK_PEN)
        sh.rule(x, y + 15, x + 70, y + 15, width_mm=0.2)
        put(sh, x, y + 16.5, nm_, f=CAL, pt=9.6)
        put(sh, x, y + 21, role, f=CAL_I, pt=9)
    seal(sh, 52, y - 6, [h["name"].upper()[:28], h["city"].upper()], rng, c=S_BLUE, mm=26)
    return [crumpled(sh, rng, creases=6)]


_r("care-patientenservice-brief-logo-rechtsboven-referentierij-stempel-over-handtekening-44",
   "care-institution-statement", "nl", care_letter,
   "patient services' confirmation letter, reference row, stamp over the signature")
_r("care-behandelovereenkomst-twee-partijen-artikelen-twee-handtekeningblokken-44", "care-institution-statement", "nl",
   care_agreement, "treatment agreement between hospital and patient, two signature blocks")


# =========================================================================== health insurance

def polisblad(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A Dutch insurer's 'Zorgpolis 2026' with a coloured band down the right edge: the insurer's short name large,
    the insured person's details in two columns, a boxed list of the cover (basisverzekering with hospital care,
    medicines, aanvullende verzekering), the start date, the UZOVI code and the policy number in the footer;
    printed from the app (born digital) or scanned."""
    ins = c.insurer_nl
    sh = c.new_sheet()
    W = c.page_w
    flat(sh, W - 7, 0, 7, c.page_h, ins["color"])
    put(sh, 20, 14, ins["short"], f=GOT_B, pt=22, c=ins["color"])
    put(sh, 20, 24, ins["name"], f=GOT, pt=8.6, c=MID)
    put(sh, W - 18, 16, "Zorgpolis 2026", f=GOT_B, pt=13, a="right")
    r = random.Random(crc("pol44", c.rng_seed))
    polno = f"{r.randint(10, 99)}{r.randint(1000000, 9999999)}"
    start = D(2026, 1, 1) if r.random() < 0.55 else _ind.add_months(c.sub, -r.randint(2, 10)).replace(day=1)
    a1, a2 = street_lines(c.p)
    left = [("Verzekerde", f"{c.p.given_names} {c.p.surname}"), ("Geboortedatum", d_num(c.p.birth_date, "-")),
            ("Adres", f"{a1}, {a2}")]
    right = [("Polisnummer", polno), ("Ingangsdatum", d_num(start, "-")), ("UZOVI", ins["uzovi"])]
    for j, col in enumerate((left, right)):
        for i, (a, b) in enumerate(col):
            x = 20 + j * 96
            put(sh, x, 38 + i * 10, a, f=GOT, pt=8, c=MID)
            put(sh, x, 42 + i * 10, b, f=GOT_B, pt=shrink(b, 88, GOT_B, 10))
    y = 76.0
    frame(sh, 20, y, W - 38, 60, lw=0.35, c=ins["color"])
    put(sh, 24, y + 3, "Uw dekking", f=GOT_B, pt=11, c=ins["color"])
    y += 11
    for t, sub in [("Basisverzekering Restitutie", "ziekenhuiszorg, medisch-specialistische zorg, dialyse, geneesmiddelen"),
                   ("Aanvullend Comfort", "fysiotherapie, tandarts, alternatieve zorg"),
                   ("Verplicht eigen risico 2026", "€ 385 per kalenderjaar")]:
        put(sh, 26, y, t, f=GOT_B, pt=10)
        put(sh, 26, y + 5, sub, f=GOT, pt=9, c=INK)
        y += 14
    block(sh, 20, 144, W - 38, "Met deze polis bent u verzekerd voor zorg in Nederland volgens de polisvoorwaarden "
          "2026. Bewaar dit overzicht bij uw administratie.", f=GOT, pt=9.4, lead=1.4)
    qr_block(sh, W - 44, c.page_h - 50, 24, polno)
    put(sh, 20, c.page_h - 14, f"{ins['post']} · polis {polno}", f=GOT, pt=7.6, c=MID)
    return [sh]


def intl_certificate(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An international insurer's certificate of insurance in Palatino inside a double border with small corner
    squares: the insurer's name in spaced capitals, a two-column table of the policy data (insured, date of birth,
    policy number, plan, period, territory), a sentence confirming in- and out-patient cover in the Netherlands for
    the named condition, the claims director's signature ABOVE a line with the name and title under it; drawn on the
    case's paper size (A4, or US Letter where the plan asks for it)."""
    ins = c.insurer_intl
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    frame(sh, 19, 19, W - 38, H - 38, lw=0.8, c=ins["color"])
    frame(sh, 21.5, 21.5, W - 43, H - 43, lw=0.25, c=ins["color"])
    for x, y in ((19, 19), (W - 23, 19), (19, H - 23), (W - 23, H - 23)):
        flat(sh, x, y, 4, 4, ins["color"])
    put(sh, W / 2, 26, ins["name"].upper(), f=PAL_B, pt=shrink(ins["name"].upper(), W - 50, PAL_B, 13), a="center",
        c=ins["color"])
    put(sh, W / 2, 33, ins["addr"], f=PAL, pt=shrink(ins["addr"], W - 50, PAL, 8.6), a="center", c=MID)
    put(sh, W / 2, 48, "CERTIFICATE OF INSURANCE", f=PAL_B, pt=16, a="center")
    r = random.Random(crc("intl44", c.rng_seed))
    start = _ind.add_months(c.sub, -r.randint(1, 7)).replace(day=1)
    end = start.replace(year=start.year + 1) - dt.timedelta(days=1)
    rows = [("Insured", f"{c.p.given_names} {c.p.surname}"), ("Date of birth", d_long(c.p.birth_date, "en")),
            ("Policy no.", f"{ins['short'][:2].upper()}{r.randint(100000, 999999)}-{r.randint(10, 99)}"),
            ("Plan", ins["plan"]), ("Period of insurance", f"{d_long(start, 'en')} to {d_long(end, 'en')}"),
            ("Territory", "Worldwide, including the Netherlands")]
    y = 62.0
    for a, b in rows:
        put(sh, 30, y, a, f=PAL_I, pt=10.4)
        put(sh, 86, y, b, f=PAL, pt=shrink(b, W - 116, PAL, 10.6))
        sh.rule(30, y + 5.6, W - 30, y + 5.6, width_mm=0.1, color=PALE)
        y += 8.5
    y += 8
    y = block(sh, 30, y, W - 60, f"We confirm that the insured person is covered for in-patient and out-patient "
              f"hospital treatment, specialist care and prescribed medication in the Netherlands, including the "
              f"treatment of {c.med.get('dx_en', 'the insured condition')}, up to the annual limit of EUR "
              f"{r.choice(['1,000,000', '1,500,000', '2,500,000'])}. Pre-existing conditions are covered under this plan.",
              f=PAL, pt=10.6, lead=1.5, align="justify") + 14
    sig(sh, 32, y, rng, c=(20, 40, 110))
    sh.rule(30, y + 15, 100, y + 15, width_mm=0.25)
    put(sh, 30, y + 16.5, rng.choice(["Margaret O. Hale", "Daniel R. Whitcombe", "Angela Ferreira"]), f=PAL, pt=10)
    put(sh, 30, y + 21.5, "Director, Claims and Underwriting", f=PAL_I, pt=9.4)
    put(sh, W - 30, y + 16.5, f"Issued {d_long(workday(c, rng, 3, 20), 'en')}", f=PAL, pt=9.4, a="right")
    return [sh]


def intl_letter(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An expat insurer's 'Confirmation of cover' letter in Liberation Sans: the insurer's name in its colour at the
    top left with a thin full-width rule, the member's name and number, a bulleted list of the covered benefits,
    a line that cover applies in the Netherlands, signed by the member services manager at the end with no label;
    born digital or scanned."""
    ins = c.insurer_intl
    sh = c.new_sheet()
    W = c.page_w
    put(sh, 18, 14, ins["name"], f=LSA_B, pt=13, c=ins["color"])
    sh.rule(18, 21, W - 18, 21, width_mm=0.4, color=ins["color"])
    put(sh, 18, 23, ins["addr"], f=LSA, pt=8, c=MID)
    d0 = workday(c, rng, 3, 25)
    put(sh, W - 18, 34, d_long(d0, "en"), f=LSA, pt=10, a="right")
    put(sh, 18, 44, "Confirmation of cover", f=LSA_B, pt=12)
    r = random.Random(crc("intlL44", c.rng_seed))
    mem = f"{r.randint(1000000, 9999999)}"
    put(sh, 18, 52, f"Member: {c.p.given_names} {c.p.surname} · date of birth {d_num(c.p.birth_date, '/')} · "
        f"member no. {mem}", f=LSA, pt=9.6)
    y = block(sh, 18, 62, W - 36, f"To whom it may concern. We confirm that the member named above holds an active "
              f"policy under our {ins['plan']} plan, valid for the whole of {c.sub.year} and renewing annually. The "
              f"policy covers:", f=LSA, pt=10, lead=1.45) + 3
    for b in ["in-patient and day-patient hospital treatment", "out-patient specialist consultations and diagnostics",
              "prescribed medicines and dialysis", f"treatment of {c.med.get('dx_en', 'the condition')}",
              "emergency care and medical repatriation"]:
        put(sh, 22, y, "-", f=LSA, pt=10)
        y = block(sh, 27, y, W - 45, b, f=LSA, pt=10, lead=1.4) + 1
    y = block(sh, 18, y + 4, W - 36, "Cover applies to treatment in the Netherlands. Claims are settled directly with "
              "the treating hospital.", f=LSA, pt=10, lead=1.45) + 10
    sig(sh, 20, y, rng, c=BLACK_PEN)
    put(sh, 18, y + 15, rng.choice(["Siobhan Kelly", "Luc Wagner", "Emma Lindqvist"]), f=LSA_B, pt=10)
    put(sh, 18, y + 20, "Member Services Manager", f=LSA, pt=9.4)
    return [sh]


_r("polisblad-zorgpolis-kleurband-rechts-dekking-kader-qr-44", "health-insurance", "nl", polisblad,
   "Dutch insurer's policy sheet with a colour band down the right edge, cover box, QR")
_r("intl-certificate-of-insurance-palatino-dubbele-rand-hoekblokjes-handtekening-boven-lijn-44", "health-insurance",
   "en", intl_certificate, "international certificate of insurance in a double border (A4, or US Letter when planted)")
_r("intl-confirmation-of-cover-brief-opsomming-handtekening-zonder-label-44", "health-insurance", "en", intl_letter,
   "expat insurer's confirmation-of-cover letter with a bulleted list of benefits")


# =========================================================================== civic integration

def duo_diploma(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The civic-integration diploma inside a lattice-printed border: 'Diploma inburgering' centred, the holder's
    name in a chancery script on its own line, birth date and place under it, the exam parts with their pass dates
    in a centred two-column table, the diploma number bottom LEFT and the printed signature of the minister bottom
    RIGHT; scanned slightly crooked."""
    r = random.Random(crc("duo44", c.rng_seed))
    d0 = c.since + dt.timedelta(days=r.randint(400, 1300)) if c.since else c.sub - dt.timedelta(days=r.randint(200, 800))
    d0 = min(d0, c.sub - dt.timedelta(days=45))
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    sh.image(10, 10, W - 20, H - 20, lattice(W - 20, H - 20, r, (255, 255, 255), (230, 200, 170), k=4))
    flat(sh, 22, 22, W - 44, H - 44, (255, 253, 248))
    put(sh, W / 2, 40, "Dienst Uitvoering Onderwijs", f=GOT, pt=10, a="center", c=MID)
    put(sh, W / 2, 58, "Diploma inburgering", f=CEN_B, pt=24, a="center")
    put(sh, W / 2, 80, "Hierbij wordt verklaard dat", f=CEN_I, pt=11, a="center")
    put(sh, W / 2, 90, f"{c.p.given_names} {c.p.surname}", f=P_CHANC, pt=24, a="center")
    put(sh, W / 2, 104, f"geboren op {d_long(c.p.birth_date, 'nl')} te {c.p.birth_place}", f=CEN, pt=11, a="center")
    block(sh, 40, 116, W - 80, "heeft voldaan aan de inburgeringsplicht en de volgende onderdelen van het "
          "inburgeringsexamen op taalniveau B1 heeft behaald:", f=CEN, pt=11, lead=1.45, align="center")
    parts = ["Lezen", "Luisteren", "Schrijven", "Spreken", "Kennis van de Nederlandse Maatschappij",
             "Oriëntatie op de Nederlandse Arbeidsmarkt"]
    y = 136.0
    for i, p_ in enumerate(parts):
        put(sh, W / 2 - 4, y, p_, f=CEN, pt=10.5, a="right")
        put(sh, W / 2 + 4, y, f"behaald op {d_num(d0 - dt.timedelta(days=(5 - i) * 17), '-')}", f=CEN_I, pt=10.5)
        y += 7
    put(sh, W / 2, y + 10, f"Groningen, {d_long(d0, 'nl')}", f=CEN, pt=11, a="center")
    put(sh, 30, H - 46, "Diplomanummer", f=GOT, pt=8, c=MID)
    put(sh, 30, H - 41, f"DI-{r.randint(10000000, 99999999)}", f=GOT_B, pt=11)
    sig(sh, W - 80, H - 56, rng, c=BLACK, h=10)
    put(sh, W - 30, H - 42, "de minister van Sociale Zaken en Werkgelegenheid", f=GOT, pt=7.6, a="right", c=MID)
    return [askew(sh, rng.choice([-1.4, 1.1, 2.0]))]


def duo_exemption(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """DUO's decision exempting the applicant from the civic-integration duty, in the central government's letter
    style without the bar: the service's name in blue at the left over the addressee, a grey reference box at the right
    (datum, kenmerk, BSN), 'Besluit' as a bold heading with the decision in one bold sentence, the reasons as
    numbered lines, the objection clause in a framed box at the foot; folded in three for the window envelope."""
    r = random.Random(crc("duoX44", c.rng_seed))
    d0 = c.sub - dt.timedelta(days=r.randint(150, 1000))
    sh = c.new_sheet()
    W = c.page_w
    put(sh, 20, 28, "Dienst Uitvoering Onderwijs", f=CAR_B, pt=11, c=RIJK)
    put(sh, 20, 33, "Ministerie van Onderwijs, Cultuur en Wetenschap", f=CAR, pt=8.4, c=MID)
    a1, a2 = street_lines(c.p)
    for i, s in enumerate([f"{'De heer' if c.p.sex == 'M' else 'Mevrouw'} {c.p.given_names} {c.p.surname}", a1, a2]):
        put(sh, 20, 50 + i * 5, s, f=CAR, pt=10)
    flat(sh, 134, 46, W - 150, 30, (236, 236, 236))
    for i, (a, b) in enumerate([("Datum", d_long(d0, "nl")), ("Ons kenmerk", f"INB/O/{r.randint(100000, 999999)}"),
                                ("BSN", f"{r.randint(100000000, 999999999)}")]):
        put(sh, 137, 48 + i * 9, a, f=CAR_B, pt=7.4)
        put(sh, 137, 51.5 + i * 9, b, f=CAR, pt=9)
    put(sh, 20, 88, "Onderwerp: uw aanvraag voor ontheffing van de inburgeringsplicht", f=CAR_B, pt=10.5)
    y = block(sh, 20, 98, W - 40, f"Geachte {'heer' if c.p.sex == 'M' else 'mevrouw'} {c.p.surname},\n\nU hebt "
              f"ontheffing van de inburgeringsplicht gevraagd. Wij hebben uw aanvraag beoordeeld.", f=CAR, pt=10.4,
              lead=1.45) + 5
    put(sh, 20, y, "Besluit", f=CAR_B, pt=11)
    y = block(sh, 20, y + 6, W - 40, "Wij verlenen u ontheffing van de inburgeringsplicht.", f=CAR_B, pt=10.4) + 5
    put(sh, 20, y, "Waarom krijgt u ontheffing?", f=CAR_B, pt=10.4)
    y += 6
    reasons = [r.choice(["Uit het advies van de onafhankelijke arts blijkt dat u door een medische beperking "
                         "blijvend niet aan het examen kunt deelnemen.",
                         "U hebt aantoonbaar voldoende inspanningen geleverd om het examen te halen, maar dat is u "
                         "niet gelukt."]),
               "U hoeft daarom geen inburgeringsexamen meer te doen.",
               "Deze ontheffing geldt ook als u later een andere verblijfsvergunning aanvraagt."]
    for i, s in enumerate(reasons, 1):
        put(sh, 22, y, f"{i}.", f=CAR, pt=10.4)
        y = block(sh, 28, y, W - 48, s, f=CAR, pt=10.4, lead=1.4) + 2
    y += 6
    put(sh, 20, y, "Met vriendelijke groet,", f=CAR, pt=10.4)
    put(sh, 20, y + 6, "Dienst Uitvoering Onderwijs, namens de minister", f=CAR, pt=10.4)
    frame(sh, 18, c.page_h - 46, W - 36, 18, lw=0.3)
    block(sh, 21, c.page_h - 44, W - 42, "Bent u het niet eens met dit besluit? Dan kunt u binnen 6 weken na de "
          "datum van deze brief bezwaar maken bij DUO.", f=CAR_I, pt=9, lead=1.4)
    from .fortyfourth_identity import bake, sheet_of
    from PIL import ImageDraw
    img = bake(sh, 200)
    Wp, Hp = img.size
    dr = ImageDraw.Draw(img, "RGBA")
    for f in (1 / 3, 2 / 3):
        yy = int(Hp * f)
        for k in range(-8, 9):
            dr.line([(0, yy + k), (Wp, yy + k)], fill=(50, 50, 50, int(18 * (1 - abs(k) / 9))))
    return [sheet_of(img, W, c.page_h)]


def duo_results(c: Case, rng: random.Random, *, failed: bool = False, **_) -> list[Sheet]:
    """DUO's results overview ('Uw examenresultaten'): each exam part in its own bordered card with the exam date,
    the score and 'gehaald' / 'niet gehaald' in a coloured tag at the card's right edge, a summary sentence at the
    top saying whether all parts are passed; Nimbus Sans, printed from the portal with the URL at the foot."""
    r = random.Random(crc("duoR44", c.rng_seed))
    d0 = c.sub - dt.timedelta(days=r.randint(70, 600))
    sh = c.new_sheet()
    W = c.page_w
    put(sh, 18, 12, "DUO", f=NSN_B, pt=20, c=RIJK)
    put(sh, 44, 15, "Mijn Inburgering - Uw examenresultaten", f=NSN, pt=10, c=RIJK)
    put(sh, 18, 30, f"{c.p.given_names} {c.p.surname}", f=NSN_B, pt=11)
    put(sh, 18, 35.5, f"geboren {d_num(c.p.birth_date, '-')} · stand per {d_num(d0 + dt.timedelta(days=30), '-')}",
        f=NSN, pt=9, c=MID)
    parts = ["Lezen", "Luisteren", "Schrijven", "Spreken", "Kennis van de Nederlandse Maatschappij"]
    bad = r.randrange(len(parts)) if failed else -1
    summary = ("U hebt nog niet alle examenonderdelen gehaald." if failed else
               "U hebt alle examenonderdelen gehaald en voldoet daarmee aan de inburgeringsplicht. Uw diploma wordt "
               "u toegestuurd.")
    nl_ = len(sh.wrap(summary, W - 44, font=NSN_B, size_pt=10))
    frame(sh, 18, 44, W - 36, 5 + nl_ * 4.9, lw=0.3, c=(200, 60, 40) if failed else (30, 120, 60),
          fill=(252, 236, 232) if failed else (232, 246, 236))
    block(sh, 21, 46.5, W - 44, summary, f=NSN_B, pt=10, lead=1.38)
    y = 56.0 + nl_ * 4.9
    for i, p_ in enumerate(parts):
        ok = i != bad
        frame(sh, 18, y, W - 36, 16, lw=0.3, c=MID)
        put(sh, 22, y + 2.5, p_, f=NSN_B, pt=10.5)
        put(sh, 22, y + 8.5, f"examendatum {d_num(d0 - dt.timedelta(days=9 * (4 - i)), '-')} · score "
            f"{r.randint(62, 95) if ok else r.randint(25, 44)} (nodig: 60)", f=NSN, pt=9)
        tag = "gehaald" if ok else "niet gehaald"
        flat(sh, W - 58, y + 4, 36, 8, (30, 120, 60) if ok else (190, 50, 40))
        put(sh, W - 40, y + 5.5, tag, f=NSN_B, pt=9.4, c=(255, 255, 255), a="center")
        y += 19
    put(sh, 18, c.page_h - 12, "https://mijn.inburgeren.nl/resultaten", f=NSN, pt=7.4, c=MID)
    return [sh]


CIVIC = [("duo-diploma-lattice-rand-naam-in-kanselarijschrift-tabel-behaald-op-scheef-44", "diploma"),
         ("duo-ontheffing-blauwe-dienstnaam-grijs-referentievak-genummerde-redenen-bezwaarkader-gevouwen-44",
          "exemption"),
         ("duo-uitslag-kaart-per-onderdeel-gekleurd-label-samenvattingsbalk-44", "results")]
_r(CIVIC[0][0], "civic-integration", "nl", duo_diploma, "diploma in a printed border, name in script, crooked scan")
_r(CIVIC[1][0], "civic-integration", "nl", duo_exemption, "DUO exemption decision, grey reference box, folded")
_r(CIVIC[2][0], "civic-integration", "nl", duo_results, "DUO results overview, one card per exam part")


# =========================================================================== other: cover letter, IND letters, MVV

EXEMPT = ["Cliënt bevindt zich in Nederland.",
          "Over de identiteit en nationaliteit van cliënt bestaat geen twijfel; ook de autoriteiten van het land van "
          "herkomst twijfelen daar niet aan.",
          "Cliënt kan een (nieuw) paspoort alleen krijgen door zelf naar het land van herkomst te reizen.",
          "Stopt de behandeling, dan ontstaat voor cliënt een medische noodsituatie.",
          "In het land van herkomst kan cliënt niet worden behandeld, of heeft cliënt geen toegang tot de behandeling."]

PROC = {"ind-medical-treatment": "een verblijfsvergunning voor medische behandeling",
        "ind-hnt-continued": "een verblijfsvergunning humanitair niet-tijdelijk (voortgezet verblijf)",
        "ind-generic": "verlenging van de verblijfsvergunning regulier bepaalde tijd"}


def cover_letter(c: Case, rng: random.Random, *, enclosures: list[str] | None = None, **_) -> list[Sheet]:
    """The Dutch lawyer's cover letter in DejaVu Serif: the firm's name in small capitals at the top LEFT with its
    contact line under a rule, the IND's address in the window position, a reference grid at the right (uw
    kenmerk / ons kenmerk / V-nummer / datum), the exemption grounds (if no passport) as a lettered list a)-e), the
    enclosures in a two-column table; signed ABOVE the lawyer's name with 'advocaat' under it."""
    lw = c.lawyer or dict(firm="Rechtshulp Zuid", street="Markt 3", pc="5211 JV", city="'s-Hertogenbosch", tel="073",
                          mail="info@rechtshulpzuid.nl")
    sh = c.new_sheet()
    W = c.page_w
    put(sh, 20, 12, lw["firm"].upper(), f=SER_B, pt=10.5, sp=0.5)
    sh.rule(20, 18, W - 20, 18, width_mm=0.3)
    put(sh, 20, 19.5, f"{lw['street']} · {lw['pc']} {lw['city']} · T {lw['tel']} {rng.randint(200, 899)} "
        f"{rng.randint(10, 99)} {rng.randint(10, 99)} · {lw['mail']}", f=SER, pt=7.6, c=MID)
    for i, s in enumerate(_ind.IND_ADDRESSES[rng.randrange(len(_ind.IND_ADDRESSES))].split("\n")):
        put(sh, 20, 44 + i * 5, s, f=SER, pt=10)
    d0 = c.sub - dt.timedelta(days=rng.randint(0, 3))
    r = random.Random(crc("cov44", c.rng_seed))
    for i, (a, b) in enumerate([("uw kenmerk", "-"), ("ons kenmerk", f"{d0.year}.{r.randint(100, 999)}"),
                                ("V-nummer", c.vnr), ("datum", d_long(d0, "nl"))]):
        put(sh, 128, 40 + i * 8.5, a, f=SER_I, pt=7.4, c=MID)
        put(sh, 128, 43.6 + i * 8.5, b, f=SER, pt=9.4)
    put(sh, 20, 82, f"Betreft: {c.p.surname.upper()}, {c.p.given_names} (geb. {dd(c, c.p.birth_date)}, {nat_nl(c.p)} "
        f"nationaliteit)", f=SER_B, pt=9.8)
    width_ = W - 40
    y = 92.0
    paras = ["Geachte heer, mevrouw,",
             f"Namens mijn cliënt{'e' if c.p.sex == 'F' else ''} vraag ik {PROC[c.procedure]} aan. Het ondertekende "
             f"aanvraagformulier en de bewijsstukken stuur ik hierbij mee."]
    if c.procedure == "ind-medical-treatment" and c.art64_end:
        paras.append(f"Cliënt heeft op grond van artikel 64 Vreemdelingenwet een jaar uitstel van vertrek gehad, tot en "
                     f"met {d_long(c.art64_end, 'nl')}. Deze aanvraag sluit daar direct op aan. Cliënt wordt nog steeds "
                     f"behandeld voor {c.med.get('dx', 'de aandoening')}; de eisen van inkomen en betaling gelden "
                     f"daarom niet.")
    if c.procedure == "ind-hnt-continued" and c.since:
        paras.append(f"Cliënt heeft sinds {d_long(c.since, 'nl')} een verblijfsvergunning "
                     f"({dict(ROUTES).get(c.route, '').split(' (')[0]}).")
    if c.suriname_visa:
        paras.append("Cliënt heeft de Surinaamse nationaliteit en verblijft in Nederland met een visum voor medische "
                     "behandeling (kopie bijgevoegd). De behandeling is nog steeds noodzakelijk en de betaling is "
                     "geregeld.")
    for ptxt in paras:
        y = block(sh, 20, y, width_, ptxt, f=SER, pt=9.8, lead=1.42) + 3.5
    if c.no_passport:
        y = block(sh, 20, y, width_, "Cliënt heeft geen geldig paspoort. Ik verzoek u cliënt vrij te stellen van de "
                  "paspoortplicht. Daarvoor voer ik het volgende aan:", f=SER, pt=9.8, lead=1.42) + 2
        for n, i in enumerate(c.exemption_shown):
            y = block(sh, 26, y, width_ - 6, f"{'abcde'[n]})  {EXEMPT[i]}", f=SER, pt=9.8, lead=1.38) + 1.5
        y += 3
    if enclosures:
        put(sh, 20, y, "Bijlagen", f=SER_B, pt=9.8)
        y += 6
        for n, e in enumerate(enclosures, 1):
            frame(sh, 20, y, 10, 6, lw=0.15, c=PALE)
            frame(sh, 30, y, 110, 6, lw=0.15, c=PALE)
            put(sh, 25, y + 1.1, str(n), f=SER, pt=8.8, a="center")
            put(sh, 32, y + 1.1, e, f=SER, pt=8.8)
            y += 6
        y += 5
    put(sh, 20, y, "Met vriendelijke groet,", f=SER, pt=9.8)
    sig(sh, 22, y + 5, rng, c=rng.choice([BLUE_PEN, BLACK_PEN]))
    put(sh, 20, y + 20, c.lawyer_name or "mr. A. de Vos", f=SER, pt=9.8)
    put(sh, 20, y + 25, "advocaat", f=SER_I, pt=9)
    return [c.intr(sh)]


def _ind_letter(sh: Sheet, c: Case, d0: D) -> float:
    W = c.page_w
    rijkslint(sh, W)
    p = c.p
    a1, a2 = street_lines(p)
    for i, s in enumerate([f"{'De heer' if p.sex == 'M' else 'Mevrouw'} {p.given_names} {p.surname}", a1, a2]):
        put(sh, 22, 52 + i * 5, s, f=CAR, pt=10)
    r = random.Random(crc("indref44", c.rng_seed, d0))
    for i, (a, b) in enumerate([("Datum", d_long(d0, "nl")), ("Onze referentie", f"{r.randint(100000, 999999)}"),
                                ("V-nummer", c.vnr)]):
        put(sh, W - 60, 46 + i * 9, a, f=CAR_B, pt=7.4, c=RIJK)
        put(sh, W - 60, 49.5 + i * 9, b, f=CAR, pt=9.2)
    return 92.0


def art64_decision(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The IND's decision granting one year of 'uitstel van vertrek' (article 64): the government bar, the reference
    column at the right with the V-number, the period of the deferral in a shaded box, the instruction to apply for
    a medical-treatment permit within 28 days of the end; a sticky index tab on the right edge."""
    end = c.art64_end or (c.since - dt.timedelta(days=1) if c.since else c.sub + dt.timedelta(days=14))
    start = _ind.add_years(end, -1) + dt.timedelta(days=1)
    d0 = start + dt.timedelta(days=rng.randint(4, 30))
    sh = c.new_sheet()
    W = c.page_w
    y = _ind_letter(sh, c, d0)
    put(sh, 22, y, "Onderwerp: beslissing op uw verzoek om uitstel van vertrek (artikel 64 Vreemdelingenwet)",
        f=CAR_B, pt=10)
    y = block(sh, 22, y + 9, W - 44, f"Geachte {'heer' if c.p.sex == 'M' else 'mevrouw'} {c.p.surname},\n\nU vroeg om "
              "uitstel van vertrek omdat u om medische redenen niet kunt reizen. Het Bureau Medische Advisering heeft "
              "ons geadviseerd.", f=CAR, pt=10.2, lead=1.45) + 4
    flat(sh, 20, y - 1, W - 40, 14, (228, 236, 246))
    y = block(sh, 23, y + 1.5, W - 46, f"U krijgt uitstel van vertrek van {d_long(start, 'nl')} tot en met "
              f"{d_long(end, 'nl')}.", f=CAR_B, pt=10.5) + 8
    y = block(sh, 22, y, W - 44, "In deze periode mag u in Nederland blijven; u hebt geen verblijfsvergunning. Wilt u "
              "na deze periode op medische gronden in Nederland blijven? Vraag dan een verblijfsvergunning medische "
              "behandeling aan tussen 28 dagen voor en 28 dagen na het einde van het uitstel.", f=CAR, pt=10.2,
              lead=1.45) + 8
    put(sh, 22, y, "Met vriendelijke groet,", f=CAR, pt=10.2)
    put(sh, 22, y + 6, "de minister van Asiel en Migratie, namens deze de Immigratie- en Naturalisatiedienst", f=CAR,
        pt=9.6)
    block(sh, 22, c.page_h - 28, W - 44, "Bezwaar: u kunt binnen vier weken na de datum van deze brief bezwaar maken.",
          f=CAR_I, pt=8.6, c=MID)
    flat(sh, W - 12, 120, 12, 22, (120, 200, 255))
    return [c.intr(sh)]


def permit_decision(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The IND's earlier decision granting the residence permit that the 7027 application continues: same letter
    frame, the purpose and start date in one bold line, the validity period and the note to collect the card."""
    since = c.since or D(2021, 5, 1)
    d0 = since + dt.timedelta(days=rng.randint(7, 45))
    sh = c.new_sheet()
    W = c.page_w
    y = _ind_letter(sh, c, d0)
    purpose = {"medical-treatment": "medische behandeling", "medical-treatment-after-art64": "medische behandeling",
               "relationship": "verblijf bij partner", "parent": "verblijf bij ouder",
               "trafficking-victim": "slachtoffer of getuige-aangever mensenhandel",
               "trafficking-victim-no-report": "slachtoffer mensenhandel",
               "domestic-violence": "humanitair tijdelijk (huiselijk geweld)",
               "buiten-schuld": "humanitair tijdelijk (buiten schuld)"}.get(c.route or "", "regulier")
    put(sh, 22, y, "Onderwerp: beslissing op uw aanvraag", f=CAR_B, pt=10)
    y = block(sh, 22, y + 9, W - 44, f"Geachte {'heer' if c.p.sex == 'M' else 'mevrouw'} {c.p.surname},\n\nWij hebben "
              "uw aanvraag voor een verblijfsvergunning beoordeeld en nemen de volgende beslissing.", f=CAR, pt=10.2,
              lead=1.45) + 4
    y = block(sh, 22, y, W - 44, f"U krijgt een verblijfsvergunning met het verblijfsdoel '{purpose}', met ingang van "
              f"{d_long(since, 'nl')}.", f=CAR_B, pt=10.5, lead=1.45) + 4
    y = block(sh, 22, y, W - 44, "U ontvangt binnenkort een uitnodiging om uw verblijfsdocument op te halen bij een "
              "IND-loket. Neem daarbij uw paspoort en deze brief mee.", f=CAR, pt=10.2, lead=1.45) + 8
    put(sh, 22, y, "Met vriendelijke groet,", f=CAR, pt=10.2)
    put(sh, 22, y + 6, "namens de minister, de Immigratie- en Naturalisatiedienst", f=CAR, pt=9.6)
    return [c.intr(sh)]


def mvv_page(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The passport page with the Dutch MVV visa sticker (type D, remark 'medische behandeling') of a Surinamese
    applicant, copied at true size near the BOTTOM of the sheet with a Schiphol entry stamp half over the sticker's
    edge; the visa's two-line MRZ at its foot; a pale toner band."""
    sh = c.new_sheet()
    x0, y0, pw, ph = 42.0, 160.0, 125.0, 88.0
    frame(sh, x0 - 3, y0 - 3, pw + 6, ph + 6, lw=0.2, c=PALE)
    flat(sh, x0, y0, pw, ph - 2, (240, 236, 246))
    frame(sh, x0, y0, pw, ph - 2, lw=0.3, c=(90, 70, 120))
    put(sh, x0 + 4, y0 + 3, "VISUM", f=LSA_B, pt=9.5, c=(60, 40, 90))
    put(sh, x0 + pw - 4, y0 + 3, "NEDERLAND", f=LSA_B, pt=8, c=(60, 40, 90), a="right")
    start = c.sub - dt.timedelta(days=rng.randint(170, 210))
    end = start + dt.timedelta(days=180)
    r = random.Random(crc("pp44", c.rng_seed))
    pno = "R" + "".join(str(r.randint(0, 9)) for _ in range(6)) + r.choice("ABCDEFGH")
    rows = [("GELDIG VOOR", "SCHENGENSTATEN"), ("VAN", d_num(start, "-")), ("TOT", d_num(end, "-")),
            ("TYPE VISUM", "D / MVV"), ("AFGEGEVEN TE", "PARAMARIBO"), ("PASPOORT", pno),
            ("NAAM, VOORNAMEN", f"{c.p.surname.upper()}, {c.p.given_names.upper()}"),
            ("OPMERKINGEN", "MVV - MEDISCHE BEHANDELING")]
    yy = y0 + 10
    for i, (a, b) in enumerate(rows):
        x = x0 + 4 + (i % 2) * 58
        put(sh, x, yy, a, f=LSA, pt=5.6, c=MID)
        put(sh, x, yy + 2.3, b, f=LSA_B, pt=shrink(b, 54, LSA_B, 7.8))
        if i % 2:
            yy += 9
    sh.photo(x0 + pw - 28, y0 + 46, 23, 28, rng)
    lines = td3(issuing="NLD", surname=c.p.surname, given=c.p.given_names, number=pno, nationality="SUR",
                birth_date=c.p.birth_date, sex=c.p.sex, expiry=end, doc_type="V<")
    mrz_lines(sh, x0 + 4, y0 + ph - 13.5, lines, pitch=2.45)
    seal(sh, x0 + pw - 18, y0 - 14, ["KMAR", "SCHIPHOL", d_num(start + dt.timedelta(days=2), "-")], rng, shape="rect",
         c=S_RED, mm=30)
    return [toner_fade(sh, rng)]


_r("cover-letter-kleinkapitaal-kantoor-referentieraster-vnummer-bijlagentabel-44", "other", "nl", cover_letter,
   "lawyer's cover letter, reference grid with the V-number, enclosures table")
_r("art64-decision-rijkslint-gearceerde-periode-indextab-44", "other", "nl", art64_decision,
   "IND decision granting one year of deferral, period in a shaded box")
_r("permit-letter-rijkslint-doel-en-ingangsdatum-vet-44", "other", "nl", permit_decision,
   "IND decision granting the earlier permit")
_r("mvv-sticker-sur-visumpagina-onderaan-kmar-stempel-over-rand-tonerband-44", "other", "nl", mvv_page,
   "MVV sticker page of a Surinamese passport near the foot of the sheet")


# =========================================================================== the part's IND dossiers

class FortyfourthBuilder(_ind.PartBuilder):
    """ind.PartBuilder for this part: it answers the places where PartBuilder names one family per part, and makes
    the applicants whose foreign birth act is Turkish Syrian nationals born in Türkiye."""

    def new(self, name: str, proc: str, *, born_for: str | None = None, **kw) -> _ind.Dossier:
        if born_for:
            kw.setdefault("origin", "SYR")
        return super().new(name, proc, born_for=born_for, **kw)

    def civic_for(self, rng: random.Random, kind: str | None = None) -> tuple[str, str]:
        if kind:
            return next(o for o in CIVIC if o[1] == kind)
        return rng.choice(CIVIC)

    def d_a4(self, name, proc, variant):
        if variant != "letter-digital":
            return super().d_a4(name, proc, variant)
        D_ = self.new(name, proc)
        D_.c.insurer_intl = dict(name="Lone Star Global Health Insurance Company", short="Lone Star",
                                 addr="1900 Main Street, Suite 2200, Dallas, TX 75201, USA", color=(120, 30, 40),
                                 logo="cross", plan="Global Medical Select")
        self.compose_med(D_, skip={"insurance"})
        D_.c.page_w, D_.c.page_h = LETTER
        doc = D_.add(CERT_LETTER, kind="digital", label="Lone Star certificate of insurance")
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
        D_.defect = _defect("IND-HNT-INBURGERING", "only DUO's results overview, with one exam part not passed: no "
                                                   "diploma and no exemption")
        self.finish(D_, clean=False)


CERT_LETTER = "intl-certificate-of-insurance-palatino-dubbele-rand-hoekblokjes-handtekening-boven-lijn-44"

DEFECT_PLAN = [("a4", "ind-medical-treatment", "letter-digital"), ("a4", "ind-generic", "letter-scan"),
               ("blank", "ind-hnt-continued", "duplex-form"), ("blank", "ind-medical-treatment", "one-blank"),
               ("blank", "ind-generic", "duplex-all"),
               ("vnum", "ind-medical-treatment", "missing"), ("vnum", "ind-generic", "missing"),
               ("vnum", "ind-hnt-continued", "other"), ("vnum", "ind-medical-treatment", "other"),
               ("media", "ind-medical-treatment", "mp3"), ("media", "ind-hnt-continued", "attach"),
               ("media", "ind-generic", "js"),
               ("legible", "ind-hnt-continued", "72dpi"), ("legible", "ind-medical-treatment", "faint"),
               ("legible", "ind-generic", "cut"),
               ("translation", "ind-hnt-continued", "tr"), ("translation", "ind-generic", "tr"),
               ("meddocs", "ind-medical-treatment", "care"), ("meddocs", "ind-medical-treatment", "income"),
               ("meddocs", "ind-medical-treatment", "medical"), ("meddocs", "ind-medical-treatment", "insurance"),
               ("exemption", "ind-medical-treatment", (0, 2, 3)), ("exemption", "ind-medical-treatment", (1, 4)),
               ("art64", "ind-medical-treatment", -36), ("art64", "ind-medical-treatment", 33),
               ("duration", "ind-hnt-continued", "parent"), ("duration", "ind-hnt-continued", "relationship"),
               ("duration", "ind-hnt-continued", "buiten-schuld"),
               ("continues", "ind-hnt-continued", "missing"), ("continues", "ind-hnt-continued", "short"),
               ("inburg", "ind-hnt-continued", "missing"), ("inburg", "ind-hnt-continued", "failed"),
               ("idsuff", "ind-hnt-continued", "none"), ("idsuff", "ind-hnt-continued", "permit-only"),
               ("mrz", "ind-medical-treatment", "birth"), ("mrz", "ind-hnt-continued", "check"),
               ("expired", "ind-hnt-continued", None), ("expired", "ind-generic", None),
               ("suriname", "ind-medical-treatment", None), ("suriname", "ind-medical-treatment", None)]

CLEAN_PLAN = dict(med=[None, -14, None, None, 21, None, None, None, -6, None],
                  hnt=[("relationship", 45, "diploma", False), ("medical-treatment", 80, None, False),
                       ("parent", 33, None, True), ("relationship", 150, "exemption", False),
                       ("trafficking-victim", 60, None, False), ("domestic-violence", 95, None, False),
                       ("medical-treatment-after-art64", 40, None, False), ("relationship", 70, "results", False),
                       ("buiten-schuld", 120, None, True), ("trafficking-victim-no-report", 50, None, False)],
                  gen=[False, True, False, True])


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
    b = FortyfourthBuilder(PART, Path(out_root))
    getattr(b, method)(*a, **kw)
    return b.truths, b.skipped


def build_part(out_root: Path, *, jobs: int | None = None) -> list[dict]:
    """Write every IND dossier of this part under out_root/fortyfourth/ and return their truth dicts.  Each dossier
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
