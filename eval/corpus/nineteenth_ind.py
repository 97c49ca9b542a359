"""IND families of the `nineteenth` part (registered in ind.FAMILIES).

Written after dev, heldout and the parts fresh to eighteenth had been read, by a writer who did not see the
validator: the IND application forms printed blank and filled in, by hand in block capitals or typed on the computer,
into comb boxes and crossed tick boxes, the V-number in a row of ten boxes at the top right of every page, the
question numbers in the left margin, the form's barcode and 'pagina n/N' at the foot, the signature over the line of a
framed box; a payslip printed by the employer's payroll bureau with a 'quantity x rate' table, a guarantor's
declaration written by hand on the printed model, an employer's statement on the standard model typed in; a treating
specialist's answers on a 'medische verklaring' questionnaire, an English medical statement of a university hospital's
international office; a dialysis centre's placement confirmation with the weekly slots, a hospital's statement as a
form with the answers ticked, an oncology centre's treatment path drawn as phases on a time bar; a Dutch insurer's
policy schedule with a coloured side bar, an incoming insurer's bilingual certificate framed with the policy
barcode, a Guatemalan insurer's Spanish/English letter on US Letter; DUO's diploma with a wavy green border and a
blind-embossed seal, an exemption decision with numbered considerations folded in three, the results printed from
the exam portal with the browser's lines; a Dutch lawyer's cover letter with the productions in a table, the IND's
decisions in the central-government letter layout with the ribbon at the top, the MVV sticker copied from a copy.
Every maker draws on ``c.new_sheet()`` and marks pages that print the V-number with ``c.intr``.
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
from .nineteenth_identity import copy_of_copy, punch_holes, staple
from .paper import Sheet, text_width_mm
from .people import make_professional

PART = "nineteenth"
NAVY = (10, 45, 95)


# =========================================================================== application forms: comb boxes

class _CombForm:
    """An IND form printed blank from the website and filled in: on every page the IND wordmark and the form's title
    at the top left, the V-number in ten boxes at the top right; the questions numbered in the left margin, each
    caption above its boxes; short answers in comb boxes, long ones in a framed field, yes/no as two tick boxes; the
    form's barcode and 'pagina n/N' at the foot.  Filled in by hand in block capitals (the boxes crossed with a pen)
    or typed on the computer in a monospaced face."""

    def __init__(self, c: Case, rng: random.Random, title: str, code: str):
        self.c, self.rng, self.title, self.code = c, rng, title, code
        self.hand = c.fill == "hand"
        self.ink = rng.choice([BLUE_INK, BLACK_INK])
        self.hf = rng.choice(["blockcaps", "hand2"])
        self.sheets: list[Sheet] = []
        self.q = 0
        self.page()

    def _put(self, sh, x, y, s, size=11.0):
        if not s:
            return
        if self.hand:
            sh.handwriting(x, y - 1.3, hand_safe(s), self.rng, size_pt=size, color=self.ink, font=self.hf)
        else:
            sh.text(x, y, s, font="mono", size_pt=size - 1.5)

    def page(self) -> None:
        c = self.c
        sh = c.new_sheet()
        W = c.page_w
        T(sh, 15, 9, "IND", font="sans4", size=17, bold=True, color=NAVY)
        T(sh, 34, 9.5, "Immigratie- en", font="sans4", size=7, color=NAVY)
        T(sh, 34, 12.7, "Naturalisatiedienst", font="sans4", size=7, color=NAVY)
        T(sh, W - 15, 7, "V-nummer", font="sans4", size=7, color=GREY, align="right")
        x0 = W - 15 - 10 * 5.2
        for k in range(10):
            sh.rect(x0 + k * 5.2, 10.5, 5.2, 6.5, width_mm=0.25, color=(60, 60, 60))
            ch = self.c.vnr[k] if k < len(self.c.vnr) else ""
            if self.hand:
                sh.handwriting(x0 + k * 5.2 + 0.9, 10.6, ch, self.rng, size_pt=11, color=self.ink, font=self.hf)
            else:
                T(sh, x0 + k * 5.2 + 2.6, 11.9, ch, font="mono", size=9.5, align="center")
        sh.rule(15, 21, W - 15, 21, width_mm=0.5, color=NAVY)
        self.sheets.append(c.intr(sh))
        if len(self.sheets) == 1:
            self.y = sh.paragraph(15, 26, W - 30, self.title, font="sans4", size_pt=13, bold=True) + 4
        else:
            self.y = 27.0

    @property
    def sh(self) -> Sheet:
        return self.sheets[-1]

    def need(self, h: float) -> None:
        if self.y + h > self.c.page_h - 24:
            self.page()

    def section(self, t: str) -> None:
        self.need(24)
        self.sh.rect(15, self.y, self.c.page_w - 30, 6.5, width_mm=0, fill=(220, 228, 240))
        T(self.sh, 17, self.y + 1.3, t, font="sans4", size=9.5, bold=True, color=NAVY)
        self.y += 10

    def _num(self) -> None:
        self.q += 1
        T(self.sh, 15, self.y, f"{self.q}", font="sans4", size=8, bold=True, color=NAVY)

    def comb(self, cap: str, val: str, n: int = 26) -> None:
        self.need(14)
        self._num()
        T(self.sh, 23, self.y, cap, font="sans4", size=8)
        y = self.y + 4
        bw = 5.8
        for k in range(n):
            self.sh.rect(23 + k * bw, y, bw, 6.5, width_mm=0.2, color=(90, 90, 90))
        v = (val or "").upper()[:n]
        for k, ch in enumerate(v):
            if ch == " ":
                continue
            if self.hand:
                self.sh.handwriting(23 + k * bw + 0.8, y + 0.1, hand_safe(ch), self.rng, size_pt=11, color=self.ink,
                                    font=self.hf)
            else:
                T(self.sh, 23 + k * bw + bw / 2, y + 1.3, ch, font="mono", size=9.5, align="center")
        self.y = y + 10

    def field(self, cap: str, val: str, lines: int = 1) -> None:
        W = self.c.page_w
        rows = self.sh.wrap(val or "", W - 52, font="mono", size_pt=9.5)
        lines = max(lines, len(rows))
        self.need(8 + 6.5 * lines)
        self._num()
        T(self.sh, 23, self.y, cap, font="sans4", size=8)
        y = self.y + 4
        self.sh.rect(23, y, W - 38, 6.5 * lines + 1.5, width_mm=0.2, color=(90, 90, 90))
        for k, r in enumerate(rows):
            self._put(self.sh, 25, y + 1.6 + k * 6.5, r, 10.5)
        self.y = y + 6.5 * lines + 5

    def yesno(self, cap: str, yes: bool | None) -> None:
        self.need(12)
        self._num()
        W = self.c.page_w
        rows = self.sh.wrap(cap, W - 80, font="sans4", size_pt=8)
        for k, r in enumerate(rows):
            T(self.sh, 23, self.y + k * 3.8, r, font="sans4", size=8)
        x = W - 52
        for k, lab in enumerate(("Ja", "Nee")):
            self.sh.rect(x + k * 18, self.y - 0.4, 4, 4, width_mm=0.25)
            T(self.sh, x + k * 18 + 6, self.y, lab, font="sans4", size=8.5)
            if yes is not None and (k == 0) == yes:
                if self.hand:
                    self.sh.handwriting(x + k * 18 - 0.5, self.y - 2.0, "X", self.rng, size_pt=12, color=self.ink,
                                        font="hand1")
                else:
                    T(self.sh, x + k * 18 + 2, self.y - 0.6, "X", font="mono", size=10, align="center")
        self.y += max(8, 3.8 * len(rows) + 4)

    def person(self) -> None:
        c, p = self.c, self.c.p
        self.section("1  Persoonsgegevens")
        self.comb("Achternaam", p.surname)
        self.comb("Voornamen", p.given_names)
        self.comb("Geboortedatum (dd-mm-jjjj)", c.p.birth_date.strftime("%d-%m-%Y"), 10)
        self.comb("Geboorteplaats", p.birth_place, 20)
        self.comb("Geboorteland", country_nl(p), 20)
        self.comb("Nationaliteit", nat_nl(p), 20)
        self.yesno("Geslacht: man", p.sex == "M")
        if p.address:
            self.field("Adres in Nederland (straat, huisnummer, postcode, woonplaats)",
                       f"{p.address.street} {p.address.number}, {p.address.postcode} {p.address.city}")
        if c.lawyer:
            self.field("Gemachtigde (naam, kantoor, plaats)",
                       f"{c.lawyer_name or ''}, {c.lawyer['firm']}, {c.lawyer['city']}".strip(", "))

    def sign(self) -> None:
        c = self.c
        self.need(70)
        self.section("Ondertekening")
        P(self.sh, 17, self.y, c.page_w - 34, "Ik verklaar dat ik dit formulier naar waarheid heb ingevuld. Ik weet "
          "dat de IND mijn aanvraag kan afwijzen als ik onjuiste informatie geef.", font="sans4", size=9)
        self.y += 13
        self.comb("Plaats", c.p.address.city if c.p.address else "Utrecht", 20)
        self.comb("Datum (dd-mm-jjjj)", (c.sub - dt.timedelta(days=self.rng.randint(1, 7))).strftime("%d-%m-%Y"), 10)
        self._num()
        T(self.sh, 23, self.y, "Handtekening aanvrager", font="sans4", size=8)
        self.sh.rect(23, self.y + 4, 90, 26, width_mm=0.3)
        self.sh.signature(30 + self.rng.uniform(0, 10), self.y + 9, 52, 16, self.rng, color=self.ink)
        self.y += 34

    def finish(self) -> list[Sheet]:
        from .be9ter import barcode as _bc
        n = len(self.sheets)
        for i, sh in enumerate(self.sheets, 1):
            _bc(sh, 15, self.c.page_h - 14, 34, 6, f"{self.code}{i:02d}")
            T(sh, 52, self.c.page_h - 12.5, f"{self.code} · versie 2026-10", font="sans4", size=7, color=GREY)
            T(sh, self.c.page_w - 15, self.c.page_h - 12.5, f"pagina {i}/{n}", font="sans4", size=7, color=GREY,
              align="right")
        return self.sheets


def form_med_comb(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _CombForm(c, rng, "Aanvraag verblijfsvergunning voor medische behandeling", "IND7515")
    f.person()
    f.section("2  Uw medische behandeling")
    f.field("Naam en vestigingsplaats van de instelling die u behandelt",
            f"{c.hospital.get('name', '')}, {c.hospital.get('city', '')}")
    f.field("Welke behandeling krijgt u?", c.med.get("tx_short", ""))
    f.yesno("Heeft u 1 jaar uitstel van vertrek gehad op grond van artikel 64 Vreemdelingenwet?", bool(c.art64_end))
    if c.art64_end:
        f.comb("Einddatum uitstel van vertrek (dd-mm-jjjj)", c.art64_end.strftime("%d-%m-%Y"), 10)
    else:
        f.yesno("Betaalt iemand anders (garantsteller) de kosten van uw verblijf en behandeling?", bool(c.payer))
        if c.payer:
            f.field("Naam garantsteller en relatie tot u", f"{c.payer.given_names} {c.payer.surname} "
                                                          f"({c.payer_relation})")
    f.section("3  Paspoort")
    f.yesno("Heeft u een geldig paspoort?", not c.no_passport)
    f.yesno("Heeft u de Surinaamse nationaliteit en een mvv voor medische behandeling?", bool(c.suriname_visa))
    f.sign()
    return f.finish()


def form_7027_comb(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _CombForm(c, rng, "Aanvraag verblijfsvergunning humanitair niet tijdelijk (voortgezet verblijf)", "IND7027")
    f.person()
    f.section("2  Uw huidige verblijfsvergunning")
    keys = [k for k, _ in ROUTES_7027]
    labels = [t for _, t in ROUTES_7027]
    f.field("Verblijfsdoel van uw huidige verblijfsvergunning",
            labels[keys.index(c.route)] if c.route in keys else "", 2)
    f.comb("Ingangsdatum van die verblijfsvergunning (dd-mm-jjjj)", c.since.strftime("%d-%m-%Y") if c.since else "", 10)
    if c.route == "relationship":
        f.section("3  Inburgering")
        f.yesno("Heeft u het inburgeringsdiploma behaald?", c.inburgering in ("diploma", "results", "failed"))
        f.yesno("Heeft u ontheffing of vrijstelling van de inburgeringsplicht?", c.inburgering == "exemption")
    f.sign()
    return f.finish()


def form_generic_comb(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _CombForm(c, rng, "Aanvraag verlenging verblijfsvergunning regulier bepaalde tijd", "IND7514")
    f.person()
    f.section("2  Uw verblijfsvergunning")
    f.field("Verblijfsdoel", GENERIC_PURPOSES[seed_of("purpose", c.rng_seed) % len(GENERIC_PURPOSES)])
    f.comb("Einddatum huidige verblijfsvergunning (dd-mm-jjjj)",
           (c.sub + dt.timedelta(days=rng.randint(20, 80))).strftime("%d-%m-%Y"), 10)
    f.sign()
    return f.finish()


_reg("ind-form-med-kamvakjes-v-nummer-tien-hokjes-streepjescode", "application", PART, "nl", form_med_comb,
     "medical-treatment application printed blank and filled in into comb boxes (by hand or typed), V-number in ten "
     "boxes on every page, crossed tick boxes, barcode and 'pagina n/N' at the foot")
_reg("ind-form-7027-kamvakjes-v-nummer-tien-hokjes-streepjescode", "application", PART, "nl", form_7027_comb,
     "form 7027 in the same comb-box layout")
_reg("ind-form-generic-kamvakjes-v-nummer-tien-hokjes-streepjescode", "application", PART, "nl", form_generic_comb,
     "extension application in the same comb-box layout")


# =========================================================================== income

def payslip_payroll_bureau(c: Case, rng: random.Random, month: int = 11, **_) -> list[Sheet]:
    """A monthly payslip printed by the employer's payroll bureau: the employer's name in white on a dark grey band
    with the bureau's name under it, the worker's data in a box at the right, the payments as a 'Omschrijving / Aantal / Tarief / Bedrag' table
    (hours, evening allowance, holiday hours reserved), the deductions under it, the net in a bold row, the year's
    totals in a small table at the foot."""
    e, w = _emp(c, rng), earner(c)
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    sh = c.new_sheet()
    W = c.page_w
    f = "sans5"
    bureau = rng.choice(["Loonbureau Van Leeuwen", "Salarisservice Noord B.V.", "Payroll Partners Zuid B.V."])
    sh.rect(0, 0, W, 22, width_mm=0, fill=(60, 62, 66))
    T(sh, 16, 5, e["name"], font=f, size=13, bold=True, color=(255, 255, 255))
    T(sh, 16, 12.5, f"{e.get('street', '')}, {e.get('pc', '')} {e.get('city', '')} · verwerkt door {bureau}",
      font=f, size=7.5, color=(215, 215, 215))
    T(sh, W - 16, 8, f"Loonstrook {['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'][month - 1]} 2026",
      font=f, size=10, color=(255, 255, 255), align="right")
    sh.rect(W - 96, 28, 80, 36, width_mm=0.3)
    for j, (a, b) in enumerate((("Naam", f"{w.given_names} {w.surname}"), ("Geboortedatum", d_nl(w.birth_date, "dashes_zero")),
                                ("Functie", e["func_now"]),
                                ("Loonheffingennr.", e["lhn"]), ("IBAN", e["iban"]))):
        T(sh, W - 94, 30 + j * 6.5, a, font=f, size=7.5, color=GREY)
        T(sh, W - 66, 30 + j * 6.5, b[:30], font=f, size=8.5)
    T(sh, 16, 30, e.get("cao", ""), font=f, size=8.5, color=GREY)
    T(sh, 16, 35, f"Personeelsnummer {e['pnr']}", font=f, size=8.5, color=GREY)
    uur = round(k["bruto"] / 152, 2)
    rows = [("Gewerkte uren", "152,00", f"{uur:.2f}".replace(".", ","), eur(k["bruto"], False)),
            ("Toeslag onregelmatige uren", f"{rng.randint(10, 40)},00", "", "(incl.)"),
            ("Reservering vakantiegeld 8 %", "", "", "(res.)"),
            ("Reiskosten", "", "", eur(k["reis"], False)),
            ("Loonheffing", "", "", "-" + eur(k["lh"], False)),
            (f"Pensioen {e.get('pension', '')}".strip(), "", "", "-" + eur(k["pens"], False))]
    y = 72
    cols = [("Omschrijving", 16), ("Aantal", 100), ("Tarief", 128), ("Bedrag", W - 16)]
    sh.rect(16, y, W - 32, 7, width_mm=0, fill=(225, 225, 225))
    for t_, x in cols:
        T(sh, x + (0 if t_ == "Omschrijving" else 0), y + 1.6, t_, font=f, size=8.5, bold=True,
          align="right" if t_ == "Bedrag" else "left")
    y += 9
    for a, b, cc, d in rows:
        T(sh, 17, y, a, font=f, size=9)
        T(sh, 100, y, b, font=f, size=9)
        T(sh, 128, y, cc, font=f, size=9)
        T(sh, W - 16, y, d, font=f, size=9, align="right")
        sh.rule(16, y + 5, W - 16, y + 5, width_mm=0.1, color=(200, 200, 200))
        y += 6.5
    sh.rect(16, y + 2, W - 32, 8, width_mm=0.4)
    T(sh, 18, y + 4, "Netto te betalen", font=f, size=10, bold=True)
    T(sh, W - 18, y + 4, eur(k["net"]), font=f, size=10, bold=True, align="right")
    y += 20
    T(sh, 16, y, "Cumulatieven", font=f, size=8, bold=True, color=GREY)
    for j, (a, b) in enumerate((("Loon LB/PH", eur(k["bruto"] * month, False)), ("Loonheffing", eur(k["lh"] * month, False)),
                                ("Gewerkte uren", f"{152 * month},00"))):
        T(sh, 16 + j * 58, y + 5, a, font=f, size=7.5, color=GREY)
        T(sh, 16 + j * 58, y + 9, b, font=f, size=8.5)
    return [sh]


def guarantor_handwritten_model(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The guarantor's declaration on the IND's printed model, filled in by the guarantor by hand: each answer written
    on the dotted line after its caption, the amounts in euros, the promise printed, dated and signed in ink."""
    g = c.payer or c.p
    e = _emp(c, random.Random(c.rng_seed))
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    sh = c.new_sheet()
    W = c.page_w
    f = "serif2"
    hf = rng.choice(["hand1", "hand3", "hand4"])
    ink = rng.choice([BLUE_INK, BLACK_INK])
    T(sh, 18, 12, "Immigratie- en Naturalisatiedienst", font=f, size=9, color=GREY)
    T(sh, 18, 20, "Verklaring garantsteller", font=f, size=16, bold=True)
    T(sh, 18, 28, "voor verblijf en medische behandeling in Nederland", font=f, size=10)
    rows = [("1. Naam en voornamen", f"{g.surname}, {g.given_names}"),
            ("2. Geboortedatum", d_nl(g.birth_date, "dots")),
            ("3. Adres", f"{g.address.street} {g.address.number}, {g.address.city}" if g.address else ""),
            ("4. Relatie tot de vreemdeling", c.payer_relation or "familie"),
            ("5. Naam vreemdeling", f"{c.p.given_names} {c.p.surname}"),
            ("6. Geboortedatum vreemdeling", d_nl(c.p.birth_date, "dots")),
            ("7. Werkgever", e["name"]),
            ("8. Netto maandinkomen", eur(k["net"]))]
    y = 42
    for a, b in rows:
        T(sh, 18, y, a, font=f, size=10)
        x0 = 18 + text_width_mm(a, f, 10) + 2
        sh.rule(x0, y + 4.5, W - 18, y + 4.5, width_mm=0.12, dash=0.5, color=(100, 100, 100))
        sh.handwriting(x0 + 2, y - 1.4, hand_safe(b), rng, size_pt=12, color=ink, font=hf)
        y += 11
    y = P(sh, 18, y + 4, W - 36, "Ondergetekende verklaart garant te staan voor de kosten van verblijf, "
          "levensonderhoud en medische behandeling van de hierboven genoemde vreemdeling, en de kosten te vergoeden "
          "die de Staat of een gemeente voor hem of haar maakt.", font=f, size=10.5, leading=1.5) + 8
    T(sh, 18, y, "Plaats en datum", font=f, size=10)
    sh.handwriting(55, y - 1.4, hand_safe(f"{g.address.city if g.address else ''}, "
                                         f"{d_nl(c.sub - dt.timedelta(days=rng.randint(8, 40)), 'dashes')}"), rng,
                   size_pt=12, color=ink, font=hf)
    T(sh, 18, y + 12, "Handtekening", font=f, size=10)
    sh.signature(50, y + 8, 50, 16, rng, color=ink)
    T(sh, 18, c.page_h - 16, "Bijvoegen: kopie identiteitsbewijs en loonstroken van de laatste drie maanden",
      font=f, size=8, color=GREY)
    return [sh]


