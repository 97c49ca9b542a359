"""IND families of the `thirtyninth` part (registered in ind.FAMILIES).

Written after dev, heldout and the parts fresh to thirty-eighth had been read, by a writer who saw neither the
validator nor its output, from the seeds (000, 001, 002), rules.md and how such papers look in Dutch files.  Each
family's layout, wording and copy habits are described in its function's docstring and its registration note (the
part is read blind).  Content helpers of ind.py (dates, durations, employers, insurers) are reused; the layouts are
new.
"""

from __future__ import annotations

import datetime as dt
import random

from .ind import (
    EXEMPTION_TEXT,
    GENERIC_PURPOSES,
    PROC_NL,
    ROUTES_7027,
    Case,
    _care_dates,
    _emp,
    _guarantor_facts,
    _inb_date,
    _not_available,
    _payer_phrase,
    _policy_no,
    _treat_start,
    add_months,
    country_nl,
    duration_phrase,
    earner,
    eur,
    iban_fmt,
    nat_nl,
    pay_calc,
    seed_of,
    title_nl,
)
from .paper import Sheet
from .people import make_professional
from .thirtyninth_identity import (
    _P,
    _T,
    BLOCK,
    CAL,
    CAL_B,
    CAL_I,
    DSER,
    DSER_B,
    FSANS,
    FSANS_B,
    FSER,
    FSER_B,
    FSER_I,
    GOTH,
    GOTH_B,
    GREY,
    INK,
    INK_K,
    LMONO,
    LMONO_B,
    LSER,
    LSER_B,
    PAL,
    PAL_B,
    PAL_I,
    ST_BLUE,
    ST_GREEN,
    ST_VIOLET,
    THIN,
    crooked,
    d_dash,
    d_nl,
    staple,
    yellowed,
)
from .twentyeighth_identity import barcode as bars
from .twentyeighth_identity import fit, glyphs, paste, qr, sheet_of, wrap

PART = "thirtyninth"
TEAL = (0, 96, 110)
DUO = (0, 70, 140)


def _r(id_, type_, lang, fn, notes, **bound):
    from .ind import _reg

    _reg(id_, type_, PART, lang, fn, notes, **bound)


def _who(c: Case, key: str) -> str:
    r = random.Random(seed_of(key, c.rng_seed, "39"))
    g, s, _ = make_professional(r, "NL")
    return f"{g} {s}"


def _name(c: Case, p=None) -> str:
    p = p or c.p
    return f"{title_nl(p).capitalize()} {p.given_names} {p.surname}"


def _addr(c: Case, p=None) -> list[str]:
    p = p or c.p
    a = p.address or c.p.address
    if not a:
        return []
    return [f"{a.street} {a.number}", f"{a.postcode} {a.city}"]


def _sheet(c: Case) -> Sheet:
    return c.new_sheet()


def _keep(c: Case, img) -> Sheet:
    """A rendered page back on a sheet of the dossier's page size."""
    return sheet_of(img, c.page_w, c.page_h)


# =========================================================================== IND application forms


class _F:
    """The IND forms as this part's writer saw them: a teal rule across the top with 'IND' in spaced capitals and
    the form's title under it in URW Gothic; the V-number printed in a framed box at the upper RIGHT of every page
    (typed, or written by hand in felt-tip capitals when the form was filled in on paper); questions in two
    columns of a table (question left in grey cells, answer right in white cells); options as round radio
    circles, the chosen one filled; 'blad n van N' at the foot."""

    def __init__(self, c: Case, rng: random.Random, title: str, code: str, pages: int):
        self.c, self.rng, self.title, self.code, self.pages = c, rng, title, code, pages
        self.sheets: list[Sheet] = []
        self.hand = c.fill == "hand"
        self.ink = rng.choice([INK, INK_K])
        self.new_page()

    def new_page(self):
        c = self.c
        sh = c.new_sheet()
        n = len(self.sheets) + 1
        sh.rule(15, 10, 195, 10, width_mm=1.2, color=TEAL)
        _T(sh, 15, 13, "I N D", font=GOTH_B, size=13, color=TEAL)
        _T(sh, 15, 20, self.title if n == 1 else self.title[:80], font=GOTH_B if n == 1 else GOTH,
           size=10.5 if n == 1 else 8.5)
        _T(sh, 15, 26, self.code, font=GOTH, size=7.5, color=GREY)
        sh.rect(148, 13, 47, 12, width_mm=0.4)
        _T(sh, 150, 14, "V-nummer", font=GOTH, size=7, color=GREY)
        if self.hand:
            sh.handwriting(150, 17.2, c.vnr, self.rng, size_pt=12, color=self.ink, font=BLOCK)
        else:
            _T(sh, 150, 18.5, c.vnr, font=LMONO_B, size=11)
        _T(sh, 105, c.page_h - 12, f"blad {n} van {self.pages}", font=GOTH, size=8, anchor="center", color=GREY)
        self.sheets.append(c.intr(sh))
        self.sh = sh
        self.y = 34

    def section(self, t: str):
        self.y += 2
        self.sh.rect(15, self.y, 180, 7, width_mm=0, fill=TEAL)
        _T(self.sh, 17, self.y + 1.4, t, font=GOTH_B, size=10, color=(255, 255, 255))
        self.y += 9

    def _val(self, x, y, s, w):
        if not s:
            return
        if self.hand:
            s2 = glyphs(str(s).upper(), BLOCK)
            size = 12.0
            while size > 7.5 and self.sh.text_width(s2, font=BLOCK, size_pt=size) * 1.15 > w:
                size -= 0.5
            self.sh.handwriting(x, y - 1.4, s2, self.rng, size_pt=size, color=self.ink, font=BLOCK)
        else:
            v = glyphs(str(s), LMONO)
            self.sh.text(x, y, v, font=LMONO, size_pt=fit(v, LMONO, 9.6, w))

    def field(self, label: str, value: str):
        lines = wrap(label, 68, GOTH, 8.6)
        h = max(9, 3.8 * len(lines) + 3)
        self.sh.rect(15, self.y, 74, h, width_mm=0.2, color=(160, 160, 160), fill=(234, 240, 240))
        self.sh.rect(89, self.y, 106, h, width_mm=0.2, color=(160, 160, 160))
        for k, ln in enumerate(lines):
            _T(self.sh, 17, self.y + 1.5 + k * 3.8, ln, font=GOTH, size=8.6)
        self._val(91, self.y + 2, value, 101)
        self.y += h

    def choice(self, label: str, opts: list[str], chosen: set[int]):
        h = 5 + 5.5 * len(opts)
        self.sh.rect(15, self.y, 74, h, width_mm=0.2, color=(160, 160, 160), fill=(234, 240, 240))
        self.sh.rect(89, self.y, 106, h, width_mm=0.2, color=(160, 160, 160))
        for k, ln in enumerate(wrap(label, 68, GOTH, 8.6)[:3]):
            _T(self.sh, 17, self.y + 1.5 + k * 3.8, ln, font=GOTH, size=8.6)
        yy = self.y + 2.5
        for i, o in enumerate(opts):
            cx, cy = 93, yy + 1.8
            self.sh.rect(cx - 1.8, cy - 1.8, 3.6, 3.6, width_mm=0.25)
            if i in chosen:
                if self.hand:
                    self.sh.handwriting(cx - 1.6, cy - 2.6, "x", self.rng, size_pt=10, color=self.ink, font=THIN)
                else:
                    self.sh.rect(cx - 1.0, cy - 1.0, 2.0, 2.0, width_mm=0, fill=(0, 0, 0))
            oo = glyphs(o, GOTH)
            self.sh.text(97, yy, oo, font=GOTH, size_pt=fit(oo, GOTH, 8.6, 96))
            yy += 5.5
        self.y += h

    def sign(self):
        c, sh = self.c, self.sh
        self.section("Ondertekening")
        _P(sh, 17, self.y, 176, "Ik verklaar dat ik dit formulier naar waarheid en volledig heb ingevuld.", font=GOTH,
           size=8.8)
        self.y += 7
        d0 = c.sub - dt.timedelta(days=self.rng.randint(1, 6))
        self.field("Plaats", c.p.address.city if c.p.address else "Den Haag")
        self.field("Datum", d_dash(d0))
        self.sh.rect(15, self.y, 74, 22, width_mm=0.2, color=(160, 160, 160), fill=(234, 240, 240))
        self.sh.rect(89, self.y, 106, 22, width_mm=0.2, color=(160, 160, 160))
        _T(sh, 17, self.y + 1.5, "Handtekening aanvrager", font=GOTH, size=8.6)
        sh.signature(96, self.y + 3, 54, 16, self.rng, color=self.ink)
        self.y += 24


