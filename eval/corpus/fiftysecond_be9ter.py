"""9ter families of the `fiftysecond` part (registered in be9ter.BFAMILIES).

Written by a writer who saw neither the validator nor its output, from the seeds (003, 004), rules.md and how such
papers look in Belgian files.  Every family (layout, wording, faces, signature placement and copy habit) is this
part's own and is described in its function's docstring only (the part is read blind).  The applications' sentences
are written here (`put_*` builders); the facts of a case come from the case that be9ter's generic plan draws.

Importing this module tells be9ter which origins this part's 9ter applicants come from (Nicaragua, Paraguay and
Myanmar, and Türkiye-born nationals of them for the Turkish birth record) and adds this part's extra clean dossiers,
each under the part's own key; nothing another part reads is changed.
"""

from __future__ import annotations

import datetime
import random
from datetime import timedelta

from . import be9ter as _b9
from .be9ter import ILLNESSES, SPECIALTY, Case
from .fiftysecond_identity import (
    BOOK,
    BOOK_B,
    DSC,
    DSC_B,
    GOTH,
    GOTH_B,
    GR1,
    GR2,
    GR3,
    HAND3,
    INK_B,
    INK_K,
    LMONO,
    NMONO,
    NMONO_B,
    NNAR,
    NNAR_B,
    NROM,
    NROM_B,
    NROM_I,
    NSAN,
    NSAN_B,
    PAL,
    PAL_B,
    PAL_I,
    STB,
    STG,
    STR,
    STV,
    box,
    h32,
    hl,
    img_sheet,
    para,
    pen,
    punched,
    raster,
    seal,
    sig,
    toned,
    tx,
    wid,
)
from .paper import Sheet

PART = "fiftysecond"
SUB = datetime.date(2026, 12, 1)

# this part's 9ter applicants (new key only)
_b9.PART_ORIGINS.setdefault(PART, ["NIC", "PRY", "MMR"])
# clean dossiers only this part has (new key only): identity pieces with a marriage act, an embassy's identity
# certificate with a child, the identity card with a spouse, identity pieces with a child, an identity certificate
# alone, identity pieces alone and the identity card with a child
_b9.EXTRA_CLEANS.setdefault(
    PART,
    [
        dict(id="pieces", family=["spouse"]),
        dict(id="certificate", family=["child"]),
        dict(id="idcard", family=["spouse"]),
        dict(id="pieces", family=["child"]),
        dict(id="certificate"),
        dict(id="pieces"),
        dict(id="idcard", family=["child"]),
    ],
)

BC = _b9.COUNTRIES


def _reg(fid, type_, lang, make, note):
    _b9._reg(fid, type_, PART, lang, make, note)


def L(lang):
    return lang if lang in ("nl", "fr", "de", "en") else "nl"


def ds(c: Case, d, lang):
    return _b9.fdate(d, c.date_style, L(lang))


def nm(c: Case):
    return _b9.name_in(c.p, c.name_style)


def cn(code, lang):
    return _b9.cname(code, L(lang))


def adj(code, lang):
    e = BC.get(code) or {}
    return e.get(f"adj_{L(lang)}") or _b9._people.nationality_adj(code, L(lang))


def ill(c: Case, lang):
    d = ILLNESSES[c.illness]
    return d.get(lang) or d.get("nl")


def piece(c: Case, key, lang):
    n = c.annex_no(key)
    if n is None:
        return ""
    return {"nl": f" (stuk {n})", "fr": f" (pièce {n})", "de": f" (Anlage {n})", "en": f" (annex {n})"}[lang]


def home(c: Case, lang):
    return _b9.addr_str(c.addr, L(lang), c.addr_style)


def adv(c: Case):
    A = c.lawyer or {}
    return f"{A.get('first', '')} {A.get('last', '')}".strip()


def adv_addr(c: Case):
    A = c.lawyer or {}
    return f"{A.get('street', '')}, {A.get('pc', '')} {A.get('city', '')}"


def idno(c: Case, lang):
    if c.nrn:
        return {"nl": f"RRN {c.nrn}", "fr": f"NN {c.nrn}", "de": f"NN {c.nrn}", "en": f"NRN {c.nrn}"}[lang]
    return {
        "nl": f"DVZ-dossier {c.ov}",
        "fr": f"dossier OE {c.ov}",
        "de": f"AA-Akte {c.ov}",
        "en": f"IO file {c.ov}",
    }[lang]


# --------------------------------------------------------------------------- what the applications say


def put_person(c: Case, lang):
    p, f = c.p, c.fem
    nobp, nonat = "no_birthplace" in c.flags, "no_nationality" in c.flags
    bd = ds(c, p.birth_date, lang)
    bp = f"{p.birth_place}, {cn(c.birth_cc(), lang)}"
    if lang == "nl":
        s = f"Verzoeker{'ster' if f else ''} is {nm(c)}, geboren op {bd}" + ("" if nobp else f" in {bp}")
        s += "" if nonat else f", van {adj(p.nationality, 'nl')} nationaliteit"
    elif lang == "fr":
        s = f"{'La requérante' if f else 'Le requérant'} est {nm(c)}, né{'e' if f else ''} le {bd}" + (
            "" if nobp else f" à {bp}"
        )
        s += "" if nonat else f", de nationalité {adj(p.nationality, 'fr')}"
    elif lang == "de":
        s = f"Antragsteller{'in' if f else ''} ist {nm(c)}, geboren am {bd}" + ("" if nobp else f" in {bp}")
        s += "" if nonat else f", Staatsangehörigkeit: {cn(p.nationality, 'de')}"
    else:
        s = f"The applicant is {nm(c)}, born on {bd}" + ("" if nobp else f" in {bp}")
        s += "" if nonat else f", a national of {cn(p.nationality, 'en')}"
    return s + f" ({idno(c, lang)})."


def put_home(c: Case, lang):
    if "no_address" in c.flags:
        return {
            "nl": "Verzoeker verblijft sinds geruime tijd in België en is hier in behandeling.",
            "fr": "Le requérant séjourne depuis longtemps en Belgique où il est soigné.",
            "de": "Der Antragsteller hält sich seit langem in Belgien auf und wird hier behandelt.",
            "en": "The applicant has been staying in Belgium for a long time and is treated here.",
        }[lang]
    a = home(c, lang)
    return {
        "nl": f"Verzoeker{'ster' if c.fem else ''} heeft zijn/haar werkelijke verblijfplaats te {a}.",
        "fr": f"{'Elle' if c.fem else 'Il'} réside effectivement à l'adresse suivante : {a}.",
        "de": f"Tatsächlicher Aufenthaltsort: {a}.",
        "en": f"The applicant actually resides at {a}.",
    }[lang]


def put_domicile(c: Case, lang):
    if "no_domicile" in c.flags or c.domicile == "none":
        return None
    if c.domicile == "lawyer" and c.lawyer:
        w = f"{adv(c)}, {adv_addr(c)}"
        return {
            "nl": f"Verzoeker kiest woonplaats bij zijn raadsman, {w}.",
            "fr": f"{'Elle' if c.fem else 'Il'} fait élection de domicile chez son conseil, {w}.",
            "de": f"Zustellungsdomizil wird bei dem Rechtsbeistand gewählt: {w}.",
            "en": f"The applicant elects domicile at the office of counsel, {w}.",
        }[lang]
    if c.domicile == "other" and c.other_domicile:
        return {
            "nl": f"Er wordt woonplaats gekozen bij {c.other_domicile}.",
            "fr": f"Domicile est élu auprès de {c.other_domicile}.",
            "de": f"Als Zustellungsdomizil wird {c.other_domicile} gewählt.",
            "en": f"Domicile is elected at {c.other_domicile}.",
        }[lang]
    return {
        "nl": "Verzoeker kiest woonplaats op het adres van zijn werkelijke verblijfplaats.",
        "fr": "Domicile est élu à l'adresse de la résidence effective.",
        "de": "Zustellungsdomizil ist der tatsächliche Aufenthaltsort.",
        "en": "Domicile is elected at the address of actual residence.",
    }[lang]


def _pieces(c: Case, lang):
    items = [f"{d[0].lower() + d[1:]}{piece(c, k, lang)}" for k, d in c.annexes if k.startswith("id")]
    j = {"nl": " en ", "fr": " et ", "de": " und ", "en": " and "}[lang]
    if not items:
        return ""
    return items[0] if len(items) == 1 else "; ".join(items[:-1]) + j + items[-1]


