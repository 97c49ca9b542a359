"""9ter families of the `fiftyfirst` part (registered in be9ter.BFAMILIES).

Written by a writer who saw neither the validator nor its output, from the seeds (003, 004), rules.md and how such
papers look in Belgian files.  Every family (layout, wording, faces, signature placement and copy habit) is this
part's own and is described in its function's docstring only (the part is read blind).  The applications' sentences
are written here (`tell_*` builders); the facts of a case come from the case that be9ter's generic plan draws.

Importing this module tells be9ter which origins this part's 9ter applicants come from (Eswatini, Bolivia and
Cambodia, and Türkiye-born nationals of them for the Turkish birth record) and adds this part's extra clean
dossiers, each under the part's own key; nothing another part reads is changed.
"""

from __future__ import annotations

import datetime
import random
from datetime import timedelta

from . import be9ter as _b9
from .be9ter import ILLNESSES, SPECIALTY, Case
from .fiftyfirst_identity import (
    C059,
    C059_B,
    CALA,
    CALA_B,
    CARL,
    CARL_B,
    CPRIME,
    CPRIME_B,
    DVS,
    DVS_B,
    DVSC,
    DVSC_B,
    FSANS,
    FSANS_B,
    G1,
    G2,
    G3,
    HAND_A,
    HAND_C,
    HAND_D,
    LSANS,
    LSANS_B,
    LSERIF,
    LSERIF_B,
    NARROW,
    NARROW_B,
    PEN_BLACK,
    PEN_BLUE,
    ST_BLUE,
    ST_GREEN,
    ST_VIOLET,
    BOX,
    HW,
    LINE,
    PAR,
    SIGN,
    STAMP,
    T,
    W,
    aged,
    digs,
    hsh,
    quarter,
)
from .paper import Sheet

PART = "fiftyfirst"
SUB = datetime.date(2026, 12, 1)

# this part's 9ter applicants (new key only)
_b9.PART_ORIGINS.setdefault(PART, ["SWZ", "BOL", "KHM"])
# clean dossiers only this part has (new key only): identity pieces with a marriage act, the identity card with a
# child, an embassy's identity certificate with a child, identity pieces with a child, the identity card with a
# spouse, an identity certificate alone, identity pieces alone and an expired passport with a spouse (the names'
# seeds pick both countries' pieces and certificates)
_b9.EXTRA_CLEANS.setdefault(
    PART,
    [
        dict(id="pieces", family=["spouse"]),
        dict(id="idcard", family=["child"]),
        dict(id="certificate", family=["child"]),
        dict(id="pieces", family=["child"]),
        dict(id="idcard", family=["spouse"]),
        dict(id="certificate"),
        dict(id="pieces"),
        dict(id="passport-expired", family=["spouse"]),
    ],
)

BC = _b9.COUNTRIES


def _reg(fid: str, type_: str, lang: str, make, note: str) -> None:
    _b9._reg(fid, type_, PART, lang, make, note)


def L(lang: str) -> str:
    return lang if lang in ("nl", "fr", "de", "en") else "nl"


def fem(c: Case) -> bool:
    return c.p.sex == "F"


def dt_(c: Case, d: datetime.date, lang: str) -> str:
    return _b9.fdate(d, c.date_style, L(lang))


def nm(c: Case) -> str:
    return _b9.name_in(c.p, c.name_style)


def cn(code: str, lang: str) -> str:
    return _b9.cname(code, L(lang))


def adj(code: str, lang: str) -> str:
    e = BC.get(code) or {}
    return e.get(f"adj_{L(lang)}") or _b9._people.nationality_adj(code, L(lang))


def illx(c: Case, lang: str) -> dict:
    d = ILLNESSES[c.illness]
    return d.get(lang) or d.get("nl")


def ref(c: Case, key: str, lang: str) -> str:
    n = c.annex_no(key)
    if n is None:
        return ""
    return {"nl": f" (stuk {n})", "fr": f" (pièce {n})", "de": f" (Anlage {n})", "en": f" (exhibit {n})"}[
        lang
    ]


def regno(c: Case, lang: str) -> str:
    if c.nrn:
        return {
            "nl": f"rijksregisternr. {c.nrn}",
            "fr": f"n° national {c.nrn}",
            "de": f"NRN {c.nrn}",
            "en": f"national number {c.nrn}",
        }[lang]
    return {"nl": f"O.V. {c.ov}", "fr": f"S.P. {c.ov}", "de": f"Akte DVZ {c.ov}", "en": f"DVZ file {c.ov}"}[
        lang
    ]


def home(c: Case, lang: str) -> str:
    return _b9.addr_str(c.addr, L(lang), c.addr_style)


def counsel(c: Case) -> str:
    A = c.lawyer or {}
    return f"{A.get('first', '')} {A.get('last', '')}".strip()


def counsel_addr(c: Case) -> str:
    A = c.lawyer or {}
    return f"{A.get('street', '')}, {A.get('pc', '')} {A.get('city', '')}"


# --------------------------------------------------------------------------- what the applications say


def tell_person(c: Case, lang: str) -> str:
    p = c.p
    cc = c.birth_cc()
    nobp, nonat = "no_birthplace" in c.flags, "no_nationality" in c.flags
    bd = dt_(c, p.birth_date, lang)
    if lang == "nl":
        s = f"{nm(c)}, geboren {bd}" + ("" if nobp else f" te {p.birth_place} ({cn(cc, 'nl')})")
        s += "" if nonat else f", met de {adj(p.nationality, 'nl')} nationaliteit"
    elif lang == "fr":
        s = f"{nm(c)}, né{'e' if fem(c) else ''} le {bd}" + (
            "" if nobp else f" à {p.birth_place} ({cn(cc, 'fr')})"
        )
        s += "" if nonat else f", de nationalité {adj(p.nationality, 'fr')}"
    elif lang == "de":
        s = f"{nm(c)}, geboren am {bd}" + ("" if nobp else f" in {p.birth_place} ({cn(cc, 'de')})")
        s += "" if nonat else f", {adj(p.nationality, 'de')}e Staatsangehörigkeit"
    else:
        s = f"{nm(c)}, born {bd}" + ("" if nobp else f" in {p.birth_place}, {cn(cc, 'en')}")
        s += "" if nonat else f", of {adj(p.nationality, 'en')} nationality"
    return s + f" ({regno(c, lang)})"


def tell_home(c: Case, lang: str) -> str:
    if "no_address" in c.flags:
        return {
            "nl": "Verzoeker verblijft in België en wordt hier medisch opgevolgd.",
            "fr": "Le requérant séjourne en Belgique où il est suivi médicalement.",
            "de": "Der Antragsteller hält sich in Belgien auf und wird hier behandelt.",
            "en": "The applicant stays in Belgium and is treated here.",
        }[lang]
    a = home(c, lang)
    return {
        "nl": f"Verzoeker{'ster' if fem(c) else ''} verblijft feitelijk te {a}.",
        "fr": f"{'La requérante' if fem(c) else 'Le requérant'} réside effectivement {a}.",
        "de": f"Die tatsächliche Wohnanschrift lautet: {a}.",
        "en": f"The applicant's actual residence is {a}.",
    }[lang]


def tell_domicile(c: Case, lang: str) -> str | None:
    if "no_domicile" in c.flags or c.domicile == "none":
        return None
    if c.domicile == "lawyer" and c.lawyer:
        w = f"{counsel(c)}, {counsel_addr(c)}"
        return {
            "nl": f"Woonplaatskeuze wordt gedaan op het kantoor van de raadsman, {w}.",
            "fr": f"Il est fait élection de domicile au cabinet du conseil soussigné, {w}.",
            "de": f"Zustellungsanschrift (gewählter Wohnsitz) ist die Kanzlei {w}.",
            "en": f"Domicile is elected at counsel's office, {w}.",
        }[lang]
    if c.domicile == "other" and c.other_domicile:
        return {
            "nl": f"Woonplaatskeuze wordt gedaan bij {c.other_domicile}.",
            "fr": f"Élection de domicile est faite auprès de {c.other_domicile}.",
            "de": f"Gewählter Wohnsitz: {c.other_domicile}.",
            "en": f"Domicile is elected at {c.other_domicile}.",
        }[lang]
    return {
        "nl": "Woonplaatskeuze wordt gedaan op het adres van de feitelijke verblijfplaats.",
        "fr": "Élection de domicile est faite à l'adresse de la résidence effective.",
        "de": "Gewählter Wohnsitz ist die tatsächliche Wohnanschrift.",
        "en": "Domicile is elected at the address of actual residence.",
    }[lang]


