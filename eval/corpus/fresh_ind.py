"""IND families of the `fresh` part (registered in ind.FAMILIES).

Other issuers and layouts than dev/heldout: the IND forms as printed from the 2025 PDF (numbered
questions, V-number box in every page header), a payroll-bureau payslip, the IND's own guarantor model
form, a Belastingdienst-style annual statement (jaaropgaaf), UMC letters with a duration line, a care
institution's planning confirmation, an English intake letter, two insurance documents, three DUO
letters, a lawyer's cover letter with an enclosure table, IND decisions and the MVV sticker page.
Every maker draws on ``c.new_sheet()`` (so a planted US-Letter page is honoured) and marks pages that
print the V-number themselves with ``c.intr``.
"""
from __future__ import annotations

import random

from .ind import (BLACK_INK, BLUE_INK, DARK, GREY, IND_ADDRESSES, LAWYERS, ROUTES_7027, STAMP_BLUE, STAMP_VIOLET,
                  PROC_NL, Case, D, P, T, _care_dates, _emp, _not_available, _policy_no, _reg,
                  _treat_start, _inb_date, add_months, add_years, country_nl, d_en, d_nl, dt, duration_phrase,
                  earner, eur, fnt, hand_font, nat_nl, pay_calc, seed_of, title_nl, _mrz_check, _mrz_name)
from .paper import Sheet

PART = "fresh"
RED = (160, 30, 40)


def _ins_name(c: Case) -> str:
    return c.__dict__.get("_ins_name") or (c.insurer_intl or {}).get("name") or "GlobeCare International Health DAC"


# =========================================================================== application forms (2025 PDF print)

class _Q:
    """Numbered-question form: question text left, answer box right; typed or handwritten answers."""

    def __init__(self, c: Case, rng: random.Random, title: str, code: str, npages: int):
        self.c, self.rng, self.title, self.code, self.n = c, rng, title, code, npages
        self.sheets: list[Sheet] = []
        self.hand = c.fill == "hand"
        self.hf = c.__dict__.setdefault("_hand", hand_font(random.Random(c.rng_seed), caps=True))
        self.ink = rng.choice([BLUE_INK, BLACK_INK])
        self.tf = rng.choice(["sans4", "mono", "sans"])
        self.page()

    def page(self):
        c = self.c
        sh = c.new_sheet()
        W = c.page_w
        i = len(self.sheets) + 1
        T(sh, 16, 10, "Immigratie- en Naturalisatiedienst", font="sans4", size=9, bold=True, color=(21, 66, 115))
        T(sh, 16, 14.5, "Ministerie van Justitie en Veiligheid", font="sans4", size=7.5, color=GREY)
        sh.rect(W - 70, 8, 54, 11, width_mm=0.3)
        T(sh, W - 68.5, 8.8, "V-nummer (indien bekend)", font="sans4", size=6.5, color=GREY)
        self.answer(sh, W - 68, 12.6, c.vnr, 48)
        if i == 1:
            T(sh, 16, 28, self.title, font="sans4", size=15, bold=True, color=(21, 66, 115))
            self.y = 40
        else:
            self.y = 28
        self.sheets.append(c.intr(sh))
        self.sh = sh

    def done(self) -> list[Sheet]:
        n = len(self.sheets)
        for i, sh in enumerate(self.sheets, 1):
            T(sh, self.c.page_w / 2, self.c.page_h - 10, f"{self.code} · pagina {i} van {n}", font="sans4", size=7,
              color=GREY, align="center")
        return self.sheets

    def answer(self, sh, x, y, s, w):
        if not s:
            return
        if self.hand:
            size = 11.5
            while size > 8 and len(s) * size * 0.26 > w:
                size -= 0.5
            sh.handwriting(x, y - 1.4, s.upper(), self.rng, size_pt=size, color=self.ink, font=self.hf)
        else:
            size = 9.5
            while size > 6.5 and sh.text_width(s, font=self.tf, size_pt=size) > w - 2:
                size -= 0.5
            T(sh, x, y, s, font=self.tf, size=size)

    def part(self, title):
        if self.y > self.c.page_h - 40:
            self.page()
        self.y += 3
        T(self.sh, 16, self.y, title, font="sans4", size=10.5, bold=True)
        self.sh.rule(16, self.y + 5, self.c.page_w - 16, self.y + 5, width_mm=0.4, color=(21, 66, 115))
        self.y += 8

    def q(self, num, text, val="", lines=1):
        if self.y > self.c.page_h - 28:
            self.page()
        W = self.c.page_w
        T(self.sh, 16, self.y + 1, num, font="sans4", size=8.5, bold=True)
        yy = P(self.sh, 26, self.y + 1, 70, text, font="sans4", size=8.5, leading=1.2)
        h = 7.5 * lines
        self.sh.rect(100, self.y, W - 116, h, width_mm=0.2, color=(120, 120, 120))
        self.answer(self.sh, 102, self.y + 2, val, W - 120)
        self.y = max(yy, self.y + h) + 2.5

    def tick(self, num, text, options, chosen):
        if self.y > self.c.page_h - 30:
            self.page()
        T(self.sh, 16, self.y + 1, num, font="sans4", size=8.5, bold=True)
        yy = P(self.sh, 26, self.y + 1, 70, text, font="sans4", size=8.5, leading=1.2)
        y = self.y
        for k, o in enumerate(options):
            self.sh.checkbox(100, y + 0.5, 3.5, checked=k in chosen, rng=self.rng if self.hand else None,
                             ink=self.ink)
            yo = P(self.sh, 106, y + 0.4, self.c.page_w - 124, o, font="sans4", size=8.5, leading=1.15)
            y = max(yo, y + 5.5) + 0.5
        self.y = max(yy, y) + 2.5

    def sign(self, num):
        c = self.c
        if self.y > c.page_h - 60:
            self.page()
        self.part(f"{num} Ondertekening")
        P(self.sh, 16, self.y, c.page_w - 32, "Ik heb dit formulier volledig en naar waarheid ingevuld. Ik weet dat de "
          "IND mijn gegevens controleert.", font="sans4", size=8.5)
        self.y += 10
        d0 = c.sub - dt.timedelta(days=self.rng.randint(1, 7))
        self.q(f"{num}.1", "Plaats", c.p.address.city if c.p.address else "")
        self.q(f"{num}.2", "Datum (dd-mm-jjjj)", f"{d0.day:02d}-{d0.month:02d}-{d0.year}")
        T(self.sh, 16, self.y + 1, f"{num}.3", font="sans4", size=8.5, bold=True)
        T(self.sh, 26, self.y + 1, "Handtekening", font="sans4", size=8.5)
        self.sh.rect(100, self.y, 70, 24, width_mm=0.3)
        self.sh.signature(100 + self.rng.uniform(3, 16), self.y + self.rng.uniform(2, 7), 45, 14, self.rng,
                          color=self.ink)
        self.y += 28