def put_identity(c: Case, lang):
    k = c.id_kind
    if k == "none":
        return {
            "nl": "Een paspoort werd aangevraagd bij de ambassade; het wordt overgemaakt zodra verzoeker het "
            "ontvangt.",
            "fr": "Un passeport a été demandé à l'ambassade ; il vous sera transmis dès sa réception.",
            "de": "Ein Reisepass wurde bei der Botschaft beantragt und wird nach Erhalt übermittelt.",
            "en": "A passport has been applied for at the embassy and will be sent on receipt.",
        }[lang]
    if k in ("asylum", "asylum-noproof"):
        s = {
            "nl": "Verzoeker heeft een verzoek om internationale bescherming ingediend waarover nog geen "
            "definitieve beslissing is genomen, zodat hij vrijgesteld is van de identiteitsvereiste",
            "fr": "Le requérant a introduit une demande de protection internationale qui n'a pas encore fait "
            "l'objet d'une décision définitive ; il est donc dispensé de l'exigence d'identité",
            "de": "Der Antragsteller hat einen noch nicht endgültig beschiedenen Antrag auf internationalen Schutz "
            "gestellt und ist daher vom Identitätsnachweis befreit",
            "en": "The applicant's application for international protection has not been finally decided, so he "
            "is exempt from the identity requirement",
        }[lang]
        return s + (piece(c, "asylum", lang) + "." if c.annex_no("asylum") else ".")
    if k == "declaration":
        return {
            "nl": f"Verzoeker heeft geen identiteitsdocumenten en voegt een verklaring bij{piece(c, 'id', 'nl')}.",
            "fr": f"Le requérant n'a aucun document d'identité et joint une déclaration{piece(c, 'id', 'fr')}.",
            "de": f"Der Antragsteller hat keine Ausweispapiere und fügt eine Erklärung bei{piece(c, 'id', 'de')}.",
            "en": f"The applicant has no identity papers and encloses a declaration{piece(c, 'id', 'en')}.",
        }[lang]
    return {
        "nl": f"Zijn/haar identiteit wordt aangetoond door {_pieces(c, 'nl')}.",
        "fr": f"Son identité est établie par {_pieces(c, 'fr')}.",
        "de": f"Die Identität wird nachgewiesen durch {_pieces(c, 'de')}.",
        "en": f"Identity is proven by {_pieces(c, 'en')}.",
    }[lang]


def put_medical(c: Case, lang):
    i = ill(c, lang)
    d, cd, r = c.doctor.name(), ds(c, c.cert_date, lang), piece(c, "medcert", lang)
    return {
        "nl": f"Verzoeker lijdt aan {i['name']}. Het standaard medisch getuigschrift van {d}, gedateerd "
        f"{cd}{r}, toont aan dat deze aandoening een reëel risico inhoudt voor het leven of de fysieke "
        f"integriteit wanneer geen adequate behandeling volgt.",
        "fr": f"Le requérant est atteint de {i['name']}. Le certificat médical type du {d}, daté du {cd}{r}, "
        f"établit que cette affection entraîne un risque réel pour sa vie ou son intégrité physique en "
        f"l'absence de traitement adéquat.",
        "de": f"Der Antragsteller leidet an {i['name']}. Das Standardattest von {d} vom {cd}{r} belegt "
        f"eine reale Gefahr für Leben oder körperliche Unversehrtheit ohne angemessene Behandlung.",
        "en": f"The applicant suffers from {i['name']}. The standard medical certificate of {d} dated "
        f"{cd}{r} shows a real risk to life or physical integrity without adequate treatment.",
    }[lang]


def put_coi(c: Case, lang):
    if "no_coi" in c.flags or not c.coi_in_app:
        return None
    e = BC.get(c.origin(), {})
    ins = e.get(f"insurance_{lang}") or e.get("insurance_en", "")
    r = piece(c, "coi", lang)
    o = cn(c.origin(), lang)
    return {
        "nl": f"In {o} is de vereiste behandeling niet beschikbaar en niet toegankelijk{r}. {ins}",
        "fr": f"Au/en {o}, le traitement requis n'est ni disponible ni accessible{r}. {ins}",
        "de": f"In {o} ist die erforderliche Behandlung weder verfügbar noch zugänglich{r}. {ins}",
        "en": f"In {o} the required treatment is neither available nor accessible{r}. {ins}",
    }[lang]


def put_family(c: Case, lang):
    if not c.family:
        return None
    rel = {
        "child": {
            "nl": "minderjarig kind",
            "fr": "enfant mineur",
            "de": "minderjähriges Kind",
            "en": "minor child",
        },
        "spouse": {"nl": "echtgeno(o)t(e)", "fr": "conjoint(e)", "de": "Ehepartner", "en": "spouse"},
    }
    out = [
        f"{m.p.given_names} {m.p.surname}, {rel[m.rel][lang]}, {ds(c, m.p.birth_date, lang)}{piece(c, f'fam{i}', lang)}"
        for i, m in enumerate(c.family)
    ]
    lead = {
        "nl": "De aanvraag wordt mede ingediend voor: ",
        "fr": "La demande est introduite également pour : ",
        "de": "Der Antrag wird auch gestellt für: ",
        "en": "The application is also made for: ",
    }[lang]
    return lead + "; ".join(out) + "."


def put_history(c: Case, lang):
    out = []
    if c.previous_9ter:
        d = ds(c, c.previous_9ter, lang)
        out.append(
            {
                "nl": f"De aanvraag 9ter die verzoeker op {d} indiende en die nog niet werd beantwoord, wordt "
                f"hierbij ingetrokken.",
                "fr": f"La demande 9ter introduite le {d}, toujours pendante, est retirée par la présente.",
                "de": f"Der am {d} gestellte, noch nicht beschiedene 9ter-Antrag wird hiermit zurückgezogen.",
                "en": f"The 9ter application of {d}, which is still pending, is hereby withdrawn.",
            }[lang]
        )
    a = c.asylum
    if a and a.get("status") == "refused":
        d = ds(c, a["refused_on"], lang)
        out.append(
            {
                "nl": f"Het asielverzoek van verzoeker werd op {d} definitief afgewezen.",
                "fr": f"La demande d'asile du requérant a été définitivement rejetée le {d}.",
                "de": f"Der Asylantrag wurde am {d} endgültig abgelehnt.",
                "en": f"The asylum application was finally rejected on {d}.",
            }[lang]
        )
    return " ".join(out) or None


ASK = {
    "nl": "Hierbij dien ik, in naam van verzoeker, een aanvraag in tot machtiging tot verblijf op grond van "
    "artikel 9ter van de wet van 15 december 1980.",
    "fr": "Par la présente, j'introduis au nom du requérant une demande d'autorisation de séjour fondée sur "
    "l'article 9ter de la loi du 15 décembre 1980.",
    "en": "I hereby submit, on behalf of the applicant, an application for authorisation to stay under Article "
    "9ter of the Law of 15 December 1980.",
}
END = {
    "nl": "Ik verzoek u deze aanvraag ontvankelijk en gegrond te verklaren en verblijf toe te staan.",
    "fr": "Je vous prie de déclarer la demande recevable et fondée et d'accorder le séjour sollicité.",
    "en": "I respectfully ask you to declare the application admissible and well-founded.",
}
SUBJ = {
    "nl": "Aanvraag machtiging tot verblijf - art. 9ter Vw.",
    "fr": "Demande 9ter - autorisation de séjour",
    "en": "Application under Article 9ter of the Aliens Act",
}
ANNEX = {"nl": "Bijlagen", "fr": "Annexes", "en": "Annexes"}


class Flow:
    """Text running down the pages of a letter; a new page at the bottom margin."""

    def __init__(self, font, pt, *, x=25.0, w=160.0, top=22.0, bottom=266.0):
        self.font, self.pt, self.x, self.w, self.top, self.bottom = font, pt, x, w, top, bottom
        self.sheets: list[Sheet] = []
        self.new()

    def new(self):
        self.sh = Sheet(210, 297)
        self.sheets.append(self.sh)
        self.y = self.top

    def need(self, h):
        if self.y + h > self.bottom:
            self.new()

    def par(self, s, *, f=None, pt=None, gap=3.2, al="justify", indent=0.0):
        f, pt = f or self.font, pt or self.pt
        lines = self.sh.wrap(s, self.w - indent, font=f, size_pt=pt)
        step = pt * 0.3528 * 1.45
        for i, ln in enumerate(lines):
            self.need(step)
            last = i == len(lines) - 1
            if al == "justify" and not last and " " in ln:
                words = ln.split()
                ws = [wid(w_, f, pt) for w_ in words]
                gapw = (self.w - indent - sum(ws)) / max(1, len(words) - 1)
                xx = self.x + indent
                for w_, ww in zip(words, ws):
                    tx(self.sh, xx, self.y, w_, f=f, pt=pt)
                    xx += ww + gapw
            else:
                tx(self.sh, self.x + indent, self.y, ln, f=f, pt=pt)
            self.y += step
        self.y += gap

    @property
    def page(self):
        return len(self.sheets)


def _body(F: Flow, c: Case, lang: str, tags: dict):
    F.par(ASK[lang])
    tags["personal"] = F.page
    F.par(put_person(c, lang))
    tags["residence"] = F.page
    F.par(put_home(c, lang))
    dom = put_domicile(c, lang)
    if dom:
        F.par(dom)
    F.par(put_identity(c, lang))
    fam = put_family(c, lang)
    if fam:
        F.par(fam)
    F.par(put_medical(c, lang))
    coi = put_coi(c, lang)
    if coi:
        F.par(coi)
    tags["parallel"] = F.page
    h = put_history(c, lang)
    if h:
        F.par(h)
    F.par(END[lang])


