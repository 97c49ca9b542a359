"""IND families of the `thirtysecond` part (registered in ind.FAMILIES).

Written after dev, heldout and the parts fresh to thirty-first had been read, by a writer who saw neither the
validator nor its output, from the seeds and how such papers look in Dutch files.  Each family's layout, wording
and copy habits are described in its registration note and, where it has one, its docstring (the part is read
blind, so they are not summarised here).
"""

from __future__ import annotations

import datetime as dt
import math
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
    nat_nl,
    pay_calc,
    seed_of,
    title_nl,
)
from .paper import Sheet
from .people import make_professional, nationality_adj
from .thirtysecond_identity import (
    BOOK,
    BOOK_B,
    CARL,
    CARL_B,
    CARL_I,
    CENT,
    CENT_B,
    CENT_I,
    CODE,
    COND,
    COND_B,
    HAND_IT,
    NSANS,
    NSANS_B,
    NSANS_I,
    clipboard_photo,
    dater,
    duvet_photo,
    radio,
    recycled,
    stamp_smudge,
    torn_punch,
)
from .twentyeighth_identity import barcode, fit, glyphs, paste, qr, sheet_of, wrap

PART = "thirtysecond"
PLUM = (110, 40, 90)
OCEAN = (0, 86, 130)
MOSS = (70, 100, 40)


def T(sh: Sheet, x, y, s, *, font=NSANS, size=10.0, color=(0, 0, 0), align="left") -> float:
    if not s:
        return 0.0
    return sh.text(x, y, s, font=font, size_pt=size, color=color, anchor=align)


def P(sh: Sheet, x, y, w, s, *, font=NSANS, size=10.5, leading=1.42, align="left", color=(0, 0, 0)) -> float:
    return sh.paragraph(x, y, w, s, font=font, size_pt=size, leading=leading, align=align, color=color)


def _r(id_, type_, lang, fn, notes):
    from .ind import _reg

    _reg(id_, type_, PART, lang, fn, notes)


def _who(c: Case, key: str) -> str:
    r = random.Random(seed_of(key, c.rng_seed))
    g, s, _ = make_professional(r, "NL")
    return f"{g} {s}"


def _addr_lines(c: Case, p=None) -> list[str]:
    p = p or c.p
    a = p.address or c.p.address
    return [f"{title_nl(p).capitalize()} {p.given_names} {p.surname}"] + (
        [f"{a.street} {a.number}", f"{a.postcode}  {a.city}"] if a else []
    )


# =========================================================================== application forms

_PARTS_MED = ["Persoonsgegevens", "Gemachtigde", "Behandeling", "Betaling", "Paspoort", "Ondertekening"]
_PARTS_HNT = ["Persoonsgegevens", "Gemachtigde", "Huidige vergunning", "Voorwaarden", "Ondertekening"]
_PARTS_GEN = ["Persoonsgegevens", "Gemachtigde", "Vergunning", "Ondertekening"]


class _Form:
    """The IND's forms in a 2032 print of the online form: a narrow rail down the left margin listing the form's
    parts with the current one in a filled tab, each question in bold with its answer on a pale yellow field
    beneath it (typed in Courier Prime Code when completed on screen, written in a slanted cursive when printed
    blank and filled in by hand), options as round radio buttons; 'V-nummer' in a framed box at the foot of every
    page; the signature written ABOVE the rule and its label 'Handtekening aanvrager'."""

    def __init__(self, c: Case, rng: random.Random, title: str, code: str, parts: list[str]):
        self.c, self.rng, self.title, self.code, self.parts = c, rng, title, code, parts
        self.hand = c.fill == "hand"
        self.ink = rng.choice([BLUE_INK, BLACK_INK])
        self.pages: list[Sheet] = []
        self.part = -1
        self.y = 0.0
        self.new()

    def rail(self, sh: Sheet, cur: int):
        y = 40
        for i, p in enumerate(self.parts):
            on = i == cur
            sh.rect(10, y, 34, 9, width_mm=0, fill=OCEAN if on else (236, 240, 244))
            T(
                sh,
                12,
                y + 2.2,
                f"{i + 1}  {p}",
                font=NSANS_B if on else NSANS,
                size=7.6,
                color=(255, 255, 255) if on else (70, 70, 70),
            )
            y += 10.5

    def new(self):
        c = self.c
        sh = c.new_sheet()
        W = c.page_w
        T(sh, 10, 10, "IND", font=NSANS_B, size=17, color=OCEAN)
        T(sh, 30, 11.5, "Immigratie- en Naturalisatiedienst", font=NSANS, size=8, color=GREY)
        sh.rule(10, 20, W - 12, 20, width_mm=0.6, color=OCEAN)
        if not self.pages:
            self.y = P(sh, 52, 25, W - 66, self.title, font=NSANS_B, size=13.5, leading=1.2) + 3
        else:
            self.y = 28
        self.pages.append(c.intr(sh))
        self.rail(sh, max(0, self.part))

    def need(self, h: float):
        if self.y + h > self.c.page_h - 30:
            self.new()

    def head(self, title: str):
        self.need(28)
        self.part += 1
        sh = self.pages[-1]
        self.rail(sh, self.part)
        T(sh, 52, self.y, f"{self.part + 1}. {title}", font=NSANS_B, size=12, color=OCEAN)
        self.y += 9

    def _val(self, sh, x, y, w, v):
        if self.hand:
            v = glyphs(str(v), HAND_IT)
            sh.handwriting(
                x + 1,
                y - 1.6,
                v,
                self.rng,
                size_pt=fit(v, HAND_IT, 11.5, w * 0.82),
                color=self.ink,
                font=HAND_IT,
            )
        else:
            T(sh, x + 1.2, y, str(v), font=CODE, size=fit(str(v), CODE, 9.8, w - 2.5))

    def ask(self, q: str, value: str | None):
        W = self.c.page_w
        w = W - 12 - 52
        rows = wrap(
            str(value or ""),
            w * (0.8 if self.hand else 0.96),
            HAND_IT if self.hand else CODE,
            11.5 if self.hand else 9.8,
        ) or [""]
        self.need(6 + 7.4 * len(rows))
        sh = self.pages[-1]
        T(sh, 52, self.y, q, font=NSANS_B, size=9)
        self.y += 4.8
        for r in rows:
            sh.rect(52, self.y, w, 6.6, width_mm=0, fill=(252, 246, 214))
            sh.rule(52, self.y + 6.6, 52 + w, self.y + 6.6, width_mm=0.2, color=(160, 150, 100))
            if r:
                self._val(sh, 52, self.y + 1.3, w, r)
            self.y += 7.4
        self.y += 2.6

    def choose(self, q: str, options: list[str], chosen: int | None):
        self.need(8 + 6 * len(options))
        sh = self.pages[-1]
        T(sh, 52, self.y, q, font=NSANS_B, size=9)
        self.y += 5.6
        for i, o in enumerate(options):
            radio(sh, 54, self.y - 0.1, chosen == i and not self.hand)
            if chosen == i and self.hand:
                sh.handwriting(53.6, self.y - 2.0, "x", self.rng, size_pt=13, color=self.ink, font="hand4")
            T(sh, 61, self.y, o, font=NSANS, size=9.2)
            self.y += 6
        self.y += 2

    def sign(self):
        c = self.c
        self.need(64)
        self.head("Ondertekening")
        W = c.page_w
        sh = self.pages[-1]
        self.y = (
            P(
                sh,
                52,
                self.y,
                W - 64,
                "Ik verklaar dat ik dit formulier volledig en naar waarheid heb ingevuld.",
                font=NSANS,
                size=9,
            )
            + 4
        )
        d0 = c.sub - dt.timedelta(days=self.rng.randint(1, 9))
        self.ask("Plaats en datum", f"{c.p.address.city if c.p.address else 'Den Haag'}, {c.dfmt(d0)}")
        sh = self.pages[-1]
        y = self.y + 4
        sh.signature(58 + self.rng.uniform(0, 16), y, self.rng.uniform(46, 60), 17, self.rng, color=self.ink)
        sh.rule(52, y + 19, 140, y + 19, width_mm=0.3)
        T(sh, 52, y + 20.5, "Handtekening aanvrager", font=NSANS, size=7.8, color=GREY)
        self.y = y + 28

    def finish(self) -> list[Sheet]:
        n = len(self.pages)
        W, H = self.c.page_w, self.c.page_h
        for i, sh in enumerate(self.pages, 1):
            T(sh, 10, H - 22, "V-nummer", font=NSANS, size=7.5, color=GREY)
            sh.rect(10, H - 18.5, 46, 8, width_mm=0.35)
            if self.hand:
                sh.handwriting(12, H - 18.6, self.c.vnr, self.rng, size_pt=11.5, color=self.ink, font=HAND_IT)
            else:
                T(sh, 12, H - 17, self.c.vnr, font=CODE, size=10.5)
            T(
                sh,
                W / 2,
                H - 12,
                f"{self.code} · uitgave 2032",
                font=NSANS,
                size=7.5,
                color=GREY,
                align="center",
            )
            T(sh, W - 12, H - 12, f"{i}/{n}", font=NSANS, size=7.5, color=GREY, align="right")
        return self.pages


