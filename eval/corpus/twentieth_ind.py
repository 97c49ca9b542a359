"""IND families of the `twentieth` part (registered in ind.FAMILIES).

Written after dev, heldout and the parts fresh to nineteenth had been read, by a writer who did not see the
validator: the IND application forms printed blank and filled in, each question in a numbered row with the answer
written (or typed) over a dotted line and the options printed as words 'ja / nee' of which the chosen one is circled
by hand (or marked [X] when typed), the V-number in a framed header field on every page; a payslip printed from a
payroll portal with two blocks and the year-to-date column, a guarantor's declaration typed on the guarantor's own
letterhead-less sheet with a copy of the bank card number blacked out, an employer's statement as a letter with a
data table; a hospital specialist's answers to the lawyer's questions ('Vraag / Antwoord'), an outpatient clinic's
statement with a blue label column, an English statement of a university hospital; care institutions' letters with
a reference column at the right, a statement form with numbered questions, an English acceptance letter; a Dutch
insurer's policy overview with the coverage table, an incoming insurer's certificate with the policy card printed
beside it, an international insurer's English/Spanish certificate (on Letter paper when it comes from Honduras); DUO's
diploma with a grey guilloche band at the foot, an exemption letter with the decision in a bold first line, a results
letter with a table of exam parts and a legend; a Dutch lawyer's cover letter whose enclosures are a numbered
'Productie 1 …' list in the margin, the IND's decisions printed from the portal with a grey header block, the MVV
sticker copied with the passport's facing page.  Every maker draws on ``c.new_sheet()`` and marks pages that print
the V-number with ``c.intr``.
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

PART = "twentieth"
NAVY = (20, 40, 90)
D = dt.date


def circle(sh: Sheet, x: float, y: float, w: float, h: float, rng: random.Random, color=BLUE_INK) -> None:
    """A hand-drawn ellipse around a printed word (the way people choose an option on a paper form)."""
    k = 12
    W, H = int((w + 4) * k), int((h + 4) * k)
    im = Image.new("RGBA", (W, H), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    j = lambda: rng.uniform(-0.8, 0.8) * k
    d.ellipse([2 * k + j(), 2 * k + j(), W - 2 * k + j(), H - 2 * k + j()], outline=color + (235,), width=int(k * 0.35))
    d.arc([2 * k + j(), 1.5 * k + j(), W - 1.5 * k + j(), H - 2 * k + j()], 200, 320, fill=color + (235,),
          width=int(k * 0.3))
    sh.image(x - 2, y - 2, w + 4, h + 4, im)


# =========================================================================== application forms

class _Circled:
    def __init__(self, c: Case, rng: random.Random, title: str, code: str):
        self.c, self.rng, self.title, self.code = c, rng, title, code
        self.hand = c.fill == "hand"
        self.ink = rng.choice([BLUE_INK, BLACK_INK])
        self.hf = rng.choice(["hand1", "hand2", "hand4"])
        self.lf = "sans4"
        self.pages: list[Sheet] = []
        self.y = 0.0
        self.q = 0
        self.new()

    def new(self):
        c = self.c
        sh = c.new_sheet()
        W = c.page_w
        sh.rect(20, 10, 16, 10, width_mm=0, fill=NAVY)
        T(sh, 28, 12.3, "IND", font="sans4", size=10, bold=True, color=(255, 255, 255), align="center")
        T(sh, 40, 11, self.title, font=self.lf, size=9.5, bold=True)
        T(sh, 40, 16, "Immigratie- en Naturalisatiedienst", font=self.lf, size=7.5, color=GREY)
        sh.rect(W - 66, 9, 46, 12, width_mm=0.35)
        T(sh, W - 64, 10, "V-nummer", font=self.lf, size=6.5, color=GREY)
        if self.hand:
            sh.handwriting(W - 62, 13.2, c.vnr, self.rng, size_pt=11, color=self.ink, font=self.hf)
        else:
            T(sh, W - 62, 14.5, c.vnr, font="mono", size=11)
        sh.rule(20, 24, W - 20, 24, width_mm=0.4, color=NAVY)
        self.pages.append(c.intr(sh))
        self.y = 30.0

    def need(self, h: float):
        if self.y + h > self.c.page_h - 22:
            self.new()

    def head(self, s: str):
        self.need(16)
        sh = self.pages[-1]
        T(sh, 20, self.y + 2, s, font=self.lf, size=10.5, bold=True, color=NAVY)
        self.y += 9

    def ask(self, label: str, value: str | None = None, options: list[str] | None = None, chosen: int | None = None,
            width: float | None = None):
        self.q += 1
        sh0 = self.pages[-1]
        W = self.c.page_w
        lab = f"{self.q}. {label}"
        lrows = sh0.wrap(lab, 72, font=self.lf, size_pt=8.8)
        vrows = []
        if value is not None:
            vrows = _rows(hand_safe(value) if self.hand else value, W - 122, self.hf if self.hand else "sans",
                          11 if self.hand else 9.8)
        h = max(4.2 * len(lrows), 6.2 * max(1, len(vrows)) if value is not None else 0, 7 if options else 0) + 3
        self.need(h)
        sh = self.pages[-1]
        for k, ln in enumerate(lrows):
            T(sh, 20, self.y + k * 4.2, ln, font=self.lf, size=8.8)
        x0 = 98
        if value is not None:
            for k in range(max(1, len(vrows))):
                sh.rule(x0, self.y + 4.8 + k * 6.2, W - 20, self.y + 4.8 + k * 6.2, width_mm=0.15, dash=0.5,
                        color=(120, 120, 120))
            for k, ln in enumerate(vrows):
                if self.hand:
                    sh.handwriting(x0 + 1, self.y - 0.8 + k * 6.2, ln, self.rng, size_pt=11, color=self.ink,
                                   font=self.hf)
                else:
                    T(sh, x0 + 1, self.y + 0.6 + k * 6.2, ln, font="sans", size=9.8)
        if options:
            xx = x0
            for i, o in enumerate(options):
                w = text_width_mm(o, self.lf, 9)
                if xx + w > W - 20:
                    xx = x0
                    self.y += 5.5
                    h += 5.5
                if i == chosen:
                    if self.hand:
                        circle(sh, xx - 1, self.y - 0.5, w + 2, 5, self.rng, self.ink)
                    else:
                        T(sh, xx - 5, self.y + 0.3, "[X]", font="mono", size=8.5, bold=True)
                T(sh, xx, self.y + 0.3, o, font=self.lf, size=9, bold=(i == chosen and not self.hand))
                xx += w + 10
        self.y += h + 0.6

    def sign(self):
        c = self.c
        self.head(f"{self.q + 1}. Ondertekening")
        self.q += 1
        sh = self.pages[-1]
        P(sh, 20, self.y, c.page_w - 40, "Ik verklaar dat ik dit formulier volledig en naar waarheid heb ingevuld.",
          font=self.lf, size=8.8)
        self.y += 8
        d0 = c.sub - dt.timedelta(days=self.rng.randint(1, 7))
        self.ask("Plaats en datum", f"{c.p.address.city if c.p.address else 'Utrecht'}, {c.dfmt(d0)}")
        self.need(26)
        sh = self.pages[-1]
        T(sh, 20, self.y + 2, "Handtekening", font=self.lf, size=8.8)
        sh.rule(98, self.y + 20, 170, self.y + 20, width_mm=0.3)
        sh.signature(100 + self.rng.uniform(0, 12), self.y + 4, self.rng.uniform(40, 56), 15, self.rng, color=self.ink)
        self.y += 26

    def finish(self) -> list[Sheet]:
        n = len(self.pages)
        for i, sh in enumerate(self.pages, 1):
            T(sh, 20, self.c.page_h - 12, self.code, font=self.lf, size=7, color=GREY)
            T(sh, self.c.page_w - 20, self.c.page_h - 12, f"pagina {i} van {n}", font=self.lf, size=7, color=GREY,
              align="right")
        return self.pages


def _rows(s: str, w: float, font: str, size: float) -> list[str]:
    out, line = [], ""
    for wd in str(s).split():
        t = (line + " " + wd).strip()
        if line and text_width_mm(t, font, size) * 1.06 > w:
            out.append(line)
            line = wd
        else:
            line = t
    if line:
        out.append(line)
    return out


def _personal(f: _Circled):
    c, p = f.c, f.c.p
    f.head("A  Uw persoonsgegevens")
    f.ask("Achternaam", p.surname)
    f.ask("Voornamen", p.given_names)
    f.ask("Geboortedatum", c.dfmt(p.birth_date))
    f.ask("Geboorteplaats en -land", f"{p.birth_place}, {country_nl(p)}")
    f.ask("Nationaliteit", nat_nl(p))
    f.ask("Geslacht", options=["man", "vrouw"], chosen=0 if p.sex == "M" else 1)
    if p.address:
        f.ask("Adres in Nederland", f"{p.address.street} {p.address.number}, {p.address.postcode} {p.address.city}")
    if c.lawyer:
        f.head("B  Uw gemachtigde")
        f.ask("Naam en kantoor", f"{c.lawyer_name}, {c.lawyer['firm']}, {c.lawyer['city']}")


def form_med(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _Circled(c, rng, "Aanvraag verblijfsvergunning medische behandeling",
                 "IND formulier medische behandeling (vreemdeling) · versie 2027-1")
    _personal(f)
    f.head("C  Uw medische behandeling")
    f.ask("Naam en plaats van de zorginstelling", f"{c.hospital.get('name', '')}, {c.hospital.get('city', '')}")
    f.ask("Welke behandeling krijgt u?", c.med.get("tx_short", ""))
    f.ask("Hebt u 1 jaar uitstel van vertrek (art. 64 Vw) gehad?", options=["nee", "ja"],
          chosen=1 if c.art64_end else 0)
    if c.art64_end:
        f.ask("Zo ja: tot en met welke datum?", c.dfmt(c.art64_end))
    else:
        f.ask("Wie betaalt de behandeling en het verblijf?", options=["ikzelf", "een garantsteller"],
              chosen=1 if c.payer else 0)
    f.ask("Hebt u een geldig paspoort?", options=["ja, kopie bijgevoegd", "nee, zie brief"],
          chosen=1 if c.no_passport else 0)
    f.ask("Bent u Surinamer met een MVV voor medische behandeling?", options=["nee", "ja"],
          chosen=1 if c.suriname_visa else 0)
    f.sign()
    return f.finish()


def form_7027(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _Circled(c, rng, "7027 Aanvraag humanitair niet tijdelijk – voortgezet verblijf",
                 "7027 · Aanvraag verblijfsvergunning humanitair niet tijdelijk (vreemdeling) · versie 2027-1")
    _personal(f)
    f.head("C  Uw huidige verblijfsvergunning")
    keys = [k for k, _ in ROUTES_7027]
    f.ask("Met welk verblijfsdoel had u een vergunning?", dict(ROUTES_7027).get(c.route, "").replace("na verblijf ", ""))
    f.ask("Vanaf welke datum?", c.dfmt(c.since) if c.since else "")
    r = random.Random(seed_of("vvr", c.rng_seed))
    f.ask("Nummer verblijfsdocument", f"{r.choice('NVYXW')}{r.choice('ABCDEFGHJK')}{r.randint(1000000, 9999999)}")
    if c.route == "relationship":
        f.ask("Hebt u aan de inburgeringsplicht voldaan?", options=["diploma", "ontheffing / vrijstelling", "nee"],
              chosen=0 if c.inburgering in ("diploma", "results") else (1 if c.inburgering == "exemption" else 2))
    if c.route and c.route.startswith("medical"):
        f.ask("Is de behandeling nog minstens 1 jaar nodig?", options=["ja", "nee"], chosen=0)
    f.sign()
    return f.finish()


def form_generic(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _Circled(c, rng, "Aanvraag verlenging verblijfsvergunning regulier",
                 "Verlenging verblijfsvergunning regulier (vreemdeling) · versie 2027-1")
    _personal(f)
    f.head("C  Uw verblijfsvergunning")
    purpose = GENERIC_PURPOSES[random.Random(c.rng_seed).randrange(len(GENERIC_PURPOSES))]
    f.ask("Verblijfsdoel", purpose)
    f.ask("Geldig tot", c.dfmt(c.sub + dt.timedelta(days=random.Random(c.rng_seed).randint(20, 80))))
    f.ask("Is uw situatie veranderd?", options=["nee", "ja (toelichting bijgevoegd)"], chosen=0)
    f.sign()
    return f.finish()


_reg("ind-form-med-genummerde-rijen-stippellijn-opties-omcirkeld", "application", PART, "nl", form_med,
     "medical-treatment form: numbered rows, answers over dotted lines, options circled by hand or [X] typed")
_reg("ind-form-7027-genummerde-rijen-stippellijn-opties-omcirkeld", "application", PART, "nl", form_7027,
     "form 7027 in the same layout")
_reg("ind-form-generic-genummerde-rijen-stippellijn-opties-omcirkeld", "application", PART, "nl", form_generic,
     "extension form in the same layout")


# =========================================================================== income

def payslip_portal(c: Case, rng: random.Random, *, month: int = 11, **_) -> list[Sheet]:
    """A payslip printed from the payroll portal: two blocks side by side (employer / employee), the wage table
    with 'Periode' and 'Cumulatief' columns, the net amount in a shaded bar."""
    g = earner(c)
    e = _emp(c, rng)
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    sh = c.new_sheet()
    W = c.page_w
    f = "sans2"
    T(sh, 20, 14, f"Loonstrook {['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'][month - 1]} 2026",
      font=f, size=15, bold=True)
    T(sh, W - 20, 16, "salarisportaal · afdrukdatum " + d_nl(D(2026, month, 25), "dashes_zero"), font=f, size=7.5,
      color=GREY, align="right")
    for col, (title, lines) in enumerate((("Werkgever", [e["name"], e["street"], f"{e['pc']} {e['city']}",
                                                           f"Loonheffingennr. {e['lhn']}"]),
                                          ("Werknemer", [f"{g.given_names} {g.surname}",
                                                         f"Personeelsnr. {e['pnr']}", f"Functie: {e['func_now']}",
                                                         f"In dienst sinds {d_nl(e['start'], 'dashes_zero')}"]))):
        x = 20 + col * 88
        sh.rect(x, 26, 82, 30, width_mm=0.3)
        T(sh, x + 3, 28, title, font=f, size=8, bold=True, color=GREY)
        for i, ln in enumerate(lines):
            T(sh, x + 3, 33 + i * 5, ln, font=f, size=9.5)
    rows = [("Salaris", k["bruto"], k["bruto"] * month), ("Pensioenpremie " + e.get("pension", ""), -k["pens"],
                                                          -k["pens"] * month),
            ("Loonheffing", -k["lh"], -k["lh"] * month)]
    if k["reis"]:
        rows.append(("Reiskostenvergoeding", k["reis"], k["reis"] * month))
    y = 66
    for i, h in enumerate(("Omschrijving", "Periode", "Cumulatief")):
        T(sh, [22, 140, 188][i], y, h, font=f, size=9, bold=True, align="left" if i == 0 else "right")
    sh.rule(20, y + 5, W - 20, y + 5, width_mm=0.3)
    y += 8
    for a, b, cm in rows:
        T(sh, 22, y, a, font=f, size=9.5)
        T(sh, 140, y, eur(b, False), font=f, size=9.5, align="right")
        T(sh, 188, y, eur(cm, False), font=f, size=9.5, align="right", color=GREY)
        y += 6
    sh.rect(20, y + 3, W - 40, 9, width_mm=0, fill=(225, 232, 240))
    T(sh, 22, y + 5, "Netto uitbetaald", font=f, size=10.5, bold=True)
    T(sh, 140, y + 5, eur(k["net"]), font=f, size=10.5, bold=True, align="right")
    T(sh, 20, y + 20, f"Overgemaakt op rekening {e['iban'][:4]} **** **** {e['iban'][-4:]}", font=f, size=8.5,
      color=GREY)
    return [sh]


def guarantor_typed_sheet(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The guarantor's own declaration typed on a plain sheet: who he or she is, the relation, the employer and net
    income, the undertaking to pay the costs of stay and treatment, signed with a copy of the guarantor's bank card
    number blacked out at the foot."""
    F = _guarantor_facts(c)
    g, e = F["g"], F["e"]
    sh = c.new_sheet()
    f = "serif"
    W = c.page_w
    a = g.address or c.p.address
    T(sh, 20, 16, f"{g.given_names} {g.surname}", font=f, size=11)
    if a:
        T(sh, 20, 21, f"{a.street} {a.number}", font=f, size=11)
        T(sh, 20, 26, f"{a.postcode} {a.city}", font=f, size=11)
    T(sh, 20, 46, "Aan de Immigratie- en Naturalisatiedienst", font=f, size=11)
    T(sh, 20, 60, "Betreft: verklaring garantsteller", font=f, size=11, bold=True)
    rel = c.payer_relation or "familielid"
    body = (f"Ondergetekende, {g.given_names} {g.surname}, geboren op {c.dfmt(g.birth_date)}, verklaart dat "
            f"{'hij' if g.sex == 'M' else 'zij'} de {rel} is van {c.p.given_names} {c.p.surname} (geboren "
            f"{c.dfmt(c.p.birth_date)}). Ik sta garant voor alle kosten van het verblijf en de medische behandeling "
            f"van {c.p.given_names} in Nederland. Ik werk bij {e['name']} te {e['city']} als {e['func_now'].lower()} "
            f"en verdien netto {eur(F['net'])} per maand; mijn loonstrook is bijgevoegd.")
    y = P(sh, 20, 72, W - 40, body, font=f, size=11, leading=1.5)
    T(sh, 20, y + 10, f"{a.city if a else 'Rotterdam'}, {c.dfmt(c.sub - dt.timedelta(days=rng.randint(4, 30)))}",
      font=f, size=11)
    sh.signature(20, y + 16, 48, 15, rng, color=rng.choice([BLUE_INK, BLACK_INK]))
    T(sh, 20, y + 33, f"{g.given_names} {g.surname}", font=f, size=11)
    sh.rect(20, y + 48, 86, 24, width_mm=0.3, color=(150, 150, 150))
    T(sh, 23, y + 50, "Betaalpas / bankpas (kopie)", font="sans", size=7.5, color=GREY)
    sh.rect(24, y + 58, 60, 5, width_mm=0, fill=(10, 10, 10))
    T(sh, 24, y + 65, f"{g.surname.upper()}", font="sans", size=8)
    return [sh]