def app_nl_letter(c: Case, rng: random.Random):
    """Dutch lawyer's letter in URW Bookman: the firm's name centred in spaced small capitals with a thin rule under
    it and the address line centred below, 'AANGETEKEND' in bold above the DVZ address block at the LEFT, place and
    date at the RIGHT, the subject underlined, the case in justified prose; 'Hoogachtend,' then the signature
    WITHOUT any label at the letter's end at the RIGHT above the typed name, then the numbered 'Bijlagen'; '- n -'
    page numbers centred at the foot."""
    tags = {}
    A = c.lawyer or {}
    F = Flow(BOOK, 10, x=24, w=162, top=24)
    sh = F.sh
    tx(sh, 105, 14, (A.get("firm") or "Advocatenkantoor").upper(), f=BOOK_B, pt=12, at="center", sp=1.2)
    hl(sh, 50, 21, 160, 21, lw=0.3)
    tx(
        sh,
        105,
        23,
        f"{adv_addr(c)}  ·  T {A.get('tel', '')}  ·  {A.get('mail', '')}",
        f=BOOK,
        pt=7.5,
        at="center",
        col=GR1,
    )
    tx(sh, 24, 38, "AANGETEKEND", f=BOOK_B, pt=10)
    for j, ln in enumerate(_b9.DVZ_NL):
        tx(sh, 24, 45 + j * 5, ln, f=BOOK, pt=10)
    tx(sh, 186, 38, f"{A.get('city', 'Gent')}, {ds(c, c.app_date, 'nl')}", f=BOOK, pt=10, at="right")
    tx(sh, 24, 72, SUBJ["nl"], f=BOOK_B, pt=10)
    hl(sh, 24, 76.5, 24 + wid(SUBJ["nl"], BOOK_B, 10), 76.5, lw=0.3)
    F.y = 84
    F.par("Geachte mevrouw, geachte heer,", al="left")
    _body(F, c, "nl", tags)
    F.par("Hoogachtend,", al="left")
    F.need(30)
    tags["signature"] = F.page
    if "unsigned" not in c.flags:
        sig(F.sh, 128, F.y, rng, col=INK_B if rng.random() < 0.6 else INK_K)
    tx(F.sh, 128, F.y + 17, adv(c), f=BOOK, pt=10)
    F.y += 28
    F.need(16)
    F.par(ANNEX["nl"], f=BOOK_B, gap=1, al="left")
    for i, (_k, d) in enumerate(c.annexes):
        F.par(f"{i + 1}. {d}", gap=0.4, al="left", indent=4)
    for i, s in enumerate(F.sheets):
        tx(s, 105, 286, f"- {i + 1} -", f=BOOK, pt=8, at="center", col=GR2)
    return F.sheets, tags


def _margin_letter(c: Case, rng: random.Random, lang: str):
    tags = {}
    A = c.lawyer or {}
    F = Flow(NROM, 11, x=60, w=132, top=20)

    def side(s: Sheet):
        s.rect(0, 0, 48, 297, width_mm=0, fill=(244, 241, 232))
        tx(s, 8, 20, A.get("firm", "Cabinet"), f=NROM_B, pt=9.5)
        for j, ln in enumerate(
            [
                adv(c),
                A.get("street", ""),
                f"{A.get('pc', '')} {A.get('city', '')}",
                A.get("tel", ""),
                A.get("mail", ""),
            ]
        ):
            tx(s, 8, 27 + j * 4.4, ln[:30], f=NROM, pt=7.2, col=GR1)

    side(F.sh)
    sh = F.sh
    reg = {"fr": "Par envoi recommandé", "en": "By registered post"}[lang]
    tx(sh, 60, 20, reg, f=NROM_I, pt=10.5)
    for j, ln in enumerate(_b9.DVZ_FR if lang == "fr" else _b9.DVZ_NL):
        tx(sh, 118, 32 + j * 5, ln, f=NROM, pt=10.5)
    tx(
        sh,
        60,
        60,
        f"{A.get('city', 'Bruxelles')}, {'le ' if lang == 'fr' else ''}{ds(c, c.app_date, lang)}",
        f=NROM,
        pt=10.5,
    )
    tx(sh, 60, 68, ("Objet : " if lang == "fr" else "Subject: ") + SUBJ[lang], f=NROM_B, pt=10.5)
    F.y = 80
    F.par("Madame, Monsieur," if lang == "fr" else "Dear Sir or Madam,", al="left")
    _body(F, c, lang, tags)
    F.par(
        "Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées."
        if lang == "fr"
        else "Yours faithfully,",
        al="left",
    )
    F.need(34)
    tags["signature"] = F.page
    tx(
        F.sh,
        60,
        F.y,
        "Pour le requérant, son conseil," if lang == "fr" else "For the applicant, counsel,",
        f=NROM_I,
        pt=10.5,
    )
    if "unsigned" not in c.flags:
        sig(F.sh, 62, F.y + 5, rng)
    tx(F.sh, 60, F.y + 22, ("Me " if lang == "fr" else "") + adv(c), f=NROM, pt=10.5)
    F.y += 32
    F.need(16)
    F.par({"fr": "Inventaire des pièces", "en": "Schedule of annexes"}[lang], f=NROM_B, gap=1, al="left")
    for i, (_k, d) in enumerate(c.annexes):
        F.par(f"Pièce {i + 1} : {d}" if lang == "fr" else f"Annex {i + 1}: {d}", gap=0.4, al="left")
    for i, s in enumerate(F.sheets):
        if i:
            side(s)
        tx(s, 192, 287, f"{i + 1}/{len(F.sheets)}", f=NROM, pt=8, at="right", col=GR2)
    return F.sheets, tags


def app_fr_letter(c: Case, rng: random.Random):
    """French lawyer's request in Nimbus Roman with a cream sidebar at the LEFT holding the firm's name and contact
    lines on every page, 'Par envoi recommandé' in italics at the top, the Office's address at the RIGHT, the body in
    a narrower justified column; the signature sits BELOW the label 'Pour le requérant, son conseil,' at the LEFT of
    the column, 'Inventaire des pièces' as 'Pièce n : ...' lines, 'n/N' at the foot."""
    return _margin_letter(c, rng, "fr")


def app_en_letter(c: Case, rng: random.Random):
    """The same sidebar design written in English by counsel ('By registered post', 'For the applicant, counsel,'
    above the signature, 'Schedule of annexes')."""
    return _margin_letter(c, rng, "en")


