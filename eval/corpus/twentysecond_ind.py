"""IND families of the `twentysecond` part (registered in ind.FAMILIES).

Written after dev, heldout and the parts fresh to twentyfirst had been read, by a writer who did not see the
validator: the IND application forms with a coloured letter tab (A, B, C …) at the left of each section, each question
as 'label' over a long answer line, the options as round radio buttons ('( ) nee  (•) ja'), filled in on the computer
or by hand (then the circles blacked in with a pen and the answers in handwriting), and on every page a footer line
with the form's code, 'V-nummer' and the number, and 'pagina n van N'; a logistics company's payslip with earnings at
the left and deductions at the right and the net amount in a dark bar, the guarantor's statement on a printed model
with boxes ticked and filled in by hand, an employer's letter with a table of the last three months' pay; a mental
health specialist's treatment summary with a classification line and a plan table, an internist's English letter to
the lawyer; a hospital care administration's letter with the statement in a framed box, the first page of a treatment
agreement signed by patient and practitioner, a rehabilitation centre's e-mail printed from the browser; a Dutch
insurer's policy sheet with a barcode and a coverage table, an incoming insurer's certificate in a blue frame, a
Paraguayan insurer's Spanish/English certificate on Letter paper; DUO's diploma with a large 'B1' roundel, an
exemption decision printed from Mijn DUO under its blue band, a results letter with a table 'onderdeel / datum /
uitslag'; a Dutch lawyer's cover letter with the enclosures as a bulleted list and the V-number in the subject line,
the IND's decisions with the case data in a grey box under the title, the MVV sticker copied on its passport page with
the opposite page's entry stamp.  Every maker draws on ``c.new_sheet()`` and marks pages that print the V-number with
``c.intr``.
"""
from __future__ import annotations

import datetime as dt
import random

from PIL import Image, ImageDraw

from .ind import (
    BLACK_INK,
    BLUE_INK,
    EXEMPTION_TEXT,
    GENERIC_PURPOSES,
    GREY,
    IND_ADDRESSES,
    PROC_NL,
    ROUTES_7027,
    Case,
    P,
    T,
    _care_dates,
    _emp,
    _guarantor_facts,
    _inb_date,
    _incoming_name,
    _mrz_check,
    _mrz_name,
    _not_available,
    _payer_phrase,
    _policy_no,
    _reg,
    _treat_start,
    add_years,
    country_nl,
    d_en,
    d_nl,
    duration_phrase,
    earner,
    eur,
    nat_nl,
    pay_calc,
    seed_of,
    title_nl,
)
from .ninth_identity import hand_safe
from .paper import Sheet, text_width_mm
from .people import make_professional

PART = "twentysecond"
D = dt.date
PLUM = (110, 40, 90)
_MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"]


def _rows(s: str, w: float, font: str, size: float) -> list[str]:
    out, line = [], ""
    for wd in str(s).split():
        t = (line + " " + wd).strip()
        if line and text_width_mm(t, font, size) * 1.05 > w:
            out.append(line)
            line = wd
        else:
            line = t
    if line:
        out.append(line)
    return out


# =========================================================================== application forms: lettered tabs

class _Tabs:
    def __init__(self, c: Case, rng: random.Random, title: str, code: str):
        self.c, self.rng, self.title, self.code = c, rng, title, code
        self.hand = c.fill == "hand"
        self.ink = rng.choice([BLUE_INK, BLACK_INK])
        self.hf = rng.choice(["hand2", "hand3", "hand4"])
        self.lf = rng.choice(["sans5", "sans6", "sans"])
        self.pages: list[Sheet] = []
        self.y = 0.0
        self.sec = 0
        self.new()

    def new(self):
        c = self.c
        sh = c.new_sheet()
        if not self.pages:
            T(sh, 20, 12, "IND", font=self.lf, size=20, bold=True, color=PLUM)
            T(sh, 42, 13, "Immigratie- en", font=self.lf, size=8, color=GREY)
            T(sh, 42, 16.8, "Naturalisatiedienst", font=self.lf, size=8, color=GREY)
            T(sh, 20, 28, self.title, font=self.lf, size=13.5, bold=True)
            self.y = 40.0
        else:
            self.y = 16.0
        self.pages.append(c.intr(sh))

    def need(self, h: float):
        if self.y + h > self.c.page_h - 24:
            self.new()

    def head(self, s: str):
        self.need(22)
        sh = self.pages[-1]
        letter = "ABCDEFGHIJ"[self.sec]
        self.sec += 1
        sh.rect(14, self.y - 1, 9, 8, width_mm=0, fill=PLUM)
        T(sh, 18.5, self.y + 0.6, letter, font=self.lf, size=10.5, bold=True, color=(255, 255, 255), align="center")
        T(sh, 27, self.y + 0.6, s, font=self.lf, size=11, bold=True)
        self.y += 11

    def field(self, label: str, value: str | None = None, options: list[str] | None = None,
              chosen: int | None = None):
        W = self.c.page_w
        vrows = []
        if value:
            vrows = _rows(hand_safe(value) if self.hand else value, W - 56, self.hf if self.hand else "sans",
                          11 if self.hand else 10)
        h = 4.6 + max(1, len(vrows)) * 6.2 + 2.5
        self.need(h)
        sh = self.pages[-1]
        T(sh, 27, self.y, label, font=self.lf, size=8.6, color=(70, 70, 70))
        y = self.y + 4.6
        if options:
            x = 29
            for i, o in enumerate(options):
                im = Image.new("RGBA", (80, 80), (0, 0, 0, 0))
                d = ImageDraw.Draw(im)
                d.ellipse([4, 4, 76, 76], outline=(30, 30, 30, 255), width=5)
                if i == chosen:
                    ink = self.ink if self.hand else (30, 30, 30)
                    jit = self.rng.randint(-5, 5) if self.hand else 0
                    d.ellipse([18 + jit, 18, 62 + jit, 62], fill=(*ink, 255))
                sh.image(x, y + 1, 3.6, 3.6, im)
                T(sh, x + 5, y + 0.9, o, font=self.lf, size=9.5)
                x += 12 + text_width_mm(o, self.lf, 9.5)
            self.y = y + 8
            return
        for k in range(max(1, len(vrows))):
            sh.rule(29, y + 5.6 + k * 6.2, W - 20, y + 5.6 + k * 6.2, width_mm=0.2, color=(150, 150, 150))
        for k, ln in enumerate(vrows):
            if self.hand:
                sh.handwriting(31, y + 0.2 + k * 6.2, ln, self.rng, size_pt=11, color=self.ink, font=self.hf)
            else:
                T(sh, 31, y + 1.3 + k * 6.2, ln, font="sans", size=10)
        self.y = y + max(1, len(vrows)) * 6.2 + 2.5

    def sign(self):
        c = self.c
        self.head("Ondertekening")
        P(self.pages[-1], 27, self.y, c.page_w - 47, "Ik verklaar dat ik dit formulier volledig en naar waarheid heb "
          "ingevuld. Ik weet dat de IND mijn gegevens kan controleren.", font=self.lf, size=9)
        self.y += 10
        d0 = c.sub - dt.timedelta(days=self.rng.randint(1, 9))
        self.field("Plaats", c.p.address.city if c.p.address else "Utrecht")
        self.field("Datum", c.dfmt(d0))
        self.need(30)
        sh = self.pages[-1]
        T(sh, 27, self.y, "Handtekening", font=self.lf, size=8.6, color=(70, 70, 70))
        sh.signature(32 + self.rng.uniform(0, 18), self.y + 4, self.rng.uniform(42, 56), 16, self.rng, color=self.ink)
        sh.rule(29, self.y + 21, 120, self.y + 21, width_mm=0.25)
        self.y += 26

    def finish(self) -> list[Sheet]:
        n = len(self.pages)
        W, H = self.c.page_w, self.c.page_h
        for i, sh in enumerate(self.pages, 1):
            sh.rule(20, H - 16, W - 20, H - 16, width_mm=0.2, color=GREY)
            T(sh, 20, H - 14, self.code, font=self.lf, size=7.5, color=GREY)
            if self.hand:   # printed blank: the number written in by hand after the printed label
                T(sh, W / 2 - 24, H - 14, "V-nummer", font=self.lf, size=8.5, bold=True)
                sh.handwriting(W / 2 - 8, H - 15, self.c.vnr, self.rng, size_pt=10.5, color=self.ink, font=self.hf)
            else:
                T(sh, W / 2, H - 14, f"V-nummer {self.c.vnr}", font=self.lf, size=8.5, bold=True, align="center")
            T(sh, W - 20, H - 14, f"pagina {i} van {n}", font=self.lf, size=7.5, color=GREY, align="right")
        return self.pages