def employer_letter_table(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An employer's statement as a letter on letterhead with the employment data in a two-column table."""
    g = earner(c)
    e = _emp(c, rng)
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    sh = c.new_sheet()
    W = c.page_w
    f = "sans3"
    T(sh, 20, 14, e["name"], font=f, size=13, bold=True, color=(40, 80, 60))
    T(sh, 20, 20, f"{e['street']} · {e['pc']} {e['city']} · KvK {e['kvk']}", font=f, size=8, color=GREY)
    T(sh, 20, 40, "WERKGEVERSVERKLARING", font=f, size=13, bold=True)
    y = P(sh, 20, 50, W - 40, "Hierbij verklaren wij dat onderstaande werknemer bij ons in dienst is.", font=f,
          size=10)
    rows = [("Naam werknemer", f"{g.given_names} {g.surname}"), ("Geboortedatum", c.dfmt(g.birth_date)),
            ("Functie", e["func_now"]), ("In dienst sinds", c.dfmt(e["start"])),
            ("Soort dienstverband", rng.choice(["onbepaalde tijd", "bepaalde tijd, verlenging verwacht"])),
            ("Bruto maandloon", eur(e["bruto"])), ("Netto maandloon (gemiddeld)", eur(k["net"])),
            ("Vakantiegeld", "8 %"), ("Proeftijd", "nee"), ("Loonbeslag", "nee")]
    y += 4
    for a, b in rows:
        sh.rect(20, y, 70, 7.5, width_mm=0.25, fill=(238, 244, 240))
        sh.rect(90, y, W - 110, 7.5, width_mm=0.25)
        T(sh, 22, y + 1.8, a, font=f, size=9)
        T(sh, 92, y + 1.8, b, font=f, size=9.5)
        y += 7.5
    dd = c.sub - dt.timedelta(days=rng.randint(5, 40))
    T(sh, 20, y + 10, f"{e['city']}, {d_nl(dd)}", font=f, size=10)
    sh.signature(20, y + 15, 45, 14, rng, color=BLUE_INK)
    gg, ss, _ = make_professional(random.Random(seed_of("hr", c.rng_seed)), "NL")
    T(sh, 20, y + 31, f"{gg} {ss}, HR-adviseur", font=f, size=10)
    sh.stamp(100, y + 12, [e["name"][:22].upper(), e["city"].upper()], rng, shape="rect", size_mm=34,
             color=(40, 60, 160))
    return [sh]


def bank_transactions_print(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A print of the transactions list from internet banking, three months of the earner's account with the
    monthly salary credits among the other lines, the salary lines marked with a pen tick by the lawyer."""
    from .ind import iban_fmt, iban_nl
    g = earner(c)
    e = _emp(c, rng)
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    bank = c.bank
    iban = iban_nl(random.Random(seed_of("iban20", c.rng_seed)), bank["code"])
    sh = c.new_sheet()
    W = c.page_w
    f = "sans"
    T(sh, 20, 12, bank["name"], font=f, size=12, bold=True, color=(0, 90, 70))
    T(sh, W - 20, 12, "Internetbankieren · Af- en bijschrijvingen", font=f, size=8, color=GREY, align="right")
    T(sh, 20, 24, f"Rekening {iban_fmt(iban)} · {g.given_names[:1]}. {g.surname}", font=f, size=10)
    T(sh, 20, 30, "Periode 01-09-2026 t/m 30-11-2026", font=f, size=9, color=GREY)
    lines = []
    for m in (9, 10, 11):
        lines.append((D(2026, m, rng.randint(22, 25)), e["name"], "SALARIS " + ["SEPT", "OKT", "NOV"][m - 9], k["net"]))
        for _ in range(rng.randint(3, 5)):
            who, lo, hi = rng.choice([("Albert Heijn 1403", 12, 140), ("Woonstichting huur", 520, 780),
                                      ("Vodafone", 18, 45), ("NS Reizigers", 4, 60), ("Kruidvat", 3, 35),
                                      ("Zorgpremie", 140, 160), ("Energiedirect", 90, 210)])
            lines.append((D(2026, m, rng.randint(1, 28)), who, "", -round(rng.uniform(lo, hi), 2)))
    lines.sort(key=lambda t: t[0], reverse=True)
    y = 40
    for i, h in enumerate(("Datum", "Naam / omschrijving", "Bedrag")):
        T(sh, [20, 45, W - 20][i], y, h, font=f, size=8.5, bold=True, align="right" if i == 2 else "left")
    sh.rule(20, y + 4.5, W - 20, y + 4.5, width_mm=0.3)
    y += 7
    for d, n, o, a in lines:
        T(sh, 20, y, d.strftime("%d-%m-%Y"), font=f, size=8.8)
        T(sh, 45, y, (n + (" · " + o if o else ""))[:60], font=f, size=8.8)
        T(sh, W - 20, y, ("+" if a > 0 else "") + eur(a, False), font=f, size=8.8, align="right",
          color=(0, 110, 50) if a > 0 else (0, 0, 0))
        if a > 0:
            sh.handwriting(W - 18, y - 1.5, "v", rng, size_pt=12, color=(200, 30, 40), font="hand1")
        y += 5.6
    T(sh, 20, c.page_h - 14, f"Afgedrukt op {d_nl(c.sub - dt.timedelta(days=rng.randint(1, 9)), 'dashes_zero')}",
      font=f, size=7, color=GREY)
    return [sh]


_reg("payslip-salarisportaal-twee-blokken-cumulatief-nettobalk", "income-proof", PART, "nl", payslip_portal,
     "payslip printed from the payroll portal, employer/employee blocks, period and year-to-date columns")
_reg("guarantor-eigen-verklaring-getypt-bankpas-zwartgemaakt", "income-proof", PART, "nl", guarantor_typed_sheet,
     "guarantor's own typed declaration with a blacked-out copy of the bank card")
_reg("werkgeversverklaring-brief-tabel-twee-kolommen-hr", "income-proof", PART, "nl", employer_letter_table,
     "employer's statement as a letter with a two-column data table, HR adviser's signature and stamp")
_reg("bankafschrift-internetbankieren-transactielijst-salaris-afgevinkt", "income-proof", PART, "nl",
     bank_transactions_print, "internet banking transactions list, salary credits ticked in red pen")


# =========================================================================== medical statements

def _spec(c: Case):
    r = random.Random(seed_of("doctor", "spec", c.rng_seed))
    g, s, _ = make_professional(r, "NL")
    return f"{r.choice(['dr.', 'prof. dr.', 'drs.'])} {g[0]}. {s}"


def medstat_vraag_antwoord(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The treating specialist answers the lawyer's questions in a letter: each question in bold as 'Vraag n', the
    answer under it."""
    h = c.hospital
    doc = _spec(c)
    sh = c.new_sheet()
    W = c.page_w
    f = "serif2"
    T(sh, 20, 14, h["name"], font=f, size=12, bold=True, color=h.get("color", NAVY))
    T(sh, 20, 20, f"{c.med['spec']} · {h['street']}, {h['pc']} {h['city']}", font=f, size=8.5, color=GREY)
    T(sh, 20, 36, f"Betreft: {title_nl(c.p)} {c.p.given_names} {c.p.surname}, geboren {c.dfmt(c.p.birth_date)}",
      font=f, size=10.5, bold=True)
    start = _treat_start(c)
    qa = [("Wat is de diagnose?", c.med["dx"] + "."),
          ("Welke behandeling krijgt patiënt en sinds wanneer?", f"{c.med['tx'][0].upper() + c.med['tx'][1:]}, sinds "
                                                                 f"{d_nl(start)}."),
          ("Hoe lang is de behandeling nog nodig?", duration_phrase(c.duration, start)),
          ("Wat gebeurt er als de behandeling stopt?", c.med["stop"]),
          ("Is de behandeling in het land van herkomst beschikbaar?", _not_available(c))]
    y = 48
    for i, (q, a) in enumerate(qa, 1):
        T(sh, 20, y, f"Vraag {i}. {q}", font=f, size=10.5, bold=True)
        y = P(sh, 20, y + 5.5, W - 40, a, font=f, size=10.5, leading=1.4) + 4
    dd = c.sub - dt.timedelta(days=rng.randint(5, 50))
    T(sh, 20, y + 6, f"{h['city']}, {d_nl(dd)}", font=f, size=10.5)
    sh.signature(20, y + 11, 42, 13, rng, color=BLUE_INK)
    T(sh, 20, y + 26, f"{doc}, {c.med['doc_title']}", font=f, size=10.5)
    return [sh]


def medstat_blue_labels(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An outpatient clinic's medical statement with a narrow blue label column at the left ('Diagnose',
    'Behandeling', 'Duur', 'Bij stoppen', 'Herkomstland') and the text at the right."""
    h = c.hospital
    doc = _spec(c)
    sh = c.new_sheet()
    W = c.page_w
    f = "sans4"
    T(sh, W - 20, 14, h["name"], font=f, size=11, bold=True, align="right")
    T(sh, W - 20, 19.5, f"Polikliniek {c.med['spec']}", font=f, size=8.5, align="right", color=GREY)
    T(sh, 20, 36, "MEDISCHE VERKLARING", font=f, size=13, bold=True, color=(20, 70, 150))
    T(sh, 20, 43, f"{c.p.surname.upper()}, {c.p.given_names} · {c.dfmt(c.p.birth_date)}", font=f, size=10)
    start = _treat_start(c)
    rows = [("Diagnose", c.med["dx"]), ("Behandeling", f"{c.med['tx']} (sinds {d_nl(start)})"),
            ("Duur", duration_phrase(c.duration, start)), ("Bij stoppen", c.med["stop"]),
            ("Herkomstland", _not_available(c))]
    y = 54
    for a, b in rows:
        rr = sh.wrap(b, W - 78, font=f, size_pt=10)
        hh = 4.8 * len(rr) + 4
        sh.rect(20, y, 34, hh, width_mm=0, fill=(215, 228, 245))
        T(sh, 22, y + 1.8, a, font=f, size=9, bold=True, color=(20, 70, 150))
        for k, ln in enumerate(rr):
            T(sh, 58, y + 1.8 + k * 4.8, ln, font=f, size=10)
        y += hh + 2
    T(sh, 20, y + 8, f"{h['city']}, {c.dfmt(c.sub - dt.timedelta(days=rng.randint(5, 45)))}", font=f, size=10)
    sh.signature(20, y + 13, 40, 13, rng, color=BLACK_INK)
    T(sh, 20, y + 28, doc, font=f, size=10)
    T(sh, 20, y + 33, c.med["doc_title"], font=f, size=9, color=GREY)
    return [sh]


def medstat_english_uh(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An English medical statement of a university hospital's department, headed 'To whom it may concern'."""
    h = c.hospital
    doc = _spec(c)
    sh = c.new_sheet()
    W = c.page_w
    f = "serif4"
    T(sh, 20, 14, h["name"], font=f, size=12, bold=True)
    T(sh, 20, 20, f"Department of {c.med['spec_en']} · {h['pc']} {h['city']}, the Netherlands", font=f, size=8.5,
      color=GREY)
    T(sh, 20, 38, "To whom it may concern", font=f, size=11)
    start = _treat_start(c)
    paras = [f"Re: {c.p.given_names} {c.p.surname}, date of birth {d_en(c.p.birth_date)}",
             f"The above-named patient is treated in our department for {c.med['dx_en']}. Since {d_en(start)} "
             f"{'she' if c.p.sex == 'F' else 'he'} has received {c.med['tx_en']}.",
             duration_phrase(c.duration, start, "en") + " " + c.med["stop_en"],
             _not_available(c, "en")]
    y = 48
    for i, p in enumerate(paras):
        y = sh.paragraph(20, y, W - 40, p, font=f, size_pt=10.5, leading=1.45, bold=(i == 0)) + 4
    T(sh, 20, y + 4, "Yours sincerely,", font=f, size=10.5)
    sh.signature(20, y + 9, 42, 13, rng, color=BLUE_INK)
    T(sh, 20, y + 24, f"{doc}, {c.med['doc_en']}", font=f, size=10.5)
    T(sh, 20, y + 29, d_en(c.sub - dt.timedelta(days=rng.randint(5, 50))), font=f, size=10)
    return [sh]


_reg("medstat-specialist-vraag-antwoord-brief-advocaat", "medical-statement", PART, "nl", medstat_vraag_antwoord,
     "specialist's letter answering the lawyer's numbered questions ('Vraag n')")
_reg("medstat-poli-verklaring-blauwe-labelkolom", "medical-statement", PART, "nl", medstat_blue_labels,
     "outpatient clinic's statement with a blue label column at the left")
_reg("medstat-english-university-hospital-to-whom", "medical-statement", PART, "en", medstat_english_uh,
     "English statement of a university hospital department, 'To whom it may concern'")


# =========================================================================== care-institution statements

def care_ref_column(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A hospital's statement letter with a narrow reference column at the right (date, reference, contact) and the
    confirmation that it can and will treat the patient from a given date, paid as stated."""
    h = c.hospital
    s, e = _care_dates(c)
    sh = c.new_sheet()
    W = c.page_w
    f = "sans2"
    T(sh, 20, 14, h["name"], font=f, size=13, bold=True, color=h.get("color", NAVY))
    T(sh, 20, 20, "Zorgadministratie / Patiëntenservice", font=f, size=8.5, color=GREY)
    r = random.Random(seed_of("care", c.rng_seed))
    for i, (a, b) in enumerate((("Datum", d_nl(c.sub - dt.timedelta(days=r.randint(5, 40)))),
                                ("Ons kenmerk", f"ZA-{r.randint(10000, 99999)}"), ("Contact", f"{h['tel']}-"
                                                                                                f"{r.randint(200, 899)} {r.randint(1000, 9999)}"))):
        T(sh, W - 52, 40 + i * 9, a, font=f, size=7.5, color=GREY)
        T(sh, W - 52, 43.5 + i * 9, b, font=f, size=9)
    T(sh, 20, 40, "Verklaring zorginstelling", font=f, size=12, bold=True)
    body = [f"Hierbij verklaart {h['name']} te {h['city']} dat {title_nl(c.p)} {c.p.given_names} {c.p.surname}, "
            f"geboren op {c.dfmt(c.p.birth_date)}, bij ons onder behandeling is of komt voor {c.med['dx']}.",
            f"Wij kunnen en zullen de behandeling ({c.med['tx_short']}) geven in de periode van {d_nl(s)} tot en met "
            f"{d_nl(e)}.", _payer_phrase(c)]
    y = 52
    for b in body:
        y = P(sh, 20, y, W - 80, b, font=f, size=10.5, leading=1.4) + 4
    sh.signature(20, y + 6, 42, 13, rng, color=BLUE_INK)
    g, sn, _ = make_professional(random.Random(seed_of("zorg", c.rng_seed)), "NL")
    T(sh, 20, y + 21, f"{g} {sn}, hoofd zorgadministratie", font=f, size=10)
    return [sh]


def care_numbered_form(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A statement form of the care institution with numbered questions and typed answers in boxes."""
    h = c.hospital
    s, e = _care_dates(c)
    sh = c.new_sheet()
    W = c.page_w
    f = "sans3"
    T(sh, 20, 14, "VERKLARING ZORGINSTELLING – medische behandeling vreemdeling", font=f, size=11, bold=True)
    qa = [("1. Naam zorginstelling", h["name"]), ("2. Adres", f"{h['street']}, {h['pc']} {h['city']}"),
          ("3. Naam patiënt", f"{c.p.given_names} {c.p.surname}"), ("4. Geboortedatum", c.dfmt(c.p.birth_date)),
          ("5. Diagnose", c.med["dx"]), ("6. Behandeling", c.med["tx"]),
          ("7. Begindatum behandeling", d_nl(s)), ("8. Verwachte einddatum / duur", d_nl(e)),
          ("9. Kan en zal de instelling de behandeling geven?", "Ja"), ("10. Betaling", _payer_phrase(c))]
    y = 26
    for q, a in qa:
        rr = sh.wrap(a, W - 100, font="mono", size_pt=9)
        hh = max(8, 4.6 * len(rr) + 3)
        sh.rect(20, y, 60, hh, width_mm=0.25, fill=(242, 242, 242))
        sh.rect(80, y, W - 100, hh, width_mm=0.25)
        for k, ln in enumerate(sh.wrap(q, 57, font=f, size_pt=8.5)):
            T(sh, 22, y + 1.5 + k * 3.8, ln, font=f, size=8.5)
        for k, ln in enumerate(rr):
            T(sh, 82, y + 1.8 + k * 4.6, ln, font="mono", size=9)
        y += hh
    T(sh, 20, y + 8, f"Datum: {c.dfmt(c.sub - dt.timedelta(days=rng.randint(5, 40)))}", font=f, size=9.5)
    T(sh, 20, y + 15, "Handtekening en stempel instelling:", font=f, size=9.5)
    sh.signature(30, y + 19, 42, 13, rng, color=BLUE_INK)
    sh.stamp(100, y + 14, [h["name"][:24].upper(), h["city"].upper()], rng, shape="rect", size_mm=36,
             color=(40, 60, 160))
    return [sh]


def care_english_acceptance(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An English acceptance letter of the hospital's international office."""
    h = c.hospital
    s, e = _care_dates(c)
    sh = c.new_sheet()
    W = c.page_w
    f = "sans"
    T(sh, W / 2, 14, h["name"].upper(), font=f, size=12, bold=True, align="center")
    T(sh, W / 2, 20, "International Patient Office", font=f, size=9, align="center", color=GREY)
    T(sh, 20, 38, "Letter of acceptance for treatment", font=f, size=12, bold=True)
    paras = [f"We confirm that {c.p.given_names} {c.p.surname}, born {d_en(c.p.birth_date)}, is accepted for treatment "
             f"of {c.med['dx_en']} at our hospital.",
             f"The hospital can and will provide {c.med['tx_en']} from {d_en(s)} until at least {d_en(e)}.",
             _payer_phrase(c, "en")]
    y = 48
    for p in paras:
        y = P(sh, 20, y, W - 40, p, font=f, size=10.5, leading=1.45) + 4
    sh.signature(20, y + 6, 42, 13, rng, color=BLACK_INK)
    g, sn, _ = make_professional(random.Random(seed_of("ipo", c.rng_seed)), "NL")
    T(sh, 20, y + 21, f"{g} {sn}, coordinator International Patient Office", font=f, size=10)
    T(sh, 20, y + 26, d_en(c.sub - dt.timedelta(days=rng.randint(5, 40))), font=f, size=10)
    return [sh]


_reg("care-verklaring-brief-referentiekolom-rechts", "care-institution-statement", PART, "nl", care_ref_column,
     "hospital statement letter with a reference column at the right")
_reg("care-verklaring-formulier-genummerde-vragen-mono-antwoorden", "care-institution-statement", PART, "nl",
     care_numbered_form, "statement form with numbered questions and answers typed in mono, stamped")
_reg("care-acceptance-letter-english-international-office", "care-institution-statement", PART, "en",
     care_english_acceptance, "English acceptance letter of the hospital's international patient office")


# =========================================================================== health insurance

def polis_overview_table(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A Dutch insurer's policy overview: the insured in a box, the coverage as a table (basis, aanvullend,
    tandarts), the premium and the start date."""
    ins = c.insurer_nl
    sh = c.new_sheet()
    W = c.page_w
    f = "sans4"
    col = ins.get("color", NAVY)
    T(sh, 20, 14, ins["name"], font=f, size=13, bold=True, color=col)
    T(sh, 20, 20, ins["post"], font=f, size=8, color=GREY)
    T(sh, 20, 36, "Polisoverzicht 2026", font=f, size=14, bold=True)
    T(sh, 20, 43, f"Polisnummer {_policy_no(c)} · UZOVI {ins['uzovi']}", font=f, size=9, color=GREY)
    sh.rect(20, 50, W - 40, 18, width_mm=0.3)
    T(sh, 23, 52, "Verzekerde", font=f, size=8, color=GREY)
    T(sh, 23, 57, f"{c.p.given_names} {c.p.surname}  ·  geboren {c.dfmt(c.p.birth_date)}", font=f, size=10.5)
    start = D(2026, 1, 1) if random.Random(c.rng_seed).random() < 0.6 else c.sub - dt.timedelta(days=90)
    rows = [("Basisverzekering (natura)", f"vanaf {d_nl(start, 'dashes_zero')}", "€ 152,95"),
            ("Aanvullend Plus", f"vanaf {d_nl(start, 'dashes_zero')}", "€ 31,40"),
            ("Eigen risico", "verplicht", "€ 385,00 per jaar")]
    y = 76
    for i, r in enumerate([("Dekking", "Ingangsdatum", "Premie per maand")] + rows):
        for j, w in enumerate((80, 50, 40)):
            x = 20 + sum((80, 50, 40)[:j])
            sh.rect(x, y, w, 8, width_mm=0.25, fill=(232, 236, 240) if i == 0 else None)
            T(sh, x + 2, y + 2, r[j], font=f, size=9, bold=(i == 0))
        y += 8
    P(sh, 20, y + 8, W - 40, "Uw basisverzekering vergoedt medisch noodzakelijke zorg in Nederland, waaronder "
      "medisch-specialistische zorg, ziekenhuisopname en geneesmiddelen.", font=f, size=9.5)
    return [sh]


def incoming_card_beside(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An incoming insurer's certificate with the policy card printed beside the text, to cut out."""
    name = _incoming_name(c)
    sh = c.new_sheet()
    W = c.page_w
    f = "sans2"
    T(sh, 20, 14, name, font=f, size=13, bold=True, color=(0, 100, 90))
    T(sh, 20, 20, "Incoming-verzekering voor buitenlanders in Nederland", font=f, size=8.5, color=GREY)
    T(sh, 20, 36, "Verzekeringscertificaat / Certificate of insurance", font=f, size=12, bold=True)
    s = c.sub - dt.timedelta(days=random.Random(c.rng_seed).randint(10, 120))
    e = add_years(s, 1) - dt.timedelta(days=1)
    rows = [("Verzekerde / Insured", f"{c.p.given_names} {c.p.surname}"),
            ("Geboortedatum / Date of birth", c.dfmt(c.p.birth_date)), ("Polisnummer", _policy_no(c, "INC-")),
            ("Looptijd / Period", f"{c.dfmt(s)} – {c.dfmt(e)}"),
            ("Dekking / Cover", "medische kosten in Nederland, ziekenhuis, specialist, geneesmiddelen; max. € 500.000")]
    y = 46
    for a, b in rows:
        T(sh, 20, y, a, font=f, size=8.5, color=GREY)
        y = P(sh, 20, y + 4, 105, b, font=f, size=10) + 3
    sh.rect(132, 46, 58, 36, width_mm=0.3, color=(0, 100, 90))
    sh.rect(132, 46, 58, 9, width_mm=0, fill=(0, 100, 90))
    T(sh, 134, 48, name[:26], font=f, size=7.5, bold=True, color=(255, 255, 255))
    T(sh, 134, 58, f"{c.p.surname.upper()} {c.p.given_names[:1]}.", font=f, size=8.5, bold=True)
    T(sh, 134, 63, _policy_no(c, "INC-"), font="mono", size=8)
    T(sh, 134, 68, f"geldig tot {c.dfmt(e)}", font=f, size=7.5)
    T(sh, 134, 74, "Alarmcentrale 24/7: +31 20 " + str(random.Random(c.rng_seed).randint(1000000, 9999999)), font=f,
      size=6.5)
    for x in range(130, 194, 3):
        sh.rule(x, 44, x + 1.5, 44, width_mm=0.2)
    return [sh]


def intl_bilingual_certificate(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An international insurer's certificate in English with Spanish captions: the insurer's name in a coloured
    top line, the insured's data in a framed table, the cover for treatment in the Netherlands, signed by the
    underwriting manager; sized on whatever paper the insurer prints on."""
    ins = c.insurer_intl
    sh = c.new_sheet()
    W = c.page_w
    f = "sans"
    col = ins.get("color", NAVY)
    sh.rect(0, 0, W, 8, width_mm=0, fill=col)
    T(sh, 20, 14, ins["name"], font=f, size=12.5, bold=True, color=col)
    T(sh, 20, 20, ins["addr"], font=f, size=8, color=GREY)
    T(sh, 20, 34, "CERTIFICATE OF HEALTH INSURANCE / CERTIFICADO DE SEGURO DE SALUD", font=f, size=11.5, bold=True)
    s = c.sub - dt.timedelta(days=random.Random(c.rng_seed).randint(10, 200))
    e = add_years(s, 1) - dt.timedelta(days=1)
    rows = [("Insured / Asegurado", f"{c.p.given_names} {c.p.surname}"),
            ("Date of birth / Fecha de nacimiento", d_en(c.p.birth_date)),
            ("Plan / Plan", ins.get("plan", "International Health")), ("Policy / Póliza", _policy_no(c, "IH-")),
            ("Period / Vigencia", f"{d_en(s)} – {d_en(e)}"),
            ("Territory / Territorio", "Worldwide incl. the Netherlands / Mundial incl. Países Bajos")]
    y = 44
    for a, b in rows:
        sh.rect(20, y, 75, 8, width_mm=0.25, fill=(240, 240, 240))
        sh.rect(95, y, W - 115, 8, width_mm=0.25)
        T(sh, 22, y + 2, a, font=f, size=8.5)
        T(sh, 97, y + 2, b, font=f, size=9.5)
        y += 8
    y = P(sh, 20, y + 8, W - 40, "This policy covers in-patient and out-patient medical treatment, specialist care and "
          "prescribed medicines in the Netherlands, including the treatment of pre-existing conditions, up to "
          "EUR 1,000,000 per year. / Esta póliza cubre el tratamiento médico en los Países Bajos.", font=f, size=10,
          leading=1.4)
    sh.signature(20, y + 8, 42, 13, rng, color=BLUE_INK)
    T(sh, 20, y + 23, "Underwriting Manager / Gerente de Suscripción", font=f, size=9.5)
    T(sh, 20, y + 28, d_en(c.sub - dt.timedelta(days=rng.randint(5, 30))), font=f, size=9.5)
    return [sh]


_reg("polisblad-overzicht-dekkingstabel-verzekerde-kader", "health-insurance", PART, "nl", polis_overview_table,
     "Dutch insurer's policy overview with a coverage table and the insured in a frame")
_reg("incoming-certificaat-polispas-ernaast-kniplijn", "health-insurance", PART, "nl/en", incoming_card_beside,
     "incoming insurer's certificate with the policy card printed beside it to cut out")
_reg("intl-certificado-honduras-carta-bilingue-tabel", "health-insurance", PART, "en/es", intl_bilingual_certificate,
     "international insurer's English/Spanish certificate with a framed data table (Letter paper from Honduras)")


# =========================================================================== civic integration

def duo_diploma_guilloche_foot(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """DUO's inburgeringsdiploma with a grey guilloche band at the foot and the holder's name in small capitals."""
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    f = "serif5"
    T(sh, W / 2, 30, "Dienst Uitvoering Onderwijs", font="sans4", size=10, align="center", color=GREY)
    T(sh, W / 2, 60, "Diploma inburgering", font=f, size=28, align="center", color=(30, 50, 90))
    T(sh, W / 2, 76, "Wet inburgering 2021 · taalniveau B1", font=f, size=11, align="center")
    T(sh, W / 2, 100, "uitgereikt aan", font=f, size=11, align="center")
    sh.text(W / 2, 110, f"{c.p.given_names} {c.p.surname}".upper(), font=f, size_pt=17, anchor="center",
            letter_spacing=0.6)
    T(sh, W / 2, 124, f"geboren {d_nl(c.p.birth_date)} te {c.p.birth_place}", font=f, size=11, align="center")
    P(sh, 35, 140, W - 70, "die de examens Lezen, Luisteren, Schrijven, Spreken (B1), Kennis van de Nederlandse "
      "Maatschappij en de Module Arbeidsmarkt en Participatie met goed gevolg heeft afgelegd.", font=f, size=11,
      align="center", leading=1.5)
    dd = _inb_date(c, rng)
    r = random.Random(seed_of("dipl20", c.rng_seed))
    T(sh, 30, 200, f"Groningen, {d_nl(dd)}", font=f, size=11)
    T(sh, 30, 207, f"Diplomanummer {r.randint(100, 999)}{r.randint(100000, 999999)}", font="sans4", size=8.5,
      color=GREY)
    sh.signature(W - 80, 192, 44, 14, rng, color=BLACK_INK)
    T(sh, W - 80, 208, "namens de minister van SZW", font=f, size=9)
    for k in range(0, int(W), 2):
        sh.rule(k, H - 40, k + 6, H - 22, width_mm=0.08, color=(175, 175, 175))
    return [sh]


def duo_exemption_bold_first(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """DUO's exemption decision whose first line says the decision in bold ('U krijgt ontheffing …'), the reasons
    after it, DUO's address column at the right."""
    sh = c.new_sheet()
    W = c.page_w
    f = "sans"
    T(sh, 20, 16, "DUO", font="sans4", size=16, bold=True, color=(0, 70, 130))
    for i, ln in enumerate(("Dienst Uitvoering Onderwijs", "Postbus 30205", "2500 GE Den Haag", "www.inburgeren.nl")):
        T(sh, W - 20, 16 + i * 4.5, ln, font=f, size=8, align="right", color=GREY)
    p = c.p
    y = 44
    for ln in (f"{title_nl(p).capitalize()} {p.given_names} {p.surname}",
               *((f"{p.address.street} {p.address.number}", f"{p.address.postcode} {p.address.city}")
                 if p.address else ())):
        T(sh, 20, y, ln, font=f, size=10)
        y += 5
    dd = _inb_date(c, rng)
    r = random.Random(seed_of("ont20", c.rng_seed))
    T(sh, 20, y + 10, f"Datum {d_nl(dd)}    Kenmerk ONT-{r.randint(1000000, 9999999)}", font=f, size=9, color=GREY)
    y += 24
    T(sh, 20, y, "U krijgt ontheffing van de inburgeringsplicht.", font=f, size=12, bold=True)
    y += 9
    for para in (f"Geachte {title_nl(p)} {p.surname},",
                 "U hebt ons gevraagd om ontheffing van de inburgeringsplicht op medische gronden. Een onafhankelijke "
                 "arts heeft u onderzocht. Uit dat onderzoek blijkt dat u door een lichamelijke of psychische "
                 "beperking blijvend niet in staat bent het examen te halen.",
                 "Daarom krijgt u ontheffing (artikel 6.4 Besluit inburgering 2021). U hoeft niet meer in te burgeren.",
                 "Niet eens met dit besluit? U kunt binnen 6 weken bezwaar maken.",
                 "Met vriendelijke groet,\nDienst Uitvoering Onderwijs"):
        y = P(sh, 20, y, W - 40, para, font=f, size=10, leading=1.4) + 4
    return [sh]


def duo_results_legend(c: Case, rng: random.Random, *, failed: bool = False, **_) -> list[Sheet]:
    """DUO's results letter with a table of exam parts, a 'Uitslag' column with 'voldoende' / 'onvoldoende' and a
    legend under the table; with ``failed`` one part is 'onvoldoende' and the letter says no diploma follows."""
    sh = c.new_sheet()
    W = c.page_w
    f = "sans2"
    T(sh, 20, 16, "Dienst Uitvoering Onderwijs", font=f, size=11, bold=True, color=(0, 70, 130))
    p = c.p
    T(sh, 20, 40, f"{title_nl(p).capitalize()} {p.given_names} {p.surname}", font=f, size=10)
    dd = _inb_date(c, rng)
    T(sh, 20, 52, f"Datum: {d_nl(dd)}", font=f, size=9.5)
    T(sh, 20, 64, "Uitslag van uw inburgeringsexamen", font=f, size=12.5, bold=True)
    parts = ["Lezen", "Luisteren", "Schrijven", "Spreken", "Kennis van de Nederlandse Maatschappij (KNM)",
             "Module Arbeidsmarkt en Participatie (MAP)"]
    bad = random.Random(seed_of("fail", c.rng_seed)).randrange(4) if failed else -1
    y = 76
    for i, row in enumerate([("Examenonderdeel", "Niveau", "Uitslag")] +
                            [(pp, "B1" if k < 4 else "–", "onvoldoende" if k == bad else "voldoende")
                             for k, pp in enumerate(parts)]):
        for j, w in enumerate((100, 30, 40)):
            x = 20 + sum((100, 30, 40)[:j])
            sh.rect(x, y, w, 8, width_mm=0.25, fill=(230, 236, 244) if i == 0 else None)
            T(sh, x + 2, y + 2, row[j], font=f, size=9.5, bold=(i == 0 or row[j] == "onvoldoende"))
        y += 8
    T(sh, 20, y + 3, "Legenda: voldoende = gehaald; onvoldoende = niet gehaald, opnieuw doen.", font=f, size=8,
      color=GREY)
    y += 14
    msg = ("U hebt niet alle onderdelen gehaald. U krijgt nog geen diploma. U kunt het onderdeel dat u niet hebt "
           "gehaald opnieuw doen." if failed else
           "U hebt alle onderdelen gehaald. Uw diploma inburgering ontvangt u binnen 6 weken per post.")
    P(sh, 20, y, W - 40, msg, font=f, size=10.5, leading=1.4)
    return [sh]


_reg("duo-diploma-guilloche-band-onder-naam-kleinkapitaal", "civic-integration", PART, "nl",
     duo_diploma_guilloche_foot, "DUO diploma with a grey guilloche band at the foot, name in spaced capitals")
_reg("duo-ontheffing-besluit-vet-eerste-regel-adreskolom", "civic-integration", PART, "nl", duo_exemption_bold_first,
     "DUO exemption decision stated in a bold first line, address column at the right")
_reg("duo-uitslag-tabel-onderdelen-legenda", "civic-integration", PART, "nl", duo_results_legend,
     "DUO results letter: table of exam parts with 'voldoende/onvoldoende' and a legend")


# =========================================================================== other: cover letters, IND letters, visa

def cover_productie_margin(c: Case, rng: random.Random, *, enclosures: list[str] | None = None, **_) -> list[Sheet]:
    """A Dutch lawyer's cover letter: firm name in small capitals centred at the top, the V-number in the subject
    block, the enclosures as 'Productie n' in a list set in the left margin, signed 'w.g.'-less at the end."""
    from .ind import LAWYERS
    lw = c.lawyer or LAWYERS[0]
    sh = c.new_sheet()
    W = c.page_w
    f = "serif4"
    sh.text(W / 2, 14, lw["firm"].upper(), font=f, size_pt=12, anchor="center", letter_spacing=0.8)
    T(sh, W / 2, 20, f"{lw['street']} · {lw['pc']} {lw['city']} · {lw['mail']}", font=f, size=8, align="center",
      color=GREY)
    y = 40
    for ln in IND_ADDRESSES[rng.randrange(len(IND_ADDRESSES))].split("\n"):
        T(sh, 25, y, ln, font=f, size=10.5)
        y += 5
    dd = c.sub - dt.timedelta(days=rng.randint(0, 3))
    y += 8
    T(sh, 25, y, f"{lw['city']}, {d_nl(dd)}", font=f, size=10.5)
    y += 8
    T(sh, 25, y, f"Inzake: {c.p.surname}, {c.p.given_names} (geb. {c.dfmt(c.p.birth_date)})", font=f, size=10.5,
      bold=True)
    T(sh, 25, y + 5, f"V-nummer: {c.vnr}", font=f, size=10.5, bold=True)
    y += 15
    paras = ["Geachte heer, mevrouw,",
             f"Hierbij dien ik namens {title_nl(c.p)} {c.p.surname} een aanvraag in voor {PROC_NL[c.procedure]}."]
    if c.procedure == "ind-medical-treatment" and c.art64_end:
        paras.append(f"Het uitstel van vertrek op grond van artikel 64 Vw loopt af op {d_nl(c.art64_end)}; deze "
                     f"aanvraag sluit daarop aan. De behandeling van {c.med.get('dx', 'de aandoening')} loopt door.")
    if c.procedure == "ind-hnt-continued" and c.since:
        paras.append(f"Cliënt heeft sinds {d_nl(c.since)} een verblijfsvergunning "
                     f"({dict(ROUTES_7027).get(c.route, '').replace('na verblijf ', '')}).")
    if c.no_passport:
        paras.append("Cliënt heeft geen geldig paspoort en vraagt vrijstelling van het paspoortvereiste. "
                     + " ".join(EXEMPTION_TEXT[i] for i in c.exemption_shown))
    if c.suriname_visa:
        paras.append("Cliënt is Surinamer en kwam naar Nederland met een MVV voor medische behandeling (kopie "
                     "bijgevoegd); de behandeling is nog nodig en de betaling is geregeld.")
    paras.append("Graag verneem ik de ontvangstbevestiging.")
    for para in paras:
        y = P(sh, 25, y, W - 50, para, font=f, size=10.5, leading=1.35) + 4
    if enclosures:
        T(sh, 25, y, "Producties:", font=f, size=10.5, bold=True)
        y += 5.5
        for i, e in enumerate(enclosures, 1):
            T(sh, 8, y, f"Prod. {i}", font=f, size=8, color=GREY)
            T(sh, 25, y, e, font=f, size=10)
            y += 5
        y += 3
    T(sh, 25, y + 2, "Hoogachtend,", font=f, size=10.5)
    sh.signature(25, y + 6, 44, 14, rng, color=rng.choice([BLUE_INK, BLACK_INK]))
    T(sh, 25, y + 22, c.lawyer_name or "mr. A. Jansen", font=f, size=10.5)
    return [c.intr(sh)]


def _ind_portal_head(sh: Sheet, c: Case, dd: D, title: str) -> float:
    W = c.page_w
    sh.rect(0, 0, W, 24, width_mm=0, fill=(232, 235, 240))
    T(sh, 20, 7, "IND", font="sans4", size=14, bold=True, color=(0, 60, 120))
    T(sh, 38, 9, "Immigratie- en Naturalisatiedienst · Ministerie van Justitie en Veiligheid", font="sans4", size=8,
      color=GREY)
    p = c.p
    r = random.Random(seed_of("ind20", c.rng_seed))
    rows = [("Naam", f"{p.given_names} {p.surname}"), ("V-nummer", c.vnr), ("Datum", d_nl(dd)),
            ("Zaaknummer", f"{r.randint(1000, 9999)}-{r.randint(100000, 999999)}")]
    for i, (a, b) in enumerate(rows):
        T(sh, 20 + (i % 2) * 90, 32 + (i // 2) * 8, a, font="sans4", size=7.5, color=GREY)
        T(sh, 45 + (i % 2) * 90, 32 + (i // 2) * 8, b, font="sans4", size=9.5)
    T(sh, 20, 54, title, font="sans4", size=12, bold=True)
    return 64


def art64_decision_portal(c: Case, rng: random.Random, **_) -> list[Sheet]:
    end = c.art64_end or (c.since - dt.timedelta(days=1) if c.since else c.sub + dt.timedelta(days=10))
    start = add_years(end, -1) + dt.timedelta(days=1)
    dd = start + dt.timedelta(days=rng.randint(7, 40))
    sh = c.new_sheet()
    y = _ind_portal_head(sh, c, dd, "Besluit: uitstel van vertrek (artikel 64 Vreemdelingenwet 2000)")
    for para in (f"Geachte {title_nl(c.p)} {c.p.surname},",
                 "Op basis van het advies van het Bureau Medische Advisering (BMA) krijgt u uitstel van vertrek.",
                 f"Het uitstel geldt van {d_nl(start)} tot en met {d_nl(end)}.",
                 "Wilt u daarna op medische gronden in Nederland blijven, dan kunt u binnen 28 dagen vóór of na het "
                 "einde van het uitstel een verblijfsvergunning medische behandeling aanvragen.",
                 "Met vriendelijke groet,\nImmigratie- en Naturalisatiedienst"):
        y = P(sh, 20, y, c.page_w - 40, para, font="sans4", size=10, leading=1.4) + 4
    T(sh, 20, c.page_h - 12, "Gedownload uit Mijn IND", font="sans4", size=7, color=GREY)
    return [c.intr(sh)]


def permit_decision_portal(c: Case, rng: random.Random, **_) -> list[Sheet]:
    since = c.since or D(2022, 1, 1)
    dd = since + dt.timedelta(days=rng.randint(10, 60))
    purpose = {"medical-treatment": "medische behandeling", "medical-treatment-after-art64": "medische behandeling",
               "relationship": "verblijf bij partner", "parent": "verblijf als familie- of gezinslid (bij ouder)",
               "trafficking-victim": "slachtoffer of getuige-aangever mensenhandel",
               "trafficking-victim-no-report": "slachtoffer mensenhandel",
               "domestic-violence": "humanitair tijdelijk (slachtoffer huiselijk geweld)",
               "buiten-schuld": "humanitair tijdelijk (buiten schuld)"}.get(c.route or "", "regulier")
    sh = c.new_sheet()
    y = _ind_portal_head(sh, c, dd, "Besluit op uw aanvraag verblijfsvergunning")
    for para in (f"Geachte {title_nl(c.p)} {c.p.surname},",
                 f"Uw aanvraag voor een verblijfsvergunning met het doel '{purpose}' is ingewilligd.",
                 f"De vergunning gaat in op {d_nl(since)} en is geldig tot en met "
                 f"{d_nl(add_years(since, 1 if 'medisch' in purpose else 5) - dt.timedelta(days=1))}.",
                 "U kunt uw verblijfsdocument ophalen bij het IND-loket na het maken van een afspraak.",
                 "Met vriendelijke groet,\nImmigratie- en Naturalisatiedienst"):
        y = P(sh, 20, y, c.page_w - 40, para, font="sans4", size=10, leading=1.4) + 4
    T(sh, 20, c.page_h - 12, "Gedownload uit Mijn IND", font="sans4", size=7, color=GREY)
    return [c.intr(sh)]


def mvv_sticker_facing(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The MVV sticker on its passport page copied with the facing page (an exit stamp of Paramaribo airport)."""
    sh = c.new_sheet()
    x0, y0 = 22, 30
    sh.rect(x0 - 4, y0 - 4, 174, 136, width_mm=0, fill=(120, 40, 40))
    sh.rect(x0, y0, 83, 128, width_mm=0, fill=(244, 242, 236))
    sh.rect(x0 + 83, y0, 83, 128, width_mm=0, fill=(244, 242, 236))
    start = c.sub - dt.timedelta(days=rng.randint(150, 200))
    end = start + dt.timedelta(days=rng.randint(175, 185))
    sh.stamp(x0 + 12, y0 + 20, ["J.A.P.A. ZANDERIJ", start.strftime("%d.%m.%y"), "VERTREK"], rng, shape="rect",
             size_mm=30, color=(40, 60, 150), angle=rng.uniform(-15, 15))
    vx, vy = x0 + 86, y0 + 6
    sh.rect(vx, vy, 77, 112, width_mm=0.3, fill=(230, 236, 246))
    T(sh, vx + 3, vy + 3, "VISUM  NLD", font="sans4", size=9, bold=True, color=(40, 50, 100))
    pno = c.passport_no or f"R{rng.randint(1000000, 9999999)}"
    rows = [("GELDIG VOOR", "NEDERLAND"), ("VAN", start.strftime("%d-%m-%y")), ("TOT", end.strftime("%d-%m-%y")),
            ("TYPE", "D – MVV"), ("PASPOORT", pno), ("NAAM", f"{c.p.surname.upper()}, {c.p.given_names.upper()}"[:30]),
            ("OPMERKINGEN", "MEDISCHE BEHANDELING")]
    yy = vy + 11
    for a, b in rows:
        T(sh, vx + 3, yy, a, font="sans4", size=5.5, color=GREY)
        T(sh, vx + 3, yy + 2.4, b, font="sans4", size=7.5)
        yy += 8.5
    line1 = ("V<NLD" + _mrz_name(c.p, 39))[:44]
    birth = c.p.birth_date.strftime("%y%m%d")
    exp = end.strftime("%y%m%d")
    pn = (pno + "<" * 9)[:9]
    line2 = (f"{pn}{_mrz_check(pn)}SUR{birth}{_mrz_check(birth)}{c.p.sex}{exp}{_mrz_check(exp)}" + "<" * 16)[:44]
    T(sh, vx + 1, vy + 96, line1[:44], font="ocrb", size=5.2)
    T(sh, vx + 1, vy + 101, line2, font="ocrb", size=5.2)
    return [sh]


_reg("cover-letter-producties-in-linkermarge-kleinkapitaal-kop", "other", PART, "nl", cover_productie_margin,
     "Dutch lawyer's cover letter with the productions numbered in the left margin")
_reg("art64-decision-mijnind-grijze-kopblok", "other", PART, "nl", art64_decision_portal,
     "IND art. 64 decision downloaded from the portal, grey header block")
_reg("permit-letter-mijnind-grijze-kopblok", "other", PART, "nl", permit_decision_portal,
     "IND permit decision downloaded from the portal, grey header block")
_reg("mvv-sticker-sur-met-tegenoverliggende-pagina-vertrekstempel", "other", PART, "nl", mvv_sticker_facing,
     "MVV sticker copied with the facing page bearing the Paramaribo exit stamp")
