"""IND families of the `fourth` part (registered in ind.FAMILIES).

Written after dev, heldout and fresh had been read, by a writer who did not see the validator: the IND forms
in their older comb-field print (one character per box, boxes ticked by hand), a hospitality payslip in ruled
cells, an HR department's employer statement signed electronically, a guarantor's letter with a notary's
legalisation of the signature, an outpatient summary with an electronic signature line, a German Arztbrief
from the Aachen border clinic, an English consultant's letter, a dialysis centre's statement in a box, a
printed planning e-mail, a polisblad with the insurance card printed on it, an incoming-insurance certificate,
an American insurer's certificate, DUO letters of 2022-2023 and a print of the Mijn Inburgering page, a
cover letter with a reference block on the right, IND decisions and the MVV page.  Every maker draws on
``c.new_sheet()`` (so a planted US-Letter page is honoured) and marks pages that print the V-number
themselves with ``c.intr``.
"""
from __future__ import annotations

import random

from .fourth_identity import punch_holes, ref_block
from .ind import (
    BLACK_INK,
    BLUE_INK,
    DARK,
    GREY,
    IND_ADDRESSES,
    LAWYERS,
    PROC_NL,
    ROUTES_7027,
    STAMP_BLUE,
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
    hand_font,
    nat_nl,
    pay_calc,
    seed_of,
)
from .paper import Sheet
from .people import make_professional

PART = "fourth"
IND_GREEN = (0, 96, 80)


def _ins(c: Case) -> str:
    return c.__dict__.get("_ins_name") or (c.insurer_intl or {}).get("name") or "Meridian Expat Health S.A."


def _esign(sh: Sheet, x: float, y: float, who: str, when: dt.datetime, *, font: str = "sans") -> None:
    """The block a PDF signing service stamps where the signature goes."""
    sh.rect(x, y, 78, 15, width_mm=0.25, color=(90, 120, 160))
    T(sh, x + 2, y + 1.5, f"Digitaal ondertekend door {who}", font=font, size=7.5)
    T(sh, x + 2, y + 5.5, f"Datum: {when:%Y.%m.%d %H:%M:%S} +01'00'", font=font, size=7.5)
    T(sh, x + 2, y + 9.5, "Reden: akkoord · Locatie: Nederland", font=font, size=7, color=GREY)


# =========================================================================== comb-field application forms

class _Comb:
    """The IND forms in their comb-field print: one character per box, labels above, a V-number comb in every
    page header; answers typed in capitals or written by hand, boxes ticked with a cross."""

    def __init__(self, c: Case, rng: random.Random, title: str, code: str):
        self.c, self.rng, self.title, self.code = c, rng, title, code
        self.hand = c.fill == "hand"
        self.hf = c.__dict__.setdefault("_hand", hand_font(random.Random(c.rng_seed), caps=True))
        self.ink = rng.choice([BLUE_INK, BLACK_INK])
        self.sheets: list[Sheet] = []
        self.page()

    def page(self):
        c = self.c
        sh = c.new_sheet()
        W = c.page_w
        sh.rect(14, 8, 6, 16, width_mm=0, fill=IND_GREEN)
        T(sh, 23, 9, "IND", font="sans3", size=13, bold=True, color=IND_GREEN)
        T(sh, 23, 15.5, "Immigratie- en Naturalisatiedienst", font="sans3", size=7.5)
        T(sh, W - 90, 9, "V-nummer", font="sans3", size=7, color=GREY)
        self.comb(sh, W - 90, 12.5, c.vnr, 10, cw=5.2)
        if not self.sheets:
            T(sh, 14, 32, self.title, font="sans3", size=13.5, bold=True)
            self.y = 44
        else:
            self.y = 30
        self.sheets.append(c.intr(sh))
        self.sh = sh

    def comb(self, sh, x, y, s, n, cw=4.6, h=6.2):
        s = (s or "").upper()[:n]
        for i in range(n):
            sh.rect(x + i * cw, y, cw, h, width_mm=0.2, color=(80, 80, 80))
            if i < len(s) and s[i] != " ":
                if self.hand:
                    sh.handwriting(x + i * cw + 0.7, y + 0.1, s[i], self.rng, size_pt=11, color=self.ink, font=self.hf,
                                   jitter=0.6)
                else:
                    T(sh, x + i * cw + cw / 2, y + 1.3, s[i], font="mono", size=9.5, align="center")

    def sec(self, num, title):
        if self.y > self.c.page_h - 45:
            self.page()
        self.sh.rect(14, self.y, 7, 7, width_mm=0, fill=IND_GREEN)
        T(self.sh, 17.5, self.y + 1.2, num, font="sans3", size=9, bold=True, color=(255, 255, 255), align="center")
        T(self.sh, 24, self.y + 1.2, title, font="sans3", size=10.5, bold=True)
        self.y += 11

    def f(self, label, val, n=34):
        """Label above a comb; long answers continue on a second comb."""
        if self.y > self.c.page_h - 30:
            self.page()
        T(self.sh, 24, self.y, label, font="sans3", size=7.8, color=DARK)
        v = (val or "").upper()
        self.comb(self.sh, 24, self.y + 3.5, v, n)
        self.y += 11.5
        if len(v) > n:
            self.comb(self.sh, 24, self.y - 1.5, v[n:], n)
            self.y += 8

    def dt_(self, label, d):
        self.f(label, d.strftime("%d %m %Y") if d else "", n=10)

    def tick(self, label, options, chosen):
        if self.y > self.c.page_h - 30:
            self.page()
        T(self.sh, 24, self.y, label, font="sans3", size=7.8, color=DARK)
        self.y += 4.5
        for k, o in enumerate(options):
            self.sh.checkbox(26, self.y, 3.6, checked=k in chosen, rng=self.rng if self.hand else None, ink=self.ink)
            T(self.sh, 32, self.y + 0.2, o, font="sans3", size=8.5)
            self.y += 5.6
        self.y += 2

    def sign(self, num):
        c = self.c
        if self.y > c.page_h - 70:
            self.page()
        self.sec(num, "Ondertekening")
        P(self.sh, 24, self.y, c.page_w - 48, "Ik verklaar dit formulier volledig en naar waarheid te hebben ingevuld.",
          font="sans3", size=8.5)
        self.y += 8
        self.f("Plaats", c.p.address.city if c.p.address else "", n=24)
        self.dt_("Datum", c.sub - dt.timedelta(days=self.rng.randint(1, 6)))
        T(self.sh, 24, self.y, "Handtekening", font="sans3", size=7.8, color=DARK)
        self.sh.rect(24, self.y + 3.5, 80, 24, width_mm=0.3)
        self.sh.signature(24 + self.rng.uniform(4, 22), self.y + self.rng.uniform(4, 9), 46, 14, self.rng,
                          color=self.ink)
        self.y += 32

    def done(self) -> list[Sheet]:
        n = len(self.sheets)
        for i, sh in enumerate(self.sheets, 1):
            T(sh, 14, self.c.page_h - 12, self.code, font="sans3", size=6.8, color=GREY)
            T(sh, self.c.page_w - 14, self.c.page_h - 12, f"{i}/{n}", font="sans3", size=6.8, color=GREY, align="right")
        return self.sheets