def app_nl_form(c: Case, rng: random.Random):
    """Dutch application form of a social-legal service ('AANVRAAGFORMULIER MEDISCHE REGULARISATIE - ART. 9TER')
    in condensed DejaVu: fields as labels at the LEFT beside long underlines on which the answers are written by hand
    in blue (or typed in Nimbus Mono), section titles in white on dark teal bars, the inventory of annexes as a ruled
    list; a signature box at the bottom RIGHT of page 2 with its label 'Handtekening verzoeker of raadsman' ABOVE the
    box; the pages punched for a binder."""
    tags = {}
    hand = rng.random() < 0.55
    p = c.p
    s1, s2 = Sheet(210, 297), Sheet(210, 297)
    tx(s1, 16, 14, "AANVRAAGFORMULIER MEDISCHE REGULARISATIE", f=DSC_B, pt=13)
    tx(
        s1,
        16,
        20.5,
        "artikel 9ter Vreemdelingenwet - te versturen aangetekend aan DVZ, Pachecolaan 44, 1000 Brussel",
        f=DSC,
        pt=8.5,
        col=GR1,
    )
    y = [30.0]
    sheet = [s1]

    def bar(t):
        sheet[0].rect(16, y[0], 178, 6, width_mm=0, fill=(20, 90, 96))
        tx(sheet[0], 18, y[0] + 1.2, t, f=DSC_B, pt=9.5, col=(255, 255, 255))
        y[0] += 10

    def field(label, value, w=120):
        sh = sheet[0]
        tx(sh, 18, y[0], label, f=DSC, pt=9)
        hl(sh, 72, y[0] + 4.4, 72 + w, y[0] + 4.4, lw=0.25, col=GR1)
        v = str(value or "")
        if v:
            if hand:
                pen(sh, 73, y[0] - 2.2, v[:56], rng, f=HAND3, pt=12.5)
            else:
                tx(sh, 73, y[0] + 0.3, v[:70], f=NMONO, pt=9.5)
        y[0] += 8.2

    bar("1. Gegevens van de verzoeker")
    field("Naam", p.surname.upper())
    field("Voornamen", p.given_names)
    field("Geboortedatum", ds(c, p.birth_date, "nl"))
    field(
        "Geboorteplaats en -land",
        "" if "no_birthplace" in c.flags else f"{p.birth_place}, {cn(c.birth_cc(), 'nl')}",
    )
    field("Nationaliteit", "" if "no_nationality" in c.flags else adj(p.nationality, "nl"))
    field("Rijksregister / DVZ-nr.", c.nrn or c.ov or "")
    tags["personal"] = 1
    bar("2. Verblijfplaats in België")
    field("Adres werkelijke verblijfplaats", "" if "no_address" in c.flags else home(c, "nl"))
    tags["residence"] = 1
    dom = ""
    if not ("no_domicile" in c.flags or c.domicile == "none"):
        dom = (
            f"{adv(c)}, {adv_addr(c)}"
            if c.domicile == "lawyer" and c.lawyer
            else c.other_domicile
            if c.domicile == "other"
            else "werkelijke verblijfplaats"
        )
    field("Gekozen woonplaats", dom)
    field("Raadsman", f"{adv(c)}, {adv_addr(c)}" if c.lawyer else "-")
    bar("3. Gezinsleden die de aanvraag mee indient")
    if c.family:
        for i, m in enumerate(c.family):
            field(
                "Kind" if m.rel == "child" else "Echtgeno(o)t(e)",
                f"{m.p.given_names} {m.p.surname}, {ds(c, m.p.birth_date, 'nl')}{piece(c, f'fam{i}', 'nl')}",
            )
    else:
        field("Gezinsleden", "geen")
    bar("4. Identiteit")
    y[0] = para(s1, 18, y[0], 174, put_identity(c, "nl"), f=DSC, pt=9.5) + 4
    sheet[0] = s2
    y[0] = 16.0
    bar("5. Medische toestand")
    y[0] = para(s2, 18, y[0], 174, put_medical(c, "nl"), f=DSC, pt=9.5) + 4
    bar("6. Beschikbaarheid en toegankelijkheid van de zorg in het land van herkomst")
    y[0] = para(s2, 18, y[0], 174, put_coi(c, "nl") or "-", f=DSC, pt=9.5) + 4
    tags["parallel"] = 2
    bar("7. Eerdere procedures")
    y[0] = para(s2, 18, y[0], 174, put_history(c, "nl") or "geen", f=DSC, pt=9.5) + 4
    bar("8. Bijlagen")
    for i, (_k, d) in enumerate(c.annexes):
        tx(s2, 20, y[0], f"{i + 1}", f=DSC_B, pt=9)
        tx(s2, 28, y[0], d[:92], f=DSC, pt=9)
        hl(s2, 18, y[0] + 5, 192, y[0] + 5, lw=0.15, col=GR3)
        y[0] += 6.5
    y[0] += 8
    tx(s2, 18, y[0], f"Datum: {ds(c, c.app_date, 'nl')}", f=DSC, pt=10)
    tx(s2, 116, y[0], "Handtekening verzoeker of raadsman", f=DSC, pt=8, col=GR1)
    box(s2, 116, y[0] + 5, 76, 28, lw=0.35)
    if "unsigned" not in c.flags:
        sig(s2, 124, y[0] + 10, rng)
    tags["signature"] = 2
    for i, s in enumerate((s1, s2)):
        tx(s, 194, 288, f"blad {i + 1}/2", f=DSC, pt=7.5, at="right", col=GR2)
    return [punched(s1, rng), punched(s2, rng)], tags


_reg(
    "be9ter-app-nl-prose-bookman-gecentreerd-briefhoofd-52",
    "application",
    "nl",
    app_nl_letter,
    "Dutch lawyer's prose letter, centred letterhead, signature at the end without label",
)
_reg(
    "be9ter-app-fr-prose-zijbalk-creme-52",
    "application",
    "fr",
    app_fr_letter,
    "French lawyer's prose letter with a cream sidebar, signature below a label",
)
_reg("be9ter-app-en-prose-zijbalk-creme-52", "application", "en", app_en_letter, "English lawyer's letter")
_reg(
    "be9ter-app-nl-form-teal-balken-onderlijnd-52",
    "application",
    "nl",
    app_nl_form,
    "Dutch labelled form with teal bars, labels beside the answer lines",
)


# --------------------------------------------------------------------------- standard medical certificates

M24 = {
    "fr": dict(
        t="CERTIFICAT MÉDICAL TYPE",
        s="prévu à l'article 9ter, § 1er, alinéa 4, de la loi du 15 décembre 1980 - modèle 2024",
        pat="Données du patient",
        pn="Nom, prénom",
        pb="Date de naissance",
        px="Nationalité",
        sec=[
            "Antécédents médicaux",
            "Diagnostic",
            "Degré de gravité",
            "Traitement actuel (médicaments, intervention, durée)",
            "Conséquences en cas d'arrêt du traitement",
            "Évolution et pronostic",
            "Besoins spécifiques de suivi",
            "Capacité de voyager",
        ],
        sev=["faible", "modéré", "grave", "très grave"],
        med="Médicaments",
        intv="Intervention",
        dur="Durée",
        doc="Médecin",
        riz="N° INAMI",
        ad="Adresse du cabinet",
        dt="Date",
        sg="Cachet et signature du médecin :",
        sp="Spécialité",
    ),
    "en": dict(
        t="STANDARD MEDICAL CERTIFICATE",
        s="referred to in Article 9ter § 1(4) of the Law of 15 December 1980 - 2024 model",
        pat="Patient details",
        pn="Name, first name",
        pb="Date of birth",
        px="Nationality",
        sec=[
            "Medical history",
            "Diagnosis",
            "Degree of severity",
            "Current treatment (medication, intervention, duration)",
            "Consequences if treatment is stopped",
            "Course and prognosis",
            "Specific follow-up needs",
            "Fitness to travel",
        ],
        sev=["low", "moderate", "serious", "very serious"],
        med="Medication",
        intv="Intervention",
        dur="Duration",
        doc="Doctor",
        riz="RIZIV/INAMI no.",
        ad="Practice address",
        dt="Date",
        sg="Stamp and signature of the doctor:",
        sp="Speciality",
    ),
}


def _lvl(c: Case):
    return 3 if c.illness in ("hiv", "ckd", "cancer") else 2


