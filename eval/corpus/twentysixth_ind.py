"""IND families of the `twentysixth` part (registered in ind.FAMILIES).

Written after dev, heldout and the parts fresh to twentyfifth had been read, by a writer who saw neither the
validator nor its output.  Application forms whose questions carry their number in a small box in the left margin,
the label small above a long answer line, options as square tick boxes; printed blank and completed by hand
(a slip of the pen now and then struck through and written again beside it) or completed on screen; the V-number on
a line of its own in the header of every page and 'blad n/N' at the foot.  A payroll service's payslip in two
blocks ('Gegevens' / 'Berekening') with year-to-date totals; a guarantor's declaration written by hand on lined
paper with a correction; a bank's account statement printed in landscape with the salary credits among the
transactions.  A German university clinic's 'Ärztliche Bescheinigung' on a patient treated across the border; a GP's
statement typed in a word processor as a table.  A hospital's treatment confirmation with the department's stamp over
the signature; an institution's statement sent by fax with the header line; a clinic's short English confirmation on
a punched sheet.  A Dutch insurer's certificate of insurance with the policy data in a grey band; an incoming
insurer's certificate copied in grey with a staple; a Nicaraguan insurer's certificate in Spanish and English (on US
Letter in this part's A4 defect).  DUO's diploma in landscape with a green foot band and a seal; an exemption
decision received by fax; a results overview in two columns.  A Dutch lawyer's cover letter with a two-column
letterhead and footnotes; the IND's decisions on punched paper; the MVV sticker copied with scissor marks.
"""
from __future__ import annotations

import datetime as dt
import random

from .ind import (BANKS, BLACK_INK, BLUE_INK, EXEMPTION_TEXT, GENERIC_PURPOSES, GREY, IND_ADDRESSES, PROC_NL,
                  ROUTES_7027, SUB, Case, P, T, _care_dates, _emp, _guarantor_facts, _inb_date, _incoming_name,
                  _mrz_check, _mrz_name, _not_available, _payer_phrase, _policy_no, _treat_start, add_months,
                  add_years, country_nl, d_en, d_nl, duration_phrase, earner, eur, iban_nl, nat_nl, pay_calc,
                  seed_of, title_nl)
from .ninth_identity import hand_safe
from .paper import Sheet, text_width_mm
from .people import make_professional
from .twentysixth_identity import cut_frame, fax_header, punch_holes, staple

PART = "twentysixth"
NAVY = (20, 50, 100)
SHADE = (234, 236, 238)


def _wrap(s: str, w: float, font: str, size: float) -> list[str]:
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


def _faxed(c: Case, sh: Sheet, rng: random.Random, sender: str, number: str, when: dt.date) -> Sheet:
    """The page as a fax machine delivers it: bilevel at 200 dpi with the sender's header line."""
    img = sh.render(200).convert("L").point(lambda v: 0 if v < 165 else 255).convert("RGB")
    out = c.new_sheet()
    out.image(0, 0, c.page_w, c.page_h, img)
    fax_header(out, dt.datetime.combine(when, dt.time(rng.randint(8, 17), rng.randint(0, 59))), sender, number, 1, 1)
    return out


# =========================================================================== application forms: numbers in boxes

class _Lines:
    def __init__(self, c: Case, rng: random.Random, title: str, code: str):
        self.c, self.rng, self.title, self.code = c, rng, title, code
        self.hand = c.fill == "hand"
        self.ink = rng.choice([BLUE_INK, BLACK_INK])
        self.hf = rng.choice(["hand1", "hand2", "hand4"])
        self.lf = rng.choice(["sans4", "sans3", "narrow"])
        self.pages: list[Sheet] = []
        self.y = 0.0
        self.n = 0
        self.fixes = 0
        self.new()

    def new(self):
        c = self.c
        sh = c.new_sheet()
        W = c.page_w
        T(sh, 20, 10, "Immigratie- en Naturalisatiedienst", font=self.lf, size=9, bold=True, color=NAVY)
        T(sh, W - 20, 10, self.code, font=self.lf, size=8, color=GREY, align="right")
        T(sh, 20, 17, "V-nummer", font=self.lf, size=9)
        sh.rule(40, 21.5, 95, 21.5, width_mm=0.2)
        if self.hand:
            sh.handwriting(42, 15.2, self.c.vnr, self.rng, size_pt=11, color=self.ink, font=self.hf)
        else:
            T(sh, 42, 16.6, self.c.vnr, font="mono", size=10.5)
        sh.rule(20, 25, W - 20, 25, width_mm=0.5, color=NAVY)
        if not self.pages:
            P(sh, 20, 30, W - 40, self.title, font=self.lf, size=13.5, leading=1.2)
            self.y = 46.0
        else:
            self.y = 32.0
        self.pages.append(c.intr(sh))

    def need(self, h: float):
        if self.y + h > self.c.page_h - 22:
            self.new()

    def heading(self, s: str):
        self.need(24)
        sh = self.pages[-1]
        T(sh, 20, self.y, s.upper(), font=self.lf, size=10, bold=True, color=NAVY)
        self.y += 8

    def _box(self, sh: Sheet, y: float):
        self.n += 1
        sh.rect(20, y - 0.6, 7, 7, width_mm=0.35, color=NAVY)
        T(sh, 23.5, y + 0.4, str(self.n), font=self.lf, size=7.5, bold=True, align="center", color=NAVY)

    def _write(self, sh: Sheet, x: float, y: float, s: str, *, maybe_fix: bool):
        if not self.hand:
            T(sh, x, y + 1.3, s, font="sans", size=9.8)
            return
        s = hand_safe(s)
        if maybe_fix and self.fixes < 2 and len(s.split()) > 1 and self.rng.random() < 0.35:
            # a slip of the pen: the first word written wrongly, struck through, the answer written again after it
            first = s.split()[0]
            wrong = first[:-1] + (first[-1] if len(first) < 3 else first[-2]) if len(first) > 2 else first + "e"
            w = sh.handwriting(x, y, wrong, self.rng, size_pt=12, color=self.ink, font=self.hf)
            sh.rule(x - 0.6, y + 3.2, x + w + 0.6, y + 2.5, width_mm=0.45, color=self.ink)
            x += w + 3
            self.fixes += 1
        sh.handwriting(x, y, s, self.rng, size_pt=12, color=self.ink, font=self.hf)

    def ask(self, label: str, value: str | None, *, fix: bool = True):
        W = self.c.page_w
        vals = _wrap(value or "", W - 70, "sans", 10.5) or [""]
        h = 6 + 7 * len(vals) + 2
        self.need(h)
        sh = self.pages[-1]
        y = self.y
        self._box(sh, y)
        T(sh, 31, y, label, font=self.lf, size=8.3, color=(60, 60, 60))
        yy = y + 5
        for k, ln in enumerate(vals):
            sh.rule(31, yy + 5.8, W - 20, yy + 5.8, width_mm=0.15, color=(90, 90, 90))
            if ln:
                self._write(sh, 32, yy, ln, maybe_fix=fix and k == 0)
            yy += 7
        self.y = yy + 2

    def choose(self, label: str, options: list[str], chosen: int | None):
        self.need(14)
        sh = self.pages[-1]
        y = self.y
        self._box(sh, y)
        T(sh, 31, y, label, font=self.lf, size=8.3, color=(60, 60, 60))
        x = 33
        for i, o in enumerate(options):
            sh.rect(x, y + 5.6, 3.6, 3.6, width_mm=0.3)
            if chosen == i:
                if self.hand:
                    sh.handwriting(x - 0.3, y + 5.0, "X", self.rng, size_pt=11, color=self.ink, font=self.hf)
                else:
                    T(sh, x + 1.8, y + 5.1, "X", font="sans", size=9, bold=True, align="center")
            T(sh, x + 5.5, y + 5.4, o, font=self.lf, size=9.2)
            x += 14 + text_width_mm(o, self.lf, 9.2)
        self.y = y + 13

    def sign(self):
        c = self.c
        self.need(50)
        self.heading("Ondertekening")
        P(self.pages[-1], 20, self.y, c.page_w - 40, "Ik verklaar dat ik dit formulier volledig en naar waarheid heb "
          "ingevuld.", font=self.lf, size=9)
        self.y += 9
        d0 = c.sub - dt.timedelta(days=self.rng.randint(1, 9))
        self.ask("Plaats en datum", f"{c.p.address.city if c.p.address else 'Rotterdam'}, {c.dfmt(d0)}", fix=False)
        sh = self.pages[-1]
        self._box(sh, self.y)
        T(sh, 31, self.y, "Handtekening aanvrager", font=self.lf, size=8.3, color=(60, 60, 60))
        sh.rule(31, self.y + 22, 120, self.y + 22, width_mm=0.15)
        sh.signature(36, self.y + 6, self.rng.uniform(40, 55), 15, self.rng, color=self.ink)
        self.y += 28

    def finish(self) -> list[Sheet]:
        n = len(self.pages)
        W, H = self.c.page_w, self.c.page_h
        for i, sh in enumerate(self.pages, 1):
            T(sh, W / 2, H - 12, f"blad {i}/{n}", font=self.lf, size=8, align="center", color=GREY)
        return self.pages


