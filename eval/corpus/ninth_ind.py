"""IND families of the `ninth` part (registered in ind.FAMILIES).

Written after dev, heldout, fresh, fourth, fifth, sixth, seventh and eighth had been read, by a writer who did not
see the validator: the IND forms printed blank and filled in, each part under a navy 'Deel n' heading, the answers
on underlines at the right, the choices as round option circles, the V-number on an underlined field at the top
right of every page, 'blad x van y'; a payroll bureau's monthly payslip with the address in the window position and
cumulative totals, the guarantee form with a copy of the guarantor's identity card, the Belastingdienst's income
statement (IB 60), a bank's signed statement of the salary credits; a university hospital clinic's letter to the GP,
a GP's statement on letterhead with the practice name in capitals between rules, an English report of a hospital in
the country of origin; a treatment centre's confirmation letter with two signatures, a rehabilitation centre's
statement form, a hospital international office's bilingual statement; an insurer's policy page printed from the
browser, an incoming insurer's carrier letter with the card still attached, a Mexican insurer's certificate on
Letter paper; DUO's diploma with a tricolour band, an exemption letter as posted, a results letter with a ruled
table; a Dutch lawyer's cover letter with the enclosures in a table, and IND decisions and the MVV page copied with
the office's habits (ONTVANGEN stamp, staple holes, creases, exhibit stamp, dithered black-and-white scan).  Every
maker draws on ``c.new_sheet()`` (so a planted US-Letter page is honoured) and marks pages that print the V-number
themselves with ``c.intr``.
"""
from __future__ import annotations

import random

