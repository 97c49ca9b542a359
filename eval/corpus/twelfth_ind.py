"""IND families of the `twelfth` part (registered in ind.FAMILIES).

Written after dev, heldout and the parts fresh to eleventh had been read, by a writer who did not see the validator: the
IND forms as a question-and-answer table with alternating grey rows, the options printed 'ja / nee' and the one that
does not apply struck out ('doorhalen wat niet van toepassing is'), the V-number in the table's header row on every
page, 'pagina x van y'; a transport company's payslip in a boxed grid with overtime at 125 % and 150 %, the guarantee
form with the municipality's stamp legalising the guarantor's signature, the employer's annual wage statement
(jaaropgaaf); a GP's statement printed from the practice system with the episode list (ICPC codes) and a hospital
specialist's letter typed from dictation ('gedicteerd, niet nagelezen'); care institutions' statements (a hospital's
cost estimate with a DBC table and the commitment to treat, a mental-health institution's confirmation of treatment, a
hospital social worker's letter); a Dutch insurer's policy schedule with a coverage table, an incoming insurer's policy
schedule with a grey header, a Dominican insurer's bilingual certificate on Letter paper; DUO's diploma with a wide
coloured top band and the holder's data in a line of fields, an exemption decision with the article in the margin, an
exam results letter with 'voldoende/onvoldoende'; a Dutch lawyer's cover letter with the enclosures in a numbered
table, the IND decisions and the MVV page with this part's copy habits (the feeder's grey streak, the sticky note
'origineel gezien', the toner band, the copier's scan footer).  Every maker draws on ``c.new_sheet()`` and marks pages
that print the V-number with ``c.intr``.
"""
from __future__ import annotations

import random

from .ind import (
    BLACK_INK,
    BLUE_INK,
    EXEMPTION_TEXT,
    GENERIC_PURPOSES,
    GREY,
    IND_ADDRESSES,
    LAWYERS,
    PROC_NL,
    ROUTES_7027,
    Case,
    P,
    T,
    _care_dates,
    _emp,
    _inb_date,
    _incoming_name,
    _mrz_check,
    _mrz_name,
    _not_available,
    _policy_no,
    _reg,
    _treat_start,
    add_years,
    country_nl,
    d_en,
    d_nl,
    dt,
    duration_phrase,
    earner,
    eur,
    nat_nl,
    pay_calc,
    seed_of,
)
from .ninth_identity import hand_safe
from .paper import Sheet
from .people import make_professional
from .tenth_ind import _same
from .twelfth_identity import adf_streak, mfp_footer, sticky_note, toner_band

PART = "twelfth"
TEAL = (0, 95, 100)


def _toner(sh: Sheet, rng: random.Random) -> Sheet:
    return _same(toner_band(sh, rng), sh)


# =========================================================================== application forms: zebra table

class _ZebraForm:
    """An IND form as a question-and-answer table: a header row with the form's title and the V-number repeated on
    every page, sections as dark bars, the rows alternately grey and white, the answer typed (or written by pen) in
    the right column, yes/no options printed 'ja / nee' with the one that does not apply struck out."""

    def __init__(self, c: Case, rng: random.Random, title: str, code: str):
        self.c, self.rng, self.title, self.code = c, rng, title, code
        self.hand = c.fill == "hand"
        self.ink = rng.choice([BLUE_INK, BLACK_INK])
        self.sheets: list[Sheet] = []
        self.row = 0
        self.page()

    def page(self) -> None:
        c = self.c
        sh = c.new_sheet()
        W = c.page_w
        sh.rect(18, 10, W - 36, 12, width_mm=0.3, color=TEAL)
        T(sh, 21, 11.5, "Immigratie- en Naturalisatiedienst", font="sans2", size=8, color=GREY)
        T(sh, 21, 16, self.title, font="sans2", size=10.5, bold=True)
        T(sh, W - 62, 11.5, "V-nummer", font="sans2", size=8, color=GREY)
        self.sheets.append(c.intr(sh))
        self._ans(W - 62, 15.6, c.vnr, sh, size=10.5)
        self.y = 27.0

    @property
    def sh(self) -> Sheet:
        return self.sheets[-1]

    def _ans(self, x, y, s, sh=None, size=10.0):
        sh = sh or self.sh
        if not s:
            return
        if self.hand:
            sh.handwriting(x, y - 1.4, hand_safe(s), self.rng, size_pt=size + 1.0, color=self.ink, font="hand4")
        else:
            T(sh, x, y, s, font="sans2", size=size)

    def section(self, t: str) -> None:
        if self.y > self.c.page_h - 45:
            self.page()
        self.sh.rect(18, self.y, self.c.page_w - 36, 7, width_mm=0, fill=TEAL)
        T(self.sh, 21, self.y + 1.3, t, font="sans2", size=9.5, bold=True, color=(255, 255, 255))
        self.y += 7
        self.row = 0

    def _rowbox(self, h: float) -> float:
        W = self.c.page_w
        if self.y + h > self.c.page_h - 20:
            self.page()
        if self.row % 2 == 0:
            self.sh.rect(18, self.y, W - 36, h, width_mm=0, fill=(236, 238, 238))
        self.sh.rule(80, self.y, 80, self.y + h, width_mm=0.15, color=(170, 170, 170))
        self.row += 1
        y = self.y
        self.y += h
        return y

    def ask(self, q: str, a: str) -> None:
        W = self.c.page_w
        rows = self.sh.wrap(a or "", W - 104, font="sans2", size_pt=10) if a else [""]
        qrows = self.sh.wrap(q, 58, font="sans2", size_pt=9)
        h = max(7.5, 2.8 + 4.6 * max(len(rows), len(qrows)))
        y = self._rowbox(h)
        P(self.sh, 20, y + 1.5, 58, q, font="sans2", size=9, leading=1.2)
        for k, ln in enumerate(rows):
            self._ans(83, y + 1.6 + k * 4.6, ln)

    def choice(self, q: str, opts: list[str], chosen: set) -> None:
        qrows = self.sh.wrap(q, 58, font="sans2", size_pt=9)
        y = self._rowbox(max(7.5, 2.8 + 4.6 * len(qrows)))
        P(self.sh, 20, y + 1.5, 58, q, font="sans2", size=9, leading=1.2)
        x = 83
        for k, o in enumerate(opts):
            T(self.sh, x, y + 1.6, o, font="sans2", size=10)
            w = self.sh.text_width(o, font="sans2", size_pt=10)
            if k not in chosen:      # struck out: does not apply
                if self.hand:
                    self.sh.rule(x - 1, y + 4.2 + self.rng.uniform(-0.4, 0.4), x + w + 1,
                                 y + 3.6 + self.rng.uniform(-0.4, 0.4), width_mm=0.45, color=self.ink)
                else:
                    self.sh.rule(x - 0.3, y + 3.9, x + w + 0.3, y + 3.9, width_mm=0.3, color=(0, 0, 0))
            x += w + 3
            if k < len(opts) - 1:
                T(self.sh, x, y + 1.6, "/", font="sans2", size=10)
                x += 5

    def person(self) -> None:
        c, p = self.c, self.c.p
        self.section("1  Gegevens van de vreemdeling")
        self.ask("Achternaam", p.surname)
        self.ask("Voornamen", p.given_names)
        self.ask("Geboortedatum", c.dfmt(p.birth_date))
        self.ask("Geboorteplaats / -land", f"{p.birth_place}, {country_nl(p)}")
        self.ask("Nationaliteit", nat_nl(p))
        self.choice("Geslacht", ["man", "vrouw"], {0 if p.sex == "M" else 1})
        if p.address:
            self.ask("Woonadres", f"{p.address.street} {p.address.number}, {p.address.postcode} {p.address.city}")
        if c.lawyer:
            self.ask("Gemachtigde", f"{c.lawyer_name}, {c.lawyer['firm']}, {c.lawyer['city']}")

    def sign(self, n: int) -> None:
        c = self.c
        self.section(f"{n}  Ondertekening")
        if self.y > c.page_h - 60:
            self.page()
        P(self.sh, 20, self.y + 2, c.page_w - 40, "Ik verklaar dat ik dit formulier volledig en naar waarheid heb "
          "ingevuld. Doorhalen wat niet van toepassing is.", font="sans2", size=9)
        self.y += 12
        self.ask("Plaats", c.p.address.city if c.p.address else "Den Haag")
        self.ask("Datum", c.dfmt(c.sub - dt.timedelta(days=self.rng.randint(1, 6))))
        y = self._rowbox(22)
        T(self.sh, 20, y + 1.5, "Handtekening", font="sans2", size=9)
        self.sh.signature(90 + self.rng.uniform(0, 20), y + 3, 46, 15, self.rng, color=self.ink)

    def finish(self) -> list[Sheet]:
        n = len(self.sheets)
        for i, sh in enumerate(self.sheets, 1):
            T(sh, 18, self.c.page_h - 11, self.code, font="sans2", size=7.5, color=GREY)
            T(sh, self.c.page_w - 18, self.c.page_h - 11, f"pagina {i} van {n}", font="sans2", size=8, align="right")
        return self.sheets