def _pieces(c: Case, lang: str) -> str:
    items = [f"{d[0].lower() + d[1:]}{ref(c, k, lang)}" for k, d in c.annexes if k.startswith("id")]
    if not items:
        return ""
    j = {"nl": " en ", "fr": " et ", "de": " und ", "en": " and "}[lang]
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + j + items[-1]


def tell_identity(c: Case, lang: str) -> str:
    k = c.id_kind
    pcs = _pieces(c, lang)
    if k == "none":
        return {
            "nl": "Het paspoort van verzoeker wordt aangevraagd bij de ambassade en zal zo spoedig mogelijk "
            "worden nagestuurd.",
            "fr": "Le passeport du requérant a été demandé à l'ambassade et sera transmis dès réception.",
            "de": "Der Reisepass wurde bei der Botschaft beantragt und wird nachgereicht.",
            "en": "The passport has been requested from the embassy and will follow.",
        }[lang]
    if k in ("asylum", "asylum-noproof"):
        s = {
            "nl": "Verzoeker is asielzoeker wiens aanvraag nog niet definitief is afgewezen; hij is derhalve "
            "vrijgesteld van het voorleggen van een identiteitsdocument",
            "fr": "Le requérant est demandeur d'asile dont la demande n'a pas fait l'objet d'une décision "
            "définitive ; il est dès lors dispensé de produire un document d'identité",
            "de": "Der Antragsteller ist Asylbewerber ohne endgültige Entscheidung und daher von der Vorlage "
            "eines Identitätsdokuments befreit",
            "en": "The applicant is an asylum seeker without a final decision and is therefore exempt from "
            "producing an identity document",
        }[lang]
        return s + (f"{ref(c, 'asylum', lang)}." if c.annex_no("asylum") else ".")
    if k == "declaration":
        return {
            "nl": f"Verzoeker beschikt over geen identiteitsdocument en legt een verklaring voor{ref(c, 'id', 'nl')}.",
            "fr": f"Le requérant ne dispose d'aucun document d'identité et produit une déclaration{ref(c, 'id', 'fr')}.",
            "de": f"Der Antragsteller hat kein Identitätsdokument und legt eine Erklärung vor{ref(c, 'id', 'de')}.",
            "en": f"The applicant has no identity document and encloses a declaration{ref(c, 'id', 'en')}.",
        }[lang]
    return {
        "nl": f"De identiteit blijkt uit: {pcs}.",
        "fr": f"L'identité est établie par : {pcs}.",
        "de": f"Die Identität ergibt sich aus: {pcs}.",
        "en": f"Identity is shown by: {pcs}.",
    }[lang]


def tell_medical(c: Case, lang: str) -> str:
    i = illx(c, lang)
    d = c.doctor.name()
    cd = dt_(c, c.cert_date, lang)
    r = ref(c, "medcert", lang)
    return {
        "nl": f"Verzoeker lijdt aan {i['name']}, zoals blijkt uit het standaard medisch getuigschrift van {d} "
        f"van {cd}{r}. Zonder behandeling bestaat een reëel risico voor het leven of de fysieke "
        f"integriteit.",
        "fr": f"Le requérant souffre de {i['name']}, comme l'atteste le certificat médical type établi par {d} "
        f"le {cd}{r}. Sans traitement, il existe un risque réel pour sa vie ou son intégrité physique.",
        "de": f"Der Antragsteller leidet an {i['name']}, wie das Standardattest von {d} vom {cd}{r} belegt. "
        f"Ohne Behandlung besteht eine reale Gefahr für Leben und körperliche Unversehrtheit.",
        "en": f"The applicant suffers from {i['name']}, as the standard medical certificate of {d} dated {cd}{r} "
        f"shows. Without treatment there is a real risk to life or physical integrity.",
    }[lang]


def tell_coi(c: Case, lang: str) -> str | None:
    if "no_coi" in c.flags or not c.coi_in_app:
        return None
    e = BC.get(c.origin(), {})
    ins = e.get(f"insurance_{lang}") or e.get("insurance_en", "")
    r = ref(c, "coi", lang)
    return {
        "nl": f"De noodzakelijke zorg is in {cn(c.origin(), 'nl')} niet beschikbaar noch toegankelijk{r}. {ins}",
        "fr": f"Les soins requis ne sont ni disponibles ni accessibles en {cn(c.origin(), 'fr')}{r}. {ins}",
        "de": f"Die Behandlung ist in {cn(c.origin(), 'de')} weder verfügbar noch zugänglich{r}. {ins}",
        "en": f"The treatment is neither available nor accessible in {cn(c.origin(), 'en')}{r}. {ins}",
    }[lang]


def tell_family(c: Case, lang: str) -> str | None:
    if not c.family:
        return None
    out = []
    for i, m in enumerate(c.family):
        q = m.p
        rel = {
            "child": {"nl": "kind", "fr": "enfant", "de": "Kind", "en": "child"},
            "spouse": {
                "nl": "echtgeno(o)t(e)",
                "fr": "conjoint(e)",
                "de": "Ehegatte/Ehegattin",
                "en": "spouse",
            },
        }[m.rel][lang]
        out.append(
            f"{q.given_names} {q.surname} ({rel}, {dt_(c, q.birth_date, lang)}){ref(c, f'fam{i}', lang)}"
        )
    lead = {
        "nl": "De aanvraag geldt ook voor: ",
        "fr": "La demande vaut également pour : ",
        "de": "Der Antrag gilt auch für: ",
        "en": "The application also covers: ",
    }[lang]
    return lead + "; ".join(out) + "."


def tell_history(c: Case, lang: str) -> str | None:
    out = []
    if c.previous_9ter:
        d = dt_(c, c.previous_9ter, lang)
        out.append(
            {
                "nl": f"Verzoeker diende op {d} een eerdere aanvraag 9ter in, die nog hangende is; die aanvraag "
                f"wordt hierbij ingetrokken.",
                "fr": f"Le requérant a introduit le {d} une demande 9ter toujours pendante ; il s'en désiste par "
                f"la présente.",
                "de": f"Der am {d} gestellte, noch anhängige 9ter-Antrag wird hiermit zurückgenommen.",
                "en": f"The earlier 9ter application of {d}, still pending, is hereby withdrawn.",
            }[lang]
        )
    a = c.asylum
    if a and a.get("status") == "refused":
        d = dt_(c, a["refused_on"], lang)
        out.append(
            {
                "nl": f"Het verzoek om internationale bescherming werd op {d} definitief afgewezen.",
                "fr": f"La demande de protection internationale a été définitivement rejetée le {d}.",
                "de": f"Der Antrag auf internationalen Schutz wurde am {d} endgültig abgelehnt.",
                "en": f"The application for international protection was finally refused on {d}.",
            }[lang]
        )
    return " ".join(out) or None


def enclosure_lines(c: Case, lang: str) -> list[str]:
    return [f"{i + 1}. {d}" for i, (k, d) in enumerate(c.annexes)]


OPEN = {
    "nl": "Geachte heer, mevrouw,",
    "fr": "Madame, Monsieur,",
    "de": "Sehr geehrte Damen und Herren,",
    "en": "Dear Sir or Madam,",
}
ASK = {
    "nl": "Namens mijn cliënt{x} dien ik hierbij een aanvraag tot machtiging tot verblijf in op grond van artikel "
    "9ter van de wet van 15 december 1980.",
    "fr": "Au nom de mon client{x}, j'ai l'honneur d'introduire une demande d'autorisation de séjour sur la base "
    "de l'article 9ter de la loi du 15 décembre 1980.",
    "de": "Im Namen meines Mandanten{x} stelle ich hiermit einen Antrag auf Aufenthaltserlaubnis gemäß Artikel "
    "9ter des Gesetzes vom 15. Dezember 1980.",
    "en": "On behalf of my client{x} I hereby apply for leave to remain under Article 9ter of the Law of "
    "15 December 1980.",
}
BYE = {
    "nl": "Hoogachtend,",
    "fr": "Veuillez agréer, Madame, Monsieur, l'expression de ma considération distinguée.",
    "de": "Mit vorzüglicher Hochachtung",
    "en": "Yours faithfully,",
}
ENCL = {
    "nl": "Inventaris van de stukken",
    "fr": "Inventaire des pièces",
    "de": "Anlagenverzeichnis",
    "en": "List of exhibits",
}
RE = {
    "nl": "Betreft: aanvraag om machtiging tot verblijf - artikel 9ter Vreemdelingenwet",
    "fr": "Concerne : demande d'autorisation de séjour - article 9ter de la loi du 15/12/1980",
    "de": "Betrifft: Antrag auf Aufenthaltserlaubnis - Artikel 9ter Ausländergesetz",
    "en": "Re: application for leave to remain - Article 9ter of the Aliens Act",
}