def _person(f: _Lines):
    c, p = f.c, f.c.p
    f.heading("Uw gegevens")
    f.ask("Achternaam (zoals in uw paspoort)", p.surname)
    f.ask("Voornamen", p.given_names)
    f.ask("Geboortedatum (dag-maand-jaar)", c.dfmt(p.birth_date), fix=False)
    f.ask("Geboorteplaats en geboorteland", f"{p.birth_place}, {country_nl(p)}")
    f.ask("Nationaliteit", nat_nl(p))
    f.choose("Geslacht", ["man", "vrouw"], 0 if p.sex == "M" else 1)
    if p.address:
        f.ask("Adres in Nederland", f"{p.address.street} {p.address.number}, {p.address.postcode} {p.address.city}",
              fix=False)
    if c.lawyer:
        f.ask("Uw advocaat of gemachtigde (naam, kantoor, plaats)", f"{c.lawyer_name}, {c.lawyer['firm']}, "
              f"{c.lawyer['city']}")


def form_med(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _Lines(c, rng, "Aanvraag verblijfsvergunning regulier voor bepaalde tijd – medische behandeling",
               "M-26 · 12/2026")
    _person(f)
    f.heading("Behandeling")
    f.ask("Naam en plaats van het ziekenhuis of de zorginstelling", f"{c.hospital.get('name', '')}, "
          f"{c.hospital.get('city', '')}")
    f.ask("Voor welke behandeling komt u?", c.med.get("tx_short", ""))
    f.choose("Heeft u het afgelopen jaar uitstel van vertrek gehad (artikel 64 Vw)?", ["ja", "nee"],
             0 if c.art64_end else 1)
    if c.art64_end:
        f.ask("Tot wanneer liep het uitstel van vertrek?", c.dfmt(c.art64_end), fix=False)
    f.choose("Wie betaalt de behandeling en uw verblijf?", ["ikzelf of mijn verzekering", "een garantsteller"],
             1 if c.payer else 0)
    f.heading("Paspoort")
    f.choose("Heeft u een geldig paspoort?", ["ja", "nee"], 1 if c.no_passport else 0)
    f.choose("Heeft u de Surinaamse nationaliteit en een mvv voor medische behandeling?", ["ja", "nee"],
             0 if c.suriname_visa else 1)
    f.sign()
    return f.finish()


def form_7027(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _Lines(c, rng, "Aanvraag verblijfsvergunning voor onbepaalde tijd – humanitair niet-tijdelijk "
               "(voortgezet verblijf)", "7027 · 12/2026")
    _person(f)
    f.heading("Uw huidige verblijfsvergunning")
    f.ask("Verblijfsdoel van uw huidige vergunning", dict(ROUTES_7027).get(c.route, "").replace("na verblijf ", ""))
    r = random.Random(seed_of("vvr26", c.rng_seed))
    f.ask("Sinds wanneer heeft u deze vergunning?", c.dfmt(c.since) if c.since else "", fix=False)
    f.ask("Documentnummer verblijfsdocument", f"{r.choice('NRWX')}{r.choice('BCDFGHJKLMNPRSTVWXYZ')}"
          f"{r.randint(1000000, 9999999)}", fix=False)
    if c.route == "relationship":
        f.choose("Heeft u aan de inburgeringsplicht voldaan?", ["ja, diploma", "ontheffing / vrijstelling", "nee"],
                 0 if c.inburgering in ("diploma", "results") else (1 if c.inburgering == "exemption" else 2))
    if c.route and c.route.startswith("medical"):
        f.choose("Loopt uw medische behandeling nog?", ["ja", "nee"], 0)
    f.sign()
    return f.finish()


def form_generic(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _Lines(c, rng, "Aanvraag verlenging verblijfsvergunning regulier bepaalde tijd", "V-26 · 12/2026")
    _person(f)
    f.heading("Uw verblijfsvergunning")
    r = random.Random(c.rng_seed + 26)
    f.ask("Verblijfsdoel", GENERIC_PURPOSES[r.randrange(len(GENERIC_PURPOSES))])
    f.ask("Einddatum van uw huidige vergunning", c.dfmt(c.sub + dt.timedelta(days=r.randint(25, 85))), fix=False)
    f.choose("Voldoet u nog aan de voorwaarden van uw verblijfsdoel?", ["ja", "nee"], 0)
    f.sign()
    return f.finish()


def _r(id_, type_, lang, fn, notes):
    from .ind import _reg
    _reg(id_, type_, PART, lang, fn, notes)


_r("ind-form-med-nummervakjes-antwoordlijnen-doorhalingen-26", "application", "nl", form_med,
   "medical-treatment form, question numbers in small boxes in the margin, answers on lines (by hand with the odd correction)")
_r("ind-form-7027-nummervakjes-antwoordlijnen-doorhalingen-26", "application", "nl", form_7027,
   "form 7027 in the same layout")
_r("ind-form-generic-nummervakjes-antwoordlijnen-doorhalingen-26", "application", "nl", form_generic,
   "extension form in the same layout")


# =========================================================================== income

def payslip_service(c: Case, rng: random.Random, **_) -> list[Sheet]:
    g = earner(c)
    e = _emp(c, rng)
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    sh = c.new_sheet()
    W = c.page_w
    f = "sans3"
    prov = random.Random(seed_of("prov26", c.rng_seed)).choice(["Salarisbureau Dommelvallei", "PayLijn "
                                                                 "Salarisadministratie B.V.", "Loonservice IJsselstreek"])
    month = (c.sub.month - 2) % 12 + 1
    mname = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
             "november", "december"][month - 1]
    T(sh, 20, 12, e["name"], font=f, size=11.5, bold=True)
    T(sh, 20, 17.5, f"{e.get('street', '')} · {e.get('city', '')}", font=f, size=7.5, color=GREY)
    T(sh, W - 20, 12, f"Salarisspecificatie {mname} {c.sub.year}", font=f, size=11, bold=True, align="right")
    T(sh, W - 20, 17.5, f"verwerkt door {prov}", font=f, size=7.5, color=GREY, align="right")
    a = g.address or c.p.address
    y = 30
    T(sh, 20, y, "GEGEVENS", font=f, size=8.5, bold=True, color=NAVY)
    T(sh, 112, y, "BEREKENING", font=f, size=8.5, bold=True, color=NAVY)
    sh.rule(20, y + 5, 104, y + 5, width_mm=0.3, color=NAVY)
    sh.rule(112, y + 5, W - 20, y + 5, width_mm=0.3, color=NAVY)
    left = [("Naam", f"{g.given_names} {g.surname}"), ("Adres", f"{a.street} {a.number}" if a else ""),
            ("", f"{a.postcode} {a.city}" if a else ""), ("Geboortedatum", c.dfmt(g.birth_date)),
            ("Personeelsnr.", e["pnr"]), ("In dienst sinds", c.dfmt(e["start"])), ("Functie", e["func_now"]),
            ("LH-korting", "ja"), ("IBAN", e["iban"])]
    yy = y + 8
    for lab, v in left:
        T(sh, 20, yy, lab, font=f, size=7.6, color=GREY)
        T(sh, 53, yy, v, font=f, size=8.6)
        yy += 5.2
    right = [("Salaris", k["bruto"]), ("Pensioenpremie werknemer", -k["pens"]), ("Loonheffing", -k["lh"]),
             ("Reiskostenvergoeding", k["reis"])]
    yy = y + 8
    for lab, v in right:
        if not v:
            continue
        T(sh, 112, yy, lab, font=f, size=8.6)
        T(sh, W - 20, yy, eur(v, False), font="mono", size=9, align="right")
        yy += 5.2
    sh.rule(150, yy, W - 20, yy, width_mm=0.2)
    T(sh, 112, yy + 2, "Netto", font=f, size=9.5, bold=True)
    T(sh, W - 20, yy + 2, eur(k["net"]), font="mono", size=9.5, bold=True, align="right")
    y = 88
    sh.rect(20, y, W - 40, 7, width_mm=0, fill=SHADE)
    T(sh, 22, y + 1.6, f"Cumulatieven t/m {mname}", font=f, size=8.5, bold=True)
    hdr = ("", "Periode", "Cumulatief")
    rows = [("Loon voor loonheffing", k["base"], k["base"] * month), ("Ingehouden loonheffing", k["lh"], k["lh"] * month),
            ("Pensioenpremie", k["pens"], k["pens"] * month)]
    y += 10
    for i, h in enumerate(hdr):
        T(sh, (22, 120, W - 20)[i], y, h, font=f, size=8, bold=True, align="right" if i else "left")
    y += 5
    for lab, a_, b_ in rows:
        T(sh, 22, y, lab, font=f, size=8.6)
        T(sh, 120, y, eur(round(a_, 2), False), font="mono", size=8.6, align="right")
        T(sh, W - 20, y, eur(round(b_, 2), False), font="mono", size=8.6, align="right")
        y += 5
    T(sh, 20, c.page_h - 18, f"Loonheffingennummer werkgever {e['lhn']} · Deze specificatie is zonder handtekening "
      f"geldig.", font=f, size=7, color=GREY)
    return [sh]


def guarantor_handwritten(c: Case, rng: random.Random, **_) -> list[Sheet]:
    F = _guarantor_facts(c)
    g, e = F["g"], F["e"]
    sh = c.new_sheet()
    W = c.page_w
    hf = rng.choice(["hand1", "hand2", "hand3"])
    ink = rng.choice([BLUE_INK, BLACK_INK])
    for k in range(24, int(c.page_h) - 14, 8):
        sh.rule(16, k + 6, W - 14, k + 6, width_mm=0.1, color=(170, 190, 220))
    sh.rule(30, 0, 30, c.page_h, width_mm=0.2, color=(230, 150, 150))
    a = g.address or c.p.address
    dd = c.sub - dt.timedelta(days=rng.randint(6, 30))
    lines = [f"{g.given_names} {g.surname}", f"{a.street} {a.number}, {a.postcode} {a.city}" if a else "",
             f"{a.city if a else 'Utrecht'}, {c.dfmt(dd)}", "",
             "Aan de IND,", "",
             f"Ik, {g.given_names} {g.surname}, geboren {c.dfmt(g.birth_date)}, verklaar dat ik garant sta voor "
             f"de kosten van verblijf en behandeling van {c.p.given_names} {c.p.surname}, "
             f"geboren {c.dfmt(c.p.birth_date)}. Ik ben {'de ' + c.payer_relation if c.payer_relation else 'familie'}"
             f" van {c.p.given_names}.",
             f"Ik werk bij {e['name']} in {e['city']} sinds {e['start'].year}.",
             f"Mijn netto inkomen is {eur(F['net']).replace('€', '').strip()} euro per maand. Mijn loonstroken "
             f"zitten erbij.", "",
             "Met vriendelijke groet,"]
    wrapped = []
    for ln in lines:
        wrapped += _wrap(hand_safe(ln), W - 52, hf, 12.5) or [""]
    lines = wrapped
    y = 22
    fixed = False
    for ln in lines:
        if ln:
            ln = hand_safe(ln)
            if not fixed and ln.startswith("Ik werk bij"):
                w = sh.handwriting(34, y, "Ik werk bij", rng, size_pt=12, color=ink, font=hf)
                w2 = sh.handwriting(34 + w + 2, y, "de", rng, size_pt=12, color=ink, font=hf)
                sh.rule(34 + w + 1.5, y + 3.2, 34 + w + w2 + 2.5, y + 2.6, width_mm=0.5, color=ink)
                sh.handwriting(34 + w + w2 + 5, y, ln[len("Ik werk bij "):], rng, size_pt=12, color=ink, font=hf)
                fixed = True
            else:
                sh.handwriting(34, y, ln, rng, size_pt=12, color=ink, font=hf)
        y += 8
    sh.signature(34, y + 2, 46, 15, rng, color=ink)
    return [sh]


def bank_landscape(c: Case, rng: random.Random, **_) -> list[Sheet]:
    w = earner(c)
    e = _emp(c, rng)
    b = c.bank or BANKS[0]
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    iban = iban_nl(random.Random(seed_of("iban", c.rng_seed)), b["code"])
    W, H = (297.0, 210.0) if c.page_w < 250 and abs(c.page_w - 210) < 1 else (c.page_h, c.page_w)
    sh = Sheet(W, H)
    f = "sans2"
    T(sh, 15, 12, b["name"], font=f, size=14, bold=True, color=(0, 90, 70))
    T(sh, 15, 19, "Rekeningafschrift", font=f, size=10)
    T(sh, W - 15, 12, f"{w.given_names[:1]}. {w.surname}", font=f, size=10, align="right")
    T(sh, W - 15, 17, f"IBAN {iban}", font="mono", size=9, align="right")
    end = c.sub - dt.timedelta(days=rng.randint(3, 12))
    start = add_months(end, -2)
    T(sh, W - 15, 22, f"Periode {d_nl(start, 'dashes')} t/m {d_nl(end, 'dashes')}", font=f, size=9, align="right")
    hdr = ("Datum", "Omschrijving", "Tegenrekening", "Af", "Bij", "Saldo")
    xs = (15, 40, 150, 205, 235, W - 15)
    y = 32
    sh.rect(15, y - 1.5, W - 30, 7, width_mm=0, fill=(224, 236, 230))
    for i, (h, x) in enumerate(zip(hdr, xs)):
        T(sh, x if i < 3 else x, y, h, font=f, size=9, bold=True, align="left" if i < 3 else "right")
    r = random.Random(seed_of("tx26", c.rng_seed))
    tx = []
    d = start
    for m in range(3):
        pay = add_months(start, m).replace(day=min(25, 28))
        if pay <= end:
            tx.append((pay, f"SALARIS {e['name'].upper()}"[:46], e["iban"], 0.0, k["net"]))
    for _ in range(14):
        d = start + dt.timedelta(days=r.randint(0, (end - start).days))
        shop = r.choice(["Albert Heijn", "Jumbo", "NS Reizen", "Kruidvat", "Eneco", "Vodafone", "Lidl", "Huur"])
        amt = r.choice([12.85, 34.10, 56.40, 8.99, 112.50, 23.75, 45.00]) if shop != "Huur" else 865.00
        tx.append((d, f"{shop} {'incasso' if shop in ('Eneco', 'Vodafone', 'Huur') else 'betaalpas'}",
                   iban_nl(r, r.choice(BANKS)["code"]) if shop in ("Eneco", "Vodafone", "Huur") else "", amt, 0.0))
    tx.sort()
    bal = round(r.uniform(300, 1500), 2)
    y += 8
    for dd, desc, tr, af, bij in tx:
        bal = round(bal - af + bij, 2)
        T(sh, 15, y, d_nl(dd, "dashes"), font=f, size=8.6)
        T(sh, 40, y, desc, font=f, size=8.6, bold=bij > 0)
        T(sh, 150, y, tr, font="mono", size=7.8)
        T(sh, 205, y, eur(af, False) if af else "", font="mono", size=8.6, align="right")
        T(sh, 235, y, eur(bij, False) if bij else "", font="mono", size=8.6, align="right")
        T(sh, W - 15, y, eur(bal, False), font="mono", size=8.6, align="right")
        y += 6.4
    T(sh, 15, H - 12, f"{b['name']} · BIC {b['bic']} · {b['city']} · blad 1 van 1", font=f, size=7.5, color=GREY)
    return [sh]


_r("payslip-salarisbureau-twee-blokken-gegevens-berekening-cumulatieven-26", "income-proof", "nl", payslip_service,
   "payroll service's payslip in two blocks (data / calculation) with year-to-date totals")
_r("guarantor-verklaring-handgeschreven-gelinieerd-doorhaling-26", "income-proof", "nl", guarantor_handwritten,
   "guarantor's declaration written by hand on lined paper, one word struck through")
_r("bankafschrift-liggend-a4-salarisbijschrijvingen-26", "income-proof", "nl", bank_landscape,
   "bank account statement printed in landscape with the salary credits among the transactions")


# =========================================================================== medical statements

_DE = {"ckd": ("terminale Niereninsuffizienz (CKD G5) bei diabetischer Nephropathie",
               "chronische Hämodialyse dreimal wöchentlich, bis zur Nierentransplantation",
               "Ohne Dialyse würde der Patient innerhalb weniger Wochen versterben."),
       "hiv": ("HIV-Infektion mit Resistenz gegen Erstlinienmedikamente",
               "antiretrovirale Kombinationstherapie (Dolutegravir/Darunavir/Ritonavir) mit Kontrollen alle drei Monate",
               "Ein Abbruch führt innerhalb von Monaten zu schwerer Immunschwäche (AIDS)."),
       "myeloma": ("Multiples Myelom (ISS-Stadium II)",
                   "Induktionschemotherapie, autologe Stammzelltransplantation und Erhaltung mit Lenalidomid",
                   "Ohne Behandlung liegt die Lebenserwartung unter einem Jahr."),
       "thal": ("Beta-Thalassämie major", "Bluttransfusionen alle drei Wochen und Eisenchelation mit Deferasirox",
                "Ohne Transfusionen entsteht binnen Wochen eine lebensbedrohliche Anämie."),
       "gaucher": ("Morbus Gaucher Typ 1", "Enzymersatztherapie (Imiglucerase) alle zwei Wochen intravenös",
                   "Ein Abbruch führt zu fortschreitenden Knochenschäden, Panzytopenie und Organvergrößerung."),
       "ktx": ("Zustand nach Nierentransplantation (2024)",
               "Immunsuppression (Tacrolimus, Mycophenolat, Prednison) mit monatlichen Spiegelkontrollen",
               "Eine Unterbrechung der Immunsuppression führt zur Abstoßung des Transplantats."),
       "epilepsy": ("pharmakoresistente Temporallappenepilepsie",
                    "Vagusnervstimulation und Einstellung der Antiepileptika, Abklärung eines epilepsiechirurgischen "
                    "Eingriffs", "Ohne Behandlung besteht ein hohes Risiko eines Status epilepticus."),
       "breast": ("Mammakarzinom links, Zustand nach brusterhaltender Operation",
                  "adjuvante Strahlentherapie in 16 Fraktionen und Nachsorge",
                  "Ohne Strahlentherapie ist das Risiko eines Lokalrezidivs deutlich erhöht."),
       "hip": ("komplizierte Azetabulumfraktur rechts", "Revisionsoperation der Hüfte mit stationärer Rehabilitation",
               "Ohne Operation bliebe eine dauerhafte Behinderung.")}
_SPEC_DE = {"ckd": "Nephrologie", "hiv": "Infektiologie", "myeloma": "Hämatologie und Onkologie",
            "thal": "Hämatologie", "gaucher": "Stoffwechselerkrankungen", "ktx": "Nephrologie und Transplantation",
            "epilepsy": "Neurologie", "breast": "Strahlentherapie", "hip": "Orthopädie und Unfallchirurgie"}
_MON_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"]


def _d_de(d: dt.date) -> str:
    return f"{d.day}. {_MON_DE[d.month - 1]} {d.year}"


def _dur_de(kind: str) -> str:
    return {"lifelong": "Die Behandlung ist lebenslang erforderlich; ein Enddatum lässt sich nicht angeben.",
            "years2": "Die Behandlung wird voraussichtlich noch mindestens zwei Jahre notwendig sein.",
            "years3": "Die voraussichtliche Behandlungsdauer beträgt ab heute mindestens drei Jahre.",
            "indefinite": "Die Behandlung ist auf unbestimmte Zeit, jedenfalls deutlich länger als ein Jahr, "
                          "erforderlich.",
            "months18": "Die Behandlung wird voraussichtlich noch mindestens 18 Monate andauern.",
            "short": f"Die Behandlung wird voraussichtlich bis zum {_d_de(add_months(SUB, 4))} abgeschlossen sein; "
                     f"danach ist keine weitere fachärztliche Behandlung erforderlich."}[kind]


def _doc(c: Case, key: str, country: str = "NL") -> str:
    r = random.Random(seed_of(key, c.rng_seed))
    g, s, _ = make_professional(r, country)
    return f"{g} {s}"


def medstat_german(c: Case, rng: random.Random, **_) -> list[Sheet]:
    key = c.med.get("key", "ckd")
    dx, tx, stop = _DE.get(key, _DE["ckd"])
    rd = random.Random(seed_of("de26", c.rng_seed))
    dg, dsn, dsex = make_professional(rd, "DE")
    doc = f"{dg} {dsn}"
    sh = c.new_sheet()
    W = c.page_w
    f = "serif5"
    T(sh, 20, 12, "Uniklinik RWTH Aachen", font="sans4", size=13, bold=True, color=(0, 84, 159))
    T(sh, 20, 18.5, f"Klinik für {_SPEC_DE.get(key, 'Innere Medizin')}", font="sans4", size=9)
    T(sh, 20, 23, "Pauwelsstraße 30 · 52074 Aachen · Deutschland", font="sans4", size=8, color=GREY)
    sh.rule(20, 27, W - 20, 27, width_mm=0.4, color=(0, 84, 159))
    dd = c.sub - dt.timedelta(days=rng.randint(6, 30))
    T(sh, W - 20, 34, f"Aachen, den {_d_de(dd)}", font=f, size=10, align="right")
    T(sh, 20, 44, "ÄRZTLICHE BESCHEINIGUNG", font=f, size=14, bold=True)
    T(sh, 20, 52, f"Patient{'in' if c.p.sex == 'F' else ''}: {c.p.given_names} {c.p.surname}, geb. "
      f"{c.p.birth_date.strftime('%d.%m.%Y')}", font=f, size=10.5)
    T(sh, 20, 57.5, f"wohnhaft in {c.p.address.city if c.p.address else 'Kerkrade'} (Niederlande)", font=f, size=10.5)
    T(sh, 20, 63, "überwiesen vom behandelnden Facharzt in den Niederlanden (Zweitmeinung und Mitbehandlung)",
      font=f, size=9.5, color=GREY)
    start = _treat_start(c)
    paras = [f"Hiermit bescheinige ich, dass sich {'die oben genannte Patientin' if c.p.sex == 'F' else 'der oben genannte Patient'} "
             f"seit {_d_de(start)} in unserer Klinik in grenzüberschreitender Mitbehandlung befindet.",
             f"Diagnose: {dx}.", f"Therapie: {tx}.", _dur_de(c.duration) + " " + stop,
             f"Nach meiner Kenntnis ist diese Behandlung im Herkunftsland ({country_nl(c.p)}) nicht verfügbar oder "
             f"für {'die Patientin' if c.p.sex == 'F' else 'den Patienten'} nicht zugänglich.",
             "Diese Bescheinigung wird auf Wunsch des Patienten zur Vorlage bei der niederländischen "
             "Einwanderungsbehörde (IND) ausgestellt."]
    y = 72
    for p_ in paras:
        y = P(sh, 20, y, W - 40, p_, font=f, size=10.5, leading=1.45) + 3
    T(sh, 20, y + 4, "Mit freundlichen Grüßen", font=f, size=10.5)
    sh.signature(20, y + 9, 44, 15, rng, color=BLUE_INK)
    sh.stamp(60, y + 6, ["UNIKLINIK RWTH AACHEN", _SPEC_DE.get(key, "Innere Medizin")[:24].upper(), "AACHEN"], rng,
             shape="rect", size_mm=38, color=(40, 60, 150), angle=rng.uniform(-6, 6))
    T(sh, 20, y + 27, f"Dr. med. {doc}", font=f, size=10.5)
    T(sh, 20, y + 32, "Oberärztin" if dsex == "F" else "Oberarzt", font=f, size=9.5, color=GREY)
    return [sh]


def medstat_gp_table(c: Case, rng: random.Random, **_) -> list[Sheet]:
    doc = _doc(c, "gp26")
    start = _treat_start(c)
    gp = c.gp or {"name": "Huisartsenpraktijk", "city": c.hospital.get("city", "")}
    sh = c.new_sheet()
    W = c.page_w
    f = rng.choice(["sans2", "sans"])
    T(sh, 20, 12, gp.get("name", "Huisartsenpraktijk"), font=f, size=12, bold=True)
    T(sh, 20, 18, f"{gp.get('city', '')} · huisartsen", font=f, size=8.5, color=GREY)
    T(sh, 20, 32, "Verklaring huisarts", font=f, size=14, bold=True)
    rows = [("Patiënt", f"{c.p.given_names} {c.p.surname}"), ("Geboortedatum", c.dfmt(c.p.birth_date)),
            ("Ingeschreven sinds", c.dfmt(start - dt.timedelta(days=rng.randint(100, 900)))),
            ("Diagnose", c.med["dx"]), ("Behandelaar", f"{c.hospital.get('name', '')}, {c.med['spec']}"),
            ("Behandeling", c.med["tx"]), ("Verwachte duur", duration_phrase(c.duration, start) + " " + c.med["stop"]),
            ("Land van herkomst", _not_available(c))]
    y = 42
    for a, b in rows:
        lines = _wrap(b, W - 92, f, 10)
        h = 3 + 4.8 * len(lines)
        sh.rect(20, y, 50, h, width_mm=0.25, fill=SHADE)
        sh.rect(70, y, W - 90, h, width_mm=0.25)
        T(sh, 22, y + 1.5, a, font=f, size=9.5, bold=True)
        for k, ln in enumerate(lines):
            T(sh, 72, y + 1.5 + k * 4.8, ln, font=f, size=10)
        y += h
    dd = c.sub - dt.timedelta(days=rng.randint(4, 28))
    T(sh, 20, y + 10, f"{gp.get('city', '')}, {d_nl(dd)}", font=f, size=10.5)
    sh.signature(110, y + 8, 44, 15, rng, color=BLUE_INK)
    sh.stamp(108, y + 6, [gp.get("name", "Huisartsenpraktijk")[:24].upper(), gp.get("city", "").upper()[:20]], rng,
             shape="rect", size_mm=36, color=(40, 60, 150), angle=rng.uniform(-5, 5))
    T(sh, 110, y + 26, f"{doc}, huisarts", font=f, size=10)
    return [sh]


_r("medstat-de-uniklinik-aerztliche-bescheinigung-grensoverschrijdend-26", "medical-statement", "de", medstat_german,
   "German university clinic's 'Ärztliche Bescheinigung' on a patient treated across the border")
_r("medstat-huisarts-verklaring-tekstverwerker-tabel-stempel-26", "medical-statement", "nl", medstat_gp_table,
   "GP's statement typed in a word processor as a two-column table, stamp over the signature")


# =========================================================================== care-institution statements

def care_stamp_over(c: Case, rng: random.Random, **_) -> list[Sheet]:
    h = c.hospital
    s, e = _care_dates(c)
    sh = c.new_sheet()
    W = c.page_w
    f = "serif2"
    T(sh, 20, 14, h["name"], font=f, size=13, bold=True)
    T(sh, 20, 20, f"Afdeling {c.med['spec']} · {h.get('city', '')}", font=f, size=9, color=GREY)
    T(sh, 20, 36, "BEVESTIGING BEHANDELING", font=f, size=13, bold=True)
    rows = [("Naam", f"{c.p.surname.upper()}, {c.p.given_names}"), ("Geboortedatum", c.dfmt(c.p.birth_date)),
            ("Aandoening", c.med["dx"]), ("Behandeling", c.med["tx_short"]),
            ("Periode", f"{d_nl(s)} tot ten minste {d_nl(e)}")]
    y = 46
    for a, b in rows:
        T(sh, 20, y, a, font=f, size=10, color=GREY)
        for k, ln in enumerate(_wrap(b, W - 80, f, 10.5)):
            T(sh, 60, y + k * 5, ln, font=f, size=10.5)
        y += 6 + 5 * (len(_wrap(b, W - 80, f, 10.5)) - 1)
    y = P(sh, 20, y + 6, W - 40, f"{h['name']} bevestigt dat zij de behandeling kan en zal uitvoeren. "
          + _payer_phrase(c), font=f, size=10.5, leading=1.45) + 8
    T(sh, 20, y, f"{h.get('city', '')}, {d_nl(c.sub - dt.timedelta(days=rng.randint(4, 26)))}", font=f, size=10.5)
    sh.signature(110, y + 4, 46, 15, rng, color=BLUE_INK)
    sh.stamp(106 + rng.uniform(0, 8), y + 1, [h["name"][:24].upper(), c.med["spec"][:22].upper(),
                                              h.get("city", "").upper()], rng, shape="round", size_mm=30,
             color=(120, 40, 120), angle=rng.uniform(-15, 15))
    T(sh, 110, y + 24, _doc(c, "care26") + ", afdelingshoofd", font=f, size=10)
    return [sh]


def care_fax(c: Case, rng: random.Random, **_) -> list[Sheet]:
    h = c.hospital
    s, e = _care_dates(c)
    sh = c.new_sheet()
    W = c.page_w
    f = "sans"
    T(sh, 20, 16, h["name"], font=f, size=12, bold=True)
    T(sh, 20, 22, "Zorgbemiddeling / patiëntenadministratie", font=f, size=9)
    T(sh, 20, 36, "Verklaring zorginstelling", font=f, size=14, bold=True)
    paras = [f"Hierbij verklaren wij dat {title_nl(c.p)} {c.p.given_names} {c.p.surname}, geboren op "
             f"{c.dfmt(c.p.birth_date)}, bij ons in behandeling is of wordt genomen voor {c.med['dx']}.",
             f"De behandeling ({c.med['tx_short']}) start of liep vanaf {d_nl(s)} en duurt naar verwachting tot "
             f"{d_nl(e)}. Onze instelling is in staat en bereid deze behandeling te geven.",
             _payer_phrase(c), "Met vriendelijke groet,"]
    y = 48
    for p_ in paras:
        y = P(sh, 20, y, W - 40, p_, font=f, size=10.5, leading=1.45) + 3
    sh.signature(20, y, 44, 14, rng, color=BLACK_INK)
    T(sh, 20, y + 16, _doc(c, "carefax26") + ", zorgbemiddelaar", font=f, size=10)
    when = c.sub - dt.timedelta(days=rng.randint(3, 20))
    return [_faxed(c, sh, rng, h["name"], f"+31 {rng.randint(10, 88)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
                   when)]


def care_english_punched(c: Case, rng: random.Random, **_) -> list[Sheet]:
    h = c.hospital
    s, e = _care_dates(c)
    sh = c.new_sheet()
    W = c.page_w
    f = "sans4"
    T(sh, 30, 14, h["name"], font=f, size=12.5, bold=True, color=NAVY)
    T(sh, 30, 20, f"Department of {c.med.get('spec_en', 'Internal Medicine')}", font=f, size=9, color=GREY)
    dd = c.sub - dt.timedelta(days=rng.randint(3, 25))
    T(sh, W - 20, 34, d_en(dd), font=f, size=10, align="right")
    T(sh, 30, 44, "To whom it may concern", font=f, size=10.5)
    paras = [f"This is to confirm that {c.p.given_names} {c.p.surname} (date of birth {d_en(c.p.birth_date)}) is "
             f"under our care for {c.med.get('dx_en', c.med['dx'])}. Our department is able and willing to provide "
             f"the treatment, {c.med.get('tx_en', c.med['tx'])}, from {d_en(s)} until at least {d_en(e)}.",
             _payer_phrase(c, "en"), "Yours sincerely,"]
    y = 54
    for p_ in paras:
        y = P(sh, 30, y, W - 50, p_, font=f, size=10.5, leading=1.45) + 3
    sh.signature(30, y, 42, 13, rng, color=BLUE_INK)
    T(sh, 30, y + 16, f"{_doc(c, 'en26')}, {c.med.get('doc_en', 'consultant')}", font=f, size=10)
    punch_holes(sh, rng=rng)
    return [sh]


_r("care-bevestiging-behandeling-stempel-over-handtekening-26", "care-institution-statement", "nl", care_stamp_over,
   "hospital department's confirmation of treatment with its round stamp over the signature")
_r("care-verklaring-zorginstelling-per-fax-kopregel-26", "care-institution-statement", "nl", care_fax,
   "an institution's statement received by fax with the machine's header line")
_r("care-confirmation-en-geperforeerd-26", "care-institution-statement", "en", care_english_punched,
   "a clinic's short English confirmation on a punched sheet")


# =========================================================================== health insurance

def polis_grey_band(c: Case, rng: random.Random, **_) -> list[Sheet]:
    ins = c.insurer_nl
    sh = c.new_sheet()
    W = c.page_w
    f = "sans2"
    col = ins.get("color", (0, 100, 140))
    T(sh, W - 20, 14, ins["name"], font=f, size=13, bold=True, color=col, align="right")
    T(sh, W - 20, 20, ins["post"], font=f, size=7.5, color=GREY, align="right")
    p = c.p
    y = 40
    for ln in (f"{title_nl(p).capitalize()} {p.given_names[:1]}. {p.surname}",
               *((f"{p.address.street} {p.address.number}", f"{p.address.postcode} {p.address.city}")
                 if p.address else ())):
        T(sh, 20, y, ln, font=f, size=10.5)
        y += 5
    T(sh, 20, 70, "Verzekeringsbewijs", font=f, size=15, bold=True)
    sh.rect(20, 80, W - 40, 30, width_mm=0, fill=SHADE)
    pol = _policy_no(c)
    data = [("Polisnummer", pol), ("UZOVI", ins["uzovi"]), ("Ingangsdatum", f"01-01-{c.sub.year}"),
            ("Basisverzekering", rng.choice(["Basis Natura", "Basis Combinatie", "Basis Restitutie"])),
            ("Geboortedatum", c.dfmt(p.birth_date)), ("Verzekerde", f"{p.given_names} {p.surname}")]
    for i, (a, b) in enumerate(data):
        x = 24 if i % 2 == 0 else 24 + (W - 40) / 2
        yy = 84 + (i // 2) * 8.5
        T(sh, x, yy, a, font=f, size=8, color=GREY)
        T(sh, x + 32, yy, b, font=f, size=10)
    P(sh, 20, 118, W - 40, "Met dit bewijs toont u aan dat u bij ons verzekerd bent voor de zorg uit het basispakket "
      "van de Zorgverzekeringswet. De dekking geldt ook voor behandelingen van aandoeningen die al bestonden bij de "
      "start van de verzekering.", font=f, size=10, leading=1.45)
    T(sh, 20, 150, f"Datum: {d_nl(c.sub - dt.timedelta(days=rng.randint(5, 40)))}", font=f, size=9.5)
    return [sh]


def incoming_grey_staple(c: Case, rng: random.Random, **_) -> list[Sheet]:
    name = _incoming_name(c)
    sh = c.new_sheet()
    W = c.page_w
    f = "serif"
    dark = (60, 60, 60)
    T(sh, 20, 16, name, font="sans4", size=13, bold=True, color=dark)
    T(sh, 20, 22, "Incoming verzekeringen voor buitenlandse bezoekers en tijdelijke verblijvers", font=f, size=8.5,
      color=GREY)
    T(sh, 20, 38, "VERZEKERINGSCERTIFICAAT / CERTIFICATE OF INSURANCE", font="sans4", size=12, bold=True, color=dark)
    s = c.sub - dt.timedelta(days=random.Random(c.rng_seed + 6).randint(15, 160))
    e = add_years(s, 1) - dt.timedelta(days=1)
    pol = _policy_no(c, "INC-")
    rows = [("Verzekerde / Insured", f"{c.p.given_names} {c.p.surname.upper()}"),
            ("Geboren / Born", c.dfmt(c.p.birth_date)), ("Certificaatnummer / Certificate no.", pol),
            ("Geldig / Valid", f"{d_nl(s, 'dashes')} – {d_nl(e, 'dashes')}"),
            ("Dekking / Cover", "medische kosten in Nederland, ook bestaande aandoeningen / medical costs in the "
             "Netherlands, pre-existing conditions included"), ("Maximum", "€ 1.000.000 per jaar / per year")]
    y = 50
    for a, b in rows:
        T(sh, 20, y, a, font=f, size=9, color=GREY)
        lines = _wrap(b, W - 100, f, 10.5)
        for k, ln in enumerate(lines):
            T(sh, 88, y + k * 5, ln, font=f, size=10.5, color=dark)
        y += 8 + 5 * (len(lines) - 1)
    T(sh, 20, y + 8, f"Uitgegeven op / Issued on {d_nl(c.sub - dt.timedelta(days=rng.randint(4, 30)))}", font=f,
      size=9.5, color=dark)
    sh.signature(20, y + 14, 40, 12, rng, color=(70, 70, 70))
    staple(sh, 14, 10)
    return [sh]


def intl_nicaragua(c: Case, rng: random.Random, **_) -> list[Sheet]:
    ins = c.insurer_intl
    sh = c.new_sheet()
    W = c.page_w
    f = "sans6"
    col = ins.get("color", (20, 70, 130))
    sh.rect(0, 16, W, 22, width_mm=0, fill=col)
    T(sh, 20, 21, ins["name"], font=f, size=13, bold=True, color=(255, 255, 255))
    T(sh, 20, 28.5, ins.get("addr", ""), font=f, size=7.5, color=(225, 230, 240))
    s = c.sub - dt.timedelta(days=random.Random(c.rng_seed).randint(20, 200))
    e = add_years(s, 1) - dt.timedelta(days=1)
    pol = _policy_no(c, "NI-")
    addr = ins.get("addr", "")
    spanish = "Managua" in addr or "Nicaragua" in addr
    y = 48
    if spanish:
        T(sh, 20, y, "CERTIFICADO DE SEGURO / CERTIFICATE OF INSURANCE", font=f, size=12.5, bold=True)
        y = P(sh, 20, y + 10, W - 40, f"Certificamos que {c.p.given_names} {c.p.surname}, nacido/a el "
              f"{d_en(c.p.birth_date)}, está asegurado/a bajo la póliza {pol} ({ins.get('plan', '')}) del {d_en(s)} al "
              f"{d_en(e)}, con cobertura de hospitalización, consultas, tratamiento especializado y medicamentos en "
              f"los Países Bajos, incluidas enfermedades preexistentes, hasta USD 1.200.000.", font=f, size=10,
              leading=1.45, align="justify") + 4
        y = P(sh, 20, y, W - 40, f"We certify that {c.p.given_names} {c.p.surname}, born {d_en(c.p.birth_date)}, is "
              f"insured under policy {pol} from {d_en(s)} to {d_en(e)}, covering hospital care, consultations, "
              f"specialist treatment and medicines in the Netherlands, pre-existing conditions included.", font=f,
              size=10, leading=1.45, align="justify") + 10
        place = "Managua"
    else:
        T(sh, 20, y, "CERTIFICATE OF INSURANCE", font=f, size=12.5, bold=True)
        y = P(sh, 20, y + 10, W - 40, f"We certify that {c.p.given_names} {c.p.surname}, born "
              f"{d_en(c.p.birth_date)}, is insured under policy {pol} ({ins.get('plan', '')}) from {d_en(s)} to "
              f"{d_en(e)}, covering hospital care, consultations, specialist treatment and medicines in the "
              f"Netherlands, pre-existing conditions included.", font=f, size=10, leading=1.45,
              align="justify") + 10
        place = (addr.split(",")[-1].strip() or "London")
    T(sh, 20, y, f"{place}, {d_en(c.sub - dt.timedelta(days=rng.randint(5, 30)))}", font=f, size=10)
    sh.signature(20, y + 5, 42, 13, rng, color=BLUE_INK)
    T(sh, 20, y + 20, "Gerente Técnico / Technical Manager" if spanish else "Technical Manager", font=f, size=9.5)
    sh.stamp(W - 72, y - 2, [ins.get("short", "SEGUROS").upper()[:18], place.upper()[:14]], rng, shape="oval",
             size_mm=30, color=(30, 60, 140))
    return [sh]


_r("polisblad-verzekeringsbewijs-grijze-gegevensband-26", "health-insurance", "nl", polis_grey_band,
   "Dutch insurer's certificate of insurance with the policy data in a grey band")
_r("incoming-certificaat-grijze-kopie-nietje-26", "health-insurance", "en/nl", incoming_grey_staple,
   "incoming insurer's bilingual certificate copied in grey with a staple")
_r("intl-certificado-nicaragua-carta-26", "health-insurance", "en/es", intl_nicaragua,
   "Nicaraguan insurer's certificate in Spanish and English under a coloured band")


# =========================================================================== civic integration (DUO)

def duo_diploma_landscape(c: Case, rng: random.Random, **_) -> list[Sheet]:
    W, H = (297.0, 210.0) if abs(c.page_w - 210) < 1 else (c.page_h, c.page_w)
    sh = Sheet(W, H)
    f = "serif4"
    sh.rect(0, H - 44, W, 12, width_mm=0, fill=(0, 120, 90))
    T(sh, 20, 16, "DUO", font="sans4", size=18, bold=True, color=(0, 70, 140))
    T(sh, 20, 24, "Dienst Uitvoering Onderwijs", font="sans4", size=8, color=GREY)
    T(sh, W / 2, 44, "Diploma inburgering", font=f, size=28, bold=True, align="center")
    p = c.p
    T(sh, W / 2, 68, f"{p.given_names} {p.surname}", font=f, size=17, bold=True, align="center")
    T(sh, W / 2, 79, f"geboren op {d_nl(p.birth_date)} te {p.birth_place}", font=f, size=11, align="center")
    P(sh, 60, 92, W - 120, "heeft het inburgeringsexamen op taalniveau B1 en het onderdeel Kennis van de Nederlandse "
      "Maatschappij met goed gevolg afgelegd en voldoet daarmee aan de inburgeringsplicht (Wet inburgering 2021).",
      font=f, size=11, leading=1.45, align="center")
    dd = _inb_date(c, rng)
    r = random.Random(seed_of("dip26", c.rng_seed))
    sh.stamp(W / 2 - 16, 114, ["DIENST UITVOERING ONDERWIJS", "DUO", "GRONINGEN"], rng, shape="round", size_mm=32,
             color=(150, 120, 40))
    T(sh, W - 40, 126, f"Groningen, {d_nl(dd)}", font=f, size=10.5, align="right")
    sh.signature(W - 90, 132, 46, 14, rng, color=BLACK_INK)
    T(sh, W - 40, H - 60, "namens de minister van SZW", font=f, size=8.5, align="right", color=GREY)
    T(sh, 40, H - 40.5, f"Diplomanummer {r.randint(10000000, 99999999)}", font="sans4", size=9,
      color=(255, 255, 255))
    return [sh]


def duo_exemption_fax(c: Case, rng: random.Random, **_) -> list[Sheet]:
    sh = c.new_sheet()
    W = c.page_w
    f = "sans"
    T(sh, 20, 16, "Dienst Uitvoering Onderwijs", font=f, size=12, bold=True)
    T(sh, 20, 22, "Postbus 30205 · 2500 GE Den Haag", font=f, size=8)
    p = c.p
    dd = _inb_date(c, rng)
    r = random.Random(seed_of("ont26", c.rng_seed))
    y = 40
    for ln in (f"{title_nl(p).capitalize()} {p.given_names} {p.surname}",
               *((f"{p.address.street} {p.address.number}", f"{p.address.postcode} {p.address.city}")
                 if p.address else ())):
        T(sh, 20, y, ln, font=f, size=10.5)
        y += 5
    T(sh, W - 20, 40, f"Datum {d_nl(dd)}", font=f, size=9.5, align="right")
    T(sh, W - 20, 45, f"Kenmerk O{r.randint(1000000, 9999999)}", font=f, size=9.5, align="right")
    T(sh, 20, 70, "Besluit: u krijgt ontheffing van de inburgeringsplicht", font=f, size=11, bold=True)
    y = 80
    for para in (f"Geachte {title_nl(p)} {p.surname},",
                 "U vroeg ontheffing van de inburgeringsplicht aan op medische gronden. De arts die u namens ons "
                 "heeft onderzocht, stelt vast dat u door een psychische of lichamelijke beperking blijvend niet in "
                 "staat bent het inburgeringsexamen te halen.",
                 "Daarom krijgt u ontheffing van de inburgeringsplicht. U hoeft geen inburgeringsexamen meer te doen.",
                 "Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken bezwaar maken.",
                 "Met vriendelijke groet,\nDienst Uitvoering Onderwijs"):
        y = P(sh, 20, y, W - 40, para, font=f, size=10.5, leading=1.45) + 3
    return [_faxed(c, sh, rng, "Juridisch Loket", f"+31 {rng.randint(10, 88)} {rng.randint(100, 999)} "
                   f"{rng.randint(1000, 9999)}", dd + dt.timedelta(days=rng.randint(10, 60)))]


def duo_results_columns(c: Case, rng: random.Random, *, failed: bool = False, **_) -> list[Sheet]:
    sh = c.new_sheet()
    W = c.page_w
    f = "sans2"
    T(sh, 20, 14, "DUO · Inburgering", font="sans4", size=13, bold=True, color=(0, 70, 140))
    p = c.p
    dd = _inb_date(c, rng)
    T(sh, 20, 28, "Overzicht examenresultaten", font=f, size=14, bold=True)
    T(sh, 20, 36, f"{p.given_names} {p.surname} · geboren {c.dfmt(p.birth_date)}", font=f, size=10)
    parts = ["Lezen", "Luisteren", "Schrijven", "Spreken", "Kennis van de Nederlandse Maatschappij (KNM)"]
    bad = random.Random(seed_of("fail26", c.rng_seed)).randrange(4) if failed else -1
    y = 50
    T(sh, 20, y, "Examenonderdeel", font=f, size=9.5, bold=True)
    T(sh, 130, y, "Uitslag", font=f, size=9.5, bold=True)
    sh.rule(20, y + 5.5, W - 20, y + 5.5, width_mm=0.3)
    y += 9
    for k, part in enumerate(parts):
        T(sh, 20, y, part, font=f, size=10)
        T(sh, 130, y, "niet gehaald" if k == bad else "gehaald", font=f, size=10, bold=(k == bad))
        sh.rule(20, y + 6, W - 20, y + 6, width_mm=0.1, color=(180, 180, 180))
        y += 9
    msg = ("U heeft nog niet alle onderdelen gehaald. Meld u opnieuw aan voor het onderdeel dat u niet heeft gehaald."
           if failed else "U heeft alle onderdelen gehaald. U krijgt uw diploma binnen zes weken thuisgestuurd.")
    P(sh, 20, y + 6, W - 40, msg, font=f, size=10.5, leading=1.4)
    T(sh, 20, y + 22, f"Stand per {d_nl(dd)}", font=f, size=9, color=GREY)
    return [sh]


_r("duo-diploma-liggend-groene-voetbalk-zegel-26", "civic-integration", "nl", duo_diploma_landscape,
   "DUO diploma in landscape with a green foot band and a round seal")
_r("duo-ontheffing-gefaxt-kopregel-26", "civic-integration", "nl", duo_exemption_fax,
   "DUO exemption decision received by fax with the header line")
_r("duo-uitslag-twee-kolommen-onderdeel-uitslag-26", "civic-integration", "nl", duo_results_columns,
   "DUO results overview in two columns, part and result")


# =========================================================================== other: cover letter, IND letters, visa

def cover_footnotes(c: Case, rng: random.Random, *, enclosures: list[str] | None = None, **_) -> list[Sheet]:
    from .ind import LAWYERS
    lw = c.lawyer or LAWYERS[0]
    sh = c.new_sheet()
    W = c.page_w
    f = "serif4"
    firm = _wrap(lw["firm"].upper(), 30, f, 8.5)[:3]
    for i, ln in enumerate(firm):
        T(sh, 14, 12 + i * 4.2, ln, font=f, size=8.5, bold=True)
    y0 = 14 + 4.2 * len(firm)
    for i, ln in enumerate(("advocaten", c.lawyer_name or "mr. A. de Groot", "mr. L. Bakker", "mr. S. Öztürk")):
        T(sh, 14, y0 + i * 4, ln, font=f, size=7.5, color=GREY)
    sh.rule(50, 12, 50, y0 + 18, width_mm=0.2)
    T(sh, W - 20, 14, lw["street"], font=f, size=8, color=GREY, align="right")
    T(sh, W - 20, 18, f"{lw['pc']} {lw['city']}", font=f, size=8, color=GREY, align="right")
    y = 54
    for ln in IND_ADDRESSES[rng.randrange(len(IND_ADDRESSES))].split("\n"):
        T(sh, 56, y, ln, font=f, size=10.5)
        y += 5
    dd = c.sub - dt.timedelta(days=rng.randint(0, 3))
    T(sh, W - 20, y + 6, f"{lw['city']}, {d_nl(dd)}", font=f, size=10.5, align="right")
    y += 16
    T(sh, 56, y, f"Betreft: {c.p.surname.upper()}, {c.p.given_names} – V-nr. {c.vnr}", font=f, size=10.5, bold=True)
    y += 10
    paras = ["Geachte heer/mevrouw,",
             f"Hierbij dien ik namens mijn cliënt{'e' if c.p.sex == 'F' else ''} een aanvraag in voor "
             f"{PROC_NL[c.procedure]}.¹ Het formulier en de stukken zijn bijgevoegd."]
    if c.procedure == "ind-medical-treatment" and c.art64_end:
        paras.append(f"Aan cliënt was uitstel van vertrek verleend (artikel 64 Vw) tot en met {d_nl(c.art64_end)}.²")
    if c.procedure == "ind-hnt-continued" and c.since:
        paras.append(f"Cliënt heeft sinds {d_nl(c.since)} rechtmatig verblijf "
                     f"({dict(ROUTES_7027).get(c.route, '').replace('na verblijf ', '')}).")
    if c.no_passport:
        paras.append("Cliënt heeft geen geldig paspoort en verzoekt om vrijstelling van het paspoortvereiste. "
                     + " ".join(EXEMPTION_TEXT[i] for i in c.exemption_shown))
    if c.suriname_visa:
        paras.append("Cliënt is Surinaams onderdaan en reisde in met een mvv voor medische behandeling; de mvv is "
                     "bijgevoegd.")
    for p_ in paras:
        y = P(sh, 56, y, W - 76, p_, font=f, size=10.5, leading=1.45) + 3
    if enclosures:
        T(sh, 56, y + 1, "Bijlagen:", font=f, size=10, bold=True)
        y += 6
        for i, e in enumerate(enclosures, 1):
            T(sh, 60, y, f"{i}. {e}"[:80], font=f, size=9.5)
            y += 4.8
        y += 3
    T(sh, 56, y + 2, "Hoogachtend,", font=f, size=10.5)
    sh.signature(56, y + 6, 44, 14, rng, color=rng.choice([BLUE_INK, BLACK_INK]))
    T(sh, 56, y + 22, c.lawyer_name or "mr. A. de Groot", font=f, size=10.5)
    notes = ["¹ Artikel 14 Vreemdelingenwet 2000 juncto artikel 3.46 Vreemdelingenbesluit 2000."]
    if c.procedure == "ind-medical-treatment" and c.art64_end:
        notes.append("² Artikel 64 Vreemdelingenwet 2000; artikel 3.46 lid 3 Vb 2000.")
    yb = max(c.page_h - 24 - 4 * len(notes), y + 30)
    sh.rule(56, yb - 2, 100, yb - 2, width_mm=0.2)
    for i, n in enumerate(notes):
        T(sh, 56, yb + i * 4, n, font=f, size=7.5)
    return [c.intr(sh)]


def _ind_head(sh: Sheet, c: Case, dd: dt.date, subject: str) -> float:
    W = c.page_w
    T(sh, W / 2, 12, "Immigratie- en Naturalisatiedienst", font="sans4", size=12, bold=True, align="center",
      color=NAVY)
    T(sh, W / 2, 18, "Ministerie van Asiel en Migratie", font="sans4", size=8, align="center", color=GREY)
    r = random.Random(seed_of("ind26", c.rng_seed))
    p = c.p
    y = 40
    for ln in (f"{title_nl(p).capitalize()} {p.given_names} {p.surname}",
               *((f"{p.address.street} {p.address.number}", f"{p.address.postcode} {p.address.city}")
                 if p.address else ())):
        T(sh, 30, y, ln, font="sans4", size=10)
        y += 5
    yy = 40
    for a, b in (("Datum", d_nl(dd)), ("V-nummer", c.vnr), ("Kenmerk", str(r.randint(1000000, 9999999)))):
        T(sh, 130, yy, a, font="sans4", size=7.5, color=GREY)
        T(sh, 130, yy + 3.5, b, font="sans4", size=9)
        yy += 10
    T(sh, 30, 80, subject, font="sans4", size=11, bold=True)
    return 90


def art64_decision(c: Case, rng: random.Random, **_) -> list[Sheet]:
    end = c.art64_end or (c.since - dt.timedelta(days=1) if c.since else c.sub + dt.timedelta(days=10))
    start = add_years(end, -1) + dt.timedelta(days=1)
    dd = start + dt.timedelta(days=rng.randint(3, 25))
    sh = c.new_sheet()
    y = _ind_head(sh, c, dd, "Besluit op uw aanvraag om uitstel van vertrek (artikel 64 Vw)")
    for para in (f"Geachte {title_nl(c.p)} {c.p.surname},",
                 "Het Bureau Medische Advisering heeft geadviseerd dat uw gezondheidstoestand het op dit moment niet "
                 "toelaat om te reizen. Daarom krijgt u uitstel van vertrek.",
                 f"Het uitstel van vertrek loopt van {d_nl(start)} tot en met {d_nl(end)}.",
                 "Hoogachtend,\nde Minister van Asiel en Migratie,\nnamens deze,\nImmigratie- en Naturalisatiedienst"):
        y = P(sh, 30, y, c.page_w - 60, para, font="sans4", size=10, leading=1.45) + 4
    punch_holes(sh, rng=rng)
    return [c.intr(sh)]


def permit_decision(c: Case, rng: random.Random, **_) -> list[Sheet]:
    since = c.since or dt.date(2022, 5, 1)
    dd = since + dt.timedelta(days=rng.randint(6, 40))
    purpose = {"medical-treatment": "medische behandeling", "medical-treatment-after-art64": "medische behandeling",
               "relationship": "verblijf als familie- of gezinslid", "parent": "verblijf bij ouder",
               "trafficking-victim": "slachtoffer-getuige mensenhandel",
               "trafficking-victim-no-report": "slachtoffer mensenhandel (zonder aangifte)",
               "domestic-violence": "humanitair tijdelijk – huiselijk geweld",
               "buiten-schuld": "humanitair tijdelijk – buitenschuld"}.get(c.route or "", "regulier")
    sh = c.new_sheet()
    y = _ind_head(sh, c, dd, "Besluit: uw aanvraag voor een verblijfsvergunning wordt ingewilligd")
    for para in (f"Geachte {title_nl(c.p)} {c.p.surname},",
                 f"U krijgt een verblijfsvergunning regulier voor bepaalde tijd onder de beperking '{purpose}'.",
                 f"De vergunning is geldig van {d_nl(since)} tot en met "
                 f"{d_nl(add_years(since, 1 if 'medisch' in purpose else 5) - dt.timedelta(days=1))}.",
                 "Met vriendelijke groet,\nImmigratie- en Naturalisatiedienst"):
        y = P(sh, 30, y, c.page_w - 60, para, font="sans4", size=10, leading=1.45) + 4
    punch_holes(sh, rng=rng)
    return [c.intr(sh)]


def mvv_cut(c: Case, rng: random.Random, **_) -> list[Sheet]:
    sh = c.new_sheet()
    vx, vy = 50, 80
    w, h = 105, 74
    sh.rect(vx, vy, w, h, width_mm=0.2, fill=(226, 238, 230))
    T(sh, vx + 3, vy + 3, "VISUM · NEDERLAND · MVV", font="sans4", size=9, bold=True, color=(0, 80, 60))
    start = c.sub - dt.timedelta(days=rng.randint(150, 200))
    end = start + dt.timedelta(days=rng.randint(85, 90))
    pno = c.passport_no or f"R{rng.randint(1000000, 9999999)}"
    rows = [("GELDIG VOOR", "SCHENGEN + NL"), ("VAN", start.strftime("%d-%m-%y")), ("TOT", end.strftime("%d-%m-%y")),
            ("SOORT VISUM", "D"), ("PASPOORTNUMMER", pno),
            ("NAAM", f"{c.p.surname.upper()}, {c.p.given_names.upper()}"[:34]),
            ("OPMERKINGEN", "MVV – MEDISCHE BEHANDELING")]
    y = vy + 10
    for a, b in rows:
        T(sh, vx + 3, y, a, font="sans4", size=5.8, color=GREY)
        T(sh, vx + 30, y, b, font="sans4", size=7.8)
        y += 5.2
    line1 = ("V<NLD" + _mrz_name(c.p, 39))[:44]
    birth = c.p.birth_date.strftime("%y%m%d")
    exp = end.strftime("%y%m%d")
    pn = (pno + "<" * 9)[:9]
    line2 = (f"{pn}{_mrz_check(pn)}SUR{birth}{_mrz_check(birth)}{c.p.sex}{exp}{_mrz_check(exp)}" + "<" * 16)[:44]
    T(sh, vx + 1, vy + h - 12, line1, font="ocrb", size=6.4)
    T(sh, vx + 1, vy + h - 6, line2, font="ocrb", size=6.4)
    cut_frame(sh, vx, vy, w, h)
    return [sh]


_r("cover-letter-tweekoloms-briefhoofd-voetnoten-26", "other", "nl", cover_footnotes,
   "Dutch lawyer's cover letter with partners in a left column and footnotes")
_r("art64-decision-ind-geperforeerd-gecentreerde-kop-26", "other", "nl", art64_decision,
   "IND art. 64 decision on a punched sheet, centred heading")
_r("permit-letter-ind-geperforeerd-gecentreerde-kop-26", "other", "nl", permit_decision,
   "IND permit decision on a punched sheet")
_r("mvv-sticker-sur-vergroot-knipstreep-26", "other", "nl", mvv_cut,
   "MVV sticker copied enlarged with a dashed cut line and scissors")