def form_med_zebra(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _ZebraForm(c, rng, "Aanvraag verblijfsvergunning – medische behandeling", "Formulier MED 2026-1")
    f.person()
    f.section("2  Medische behandeling")
    f.ask("Naam en plaats van de zorginstelling", f"{c.hospital.get('name', '')}, {c.hospital.get('city', '')}")
    f.ask("Welke behandeling krijgt u?", c.med.get("tx_short", ""))
    f.choice("Heeft u uitstel van vertrek (artikel 64 Vw)?", ["ja", "nee"], {0 if c.art64_end else 1})
    if c.art64_end:
        f.ask("Tot en met welke datum?", c.dfmt(c.art64_end))
    else:
        f.choice("Betaalt een garantsteller de kosten?", ["ja", "nee"], {0 if c.payer else 1})
    f.choice("Heeft u een geldig paspoort?", ["ja", "nee"], {1 if c.no_passport else 0})
    f.choice("Surinaamse nationaliteit en mvv voor medische behandeling?", ["ja", "nee"],
             {0 if c.suriname_visa else 1})
    f.sign(3)
    return f.finish()


def form_7027_zebra(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _ZebraForm(c, rng, "Aanvraag voortgezet verblijf (7027)", "Formulier 7027 2026-1")
    f.person()
    f.section("2  Uw huidige verblijfsvergunning")
    keys = [k for k, _ in ROUTES_7027]
    labels = [t for _, t in ROUTES_7027]
    if c.route in keys:
        f.ask("Verblijfsdoel", labels[keys.index(c.route)])
    f.ask("Ingangsdatum vergunning", c.dfmt(c.since) if c.since else "")
    if c.route == "relationship":
        f.choice("Inburgeringsdiploma behaald?", ["ja", "nee"],
                 {0 if c.inburgering in ("diploma", "results", "failed") else 1})
        f.choice("Ontheffing of vrijstelling?", ["ja", "nee"], {0 if c.inburgering == "exemption" else 1})
    f.sign(3)
    return f.finish()


def form_generic_zebra(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _ZebraForm(c, rng, "Aanvraag verlenging verblijfsvergunning regulier", "Formulier VERL 2026-1")
    f.person()
    f.section("2  Uw verblijfsvergunning")
    f.ask("Verblijfsdoel", GENERIC_PURPOSES[seed_of("purpose", c.rng_seed) % len(GENERIC_PURPOSES)])
    f.ask("Geldig tot", c.dfmt(c.sub + dt.timedelta(days=rng.randint(20, 80))))
    f.sign(3)
    return f.finish()


_reg("ind-form-med-zebratabel-doorhalen", "application", PART, "nl", form_med_zebra,
     "medical treatment form as a zebra-striped question table, V-number in the header row, options struck out")
_reg("ind-form-7027-zebratabel-doorhalen", "application", PART, "nl", form_7027_zebra,
     "form 7027 as a zebra-striped table, 'ja / nee' with the wrong word struck out")
_reg("ind-form-generic-zebratabel-doorhalen", "application", PART, "nl", form_generic_zebra,
     "extension form as a zebra-striped table")


# =========================================================================== income

def payslip_transport(c: Case, rng: random.Random, month: int = 11, **_) -> list[Sheet]:
    """A transport company's payslip in a boxed grid: the employer's name in a band, the employee's data in a
    box, the lines with hours and rate (overtime at 125 % and 150 %), expense allowances, deductions, net in a
    framed box at the foot; the sticky note of the office that saw the original."""
    e, w = _emp(c, rng), earner(c)
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    sh = c.new_sheet()
    W = c.page_w
    f = "sans3"
    maand = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
             "november", "december"][(month - 1) % 12]
    sh.rect(16, 10, W - 32, 12, width_mm=0, fill=(40, 60, 90))
    T(sh, 19, 12, e["name"], font=f, size=11, bold=True, color=(255, 255, 255))
    T(sh, W - 19, 13, f"LOONSTROOK {maand.upper()} 2026", font=f, size=9, align="right", color=(255, 255, 255))
    sh.rect(16, 26, (W - 32) / 2, 26, width_mm=0.25)
    sh.rect(16 + (W - 32) / 2, 26, (W - 32) / 2, 26, width_mm=0.25)
    T(sh, 19, 28, f"{w.given_names} {w.surname}", font=f, size=9.5, bold=True)
    if w.address:
        T(sh, 19, 33, f"{w.address.street} {w.address.number}", font=f, size=9)
        T(sh, 19, 38, f"{w.address.postcode} {w.address.city}", font=f, size=9)
    x2 = 19 + (W - 32) / 2
    for j, (a, b) in enumerate((("Personeelsnr.", e["pnr"]), ("Functie", e["func_now"]),
                                ("Loonheffingennr.", e["lhn"]), ("Tabel", "wit, maand"))):
        T(sh, x2, 28 + j * 5.5, a, font=f, size=8, color=GREY)
        T(sh, x2 + 30, 28 + j * 5.5, b, font=f, size=8.5)
    y = 58
    heads = (("Omschrijving", 19, "left"), ("Uren", 105, "right"), ("Tarief", 130, "right"),
             ("Bedrag", W - 19, "right"))
    sh.rect(16, y - 1.5, W - 32, 7, width_mm=0.25, fill=(230, 232, 236))
    for t, x, al in heads:
        T(sh, x, y, t, font=f, size=8.8, bold=True, align=al)
    y += 8
    base = k["bruto"]
    ot = round(base * rng.choice([0.03, 0.05]), 2)
    uur = round(base / 173.33, 2)
    lines = (("Basisloon", "173,33", eur(uur, False), eur(base - ot, False)),
             ("Overuren 125%", f"{rng.randint(4, 10)},00", eur(uur * 1.25, False), eur(ot * 0.6, False)),
             ("Overuren 150%", f"{rng.randint(1, 4)},00", eur(uur * 1.5, False), eur(ot * 0.4, False)),
             ("Onkostenvergoeding (netto)", "", "", eur(k["reis"], False)),
             ("Pensioenpremie", "", "", "-" + eur(k["pens"], False)),
             ("Loonheffing", "", "", "-" + eur(k["lh"], False)))
    for d_, u, t, b in lines:
        sh.rule(16, y + 5, W - 16, y + 5, width_mm=0.1, color=(200, 200, 200))
        T(sh, 19, y, d_, font=f, size=9)
        T(sh, 105, y, u, font=f, size=9, align="right")
        T(sh, 130, y, t, font=f, size=9, align="right")
        T(sh, W - 19, y, b, font=f, size=9, align="right")
        y += 6.5
    sh.rect(W - 90, y + 4, 74, 10, width_mm=0.5)
    T(sh, W - 87, y + 6.5, "Netto", font=f, size=10.5, bold=True)
    T(sh, W - 19, y + 6.5, eur(k["net"]), font=f, size=10.5, bold=True, align="right")
    T(sh, 19, y + 20, f"Betaald op {d_nl(c.sub - dt.timedelta(days=rng.randint(4, 12)), 'dashes_zero')} naar "
                      f"{e['iban']}", font=f, size=8.5, color=GREY)
    sticky_note(sh, rng, lang="nl", x=20, y=c.page_h - 70)
    return [sh]


def guarantor_legalised(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The IND's guarantee form typed in, the guarantor's signature legalised at the town hall: a rectangular
    municipal stamp 'Gezien voor legalisatie van de handtekening van ...' with the civil servant's initials and
    the fee; the copier's footer."""
    g = c.payer or c.p
    e = _emp(c, random.Random(c.rng_seed))
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    sh = c.new_sheet()
    W = c.page_w
    f = "serif2"
    city = g.address.city if g.address else "Rotterdam"
    T(sh, 20, 12, "Garantverklaring particulier", font=f, size=14, bold=True)
    T(sh, 20, 19, "bij een aanvraag om een verblijfsvergunning – IND", font=f, size=9, color=GREY)
    y = 30
    for n, (a, b) in enumerate((("Naam garantsteller", f"{g.surname}, {g.given_names}"),
                                ("Geboortedatum", d_nl(g.birth_date, "dashes_zero")),
                                ("Woonadres", f"{g.address.street} {g.address.number}, {g.address.postcode} {city}"
                                 if g.address else city),
                                ("Relatie tot de vreemdeling", c.payer_relation or "familielid"),
                                ("Naam vreemdeling", f"{c.p.surname}, {c.p.given_names}"),
                                ("Geboortedatum vreemdeling", d_nl(c.p.birth_date, "dashes_zero")),
                                ("Inkomen uit", f"loondienst bij {e['name']}"),
                                ("Bruto maandinkomen", eur(k["bruto"]))), 1):
        T(sh, 20, y, f"{n}.", font=f, size=9.5, color=GREY)
        T(sh, 28, y, a, font=f, size=9.5)
        T(sh, 88, y, b, font="mono", size=9.6)
        sh.rule(88, y + 4.6, W - 20, y + 4.6, width_mm=0.1, color=(170, 170, 170))
        y += 8
    y = P(sh, 20, y + 4, W - 40, "Ik sta garant voor de kosten van levensonderhoud, huisvesting en medische zorg van "
          "de vreemdeling. De Staat der Nederlanden kan deze kosten op mij verhalen zolang ik garant sta.", font=f,
          size=10, leading=1.45) + 6
    T(sh, 20, y, f"{city}, {d_nl(c.sub - dt.timedelta(days=rng.randint(10, 40)))}", font=f, size=10)
    T(sh, 20, y + 8, "Handtekening garantsteller", font=f, size=9, color=GREY)
    sh.signature(24, y + 12, 44, 14, rng, color=BLUE_INK)
    sx, sy = 100, y + 4
    sh.rect(sx, sy, 86, 34, width_mm=0.6, color=(60, 70, 140))
    T(sh, sx + 43, sy + 2, f"GEMEENTE {city.upper()}", font="sans", size=8.5, bold=True, align="center",
      color=(60, 70, 140))
    P(sh, sx + 3, sy + 7.5, 80, f"Gezien voor legalisatie van de handtekening van {g.given_names} {g.surname}, "
      f"die zich heeft gelegitimeerd.", font="sans", size=7.8, leading=1.25)
    T(sh, sx + 3, sy + 22, f"Datum: {d_nl(c.sub - dt.timedelta(days=rng.randint(8, 38)), 'dashes_zero')}",
      font="sans", size=7.8, color=(60, 70, 140))
    T(sh, sx + 3, sy + 27, "Leges: € 18,60", font="sans", size=7.8, color=(60, 70, 140))
    sh.handwriting(sx + 55, sy + 23, "p.v.", rng, size_pt=11, color=BLUE_INK, font="hand1")
    mfp_footer(sh, rng)
    return [sh]


def jaaropgaaf(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The employer's annual wage statement ('Jaaropgaaf 2025'): the employer and employee blocks, a two-column
    list of the year's figures (wage for wage tax, tax withheld, levy credit applied, period of employment); the
    feeder's streak."""
    e, w = _emp(c, rng), earner(c)
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    sh = c.new_sheet()
    W = c.page_w
    f = "sans6"
    T(sh, 20, 14, "JAAROPGAAF 2025", font=f, size=15, bold=True)
    T(sh, 20, 22, "Bewaar dit overzicht bij uw belastingaangifte", font=f, size=8.5, color=GREY)
    T(sh, 20, 34, "Werkgever", font=f, size=8, color=GREY)
    T(sh, 20, 39, e["name"], font=f, size=10)
    T(sh, 20, 44, f"Loonheffingennummer {e['lhn']}", font=f, size=9)
    T(sh, 110, 34, "Werknemer", font=f, size=8, color=GREY)
    T(sh, 110, 39, f"{w.given_names} {w.surname}", font=f, size=10)
    T(sh, 110, 44, f"geboren {d_nl(w.birth_date, 'dashes_zero')}", font=f, size=9)
    y = 60
    year = k["bruto"] * 12
    for a, b in (("Periode", "01-01-2025 t/m 31-12-2025"), ("Loon voor de loonheffing", eur(year * 0.93)),
                 ("Ingehouden loonheffing", eur(k["lh"] * 12)), ("Verrekende arbeidskorting", "ja"),
                 ("Loonheffingskorting toegepast", "ja, vanaf 01-01-2025"),
                 ("Werkgeversheffing Zvw", eur(year * 0.0652)), ("Contractuele uren per week", "38")):
        sh.rule(20, y + 5.2, W - 20, y + 5.2, width_mm=0.1, color=(200, 200, 200))
        T(sh, 20, y, a, font=f, size=10)
        T(sh, W - 20, y, b, font=f, size=10, align="right")
        y += 8
    adf_streak(sh, rng)
    return [sh]


_reg("payslip-transport-overuren-kadertabel-geeltje", "income-proof", PART, "nl", payslip_transport,
     "transport company's payslip in a boxed grid, overtime at 125/150 %, framed net, sticky note")
_reg("guarantor-garantverklaring-gelegaliseerde-handtekening", "income-proof", PART, "nl", guarantor_legalised,
     "guarantee form typed in, the signature legalised by the municipality's stamp, scan footer")
_reg("jaaropgaaf-werkgever-2025-streep", "income-proof", PART, "nl", jaaropgaaf,
     "employer's annual wage statement (jaaropgaaf), two-column figures, feeder streak")


# =========================================================================== medical statements

def medstat_his_episodes(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A GP's statement printed from the practice information system: the practice's header line, 'Medische
    verklaring', the active episodes as a table (ICPC code, description, since), the current medication and the
    specialist's policy with its expected duration; signed and stamped by the GP."""
    m, gp = c.med, c.gp
    g, s, _ = make_professional(random.Random(seed_of("gp12", c.rng_seed)), "NL")
    sh = c.new_sheet()
    W = c.page_w
    f = "mono"
    T(sh, 20, 10, f"{gp['name']} | {gp['street']} | {gp['pc']} {gp['city']}", font="sans2", size=8.5, color=GREY)
    sh.rule(20, 15, W - 20, 15, width_mm=0.2)
    T(sh, 20, 22, "MEDISCHE VERKLARING", font="sans2", size=13, bold=True)
    T(sh, 20, 30, f"Patiënt: {c.p.surname}, {c.p.given_names}  geb. {d_nl(c.p.birth_date, 'dashes_zero')}",
      font=f, size=9)
    T(sh, 20, 38, "Actieve episodes", font="sans2", size=10, bold=True)
    y = 44
    start = _treat_start(c)
    for code, desc, since in ((rng.choice(["U99", "B90", "K77", "P76", "T90"]), m["dx"][:60], start),
                              ("A97", "controle / herhaalrecept", start + dt.timedelta(days=30))):
        T(sh, 20, y, code, font=f, size=9)
        T(sh, 34, y, desc, font=f, size=9)
        T(sh, W - 20, y, d_nl(since, "dashes_zero"), font=f, size=9, align="right")
        y += 5.5
    y += 4
    for head, txt in (("Behandeling", m["tx"] + ". " + duration_phrase(c.duration, start, "nl")),
                      ("Zonder behandeling", m["stop"]), ("Land van herkomst", _not_available(c, "nl"))):
        T(sh, 20, y, head, font="sans2", size=10, bold=True)
        y = P(sh, 20, y + 5, W - 40, txt, font="sans2", size=10.5, leading=1.45) + 4
    T(sh, 20, y + 4, f"{gp['city']}, {d_nl(c.sub - dt.timedelta(days=rng.randint(5, 35)))}", font="sans2", size=10)
    T(sh, 20, y + 10, f"{g} {s}, huisarts", font="sans2", size=10)
    sh.signature(20, y + 14, 42, 13, rng, color=BLUE_INK)
    sh.stamp(90, y + 10, [gp["name"][:24].upper(), gp["city"].upper()], rng, shape="rect", size_mm=32,
             color=(40, 60, 140))
    T(sh, 20, c.page_h - 10, f"Afdruk HIS {d_nl(c.sub - dt.timedelta(days=rng.randint(4, 30)), 'dashes_zero')} – 1/1",
      font=f, size=7, color=GREY)
    return [sh]


def medstat_dictated(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A hospital specialist's letter typed from dictation: the hospital and department at the top right, the
    reference line 'Betreft', conclusion, policy and expected duration, 'Gedicteerd, niet nagelezen' under the
    typed name; copied with the toner running low."""
    m, h = c.med, c.hospital
    g, s, _ = make_professional(random.Random(seed_of("dict12", c.rng_seed)), "NL")
    sh = c.new_sheet()
    W = c.page_w
    f = "serif5"
    T(sh, W - 20, 12, h["name"], font=f, size=12, bold=True, align="right")
    T(sh, W - 20, 18, f"Afdeling {m['spec']}", font=f, size=9, align="right", color=GREY)
    T(sh, W - 20, 23, f"{h['street']} · {h['pc']} {h['city']}", font=f, size=8.5, align="right", color=GREY)
    T(sh, 20, 40, f"Betreft: {c.p.given_names} {c.p.surname}, geboren {d_nl(c.p.birth_date, 'dashes_zero')}",
      font=f, size=10, bold=True)
    T(sh, 20, 48, "Aan wie het aangaat,", font=f, size=10.5)
    y = P(sh, 20, 56, W - 40, f"Bovengenoemde patiënt(e) is onder behandeling op onze afdeling wegens {m['dx']}. "
          f"De behandeling bestaat uit {m['tx']}. {duration_phrase(c.duration, _treat_start(c), 'nl')} {m['stop']} "
          f"{_not_available(c, 'nl')}", font=f, size=10.5, leading=1.5, align="justify") + 8
    T(sh, 20, y, f"{h['city']}, {d_nl(c.sub - dt.timedelta(days=rng.randint(6, 40)))}", font=f, size=10.5)
    T(sh, 20, y + 8, f"{g} {s}, {m['doc_title']}", font=f, size=10.5)
    T(sh, 20, y + 14, "Gedicteerd, niet nagelezen", font=f, size=8.5, color=GREY)
    sh.signature(100, y + 4, 40, 13, rng, color=BLUE_INK)
    return [_toner(sh, rng)]


_reg("medstat-huisarts-his-episodelijst-icpc", "medical-statement", PART, "nl", medstat_his_episodes,
     "GP's statement printed from the practice system with the active episodes (ICPC), stamp")
_reg("medstat-specialist-gedicteerd-niet-nagelezen-toner", "medical-statement", PART, "nl", medstat_dictated,
     "specialist's letter typed from dictation, 'gedicteerd, niet nagelezen', toner band")


# =========================================================================== care institutions

def care_kostenraming(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A hospital's cost estimate ('Kostenraming behandeling') from its patient administration: the DBC care
    products in a table with their codes and amounts, the yearly total, and the sentence that the hospital can and
    will give the treatment from the start date to the end date; signed for the head of patient finances."""
    h, m = c.hospital, c.med
    start, end = _care_dates(c)
    sh = c.new_sheet()
    W = c.page_w
    f = "sans4"
    T(sh, 20, 12, h["name"], font=f, size=12, bold=True)
    T(sh, 20, 18, "Patiëntenadministratie · Debiteurenbeheer", font=f, size=8.5, color=GREY)
    T(sh, 20, 32, "KOSTENRAMING BEHANDELING", font=f, size=13, bold=True)
    T(sh, 20, 40, f"Patiënt: {c.p.given_names} {c.p.surname} ({d_nl(c.p.birth_date, 'dashes_zero')})", font=f,
      size=10)
    y = 50
    sh.rect(20, y, W - 40, 7, width_mm=0.2, fill=(232, 232, 232))
    for x, t in ((22, "DBC-zorgproduct"), (70, "Omschrijving"), (W - 22, "Bedrag per jaar")):
        T(sh, x, y + 1.5, t, font=f, size=9, bold=True, align="right" if x > 150 else "left")
    y += 7
    parts = [(0.72, m["tx_short"]), (0.18, "polikliniekbezoeken en controles"), (0.10, "laboratorium en medicatie")]
    for share, desc in parts:
        sh.rect(20, y, W - 40, 7, width_mm=0.2)
        T(sh, 22, y + 1.5, f"{rng.randint(10, 99)}{rng.randint(1000, 9999)}{rng.randint(10, 99)}", font="mono", size=9)
        T(sh, 70, y + 1.5, desc[:50], font=f, size=9)
        T(sh, W - 22, y + 1.5, eur(m["cost"] * share), font=f, size=9, align="right")
        y += 7
    T(sh, 70, y + 2, "Totaal per jaar", font=f, size=9.5, bold=True)
    T(sh, W - 22, y + 2, eur(m["cost"]), font=f, size=9.5, bold=True, align="right")
    y = P(sh, 20, y + 14, W - 40, f"{h['name']} verklaart dat zij de behandeling ({m['tx']}) kan en zal uitvoeren, "
          f"met ingang van {d_nl(start)} tot ten minste {d_nl(end)}.", font=f, size=10.5, leading=1.5) + 8
    T(sh, 20, y, f"{h['city']}, {d_nl(c.sub - dt.timedelta(days=rng.randint(8, 40)))}", font=f, size=10)
    T(sh, 20, y + 7, "namens het hoofd patiëntenfinanciën", font=f, size=9.5)
    sh.signature(20, y + 11, 42, 13, rng, color=BLUE_INK)
    return [sh]


def care_ggz_bevestiging(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A mental-health (or specialised) institution's letter confirming the treatment: the institution's logo
    line, a left column with the contact person and the team, the letter at the right with the start and end of
    the treatment and the yearly costs; signed by the practitioner and the team leader; feeder streak."""
    h, m = c.hospital, c.med
    start, end = _care_dates(c)
    g, s_, _ = make_professional(random.Random(seed_of("care12b", c.rng_seed)), "NL")
    sh = c.new_sheet()
    W = c.page_w
    f = "sans5"
    T(sh, 20, 12, h["name"], font=f, size=12, bold=True, color=h.get("color", TEAL))
    T(sh, 20, 34, "Contactpersoon", font=f, size=7.5, color=GREY)
    T(sh, 20, 38, f"{g[0]}. {s_}", font=f, size=8.5)
    T(sh, 20, 46, "Team", font=f, size=7.5, color=GREY)
    P(sh, 20, 50, 38, m["spec"], font=f, size=8.5)
    x = 66
    T(sh, x, 34, f"Datum {d_nl(c.sub - dt.timedelta(days=rng.randint(8, 35)), 'dashes_zero')}", font=f, size=9)
    T(sh, x, 42, "Onderwerp: bevestiging behandeling", font=f, size=10, bold=True)
    y = P(sh, x, 52, W - x - 20, f"Hierbij bevestigen wij dat {c.p.given_names} {c.p.surname}, geboren "
          f"{d_nl(c.p.birth_date, 'dashes_zero')}, bij onze instelling in behandeling is voor {m['tx']}. Wij zijn bereid "
          f"en in staat deze behandeling te geven van {d_nl(start)} tot ten minste {d_nl(end)}. De kosten bedragen naar "
          f"schatting {eur(m['cost'])} per jaar.", font=f, size=10.5, leading=1.5) + 8
    T(sh, x, y, "Met vriendelijke groet,", font=f, size=10.5)
    for j, (nm, role) in enumerate(((f"{g} {s_}", "behandelaar"), ("drs. " + rng.choice(["M. Bakker", "E. Smit",
                                                                                         "R. Visser"]),
                                                                    "teamleider"))):
        sh.signature(x + j * 62, y + 5, 38, 12, rng, color=BLUE_INK)
        T(sh, x + j * 62, y + 19, nm, font=f, size=9)
        T(sh, x + j * 62, y + 24, role, font=f, size=8.5, color=GREY)
    adf_streak(sh, rng)
    return [sh]


def care_mmw_letter(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A hospital social worker's letter (medisch maatschappelijk werk) on behalf of the treating department:
    the treatment, that the department will go on treating, start, end and costs; the scan footer."""
    h, m = c.hospital, c.med
    start, end = _care_dates(c)
    g, s_, _ = make_professional(random.Random(seed_of("care12c", c.rng_seed)), "NL")
    sh = c.new_sheet()
    W = c.page_w
    f = "serif"
    T(sh, 20, 12, h["name"], font=f, size=12.5, bold=True)
    T(sh, 20, 18, "Medisch Maatschappelijk Werk", font=f, size=9, color=GREY)
    T(sh, 20, 36, "Verklaring zorginstelling", font=f, size=12.5, bold=True)
    y = P(sh, 20, 46, W - 40, f"Namens de afdeling {m['spec']} verklaar ik dat {c.p.given_names} {c.p.surname} "
          f"(geboren {d_nl(c.p.birth_date, 'dashes_zero')}) bij ons wordt behandeld: {m['tx']}. De afdeling kan en zal "
          f"de behandeling voortzetten van {d_nl(start)} tot {d_nl(end)}. De geraamde kosten zijn {eur(m['cost'])} per "
          f"jaar.", font=f, size=11, leading=1.5) + 8
    T(sh, 20, y, f"{h['city']}, {d_nl(c.sub - dt.timedelta(days=rng.randint(6, 30)))}", font=f, size=10.5)
    sh.signature(20, y + 5, 40, 13, rng, color=BLUE_INK)
    T(sh, 20, y + 20, f"{g} {s_}, medisch maatschappelijk werker", font=f, size=10)
    mfp_footer(sh, rng)
    return [sh]


_reg("care-kostenraming-dbc-tabel-toezegging", "care-institution-statement", PART, "nl", care_kostenraming,
     "hospital's cost estimate with a DBC table and the commitment to treat")
_reg("care-bevestiging-behandeling-contactkolom-streep", "care-institution-statement", PART, "nl",
     care_ggz_bevestiging, "institution's confirmation of treatment, contact column at the left, two signatures")
_reg("care-medisch-maatschappelijk-werk-verklaring", "care-institution-statement", PART, "nl", care_mmw_letter,
     "hospital social worker's statement on behalf of the department, scan footer")


# =========================================================================== health insurance

def polisblad_tabel(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A Dutch insurer's policy schedule ('Polisblad 2026'): the policyholder's data at the top, a coverage table
    (insurance, start date, premium per month) with the basic insurance's line, the customer number and UZOVI in a
    side box."""
    ins = c.insurer_nl
    sh = c.new_sheet()
    W = c.page_w
    f = "sans2"
    col = ins.get("color", (0, 90, 150))
    start = c.sub - dt.timedelta(days=rng.randint(40, 320))
    T(sh, 20, 12, ins["name"], font=f, size=13, bold=True, color=col)
    T(sh, 20, 26, "POLISBLAD 2026", font=f, size=14, bold=True)
    sh.rect(W - 80, 24, 60, 22, width_mm=0.3, color=col)
    T(sh, W - 77, 26, f"Klantnummer {_policy_no(c)}", font=f, size=9)
    T(sh, W - 77, 32, f"UZOVI {ins.get('uzovi', '')}", font=f, size=9)
    T(sh, W - 77, 38, f"Datum {d_nl(start, 'dashes_zero')}", font=f, size=9)
    T(sh, 20, 50, "Verzekeringnemer", font=f, size=8.5, color=GREY)
    T(sh, 20, 55, f"{c.p.given_names} {c.p.surname}, geb. {d_nl(c.p.birth_date, 'dashes_zero')}", font=f, size=10)
    y = 70
    sh.rect(20, y, W - 40, 7, width_mm=0, fill=col)
    for x, t in ((22, "Verzekering"), (100, "Ingangsdatum"), (W - 22, "Premie per maand")):
        T(sh, x, y + 1.5, t, font=f, size=9, bold=True, color=(255, 255, 255), align="right" if x > 150 else "left")
    y += 7
    for a, b in (("Basisverzekering (Zorgverzekeringswet)", eur(rng.choice([148.25, 152.90, 156.40]))),
                 ("Eigen risico € 385", "")):
        sh.rule(20, y + 7, W - 20, y + 7, width_mm=0.15, color=(190, 190, 190))
        T(sh, 22, y + 1.5, a, font=f, size=9.5)
        T(sh, 100, y + 1.5, d_nl(start, "dashes_zero") if b else "", font=f, size=9.5)
        T(sh, W - 22, y + 1.5, b, font=f, size=9.5, align="right")
        y += 7
    P(sh, 20, y + 10, W - 40, "U bent verzekerd voor de zorg uit het basispakket, waaronder medisch-specialistische "
      "zorg en geneesmiddelen. Bewaar dit polisblad bij uw verzekeringspapieren.", font=f, size=10, leading=1.45)
    return [sh]


def incoming_polisblad(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An incoming insurer's policy schedule for people not (yet) under the Dutch basic insurance: a grey header
    with the policy number, the insured's data, the cover as a short numbered list including pre-existing
    conditions, the period; the sticky note 'origineel gezien'."""
    name = _incoming_name(c)
    start = c.sub - dt.timedelta(days=rng.randint(30, 200))
    end = add_years(start, 1)
    sh = c.new_sheet()
    W = c.page_w
    f = "sans6"
    sh.rect(0, 8, W, 20, width_mm=0, fill=(225, 225, 225))
    T(sh, 20, 11, name, font=f, size=12.5, bold=True)
    T(sh, 20, 18.5, f"Polisblad · polisnummer {_policy_no(c, 'IC')}", font=f, size=10)
    y = 38
    for a, b in (("Verzekerde", f"{c.p.given_names} {c.p.surname}"),
                 ("Geboortedatum", d_nl(c.p.birth_date, "dashes_zero")),
                 ("Ingangsdatum", d_nl(start, "dashes_zero")), ("Einddatum", d_nl(end, "dashes_zero"))):
        T(sh, 20, y, a, font=f, size=9.5, color=GREY)
        T(sh, 70, y, b, font=f, size=10.5)
        y += 7
    T(sh, 20, y + 4, "Dekking", font=f, size=10.5, bold=True)
    y += 11
    for n, t in enumerate(("ziekenhuisopname en medisch-specialistische zorg in Nederland",
                           "geneesmiddelen op voorschrift", "bestaande aandoeningen, mits gemeld bij aanvang"), 1):
        T(sh, 24, y, f"{n}. {t}", font=f, size=10)
        y += 6
    sticky_note(sh, rng, lang="nl", x=W - 60, y=y + 20)
    return [sh]


def intl_dominicana_letter(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A Dominican insurer's certificate of international coverage in Spanish and English on Letter paper: the
    insurer's name in a coloured band, 'CERTIFICACIÓN / CERTIFICATION', the insured's data in two-language lines,
    the cover including the Netherlands, signed by the claims manager."""
    ins = c.insurer_intl or {}
    name = c.__dict__.get("_ins_name") or ins.get("name") or "Seguros Internacionales"
    sh = c.new_sheet()
    W = c.page_w
    f = "serif6"
    col = ins.get("color", (0, 70, 120))
    sh.rect(0, 8, W, 16, width_mm=0, fill=col)
    T(sh, W / 2, 11, name, font=f, size=12.5, bold=True, align="center", color=(255, 255, 255))
    T(sh, W / 2, 28, ins.get("addr", ""), font=f, size=8, align="center", color=GREY)
    T(sh, W / 2, 40, "CERTIFICACIÓN / CERTIFICATION", font=f, size=13, bold=True, align="center")
    y = P(sh, 20, 50, W - 40, f"Por medio de la presente certificamos que la persona abajo indicada está asegurada en "
          f"nuestro plan {ins.get('plan', 'Internacional')}, con cobertura mundial incluyendo los Países Bajos. / We "
          f"hereby certify that the person named below is insured under our {ins.get('plan', 'international')} plan "
          f"with worldwide cover including the Netherlands.", font=f, size=10.5, leading=1.45) + 5
    for a, b in (("Asegurado / Insured", f"{c.p.given_names} {c.p.surname}"),
                 ("Fecha de nacimiento / Date of birth", d_en(c.p.birth_date)),
                 ("Póliza / Policy no.", _policy_no(c, "DO-")),
                 ("Cobertura / Cover", "hospitalización, especialistas, medicamentos; condiciones preexistentes / "
                                       "in-patient, specialists, medication; pre-existing conditions")):
        T(sh, 20, y, a, font=f, size=9.5, color=GREY)
        y = P(sh, 90, y, W - 110, b, font=f, size=10.5, leading=1.3) + 3
    T(sh, 20, y + 10, f"Santo Domingo, {d_en(c.sub - dt.timedelta(days=rng.randint(10, 40)))}", font=f, size=10)
    sh.signature(20, y + 15, 40, 13, rng, color=BLUE_INK)
    T(sh, 20, y + 30, "Gerente de Reclamaciones / Claims Manager", font=f, size=9.5)
    return [sh]


_reg("polisblad-2026-dekkingstabel-kadernummer", "health-insurance", PART, "nl", polisblad_tabel,
     "Dutch insurer's policy schedule with a coverage table and the customer number in a side box")
_reg("incoming-polisblad-grijze-kop-geeltje", "health-insurance", PART, "nl", incoming_polisblad,
     "incoming insurer's policy schedule with a grey header and a numbered cover list, sticky note")
_reg("intl-certificacion-dominicana-letter", "health-insurance", PART, "es/en", intl_dominicana_letter,
     "Dominican insurer's Spanish/English certificate of international coverage on Letter paper")


# =========================================================================== civic integration

def duo_diploma_topband(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """DUO's civic-integration diploma with a wide coloured band across the top, the holder's data in a line of
    labelled fields (name, date and place of birth, diploma number), the level B1 and the date; feeder streak."""
    sh = c.new_sheet()
    W = c.page_w
    d = _inb_date(c, rng)
    f = "sans4"
    sh.rect(0, 0, W, 46, width_mm=0, fill=(20, 90, 150))
    T(sh, 20, 16, "DIPLOMA INBURGERING", font=f, size=22, bold=True, color=(255, 255, 255))
    T(sh, 20, 30, "Wet inburgering · taalniveau B1", font=f, size=11, color=(220, 232, 245))
    y = 70
    for a, b in (("Naam", f"{c.p.given_names} {c.p.surname}"), ("Geboortedatum", d_nl(c.p.birth_date)),
                 ("Geboorteplaats", c.p.birth_place),
                 ("Diplomanummer", f"{seed_of('dip12', c.rng_seed) % 10 ** 9:09d}")):
        T(sh, 20, y, a, font=f, size=8.5, color=GREY)
        T(sh, 20, y + 4.5, b, font=f, size=14, bold=True)
        y += 16
    P(sh, 20, y + 6, W - 40, "heeft het inburgeringsexamen gehaald en voldaan aan de inburgeringsplicht.", font=f,
      size=11.5, leading=1.5)
    T(sh, 20, y + 26, f"Groningen, {d_nl(d)}", font=f, size=11)
    T(sh, 20, y + 33, "De minister van Sociale Zaken en Werkgelegenheid, namens deze: DUO", font=f, size=9.5,
      color=GREY)
    sh.signature(20, y + 38, 40, 13, rng, color=BLACK_INK)
    adf_streak(sh, rng)
    return [sh]


def duo_ontheffing_marge(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """DUO's exemption decision with the legal article printed in the left margin next to each paragraph ('art.
    2.8 Wi'), the decision in bold in the first paragraph; toner band."""
    sh = c.new_sheet()
    W = c.page_w
    d = _inb_date(c, rng)
    f = "serif4"
    T(sh, 20, 12, "DUO", font=f, size=18, bold=True)
    T(sh, 20, 20, "Dienst Uitvoering Onderwijs · Inburgering", font=f, size=8.5, color=GREY)
    T(sh, 48, 36, f"{c.p.given_names} {c.p.surname}", font=f, size=10.5)
    T(sh, W - 20, 36, d_nl(d, "dashes_zero"), font=f, size=10, align="right")
    T(sh, 48, 50, "Besluit ontheffing inburgeringsplicht", font=f, size=12, bold=True)
    y = 60
    for art, txt, bold in (("art. 2.8 Wi", "U krijgt ontheffing van de inburgeringsplicht.", True),
                           ("art. 2.8 lid 1", "Uit het advies van de onafhankelijke arts blijkt dat u door een "
                                               "lichamelijke of psychische beperking blijvend niet in staat bent het "
                                               "inburgeringsexamen te doen.", False),
                           ("", f"Uw geboortedatum volgens de basisregistratie personen: "
                                f"{d_nl(c.p.birth_date, 'dashes_zero')}.", False),
                           ("art. 6:7 Awb", "Bent u het niet eens met dit besluit, dan kunt u binnen zes weken "
                                            "bezwaar maken.", False)):
        T(sh, 20, y + 0.5, art, font=f, size=7.5, color=GREY)
        y = P(sh, 48, y, W - 68, txt, font=f, size=10.5, leading=1.45) + 4
        if bold:
            sh.rule(48, y - 3.5, 48 + sh.text_width(txt, font=f, size_pt=10.5), y - 3.5, width_mm=0.3)
    T(sh, 48, y + 6, "Met vriendelijke groet, namens de minister, DUO", font=f, size=10)
    sh.signature(48, y + 11, 40, 12, rng, color=BLACK_INK)
    return [_toner(sh, rng)]


def duo_uitslag_voldoende(c: Case, rng: random.Random, *, failed: bool = False, **_) -> list[Sheet]:
    """DUO's exam results letter listing each exam part with the date and 'voldoende' / 'onvoldoende', no scores;
    the copier's footer."""
    sh = c.new_sheet()
    W = c.page_w
    d = _inb_date(c, rng)
    f = "sans2"
    T(sh, 20, 12, "DUO · Inburgeringsexamen", font=f, size=12, bold=True)
    T(sh, 20, 32, f"{c.p.given_names} {c.p.surname}", font=f, size=10.5)
    T(sh, 20, 37, f"geboortedatum {d_nl(c.p.birth_date, 'dashes_zero')}", font=f, size=9.5)
    T(sh, 20, 50, "Uw examenuitslagen", font=f, size=12.5, bold=True)
    parts = ["Lezen", "Luisteren", "Schrijven", "Spreken", "Kennis Nederlandse Maatschappij"]
    bad = seed_of("fail12", c.rng_seed) % len(parts) if failed else -1
    y = 60
    for k, p_ in enumerate(parts):
        ok = k != bad
        sh.rule(20, y + 5.5, W - 20, y + 5.5, width_mm=0.1, color=(200, 200, 200))
        T(sh, 20, y, p_, font=f, size=10.5)
        T(sh, 110, y, d_nl(d - dt.timedelta(days=9 * k), "dashes_zero"), font=f, size=10)
        T(sh, W - 20, y, "voldoende" if ok else "onvoldoende", font=f, size=10.5, bold=not ok, align="right")
        y += 8
    P(sh, 20, y + 6, W - 40, "Niet alle onderdelen zijn voldoende. U kunt een nieuw examen aanvragen." if failed else
      "Alle onderdelen zijn voldoende. U ontvangt uw diploma in een aparte zending.", font=f, size=10.5,
      leading=1.45)
    mfp_footer(sh, rng)
    return [sh]


_reg("duo-diploma-brede-kopband-veldenrij-streep", "civic-integration", PART, "nl", duo_diploma_topband,
     "DUO diploma with a wide top band and the holder's data as labelled fields, feeder streak")
_reg("duo-ontheffing-artikelen-in-marge-toner", "civic-integration", PART, "nl", duo_ontheffing_marge,
     "DUO exemption decision with the articles in the left margin, toner band")
_reg("duo-uitslag-voldoende-onvoldoende-voetregel", "civic-integration", PART, "nl", duo_uitslag_voldoende,
     "DUO results letter with 'voldoende/onvoldoende' per part, no scores, scan footer")


# =========================================================================== other

def cover_letter_table(c: Case, rng: random.Random, *, enclosures: list[str] | None = None, **_) -> list[Sheet]:
    """A Dutch lawyer's cover letter with the enclosures in a numbered table (nr., description, pages), the
    V-number in the subject line, the firm's details in a right column."""
    lw = c.lawyer or LAWYERS[0]
    sh = c.new_sheet()
    W = c.page_w
    f = "sans2"
    T(sh, W - 20, 12, lw["firm"], font=f, size=12, bold=True, align="right")
    T(sh, W - 20, 18, lw["street"], font=f, size=8.5, align="right", color=GREY)
    T(sh, W - 20, 22.5, f"{lw['pc']} {lw['city']}", font=f, size=8.5, align="right", color=GREY)
    y = 40
    for ln in IND_ADDRESSES[rng.randrange(len(IND_ADDRESSES))].split("\n"):
        T(sh, 20, y, ln, font=f, size=10)
        y += 5
    T(sh, 20, 66, f"{lw['city']}, {d_nl(c.sub - dt.timedelta(days=rng.randint(0, 3)))}", font=f, size=10)
    T(sh, 20, 74, f"Betreft: {c.p.given_names} {c.p.surname} – V-nummer {c.vnr}", font=f, size=10.5, bold=True)
    y = 84
    paras = ["Geachte heer, mevrouw,", f"Namens mijn cliënt(e) dien ik hierbij de aanvraag {PROC_NL[c.procedure]} in. "
             f"De bijlagen staan in de tabel hieronder."]
    if c.procedure == "ind-medical-treatment" and c.art64_end:
        paras.append(f"Cliënt(e) had uitstel van vertrek (artikel 64 Vw) tot en met {d_nl(c.art64_end)}.")
    if c.no_passport:
        paras.append("Cliënt(e) heeft geen geldig paspoort en vraagt vrijstelling van het paspoortvereiste. " +
                     " ".join(EXEMPTION_TEXT[i] for i in c.exemption_shown))
    if c.suriname_visa:
        paras.append("Cliënt(e) is Surinamer en reisde in met een mvv voor medische behandeling; de behandeling "
                     "duurt voort en de kosten zijn gedekt.")
    for para in paras:
        y = P(sh, 20, y, W - 40, para, font=f, size=10.5, leading=1.45) + 3
    if enclosures:
        y += 2
        sh.rect(20, y, W - 40, 6.5, width_mm=0.2, fill=(230, 230, 230))
        T(sh, 22, y + 1.3, "Nr.", font=f, size=9, bold=True)
        T(sh, 34, y + 1.3, "Bijlage", font=f, size=9, bold=True)
        y += 6.5
        for n, e in enumerate(enclosures, 1):
            sh.rect(20, y, W - 40, 6.2, width_mm=0.15)
            T(sh, 22, y + 1.2, str(n), font=f, size=9.5)
            T(sh, 34, y + 1.2, e, font=f, size=9.5)
            y += 6.2
    y += 8
    T(sh, 20, y, "Met vriendelijke groet,", font=f, size=10.5)
    sh.signature(20, y + 5, 42, 13, rng, color=BLUE_INK)
    T(sh, 20, y + 20, c.lawyer_name or f"mr. {lw.get('last', '')}", font=f, size=10.5)
    return [c.intr(sh)]


def art64_decision_streak(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The IND's decision on deferral of departure (art. 64), the period in a framed line under the decision;
    feeder streak."""
    end = c.art64_end or (c.since - dt.timedelta(days=1) if c.since else c.sub + dt.timedelta(days=10))
    start = add_years(end, -1) + dt.timedelta(days=1)
    sh = c.new_sheet()
    W = c.page_w
    f = "serif5"
    T(sh, 20, 12, "Immigratie- en Naturalisatiedienst", font=f, size=11, bold=True)
    T(sh, 20, 36, f"{c.p.given_names} {c.p.surname}", font=f, size=10)
    T(sh, 20, 42, f"V-nummer: {c.vnr}", font=f, size=10)
    T(sh, 20, 56, "Beslissing: uitstel van vertrek op grond van artikel 64 Vreemdelingenwet", font=f, size=11,
      bold=True)
    y = P(sh, 20, 66, W - 40, "Op advies van het Bureau Medische Advisering (BMA) krijgt u uitstel van vertrek, "
          "omdat u om medische redenen op dit moment niet kunt reizen.", font=f, size=10.5, leading=1.5) + 4
    sh.rect(20, y, W - 40, 9, width_mm=0.4)
    T(sh, 23, y + 2, f"Periode: {d_nl(start)} tot en met {d_nl(end)}", font=f, size=10.5, bold=True)
    T(sh, 20, y + 18, d_nl(start - dt.timedelta(days=rng.randint(5, 20))), font=f, size=10)
    adf_streak(sh, rng)
    return [c.intr(sh)]


def permit_letter_note(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The IND's decision granting the permit with the start date, the sticky note 'origineel gezien'."""
    sh = c.new_sheet()
    W = c.page_w
    f = "sans4"
    since = c.since or (c.sub - dt.timedelta(days=400))
    T(sh, 20, 12, "IND", font=f, size=16, bold=True)
    T(sh, 20, 36, f"{c.p.given_names} {c.p.surname}", font=f, size=10)
    T(sh, W - 20, 36, f"V-nummer {c.vnr}", font=f, size=10, align="right")
    T(sh, 20, 52, "Uw aanvraag is ingewilligd", font=f, size=12, bold=True)
    P(sh, 20, 62, W - 40, f"U krijgt een verblijfsvergunning regulier voor bepaalde tijd met ingang van {d_nl(since)}. "
      f"U kunt uw verblijfsdocument ophalen na het maken van een afspraak.", font=f, size=10.5, leading=1.5)
    sticky_note(sh, rng, lang="nl", x=W - 60, y=120)
    return [c.intr(sh)]


def mvv_footer(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The passport page with the MVV sticker laid in the corner of the glass, the copier's footer."""
    sh = c.new_sheet()
    x0, y0, pw, ph = 8, 8, 125, 88
    sh.rect(x0, y0, pw, ph, width_mm=0.2, color=(150, 150, 150), fill=(240, 238, 246))
    sh.rect(x0 + 4, y0 + 4, pw - 8, ph - 8, width_mm=0, fill=(232, 230, 244))
    T(sh, x0 + 8, y0 + 6, "VISUM  NEDERLAND  TYPE D  MVV", font="sans4", size=8.5, bold=True)
    start = c.sub - dt.timedelta(days=rng.randint(150, 200))
    end = start + dt.timedelta(days=180)
    pno = c.passport_no or f"R{rng.randint(1000000, 9999999)}"
    for k, (a, b) in enumerate([("GELDIG VOOR", "SCHENGEN"), ("VAN", start.strftime("%d-%m-%Y")),
                                ("TOT", end.strftime("%d-%m-%Y")), ("PASPOORT", pno),
                                ("NAAM", f"{c.p.surname.upper()}, {c.p.given_names.upper()}"),
                                ("OPMERKINGEN", "MVV MEDISCHE BEHANDELING")]):
        T(sh, x0 + 8, y0 + 13 + k * 8, a, font="sans4", size=5.5, color=GREY)
        T(sh, x0 + 36, y0 + 13 + k * 8, b, font="sans4", size=8.5)
    line1 = ("V<NLD" + _mrz_name(c.p, 39))[:44]
    birth = c.p.birth_date.strftime("%y%m%d")
    exp = end.strftime("%y%m%d")
    pn = (pno + "<" * 9)[:9]
    line2 = f"{pn}{_mrz_check(pn)}SUR{birth}{_mrz_check(birth)}{c.p.sex}{exp}{_mrz_check(exp)}" + "<" * 16
    T(sh, x0 + 3, y0 + ph - 12, line1, font="ocrb", size=8)
    T(sh, x0 + 3, y0 + ph - 7, line2[:44], font="ocrb", size=8)
    mfp_footer(sh, rng)
    return [sh]


_reg("cover-letter-bijlagentabel-genummerd", "other", PART, "nl", cover_letter_table,
     "Dutch lawyer's cover letter with the enclosures in a numbered table, firm details at the right")
_reg("art64-decision-periode-kader-streep", "other", PART, "nl", art64_decision_streak,
     "IND art. 64 decision with the period in a framed line, feeder streak")
_reg("permit-letter-ingewilligd-geeltje", "other", PART, "nl", permit_letter_note,
     "IND decision granting the permit, sticky note")
_reg("mvv-sticker-sur-glashoek-voetregel", "other", PART, "nl", mvv_footer,
     "MVV page laid in the corner of the glass, scan footer")
