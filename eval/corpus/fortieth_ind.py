"""IND families of the `fortieth` part (registered in ind.FAMILIES), and the builder of its IND dossiers.

Written after dev, heldout and the parts fresh to thirty-ninth had been read, by a writer who saw neither the
validator nor its output, from the seeds (000, 001, 002), rules.md and how such papers look in Dutch files.  Each
family is described in its function's docstring and its registration note only (the part is read blind).

The IND dossiers of this part follow ind's generic dossier plans (ind.PartBuilder: the same compositions, the same
defect kinds).  The few places where ind.PartBuilder names one family per part (the civic-integration papers, the
US-Letter insurance certificate and the failed DUO results) are answered by FortiethBuilder below, and the part's
clean and defect plans are CLEAN_PLAN and DEFECT_PLAN here, so ind itself is not changed.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from . import ind as _ind
from .fortieth_identity import (
    _P,
    _T,
    BLOCK,
    BOOK,
    BOOK_B,
    BOOK_I,
    CALA,
    CALA_B,
    CARL,
    CARL_B,
    CARL_I,
    CEN,
    CEN_B,
    CEN_I,
    CPR,
    CPR_B,
    DSANS,
    DSANS_B,
    GREY,
    INK,
    INK_K,
    MARK,
    NARR,
    NARR_B,
    NMONO,
    NMONO_B,
    NROM,
    NROM_B,
    NROM_I,
    NSANS,
    NSANS_B,
    ST_BLUE,
    ST_GREEN,
    ST_RED,
    ST_VIOLET,
    THIN,
    clip,
    d_dash,
    d_nl,
    folded,
    grey_paper,
    low_jpeg,
    skewed,
    tilted_phone,
)
from .ind import (
    EXEMPTION_TEXT,
    GENERIC_PURPOSES,
    LETTER,
    PROC_NL,
    ROUTES_7027,
    SUB,
    Case,
    _care_dates,
    _defect,
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
from .twentyeighth_identity import barcode as bars
from .twentyeighth_identity import fit, glyphs, paste, qr, sheet_of, wrap

PART = "fortieth"
PLUM = (96, 40, 100)
DUO = (0, 82, 150)


def _r(id_, type_, lang, fn, notes, **bound):
    _ind._reg(id_, type_, PART, lang, fn, notes, **bound)


def _who(c: Case, key: str) -> str:
    r = random.Random(seed_of(key, c.rng_seed, "40"))
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
    return sheet_of(img, c.page_w, c.page_h)


# =========================================================================== IND application forms


class _F:
    """The IND forms as this part's writer saw them: a plum-coloured block at the upper LEFT with 'IND' in white
    and the form's title at its right in Nimbus Sans; the V-number asked in a row of ten single-digit comb cells
    under the title on every page (typed in Nimbus Mono, or written digit by digit in block capitals when the form
    was filled in on paper); each question numbered (1.1, 1.2 ...) with the answer on an underline to its right;
    options as square boxes in a row; the page number 'pagina n/N' at the upper RIGHT."""

    def __init__(self, c: Case, rng: random.Random, title: str, code: str, pages: int):
        self.c, self.rng, self.title, self.code, self.pages = c, rng, title, code, pages
        self.sheets: list[Sheet] = []
        self.hand = c.fill == "hand"
        self.ink = rng.choice([INK, INK_K])
        self.sec = 0
        self.q = 0
        self.new_page()

    def new_page(self):
        c = self.c
        sh = c.new_sheet()
        n = len(self.sheets) + 1
        sh.rect(15, 10, 22, 14, width_mm=0, fill=PLUM)
        _T(sh, 26, 13.5, "IND", font=NSANS_B, size=14, color=(255, 255, 255), anchor="center")
        tt = glyphs(self.title, NSANS_B)
        sh.text(41, 10.5, tt, font=NSANS_B, size_pt=fit(tt, NSANS_B, 10.5, 130))
        _T(sh, 41, 17, self.code, font=NSANS, size=7.5, color=GREY)
        _T(sh, 195, 10.5, f"pagina {n}/{self.pages}", font=NSANS, size=8, anchor="right", color=GREY)
        _T(sh, 41, 22, "V-nummer", font=NSANS, size=7.5)
        for k in range(10):
            sh.rect(56 + k * 5.2, 21, 5.2, 6, width_mm=0.25)
            ch = c.vnr[k] if k < len(c.vnr) else ""
            if self.hand:
                sh.handwriting(56.8 + k * 5.2, 20.6, ch, self.rng, size_pt=11, color=self.ink, font=BLOCK)
            else:
                _T(sh, 58.6 + k * 5.2, 22.2, ch, font=NMONO_B, size=10, anchor="center")
        self.sheets.append(c.intr(sh))
        self.sh = sh
        self.y = 36

    def section(self, t: str):
        self.sec += 1
        self.q = 0
        self.y += 3
        _T(self.sh, 15, self.y, f"{self.sec}", font=NSANS_B, size=12, color=PLUM)
        _T(self.sh, 23, self.y + 0.5, t, font=NSANS_B, size=10.5)
        self.sh.rule(15, self.y + 6.5, 195, self.y + 6.5, width_mm=0.5, color=PLUM)
        self.y += 10

    def _val(self, x, y, s, w):
        if not s:
            return
        if self.hand:
            s2 = glyphs(str(s).upper(), BLOCK)
            size = 11.5
            while size > 7.0 and self.sh.text_width(s2, font=BLOCK, size_pt=size) * 1.15 > w:
                size -= 0.5
            self.sh.handwriting(x, y - 1.6, s2, self.rng, size_pt=size, color=self.ink, font=BLOCK)
        else:
            v = glyphs(str(s), NMONO)
            self.sh.text(x, y, v, font=NMONO, size_pt=fit(v, NMONO, 9.8, w))

    def field(self, label: str, value: str):
        self.q += 1
        lines = wrap(label, 60, NSANS, 8.8)
        _T(self.sh, 15, self.y, f"{self.sec}.{self.q}", font=NSANS, size=8.8, color=GREY)
        for k, ln in enumerate(lines):
            _T(self.sh, 25, self.y + k * 4, ln, font=NSANS, size=8.8)
        self.sh.rule(88, self.y + 4.6, 195, self.y + 4.6, width_mm=0.25)
        self._val(90, self.y, value, 103)
        self.y += max(8.5, 4 * len(lines) + 4)

    def choice(self, label: str, opts: list[str], chosen: set[int]):
        self.q += 1
        _T(self.sh, 15, self.y, f"{self.sec}.{self.q}", font=NSANS, size=8.8, color=GREY)
        lines = wrap(label, 168, NSANS, 8.8)
        for k, ln in enumerate(lines[:2]):
            _T(self.sh, 25, self.y + k * 4, ln, font=NSANS, size=8.8)
        yy = self.y + 4 * min(2, len(lines)) + 1.5
        x = 27
        for i, o in enumerate(opts):
            oo = glyphs(o, NSANS)
            w = self.sh.text_width(oo, font=NSANS, size_pt=8.6)
            if x + 6 + w > 195:
                x, yy = 27, yy + 5.5
            self.sh.checkbox(x, yy, 3.4, i in chosen, rng=self.rng if self.hand else None, ink=self.ink)
            self.sh.text(x + 5, yy - 0.2, oo, font=NSANS, size_pt=8.6)
            x += 10 + w
        self.y = yy + 7

    def sign(self):
        c, sh = self.c, self.sh
        self.section("Ondertekening")
        _P(sh, 25, self.y, 168, "Ik heb dit formulier volledig en naar waarheid ingevuld. Ik weet dat de IND mijn "
                                "gegevens kan controleren.", font=NSANS, size=8.8)
        self.y += 10
        d0 = c.sub - dt.timedelta(days=self.rng.randint(1, 6))
        self.field("Plaats", c.p.address.city if c.p.address else "Utrecht")
        self.field("Datum (dd-mm-jjjj)", d_dash(d0))
        self.q += 1
        _T(sh, 15, self.y, f"{self.sec}.{self.q}", font=NSANS, size=8.8, color=GREY)
        _T(sh, 25, self.y, "Handtekening", font=NSANS, size=8.8)
        sh.rect(88, self.y - 1, 80, 24, width_mm=0.3)
        sh.signature(94, self.y + 3, 54, 16, self.rng, color=self.ink)
        self.y += 26


def _personal(f: _F, c: Case):
    p = c.p
    f.section("Uw gegevens")
    f.field("Achternaam (zoals in paspoort)", p.surname)
    f.field("Alle voornamen", p.given_names)
    f.field("Geboortedatum", p.birth_date.strftime("%d-%m-%Y"))
    f.field("Geboorteplaats en -land", f"{p.birth_place}, {country_nl(p)}")
    f.field("Nationaliteit", nat_nl(p))
    f.choice("Geslacht", ["man", "vrouw"], {0 if p.sex == "M" else 1})
    if p.address:
        f.field("Adres in Nederland", f"{p.address.street} {p.address.number}, {p.address.postcode} {p.address.city}")
    if c.lawyer:
        f.section("Uw advocaat of gemachtigde")
        f.field("Naam", c.lawyer_name)
        f.field("Kantoor, plaats", f"{c.lawyer['firm']}, {c.lawyer['city']}")


def form_med(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _F(c, rng, "Aanvraag verblijfsvergunning – medische behandeling", "formulier MED-40 · uitgave 2026-1", 2)
    _personal(f, c)
    f.new_page()
    f.section("Uw medische behandeling")
    f.field("Naam zorginstelling", c.hospital.get("name", ""))
    f.field("Vestigingsplaats", c.hospital.get("city", ""))
    f.field("Behandeling", c.med.get("tx_short", ""))
    f.choice("Hebt u 1 jaar of langer uitstel van vertrek gehad (artikel 64 Vw)?", ["nee", "ja"],
             {1 if c.art64_end else 0})
    if c.art64_end:
        f.field("Einddatum uitstel van vertrek", c.art64_end.strftime("%d-%m-%Y"))
    else:
        f.choice("Wie betaalt uw verblijf en behandeling?", ["ik zelf", "een garantsteller"], {1 if c.payer else 0})
    f.choice("Hebt u een geldig paspoort?", ["ja (kopie bijgevoegd)", "nee (zie brief advocaat)"],
             {1 if c.no_passport else 0})
    f.choice("Hebt u de Surinaamse nationaliteit en een visum voor medische behandeling?", ["nee", "ja"],
             {1 if c.suriname_visa else 0})
    f.sign()
    return f.sheets


def form_7027(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _F(c, rng, "Aanvraag voortgezet verblijf (humanitair niet-tijdelijk) – 7027", "formulier 7027 · uitgave 2026-1",
           2)
    _personal(f, c)
    f.new_page()
    f.section("Uw huidige verblijfsvergunning")
    keys = [k for k, _ in ROUTES_7027]
    f.choice("Op welke grond had u uw verblijfsvergunning?", [t for _, t in ROUTES_7027],
             {keys.index(c.route)} if c.route in keys else set())
    f.field("Sinds (datum)", c.since.strftime("%d-%m-%Y") if c.since else "")
    if c.route == "relationship":
        f.choice("Inburgering", ["diploma behaald", "ontheffing of vrijstelling", "nog niet"],
                 {0} if c.inburgering in ("diploma", "results") else ({1} if c.inburgering == "exemption" else {2}))
    if c.route and c.route.startswith("medical"):
        f.choice("Is de behandeling nog minstens 1 jaar nodig?", ["ja, verklaring arts bijgevoegd", "nee"], {0})
    f.sign()
    return f.sheets


def form_generic(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _F(c, rng, "Aanvraag verlenging verblijfsvergunning regulier", "formulier VERL-40 · uitgave 2026-2", 2)
    _personal(f, c)
    f.new_page()
    f.section("Uw verblijfsvergunning")
    r = random.Random(c.rng_seed)
    f.field("Verblijfsdoel", GENERIC_PURPOSES[r.randrange(len(GENERIC_PURPOSES))])
    f.field("Geldig tot", (c.sub + dt.timedelta(days=r.randint(20, 80))).strftime("%d-%m-%Y"))
    f.choice("Is er iets veranderd in uw situatie?", ["nee", "ja, zie bijlage"], {0})
    f.sign()
    return f.sheets


_r("ind-form-med-paars-blok-vnummer-kamvakjes-genummerde-vragen-onderstreping-40", "application", "nl", form_med,
   "medical-treatment form: plum IND block, V-number in comb cells, numbered questions answered on underlines")
_r("ind-form-7027-paars-blok-vnummer-kamvakjes-genummerde-vragen-onderstreping-40", "application", "nl", form_7027,
   "form 7027 in the same print")
_r("ind-form-generic-paars-blok-vnummer-kamvakjes-genummerde-vragen-onderstreping-40", "application", "nl",
   form_generic, "regular extension form in the same print")


# =========================================================================== income


def payslip(c: Case, rng: random.Random, *, month: int = 11, **_) -> list[Sheet]:
    """A temp agency's 'loonstrook' in LANDSCAPE-like rows on portrait paper, printed by the payroll service in
    Nimbus Sans Narrow: a grey header band with the agency's name at the LEFT and 'LOONSTROOK week 44-47' at the
    right, the employee's data in a four-column grid (naam | BSN-laatste 4 | fase | uurloon), the components as a
    wide table with columns 'uren | tarief | bedrag', cumulatives in a separate box at the foot; folded in three
    to go in the envelope and scanned flat."""
    e = _emp(c, rng)
    g = earner(c)
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    sh = _sheet(c)
    sh.rect(12, 10, c.page_w - 24, 14, width_mm=0, fill=(226, 226, 226))
    _T(sh, 15, 12, e["name"], font=NARR_B, size=12)
    _T(sh, 15, 18, f"{e['street']}, {e['pc']} {e['city']} · loonheffingennr. {e['lhn']}", font=NARR, size=8)
    _T(sh, c.page_w - 15, 13, f"LOONSTROOK  {month:02d}/2026", font=NARR_B, size=12, anchor="right")
    for i, t in enumerate([f"{g.given_names} {g.surname}"] + _addr(c, g)):
        _T(sh, 120, 32 + i * 4.8, t, font=NARR, size=10)
    x, y = 15, 56
    uur = round(e["bruto"] / 173.33, 2)
    for a, b in (("Naam", f"{g.surname}, {g.given_names[:1]}."), ("Personeelsnr.", e["pnr"]),
                 ("Functie", e["func_now"][:24]), ("Uurloon", eur(uur)), ("In dienst", d_dash(e["start"]))):
        sh.rect(x, y, 36, 12, width_mm=0.2)
        _T(sh, x + 1.5, y + 1, a, font=NARR, size=7, color=GREY)
        bb = glyphs(b, NARR_B)
        sh.text(x + 1.5, y + 5.5, bb, font=NARR_B, size_pt=fit(bb, NARR_B, 9, 33))
        x += 36
    y = 78
    cols = [("Omschrijving", 80), ("Uren", 26), ("Tarief", 30), ("Bedrag", 44)]
    x = 15
    for h, w in cols:
        sh.rect(x, y, w, 7, width_mm=0.2, fill=(240, 240, 240))
        _T(sh, x + 1.5, y + 1.5, h, font=NARR_B, size=9)
        x += w
    y += 7
    for row in (("Gewerkte uren", "173,33", eur(uur), eur(k["bruto"])),
                (f"Pensioen StiPP {k['pct'] * 100:.1f}%".replace(".", ","), "", "", "-" + eur(k["pens"])),
                ("Loon voor de loonheffing", "", "", eur(k["base"])), ("Loonheffing (witte tabel)", "", "",
                                                                      "-" + eur(k["lh"])),
                ("Reiskostenvergoeding", "", "", eur(k["reis"])), ("Netto uit te betalen", "", "", eur(k["net"]))):
        x = 15
        bold = row[0].startswith("Netto")
        for v, (_, w) in zip(row, cols):
            sh.rect(x, y, w, 6.8, width_mm=0.15)
            _T(sh, x + w - 1.5 if v and v[0] in "-€0123456789" else x + 1.5, y + 1.4, v,
               font=NARR_B if bold else NARR, size=9,
               anchor="right" if v and v[0] in "-€0123456789" else "left")
            x += w
        y += 6.8
    sh.rect(15, y + 8, 90, 20, width_mm=0.3)
    _T(sh, 17, y + 9.5, "Cumulatieven 2026", font=NARR_B, size=8.5)
    _T(sh, 17, y + 14.5, f"Loon LH {eur(round(k['base'] * month, 2))}", font=NARR, size=8.5)
    _T(sh, 17, y + 19.5, f"Ingehouden LH {eur(round(k['lh'] * month, 2))}", font=NARR, size=8.5)
    _T(sh, 110, y + 12, f"Betaald op {iban_fmt(e['iban'])}", font=NARR, size=8.5)
    return [_keep(c, folded(sh.render(200), rng, quarters=False))]


def guarantor(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The guarantor's 'Garantverklaring' on a printed model form filled in BY HAND in a marker hand (Humor Sans)
    on underlined fields, the undertaking printed in small type in a box, the guarantor's signature in a box to
    the RIGHT of the label 'Handtekening garantsteller', the date written to its left; phone photo taken
    slightly tilted."""
    f = _guarantor_facts(c)
    g, e = f["g"], f["e"]
    sh = _sheet(c)
    ink = rng.choice([INK, INK_K])
    _T(sh, 18, 14, "GARANTVERKLARING", font=CALA_B, size=15)
    _T(sh, 18, 21, "bij een aanvraag voor verblijf wegens medische behandeling", font=CALA,
       size=9.5, color=GREY)
    y = 36

    def fld(lab, val):
        nonlocal y
        _T(sh, 18, y, lab, font=CALA, size=9.5)
        sh.rule(80, y + 5, 192, y + 5, width_mm=0.2)
        if val:
            sh.handwriting(82, y - 1.5, glyphs(str(val), MARK), rng, size_pt=11.5, color=ink, font=MARK)
        y += 10

    fld("Naam garantsteller", f"{g.given_names} {g.surname}")
    fld("Adres", ", ".join(_addr(c, g)))
    fld("Geboortedatum", d_dash(g.birth_date))
    fld("Relatie tot de vreemdeling", c.payer_relation or "familielid")
    fld("Naam vreemdeling", f"{c.p.given_names} {c.p.surname}")
    fld("Geboortedatum vreemdeling", d_dash(c.p.birth_date))
    fld("Werkgever", f"{e['name']}, {e['city']}")
    fld("Netto inkomen per maand", eur(f["net"]))
    y += 4
    txt = ("Ondergetekende verklaart zich garant te stellen voor alle kosten van verblijf en medische behandeling "
           "van de hierboven genoemde vreemdeling in Nederland, en weet dat deze kosten op hem of haar kunnen worden "
           "verhaald zolang deze verklaring geldt.")
    lines = wrap(glyphs(txt, CALA), 168, CALA, 8.8)
    sh.rect(18, y, 174, len(lines) * 4 + 5, width_mm=0.3)
    _P(sh, 21, y + 2.5, 168, txt, font=CALA, size=8.8, lead=1.3)
    y += len(lines) * 4 + 14
    _T(sh, 18, y + 4, "Datum", font=CALA, size=9.5)
    sh.handwriting(32, y + 2.5, d_dash(c.sub - dt.timedelta(days=14)), rng, size_pt=11, color=ink, font=MARK)
    w = _T(sh, 80, y + 4, "Handtekening garantsteller", font=CALA, size=9.5)
    sh.rect(84 + w, y - 4, 60, 20, width_mm=0.3)
    sh.signature(88 + w, y - 2, 48, 15, rng, color=ink)
    return [tilted_phone(sh, rng)]