class Pages:
    """A simple page flow: paragraphs run on to a new page at the bottom margin; every page gets a foot line."""

    def __init__(self, font, pt, *, top=24.0, bottom=268.0, x=24.0, w=162.0, paper="white"):
        self.font, self.pt, self.top, self.bottom, self.x, self.w, self.paper = (
            font,
            pt,
            top,
            bottom,
            x,
            w,
            paper,
        )
        self.sheets: list[Sheet] = []
        self.new()

    def new(self):
        self.sh = Sheet(210, 297, paper=self.paper)
        self.sheets.append(self.sh)
        self.y = self.top

    def need(self, h):
        if self.y + h > self.bottom:
            self.new()

    def para(self, s, *, f=None, pt=None, gap=3.0, al="justify", indent=0.0):
        f, pt = f or self.font, pt or self.pt
        lines = self.sh.wrap(s, self.w - indent, font=f, size_pt=pt)
        step = pt * 0.3528 * 1.4
        for ln in lines:
            self.need(step)
            T(self.sh, self.x + indent, self.y, ln, f=f, pt=pt)
            self.y += step
        self.y += gap

    @property
    def page(self) -> int:
        return len(self.sheets)


def _letter(
    c: Case, rng: random.Random, *, lang: str, font: str, bold: str, pt: float, head: str, sig_at: str
) -> tuple[list[Sheet], dict]:
    tags = {}
    P = Pages(font, pt, top=20)
    sh = P.sh
    A = c.lawyer or {}
    firm = A.get("firm", "Advocatenkantoor")
    if head == "left-rule":
        T(sh, 24, 16, firm, f=bold, pt=14)
        T(
            sh,
            24,
            22.5,
            f"{counsel(c)} - advoca{'te' if A.get('sex') == 'F' else 'at'}"
            if lang == "nl"
            else f"{counsel(c)} - {'avocate' if A.get('sex') == 'F' else 'avocat'}"
            if lang == "fr"
            else f"{counsel(c)} - Rechtsanw{'ältin' if A.get('sex') == 'F' else 'alt'}",
            f=font,
            pt=9.5,
            col=G1,
        )
        T(sh, 24, 27, f"{counsel_addr(c)} · {A.get('tel', '')} · {A.get('mail', '')}", f=font, pt=8.5, col=G1)
        LINE(sh, 24, 32, 186, 32, lw=0.6)
        P.y = 40
    else:
        T(sh, 186, 16, firm.upper(), f=bold, pt=11, at="right", sp=0.5)
        T(sh, 186, 22, counsel(c), f=font, pt=9.5, at="right")
        T(sh, 186, 26.5, counsel_addr(c), f=font, pt=9, at="right", col=G1)
        T(sh, 186, 31, A.get("tel", ""), f=font, pt=9, at="right", col=G1)
        P.y = 42
    for i, ln in enumerate({"nl": _b9.DVZ_NL, "fr": _b9.DVZ_FR, "de": _b9.DVZ_DE, "en": _b9.DVZ_NL}[lang]):
        T(sh, 112, P.y + i * 5, ln, f=font, pt=pt)
    P.y += 26
    reg = {"nl": "Aangetekend", "fr": "Recommandé", "de": "Einschreiben", "en": "Registered mail"}[lang]
    T(sh, 24, P.y, reg, f=bold, pt=pt)
    city = A.get("city", "Brussel")
    T(sh, 186, P.y, f"{city}, {dt_(c, c.app_date, lang)}", f=font, pt=pt, at="right")
    P.y += 10
    P.para(RE[lang], f=bold)
    P.para(OPEN[lang], al="left")
    P.para(
        ASK[lang].format(
            x="e" if (fem(c) and lang in ("fr",)) else ("" if lang != "de" or not fem(c) else "in")
        )
    )
    tags["personal"] = P.page
    P.para(tell_person(c, lang) + ".")
    tags["residence"] = P.page
    P.para(tell_home(c, lang))
    dom = tell_domicile(c, lang)
    if dom:
        P.para(dom)
    P.para(tell_identity(c, lang))
    fam = tell_family(c, lang)
    if fam:
        P.para(fam)
    P.para(tell_medical(c, lang))
    coi = tell_coi(c, lang)
    if coi:
        P.para(coi)
    hist = tell_history(c, lang)
    tags["parallel"] = P.page
    if hist:
        P.para(hist)
    P.para(
        {
            "nl": "Ik verzoek u de aanvraag ontvankelijk en gegrond te verklaren.",
            "fr": "Je vous prie de déclarer la demande recevable et fondée.",
            "de": "Ich bitte, den Antrag für zulässig und begründet zu erklären.",
            "en": "I ask you to declare the application admissible and well-founded.",
        }[lang]
    )
    P.para(BYE[lang], al="left")
    P.need(34)
    tags["signature"] = P.page
    sx = 24 if sig_at == "left" else 120
    if "unsigned" not in c.flags:
        SIGN(P.sh, sx, P.y, rng, col=PEN_BLUE if rng.random() < 0.7 else PEN_BLACK)
    T(P.sh, sx, P.y + 18, counsel(c), f=font, pt=pt)
    P.y += 30
    P.need(20)
    P.para(ENCL[lang], f=bold, gap=1)
    for ln in enclosure_lines(c, lang):
        P.para(ln, gap=0.6, al="left")
    n = len(P.sheets)
    for i, s in enumerate(P.sheets):
        T(s, 105, 285, f"{i + 1}/{n}", f=font, pt=8, at="center", col=G2)
    return P.sheets, tags


def app_nl_prose(c, rng):
    """Dutch lawyer's letter in Caladea: firm name bold at the top LEFT over a full-width rule, DVZ block at the
    right, 'Aangetekend' at the left of the date line, the whole case told in prose paragraphs, signature at the
    LEFT above the typed name, the inventory of exhibits after the signature, 'n/N' page numbers at the foot."""
    return _letter(c, rng, lang="nl", font=CALA, bold=CALA_B, pt=10.5, head="left-rule", sig_at="left")


def app_de_prose(c, rng):
    """German letter from a lawyer in Eupen in C059 (Century): the firm in spaced capitals at the top RIGHT, prose
    paragraphs, the signature at the RIGHT, the 'Anlagenverzeichnis' closing the letter."""
    return _letter(c, rng, lang="de", font=C059, bold=C059_B, pt=10.2, head="right", sig_at="right")


def app_en_prose(c, rng):
    """English letter (a lawyer writing for a foreign-trained colleague) in Liberation Serif: firm at the top
    RIGHT, prose, signature at the RIGHT, list of exhibits at the end."""
    return _letter(c, rng, lang="en", font=LSERIF, bold=LSERIF_B, pt=10.5, head="right", sig_at="right")


