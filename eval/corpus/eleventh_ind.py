"""IND families of the `eleventh` part (registered in ind.FAMILIES).

Written after dev, heldout and the parts fresh to tenth had been read, by a writer who did not see the validator: the
IND forms printed with each question numbered in the margin ('1.1', '1.2', ...) and answered after dotted leaders
(typed, or by pen on a form printed blank), options as [X]/[ ], the V-number on a header line of every page and
'blad x van y'; a hospital's payslip with an irregular-hours (ORT) column, the guarantee form completed on screen and
signed by hand, the first page of an employment contract with the wage clause; a psychiatrist's statement with the
DSM-5 classification and an outpatient clinic's letter printed from the hospital record with the patient label stuck
on; care institutions' statements (a treatment agreement signed by both, the institution's answer on a model form
with tick boxes, a treating team's e-mail printed); a Dutch insurer's welcome letter with the policy card at the foot,
an incoming insurer's certificate with a QR code, a Philippine insurer's certificate on Letter paper stapled to its
cover letter; DUO's diploma with a vertical colour band and a QR code, an exemption decision with the decision in a
grey box, an exam results letter with points and cut-off scores; a Dutch lawyer's cover letter with a reference
block in a grey box, the IND decisions and the MVV page with this part's copy habits (the lid left open, the DMS
barcode sticker, a pen on the glass, a curling page).  Every maker draws on ``c.new_sheet()`` and marks pages that
print the V-number with ``c.intr``.
"""
from __future__ import annotations

import random

from .eleventh_identity import curl_shadow, dms_sticker, lid_open, pen_on_glass
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
from .tenth_ind import _same

PART = "eleventh"
NAVY = (30, 45, 90)


def _lid(sh: Sheet, rng: random.Random) -> Sheet:
    return _same(lid_open(sh, rng), sh)


def _curl(sh: Sheet, rng: random.Random) -> Sheet:
    return _same(curl_shadow(sh, rng), sh)


# =========================================================================== application forms with dotted leaders

class _DotForm:
    """An IND form: a header line on every page ('IND · title ... V-nummer: ...'), sections as small capitals over
    a rule, each question numbered in the left margin, the answer after dotted leaders (typed, or written by pen on
    a form printed blank), options as [X]/[ ]; 'blad x van y' at the foot."""

    def __init__(self, c: Case, rng: random.Random, title: str, code: str):
        self.c, self.rng, self.title, self.code = c, rng, title, code
        self.hand = c.fill == "hand"
        self.ink = rng.choice([BLUE_INK, BLACK_INK])
        self.hf = rng.choice(["hand1", "hand4"])
        self.sheets: list[Sheet] = []
        self.sec = 0
        self.q = 0
        self.page()

    def page(self) -> None:
        c = self.c
        sh = c.new_sheet()
        W = c.page_w
        T(sh, 20, 9, "IND", font="serif5", size=12, bold=True, color=NAVY)
        T(sh, 34, 9.6, self.title, font="serif5", size=9.5)
        T(sh, W - 62, 9.6, "V-nummer:", font="serif5", size=9)
        sh.rule(20, 15, W - 20, 15, width_mm=0.4, color=NAVY)
        self.sheets.append(c.intr(sh))
        self._ans(W - 44, 9.4, c.vnr, sh, size=10)
        self.y = 24

    @property
    def sh(self) -> Sheet:
        return self.sheets[-1]

    def _ans(self, x, y, s, sh=None, size=10.0):
        sh = sh or self.sh
        if not s:
            return
        if self.hand:
            sh.handwriting(x, y - 1.4, hand_safe(s), self.rng, size_pt=size + 1.2, color=self.ink, font=self.hf)
        else:
            T(sh, x, y, s, font="mono", size=size - 0.6)

    def section(self, t: str) -> None:
        if self.y > self.c.page_h - 50:
            self.page()
        self.sec += 1
        self.q = 0
        self.y += 3
        T(self.sh, 20, self.y, f"{self.sec}  {t.upper()}", font="serif5", size=9.5, bold=True, color=NAVY)
        self.sh.rule(20, self.y + 5, self.c.page_w - 20, self.y + 5, width_mm=0.2, color=NAVY)
        self.y += 9

    def ask(self, q: str, a: str) -> None:
        W = self.c.page_w
        self.q += 1
        lab_w = 62
        rows = self.sh.wrap(a or "", W - 40 - lab_w - 6, font="mono", size_pt=9.4) if a else [""]
        h = 6.2 * max(1, len(rows))
        if self.y + h > self.c.page_h - 18:
            self.page()
        T(self.sh, 20, self.y, f"{self.sec}.{self.q}", font="serif5", size=8.5, color=GREY)
        P(self.sh, 30, self.y, lab_w - 8, q, font="serif5", size=9.2, leading=1.15)
        x = 20 + lab_w
        for k, ln in enumerate(rows):
            T(self.sh, x, self.y + 1.2 + k * 6.2, "." * 120, font="serif5", size=6, color=(160, 160, 160))
            self._ans(x + 1, self.y + k * 6.2, ln)
        self.y += h + 1.5

    def choice(self, q: str, opts: list[str], chosen: set) -> None:
        self.q += 1
        W = self.c.page_w
        if self.y + 8 > self.c.page_h - 18:
            self.page()
        T(self.sh, 20, self.y, f"{self.sec}.{self.q}", font="serif5", size=8.5, color=GREY)
        P(self.sh, 30, self.y, 54, q, font="serif5", size=9.2, leading=1.15)
        x = 82
        for k, o in enumerate(opts):
            mark = "X" if (k in chosen and not self.hand) else " "
            T(self.sh, x, self.y, f"[{mark}] {o}", font="mono", size=9)
            if k in chosen and self.hand:
                self.sh.handwriting(x + 0.6, self.y - 1.6, "x", self.rng, size_pt=12, color=self.ink, font="hand1")
            x += self.sh.text_width(f"[ ] {o}", font="mono", size_pt=9) + 6
            if x > W - 40:
                x = 82
                self.y += 5.5
        lines = max(1, len(self.sh.wrap(q, 54, font="serif5", size_pt=9.2)))
        self.y += max(7.0, 4.4 * lines + 2)

    def person(self) -> None:
        c, p = self.c, self.c.p
        self.section("Persoonsgegevens")
        self.ask("Achternaam", p.surname)
        self.ask("Voornamen", p.given_names)
        self.ask("Geboortedatum", c.dfmt(p.birth_date))
        self.ask("Geboorteplaats en geboorteland", f"{p.birth_place}, {country_nl(p)}")
        self.ask("Nationaliteit", nat_nl(p))
        self.choice("Geslacht", ["man", "vrouw"], {0 if p.sex == "M" else 1})
        if p.address:
            self.ask("Adres", f"{p.address.street} {p.address.number}, {p.address.postcode} {p.address.city}")
        if c.lawyer:
            self.ask("Gemachtigde (advocaat)", f"{c.lawyer_name}, {c.lawyer['firm']}, {c.lawyer['city']}")

    def sign(self) -> None:
        c = self.c
        self.section("Ondertekening")
        if self.y > c.page_h - 62:
            self.page()
        P(self.sh, 20, self.y, c.page_w - 40, "Ik verklaar dat ik dit formulier naar waarheid heb ingevuld.",
          font="serif5", size=9.2)
        self.y += 8
        self.ask("Plaats", c.p.address.city if c.p.address else "Utrecht")
        self.ask("Datum", c.dfmt(c.sub - dt.timedelta(days=self.rng.randint(1, 6))))
        T(self.sh, 20, self.y + 2, f"{self.sec}.{self.q + 1}", font="serif5", size=8.5, color=GREY)
        T(self.sh, 30, self.y + 2, "Handtekening", font="serif5", size=9.2)
        self.sh.rule(82, self.y + 22, 160, self.y + 22, width_mm=0.2)
        self.sh.signature(88 + self.rng.uniform(0, 15), self.y + 6, 46, 14, self.rng, color=self.ink)
        self.y += 28

    def finish(self) -> list[Sheet]:
        n = len(self.sheets)
        for i, sh in enumerate(self.sheets, 1):
            T(sh, 20, self.c.page_h - 10, self.code, font="serif5", size=7.5, color=GREY)
            T(sh, self.c.page_w - 20, self.c.page_h - 10, f"blad {i} van {n}", font="serif5", size=8, align="right")
        return self.sheets