def employer_statement(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A logistics company's 'werkgeversverklaring' as a LETTER on its letterhead (logo bar at the TOP RIGHT in
    orange, address in the footer), the facts in prose in C059 with the salary figures in a short indented table,
    the HR director's signature BESIDE the closing 'Met vriendelijke groet,' and the typed name and function
    under it; the company's oval stamp at the lower LEFT."""
    e = _emp(c, rng)
    g = earner(c)
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    sh = _sheet(c)
    sh.rect(140, 10, 52, 10, width_mm=0, fill=(230, 120, 20))
    _T(sh, 166, 12, e["name"][:26], font=CEN_B, size=9, anchor="center", color=(255, 255, 255))
    _T(sh, 105, c.page_h - 14, f"{e['name']} · {e['street']} · {e['pc']} {e['city']} · KvK {e['kvk']}", font=CEN,
       size=7.5, anchor="center", color=GREY)
    dd = c.sub - dt.timedelta(days=rng.randint(6, 28))
    _T(sh, 22, 40, f"{e['city']}, {d_nl(dd)}", font=CEN, size=10.5)
    _T(sh, 22, 50, "Betreft: werkgeversverklaring", font=CEN_B, size=10.5)
    y = _P(sh, 22, 60, 166, "Aan wie het aangaat,", font=CEN, size=10.5) + 3
    y = _P(sh, 22, y, 166, f"Hierbij verklaren wij dat {g.given_names} {g.surname}, geboren op {d_dash(g.birth_date)}, "
                           f"sinds {d_nl(e['start'])} bij ons in dienst is als {e['func_now'].lower()}, op basis "
                           f"van een arbeidsovereenkomst voor onbepaalde tijd. Er is geen proeftijd van toepassing en "
                           f"het dienstverband is niet opgezegd.", font=CEN, size=10.5, lead=1.5) + 4
    for a, b in (("Bruto maandloon", eur(k["bruto"])), ("Vakantiegeld", "8 %"),
                 ("Bruto jaarinkomen (incl. vakantiegeld)", eur(round(k["bruto"] * 12.96, 2))),
                 ("Gemiddeld netto per maand", eur(k["net"]))):
        _T(sh, 32, y, a, font=CEN, size=10.5)
        _T(sh, 170, y, b, font=CEN_B, size=10.5, anchor="right")
        y += 6
    y += 6
    w = _T(sh, 22, y + 6, "Met vriendelijke groet,", font=CEN, size=10.5)
    sh.signature(28 + w, y, 46, 14, rng, color=INK)
    _T(sh, 28 + w, y + 16, _who(c, "hr"), font=CEN_B, size=10)
    _T(sh, 28 + w, y + 21, "directeur HR", font=CEN_I, size=9.5)
    sh.stamp(26, y + 24, [e["name"][:24].upper(), e["city"].upper()], rng, shape="oval", size_mm=40, color=ST_BLUE,
             angle=rng.uniform(-12, 12))
    return [sh]