def _personalia(f: _Q, c: Case) -> None:
    p = c.p
    f.part("1 Uw gegevens")
    f.q("1.1", "Achternaam (zoals in uw paspoort)", p.surname)
    f.q("1.2", "Voornamen", p.given_names)
    b = p.birth_date
    f.q("1.3", "Geboortedatum", f"{b.day:02d}-{b.month:02d}-{b.year}")
    f.q("1.4", "Geboorteplaats en -land", f"{p.birth_place}, {country_nl(p)}")
    f.q("1.5", "Nationaliteit", nat_nl(p))
    f.tick("1.6", "Geslacht", ["man", "vrouw"], {0 if p.sex == "M" else 1})
    if p.address:
        f.q("1.7", "Adres in Nederland", f"{p.address.street} {p.address.number}, {p.address.postcode} {p.address.city}",
            lines=1)
    if c.lawyer:
        f.part("2 Gemachtigde")
        f.q("2.1", "Naam advocaat", c.lawyer_name)
        f.q("2.2", "Kantoor", f"{c.lawyer['firm']}, {c.lawyer['city']}")


def form_med_2025(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _Q(c, rng, "Aanvraag verblijfsvergunning medische behandeling", "Formulier 7008 MB · versie 2025-11", 3)
    _personalia(f, c)
    f.part("3 Uw behandeling")
    f.q("3.1", "Naam en plaats van de zorginstelling", f"{c.hospital.get('name', '')}, {c.hospital.get('city', '')}")
    f.q("3.2", "Welke behandeling krijgt u?", c.med.get("tx_short", ""))
    f.tick("3.3", "Hebt u 1 jaar of langer uitstel van vertrek gehad (art. 64 Vw)?", ["nee", "ja"],
           {1 if c.art64_end else 0})
    if c.art64_end:
        e = c.art64_end
        f.q("3.4", "Einddatum van het jaar uitstel van vertrek", f"{e.day:02d}-{e.month:02d}-{e.year}")
    f.tick("3.5", "Bent u Surinamer en in Nederland met een visum voor medische behandeling?", ["nee", "ja"],
           {1 if c.suriname_visa else 0})
    f.part("4 Betaling en documenten")
    if not c.art64_end:
        f.tick("4.1", "Wie betaalt uw verblijf en de behandeling?", ["ikzelf", "een garantsteller (verklaring bij)"],
               {1 if c.payer else 0})
    f.tick("4.2", "Stuurt u een kopie van uw geldige paspoort mee?", ["ja", "nee, ik vraag vrijstelling (toelichting)"],
           {1 if c.no_passport else 0})
    f.page()
    f.part("5 Toelichting")
    P(f.sh, 16, f.y, c.page_w - 32, "Geef hier een toelichting op uw antwoorden. Gebruik zo nodig een extra blad.",
      font="sans4", size=8.5)
    f.y += 7
    note = ("Ik heb geen geldig paspoort. Zie de brief van mijn advocaat over de vrijstelling." if c.no_passport else
            "Zie de bijgevoegde brief van mijn advocaat." if c.lawyer else
            "Mijn behandeling loopt; de verklaringen van het ziekenhuis zijn bijgevoegd.")
    for k in range(6):
        f.sh.rule(16, f.y + 6 + k * 7, c.page_w - 16, f.y + 6 + k * 7, width_mm=0.12, color=(160, 160, 160))
    f.answer(f.sh, 18, f.y + 1, note, c.page_w - 36)
    f.y += 48
    f.sign("6")
    return f.done()


def form_7027_2025(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _Q(c, rng, "Aanvraag voortgezet verblijf – humanitair niet tijdelijk",
           "Formulier 7027 · versie 2025-07", 2)
    _personalia(f, c)
    f.part("3 Uw huidige verblijfsvergunning")
    keys = [k for k, _ in ROUTES_7027]
    f.tick("3.1", "Voor welk doel hebt u nu een verblijfsvergunning?", [t for _, t in ROUTES_7027],
           {keys.index(c.route)} if c.route in keys else set())
    s = c.since
    if s:
        f.q("3.2", "Sinds welke datum?", f"{s.day:02d}-{s.month:02d}-{s.year}")
    if c.route == "relationship":
        f.tick("3.3", "Hebt u aan de inburgeringsplicht voldaan?",
               ["ja, diploma", "ontheffing of vrijstelling", "nee"],
               {0} if c.inburgering in ("diploma", "results") else ({1} if c.inburgering == "exemption" else {2}))
    if c.route and c.route.startswith("medical"):
        f.tick("3.4", "Is uw behandeling nog minstens 1 jaar nodig?", ["ja, zie verklaring behandelaar", "nee"], {0})
    f.sign("4")
    return f.done()


def form_generic_2025(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _Q(c, rng, "Aanvraag verlenging verblijfsvergunning", "Formulier 7503 VV · versie 2025-03", 2)
    _personalia(f, c)
    f.part("3 Verlenging")
    r = random.Random(c.rng_seed)
    f.q("3.1", "Huidig verblijfsdoel", r.choice(["verblijf bij partner", "arbeid in loondienst", "studie"]))
    f.tick("3.2", "Is er iets veranderd in uw situatie?", ["nee", "ja (toelichting bijgevoegd)"], {0})
    f.sign("4")
    return f.done()


_reg("ind-form-med-2025-numbered", "application", PART, "nl", form_med_2025,
     "medical treatment form as printed from the 2025 PDF: numbered questions, V-number box in every header, 3 pages")
_reg("ind-form-7027-2025-numbered", "application", PART, "nl", form_7027_2025,
     "form 7027, 2025 print, numbered questions, answer boxes right")
_reg("ind-form-generic-2025-numbered", "application", PART, "nl", form_generic_2025,
     "extension form, 2025 print, numbered questions")


# =========================================================================== income

def payslip_bureau(c: Case, rng: random.Random, month: int = 11, **_) -> list[Sheet]:
    """Payroll bureau payslip: landscape-like two-block table, employer and bureau logos, YTD column."""
    e, w = _emp(c, rng), earner(c)
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    sh = c.new_sheet()
    W = c.page_w
    f = "narrow"
    sh.rect(14, 12, W - 28, 18, width_mm=0, fill=(235, 240, 245))
    T(sh, 18, 14, "Loonstrook", font=f, size=16, bold=True)
    T(sh, 18, 22, f"{e['name']} · verloning door Salarisbureau Noordkade", font=f, size=8.5, color=DARK)
    T(sh, W - 18, 15, f"Periode {month}/2026", font=f, size=10, align="right")
    T(sh, W - 18, 21, f"Verloningsdatum 2{rng.randint(1, 5)}-{month:02d}-2026", font=f, size=8.5, align="right")
    left = [("Werknemer", f"{w.given_names} {w.surname}"), ("Personeelsnr.", e["pnr"]), ("BSN", e["bsn"]),
            ("Functie", e["func_now"]), ("In dienst", d_nl(e["start"], "dashes_zero"))]
    right = [("Loonheffingennr.", e["lhn"]), ("Contract", "onbepaalde tijd"), ("Uren p/w", "38,00"),
             ("CAO", e.get("cao", "-")), ("IBAN", e["iban"])]
    y = 36
    for (a, b), (cc, d) in zip(left, right):
        T(sh, 18, y, a, font=f, size=8.5, color=GREY)
        T(sh, 48, y, b, font=f, size=9)
        T(sh, 112, y, cc, font=f, size=8.5, color=GREY)
        T(sh, 140, y, d, font=f, size=9)
        y += 5
    y += 5
    cols = [("Omschrijving", 18), ("Periode", 120), ("Cumulatief", 160)]
    for t, x in cols:
        T(sh, x, y, t, font=f, size=9, bold=True)
    sh.rule(16, y + 5, W - 16, y + 5, width_mm=0.3)
    y += 8
    rows = [("Salaris", k["bruto"]), (f"Pensioenpremie {e.get('pension', '')}", -k["pens"]),
            ("Loonheffing (tabel wit)", -k["lh"]), ("Reiskostenvergoeding", k["reis"])]
    for t, v in rows:
        T(sh, 18, y, t, font=f, size=9)
        T(sh, 150, y, eur(v, False), font=f, size=9, align="right")
        T(sh, 190, y, eur(v * month, False), font=f, size=9, align="right")
        y += 5.2
    sh.rule(16, y, W - 16, y, width_mm=0.3)
    T(sh, 18, y + 2, "Netto te betalen", font=f, size=10, bold=True)
    T(sh, 150, y + 2, eur(k["net"]), font=f, size=10, bold=True, align="right")
    T(sh, 18, y + 14, f"Reservering vakantiegeld (8 %): {eur(k['bruto'] * 0.08)}", font=f, size=8.5, color=DARK)
    return [sh]


def guarantor_ind_model(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The IND's own model 'Verklaring garantsteller', two pages, filled in by hand, with the guarantor's signature."""
    g = c.payer or c.p
    e = _emp(c, random.Random(c.rng_seed))
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    hf = hand_font(random.Random(seed_of("gar", c.rng_seed)))
    ink = BLUE_INK
    s1, s2 = c.new_sheet(), c.new_sheet()
    for i, sh in enumerate((s1, s2), 1):
        T(sh, 16, 10, "IND", font="sans4", size=14, bold=True, color=(21, 66, 115))
        T(sh, 16, 17, "Verklaring garantsteller – model 7520 (versie 2025-01)", font="sans4", size=9)
        T(sh, c.page_w / 2, c.page_h - 10, f"pagina {i} van 2", font="sans4", size=7, color=GREY, align="center")
    y = 30
    T(s1, 16, y, "1 Gegevens garantsteller", font="sans4", size=10.5, bold=True)
    y += 8
    rows = [("Naam", f"{g.given_names} {g.surname}"), ("Geboortedatum", d_nl(g.birth_date, "dashes_zero")),
            ("Nationaliteit", nat_nl(g)), ("Adres", f"{g.address.street} {g.address.number}" if g.address else ""),
            ("Postcode en plaats", f"{g.address.postcode} {g.address.city}" if g.address else ""),
            ("Relatie tot vreemdeling", c.payer_relation or "zelf")]
    for lab, val in rows:
        T(s1, 18, y, lab, font="sans4", size=9)
        s1.rule(70, y + 5, c.page_w - 18, y + 5, width_mm=0.15, color=(150, 150, 150))
        s1.handwriting(72, y - 1.5, val, rng, size_pt=11.5, color=ink, font=hf)
        y += 9
    y += 4
    T(s1, 16, y, "2 Inkomen garantsteller", font="sans4", size=10.5, bold=True)
    y += 8
    for lab, val in (("Werkgever", e["name"]), ("In dienst sinds", d_nl(e["start"], "dashes_zero")),
                     ("Bruto maandloon", "EUR " + eur(k["bruto"], False)), ("Netto maandloon", "EUR " + eur(k["net"], False)),
                     ("Soort contract", "vast")):
        T(s1, 18, y, lab, font="sans4", size=9)
        s1.rule(70, y + 5, c.page_w - 18, y + 5, width_mm=0.15, color=(150, 150, 150))
        s1.handwriting(72, y - 1.5, val, rng, size_pt=11.5, color=ink, font=hf)
        y += 9
    y = 30
    T(s2, 16, y, "3 Verklaring", font="sans4", size=10.5, bold=True)
    y = P(s2, 16, y + 7, c.page_w - 32, f"Ik sta garant voor de kosten van verblijf en medische behandeling in Nederland "
          f"van {c.p.given_names} {c.p.surname}, geboren op {d_nl(c.p.birth_date, 'dashes_zero')}, voor de duur van "
          f"het verblijf. Ik weet dat de overheid kosten op mij kan verhalen.", font="sans4", size=9.5)
    T(s2, 16, y + 8, "Datum en handtekening garantsteller", font="sans4", size=9)
    s2.handwriting(18, y + 14, d_nl(c.sub - dt.timedelta(days=rng.randint(5, 25)), "dashes_zero"), rng, size_pt=11.5,
                   color=ink, font=hf)
    s2.signature(80, y + 12, 48, 15, rng, color=ink)
    return [s1, s2]


def jaaropgaaf(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """Jaaropgaaf 2025 of the employer, A4 portrait, fiscal figures in a ruled box."""
    e, w = _emp(c, rng), earner(c)
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    sh = c.new_sheet()
    W = c.page_w
    T(sh, 18, 16, e["name"], font="serif5", size=12, bold=True)
    T(sh, 18, 22, f"{e['street']}, {e['pc']} {e['city']}", font="serif5", size=8.5, color=GREY)
    T(sh, 18, 42, "JAAROPGAAF 2025", font="serif5", size=16, bold=True)
    T(sh, 18, 50, "voor uw aangifte inkomstenbelasting", font="serif5", size=9, color=DARK)
    rows = [("Naam werknemer", f"{w.surname}, {w.given_names}"), ("Burgerservicenummer", e["bsn"]),
            ("Periode", "01-01-2025 t/m 31-12-2025"), ("Fiscaal loon", eur(k["base"] * 12)),
            ("Ingehouden loonheffing", eur(k["lh"] * 12)), ("Arbeidskorting verrekend", "ja"),
            ("Loonheffingennummer werkgever", e["lhn"])]
    y = 62
    sh.rect(16, y - 3, W - 32, len(rows) * 8 + 4, width_mm=0.3)
    for lab, val in rows:
        T(sh, 20, y, lab, font="serif5", size=10)
        T(sh, W - 20, y, val, font="serif5", size=10, align="right")
        y += 8
    T(sh, 18, y + 10, "Bewaar deze jaaropgaaf bij uw administratie.", font="serif5", size=8.5, color=GREY)
    return [sh]


_reg("payslip-nl-bureau", "income-proof", PART, "nl", payslip_bureau,
     "payroll bureau payslip, narrow face, period and cumulative columns")
_reg("guarantor-ind-model", "income-proof", PART, "nl", guarantor_ind_model,
     "IND model guarantor declaration, two pages, handwritten on lines")
_reg("jaaropgaaf-nl-2025", "income-proof", PART, "nl", jaaropgaaf, "employer's annual statement, serif, ruled box")


# =========================================================================== medical statements

def medstat_umc_brief(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """UMC outpatient letter with a boxed summary (diagnosis / treatment / expected duration) and prose."""
    m, h = c.med, c.hospital
    g, doc = seed_of("d", c.rng_seed), None
    r = random.Random(g)
    from .people import make_professional
    gg, ss, _ = make_professional(r, "NL")
    doc = f"dr. {gg[0]}. {ss}"
    sh = c.new_sheet()
    W = c.page_w
    sh.rect(0, 0, W, 6, width_mm=0, fill=h.get("color", (0, 90, 140)))
    T(sh, 20, 12, h["name"], font="sans5", size=13, bold=True, color=h.get("color", (0, 90, 140)))
    T(sh, 20, 18.5, f"Afdeling {m['spec']} · {h['street']} · {h['pc']} {h['city']}", font="sans5", size=8, color=GREY)
    T(sh, 20, 34, f"Datum: {d_nl(c.sub - dt.timedelta(days=rng.randint(8, 40)))}", font="sans5", size=9.5)
    T(sh, 20, 39.5, f"Betreft: {c.p.surname}, {c.p.given_names} – geboren {d_nl(c.p.birth_date, 'dashes_zero')}",
      font="sans5", size=9.5, bold=True)
    y = 50
    sh.rect(18, y - 2, W - 36, 30, width_mm=0.3, fill=(244, 246, 248))
    for lab, val in (("Diagnose", m["dx"]), ("Behandeling", m["tx"]),
                     ("Verwachte duur", duration_phrase(c.duration, _treat_start(c), "nl"))):
        T(sh, 21, y, lab, font="sans5", size=8.5, bold=True)
        y = P(sh, 55, y, W - 78, val, font="sans5", size=8.5, leading=1.15) + 1.5
    y = max(y, 82) + 4
    txt = (f"Bovengenoemde patiënt{'e' if c.p.sex == 'F' else ''} is sinds {d_nl(_treat_start(c))} bij ons onder "
           f"behandeling. {m['stop']} {_not_available(c)} De behandeling vindt plaats in ons centrum; verwijzing "
           f"naar een ander land is medisch niet verantwoord.")
    y = P(sh, 20, y, W - 40, txt, font="sans5", size=10) + 8
    T(sh, 20, y, "Hoogachtend,", font="sans5", size=10)
    sh.signature(20, y + 4, 42, 13, rng, color=BLUE_INK)
    T(sh, 20, y + 19, f"{doc}, {m['doc_title']}", font="sans5", size=10)
    T(sh, 20, y + 24, f"BIG-nr. {r.randint(10000000000, 99999999999)}", font="sans5", size=8.5, color=GREY)
    return [sh]


def medstat_treating_en(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """Statement in English by the treating consultant, typed on plain paper with the hospital stamp."""
    m, h = c.med, c.hospital
    from .people import make_professional
    gg, ss, _ = make_professional(random.Random(seed_of("en", c.rng_seed)), "NL")
    sh = c.new_sheet()
    W = c.page_w
    T(sh, W / 2, 18, "MEDICAL STATEMENT", font="serif4", size=14, bold=True, align="center")
    T(sh, W / 2, 25, f"{h['name']} – Department of {m['spec_en']}", font="serif4", size=9.5, align="center")
    txt = [f"I, the undersigned, Dr {gg} {ss}, {m['doc_en']}, declare that {c.p.given_names} {c.p.surname}, born "
           f"{d_en(c.p.birth_date)}, has been under my care since {d_en(_treat_start(c))}.",
           f"Diagnosis: {m['dx_en']}.", f"Treatment: {m['tx_en']}.",
           duration_phrase(c.duration, _treat_start(c), "en"), m["stop_en"], _not_available(c, "en")]
    y = 40
    for t in txt:
        y = P(sh, 22, y, W - 44, t, font="serif4", size=10.5) + 3
    T(sh, 22, y + 6, f"{h['city']}, {d_en(c.sub - dt.timedelta(days=rng.randint(6, 30)))}", font="serif4", size=10.5)
    sh.signature(22, y + 11, 45, 14, rng)
    T(sh, 22, y + 27, f"Dr {gg[0]}. {ss}", font="serif4", size=10.5)
    sh.stamp(110, y + 8, [h["name"].upper()[:30], m["spec_en"].upper()[:24], h["city"].upper()], rng, size_mm=32,
             color=STAMP_BLUE)
    return [sh]


_reg("medstat-umc-brief-nl", "medical-statement", PART, "nl", medstat_umc_brief,
     "outpatient letter with a boxed summary (diagnosis, treatment, expected duration), colour band")
_reg("medstat-treating-en-stamp", "medical-statement", PART, "en", medstat_treating_en,
     "English statement on plain paper, centred title, hospital stamp beside the signature")


# =========================================================================== care institution

def care_planning_nl(c: Case, rng: random.Random, **_) -> list[Sheet]:
    h, m = c.hospital, c.med
    start, end = _care_dates(c)
    sh = c.new_sheet()
    W = c.page_w
    T(sh, W - 20, 14, h["name"], font="serif2", size=12, bold=True, align="right")
    T(sh, W - 20, 20, "Patiëntenplanning & zorgadministratie", font="serif2", size=8.5, color=GREY, align="right")
    T(sh, 20, 40, "BEVESTIGING BEHANDELPLAATS", font="serif2", size=13, bold=True)
    rows = [("Patiënt", f"{c.p.given_names} {c.p.surname}"), ("Geboortedatum", d_nl(c.p.birth_date, "dashes_zero")),
            ("Afdeling", m["spec"]), ("Behandeling", m["tx_short"]), ("Start", d_nl(start)),
            ("Gepland tot ten minste", d_nl(end)),
            ("Kosten (raming per jaar)", eur(m["cost"])), ("Financiering", "zorgverzekering / garantsteller")]
    y = 52
    for lab, val in rows:
        T(sh, 22, y, lab, font="serif2", size=10, color=DARK)
        T(sh, 80, y, val, font="serif2", size=10)
        y += 7
    y = P(sh, 22, y + 6, W - 44, f"Hierbij bevestigen wij dat {h['name']} plaats heeft om patiënt te behandelen en "
          f"de behandeling op bovengenoemde datum zal starten of voortzetten.", font="serif2", size=10.5) + 8
    T(sh, 22, y, "Namens de Raad van Bestuur,", font="serif2", size=10)
    sh.signature(22, y + 4, 40, 13, rng)
    sh.stamp(75, y - 2, [h["name"].upper()[:28], "ZORGADMINISTRATIE", h["city"].upper()], rng, size_mm=30,
             color=STAMP_VIOLET, angle=rng.uniform(-15, 15))
    T(sh, 22, y + 19, "hoofd zorgadministratie", font="serif2", size=9.5, color=DARK)
    return [sh]


def care_intake_en(c: Case, rng: random.Random, **_) -> list[Sheet]:
    h, m = c.hospital, c.med
    start, end = _care_dates(c)
    sh = c.new_sheet()
    W = c.page_w
    T(sh, 20, 14, f"{h['name']} – International Office", font="sans6", size=12, bold=True)
    T(sh, 20, 20, f"{h['street']}, {h['pc']} {h['city']}, the Netherlands", font="sans6", size=8.5, color=GREY)
    T(sh, 20, 36, f"Date: {d_en(c.sub - dt.timedelta(days=rng.randint(10, 40)))}", font="sans6", size=10)
    T(sh, 20, 44, "Confirmation of admission for treatment", font="sans6", size=12, bold=True)
    txt = (f"We confirm that {c.p.given_names} {c.p.surname} (born {d_en(c.p.birth_date)}) has been accepted for "
           f"{m['tx_en']} at our Department of {m['spec_en']}. Treatment starts or continues on {d_en(start)} and is "
           f"planned until at least {d_en(end)}. We have the capacity to treat the patient. The estimated annual cost "
           f"is {eur(m['cost'])}.")
    y = P(sh, 20, 54, W - 40, txt, font="sans6", size=10.5) + 8
    T(sh, 20, y, "Kind regards,", font="sans6", size=10)
    sh.signature(20, y + 4, 40, 13, rng)
    T(sh, 20, y + 19, "Patient Intake Coordinator", font="sans6", size=10)
    return [sh]


_reg("care-planning-bevestiging-nl", "care-institution-statement", PART, "nl", care_planning_nl,
     "planning office confirmation, labelled rows, violet stamp askew over the signature line")
_reg("care-intake-en-office", "care-institution-statement", PART, "en", care_intake_en,
     "international office admission confirmation, English")


# =========================================================================== health insurance

def polisblad_c(c: Case, rng: random.Random, **_) -> list[Sheet]:
    ins = c.insurer_nl
    sh = c.new_sheet()
    W = c.page_w
    sh.rect(W - 60, 10, 44, 16, width_mm=0, fill=ins.get("color", (0, 100, 120)))
    T(sh, W - 38, 14, ins["short"], font="sans5", size=12, bold=True, color=(255, 255, 255), align="center")
    T(sh, 20, 14, ins["name"], font="sans5", size=9, color=DARK)
    T(sh, 20, 19, ins["post"], font="sans5", size=8, color=GREY)
    T(sh, 20, 40, f"Polisoverzicht {c.sub.year}", font="sans5", size=15, bold=True)
    rows = [("Polisnummer", _policy_no(c)), ("Verzekerde", f"{c.p.given_names} {c.p.surname}"),
            ("Geboortedatum", d_nl(c.p.birth_date, "dashes_zero")), ("Ingangsdatum", f"01-01-{c.sub.year}"),
            ("Basisverzekering", "Zorg Vrij (restitutie)"), ("Aanvullend", "Aanvullend Plus"),
            ("Verplicht eigen risico", eur(385)), ("UZOVI", ins.get("uzovi", "-"))]
    y = 52
    for lab, val in rows:
        sh.rule(20, y + 5.5, W - 20, y + 5.5, width_mm=0.1, color=(200, 200, 200))
        T(sh, 20, y, lab, font="sans5", size=9.5, color=DARK)
        T(sh, 90, y, val, font="sans5", size=9.5)
        y += 7.5
    P(sh, 20, y + 6, W - 40, "De basisverzekering dekt medisch-specialistische zorg, ziekenhuisopname en "
      "geneesmiddelen volgens de Zorgverzekeringswet, ook de lopende behandeling.", font="sans5", size=9.5)
    return [sh]


def intl_cover_c(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """Certificate of cover of an international insurer, US-style layout (respects the page size)."""
    ins = c.insurer_intl
    name = _ins_name(c)
    sh = c.new_sheet()
    W = c.page_w
    T(sh, W / 2, 16, name, font="serif6", size=14, bold=True, align="center")
    T(sh, W / 2, 23, ins.get("addr", ""), font="serif6", size=8.5, color=GREY, align="center")
    T(sh, W / 2, 40, "CERTIFICATE OF COVERAGE", font="serif6", size=13, bold=True, align="center")
    start = D(c.sub.year, 1, 1) if rng.random() < 0.5 else c.sub - dt.timedelta(days=rng.randint(30, 200))
    rows = [("Member", f"{c.p.surname.upper()}, {c.p.given_names}"), ("Date of birth", d_en(c.p.birth_date)),
            ("Plan", ins.get("plan", "International Medical Plan")), ("Policy no.", _policy_no(c, "IMP-")),
            ("Period of cover", f"{d_en(start)} – {d_en(add_years(start, 1) - dt.timedelta(days=1))}"),
            ("Area of cover", "Worldwide excluding USA / incl. the Netherlands"),
            ("In-patient and out-patient treatment", "covered in full, incl. pre-existing condition (underwritten)")]
    y = 52
    for lab, val in rows:
        T(sh, 22, y, lab, font="serif6", size=10, bold=True)
        y = P(sh, 90, y, W - 112, val, font="serif6", size=10) + 2.5
    P(sh, 22, y + 6, W - 44, "This certificate confirms that the member is insured for the treatment in the Netherlands "
      "for the period stated. Premiums are paid by the member or the guarantor, not from public funds.",
      font="serif6", size=9.5)
    sh.signature(22, y + 26, 40, 12, rng)
    T(sh, 22, y + 40, "Head of Underwriting", font="serif6", size=9.5)
    return [sh]


_reg("polisblad-nl-overzicht", "health-insurance", PART, "nl", polisblad_c,
     "polisoverzicht with a coloured logo block at the right, ruled rows")
_reg("intl-coverage-en-c", "health-insurance", PART, "en", intl_cover_c,
     "certificate of coverage, centred serif, period of cover line")


# =========================================================================== civic integration

def _duo_c(sh: Sheet, c: Case) -> None:
    W = c.page_w
    sh.rect(W / 2 - 3, 0, 6, 22, width_mm=0, fill=(21, 66, 115))
    T(sh, W / 2 + 6, 9, "DUO", font="sans3", size=13, bold=True, color=(21, 66, 115))
    T(sh, W / 2 + 6, 15, "Dienst Uitvoering Onderwijs · Inburgering", font="sans3", size=7.5, color=GREY)


def duo_diploma_2024(c: Case, rng: random.Random, **_) -> list[Sheet]:
    sh = c.new_sheet()
    W = c.page_w
    sh.rect(12, 12, W - 24, c.page_h - 24, width_mm=1.2, color=(21, 66, 115))
    _duo_c(sh, c)
    T(sh, W / 2, 60, "DIPLOMA INBURGERING", font="serif5", size=22, bold=True, align="center")
    T(sh, W / 2, 72, "Wet inburgering 2021 · taalniveau B1", font="serif5", size=11, align="center")
    T(sh, W / 2, 96, f"{c.p.given_names} {c.p.surname}", font="serif5", size=16, align="center")
    T(sh, W / 2, 104, f"geboren op {d_nl(c.p.birth_date)} te {c.p.birth_place}", font="serif5", size=10.5,
      align="center")
    dd = _inb_date(c, rng)
    P(sh, 35, 120, W - 70, "heeft voldaan aan de inburgeringsplicht door het behalen van de examenonderdelen "
      "lezen, luisteren, schrijven, spreken en Kennis van de Nederlandse Maatschappij.", font="serif5", size=10.5,
      align="center")
    T(sh, W / 2, 160, f"Groningen, {d_nl(dd)}", font="serif5", size=10.5, align="center")
    sh.signature(W / 2 - 20, 166, 40, 12, rng)
    T(sh, W / 2, 182, "de minister van Sociale Zaken en Werkgelegenheid, namens deze: DUO", font="serif5", size=8.5,
      align="center")
    T(sh, 24, c.page_h - 30, f"Diplomanummer {rng.randint(10**8, 10**9 - 1)}", font="serif5", size=8, color=GREY)
    return [sh]


def duo_ontheffing_2025(c: Case, rng: random.Random, **_) -> list[Sheet]:
    sh = c.new_sheet()
    W = c.page_w
    _duo_c(sh, c)
    p = c.p
    y = 40
    for ln in (f"{title_nl(p).capitalize()} {p.given_names} {p.surname}", f"{p.address.street} {p.address.number}",
               f"{p.address.postcode} {p.address.city}"):
        T(sh, 22, y, ln, font="sans3", size=10)
        y += 5
    T(sh, 130, 40, f"Datum {d_nl(_inb_date(c, rng))}", font="sans3", size=9)
    T(sh, 130, 45, f"Kenmerk ONT-{rng.randint(100000, 999999)}", font="sans3", size=9)
    T(sh, 22, 72, "Besluit: u krijgt ontheffing van de inburgeringsplicht", font="sans3", size=12, bold=True)
    P(sh, 22, 82, W - 44, "Op grond van het advies van de onafhankelijke arts is gebleken dat u door een medische "
      "beperking blijvend niet in staat bent het inburgeringsexamen te halen. Daarom verlenen wij u ontheffing van "
      "de inburgeringsplicht (artikel 7, tweede lid, onder b, Wet inburgering 2021). U hoeft geen examen meer te doen.",
      font="sans3", size=10.5)
    T(sh, 22, 130, "Met vriendelijke groet,", font="sans3", size=10)
    T(sh, 22, 136, "DUO, namens de minister", font="sans3", size=10)
    T(sh, 22, c.page_h - 24, "Bezwaar? Binnen 6 weken na de datum van dit besluit via duo.nl/bezwaar.", font="sans3",
      size=8, color=GREY)
    return [sh]


def duo_uitslag_2024(c: Case, rng: random.Random, *, failed: bool = False, **_) -> list[Sheet]:
    sh = c.new_sheet()
    W = c.page_w
    _duo_c(sh, c)
    T(sh, 22, 40, f"{c.p.given_names} {c.p.surname}", font="sans3", size=10)
    T(sh, 22, 45, f"geboortedatum {d_nl(c.p.birth_date, 'dashes_zero')}", font="sans3", size=9)
    T(sh, 22, 62, "Uitslag van uw inburgeringsexamen", font="sans3", size=12, bold=True)
    parts = ["Lezen", "Luisteren", "Schrijven", "Spreken", "Kennis van de Nederlandse Maatschappij (KNM)"]
    bad = random.Random(seed_of("fail", c.rng_seed)).randrange(4) if failed else -1
    y = 74
    T(sh, 22, y, "Onderdeel", font="sans3", size=9.5, bold=True)
    T(sh, 130, y, "Uitslag", font="sans3", size=9.5, bold=True)
    y += 7
    for i, p_ in enumerate(parts):
        sh.rule(22, y - 1.5, W - 22, y - 1.5, width_mm=0.1, color=(180, 180, 180))
        T(sh, 22, y, p_, font="sans3", size=9.5)
        T(sh, 130, y, "niet gehaald" if i == bad else "gehaald (B1)", font="sans3", size=9.5,
          bold=i == bad)
        y += 7
    msg = ("U hebt nog niet alle onderdelen gehaald. U hebt daarom nog geen diploma. Meld u aan voor een herexamen."
           if failed else "U hebt alle onderdelen gehaald. Uw diploma inburgering ontvangt u binnen vier weken.")
    P(sh, 22, y + 6, W - 44, msg, font="sans3", size=10.5)
    return [sh]


_reg("duo-diploma-2024-b1", "civic-integration", PART, "nl", duo_diploma_2024,
     "diploma inburgering B1 (2024), framed, centred serif")
_reg("duo-ontheffing-2025", "civic-integration", PART, "nl", duo_ontheffing_2025,
     "besluit ontheffing (medical), sans letter with objection line")
_reg("duo-uitslag-2024", "civic-integration", PART, "nl", duo_uitslag_2024,
     "result letter as a table of the five exam parts")


# =========================================================================== other: cover letter, IND letters, MVV

# the five exemption conditions of seed 000, as this office words them (index = condition - 1)
_EXEMPTION = [
    "Cliënt woont op dit moment in Nederland (zie het adres hierboven).",
    "Over wie cliënt is en welke nationaliteit cliënt heeft, bestaat geen twijfel, ook niet bij de autoriteiten van "
    "het herkomstland: zie de bijgevoegde stukken van de ambassade.",
    "Een nieuw paspoort wordt alleen in het herkomstland zelf afgegeven; de ambassade in Den Haag geeft geen "
    "paspoorten af aan onderdanen in het buitenland.",
    "Wanneer de behandeling wordt onderbroken, raakt cliënt in een medische noodsituatie (zie de verklaring van de "
    "behandelend arts).",
    "De noodzakelijke behandeling bestaat in het herkomstland niet, of is daar voor cliënt niet bereikbaar.",
]


def cover_letter_table(c: Case, rng: random.Random, *, enclosures: list[str] | None = None, **_) -> list[Sheet]:
    """Cover letter of a law firm with a reference block as a table and the enclosures numbered in a grid."""
    lw = c.lawyer or LAWYERS[0]
    sh = c.new_sheet()
    W = c.page_w
    font = "sans2"
    T(sh, 20, 14, lw["firm"], font="serif4", size=14, color=(80, 30, 30))
    T(sh, 20, 20, f"{lw['street']} | {lw['pc']} {lw['city']} | {lw['mail']}", font=font, size=8, color=GREY)
    y = 40
    for ln in IND_ADDRESSES[rng.randrange(len(IND_ADDRESSES))].split("\n"):
        T(sh, 20, y, ln, font=font, size=10.5)
        y += 5
    y += 8
    for lab, val in (("Datum", d_nl(c.sub - dt.timedelta(days=rng.randint(0, 3)))),
                     ("Cliënt", f"{c.p.surname}, {c.p.given_names} (geb. {c.dfmt(c.p.birth_date)})"),
                     ("V-nummer", c.vnr), ("Onderwerp", PROC_NL[c.procedure][:60])):
        sh.rect(20, y - 1.5, 35, 6.5, width_mm=0.15, fill=(240, 236, 236))
        T(sh, 22, y, lab, font=font, size=9)
        T(sh, 58, y, val, font=font, size=9.5)
        y += 6.5
    y += 6
    paras = ["Geachte heer/mevrouw,",
             f"Hierbij ontvangt u namens cliënt{'e' if c.p.sex == 'F' else ''} een aanvraag voor {PROC_NL[c.procedure]}."]
    if c.procedure == "ind-medical-treatment" and c.art64_end:
        paras.append(f"Het jaar uitstel van vertrek (art. 64 Vw) loopt af op {d_nl(c.art64_end)}; cliënt staat nog "
                     f"onder behandeling voor {c.med.get('dx', 'de aandoening')}.")
    if c.procedure == "ind-hnt-continued" and c.since:
        paras.append(f"Cliënt heeft sinds {d_nl(c.since)} een verblijfsvergunning "
                     f"({dict(ROUTES_7027).get(c.route, '')}).")
    if c.no_passport:
        paras.append("Cliënt heeft geen geldig paspoort en verzoekt om vrijstelling van het paspoortvereiste. "
                     + " ".join(_EXEMPTION[i] for i in c.exemption_shown))
    if c.suriname_visa:
        paras.append("Cliënt is Surinamer en verblijft hier met een visum voor medische behandeling; de behandeling "
                     "is nog noodzakelijk en de betaling is geregeld.")
    paras.append("Graag ontvang ik de ontvangstbevestiging en de legesnota op mijn kantoor.")
    for t in paras:
        y = P(sh, 20, y, W - 40, t, font=font, size=10.5) + 3.5
    if enclosures:
        T(sh, 20, y, "Bijlagen", font=font, size=10, bold=True)
        y += 6
        for i, e in enumerate(enclosures, 1):
            sh.rect(20, y - 1.3, 10, 5.8, width_mm=0.12)
            sh.rect(30, y - 1.3, W - 50, 5.8, width_mm=0.12)
            T(sh, 22, y, str(i), font=font, size=9)
            T(sh, 32, y, e, font=font, size=9)
            y += 5.8
        y += 4
    T(sh, 20, y, "Hoogachtend,", font=font, size=10.5)
    sh.signature(20, y + 4, 45, 14, rng, color=BLUE_INK)
    T(sh, 20, y + 20, c.lawyer_name or "mr. advocaat", font=font, size=10.5)
    return [c.intr(sh)]


def art64_decision_c(c: Case, rng: random.Random, **_) -> list[Sheet]:
    end = c.art64_end or c.sub
    start = add_years(end, -1) + dt.timedelta(days=1)
    sh = c.new_sheet()
    W = c.page_w
    T(sh, W / 2, 10, "IND", font="sans4", size=16, bold=True, color=(21, 66, 115), align="center")
    T(sh, 20, 40, f"{c.p.given_names} {c.p.surname}", font="sans4", size=10)
    T(sh, 130, 40, f"V-nummer {c.vnr}", font="sans4", size=9)
    T(sh, 130, 45, f"Datum {d_nl(start - dt.timedelta(days=rng.randint(5, 30)))}", font="sans4", size=9)
    T(sh, 20, 64, "Beslissing op uw verzoek om uitstel van vertrek (artikel 64 Vreemdelingenwet)", font="sans4",
      size=11, bold=True)
    P(sh, 20, 74, W - 40, f"Het BMA heeft geadviseerd dat u op dit moment om medische redenen niet kunt reizen. U krijgt "
      f"daarom uitstel van vertrek van {d_nl(start)} tot en met {d_nl(end)}. Tijdens het uitstel mag u in Nederland "
      f"blijven; u hebt geen verblijfsvergunning.", font="sans4", size=10.5)
    T(sh, 20, 120, "Hoogachtend, de minister van Asiel en Migratie, namens deze: IND", font="sans4", size=10)
    return [c.intr(sh)]


def permit_letter_c(c: Case, rng: random.Random, **_) -> list[Sheet]:
    since = c.since or add_years(c.sub, -3)
    sh = c.new_sheet()
    W = c.page_w
    T(sh, 20, 12, "Immigratie- en Naturalisatiedienst", font="serif3", size=11, bold=True)
    T(sh, 20, 40, f"{c.p.given_names} {c.p.surname}", font="serif3", size=10)
    T(sh, 130, 40, f"V-nummer {c.vnr}", font="serif3", size=9)
    T(sh, 130, 45, f"Datum {d_nl(since - dt.timedelta(days=rng.randint(1, 20)))}", font="serif3", size=9)
    T(sh, 20, 62, "Uw aanvraag is ingewilligd", font="serif3", size=12, bold=True)
    purpose = dict(ROUTES_7027).get(c.route, "verblijf").replace("na verblijf ", "verblijf ")
    P(sh, 20, 72, W - 40, f"U krijgt een verblijfsvergunning regulier voor bepaalde tijd ({purpose}), geldig vanaf "
      f"{d_nl(since)}. U kunt uw verblijfsdocument ophalen op het IND-loket na het maken van een afspraak.",
      font="serif3", size=10.5)
    return [c.intr(sh)]


def mvv_sticker_c(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The passport's visa page with the MVV sticker, copied on A4 with the page slightly rotated."""
    p = c.p
    sh = c.new_sheet()
    sub = Sheet(150, 100)
    sub.rect(0, 0, 150, 100, width_mm=0, fill=(238, 232, 244))
    sub.text(5, 4, "KONINKRIJK DER NEDERLANDEN", font="sans4", size_pt=7.5, bold=True)
    sub.text(5, 9, "VISUM / MVV", font="sans4", size_pt=9, bold=True)
    sub.photo(112, 12, 30, 38, rng)
    val_from = c.sub - dt.timedelta(days=rng.randint(200, 330))
    rows = [("GELDIG VOOR", "NEDERLAND / SCHENGEN"), ("VAN", val_from.strftime("%d-%m-%Y")),
            ("TOT", (val_from + dt.timedelta(days=89)).strftime("%d-%m-%Y")), ("TYPE", "D"),
            ("NAAM", f"{p.surname.upper()}, {p.given_names.upper()}"),
            ("OPMERKINGEN", "MVV – MEDISCHE BEHANDELING")]
    y = 16
    for a, b in rows:
        sub.text(5, y, a, font="sans4", size_pt=6, color=(90, 90, 90))
        sub.text(5, y + 2.5, b, font="sans4", size_pt=8.5, bold=True)
        y += 9
    l1 = ("VDNLD" + _mrz_name(p, 39))[:44]
    num = f"{rng.randint(10 ** 7, 10 ** 8 - 1)}<"
    bd = p.birth_date.strftime("%y%m%d")
    l2 = (num + _mrz_check(num) + "SUR" + bd + _mrz_check(bd) + p.sex + "<" * 30)[:44]
    for i, ln in enumerate((l1, l2)):
        sub.text(4, 86 + i * 5, ln, font="ocrb", size_pt=9.6)
    img = sub.render(250).rotate(rng.uniform(-3, 3), expand=True, fillcolor=(255, 255, 255))
    sh.image(28, 60, 152, 102, img)
    return [sh]


_reg("cover-letter-table", "other", PART, "nl", cover_letter_table,
     "cover letter with reference table and numbered enclosure grid")
_reg("art64-decision-c", "other", PART, "nl", art64_decision_c, "IND decision on art. 64 postponement, centred logo")
_reg("permit-letter-c", "other", PART, "nl", permit_letter_c, "IND decision granting the permit, serif")
_reg("mvv-sticker-sur-c", "other", PART, "nl", mvv_sticker_c, "visa page with MVV sticker, copied slightly rotated")


def care_overeenkomst(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """Extract of the treatment agreement (behandelovereenkomst), signed by the institution and the patient."""
    h, m = c.hospital, c.med
    start, end = _care_dates(c)
    s1 = c.new_sheet()
    W = c.page_w
    T(s1, 20, 14, f"{h['name']} · {m['spec']}", font="condensed", size=10, bold=True)
    T(s1, 20, 30, "BEHANDELOVEREENKOMST (uittreksel)", font="condensed", size=14, bold=True)
    arts = [("Artikel 1 – Partijen", f"{h['name']}, {h['street']}, {h['pc']} {h['city']} (de zorginstelling) en "
             f"{c.p.given_names} {c.p.surname}, geboren {d_nl(c.p.birth_date, 'dashes_zero')} (de patiënt)."),
            ("Artikel 2 – Behandeling", f"De zorginstelling verplicht zich tot {m['tx']}. Zij heeft daarvoor plaats "
             f"en de vereiste specialistische voorzieningen."),
            ("Artikel 3 – Duur", f"De behandeling start of loopt door vanaf {d_nl(start)} en is gepland tot ten minste "
             f"{d_nl(end)}."),
            ("Artikel 4 – Kosten", f"De geraamde kosten bedragen {eur(m['cost'])} per jaar en worden gedragen door de "
             f"zorgverzekering van de patiënt{' en de garantsteller' if c.payer else ''}.")]
    y = 42
    for head, txt in arts:
        T(s1, 20, y, head, font="condensed", size=10.5, bold=True)
        y = P(s1, 20, y + 5.5, W - 40, txt, font="condensed", size=10.5) + 4
    y += 6
    T(s1, 20, y, "Voor de zorginstelling", font="condensed", size=9.5)
    T(s1, 110, y, "De patiënt", font="condensed", size=9.5)
    s1.signature(20, y + 4, 40, 13, rng)
    s1.signature(110, y + 4, 40, 13, rng, color=BLUE_INK)
    T(s1, 20, y + 20, f"{h['city']}, {d_nl(c.sub - dt.timedelta(days=rng.randint(10, 50)))}", font="condensed",
      size=9.5)
    return [s1]


def incoming_bilingual(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """Incoming-insurance policy certificate, Dutch/English in two columns."""
    name = c.__dict__.get("_ins_name") or "Oranjepoort Incoming Verzekeringen"
    sh = c.new_sheet()
    W = c.page_w
    T(sh, 20, 14, name, font="sans6", size=13, bold=True, color=(200, 90, 0))
    T(sh, 20, 28, "Polisbewijs / Policy certificate", font="sans6", size=12, bold=True)
    start = c.sub - dt.timedelta(days=rng.randint(20, 150))
    rows = [("Verzekerde", "Insured", f"{c.p.given_names} {c.p.surname}"),
            ("Geboortedatum", "Date of birth", d_nl(c.p.birth_date, "dashes_zero")),
            ("Polisnummer", "Policy number", _policy_no(c, "INC")),
            ("Looptijd", "Period", f"{d_nl(start, 'dashes_zero')} – {d_nl(add_years(start, 1), 'dashes_zero')}"),
            ("Dekking", "Cover", "medische kosten NL incl. lopende behandeling / medical costs NL incl. ongoing "
                                 "treatment"),
            ("Premie", "Premium", "betaald door verzekerde / paid by the insured")]
    y = 42
    for nl_, en_, val in rows:
        T(sh, 20, y, nl_, font="sans6", size=9.5, bold=True)
        T(sh, 20, y + 4, en_, font="sans6", size=8, color=GREY)
        y = max(P(sh, 75, y, W - 95, val, font="sans6", size=9.5), y + 9) + 2
    return [sh]


_reg("care-behandelovereenkomst-nl", "care-institution-statement", PART, "nl", care_overeenkomst,
     "extract of the treatment agreement in articles, signed by both parties, condensed face")
_reg("incoming-polisbewijs-nl-en", "health-insurance", PART, "nl", incoming_bilingual,
     "incoming insurance policy certificate, Dutch and English labels stacked")