def mc_2024(c: Case, rng: random.Random, *, lang: str):
    """The 2024 model typed in Nimbus Sans: the title and legal line centred, the patient's data in a three-row
    table with grey label cells, eight numbered sections each with its number in a grey square at the LEFT margin,
    the severity as a row of four cells with the chosen one shaded and crossed; on the last page the doctor's block
    (name, speciality, RIZIV/INAMI number, address) in a frame at the LEFT and, at its RIGHT, the label 'Cachet et
    signature' with the signature written BESIDE it and the doctor's rectangular stamp under it."""
    K = M24[lang]
    i = ill(c, lang)
    doc = c.doctor
    p = c.p
    tags = {"patient": 1, "illness": 1, "severity": 1, "treatment": 1}
    sheets = [Sheet(210, 297)]
    s1 = sheets[0]
    tx(s1, 105, 14, K["t"], f=NSAN_B, pt=14, at="center")
    para(s1, 30, 20.5, 150, K["s"], f=NSAN, pt=8.5, al="center")
    nop = "mc_no_patient" in c.flags
    tx(s1, 16, 32, K["pat"], f=NSAN_B, pt=9.5)
    y = 37
    for a, v in [
        (K["pn"], "" if nop else f"{p.surname.upper()}, {p.given_names}"),
        (K["pb"], "" if nop else _b9.fdate(p.birth_date, "slashes")),
        (K["px"], "" if nop else adj(p.nationality, lang)),
    ]:
        box(s1, 16, y, 50, 7, lw=0.25, fill=(236, 236, 236))
        box(s1, 66, y, 128, 7, lw=0.25)
        tx(s1, 18, y + 1.8, a, f=NSAN, pt=8.5)
        tx(s1, 68, y + 1.6, v, f=NSAN, pt=9.8)
        y += 7
    y += 6
    cur = [y]

    def sec(n, body, key=None):
        sh = sheets[-1]
        if cur[0] > 252:
            sheets.append(Sheet(210, 297))
            sh = sheets[-1]
            cur[0] = 18.0
        if key:
            tags[key] = len(sheets)
        sh.rect(16, cur[0], 6, 6, width_mm=0, fill=(200, 200, 204))
        tx(sh, 19, cur[0] + 1.0, str(n), f=NSAN_B, pt=9.5, at="center")
        tx(sh, 25, cur[0] + 0.6, K["sec"][n - 1], f=NSAN_B, pt=10)
        hl(sh, 25, cur[0] + 6.2, 194, cur[0] + 6.2, lw=0.15, col=GR3)
        cur[0] = para(sh, 25, cur[0] + 8, 168, body, f=NSAN, pt=9.8) + 4

    sec(1, i["history"])
    sec(
        2,
        "" if "mc_no_illness" in c.flags else f"{i['name']} - CIM-10/ICD-10 {ILLNESSES[c.illness]['icd']}",
        "illness",
    )
    sh = sheets[-1]
    tags["severity"] = len(sheets)
    sh.rect(16, cur[0], 6, 6, width_mm=0, fill=(200, 200, 204))
    tx(sh, 19, cur[0] + 1.0, "3", f=NSAN_B, pt=9.5, at="center")
    tx(sh, 25, cur[0] + 0.6, K["sec"][2], f=NSAN_B, pt=10)
    cur[0] += 9
    lvl = None if "mc_no_severity" in c.flags else _lvl(c)
    for j, o in enumerate(K["sev"]):
        box(sh, 25 + j * 42, cur[0], 42, 8, lw=0.3, fill=(214, 214, 218) if lvl == j else None)
        tx(
            sh,
            29 + j * 42,
            cur[0] + 2,
            ("X  " if lvl == j else "") + o,
            f=NSAN_B if lvl == j else NSAN,
            pt=9.5,
        )
    cur[0] += 11
    cur[0] = para(sh, 25, cur[0], 168, "" if lvl is None else i["severity"], f=NSAN, pt=9.8) + 4
    nt = "mc_no_treatment" in c.flags
    sec(
        4,
        ""
        if nt
        else f"{K['med']}: {'; '.join(i['meds'])}. {K['intv']}: {i['intervention']} {K['dur']}: "
        f"{i['duration']}",
        "treatment",
    )
    sec(5, i["consequences"])
    sec(6, i["prognosis"])
    sec(7, i["needs"])
    sec(8, i["travel"])
    if cur[0] > 232:
        sheets.append(Sheet(210, 297))
        cur[0] = 20.0
    sh = sheets[-1]
    y = cur[0] + 4
    tags["signature"] = tags["doctor"] = len(sheets)
    box(sh, 16, y, 92, 34, lw=0.3)
    tx(sh, 18, y + 1.5, K["doc"], f=NSAN_B, pt=9.5)
    for j, (a, v) in enumerate(
        [
            ("", doc.name()),
            (K["sp"], SPECIALTY[doc.spec].get(lang, SPECIALTY[doc.spec]["nl"])),
            (K["riz"], "" if "mc_no_riziv" in c.flags else doc.riziv),
            (K["ad"], f"{doc.street}, {doc.pc} {doc.city}"),
        ]
    ):
        tx(sh, 18, y + 7 + j * 6.3, (a + ": " if a else "") + v, f=NSAN, pt=8.8)
    tx(
        sh,
        114,
        y + 1.5,
        f"{K['dt']}: {_b9.fdate(c.cert_date, c.cert_date_style, lang if lang != 'en' else 'nl')}",
        f=NSAN,
        pt=10,
    )
    tx(sh, 114, y + 9, K["sg"], f=NSAN, pt=8.5, col=GR1)
    if "mc_unsigned" not in c.flags:
        sig(sh, 152, y + 6, rng, w=36, h=13)
    st = [doc.name(), doc.inst[:26]] + ([] if "mc_no_riziv" in c.flags else [doc.riziv])
    seal(sh, 116, y + 18, st, rng, shape="rect", col=STB, mm=40)
    for j, s in enumerate(sheets):
        tx(s, 105, 288, f"{K['t'].title()} - {j + 1}/{len(sheets)}", f=NSAN, pt=7.5, at="center", col=GR2)
    return sheets, tags


MOLD = dict(
    t="STANDAARD MEDISCH GETUIGSCHRIFT",
    s="bestemd voor de Dienst Vreemdelingenzaken",
    h=[
        "A/ Voorgeschiedenis",
        "B/ Diagnose: beschrijving van de aandoening, graad van ernst",
        "C/ Huidige behandeling en medicatie, datum van aanvang, voorziene duur",
        "D/ Wat zouden de gevolgen zijn indien de behandeling wordt stopgezet?",
        "E/ Evolutie en prognose",
        "F/ Specifieke noden inzake medische opvolging, mantelzorg",
    ],
)


def mc_old_nl(c: Case, rng: random.Random):
    """The previous model of the 'STANDAARD MEDISCH GETUIGSCHRIFT' (sections A/ to F/), the blank form printed and
    the answers typed on it with a typewriter face (Liberation Mono) on the dotted lines; the patient's name and birth
    date at the top, the doctor's details typed at the end of page 2 and the date, with the signature ABOVE the
    label 'Handtekening en stempel' at the RIGHT and the round stamp at the LEFT; copied grey on recycled paper."""
    K = MOLD
    i = ill(c, "nl")
    doc = c.doctor
    p = c.p
    tags = {"patient": 1, "illness": 1, "severity": 1, "treatment": 1, "doctor": 2, "signature": 2}
    s1, s2 = Sheet(210, 297), Sheet(210, 297)
    tx(s1, 105, 14, K["t"], f=NROM_B, pt=14, at="center")
    tx(s1, 105, 21, K["s"], f=NROM_I, pt=10, at="center")
    nop = "mc_no_patient" in c.flags
    for j, (a, v) in enumerate(
        [
            ("Naam en voornaam van de patiënt:", "" if nop else f"{p.surname} {p.given_names}"),
            ("Geboortedatum:", "" if nop else _b9.fdate(p.birth_date, "dots")),
            ("Nationaliteit:", "" if nop else adj(p.nationality, "nl")),
        ]
    ):
        y = 32 + j * 8
        tx(s1, 18, y, a, f=NROM, pt=10.5)
        hl(s1, 80, y + 4.5, 192, y + 4.5, lw=0.2, dash=0.5, col=GR2)
        tx(s1, 82, y + 0.4, v, f=LMONO, pt=10.5)

    def block(sh, y, title, txt, n):
        tx(sh, 18, y, title, f=NROM_B, pt=10.5)
        y += 7
        lines = sh.wrap(txt, 170, font=LMONO, size_pt=9.8) if txt else []
        for j in range(max(n, len(lines))):
            hl(sh, 18, y + 4.6, 192, y + 4.6, lw=0.15, dash=0.5, col=GR3)
            if j < len(lines):
                tx(sh, 19, y + 0.6, lines[j], f=LMONO, pt=9.8)
            y += 6.4
        return y + 3

    y = block(s1, 62, K["h"][0], i["history"], 4)
    dx = "" if "mc_no_illness" in c.flags else f"{i['name']} (ICD-10 {ILLNESSES[c.illness]['icd']})."
    sv = "" if "mc_no_severity" in c.flags else f" Graad van ernst: {i['severity']}"
    y = block(s1, y, K["h"][1], (dx + sv).strip(), 5)
    nt = "mc_no_treatment" in c.flags
    y = block(
        s1,
        y,
        K["h"][2],
        "" if nt else "; ".join(i["meds"]) + f". {i['intervention']} Duur: {i['duration']}",
        5,
    )
    y2 = block(s2, 18, K["h"][3], i["consequences"], 4)
    y2 = block(s2, y2, K["h"][4], i["prognosis"], 3)
    y2 = block(s2, y2, K["h"][5], i["needs"] + " " + i["travel"], 4)
    y2 += 4
    for j, (a, v) in enumerate(
        [
            ("Naam arts:", doc.name()),
            ("RIZIV-nr.:", "" if "mc_no_riziv" in c.flags else doc.riziv),
            ("Adres:", f"{doc.street}, {doc.pc} {doc.city}"),
            ("Datum:", _b9.fdate(c.cert_date, c.cert_date_style, "nl")),
        ]
    ):
        tx(s2, 18, y2 + j * 7, a, f=NROM, pt=10.5)
        tx(s2, 50, y2 + j * 7 + 0.3, v, f=LMONO, pt=10)
    yy = y2 + 32
    if "mc_unsigned" not in c.flags:
        sig(s2, 130, yy, rng, col=INK_K)
    tx(s2, 126, yy + 16, "Handtekening en stempel", f=NROM, pt=9.5, col=GR1)
    st = [doc.name(), f"{doc.pc} {doc.city}"] + ([] if "mc_no_riziv" in c.flags else [doc.riziv])
    seal(s2, 30, yy - 4, st, rng, col=STV, mm=32)
    return [toned(s1, (232, 230, 222), 0.3), toned(s2, (232, 230, 222), 0.3)], tags


_reg(
    "be9ter-medcert-2024-fr-nimbus-grijze-nummers-gearceerde-ernst-52",
    "medical-certificate",
    "fr",
    lambda c, r: mc_2024(c, r, lang="fr"),
    "2024 model typed in French, numbered grey squares",
)
_reg(
    "be9ter-medcert-2024-en-nimbus-grijze-nummers-52",
    "medical-certificate",
    "en",
    lambda c, r: mc_2024(c, r, lang="en"),
    "2024 model typed in English",
)
_reg(
    "be9ter-medcert-oud-nl-schrijfmachine-stippellijnen-52",
    "medical-certificate",
    "nl",
    mc_old_nl,
    "previous model in Dutch, typewritten on dotted lines",
)


# --------------------------------------------------------------------------- medical statements, COI, asylum


def _dl(c: Case):
    return c.cert_lang if c.cert_lang in ("nl", "fr") else ("fr" if c.lang == "fr" else "nl")


