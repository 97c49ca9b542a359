"""IND families of the `fortysecond` part (registered in ind.FAMILIES), and the builder of its IND dossiers.

Written after dev, heldout and the parts fresh to fortyfirst had been read, by a writer who saw neither the validator
nor its output, from the seeds (000, 001, 002), rules.md and how such papers look in Dutch files.  Each family is
described in its function's docstring and its registration note only (the part is read blind).

The IND dossiers of this part follow ind's generic dossier plans (ind.PartBuilder: the same compositions, the same
defect kinds).  The few places where ind.PartBuilder names one family per part (the civic-integration papers, the
US-Letter insurance certificate and the failed DUO results) are answered by FortysecondBuilder below, and the part's
clean and defect plans are CLEAN_PLAN and DEFECT_PLAN here, so ind itself is not changed.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from . import ind as _ind
from .fortysecond_identity import (
    _P,
    _T,
    PEN_I,
    NNAR,
    NNAR_B,
    NROM,
    NROM_B,
    BALL,
    NMONO,
    NMONO_B,
    NSAN,
    NSAN_B,
    CALA,
    CALA_B,
    CALA_I,
    CARL,
    CARL_B,
    CARL_I,
    GREY,
    BLOCK,
    INK,
    INK_K,
    COUR,
    COUR_B,
    NNAR,
    NNAR_B,
    NSAN,
    NSAN_B,
    NSAN_I,
    CEN,
    CEN_B,
    CEN_I,
    BOOK,
    BOOK_B,
    BOOK_I,
    ST_BLUE,
    ST_GREEN,
    ST_RED,
    ST_VIOLET,
    folded4,
    d_dash,
    d_nl,
    recopy,
    greyjpeg,
    ringed,
    table_photo,
    folded4,
    yellow,
    tilt,
    clip,
)
from .ind import (
    EXEMPTION_TEXT,
    GENERIC_PURPOSES,
    LETTER,
    PROC_NL,
    ROUTES_7027,
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
from .fortysecond_identity import INK_V, marker
from .paper import Sheet
from .people import make_professional
from .twentyeighth_identity import barcode as bars
from .twentyeighth_identity import fit, glyphs, paste, qr, sheet_of, wrap

PART = "fortysecond"
TEAL = (0, 96, 110)
DUO = (0, 70, 140)


def _r(id_, type_, lang, fn, notes, **bound):
    _ind._reg(id_, type_, PART, lang, fn, notes, **bound)


def _who(c: Case, key: str) -> str:
    r = random.Random(seed_of(key, c.rng_seed, "42"))
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


def _keep(c: Case, img) -> Sheet:
    return sheet_of(img, c.page_w, c.page_h)


# =========================================================================== IND application forms


class _F:
    """The IND forms as this part's writer saw them: 'Immigratie- en Naturalisatiedienst' in Nimbus Sans bold at the
    upper LEFT with a small blue square before it, the form's model code in a grey box at the upper RIGHT, the
    form's title under a full-width thin rule; the V-number in a COMB field of ten separate character boxes under
    the title on every page (typed in Courier Prime, or written in block capitals when the form was filled in on
    paper); sections as numbered headings with a thick blue underline; each question's label ABOVE its answer
    field (a full-width box); options as square boxes crossed with an 'X'; the footer with the model code at the
    left and 'pagina n/N' at the right."""

    def __init__(self, c: Case, rng: random.Random, title: str, code: str, pages: int):
        self.c, self.rng, self.title, self.code, self.pages = c, rng, title, code, pages
        self.sheets: list[Sheet] = []
        self.hand = c.fill == "hand"
        self.ink = rng.choice([INK, INK_K, INK_V])
        self.new_page()

    def new_page(self):
        c = self.c
        sh = c.new_sheet()
        n = len(self.sheets) + 1
        sh.rect(15, 11, 4, 4, width_mm=0, fill=(21, 66, 140))
        _T(sh, 21, 10.6, "Immigratie- en Naturalisatiedienst", font=NSAN_B, size=10.5)
        _T(sh, 21, 15.4, "Ministerie van Asiel en Migratie", font=NSAN, size=7.5, color=GREY)
        sh.rect(158, 10, 37, 8, width_mm=0, fill=(224, 224, 228))
        _T(sh, 176.5, 11.8, self.code, font=NSAN_B, size=8, anchor="center")
        sh.rule(15, 21, 195, 21, width_mm=0.25)
        tt = glyphs(self.title, NSAN_B)
        sh.text(15, 23.5, tt, font=NSAN_B, size_pt=fit(tt, NSAN_B, 12, 180))
        _T(sh, 15, 32, "V-nummer", font=NSAN, size=8, color=GREY)
        for k in range(10):
            sh.rect(32 + k * 6, 30.5, 6, 7, width_mm=0.3)
            ch = c.vnr[k] if k < len(c.vnr) else ""
            if self.hand:
                sh.handwriting(33 + k * 6, 31, glyphs(ch, BLOCK), self.rng, size_pt=12, color=self.ink, font=BLOCK)
            else:
                _T(sh, 35 + k * 6, 32, ch, font=COUR_B, size=11, anchor="center")
        _T(sh, 15, 289, self.code, font=NSAN, size=7.5, color=GREY)
        _T(sh, 195, 289, f"pagina {n}/{self.pages}", font=NSAN, size=7.5, color=GREY, anchor="right")
        self.sheets.append(c.intr(sh))
        self.sh = sh
        self.y = 44

    def section(self, t: str):
        self.y += 3
        w = _T(self.sh, 15, self.y, t, font=NSAN_B, size=10.5, color=(21, 66, 140))
        self.sh.rule(15, self.y + 5.2, 195, self.y + 5.2, width_mm=0.9, color=(21, 66, 140))
        self.y += 9

    def _val(self, x, y, s, w):
        if not s:
            return
        if self.hand:
            s2 = glyphs(str(s).upper(), BLOCK)
            size = 11.0
            while size > 7.0 and self.sh.text_width(s2, font=BLOCK, size_pt=size) * 1.15 > w:
                size -= 0.5
            self.sh.handwriting(x, y - 1.2, s2, self.rng, size_pt=size, color=self.ink, font=BLOCK)
        else:
            v = glyphs(str(s), COUR)
            self.sh.text(x, y, v, font=COUR, size_pt=fit(v, COUR, 10, w))

    def field(self, label: str, value: str):
        _T(self.sh, 16, self.y, label, font=NSAN, size=8.2, color=(60, 60, 64))
        self.sh.rect(15, self.y + 3.8, 180, 7.4, width_mm=0.25)
        self._val(17, self.y + 5.2, value, 176)
        self.y += 13

    def choice(self, label: str, opts: list[str], chosen: set[int]):
        lines = wrap(label, 178, NSAN, 8.2)
        for k, ln in enumerate(lines[:2]):
            _T(self.sh, 16, self.y + k * 3.8, ln, font=NSAN, size=8.2, color=(60, 60, 64))
        yy = self.y + 3.8 * min(2, len(lines)) + 1.5
        x = 17
        for i, o in enumerate(opts):
            oo = glyphs(o, NSAN)
            w = self.sh.text_width(oo, font=NSAN, size_pt=8.6)
            if x + 6 + w > 195:
                x, yy = 17, yy + 5.5
            self.sh.rect(x, yy + 0.2, 3.6, 3.6, width_mm=0.3)
            if i in chosen:
                if self.hand:
                    self.sh.handwriting(x - 0.2, yy - 1.6, "X", self.rng, size_pt=12, color=self.ink, font=BLOCK)
                else:
                    self.sh.rule(x + 0.5, yy + 0.7, x + 3.1, yy + 3.3, width_mm=0.35)
                    self.sh.rule(x + 3.1, yy + 0.7, x + 0.5, yy + 3.3, width_mm=0.35)
            self.sh.text(x + 5, yy, oo, font=NSAN, size_pt=8.6)
            x += 12 + w
        self.y = yy + 7.5

    def sign(self):
        c, sh = self.c, self.sh
        self.section("Ondertekening")
        _P(sh, 16, self.y, 178, "Ik heb dit formulier naar waarheid ingevuld. Ik weet dat de IND mijn gegevens kan "
                                "controleren.", font=NSAN, size=8.6)
        self.y += 9
        d0 = c.sub - dt.timedelta(days=self.rng.randint(1, 6))
        self.field("Plaats en datum", f"{c.p.address.city if c.p.address else 'Utrecht'}, {d_dash(d0)}")
        _T(sh, 16, self.y, "Handtekening", font=NSAN, size=8.2, color=(60, 60, 64))
        sh.rect(15, self.y + 3.8, 90, 26, width_mm=0.25)
        sh.signature(24, self.y + 7, 56, 17, self.rng, color=self.ink)
        self.y += 32


def _personal(f: _F, c: Case):
    p = c.p
    f.section("1  Persoonsgegevens")
    f.field("Achternaam", p.surname)
    f.field("Voornamen (alle)", p.given_names)
    f.field("Geboortedatum (dd-mm-jjjj)", p.birth_date.strftime("%d-%m-%Y"))
    f.field("Geboorteplaats", p.birth_place)
    f.field("Geboorteland", country_nl(p))
    f.field("Nationaliteit", nat_nl(p))
    f.choice("Geslacht", ["man", "vrouw", "onbekend"], {0 if p.sex == "M" else 1})
    if p.address:
        f.field("Woonadres", f"{p.address.street} {p.address.number}, {p.address.postcode} {p.address.city}")
    if c.lawyer:
        f.section("2  Gemachtigde")
        f.field("Naam advocaat", c.lawyer_name)
        f.field("Kantoor en plaats", f"{c.lawyer['firm']}, {c.lawyer['city']}")


def form_med(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _F(c, rng, "Aanvraag verblijfsvergunning medische behandeling", "model M42 medisch", 2)
    _personal(f, c)
    f.new_page()
    f.section("3  Behandeling")
    f.field("Zorginstelling", c.hospital.get("name", ""))
    f.field("Plaats zorginstelling", c.hospital.get("city", ""))
    f.field("Soort behandeling", c.med.get("tx_short", ""))
    f.choice("Hebt u al 1 jaar uitstel van vertrek op grond van artikel 64 Vreemdelingenwet?", ["nee", "ja"],
             {1 if c.art64_end else 0})
    if c.art64_end:
        f.field("Datum einde uitstel van vertrek", c.art64_end.strftime("%d-%m-%Y"))
    else:
        f.choice("Wie betaalt de kosten van verblijf en behandeling?", ["ikzelf", "garantsteller"],
                 {1 if c.payer else 0})
    f.choice("Hebt u een geldig paspoort?", ["ja, kopie bijgevoegd", "nee, zie brief van mijn advocaat"],
             {1 if c.no_passport else 0})
    f.choice("Bent u Surinamer met een visum voor medische behandeling?", ["nee", "ja"], {1 if c.suriname_visa else 0})
    f.sign()
    return f.sheets


def form_7027(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _F(c, rng, "Aanvraag voortgezet verblijf – verblijfsvergunning niet-tijdelijk humanitair",
           "model 7027", 2)
    _personal(f, c)
    f.new_page()
    f.section("3  Eerdere verblijfsvergunning")
    keys = [k for k, _ in ROUTES_7027]
    f.choice("Met welk verblijfsdoel had u uw verblijfsvergunning?", [t for _, t in ROUTES_7027],
             {keys.index(c.route)} if c.route in keys else set())
    f.field("Ingangsdatum vergunning", c.since.strftime("%d-%m-%Y") if c.since else "")
    if c.route == "relationship":
        f.choice("Inburgeringsexamen", ["gehaald (diploma)", "ontheffing / vrijstelling", "nog niet gehaald"],
                 {0} if c.inburgering in ("diploma", "results") else ({1} if c.inburgering == "exemption" else {2}))
    if c.route and c.route.startswith("medical"):
        f.choice("Is behandeling nog ten minste 1 jaar nodig?", ["ja (verklaring behandelaar bijgevoegd)", "nee"],
                 {0})
    f.sign()
    return f.sheets


def form_generic(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _F(c, rng, "Aanvraag verlenging verblijfsvergunning regulier bepaalde tijd", "model V42 verlenging", 2)
    _personal(f, c)
    f.new_page()
    f.section("3  Huidige verblijfsvergunning")
    r = random.Random(c.rng_seed)
    f.field("Verblijfsdoel", GENERIC_PURPOSES[r.randrange(len(GENERIC_PURPOSES))])
    f.field("Einddatum huidige vergunning", (c.sub + dt.timedelta(days=r.randint(20, 80))).strftime("%d-%m-%Y"))
    f.choice("Is uw situatie veranderd sinds de vorige aanvraag?", ["nee", "ja, toelichting bijgevoegd"], {0})
    f.sign()
    return f.sheets


_r("ind-form-med-blauw-vierkant-modelcode-grijs-vnummer-kam-labels-boven-velden-42", "application", "nl", form_med,
   "medical-treatment form: blue square and name top left, V-number in a comb field, labels above fields")
_r("ind-form-7027-blauw-vierkant-modelcode-grijs-vnummer-kam-labels-boven-velden-42", "application", "nl",
   form_7027, "form 7027 in the same print")
_r("ind-form-generic-blauw-vierkant-modelcode-grijs-vnummer-kam-labels-boven-velden-42", "application", "nl",
   form_generic, "regular extension form in the same print")


# =========================================================================== income


def payslip(c: Case, rng: random.Random, *, month: int = 11, **_) -> list[Sheet]:
    """A temp agency's weekly-paid 'loonstrook' for four weeks in Nimbus Sans: the agency's name and address at the
    upper LEFT, the employee's name and postcode-first address at the RIGHT, a row of small framed facts
    (periode, personeelsnummer, functie, fase) across the page, the components as a table 'Code | Omschrijving
    | Aantal | Bedrag' with alternate grey rows, the net amount in a heavy box at the LOWER RIGHT marked with a
    yellow highlighter stroke, the year-to-date totals in small type at the foot; folded in four."""
    e = _emp(c, rng)
    g = earner(c)
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    sh = c.new_sheet()
    _T(sh, 20, 14, e["name"], font=NSAN_B, size=12)
    _T(sh, 20, 19.5, f"{e['street']} · {e['pc']} {e['city']}", font=NSAN, size=8, color=GREY)
    _T(sh, 20, 24, f"Loonheffingennummer {e['lhn']}", font=NSAN, size=8, color=GREY)
    ad = _addr(c, g)
    for i, t in enumerate([f"{g.surname.upper()}, {g.given_names}"] + ([ad[1], ad[0]] if len(ad) == 2 else ad)):
        _T(sh, 120, 30 + i * 5, t, font=NSAN, size=10)
    _T(sh, 20, 52, f"LOONSTROOK {['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'][month - 1].upper()} 2026",
       font=NSAN_B, size=11.5)
    x = 20
    for a, b in (("Periode", f"{month:02d}-2026"), ("Pers.nr.", e["pnr"]), ("Functie", e["func_now"][:22]),
                 ("In dienst", d_dash(e["start"])), ("Fase", rng.choice(["A", "B", "C"]))):
        sh.rect(x, 60, 34, 11, width_mm=0.25)
        _T(sh, x + 1.5, 61, a, font=NSAN, size=6.8, color=GREY)
        bb = glyphs(b, NSAN_B)
        sh.text(x + 1.5, 65.2, bb, font=NSAN_B, size_pt=fit(bb, NSAN_B, 8.8, 31))
        x += 34
    y = 80
    cols = [("Code", 18), ("Omschrijving", 84), ("Aantal", 30), ("Bedrag", 38)]
    x = 20
    for h, w in cols:
        _T(sh, x + 1.5, y, h, font=NSAN_B, size=9)
        x += w
    sh.rule(20, y + 5, 190, y + 5, width_mm=0.4)
    y += 7
    rows = [("1000", "Salaris", "173,33 u", eur(k["bruto"])),
            ("3110", f"Pensioenpremie werknemer {k['pct'] * 100:.1f}%".replace(".", ","), "", "-" + eur(k["pens"])),
            ("4000", "Fiscaal loon", "", eur(k["base"])), ("5000", "Loonheffing", "", "-" + eur(k["lh"])),
            ("6200", "Reiskosten woon-werk", "", eur(k["reis"]))]
    for i, row in enumerate(rows):
        if i % 2 == 0:
            sh.rect(20, y - 1, 170, 6.6, width_mm=0, fill=(238, 238, 238))
        x = 20
        for v, (_, w) in zip(row, cols):
            right = v[:1] in "-€0123456789" and w == 38
            _T(sh, x + w - 2 if right else x + 1.5, y, v, font=NSAN, size=9, anchor="right" if right else "left")
            x += w
        y += 6.6
    marker(sh, 121, y + 12.5, 68, 7)
    sh.rect(120, y + 8, 70, 14, width_mm=1.0)
    _T(sh, 123, y + 10, "Netto uitbetaald", font=NSAN, size=8.5)
    _T(sh, 187, y + 14, eur(k["net"]), font=NSAN_B, size=13, anchor="right")
    _T(sh, 20, y + 10, f"Uitbetaald op {iban_fmt(e['iban'])}", font=NSAN, size=8.5)
    _T(sh, 20, c.page_h - 22, f"Cumulatief 2026: fiscaal loon {eur(round(k['base'] * month, 2))} · loonheffing "
       f"{eur(round(k['lh'] * month, 2))}", font=NSAN, size=7.5, color=GREY)
    return [_keep(c, folded4(sh.render(200), rng))]


def guarantor(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The guarantor's 'Garantverklaring' on a printed form in URW Bookman with the LABELS ABOVE long framed boxes,
    filled in with a BALLPOINT in a light pen hand (dkg); the undertaking printed in two short numbered
    clauses; the date and place on one line and the signature ABOVE a long rule labelled 'handtekening
    garantsteller' at the LEFT; scanned a little skewed."""
    f = _guarantor_facts(c)
    g, e = f["g"], f["e"]
    sh = c.new_sheet()
    ink = rng.choice([(20, 30, 110), INK_K])
    _T(sh, 105, 14, "Garantverklaring", font=BOOK_B, size=16, anchor="center")
    _T(sh, 105, 22, "voor een vreemdeling die in Nederland medisch wordt behandeld", font=BOOK_I, size=9.5,
       anchor="center", color=GREY)
    y = 34

    def box(lab, val, w=176, x=17):
        nonlocal y
        _T(sh, x, y, lab, font=BOOK, size=8.5, color=(60, 60, 60))
        sh.rect(x, y + 4, w, 9, width_mm=0.3)
        if val:
            vv = glyphs(str(val), PEN_I)
            size = 12.5
            while size > 8 and sh.text_width(vv, font=PEN_I, size_pt=size) * 1.15 > w - 4:
                size -= 0.5
            sh.handwriting(x + 2, y + 4.6, vv, rng, size_pt=size, color=ink, font=PEN_I)
        y += 15

    box("Naam en voornamen garantsteller", f"{g.given_names} {g.surname}")
    box("Adres garantsteller", ", ".join(_addr(c, g)))
    box("Geboortedatum garantsteller", d_dash(g.birth_date))
    box("Relatie tot de vreemdeling", c.payer_relation or "familielid")
    box("Naam vreemdeling", f"{c.p.given_names} {c.p.surname}")
    box("Geboortedatum vreemdeling", d_dash(c.p.birth_date))
    box("Werkgever en plaats", f"{e['name']}, {e['city']}")
    box("Netto maandinkomen", eur(f["net"]))
    y += 2
    for i, t in enumerate(["Ik stel mij garant voor alle kosten van verblijf en medische behandeling van de "
                           "hierboven genoemde vreemdeling.",
                           "Ik weet dat de overheid deze kosten op mij kan verhalen zolang deze verklaring geldt."], 1):
        _T(sh, 17, y, f"{i}.", font=BOOK, size=9)
        y = _P(sh, 23, y, 170, t, font=BOOK, size=9, lead=1.35) + 2
    y += 6
    _T(sh, 17, y, "Plaats en datum:", font=BOOK, size=9)
    sh.handwriting(46, y - 2.5, glyphs(f"{(g.address or c.p.address).city if (g.address or c.p.address) else ''}, "
                                       f"{d_dash(c.sub - dt.timedelta(days=12))}", PEN_I), rng, size_pt=12, color=ink,
                   font=PEN_I)
    y += 10
    sh.signature(22, y, 52, 16, rng, color=ink)
    sh.rule(17, y + 17, 110, y + 17, width_mm=0.3)
    _T(sh, 17, y + 18.5, "handtekening garantsteller", font=BOOK_I, size=8.5)
    return [tilt(sh, rng, lo=0.5, hi=1.5)]