def _personal(f: _F, c: Case):
    p = c.p
    f.section("1  Persoonsgegevens")
    f.field("Achternaam", p.surname)
    f.field("Voornamen (volledig)", p.given_names)
    f.field("Geboortedatum", p.birth_date.strftime("%d-%m-%Y"))
    f.field("Geboorteplaats", p.birth_place)
    f.field("Geboorteland", country_nl(p))
    f.field("Nationaliteit", nat_nl(p))
    f.choice("Geslacht", ["man", "vrouw"], {0 if p.sex == "M" else 1})
    if p.address:
        f.field("Straat en huisnummer", f"{p.address.street} {p.address.number}")
        f.field("Postcode en woonplaats", f"{p.address.postcode} {p.address.city}")
    if c.lawyer:
        f.section("2  Gemachtigde")
        f.field("Naam advocaat", c.lawyer_name)
        f.field("Kantoor en plaats", f"{c.lawyer['firm']}, {c.lawyer['city']}")


def form_med(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _F(c, rng, "Aanvraag verblijfsvergunning regulier – medische behandeling", "formulier MB-39 · versie 2025-2",
           2)
    _personal(f, c)
    f.new_page()
    f.section("3  Medische behandeling")
    f.field("Zorginstelling (naam)", c.hospital.get("name", ""))
    f.field("Plaats zorginstelling", c.hospital.get("city", ""))
    f.field("Soort behandeling", c.med.get("tx_short", ""))
    f.choice("Had u 1 jaar of langer uitstel van vertrek op grond van artikel 64 Vw?", ["nee", "ja"],
             {1 if c.art64_end else 0})
    if c.art64_end:
        f.field("Uitstel van vertrek eindigt op", c.art64_end.strftime("%d-%m-%Y"))
    else:
        f.choice("Wie betaalt de kosten van verblijf en behandeling?", ["ikzelf", "een garantsteller"],
                 {1 if c.payer else 0})
    f.choice("Beschikt u over een geldig paspoort?", ["ja, een kopie zit bij de aanvraag",
                                                      "nee, zie de toelichting van mijn advocaat"],
             {1 if c.no_passport else 0})
    f.choice("Bent u Surinamer met een visum voor medische behandeling?", ["nee", "ja"],
             {1 if c.suriname_visa else 0})
    f.sign()
    return f.sheets


def form_7027(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _F(c, rng, "Aanvraag verblijfsvergunning voortgezet verblijf (humanitair niet-tijdelijk) – 7027",
           "formulier 7027 · versie 2025-1", 2)
    _personal(f, c)
    f.new_page()
    f.section("3  Uw vorige verblijfsvergunning")
    keys = [k for k, _ in ROUTES_7027]
    f.choice("Verblijfsdoel van uw vergunning", [t for _, t in ROUTES_7027],
             {keys.index(c.route)} if c.route in keys else set())
    f.field("Vergunning sinds (datum)", c.since.strftime("%d-%m-%Y") if c.since else "")
    if c.route == "relationship":
        f.choice("Hebt u voldaan aan de inburgeringsplicht?", ["ja, diploma", "ontheffing of vrijstelling", "nee"],
                 {0} if c.inburgering in ("diploma", "results") else ({1} if c.inburgering == "exemption" else {2}))
    if c.route and c.route.startswith("medical"):
        f.choice("Duurt de behandeling nog ten minste een jaar?", ["ja, verklaring bijgevoegd", "nee"], {0})
    f.sign()
    return f.sheets


def form_generic(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _F(c, rng, "Aanvraag verlenging verblijfsvergunning regulier bepaalde tijd", "formulier VV-39 · versie 2025-3",
           2)
    _personal(f, c)
    f.new_page()
    f.section("3  Huidige vergunning")
    r = random.Random(c.rng_seed)
    f.field("Verblijfsdoel", GENERIC_PURPOSES[r.randrange(len(GENERIC_PURPOSES))])
    f.field("Einddatum huidige vergunning", (c.sub + dt.timedelta(days=r.randint(20, 80))).strftime("%d-%m-%Y"))
    f.choice("Zijn er wijzigingen in uw situatie?", ["nee", "ja (zie bijlage)"], {0})
    f.sign()
    return f.sheets


_r("ind-form-med-teal-kopregel-vnummer-kader-rechtsboven-tabelvragen-rondjes-39", "application", "nl", form_med,
   "medical-treatment form: teal top rule, V-number box upper right, questions in a two-column table, radio circles")
_r("ind-form-7027-teal-kopregel-vnummer-kader-rechtsboven-tabelvragen-rondjes-39", "application", "nl", form_7027,
   "form 7027 in the same print")
_r("ind-form-generic-teal-kopregel-vnummer-kader-rechtsboven-tabelvragen-rondjes-39", "application", "nl",
   form_generic, "regular extension form in the same print")


# =========================================================================== income


def payslip(c: Case, rng: random.Random, *, month: int = 11, **_) -> list[Sheet]:
    """A cleaning company's 'salarisspecificatie' printed on a pre-printed form with a pale blue tint: employer at
    the upper LEFT in FreeSans bold, the employee's name and address in the window position at the RIGHT, the
    period and the tax data in a row of small boxes, the components in three columns (omschrijving | eenheden |
    bedrag) with dotted separators, the net in a double-ruled line; copied crooked with a staple."""
    e = _emp(c, rng)
    g = earner(c)
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    sh = _sheet(c)
    sh.rect(0, 0, c.page_w, c.page_h, width_mm=0, fill=(240, 246, 252))
    _T(sh, 18, 14, e["name"], font=FSANS_B, size=12)
    _T(sh, 18, 19.5, f"{e['street']}, {e['pc']} {e['city']}", font=FSANS, size=8.5, color=GREY)
    for i, t in enumerate([f"{g.given_names} {g.surname}"] + _addr(c, g)):
        _T(sh, 118, 34 + i * 5, t, font=FSANS, size=10)
    _T(sh, 18, 62, "SALARISSPECIFICATIE", font=FSANS_B, size=13)
    x = 18
    for a, b in (("Periode", f"{month:02d}-2026"), ("Pers.nr", e["pnr"]), ("In dienst", d_dash(e["start"])),
                 ("Functie", e["func_now"][:22]), ("Loonheffingsnr.", e["lhn"])):
        w = 34 if a != "Functie" else 44
        sh.rect(x, 70, w, 11, width_mm=0.25, fill=(255, 255, 255))
        _T(sh, x + 1.5, 71, a, font=FSANS, size=7, color=GREY)
        bb = glyphs(b, FSANS_B)
        sh.text(x + 1.5, 75, bb, font=FSANS_B, size_pt=fit(bb, FSANS_B, 8.8, w - 3))
        x += w
    y = 90
    for a, u, b in (("Omschrijving", "Eenheden", "Bedrag"), ("Basisloon", "173,33 u", eur(k["bruto"])),
                    (f"Pensioenpremie werknemer {k['pct'] * 100:.1f}%".replace(".", ","), "", "-" + eur(k["pens"])),
                    ("Loon loonheffing", "", eur(k["base"])), ("Loonheffing", "", "-" + eur(k["lh"])),
                    ("Reiskosten woon-werk (netto)", "", eur(k["reis"]))):
        head = a == "Omschrijving"
        f = FSANS_B if head else FSANS
        _T(sh, 20, y, a, font=f, size=9.5)
        _T(sh, 130, y, u, font=f, size=9.5, anchor="right")
        _T(sh, 190, y, b, font=f, size=9.5, anchor="right")
        sh.rule(18, y + 5, 192, y + 5, width_mm=0.15, dash=0.5, color=(120, 120, 140))
        y += 7.5
    sh.rule(130, y + 2, 192, y + 2, width_mm=0.3)
    sh.rule(130, y + 3.2, 192, y + 3.2, width_mm=0.3)
    _T(sh, 20, y + 5, "NETTO", font=FSANS_B, size=10.5)
    _T(sh, 190, y + 5, eur(k["net"]), font=FSANS_B, size=10.5, anchor="right")
    _T(sh, 20, y + 16, f"Overgemaakt naar {iban_fmt(e['iban'])}", font=FSANS, size=9)
    _T(sh, 20, y + 22, f"Cao: {e['cao']} · Pensioenfonds: {e['pension']}", font=FSANS, size=8.5, color=GREY)
    staple(sh, rng)
    return [crooked(sh, rng, lo=1.0, hi=2.4)]


def guarantor(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The guarantor's declaration typed by the guarantor himself in Liberation Serif as a letter 'Aan de IND':
    his own address at the upper right, the facts in three numbered points (who, income and employer, the
    undertaking), closed by his signature ABOVE his printed name, and a copy of his ID noted at the foot."""
    f = _guarantor_facts(c)
    g, e = f["g"], f["e"]
    sh = _sheet(c)
    for i, t in enumerate([f"{g.given_names} {g.surname}"] + _addr(c, g)):
        _T(sh, 190, 16 + i * 5, t, font=LSER, size=10.5, anchor="right")
    for i, t in enumerate(["Aan de Immigratie- en Naturalisatiedienst", "Postbus 287", "7600 AG Almelo"]):
        _T(sh, 22, 44 + i * 5, t, font=LSER, size=10.5)
    _T(sh, 22, 68, f"{g.address.city if g.address else 'Utrecht'}, {d_nl(c.sub - dt.timedelta(days=12))}",
       font=LSER, size=10.5)
    _T(sh, 22, 78, "Onderwerp: garantverklaring", font=LSER_B, size=10.5)
    who = f"{c.p.given_names} {c.p.surname}"
    pts = [f"Ik sta garant voor {who}, geboren op {d_dash(c.p.birth_date)}, mijn "
           f"{c.payer_relation or 'familielid'}, voor alle kosten van verblijf en medische behandeling in Nederland.",
           f"Ik werk in vaste dienst bij {e['name']} te {e['city']} als {e['func_now'].lower()}. Mijn netto "
           f"inkomen is {eur(f['net'])} per maand; mijn loonstroken zijn bijgevoegd.",
           "Ik weet dat de overheid deze kosten op mij kan verhalen zolang deze garantverklaring geldt."]
    y = 90
    for i, p in enumerate(pts, 1):
        _T(sh, 22, y, f"{i}.", font=LSER, size=10.5)
        y = _P(sh, 30, y, 158, p, font=LSER, size=10.5, lead=1.5) + 3
    y = _P(sh, 22, y + 4, 166, "Hoogachtend,", font=LSER, size=10.5)
    sh.signature(24, y + 2, 46, 14, rng, color=INK)
    _T(sh, 22, y + 18, f"{g.given_names} {g.surname}", font=LSER, size=10.5)
    _T(sh, 22, 270, "Bijlage: kopie identiteitsbewijs garantsteller, loonstroken", font=LSER, size=8.5, color=GREY)
    return [sh]


def employer_statement(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A home-care organisation's 'werkgeversverklaring' on the model of the mortgage-lender form: numbered
    questions with answers in framed fields, the HR manager's signature BELOW the label 'Handtekening werkgever',
    the company stamp to its right; copied on paper that has gone yellow."""
    e = _emp(c, rng)
    g = earner(c)
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    sh = _sheet(c)
    _T(sh, 18, 14, "WERKGEVERSVERKLARING", font=CAL_B, size=14)
    _T(sh, 192, 14, e["name"], font=CAL_B, size=10.5, anchor="right")
    _T(sh, 192, 19.5, f"{e['pc']} {e['city']} · KvK {e['kvk']}", font=CAL, size=8.5, anchor="right", color=GREY)
    y = 32
    for i, (a, b) in enumerate((("Naam werknemer", f"{g.given_names} {g.surname}"),
                                ("Geboortedatum", d_dash(g.birth_date)), ("Datum in dienst", d_dash(e["start"])),
                                ("Functie", e["func_now"]), ("Dienstverband", "vast (onbepaalde tijd)"),
                                ("Is de werknemer in proeftijd?", "nee"),
                                ("Bruto jaarsalaris excl. vakantiegeld", eur(round(k["bruto"] * 12, 2))),
                                ("Vakantietoeslag", "8 %"), ("Is het dienstverband opgezegd?", "nee")), 1):
        _T(sh, 18, y + 1, f"{i}.", font=CAL_B, size=10)
        _T(sh, 26, y + 1, a, font=CAL, size=10)
        sh.rect(105, y - 0.5, 87, 8, width_mm=0.3)
        bb = glyphs(b, CAL_B)
        sh.text(107, y + 1, bb, font=CAL_B, size_pt=fit(bb, CAL_B, 10, 83))
        y += 11
    dd = c.sub - dt.timedelta(days=rng.randint(6, 28))
    _T(sh, 18, y + 6, f"Plaats en datum: {e['city']}, {d_dash(dd)}", font=CAL, size=10)
    _T(sh, 18, y + 16, "Handtekening werkgever", font=CAL, size=10)
    sh.signature(20, y + 21, 46, 14, rng, color=INK)
    _T(sh, 18, y + 38, f"{_who(c, 'hr')}, manager HR", font=CAL_I, size=9.5)
    sh.stamp(90, y + 18, [e["name"][:26].upper(), e["city"].upper()], rng, shape="oval", size_mm=44, color=ST_BLUE,
             angle=rng.uniform(-10, 10))
    return [_keep(c, yellowed(sh.render(200), rng))]


def bank_statement(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An online bank's transaction overview printed from the web (not a statement): the browser's header and
    footer lines, the account holder and IBAN at the top, the transactions grouped under date headings ('24 nov
    2026') with the counterparty in bold and the amount at the right (credits in green), the salary among them."""
    e = _emp(c, rng)
    g = earner(c)
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    b = c.bank
    sh = _sheet(c)
    _T(sh, 10, 6, f"{d_dash(c.sub - dt.timedelta(days=3))} 20:1{rng.randint(0, 9)}", font=FSANS, size=7, color=GREY)
    _T(sh, c.page_w / 2, 6, f"Mijn {b['name']} – Bij- en afschrijvingen", font=FSANS, size=7, color=GREY,
       anchor="center")
    _T(sh, 10, c.page_h - 8, "https://mijn.bank.nl/transacties", font=FSANS, size=7, color=GREY)
    _T(sh, c.page_w - 10, c.page_h - 8, "1/1", font=FSANS, size=7, color=GREY, anchor="right")
    _T(sh, 18, 16, b["name"], font=FSANS_B, size=13, color=(230, 110, 0))
    _T(sh, 18, 26, f"{g.given_names} {g.surname}", font=FSANS_B, size=10)
    _T(sh, 18, 31, f"{iban_fmt(e['iban'])} · BIC {b['bic']}", font=FSANS, size=9.5)
    r = random.Random(seed_of("bank39", c.rng_seed))
    tx = [(28, "Woonstichting huur december", -round(r.uniform(620, 960), 2)),
          (24, e["name"][:30] + " salaris", k["net"]), (21, "Lidl", -round(r.uniform(18, 60), 2)),
          (17, "Vattenfall", -round(r.uniform(80, 150), 2)), (12, "Zorgverzekeraar premie", -round(r.uniform(140, 165), 2)),
          (6, "Kruidvat", -round(r.uniform(6, 30), 2))]
    y = 42
    for d, t, a in tx:
        _T(sh, 18, y, f"{d} nov 2026", font=FSANS, size=8.5, color=GREY)
        y += 5
        _T(sh, 22, y, t, font=FSANS_B, size=9.5)
        _T(sh, 192, y, ("+ " if a > 0 else "- ") + eur(abs(a)), font=FSANS_B, size=9.5, anchor="right",
           color=(20, 120, 40) if a > 0 else (0, 0, 0))
        sh.rule(18, y + 6, 192, y + 6, width_mm=0.1, color=(210, 210, 210))
        y += 10
    return [sh]


def tax_assessment(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The tax office's 'voorlopige aanslag 2026' as printed from Mijn Belastingdienst (the PDF copy of the
    letter): the crown wordmark line, the reference data in a grey box at the RIGHT, the calculation as a
    two-column table with the monthly instalments at the foot."""
    e = _emp(c, rng)
    g = earner(c)
    sh = _sheet(c)
    _T(sh, 18, 14, "Belastingdienst", font=FSER_B, size=14, color=(0, 50, 110))
    sh.rect(128, 26, 64, 26, width_mm=0, fill=(232, 236, 242))
    for i, (a, b) in enumerate((("Datum", d_dash(dt.date(2026, 2, rng.randint(2, 26)))),
                                ("Aanslagnummer", f"{rng.randint(1000, 9999)}.{rng.randint(10, 99)}.{rng.randint(100, 999)}.H.66"),
                                ("Jaar", "2026"))):
        _T(sh, 131, 28 + i * 8, a, font=FSER, size=8, color=GREY)
        _T(sh, 160, 28 + i * 8, b, font=FSER, size=9)
    for i, t in enumerate([f"{g.given_names} {g.surname}"] + _addr(c, g)):
        _T(sh, 22, 34 + i * 5, t, font=FSER, size=10.5)
    _T(sh, 22, 66, "Voorlopige aanslag inkomstenbelasting 2026", font=FSER_B, size=12)
    jaar = round(e["bruto"] * 12.96, 0)
    y = 78
    for a, b in (("Inkomen uit werk en woning (geschat)", eur(jaar)), ("Heffingskortingen", "- " + eur(3068)),
                 ("Verwachte loonheffing", "- " + eur(round(jaar * 0.27, 0))),
                 ("Voorlopige aanslag", eur(round(jaar * 0.005, 0)))):
        sh.rect(22, y, 110, 8, width_mm=0.2)
        sh.rect(132, y, 60, 8, width_mm=0.2)
        _T(sh, 24, y + 1.8, a, font=FSER, size=10)
        _T(sh, 190, y + 1.8, b, font=FSER, size=10, anchor="right")
        y += 8
    _P(sh, 22, y + 8, 170, "U betaalt dit bedrag in maandelijkse termijnen. Verandert uw inkomen? Pas dan uw "
                           "voorlopige aanslag aan via Mijn Belastingdienst.", font=FSER, size=10, lead=1.45)
    return [sh]


_r("payslip-schoonmaak-salarisspecificatie-blauw-voorgedrukt-vakjesrij-scheef-geniet-39", "income-proof", "nl",
   payslip, "cleaning company's pay specification on pale blue form, box row, crooked copy with a staple")
_r("guarantor-getypte-brief-aan-ind-drie-punten-handtekening-boven-naam-39", "income-proof", "nl", guarantor,
   "guarantor's typed letter to the IND in three numbered points, signature above the name")
_r("employer-werkgeversverklaring-genummerde-vragen-kaders-handtekening-onder-label-vergeeld-39", "income-proof",
   "nl", employer_statement, "employer's statement with numbered questions in framed fields, yellowed copy")
_r("bank-transactieoverzicht-browserprint-datumkopjes-groene-bijschrijving-39", "income-proof", "nl",
   bank_statement, "online bank's transaction overview printed from the browser, salary among the entries")
_r("tax-voorlopige-aanslag-2026-grijs-referentievak-tabel-39", "income-proof", "nl", tax_assessment,
   "provisional income-tax assessment 2026, grey reference box, two-column table")


# =========================================================================== medical statements


def _make_doc(c: Case):
    r = random.Random(seed_of("doctor", "spec39", c.rng_seed))
    g, s, _ = make_professional(r, "NL")
    return g, f"{r.choice(['dr.', 'Dr.', 'prof. dr.'])} {g[0]}. {s[0].upper() + s[1:]}"


def medstat_nl(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The treating physician's 'medische verklaring ten behoeve van de IND' on a template with the questions
    printed in bold in grey bands (Diagnose / Behandeling / Sinds wanneer / Verwachte duur / Gevolgen bij
    stoppen) and the physician's answers typed under each band in Caladea; the hospital's name in a coloured
    square logo at the upper RIGHT; the signature BESIDE the label 'Handtekening behandelaar' at the foot with
    the name and BIG number under the label."""
    h = c.hospital
    _, doc = _make_doc(c)
    m = c.med
    sh = _sheet(c)
    col = h.get("color", TEAL)
    sh.rect(170, 10, 22, 22, width_mm=0, fill=col)
    _T(sh, 181, 18, h["short"][:4].upper(), font=CAL_B, size=10, anchor="center", color=(255, 255, 255))
    _T(sh, 18, 12, h["name"], font=CAL_B, size=12)
    _T(sh, 18, 18, f"{m['spec']} · {h['street']} · {h['pc']} {h['city']}", font=CAL, size=8.5, color=GREY)
    _T(sh, 18, 38, "MEDISCHE VERKLARING TEN BEHOEVE VAN DE IND", font=CAL_B, size=12)
    dd = c.sub - dt.timedelta(days=random.Random(seed_of("msd", c.rng_seed)).randint(6, 40))
    _T(sh, 18, 45, f"Patiënt: {_name(c)}, geboren {d_dash(c.p.birth_date)} · datum verklaring {d_dash(dd)}",
       font=CAL, size=10)
    start = _treat_start(c)
    y = 56
    for q, a in (("Diagnose", m["dx"][0].upper() + m["dx"][1:] + "."), ("Behandeling", m["tx"][0].upper() +
                 m["tx"][1:] + "."), ("Sinds wanneer", f"De patiënt is bij ons in behandeling sinds {d_nl(start)}."),
                 ("Verwachte duur", duration_phrase(c.duration, start)),
                 ("Gevolgen bij stoppen", f"{m['stop']} {_not_available(c)}")):
        sh.rect(18, y, 174, 7, width_mm=0, fill=(226, 226, 226))
        _T(sh, 20, y + 1.5, q, font=CAL_B, size=10)
        y = _P(sh, 20, y + 9.5, 170, a, font=CAL, size=10.5, lead=1.45) + 4
    y += 6
    w = _T(sh, 18, y + 5, "Handtekening behandelaar:", font=CAL, size=10)
    sh.signature(22 + w, y - 2, 46, 14, rng, color=INK)
    _T(sh, 18, y + 14, doc + ", " + m["doc_title"], font=CAL_B, size=10)
    _T(sh, 18, y + 19, f"BIG {random.Random(seed_of('big', c.rng_seed)).randint(10000000000, 99999999999)}",
       font=CAL, size=9, color=GREY)
    return [sh]


def medstat_en(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A consultant's letter in English 'To the Immigration and Naturalisation Service' in P052: the hospital's
    address block at the upper LEFT, the reference line 'Re:' in italics, the answers in four paragraphs with
    small capitals as leads; signed at the END with the name and GMC-style registration number under the
    signature; the printout later copied at 150 dpi on yellowed stock."""
    h = c.hospital
    _, doc = _make_doc(c)
    m = c.med
    sh = _sheet(c)
    for i, t in enumerate([h["name"], f"Department of {m['spec_en']}", h["street"], f"{h['pc']} {h['city']}"]):
        _T(sh, 20, 14 + i * 4.8, t, font=PAL_B if i == 0 else PAL, size=10.5 if i == 0 else 9)
    dd = c.sub - dt.timedelta(days=random.Random(seed_of("msd", c.rng_seed)).randint(6, 40))
    _T(sh, 190, 14, f"{dd.day} {dd.strftime('%B')} {dd.year}", font=PAL, size=10, anchor="right")
    _T(sh, 20, 44, "To the Immigration and Naturalisation Service", font=PAL, size=10.5)
    _T(sh, 20, 52, f"Re: {c.p.given_names} {c.p.surname}, date of birth {d_dash(c.p.birth_date)}", font=PAL_I,
       size=10.5)
    start = _treat_start(c)
    y = 64
    for lead, a in (("DIAGNOSIS.", m["dx_en"][0].upper() + m["dx_en"][1:] + "."),
                    ("TREATMENT.", f"Under our care since {start.day} {start.strftime('%B')} {start.year}: "
                                   f"{m['tx_en']}."),
                    ("DURATION.", duration_phrase(c.duration, start, "en")),
                    ("IF TREATMENT STOPS.", f"{m['stop_en']} {_not_available(c, 'en')}")):
        _T(sh, 20, y, lead, font=PAL_B, size=9.5)
        y = _P(sh, 20, y + 5, 170, a, font=PAL, size=10.5, lead=1.5) + 4
    y = _P(sh, 20, y + 2, 170, "Yours faithfully,", font=PAL, size=10.5)
    sh.signature(20, y + 2, 46, 14, rng, color=INK_K)
    _T(sh, 20, y + 18, doc, font=PAL_B, size=10)
    _T(sh, 20, y + 23, m["doc_en"], font=PAL, size=9.5)
    img = yellowed(sh.render(150), rng)
    return [_keep(c, img)]


_r("medstat-medische-verklaring-grijze-vraagbanden-logo-rechts-handtekening-naast-label-39", "medical-statement",
   "nl", medstat_nl, "physician's statement on a template with grey question bands, signature beside the label")
_r("medstat-english-consultant-letter-kleinkapitalen-150dpi-vergeeld-39", "medical-statement", "en", medstat_en,
   "English consultant's letter with small-capital leads, copied at 150 dpi on yellowed stock")


# =========================================================================== care institution


def care_letter(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A rehabilitation clinic's confirmation letter in FreeSerif signed by the medical director: 'Verklaring
    zorginstelling' as a centred title, the confirmation as a list of four statements each opened by a check mark
    (can treat, will treat, period, payment); the signature at the END BELOW the typed function, the clinic's
    stamp pressed over the date line."""
    h = c.hospital
    s, e = _care_dates(c)
    if e <= c.sub + dt.timedelta(days=90):
        e = add_months(max(s, c.sub), 12)
    sh = _sheet(c)
    _T(sh, 105, 14, h["name"], font=FSER_B, size=13, anchor="center")
    _T(sh, 105, 20, f"{h['street']} · {h['pc']} {h['city']}", font=FSER, size=9, anchor="center", color=GREY)
    sh.rule(60, 24, 150, 24, width_mm=0.3)
    _T(sh, 105, 38, "Verklaring zorginstelling", font=FSER_B, size=13, anchor="center")
    dd = c.sub - dt.timedelta(days=random.Random(seed_of("cd", c.rng_seed)).randint(5, 35))
    _T(sh, 22, 52, f"{h['city']}, {d_nl(dd)}", font=FSER, size=10.5)
    y = _P(sh, 22, 62, 166, f"Betreft: {_name(c)}, geboren {d_dash(c.p.birth_date)}", font=FSER_B, size=10.5) + 4
    for p in (f"Onze instelling kan de patiënt de volgende behandeling bieden: {c.med['tx']}.",
              "Onze instelling is bereid de patiënt deze behandeling te geven.",
              f"De behandeling begint of begon op {d_nl(s)} en loopt ten minste tot {d_nl(e)}.",
              _payer_phrase(c)):
        _T(sh, 24, y, "✓", font="sans3", size=11, color=TEAL)
        y = _P(sh, 31, y, 158, p, font=FSER, size=10.5, lead=1.5) + 3
    y += 8
    _T(sh, 22, y, "Medisch directeur", font=FSER_I, size=10.5)
    sh.signature(24, y + 5, 46, 14, rng, color=INK)
    _T(sh, 22, y + 21, _who(c, "md"), font=FSER, size=10.5)
    sh.stamp(18, 44, [h["name"][:24].upper(), h["city"].upper()], rng, shape="round", size_mm=30, color=ST_GREEN,
             angle=rng.uniform(-20, 20))
    return [sh]


def care_form(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The hospital's own 'behandelverklaring' form filled in on screen and printed: a bordered two-column table
    in DejaVu Serif (vraag | antwoord) with yes/no questions answered 'JA' in bold, the institution's stamp ABOVE
    the signature at the foot and the signatory's name and function BESIDE the signature."""
    h = c.hospital
    s, e = _care_dates(c)
    if e <= c.sub + dt.timedelta(days=90):
        e = add_months(max(s, c.sub), 12)
    sh = _sheet(c)
    _T(sh, 18, 14, h["name"], font=DSER_B, size=11)
    _T(sh, 18, 22, "BEHANDELVERKLARING – verklaring zorginstelling voor de IND", font=DSER_B, size=11)
    y = 34
    for q, a in (("Naam patiënt", f"{c.p.given_names} {c.p.surname}"), ("Geboortedatum", d_dash(c.p.birth_date)),
                 ("Nationaliteit", nat_nl(c.p)), ("Behandeling", c.med["tx_short"]),
                 ("Kan de instelling de behandeling bieden?", "JA"), ("Is de instelling bereid te behandelen?", "JA"),
                 ("Startdatum behandeling", d_dash(s)), ("Verwachte einddatum", d_dash(e)),
                 ("Wie betaalt de kosten?", _payer_phrase(c))):
        lines = wrap(glyphs(a, DSER_B), 96, DSER_B, 9.5)
        hh = 3 + 4.4 * max(1, len(lines))
        sh.rect(18, y, 76, hh, width_mm=0.25, fill=(240, 240, 240))
        sh.rect(94, y, 98, hh, width_mm=0.25)
        _T(sh, 20, y + 1.5, q, font=DSER, size=8.8)
        yy = y + 1.5
        for ln in lines:
            sh.text(96, yy, ln, font=DSER_B, size_pt=9.5)
            yy += 4.4
        y += hh
    y += 10
    sh.stamp(22, y, [h["name"][:26].upper(), "ZORGADMINISTRATIE"], rng, shape="rect", size_mm=46, color=ST_VIOLET,
             angle=rng.uniform(-4, 4))
    sh.signature(24, y + 20, 46, 14, rng, color=INK)
    _T(sh, 76, y + 26, f"{_who(c, 'adm')}, hoofd zorgadministratie", font=DSER, size=9.5)
    return [sh]


_r("care-revalidatiekliniek-vinkjeslijst-handtekening-onder-functie-stempel-over-datum-39",
   "care-institution-statement", "nl", care_letter,
   "rehabilitation clinic's confirmation with check marks, signature below the function, stamp over the date")
_r("care-behandelverklaring-tabel-vraag-antwoord-ja-stempel-boven-handtekening-39", "care-institution-statement",
   "nl", care_form, "hospital's treatment declaration as a question-answer table, stamp above the signature")


# =========================================================================== health insurance


def polisblad(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A Dutch insurer's 'zorgpas en polis' letter as posted: the insurer's wordmark at the upper LEFT, the address
    block, a cut-out card with rounded feel printed at the lower RIGHT (name, relatienummer, UZOVI), and the
    cover as a short table (verzekering | ingangsdatum | premie)."""
    ins = c.insurer_nl
    sh = _sheet(c)
    col = ins.get("color", TEAL)
    _T(sh, 18, 14, ins["short"], font=GOTH_B, size=17, color=col)
    for i, t in enumerate([_name(c)] + _addr(c)):
        _T(sh, 22, 42 + i * 5, t, font=GOTH, size=10)
    _T(sh, 22, 72, "Uw polis 2026", font=GOTH_B, size=12)
    y = 80
    for a, b, p in (("Verzekering", "Ingangsdatum", "Premie p/m"),
                    ("Basisverzekering (natura)", "01-01-2026", eur(rng.choice([141.20, 147.85, 155.10]))),
                    ("Aanvullend Compact", "01-01-2026", eur(rng.choice([12.50, 16.95, 21.40])))):
        head = a == "Verzekering"
        f = GOTH_B if head else GOTH
        sh.rect(22, y, 90, 7, width_mm=0.2, fill=(230, 240, 240) if head else None)
        sh.rect(112, y, 40, 7, width_mm=0.2, fill=(230, 240, 240) if head else None)
        sh.rect(152, y, 36, 7, width_mm=0.2, fill=(230, 240, 240) if head else None)
        _T(sh, 24, y + 1.5, a, font=f, size=9)
        _T(sh, 114, y + 1.5, b, font=f, size=9)
        _T(sh, 186, y + 1.5, p, font=f, size=9, anchor="right")
        y += 7
    _T(sh, 22, y + 6, f"Polisnummer {_policy_no(c)} · {ins['name']} · {ins['post']}", font=GOTH, size=8.5,
       color=GREY)
    sh.rule(100, 178, 196, 178, width_mm=0.2, dash=1.2, color=(150, 150, 150))
    sh.rect(104, 184, 86, 54, width_mm=0, fill=col)
    _T(sh, 108, 188, ins["short"], font=GOTH_B, size=12, color=(255, 255, 255))
    _T(sh, 108, 206, f"{c.p.given_names} {c.p.surname}", font=GOTH_B, size=10, color=(255, 255, 255))
    _T(sh, 108, 212, f"geb. {d_dash(c.p.birth_date)}", font=GOTH, size=8.5, color=(255, 255, 255))
    _T(sh, 108, 220, f"relatienr. {_policy_no(c)}", font=GOTH, size=8.5, color=(255, 255, 255))
    _T(sh, 108, 226, f"UZOVI {ins['uzovi']}", font=GOTH, size=8.5, color=(255, 255, 255))
    return [sh]


def intl_certificate(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An international insurer's 'Certificate of Cover' in English in FreeSans: a coloured side band at the LEFT
    with the insurer's short name turned upright, a numbered list of particulars (1. Insured ... 8. Exclusions),
    a barcode with the certificate number at the top right, the signature of the head of policy administration
    at the END with the name BESIDE it."""
    ins = c.insurer_intl
    sh = _sheet(c)
    W = c.page_w
    col = ins.get("color", (20, 70, 120))
    sh.rect(0, 0, 14, c.page_h, width_mm=0, fill=col)
    band = Sheet(120, 14)
    band.rect(0, 0, 120, 14, width_mm=0, fill=col)
    band.text(60, 3.5, ins["short"].upper(), font=FSANS_B, size_pt=14, color=(255, 255, 255), anchor="center")
    paste(sh, band, 0, 40, dpi=250, angle=90, bg=col)
    _T(sh, 22, 14, ins["name"], font=FSANS_B, size=12)
    _T(sh, 22, 20, ins["addr"], font=FSANS, size=8.5, color=GREY)
    bars(sh, W - 64, 12, 44, 9, f"cert{c.rng_seed}")
    _T(sh, W - 42, 22, _policy_no(c, "COV-"), font=FSANS, size=8, anchor="center")
    _T(sh, 22, 38, "CERTIFICATE OF COVER", font=FSANS_B, size=15)
    y = 52
    for i, (a, b) in enumerate((("Insured", f"{c.p.given_names} {c.p.surname}"),
                                ("Date of birth", c.p.birth_date.strftime("%d %B %Y")),
                                ("Certificate number", _policy_no(c, "COV-")), ("Plan", ins.get("plan", "Global")),
                                ("Period", "01 January 2026 to 31 December 2027"),
                                ("Territory", "Worldwide, the Netherlands included"),
                                ("Cover", "Hospital and out-patient treatment, prescribed medicines, dialysis, "
                                          "oncology and chronic conditions, pre-existing conditions covered, "
                                          "repatriation"),
                                ("Exclusions", "Cosmetic treatment; treatment outside the period of cover")), 1):
        _T(sh, 22, y, f"{i}.", font=FSANS_B, size=10)
        _T(sh, 30, y, a, font=FSANS_B, size=10)
        y = _P(sh, 80, y, W - 100, b, font=FSANS, size=10, lead=1.4) + 3
    y += 8
    w = _T(sh, 22, y + 6, _who(c, "pol"), font=FSANS_B, size=10)
    sh.signature(26 + w, y - 2, 46, 14, rng, color=INK)
    _T(sh, 22, y + 12, "Head of Policy Administration", font=FSANS, size=9.5)
    qr(sh, W - 46, y + 20, 22, f"cov{c.rng_seed}")
    return [sh]


_r("polisblad-zorgpas-brief-uitknipkaart-tabel-premie-39", "health-insurance", "nl", polisblad,
   "Dutch insurer's policy letter with a cut-out card and a table of cover and premiums")
_r("intl-certificate-of-cover-zijband-genummerde-gegevens-streepjescode-39", "health-insurance", "en",
   intl_certificate, "international insurer's certificate of cover, side band, numbered particulars, barcode")


# =========================================================================== civic integration


def _duo_head(sh: Sheet, title: str):
    _T(sh, 18, 12, "DUO", font=GOTH_B, size=18, color=DUO)
    _T(sh, 44, 13, "Dienst Uitvoering Onderwijs", font=GOTH, size=9.5, color=DUO)
    _T(sh, 44, 18, "Ministerie van Onderwijs, Cultuur en Wetenschap", font=GOTH, size=8, color=GREY)
    sh.rule(18, 25, 192, 25, width_mm=0.3, color=DUO)
    _T(sh, 18, 30, title, font=GOTH_B, size=11)


def duo_diploma(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The civic-integration diploma in a frame of two thin lines with a wide margin, 'Diploma inburgering' in
    P052 italics at the centre, the holder's data as a centred block, the exam parts in a single column with
    'behaald op' dates aligned right, a dry-seal circle at the lower LEFT and the diploma number in small type at
    the foot."""
    dd = _inb_date(c, rng)
    sh = _sheet(c)
    sh.rect(14, 14, 182, 269, width_mm=0.5, color=DUO)
    sh.rect(17, 17, 176, 263, width_mm=0.2, color=DUO)
    _T(sh, 105, 36, "Diploma inburgering", font=PAL_I, size=26, anchor="center", color=DUO)
    _T(sh, 105, 50, "Hierbij verklaart de Minister van Sociale Zaken en Werkgelegenheid dat", font=PAL, size=11,
       anchor="center")
    _T(sh, 105, 64, f"{c.p.given_names} {c.p.surname}", font=PAL_B, size=18, anchor="center")
    _T(sh, 105, 76, f"geboren {d_nl(c.p.birth_date)} te {c.p.birth_place}", font=PAL, size=11, anchor="center")
    _T(sh, 105, 88, "heeft voldaan aan de inburgeringsplicht door het behalen van de onderdelen:", font=PAL, size=11,
       anchor="center")
    y = 104
    for i, p in enumerate(["Lezen", "Luisteren", "Schrijven", "Spreken", "Kennis van de Nederlandse Maatschappij",
                           "Oriëntatie op de Nederlandse Arbeidsmarkt"]):
        _T(sh, 50, y, p, font=PAL, size=10.5)
        _T(sh, 160, y, "behaald op " + d_dash(dd - dt.timedelta(days=(5 - i) * 8)), font=PAL, size=9.5,
           anchor="right", color=GREY)
        y += 8
    _T(sh, 105, y + 16, f"Groningen, {d_nl(dd)}", font=PAL, size=11, anchor="center")
    sh.signature(84, y + 22, 44, 13, rng, color=(20, 20, 28))
    _T(sh, 105, y + 38, "namens de Minister", font=PAL_I, size=9.5, anchor="center")
    sh.stamp(26, 220, ["DUO", "INBURGERING"], rng, shape="round", size_mm=30, color=(200, 200, 206), angle=0)
    _T(sh, 105, 270, f"Diplomanummer {random.Random(seed_of('dip39', c.rng_seed)).randint(10**7, 10**8 - 1)}",
       font=PAL, size=8.5, anchor="center", color=GREY)
    return [sh]


def duo_exemption(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """DUO's exemption decision printed from the DUO portal in URW Gothic: 'Besluit' in a teal box at the top,
    the reference data as a three-cell row, the decision in two short numbered paragraphs ('1. Wat hebben wij
    besloten?', '2. Waarom?'), the objection clause in a framed box at the foot."""
    dd = _inb_date(c, rng)
    sh = _sheet(c)
    _duo_head(sh, "Besluit ontheffing inburgeringsplicht")
    x = 18
    for a, b in (("Datum", d_dash(dd)), ("Ons kenmerk", f"ONTH/{rng.randint(100000, 999999)}"),
                 ("Uw geboortedatum", d_dash(c.p.birth_date))):
        sh.rect(x, 38, 58, 11, width_mm=0.25)
        _T(sh, x + 2, 39, a, font=GOTH, size=7.5, color=GREY)
        _T(sh, x + 2, 43.5, b, font=GOTH_B, size=9.5)
        x += 58
    for i, t in enumerate([_name(c)] + _addr(c)):
        _T(sh, 22, 58 + i * 5, t, font=GOTH, size=10)
    y = 84
    y = _P(sh, 18, y, 174, f"Geachte {title_nl(c.p)} {c.p.surname},", font=GOTH, size=10.5) + 4
    _T(sh, 18, y, "1. Wat hebben wij besloten?", font=GOTH_B, size=10.5)
    y = _P(sh, 18, y + 6, 174, "U krijgt ontheffing van de inburgeringsplicht. U hoeft het inburgeringsexamen niet "
                               "te halen.", font=GOTH, size=10.5, lead=1.45) + 4
    _T(sh, 18, y, "2. Waarom?", font=GOTH_B, size=10.5)
    y = _P(sh, 18, y + 6, 174, "De keuringsarts heeft vastgesteld dat u door een psychische of lichamelijke "
                               "beperking blijvend niet in staat bent het inburgeringsexamen te halen. Deze "
                               "ontheffing is definitief.", font=GOTH, size=10.5, lead=1.45) + 6
    _P(sh, 18, y, 174, "Met vriendelijke groet,\nDienst Uitvoering Onderwijs", font=GOTH, size=10.5)
    sh.rect(18, 250, 174, 18, width_mm=0.3)
    _P(sh, 21, 252.5, 168, "Niet eens met dit besluit? Maak binnen 6 weken na de datum van deze brief bezwaar bij "
                           "DUO, Postbus 30205, 2500 GE Den Haag.", font=GOTH, size=8.5, color=GREY)
    return [sh]


def duo_results(c: Case, rng: random.Random, *, failed: bool = False, **_) -> list[Sheet]:
    """DUO's 'overzicht examenresultaten' as a letter with a table (onderdeel | examendatum | resultaat | uitslag),
    the score as 'x van de y punten' and the outcome 'voldoende' or 'onvoldoende' in bold; a closing sentence
    saying whether the diploma follows."""
    dd = _inb_date(c, rng)
    sh = _sheet(c)
    _duo_head(sh, "Overzicht examenresultaten inburgering")
    for i, t in enumerate([_name(c)] + _addr(c)):
        _T(sh, 22, 42 + i * 5, t, font=GOTH, size=10)
    _T(sh, 192, 42, d_dash(dd), font=GOTH, size=10, anchor="right")
    parts = ["Lezen", "Luisteren", "Schrijven", "Spreken", "Kennis Nederlandse Maatschappij"]
    bad = random.Random(seed_of("fail39", c.rng_seed)).randrange(len(parts)) if failed else -1
    y = 70
    cols = [("Onderdeel", 64), ("Examendatum", 34), ("Resultaat", 44), ("Uitslag", 32)]
    x = 18
    for h, w in cols:
        sh.rect(x, y, w, 7, width_mm=0.25, fill=(222, 232, 244))
        _T(sh, x + 2, y + 1.6, h, font=GOTH_B, size=9)
        x += w
    y += 7
    r = random.Random(seed_of("score39", c.rng_seed))
    for i, p in enumerate(parts):
        ok = i != bad
        tot = r.choice([30, 36, 40])
        sc = r.randint(int(tot * 0.7), tot) if ok else r.randint(int(tot * 0.3), int(tot * 0.55))
        vals = [p, d_dash(dd - dt.timedelta(days=(4 - i) * 10)), f"{sc} van de {tot} punten",
                "voldoende" if ok else "onvoldoende"]
        x = 18
        for v, (_, w) in zip(vals, cols):
            sh.rect(x, y, w, 8, width_mm=0.25)
            vv = glyphs(v, GOTH)
            sh.text(x + 2, y + 2, vv, font=GOTH_B if v in ("voldoende", "onvoldoende") else GOTH,
                    size_pt=fit(vv, GOTH, 9, w - 4))
            x += w
        y += 8
    txt = ("U hebt alle onderdelen voldoende gemaakt. Uw diploma ontvangt u binnen 6 weken." if bad < 0 else
           "U hebt niet alle onderdelen voldoende gemaakt. U kunt zich opnieuw aanmelden voor het onderdeel dat "
           "onvoldoende is.")
    _P(sh, 18, y + 10, 174, txt, font=GOTH, size=10.5, lead=1.45)
    return [sh]


_r("duo-diploma-dubbele-kaderlijn-cursieve-titel-behaald-op-droogstempel-39", "civic-integration", "nl",
   duo_diploma, "civic-integration diploma in a double frame, italic title, 'behaald op' dates, dry seal")
_r("duo-ontheffing-portaalprint-drie-referentiecellen-genummerde-vragen-bezwaarkader-39", "civic-integration",
   "nl", duo_exemption, "DUO exemption decision printed from the portal, three reference cells, framed objection")
_r("duo-uitslag-overzicht-tabel-punten-voldoende-onvoldoende-39", "civic-integration", "nl", duo_results,
   "DUO results overview as a table with points and voldoende/onvoldoende")


# =========================================================================== other: cover letter, IND letters, MVV


def cover_letter(c: Case, rng: random.Random, *, enclosures: list[str] | None = None, **_) -> list[Sheet]:
    """The lawyer's cover letter to the IND in Caladea: the office's logo as the initials in a teal circle-like
    square at the upper RIGHT with the address under it, the IND's address at the LEFT, 'Uw kenmerk / Ons
    kenmerk' as a two-cell row, the request in prose (with the passport exemption's conditions as a lettered
    list where needed), the enclosures as a bulleted list; the signature BELOW 'Met vriendelijke groet' with the
    name and 'advocaat' under it."""
    lw = c.lawyer or {"firm": "Advocatenkantoor Van Rijn", "city": "Leiden", "street": "Breestraat 120",
                      "pc": "2311 CW"}
    sh = _sheet(c)
    ini = "".join(w[0] for w in lw["firm"].split()[:2]).upper()
    sh.rect(172, 10, 20, 20, width_mm=0, fill=TEAL)
    _T(sh, 182, 16, ini, font=CAL_B, size=13, anchor="center", color=(255, 255, 255))
    for i, t in enumerate([lw["firm"], lw.get("street", ""), f"{lw.get('pc', '')} {lw['city']}"]):
        _T(sh, 192, 34 + i * 4.5, t, font=CAL_B if i == 0 else CAL, size=9, anchor="right")
    for i, t in enumerate(["IND", "t.a.v. de unit Regulier", "Postbus 287", "7600 AG Almelo"]):
        _T(sh, 22, 48 + i * 5, t, font=CAL, size=10.5)
    dd = c.sub - dt.timedelta(days=rng.randint(1, 5))
    _T(sh, 22, 76, f"{lw['city']}, {d_nl(dd)}", font=CAL, size=10.5)
    sh.rect(22, 82, 83, 10, width_mm=0.2)
    sh.rect(105, 82, 83, 10, width_mm=0.2)
    _T(sh, 24, 83, "Uw kenmerk", font=CAL, size=7.5, color=GREY)
    _T(sh, 24, 87, f"V-nummer {c.vnr}", font=CAL_B, size=9.5)
    _T(sh, 107, 83, "Ons kenmerk", font=CAL, size=7.5, color=GREY)
    _T(sh, 107, 87, f"{dd.year}-{rng.randint(100, 999)}/{c.p.surname[:3].upper()}", font=CAL_B, size=9.5)
    y = _P(sh, 22, 100, 166, f"Onderwerp: aanvraag van {_name(c)}", font=CAL_B, size=10.5) + 3
    y = _P(sh, 22, y, 166, "Geachte heer, mevrouw,", font=CAL, size=10.5) + 3
    y = _P(sh, 22, y, 166, f"Hierbij dien ik namens mijn cliënt{'e' if c.p.sex == 'F' else ''} een aanvraag in voor "
                           f"{PROC_NL[c.procedure]}. Het ingevulde formulier en de bewijsstukken treft u bijgaand "
                           f"aan.", font=CAL, size=10.5, lead=1.45) + 3
    if c.no_passport:
        y = _P(sh, 22, y, 166, "Mijn cliënt heeft geen geldig paspoort en doet een beroep op de uitzondering op het "
                               "paspoortvereiste. Daarvoor wijs ik op het volgende:", font=CAL, size=10.5,
               lead=1.45) + 2
        for k, i in enumerate(c.exemption_shown):
            _T(sh, 24, y, f"{'abcde'[k]})", font=CAL, size=10.5)
            y = _P(sh, 31, y, 157, EXEMPTION_TEXT[i], font=CAL, size=10.5, lead=1.4) + 1.5
        y += 2
    y = _P(sh, 22, y, 166, "Ik verzoek u de beslissing aan mijn kantoor te zenden.", font=CAL, size=10.5) + 3
    y = _P(sh, 22, y, 166, "Met vriendelijke groet,", font=CAL, size=10.5)
    sh.signature(24, y + 1, 46, 14, rng, color=INK)
    _T(sh, 22, y + 17, c.lawyer_name or "mr. P. van Rijn", font=CAL, size=10.5)
    _T(sh, 22, y + 22, "advocaat", font=CAL_I, size=9.5, color=GREY)
    y += 32
    if enclosures:
        _T(sh, 22, y, "Bijlagen:", font=CAL_B, size=10.5)
        y += 6
        for e in enclosures:
            if y > c.page_h - 22:
                break
            _T(sh, 24, y, "•", font=CAL, size=10)
            _T(sh, 29, y, e, font=CAL, size=10)
            y += 5
    return [sh]


def _ind_letter(c: Case, subject: str, dd: dt.date) -> tuple[Sheet, float]:
    sh = _sheet(c)
    _T(sh, 105, 12, "Immigratie- en Naturalisatiedienst", font=FSER_B, size=11, anchor="center")
    _T(sh, 105, 17.5, "Ministerie van Justitie en Veiligheid", font=FSER, size=8.5, anchor="center", color=GREY)
    sh.rule(70, 22, 140, 22, width_mm=0.3)
    for i, t in enumerate([_name(c)] + _addr(c)):
        _T(sh, 22, 44 + i * 5, t, font=FSER, size=10.5)
    _T(sh, 22, 72, f"Datum {d_nl(dd)}    V-nummer {c.vnr}", font=FSER, size=9.5)
    _T(sh, 22, 78, f"Onderwerp {subject}", font=FSER_B, size=10)
    return sh, 90


def art64_decision(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The IND's decision on 'uitstel van vertrek' (article 64 Vw) in FreeSerif with a centred ministry heading,
    the date, V-number and subject as three lines at the left above the text, the period in a bold line of its
    own, and the objection clause in small type; printed signature of the IND."""
    end = c.art64_end or (c.sub + dt.timedelta(days=20))
    start = dt.date(end.year - 1, end.month, min(end.day, 28))
    sh, y = _ind_letter(c, "Besluit uitstel van vertrek (artikel 64 Vreemdelingenwet 2000)",
                        start - dt.timedelta(days=10))
    y = _P(sh, 22, y, 166, f"Geachte {title_nl(c.p)} {c.p.surname},", font=FSER, size=10.5) + 3
    y = _P(sh, 22, y, 166, "Het Bureau Medische Advisering heeft geadviseerd dat u door uw gezondheidstoestand op dit "
                           "moment niet kunt reizen. De IND verleent u daarom uitstel van vertrek.", font=FSER,
           size=10.5, lead=1.5) + 4
    _T(sh, 22, y, f"Periode: {d_nl(start)} tot en met {d_nl(end)}", font=FSER_B, size=11)
    y += 10
    y = _P(sh, 22, y, 166, "U mag tijdens deze periode in Nederland blijven. U hebt geen recht op arbeid.",
           font=FSER, size=10.5) + 8
    _P(sh, 22, y, 166, "Met vriendelijke groet,\nde Minister van Asiel en Migratie,\nnamens deze: Immigratie- en "
                       "Naturalisatiedienst", font=FSER, size=10.5)
    _P(sh, 22, 262, 166, "Bezwaar: u kunt binnen 4 weken na de datum van dit besluit bezwaar maken bij de IND.",
       font=FSER, size=8, color=GREY)
    return [sh]


def permit_decision(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The IND's decision granting the earlier permit, in the same FreeSerif print: purpose and date of effect as
    an indented two-line block with a teal rule at its left."""
    since = c.since or (c.sub - dt.timedelta(days=900))
    sh, y = _ind_letter(c, "Beslissing op uw aanvraag verblijfsvergunning", since + dt.timedelta(days=18))
    purpose = {"medical-treatment": "medische behandeling", "medical-treatment-after-art64": "medische behandeling",
               "relationship": "verblijf bij partner", "parent": "verblijf bij ouder"}.get(c.route or "",
                                                                                        "humanitair tijdelijk")
    y = _P(sh, 22, y, 166, f"Geachte {title_nl(c.p)} {c.p.surname},", font=FSER, size=10.5) + 3
    y = _P(sh, 22, y, 166, "Wij hebben uw aanvraag ingewilligd. U krijgt een verblijfsvergunning regulier voor "
                           "bepaalde tijd.", font=FSER, size=10.5, lead=1.5) + 4
    sh.rule(26, y, 26, y + 13, width_mm=1.2, color=TEAL)
    _T(sh, 30, y, f"Verblijfsdoel: {purpose}", font=FSER_B, size=10.5)
    _T(sh, 30, y + 7, f"Ingangsdatum: {d_nl(since)}", font=FSER_B, size=10.5)
    y += 22
    y = _P(sh, 22, y, 166, "Maak een afspraak om uw verblijfsdocument op te halen.", font=FSER, size=10.5) + 8
    _T(sh, 22, y, "Met vriendelijke groet, Immigratie- en Naturalisatiedienst", font=FSER, size=10.5)
    return [sh]


def mvv_page(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The visa page of the passport with the MVV (visum D) sticker for medical treatment, copied with the booklet
    open (both pages) across the middle of the sheet, the lawyer's red 'MVV' tab stuck at the page's edge and
    the client's name typed on a label above."""
    entry = c.sub - dt.timedelta(days=rng.randint(190, 230))
    start = entry - dt.timedelta(days=rng.randint(10, 30))
    end = start + dt.timedelta(days=90)
    spread = Sheet(250, 88)
    spread.rect(0, 0, 250, 88, width_mm=0, fill=(242, 246, 240))
    spread.rule(125, 0, 125, 88, width_mm=0.8, color=(160, 160, 160))
    st = Sheet(110, 72)
    st.rect(0, 0, 110, 72, width_mm=0, fill=(232, 236, 248))
    _T(st, 4, 3, "VISUM", font=FSANS_B, size=8)
    _T(st, 106, 3, "NEDERLAND", font=FSANS_B, size=7, anchor="right")
    st.photo(4, 10, 22, 28, rng)
    for i, (a, b) in enumerate((("GELDIG VOOR", "SCHENGEN"), ("VAN", d_dash(start)), ("TOT", d_dash(end)),
                                ("SOORT VISUM", "D"), ("NAAM", f"{c.p.surname.upper()} {c.p.given_names.upper()}"),
                                ("OPMERKINGEN", "MVV MEDISCHE BEHANDELING"))):
        _T(st, 30, 10 + i * 6, a, font=FSANS, size=5.2, color=GREY)
        bb = glyphs(b, FSANS_B)
        st.text(54, 10 + i * 6, bb, font=FSANS_B, size_pt=fit(bb, FSANS_B, 6.5, 52))
    paste(spread, st, 132, 8, dpi=260)
    sh = _sheet(c)
    sh.rect(30, 40, 90, 10, width_mm=0.2, fill=(255, 255, 240))
    _T(sh, 33, 42, f"{c.p.surname.upper()}, {c.p.given_names} – visum", font=LMONO, size=9.5)
    paste(sh, spread, 8, 110, k=0.78, dpi=240)
    sh.rect(196, 140, 10, 24, width_mm=0, fill=(210, 40, 40))
    return [sh]


_r("cover-letter-initialen-teal-vak-kenmerkcellen-opsomming-handtekening-onder-groet-39", "other", "nl",
   cover_letter, "lawyer's cover letter with initials in a teal square, reference cells, bulleted enclosures")
_r("art64-decision-gecentreerd-ministerie-periode-vetgedrukt-39", "other", "nl", art64_decision,
   "IND article-64 decision with a centred heading and the period in bold")
_r("permit-letter-gecentreerd-ministerie-teal-kantlijn-doelblok-39", "other", "nl", permit_decision,
   "IND decision granting the earlier permit, purpose block with a teal rule")
_r("mvv-sticker-sur-opengeslagen-paspoort-rode-tab-etiket-naam-39", "other", "nl", mvv_page,
   "open passport with the MVV sticker, a red tab and a name label")