def werkgeversverklaring_model(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An employer's statement on the standard model ('Werkgeversverklaring') typed in by its personnel department: the model's numbered boxes in a ruled grid, the answers typed in, the employment terms as ticked
    boxes, signed and stamped by the HR adviser; punched for the file."""
    e, w = _emp(c, rng), earner(c)
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    sh = c.new_sheet()
    W = c.page_w
    f = "sans2"
    town = e["name"]
    T(sh, 22, 14, town, font=f, size=14, bold=True, color=(0, 90, 60))
    T(sh, 22, 20, f"{e.get('street', '')} · {e.get('pc', '')} {e.get('city', '')} · Personeelszaken", font=f,
      size=8.5, color=GREY)
    T(sh, 22, 32, "WERKGEVERSVERKLARING", font=f, size=14, bold=True)
    since = e["start"]
    rows = [("Naam werknemer", f"{w.given_names} {w.surname}"), ("Geboortedatum", d_nl(w.birth_date, "dashes_zero")),
            ("Functie", e["func_now"]), ("In dienst sinds", d_nl(since, "dashes_zero")),
            ("Arbeidsduur per week", f"{rng.choice([32, 36])} uur"),
            ("Bruto salaris per maand", eur(k["bruto"])), ("Vakantietoeslag per jaar", eur(k["bruto"] * 12 * 0.08)),
            ("Eindejaarsuitkering (8,3 %)", eur(k["bruto"] * 12 * 0.083))]
    y = 42
    for j, (a, b) in enumerate(rows, 1):
        sh.rect(22, y, 8, 9, width_mm=0.2)
        sh.rect(30, y, 70, 9, width_mm=0.2, fill=(240, 244, 240))
        sh.rect(100, y, W - 122, 9, width_mm=0.2)
        T(sh, 26, y + 2.4, str(j), font=f, size=8.5, align="center")
        T(sh, 32, y + 2.4, a, font=f, size=9)
        T(sh, 102, y + 2.2, b, font="mono", size=10)
        y += 9
    y += 6
    for lab, yes in (("Dienstverband voor onbepaalde tijd", True), ("In proeftijd", False),
                     ("Loonbeslag of looncessie", False), ("Voornemen tot ontslag", False)):
        sh.rect(24, y, 4, 4, width_mm=0.25)
        if yes:
            T(sh, 26, y - 0.4, "X", font="mono", size=10, align="center")
        T(sh, 31, y + 0.2, lab, font=f, size=9.5)
        y += 7
    y = P(sh, 22, y + 4, W - 44, "De werkgever verklaart dat deze gegevens juist en volledig zijn.", font=f,
          size=10) + 6
    T(sh, 22, y, f"Datum: {d_nl(c.sub - dt.timedelta(days=rng.randint(6, 40)), 'dashes_zero')}", font=f, size=10)
    g, s, _ = make_professional(random.Random(seed_of("hr19", c.rng_seed)), "NL")
    T(sh, 22, y + 7, f"Naam: {g[0]}. {s}, HR-adviseur", font=f, size=10)
    sh.signature(24, y + 13, 44, 14, rng, color=BLACK_INK)
    sh.stamp(95, y + 10, [town.upper()[:28], "PERSONEELSZAKEN"], rng, shape="rect", size_mm=30, color=(0, 90, 60))
    punch_holes(sh, rng)
    return [sh]


_reg("payslip-loonbureau-aantal-tarief-bedrag-donkere-band", "income-proof", PART, "nl",
     payslip_payroll_bureau, "payslip printed by a payroll bureau, dark band, quantity x rate table, cumulatives")
_reg("guarantor-verklaring-model-handgeschreven-stippellijnen", "income-proof", PART, "nl",
     guarantor_handwritten_model, "guarantor's declaration on the printed model, filled in by hand on dotted lines")
_reg("werkgeversverklaring-model-genummerde-vakken-aangekruist-geperforeerd", "income-proof", PART, "nl",
     werkgeversverklaring_model, "employer's statement on the standard model, numbered boxes, terms ticked, punched")


# =========================================================================== medical statements

def medstat_questionnaire(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The treating specialist's answers on a 'medische verklaring' questionnaire the lawyer sent: each printed
    question in bold followed by the typed answer; the specialist's name, BIG number, signature and the department's
    stamp at the end."""
    m, h = c.med, c.hospital
    g, s_, _ = make_professional(random.Random(seed_of("mq19", c.rng_seed)), "NL")
    sh = c.new_sheet()
    W = c.page_w
    f = rng.choice(["sans", "serif"])
    T(sh, 18, 12, "Medische verklaring ten behoeve van de aanvraag bij de IND", font=f, size=12.5, bold=True)
    T(sh, 18, 19, f"{h['name']} · {m['spec']}", font=f, size=9, color=GREY)
    start = _treat_start(c)
    qa = [("1. Naam en geboortedatum van de patiënt", f"{c.p.surname}, {c.p.given_names} – "
                                                       f"{d_nl(c.p.birth_date, 'dashes_zero')}"),
          ("2. Diagnose", m["dx"]),
          ("3. Sinds wanneer is patiënt bij u onder behandeling?", d_nl(start)),
          ("4. Welke behandeling is noodzakelijk?", m["tx"]),
          ("5. Hoe lang is de behandeling naar verwachting nog nodig?", duration_phrase(c.duration, start, "nl")),
          ("6. Wat zijn de gevolgen als de behandeling stopt?", m["stop"]),
          ("7. Is de behandeling in het land van herkomst beschikbaar?", _not_available(c, "nl"))]
    y = 30
    for q, a in qa:
        T(sh, 18, y, q, font=f, size=9.5, bold=True)
        y = P(sh, 22, y + 5, W - 40, a, font="mono", size=9.5, leading=1.4) + 4
    when = c.sub - dt.timedelta(days=rng.randint(5, 45))
    T(sh, 18, y + 4, f"{h['city']}, {d_nl(when, 'dashes_zero')}", font=f, size=10)
    sh.signature(20, y + 9, 44, 14, rng, color=BLUE_INK)
    T(sh, 18, y + 25, f"{g} {s_}, {m['doc_title']}", font=f, size=10)
    T(sh, 18, y + 30, f"BIG {seed_of('big19', c.rng_seed) % 10 ** 11:011d}", font=f, size=8.5, color=GREY)
    sh.stamp(100, y + 8, [h["name"].upper()[:28], m["spec"].upper()[:22]], rng, shape="rect", size_mm=34,
             color=(40, 60, 150))
    return [sh]


def medstat_english_intl_office(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A medical statement in English from a university hospital's international patient office ('To whom it may
    concern'), the patient's data in a grey box, the diagnosis, the treatment and its expected duration, the
    consequences of stopping; signed by the consultant with the office's coordinator as contact."""
    m, h = c.med, c.hospital
    g, s_, _ = make_professional(random.Random(seed_of("en19", c.rng_seed)), "NL")
    sh = c.new_sheet()
    W = c.page_w
    f = "sans6"
    col = h.get("color", (0, 90, 140))
    T(sh, 18, 12, h["name"], font=f, size=12, bold=True, color=col)
    T(sh, 18, 18, "International Patient Office", font=f, size=9, color=GREY)
    T(sh, W - 18, 12, d_en(c.sub - dt.timedelta(days=rng.randint(5, 50))), font=f, size=9.5, align="right")
    T(sh, 18, 32, "MEDICAL STATEMENT", font=f, size=13, bold=True)
    T(sh, 18, 39, "To whom it may concern", font=f, size=10)
    sh.rect(18, 46, W - 36, 18, width_mm=0, fill=(238, 238, 238))
    T(sh, 21, 48.5, f"Patient: {c.p.surname.upper()}, {c.p.given_names}", font=f, size=10)
    T(sh, 21, 54, f"Date of birth: {d_en(c.p.birth_date)}", font=f, size=10)
    T(sh, 21, 59.5, f"Hospital number: {c.rng_seed % 9000000 + 1000000}", font=f, size=9, color=GREY)
    start = _treat_start(c)
    txt = (f"The above patient has been under treatment in our department of {m['spec_en']} since {d_en(start)} for "
           f"{m['dx_en']}. The treatment consists of {m['tx_en']}.\n\n{duration_phrase(c.duration, start, 'en')}\n\n"
           f"{m['stop_en']} {_not_available(c, 'en')}")
    y = P(sh, 18, 72, W - 36, txt, font=f, size=10.5, leading=1.5) + 8
    T(sh, 18, y, "Yours sincerely,", font=f, size=10.5)
    sh.signature(18, y + 4, 46, 14, rng, color=BLUE_INK)
    T(sh, 18, y + 20, f"{g} {s_}, {m['doc_en']}", font=f, size=10)
    T(sh, 18, c.page_h - 18, f"Contact: international.office@{h['web'].replace('www.', '')}", font=f, size=8,
      color=GREY)
    return [sh]


_reg("medstat-vragenlijst-advocaat-antwoorden-getypt-big-stempel", "medical-statement", PART, "nl",
     medstat_questionnaire, "specialist's typed answers on the lawyer's 'medische verklaring' questionnaire, signed, stamped")
_reg("medstat-english-international-patient-office-grey-box", "medical-statement", PART, "en",
     medstat_english_intl_office, "English medical statement of a university hospital's international patient office")


# =========================================================================== care institutions

def care_dialysis_slots(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A treatment centre's placement confirmation ('Plaatsingsbevestiging'): the centre's name and address, the
    patient, the start date, the weekly slots as a row of seven day boxes with the treatment days filled, and the
    sentence that the centre can and will give the treatment for at least a year; signed by the nurse manager."""
    h, m = c.hospital, c.med
    start, end = _care_dates(c)
    sh = c.new_sheet()
    W = c.page_w
    f = "sans3"
    T(sh, 18, 14, h["name"], font=f, size=13, bold=True, color=h.get("color", (0, 90, 140)))
    T(sh, 18, 20, f"{h['street']}, {h['pc']} {h['city']}", font=f, size=8.5, color=GREY)
    T(sh, 18, 34, "Plaatsingsbevestiging", font=f, size=14, bold=True)
    rows = [("Patiënt", f"{c.p.given_names} {c.p.surname}"), ("Geboortedatum", d_nl(c.p.birth_date, "dashes_zero")),
            ("Behandeling", m["tx_short"]), ("Start", d_nl(start)), ("Gepland tot ten minste", d_nl(end))]
    y = 44
    for a, b in rows:
        T(sh, 18, y, a, font=f, size=9.5, color=GREY)
        T(sh, 70, y, b, font=f, size=10.5)
        y += 7
    y += 4
    days = ["ma", "di", "wo", "do", "vr", "za", "zo"]
    on = {0, 2, 4} if "3x" in m["tx_short"] or "dialyse" in m["tx_short"] else {rng.randint(0, 4)}
    for k, d_ in enumerate(days):
        x = 18 + k * 24
        sh.rect(x, y, 22, 16, width_mm=0.3, fill=(190, 220, 235) if k in on else None)
        T(sh, x + 11, y + 2, d_, font=f, size=9, bold=True, align="center")
        if k in on:
            T(sh, x + 11, y + 8, rng.choice(["07:30", "08:00", "13:00"]), font=f, size=8.5, align="center")
    y += 26
    y = P(sh, 18, y, W - 36, f"Wij bevestigen dat {h['name']} de genoemde behandeling aan patiënt kan en zal geven. "
          f"De kosten worden gedeclareerd bij de zorgverzekeraar van patiënt.", font=f, size=10.5, leading=1.5) + 8
    g, s_, _ = make_professional(random.Random(seed_of("care19a", c.rng_seed)), "NL")
    T(sh, 18, y, f"{h['city']}, {d_nl(c.sub - dt.timedelta(days=rng.randint(5, 40)))}", font=f, size=10)
    sh.signature(18, y + 4, 42, 13, rng, color=BLUE_INK)
    T(sh, 18, y + 20, f"{g} {s_}, teamleider verpleging", font=f, size=10)
    return [sh]


def care_form_ticked(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The hospital's own 'Verklaring behandelende instelling' form: the questions as rows with yes/no boxes ticked
    by the patient office, the start date and the estimated yearly costs written in, signed by the head of the
    patient administration; stapled."""
    h, m = c.hospital, c.med
    start, end = _care_dates(c)
    sh = c.new_sheet()
    W = c.page_w
    f = "sans"
    T(sh, 18, 14, "VERKLARING BEHANDELENDE INSTELLING", font=f, size=13, bold=True)
    T(sh, 18, 21, h["name"], font=f, size=10)
    rows = [("Naam patiënt", f"{c.p.surname.upper()}, {c.p.given_names}"),
            ("Geboortedatum", d_nl(c.p.birth_date, "dashes_zero")), ("Behandeling", m["tx"])]
    y = 32
    for a, b in rows:
        T(sh, 18, y, a, font=f, size=9, color=GREY)
        y = P(sh, 62, y, W - 80, b, font=f, size=10, leading=1.35) + 2.5
    y += 4
    qs = [("De instelling kan de behandeling uitvoeren", True), ("De instelling zal de behandeling uitvoeren", True),
          ("De patiënt staat op een wachtlijst", False), ("De kosten zijn gedekt (verzekering of garantsteller)", True)]
    for q, yes in qs:
        sh.rule(18, y + 6, W - 18, y + 6, width_mm=0.1, color=(180, 180, 180))
        T(sh, 18, y, q, font=f, size=10)
        for j, lab in enumerate(("ja", "nee")):
            x = W - 50 + j * 16
            sh.rect(x, y - 0.3, 4, 4, width_mm=0.25)
            T(sh, x + 5.5, y, lab, font=f, size=9)
            if (j == 0) == yes:
                sh.handwriting(x - 0.6, y - 2, "X", rng, size_pt=12, color=BLUE_INK, font="hand1")
        y += 9
    y += 4
    for a, b in (("Startdatum behandeling", d_nl(start, "dashes_zero")), ("Verwachte duur", "ten minste 12 maanden"),
                 ("Geschatte kosten per jaar", eur(m["cost"]))):
        T(sh, 18, y, a, font=f, size=9.5, color=GREY)
        sh.handwriting(80, y - 1.5, hand_safe(b), rng, size_pt=12, color=BLUE_INK, font="hand2")
        y += 9
    y += 6
    T(sh, 18, y, "Naam en functie: hoofd patiëntenadministratie", font=f, size=9.5)
    sh.signature(20, y + 5, 42, 13, rng, color=BLUE_INK)
    sh.stamp(90, y + 2, [h["name"].upper()[:28], "PATIËNTENADMINISTRATIE"], rng, shape="rect", size_mm=34,
             color=(40, 60, 150))
    staple(sh, rng)
    return [sh]


def care_oncology_path(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A specialised centre's confirmation of the treatment path: the centre's letter with the phases drawn as boxes
    on a time bar (intake, treatment, check-ups) with their months, the statement that the centre accepts the patient
    and will carry out the treatment, the contact of the case manager."""
    h, m = c.hospital, c.med
    start, end = _care_dates(c)
    sh = c.new_sheet()
    W = c.page_w
    f = "serif4"
    col = h.get("color", (0, 90, 140))
    sh.rect(18, 12, 3, 16, width_mm=0, fill=col)
    T(sh, 24, 12, h["name"], font=f, size=12.5, bold=True)
    T(sh, 24, 19, f"Centrum voor {m['spec'].split('/')[0].strip().lower()}", font=f, size=9.5, color=GREY)
    T(sh, W - 18, 34, f"{h['city']}, {d_nl(c.sub - dt.timedelta(days=rng.randint(5, 35)))}", font=f, size=10,
      align="right")
    T(sh, 18, 44, f"Betreft: bevestiging behandeltraject {c.p.given_names} {c.p.surname}, "
                  f"geb. {d_nl(c.p.birth_date, 'dashes_zero')}", font=f, size=10, bold=True)
    y = P(sh, 18, 54, W - 36, f"Hierbij bevestigen wij dat patiënt in ons centrum is aangenomen voor {m['tx']}. Wij "
          f"kunnen en zullen deze behandeling uitvoeren. Het traject ziet er als volgt uit:", font=f, size=10.5,
          leading=1.5) + 6
    phases = [("intake", 1), ("behandeling", 7), ("controles", 4)]
    x = 18
    tot = sum(n for _, n in phases)
    for k, (nm, n) in enumerate(phases):
        w = (W - 36) * n / tot
        sh.rect(x, y, w, 12, width_mm=0.3, fill=[(220, 230, 240), (190, 210, 230), (230, 236, 242)][k])
        T(sh, x + w / 2, y + 3.5, nm, font=f, size=9, align="center")
        x += w
    sh.rule(18, y + 16, W - 18, y + 16, width_mm=0.3)
    T(sh, 18, y + 18, d_nl(start, "dashes_zero"), font=f, size=8, color=GREY)
    T(sh, W - 18, y + 18, d_nl(end, "dashes_zero"), font=f, size=8, color=GREY, align="right")
    y += 30
    y = P(sh, 18, y, W - 36, "Voor vragen kunt u contact opnemen met de casemanager van patiënt.", font=f, size=10.5,
          leading=1.5) + 8
    g, s_, _ = make_professional(random.Random(seed_of("care19c", c.rng_seed)), "NL")
    T(sh, 18, y, "Met vriendelijke groet,", font=f, size=10.5)
    sh.signature(18, y + 4, 42, 13, rng, color=BLACK_INK)
    T(sh, 18, y + 20, f"{g} {s_}, medisch manager", font=f, size=10)
    return [sh]


_reg("care-plaatsingsbevestiging-weekslots-dagvakken", "care-institution-statement", PART, "nl", care_dialysis_slots,
     "treatment centre's placement confirmation with the weekly slots as day boxes")
_reg("care-verklaring-formulier-ja-nee-aangekruist-niet", "care-institution-statement", PART, "nl", care_form_ticked,
     "hospital's statement form with yes/no boxes ticked by hand, costs written in, stapled")
_reg("care-behandeltraject-fasen-tijdbalk", "care-institution-statement", PART, "nl", care_oncology_path,
     "specialised centre's confirmation of the treatment path with the phases drawn on a time bar")


# =========================================================================== health insurance

def polis_sidebar(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A Dutch insurer's policy schedule ('Polisblad 2026') with a coloured bar down the left edge, the insured
    persons as a list with their start dates, the cover ('Basisverzekering', 'Aanvullend') and the excess; the
    statement that the insurance is a health insurance under the Zorgverzekeringswet."""
    ins = c.insurer_nl
    col = ins.get("color", (0, 100, 140))
    sh = c.new_sheet()
    W = c.page_w
    f = "sans4"
    sh.rect(0, 0, 10, c.page_h, width_mm=0, fill=col)
    T(sh, 20, 14, ins["name"], font=f, size=13, bold=True, color=col)
    T(sh, 20, 20, ins.get("post", ""), font=f, size=8, color=GREY)
    T(sh, 20, 34, f"Polisblad {c.sub.year}", font=f, size=16, bold=True)
    T(sh, W - 18, 34, f"Polisnummer {_policy_no(c)}", font=f, size=9.5, align="right")
    T(sh, 20, 46, f"{c.p.given_names} {c.p.surname}", font=f, size=10.5)
    if c.p.address:
        T(sh, 20, 51, f"{c.p.address.street} {c.p.address.number}, {c.p.address.postcode} {c.p.address.city}",
          font=f, size=10)
    y = 64
    T(sh, 20, y, "Verzekerde personen", font=f, size=11, bold=True)
    y += 7
    start = c.sub - dt.timedelta(days=rng.randint(30, 400))
    T(sh, 22, y, f"• {c.p.given_names} {c.p.surname}, geboren {d_nl(c.p.birth_date, 'dashes_zero')} – verzekerd "
                 f"vanaf {d_nl(start, 'dashes_zero')}", font=f, size=10)
    y += 12
    T(sh, 20, y, "Uw dekking", font=f, size=11, bold=True)
    y += 7
    for a, b in (("Basisverzekering", rng.choice(["Natura Basis", "Restitutie Basis", "Budget Basis"])),
                 ("Aanvullende verzekering", rng.choice(["Aanvullend 2", "geen", "Tand & Fysio"])),
                 ("Verplicht eigen risico", "€ 385"), ("Premie per maand", eur(rng.randint(138, 172) + 0.45))):
        T(sh, 22, y, a, font=f, size=10, color=GREY)
        T(sh, 80, y, b, font=f, size=10.5)
        y += 6.5
    P(sh, 20, y + 8, W - 38, "Deze zorgverzekering is gesloten volgens de Zorgverzekeringswet. De medisch "
      "noodzakelijke behandeling in het ziekenhuis en de geneesmiddelen uit het basispakket zijn verzekerd.", font=f,
      size=10, leading=1.45)
    T(sh, 20, c.page_h - 14, f"UZOVI {ins.get('uzovi', '')} · {ins['name']}", font=f, size=7.5, color=GREY)
    return [sh]


def incoming_framed_certificate(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An incoming insurer's bilingual certificate ('Verzekeringscertificaat / Certificate of insurance') in a double
    frame, the policy number under a barcode, the term, the cover of medical treatment in the Netherlands including
    the existing condition, signed by the managing director."""
    name = _incoming_name(c)
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    f = "serif2"
    sh.rect(12, 12, W - 24, H - 24, width_mm=0.8, color=(30, 70, 110))
    sh.rect(14.5, 14.5, W - 29, H - 29, width_mm=0.2, color=(30, 70, 110))
    T(sh, W / 2, 24, name, font=f, size=14, bold=True, align="center", color=(30, 70, 110))
    T(sh, W / 2, 40, "VERZEKERINGSCERTIFICAAT", font=f, size=15, bold=True, align="center")
    T(sh, W / 2, 47, "Certificate of insurance", font=f, size=11, align="center", color=GREY)
    from .be9ter import barcode as _bc
    pol = _policy_no(c, "IC")
    _bc(sh, W / 2 - 30, 56, 60, 10, pol)
    T(sh, W / 2, 67.5, pol, font="mono", size=9, align="center")
    start = c.sub - dt.timedelta(days=rng.randint(10, 120))
    rows = [("Verzekerde / Insured", f"{c.p.given_names} {c.p.surname}"),
            ("Geboortedatum / Date of birth", d_nl(c.p.birth_date, "dashes_zero")),
            ("Looptijd / Term", f"{d_nl(start, 'dashes_zero')} – {d_nl(add_years(start, 1), 'dashes_zero')}"),
            ("Dekking / Cover", "medische kosten in Nederland / medical costs in the Netherlands")]
    y = 80
    for a, b in rows:
        T(sh, 26, y, a, font=f, size=9, color=GREY)
        y = P(sh, 90, y, W - 116, b, font=f, size=10.5, leading=1.35) + 3
    y = P(sh, 26, y + 6, W - 52, "Deze verzekering dekt de medisch noodzakelijke behandeling van verzekerde in "
          "Nederland, inclusief de bestaande aandoening en de geneesmiddelen. / This insurance covers the medically "
          "necessary treatment of the insured in the Netherlands, including the existing condition and medicines.",
          font=f, size=10, leading=1.45) + 10
    sh.signature(W / 2 - 22, y, 44, 14, rng, color=BLACK_INK)
    T(sh, W / 2, y + 16, "Directeur / Managing director", font=f, size=9, align="center", color=GREY)
    return [sh]


def intl_guatemala_letter(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A Guatemalan insurer's certificate of international cover in Spanish and English on the insurer's Letter
    paper: the green logo bar, the 'CONSTANCIA DE COBERTURA / CERTIFICATE OF COVERAGE' title, the insured's data,
    the plan and the countries of cover, signed by the claims manager over the round seal."""
    ins = c.insurer_intl
    col = ins.get("color", (0, 100, 70))
    sh = c.new_sheet()
    W = c.page_w
    f = "sans2"
    es = "Guatemala" in ins.get("addr", "")
    city = ins.get("addr", "").split(",")[-1].strip().upper() or "INTERNATIONAL"
    sh.rect(0, 0, W, 18, width_mm=0, fill=col)
    T(sh, 16, 5, ins["name"], font=f, size=12, bold=True, color=(255, 255, 255))
    T(sh, 16, 24, ins.get("addr", ""), font=f, size=8, color=GREY)
    T(sh, W / 2, 38, "CONSTANCIA DE COBERTURA / CERTIFICATE OF COVERAGE" if es else "CERTIFICATE OF COVERAGE",
      font=f, size=12.5, bold=True, align="center")
    start = c.sub - dt.timedelta(days=rng.randint(20, 200))
    rows = [("Asegurado / Insured", f"{c.p.surname.upper()}, {c.p.given_names}"),
            ("Fecha de nacimiento / Date of birth", d_en(c.p.birth_date)),
            ("Póliza / Policy", _policy_no(c, "GT-" if es else "")), ("Plan", ins.get("plan", "")),
            ("Vigencia / Valid", f"{d_en(start)} – {d_en(add_years(start, 1))}"),
            ("Cobertura / Cover", "Mundial, incluido Países Bajos / Worldwide, including the Netherlands")]
    if not es:
        rows = [(a.split(" / ")[-1], b.split(" / ")[-1]) for a, b in rows]
    y = 52
    for a, b in rows:
        T(sh, 20, y, a, font=f, size=8.5, color=GREY)
        y = P(sh, 92, y, W - 112, b, font=f, size=10, leading=1.35) + 3
    txt = ("The policy covers the necessary medical treatment, including the declared pre-existing condition.")
    if es:
        txt = "La póliza cubre el tratamiento médico necesario, incluida la enfermedad preexistente declarada. / " + txt
    y = P(sh, 20, y + 6, W - 40, txt, font=f, size=10, leading=1.45) + 10
    sh.stamp(W / 2 - 10, y - 2, [ins.get("short", "INSURER").upper(), city[:20]], rng, size_mm=28,
             color=(20, 90, 60))
    sh.signature(W / 2 - 30, y + 4, 44, 14, rng, color=BLUE_INK)
    T(sh, W / 2 - 30, y + 20, "Gerente de Reclamos / Claims Manager" if es else "Claims Manager", font=f, size=9,
      color=GREY)
    return [sh]


_reg("polisblad-zijbalk-kleur-verzekerden-lijst-dekking", "health-insurance", PART, "nl", polis_sidebar,
     "Dutch insurer's policy schedule with a coloured side bar, insured persons and cover")
_reg("incoming-certificaat-dubbel-kader-tweetalig-streepjescode", "health-insurance", PART, "nl/en",
     incoming_framed_certificate, "incoming insurer's bilingual certificate in a double frame with the policy barcode")
_reg("intl-constancia-guatemala-carta-banda-verde", "health-insurance", PART, "es/en", intl_guatemala_letter,
     "Guatemalan insurer's Spanish/English certificate of coverage on US Letter")


# =========================================================================== civic integration

def duo_diploma_wavy(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """DUO's civic-integration diploma with a wavy green guilloche border, the title in a serif, the holder's name
    large in the middle, the B1 level, the date and place, the signature and a blind-embossed seal that copies as a
    grey ring."""
    import math
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    d = _inb_date(c, rng)
    for k in range(3):
        for side in range(4):
            for i in range(60):
                a0, a1 = i / 60, (i + 1) / 60
                amp = 1.2 + k * 0.7
                if side in (0, 2):
                    y0 = 14 if side == 0 else H - 14
                    x0, x1 = 14 + a0 * (W - 28), 14 + a1 * (W - 28)
                    sh.rule(x0, y0 + amp * math.sin(a0 * 40 + k), x1, y0 + amp * math.sin(a1 * 40 + k),
                            width_mm=0.2, color=(60, 140, 90))
                else:
                    x0 = 14 if side == 3 else W - 14
                    y0_, y1_ = 14 + a0 * (H - 28), 14 + a1 * (H - 28)
                    sh.rule(x0 + amp * math.sin(a0 * 55 + k), y0_, x0 + amp * math.sin(a1 * 55 + k), y1_,
                            width_mm=0.2, color=(60, 140, 90))
    T(sh, 24, 24, "DUO", font="sans4", size=16, bold=True, color=(21, 66, 139))
    T(sh, W / 2, 64, "Diploma inburgering", font="serif5", size=26, align="center")
    T(sh, W / 2, 84, "Hierbij verklaren wij dat", font="serif5", size=11, align="center")
    T(sh, W / 2, 96, f"{c.p.given_names} {c.p.surname}", font="serif5", size=20, bold=True, align="center")
    T(sh, W / 2, 110, f"geboren op {d_nl(c.p.birth_date)} te {c.p.birth_place}", font="serif5", size=11,
      align="center")
    P(sh, 36, 124, W - 72, "het inburgeringsexamen op taalniveau B1 met goed gevolg heeft afgelegd en daarmee "
      "voldoet aan de inburgeringsplicht op grond van de Wet inburgering 2021.", font="serif5", size=11.5,
      leading=1.5, align="center")
    T(sh, 36, H - 70, f"Groningen, {d_nl(d)}", font="serif5", size=10.5)
    sh.signature(W - 90, H - 82, 46, 14, rng, color=BLACK_INK)
    T(sh, W - 67, H - 66, "namens de minister", font="serif5", size=9, align="center", color=GREY)
    T(sh, W / 2 - 12, H - 56, "◯", font="sans3", size=60, align="center", color=(200, 200, 200))
    T(sh, W - 30, H - 26, f"nr. {seed_of('dip19', c.rng_seed) % 10 ** 8:08d}", font="mono", size=8.5, align="right")
    return [sh]


def duo_exemption_numbered(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """DUO's exemption decision as a letter with numbered considerations (1. Wat heeft u gevraagd? 2. Wat hebben wij
    onderzocht? 3. Ons besluit 4. Bezwaar), folded in three for the window envelope (the two folds show)."""
    d = _inb_date(c, rng)
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    f = "sans2"
    T(sh, 22, 14, "Dienst Uitvoering Onderwijs", font=f, size=11, bold=True, color=(21, 66, 139))
    T(sh, 22, 20, "Ministerie van Onderwijs, Cultuur en Wetenschap", font=f, size=8, color=GREY)
    T(sh, 22, 46, f"{c.p.given_names} {c.p.surname}", font=f, size=10)
    if c.p.address:
        T(sh, 22, 51, f"{c.p.address.street} {c.p.address.number}", font=f, size=10)
        T(sh, 22, 56, f"{c.p.address.postcode} {c.p.address.city}", font=f, size=10)
    T(sh, 130, 46, f"Datum {d_nl(d)}", font=f, size=9)
    T(sh, 130, 51, f"Kenmerk OHF{seed_of('ohf19', c.rng_seed) % 10 ** 6:06d}", font=f, size=9)
    T(sh, 22, 76, "Besluit over uw ontheffing van de inburgeringsplicht", font=f, size=12, bold=True)
    y = 86
    for n, (head, txt) in enumerate((("Wat heeft u gevraagd?", "U vroeg ontheffing van de inburgeringsplicht om "
                                      "medische redenen."),
                                     ("Wat hebben wij onderzocht?", "Een onafhankelijke arts heeft u onderzocht. Uit "
                                      "het advies blijkt dat u door een medische beperking blijvend niet in staat "
                                      "bent het inburgeringsexamen af te leggen."),
                                     ("Ons besluit", "U krijgt ontheffing van de inburgeringsplicht."),
                                     ("Bent u het niet eens met dit besluit?", "Dan kunt u binnen 6 weken na de datum "
                                      "van deze brief bezwaar maken.")), 1):
        T(sh, 22, y, f"{n}. {head}", font=f, size=10.5, bold=True)
        y = P(sh, 27, y + 5.5, W - 49, txt, font=f, size=10.5, leading=1.45) + 5
    T(sh, 22, y + 4, "Met vriendelijke groet,", font=f, size=10.5)
    sh.signature(22, y + 8, 38, 12, rng, color=BLACK_INK)
    T(sh, 22, y + 22, "namens de minister van Sociale Zaken en Werkgelegenheid", font=f, size=9.5)
    for fy in (H / 3, 2 * H / 3):
        sh.rule(0, fy, W, fy, width_mm=0.35, color=(214, 214, 214))
    return [sh]


def duo_results_portal(c: Case, rng: random.Random, *, failed: bool = False, **_) -> list[Sheet]:
    """The exam results printed from the civic-integration portal in a browser: the browser's print header (title and
    date) and footer (address and page), the portal's bar, the candidate's name, a table of the exam parts with
    'Voldoende / Onvoldoende', and a line of what to do next."""
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    d = _inb_date(c, rng)
    f = "sans"
    T(sh, 8, 5, f"{d_nl(c.sub - dt.timedelta(days=rng.randint(2, 25)), 'dashes')} {rng.randint(9, 20)}:"
                f"{rng.randint(10, 59)}", font=f, size=7, color=GREY)
    T(sh, W / 2, 5, "Mijn Inburgering – Uitslagen", font=f, size=7, color=GREY, align="center")
    sh.rect(14, 12, W - 28, 12, width_mm=0, fill=(21, 66, 139))
    T(sh, 18, 15, "Mijn Inburgering", font=f, size=11, bold=True, color=(255, 255, 255))
    T(sh, 18, 34, f"Uitslagen van {c.p.given_names} {c.p.surname}", font=f, size=12.5, bold=True)
    T(sh, 18, 41, f"Geboortedatum {d_nl(c.p.birth_date, 'dashes_zero')}", font=f, size=9.5, color=GREY)
    parts = ["Lezen", "Luisteren", "Schrijven", "Spreken", "Kennis Nederlandse Maatschappij (KNM)"]
    bad = seed_of("fail19", c.rng_seed) % len(parts) if failed else -1
    y = 52
    for j, h_ in enumerate(("Examenonderdeel", "Datum", "Uitslag")):
        T(sh, [18, 118, 152][j], y, h_, font=f, size=9.5, bold=True)
    sh.rule(18, y + 5, W - 18, y + 5, width_mm=0.3)
    y += 8
    for k, p_ in enumerate(parts):
        T(sh, 18, y, p_, font=f, size=10)
        T(sh, 118, y, d_nl(d - dt.timedelta(days=12 * k), "dashes_zero"), font=f, size=10)
        T(sh, 152, y, "Onvoldoende" if k == bad else "Voldoende", font=f, size=10, bold=k == bad)
        sh.rule(18, y + 5, W - 18, y + 5, width_mm=0.1, color=(200, 200, 200))
        y += 8
    P(sh, 18, y + 8, W - 36, "U heeft niet alle examenonderdelen gehaald. U kunt zich opnieuw aanmelden." if failed
      else "U heeft alle examenonderdelen gehaald. U krijgt uw diploma per post.", font=f, size=10.5, leading=1.45)
    T(sh, 8, H - 6, "https://www.inburgeren.nl/mijn-inburgering/uitslagen", font=f, size=7, color=GREY)
    T(sh, W - 8, H - 6, "1/1", font=f, size=7, color=GREY, align="right")
    return [sh]


_reg("duo-diploma-golvende-groene-rand-blindstempel", "civic-integration", PART, "nl", duo_diploma_wavy,
     "DUO diploma with a wavy green border, name large in the middle, blind-embossed seal copied as a grey ring")
_reg("duo-ontheffing-brief-genummerde-overwegingen-drievoudig-gevouwen", "civic-integration", PART, "nl",
     duo_exemption_numbered, "DUO exemption decision with numbered considerations, folded in three")
_reg("duo-uitslag-portaal-browserregels-tabel-voldoende", "civic-integration", PART, "nl", duo_results_portal,
     "exam results printed from the portal with the browser's header and footer, Voldoende/Onvoldoende table")


# =========================================================================== other

def cover_letter_production_table(c: Case, rng: random.Random, *, enclosures: list[str] | None = None,
                                  **_) -> list[Sheet]:
    """A Dutch lawyer's cover letter: the firm's name and address in a column at the right, the IND's address at the
    left, the subject in capitals with the V-number, the productions in a ruled table (number, description, pages
    left blank), signed at the end over the typed name; the bar's registration line at the foot."""
    lw = c.lawyer or LAWYERS[0]
    sh = c.new_sheet()
    W = c.page_w
    f = rng.choice(["serif3", "sans3"])
    for k, ln in enumerate((lw["firm"], lw["street"], f"{lw['pc']} {lw['city']}", f"T {lw['tel']}", lw["mail"])):
        T(sh, W - 18, 14 + k * 4.6, ln, font=f, size=9 if k else 11, bold=k == 0, align="right")
    y = 42
    for ln in IND_ADDRESSES[rng.randrange(len(IND_ADDRESSES))].split("\n"):
        T(sh, 22, y, ln, font=f, size=10.5)
        y += 5
    T(sh, 22, 70, f"{lw['city']}, {d_nl(c.sub - dt.timedelta(days=rng.randint(0, 3)))}", font=f, size=10.5)
    y = sh.paragraph(22, 80, W - 44, f"BETREFT: AANVRAAG {PROC_NL[c.procedure].upper()} – {c.p.surname.upper()}",
                     font=f, size_pt=10, bold=True, leading=1.3)
    T(sh, 22, y + 1, f"V-nummer {c.vnr}", font=f, size=10.5, bold=True)
    y += 10
    paras = ["Geachte heer, mevrouw,", f"Namens mijn cliënt(e) {c.p.given_names} {c.p.surname}, geboren op "
             f"{d_nl(c.p.birth_date)}, dien ik de aanvraag {PROC_NL[c.procedure]} in. De producties staan in het "
             f"overzicht hieronder."]
    if c.procedure == "ind-medical-treatment" and c.art64_end:
        paras.append(f"Cliënt(e) had uitstel van vertrek op grond van artikel 64 Vreemdelingenwet tot en met "
                     f"{d_nl(c.art64_end)}.")
    if c.no_passport:
        paras.append("Cliënt(e) beschikt niet over een geldig paspoort en doet een beroep op de vrijstelling van het "
                     "paspoortvereiste. " + " ".join(EXEMPTION_TEXT[i] for i in c.exemption_shown))
    if c.suriname_visa:
        paras.append("Cliënt(e) is Surinaams onderdaan en reisde in met een mvv voor medische behandeling; de "
                     "behandeling is nog nodig en de betaling is geregeld.")
    for para in paras:
        y = P(sh, 22, y, W - 44, para, font=f, size=10.5, leading=1.45) + 3
    if enclosures:
        y += 2
        ws = [22, W - 44 - 22 - 24, 24]
        x = 22
        for k, t in enumerate(("Prod.", "Omschrijving", "Pagina's")):
            sh.rect(x, y, ws[k], 7, width_mm=0.25, fill=(236, 236, 236))
            T(sh, x + 1.5, y + 1.6, t, font=f, size=9, bold=True)
            x += ws[k]
        y += 7
        for i_, e in enumerate(enclosures, 1):
            x = 22
            for k in range(3):
                sh.rect(x, y, ws[k], 6.5, width_mm=0.2)
                x += ws[k]
            T(sh, 24, y + 1.4, str(i_), font=f, size=9.5)
            T(sh, 46, y + 1.4, e[:64], font=f, size=9.5)
            y += 6.5
        y += 6
    T(sh, 22, y, "Hoogachtend,", font=f, size=10.5)
    sh.signature(22, y + 4, 44, 14, rng, color=BLUE_INK)
    T(sh, 22, y + 20, c.lawyer_name or "mr. advocaat", font=f, size=10.5)
    T(sh, W / 2, c.page_h - 12, f"Advocaat ingeschreven bij de Nederlandse orde van advocaten · "
                               f"arrondissement {lw['city']}", font=f, size=7, color=GREY, align="center")
    return [c.intr(sh)]


def _rijks_letter(sh: Sheet, c: Case, title: str, rows: list[tuple[str, str]]) -> float:
    """The central government's letter layout: the vertical ribbon with the ministry's emblem at the top centre, the
    service's name at its right, the return address over the addressee, a narrow column of references at the right,
    the subject line in bold."""
    W = c.page_w
    sh.rect(W / 2 - 5, 0, 10, 24, width_mm=0, fill=(21, 66, 139))
    T(sh, W / 2, 16, "✶", font="sans3", size=12, align="center", color=(255, 255, 255))
    T(sh, W / 2 + 8, 12, "Immigratie- en Naturalisatiedienst", font="sans4", size=9, bold=True)
    T(sh, W / 2 + 8, 16.5, "Ministerie van Asiel en Migratie", font="sans4", size=8, color=GREY)
    T(sh, 22, 44, "> Retouradres Postbus 287 7600 AG Almelo", font="sans4", size=6.5, color=GREY)
    T(sh, 22, 50, f"{c.p.given_names} {c.p.surname}", font="sans4", size=10)
    if c.p.address:
        T(sh, 22, 55, f"{c.p.address.street} {c.p.address.number}", font="sans4", size=10)
        T(sh, 22, 60, f"{c.p.address.postcode}  {c.p.address.city}", font="sans4", size=10)
    for k, (a, b) in enumerate(rows):
        T(sh, 150, 44 + k * 9, a, font="sans4", size=7, bold=True)
        T(sh, 150, 47.5 + k * 9, b, font="sans4", size=8.5)
    T(sh, 22, 86, title, font="sans4", size=11, bold=True)
    return 96.0


def art64_decision_rijks(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The IND's decision granting deferral of departure (art. 64 Vw) in the central-government letter layout."""
    end = c.art64_end or (c.since - dt.timedelta(days=1) if c.since else c.sub + dt.timedelta(days=10))
    start = add_years(end, -1) + dt.timedelta(days=1)
    sh = c.new_sheet()
    W = c.page_w
    y = _rijks_letter(sh, c, "Besluit op uw aanvraag om uitstel van vertrek (artikel 64 Vreemdelingenwet 2000)",
                      [("Datum", d_nl(start - dt.timedelta(days=rng.randint(3, 25)))),
                       ("Ons kenmerk", f"UVV-{seed_of('uvv19', c.rng_seed) % 10 ** 7:07d}"),
                       ("V-nummer", c.vnr)])
    y = P(sh, 22, y, W - 44, f"U heeft uitstel van vertrek gevraagd omdat u om medische redenen niet kunt reizen. Het "
          f"Bureau Medische Advisering heeft ons geadviseerd. Wij geven u uitstel van vertrek van {d_nl(start)} tot en "
          f"met {d_nl(end)}.", font="sans4", size=10.5, leading=1.5) + 6
    y = P(sh, 22, y, W - 44, "Tegen dit besluit kunt u binnen vier weken bezwaar maken.", font="sans4", size=10.5,
          leading=1.5) + 8
    T(sh, 22, y, "De minister van Asiel en Migratie,", font="sans4", size=10)
    T(sh, 22, y + 5, "namens deze,", font="sans4", size=10)
    sh.signature(22, y + 9, 36, 11, rng, color=BLACK_INK)
    return [c.intr(sh)]


def permit_decision_rijks(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The IND's decision granting the earlier permit, in the same layout."""
    sh = c.new_sheet()
    W = c.page_w
    since = c.since or (c.sub - dt.timedelta(days=400))
    y = _rijks_letter(sh, c, "Besluit op uw aanvraag voor een verblijfsvergunning regulier",
                      [("Datum", d_nl(since - dt.timedelta(days=rng.randint(10, 40)))), ("V-nummer", c.vnr),
                       ("Ingangsdatum", d_nl(since, "dashes_zero"))])
    y = P(sh, 22, y, W - 44, f"Wij hebben uw aanvraag ingewilligd. U krijgt een verblijfsvergunning regulier voor "
          f"bepaalde tijd. De vergunning gaat in op {d_nl(since)}. U kunt uw verblijfsdocument ophalen bij het IND-loket "
          f"na het maken van een afspraak.", font="sans4", size=10.5, leading=1.5) + 8
    T(sh, 22, y, "De minister van Asiel en Migratie,", font="sans4", size=10)
    T(sh, 22, y + 5, "namens deze,", font="sans4", size=10)
    sh.signature(22, y + 9, 36, 11, rng, color=BLACK_INK)
    return [c.intr(sh)]


def mvv_sticker_copy(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The MVV sticker on its passport page, copied at 120 % and then copied again (a copy of a copy): the sticker's
    captions and values, the remarks line 'MEDISCHE BEHANDELING', the two MRZ lines, the page number of the passport
    and an exit stamp of Paramaribo beside it."""
    sh = c.new_sheet()
    x0, y0, pw, ph = 20, 30, 170, 112
    sh.rect(x0 - 4, y0 - 10, pw + 8, ph + 40, width_mm=0, fill=(244, 242, 236))
    sh.rect(x0, y0, pw, ph, width_mm=0, fill=(226, 232, 244))
    T(sh, x0 + 6, y0 + 5, "VISUM  NEDERLAND  TYPE D – MVV", font="sans4", size=12, bold=True)
    start = c.sub - dt.timedelta(days=rng.randint(150, 200))
    end = start + dt.timedelta(days=180)
    pno = c.passport_no or f"S{rng.randint(1000000, 9999999)}"
    for k, (a, b) in enumerate([("GELDIG VOOR / VALID FOR", "SCHENGEN"), ("VAN / FROM", start.strftime("%d-%m-%Y")),
                                ("TOT / UNTIL", end.strftime("%d-%m-%Y")), ("PASPOORT / PASSPORT", pno),
                                ("NAAM / NAME", f"{c.p.surname.upper()}, {c.p.given_names.upper()}"),
                                ("OPMERKINGEN / REMARKS", "MEDISCHE BEHANDELING")]):
        T(sh, x0 + 6, y0 + 15 + k * 10, a, font="sans4", size=7, color=GREY)
        T(sh, x0 + 62, y0 + 15 + k * 10, b, font="sans4", size=11)
    line1 = ("V<NLD" + _mrz_name(c.p, 39))[:44]
    birth = c.p.birth_date.strftime("%y%m%d")
    exp = end.strftime("%y%m%d")
    pn = (pno + "<" * 9)[:9]
    line2 = f"{pn}{_mrz_check(pn)}SUR{birth}{_mrz_check(birth)}{c.p.sex}{exp}{_mrz_check(exp)}" + "<" * 16
    T(sh, x0 + 4, y0 + ph - 16, line1, font="ocrb", size=12)
    T(sh, x0 + 4, y0 + ph - 8, line2[:44], font="ocrb", size=12)
    sh.stamp(x0 + 100, y0 + ph + 6, ["ZANDERIJ", (start + dt.timedelta(days=rng.randint(2, 30))).strftime("%d.%m.%y"),
                                     "VERTREK"], rng, shape="rect", size_mm=28, color=(120, 30, 60),
             angle=rng.uniform(-10, 10))
    T(sh, x0 + pw, y0 + ph + 24, str(rng.randint(5, 30)), font="serif", size=8, color=GREY, align="right")
    return [copy_of_copy(sh, rng)]


_reg("cover-letter-producties-tabel-kantoor-rechterkolom", "other", PART, "nl", cover_letter_production_table,
     "Dutch lawyer's cover letter, firm in a right column, subject in capitals with the V-number, productions table")
_reg("art64-decision-rijkshuisstijl-lint-kenmerkkolom", "other", PART, "nl", art64_decision_rijks,
     "IND art. 64 decision in the central-government letter layout (ribbon, reference column)")
_reg("permit-letter-rijkshuisstijl-lint-kenmerkkolom", "other", PART, "nl", permit_decision_rijks,
     "IND decision granting the permit in the central-government letter layout")
_reg("mvv-sticker-sur-paspoortpagina-120pct-kopie-van-kopie", "other", PART, "nl", mvv_sticker_copy,
     "MVV sticker on its passport page with a Paramaribo exit stamp, copied at 120 % and copied again")
