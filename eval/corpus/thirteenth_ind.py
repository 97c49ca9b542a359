"""IND families of the `thirteenth` part (registered in ind.FAMILIES).

Written after dev, heldout and the parts fresh to twelfth had been read, by a writer who did not see the validator: the
IND forms as rows of boxed fields with each label small inside its box's top-left corner (as on a bank's form), the
options as round bullets, the V-number in a box at the top right and the form's code, version and a barcode at the foot
of every page, typed in a typewriter face or written by hand in capitals (a slip of the pen covered with correction
fluid and written again); a supermarket chain's payslip from its payroll provider with the holiday-allowance
reservation, a guarantor's own letter with the KopieID copy of the guarantor's Dutch identity card on the same sheet,
the tax authority's income statement (inkomensverklaring) printed from Mijn Belastingdienst; a GP's statement sent
through ZorgMail and printed, a specialist's letter printed by the patient from the hospital's patient portal with the
portal's menu beside it; a rehabilitation centre's treatment plan with a table of weeks, a hospital pharmacy's
statement of continued supply with a cost table, a mental-health institution's letter on the intake and the waiting
list; a Dutch insurer's health-insurance card copied above the policy summary, an incoming insurer's certificate with a
seal, a Chilean insurer's certificate on Letter paper; DUO's diploma in the style of a certificate with the holder's
name in a large italic, an exemption decision in the central government's letter style with the decision in a box and
'Bent u het niet eens?' in a blue box, an e-mail 'Uw uitslag staat klaar' with the results listed; a Dutch lawyer's
cover letter with the references in a left column (NEN 1026 layout), the IND's decisions in the central government's
letter style (the blue ribbon with the word mark, the references in a narrow right column), the MVV in the booklet's
spread.  Every maker draws on ``c.new_sheet()`` and marks pages that print the V-number with ``c.intr``.
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
from .be9ter import barcode
from .thirteenth_identity import kopieid_watermark, tippex

PART = "thirteenth"
RIJK = (21, 66, 139)     # the central government's blue


# =========================================================================== application forms: boxed fields

class _BoxForm:
    """An IND form as rows of boxed fields, each label small in the box's top-left corner and the answer in the box;
    options as round bullets, filled in solid or circled by pen; the V-number in a box at the top right of every
    page; the form's code, version and a barcode at the foot of every page."""

    def __init__(self, c: Case, rng: random.Random, title: str, code: str):
        self.c, self.rng, self.title, self.code = c, rng, title, code
        self.hand = c.fill == "hand"
        self.ink = rng.choice([BLUE_INK, BLACK_INK])
        self.sheets: list[Sheet] = []
        self.corrected = False
        self.page()

    def page(self) -> None:
        c = self.c
        sh = c.new_sheet()
        W = c.page_w
        T(sh, 18, 12, "IND", font="sans4", size=15, bold=True, color=RIJK)
        T(sh, 36, 13.5, "Immigratie- en Naturalisatiedienst", font="sans4", size=8, color=GREY)
        P(sh, 18, 21, W - 90, self.title, font="sans4", size=11.5)
        sh.rect(W - 66, 10, 48, 13, width_mm=0.4)
        T(sh, W - 64.5, 10.8, "V-nummer", font="sans4", size=6.5, color=GREY)
        self.sheets.append(c.intr(sh))
        self._put(W - 64, 15.5, c.vnr, sh, size=11)
        self.y = 36.0

    @property
    def sh(self) -> Sheet:
        return self.sheets[-1]

    def _put(self, x, y, s, sh=None, size=10.5):
        sh = sh or self.sh
        if not s:
            return
        if self.hand:
            sh.handwriting(x, y - 1.5, hand_safe(s.upper()), self.rng, size_pt=size + 0.5, color=self.ink,
                           font="hand4")
        else:
            T(sh, x, y, s, font="typewriter", size=size)

    def section(self, t: str) -> None:
        if self.y > self.c.page_h - 50:
            self.page()
        T(self.sh, 18, self.y, t, font="sans4", size=10.5, bold=True, color=RIJK)
        self.sh.rule(18, self.y + 5.2, self.c.page_w - 18, self.y + 5.2, width_mm=0.5, color=RIJK)
        self.y += 8.5

    def row(self, fields: list[tuple[str, str, float]]) -> None:
        """fields: (label, value, width fraction)."""
        W = self.c.page_w
        full = W - 36
        hts = []
        for lab, val, frac in fields:
            rows = self.sh.wrap(val or "", full * frac - 4, font="typewriter", size_pt=10.5) if val else [""]
            hts.append(6.5 + 4.8 * len(rows))
        h = max(11.0, max(hts))
        if self.y + h > self.c.page_h - 24:
            self.page()
        x = 18.0
        for lab, val, frac in fields:
            w = full * frac
            self.sh.rect(x, self.y, w, h, width_mm=0.25, color=(70, 70, 70))
            T(self.sh, x + 1, self.y + 0.6, lab, font="sans4", size=6.3, color=GREY)
            rows = self.sh.wrap(val or "", w - 4, font="typewriter", size_pt=10.5) if val else []
            for k, r in enumerate(rows):
                self._put(x + 2, self.y + 5 + k * 4.8, r)
            if self.hand and not self.corrected and val and len(val) > 5 and self.rng.random() < 0.25:
                self.corrected = True
                tippex(self.sh, self.rng, x + 2, self.y + 4.4, min(w - 6, 30), val.upper()[:14], size_pt=11,
                       color=self.ink, font="hand4")
            x += w
        self.y += h + 1.5

    def choice(self, q: str, opts: list[str], chosen: set) -> None:
        if self.y + 12 > self.c.page_h - 24:
            self.page()
        W = self.c.page_w
        self.sh.rect(18, self.y, W - 36, 11, width_mm=0.25, color=(70, 70, 70))
        T(self.sh, 19, self.y + 0.6, q, font="sans4", size=6.3, color=GREY)
        x = 24
        for k, o in enumerate(opts):
            cx, cy = x, self.y + 6.8
            self.sh.rect(cx - 1.7, cy - 1.7, 3.4, 3.4, width_mm=0.3, color=(60, 60, 60))
            if k in chosen:
                if self.hand:
                    self.sh.rule(cx - 1.5, cy - 1.5, cx + 1.5, cy + 1.5, width_mm=0.6, color=self.ink)
                    self.sh.rule(cx + 1.5, cy - 1.5, cx - 1.5, cy + 1.5, width_mm=0.6, color=self.ink)
                else:
                    self.sh.rect(cx - 1.0, cy - 1.0, 2.0, 2.0, width_mm=0, fill=(20, 20, 20))
            T(self.sh, cx + 3.5, cy - 1.9, o, font="sans4", size=9.5)
            x += 12 + self.sh.text_width(o, font="sans4", size_pt=9.5)
        self.y += 12.5

    def person(self) -> None:
        c, p = self.c, self.c.p
        self.section("1  Persoonsgegevens")
        self.row([("Achternaam", p.surname, 0.5), ("Voornamen", p.given_names, 0.5)])
        self.row([("Geboortedatum", c.dfmt(p.birth_date), 0.3), ("Geboorteplaats en -land",
                                                                  f"{p.birth_place}, {country_nl(p)}", 0.7)])
        self.row([("Nationaliteit", nat_nl(p), 0.6), ("Geslacht", "man" if p.sex == "M" else "vrouw", 0.4)])
        if p.address:
            self.row([("Straat en huisnummer", f"{p.address.street} {p.address.number}", 0.55),
                      ("Postcode", p.address.postcode, 0.15), ("Woonplaats", p.address.city, 0.3)])
        if c.lawyer:
            self.row([("Naam gemachtigde", c.lawyer_name or "", 0.45),
                      ("Kantoor en plaats", f"{c.lawyer['firm']}, {c.lawyer['city']}", 0.55)])

    def sign(self, n: int) -> None:
        c = self.c
        self.section(f"{n}  Ondertekening")
        if self.y > c.page_h - 70:
            self.page()
        P(self.sh, 18, self.y, c.page_w - 36, "Ik verklaar dat ik dit formulier volledig en naar waarheid heb "
          "ingevuld.", font="sans4", size=9)
        self.y += 8
        self.row([("Plaats", c.p.address.city if c.p.address else "Den Haag", 0.5),
                  ("Datum", c.dfmt(c.sub - dt.timedelta(days=self.rng.randint(1, 6))), 0.5)])
        if self.y + 26 > c.page_h - 24:
            self.page()
        self.sh.rect(18, self.y, c.page_w - 36, 24, width_mm=0.25, color=(70, 70, 70))
        T(self.sh, 19, self.y + 0.6, "Handtekening", font="sans4", size=6.3, color=GREY)
        self.sh.signature(40 + self.rng.uniform(0, 30), self.y + 4, 48, 16, self.rng, color=self.ink)
        self.y += 26

    def finish(self) -> list[Sheet]:
        n = len(self.sheets)
        for i, sh in enumerate(self.sheets, 1):
            barcode(sh, 18, self.c.page_h - 15, 42, 6, f"{self.code}-{i}-{self.c.vnr}")
            T(sh, 64, self.c.page_h - 13.5, f"{self.code} · versie 2026-1", font="sans4", size=7.5, color=GREY)
            T(sh, self.c.page_w - 18, self.c.page_h - 13.5, f"{i} / {n}", font="sans4", size=8, align="right")
        return self.sheets