def app_fr_form(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """French labelled application form typed into a grid ('DEMANDE D'AUTORISATION DE SÉJOUR - ARTICLE 9ter'):
    numbered section bars in dark green with white captions, each field a label in small capitals at the LEFT of a
    ruled cell, the values in Courier; the applicant's signature in a framed box at the bottom RIGHT of the last
    page with 'Signature du demandeur / de son conseil' under it; the list of pièces as a table on page 2."""
    tags = {}
    s1 = Sheet(210, 297)
    T(s1, 105, 14, "DEMANDE D'AUTORISATION DE SÉJOUR", f=NARROW_B, pt=15, at="center")
    T(
        s1,
        105,
        21,
        "Article 9ter de la loi du 15 décembre 1980 - à l'attention de l'Office des Étrangers",
        f=NARROW,
        pt=10,
        at="center",
    )
    T(
        s1,
        105,
        26,
        "Boulevard Pachéco 44, 1000 Bruxelles - envoi recommandé",
        f=NARROW,
        pt=9,
        at="center",
        col=G1,
    )
    y = [34.0]

    def bar(title):
        s1.rect(16, y[0], 178, 6.5, width_mm=0, fill=(28, 80, 60))
        T(s1, 18, y[0] + 1.3, title, f=NARROW_B, pt=10, col=(255, 255, 255))
        y[0] += 8.5

    def cell(label, value):
        BOX(s1, 16, y[0], 178, 8.4, lw=0.25)
        LINE(s1, 72, y[0], 72, y[0] + 8.4, lw=0.25)
        T(s1, 18, y[0] + 2.2, label.upper(), f=NARROW, pt=7.6, col=G1)
        v = str(value)
        pt = 10
        while W(v, CPRIME, pt) > 118 and pt > 6.5:
            pt -= 0.5
        T(s1, 74, y[0] + 2.0, v, f=CPRIME, pt=pt)
        y[0] += 8.4

    p = c.p
    bar("1. Identité du demandeur")
    cell("Nom", p.surname.upper())
    cell("Prénom(s)", p.given_names)
    cell("Date de naissance", dt_(c, p.birth_date, "fr"))
    cell(
        "Lieu et pays de naissance",
        "" if "no_birthplace" in c.flags else f"{p.birth_place} ({cn(c.birth_cc(), 'fr')})",
    )
    cell("Nationalité", "" if "no_nationality" in c.flags else adj(p.nationality, "fr"))
    cell("N° registre national / S.P.", c.nrn or c.ov or "")
    tags["personal"] = 1
    bar("2. Adresse de résidence effective en Belgique")
    cell("Adresse", "" if "no_address" in c.flags else home(c, "fr"))
    tags["residence"] = 1
    bar("3. Domicile élu")
    cell(
        "Domicile élu",
        ""
        if ("no_domicile" in c.flags or c.domicile == "none")
        else (
            f"{counsel(c)}, {counsel_addr(c)}"
            if c.domicile == "lawyer" and c.lawyer
            else c.other_domicile
            if c.domicile == "other"
            else "résidence effective"
        ),
    )
    cell("Conseil", f"Me {counsel(c)}, {counsel_addr(c)}" if c.lawyer else "-")
    bar("4. Membres de la famille inclus dans la demande")
    if c.family:
        for i, m in enumerate(c.family):
            cell(
                "Conjoint(e)" if m.rel == "spouse" else "Enfant",
                f"{m.p.given_names} {m.p.surname}, {dt_(c, m.p.birth_date, 'fr')}{ref(c, f'fam{i}', 'fr')}",
            )
    else:
        cell("Membres", "néant")
    bar("5. Identité - pièces produites")
    y[0] = PAR(s1, 18, y[0] + 1, 174, tell_identity(c, "fr"), f=CPRIME, pt=9.5) + 3
    bar("6. Situation médicale")
    y[0] = PAR(s1, 18, y[0] + 1, 174, tell_medical(c, "fr"), f=CPRIME, pt=9.5) + 3
    s2 = Sheet(210, 297)
    y2 = 16
    coi = tell_coi(c, "fr")
    hist = tell_history(c, "fr")
    tags["parallel"] = 2
    for title, txt in [
        ("7. Disponibilité et accessibilité des soins au pays d'origine", coi),
        ("8. Procédures antérieures", hist),
    ]:
        s2.rect(16, y2, 178, 6.5, width_mm=0, fill=(28, 80, 60))
        T(s2, 18, y2 + 1.3, title, f=NARROW_B, pt=10, col=(255, 255, 255))
        y2 = PAR(s2, 18, y2 + 9, 174, txt or "néant", f=CPRIME, pt=9.5) + 4
    s2.rect(16, y2, 178, 6.5, width_mm=0, fill=(28, 80, 60))
    T(s2, 18, y2 + 1.3, "9. Inventaire des pièces", f=NARROW_B, pt=10, col=(255, 255, 255))
    y2 += 8.5
    for i, (k, d) in enumerate(c.annexes):
        BOX(s2, 16, y2, 14, 7, lw=0.2)
        BOX(s2, 30, y2, 164, 7, lw=0.2)
        T(s2, 23, y2 + 1.6, str(i + 1), f=CPRIME, pt=9.5, at="center")
        T(s2, 32, y2 + 1.6, d[:95], f=CPRIME, pt=9.0)
        y2 += 7
    y2 += 8
    T(
        s2,
        18,
        y2,
        f"Fait à {(c.lawyer or {}).get('city', 'Bruxelles')}, le {dt_(c, c.app_date, 'fr')}",
        f=CPRIME,
        pt=10,
    )
    BOX(s2, 120, y2 + 6, 74, 30, lw=0.3)
    if "unsigned" not in c.flags:
        SIGN(s2, 128, y2 + 10, rng)
    T(s2, 157, y2 + 38, "Signature du demandeur / de son conseil", f=NARROW, pt=8, at="center", col=G1)
    tags["signature"] = 2
    return [s1, s2], tags


_reg(
    "be9ter-app-nl-prose-caladea-lijn-handtekening-links-51",
    "application",
    "nl",
    app_nl_prose,
    "Dutch lawyer's prose letter, rule under the firm, signature at the left",
)
_reg(
    "be9ter-app-de-prose-eupen-century-51",
    "application",
    "de",
    app_de_prose,
    "German lawyer's prose letter from Eupen",
)
_reg("be9ter-app-en-prose-liberation-51", "application", "en", app_en_prose, "English lawyer's letter")
_reg(
    "be9ter-app-fr-form-groene-balken-courier-51",
    "application",
    "fr",
    app_fr_form,
    "French labelled form with green section bars",
)


# --------------------------------------------------------------------------- standard medical certificates

MC24 = {
    "nl": dict(
        title="STANDAARD MEDISCH GETUIGSCHRIFT",
        sub="art. 9ter, § 1, vierde lid, Vreemdelingenwet - model 2024",
        pat="Patiënt",
        pname="Naam en voornaam",
        pbd="Geboortedatum",
        pnat="Nationaliteit",
        doc="Arts",
        dname="Naam",
        driz="RIZIV-nr.",
        dspec="Specialisme",
        daddr="Adres",
        hist="A. Voorgeschiedenis",
        diag="B. Diagnose",
        sev="C. Graad van ernst",
        sevo=["licht", "matig", "ernstig", "zeer ernstig"],
        trt="D. Behandeling",
        meds="Medicatie",
        intv="Ingreep / andere behandeling",
        dur="Duur",
        cons="E. Gevolgen bij stopzetting",
        prog="F. Prognose",
        needs="G. Noden medische opvolging",
        trav="H. Reizen",
        date="Datum",
        sign="Handtekening en stempel",
    ),
    "en": dict(
        title="STANDARD MEDICAL CERTIFICATE",
        sub="Article 9ter § 1(4) Aliens Act - 2024 model",
        pat="Patient",
        pname="Name and first name",
        pbd="Date of birth",
        pnat="Nationality",
        doc="Doctor",
        dname="Name",
        driz="RIZIV/INAMI no.",
        dspec="Speciality",
        daddr="Address",
        hist="A. Medical history",
        diag="B. Diagnosis",
        sev="C. Degree of severity",
        sevo=["mild", "moderate", "severe", "very severe"],
        trt="D. Treatment",
        meds="Medication",
        intv="Intervention / other treatment",
        dur="Duration",
        cons="E. Consequences if treatment stops",
        prog="F. Prognosis",
        needs="G. Follow-up needs",
        trav="H. Travel",
        date="Date",
        sign="Signature and stamp",
    ),
    "fr": dict(
        title="CERTIFICAT MÉDICAL TYPE",
        sub="article 9ter, § 1er, alinéa 4, de la loi du 15/12/1980",
        pat="Patient",
        pname="Nom et prénom",
        pbd="Date de naissance",
        pnat="Nationalité",
        doc="Médecin",
        dname="Nom",
        driz="N° INAMI",
        dspec="Spécialité",
        daddr="Adresse",
        hist="A/ Historique médical",
        diag="B/ Diagnostic",
        sev="Degré de gravité",
        sevo=["léger", "modéré", "sévère", "très sévère"],
        trt="C/ Traitement actuel et date du début",
        meds="Médicaments",
        intv="Intervention / hospitalisation",
        dur="Durée prévue",
        cons="D/ Conséquences et complications éventuelles en cas d'arrêt du traitement",
        prog="E/ Évolution et pronostic",
        needs="F/ Besoins spécifiques en matière de suivi médical",
        trav="Le patient peut-il voyager ?",
        date="Date",
        sign="Signature et cachet du médecin",
    ),
}


def _sevlevel(c: Case) -> int:
    return 3 if c.illness in ("hiv", "cancer", "ckd") else 2


def mc_typed_2024(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The 2024 model typed on a computer in Carlito: a two-cell header (patient LEFT, doctor RIGHT) in thin frames,
    the lettered sections A-H as grey-tinted caption strips each followed by the text, severity as four boxes in a
    row with one ticked by an 'X', date and signature at the bottom RIGHT of page 2 with the doctor's rectangular
    stamp (name, RIZIV number, address) at the LEFT of the signature."""
    K = MC24[lang]
    i = illx(c, lang)
    doc = c.doctor
    tags = {"patient": 1, "doctor": 1, "illness": 1, "severity": 1, "treatment": 1}
    s1 = Sheet(210, 297)
    T(s1, 105, 14, K["title"], f=CARL_B, pt=15, at="center")
    T(s1, 105, 21, K["sub"], f=CARL, pt=9, at="center", col=G1)
    BOX(s1, 16, 28, 86, 30, lw=0.3)
    BOX(s1, 108, 28, 86, 30, lw=0.3)
    T(s1, 18, 29.5, K["pat"], f=CARL_B, pt=9.5)
    T(s1, 110, 29.5, K["doc"], f=CARL_B, pt=9.5)
    p = c.p
    pv = [
        (K["pname"], "" if "mc_no_patient" in c.flags else f"{p.surname.upper()} {p.given_names}"),
        (K["pbd"], "" if "mc_no_patient" in c.flags else _b9.fdate(p.birth_date, "dots")),
        (K["pnat"], "" if "mc_no_patient" in c.flags else adj(p.nationality, lang)),
    ]
    dv = [
        (K["dname"], doc.name()),
        (K["driz"], "" if "mc_no_riziv" in c.flags else doc.riziv),
        (K["dspec"], SPECIALTY[doc.spec].get(lang, SPECIALTY[doc.spec]["nl"])),
        (K["daddr"], f"{doc.street}, {doc.pc} {doc.city}"),
    ]
    for j, (a, v) in enumerate(pv):
        T(s1, 18, 35 + j * 7, a, f=CARL, pt=8, col=G1)
        T(s1, 48, 35 + j * 7, v, f=CARL, pt=9.5)
    for j, (a, v) in enumerate(dv):
        T(s1, 110, 35 + j * 5.5, a, f=CARL, pt=8, col=G1)
        T(s1, 136, 35 + j * 5.5, v[:40], f=CARL, pt=9)
    y = [64.0]
    sheets = [s1]

    def sec(title, txt, key=None):
        sh = sheets[-1]
        if y[0] > 250:
            sh = Sheet(210, 297)
            sheets.append(sh)
            y[0] = 18.0
        if key:
            tags[key] = len(sheets)
        sh.rect(16, y[0], 178, 6, width_mm=0, fill=(232, 232, 236))
        T(sh, 18, y[0] + 1.1, title, f=CARL_B, pt=10)
        y[0] = PAR(sh, 18, y[0] + 8, 174, txt, f=CARL, pt=10) + 3

    sec(K["hist"], i["history"])
    sec(
        K["diag"],
        "" if "mc_no_illness" in c.flags else f"{i['name']} (ICD-10 {ILLNESSES[c.illness]['icd']})",
        "illness",
    )
    sh = sheets[-1]
    tags["severity"] = len(sheets)
    sh.rect(16, y[0], 178, 6, width_mm=0, fill=(232, 232, 236))
    T(sh, 18, y[0] + 1.1, K["sev"], f=CARL_B, pt=10)
    y[0] += 9
    lvl = None if "mc_no_severity" in c.flags else _sevlevel(c)
    for j, o in enumerate(K["sevo"]):
        BOX(sh, 20 + j * 42, y[0], 4, 4, lw=0.3)
        if lvl == j:
            T(sh, 20.6 + j * 42, y[0] - 0.4, "X", f=CARL_B, pt=11)
        T(sh, 26 + j * 42, y[0] - 0.2, o, f=CARL, pt=10)
    y[0] += 7
    y[0] = PAR(sh, 18, y[0], 174, "" if "mc_no_severity" in c.flags else i["severity"], f=CARL, pt=10) + 3
    nt = "mc_no_treatment" in c.flags
    sec(
        K["trt"],
        ""
        if nt
        else f"{K['meds']}: " + "; ".join(i["meds"]) + f". {K['intv']}: {i['intervention']} "
        f"{K['dur']}: {i['duration']}",
        "treatment",
    )
    sec(K["cons"], i["consequences"])
    sec(K["prog"], i["prognosis"])
    sec(K["needs"], i["needs"])
    sec(K["trav"], i["travel"])
    if len(sheets) == 1 or y[0] > 240:
        sheets.append(Sheet(210, 297))
        y[0] = 20.0
    sh = sheets[-1]
    tags["signature"] = tags["doctor"] = len(sheets)
    T(
        sh,
        120,
        y[0] + 4,
        f"{K['date']}: {_b9.fdate(c.cert_date, c.cert_date_style, lang if lang != 'en' else 'nl')}",
        f=CARL,
        pt=10.5,
    )
    T(sh, 120, y[0] + 10, K["sign"], f=CARL, pt=8.5, col=G1)
    if "mc_unsigned" not in c.flags:
        SIGN(sh, 124, y[0] + 14, rng)
    st = [doc.name(), doc.inst[:28]] + ([] if "mc_no_riziv" in c.flags else [doc.riziv])
    STAMP(sh, 60, y[0] + 12, st, rng, shape="rect", col=ST_BLUE, mm=44)
    for j, s in enumerate(sheets):
        T(s, 194, 288, f"{j + 1}/{len(sheets)}", f=CARL, pt=8, at="right", col=G2)
    return sheets, tags


def mc_hand_old(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The previous model (certificat médical type, sections A/ to F/) printed from the Office's PDF in Times and
    filled by HAND in blue ballpoint on the ruled spaces; the doctor's round stamp over the signature at the bottom
    LEFT of page 2; the copy slightly yellowed."""
    K = MC24["fr"]
    i = illx(c, "fr")
    doc = c.doctor
    tags = {"patient": 1, "doctor": 2, "illness": 1, "severity": 1, "treatment": 1, "signature": 2}
    s1, s2 = Sheet(210, 297, paper="cream"), Sheet(210, 297, paper="cream")
    T(s1, 105, 14, K["title"], f=LSERIF_B, pt=14, at="center")
    T(s1, 105, 20.5, K["sub"], f=LSERIF, pt=9, at="center")
    hand = rng.choice([HAND_A, HAND_D])
    p = c.p
    rows = [
        ("Nom et prénom du patient :", "" if "mc_no_patient" in c.flags else f"{p.surname} {p.given_names}"),
        ("Date de naissance :", "" if "mc_no_patient" in c.flags else _b9.fdate(p.birth_date, "slashes")),
        ("Nationalité :", "" if "mc_no_patient" in c.flags else adj(p.nationality, "fr")),
    ]
    y = 32
    for a, v in rows:
        T(s1, 18, y, a, f=LSERIF, pt=10.5)
        LINE(s1, 70, y + 4.5, 192, y + 4.5, col=G2, dash=0.5)
        if v:
            HW(s1, 72, y - 2.5, v, rng, f=hand, pt=13)
        y += 9

    def block(sh, yy, title, txt, n=4):
        T(sh, 18, yy, title, f=LSERIF_B, pt=10.5)
        yy += 7
        lines = sh.wrap(txt, 168, font=hand, size_pt=12.5) if txt else []
        for j in range(max(n, len(lines))):
            LINE(sh, 18, yy + 5, 192, yy + 5, col=G3)
            if j < len(lines):
                HW(sh, 20, yy - 2, lines[j], rng, f=hand, pt=12.5)
            yy += 7.4
        return yy + 3

    y = block(s1, y + 2, K["hist"], i["history"])
    y = block(s1, y, K["diag"], "" if "mc_no_illness" in c.flags else i["name"], 2)
    T(s1, 18, y, K["sev"] + " :", f=LSERIF, pt=10.5)
    if "mc_no_severity" not in c.flags:
        HW(s1, 60, y - 2.5, i["severity"][:70], rng, f=hand, pt=12.5)
    y += 9
    nt = "mc_no_treatment" in c.flags
    y = block(
        s1, y, K["trt"], "" if nt else "; ".join(i["meds"]) + f". {i['intervention']} {i['duration']}", 5
    )
    y2 = block(s2, 18, K["cons"], i["consequences"])
    y2 = block(s2, y2, K["prog"], i["prognosis"], 2)
    y2 = block(s2, y2, K["needs"], i["needs"] + " " + i["travel"], 4)
    T(s2, 18, y2 + 4, "Nom du médecin / n° INAMI :", f=LSERIF, pt=10.5)
    HW(
        s2,
        74,
        y2 + 1.5,
        doc.name() + ("" if "mc_no_riziv" in c.flags else f"  {doc.riziv}"),
        rng,
        f=hand,
        pt=12.5,
    )
    T(s2, 18, y2 + 14, "Date :", f=LSERIF, pt=10.5)
    HW(s2, 34, y2 + 11.5, _b9.fdate(c.cert_date, c.cert_date_style, "fr"), rng, f=hand, pt=13)
    T(s2, 18, y2 + 24, K["sign"] + " :", f=LSERIF, pt=10.5)
    if "mc_unsigned" not in c.flags:
        SIGN(s2, 30, y2 + 28, rng)
    st = [doc.name(), f"{doc.pc} {doc.city}"] + ([] if "mc_no_riziv" in c.flags else [doc.riziv])
    STAMP(s2, 24, y2 + 26, st, rng, col=ST_VIOLET, mm=32)
    return [aged(s1, rng, fold=False), aged(s2, rng, fold=False)], tags


_reg(
    "be9ter-medcert-2024-nl-carlito-grijze-stroken-kruisje-51",
    "medical-certificate",
    "nl",
    lambda c, r: mc_typed_2024(c, r, lang="nl"),
    "2024 model typed in Dutch, grey section strips",
)
_reg(
    "be9ter-medcert-2024-en-carlito-grijze-stroken-51",
    "medical-certificate",
    "en",
    lambda c, r: mc_typed_2024(c, r, lang="en"),
    "2024 model typed in English",
)
_reg(
    "be9ter-medcert-oud-fr-handgeschreven-lijntjes-51",
    "medical-certificate",
    "fr",
    mc_hand_old,
    "previous model in French filled by hand",
)


# --------------------------------------------------------------------------- medical statements, COI, asylum


def _dlang(c: Case) -> str:
    return c.cert_lang if c.cert_lang in ("nl", "fr") else ("fr" if c.lang == "fr" else "nl")


def ms_specialist(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A specialist's consultation letter to the GP on hospital letterhead: the hospital's name in green at the top
    LEFT with the department below, the 'Ref./Réf.' line and date at the RIGHT, the patient line in bold, then
    anamnesis, findings and policy as short headed paragraphs, signed 'Dr ...' at the LEFT with a typed name."""
    lang = _dlang(c)
    d = c.specialist if "medcert_absent" not in c.flags else c.doctor
    i = illx(c, lang)
    sh = Sheet(210, 297)
    T(sh, 20, 16, d.inst, f=FSANS_B, pt=13, col=(30, 100, 70))
    T(sh, 20, 22, d.dept or SPECIALTY[d.spec].get(lang, ""), f=FSANS, pt=9, col=G1)
    T(sh, 20, 26.5, f"{d.street} · {d.pc} {d.city} · {d.tel}", f=FSANS, pt=8.5, col=G1)
    T(sh, 190, 38, _b9.fdate(c.medstat_date, "long", lang), f=FSANS, pt=10, at="right")
    T(sh, 190, 43, f"Ref. {digs(rng, 8)}", f=FSANS, pt=9, at="right", col=G1)
    who = f"{c.p.surname.upper()} {c.p.given_names} ({_b9.fdate(c.p.birth_date, 'dots')})"
    T(sh, 20, 54, ("Betreft: " if lang == "nl" else "Concerne : ") + who, f=FSANS_B, pt=10.5)
    heads = {
        "nl": ["Anamnese", "Diagnose", "Behandeling", "Beleid"],
        "fr": ["Anamnèse", "Diagnostic", "Traitement", "Conduite à tenir"],
    }[lang]
    y = 64
    for h, txt in zip(
        heads,
        [
            i["history"],
            i["name"] + ". " + i["severity"],
            "; ".join(i["meds"]) + ". " + i["intervention"],
            i["needs"] + " " + i["duration"],
        ],
    ):
        T(sh, 20, y, h, f=FSANS_B, pt=10.5)
        y = PAR(sh, 20, y + 5.5, 170, txt, f=FSANS, pt=10) + 4
    SIGN(sh, 20, y + 4, rng)
    T(sh, 20, y + 22, f"{d.name()}, {SPECIALTY[d.spec].get(lang, '')}", f=FSANS, pt=10)
    return [sh], {}


def ms_report(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A hospitalisation report ('Ontslagbrief' / 'Rapport d'hospitalisation') printed from the hospital's record
    system in a narrow sans: a grey header band with patient data in two columns, admission and discharge dates,
    the course in one block and a medication table; electronically validated (no handwritten signature, a
    'gevalideerd door' line)."""
    lang = _dlang(c)
    d = c.doctor
    i = illx(c, lang)
    sh = Sheet(210, 297)
    sh.rect(12, 12, 186, 22, width_mm=0, fill=(226, 228, 232))
    T(sh, 15, 14, d.inst.upper(), f=NARROW_B, pt=11)
    T(sh, 15, 20, ("ONTSLAGBRIEF" if lang == "nl" else "RAPPORT D'HOSPITALISATION"), f=NARROW_B, pt=12)
    T(sh, 120, 14, f"{c.p.surname.upper()}, {c.p.given_names}", f=NARROW_B, pt=10)
    T(sh, 120, 19.5, _b9.fdate(c.p.birth_date, "dots"), f=NARROW, pt=9.5)
    adm = c.medstat_date - timedelta(days=rng.randint(5, 14))
    T(sh, 120, 25, f"{_b9.fdate(adm, 'dots')} - {_b9.fdate(c.medstat_date, 'dots')}", f=NARROW, pt=9.5)
    y = PAR(sh, 15, 42, 180, i["history"] + " " + i["severity"], f=NARROW, pt=10.5) + 5
    T(sh, 15, y, "Medicatie bij ontslag" if lang == "nl" else "Traitement de sortie", f=NARROW_B, pt=10.5)
    y += 6
    for m in i["meds"]:
        BOX(sh, 15, y, 180, 7, lw=0.2)
        T(sh, 17, y + 1.6, m, f=NARROW, pt=10)
        y += 7
    y = PAR(sh, 15, y + 6, 180, i["prognosis"] + " " + i["needs"], f=NARROW, pt=10.5) + 6
    T(
        sh,
        15,
        y,
        ("Elektronisch gevalideerd door " if lang == "nl" else "Validé électroniquement par ")
        + d.name()
        + f" op {_b9.fdate(c.medstat_date, 'dots')}",
        f=NARROW,
        pt=9,
        col=G1,
    )
    return [sh], {}


def coi_ngo(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A country-of-origin note from an NGO's medical desk in English: a coloured title bar, 'Availability' and
    'Accessibility' in two boxed columns side by side, sources as numbered footnotes at the foot."""
    o = c.origin()
    e = BC.get(o, {})
    i = ILLNESSES[c.illness]
    sh = Sheet(210, 297)
    sh.rect(0, 12, 210, 14, width_mm=0, fill=(150, 60, 40))
    T(sh, 16, 15, f"Medical Desk - Country note: {cn(o, 'en')}", f=DVS_B, pt=12, col=(255, 255, 255))
    T(sh, 16, 32, f"Treatment: {i['drug']}", f=DVS, pt=10)
    for j, (h, txt) in enumerate(
        [
            (
                "Availability",
                f"The medicine is not on the national essential medicines list; "
                f"the only specialised service is at {e.get('hospital', 'the capital')}, where "
                f"supplies are irregular.",
            ),
            (
                "Accessibility",
                f"{e.get('insurance_en', '')} A month of treatment costs about "
                f"{i['cost']}, against a minimum wage of {e.get('wage', '-')}.",
            ),
        ]
    ):
        x = 16 + j * 92
        BOX(sh, x, 42, 86, 90, lw=0.3)
        T(sh, x + 3, 44, h, f=DVS_B, pt=10.5)
        PAR(sh, x + 3, 51, 80, txt, f=DVS, pt=9.5)
    for j, s in enumerate(
        [
            "WHO country profile, 2025.",
            "Ministry of Health, essential medicines list.",
            "Interview with a hospital pharmacist, 2026.",
        ]
    ):
        T(sh, 16, 250 + j * 5, f"[{j + 1}] {s}", f=DVS, pt=8, col=G1)
    return [sh], {}


def coi_web(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A web page printed from a browser: the print header (date and title) at the top, the URL at the foot, the
    page of a pharmacy price list of the capital with a table 'Producto / Precio / Disponibilidad' (or English),
    one row highlighted in yellow by the lawyer."""
    o = c.origin()
    e = BC.get(o, {})
    i = ILLNESSES[c.illness]
    sh = Sheet(210, 297)
    T(
        sh,
        10,
        6,
        f"{_b9.fdate(c.app_date - timedelta(days=rng.randint(3, 20)), 'slashes')} 14:{rng.randint(10, 59)}",
        f=LSANS,
        pt=7.5,
    )
    T(sh, 105, 6, f"Medicine prices - {e.get('capital', '')}", f=LSANS, pt=7.5, at="center")
    T(sh, 16, 20, f"{e.get('capital', '')} - retail medicine prices", f=LSANS_B, pt=14)
    rows = [("Product", "Price", "Available")] + [
        (i["drug"][:48], i["cost"], "on order (4-8 weeks)"),
        ("Paracetamol 500 mg x 20", "1 USD", "yes"),
        ("Amoxicillin 500 mg x 21", "4 USD", "yes"),
    ]
    y = 34
    for j, r in enumerate(rows):
        if j == 1:
            sh.rect(16, y, 178, 8, width_mm=0, fill=(255, 240, 120))
        BOX(sh, 16, y, 178, 8, lw=0.2)
        for k, (x, v) in enumerate(zip((18, 120, 150), r)):
            T(sh, x, y + 2, v, f=LSANS_B if j == 0 else LSANS, pt=9.5)
        y += 8
    PAR(sh, 16, y + 8, 178, e.get("insurance_en", ""), f=LSANS, pt=10)
    T(
        sh,
        10,
        288,
        f"https://www.medprice-{o.lower()}.org/catalogue?q={i['drug'].split()[0].lower()}",
        f=LSANS,
        pt=7.5,
    )
    T(sh, 200, 288, "1/1", f=LSANS, pt=7.5, at="right")
    return [sh], {}


def ay_annex26(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """Annex 26 ('BIJLAGE 26' / 'ANNEXE 26') as a worn paper copied grey: the title at the top RIGHT in a circle-less
    bold, the attestation sentence, the particulars in a ruled table, the photo at the RIGHT of the table with the
    Office's stamp, validity with two extension stamps of the commune at the foot."""
    a = c.asylum or {}
    lodged = a.get("lodged") or (SUB - timedelta(days=200))
    p = c.p
    sh = Sheet(210, 297, paper="grey")
    T(sh, 20, 16, "ROYAUME DE BELGIQUE" if lang == "fr" else "KONINKRIJK BELGIË", f=DVSC_B, pt=11)
    T(sh, 20, 22, "Office des Étrangers" if lang == "fr" else "Dienst Vreemdelingenzaken", f=DVSC, pt=10)
    T(sh, 190, 16, "ANNEXE 26" if lang == "fr" else "BIJLAGE 26", f=DVSC_B, pt=16, at="right")
    s = (
        f"Il est certifié que la personne ci-dessous a introduit le {_b9.fdate(lodged, 'slashes')} une demande de "
        f"protection internationale."
        if lang == "fr"
        else f"Er wordt verklaard dat de hierna genoemde persoon op {_b9.fdate(lodged, 'slashes')} een verzoek om "
        f"internationale bescherming heeft ingediend."
    )
    PAR(sh, 20, 36, 170, s, f=DVSC, pt=10.5)
    rows = [
        ("Nom / Naam", p.surname.upper()),
        ("Prénom / Voornaam", p.given_names),
        ("Date de naissance / Geboortedatum", _b9.fdate(p.birth_date, "slashes")),
        ("Nationalité / Nationaliteit", adj(p.nationality, lang)),
        ("S.P. / O.V.", c.ov or ""),
    ]
    y = 54
    for k, v in rows:
        BOX(sh, 20, y, 120, 8, lw=0.2)
        T(sh, 22, y + 1.8, k, f=DVSC, pt=8, col=G1)
        T(sh, 80, y + 1.8, v, f=DVSC_B, pt=9.5)
        y += 8
    sh.photo(150, 54, 30, 38, rng)
    STAMP(sh, 160, 84, ["OFFICE DES ÉTRANGERS", "DVZ"], rng, col=ST_VIOLET, mm=26)
    T(
        sh,
        20,
        y + 10,
        ("Valable jusqu'au : " if lang == "fr" else "Geldig tot: ")
        + _b9.fdate(SUB + timedelta(days=rng.randint(20, 90)), "slashes"),
        f=DVSC_B,
        pt=11,
    )
    for j in range(2):
        STAMP(
            sh,
            40 + j * 60,
            y + 40,
            [
                "PROLONGÉ" if lang == "fr" else "VERLENGD",
                _b9.fdate(SUB - timedelta(days=30 * (2 - j)), "dots"),
            ],
            rng,
            shape="rect",
            col=ST_BLUE,
            mm=30,
        )
    return [sh], {}


def ay_cgrs(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The CGRS/CGVS attestation that a protection application is pending (a letter on the Commissioner-General's
    letterhead: logo square at the top LEFT, reference block in a grey column at the RIGHT, three sentences, signed
    for the Commissioner-General)."""
    a = c.asylum or {}
    lodged = a.get("lodged") or (SUB - timedelta(days=200))
    p = c.p
    sh = Sheet(210, 297)
    sh.rect(18, 14, 14, 14, width_mm=0, fill=(0, 70, 120))
    org = (
        "Commissariaat-generaal voor de Vluchtelingen en de Staatlozen"
        if lang == "nl"
        else "Commissariat général aux réfugiés et aux apatrides"
    )
    T(sh, 36, 16, org, f=LSANS_B, pt=10.5)
    T(sh, 36, 21.5, "Rue Ernest Blerot 39, 1070 Bruxelles", f=LSANS, pt=8.5, col=G1)
    sh.rect(140, 36, 54, 34, width_mm=0, fill=(236, 236, 238))
    T(sh, 142, 38, "CG-ref.", f=LSANS, pt=8, col=G1)
    T(sh, 142, 42, f"{digs(rng, 7)}Z", f=LSANS_B, pt=9.5)
    T(sh, 142, 50, "O.V./S.P.", f=LSANS, pt=8, col=G1)
    T(sh, 142, 54, c.ov or "", f=LSANS_B, pt=9.5)
    T(sh, 142, 62, _b9.fdate(SUB - timedelta(days=rng.randint(10, 60)), "slashes"), f=LSANS, pt=9)
    T(sh, 20, 80, "ATTEST" if lang == "nl" else "ATTESTATION", f=LSANS_B, pt=14)
    s = (
        f"Het Commissariaat-generaal bevestigt dat {p.given_names} {p.surname.upper()}, geboren op "
        f"{_b9.fdate(p.birth_date, 'slashes')}, van {adj(p.nationality, 'nl')} nationaliteit, op "
        f"{_b9.fdate(lodged, 'slashes')} een verzoek om internationale bescherming heeft ingediend en dat over dat "
        f"verzoek nog geen beslissing werd genomen."
        if lang == "nl"
        else f"Le Commissariat général confirme que {p.given_names} {p.surname.upper()}, né(e) le "
        f"{_b9.fdate(p.birth_date, 'slashes')}, de nationalité {adj(p.nationality, 'fr')}, a introduit le "
        f"{_b9.fdate(lodged, 'slashes')} une demande de protection internationale, qui n'a pas encore fait l'objet "
        f"d'une décision."
    )
    y = PAR(sh, 20, 92, 170, s, f=LSANS, pt=10.5)
    T(
        sh,
        20,
        y + 12,
        "Voor de Commissaris-generaal" if lang == "nl" else "Pour le Commissaire général",
        f=LSANS,
        pt=10,
    )
    SIGN(sh, 20, y + 16, rng, col=PEN_BLACK)
    return [sh], {}


_reg(
    "be9ter-medstat-specialist-groen-briefhoofd-kopjes-51",
    "medical-statement",
    "nl",
    ms_specialist,
    "specialist's letter with short headed paragraphs",
)
_reg(
    "be9ter-medstat-ontslagbrief-grijze-band-tabel-51",
    "medical-statement",
    "nl",
    ms_report,
    "discharge report printed from the hospital record, electronically validated",
)
_reg(
    "be9ter-coi-ngo-twee-kolommen-voetnoten-51",
    "country-of-origin-info",
    "en",
    coi_ngo,
    "NGO country note with availability and accessibility side by side",
)
_reg(
    "be9ter-coi-webprint-prijslijst-markeerstift-51",
    "country-of-origin-info",
    "en",
    coi_web,
    "printed web price list with a highlighted row",
)
_reg(
    "be9ter-asylum-annex26-fr-grijs-tabel-verlengstempels-51",
    "asylum-proof",
    "fr",
    lambda c, r: ay_annex26(c, r, lang="fr"),
    "annex 26 in French, grey copy",
)
_reg(
    "be9ter-asylum-cgvs-attest-nl-grijze-kolom-51",
    "asylum-proof",
    "nl",
    lambda c, r: ay_cgrs(c, r, lang="nl"),
    "CGRS attestation in Dutch",
)


# --------------------------------------------------------------------------- registered mail and other papers


def _sender(c: Case) -> list[str]:
    if c.lawyer and ("no_address" in c.flags or c.seed % 2 == 0):
        A = c.lawyer
        return [A["firm"], A["street"], f"{A['pc']} {A['city']}"]
    a = c.addr
    return [
        f"{c.p.given_names} {c.p.surname}",
        f"{a.street} {a.number}" + (f" bus {a.box}" if a.box else ""),
        f"{a.postcode} {a.city}",
    ]


def rm_label_card(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """bpost's pink 'Aangetekende zending / Envoi recommandé' deposit slip filled by HAND (sender and addressee in
    two boxes), the barcode sticker glued across the top and the post office's round date stamp at the RIGHT; the
    small slip photocopied on the upper half of an A4 and the sheet turned upside down on the glass."""
    slip = Sheet(148, 105, paper="pink")
    T(slip, 6, 5, "bpost", f=DVS_B, pt=13, col=(200, 30, 40))
    T(slip, 40, 6, "Aangetekende zending - Envoi recommandé - Einschreiben", f=DVS, pt=7)
    slip.rect(40, 12, 70, 14, width_mm=0, fill=(255, 255, 255))
    import random as _r

    rb = _r.Random(hsh("rmbar", c.rm_track))
    for i in range(60):
        if rb.random() < 0.55:
            slip.rect(42 + i * 1.0, 13, 0.55, 8, width_mm=0, fill=(0, 0, 0))
    T(slip, 75, 22, c.rm_track, f=DVS, pt=7, at="center")
    BOX(slip, 6, 32, 64, 40, lw=0.3)
    BOX(slip, 76, 32, 66, 40, lw=0.3)
    T(slip, 8, 33, "Afzender / Expéditeur", f=DVS, pt=6.5, col=G1)
    T(slip, 78, 33, "Bestemmeling / Destinataire", f=DVS, pt=6.5, col=G1)
    hand = HAND_C
    for j, ln in enumerate(_sender(c)):
        HW(slip, 8, 38 + j * 7, ln[:30], rng, f=hand, pt=10)
    for j, ln in enumerate(c.rm_to):
        HW(slip, 78, 38 + j * 7, ln[:30], rng, f=hand, pt=10)
    T(slip, 6, 80, "Datum afgifte / Date de dépôt", f=DVS, pt=6.5, col=G1)
    HW(slip, 6, 84, _b9.fdate(c.rm_date, "slashes"), rng, f=hand, pt=11)
    STAMP(
        slip,
        112,
        78,
        ["BPOST", _b9.fdate(c.rm_date, "dots"), c.addr.city.upper()[:14]],
        rng,
        col=ST_BLUE,
        mm=24,
    )
    sh = Sheet(210, 297)
    sh.image(20, 20, 148 * 1.1, 105 * 1.1, slip.render(250).convert("RGB"))
    return [quarter(sh, 2)], {}


def rm_eprint(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The confirmation printed from bpost's online registered-mail service ('e-Recommandé / e-Aangetekend'): a
    red top bar, the order summary as a two-column list (tracking number, deposit date, sender, addressee), a
    track-and-trace timeline with three steps, and a QR code at the bottom RIGHT."""
    sh = Sheet(210, 297)
    sh.rect(0, 0, 210, 16, width_mm=0, fill=(210, 30, 40))
    T(sh, 14, 4, "bpost  |  Aangetekend online", f=LSANS_B, pt=13, col=(255, 255, 255))
    T(sh, 14, 26, "Bevestiging van uw aangetekende zending", f=LSANS_B, pt=14)
    rows = [
        ("Zendingsnummer", c.rm_track),
        ("Datum afgifte", _b9.fdate(c.rm_date, "long", "nl")),
        ("Afzender", ", ".join(_sender(c))),
        ("Bestemmeling", ", ".join(c.rm_to)),
        ("Product", "Aangetekend"),
    ]
    y = 40
    for a, v in rows:
        T(sh, 14, y, a, f=LSANS, pt=10, col=G1)
        T(sh, 62, y, v, f=LSANS_B, pt=10)
        LINE(sh, 14, y + 6, 196, y + 6, col=G3)
        y += 9
    for j, s in enumerate(["Zending aangemaakt", "Afgegeven in postpunt", "In behandeling"]):
        sh.rect(20, y + 10 + j * 14, 5, 5, width_mm=0, fill=(210, 30, 40) if j < 2 else G3)
        T(sh, 30, y + 10 + j * 14, s, f=LSANS, pt=10)
        T(
            sh,
            30,
            y + 15 + j * 14,
            _b9.fdate(c.rm_date, "dots") + f" {9 + j}:{rng.randint(10, 59)}",
            f=LSANS,
            pt=8.5,
            col=G1,
        )
    for i in range(10):
        for j in range(10):
            if hsh(i, j, c.rm_track) % 2:
                sh.rect(166 + i * 2.4, 250 + j * 2.4, 2.4, 2.4, width_mm=0, fill=(0, 0, 0))
    return [sh], {}


def ot_declaration(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A 'declaration of identity' written out by a neighbourhood association's volunteer for the applicant
    ('Verklaring op eer'): hand-written in capitals on a lined pad sheet, the applicant states name, birth and
    nationality himself and signs; the association's stamp at the foot."""
    p = c.p
    sh = Sheet(210, 297, paper="yellow")
    for i in range(34):
        LINE(sh, 14, 30 + i * 7.6, 196, 30 + i * 7.6, col=(170, 190, 220))
    LINE(sh, 24, 10, 24, 290, col=(220, 120, 120))
    txt = [
        "VERKLARING OP EER",
        "",
        f"IK, ONDERGETEKENDE {p.given_names.upper()} {p.surname.upper()},",
        f"VERKLAAR GEBOREN TE ZIJN OP {_b9.fdate(p.birth_date, 'slashes')}",
        f"TE {p.birth_place.upper()} EN DE NATIONALITEIT TE HEBBEN",
        f"VAN {cn(p.nationality, 'nl').upper()}.",
        "IK HEB GEEN PASPOORT OF IDENTITEITSKAART MEER.",
        "DEZE VERKLARING IS OPGESTELD OP MIJN VERZOEK.",
        "",
        f"{c.addr.city.upper()}, {_b9.fdate(c.app_date - timedelta(days=rng.randint(3, 25)), 'slashes')}",
    ]
    for j, ln in enumerate(txt):
        if ln:
            HW(sh, 28, 24 + j * 7.6, ln, rng, f=HAND_C, pt=12, col=PEN_BLUE)
    SIGN(sh, 120, 24 + 11 * 7.6, rng)
    STAMP(
        sh,
        50,
        24 + 13 * 7.6,
        ["BUURTWERK DE STEK vzw", c.addr.city.upper()[:16]],
        rng,
        shape="rect",
        col=ST_GREEN,
        mm=40,
    )
    return [sh], {}


def ot_pharmacy(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A pharmacy's till ticket/bill for the applicant's medication: the pharmacy's name centred in bold capitals,
    each product on a line with the price at the RIGHT, the patient's share and total, printed on a narrow strip
    pasted in the middle of an A4 sheet."""
    i = ILLNESSES[c.illness]
    strip = Sheet(80, 150)
    T(strip, 40, 6, "APOTHEEK - PHARMACIE", f=CPRIME_B, pt=10, at="center")
    T(strip, 40, 11, f"{c.addr.street[:24]}", f=CPRIME, pt=8, at="center")
    T(strip, 40, 15, f"{c.addr.postcode} {c.addr.city}", f=CPRIME, pt=8, at="center")
    y = 26
    T(strip, 4, y, f"Patiënt: {c.p.surname.upper()}", f=CPRIME, pt=8)
    y += 8
    tot = 0.0
    for m in i["meds"] if "meds" in i else [i["drug"]]:
        pr = round(rng.uniform(4, 40), 2)
        tot += pr
        T(strip, 4, y, m[:26], f=CPRIME, pt=7.5)
        T(strip, 76, y, f"{pr:.2f}".replace(".", ","), f=CPRIME, pt=7.5, at="right")
        y += 5
    for m in ILLNESSES[c.illness]["nl"]["meds"]:
        pr = round(rng.uniform(4, 40), 2)
        tot += pr
        T(strip, 4, y, m[:26], f=CPRIME, pt=7.5)
        T(strip, 76, y, f"{pr:.2f}".replace(".", ","), f=CPRIME, pt=7.5, at="right")
        y += 5
    LINE(strip, 4, y + 2, 76, y + 2, dash=0.6)
    T(strip, 4, y + 5, "TOTAAL EUR", f=CPRIME_B, pt=8.5)
    T(strip, 76, y + 5, f"{tot:.2f}".replace(".", ","), f=CPRIME_B, pt=8.5, at="right")
    T(
        strip,
        40,
        y + 14,
        _b9.fdate(c.app_date - timedelta(days=rng.randint(5, 40)), "dots"),
        f=CPRIME,
        pt=8,
        at="center",
    )
    sh = Sheet(210, 297)
    sh.image(65, 40, 80, 150, strip.render(250).convert("RGB"))
    return [sh], {}


_reg(
    "be9ter-rm-roze-strook-handgeschreven-ondersteboven-51",
    "registered-mail-receipt",
    "nl",
    rm_label_card,
    "pink deposit slip filled by hand, copied upside down",
)
_reg(
    "be9ter-rm-online-bevestiging-rode-balk-tijdlijn-51",
    "registered-mail-receipt",
    "nl",
    rm_eprint,
    "online registered-mail confirmation with a timeline",
)
_reg(
    "be9ter-other-declaration-gelinieerd-blok-hoofdletters-51",
    "other",
    "nl",
    ot_declaration,
    "hand-written declaration on honour on a lined pad sheet",
)
_reg("be9ter-other-pharmacy-kasticket-strook-51", "other", "nl", ot_pharmacy, "pharmacy till ticket on A4")
