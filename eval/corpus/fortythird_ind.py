"""IND families of the `fortythird` part (registered in ind.FAMILIES), and the builder of its IND dossiers.

Written by a writer who saw neither the validator nor its output, from the seeds (000, 001, 002), rules.md and how
such papers look in Dutch files.  Each family's layout, wording and copy habit is described in its function's
docstring only (the part is read blind).

The IND dossiers of this part follow ind's generic dossier plans (ind.PartBuilder: the same compositions, the same
defect kinds).  The three places where ind.PartBuilder names one family per part (the civic-integration papers, the
US-Letter insurance certificate and the failed DUO results) are answered by FortythirdBuilder below, and the part's
clean and defect plans are CLEAN_PLAN and DEFECT_PLAN here, so ind itself is not changed.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from PIL import Image, ImageDraw

from . import ind as _ind
from .fortythird_identity import (
    BKM,
    BKM_B,
    BLACK,
    CAL,
    CAL_B,
    CAL_I,
    CAR,
    CAR_B,
    CEN,
    CEN_B,
    CPS,
    DARK,
    DJC,
    DJC_B,
    GOTH,
    GOTH_B,
    GREY,
    H_BREIP,
    H_DKG,
    H_DKGB,
    H_DKGI,
    INK_BLACK,
    INK_BLUE,
    INK_NAVY,
    LGREY,
    LSN,
    LSN_B,
    NSN,
    NSN_B,
    NSN_I,
    PAL,
    PAL_B,
    PAL_I,
    ST_BLUE,
    ST_VIOLET,
    box,
    dlong,
    dnum,
    dotted,
    fit,
    folded,
    lid_open,
    marker,
    mrz_text,
    on_desk,
    para,
    pen,
    punched,
    seed_of,
    sign,
    stamp,
    tilted,
    tint,
    tx,
)
from .ind import LETTER, Case, _defect
from .mrz import td3
from .paper import Sheet
from .people import COUNTRIES as PC
from .people import MONTHS, format_name

PART = "fortythird"
IND_NAVY = (16, 46, 104)
D = dt.date


def _r(id_: str, type_: str, lang: str, fn, notes: str, **bound) -> None:
    _ind._reg(id_, type_, PART, lang, fn, notes, **bound)


# =========================================================================== small helpers

def nat_nl(p) -> str:
    adj = {"BFA": "Burkinese", "MDG": "Malagassische", "TUR": "Turkse", "SUR": "Surinaamse", "NLD": "Nederlandse"}
    return adj.get(p.nationality, PC.get(p.nationality, {}).get("nl", p.nationality))


def land_nl(code: str) -> str:
    return PC.get(code, {}).get("nl", code)


def birth_land(p) -> str:
    for v in PC.values():
        if v["en"] == p.birth_country:
            return v["nl"]
    return p.birth_country


def dd(c: Case, d: D) -> str:
    """A date in the case's style."""
    return {"dashes_zero": dnum(d, "-"), "dashes": dnum(d, "-", zero=False), "dots": dnum(d, "."),
            "slashes": dnum(d, "/"), "long": dlong(d, "nl")}.get(c.date_style, dnum(d, "-"))


def who(c: Case, p=None) -> str:
    p = p or c.p
    return format_name(p, c.name_style)


def addr2(p) -> tuple[str, str]:
    a = p.address
    if a is None:
        return "", ""
    return f"{a.street} {a.number}", f"{a.postcode}  {a.city}"


def letter_day(c: Case, rng: random.Random, lo: int = 4, hi: int = 40) -> D:
    d = c.sub - dt.timedelta(days=rng.randint(lo, hi))
    while d.weekday() >= 5:
        d -= dt.timedelta(days=1)
    return d


def doctor(c: Case, key: str) -> tuple[str, str]:
    r = random.Random(seed_of("doc43", key, c.rng_seed))
    first = r.choice(["Marloes", "Joris", "Fatima", "Hendrik", "Ingrid", "Youssef", "Anouk", "Pieter", "Lotte", "Ruben"])
    last = r.choice(["van der Meulen", "Bakker", "El Idrissi", "de Groot", "Visser", "Hoekstra", "Kramer", "Smit",
                     "van Leeuwen", "Brouwer", "Mulder", "Dekker"])
    return first, last


def big(c: Case, key: str) -> str:
    r = random.Random(seed_of("big43", key, c.rng_seed))
    return f"{r.randint(10000000, 99999999)}{r.choice(['01', '03', '19'])}"


def payer_phrase(c: Case) -> str:
    ins = c.__dict__.get("_ins_name") or (c.insurer_intl or c.insurer_nl or {"name": "de zorgverzekeraar"})["name"]
    pay = f"{c.payer.given_names} {c.payer.surname}" if c.payer else "patiënt zelf"
    return f"De kosten worden vergoed door de verzekering van patiënt ({ins}); wat niet gedekt is, betaalt {pay}."


def duration_nl(c: Case) -> str:
    if c.duration == "short":
        end = _ind.add_months(c.sub, 4)
        return (f"De behandeling wordt naar verwachting afgesloten in {MONTHS['nl'][end.month - 1]} {end.year}. "
                f"Daarna is alleen nog een controle bij de huisarts nodig.")
    return {"lifelong": "De behandeling moet de rest van het leven worden voortgezet.",
            "years2": "Naar verwachting is de behandeling nog minstens twee jaar nodig.",
            "years3": "De behandeling duurt naar verwachting nog drie jaar of langer.",
            "indefinite": "Een einddatum is niet te voorzien; in elk geval is behandeling nog ruim langer dan een jaar "
                          "nodig.",
            "months18": "De behandeling loopt naar verwachting nog zeker anderhalf jaar door."}[c.duration]


def duration_en(c: Case) -> str:
    if c.duration == "short":
        end = _ind.add_months(c.sub, 4)
        return (f"Treatment is expected to be completed in {MONTHS['en'][end.month - 1]} {end.year}; after that only "
                f"a check-up by the GP is needed.")
    return {"lifelong": "Treatment has to be continued for life.",
            "years2": "Treatment will be needed for at least another two years.",
            "years3": "Treatment is expected to last three more years or longer.",
            "indefinite": "No end date can be foreseen; treatment is needed well beyond one more year.",
            "months18": "Treatment will continue for at least another eighteen months."}[c.duration]


def treat_start(c: Case) -> D:
    if c.procedure == "ind-hnt-continued" and c.since:
        return c.since - dt.timedelta(days=75)
    return _ind.add_months(c.sub, -random.Random(c.rng_seed + 7).randint(2, 15))