def form_med_dots(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _DotForm(c, rng, "Aanvraag verblijfsvergunning medische behandeling", "7124-MED 2026/01")
    f.person()
    f.section("Medische behandeling")
    f.ask("Zorginstelling (naam, plaats)", f"{c.hospital.get('name', '')}, {c.hospital.get('city', '')}")
    f.ask("Soort behandeling", c.med.get("tx_short", ""))
    f.choice("Uitstel van vertrek (art. 64 Vw) gehad?", ["nee", "ja"], {1 if c.art64_end else 0})
    if c.art64_end:
        f.ask("Einddatum uitstel van vertrek", c.dfmt(c.art64_end))
    else:
        f.choice("Wie betaalt de kosten?", ["ikzelf", "garantsteller"], {1 if c.payer else 0})
    f.choice("Geldig paspoort?", ["ja", "nee, ik vraag vrijstelling"], {1 if c.no_passport else 0})
    f.choice("Surinamer met mvv medische behandeling?", ["nee", "ja"], {1 if c.suriname_visa else 0})
    f.sign()
    return f.finish()


def form_7027_dots(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _DotForm(c, rng, "Aanvraag voortgezet verblijf", "7027 2026/01")
    f.person()
    f.section("Huidige verblijfsvergunning")
    keys = [k for k, _ in ROUTES_7027]
    labels = [t for _, t in ROUTES_7027]
    if c.route in keys:
        f.ask("Verblijfsdoel van de huidige vergunning", labels[keys.index(c.route)])
    f.ask("Vergunning geldig sinds", c.dfmt(c.since) if c.since else "")
    if c.route == "relationship":
        f.choice("Inburgering", ["diploma", "ontheffing/vrijstelling", "nog niet"],
                 {0 if c.inburgering in ("diploma", "results", "failed") else 1 if c.inburgering == "exemption" else 2})
    f.sign()
    return f.finish()


def form_generic_dots(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _DotForm(c, rng, "Aanvraag verlenging verblijfsvergunning regulier", "7502-VERL 2026/01")
    f.person()
    f.section("Uw verblijfsvergunning")
    f.ask("Huidig verblijfsdoel", GENERIC_PURPOSES[seed_of("purpose", c.rng_seed) % len(GENERIC_PURPOSES)])
    f.ask("Geldig tot", c.dfmt(c.sub + dt.timedelta(days=rng.randint(20, 80))))
    f.sign()
    return f.finish()


_reg("ind-form-med-puntlijnen-kantlijnnummers", "application", PART, "nl", form_med_dots,
     "medical treatment form, questions numbered in the margin, answers after dotted leaders, [X] options")
_reg("ind-form-7027-puntlijnen-kantlijnnummers", "application", PART, "nl", form_7027_dots,
     "form 7027 with margin numbers and dotted leaders, V-number on a header line")
_reg("ind-form-generic-puntlijnen-kantlijnnummers", "application", PART, "nl", form_generic_dots,
     "extension form with margin numbers and dotted leaders")


# =========================================================================== income

def payslip_ziekenhuis_ort(c: Case, rng: random.Random, month: int = 11, **_) -> list[Sheet]:
    """A hospital's payslip (care collective agreement): the employer's name and 'Salarisstrook november 2026', the
    employee's grade and step ('FWG 35, trede 6'), a table with an irregular-hours (ORT) column, the end-of-year
    payment reserved, net in bold at the foot; the DMS sticker."""
    e, w = _emp(c, rng), earner(c)
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    sh = c.new_sheet()
    W = c.page_w
    f = "sans6"
    maand = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
             "november", "december"][(month - 1) % 12]
    T(sh, 18, 12, e["name"], font=f, size=12, bold=True)
    T(sh, 18, 18, f"Salarisstrook {maand} 2026", font=f, size=10)
    T(sh, 18, 30, f"{w.given_names} {w.surname}", font=f, size=10)
    if w.address:
        T(sh, 18, 35, f"{w.address.street} {w.address.number}", font=f, size=9.5)
        T(sh, 18, 40, f"{w.address.postcode} {w.address.city}", font=f, size=9.5)
    T(sh, W - 18, 30, f"Functie: {e['func_now']}", font=f, size=9, align="right")
    T(sh, W - 18, 35, f"Inschaling: FWG {rng.choice([30, 35, 40, 45])}, trede {rng.randint(2, 11)}", font=f, size=9,
      align="right")
    T(sh, W - 18, 40, f"Loonheffingennummer {e['lhn']}", font=f, size=8.5, align="right", color=GREY)
    cols = ((18, "Omschrijving"), (95, "Uren/%"), (125, "Betaling"), (W - 18, "Inhouding"))
    y = 52
    sh.rect(18, y - 1.5, W - 36, 7, width_mm=0, fill=(232, 236, 240))
    for x, t in cols:
        T(sh, x, y, t, font=f, size=9, bold=True, align="left" if x == 18 else "right")
    y += 8
    ort = round(k["bruto"] * rng.choice([0.04, 0.06, 0.08]), 2)
    for d_, u, a, b in (("Salaris", "36,00 u/wk", eur(k["bruto"] - ort, False), ""),
                        ("Toeslag onregelmatige dienst (ORT)", "22 u", eur(ort, False), ""),
                        ("Reservering eindejaarsuitkering 8,33%", "", "", ""),
                        ("Pensioenpremie PFZW", "", "", eur(k["pens"], False)),
                        ("Loonheffing", "", "", eur(k["lh"], False)),
                        ("Reiskostenvergoeding", "", eur(k["reis"], False), "")):
        T(sh, 18, y, d_, font=f, size=9.2)
        T(sh, 95, y, u, font=f, size=9.2, align="right")
        T(sh, 125, y, a, font=f, size=9.2, align="right")
        T(sh, W - 18, y, b, font=f, size=9.2, align="right")
        y += 6
    sh.rule(18, y + 1, W - 18, y + 1, width_mm=0.3)
    T(sh, 18, y + 4, "Netto uit te betalen", font=f, size=10.5, bold=True)
    T(sh, W - 18, y + 4, eur(k["net"]), font=f, size=10.5, bold=True, align="right")
    T(sh, 18, y + 14, f"Overgemaakt op {e['iban']} op {d_nl(c.sub - dt.timedelta(days=rng.randint(5, 12)))}",
      font=f, size=8.5, color=GREY)
    dms_sticker(sh, rng, y=c.page_h - 22)
    return [sh]


def guarantor_screen_signed(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The IND's guarantee form completed on screen and printed: the answers in a typed face in grey answer cells,
    the declaration, then the place, date and signature added by hand; copied with the lid open."""
    g = c.payer or c.p
    e = _emp(c, random.Random(c.rng_seed))
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    sh = c.new_sheet()
    W = c.page_w
    f = "serif5"
    city = g.address.city if g.address else "Utrecht"
    T(sh, 20, 12, "Garantverklaring", font=f, size=14, bold=True, color=NAVY)
    T(sh, 20, 19, "Immigratie- en Naturalisatiedienst · formulier voor de garantsteller", font=f, size=8.5, color=GREY)
    y = 30
    for a, b in (("Naam garantsteller", f"{g.given_names} {g.surname}"),
                 ("Geboortedatum garantsteller", d_nl(g.birth_date, "dashes_zero")),
                 ("Adres", f"{g.address.street} {g.address.number}, {g.address.postcode} {city}" if g.address else city),
                 ("Relatie tot de vreemdeling", c.payer_relation or "familielid"),
                 ("Naam vreemdeling", f"{c.p.given_names} {c.p.surname}"),
                 ("Geboortedatum vreemdeling", d_nl(c.p.birth_date, "dashes_zero")),
                 ("Werkgever garantsteller", e["name"]), ("Bruto inkomen per maand", eur(k["bruto"]))):
        T(sh, 20, y + 1.5, a, font=f, size=9)
        sh.rect(80, y, W - 100, 7, width_mm=0, fill=(236, 236, 236))
        T(sh, 82, y + 1.4, b, font="sans", size=9.6)
        y += 9
    y = P(sh, 20, y + 5, W - 40, "Ik verklaar dat ik garant sta voor de kosten van levensonderhoud, huisvesting en "
          "medische zorg van de hierboven genoemde vreemdeling, en dat de Staat deze kosten op mij kan verhalen.",
          font=f, size=10, leading=1.45) + 7
    T(sh, 20, y, "Plaats en datum", font=f, size=9)
    sh.handwriting(60, y - 1.5, hand_safe(f"{city}, {d_nl(c.sub - dt.timedelta(days=rng.randint(8, 35)), 'dashes_zero')}"),
                   rng, size_pt=11, color=BLUE_INK, font="hand1")
    T(sh, 20, y + 12, "Handtekening garantsteller", font=f, size=9)
    sh.signature(70, y + 9, 44, 14, rng, color=BLUE_INK)
    return [_lid(sh, rng)]


def arbeidsovereenkomst(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The first page of an employment contract ('Arbeidsovereenkomst voor onbepaalde tijd'): the parties, then
    numbered articles (function, start, working hours, wage with the gross monthly amount), the page number and the
    parties' initials ('paraaf') at the foot."""
    e, w = _emp(c, rng), earner(c)
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    sh = c.new_sheet()
    W = c.page_w
    f = "serif"
    T(sh, W / 2, 16, "ARBEIDSOVEREENKOMST VOOR ONBEPAALDE TIJD", font=f, size=12.5, bold=True, align="center")
    y = P(sh, 20, 28, W - 40, f"De ondergetekenden: {e['name']}, gevestigd te {e.get('city', '')}, hierna te noemen "
          f"'de werkgever', en {w.given_names} {w.surname}, geboren op {d_nl(w.birth_date)}, hierna te noemen 'de "
          f"werknemer', komen het volgende overeen.", font=f, size=10.5, leading=1.45) + 5
    start = c.sub - dt.timedelta(days=rng.randint(300, 2400))
    for n, (h, t) in enumerate((("Functie", f"De werknemer treedt in dienst in de functie van {e['func_now']}."),
                                ("Aanvang", f"De arbeidsovereenkomst gaat in op {d_nl(start)} en is aangegaan voor "
                                            f"onbepaalde tijd."),
                                ("Arbeidsduur", f"De arbeidsduur bedraagt {rng.choice([32, 36, 38, 40])} uur per week."),
                                ("Salaris", f"Het bruto salaris bedraagt {eur(k['bruto'])} per maand, te vermeerderen "
                                            f"met 8% vakantietoeslag."),
                                ("Cao", "Op deze overeenkomst is de toepasselijke cao van toepassing.")), 1):
        T(sh, 20, y, f"Artikel {n} – {h}", font=f, size=10.5, bold=True)
        y = P(sh, 20, y + 5.5, W - 40, t, font=f, size=10.5, leading=1.45) + 4
    T(sh, W / 2, c.page_h - 14, "pagina 1 van 3", font=f, size=8.5, align="center", color=GREY)
    T(sh, W - 60, c.page_h - 22, "paraaf:", font=f, size=8.5, color=GREY)
    sh.handwriting(W - 45, c.page_h - 24, "JV", rng, size_pt=11, color=BLUE_INK, font="hand1")
    sh.handwriting(W - 32, c.page_h - 24, (w.given_names[:1] + w.surname[:1]).upper(), rng, size_pt=11,
                   color=BLACK_INK, font="hand1")
    return [_curl(sh, rng)]


_reg("payslip-ziekenhuis-ort-kolom-dms", "income-proof", PART, "nl", payslip_ziekenhuis_ort,
     "hospital's payslip with an irregular-hours (ORT) line, grade and step, DMS sticker at the foot")
_reg("guarantor-garantverklaring-scherm-handtekening-deksel", "income-proof", PART, "nl", guarantor_screen_signed,
     "guarantee form completed on screen in grey cells, place, date and signature by hand, lid left open")
_reg("arbeidsovereenkomst-eerste-pagina-paraaf", "income-proof", PART, "nl", arbeidsovereenkomst,
     "first page of an employment contract with numbered articles and the wage, parties' initials at the foot")


# =========================================================================== medical statements

def medstat_psychiater_dsm(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A psychiatrist's (or treating specialist's) statement on the practice's letterhead with the BIG number in it,
    a 'Classificatie' line, the treatment and its expected duration, what happens if it stops; signed; pen on the
    glass."""
    m, h = c.med, c.hospital
    g, s, _ = make_professional(random.Random(seed_of("psy11", c.rng_seed)), "NL")
    sh = c.new_sheet()
    W = c.page_w
    f = "sans2"
    T(sh, 20, 12, f"{g} {s}, {m['doc_title']}", font=f, size=12, bold=True)
    T(sh, 20, 18, f"{h['name']} · {h['street']}, {h['pc']} {h['city']} · BIG {seed_of('big11', c.rng_seed) % 10 ** 11:011d}",
      font=f, size=8.5, color=GREY)
    T(sh, 20, 34, "Medische verklaring", font=f, size=13, bold=True)
    T(sh, 20, 41, f"Betreft: {c.p.given_names} {c.p.surname}, geboren {d_nl(c.p.birth_date, 'dashes_zero')}",
      font=f, size=10)
    y = 52
    for head, txt in (("Classificatie / diagnose", m["dx"] + "."),
                      ("Behandeling", m["tx"] + ". " + duration_phrase(c.duration, _treat_start(c), "nl")),
                      ("Bij het stoppen van de behandeling", m["stop"]),
                      ("Behandeling in het land van herkomst", _not_available(c, "nl"))):
        T(sh, 20, y, head, font=f, size=10, bold=True)
        y = P(sh, 20, y + 5.5, W - 40, txt, font=f, size=10.5, leading=1.45) + 4
    T(sh, 20, y + 3, f"{h['city']}, {d_nl(c.sub - dt.timedelta(days=rng.randint(6, 40)))}", font=f, size=10.5)
    sh.signature(20, y + 8, 44, 14, rng, color=BLUE_INK)
    pen_on_glass(sh, rng, "left")
    return [sh]


def medstat_poli_label(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An outpatient clinic's letter to the GP printed from the hospital record system, the patient label (name,
    date of birth, hospital number, barcode) stuck at the top right, 'Geachte collega', conclusion and policy; the
    electronic signature line of the specialist."""
    m, h = c.med, c.hospital
    g, s, _ = make_professional(random.Random(seed_of("poli11", c.rng_seed)), "NL")
    sh = c.new_sheet()
    W = c.page_w
    f = "sans4"
    T(sh, 20, 12, h["name"], font=f, size=12, bold=True)
    T(sh, 20, 18, f"Polikliniek {m['spec']}", font=f, size=9, color=GREY)
    lx, ly = W - 82, 10
    sh.rect(lx, ly, 64, 26, width_mm=0.2, color=(160, 160, 160), fill=(252, 252, 246))
    T(sh, lx + 2, ly + 2, f"{c.p.surname.upper()}, {c.p.given_names}", font="mono", size=7.8)
    T(sh, lx + 2, ly + 6.5, f"{d_nl(c.p.birth_date, 'dashes_zero')}  {'V' if c.p.sex == 'F' else 'M'}", font="mono",
      size=7.8)
    T(sh, lx + 2, ly + 11, f"Pat.nr. {seed_of('patnr', c.rng_seed) % 10 ** 7:07d}", font="mono", size=7.8)
    r = random.Random(seed_of("lbl", c.rng_seed))
    x = lx + 2
    while x < lx + 58:
        bw = r.choice([0.25, 0.4, 0.6])
        sh.rect(x, ly + 16, bw, 7, width_mm=0, fill=(0, 0, 0))
        x += bw + r.choice([0.3, 0.45])
    T(sh, 20, 44, "Geachte collega,", font=f, size=10.5)
    y = P(sh, 20, 52, W - 40, f"Uw patiënt(e) is op {d_nl(c.sub - dt.timedelta(days=rng.randint(10, 50)))} op onze "
          f"polikliniek gezien. Conclusie: {m['dx']}. Ingezet/voortgezet beleid: {m['tx']}. "
          f"{duration_phrase(c.duration, _treat_start(c), 'nl')} {m['stop']} {_not_available(c, 'nl')}", font=f,
          size=10.5, leading=1.5) + 6
    T(sh, 20, y, "Met collegiale groet,", font=f, size=10.5)
    T(sh, 20, y + 8, f"{g} {s}, {m['doc_title']}", font=f, size=10.5)
    T(sh, 20, y + 13, "Elektronisch geautoriseerd, daarom niet ondertekend", font=f, size=8.5, color=GREY)
    T(sh, 20, c.page_h - 12, f"Afgedrukt uit het EPD op {d_nl(c.sub - dt.timedelta(days=rng.randint(2, 8)), 'dashes_zero')}",
      font=f, size=7.5, color=GREY)
    return [sh]


_reg("medstat-verklaring-psychiater-classificatie-pen", "medical-statement", PART, "nl", medstat_psychiater_dsm,
     "treating specialist's statement with a classification line and BIG number in the letterhead, pen on glass")
_reg("medstat-polibrief-epd-patientsticker", "medical-statement", PART, "nl", medstat_poli_label,
     "outpatient clinic's letter to the GP printed from the record system, patient label stuck on")


# =========================================================================== care institutions

def care_behandelovereenkomst(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A treatment agreement ('Behandelovereenkomst') between the institution and the patient: the parties, the
    treatment, period and estimated costs as numbered clauses, the institution's commitment to treat, signed by the
    physician and by the patient; curl shadow."""
    h, m = c.hospital, c.med
    start, end = _care_dates(c)
    g, s_, _ = make_professional(random.Random(seed_of("care11a", c.rng_seed)), "NL")
    sh = c.new_sheet()
    W = c.page_w
    f = "serif4"
    T(sh, 20, 12, h["name"], font=f, size=12, bold=True)
    T(sh, W / 2, 28, "BEHANDELOVEREENKOMST", font=f, size=13, bold=True, align="center")
    y = 40
    for n, t in enumerate((f"Partijen: {h['name']} te {h['city']} en {c.p.given_names} {c.p.surname}, geboren "
                           f"{d_nl(c.p.birth_date, 'dashes_zero')}.",
                           f"De instelling zal de volgende behandeling geven: {m['tx']}.",
                           f"De behandeling begint op {d_nl(start)} en loopt ten minste tot {d_nl(end)}.",
                           f"De geschatte kosten bedragen {eur(m['cost'])} per jaar.",
                           "De instelling verklaart dat zij de behandeling kan en zal uitvoeren."), 1):
        y = P(sh, 20, y, W - 40, f"{n}. {t}", font=f, size=10.5, leading=1.5) + 3
    y += 6
    T(sh, 20, y, f"{h['city']}, {d_nl(c.sub - dt.timedelta(days=rng.randint(10, 45)))}", font=f, size=10.5)
    T(sh, 20, y + 10, "Namens de instelling", font=f, size=9.5)
    T(sh, 115, y + 10, "De patiënt", font=f, size=9.5)
    sh.signature(20, y + 14, 42, 13, rng, color=BLUE_INK)
    sh.signature(115, y + 14, 42, 13, rng, color=BLACK_INK)
    T(sh, 20, y + 29, f"{g} {s_}, behandelend arts", font=f, size=9.5)
    return [_curl(sh, rng)]


def care_modelformulier(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The institution's answers on the lawyer's model form 'Verklaring zorginstelling': printed questions with tick
    boxes ticked by hand, dates and costs written in, the stamp of the department and the signature; DMS sticker."""
    h, m = c.hospital, c.med
    start, end = _care_dates(c)
    sh = c.new_sheet()
    W = c.page_w
    f = "sans"
    T(sh, 20, 24, "Verklaring zorginstelling", font=f, size=13, bold=True)
    T(sh, 20, 31, f"Naam instelling: {h['name']}, {h['city']}", font=f, size=10)
    T(sh, 20, 37, f"Naam patiënt: {c.p.given_names} {c.p.surname}, geboren {d_nl(c.p.birth_date, 'dashes_zero')}",
      font=f, size=10)
    y = 50
    for q, a in (("Is de instelling bereid de behandeling uit te voeren?", "ja"),
                 ("Is de instelling in staat de behandeling uit te voeren?", "ja")):
        T(sh, 20, y, q, font=f, size=10)
        for k, o in enumerate(("ja", "nee")):
            sh.rect(150 + k * 20, y, 4, 4, width_mm=0.3)
            T(sh, 156 + k * 20, y, o, font=f, size=10)
        sh.handwriting(150.3, y - 2, "x", rng, size_pt=13, color=BLUE_INK, font="hand1")
        y += 10
    for q, a in (("Welke behandeling?", m["tx"]), ("Startdatum", d_nl(start, "dashes_zero")),
                 ("Einddatum (verwacht)", d_nl(end, "dashes_zero")), ("Kosten per jaar", eur(m["cost"]))):
        T(sh, 20, y, q, font=f, size=10)
        rows = sh.wrap(hand_safe(a), W - 100, font="hand1", size_pt=11)
        for j, r in enumerate(rows[:3]):
            sh.rule(80, y + 5 + j * 7, W - 20, y + 5 + j * 7, width_mm=0.15)
            sh.handwriting(82, y - 1 + j * 7, r, rng, size_pt=11, color=BLUE_INK, font="hand1")
        y += 7 * max(1, min(3, len(rows))) + 4
    T(sh, 20, y + 4, "Datum, handtekening en stempel", font=f, size=9.5)
    sh.handwriting(20, y + 10, d_nl(c.sub - dt.timedelta(days=rng.randint(7, 40)), "dashes_zero"), rng, size_pt=11,
                   color=BLUE_INK, font="hand1")
    sh.signature(70, y + 9, 42, 13, rng, color=BLUE_INK)
    sh.stamp(120, y + 6, [h["name"][:22].upper(), m["spec"][:20].upper()], rng, shape="rect", size_mm=34,
             color=(40, 60, 140))
    dms_sticker(sh, rng)
    return [sh]


def care_email_team(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The treating team's e-mail to the lawyer, printed from the office's mail client: the header lines, the
    team's answer (they treat the patient and will go on treating, with start, end and costs), the e-mail signature
    block with the department's phone number; the print line at the foot."""
    h, m = c.hospital, c.med
    start, end = _care_dates(c)
    g, s_, _ = make_professional(random.Random(seed_of("care11c", c.rng_seed)), "NL")
    sh = c.new_sheet()
    W = c.page_w
    f = "sans2"
    lw = c.lawyer or LAWYERS[0]
    dom = h["name"].split(" ")[0].lower()
    for k, (a, b) in enumerate((("Van", f"{g[0].lower()}.{s_.split(' ')[-1].lower()}@{dom}.nl"),
                                ("Aan", f"secretariaat@{lw['firm'].split(' ')[0].lower()}.nl"),
                                ("Onderwerp", f"RE: verklaring behandeling {c.p.surname}"),
                                ("Verzonden", d_nl(c.sub - dt.timedelta(days=rng.randint(8, 30)), "dashes_zero")))):
        T(sh, 20, 14 + k * 5, f"{a}:", font=f, size=9, bold=True)
        T(sh, 44, 14 + k * 5, b, font=f, size=9)
    sh.rule(20, 36, W - 20, 36, width_mm=0.3)
    T(sh, 20, 44, f"Geachte mr. {lw.get('last', '')},", font=f, size=10.5)
    y = P(sh, 20, 52, W - 40, f"In antwoord op uw vraag bevestigen wij dat {c.p.given_names} {c.p.surname} (geboren "
          f"{d_nl(c.p.birth_date, 'dashes_zero')}) bij ons in behandeling is: {m['tx']}. Wij kunnen en zullen deze "
          f"behandeling voortzetten van {d_nl(start)} tot ten minste {d_nl(end)}. De kosten worden geraamd op "
          f"{eur(m['cost'])} per jaar.", font=f, size=10.5, leading=1.5) + 6
    for k, ln in enumerate(("Met vriendelijke groet,", f"{g} {s_}", f"behandelend arts, {m['spec']}", h["name"],
                            f"T 0{rng.randint(10, 79)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}")):
        T(sh, 20, y + k * 5, ln, font=f, size=10 if k < 2 else 9, color=(0, 0, 0) if k < 2 else GREY)
    T(sh, 20, c.page_h - 12, f"Afgedrukt {d_nl(c.sub - dt.timedelta(days=rng.randint(2, 7)), 'dashes_zero')} – "
                             f"pagina 1 van 1", font=f, size=7.5, color=GREY)
    return [sh]


_reg("care-behandelovereenkomst-twee-handtekeningen", "care-institution-statement", PART, "nl",
     care_behandelovereenkomst, "treatment agreement with numbered clauses, signed by the physician and the patient")
_reg("care-modelformulier-aangekruist-stempel", "care-institution-statement", PART, "nl", care_modelformulier,
     "institution's answers on a model form, boxes ticked and dates written by hand, department stamp")
_reg("care-email-behandelteam-print", "care-institution-statement", PART, "nl", care_email_team,
     "treating team's e-mail to the lawyer printed from the mail client")


# =========================================================================== health insurance

def polisblad_welkom(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A Dutch insurer's welcome letter ('Welkom bij ...') with the policy summary in a box and the insurance card
    printed at the foot of the page to be cut out; the customer number and start date on the card."""
    ins = c.insurer_nl
    sh = c.new_sheet()
    W = c.page_w
    f = "sans5"
    col = ins.get("color", (0, 90, 150))
    T(sh, 20, 12, ins["name"], font=f, size=13, bold=True, color=col)
    T(sh, 20, 34, f"{c.p.given_names} {c.p.surname}", font=f, size=10)
    if c.p.address:
        T(sh, 20, 39, f"{c.p.address.street} {c.p.address.number}", font=f, size=10)
        T(sh, 20, 44, f"{c.p.address.postcode} {c.p.address.city}", font=f, size=10)
    start = c.sub - dt.timedelta(days=rng.randint(40, 300))
    T(sh, 20, 60, f"Welkom bij {ins.get('short', ins['name'])}", font=f, size=14, bold=True)
    P(sh, 20, 68, W - 40, f"U bent vanaf {d_nl(start)} bij ons verzekerd voor de basisverzekering (Zorgverzekeringswet). "
      f"Hieronder vindt u een samenvatting van uw polis en uw zorgpas.", font=f, size=10.5, leading=1.45)
    sh.rect(20, 84, W - 40, 30, width_mm=0.3, color=col)
    for k, (a, b) in enumerate((("Klantnummer", _policy_no(c)), ("Basisverzekering", "Zorg Budget (natura)"),
                                ("Ingangsdatum", d_nl(start, "dashes_zero")), ("Eigen risico", "€ 385"))):
        T(sh, 24, 87 + k * 6.5, a, font=f, size=9.5, color=GREY)
        T(sh, 80, 87 + k * 6.5, b, font=f, size=10)
    sh.rule(0, 200, W, 200, width_mm=0.2, dash=1.5, color=(150, 150, 150))
    T(sh, 20, 203, "✂ knip hier uw zorgpas uit", font="sans3", size=7.5, color=GREY)
    sh.rect(60, 212, 85.6, 54, width_mm=0.3, color=col, fill=(244, 248, 252))
    T(sh, 63, 215, ins.get("short", ins["name"]), font=f, size=10, bold=True, color=col)
    T(sh, 63, 228, f"{c.p.given_names} {c.p.surname}", font=f, size=9)
    T(sh, 63, 234, f"geb. {d_nl(c.p.birth_date, 'dashes_zero')}", font=f, size=8.5)
    T(sh, 63, 240, f"Klantnr. {_policy_no(c)}  ·  UZOVI {ins.get('uzovi', '')}", font=f, size=8.5)
    T(sh, 63, 246, f"Geldig vanaf {d_nl(start, 'dashes_zero')}", font=f, size=8.5)
    return [sh]


def incoming_qr_certificate(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An incoming insurer's certificate of insurance as a one-page PDF with a QR code to verify it, the insured's
    data in two columns, the period, the cover in bullet points; printed and copied with the lid open."""
    name = _incoming_name(c)
    start = c.sub - dt.timedelta(days=rng.randint(30, 200))
    end = add_years(start, 1)
    sh = c.new_sheet()
    W = c.page_w
    f = "sans3"
    T(sh, 20, 14, name, font=f, size=12.5, bold=True)
    T(sh, 20, 22, "Verzekeringsbewijs · Certificate of insurance", font=f, size=10.5)
    r = random.Random(seed_of("qr11", c.rng_seed))
    for i in range(21):
        for j in range(21):
            if r.random() < 0.5 or (i < 7 and j < 7) or (i < 7 and j > 13) or (i > 13 and j < 7):
                sh.rect(W - 46 + i * 1.2, 10 + j * 1.2, 1.2, 1.2, width_mm=0, fill=(20, 20, 20))
    y = 44
    for a, b in (("Verzekerde / Insured", f"{c.p.given_names} {c.p.surname}"),
                 ("Geboortedatum / Date of birth", d_nl(c.p.birth_date, "dashes_zero")),
                 ("Polisnummer / Policy no.", _policy_no(c, "INC-")),
                 ("Looptijd / Period", f"{d_nl(start, 'dashes_zero')} – {d_nl(end, 'dashes_zero')}")):
        T(sh, 20, y, a, font=f, size=9, color=GREY)
        T(sh, 90, y, b, font=f, size=10)
        y += 7
    y += 4
    for t in ("medisch noodzakelijke zorg in Nederland, inclusief ziekenhuisopname",
              "specialistische zorg en geneesmiddelen",
              "ook voor een bij aanvang bestaande aandoening"):
        T(sh, 24, y, "• " + t, font=f, size=10)
        y += 6
    T(sh, 20, y + 8, "Controleer dit bewijs door de QR-code te scannen.", font=f, size=8.5, color=GREY)
    return [_lid(sh, rng)]


def intl_manila_letter(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An international insurer's certificate of coverage in English on Letter paper, with the member's data in a
    table, the plan's benefits and a 'This is to certify' sentence, signed by the underwriting officer; the cover
    letter's corner shows behind it where the two were stapled."""
    ins = c.insurer_intl or {}
    name = c.__dict__.get("_ins_name") or ins.get("name") or "International Health Assurance"
    sh = c.new_sheet()
    W = c.page_w
    f = "serif2"
    col = ins.get("color", (10, 60, 130))
    T(sh, W / 2, 14, name, font=f, size=13, bold=True, align="center", color=col)
    T(sh, W / 2, 21, ins.get("addr", ""), font=f, size=8, align="center", color=GREY)
    sh.rule(20, 26, W - 20, 26, width_mm=0.6, color=col)
    T(sh, W / 2, 36, "CERTIFICATE OF COVERAGE", font=f, size=13, bold=True, align="center")
    y = P(sh, 20, 46, W - 40, f"This is to certify that the person named below is insured under our "
          f"{ins.get('plan', 'international health plan')} with worldwide cover including the Netherlands.", font=f,
          size=10.5, leading=1.45) + 4
    for a, b in (("Member", f"{c.p.given_names} {c.p.surname}"), ("Date of birth", d_en(c.p.birth_date)),
                 ("Certificate no.", _policy_no(c, "PH-")), ("Plan", ins.get("plan", "International")),
                 ("Benefits", "in-patient and out-patient care, specialists, prescribed medication, "
                              "pre-existing conditions declared at enrolment")):
        rows = sh.wrap(b, W - 95, font=f, size_pt=10)
        hh = 2.5 + 4.6 * len(rows)
        sh.rect(20, y, 52, hh, width_mm=0.2, fill=(236, 240, 248))
        sh.rect(72, y, W - 92, hh, width_mm=0.2)
        T(sh, 22, y + 1.2, a, font=f, size=9.5)
        for j, r_ in enumerate(rows):
            T(sh, 74, y + 1.2 + j * 4.6, r_, font=f, size=10)
        y += hh
    T(sh, 20, y + 10, f"Issued on {d_en(c.sub - dt.timedelta(days=rng.randint(10, 40)))}", font=f, size=10)
    sh.signature(20, y + 15, 40, 13, rng, color=BLUE_INK)
    T(sh, 20, y + 30, "Underwriting Officer", font=f, size=9.5)
    sh.rule(4, 8, 14, 4, width_mm=0.7, color=(120, 120, 120))
    return [sh]


_reg("polisblad-welkomstbrief-zorgpas-knipstrook", "health-insurance", PART, "nl", polisblad_welkom,
     "Dutch insurer's welcome letter with a policy summary box and the insurance card to cut out at the foot")
_reg("incoming-verzekeringsbewijs-qr-deksel", "health-insurance", PART, "nl", incoming_qr_certificate,
     "incoming insurer's certificate with a QR code and bullet-point cover, lid left open")
_reg("intl-certificate-manila-letter-stapled", "health-insurance", PART, "en", intl_manila_letter,
     "international insurer's certificate of coverage in English on Letter paper, staple in the corner")


# =========================================================================== civic integration

def duo_diploma_band(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """DUO's civic-integration diploma with a vertical colour band down the left side, the holder's name large,
    the level and the date in a line, a QR code to check the diploma in DUO's register; the page curling."""
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    d = _inb_date(c, rng)
    f = "sans5"
    sh.rect(0, 0, 26, H, width_mm=0, fill=(0, 100, 140))
    T(sh, 40, 40, "Diploma", font=f, size=28, bold=True, color=(0, 100, 140))
    T(sh, 40, 56, "inburgering", font=f, size=16)
    T(sh, 40, 84, f"{c.p.given_names} {c.p.surname}", font=f, size=18, bold=True)
    T(sh, 40, 96, f"geboren {d_nl(c.p.birth_date)} te {c.p.birth_place}", font=f, size=11)
    P(sh, 40, 110, W - 60, "heeft voldaan aan de eisen van het inburgeringsexamen op taalniveau B1 en ontvangt dit "
      "diploma.", font=f, size=11, leading=1.5)
    T(sh, 40, 140, f"Groningen, {d_nl(d)}", font=f, size=11)
    T(sh, 40, 148, "namens de minister: DUO", font=f, size=10, color=GREY)
    sh.signature(40, 154, 40, 13, rng, color=BLACK_INK)
    r = random.Random(seed_of("dqr11", c.rng_seed))
    for i in range(21):
        for j in range(21):
            if r.random() < 0.5:
                sh.rect(W - 50 + i * 1.3, H - 60 + j * 1.3, 1.3, 1.3, width_mm=0, fill=(20, 20, 20))
    T(sh, W - 50, H - 30, f"nr. {seed_of('dip11', c.rng_seed) % 10 ** 9:09d}", font=f, size=8)
    return [_curl(sh, rng)]


def duo_ontheffing_greybox(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """DUO's exemption letter with the decision itself in a grey box near the top ('Ons besluit: ...'), the reasons
    and the appeal below in plain paragraphs; copied with the lid open."""
    sh = c.new_sheet()
    W = c.page_w
    d = _inb_date(c, rng)
    f = "sans2"
    T(sh, 20, 12, "Dienst Uitvoering Onderwijs", font=f, size=11, bold=True)
    T(sh, 20, 18, "Ministerie van Onderwijs, Cultuur en Wetenschap", font=f, size=8.5, color=GREY)
    T(sh, 20, 38, f"{c.p.given_names} {c.p.surname}", font=f, size=10.5)
    T(sh, W - 20, 38, d_nl(d), font=f, size=10, align="right")
    T(sh, 20, 52, "Onderwerp: uw inburgeringsplicht", font=f, size=11, bold=True)
    sh.rect(20, 60, W - 40, 20, width_mm=0, fill=(230, 230, 230))
    P(sh, 24, 63, W - 48, "Ons besluit: u krijgt ontheffing van de inburgeringsplicht. U hoeft het "
      "inburgeringsexamen niet af te leggen.", font=f, size=11, leading=1.45)
    y = P(sh, 20, 88, W - 40, "Waarom krijgt u ontheffing? Uit het medisch advies blijkt dat u door een "
          "lichamelijke of psychische beperking blijvend niet in staat bent het examen af te leggen.", font=f, size=10.5,
          leading=1.45) + 4
    y = P(sh, 20, y, W - 40, f"Wij hebben uw geboortedatum ({d_nl(c.p.birth_date, 'dashes_zero')}) uit de "
          f"basisregistratie personen overgenomen. Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken "
          f"bezwaar maken.", font=f, size=10.5, leading=1.45) + 6
    T(sh, 20, y, "Met vriendelijke groet,", font=f, size=10.5)
    T(sh, 20, y + 6, "namens de minister, DUO", font=f, size=10.5)
    sh.signature(20, y + 11, 40, 12, rng, color=BLACK_INK)
    return [_lid(sh, rng)]


def duo_uitslag_punten(c: Case, rng: random.Random, *, failed: bool = False, **_) -> list[Sheet]:
    """DUO's exam results letter: each exam part with the score obtained, the cut-off score ('cesuur') and
    'gehaald'/'niet gehaald' in a table; the DMS sticker."""
    sh = c.new_sheet()
    W = c.page_w
    d = _inb_date(c, rng)
    f = "sans4"
    T(sh, 20, 12, "DUO", font=f, size=16, bold=True)
    T(sh, 20, 36, f"{c.p.given_names} {c.p.surname}", font=f, size=10.5)
    T(sh, 20, 41, f"geboren {d_nl(c.p.birth_date, 'dashes_zero')}", font=f, size=9.5)
    T(sh, 20, 54, "Uitslag inburgeringsexamen", font=f, size=12.5, bold=True)
    parts = [("Lezen", 38, 30), ("Luisteren", 40, 30), ("Schrijven", 7, 5), ("Spreken", 22, 15),
             ("Kennis van de Nederlandse Maatschappij", 34, 28)]
    bad = seed_of("fail11", c.rng_seed) % len(parts) if failed else -1
    y = 64
    for k, t in enumerate(("Examenonderdeel", "Datum", "Score", "Cesuur", "Resultaat")):
        T(sh, (20, 96, 126, 146, 168)[k], y, t, font=f, size=9, bold=True)
    sh.rule(20, y + 5, W - 20, y + 5, width_mm=0.3)
    y += 8
    for k, (p, mx, cut) in enumerate(parts):
        ok = k != bad
        sc = rng.randint(cut, mx) if ok else rng.randint(max(0, cut - 8), cut - 1)
        for x, t in ((20, p), (96, d_nl(d - dt.timedelta(days=11 * k), "dashes_zero")), (126, str(sc)),
                     (146, str(cut)), (168, "gehaald" if ok else "niet gehaald")):
            T(sh, x, y, t, font=f, size=9.5)
        y += 7
    P(sh, 20, y + 6, W - 40, "U hebt nog niet alle onderdelen gehaald. U kunt het onderdeel opnieuw doen." if failed
      else "U hebt alle onderdelen gehaald. Uw diploma ontvangt u apart.", font=f, size=10.5, leading=1.45)
    dms_sticker(sh, rng)
    return [sh]


_reg("duo-diploma-verticale-band-qr-stiftpen", "civic-integration", PART, "nl", duo_diploma_band,
     "DUO diploma with a vertical colour band and a QR code, curl shadow")
_reg("duo-ontheffing-grijs-besluitkader-deksel-open", "civic-integration", PART, "nl", duo_ontheffing_greybox,
     "DUO exemption letter with the decision in a grey box, lid left open")
_reg("duo-uitslag-punten-cesuur-omkrullend", "civic-integration", PART, "nl", duo_uitslag_punten,
     "DUO exam results letter with scores and cut-off scores per part, DMS sticker")


# =========================================================================== other

def cover_letter_greybox(c: Case, rng: random.Random, *, enclosures: list[str] | None = None, **_) -> list[Sheet]:
    """A Dutch lawyer's cover letter whose references (our reference, V-number, date, subject) sit in a grey box at
    the right of the address block, the text in short paragraphs, the enclosures as a bullet list under 'Bijlagen'."""
    lw = c.lawyer or LAWYERS[0]
    sh = c.new_sheet()
    W = c.page_w
    f = "serif4"
    T(sh, 20, 12, lw["firm"], font=f, size=13, bold=True)
    T(sh, 20, 18, f"{lw['street']} · {lw['pc']} {lw['city']}", font=f, size=8.5, color=GREY)
    y = 36
    for ln in IND_ADDRESSES[rng.randrange(len(IND_ADDRESSES))].split("\n"):
        T(sh, 20, y, ln, font=f, size=10)
        y += 5
    sh.rect(118, 34, W - 138, 30, width_mm=0, fill=(236, 236, 236))
    for k, (a, b) in enumerate((("Ons kenmerk", f"{rng.randint(2025, 2026)}/{rng.randint(100, 999)}"),
                                ("V-nummer", c.vnr), ("Datum", d_nl(c.sub - dt.timedelta(days=rng.randint(0, 3)))),
                                ("Betreft", c.p.surname))):
        T(sh, 121, 36 + k * 6.5, a, font=f, size=8.5, color=GREY)
        T(sh, 146, 36 + k * 6.5, b, font=f, size=9.5)
    y = 76
    paras = ["Geachte heer, mevrouw,", f"Bijgaand ontvangt u namens mijn cliënt(e) {c.p.given_names} {c.p.surname} "
             f"de aanvraag {PROC_NL[c.procedure]}, met de bijlagen die hieronder zijn genoemd."]
    if c.procedure == "ind-medical-treatment" and c.art64_end:
        paras.append(f"Cliënt(e) had uitstel van vertrek op grond van artikel 64 Vw tot en met {d_nl(c.art64_end)}.")
    if c.no_passport:
        paras.append("Cliënt(e) beschikt niet over een geldig paspoort en verzoekt om vrijstelling van het "
                     "paspoortvereiste. " + " ".join(EXEMPTION_TEXT[i] for i in c.exemption_shown))
    if c.suriname_visa:
        paras.append("Cliënt(e) heeft de Surinaamse nationaliteit en reisde in met een mvv voor medische "
                     "behandeling; de behandeling loopt nog en de kosten zijn gedekt.")
    for para in paras:
        y = P(sh, 20, y, W - 40, para, font=f, size=10.5, leading=1.45) + 3
    if enclosures:
        T(sh, 20, y + 2, "Bijlagen", font=f, size=10.5, bold=True)
        y += 8
        for e in enclosures:
            T(sh, 24, y, f"• {e}", font=f, size=10)
            y += 5.2
    y += 6
    T(sh, 20, y, "Hoogachtend,", font=f, size=10.5)
    sh.signature(20, y + 5, 42, 13, rng, color=BLUE_INK)
    T(sh, 20, y + 20, c.lawyer_name or f"mr. {lw.get('last', '')}", font=f, size=10.5)
    return [c.intr(sh)]


def art64_decision_lid(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The IND's decision on deferral of departure (art. 64) with the period in the first paragraph, copied with the
    lid open."""
    end = c.art64_end or (c.since - dt.timedelta(days=1) if c.since else c.sub + dt.timedelta(days=10))
    start = add_years(end, -1) + dt.timedelta(days=1)
    sh = c.new_sheet()
    W = c.page_w
    f = "sans6"
    T(sh, 20, 12, "Immigratie- en Naturalisatiedienst", font=f, size=11, bold=True)
    T(sh, 20, 18, "Ministerie van Asiel en Migratie", font=f, size=8.5, color=GREY)
    T(sh, 20, 38, f"{c.p.given_names} {c.p.surname}", font=f, size=10)
    T(sh, W - 20, 38, f"V-nummer {c.vnr}", font=f, size=9.5, align="right")
    T(sh, W - 20, 43, d_nl(start - dt.timedelta(days=rng.randint(5, 20))), font=f, size=9.5, align="right")
    T(sh, 20, 56, "Besluit uitstel van vertrek (artikel 64 Vw)", font=f, size=11.5, bold=True)
    P(sh, 20, 66, W - 40, f"U krijgt uitstel van vertrek van {d_nl(start)} tot en met {d_nl(end)}. Het Bureau "
      f"Medische Advisering (BMA) heeft geadviseerd dat u op dit moment om medische redenen niet kunt reizen.",
      font=f, size=10.5, leading=1.5)
    return [c.intr(_lid(sh, rng))]


def permit_letter_dms(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The IND's decision granting the permit, the start date in the first sentence, the DMS sticker on it."""
    sh = c.new_sheet()
    W = c.page_w
    f = "serif2"
    since = c.since or (c.sub - dt.timedelta(days=400))
    T(sh, 20, 12, "Immigratie- en Naturalisatiedienst", font=f, size=12, bold=True)
    T(sh, 20, 38, f"{c.p.given_names} {c.p.surname}", font=f, size=10)
    T(sh, 20, 46, f"V-nummer: {c.vnr}", font=f, size=10)
    T(sh, 20, 58, "Beslissing op uw aanvraag", font=f, size=12, bold=True)
    P(sh, 20, 68, W - 40, f"Wij hebben uw aanvraag ingewilligd. U krijgt een verblijfsvergunning regulier voor "
      f"bepaalde tijd, die ingaat op {d_nl(since)}. Maak een afspraak om uw verblijfsdocument op te halen.", font=f,
      size=10.5, leading=1.5)
    dms_sticker(sh, rng, y=22)
    return [c.intr(sh)]


def mvv_pen(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The passport page with the MVV sticker, the page alone on the glass with a pen lying beside it."""
    sh = c.new_sheet()
    x0, y0, pw, ph = 40, 60, 125, 88
    sh.rect(x0, y0, pw, ph, width_mm=0.2, color=(150, 150, 150), fill=(242, 238, 246))
    sh.rect(x0 + 5, y0 + 5, pw - 10, ph - 10, width_mm=0, fill=(236, 232, 244))
    T(sh, x0 + 8, y0 + 7, "VISUM · NEDERLAND · TYPE D", font="sans4", size=9, bold=True)
    start = c.sub - dt.timedelta(days=rng.randint(150, 200))
    end = start + dt.timedelta(days=180)
    pno = c.passport_no or f"R{rng.randint(1000000, 9999999)}"
    for k, (a, b) in enumerate([("GELDIG VAN", start.strftime("%d-%m-%Y")), ("TOT", end.strftime("%d-%m-%Y")),
                                ("PASPOORTNR", pno), ("NAAM", f"{c.p.surname.upper()}, {c.p.given_names.upper()}"),
                                ("OPMERKINGEN", "MVV MEDISCHE BEHANDELING")]):
        T(sh, x0 + 8, y0 + 15 + k * 9, a, font="sans4", size=5.5, color=GREY)
        T(sh, x0 + 8, y0 + 18 + k * 9, b, font="sans4", size=8.5)
    line1 = ("V<NLD" + _mrz_name(c.p, 39))[:44]
    birth = c.p.birth_date.strftime("%y%m%d")
    exp = end.strftime("%y%m%d")
    pn = (pno + "<" * 9)[:9]
    line2 = f"{pn}{_mrz_check(pn)}SUR{birth}{_mrz_check(birth)}{c.p.sex}{exp}{_mrz_check(exp)}" + "<" * 16
    T(sh, x0 + 3, y0 + ph - 12, line1, font="ocrb", size=8)
    T(sh, x0 + 3, y0 + ph - 7, line2[:44], font="ocrb", size=8)
    pen_on_glass(sh, rng, "right")
    return [sh]


_reg("cover-letter-kenmerken-grijs-kader", "other", PART, "nl", cover_letter_greybox,
     "Dutch lawyer's cover letter with the references in a grey box, enclosures as a bullet list")
_reg("art64-decision-periode-eerste-alinea-deksel", "other", PART, "nl", art64_decision_lid,
     "IND art. 64 decision with the period in the first paragraph, lid left open")
_reg("permit-letter-beslissing-dms-sticker", "other", PART, "nl", permit_letter_dms,
     "IND decision granting the permit, DMS sticker")
_reg("mvv-sticker-sur-pen-op-glas", "other", PART, "nl", mvv_pen,
     "MVV page alone on the glass, a pen lying beside it")
