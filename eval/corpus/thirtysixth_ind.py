"""IND families of the `thirtysixth` part (registered in ind.FAMILIES).

Written after dev, heldout and the parts fresh to thirty-fifth had been read, by a writer who saw neither the
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
    add_months,
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
from .thirtysixth_identity import (
    BLOCK,
    BOOK,
    BOOK_B,
    BOOK_I,
    CARL,
    CARL_B,
    CARL_I,
    CPR,
    CSB,
    CSB_B,
    CSB_I,
    DKG,
    DSCN,
    DSCN_B,
    FSANS,
    FSANS_B,
    LNAR,
    LNAR_B,
    LNAR_I,
    NMONO,
    NSANS,
    NSANS_B,
    NSANS_I,
    binder_clip,
    colour_cast,
    dog_ear,
    hand_tick,
    rosette,
    thumb_smudge,
)
from .twentyeighth_identity import barcode, fit, glyphs, paste, qr, sheet_of, wrap

PART = "thirtysixth"
GREY = (96, 96, 102)
IND_COL = (21, 66, 115)
DUO_COL = (0, 84, 150)


def T(sh: Sheet, x, y, s, *, font=NSANS, size=10.0, color=(0, 0, 0), align="left") -> float:
    if not s:
        return 0.0
    return sh.text(x, y, s, font=font, size_pt=size, color=color, anchor=align)


def P(sh: Sheet, x, y, w, s, *, font=CSB, size=10.5, leading=1.42, align="left", color=(0, 0, 0)) -> float:
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


def _same_size(c: Case, img) -> Sheet:
    return sheet_of(img, c.page_w, c.page_h)


def _care_span(c: Case) -> tuple[dt.date, dt.date]:
    s, e = _care_dates(c)
    if e <= c.sub + dt.timedelta(days=90):
        e = add_months(max(s, c.sub), 12)
    return s, e


def _lint(sh: Sheet, H: float, col=IND_COL) -> None:
    """The central government's ribbon: a narrow coloured band down from the top at the left of the centre."""
    sh.rect(22, 0, 7, 24, width_mm=0, fill=col)
    sh.rect(23.2, 14, 4.6, 4.6, width_mm=0.25, color=(255, 255, 255))


# =========================================================================== application forms