from .ind import (
    BLACK_INK,
    BLUE_INK,
    DARK,
    EXEMPTION_TEXT,
    GENERIC_PURPOSES,
    GREY,
    IND_ADDRESSES,
    LAWYERS,
    PROC_NL,
    ROUTES_7027,
    STAMP_VIOLET,
    Case,
    P,
    T,
    _care_dates,
    _emp,
    _inb_date,
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
from .paper import Sheet
from .people import make_professional
from .ninth_identity import halftone_scan, staple_holes, clip_shadow, received_stamp, hand_safe, exhibit_stamp, fold_creases

PART = "ninth"
NAVY = (20, 40, 90)


def _ins(c: Case) -> str:
    return c.__dict__.get("_ins_name") or (c.insurer_intl or {}).get("name") or "Clínica Global Seguros S.A."


def _same(out: Sheet, like: Sheet) -> Sheet:
    out.paper = like.paper
    return out


# =========================================================================== application forms in table rows

class _RowForm:
    """An IND form printed blank from the website and filled in by pen (or typed in before printing): each part
    opened by a navy heading 'Deel 3  ...' over a thin navy rule, each question at the left with its answer on an
    underline at the right, the choices as round option circles, the V-number on an underlined field at the top
    right of every page beside the 'IND' wordmark in an outlined box, 'blad x van y' and the form code at the foot."""

    def __init__(self, c: Case, rng: random.Random, title: str, code: str):
        self.c, self.rng, self.title, self.code = c, rng, title, code
        self.hand = c.fill == "hand"
        self.ink = rng.choice([BLUE_INK, BLACK_INK])
        self.hf = rng.choice(["hand1", "hand3", "hand4"])
        self.sheets: list[Sheet] = []
        self.sec = 0
        self.page()

    def page(self) -> None:
        c = self.c
        sh = c.new_sheet()
        W = c.page_w
        sh.rect(18, 9, 18, 10, width_mm=0.5, color=NAVY)
        T(sh, 27, 10.8, "IND", font="serif4", size=13, bold=True, color=NAVY, align="center")
        T(sh, 40, 9.8, self.title, font="serif4", size=9.5, bold=True)
        T(sh, 40, 14.6, "Immigratie- en Naturalisatiedienst · Ministerie van Justitie en Veiligheid", font="serif4",
          size=7.2, color=GREY)
        T(sh, W - 66, 23, "V-nummer", font="serif4", size=8)
        sh.rule(W - 50, 27.5, W - 18, 27.5, width_mm=0.3)
        self.sheets.append(c.intr(sh))
        self._answer(W - 49, 23.2, c.vnr, sh, size=9.5)
        self.y = 34

    @property
    def sh(self) -> Sheet:
        return self.sheets[-1]

    def _answer(self, x: float, y: float, s: str, sh: Sheet | None = None, size: float = 9.8) -> None:
        sh = sh or self.sh
        if not s:
            return
        if self.hand:
            sh.handwriting(x, y - 1.2, hand_safe(s), self.rng, size_pt=size + 1, color=self.ink, font=self.hf)
        else:
            T(sh, x, y, s, font="mono", size=size - 0.6)

    def head(self, t: str) -> None:
        if self.y > self.c.page_h - 45:
            self.page()
        self.sec += 1
        self.y += 3
        T(self.sh, 18, self.y, f"Deel {self.sec}", font="serif4", size=10.5, bold=True, color=NAVY)
        T(self.sh, 40, self.y, t, font="serif4", size=10.5, bold=True, color=NAVY)
        self.sh.rule(18, self.y + 5.6, self.c.page_w - 18, self.y + 5.6, width_mm=0.35, color=NAVY)
        self.y += 9

    def q(self, question: str, answer: str) -> None:
        W = self.c.page_w
        qlines = self.sh.wrap(question, 62, font="serif4", size_pt=8.8)
        h = max(8.5, 3 + 3.9 * len(qlines))
        if self.y + h > self.c.page_h - 20:
            self.page()
        for k, ln in enumerate(qlines):
            T(self.sh, 18, self.y + 1.5 + k * 3.9, ln, font="serif4", size=8.8)
        self.sh.rule(84, self.y + 6.4, W - 18, self.y + 6.4, width_mm=0.15, color=(90, 90, 90))
        self._answer(85, self.y + 1.9, answer)
        self.y += h

    def choice(self, question: str, opts: list[str], chosen: set) -> None:
        W = self.c.page_w
        pos, x, yy = [], 85.0, 2.0
        for o in opts:
            ow = self.sh.text_width(o, font="serif4", size_pt=8.8)
            if x + 6 + ow > W - 20:
                x, yy = 85.0, yy + 6
            pos.append((x, yy, ow))
            x += 10 + ow
        qh = 3 + 3.9 * len(self.sh.wrap(question, 62, font="serif4", size_pt=8.8))
        h = max(8.5, yy + 6.0, qh)
        if self.y + h > self.c.page_h - 20:
            self.page()
        P(self.sh, 18, self.y + 1.5, 62, question, font="serif4", size=8.8)
        for k, (o, (x, dy, ow)) in enumerate(zip(opts, pos)):
            yy = self.y + dy
            T(self.sh, x - 0.3, yy - 1.0, "○", font="sans3", size=11)
            if k in chosen:
                if self.hand:
                    self.sh.handwriting(x - 0.2, yy - 1.5, "x", self.rng, size_pt=12, color=self.ink, font="hand1")
                else:
                    T(self.sh, x + 0.55, yy - 0.2, "●", font="sans3", size=7.5)
            T(self.sh, x + 5, yy - 0.1, o, font="serif4", size=8.8)
        self.y += h

    def person(self) -> None:
        c, p = self.c, self.c.p
        self.head("Persoonsgegevens van de aanvrager")
        self.q("Achternaam", p.surname)
        self.q("Voornamen (alle)", p.given_names)
        self.q("Geboortedatum (dd-mm-jjjj)", c.dfmt(p.birth_date))
        self.q("Geboorteplaats en geboorteland", f"{p.birth_place}, {country_nl(p)}")
        self.q("Nationaliteit", nat_nl(p))
        self.choice("Geslacht", ["man", "vrouw"], {0 if p.sex == "M" else 1})
        if p.address:
            self.q("Woonadres in Nederland (straat, huisnummer, postcode, plaats)",
                   f"{p.address.street} {p.address.number}, {p.address.postcode} {p.address.city}")
        if c.lawyer:
            self.head("Gemachtigde / advocaat")
            self.q("Naam en kantoor", f"{c.lawyer_name}, {c.lawyer['firm']}, {c.lawyer['city']}")

    def sign(self) -> None:
        c = self.c
        if self.y > c.page_h - 75:
            self.page()
        self.head("Verklaring en ondertekening")
        P(self.sh, 18, self.y, c.page_w - 36, "Ik verklaar dat ik dit formulier volledig en naar waarheid heb "
          "ingevuld. Ik weet dat de IND mijn gegevens kan controleren.", font="serif4", size=8.8)
        self.y += 10
        self.q("Plaats", c.p.address.city if c.p.address else "Utrecht")
        self.q("Datum", c.dfmt(c.sub - dt.timedelta(days=self.rng.randint(1, 6))))
        W = c.page_w
        self.sh.rect(84, self.y, W - 102, 26, width_mm=0.3)
        T(self.sh, 18, self.y + 1.5, "Handtekening aanvrager", font="serif4", size=8.8)
        self.sh.signature(88 + self.rng.uniform(0, 14), self.y + self.rng.uniform(4, 8), 46, 14, self.rng,
                          color=self.ink)
        self.y += 30

    def finish(self) -> list[Sheet]:
        n = len(self.sheets)
        for i, sh in enumerate(self.sheets, 1):
            T(sh, 18, self.c.page_h - 10, f"IND-formulier {self.code}", font="serif4", size=7, color=GREY)
            T(sh, self.c.page_w - 18, self.c.page_h - 10, f"blad {i} van {n}", font="serif4", size=7.5,
              align="right")
        return self.sheets


def form_med_rows(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _RowForm(c, rng, "Aanvraagformulier verblijfsvergunning regulier – medische behandeling", "M35-MB 2026/07")
    f.person()
    f.head("Uw behandeling in Nederland")
    f.q("Zorginstelling (naam en plaats)", f"{c.hospital.get('name', '')}, {c.hospital.get('city', '')}")
    f.q("Omschrijving van de behandeling", c.med.get("tx_short", ""))
    f.choice("Hebt u uitstel van vertrek gehad op grond van artikel 64 Vreemdelingenwet?", ["nee", "ja"],
             {1 if c.art64_end else 0})
    if c.art64_end:
        f.q("Einddatum van het uitstel van vertrek", c.dfmt(c.art64_end))
    else:
        f.choice("Wie betaalt de kosten van behandeling en verblijf?", ["ik", "garantsteller"], {1 if c.payer else 0})
    f.choice("Bent u in het bezit van een geldig paspoort?", ["ja", "nee – ik vraag vrijstelling"],
             {1 if c.no_passport else 0})
    f.choice("Bent u Surinamer en kwam u met een mvv voor medische behandeling?", ["nee", "ja"],
             {1 if c.suriname_visa else 0})
    f.sign()
    return f.finish()


def form_7027_rows(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _RowForm(c, rng, "Aanvraag verblijfsvergunning voortgezet verblijf (7027)", "7027 2026/07")
    f.person()
    f.head("Uw huidige of laatste verblijfsvergunning")
    keys = [k for k, _ in ROUTES_7027]
    f.choice("Verblijfsdoel van uw vergunning", [t for _, t in ROUTES_7027],
             {keys.index(c.route)} if c.route in keys else set())
    f.q("Datum van ingang van die vergunning", c.dfmt(c.since) if c.since else "")
    if c.route == "relationship":
        f.choice("Voldoet u aan de inburgeringsplicht?", ["ja, diploma", "ontheffing/vrijstelling", "nee"],
                 {0 if c.inburgering in ("diploma", "results", "failed") else 1 if c.inburgering == "exemption" else 2})
    f.sign()
    return f.finish()


def form_generic_rows(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _RowForm(c, rng, "Aanvraag verlenging verblijfsvergunning regulier bepaalde tijd", "M50-VR 2026/07")
    f.person()
    f.head("Uw aanvraag")
    f.q("Huidig verblijfsdoel", GENERIC_PURPOSES[seed_of("purpose", c.rng_seed) % len(GENERIC_PURPOSES)])
    f.q("Geldig tot", c.dfmt(c.sub + dt.timedelta(days=rng.randint(20, 80))))
    f.sign()
    return f.finish()


_reg("ind-form-med-deelkoppen-rondjes", "application", PART, "nl", form_med_rows,
     "medical treatment form printed blank and filled in, navy 'Deel' headings, answers on underlines, round "
     "options")
_reg("ind-form-7027-deelkoppen-rondjes", "application", PART, "nl", form_7027_rows,
     "form 7027 with navy 'Deel' headings, routes as round options")
_reg("ind-form-generic-deelkoppen-rondjes", "application", PART, "nl", form_generic_rows,
     "extension form with navy 'Deel' headings, underlined V-number field")


# =========================================================================== income

def payslip_horeca(c: Case, rng: random.Random, month: int = 11, **_) -> list[Sheet]:
    """A monthly payslip as a payroll bureau prints it on A4 for posting: the employee's name and address in the
    window-envelope position at the right, the employer and period in a block at the left, then a four-column table
    ('Omschrijving / Aantal / Tarief / Bedrag') with the gross, the deductions and the net in bold under a double
    rule, the year-to-date totals in a small table at the foot; the staple taken out before copying."""
    e, w = _emp(c, rng), earner(c)
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    sh = c.new_sheet()
    W = c.page_w
    f = "sans"
    T(sh, 18, 12, e["name"], font=f, size=11, bold=True)
    T(sh, 18, 17, f"{e.get('street', '')}, {e.get('pc', '')} {e.get('city', '')}", font=f, size=8.2, color=GREY)
    T(sh, 18, 26, f"Salarisspecificatie {MONTHS_NL[month]} 2026", font=f, size=10.5, bold=True)
    for j, (a, b) in enumerate([("Personeelsnr.", e["pnr"]), ("Functie", e["func_now"]),
                                ("CAO", e.get("cao", "")), ("Loonheffingennr.", e["lhn"])]):
        T(sh, 18, 33 + j * 4.6, a, font=f, size=8.2, color=GREY)
        T(sh, 48, 33 + j * 4.6, b, font=f, size=8.6)
    addr = w.address
    for j, ln in enumerate([f"{w.given_names} {w.surname}"] +
                           ([f"{addr.street} {addr.number}", f"{addr.postcode}  {addr.city.upper()}"] if addr else [])):
        T(sh, 118, 26 + j * 5, ln, font=f, size=10)
    y = 62
    cols = (("Omschrijving", 18, "left"), ("Aantal", 112, "right"), ("Tarief", 140, "right"), ("Bedrag", W - 18,
                                                                                              "right"))
    sh.rect(18, y - 1.5, W - 36, 7, width_mm=0, fill=(228, 228, 228))
    for t, x, al in cols:
        T(sh, x + (1.5 if al == "left" else -1.5), y, t, font=f, size=8.8, bold=True, align=al)
    y += 8
    hrs = rng.choice([152.0, 160.0, 168.0])
    rows = [("Salaris", f"{hrs:.2f}".replace(".", ","), eur(round(e["bruto"] / hrs, 4), False), k["bruto"]),
            ("Pensioenpremie werknemer", "", f"{k['pct'] * 100:.2f}%".replace(".", ","), -k["pens"]),
            ("Loonheffing (tabel wit, mnd)", "", "", -k["lh"]),
            ("Reiskostenvergoeding", "", "", k["reis"])]
    for d_, a_, t_, amt in rows:
        T(sh, 19.5, y, d_, font=f, size=9)
        T(sh, 110.5, y, a_, font=f, size=9, align="right")
        T(sh, 138.5, y, t_, font=f, size=9, align="right")
        T(sh, W - 19.5, y, ("-" if amt < 0 else "") + eur(abs(amt), False), font=f, size=9, align="right")
        y += 5.5
    sh.rule(W - 60, y + 1, W - 18, y + 1, width_mm=0.2)
    sh.rule(W - 60, y + 2, W - 18, y + 2, width_mm=0.2)
    T(sh, 19.5, y + 4, "Netto uit te betalen", font=f, size=9.5, bold=True)
    T(sh, W - 19.5, y + 4, eur(k["net"], False), font=f, size=9.5, bold=True, align="right")
    T(sh, 19.5, y + 11, f"Betaald op {d_nl(c.sub - dt.timedelta(days=rng.randint(3, 9)), 'dashes_zero')} aan "
                        f"{e['iban']}", font=f, size=8.2, color=GREY)
    y += 24
    T(sh, 18, y, "Cumulatieven 2026", font=f, size=8.5, bold=True)
    for j, (a, b) in enumerate([("Loon voor de loonheffing", eur(round(k["base"] * month, 2), False)),
                                ("Ingehouden loonheffing", eur(round(k["lh"] * month, 2), False)),
                                ("Gewerkte uren", f"{hrs * month:.0f}")]):
        T(sh, 18, y + 5 + j * 4.6, a, font=f, size=8.2, color=GREY)
        T(sh, 100, y + 5 + j * 4.6, b, font=f, size=8.2, align="right")
    staple_holes(sh, "tl", 15)
    return [sh]


def guarantor_legalised(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The IND's guarantee form ('garantverklaring') filled in on screen and printed: numbered questions with the
    answers in grey fields, the guarantor's signature, and in the lower third a copy of the front of the guarantor's
    Dutch identity card as the form asks; the sheet had been folded in four for the post."""
    g = c.payer or c.p
    e = _emp(c, random.Random(c.rng_seed))
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    sh = c.new_sheet()
    W = c.page_w
    f = "sans4"
    city = g.address.city if g.address else "Den Haag"
    T(sh, 18, 12, "Garantverklaring", font=f, size=14, bold=True, color=NAVY)
    T(sh, 18, 19, "Verblijf in Nederland – de garantsteller staat in voor de kosten", font=f, size=8.5, color=GREY)
    rows = [("1  Naam garantsteller", f"{g.given_names} {g.surname}"),
            ("2  Geboortedatum", d_nl(g.birth_date, "dashes_zero")),
            ("3  Adres", f"{g.address.street} {g.address.number}, {g.address.postcode} {city}" if g.address else city),
            ("4  Relatie tot de vreemdeling", c.payer_relation or "familielid"),
            ("5  Naam vreemdeling", f"{c.p.given_names} {c.p.surname}"),
            ("6  Geboortedatum vreemdeling", d_nl(c.p.birth_date, "dashes_zero")),
            ("7  Werkgever garantsteller", f"{e['name']}"),
            ("8  Bruto inkomen per maand", eur(k["bruto"]))]
    y = 28
    for a, b in rows:
        T(sh, 18, y + 1, a, font=f, size=8.8)
        sh.rect(88, y, W - 106, 6.5, width_mm=0, fill=(232, 232, 232))
        T(sh, 90, y + 1.2, b, font="sans2", size=9.5)
        y += 8
    y = P(sh, 18, y + 3, W - 36, "Ik verklaar dat ik garant sta voor de kosten van levensonderhoud, huisvesting en "
          "medische behandeling van de vreemdeling tijdens het verblijf in Nederland, en dat ik weet dat de overheid "
          "deze kosten op mij kan verhalen.", font=f, size=9.5, leading=1.45) + 4
    T(sh, 18, y, f"Plaats en datum: {city}, {d_nl(c.sub - dt.timedelta(days=rng.randint(12, 40)), 'dashes_zero')}",
      font=f, size=9.5)
    T(sh, 18, y + 7, "Handtekening garantsteller", font=f, size=8.8)
    sh.signature(70, y + 5, 44, 14, rng, color=BLUE_INK)
    card = Sheet(85.6, 54)
    card.rect(0, 0, 85.6, 54, width_mm=0, fill=(236, 232, 246))
    card.text(3, 2, "KONINKRIJK DER NEDERLANDEN · IDENTITEITSKAART", font="sans4", size_pt=4.4, bold=True)
    card.photo(3, 8, 20, 26, random.Random(seed_of("gcard", c.rng_seed)))
    for j, (a, b) in enumerate([("Naam", g.surname.upper()), ("Voornamen", g.given_names.upper()),
                                ("Geboortedatum", d_nl(g.birth_date, "dashes_zero")), ("Nationaliteit", "Nederlandse")]):
        card.text(26, 8 + j * 7, a, font="sans4", size_pt=3.4, color=(90, 90, 110))
        card.text(26, 10.2 + j * 7, b, font="sans4", size_pt=5, bold=True)
    sh.image(18, y + 26, 85.6, 54, card.render(250).convert("L").convert("RGB"))
    T(sh, 110, y + 30, "kopie identiteitsbewijs garantsteller", font=f, size=8, color=GREY)
    return [_same(fold_creases(sh, rng), sh)]


def jaaropgaaf(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The Belastingdienst's income statement ('Inkomensverklaring', IB 60) as printed from Mijn Belastingdienst:
    the letterhead at the top left, the addressee block, the three last years' aggregate incomes in a table, the
    standard paragraph on how the statement is used; 'Dit document is digitaal verstrekt'."""
    w = earner(c)
    e = _emp(c, rng)
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    sh = c.new_sheet()
    W = c.page_w
    f = "sans6"
    T(sh, 18, 12, "Belastingdienst", font=f, size=15, bold=True, color=NAVY)
    T(sh, 18, 40, f"{w.given_names} {w.surname}", font=f, size=10)
    if w.address:
        T(sh, 18, 45, f"{w.address.street} {w.address.number}", font=f, size=10)
        T(sh, 18, 50, f"{w.address.postcode} {w.address.city}", font=f, size=10)
    T(sh, W - 18, 40, f"Datum {d_nl(c.sub - dt.timedelta(days=rng.randint(6, 30)))}", font=f, size=9, align="right")
    T(sh, W - 18, 45, f"BSN {e['bsn']}", font=f, size=9, align="right")
    T(sh, 18, 64, "Inkomensverklaring (IB 60)", font=f, size=13, bold=True)
    P(sh, 18, 72, W - 36, "In deze verklaring staat uw verzamelinkomen over de laatste jaren waarvan de aanslag "
      "inkomstenbelasting definitief is vastgesteld, of uw inkomen volgens de gegevens van uw werkgever.",
      font=f, size=9.8, leading=1.45)
    y = 90
    for j, (a, b, cc) in enumerate([("Jaar", "Verzamelinkomen", "Bron")] +
                                   [(str(yr), eur(round(k["bruto"] * 12.96 * (1 - 0.03 * (2025 - yr)), 0)),
                                     "aangifte" if yr < 2025 else "loongegevens") for yr in (2023, 2024, 2025)]):
        for x, wd, t in ((18, 30, a), (48, 70, b), (118, 60, cc)):
            sh.rect(x, y, wd, 7.5, width_mm=0.2, fill=(226, 232, 242) if j == 0 else None)
            T(sh, x + 2, y + 1.8, t, font=f, size=9.3, bold=j == 0)
        y += 7.5
    T(sh, 18, c.page_h - 18, "Dit document is digitaal verstrekt en daarom niet ondertekend.", font=f, size=8,
      color=GREY)
    return [sh]


def bank_saldo_app(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A bank's signed statement ('bankverklaring') for the account holder: the branch's letterhead, a paragraph
    confirming that the salary of the employer has been credited monthly with the last three amounts in a small
    table, signed by the branch's account manager with the bank's stamp."""
    w = earner(c)
    e = _emp(c, rng)
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    bank = dict(c.bank) if c.bank else {"name": "Noorderbank N.V."}
    g, s, _ = make_professional(random.Random(seed_of("bankv", c.rng_seed)), "NL")
    sh = c.new_sheet()
    W = c.page_w
    f = "serif2"
    T(sh, W - 18, 12, bank["name"], font=f, size=13, bold=True, align="right")
    T(sh, W - 18, 18, f"Kantoor {e.get('city', 'Rotterdam')} · Particulieren", font=f, size=8.5, color=GREY,
      align="right")
    T(sh, 18, 40, "BANKVERKLARING", font=f, size=13, bold=True)
    y = P(sh, 18, 50, W - 36, f"Hierbij verklaren wij dat {w.given_names} {w.surname}, geboren op "
          f"{d_nl(w.birth_date)}, houder is van rekening {e['iban']} en dat op deze rekening maandelijks het salaris "
          f"van {e['name']} wordt bijgeschreven. De laatste drie bijschrijvingen waren:", font=f, size=10.5,
          leading=1.5) + 4
    for m in (8, 9, 10):
        T(sh, 24, y, f"{rng.randint(22, 26):02d}-{m:02d}-2026", font=f, size=10)
        T(sh, 60, y, f"salaris {MONTHS_NL[m]}", font=f, size=10)
        T(sh, 150, y, eur(k["net"]), font=f, size=10, align="right")
        y += 6
    y = P(sh, 18, y + 6, W - 36, "Deze verklaring is afgegeven op verzoek van de rekeninghouder en zonder enige "
          "verplichting voor de bank.", font=f, size=10, leading=1.5) + 8
    T(sh, 18, y, f"{e.get('city', 'Rotterdam')}, {d_nl(c.sub - dt.timedelta(days=rng.randint(4, 20)))}", font=f,
      size=10)
    sh.signature(18, y + 5, 42, 13, rng, color=BLUE_INK)
    T(sh, 18, y + 20, f"{g} {s}, accountmanager", font=f, size=10)
    sh.stamp(90, y + 3, [bank["name"].upper()[:24], "KANTOOR " + e.get("city", "").upper()[:14]], rng, shape="rect",
             size_mm=36, color=(30, 60, 140))
    return [sh]


MONTHS_NL = ['', 'januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober',
             'november', 'december']

_reg("payslip-nl-salarisspecificatie-vensterenvelop", "income-proof", PART, "nl", payslip_horeca,
     "payroll bureau's monthly payslip with the address in the window position, four-column table, cumulative "
     "totals, staple holes")
_reg("guarantor-garantverklaring-kopie-id-plooien", "income-proof", PART, "nl", guarantor_legalised,
     "guarantee form printed with grey answer fields and a copy of the guarantor's identity card, folded in four")
_reg("ib60-inkomensverklaring-belastingdienst", "income-proof", PART, "nl", jaaropgaaf,
     "Belastingdienst income statement (IB 60) with three years' aggregate income in a table")
_reg("bank-verklaring-salaris-ondertekend", "income-proof", PART, "nl", bank_saldo_app,
     "bank's signed statement of the monthly salary credits with a table of the last three")


# =========================================================================== medical statements

def medstat_poli_letter(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A university hospital outpatient clinic's letter to the GP ('Geachte collega') that the patient gave to the
    lawyer: the hospital's name with the department under it, the examination date and the patient's hospital
    number in a small grid, 'Conclusie' and 'Beleid' as run-in heads, the specialist's typed name with 'e.a.'
    (electronically authorised, no signature); the lawyer's office's ONTVANGEN stamp on the copy."""
    m, h = c.med, c.hospital
    g, s, _ = make_professional(random.Random(seed_of("poli", c.rng_seed)), "NL")
    sh = c.new_sheet()
    W = c.page_w
    f = "sans4"
    T(sh, 18, 12, h["name"], font=f, size=12.5, bold=True, color=h.get("color", (0, 0, 0)))
    T(sh, 18, 18.5, f"Polikliniek {m['spec']} · {h['street']} · {h['pc']} {h['city']}", font=f, size=8.5, color=GREY)
    for j, (a, b) in enumerate((("Patiëntnummer", f"{seed_of('pnr', c.rng_seed) % 10 ** 7:07d}"),
                                ("Datum onderzoek", d_nl(c.sub - dt.timedelta(days=rng.randint(45, 90)), "dashes_zero")))):
        T(sh, W - 80, 24 + j * 4.5, a, font=f, size=7.8, color=GREY)
        T(sh, W - 48, 24 + j * 4.5, b, font=f, size=8.2)
    T(sh, 18, 34, "Aan de huisarts", font=f, size=10)
    T(sh, W - 18, 34, d_nl(c.sub - dt.timedelta(days=rng.randint(6, 40))), font=f, size=10, align="right")
    T(sh, 18, 44, f"Betreft: {c.p.given_names} {c.p.surname}, geb. {d_nl(c.p.birth_date, 'dashes_zero')}", font=f,
      size=10, bold=True)
    y = P(sh, 18, 54, W - 36, "Geachte collega,", font=f, size=10.5) + 3
    for head, txt in (("Conclusie", m["dx"] + "."), ("Beleid", m["tx"] + ". " +
                                                      duration_phrase(c.duration, _treat_start(c), "nl")),
                      ("Prognose", m["stop"]), ("Land van herkomst", _not_available(c, "nl"))):
        y = P(sh, 18, y, W - 36, f"{head}: {txt}", font=f, size=10.5, leading=1.45) + 3
    T(sh, 18, y + 4, "Met collegiale groet,", font=f, size=10.5)
    T(sh, 18, y + 11, f"{g} {s}, {m['doc_title']} (e.a.)", font=f, size=10.5)
    return [_same(received_stamp(sh, rng, lang="nl", at=(W - 75, 215)), sh)]


def medstat_gp_dogear(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A GP's 'verklaring' typed on the practice's letterhead (the practice's name in small capitals between two
    rules, the GPs' names listed at the right), signed and stamped; the staple taken out before copying."""
    m = c.med
    gp = c.gp or {"name": "Huisartsenpraktijk De Linde", "city": "Utrecht", "tel": "030"}
    g, s, _ = make_professional(random.Random(seed_of("gpdog", c.rng_seed)), "NL")
    sh = c.new_sheet()
    W = c.page_w
    f = "serif5"
    sh.rule(18, 9, W - 18, 9, width_mm=0.3)
    T(sh, 18, 11, gp.get("name", "Huisartsenpraktijk").upper(), font=f, size=11)
    sh.rule(18, 17, W - 18, 17, width_mm=0.3)
    T(sh, W - 18, 19.5, f"{g} {s}, huisarts", font=f, size=8, color=GREY, align="right")
    T(sh, W - 18, 23.5, f"{gp.get('city', '')} · {gp.get('tel', '')}", font=f, size=8, color=GREY, align="right")
    T(sh, 18, 36, "Verklaring van de huisarts", font=f, size=13, bold=True)
    T(sh, 18, 44, f"Patiënt: {c.p.given_names} {c.p.surname}, geboren {d_nl(c.p.birth_date, 'dashes_zero')}",
      font=f, size=10.5)
    y = 54
    for para in (f"Ondergetekende verklaart dat bovengenoemde patiënt bekend is met {m['dx']}.",
                 f"De patiënt wordt behandeld met/voor: {m['tx']}.", duration_phrase(c.duration, _treat_start(c), "nl"),
                 m["stop"], _not_available(c, "nl")):
        y = P(sh, 18, y, W - 36, para, font=f, size=10.5, leading=1.45) + 3
    T(sh, 18, y + 4, f"{gp.get('city', '')}, {d_nl(c.sub - dt.timedelta(days=rng.randint(5, 30)))}", font=f,
      size=10.5)
    sh.signature(18, y + 9, 42, 14, rng, color=BLUE_INK)
    sh.stamp(80, y + 6, [gp.get("name", "HUISARTS").upper()[:26], f"{g[0]}. {s}".upper()], rng, shape="rect",
             size_mm=34, color=STAMP_VIOLET)
    staple_holes(sh, "tl", 15)
    return [sh]


def medstat_abroad_fr_cast(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An English medical report of the hospital in the country of origin that treated the patient before, on its
    letterhead with a round stamp; scanned in black-and-white photo mode (dithered greys)."""
    m = c.med
    g, s, _ = make_professional(random.Random(seed_of("abroad8", c.rng_seed)), "NL")
    clinic = {"MAR": "CHU Mohammed VI, Oujda", "COD": "Cliniques Universitaires de Kinshasa",
              "RUS": "City Clinical Hospital No. 52, Moscow", "TUR": "Hacettepe University Hospital, Ankara",
              "AFG": "Jamhuriat Hospital, Kabul", "SYR": "Damascus Hospital (Al Mujtahid), Damascus",
              "SUR": "Academisch Ziekenhuis Paramaribo", "IRQ": "Baghdad Teaching Hospital, Medical City"}.get(
        c.p.nationality, "Aga Khan University Hospital, Nairobi")
    sh = c.new_sheet()
    W = c.page_w
    f = "serif6"
    T(sh, W / 2, 12, clinic, font=f, size=12, bold=True, align="center")
    T(sh, W / 2, 18, f"Department of {m['spec_en']}", font=f, size=9, color=GREY, align="center")
    sh.rule(18, 23, W - 18, 23, width_mm=0.4)
    T(sh, 18, 32, "MEDICAL REPORT", font=f, size=12, bold=True)
    T(sh, W - 18, 32, d_en(c.sub - dt.timedelta(days=rng.randint(20, 60))), font=f, size=10, align="right")
    y = 42
    for para in (f"Patient: {c.p.given_names} {c.p.surname}, date of birth {d_en(c.p.birth_date)}.",
                 f"Diagnosis: {m['dx_en']}.", f"Treatment: {m['tx_en']}; started {d_en(_treat_start(c))}.",
                 duration_phrase(c.duration, _treat_start(c), "en"), m["stop_en"], _not_available(c, "en")):
        y = P(sh, 18, y, W - 36, para, font=f, size=10.3, leading=1.45) + 3
    sh.signature(18, y + 4, 42, 14, rng, color=BLUE_INK)
    sh.stamp(75, y + 2, [clinic.split(",")[0].upper()[:28], m["spec_en"].upper()[:24]], rng, size_mm=28,
             color=(30, 60, 140))
    T(sh, 18, y + 22, f"Dr {g} {s}, {m['doc_en']}", font=f, size=10)
    return [_same(halftone_scan(sh, rng), sh)]


_reg("medstat-umc-polibrief-ontvangststempel", "medical-statement", PART, "nl", medstat_poli_letter,
     "university hospital clinic's letter to the GP, patient number and examination date grid, e.a., ONTVANGEN stamp")
_reg("medstat-huisarts-verklaring-kapitalen-nietgaatjes", "medical-statement", PART, "nl", medstat_gp_dogear,
     "GP's typed statement, practice name in capitals between rules, stamp, staple holes")
_reg("medstat-ziekenhuis-herkomstland-en-dithering", "medical-statement", PART, "en", medstat_abroad_fr_cast,
     "English medical report of a hospital in the country of origin, dithered black-and-white scan")


# =========================================================================== care institution

def care_email_print(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A treatment centre's letter confirming the treatment ('Bevestiging behandeling'), centred letterhead with the
    centre's name and a thin rule, the reference and date in a right-hand column, the body in three short
    paragraphs, signed by the treating physician and the head of the care administration side by side; the staple
    taken out before copying."""
    h, m = c.hospital, c.med
    start, end = _care_dates(c)
    g, s_, _ = make_professional(random.Random(seed_of("caremail", c.rng_seed)), "NL")
    g2, s2, _ = make_professional(random.Random(seed_of("caremail2", c.rng_seed)), "NL")
    sh = c.new_sheet()
    W = c.page_w
    f = "serif2"
    T(sh, W / 2, 12, h["name"], font=f, size=13, bold=True, align="center")
    T(sh, W / 2, 18.5, f"{h['street']} · {h['pc']} {h['city']}", font=f, size=8.5, color=GREY, align="center")
    sh.rule(60, 23, W - 60, 23, width_mm=0.2)
    for j_, (a, b) in enumerate((("Ons kenmerk", f"ZA/{seed_of('zak', c.rng_seed) % 10 ** 5:05d}"),
                                 ("Datum", d_nl(c.sub - dt.timedelta(days=rng.randint(8, 40)))))):
        T(sh, W - 70, 32 + j_ * 5, a, font=f, size=8.5, color=GREY)
        T(sh, W - 45, 32 + j_ * 5, b, font=f, size=9)
    T(sh, 18, 48, "Betreft: bevestiging behandeling", font=f, size=10.5, bold=True)
    y = P(sh, 18, 58, W - 36, "Geachte heer, mevrouw,", font=f, size=10.5) + 3
    for para in (f"Hierbij bevestigen wij dat {c.p.given_names} {c.p.surname}, geboren op "
                 f"{d_nl(c.p.birth_date, 'dashes_zero')}, in ons centrum wordt behandeld voor {m['tx']}.",
                 f"Ons centrum is bereid en in staat deze behandeling te geven van {d_nl(start)} tot ten minste "
                 f"{d_nl(end)}.", f"De kosten van de behandeling worden geraamd op {eur(m['cost'])} per jaar."):
        y = P(sh, 18, y, W - 36, para, font=f, size=10.5, leading=1.5) + 3
    T(sh, 18, y + 4, "Met vriendelijke groet,", font=f, size=10.5)
    sh.signature(18, y + 9, 40, 13, rng, color=BLUE_INK)
    sh.signature(110, y + 9, 40, 13, rng, color=BLACK_INK)
    T(sh, 18, y + 24, f"{g} {s_}, behandelend arts", font=f, size=9.5)
    T(sh, 110, y + 24, f"{g2} {s2}, hoofd zorgadministratie", font=f, size=9.5)
    staple_holes(sh, "tl", 15)
    return [sh]


def care_letter_gutter(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A rehabilitation centre's 'verklaring zorginstelling' on its own form: the questions in a narrow grey column at
    the left and the typed answers at the right, the treatment period in two boxes, signed by the physician in
    charge; the sheet had been folded in four for the post."""
    h, m = c.hospital, c.med
    start, end = _care_dates(c)
    sh = c.new_sheet()
    W = c.page_w
    f = "sans6"
    T(sh, 18, 12, f"Revalidatiecentrum {h['short']}", font=f, size=12.5, bold=True)
    T(sh, 18, 18, f"{h['street']}, {h['pc']} {h['city']}", font=f, size=8.5, color=GREY)
    T(sh, 18, 32, "Verklaring zorginstelling", font=f, size=13, bold=True)
    y = 42
    for a, b in (("Naam patiënt", f"{c.p.given_names} {c.p.surname}"), ("Geboortedatum", d_nl(c.p.birth_date)),
                 ("Behandeling", m["tx"]),
                 ("Bereid en in staat?", "Ja, de instelling is bereid en in staat de behandeling te geven."),
                 ("Kostenraming", f"{eur(m['cost'])} per jaar")):
        rows_ = sh.wrap(b, W - 100, font=f, size_pt=10)
        hh = max(8.0, 2.5 + 4.6 * len(rows_))
        sh.rect(18, y, 58, hh, width_mm=0.2, fill=(234, 234, 234))
        sh.rect(76, y, W - 94, hh, width_mm=0.2)
        T(sh, 20, y + 1.8, a, font=f, size=9)
        P(sh, 78, y + 1.6, W - 100, b, font=f, size=10)
        y += hh
    y += 6
    for j_, (a, b) in enumerate((("Begindatum", d_nl(start, "dashes_zero")), ("Voorlopig tot", d_nl(end, "dashes_zero")))):
        T(sh, 18 + j_ * 70, y, a, font=f, size=9, color=GREY)
        sh.rect(18 + j_ * 70, y + 4.5, 50, 8, width_mm=0.3)
        T(sh, 20 + j_ * 70, y + 6.2, b, font=f, size=10.5)
    y += 22
    T(sh, 22, y, f"{h['city']}, {d_nl(c.sub - dt.timedelta(days=rng.randint(8, 40)))}", font=f, size=10.5)
    sh.signature(22, y + 5, 42, 13, rng)
    T(sh, 22, y + 20, "regiebehandelaar / zorgmanager", font=f, size=10)
    sh.stamp(90, y + 3, [h["short"].upper()[:22], "ZORGADMINISTRATIE"], rng, size_mm=26, color=STAMP_VIOLET)
    return [_same(fold_creases(sh, rng), sh)]


def care_dialysis_form(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A hospital international office's bilingual statement (Dutch with the English in italics under each line):
    the patient's data, three statements each followed by 'JA / YES' in bold, the treatment dates, the office
    manager's signature; the lawyer's red exhibit stamp on the copy."""
    h, m = c.hospital, c.med
    start, end = _care_dates(c)
    sh = c.new_sheet()
    W = c.page_w
    f = "sans6"
    T(sh, 18, 12, h["name"], font=f, size=11.5, bold=True)
    T(sh, 18, 22, "VERKLARING BEHANDELING / TREATMENT STATEMENT", font=f, size=13, bold=True)
    T(sh, 18, 30, f"Patiënt: {c.p.given_names} {c.p.surname} · geboren {d_nl(c.p.birth_date, 'dashes_zero')}",
      font=f, size=10)
    T(sh, 18, 36, f"Behandeling: {m['tx']}", font=f, size=10)
    y = 46
    for txt, en in (("De patiënt is geaccepteerd voor behandeling.", "The patient has been accepted for treatment."),
                    ("De instelling is bereid de behandeling te geven.", "The hospital is willing to provide it."),
                    ("De instelling is in staat de behandeling te geven.", "The hospital is able to provide it.")):
        T(sh, 18, y, txt, font=f, size=10)
        sh.text(18, y + 4.6, en, font=f, size_pt=8.8, italic=True, color=GREY)
        T(sh, W - 18, y + 1, "JA / YES", font=f, size=10, bold=True, align="right")
        y += 11
    y += 6
    for a, b in (("Start behandeling", d_nl(start, "dashes_zero")), ("Voorlopig tot ten minste", d_nl(end, "dashes_zero")),
                 ("Kostenraming per jaar", eur(m["cost"]))):
        T(sh, 18, y, a, font=f, size=9.5, color=GREY)
        sh.rect(80, y - 1.5, 60, 7, width_mm=0.2)
        T(sh, 82, y, b, font=f, size=10)
        y += 9
    T(sh, 18, y + 6, f"Datum: {d_nl(c.sub - dt.timedelta(days=rng.randint(8, 40)), 'dashes_zero')}", font=f, size=10)
    sh.signature(18, y + 11, 42, 13, rng, color=BLUE_INK)
    T(sh, 18, y + 26, "medisch manager", font=f, size=9.5)
    exhibit_stamp(sh, 150, y + 10, ["stuk"], rng, w=30)
    return [sh]


_reg("care-bevestiging-brief-behandelcentrum-nietje", "care-institution-statement", PART, "nl", care_email_print,
     "treatment centre's confirmation letter, centred letterhead, two signatures side by side, staple holes")
_reg("care-verklaring-revalidatie-formulier-plooien", "care-institution-statement", PART, "nl", care_letter_gutter,
     "rehabilitation centre's statement form, grey question column, period in boxes, folded in four")
_reg("care-verklaring-internationaal-bureau-tweetalig", "care-institution-statement", PART, "nl", care_dialysis_form,
     "hospital international office's bilingual Dutch/English statement, 'JA / YES' answers, exhibit stamp")


# =========================================================================== health insurance

def polisblad_two_col(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A Dutch insurer's policy page printed from the browser ('Mijn zorgverzekering'): the browser's print line at the
    top and the URL at the foot, the insurer's name in a coloured bar, the insured person's cover as labelled
    blocks with rounded-looking grey backgrounds, the premium summary under it."""
    ins = c.insurer_nl
    sh = c.new_sheet()
    W = c.page_w
    f = "sans2"
    T(sh, 8, 5, f"{d_nl(c.sub - dt.timedelta(days=rng.randint(2, 20)), 'dashes_zero')} {rng.randint(8, 20):02d}:"
                f"{rng.randint(0, 59):02d}", font=f, size=7, color=GREY)
    T(sh, W / 2, 5, "Mijn zorgverzekering – polis", font=f, size=7, color=GREY, align="center")
    sh.rect(18, 12, W - 36, 12, width_mm=0, fill=ins.get("color", (0, 90, 150)))
    T(sh, 22, 15, ins["name"], font=f, size=13, bold=True, color=(255, 255, 255))
    T(sh, 18, 32, f"Uw polis {c.sub.year}", font=f, size=14, bold=True)
    T(sh, 18, 39, f"Polisnummer {_policy_no(c)}", font=f, size=10)
    y = 48
    for a, b in (("Verzekerde", f"{c.p.given_names} {c.p.surname}"), ("Geboortedatum", d_nl(c.p.birth_date, "dashes_zero")),
                 ("Basisverzekering", "Zorg Vrij (restitutie)"), ("Aanvullende verzekering",
                                                                  rng.choice(["geen", "Aanvullend 1 ster"]))):
        sh.rect(18, y, W - 36, 11, width_mm=0, fill=(242, 242, 246))
        T(sh, 22, y + 1.5, a, font=f, size=8, color=GREY)
        T(sh, 22, y + 5.5, b, font=f, size=10.5, bold=True)
        y += 13
    y += 4
    for a, b in (("Verplicht eigen risico", "€ 385"), ("Premie per maand", eur(rng.randint(142, 176) + 0.5)),
                 ("Betaalwijze", "automatische incasso")):
        T(sh, 18, y, a, font=f, size=9.5, color=GREY)
        T(sh, 90, y, b, font=f, size=10)
        y += 6.5
    T(sh, 8, c.page_h - 6, f"https://mijn.{ins.get('short', 'verzekeraar').lower().replace(' ', '')}.nl/polis/overzicht",
      font=f, size=7, color=GREY)
    T(sh, W - 8, c.page_h - 6, "1/1", font=f, size=7, color=GREY, align="right")
    return [sh]


def incoming_card_copy(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An incoming insurer's carrier letter with the insurance card still attached at the bottom (the card's outline
    perforated), copied on A4 as received; the letter's reference line at the top right."""
    name = _ins(c)
    start = c.sub - dt.timedelta(days=rng.randint(30, 200))
    end = add_years(start, 1)
    sh = c.new_sheet()
    W = c.page_w
    f = "sans5"
    T(sh, 18, 14, name, font=f, size=12.5, bold=True)
    T(sh, W - 18, 14, f"Relatienummer {seed_of('rel', c.rng_seed) % 10 ** 8:08d}", font=f, size=8.5, align="right",
      color=GREY)
    P(sh, 18, 24, W - 36, f"Geachte {c.p.given_names} {c.p.surname}, hieronder vindt u uw verzekeringspas. De "
      f"verzekering dekt medisch noodzakelijke zorg in Nederland, ook voor bestaande aandoeningen, van "
      f"{d_nl(start, 'dashes_zero')} tot en met {d_nl(end, 'dashes_zero')}.", font=f, size=10, leading=1.45)
    card = Sheet(85.6, 54)
    card.rect(0, 0, 85.6, 54, width_mm=0, fill=(220, 236, 250))
    card.text(4, 3, name[:32], font=f, size_pt=7, bold=True)
    for k, (a, b) in enumerate((("Naam", f"{c.p.surname.upper()}, {c.p.given_names}"),
                                ("Geboren", d_nl(c.p.birth_date, "dashes_zero")), ("Polis", _policy_no(c, "INC-")),
                                ("Geldig t/m", d_nl(end, "dashes_zero")))):
        card.text(4, 12 + k * 8, a, font=f, size_pt=5.2, color=(90, 90, 90))
        card.text(4, 14.5 + k * 8, b, font=f, size_pt=7.2, bold=True)
    T(sh, 18, 60, "Alarmcentrale 24/7: +31 20 000 00 00", font=f, size=9.5)
    sh.image(62, 190, 85.6, 54, card.render(300))
    sh.rect(61, 189, 87.6, 56, width_mm=0.25, color=(120, 120, 120))
    T(sh, 62, 250, "Hier losmaken", font=f, size=7.5, color=GREY)
    return [sh]


def intl_brazil_letter(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A Mexican international health insurer's 'Constancia de cobertura / Certificate of coverage' in Spanish and
    English on Letter paper ('carta') as printed from its portal, the data in a two-column table, the customer
    service line at the foot."""
    ins = c.insurer_intl or {}
    name = _ins(c)
    sh = c.new_sheet()
    W = c.page_w
    f = "serif"
    T(sh, 18, 12, name, font=f, size=12.5, bold=True, color=ins.get("color", (120, 30, 40)))
    T(sh, 18, 18.5, ins.get("addr", "Paseo de la Reforma 505, Ciudad de México"), font=f, size=8.5, color=GREY)
    T(sh, 18, 34, "CONSTANCIA DE COBERTURA / CERTIFICATE OF COVERAGE", font=f, size=12, bold=True)
    for k, (a, b) in enumerate([("Asegurado / Insured", f"{c.p.given_names} {c.p.surname}"),
                                ("Fecha de nacimiento / Date of birth", d_en(c.p.birth_date)),
                                ("Póliza / Policy no.", _policy_no(c, "MX-")),
                                ("Plan", ins.get("plan", "Gastos Médicos Mayores Internacional")),
                                ("Cobertura territorial / Territory", "Mundial / Worldwide, incl. the Netherlands")]):
        sh.rect(18, 44 + k * 8, 75, 8, width_mm=0.2, fill=(240, 236, 236))
        sh.rect(93, 44 + k * 8, W - 111, 8, width_mm=0.2)
        T(sh, 20, 45.8 + k * 8, a, font=f, size=9)
        T(sh, 95, 45.8 + k * 8, b, font=f, size=9.8)
    P(sh, 18, 92, W - 36, "La póliza cubre hospitalización, consultas con especialistas y medicamentos, incluidas las "
      "enfermedades preexistentes declaradas. / The policy covers hospital admission, specialist consultations and "
      "medication, including declared pre-existing conditions, for twelve months.", font=f, size=9.8)
    T(sh, 18, c.page_h - 18, "Atención a clientes / Customer service: 800 000 0000", font=f, size=9)
    return [sh]


_reg("polisblad-nl-zorgverzekeraar-portaal-print", "health-insurance", PART, "nl", polisblad_two_col,
     "Dutch insurer's policy page printed from the browser, labelled grey blocks, print line and URL")
_reg("incoming-polis-draagbrief-met-pas", "health-insurance", PART, "nl", incoming_card_copy,
     "incoming insurer's carrier letter with the perforated card still attached at the foot")
_reg("intl-constancia-mexico-carta", "health-insurance", PART, "en", intl_brazil_letter,
     "Mexican international insurer's Spanish/English certificate of coverage on Letter paper, two-column table")


# =========================================================================== civic integration

def duo_diploma_landscape_streak(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """DUO's diploma (portrait) with a red-white-blue band across the top, the title in a geometric sans, the
    holder's name on its own line in bold, the diploma's number at the foot; the staple taken out before copying."""
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    d = _inb_date(c, rng)
    for k, col in enumerate([(174, 28, 40), (255, 255, 255), (33, 70, 139)]):
        sh.rect(0, 14 + k * 4, W, 4, width_mm=0, fill=col)
    T(sh, W / 2, 50, "DIPLOMA", font="sans5", size=26, bold=True, align="center")
    T(sh, W / 2, 62, "inburgering", font="sans5", size=16, align="center")
    T(sh, W / 2, 86, "De minister van Sociale Zaken en Werkgelegenheid verklaart dat", font="sans5", size=11,
      align="center")
    T(sh, W / 2, 96, f"{c.p.given_names} {c.p.surname}", font="sans5", size=15, bold=True, align="center")
    T(sh, W / 2, 106, f"geboren op {d_nl(c.p.birth_date)}", font="sans5", size=11, align="center")
    P(sh, 40, 116, W - 80, "met goed gevolg het inburgeringsexamen heeft afgelegd en daarmee voldoet aan de "
      "inburgeringsplicht.", font="sans5", size=11, leading=1.5, align="center")
    T(sh, W / 2, 146, f"Uitgereikt op {d_nl(d)}", font="sans5", size=10.5, align="center")
    T(sh, W / 2, 170, "namens deze, Dienst Uitvoering Onderwijs", font="sans5", size=9.5, align="center")
    sh.signature(W / 2 - 22, 176, 44, 14, rng, color=BLACK_INK)
    T(sh, 24, H - 22, f"Diplomanummer {seed_of('dip9', c.rng_seed) % 10 ** 9:09d}", font="sans5", size=9)
    staple_holes(sh, "tl", 16)
    return [sh]


def duo_ontheffing_mijnduo(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """DUO's exemption decision as a posted letter: DUO's name and postal address block at the top right, the
    reference data as a small two-column table at the left ('Datum', 'Ons kenmerk', 'Onderwerp'), signed 'namens
    deze' by a team leader; the lawyer's red exhibit stamp on the copy."""
    sh = c.new_sheet()
    W = c.page_w
    d = _inb_date(c, rng)
    f = "sans2"
    T(sh, W - 20, 14, "Dienst Uitvoering Onderwijs", font=f, size=12, bold=True, color=NAVY, align="right")
    T(sh, W - 20, 19.5, "Postbus 30205 · 2500 GE Den Haag", font=f, size=8.5, color=GREY, align="right")
    for j_, (a, b) in enumerate((("Datum", d_nl(d, "dashes_zero")),
                                 ("Ons kenmerk", f"INB-{seed_of('onth', c.rng_seed) % 10 ** 7:07d}"),
                                 ("Onderwerp", "Ontheffing inburgeringsplicht"))):
        T(sh, 20, 32 + j_ * 4.6, a, font=f, size=8.2, color=GREY)
        T(sh, 48, 32 + j_ * 4.6, b, font=f, size=8.8)
    T(sh, 20, 56, f"Beste {c.p.given_names} {c.p.surname},", font=f, size=10.5)
    y = P(sh, 20, 64, W - 40, "U hoeft niet in te burgeren. U krijgt ontheffing van de inburgeringsplicht, omdat een "
          "arts heeft vastgesteld dat u door een medische beperking niet kunt voldoen aan de inburgeringsplicht.",
          font=f, size=10.5, leading=1.5) + 4
    y = P(sh, 20, y, W - 40, f"Uw geboortedatum in onze administratie: {d_nl(c.p.birth_date, 'dashes_zero')}.",
          font=f, size=10.5)
    T(sh, 20, y + 10, "Met vriendelijke groet,", font=f, size=10.5)
    T(sh, 20, y + 16, "namens deze,", font=f, size=10.5)
    sh.signature(20, y + 21, 40, 12, rng, color=BLACK_INK)
    T(sh, 20, y + 35, "teamleider Inburgering", font=f, size=10)
    exhibit_stamp(sh, 150, y + 16, ["stuk"], rng, w=30)
    return [sh]


def duo_uitslag_cast(c: Case, rng: random.Random, *, failed: bool = False, **_) -> list[Sheet]:
    """DUO's exam-results letter with the exam parts in a ruled table (part, exam date, result 'voldoende' /
    'onvoldoende'), scanned in black-and-white photo mode (dithered greys)."""
    sh = c.new_sheet()
    W = c.page_w
    d = _inb_date(c, rng)
    f = "sans5"
    T(sh, 20, 14, "DUO", font=f, size=16, bold=True, color=NAVY)
    T(sh, 20, 40, f"{c.p.given_names} {c.p.surname}, geboren op {d_nl(c.p.birth_date, 'dashes_zero')}", font=f,
      size=10)
    T(sh, 20, 54, "Uitslag inburgeringsexamen", font=f, size=12.5, bold=True)
    parts = ["Lezen", "Luisteren", "Schrijven", "Spreken", "Kennis van de Nederlandse Maatschappij"]
    bad = seed_of("fail9", c.rng_seed) % len(parts) if failed else -1
    y = 64
    for k, (a, b, r) in enumerate([("Examenonderdeel", "Examendatum", "Resultaat")] +
                                  [(p, d_nl(d - dt.timedelta(days=11 * k), "dashes_zero"),
                                    "onvoldoende" if k == bad else "voldoende") for k, p in enumerate(parts)]):
        for x, w_, t in ((20, 95, a), (115, 35, b), (150, W - 170, r)):
            sh.rect(x, y, w_, 7, width_mm=0.2, fill=(225, 225, 225) if k == 0 else None)
            T(sh, x + 1.5, y + 1.5, t, font=f, size=9.2, bold=(k == 0 or (k - 1) == bad))
        y += 7
    P(sh, 20, y + 6, W - 40, "U hebt nog niet alle onderdelen gehaald. U ontvangt nog geen diploma." if failed
      else "U hebt alle onderdelen gehaald. U ontvangt uw diploma binnen zes weken.", font=f, size=10.5)
    return [_same(halftone_scan(sh, rng), sh)]


_reg("duo-diploma-rood-wit-blauw-nietgaatjes", "civic-integration", PART, "nl", duo_diploma_landscape_streak,
     "DUO diploma with a red-white-blue band, name on its own line, staple holes")
_reg("duo-ontheffing-brief-stuknummer", "civic-integration", PART, "nl", duo_ontheffing_mijnduo,
     "DUO exemption letter as posted, reference table, signed 'namens deze', red exhibit stamp")
_reg("duo-uitslag-tabel-dithering", "civic-integration", PART, "nl", duo_uitslag_cast,
     "DUO results letter with a ruled table voldoende/onvoldoende, dithered black-and-white scan")


# =========================================================================== other

def cover_letter_numbered(c: Case, rng: random.Random, *, enclosures: list[str] | None = None, **_) -> list[Sheet]:
    """A Dutch lawyer's cover letter with the office's name and address in a right-hand column, 'Kenmerk', 'V-nummer'
    and 'Datum' as labelled lines, the enclosures in a three-column table (no., description, pages)."""
    lw = c.lawyer or LAWYERS[0]
    sh = c.new_sheet()
    W = c.page_w
    f = "serif5"
    T(sh, W - 20, 12, lw["firm"], font=f, size=12, bold=True, align="right")
    T(sh, W - 20, 18, lw["street"], font=f, size=8.5, color=GREY, align="right")
    T(sh, W - 20, 22, f"{lw['pc']} {lw['city']}", font=f, size=8.5, color=GREY, align="right")
    y = 40
    for ln in IND_ADDRESSES[rng.randrange(len(IND_ADDRESSES))].split("\n"):
        T(sh, 22, y, ln, font=f, size=10)
        y += 5
    y += 6
    for k, (a, b) in enumerate((("Kenmerk", f"{rng.randint(2025, 2026)}-{rng.randint(100, 999)}"),
                                ("V-nummer", c.vnr), ("Datum", d_nl(c.sub - dt.timedelta(days=rng.randint(0, 3)))))):
        T(sh, 22, y + k * 5, f"{a}:", font=f, size=9.5)
        T(sh, 50, y + k * 5, b, font=f, size=9.5)
    y += 20
    y = P(sh, 22, y, W - 44, f"Betreft: {PROC_NL[c.procedure]} – {c.p.given_names} {c.p.surname}", font=f,
          size=10, ) + 5
    paras = ["Geachte heer, mevrouw,", f"Bijgaand ontvangt u de aanvraag {PROC_NL[c.procedure]} van mijn cliënt(e), "
             "met de stukken die hieronder zijn genummerd."]
    if c.procedure == "ind-medical-treatment" and c.art64_end:
        paras.append(f"Cliënt(e) had uitstel van vertrek op grond van artikel 64 Vw tot en met {d_nl(c.art64_end)}.")
    if c.no_passport:
        paras.append("Cliënt(e) beschikt niet over een geldig paspoort en verzoekt om vrijstelling van het "
                     "paspoortvereiste. " + " ".join(EXEMPTION_TEXT[i] for i in c.exemption_shown))
    if c.suriname_visa:
        paras.append("Cliënt(e) heeft de Surinaamse nationaliteit en reisde in met een mvv voor medische "
                     "behandeling; de behandeling is nog nodig en de kosten zijn gedekt.")
    for para in paras:
        y = P(sh, 22, y, W - 44, para, font=f, size=10) + 4
    if enclosures:
        for k, (a, b, cc) in enumerate([("Nr.", "Bijlage", "Blz.")] +
                                       [(str(i), e, str(rng.randint(1, 3))) for i, e in enumerate(enclosures, 1)]):
            for x, w_, t in ((22, 12, a), (34, W - 78, b), (W - 44, 22, cc)):
                sh.rect(x, y, w_, 5.8, width_mm=0.15, fill=(236, 236, 236) if k == 0 else None)
                T(sh, x + 1.5, y + 1.0, t[:80], font=f, size=8.8, bold=k == 0)
            y += 5.8
    y += 8
    T(sh, 22, y, "Met vriendelijke groet,", font=f, size=10)
    sh.signature(22, y + 5, 42, 13, rng, color=BLACK_INK)
    T(sh, 22, y + 20, c.lawyer_name or f"mr. {lw.get('last', '')}", font=f, size=10)
    return [c.intr(sh)]


def art64_decision_streak(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The IND's art. 64 decision as the client received it, copied at the lawyer's office with the violet ONTVANGEN
    stamp in the top margin."""
    end = c.art64_end or (c.since - dt.timedelta(days=1) if c.since else c.sub + dt.timedelta(days=10))
    start = add_years(end, -1) + dt.timedelta(days=1)
    sh = c.new_sheet()
    W = c.page_w
    f = "sans2"
    T(sh, W - 20, 14, "Immigratie- en Naturalisatiedienst", font=f, size=11, bold=True, align="right")
    T(sh, W - 20, 20, "Ministerie van Justitie en Veiligheid", font=f, size=8.5, align="right")
    T(sh, 20, 40, f"Datum {d_nl(start - dt.timedelta(days=rng.randint(5, 20)))}", font=f, size=9.5)
    T(sh, 20, 45, f"V-nummer {c.vnr}", font=f, size=9.5)
    T(sh, 20, 58, "Besluit: uitstel van vertrek (artikel 64 Vreemdelingenwet 2000)", font=f, size=11, bold=True)
    P(sh, 20, 70, W - 40, f"Wij verlenen u uitstel van vertrek van {d_nl(start)} tot en met {d_nl(end)}. Volgens het "
      f"advies van het Bureau Medische Advisering kunt u om medische redenen nu niet reizen.", font=f, size=10.5,
      leading=1.5)
    return [c.intr(_same(received_stamp(sh, rng, lang="nl", at=(W - 75, 150)), sh))]


def permit_letter_dogear(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The IND's decision granting the permit, the staple taken out before copying (two holes at the top left)."""
    sh = c.new_sheet()
    W = c.page_w
    f = "serif2"
    since = c.since or (c.sub - dt.timedelta(days=400))
    T(sh, 20, 14, "Immigratie- en Naturalisatiedienst", font=f, size=12, bold=True)
    T(sh, 20, 36, f"V-nummer: {c.vnr}", font=f, size=9.5)
    T(sh, 20, 54, "Beslissing op uw aanvraag", font=f, size=12, bold=True)
    P(sh, 20, 66, W - 40, f"U krijgt de verblijfsvergunning regulier voor bepaalde tijd waarom u hebt gevraagd. De "
      f"vergunning gaat in op {d_nl(since)}. U kunt uw verblijfsdocument ophalen na het maken van een afspraak.",
      font=f, size=10.5, leading=1.5)
    staple_holes(sh, "tl", 16)
    return [c.intr(sh)]


def mvv_gutter(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The passport page with the MVV sticker, copied from a copy that had been folded in four (the creases show)."""
    sh = c.new_sheet()
    x0, y0, pw, ph = 34, 60, 150, 105
    sh.rect(x0, y0, pw, ph, width_mm=0.3, fill=(236, 240, 246))
    T(sh, x0 + 4, y0 + 3, "VISUM  NLD", font="sans4", size=10, bold=True)
    start = c.sub - dt.timedelta(days=rng.randint(150, 200))
    end = start + dt.timedelta(days=180)
    pno = c.passport_no or f"R{rng.randint(1000000, 9999999)}"
    for k, (a, b) in enumerate([("GELDIG VOOR", "SCHENGENSTATEN"), ("VAN", start.strftime("%d-%m-%y")),
                                ("TOT", end.strftime("%d-%m-%y")), ("TYPE VISUM", "D"),
                                ("PASPOORTNUMMER", pno), ("NAAM", f"{c.p.surname.upper()}, {c.p.given_names.upper()}"),
                                ("OPMERKINGEN", "MVV – MEDISCHE BEHANDELING")]):
        T(sh, x0 + 4, y0 + 11 + k * 8.5, a, font="sans4", size=5.5, color=GREY)
        T(sh, x0 + 40, y0 + 11 + k * 8.5, b, font="sans4", size=8.5)
    line1 = ("V<NLD" + _mrz_name(c.p, 39))[:44]
    birth = c.p.birth_date.strftime("%y%m%d")
    exp = end.strftime("%y%m%d")
    pn = (pno + "<" * 9)[:9]
    line2 = f"{pn}{_mrz_check(pn)}SUR{birth}{_mrz_check(birth)}{c.p.sex}{exp}{_mrz_check(exp)}" + "<" * 16
    T(sh, x0 + 3, y0 + ph - 13, line1, font="ocrb", size=9.5)
    T(sh, x0 + 3, y0 + ph - 7, line2[:44], font="ocrb", size=9.5)
    return [_same(fold_creases(sh, rng), sh)]


_reg("cover-letter-inventaris-kolommen", "other", PART, "nl", cover_letter_numbered,
     "Dutch lawyer's cover letter, address column at the right, labelled reference lines, enclosures in a table")
_reg("art64-decision-ontvangststempel", "other", PART, "nl", art64_decision_streak,
     "IND art. 64 decision with the office's ONTVANGEN stamp")
_reg("permit-letter-nietgaatjes", "other", PART, "nl", permit_letter_dogear,
     "IND decision granting the permit, staple holes")
_reg("mvv-sticker-sur-plooien", "other", PART, "nl", mvv_gutter,
     "MVV page copied from a copy folded in four")