def form_med_boxes(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _BoxForm(c, rng, "Aanvraag verblijfsvergunning voor medische behandeling", "MED 3101")
    f.person()
    f.section("2  Behandeling")
    f.row([("Zorginstelling", c.hospital.get("name", ""), 0.6), ("Plaats", c.hospital.get("city", ""), 0.4)])
    f.row([("Welke behandeling krijgt u?", c.med.get("tx_short", ""), 1.0)])
    f.choice("Heeft u uitstel van vertrek op grond van artikel 64 Vreemdelingenwet?", ["ja", "nee"],
             {0 if c.art64_end else 1})
    if c.art64_end:
        f.row([("Uitstel van vertrek tot en met", c.dfmt(c.art64_end), 1.0)])
    else:
        f.choice("Betaalt iemand anders (garantsteller) de kosten?", ["ja", "nee"], {0 if c.payer else 1})
    f.choice("Heeft u een geldig paspoort?", ["ja", "nee"], {1 if c.no_passport else 0})
    f.choice("Heeft u de Surinaamse nationaliteit en kwam u met een mvv voor medische behandeling?", ["ja", "nee"],
             {0 if c.suriname_visa else 1})
    f.sign(3)
    return f.finish()


def form_7027_boxes(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _BoxForm(c, rng, "Aanvraag verblijfsvergunning regulier voor voortgezet verblijf", "7027")
    f.person()
    f.section("2  Uw verblijfsvergunning")
    keys = [k for k, _ in ROUTES_7027]
    labels = [t for _, t in ROUTES_7027]
    f.row([("Verblijfsdoel van uw vergunning", labels[keys.index(c.route)] if c.route in keys else "", 0.65),
           ("Ingangsdatum", c.dfmt(c.since) if c.since else "", 0.35)])
    if c.route == "relationship":
        f.choice("Heeft u het inburgeringsdiploma?", ["ja", "nee"],
                 {0 if c.inburgering in ("diploma", "results", "failed") else 1})
        f.choice("Heeft u ontheffing of vrijstelling van de inburgeringsplicht?", ["ja", "nee"],
                 {0 if c.inburgering == "exemption" else 1})
    f.sign(3)
    return f.finish()


def form_generic_boxes(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _BoxForm(c, rng, "Aanvraag verlenging verblijfsvergunning regulier bepaalde tijd", "VERL 3102")
    f.person()
    f.section("2  Uw verblijfsvergunning")
    f.row([("Verblijfsdoel", GENERIC_PURPOSES[seed_of("purpose", c.rng_seed) % len(GENERIC_PURPOSES)], 0.65),
           ("Geldig tot", c.dfmt(c.sub + dt.timedelta(days=rng.randint(20, 80))), 0.35)])
    f.sign(3)
    return f.finish()


_reg("ind-form-med-kaderveldenrij-streepjescode", "application", PART, "nl", form_med_boxes,
     "medical treatment form as rows of boxed fields with the label in the corner, barcode and version at the foot")
_reg("ind-form-7027-kaderveldenrij-streepjescode", "application", PART, "nl", form_7027_boxes,
     "form 7027 as rows of boxed fields, round options, barcode at the foot")
_reg("ind-form-generic-kaderveldenrij-streepjescode", "application", PART, "nl", form_generic_boxes,
     "extension form as rows of boxed fields, barcode at the foot")


# =========================================================================== income

def payslip_supermarket(c: Case, rng: random.Random, month: int = 11, **_) -> list[Sheet]:
    """A payslip of a supermarket chain produced by its payroll provider: the provider's small logo line at the top,
    the employer and employee in two columns, the period as 'Periode 11 (4 weken)', lines with the wage, the
    Sunday bonus, the holiday allowance reserved (not paid), the deductions, net paid; a box 'Reserveringen' with
    the holiday allowance and leave hours saved."""
    e, w = _emp(c, rng), earner(c)
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    sh = c.new_sheet()
    W = c.page_w
    f = "sans2"
    T(sh, 18, 8, rng.choice(["Loonstrook via Payflow Online", "Salarisverwerking: HRloon B.V.",
                             "Verloning: Nmbr Payroll Services"]), font=f, size=7, color=GREY)
    store = rng.choice(["Buurtmarkt", "VersPlus", "Dagmarkt", "Super de Hoek"])
    T(sh, 18, 16, f"{store} Supermarkten B.V.", font=f, size=13, bold=True, color=(200, 90, 0))
    T(sh, 18, 22, f"filiaal {rng.randint(100, 899)} · {e.get('city', 'Rotterdam')}", font=f, size=8.5, color=GREY)
    T(sh, W - 18, 16, "SALARISSTROOK", font=f, size=12, bold=True, align="right")
    T(sh, W - 18, 22, f"Periode {month} (4 weken) 2026", font=f, size=9, align="right")
    y = 34
    for a, b in (("Naam", f"{w.given_names} {w.surname}"), ("Personeelsnummer", e["pnr"]),
                 ("Functie", "Medewerker vers"), ("Geboortedatum", d_nl(w.birth_date, "dashes_zero"))):
        T(sh, 18, y, a, font=f, size=8.5, color=GREY)
        T(sh, 55, y, b, font=f, size=9.5)
        y += 5
    y2 = 34
    for a, b in (("Loonheffingennr.", e["lhn"]), ("Heffingskorting", "ja"), ("Tabel", "4-weken, wit"),
                 ("Uurloon", eur(e["bruto"] / 160, False))):
        T(sh, 112, y2, a, font=f, size=8.5, color=GREY)
        T(sh, 145, y2, b, font=f, size=9.5)
        y2 += 5
    y = 62
    sh.rule(18, y - 1, W - 18, y - 1, width_mm=0.5)
    T(sh, 18, y, "Omschrijving", font=f, size=9, bold=True)
    T(sh, 120, y, "Aantal", font=f, size=9, bold=True, align="right")
    T(sh, W - 18, y, "Bedrag", font=f, size=9, bold=True, align="right")
    sh.rule(18, y + 5, W - 18, y + 5, width_mm=0.2)
    y += 8
    base = k["bruto"]
    sun = round(base * 0.04, 2)
    lines = (("Salaris", "152,00", eur(base - sun, False)), ("Toeslag zondag 50%", f"{rng.randint(8, 16)},00",
                                                             eur(sun, False)),
             ("Pensioenpremie", "", "-" + eur(k["pens"], False)), ("Loonheffing", "", "-" + eur(k["lh"], False)),
             ("Reiskostenvergoeding", "", eur(k["reis"], False)))
    for d_, n_, b_ in lines:
        T(sh, 18, y, d_, font=f, size=9.5)
        T(sh, 120, y, n_, font=f, size=9.5, align="right")
        T(sh, W - 18, y, b_, font=f, size=9.5, align="right")
        y += 6
    sh.rule(18, y, W - 18, y, width_mm=0.4)
    T(sh, 18, y + 2, "Netto uitbetaald", font=f, size=10.5, bold=True)
    T(sh, W - 18, y + 2, eur(k["net"]), font=f, size=10.5, bold=True, align="right")
    T(sh, 18, y + 9, f"Overgemaakt op {e['iban']}", font=f, size=8.5, color=GREY)
    y += 20
    sh.rect(18, y, 90, 24, width_mm=0.3, color=(200, 90, 0))
    T(sh, 21, y + 2, "Reserveringen", font=f, size=9, bold=True)
    T(sh, 21, y + 8, f"Vakantiegeld 8% (opgebouwd)  {eur(base * 0.08 * month, False)}", font=f, size=8.5)
    T(sh, 21, y + 13, f"Verlofuren saldo  {rng.randint(40, 140)},{rng.choice(['00', '50', '25'])}", font=f, size=8.5)
    T(sh, 21, y + 18, f"Uitbetaling vakantiegeld: mei", font=f, size=8.5)
    return [sh]


def guarantor_letter_kopieid(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A guarantor's own typed letter to the IND ('Hierbij verklaar ik ...') with the monthly income and the
    employer, signed; under it, on the same sheet, the KopieID copy of the guarantor's Dutch identity card with the
    app's watermark."""
    g = c.payer or c.p
    e = _emp(c, random.Random(c.rng_seed))
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    sh = c.new_sheet()
    W = c.page_w
    f = "serif"
    city = g.address.city if g.address else "Utrecht"
    y = 14
    for ln in (f"{g.given_names} {g.surname}", f"{g.address.street} {g.address.number}" if g.address else "",
               f"{g.address.postcode} {city}" if g.address else city):
        T(sh, 20, y, ln, font=f, size=10.5)
        y += 5
    y += 6
    for ln in IND_ADDRESSES[seed_of("ga", c.rng_seed) % len(IND_ADDRESSES)].split("\n"):
        T(sh, 20, y, ln, font=f, size=10.5)
        y += 5
    T(sh, 20, y + 6, f"{city}, {d_nl(c.sub - dt.timedelta(days=rng.randint(10, 40)))}", font=f, size=10.5)
    T(sh, 20, y + 14, f"Betreft: garantstelling voor {c.p.given_names} {c.p.surname}", font=f, size=10.5)
    body = (f"Hierbij verklaar ik, {g.given_names} {g.surname}, geboren op {d_nl(g.birth_date)}, dat ik garant sta "
            f"voor alle kosten van verblijf, levensonderhoud en medische behandeling van "
            f"{c.p.given_names} {c.p.surname}, geboren op {d_nl(c.p.birth_date)}; ik ben "
            f"{'de ' + c.payer_relation if c.payer_relation else 'familie'} van betrokkene. "
            f"Ik werk in loondienst bij {e['name']} en verdien {eur(k['bruto'])} bruto per maand. Mijn loonstroken "
            f"voeg ik bij.")
    y = P(sh, 20, y + 24, W - 40, body, font=f, size=11, leading=1.5) + 6
    T(sh, 20, y, "Met vriendelijke groet,", font=f, size=10.5)
    sh.signature(20, y + 4, 44, 14, rng, color=BLUE_INK)
    T(sh, 20, y + 20, f"{g.given_names} {g.surname}", font=f, size=10.5)
    card = Sheet(85.6, 54)
    card.rect(0, 0, 85.6, 54, width_mm=0, fill=(236, 228, 240))
    card.text(3, 2, "KONINKRIJK DER NEDERLANDEN · IDENTITEITSKAART", font="sans4", size_pt=4.6, bold=True,
              color=(60, 40, 90))
    card.photo(3, 9, 21, 27, rng)
    for j, (a, b) in enumerate((("Naam", g.surname.upper()), ("Voornamen", g.given_names.upper()),
                                ("Geboortedatum", d_nl(g.birth_date, "dashes_zero")), ("BSN", "•••••••••"))):
        card.text(27, 9 + j * 7, a, font="sans4", size_pt=3.4, color=GREY)
        card.text(27, 11.2 + j * 7, b[:30], font="sans4", size_pt=5.2, bold=True)
    img = kopieid_watermark(card.render(300), f"KOPIE – voor IND – {d_nl(c.sub - dt.timedelta(days=20), 'dashes_zero')}",
                            300)
    sh.image(45, min(y + 34, c.page_h - 90), 120, 75.7, img)
    return [sh]


def inkomensverklaring(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The tax authority's income statement ('Inkomensverklaring') printed from Mijn Belastingdienst: the
    authority's word mark, the citizen's name, the year, the 'verzamelinkomen' in a box and the income's sources
    in a short list; the print line at the foot."""
    w = earner(c)
    e = _emp(c, rng)
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    sh = c.new_sheet()
    W = c.page_w
    f = "sans4"
    sh.rect(20, 10, 8, 16, width_mm=0, fill=RIJK)
    T(sh, 32, 12, "Belastingdienst", font=f, size=13, bold=True, color=RIJK)
    T(sh, 20, 40, f"{w.given_names} {w.surname}", font=f, size=10.5)
    if w.address:
        T(sh, 20, 45, f"{w.address.street} {w.address.number}", font=f, size=10.5)
        T(sh, 20, 50, f"{w.address.postcode} {w.address.city}", font=f, size=10.5)
    T(sh, 20, 66, "Inkomensverklaring 2025", font=f, size=15, bold=True)
    T(sh, 20, 74, f"Geboortedatum {d_nl(w.birth_date, 'dashes_zero')}", font=f, size=9.5, color=GREY)
    sh.rect(20, 84, W - 40, 20, width_mm=0.4, color=RIJK)
    T(sh, 24, 87, "Verzamelinkomen 2025", font=f, size=10)
    T(sh, W - 24, 87, eur(k["bruto"] * 12 * 0.97), font=f, size=12, bold=True, align="right")
    T(sh, 24, 95, "Status: definitief vastgesteld", font=f, size=9, color=GREY)
    y = 114
    T(sh, 20, y, "Samenstelling", font=f, size=10.5, bold=True)
    for a, b in ((f"Loon uit dienstbetrekking – {e['name']}", eur(k["bruto"] * 12)),
                 ("Aftrekposten", "- " + eur(k["bruto"] * 12 * 0.03))):
        y += 7
        T(sh, 24, y, a[:62], font=f, size=9.5)
        T(sh, W - 24, y, b, font=f, size=9.5, align="right")
    P(sh, 20, y + 14, W - 40, "Met deze verklaring kunt u uw inkomen aantonen bij bijvoorbeeld een instantie of "
      "verhuurder.", font=f, size=9.5, leading=1.4)
    T(sh, 20, c.page_h - 10, f"Afgedrukt via Mijn Belastingdienst op {d_nl(c.sub - dt.timedelta(days=rng.randint(3, 30)), 'dashes_zero')}",
      font=f, size=7, color=GREY)
    return [sh]


_reg("payslip-supermarkt-periode-4-weken-reserveringen", "income-proof", PART, "nl", payslip_supermarket,
     "supermarket chain's four-weekly payslip from its payroll provider, Sunday bonus, reservations box")
_reg("guarantor-eigen-brief-kopieid-identiteitskaart", "income-proof", PART, "nl", guarantor_letter_kopieid,
     "guarantor's own typed letter with the KopieID copy of the guarantor's identity card on the same sheet")
_reg("inkomensverklaring-belastingdienst-mijn-print", "income-proof", PART, "nl", inkomensverklaring,
     "tax authority's income statement printed from Mijn Belastingdienst")


# =========================================================================== medical statements

def medstat_zorgmail(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A GP's statement sent to the lawyer through ZorgMail (the secure mail of Dutch care) and printed: the
    message's header block (Van, Aan, Datum, Onderwerp, 'Beveiligd bericht'), the statement as plain text in a
    mono face, the GP's typed name and AGB code as signature, the ZorgMail line at the foot."""
    m, gp = c.med, c.gp
    g, s, _ = make_professional(random.Random(seed_of("gp13", c.rng_seed)), "NL")
    sh = c.new_sheet()
    W = c.page_w
    when = c.sub - dt.timedelta(days=rng.randint(5, 35))
    T(sh, 18, 10, "ZorgMail", font="sans4", size=12, bold=True, color=(0, 120, 170))
    T(sh, W - 18, 11, "Beveiligd bericht", font="sans4", size=8.5, align="right", color=GREY)
    sh.rect(18, 18, W - 36, 28, width_mm=0.2, fill=(242, 246, 248))
    for k, (a, b) in enumerate((("Van", f"{g} {s}, huisarts – {gp['name']}"),
                                ("Aan", (c.lawyer or LAWYERS[0])["firm"]),
                                ("Datum", f"{d_nl(when, 'dashes_zero')} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}"),
                                ("Onderwerp", f"Medische verklaring {c.p.surname}"))):
        T(sh, 21, 20 + k * 6, a + ":", font="sans4", size=9, bold=True)
        T(sh, 45, 20 + k * 6, b, font="sans4", size=9)
    start = _treat_start(c)
    body = [f"Geachte collega / mr.,",
            f"Hierbij verklaar ik dat {c.p.given_names} {c.p.surname}, geboren {d_nl(c.p.birth_date, 'dashes_zero')}, "
            f"in onze praktijk staat ingeschreven en bekend is met {m['dx']}.",
            f"Behandeling: {m['tx']}. {duration_phrase(c.duration, start, 'nl')}",
            f"Zonder behandeling: {m['stop']}", _not_available(c, "nl"),
            "Met collegiale groet,", f"{g} {s}, huisarts", f"AGB-code {seed_of('agb', c.rng_seed) % 10 ** 8:08d}",
            f"{gp['name']}, {gp['street']}, {gp['pc']} {gp['city']}"]
    y = 56
    for b in body:
        y = P(sh, 18, y, W - 36, b, font="mono", size=9.5, leading=1.4) + 2.5
    T(sh, 18, c.page_h - 10, "Dit bericht is verzonden via ZorgMail – vertrouwelijk", font="sans4", size=7,
      color=GREY)
    return [sh]


def medstat_portal_letter(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A specialist's letter as the patient printed it from the hospital's patient portal: the portal's bar with
    the hospital's name and 'Mijn Dossier', a menu column at the left (Afspraken, Uitslagen, Brieven ...) with
    'Brieven' highlighted, the letter itself in a frame at the right; the browser's print line."""
    m, h = c.med, c.hospital
    g, s, _ = make_professional(random.Random(seed_of("portal13", c.rng_seed)), "NL")
    sh = c.new_sheet()
    W = c.page_w
    f = "sans6"
    col = h.get("color", (0, 95, 140))
    when = c.sub - dt.timedelta(days=rng.randint(6, 40))
    T(sh, 8, 5, d_nl(c.sub - dt.timedelta(days=rng.randint(1, 5)), "dashes_zero"), font=f, size=7, color=GREY)
    sh.rect(8, 10, W - 16, 12, width_mm=0, fill=col)
    T(sh, 12, 13, f"{h['name']} · Mijn Dossier", font=f, size=11, bold=True, color=(255, 255, 255))
    for k, item in enumerate(("Overzicht", "Afspraken", "Uitslagen", "Medicatie", "Brieven", "Vragenlijsten",
                              "Berichten")):
        y = 30 + k * 8
        if item == "Brieven":
            sh.rect(8, y - 2, 40, 8, width_mm=0, fill=(225, 235, 245))
        T(sh, 12, y, item, font=f, size=9, bold=item == "Brieven")
    x = 54
    sh.rect(x, 26, W - x - 8, 230, width_mm=0.2, color=(190, 190, 190))
    T(sh, x + 4, 30, f"Brief polikliniek {m['spec']} – {d_nl(when, 'dashes_zero')}", font=f, size=10, bold=True)
    T(sh, x + 4, 38, f"Betreft: {c.p.given_names} {c.p.surname}, geb. {d_nl(c.p.birth_date, 'dashes_zero')}", font=f,
      size=9.5)
    y = P(sh, x + 4, 48, W - x - 16, f"Geachte heer/mevrouw, bovengenoemde patiënt(e) is onder behandeling op onze "
          f"polikliniek {m['spec']} wegens {m['dx']}. De behandeling bestaat uit {m['tx']}. "
          f"{duration_phrase(c.duration, _treat_start(c), 'nl')} {m['stop']} {_not_available(c, 'nl')}", font=f,
          size=10, leading=1.5) + 6
    T(sh, x + 4, y, "Met vriendelijke groet,", font=f, size=10)
    sh.signature(x + 4, y + 4, 38, 12, rng, color=BLUE_INK)
    T(sh, x + 4, y + 18, f"{g} {s}, {m['doc_title']}", font=f, size=10)
    T(sh, 8, c.page_h - 7, f"https://mijndossier.{h['short'].lower().replace(' ', '')}.nl/brieven", font=f, size=7,
      color=GREY)
    T(sh, W - 8, c.page_h - 7, "1/1", font=f, size=7, align="right", color=GREY)
    return [sh]


_reg("medstat-huisarts-zorgmail-bericht-afdruk", "medical-statement", PART, "nl", medstat_zorgmail,
     "GP's statement sent through ZorgMail and printed, header block, mono text, AGB code")
_reg("medstat-specialist-patientportaal-brief-menu", "medical-statement", PART, "nl", medstat_portal_letter,
     "specialist's letter printed by the patient from the hospital's patient portal, menu column")


# =========================================================================== care institutions

def care_revalidatie_weken(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A rehabilitation centre's (or treating department's) treatment plan with a table of the weeks (the phases of
    the treatment in rows, shaded cells for the weeks), the statement that the centre will treat from start to end,
    the costs; signed by the physician and the case manager."""
    h, m = c.hospital, c.med
    start, end = _care_dates(c)
    sh = c.new_sheet()
    W = c.page_w
    f = "sans5"
    T(sh, 20, 12, h["name"], font=f, size=12, bold=True, color=(120, 60, 20))
    T(sh, 20, 18, f"Behandelplan {m['spec']}", font=f, size=9, color=GREY)
    T(sh, 20, 32, "VERKLARING ZORGINSTELLING – BEHANDELPLAN", font=f, size=12.5, bold=True)
    T(sh, 20, 40, f"{c.p.given_names} {c.p.surname} · {d_nl(c.p.birth_date, 'dashes_zero')}", font=f, size=10)
    y = 50
    phases = ["Intake en diagnostiek", m["tx_short"][:34], "Evaluatie en bijstelling", "Nazorg / controles"]
    sh.rect(20, y, 60, 7, width_mm=0.2, fill=(240, 230, 220))
    T(sh, 22, y + 1.5, "Fase", font=f, size=8.5, bold=True)
    for wk in range(12):
        sh.rect(80 + wk * 9, y, 9, 7, width_mm=0.2, fill=(240, 230, 220))
        T(sh, 84.5 + wk * 9, y + 1.5, f"{wk * 4 + 1}", font=f, size=7, align="center")
    y += 7
    for i, ph in enumerate(phases):
        sh.rect(20, y, 60, 7, width_mm=0.2)
        T(sh, 22, y + 1.5, ph, font=f, size=8.5)
        for wk in range(12):
            on = (i == 0 and wk < 1) or (i == 1 and wk >= 1) or (i == 2 and wk % 4 == 3) or (i == 3 and wk >= 8)
            sh.rect(80 + wk * 9, y, 9, 7, width_mm=0.2, fill=(200, 120, 60) if on else None)
        y += 7
    T(sh, 20, y + 2, "weken vanaf de start", font=f, size=7.5, color=GREY)
    y = P(sh, 20, y + 12, W - 40, f"Wij verklaren dat wij de behandeling ({m['tx']}) kunnen en zullen geven van "
          f"{d_nl(start)} tot ten minste {d_nl(end)}. De kosten bedragen ongeveer {eur(m['cost'])} per jaar.",
          font=f, size=10.5, leading=1.5) + 8
    T(sh, 20, y, f"{h['city']}, {d_nl(c.sub - dt.timedelta(days=rng.randint(8, 35)))}", font=f, size=10)
    g, s_, _ = make_professional(random.Random(seed_of("care13a", c.rng_seed)), "NL")
    for j, (nm, role) in enumerate(((f"{g} {s_}", m["doc_title"]), (rng.choice(["J. de Boer", "S. Mulder",
                                                                                  "L. Hendriks"]), "casemanager"))):
        sh.signature(20 + j * 80, y + 5, 38, 12, rng, color=BLUE_INK)
        T(sh, 20 + j * 80, y + 19, nm, font=f, size=9)
        T(sh, 20 + j * 80, y + 24, role, font=f, size=8.5, color=GREY)
    return [sh]


def care_apotheek_levering(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A hospital pharmacy's statement of continued supply: the pharmacy's name under the hospital's, the patient's
    data, a table of the medicines with their dose and cost per month, that the hospital (treating department and
    pharmacy) will go on treating and supplying from start to end."""
    h, m = c.hospital, c.med
    start, end = _care_dates(c)
    sh = c.new_sheet()
    W = c.page_w
    f = "serif2"
    T(sh, 20, 12, h["name"], font=f, size=12, bold=True)
    T(sh, 20, 18, "Ziekenhuisapotheek", font=f, size=10, color=GREY)
    T(sh, 20, 34, "Verklaring behandeling en levering", font=f, size=13, bold=True)
    T(sh, 20, 42, f"Patiënt: {c.p.surname}, {c.p.given_names} – geb. {d_nl(c.p.birth_date, 'dashes_zero')}", font=f,
      size=10)
    y = 52
    sh.rect(20, y, W - 40, 7, width_mm=0.2, fill=(230, 230, 230))
    T(sh, 22, y + 1.5, "Behandeling", font=f, size=9, bold=True)
    T(sh, W - 22, y + 1.5, "Kosten per maand", font=f, size=9, bold=True, align="right")
    y += 7
    for share, desc in ((0.8, m["tx_short"]), (0.2, "ondersteunende medicatie en controles")):
        sh.rect(20, y, W - 40, 7, width_mm=0.2)
        T(sh, 22, y + 1.5, desc[:60], font=f, size=9.5)
        T(sh, W - 22, y + 1.5, eur(m["cost"] * share / 12), font=f, size=9.5, align="right")
        y += 7
    y = P(sh, 20, y + 10, W - 40, f"De afdeling {m['spec']} en de ziekenhuisapotheek van {h['name']} verklaren dat "
          f"zij de behandeling van betrokkene kunnen en zullen voortzetten en de geneesmiddelen zullen leveren van "
          f"{d_nl(start)} tot {d_nl(end)}. De kosten bedragen {eur(m['cost'])} per jaar.", font=f, size=10.5,
          leading=1.5) + 8
    T(sh, 20, y, f"{h['city']}, {d_nl(c.sub - dt.timedelta(days=rng.randint(6, 30)))}", font=f, size=10.5)
    sh.signature(20, y + 5, 40, 13, rng, color=BLUE_INK)
    T(sh, 20, y + 20, f"{rng.choice(['dr. A. Verbeek', 'drs. H. Koster', 'dr. N. Yilmaz'])}, ziekenhuisapotheker",
      font=f, size=10)
    return [sh]


def care_ggz_intake(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A mental-health institution's (or outpatient department's) letter that the patient had the intake, is on
    the treatment list and will be treated from start to end at a stated cost; a grey band with the reference, the
    team and the date at the top."""
    h, m = c.hospital, c.med
    start, end = _care_dates(c)
    sh = c.new_sheet()
    W = c.page_w
    f = "sans2"
    T(sh, 20, 12, h["name"], font=f, size=12.5, bold=True, color=h.get("color", (0, 95, 140)))
    sh.rect(20, 22, W - 40, 10, width_mm=0, fill=(236, 236, 236))
    T(sh, 23, 24.5, f"Kenmerk {seed_of('ggz', c.rng_seed) % 100000:05d} · Team {m['spec']} · "
                    f"{d_nl(c.sub - dt.timedelta(days=rng.randint(7, 30)), 'dashes_zero')}", font=f, size=9)
    T(sh, 20, 42, "Verklaring zorginstelling", font=f, size=12.5, bold=True)
    y = P(sh, 20, 52, W - 40, f"{c.p.given_names} {c.p.surname}, geboren {d_nl(c.p.birth_date, 'dashes_zero')}, had "
          f"op {d_nl(start - dt.timedelta(days=rng.randint(10, 40)))} een intakegesprek bij ons. Betrokkene is "
          f"aangemeld voor {m['tx']}. Wij kunnen en zullen deze behandeling geven van {d_nl(start)} tot ten minste "
          f"{d_nl(end)}. De geraamde kosten zijn {eur(m['cost'])} per jaar.", font=f, size=10.5, leading=1.5) + 8
    T(sh, 20, y, "Met vriendelijke groet,", font=f, size=10.5)
    sh.signature(20, y + 5, 40, 13, rng, color=BLUE_INK)
    g, s_, _ = make_professional(random.Random(seed_of("care13c", c.rng_seed)), "NL")
    T(sh, 20, y + 20, f"{g} {s_}, regiebehandelaar", font=f, size=10)
    return [sh]


_reg("care-revalidatie-behandelplan-wekentabel", "care-institution-statement", PART, "nl", care_revalidatie_weken,
     "treatment plan with a table of weeks and phases, two signatures")
_reg("care-ziekenhuisapotheek-levering-kostentabel", "care-institution-statement", PART, "nl",
     care_apotheek_levering, "hospital pharmacy's statement of continued treatment and supply, cost table")
_reg("care-ggz-intake-wachtlijst-grijze-band", "care-institution-statement", PART, "nl", care_ggz_intake,
     "institution's letter on the intake and the treatment to come, grey reference band")


# =========================================================================== health insurance

def polisblad_zorgpas(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The Dutch insurer's health-insurance card (zorgpas) copied front and back at the top of the sheet, the
    policy summary printed from the insurer's app under it (insured, basic insurance, start date)."""
    ins = c.insurer_nl
    col = ins.get("color", (0, 90, 150))
    start = c.sub - dt.timedelta(days=rng.randint(40, 320))
    sh = c.new_sheet()
    W = c.page_w
    f = "sans4"
    fr = Sheet(85.6, 54)
    fr.rect(0, 0, 85.6, 54, width_mm=0, fill=col)
    fr.text(4, 4, ins["short"] if "short" in ins else ins["name"], font=f, size_pt=10, bold=True,
            color=(255, 255, 255))
    fr.text(4, 22, f"{c.p.given_names[:1]}. {c.p.surname.upper()}", font=f, size_pt=7.5, color=(255, 255, 255))
    fr.text(4, 28, f"Geb. {d_nl(c.p.birth_date, 'dashes_zero')}", font=f, size_pt=6.5, color=(255, 255, 255))
    fr.text(4, 34, f"Relatienr. {_policy_no(c)}", font=f, size_pt=6.5, color=(255, 255, 255))
    fr.text(4, 44, f"UZOVI {ins.get('uzovi', '')}", font=f, size_pt=6.5, color=(255, 255, 255))
    bk = Sheet(85.6, 54)
    bk.rect(0, 0, 85.6, 54, width_mm=0, fill=(244, 244, 244))
    bk.rect(0, 5, 85.6, 9, width_mm=0, fill=(40, 40, 40))
    bk.paragraph(4, 18, 78, "Zorgpas. Toon deze pas bij de apotheek, het ziekenhuis en de huisartsenpost. "
                 "Alarmnummer buitenland +31 20 000 00 00.", font=f, size_pt=5.5, leading=1.3)
    sh.image(14, 14, 85.6, 54, fr.render(300))
    sh.image(110, 14, 85.6, 54, bk.render(300))
    y = 84
    T(sh, 20, y, "Mijn polis – overzicht", font=f, size=12.5, bold=True, color=col)
    y += 10
    for a, b in (("Verzekerde", f"{c.p.given_names} {c.p.surname}"),
                 ("Geboortedatum", d_nl(c.p.birth_date, "dashes_zero")),
                 ("Basisverzekering", "Zorgverzekering (natura)"), ("Ingangsdatum", d_nl(start, "dashes_zero")),
                 ("Polisnummer", _policy_no(c, "P")), ("Eigen risico", "€ 385")):
        T(sh, 20, y, a, font=f, size=9.5, color=GREY)
        T(sh, 75, y, b, font=f, size=10.5)
        sh.rule(20, y + 5.5, W - 20, y + 5.5, width_mm=0.1, color=(210, 210, 210))
        y += 8
    T(sh, 20, c.page_h - 12, f"{ins['name']} · afgedrukt uit de app", font=f, size=7, color=GREY)
    return [sh]


def incoming_certificate_seal(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An incoming insurer's 'Verzekeringscertificaat' set as a certificate: a double frame, the title centred,
    the insured's data centred, the cover and the period, a round printed seal and the director's printed
    signature."""
    name = _incoming_name(c)
    start = c.sub - dt.timedelta(days=rng.randint(30, 200))
    end = add_years(start, 1)
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    f = "serif4"
    sh.rect(12, 12, W - 24, H - 24, width_mm=1.0, color=(30, 60, 100))
    sh.rect(15, 15, W - 30, H - 30, width_mm=0.3, color=(30, 60, 100))
    T(sh, W / 2, 30, name, font=f, size=13, bold=True, align="center", color=(30, 60, 100))
    T(sh, W / 2, 50, "VERZEKERINGSCERTIFICAAT", font=f, size=18, bold=True, align="center")
    T(sh, W / 2, 60, f"nr. {_policy_no(c, 'INC-')}", font=f, size=10, align="center", color=GREY)
    T(sh, W / 2, 78, "Hierbij verklaren wij dat", font=f, size=11, align="center")
    T(sh, W / 2, 88, f"{c.p.given_names} {c.p.surname}", font=f, size=15, bold=True, align="center")
    T(sh, W / 2, 97, f"geboren {d_nl(c.p.birth_date)}", font=f, size=11, align="center")
    P(sh, 35, 110, W - 70, f"bij ons verzekerd is voor medische kosten in Nederland, waaronder ziekenhuisopname, "
      f"specialistische zorg en geneesmiddelen, ook voor reeds bestaande aandoeningen, van {d_nl(start)} tot en met "
      f"{d_nl(end)}.", font=f, size=11, leading=1.55, align="center")
    sh.stamp(60, 170, [name.upper()[:26], "CERTIFICAAT"], rng, size_mm=32, color=(30, 60, 100))
    sh.signature(120, 175, 44, 13, rng, color=(20, 20, 40))
    T(sh, 142, 192, "directie", font=f, size=9.5, align="center")
    T(sh, W / 2, 220, f"Amsterdam, {d_nl(c.sub - dt.timedelta(days=rng.randint(10, 40)))}", font=f, size=10,
      align="center")
    return [sh]


def intl_chile_carta(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A Chilean insurer's certificate of international coverage on Letter paper ('carta'), in Spanish with the
    English under each line in italics: the insurer's name and RUT at the top left, the certificate number at the
    right, the insured, the plan, the worldwide cover including the Netherlands, signed by the 'Gerente Técnico'."""
    ins = c.insurer_intl or {}
    name = ins.get("name") or "Aseguradora Internacional"
    sh = c.new_sheet()
    W = c.page_w
    f = "sans6"
    col = ins.get("color", (120, 20, 40))
    T(sh, 20, 14, name, font=f, size=12, bold=True, color=col)
    T(sh, 20, 20, ins.get("addr", ""), font=f, size=8, color=GREY)
    T(sh, 20, 24.5, f"RUT {rng.randint(76, 99)}.{rng.randint(100, 999)}.{rng.randint(100, 999)}-{rng.randint(0, 9)}",
      font=f, size=8, color=GREY)
    T(sh, W - 20, 14, f"Certificado N° {_policy_no(c, 'CL-')}", font=f, size=9, align="right")
    T(sh, W / 2, 42, "CERTIFICADO DE COBERTURA", font=f, size=14, bold=True, align="center")
    T(sh, W / 2, 48.5, "Certificate of coverage", font=f, size=10, align="center", color=GREY)
    y = 62
    for es, en, val in (("Asegurado", "Insured", f"{c.p.given_names} {c.p.surname}"),
                        ("Fecha de nacimiento", "Date of birth", d_en(c.p.birth_date)),
                        ("Plan", "Plan", ins.get("plan", "Internacional")),
                        ("Cobertura", "Cover", "mundial, incluidos los Países Bajos; hospitalización, especialistas, "
                                               "medicamentos, enfermedades preexistentes / worldwide incl. the "
                                               "Netherlands; in-patient, specialists, medication, pre-existing "
                                               "conditions")):
        T(sh, 20, y, es, font=f, size=9.5, bold=True)
        T(sh, 20, y + 4.2, en, font=f, size=8, color=GREY)
        y = max(y + 11, P(sh, 75, y, W - 95, val, font=f, size=10.5, leading=1.35) + 3)
    T(sh, 20, y + 10, f"Santiago, {d_en(c.sub - dt.timedelta(days=rng.randint(10, 40)))}", font=f, size=10)
    sh.signature(20, y + 15, 40, 13, rng, color=BLUE_INK)
    T(sh, 20, y + 30, "Gerente Técnico / Technical Manager", font=f, size=9.5)
    return [sh]


_reg("polisblad-zorgpas-voor-achter-app-overzicht", "health-insurance", PART, "nl", polisblad_zorgpas,
     "Dutch insurer's card copied front and back above the policy summary printed from the app")
_reg("incoming-verzekeringscertificaat-dubbele-rand-zegel", "health-insurance", PART, "nl",
     incoming_certificate_seal, "incoming insurer's certificate in a double frame with a printed seal")
_reg("intl-certificado-chile-carta-bilingue", "health-insurance", PART, "es/en", intl_chile_carta,
     "Chilean insurer's Spanish/English certificate of coverage on Letter paper")


# =========================================================================== civic integration

def duo_diploma_certificate(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """DUO's civic-integration diploma set like a certificate: a thin ornamental double frame, 'Diploma
    inburgering' centred, the holder's name in a large italic, the date and place of birth, the sentence that the
    exam has been passed at B1, the date and the number at the foot."""
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    d = _inb_date(c, rng)
    f = "serif4"
    sh.rect(14, 14, W - 28, H - 28, width_mm=0.8, color=(150, 120, 50))
    sh.rect(17, 17, W - 34, H - 34, width_mm=0.25, color=(150, 120, 50))
    T(sh, W / 2, 40, "Koninkrijk der Nederlanden", font=f, size=11, align="center", color=GREY)
    T(sh, W / 2, 60, "Diploma inburgering", font=f, size=26, bold=True, align="center")
    T(sh, W / 2, 90, "uitgereikt aan", font=f, size=11, align="center")
    T(sh, W / 2, 102, f"{c.p.given_names} {c.p.surname}", font="serif4", size=22, align="center")
    T(sh, W / 2, 116, f"geboren op {d_nl(c.p.birth_date)} te {c.p.birth_place}", font=f, size=11, align="center")
    P(sh, 40, 132, W - 80, "die het inburgeringsexamen op taalniveau B1 met goed gevolg heeft afgelegd en daarmee heeft "
      "voldaan aan de inburgeringsplicht.", font=f, size=11.5, leading=1.5, align="center")
    T(sh, W / 2, 180, f"Groningen, {d_nl(d)}", font=f, size=11, align="center")
    sh.signature(W / 2 - 20, 186, 40, 13, rng, color=BLACK_INK)
    T(sh, W / 2, 203, "Dienst Uitvoering Onderwijs, namens de minister", font=f, size=9.5, align="center",
      color=GREY)
    T(sh, W / 2, H - 30, f"Diplomanummer {seed_of('dip13', c.rng_seed) % 10 ** 9:09d}", font="mono", size=8.5,
      align="center", color=GREY)
    return [sh]


def duo_ontheffing_rijk(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """DUO's exemption decision in the central government's letter style: the word mark under a blue ribbon at the
    top centre, the references in a narrow right column, the decision in a light-blue box, the reasons as short
    bullets, 'Bent u het niet eens met dit besluit?' in a box at the foot."""
    sh = c.new_sheet()
    W = c.page_w
    d = _inb_date(c, rng)
    f = "sans4"
    sh.rect(W / 2 - 5, 0, 10, 22, width_mm=0, fill=RIJK)
    T(sh, W / 2 + 8, 14, "Dienst Uitvoering Onderwijs", font=f, size=9, color=RIJK)
    T(sh, 20, 48, f"{c.p.given_names} {c.p.surname}", font=f, size=10)
    for k, (a, b) in enumerate((("Datum", d_nl(d, "dashes_zero")), ("Onderwerp", "besluit ontheffing"),
                                ("Geboortedatum", d_nl(c.p.birth_date, "dashes_zero")))):
        T(sh, 150, 44 + k * 9, a, font=f, size=7, bold=True)
        T(sh, 150, 47.5 + k * 9, b, font=f, size=8)
    sh.rect(20, 78, 120, 14, width_mm=0, fill=(222, 233, 246))
    P(sh, 23, 80, 114, "Besluit: u krijgt ontheffing van de inburgeringsplicht.", font=f, size=10.5)
    y = 102
    T(sh, 20, y, "Waarom krijgt u ontheffing?", font=f, size=10.5, bold=True)
    for b in ("U heeft een medisch advies laten opstellen door een onafhankelijke arts.",
              "Uit dat advies blijkt dat u blijvend niet in staat bent het examen te doen.",
              "U hoeft daarom niet meer in te burgeren."):
        y += 2.5
        T(sh, 22, y, "•", font=f, size=10)
        y = P(sh, 27, y, 113, b, font=f, size=10, leading=1.35)
    sh.rect(20, y + 16, 120, 24, width_mm=0.3, color=RIJK)
    T(sh, 23, y + 18, "Bent u het niet eens met dit besluit?", font=f, size=9.5, bold=True, color=RIJK)
    P(sh, 23, y + 24, 114, "Dan kunt u binnen 6 weken bezwaar maken via Mijn Inburgering.", font=f, size=9.5)
    T(sh, 20, y + 50, "Met vriendelijke groet, DUO, namens de minister", font=f, size=10)
    sh.signature(20, y + 54, 38, 12, rng, color=BLACK_INK)
    return [sh]


def duo_uitslag_mail(c: Case, rng: random.Random, *, failed: bool = False, **_) -> list[Sheet]:
    """The e-mail 'Uw uitslag staat klaar' printed from the candidate's mailbox together with the results it
    links to: the mail's header, the short text, then the results as a list 'Onderdeel – datum – Gehaald / Niet
    gehaald'."""
    sh = c.new_sheet()
    W = c.page_w
    d = _inb_date(c, rng)
    f = "sans"
    T(sh, 18, 10, f"{c.p.given_names} {c.p.surname}", font=f, size=10.5, bold=True)
    sh.rule(18, 15, W - 18, 15, width_mm=0.5)
    for k, (a, b) in enumerate((("Van:", "DUO Inburgering <noreply@duo.nl>"),
                                ("Verzonden:", d_nl(d + dt.timedelta(days=rng.randint(10, 30)), "dashes_zero")),
                                ("Onderwerp:", "Uw uitslag staat klaar"))):
        T(sh, 18, 20 + k * 5.5, a, font=f, size=9.5, bold=True)
        T(sh, 45, 20 + k * 5.5, b, font=f, size=9.5)
    y = P(sh, 18, 42, W - 36, "Beste kandidaat, de uitslag van uw inburgeringsexamen staat klaar. U ziet hieronder per "
          "onderdeel of u het gehaald heeft.", font=f, size=10.5, leading=1.45) + 6
    parts = ["Lezen", "Luisteren", "Schrijven", "Spreken", "Kennis van de Nederlandse Maatschappij"]
    bad = seed_of("fail13", c.rng_seed) % len(parts) if failed else -1
    for k, p_ in enumerate(parts):
        ok = k != bad
        T(sh, 22, y, f"{p_}", font=f, size=10.5)
        T(sh, 115, y, d_nl(d - dt.timedelta(days=12 * k), "dashes_zero"), font=f, size=10)
        T(sh, W - 18, y, "Gehaald" if ok else "Niet gehaald", font=f, size=10.5, bold=not ok, align="right")
        y += 7.5
    P(sh, 18, y + 6, W - 36, "U heeft niet alle onderdelen gehaald. U kunt het onderdeel opnieuw doen." if failed else
      "U heeft alle onderdelen gehaald. Uw diploma krijgt u per post.", font=f, size=10.5, leading=1.45)
    return [sh]


_reg("duo-diploma-oorkonde-dubbele-rand-cursief", "civic-integration", PART, "nl", duo_diploma_certificate,
     "DUO diploma set like a certificate, double frame, holder's name in large italic")
_reg("duo-ontheffing-rijkshuisstijl-besluitkader", "civic-integration", PART, "nl", duo_ontheffing_rijk,
     "DUO exemption decision in the central government's letter style, decision box, objection box")
_reg("duo-uitslag-mail-uitslag-staat-klaar", "civic-integration", PART, "nl", duo_uitslag_mail,
     "e-mail 'Uw uitslag staat klaar' printed with the results as Gehaald / Niet gehaald")


# =========================================================================== other

def cover_letter_nen(c: Case, rng: random.Random, *, enclosures: list[str] | None = None, **_) -> list[Sheet]:
    """A Dutch lawyer's cover letter in the NEN 1026 layout: the firm's name at the top right, the address in the
    window, then a column of small captions at the left ('Datum', 'Ons kenmerk', 'Betreft', 'V-nummer') with the
    values beside them, the letter, the enclosures as a bulleted list after 'Bijlagen:'."""
    lw = c.lawyer or LAWYERS[0]
    sh = c.new_sheet()
    W = c.page_w
    f = "serif4"
    T(sh, W - 20, 14, lw["firm"], font=f, size=12, bold=True, align="right")
    T(sh, W - 20, 20, f"{lw['street']} · {lw['pc']} {lw['city']}", font=f, size=8, align="right", color=GREY)
    y = 48
    for ln in IND_ADDRESSES[rng.randrange(len(IND_ADDRESSES))].split("\n"):
        T(sh, 24, y, ln, font=f, size=10.5)
        y += 5
    y = 84
    for a, b in (("Datum", d_nl(c.sub - dt.timedelta(days=rng.randint(0, 3)))),
                 ("Ons kenmerk", f"{c.sub.year}.{seed_of('ken', c.rng_seed) % 9000 + 1000}"),
                 ("Betreft", f"{c.p.given_names} {c.p.surname}"), ("V-nummer", c.vnr)):
        T(sh, 24, y, a, font="sans4", size=7.5, color=GREY)
        T(sh, 60, y - 0.5, b, font=f, size=10.5)
        y += 6
    y += 6
    paras = ["Geachte heer, mevrouw,", f"Namens cliënt(e) dien ik de aanvraag {PROC_NL[c.procedure]} in. "
             f"De stukken vindt u hieronder vermeld."]
    if c.procedure == "ind-medical-treatment" and c.art64_end:
        paras.append(f"Cliënt(e) had uitstel van vertrek op grond van artikel 64 Vreemdelingenwet tot en met "
                     f"{d_nl(c.art64_end)}.")
    if c.no_passport:
        paras.append("Cliënt(e) beschikt niet over een geldig paspoort en verzoekt om vrijstelling van het "
                     "paspoortvereiste. " + " ".join(EXEMPTION_TEXT[i] for i in c.exemption_shown))
    if c.suriname_visa:
        paras.append("Cliënt(e) heeft de Surinaamse nationaliteit en kwam naar Nederland met een mvv voor medische "
                     "behandeling; de behandeling loopt nog en de kosten zijn gedekt.")
    for para in paras:
        y = P(sh, 24, y, W - 48, para, font=f, size=10.5, leading=1.45) + 3
    y += 3
    T(sh, 24, y, "Hoogachtend,", font=f, size=10.5)
    sh.signature(24, y + 4, 42, 13, rng, color=BLUE_INK)
    T(sh, 24, y + 19, c.lawyer_name or f"mr. {lw.get('last', '')}", font=f, size=10.5)
    y += 30
    if enclosures:
        T(sh, 24, y, "Bijlagen:", font=f, size=10, bold=True)
        for e in enclosures:
            y += 5.2
            T(sh, 28, y, f"– {e}", font=f, size=10)
    return [c.intr(sh)]


def _rijk_head(sh: Sheet, c: Case, refs: list[tuple[str, str]]) -> None:
    W = c.page_w
    sh.rect(W / 2 - 5, 0, 10, 22, width_mm=0, fill=RIJK)
    T(sh, W / 2 + 8, 12, "Immigratie- en", font="sans4", size=9, color=RIJK)
    T(sh, W / 2 + 8, 16, "Naturalisatiedienst", font="sans4", size=9, color=RIJK)
    T(sh, 20, 48, f"{c.p.given_names} {c.p.surname}", font="sans4", size=10)
    for k, (a, b) in enumerate(refs):
        T(sh, 150, 44 + k * 9, a, font="sans4", size=7, bold=True)
        T(sh, 150, 47.5 + k * 9, b, font="sans4", size=8)


def art64_decision_rijk(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The IND's decision on deferral of departure (art. 64) in the central government's letter style: the ribbon
    with the word mark, the references (date, V-nummer) in the narrow right column, the decision and the period in
    bold, the reason in a paragraph."""
    end = c.art64_end or (c.since - dt.timedelta(days=1) if c.since else c.sub + dt.timedelta(days=10))
    start = add_years(end, -1) + dt.timedelta(days=1)
    sh = c.new_sheet()
    W = c.page_w
    _rijk_head(sh, c, [("Datum", d_nl(start - dt.timedelta(days=rng.randint(5, 20)), "dashes_zero")),
                       ("V-nummer", c.vnr), ("Onderwerp", "uitstel van vertrek")])
    T(sh, 20, 82, "Besluit uitstel van vertrek (artikel 64 Vreemdelingenwet)", font="sans4", size=11, bold=True)
    y = P(sh, 20, 92, 120, f"U krijgt uitstel van vertrek van {d_nl(start)} tot en met {d_nl(end)}.", font="sans4",
          size=10.5, leading=1.5) + 4
    P(sh, 20, y, 120, "Het Bureau Medische Advisering (BMA) heeft geadviseerd dat u op dit moment om medische "
      "redenen niet kunt reizen. Daarom hoeft u Nederland in deze periode niet te verlaten.", font="sans4", size=10.5,
      leading=1.5)
    return [c.intr(sh)]


def permit_letter_rijk(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The IND's decision granting the permit in the central government's letter style, the start date in bold."""
    sh = c.new_sheet()
    since = c.since or (c.sub - dt.timedelta(days=400))
    _rijk_head(sh, c, [("Datum", d_nl(since - dt.timedelta(days=rng.randint(10, 40)), "dashes_zero")),
                       ("V-nummer", c.vnr), ("Onderwerp", "beslissing op uw aanvraag")])
    T(sh, 20, 82, "Uw aanvraag is ingewilligd", font="sans4", size=11, bold=True)
    P(sh, 20, 92, 120, f"U krijgt een verblijfsvergunning regulier voor bepaalde tijd. De vergunning gaat in op "
      f"{d_nl(since)}. U kunt uw verblijfsdocument ophalen op het IND-loket nadat u een afspraak heeft gemaakt.",
      font="sans4", size=10.5, leading=1.5)
    return [c.intr(sh)]


def mvv_spread(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The MVV visa sticker on a visa page of the Surinamese passport, copied as the booklet's spread (the facing
    page with an entry stamp above, the sticker's page below)."""
    sh = c.new_sheet()
    x0, y0, pw, ph = 42, 20, 125, 88
    sh.rect(x0, y0, pw, ph, width_mm=0.2, color=(150, 150, 150), fill=(238, 236, 228))
    sh.stamp(x0 + 40, y0 + 20, ["SCHIPHOL", "ENTRY", d_nl(c.sub - dt.timedelta(days=rng.randint(140, 200)),
                                                           "dashes_zero")], rng, shape="rect", size_mm=26,
             color=(40, 90, 60))
    y1 = y0 + ph + 0.5
    sh.rect(x0, y1, pw, ph, width_mm=0.2, color=(150, 150, 150), fill=(238, 236, 228))
    sh.rect(x0 + 4, y1 + 4, pw - 8, ph - 8, width_mm=0, fill=(230, 228, 244))
    T(sh, x0 + 8, y1 + 6, "VISUM · NEDERLAND · D · MVV", font="sans4", size=8.5, bold=True)
    start = c.sub - dt.timedelta(days=rng.randint(150, 200))
    end = start + dt.timedelta(days=180)
    pno = c.passport_no or f"S{rng.randint(1000000, 9999999)}"
    for k, (a, b) in enumerate([("GELDIG VOOR", "SCHENGENSTATEN"), ("VAN", start.strftime("%d-%m-%Y")),
                                ("TOT", end.strftime("%d-%m-%Y")), ("PASPOORTNR", pno),
                                ("NAAM", f"{c.p.surname.upper()}, {c.p.given_names.upper()}"),
                                ("OPMERKINGEN", "MEDISCHE BEHANDELING")]):
        T(sh, x0 + 8, y1 + 13 + k * 8, a, font="sans4", size=5.5, color=GREY)
        T(sh, x0 + 38, y1 + 13 + k * 8, b, font="sans4", size=8.5)
    line1 = ("V<NLD" + _mrz_name(c.p, 39))[:44]
    birth = c.p.birth_date.strftime("%y%m%d")
    exp = end.strftime("%y%m%d")
    pn = (pno + "<" * 9)[:9]
    line2 = f"{pn}{_mrz_check(pn)}SUR{birth}{_mrz_check(birth)}{c.p.sex}{exp}{_mrz_check(exp)}" + "<" * 16
    T(sh, x0 + 3, y1 + ph - 12, line1, font="ocrb", size=8)
    T(sh, x0 + 3, y1 + ph - 7, line2[:44], font="ocrb", size=8)
    return [sh]


_reg("cover-letter-nen1026-kenmerkkolom-bijlagenlijst", "other", PART, "nl", cover_letter_nen,
     "Dutch lawyer's cover letter in the NEN 1026 layout, reference captions in a left column, enclosures listed")
_reg("art64-decision-rijkshuisstijl-lint", "other", PART, "nl", art64_decision_rijk,
     "IND art. 64 decision in the central government's letter style, references in the right column")
_reg("permit-letter-rijkshuisstijl-lint", "other", PART, "nl", permit_letter_rijk,
     "IND decision granting the permit, central government's letter style")
_reg("mvv-sticker-sur-boekje-spread-inreisstempel", "other", PART, "nl", mvv_spread,
     "MVV sticker page copied as the booklet's spread with an entry stamp on the facing page")