def ms_specialist(c: Case, rng: random.Random):
    """A specialist's report to the referring doctor on hospital letterhead in URW Gothic: the hospital's name in a
    dark-red band at the top with the department in white, the patient line boxed, headings in small bold capitals
    ('CONCLUSIE' / 'CONCLUSION' last), signature ABOVE the printed name and speciality at the bottom LEFT."""
    lang = _dl(c)
    d = c.specialist if "medcert_absent" not in c.flags else c.doctor
    i = ill(c, lang)
    sh = Sheet(210, 297)
    sh.rect(0, 8, 210, 16, width_mm=0, fill=(120, 24, 36))
    tx(sh, 16, 10.5, d.inst, f=GOTH_B, pt=12, col=(255, 255, 255))
    tx(sh, 16, 17.5, (d.dept or SPECIALTY[d.spec].get(lang, "")), f=GOTH, pt=9, col=(240, 220, 220))
    tx(sh, 194, 32, f"{d.city}, {_b9.fdate(c.medstat_date, 'long', lang)}", f=GOTH, pt=9.5, at="right")
    box(sh, 16, 40, 178, 9, lw=0.3)
    tx(
        sh,
        18,
        42.2,
        ("Patiënt: " if lang == "nl" else "Patient : ")
        + f"{c.p.surname.upper()} {c.p.given_names}, {_b9.fdate(c.p.birth_date, 'dots')}",
        f=GOTH_B,
        pt=10,
    )
    heads = {
        "nl": ["ANAMNESE", "ONDERZOEK EN DIAGNOSE", "BEHANDELING", "CONCLUSIE"],
        "fr": ["ANAMNÈSE", "EXAMENS ET DIAGNOSTIC", "TRAITEMENT", "CONCLUSION"],
    }[lang]
    y = 58
    for h, t in zip(
        heads,
        [
            i["history"],
            f"{i['name']}. {i['severity']}",
            "; ".join(i["meds"]) + ". " + i["intervention"],
            i["needs"] + " " + i["prognosis"],
        ],
    ):
        tx(sh, 16, y, h, f=GOTH_B, pt=9)
        y = para(sh, 16, y + 5, 178, t, f=GOTH, pt=10) + 4
    sig(sh, 16, y + 4, rng)
    tx(sh, 16, y + 20, d.name(), f=GOTH_B, pt=10)
    tx(sh, 16, y + 25, SPECIALTY[d.spec].get(lang, ""), f=GOTH, pt=9, col=GR1)
    return [sh], {}


def ms_consult(c: Case, rng: random.Random):
    """A consultation note printed from the hospital's electronic record ('Consultatieverslag' / 'Rapport de
    consultation'): a grey print header with the patient's record number and print date, the text in Liberation Mono
    as the record keeps it, sections introduced by 'S:', 'O:', 'A:', 'P:', and 'Elektronisch ondertekend door ...'
    at the end (no pen signature)."""
    lang = _dl(c)
    d = c.doctor
    i = ill(c, lang)
    sh = Sheet(210, 297)
    sh.rect(12, 10, 186, 12, width_mm=0, fill=(226, 226, 226))
    tx(sh, 14, 12, f"{d.inst}  |  EPD {h32('epd', c.seed) % 10**8:08d}", f=LMONO, pt=8.5)
    tx(
        sh,
        14,
        16.5,
        ("Afgedrukt op " if lang == "nl" else "Imprimé le ")
        + _b9.fdate(c.medstat_date + timedelta(days=2), "dots"),
        f=LMONO,
        pt=8,
    )
    tx(sh, 14, 30, "CONSULTATIEVERSLAG" if lang == "nl" else "RAPPORT DE CONSULTATION", f=NMONO_B, pt=13)
    tx(
        sh,
        14,
        38,
        f"{c.p.surname.upper()}, {c.p.given_names} - {_b9.fdate(c.p.birth_date, 'dots')}",
        f=LMONO,
        pt=10,
    )
    tx(
        sh,
        14,
        43,
        f"{_b9.fdate(c.medstat_date, 'dots')} - {SPECIALTY[d.spec].get(lang, '')}",
        f=LMONO,
        pt=9.5,
    )
    y = 54
    for k, t in [
        ("S:", i["history"]),
        ("O:", i["severity"]),
        ("A:", i["name"]),
        ("P:", "; ".join(i["meds"]) + ". " + i["needs"]),
    ]:
        tx(sh, 14, y, k, f=NMONO_B, pt=10)
        y = para(sh, 24, y, 168, t, f=LMONO, pt=9.5, lead=1.3) + 4
    tx(
        sh,
        14,
        y + 6,
        ("Elektronisch ondertekend door " if lang == "nl" else "Signé électroniquement par ") + d.name(),
        f=LMONO,
        pt=9,
        col=GR1,
    )
    return [sh], {}


def coi_ngo(c: Case, rng: random.Random):
    """A country fact sheet of a medical-humanitarian NGO in English: a green strip at the LEFT edge, the title
    'Access to treatment - <country>' in bold, a small table of the drugs needed with columns 'Available' /
    'Where' / 'Monthly cost', then a paragraph on health insurance and one on costs against the minimum wage, sources
    in small print at the foot."""
    o = c.origin()
    e = BC.get(o, {})
    i = ILLNESSES[c.illness]
    il = i.get("en") or i.get("nl")
    sh = Sheet(210, 297)
    sh.rect(0, 0, 9, 297, width_mm=0, fill=(30, 120, 80))
    tx(sh, 20, 16, "MEDICAL ACCESS DESK - COUNTRY FACT SHEET", f=NNAR_B, pt=9, col=(30, 120, 80))
    tx(sh, 20, 24, f"Access to treatment - {cn(o, 'en')}", f=NSAN_B, pt=15)
    tx(sh, 20, 32, f"Condition: {il['name']}", f=NSAN, pt=10)
    y = 42
    for j, hd in enumerate(["Medicine / service", "Available", "Where", "Monthly cost"]):
        tx(sh, [20, 100, 124, 162][j], y, hd, f=NSAN_B, pt=9)
    hl(sh, 20, y + 5, 192, y + 5, lw=0.4)
    y += 8
    r = random.Random(h32("coi", c.seed))
    for m in il["meds"][:4]:
        tx(sh, 20, y, m[:44], f=NSAN, pt=9)
        tx(sh, 100, y, r.choice(["irregular", "no", "private only"]), f=NSAN, pt=9)
        tx(sh, 124, y, e.get("capital", "capital")[:18], f=NSAN, pt=9)
        tx(sh, 162, y, f"{r.randint(2, 9) * 100} USD", f=NSAN, pt=9)
        y += 6.5
    hl(sh, 20, y, 192, y, lw=0.2)
    y = para(sh, 20, y + 8, 172, e.get("insurance_en", ""), f=NSAN, pt=10) + 4
    y = (
        para(
            sh,
            20,
            y,
            172,
            f"The statutory minimum wage is about {e.get('wage', '-')} a month; the treatment "
            f"described above costs several times that amount and is not reimbursed.",
            f=NSAN,
            pt=10,
        )
        + 4
    )
    para(
        sh,
        20,
        272,
        172,
        "Sources: WHO Essential Medicines list (national), MedCOI responses, interviews with "
        f"health workers in {e.get('capital', '')}, 2025-2026.",
        f=NSAN,
        pt=7.5,
    )
    return [sh], {}


def coi_note_fr(c: Case, rng: random.Random):
    """A French note by a Belgian lawyers' association's documentation service ('Note de documentation'), set in
    Palladio with a boxed summary ('En bref') at the top RIGHT, numbered paragraphs and footnote-style references in
    the text, the page copied slightly grey."""
    o = c.origin()
    e = BC.get(o, {})
    i = ILLNESSES[c.illness]
    il = i.get("fr") or i.get("nl")
    sh = Sheet(210, 297)
    tx(sh, 20, 16, "Service de documentation - Note pays", f=PAL_I, pt=10, col=GR1)
    tx(sh, 20, 24, f"Soins de santé : {cn(o, 'fr')}", f=PAL_B, pt=15)
    box(sh, 128, 34, 64, 34, lw=0.4)
    tx(sh, 131, 36, "En bref", f=PAL_B, pt=9.5)
    para(
        sh,
        131,
        42,
        58,
        f"Traitement de {il['name']} : disponibilité irrégulière, coût à charge du patient.",
        f=PAL,
        pt=8.5,
    )
    y = (
        para(
            sh,
            20,
            36,
            100,
            f"1. Disponibilité. Les médicaments nécessaires ({', '.join(il['meds'][:2])}) ne "
            f"figurent pas de manière fiable sur la liste nationale ; les ruptures de stock sont fréquentes "
            f"(réf. 1).",
            f=PAL,
            pt=10.5,
            al="justify",
        )
        + 4
    )
    y = max(y, 74)
    y = (
        para(
            sh,
            20,
            y,
            172,
            f"2. Accessibilité. {e.get('insurance_fr', '')} (réf. 2).",
            f=PAL,
            pt=10.5,
            al="justify",
        )
        + 4
    )
    y = (
        para(
            sh,
            20,
            y,
            172,
            f"3. Coût. Le salaire minimum avoisine {e.get('wage', '-')} par mois ; le coût "
            f"mensuel du traitement le dépasse largement (réf. 3).",
            f=PAL,
            pt=10.5,
            al="justify",
        )
        + 8
    )
    for j, ref in enumerate(
        ["OMS, profil pays 2025", "Rapport d'une ONG locale, 2026", "Relevé de prix, 2026"], 1
    ):
        tx(sh, 20, y, f"({j}) {ref}", f=PAL, pt=8.5, col=GR1)
        y += 4.5
    return [toned(sh, (236, 236, 236), 0.2)], {}