def _person(f: _Form):
    c, p = f.c, f.c.p
    f.head("Persoonsgegevens")
    f.ask("Achternaam", p.surname.upper() if f.rng.random() < 0.5 else p.surname)
    f.ask("Voornamen", p.given_names)
    f.ask("Geboortedatum", c.dfmt(p.birth_date))
    f.ask("Geboorteplaats en -land", f"{p.birth_place}, {country_nl(p)}")
    f.ask("Nationaliteit", nat_nl(p))
    f.choose("Geslacht", ["man", "vrouw"], 0 if p.sex == "M" else 1)
    if p.address:
        f.ask(
            "Woonadres in Nederland",
            f"{p.address.street} {p.address.number}, {p.address.postcode} {p.address.city}",
        )
    f.head("Gemachtigde")
    if c.lawyer:
        f.choose("Heeft u een advocaat of gemachtigde?", ["ja", "nee"], 0)
        f.ask("Naam en kantoor", f"{c.lawyer_name}, {c.lawyer['firm']}, {c.lawyer['city']}")
    else:
        f.choose("Heeft u een advocaat of gemachtigde?", ["ja", "nee"], 1)


def form_med(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _Form(c, rng, "Aanvraag verblijfsvergunning – medische behandeling", "IND M-7031", _PARTS_MED)
    _person(f)
    f.head("Behandeling")
    f.ask(
        "Zorginstelling waar u wordt behandeld", f"{c.hospital.get('name', '')}, {c.hospital.get('city', '')}"
    )
    f.ask("Welke behandeling krijgt u?", c.med.get("tx_short", ""))
    f.choose(
        "Heeft u 1 jaar of langer uitstel van vertrek gehad (artikel 64 Vw)?",
        ["nee", "ja"],
        1 if c.art64_end else 0,
    )
    if c.art64_end:
        f.ask("Einddatum van het jaar uitstel van vertrek", c.dfmt(c.art64_end))
    f.head("Betaling")
    if c.art64_end:
        f.choose(
            "Wie betaalt het verblijf en de behandeling?",
            ["niet van toepassing (na artikel 64 Vw)", "ikzelf", "een garantsteller"],
            0,
        )
    else:
        f.choose(
            "Wie betaalt het verblijf en de behandeling?",
            ["ikzelf", "een garantsteller"],
            1 if c.payer else 0,
        )
    f.head("Paspoort")
    f.choose(
        "Heeft u een geldig paspoort?",
        ["ja, een kopie stuur ik mee", "nee, ik vraag vrijstelling"],
        1 if c.no_passport else 0,
    )
    f.choose(
        "Heeft u de Surinaamse nationaliteit en een visum voor medische behandeling?",
        ["nee", "ja"],
        1 if c.suriname_visa else 0,
    )
    f.sign()
    return f.finish()


def form_7027(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _Form(
        c,
        rng,
        "Aanvraag verblijfsvergunning onbepaalde tijd – voortgezet verblijf (humanitair niet tijdelijk)",
        "IND 7027",
        _PARTS_HNT,
    )
    _person(f)
    f.head("Huidige vergunning")
    f.ask(
        "Met welk verblijfsdoel heeft u nu een vergunning?",
        dict(ROUTES_7027).get(c.route, "").replace("na verblijf ", ""),
    )
    f.ask("Sinds welke datum?", c.dfmt(c.since) if c.since else "")
    f.head("Voorwaarden")
    if c.route == "relationship":
        f.choose(
            "Inburgering",
            ["ik heb het inburgeringsdiploma", "ik heb ontheffing of vrijstelling", "geen van beide"],
            0 if c.inburgering in ("diploma", "results") else (1 if c.inburgering == "exemption" else 2),
        )
    elif c.route and c.route.startswith("medical"):
        f.choose("Is uw behandeling nog ten minste 1 jaar nodig?", ["ja, zie verklaring arts", "nee"], 0)
    else:
        f.choose("Is er iets veranderd in uw situatie?", ["nee", "ja"], 0)
    f.sign()
    return f.finish()


def form_generic(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _Form(c, rng, "Aanvraag verlenging verblijfsvergunning regulier", "IND V-4011", _PARTS_GEN)
    _person(f)
    f.head("Vergunning")
    r = random.Random(c.rng_seed + 32)
    f.ask("Verblijfsdoel", GENERIC_PURPOSES[r.randrange(len(GENERIC_PURPOSES))])
    f.ask("Geldig tot", c.dfmt(c.sub + dt.timedelta(days=r.randint(20, 90))))
    f.choose("Voldoet u nog aan de voorwaarden?", ["ja", "nee"], 0)
    f.sign()
    return f.finish()


_r(
    "ind-form-med-voortgangsrail-links-gele-antwoordvelden-vnr-voet-32",
    "application",
    "nl",
    form_med,
    "medical-treatment form: a rail of the form's parts down the left margin, answers on pale yellow fields, "
    "V-number in a box at the foot",
)
_r(
    "ind-form-7027-voortgangsrail-links-gele-antwoordvelden-vnr-voet-32",
    "application",
    "nl",
    form_7027,
    "form 7027 in the same layout",
)
_r(
    "ind-form-generic-voortgangsrail-links-gele-antwoordvelden-vnr-voet-32",
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


def payslip_split(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A payslip from an online payroll service printed on the employer's recycled paper: the employer and the
    period in a band, the employee's data in a grey strip, earnings at the LEFT and deductions at the RIGHT in two
    tables side by side, the net amount in a frame, the year-to-date totals as a row of cells at the foot; the copy
    later torn out of a binder at one hole."""
    g = earner(c)
    e = _emp(c, rng)
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    f, fb = CARL, CARL_B
    month = (c.sub.month - 2) % 12 + 1
    sh.rect(14, 12, W - 28, 16, width_mm=0, fill=(46, 74, 96))
    T(sh, 18, 14, e["name"], font=fb, size=12, color=(255, 255, 255))
    T(
        sh,
        18,
        20.5,
        f"{e.get('street', '')} · {e.get('pc', '')} {e.get('city', '')} · loonheffingennr. {e['lhn']}",
        font=f,
        size=8,
        color=(220, 226, 232),
    )
    T(
        sh,
        W - 18,
        15,
        f"Loonstrook {_MND[month - 1]} {c.sub.year}",
        font=fb,
        size=11,
        color=(255, 255, 255),
        align="right",
    )
    sh.rect(14, 32, W - 28, 14, width_mm=0, fill=(236, 236, 236))
    cells = [
        ("Werknemer", f"{g.given_names} {g.surname}"),
        ("Geboortedatum", c.dfmt(g.birth_date)),
        ("Personeelsnr.", e["pnr"]),
        ("Functie", e["func_now"]),
        ("In dienst sinds", c.dfmt(e["start"])),
    ]
    x = 16
    for a, b in cells:
        T(sh, x, 33.5, a, font=f, size=7, color=GREY)
        T(sh, x, 38, b, font=fb, size=fit(b, fb, 9, 40))
        x += max(30, sh.text_width(b, font=fb, size_pt=9) + 6)
    y0 = 54
    hrs = rng.choice([152, 156, 160, 173])
    earn = [("Salaris", f"{hrs} uur", k["bruto"]), ("Reiskostenvergoeding", "", k["reis"])]
    ded = [(f"Pensioenpremie {e.get('pension', '')}", k["pens"]), ("Loonheffing", k["lh"])]
    for col, title, rows in ((14, "Uitbetalingen", earn), (W / 2 + 2, "Inhoudingen", ded)):
        w = W / 2 - 16
        sh.rect(col, y0, w, 7, width_mm=0, fill=(214, 224, 232))
        T(sh, col + 2, y0 + 1.5, title, font=fb, size=9.5)
        yy = y0 + 9
        for row in rows:
            if row[-1] == 0:
                continue
            T(sh, col + 2, yy, row[0], font=f, size=9.2)
            if len(row) == 3 and row[1]:
                T(sh, col + w * 0.58, yy, row[1], font=f, size=9.2, color=GREY)
            T(sh, col + w - 2, yy, eur(row[-1], False), font=f, size=9.2, align="right")
            sh.rule(col, yy + 5.2, col + w, yy + 5.2, width_mm=0.1, color=(190, 190, 190))
            yy += 6.4
    sh.rect(W - 84, y0 + 34, 70, 13, width_mm=0.5)
    T(sh, W - 81, y0 + 36, "Netto uitbetaald", font=f, size=8.5, color=GREY)
    T(sh, W - 17, y0 + 40, eur(k["net"]), font=fb, size=12, align="right")
    T(sh, 14, y0 + 38, f"Overgemaakt op {iban_fmt(e['iban'])}", font=f, size=9)
    y = y0 + 58
    T(sh, 14, y, f"Cumulatieven {c.sub.year}", font=fb, size=9.5)
    y += 6
    for i, (a, b) in enumerate(
        (
            ("Bruto", k["bruto"] * month),
            ("Loonheffing", k["lh"] * month),
            ("Pensioen", k["pens"] * month),
            ("Netto", k["net"] * month),
        )
    ):
        x = 14 + i * (W - 28) / 4
        sh.rect(x, y, (W - 28) / 4, 12, width_mm=0.2)
        T(sh, x + 2, y + 1, a, font=f, size=7.5, color=GREY)
        T(sh, x + 2, y + 5.5, eur(b, False), font=f, size=9.5)
    T(
        sh,
        14,
        H - 16,
        "Deze loonstrook is aangemaakt met een online salarisadministratie. Bewaar haar goed.",
        font=CARL_I,
        size=7.5,
        color=GREY,
    )
    torn_punch(sh, y=H / 2 - 40)
    return [sheet_of(recycled(sh.render(200), rng, strength=0.75), W, H)]


def guarantor_radio(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The guarantor's statement completed on screen in Courier Prime Code on a model form whose questions have
    round radio buttons, printed and signed BESIDE 'Handtekening garantsteller'; the municipality's stamp
    'gezien voor legalisatie van de handtekening' pressed over the lower right with an official's initials."""
    F = _guarantor_facts(c)
    g, e = F["g"], F["e"]
    sh = c.new_sheet()
    W = c.page_w
    f, fb = NSANS, NSANS_B
    T(sh, 18, 14, "Verklaring garantsteller", font=fb, size=16, color=PLUM)
    T(sh, 18, 22, "bij een aanvraag voor verblijf voor medische behandeling", font=f, size=9, color=GREY)
    y = 34
    a = g.address or c.p.address
    for title, rows in (
        (
            "Gegevens garantsteller",
            [
                ("Naam", f"{g.given_names} {g.surname}"),
                ("Geboortedatum", c.dfmt(g.birth_date)),
                ("Adres", f"{a.street} {a.number}, {a.postcode} {a.city}" if a else ""),
                ("Relatie tot de vreemdeling", c.payer_relation or "familielid"),
            ],
        ),
        (
            "Gegevens vreemdeling",
            [
                ("Naam", f"{c.p.given_names} {c.p.surname}"),
                ("Geboortedatum", c.dfmt(c.p.birth_date)),
                ("Nationaliteit", nat_nl(c.p)),
            ],
        ),
        (
            "Inkomen garantsteller",
            [
                ("Werkgever", e["name"]),
                ("In dienst sinds", c.dfmt(e["start"])),
                ("Netto inkomen per maand", eur(F["net"])),
            ],
        ),
    ):
        T(sh, 18, y, title, font=fb, size=10.5, color=PLUM)
        sh.rule(18, y + 5.5, W - 18, y + 5.5, width_mm=0.3, color=PLUM)
        y += 9
        for lab, val in rows:
            T(sh, 20, y, lab, font=f, size=9.2)
            T(sh, 82, y - 0.2, val, font=CODE, size=fit(val, CODE, 10, W - 102))
            sh.rule(82, y + 4.8, W - 18, y + 4.8, width_mm=0.12, color=(170, 170, 170))
            y += 7.2
        y += 4
    for q, opts, ch in (
        ("Heeft u een vast dienstverband?", ["ja", "nee"], 0),
        ("Staat u garant voor alle kosten van verblijf en behandeling?", ["ja", "nee"], 0),
        ("Stuurt u bewijs van uw inkomen mee?", ["ja", "nee"], 0),
    ):
        T(sh, 20, y, q, font=f, size=9.2)
        x = W - 62
        for i, o in enumerate(opts):
            radio(sh, x, y - 0.1, i == ch)
            T(sh, x + 6, y, o, font=f, size=9.2)
            x += 20
        y += 7.5
    y += 6
    T(sh, 20, y, "Plaats en datum", font=f, size=9.2)
    dd = c.sub - dt.timedelta(days=rng.randint(6, 30))
    T(sh, 82, y - 0.2, f"{a.city if a else 'Rotterdam'}, {c.dfmt(dd)}", font=CODE, size=10)
    y += 14
    w = T(sh, 20, y, "Handtekening garantsteller:", font=f, size=9.2)
    sh.signature(24 + w, y - 8, rng.uniform(44, 56), 16, rng, color=rng.choice([BLUE_INK, BLACK_INK]))
    sh.stamp(
        W - 82,
        y + 12,
        [
            "GEMEENTE " + ((a.city if a else "ROTTERDAM").upper()),
            "GEZIEN VOOR LEGALISATIE",
            "VAN DE HANDTEKENING",
        ],
        rng,
        shape="rect2",
        size_mm=34,
        color=(40, 60, 150),
    )
    sh.handwriting(
        W - 56, y + 34, rng.choice(["J.v.D.", "MK", "H.B."]), rng, size_pt=11, font="hand1", color=BLUE_INK
    )
    return [sh]


def employer_numbered(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An employer's statement typed as a letter on the company's letterhead (logo square at the right), the facts
    as a numbered list of eight short statements (start date, contract, hours, gross and net salary, holiday pay,
    no notice given), signed by the HR manager with the signature BELOW the typed name, the company stamp across
    the last lines; copied on recycled paper."""
    g = earner(c)
    e = _emp(c, rng)
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    sh = c.new_sheet()
    W = c.page_w
    f, fb = BOOK, BOOK_B
    sh.rect(W - 38, 12, 20, 20, width_mm=0, fill=MOSS)
    T(
        sh,
        W - 28,
        17,
        "".join(w[0] for w in e["name"].split()[:2]).upper(),
        font=NSANS_B,
        size=16,
        color=(255, 255, 255),
        align="center",
    )
    T(sh, 18, 14, e["name"], font=fb, size=12)
    T(
        sh,
        18,
        20,
        f"{e.get('street', '')}, {e.get('pc', '')} {e.get('city', '')}",
        font=f,
        size=8.5,
        color=GREY,
    )
    T(sh, 18, 24.5, f"KvK {e['kvk']}", font=f, size=8.5, color=GREY)
    dd = c.sub - dt.timedelta(days=rng.randint(5, 28))
    T(sh, 18, 44, f"{e.get('city', '')}, {d_nl(dd)}", font=f, size=10)
    T(sh, 18, 56, "WERKGEVERSVERKLARING", font=fb, size=13)
    y = (
        P(
            sh,
            18,
            66,
            W - 36,
            f"Ondergetekende verklaart namens {e['name']} het volgende over "
            f"{title_nl(g)} {g.given_names} {g.surname}, geboren op {c.dfmt(g.birth_date)}:",
            font=f,
            size=10,
        )
        + 3
    )
    facts = [
        f"Betrokkene is sinds {d_nl(e['start'])} bij ons in dienst als {e['func_now'].lower()}.",
        "Het dienstverband is voor onbepaalde tijd.",
        f"De arbeidsduur is {rng.choice([32, 36, 38, 40])} uur per week.",
        f"Het bruto maandsalaris bedraagt {eur(e['bruto'])}, exclusief 8% vakantiegeld.",
        f"Het netto maandsalaris bedraagt ongeveer {eur(k['net'])}.",
        "Er is geen loonbeslag gelegd.",
        "Betrokkene verkeert niet in een proeftijd; er is geen ontslag aangezegd.",
        f"Toepasselijke cao: {e.get('cao', '—')}.",
    ]
    for i, t in enumerate(facts, 1):
        T(sh, 20, y, f"{i}.", font=f, size=10)
        y = P(sh, 28, y, W - 46, t, font=f, size=10) + 1.6
    y += 8
    T(sh, 18, y, "Aldus naar waarheid opgemaakt,", font=f, size=10)
    hr = _who(c, "hr32")
    T(sh, 18, y + 8, hr, font=fb, size=10)
    T(sh, 18, y + 13, "HR-manager", font=f, size=9.5)
    sh.signature(20, y + 17, rng.uniform(40, 52), 15, rng, color=BLUE_INK)
    sh.stamp(
        60,
        y + 4,
        [e["name"].upper()[:28], e.get("city", "").upper()],
        rng,
        shape="rect",
        size_mm=32,
        color=(40, 60, 150),
    )
    return [sheet_of(recycled(sh.render(200), rng, strength=0.7), W, c.page_h)]


_r(
    "payslip-online-salarisdienst-twee-tabellen-naast-elkaar-cumulatiefcellen-gerecycleerd-32",
    "income-proof",
    "nl",
    payslip_split,
    "an online payroll service's payslip, earnings and deductions side by side, year-to-date cells, "
    "recycled paper, torn hole",
)
_r(
    "guarantor-verklaring-schermformulier-radioknoppen-legalisatiestempel-32",
    "income-proof",
    "nl",
    guarantor_radio,
    "the guarantor's statement completed on screen with radio buttons, signed beside the label, legalisation stamp",
)
_r(
    "werkgeversverklaring-briefvorm-genummerde-feiten-bookman-gerecycleerd-32",
    "income-proof",
    "nl",
    employer_numbered,
    "an employer's statement as a letter with eight numbered facts, stamp across the last lines",
)


# =========================================================================== medical statements


def medstat_refcolumn(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A treating specialist's statement on a Dutch hospital's letterhead with the department's references in a
    narrow column at the RIGHT (afdeling, bezoekadres, telefoon, datum, ons kenmerk), the body at the left in
    C059, the signature ABOVE the typed name, 'c.c. huisarts' at the foot."""
    h = c.hospital
    start = _treat_start(c)
    sh = c.new_sheet()
    W = c.page_w
    f, fb = CENT, CENT_B
    col = h.get("color", OCEAN)
    T(sh, 18, 14, h["name"], font=fb, size=13, color=col)
    sh.rule(18, 21, 130, 21, width_mm=0.4, color=col)
    dd = c.sub - dt.timedelta(days=rng.randint(6, 35))
    refs = [
        ("Afdeling", c.med["spec"]),
        ("Bezoekadres", f"{h['street']}, {h['city']}"),
        ("Telefoon", f"{h['tel']} {rng.randint(200, 899)} {rng.randint(1000, 9999)}"),
        ("Datum", d_nl(dd)),
        ("Ons kenmerk", f"{c.med['key'].upper()}/{rng.randint(10000, 99999)}"),
    ]
    y = 30
    for a, b in refs:
        T(sh, W - 58, y, a, font=NSANS, size=7.5, color=GREY)
        for j, r_ in enumerate(wrap(b, 40, NSANS, 8.5)[:2]):
            T(sh, W - 58, y + 3.6 + j * 3.8, r_, font=NSANS, size=8.5)
        y += 11 + (3.8 if len(wrap(b, 40, NSANS, 8.5)) > 1 else 0)
    for i, ln in enumerate(["Aan wie het aangaat"] + (["(ten behoeve van de IND)"])):
        T(sh, 18, 36 + i * 5, ln, font=f, size=10.5)
    y = 62
    T(
        sh,
        18,
        y,
        f"Betreft: {c.p.given_names} {c.p.surname}, geboren {c.dfmt(c.p.birth_date)}",
        font=fb,
        size=10.5,
    )
    y += 10
    nm = _who(c, "spec32")
    for para in (
        "Geachte heer, mevrouw,",
        f"Op verzoek van patiënt{'e' if c.p.sex == 'F' else ''} verklaar ik het volgende. Patiënt is sinds "
        f"{d_nl(start)} onder behandeling van onze afdeling wegens {c.med['dx']}.",
        f"De behandeling bestaat uit {c.med['tx']}. {c.med['stop']}",
        duration_phrase(c.duration, start),
        _not_available(c),
        "Ik geef deze verklaring af met toestemming van patiënt.",
    ):
        y = P(sh, 18, y, W - 82, para, font=f, size=10.3) + 3.2
    y += 2
    T(sh, 18, y, "Met vriendelijke groet,", font=f, size=10.3)
    sh.signature(20, y + 5, rng.uniform(40, 52), 15, rng, color=BLUE_INK)
    T(sh, 18, y + 22, f"dr. {nm}", font=fb, size=10.3)
    T(sh, 18, y + 27, c.med.get("doc_title", "medisch specialist"), font=f, size=9.5)
    T(sh, 18, c.page_h - 22, "c.c. huisarts", font=f, size=9, color=GREY)
    return [sh]


def medstat_gp_episodes(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A GP's statement ('Verklaring huisarts') with the practice's name in Nimbus Sans at the top, the patient's
    episodes as a table with ICPC codes, the medication overview as a second table, a short conclusion on the
    expected duration, the practice stamp with the signature BESIDE it; received as a phone photo on a clipboard
    and printed."""
    gp = c.gp
    start = _treat_start(c)
    sh = c.new_sheet()
    W = c.page_w
    f, fb = NSANS, NSANS_B
    T(sh, 18, 14, gp["name"], font=fb, size=13)
    T(
        sh,
        18,
        20,
        f"{gp['street']} · {gp['pc']} {gp['city']} · {gp['tel']}-{rng.randint(2000000, 9999999)}",
        font=f,
        size=8.5,
        color=GREY,
    )
    T(sh, 18, 34, "Verklaring huisarts", font=fb, size=14)
    T(
        sh,
        18,
        42,
        f"Patiënt: {c.p.surname}, {c.p.given_names} – geb. {c.dfmt(c.p.birth_date)}",
        font=f,
        size=10,
    )
    y = 52
    T(sh, 18, y, "Episodelijst", font=fb, size=10.5)
    y += 6
    sh.rect(18, y, W - 36, 6.5, width_mm=0, fill=(230, 230, 230))
    for t, x in (("ICPC", 20), ("Omschrijving", 40), ("Sinds", W - 50)):
        T(sh, x, y + 1.3, t, font=fb, size=9)
    y += 6.5
    icpc = {
        "ckd": "U99",
        "hiv": "B90",
        "myeloma": "B74",
        "thal": "B78",
        "gaucher": "T99",
        "ktx": "U99",
        "epilepsy": "N88",
        "breast": "X76",
        "hip": "L76",
    }.get(c.med["key"], "A99")
    for code, desc, since in (
        (icpc, c.med["dx"], start),
        ("K86", "hypertensie zonder orgaanbeschadiging", start - dt.timedelta(days=400)),
        ("P74", "angststoornis", start + dt.timedelta(days=90)),
    ):
        rr = wrap(desc, W - 110, f, 9.5)
        T(sh, 20, y + 1.2, code, font=f, size=9.5)
        for j, r_ in enumerate(rr[:2]):
            T(sh, 40, y + 1.2 + j * 4.4, r_, font=f, size=9.5)
        T(sh, W - 50, y + 1.2, c.dfmt(since), font=f, size=9.5)
        y += 4.4 * max(1, min(2, len(rr))) + 2.6
        sh.rule(18, y, W - 18, y, width_mm=0.1, color=(190, 190, 190))
    y += 7
    T(sh, 18, y, "Behandeling", font=fb, size=10.5)
    y = (
        P(
            sh,
            18,
            y + 6,
            W - 36,
            f"{c.med['tx'][:1].upper()}{c.med['tx'][1:]} in {c.hospital['name']}. {c.med['stop']}",
            font=f,
            size=10,
        )
        + 4
    )
    T(sh, 18, y, "Verwachte duur", font=fb, size=10.5)
    y = P(sh, 18, y + 6, W - 36, duration_phrase(c.duration, start), font=f, size=10) + 4
    y = P(sh, 18, y, W - 36, _not_available(c), font=f, size=10) + 8
    dd = c.sub - dt.timedelta(days=rng.randint(5, 40))
    T(sh, 18, y, f"{gp['city']}, {d_nl(dd)}", font=f, size=10)
    nm = _who(c, "gp32")
    sh.stamp(
        18,
        y + 6,
        [gp["name"].upper()[:30], f"{gp['pc']} {gp['city'].upper()}"],
        rng,
        shape="rect",
        size_mm=30,
        color=(40, 60, 150),
    )
    sh.signature(86, y + 8, rng.uniform(40, 50), 15, rng, color=BLUE_INK)
    T(sh, 86, y + 25, f"{nm}, huisarts", font=f, size=9.5)
    img = clipboard_photo(sh, rng, dpi=150)
    out = c.new_sheet()
    w = W - 24
    out.image(12, 8, w, min(c.page_h - 16, w * img.height / img.width), img)
    return [out]


_r(
    "medstat-specialist-referentiekolom-rechts-c059-handtekening-boven-naam-32",
    "medical-statement",
    "nl",
    medstat_refcolumn,
    "a specialist's statement with the references in a narrow right column, signature above the "
    "name, 'c.c. huisarts'",
)
_r(
    "medstat-huisarts-episodelijst-icpc-klembord-foto-32",
    "medical-statement",
    "nl",
    medstat_gp_episodes,
    "a GP's statement with the ICPC episode list, stamp beside the signature, photographed on a clipboard",
)


# =========================================================================== care-institution statements


def care_checkbox_letter(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The care institution's letter with a grey 'Bevestiging' panel listing four confirmations, each after a
    ticked square (treatment possible, place available, start and end dates, payment arranged), the medical
    director's signature ACROSS the institution's round stamp."""
    h = c.hospital
    s, e = _care_dates(c)
    sh = c.new_sheet()
    W = c.page_w
    f, fb = COND, COND_B
    col = h.get("color", OCEAN)
    T(sh, W - 18, 14, h["name"], font=fb, size=12, color=col, align="right")
    T(sh, W - 18, 19.5, f"{h['street']} · {h['pc']} {h['city']}", font=f, size=8, color=GREY, align="right")
    for i, ln in enumerate(_addr_lines(c)):
        T(sh, 20, 40 + i * 5, ln, font=f, size=10)
    dd = c.sub - dt.timedelta(days=rng.randint(5, 30))
    T(sh, 20, 66, f"{h['city']}, {d_nl(dd)}", font=f, size=10)
    T(sh, 20, 74, "Betreft: bevestiging behandeling", font=fb, size=10.5)
    y = P(sh, 20, 84, W - 40, f"Geachte {title_nl(c.p)} {c.p.surname},", font=f, size=10) + 2
    y = (
        P(
            sh,
            20,
            y,
            W - 40,
            f"Hierbij bevestigen wij dat u bij {h['name']} wordt behandeld voor {c.med['dx']}. Wij "
            "bevestigen het volgende:",
            font=f,
            size=10,
        )
        + 4
    )
    items = [
        "Onze instelling kan de noodzakelijke behandeling bieden en zal die ook uitvoeren.",
        f"Er is plaats voor u op de afdeling {c.med['spec']}.",
        f"De behandeling ({c.med['tx_short']}) loopt van {d_nl(s)} tot ten minste {d_nl(e)}.",
        _payer_phrase(c),
    ]
    hbox = 6 + sum(4.6 * len(wrap(t, W - 60, f, 9.8)) + 3 for t in items)
    sh.rect(20, y, W - 40, hbox, width_mm=0, fill=(236, 236, 236))
    T(sh, 23, y + 1.5, "Bevestiging", font=fb, size=9.5)
    yy = y + 7
    for t in items:
        sh.checkbox(24, yy + 0.3, 3.6, True)
        yy = P(sh, 31, yy, W - 60, t, font=f, size=9.8, leading=1.32) + 3
    y += hbox + 8
    T(sh, 20, y, "Met vriendelijke groet,", font=f, size=10)
    sh.stamp(
        24,
        y + 4,
        [h["name"].upper()[:28], "DIRECTIE", h["city"].upper()],
        rng,
        shape="round",
        size_mm=27,
        color=(40, 62, 160),
    )
    sh.signature(20, y + 10, rng.uniform(44, 54), 16, rng, color=BLACK_INK)
    T(sh, 20, y + 32, f"{_who(c, 'dir32')}, medisch directeur", font=f, size=9.5)
    return [sh]


def care_admission_label(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An admission/treatment confirmation printed by the hospital's planning office on recycled paper: a
    printed label with the patient's barcode at the top right, the planned treatment as three lines (what, from,
    until), the appointment and department, and the sentence that the institution will treat; no signature,
    only 'Bureau Opname & Planning'."""
    h = c.hospital
    s, e = _care_dates(c)
    sh = c.new_sheet()
    W = c.page_w
    f, fb = NSANS, NSANS_B
    T(sh, 18, 14, h["name"], font=fb, size=12)
    T(sh, 18, 19.5, "Bureau Opname & Planning", font=f, size=9, color=GREY)
    lab = Sheet(64, 24)
    lab.rect(0, 0, 64, 24, width_mm=0.2, color=(190, 190, 190), fill=(255, 255, 250))
    lab.text(2.5, 2, f"{c.p.surname.upper()}, {c.p.given_names}", font=fb, size_pt=8.5)
    lab.text(2.5, 6.2, f"{c.p.birth_date.strftime('%d-%m-%Y')}  {c.p.sex}", font=f, size_pt=8)
    barcode(lab, 2.5, 11, 48, 7, c.p.surname + "32")
    paste(sh, lab, W - 82, 12, dpi=300, angle=rng.uniform(-2, 2))
    T(sh, 18, 48, "Bevestiging van behandeling", font=fb, size=14)
    rows = [
        ("Behandeling", c.med["tx_short"]),
        ("Afdeling", c.med["spec"]),
        ("Start", d_nl(s)),
        ("Tot ten minste", d_nl(e)),
        (
            "Eerste afspraak",
            f"{d_nl(s)}, {rng.choice(['08:30', '09:15', '10:45', '13:30'])} uur, route {rng.randint(10, 99)}",
        ),
    ]
    y = 60
    for a, b in rows:
        T(sh, 20, y, a, font=f, size=10, color=GREY)
        T(sh, 62, y, b, font=fb, size=fit(b, fb, 10, W - 82))
        y += 7.5
    y += 4
    for para in (
        f"Ons ziekenhuis kan en zal de behandeling van {title_nl(c.p)} {c.p.surname} voor {c.med['dx']} "
        "uitvoeren.",
        _payer_phrase(c),
        "Bent u verhinderd? Bel dan uiterlijk 24 uur van tevoren met het planningsbureau.",
    ):
        y = P(sh, 20, y, W - 40, para, font=f, size=10) + 3
    T(sh, 20, y + 6, "Bureau Opname & Planning", font=f, size=10)
    T(
        sh,
        20,
        c.page_h - 16,
        f"{h['street']} · {h['pc']} {h['city']} · {h['web']}",
        font=f,
        size=7.5,
        color=GREY,
    )
    return [sheet_of(recycled(sh.render(200), rng, strength=0.7), W, c.page_h)]


_r(
    "care-bevestigingspaneel-vinkjes-handtekening-over-stempel-32",
    "care-institution-statement",
    "nl",
    care_checkbox_letter,
    "care institution's letter with a grey panel of ticked confirmations, signature across the round stamp",
)
_r(
    "care-opnamebevestiging-planningsbureau-label-zonder-handtekening-gerecycleerd-32",
    "care-institution-statement",
    "nl",
    care_admission_label,
    "the planning office's treatment confirmation with a patient label, no signature, recycled paper",
)


# =========================================================================== health insurance


def polis_wave(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A Dutch insurer's 'Polisblad' with a coloured wave across the top, the insured's data at the left and a QR
    code at the right, the cover as a three-column table (insurance, what it covers, premium), the deductible
    in a note under it."""
    ins = c.insurer_nl
    sh = c.new_sheet()
    W = c.page_w
    f, fb = CARL, CARL_B
    col = ins.get("color", OCEAN)
    for i in range(40):
        x0 = i * W / 40
        hh = 16 + 6 * math.sin(i / 40 * 6.28 + 1)
        sh.rect(x0, 0, W / 40 + 0.3, hh, width_mm=0, fill=col)
    T(sh, 18, 5, ins["name"], font=fb, size=14, color=(255, 255, 255))
    T(sh, 18, 34, f"Polisblad {c.sub.year}", font=fb, size=16)
    rows = [
        ("Verzekeringnemer", f"{c.p.given_names} {c.p.surname}"),
        ("Geboortedatum", c.dfmt(c.p.birth_date)),
        ("Polisnummer", _policy_no(c)),
        ("Ingangsdatum", f"01-01-{c.sub.year}"),
        ("UZOVI", ins.get("uzovi", "")),
    ]
    y = 46
    for a, b in rows:
        T(sh, 18, y, a, font=f, size=9.5, color=GREY)
        T(sh, 64, y, b, font=fb, size=10)
        y += 6.2
    qr(sh, W - 44, 44, 26, _policy_no(c))
    y += 8
    cols = [("Verzekering", 18), ("Wat is gedekt", 70), ("Premie p/m", W - 18)]
    sh.rect(18, y, W - 36, 7, width_mm=0, fill=(232, 236, 240))
    for t, x in cols:
        T(
            sh,
            x + (1 if x != W - 18 else -1),
            y + 1.5,
            t,
            font=fb,
            size=9.5,
            align="right" if x == W - 18 else "left",
        )
    y += 7
    for name, what, prem in (
        (
            rng.choice(["Basis Zeker", "Zorg Natura", "Basisverzekering Vrije Keuze"]),
            "medisch-specialistische zorg, ziekenhuisopname, geneesmiddelen, huisarts, ook bij "
            "aandoeningen die al bestonden",
            eur(rng.uniform(138, 162), False),
        ),
        ("Aanvullend Plus", "fysiotherapie, tandarts tot € 250", eur(rng.uniform(18, 34), False)),
    ):
        rr = wrap(what, W - 120, f, 9.5)
        T(sh, 19, y + 1.5, name, font=f, size=9.5)
        for j, r_ in enumerate(rr):
            T(sh, 71, y + 1.5 + j * 4.4, r_, font=f, size=9.5)
        T(sh, W - 19, y + 1.5, "€ " + prem, font=f, size=9.5, align="right")
        y += 4.4 * len(rr) + 4
        sh.rule(18, y, W - 18, y, width_mm=0.12, color=(190, 190, 190))
    y += 6
    P(
        sh,
        18,
        y,
        W - 36,
        "Verplicht eigen risico: € 385 per kalenderjaar. Deze polis is een zorgverzekering in de zin "
        "van de Zorgverzekeringswet.",
        font=CARL_I,
        size=9.5,
    )
    T(sh, 18, c.page_h - 14, f"{ins['name']} · {ins.get('post', '')}", font=f, size=7.5, color=GREY)
    return [sh]


def intl_seal_certificate(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An international insurer's 'Certificate of Insurance' inside a thin double border, the insurer's name in
    Century Schoolbook capitals, the insured's particulars in a two-column table, the scope of cover as a short
    paragraph with the pre-existing condition named, a gold seal drawn at the lower left and the signature of the
    claims director ABOVE the printed title at the right; printed on the sheet size the insurer's office uses."""
    ins = c.insurer_intl
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    f, fb = CENT, CENT_B
    col = ins.get("color", OCEAN)
    sh.rect(10, 10, W - 20, H - 20, width_mm=0.6, color=col)
    sh.rect(12, 12, W - 24, H - 24, width_mm=0.2, color=col)
    T(
        sh,
        W / 2,
        22,
        ins["name"].upper(),
        font=fb,
        size=fit(ins["name"].upper(), fb, 13, W - 40),
        color=col,
        align="center",
    )
    T(sh, W / 2, 29, ins.get("addr", ""), font=f, size=8.5, color=GREY, align="center")
    T(sh, W / 2, 44, "CERTIFICATE OF INSURANCE", font=fb, size=16, align="center")
    r = random.Random(seed_of("intl32", c.rng_seed))
    s = c.sub - dt.timedelta(days=r.randint(30, 200))
    e = add_years(s, 1) - dt.timedelta(days=1)
    rows = [
        ("Insured person", f"{c.p.given_names} {c.p.surname.upper()}"),
        ("Date of birth", d_en(c.p.birth_date)),
        ("Nationality", nationality_adj(c.p.nationality, "en")),
        ("Certificate No.", _policy_no(c, "CI-")),
        ("Plan", ins.get("plan", "International Health Plan")),
        ("Period of cover", f"{d_en(s)} – {d_en(e)}"),
        ("Territory", "Worldwide incl. the Netherlands"),
    ]
    y = 58
    for a, b in rows:
        sh.rect(24, y, 56, 8, width_mm=0.2, fill=(240, 240, 236))
        sh.rect(80, y, W - 104, 8, width_mm=0.2)
        T(sh, 26, y + 1.8, a, font=f, size=9.5)
        T(sh, 82, y + 1.8, b, font=fb, size=fit(b, fb, 10, W - 108))
        y += 8
    y += 8
    y = (
        P(
            sh,
            24,
            y,
            W - 48,
            "This certifies that the person named above is covered for in-patient and out-patient "
            "hospital treatment, specialist care and prescribed medicines in the Netherlands, "
            f"including the pre-existing condition ({c.med.get('dx_en', c.med.get('dx', ''))}), up to "
            "USD 1,000,000 per policy year. The premium for the period of cover has been paid in "
            "full.",
            font=f,
            size=10.5,
            leading=1.45,
        )
        + 6
    )
    P(sh, 24, y, W - 48, "Claims are settled directly with the treating institution.", font=CENT_I, size=10)
    yb = H - 70
    from PIL import Image, ImageDraw

    im = Image.new("RGBA", (300, 300), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    for k in range(24):
        a0 = k * 15
        d.pieslice([10, 10, 290, 290], a0, a0 + 9, fill=(196, 160, 60, 255))
    d.ellipse([40, 40, 260, 260], fill=(214, 178, 72, 255), outline=(150, 110, 30, 255), width=6)
    d.ellipse([70, 70, 230, 230], outline=(160, 120, 40, 255), width=3)
    sh.image(26, yb, 34, 34, im)
    sh.signature(W - 92, yb + 4, rng.uniform(46, 56), 16, rng, color=BLUE_INK)
    sh.rule(W - 96, yb + 22, W - 26, yb + 22, width_mm=0.25)
    T(sh, W - 96, yb + 24, f"{_who(c, 'cd32')}", font=f, size=9.5)
    T(sh, W - 96, yb + 29, "Claims Director", font=f, size=9, color=GREY)
    T(
        sh,
        W / 2,
        H - 16,
        f"Issued {d_en(c.sub - dt.timedelta(days=r.randint(5, 25)))}",
        font=f,
        size=8,
        color=GREY,
        align="center",
    )
    return [sh]


def incoming_envelope(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An incoming insurer's policy confirmation as a window-envelope letter: the insurer's name and a thin
    coloured line, the insured's address in the window, a boxed 'Uw polis in het kort', the cover explained in
    two short paragraphs, signed by the managing agent with a typed name only; copied on recycled paper."""
    name = _incoming_name(c)
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    f, fb = NSANS, NSANS_B
    T(sh, 18, 14, name, font=fb, size=13, color=PLUM)
    sh.rule(18, 21, W - 18, 21, width_mm=0.8, color=PLUM)
    for i, ln in enumerate(_addr_lines(c)):
        T(sh, 24, 42 + i * 5, ln, font=f, size=10)
    dd = c.sub - dt.timedelta(days=random.Random(c.rng_seed + 5).randint(20, 140))
    T(sh, W - 18, 42, d_nl(dd), font=f, size=10, align="right")
    T(sh, 18, 72, "Uw polis in het kort", font=fb, size=11)
    s = dd + dt.timedelta(days=5)
    e = add_years(s, 1) - dt.timedelta(days=1)
    rows = [
        ("Verzekerde", f"{c.p.given_names} {c.p.surname}"),
        ("Geboortedatum", c.dfmt(c.p.birth_date)),
        ("Polisnummer", _policy_no(c, "INC")),
        ("Looptijd", f"{d_nl(s)} t/m {d_nl(e)}"),
        ("Dekking", "ziekenhuis, specialist, geneesmiddelen; bestaande aandoening meeverzekerd"),
    ]
    sh.rect(18, 78, W - 36, 7 * len(rows) + 5, width_mm=0.4, color=PLUM)
    y = 81
    for a, b in rows:
        T(sh, 22, y, a, font=f, size=9.5, color=GREY)
        T(sh, 64, y, b, font=fb, size=fit(b, fb, 9.8, W - 88))
        y += 7
    y += 12
    for para in (
        f"Geachte {title_nl(c.p)} {c.p.surname},",
        "Hierbij bevestigen wij uw incoming zorgverzekering. U bent verzekerd voor medisch noodzakelijke "
        f"zorg in Nederland, inclusief de behandeling van {c.med.get('dx', 'uw bekende aandoening')} in "
        f"{c.hospital.get('name', 'het ziekenhuis')}.",
        "De premie is voor de hele looptijd betaald. Deze verzekering is geen zorgverzekering in de zin "
        "van de Zorgverzekeringswet.",
        "Met vriendelijke groet,",
    ):
        y = P(sh, 18, y, W - 36, para, font=f, size=10) + 3
    T(sh, 18, y + 4, f"{_who(c, 'inc32')}, gevolmachtigd agent", font=f, size=10)
    return [sheet_of(recycled(sh.render(200), rng, strength=0.6), W, H)]


_r(
    "polisblad-golfband-qr-dekkingstabel-drie-kolommen-32",
    "health-insurance",
    "nl",
    polis_wave,
    "a Dutch insurer's policy sheet with a coloured wave across the top, QR code and a three-column cover table",
)
_r(
    "intl-certificate-jamaica-dubbele-rand-gouden-zegel-32",
    "health-insurance",
    "en",
    intl_seal_certificate,
    "an international insurer's certificate in a double border with a gold seal, signature above the title",
)
_r(
    "incoming-vensterbrief-polis-in-het-kort-kader-gerecycleerd-32",
    "health-insurance",
    "nl",
    incoming_envelope,
    "an incoming insurer's window-envelope letter with a boxed policy summary, recycled paper",
)


# =========================================================================== civic integration


def duo_diploma(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """DUO's diploma inburgering in landscape with a broad ocean-blue margin at the LEFT carrying 'DIPLOMA' in
    white rotated capitals, the holder's name in URW Bookman, the parts as a row of five ticked cells, the number
    and the date under it; photographed on a duvet with the flash and printed."""
    sub = Sheet(297, 210)
    p = c.p
    sub.rect(0, 0, 40, 210, width_mm=0, fill=OCEAN)
    band = Sheet(200, 30)
    band.rect(0, 0, 200, 30, width_mm=0, fill=OCEAN)
    band.text(10, 4, "DIPLOMA INBURGERING", font=NSANS_B, size_pt=44, color=(255, 255, 255))
    sub.image(6, 10, 28, 190, band.render(120).rotate(90, expand=True))
    T(sub, 60, 26, "Dienst Uitvoering Onderwijs", font=NSANS, size=12, color=GREY)
    T(sub, 60, 48, "verklaart dat", font=BOOK, size=14)
    nm = f"{p.given_names} {p.surname}"
    T(sub, 60, 60, nm, font=BOOK_B, size=fit(nm, BOOK_B, 26, 220))
    T(sub, 60, 76, f"geboren op {d_nl(p.birth_date)} te {p.birth_place}", font=BOOK, size=13)
    P(
        sub,
        60,
        90,
        220,
        "heeft voldaan aan de inburgeringsplicht van de Wet inburgering 2021 en het "
        "inburgeringsexamen op niveau B1 heeft behaald.",
        font=BOOK,
        size=13,
    )
    parts = ["Lezen", "Luisteren", "Schrijven", "Spreken", "KNM"]
    for i, pt in enumerate(parts):
        x = 60 + i * 44
        sub.rect(x, 120, 42, 16, width_mm=0.4, color=OCEAN)
        T(sub, x + 3, 123, pt, font=NSANS_B, size=11)
        T(sub, x + 34, 122.5, "✓", font="sans3", size=14, color=OCEAN)
        T(sub, x + 3, 129.5, "B1" if pt != "KNM" else "behaald", font=NSANS, size=9, color=GREY)
    dd = _inb_date(c, rng)
    r = random.Random(seed_of("dip32", c.rng_seed))
    T(sub, 60, 152, f"Diplomanummer {r.randint(10**7, 10**8 - 1)}", font=NSANS, size=11)
    T(sub, 60, 159, f"Groningen, {d_nl(dd)}", font=NSANS, size=11)
    sub.signature(190, 150, 50, 16, rng, color=BLACK_INK)
    T(sub, 190, 168, "de directeur-generaal van DUO", font=NSANS, size=9.5, color=GREY)
    img = duvet_photo(sub, rng, dpi=110, flash=True)
    sh = c.new_sheet()
    W = c.page_w
    w = W - 20
    sh.image(10, 20, w, w * img.height / img.width, img)
    return [sh]


def duo_exemption(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """DUO's exemption decision as a letter with the 'Besluit' in a box with a thick left border, the reasons in
    a short paragraph with the article of the Besluit inburgering 2021, the objection clause at the foot in small
    type; copied on recycled paper with the received-stamp of the lawyer's office."""
    sh = c.new_sheet()
    W = c.page_w
    f, fb = NSANS, NSANS_B
    p = c.p
    dd = _inb_date(c, rng)
    T(sh, 18, 14, "DUO", font=NSANS_B, size=22, color=(0, 84, 150))
    T(sh, 48, 16, "Ministerie van Onderwijs, Cultuur en Wetenschap", font=f, size=8.5, color=GREY)
    for i, ln in enumerate(_addr_lines(c)):
        T(sh, 22, 42 + i * 5, ln, font=f, size=10)
    r = random.Random(seed_of("ont32", c.rng_seed))
    T(
        sh,
        18,
        70,
        f"Datum {d_nl(dd)}    Ons kenmerk ONTH-{r.randint(100000, 999999)}    Geboortedatum "
        f"{c.dfmt(p.birth_date)}",
        font=f,
        size=8.8,
    )
    T(sh, 18, 80, "Onderwerp: uw aanvraag voor ontheffing van de inburgeringsplicht", font=fb, size=10.5)
    y = P(sh, 18, 90, W - 36, f"Geachte {title_nl(p)} {p.surname},", font=f, size=10.5) + 3
    sh.rect(18, y, 2.2, 22, width_mm=0, fill=(0, 84, 150))
    sh.rect(20.2, y, W - 38.2, 22, width_mm=0, fill=(238, 242, 248))
    T(sh, 24, y + 2, "Besluit", font=fb, size=10.5)
    P(
        sh,
        24,
        y + 8,
        W - 46,
        "U krijgt ontheffing van de inburgeringsplicht. U hoeft het inburgeringsexamen niet te doen.",
        font=f,
        size=10.5,
    )
    y += 28
    y = (
        P(
            sh,
            18,
            y,
            W - 36,
            "Uit het medisch advies blijkt dat u door een blijvende lichamelijke of psychische "
            "beperking niet kunt voldoen aan de inburgeringsplicht (artikel 2.8 Besluit inburgering "
            "2021). Daarom nemen wij dit besluit.",
            font=f,
            size=10.5,
        )
        + 4
    )
    y = (
        P(
            sh,
            18,
            y,
            W - 36,
            "Met vriendelijke groet,\nDienst Uitvoering Onderwijs, namens de minister van Sociale "
            "Zaken en Werkgelegenheid",
            font=f,
            size=10.5,
        )
        + 10
    )
    P(
        sh,
        18,
        c.page_h - 36,
        W - 36,
        "Bent u het niet eens met dit besluit? U kunt binnen zes weken na de datum van dit "
        "besluit bezwaar maken bij DUO.",
        font=NSANS_I,
        size=8.5,
        color=GREY,
    )
    dater(
        sh,
        W - 70,
        26,
        "ONTVANGEN",
        dd + dt.timedelta(days=rng.randint(3, 12)),
        rng,
        color=(170, 40, 50),
        lang="nl",
        size=26,
    )
    return [sheet_of(recycled(sh.render(200), rng, strength=0.7), W, c.page_h)]


def duo_results(c: Case, rng: random.Random, *, failed: bool = False, **_) -> list[Sheet]:
    """DUO's results letter: the exam parts as lines with a horizontal bar for the score and a tick mark at the
    required score, 'gehaald' or 'niet gehaald' at the end of each line; the overall verdict in bold under it."""
    sh = c.new_sheet()
    W = c.page_w
    f, fb = CARL, CARL_B
    p = c.p
    dd = _inb_date(c, rng)
    T(sh, 18, 14, "DUO", font=NSANS_B, size=20, color=(0, 84, 150))
    T(sh, 44, 16, "Inburgeringsexamen – uitslag", font=f, size=10, color=GREY)
    for i, ln in enumerate(_addr_lines(c)):
        T(sh, 22, 40 + i * 5, ln, font=f, size=10)
    T(sh, 18, 64, f"Datum: {d_nl(dd)}  ·  Geboortedatum: {c.dfmt(p.birth_date)}", font=f, size=9.5)
    T(sh, 18, 76, "Uw uitslagen", font=fb, size=13)
    parts = ["Lezen B1", "Luisteren B1", "Schrijven B1", "Spreken B1", "Kennis Nederlandse Maatschappij"]
    bad = random.Random(seed_of("fail32", c.rng_seed)).randrange(4) if failed else -1
    y = 88
    for k, pt in enumerate(parts):
        ok = k != bad
        need = rng.choice([24, 25, 26])
        score = rng.randint(need, need + 10) if ok else rng.randint(need - 8, need - 1)
        T(sh, 18, y, pt, font=f, size=10)
        x0, wbar = 80, 80
        sh.rect(x0, y + 0.5, wbar, 4.5, width_mm=0.2, color=(150, 150, 150), fill=(244, 244, 244))
        sh.rect(x0, y + 0.5, wbar * score / 40, 4.5, width_mm=0, fill=(0, 84, 150) if ok else (190, 60, 50))
        sh.rule(x0 + wbar * need / 40, y - 0.8, x0 + wbar * need / 40, y + 6.2, width_mm=0.5)
        T(sh, x0 + wbar + 4, y, f"{score}/{need}", font=f, size=9.5, color=GREY)
        T(
            sh,
            W - 18,
            y,
            "gehaald" if ok else "niet gehaald",
            font=fb if not ok else f,
            size=10,
            align="right",
        )
        y += 10
    y += 6
    T(
        sh,
        18,
        y,
        "U heeft nog niet alle onderdelen gehaald."
        if failed
        else "U heeft alle onderdelen gehaald. Uw diploma ontvangt u apart.",
        font=fb,
        size=10.5,
    )
    return [sh]


_r(
    "duo-diploma-liggend-blauwe-kantlijn-vinkcellen-dekbed-foto-32",
    "civic-integration",
    "nl",
    duo_diploma,
    "DUO diploma in landscape with a broad blue left margin, ticked part cells, photographed on a duvet",
)
_r(
    "duo-ontheffing-besluitvak-dikke-linkerrand-ontvangststempel-gerecycleerd-32",
    "civic-integration",
    "nl",
    duo_exemption,
    "DUO exemption decision with the decision in a box with a thick left border, received stamp",
)
_r(
    "duo-uitslag-scorebalken-cesuurstreep-gehaald-32",
    "civic-integration",
    "nl",
    duo_results,
    "DUO results letter with a score bar per part and a tick at the required score",
)


# =========================================================================== other


def cover_letter(c: Case, rng: random.Random, *, enclosures: list[str] | None = None, **_) -> list[Sheet]:
    """A Dutch lawyer's cover letter whose letterhead is a single line in spaced capitals under a thick rule at the
    top, the addressee at the left, the references (datum, V-nummer, ons kenmerk) in a row of label/value pairs,
    the enclosures ticked off in a two-column checklist, the signature at the end with no typed name under it,
    only the firm's stamp beside it."""
    from .ind import LAWYERS

    lw = c.lawyer or LAWYERS[0]
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    f, fb = CENT, CENT_B
    col = rng.choice([(30, 50, 90), (90, 30, 40), (30, 80, 60)])
    sh.rule(18, 12, W - 18, 12, width_mm=1.4, color=col)
    T(sh, 18, 15, "   ".join(lw["firm"].upper().split()), font=NSANS, size=9, color=col)
    T(sh, W - 18, 15, f"{lw['city']} · {lw['tel']}", font=NSANS, size=8.5, color=GREY, align="right")
    addr = IND_ADDRESSES[rng.randrange(len(IND_ADDRESSES))].split("\n")
    for i, ln in enumerate(addr):
        T(sh, 22, 40 + i * 5, ln, font=f, size=10.5)
    dd = c.sub - dt.timedelta(days=rng.randint(0, 3))
    x = 22
    for a, b in (
        ("Datum", d_nl(dd)),
        ("V-nummer", c.vnr),
        ("Ons kenmerk", f"{dd.year}/{rng.randint(1000, 9999)}"),
    ):
        T(sh, x, 66, a, font=NSANS, size=7.5, color=GREY)
        T(sh, x, 70, b, font=f, size=10.5)
        x += 56
    y = (
        P(
            sh,
            22,
            82,
            W - 44,
            f"Betreft: {c.p.given_names} {c.p.surname}, geboren {c.dfmt(c.p.birth_date)} – "
            f"{PROC_NL[c.procedure]}",
            font=fb,
            size=10.5,
        )
        + 4
    )
    paras = [
        "Geachte heer, mevrouw,",
        f"Namens {title_nl(c.p)} {c.p.surname} zend ik u hierbij de aanvraag voor {PROC_NL[c.procedure]}, "
        f"met het ondertekende formulier en kopieën van de stukken.",
    ]
    if c.procedure == "ind-medical-treatment" and c.art64_end:
        paras.append(
            f"Aan cliënt is uitstel van vertrek verleend op grond van artikel 64 Vw. Het jaar uitstel "
            f"eindigt op {d_nl(c.art64_end)}; de aanvraag wordt daarom nu ingediend. Cliënt wordt nog "
            f"behandeld voor {c.med.get('dx', 'de aandoening')}."
        )
    if c.procedure == "ind-hnt-continued" and c.since:
        paras.append(
            f"Cliënt heeft sinds {d_nl(c.since)} een verblijfsvergunning "
            f"({dict(ROUTES_7027).get(c.route, '').replace('na verblijf ', '')})."
        )
    if c.no_passport:
        paras.append(
            "Cliënt heeft geen geldig paspoort. Ik verzoek u cliënt vrij te stellen van het "
            "paspoortvereiste. " + " ".join(EXEMPTION_TEXT[i] for i in c.exemption_shown)
        )
    if c.suriname_visa:
        paras.append(
            "Cliënt heeft de Surinaamse nationaliteit en verblijft hier met een visum voor medische "
            "behandeling (kopie bijgevoegd). De behandeling is nog nodig en de betaling is geregeld."
        )
    for p_ in paras:
        y = P(sh, 22, y, W - 44, p_, font=f, size=10.5) + 3
    if enclosures:
        y += 2
        T(sh, 22, y, "Bijlagen", font=fb, size=10.5)
        y += 6
        half = (len(enclosures) + 1) // 2
        for i, e_ in enumerate(enclosures):
            x = 24 + (i // half) * ((W - 48) / 2)
            yy = y + (i % half) * 6
            sh.checkbox(x, yy + 0.3, 3.4, True)
            T(sh, x + 5.5, yy, e_, font=f, size=9.8)
        y += half * 6 + 4
    T(sh, 22, y + 2, "Hoogachtend,", font=f, size=10.5)
    sh.signature(24, y + 7, rng.uniform(44, 56), 16, rng, color=rng.choice([BLUE_INK, BLACK_INK]))
    sh.stamp(
        90,
        y + 5,
        [lw["firm"].upper()[:30], "ADVOCATEN", lw["city"].upper()],
        rng,
        shape="oval",
        size_mm=28,
        color=(40, 60, 150),
    )
    T(
        sh,
        W / 2,
        H - 14,
        f"{lw['street']} · {lw['pc']} {lw['city']} · {lw['mail']}",
        font=NSANS,
        size=7.5,
        color=GREY,
        align="center",
    )
    return [c.intr(sh)]


def _ind_head(sh: Sheet, c: Case, dd: dt.date, subject: str) -> float:
    """The IND's letters of this part: a narrow blue bar down the left edge, 'IND' and the service's name beside
    it, the references (date, V-nummer, kenmerk) stacked at the top right, the addressee at the left, the subject
    in bold."""
    W = c.page_w
    sh.rect(0, 0, 6, c.page_h, width_mm=0, fill=OCEAN)
    T(sh, 16, 12, "IND", font=NSANS_B, size=18, color=OCEAN)
    T(sh, 36, 14, "Immigratie- en Naturalisatiedienst", font=NSANS, size=8.5, color=GREY)
    r = random.Random(seed_of("ind32", c.rng_seed))
    for i, (a, b) in enumerate(
        (("Datum", d_nl(dd)), ("V-nummer", c.vnr), ("Kenmerk", str(r.randint(10**6, 10**7))))
    ):
        T(sh, W - 62, 30 + i * 9, a, font=NSANS, size=7.5, color=GREY)
        T(sh, W - 62, 33.6 + i * 9, b, font=NSANS, size=9.5)
    y = 40
    for ln in _addr_lines(c):
        T(sh, 16, y, ln, font=CENT, size=10)
        y += 5
    T(sh, 16, 72, subject, font=CENT_B, size=11)
    return 84


def art64_decision(c: Case, rng: random.Random, **_) -> list[Sheet]:
    end = c.art64_end or (c.since - dt.timedelta(days=1) if c.since else c.sub + dt.timedelta(days=10))
    start = add_years(end, -1) + dt.timedelta(days=1)
    dd = start + dt.timedelta(days=rng.randint(3, 25))
    sh = c.new_sheet()
    y = _ind_head(sh, c, dd, "Besluit over uitstel van vertrek (artikel 64 Vreemdelingenwet)")
    for para in (
        f"Geachte {title_nl(c.p)} {c.p.surname},",
        "Het Bureau Medische Advisering heeft geadviseerd dat u om medische redenen nu niet kunt reizen.",
        f"U krijgt uitstel van vertrek van {d_nl(start)} tot en met {d_nl(end)}.",
        "Met vriendelijke groet,\nde minister van Asiel en Migratie,\nnamens deze,\nde Immigratie- en "
        "Naturalisatiedienst",
    ):
        y = P(sh, 16, y, c.page_w - 36, para, font=CENT, size=10.5) + 4
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
    y = _ind_head(sh, c, dd, "Besluit op uw aanvraag: toegewezen")
    for para in (
        f"Geachte {title_nl(c.p)} {c.p.surname},",
        f"U krijgt een verblijfsvergunning regulier voor bepaalde tijd met als verblijfsdoel '{purpose}'.",
        f"De vergunning gaat in op {d_nl(since)}.",
        "Met vriendelijke groet,\nde Immigratie- en Naturalisatiedienst",
    ):
        y = P(sh, 16, y, c.page_w - 36, para, font=CENT, size=10.5) + 4
    return [c.intr(sh)]


def mvv_page(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The passport page with the MVV sticker copied on recycled paper at the top of the sheet, the sticker
    slightly turned, with an inky fingerprint from the office's stamp pad beside it."""
    page = Sheet(125, 88)
    page.rect(0, 0, 125, 88, width_mm=0, fill=(236, 240, 232))
    vx, vy, w, h = 6, 6, 113, 76
    page.rect(vx, vy, w, h, width_mm=0.2, fill=(226, 236, 246))
    page.text(vx + 3, vy + 3, "VISUM · VISA · NEDERLAND · MVV", font=NSANS_B, size_pt=8, color=(20, 60, 120))
    start = c.sub - dt.timedelta(days=rng.randint(150, 200))
    end = start + dt.timedelta(days=rng.randint(85, 90))
    pno = c.passport_no or f"R{rng.randint(1000000, 9999999)}"
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
        page.text(vx + 3, y, a, font=NSANS, size_pt=5.3, color=GREY)
        page.text(vx + 38, y, b, font=NSANS_B, size_pt=7.2)
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
    sh = c.new_sheet()
    paste(sh, page, 30, 18, k=1.1, dpi=260, angle=rng.uniform(-3, 3))
    stamp_smudge(sh, rng.uniform(150, 175), rng.uniform(130, 150), rng, color=(60, 60, 140), size=14)
    return [sheet_of(recycled(sh.render(200), rng, strength=0.7), c.page_w, c.page_h)]


_r(
    "cover-letter-briefhoofdregel-spatiekapitalen-bijlagen-vinklijst-stempel-naast-handtekening-32",
    "other",
    "nl",
    cover_letter,
    "Dutch lawyer's cover letter with a one-line letterhead in spaced capitals, ticked enclosures, no "
    "typed name under the signature",
)
_r(
    "art64-decision-ind-blauwe-kantlijnbalk-referenties-gestapeld-32",
    "other",
    "nl",
    art64_decision,
    "IND art. 64 decision with a blue bar down the left edge and stacked references",
)
_r(
    "permit-letter-ind-blauwe-kantlijnbalk-referenties-gestapeld-32",
    "other",
    "nl",
    permit_decision,
    "IND permit decision in the same layout",
)
_r(
    "mvv-sticker-sur-gerecycleerd-papier-vingerafdruk-32",
    "other",
    "nl",
    mvv_page,
    "the MVV sticker page copied on recycled paper with an inky fingerprint",
)
