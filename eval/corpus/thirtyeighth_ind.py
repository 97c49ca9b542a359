"""IND families of the `thirtyeighth` part (registered in ind.FAMILIES).

Written after dev, heldout and the parts fresh to thirty-seventh had been read, by a writer who saw neither the
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
from .thirtyeighth_identity import (
    BLOCK,
    BOOK,
    BOOK_B,
    BOOK_I,
    CARL,
    CARL_B,
    CARL_I,
    CENT,
    CENT_B,
    CENT_I,
    COND,
    COND_B,
    CPRIME,
    CPRIME_B,
    GREY,
    INK,
    INK_K,
    NARROW,
    NARROW_B,
    NIMS,
    NIMS_B,
    NMONO,
    NMONO_B,
    PEN,
    ST_BLUE,
    ST_GREEN,
    ST_RED,
    ST_VIOLET,
    _P,
    _T,
    d_dot,
    d_en,
    d_nl,
    d_sl,
    diagonal_fold,
    fold_band,
    grey_paper,
)
from .twentyeighth_identity import barcode as bars
from .twentyeighth_identity import fit, glyphs, paste, qr, sheet_of, wrap

PART = "thirtyeighth"
NAVY = (16, 40, 92)
DUO = (0, 84, 150)


def _r(id_, type_, lang, fn, notes, **bound):
    from .ind import _reg

    _reg(id_, type_, PART, lang, fn, notes, **bound)


def _who(c: Case, key: str) -> str:
    r = random.Random(seed_of(key, c.rng_seed))
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
    return [f"{a.street} {a.number}", f"{a.postcode}  {a.city}"]


def _sheet(c: Case) -> Sheet:
    return c.new_sheet()


# =========================================================================== IND application forms


class _F:
    """The IND forms as this part's writer saw them: a navy block 'IND' at the upper LEFT with the form's title to
    its right, the form code at the upper right; questions numbered in small circles in a LEFT margin column,
    answers on UNDERLINES (no boxes) typed in Nimbus Mono or written by hand in block capitals; the V-number in a
    grey FOOTER band on every page, in ten comb cells at the right, with 'pagina n/N' at the left."""

    def __init__(self, c: Case, rng: random.Random, title: str, code: str, pages: int):
        self.c, self.rng, self.title, self.code, self.pages = c, rng, title, code, pages
        self.sheets: list[Sheet] = []
        self.hand = c.fill == "hand"
        self.ink = rng.choice([INK, INK_K])
        self.q = 0
        self.new_page()

    def new_page(self):
        c = self.c
        sh = c.new_sheet()
        n = len(self.sheets) + 1
        sh.rect(15, 10, 22, 14, width_mm=0, fill=NAVY)
        _T(sh, 26, 13.5, "IND", font=NIMS_B, size=14, color=(255, 255, 255), anchor="center")
        if n == 1:
            _P(sh, 42, 11, 110, self.title, font=NIMS_B, size=12, lead=1.25, color=NAVY)
        else:
            _T(sh, 42, 14, self.title[:70], font=NIMS, size=9, color=GREY)
        _T(sh, 195, 12, self.code, font=NIMS, size=8, anchor="right", color=GREY)
        H, W = c.page_h, c.page_w
        sh.rect(0, H - 20, W, 12, width_mm=0, fill=(226, 228, 232))
        _T(sh, 15, H - 16.5, f"pagina {n}/{self.pages}", font=NIMS, size=8)
        _T(sh, 118, H - 16.5, "V-nummer", font=NIMS_B, size=8)
        vn = c.vnr
        for i in range(10):
            x = 135 + i * 6
            sh.rect(x, H - 18.5, 6, 8, width_mm=0.25, fill=(255, 255, 255))
            if self.hand:
                sh.handwriting(x + 1, H - 18.3, vn[i], self.rng, size_pt=12, color=self.ink, font=BLOCK)
            else:
                _T(sh, x + 1.4, H - 16.6, vn[i], font=NMONO_B, size=10.5)
        self.sheets.append(c.intr(sh))
        self.sh = sh
        self.y = 36 if n == 1 else 30

    def section(self, t: str):
        self.y += 2
        self.sh.rule(15, self.y + 6, 195, self.y + 6, width_mm=0.6, color=NAVY)
        _T(self.sh, 15, self.y, t, font=NIMS_B, size=10.5, color=NAVY)
        self.y += 10

    def _num(self):
        self.q += 1
        self.sh.rect(15, self.y - 0.4, 6, 6, width_mm=0.3, color=NAVY)
        _T(self.sh, 18, self.y + 0.4, str(self.q), font=NIMS_B, size=7.5, anchor="center", color=NAVY)

    def val(self, x, y, s, w):
        if not s:
            return
        if self.hand:
            s2 = glyphs(str(s).upper(), BLOCK)
            size = 12.0
            while size > 8 and self.sh.text_width(s2, font=BLOCK, size_pt=size) * 1.15 > w:
                size -= 0.5
            self.sh.handwriting(x, y - 1.6, s2, self.rng, size_pt=size, color=self.ink, font=BLOCK)
        else:
            v = glyphs(str(s), NMONO)
            self.sh.text(x, y, v, font=NMONO, size_pt=fit(v, NMONO, 10, w))

    def field(self, label: str, value: str):
        self._num()
        lines = wrap(label, 62, NIMS, 8.8)
        for k, ln in enumerate(lines):
            _T(self.sh, 24, self.y + k * 3.8, ln, font=NIMS, size=8.8)
        self.sh.rule(90, self.y + 4.6, 195, self.y + 4.6, width_mm=0.25)
        self.val(92, self.y, value, 100)
        self.y += max(9, 3.8 * len(lines) + 4)

    def choice(self, label: str, opts: list[str], chosen: set[int]):
        self._num()
        _T(self.sh, 24, self.y, label, font=NIMS, size=8.8)
        self.y += 5.5
        for i, o in enumerate(opts):
            self.sh.checkbox(26, self.y, 3.8, i in chosen, rng=self.rng if self.hand else None, color=self.ink)
            _T(self.sh, 32, self.y + 0.2, o, font=NIMS, size=8.8)
            self.y += 5.6
        self.y += 2

    def sign(self):
        c, sh = self.c, self.sh
        self.section("Ondertekening")
        _P(sh, 24, self.y, 168, "Ik verklaar dat ik dit formulier volledig en naar waarheid heb ingevuld.",
           font=NIMS, size=8.8)
        self.y += 8
        d0 = c.sub - dt.timedelta(days=self.rng.randint(1, 7))
        self.field("Plaats en datum", f"{c.p.address.city if c.p.address else 'Utrecht'}, {d_sl(d0)}")
        _T(sh, 24, self.y + 2, "Handtekening", font=NIMS, size=8.8)
        sh.signature(92, self.y - 4, 52, 15, self.rng, color=self.ink)
        sh.rule(90, self.y + 10, 195, self.y + 10, width_mm=0.25)
        self.y += 16


def _personal(f: _F, c: Case):
    p = c.p
    f.section("1. Uw gegevens")
    f.field("Achternaam (zoals in uw paspoort)", p.surname)
    f.field("Voornamen", p.given_names)
    f.field("Geboortedatum (dd-mm-jjjj)", p.birth_date.strftime("%d-%m-%Y"))
    f.field("Geboorteplaats en -land", f"{p.birth_place}, {country_nl(p)}")
    f.field("Nationaliteit", nat_nl(p))
    f.choice("Geslacht", ["man", "vrouw"], {0 if p.sex == "M" else 1})
    if p.address:
        f.field("Adres in Nederland", f"{p.address.street} {p.address.number}")
        f.field("Postcode en plaats", f"{p.address.postcode} {p.address.city}")
    if c.lawyer:
        f.section("2. Uw advocaat of gemachtigde")
        f.field("Naam", c.lawyer_name)
        f.field("Kantoor, plaats", f"{c.lawyer['firm']}, {c.lawyer['city']}")


def form_med(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _F(c, rng, "Aanvraag verblijfsvergunning voor medische behandeling (vreemdeling)", "M-MED 2025/2", 2)
    _personal(f, c)
    f.new_page()
    f.section("3. De medische behandeling")
    f.field("Naam van de zorginstelling", c.hospital.get("name", ""))
    f.field("Vestigingsplaats", c.hospital.get("city", ""))
    f.field("Welke behandeling krijgt u?", c.med.get("tx_short", ""))
    f.choice("Hebt u 1 jaar of langer uitstel van vertrek (art. 64 Vw) gehad?", ["nee", "ja"],
             {1 if c.art64_end else 0})
    if c.art64_end:
        f.field("Einddatum uitstel van vertrek", c.art64_end.strftime("%d-%m-%Y"))
    else:
        f.choice("Wie betaalt uw verblijf en de behandeling?", ["ik zelf", "een garantsteller"],
                 {1 if c.payer else 0})
    f.choice("Hebt u een geldig paspoort?", ["ja, kopie bijgevoegd", "nee, zie de brief van mijn advocaat"],
             {1 if c.no_passport else 0})
    f.choice("Hebt u de Surinaamse nationaliteit en een visum voor medische behandeling?", ["nee", "ja"],
             {1 if c.suriname_visa else 0})
    f.sign()
    return f.sheets


def form_7027(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _F(c, rng, "Aanvraag verblijfsvergunning humanitair niet-tijdelijk – voortgezet verblijf (7027)",
           "7027 – 2025/1", 2)
    _personal(f, c)
    f.new_page()
    f.section("3. Uw huidige verblijfsvergunning")
    keys = [k for k, _ in ROUTES_7027]
    f.choice("Op grond waarvan had u verblijf?", [t for _, t in ROUTES_7027],
             {keys.index(c.route)} if c.route in keys else set())
    f.field("Sinds (dd-mm-jjjj)", c.since.strftime("%d-%m-%Y") if c.since else "")
    if c.route == "relationship":
        f.choice("Inburgering", ["diploma behaald", "ontheffing of vrijstelling", "nee"],
                 {0} if c.inburgering in ("diploma", "results") else ({1} if c.inburgering == "exemption" else {2}))
    if c.route and c.route.startswith("medical"):
        f.choice("Is de behandeling nog minstens 1 jaar nodig?", ["ja, verklaring behandelaar bijgevoegd", "nee"],
                 {0})
    f.sign()
    return f.sheets


def form_generic(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _F(c, rng, "Aanvraag verlenging verblijfsvergunning regulier", "V-REG 2025/3", 2)
    _personal(f, c)
    f.new_page()
    f.section("3. Uw verblijfsvergunning")
    f.field("Huidig verblijfsdoel", GENERIC_PURPOSES[random.Random(c.rng_seed).randrange(len(GENERIC_PURPOSES))])
    f.field("Geldig tot", (c.sub + dt.timedelta(days=random.Random(c.rng_seed).randint(20, 80))).strftime("%d-%m-%Y"))
    f.choice("Is uw situatie veranderd?", ["nee", "ja (toelichting bijgevoegd)"], {0})
    f.sign()
    return f.sheets


_r("ind-form-med-navy-blok-omcirkelde-nummers-onderstreept-vnr-voetband-38", "application", "nl", form_med,
   "medical-treatment form: navy IND block, numbered questions, answers on underlines, V-number in a footer band")
_r("ind-form-7027-navy-blok-omcirkelde-nummers-onderstreept-vnr-voetband-38", "application", "nl", form_7027,
   "form 7027 in the same print")
_r("ind-form-generic-navy-blok-omcirkelde-nummers-onderstreept-vnr-voetband-38", "application", "nl", form_generic,
   "regular extension form in the same print")


# =========================================================================== income


def payslip(c: Case, rng: random.Random, *, month: int = 11, **_) -> list[Sheet]:
    """A payroll bureau's 'loonstrook' in landscape-like bands on a portrait sheet: employer and employee blocks
    side by side at the top in Liberation Sans Narrow, then the wage components in a striped table (grey every
    other row), the year-to-date column at the right, the net amount in a black box; the sheet folded in three
    for the envelope (two fold shadows)."""
    e = _emp(c, rng)
    g = earner(c)
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    sh = _sheet(c)
    _T(sh, 15, 14, "LOONSTROOK", font=NARROW_B, size=16)
    _T(sh, 195, 14, f"periode {month:02d}-2026", font=NARROW_B, size=11, anchor="right")
    sh.rect(15, 24, 88, 30, width_mm=0.3)
    sh.rect(107, 24, 88, 30, width_mm=0.3)
    for i, t in enumerate([e["name"], e["street"], f"{e['pc']} {e['city']}", f"loonheffingennr. {e['lhn']}"]):
        _T(sh, 18, 27 + i * 5.5, t, font=NARROW_B if i == 0 else NARROW, size=9.5)
    for i, t in enumerate([f"{g.given_names} {g.surname}", f"personeelsnr. {e['pnr']}",
                           f"functie {e['func_now']}", f"in dienst sinds {d_dot(e['start'])}"]):
        _T(sh, 110, 27 + i * 5.5, t, font=NARROW_B if i == 0 else NARROW, size=9.5)
    rows = [("Salaris", eur(k["bruto"]), eur(k["bruto"] * month)),
            (f"Pensioenpremie ({k['pct'] * 100:.1f} %)".replace(".", ","), "-" + eur(k["pens"]),
             "-" + eur(k["pens"] * month)),
            ("Loon voor de loonheffing", eur(k["base"]), eur(k["base"] * month)),
            ("Loonheffing (tabel wit)", "-" + eur(k["lh"]), "-" + eur(k["lh"] * month)),
            ("Reiskostenvergoeding (onbelast)", eur(k["reis"]), eur(k["reis"] * month))]
    y = 62
    sh.rect(15, y, 180, 7, width_mm=0, fill=(40, 40, 40))
    for x, t in ((18, "Omschrijving"), (140, "Periode"), (192, "Cumulatief")):
        _T(sh, x, y + 1.5, t, font=NARROW_B, size=9.5, color=(255, 255, 255), anchor="right" if x > 100 else "left")
    y += 7
    for i, (a, b, cc) in enumerate(rows):
        if i % 2:
            sh.rect(15, y, 180, 7, width_mm=0, fill=(236, 236, 236))
        _T(sh, 18, y + 1.5, a, font=NARROW, size=9.5)
        _T(sh, 140, y + 1.5, b, font=NARROW, size=9.5, anchor="right")
        _T(sh, 192, y + 1.5, cc, font=NARROW, size=9.5, anchor="right")
        y += 7
    sh.rect(120, y + 6, 75, 11, width_mm=0.8)
    _T(sh, 123, y + 9, "NETTO UIT TE BETALEN", font=NARROW_B, size=9)
    _T(sh, 192, y + 9, eur(k["net"]), font=NARROW_B, size=11, anchor="right")
    _T(sh, 15, y + 24, f"Betaald op {iban_fmt(e['iban'])} op 25-{month:02d}-2026", font=NARROW, size=9)
    _T(sh, 15, y + 30, f"{e['cao']} – pensioenfonds {e['pension']}", font=NARROW, size=8.5, color=GREY)
    img = fold_band(fold_band(sh.render(200), y=1 / 3), y=2 / 3)
    return [sheet_of(img, c.page_w, c.page_h)]


def guarantor(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The guarantor's 'garantverklaring' as a handwritten letter on squared paper (blue pen): who guarantees for
    whom, the net monthly income and employer, the promise to pay the costs of stay and treatment; the signature
    at the end with the name printed under it."""
    f = _guarantor_facts(c)
    g, e = f["g"], f["e"]
    sh = _sheet(c)
    for k in range(0, 58):
        sh.rule(12, 12 + k * 5, 198, 12 + k * 5, width_mm=0.08, color=(190, 205, 225))
    for k in range(0, 38):
        sh.rule(12 + k * 5, 12, 12 + k * 5, 297 - 12, width_mm=0.08, color=(190, 205, 225))
    who = f"{c.p.given_names} {c.p.surname}"
    txt = (f"Garantverklaring. Ik, {g.given_names} {g.surname}, geboren {d_dot(g.birth_date)}, wonend "
           f"{', '.join(_addr(c, g))}, verklaar dat ik garant sta voor de kosten van verblijf en medische behandeling "
           f"van {who} ({c.payer_relation or 'familielid'}), geboren {d_dot(c.p.birth_date)}. Ik werk bij "
           f"{e['name']} in {e['city']} als {e['func_now'].lower()} en verdien netto {eur(f['net'])} per maand. "
           f"Mijn loonstroken van de laatste maanden zijn bijgevoegd.")
    y = 22
    for ln in wrap(glyphs(txt, PEN), 150, PEN, 12.5):
        sh.handwriting(20, y, ln, rng, size_pt=12.5, color=INK, font=PEN)
        y += 10
    sh.handwriting(20, y + 5, f"{g.address.city if g.address else 'Rotterdam'}, {d_dot(c.sub - dt.timedelta(days=9))}",
                   rng, size_pt=12.5, color=INK, font=PEN)
    sh.signature(22, y + 18, 46, 14, rng, color=INK)
    sh.handwriting(22, y + 35, f"{g.given_names} {g.surname}", rng, size_pt=12, color=INK, font=PEN)
    return [sh]