def _dot(filled: bool, ink=INK_BLUE) -> Image.Image:
    img = Image.new("RGBA", (60, 60), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.ellipse([4, 4, 56, 56], outline=(40, 40, 40, 255), width=4)
    if filled:
        d.ellipse([16, 16, 44, 44], fill=ink + (255,))
    return img


# =========================================================================== application forms

class _Form:
    """The IND forms as this part draws them: a navy square with 'IND' and the form's title at the top, the model
    number at the top right, the V-number in ten comb boxes on every page, numbered questions with the answer on a
    dotted line (typed in Courier Prime Sans or written in block capitals), round option marks."""

    def __init__(self, c: Case, rng: random.Random, code: str, title: str, sub: str, pages: int):
        self.c, self.rng, self.code, self.title, self.sub, self.pages = c, rng, code, title, sub, pages
        self.hand = c.fill == "hand"
        self.hf = random.Random(c.rng_seed + 3).choice([H_DKGB, H_DKG, H_BREIP])
        self.ink = random.Random(c.rng_seed + 4).choice([INK_BLUE, INK_BLACK, INK_NAVY])
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
        n = len(self.sheets) + 1
        tint(sh, 16, 10, 15, 15, IND_NAVY)
        tx(sh, 23.5, 14.2, "IND", font=NSN_B, size=10, color=(255, 255, 255), anchor="center")
        tx(sh, 35, 11, "Immigratie- en Naturalisatiedienst", font=NSN_B, size=8.5, color=IND_NAVY)
        tx(sh, 35, 15.5, "Ministerie van Justitie en Veiligheid", font=NSN, size=7, color=GREY)
        tx(sh, W - 16, 10.5, self.code, font=NSN_B, size=14, color=IND_NAVY, anchor="right")
        tx(sh, W - 16, 30, "V-nummer", font=NSN, size=7, color=GREY, anchor="right")
        x = W - 16 - 10 * 5.2
        for i, ch in enumerate(c.vnr):
            box(sh, x + i * 5.2, 20, 5.2, 7, lw=0.25)
            if self.hand:
                pen(sh, x + i * 5.2 + 0.9, 19.8, ch, self.rng, font=self.hf, size=12, color=self.ink)
            else:
                tx(sh, x + i * 5.2 + 1.2, 21.3, ch, font=CPS, size=10)
        tx(sh, 16, c.page_h - 12, f"{self.code} - {self.sub}", font=NSN, size=6.5, color=GREY)
        tx(sh, W - 16, c.page_h - 12, f"{n} / {self.pages}", font=NSN, size=7, color=GREY, anchor="right")
        if n == 1:
            tx(sh, 16, 34, self.title, font=NSN_B, size=13, color=IND_NAVY)
            self.y = 44
        else:
            self.y = 36
        self.sheets.append(c.intr(sh))

    def part(self, no: str, t: str) -> None:
        self.y += 2
        self.sh.rule(16, self.y + 6, self.c.page_w - 16, self.y + 6, width_mm=0.5, color=IND_NAVY)
        tx(self.sh, 16, self.y, f"{no}  {t}", font=NSN_B, size=10.5, color=IND_NAVY)
        self.y += 10

    def q(self, no: str, label: str, value: str) -> None:
        sh, W = self.sh, self.c.page_w
        tx(sh, 16, self.y, no, font=NSN_B, size=8.5)
        tx(sh, 26, self.y, label, font=NSN, size=8.5)
        x0 = 92
        dotted(sh, x0, W - 16, self.y + 4.2, color=GREY)
        if value:
            if self.hand:
                pen(sh, x0 + 1, self.y - 1.6, value, self.rng, font=self.hf, size=11.5, color=self.ink,
                    width=W - 16 - x0 - 2, caps=True)
            else:
                tx(sh, x0 + 1, self.y - 0.2, value, font=CPS, size=fit(value, W - 16 - x0 - 2, CPS, 9.8))
        self.y += 7.2

    def opts(self, no: str, label: str, options: list[str], chosen: set[int], per_line: int = 2) -> None:
        sh, W = self.sh, self.c.page_w
        tx(sh, 16, self.y, no, font=NSN_B, size=8.5)
        self.y = para(sh, 26, self.y, W - 44, label, font=NSN, size=8.5, lead=1.25) + 0.8
        colw = (W - 40) / per_line
        for i, o in enumerate(options):
            col = i % per_line
            x = 28 + col * colw
            sh.image(x, self.y, 3.6, 3.6, _dot(i in chosen, self.ink))
            tx(sh, x + 5, self.y + 0.1, o, font=NSN, size=8.5)
            if col == per_line - 1 or i == len(options) - 1:
                self.y += 5.6
        self.y += 1.6

    def date_q(self, no: str, label: str, d: D | None) -> None:
        self.q(no, label + " (dd-mm-jjjj)", dnum(d, "-") if d else "")

    def personal(self) -> None:
        c, p = self.c, self.c.p
        self.part("1", "Uw persoonsgegevens")
        self.q("1.1", "Achternaam", p.surname.upper() if not self.hand else p.surname)
        self.q("1.2", "Voornamen (voluit)", p.given_names)
        self.date_q("1.3", "Geboortedatum", p.birth_date)
        self.q("1.4", "Geboorteplaats", p.birth_place)
        self.q("1.5", "Geboorteland", birth_land(p))
        self.q("1.6", "Nationaliteit", nat_nl(p))
        self.opts("1.7", "Geslacht", ["man", "vrouw"], {0 if p.sex == "M" else 1})
        a1, a2 = addr2(p)
        self.q("1.8", "Straat en huisnummer", a1)
        self.q("1.9", "Postcode en woonplaats", a2)
        self.q("1.10", "Telefoonnummer", f"06 {self.rng.randint(10, 99)} {self.rng.randint(10, 99)} "
                                         f"{self.rng.randint(10, 99)} {self.rng.randint(10, 99)}")
        if c.lawyer:
            self.part("2", "Gemachtigde")
            self.q("2.1", "Naam advocaat", c.lawyer_name)
            self.q("2.2", "Kantoor en vestigingsplaats", f"{c.lawyer['firm']}, {c.lawyer['city']}")

    def signature(self, no: str) -> None:
        c = self.c
        if self.y > c.page_h - 70:
            self.new()
        self.part(no, "Ondertekening")
        self.y = para(self.sh, 26, self.y, c.page_w - 44, "Ik verklaar dat ik dit formulier volledig en naar waarheid "
                      "heb ingevuld. Ik weet dat de IND mijn aanvraag kan afwijzen of een verleende vergunning kan "
                      "intrekken als ik onjuiste gegevens heb gegeven.", font=NSN, size=8.5, lead=1.3) + 3
        self.q(f"{no}.1", "Plaats", c.p.address.city if c.p.address else "")
        self.date_q(f"{no}.2", "Datum", c.sub - dt.timedelta(days=self.rng.randint(1, 5)))
        tx(self.sh, 16, self.y, f"{no}.3", font=NSN_B, size=8.5)
        tx(self.sh, 26, self.y, "Handtekening", font=NSN, size=8.5)
        self.sh.rule(92, self.y + 16, 160, self.y + 16, width_mm=0.3)
        sign(self.sh, 96, self.y + 1, self.rng, color=self.ink)
        self.y += 22


def form_med(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """Application form for a residence permit for medical treatment (this part's IND form design)."""
    f = _Form(c, rng, "7001-MB", "Aanvraag verblijfsvergunning medische behandeling",
              "Aanvraag verblijfsvergunning medische behandeling (vreemdeling) - versie 2026-2", 2)
    f.personal()
    f.new()
    f.part("3", "De medische behandeling")
    f.q("3.1", "Naam zorginstelling", c.hospital.get("name", ""))
    f.q("3.2", "Plaats", c.hospital.get("city", ""))
    f.q("3.3", "Behandeling", c.med.get("tx_short", ""))
    f.opts("3.4", "Hebt u 1 jaar of langer uitstel van vertrek gehad op grond van artikel 64 Vreemdelingenwet?",
           ["nee", "ja"], {1 if c.art64_end else 0})
    if c.art64_end:
        f.date_q("3.5", "Einddatum van het jaar uitstel van vertrek", c.art64_end)
    else:
        f.opts("3.5", "Wie betaalt uw verblijf en de behandeling?", ["ikzelf", "een garantsteller (zie bijlage)"],
               {1 if c.payer else 0})
    f.opts("3.6", "Hebt u een geldig paspoort?", ["ja, kopie bijgevoegd", "nee, zie toelichting advocaat"],
           {1 if c.no_passport else 0})
    f.opts("3.7", "Hebt u de Surinaamse nationaliteit en een visum voor medische behandeling?", ["nee", "ja"],
           {1 if c.suriname_visa else 0})
    f.signature("4")
    return f.sheets


ROUTES = [("relationship", "na verblijf bij partner (5 jaar)"), ("parent", "na verblijf bij ouder (1 jaar)"),
          ("medical-treatment", "na medische behandeling (3 jaar)"),
          ("medical-treatment-after-art64", "na uitstel van vertrek art. 64 en medische behandeling"),
          ("trafficking-victim", "na verblijf als slachtoffer/getuige-aangever mensenhandel"),
          ("trafficking-victim-no-report", "na verblijf als slachtoffer mensenhandel zonder aangifte"),
          ("domestic-violence", "na verblijf als slachtoffer huiselijk/eergerelateerd geweld"),
          ("buiten-schuld", "na verblijf buiten schuld")]


def form_7027(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """Form 7027 (humanitarian non-temporary, continued residence) in this part's IND form design."""
    f = _Form(c, rng, "7027", "Aanvraag verblijfsdoel 'humanitair niet tijdelijk'",
              "Aanvraag humanitair niet tijdelijk, voortgezet verblijf (vreemdeling) - versie 2026-1", 2)
    f.personal()
    f.new()
    f.part("3", "Uw huidige verblijfsvergunning")
    keys = [k for k, _ in ROUTES]
    f.opts("3.1", "Welke verblijfsvergunning hebt u nu?", [t for _, t in ROUTES],
           {keys.index(c.route)} if c.route in keys else set(), per_line=1)
    f.date_q("3.2", "Sinds wanneer hebt u deze vergunning?", c.since)
    r = random.Random(seed_of("vvr43", c.rng_seed))
    f.q("3.3", "Documentnummer verblijfspas", "".join(r.choice("BCDFGHJKLMNPRSTVWXZ") for _ in range(2)) +
        "".join(str(r.randint(0, 9)) for _ in range(7)))
    if c.route == "relationship":
        f.opts("3.4", "Inburgering", ["ik heb het inburgeringsdiploma", "ik heb ontheffing of vrijstelling",
                                      "nog niet"],
               {0} if c.inburgering in ("diploma", "results") else ({1} if c.inburgering == "exemption" else {2}),
               per_line=1)
    if c.route and c.route.startswith("medical"):
        f.opts("3.4", "Is uw behandeling nog minstens 1 jaar nodig?", ["ja, verklaring behandelaar bijgevoegd", "nee"],
               {0})
    f.signature("4")
    return f.sheets


def form_generic(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """Application to extend a regular residence permit, in this part's IND form design."""
    f = _Form(c, rng, "7000-VL", "Aanvraag verlenging verblijfsvergunning regulier",
              "Verlenging verblijfsvergunning regulier bepaalde tijd - versie 2026-1", 2)
    f.personal()
    f.new()
    f.part("3", "Uw verblijfsvergunning")
    r = random.Random(c.rng_seed)
    purpose = r.choice(["verblijf bij partner", "arbeid in loondienst", "verblijf als familielid", "studie"])
    f.q("3.1", "Verblijfsdoel", purpose)
    f.date_q("3.2", "Geldig tot", c.sub + dt.timedelta(days=r.randint(15, 90)))
    f.opts("3.3", "Is uw situatie veranderd?", ["nee", "ja (toelichting bijgevoegd)"], {0})
    f.opts("3.4", "Welke documenten stuurt u mee?", ["kopie paspoort", "bewijs van inkomen", "andere documenten"],
           {0, 1}, per_line=3)
    f.signature("4")
    return f.sheets


_r("ind-form-med-ind-vierkant-vnummer-kamvakken-stippellijnen-ronde-opties-43", "application", "nl", form_med,
   "medical-treatment form: IND square, V-number comb on every page, dotted answer lines, round options")
_r("ind-form-7027-ind-vierkant-vnummer-kamvakken-stippellijnen-ronde-opties-43", "application", "nl", form_7027,
   "form 7027 in the same design")
_r("ind-form-generic-ind-vierkant-vnummer-kamvakken-stippellijnen-ronde-opties-43", "application", "nl", form_generic,
   "extension form in the same design")


# =========================================================================== income

def _earner(c: Case):
    return c.payer or c.p


def _job(c: Case) -> dict:
    e = dict(c.employer)
    r = random.Random(seed_of("job43", e["name"], c.rng_seed))
    e.setdefault("func_now", r.choice(e["func"]))
    e.setdefault("start43", D(r.randint(2011, 2023), r.randint(1, 12), 1))
    e.setdefault("bruto43", float(r.randrange(2400, 4400, 5)))
    e.setdefault("pnr43", str(r.randint(10000, 99999)))
    c.employer.update({k: v for k, v in e.items() if k.endswith("43") or k == "func_now"})
    return e


def _pay(bruto: float, seed: int) -> dict:
    r = random.Random(seed)
    pens = round(bruto * r.choice([0.055, 0.064, 0.071]), 2)
    heff = round(max(0.0, (bruto - pens) * 0.356 - r.uniform(340, 460)), 2)
    vg = round(bruto * 0.08, 2) if r.random() < 0.3 else 0.0
    reis = r.choice([0.0, 52.80, 79.20, 105.60])
    net = round(bruto - pens - heff + reis, 2)
    return dict(bruto=bruto, pens=pens, heff=heff, reis=reis, net=net, vg=vg)


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


def payslip(c: Case, rng: random.Random, *, month: int = 11, **_) -> list[Sheet]:
    """A payroll bureau's 'salarisstrook' in Liberation Sans Narrow: the employer top left, the employee's name
    and address where a window envelope shows it (right), a grey period bar, two columns (earnings | deductions)
    with a thin rule, the net amount in a framed cell at the bottom right, the year-to-date row under it; folded in
    three with a yellow highlighter over the net pay."""
    e, w = _job(c), _earner(c)
    k = _pay(e["bruto43"], seed_of("pay43", c.rng_seed))
    sh = c.new_sheet()
    W = c.page_w
    tx(sh, 16, 14, e["name"], font=LSN_B, size=11)
    tx(sh, 16, 19, f"{e['street']}  {e['pc']}  {e['city']}", font=LSN, size=8.5)
    tx(sh, 16, 23, "verloning via Salarisbureau Delta B.V.", font=LSN, size=7.5, color=GREY)
    a1, a2 = addr2(w)
    for i, s in enumerate([f"{'Dhr.' if w.sex == 'M' else 'Mevr.'} {w.given_names[0]}. {w.surname}", a1, a2]):
        tx(sh, W - 96, 42 + i * 4.8, s, font=LSN, size=10)
    tint(sh, 16, 66, W - 32, 7, (220, 220, 220))
    tx(sh, 18, 67.5, f"SALARISSTROOK  {MONTHS['nl'][month - 1].upper()} 2026", font=LSN_B, size=10)
    tx(sh, W - 18, 67.5, f"periode {month:02d}/2026", font=LSN, size=9, anchor="right")
    info = [("Personeelsnr.", e["pnr43"]), ("Functie", e["func_now"]), ("In dienst", dnum(e["start43"], "-")),
            ("Geboortedatum", dnum(w.birth_date, "-")), ("CAO", e.get("cao", "-")), ("Uren per week", "38,00")]
    y = 78
    for i, (a, b) in enumerate(info):
        x = 16 + (i % 3) * ((W - 32) / 3)
        tx(sh, x, y + (i // 3) * 9, a, font=LSN, size=7.5, color=GREY)
        tx(sh, x, y + 3.5 + (i // 3) * 9, b, font=LSN_B, size=9)
    y = 102
    mid = W / 2
    sh.rule(mid, y, mid, y + 58, width_mm=0.2, color=GREY)
    tx(sh, 18, y, "Omschrijving", font=LSN_B, size=9)
    tx(sh, mid - 4, y, "Bedrag", font=LSN_B, size=9, anchor="right")
    tx(sh, mid + 4, y, "Inhouding", font=LSN_B, size=9)
    tx(sh, W - 18, y, "Bedrag", font=LSN_B, size=9, anchor="right")
    left = [("Salaris", k["bruto"])] + ([("Reiskostenvergoeding (onbelast)", k["reis"])] if k["reis"] else [])
    right = [(f"Pensioenpremie {e.get('pension', '')}".strip(), k["pens"]), ("Loonheffing", k["heff"])]
    for i, (a, b) in enumerate(left):
        tx(sh, 18, y + 7 + i * 5.5, a, font=LSN, size=9)
        tx(sh, mid - 4, y + 7 + i * 5.5, eur(b), font=LSN, size=9, anchor="right")
    for i, (a, b) in enumerate(right):
        tx(sh, mid + 4, y + 7 + i * 5.5, a, font=LSN, size=9)
        tx(sh, W - 18, y + 7 + i * 5.5, eur(b), font=LSN, size=9, anchor="right")
    y += 64
    box(sh, W - 80, y, 64, 12, lw=0.5)
    tx(sh, W - 78, y + 1.5, "Netto uit te betalen", font=LSN, size=8)
    tx(sh, W - 18, y + 5.5, eur(k["net"]), font=LSN_B, size=11, anchor="right")
    marker(sh, W - 48, y + 5, 32, 5.5)
    tx(sh, 16, y + 18, "Cumulatief t/m deze periode:", font=LSN, size=8, color=GREY)
    tx(sh, 16, y + 22, f"loon voor loonheffing {eur(round((k['bruto'] - k['pens']) * month, 2))}   ingehouden "
       f"loonheffing {eur(round(k['heff'] * month, 2))}", font=LSN, size=8, color=GREY)
    tx(sh, 16, y + 30, f"Uitbetaald op {iban(seed_of('ib', c.rng_seed), c.bank['code'])}", font=LSN, size=8.5)
    return [folded(sh, rng, 3)]


def guarantor(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The guarantor's own 'verklaring van garantstelling en inkomen' on a pre-printed form: the family member's
    details, relationship to the applicant, employer and monthly income, the undertaking to pay the stay and the
    treatment, all written by hand; the guarantor signs to the RIGHT of the 'Handtekening' label; copy of a copy
    (grey, slight tilt)."""
    g = c.payer or c.p
    e = _job(c)
    k = _pay(e["bruto43"], seed_of("pay43", c.rng_seed))
    hf = rng.choice([H_DKG, H_DKGI, H_BREIP])
    sh = c.new_sheet("grey")
    W = c.page_w
    tx(sh, 18, 16, "VERKLARING VAN GARANTSTELLING EN INKOMEN", font=CAL_B, size=13)
    tx(sh, 18, 22.5, "in te vullen door de garantsteller - bijlage bij de aanvraag medische behandeling", font=CAL_I,
       size=9, color=GREY)
    rows = [("Naam garantsteller", f"{g.given_names} {g.surname}"), ("Geboortedatum", dnum(g.birth_date, "-")),
            ("Nationaliteit", nat_nl(g)), ("Adres", " ".join(addr2(g)) if g.address else ""),
            ("Relatie tot de aanvrager", c.payer_relation or "-"),
            ("Naam aanvrager", f"{c.p.given_names} {c.p.surname}"),
            ("Werkgever", e["name"]), ("In dienst sinds", dnum(e["start43"], "-")),
            ("Bruto maandinkomen", eur(k["bruto"])), ("Netto maandinkomen", eur(k["net"]))]
    y = 36
    for a, b in rows:
        tx(sh, 18, y, a, font=CAL, size=10)
        dotted(sh, 72, W - 18, y + 4.4, color=GREY)
        pen(sh, 74, y - 1.5, b, rng, font=hf, size=12, color=INK_BLUE, width=W - 18 - 76)
        y += 9.5
    y = para(sh, 18, y + 4, W - 36, "Ondergetekende verklaart dat hij/zij de kosten van het verblijf en van de "
             "medische behandeling van de aanvrager in Nederland zal betalen, voor zover deze niet door een "
             "verzekering worden gedekt, en dat hij/zij over zelfstandige en duurzame middelen van bestaan beschikt.",
             font=CAL, size=10, lead=1.4) + 8
    tx(sh, 18, y, "Plaats en datum", font=CAL, size=10)
    pen(sh, 56, y - 1.5, f"{g.address.city if g.address else ''}, {dnum(letter_day(c, rng), '-')}", rng, font=hf,
        size=12, color=INK_BLUE)
    tx(sh, 18, y + 14, "Handtekening", font=CAL, size=10)
    sign(sh, 48, y + 8, rng, color=INK_BLUE)
    return [tilted(sh, rng.choice([-1.2, 0.9, 1.6]))]


def bank_statement(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A bank's monthly account statement in DejaVu Sans Condensed: the bank's coloured initial block, account
    holder and IBAN at the top, a dated transaction table (salary credit among rent, energy and shop payments),
    opening and closing balances; born-digital look with 'Pagina 1 van 1'."""
    e, w = _job(c), _earner(c)
    k = _pay(e["bruto43"], seed_of("pay43", c.rng_seed))
    b = c.bank
    sh = c.new_sheet()
    W = c.page_w
    tint(sh, 16, 12, 12, 12, (0, 90, 70))
    tx(sh, 22, 14, b["name"][0], font=DJC_B, size=14, color=(255, 255, 255), anchor="center")
    tx(sh, 32, 12, b["name"], font=DJC_B, size=11)
    tx(sh, 32, 17.5, "Rekeningafschrift", font=DJC, size=9, color=GREY)
    ib = iban(seed_of("ib", c.rng_seed), b["code"])
    for i, (a, v) in enumerate([("Rekeninghouder", f"{w.given_names} {w.surname}"), ("IBAN", ib),
                                ("Periode", "01-11-2026 t/m 30-11-2026"), ("BIC", b["bic"])]):
        tx(sh, 16 + (i % 2) * 96, 32 + (i // 2) * 9, a, font=DJC, size=7.5, color=GREY)
        tx(sh, 16 + (i % 2) * 96, 35.5 + (i // 2) * 9, v, font=DJC_B, size=9)
    y = 56
    tint(sh, 16, y, W - 32, 6, (225, 232, 228))
    for x, h in ((18, "Datum"), (40, "Omschrijving"), (W - 52, "Af"), (W - 18, "Bij")):
        tx(sh, x, y + 1.2, h, font=DJC_B, size=8.5, anchor="right" if h in ("Af", "Bij") else "left")
    y += 8
    bal = round(rng.uniform(150, 1200), 2)
    start = bal
    tr = [(3, "Huur woning - Woonstichting", -round(rng.uniform(620, 980), 2)),
          (6, "Energie - Vattenfall", -round(rng.uniform(90, 160), 2)),
          (12, "Albert Heijn 1432", -round(rng.uniform(40, 120), 2)),
          (24, f"Salaris november - {e['name'][:28]}", k["net"]),
          (26, "Zorgverzekering premie", -round(rng.uniform(130, 160), 2)),
          (28, "Jumbo Supermarkten", -round(rng.uniform(20, 80), 2))]
    for day, desc, amt in tr:
        tx(sh, 18, y, f"{day:02d}-11", font=DJC, size=8.5)
        tx(sh, 40, y, desc, font=DJC, size=8.5)
        col = W - 52 if amt < 0 else W - 18
        tx(sh, col, y, f"{abs(amt):,.2f}".replace(",", "X").replace(".", ",").replace("X", "."), font=DJC, size=8.5,
           anchor="right")
        sh.rule(16, y + 4.6, W - 16, y + 4.6, width_mm=0.1, color=LGREY)
        bal += amt
        y += 6.5
    y += 6
    tx(sh, 16, y, f"Beginsaldo {eur(start)}", font=DJC, size=9)
    tx(sh, W - 16, y, f"Eindsaldo {eur(round(bal, 2))}", font=DJC_B, size=9, anchor="right")
    tx(sh, W / 2, c.page_h - 12, "Pagina 1 van 1", font=DJC, size=7.5, color=GREY, anchor="center")
    return [sh]


def employer_statement(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """'Werkgeversverklaring' typed in Century on the employer's letterhead: a boxed table (type of contract,
    start, hours, gross salary, holiday pay), a line saying there is no intention to end the contract, signed by
    HR with the company stamp partly over the printed name; punched original."""
    e, w = _job(c), _earner(c)
    k = _pay(e["bruto43"], seed_of("pay43", c.rng_seed))
    sh = c.new_sheet()
    W = c.page_w
    tx(sh, W / 2, 14, e["name"].upper(), font=CEN_B, size=13, anchor="center")
    tx(sh, W / 2, 20.5, f"{e['street']} · {e['pc']} {e['city']}", font=CEN, size=8.5, anchor="center", color=GREY)
    sh.rule(20, 26, W - 20, 26, width_mm=0.3)
    tx(sh, 20, 38, "WERKGEVERSVERKLARING", font=CEN_B, size=13)
    d0 = letter_day(c, rng)
    tx(sh, W - 20, 38, f"{e['city']}, {dlong(d0, 'nl')}", font=CEN, size=10, anchor="right")
    y = para(sh, 20, 48, W - 40, f"Ondergetekende verklaart namens {e['name']} dat {'de heer' if w.sex == 'M' else 'mevrouw'} "
             f"{w.given_names} {w.surname}, geboren op {dnum(w.birth_date, '-')}, bij ons in dienst is onder de "
             f"volgende voorwaarden:", font=CEN, size=10.5, lead=1.4) + 4
    rows = [("Functie", e["func_now"]), ("Soort contract", rng.choice(["onbepaalde tijd", "bepaalde tijd, tot 31-12-2027"])),
            ("Datum in dienst", dnum(e["start43"], "-")), ("Arbeidsduur", "38 uur per week"),
            ("Bruto salaris per maand", eur(k["bruto"])), ("Vakantiegeld", "8 % van het bruto jaarsalaris"),
            ("Proeftijd", "verstreken")]
    for a, b in rows:
        box(sh, 20, y, 70, 8, lw=0.25)
        box(sh, 90, y, W - 110, 8, lw=0.25)
        tx(sh, 22, y + 1.8, a, font=CEN, size=9.5)
        tx(sh, 92, y + 1.8, b, font=CEN, size=9.5)
        y += 8
    y = para(sh, 20, y + 6, W - 40, "Er is geen voornemen om de arbeidsovereenkomst te beëindigen. Er loopt geen "
             "loonbeslag.", font=CEN, size=10.5) + 10
    sign(sh, 22, y, rng, color=INK_BLUE)
    nm_ = rng.choice(["J. Verhoeven", "S. Aydın", "M. de Boer", "K. Smits"])
    tx(sh, 20, y + 16, f"{nm_}, HR-adviseur", font=CEN, size=10)
    stamp(sh, 50, y + 6, [e["name"][:26].upper(), e["city"].upper()], rng, shape="rect", color=ST_BLUE, size=40)
    punched(sh, rng)
    return [sh]


_r("payslip-salarisbureau-narrow-vensteradres-twee-kolommen-netto-kader-gemarkeerd-gevouwen-43", "income-proof", "nl",
   payslip, "payroll bureau payslip, address in the window position, net in a frame, folded in three")
_r("guarantor-verklaring-caladea-stippellijnen-handgeschreven-handtekening-rechts-van-label-43", "income-proof", "nl",
   guarantor, "guarantor's declaration filled in by hand, signed beside the label, copy of a copy")
_r("bank-rekeningafschrift-dejavu-condensed-initiaalblok-transactietabel-43", "income-proof", "nl", bank_statement,
   "bank statement with the salary among the transactions")
_r("employer-werkgeversverklaring-century-tabel-stempel-over-naam-geponst-43", "income-proof", "nl",
   employer_statement, "employer's statement in a boxed table, stamp over the name, punched")


# =========================================================================== medical statements

def medstat_nl(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """'Medische verklaring ten behoeve van de IND' by the treating specialist, laid out as a Q-and-A sheet: the
    hospital's short name in a coloured square at the top left, each question in bold small capitals followed by
    the answer, the BIG number under the signature, which sits at the RIGHT of the page."""
    h, m = c.hospital, c.med
    first, last = doctor(c, "spec")
    sh = c.new_sheet()
    W = c.page_w
    tint(sh, 18, 12, 22, 14, h["color"])
    tx(sh, 29, 16.5, h["short"][:5], font=GOTH_B, size=8.5, color=(255, 255, 255), anchor="center")
    tx(sh, 44, 12.5, h["name"], font=GOTH_B, size=11)
    tx(sh, 44, 18, f"Afdeling {m['spec']}", font=GOTH, size=9, color=GREY)
    tx(sh, 44, 22.5, f"{h['street']}, {h['pc']} {h['city']}", font=GOTH, size=8, color=GREY)
    d0 = letter_day(c, rng, 5, 50)
    tx(sh, W - 18, 34, dlong(d0, "nl"), font=GOTH, size=9.5, anchor="right")
    tx(sh, 18, 42, "MEDISCHE VERKLARING TEN BEHOEVE VAN DE IND", font=GOTH_B, size=12)
    tx(sh, 18, 49, f"Patiënt: {who(c)}, geboren {dd(c, c.p.birth_date)}", font=GOTH, size=10)
    ts = treat_start(c)
    qa = [("Diagnose", m["dx"][0].upper() + m["dx"][1:] + "."),
          ("Sinds wanneer bij u in behandeling?", f"Sinds {MONTHS['nl'][ts.month - 1]} {ts.year}."),
          ("Welke behandeling?", m["tx"][0].upper() + m["tx"][1:] + "."),
          ("Is de behandeling medisch noodzakelijk?", f"Ja. {m['stop']}"),
          ("Hoe lang is behandeling nog nodig?", duration_nl(c)),
          ("Is de behandeling in het land van herkomst beschikbaar?",
           f"Voor zover mij bekend niet, of niet toegankelijk voor patiënt ({land_nl(c.p.nationality)}).")]
    y = 60
    for q, a in qa:
        tx(sh, 18, y, q.upper(), font=GOTH_B, size=8.2, color=h["color"])
        y = para(sh, 18, y + 4.6, W - 36, a, font=GOTH, size=10, lead=1.4) + 5
    y += 6
    x = W - 80
    sign(sh, x, y, rng, color=INK_BLUE)
    tx(sh, x, y + 16, f"dr. {first[0]}. {last}", font=GOTH, size=10)
    tx(sh, x, y + 20.5, m["doc_title"], font=GOTH, size=9, color=DARK)
    tx(sh, x, y + 25, f"BIG-nummer {big(c, 'spec')}", font=GOTH, size=8.5, color=GREY)
    return [sh]


def medstat_en(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An English 'to whom it may concern' letter of a consultant, in Palatino, the hospital's address in the
    footer, signed at the end BESIDE the closing; yellowed paper and two fold lines."""
    h, m = c.hospital, c.med
    first, last = doctor(c, "en")
    sh = c.new_sheet("cream")
    W = c.page_w
    tx(sh, 20, 16, h["name"], font=PAL_B, size=13, color=h["color"])
    tx(sh, 20, 22.5, m["spec_en"], font=PAL_I, size=10)
    d0 = letter_day(c, rng, 5, 50)
    tx(sh, W - 20, 34, dlong(d0, "en"), font=PAL, size=10, anchor="right")
    tx(sh, 20, 44, "To whom it may concern", font=PAL_B, size=11)
    tx(sh, 20, 51, f"Re: {c.p.given_names} {c.p.surname.upper()}, date of birth {dlong(c.p.birth_date, 'en')}",
       font=PAL, size=10.5)
    ts = treat_start(c)
    body = [f"I am the treating {m['doc_en']} of the above-named patient, who has been under our care since "
            f"{MONTHS['en'][ts.month - 1]} {ts.year} for {m['dx_en']}.",
            f"The treatment consists of {m['tx_en']}. It is medically necessary: {m['stop_en'][0].lower()}"
            f"{m['stop_en'][1:]}",
            duration_en(c),
            f"To my knowledge the treatment is not available to the patient in {PC.get(c.p.nationality, {}).get('en', '')}."]
    y = 62
    for b in body:
        y = para(sh, 20, y, W - 40, b, font=PAL, size=10.5, lead=1.45) + 4
    y += 4
    tx(sh, 20, y + 4, "Yours sincerely,", font=PAL, size=10.5)
    sign(sh, 58, y, rng, color=INK_BLACK)
    tx(sh, 20, y + 16, f"Dr {first} {last}", font=PAL, size=10.5)
    tx(sh, 20, y + 21, f"{m['doc_en']}, BIG {big(c, 'en')}", font=PAL_I, size=9.5)
    tx(sh, W / 2, c.page_h - 14, f"{h['street']} · {h['pc']} {h['city']} · {h['web']}", font=PAL, size=8,
       color=GREY, anchor="center")
    return [folded(sh, rng, 3)]


_r("medstat-ind-vraag-antwoord-gothic-kleurvierkant-big-onder-handtekening-rechts-43", "medical-statement", "nl",
   medstat_nl, "treating specialist's Q-and-A statement for the IND, signature at the right")
_r("medstat-english-to-whom-palatino-handtekening-naast-groet-gevouwen-43", "medical-statement", "en", medstat_en,
   "consultant's English letter, signature beside the closing, folded")


# =========================================================================== care institution

def care_letter(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The hospital's international-patient office confirms in a letter (Nimbus Sans, logo band at the top) that it
    has a place and the expertise, with the planned start, the yearly cost estimate in a framed line and who pays;
    signed by the manager with the round stamp to the LEFT of the signature."""
    h, m = c.hospital, c.med
    sh = c.new_sheet()
    W = c.page_w
    tint(sh, 0, 0, W, 8, h["color"])
    tx(sh, 18, 14, h["name"], font=NSN_B, size=12)
    tx(sh, 18, 19.5, "Bureau Internationale Patiënten", font=NSN, size=9, color=GREY)
    d0 = letter_day(c, rng, 3, 35)
    tx(sh, W - 18, 30, f"{h['city']}, {dlong(d0, 'nl')}", font=NSN, size=9.5, anchor="right")
    tx(sh, 18, 40, "Bevestiging behandeling en plaatsing", font=NSN_B, size=11.5)
    r = random.Random(seed_of("care43", c.rng_seed))
    start = c.sub + dt.timedelta(days=r.randint(10, 60)) if c.procedure == "ind-medical-treatment" and r.random() < 0.5 \
        else treat_start(c)
    body = [f"Hierbij bevestigen wij dat {'de heer' if c.p.sex == 'M' else 'mevrouw'} {c.p.given_names} {c.p.surname}, "
            f"geboren op {dd(c, c.p.birth_date)}, van {nat_nl(c.p)} nationaliteit, in ons ziekenhuis wordt behandeld "
            f"voor {m['dx']}.",
            f"Wij hebben plaats en beschikken over de expertise voor deze behandeling ({m['tx']}). De behandeling "
            f"{'is begonnen op' if start <= c.sub else 'begint op'} {dlong(start, 'nl')}.",
            payer_phrase(c)]
    y = 50
    for b in body:
        y = para(sh, 18, y, W - 36, b, font=NSN, size=10, lead=1.4) + 4
    box(sh, 18, y, W - 36, 9, lw=0.4)
    tx(sh, 21, y + 2.2, f"Geschatte kosten per jaar: {eur(m['cost'])} (exclusief eventuele opnamen)", font=NSN_B,
       size=9.5)
    y += 20
    tx(sh, 18, y, "Met vriendelijke groet,", font=NSN, size=10)
    stamp(sh, 18, y + 4, [h["name"].upper()[:28], "INTERNATIONALE PATIËNTEN", h["city"].upper()], rng, color=ST_BLUE,
          size=30)
    sign(sh, 54, y + 8, rng, color=INK_BLUE)
    tx(sh, 54, y + 24, rng.choice(["A. Jansen", "R. Koster", "N. Bouzid", "E. van Dam"]) + ", manager", font=NSN,
       size=9.5)
    return [sh]


def care_form(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A 'verklaring zorginstelling' model filled in at the institution: printed questions in Bookman with JA/NEE
    columns crossed by hand, the answers in a pen; the stamp pressed over the printed 'naam en functie' line; phone
    photo of the sheet on a desk (cropped to A4)."""
    h, m = c.hospital, c.med
    hf = rng.choice([H_DKG, H_DKGI])
    sh = c.new_sheet()
    W = c.page_w
    tx(sh, 18, 14, "VERKLARING ZORGINSTELLING", font=BKM_B, size=13)
    tx(sh, 18, 20.5, "bij een aanvraag verblijfsvergunning medische behandeling", font=BKM, size=9, color=GREY)
    rows = [("Naam zorginstelling", h["name"]), ("Adres", f"{h['street']}, {h['pc']} {h['city']}"),
            ("Naam patiënt", f"{c.p.given_names} {c.p.surname}"), ("Geboortedatum", dnum(c.p.birth_date, "-")),
            ("Diagnose", m["dx"]), ("Behandeling", m["tx_short"])]
    y = 32
    for a, b in rows:
        tx(sh, 18, y, a, font=BKM, size=9.5)
        dotted(sh, 64, W - 18, y + 4.4, color=GREY)
        pen(sh, 66, y - 1.4, b, rng, font=hf, size=11.5, color=INK_BLUE, width=W - 18 - 68)
        y += 9
    y += 4
    tx(sh, W - 44, y, "JA", font=BKM_B, size=9)
    tx(sh, W - 28, y, "NEE", font=BKM_B, size=9)
    y += 6
    for q in ["Heeft de instelling plaats om patiënt te behandelen?", "Is de benodigde expertise aanwezig?",
              "Is de behandeling gestart of ingepland?", "Zijn afspraken gemaakt over de betaling?"]:
        y2 = para(sh, 18, y, W - 70, q, font=BKM, size=9.5)
        sh.checkbox(W - 42, y, 4, checked=True, rng=rng, ink=INK_BLUE)
        sh.checkbox(W - 26, y, 4, checked=False)
        y = max(y2, y + 6) + 3
    y += 6
    tx(sh, 18, y, "Naam en functie ondertekenaar", font=BKM, size=9.5)
    pen(sh, 80, y - 1.5, rng.choice(["dr. L. Verbruggen, medisch manager", "M. Postma, zorgcoördinator"]), rng,
        font=hf, size=11.5, color=INK_BLUE)
    stamp(sh, 70, y - 6, [h["name"].upper()[:26], h["city"].upper()], rng, shape="oval", color=ST_VIOLET, size=36)
    tx(sh, 18, y + 14, "Datum en handtekening", font=BKM, size=9.5)
    pen(sh, 80, y + 12.5, dnum(letter_day(c, rng, 3, 30), "-"), rng, font=hf, size=11.5, color=INK_BLUE)
    sign(sh, 118, y + 8, rng, color=INK_BLUE)
    return [on_desk(sh, rng)]


_r("care-bureau-internationale-patienten-brief-nimbus-kostenkader-stempel-links-van-handtekening-43",
   "care-institution-statement", "nl", care_letter,
   "international-patient office letter, cost line in a frame, stamp left of the signature")
_r("care-verklaring-zorginstelling-bookman-ja-nee-kolommen-stempel-over-naamregel-tafelfoto-43",
   "care-institution-statement", "nl", care_form, "model statement crossed JA/NEE by hand, phone photo")


# =========================================================================== health insurance

def polisblad(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A Dutch insurer's 'polisblad 2026' printed from the customer portal: the insurer's name in its colour, the
    insured person's details in a left column, a table of the policy's parts (basisverzekering, aanvullend,
    eigen risico), the start date and the UZOVI number; a QR-like square at the bottom right."""
    ins = c.insurer_nl
    sh = c.new_sheet()
    W = c.page_w
    tx(sh, 18, 14, ins["short"], font=CAR_B, size=20, color=ins["color"])
    tx(sh, 18, 23, ins["name"], font=CAR, size=8.5, color=GREY)
    tx(sh, W - 18, 14, "Polisblad 2026", font=CAR_B, size=14, anchor="right")
    r = random.Random(seed_of("pol43", c.rng_seed))
    polno = f"{r.randint(100, 999)}.{r.randint(100, 999)}.{r.randint(100, 999)}"
    start = D(2026, 1, 1) if r.random() < 0.6 else _ind.add_months(c.sub, -r.randint(2, 9)).replace(day=1)
    a1, a2 = addr2(c.p)
    for i, s in enumerate([f"{c.p.given_names} {c.p.surname}", a1, a2]):
        tx(sh, 18, 44 + i * 5, s, font=CAR, size=10.5)
    info = [("Polisnummer", polno), ("Verzekerde", who(c)), ("Geboortedatum", dnum(c.p.birth_date, "-")),
            ("Ingangsdatum", dnum(start, "-")), ("UZOVI", ins["uzovi"])]
    y = 70
    for a, b in info:
        tx(sh, 18, y, a, font=CAR, size=9.5, color=GREY)
        tx(sh, 60, y, b, font=CAR_B, size=10)
        y += 6
    y += 6
    tint(sh, 18, y, W - 36, 7, ins["color"])
    for x, t in ((20, "Verzekering"), (110, "Ingangsdatum"), (W - 20, "Premie per maand")):
        tx(sh, x, y + 1.5, t, font=CAR_B, size=9.5, color=(255, 255, 255), anchor="right" if x == W - 20 else "left")
    y += 9
    for name, pr in [("Basisverzekering Natura Compleet", rng.uniform(140, 158)),
                     ("Aanvullend Plus (fysiotherapie, tandarts)", rng.uniform(18, 42)),
                     ("Verplicht eigen risico 2026: € 385", 0.0)]:
        tx(sh, 20, y, name, font=CAR, size=9.5)
        tx(sh, 110, y, dnum(start, "-"), font=CAR, size=9.5)
        tx(sh, W - 20, y, eur(pr) if pr else "-", font=CAR, size=9.5, anchor="right")
        sh.rule(18, y + 5, W - 18, y + 5, width_mm=0.1, color=LGREY)
        y += 7
    y = para(sh, 18, y + 6, W - 36, "Uw basisverzekering vergoedt medisch-specialistische zorg in Nederland, "
             "inclusief ziekenhuisopname, dialyse en geneesmiddelen volgens het Geneesmiddelenvergoedingssysteem.",
             font=CAR, size=9.5, lead=1.4)
    r2 = random.Random(polno)
    for i in range(14):
        for j in range(14):
            if r2.random() < 0.5 or (i < 3 and j < 3) or (i < 3 and j > 10) or (i > 10 and j < 3):
                tint(sh, W - 42 + i * 1.6, c.page_h - 48 + j * 1.6, 1.6, 1.6, BLACK)
    return [sh]


def intl_certificate(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An international insurer's 'Certificate of Insurance' in Caladea: the insurer's name centred over a thin
    double rule, a bordered data block (insured, date of birth, policy, plan, period of cover), a paragraph
    confirming cover for in-patient and out-patient treatment in the Netherlands, a signature of the underwriting
    manager BELOW the text at the left and an embossed-looking seal at the right.  Drawn on the case's paper size
    (A4, or US Letter where the plan asks for it)."""
    ins = c.insurer_intl
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    tx(sh, W / 2, 16, ins["name"], font=CAL_B, size=14, anchor="center", color=ins["color"])
    tx(sh, W / 2, 23, ins["addr"], font=CAL, size=8.5, anchor="center", color=GREY)
    sh.rule(24, 28, W - 24, 28, width_mm=0.5, color=ins["color"])
    sh.rule(24, 29.2, W - 24, 29.2, width_mm=0.15, color=ins["color"])
    tx(sh, W / 2, 38, "CERTIFICATE OF INSURANCE", font=CAL_B, size=15, anchor="center")
    r = random.Random(seed_of("intl43", c.rng_seed))
    start = _ind.add_months(c.sub, -r.randint(1, 8)).replace(day=1)
    end = start.replace(year=start.year + 1) - dt.timedelta(days=1)
    rows = [("Insured person", f"{c.p.given_names} {c.p.surname.upper()}"), ("Date of birth", dlong(c.p.birth_date, "en")),
            ("Nationality", PC.get(c.p.nationality, {}).get("en", c.p.nationality)),
            ("Policy number", f"{ins['short'][:3].upper()}-{r.randint(1000000, 9999999)}"), ("Plan", ins["plan"]),
            ("Period of cover", f"{dlong(start, 'en')} - {dlong(end, 'en')}"), ("Area of cover", "Worldwide incl. EU")]
    y = 50
    box(sh, 24, y - 3, W - 48, len(rows) * 7.5 + 4, lw=0.3)
    for a, b in rows:
        tx(sh, 28, y, a, font=CAL_I, size=10)
        tx(sh, 80, y, b, font=CAL, size=fit(b, W - 110, CAL, 10.5))
        y += 7.5
    y += 8
    y = para(sh, 24, y, W - 48, f"This is to certify that the person named above is insured under the plan shown. The "
             f"cover includes in-patient and out-patient hospital treatment, specialist consultations and prescribed "
             f"medicines in the Netherlands, including treatment for {c.med.get('dx_en', 'the current condition')}, "
             f"up to the plan's annual limit of USD {r.choice(['1,500,000', '2,000,000', '3,000,000'])}.",
             font=CAL, size=10.5, lead=1.45) + 10
    sign(sh, 26, y, rng, color=INK_NAVY)
    tx(sh, 24, y + 16, rng.choice(["Laura M. Whitfield", "Daniel O'Connor", "Priya Raman"]), font=CAL, size=10)
    tx(sh, 24, y + 21, "Underwriting Manager", font=CAL_I, size=9.5)
    stamp(sh, W - 70, y - 2, [ins["short"].upper(), "CERTIFIED", str(c.sub.year)], rng, color=(150, 150, 155),
          size=30)
    tx(sh, W / 2, H - 12, f"Issued {dlong(letter_day(c, rng, 3, 25), 'en')} · page 1 of 1", font=CAL, size=8,
       anchor="center", color=GREY)
    return [sh]


_r("polisblad-portaalprint-carlito-kleurkop-tabel-onderdelen-qr-43", "health-insurance", "nl", polisblad,
   "Dutch insurer's policy sheet printed from the portal")
_r("intl-certificate-of-insurance-caladea-dubbele-lijn-gegevenskader-zegel-rechts-43", "health-insurance", "en",
   intl_certificate, "international insurer's certificate of insurance (A4, or US Letter when planted)")


# =========================================================================== civic integration

def duo_diploma(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The civic-integration diploma: landscape-feeling layout on a portrait sheet with a broad orange band at the
    left edge, 'DIPLOMA INBURGERING' in spaced capitals, the holder's name on its own line in URW Gothic, the parts
    passed in a two-column list, the minister's printed signature, the diploma number in a box; photo of the
    diploma on a desk."""
    r = random.Random(seed_of("duo43", c.rng_seed))
    d0 = c.since + dt.timedelta(days=r.randint(300, 1400)) if c.since else c.sub - dt.timedelta(days=r.randint(200, 900))
    d0 = min(d0, c.sub - dt.timedelta(days=40))
    sh = c.new_sheet()
    W = c.page_w
    tint(sh, 0, 0, 24, c.page_h, (230, 120, 30))
    tx(sh, 36, 30, "DIENST UITVOERING ONDERWIJS", font=GOTH, size=9, color=GREY, sp=0.6)
    tx(sh, 36, 52, "D I P L O M A   I N B U R G E R I N G", font=GOTH_B, size=18)
    tx(sh, 36, 70, "uitgereikt aan", font=GOTH, size=10, color=GREY)
    tx(sh, 36, 78, f"{c.p.given_names} {c.p.surname}", font=GOTH_B, size=16)
    tx(sh, 36, 88, f"geboren op {dlong(c.p.birth_date, 'nl')} te {c.p.birth_place}", font=GOTH, size=10)
    y = para(sh, 36, 100, W - 56, "die heeft voldaan aan de inburgeringsplicht door het behalen van de volgende "
             "onderdelen van het inburgeringsexamen op niveau B1:", font=GOTH, size=10, lead=1.4) + 4
    parts = ["Lezen", "Luisteren", "Schrijven", "Spreken", "Kennis Nederlandse Maatschappij",
             "Module Arbeidsmarkt en Participatie"]
    for i, p_ in enumerate(parts):
        tx(sh, 40 + (i % 2) * 80, y + (i // 2) * 7, f"- {p_}", font=GOTH, size=10)
    y += 26
    tx(sh, 36, y, f"Groningen, {dlong(d0, 'nl')}", font=GOTH, size=10)
    sign(sh, 36, y + 6, rng, color=BLACK, h=10)
    tx(sh, 36, y + 20, "de minister van Sociale Zaken en Werkgelegenheid", font=GOTH, size=8.5, color=GREY)
    box(sh, W - 70, y + 4, 52, 12, lw=0.3)
    tx(sh, W - 68, y + 5.5, "diplomanummer", font=GOTH, size=7, color=GREY)
    tx(sh, W - 68, y + 9.5, f"INB{r.randint(1000000, 9999999)}", font=GOTH_B, size=10)
    return [on_desk(sh, rng)]


def duo_exemption(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """DUO's decision granting exemption from the civic-integration duty: a letter in Nimbus Sans with the address
    in the window, a reference column at the right, 'Besluit' in bold over a grey-shaded paragraph, the reasons as
    a dashed list, the objection clause at the foot; scanned slightly crooked."""
    r = random.Random(seed_of("duo43", c.rng_seed))
    d0 = c.sub - dt.timedelta(days=r.randint(120, 1100))
    sh = c.new_sheet()
    W = c.page_w
    tx(sh, W / 2 - 14, 12, "Dienst Uitvoering Onderwijs", font=NSN_B, size=10, color=(0, 70, 140))
    tx(sh, W / 2 - 14, 17, "Ministerie van Onderwijs, Cultuur en Wetenschap", font=NSN, size=7.5, color=GREY)
    a1, a2 = addr2(c.p)
    for i, s in enumerate([f"{'De heer' if c.p.sex == 'M' else 'Mevrouw'} {c.p.given_names[0]}. {c.p.surname}", a1, a2]):
        tx(sh, 22, 48 + i * 5, s, font=NSN, size=10)
    for i, (a, b) in enumerate([("Datum", dlong(d0, "nl")), ("Ons kenmerk", f"INB-O/{r.randint(100000, 999999)}"),
                                ("Uw burgerservicenummer", f"{r.randint(100000000, 999999999)}")]):
        tx(sh, 140, 48 + i * 9, a, font=NSN, size=7, color=GREY)
        tx(sh, 140, 51.5 + i * 9, b, font=NSN, size=9)
    tx(sh, 22, 82, "Onderwerp: uw verzoek om ontheffing van de inburgeringsplicht", font=NSN_B, size=10)
    y = para(sh, 22, 92, W - 44, f"Geachte {'heer' if c.p.sex == 'M' else 'mevrouw'} {c.p.surname},\n\nU hebt ons "
             f"gevraagd om ontheffing van de inburgeringsplicht. Wij hebben uw verzoek en de stukken die u hebt "
             f"meegestuurd beoordeeld.", font=NSN, size=10, lead=1.4) + 5
    tint(sh, 20, y - 1.5, W - 40, 18, (232, 232, 232))
    tx(sh, 22, y, "Besluit", font=NSN_B, size=10.5)
    y = para(sh, 22, y + 5, W - 46, "U krijgt ontheffing van de inburgeringsplicht. U hoeft het inburgeringsexamen niet "
             "(verder) te doen.", font=NSN, size=10) + 6
    tx(sh, 22, y, "Waarom krijgt u ontheffing?", font=NSN_B, size=10)
    y += 6
    for s in [rng.choice(["U kunt door een medische beperking blijvend niet aan de examens deelnemen; dit blijkt uit "
                          "het advies van de onafhankelijke arts.",
                          "U hebt aantoonbaar voldoende inspanning geleverd om te slagen, maar bent er niet in "
                          "geslaagd."]),
              "Deze ontheffing geldt voor alle onderdelen van het inburgeringsexamen."]:
        y = para(sh, 28, y, W - 52, "- " + s, font=NSN, size=10, lead=1.35) + 2
    y += 8
    tx(sh, 22, y, "Met vriendelijke groet,", font=NSN, size=10)
    tx(sh, 22, y + 14, "Dienst Uitvoering Onderwijs, namens de minister", font=NSN, size=9.5)
    para(sh, 22, c.page_h - 30, W - 44, "Bent u het niet eens met dit besluit? Dan kunt u binnen 6 weken na de "
         "datum van deze brief bezwaar maken.", font=NSN_I, size=8.5, color=GREY)
    return [tilted(sh, rng.choice([1.1, -1.4, 2.0]))]


def duo_results(c: Case, rng: random.Random, *, failed: bool = False, **_) -> list[Sheet]:
    """DUO's results letter ('Uitslag inburgeringsexamen'): short letter text, then a table of the exam parts with
    the exam date, the score and 'gehaald' / 'niet gehaald' in its own column, a closing line that says whether the
    whole exam is passed; Carlito, born-digital look with a page footer."""
    r = random.Random(seed_of("duo43r", c.rng_seed))
    d0 = c.sub - dt.timedelta(days=r.randint(60, 700))
    sh = c.new_sheet()
    W = c.page_w
    tx(sh, 18, 14, "DUO", font=CAR_B, size=22, color=(0, 70, 140))
    tx(sh, 44, 16, "Dienst Uitvoering Onderwijs", font=CAR, size=10, color=(0, 70, 140))
    tx(sh, W - 18, 34, dlong(d0 + dt.timedelta(days=21), "nl"), font=CAR, size=10, anchor="right")
    tx(sh, 18, 44, "Uitslag inburgeringsexamen", font=CAR_B, size=13)
    tx(sh, 18, 51, f"Kandidaat: {c.p.given_names} {c.p.surname}, geboren {dnum(c.p.birth_date, '-')}", font=CAR,
       size=10)
    parts = ["Lezen", "Luisteren", "Schrijven", "Spreken", "Kennis Nederlandse Maatschappij"]
    bad = r.randrange(len(parts)) if failed else -1
    y = 62
    tint(sh, 18, y, W - 36, 7, (225, 232, 242))
    for x, t in ((20, "Onderdeel"), (90, "Examendatum"), (128, "Score"), (150, "Resultaat")):
        tx(sh, x, y + 1.5, t, font=CAR_B, size=9.5)
    y += 9
    for i, p_ in enumerate(parts):
        ok = i != bad
        tx(sh, 20, y, p_, font=CAR, size=10)
        tx(sh, 90, y, dnum(d0 - dt.timedelta(days=7 * (4 - i)), "-"), font=CAR, size=10)
        tx(sh, 128, y, str(r.randint(62, 94) if ok else r.randint(28, 45)), font=CAR, size=10)
        tx(sh, 150, y, "gehaald" if ok else "niet gehaald", font=CAR_B if not ok else CAR, size=10)
        sh.rule(18, y + 5.5, W - 18, y + 5.5, width_mm=0.1, color=LGREY)
        y += 7.5
    y += 6
    msg = ("U hebt nog niet alle onderdelen gehaald. U kunt het onderdeel dat u niet hebt gehaald opnieuw doen."
           if failed else "U hebt alle onderdelen van het inburgeringsexamen gehaald. U ontvangt uw diploma "
           "binnen 6 weken.")
    para(sh, 18, y, W - 36, msg, font=CAR, size=10.5, lead=1.4)
    tx(sh, W / 2, c.page_h - 12, "mijn.inburgeren.nl · pagina 1 van 1", font=CAR, size=7.5, anchor="center",
       color=GREY)
    return [sh]


CIVIC = [("duo-diploma-oranje-band-links-gespatieerd-gothic-naam-eigen-regel-tafelfoto-43", "diploma"),
         ("duo-ontheffing-nimbus-vensteradres-grijs-besluit-streepjeslijst-scheef-43", "exemption"),
         ("duo-uitslag-carlito-tabel-datum-score-resultaatkolom-43", "results")]
_r(CIVIC[0][0], "civic-integration", "nl", duo_diploma, "diploma with an orange band at the left, phone photo")
_r(CIVIC[1][0], "civic-integration", "nl", duo_exemption, "DUO exemption decision in a grey band, crooked scan")
_r(CIVIC[2][0], "civic-integration", "nl", duo_results, "DUO results letter with a results column")


# =========================================================================== other: cover letter, IND letters, MVV

EXEMPT = ["Cliënt verblijft op dit moment in Nederland.",
          "Over de identiteit en de nationaliteit van cliënt bestaat geen twijfel, ook niet bij de autoriteiten van "
          "het land van herkomst.",
          "Een (nieuw) paspoort kan cliënt alleen krijgen door zelf naar het land van herkomst te reizen.",
          "Als de behandeling stopt, ontstaat voor cliënt een medische noodsituatie.",
          "In het land van herkomst is de behandeling niet beschikbaar of voor cliënt niet toegankelijk."]

PROC = {"ind-medical-treatment": "een verblijfsvergunning medische behandeling",
        "ind-hnt-continued": "een verblijfsvergunning humanitair niet tijdelijk (voortgezet verblijf)",
        "ind-generic": "verlenging van de verblijfsvergunning regulier"}


def cover_letter(c: Case, rng: random.Random, *, enclosures: list[str] | None = None, **_) -> list[Sheet]:
    """The Dutch lawyer's cover letter to the IND in Bookman: the office's name and address in a grey column down
    the RIGHT edge, the IND's address at the top left, a 'Betreft' block with the V-number and date of birth, the
    exemption grounds (when there is no passport) as a numbered list, the enclosures as a numbered list; signed at
    the end OVER the typed name, with 'advocaat' under it."""
    lw = c.lawyer or dict(firm="Rechtsbijstand Noord", street="Grote Markt 1", pc="9711 LV", city="Groningen",
                          tel="050", mail="info@rbnoord.nl")
    sh = c.new_sheet()
    W = c.page_w
    tint(sh, W - 52, 0, 52, c.page_h, (240, 240, 240))
    y = 18
    for i, s in enumerate([lw["firm"], "", lw["street"], f"{lw['pc']} {lw['city']}", "", f"T {lw['tel']} "
                           f"{rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}", lw["mail"]]):
        if s:
            para(sh, W - 48, y, 44, s, font=BKM_B if i == 0 else BKM, size=8 if i else 9.5)
        y += 4.4 if i else 9
    for i, s in enumerate(_ind.IND_ADDRESSES[rng.randrange(len(_ind.IND_ADDRESSES))].split("\n")):
        tx(sh, 20, 30 + i * 5, s, font=BKM, size=10)
    d0 = c.sub - dt.timedelta(days=rng.randint(0, 3))
    tx(sh, 20, 56, f"{lw['city']}, {dlong(d0, 'nl')}", font=BKM, size=10)
    for i, s in enumerate([f"Betreft: {c.p.surname.upper()}, {c.p.given_names}", f"geboren {dd(c, c.p.birth_date)}, "
                           f"{nat_nl(c.p)} nationaliteit", f"V-nummer {c.vnr}"]):
        tx(sh, 20, 66 + i * 5, s, font=BKM_B, size=10)
    width = W - 20 - 60
    y = 86
    paras = ["Geachte heer, mevrouw,",
             f"Namens mijn cliënt{'e' if c.p.sex == 'F' else ''} dien ik een aanvraag in voor {PROC[c.procedure]}. "
             f"Het ondertekende aanvraagformulier en de bewijsstukken zijn bijgevoegd."]
    if c.procedure == "ind-medical-treatment" and c.art64_end:
        paras.append(f"Cliënt had op grond van artikel 64 Vreemdelingenwet een jaar uitstel van vertrek, dat afloopt op "
                     f"{dlong(c.art64_end, 'nl')}. De aanvraag volgt direct op dat jaar. De behandeling van "
                     f"{c.med.get('dx', 'de aandoening')} loopt nog; de voorwaarden over inkomen en betaling gelden hier "
                     f"niet.")
    if c.procedure == "ind-hnt-continued" and c.since:
        paras.append(f"Cliënt heeft sinds {dlong(c.since, 'nl')} een verblijfsvergunning "
                     f"({dict(ROUTES).get(c.route, '').split(' (')[0]}).")
    if c.suriname_visa:
        paras.append("Cliënt heeft de Surinaamse nationaliteit en is in Nederland met een visum voor medische "
                     "behandeling (kopie bijgevoegd). De behandeling is nog steeds nodig en de betaling is geregeld.")
    for ptxt in paras:
        y = para(sh, 20, y, width, ptxt, font=BKM, size=10, lead=1.4) + 4
    if c.no_passport:
        y = para(sh, 20, y, width, "Cliënt heeft geen geldig paspoort. Ik verzoek u vrijstelling te verlenen van het "
                 "paspoortvereiste op de volgende gronden:", font=BKM, size=10, lead=1.4) + 2
        for n, i in enumerate(c.exemption_shown, 1):
            y = para(sh, 26, y, width - 6, f"{n}. {EXEMPT[i]}", font=BKM, size=10, lead=1.35) + 1.5
        y += 3
    if enclosures:
        tx(sh, 20, y, "Bijlagen", font=BKM_B, size=10)
        y += 5.5
        for n, e in enumerate(enclosures, 1):
            tx(sh, 24, y, f"{n}.  {e}", font=BKM, size=9.5)
            y += 4.8
        y += 4
    tx(sh, 20, y, "Met vriendelijke groet,", font=BKM, size=10)
    sign(sh, 22, y + 6, rng, color=rng.choice([INK_BLUE, INK_BLACK]))
    tx(sh, 20, y + 14, c.lawyer_name or "mr. J. de Vries", font=BKM, size=10)
    tx(sh, 20, y + 19, "advocaat", font=BKM, size=9, color=DARK)
    return [c.intr(sh)]


def _ind_head(sh: Sheet, c: Case, d0: D) -> float:
    W = c.page_w
    tint(sh, W / 2 - 4, 0, 8, 24, IND_NAVY)
    tx(sh, W / 2 + 7, 9, "Immigratie- en", font=NSN, size=9, color=IND_NAVY)
    tx(sh, W / 2 + 7, 13.5, "Naturalisatiedienst", font=NSN, size=9, color=IND_NAVY)
    tx(sh, W / 2 + 7, 18, "Ministerie van Justitie en Veiligheid", font=NSN, size=7, color=GREY)
    p = c.p
    a1, a2 = addr2(p)
    for i, s in enumerate([f"{'De heer' if p.sex == 'M' else 'Mevrouw'} {p.given_names} {p.surname}", a1, a2]):
        tx(sh, 24, 50 + i * 5, s, font=NSN, size=10)
    r = random.Random(seed_of("indref43", c.rng_seed, d0))
    for i, (a, b) in enumerate([("Datum", dlong(d0, "nl")), ("V-nummer", c.vnr),
                                ("Zaaknummer", f"{r.randint(1000, 9999)}-{r.randint(1000, 9999)}-{r.randint(10, 99)}")]):
        tx(sh, 146, 48 + i * 9, a, font=NSN_B, size=7.5, color=IND_NAVY)
        tx(sh, 146, 51.5 + i * 9, b, font=NSN, size=9)
    return 90


def art64_decision(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The IND's decision granting one year's 'uitstel van vertrek' under article 64: the IND word mark on a
    vertical navy bar at the top centre, the reference column, the decision period in a framed sentence, the
    objection clause; a lawyer's red pen note in the margin."""
    end = c.art64_end or (c.since - dt.timedelta(days=1) if c.since else c.sub + dt.timedelta(days=12))
    start = _ind.add_years(end, -1) + dt.timedelta(days=1)
    d0 = start + dt.timedelta(days=rng.randint(5, 35))
    sh = c.new_sheet()
    W = c.page_w
    y = _ind_head(sh, c, d0)
    tx(sh, 24, y, "Onderwerp: besluit op uw verzoek om uitstel van vertrek (artikel 64 Vreemdelingenwet 2000)",
       font=NSN_B, size=10)
    y = para(sh, 24, y + 9, W - 48, f"Geachte {'heer' if c.p.sex == 'M' else 'mevrouw'} {c.p.surname},\n\nU hebt "
             "gevraagd om uitstel van vertrek, omdat uw gezondheid reizen op dit moment niet toelaat. Het Bureau "
             "Medische Advisering heeft de IND hierover geadviseerd.", font=NSN, size=10, lead=1.4) + 4
    box(sh, 22, y - 1, W - 44, 14, lw=0.4, color=IND_NAVY)
    y = para(sh, 25, y + 1, W - 50, f"U krijgt uitstel van vertrek van {dlong(start, 'nl')} tot en met "
             f"{dlong(end, 'nl')}.", font=NSN_B, size=10.5) + 8
    y = para(sh, 24, y, W - 48, "U mag in deze periode in Nederland blijven, maar u hebt geen verblijfsvergunning. Wilt u "
             "daarna op medische gronden blijven, vraag dan een verblijfsvergunning medische behandeling aan in de "
             "periode van 28 dagen voor tot 28 dagen na het einde van het uitstel.", font=NSN, size=10, lead=1.4) + 8
    tx(sh, 24, y, "Met vriendelijke groet,", font=NSN, size=10)
    tx(sh, 24, y + 5, "namens de minister, de Immigratie- en Naturalisatiedienst", font=NSN, size=9.5)
    para(sh, 24, c.page_h - 26, W - 48, "Bent u het niet eens met dit besluit? U kunt binnen 4 weken bezwaar maken.",
         font=NSN_I, size=8, color=GREY)
    pen(sh, 8, 150, rng.choice(["einde uitst. !!", "termijn 28 dgn", "aanvraag MB tijdig"]), rng, font=H_DKG,
        size=11, color=(170, 30, 30))
    return [c.intr(sh)]


def permit_decision(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The IND's earlier decision granting the residence permit the 7027 application continues (its start date
    shows the years of residence): same letter frame, the purpose and validity in one bold sentence."""
    since = c.since or D(2021, 3, 1)
    d0 = since + dt.timedelta(days=rng.randint(10, 50))
    sh = c.new_sheet()
    W = c.page_w
    y = _ind_head(sh, c, d0)
    purpose = {"medical-treatment": "medische behandeling", "medical-treatment-after-art64": "medische behandeling",
               "relationship": "verblijf bij partner", "parent": "verblijf als familie- of gezinslid",
               "trafficking-victim": "slachtoffer of getuige-aangever mensenhandel",
               "trafficking-victim-no-report": "slachtoffer mensenhandel",
               "domestic-violence": "humanitair tijdelijk (slachtoffer huiselijk geweld)",
               "buiten-schuld": "humanitair tijdelijk (buiten schuld)"}.get(c.route or "", "regulier")
    tx(sh, 24, y, "Onderwerp: besluit op uw aanvraag voor een verblijfsvergunning", font=NSN_B, size=10)
    y = para(sh, 24, y + 9, W - 48, f"Geachte {'heer' if c.p.sex == 'M' else 'mevrouw'} {c.p.surname},\n\nWij hebben "
             f"uw aanvraag beoordeeld.", font=NSN, size=10, lead=1.4) + 4
    y = para(sh, 24, y, W - 48, f"U krijgt een verblijfsvergunning met het doel '{purpose}', geldig vanaf "
             f"{dlong(since, 'nl')}.", font=NSN_B, size=10.5, lead=1.4) + 4
    y = para(sh, 24, y, W - 48, "U ontvangt een brief waarin staat wanneer u uw verblijfsdocument kunt ophalen. Neem "
             "die brief en uw paspoort mee naar het IND-loket.", font=NSN, size=10, lead=1.4) + 8
    tx(sh, 24, y, "Met vriendelijke groet,", font=NSN, size=10)
    tx(sh, 24, y + 5, "namens de minister, de Immigratie- en Naturalisatiedienst", font=NSN, size=9.5)
    return [c.intr(sh)]


def mvv_page(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The passport page with the Dutch MVV visa sticker (type D, 'medische behandeling') of a Surinamese
    applicant, copied at true size on the upper half of the sheet with the Schiphol entry stamp beside the sticker;
    the sticker's two-line visa MRZ at its foot; copied with the lid open."""
    sh = c.new_sheet()
    x0, y0, pw, ph = 40, 30, 125, 88
    box(sh, x0 - 4, y0 - 4, pw + 8, ph + 8, lw=0.2, color=LGREY)
    tint(sh, x0, y0, pw, ph - 2, (236, 240, 232))
    box(sh, x0, y0, pw, ph - 2, lw=0.3, color=(70, 90, 70))
    tx(sh, x0 + 4, y0 + 3, "VISUM / VISA", font=NSN_B, size=9.5, color=(40, 60, 40))
    tx(sh, x0 + pw - 4, y0 + 3, "KONINKRIJK DER NEDERLANDEN", font=NSN_B, size=6.5, color=(40, 60, 40),
       anchor="right")
    start = c.sub - dt.timedelta(days=rng.randint(160, 200))
    end = start + dt.timedelta(days=180)
    r = random.Random(seed_of("pp43", c.rng_seed))
    pno = f"R{r.randint(1000000, 9999999)}"
    rows = [("Geldig voor", "NEDERLAND"), ("Van", dnum(start, ".")), ("Tot", dnum(end, ".")), ("Soort visum", "D - MVV"),
            ("Afgegeven te", "PARAMARIBO"), ("Paspoortnr.", pno),
            ("Naam", f"{c.p.surname.upper()}, {c.p.given_names.upper()}"),
            ("Opmerkingen", "MVV MEDISCHE BEHANDELING")]
    yy = y0 + 10
    for i, (a, b) in enumerate(rows):
        x = x0 + 4 + (i % 2) * 60
        tx(sh, x, yy, a, font=NSN, size=5.6, color=GREY)
        tx(sh, x, yy + 2.3, b, font=NSN_B, size=fit(b, 56, NSN_B, 8))
        if i % 2:
            yy += 9
    sh.photo(x0 + pw - 30, y0 + 44, 24, 28, rng)
    lines = td3(issuing="NLD", surname=c.p.surname, given=c.p.given_names, number=pno, nationality="SUR",
                birth_date=c.p.birth_date, sex=c.p.sex, expiry=end, doc_type="V<")
    mrz_text(sh, x0 + 4, y0 + ph - 14, lines, pitch=2.5)
    stamp(sh, x0 + pw + 2, y0 + 10, ["KMAR", "SCHIPHOL", dnum(start + dt.timedelta(days=3), ".")], rng, shape="rect",
          color=ST_VIOLET, size=28)
    return [lid_open(sh, rng)]


_r("cover-letter-bookman-grijze-kantoorkolom-rechts-betreft-vnummer-genummerde-bijlagen-43", "other", "nl",
   cover_letter, "lawyer's cover letter with the office in a grey right column, numbered enclosures")
_r("art64-decision-navy-balk-kader-periode-rode-pen-marge-43", "other", "nl", art64_decision,
   "IND art. 64 decision, period in a frame, lawyer's red pen note")
_r("permit-letter-navy-balk-doel-vet-afhaalzin-43", "other", "nl", permit_decision,
   "IND decision granting the earlier permit")
_r("mvv-sticker-sur-visumpagina-ware-grootte-kmar-stempel-deksel-open-43", "other", "nl", mvv_page,
   "MVV sticker page of a Surinamese passport, lid open")


# =========================================================================== the part's IND dossiers

class FortythirdBuilder(_ind.PartBuilder):
    """ind.PartBuilder for this part: it answers the three places where PartBuilder names one family per part."""

    def civic_for(self, rng: random.Random, kind: str | None = None) -> tuple[str, str]:
        if kind:
            return next(o for o in CIVIC if o[1] == kind)
        return rng.choice(CIVIC)

    def d_a4(self, name, proc, variant):
        if variant != "letter-digital":
            return super().d_a4(name, proc, variant)
        D_ = self.new(name, proc)
        D_.c.insurer_intl = dict(name="Gulf Coast Medical Assurance Company", short="Gulf Coast",
                                 addr="2200 Post Oak Boulevard, Suite 1400, Houston, TX 77056, USA", color=(20, 70, 110),
                                 logo="cross", plan="International Health Plan Select")
        self.compose_med(D_, skip={"insurance"})
        D_.c.page_w, D_.c.page_h = LETTER
        doc = D_.add("intl-certificate-of-insurance-caladea-dubbele-lijn-gegevenskader-zegel-rechts-43",
                     kind="digital", label="Gulf Coast certificate of insurance")
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
        D_.defect = _defect("IND-HNT-INBURGERING", "only a DUO results letter with one exam part not passed: no "
                                                   "diploma, no exemption")
        self.finish(D_, clean=False)


DEFECT_PLAN = [("a4", "ind-medical-treatment", "letter-digital"), ("a4", "ind-generic", "letter-scan"),
               ("blank", "ind-medical-treatment", "duplex-all"), ("blank", "ind-hnt-continued", "one-blank"),
               ("blank", "ind-generic", "duplex-form"),
               ("vnum", "ind-hnt-continued", "missing"), ("vnum", "ind-medical-treatment", "missing"),
               ("vnum", "ind-generic", "other"), ("vnum", "ind-medical-treatment", "other"),
               ("media", "ind-hnt-continued", "mp4"), ("media", "ind-medical-treatment", "attach"),
               ("media", "ind-generic", "js"),
               ("legible", "ind-medical-treatment", "72dpi"), ("legible", "ind-generic", "cut"),
               ("legible", "ind-hnt-continued", "faint"),
               ("translation", "ind-generic", "tr"), ("translation", "ind-hnt-continued", "tr"),
               ("meddocs", "ind-medical-treatment", "insurance"), ("meddocs", "ind-medical-treatment", "medical"),
               ("meddocs", "ind-medical-treatment", "care"), ("meddocs", "ind-medical-treatment", "income"),
               ("exemption", "ind-medical-treatment", (0, 1, 4)), ("exemption", "ind-medical-treatment", (2, 3)),
               ("art64", "ind-medical-treatment", 31), ("art64", "ind-medical-treatment", -42),
               ("duration", "ind-hnt-continued", "relationship"),
               ("duration", "ind-hnt-continued", "domestic-violence"),
               ("duration", "ind-hnt-continued", "medical-treatment-after-art64"),
               ("continues", "ind-hnt-continued", "short"), ("continues", "ind-hnt-continued", "missing"),
               ("inburg", "ind-hnt-continued", "failed"), ("inburg", "ind-hnt-continued", "missing"),
               ("idsuff", "ind-hnt-continued", "permit-only"), ("idsuff", "ind-hnt-continued", "none"),
               ("mrz", "ind-hnt-continued", "name"), ("mrz", "ind-medical-treatment", "check"),
               ("expired", "ind-medical-treatment", None), ("expired", "ind-hnt-continued", None),
               ("suriname", "ind-medical-treatment", None), ("suriname", "ind-medical-treatment", None)]

CLEAN_PLAN = dict(med=[None, None, 18, None, None, -21, None, None, None, 27],
                  hnt=[("relationship", 90, "diploma", False), ("medical-treatment", 40, None, False),
                       ("parent", 60, None, True), ("relationship", 120, "exemption", False),
                       ("trafficking-victim", 70, None, False), ("buiten-schuld", 150, None, False),
                       ("medical-treatment-after-art64", 35, None, False), ("relationship", 55, "results", False),
                       ("domestic-violence", 85, None, True), ("medical-treatment", 210, None, False)],
                  gen=[False, True, False, True])


def build_part(out_root: Path) -> list[dict]:
    """Write every IND dossier of this part under out_root/fortythird/ and return their truth dicts."""
    b = FortythirdBuilder(PART, out_root)
    for i, off in enumerate(CLEAN_PLAN["med"], 1):
        b.clean_med(i, art64_offset=off)
    for i, (route, margin, civic, tr) in enumerate(CLEAN_PLAN["hnt"], 1):
        b.clean_hnt(i, route, margin, civic, translated=tr)
    for i, tr in enumerate(CLEAN_PLAN["gen"], 1):
        b.clean_gen(i, translated=tr)
    counters: dict[str, int] = {}
    for key, proc, variant in DEFECT_PLAN:
        counters[key] = counters.get(key, 0) + 1
        b.defect(key, counters[key], proc, variant)
    for s in b.skipped:
        print(f"[ind] skipped {s}")
    return b.truths