def bank_statement(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A bank's monthly 'rekeningafschrift' as a PDF in DejaVu Sans: the bank's name at the upper RIGHT, the
    account holder's address in the window, the opening and closing balances in a box, the transactions as a
    table with separate 'Af' and 'Bij' columns and a running balance column; the salary credit among them."""
    e = _emp(c, rng)
    g = earner(c)
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    b = c.bank
    sh = _sheet(c)
    _T(sh, 192, 14, b["name"], font=DSANS_B, size=13, anchor="right", color=(0, 90, 60))
    _T(sh, 192, 20, f"BIC {b['bic']}", font=DSANS, size=8, anchor="right", color=GREY)
    for i, t in enumerate([f"{g.given_names} {g.surname}"] + _addr(c, g)):
        _T(sh, 22, 38 + i * 5, t, font=DSANS, size=9.5)
    _T(sh, 22, 66, "Rekeningafschrift november 2026", font=DSANS_B, size=11)
    _T(sh, 22, 72, f"Rekening {iban_fmt(e['iban'])}", font=DSANS, size=9)
    r = random.Random(seed_of("bank40", c.rng_seed))
    start = round(r.uniform(300, 1800), 2)
    tx = [(3, "Huur woning", -round(r.uniform(650, 990), 2)), (8, "Jumbo", -round(r.uniform(20, 70), 2)),
          (15, "Eneco", -round(r.uniform(80, 160), 2)), (24, e["name"][:28] + " salaris nov", k["net"]),
          (26, "Zorgpremie", -round(r.uniform(135, 165), 2)), (29, "NS Reizen", -round(r.uniform(8, 40), 2))]
    end = round(start + sum(a for *_x, a in tx), 2)
    sh.rect(130, 62, 62, 14, width_mm=0.3)
    _T(sh, 132, 63.5, f"Beginsaldo {eur(start)}", font=DSANS, size=8.5)
    _T(sh, 132, 69, f"Eindsaldo {eur(end)}", font=DSANS_B, size=8.5)
    y = 84
    cols = [("Datum", 22), ("Omschrijving", 70), ("Af", 26), ("Bij", 26), ("Saldo", 26)]
    x = 22
    for h, w in cols:
        sh.rect(x, y, w, 6.5, width_mm=0, fill=(226, 238, 230))
        _T(sh, x + 1.2, y + 1.4, h, font=DSANS_B, size=8)
        x += w
    y += 7
    bal = start
    for d, t, a in tx:
        bal = round(bal + a, 2)
        vals = [f"{d:02d}-11", t, eur(-a) if a < 0 else "", eur(a) if a > 0 else "", eur(bal)]
        x = 22
        for v, (_, w) in zip(vals, cols):
            vv = glyphs(v, DSANS)
            sh.text(x + 1.2, y, vv, font=DSANS_B if (a > 0 and v) else DSANS, size_pt=fit(vv, DSANS, 8.3, w - 2))
            x += w
        sh.rule(22, y + 5, 192, y + 5, width_mm=0.1, color=(200, 200, 200))
        y += 6.5
    _T(sh, 22, c.page_h - 16, "Dit afschrift is automatisch aangemaakt en niet ondertekend.", font=DSANS, size=7.5,
       color=GREY)
    return [sh]


def tax_assessment(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The tax office's 'aanslag inkomstenbelasting 2025' (final assessment) as a posted letter: the Belastingdienst
    wordmark in Nimbus Roman with a blue square at the upper LEFT, 'Dagtekening' and the assessment number in a
    column of labels at the RIGHT, the calculation as a ruled list with dotted leaders, 'Te betalen' or 'Terug
    te ontvangen' in bold; copied on grey paper."""
    e = _emp(c, rng)
    g = earner(c)
    sh = _sheet(c)
    sh.rect(18, 10, 8, 8, width_mm=0, fill=(0, 60, 130))
    _T(sh, 29, 11, "Belastingdienst", font=NROM_B, size=14, color=(0, 60, 130))
    for i, (a, b) in enumerate((("Dagtekening", d_dash(dt.date(2026, rng.randint(4, 9), rng.randint(2, 26)))),
                                ("Aanslagnummer", f"{rng.randint(1000, 9999)}.{rng.randint(10, 99)}.{rng.randint(100, 999)}.H.56"),
                                ("Belastingjaar", "2025"))):
        _T(sh, 140, 30 + i * 5.5, a, font=NROM, size=8.5, color=GREY)
        _T(sh, 168, 30 + i * 5.5, b, font=NROM_B, size=9)
    for i, t in enumerate([f"{g.given_names} {g.surname}"] + _addr(c, g)):
        _T(sh, 22, 36 + i * 5, t, font=NROM, size=10.5)
    _T(sh, 22, 70, "Aanslag inkomstenbelasting 2025", font=NROM_B, size=12.5)
    jaar = round(e["bruto"] * 12.96, 0)
    lh = round(jaar * 0.265, 0)
    y = 84
    for a, b in (("Inkomen uit werk en woning", eur(jaar)), ("Belasting en premie volksverzekeringen",
                                                             eur(round(jaar * 0.3697, 0))),
                 ("Heffingskortingen", "- " + eur(3362)), ("Ingehouden loonheffing", "- " + eur(lh))):
        w = _T(sh, 22, y, a, font=NROM, size=10.5)
        sh.rule(24 + w, y + 3.8, 160, y + 3.8, width_mm=0.15, dash=0.5, color=(120, 120, 120))
        _T(sh, 190, y, b, font=NROM, size=10.5, anchor="right")
        y += 7.5
    sh.rule(150, y, 190, y, width_mm=0.3)
    _T(sh, 22, y + 3, "Terug te ontvangen", font=NROM_B, size=11)
    _T(sh, 190, y + 3, eur(round(jaar * 0.004, 0)), font=NROM_B, size=11, anchor="right")
    _P(sh, 22, y + 16, 166, "Bent u het niet eens met deze aanslag? Dan kunt u binnen 6 weken na de dagtekening "
                            "bezwaar maken.", font=NROM, size=9.5, lead=1.4)
    return [_keep(c, grey_paper(sh.render(200), rng))]


_r("payslip-uitzendbureau-loonstrook-grijze-kopband-breed-tabel-cumulatieven-in-drieen-gevouwen-40", "income-proof",
   "nl", payslip, "temp agency's payslip, grey header band, wide table, cumulatives box, folded in three")
_r("guarantor-modelformulier-stifthand-onderstreepte-velden-handtekening-vak-rechts-scheve-foto-40",
   "income-proof", "nl", guarantor, "guarantor's model form filled in by hand, signature box right of the label, "
   "phone photo slightly tilted")
_r("employer-brief-logistiek-oranje-logo-proza-tabel-handtekening-naast-groet-40", "income-proof", "nl",
   employer_statement, "employer's statement as a letter with a small salary table, signature beside the closing")
_r("bank-rekeningafschrift-pdf-af-bij-saldo-kolommen-40", "income-proof", "nl", bank_statement,
   "bank's monthly statement as a PDF with debit, credit and running balance columns")
_r("tax-definitieve-aanslag-2025-stippelleiders-grijs-papier-40", "income-proof", "nl", tax_assessment,
   "final income-tax assessment 2025 with dotted leaders, copied on grey paper")


# =========================================================================== medical statements


def _make_doc(c: Case):
    r = random.Random(seed_of("doctor", "spec40", c.rng_seed))
    g, s, _ = make_professional(r, "NL")
    return g, f"{r.choice(['dr.', 'Dr.', 'drs.'])} {g[0]}. {s[0].upper() + s[1:]}"


def medstat_nl(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A treating specialist's letter 'aan de advocaat' on the hospital's letterhead in Carlito: the hospital's
    name and department in a narrow LEFT column running down the page with the phone numbers, the letter in the
    right column, questions of the lawyer repeated in italics each followed by the answer; signed at the END with
    the signature ABOVE the name, the BIG number printed after the name."""
    h = c.hospital
    _, doc = _make_doc(c)
    m = c.med
    sh = _sheet(c)
    col = h.get("color", PLUM)
    sh.rule(52, 12, 52, c.page_h - 20, width_mm=0.3, color=col)
    for i, t in enumerate([h["name"], m["spec"], h["street"], f"{h['pc']} {h['city']}", "", "Polikliniek",
                           f"T {h.get('tel', '0')}-{rng.randint(1000000, 9999999)}", h.get("web", "")]):
        tt = glyphs(t, CARL)
        sh.text(15, 14 + i * 4.6, tt, font=CARL_B if i == 0 else CARL, size_pt=fit(tt, CARL, 8.5, 35),
                color=col if i == 0 else GREY)
    dd = c.sub - dt.timedelta(days=random.Random(seed_of("msd", c.rng_seed)).randint(6, 40))
    lw = c.lawyer or {"firm": "Advocatenkantoor", "city": "Utrecht"}
    for i, t in enumerate([c.lawyer_name or "de advocaat", lw["firm"], lw["city"]]):
        _T(sh, 58, 30 + i * 5, t, font=CARL, size=10.5)
    _T(sh, 58, 52, f"{h['city']}, {d_nl(dd)}", font=CARL, size=10.5)
    _T(sh, 58, 60, f"Betreft: {_name(c)}, geb. {d_dash(c.p.birth_date)}", font=CARL_B, size=10.5)
    start = _treat_start(c)
    y = _P(sh, 58, 70, 134, "Geachte collega, in antwoord op uw vragen bericht ik u het volgende.", font=CARL,
           size=10.5) + 3
    for q, a in (("Wat is de diagnose?", m["dx"][0].upper() + m["dx"][1:] + "."),
                 ("Welke behandeling krijgt patiënt?", m["tx"][0].upper() + m["tx"][1:] + "."),
                 ("Sinds wanneer en hoe lang nog?", f"Sinds {d_nl(start)}. {duration_phrase(c.duration, start)}"),
                 ("Wat gebeurt er als de behandeling stopt?", f"{m['stop']} {_not_available(c)}")):
        y = _P(sh, 58, y, 134, q, font=CARL_I, size=10.5, color=GREY) + 0.5
        y = _P(sh, 58, y, 134, a, font=CARL, size=10.5, lead=1.4) + 3
    y = _P(sh, 58, y + 2, 134, "Met collegiale groet,", font=CARL, size=10.5)
    sh.signature(60, y + 1, 46, 14, rng, color=INK)
    _T(sh, 58, y + 17, f"{doc}, {m['doc_title']} – BIG {random.Random(seed_of('big', c.rng_seed)).randint(10**10, 10**11 - 1)}",
       font=CARL_B, size=9.5)
    return [sh]


def medstat_en(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An English 'Medical report' from a private clinic abroad in Nimbus Roman: centred clinic name in spaced
    capitals, a two-column particulars block (Patient / D.o.b. / Report date / Physician), the report under
    underlined headings, signed at the END with the clinic's round stamp OVER the signature; scanned at 150 dpi
    as a poor JPEG."""
    h = c.hospital
    _, doc = _make_doc(c)
    m = c.med
    sh = _sheet(c)
    _T(sh, 105, 14, h["name"].upper(), font=NROM_B, size=12.5, anchor="center", spacing=0.6)
    _T(sh, 105, 21, f"Department of {m['spec_en']} · {h['street']} · {h['pc']} {h['city']}", font=NROM, size=8.5,
       anchor="center", color=GREY)
    _T(sh, 105, 34, "MEDICAL REPORT", font=NROM_B, size=13, anchor="center")
    dd = c.sub - dt.timedelta(days=random.Random(seed_of("msd", c.rng_seed)).randint(6, 40))
    for i, (a, b) in enumerate((("Patient", f"{c.p.given_names} {c.p.surname}"), ("D.o.b.", d_dash(c.p.birth_date)),
                                ("Report date", f"{dd.day} {dd.strftime('%B')} {dd.year}"), ("Physician", doc))):
        x = 22 + (i % 2) * 86
        yy = 44 + (i // 2) * 7
        _T(sh, x, yy, a + ":", font=NROM, size=10, color=GREY)
        _T(sh, x + 24, yy, b, font=NROM_B, size=10)
    start = _treat_start(c)
    y = 64
    for head, a in (("Diagnosis", m["dx_en"][0].upper() + m["dx_en"][1:] + "."),
                    ("Treatment", f"Since {start.day} {start.strftime('%B')} {start.year}: {m['tx_en']}."),
                    ("Expected duration", duration_phrase(c.duration, start, "en")),
                    ("Consequences of discontinuation", f"{m['stop_en']} {_not_available(c, 'en')}")):
        w = _T(sh, 22, y, head, font=NROM_B, size=10.5)
        sh.rule(22, y + 4.6, 22 + w, y + 4.6, width_mm=0.25)
        y = _P(sh, 22, y + 6.5, 166, a, font=NROM, size=10.5, lead=1.5) + 4
    y += 4
    sh.signature(24, y, 46, 14, rng, color=INK_K)
    sh.stamp(40, y + 2, [h["short"].upper(), "MEDICAL"], rng, shape="round", size_mm=28, color=ST_VIOLET,
             angle=rng.uniform(-20, 20))
    _T(sh, 22, y + 17, f"{doc}, {m['doc_en']}", font=NROM, size=10)
    return [_keep(c, low_jpeg(sh).render(150))]


_r("medstat-specialist-brief-aan-advocaat-linkerkolom-briefhoofd-vraag-antwoord-cursief-40", "medical-statement",
   "nl", medstat_nl, "specialist's letter to the lawyer, letterhead in a narrow left column, questions in italics")
_r("medstat-english-medical-report-gespatieerd-onderstreepte-koppen-stempel-over-handtekening-jpeg-40",
   "medical-statement", "en", medstat_en, "English medical report, underlined headings, stamp over the signature, "
   "150 dpi JPEG")


# =========================================================================== care institution


def care_letter(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A dialysis centre's 'bevestiging behandeling' in URW Bookman: a coloured left margin stripe, the centre's
    name at the TOP RIGHT, the four points of the IND's 'verklaring zorginstelling' answered as a lettered list
    (a. kan behandelen, b. is bereid, c. periode, d. kosten); the signature BELOW 'Hoogachtend,' with the stamp
    ABOVE the signature, overlapping the closing line."""
    h = c.hospital
    s, e = _care_dates(c)
    if e <= c.sub + dt.timedelta(days=90):
        e = add_months(max(s, c.sub), 12)
    sh = _sheet(c)
    sh.rect(0, 0, 8, c.page_h, width_mm=0, fill=h.get("color", PLUM))
    _T(sh, 192, 14, h["name"], font=BOOK_B, size=11.5, anchor="right")
    _T(sh, 192, 20, f"{h['street']}, {h['pc']} {h['city']}", font=BOOK, size=8.5, anchor="right", color=GREY)
    dd = c.sub - dt.timedelta(days=random.Random(seed_of("cd", c.rng_seed)).randint(5, 35))
    _T(sh, 22, 40, "Aan de Immigratie- en Naturalisatiedienst", font=BOOK, size=10)
    _T(sh, 22, 52, f"{h['city']}, {d_nl(dd)}", font=BOOK, size=10)
    _T(sh, 22, 62, "Bevestiging behandeling (verklaring zorginstelling)", font=BOOK_B, size=11)
    y = _P(sh, 22, 70, 166, f"Patiënt: {_name(c)}, geboren {d_dash(c.p.birth_date)}", font=BOOK, size=10) + 4
    for k, p in enumerate((f"Onze instelling kan de patiënt behandelen: {c.med['tx']}.",
                           "Onze instelling is bereid deze behandeling te geven.",
                           f"Periode: van {d_nl(s)} tot ten minste {d_nl(e)}.", _payer_phrase(c))):
        _T(sh, 24, y, "abcd"[k] + ".", font=BOOK_B, size=10)
        y = _P(sh, 31, y, 157, p, font=BOOK, size=10, lead=1.5) + 3
    y += 6
    _T(sh, 22, y, "Hoogachtend,", font=BOOK, size=10)
    sh.stamp(30, y - 6, [h["name"][:24].upper(), "DIALYSECENTRUM"], rng, shape="round", size_mm=28, color=ST_GREEN,
             angle=rng.uniform(-20, 20))
    sh.signature(24, y + 6, 46, 14, rng, color=INK)
    _T(sh, 22, y + 22, f"{_who(c, 'md')}, medisch manager", font=BOOK, size=9.5)
    return [sh]


def care_form(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The IND's own model 'verklaring zorginstelling' printed blank and filled in BY HAND by the hospital's
    patient office (block capitals on the printed lines, Nimbus Sans labels), the yes/no answers ticked, the
    signature in the box at the LOWER RIGHT with the hospital's rectangular stamp half across the box's edge;
    the sheet scanned with a skew of about two degrees."""
    h = c.hospital
    s, e = _care_dates(c)
    if e <= c.sub + dt.timedelta(days=90):
        e = add_months(max(s, c.sub), 12)
    sh = _sheet(c)
    ink = rng.choice([INK, INK_K])
    _T(sh, 18, 12, "IND – Verklaring zorginstelling", font=NSANS_B, size=12)
    _T(sh, 18, 18, "In te vullen door de instelling die de medische behandeling uitvoert", font=NSANS, size=8.5,
       color=GREY)
    y = 30

    def line(lab, val):
        nonlocal y
        _T(sh, 18, y, lab, font=NSANS, size=9)
        sh.rule(80, y + 4.5, 192, y + 4.5, width_mm=0.2)
        sh.handwriting(82, y - 1.6, glyphs(str(val).upper(), BLOCK), rng, size_pt=10.5, color=ink, font=BLOCK)
        y += 9.5

    line("Naam instelling", h["name"])
    line("Plaats", h["city"])
    line("Naam patiënt", f"{c.p.given_names} {c.p.surname}")
    line("Geboortedatum", d_dash(c.p.birth_date))
    line("Behandeling", c.med["tx_short"])
    for q in ("Kan de instelling de behandeling uitvoeren?", "Is de instelling bereid de behandeling uit te voeren?"):
        _T(sh, 18, y, q, font=NSANS, size=9)
        sh.checkbox(140, y, 3.6, True, rng=rng, ink=ink)
        _T(sh, 145, y, "ja", font=NSANS, size=9)
        sh.checkbox(158, y, 3.6, False)
        _T(sh, 163, y, "nee", font=NSANS, size=9)
        y += 9
    line("Begindatum", d_dash(s))
    line("Verwachte einddatum", d_dash(e))
    _T(sh, 18, y, "Wie betaalt de kosten?", font=NSANS, size=9)
    y += 6
    y = _P(sh, 20, y, 170, _payer_phrase(c), font=NSANS, size=9, lead=1.4) + 8
    line("Naam ondertekenaar", _who(c, "adm"))
    _T(sh, 18, y + 4, "Handtekening en stempel", font=NSANS, size=9)
    sh.rect(100, y, 92, 30, width_mm=0.3)
    sh.signature(108, y + 6, 46, 15, rng, color=ink)
    sh.stamp(150, y + 18, [h["name"][:26].upper(), "PATIËNTENSERVICE"], rng, shape="rect", size_mm=44,
             color=ST_BLUE, angle=rng.uniform(-5, 5))
    return [skewed(sh, rng, lo=1.2, hi=2.4)]


_r("care-dialysecentrum-bevestiging-gekleurde-kantlijn-lettered-lijst-stempel-boven-handtekening-40",
   "care-institution-statement", "nl", care_letter,
   "dialysis centre's confirmation with a coloured margin stripe, lettered points, stamp above the signature")
_r("care-ind-model-handgeschreven-blokletters-vinkjes-stempel-over-vakrand-scheef-40",
   "care-institution-statement", "nl", care_form,
   "IND model care statement filled in by hand in block capitals, stamp over the box edge, skewed scan")


# =========================================================================== health insurance


def polisblad(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A Dutch insurer's 'polisblad 2026' on one sheet in Carlito: the insurer's name in a coloured block across
    the FULL WIDTH of the top, the insured's data as a definition list
    (term at the LEFT in grey, value at the right), the cover as three rows with a tick column, a footer line with
    the UZOVI number; copied on grey recycled paper."""
    ins = c.insurer_nl
    sh = _sheet(c)
    col = ins.get("color", PLUM)
    sh.rect(0, 0, c.page_w, 24, width_mm=0, fill=col)
    _T(sh, 18, 7, ins["short"], font=CARL_B, size=18, color=(255, 255, 255))
    _T(sh, c.page_w - 18, 10, "Polisblad 2026", font=CARL_B, size=12, color=(255, 255, 255), anchor="right")
    for i, t in enumerate([_name(c)] + _addr(c)):
        _T(sh, 22, 40 + i * 5, t, font=CARL, size=10.5)
    y = 74
    for a, b in (("Verzekerde", f"{c.p.given_names} {c.p.surname}"), ("Geboortedatum", d_dash(c.p.birth_date)),
                 ("Polisnummer", _policy_no(c)), ("Ingangsdatum", "01-01-2026"), ("Verzekeraar", ins["name"])):
        _T(sh, 22, y, a, font=CARL, size=10, color=GREY)
        _T(sh, 70, y, b, font=CARL_B, size=10)
        y += 6.5
    y += 6
    for a, ok in (("Basisverzekering (Zorgverzekeringswet)", True), ("Aanvullende verzekering Basis", True),
                  ("Tandartsverzekering", False)):
        sh.rect(22, y, 130, 8, width_mm=0.2)
        sh.rect(152, y, 30, 8, width_mm=0.2)
        _T(sh, 24, y + 2, a, font=CARL, size=9.5)
        _T(sh, 167, y + 2, "✓" if ok else "–", font="sans3", size=10, anchor="center")
        y += 8
    _T(sh, 22, y + 6, f"Premie per maand: {eur(rng.choice([138.95, 146.40, 152.75]))}", font=CARL_B, size=10)
    _T(sh, c.page_w / 2, c.page_h - 14, f"{ins['name']} · {ins['post']} · UZOVI {ins['uzovi']}", font=CARL, size=7.5,
       anchor="center", color=GREY)
    return [_keep(c, grey_paper(sh.render(200), rng))]


def intl_certificate(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An international insurer's 'Statement of Health Insurance Cover' in English in URW Bookman: the insurer's
    name at the TOP LEFT with a QR code at the TOP RIGHT, a framed box with the policy facts in two columns
    (label | value), a paragraph stating the cover includes the treatment in the Netherlands, signed at the END
    by the underwriting manager with the signature ABOVE a rule and the name under it; the company seal as a
    pale circle at the lower RIGHT."""
    ins = c.insurer_intl
    sh = _sheet(c)
    W = c.page_w
    col = ins.get("color", (20, 70, 120))
    _T(sh, 20, 14, ins["name"], font=BOOK_B, size=12, color=col)
    _T(sh, 20, 20.5, ins["addr"], font=BOOK, size=8, color=GREY)
    qr(sh, W - 40, 10, 22, f"st40{c.rng_seed}")
    _T(sh, 20, 40, "STATEMENT OF HEALTH INSURANCE COVER", font=BOOK_B, size=13)
    y = 52
    sh.rect(20, y - 3, W - 40, 62, width_mm=0.4, color=col)
    for a, b in (("Insured person", f"{c.p.given_names} {c.p.surname}"),
                 ("Date of birth", c.p.birth_date.strftime("%d/%m/%Y")), ("Policy number", _policy_no(c, "IHC-")),
                 ("Plan", ins.get("plan", "International")), ("Period of cover", "1 January 2026 – 31 December 2027"),
                 ("Area of cover", "Worldwide incl. the Netherlands"), ("Deductible", "none")):
        _T(sh, 24, y, a, font=BOOK, size=9.5, color=GREY)
        bb = glyphs(b, BOOK_B)
        sh.text(78, y, bb, font=BOOK_B, size_pt=fit(bb, BOOK_B, 9.5, W - 102))
        y += 8
    y += 6
    y = _P(sh, 20, y, W - 40, "The policy covers in-patient and out-patient treatment, prescribed medication, "
                              "chronic and pre-existing conditions, dialysis and oncology, and medical repatriation. "
                              "Cover applies to treatment received in the Netherlands.", font=BOOK, size=10,
           lead=1.5) + 14
    sh.signature(22, y - 12, 46, 14, rng, color=INK)
    sh.rule(20, y + 4, 80, y + 4, width_mm=0.3)
    _T(sh, 20, y + 6, _who(c, "uw"), font=BOOK_B, size=9.5)
    _T(sh, 20, y + 11, "Underwriting Manager", font=BOOK_I, size=9)
    sh.stamp(W - 50, y - 4, [ins["short"].upper(), "SEAL"], rng, shape="round", size_mm=30, color=(200, 200, 206),
             angle=0)
    return [sh]


_r("polisblad-brede-kleurkop-definitielijst-dekking-vinkkolom-grijs-papier-40", "health-insurance", "nl", polisblad,
   "Dutch insurer's policy sheet with a full-width colour head, definition list and tick column, grey paper")
_r("intl-statement-of-cover-bookman-kader-twee-kolommen-qr-zegel-handtekening-boven-lijn-40", "health-insurance",
   "en", intl_certificate, "international insurer's statement of cover, framed facts, QR, signature above a rule")


# =========================================================================== civic integration


def _duo_head(sh: Sheet, title: str):
    sh.rect(18, 10, 4, 14, width_mm=0, fill=DUO)
    _T(sh, 25, 10, "Dienst Uitvoering Onderwijs", font=NSANS_B, size=10.5, color=DUO)
    _T(sh, 25, 15.5, "Ministerie van Onderwijs, Cultuur en Wetenschap", font=NSANS, size=8, color=GREY)
    _T(sh, 25, 20, "Postbus 30205 · 2500 GE Den Haag", font=NSANS, size=7.5, color=GREY)
    _T(sh, 18, 32, title, font=NSANS_B, size=12)


def duo_diploma(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The civic-integration diploma in LANDSCAPE copied onto portrait A4 (turned a quarter): a wide blue border
    band at the LEFT with 'DIPLOMA INBURGERING' running up it, the holder's name in C059 bold, the exam parts as
    a table with the date passed and a check mark, the minister's printed signature and the diploma number in
    the LOWER RIGHT corner."""
    dd = _inb_date(c, rng)
    land = Sheet(297, 210)
    land.rect(0, 0, 26, 210, width_mm=0, fill=DUO)
    band = Sheet(210, 26)
    band.rect(0, 0, 210, 26, width_mm=0, fill=DUO)
    band.text(105, 8, "DIPLOMA INBURGERING", font=CEN_B, size_pt=20, color=(255, 255, 255), anchor="center",
              letter_spacing=1.2)
    paste(land, band, 0, 0, dpi=200, angle=90, bg=DUO)
    _T(land, 40, 20, "Het College voor Toetsen en Examens verklaart dat", font=CEN, size=12)
    _T(land, 40, 34, f"{c.p.given_names} {c.p.surname}", font=CEN_B, size=22)
    _T(land, 40, 50, f"geboren op {d_nl(c.p.birth_date)} te {c.p.birth_place}", font=CEN, size=12)
    _T(land, 40, 60, "het inburgeringsexamen met goed gevolg heeft afgelegd, met de onderdelen:", font=CEN, size=12)
    y = 72
    for i, p in enumerate(["Lezen", "Luisteren", "Schrijven", "Spreken", "Kennis van de Nederlandse Maatschappij",
                           "Oriëntatie op de Nederlandse Arbeidsmarkt"]):
        land.rect(40, y, 150, 8, width_mm=0.2)
        land.rect(190, y, 40, 8, width_mm=0.2)
        land.rect(230, y, 16, 8, width_mm=0.2)
        _T(land, 42, y + 1.6, p, font=CEN, size=10.5)
        _T(land, 192, y + 1.6, d_dash(dd - dt.timedelta(days=(5 - i) * 9)), font=CEN, size=10.5)
        _T(land, 238, y + 0.8, "✓", font="sans3", size=12, anchor="center", color=DUO)
        y += 8
    _T(land, 40, y + 14, f"Den Haag, {d_nl(dd)}", font=CEN, size=12)
    land.signature(200, y + 8, 46, 14, rng, color=(20, 20, 28))
    _T(land, 223, y + 24, "namens de minister", font=CEN_I, size=9.5, anchor="center")
    _T(land, 285, 200, f"nr. {random.Random(seed_of('dip40', c.rng_seed)).randint(10**7, 10**8 - 1)}", font=CEN,
       size=9, anchor="right", color=GREY)
    sh = _sheet(c)
    paste(sh, land, 0, 0, dpi=200, angle=90)
    return [sh]


def duo_exemption(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """DUO's exemption decision as a posted letter in Nimbus Sans: a thin blue bar at the LEFT of the letterhead,
    the reference data as a column of labels at the RIGHT margin ('Datum', 'Kenmerk', 'Contact'), the decision
    in a shaded paragraph ('Besluit: ...'), the reasons in prose and the objection clause as the last paragraph
    in italics; the letter folded in three and scanned flat."""
    dd = _inb_date(c, rng)
    sh = _sheet(c)
    _duo_head(sh, "")
    for i, (a, b) in enumerate((("Datum", d_dash(dd)), ("Kenmerk", f"IB-ONT-{rng.randint(100000, 999999)}"),
                                ("Contact", "050 599 96 00"))):
        _T(sh, 150, 40 + i * 9, a, font=NSANS, size=7.5, color=GREY)
        _T(sh, 150, 44 + i * 9, b, font=NSANS_B, size=9)
    for i, t in enumerate([_name(c)] + _addr(c)):
        _T(sh, 22, 46 + i * 5, t, font=NSANS, size=10)
    _T(sh, 22, 78, "Onderwerp: ontheffing inburgeringsplicht", font=NSANS_B, size=10.5)
    y = _P(sh, 22, 88, 166, f"Geachte {title_nl(c.p)} {c.p.surname},", font=NSANS, size=10.5) + 3
    txt = "Besluit: u bent ontheven van de inburgeringsplicht. U hoeft het inburgeringsexamen niet te doen."
    lines = wrap(glyphs(txt, NSANS_B), 160, NSANS_B, 10.5)
    sh.rect(22, y - 2, 166, len(lines) * 5.2 + 4, width_mm=0, fill=(226, 234, 244))
    y = _P(sh, 25, y, 160, txt, font=NSANS_B, size=10.5, lead=1.4) + 5
    y = _P(sh, 22, y, 166, "Uit het advies van de keuringsarts blijkt dat u door een blijvende lichamelijke of "
                           "psychische beperking niet in staat bent het examen te halen. Daarom krijgt u "
                           "ontheffing.", font=NSANS, size=10.5, lead=1.45) + 5
    y = _P(sh, 22, y, 166, "Met vriendelijke groet,\nDienst Uitvoering Onderwijs\nnamens de minister", font=NSANS,
           size=10.5, lead=1.4) + 10
    _P(sh, 22, y, 166, "Bent u het niet eens met dit besluit? Dan kunt u binnen 6 weken bezwaar maken. Stuur uw "
                       "bezwaarschrift naar DUO, Postbus 30205, 2500 GE Den Haag.", font=NSANS, size=9, lead=1.4,
       color=GREY)
    return [_keep(c, folded(sh.render(200), rng, quarters=False))]


def duo_results(c: Case, rng: random.Random, *, failed: bool = False, **_) -> list[Sheet]:
    """DUO's 'Uitslag inburgeringsexamen' letter in Nimbus Sans with each exam part in its own short paragraph
    (the part's name in bold, then 'U hebt dit examen gehaald / niet gehaald' and the date), no table; a summary
    sentence at the end whether all parts are passed."""
    dd = _inb_date(c, rng)
    sh = _sheet(c)
    _duo_head(sh, "Uitslag inburgeringsexamen")
    for i, t in enumerate([_name(c)] + _addr(c)):
        _T(sh, 22, 44 + i * 5, t, font=NSANS, size=10)
    _T(sh, 192, 44, f"Datum {d_dash(dd)}", font=NSANS, size=10, anchor="right")
    parts = ["Lezen", "Luisteren", "Schrijven", "Spreken", "Kennis van de Nederlandse Maatschappij"]
    bad = random.Random(seed_of("fail40", c.rng_seed)).randrange(len(parts)) if failed else -1
    y = _P(sh, 22, 72, 166, f"Geachte {title_nl(c.p)} {c.p.surname},", font=NSANS, size=10.5) + 2
    y = _P(sh, 22, y, 166, "Hieronder leest u de uitslag van uw examens.", font=NSANS, size=10.5) + 4
    for i, p in enumerate(parts):
        ok = i != bad
        _T(sh, 22, y, p, font=NSANS_B, size=10.5)
        y = _P(sh, 22, y + 5.2, 166, (f"U hebt dit examen gehaald. Examendatum: {d_dash(dd - dt.timedelta(days=(4 - i) * 11))}."
                                      if ok else
                                      f"U hebt dit examen niet gehaald. Examendatum: "
                                      f"{d_dash(dd - dt.timedelta(days=(4 - i) * 11))}."), font=NSANS, size=10.5,
               lead=1.4) + 3
    txt = ("U hebt alle onderdelen gehaald. U krijgt uw diploma binnen 6 weken per post." if bad < 0 else
           "U hebt nog niet alle onderdelen gehaald. U kunt zich opnieuw aanmelden voor het onderdeel dat u niet "
           "hebt gehaald.")
    _P(sh, 22, y + 4, 166, txt, font=NSANS, size=10.5, lead=1.45)
    return [sh]


CIVIC = [("duo-diploma-liggend-kwartslag-blauwe-band-links-tabel-vinkjes-40", "diploma"),
         ("duo-ontheffing-brief-referentiekolom-rechts-besluit-gearceerd-in-drieen-gevouwen-40", "exemption"),
         ("duo-uitslag-brief-alinea-per-onderdeel-gehaald-niet-gehaald-40", "results")]
_r(CIVIC[0][0], "civic-integration", "nl", duo_diploma,
   "civic-integration diploma in landscape turned a quarter on A4, blue band at the left, table with ticks")
_r(CIVIC[1][0], "civic-integration", "nl", duo_exemption,
   "DUO exemption letter, reference column at the right, shaded decision, folded in three")
_r(CIVIC[2][0], "civic-integration", "nl", duo_results,
   "DUO results letter with a paragraph per exam part (gehaald / niet gehaald)")


# =========================================================================== other: cover letter, IND letters, MVV


def cover_letter(c: Case, rng: random.Random, *, enclosures: list[str] | None = None, **_) -> list[Sheet]:
    """The lawyer's cover letter to the IND in Caladea with the office's name in spaced capitals centred at the
    top and its address in the FOOTER; the V-number in the subject line; the request in prose (the passport
    exemption's conditions as numbered sub-paragraphs where needed); the signature at the END BESIDE the
    closing formula 'Hoogachtend,' with the name under the signature; the enclosures as a TABLE (nr. | stuk) on
    the same page or the next."""
    lw = c.lawyer or {"firm": "Advocatenkantoor De Wit", "city": "Zwolle", "street": "Melkmarkt 12",
                      "pc": "8011 MC"}
    sh = _sheet(c)
    sheets = [sh]
    _T(sh, c.page_w / 2, 14, lw["firm"].upper(), font=CALA_B, size=12, anchor="center", spacing=1.0)
    _T(sh, c.page_w / 2, c.page_h - 12, f"{lw['firm']} · {lw.get('street', '')} · {lw.get('pc', '')} {lw['city']}",
       font=CALA, size=7.5, anchor="center", color=GREY)
    for i, t in enumerate(["Immigratie- en Naturalisatiedienst", "Postbus 287", "7600 AG Almelo"]):
        _T(sh, 22, 36 + i * 5, t, font=CALA, size=10.5)
    dd = c.sub - dt.timedelta(days=rng.randint(1, 5))
    _T(sh, 22, 60, f"{lw['city']}, {d_nl(dd)}", font=CALA, size=10.5)
    y = _P(sh, 22, 70, 166, f"Betreft: aanvraag {_name(c)} – V-nummer {c.vnr}", font=CALA_B, size=10.5) + 3
    y = _P(sh, 22, y, 166, "Geachte heer, mevrouw,", font=CALA, size=10.5) + 3
    y = _P(sh, 22, y, 166, f"Namens mijn cliënt{'e' if c.p.sex == 'F' else ''} dien ik een aanvraag in voor "
                           f"{PROC_NL[c.procedure]}. Bijgaand treft u het formulier en de stukken aan.", font=CALA,
           size=10.5, lead=1.45) + 3
    if c.no_passport:
        y = _P(sh, 22, y, 166, "Mijn cliënt beschikt niet over een geldig paspoort. Ik doe een beroep op de "
                               "uitzondering op het paspoortvereiste, en wijs op het volgende:", font=CALA,
               size=10.5, lead=1.45) + 2
        for k, i in enumerate(c.exemption_shown):
            _T(sh, 24, y, f"{k + 1}.", font=CALA, size=10.5)
            y = _P(sh, 31, y, 157, EXEMPTION_TEXT[i], font=CALA, size=10.5, lead=1.4) + 1.5
        y += 2
    y = _P(sh, 22, y, 166, "Graag ontvang ik uw beslissing op mijn kantooradres.", font=CALA, size=10.5) + 4
    w = _T(sh, 22, y + 5, "Hoogachtend,", font=CALA, size=10.5)
    sh.signature(28 + w, y, 46, 14, rng, color=INK)
    _T(sh, 28 + w, y + 16, c.lawyer_name or "mr. J. de Wit", font=CALA, size=10.5)
    y += 28
    if enclosures:
        if y + 10 + 6.5 * len(enclosures) > c.page_h - 20:
            sh = _sheet(c)
            sheets.append(sh)
            _T(sh, 22, 16, f"Bijlagen bij brief van {d_nl(dd)} – {c.p.surname}", font=CALA_B, size=10.5)
            y = 26
        _T(sh, 22, y, "Bijlagen", font=CALA_B, size=10.5)
        y += 6
        for i, e in enumerate(enclosures, 1):
            if y > c.page_h - 22:
                break
            sh.rect(22, y, 14, 6.5, width_mm=0.2)
            sh.rect(36, y, 152, 6.5, width_mm=0.2)
            _T(sh, 29, y + 1.3, str(i), font=CALA, size=9.5, anchor="center")
            ee = glyphs(e, CALA)
            sh.text(38, y + 1.3, ee, font=CALA, size_pt=fit(ee, CALA, 9.5, 148))
            y += 6.5
    return sheets


def _ind_letter(c: Case, subject: str, dd: dt.date) -> tuple[Sheet, float]:
    sh = _sheet(c)
    sh.rect(15, 10, 3, 18, width_mm=0, fill=(20, 60, 120))
    _T(sh, 21, 10, "Immigratie- en", font=NROM_B, size=11)
    _T(sh, 21, 15, "Naturalisatiedienst", font=NROM_B, size=11)
    _T(sh, 21, 21, "Ministerie van Asiel en Migratie", font=NROM_I, size=8.5, color=GREY)
    for i, t in enumerate([_name(c)] + _addr(c)):
        _T(sh, 22, 42 + i * 5, t, font=NROM, size=10.5)
    for i, (a, b) in enumerate((("Datum", d_nl(dd)), ("V-nummer", c.vnr), ("Onderwerp", ""))):
        _T(sh, 140, 42 + i * 8, a, font=NROM, size=8, color=GREY)
        if b:
            _T(sh, 140, 45.5 + i * 8, b, font=NROM_B, size=9.5)
    _T(sh, 22, 74, subject, font=NROM_B, size=10.5)
    return sh, 86


def art64_decision(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The IND's decision on 'uitstel van vertrek' (article 64 Vw) in Nimbus Roman: a blue bar beside the
    two-line wordmark at the upper LEFT, date and V-number in a column at the RIGHT, the period given in a framed
    line ('van ... tot en met ...'); the objection clause in a footnote-like small paragraph."""
    end = c.art64_end or (c.sub + dt.timedelta(days=20))
    start = dt.date(end.year - 1, end.month, min(end.day, 28))
    sh, y = _ind_letter(c, "Besluit: uitstel van vertrek op grond van artikel 64 Vreemdelingenwet 2000",
                        start - dt.timedelta(days=12))
    y = _P(sh, 22, y, 166, f"Geachte {title_nl(c.p)} {c.p.surname},", font=NROM, size=10.5) + 3
    y = _P(sh, 22, y, 166, "Uit het advies van het Bureau Medische Advisering volgt dat u op dit moment vanwege uw "
                           "gezondheid niet kunt reizen. U krijgt daarom uitstel van vertrek.", font=NROM, size=10.5,
           lead=1.5) + 5
    sh.rect(22, y - 2, 166, 10, width_mm=0.4)
    _T(sh, 25, y, f"Uitstel van vertrek van {d_nl(start)} tot en met {d_nl(end)}", font=NROM_B, size=11)
    y += 14
    y = _P(sh, 22, y, 166, "Gedurende deze periode hoeft u Nederland niet te verlaten. U mag niet werken.",
           font=NROM, size=10.5) + 8
    _P(sh, 22, y, 166, "Hoogachtend,\nde Minister van Asiel en Migratie,\nnamens deze,\nde Immigratie- en "
                       "Naturalisatiedienst", font=NROM, size=10.5)
    _P(sh, 22, 262, 166, "Niet eens met dit besluit? Maak binnen 4 weken bezwaar bij de IND.", font=NROM_I,
       size=8.5, color=GREY)
    return [sh]


def permit_decision(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The IND's decision granting the earlier permit in the same Nimbus Roman print: purpose and date of effect
    in a two-row table with a grey first column."""
    since = c.since or (c.sub - dt.timedelta(days=900))
    sh, y = _ind_letter(c, "Beslissing op uw aanvraag om een verblijfsvergunning", since + dt.timedelta(days=21))
    purpose = {"medical-treatment": "medische behandeling", "medical-treatment-after-art64": "medische behandeling",
               "relationship": "verblijf bij partner", "parent": "verblijf bij ouder"}.get(c.route or "",
                                                                                        "humanitair tijdelijk")
    y = _P(sh, 22, y, 166, f"Geachte {title_nl(c.p)} {c.p.surname},", font=NROM, size=10.5) + 3
    y = _P(sh, 22, y, 166, "Uw aanvraag is ingewilligd. U krijgt een verblijfsvergunning regulier voor bepaalde tijd.",
           font=NROM, size=10.5, lead=1.5) + 5
    for a, b in (("Verblijfsdoel", purpose), ("Ingangsdatum", d_nl(since))):
        sh.rect(22, y, 50, 8, width_mm=0.2, fill=(232, 232, 232))
        sh.rect(72, y, 116, 8, width_mm=0.2)
        _T(sh, 24, y + 1.8, a, font=NROM, size=10)
        _T(sh, 74, y + 1.8, b, font=NROM_B, size=10)
        y += 8
    y += 8
    y = _P(sh, 22, y, 166, "U ontvangt binnenkort een uitnodiging om uw verblijfsdocument op te halen.", font=NROM,
           size=10.5) + 8
    _T(sh, 22, y, "Hoogachtend, de Immigratie- en Naturalisatiedienst", font=NROM, size=10.5)
    return [sh]


def mvv_page(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The passport page with the MVV (visum D) sticker, photographed by the client with the phone a little
    tilted, then printed on A4: only the visa page (no facing page), the sticker with the photo at the RIGHT and
    the entries at the left in Nimbus Sans Narrow, an entry stamp of Schiphol half over the page's lower edge."""
    entry = c.sub - dt.timedelta(days=rng.randint(190, 230))
    start = entry - dt.timedelta(days=rng.randint(10, 30))
    end = start + dt.timedelta(days=90)
    page = Sheet(125, 88)
    page.rect(0, 0, 125, 88, width_mm=0, fill=(240, 244, 236))
    st = Sheet(110, 70)
    st.rect(0, 0, 110, 70, width_mm=0, fill=(234, 236, 250))
    _T(st, 4, 3, "VISUM  ·  NEDERLAND", font=NARR_B, size=8)
    st.photo(82, 10, 24, 30, rng)
    for i, (a, b) in enumerate((("GELDIG VOOR", "SCHENGENSTATEN"), ("VAN", d_dash(start)), ("TOT", d_dash(end)),
                                ("TYPE VISUM", "D"), ("NAAM, VOORNAAM",
                                                      f"{c.p.surname.upper()}, {c.p.given_names.upper()}"),
                                ("OPMERKINGEN", "MVV – MEDISCHE BEHANDELING"))):
        _T(st, 4, 10 + i * 8.5, a, font=NARR, size=5.4, color=GREY)
        bb = glyphs(b, NARR_B)
        st.text(4, 12.6 + i * 8.5, bb, font=NARR_B, size_pt=fit(bb, NARR_B, 7, 74))
    paste(page, st, 7, 6, dpi=260)
    page.stamp(95, 78, ["SCHIPHOL", d_dash(entry), "KMAR"], rng, shape="rect", size_mm=30, color=ST_RED,
               angle=rng.uniform(-10, 10))
    sh = _sheet(c)
    paste(sh, page, 20, 40, k=1.35, dpi=240)
    return [tilted_phone(sh, rng)]


_r("cover-letter-gespatieerde-kop-adres-in-voet-handtekening-naast-slotformule-bijlagentabel-40", "other", "nl",
   cover_letter, "lawyer's cover letter, spaced capitals head, address in the footer, signature beside the "
   "closing, enclosures as a table")
_r("art64-decision-blauwe-balk-woordmerk-referentiekolom-periode-kader-40", "other", "nl", art64_decision,
   "IND article-64 decision with a blue bar, reference column at the right and the period framed")
_r("permit-letter-blauwe-balk-woordmerk-doel-tabel-grijze-kolom-40", "other", "nl", permit_decision,
   "IND decision granting the earlier permit, purpose and date in a table")
_r("mvv-sticker-sur-visumpagina-foto-telefoon-scheef-schiphol-stempel-40", "other", "nl", mvv_page,
   "visa page with the MVV sticker photographed slightly tilted, Schiphol entry stamp")


# =========================================================================== the part's IND dossiers


class FortiethBuilder(_ind.PartBuilder):
    """ind.PartBuilder for this part: it answers the three places where PartBuilder names one family per part."""

    def civic_for(self, rng: random.Random, kind: str | None = None) -> tuple[str, str]:
        if kind:
            return next(o for o in CIVIC if o[1] == kind)
        return rng.choice(CIVIC)

    def d_a4(self, name, proc, variant):
        if variant != "letter-digital":
            return super().d_a4(name, proc, variant)
        D_ = self.new(name, proc)
        D_.c.insurer_intl = dict(name="Belize Crown Health Assurance Ltd.", short="Crown Health",
                                 addr="Coney Drive 60, P.O. Box 1845, Belize City, Belize", color=(120, 30, 60),
                                 logo="cross", plan="Global Medical Cover Premier")
        self.compose_med(D_, skip={"insurance"})
        D_.c.page_w, D_.c.page_h = LETTER
        doc = D_.add("intl-statement-of-cover-bookman-kader-twee-kolommen-qr-zegel-handtekening-boven-lijn-40",
                     kind="digital", label="Crown Health statement of cover")
        D_.c.page_w, D_.c.page_h = 210.0, 297.0
        D_.plan_files(combine=False)
        f, p = D_.page_of(doc, 0)
        D_.defect = _defect("IND-COPY-A4", "statement of cover of a Belizean insurer printed on US Letter "
                                           "(215.9 x 279.4 mm), not A4", f, p)
        D_.variations.append("us-letter-page")
        self.finish(D_, clean=False)

    def d_inburg(self, name, proc, variant):
        if variant != "failed":
            return super().d_inburg(name, proc, variant)
        rng = random.Random(seed_of("since", self.part, name))
        D_ = self.new(name, proc, route="relationship", since=self.since_for("relationship", rng))
        D_.c.inburgering = "failed"
        self.compose_hnt(D_, civic=CIVIC[2][0])
        D_.defect = _defect("IND-HNT-INBURGERING", "only a DUO result letter with one exam part failed: no diploma, "
                                                   "no exemption")
        self.finish(D_, clean=False)


DEFECT_PLAN = [("a4", "ind-hnt-continued", "letter-scan"), ("a4", "ind-medical-treatment", "letter-digital"),
               ("blank", "ind-generic", "one-blank"), ("blank", "ind-medical-treatment", "duplex-form"),
               ("blank", "ind-hnt-continued", "duplex-all"),
               ("vnum", "ind-generic", "missing"), ("vnum", "ind-hnt-continued", "other"),
               ("vnum", "ind-medical-treatment", "missing"), ("vnum", "ind-hnt-continued", "missing"),
               ("media", "ind-hnt-continued", "mp3"), ("media", "ind-generic", "attach"),
               ("media", "ind-medical-treatment", "js"),
               ("legible", "ind-medical-treatment", "72dpi"), ("legible", "ind-generic", "cut"),
               ("legible", "ind-hnt-continued", "faint"),
               ("translation", "ind-generic", "tr"), ("translation", "ind-hnt-continued", "tr"),
               ("meddocs", "ind-medical-treatment", "insurance"), ("meddocs", "ind-medical-treatment", "medical"),
               ("meddocs", "ind-medical-treatment", "care"), ("meddocs", "ind-medical-treatment", "income"),
               ("exemption", "ind-medical-treatment", (1, 2, 4)), ("exemption", "ind-medical-treatment", (0, 3)),
               ("art64", "ind-medical-treatment", 34), ("art64", "ind-medical-treatment", -38),
               ("duration", "ind-hnt-continued", "trafficking-victim"),
               ("duration", "ind-hnt-continued", "medical-treatment"),
               ("duration", "ind-hnt-continued", "parent"),
               ("continues", "ind-hnt-continued", "short"), ("continues", "ind-hnt-continued", "missing"),
               ("inburg", "ind-hnt-continued", "failed"), ("inburg", "ind-hnt-continued", "missing"),
               ("idsuff", "ind-hnt-continued", "permit-only"), ("idsuff", "ind-hnt-continued", "none"),
               ("mrz", "ind-hnt-continued", "name"), ("mrz", "ind-medical-treatment", "check"),
               ("expired", "ind-medical-treatment", None), ("expired", "ind-hnt-continued", None),
               ("suriname", "ind-medical-treatment", None), ("suriname", "ind-medical-treatment", None)]

CLEAN_PLAN = dict(med=[None, 16, None, None, -22, None, None, None, None, None],
                  hnt=[("relationship", 75, "exemption", False), ("medical-treatment", 45, None, False),
                       ("parent", 60, None, True), ("buiten-schuld", 110, None, False),
                       ("relationship", 140, "diploma", False), ("trafficking-victim", 35, None, False),
                       ("medical-treatment-after-art64", 55, None, False), ("relationship", 95, "results", True),
                       ("domestic-violence", 80, None, False), ("medical-treatment", 260, None, False)],
                  gen=[True, False, False, True])


def build_part(out_root: Path) -> list[dict]:
    """Write every IND dossier of this part under out_root/fortieth/ and return their truth dicts."""
    b = FortiethBuilder(PART, out_root)
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
