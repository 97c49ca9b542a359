"""IND families of the `fortyfifth` part (registered in ind.FAMILIES), and the builder of its IND dossiers.

Written by a writer who saw neither the validator nor its output, from the seeds (000, 001, 002), rules.md and how
such papers look in Dutch files.  Each family's layout, wording and copy habit is described in its function's
docstring only (the part is read blind).

The IND dossiers of this part follow ind's generic dossier plans (ind.PartBuilder: the same compositions, the same
defect kinds).  The places where ind.PartBuilder names one family per part (the civic-integration papers, the
US-Letter insurance certificate and the failed DUO results) are answered by FortyfifthBuilder below; the part's
clean and defect plans are CLEAN_PLAN and DEFECT_PLAN here, so ind itself is not changed.  Its IND applicants come
from Ukraine, Sri Lanka, Nepal and Albania; Senegalese applicants are 9ter only and a Surinamese applicant appears
only where the Surinamese rule needs one (ind.IND_ORIGIN_SKIP gets this part's own key).
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from . import ind as _ind
from .fortyfifth_identity import (
    AVG, AVG_B, BK, BK_B, BK_I, CD, CD_B, CD_I, CPT, CPT_B, CR, CR_B, CR_I, DV, DV_B, DV_O, DVC, DVC_B, GREY, H_BRP,
    H_CAPS, H_DKG_B, HLV, HLV_B, HLV_I, INK, LS, LS_B, PEN_BLACK, PEN_BLUE, PEN_NAVY, PLT, PLT_B, PLT_I, SCH, SCH_B,
    SCH_I, SOFT, ST_BLUE, ST_GREEN, ST_VIOLET, autograph, band, barcode, box, crc, crest, dl, dn, fitpt, gl, hline,
    inkstamp, mrz, para, pen, qr, staple, sticky, trifold, tw, tx, waves,
)
from .ind import LETTER, Case, _defect
from .mrz import td3
from .paper import Sheet
from .people import COUNTRIES as PC
from .people import MONTHS

PART = "fortyfifth"
D = dt.date
ROYAL = (21, 67, 115)

# Surinamese applicants only where the Surinamese rule plants them, Senegalese applicants only in 9ter (new key only)
_ind.IND_ORIGIN_SKIP.setdefault(PART, {"SUR", "SEN"})


def _r(id_: str, type_: str, lang: str, fn, notes: str, **bound) -> None:
    _ind._reg(id_, type_, PART, lang, fn, notes, **bound)


# =========================================================================== small helpers

def nat_nl(p) -> str:
    return {"UKR": "Oekraïense", "LKA": "Sri Lankaanse", "NPL": "Nepalese", "ALB": "Albanese", "SUR": "Surinaamse",
            "SEN": "Senegalese", "NLD": "Nederlandse"}.get(p.nationality, PC.get(p.nationality, {}).get("adj_nl",
                                                                                                       p.nationality))


def land_nl(p) -> str:
    for v in PC.values():
        if v["en"] == p.birth_country:
            return v["nl"]
    return p.birth_country


def addr(p) -> tuple[str, str]:
    a = p.address
    if a is None:
        return "", ""
    return f"{a.street} {a.number}", f"{a.postcode} {a.city}"


def workday(c: Case, rng: random.Random, lo: int = 4, hi: int = 40) -> D:
    d = c.sub - dt.timedelta(days=rng.randint(lo, hi))
    while d.weekday() >= 5:
        d -= dt.timedelta(days=1)
    return d


def eur(x: float) -> str:
    s = f"{x:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return f"€ {s}"


def iban(seed: int, code: str) -> str:
    r = random.Random(seed)
    acct = "".join(str(r.randint(0, 9)) for _ in range(10))
    num = int("".join(str(ord(ch) - 55) for ch in code) + acct + "232100")
    s = f"NL{98 - num % 97:02d}{code}{acct}"
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def doctor(c: Case, key: str) -> tuple[str, str]:
    r = random.Random(crc("doc45", key, c.rng_seed))
    return (r.choice(["Femke", "Joris", "Hanneke", "Ruben", "Marieke", "Youssef", "Lotte", "Daan", "Sanne", "Karim"]),
            r.choice(["Brouwer", "van der Meer", "El Idrissi", "Hoekstra", "de Groot", "Dijkman", "Veldhuis",
                      "Mulder", "van Leeuwen", "Postma"]))


def big(c: Case, key: str) -> str:
    r = random.Random(crc("big45", key, c.rng_seed))
    return f"{r.randint(10000000, 99999999)}{r.choice(['01', '03', '17', '19'])}"


def still_needed(c: Case, lang: str = "nl") -> str:
    """How long the treatment is still needed; 'short' ends within about four months."""
    if c.duration == "short":
        end = _ind.add_months(c.sub, 4)
        if lang == "en":
            return (f"The course of treatment will be finished in {MONTHS['en'][end.month - 1]} {end.year}; after that "
                    f"only the general practitioner will follow the patient.")
        return (f"De behandeling wordt in {MONTHS['nl'][end.month - 1]} {end.year} afgesloten; daarna volstaat controle "
                f"door de huisarts.")
    en = {"lifelong": "The patient will need this treatment for life.",
          "years2": "The treatment will remain necessary for at least two years from now.",
          "years3": "We expect the treatment to last at least three more years.",
          "indefinite": "No end date can be given; the treatment will in any case be needed for far longer than a "
                        "year.",
          "months18": "At least eighteen more months of treatment are needed."}
    nl = {"lifelong": "Patiënt heeft deze behandeling de rest van het leven nodig.",
          "years2": "De behandeling blijft vanaf nu nog minstens twee jaar noodzakelijk.",
          "years3": "Wij verwachten dat de behandeling nog minstens drie jaar zal duren.",
          "indefinite": "Een einddatum valt niet te geven; de behandeling is in elk geval nog veel langer dan een jaar "
                        "nodig.",
          "months18": "Er is nog minstens achttien maanden behandeling nodig."}
    return (en if lang == "en" else nl)[c.duration]


def who_pays(c: Case, lang: str = "nl") -> str:
    ins = c.__dict__.get("_ins_name") or (c.insurer_intl or c.insurer_nl or {"name": "de zorgverzekeraar"})["name"]
    if lang == "en":
        rest = f"{c.payer.given_names} {c.payer.surname}" if c.payer else "the patient"
        return f"Costs are covered by the patient's health insurance ({ins}); any remainder is paid by {rest}."
    rest = f"{c.payer.given_names} {c.payer.surname} ({c.payer_relation})" if c.payer else "patiënt zelf"
    return f"De kosten worden vergoed door de zorgverzekering van patiënt ({ins}); wat overblijft betaalt {rest}."


# =========================================================================== application forms

class _Sheetform:
    """This part's IND form design: a narrow royal-blue band down the LEFT edge of every page with the form's code
    printed sideways in it, the title at the top, numbered questions with the label ABOVE a single-line answer box
    (two or three boxes per row), tick options as round buttons, 'V-nummer' in a box at the top RIGHT of EVERY page;
    answers typed in Courier Prime or written by hand in capitals."""

    def __init__(self, c: Case, rng: random.Random, code: str, title: str):
        self.c, self.rng, self.code, self.title = c, rng, code, title
        self.hand = c.fill == "hand"
        self.hf = random.Random(c.rng_seed + 15).choice([H_CAPS, H_DKG_B, H_BRP])
        self.ink = random.Random(c.rng_seed + 16).choice([PEN_BLUE, PEN_BLACK, PEN_NAVY])
        self.sheets: list[Sheet] = []
        self.y = 0.0
        self.new()

    @property
    def sh(self) -> Sheet:
        return self.sheets[-1]

    def new(self) -> None:
        c = self.c
        sh = c.new_sheet()
        W, H = c.page_w, c.page_h
        band(sh, 0, 0, 11, H, ROYAL)
        for i, ch in enumerate(f"IND  {self.code}"):
            tx(sh, 5.5, 30 + i * 4.2, ch, f=HLV_B, pt=8, a="center", c=(255, 255, 255))
        tx(sh, W - 62, 10, "V-nummer", f=HLV, pt=7.4, c=GREY)
        box(sh, W - 62, 13.5, 48, 9, lw=0.35)
        if self.hand:
            pen(sh, W - 60, 14, c.vnr, self.rng, f=self.hf, pt=12.5, c=self.ink)
        else:
            tx(sh, W - 60, 15.6, c.vnr, f=CPT_B, pt=11)
        n = len(self.sheets) + 1
        tx(sh, W - 14, H - 12, f"{n}", f=HLV_B, pt=9, a="right", c=ROYAL)
        if n == 1:
            tx(sh, 18, 12, "Immigratie- en Naturalisatiedienst", f=HLV, pt=8.4, c=ROYAL)
            para(sh, 18, 17, W - 90, self.title, f=HLV_B, pt=13, lead=1.2)
            self.y = 38
        else:
            self.y = 30
        self.sheets.append(c.intr(sh))

    def head(self, t: str) -> None:
        if self.y > self.c.page_h - 50:
            self.new()
        self.y += 3
        tx(self.sh, 18, self.y, t, f=HLV_B, pt=10.5, c=ROYAL)
        hline(self.sh, 18, self.c.page_w - 14, self.y + 5.2, lw=0.35, c=ROYAL)
        self.y += 8

    def row(self, cells: list[tuple[str, str, str, float]]) -> None:
        """cells: (number, label, value, width in mm)."""
        if self.y > self.c.page_h - 28:
            self.new()
        x = 18.0
        for no, lab, val, w in cells:
            tx(self.sh, x, self.y, f"{no}  {lab}", f=HLV, pt=7.4)
            box(self.sh, x, self.y + 3.4, w - 3, 7.5, lw=0.25, c=GREY)
            if val:
                if self.hand:
                    pen(self.sh, x + 1.2, self.y + 3.6, val, self.rng, f=self.hf, pt=11, c=self.ink, w=w - 6,
                        caps=True)
                else:
                    tx(self.sh, x + 1.5, self.y + 5.2, val, f=CPT, pt=fitpt(val, w - 7, CPT, 9.6))
            x += w
        self.y += 13

    def choose(self, no: str, lab: str, options: list[str], chosen: set[int]) -> None:
        if self.y > self.c.page_h - 20 - 6 * len(options):
            self.new()
        y = para(self.sh, 18, self.y, self.c.page_w - 40, f"{no}  {lab}", f=HLV, pt=8.2, lead=1.2) + 1
        for i, o in enumerate(options):
            n = 40
            from PIL import Image, ImageDraw
            img = Image.new("RGBA", (n, n), (0, 0, 0, 0))
            d = ImageDraw.Draw(img)
            d.ellipse([2, 2, n - 2, n - 2], outline=(50, 50, 50, 255), width=3)
            if i in chosen:
                col = self.ink if self.hand else (20, 20, 20)
                d.ellipse([10, 10, n - 10, n - 10], fill=col + (255,))
            self.sh.image(22, y + i * 5.6, 3.6, 3.6, img)
            tx(self.sh, 28, y + i * 5.6 + 0.2, o, f=HLV, pt=fitpt(o, self.c.page_w - 52, HLV, 8.6))
        self.y = y + len(options) * 5.6 + 3

    def personal(self) -> None:
        c, p = self.c, self.c.p
        W = c.page_w - 32
        self.head("1  Persoonsgegevens")
        self.row([("1a", "Achternaam", p.surname, W * 0.5), ("1b", "Voornamen", p.given_names, W * 0.5)])
        self.row([("1c", "Geboortedatum", dn(p.birth_date, "-"), W * 0.3), ("1d", "Geboorteplaats", p.birth_place,
                                                                           W * 0.35),
                  ("1e", "Geboorteland", land_nl(p), W * 0.35)])
        self.row([("1f", "Nationaliteit", nat_nl(p), W * 0.4), ("1g", "Geslacht", "man" if p.sex == "M" else "vrouw",
                                                                W * 0.2),
                  ("1h", "V-nummer", c.vnr, W * 0.4)])
        a1, a2 = addr(p)
        self.row([("1i", "Straat en huisnummer", a1, W * 0.6), ("1j", "Postcode en plaats", a2, W * 0.4)])
        if c.lawyer:
            self.head("2  Gemachtigde")
            self.row([("2a", "Naam advocaat", c.lawyer_name, W * 0.45), ("2b", "Kantoor", c.lawyer["firm"], W * 0.55)])

    def sign(self, no: str) -> None:
        c = self.c
        if self.y > c.page_h - 70:
            self.new()
        self.head(f"{no}  Ondertekening")
        self.y = para(self.sh, 18, self.y, c.page_w - 36, "Ik verklaar dat ik dit formulier volledig en naar waarheid "
                      "heb ingevuld. Ik weet dat de IND mijn aanvraag kan afwijzen als ik onjuiste gegevens geef.",
                      f=HLV, pt=8.6, lead=1.3) + 3
        W = c.page_w - 32
        self.row([(f"{no}a", "Plaats", c.p.address.city if c.p.address else "", W * 0.5),
                  (f"{no}b", "Datum", dn(c.sub - dt.timedelta(days=self.rng.randint(1, 6)), "-"), W * 0.5)])
        tx(self.sh, 18, self.y, f"{no}c  Handtekening", f=HLV, pt=7.4)
        box(self.sh, 18, self.y + 3.4, W * 0.6, 22, lw=0.25, c=GREY)
        autograph(self.sh, 24, self.y + 7, self.rng, c=self.ink)
        self.y += 30


def form_med(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """Application for a residence permit 'medische behandeling' in this part's form design (two pages)."""
    f = _Sheetform(c, rng, "MB-45", "Aanvraag verblijfsvergunning voor medische behandeling")
    f.personal()
    f.head("3  Behandeling")
    W = c.page_w - 32
    f.row([("3a", "Zorginstelling", c.hospital.get("name", ""), W * 0.6), ("3b", "Plaats", c.hospital.get("city", ""),
                                                                             W * 0.4)])
    f.row([("3c", "Behandeling", c.med.get("tx_short", ""), W)])
    f.choose("3d", "Hebt u één jaar uitstel van vertrek gehad op grond van artikel 64 Vreemdelingenwet?",
             ["nee", "ja - einddatum uitstel: " + (dn(c.art64_end, "-") if c.art64_end else "")],
             {1 if c.art64_end else 0})
    if not c.art64_end:
        f.choose("3e", "Wie betaalt de kosten van verblijf en behandeling?", ["ikzelf", "een garantsteller (stukken "
                                                                                         "bijgevoegd)"],
                 {1 if c.payer else 0})
    f.choose("3f", "Hebt u een geldig paspoort?", ["ja, kopie bijgevoegd", "nee, zie toelichting advocaat"],
             {1 if c.no_passport else 0})
    f.choose("3g", "Bent u Surinamer met een visum voor medische behandeling?", ["nee", "ja"],
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
    f = _Sheetform(c, rng, "7027", "Aanvraag verblijfsvergunning voortgezet verblijf (humanitair niet-tijdelijk)")
    f.personal()
    f.head("3  Uw huidige verblijfsvergunning")
    keys = [k for k, _ in ROUTES]
    f.choose("3a", "Met welk verblijfsdoel hebt u nu een vergunning?", [t for _, t in ROUTES],
             {keys.index(c.route)} if c.route in keys else set())
    W = c.page_w - 32
    f.row([("3b", "Sinds (ingangsdatum)", dn(c.since, "-") if c.since else "", W * 0.5)])
    if c.route == "relationship":
        f.choose("3c", "Inburgering", ["diploma behaald", "ontheffing of vrijstelling", "nog niet voldaan"],
                 {0} if c.inburgering in ("diploma", "results") else ({1} if c.inburgering == "exemption" else {2}))
    if c.route and c.route.startswith("medical"):
        f.choose("3c", "Hebt u de behandeling nog minstens één jaar nodig?", ["ja (verklaring arts bijgevoegd)", "nee"],
                 {0})
    f.sign("4")
    return f.sheets


def form_generic(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """Application to extend a regular residence permit, in this part's form design."""
    f = _Sheetform(c, rng, "VL-45", "Aanvraag verlenging verblijfsvergunning regulier bepaalde tijd")
    f.personal()
    f.head("3  Verlenging")
    r = random.Random(c.rng_seed + 23)
    W = c.page_w - 32
    f.row([("3a", "Verblijfsdoel", r.choice(["verblijf bij partner", "arbeid in loondienst", "studie",
                                               "verblijf bij familielid"]), W * 0.6),
           ("3b", "Vergunning geldig tot", dn(c.sub + dt.timedelta(days=r.randint(20, 85)), "-"), W * 0.4)])
    f.choose("3c", "Zijn uw omstandigheden gewijzigd?", ["nee", "ja (toelichting bijgevoegd)"], {0})
    f.sign("4")
    return f.sheets


_r("ind-form-med-blauwe-zijband-code-verticaal-label-boven-vak-ronde-knoppen-45", "application", "nl", form_med,
   "medical-treatment form: blue side band, labels above single-line boxes, round buttons, V-number on every page")
_r("ind-form-7027-blauwe-zijband-code-verticaal-label-boven-vak-ronde-knoppen-45", "application", "nl", form_7027,
   "form 7027 in the same design")
_r("ind-form-generic-blauwe-zijband-code-verticaal-label-boven-vak-ronde-knoppen-45", "application", "nl",
   form_generic, "extension form in the same design")


# =========================================================================== income

def _earner(c: Case):
    return c.payer or c.p


def _job(c: Case) -> dict:
    e = dict(c.employer)
    r = random.Random(crc("job45", e["name"], c.rng_seed))
    c.employer.setdefault("f45", r.choice(e["func"]))
    c.employer.setdefault("s45", D(r.randint(2011, 2023), r.randint(1, 12), 1))
    c.employer.setdefault("b45", float(r.randrange(2400, 4700, 5)))
    c.employer.setdefault("n45", str(r.randint(1000, 99999)))
    return dict(c.employer)


def _pay(bruto: float, seed: int) -> dict:
    r = random.Random(seed)
    pens = round(bruto * r.choice([0.049, 0.058, 0.071]), 2)
    heff = round(max(0.0, (bruto - pens) * 0.355 - r.uniform(300, 460)), 2)
    reis = r.choice([0.0, 42.20, 64.80, 88.40])
    return dict(bruto=bruto, pens=pens, heff=heff, reis=reis, net=round(bruto - pens - heff + reis, 2))


def payslip(c: Case, rng: random.Random, *, month: int = 11, **_) -> list[Sheet]:
    """A payroll bureau's 'salarisstrook' in landscape-like two-column layout on a portrait page: the bureau's name
    at the top RIGHT, employer and employee side by side in rounded boxes, the earnings (left) and deductions
    (right) as two tables next to each other, the net amount in a dark bar across the foot with the IBAN; Carlito;
    stapled top right."""
    e, w = _job(c), _earner(c)
    k = _pay(e["b45"], crc("pay45", c.rng_seed))
    sh = c.new_sheet()
    W = c.page_w
    tx(sh, W - 16, 12, "Salarisverwerking Duinrand B.V.", f=CR_B, pt=9.4, a="right", c=GREY)
    tx(sh, 16, 14, f"SALARISSTROOK {MONTHS['nl'][month - 1].upper()} 2026", f=CR_B, pt=14)
    for j, (h, ls) in enumerate([("Werkgever", [e["name"], e["street"], f"{e['pc']} {e['city']}"]),
                                 ("Werknemer", [f"{w.surname}, {w.given_names}", f"personeelsnr. {e['n45']}",
                                                f"geboren {dn(w.birth_date, '-')}", f"functie {e['f45']}"])]):
        x = 16 + j * ((W - 32) / 2 + 2)
        bw = (W - 32) / 2 - 2
        box(sh, x, 24, bw, 28, lw=0.3, c=GREY)
        tx(sh, x + 3, 25.5, h, f=CR_B, pt=8.4, c=GREY)
        for i, s in enumerate(ls):
            tx(sh, x + 3, 30.5 + i * 4.6, s, f=CR, pt=fitpt(s, bw - 6, CR, 9.4))
    y = 60.0
    half = (W - 32) / 2 - 2
    tx(sh, 16, y, "Inkomsten", f=CR_B, pt=10)
    tx(sh, 16 + half + 4, y, "Inhoudingen", f=CR_B, pt=10)
    y += 6
    left = [("Salaris", eur(k["bruto"])), ("Vakantiegeld (reservering)", eur(round(k["bruto"] * 0.08, 2)))]
    if k["reis"]:
        left.append(("Reiskostenvergoeding", eur(k["reis"])))
    right = [(f"Pensioen {e.get('pension', '')}".strip(), eur(k["pens"])), ("Loonheffing", eur(k["heff"]))]
    for i in range(max(len(left), len(right))):
        for j, lst in enumerate((left, right)):
            if i < len(lst):
                x = 16 + j * (half + 4)
                box(sh, x, y, half, 7, lw=0.15, c=SOFT)
                tx(sh, x + 2, y + 1.5, lst[i][0], f=CR, pt=9)
                tx(sh, x + half - 2, y + 1.5, lst[i][1], f=CR, pt=9, a="right")
        y += 7
    y += 8
    band(sh, 16, y, W - 32, 11, (40, 44, 52))
    tx(sh, 19, y + 2.6, "Netto uitbetaald", f=CR_B, pt=11, c=(255, 255, 255))
    tx(sh, W - 19, y + 2.6, eur(k["net"]), f=CR_B, pt=11, a="right", c=(255, 255, 255))
    tx(sh, 16, y + 15, f"naar rekening {iban(crc('ib45', c.rng_seed), c.bank['code'])} t.n.v. {w.given_names[0]}. "
       f"{w.surname}", f=CR, pt=9)
    tx(sh, 16, y + 21, f"Loon voor de loonheffing cumulatief: {eur(round((k['bruto'] - k['pens']) * month, 2))}",
       f=CR, pt=8.6, c=GREY)
    staple(sh, rng, "tr")
    return [sh]


def guarantor_letter(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The guarantor's statement typed on a form-like half page ('Verklaring van garantstelling'): a box with the
    guarantor's data at the top, the sentence of guarantee with the monthly income and employer, then 'Aldus naar
    waarheid ingevuld' with place and date on one line and the signature BESIDE the word 'Handtekening'; the lower
    half of the sheet empty; folded in three."""
    g = c.payer or c.p
    e = _job(c)
    k = _pay(e["b45"], crc("pay45", c.rng_seed))
    sh = c.new_sheet()
    W = c.page_w
    tx(sh, 18, 14, "Verklaring van garantstelling", f=PLT_B, pt=14)
    tx(sh, 18, 21, "t.b.v. de Immigratie- en Naturalisatiedienst", f=PLT_I, pt=9.4, c=GREY)
    box(sh, 18, 28, W - 36, 34, lw=0.35)
    a1, a2 = addr(g)
    for i, (a, b) in enumerate([("Naam garantsteller", f"{g.given_names} {g.surname}"),
                                ("Geboortedatum", dn(g.birth_date, "-")), ("Adres", f"{a1}, {a2}"),
                                ("Relatie tot aanvrager", c.payer_relation or "familielid"),
                                ("Werkgever / functie", f"{e['name']} / {e['f45'].lower()}")]):
        tx(sh, 21, 30.5 + i * 6, a, f=PLT, pt=9.2, c=GREY)
        tx(sh, 72, 30.5 + i * 6, b, f=PLT_B, pt=fitpt(b, W - 94, PLT_B, 9.6))
    y = para(sh, 18, 70, W - 36, f"Ondergetekende verklaart dat hij/zij garant staat voor alle kosten van verblijf en "
             f"medische behandeling van {c.p.given_names} {c.p.surname} (geboren {dn(c.p.birth_date, '-')}, V-nummer "
             f"{c.vnr}) in Nederland, voor zover die niet door een verzekering worden gedekt. Het netto maandinkomen "
             f"van ondergetekende bedraagt {eur(k['net'])}; ondergetekende is sinds {dl(e['s45'], 'nl')} in dienst.",
             f=PLT, pt=10, lead=1.5) + 8
    tx(sh, 18, y, f"Aldus naar waarheid ingevuld te {g.address.city if g.address else ''} op "
       f"{dn(workday(c, rng, 6, 30), '-')}", f=PLT, pt=10)
    tx(sh, 18, y + 12, "Handtekening:", f=PLT, pt=10)
    autograph(sh, 44, y + 6, rng, c=PEN_BLUE)
    return [trifold(sh, rng)]


def employer_statement(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """'Werkgeversverklaring' as the employer's HR department prints it: company name in a thin top frame with
    the KvK number, a list of facts as 'label: value' lines with dotted leaders, three yes/no statements with the
    answer typed ('ja' / 'nee') at the right; signed BELOW the typed HR name with the company's rectangular stamp
    overlapping the signature; Nimbus Sans."""
    e, w = _job(c), _earner(c)
    k = _pay(e["b45"], crc("pay45", c.rng_seed))
    sh = c.new_sheet()
    W = c.page_w
    box(sh, 16, 10, W - 32, 16, lw=0.3, c=GREY)
    tx(sh, 20, 12.5, e["name"], f=HLV_B, pt=12)
    tx(sh, 20, 19, f"{e['street']} · {e['pc']} {e['city']} · KvK {crc(e['name']) % 90000000 + 10000000}", f=HLV,
       pt=8.4, c=GREY)
    tx(sh, 16, 38, "Werkgeversverklaring", f=HLV_B, pt=13)
    d0 = workday(c, rng)
    tx(sh, W - 16, 38, f"{e['city']}, {dl(d0, 'nl')}", f=HLV, pt=9.6, a="right")
    y = 52.0
    for a, b in [("Naam werknemer", f"{w.given_names} {w.surname}"), ("Geboortedatum", dn(w.birth_date, "-")),
                 ("In dienst sinds", dn(e["s45"], "-")), ("Functie", e["f45"]),
                 ("Soort contract", rng.choice(["onbepaalde tijd", "onbepaalde tijd", "bepaalde tijd tot 31-12-2027"])),
                 ("Arbeidsduur", f"{rng.choice([32, 36, 38, 40])} uur per week"),
                 ("Bruto maandsalaris", eur(k["bruto"])), ("Vakantiegeld", "8 %")]:
        tx(sh, 20, y, a, f=HLV, pt=10)
        hline(sh, 20 + tw(a, HLV, 10) + 1.5, 96, y + 4, c=SOFT, dash=0.4)
        tx(sh, 98, y, b, f=HLV_B, pt=10)
        y += 7.2
    y += 5
    for q, yes in [("De proeftijd is verstreken", "ja"), ("Er is sprake van loonbeslag", "nee"),
                   ("Het dienstverband wordt binnenkort beëindigd", "nee")]:
        tx(sh, 20, y, q, f=HLV, pt=10)
        tx(sh, W - 20, y, yes, f=HLV_B, pt=10, a="right")
        y += 7
    y += 12
    hr = rng.choice(["M. de Boer, HR-adviseur", "S. Kaya, salarisadministratie", "J. Vos, manager P&O"])
    tx(sh, 20, y, hr, f=HLV, pt=10)
    autograph(sh, 22, y + 5, rng, c=PEN_BLUE)
    inkstamp(sh, 40, y + 7, [e["name"][:28].upper(), e["city"].upper()], rng, shape="rect", c=ST_VIOLET, mm=48)
    return [sh]


def bank_statement(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A bank's monthly 'Rekeningafschrift' as a PDF: the bank's name in a coloured top band, account holder and
    IBAN under it, the period and opening/closing balances in a grey box at the RIGHT, then the transactions
    in a ruled table (date, description, debit, credit) including the salary credit; DejaVu Sans Condensed."""
    e, w = _job(c), _earner(c)
    k = _pay(e["b45"], crc("pay45", c.rng_seed))
    sh = c.new_sheet()
    W = c.page_w
    b = c.bank
    band(sh, 0, 0, W, 18, (0, 95, 80))
    tx(sh, 16, 5.5, b["name"], f=DVC_B, pt=13, c=(255, 255, 255))
    tx(sh, 16, 26, f"{w.given_names} {w.surname}".upper(), f=DVC_B, pt=10)
    a1, a2 = addr(w)
    tx(sh, 16, 31, a1, f=DVC, pt=9)
    tx(sh, 16, 35.5, a2, f=DVC, pt=9)
    acc = iban(crc("ib45", c.rng_seed), b["code"])
    tx(sh, 16, 44, f"Rekening {acc}", f=DVC_B, pt=9.6)
    start = D(2026, 10, 1)
    band(sh, W - 80, 24, 64, 26, (236, 236, 236))
    bal0 = round(rng.uniform(600, 2600), 2)
    r = random.Random(crc("tx45", c.rng_seed))
    txs = [(D(2026, 10, 1), f"Huur {a2.split(' ', 2)[-1]}", -round(r.uniform(650, 1150), 2)),
           (D(2026, 10, 3), "Albert Heijn", -round(r.uniform(40, 120), 2)),
           (D(2026, 10, 24), f"Salaris {MONTHS['nl'][9]} {e['name'][:22]}", k["net"]),
           (D(2026, 10, 26), "Zorgverzekering premie", -round(r.uniform(140, 165), 2)),
           (D(2026, 10, 29), "NS Reizen", -round(r.uniform(20, 90), 2))]
    bal1 = round(bal0 + sum(t[2] for t in txs), 2)
    for i, (a, v) in enumerate([("Periode", f"01-10-2026 t/m 31-10-2026"), ("Beginsaldo", eur(bal0)),
                                ("Eindsaldo", eur(bal1))]):
        tx(sh, W - 77, 26.5 + i * 7.5, a, f=DVC, pt=8, c=GREY)
        tx(sh, W - 19, 26.5 + i * 7.5, v, f=DVC_B, pt=9, a="right")
    y = 60.0
    for x, h, a in [(16, "Datum", "left"), (40, "Omschrijving", "left"), (W - 46, "Af", "right"),
                    (W - 16, "Bij", "right")]:
        tx(sh, x, y, h, f=DVC_B, pt=9, a=a)
    hline(sh, 16, W - 16, y + 5, lw=0.35)
    y += 8
    for d, desc, amt in txs:
        tx(sh, 16, y, dn(d, "-"), f=DVC, pt=9)
        tx(sh, 40, y, desc, f=DVC, pt=9)
        tx(sh, W - 46 if amt < 0 else W - 16, y, eur(abs(amt)), f=DVC, pt=9, a="right")
        hline(sh, 16, W - 16, y + 5.2, c=SOFT)
        y += 7
    tx(sh, 16, c.page_h - 16, f"{b['name']} · BIC {b['bic']} · {b['city']}", f=DVC, pt=7.4, c=GREY)
    _ = start
    return [sh]


def tax_assessment(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The Belastingdienst's final assessment of income tax 2025 ('Aanslag inkomstenbelasting 2025 - definitieve
    aanslag'): the sender line and the addressee in the window, the assessment number and date in a column at
    the RIGHT, the taxable income from work in a framed calculation box, the amount to pay or to be refunded; the
    dotted lines of a tear-off payment slip at the foot."""
    e, w = _job(c), _earner(c)
    k = _pay(e["b45"], crc("pay45", c.rng_seed))
    sh = c.new_sheet()
    W = c.page_w
    tx(sh, 16, 12, "Belastingdienst", f=HLV_B, pt=14, c=ROYAL)
    tx(sh, 16, 34, "Retouradres Postbus 9046 7300 GR Apeldoorn", f=HLV, pt=6.8, c=GREY)
    a1, a2 = addr(w)
    for i, s in enumerate([f"{w.given_names[0]}. {w.surname}", a1, a2]):
        tx(sh, 16, 40 + i * 5, s, f=HLV, pt=10)
    r = random.Random(crc("tax45", c.rng_seed))
    d0 = D(2026, r.randint(4, 9), r.randint(1, 27))
    bsn = f"{r.randint(100000000, 999999999)}"
    for i, (a, v) in enumerate([("Aanslagnummer", f"{bsn}.H.56.01"), ("Dagtekening", dn(d0, "-")),
                                ("Belastingjaar", "2025")]):
        tx(sh, W - 70, 40 + i * 8, a, f=HLV, pt=7.6, c=GREY)
        tx(sh, W - 70, 43.4 + i * 8, v, f=HLV_B, pt=9.4)
    tx(sh, 16, 72, "Aanslag inkomstenbelasting en premie volksverzekeringen 2025", f=HLV_B, pt=11.5)
    tx(sh, 16, 78, "Definitieve aanslag", f=HLV, pt=10)
    year = round((k["bruto"] - k["pens"]) * 12.96, 0)
    box(sh, 16, 88, W - 32, 40, lw=0.35)
    rows = [("Inkomen uit werk en woning", eur(year)), ("Belastbaar inkomen", eur(year)),
            ("Verschuldigde belasting en premie", eur(round(year * 0.31, 0))),
            ("Ingehouden loonheffing", eur(round(year * 0.31, 0) + r.randint(-80, 240)))]
    for i, (a, v) in enumerate(rows):
        tx(sh, 20, 91 + i * 8.5, a, f=HLV, pt=10)
        tx(sh, W - 20, 91 + i * 8.5, v, f=HLV_B, pt=10, a="right")
    para(sh, 16, 138, W - 32, f"Het inkomen uit werk is afkomstig van {e['name']}. Het verschil wordt binnen zes weken "
         f"met u verrekend.", f=HLV, pt=10, lead=1.4)
    hline(sh, 10, W - 10, c.page_h - 70, lw=0.3, dash=1.2)
    tx(sh, 16, c.page_h - 64, "Acceptgiro / betaalgegevens - niet gebruiken bij een teruggaaf", f=HLV, pt=8, c=GREY)
    barcode(sh, 16, c.page_h - 54, 80, 10, bsn)
    return [sh]


_r("payslip-bureau-twee-tabellen-naast-elkaar-donkere-nettobalk-nietje-rechts-45", "income-proof", "nl", payslip,
   "payroll bureau's payslip, earnings and deductions side by side, dark net bar")
_r("guarantor-verklaring-kader-gegevens-handtekening-naast-woord-in-drieen-45", "income-proof", "nl",
   guarantor_letter, "guarantor's statement with a data box, signature beside the label, folded")
_r("employer-werkgeversverklaring-stippelleiders-ja-nee-rechts-stempel-over-handtekening-45", "income-proof", "nl",
   employer_statement, "employer's statement with dotted leaders, stamp over the signature")
_r("bank-rekeningafschrift-groene-band-saldovak-rechts-45", "income-proof", "nl", bank_statement,
   "monthly bank statement with a balance box")
_r("tax-aanslag-ib-2025-definitief-vensteradres-acceptgiro-45", "income-proof", "nl", tax_assessment,
   "Belastingdienst final income-tax assessment")


# =========================================================================== medical statements

def medstat_nl(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """'Medische verklaring' of the treating specialist addressed to the lawyer, on the hospital's paper: the
    hospital's name in a serif at the top LEFT with the department under it, a block 'Patiënt' with name, birth
    date and V-number boxed at the right; the text in three headed parts (Diagnose / Behandeling / Duur en
    noodzaak); signed at the end with the signature to the LEFT of the typed name and BIG number."""
    h = c.hospital
    g, s = doctor(c, "spec")
    sh = c.new_sheet()
    W = c.page_w
    tx(sh, 18, 12, h["name"], f=SCH_B, pt=13, c=h["color"])
    tx(sh, 18, 18.5, f"Afdeling {c.med.get('spec', '')}", f=SCH, pt=9, c=GREY)
    tx(sh, 18, 23, f"{h['street']}, {h['pc']} {h['city']}", f=SCH, pt=8.4, c=GREY)
    box(sh, W - 78, 30, 62, 22, lw=0.3)
    tx(sh, W - 75, 31.5, "Patiënt", f=SCH_I, pt=8, c=GREY)
    tx(sh, W - 75, 36, f"{c.p.surname.upper()}, {c.p.given_names}", f=SCH_B, pt=fitpt(c.p.surname + c.p.given_names,
                                                                                       56, SCH_B, 9.4))
    tx(sh, W - 75, 41, f"geb. {dn(c.p.birth_date, '-')}", f=SCH, pt=9)
    tx(sh, W - 75, 46, f"V-nr. {c.vnr}", f=SCH, pt=9)
    lw = c.lawyer or {}
    tx(sh, 18, 36, "Aan: " + (c.lawyer_name or "de behandelend advocaat"), f=SCH, pt=9.6)
    if lw:
        tx(sh, 18, 41, f"{lw['firm']}, {lw['city']}", f=SCH, pt=9.6)
    d0 = workday(c, rng, 5, 40)
    tx(sh, 18, 58, f"{h['city']}, {dl(d0, 'nl')}", f=SCH, pt=9.6)
    tx(sh, 18, 66, "Betreft: medische verklaring ten behoeve van de IND", f=SCH_B, pt=10.5)
    y = 76.0
    for head, txt in [("Diagnose", f"Patiënt is bij ons bekend met {c.med.get('dx', '')}."),
                      ("Behandeling", f"Patiënt wordt behandeld met {c.med.get('tx', '')}. {c.med.get('stop', '')}"),
                      ("Duur en noodzaak", f"{still_needed(c)} De behandeling is medisch noodzakelijk en vindt plaats "
                                           f"in ons ziekenhuis. {who_pays(c)}")]:
        tx(sh, 18, y, head, f=SCH_B, pt=10.5)
        y = para(sh, 18, y + 5.5, W - 36, txt, f=SCH, pt=10, lead=1.5) + 5
    y += 8
    autograph(sh, 18, y, rng, c=PEN_BLUE)
    tx(sh, 66, y + 4, f"{g} {s}", f=SCH_B, pt=10)
    tx(sh, 66, y + 9, f"{c.med.get('doc_title', 'medisch specialist')} · BIG {big(c, 'spec')}", f=SCH, pt=9)
    return [sh]


def medstat_en(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """'Medical statement' in English from the hospital's international office (for a client whose lawyer asked
    for English): a table of facts (patient, diagnosis, current treatment, expected duration, treating physician)
    in two columns with a blue caption column, a closing paragraph on necessity, signed ABOVE a line with the
    physician's name under it; the hospital's stamp at the right."""
    h = c.hospital
    g, s = doctor(c, "spec")
    sh = c.new_sheet()
    W = c.page_w
    band(sh, 16, 12, 4, 14, h["color"])
    tx(sh, 24, 12, h["name"], f=CD_B, pt=12)
    tx(sh, 24, 18.5, "International Patient Office", f=CD_I, pt=9, c=GREY)
    tx(sh, 16, 38, "MEDICAL STATEMENT", f=CD_B, pt=14)
    d0 = workday(c, rng, 5, 40)
    tx(sh, W - 16, 38, dl(d0, "en"), f=CD, pt=10, a="right")
    rows = [("Patient", f"{c.p.given_names} {c.p.surname}, born {dn(c.p.birth_date, '/')}"),
            ("Diagnosis", c.med.get("dx_en", "")), ("Current treatment", c.med.get("tx_en", "")),
            ("If treatment stops", c.med.get("stop_en", "")), ("Expected duration", still_needed(c, "en")),
            ("Costs", who_pays(c, "en")), ("Treating physician", f"{g} {s}, {c.med.get('doc_en', 'consultant')}")]
    y = 50.0
    for a, v in rows:
        lines = sh.wrap(gl(v, CD), W - 90, font=CD, size_pt=10)
        hh = 5 * len(lines) + 4
        band(sh, 16, y, 52, hh, (222, 232, 246))
        box(sh, 16, y, W - 32, hh, lw=0.2, c=SOFT)
        tx(sh, 18, y + 2, a, f=CD_B, pt=9.6)
        para(sh, 72, y + 2, W - 90, v, f=CD, pt=10, lead=1.42)
        y += hh
    y = para(sh, 16, y + 8, W - 32, "In our opinion the treatment described above is medically necessary and can only "
             "be given in a specialised centre such as ours.", f=CD, pt=10.5, lead=1.45) + 12
    autograph(sh, 18, y, rng, c=PEN_NAVY)
    hline(sh, 16, 80, y + 15, lw=0.3)
    tx(sh, 16, y + 17, f"{g} {s}", f=CD, pt=10)
    inkstamp(sh, W - 70, y - 4, [h["short"].upper(), "INTERNATIONAL OFFICE", h["city"].upper()], rng, c=ST_BLUE, mm=30)
    return [sh]


_r("medstat-verklaring-aan-advocaat-patientkader-rechts-drie-koppen-handtekening-links-van-naam-45",
   "medical-statement", "nl", medstat_nl, "specialist's statement to the lawyer, boxed patient data, three heads")
_r("medstat-medical-statement-engels-blauwe-bijschriftkolom-handtekening-boven-lijn-45", "medical-statement", "en",
   medstat_en, "English medical statement as a two-column table")


# =========================================================================== care institution

def care_letter(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """'Bevestiging behandeling' of the hospital's patient administration: logo square and the hospital's name at
    the top RIGHT, a reference line, the confirmation that the hospital can and will treat the patient, with the
    start date, the department and the costs estimate in a small table; signed by the head of patient
    administration ABOVE her name; the hospital's round stamp half over the table."""
    h = c.hospital
    r = random.Random(_ind.seed_of("care", c.rng_seed))
    start = _ind.add_months(c.sub, -r.randint(1, 8)) if c.procedure != "ind-medical-treatment" else \
        c.sub + dt.timedelta(days=r.randint(10, 60))
    sh = c.new_sheet()
    W = c.page_w
    band(sh, W - 30, 10, 12, 12, h["color"])
    tx(sh, W - 34, 11, h["name"], f=LS_B, pt=11, a="right")
    tx(sh, W - 34, 17, "Patiëntenadministratie", f=LS, pt=8.6, a="right", c=GREY)
    tx(sh, 18, 40, f"Ons kenmerk: PA/{c.sub.year}/{crc(c.p.surname, c.rng_seed) % 9000 + 1000}", f=LS, pt=9)
    tx(sh, 18, 45, f"Datum: {dn(workday(c, rng, 4, 35), '-')}", f=LS, pt=9)
    tx(sh, 18, 58, "Bevestiging behandeling", f=LS_B, pt=13)
    y = para(sh, 18, 68, W - 36, f"Hierbij bevestigen wij dat {c.p.given_names} {c.p.surname}, geboren op "
             f"{dn(c.p.birth_date, '-')}, in ons ziekenhuis wordt behandeld voor {c.med.get('dx', '')}. Ons ziekenhuis "
             f"beschikt over de benodigde expertise en voorzieningen en is bereid de behandeling "
             f"({c.med.get('tx', '')}) te {'starten per' if start > c.sub else 'voort te zetten; gestart op'} "
             f"{dl(start, 'nl')}.", f=LS, pt=10.2, lead=1.5) + 6
    cost = c.med.get("cost", 20000)
    for i, (a, v) in enumerate([("Afdeling", c.med.get("spec", "")), ("Behandeling", c.med.get("tx_short", "")),
                                ("Geraamde kosten per jaar", eur(float(cost))), ("Financiering", who_pays(c))]):
        lines = sh.wrap(gl(v, LS), W - 96, font=LS, size_pt=9.4)
        hh = 4.4 * len(lines) + 3
        box(sh, 18, y, 58, hh, lw=0.2, c=SOFT)
        box(sh, 76, y, W - 94, hh, lw=0.2, c=SOFT)
        tx(sh, 20, y + 1.5, a, f=LS_B, pt=9.2)
        para(sh, 78, y + 1.5, W - 98, v, f=LS, pt=9.4, lead=1.3)
        y += hh
    inkstamp(sh, W - 64, y - 18, [h["short"].upper(), "PATIËNTENADMINISTRATIE", h["city"].upper()], rng,
             c=ST_GREEN, mm=30)
    y += 14
    autograph(sh, 20, y, rng, c=PEN_BLUE)
    tx(sh, 18, y + 16, rng.choice(["mw. I. Hendriks", "mw. N. Bakker", "dhr. T. Schouten"]) + ", hoofd "
       "patiëntenadministratie", f=LS, pt=9.6)
    return [sh]


def care_en(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """'Confirmation of acceptance for treatment' of the hospital's international patient office in English: a
    grey title bar, the patient's details on the left and the hospital's on the right in two boxes, a numbered
    list of what the hospital confirms (1. capacity, 2. start date, 3. estimated costs), signed at the bottom
    LEFT with the coordinator's name BELOW the signature."""
    h = c.hospital
    r = random.Random(_ind.seed_of("care", c.rng_seed))
    start = c.sub + dt.timedelta(days=r.randint(10, 60)) if c.procedure == "ind-medical-treatment" else \
        _ind.add_months(c.sub, -r.randint(1, 8))
    sh = c.new_sheet()
    W = c.page_w
    band(sh, 16, 14, W - 32, 10, (210, 214, 220))
    tx(sh, 19, 16.5, "CONFIRMATION OF ACCEPTANCE FOR TREATMENT", f=AVG_B, pt=11)
    for j, (hh, ls) in enumerate([("Patient", [f"{c.p.given_names} {c.p.surname}", f"Date of birth "
                                                                                   f"{dn(c.p.birth_date, '/')}",
                                               f"Nationality {PC.get(c.p.nationality, {}).get('en', '')}"]),
                                  ("Hospital", [h["name"], h["street"], f"{h['pc']} {h['city']}, the Netherlands"])]):
        x = 16 + j * ((W - 32) / 2 + 2)
        bw = (W - 32) / 2 - 2
        box(sh, x, 30, bw, 26, lw=0.25)
        tx(sh, x + 2.5, 31.5, hh, f=AVG_B, pt=8.6, c=GREY)
        for i, s in enumerate(ls):
            tx(sh, x + 2.5, 36.5 + i * 5, s, f=AVG, pt=fitpt(s, bw - 5, AVG, 9.4))
    items = [f"The hospital has the expertise and facilities for the treatment required: {c.med.get('tx_en', '')}.",
             f"The patient {'will be admitted for treatment from' if start > c.sub else 'has been under treatment since'} "
             f"{dl(start, 'en')} in the department of {c.med.get('spec_en', '')}.",
             f"The estimated cost of the treatment is {eur(float(c.med.get('cost', 20000)))} per year. "
             f"{who_pays(c, 'en')}"]
    y = 66.0
    for i, s in enumerate(items, 1):
        tx(sh, 18, y, f"{i}.", f=AVG_B, pt=10)
        y = para(sh, 26, y, W - 44, s, f=AVG, pt=10, lead=1.45) + 4
    y += 10
    autograph(sh, 18, y, rng, c=PEN_BLACK)
    tx(sh, 16, y + 16, rng.choice(["Anouk Verbeek", "Bas Wolters", "Leila Amrani"]), f=AVG_B, pt=10)
    tx(sh, 16, y + 21, "International Patient Coordinator", f=AVG, pt=9)
    tx(sh, 16, y + 26, f"{h['city']}, {dl(workday(c, rng, 4, 30), 'en')}", f=AVG, pt=9)
    return [sh]


_r("care-bevestiging-patientenadministratie-logo-rechts-kostentabel-stempel-half-op-tabel-45",
   "care-institution-statement", "nl", care_letter, "hospital's confirmation of treatment with a costs table")
_r("care-confirmation-of-acceptance-engels-twee-kaders-genummerde-bevestigingen-45", "care-institution-statement",
   "en", care_en, "English confirmation of acceptance for treatment")


# =========================================================================== health insurance

def _polno(c: Case, pre: str = "") -> str:
    r = random.Random(crc("pol45", c.rng_seed, pre))
    return pre + "".join(str(r.randint(0, 9)) for _ in range(9))


def polisblad(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A Dutch health insurer's 'polisblad 2026': the insurer's name and logo disc at the top LEFT, the policy
    holder's address, a grey box 'Uw verzekering in 2026' listing the basic insurance with start date and the
    supplementary cover, the statement that the basic insurance covers medically necessary hospital care; QR code
    at the foot with the customer service line."""
    ins = c.insurer_nl
    sh = c.new_sheet()
    W = c.page_w
    sh.rect(16, 10, 12, 12, width_mm=0, color=ins["color"], fill=ins["color"])
    tx(sh, 32, 11, ins["name"], f=HLV_B, pt=11.5, c=ins["color"])
    tx(sh, 32, 17, ins["post"], f=HLV, pt=8, c=GREY)
    a1, a2 = addr(c.p)
    for i, s in enumerate([f"{c.p.given_names[0]}. {c.p.surname}", a1, a2]):
        tx(sh, 16, 40 + i * 5, s, f=HLV, pt=10)
    tx(sh, W - 16, 40, f"Relatienummer {_polno(c)}", f=HLV, pt=9, a="right")
    tx(sh, W - 16, 45, f"UZOVI {ins['uzovi']}", f=HLV, pt=9, a="right")
    tx(sh, 16, 66, "Polisblad 2026", f=HLV_B, pt=14)
    band(sh, 16, 76, W - 32, 52, (238, 238, 238))
    start = D(2026, 1, 1) if c.since and c.since.year < 2026 else c.sub - dt.timedelta(days=random.Random(
        c.rng_seed).randint(40, 200))
    rows = [("Verzekerde", f"{c.p.given_names} {c.p.surname}, geb. {dn(c.p.birth_date, '-')}"),
            ("Basisverzekering", f"{ins['short']} Zorg Natura, ingangsdatum {dn(start, '-')}"),
            ("Aanvullend", rng.choice(["Aanvullend Basis", "geen", "Tand Basis"])),
            ("Eigen risico", "€ 385 (verplicht)"), ("Polisnummer", _polno(c, "P"))]
    for i, (a, v) in enumerate(rows):
        tx(sh, 20, 79 + i * 9, a, f=HLV, pt=9, c=GREY)
        tx(sh, 64, 79 + i * 9, v, f=HLV_B, pt=fitpt(v, W - 84, HLV_B, 9.6))
    para(sh, 16, 136, W - 32, "De basisverzekering vergoedt medisch noodzakelijke zorg, waaronder medisch-specialistische "
         "zorg en ziekenhuisopname, volgens de Zorgverzekeringswet.", f=HLV, pt=10, lead=1.45)
    qr(sh, 16, c.page_h - 48, 24, _polno(c))
    tx(sh, 46, c.page_h - 40, f"Klantenservice: 0{rng.randint(70, 99)}-{rng.randint(100, 999)} {rng.randint(10, 99)} "
       f"{rng.randint(10, 99)}", f=HLV, pt=9)
    return [sh]


def intl_certificate(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """'Certificate of insurance' of an international health insurer in English: the insurer's name in large
    thin capitals centred, a fine double border round the page, the insured's data and the policy period in a
    centred table, the statement that in-patient and out-patient treatment in the Netherlands is covered
    without exclusion for the condition, signed ABOVE the name of the underwriting manager; the insurer's seal
    at the bottom right."""
    ins = dict(c.insurer_intl)
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    box(sh, 8, 8, W - 16, H - 16, lw=0.5, c=ins["color"])
    box(sh, 10, 10, W - 20, H - 20, lw=0.2, c=ins["color"])
    tx(sh, W / 2, 22, ins["name"].upper(), f=AVG, pt=fitpt(ins["name"].upper(), W - 40, AVG, 14), a="center",
       c=ins["color"], sp=0.4)
    tx(sh, W / 2, 29, ins["addr"], f=AVG, pt=8.6, a="center", c=GREY)
    tx(sh, W / 2, 46, "CERTIFICATE OF INSURANCE", f=AVG_B, pt=15, a="center")
    start = c.sub - dt.timedelta(days=random.Random(c.rng_seed + 3).randint(20, 200))
    rows = [("Insured person", f"{c.p.given_names} {c.p.surname}"), ("Date of birth", dn(c.p.birth_date, "/")),
            ("Policy number", _polno(c, "INT-")), ("Plan", ins.get("plan", "International Health")),
            ("Period of cover", f"{dn(start, '/')} - {dn(_ind.add_years(start, 1) - dt.timedelta(days=1), '/')}"),
            ("Area of cover", "Worldwide including the Netherlands")]
    y = 58.0
    for a, v in rows:
        box(sh, 36, y, 54, 8, lw=0.15, c=SOFT)
        box(sh, 90, y, W - 126, 8, lw=0.15, c=SOFT)
        tx(sh, 38, y + 2, a, f=AVG, pt=9, c=GREY)
        tx(sh, 92, y + 2, v, f=AVG_B, pt=fitpt(v, W - 130, AVG_B, 9.6))
        y += 8
    y = para(sh, 30, y + 10, W - 60, f"This is to certify that the insured person is covered under the above policy "
             f"for in-patient and out-patient medical treatment in the Netherlands, including the treatment of "
             f"{c.med.get('dx_en', 'the condition')}, without exclusion of pre-existing conditions. Treatment costs are "
             f"settled directly with the treating hospital.", f=AVG, pt=10, lead=1.5, align="center") + 14
    autograph(sh, W / 2 - 20, y, rng, c=PEN_NAVY)
    tx(sh, W / 2, y + 16, rng.choice(["Claire O'Donnell", "Martin Keller", "Priya Raman"]) + ", Underwriting Manager",
       f=AVG, pt=9.6, a="center")
    inkstamp(sh, W - 62, H - 62, [ins.get("short", "INSURER").upper(), "CERTIFIED"], rng, c=ins["color"], mm=30)
    return [sh]


def incoming_policy(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """Polisbewijs of a Dutch incoming-insurance company for foreign nationals ('Incoming verzekering'): printed
    from the customer portal, the company's name in a blue band with the portal's URL, the insured and policy
    data as a list with bold values, the cover described as medical costs in the Netherlands including
    specialist and hospital care for an existing condition (by agreement), a printed signature line of the
    managing director; born digital."""
    name = _ind._incoming_name(c)
    sh = c.new_sheet()
    W = c.page_w
    band(sh, 0, 0, W, 20, (20, 80, 150))
    tx(sh, 16, 6, name, f=CR_B, pt=13, c=(255, 255, 255))
    tx(sh, W - 16, 8, "mijn.polis", f=CR, pt=9, a="right", c=(255, 255, 255))
    tx(sh, 16, 30, "Polisbewijs Incoming Zorg Compleet", f=CR_B, pt=14)
    start = c.sub - dt.timedelta(days=random.Random(c.rng_seed + 4).randint(20, 200))
    y = 44.0
    for a, v in [("Verzekeringnemer / verzekerde", f"{c.p.given_names} {c.p.surname}"),
                 ("Geboortedatum", dn(c.p.birth_date, "-")), ("Nationaliteit", nat_nl(c.p)),
                 ("Polisnummer", _polno(c, "IC")), ("Looptijd", f"{dn(start, '-')} tot en met "
                                                                f"{dn(_ind.add_years(start, 1), '-')}"),
                 ("Dekking", "medische kosten in Nederland: huisarts, medisch-specialistische zorg, ziekenhuisopname, "
                             "geneesmiddelen"),
                 ("Bijzonderheid", f"bestaande aandoening ({c.med.get('dx', '')}) meeverzekerd volgens "
                                   f"acceptatiebesluit")]:
        tx(sh, 16, y, a, f=CR, pt=9.4, c=GREY)
        y = para(sh, 70, y, W - 86, v, f=CR_B, pt=10, lead=1.35) + 3
    tx(sh, 16, y + 14, "Namens de directie,", f=CR, pt=10)
    tx(sh, 16, y + 20, rng.choice(["drs. P. Verhoef", "mr. L. Dekker"]), f=CR_I, pt=10)
    return [sh]


_r("polisblad-2026-logoschijf-grijs-dekkingsvak-qr-klantenservice-45", "health-insurance", "nl", polisblad,
   "Dutch insurer's policy sheet with a grey cover box")
CERT = "intl-certificate-of-insurance-dunne-kapitalen-dubbele-paginarand-gecentreerde-tabel-45"
_r(CERT, "health-insurance", "en", intl_certificate, "international insurer's certificate with a double page border")
_r("incoming-polisbewijs-portaalprint-blauwe-band-bestaande-aandoening-45", "health-insurance", "nl",
   incoming_policy, "incoming insurance policy printed from a portal")


# =========================================================================== civic integration

def _duo_head(sh: Sheet, c: Case) -> None:
    W = c.page_w
    band(sh, W / 2 - 4, 0, 8, 22, ROYAL)
    tx(sh, W / 2 + 7, 8, "Dienst Uitvoering Onderwijs", f=HLV, pt=8.6, c=INK)
    tx(sh, W / 2 + 7, 12.5, "Ministerie van Onderwijs, Cultuur en Wetenschap", f=HLV_I, pt=8, c=GREY)


def _inb_date(c: Case, rng: random.Random) -> D:
    lo = (c.since or D(2021, 6, 1)) + dt.timedelta(days=420)
    hi = c.sub - dt.timedelta(days=45)
    if lo >= hi:
        lo = hi - dt.timedelta(days=300)
    return D.fromordinal(rng.randint(lo.toordinal(), hi.toordinal()))


def duo_diploma(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The 'Diploma inburgering' printed landscape on an A4 turned sideways: a wide wave border in pale green, the
    crown-like crest at the top centre, the holder's name in large Schoolbook italics on its own line, birth date
    and place under it, the level 'B1' and the date of obtaining in a row of three framed cells, the diploma number
    at the lower LEFT and DUO's printed signature at the lower right."""
    d0 = _inb_date(c, rng)
    sh = Sheet(c.page_h, c.page_w)
    W, H = sh.width_mm, sh.height_mm
    sh.image(6, 6, W - 12, H - 12, waves(W - 12, H - 12, rng, (244, 250, 244), (196, 226, 200), k=4, n=30))
    band(sh, 18, 18, W - 36, H - 36, (255, 255, 255))
    box(sh, 18, 18, W - 36, H - 36, lw=0.4, c=(60, 120, 70))
    crest(sh, W / 2 - 8, 22, 16, rng, "shield", c=(60, 120, 70))
    tx(sh, W / 2, 42, "DIPLOMA INBURGERING", f=SCH_B, pt=20, a="center", sp=1.0)
    tx(sh, W / 2, 56, "uitgereikt aan", f=SCH_I, pt=11, a="center")
    tx(sh, W / 2, 64, f"{c.p.given_names} {c.p.surname}", f=SCH_I, pt=22, a="center")
    tx(sh, W / 2, 78, f"geboren op {dl(c.p.birth_date, 'nl')} te {c.p.birth_place}", f=SCH, pt=11, a="center")
    for i, (a, v) in enumerate([("Niveau", "B1"), ("Behaald op", dn(d0, "-")), ("V-nummer", c.vnr)]):
        x = W / 2 - 90 + i * 60
        box(sh, x, 92, 56, 18, lw=0.3, c=(60, 120, 70))
        tx(sh, x + 28, 94, a, f=SCH, pt=9, a="center", c=GREY)
        tx(sh, x + 28, 100, v, f=SCH_B, pt=12, a="center")
    para(sh, 40, 120, W - 80, "De houder van dit diploma heeft voldaan aan de inburgeringsplicht op grond van de Wet "
         "inburgering 2021.", f=SCH, pt=10, align="center")
    tx(sh, 26, H - 32, f"Diplomanummer {crc(c.vnr, 'dip45') % 90000000 + 10000000}", f=SCH, pt=9)
    autograph(sh, W - 90, H - 48, rng, c=(20, 20, 30))
    tx(sh, W - 70, H - 32, "namens de minister, DUO", f=SCH, pt=9, a="center")
    return [c.intr(sh)]


def duo_exemption(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """DUO's decision granting an exemption from the civic-integration duty on medical grounds: the ministry's band
    at the top centre, a column of reference data at the RIGHT (datum, ons kenmerk, V-nummer, BSN), the decision
    itself in bold in a paragraph beginning 'Besluit:', the reasons as bullet points, the objection notice in a
    thin box at the foot; folded in three."""
    d0 = _inb_date(c, rng)
    sh = c.new_sheet()
    W = c.page_w
    _duo_head(sh, c)
    a1, a2 = addr(c.p)
    for i, s in enumerate([f"{'De heer' if c.p.sex == 'M' else 'Mevrouw'} {c.p.given_names[0]}. {c.p.surname}", a1,
                           a2]):
        tx(sh, 20, 50 + i * 5, s, f=HLV, pt=10)
    for i, (a, v) in enumerate([("Datum", dl(d0, "nl")), ("Ons kenmerk", f"ONTH-{crc(c.vnr) % 900000 + 100000}"),
                                ("V-nummer", c.vnr)]):
        tx(sh, W - 62, 46 + i * 9, a, f=HLV_B, pt=7.4, c=ROYAL)
        tx(sh, W - 62, 49.6 + i * 9, v, f=HLV, pt=9.2)
    tx(sh, 20, 84, "Onderwerp: uw verzoek om ontheffing van de inburgeringsplicht", f=HLV_B, pt=10)
    y = para(sh, 20, 94, W - 40, f"Geachte {'heer' if c.p.sex == 'M' else 'mevrouw'} {c.p.surname},\n\nU hebt gevraagd "
             "om ontheffing van de inburgeringsplicht. Wij hebben uw verzoek en het advies van de keuringsarts "
             "beoordeeld.", f=HLV, pt=10, lead=1.45) + 4
    y = para(sh, 20, y, W - 40, "Besluit: u krijgt ontheffing van de inburgeringsplicht. U hoeft geen "
             "inburgeringsexamen meer te doen.", f=HLV_B, pt=10.5, lead=1.45) + 4
    for s in ["De keuringsarts heeft vastgesteld dat u door een blijvende medische beperking niet aan de "
              "inburgeringsplicht kunt voldoen.", "Deze ontheffing geldt voor onbepaalde tijd."]:
        tx(sh, 22, y, "•", f=HLV, pt=10)
        y = para(sh, 27, y, W - 47, s, f=HLV, pt=10, lead=1.45) + 2
    box(sh, 20, c.page_h - 50, W - 40, 18, lw=0.2, c=SOFT)
    para(sh, 23, c.page_h - 48, W - 46, "Bent u het niet eens met dit besluit? Dan kunt u binnen 6 weken na de datum "
         "van deze brief bezwaar maken bij DUO.", f=HLV_I, pt=8.8, lead=1.35, c=GREY)
    return [trifold(c.intr(sh), rng)]


def duo_results(c: Case, rng: random.Random, *, failed: bool = False, **_) -> list[Sheet]:
    """DUO's letter with the civic-integration exam results ('Uitslag inburgeringsexamen'): the ministry's band at
    the top centre, a table of the exam parts with the exam date, the score, the score needed and a 'gehaald' /
    'niet gehaald' column, a closing sentence on the diploma or on a re-sit; with the V-number in the reference
    column."""
    d0 = _inb_date(c, rng)
    sh = c.new_sheet()
    W = c.page_w
    _duo_head(sh, c)
    a1, a2 = addr(c.p)
    for i, s in enumerate([f"{c.p.given_names} {c.p.surname}", a1, a2]):
        tx(sh, 20, 50 + i * 5, s, f=HLV, pt=10)
    for i, (a, v) in enumerate([("Datum", dl(d0, "nl")), ("V-nummer", c.vnr)]):
        tx(sh, W - 62, 46 + i * 9, a, f=HLV_B, pt=7.4, c=ROYAL)
        tx(sh, W - 62, 49.6 + i * 9, v, f=HLV, pt=9.2)
    tx(sh, 20, 80, "Uitslag inburgeringsexamen", f=HLV_B, pt=12)
    parts = ["Lezen", "Luisteren", "Schrijven", "Spreken", "Kennis Nederlandse Maatschappij"]
    bad = random.Random(c.rng_seed + 7).randrange(len(parts)) if failed else -1
    y = 92.0
    for x, h in zip((20, 90, 122, 146, 168), ("Onderdeel", "Examendatum", "Score", "Nodig", "Uitslag")):
        tx(sh, x, y, h, f=HLV_B, pt=9)
    hline(sh, 20, W - 20, y + 5, lw=0.35)
    y += 8
    r = random.Random(c.rng_seed + 8)
    for i, p_ in enumerate(parts):
        need = 28 if i < 4 else 24
        score = r.randint(need - 9, need - 2) if i == bad else r.randint(need + 1, need + 12)
        tx(sh, 20, y, p_, f=HLV, pt=9.6)
        tx(sh, 90, y, dn(d0 - dt.timedelta(days=r.randint(20, 120)), "-"), f=HLV, pt=9.6)
        tx(sh, 122, y, str(score), f=HLV, pt=9.6)
        tx(sh, 146, y, str(need), f=HLV, pt=9.6)
        tx(sh, 168, y, "niet gehaald" if i == bad else "gehaald", f=HLV_B, pt=9.6)
        y += 7
    y += 8
    para(sh, 20, y, W - 40, ("U hebt niet alle onderdelen gehaald. U kunt het onderdeel dat u niet hebt gehaald opnieuw "
                             "doen. U hebt nog geen diploma.") if failed else
         "U hebt alle onderdelen gehaald. U ontvangt uw diploma inburgering apart per post.", f=HLV, pt=10, lead=1.45)
    return [c.intr(sh)]


CIVIC = [("duo-diploma-liggend-golfrand-groen-naam-cursief-drie-cellen-45", "diploma"),
         ("duo-ontheffing-besluit-vet-opsommingstekens-bezwaarkader-in-drieen-45", "exemption"),
         ("duo-uitslag-tabel-score-nodig-gehaald-45", "results")]
_r(CIVIC[0][0], "civic-integration", "nl", duo_diploma, "landscape civic-integration diploma with a wave border")
_r(CIVIC[1][0], "civic-integration", "nl", duo_exemption, "DUO exemption decision with bullet reasons, folded")
_r(CIVIC[2][0], "civic-integration", "nl", duo_results, "DUO exam results table")


# =========================================================================== other: cover letter, IND letters, MVV

GROUNDS = ["Cliënt verblijft in Nederland.",
           "Er bestaat geen twijfel over de identiteit en nationaliteit van cliënt, ook niet bij de autoriteiten van het "
           "land van herkomst.",
           "Cliënt kan alleen een (nieuw) paspoort krijgen door zelf naar het land van herkomst te reizen.",
           "Als de behandeling stopt, ontstaat voor cliënt een medische noodsituatie.",
           "Cliënt kan in het land van herkomst niet (tijdig) worden behandeld of heeft daar geen toegang tot de "
           "behandeling."]

PROC = {"ind-medical-treatment": "een verblijfsvergunning voor medische behandeling",
        "ind-hnt-continued": "een verblijfsvergunning voortgezet verblijf (humanitair niet-tijdelijk)",
        "ind-generic": "verlenging van de verblijfsvergunning regulier"}


def cover_letter(c: Case, rng: random.Random, *, enclosures: list[str] | None = None, **_) -> list[Sheet]:
    """The lawyer's cover letter in Bookman: the firm's name with a thin vertical rule at the LEFT margin running
    the page's height, IND's address at the left, 'Uw V-nummer' and 'Ons dossier' as bold lines above the subject,
    the exemption grounds (if no passport) as a numbered list with each ground on its own line, the enclosures as
    a numbered list; 'Hoogachtend,' with the signature and then the lawyer's name and 'advocaat' on one line."""
    lw = c.lawyer or dict(firm="Rechtsbijstand Noord", street="Oude Ebbingestraat 10", pc="9712 HA", city="Groningen",
                          tel="050", mail="info@rechtsbijstandnoord.nl")
    sh = c.new_sheet()
    W = c.page_w
    sh.rule(14, 10, 14, c.page_h - 10, width_mm=0.4, color=(120, 30, 40))
    tx(sh, 20, 12, lw["firm"], f=BK_B, pt=11)
    tx(sh, 20, 17.5, f"{lw['street']}, {lw['pc']} {lw['city']} · {lw['mail']}", f=BK, pt=7.8, c=GREY)
    for i, s in enumerate(_ind.IND_ADDRESSES[rng.randrange(len(_ind.IND_ADDRESSES))].split("\n")):
        tx(sh, 20, 40 + i * 5, s, f=BK, pt=10)
    d0 = c.sub - dt.timedelta(days=rng.randint(0, 3))
    tx(sh, W - 20, 62, f"{lw['city']}, {dl(d0, 'nl')}", f=BK, pt=10, a="right")
    tx(sh, 20, 74, f"Uw V-nummer: {c.vnr}", f=BK_B, pt=9.8)
    tx(sh, 20, 79, f"Ons dossier: {d0.year}-{random.Random(crc('cov45', c.rng_seed)).randint(1000, 9999)}",
       f=BK_B, pt=9.8)
    tx(sh, 20, 88, f"Betreft: {c.p.given_names} {c.p.surname}, geboren {dn(c.p.birth_date, '-')}, {nat_nl(c.p)} "
       f"nationaliteit", f=BK_I, pt=9.8)
    y = 98.0
    txts = ["Geachte heer, mevrouw,",
            f"Hierbij dien ik namens mijn cliënt{'e' if c.p.sex == 'F' else ''} een aanvraag in voor {PROC[c.procedure]}. "
            f"Het ingevulde en ondertekende formulier en de bewijsstukken zijn bijgevoegd."]
    if c.procedure == "ind-medical-treatment" and c.art64_end:
        txts.append(f"Aan cliënt is uitstel van vertrek verleend op grond van artikel 64 Vreemdelingenwet; dat jaar "
                    f"eindigt op {dl(c.art64_end, 'nl')}. Cliënt is nog altijd onder behandeling voor "
                    f"{c.med.get('dx', 'de aandoening')}. De voorwaarden van middelen en betaling zijn daarom niet van "
                    f"toepassing.")
    if c.procedure == "ind-hnt-continued" and c.since:
        txts.append(f"Cliënt heeft sinds {dl(c.since, 'nl')} een verblijfsvergunning met het doel "
                    f"'{dict(ROUTES).get(c.route, c.route or '')}'.")
    if c.suriname_visa:
        txts.append("Cliënt heeft de Surinaamse nationaliteit en verblijft hier met een visum voor medische behandeling "
                    "(kopie bijgevoegd). De behandeling is nog altijd nodig en de betaling is geregeld.")
    for t in txts:
        y = para(sh, 20, y, W - 40, t, f=BK, pt=9.8, lead=1.45) + 3.5
    if c.no_passport:
        y = para(sh, 20, y, W - 40, "Cliënt beschikt niet over een geldig paspoort. Ik verzoek u vrijstelling te "
                 "verlenen van het paspoortvereiste, op de volgende gronden:", f=BK, pt=9.8, lead=1.45) + 2
        for n, i in enumerate(c.exemption_shown, 1):
            tx(sh, 24, y, f"{n}.", f=BK, pt=9.8)
            y = para(sh, 31, y, W - 51, GROUNDS[i], f=BK, pt=9.8, lead=1.4) + 1.5
        y += 3
    if enclosures:
        tx(sh, 20, y, "Bijlagen:", f=BK_B, pt=9.8)
        y += 5.5
        for n, e in enumerate(enclosures, 1):
            tx(sh, 24, y, f"{n}. {e}", f=BK, pt=9.2)
            y += 4.8
        y += 4
    tx(sh, 20, y, "Hoogachtend,", f=BK, pt=9.8)
    autograph(sh, 22, y + 4, rng, c=rng.choice([PEN_BLUE, PEN_BLACK]))
    tx(sh, 20, y + 20, f"{c.lawyer_name or 'mr. R. Postma'}, advocaat", f=BK, pt=9.8)
    return [c.intr(sh)]


def _ind_head(sh: Sheet, c: Case, d0: D) -> float:
    W = c.page_w
    band(sh, W / 2 - 4, 0, 8, 24, ROYAL)
    tx(sh, W / 2 + 7, 9, "Ministerie van Asiel en Migratie", f=DV, pt=8.4, c=INK)
    tx(sh, W / 2 + 7, 13.5, "Immigratie- en Naturalisatiedienst", f=DV_O, pt=8.2, c=GREY)
    p = c.p
    a1, a2 = addr(p)
    tx(sh, 20, 44, "Retouradres Postbus 17, 9560 AA Ter Apel", f=DV, pt=6.8, c=GREY)
    for i, s in enumerate([f"{'De heer' if p.sex == 'M' else 'Mevrouw'} {p.given_names[0]}. {p.surname}", a1, a2]):
        tx(sh, 20, 50 + i * 5, s, f=DV, pt=9.6)
    r = random.Random(crc("indref45", c.rng_seed, d0))
    for i, (a, b) in enumerate([("Datum", dl(d0, "nl")), ("Kenmerk", f"{r.randint(1000000, 9999999)}"),
                                ("V-nummer", c.vnr)]):
        tx(sh, W - 60, 44 + i * 8.5, a, f=DV_B, pt=7.2, c=ROYAL)
        tx(sh, W - 60, 47.6 + i * 8.5, b, f=DV, pt=9)
    return 88.0


def art64_decision(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The IND's decision granting one year of 'uitstel van vertrek' (art. 64 Vw): the government band at the top
    centre, a reference column at the right with the V-number, the period as a sentence in bold, a numbered list
    of what it means for the applicant (no permit, may stay, apply within 28 days around the end); no signature
    (the minister's printed line)."""
    end = c.art64_end or (c.since - dt.timedelta(days=1) if c.since else c.sub + dt.timedelta(days=14))
    start = _ind.add_years(end, -1) + dt.timedelta(days=1)
    d0 = start + dt.timedelta(days=rng.randint(3, 25))
    sh = c.new_sheet()
    W = c.page_w
    y = _ind_head(sh, c, d0)
    tx(sh, 20, y, "Onderwerp: beslissing uitstel van vertrek (artikel 64 Vreemdelingenwet)", f=DV_B, pt=9.8)
    y = para(sh, 20, y + 9, W - 40, f"Geachte {'heer' if c.p.sex == 'M' else 'mevrouw'} {c.p.surname},\n\nU hebt "
             "gevraagd om uitstel van vertrek omdat u om medische redenen niet kunt reizen. Het Bureau Medische "
             "Advisering (BMA) heeft ons geadviseerd. Wij hebben besloten:", f=DV, pt=9.8, lead=1.45) + 3
    y = para(sh, 20, y, W - 40, f"U krijgt uitstel van vertrek van {dl(start, 'nl')} tot en met {dl(end, 'nl')}.",
             f=DV_B, pt=10.5, lead=1.45) + 5
    for i, s in enumerate(["U hebt geen verblijfsvergunning, maar u mag in deze periode in Nederland blijven.",
                           "Wilt u daarna in Nederland blijven voor uw behandeling? Vraag dan een verblijfsvergunning "
                           "voor medische behandeling aan. Doe dat tussen 28 dagen voor en 28 dagen na de einddatum.",
                           "Verandert uw medische situatie? Meld dat dan aan de IND."], 1):
        tx(sh, 22, y, f"{i}.", f=DV, pt=9.8)
        y = para(sh, 28, y, W - 48, s, f=DV, pt=9.8, lead=1.45) + 2
    y += 6
    tx(sh, 20, y, "De minister van Asiel en Migratie,", f=DV, pt=9.8)
    tx(sh, 20, y + 5, "namens deze: de Immigratie- en Naturalisatiedienst", f=DV, pt=9.8)
    return [c.intr(sh)]


def permit_decision(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The IND's earlier decision granting the permit that a 7027 application continues: the same letter frame,
    the decision as a framed box ('Beslissing: ... verblijfsvergunning ... met ingang van ...'), the card
    collection note; printed signature line."""
    since = c.since or D(2021, 4, 1)
    d0 = since + dt.timedelta(days=rng.randint(5, 40))
    sh = c.new_sheet()
    W = c.page_w
    y = _ind_head(sh, c, d0)
    purpose = dict(ROUTES).get(c.route or "", "regulier bepaalde tijd")
    tx(sh, 20, y, "Onderwerp: beslissing op uw aanvraag verblijfsvergunning", f=DV_B, pt=9.8)
    y = para(sh, 20, y + 9, W - 40, f"Geachte {'heer' if c.p.sex == 'M' else 'mevrouw'} {c.p.surname},\n\nWij hebben "
             "uw aanvraag beoordeeld.", f=DV, pt=9.8, lead=1.45) + 4
    box(sh, 20, y, W - 40, 20, lw=0.4, c=ROYAL)
    para(sh, 24, y + 3, W - 48, f"Beslissing: u krijgt een verblijfsvergunning met het verblijfsdoel '{purpose}', met "
         f"ingang van {dl(since, 'nl')}.", f=DV_B, pt=10, lead=1.45)
    y += 28
    y = para(sh, 20, y, W - 40, "U krijgt een uitnodiging om uw verblijfsdocument op te halen. Neem uw paspoort en "
             "deze brief mee naar het IND-loket.", f=DV, pt=9.8, lead=1.45) + 8
    tx(sh, 20, y, "Met vriendelijke groet,", f=DV, pt=9.8)
    tx(sh, 20, y + 5, "namens de minister, de Immigratie- en Naturalisatiedienst", f=DV, pt=9.8)
    return [c.intr(sh)]


def mvv_page(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The passport page with the Dutch MVV sticker (type D, 'MVV - medische behandeling') of a Surinamese
    applicant: the page copied in the upper LEFT quarter of the sheet with the facing page's edge, the sticker
    with its pink guilloché and the visa MRZ, a Schiphol entry stamp overlapping the sticker's top edge, and the
    client's note 'visum' on a sticky note beside it."""
    sh = c.new_sheet()
    x0, y0, pw, ph = 16.0, 24.0, 126.0, 88.0
    box(sh, x0 - 2, y0 - 2, pw + 4, ph + 4, lw=0.2, c=SOFT)
    sh.image(x0, y0, pw, ph - 2, waves(pw, ph - 2, rng, (246, 232, 240), (226, 196, 214), k=6))
    box(sh, x0, y0, pw, ph - 2, lw=0.3, c=(120, 70, 100))
    tx(sh, x0 + 4, y0 + 3, "VISUM", f=HLV_B, pt=9.5, c=(90, 40, 70))
    tx(sh, x0 + pw - 4, y0 + 3, "KONINKRIJK DER NEDERLANDEN", f=HLV_B, pt=7, c=(90, 40, 70), a="right")
    start = c.sub - dt.timedelta(days=rng.randint(170, 215))
    end = start + dt.timedelta(days=180)
    r = random.Random(crc("pp45", c.rng_seed))
    pno = "R" + "".join(str(r.randint(0, 9)) for _ in range(6)) + r.choice("CDEFGH")
    rows = [("GELDIG VOOR", "SCHENGEN"), ("VAN", dn(start, "-")), ("TOT", dn(end, "-")), ("TYPE", "D - MVV"),
            ("AFGEGEVEN TE", "PARAMARIBO"), ("PASPOORT", pno),
            ("NAAM", f"{c.p.surname.upper()}, {c.p.given_names.upper()}"), ("OPMERKINGEN", "MEDISCHE BEHANDELING")]
    yy = y0 + 10
    for i, (a, b) in enumerate(rows):
        x = x0 + 4 + (i % 2) * 56
        tx(sh, x, yy, a, f=HLV, pt=5.6, c=GREY)
        tx(sh, x, yy + 2.3, b, f=HLV_B, pt=fitpt(b, 52, HLV_B, 7.6))
        if i % 2:
            yy += 9
    sh.photo(x0 + pw - 27, y0 + 44, 22, 28, rng)
    lines = td3(issuing="NLD", surname=c.p.surname, given=c.p.given_names, number=pno, nationality="SUR",
                birth_date=c.p.birth_date, sex=c.p.sex, expiry=end, doc_type="V<")
    mrz(sh, x0 + 4, y0 + ph - 13.5, lines, pitch=2.45)
    inkstamp(sh, x0 + 60, y0 - 10, ["KMAR SCHIPHOL", dn(start + dt.timedelta(days=2), "-"), "INREIS"], rng,
             shape="rect", c=ST_GREEN, mm=32)
    sticky(sh, x0 + pw + 10, y0 + 20, ["visum", "MVV"], rng)
    return [sh]


_r("cover-letter-bookman-rode-kantlijn-vnummer-vet-boven-onderwerp-genummerde-gronden-45", "other", "nl",
   cover_letter, "lawyer's cover letter with a red margin rule, numbered grounds and enclosures")
_r("art64-decision-midden-band-genummerde-gevolgen-geen-handtekening-45", "other", "nl", art64_decision,
   "IND art. 64 decision with numbered consequences")
_r("permit-letter-beslissing-in-kader-midden-band-45", "other", "nl", permit_decision,
   "IND decision on the earlier permit, decision framed")
_r("mvv-sticker-sur-linkerbovenkwart-roze-guilloche-kmar-stempel-geeltje-45", "other", "nl", mvv_page,
   "MVV sticker page of a Surinamese passport in the upper left quarter")


# =========================================================================== the part's IND dossiers

class FortyfifthBuilder(_ind.PartBuilder):
    """ind.PartBuilder for this part: it answers the places where PartBuilder names one family per part, and lets
    the generic plans' Spanish-language birth act be this part's Ukrainian one."""

    def new(self, name: str, proc: str, *, born_for: str | None = None, **kw) -> _ind.Dossier:
        if born_for == "es":
            born_for = "uk"
        return super().new(name, proc, born_for=born_for, **kw)

    def civic_for(self, rng: random.Random, kind: str | None = None) -> tuple[str, str]:
        if kind:
            return next(o for o in CIVIC if o[1] == kind)
        return rng.choice(CIVIC[:2])

    def d_a4(self, name, proc, variant):
        if variant != "letter-digital":
            return super().d_a4(name, proc, variant)
        D_ = self.new(name, proc)
        D_.c.insurer_intl = dict(name="Great Lakes Mutual Health Assurance Inc.", short="Great Lakes",
                                 addr="400 Michigan Avenue, Suite 1700, Chicago, IL 60611, USA", color=(20, 60, 110),
                                 logo="cross", plan="Global Citizen Health Plan")
        self.compose_med(D_, skip={"insurance"})
        D_.c.__dict__["_ins_name"] = D_.c.insurer_intl["name"]
        D_.c.page_w, D_.c.page_h = LETTER
        doc = D_.add(CERT, kind="digital", label="Great Lakes certificate of insurance")
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
        D_.defect = _defect("IND-HNT-INBURGERING", "only DUO's results letter, with one exam part not passed: no "
                                                   "diploma and no exemption")
        self.finish(D_, clean=False)


DEFECT_PLAN = [("a4", "ind-medical-treatment", "letter-digital"), ("a4", "ind-generic", "letter-scan"),
               ("blank", "ind-medical-treatment", "duplex-form"), ("blank", "ind-hnt-continued", "one-blank"),
               ("blank", "ind-generic", "duplex-all"),
               ("vnum", "ind-hnt-continued", "missing"), ("vnum", "ind-medical-treatment", "missing"),
               ("vnum", "ind-generic", "other"), ("vnum", "ind-medical-treatment", "other"),
               ("media", "ind-hnt-continued", "mp4"), ("media", "ind-medical-treatment", "attach"),
               ("media", "ind-generic", "mp3"),
               ("legible", "ind-medical-treatment", "72dpi"), ("legible", "ind-generic", "faint"),
               ("legible", "ind-hnt-continued", "cut"),
               ("translation", "ind-hnt-continued", "uk"), ("translation", "ind-generic", "tr"),
               ("meddocs", "ind-medical-treatment", "insurance"), ("meddocs", "ind-medical-treatment", "medical"),
               ("meddocs", "ind-medical-treatment", "care"), ("meddocs", "ind-medical-treatment", "income"),
               ("exemption", "ind-medical-treatment", (1, 2, 4)), ("exemption", "ind-medical-treatment", (0, 3)),
               ("art64", "ind-medical-treatment", 31), ("art64", "ind-medical-treatment", -40),
               ("duration", "ind-hnt-continued", "relationship"), ("duration", "ind-hnt-continued", "medical-treatment"),
               ("duration", "ind-hnt-continued", "parent"),
               ("continues", "ind-hnt-continued", "short"), ("continues", "ind-hnt-continued", "missing"),
               ("inburg", "ind-hnt-continued", "failed"), ("inburg", "ind-hnt-continued", "missing"),
               ("idsuff", "ind-hnt-continued", "permit-only"), ("idsuff", "ind-hnt-continued", "none"),
               ("mrz", "ind-hnt-continued", "name"), ("mrz", "ind-medical-treatment", "check"),
               ("expired", "ind-medical-treatment", None), ("expired", "ind-hnt-continued", None),
               ("suriname", "ind-medical-treatment", None), ("suriname", "ind-medical-treatment", None)]

CLEAN_PLAN = dict(med=[None, 12, None, -27, None, None, None, 3, None, None],
                  hnt=[("relationship", 60, "diploma", False), ("medical-treatment", 40, None, True),
                       ("parent", 25, None, False), ("relationship", 110, "exemption", False),
                       ("domestic-violence", 70, None, False), ("trafficking-victim", 90, None, False),
                       ("medical-treatment-after-art64", 55, None, False), ("buiten-schuld", 30, None, True),
                       ("relationship", 200, "diploma", False), ("trafficking-victim-no-report", 45, None, False)],
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
    b = FortyfifthBuilder(PART, Path(out_root))
    getattr(b, method)(*a, **kw)
    return b.truths, b.skipped


def build_part(out_root: Path, *, jobs: int | None = None) -> list[dict]:
    """Write every IND dossier of this part under out_root/fortyfifth/ and return their truth dicts.  Each dossier is
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