def employer_statement(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An employer's statement on the IND-like model 'Werkgeversverklaring' retyped by a care home's HR office in
    Nimbus Sans: the questions NUMBERED in a left column with the answers typed in bold beside them, the
    contract type and salary items each on their own row, the HR officer's signature BELOW 'Naam en
    handtekening' with the care home's rectangular stamp OVER the signature; copied on the office copier in
    grey-paper JPEG."""
    e = _emp(c, rng)
    g = earner(c)
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    sh = c.new_sheet()
    _T(sh, 18, 14, e["name"], font=NSAN_B, size=12)
    _T(sh, 18, 19.5, f"{e['street']}, {e['pc']} {e['city']} · KvK {e['kvk']}", font=NSAN, size=8, color=GREY)
    _T(sh, 18, 32, "WERKGEVERSVERKLARING", font=NSAN_B, size=14)
    dd = c.sub - dt.timedelta(days=rng.randint(6, 28))
    rows = [("Naam werknemer", f"{g.given_names} {g.surname}"), ("Geboortedatum", d_dash(g.birth_date)),
            ("In dienst sinds", d_dash(e["start"])), ("Functie", e["func_now"]),
            ("Soort contract", "onbepaalde tijd"), ("Proeftijd", "nee"), ("Is het contract opgezegd?", "nee"),
            ("Uren per week", "38"), ("Bruto maandloon (excl. vakantiegeld)", eur(k["bruto"])),
            ("Vakantiegeld", "8 %"), ("Netto per maand (gemiddeld)", eur(k["net"]))]
    y = 44
    for i, (a, b) in enumerate(rows, 1):
        _T(sh, 18, y, f"{i}.", font=NSAN, size=9.5, color=GREY)
        _T(sh, 26, y, a, font=NSAN, size=9.5)
        _T(sh, 110, y, b, font=NSAN_B, size=9.5)
        sh.rule(26, y + 5, 192, y + 5, width_mm=0.1, color=(200, 200, 200))
        y += 8
    y += 6
    y = _P(sh, 18, y, 174, "Ondergetekende verklaart dat deze gegevens juist en volledig zijn.", font=NSAN,
           size=9.5) + 4
    _T(sh, 18, y, f"Plaats en datum: {e['city']}, {d_nl(dd)}", font=NSAN, size=9.5)
    _T(sh, 18, y + 10, "Naam en handtekening", font=NSAN, size=9.5)
    _T(sh, 18, y + 15, f"{_who(c, 'hr')}, medewerker HR", font=NSAN_B, size=9.5)
    sh.signature(22, y + 20, 48, 15, rng, color=INK)
    sh.stamp(34, y + 20, [e["name"][:24].upper(), "P&O", e["city"].upper()], rng, shape="rect", size_mm=42,
             color=ST_VIOLET, angle=rng.uniform(-6, 6))
    return [greyjpeg(sh)]


def bank_statement(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A screenshot of the bank's mobile app ('Bij- en afschrijvingen') printed on A4: a tall phone-shaped column
    in the MIDDLE of the page with the status bar, the account's name and IBAN, the balance in large type and
    the transactions as cards (date heading, counterparty, amount in green or black), the salary among them."""
    e = _emp(c, rng)
    g = earner(c)
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    b = c.bank
    ph = Sheet(75, 160)
    ph.rect(0, 0, 75, 160, width_mm=0, fill=(248, 248, 250))
    ph.rect(0, 0, 75, 6, width_mm=0, fill=(230, 230, 234))
    _T(ph, 3, 1.2, f"{rng.randint(8, 21)}:{rng.randint(10, 59)}", font=NNAR_B, size=6.5)
    _T(ph, 72, 1.2, "4G  82%", font=NNAR, size=6.5, anchor="right")
    _T(ph, 4, 10, b["name"], font=NNAR_B, size=9, color=(0, 80, 60))
    _T(ph, 4, 16, f"{g.given_names[:1]}. {g.surname}", font=NNAR, size=7.5)
    _T(ph, 4, 20, iban_fmt(e["iban"]), font=NNAR, size=7, color=GREY)
    r = random.Random(seed_of("bank42", c.rng_seed))
    bal = round(r.uniform(400, 2200), 2)
    _T(ph, 4, 26, eur(bal), font=NNAR_B, size=15)
    tx = [(28, "Zorgverzekering", -round(r.uniform(130, 165), 2)), (25, e["name"][:24], k["net"]),
          (22, "Albert Heijn", -round(r.uniform(20, 80), 2)), (18, "Vattenfall", -round(r.uniform(70, 150), 2)),
          (12, "Kruidvat", -round(r.uniform(5, 30), 2)), (2, "Huur", -round(r.uniform(600, 950), 2))]
    y = 40
    for d, t, a in tx:
        _T(ph, 4, y, f"{d} november", font=NNAR, size=6.3, color=GREY)
        ph.rect(3, y + 3.2, 69, 9, width_mm=0, fill=(255, 255, 255))
        tt = glyphs(t, NNAR_B)
        ph.text(5, y + 5.4, tt, font=NNAR_B, size_pt=fit(tt, NNAR_B, 7.5, 40))
        _T(ph, 70, y + 5.4, ("+" if a > 0 else "−") + eur(abs(a)).replace("€ ", "€"), font=NNAR_B, size=7.5,
           anchor="right", color=(0, 130, 60) if a > 0 else (0, 0, 0))
        y += 15
    sh = c.new_sheet()
    sh.rect((c.page_w - 90) / 2 - 1, 24, 92, 194, width_mm=0.5, color=(60, 60, 60))
    paste(sh, ph, (c.page_w - 90) / 2 + 0.5, 26, k=1.2, dpi=250)
    _T(sh, 20, 14, f"Schermafdruk bankapp {g.given_names} {g.surname}", font=NNAR, size=9, color=GREY)
    return [sh]


def tax_assessment(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The Belastingdienst's 'Voorlopige aanslag inkomstenbelasting 2026' as a posted letter in C059:
    the word mark in a narrow blue BAR down the LEFT margin turned upright, the addressee in the window, a
    reference block of three small framed cells across the page (Dagtekening | Aanslagnummer | Vervaldatum),
    the estimate as a two-column list and the monthly instalments as a TABLE of eleven terms; folded in three
    and flattened (shadows of the folds)."""
    e = _emp(c, rng)
    g = earner(c)
    sh = c.new_sheet()
    sh.rect(8, 10, 9, 90, width_mm=0, fill=(0, 60, 130))
    band = Sheet(90, 9)
    band.rect(0, 0, 90, 9, width_mm=0, fill=(0, 60, 130))
    band.text(45, 1.8, "Belastingdienst", font=CEN_B, size_pt=13, color=(255, 255, 255), anchor="center")
    paste(sh, band, 8, 10, dpi=240, angle=90, bg=(0, 60, 130))
    for i, t in enumerate([f"{g.given_names} {g.surname}"] + _addr(c, g)):
        _T(sh, 26, 40 + i * 5, t, font=CEN, size=10.5)
    x = 26
    for a, b in (("Dagtekening", d_dash(dt.date(2026, rng.randint(1, 3), rng.randint(2, 26)))),
                 ("Aanslagnummer", f"{rng.randint(1000, 9999)}.{rng.randint(100, 999)}.{rng.randint(10, 99)}.H.66"),
                 ("Belastingjaar", "2026")):
        sh.rect(x, 66, 52, 12, width_mm=0.25)
        _T(sh, x + 1.5, 67, a, font=CEN, size=7.5, color=GREY)
        _T(sh, x + 1.5, 71.5, b, font=CEN_B, size=9.5)
        x += 55
    _T(sh, 26, 88, "Voorlopige aanslag inkomstenbelasting 2026", font=CEN_B, size=12.5)
    jaar = round(e["bruto"] * 12.96, 0)
    y = 98
    for a, b in (("Geschat inkomen uit werk en woning", eur(jaar)), ("Geschatte belasting", eur(round(jaar * 0.36, 0))),
                 ("Heffingskortingen", "- " + eur(3400)), ("Verwachte loonheffing", "- " + eur(round(jaar * 0.27, 0)))):
        _T(sh, 26, y, a, font=CEN, size=10.5)
        _T(sh, 186, y, b, font=CEN, size=10.5, anchor="right")
        y += 6.5
    y += 4
    _T(sh, 26, y, "U krijgt maandelijks terug:", font=CEN_B, size=10.5)
    y += 7
    mon = round(jaar * 0.004 / 11, 0)
    for i in range(11):
        xx = 26 + (i % 4) * 40
        yy = y + (i // 4) * 7
        sh.rect(xx, yy, 40, 7, width_mm=0.15)
        _T(sh, xx + 1.5, yy + 1.5, f"{i + 2:02d}-2026  {eur(mon)}", font=CEN, size=8.5)
    return [_keep(c, folded4(sh.render(200), rng))]


_r("payslip-uitzendbureau-loonstrook-nimbus-feitenrij-netto-markeerstift-gevouwen-42",
   "income-proof", "nl", payslip, "cleaning company's payslip, row of framed facts, alternate grey rows, net box, "
   "folded in four")
_r("guarantor-formulier-bookman-labels-boven-vakken-dkg-pen-handtekening-boven-lijn-scheef-42", "income-proof",
   "nl", guarantor, "guarantor's form with labels above boxes, filled in with a ballpoint, skewed scan")
_r("employer-werkgeversverklaring-genummerd-nimbus-stempel-over-handtekening-grijs-jpeg-42", "income-proof",
   "nl", employer_statement, "employer's statement with numbered questions, stamp over the signature, grey-paper JPEG")
_r("bank-app-schermafdruk-smalle-kolom-nimbus-narrow-a4-42", "income-proof", "nl", bank_statement,
   "screenshot of the bank's mobile app printed in a phone-shaped column on A4")
_r("tax-voorlopige-aanslag-2026-century-verticale-woordmerk-termijntabel-in-vieren-42", "income-proof", "nl",
   tax_assessment, "provisional income-tax assessment 2026 with an upright word mark and instalment table, folded")


# =========================================================================== medical statements


def _make_doc(c: Case):
    r = random.Random(seed_of("doctor", "spec42", c.rng_seed))
    g, s, _ = make_professional(r, "NL")
    return g, f"{r.choice(['dr.', 'Dr.', 'prof. dr.'])} {g[0]}. {s[0].upper() + s[1:]}"


def medstat_nl(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A treating specialist's 'Medische verklaring ten behoeve van de IND' in Nimbus Sans as a numbered
    QUESTIONNAIRE: the hospital's name in a teal band at the TOP, the patient's data in a box at the upper
    RIGHT, each question in bold with the answer typed under it indented; the signature BELOW the questions at
    the LEFT with the BIG number and date typed under it, the department's round stamp to its right."""
    h = c.hospital
    _, doc = _make_doc(c)
    m = c.med
    sh = c.new_sheet()
    sh.rect(0, 8, c.page_w, 12, width_mm=0, fill=h.get("color", TEAL))
    _T(sh, 16, 10.5, h["name"], font=NSAN_B, size=12, color=(255, 255, 255))
    _T(sh, c.page_w - 16, 11.5, m["spec"], font=NSAN, size=9, color=(255, 255, 255), anchor="right")
    sh.rect(118, 26, 76, 20, width_mm=0.3)
    for i, t in enumerate([f"Patiënt: {c.p.given_names} {c.p.surname}", f"Geboren: {d_dash(c.p.birth_date)}",
                           f"{h['street']}, {h['pc']} {h['city']}"]):
        tt = glyphs(t, NSAN)
        sh.text(120, 28 + i * 5.5, tt, font=NSAN, size_pt=fit(tt, NSAN, 9, 72))
    _T(sh, 16, 32, "Medische verklaring", font=NSAN_B, size=13)
    _T(sh, 16, 38, "ten behoeve van de IND", font=NSAN, size=9.5, color=GREY)
    dd = c.sub - dt.timedelta(days=random.Random(seed_of("msd", c.rng_seed)).randint(6, 40))
    start = _treat_start(c)
    y = 56
    for i, (q, a) in enumerate((("Diagnose", m["dx"][0].upper() + m["dx"][1:] + "."),
                                ("Huidige behandeling", m["tx"][0].upper() + m["tx"][1:] + "."),
                                ("Start en verwachte duur", f"Sinds {d_nl(start)}. {duration_phrase(c.duration, start)}"),
                                ("Gevolgen van stoppen", f"{m['stop']} {_not_available(c)}")), 1):
        _T(sh, 16, y, f"{i}. {q}", font=NSAN_B, size=10)
        y = _P(sh, 22, y + 5.5, 170, a, font=NSAN, size=10, lead=1.45) + 4
    y += 4
    sh.signature(18, y, 46, 14, rng, color=INK)
    _T(sh, 16, y + 16, f"{doc}, {m['doc_title']}", font=NSAN_B, size=9.5)
    _T(sh, 16, y + 21, f"BIG {random.Random(seed_of('big', c.rng_seed)).randint(10**10, 10**11 - 1)} · "
       f"{h['city']}, {d_dash(dd)}", font=NSAN, size=9)
    sh.stamp(96, y - 2, [h["name"][:22].upper(), m["spec"][:18].upper()], rng, shape="round", size_mm=28,
             color=ST_BLUE, angle=rng.uniform(-20, 20))
    return [sh]


def medstat_en(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A 'To whom it may concern' letter in English from a treating consultant in URW Bookman: the consultant's name and
    qualifications CENTRED at the top in small capitals style with a thin rule, the hospital's address in the
    FOOTER, the facts in four paragraphs (no headings), 'Yours faithfully' with the signature BESIDE it and the
    typed name under the signature; the copy gone slightly yellow and folded4."""
    h = c.hospital
    _, doc = _make_doc(c)
    m = c.med
    sh = c.new_sheet()
    _T(sh, 105, 14, doc.upper(), font=BOOK_B, size=12, anchor="center", spacing=0.5)
    _T(sh, 105, 20, f"Consultant in {m['spec_en']}", font=BOOK_I, size=9.5, anchor="center")
    sh.rule(40, 25, 170, 25, width_mm=0.2)
    _T(sh, 105, c.page_h - 14, f"{h['name']} · {h['street']} · {h['pc']} {h['city']}", font=BOOK, size=8,
       anchor="center", color=GREY)
    dd = c.sub - dt.timedelta(days=random.Random(seed_of("msd", c.rng_seed)).randint(6, 40))
    _T(sh, 190, 34, f"{dd.day} {dd.strftime('%B')} {dd.year}", font=BOOK, size=10.5, anchor="right")
    _T(sh, 22, 44, "To whom it may concern", font=BOOK_B, size=10.5)
    _T(sh, 22, 51, f"Re: {c.p.given_names} {c.p.surname}, born {d_dash(c.p.birth_date)}", font=BOOK, size=10.5)
    start = _treat_start(c)
    y = 62
    for p in (f"The above-named patient is under my care for {m['dx_en']}.",
              f"Since {start.day} {start.strftime('%B')} {start.year} the patient has received {m['tx_en']}.",
              duration_phrase(c.duration, start, "en"),
              f"{m['stop_en']} {_not_available(c, 'en')}"):
        y = _P(sh, 22, y, 166, p, font=BOOK, size=10.5, lead=1.5) + 4
    y += 4
    w = _T(sh, 22, y + 5, "Yours faithfully,", font=BOOK, size=10.5)
    sh.signature(28 + w, y, 46, 14, rng, color=INK_K)
    _T(sh, 28 + w, y + 16, f"{doc}, {m['doc_en']}", font=BOOK, size=10)
    return [_keep(c, folded4(yellow(sh.render(200), rng), rng))]


_r("medstat-specialist-vragenlijst-ind-nimbus-band-patientkader-big-onder-handtekening-42",
   "medical-statement", "nl", medstat_nl, "specialist's numbered questionnaire for the IND, patient box top right, "
   "BIG number under the signature")
_r("medstat-english-to-whom-consultant-bookman-adres-voet-handtekening-naast-groet-vergeeld-42",
   "medical-statement", "en", medstat_en, "English consultant's letter, address in the footer, signature beside the "
   "closing, yellow and folded in four")


# =========================================================================== care institution


def care_letter(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A rehabilitation clinic's 'verklaring zorginstelling' as a LETTER in Carlito whose four points are
    answered in a two-column TABLE (Vraag | Antwoord) in the middle of the letter, the centre's logo circle and
    name at the TOP CENTRE, the medical director's signature at the RIGHT ABOVE the typed name and the round
    stamp to its LEFT; a clip at the corner."""
    h = c.hospital
    s, e = _care_dates(c)
    if e <= c.sub + dt.timedelta(days=90):
        e = add_months(max(s, c.sub), 12)
    sh = c.new_sheet()
    col = h.get("color", TEAL)
    sh.rect(99, 9, 12, 12, width_mm=1.2, color=col)
    sh.rect(102.5, 12.5, 5, 5, width_mm=0, fill=col)
    _T(sh, 105, 26, h["name"], font=CARL_B, size=12, anchor="center")
    _T(sh, 105, 32, f"{h['street']} · {h['pc']} {h['city']}", font=CARL, size=8.5, anchor="center", color=GREY)
    dd = c.sub - dt.timedelta(days=random.Random(seed_of("cd", c.rng_seed)).randint(5, 35))
    _T(sh, 20, 46, "Immigratie- en Naturalisatiedienst", font=CARL, size=10)
    _T(sh, 190, 46, f"{h['city']}, {d_nl(dd)}", font=CARL, size=10, anchor="right")
    _T(sh, 20, 58, f"Betreft: verklaring zorginstelling – {_name(c)} ({d_dash(c.p.birth_date)})", font=CARL_B,
       size=10)
    y = 68
    sh.rect(20, y, 60, 7, width_mm=0.2, fill=(230, 236, 238))
    sh.rect(80, y, 110, 7, width_mm=0.2, fill=(230, 236, 238))
    _T(sh, 22, y + 1.5, "Vraag", font=CARL_B, size=9)
    _T(sh, 82, y + 1.5, "Antwoord", font=CARL_B, size=9)
    y += 7
    for q, a in (("Kan de instelling de behandeling uitvoeren?", f"Ja: {c.med['tx']}."),
                 ("Is de instelling daartoe bereid?", "Ja."),
                 ("Periode van de behandeling", f"Van {d_nl(s)} tot ten minste {d_nl(e)}."),
                 ("Wie betaalt de kosten?", _payer_phrase(c))):
        ql = wrap(glyphs(q, CARL), 56, CARL, 9)
        al = wrap(glyphs(a, CARL), 106, CARL, 9)
        hh = max(len(ql), len(al)) * 4.4 + 3
        sh.rect(20, y, 60, hh, width_mm=0.2)
        sh.rect(80, y, 110, hh, width_mm=0.2)
        for k, ln in enumerate(ql):
            sh.text(22, y + 1.5 + k * 4.4, ln, font=CARL, size_pt=9)
        for k, ln in enumerate(al):
            sh.text(82, y + 1.5 + k * 4.4, ln, font=CARL, size_pt=9)
        y += hh
    y += 12
    _T(sh, 20, y, "Met vriendelijke groet,", font=CARL, size=10)
    sh.signature(130, y + 4, 46, 14, rng, color=INK)
    _T(sh, 130, y + 20, _who(c, "md"), font=CARL_B, size=9.5)
    _T(sh, 130, y + 25, "medisch directeur", font=CARL_I, size=9)
    sh.stamp(90, y + 2, [h["name"][:22].upper(), h["city"].upper()], rng, shape="round", size_mm=30,
             color=ST_GREEN, angle=rng.uniform(-20, 20))
    clip(sh, rng)
    return [sh]


def care_form(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The IND's model 'verklaring zorginstelling' TYPED by the hospital's international office in Nimbus Mono on
    the printed form (Nimbus Sans Narrow labels, answers after a colon on the same line), yes/no as '[X] ja
    [ ] nee', the signature at the LOWER LEFT with the hospital's oval stamp beside it; copied twice (copy of a copy)."""
    h = c.hospital
    s, e = _care_dates(c)
    if e <= c.sub + dt.timedelta(days=90):
        e = add_months(max(s, c.sub), 12)
    sh = c.new_sheet()
    _T(sh, 18, 20, "VERKLARING ZORGINSTELLING", font=NNAR_B, size=13)
    _T(sh, 18, 26, "In te vullen door de zorginstelling waar de vreemdeling wordt behandeld", font=NNAR, size=8.5,
       color=GREY)
    y = 38
    for a, b in (("Naam instelling", h["name"]), ("Vestigingsplaats", h["city"]),
                 ("Naam patiënt", f"{c.p.given_names} {c.p.surname}"), ("Geboortedatum", d_dash(c.p.birth_date)),
                 ("Behandeling", c.med["tx_short"]), ("Kan de instelling behandelen", "[X] ja  [ ] nee"),
                 ("Is de instelling bereid", "[X] ja  [ ] nee"), ("Begindatum", d_dash(s)),
                 ("Verwachte einddatum", d_dash(e))):
        w = _T(sh, 18, y, a + ":", font=NNAR, size=9.5)
        bb = glyphs(b, NMONO_B)
        sh.text(max(78, 22 + w), y - 0.2, bb, font=NMONO_B, size_pt=fit(bb, NMONO_B, 10, 110))
        y += 8
    _T(sh, 18, y, "Kosten:", font=NNAR, size=9.5)
    y = _P(sh, 78, y, 112, _payer_phrase(c), font=NMONO, size=9.5, lead=1.35) + 8
    _T(sh, 18, y, f"Naam ondertekenaar: {_who(c, 'adm')}", font=NNAR, size=9.5)
    y += 8
    sh.signature(20, y, 48, 15, rng, color=INK_K)
    sh.stamp(80, y - 2, [h["name"][:24].upper(), "INTERNATIONAL OFFICE"], rng, shape="oval", size_mm=40,
             color=ST_BLUE, angle=rng.uniform(-6, 6))
    return [recopy(sh, rng, f"FAX {h['name'][:20].upper()}  +31 {rng.randint(10, 88)} {rng.randint(100, 999)} "
                         f"{rng.randint(1000, 9999)}   P.1/1")]


_r("care-revalidatiekliniek-brief-carlito-vraag-antwoord-tabel-handtekening-rechts-paperclip-42",
   "care-institution-statement", "nl", care_letter,
   "rehabilitation clinic's letter answering the four points in a question/answer table, held by a paper clip")
_r("care-ind-model-getypt-nimbusmono-x-vakjes-ovale-stempel-kopie-van-kopie-42", "care-institution-statement", "nl", care_form,
   "IND model care statement typed on the form, [X] answers, oval stamp, copied twice")


# =========================================================================== health insurance


def polisblad(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A Dutch insurer's 'polisblad zorgverzekering 2026' in Nimbus Sans Narrow: the insurer's name beside a
    coloured circle at the upper LEFT, the insured's address in the window, the policy facts in a framed box of
    two columns at the RIGHT, the cover as a bulleted list with 'verzekerd' / 'niet verzekerd' at the right, the
    UZOVI number and the insurer's address as a footer; copied on grey paper as a 150 dpi JPEG."""
    ins = c.insurer_nl
    sh = c.new_sheet()
    col = ins.get("color", TEAL)
    sh.rect(16, 10, 12, 12, width_mm=0, fill=col)
    _T(sh, 22, 12.5, ins["name"][:1], font=NNAR_B, size=14, color=(255, 255, 255), anchor="center")
    _T(sh, 32, 13, ins["name"], font=NNAR_B, size=13, color=col)
    for i, t in enumerate([_name(c)] + _addr(c)):
        _T(sh, 22, 38 + i * 5, t, font=NNAR, size=10)
    sh.rect(118, 34, 76, 34, width_mm=0.3)
    for i, (a, b) in enumerate((("Polisnummer", _policy_no(c)), ("Verzekerde", f"{c.p.given_names} {c.p.surname}"),
                                ("Geboortedatum", d_dash(c.p.birth_date)), ("Ingangsdatum", "01-01-2026"),
                                ("Einddatum", "31-12-2026"))):
        _T(sh, 120, 36 + i * 6.2, a, font=NNAR, size=8, color=GREY)
        bb = glyphs(b, NNAR_B)
        sh.text(145, 36 + i * 6.2, bb, font=NNAR_B, size_pt=fit(bb, NNAR_B, 8.6, 47))
    _T(sh, 22, 80, "Polisblad zorgverzekering 2026", font=NNAR_B, size=13)
    y = 92
    for a, ok in (("Basisverzekering (Zorgverzekeringswet)", True), ("Aanvullend Compact", True),
                  ("Tand Basis", False), ("Buitenland Plus", False)):
        _T(sh, 24, y, "•", font=NNAR, size=11)
        _T(sh, 30, y, a, font=NNAR, size=10.5)
        _T(sh, 190, y, "verzekerd" if ok else "niet verzekerd", font=NNAR_B if ok else NNAR, size=10,
           anchor="right", color=(0, 0, 0) if ok else GREY)
        y += 7.5
    _T(sh, 22, y + 6, f"Maandpremie {eur(rng.choice([142.10, 149.85, 155.40]))} · eigen risico {eur(385)}",
       font=NNAR, size=10)
    _T(sh, c.page_w / 2, c.page_h - 14, f"{ins['name']} · {ins['post']} · UZOVI {ins['uzovi']}", font=NNAR, size=7.5,
       anchor="center", color=GREY)
    return [greyjpeg(sh)]


def intl_certificate(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An international insurer's 'Certificate of Insurance' in C059 inside a double-ruled FRAME: the
    insurer's name CENTRED at the top in capitals, 'CERTIFICATE OF INSURANCE' under it, a sentence 'This is to
    certify that ...' with the insured's name in bold on its own line, the policy particulars as a centred
    list, the cover clause, the signature of the authorised signatory at the LEFT ABOVE the name, a barcode
    with the certificate number at the lower RIGHT."""
    ins = c.insurer_intl
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    col = ins.get("color", (20, 60, 120))
    sh.rect(12, 12, W - 24, H - 24, width_mm=0.8, color=col)
    sh.rect(15, 15, W - 30, H - 30, width_mm=0.25, color=col)
    _T(sh, W / 2, 24, ins["name"].upper(), font=CEN_B, size=12.5, anchor="center", color=col)
    _T(sh, W / 2, 31, ins["addr"], font=CEN, size=8, anchor="center", color=GREY)
    _T(sh, W / 2, 46, "CERTIFICATE OF INSURANCE", font=CEN_B, size=16, anchor="center")
    _T(sh, W / 2, 60, "This is to certify that", font=CEN_I, size=11, anchor="center")
    _T(sh, W / 2, 68, f"{c.p.given_names} {c.p.surname}", font=CEN_B, size=14, anchor="center")
    _T(sh, W / 2, 76, f"born {c.p.birth_date.strftime('%d %B %Y')}", font=CEN, size=10.5, anchor="center")
    _T(sh, W / 2, 84, "is insured under the policy described below:", font=CEN_I, size=11, anchor="center")
    y = 96
    for a, b in (("Policy number", _policy_no(c, "COI-")), ("Plan", ins.get("plan", "International")),
                 ("Period", "01/01/2026 – 31/12/2027"), ("Territory", "Worldwide including the Netherlands"),
                 ("Excess", "nil")):
        _T(sh, W / 2 - 3, y, a + ":", font=CEN, size=10.5, anchor="right", color=GREY)
        _T(sh, W / 2 + 3, y, b, font=CEN_B, size=10.5)
        y += 7
    y = _P(sh, 28, y + 6, W - 56, "Cover includes hospital treatment, specialist and out-patient care, prescribed "
                                  "medicines, chronic and pre-existing conditions, dialysis, oncology and medical "
                                  "evacuation, for treatment received in the Netherlands.", font=CEN, size=10.5,
           lead=1.5) + 14
    sh.signature(30, y - 10, 46, 14, rng, color=INK)
    _T(sh, 28, y + 6, _who(c, "uw"), font=CEN_B, size=10)
    _T(sh, 28, y + 11, "Authorised Signatory", font=CEN_I, size=9.5)
    bars(sh, W - 80, y, 52, 10, f"coi42{c.rng_seed}")
    _T(sh, W - 54, y + 12, f"cert. {random.Random(seed_of('cert42', c.rng_seed)).randint(10**7, 10**8 - 1)}",
       font=CEN, size=8.5, anchor="center")
    return [sh]


_r("polisblad-gekleurd-vierkant-feitenkader-rechts-opsomming-verzekerd-grijs-jpeg-42", "health-insurance", "nl",
   polisblad, "Dutch insurer's policy sheet, facts box at the right, bulleted cover list, grey-paper JPEG")
_r("intl-certificate-of-insurance-century-dubbel-kader-gecentreerd-barcode-42", "health-insurance", "en",
   intl_certificate, "international insurer's certificate of insurance in a double frame, centred text, barcode")


# =========================================================================== civic integration


def duo_diploma(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The civic-integration diploma in PORTRAIT with a wide blue FRAME all round and a square emblem at
    the TOP CENTRE in URW Bookman: 'DIPLOMA INBURGERING' in large capitals, the holder's name on its own line in
    italics, the exam parts as a centred list with the date each was passed, the minister's printed signature
    at the LOWER LEFT and the diploma number at the lower RIGHT; folded4 for a binder."""
    dd = _inb_date(c, rng)
    sh = c.new_sheet()
    sh.rect(10, 10, c.page_w - 20, c.page_h - 20, width_mm=4.0, color=(30, 70, 150))
    sh.rect(c.page_w / 2 - 8, 20, 16, 14, width_mm=1.0, color=(30, 70, 150))
    _T(sh, c.page_w / 2, 23, "NL", font=BOOK_B, size=14, anchor="center", color=(30, 70, 150))
    _T(sh, c.page_w / 2, 48, "DIPLOMA INBURGERING", font=BOOK_B, size=24, anchor="center", spacing=1.0)
    _T(sh, c.page_w / 2, 64, "De Minister van Sociale Zaken en Werkgelegenheid verklaart dat", font=BOOK, size=11,
       anchor="center")
    _T(sh, c.page_w / 2, 76, f"{c.p.given_names} {c.p.surname}", font=BOOK_I, size=20, anchor="center")
    _T(sh, c.page_w / 2, 90, f"geboren op {d_nl(c.p.birth_date)} te {c.p.birth_place}", font=BOOK, size=11,
       anchor="center")
    _T(sh, c.page_w / 2, 100, "is geslaagd voor het inburgeringsexamen, onderdelen:", font=BOOK, size=11,
       anchor="center")
    y = 114
    for i, p in enumerate(["Lezen", "Luisteren", "Schrijven", "Spreken", "Kennis van de Nederlandse Maatschappij",
                           "Oriëntatie op de Nederlandse Arbeidsmarkt"]):
        _T(sh, c.page_w / 2, y, f"{p} – {d_dash(dd - dt.timedelta(days=(5 - i) * 8))}", font=BOOK, size=11,
           anchor="center")
        y += 8
    _T(sh, 30, y + 20, f"Den Haag, {d_nl(dd)}", font=BOOK, size=11)
    sh.signature(30, y + 30, 46, 14, rng, color=(20, 20, 28))
    _T(sh, 30, y + 46, "namens de minister", font=BOOK_I, size=9.5)
    _T(sh, c.page_w - 30, c.page_h - 30, f"nr. {random.Random(seed_of('dip42', c.rng_seed)).randint(10**7, 10**8 - 1)}",
       font=BOOK, size=9, anchor="right", color=GREY)
    return [_keep(c, folded4(sh.render(200), rng))]


def duo_exemption(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """DUO's exemption decision in Nimbus Roman as a letter whose reference data sit in a grey BOX across the page
    under the address (Datum | Ons kenmerk | Onderwerp), the decision in BOLD as the first paragraph, the
    reasons and the legal basis in numbered short paragraphs, 'Met vriendelijke groet' and the printed
    signature block; photographed on a desk."""
    dd = _inb_date(c, rng)
    sh = c.new_sheet()
    _T(sh, 18, 12, "DUO", font=NROM_B, size=18, color=DUO)
    _T(sh, 44, 13, "Dienst Uitvoering Onderwijs", font=NROM, size=9, color=DUO)
    _T(sh, 44, 18, "Postbus 30205 · 2500 GE Den Haag", font=NROM, size=7.5, color=GREY)
    for i, t in enumerate([_name(c)] + _addr(c)):
        _T(sh, 22, 36 + i * 5, t, font=NROM, size=10)
    sh.rect(18, 60, 174, 12, width_mm=0, fill=(232, 232, 232))
    for i, (a, b) in enumerate((("Datum", d_dash(dd)), ("Ons kenmerk", f"ONTH-{rng.randint(100000, 999999)}"),
                                ("Onderwerp", "ontheffing inburgeringsplicht"))):
        _T(sh, 20 + i * 58, 61.5, a, font=NROM, size=7.5, color=GREY)
        _T(sh, 20 + i * 58, 66, b, font=NROM_B, size=8.5)
    y = _P(sh, 22, 82, 166, f"Geachte {title_nl(c.p)} {c.p.surname},", font=NROM, size=10) + 3
    y = _P(sh, 22, y, 166, "U krijgt ontheffing van de inburgeringsplicht. U hoeft geen inburgeringsexamen te doen.",
           font=NROM_B, size=10, lead=1.45) + 4
    for i, t in enumerate(["De keuringsarts heeft vastgesteld dat u door een blijvende medische beperking het "
                           "examen niet kunt halen.",
                           "Daarom geven wij u ontheffing op grond van de Wet inburgering.",
                           "Deze ontheffing geldt voor onbepaalde tijd."], 1):
        _T(sh, 22, y, f"{i}.", font=NROM, size=10)
        y = _P(sh, 29, y, 159, t, font=NROM, size=10, lead=1.45) + 2
    y = _P(sh, 22, y + 6, 166, "Met vriendelijke groet,\nDienst Uitvoering Onderwijs, namens de minister", font=NROM,
           size=10, lead=1.45) + 10
    _P(sh, 22, y, 166, "Bezwaar? Dat kan binnen 6 weken na de datum van deze brief.", font=NROM, size=8.5,
       color=GREY)
    return [_keep(c, table_photo(sh, rng).render(170))]


def duo_results(c: Case, rng: random.Random, *, failed: bool = False, **_) -> list[Sheet]:
    """DUO's 'Uitslag examens' as a printout of the Mijn Inburgering web page in Nimbus Sans: the page header bar,
    a TABLE with the exam parts in rows and the columns 'Examen | Datum | Score | Resultaat', the result 'Gehaald'
    or 'Niet gehaald' in the last column, and a summary line under the table; the browser's URL in the footer."""
    dd = _inb_date(c, rng)
    sh = c.new_sheet()
    sh.rect(0, 8, c.page_w, 12, width_mm=0, fill=DUO)
    _T(sh, 14, 10.5, "Mijn Inburgering", font=NSAN_B, size=12, color=(255, 255, 255))
    _T(sh, c.page_w - 14, 11.5, f"{c.p.given_names} {c.p.surname}", font=NSAN, size=9, color=(255, 255, 255),
       anchor="right")
    _T(sh, 18, 30, "Uitslag examens", font=NSAN_B, size=15)
    _T(sh, 18, 38, f"Bijgewerkt op {d_dash(dd)}", font=NSAN, size=9, color=GREY)
    parts = ["Lezen", "Luisteren", "Schrijven", "Spreken", "Kennis van de Nederlandse Maatschappij"]
    bad = random.Random(seed_of("fail42", c.rng_seed)).randrange(len(parts)) if failed else -1
    cols = [("Examen", 80), ("Datum", 30), ("Score", 24), ("Resultaat", 40)]
    y = 48
    x = 18
    for h, w in cols:
        sh.rect(x, y, w, 8, width_mm=0.2, fill=(226, 234, 244))
        _T(sh, x + 1.5, y + 2, h, font=NSAN_B, size=9.5)
        x += w
    y += 8
    r = random.Random(seed_of("score42", c.rng_seed))
    for i, p in enumerate(parts):
        ok = i != bad
        vals = [p, d_dash(dd - dt.timedelta(days=(4 - i) * 12)), str(r.randint(6, 9) if ok else r.randint(2, 4)),
                "Gehaald" if ok else "Niet gehaald"]
        x = 18
        for v, (_, w) in zip(vals, cols):
            sh.rect(x, y, w, 8, width_mm=0.2)
            vv = glyphs(v, NSAN)
            sh.text(x + 1.5, y + 2, vv, font=NSAN_B if v.startswith("Niet") else NSAN,
                    size_pt=fit(vv, NSAN, 9.5, w - 3))
            x += w
        y += 8
    txt = ("U hebt alle examens gehaald. U krijgt uw diploma binnen 6 weken." if bad < 0 else
           "U hebt nog niet alle examens gehaald. Meld u opnieuw aan voor het examen dat u niet hebt gehaald.")
    _P(sh, 18, y + 8, 174, txt, font=NSAN, size=10.5, lead=1.45)
    _T(sh, 10, c.page_h - 8, "https://mijn.inburgeren.nl/uitslagen", font=NSAN, size=7, color=GREY)
    return [sh]


CIVIC = [("duo-diploma-staand-blauw-kader-bookman-gecentreerde-lijst-gevouwen-42", "diploma"),
         ("duo-ontheffing-nimbusroman-referentieband-besluit-vet-genummerd-tafelfoto-42", "exemption"),
         ("duo-uitslag-mijn-inburgering-webprint-nimbus-tabel-score-resultaat-42", "results")]
_r(CIVIC[0][0], "civic-integration", "nl", duo_diploma,
   "civic-integration diploma in portrait with a wide coloured frame and a centred list of parts, folded in four")
_r(CIVIC[1][0], "civic-integration", "nl", duo_exemption,
   "DUO exemption letter with a grey reference band, decision in bold, numbered reasons, phone photo")
_r(CIVIC[2][0], "civic-integration", "nl", duo_results,
   "Mijn Inburgering results page printed from the browser, table with score and result")


# =========================================================================== other: cover letter, IND letters, MVV


def cover_letter(c: Case, rng: random.Random, *, enclosures: list[str] | None = None, **_) -> list[Sheet]:
    """The lawyer's cover letter to the IND in Caladea with the office's name in a coloured band at the LEFT
    edge turned upright and the address block at the TOP RIGHT; the V-number in a bold reference line ABOVE the
    subject; the request in prose (the passport exemption's conditions as lettered sub-paragraphs (a), (b) ...
    where needed); the signature at the LEFT ABOVE the typed name; the enclosures as a numbered list on the
    same page or a continuation sheet."""
    lw = c.lawyer or {"firm": "Advocatenkantoor Van Dijk", "city": "Arnhem", "street": "Jansbinnensingel 4",
                      "pc": "6811 AN"}
    sh = c.new_sheet()
    sheets = [sh]
    band = Sheet(150, 10)
    band.rect(0, 0, 150, 10, width_mm=0, fill=(90, 30, 60))
    band.text(75, 2, glyphs(lw["firm"], CALA_B), font=CALA_B, size_pt=fit(glyphs(lw["firm"], CALA_B), CALA_B, 12, 140),
              color=(255, 255, 255), anchor="center")
    paste(sh, band, 4, 20, dpi=240, angle=90, bg=(90, 30, 60))
    for i, t in enumerate([lw["firm"], lw.get("street", ""), f"{lw.get('pc', '')} {lw['city']}"]):
        _T(sh, 190, 14 + i * 4.5, t, font=CALA_B if i == 0 else CALA, size=8.5, anchor="right", color=GREY)
    for i, t in enumerate(["Immigratie- en Naturalisatiedienst", "Postbus 287", "7600 AG Almelo"]):
        _T(sh, 24, 40 + i * 5, t, font=CALA, size=10.5)
    dd = c.sub - dt.timedelta(days=rng.randint(1, 5))
    _T(sh, 24, 64, f"{lw['city']}, {d_nl(dd)}", font=CALA, size=10.5)
    _T(sh, 24, 72, f"Uw kenmerk / V-nummer: {c.vnr}", font=CALA_B, size=10.5)
    y = _P(sh, 24, 79, 164, f"Betreft: {PROC_NL[c.procedure]} – {_name(c)}", font=CALA_B, size=10.5) + 3
    y = _P(sh, 24, y, 164, "Geachte heer, mevrouw,", font=CALA, size=10.5) + 3
    y = _P(sh, 24, y, 164, f"Hierbij zend ik u namens mijn cliënt{'e' if c.p.sex == 'F' else ''} het "
                           f"aanvraagformulier met de bijbehorende stukken.", font=CALA, size=10.5, lead=1.45) + 3
    if c.no_passport:
        y = _P(sh, 24, y, 164, "Mijn cliënt heeft geen geldig paspoort. Ik verzoek u het paspoortvereiste niet "
                               "tegen te werpen, omdat:", font=CALA, size=10.5, lead=1.45) + 2
        for k, i in enumerate(c.exemption_shown):
            _T(sh, 28, y, f"({chr(97 + k)})", font=CALA, size=10.5)
            y = _P(sh, 37, y, 151, EXEMPTION_TEXT[i], font=CALA, size=10.5, lead=1.4) + 1.5
        y += 2
    y = _P(sh, 24, y, 164, "Voor vragen kunt u contact met mij opnemen.", font=CALA, size=10.5) + 4
    _T(sh, 24, y, "Met vriendelijke groet,", font=CALA, size=10.5)
    sh.signature(26, y + 4, 46, 14, rng, color=INK)
    _T(sh, 24, y + 20, c.lawyer_name or "mr. P. van Dijk", font=CALA, size=10.5)
    y += 30
    if enclosures:
        if y + 10 + 5.5 * len(enclosures) > c.page_h - 20:
            sh = c.new_sheet()
            sheets.append(sh)
            _T(sh, 24, 16, f"Bijlagen bij brief van {d_nl(dd)} – {c.p.surname}", font=CALA_B, size=10.5)
            y = 26
        _T(sh, 24, y, "Bijlagen:", font=CALA_B, size=10.5)
        y += 6
        for i, e in enumerate(enclosures, 1):
            if y > c.page_h - 22:
                break
            ee = glyphs(f"{i}. {e}", CALA)
            sh.text(28, y, ee, font=CALA, size_pt=fit(ee, CALA, 10, 160))
            y += 5.5
    return sheets


def _ind_letter(c: Case, subject: str, dd: dt.date) -> tuple[Sheet, float]:
    sh = c.new_sheet()
    _T(sh, 105, 10, "IND", font=CARL_B, size=20, anchor="center", color=TEAL)
    _T(sh, 105, 19, "Immigratie- en Naturalisatiedienst", font=CARL, size=9, anchor="center")
    sh.rule(20, 26, 190, 26, width_mm=0.4, color=TEAL)
    for i, t in enumerate([_name(c)] + _addr(c)):
        _T(sh, 22, 36 + i * 5, t, font=CARL, size=10)
    _T(sh, 22, 60, f"Datum {d_nl(dd)}   ·   V-nummer {c.vnr}", font=CARL, size=9)
    _T(sh, 22, 70, subject, font=CARL_B, size=10.5)
    return sh, 82


def art64_decision(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The IND's decision on 'uitstel van vertrek' (article 64 Vw) in Carlito: the IND word mark centred over a
    teal rule, the addressee, date and V-number on ONE line, the decision with the period in BOLD in the middle
    of a sentence, the objection clause at the foot in a grey box."""
    end = c.art64_end or (c.sub + dt.timedelta(days=20))
    start = dt.date(end.year - 1, end.month, min(end.day, 28))
    sh, y = _ind_letter(c, "Besluit op uw aanvraag om uitstel van vertrek (artikel 64 Vreemdelingenwet 2000)",
                        start - dt.timedelta(days=10))
    y = _P(sh, 22, y, 166, f"Geachte {title_nl(c.p)} {c.p.surname},", font=CARL, size=10) + 3
    y = _P(sh, 22, y, 166, "Het Bureau Medische Advisering heeft geadviseerd dat u om medische redenen nu niet kunt "
                           "reizen. Daarom krijgt u uitstel van vertrek.", font=CARL, size=10, lead=1.5) + 4
    y = _P(sh, 22, y, 166, f"Het uitstel geldt van {d_nl(start)} tot en met {d_nl(end)}.", font=CARL_B, size=10.5,
           lead=1.5) + 4
    y = _P(sh, 22, y, 166, "In deze periode hoeft u Nederland niet te verlaten. U mag geen arbeid verrichten.",
           font=CARL, size=10, lead=1.5) + 8
    _P(sh, 22, y, 166, "Met vriendelijke groet,\nde Immigratie- en Naturalisatiedienst\nnamens de Minister van Asiel en "
                       "Migratie", font=CARL, size=10, lead=1.45)
    sh.rect(20, 252, 170, 14, width_mm=0, fill=(234, 234, 234))
    _P(sh, 23, 254, 164, "Bent u het niet eens met dit besluit? U kunt binnen 4 weken bezwaar maken.", font=CARL_I,
       size=8.5, color=GREY)
    return [sh]


def permit_decision(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The IND's decision granting the earlier permit in the same Carlito print: the purpose and date of effect
    in one bold sentence, the collection of the residence document in a grey box."""
    since = c.since or (c.sub - dt.timedelta(days=900))
    sh, y = _ind_letter(c, "Besluit: uw aanvraag om een verblijfsvergunning is ingewilligd", since + dt.timedelta(days=18))
    purpose = {"medical-treatment": "medische behandeling", "medical-treatment-after-art64": "medische behandeling",
               "relationship": "verblijf bij partner", "parent": "verblijf bij ouder"}.get(c.route or "",
                                                                                        "humanitair tijdelijk")
    y = _P(sh, 22, y, 166, f"Geachte {title_nl(c.p)} {c.p.surname},", font=CARL, size=10) + 3
    y = _P(sh, 22, y, 166, f"U krijgt een verblijfsvergunning regulier voor bepaalde tijd met het verblijfsdoel "
                           f"'{purpose}', geldig vanaf {d_nl(since)}.", font=CARL_B, size=10.5, lead=1.5) + 6
    sh.rect(20, y, 170, 16, width_mm=0, fill=(234, 234, 234))
    _P(sh, 23, y + 2, 164, "U krijgt een uitnodiging om uw verblijfsdocument op te halen bij een IND-loket. Neem "
                           "deze brief en uw paspoort mee.", font=CARL, size=9.5, lead=1.4)
    _P(sh, 22, y + 26, 166, "Met vriendelijke groet,\nde Immigratie- en Naturalisatiedienst", font=CARL, size=10,
       lead=1.45)
    return [sh]


def mvv_page(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The passport's visa page with the MVV (visum D) sticker copied at 140 % in the UPPER half of a portrait A4 in
    black and white (the office copier on 'tekst'): the sticker's photo at the LEFT, the entries at the right in
    Nimbus Sans Narrow capitals, the MRZ-like two lines at the sticker's foot, a round entry stamp of
    Schiphol on the free part of the page."""
    entry = c.sub - dt.timedelta(days=rng.randint(190, 230))
    start = entry - dt.timedelta(days=rng.randint(10, 30))
    end = start + dt.timedelta(days=90)
    page = Sheet(125, 88)
    page.rect(0, 0, 125, 88, width_mm=0, fill=(244, 244, 238))
    st = Sheet(110, 62)
    st.rect(0, 0, 110, 62, width_mm=0, fill=(232, 238, 250))
    st.photo(3, 8, 24, 30, rng)
    _T(st, 30, 2, "VISUM · VISA · NEDERLAND", font=NNAR_B, size=8)
    for i, (a, b) in enumerate((("GELDIG VOOR / VALID FOR", "SCHENGEN"), ("VAN / FROM", d_dash(start)),
                                ("TOT / UNTIL", d_dash(end)), ("TYPE", "D – MVV"),
                                ("NAAM / NAME", f"{c.p.surname.upper()}, {c.p.given_names.upper()}"),
                                ("OPMERKINGEN", "MEDISCHE BEHANDELING"))):
        _T(st, 30, 8 + i * 7.5, a, font=NNAR, size=5.2, color=GREY)
        bb = glyphs(b, NNAR_B)
        st.text(30, 10.4 + i * 7.5, bb, font=NNAR_B, size_pt=fit(bb, NNAR_B, 7, 76))
    _T(st, 3, 53, f"VDNLD{c.p.surname.upper().replace(' ', '<')[:20]:<<20}<<<<<<<<<<<<<<<<<<", font="ocrb", size=6.5)
    paste(page, st, 7, 4, dpi=260)
    page.stamp(82, 66, ["SCHIPHOL", d_dash(entry)], rng, shape="round", size_mm=20, color=ST_RED,
               angle=rng.uniform(-20, 20))
    sh = c.new_sheet()
    paste(sh, page, (c.page_w - 125 * 1.4) / 2, 16, k=1.4, dpi=240)
    img = sh.render(200).convert("L").point(lambda v: 255 if v > 170 else (0 if v < 90 else v))
    return [_keep(c, img.convert("RGB"))]


_r("cover-letter-caladea-verticale-kantoorband-referentieregel-vnummer-handtekening-boven-naam-42", "other", "nl",
   cover_letter, "lawyer's cover letter, office band up the left edge, V-number reference line, lettered exemption "
   "conditions, numbered enclosures")
_r("art64-decision-carlito-woordmerk-gecentreerd-periode-vet-grijs-bezwaarkader-42", "other", "nl", art64_decision,
   "IND article-64 decision with a centred word mark and the period in bold in a sentence")
_r("permit-letter-carlito-woordmerk-gecentreerd-doel-vet-afhaalkader-42", "other", "nl", permit_decision,
   "IND decision granting the earlier permit, purpose in one bold sentence, collection box")
_r("mvv-sticker-sur-visumpagina-140-procent-zwartwit-nimbus-narrow-schiphol-42", "other", "nl", mvv_page,
   "visa page with the MVV sticker copied at 140 % in black and white, round Schiphol stamp")


# =========================================================================== the part's IND dossiers


class FortysecondBuilder(_ind.PartBuilder):
    """ind.PartBuilder for this part: it answers the three places where PartBuilder names one family per part."""

    def civic_for(self, rng: random.Random, kind: str | None = None) -> tuple[str, str]:
        if kind:
            return next(o for o in CIVIC if o[1] == kind)
        return rng.choice(CIVIC)

    def d_a4(self, name, proc, variant):
        if variant != "letter-digital":
            return super().d_a4(name, proc, variant)
        D_ = self.new(name, proc)
        D_.c.insurer_intl = dict(name="Cayman Meridian Health Assurance Ltd.", short="Meridian Health",
                                 addr="Harbour Drive 41, P.O. Box 1093, George Town, Grand Cayman", color=(20, 80, 110),
                                 logo="cross", plan="Global Care Select")
        self.compose_med(D_, skip={"insurance"})
        D_.c.page_w, D_.c.page_h = LETTER
        doc = D_.add("intl-certificate-of-insurance-century-dubbel-kader-gecentreerd-barcode-42", kind="digital",
                     label="Meridian Health certificate of insurance")
        D_.c.page_w, D_.c.page_h = 210.0, 297.0
        D_.plan_files(combine=False)
        f, p = D_.page_of(doc, 0)
        D_.defect = _defect("IND-COPY-A4", "certificate of insurance of a Caymanian insurer printed on US Letter "
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
        D_.defect = _defect("IND-HNT-INBURGERING", "only a DUO results page with one exam failed: no diploma, no "
                                                   "exemption")
        self.finish(D_, clean=False)


DEFECT_PLAN = [("a4", "ind-medical-treatment", "letter-digital"), ("a4", "ind-hnt-continued", "letter-scan"),
               ("blank", "ind-hnt-continued", "duplex-all"), ("blank", "ind-generic", "one-blank"),
               ("blank", "ind-medical-treatment", "duplex-form"),
               ("vnum", "ind-medical-treatment", "missing"), ("vnum", "ind-generic", "missing"),
               ("vnum", "ind-hnt-continued", "other"), ("vnum", "ind-generic", "other"),
               ("media", "ind-generic", "mp3"), ("media", "ind-hnt-continued", "attach"),
               ("media", "ind-medical-treatment", "js"),
               ("legible", "ind-hnt-continued", "72dpi"), ("legible", "ind-medical-treatment", "cut"),
               ("legible", "ind-generic", "faint"),
               ("translation", "ind-hnt-continued", "tr"), ("translation", "ind-generic", "tr"),
               ("meddocs", "ind-medical-treatment", "care"), ("meddocs", "ind-medical-treatment", "income"),
               ("meddocs", "ind-medical-treatment", "insurance"), ("meddocs", "ind-medical-treatment", "medical"),
               ("exemption", "ind-medical-treatment", (0, 2, 3)), ("exemption", "ind-medical-treatment", (1, 4)),
               ("art64", "ind-medical-treatment", 35), ("art64", "ind-medical-treatment", -33),
               ("duration", "ind-hnt-continued", "medical-treatment"),
               ("duration", "ind-hnt-continued", "parent"),
               ("duration", "ind-hnt-continued", "trafficking-victim"),
               ("continues", "ind-hnt-continued", "missing"), ("continues", "ind-hnt-continued", "short"),
               ("inburg", "ind-hnt-continued", "missing"), ("inburg", "ind-hnt-continued", "failed"),
               ("idsuff", "ind-hnt-continued", "none"), ("idsuff", "ind-hnt-continued", "permit-only"),
               ("mrz", "ind-medical-treatment", "name"), ("mrz", "ind-hnt-continued", "check"),
               ("expired", "ind-hnt-continued", None), ("expired", "ind-medical-treatment", None),
               ("suriname", "ind-medical-treatment", None), ("suriname", "ind-medical-treatment", None)]

CLEAN_PLAN = dict(med=[None, 20, None, None, None, None, -14, None, None, None],
                  hnt=[("relationship", 75, "exemption", False), ("medical-treatment", 55, None, True),
                       ("parent", 35, None, False), ("relationship", 140, "diploma", False),
                       ("buiten-schuld", 95, None, False), ("trafficking-victim", 80, None, False),
                       ("medical-treatment-after-art64", 48, None, False), ("relationship", 60, "results", True),
                       ("domestic-violence", 110, None, False), ("medical-treatment", 180, None, False)],
                  gen=[True, False, False, True])


def build_part(out_root: Path) -> list[dict]:
    """Write every IND dossier of this part under out_root/fortysecond/ and return their truth dicts."""
    b = FortysecondBuilder(PART, out_root)
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