def ay_annex26_nl(c: Case, rng: random.Random):
    """Annex 26 ('BIJLAGE 26') issued by the Immigration Office as the proof of an application for international
    protection: a half-page form with the photo at the top RIGHT, the data on ruled lines, the extension stamps in a
    grid on the lower half (each a rectangular violet stamp with a date), folded twice and copied on A4."""
    a = c.asylum or {}
    lodged = a.get("lodged") or SUB - timedelta(days=200)
    p = c.p
    sh = Sheet(210, 297)
    tx(sh, 16, 14, "KONINKRIJK BELGIË - FOD Binnenlandse Zaken", f=NNAR, pt=9)
    tx(sh, 16, 20, "BIJLAGE 26", f=NNAR_B, pt=16)
    tx(sh, 16, 28, "Bewijs van inschrijving - verzoek om internationale bescherming", f=NNAR, pt=10)
    sh.photo(160, 12, 30, 38, rng)
    y = 44
    for lab, v in [
        ("Naam", p.surname.upper()),
        ("Voornaam", p.given_names),
        ("Geboren op", ds(c, p.birth_date, "nl")),
        ("Te", p.birth_place),
        ("Nationaliteit", adj(p.nationality, "nl")),
        ("O.V.", c.ov or ""),
        ("Datum verzoek", ds(c, lodged, "nl")),
    ]:
        tx(sh, 16, y, lab, f=NNAR, pt=9.5, col=GR1)
        hl(sh, 48, y + 4.5, 150, y + 4.5, lw=0.2)
        tx(sh, 50, y + 0.3, v, f=NNAR_B, pt=10)
        y += 8
    tx(sh, 16, y + 6, "Verlengingen", f=NNAR_B, pt=10)
    # extensions every three months from the lodging date; the last one runs past the submission date
    ends = []
    d = lodged + timedelta(days=90)
    while True:
        ends.append(d)
        if d > SUB + timedelta(days=14):
            break
        d = d + timedelta(days=90)
    for k, end in enumerate(ends[-6:]):
        x, yy = 16 + (k % 3) * 60, y + 14 + (k // 3) * 30
        box(sh, x, yy, 56, 26, lw=0.2, col=GR2)
        seal(
            sh,
            x + 4,
            yy + 3,
            ["DVZ - OE", f"GELDIG TOT {_b9.fdate(end, 'dots')}"],
            rng,
            shape="rect",
            col=STV,
            mm=42,
        )
    img = raster(sh, 170)
    from PIL import ImageDraw as _D

    dr = _D.Draw(img, "RGBA")
    for f in (1, 2):
        yy = img.height * f // 3
        dr.line([(0, yy), (img.width, yy)], fill=(90, 90, 90, 60), width=4)
    return [img_sheet(img)], {}


def ay_cgra_fr(c: Case, rng: random.Random):
    """The CGRA's 'ATTESTATION' that an application for international protection is being examined: the
    Commissioner-General's name at the top LEFT in a narrow column, the reference block at the RIGHT, one paragraph
    naming the applicant and the date of the application, signed 'pour le Commissaire général' with a round stamp."""
    a = c.asylum or {}
    lodged = a.get("lodged") or SUB - timedelta(days=200)
    p = c.p
    sh = Sheet(210, 297)
    for j, ln in enumerate(
        [
            "Commissariat général",
            "aux réfugiés et",
            "aux apatrides",
            "",
            "Rue Ernest Blerot 39",
            "1070 Bruxelles",
        ]
    ):
        tx(sh, 18, 16 + j * 5, ln, f=NROM_B if j < 3 else NROM, pt=10 if j < 3 else 8.5)
    tx(sh, 120, 18, f"N/Réf. : {rng.randint(10, 26)}{nums_(rng, 5)}", f=NROM, pt=9.5)
    tx(sh, 120, 24, f"S.P. : {c.ov or ''}", f=NROM, pt=9.5)
    tx(
        sh,
        120,
        30,
        f"Bruxelles, le {_b9.fdate(SUB - timedelta(days=rng.randint(10, 60)), 'long', 'fr')}",
        f=NROM,
        pt=9.5,
    )
    tx(sh, 105, 62, "ATTESTATION", f=NROM_B, pt=15, at="center")
    y = para(
        sh,
        24,
        78,
        162,
        f"Le Commissariat général atteste que {p.given_names} {p.surname.upper()}, né(e) le "
        f"{_b9.fdate(p.birth_date, 'dots')}, de nationalité {adj(p.nationality, 'fr')}, a introduit le "
        f"{_b9.fdate(lodged, 'long', 'fr')} une demande de protection internationale qui est actuellement en "
        f"cours d'examen. Aucune décision définitive n'a été prise à ce jour.",
        f=NROM,
        pt=11.5,
        lead=1.6,
        al="justify",
    )
    tx(sh, 110, y + 14, "Pour le Commissaire général,", f=NROM, pt=10.5)
    sig(sh, 112, y + 20, rng, col=INK_K)
    seal(sh, 70, y + 14, ["CGRA - CGVS", "BRUXELLES"], rng, col=STB, mm=28)
    return [sh], {}


def nums_(rng, n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


_reg(
    "be9ter-medstat-specialist-rode-band-hoofdletterkoppen-52",
    "medical-statement",
    "nl",
    ms_specialist,
    "specialist's report under a dark-red band",
)
_reg(
    "be9ter-medstat-epd-consult-soap-mono-52",
    "medical-statement",
    "nl",
    ms_consult,
    "consultation note printed from the electronic record",
)
_reg(
    "be9ter-coi-ngo-factsheet-groene-strook-tabel-52",
    "country-of-origin-info",
    "en",
    coi_ngo,
    "NGO country fact sheet with a drugs table",
)
_reg(
    "be9ter-coi-note-fr-en-bref-kader-52",
    "country-of-origin-info",
    "fr",
    coi_note_fr,
    "documentation note with a summary box",
)
_reg(
    "be9ter-asylum-annex26-nl-verlengvakken-gevouwen-52",
    "asylum-proof",
    "nl",
    ay_annex26_nl,
    "annex 26 with extension boxes, folded",
)
_reg(
    "be9ter-asylum-cgra-fr-attestation-smalle-kolom-52",
    "asylum-proof",
    "fr",
    ay_cgra_fr,
    "CGRA attestation in French",
)


# --------------------------------------------------------------------------- registered mail and other papers


def _sender(c: Case):
    if c.lawyer and ("no_address" in c.flags or c.seed % 3 != 0):
        A = c.lawyer
        return [A["firm"], A["street"], f"{A['pc']} {A['city']}"]
    a = c.addr
    return [
        f"{c.p.given_names} {c.p.surname}",
        f"{a.street} {a.number}" + (f" bus {a.box}" if a.box else ""),
        f"{a.postcode} {a.city}",
    ]


def rm_thermal(c: Case, rng: random.Random):
    """The post office's thermal till receipt for a registered letter ('Aangetekende zending / Envoi recommandé'):
    a narrow strip in a receipt face with the post office's name and counter number, the item line with its price,
    the tracking number printed under a barcode, the addressee in three lines, the time of deposit; the strip laid
    on the scanner glass beside a second, unrelated ticket's edge and scanned on A4 with grey background."""
    strip = Sheet(72, 190)
    tx(strip, 36, 6, "bpost", f=NSAN_B, pt=14, at="center", col=(200, 30, 40))
    tx(strip, 36, 13, f"Postkantoor {c.addr.city[:18]}", f=LMONO, pt=7.5, at="center")
    tx(
        strip,
        36,
        17,
        f"Loket {rng.randint(1, 6)}  -  Kassa {rng.randint(10, 99)}",
        f=LMONO,
        pt=7.5,
        at="center",
    )
    hl(strip, 4, 22, 68, 22, lw=0.2, dash=0.8)
    y = 27
    tx(strip, 4, y, "AANGETEKEND / RECOMMANDE", f=LMONO, pt=7.5)
    tx(strip, 68, y + 4, "9,80 EUR", f=LMONO, pt=7.5, at="right")
    y += 12
    r = random.Random(h32("bar", c.rm_track))
    x = 8.0
    while x < 64:
        w = r.choice([0.3, 0.5, 0.8])
        strip.rect(x, y, w, 10, width_mm=0, fill=(0, 0, 0))
        x += w + r.choice([0.3, 0.5, 0.7])
    tx(strip, 36, y + 12, _b9.track_spaced(c.rm_track), f=LMONO, pt=7.5, at="center")
    y += 22
    tx(strip, 4, y, "Bestemmeling / Destinataire:", f=LMONO, pt=7)
    for j, ln in enumerate(c.rm_to):
        tx(strip, 4, y + 5 + j * 4.2, ln[:34], f=LMONO, pt=7)
    y += 8 + 4.2 * len(c.rm_to)
    tx(strip, 4, y, "Afzender / Expéditeur:", f=LMONO, pt=7)
    for j, ln in enumerate(_sender(c)):
        tx(strip, 4, y + 5 + j * 4.2, ln[:34], f=LMONO, pt=7)
    y += 22
    tx(
        strip,
        4,
        y,
        f"{_b9.fdate(c.rm_date, 'dots')}  {rng.randint(9, 16)}:{rng.randint(10, 59)}",
        f=LMONO,
        pt=7.5,
    )
    tx(strip, 36, y + 8, "Bewaar dit ticket - Conservez ce ticket", f=LMONO, pt=6.5, at="center")
    sh = Sheet(210, 297)
    sh.rect(0, 0, 210, 297, width_mm=0, fill=(214, 214, 216))
    sh.image(62, 30, 72, 190, raster(strip, 300))
    sh.rect(150, 40, 40, 120, width_mm=0, fill=(250, 250, 248))
    return [sh], {}


def rm_post_online(c: Case, rng: random.Random):
    """A4 print of bpost's 'Aangetekend online' order summary in Nimbus Sans: the red-white header, the shipment's
    addresses in two framed boxes side by side (Afzender LEFT, Bestemmeling RIGHT), the label with barcode and the
    tracking number below, and the post office's round dated stamp pressed on the lower half (proof of deposit)."""
    sh = Sheet(210, 297)
    sh.rect(14, 12, 182, 12, width_mm=0, fill=(226, 30, 40))
    tx(
        sh,
        18,
        14.5,
        "bpost  -  Aangetekend online  /  Recommandé en ligne",
        f=NSAN_B,
        pt=11,
        col=(255, 255, 255),
    )
    tx(sh, 18, 32, "Verzendbewijs - Preuve de dépôt", f=NSAN_B, pt=13)
    for k, (lab, lines) in enumerate(
        [("Afzender / Expéditeur", _sender(c)), ("Bestemmeling / Destinataire", c.rm_to)]
    ):
        x = 18 + k * 90
        box(sh, x, 42, 84, 34, lw=0.35)
        tx(sh, x + 2, 43.5, lab, f=NSAN, pt=8, col=GR1)
        for j, ln in enumerate(lines):
            tx(sh, x + 3, 50 + j * 5.5, ln[:40], f=NSAN, pt=10)
    r = random.Random(h32("lbl", c.rm_track))
    x = 30.0
    while x < 150:
        w = r.choice([0.4, 0.7, 1.1])
        sh.rect(x, 88, w, 16, width_mm=0, fill=(0, 0, 0))
        x += w + r.choice([0.4, 0.7, 1.0])
    tx(sh, 90, 107, c.rm_track, f=NSAN_B, pt=11, at="center")
    tx(
        sh,
        18,
        120,
        f"Besteld op {_b9.fdate(c.rm_date - timedelta(days=rng.choice([0, 1])), 'dots')}",
        f=NSAN,
        pt=9.5,
    )
    tx(sh, 18, 126, "Product: Aangetekende zending zonder ontvangstbewijs", f=NSAN, pt=9.5)
    seal(sh, 120, 132, ["BPOST", _b9.fdate(c.rm_date, "dots"), c.addr.city.upper()[:14]], rng, col=STR, mm=30)
    return [sh], {}


def ot_declaration(c: Case, rng: random.Random):
    """A declaration on honour ('Déclaration sur l'honneur / Verklaring op eer') typed by a social worker on a
    community centre's form: the applicant states his own name, birth date and place and nationality, explains that
    he has no papers, and signs at the bottom RIGHT; the centre's green rectangular stamp at the LEFT."""
    p = c.p
    sh = Sheet(210, 297)
    tx(sh, 18, 16, "Centre social Le Pont asbl - Sociaal centrum De Brug vzw", f=DSC_B, pt=10)
    tx(sh, 105, 36, "DÉCLARATION SUR L'HONNEUR / VERKLARING OP EER", f=DSC_B, pt=13, at="center")
    y = para(
        sh,
        22,
        52,
        166,
        f"Je soussigné(e) / Ondergetekende, {p.given_names} {p.surname}, déclare sur l'honneur "
        f"être né(e) le {_b9.fdate(p.birth_date, 'slashes')} à {p.birth_place} et avoir la nationalité "
        f"{adj(p.nationality, 'fr')}. Je ne dispose d'aucun passeport ni d'aucune carte d'identité. / "
        f"verklaar op eer geboren te zijn op {_b9.fdate(p.birth_date, 'slashes')} te {p.birth_place} en de "
        f"{adj(p.nationality, 'nl')} nationaliteit te hebben. Ik heb geen paspoort of identiteitskaart.",
        f=DSC,
        pt=11,
        lead=1.6,
        al="justify",
    )
    tx(
        sh,
        22,
        y + 10,
        f"{c.addr.city}, {_b9.fdate(c.app_date - timedelta(days=rng.randint(3, 20)), 'slashes')}",
        f=DSC,
        pt=10.5,
    )
    sig(sh, 126, y + 18, rng)
    tx(sh, 126, y + 34, "Signature / Handtekening", f=DSC, pt=8.5, col=GR1)
    seal(sh, 24, y + 22, ["LE PONT - DE BRUG", "SERVICE SOCIAL"], rng, shape="rect", col=STG, mm=40)
    return [sh], {}


def ot_pharmacy(c: Case, rng: random.Random):
    """A pharmacy's invoice ('Facture - Factuur') on A4 with the pharmacy's green cross at the top LEFT, a table of
    products with columns 'CNK', 'Produit', 'Quantité', 'Prix', 'Part patient', the total at the RIGHT in bold."""
    il = ill(c, "fr")
    sh = Sheet(210, 297)
    sh.rect(18, 14, 4, 12, width_mm=0, fill=(20, 150, 70))
    sh.rect(14, 18, 12, 4, width_mm=0, fill=(20, 150, 70))
    tx(sh, 32, 15, f"Pharmacie du Marché - {c.addr.city}", f=NSAN_B, pt=12)
    tx(sh, 32, 21, f"{c.addr.postcode} {c.addr.city} - APB {nums_(rng, 6)}", f=NSAN, pt=8.5, col=GR1)
    tx(sh, 18, 40, f"FACTURE - FACTUUR n° {nums_(rng, 6)}", f=NSAN_B, pt=12)
    tx(sh, 18, 47, f"Patient : {c.p.surname.upper()} {c.p.given_names}", f=NSAN, pt=10)
    y = 58
    for j, hd in enumerate(["CNK", "Produit", "Qté", "Prix", "Part patient"]):
        tx(sh, [18, 40, 130, 146, 170][j], y, hd, f=NSAN_B, pt=9)
    hl(sh, 18, y + 5, 194, y + 5, lw=0.3)
    y += 8
    tot = 0.0
    for m in il["meds"]:
        pr = round(rng.uniform(6, 60), 2)
        pp = round(pr * rng.choice([0.25, 0.5, 1.0]), 2)
        tot += pp
        for j, v in enumerate(
            [nums_(rng, 7), m[:48], "1", f"{pr:.2f}".replace(".", ","), f"{pp:.2f}".replace(".", ",")]
        ):
            tx(sh, [18, 40, 130, 146, 170][j], y, v, f=NSAN, pt=9)
        y += 6
    hl(sh, 18, y, 194, y, lw=0.3)
    tx(sh, 194, y + 4, f"Total : {tot:.2f} EUR".replace(".", ","), f=NSAN_B, pt=11, at="right")
    tx(sh, 18, y + 14, _b9.fdate(c.app_date - timedelta(days=rng.randint(5, 40)), "dots"), f=NSAN, pt=9)
    return [sh], {}


_reg(
    "be9ter-rm-thermisch-ticket-grijze-glasplaat-52",
    "registered-mail-receipt",
    "nl",
    rm_thermal,
    "thermal counter receipt scanned on a grey ground",
)
_reg(
    "be9ter-rm-online-verzendbewijs-twee-kaders-rode-stempel-52",
    "registered-mail-receipt",
    "nl",
    rm_post_online,
    "online order summary with the post office's stamp",
)
_reg(
    "be9ter-other-declaration-tweetalig-sociaal-centrum-52",
    "other",
    "fr",
    ot_declaration,
    "bilingual declaration on honour typed at a community centre",
)
_reg("be9ter-other-pharmacy-factuur-groen-kruis-52", "other", "fr", ot_pharmacy, "pharmacy invoice")