def _who(f: _Tabs):
    c, p = f.c, f.c.p
    f.head("Uw gegevens")
    f.field("Achternaam", p.surname)
    f.field("Voornamen", p.given_names)
    f.field("Geboortedatum", c.dfmt(p.birth_date))
    f.field("Geboorteplaats en -land", f"{p.birth_place}, {country_nl(p)}")
    f.field("Nationaliteit", nat_nl(p))
    f.field("Geslacht", options=["man", "vrouw"], chosen=0 if p.sex == "M" else 1)
    if p.address:
        f.field("Adres in Nederland", f"{p.address.street} {p.address.number}, {p.address.postcode} {p.address.city}")
    if c.lawyer:
        f.head("Uw advocaat of gemachtigde")
        f.field("Naam en kantoor", f"{c.lawyer_name}, {c.lawyer['firm']} ({c.lawyer['city']})")


def form_med(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _Tabs(c, rng, "Aanvraag verblijfsvergunning medische behandeling", "IND · Medische behandeling · 2026-1")
    _who(f)
    f.head("Behandeling in Nederland")
    f.field("Naam en plaats van de zorginstelling", f"{c.hospital.get('name', '')}, {c.hospital.get('city', '')}")
    f.field("Welke behandeling krijgt u?", c.med.get("tx_short", ""))
    f.field("Had u uitstel van vertrek op grond van artikel 64 Vreemdelingenwet?", options=["nee", "ja"],
            chosen=1 if c.art64_end else 0)
    if c.art64_end:
        f.field("Tot wanneer liep het uitstel van vertrek?", c.dfmt(c.art64_end))
    else:
        f.field("Wie betaalt de behandeling en het verblijf?", options=["ik zelf", "een garantsteller"],
                chosen=1 if c.payer else 0)
    f.field("Heeft u een geldig paspoort?", options=["ja, kopie bijgevoegd", "nee, zie toelichting"],
            chosen=1 if c.no_passport else 0)
    f.field("Heeft u de Surinaamse nationaliteit en een mvv voor medische behandeling?", options=["nee", "ja"],
            chosen=1 if c.suriname_visa else 0)
    f.sign()
    return f.finish()


def form_7027(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _Tabs(c, rng, "Aanvraag verblijfsvergunning voor onbepaalde tijd – voortgezet verblijf",
              "IND · 7027 · 2026-1")
    _who(f)
    f.head("Uw huidige verblijfsvergunning")
    f.field("Verblijfsdoel", dict(ROUTES_7027).get(c.route, "").replace("na verblijf ", ""))
    f.field("Sinds wanneer heeft u deze vergunning?", c.dfmt(c.since) if c.since else "")
    r = random.Random(seed_of("vvr22", c.rng_seed))
    f.field("Nummer verblijfsdocument", f"{r.choice('NXYW')}{r.choice('BCDFGHK')}{r.randint(1000000, 9999999)}")
    if c.route == "relationship":
        f.field("Heeft u voldaan aan de inburgeringsplicht?", options=["ja, diploma", "ontheffing", "nee"],
                chosen=0 if c.inburgering in ("diploma", "results") else (1 if c.inburgering == "exemption" else 2))
    if c.route and c.route.startswith("medical"):
        f.field("Is de behandeling nog ten minste een jaar nodig?", options=["ja", "nee"], chosen=0)
    f.sign()
    return f.finish()


def form_generic(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _Tabs(c, rng, "Aanvraag verlenging verblijfsvergunning regulier", "IND · Verlenging · 2026-1")
    _who(f)
    f.head("Uw verblijf")
    r = random.Random(c.rng_seed + 7)
    f.field("Verblijfsdoel van uw huidige vergunning", GENERIC_PURPOSES[r.randrange(len(GENERIC_PURPOSES))])
    f.field("Geldig tot", c.dfmt(c.sub + dt.timedelta(days=r.randint(15, 85))))
    f.field("Is uw situatie veranderd?", options=["nee", "ja"], chosen=0)
    f.sign()
    return f.finish()


_reg("ind-form-med-lettertabs-radioknoppen-voetregel-vnummer", "application", PART, "nl", form_med,
     "medical-treatment form with lettered section tabs, answer lines, radio buttons, V-number in every footer")
_reg("ind-form-7027-lettertabs-radioknoppen-voetregel-vnummer", "application", PART, "nl", form_7027,
     "form 7027 in the same layout")
_reg("ind-form-generic-lettertabs-radioknoppen-voetregel-vnummer", "application", PART, "nl", form_generic,
     "extension form in the same layout")


# =========================================================================== income

def payslip_two_sides(c: Case, rng: random.Random, *, month: int = 11, **_) -> list[Sheet]:
    """A logistics company's payslip: earnings at the left, deductions at the right, the net amount in a dark bar
    across the foot of the table; the employee's address in the window position."""
    g = earner(c)
    e = _emp(c, rng)
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    sh = c.new_sheet()
    W = c.page_w
    f = "sans6"
    T(sh, 20, 14, e["name"], font=f, size=12, bold=True)
    T(sh, 20, 20, f"{e['street']} · {e['pc']} {e['city']} · loonheffingennr. {e['lhn']}", font=f, size=7.5,
      color=GREY)
    a = g.address or c.p.address
    y = 40
    for ln in (f"{g.given_names[:1]}. {g.surname}", *((f"{a.street} {a.number}", f"{a.postcode} {a.city}") if a else ())):
        T(sh, 25, y, ln, font=f, size=10)
        y += 5
    T(sh, W - 20, 40, f"Loonstrook {_MONTHS[month - 1]} 2026", font=f, size=12, bold=True, align="right")
    T(sh, W - 20, 46, f"pers.nr. {e['pnr']} · in dienst {e['start'].strftime('%d-%m-%Y')}", font=f, size=8,
      align="right", color=GREY)
    T(sh, W - 20, 50.5, f"functie: {e['func_now']}", font=f, size=8, align="right", color=GREY)
    y = 70
    mid = W / 2
    sh.rect(20, y, mid - 20, 7, width_mm=0, fill=(225, 225, 225))
    sh.rect(mid, y, W - 20 - mid, 7, width_mm=0, fill=(225, 225, 225))
    T(sh, 22, y + 1.5, "Verdiensten", font=f, size=9, bold=True)
    T(sh, mid + 2, y + 1.5, "Inhoudingen", font=f, size=9, bold=True)
    left = [("Salaris", k["bruto"])] + ([("Reiskosten (onbelast)", k["reis"])] if k["reis"] else [])
    right = [("Pensioen", k["pens"]), ("Loonheffing", k["lh"])]
    yy = y + 10
    for i in range(max(len(left), len(right))):
        if i < len(left):
            T(sh, 22, yy, left[i][0], font=f, size=9.5)
            T(sh, mid - 3, yy, eur(left[i][1], False), font=f, size=9.5, align="right")
        if i < len(right):
            T(sh, mid + 2, yy, right[i][0], font=f, size=9.5)
            T(sh, W - 22, yy, eur(right[i][1], False), font=f, size=9.5, align="right")
        yy += 6
    sh.rule(mid, y, mid, yy + 2, width_mm=0.2, color=GREY)
    sh.rect(20, yy + 4, W - 40, 10, width_mm=0, fill=(40, 45, 60))
    T(sh, 23, yy + 6.5, "NETTO UITBETAALD", font=f, size=10, bold=True, color=(255, 255, 255))
    T(sh, W - 23, yy + 6.5, eur(k["net"]), font=f, size=11, bold=True, color=(255, 255, 255), align="right")
    T(sh, 20, yy + 20, f"Overgemaakt op rekening {e['iban']} op 24-{month:02d}-2026", font=f, size=8, color=GREY)
    return [sh]


def guarantor_model_hand(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The guarantor's statement on a printed model ('Verklaring garantsteller'), the boxes ticked and the lines
    filled in by hand, signed at the foot."""
    F = _guarantor_facts(c)
    g, e = F["g"], F["e"]
    sh = c.new_sheet()
    W = c.page_w
    f = "serif5"
    hf = rng.choice(["hand1", "hand3"])
    ink = rng.choice([BLUE_INK, BLACK_INK])
    T(sh, 20, 16, "Verklaring garantsteller", font=f, size=16, bold=True)
    T(sh, 20, 24, "voor de kosten van verblijf en medische behandeling in Nederland", font=f, size=9.5, color=GREY)
    a = g.address or c.p.address
    rows = [("Naam garantsteller", f"{g.given_names} {g.surname}"), ("Geboortedatum", c.dfmt(g.birth_date)),
            ("Adres", f"{a.street} {a.number}, {a.postcode} {a.city}" if a else ""),
            ("Relatie tot de aanvrager", c.payer_relation or "familielid"),
            ("Naam aanvrager", f"{c.p.given_names} {c.p.surname}"), ("Werkgever", e["name"]),
            ("Netto inkomen per maand", eur(F["net"]))]
    y = 38
    for lab, v in rows:
        T(sh, 20, y, lab, font=f, size=10)
        sh.rule(78, y + 5, W - 20, y + 5, width_mm=0.2, color=GREY)
        sh.handwriting(80, y - 0.6, hand_safe(v)[:48], rng, size_pt=11.5, color=ink, font=hf)
        y += 10
    y += 4
    for q in ("Ik betaal alle kosten van verblijf van de aanvrager.",
              "Ik betaal de kosten van de medische behandeling die niet verzekerd zijn.",
              "Ik voeg mijn loonstroken of werkgeversverklaring bij."):
        sh.checkbox(20, y + 0.6, 3.6, checked=True, rng=rng, ink=ink)
        T(sh, 27, y, q, font=f, size=10)
        y += 8
    y += 6
    T(sh, 20, y, "Plaats en datum", font=f, size=10)
    sh.handwriting(60, y - 0.6, hand_safe(f"{a.city if a else 'Rotterdam'}, "
                                          f"{c.dfmt(c.sub - dt.timedelta(days=rng.randint(4, 30)))}"), rng,
                   size_pt=11.5, color=ink, font=hf)
    T(sh, 20, y + 12, "Handtekening garantsteller", font=f, size=10)
    sh.signature(72, y + 8, 48, 15, rng, color=ink)
    return [sh]


def employer_letter_months(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An employer's letter confirming the employment, with a table of the last three months' gross and net pay,
    signed by the director above the typed name."""
    g = earner(c)
    e = _emp(c, rng)
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    sh = c.new_sheet()
    W = c.page_w
    f = "serif2"
    T(sh, W - 20, 14, e["name"], font=f, size=13, bold=True, align="right")
    T(sh, W - 20, 20, f"{e['street']}, {e['pc']} {e['city']} · KvK {e['kvk']}", font=f, size=8, align="right",
      color=GREY)
    dd = c.sub - dt.timedelta(days=rng.randint(6, 40))
    T(sh, 20, 40, f"{e['city']}, {d_nl(dd)}", font=f, size=10.5)
    T(sh, 20, 50, "Betreft: werkgeversverklaring", font=f, size=10.5, bold=True)
    y = P(sh, 20, 60, W - 40, f"Hierbij verklaren wij dat {g.given_names} {g.surname}, geboren op "
          f"{c.dfmt(g.birth_date)}, sinds {d_nl(e['start'])} bij ons in dienst is als {e['func_now']}, voor "
          f"onbepaalde tijd. Het salaris over de laatste drie maanden was:", font=f, size=10.5, leading=1.45) + 4
    for i, row in enumerate([("Maand", "Bruto", "Netto")] +
                            [(f"{_MONTHS[m - 1]} 2026", eur(k["bruto"]), eur(k["net"])) for m in (9, 10, 11)]):
        for j, w in enumerate((60, 45, 45)):
            x = 20 + sum((60, 45, 45)[:j])
            sh.rect(x, y, w, 7, width_mm=0.25, fill=(235, 235, 228) if i == 0 else None)
            T(sh, x + 2, y + 1.6, row[j], font=f, size=9.5, bold=(i == 0))
        y += 7
    y = P(sh, 20, y + 6, W - 40, "Er is geen sprake van loonbeslag. Deze verklaring is naar waarheid opgesteld.",
          font=f, size=10.5) + 6
    T(sh, 20, y, "Met vriendelijke groet,", font=f, size=10.5)
    sh.signature(20, y + 4, 44, 14, rng, color=BLUE_INK)
    gg, ss, _ = make_professional(random.Random(seed_of("dir22", c.rng_seed)), "NL")
    T(sh, 20, y + 20, f"{gg} {ss}", font=f, size=10.5)
    T(sh, 20, y + 25, "directeur", font=f, size=9.5, color=GREY)
    return [sh]


_reg("payslip-logistiek-verdiensten-links-inhoudingen-rechts-nettobalk", "income-proof", PART, "nl",
     payslip_two_sides, "logistics company's payslip, earnings left and deductions right, net amount in a dark bar")
_reg("guarantor-voorgedrukt-model-vakjes-handgeschreven", "income-proof", PART, "nl", guarantor_model_hand,
     "guarantor's statement on a printed model, boxes ticked and lines filled in by hand")
_reg("werkgeversbrief-tabel-drie-maanden-directeur", "income-proof", PART, "nl", employer_letter_months,
     "employer's letter with a table of the last three months' pay, signed by the director")


# =========================================================================== medical statements

def _doc(c: Case, key: str) -> str:
    r = random.Random(seed_of(key, c.rng_seed))
    g, s, _ = make_professional(r, "NL")
    return f"{r.choice(['dr.', 'drs.', 'dr.'])} {g[0]}. {s}"


def medstat_treatment_summary(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A specialist's treatment summary ('Behandelsamenvatting'): a classification line, a small plan table
    (component / frequency / since) and the expected duration, signed."""
    h = c.hospital
    doc = _doc(c, "sum22")
    sh = c.new_sheet()
    W = c.page_w
    f = "sans5"
    T(sh, 20, 14, h["name"], font=f, size=12, bold=True, color=PLUM)
    T(sh, 20, 20, f"Afdeling {c.med['spec']} · {h['city']}", font=f, size=8.5, color=GREY)
    T(sh, 20, 34, "Behandelsamenvatting", font=f, size=15, bold=True)
    T(sh, 20, 42, f"{c.p.surname}, {c.p.given_names} · geb. {c.dfmt(c.p.birth_date)}", font=f, size=10)
    T(sh, 20, 50, f"Diagnose/classificatie: {c.med['dx']}", font=f, size=10, bold=True)
    start = _treat_start(c)
    y = 60
    for i, row in enumerate([("Onderdeel", "Frequentie", "Sinds")] +
                            [(c.med["tx_short"][:40], rng.choice(["wekelijks", "maandelijks", "dagelijks"]),
                              d_nl(start, "dashes_zero")),
                             ("controle specialist", "elke 3 maanden", d_nl(start, "dashes_zero"))]):
        for j, w in enumerate((80, 45, 45)):
            x = 20 + sum((80, 45, 45)[:j])
            sh.rect(x, y, w, 7, width_mm=0.25, fill=(240, 230, 238) if i == 0 else None)
            T(sh, x + 2, y + 1.6, row[j], font=f, size=9.2, bold=(i == 0))
        y += 7
    y = P(sh, 20, y + 6, W - 40, f"Patiënt krijgt {c.med['tx']}. " + duration_phrase(c.duration, start) + " "
          + c.med["stop"], font=f, size=10.5, leading=1.45) + 3
    y = P(sh, 20, y, W - 40, _not_available(c), font=f, size=10.5, leading=1.45) + 6
    T(sh, 20, y, d_nl(c.sub - dt.timedelta(days=rng.randint(6, 30))), font=f, size=10)
    sh.signature(20, y + 5, 42, 13, rng, color=BLUE_INK)
    T(sh, 20, y + 20, f"{doc}, {c.med['doc_title']}", font=f, size=10)
    return [sh]


def medstat_english_lawyer(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An internist's letter in English to the lawyer ('Re: medical statement'), as hospitals write for patients
    who read no Dutch, signed above the typed name."""
    h = c.hospital
    doc = _doc(c, "en22")
    sh = c.new_sheet()
    W = c.page_w
    f = "serif6"
    T(sh, 20, 14, h["name"], font=f, size=12.5, bold=True)
    T(sh, 20, 20, f"Department of {c.med.get('spec_en', 'Internal Medicine')}", font=f, size=9, color=GREY)
    L = c.lawyer
    y = 36
    for ln in ([c.lawyer_name, L["firm"], L["city"]] if L else ["To whom it may concern"]):
        T(sh, 20, y, ln, font=f, size=10.5)
        y += 5
    T(sh, 20, y + 6, f"Re: medical statement – {c.p.given_names} {c.p.surname}, born {d_en(c.p.birth_date)}",
      font=f, size=10.5, bold=True)
    start = _treat_start(c)
    y += 16
    for p_ in ("Dear colleague,",
               f"With the patient's consent I confirm that {c.p.given_names} {c.p.surname} is treated in our "
               f"department for {c.med.get('dx_en', c.med['dx'])} and has received {c.med.get('tx_en', c.med['tx'])} "
               f"since {d_en(start)}.",
               duration_phrase(c.duration, start, "en"),
               _not_available(c, "en"),
               "Yours sincerely,"):
        y = P(sh, 20, y, W - 40, p_, font=f, size=10.5, leading=1.4) + 3
    sh.signature(20, y + 1, 42, 13, rng, color=BLUE_INK)
    T(sh, 20, y + 16, f"{doc}, internist", font=f, size=10.5)
    T(sh, 20, y + 21, d_en(c.sub - dt.timedelta(days=rng.randint(5, 25))), font=f, size=10)
    return [sh]


_reg("medstat-behandelsamenvatting-classificatie-plantabel", "medical-statement", PART, "nl",
     medstat_treatment_summary, "specialist's treatment summary with a classification line and a plan table")
_reg("medstat-internist-engelse-brief-advocaat-re-medical-statement", "medical-statement", PART, "en",
     medstat_english_lawyer, "internist's English letter to the lawyer ('Re: medical statement')")


# =========================================================================== care-institution statements

def care_framed_statement(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The hospital's care administration's letter: the statement that the institution can and will give the
    treatment in a framed box, the period and payment under it, signed by the manager."""
    h = c.hospital
    s, e = _care_dates(c)
    sh = c.new_sheet()
    W = c.page_w
    f = "sans6"
    T(sh, 20, 14, h["name"], font=f, size=13, bold=True, color=(0, 90, 120))
    T(sh, 20, 20, "Zorgadministratie", font=f, size=9, color=GREY)
    T(sh, 20, 36, f"Betreft: {c.p.given_names} {c.p.surname}, geboren {c.dfmt(c.p.birth_date)}", font=f, size=10.5,
      bold=True)
    sh.rect(20, 46, W - 40, 30, width_mm=0.5, color=(0, 90, 120))
    P(sh, 24, 50, W - 48, f"{h['name']} verklaart dat zij de behandeling van {c.med['dx']} ({c.med['tx_short']}) "
      f"kan en zal bieden in de periode van {d_nl(s)} tot en met {d_nl(e)}.", font=f, size=11, leading=1.45)
    y = P(sh, 20, 84, W - 40, _payer_phrase(c), font=f, size=10.5, leading=1.4) + 6
    T(sh, 20, y, d_nl(c.sub - dt.timedelta(days=rng.randint(5, 30))), font=f, size=10)
    sh.signature(20, y + 5, 42, 13, rng, color=BLUE_INK)
    g, sn, _ = make_professional(random.Random(seed_of("za22", c.rng_seed)), "NL")
    T(sh, 20, y + 20, f"{g} {sn}, manager zorgadministratie", font=f, size=10)
    return [sh]


def care_agreement_first_page(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The first page of a treatment agreement ('Behandelovereenkomst'): the parties, the treatment and period in
    numbered articles, signed at the foot by the patient and the practitioner."""
    h = c.hospital
    s, e = _care_dates(c)
    sh = c.new_sheet()
    W = c.page_w
    f = "serif4"
    T(sh, W / 2, 16, "BEHANDELOVEREENKOMST", font=f, size=15, bold=True, align="center")
    T(sh, W / 2, 23, h["name"], font=f, size=10, align="center", color=GREY)
    doc = _doc(c, "agr22")
    arts = [f"Partijen: {h['name']} te {h['city']}, vertegenwoordigd door {doc}, en {c.p.given_names} "
            f"{c.p.surname}, geboren {c.dfmt(c.p.birth_date)} (patiënt).",
            f"De instelling kan en zal de patiënt behandelen voor {c.med['dx']}: {c.med['tx_short']}.",
            f"De behandeling loopt van {d_nl(s)} tot en met {d_nl(e)}.",
            _payer_phrase(c)]
    y = 36
    for i, a in enumerate(arts, 1):
        T(sh, 20, y, f"Artikel {i}", font=f, size=10.5, bold=True)
        y = P(sh, 20, y + 5.5, W - 40, a, font=f, size=10.5, leading=1.4) + 4
    dd = c.sub - dt.timedelta(days=rng.randint(5, 40))
    T(sh, 20, y + 4, f"Aldus overeengekomen te {h['city']} op {d_nl(dd)}", font=f, size=10.5)
    sh.signature(20, y + 12, 40, 13, rng, color=BLUE_INK)
    sh.signature(110, y + 12, 40, 13, rng, color=BLACK_INK)
    T(sh, 20, y + 27, "de patiënt", font=f, size=9.5, color=GREY)
    T(sh, 110, y + 27, f"{doc}, namens de instelling", font=f, size=9.5, color=GREY)
    T(sh, W / 2, c.page_h - 14, "1/3", font=f, size=8.5, align="center", color=GREY)
    return [sh]


def care_email_browser(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A rehabilitation centre's e-mail to the lawyer printed from the browser's webmail: the browser's header and
    footer lines, the mail's head, the confirmation of treatment and period."""
    h = c.hospital
    s, e = _care_dates(c)
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    f = "sans"
    dd = c.sub - dt.timedelta(days=rng.randint(4, 30))
    T(sh, 10, 6, f"{dd.strftime('%d-%m-%Y')} {rng.randint(8, 18)}:{rng.randint(10, 59)}", font=f, size=7, color=GREY)
    T(sh, W / 2, 6, "Webmail – Bericht", font=f, size=7, color=GREY, align="center")
    g, sn, _ = make_professional(random.Random(seed_of("rc22", c.rng_seed)), "NL")
    to = c.lawyer["mail"] if c.lawyer else "info@advocatuur.nl"
    y = 18
    for a, b in (("Van", f"{g} {sn} <{g.lower()}.{sn.lower().replace(' ', '')}@{h['name'].split()[0].lower()}.nl>"),
                 ("Aan", to), ("Datum", d_nl(dd)), ("Onderwerp", f"Bevestiging behandeling {c.p.surname}")):
        T(sh, 20, y, a, font=f, size=9.5, bold=True)
        T(sh, 45, y, b, font=f, size=9.5)
        y += 5.5
    sh.rule(20, y + 2, W - 20, y + 2, width_mm=0.2, color=GREY)
    y += 9
    for p_ in ("Geachte mr.,",
               f"Hierbij bevestig ik dat {c.p.given_names} {c.p.surname} (geboren {c.dfmt(c.p.birth_date)}) bij "
               f"{h['name']} wordt behandeld voor {c.med['dx']}. Wij kunnen en zullen de behandeling "
               f"({c.med['tx_short']}) bieden van {d_nl(s)} tot en met {d_nl(e)}.",
               _payer_phrase(c),
               f"Met vriendelijke groet,\n{g} {sn}\nbehandelcoördinator, {h['name']}"):
        y = P(sh, 20, y, W - 40, p_, font=f, size=10.5, leading=1.4) + 4
    T(sh, 10, H - 8, "https://webmail.kantoor.nl/?_task=mail&_action=print", font=f, size=7, color=GREY)
    T(sh, W - 10, H - 8, "1/1", font=f, size=7, color=GREY, align="right")
    return [sh]


_reg("care-zorgadministratie-verklaring-in-kader", "care-institution-statement", PART, "nl", care_framed_statement,
     "hospital care administration's letter with the statement in a framed box")
_reg("care-behandelovereenkomst-eerste-blad-twee-handtekeningen", "care-institution-statement", PART, "nl",
     care_agreement_first_page, "first page of a treatment agreement in articles, signed by patient and practitioner")
_reg("care-revalidatiecentrum-email-webmail-browserprint", "care-institution-statement", PART, "nl",
     care_email_browser, "rehabilitation centre's e-mail printed from the browser's webmail")


# =========================================================================== health insurance

def polisblad_barcode_table(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A Dutch insurer's policy sheet: a barcode strip at the top right, the insured's data, the cover as a
    table (module / cover / own risk)."""
    ins = c.insurer_nl
    sh = c.new_sheet()
    W = c.page_w
    f = "sans6"
    col = ins.get("color", (0, 100, 140))
    T(sh, 20, 14, ins["name"], font=f, size=14, bold=True, color=col)
    T(sh, 20, 21, ins["post"], font=f, size=8, color=GREY)
    r = random.Random(seed_of("bc22", c.rng_seed))
    x = W - 70
    for _ in range(40):
        w = r.choice([0.3, 0.5, 0.8])
        sh.rect(x, 12, w, 10, width_mm=0, fill=(0, 0, 0))
        x += w + r.choice([0.3, 0.5])
    pol = _policy_no(c)
    T(sh, 20, 36, "Polisblad 2026", font=f, size=16, bold=True)
    y = 46
    for a, b in (("Verzekeringnemer", f"{c.p.given_names} {c.p.surname}"), ("Geboortedatum", c.dfmt(c.p.birth_date)),
                 ("Polisnummer", pol), ("UZOVI-code", str(ins["uzovi"])), ("Ingangsdatum", "01-01-2026")):
        T(sh, 20, y, a, font=f, size=9.5, color=GREY)
        T(sh, 70, y, b, font=f, size=10)
        y += 6
    y += 6
    for i, row in enumerate([("Verzekering", "Dekking", "Eigen risico")] +
                            [("Basisverzekering Natura", "volgens Zorgverzekeringswet", "€ 385"),
                             ("Aanvullend Plus", "fysiotherapie, tandarts tot € 250", "—")]):
        for j, w in enumerate((55, 80, 35)):
            xx = 20 + sum((55, 80, 35)[:j])
            sh.rect(xx, y, w, 7, width_mm=0.25, fill=(225, 236, 242) if i == 0 else None)
            T(sh, xx + 2, y + 1.6, row[j], font=f, size=9, bold=(i == 0))
        y += 7
    return [sh]


def incoming_blue_frame(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An incoming insurer's certificate in a blue frame: the Dutch text, the policy and period in a small table,
    signed by the claims manager."""
    name = _incoming_name(c)
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    f = "serif3"
    sh.rect(12, 12, W - 24, H - 24, width_mm=1.2, color=(30, 70, 150))
    T(sh, W / 2, 24, name, font=f, size=14, bold=True, align="center", color=(30, 70, 150))
    T(sh, W / 2, 34, "VERZEKERINGSCERTIFICAAT", font=f, size=13, bold=True, align="center")
    s = c.sub - dt.timedelta(days=random.Random(c.rng_seed).randint(10, 160))
    e = add_years(s, 1) - dt.timedelta(days=1)
    pol = _policy_no(c, "INC-")
    y = 48
    for a, b in (("Verzekerde", f"{c.p.given_names} {c.p.surname}"), ("Geboren", d_nl(c.p.birth_date)),
                 ("Polis", pol), ("Looptijd", f"{d_nl(s)} t/m {d_nl(e)}")):
        T(sh, 30, y, a, font=f, size=10.5, color=GREY)
        T(sh, 75, y, b, font=f, size=11)
        y += 7
    y = P(sh, 30, y + 6, W - 60, "De verzekering dekt de kosten van medisch noodzakelijke zorg in Nederland, "
          "waaronder ziekenhuisopname, specialistische behandeling en voorgeschreven geneesmiddelen, tot een "
          "maximum van € 500.000 per verzekeringsjaar.", font=f, size=10.5, leading=1.45) + 8
    T(sh, 30, y, d_nl(c.sub - dt.timedelta(days=rng.randint(3, 25))), font=f, size=10)
    sh.signature(30, y + 5, 42, 13, rng, color=BLUE_INK)
    T(sh, 30, y + 20, "Manager Schadebehandeling", font=f, size=10)
    return [sh]


def intl_paraguay_certificate(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An international insurer's Spanish/English certificate (a Paraguayan insurer's in this part's US Letter
    dossier): the insurer's name in a top band, the data as a two-column table with both languages in the captions,
    signed and stamped with the insurer's city and country."""
    ins = c.insurer_intl
    sh = c.new_sheet()
    W = c.page_w
    f = "sans2"
    col = ins.get("color", (150, 30, 40))
    sh.rect(0, 0, W, 22, width_mm=0, fill=col)
    T(sh, 20, 6, ins["name"], font=f, size=13, bold=True, color=(255, 255, 255))
    T(sh, 20, 13.5, ins["addr"], font=f, size=7.5, color=(240, 240, 240))
    T(sh, W / 2, 32, "CERTIFICADO DE COBERTURA / CERTIFICATE OF COVERAGE", font=f, size=12, bold=True,
      align="center")
    s = c.sub - dt.timedelta(days=random.Random(c.rng_seed).randint(20, 200))
    e = add_years(s, 1) - dt.timedelta(days=1)
    rows = [("Asegurado / Insured", f"{c.p.given_names} {c.p.surname}"),
            ("Nacimiento / Born", d_en(c.p.birth_date)), ("Póliza / Policy", _policy_no(c, "PY-")),
            ("Plan", ins.get("plan", "Global")), ("Vigencia / Valid", f"{d_en(s)} – {d_en(e)}"),
            ("Territorio / Territory", "Mundial, incl. Países Bajos / Worldwide incl. the Netherlands")]
    y = 44
    for a, b in rows:
        sh.rect(20, y, 62, 9, width_mm=0.25, fill=(240, 236, 236))
        sh.rect(82, y, W - 102, 9, width_mm=0.25)
        T(sh, 22, y + 2.4, a, font=f, size=9, bold=True)
        T(sh, 84, y + 2.4, b[:64], font=f, size=9.2)
        y += 9
    y = P(sh, 20, y + 8, W - 40, "Cubre hospitalización, tratamiento ambulatorio, atención especializada y "
          "medicamentos recetados en los Países Bajos, incluidas enfermedades preexistentes. / Covers "
          "hospitalisation, out-patient and specialist treatment and prescribed medicines in the Netherlands, "
          "including pre-existing conditions.", font=f, size=9.8, leading=1.4) + 8
    bits = [b.strip() for b in ins["addr"].split(",")]
    country = bits[-1]
    city = bits[-2].split()[-1] if len(bits) > 1 else country
    sh.signature(20, y, 42, 13, rng, color=BLUE_INK)
    sh.stamp(90, y - 4, [ins.get("short", "SEGUROS").upper()[:18], city.upper()[:16], country.upper()[:16]], rng,
             shape="round", size_mm=26, color=(40, 60, 150))
    T(sh, 20, y + 16, "Gerente Técnico / Technical Manager", font=f, size=9.5)
    T(sh, 20, y + 21, f"{city}, {d_en(c.sub - dt.timedelta(days=rng.randint(5, 30)))}", font=f, size=9.5)
    return [sh]


_reg("polisblad-streepjescode-dekkingstabel", "health-insurance", PART, "nl", polisblad_barcode_table,
     "Dutch insurer's policy sheet with a barcode strip and a cover table")
_reg("incoming-certificaat-blauw-kader-looptijd", "health-insurance", PART, "nl", incoming_blue_frame,
     "incoming insurer's certificate in a blue frame")
_reg("intl-certificado-paraguay-carta-kopband-tabel", "health-insurance", PART, "en/es", intl_paraguay_certificate,
     "international insurer's Spanish/English certificate from Paraguay with a top band (Letter paper)")


# =========================================================================== civic integration

def duo_diploma_roundel(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """DUO's diploma with a large 'B1' roundel at the upper right, the holder's name in bold sans, the number and
    the signature at the foot."""
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    f = "sans6"
    im = Image.new("RGBA", (300, 300), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.ellipse([6, 6, 294, 294], fill=(0, 110, 170, 255))
    d.ellipse([30, 30, 270, 270], outline=(255, 255, 255, 255), width=6)
    sh.image(W - 62, 20, 40, 40, im)
    T(sh, W - 42, 33, "B1", font=f, size=26, bold=True, color=(255, 255, 255), align="center")
    T(sh, 24, 30, "Diploma", font=f, size=30, bold=True, color=(0, 110, 170))
    T(sh, 24, 46, "inburgering", font=f, size=20, color=(0, 110, 170))
    T(sh, 24, 84, "Dit diploma is uitgereikt aan", font=f, size=11)
    T(sh, 24, 94, f"{c.p.given_names} {c.p.surname}", font=f, size=19, bold=True)
    T(sh, 24, 108, f"geboren op {d_nl(c.p.birth_date)} te {c.p.birth_place}", font=f, size=11)
    P(sh, 24, 124, W - 60, "omdat zij/hij het inburgeringsexamen op niveau B1 heeft gehaald, zoals bedoeld in de "
      "Wet inburgering 2021.", font=f, size=11, leading=1.5)
    dd = _inb_date(c, rng)
    r = random.Random(seed_of("dip22", c.rng_seed))
    T(sh, 24, H - 60, f"Groningen, {d_nl(dd)}", font=f, size=10.5)
    T(sh, 24, H - 53, f"Diplomanummer {r.randint(100, 999)} {r.randint(100, 999)} {r.randint(100, 999)}", font=f,
      size=9, color=GREY)
    sh.signature(W - 90, H - 70, 46, 15, rng, color=BLACK_INK)
    T(sh, W - 90, H - 52, "namens de minister van SZW, DUO", font=f, size=9)
    return [sh]


def duo_exemption_mijnduo(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """DUO's exemption decision downloaded from Mijn DUO: a blue band with 'Mijn DUO', the message's date, the
    decision in bold under the heading 'Ontheffing inburgeringsplicht'."""
    sh = c.new_sheet()
    W = c.page_w
    f = "sans"
    sh.rect(0, 0, W, 18, width_mm=0, fill=(0, 70, 140))
    T(sh, 20, 5, "Mijn DUO", font=f, size=14, bold=True, color=(255, 255, 255))
    T(sh, W - 20, 7, "Berichten › Besluit", font=f, size=8.5, color=(220, 230, 245), align="right")
    dd = _inb_date(c, rng)
    r = random.Random(seed_of("ont22", c.rng_seed))
    T(sh, 20, 30, "Ontheffing inburgeringsplicht", font=f, size=15, bold=True)
    T(sh, 20, 38, f"Datum bericht: {d_nl(dd)} · kenmerk {r.randint(1000000, 9999999)}", font=f, size=9, color=GREY)
    p = c.p
    y = 50
    for para in (f"Beste {p.given_names} {p.surname},",
                 "**U krijgt ontheffing van de inburgeringsplicht.**",
                 "U hebt een ontheffing aangevraagd op medische gronden. Uit het advies van de keuringsarts blijkt "
                 "dat u het examen door een psychische of lichamelijke beperking blijvend niet kunt halen. Daarom "
                 "hoeft u niet meer in te burgeren.",
                 "Bent u het niet eens met dit besluit? Dan kunt u binnen 6 weken bezwaar maken via Mijn DUO.",
                 "Met vriendelijke groet,\nDienst Uitvoering Onderwijs"):
        bold = para.startswith("**")
        y = P(sh, 20, y, W - 40, para.strip("*"), font=f, size=11 if bold else 10.5, leading=1.4) + 4
    T(sh, 20, c.page_h - 12, "https://mijn.duo.nl/inburgeren/berichten", font=f, size=7, color=GREY)
    return [sh]


def duo_results_table(c: Case, rng: random.Random, *, failed: bool = False, **_) -> list[Sheet]:
    """DUO's results letter with a table 'onderdeel / datum / uitslag' (gehaald / niet gehaald); with ``failed``
    one part is 'niet gehaald' and the letter says no diploma follows yet."""
    sh = c.new_sheet()
    W = c.page_w
    f = "serif5"
    T(sh, 20, 14, "Dienst Uitvoering Onderwijs", font=f, size=12, bold=True, color=(0, 70, 140))
    T(sh, 20, 20, "Examens inburgering", font=f, size=9, color=GREY)
    p = c.p
    T(sh, 20, 36, f"Uw examenuitslagen – {p.given_names} {p.surname} (geb. {c.dfmt(p.birth_date)})", font=f,
      size=11, bold=True)
    dd = _inb_date(c, rng)
    parts = ["Lezen", "Luisteren", "Schrijven", "Spreken", "Kennis Nederlandse Maatschappij"]
    bad = random.Random(seed_of("fail22", c.rng_seed)).randrange(4) if failed else -1
    y = 46
    for i, row in enumerate([("Onderdeel", "Datum", "Uitslag")] +
                            [(pp, d_nl(dd - dt.timedelta(days=21 * (5 - k)), "dashes_zero"),
                              "niet gehaald" if k == bad else "gehaald") for k, pp in enumerate(parts)]):
        for j, w in enumerate((80, 45, 45)):
            x = 20 + sum((80, 45, 45)[:j])
            sh.rect(x, y, w, 7.5, width_mm=0.25, fill=(228, 234, 244) if i == 0 else None)
            T(sh, x + 2, y + 1.8, row[j], font=f, size=9.8, bold=(i == 0 or row[j] == "niet gehaald"))
        y += 7.5
    msg = ("U hebt nog niet alle onderdelen gehaald. U krijgt daarom nog geen diploma inburgering." if failed else
           "U hebt alle onderdelen gehaald. Uw diploma inburgering ontvangt u binnen 6 weken.")
    P(sh, 20, y + 8, W - 40, msg, font=f, size=10.5, leading=1.4)
    return [sh]


_reg("duo-diploma-b1-rondel-vette-naam", "civic-integration", PART, "nl", duo_diploma_roundel,
     "DUO diploma with a large B1 roundel and the name in bold sans")
_reg("duo-ontheffing-mijnduo-bericht-blauwe-band", "civic-integration", PART, "nl", duo_exemption_mijnduo,
     "DUO exemption decision downloaded from Mijn DUO under its blue band")
_reg("duo-uitslag-tabel-onderdeel-datum-gehaald", "civic-integration", PART, "nl", duo_results_table,
     "DUO results letter with a table part / date / result")


# =========================================================================== other: cover letter, IND letters, visa

def cover_bullets_vnr_subject(c: Case, rng: random.Random, *, enclosures: list[str] | None = None, **_) -> list[Sheet]:
    """A Dutch lawyer's cover letter with the V-number in the subject line and the enclosures as a bulleted list,
    the firm's name and address in the footer."""
    from .ind import LAWYERS
    lw = c.lawyer or LAWYERS[0]
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    f = "serif7"
    T(sh, W - 20, 14, lw["firm"], font=f, size=12, bold=True, align="right")
    y = 40
    for ln in IND_ADDRESSES[rng.randrange(len(IND_ADDRESSES))].split("\n"):
        T(sh, 20, y, ln, font=f, size=10.5)
        y += 5
    dd = c.sub - dt.timedelta(days=rng.randint(0, 3))
    T(sh, 20, y + 8, f"{lw['city']}, {d_nl(dd)}", font=f, size=10.5)
    T(sh, 20, y + 18, f"Betreft: {c.p.given_names} {c.p.surname}, geb. {c.dfmt(c.p.birth_date)} – V-nummer {c.vnr}",
      font=f, size=10.5, bold=True)
    y += 30
    paras = ["Geachte heer, mevrouw,",
             f"Hierbij dien ik namens mijn cliënt{'e' if c.p.sex == 'F' else ''} een aanvraag in voor "
             f"{PROC_NL[c.procedure]}."]
    if c.procedure == "ind-medical-treatment" and c.art64_end:
        paras.append(f"Het uitstel van vertrek op grond van artikel 64 Vw eindigt op {d_nl(c.art64_end)}.")
    if c.procedure == "ind-hnt-continued" and c.since:
        paras.append(f"Cliënt heeft sinds {d_nl(c.since)} een verblijfsvergunning "
                     f"({dict(ROUTES_7027).get(c.route, '').replace('na verblijf ', '')}).")
    if c.no_passport:
        paras.append("Cliënt heeft geen geldig paspoort; ik verzoek om vrijstelling van het paspoortvereiste. "
                     + " ".join(EXEMPTION_TEXT[i] for i in c.exemption_shown))
    if c.suriname_visa:
        paras.append("Cliënt is Surinaams onderdaan en reisde in met een mvv voor medische behandeling (bijlage).")
    for p_ in paras:
        y = P(sh, 20, y, W - 40, p_, font=f, size=10.5, leading=1.35) + 4
    if enclosures:
        T(sh, 20, y, "Bijlagen:", font=f, size=10.5, bold=True)
        y += 6
        for e in enclosures:
            T(sh, 24, y, "•", font=f, size=10.5)
            T(sh, 29, y, e, font=f, size=10.5)
            y += 5.2
        y += 4
    T(sh, 20, y, "Met vriendelijke groet,", font=f, size=10.5)
    sh.signature(20, y + 4, 44, 14, rng, color=rng.choice([BLUE_INK, BLACK_INK]))
    T(sh, 20, y + 20, c.lawyer_name or "mr. J. Bakker", font=f, size=10.5)
    sh.rule(20, H - 20, W - 20, H - 20, width_mm=0.2, color=GREY)
    T(sh, W / 2, H - 17, f"{lw['firm']} · {lw['street']} · {lw['pc']} {lw['city']} · {lw['mail']}", font=f, size=7.5,
      color=GREY, align="center")
    return [c.intr(sh)]


def _ind_head(sh: Sheet, c: Case, dd: D, title: str) -> float:
    """The IND's letter with the case data in a grey box under the title."""
    W = c.page_w
    T(sh, 20, 14, "IND", font="sans6", size=18, bold=True, color=(21, 66, 115))
    T(sh, 40, 15, "Immigratie- en Naturalisatiedienst · Ministerie van Asiel en Migratie", font="sans6", size=8,
      color=GREY)
    p = c.p
    y = 36
    for ln in (f"{title_nl(p).capitalize()} {p.given_names} {p.surname}",
               *((f"{p.address.street} {p.address.number}", f"{p.address.postcode} {p.address.city}")
                 if p.address else ())):
        T(sh, 20, y, ln, font="sans6", size=10)
        y += 5
    T(sh, 20, 66, title, font="sans6", size=12.5, bold=True)
    r = random.Random(seed_of("ind22", c.rng_seed))
    sh.rect(20, 74, W - 40, 14, width_mm=0, fill=(232, 232, 232))
    for i, (a, b) in enumerate((("Datum", d_nl(dd)), ("V-nummer", c.vnr),
                                ("Zaaknummer", f"{r.randint(1000, 9999)}-{r.randint(100000, 999999)}"))):
        T(sh, 23 + i * 58, 76, a, font="sans6", size=7.5, color=GREY)
        T(sh, 23 + i * 58, 80.5, b, font="sans6", size=9.5, bold=True)
    return 96


def art64_decision(c: Case, rng: random.Random, **_) -> list[Sheet]:
    end = c.art64_end or (c.since - dt.timedelta(days=1) if c.since else c.sub + dt.timedelta(days=10))
    start = add_years(end, -1) + dt.timedelta(days=1)
    dd = start + dt.timedelta(days=rng.randint(4, 30))
    sh = c.new_sheet()
    y = _ind_head(sh, c, dd, "Besluit op uw aanvraag om uitstel van vertrek (artikel 64 Vreemdelingenwet)")
    for para in (f"Geachte {title_nl(c.p)} {c.p.surname},",
                 "Wij hebben besloten u uitstel van vertrek te verlenen, omdat u om medische redenen niet kunt "
                 "reizen. Wij baseren ons op het advies van het Bureau Medische Advisering.",
                 f"Het uitstel van vertrek loopt van {d_nl(start)} tot en met {d_nl(end)}.",
                 "U kunt in de periode van 28 dagen vóór tot 28 dagen na de einddatum een verblijfsvergunning voor "
                 "medische behandeling aanvragen.",
                 "Met vriendelijke groet,\nnamens de Minister van Asiel en Migratie,\nImmigratie- en "
                 "Naturalisatiedienst"):
        y = P(sh, 20, y, c.page_w - 40, para, font="sans6", size=10, leading=1.4) + 4
    return [c.intr(sh)]


def permit_decision(c: Case, rng: random.Random, **_) -> list[Sheet]:
    since = c.since or D(2022, 5, 1)
    dd = since + dt.timedelta(days=rng.randint(8, 45))
    purpose = {"medical-treatment": "medische behandeling", "medical-treatment-after-art64": "medische behandeling",
               "relationship": "verblijf bij partner", "parent": "verblijf bij ouder",
               "trafficking-victim": "slachtoffer-getuige mensenhandel",
               "trafficking-victim-no-report": "slachtoffer mensenhandel (zonder aangifte)",
               "domestic-violence": "humanitair tijdelijk – slachtoffer huiselijk geweld",
               "buiten-schuld": "humanitair tijdelijk – buiten schuld"}.get(c.route or "", "regulier")
    sh = c.new_sheet()
    y = _ind_head(sh, c, dd, "Besluit op uw aanvraag: toegewezen")
    for para in (f"Geachte {title_nl(c.p)} {c.p.surname},",
                 f"U krijgt een verblijfsvergunning regulier voor bepaalde tijd met het verblijfsdoel '{purpose}'.",
                 f"De vergunning is geldig van {d_nl(since)} tot en met "
                 f"{d_nl(add_years(since, 1 if 'medisch' in purpose else 5) - dt.timedelta(days=1))}.",
                 "U kunt uw verblijfsdocument ophalen op het IND-loket na het maken van een afspraak.",
                 "Met vriendelijke groet,\nImmigratie- en Naturalisatiedienst"):
        y = P(sh, 20, y, c.page_w - 40, para, font="sans6", size=10, leading=1.4) + 4
    return [c.intr(sh)]


def mvv_sticker_page(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The MVV sticker on its passport page copied with the opposite page, which carries the entry stamp; the open
    booklet across the upper half of the sheet."""
    sh = c.new_sheet()
    bx, by = 20, 30
    sh.rect(bx - 3, by - 3, 176, 94, width_mm=0, fill=(40, 50, 60))
    sh.rect(bx, by, 85, 88, width_mm=0, fill=(240, 238, 230))
    sh.rect(bx + 85, by, 85, 88, width_mm=0, fill=(240, 238, 230))
    sh.rule(bx + 85, by, bx + 85, by + 88, width_mm=0.6, color=(120, 120, 120))
    start = c.sub - dt.timedelta(days=rng.randint(150, 200))
    end = start + dt.timedelta(days=rng.randint(175, 185))
    entry = start + dt.timedelta(days=rng.randint(5, 30))
    sh.stamp(bx + 10, by + 14, ["SCHIPHOL", entry.strftime("%d.%m.%y"), "NL ▸"], rng, shape="rect", size_mm=30,
             color=(40, 40, 40), angle=rng.uniform(-8, 8))
    vx, vy = bx + 88, by + 4
    sh.rect(vx, vy, 80, 80, width_mm=0.3, fill=(224, 232, 244))
    T(sh, vx + 3, vy + 3, "VISUM · NLD", font="sans4", size=9, bold=True, color=(40, 50, 100))
    pno = c.passport_no or f"S{rng.randint(1000000, 9999999)}"
    rows = [("GELDIG VOOR", "SCHENGENSTATEN"), ("VAN", start.strftime("%d-%m-%Y")), ("TOT", end.strftime("%d-%m-%Y")),
            ("TYPE", "D · MVV"), ("PASPOORT", pno), ("NAAM", f"{c.p.surname.upper()} {c.p.given_names.upper()}"[:28]),
            ("OPMERKINGEN", "MEDISCHE BEHANDELING")]
    yy = vy + 10
    for a, b in rows:
        T(sh, vx + 3, yy, a, font="sans4", size=5.5, color=GREY)
        T(sh, vx + 3, yy + 2.3, b, font="sans4", size=7.5)
        yy += 7.3
    line1 = ("V<NLD" + _mrz_name(c.p, 39))[:44]
    birth = c.p.birth_date.strftime("%y%m%d")
    exp = end.strftime("%y%m%d")
    pn = (pno + "<" * 9)[:9]
    line2 = (f"{pn}{_mrz_check(pn)}SUR{birth}{_mrz_check(birth)}{c.p.sex}{exp}{_mrz_check(exp)}" + "<" * 16)[:44]
    T(sh, bx + 2, by + 96, line1, font="ocrb", size=7.2)
    T(sh, bx + 2, by + 101, line2, font="ocrb", size=7.2)
    return [sh]


_reg("cover-letter-vnummer-in-betreft-bijlagen-opsomming-voetregel", "other", PART, "nl", cover_bullets_vnr_subject,
     "Dutch lawyer's cover letter with the V-number in the subject line and a bulleted list of enclosures")
_reg("art64-decision-ind-grijs-gegevensvak-onder-titel", "other", PART, "nl", art64_decision,
     "IND art. 64 decision with the case data in a grey box under the title")
_reg("permit-letter-ind-grijs-gegevensvak-onder-titel", "other", PART, "nl", permit_decision,
     "IND permit decision with the case data in a grey box under the title")
_reg("mvv-sticker-sur-paspoortpagina-met-inreisstempel-tegenover", "other", PART, "nl", mvv_sticker_page,
     "MVV sticker on its passport page copied with the opposite page's Schiphol entry stamp")