def _comb_person(f: _Comb, c: Case) -> None:
    p = c.p
    f.sec("1", "Persoonsgegevens")
    f.f("Achternaam", p.surname)
    f.f("Voornamen", p.given_names)
    f.dt_("Geboortedatum (dd mm jjjj)", p.birth_date)
    f.f("Geboorteplaats", p.birth_place, n=24)
    f.f("Geboorteland", country_nl(p), n=24)
    f.f("Nationaliteit", nat_nl(p), n=24)
    f.tick("Geslacht", ["man", "vrouw"], {0 if p.sex == "M" else 1})
    if p.address:
        f.f("Straat en huisnummer", f"{p.address.street} {p.address.number}")
        f.f("Postcode en plaats", f"{p.address.postcode} {p.address.city}")
    if c.lawyer:
        f.sec("2", "Gemachtigde")
        f.f("Naam", c.lawyer_name)
        f.f("Kantoor", c.lawyer["firm"])


def form_med_comb(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _Comb(c, rng, "Aanvraag verblijfsvergunning voor medische behandeling", "M35-MB  Aanvraagformulier – 2023/05")
    _comb_person(f, c)
    f.sec("3", "Behandeling")
    f.f("Naam zorginstelling", c.hospital.get("name", ""))
    f.f("Plaats", c.hospital.get("city", ""), n=24)
    f.f("Behandeling", c.med.get("tx_short", ""))
    f.tick("Hebt u na 1 jaar uitstel van vertrek (art. 64 Vw) deze aanvraag ingediend?", ["nee", "ja"],
           {1 if c.art64_end else 0})
    if c.art64_end:
        f.dt_("Laatste dag van het uitstel van vertrek", c.art64_end)
    if not c.art64_end:
        f.tick("Betaling van verblijf en behandeling", ["door mijzelf", "door een garantsteller (zie bijlage)"],
               {1 if c.payer else 0})
    f.tick("Paspoort", ["kopie van mijn geldig paspoort is bijgevoegd", "ik heb geen paspoort (zie brief advocaat)"],
           {1 if c.no_passport else 0})
    f.tick("Surinaamse nationaliteit en visum voor medische behandeling", ["nee", "ja"], {1 if c.suriname_visa else 0})
    f.sign("4")
    return f.done()


def form_7027_comb(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _Comb(c, rng, "Aanvraag humanitair niet tijdelijk – voortgezet verblijf", "7027  Aanvraagformulier – 2023/01")
    _comb_person(f, c)
    f.sec("3", "Huidige verblijfsvergunning")
    keys = [k for k, _ in ROUTES_7027]
    f.tick("Verblijfsdoel van uw huidige vergunning", [t for _, t in ROUTES_7027],
           {keys.index(c.route)} if c.route in keys else set())
    f.dt_("Ingangsdatum (dd mm jjjj)", c.since)
    if c.route == "relationship":
        f.tick("Inburgering", ["diploma behaald", "ontheffing of vrijstelling", "nog niet"],
               {0} if c.inburgering in ("diploma", "results") else ({1} if c.inburgering == "exemption" else {2}))
    if c.route and c.route.startswith("medical"):
        f.tick("Behandeling nog ten minste 1 jaar nodig", ["ja, zie verklaring behandelend arts", "nee"], {0})
    f.sign("4")
    return f.done()


def form_generic_comb(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _Comb(c, rng, "Aanvraag verlenging verblijfsvergunning regulier", "V-REG  Aanvraagformulier – 2023/03")
    _comb_person(f, c)
    f.sec("3", "Verlenging")
    f.f("Huidig verblijfsdoel", random.Random(c.rng_seed).choice(["verblijf bij partner", "arbeid in loondienst",
                                                                  "familie- of gezinslid"]))
    f.tick("Zijn uw omstandigheden gewijzigd?", ["nee", "ja"], {0})
    f.sign("4")
    return f.done()


_reg("ind-form-med-2023-comb", "application", PART, "nl", form_med_comb,
     "medical-treatment form, comb fields (one character per box), green numbered sections, V-number comb on top")
_reg("ind-form-7027-2023-comb", "application", PART, "nl", form_7027_comb, "form 7027 in comb-field print")
_reg("ind-form-generic-2023-comb", "application", PART, "nl", form_generic_comb, "extension form in comb-field print")


# =========================================================================== income

def payslip_horeca(c: Case, rng: random.Random, month: int = 11, **_) -> list[Sheet]:
    """Payslip of a hospitality employer printed from its payroll package: every figure in a ruled cell."""
    e, w = _emp(c, rng), earner(c)
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    sh = c.new_sheet()
    W = c.page_w
    f = "sans2"
    T(sh, 16, 14, e["name"], font=f, size=12, bold=True)
    T(sh, 16, 20, f"{e['street']}, {e['pc']} {e['city']} · loonheffingennr. {e['lhn']}", font=f, size=8, color=GREY)
    T(sh, W - 16, 14, f"SALARISSTROOK {month:02d}-2026", font=f, size=11, bold=True, align="right")
    grid = [("Naam", f"{w.surname}, {w.given_names}"), ("Personeelsnr.", e["pnr"]), ("BSN", e["bsn"]),
            ("Functie", e["func_now"]), ("Datum in dienst", d_nl(e["start"], "dashes_zero")),
            ("Parttime %", "100,00"), ("Loontabel", "wit, maand"), ("Bankrekening", e["iban"])]
    y = 30
    for i, (a, b) in enumerate(grid):
        x = 16 + (i % 2) * ((W - 32) / 2)
        cw = (W - 32) / 2
        sh.rect(x, y, cw, 7, width_mm=0.2)
        T(sh, x + 1.5, y + 1.6, a, font=f, size=8, color=GREY)
        T(sh, x + 32, y + 1.4, b, font=f, size=9)
        if i % 2:
            y += 7
    y += 6
    cols = [("Code", 16, 16), ("Omschrijving", 32, 70), ("Eenheden", 102, 26), ("Bedrag", 128, W - 144)]
    for t, x, cw in cols:
        sh.rect(x, y, cw, 7, width_mm=0.2, fill=(228, 228, 228))
        T(sh, x + 1.5, y + 1.5, t, font=f, size=8.5, bold=True)
    y += 7
    rows = [("1000", "Salaris", "165,00 u", k["bruto"]), ("4120", f"Pensioen {e.get('pension', '')}", "", -k["pens"]),
            ("5000", "Loonheffing", "", -k["lh"]), ("6200", "Reiskosten woon-werk", "", k["reis"]),
            ("9999", "Netto uit te betalen", "", k["net"])]
    for code, t, u, v in rows:
        for (_, x, cw), val in zip(cols, (code, t, u, eur(v, False))):
            sh.rect(x, y, cw, 7, width_mm=0.2)
            T(sh, x + 1.5, y + 1.5, val, font=f, size=9, bold=code == "9999")
        y += 7
    T(sh, 16, y + 6, f"Cumulatief fiscaal loon t/m periode {month}: {eur(k['base'] * month)}", font=f, size=8.5,
      color=DARK)
    return [sh]


def employer_hr_esigned(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An HR department's employer statement as a PDF signed through a signing service."""
    e, w = _emp(c, rng), earner(c)
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    g, s, _ = make_professional(random.Random(seed_of("hr", c.rng_seed)), "NL")
    sh = c.new_sheet()
    W = c.page_w
    f = "sans6"
    T(sh, W - 18, 14, e["name"], font=f, size=11, bold=True, align="right")
    T(sh, W - 18, 19.5, "Afdeling HR & Salarisadministratie", font=f, size=8.5, align="right", color=GREY)
    T(sh, 20, 44, "Werkgeversverklaring", font=f, size=15, bold=True)
    T(sh, 20, 52, f"Datum: {d_nl(c.sub - dt.timedelta(days=rng.randint(5, 30)), 'dashes_zero')}", font=f, size=9.5)
    txt = (f"Hierbij verklaren wij dat {w.given_names} {w.surname}, geboren op {d_nl(w.birth_date, 'dashes_zero')}, "
           f"sinds {d_nl(e['start'])} bij ons in dienst is als {e['func_now'].lower()}, op basis van een "
           f"arbeidsovereenkomst voor onbepaalde tijd, 38 uur per week. Het bruto maandsalaris bedraagt "
           f"{eur(k['bruto'])} exclusief 8% vakantietoeslag. Er is geen proeftijd van toepassing en de "
           f"dienstbetrekking is niet opgezegd.")
    y = P(sh, 20, 64, W - 40, txt, font=f, size=10.5, leading=1.5) + 6
    y = P(sh, 20, y, W - 40, "Deze verklaring is naar waarheid opgesteld en wordt afgegeven ten behoeve van een "
          "aanvraag bij de Immigratie- en Naturalisatiedienst.", font=f, size=10.5, leading=1.5) + 10
    T(sh, 20, y, "Met vriendelijke groet,", font=f, size=10.5)
    T(sh, 20, y + 6, f"{g} {s}, HR-adviseur", font=f, size=10.5)
    _esign(sh, 20, y + 14, f"{g} {s}", dt.datetime(c.sub.year, c.sub.month, 1) - dt.timedelta(
        days=rng.randint(6, 28), minutes=rng.randint(0, 900)), font=f)
    return [sh]


def guarantor_legalised(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The guarantor's typed declaration with the municipality's legalisation of the signature stamped below."""
    g = c.payer or c.p
    e = _emp(c, random.Random(c.rng_seed))
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    sh = c.new_sheet()
    W = c.page_w
    f = "serif6"
    for i, ln in enumerate([f"{g.given_names} {g.surname}", f"{g.address.street} {g.address.number}" if g.address
                            else "", f"{g.address.postcode} {g.address.city}" if g.address else ""]):
        T(sh, 20, 16 + i * 5, ln, font=f, size=10)
    y = 44
    for ln in IND_ADDRESSES[rng.randrange(len(IND_ADDRESSES))].split("\n"):
        T(sh, 20, y, ln, font=f, size=10)
        y += 5
    T(sh, 20, y + 8, "Betreft: garantverklaring", font=f, size=11, bold=True)
    txt = (f"Ondergetekende, {g.given_names} {g.surname}, geboren op {d_nl(g.birth_date, 'dashes_zero')}, "
           f"{c.payer_relation or 'familielid'} van {c.p.given_names} {c.p.surname} (geboren "
           f"{d_nl(c.p.birth_date, 'dashes_zero')}), verklaart garant te staan voor alle kosten van diens verblijf en "
           f"medische behandeling in Nederland. Ik ben in vaste dienst bij {e['name']} met een netto maandinkomen van "
           f"{eur(k['net'])}. Loonstroken van de laatste drie maanden stuur ik mee.")
    y = P(sh, 20, y + 18, W - 40, txt, font=f, size=10.5, leading=1.5) + 10
    T(sh, 20, y, f"{g.address.city if g.address else ''}, {d_nl(c.sub - dt.timedelta(days=rng.randint(8, 30)))}",
      font=f, size=10)
    sh.signature(20, y + 5, 44, 14, rng, color=BLUE_INK)
    sh.rect(105, y + 2, 85, 36, width_mm=0.4, color=(60, 60, 120))
    P(sh, 108, y + 4, 79, f"Gezien voor legalisatie van de handtekening van {g.given_names} {g.surname}. De "
      f"burgemeester van {g.address.city if g.address else 'de gemeente'}, namens deze:", font="sans", size=7.5)
    sh.stamp(130, y + 16, [f"GEMEENTE {(g.address.city if g.address else '').upper()}", "BURGERZAKEN",
                           "LEGALISATIE"], rng, size_mm=22, color=STAMP_BLUE)
    return [sh]


_reg("payslip-nl-horeca-cells", "income-proof", PART, "nl", payslip_horeca,
     "payslip printed from a payroll package, every figure in a ruled cell, code column")
_reg("guarantor-letter-legalised", "income-proof", PART, "nl", guarantor_legalised,
     "guarantor's typed letter with the municipality's legalisation box and stamp")
_reg("employer-hr-esigned-nl", "income-proof", PART, "nl", employer_hr_esigned,
     "HR employer statement, letterhead right, electronic signature block")


# =========================================================================== medical statements

def medstat_poli_esigned(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """Outpatient summary printed from the hospital system: headings with a rule under each, an electronic
    signature line instead of ink."""
    m, h = c.med, c.hospital
    g, s, _ = make_professional(random.Random(seed_of("poli", c.rng_seed)), "NL")
    sh = c.new_sheet()
    W = c.page_w
    f = "sans4"
    T(sh, 20, 12, h["name"], font=f, size=12, bold=True, color=h.get("color", (0, 80, 120)))
    T(sh, 20, 18, f"Polikliniek {m['spec']}", font=f, size=8.5)
    T(sh, W - 20, 12, "POLIKLINISCHE SAMENVATTING", font=f, size=9, bold=True, align="right")
    T(sh, W - 20, 18, f"Patiëntnr. {seed_of('pnr', c.rng_seed) % 9000000 + 1000000}", font=f, size=8.5, align="right")
    T(sh, 20, 32, f"{c.p.surname}, {c.p.given_names} · {d_nl(c.p.birth_date, 'dashes_zero')}", font=f, size=10,
      bold=True)
    y = 44
    for head, txt in (("Diagnose", m["dx"]), ("Behandeling", m["tx"]),
                      ("Beloop en prognose", f"{m['stop']} {duration_phrase(c.duration, _treat_start(c), 'nl')}"),
                      ("Beschikbaarheid elders", _not_available(c))):
        T(sh, 20, y, head, font=f, size=10, bold=True)
        sh.rule(20, y + 5, W - 20, y + 5, width_mm=0.2, color=(160, 160, 160))
        y = P(sh, 20, y + 7, W - 40, txt, font=f, size=10) + 5
    T(sh, 20, y + 2, f"In behandeling sinds {d_nl(_treat_start(c))}.", font=f, size=10)
    who = f"dr. {g[0]}. {s}, {m['doc_title']}"
    T(sh, 20, y + 12, who, font=f, size=10)
    T(sh, 20, y + 17, f"Elektronisch geautoriseerd op {d_nl(c.sub - dt.timedelta(days=rng.randint(7, 40)), 'dashes_zero')}"
      f" – geen handtekening vereist", font=f, size=8, color=GREY)
    return [sh]


# the diagnoses and treatments of ind.MED_CASES as a German clinic words them
_DE = {"ckd": ("terminale Niereninsuffizienz (CKD G5) bei diabetischer Nephropathie",
               "chronische Hämodialyse dreimal wöchentlich à vier Stunden bis zur Nierentransplantation"),
       "hiv": ("HIV-Infektion mit Resistenz gegen Erstlinienpräparate",
               "antiretrovirale Kombinationstherapie (Dolutegravir/Darunavir/Ritonavir), Kontrollen alle drei Monate"),
       "myeloma": ("Multiples Myelom (ISS-Stadium II)",
                   "Induktionschemotherapie, autologe Stammzelltransplantation, Erhaltung mit Lenalidomid"),
       "thal": ("Beta-Thalassämie major", "Transfusionen alle drei Wochen und Eisenchelation mit Deferasirox"),
       "gaucher": ("Morbus Gaucher Typ 1", "Enzymersatztherapie (Imiglucerase) alle zwei Wochen intravenös"),
       "ktx": ("Zustand nach Nierentransplantation (2024)",
               "Immunsuppression (Tacrolimus, Mycophenolat, Prednison) mit monatlichen Spiegelkontrollen"),
       "epilepsy": ("pharmakoresistente Temporallappenepilepsie",
                    "Vagusnervstimulation und Einstellung der Antiepileptika, Prüfung eines epilepsiechirurgischen "
                    "Eingriffs"),
       "breast": ("Mammakarzinom links, Zustand nach brusterhaltender Operation",
                  "adjuvante Strahlentherapie in 16 Fraktionen und Nachsorge"),
       "hip": ("komplizierte Azetabulumfraktur rechts", "Revisionsoperation der Hüfte und stationäre Rehabilitation")}
_DE_DURATION = {"lifelong": "Die Behandlung ist lebenslang erforderlich.",
                "years2": "Die Behandlung ist voraussichtlich noch mindestens zwei Jahre erforderlich.",
                "years3": "Die voraussichtliche Behandlungsdauer beträgt mindestens drei Jahre ab heute.",
                "indefinite": "Die Behandlung ist auf unbestimmte Zeit, jedenfalls deutlich länger als ein Jahr, "
                              "erforderlich.",
                "months18": "Die Behandlung wird voraussichtlich noch mindestens 18 Monate andauern.",
                "short": "Die Behandlung wird voraussichtlich in etwa vier Monaten abgeschlossen sein; danach ist "
                         "keine weitere fachärztliche Behandlung erforderlich."}


def medstat_aachen_de(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """German letter of the treating clinic across the border (patients in South Limburg are treated in Aachen)."""
    m = c.med
    g, s, _ = make_professional(random.Random(seed_of("de", c.rng_seed)), "DE")
    sh = c.new_sheet()
    W = c.page_w
    f = "serif4"
    T(sh, W - 20, 12, "Uniklinik RWTH Aachen", font=f, size=12, bold=True, align="right")
    T(sh, W - 20, 18, "Medizinische Klinik – Ambulanz", font=f, size=8.5, align="right")
    T(sh, W - 20, 23, "Pauwelsstraße 30 · 52074 Aachen", font=f, size=8, align="right", color=GREY)
    T(sh, 20, 40, "Ärztliche Bescheinigung", font=f, size=14, bold=True)
    T(sh, 20, 48, f"Patient{'in' if c.p.sex == 'F' else ''}: {c.p.surname}, {c.p.given_names}, "
                  f"geb. {c.p.birth_date.day}.{c.p.birth_date.month}.{c.p.birth_date.year}", font=f, size=10)
    dx, tx = _DE[m["key"]]
    txt = [f"Die Patient{'in' if c.p.sex == 'F' else ''} befindet sich seit {_treat_start(c).month}/"
           f"{_treat_start(c).year} in unserer Behandlung.", f"Diagnose: {dx}.", f"Therapie: {tx}.",
           _DE_DURATION[c.duration], "Ein Abbruch der Behandlung wäre mit erheblichen gesundheitlichen "
           "Gefahren verbunden; eine gleichwertige Behandlung im Herkunftsland ist nach unserer Kenntnis nicht "
           "zugänglich."]
    y = 60
    for t in txt:
        y = P(sh, 20, y, W - 40, t, font=f, size=10.5) + 3
    T(sh, 20, y + 6, f"Aachen, den {(c.sub - dt.timedelta(days=rng.randint(8, 40))):%d.%m.%Y}", font=f, size=10)
    sh.signature(20, y + 11, 40, 13, rng)
    T(sh, 20, y + 26, f"Dr. med. {g} {s}, Oberarzt", font=f, size=10)
    sh.stamp(100, y + 8, ["UNIKLINIK RWTH AACHEN", "AMBULANZ", "AACHEN"], rng, size_mm=28, color=STAMP_BLUE)
    return [sh]


def medstat_consultant_en(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An English letter of a consultant trained in the UK ('Yours sincerely', British spelling), ref block right."""
    m, h = c.med, c.hospital
    g, s, _ = make_professional(random.Random(seed_of("uk", c.rng_seed)), "NL")
    sh = c.new_sheet()
    W = c.page_w
    f = "serif"
    T(sh, 20, 14, h["name"], font=f, size=12, bold=True)
    T(sh, 20, 20, f"Department of {m['spec_en']} · {h['street']}, {h['pc']} {h['city']}", font=f, size=8.5, color=GREY)
    ref_block(sh, 130, 156, 34, [("Our ref.", f"{m['key'].upper()}/{rng.randint(100, 999)}"),
                                ("Date", d_en(c.sub - dt.timedelta(days=rng.randint(6, 35)))),
                                ("Hospital no.", str(seed_of("hn", c.rng_seed) % 9000000 + 1000000))], font=f, size=9)
    T(sh, 20, 58, "To whom it may concern", font=f, size=10.5)
    T(sh, 20, 66, f"Re: {c.p.given_names} {c.p.surname.upper()}, DOB {d_en(c.p.birth_date)}", font=f, size=10.5,
      bold=True)
    txt = [f"I am writing to confirm that the above-named has been under my care since {d_en(_treat_start(c))}.",
           f"Diagnosis: {m['dx_en']}.", f"Current treatment: {m['tx_en']}.",
           duration_phrase(c.duration, _treat_start(c), "en"), m["stop_en"], _not_available(c, "en")]
    y = 76
    for t in txt:
        y = P(sh, 20, y, W - 40, t, font=f, size=10.5) + 3
    T(sh, 20, y + 5, "Yours sincerely,", font=f, size=10.5)
    sh.signature(20, y + 10, 40, 13, rng, style="initials", initials=g[0] + s[0].upper())
    T(sh, 20, y + 25, f"Dr {g} {s} MRCP, {m['doc_en']}", font=f, size=10.5)
    return [sh]


_reg("medstat-poli-samenvatting-esigned", "medical-statement", PART, "nl", medstat_poli_esigned,
     "outpatient summary from the hospital system, ruled headings, electronic authorisation instead of ink")
_reg("medstat-aachen-bescheinigung-de", "medical-statement", PART, "de", medstat_aachen_de,
     "German certificate of the Aachen university clinic, letterhead right, stamp beside the signature")
_reg("medstat-consultant-uk-en", "medical-statement", PART, "en", medstat_consultant_en,
     "English consultant's letter, reference block right, 'Yours sincerely', initials signature")


# =========================================================================== care institution

def care_dialysis_box(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A treatment centre's statement: the whole declaration typed inside a ruled box, signed below it."""
    h, m = c.hospital, c.med
    start, end = _care_dates(c)
    sh = c.new_sheet()
    W = c.page_w
    f = "sans5"
    T(sh, 20, 14, f"{h['short']} · Behandelcentrum {m['spec']}", font=f, size=11, bold=True)
    T(sh, 20, 20, f"{h['street']} · {h['pc']} {h['city']} · {h['web']}", font=f, size=8, color=GREY)
    T(sh, 20, 40, "Verklaring zorginstelling", font=f, size=14, bold=True)
    txt = (f"{h['name']} verklaart dat {c.p.given_names} {c.p.surname}, geboren {d_nl(c.p.birth_date, 'dashes_zero')}, "
           f"bij ons {m['tx']} ontvangt of zal ontvangen. De behandeling start of loopt sinds {d_nl(start)} en is "
           f"gepland tot ten minste {d_nl(end)}. Wij beschikken over de plaats en de deskundigheid om deze "
           f"behandeling uit te voeren en zijn bereid dat te doen. De kosten worden geraamd op {eur(m['cost'])} per "
           f"jaar.")
    yb = P(sh, 25, 55, W - 50, txt, font=f, size=10.5, leading=1.5)
    sh.rect(20, 50, W - 40, yb - 45, width_mm=0.5)
    y = yb + 12
    T(sh, 20, y, f"{h['city']}, {d_nl(c.sub - dt.timedelta(days=rng.randint(10, 45)))}", font=f, size=10)
    sh.signature(20, y + 5, 42, 13, rng, color=BLACK_INK)
    T(sh, 20, y + 20, "medisch manager", font=f, size=9.5, color=DARK)
    sh.stamp(75, y, [h["short"].upper(), "BEHANDELCENTRUM", h["city"].upper()], rng, shape="oval", size_mm=30,
             color=STAMP_BLUE)
    return [sh]


def care_email_print(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The planning department's e-mail to the lawyer, printed from the mail client with its header block."""
    h, m = c.hospital, c.med
    start, end = _care_dates(c)
    sh = c.new_sheet()
    W = c.page_w
    f = "sans"
    sent = c.sub - dt.timedelta(days=rng.randint(5, 30))
    T(sh, 16, 10, f"Afdrukken – {c.lawyer['firm'] if c.lawyer else 'Outlook'}", font=f, size=7.5, color=GREY)
    rows = [("Van:", f"Zorgplanning {h['short']} <planning@{h['web'].replace('www.', '')}>"),
            ("Verzonden:", f"{['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'][sent.weekday()]}"
                           f" {d_nl(sent)} {rng.randint(8, 17)}:{rng.randint(0, 59):02d}"),
            ("Aan:", (c.lawyer or {}).get("mail", "patient")), ("Onderwerp:", f"RE: bevestiging behandeling {c.p.surname}")]
    y = 20
    for a, b in rows:
        T(sh, 16, y, a, font=f, size=9.5, bold=True)
        T(sh, 42, y, b, font=f, size=9.5)
        y += 5.2
    sh.rule(16, y + 1, W - 16, y + 1, width_mm=0.3)
    txt = ["Geachte mr.,",
           f"In antwoord op uw vraag bevestigen wij dat {c.p.given_names} {c.p.surname} (geb. "
           f"{d_nl(c.p.birth_date, 'dashes_zero')}) bij {h['name']} onder behandeling is of komt voor {m['tx']}.",
           f"Startdatum: {d_nl(start)}. De behandeling is ingepland tot in ieder geval {d_nl(end)}. Wij hebben "
           f"capaciteit om patiënt te behandelen.", f"De jaarlijkse kosten ramen wij op {eur(m['cost'])}.",
           "Met vriendelijke groet,", f"Team Zorgplanning {m['spec']}", h["name"]]
    y += 8
    for t in txt:
        y = P(sh, 16, y, W - 32, t, font=f, size=10) + 2.5
    T(sh, W / 2, c.page_h - 12, "1", font=f, size=8, align="center", color=GREY)
    return [sh]


def care_ggz_refblock(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """Admission confirmation with the reference block on the right and the text in two paragraphs, punched."""
    h, m = c.hospital, c.med
    start, end = _care_dates(c)
    sh = c.new_sheet()
    W = c.page_w
    f = "serif7"
    T(sh, 20, 14, h["name"], font=f, size=12.5, bold=True)
    T(sh, 20, 20, "Bureau Opname", font=f, size=9)
    ref_block(sh, 128, 156, 36, [("Ons kenmerk", f"OP/{rng.randint(10000, 99999)}"),
                                ("Datum", d_nl(c.sub - dt.timedelta(days=rng.randint(10, 40)), "dashes_zero")),
                                ("Behandelaar", m["doc_title"])], font=f, size=8.5)
    T(sh, 20, 62, f"Bevestiging opname en behandeling – {c.p.surname}, {c.p.given_names} "
                  f"({d_nl(c.p.birth_date, 'dashes_zero')})", font=f, size=10.5, bold=True)
    y = P(sh, 20, 72, W - 40, f"Wij bevestigen dat patiënt bij ons terecht kan voor {m['tx']}. De behandeling vangt "
          f"aan of loopt door vanaf {d_nl(start)} en is voorzien tot ten minste {d_nl(end)}.", font=f, size=10.5) + 4
    y = P(sh, 20, y, W - 40, f"Onze instelling heeft de benodigde plaats en expertise. Raming van de kosten: "
          f"{eur(m['cost'])} per jaar.", font=f, size=10.5) + 10
    T(sh, 20, y, "Hoogachtend,", font=f, size=10.5)
    sh.signature(20, y + 5, 40, 13, rng)
    T(sh, 20, y + 20, "hoofd Bureau Opname", font=f, size=10)
    punch_holes(sh)
    return [sh]


_reg("care-verklaring-box-nl", "care-institution-statement", PART, "nl", care_dialysis_box,
     "treatment centre's statement typed inside a ruled box, oval stamp")
_reg("care-planning-email-print", "care-institution-statement", PART, "nl", care_email_print,
     "planning department's e-mail printed from the lawyer's mail client, header block")
_reg("care-opname-kenmerk-nl", "care-institution-statement", PART, "nl", care_ggz_refblock,
     "admission office confirmation, reference block right, punched holes")


# =========================================================================== health insurance

def polisblad_zorgpas(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """Polisblad with the insurance card printed at the top (cut-out line), cover as a bulleted list."""
    ins = c.insurer_nl
    sh = c.new_sheet()
    W = c.page_w
    f = "sans2"
    sh.rect(20, 12, 85.6, 54, width_mm=0.3, color=(150, 150, 150), fill=(245, 248, 250))
    sh.rect(20, 12, 85.6, 12, width_mm=0, fill=ins.get("color", (0, 100, 100)))
    T(sh, 23, 15, ins["short"], font=f, size=12, bold=True, color=(255, 255, 255))
    for k, (a, b) in enumerate([("Naam", f"{c.p.given_names[0]}. {c.p.surname}"),
                                ("Geboortedatum", d_nl(c.p.birth_date, "dashes_zero")),
                                ("Relatienummer", _policy_no(c)), ("UZOVI", ins.get("uzovi", "3300"))]):
        T(sh, 23, 28 + k * 8, a, font=f, size=7, color=GREY)
        T(sh, 23, 31.5 + k * 8, b, font=f, size=9.5, bold=True)
    sh.rule(14, 72, W - 14, 72, width_mm=0.2, dash=1.5, color=(120, 120, 120))
    T(sh, 16, 73, "✂ knip uw zorgpas hier uit", font="sans3", size=7, color=GREY)
    T(sh, 20, 86, "Polisblad zorgverzekering 2026", font=f, size=14, bold=True)
    T(sh, 20, 94, f"{ins['name']} · {ins['post']}", font=f, size=8.5, color=GREY)
    rows = [("Verzekeringnemer", f"{c.p.given_names} {c.p.surname}"), ("Polisnummer", _policy_no(c)),
            ("Ingangsdatum", f"01-01-{c.sub.year}"), ("Adres", f"{c.p.address.street} {c.p.address.number}, "
                                                          f"{c.p.address.postcode} {c.p.address.city}" if c.p.address
                                                          else ""),
            ("Eigen risico", "EUR 385,00 (verplicht)")]
    y = 106
    for a, b in rows:
        T(sh, 20, y, a, font=f, size=10, color=DARK)
        T(sh, 70, y, b, font=f, size=10)
        y += 6.5
    T(sh, 20, y + 6, "U bent verzekerd voor:", font=f, size=10.5, bold=True)
    for k, t in enumerate(["Basisverzekering Zorg Vrij (restitutie)", "medisch-specialistische zorg en "
                           "ziekenhuisopname", "geneesmiddelen volgens het GVS", "Aanvullend Plus (fysiotherapie, "
                           "tandarts)"]):
        T(sh, 24, y + 13 + k * 6, f"• {t}", font=f, size=10)
    return [sh]


def incoming_certificate_bw(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """Incoming-insurance certificate: bilingual heading, cover in a table, the insurer's seal at the foot."""
    name = _ins(c)
    sh = c.new_sheet()
    W = c.page_w
    f = "sans6"
    start = c.sub - dt.timedelta(days=rng.randint(30, 200))
    T(sh, W / 2, 16, name.upper(), font=f, size=12, bold=True, align="center")
    T(sh, W / 2, 23, "Verzekeringscertificaat / Certificate of insurance", font=f, size=10, align="center")
    rows = [("Verzekerde / Insured", f"{c.p.surname.upper()}, {c.p.given_names}"),
            ("Geboren / Born", d_nl(c.p.birth_date, "dashes_zero")), ("Polis / Policy", _policy_no(c, "IC-")),
            ("Ingang / Start", d_nl(start, "dashes_zero")), ("Einde / End", d_nl(add_years(start, 1), "dashes_zero")),
            ("Dekking / Cover", "ziektekosten in Nederland, inclusief bestaande aandoeningen en lopende medische "
                                "behandeling / medical expenses in the Netherlands including pre-existing conditions")]
    y = 38
    for a, b in rows:
        lines = Sheet().wrap(b, 100, font=f, size_pt=9.5)
        h = max(8, len(lines) * 4.5 + 3)
        sh.rect(20, y, 62, h, width_mm=0.2, fill=(240, 240, 240))
        sh.rect(82, y, W - 102, h, width_mm=0.2)
        T(sh, 22, y + 2, a, font=f, size=9)
        for k, ln in enumerate(lines):
            T(sh, 84, y + 2 + k * 4.5, ln, font=f, size=9.5)
        y += h
    T(sh, 20, y + 10, f"Afgegeven te Rotterdam, {d_nl(start)}", font=f, size=9.5)
    sh.stamp(120, y + 6, [name.upper()[:26], "POLISADMINISTRATIE"], rng, shape="rect", size_mm=34, color=STAMP_VIOLET)
    return [sh]


def intl_us_certificate(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An international insurer's certificate of coverage, American style: member ID box, bullet list of
    benefits, 'Authorized signature'."""
    ins = c.insurer_intl or {}
    name = _ins(c)
    sh = c.new_sheet()
    W = c.page_w
    f = "sans"
    sh.rect(0, 0, W, 24, width_mm=0, fill=ins.get("color", (30, 60, 120)))
    T(sh, 16, 7, name, font=f, size=14, bold=True, color=(255, 255, 255))
    T(sh, 16, 15, ins.get("addr", ""), font=f, size=8, color=(255, 255, 255))
    T(sh, 16, 36, "CERTIFICATE OF COVERAGE", font=f, size=15, bold=True)
    sh.rect(W - 86, 32, 70, 22, width_mm=0.4)
    ref_block(sh, W - 84, W - 60, 34, [("Member ID", _policy_no(c, "MBR")), ("Plan", ins.get("plan", "Global Care")),
                                       ("Effective", d_en(c.sub - dt.timedelta(days=rng.randint(40, 200)), "slashes"))],
              font=f, size=8, value_size=9, step=6.5)
    y = 64
    y = P(sh, 16, y, W - 32, f"This is to certify that {c.p.given_names} {c.p.surname}, date of birth "
          f"{d_en(c.p.birth_date)}, is a covered member under the plan shown above, with worldwide cover including "
          f"the Netherlands, for twelve months from the effective date.", font=f, size=10.5) + 6
    T(sh, 16, y, "Covered benefits include:", font=f, size=10.5, bold=True)
    for k, t in enumerate(["Inpatient and outpatient hospital treatment", "Specialist consultations and "
                           "diagnostics", "Prescribed medication, including chronic conditions",
                           "Pre-existing conditions declared at enrolment"]):
        T(sh, 20, y + 7 + k * 6, f"• {t}", font=f, size=10)
    y += 36
    sh.signature(16, y, 40, 12, rng, color=BLACK_INK)
    T(sh, 16, y + 14, "Authorized signature – Member Services", font=f, size=9)
    return [sh]


_reg("polisblad-nl-zorgpas", "health-insurance", PART, "nl", polisblad_zorgpas,
     "polisblad with the insurance card printed on top and a cut line, cover as bullets")
_reg("incoming-certificaat-tabel", "health-insurance", PART, "nl", incoming_certificate_bw,
     "incoming-insurance certificate, bilingual labels in a shaded table, rectangular stamp")
_reg("intl-coverage-us-member", "health-insurance", PART, "en", intl_us_certificate,
     "international insurer's certificate of coverage, colour band, member ID box, bullet list")


# =========================================================================== civic integration

def _duo_top(sh: Sheet, c: Case, title: str) -> None:
    W = c.page_w
    T(sh, 20, 12, "DUO", font="sans4", size=18, bold=True, color=(0, 70, 130))
    T(sh, 20, 20, "Dienst Uitvoering Onderwijs · Inburgering", font="sans4", size=8, color=GREY)
    T(sh, W - 20, 12, title, font="sans4", size=9, align="right", color=GREY)


def duo_diploma_digitaal(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The diploma as downloaded from Mijn Inburgering and printed: QR square, verification code."""
    sh = c.new_sheet()
    W = c.page_w
    d = _inb_date(c, rng)
    _duo_top(sh, c, "Digitaal diploma")
    T(sh, W / 2, 60, "Diploma inburgering", font="sans4", size=22, bold=True, align="center", color=(0, 70, 130))
    T(sh, W / 2, 75, f"{c.p.given_names} {c.p.surname}", font="sans4", size=15, align="center")
    T(sh, W / 2, 84, f"geboren op {d_nl(c.p.birth_date)}", font="sans4", size=11, align="center")
    P(sh, 30, 98, W - 60, f"heeft op {d_nl(d)} voldaan aan de inburgeringsplicht door het behalen van de "
      f"examenonderdelen lezen, luisteren, schrijven en spreken op taalniveau A2, kennis van de Nederlandse "
      f"maatschappij en het participatieverklaringstraject.", font="sans4", size=11, leading=1.5, align="center")
    rr = random.Random(seed_of("qr", c.rng_seed))
    for i in range(11):
        for j in range(11):
            if rr.random() < 0.5 or i in (0, 10) or j in (0, 10):
                sh.rect(W / 2 - 13 + i * 2.4, 150 + j * 2.4, 2.4, 2.4, width_mm=0, fill=(0, 0, 0))
    T(sh, W / 2, 182, f"Controlecode {rr.randint(1000, 9999)}-{rr.randint(1000, 9999)}-{rr.randint(1000, 9999)}",
      font="mono", size=9, align="center")
    T(sh, W / 2, 188, "Controleer dit diploma op duo.nl/diplomacheck", font="sans4", size=8.5, align="center",
      color=GREY)
    return [sh]


def duo_ontheffing_inspanning(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """DUO decision granting exemption after demonstrable effort ('aantoonbare inspanningen')."""
    sh = c.new_sheet()
    W = c.page_w
    d = _inb_date(c, rng)
    _duo_top(sh, c, "Besluit")
    y = 40
    for ln in (f"{c.p.given_names} {c.p.surname}", f"{c.p.address.street} {c.p.address.number}",
               f"{c.p.address.postcode}  {c.p.address.city}"):
        T(sh, 20, y, ln, font="sans4", size=10)
        y += 5
    ref_block(sh, 120, 148, 40, [("Datum", d_nl(d)), ("Ons kenmerk", f"INB-{rng.randint(100000, 999999)}"),
                                ("Onderwerp", "ontheffing inburgeringsplicht")], font="sans4", size=8.5)
    y = P(sh, 20, 72, W - 40, f"Geachte {('heer' if c.p.sex == 'M' else 'mevrouw')} {c.p.surname},", font="sans4",
          size=10.5) + 3
    y = P(sh, 20, y, W - 40, "U hebt aangetoond dat u zich voldoende hebt ingespannen om het inburgeringsexamen te "
          "halen: u hebt ten minste 600 uur lessen gevolgd bij een gecertificeerde school en het examen vier keer "
          "afgelegd. Daarom krijgt u ontheffing van de inburgeringsplicht. U hoeft het examen niet meer te halen.",
          font="sans4", size=10.5, leading=1.45) + 4
    y = P(sh, 20, y, W - 40, "Bent u het niet eens met dit besluit? Dan kunt u binnen 6 weken bezwaar maken.",
          font="sans4", size=9.5) + 8
    T(sh, 20, y, "Met vriendelijke groet,", font="sans4", size=10.5)
    T(sh, 20, y + 6, "Dienst Uitvoering Onderwijs, namens de minister van Sociale Zaken en Werkgelegenheid",
      font="sans4", size=9.5)
    return [sh]


def duo_mijninburgering_print(c: Case, rng: random.Random, *, failed: bool = False, **_) -> list[Sheet]:
    """Print of the results page of Mijn Inburgering from a browser: URL and date in the page margins."""
    sh = c.new_sheet()
    W = c.page_w
    d = _inb_date(c, rng)
    T(sh, 8, 5, f"{d_nl(c.sub - dt.timedelta(days=rng.randint(2, 20)), 'dashes_zero')} 14:{rng.randint(10, 59)}",
      font="sans", size=7)
    T(sh, W / 2, 5, "Mijn Inburgering – Resultaten", font="sans", size=7, align="center")
    T(sh, 8, c.page_h - 7, "https://mijn.inburgeren.nl/resultaten", font="sans", size=7)
    T(sh, W - 8, c.page_h - 7, "1/1", font="sans", size=7, align="right")
    sh.rect(12, 12, W - 24, 12, width_mm=0, fill=(0, 70, 130))
    T(sh, 16, 15, "Mijn Inburgering", font="sans4", size=12, bold=True, color=(255, 255, 255))
    T(sh, 16, 32, f"Welkom {c.p.given_names} {c.p.surname}", font="sans4", size=11)
    T(sh, 16, 42, "Uw examenresultaten", font="sans4", size=14, bold=True)
    parts = ["Lezen", "Luisteren", "Schrijven", "Spreken", "Kennis Nederlandse Maatschappij"]
    bad = random.Random(seed_of("fail", c.rng_seed)).randrange(5) if failed else -1
    y = 54
    for k, p_ in enumerate(parts):
        sh.rect(16, y, W - 32, 9, width_mm=0.2, color=(190, 190, 190))
        T(sh, 19, y + 2.2, p_, font="sans4", size=10)
        T(sh, 110, y + 2.2, d_nl(d - dt.timedelta(days=20 * k), "dashes_zero"), font="sans4", size=10)
        T(sh, W - 19, y + 2.2, "Niet gehaald" if k == bad else "Gehaald", font="sans4", size=10, bold=True,
          color=(170, 30, 30) if k == bad else (0, 120, 60), align="right")
        y += 9
    T(sh, 16, y + 8, "Status inburgeringsplicht:", font="sans4", size=10.5, bold=True)
    T(sh, 70, y + 8, "nog niet voldaan" if failed else f"voldaan op {d_nl(d)}", font="sans4", size=10.5)
    return [sh]


_reg("duo-diploma-digitaal-2022", "civic-integration", PART, "nl", duo_diploma_digitaal,
     "digital diploma printed from Mijn Inburgering, centred sans, QR square and check code")
_reg("duo-ontheffing-inspanning", "civic-integration", PART, "nl", duo_ontheffing_inspanning,
     "DUO decision: exemption after demonstrable effort, reference block right")
_reg("duo-mijninburgering-print", "civic-integration", PART, "nl", duo_mijninburgering_print,
     "browser print of the results page, URL and date in the margins, status line")


# =========================================================================== other: cover letter, IND letters, MVV

def cover_letter_refright(c: Case, rng: random.Random, *, enclosures: list[str] | None = None, **_) -> list[Sheet]:
    """A law firm's cover letter: reference block on the right, 'Uw kenmerk / Ons kenmerk', enclosures as a list,
    signed 'namens deze' by an associate."""
    lw = c.lawyer or LAWYERS[1]
    sh = c.new_sheet()
    W = c.page_w
    f = "serif4"
    T(sh, W - 20, 12, lw["firm"].upper(), font=f, size=11, bold=True, align="right")
    T(sh, W - 20, 18, f"{lw['street']} · {lw['pc']} {lw['city']} · {lw['mail']}", font=f, size=7.5, color=GREY,
      align="right")
    y = 40
    for ln in IND_ADDRESSES[rng.randrange(len(IND_ADDRESSES))].split("\n"):
        T(sh, 20, y, ln, font=f, size=10.5)
        y += 5
    ref_block(sh, 128, 154, 40, [("Uw kenmerk", c.vnr), ("Ons kenmerk", f"{c.p.surname[:4].upper()}/{rng.randint(100, 999)}"),
                                ("Datum", d_nl(c.sub - dt.timedelta(days=rng.randint(0, 3))))], font=f, size=8.5)
    y = 70
    T(sh, 20, y, f"Betreft: {c.p.given_names} {c.p.surname}, geboren {c.dfmt(c.p.birth_date)}", font=f, size=10.5,
      bold=True)
    paras = ["Geachte heer, mevrouw,",
             f"Namens bovengenoemde cliënt{'e' if c.p.sex == 'F' else ''} dien ik hierbij een aanvraag in voor "
             f"{PROC_NL[c.procedure]}."]
    if c.procedure == "ind-medical-treatment" and c.art64_end:
        paras.append(f"Het uitstel van vertrek op grond van artikel 64 Vw eindigt op {d_nl(c.art64_end)}.")
    if c.procedure == "ind-hnt-continued" and c.since:
        paras.append(f"Cliënt heeft sinds {d_nl(c.since)} verblijf {dict(ROUTES_7027).get(c.route, '')}.")
    if c.no_passport:
        paras.append("Cliënt beschikt niet over een geldig paspoort. Ik verzoek u om vrijstelling van het "
                     "paspoortvereiste. " + " ".join(_EXEMPT[i] for i in c.exemption_shown))
    if c.suriname_visa:
        paras.append("Cliënt heeft de Surinaamse nationaliteit en is hier met een visum voor medische behandeling. "
                     "De behandeling is nog nodig; de betaling is geregeld.")
    for t in paras:
        y = P(sh, 20, y + 3.5 if t == paras[0] else y, W - 40, t, font=f, size=10.5) + 3.5
    if enclosures:
        T(sh, 20, y, "Bijgevoegd:", font=f, size=10.5)
        y += 5.5
        for e in enclosures:
            T(sh, 26, y, f"– {e}", font=f, size=10)
            y += 5
        y += 3
    T(sh, 20, y, "Met vriendelijke groet,", font=f, size=10.5)
    sh.signature(20, y + 4, 40, 13, rng, color=BLUE_INK, style="zigzag")
    T(sh, 20, y + 19, f"{c.lawyer_name or 'mr. advocaat'}, namens deze", font=f, size=10.5)
    return [c.intr(sh)]


# the five exemption conditions of seed 000 in this office's words (index = condition - 1)
_EXEMPT = [
    "Cliënt verblijft in Nederland, op het adres dat op het formulier staat.",
    "De identiteit en nationaliteit van cliënt staan vast; de ambassade heeft die bevestigd.",
    "Het paspoort kan alleen in het land van herkomst worden aangevraagd, waar cliënt niet naartoe kan reizen.",
    "Een onderbreking van de behandeling brengt cliënt in een medische noodsituatie.",
    "De behandeling is in het land van herkomst niet beschikbaar of niet toegankelijk voor cliënt.",
]


def art64_decision_kader(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """IND decision on postponement of departure, decision text framed ('Besluit'), reference block right."""
    end = c.art64_end or c.sub
    start = add_years(end, -1) + dt.timedelta(days=1)
    sh = c.new_sheet()
    W = c.page_w
    f = "sans3"
    sh.rect(14, 8, 6, 16, width_mm=0, fill=IND_GREEN)
    T(sh, 23, 9, "IND", font=f, size=13, bold=True, color=IND_GREEN)
    T(sh, 20, 40, f"{c.p.given_names} {c.p.surname}", font=f, size=10)
    ref_block(sh, 125, 150, 40, [("V-nummer", c.vnr), ("Datum", d_nl(start - dt.timedelta(days=rng.randint(5, 25)))),
                                ("Onderwerp", "uitstel van vertrek")], font=f, size=8.5)
    sh.rect(18, 66, W - 36, 34, width_mm=0.5)
    T(sh, 22, 69, "Besluit", font=f, size=11, bold=True)
    P(sh, 22, 76, W - 44, f"U krijgt uitstel van vertrek op grond van artikel 64 van de Vreemdelingenwet 2000, van "
      f"{d_nl(start)} tot en met {d_nl(end)}. Het Bureau Medische Advisering heeft geadviseerd dat u om medische "
      f"redenen nu niet kunt reizen.", font=f, size=10)
    P(sh, 20, 108, W - 40, "Uitstel van vertrek is geen verblijfsvergunning. Na afloop van het uitstel moet u "
      "Nederland verlaten, tenzij u een nieuwe aanvraag indient.", font=f, size=10)
    T(sh, 20, 132, "De minister van Asiel en Migratie, namens deze, de Immigratie- en Naturalisatiedienst", font=f,
      size=9.5)
    return [c.intr(sh)]


def permit_letter_kader(c: Case, rng: random.Random, **_) -> list[Sheet]:
    since = c.since or add_years(c.sub, -3)
    sh = c.new_sheet()
    W = c.page_w
    f = "sans3"
    sh.rect(14, 8, 6, 16, width_mm=0, fill=IND_GREEN)
    T(sh, 23, 9, "IND", font=f, size=13, bold=True, color=IND_GREEN)
    T(sh, 20, 40, f"{c.p.given_names} {c.p.surname}", font=f, size=10)
    ref_block(sh, 125, 150, 40, [("V-nummer", c.vnr), ("Datum", d_nl(since - dt.timedelta(days=rng.randint(1, 20))))], font=f, size=8.5)
    T(sh, 20, 64, "Beslissing op uw aanvraag", font=f, size=12, bold=True)
    purpose = dict(ROUTES_7027).get(c.route, "verblijf").replace("na verblijf ", "verblijf ")
    sh.rect(18, 74, W - 36, 22, width_mm=0.5)
    P(sh, 22, 77, W - 44, f"Uw aanvraag wordt ingewilligd. U krijgt een verblijfsvergunning regulier voor bepaalde "
      f"tijd onder de beperking '{purpose}', ingaande {d_nl(since)}.", font=f, size=10)
    P(sh, 20, 104, W - 40, "Maak een afspraak om uw verblijfsdocument op te halen.", font=f, size=10)
    return [c.intr(sh)]


def mvv_sticker_pair(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The passport's visa page with the MVV sticker and the facing page with the Schiphol entry stamp, copied
    together on A4."""
    p = c.p
    sh = c.new_sheet()
    page = Sheet(125, 88)
    page.rect(0, 0, 125, 88, width_mm=0, fill=(236, 240, 232))
    page.rect(4, 4, 117, 80, width_mm=0, fill=(232, 226, 242))
    page.text(8, 7, "VISUM", font="sans4", size_pt=8, bold=True)
    page.text(117, 7, "NLD", font="sans4", size_pt=8, bold=True, anchor="right")
    page.photo(92, 13, 24, 31, rng)
    val_from = c.sub - dt.timedelta(days=rng.randint(200, 330))
    for k, (a, b) in enumerate([("GELDIG VOOR", "SCHENGENSTATEN"), ("VAN", val_from.strftime("%d-%m-%y")),
                                ("TOT", (val_from + dt.timedelta(days=89)).strftime("%d-%m-%y")),
                                ("SOORT VISUM", "D  MVV"), ("NAAM, VOORNAAM", f"{p.surname.upper()}, {p.given_names.upper()}"),
                                ("OPMERKINGEN", "MEDISCHE BEHANDELING")]):
        page.text(8, 12 + k * 8.6, a, font="sans4", size_pt=5.5, color=(90, 90, 90))
        page.text(8, 14.4 + k * 8.6, b, font="sans4", size_pt=7.5, bold=True)
    l1 = ("VDNLD" + _mrz_name(p, 39))[:44]
    num = f"{rng.randint(10 ** 7, 10 ** 8 - 1)}<"
    bd = p.birth_date.strftime("%y%m%d")
    l2 = (num + _mrz_check(num) + "SUR" + bd + _mrz_check(bd) + p.sex + "<" * 30)[:44]
    for i, ln in enumerate((l1, l2)):
        page.text(6, 74 + i * 4.3, ln, font="ocrb", size_pt=8)
    facing = Sheet(125, 88)
    facing.rect(0, 0, 125, 88, width_mm=0, fill=(236, 240, 232))
    facing.stamp(30, 20, ["SCHIPHOL", val_from.strftime("%d-%m-%Y"), "KMAR"], rng, shape="rect", size_mm=24,
                 color=(40, 40, 130), angle=rng.uniform(-10, 10))
    sh.image(42, 30, 125, 88, facing.render(250))
    sh.image(42, 120, 125, 88, page.render(250))
    return [sh]


_reg("cover-letter-refright", "other", PART, "nl", cover_letter_refright,
     "cover letter with reference block right, enclosures as a dashed list, 'namens deze'")
_reg("art64-decision-kader", "other", PART, "nl", art64_decision_kader, "IND art. 64 decision text in a frame")
_reg("permit-letter-kader", "other", PART, "nl", permit_letter_kader, "IND decision granting the permit, framed")
_reg("mvv-sticker-sur-pair", "other", PART, "nl", mvv_sticker_pair,
     "MVV page and the facing page with the entry stamp, copied together")