def employer_statement(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An employer's statement (werkgeversverklaring) as a one-page letter on the company's letterhead with a
    coloured rule at the top: the employee's data in a short table, the contract type and wage, the HR officer's
    name and title BESIDE the signature, the company stamp partly over the table's last row."""
    e = _emp(c, rng)
    g = earner(c)
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    sh = _sheet(c)
    sh.rect(0, 0, c.page_w, 4, width_mm=0, fill=(0, 120, 100))
    _T(sh, 20, 14, e["name"], font=CARL_B, size=14, color=(0, 100, 84))
    _T(sh, 20, 20.5, f"{e['street']} · {e['pc']} {e['city']} · KvK {e['kvk']}", font=CARL, size=9, color=GREY)
    _T(sh, 20, 40, "WERKGEVERSVERKLARING", font=CARL_B, size=13)
    dd = c.sub - dt.timedelta(days=rng.randint(5, 30))
    _T(sh, 190, 40, f"{e['city']}, {d_nl(dd)}", font=CARL, size=10, anchor="right")
    _P(sh, 20, 50, 170, "Ondergetekende verklaart namens de werkgever dat onderstaande werknemer bij ons in dienst is:",
       font=CARL, size=10.5)
    y = 62
    for a, b in (("Naam", f"{g.given_names} {g.surname}"), ("Geboortedatum", d_dot(g.birth_date)),
                 ("In dienst sinds", d_dot(e["start"])), ("Functie", e["func_now"]),
                 ("Soort contract", "onbepaalde tijd"), ("Bruto maandloon", eur(k["bruto"])),
                 ("Netto maandloon (indicatie)", eur(k["net"])), ("Proeftijd", "nee"),
                 ("Dienstverband beëindigd of opgezegd", "nee")):
        sh.rect(20, y, 70, 8, width_mm=0.2, fill=(240, 246, 244))
        sh.rect(90, y, 100, 8, width_mm=0.2)
        _T(sh, 22, y + 2, a, font=CARL, size=9.5)
        _T(sh, 92, y + 2, b, font=CARL_B, size=9.5)
        y += 8
    who = _who(c, "hr")
    sh.stamp(120, y - 14, [e["name"][:28], e["city"].upper()], rng, shape="rect", size_mm=44, color=ST_BLUE,
             angle=rng.uniform(-6, 6))
    sh.signature(20, y + 12, 44, 13, rng, color=INK)
    _T(sh, 70, y + 16, who, font=CARL_B, size=10)
    _T(sh, 70, y + 21, "HR-adviseur", font=CARL, size=9.5)
    return [sh]


def bank_statement(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A bank's monthly statement downloaded as PDF: the bank's name top left, the account in a grey panel, the
    transactions in a narrow-column list with dates in the form 03-11, the salary credit among them, the closing
    balance in bold at the foot."""
    e = _emp(c, rng)
    g = earner(c)
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    b = c.bank
    sh = _sheet(c)
    _T(sh, 15, 14, b["name"], font=COND_B, size=13)
    _T(sh, 195, 14, "Rekeningafschrift november 2026", font=COND, size=10, anchor="right")
    sh.rect(15, 22, 180, 18, width_mm=0, fill=(232, 232, 236))
    _T(sh, 18, 25, f"{g.given_names} {g.surname}", font=COND_B, size=10)
    _T(sh, 18, 31, "Betaalrekening " + iban_fmt(e["iban"]), font=COND, size=9.5)
    _T(sh, 192, 25, f"BIC {b['bic']}", font=COND, size=9, anchor="right")
    r = random.Random(seed_of("bank", c.rng_seed))
    bal = round(r.uniform(300, 1800), 2)
    tx = [(1, "Huur woning", -round(r.uniform(640, 980), 2)), (4, "Albert Heijn", -round(r.uniform(20, 90), 2)),
          (9, "Zorgverzekering premie", -round(r.uniform(140, 160), 2)), (12, "Jumbo", -round(r.uniform(20, 70), 2)),
          (18, "NS reizen", -round(r.uniform(10, 40), 2)), (24, f"Salaris {e['name'][:26]}", k["net"]),
          (27, "Energie", -round(r.uniform(90, 160), 2))]
    y = 48
    _T(sh, 15, y, "Datum   Omschrijving", font=COND_B, size=9.5)
    _T(sh, 195, y, "Bedrag", font=COND_B, size=9.5, anchor="right")
    y += 6
    _T(sh, 15, y, "01-11   Beginsaldo", font=COND, size=9.5)
    _T(sh, 195, y, eur(bal), font=COND, size=9.5, anchor="right")
    y += 6
    for d, t, a in tx:
        bal = round(bal + a, 2)
        _T(sh, 15, y, f"{d:02d}-11   {t}", font=COND, size=9.5)
        _T(sh, 195, y, ("+" if a > 0 else "") + eur(a), font=COND, size=9.5, anchor="right")
        sh.rule(15, y + 4.6, 195, y + 4.6, width_mm=0.1, color=(200, 200, 200))
        y += 6
    _T(sh, 15, y + 4, "30-11   Eindsaldo", font=COND_B, size=10)
    _T(sh, 195, y + 4, eur(bal), font=COND_B, size=10, anchor="right")
    return [sh]


def tax_assessment(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The tax office's final income-tax assessment for 2025 printed on blue-grey government paper: the window
    envelope address at the left, the reference block at the right, the taxable income and tax in a two-column
    calculation with dotted leaders."""
    e = _emp(c, rng)
    g = earner(c)
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    sh = _sheet(c)
    sh.rect(0, 0, c.page_w, c.page_h, width_mm=0, fill=(240, 244, 248))
    _T(sh, 20, 14, "Belastingdienst", font=NIMS_B, size=14, color=NAVY)
    _T(sh, 20, 44, f"{g.given_names} {g.surname}", font=NIMS, size=10)
    for i, t in enumerate(_addr(c, g)):
        _T(sh, 20, 49 + i * 5, t, font=NIMS, size=10)
    for i, (a, b) in enumerate((("Datum", d_dot(dt.date(2026, 6, rng.randint(2, 28)))),
                                ("Aanslagnummer", f"{rng.randint(1000, 9999)}.{rng.randint(10, 99)}.{rng.randint(100, 999)}.H.56"),
                                ("Belastingjaar", "2025"))):
        _T(sh, 125, 40 + i * 6, a, font=NIMS, size=8.5, color=GREY)
        _T(sh, 155, 40 + i * 6, b, font=NIMS, size=9.5)
    _T(sh, 20, 76, "Definitieve aanslag inkomstenbelasting/premie volksverzekeringen 2025", font=NIMS_B, size=11)
    jaar = round(e["bruto"] * 12.96, 0)
    rows = [("Loon uit dienstbetrekking", eur(jaar)), ("Belastbaar inkomen uit werk en woning", eur(jaar - 0)),
            ("Verschuldigde belasting en premie", eur(round(jaar * 0.28, 0))),
            ("Ingehouden loonheffing", eur(round(k["lh"] * 12, 0))),
            ("Te betalen / terug te ontvangen", eur(round(jaar * 0.28 - k["lh"] * 12, 0)))]
    y = 88
    for a, b in rows:
        _T(sh, 20, y, a, font=NIMS, size=10)
        _T(sh, 20 + sh.text_width(a, font=NIMS, size_pt=10) + 1, y, "." * 40, font=NIMS, size=10, color=GREY)
        sh.rect(140, y - 1, 55, 6.5, width_mm=0, fill=(240, 244, 248))
        _T(sh, 192, y, b, font=NIMS, size=10, anchor="right")
        y += 8
    return [sh]


_r("payslip-loonbureau-smalle-letter-zwarte-kopregel-gestreept-drievoud-gevouwen-38", "income-proof", "nl", payslip,
   "payroll bureau's payslip, striped table with year-to-date column, net in a black box, folded in three")
_r("guarantor-handgeschreven-garantverklaring-ruitjespapier-38", "income-proof", "nl", guarantor,
   "guarantor's handwritten guarantee on squared paper")
_r("employer-werkgeversverklaring-groene-rand-tabel-stempel-over-tabel-naam-naast-handtekening-38", "income-proof",
   "nl", employer_statement, "employer's statement on letterhead, table, stamp over the table, name beside signature")
_r("bank-rekeningafschrift-smalle-kolommen-salaris-tussen-boekingen-38", "income-proof", "nl", bank_statement,
   "bank statement PDF, salary credit among the transactions")
_r("tax-aanslag-ib-2025-blauwgrijs-papier-puntjesleiders-38", "income-proof", "nl", tax_assessment,
   "final income-tax assessment 2025 on blue-grey paper")


# =========================================================================== medical statements


def medstat_nl(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The treating specialist's statement for the IND written as prose: the hospital's name and department in a
    centred letterhead with a thin coloured rule, 'Aan wie het aangaat' as the opening, the diagnosis, treatment,
    expected duration and what happens without treatment in four paragraphs, the signature at the END with the
    name, title and BIG number typed under it."""
    h = c.hospital
    g, doc = _make_doc(c)
    m = c.med
    sh = _sheet(c)
    col = h.get("color", (0, 90, 140))
    _T(sh, 105, 14, h["name"], font=CENT_B, size=13, anchor="center", color=col)
    _T(sh, 105, 20, f"Afdeling {m['spec']} · {h['street']} · {h['pc']} {h['city']}", font=CENT, size=8.5,
       anchor="center", color=GREY)
    sh.rule(40, 24, 170, 24, width_mm=0.4, color=col)
    dd = c.sub - dt.timedelta(days=random.Random(seed_of("msd", c.rng_seed)).randint(6, 40))
    _T(sh, 190, 34, f"{h['city']}, {d_nl(dd)}", font=CENT, size=10, anchor="right")
    _T(sh, 20, 44, f"Betreft: {_name(c)}, geboren {d_dot(c.p.birth_date)}", font=CENT_B, size=10)
    y = _P(sh, 20, 56, 170, "Aan wie het aangaat,", font=CENT, size=10.5) + 3
    start = _treat_start(c)
    paras = [f"Bovengenoemde patiënt is sinds {d_nl(start)} bij ons onder behandeling wegens {m['dx']}.",
             f"De behandeling bestaat uit {m['tx']}. Deze behandeling wordt in ons ziekenhuis gegeven.",
             duration_phrase(c.duration, start),
             f"{m['stop']} {_not_available(c)}"]
    for p in paras:
        y = _P(sh, 20, y, 170, p, font=CENT, size=10.5, lead=1.5) + 3
    y = _P(sh, 20, y + 2, 170, "Met vriendelijke groet,", font=CENT, size=10.5)
    sh.signature(20, y + 2, 46, 14, rng, color=INK)
    _T(sh, 20, y + 18, doc, font=CENT_B, size=10)
    _T(sh, 20, y + 23, m["doc_title"], font=CENT, size=9.5)
    _T(sh, 20, y + 28, f"BIG-registratie {random.Random(seed_of('big', c.rng_seed)).randint(10000000000, 99999999999)}",
       font=CENT, size=9, color=GREY)
    return [sh]


def medstat_en(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An English medical report by the consultant for the IND: a left-aligned letterhead in Carlito, the
    patient's identifiers in a shaded strip, numbered questions (1. Diagnosis, 2. Treatment, 3. Expected duration,
    4. Consequences of stopping) each answered below; signed ABOVE the typed name at the foot; the page then
    skewed a little and photocopied with a corner folded over."""
    h = c.hospital
    g, doc = _make_doc(c)
    m = c.med
    sh = _sheet(c)
    _T(sh, 20, 14, h["name"], font=CARL_B, size=13)
    _T(sh, 20, 20, f"Department of {m['spec_en']}", font=CARL, size=10, color=GREY)
    sh.rect(20, 28, 170, 10, width_mm=0, fill=(230, 232, 236))
    _T(sh, 23, 31, f"Patient: {c.p.given_names} {c.p.surname}   DOB {d_dot(c.p.birth_date)}", font=CARL_B, size=10)
    dd = c.sub - dt.timedelta(days=random.Random(seed_of("msd", c.rng_seed)).randint(6, 40))
    _T(sh, 190, 44, d_en(dd), font=CARL, size=10, anchor="right")
    _T(sh, 20, 52, "MEDICAL REPORT FOR THE IMMIGRATION AND NATURALISATION SERVICE", font=CARL_B, size=11)
    start = _treat_start(c)
    y = 62
    for q, a in (("1. Diagnosis", m["dx_en"][0].upper() + m["dx_en"][1:] + "."),
                 ("2. Treatment", f"Since {d_en(start)}: {m['tx_en']}."),
                 ("3. Expected duration", duration_phrase(c.duration, start, "en")),
                 ("4. Consequences of stopping treatment", f"{m['stop_en']} {_not_available(c, 'en')}")):
        _T(sh, 20, y, q, font=CARL_B, size=10.5)
        y = _P(sh, 26, y + 6, 164, a, font=CARL, size=10.5, lead=1.45) + 4
    sh.signature(20, y + 4, 46, 14, rng, color=INK_K)
    _T(sh, 20, y + 20, doc, font=CARL_B, size=10)
    _T(sh, 20, y + 25, m["doc_en"], font=CARL, size=9.5)
    return [sheet_of(diagonal_fold(sh.render(200), rng), c.page_w, c.page_h)]


def _make_doc(c: Case):
    r = random.Random(seed_of("doctor", "spec", c.rng_seed))
    g, s, _ = make_professional(r, "NL")
    return g, f"{r.choice(['dr.', 'Dr.', 'prof. dr.'])} {g[0]}. {s[0].upper() + s[1:]}"


_r("medstat-specialistenverklaring-gecentreerd-briefhoofd-proza-aan-wie-het-aangaat-38", "medical-statement", "nl",
   medstat_nl, "specialist's statement in prose, centred letterhead, signature at the end above name and BIG")
_r("medstat-english-report-genummerde-vragen-grijze-patientstrook-ezelsoor-38", "medical-statement", "en",
   medstat_en, "English medical report with numbered questions, shaded patient strip, a corner folded over")


# =========================================================================== care institution


def care_letter(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The hospital's patient-administration office confirms in a short letter that it can and will treat: a
    coloured square logo at the upper RIGHT, the confirmation in three short paragraphs (treatment, start and
    planned period, how costs are paid), the head of the office signing BESIDE the label, the hospital's stamp
    pressed over the last paragraph's end."""
    h = c.hospital
    s, e = _care_dates(c)
    if e <= c.sub + dt.timedelta(days=90):
        e = add_months(max(s, c.sub), 12)
    sh = _sheet(c)
    col = h.get("color", (0, 90, 140))
    sh.rect(172, 12, 18, 18, width_mm=0, fill=col)
    _T(sh, 181, 18, h["short"][:3].upper(), font=NIMS_B, size=9, anchor="center", color=(255, 255, 255))
    _T(sh, 20, 14, h["name"], font=NIMS_B, size=12)
    _T(sh, 20, 20, "Patiëntenadministratie – internationale patiënten", font=NIMS, size=9, color=GREY)
    _T(sh, 20, 44, "Verklaring zorginstelling", font=NIMS_B, size=12)
    dd = c.sub - dt.timedelta(days=random.Random(seed_of("cd", c.rng_seed)).randint(5, 35))
    _T(sh, 190, 44, d_dot(dd), font=NIMS, size=10, anchor="right")
    y = 56
    for p in (f"Hierbij bevestigen wij dat {_name(c)}, geboren {d_dot(c.p.birth_date)}, in ons ziekenhuis "
              f"behandeld kan en zal worden voor: {c.med['tx']}.",
              f"De behandeling start of liep vanaf {d_nl(s)} en is gepland tot ten minste {d_nl(e)}.",
              _payer_phrase(c)):
        y = _P(sh, 20, y, 170, p, font=NIMS, size=10.5, lead=1.5) + 4
    sh.stamp(120, y - 16, [h["name"][:26].upper(), h["city"].upper()], rng, shape="oval", size_mm=42,
             color=ST_VIOLET, angle=rng.uniform(-10, 10))
    _T(sh, 20, y + 10, "Hoofd patiëntenadministratie:", font=NIMS, size=10)
    sh.signature(80, y + 4, 44, 13, rng, color=INK)
    _T(sh, 20, y + 16, _who(c, "adm"), font=NIMS_B, size=10)
    return [sh]


def care_form(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The 'verklaring zorginstelling' model form filled in at the institution with a ballpoint: printed questions
    in Courier Prime on the left, handwritten answers on dotted lines, ticks in boxes; the institution's stamp at
    the foot ABOVE the signature."""
    h = c.hospital
    s, e = _care_dates(c)
    if e <= c.sub + dt.timedelta(days=90):
        e = add_months(max(s, c.sub), 12)
    sh = _sheet(c)
    _T(sh, 20, 16, "VERKLARING ZORGINSTELLING (medische behandeling)", font=CPRIME_B, size=12)
    _T(sh, 20, 22, "In te vullen door de zorginstelling die de vreemdeling behandelt", font=CPRIME, size=9)
    y = 36
    for q, a in (("Naam zorginstelling", h["name"]), ("Adres", f"{h['street']}, {h['pc']} {h['city']}"),
                 ("Naam patiënt", f"{c.p.given_names} {c.p.surname}"), ("Geboortedatum", d_dot(c.p.birth_date)),
                 ("Behandeling", c.med["tx_short"]), ("Begindatum", d_dot(s)), ("Verwachte einddatum", d_dot(e))):
        _T(sh, 20, y, q + ":", font=CPRIME, size=10)
        sh.rule(80, y + 4.5, 190, y + 4.5, width_mm=0.15, dash=0.7)
        v = glyphs(a, PEN)
        size = 12.0
        while size > 8 and sh.text_width(v, font=PEN, size_pt=size) * 1.15 > 106:
            size -= 0.5
        sh.handwriting(82, y - 1.8, v, rng, size_pt=size, color=INK, font=PEN)
        y += 10
    for q in ("De instelling kan de behandeling bieden", "De instelling is bereid de patiënt te behandelen",
              "De betaling van de kosten is geregeld"):
        sh.checkbox(20, y, 4, True, rng=rng, color=INK)
        _T(sh, 27, y + 0.2, q, font=CPRIME, size=10)
        y += 7
    y = _P(sh, 20, y + 4, 170, _payer_phrase(c), font=CPRIME, size=9.5) + 8
    sh.stamp(24, y, [h["name"][:26].upper(), "ZORGADMINISTRATIE"], rng, shape="rect", size_mm=48, color=ST_BLUE,
             angle=rng.uniform(-4, 4))
    sh.signature(30, y + 20, 44, 13, rng, color=INK)
    _T(sh, 20, y + 36, "Handtekening en stempel instelling", font=CPRIME, size=9)
    return [sh]


_r("care-bevestiging-patientenadministratie-logo-rechts-stempel-over-alinea-38", "care-institution-statement", "nl",
   care_letter, "patient administration's confirmation letter, stamp over the last paragraph, signer beside label")
_r("care-verklaring-zorginstelling-model-courier-balpen-stippellijnen-38", "care-institution-statement", "nl",
   care_form, "model form in Courier Prime, handwritten answers on dotted lines, stamp above signature")


# =========================================================================== health insurance


def polisblad(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A Dutch insurer's 'polisblad 2026' printed from the insurer's app: a coloured header band with the insurer's
    short name, the insured person and policy number as a card, the cover in a list with check marks, the
    premium at the foot."""
    ins = c.insurer_nl
    sh = _sheet(c)
    col = ins.get("color", (0, 120, 110))
    sh.rect(0, 0, c.page_w, 24, width_mm=0, fill=col)
    _T(sh, 15, 8, ins["short"], font=CARL_B, size=18, color=(255, 255, 255))
    _T(sh, 195, 10, "Polisblad 2026", font=CARL, size=12, color=(255, 255, 255), anchor="right")
    sh.rect(15, 32, 180, 32, width_mm=0.3, color=col)
    for i, (a, b) in enumerate((("Verzekerde", f"{c.p.given_names} {c.p.surname}"),
                                ("Geboortedatum", d_dot(c.p.birth_date)), ("Polisnummer", _policy_no(c)),
                                ("Ingangsdatum", "01-01-2026"))):
        _T(sh, 20, 36 + i * 6.5, a, font=CARL, size=9.5, color=GREY)
        _T(sh, 70, 36 + i * 6.5, b, font=CARL_B, size=10)
    y = 74
    _T(sh, 15, y, "Uw dekking", font=CARL_B, size=12)
    y += 8
    for t in ("Basisverzekering Zorgvrij (naturapolis) – medisch-specialistische zorg, ziekenhuisopname, "
              "geneesmiddelen", "Aanvullend Plus – fysiotherapie 18 behandelingen", "Tand Basis"):
        _T(sh, 17, y, "✓", font="sans3", size=11, color=col)
        y = _P(sh, 24, y, 170, t, font=CARL, size=10.5) + 2
    _T(sh, 15, y + 8, f"Premie per maand: {eur(rng.choice([148.95, 152.40, 161.75]))}", font=CARL_B, size=10.5)
    _T(sh, 15, y + 15, f"{ins['name']} · {ins['post']} · UZOVI {ins['uzovi']}", font=CARL, size=8.5, color=GREY)
    return [sh]


def intl_certificate(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An international insurer's 'Certificate of Insurance' in English: the insurer's name in capitals with a thin
    double rule, 'TO WHOM IT MAY CONCERN', a bordered two-column table of insured, plan, period and cover
    (in-patient, out-patient, repatriation, pre-existing conditions included), a QR code at the lower right, the
    underwriting manager's signature ABOVE the typed name."""
    ins = c.insurer_intl
    sh = _sheet(c)
    W = c.page_w
    _T(sh, W / 2, 14, ins["name"].upper(), font=BOOK_B, size=12, anchor="center")
    _T(sh, W / 2, 20, ins["addr"], font=BOOK, size=8.5, anchor="center", color=GREY)
    sh.rule(20, 25, W - 20, 25, width_mm=0.5)
    sh.rule(20, 26.3, W - 20, 26.3, width_mm=0.15)
    _T(sh, W / 2, 36, "CERTIFICATE OF INSURANCE", font=BOOK_B, size=14, anchor="center")
    _T(sh, 20, 48, "TO WHOM IT MAY CONCERN", font=BOOK_B, size=10)
    y = 58
    s = dt.date(2026, 1, 1)
    for a, b in (("Insured", f"{c.p.given_names} {c.p.surname}"), ("Date of birth", d_en(c.p.birth_date)),
                 ("Policy number", _policy_no(c, "INT-")), ("Plan", ins.get("plan", "Worldwide")),
                 ("Period of cover", f"{d_en(s)} – {d_en(dt.date(2027, 12, 31))}"),
                 ("Area of cover", "Worldwide including the Netherlands"),
                 ("Benefits", "In-patient and out-patient treatment, medicines, dialysis and oncology, "
                              "pre-existing conditions included; medical repatriation"),
                 ("Annual limit", "EUR 2 000 000")):
        lines = wrap(glyphs(b, BOOK), 104, BOOK, 9.5)
        h = 3 + 4.4 * len(lines)
        sh.rect(20, y, 52, h, width_mm=0.25, fill=(244, 244, 240))
        sh.rect(72, y, W - 92, h, width_mm=0.25)
        _T(sh, 22, y + 1.5, a, font=BOOK, size=9.5)
        yy = y + 1.5
        for ln in lines:
            sh.text(74, yy, ln, font=BOOK, size_pt=9.5)
            yy += 4.4
        y += h
    qr(sh, W - 45, y + 10, 24, f"ins{c.rng_seed}")
    sh.signature(20, y + 12, 46, 14, rng, color=INK)
    _T(sh, 20, y + 28, _who(c, "uw"), font=BOOK_B, size=10)
    _T(sh, 20, y + 33, "Underwriting Manager", font=BOOK, size=9.5)
    return [sh]


_r("polisblad-app-print-kleurband-kaart-vinkjes-dekking-38", "health-insurance", "nl", polisblad,
   "Dutch insurer's policy sheet printed from the app, colour band, card, ticks")
_r("intl-certificate-of-insurance-bookman-dubbele-lijn-tabel-qr-38", "health-insurance", "en", intl_certificate,
   "international insurer's certificate, double rule, bordered table, QR, signature above the name")


# =========================================================================== civic integration


def _duo_head(sh: Sheet, c: Case, title: str):
    sh.rect(15, 12, 8, 22, width_mm=0, fill=DUO)
    _T(sh, 27, 13, "Dienst Uitvoering Onderwijs", font=NIMS_B, size=11, color=DUO)
    _T(sh, 27, 19, "Ministerie van Onderwijs, Cultuur en Wetenschap", font=NIMS, size=8.5, color=GREY)
    _T(sh, 27, 28, title, font=NIMS_B, size=10)


def duo_diploma(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The civic-integration diploma in landscape-on-portrait style: a wide blue band across the upper third with
    'DIPLOMA' in spaced capitals, the holder's name in C059 italic on its own line, the exam parts listed in two
    columns with their dates, the diploma number in a box at the lower left, DUO's printed signature."""
    dd = _inb_date(c, rng)
    sh = _sheet(c)
    sh.rect(0, 40, c.page_w, 40, width_mm=0, fill=(222, 234, 246))
    _T(sh, 105, 50, "D I P L O M A", font=CENT_B, size=26, anchor="center", color=DUO)
    _T(sh, 105, 66, "INBURGERING", font=NIMS_B, size=14, anchor="center", color=DUO)
    _T(sh, 105, 96, "De Minister van Sociale Zaken en Werkgelegenheid verklaart dat", font=CENT, size=11,
       anchor="center")
    _T(sh, 105, 108, f"{c.p.given_names} {c.p.surname}", font=CENT_I, size=20, anchor="center")
    _T(sh, 105, 120, f"geboren op {d_nl(c.p.birth_date)} te {c.p.birth_place}", font=CENT, size=11, anchor="center")
    _T(sh, 105, 132, "het inburgeringsexamen op taalniveau B1 heeft behaald.", font=CENT, size=11, anchor="center")
    parts = ["Lezen", "Luisteren", "Schrijven", "Spreken", "Kennis Nederlandse Maatschappij",
             "Oriëntatie Nederlandse Arbeidsmarkt"]
    for i, p in enumerate(parts):
        x = 40 + (i % 2) * 70
        y = 150 + (i // 2) * 8
        _T(sh, x, y, f"{p}", font=NIMS, size=9.5)
        _T(sh, x + 60, y, d_dot(dd - dt.timedelta(days=(5 - i) * 9)), font=NIMS, size=9, anchor="right", color=GREY)
    sh.rect(20, 215, 60, 12, width_mm=0.4)
    _T(sh, 23, 217, "Diplomanummer", font=NIMS, size=7.5, color=GREY)
    _T(sh, 23, 221.5, f"INB{random.Random(seed_of('dip', c.rng_seed)).randint(1000000, 9999999)}", font=NIMS_B,
       size=10)
    _T(sh, 150, 214, f"Groningen, {d_nl(dd)}", font=NIMS, size=9.5, anchor="center")
    sh.signature(128, 218, 44, 12, rng, color=(20, 20, 24))
    _T(sh, 150, 234, "namens de Minister, DUO", font=NIMS, size=8.5, anchor="center", color=GREY)
    return [sh]


def duo_exemption(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """DUO's decision granting exemption from the civic-integration requirement (medical grounds): a letter with
    the reference data in a grey column at the RIGHT, the decision sentence in bold, the grounds as bullet points,
    the objection clause in small type at the foot."""
    dd = _inb_date(c, rng)
    sh = _sheet(c)
    _duo_head(sh, c, "Besluit ontheffing inburgeringsplicht")
    sh.rect(150, 42, 45, 48, width_mm=0, fill=(236, 238, 242))
    for i, (a, b) in enumerate((("Datum", d_dot(dd)), ("Kenmerk", f"ONT-{rng.randint(100000, 999999)}"),
                                ("Geboortedatum", d_dot(c.p.birth_date)))):
        _T(sh, 153, 45 + i * 14, a, font=NIMS, size=7.5, color=GREY)
        _T(sh, 153, 50 + i * 14, b, font=NIMS_B, size=9)
    _T(sh, 20, 44, _name(c), font=NIMS, size=10)
    for i, t in enumerate(_addr(c)):
        _T(sh, 20, 49 + i * 5, t, font=NIMS, size=10)
    y = _P(sh, 20, 100, 170, f"Geachte {title_nl(c.p)} {c.p.surname},", font=NIMS, size=10.5) + 3
    y = _P(sh, 20, y, 170, "U krijgt ontheffing van de inburgeringsplicht. U hoeft het inburgeringsexamen niet te "
                           "doen.", font=NIMS_B, size=10.5) + 4
    for t in ("U hebt ontheffing gevraagd op medische gronden.",
              "Uit het advies van de onafhankelijk keuringsarts blijkt dat u door een medische beperking blijvend "
              "niet kunt voldoen aan de inburgeringsplicht.",
              "Deze ontheffing geldt ook voor een aanvraag voor een verblijfsvergunning voor onbepaalde tijd."):
        _T(sh, 22, y, "•", font=NIMS, size=10.5)
        y = _P(sh, 27, y, 160, t, font=NIMS, size=10.5, lead=1.45) + 2
    y = _P(sh, 20, y + 6, 170, "Met vriendelijke groet,\nDienst Uitvoering Onderwijs", font=NIMS, size=10.5)
    _P(sh, 20, 262, 170, "Bent u het niet eens met dit besluit? Dan kunt u binnen 6 weken na de datum van deze brief "
                         "bezwaar maken bij DUO.", font=NIMS, size=8, color=GREY)
    return [sh]


def duo_results(c: Case, rng: random.Random, *, failed: bool = False, **_) -> list[Sheet]:
    """DUO's results letter printed from Mijn Inburgering: each exam part as a row with its date and 'Gehaald' or
    'Niet gehaald' in a coloured pill at the right; when every part was passed, a closing line that the diploma
    follows by post."""
    dd = _inb_date(c, rng)
    sh = _sheet(c)
    _duo_head(sh, c, "Uitslag inburgeringsexamen")
    _T(sh, 20, 44, _name(c), font=NIMS, size=10)
    _T(sh, 190, 44, d_dot(dd), font=NIMS, size=10, anchor="right")
    parts = ["Lezen", "Luisteren", "Schrijven", "Spreken", "Kennis Nederlandse Maatschappij"]
    bad = random.Random(seed_of("fail", c.rng_seed)).randrange(len(parts)) if failed else -1
    y = 62
    for i, p in enumerate(parts):
        sh.rect(20, y, 170, 11, width_mm=0.2, color=(190, 190, 190))
        _T(sh, 24, y + 3, p, font=NIMS_B, size=10)
        _T(sh, 110, y + 3, d_dot(dd - dt.timedelta(days=(4 - i) * 11)), font=NIMS, size=9.5, color=GREY)
        ok = i != bad
        sh.rect(150, y + 2, 34, 7, width_mm=0, fill=(210, 236, 214) if ok else (246, 212, 212))
        _T(sh, 167, y + 3.2, "Gehaald" if ok else "Niet gehaald", font=NIMS_B, size=9, anchor="center",
           color=(20, 110, 40) if ok else (160, 30, 30))
        y += 13
    txt = ("U hebt alle onderdelen gehaald. U krijgt uw diploma binnen 6 weken per post." if bad < 0 else
           "U hebt niet alle onderdelen gehaald. U kunt het onderdeel dat u niet hebt gehaald opnieuw doen.")
    _P(sh, 20, y + 8, 170, txt, font=NIMS, size=10.5)
    return [sh]


_r("duo-diploma-blauwe-band-bovenderde-gespatieerd-naam-cursief-nummerkader-38", "civic-integration", "nl",
   duo_diploma, "civic-integration diploma with a blue band, spaced title, name in italics, number box")
_r("duo-ontheffing-besluit-grijze-kolom-rechts-opsommingstekens-bezwaarregel-38", "civic-integration", "nl",
   duo_exemption, "DUO exemption decision, grey reference column at the right, bullet points")
_r("duo-uitslag-mijninburgering-rijen-gekleurde-pil-gehaald-38", "civic-integration", "nl", duo_results,
   "DUO results letter, rows with coloured pills")


# =========================================================================== other: cover letter, IND letters, MVV


def cover_letter(c: Case, rng: random.Random, *, enclosures: list[str] | None = None, **_) -> list[Sheet]:
    """The lawyer's cover letter to the IND in C059: the office's name in letter-spaced capitals centred at the top,
    the IND's address in the window position, 'Betreft' in bold, the request in prose (with, where there is no
    passport, the five conditions of the exemption discussed as a numbered list), the enclosures as a table with
    a number column, the signature at the END with no label."""
    lw = c.lawyer or {"firm": "Rechtshulp Noord", "city": "Groningen", "street": "Oude Boteringestraat 22",
                      "pc": "9712 GH"}
    sh = _sheet(c)
    _T(sh, 105, 14, " ".join(lw["firm"].upper()), font=CENT_B, size=10, anchor="center")
    _T(sh, 105, 20, f"{lw.get('street', '')} · {lw.get('pc', '')} {lw['city']}", font=CENT, size=8.5,
       anchor="center", color=GREY)
    for i, t in enumerate(["Immigratie- en Naturalisatiedienst", "Postbus 287", "7600 AG  Almelo"]):
        _T(sh, 25, 48 + i * 5, t, font=CENT, size=10.5)
    dd = c.sub - dt.timedelta(days=rng.randint(1, 5))
    _T(sh, 185, 70, f"{lw['city']}, {d_nl(dd)}", font=CENT, size=10.5, anchor="right")
    _T(sh, 25, 80, f"Betreft: aanvraag {_name(c)}, V-nummer {c.vnr}", font=CENT_B, size=10.5)
    y = _P(sh, 25, 92, 160, "Geachte heer, mevrouw,", font=CENT, size=10.5) + 3
    y = _P(sh, 25, y, 160, f"Namens mijn cliënt{'e' if c.p.sex == 'F' else ''} dien ik hierbij een aanvraag in voor "
                           f"{PROC_NL[c.procedure]}. De ingevulde en ondertekende formulieren en de stukken zijn "
                           f"bijgevoegd.", font=CENT, size=10.5, lead=1.45) + 3
    if c.no_passport:
        y = _P(sh, 25, y, 160, "Cliënt beschikt niet over een geldig paspoort. Zij/hij doet een beroep op de "
                               "uitzondering op het paspoortvereiste:", font=CENT, size=10.5, lead=1.45) + 2
        for i in c.exemption_shown:
            _T(sh, 27, y, f"{i + 1}.", font=CENT, size=10.5)
            y = _P(sh, 34, y, 150, EXEMPTION_TEXT[i], font=CENT, size=10.5, lead=1.4) + 1.5
        y += 2
    y = _P(sh, 25, y, 160, "Graag ontvang ik de beslissing op mijn kantooradres.", font=CENT, size=10.5) + 3
    y = _P(sh, 25, y, 160, "Met vriendelijke groet,", font=CENT, size=10.5)
    sh.signature(25, y + 1, 46, 14, rng, color=INK)
    _T(sh, 25, y + 17, c.lawyer_name or "mr. J. de Boer", font=CENT, size=10.5)
    y += 28
    if enclosures:
        _T(sh, 25, y, "Bijlagen", font=CENT_B, size=10.5)
        y += 6
        for i, e in enumerate(enclosures, 1):
            sh.rect(25, y, 10, 6, width_mm=0.2)
            sh.rect(35, y, 150, 6, width_mm=0.2)
            _T(sh, 28, y + 1.2, str(i), font=CENT, size=9.5)
            _T(sh, 37, y + 1.2, e, font=CENT, size=9.5)
            y += 6
            if y > c.page_h - 24:
                break
    return [sh]


def _ind_letter(c: Case, rng: random.Random, subject: str, dd: dt.date) -> tuple[Sheet, float]:
    sh = _sheet(c)
    sh.rect(15, 10, 22, 14, width_mm=0, fill=NAVY)
    _T(sh, 26, 13.5, "IND", font=NIMS_B, size=14, color=(255, 255, 255), anchor="center")
    _T(sh, 42, 12, "Immigratie- en Naturalisatiedienst", font=NIMS_B, size=10, color=NAVY)
    _T(sh, 42, 17, "Ministerie van Justitie en Veiligheid", font=NIMS, size=8.5, color=GREY)
    for i, t in enumerate([_name(c)] + _addr(c)):
        _T(sh, 25, 50 + i * 5, t, font=NIMS, size=10)
    for i, (a, b) in enumerate((("Datum", d_nl(dd)), ("V-nummer", c.vnr), ("Onderwerp", subject))):
        _T(sh, 140, 48 + i * 9, a, font=NIMS, size=7.5, color=GREY)
        _T(sh, 140, 52 + i * 9, b, font=NIMS, size=9)
    return sh, 86


def art64_decision(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The IND's decision granting 'uitstel van vertrek' under article 64 Vw: navy IND block at the upper left,
    the reference data in a column at the right, the decision in prose with the period's start and end dates,
    the objection clause in small type; printed signature."""
    end = c.art64_end or (c.sub + dt.timedelta(days=20))
    start = dt.date(end.year - 1, end.month, min(end.day, 28))
    sh, y = _ind_letter(c, rng, "Besluit artikel 64 Vw", start - dt.timedelta(days=12))
    y = _P(sh, 25, y, 160, f"Geachte {title_nl(c.p)} {c.p.surname},", font=NIMS, size=10.5) + 3
    y = _P(sh, 25, y, 160, f"U hebt gevraagd om uitstel van vertrek op medische gronden (artikel 64 "
                           f"Vreemdelingenwet 2000). Uit het advies van het Bureau Medische Advisering blijkt dat u "
                           f"op dit moment niet kunt reizen. Daarom krijgt u uitstel van vertrek van {d_nl(start)} "
                           f"tot en met {d_nl(end)}.", font=NIMS, size=10.5, lead=1.5) + 4
    y = _P(sh, 25, y, 160, "Tijdens het uitstel van vertrek mag u in Nederland blijven. U mag niet werken.",
           font=NIMS, size=10.5) + 8
    _T(sh, 25, y, "Met vriendelijke groet,", font=NIMS, size=10.5)
    _T(sh, 25, y + 6, "de Minister van Asiel en Migratie, namens deze: de IND", font=NIMS, size=10)
    _P(sh, 25, 262, 160, "Bent u het niet eens met dit besluit? U kunt binnen 4 weken bezwaar maken.", font=NIMS,
       size=8, color=GREY)
    return [sh]


def permit_decision(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The IND's decision granting the earlier residence permit (the 'beschikking'), in the same print as the
    article 64 decision: purpose and date of effect in a grey box in the middle of the letter."""
    since = c.since or (c.sub - dt.timedelta(days=900))
    sh, y = _ind_letter(c, rng, "Beschikking verblijfsvergunning", since + dt.timedelta(days=20))
    purpose = {"medical-treatment": "medische behandeling", "medical-treatment-after-art64": "medische behandeling",
               "relationship": "verblijf bij partner", "parent": "verblijf bij ouder"}.get(c.route or "",
                                                                                        "humanitair tijdelijk")
    y = _P(sh, 25, y, 160, f"Geachte {title_nl(c.p)} {c.p.surname},", font=NIMS, size=10.5) + 3
    y = _P(sh, 25, y, 160, "Uw aanvraag is ingewilligd. U krijgt een verblijfsvergunning regulier voor bepaalde tijd.",
           font=NIMS, size=10.5) + 4
    sh.rect(25, y, 160, 20, width_mm=0, fill=(232, 234, 238))
    _T(sh, 28, y + 3, f"Verblijfsdoel: {purpose}", font=NIMS_B, size=10.5)
    _T(sh, 28, y + 10, f"Ingangsdatum: {d_nl(since)}", font=NIMS_B, size=10.5)
    y += 28
    y = _P(sh, 25, y, 160, "U kunt uw verblijfsdocument ophalen bij het IND-loket na het maken van een afspraak.",
           font=NIMS, size=10.5) + 8
    _T(sh, 25, y, "Met vriendelijke groet, de IND", font=NIMS, size=10.5)
    return [sh]


def mvv_page(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The passport's visa page with the MVV (visum D) sticker for medical treatment, copied alone at 120 % on the
    lower half of the sheet; the client's name written above it by the lawyer's assistant."""
    entry = c.sub - dt.timedelta(days=rng.randint(190, 230))
    start = entry - dt.timedelta(days=rng.randint(10, 30))
    end = start + dt.timedelta(days=90)
    pg = Sheet(125, 88)
    pg.rect(0, 0, 125, 88, width_mm=0, fill=(240, 246, 240))
    st = Sheet(110, 70)
    st.rect(0, 0, 110, 70, width_mm=0, fill=(236, 228, 244))
    _T(st, 4, 3, "VISUM / VISA", font=NIMS_B, size=8)
    _T(st, 106, 3, "NLD", font=NIMS_B, size=8, anchor="right")
    st.photo(4, 10, 22, 28, rng)
    for i, (a, b) in enumerate((("Geldig voor", "SCHENGENSTATEN"), ("Van", d_dot(start)), ("Tot", d_dot(end)),
                                ("Type", "D"), ("Naam", f"{c.p.surname.upper()}, {c.p.given_names.upper()}"),
                                ("Opmerkingen", "MVV – MEDISCHE BEHANDELING"))):
        _T(st, 30, 10 + i * 5.5, a, font=NIMS, size=5.5, color=GREY)
        bb = glyphs(b, NIMS_B)
        st.text(52, 10 + i * 5.5, bb, font=NIMS_B, size_pt=fit(bb, NIMS_B, 6.5, 55))
    paste(pg, st, 7, 9, dpi=260)
    sh = _sheet(c)
    sh.handwriting(30, 40, f"{c.p.given_names} {c.p.surname} – MVV", rng, size_pt=13, color=INK, font=PEN)
    paste(sh, pg, 30, 140, k=1.2, dpi=260)
    return [sh]


_r("cover-letter-gespatieerd-kantoor-c059-bijlagentabel-handtekening-einde-38", "other", "nl", cover_letter,
   "lawyer's cover letter, letter-spaced office name, enclosures table, signature at the end without a label")
_r("art64-decision-navy-ind-blok-referentiekolom-38", "other", "nl", art64_decision,
   "IND article-64 decision, navy block, reference column")
_r("permit-letter-navy-ind-blok-grijs-doelvak-38", "other", "nl", permit_decision,
   "IND decision granting the earlier permit, purpose in a grey box")
_r("mvv-sticker-sur-visumpagina-onderste-helft-naam-met-hand-38", "other", "nl", mvv_page,
   "passport visa page with the MVV sticker, lower half, name written above by hand")
