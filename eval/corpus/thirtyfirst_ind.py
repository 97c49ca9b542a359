"""IND families of the `thirtyfirst` part (registered in ind.FAMILIES).

Written after dev, heldout and the parts fresh to thirtieth had been read, by a writer who saw neither the
validator nor its output, from the seeds and how such papers look in Dutch files.  Each family's layout, wording
and copy habits are described in its registration note and, where it has one, its docstring (the part is read
blind, so they are not summarised here).
"""

from __future__ import annotations

import datetime as dt
import random

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
    _treat_start,
    add_years,
    country_nl,
    d_en,
    d_nl,
    duration_phrase,
    earner,
    eur,
    iban_fmt,
    iban_nl,
    nat_nl,
    pay_calc,
    seed_of,
    title_nl,
)
from .paper import Sheet
from .people import make_professional
from .thirtyfirst_identity import (
    CPSANS,
    GOTHIC,
    GOTHIC_B,
    NARROW,
    NARROW_B,
    ROMAN,
    ROMAN_B,
    ROMAN_I,
    SERIFC,
    SERIFC_B,
    own_shadow,
    platen_dust,
    punched_rings,
    water_stain,
)
from .twentyeighth_identity import barcode, camera_photo, fit, glyphs, paste, qr, sheet_of, wrap

PART = "thirtyfirst"
TEAL = (0, 92, 102)
RUST = (150, 60, 30)


def T(sh: Sheet, x, y, s, *, font=NARROW, size=10.0, color=(0, 0, 0), align="left") -> float:
    if not s:
        return 0.0
    return sh.text(x, y, s, font=font, size_pt=size, color=color, anchor=align)


def P(sh: Sheet, x, y, w, s, *, font=NARROW, size=10.5, leading=1.42, align="left", color=(0, 0, 0)) -> float:
    return sh.paragraph(x, y, w, s, font=font, size_pt=size, leading=leading, align=align, color=color)


def _r(id_, type_, lang, fn, notes):
    from .ind import _reg

    _reg(id_, type_, PART, lang, fn, notes)


def _who(c: Case, key: str) -> str:
    r = random.Random(seed_of(key, c.rng_seed))
    g, s, _ = make_professional(r, "NL")
    return f"{g} {s}"


def _mono(s: str) -> str:
    return s.replace("µg", "mcg").replace("µ", "mc")


# =========================================================================== application forms


class _Form:
    """IND form in a 2031 print: a grey column at the left holding each question, the answer in a framed field at
    the right of it; the parts opened by a number in a black circle and a title in capitals; the 'IND' wordmark at
    the top left with the V-number in a framed field directly under it on every page; options as square boxes;
    the signature in a framed box whose label is printed inside its top-left corner; 'pagina i van n' and the
    form's code in the footer."""

    def __init__(self, c: Case, rng: random.Random, title: str, code: str):
        self.c, self.rng, self.title, self.code = c, rng, title, code
        self.hand = c.fill == "hand"
        self.ink = rng.choice([BLUE_INK, BLACK_INK])
        self.hf = rng.choice(["hand4", "hand1"])
        self.pages: list[Sheet] = []
        self.part = 0
        self.y = 0.0
        self.new()

    def new(self):
        c = self.c
        sh = c.new_sheet()
        W = c.page_w
        T(sh, 18, 10, "IND", font=GOTHIC_B, size=20, color=TEAL)
        T(sh, 40, 11, "Immigratie- en Naturalisatiedienst", font=NARROW, size=8.5, color=GREY)
        T(sh, 40, 15, "Ministerie van Asiel en Migratie", font=NARROW, size=7.5, color=GREY)
        T(sh, 18, 21.5, "V-nummer", font=NARROW, size=7.5, color=GREY)
        sh.rect(34, 20.5, 42, 7, width_mm=0.3)
        if not self.pages:
            y = P(sh, 18, 34, W - 36, self.title, font=NARROW_B, size=14.5, leading=1.2) + 2
            self.y = (
                P(
                    sh,
                    18,
                    y,
                    W - 36,
                    "Gebruik dit formulier alleen voor deze aanvraag. Stuur kopieën mee van "
                    "alle documenten; schrijf op elke kopie uw V-nummer.",
                    font=NARROW,
                    size=8.5,
                )
                + 6
            )
        else:
            self.y = 34
        self.pages.append(c.intr(sh))

    def need(self, h: float):
        if self.y + h > self.c.page_h - 22:
            self.new()

    def part_head(self, title: str):
        self.need(30)
        self.part += 1
        sh = self.pages[-1]
        sh.rect(18, self.y - 0.5, 7, 7, width_mm=0, fill=(20, 20, 20))
        T(
            sh,
            21.5,
            self.y + 0.4,
            str(self.part),
            font=NARROW_B,
            size=10.5,
            color=(255, 255, 255),
            align="center",
        )
        T(sh, 29, self.y + 0.4, title.upper(), font=NARROW_B, size=10.5)
        self.y += 10

    def _val(self, sh, x, y, w, v):
        if self.hand:
            v = glyphs(str(v).upper(), self.hf)
            sh.handwriting(
                x + 1,
                y - 1.4,
                v,
                self.rng,
                size_pt=fit(v, self.hf, 11, w * 0.8),
                color=self.ink,
                font=self.hf,
            )
        else:
            v = _mono(str(v))
            T(sh, x + 1.2, y, v, font=CPSANS, size=fit(v, CPSANS, 9.6, w - 2.5))

    def ask(self, label: str, value: str | None):
        W = self.c.page_w
        labs = wrap(label, 52, NARROW, 8.8)
        v = str(value or "")
        vw = W - 18 - 78
        rows = wrap(
            v, vw * (0.76 if self.hand else 0.97), self.hf if self.hand else CPSANS, 11 if self.hand else 9.6
        )
        k = max(1, len(rows))
        h = max(4.2 * len(labs) + 2.5, 7.2 * k)
        self.need(h + 2)
        sh = self.pages[-1]
        sh.rect(18, self.y, 58, h, width_mm=0, fill=(232, 232, 232))
        for i, lb in enumerate(labs):
            T(sh, 20, self.y + 1.2 + i * 4.2, lb, font=NARROW, size=8.8)
        sh.rect(78, self.y, vw, h, width_mm=0.3)
        for i, r in enumerate(rows):
            self._val(sh, 79, self.y + 1.6 + i * 7.2, vw, r)
        self.y += h + 2

    def choose(self, label: str, options: list[str], chosen: int | None):
        W = self.c.page_w
        labs = wrap(label, 52, NARROW, 8.8)
        h = max(4.2 * len(labs) + 2.5, 7.2 * len(options))
        self.need(h + 2)
        sh = self.pages[-1]
        sh.rect(18, self.y, 58, h, width_mm=0, fill=(232, 232, 232))
        for i, lb in enumerate(labs):
            T(sh, 20, self.y + 1.2 + i * 4.2, lb, font=NARROW, size=8.8)
        for i, o in enumerate(options):
            yy = self.y + 1.6 + i * 7.2
            sh.checkbox(80, yy, 3.6, checked=(chosen == i), rng=self.rng if self.hand else None, ink=self.ink)
            T(sh, 86, yy - 0.2, o, font=NARROW, size=9.2)
        _ = W
        self.y += h + 2

    def sign(self):
        c = self.c
        self.need(60)
        self.part_head("Ondertekening")
        W = c.page_w
        P(
            self.pages[-1],
            18,
            self.y,
            W - 36,
            "Ik verklaar dat ik dit formulier volledig en naar waarheid heb "
            "ingevuld. Ik weet dat de IND mijn gegevens kan controleren.",
            font=NARROW,
            size=9,
        )
        self.y += 11
        d0 = c.sub - dt.timedelta(days=self.rng.randint(1, 10))
        place = c.p.address.city if c.p.address else "Utrecht"
        self.ask("Plaats", place)
        self.ask("Datum", c.dfmt(d0))
        sh = self.pages[-1]
        sh.rect(78, self.y, W - 96, 26, width_mm=0.3)
        T(sh, 79.5, self.y + 1, "Handtekening aanvrager", font=NARROW, size=7.5, color=GREY)
        sh.signature(
            86 + self.rng.uniform(0, 14), self.y + 6, self.rng.uniform(44, 58), 17, self.rng, color=self.ink
        )
        self.y += 30

    def finish(self) -> list[Sheet]:
        n = len(self.pages)
        W, H = self.c.page_w, self.c.page_h
        for i, sh in enumerate(self.pages, 1):
            if self.hand:
                sh.handwriting(36, 20.6, self.c.vnr, self.rng, size_pt=11, color=self.ink, font=self.hf)
            else:
                T(sh, 36, 21.8, self.c.vnr, font=CPSANS, size=10)
            T(sh, 18, H - 13, f"{self.code} · uitgave 2031", font=NARROW, size=7.5, color=GREY)
            T(sh, W - 18, H - 13, f"pagina {i} van {n}", font=NARROW, size=7.5, color=GREY, align="right")
        return self.pages