class _Form:
    """The IND's forms in a 2036 edition: the government ribbon at the top left with the IND's name beside it; on
    every page the V-number in a rounded box with ten cells under the ribbon; each question in a light tinted band
    across the width with its number ('2.3') at the left, the answer on a dotted line UNDER the band; options as
    circles (filled on screen, crossed by hand on paper); the form code and 'n/N' printed VERTICALLY along the right
    edge; filled in on screen in Nimbus Mono or by hand in ballpoint (dkg hand, names in block capitals); the
    signature in a box at the end with its label above it."""

    def __init__(self, c: Case, rng: random.Random, title: str, code: str):
        self.c, self.rng, self.title, self.code = c, rng, title, code
        self.hand = c.fill == "hand"
        self.ink = rng.choice([BLUE_INK, BLACK_INK])
        self.pages: list[Sheet] = []
        self.sec = 0
        self.q = 0
        self.y = 0.0
        self.new()

    def new(self):
        c = self.c
        sh = c.new_sheet()
        W, H = c.page_w, c.page_h
        _lint(sh, H)
        T(sh, 32, 10, "Immigratie- en", font=NSANS_B, size=9.5, color=IND_COL)
        T(sh, 32, 14.2, "Naturalisatiedienst", font=NSANS_B, size=9.5, color=IND_COL)
        T(sh, 32, 18.4, "Ministerie van Asiel en Migratie", font=NSANS_I, size=7.5, color=GREY)
        sh.rect(22, 28, 66, 12, width_mm=0.3, color=IND_COL)
        T(sh, 24, 28.8, "V-nummer", font=NSANS, size=7, color=GREY)
        for i in range(10):
            x = 24 + i * 6.2
            sh.rect(x, 32.2, 5.6, 6.6, width_mm=0.2, color=(120, 120, 130))
            ch = self.c.vnr[i] if i < len(self.c.vnr) else ""
            if self.hand:
                sh.handwriting(x + 1.0, 32.0, ch, self.rng, size_pt=12, color=self.ink, font=DKG)
            else:
                T(sh, x + 2.8, 33.4, ch, font=NMONO, size=10.5, align="center")
        if not self.pages:
            self.y = P(sh, 22, 46, W - 44, self.title, font=NSANS_B, size=13.5, leading=1.2) + 4
        else:
            self.y = 46
        self.pages.append(c.intr(sh))

    def need(self, h: float):
        if self.y + h > self.c.page_h - 22:
            self.new()

    def head(self, title: str):
        self.need(24)
        self.sec += 1
        self.q = 0
        sh = self.pages[-1]
        T(sh, 22, self.y, f"{self.sec}  {title}", font=NSANS_B, size=11, color=IND_COL)
        sh.rule(22, self.y + 5.2, self.c.page_w - 22, self.y + 5.2, width_mm=0.5, color=IND_COL)
        self.y += 8

    def _val(self, sh, x, y, w, v):
        v = str(v)
        if self.hand:
            vv = glyphs(v, DKG)
            sh.handwriting(
                x, y - 1.6, vv, self.rng, size_pt=fit(vv, DKG, 12, w / 1.1), color=self.ink, font=DKG
            )
        else:
            T(sh, x, y, v, font=NMONO, size=fit(v, NMONO, 9.8, w))

    def ask(self, q: str, value: str | None, *, caps: bool = False):
        W = self.c.page_w
        self.q += 1
        font = DKG if self.hand else NMONO
        vs = str(value or "")
        if self.hand and caps:
            vs = vs.upper()
        rows = wrap(vs, (W - 50) / (1.1 if self.hand else 1), font, 12 if self.hand else 9.8) or [""]
        h = 6 + 6.4 * len(rows) + 2
        self.need(h)
        sh = self.pages[-1]
        sh.rect(22, self.y, W - 44, 5.4, width_mm=0, fill=(232, 238, 244))
        T(sh, 23.5, self.y + 0.9, f"{self.sec}.{self.q}", font=NSANS_B, size=8.4, color=IND_COL)
        T(sh, 33, self.y + 0.9, q, font=NSANS, size=8.8)
        y = self.y + 6.6
        for r_ in rows:
            sh.rule(26, y + 5.0, W - 22, y + 5.0, width_mm=0.15, color=(120, 120, 120), dash=0.4)
            if r_:
                if self.hand and caps:
                    vv = glyphs(r_, BLOCK)
                    sh.handwriting(
                        27,
                        y - 1.2,
                        vv,
                        self.rng,
                        size_pt=fit(vv, BLOCK, 11, (W - 52) / 1.1),
                        color=self.ink,
                        font=BLOCK,
                    )
                else:
                    self._val(sh, 27, y + 0.6, W - 52, r_)
            y += 6.4
        self.y = y + 2

    def choose(self, q: str, options: list[str], chosen: int | None):
        W = self.c.page_w
        self.q += 1
        self.need(7 + 6 * len(options) + 2)
        sh = self.pages[-1]
        sh.rect(22, self.y, W - 44, 5.4, width_mm=0, fill=(232, 238, 244))
        T(sh, 23.5, self.y + 0.9, f"{self.sec}.{self.q}", font=NSANS_B, size=8.4, color=IND_COL)
        T(sh, 33, self.y + 0.9, q, font=NSANS, size=fit(q, NSANS, 8.8, W - 58))
        y = self.y + 7.4
        for i, o in enumerate(options):
            self._circle(sh, 28.9, y + 1.9, 1.9, chosen == i)
            T(sh, 33, y - 0.2, o, font=NSANS, size=9.2)
            y += 5.8
        self.y = y + 2

    def _circle(self, sh, cx, cy, r, on):
        from PIL import Image, ImageDraw

        k = 40
        n = int(2 * r * k) + 8
        im = Image.new("RGBA", (n, n), (0, 0, 0, 0))
        d = ImageDraw.Draw(im)
        d.ellipse([4, 4, n - 4, n - 4], outline=(40, 40, 40, 255), width=max(2, n // 16))
        if on and not self.hand:
            d.ellipse([n * 0.3, n * 0.3, n * 0.7, n * 0.7], fill=(20, 20, 20, 255))
        sh.image(cx - r - 0.1, cy - r - 0.1, 2 * r + 0.2, 2 * r + 0.2, im)
        if on and self.hand:
            hand_tick(sh, cx - r - 0.6, cy - r - 1.4, self.rng, color=self.ink, size=2 * r + 2)

    def sign(self):
        c = self.c
        self.need(58)
        self.head("Ondertekening")
        W = c.page_w
        sh = self.pages[-1]
        self.y = (
            P(
                sh,
                22,
                self.y,
                W - 44,
                "Ik verklaar dat ik dit formulier volledig en naar waarheid heb ingevuld. Ik "
                "weet dat de IND mijn gegevens kan controleren.",
                font=NSANS,
                size=9,
            )
            + 3
        )
        d0 = c.sub - dt.timedelta(days=self.rng.randint(1, 9))
        self.ask("Plaats", c.p.address.city if c.p.address else "Utrecht")
        self.ask("Datum", c.dfmt(d0))
        sh = self.pages[-1]
        y = self.y + 2
        T(sh, 22, y, "Handtekening aanvrager", font=NSANS, size=8.6, color=GREY)
        sh.rect(22, y + 4, 96, 26, width_mm=0.35)
        sh.signature(
            28 + self.rng.uniform(0, 18), y + 8, self.rng.uniform(46, 58), 16, self.rng, color=self.ink
        )
        self.y = y + 34

    def finish(self) -> list[Sheet]:
        from .ind import rotated_text_image

        n = len(self.pages)
        W, H = self.c.page_w, self.c.page_h
        for i, sh in enumerate(self.pages, 1):
            img = rotated_text_image(
                f"{self.code} · uitgave 2036/1 · {i}/{n}", NSANS, 7.5, color=GREY, angle=90
            )
            w_mm, h_mm = img.width / 200 * 25.4, img.height / 200 * 25.4
            sh.image(W - 10, H - 30 - h_mm, w_mm, h_mm, img)
        return self.pages


def _person(f: _Form):
    c, p = f.c, f.c.p
    f.head("Uw gegevens")
    f.ask("Achternaam (zoals in uw paspoort)", p.surname, caps=True)
    f.ask("Voornamen", p.given_names, caps=True)
    f.ask("Geboortedatum (dag-maand-jaar)", c.dfmt(p.birth_date))
    f.ask("Geboorteplaats en geboorteland", f"{p.birth_place}, {country_nl(p)}")
    f.ask("Nationaliteit", nat_nl(p))
    f.choose("Geslacht", ["man", "vrouw"], 0 if p.sex == "M" else 1)
    if p.address:
        f.ask(
            "Woonadres in Nederland",
            f"{p.address.street} {p.address.number}, {p.address.postcode} {p.address.city}",
        )
    f.head("Contactpersoon")
    if c.lawyer:
        f.choose("Heeft u een advocaat of gemachtigde?", ["ja", "nee"], 0)
        f.ask("Naam en kantoor", f"{c.lawyer_name}, {c.lawyer['firm']}")
        f.ask("Adres kantoor", f"{c.lawyer['street']}, {c.lawyer['pc']} {c.lawyer['city']}")
    else:
        f.choose("Heeft u een advocaat of gemachtigde?", ["ja", "nee"], 1)


def form_med(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _Form(c, rng, "Aanvraag verblijfsvergunning – verblijfsdoel medische behandeling", "IND-MB36")
    _person(f)
    f.head("Behandeling")
    f.ask(
        "Naam en plaats van de zorginstelling", f"{c.hospital.get('name', '')}, {c.hospital.get('city', '')}"
    )
    f.ask("Welke behandeling krijgt u?", c.med.get("tx_short", ""))
    f.choose(
        "Heeft u 1 jaar uitstel van vertrek gehad (artikel 64 Vw)?", ["nee", "ja"], 1 if c.art64_end else 0
    )
    if c.art64_end:
        f.ask("Einddatum van het jaar uitstel van vertrek", c.dfmt(c.art64_end))
    f.head("Kosten")
    if c.art64_end:
        f.choose(
            "Wie betaalt uw verblijf en behandeling?",
            ["niet van toepassing (na artikel 64 Vw)", "ikzelf", "iemand anders (garantsteller)"],
            0,
        )
    else:
        f.choose(
            "Wie betaalt uw verblijf en behandeling?",
            ["ikzelf", "iemand anders (garantsteller)"],
            1 if c.payer else 0,
        )
        if c.payer:
            f.ask(
                "Naam garantsteller en relatie met u",
                f"{c.payer.given_names} {c.payer.surname} ({c.payer_relation})",
            )
    f.head("Paspoort en visum")
    f.choose(
        "Heeft u een geldig paspoort?",
        ["ja, een kopie stuur ik mee", "nee, ik vraag vrijstelling van de paspoortplicht"],
        1 if c.no_passport else 0,
    )
    f.choose(
        "Heeft u de Surinaamse nationaliteit en kwam u met een visum voor medische behandeling?",
        ["nee", "ja"],
        1 if c.suriname_visa else 0,
    )
    f.sign()
    return f.finish()


def form_7027(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _Form(
        c, rng, "Aanvraag verblijfsvergunning humanitair niet-tijdelijk – voortgezet verblijf (7027)", "7027"
    )
    _person(f)
    f.head("Uw huidige verblijfsvergunning")
    f.ask("Verblijfsdoel", dict(ROUTES_7027).get(c.route, ""))
    f.ask("Ingangsdatum", c.dfmt(c.since) if c.since else "")
    f.head("Voorwaarden")
    if c.route == "relationship":
        f.choose(
            "Heeft u aan de inburgeringsplicht voldaan?",
            ["ja, diploma (kopie bijgevoegd)", "ontheffing of vrijstelling (besluit bijgevoegd)", "nee"],
            0 if c.inburgering in ("diploma", "results") else (1 if c.inburgering == "exemption" else 2),
        )
    elif c.route and c.route.startswith("medical"):
        f.choose(
            "Is uw behandeling nog minstens 1 jaar nodig?",
            ["ja (verklaring behandelaar bijgevoegd)", "nee"],
            0,
        )
    else:
        f.choose("Is uw situatie nog dezelfde als toen u de vergunning kreeg?", ["ja", "nee"], 0)
    f.sign()
    return f.finish()


def form_generic(c: Case, rng: random.Random, **_) -> list[Sheet]:
    f = _Form(c, rng, "Aanvraag verlenging verblijfsvergunning regulier bepaalde tijd", "VERL36")
    _person(f)
    f.head("Uw huidige verblijfsvergunning")
    r = random.Random(c.rng_seed + 36)
    f.ask("Verblijfsdoel", GENERIC_PURPOSES[r.randrange(len(GENERIC_PURPOSES))])
    f.ask("Geldig tot", c.dfmt(c.sub + dt.timedelta(days=r.randint(20, 90))))
    f.choose("Voldoet u nog aan de voorwaarden?", ["ja", "nee"], 0)
    f.sign()
    return f.finish()


for _id, _fn, _n in (
    (
        "ind-form-med-rijkslint-tintbanden-vraagnummers-code-verticaal-36",
        form_med,
        "medical-treatment form: government ribbon, questions in tinted bands numbered '2.3', answers "
        "on dotted lines under them, V-number in ten cells, code printed vertically at the right",
    ),
    (
        "ind-form-7027-rijkslint-tintbanden-vraagnummers-code-verticaal-36",
        form_7027,
        "form 7027 in the same layout",
    ),
    (
        "ind-form-generic-rijkslint-tintbanden-vraagnummers-code-verticaal-36",
        form_generic,
        "extension form in the same layout",
    ),
):
    _r(_id, "application", "nl", _fn, _n)


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


def payslip_twocol(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A 'loonstrook' from an HR system: the employer's name and address at the top RIGHT, the employee's data in a
    grey block at the LEFT, then two columns side by side – 'Verdiensten' and 'Inhoudingen' – with their sums, the
    net amount in a framed box at the lower right, a year-to-date strip under it; scanned with a toner thumbprint
    in the margin."""
    g = earner(c)
    e = _emp(c, rng)
    k = pay_calc(random.Random(seed_of("pay", c.rng_seed)), e["bruto"])
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    f, fb = LNAR, LNAR_B
    month = (c.sub.month - 2) % 12 + 1
    T(sh, W - 16, 14, e["name"], font=fb, size=fit(e["name"], fb, 11.5, 100), align="right")
    T(
        sh,
        W - 16,
        20,
        f"{e.get('street', '')} · {e.get('pc', '')} {e.get('city', '')}",
        font=f,
        size=8.6,
        color=GREY,
        align="right",
    )
    T(sh, 16, 14, "LOONSTROOK", font=fb, size=16)
    T(sh, 16, 22, f"{_MND[month - 1]} {c.sub.year} · periode {month:02d}", font=f, size=10)
    sh.rect(16, 32, W - 32, 24, width_mm=0, fill=(236, 236, 236))
    a = g.address or c.p.address
    left = [
        ("Werknemer", f"{g.given_names} {g.surname}"),
        ("Adres", f"{a.street} {a.number}, {a.city}" if a else ""),
        ("Geboortedatum", c.dfmt(g.birth_date)),
    ]
    right = [("Personeelsnummer", e["pnr"]), ("Functie", e["func_now"]), ("In dienst", c.dfmt(e["start"]))]
    for col, rows in enumerate((left, right)):
        for i, (a_, b_) in enumerate(rows):
            x = 19 + col * (W - 32) / 2
            T(sh, x, 34 + i * 7, a_, font=f, size=7.6, color=GREY)
            T(sh, x, 37.2 + i * 7, b_, font=fb, size=fit(b_, fb, 9.6, (W - 40) / 2))
    y0 = 64
    cw = (W - 36) / 2
    for col, (title, rows, tot) in enumerate(
        (
            (
                "Verdiensten",
                [("Salaris", k["bruto"]), ("Reiskostenvergoeding", k["reis"])],
                k["bruto"] + k["reis"],
            ),
            (
                "Inhoudingen",
                [
                    (f"Pensioenpremie ({k['pct'] * 100:.1f}%)".replace(".", ","), k["pens"]),
                    ("Loonheffing", k["lh"]),
                ],
                k["pens"] + k["lh"],
            ),
        )
    ):
        x = 16 + col * (cw + 4)
        sh.rect(x, y0, cw, 7, width_mm=0, fill=(60, 80, 100))
        T(sh, x + 2, y0 + 1.4, title, font=fb, size=9.5, color=(255, 255, 255))
        y = y0 + 10
        for name, amt in rows:
            if not amt:
                continue
            T(sh, x + 2, y, name, font=f, size=9.6)
            T(sh, x + cw - 2, y, eur(amt, False), font=f, size=9.6, align="right")
            y += 6
        sh.rule(x, y0 + 30, x + cw, y0 + 30, width_mm=0.3)
        T(sh, x + 2, y0 + 32, "Totaal", font=fb, size=9.6)
        T(sh, x + cw - 2, y0 + 32, eur(tot, False), font=fb, size=9.6, align="right")
    sh.rect(W - 86, y0 + 44, 70, 16, width_mm=0.5)
    T(sh, W - 83, y0 + 46, "Netto uit te betalen", font=f, size=8.6, color=GREY)
    T(sh, W - 19, y0 + 51, eur(k["net"]), font=fb, size=13, align="right")
    T(sh, 16, y0 + 48, f"Overgemaakt op {iban_fmt(e['iban'])}", font=f, size=9)
    y = y0 + 70
    sh.rect(16, y, W - 32, 14, width_mm=0.2, color=(160, 160, 160))
    for i, (a_, b_) in enumerate(
        (
            ("Cum. bruto", eur(e["bruto"] * month, False)),
            ("Cum. loonheffing", eur(k["lh"] * month, False)),
            ("Vakantiegeld opgebouwd", eur(e["bruto"] * 0.08 * month / 12, False)),
            ("Verlofuren", f"{rng.randint(40, 160)},0"),
        )
    ):
        x = 18 + i * (W - 36) / 4
        T(sh, x, y + 1.5, a_, font=f, size=7.6, color=GREY)
        T(sh, x, y + 6.5, b_, font=fb, size=9.5)
    T(
        sh,
        W / 2,
        H - 20,
        "Loonstrook aangemaakt met PersoneelsPortaal · vragen? hr@"
        + e["name"].split()[0].lower().replace(".", "")
        + ".nl",
        font=LNAR_I,
        size=7.8,
        color=GREY,
        align="center",
    )
    return [_same_size(c, thumb_smudge(sh.render(200), rng, where=(0.94, 0.55)))]


def guarantor_hand(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The guarantor's declaration filled in BY HAND on a printed two-page-in-one model ('Verklaring garantsteller'):
    printed captions with ruled answer lines in three sections (garantsteller, vreemdeling, inkomen), the guarantor's
    answers in ballpoint, the undertaking printed in a framed paragraph, the signature on the line at the end with
    'handtekening garantsteller' printed under it; the payslip's net figure written as '2.486,-'."""
    F = _guarantor_facts(c)
    g, e = F["g"], F["e"]
    sh = c.new_sheet()
    W = c.page_w
    f, fb = BOOK, BOOK_B
    ink = rng.choice([BLUE_INK, BLACK_INK])
    T(sh, 16, 14, "Verklaring garantsteller", font=fb, size=15)
    T(
        sh,
        16,
        21.5,
        "bij een aanvraag voor verblijf in verband met medische behandeling",
        font=BOOK_I,
        size=9,
        color=GREY,
    )
    a = g.address or c.p.address
    y = 32

    def line(cap, val):
        nonlocal y
        w = T(sh, 20, y, cap, font=f, size=9.2)
        sh.rule(22 + w, y + 4.4, W - 16, y + 4.4, width_mm=0.15, color=(120, 120, 120))
        if val:
            vv = glyphs(val, DKG)
            sh.handwriting(
                24 + w, y - 1.7, vv, rng, size_pt=fit(vv, DKG, 12, (W - 44 - w) / 1.1), color=ink, font=DKG
            )
        y += 8

    for title, rows in (
        (
            "A. Garantsteller",
            [
                ("Naam en voornamen", f"{g.surname}, {g.given_names}"),
                ("Geboortedatum", c.dfmt(g.birth_date)),
                ("Nationaliteit", nationality_adj(g.nationality, "nl")),
                ("Adres", f"{a.street} {a.number}, {a.postcode} {a.city}" if a else ""),
                ("Relatie tot de vreemdeling", c.payer_relation or "familie"),
            ],
        ),
        (
            "B. Vreemdeling",
            [
                ("Naam en voornamen", f"{c.p.surname}, {c.p.given_names}"),
                ("Geboortedatum", c.dfmt(c.p.birth_date)),
                ("V-nummer", c.vnr),
            ],
        ),
        (
            "C. Inkomen garantsteller",
            [
                ("Werkgever", e["name"]),
                ("In dienst sinds", c.dfmt(e["start"])),
                ("Netto inkomen per maand", f"{eur(F['net'], False)[:-3]},-"),
                ("Contract", "vast / onbepaalde tijd"),
            ],
        ),
    ):
        T(sh, 16, y, title, font=fb, size=10.5)
        y += 7
        for cap, val in rows:
            line(cap, val)
        y += 3
    sh.rect(16, y, W - 32, 26, width_mm=0.3)
    P(
        sh,
        19,
        y + 2.5,
        W - 38,
        "Ik verklaar dat ik garant sta voor de kosten van verblijf en medische behandeling "
        "van bovengenoemde vreemdeling zolang die in Nederland verblijft voor medische "
        "behandeling, en dat ik de kosten betaal die niet door een verzekering worden "
        "vergoed.",
        font=f,
        size=9.6,
        leading=1.4,
    )
    y += 34
    dd = c.sub - dt.timedelta(days=rng.randint(6, 30))
    w = T(sh, 20, y, "Plaats en datum", font=f, size=9.2)
    sh.rule(22 + w, y + 4.4, 110, y + 4.4, width_mm=0.15, color=(120, 120, 120))
    sh.handwriting(
        24 + w,
        y - 1.7,
        f"{a.city if a else ''}, {dd.strftime('%d-%m-%Y')}",
        rng,
        size_pt=12,
        color=ink,
        font=DKG,
    )
    sh.signature(124, y - 8, rng.uniform(40, 50), 15, rng, color=ink)
    sh.rule(118, y + 8, W - 16, y + 8, width_mm=0.3)
    T(sh, 118, y + 9.5, "handtekening garantsteller", font=BOOK_I, size=8.4, color=GREY)
    return [c.intr(sh)]


def employer_model(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The standard employer's statement ('Werkgeversverklaring') in its numbered model: rows 1 to 12 with the
    caption at the left and the answer typed at the right in Courier Prime, 'ja / nee' answered by striking out the
    wrong word, the employer's stamp over the signature line at the foot."""
    g = earner(c)
    e = _emp(c, rng)
    sh = c.new_sheet()
    W = c.page_w
    f, fb = DSCN, DSCN_B
    T(sh, 16, 14, "WERKGEVERSVERKLARING", font=fb, size=15)
    T(sh, 16, 21, "model 2026 · in te vullen door de werkgever", font=f, size=8.6, color=GREY)
    rows = [
        ("Naam werkgever", e["name"]),
        ("Adres werkgever", f"{e.get('street', '')}, {e.get('pc', '')} {e.get('city', '')}"),
        ("KvK-nummer", e["kvk"]),
        ("Naam werknemer", f"{g.surname}, {g.given_names}"),
        ("Geboortedatum werknemer", c.dfmt(g.birth_date)),
        ("Functie", e["func_now"]),
        ("In dienst sinds", c.dfmt(e["start"])),
        ("Dienstverband voor onbepaalde tijd", "ja / nee"),
        ("Proeftijd verstreken", "ja / nee"),
        ("Bruto jaarsalaris (excl. vakantiegeld)", eur(e["bruto"] * 12)),
        ("Vakantietoeslag per jaar", eur(e["bruto"] * 12 * 0.08)),
        ("Loonbeslag of ontslagprocedure", "ja / nee"),
    ]
    y = 32
    for i, (a_, b_) in enumerate(rows, 1):
        sh.rect(16, y, 12, 9, width_mm=0.2, color=(150, 150, 150), fill=(236, 236, 236))
        sh.rect(28, y, 76, 9, width_mm=0.2, color=(150, 150, 150))
        sh.rect(104, y, W - 120, 9, width_mm=0.2, color=(150, 150, 150))
        T(sh, 22, y + 2.2, str(i), font=fb, size=9, align="center")
        T(sh, 30, y + 2.2, a_, font=f, size=fit(a_, f, 9.2, 72))
        if b_ == "ja / nee":
            wj = T(sh, 106, y + 2.2, "ja", font=CPR, size=10)
            T(sh, 106 + wj, y + 2.2, " / ", font=CPR, size=10)
            wn = sh.text_width(" / ", font=CPR, size_pt=10)
            T(sh, 106 + wj + wn, y + 2.2, "nee", font=CPR, size=10)
            strike_no = i != 12
            xs = 106 + wj + wn if strike_no else 106
            ws = sh.text_width("nee" if strike_no else "ja", font=CPR, size_pt=10)
            sh.rule(xs - 0.5, y + 4.4, xs + ws + 0.5, y + 4.4, width_mm=0.4, color=BLUE_INK)
        else:
            T(sh, 106, y + 2.2, b_, font=CPR, size=fit(b_, CPR, 10, W - 124))
        y += 9
    y += 8
    dd = c.sub - dt.timedelta(days=rng.randint(5, 30))
    T(sh, 16, y, f"Aldus naar waarheid ingevuld te {e.get('city', '')} op {d_nl(dd)}", font=f, size=9.6)
    y += 14
    sh.signature(20, y - 6, rng.uniform(44, 54), 16, rng, color=BLUE_INK)
    sh.rule(16, y + 10, 100, y + 10, width_mm=0.3)
    T(sh, 16, y + 11.5, f"{_who(c, 'hr36')}, hoofd personeelszaken", font=f, size=8.8)
    sh.stamp(
        60,
        y - 4,
        [e["name"].upper()[:24], e.get("city", "").upper()],
        rng,
        shape="rect",
        size_mm=36,
        color=(40, 60, 150),
        angle=rng.uniform(-5, 5),
    )
    return [sh]


_r(
    "payslip-loonstrook-verdiensten-inhoudingen-naast-elkaar-nettokader-36",
    "income-proof",
    "nl",
    payslip_twocol,
    "an HR system's payslip with earnings and deductions side by side, the net in a framed box, a toner thumbprint",
)
_r(
    "guarantor-verklaring-met-de-hand-drie-secties-kader-36",
    "income-proof",
    "nl",
    guarantor_hand,
    "a guarantor's declaration on a printed model filled in by hand, the undertaking in a framed paragraph",
)
_r(
    "werkgeversverklaring-genummerd-model-courier-ja-nee-doorgestreept-36",
    "income-proof",
    "nl",
    employer_model,
    "the standard employer's statement in a numbered model, typed in Courier, ja/nee struck out, stamp over signature",
)


# =========================================================================== medical statements


def medstat_questions(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The treating specialist's answers to the lawyer's five questions for the IND, on the hospital's letter paper
    (the hospital's name in C059 at the upper LEFT over a thin coloured rule, the department at the right): each
    question printed in italics, the answer in roman under it; the signature ABOVE the typed name and BIG number at
    the end; the patient's label stuck on the top right."""
    h = c.hospital
    start = _treat_start(c)
    sh = c.new_sheet()
    W = c.page_w
    f, fb, fi = CSB, CSB_B, CSB_I
    col = h.get("color", IND_COL)
    T(sh, 18, 13, h["name"], font=fb, size=12.5, color=col)
    T(sh, 18, 19, f"{h['street']} · {h['pc']} {h['city']}", font=f, size=8.4, color=GREY)
    sh.rule(18, 23, W - 18, 23, width_mm=0.3, color=col)
    sh.rect(W - 70, 28, 52, 20, width_mm=0.2, color=(170, 170, 170), fill=(252, 252, 244))
    T(sh, W - 68, 29.5, f"{c.p.surname.upper()}, {c.p.given_names}"[:30], font=NSANS_B, size=8)
    T(sh, W - 68, 33.8, f"{c.p.birth_date.strftime('%d-%m-%Y')} · {c.p.sex}", font=NSANS, size=7.6)
    barcode(sh, W - 68, 38, 46, 7, c.vnr + c.p.surname)
    dd = c.sub - dt.timedelta(days=rng.randint(6, 40))
    T(sh, 18, 32, f"{h['city']}, {d_nl(dd)}", font=f, size=10.5)
    T(sh, 18, 40, "Betreft: medische verklaring ten behoeve van de IND", font=fb, size=10.5)
    y = 56
    qa = [
        ("Wat is de diagnose?", c.med["dx"]),
        ("Welke behandeling krijgt patiënt?", c.med["tx"]),
        ("Sinds wanneer?", d_nl(start)),
        ("Hoe lang is behandeling nog nodig?", duration_phrase(c.duration, start)),
        ("Wat gebeurt er zonder behandeling?", c.med["stop"]),
        ("Is de behandeling in het land van herkomst beschikbaar en toegankelijk?", _not_available(c)),
    ]
    for i, (q, a) in enumerate(qa, 1):
        y = P(sh, 18, y, W - 36, f"{i}. {q}", font=fi, size=10.3, leading=1.35) + 0.6
        y = P(sh, 24, y, W - 42, a, font=f, size=10.5, leading=1.42) + 3.2
    y += 6
    nm = _who(c, "sp36")
    sh.signature(20, y, rng.uniform(44, 54), 16, rng, color=BLUE_INK)
    T(sh, 18, y + 18, f"dr. {nm}", font=fb, size=10.5)
    big = random.Random(seed_of("big36", c.rng_seed)).randint(10**10, 10**11 - 1)
    T(
        sh,
        18,
        y + 23,
        f"{c.med.get('doc_title', 'medisch specialist')} · BIG {big}",
        font=fi,
        size=9.5,
        color=GREY,
    )
    return [sh]


def medstat_english(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A consultant's English letter 'To whom it may concern' on the hospital's paper with the logo block at the
    upper RIGHT, the patient's name and date of birth in a bold 'Re:' line, the facts in four short paragraphs
    (diagnosis, treatment, expected duration, necessity and country of origin), signed at the end without a
    label over the typed name; a binder clip's shadow at the top from the scan."""
    h = c.hospital
    start = _treat_start(c)
    sh = c.new_sheet()
    W = c.page_w
    f, fb, fi = CARL, CARL_B, CARL_I
    col = h.get("color", IND_COL)
    sh.rect(W - 70, 12, 52, 20, width_mm=0, fill=col)
    T(sh, W - 66, 14, h.get("short", h["name"])[:20], font=fb, size=12, color=(255, 255, 255))
    T(sh, W - 66, 21, h["city"], font=f, size=9, color=(235, 235, 235))
    T(sh, 18, 14, h["name"], font=fb, size=11)
    T(sh, 18, 19.5, f"Department of {c.med.get('spec_en', 'Internal Medicine')}", font=f, size=9, color=GREY)
    T(sh, 18, 24, f"{h['street']}, {h['pc']} {h['city']}, the Netherlands", font=f, size=8.6, color=GREY)
    dd = c.sub - dt.timedelta(days=rng.randint(6, 40))
    T(sh, 18, 44, d_en(dd), font=f, size=10.5)
    T(sh, 18, 54, "To whom it may concern,", font=f, size=10.5)
    T(sh, 18, 62, f"Re: {c.p.given_names} {c.p.surname}, born {d_en(c.p.birth_date)}", font=fb, size=10.5)
    y = 72
    for body in (
        f"The above-named patient is under my care for {c.med.get('dx_en', c.med['dx'])}.",
        f"Treatment consists of {c.med.get('tx_en', c.med['tx'])}; it started on {d_en(start)}.",
        duration_phrase(c.duration, start, "en"),
        f"{c.med.get('stop_en', c.med['stop'])} {_not_available(c, 'en')}",
    ):
        y = P(sh, 18, y, W - 36, body, font=f, size=10.8, leading=1.45) + 3.5
    y += 4
    T(sh, 18, y, "Yours sincerely,", font=f, size=10.5)
    sh.signature(20, y + 4, rng.uniform(44, 52), 15, rng, color=BLACK_INK)
    T(sh, 18, y + 21, f"Dr {_who(c, 'en36')}", font=fb, size=10.5)
    T(sh, 18, y + 26, c.med.get("doc_en", "consultant"), font=fi, size=9.5, color=GREY)
    return [_same_size(c, binder_clip(sh.render(200), rng, x=0.5))]


_r(
    "medstat-antwoorden-vijf-vragen-advocaat-patientetiket-36",
    "medical-statement",
    "nl",
    medstat_questions,
    "a specialist's answers to the lawyer's questions for the IND, the patient label stuck on, signature above name",
)
_r(
    "medstat-consultant-to-whom-english-logoblok-rechts-knijper-36",
    "medical-statement",
    "en",
    medstat_english,
    "a consultant's English letter 'to whom it may concern', logo block at the right, binder clip shadow",
)


# =========================================================================== care-institution statements


def care_letter(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The hospital's international patient office confirms in a letter that it has room to treat, when treatment
    starts and what it will cost: the office's name over a coloured rule, a row of references (datum, kenmerk,
    behandelaar) across the page, the confirmation in prose, a small cost-estimate table, the signature at the
    LEFT above the typed name with the hospital's round stamp beside it."""
    h = c.hospital
    s, e = _care_span(c)
    sh = c.new_sheet()
    W = c.page_w
    f, fb = FSANS, FSANS_B
    col = h.get("color", IND_COL)
    T(sh, 16, 13, h["name"], font=fb, size=12.5, color=col)
    T(sh, 16, 19, "Bureau Internationale Patiënten", font=f, size=9.5)
    sh.rule(16, 24, W - 16, 24, width_mm=0.8, color=col)
    r = random.Random(seed_of("care36", c.rng_seed))
    dd = c.sub - dt.timedelta(days=r.randint(6, 35))
    refs = [
        ("Datum", d_nl(dd)),
        ("Ons kenmerk", f"BIP/{dd.year}/{r.randint(100, 999)}"),
        ("Behandelaar", _who(c, "bip36")),
        ("Telefoon", f"{h.get('tel', '0')} {r.randint(100, 999)} {r.randint(1000, 9999)}"),
    ]
    for i, (a_, b_) in enumerate(refs):
        x = 16 + i * (W - 32) / 4
        T(sh, x, 30, a_, font=f, size=7.6, color=GREY)
        T(sh, x, 33.6, b_, font=f, size=fit(b_, f, 9.2, (W - 36) / 4))
    y = 46
    T(
        sh,
        16,
        y,
        f"Betreft: {c.p.given_names} {c.p.surname}, geboren {c.dfmt(c.p.birth_date)}",
        font=fb,
        size=10.5,
    )
    y = (
        P(
            sh,
            16,
            y + 9,
            W - 32,
            f"Hierbij bevestigen wij dat {h['name']} de noodzakelijke behandeling "
            f"({c.med.get('tx_short', '')}) kan en zal uitvoeren. Er is plaats om patiënt te "
            f"behandelen vanaf {d_nl(s)}; de behandeling loopt naar verwachting tot ten minste "
            f"{d_nl(e)}.",
            font=f,
            size=10.5,
        )
        + 4
    )
    y = P(sh, 16, y, W - 32, _payer_phrase(c), font=f, size=10.5) + 6
    sh.rect(16, y, W - 32, 7, width_mm=0, fill=(232, 232, 232))
    T(sh, 18, y + 1.5, "Raming", font=fb, size=9.4)
    T(sh, W - 18, y + 1.5, "bedrag per jaar", font=fb, size=9.4, align="right")
    y += 7
    cost = float(c.med.get("cost", 20000))
    for item, share in (("Behandeling en verpleging", 0.72), ("Geneesmiddelen", 0.2), ("Laboratorium", 0.08)):
        sh.rect(16, y, W - 32, 6.4, width_mm=0.15, color=(190, 190, 190))
        T(sh, 18, y + 1.2, item, font=f, size=9.4)
        T(sh, W - 18, y + 1.2, eur(cost * share), font=f, size=9.4, align="right")
        y += 6.4
    y += 12
    sh.signature(18, y, rng.uniform(44, 52), 15, rng, color=BLUE_INK)
    T(sh, 16, y + 17, _who(c, "bip36"), font=fb, size=10)
    T(sh, 16, y + 22, "coördinator internationale patiënten", font=f, size=9, color=GREY)
    sh.stamp(
        92,
        y - 2,
        [h["name"].upper()[:26], "INTERNATIONALE PATIËNTEN", h["city"].upper()],
        rng,
        shape="round",
        size_mm=28,
        color=(40, 62, 150),
        angle=rng.uniform(-10, 10),
    )
    return [sh]


def care_form(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The care institution's statement on the lawyer's model form, completed by the department's secretary:
    two columns of labelled cells at the top (patient | treatment), then four statements each with a checkbox
    ticked by hand, the period, and the medical manager's signature beside its label with the department's
    rectangular stamp pressed over the label; the copy has a dog-eared lower corner."""
    h = c.hospital
    s, e = _care_span(c)
    sh = c.new_sheet()
    W = c.page_w
    f, fb = CARL, CARL_B
    T(sh, 16, 14, "Verklaring zorginstelling", font=fb, size=15)
    T(
        sh,
        16,
        21,
        "bij een aanvraag verblijfsvergunning medische behandeling",
        font=CARL_I,
        size=9.5,
        color=GREY,
    )
    left = [
        ("Patiënt", f"{c.p.given_names} {c.p.surname}"),
        ("Geboortedatum", c.dfmt(c.p.birth_date)),
        ("Nationaliteit", nat_nl(c.p)),
    ]
    right = [
        ("Zorginstelling", h["name"]),
        ("Afdeling", c.med.get("spec", "")),
        ("Behandeling", c.med.get("tx_short", "")),
    ]
    cw = (W - 36) / 2
    for col, rows in enumerate((left, right)):
        x = 16 + col * (cw + 4)
        y = 30
        for a_, b_ in rows:
            sh.rect(x, y, cw, 11, width_mm=0.2, color=(150, 150, 150))
            T(sh, x + 1.5, y + 1, a_, font=f, size=7.8, color=GREY)
            T(sh, x + 1.5, y + 5, b_, font=fb, size=fit(b_, fb, 10, cw - 3))
            y += 11
    y = 70
    for t in (
        f"{h['name']} kan de noodzakelijke behandeling bieden.",
        "Er is plaats om de patiënt te behandelen.",
        "De instelling zal de behandeling uitvoeren.",
        "De betaling van de behandeling is geregeld.",
    ):
        sh.checkbox(18, y, 4.0, True, rng=rng, ink=BLUE_INK)
        y = P(sh, 26, y - 0.4, W - 42, t, font=f, size=10.5) + 3
    y += 3
    T(sh, 16, y, f"Start behandeling: {d_nl(s)}", font=f, size=10.5)
    T(sh, 16, y + 6, f"Verwacht einde: {d_nl(e)}", font=f, size=10.5)
    y += 16
    y = P(sh, 16, y, W - 32, _payer_phrase(c), font=f, size=10) + 12
    dd = c.sub - dt.timedelta(days=rng.randint(5, 30))
    T(sh, 16, y, f"{h['city']}, {c.dfmt(dd)}", font=f, size=10.5)
    y += 12
    w = T(sh, 16, y, "Handtekening medisch manager:", font=f, size=10)
    sh.signature(20 + w, y - 8, rng.uniform(40, 50), 15, rng, color=BLUE_INK)
    sh.stamp(
        12,
        y - 6,
        [h["name"].upper()[:26], c.med.get("spec", "").upper()[:26], h["city"].upper()],
        rng,
        shape="rect",
        size_mm=34,
        color=(60, 40, 130),
        angle=rng.uniform(-6, 6),
    )
    T(sh, 20 + w, y + 10, _who(c, "mm36"), font=fb, size=10)
    return [_same_size(c, dog_ear(sh.render(200), rng, corner="bl", size=0.05))]


_r(
    "care-brief-internationale-patienten-referentierij-kostenraming-36",
    "care-institution-statement",
    "nl",
    care_letter,
    "a hospital's international patient office letter with a row of references and a cost estimate",
)
_r(
    "care-modelformulier-twee-kolommen-vinkjes-stempel-over-label-36",
    "care-institution-statement",
    "nl",
    care_form,
    "a care institution's statement on a model form, ticked by hand, stamp over the signature label, dog-ear",
)


# =========================================================================== health insurance


def polis_card(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """A Dutch insurer's 'Polisblad' for the coming year: the insurer's logo band at the top LEFT, the policy holder's
    address for a window envelope at the right, the insured person in a table row (name, birth date, BSN masked,
    start date, cover), a two-column cover overview (basisverzekering: medisch-specialistische zorg, ziekenhuis,
    geneesmiddelen, ...), premium and deductible at the foot."""
    ins = c.insurer_nl
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    f, fb = NSANS, NSANS_B
    col = ins.get("color", IND_COL)
    sh.rect(16, 12, 70, 14, width_mm=0, fill=col)
    T(sh, 19, 15, ins.get("short", ins["name"])[:22], font=fb, size=13, color=(255, 255, 255))
    T(sh, 16, 29, ins.get("post", ""), font=f, size=8, color=GREY)
    for i, ln in enumerate(_addr_lines(c)):
        T(sh, 112, 36 + i * 5, ln, font=f, size=10)
    T(sh, 16, 58, f"Polisblad {c.sub.year + 1}", font=fb, size=16)
    T(sh, 16, 66, f"Polisnummer {_policy_no(c)} · UZOVI {ins.get('uzovi', '')}", font=f, size=9.5)
    y = 78
    cols = [("Verzekerde", 16), ("Geboortedatum", 74), ("BSN", 108), ("Ingang", 134), ("Dekking", 160)]
    sh.rect(16, y, W - 32, 7, width_mm=0, fill=(230, 234, 240))
    for t, x in cols:
        T(sh, x + 1.5, y + 1.6, t, font=fb, size=8.6)
    y += 7
    vals = [
        f"{c.p.given_names} {c.p.surname}",
        c.dfmt(c.p.birth_date),
        "*****" + str(c.rng_seed % 1000).zfill(3),
        f"01-01-{c.sub.year}",
        "Basis",
    ]
    for (_t, x), v in zip(cols, vals):
        T(sh, x + 1.5, y + 1.6, v, font=f, size=fit(v, f, 9.2, 56 if x == 16 else 30))
    sh.rule(16, y + 7.5, W - 16, y + 7.5, width_mm=0.2)
    y += 16
    T(sh, 16, y, "Wat is verzekerd", font=fb, size=11)
    y += 7
    items = [
        "Medisch-specialistische zorg",
        "Ziekenhuisverblijf",
        "Geneesmiddelen",
        "Huisarts",
        "Dialyse",
        "Ziekenvervoer",
        "Mondzorg tot 18 jaar",
        "Hulpmiddelen",
    ]
    for i, it in enumerate(items):
        x = 16 + (i % 2) * (W - 32) / 2
        yy = y + (i // 2) * 7
        T(sh, x, yy, "✓", font="sans3", size=10, color=col)
        T(sh, x + 6, yy, it, font=f, size=9.8)
    y += 7 * ((len(items) + 1) // 2) + 8
    T(
        sh,
        16,
        y,
        f"Premie per maand: {eur(rng.uniform(141, 166))} · Verplicht eigen risico: € 385",
        font=f,
        size=9.8,
    )
    P(
        sh,
        16,
        y + 8,
        W - 32,
        "Deze verzekering is een zorgverzekering volgens de Zorgverzekeringswet.",
        font=NSANS_I,
        size=9,
        color=GREY,
    )
    T(
        sh,
        W / 2,
        H - 18,
        f"{ins['name']} · {ins.get('post', '')}",
        font=f,
        size=7.6,
        color=GREY,
        align="center",
    )
    return [sh]


def intl_certificate(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An international insurer's 'Certificate of Insurance' on its own office paper: the insurer's name in Bookman
    with a turtle-shell rosette behind the heading, the certificate number in a box at the right, the member's
    data as a two-column table, a cover table (benefit | limit | the Netherlands included), the policy conditions
    in a small paragraph, the claims manager's signature at the RIGHT over the typed name and a QR code at the
    lower left."""
    ins = c.insurer_intl
    sh = c.new_sheet()
    W = c.page_w
    f, fb, fi = BOOK, BOOK_B, BOOK_I
    col = ins.get("color", IND_COL)
    sh.image(0, 0, W, 34, rosette(W, 34, rng, bg=(246, 248, 250), ink=(220, 228, 236), n=12))
    T(sh, 18, 12, ins["name"], font=fb, size=fit(ins["name"], fb, 13, W - 80), color=col)
    T(sh, 18, 19, ins.get("addr", ""), font=f, size=fit(ins.get("addr", ""), f, 8.2, W - 80), color=GREY)
    r = random.Random(seed_of("intl36", c.rng_seed))
    no = _policy_no(c, "COI-")
    sh.rect(W - 62, 10, 44, 14, width_mm=0.3, color=col)
    T(sh, W - 60, 11.5, "Certificate No.", font=f, size=7.5, color=GREY)
    T(sh, W - 60, 16, no, font=fb, size=fit(no, fb, 10, 40))
    T(sh, 18, 44, "CERTIFICATE OF INSURANCE", font=fb, size=15)
    s = c.sub - dt.timedelta(days=r.randint(20, 180))
    e = add_years(s, 1) - dt.timedelta(days=1)
    rows = [
        ("Member", f"{c.p.given_names} {c.p.surname.upper()}"),
        ("Date of birth", d_en(c.p.birth_date)),
        ("Nationality", nationality_adj(c.p.nationality, "en")),
        ("Plan", ins.get("plan", "")),
        ("Period of insurance", f"{d_en(s)} – {d_en(e)}"),
        ("Premium", "paid in full for the period"),
    ]
    y = 54
    for a_, b_ in rows:
        sh.rect(18, y, 56, 7.4, width_mm=0.15, color=(170, 170, 170), fill=(242, 244, 246))
        sh.rect(74, y, W - 92, 7.4, width_mm=0.15, color=(170, 170, 170))
        T(sh, 20, y + 1.6, a_, font=f, size=9.2)
        T(sh, 76, y + 1.6, b_, font=fb, size=fit(b_, fb, 9.4, W - 96))
        y += 7.4
    y += 6
    sh.rect(18, y, W - 36, 7, width_mm=0, fill=col)
    for t, x in (("Benefit", 20), ("Annual limit", 108), ("Netherlands", W - 44)):
        T(sh, x, y + 1.5, t, font=fb, size=9, color=(255, 255, 255))
    y += 7
    for b_, lim in (
        ("In-patient treatment", "USD 1,000,000"),
        ("Out-patient treatment", "USD 250,000"),
        ("Prescribed medicines", "in full"),
        (f"Pre-existing condition ({c.med.get('dx_en', '')[:40]})", "covered"),
    ):
        sh.rect(18, y, W - 36, 6.6, width_mm=0.12, color=(190, 190, 190))
        T(sh, 20, y + 1.3, b_, font=f, size=fit(b_, f, 9, 86))
        T(sh, 108, y + 1.3, lim, font=f, size=9)
        T(sh, W - 40, y + 1.3, "yes", font=fb, size=9)
        y += 6.6
    y += 6
    y = (
        P(
            sh,
            18,
            y,
            W - 36,
            "Hospital and specialist bills in the Netherlands are settled directly by the insurer. "
            "This certificate is issued at the member's request for submission to the Dutch "
            "immigration authorities.",
            font=fi,
            size=9.6,
            leading=1.4,
        )
        + 10
    )
    T(sh, W - 18, y, d_en(c.sub - dt.timedelta(days=r.randint(3, 20))), font=f, size=9.6, align="right")
    sh.signature(W - 74, y + 4, 48, 15, rng, color=BLUE_INK)
    T(sh, W - 18, y + 21, _who(c, "cl36"), font=fb, size=9.8, align="right")
    T(sh, W - 18, y + 26, "Claims & Certificates Manager", font=fi, size=8.8, color=GREY, align="right")
    qr(sh, 18, y + 4, 24, no)
    return [sh]


def incoming_letter(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """An incoming-insurance company's confirmation letter ('Bevestiging verzekering'): the company's name in
    Carlito with a thin rule, the addressee at the left, the policy facts in a list with dots, the statement that
    the existing condition is covered, 'met vriendelijke groet' and a printed name only (no signature)."""
    name = _incoming_name(c)
    sh = c.new_sheet()
    W = c.page_w
    f, fb = CARL, CARL_B
    T(sh, 16, 13, name, font=fb, size=13, color=(30, 100, 90))
    sh.rule(16, 20, W - 16, 20, width_mm=0.3, color=(30, 100, 90))
    for i, ln in enumerate(_addr_lines(c)):
        T(sh, 18, 30 + i * 5, ln, font=f, size=10.5)
    r = random.Random(seed_of("inc36", c.rng_seed))
    dd = c.sub - dt.timedelta(days=r.randint(8, 40))
    T(sh, 16, 56, f"Datum: {d_nl(dd)}", font=f, size=10.5)
    T(sh, 16, 64, "Bevestiging verzekering", font=fb, size=13)
    s = c.sub - dt.timedelta(days=r.randint(10, 140))
    e = add_years(s, 1) - dt.timedelta(days=1)
    y = P(sh, 16, 74, W - 32, f"Geachte {title_nl(c.p)} {c.p.surname},", font=f, size=10.5) + 2
    y = (
        P(
            sh,
            16,
            y,
            W - 32,
            "Hierbij bevestigen wij uw ziektekostenverzekering voor verblijf in Nederland:",
            font=f,
            size=10.5,
        )
        + 2
    )
    for t in (
        f"polisnummer {_policy_no(c, 'INC-')}",
        f"verzekerde: {c.p.given_names} {c.p.surname}, geboren {c.dfmt(c.p.birth_date)}",
        f"looptijd: {c.dfmt(s)} tot en met {c.dfmt(e)}",
        "dekking: ziekenhuisopname, specialistische behandeling, huisarts, geneesmiddelen",
        f"bestaande aandoening meeverzekerd: {c.med.get('dx', '')}",
    ):
        T(sh, 20, y, "•", font=f, size=10.5)
        y = P(sh, 25, y, W - 41, t, font=f, size=10.5) + 1.5
    y = P(sh, 16, y + 4, W - 32, "De premie voor de hele looptijd is voldaan.", font=f, size=10.5) + 6
    P(sh, 16, y, W - 32, f"Met vriendelijke groet,\n{name}\nafdeling Polisbeheer", font=f, size=10.5)
    return [sh]


_r(
    "polisblad-logoband-vensteradres-verzekerdenrij-dekking-twee-kolommen-36",
    "health-insurance",
    "nl",
    polis_card,
    "a Dutch insurer's policy schedule with the insured in a table row and a two-column cover overview",
)
_r(
    "intl-certificate-of-insurance-cayman-rozet-tabel-qr-36",
    "health-insurance",
    "en",
    intl_certificate,
    "an international insurer's certificate of insurance with a rosette heading, data and cover tables, QR code",
)
_r(
    "incoming-bevestiging-brief-opsomming-zonder-handtekening-36",
    "health-insurance",
    "nl",
    incoming_letter,
    "an incoming insurer's confirmation letter with the facts as a bulleted list, no signature",
)


# =========================================================================== civic integration


def duo_diploma(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """DUO's diploma in LANDSCAPE proportions printed on A4 portrait paper turned: the page holds the diploma
    rotated a quarter turn, with a rosette border band, the name in C059 bold on a line of its own, the level B1
    and the parts listed on one line, the number and date at the lower left, the signature at the lower right."""
    W, H = c.page_w, c.page_h
    p = c.p
    d = Sheet(H, W)
    d.image(0, 0, H, 18, rosette(H, 18, rng, bg=(236, 242, 250), ink=(196, 210, 232), n=10))
    d.image(0, W - 18, H, 18, rosette(H, 18, rng, bg=(236, 242, 250), ink=(196, 210, 232), n=10))
    d.text(H / 2, 24, "DIPLOMA INBURGERING", font=CSB_B, size_pt=24, color=DUO_COL, anchor="center")
    d.text(H / 2, 36, "Wet inburgering 2021", font=CSB_I, size_pt=11, color=GREY, anchor="center")
    d.text(
        H / 2,
        52,
        "De minister van Sociale Zaken en Werkgelegenheid verklaart dat",
        font=CSB,
        size_pt=12,
        anchor="center",
    )
    nm = f"{p.given_names} {p.surname}"
    d.text(H / 2, 64, nm, font=CSB_B, size_pt=fit(nm, CSB_B, 20, H - 60), anchor="center")
    d.text(
        H / 2,
        78,
        f"geboren op {d_nl(p.birth_date)} te {p.birth_place}",
        font=CSB,
        size_pt=11.5,
        anchor="center",
    )
    d.text(
        H / 2,
        90,
        "heeft voldaan aan de inburgeringsplicht op taalniveau B1:",
        font=CSB,
        size_pt=11.5,
        anchor="center",
    )
    d.text(
        H / 2,
        100,
        "lezen · luisteren · schrijven · spreken · kennis van de Nederlandse maatschappij",
        font=CSB_I,
        size_pt=11,
        anchor="center",
    )
    dd = _inb_date(c, rng)
    rr = random.Random(seed_of("dip36", c.rng_seed))
    d.text(30, W - 44, f"Nummer {rr.randint(10**8, 10**9 - 1)}", font=CSB, size_pt=10)
    d.text(30, W - 38, f"Groningen, {d_nl(dd)}", font=CSB, size_pt=10)
    d.signature(H - 100, W - 52, 60, 16, rng, color=BLACK_INK)
    d.rule(H - 104, W - 34, H - 34, W - 34, width_mm=0.3)
    d.text(
        H - 69,
        W - 32.5,
        "Dienst Uitvoering Onderwijs, namens de minister",
        font=CSB_I,
        size_pt=8.5,
        color=GREY,
        anchor="center",
    )
    img = d.render(200).rotate(90, expand=True)
    return [_same_size(c, img)]


def duo_exemption(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """DUO's exemption decision as a letter in Nimbus Sans: the DUO name with the government ribbon, the addressee,
    a reference table of three cells (datum, kenmerk, onderwerp) across the page, the decision stated in the first
    sentence in bold, the reasons, the objection clause in a grey box at the foot."""
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    f, fb = NSANS, NSANS_B
    _lint(sh, H, DUO_COL)
    T(sh, 32, 10, "Dienst Uitvoering Onderwijs", font=fb, size=10.5, color=DUO_COL)
    T(sh, 32, 15, "Ministerie van Onderwijs, Cultuur en Wetenschap", font=NSANS_I, size=8, color=GREY)
    for i, ln in enumerate(_addr_lines(c)):
        T(sh, 22, 36 + i * 5, ln, font=f, size=10.5)
    dd = _inb_date(c, rng)
    r = random.Random(seed_of("ont36", c.rng_seed))
    cw = (W - 44) / 3
    for i, (a_, b_) in enumerate(
        (
            ("Datum", d_nl(dd)),
            ("Kenmerk", f"INB-{r.randint(100000, 999999)}"),
            ("Onderwerp", "Ontheffing inburgeringsplicht"),
        )
    ):
        sh.rect(22 + i * cw, 62, cw, 11, width_mm=0.2, color=(170, 170, 170))
        T(sh, 24 + i * cw, 63, a_, font=f, size=7.6, color=GREY)
        T(sh, 24 + i * cw, 67, b_, font=f, size=fit(b_, f, 9.4, cw - 4))
    y = 84
    y = P(sh, 22, y, W - 44, f"Geachte {title_nl(c.p)} {c.p.surname},", font=f, size=10.5) + 3
    y = (
        P(
            sh,
            22,
            y,
            W - 44,
            "U krijgt ontheffing van de inburgeringsplicht. U hoeft geen inburgeringsexamen te doen.",
            font=fb,
            size=10.5,
        )
        + 3
    )
    for t in (
        "Uit het advies van de onafhankelijke arts blijkt dat u door een psychische of lichamelijke "
        "beperking blijvend niet aan de inburgeringsplicht kunt voldoen.",
        f"Wij nemen dit besluit op grond van artikel 2.8 van het Besluit inburgering 2021. De ontheffing geldt "
        f"vanaf {d_nl(dd)}.",
    ):
        y = P(sh, 22, y, W - 44, t, font=f, size=10.5) + 3
    y = (
        P(
            sh,
            22,
            y + 3,
            W - 44,
            "Met vriendelijke groet,\nDienst Uitvoering Onderwijs\nafdeling Inburgering",
            font=f,
            size=10.5,
        )
        + 8
    )
    sh.rect(22, H - 58, W - 44, 24, width_mm=0, fill=(238, 238, 238))
    P(
        sh,
        25,
        H - 55,
        W - 50,
        "Bent u het niet eens met dit besluit? U kunt binnen 6 weken na de datum van deze brief "
        "bezwaar maken bij DUO. Vermeld het kenmerk.",
        font=NSANS_I,
        size=9.2,
        leading=1.35,
    )
    return [sh]


def duo_results(c: Case, rng: random.Random, *, failed: bool = False, **_) -> list[Sheet]:
    """DUO's result overview printed from Mijn Inburgering in the browser: the browser lines, a card per exam part
    with the date and 'Gehaald' in green or 'Niet gehaald' in red in a pill at the right, and the summary line."""
    sh = c.new_sheet()
    W, H = c.page_w, c.page_h
    f, fb = FSANS, FSANS_B
    p = c.p
    dd = _inb_date(c, rng)
    T(
        sh,
        10,
        6,
        f"{dd.strftime('%d-%m-%Y')} {rng.randint(9, 20):02d}:{rng.randint(10, 59)}",
        font=f,
        size=7.4,
    )
    T(sh, W / 2, 6, "Mijn resultaten – Mijn Inburgering", font=f, size=7.4, align="center")
    sh.rect(10, 12, W - 20, 12, width_mm=0, fill=DUO_COL)
    T(sh, 14, 15, "Mijn Inburgering", font=fb, size=12, color=(255, 255, 255))
    T(sh, 14, 32, "Uw examenresultaten", font=fb, size=15)
    T(sh, 14, 40, f"{p.given_names} {p.surname} · geboren {c.dfmt(p.birth_date)}", font=f, size=10)
    parts = ["Lezen", "Luisteren", "Schrijven", "Spreken", "Kennis van de Nederlandse Maatschappij"]
    bad = random.Random(seed_of("fail36", c.rng_seed)).randrange(4) if failed else -1
    y = 50
    for i, pt in enumerate(parts):
        ed = dd - dt.timedelta(days=rng.randint(10, 150))
        sh.rect(14, y, W - 28, 15, width_mm=0.25, color=(190, 196, 206))
        T(sh, 18, y + 2, pt, font=fb, size=10.5)
        T(sh, 18, y + 8, f"Examendatum {ed.strftime('%d-%m-%Y')} · niveau B1", font=f, size=8.8, color=GREY)
        ok = i != bad
        sh.rect(W - 56, y + 4, 38, 7, width_mm=0, fill=(30, 130, 60) if ok else (190, 40, 40))
        T(
            sh,
            W - 37,
            y + 5.2,
            "Gehaald" if ok else "Niet gehaald",
            font=fb,
            size=9,
            color=(255, 255, 255),
            align="center",
        )
        y += 18
    y += 6
    P(
        sh,
        14,
        y,
        W - 28,
        (
            "U heeft nog niet alle onderdelen gehaald. U kunt een nieuw examen aanvragen."
            if failed
            else "U heeft alle onderdelen gehaald. U krijgt uw diploma binnen 6 weken per post."
        ),
        font=fb,
        size=10.5,
    )
    T(sh, 10, H - 10, "https://mijn.inburgeren.nl/resultaten", font=f, size=7.4)
    T(sh, W - 10, H - 10, "1/1", font=f, size=7.4, align="right")
    return [sh]


_r(
    "duo-diploma-liggend-gedraaid-rozetbanden-naam-eigen-regel-36",
    "civic-integration",
    "nl",
    duo_diploma,
    "DUO diploma in landscape turned a quarter on the page, rosette bands, the name on a line of its own",
)
_r(
    "duo-ontheffing-rijkslint-referentiecellen-bezwaar-grijs-vak-36",
    "civic-integration",
    "nl",
    duo_exemption,
    "DUO exemption decision with reference cells and the objection clause in a grey box",
)
_r(
    "duo-uitslag-mijninburgering-kaarten-gehaald-pil-36",
    "civic-integration",
    "nl",
    duo_results,
    "a Mijn Inburgering print with a card per exam part and a green or red pill",
)


# =========================================================================== other


def cover_letter(c: Case, rng: random.Random, *, enclosures: list[str] | None = None, **_) -> list[Sheet]:
    """A Dutch lawyer's cover letter in URW Bookman: the firm's name and address block centred at the top, the
    V-number and the client's name in a bold 'Betreft' block framed by two rules, the text in short paragraphs, the
    enclosures as a list with dashes, the signature at the end without a label above the typed name."""
    lw = c.lawyer or dict(
        firm="Stichting Rechtswinkel",
        street="Postbus 1100",
        pc="3500 BC",
        city="Utrecht",
        tel="030",
        mail="post@rechtswinkel.nl",
    )
    signer = c.lawyer_name if c.lawyer else _who(c, "rw36")
    sh = c.new_sheet()
    W = c.page_w
    f, fb = BOOK, BOOK_B
    T(sh, W / 2, 12, lw["firm"], font=fb, size=fit(lw["firm"], fb, 13, W - 40), align="center")
    T(
        sh,
        W / 2,
        18.5,
        f"{lw['street']} · {lw['pc']} {lw['city']} · {lw.get('mail', '')}",
        font=f,
        size=8.4,
        color=GREY,
        align="center",
    )
    addr = IND_ADDRESSES[rng.randrange(len(IND_ADDRESSES))].split("\n")
    for i, ln in enumerate(addr):
        T(sh, 20, 34 + i * 5, ln, font=f, size=10.2)
    dd = c.sub - dt.timedelta(days=rng.randint(0, 3))
    T(sh, W - 20, 34, f"{lw['city']}, {d_nl(dd)}", font=f, size=10.2, align="right")
    sh.rule(20, 58, W - 20, 58, width_mm=0.3)
    T(
        sh,
        20,
        60.5,
        f"Betreft: {c.p.given_names} {c.p.surname}, geboren {c.dfmt(c.p.birth_date)}",
        font=fb,
        size=10,
    )
    T(sh, 20, 65.5, f"V-nummer {c.vnr} – aanvraag {PROC_NL[c.procedure]}"[:110], font=fb, size=9.4)
    sh.rule(20, 71, W - 20, 71, width_mm=0.3)
    y = 78
    paras = [
        "Geachte heer, mevrouw,",
        f"Namens mijn cliënt{'e' if c.p.sex == 'F' else ''} zend ik u hierbij de aanvraag voor "
        f"{PROC_NL[c.procedure]}, met het ondertekende aanvraagformulier en kopieën van de onderliggende stukken.",
    ]
    if c.procedure == "ind-medical-treatment" and c.art64_end:
        paras.append(
            f"Cliënt heeft een jaar uitstel van vertrek gehad op grond van artikel 64 Vw; dat jaar eindigt op "
            f"{d_nl(c.art64_end)}. De behandeling loopt nog."
        )
    if c.procedure == "ind-hnt-continued" and c.since:
        paras.append(
            f"Cliënt heeft sinds {d_nl(c.since)} een verblijfsvergunning "
            f"({dict(ROUTES_7027).get(c.route, '').replace('na verblijf ', '')})."
        )
    if c.no_passport:
        paras.append(
            "Cliënt heeft geen geldig paspoort en verzoekt om vrijstelling van de paspoortplicht. "
            + " ".join(EXEMPTION_TEXT[i] for i in c.exemption_shown)
        )
    if c.suriname_visa:
        paras.append(
            "Cliënt heeft de Surinaamse nationaliteit en reisde naar Nederland met een visum voor medische "
            "behandeling (kopie bijgevoegd). De behandeling is nog noodzakelijk en de betaling is geregeld."
        )
    paras.append("Ik verzoek u de correspondentie over de leges aan mijn kantoor te richten.")
    for t in paras:
        y = P(sh, 20, y, W - 40, t, font=f, size=10.2, leading=1.45) + 3
    if enclosures:
        T(sh, 20, y + 1, "Bijlagen:", font=fb, size=10.2)
        y += 6.5
        for e_ in enclosures:
            T(sh, 22, y, f"– {e_}", font=f, size=9.8)
            y += 5
        y += 3
    T(sh, 20, y + 2, "Met vriendelijke groet,", font=f, size=10.2)
    sh.signature(
        22 + rng.uniform(0, 8), y + 7, rng.uniform(44, 56), 16, rng, color=rng.choice([BLUE_INK, BLACK_INK])
    )
    T(sh, 20, y + 25, signer, font=fb, size=10.2)
    return [c.intr(sh)]


def _ind_head(sh: Sheet, c: Case, dd: dt.date, subject: str) -> float:
    """The IND's letters of this part: the government ribbon with 'Immigratie- en Naturalisatiedienst' beside it,
    the return address in small print over the addressee, a column of case data at the RIGHT margin (datum,
    V-nummer, zaaknummer) in 7.5 pt, the subject in bold."""
    W, H = c.page_w, c.page_h
    _lint(sh, H)
    T(sh, 32, 10, "Immigratie- en Naturalisatiedienst", font=NSANS_B, size=10.5, color=IND_COL)
    T(sh, 32, 15, "Ministerie van Asiel en Migratie", font=NSANS_I, size=8, color=GREY)
    T(sh, 22, 36, "> Retouradres Postbus 287 7600 AG Almelo", font=NSANS, size=6.8, color=GREY)
    y = 41
    for ln in _addr_lines(c):
        T(sh, 22, y, ln, font=NSANS, size=10.2)
        y += 5
    r = random.Random(seed_of("ind36", c.rng_seed))
    for i, (a_, b_) in enumerate(
        (("Datum", d_nl(dd)), ("V-nummer", c.vnr), ("Zaaknummer", str(r.randint(10**8, 10**9 - 1))))
    ):
        T(sh, W - 48, 36 + i * 9, a_, font=NSANS_B, size=7.5, color=GREY)
        T(sh, W - 48, 39.6 + i * 9, b_, font=NSANS, size=8.6)
    P(sh, 22, 76, W - 80, subject, font=NSANS_B, size=10.8)
    return 88


def art64_decision(c: Case, rng: random.Random, **_) -> list[Sheet]:
    end = c.art64_end or (c.since - dt.timedelta(days=1) if c.since else c.sub + dt.timedelta(days=10))
    start = add_years(end, -1) + dt.timedelta(days=1)
    dd = start + dt.timedelta(days=rng.randint(3, 25))
    sh = c.new_sheet()
    y = _ind_head(sh, c, dd, "Beslissing op uw aanvraag om uitstel van vertrek (artikel 64 Vreemdelingenwet)")
    for para in (
        f"Geachte {title_nl(c.p)} {c.p.surname},",
        "U heeft gevraagd om uitstel van vertrek omdat u om medische redenen niet kunt reizen. Wij hebben "
        "advies gevraagd aan het Bureau Medische Advisering.",
        f"Beslissing: u krijgt uitstel van vertrek van {d_nl(start)} tot en met {d_nl(end)}.",
        "Uitstel van vertrek is geen verblijfsvergunning. U mag tijdens het uitstel in Nederland blijven.",
        "Met vriendelijke groet,\nde minister van Asiel en Migratie,\nnamens deze,\nde Immigratie- en "
        "Naturalisatiedienst",
    ):
        y = P(sh, 22, y, c.page_w - 80, para, font=NSANS, size=10.2) + 4
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
    y = _ind_head(sh, c, dd, "Beslissing op uw aanvraag: u krijgt een verblijfsvergunning")
    for para in (
        f"Geachte {title_nl(c.p)} {c.p.surname},",
        f"Wij willigen uw aanvraag in. U krijgt een verblijfsvergunning regulier voor bepaalde tijd met het "
        f"verblijfsdoel '{purpose}', ingaande {d_nl(since)}.",
        "U krijgt een brief wanneer u uw verblijfsdocument kunt ophalen.",
        "Met vriendelijke groet,\nde Immigratie- en Naturalisatiedienst",
    ):
        y = P(sh, 22, y, c.page_w - 80, para, font=NSANS, size=10.2) + 4
    return [c.intr(sh)]


def mvv_page(c: Case, rng: random.Random, **_) -> list[Sheet]:
    """The passport's visa page with the MVV sticker copied alone at 130 % in the middle of the sheet, a colour
    copier's warm cast over the page and the client's pencilled 'MVV' with an arrow in the margin."""
    vp = Sheet(125, 88)
    vp.rect(0, 0, 125, 88, width_mm=0, fill=(242, 240, 232))
    vx, vy, w, h = 6, 6, 113, 76
    vp.rect(vx, vy, w, h, width_mm=0.2, fill=(226, 236, 246))
    vp.text(
        vx + 3,
        vy + 3,
        "VISUM · VISA · KONINKRIJK DER NEDERLANDEN",
        font=NSANS_B,
        size_pt=7.2,
        color=(20, 60, 120),
    )
    entry = c.sub - dt.timedelta(days=rng.randint(150, 200))
    start = entry - dt.timedelta(days=rng.randint(10, 40))
    end = start + dt.timedelta(days=rng.randint(85, 90))
    pno = c.passport_no or f"P{rng.randint(1000000, 9999999)}"
    num = f"NLD{rng.randint(1000000, 9999999)}"
    rows = [
        ("GELDIG VOOR", "SCHENGENSTATEN"),
        ("VAN", start.strftime("%d-%m-%Y")),
        ("TOT", end.strftime("%d-%m-%Y")),
        ("TYPE", "D – MVV"),
        ("PASPOORT", pno),
        ("NAAM", f"{c.p.surname.upper()}, {c.p.given_names.upper()}"[:34]),
        ("OPMERKINGEN", "MEDISCHE BEHANDELING"),
    ]
    y = vy + 10
    for a_, b_ in rows:
        vp.text(vx + 3, y, a_, font=NSANS, size_pt=5.2, color=GREY)
        vp.text(vx + 36, y, b_, font=NSANS_B, size_pt=6.8)
        y += 5.2
    vp.text(vx + 80, vy + 10, num, font="mono2", size_pt=7.4, color=(170, 30, 40))
    line1 = ("V<NLD" + _mrz_name(c.p, 39))[:44]
    birth = c.p.birth_date.strftime("%y%m%d")
    exp = end.strftime("%y%m%d")
    pn = (pno + "<" * 9)[:9]
    line2 = (f"{pn}{_mrz_check(pn)}SUR{birth}{_mrz_check(birth)}{c.p.sex}{exp}{_mrz_check(exp)}" + "<" * 16)[
        :44
    ]
    vp.text(vx + 1, vy + h - 12, line1, font="ocrb", size_pt=6.0)
    vp.text(vx + 1, vy + h - 6, line2, font="ocrb", size_pt=6.0)
    sh = c.new_sheet()
    k = 1.3
    x0 = (c.page_w - 125 * k) / 2
    paste(sh, vp, x0, 60, k=k, dpi=260)
    sh.handwriting(x0, 50, "MVV →", rng, size_pt=13, color=(110, 110, 116), font=DKG)
    return [_same_size(c, colour_cast(sh.render(200), (252, 246, 236)))]


_r(
    "cover-letter-bookman-betreft-tussen-twee-lijnen-streepjes-bijlagen-36",
    "other",
    "nl",
    cover_letter,
    "Dutch lawyer's cover letter with the 'Betreft' block between two rules, enclosures with dashes",
)
_r(
    "art64-decision-ind-rijkslint-gegevenskolom-rechts-36",
    "other",
    "nl",
    art64_decision,
    "IND art. 64 decision with the government ribbon and a case-data column in the right margin",
)
_r(
    "permit-letter-ind-rijkslint-gegevenskolom-rechts-36",
    "other",
    "nl",
    permit_decision,
    "IND permit decision in the same layout",
)
_r(
    "mvv-sticker-sur-alleen-130-procent-warme-kleurzweem-36",
    "other",
    "nl",
    mvv_page,
    "the MVV sticker page copied alone at 130 % with a warm colour cast and a pencilled arrow",
)
