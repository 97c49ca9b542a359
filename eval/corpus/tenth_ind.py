"""IND families of the `tenth` part (registered in ind.FAMILIES).

Written after dev, heldout and the parts fresh to ninth had been read, by a writer who did not see the validator: the
IND forms filled in on screen and printed, each question in a numbered box of a two-column grid with the answer typed
inside it and the options as ☒/☐, the V-number in a box at the top right of every page, 'pagina x/y'; an employment
agency's weekly-paid worker's four-weekly payslip in a condensed face, the guarantee form completed by hand in
capitals, an employer's statement ('werkgeversverklaring') on letterhead; an academic hospital's discharge letter
('ontslagbrief') with a medication table; care institutions' statements (a dialysis centre's, a mental-health
institution's and a hospital's patient-service letter) in one letter layout with a data table; a Dutch insurer's
policy attachment ('polisaanhangsel'), an incoming insurer's e-mail certificate, a Colombian insurer's bilingual
certificate on Letter; DUO's diploma with the holder's data in a box, an exemption decision with the reasons numbered,
a results overview printed from Mijn Inburgering; a Dutch lawyer's cover letter with the enclosures numbered in the
margin, the IND decisions and the MVV page with the part's copy habits (thumb, paralegal ticks, pencil inventory
number, inkjet banding).  Every maker draws on ``c.new_sheet()`` and marks pages that print the V-number with
``c.intr``.
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
    _incoming_name,
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
from .ninth_identity import hand_safe
from .paper import Sheet
from .people import make_professional
from .tenth_identity import inkjet_banding, inventory_circle, paralegal_ticks, thumb_hold

PART = "tenth"
TEAL = (0, 100, 110)


def _same(out: Sheet, like: Sheet) -> Sheet:
    out.paper = like.paper
    return out


# =========================================================================== application forms in a box grid

class _GridForm:
    """An IND form completed on screen and printed: numbered boxes in a two-column grid (a long answer takes the
    full width), the question small at the top of the box and the answer typed (or written, when filled in by hand)
    inside, options as ☒/☐; the V-number in a box at the top right of every page, 'pagina x/y' at the foot."""

    def __init__(self, c: Case, rng: random.Random, title: str, code: str):
        self.c, self.rng, self.title, self.code = c, rng, title, code
        self.hand = c.fill == "hand"
        self.ink = rng.choice([BLUE_INK, BLACK_INK])
        self.hf = rng.choice(["hand1", "hand4"])
        self.sheets: list[Sheet] = []
        self.n = 0
        self.col = 0
        self.page()

    def page(self) -> None:
        c = self.c
        sh = c.new_sheet()
        W = c.page_w
        T(sh, 18, 10, "IND", font="sans4", size=15, bold=True, color=TEAL)
        T(sh, 34, 10.5, self.title, font="sans4", size=9.5, bold=True)
        T(sh, 34, 15, "Immigratie- en Naturalisatiedienst", font="sans4", size=7.5, color=GREY)
        sh.rect(W - 60, 8, 42, 11, width_mm=0.4, color=TEAL)
        T(sh, W - 58, 8.8, "V-nummer", font="sans4", size=6.5, color=GREY)
        self.sheets.append(c.intr(sh))
        self._ans(W - 58, 12.6, c.vnr, sh, size=9.5)
        self.y = 26
        self.col = 0

    @property
    def sh(self) -> Sheet:
        return self.sheets[-1]

    def _ans(self, x, y, s, sh=None, size=9.6, font="sans"):
        sh = sh or self.sh
        if not s:
            return
        if self.hand:
            sh.handwriting(x, y - 1.2, hand_safe(s), self.rng, size_pt=size + 1, color=self.ink, font=self.hf)
        else:
            T(sh, x, y, s, font=font, size=size)

    def section(self, t: str) -> None:
        if self.col:
            self.y += self.h_last
            self.col = 0
        if self.y > self.c.page_h - 50:
            self.page()
        self.y += 2
        self.sh.rect(18, self.y, self.c.page_w - 36, 6.5, width_mm=0, fill=TEAL)
        T(self.sh, 20, self.y + 1.2, t, font="sans4", size=9.5, bold=True, color=(255, 255, 255))
        self.y += 8.5

    def box(self, q: str, a: str, wide: bool = False, font: str = "sans") -> None:
        W = self.c.page_w
        self.n += 1
        full = W - 36
        w = full if wide else full / 2
        lines = self.sh.wrap(a or "", w - 4, font=font, size_pt=9.6) if a else []
        h = 6 + 4.6 * max(1, len(lines))
        if wide and self.col:
            self.y += self.h_last
            self.col = 0
        if self.y + h > self.c.page_h - 18:
            self.page()
        x = 18 + (w if (self.col and not wide) else 0)
        self.sh.rect(x, self.y, w, h, width_mm=0.25, color=(90, 90, 90))
        T(self.sh, x + 1.5, self.y + 0.8, f"{self.n}  {q}", font="sans4", size=7, color=(70, 70, 70))
        for k, ln in enumerate(lines):
            self._ans(x + 2, self.y + 4.4 + k * 4.6, ln, font=font)
        self.last_xy = (x, self.y)
        if wide:
            self.y += h
            self.col = 0
        elif self.col:
            self.y += max(h, self.h_last)
            self.col = 0
        else:
            self.h_last = h
            self.col = 1

    def choice(self, q: str, opts: list[str], chosen: set, wide: bool = True) -> None:
        # the options are part of the printed form: typed on screen they print as ☒/☐; on a form printed blank and
        # filled in by pen the boxes print empty and the cross is made by hand
        mark = "☐ " if self.hand else "☒ "
        s = "   ".join((mark if k in chosen else "☐ ") + o for k, o in enumerate(opts))
        saved, self.hand = self.hand, False
        self.box(q, s, wide, font="sans3")
        self.hand = saved
        if saved and chosen:
            k = min(chosen)
            pre = "   ".join("☐ " + o for o in opts[:k]) + ("   " if k else "")
            x, y = self.last_xy
            x += 2 + self.sh.text_width(pre, font="sans3", size_pt=9.6)
            self.sh.handwriting(x + 0.4, y + 1.7, "x", self.rng, size_pt=12, color=self.ink, font="hand1")

    def person(self) -> None:
        c, p = self.c, self.c.p
        self.section("Gegevens aanvrager")
        self.box("Achternaam", p.surname)
        self.box("Voornamen", p.given_names)
        self.box("Geboortedatum", c.dfmt(p.birth_date))
        self.box("Nationaliteit", nat_nl(p))
        self.box("Geboorteplaats en -land", f"{p.birth_place}, {country_nl(p)}")
        self.choice("Geslacht", ["man", "vrouw"], {0 if p.sex == "M" else 1}, wide=False)
        if p.address:
            self.box("Adres in Nederland", f"{p.address.street} {p.address.number}, {p.address.postcode} "
                                           f"{p.address.city}", wide=True)
        if c.lawyer:
            self.box("Advocaat / gemachtigde", f"{c.lawyer_name}, {c.lawyer['firm']}, {c.lawyer['city']}", wide=True)

    def sign(self) -> None:
        c = self.c
        self.section("Ondertekening")
        if self.y > c.page_h - 60:
            self.page()
        P(self.sh, 18, self.y, c.page_w - 36, "Ik heb dit formulier volledig en eerlijk ingevuld.", font="sans4",
          size=8.8)
        self.y += 7
        self.box("Plaats", c.p.address.city if c.p.address else "Amsterdam")
        self.box("Datum", c.dfmt(c.sub - dt.timedelta(days=self.rng.randint(1, 6))))
        W = c.page_w
        self.sh.rect(18, self.y, W - 36, 26, width_mm=0.25, color=(90, 90, 90))
        T(self.sh, 19.5, self.y + 0.8, f"{self.n + 1}  Handtekening aanvrager", font="sans4", size=7,
          color=(70, 70, 70))
        self.sh.signature(30 + self.rng.uniform(0, 20), self.y + 6, 46, 14, self.rng, color=self.ink)
        self.y += 30

    def finish(self) -> list[Sheet]:
        n = len(self.sheets)
        for i, sh in enumerate(self.sheets, 1):
            T(sh, 18, self.c.page_h - 9, self.code, font="sans4", size=7, color=GREY)
            T(sh, self.c.page_w - 18, self.c.page_h - 9, f"pagina {i}/{n}", font="sans4", size=7.5, align="right")
        return self.sheets


def form_med_grid(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _GridForm(c, rng, "Aanvraag verblijfsvergunning voor medische behandeling", "7124 MED v2026-1")
    f.person()
    f.section("Behandeling")
    f.box("Naam en plaats zorginstelling", f"{c.hospital.get('name', '')}, {c.hospital.get('city', '')}", wide=True)
    f.box("Welke behandeling?", c.med.get("tx_short", ""), wide=True)
    f.choice("Had u uitstel van vertrek (artikel 64 Vw)?", ["nee", "ja"], {1 if c.art64_end else 0})
    if c.art64_end:
        f.box("Tot en met", c.dfmt(c.art64_end), wide=True)
    else:
        f.choice("Wie betaalt behandeling en verblijf?", ["ikzelf", "een garantsteller"], {1 if c.payer else 0})
    f.choice("Hebt u een geldig paspoort?", ["ja", "nee, ik vraag vrijstelling"], {1 if c.no_passport else 0})
    f.choice("Hebt u de Surinaamse nationaliteit en een mvv voor medische behandeling?", ["nee", "ja"],
             {1 if c.suriname_visa else 0})
    f.sign()
    return f.finish()


def form_7027_grid(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _GridForm(c, rng, "Aanvraag voortgezet verblijf (7027)", "7027 v2026-1")
    f.person()
    f.section("Huidige verblijfsvergunning")
    keys = [k for k, _ in ROUTES_7027]
    f.choice("Verblijfsdoel", [t for _, t in ROUTES_7027], {keys.index(c.route)} if c.route in keys else set())
    f.box("Vergunning geldig vanaf", c.dfmt(c.since) if c.since else "", wide=True)
    if c.route == "relationship":
        f.choice("Inburgering", ["diploma", "ontheffing of vrijstelling", "nog niet"],
                 {0 if c.inburgering in ("diploma", "results", "failed") else 1 if c.inburgering == "exemption" else 2})
    f.sign()
    return f.finish()


def form_generic_grid(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _GridForm(c, rng, "Aanvraag verlenging verblijfsvergunning regulier", "7502 VERL v2026-1")
    f.person()
    f.section("Aanvraag")
    f.box("Huidig verblijfsdoel", GENERIC_PURPOSES[seed_of("purpose", c.rng_seed) % len(GENERIC_PURPOSES)])
    f.box("Vergunning geldig tot", c.dfmt(c.sub + dt.timedelta(days=rng.randint(20, 80))))
    f.sign()
    return f.finish()


_reg("ind-form-med-rasterhokjes-aangekruist", "application", PART, "nl", form_med_grid,
     "medical treatment form completed on screen: numbered boxes in a two-column grid, ☒/☐ options, boxed V-number")
_reg("ind-form-7027-rasterhokjes-aangekruist", "application", PART, "nl", form_7027_grid,
     "form 7027 in numbered grid boxes with teal section bars")
_reg("ind-form-generic-rasterhokjes-aangekruist", "application", PART, "nl", form_generic_grid,
     "extension form in numbered grid boxes, boxed V-number")


# =========================================================================== income

def payslip_uitzend(c: Case, rng: random.Random, month: int = 11, **_) -> list[Sheet]:
    """An employment agency's payslip for a four-week period in a condensed face: the agency's logo square and the
    hirer ('inlener') named, the period 'periode 12 (wk 45–48)', the lines in a ruled ledger with a 'reservering'
    column (holiday allowance reserved), net paid in a framed box; the paralegal's ticks."""
    e, w = _emp(c, rng), earner(c)
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    sh = c.new_sheet()
    W = c.page_w
    f = "condensed"
    sh.rect(18, 10, 10, 10, width_mm=0, fill=(230, 120, 0))
    T(sh, 31, 10.5, f"{rng.choice(['Flexpoint', 'Uitzendpartners', 'WerkVast'])} Uitzendbureau B.V.", font=f,
      size=11.5, bold=True)
    T(sh, 31, 16, f"inlener: {e['name']}", font=f, size=8.5, color=GREY)
    T(sh, W - 18, 12, f"Loonstrook periode {month + 1} (wk {4 * month + 1}–{4 * month + 4}) 2026", font=f, size=9.5,
      align="right", bold=True)
    T(sh, 18, 30, f"{w.given_names} {w.surname}", font=f, size=10)
    if w.address:
        T(sh, 18, 35, f"{w.address.street} {w.address.number}, {w.address.postcode} {w.address.city}", font=f,
          size=9)
    T(sh, W - 18, 30, f"Loonheffingennr. {e['lhn']}", font=f, size=8.5, align="right", color=GREY)
    y = 46
    heads = (("Omschrijving", 18), ("Uren", 100), ("Bedrag", 135), ("Reservering", W - 18))
    sh.rule(18, y + 5, W - 18, y + 5, width_mm=0.3)
    for t, x in heads:
        T(sh, x, y, t, font=f, size=9, bold=True, align="left" if x == 18 else "right")
    y += 8
    hrs = rng.choice([144.0, 152.0, 160.0])
    for d_, u, a, r in (("Loon", f"{hrs:.1f}".replace(".", ","), eur(k["bruto"], False), ""),
                        ("Vakantiegeld 8%", "", "", eur(round(k["bruto"] * 0.08, 2), False)),
                        ("Pensioen StiPP", "", "-" + eur(k["pens"], False), ""),
                        ("Loonheffing", "", "-" + eur(k["lh"], False), ""),
                        ("Reiskosten", "", eur(k["reis"], False), "")):
        T(sh, 18, y, d_, font=f, size=9.2)
        T(sh, 100, y, u, font=f, size=9.2, align="right")
        T(sh, 135, y, a, font=f, size=9.2, align="right")
        T(sh, W - 18, y, r, font=f, size=9.2, align="right")
        sh.rule(18, y + 4.6, W - 18, y + 4.6, width_mm=0.08, color=(170, 170, 170))
        y += 5.6
    sh.rect(W - 80, y + 4, 62, 10, width_mm=0.5)
    T(sh, W - 78, y + 6.5, "Netto betaald", font=f, size=9.5, bold=True)
    T(sh, W - 20, y + 6.5, eur(k["net"]), font=f, size=10, bold=True, align="right")
    T(sh, 18, y + 20, f"Uitbetaald op {d_nl(c.sub - dt.timedelta(days=rng.randint(4, 10)), 'dashes_zero')} naar "
                      f"{e['iban']}", font=f, size=8.5, color=GREY)
    paralegal_ticks(sh, rng, [(W - 16, 30), (W - 16, y + 6)], "")
    return [sh]