def _person(f: _Form):
    c, p = f.c, f.c.p
    f.part_head("Uw gegevens")
    f.ask("Achternaam (zoals in uw paspoort)", p.surname)
    f.ask("Voornamen", p.given_names)
    f.ask("Geboortedatum", c.dfmt(p.birth_date))
    f.ask("Geboorteplaats", p.birth_place)
    f.ask("Geboorteland", country_nl(p))
    f.ask("Nationaliteit", nat_nl(p))
    f.choose("Geslacht", ["man", "vrouw"], 0 if p.sex == "M" else 1)
    if p.address:
        f.ask(
            "Adres in Nederland",
            f"{p.address.street} {p.address.number}, {p.address.postcode} {p.address.city}",
        )
    if c.lawyer:
        f.part_head("Uw advocaat of gemachtigde")
        f.ask("Naam", c.lawyer_name)
        f.ask("Kantoor en plaats", f"{c.lawyer['firm']}, {c.lawyer['city']}")


def form_med(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _Form(
        c,
        rng,
        "Aanvraag verblijfsvergunning regulier voor bepaalde tijd – medische behandeling",
        "IND 7031-MED",
    )
    _person(f)
    f.part_head("Uw behandeling")
    f.ask(
        "In welke zorginstelling wordt u behandeld?",
        f"{c.hospital.get('name', '')}, {c.hospital.get('city', '')}",
    )
    f.ask("Voor welke behandeling?", c.med.get("tx_short", ""))
    f.choose(
        "Heeft u 1 jaar of langer uitstel van vertrek gehad (artikel 64 Vw)?",
        ["ja", "nee"],
        0 if c.art64_end else 1,
    )
    if c.art64_end:
        f.ask("Op welke datum eindigt dat jaar?", c.dfmt(c.art64_end))
    f.choose(
        "Wie betaalt uw verblijf en behandeling?",
        ["ikzelf, met mijn zorgverzekering", "een garantsteller"],
        1 if c.payer else 0,
    )
    f.part_head("Paspoort")
    f.choose(
        "Heeft u een geldig paspoort?",
        ["ja (kopie bijgevoegd)", "nee, ik vraag vrijstelling van de paspoortplicht"],
        1 if c.no_passport else 0,
    )
    f.choose(
        "Heeft u de Surinaamse nationaliteit en bent u hier met een visum voor medische behandeling?",
        ["ja", "nee"],
        0 if c.suriname_visa else 1,
    )
    f.sign()
    return f.finish()


def form_7027(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _Form(
        c,
        rng,
        "Aanvraag verblijfsvergunning voor onbepaalde tijd – voortgezet verblijf (humanitair niet tijdelijk)",
        "IND 7027",
    )
    _person(f)
    f.part_head("Uw huidige verblijfsvergunning")
    f.ask(
        "Verblijfsdoel van uw huidige vergunning",
        dict(ROUTES_7027).get(c.route, "").replace("na verblijf ", ""),
    )
    f.ask("Sinds wanneer heeft u die vergunning?", c.dfmt(c.since) if c.since else "")
    if c.route == "relationship":
        f.choose(
            "Heeft u het inburgeringsdiploma of een ontheffing?",
            ["diploma", "ontheffing / vrijstelling", "nee"],
            0 if c.inburgering in ("diploma", "results") else (1 if c.inburgering == "exemption" else 2),
        )
    if c.route and c.route.startswith("medical"):
        f.choose(
            "Heeft u nog minstens 1 jaar medische behandeling nodig?",
            ["ja (verklaring bijgevoegd)", "nee"],
            0,
        )
    f.sign()
    return f.finish()


def form_generic(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _Form(c, rng, "Aanvraag verlenging verblijfsvergunning regulier", "IND VERL-31")
    _person(f)
    f.part_head("Uw verblijfsvergunning")
    r = random.Random(c.rng_seed + 31)
    f.ask("Verblijfsdoel", GENERIC_PURPOSES[r.randrange(len(GENERIC_PURPOSES))])
    f.ask("Uw vergunning is geldig tot", c.dfmt(c.sub + dt.timedelta(days=r.randint(20, 90))))
    f.choose("Voldoet u nog aan de voorwaarden van uw verblijfsdoel?", ["ja", "nee"], 0)
    f.sign()
    return f.finish()


_r(
    "ind-form-med-grijze-vraagkolom-antwoordvelden-rechts-vnr-linksboven-31",
    "application",
    "nl",
    form_med,
    "medical-treatment form: questions in a grey left column, answers in framed fields, V-number under the wordmark",
)
_r(
    "ind-form-7027-grijze-vraagkolom-antwoordvelden-rechts-vnr-linksboven-31",
    "application",
    "nl",
    form_7027,
    "form 7027 in the same layout",
)
_r(
    "ind-form-generic-grijze-vraagkolom-antwoordvelden-rechts-vnr-linksboven-31",
    "application",
    "nl",
    form_generic,
    "extension form in the same layout",
)


# =========================================================================== income

_MND = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]


def payslip_three_part(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A salary slip printed by the payroll package on three-part form paper: the top part with the employer's name
    and the employee's address in the window position, the middle with the computation as a grid of code,
    description, units, rate and amount in a monospaced face, the bottom tear-off stub 'Bewaar deze strook' with the
    net amount and the account; the parts divided by perforation lines."""
    g = earner(c)
    e = _emp(c, rng)
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    f, fb, mf = NARROW, NARROW_B, CPSANS
    month = (c.sub.month - 2) % 12 + 1
    T(sh, 18, 14, e["name"], font=fb, size=12)
    T(
        sh,
        18,
        19.5,
        f"{e.get('street', '')}, {e.get('pc', '')} {e.get('city', '')}",
        font=f,
        size=8,
        color=GREY,
    )
    a = g.address or c.p.address
    for i, ln in enumerate(
        [f"{title_nl(g).capitalize()} {g.given_names[:1]}. {g.surname}"]
        + ([f"{a.street} {a.number}", f"{a.postcode}  {a.city}"] if a else [])
    ):
        T(sh, 24, 44 + i * 5, ln, font=f, size=10)
    T(sh, W - 18, 44, f"Salarisstrook {_MND[month - 1]} {c.sub.year}", font=fb, size=11, align="right")
    T(sh, W - 18, 50, f"Periode {month:02d}/{c.sub.year}", font=f, size=9, align="right", color=GREY)
    y1 = H / 3
    for yy in (y1, 2 * H / 3 + 14):
        sh.rule(6, yy, W - 6, yy, width_mm=0.15, color=(140, 140, 140), dash=0.7)
        for x in range(8, int(W) - 6, 6):
            sh.rect(x, yy - 0.4, 0.8, 0.8, width_mm=0, fill=(200, 200, 200))
    cells = [
        ("Pers.nr", e["pnr"]),
        ("Geb.datum", c.dfmt(g.birth_date)),
        ("In dienst", c.dfmt(e["start"])),
        ("Functie", e["func_now"]),
        ("Loonheffingsnr", e["lhn"]),
    ]
    x = 18
    for a_, b_ in cells:
        w = max(24, sh.text_width(b_, font=mf, size_pt=8.8) + 4)
        sh.rect(x, y1 + 6, w, 10, width_mm=0.2)
        T(sh, x + 1, y1 + 6.6, a_, font=f, size=6.5, color=GREY)
        T(sh, x + 1, y1 + 10.4, b_, font=mf, size=8.8)
        x += w + 1.5
    y = y1 + 22
    heads = [("Code", 18), ("Omschrijving", 34), ("Eenh.", 112), ("Tarief", 132), ("Bedrag", W - 18)]
    for h_, x_ in heads:
        T(sh, x_, y, h_, font=fb, size=8.5, align="right" if h_ == "Bedrag" else "left")
    sh.rule(18, y + 4.6, W - 18, y + 4.6, width_mm=0.2)
    y += 7
    hrs = rng.choice([152, 156, 160, 164, 173])
    lines = [
        ("1000", "Salaris", f"{hrs:.2f}", f"{k['bruto'] / hrs:.4f}".replace(".", ","), k["bruto"]),
        ("4100", "Reiskosten (onbelast)", "", "", k["reis"]),
        ("5010", f"Pensioenpremie werknemer ({k['pct'] * 100:.2f}%)".replace(".", ","), "", "", -k["pens"]),
        ("6000", "Loonheffing (tabel wit)", "", "", -k["lh"]),
    ]
    for code, desc, un, rate, amt in lines:
        if not amt:
            continue
        for v_, x_ in ((code, 18), (desc, 34), (un, 112), (rate, 132)):
            T(sh, x_, y, v_, font=mf, size=8.8)
        T(sh, W - 18, y, eur(amt, False), font=mf, size=8.8, align="right")
        y += 5
    sh.rule(W - 60, y + 1, W - 18, y + 1, width_mm=0.2)
    T(sh, 34, y + 3, "Netto te betalen", font=fb, size=9.5)
    T(sh, W - 18, y + 3, eur(k["net"], False), font=mf, size=9.5, align="right")
    ys = 2 * H / 3 + 20
    T(sh, 18, ys, "Bewaar deze strook", font=fb, size=10)
    T(sh, 18, ys + 6, f"{g.given_names} {g.surname}", font=f, size=9.5)
    T(sh, 18, ys + 11, f"Netto {eur(k['net'])} overgemaakt op {iban_fmt(e['iban'])}", font=f, size=9.5)
    T(
        sh,
        18,
        ys + 16,
        f"Cumulatief bruto {c.sub.year}: {eur(k['bruto'] * month, False)}",
        font=f,
        size=8.5,
        color=GREY,
    )
    return [sh]


def guarantor_model(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The guarantor's statement on the model form ('Garantverklaring'), filled in by hand in capitals in rows of
    framed fields grouped in three parts (guarantor, the foreign national, income), with the guarantor's signature
    in a framed box at the foot and the date beside it."""
    F = _guarantor_facts(c)
    g, e = F["g"], F["e"]
    sh = c.new_sheet()
    W = c.page_w
    hf = rng.choice(["hand1", "hand2", "hand4"])
    ink = rng.choice([BLUE_INK, BLACK_INK])
    T(sh, 18, 12, "Garantverklaring", font=GOTHIC_B, size=17, color=TEAL)
    T(
        sh,
        18,
        20,
        "voor verblijf en medische behandeling van een vreemdeling – in te vullen door de garantsteller",
        font=NARROW,
        size=9,
        color=GREY,
    )
    a = g.address or c.p.address
    parts = [
        (
            "A",
            "Garantsteller",
            [
                ("Naam", g.surname),
                ("Voornamen", g.given_names),
                ("Geboortedatum", c.dfmt(g.birth_date)),
                ("Adres", f"{a.street} {a.number}, {a.postcode} {a.city}" if a else ""),
                ("Relatie tot vreemdeling", c.payer_relation or "familielid"),
            ],
        ),
        (
            "B",
            "Vreemdeling",
            [
                ("Naam", c.p.surname),
                ("Voornamen", c.p.given_names),
                ("Geboortedatum", c.dfmt(c.p.birth_date)),
                ("Nationaliteit", nat_nl(c.p)),
            ],
        ),
        (
            "C",
            "Inkomen garantsteller",
            [
                ("Werkgever", e["name"]),
                ("In dienst sinds", c.dfmt(e["start"])),
                ("Netto maandinkomen", eur(F["net"])),
            ],
        ),
    ]
    y = 32
    for letter, title, rows in parts:
        sh.rect(18, y, W - 36, 7, width_mm=0, fill=(220, 232, 234))
        T(sh, 20, y + 1.3, f"{letter}.  {title}", font=NARROW_B, size=10)
        y += 9
        for lab, val in rows:
            T(sh, 20, y + 2, lab, font=NARROW, size=9)
            sh.rect(70, y, W - 88, 8, width_mm=0.3)
            v = glyphs(str(val).upper(), hf)
            sh.handwriting(72, y + 0.4, v, rng, size_pt=fit(v, hf, 11, (W - 92) * 0.8), color=ink, font=hf)
            y += 10
        y += 4
    y = (
        P(
            sh,
            18,
            y,
            W - 36,
            "Ik verklaar dat ik garant sta voor de kosten van verblijf en medische behandeling van "
            "de vreemdeling hierboven, en dat ik daarvoor over voldoende en duurzaam inkomen beschik. Bewijs van mijn "
            "inkomen is bijgevoegd.",
            font=NARROW,
            size=9.5,
        )
        + 6
    )
    T(sh, 20, y + 2, "Datum", font=NARROW, size=9)
    sh.rect(40, y, 40, 8, width_mm=0.3)
    sh.handwriting(
        42,
        y + 0.4,
        c.dfmt(c.sub - dt.timedelta(days=rng.randint(5, 25))),
        rng,
        size_pt=11,
        color=ink,
        font=hf,
    )
    sh.rect(90, y, W - 108, 26, width_mm=0.3)
    T(sh, 91.5, y + 1, "Handtekening garantsteller", font=NARROW, size=7.5, color=GREY)
    sh.signature(98, y + 7, rng.uniform(42, 56), 16, rng, color=ink)
    return [sh]


def bank_salary(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An account statement printed from internet banking (the bank's name, the account holder and IBAN in a grey
    band, three months of transactions with date, description and amount in two columns 'Af' and 'Bij'), the
    monthly salary credits marked in yellow highlighter by the lawyer's office."""
    g = earner(c)
    e = _emp(c, rng)
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    b = c.bank
    sh = c.new_sheet()
    W = c.page_w
    f, fb = NARROW, NARROW_B
    iban = iban_nl(random.Random(seed_of("iban", c.rng_seed)), b["code"])
    T(sh, 18, 12, b["name"], font=GOTHIC_B, size=14, color=RUST)
    T(sh, W - 18, 13, f"Afgedrukt {c.sub.strftime('%d-%m-%Y')}", font=f, size=8, color=GREY, align="right")
    sh.rect(18, 22, W - 36, 14, width_mm=0, fill=(236, 236, 236))
    T(sh, 21, 24, f"Rekeninghouder: {title_nl(g)} {g.given_names} {g.surname}", font=f, size=9.5)
    T(sh, 21, 29.5, f"Rekening: {iban_fmt(iban)}  ·  BIC {b['bic']}", font=f, size=9.5)
    T(sh, 18, 44, "Transactieoverzicht", font=fb, size=12)
    y = 52
    for h_, x_, al in (
        ("Datum", 18, "left"),
        ("Omschrijving", 42, "left"),
        ("Af", W - 48, "right"),
        ("Bij", W - 18, "right"),
    ):
        T(sh, x_, y, h_, font=fb, size=9, align=al)
    sh.rule(18, y + 4.6, W - 18, y + 4.6, width_mm=0.25)
    y += 7
    r = random.Random(seed_of("tx", c.rng_seed))
    rows = []
    for m in range(3, 0, -1):
        mm = (c.sub.month - m - 1) % 12 + 1
        yr = c.sub.year if mm < c.sub.month else c.sub.year - 1
        rows.append(
            (
                dt.date(yr, mm, r.choice([23, 24, 25])),
                f"{e['name'][:30]} SALARIS {_MND[mm - 1][:3].upper()}",
                None,
                k["net"],
                True,
            )
        )
        for _ in range(r.randint(3, 5)):
            rows.append(
                (
                    dt.date(yr, mm, r.randint(1, 28)),
                    r.choice(
                        [
                            "Albert Heijn 1417",
                            "NS Reizen",
                            "Huur woning",
                            "Zorgpremie",
                            "Jumbo",
                            "Eneco energie",
                            "Kruidvat",
                        ]
                    ),
                    round(r.uniform(8, 900), 2),
                    None,
                    False,
                )
            )
    rows.sort(key=lambda x: (x[0], x[1]), reverse=True)
    for d_, desc, af, bij, sal in rows:
        if y > c.page_h - 24:
            break
        if sal:
            sh.rect(17, y - 0.8, W - 34, 5.6, width_mm=0, fill=(252, 238, 90))
        T(sh, 18, y, d_.strftime("%d-%m-%Y"), font=f, size=9)
        T(sh, 42, y, desc, font=f, size=9)
        if af:
            T(sh, W - 48, y, "-" + eur(af, False), font=f, size=9, align="right")
        if bij:
            T(sh, W - 18, y, "+" + eur(bij, False), font=fb, size=9, align="right")
        y += 6.2
    return [sh]


_r(
    "payslip-drieledig-kettingformulier-perforatie-codes-31",
    "income-proof",
    "nl",
    payslip_three_part,
    "a salary slip on three-part form paper, the computation as a mono grid, a tear-off stub",
)
_r(
    "guarantor-garantverklaring-model-handgeschreven-vakken-31",
    "income-proof",
    "nl",
    guarantor_model,
    "the guarantor's model statement filled in by hand in framed fields, signed in a box",
)
_r(
    "bank-transactieoverzicht-salaris-geel-gemarkeerd-31",
    "income-proof",
    "nl",
    bank_salary,
    "an internet-banking statement with the salary credits marked in yellow",
)


# =========================================================================== medical statements


def medstat_summary(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A treating specialist's statement on the hospital's letterhead with the patient's adhesive label stuck at
    the top right, a framed 'Samenvatting' (diagnose, behandeling, verwachte duur) before the letter's prose, and
    the signature BELOW the typed name with the department's stamp pressed over it."""
    h = c.hospital
    start = _treat_start(c)
    sh = c.new_sheet()
    W = c.page_w
    f, fb = SERIFC, SERIFC_B
    col = h.get("color", TEAL)
    T(sh, 18, 14, h["name"], font=GOTHIC_B, size=13, color=col)
    T(
        sh,
        18,
        20,
        f"{h['street']} · {h['pc']} {h['city']} · {h.get('web', '')}",
        font=NARROW,
        size=8,
        color=GREY,
    )
    lab = Sheet(62, 26)
    lab.rect(0, 0, 62, 26, width_mm=0.2, color=(200, 200, 200), fill=(252, 252, 246))
    lab.text(2.5, 2, f"{c.p.surname.upper()}, {c.p.given_names}", font=NARROW_B, size_pt=9)
    lab.text(
        2.5,
        6.5,
        f"{c.p.birth_date.strftime('%d-%m-%Y')}  {'M' if c.p.sex == 'M' else 'V'}",
        font=NARROW,
        size_pt=8.5,
    )
    lab.text(
        2.5,
        10.8,
        f"Pat.nr. {random.Random(seed_of('patnr', c.rng_seed)).randint(1000000, 9999999)}",
        font=NARROW,
        size_pt=8.5,
    )
    barcode(lab, 2.5, 15.5, 44, 7, c.p.surname + "31")
    paste(sh, lab, W - 80, 28, dpi=300, angle=rng.uniform(-2.5, 2.5))
    dd = c.sub - dt.timedelta(days=rng.randint(5, 30))
    T(sh, 18, 40, f"{h['city']}, {d_nl(dd)}", font=f, size=10)
    T(sh, 18, 47, f"Afdeling {c.med['spec']}", font=f, size=10)
    T(sh, 18, 62, "Medische verklaring", font=fb, size=14)
    sh.rect(18, 70, W - 36, 30, width_mm=0.4, color=col)
    T(sh, 21, 72, "Samenvatting", font=fb, size=9.5, color=col)
    rows = [
        ("Diagnose", c.med["dx"]),
        ("Behandeling", c.med["tx_short"]),
        ("Verwachte duur", duration_phrase(c.duration, start)),
    ]
    y = 77.5
    for a, b in rows:
        T(sh, 21, y, a, font=f, size=9)
        rr = wrap(b, W - 84, f, 9)
        for j, r_ in enumerate(rr[:2]):
            T(sh, 56, y + j * 4.2, r_, font=f, size=9)
        y += 4.2 * max(1, min(2, len(rr))) + 1.2
    y = max(y, 100) + 6
    for para in (
        "Geachte heer, mevrouw,",
        f"{title_nl(c.p).capitalize()} {c.p.given_names} {c.p.surname}, geboren {c.dfmt(c.p.birth_date)}, "
        f"is sinds {d_nl(start)} bij onze afdeling in behandeling voor {c.med['dx']}.",
        f"De behandeling bestaat uit {c.med['tx']}. {c.med['stop']}",
        duration_phrase(c.duration, start),
        _not_available(c),
        "Met vriendelijke groet,",
    ):
        y = P(sh, 18, y, W - 36, para, font=f, size=10.3) + 3
    nm = _who(c, "spec31")
    T(sh, 18, y + 2, f"dr. {nm}", font=fb, size=10.3)
    T(sh, 18, y + 7, c.med.get("doc_title", "medisch specialist"), font=f, size=9.5)
    sh.signature(20, y + 12, rng.uniform(40, 52), 15, rng, color=BLUE_INK)
    sh.stamp(
        50,
        y + 10,
        [h["name"].upper()[:28], f"AFD. {c.med['spec'].split(' /')[0].upper()[:20]}"],
        rng,
        shape="rect",
        size_mm=32,
        color=(40, 62, 165),
        angle=rng.uniform(-6, 6),
    )
    return [sh]


def medstat_mdo(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The report of the hospital's multidisciplinary meeting (MDO) on the patient: a header table (date of the
    meeting, patient, requested by), the participants as a table of names and disciplines, then 'Conclusie',
    'Beleid', 'Verwachte duur' and 'Land van herkomst' as short headed blocks; signed by the coordinating
    specialist, the signature at the RIGHT beside the typed name."""
    h = c.hospital
    start = _treat_start(c)
    sh = c.new_sheet()
    W = c.page_w
    f, fb = NARROW, NARROW_B
    dd = c.sub - dt.timedelta(days=rng.randint(7, 40))
    T(sh, 18, 12, h["name"], font=fb, size=11, color=h.get("color", TEAL))
    T(sh, 18, 25, "Verslag multidisciplinair overleg (MDO)", font=GOTHIC_B, size=14)
    rows = [
        ("Datum overleg", d_nl(dd)),
        ("Patiënt", f"{c.p.given_names} {c.p.surname}, geb. {c.dfmt(c.p.birth_date)}"),
        ("Aangevraagd door", f"afdeling {c.med['spec']}"),
        ("Reden", "verklaring ten behoeve van de IND"),
    ]
    y = 34
    for a, b in rows:
        sh.rect(18, y, 46, 7, width_mm=0.2, fill=(236, 236, 236))
        sh.rect(64, y, W - 82, 7, width_mm=0.2)
        T(sh, 20, y + 1.4, a, font=f, size=9)
        T(sh, 66, y + 1.4, b, font=f, size=fit(b, f, 9.5, W - 86))
        y += 7
    y += 6
    T(sh, 18, y, "Deelnemers", font=fb, size=10)
    y += 6
    disc = [
        c.med.get("doc_title", "medisch specialist"),
        "verpleegkundig specialist",
        "ziekenhuisapotheker",
        "maatschappelijk werker",
    ]
    for i, d_ in enumerate(disc):
        T(sh, 22, y, _who(c, f"mdo{i}"), font=f, size=9.5)
        T(sh, 90, y, d_, font=f, size=9.5, color=GREY)
        y += 5.2
    y += 5
    for head, body in (
        ("Conclusie", f"Bij patiënt is sprake van {c.med['dx']}. {c.med['stop']}"),
        ("Beleid", f"{c.med['tx'][:1].upper()}{c.med['tx'][1:]}; behandeling gestart op {d_nl(start)}."),
        ("Verwachte duur", duration_phrase(c.duration, start)),
        ("Land van herkomst", _not_available(c)),
    ):
        T(sh, 18, y, head, font=fb, size=10)
        y = P(sh, 18, y + 5.2, W - 36, body, font=f, size=10) + 4
    nm = _who(c, "mdo0")
    y += 4
    T(sh, 18, y, f"Namens het MDO: dr. {nm}", font=fb, size=10)
    T(sh, 18, y + 5, c.med.get("doc_title", "medisch specialist"), font=f, size=9.5, color=GREY)
    sh.signature(110, y - 4, rng.uniform(40, 52), 15, rng, color=BLACK_INK)
    return [sh]


_r(
    "medstat-specialistenbrief-patientsticker-samenvattingskader-31",
    "medical-statement",
    "nl",
    medstat_summary,
    "specialist's statement with the patient label stuck on, a framed summary, stamp over the signature",
)
_r(
    "medstat-mdo-verslag-deelnemerstabel-koppen-31",
    "medical-statement",
    "nl",
    medstat_mdo,
    "report of a multidisciplinary meeting with a participants table and headed blocks",
)


# =========================================================================== care-institution statements


def care_form(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The hospital's 'Bevestiging behandelrelatie' form as returned by the institution: printed questions with
    square yes/no boxes ticked by hand, the dates and the treating department written in, the medical manager's
    signature above the institution's round stamp at the foot."""
    h = c.hospital
    s, e = _care_dates(c)
    sh = c.new_sheet()
    W = c.page_w
    f, fb = SERIFC, SERIFC_B
    hf = rng.choice(["hand1", "hand2"])
    ink = rng.choice([BLUE_INK, BLACK_INK])
    T(sh, 18, 14, "Bevestiging behandelrelatie", font=fb, size=15)
    T(
        sh,
        18,
        22,
        "in te vullen door de zorginstelling – ten behoeve van een aanvraag bij de IND",
        font=f,
        size=9,
        color=GREY,
    )
    T(sh, 18, 34, "Naam zorginstelling", font=f, size=9.5)
    sh.handwriting(72, 32.5, glyphs(h["name"], hf), rng, size_pt=11.5, color=ink, font=hf)
    T(sh, 18, 42, "Patiënt", font=f, size=9.5)
    sh.handwriting(
        72,
        40.5,
        glyphs(f"{c.p.given_names} {c.p.surname} ({c.dfmt(c.p.birth_date)})", hf),
        rng,
        size_pt=11.5,
        color=ink,
        font=hf,
    )
    qs = [
        ("Kan de instelling de behandeling bieden?", True),
        ("Heeft de instelling plaats voor de patiënt?", True),
        ("Is de financiering van de behandeling geregeld?", True),
    ]
    y = 54
    for q, yes in qs:
        T(sh, 18, y, q, font=f, size=10)
        for j, o in enumerate(("ja", "nee")):
            sh.checkbox(150 + j * 20, y + 0.2, 3.8, checked=(j == 0) == yes, rng=rng, ink=ink)
            T(sh, 155 + j * 20, y, o, font=f, size=10)
        y += 9
    for lab, val in (
        ("Behandeling", c.med["tx_short"]),
        ("Afdeling", c.med["spec"]),
        ("Gepland vanaf", d_nl(s)),
        ("Gepland tot ten minste", d_nl(e)),
    ):
        T(sh, 18, y, lab, font=f, size=10)
        sh.rule(72, y + 5, W - 18, y + 5, width_mm=0.15, color=(140, 140, 140), dash=0.5)
        sh.handwriting(
            73,
            y - 1.3,
            glyphs(val, hf),
            rng,
            size_pt=fit(glyphs(val, hf), hf, 11.5, W - 100),
            color=ink,
            font=hf,
        )
        y += 9
    y = P(sh, 18, y + 4, W - 36, _payer_phrase(c), font=f, size=10) + 8
    d0 = c.sub - dt.timedelta(days=rng.randint(4, 30))
    T(sh, 18, y, "Datum", font=f, size=10)
    sh.handwriting(40, y - 1.3, c.dfmt(d0), rng, size_pt=11.5, color=ink, font=hf)
    T(sh, 100, y, "Medisch manager", font=f, size=10)
    sh.signature(100, y + 5, 46, 15, rng, color=ink)
    sh.stamp(
        118,
        y + 16,
        [h["name"].upper()[:26], h["city"].upper()],
        rng,
        shape="round",
        size_mm=26,
        color=(40, 62, 165),
    )
    return [sh]


def care_intake(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An outpatient clinic's intake letter to the patient: the clinic's name under a teal rule, the patient's
    address in the window, 'U bent aangemeld voor behandeling' in bold, the first three appointments as a table
    (date, time, with whom, where), the confirmation that the institution will treat, and the secretary's name
    typed without signature under 'Met vriendelijke groet'."""
    h = c.hospital
    s, e = _care_dates(c)
    sh = c.new_sheet()
    W = c.page_w
    f, fb = GOTHIC, GOTHIC_B
    sh.rule(18, 10, W - 18, 10, width_mm=1.2, color=TEAL)
    T(sh, 18, 13, h["name"], font=fb, size=12, color=TEAL)
    T(sh, 18, 19, f"Polikliniek {c.med['spec']}", font=f, size=9, color=GREY)
    a = c.p.address
    for i, ln in enumerate(
        [f"{title_nl(c.p).capitalize()} {c.p.given_names} {c.p.surname}"]
        + ([f"{a.street} {a.number}", f"{a.postcode}  {a.city}"] if a else [])
    ):
        T(sh, 24, 44 + i * 5, ln, font=f, size=10)
    dd = c.sub - dt.timedelta(days=rng.randint(5, 35))
    T(sh, 18, 70, f"Datum: {d_nl(dd)}   ·   Geboortedatum: {c.dfmt(c.p.birth_date)}", font=f, size=9)
    T(sh, 18, 80, "U bent aangemeld voor behandeling", font=fb, size=13)
    y = (
        P(
            sh,
            18,
            88,
            W - 36,
            f"Uw behandeling ({c.med['tx_short']}) in {h['name']} start op {d_nl(s)} en loopt tot "
            f"ten minste {d_nl(e)}. Onze instelling kan en zal deze behandeling bieden.",
            font=f,
            size=10.2,
        )
        + 4
    )
    heads = [("Datum", 18), ("Tijd", 58), ("Bij", 78), ("Locatie", 134)]
    sh.rect(18, y, W - 36, 7, width_mm=0, fill=(222, 238, 238))
    for t, x in heads:
        T(sh, x + 1, y + 1.4, t, font=fb, size=9)
    y += 7
    d_ = s
    for i in range(3):
        sh.rule(18, y + 7, W - 18, y + 7, width_mm=0.12, color=(180, 180, 180))
        vals = [
            d_nl(d_),
            f"{rng.choice([8, 9, 10, 11, 13, 14])}:{rng.choice(['00', '15', '30', '45'])}",
            _who(c, f"int{i}") if i else f"dr. {_who(c, 'int0')}",
            f"{h['short']} – poli, route {rng.randint(10, 99)}",
        ]
        for (_t, x), v in zip(heads, vals):
            T(sh, x + 1, y + 1.4, v, font=f, size=fit(v, f, 9.2, 52))
        y += 7
        d_ = d_ + dt.timedelta(days=rng.choice([7, 14, 21]))
    y = P(sh, 18, y + 6, W - 36, _payer_phrase(c), font=f, size=10) + 6
    y = P(sh, 18, y, W - 36, "Met vriendelijke groet,", font=f, size=10) + 2
    T(sh, 18, y, _who(c, "sec31"), font=f, size=10)
    T(sh, 18, y + 5, "medisch secretaresse", font=f, size=9, color=GREY)
    return [sh]


_r(
    "care-bevestiging-behandelrelatie-vinkvakken-handgeschreven-31",
    "care-institution-statement",
    "nl",
    care_form,
    "the institution's form confirming the treatment, boxes ticked and dates written by hand, stamp under signature",
)
_r(
    "care-intakebrief-eerste-afspraken-tabel-zonder-handtekening-31",
    "care-institution-statement",
    "nl",
    care_intake,
    "an outpatient clinic's intake letter with the first appointments in a table, no signature",
)


# =========================================================================== health insurance


def polis_tiles(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A Dutch insurer's policy overview saved as PDF from its app: a colour block across the top with the insurer's
    name in white, the insured's data in a grey sidebar at the left, three summary tiles (basic insurance, deductible,
    start date), the cover in a bulleted list and the health-insurance card drawn at the foot."""
    ins = c.insurer_nl
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    f, fb = NARROW, NARROW_B
    col = ins.get("color", TEAL)
    sh.rect(0, 0, W, 28, width_mm=0, fill=col)
    T(sh, 18, 9, ins["name"], font=GOTHIC_B, size=15, color=(255, 255, 255))
    T(sh, W - 18, 11, f"Polisoverzicht {c.sub.year}", font=f, size=10, color=(240, 240, 240), align="right")
    sh.rect(0, 28, 58, H - 28, width_mm=0, fill=(240, 240, 240))
    y = 38
    for a, b in (
        ("Verzekerde", f"{c.p.given_names} {c.p.surname}"),
        ("Geboortedatum", c.dfmt(c.p.birth_date)),
        ("Polisnummer", _policy_no(c)),
        ("Relatienummer", str(random.Random(c.rng_seed).randint(10**6, 10**7))),
    ):
        T(sh, 8, y, a, font=f, size=8, color=GREY)
        for j, r_ in enumerate(wrap(b, 46, fb, 9.5)):
            T(sh, 8, y + 4 + j * 4.4, r_, font=fb, size=9.5)
        y += 16
    tiles = [
        ("Basisverzekering", rng.choice(["Natura Basis", "Zorg Basis", "Basis Compleet"])),
        ("Eigen risico", "€ 385"),
        ("Ingangsdatum", f"01-01-{c.sub.year}"),
    ]
    for i, (a, b) in enumerate(tiles):
        x = 64 + i * 45
        sh.rect(x, 38, 42, 22, width_mm=0.3, color=col)
        T(sh, x + 3, 41, a, font=f, size=8.5, color=GREY)
        T(sh, x + 3, 48, b, font=fb, size=fit(b, fb, 11, 37))
    y = 70
    T(sh, 64, y, "Wat is verzekerd", font=fb, size=11)
    y += 7
    for b in (
        "medisch-specialistische zorg en ziekenhuisopname",
        "geneesmiddelen volgens het Geneesmiddelenvergoedingssysteem",
        "dialyse, transplantatie en nazorg",
        "huisartsenzorg (zonder eigen risico)",
        "ook voor aandoeningen die al bestonden bij de start van de verzekering",
    ):
        T(sh, 66, y, "•", font=f, size=10)
        y = P(sh, 71, y, W - 90, b, font=f, size=10) + 1.5
    cx, cy = 70, H - 80
    sh.rect(cx, cy, 86, 54, width_mm=0.3, fill=tuple(int(255 - (255 - v) * 0.2) for v in col))
    T(sh, cx + 4, cy + 4, ins.get("short", ins["name"]), font=fb, size=11, color=col)
    T(
        sh,
        cx + 4,
        cy + 20,
        f"{c.p.given_names} {c.p.surname}",
        font=fb,
        size=fit(f"{c.p.given_names} {c.p.surname}", fb, 10, 78),
    )
    T(sh, cx + 4, cy + 27, f"Geb. {c.dfmt(c.p.birth_date)}", font=f, size=9)
    T(sh, cx + 4, cy + 33, f"Polisnr {_policy_no(c)} · UZOVI {ins.get('uzovi', '')}", font=f, size=9)
    T(sh, W - 14, H - 8, "1/1", font=f, size=7.5, color=GREY, align="right")
    return [sh]


def intl_cover(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An international insurer's 'Certificate of Cover' typed as a letter: the insurer's name in serif capitals
    centred with its address under a short rule, the certificate number and date at the left, 'TO WHOM IT MAY
    CONCERN', the cover set out in numbered clauses, the underwriting manager's signature with the company's round
    seal at the foot."""
    ins = c.insurer_intl
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    f, fb = ROMAN, ROMAN_B
    col = ins.get("color", (60, 60, 120))
    T(
        sh,
        W / 2,
        16,
        ins["name"].upper(),
        font=fb,
        size=fit(ins["name"].upper(), fb, 14, W - 40),
        color=col,
        align="center",
    )
    sh.rule(W / 2 - 25, 23.5, W / 2 + 25, 23.5, width_mm=0.3, color=col)
    T(
        sh,
        W / 2,
        26,
        ins.get("addr", ""),
        font=f,
        size=fit(ins.get("addr", ""), f, 9, W - 40),
        align="center",
        color=GREY,
    )
    pol = _policy_no(c, "CC-")
    iss = c.sub - dt.timedelta(days=rng.randint(5, 30))
    T(sh, 20, 42, f"Certificate No. {pol}", font=f, size=10.5)
    T(sh, 20, 48, f"Date: {d_en(iss)}", font=f, size=10.5)
    T(sh, W / 2, 62, "CERTIFICATE OF COVER", font=fb, size=14, align="center")
    T(sh, 20, 74, "TO WHOM IT MAY CONCERN", font=fb, size=10.5)
    s = c.sub - dt.timedelta(days=random.Random(c.rng_seed).randint(20, 200))
    e = add_years(s, 1) - dt.timedelta(days=1)
    clauses = [
        f"We certify that {c.p.given_names} {c.p.surname}, born {d_en(c.p.birth_date)}, is insured under our "
        f"plan '{ins.get('plan', 'International Health')}', policy {pol}.",
        f"The period of cover runs from {d_en(s)} to {d_en(e)} inclusive, and is renewable.",
        "Cover includes in-patient and out-patient hospital treatment, specialist care and prescribed "
        "medicines in the Netherlands, pre-existing conditions included, up to USD 1,000,000 per year.",
        "Premiums have been paid for the whole period.",
    ]
    y = 84
    for i, cl in enumerate(clauses, 1):
        T(sh, 20, y, f"{i}.", font=f, size=10.5)
        y = P(sh, 28, y, W - 48, cl, font=f, size=10.5, leading=1.45) + 3
    y += 8
    T(sh, 20, y, "Yours faithfully,", font=f, size=10.5)
    sh.signature(20, y + 5, 46, 15, rng, color=BLUE_INK)
    sh.stamp(
        70,
        y + 2,
        [ins.get("short", ins["name"]).upper()[:22], "UNDERWRITING"],
        rng,
        shape="round",
        size_mm=26,
        color=col,
    )
    T(sh, 20, y + 22, f"{_who(c, 'uw31')}, Underwriting Manager", font=f, size=10.5)
    T(
        sh,
        W / 2,
        H - 14,
        f"{ins.get('short', '')} · {ins.get('addr', '')}"[:110],
        font=f,
        size=7.5,
        color=GREY,
        align="center",
    )
    return [sh]


def incoming_card(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An incoming insurer's 'Verzekeringsbewijs' for a foreign national staying in the Netherlands: the insurer's
    name in a rust-coloured bar at the left edge, the policy data in a two-column list, the cover as a checklist
    of ticked items, and the insurance card printed twice (front and back) at the foot with a dashed cutting
    line."""
    name = _incoming_name(c)
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    f, fb = NARROW, NARROW_B
    sh.rect(0, 0, 10, H, width_mm=0, fill=RUST)
    T(sh, 18, 14, name, font=GOTHIC_B, size=14, color=RUST)
    T(
        sh,
        18,
        21,
        "Verzekeringsbewijs – zorgverzekering voor buitenlanders in Nederland",
        font=f,
        size=9.5,
        color=GREY,
    )
    s = c.sub - dt.timedelta(days=random.Random(c.rng_seed + 6).randint(15, 160))
    e = add_years(s, 1) - dt.timedelta(days=1)
    rows = [
        ("Verzekerde", f"{c.p.given_names} {c.p.surname}"),
        ("Geboortedatum", c.dfmt(c.p.birth_date)),
        ("Nationaliteit", nat_nl(c.p)),
        ("Polisnummer", _policy_no(c, "INC-")),
        ("Looptijd", f"{d_nl(s)} t/m {d_nl(e)}"),
        ("Maximale vergoeding", "€ 1.000.000 per verzekeringsjaar"),
    ]
    y = 34
    for a, b in rows:
        T(sh, 18, y, a, font=f, size=10, color=GREY)
        T(sh, 70, y, b, font=fb, size=10)
        y += 6.6
    y += 4
    T(sh, 18, y, "Gedekt", font=fb, size=11)
    y += 7
    for it in (
        "ziekenhuisopname en specialistische behandeling",
        "geneesmiddelen op voorschrift",
        "bestaande aandoeningen (na medische acceptatie)",
        "spoedeisende hulp en ambulancevervoer",
    ):
        T(sh, 20, y, "✓", font="sans3", size=10, color=RUST)
        T(sh, 27, y, it, font=f, size=10)
        y += 6
    yc = H - 78
    sh.rule(14, yc - 6, W - 14, yc - 6, width_mm=0.2, dash=1.0, color=(120, 120, 120))
    T(sh, 16, yc - 11, "✂ knippen", font="sans3", size=8, color=GREY)
    for j in range(2):
        x = 24 + j * 92
        sh.rect(x, yc, 85.6, 54, width_mm=0.3, fill=(250, 240, 232))
        if j == 0:
            T(sh, x + 4, yc + 4, name, font=fb, size=fit(name, fb, 10, 78), color=RUST)
            T(
                sh,
                x + 4,
                yc + 20,
                f"{c.p.given_names} {c.p.surname}",
                font=fb,
                size=fit(f"{c.p.given_names} {c.p.surname}", fb, 10, 78),
            )
            T(sh, x + 4, yc + 27, f"Geb. {c.dfmt(c.p.birth_date)}", font=f, size=9)
            T(sh, x + 4, yc + 33, _policy_no(c, "INC-"), font=f, size=9)
        else:
            T(
                sh,
                x + 4,
                yc + 6,
                f"Bij spoed: +31 20 {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
                font=f,
                size=9,
            )
            T(sh, x + 4, yc + 14, "Toon deze pas bij elk zorgbezoek.", font=f, size=8.5)
            qr(sh, x + 58, yc + 24, 22, _policy_no(c))
    return [sh]


_r(
    "polisblad-app-pdf-kleurblok-zijbalk-tegels-31",
    "health-insurance",
    "nl",
    polis_tiles,
    "a Dutch insurer's policy overview from the app: colour block, grey sidebar, three tiles, the card at the foot",
)
_r(
    "intl-certificate-of-cover-briefvorm-genummerde-clausules-31",
    "health-insurance",
    "en",
    intl_cover,
    "an international insurer's certificate of cover typed as a letter with numbered clauses and a round seal",
)
_r(
    "incoming-verzekeringsbewijs-vinklijst-pas-voor-achter-31",
    "health-insurance",
    "nl",
    incoming_card,
    "an incoming insurer's certificate with a ticked checklist and the card front and back to cut out",
)


# =========================================================================== civic integration


def duo_diploma(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """DUO's diploma inburgering with a red-white-blue triangle in the top left corner, the text centred in Nimbus
    Roman, the holder's name in bold small capitals, the exam parts listed in two columns, the diploma number at
    the lower right in a monospaced face and the director's signature at the lower left."""
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    from PIL import Image, ImageDraw

    tri = Image.new("RGBA", (300, 300), (0, 0, 0, 0))
    d = ImageDraw.Draw(tri)
    d.polygon([(0, 0), (300, 0), (0, 300)], fill=(174, 28, 40, 255))
    d.polygon([(0, 0), (200, 0), (0, 200)], fill=(255, 255, 255, 255))
    d.polygon([(0, 0), (100, 0), (0, 100)], fill=(33, 70, 139, 255))
    sh.image(0, 0, 45, 45, tri)
    p = c.p
    f, fb = ROMAN, ROMAN_B
    T(sh, W / 2, 58, "DIPLOMA INBURGERING", font=fb, size=24, align="center")
    T(sh, W / 2, 70, "Wet inburgering 2021", font=ROMAN_I, size=11, align="center")
    T(sh, W / 2, 92, "De Dienst Uitvoering Onderwijs verklaart dat", font=f, size=12, align="center")
    nm = f"{p.given_names} {p.surname}".upper()
    T(sh, W / 2, 104, nm, font=fb, size=fit(nm, fb, 17, W - 40), align="center")
    T(sh, W / 2, 115, f"geboren op {d_nl(p.birth_date)} te {p.birth_place}", font=f, size=12, align="center")
    P(
        sh,
        30,
        128,
        W - 60,
        "heeft voldaan aan de inburgeringsplicht en de volgende onderdelen met goed gevolg heeft afgelegd:",
        font=f,
        size=12,
        align="center",
    )
    parts = [
        "Lezen (B1)",
        "Luisteren (B1)",
        "Schrijven (B1)",
        "Spreken (B1)",
        "Kennis van de Nederlandse Maatschappij",
        "Module Arbeidsmarkt en Participatie",
    ]
    for i, pt in enumerate(parts):
        T(sh, 40 + (i % 2) * 75, 146 + (i // 2) * 7, "– " + pt, font=f, size=10.5)
    dd = _inb_date(c, rng)
    T(sh, 30, H - 60, f"Groningen, {d_nl(dd)}", font=f, size=11)
    sh.signature(30, H - 54, 46, 14, rng, color=BLACK_INK)
    T(sh, 30, H - 37, "de algemeen directeur van DUO", font=f, size=9.5, color=GREY)
    r = random.Random(seed_of("dip31", c.rng_seed))
    T(sh, W - 30, H - 40, f"Nr. DI-{r.randint(1000000, 9999999)}", font=CPSANS, size=10, align="right")
    return [sh]


def duo_exemption(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """DUO's exemption decision received as a PDF attachment and printed: 'DUO' with the ministry's name at the top
    left, a grey box 'Besluit' at the top right with the date and reference, the decision in the first paragraph,
    the reasons as numbered paragraphs citing the Besluit inburgering 2021, the objection clause in a framed box;
    copied with dust on the glass."""
    sh = c.new_sheet()
    W = c.page_w
    f, fb = SERIFC, SERIFC_B
    p = c.p
    dd = _inb_date(c, rng)
    T(sh, 18, 14, "DUO", font=GOTHIC_B, size=20, color=(0, 84, 150))
    T(
        sh,
        18,
        23,
        "Dienst Uitvoering Onderwijs – Ministerie van Onderwijs, Cultuur en Wetenschap",
        font=NARROW,
        size=8,
        color=GREY,
    )
    sh.rect(W - 70, 12, 52, 24, width_mm=0, fill=(232, 232, 232))
    r = random.Random(seed_of("ont31", c.rng_seed))
    for i, (a, b) in enumerate(
        (("Besluit", ""), ("Datum", d_nl(dd)), ("Kenmerk", f"ONTH-{r.randint(100000, 999999)}"))
    ):
        T(sh, W - 68, 14 + i * 7, a, font=NARROW_B if not b else NARROW, size=8.5)
        if b:
            T(sh, W - 48, 14 + i * 7, b, font=NARROW, size=8.5)
    a = p.address
    for i, ln in enumerate(
        [f"{title_nl(p).capitalize()} {p.given_names} {p.surname}"]
        + ([f"{a.street} {a.number}", f"{a.postcode}  {a.city}"] if a else [])
    ):
        T(sh, 18, 44 + i * 5, ln, font=f, size=10)
    T(sh, 18, 66, f"Geboortedatum: {c.dfmt(p.birth_date)}", font=f, size=9.5, color=GREY)
    y = P(sh, 18, 76, W - 36, f"Geachte {title_nl(p)} {p.surname},", font=f, size=10.5) + 3
    y = (
        P(
            sh,
            18,
            y,
            W - 36,
            "U krijgt ontheffing van de inburgeringsplicht. Dat betekent dat u het "
            "inburgeringsexamen niet hoeft te doen.",
            font=fb,
            size=10.5,
        )
        + 4
    )
    reasons = [
        "U heeft ontheffing aangevraagd vanwege een medische beperking.",
        "De arts die u in opdracht van DUO heeft onderzocht, stelt vast dat u door een blijvende lichamelijke "
        "of psychische beperking niet aan de inburgeringsplicht kunt voldoen (artikel 2.8 Besluit "
        "inburgering 2021).",
        "Wij nemen dit advies over.",
    ]
    for i, t in enumerate(reasons, 1):
        T(sh, 18, y, f"{i}.", font=f, size=10.5)
        y = P(sh, 25, y, W - 43, t, font=f, size=10.5) + 2.5
    y = (
        P(
            sh,
            18,
            y + 4,
            W - 36,
            "Met vriendelijke groet,\nnamens de minister van Sociale Zaken en Werkgelegenheid,"
            "\nDienst Uitvoering Onderwijs",
            font=f,
            size=10.5,
        )
        + 8
    )
    sh.rect(18, y, W - 36, 18, width_mm=0.3)
    P(
        sh,
        21,
        y + 2.5,
        W - 42,
        "Bent u het niet eens met dit besluit? Dan kunt u binnen 6 weken na de datum van dit "
        "besluit bezwaar maken bij DUO.",
        font=f,
        size=9.5,
    )
    return [sheet_of(platen_dust(sh.render(200), rng, n=50), c.page_w, c.page_h)]


def duo_results(c: Case, rng: random.Random, *, failed: bool = False, **_) -> list[Sheet]:
    """DUO's results letter: the exam parts in a ruled table (part, exam date, score, required, result), each
    result a word ('voldoende' / 'onvoldoende'), the failed one in bold; the overall line in a shaded band under
    the table."""
    sh = c.new_sheet()
    W = c.page_w
    f, fb = NARROW, NARROW_B
    p = c.p
    dd = _inb_date(c, rng)
    T(sh, 18, 14, "DUO", font=GOTHIC_B, size=18, color=(0, 84, 150))
    T(sh, 42, 16, "Inburgeringsexamen – uitslagen", font=f, size=10, color=GREY)
    a = p.address
    for i, ln in enumerate(
        [f"{title_nl(p).capitalize()} {p.given_names} {p.surname}"]
        + ([f"{a.street} {a.number}", f"{a.postcode}  {a.city}"] if a else [])
    ):
        T(sh, 22, 40 + i * 5, ln, font=f, size=10)
    T(sh, 18, 64, f"Datum: {d_nl(dd)}   ·   Geboortedatum: {c.dfmt(p.birth_date)}", font=f, size=9.5)
    T(sh, 18, 74, "Uw uitslagen", font=fb, size=13)
    parts = ["Lezen B1", "Luisteren B1", "Schrijven B1", "Spreken B1", "Kennis Nederlandse Maatschappij"]
    bad = random.Random(seed_of("fail31", c.rng_seed)).randrange(4) if failed else -1
    cols = [("Onderdeel", 18), ("Examendatum", 86), ("Score", 124), ("Nodig", 146), ("Uitslag", 166)]
    y = 84
    sh.rect(18, y, W - 36, 7, width_mm=0, fill=(222, 230, 240))
    for t, x in cols:
        T(sh, x + 1, y + 1.4, t, font=fb, size=9)
    y += 7
    d_ = dd - dt.timedelta(days=120)
    for k, pt in enumerate(parts):
        d_ = d_ + dt.timedelta(days=rng.randint(5, 20))
        need = rng.choice([22, 24, 25, 26])
        ok = k != bad
        score = rng.randint(need, need + 12) if ok else rng.randint(need - 9, need - 1)
        sh.rule(18, y + 7, W - 18, y + 7, width_mm=0.12, color=(180, 180, 180))
        for (t, x), v in zip(
            cols, [pt, d_nl(d_, "dashes_zero"), str(score), str(need), "voldoende" if ok else "onvoldoende"]
        ):
            T(sh, x + 1, y + 1.4, v, font=fb if (not ok and t == "Uitslag") else f, size=9.5)
        y += 7
    y += 4
    sh.rect(18, y, W - 36, 10, width_mm=0, fill=(238, 238, 238))
    T(
        sh,
        21,
        y + 2.5,
        "U heeft nog niet alle onderdelen gehaald."
        if failed
        else "U heeft alle onderdelen gehaald. U ontvangt uw diploma per post.",
        font=fb,
        size=10,
    )
    return [sh]


_r(
    "duo-diploma-driekleurhoek-gecentreerd-romein-nummer-mono-31",
    "civic-integration",
    "nl",
    duo_diploma,
    "DUO diploma with a tricolour triangle in the corner, centred serif text, number in a mono face",
)
_r(
    "duo-ontheffing-pdf-print-grijs-besluitvak-genummerde-redenen-stof-31",
    "civic-integration",
    "nl",
    duo_exemption,
    "DUO exemption decision printed from the PDF, grey decision box, numbered reasons, dust on the glass",
)
_r(
    "duo-uitslag-tabel-score-nodig-voldoende-31",
    "civic-integration",
    "nl",
    duo_results,
    "DUO results letter as a table with score, required score and result in words",
)


# =========================================================================== other


def cover_letter(c: Case, rng: random.Random, *, enclosures: list[str] | None = None, **_) -> list[Sheet]:
    """A Dutch lawyer's cover letter with the firm's monogram in a circle centred at the top, the references as a
    row of three labelled cells under the addressee (uw kenmerk / ons kenmerk / V-nummer), the subject in bold,
    the enclosures as a two-column table (nr., omschrijving), the signature at the right BESIDE the typed name;
    punched for the file with reinforcement rings."""
    from .ind import LAWYERS

    lw = c.lawyer or LAWYERS[0]
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    f, fb = ROMAN, ROMAN_B
    col = rng.choice([(20, 60, 90), (90, 30, 40), (40, 70, 40)])
    ini = "".join(w[0] for w in lw["firm"].replace("&", "").split()[:2]).upper()
    from PIL import Image, ImageDraw

    from .paper import _font_path, _pil_font

    mono = Image.new("RGBA", (300, 300), (0, 0, 0, 0))
    d = ImageDraw.Draw(mono)
    d.ellipse([6, 6, 294, 294], outline=col + (255,), width=10)
    d.text(
        (150, 150), ini, font=_pil_font(_font_path("serif4", bold=True), 120), fill=col + (255,), anchor="mm"
    )
    sh.image(W / 2 - 8, 8, 16, 16, mono)
    T(sh, W / 2, 26, lw["firm"], font=GOTHIC, size=10, color=col, align="center")
    addr = IND_ADDRESSES[rng.randrange(len(IND_ADDRESSES))].split("\n")
    for i, ln in enumerate(addr):
        T(sh, 22, 42 + i * 5, ln, font=f, size=10.5)
    dd = c.sub - dt.timedelta(days=rng.randint(0, 3))
    T(sh, W - 22, 62, f"{lw['city']}, {d_nl(dd)}", font=f, size=10.5, align="right")
    cells = [("Uw kenmerk", "–"), ("Ons kenmerk", f"{dd.year}.{rng.randint(100, 999)}"), ("V-nummer", c.vnr)]
    for i, (a, b) in enumerate(cells):
        x = 22 + i * 56
        sh.rect(x, 70, 54, 11, width_mm=0.2, color=(160, 160, 160))
        T(sh, x + 1.5, 71, a, font=NARROW, size=7, color=GREY)
        T(sh, x + 1.5, 75, b, font=f, size=10)
    y = 90
    y = (
        P(
            sh,
            22,
            y,
            W - 44,
            f"Betreft: aanvraag {c.p.given_names} {c.p.surname}, geboren {c.dfmt(c.p.birth_date)}",
            font=fb,
            size=10.5,
        )
        + 4
    )
    paras = [
        "Geachte heer, mevrouw,",
        f"Namens {title_nl(c.p)} {c.p.surname} dien ik hierbij de aanvraag in voor {PROC_NL[c.procedure]}. Het "
        f"ondertekende aanvraagformulier en kopieën van de stukken treft u bijgaand aan.",
    ]
    if c.procedure == "ind-medical-treatment" and c.art64_end:
        paras.append(
            f"Cliënt heeft uitstel van vertrek op grond van artikel 64 Vw; dat jaar eindigt op "
            f"{d_nl(c.art64_end)}. De aanvraag wordt daarom nu ingediend."
        )
    if c.procedure == "ind-hnt-continued" and c.since:
        paras.append(
            f"Cliënt heeft sinds {d_nl(c.since)} een verblijfsvergunning "
            f"({dict(ROUTES_7027).get(c.route, '').replace('na verblijf ', '')})."
        )
    if c.no_passport:
        paras.append(
            "Cliënt heeft geen geldig paspoort en vraagt vrijstelling van het paspoortvereiste. "
            + " ".join(EXEMPTION_TEXT[i] for i in c.exemption_shown)
        )
    if c.suriname_visa:
        paras.append(
            "Cliënt heeft de Surinaamse nationaliteit en is in Nederland met een visum voor medische "
            "behandeling (kopie bijgevoegd). De behandeling is nog noodzakelijk; de betaling is geregeld."
        )
    for p_ in paras:
        y = P(sh, 22, y, W - 44, p_, font=f, size=10.5) + 3
    if enclosures:
        y += 2
        sh.rect(22, y, W - 44, 6, width_mm=0, fill=(234, 234, 234))
        T(sh, 24, y + 1, "Nr.", font=NARROW_B, size=9)
        T(sh, 36, y + 1, "Bijlage", font=NARROW_B, size=9)
        y += 6
        for i, e_ in enumerate(enclosures, 1):
            sh.rule(22, y + 5.4, W - 22, y + 5.4, width_mm=0.1, color=(190, 190, 190))
            T(sh, 24, y + 0.8, str(i), font=NARROW, size=9.5)
            T(sh, 36, y + 0.8, e_, font=NARROW, size=9.5)
            y += 5.6
        y += 4
    T(sh, 22, y + 2, "Hoogachtend,", font=f, size=10.5)
    T(sh, 22, y + 14, c.lawyer_name or "mr. A. de Jong", font=fb, size=10.5)
    T(sh, 22, y + 19, "advocaat", font=f, size=10)
    sh.signature(80, y + 6, rng.uniform(44, 56), 17, rng, color=rng.choice([BLUE_INK, BLACK_INK]))
    T(
        sh,
        W / 2,
        H - 14,
        f"{lw['street']} · {lw['pc']} {lw['city']} · {lw['tel']} · {lw['mail']}",
        font=NARROW,
        size=7.5,
        color=GREY,
        align="center",
    )
    punched_rings(sh, x=6, ys=(H / 2 - 40, H / 2 + 40), size=11)
    return [c.intr(sh)]


def _ind_head(sh: Sheet, c: Case, dd: dt.date, subject: str) -> float:
    """The IND's letters of this part: 'IND' with a thin teal rule under it at the left, the addressee, and the
    references as a single line of 'label: value' pairs under the addressee; the subject in bold."""
    W = c.page_w
    T(sh, 20, 12, "IND", font=GOTHIC_B, size=18, color=TEAL)
    sh.rule(20, 21, 60, 21, width_mm=0.5, color=TEAL)
    T(sh, 20, 23, "Immigratie- en Naturalisatiedienst", font=NARROW, size=8, color=GREY)
    p = c.p
    y = 40
    for ln in (
        f"{title_nl(p).capitalize()} {p.given_names} {p.surname}",
        *(
            (f"{p.address.street} {p.address.number}", f"{p.address.postcode}  {p.address.city}")
            if p.address
            else ()
        ),
    ):
        T(sh, 20, y, ln, font=SERIFC, size=10)
        y += 5
    r = random.Random(seed_of("ind31", c.rng_seed))
    T(
        sh,
        20,
        68,
        f"Datum: {d_nl(dd)}    Kenmerk: {r.randint(1000000, 9999999)}    V-nummer: {c.vnr}",
        font=NARROW,
        size=9,
    )
    sh.rule(20, 73, W - 20, 73, width_mm=0.15, color=(190, 190, 190))
    T(sh, 20, 78, subject, font=SERIFC_B, size=11)
    return 88


def art64_decision(c: Case, rng: random.Random, **_) -> list[Sheet]:
    end = c.art64_end or (c.since - dt.timedelta(days=1) if c.since else c.sub + dt.timedelta(days=10))
    start = add_years(end, -1) + dt.timedelta(days=1)
    dd = start + dt.timedelta(days=rng.randint(3, 25))
    sh = c.new_sheet()
    y = _ind_head(sh, c, dd, "Besluit: uitstel van vertrek (artikel 64 Vreemdelingenwet)")
    for para in (
        f"Geachte {title_nl(c.p)} {c.p.surname},",
        "Op basis van het advies van het Bureau Medische Advisering is het uit medisch oogpunt niet "
        "verantwoord dat u nu reist.",
        f"U krijgt daarom uitstel van vertrek van {d_nl(start)} tot en met {d_nl(end)}.",
        "Met vriendelijke groet,\nde minister van Asiel en Migratie,\nnamens deze,\nde Immigratie- en "
        "Naturalisatiedienst",
    ):
        y = P(sh, 20, y, c.page_w - 40, para, font=SERIFC, size=10.5) + 4
    return [c.intr(sh)]


def permit_decision(c: Case, rng: random.Random, **_) -> list[Sheet]:
    since = c.since or dt.date(2022, 5, 1)
    dd = since + dt.timedelta(days=rng.randint(6, 40))
    purpose = {
        "medical-treatment": "medische behandeling",
        "medical-treatment-after-art64": "medische behandeling",
        "relationship": "verblijf als familie- of gezinslid",
        "parent": "verblijf bij ouder",
        "trafficking-victim": "slachtoffer-getuige mensenhandel",
        "trafficking-victim-no-report": "slachtoffer mensenhandel (zonder aangifte)",
        "domestic-violence": "humanitair tijdelijk – huiselijk geweld",
        "buiten-schuld": "humanitair tijdelijk – buitenschuld",
    }.get(c.route or "", "regulier")
    sh = c.new_sheet()
    y = _ind_head(sh, c, dd, "Besluit: uw aanvraag is ingewilligd")
    for para in (
        f"Geachte {title_nl(c.p)} {c.p.surname},",
        f"U krijgt een verblijfsvergunning regulier voor bepaalde tijd met als verblijfsdoel '{purpose}'.",
        f"De vergunning gaat in op {d_nl(since)}.",
        "Met vriendelijke groet,\nde Immigratie- en Naturalisatiedienst",
    ):
        y = P(sh, 20, y, c.page_w - 40, para, font=SERIFC, size=10.5) + 4
    return [c.intr(sh)]


def mvv_page(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The passport page with the MVV sticker, photographed on a table with a phone (the photographer's shadow over
    a corner) and printed on A4 with a water stain on the printout."""
    page = Sheet(125, 88)
    page.rect(0, 0, 125, 88, width_mm=0, fill=(238, 240, 232))
    vx, vy, w, h = 6, 6, 113, 76
    page.rect(vx, vy, w, h, width_mm=0.2, fill=(228, 238, 248))
    page.text(vx + 3, vy + 3, "VISUM · VISA · NEDERLAND · MVV", font=NARROW_B, size_pt=8, color=(20, 60, 120))
    start = c.sub - dt.timedelta(days=rng.randint(150, 200))
    end = start + dt.timedelta(days=rng.randint(85, 90))
    pno = c.passport_no or f"PA{rng.randint(100000, 999999)}"
    rows = [
        ("GELDIG VOOR / VALID FOR", "SCHENGENSTATEN"),
        ("VAN / FROM", start.strftime("%d-%m-%Y")),
        ("TOT / UNTIL", end.strftime("%d-%m-%Y")),
        ("TYPE", "D"),
        ("PASPOORT / PASSPORT", pno),
        ("NAAM / NAME", f"{c.p.surname.upper()}, {c.p.given_names.upper()}"[:34]),
        ("OPMERKINGEN", "MVV – MEDISCHE BEHANDELING"),
    ]
    y = vy + 10
    for a, b in rows:
        page.text(vx + 3, y, a, font=NARROW, size_pt=5.3, color=GREY)
        page.text(vx + 38, y, b, font=NARROW_B, size_pt=7.2)
        y += 5.2
    line1 = ("V<NLD" + _mrz_name(c.p, 39))[:44]
    birth = c.p.birth_date.strftime("%y%m%d")
    exp = end.strftime("%y%m%d")
    pn = (pno + "<" * 9)[:9]
    line2 = (f"{pn}{_mrz_check(pn)}SUR{birth}{_mrz_check(birth)}{c.p.sex}{exp}{_mrz_check(exp)}" + "<" * 16)[
        :44
    ]
    page.text(vx + 1, vy + h - 12, line1, font="ocrb", size_pt=6.2)
    page.text(vx + 1, vy + h - 6, line2, font="ocrb", size_pt=6.2)
    img = own_shadow(camera_photo(page, rng, dpi=260, bg=(140, 112, 84), margin=0.1, tilt=0.03), rng)
    sh = c.new_sheet()
    ww = 170
    sh.image(20, 30, ww, ww * img.height / img.width, img)
    return [sheet_of(water_stain(sh.render(200), rng, where=(0.7, 0.75), r=0.1), c.page_w, c.page_h)]


_r(
    "cover-letter-monogram-cirkel-kenmerkcellen-bijlagentabel-ringen-31",
    "other",
    "nl",
    cover_letter,
    "Dutch lawyer's cover letter with a circled monogram, reference cells, enclosures table, punched with rings",
)
_r(
    "art64-decision-ind-referentieregel-onder-adres-31",
    "other",
    "nl",
    art64_decision,
    "IND art. 64 decision with the references on one line under the address",
)
_r(
    "permit-letter-ind-referentieregel-onder-adres-31",
    "other",
    "nl",
    permit_decision,
    "IND permit decision with the references on one line under the address",
)
_r(
    "mvv-sticker-sur-telefoonfoto-schaduw-watervlek-31",
    "other",
    "nl",
    mvv_page,
    "the MVV sticker page photographed with a phone, printed, a water stain",
)