def guarantor_hand_caps(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The IND's guarantee form printed blank and completed by hand in capitals: the questions with a row of comb
    boxes... written over as one line each, the guarantor's income, signature and date."""
    g = c.payer or c.p
    e = _emp(c, random.Random(c.rng_seed))
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    sh = c.new_sheet()
    W = c.page_w
    f = "sans4"
    city = g.address.city if g.address else "Rotterdam"
    T(sh, 18, 10, "IND", font=f, size=15, bold=True, color=TEAL)
    T(sh, 34, 11, "Garantverklaring – formulier garantsteller", font=f, size=11, bold=True)
    rows = [("Naam garantsteller", f"{g.given_names} {g.surname}"), ("Geboortedatum", d_nl(g.birth_date, "dashes_zero")),
            ("Adres", f"{g.address.street} {g.address.number}, {g.address.postcode} {city}" if g.address else city),
            ("Relatie tot de vreemdeling", c.payer_relation or "familielid"),
            ("Naam vreemdeling", f"{c.p.given_names} {c.p.surname}"),
            ("Geboortedatum vreemdeling", d_nl(c.p.birth_date, "dashes_zero")),
            ("Werkgever", e["name"]), ("Bruto maandinkomen", eur(k["bruto"]))]
    y = 26
    hf = rng.choice(["hand1", "hand4"])
    for a, b in rows:
        T(sh, 18, y, a, font=f, size=8.5)
        sh.rule(70, y + 5, W - 18, y + 5, width_mm=0.15)
        sh.handwriting(72, y - 0.8, hand_safe(b).upper(), rng, size_pt=11, color=BLUE_INK, font=hf)
        y += 10
    y = P(sh, 18, y + 4, W - 36, "Ik sta garant voor de kosten van levensonderhoud, huisvesting en medische "
          "behandeling van de vreemdeling zolang hij of zij in Nederland verblijft. Ik weet dat deze kosten op mij "
          "kunnen worden verhaald.", font=f, size=9.5, leading=1.45) + 6
    T(sh, 18, y, "Plaats en datum", font=f, size=8.5)
    sh.handwriting(60, y - 1, hand_safe(f"{city}, {d_nl(c.sub - dt.timedelta(days=rng.randint(10, 40)), 'dashes_zero')}")
                   .upper(), rng, size_pt=11, color=BLUE_INK, font=hf)
    T(sh, 18, y + 10, "Handtekening", font=f, size=8.5)
    sh.signature(60, y + 8, 44, 14, rng, color=BLUE_INK)
    return [thumb_hold(sh, rng, side="left")]


def werkgeversverklaring(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An employer's statement on its letterhead ('Werkgeversverklaring'): employee, position, start date, contract
    type, gross monthly wage, holiday allowance, signed by the HR adviser with the company stamp."""
    e, w = _emp(c, rng), earner(c)
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    sh = c.new_sheet()
    W = c.page_w
    f = "serif5"
    T(sh, 18, 12, e["name"], font=f, size=13, bold=True)
    T(sh, 18, 18, f"{e.get('street', '')}, {e.get('pc', '')} {e.get('city', '')} · KvK {e.get('kvk', '')}", font=f,
      size=8.5, color=GREY)
    T(sh, 18, 34, "WERKGEVERSVERKLARING", font=f, size=14, bold=True)
    y = 46
    for a, b in (("Naam werknemer", f"{w.given_names} {w.surname}"), ("Geboortedatum", d_nl(w.birth_date, "dashes_zero")),
                 ("Functie", e["func_now"]), ("In dienst sinds", d_nl(c.sub - dt.timedelta(days=rng.randint(400, 2500)))),
                 ("Soort dienstverband", rng.choice(["onbepaalde tijd", "bepaalde tijd tot 31-12-2027"])),
                 ("Bruto salaris per maand", eur(k["bruto"])), ("Vakantiegeld", "8%"),
                 ("Proeftijd", "nee"), ("Loonbeslag", "nee")):
        T(sh, 22, y, a, font=f, size=10)
        T(sh, 80, y, f": {b}", font=f, size=10.5)
        y += 7
    y = P(sh, 18, y + 6, W - 36, "Deze verklaring is naar waarheid ingevuld en wordt afgegeven ten behoeve van een "
          "aanvraag bij de Immigratie- en Naturalisatiedienst.", font=f, size=10.5, leading=1.5) + 6
    T(sh, 18, y, f"{e.get('city', '')}, {d_nl(c.sub - dt.timedelta(days=rng.randint(5, 30)))}", font=f, size=10.5)
    sh.signature(18, y + 5, 42, 13, rng, color=BLUE_INK)
    T(sh, 18, y + 20, f"{rng.choice(['A.', 'M.', 'J.'])} {rng.choice(['de Graaf', 'Bakker', 'Visser'])}, HR-adviseur",
      font=f, size=10)
    sh.stamp(90, y + 4, [e["name"][:22].upper(), e.get("city", "")[:20].upper()], rng, shape="rect", size_mm=34,
             color=(40, 60, 140))
    return [sh]


_reg("payslip-uitzendbureau-vierwekelijks-vinkjes", "income-proof", PART, "nl", payslip_uitzend,
     "employment agency's four-weekly payslip in a condensed face, reservation column, net in a framed box, ticks")
_reg("guarantor-garantverklaring-handgeschreven-kapitalen", "income-proof", PART, "nl", guarantor_hand_caps,
     "guarantee form printed blank and completed by hand in capitals, thumb on the copy")
_reg("werkgeversverklaring-briefpapier-stempel", "income-proof", PART, "nl", werkgeversverklaring,
     "employer's statement on letterhead with wage, contract type, HR adviser's signature and company stamp")


# =========================================================================== medical statements

def medstat_ontslagbrief(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An academic hospital's discharge letter ('ontslagbrief') to the GP: admission and discharge dates in a
    header grid, the diagnosis, the course, a medication table (drug, dose, frequency), policy; typed name of the
    resident and the supervising specialist; pencil inventory number."""
    m, h = c.med, c.hospital
    g, s, _ = make_professional(random.Random(seed_of("ontslag", c.rng_seed)), "NL")
    sh = c.new_sheet()
    W = c.page_w
    f = "sans6"
    T(sh, 18, 12, h["name"], font=f, size=12.5, bold=True)
    T(sh, 18, 18, f"Afdeling {m['spec']} · {h['street']} · {h['pc']} {h['city']}", font=f, size=8.5, color=GREY)
    T(sh, 18, 30, "ONTSLAGBRIEF", font=f, size=13, bold=True)
    adm = c.sub - dt.timedelta(days=rng.randint(60, 120))
    dis = adm + dt.timedelta(days=rng.randint(3, 12))
    y = 38
    for a, b in (("Patiënt", f"{c.p.given_names} {c.p.surname}, geb. {d_nl(c.p.birth_date, 'dashes_zero')}"),
                 ("Opname", d_nl(adm, "dashes_zero")), ("Ontslag", d_nl(dis, "dashes_zero"))):
        sh.rect(18, y, 40, 6.5, width_mm=0.2, fill=(232, 232, 232))
        sh.rect(58, y, W - 76, 6.5, width_mm=0.2)
        T(sh, 20, y + 1.3, a, font=f, size=9)
        T(sh, 60, y + 1.3, b, font=f, size=9.5)
        y += 6.5
    y += 5
    for head, txt in (("Diagnose", m["dx"] + "."), ("Beloop", m["tx"] + "."),
                      ("Beleid", duration_phrase(c.duration, _treat_start(c), "nl") + " " + m["stop"]),
                      ("Land van herkomst", _not_available(c, "nl"))):
        T(sh, 18, y, head, font=f, size=10, bold=True)
        y = P(sh, 18, y + 5, W - 36, txt, font=f, size=10, leading=1.4) + 3
    T(sh, 18, y + 4, f"{g} {s}, arts-assistent · supervisor: {m['doc_title']}", font=f, size=9.5)
    inventory_circle(sh, rng)
    return [sh]


def medstat_behandelaarsverklaring(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A treating specialist's statement ('verklaring behandelend arts') on the hospital's letterhead, written for
    the IND application in answer to the lawyer's questions: each question in italics and the answer under it, the
    specialist's BIG number under the signature; copied with the paralegal's ticks."""
    m, h = c.med, c.hospital
    g, s, _ = make_professional(random.Random(seed_of("behandelaar", c.rng_seed)), "NL")
    sh = c.new_sheet()
    W = c.page_w
    f = "serif2"
    T(sh, W - 18, 12, h["name"], font=f, size=12, bold=True, align="right")
    T(sh, W - 18, 18, f"{h['street']} · {h['pc']} {h['city']}", font=f, size=8.5, color=GREY, align="right")
    T(sh, 18, 32, "Verklaring behandelend arts", font=f, size=13.5, bold=True)
    T(sh, 18, 39, f"inzake {c.p.given_names} {c.p.surname}, geboren {d_nl(c.p.birth_date, 'dashes_zero')}", font=f,
      size=10)
    y = 50
    for qq, aa in (("Wat is de diagnose?", m["dx"] + "."),
                   ("Welke behandeling is nodig en hoe lang?", m["tx"] + ". " +
                    duration_phrase(c.duration, _treat_start(c), "nl")),
                   ("Wat gebeurt er als de behandeling stopt?", m["stop"]),
                   ("Is de behandeling in het land van herkomst beschikbaar?", _not_available(c, "nl"))):
        y = P(sh, 18, y, W - 36, qq, font=f, size=10.2) + 1
        sh.rule(18, y - 0.5, 60, y - 0.5, width_mm=0.1, color=(160, 160, 160))
        y = P(sh, 24, y + 1, W - 42, aa, font=f, size=10.5, leading=1.45) + 5
    T(sh, 18, y + 2, f"{h['city']}, {d_nl(c.sub - dt.timedelta(days=rng.randint(7, 45)))}", font=f, size=10.5)
    sh.signature(18, y + 7, 42, 13, rng, color=BLUE_INK)
    T(sh, 18, y + 22, f"{g} {s}, {m['doc_title']}", font=f, size=10.5)
    T(sh, 18, y + 27, f"BIG-nummer {seed_of('big', c.rng_seed) % 10 ** 11:011d}", font=f, size=9, color=GREY)
    paralegal_ticks(sh, rng, [(W - 16, 50), (W - 16, 62)], "")
    return [sh]


_reg("medstat-verklaring-behandelend-arts-vragen-vinkjes", "medical-statement", PART, "nl",
     medstat_behandelaarsverklaring,
     "treating specialist's statement answering the lawyer's questions, BIG number, paralegal's ticks")
_reg("medstat-ontslagbrief-academisch-potlood", "medical-statement", PART, "nl", medstat_ontslagbrief,
     "academic hospital's discharge letter to the GP with a header grid, pencil inventory number")


# =========================================================================== care institutions

_CARE10 = {
    "dialyse": ("Dialysecentrum", "Verklaring behandelcentrum", "De dialysebehandeling (drie keer per week) kan in ons "
                "centrum worden gegeven."),
    "ggz": ("GGZ-instelling", "Verklaring zorgaanbieder", "Wij zijn bereid en in staat de behandeling (ambulant, "
            "wekelijks) te bieden."),
    "patientservice": ("Patiëntenservice", "Bevestiging behandeling", "Het ziekenhuis kan en zal de behandeling "
                       "uitvoeren."),
}


def _care10(kind: str):
    head, title, can = _CARE10[kind]

    def make(c: Case, rng: random.Random, **_) -> list[Sheet]:
        """A care institution's statement as a letter with a bordered data table (patient, treatment, start, end,
        cost per year), a sentence that the institution can and will treat, signed by the physician in charge;
        the copy habit differs by institution (ticks, thumb, inkjet print)."""
        h, m = c.hospital, c.med
        start, end = _care_dates(c)
        g, s_, _ = make_professional(random.Random(seed_of("care10" + kind, c.rng_seed)), "NL")
        sh = c.new_sheet()
        W = c.page_w
        f = {"dialyse": "sans2", "ggz": "serif2", "patientservice": "sans4"}[kind]
        T(sh, 18, 12, f"{h['name']}", font=f, size=12.5, bold=True)
        T(sh, 18, 18, f"{head} · {h['street']} · {h['pc']} {h['city']}", font=f, size=8.5, color=GREY)
        T(sh, 18, 32, title, font=f, size=13, bold=True)
        T(sh, W - 18, 32, d_nl(c.sub - dt.timedelta(days=rng.randint(8, 40))), font=f, size=9.5, align="right")
        y = 42
        for a, b in (("Patiënt", f"{c.p.given_names} {c.p.surname} ({d_nl(c.p.birth_date, 'dashes_zero')})"),
                     ("Behandeling", m["tx"]), ("Start", d_nl(start)), ("Tot ten minste", d_nl(end)),
                     ("Kosten per jaar (raming)", eur(m["cost"]))):
            lines = sh.wrap(b, W - 90, font=f, size_pt=9.5)
            hh = 2.5 + 4.4 * len(lines)
            sh.rect(18, y, 50, hh, width_mm=0.2, fill=(236, 240, 240))
            sh.rect(68, y, W - 86, hh, width_mm=0.2)
            T(sh, 20, y + 1.2, a, font=f, size=9)
            for j, ln in enumerate(lines):
                T(sh, 70, y + 1.2 + j * 4.4, ln, font=f, size=9.5)
            y += hh
        y = P(sh, 18, y + 8, W - 36, f"{can} Hierbij bevestigen wij dat {c.p.given_names} {c.p.surname} in onze "
              f"instelling wordt behandeld en dat wij deze behandeling kunnen en zullen voortzetten in de genoemde "
              f"periode.", font=f, size=10.5, leading=1.5) + 6
        T(sh, 18, y, "Met vriendelijke groet,", font=f, size=10.5)
        sh.signature(18, y + 5, 42, 13, rng, color=BLUE_INK)
        T(sh, 18, y + 20, f"{g} {s_}, behandelend arts", font=f, size=10)
        if kind == "dialyse":
            paralegal_ticks(sh, rng, [(W - 16, 52), (W - 16, 60)], "")
            return [sh]
        if kind == "ggz":
            return [_same(thumb_hold(sh, rng, side="right"), sh)]
        return [_same(inkjet_banding(sh, rng), sh)]

    return make


_reg("care-verklaring-dialysecentrum-tabel-vinkjes", "care-institution-statement", PART, "nl", _care10("dialyse"),
     "dialysis centre's statement letter with a bordered data table, paralegal's ticks")
_reg("care-verklaring-ggz-tabel-duim", "care-institution-statement", PART, "nl", _care10("ggz"),
     "mental-health institution's statement with a data table, serif, thumb on the copy")
_reg("care-bevestiging-patientenservice-inkjet", "care-institution-statement", PART, "nl", _care10("patientservice"),
     "hospital patient service's confirmation with a data table, inkjet print of a photo")


# =========================================================================== health insurance

def polisaanhangsel(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A Dutch insurer's 'polisaanhangsel' as posted: the insurer's name at the top right, the insured's address at
    the left, the cover in a table with start date and 'dekking', the relation number; the pencil number."""
    ins = c.insurer_nl
    sh = c.new_sheet()
    W = c.page_w
    f = "sans4"
    T(sh, W - 18, 12, ins["name"], font=f, size=13, bold=True, align="right", color=ins.get("color", (0, 90, 150)))
    T(sh, 18, 34, f"{c.p.given_names} {c.p.surname}", font=f, size=10)
    if c.p.address:
        T(sh, 18, 39, f"{c.p.address.street} {c.p.address.number}", font=f, size=10)
        T(sh, 18, 44, f"{c.p.address.postcode} {c.p.address.city}", font=f, size=10)
    T(sh, 18, 60, f"Polisaanhangsel {c.sub.year}", font=f, size=14, bold=True)
    T(sh, 18, 67, f"Relatienummer {_policy_no(c)}", font=f, size=9.5, color=GREY)
    y = 76
    for k, (a, b, cc) in enumerate((("Verzekering", "Ingangsdatum", "Dekking"),
                                    ("Basisverzekering Budget", d_nl(c.sub - dt.timedelta(days=rng.randint(40, 300)),
                                                                      "dashes_zero"), "zorg volgens Zvw"),
                                    ("Aanvullend Basis", d_nl(dt.date(c.sub.year, 1, 1), "dashes_zero"),
                                     "fysiotherapie 9 behandelingen"))):
        for x, w_, t in ((18, 60, a), (78, 40, b), (118, W - 136, cc)):
            sh.rect(x, y, w_, 7, width_mm=0.2, fill=(230, 238, 246) if k == 0 else None)
            T(sh, x + 1.5, y + 1.5, t, font=f, size=9.2, bold=k == 0)
        y += 7
    T(sh, 18, y + 8, f"Eigen risico {c.sub.year}: € 385 · premie per maand {eur(rng.randint(138, 170) + 0.95)}", font=f,
      size=9.5)
    inventory_circle(sh, rng)
    return [sh]


def incoming_email_cert(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An incoming insurer's certificate sent by e-mail and printed from the mail client (the From/To/Subject
    header, then the certificate's text with the policy number and the period), the print's footer line."""
    name = _incoming_name(c)
    start = c.sub - dt.timedelta(days=rng.randint(30, 200))
    end = add_years(start, 1)
    sh = c.new_sheet()
    W = c.page_w
    f = "sans2"
    for k, (a, b) in enumerate((("Van", f"polis@{name.split(' ')[0].lower()}.nl"),
                                ("Aan", f"{c.p.given_names.split(' ')[0].lower()}.{c.p.surname.split(' ')[0].lower()}"
                                        f"@gmail.com"),
                                ("Onderwerp", f"Verzekeringscertificaat {_policy_no(c, 'INC-')}"),
                                ("Datum", d_nl(start - dt.timedelta(days=2), "dashes_zero")))):
        T(sh, 18, 14 + k * 5, f"{a}:", font=f, size=9, bold=True)
        T(sh, 42, 14 + k * 5, b, font=f, size=9)
    sh.rule(18, 36, W - 18, 36, width_mm=0.3)
    T(sh, 18, 44, name, font=f, size=12, bold=True)
    T(sh, 18, 52, "Verzekeringscertificaat / Certificate of insurance", font=f, size=11)
    P(sh, 18, 62, W - 36, f"Verzekerde: {c.p.given_names} {c.p.surname}, geboren {d_nl(c.p.birth_date, 'dashes_zero')}. "
      f"Polisnummer {_policy_no(c, 'INC-')}. Looptijd {d_nl(start, 'dashes_zero')} tot en met "
      f"{d_nl(end, 'dashes_zero')}. De verzekering dekt medisch noodzakelijke kosten in Nederland, waaronder "
      f"ziekenhuisopname, specialistische zorg en geneesmiddelen, ook voor een bestaande aandoening.", font=f,
      size=10.5, leading=1.5)
    T(sh, 18, c.page_h - 10, f"Afgedrukt {d_nl(c.sub - dt.timedelta(days=rng.randint(2, 9)), 'dashes_zero')}", font=f,
      size=7.5, color=GREY)
    return [sh]


def intl_colombia_letter(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An international insurer's 'Certificado de cobertura / Certificate of coverage' in Spanish and English on
    Letter paper, the data as labelled lines in a frame, the signature of the underwriting manager."""
    ins = c.insurer_intl or {}
    name = c.__dict__.get("_ins_name") or ins.get("name") or "Aseguradora Internacional"
    sh = c.new_sheet()
    W = c.page_w
    f = "sans6"
    sh.rect(18, 10, W - 36, 16, width_mm=0, fill=ins.get("color", (0, 90, 60)))
    T(sh, 22, 13, name, font=f, size=12.5, bold=True, color=(255, 255, 255))
    T(sh, 22, 19.5, ins.get("addr", ""), font=f, size=8, color=(235, 235, 235))
    es = "Colombia" in ins.get("addr", "") or "México" in ins.get("addr", "")
    T(sh, 18, 36, "CERTIFICADO DE COBERTURA · CERTIFICATE OF COVERAGE" if es else "CERTIFICATE OF COVERAGE", font=f,
      size=12, bold=True)
    sh.rect(18, 44, W - 36, 44, width_mm=0.3)
    rows = ((("Asegurado / Insured", f"{c.p.given_names} {c.p.surname}"),
             ("Nacimiento / Born", d_en(c.p.birth_date)), ("Póliza / Policy", _policy_no(c, "CO-")),
             ("Plan", ins.get("plan", "Internacional")),
             ("Territorio / Territory", "Mundial incl. Países Bajos / Worldwide incl. the Netherlands")) if es else
            (("Insured", f"{c.p.given_names} {c.p.surname}"), ("Date of birth", d_en(c.p.birth_date)),
             ("Policy", _policy_no(c, "P-")), ("Plan", ins.get("plan", "International")),
             ("Territory", "Worldwide including the Netherlands")))
    for k, (a, b) in enumerate(rows):
        T(sh, 22, 47 + k * 8, a, font=f, size=8.5, color=GREY)
        T(sh, 75, 47 + k * 8, b, font=f, size=10)
    P(sh, 18, 96, W - 36, ("Cubre hospitalización, especialistas y medicamentos, incluidas condiciones preexistentes "
      "declaradas. / " if es else "") + "Covers hospital care, specialists and medication, including declared "
      "pre-existing conditions, for twelve months.", font=f, size=10, leading=1.45)
    sh.signature(18, 124, 40, 13, rng, color=BLUE_INK)
    T(sh, 18, 139, "Gerente de suscripción / Underwriting manager" if es else "Underwriting manager", font=f, size=9)
    return [sh]


_reg("polisblad-nl-polisaanhangsel-per-post-potlood", "health-insurance", PART, "nl", polisaanhangsel,
     "Dutch insurer's policy attachment as posted, cover table, pencil inventory number")
_reg("incoming-certificaat-email-print", "health-insurance", PART, "nl", incoming_email_cert,
     "incoming insurer's certificate printed from the e-mail client with the mail header")
_reg("intl-certificado-bogota-marco-carta", "health-insurance", PART, "en", intl_colombia_letter,
     "international insurer's Spanish/English certificate in a frame on Letter paper")


# =========================================================================== civic integration

def duo_diploma_box(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """DUO's civic-integration diploma with the holder's data in a framed box in the middle (name, date and place of
    birth), the level 'B1' in a large circle, signed for the minister; copied with the paralegal's ticks."""
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    d = _inb_date(c, rng)
    f = "serif4"
    T(sh, W / 2, 30, "Diploma inburgering", font=f, size=24, bold=True, align="center")
    T(sh, W / 2, 44, "Wet inburgering", font=f, size=11, align="center", color=GREY)
    sh.rect(40, 60, W - 80, 34, width_mm=0.6)
    T(sh, W / 2, 66, f"{c.p.given_names} {c.p.surname}", font=f, size=15, bold=True, align="center")
    T(sh, W / 2, 76, f"geboren op {d_nl(c.p.birth_date)} te {c.p.birth_place}", font=f, size=11, align="center")
    T(sh, W / 2, 84, "heeft het inburgeringsexamen met goed gevolg afgelegd", font=f, size=11, align="center")
    sh.rect(W / 2 - 10, 104, 20, 20, width_mm=0.8, color=TEAL)
    T(sh, W / 2, 109, "B1", font=f, size=16, bold=True, align="center", color=TEAL)
    T(sh, W / 2, 140, f"Den Haag / Groningen, {d_nl(d)}", font=f, size=10.5, align="center")
    T(sh, W / 2, 150, "De minister van Sociale Zaken en Werkgelegenheid, namens deze: DUO", font=f, size=9.5,
      align="center")
    sh.signature(W / 2 - 20, 156, 40, 13, rng, color=BLACK_INK)
    T(sh, 24, H - 20, f"Nummer {seed_of('dip10', c.rng_seed) % 10 ** 9:09d}", font=f, size=9)
    paralegal_ticks(sh, rng, [(W - 38, 66), (W - 38, 76)], "ok")
    return [sh]


def duo_ontheffing_numbered(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """DUO's exemption decision with the reasons numbered (1. Wat hebben wij besloten, 2. Waarom, 3. Bezwaar),
    DUO's logo text at the top left, the reference table at the right; printed from a phone photo on the inkjet."""
    sh = c.new_sheet()
    W = c.page_w
    d = _inb_date(c, rng)
    f = "sans4"
    T(sh, 18, 12, "DUO", font=f, size=18, bold=True, color=TEAL)
    T(sh, 18, 20, "Dienst Uitvoering Onderwijs", font=f, size=8.5, color=GREY)
    for j_, (a, b) in enumerate((("Datum", d_nl(d, "dashes_zero")),
                                 ("Kenmerk", f"ONT-{seed_of('ont10', c.rng_seed) % 10 ** 7:07d}"))):
        T(sh, W - 70, 14 + j_ * 5, a, font=f, size=8.5, color=GREY)
        T(sh, W - 45, 14 + j_ * 5, b, font=f, size=9)
    T(sh, 18, 40, f"{c.p.given_names} {c.p.surname}", font=f, size=10.5)
    T(sh, 18, 52, "Besluit: ontheffing inburgeringsplicht", font=f, size=12, bold=True)
    y = 62
    for head, txt in (("1. Wat hebben wij besloten?", "U krijgt ontheffing van de inburgeringsplicht. U hoeft het "
                       "inburgeringsexamen niet te doen."),
                      ("2. Waarom?", "Uit het advies van de arts blijkt dat u door een medische beperking blijvend "
                       "niet aan de inburgeringsplicht kunt voldoen."),
                      ("3. Niet eens met dit besluit?", "Dan kunt u binnen 6 weken bezwaar maken.")):
        T(sh, 18, y, head, font=f, size=10.5, bold=True)
        y = P(sh, 18, y + 5.5, W - 36, txt, font=f, size=10.5, leading=1.45) + 4
    T(sh, 18, y + 4, f"Geboortedatum volgens onze gegevens: {d_nl(c.p.birth_date, 'dashes_zero')}", font=f, size=9.5)
    T(sh, 18, y + 14, "Met vriendelijke groet, namens de minister,", font=f, size=10)
    sh.signature(18, y + 19, 40, 12, rng, color=BLACK_INK)
    return [_same(inkjet_banding(sh, rng), sh)]


def duo_uitslag_mijninburgering(c: Case, rng: random.Random, *, failed: bool = False, **_) -> list[Sheet]:
    """The exam results overview printed from Mijn Inburgering: the portal's menu bar, each exam part as a line
    with a coloured dot and 'Gehaald' / 'Niet gehaald', the print's date line; pencil inventory number."""
    sh = c.new_sheet()
    W = c.page_w
    d = _inb_date(c, rng)
    f = "sans2"
    T(sh, 8, 5, f"{d_nl(c.sub - dt.timedelta(days=rng.randint(3, 30)), 'dashes_zero')} – Mijn Inburgering", font=f,
      size=7, color=GREY)
    sh.rect(18, 12, W - 36, 9, width_mm=0, fill=TEAL)
    T(sh, 22, 14, "Mijn Inburgering   |   Examens   |   Berichten   |   Gegevens", font=f, size=9,
      color=(255, 255, 255))
    T(sh, 18, 30, "Mijn examenresultaten", font=f, size=14, bold=True)
    T(sh, 18, 38, f"{c.p.given_names} {c.p.surname} · geboren {d_nl(c.p.birth_date, 'dashes_zero')}", font=f, size=9.5)
    parts = ["Lezen", "Luisteren", "Schrijven", "Spreken", "Kennis van de Nederlandse Maatschappij (KNM)"]
    bad = seed_of("fail10", c.rng_seed) % len(parts) if failed else -1
    y = 50
    for k, p in enumerate(parts):
        ok = k != bad
        sh.rect(18, y, W - 36, 10, width_mm=0.2, color=(200, 200, 200))
        sh.rect(21, y + 3.5, 3, 3, width_mm=0, fill=(40, 150, 70) if ok else (200, 40, 40))
        T(sh, 28, y + 2.5, p, font=f, size=10)
        T(sh, 120, y + 2.5, d_nl(d - dt.timedelta(days=9 * k), "dashes_zero"), font=f, size=9.5)
        T(sh, W - 22, y + 2.5, "Gehaald" if ok else "Niet gehaald", font=f, size=10, bold=not ok, align="right")
        y += 11
    T(sh, 18, y + 6, "Nog niet alle onderdelen gehaald." if failed else "U hebt alle onderdelen gehaald.", font=f,
      size=10.5)
    inventory_circle(sh, rng)
    return [sh]


_reg("duo-diploma-gegevenskader-b1-vinkjes", "civic-integration", PART, "nl", duo_diploma_box,
     "DUO diploma with the holder's data in a framed box, level in a circle, paralegal's ticks")
_reg("duo-ontheffing-genummerde-redenen-inkjet", "civic-integration", PART, "nl", duo_ontheffing_numbered,
     "DUO exemption decision with numbered reasons, inkjet print of a phone photo")
_reg("duo-uitslag-mijninburgering-stippen-potlood", "civic-integration", PART, "nl", duo_uitslag_mijninburgering,
     "Mijn Inburgering results overview with coloured dots, pencil inventory number")


# =========================================================================== other

def cover_letter_margin(c: Case, rng: random.Random, *, enclosures: list[str] | None = None, **_) -> list[Sheet]:
    """A Dutch lawyer's cover letter with the enclosures numbered in the left margin ('bijlage 1' ...), the office's
    logo text in teal at the top left and its details in a right-hand column, 'Kenmerk' and 'V-nummer' in the
    reference line."""
    lw = c.lawyer or LAWYERS[0]
    sh = c.new_sheet()
    W = c.page_w
    f = "sans2"
    T(sh, 18, 12, lw["firm"], font=f, size=13, bold=True, color=TEAL)
    for k, ln in enumerate([lw["street"], f"{lw['pc']} {lw['city']}"]):
        T(sh, W - 18, 12 + k * 4.5, ln, font=f, size=8.5, color=GREY, align="right")
    y = 34
    for ln in IND_ADDRESSES[rng.randrange(len(IND_ADDRESSES))].split("\n"):
        T(sh, 18, y, ln, font=f, size=10)
        y += 5
    y += 6
    T(sh, 18, y, f"Kenmerk {rng.randint(2025, 2026)}.{rng.randint(1000, 9999)} · V-nummer {c.vnr} · "
                 f"{d_nl(c.sub - dt.timedelta(days=rng.randint(0, 3)))}", font=f, size=9.5)
    y += 10
    y = P(sh, 18, y, W - 36, f"Betreft: {PROC_NL[c.procedure]} – {c.p.given_names} {c.p.surname}", font=f,
          size=10.5) + 4
    paras = ["Geachte heer, mevrouw,", f"Namens mijn cliënt(e) zend ik u de aanvraag {PROC_NL[c.procedure]} met de "
             "bijlagen die in de kantlijn zijn genummerd."]
    if c.procedure == "ind-medical-treatment" and c.art64_end:
        paras.append(f"Cliënt(e) had uitstel van vertrek (artikel 64 Vw) tot en met {d_nl(c.art64_end)}.")
    if c.no_passport:
        paras.append("Cliënt(e) heeft geen geldig paspoort en vraagt vrijstelling van het paspoortvereiste. " +
                     " ".join(EXEMPTION_TEXT[i] for i in c.exemption_shown))
    if c.suriname_visa:
        paras.append("Cliënt(e) is Surinamer en reisde in met een mvv voor medische behandeling; de behandeling "
                     "loopt nog en de kosten zijn gedekt.")
    for para in paras:
        y = P(sh, 18, y, W - 36, para, font=f, size=10.5, leading=1.4) + 3
    if enclosures:
        for i, e in enumerate(enclosures, 1):
            T(sh, 8, y, f"bijl. {i}", font=f, size=8, color=TEAL)
            T(sh, 26, y, e, font=f, size=10)
            y += 5.4
    y += 6
    T(sh, 18, y, "Met vriendelijke groet,", font=f, size=10.5)
    sh.signature(18, y + 5, 42, 13, rng, color=BLUE_INK)
    T(sh, 18, y + 20, c.lawyer_name or f"mr. {lw.get('last', '')}", font=f, size=10.5)
    return [c.intr(sh)]


def art64_decision_ticks(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The IND's art. 64 decision with the period in bold in its own line, copied with the paralegal's ticks."""
    end = c.art64_end or (c.since - dt.timedelta(days=1) if c.since else c.sub + dt.timedelta(days=10))
    start = add_years(end, -1) + dt.timedelta(days=1)
    sh = c.new_sheet()
    W = c.page_w
    f = "sans4"
    T(sh, 18, 12, "IND", font=f, size=15, bold=True)
    T(sh, 18, 19, "Immigratie- en Naturalisatiedienst", font=f, size=8.5, color=GREY)
    T(sh, W - 18, 40, f"V-nummer {c.vnr}", font=f, size=9.5, align="right")
    T(sh, W - 18, 45, d_nl(start - dt.timedelta(days=rng.randint(5, 20))), font=f, size=9.5, align="right")
    T(sh, 18, 58, "Uw aanvraag uitstel van vertrek (artikel 64 Vreemdelingenwet)", font=f, size=11, bold=True)
    P(sh, 18, 68, W - 36, "Wij hebben besloten dat u uitstel van vertrek krijgt, omdat het Bureau Medische Advisering "
      "heeft geadviseerd dat u om medische redenen nu niet kunt reizen. Het uitstel geldt voor de periode:", font=f,
      size=10.5, leading=1.5)
    T(sh, 18, 88, f"{d_nl(start)} tot en met {d_nl(end)}", font=f, size=11.5, bold=True)
    paralegal_ticks(sh, rng, [(W - 16, 88)], "")
    return [c.intr(sh)]


def permit_letter_circle(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The IND's decision granting the permit, with the start date in a table, copied with the pencil number."""
    sh = c.new_sheet()
    W = c.page_w
    f = "serif5"
    since = c.since or (c.sub - dt.timedelta(days=400))
    T(sh, 18, 14, "Immigratie- en Naturalisatiedienst", font=f, size=12, bold=True)
    T(sh, 18, 34, "Besluit op uw aanvraag", font=f, size=12, bold=True)
    y = 44
    for a, b in (("V-nummer", c.vnr), ("Beslissing", "ingewilligd"), ("Ingangsdatum vergunning", d_nl(since))):
        sh.rect(18, y, 55, 7, width_mm=0.2, fill=(236, 236, 236))
        sh.rect(73, y, W - 91, 7, width_mm=0.2)
        T(sh, 20, y + 1.5, a, font=f, size=9.5)
        T(sh, 75, y + 1.5, b, font=f, size=10)
        y += 7
    P(sh, 18, y + 8, W - 36, "U krijgt een verblijfsvergunning regulier voor bepaalde tijd. Maak online een afspraak "
      "om uw verblijfsdocument op te halen.", font=f, size=10.5, leading=1.5)
    inventory_circle(sh, rng)
    return [c.intr(sh)]


def mvv_thumb(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The passport page with the MVV sticker, copied with a thumb holding the booklet flat."""
    sh = c.new_sheet()
    x0, y0, pw, ph = 32, 70, 150, 105
    sh.rect(x0 - 4, y0 - 4, pw + 8, ph + 8, width_mm=0, fill=(50, 46, 54))
    sh.rect(x0, y0, pw, ph, width_mm=0, fill=(240, 236, 244))
    T(sh, x0 + 4, y0 + 3, "VISUM · NEDERLAND", font="sans2", size=10, bold=True)
    start = c.sub - dt.timedelta(days=rng.randint(150, 200))
    end = start + dt.timedelta(days=180)
    pno = c.passport_no or f"R{rng.randint(1000000, 9999999)}"
    for k, (a, b) in enumerate([("GELDIG VOOR", "SCHENGENSTATEN"), ("VAN", start.strftime("%d-%m-%y")),
                                ("TOT", end.strftime("%d-%m-%y")), ("TYPE", "D"), ("PASPOORT", pno),
                                ("NAAM", f"{c.p.surname.upper()}, {c.p.given_names.upper()}"),
                                ("OPMERKINGEN", "MVV – MEDISCHE BEHANDELING")]):
        T(sh, x0 + 4, y0 + 11 + k * 8.5, a, font="sans2", size=5.5, color=GREY)
        T(sh, x0 + 42, y0 + 11 + k * 8.5, b, font="sans2", size=8.5)
    line1 = ("V<NLD" + _mrz_name(c.p, 39))[:44]
    birth = c.p.birth_date.strftime("%y%m%d")
    exp = end.strftime("%y%m%d")
    pn = (pno + "<" * 9)[:9]
    line2 = f"{pn}{_mrz_check(pn)}SUR{birth}{_mrz_check(birth)}{c.p.sex}{exp}{_mrz_check(exp)}" + "<" * 16
    T(sh, x0 + 3, y0 + ph - 13, line1, font="ocrb", size=9.5)
    T(sh, x0 + 3, y0 + ph - 7, line2[:44], font="ocrb", size=9.5)
    return [_same(thumb_hold(sh, rng, side="left"), sh)]


_reg("cover-letter-bijlagen-kantlijn", "other", PART, "nl", cover_letter_margin,
     "Dutch lawyer's cover letter with the enclosures numbered in the left margin")
_reg("art64-decision-periode-vetgedrukt-vinkjes", "other", PART, "nl", art64_decision_ticks,
     "IND art. 64 decision with the period on its own bold line, paralegal's ticks")
_reg("permit-letter-tabel-potlood", "other", PART, "nl", permit_letter_circle,
     "IND decision granting the permit, data table, pencil number")
_reg("mvv-sticker-sur-duim", "other", PART, "nl", mvv_thumb,
     "MVV page in the open booklet, a thumb holding it flat")
