"""9ter families of the `fiftythird` part (registered in be9ter.BFAMILIES).

Written by a writer who saw neither the validator nor its output, from the seeds (003, 004), rules.md and how such
papers look in Belgian files.  Every family (layout, wording, faces, signature placement and copy habit) is this
part's own and is described in its function's docstring only (the part is read blind).  The applications' sentences
are written here (`say_*` builders); the facts of a case come from the case that be9ter's generic plan draws.

Importing this module tells be9ter which origins this part's 9ter applicants come from (Panama, Costa Rica and
Bhutan, and Türkiye-born nationals of them for the Turkish birth record) and adds this part's extra clean dossiers,
each under the part's own key; nothing another part reads is changed.
"""

from __future__ import annotations

import datetime
import random

from . import be9ter as _b9
from .be9ter import ILLNESSES, SPECIALTY, Case
from .fiftythird_identity import (
    CALA,
    CALA_B,
    CARL,
    CARL_B,
    CENT,
    CENT_B,
    CENT_I,
    CPRIME,
    DJV,
    DJV_B,
    FSAN,
    FSAN_B,
    G1,
    G2,
    G3,
    GOTH,
    GOTH_B,
    HW1,
    HW2,
    HWC,
    LSAN,
    LSAN_B,
    LSER,
    LSER_B,
    LSER_I,
    PEN_B,
    PEN_K,
    ST_B,
    ST_R,
    ST_V,
    P,
    T,
    W,
    aged,
    digits,
    fold_cross,
    frame,
    hand,
    ln,
    phone_shot,
    raster,
    sign,
    stamp,
)
from .paper import Sheet

PART = "fiftythird"
SUB = datetime.date(2026, 12, 1)

# this part's 9ter applicants (new key only)
_b9.PART_ORIGINS.setdefault(PART, ["PAN", "CRI", "BTN"])
# clean dossiers only this part has (new key only): identity pieces with a marriage act, an embassy's identity
# certificate with a child, the Costa Rican identity card with a spouse, identity pieces with a child, an identity
# certificate alone, identity pieces alone and the identity card with a child
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


def lg(lang):
    return lang if lang in ("nl", "fr", "de", "en") else "nl"


def dd(c: Case, d, lang):
    return _b9.fdate(d, c.date_style, lg(lang))


def who(c: Case):
    return _b9.name_in(c.p, c.name_style)


def land(code, lang):
    return _b9.cname(code, lg(lang))


def nat(code, lang):
    e = BC.get(code) or {}
    return e.get(f"adj_{lg(lang)}") or _b9._people.nationality_adj(code, lg(lang))


def ill(c: Case, lang):
    d = ILLNESSES[c.illness]
    return d.get(lang) or d.get("nl")


def pc(c: Case, key, lang):
    n = c.annex_no(key)
    if n is None:
        return ""
    return {
        "nl": f" (bijlage {n})",
        "fr": f" (annexe {n})",
        "de": f" (Anlage {n})",
        "en": f" (enclosure {n})",
    }[lang]


def home(c: Case, lang):
    return _b9.addr_str(c.addr, lg(lang), c.addr_style)


def counsel(c: Case):
    A = c.lawyer or {}
    return f"{A.get('first', '')} {A.get('last', '')}".strip()


def counsel_addr(c: Case):
    A = c.lawyer or {}
    return f"{A.get('street', '')}, {A.get('pc', '')} {A.get('city', '')}"


def idnum(c: Case, lang):
    if c.nrn:
        return {
            "nl": f"rijksregisternummer {c.nrn}",
            "fr": f"numéro de registre national {c.nrn}",
            "de": f"Nationalregisternummer {c.nrn}",
            "en": f"national register number {c.nrn}",
        }[lang]
    return {
        "nl": f"DVZ-nummer {c.ov}",
        "fr": f"numéro SP {c.ov}",
        "de": f"AA-Nummer {c.ov}",
        "en": f"Immigration Office number {c.ov}",
    }[lang]


# --------------------------------------------------------------------------- what the applications say


def say_person(c: Case, lang):
    p, f = c.p, c.fem
    nobp, nonat = "no_birthplace" in c.flags, "no_nationality" in c.flags
    bd = dd(c, p.birth_date, lang)
    bp = f"{p.birth_place} ({land(c.birth_cc(), lang)})"
    if lang == "nl":
        s = f"Mijn cliënt{'e' if f else ''}, {who(c)}, werd geboren op {bd}" + ("" if nobp else f" te {bp}")
        s += "" if nonat else f" en heeft de {nat(p.nationality, 'nl')} nationaliteit"
        return s + f"; {'zij' if f else 'hij'} is gekend onder {idnum(c, 'nl')}."
    if lang == "fr":
        s = f"{'Ma cliente' if f else 'Mon client'}, {who(c)}, est né{'e' if f else ''} le {bd}" + (
            "" if nobp else f" à {bp}"
        )
        s += "" if nonat else f" et est de nationalité {nat(p.nationality, 'fr')}"
        return s + f" ; {'elle' if f else 'il'} est connu{'e' if f else ''} sous le {idnum(c, 'fr')}."
    if lang == "de":
        s = f"{'Meine Mandantin' if f else 'Mein Mandant'}, {who(c)}, wurde am {bd}" + (
            "" if nobp else f" in {bp}"
        )
        s += " geboren" + (
            "" if nonat else f" und besitzt die Staatsangehörigkeit {land(p.nationality, 'de')}"
        )
        return s + f" ({idnum(c, 'de')})."
    s = f"My client, {who(c)}, was born on {bd}" + ("" if nobp else f" in {bp}")
    s += "" if nonat else f" and is a {nat(p.nationality, 'en')} national"
    return s + f" ({idnum(c, 'en')})."


def say_home(c: Case, lang):
    if "no_address" in c.flags:
        return {
            "nl": "Cliënt woont al enkele jaren in België, waar hij zijn behandeling volgt.",
            "fr": "Le client vit depuis plusieurs années en Belgique, où il suit son traitement.",
            "de": "Der Mandant lebt seit einigen Jahren in Belgien, wo er behandelt wird.",
            "en": "The client has lived in Belgium for several years, where he follows his treatment.",
        }[lang]
    a = home(c, lang)
    return {
        "nl": f"Cliënt verblijft feitelijk op het volgende adres: {a}.",
        "fr": f"Le client réside effectivement à l'adresse suivante : {a}.",
        "de": f"Der Mandant wohnt tatsächlich unter folgender Anschrift: {a}.",
        "en": f"The client actually lives at the following address: {a}.",
    }[lang]


def say_domicile(c: Case, lang):
    if "no_domicile" in c.flags or c.domicile == "none":
        return None
    if c.domicile == "lawyer" and c.lawyer:
        w = f"{counsel(c)}, {counsel_addr(c)}"
        return {
            "nl": f"Voor deze procedure doet cliënt keuze van woonplaats op het kantoor van ondergetekende, {w}.",
            "fr": f"Pour la présente procédure, le client élit domicile au cabinet du soussigné, {w}.",
            "de": f"Für dieses Verfahren wählt der Mandant sein Zustellungsdomizil in der Kanzlei: {w}.",
            "en": f"For this procedure the client elects domicile at the office of the undersigned, {w}.",
        }[lang]
    if c.domicile == "other" and c.other_domicile:
        return {
            "nl": f"Cliënt kiest woonplaats bij {c.other_domicile}.",
            "fr": f"Le client élit domicile auprès de {c.other_domicile}.",
            "de": f"Zustellungsdomizil: {c.other_domicile}.",
            "en": f"The client elects domicile at {c.other_domicile}.",
        }[lang]
    return {
        "nl": "Cliënt kiest woonplaats op zijn adres van feitelijk verblijf.",
        "fr": "Le client élit domicile à son adresse de résidence effective.",
        "de": "Zustellungsdomizil ist die tatsächliche Wohnanschrift.",
        "en": "The client elects domicile at his address of actual residence.",
    }[lang]


def _idlist(c: Case, lang):
    items = [f"{d[0].lower() + d[1:]}{pc(c, k, lang)}" for k, d in c.annexes if k.startswith("id")]
    j = {"nl": " en ", "fr": " et ", "de": " und ", "en": " and "}[lang]
    if not items:
        return ""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + j + items[-1]


def say_identity(c: Case, lang):
    k = c.id_kind
    if k == "none":
        return {
            "nl": "Het paspoort van cliënt is in aanvraag bij het consulaat en zal u worden bezorgd zodra het "
            "is afgegeven.",
            "fr": "Le passeport du client est en cours de délivrance au consulat et vous sera transmis dès "
            "réception.",
            "de": "Der Reisepass ist beim Konsulat beantragt und wird nach Ausstellung nachgereicht.",
            "en": "The client's passport is being issued by the consulate and will be sent on receipt.",
        }[lang]
    if k in ("asylum", "asylum-noproof"):
        s = {
            "nl": "Cliënt is vrijgesteld van de identiteitsvereiste: zijn verzoek om internationale bescherming "
            "is nog hangende en er is geen definitieve beslissing",
            "fr": "Le client est dispensé de la condition d'identité : sa demande de protection internationale "
            "est pendante et n'a pas fait l'objet d'une décision définitive",
            "de": "Der Mandant ist vom Identitätsnachweis befreit: sein Antrag auf internationalen Schutz ist "
            "noch nicht endgültig beschieden",
            "en": "The client is exempt from the identity requirement: his application for international "
            "protection is pending and has not been finally decided",
        }[lang]
        return s + (pc(c, "asylum", lang) if c.annex_no("asylum") else "") + "."
    if k == "declaration":
        return {
            "nl": f"Cliënt beschikt over geen enkel identiteitsstuk en legt een verklaring voor{pc(c, 'id', 'nl')}.",
            "fr": f"Le client ne dispose d'aucun document d'identité et produit une déclaration{pc(c, 'id', 'fr')}.",
            "de": f"Der Mandant hat keine Ausweispapiere und legt eine Erklärung vor{pc(c, 'id', 'de')}.",
            "en": f"The client has no identity document and produces a declaration{pc(c, 'id', 'en')}.",
        }[lang]
    return {
        "nl": f"Ter staving van zijn identiteit voegt cliënt bij: {_idlist(c, 'nl')}.",
        "fr": f"Pour établir son identité, le client produit : {_idlist(c, 'fr')}.",
        "de": f"Zum Nachweis der Identität legt der Mandant vor: {_idlist(c, 'de')}.",
        "en": f"To prove his identity the client encloses: {_idlist(c, 'en')}.",
    }[lang]


def say_medical(c: Case, lang):
    i = ill(c, lang)
    d, cd, r = c.doctor.name(), dd(c, c.cert_date, lang), pc(c, "medcert", lang)
    return {
        "nl": f"Cliënt lijdt aan {i['name']}. Uit het standaard medisch getuigschrift dat {d} op {cd} "
        f"opstelde{r} blijkt dat deze ziekte bij gebrek aan behandeling een reëel risico inhoudt voor "
        f"zijn leven of fysieke integriteit, of op een onmenselijke of vernederende behandeling.",
        "fr": f"Le client souffre de {i['name']}. Le certificat médical type établi par {d} le {cd}{r} montre "
        f"que cette maladie, faute de traitement, entraîne un risque réel pour sa vie ou son intégrité "
        f"physique, ou un risque de traitement inhumain ou dégradant.",
        "de": f"Der Mandant leidet an {i['name']}. Das von {d} am {cd} ausgestellte Standardattest{r} zeigt "
        f"eine reale Gefahr für Leben oder körperliche Unversehrtheit ohne Behandlung.",
        "en": f"The client suffers from {i['name']}. The standard medical certificate drawn up by {d} on {cd}{r} "
        f"shows that without treatment this illness entails a real risk to his life or physical "
        f"integrity, or of inhuman or degrading treatment.",
    }[lang]


def say_coi(c: Case, lang):
    if "no_coi" in c.flags or not c.coi_in_app:
        return None
    e = BC.get(c.origin(), {})
    ins = e.get(f"insurance_{lang}") or e.get("insurance_en", "")
    r, o = pc(c, "coi", lang), land(c.origin(), lang)
    return {
        "nl": f"De noodzakelijke zorg is in {o} niet beschikbaar en niet toegankelijk{r}. {ins}",
        "fr": f"Les soins nécessaires ne sont ni disponibles ni accessibles dans le pays d'origine ({o}){r}. {ins}",
        "de": f"Die notwendige Behandlung ist im Herkunftsland ({o}) weder verfügbar noch zugänglich{r}. {ins}",
        "en": f"The necessary care is neither available nor accessible in {o}{r}. {ins}",
    }[lang]


def say_family(c: Case, lang):
    if not c.family:
        return None
    rel = {
        "child": {"nl": "kind", "fr": "enfant", "de": "Kind", "en": "child"},
        "spouse": {"nl": "echtgeno(o)t(e)", "fr": "conjoint(e)", "de": "Ehegatte", "en": "spouse"},
    }
    out = [
        f"{m.p.given_names} {m.p.surname} ({rel[m.rel][lang]}, {dd(c, m.p.birth_date, lang)}){pc(c, f'fam{i}', lang)}"
        for i, m in enumerate(c.family)
    ]
    lead = {
        "nl": "De aanvraag geldt eveneens voor de volgende gezinsleden: ",
        "fr": "La demande vaut également pour les membres de famille suivants : ",
        "de": "Der Antrag gilt auch für folgende Familienangehörige: ",
        "en": "The application also covers the following family members: ",
    }[lang]
    return lead + "; ".join(out) + "."


def say_history(c: Case, lang):
    out = []
    if c.previous_9ter:
        d = dd(c, c.previous_9ter, lang)
        out.append(
            {
                "nl": f"Cliënt diende op {d} reeds een aanvraag 9ter in, waarover nog niet werd beslist; die "
                f"aanvraag wordt door de huidige ingetrokken en vervangen.",
                "fr": f"Le client a introduit le {d} une demande 9ter, toujours pendante ; elle est retirée et "
                f"remplacée par la présente.",
                "de": f"Der am {d} gestellte, noch anhängige 9ter-Antrag wird zurückgezogen und ersetzt.",
                "en": f"The client lodged a 9ter application on {d} which is still pending; it is withdrawn "
                f"and replaced by the present one.",
            }[lang]
        )
    a = c.asylum
    if a and a.get("status") == "refused":
        d = dd(c, a["refused_on"], lang)
        out.append(
            {
                "nl": f"Zijn verzoek om internationale bescherming werd op {d} definitief geweigerd.",
                "fr": f"Sa demande de protection internationale a été définitivement refusée le {d}.",
                "de": f"Sein Asylantrag wurde am {d} endgültig abgelehnt.",
                "en": f"His application for international protection was finally refused on {d}.",
            }[lang]
        )
    return " ".join(out) or None


OPEN = {
    "nl": "Namens mijn cliënt dien ik hierbij een aanvraag in tot machtiging tot verblijf op grond van artikel "
    "9ter van de wet van 15 december 1980.",
    "en": "On behalf of my client I hereby apply for authorisation to stay on the basis of Article 9ter of the "
    "Law of 15 December 1980.",
    "fr": "Au nom de mon client, j'introduis par la présente une demande d'autorisation de séjour sur la base de "
    "l'article 9ter de la loi du 15 décembre 1980.",
}
CLOSE = {
    "nl": "Ik verzoek u de aanvraag ontvankelijk en gegrond te verklaren.",
    "en": "I ask you to declare the application admissible and well-founded.",
    "fr": "Je vous prie de déclarer la demande recevable et fondée.",
}


def _story(c: Case, lang):
    """The body paragraphs in order, each with the tag of what it carries (None: nothing tagged)."""
    out = [(None, OPEN[lang]), ("personal", say_person(c, lang)), ("residence", say_home(c, lang))]
    dom = say_domicile(c, lang)
    if dom:
        out.append((None, dom))
    out.append((None, say_identity(c, lang)))
    fam = say_family(c, lang)
    if fam:
        out.append((None, fam))
    out.append((None, say_medical(c, lang)))
    coi = say_coi(c, lang)
    if coi:
        out.append((None, coi))
    h = say_history(c, lang)
    out.append(("parallel", h))
    out.append((None, CLOSE[lang]))
    return out


# --------------------------------------------------------------------------- applications


class Pages:
    """Text running down the pages of a letter; a new page when the bottom margin is reached."""

    def __init__(self, font, pt, *, x=30.0, w=156.0, top=24.0, bottom=262.0, deco=None):
        self.font, self.pt, self.x, self.w, self.top, self.bottom, self.deco = (
            font,
            pt,
            x,
            w,
            top,
            bottom,
            deco,
        )
        self.sheets: list[Sheet] = []
        self.new()

    def new(self):
        self.sh = Sheet(210, 297)
        self.sheets.append(self.sh)
        if self.deco:
            self.deco(self.sh)
        self.y = self.top

    def need(self, h):
        if self.y + h > self.bottom:
            self.new()

    def para(self, s, *, f=None, pt=None, gap=3.0, al="justify", indent=0.0):
        f, pt = f or self.font, pt or self.pt
        step = pt * 0.3528 * 1.42
        lines = self.sh.wrap(s, self.w - indent, font=f, size_pt=pt)
        for i, line in enumerate(lines):
            self.need(step)
            if al == "justify" and i < len(lines) - 1 and " " in line:
                words = line.split()
                ws = [W(w_, f, pt) for w_ in words]
                g = (self.w - indent - sum(ws)) / max(1, len(words) - 1)
                xx = self.x + indent
                for w_, ww in zip(words, ws):
                    T(self.sh, xx, self.y, w_, f=f, pt=pt)
                    xx += ww + g
            else:
                T(self.sh, self.x + indent, self.y, line, f=f, pt=pt)
            self.y += step
        self.y += gap

    @property
    def page(self):
        return len(self.sheets)


def _letter(c: Case, rng: random.Random, lang: str):
    tags: dict = {}
    A = c.lawyer or {}

    def deco(s: Sheet):
        ln(s, 24, 14, 24, 283, lw=0.8, col=(150, 110, 40))
        T(s, 28, 12, (A.get("firm") or "Advocaat").upper(), f=CALA_B, pt=8, col=(150, 110, 40), sp=0.8)

    F = Pages(CALA, 10.5, x=30, w=156, top=22, deco=deco)
    sh = F.sh
    for j, t in enumerate(
        [
            counsel(c),
            A.get("street", ""),
            f"{A.get('pc', '')} {A.get('city', '')}",
            A.get("tel", ""),
            A.get("mail", ""),
        ]
    ):
        T(sh, 30, 20 + j * 4.3, t, f=CALA, pt=8.5, col=G1)
    reg = {"nl": "Per aangetekende zending", "en": "By registered mail"}[lang]
    T(sh, 118, 44, reg, f=CALA_B, pt=10)
    for j, t in enumerate(_b9.DVZ_NL):
        T(sh, 118, 50 + j * 4.8, t, f=CALA, pt=10)
    T(sh, 30, 78, f"{A.get('city', 'Antwerpen')}, {dd(c, c.app_date, lang)}", f=CALA, pt=10.5)
    subj = {"nl": f"Betreft: aanvraag 9ter - {who(c)}", "en": f"Re: Article 9ter application - {who(c)}"}[
        lang
    ]
    T(sh, 30, 86, subj, f=CALA_B, pt=10.5)
    F.y = 98
    F.para({"nl": "Geachte,", "en": "Dear Sir or Madam,"}[lang], al="left")
    for tag, s in _story(c, lang):
        if tag:
            tags[tag] = F.page
        if s:
            F.para(s)
    F.para({"nl": "Met vriendelijke groeten,", "en": "Yours faithfully,"}[lang], al="left")
    F.need(36)
    tags["signature"] = F.page
    T(F.sh, 118, F.y, {"nl": "De raadsman van cliënt,", "en": "Counsel for the client,"}[lang], f=CALA, pt=10)
    if "unsigned" not in c.flags:
        sign(F.sh, 120, F.y + 4, rng, col=PEN_B if rng.random() < 0.7 else PEN_K)
    T(F.sh, 118, F.y + 21, counsel(c), f=CALA_B, pt=10)
    T(F.sh, 118, F.y + 25.5, {"nl": "advocaat", "en": "attorney"}[lang], f=CALA, pt=9, col=G1)
    F.y += 36
    F.need(20)
    F.para(
        {"nl": "Inventaris van de bijlagen", "en": "List of enclosures"}[lang], f=CALA_B, gap=1.5, al="left"
    )
    for i, (_k, d) in enumerate(c.annexes):
        F.para(f"[{i + 1}]  {d}", gap=0.3, al="left", indent=3)
    n = len(F.sheets)
    for i, s in enumerate(F.sheets):
        T(s, 186, 287, f"{i + 1} / {n}", f=CALA, pt=8, at="right", col=G2)
    return F.sheets, tags


def app_nl_letter(c: Case, rng: random.Random):
    """Dutch lawyer's letter in Caladea with a thin ochre rule down the LEFT margin of every page and the firm's
    name in spaced capitals at its top; the lawyer's contact lines at the top LEFT, 'Per aangetekende zending' and
    the DVZ address at the RIGHT, place and date then 'Betreft' in bold; the case told in justified prose; the
    signature sits UNDER the label 'De raadsman van cliënt,' at the RIGHT with the typed name and 'advocaat' below;
    the enclosures as '[n]' lines; 'n / N' at the foot RIGHT."""
    return _letter(c, rng, "nl")


def app_en_letter(c: Case, rng: random.Random):
    """The same ochre-margin design written in English by counsel ('By registered mail', 'Counsel for the client,'
    above the signature, 'List of enclosures')."""
    return _letter(c, rng, "en")


def app_fr_form(c: Case, rng: random.Random):
    """French form of a Walloon social-legal service ('DEMANDE D'AUTORISATION DE SÉJOUR - ARTICLE 9TER'), in
    URW Gothic: every answer in its own cell of a grid with the label printed small INSIDE the cell's top LEFT
    corner, section numbers in white on dark plum squares at the left of each section title, answers typed in
    Courier Prime or written by hand in blue; page 2 holds the medical part, the annexes as a numbered ruled list
    and the signature cell at the bottom LEFT with 'Signature du demandeur ou de son avocat' printed inside its top;
    yellowish recycled paper."""
    tags = {"personal": 1, "residence": 1, "parallel": 2, "signature": 2}
    typed = rng.random() < 0.5
    p = c.p
    s1, s2 = Sheet(210, 297), Sheet(210, 297)
    T(s1, 16, 14, "DEMANDE D'AUTORISATION DE SÉJOUR - ARTICLE 9TER", f=GOTH_B, pt=13)
    T(
        s1,
        16,
        20.5,
        "Loi du 15 décembre 1980 - à envoyer par recommandé à l'Office des Étrangers, Bd Pachéco 44, "
        "1000 Bruxelles",
        f=GOTH,
        pt=7.8,
        col=G1,
    )
    T(s1, 194, 14, "Service social Entraide Meuse asbl - Namur", f=GOTH, pt=7.5, at="right", col=G1)
    cur = {"sh": s1, "y": 30.0}

    def section(n, t):
        sh = cur["sh"]
        frame(sh, 16, cur["y"], 7, 7, lw=0, fill=(90, 30, 80))
        T(sh, 19.5, cur["y"] + 1.3, str(n), f=GOTH_B, pt=9.5, col=(255, 255, 255), at="center")
        T(sh, 26, cur["y"] + 1.3, t, f=GOTH_B, pt=10.5)
        cur["y"] += 10

    def cells(row, h=12.0):
        sh, x = cur["sh"], 16.0
        for lab, val, w in row:
            frame(sh, x, cur["y"], w, h, lw=0.3)
            T(sh, x + 1.2, cur["y"] + 0.8, lab, f=GOTH, pt=6.3, col=G1)
            v = str(val or "")
            if v:
                if typed:
                    T(sh, x + 2, cur["y"] + 5.4, v[: int(w / 2.2)], f=CPRIME, pt=9.5)
                else:
                    hand(sh, x + 2, cur["y"] + 3.6, v[: int(w / 2.6)], rng, f=HW1, pt=12)
            x += w
        cur["y"] += h

    section(1, "Identité du demandeur")
    cells([("Nom", p.surname.upper(), 89), ("Prénom(s)", p.given_names, 89)])
    cells(
        [
            ("Date de naissance", dd(c, p.birth_date, "fr"), 50),
            (
                "Lieu et pays de naissance",
                "" if "no_birthplace" in c.flags else f"{p.birth_place}, {land(c.birth_cc(), 'fr')}",
                128,
            ),
        ]
    )
    cells(
        [
            ("Nationalité", "" if "no_nationality" in c.flags else nat(p.nationality, "fr"), 70),
            ("N° registre national / n° SP", c.nrn or c.ov or "", 108),
        ]
    )
    cur["y"] += 4
    section(2, "Résidence effective en Belgique")
    cells([("Adresse de résidence effective", "" if "no_address" in c.flags else home(c, "fr"), 178)])
    dom = ""
    if not ("no_domicile" in c.flags or c.domicile == "none"):
        dom = (
            f"{counsel(c)}, {counsel_addr(c)}"
            if c.domicile == "lawyer" and c.lawyer
            else c.other_domicile
            if c.domicile == "other"
            else "à l'adresse de résidence"
        )
    cells([("Élection de domicile", dom, 178)])
    cells([("Avocat", f"Me {counsel(c)}, {counsel_addr(c)}" if c.lawyer else "-", 178)])
    cur["y"] += 4
    section(3, "Membres de la famille compris dans la demande")
    if c.family:
        for i, m in enumerate(c.family):
            cells(
                [
                    ("Lien", "enfant" if m.rel == "child" else "conjoint(e)", 36),
                    ("Nom et prénom", f"{m.p.surname.upper()} {m.p.given_names}", 90),
                    ("Naissance", dd(c, m.p.birth_date, "fr") + pc(c, f"fam{i}", "fr"), 52),
                ]
            )
    else:
        cells([("Membres de la famille", "aucun", 178)])
    cur["y"] += 4
    section(4, "Preuve de l'identité")
    cur["y"] = P(s1, 18, cur["y"], 174, say_identity(c, "fr"), f=GOTH, pt=9.5) + 3
    cur["sh"], cur["y"] = s2, 16.0
    section(5, "Maladie et traitement")
    cur["y"] = P(s2, 18, cur["y"], 174, say_medical(c, "fr"), f=GOTH, pt=9.5) + 3
    section(6, "Disponibilité et accessibilité des soins dans le pays d'origine")
    cur["y"] = P(s2, 18, cur["y"], 174, say_coi(c, "fr") or "-", f=GOTH, pt=9.5) + 3
    section(7, "Procédures antérieures")
    cur["y"] = P(s2, 18, cur["y"], 174, say_history(c, "fr") or "néant", f=GOTH, pt=9.5) + 3
    section(8, "Pièces jointes")
    for i, (_k, d) in enumerate(c.annexes):
        T(s2, 18, cur["y"], f"{i + 1}.", f=GOTH_B, pt=9)
        T(s2, 26, cur["y"], d[:90], f=GOTH, pt=9)
        ln(s2, 16, cur["y"] + 5, 194, cur["y"] + 5, lw=0.15, col=G3)
        cur["y"] += 6.4
    cur["y"] = max(cur["y"] + 8, 200)
    y = cur["y"]
    frame(s2, 16, y, 84, 34, lw=0.4)
    T(s2, 17.5, y + 1, "Signature du demandeur ou de son avocat", f=GOTH, pt=6.8, col=G1)
    if "unsigned" not in c.flags:
        sign(s2, 24, y + 9, rng)
    frame(s2, 104, y, 90, 12, lw=0.4)
    T(s2, 105.5, y + 1, "Date", f=GOTH, pt=6.8, col=G1)
    T(s2, 108, y + 5.4, dd(c, c.app_date, "fr"), f=CPRIME, pt=9.5)
    for i, s in enumerate((s1, s2)):
        T(s, 194, 288, f"page {i + 1} de 2", f=GOTH, pt=7.5, at="right", col=G2)
    return [aged(s1, (248, 243, 228), 0.25), aged(s2, (248, 243, 228), 0.25)], tags


_reg(
    "be9ter-app-nl-prose-caladea-oker-kantlijn-53",
    "application",
    "nl",
    app_nl_letter,
    "Dutch lawyer's prose letter with an ochre rule in the left margin, signature below a label",
)
_reg(
    "be9ter-app-en-prose-caladea-oker-kantlijn-53",
    "application",
    "en",
    app_en_letter,
    "English lawyer's letter",
)
_reg(
    "be9ter-app-fr-form-cellen-label-in-cel-53",
    "application",
    "fr",
    app_fr_form,
    "French form with the labels printed inside the answer cells",
)


# --------------------------------------------------------------------------- standard medical certificates

MC = {
    "fr": dict(
        t="CERTIFICAT MÉDICAL TYPE",
        s="destiné à l'Office des Étrangers - article 9ter, § 1er, de la loi du "
        "15 décembre 1980 (modèle en vigueur depuis le 1er mars 2024)",
        pat="Patient",
        pn="Nom et prénom",
        pb="Date de naissance",
        A="Historique médical et diagnostic",
        B="Degré de gravité de la maladie",
        lv=["légère", "modérée", "grave", "très grave"],
        Bn="Précisions",
        C="Traitement actuel et traitement nécessaire",
        C1="Médication",
        C2="Intervention / hospitalisation",
        C3="Durée prévue du traitement",
        D="Conséquences et complications en cas d'arrêt du traitement",
        E="Évolution et pronostic",
        F="Besoins spécifiques de suivi médical",
        G="Capacité de voyager",
        doc="Médecin",
        dn="Nom",
        dr="N° INAMI",
        dd="Date",
        ds="Signature et cachet",
    ),
    "en": dict(
        t="STANDARD MEDICAL CERTIFICATE",
        s="for the Immigration Office - Article 9ter, § 1, Law of 15 "
        "December 1980 (model in force since 1 March 2024)",
        pat="Patient",
        pn="Surname and first name",
        pb="Date of birth",
        A="Medical history and diagnosis",
        B="Degree of severity of the illness",
        lv=["mild", "moderate", "severe", "very severe"],
        Bn="Details",
        C="Current and necessary treatment",
        C1="Medication",
        C2="Intervention / hospitalisation",
        C3="Expected duration of treatment",
        D="Consequences and complications if treatment is stopped",
        E="Course and prognosis",
        F="Specific needs for medical follow-up",
        G="Ability to travel",
        doc="Doctor",
        dn="Name",
        dr="RIZIV/INAMI no.",
        dd="Date",
        ds="Signature and stamp",
    ),
    "nl": dict(
        t="STANDAARD MEDISCH GETUIGSCHRIFT",
        s="bestemd voor de Dienst Vreemdelingenzaken - artikel 9ter van de wet van 15 december 1980",
        pat="Patiënt",
        pn="Naam en voornaam",
        pb="Geboortedatum",
        A="Ziektegeschiedenis en diagnose",
        B="Graad van ernst van de aandoening",
        lv=[],
        Bn="",
        C="Huidige behandeling en noodzakelijke behandeling",
        C1="Medicatie",
        C2="Ingreep / opname",
        C3="Geschatte duur van de behandeling",
        D="Gevolgen en mogelijke complicaties bij stopzetting",
        E="Evolutie en prognose",
        F="Noden inzake medische opvolging",
        G="Kan de patiënt reizen?",
        doc="Arts",
        dn="Naam",
        dr="RIZIV-nummer",
        dd="Datum",
        ds="Handtekening en stempel",
    ),
}


def _level(c: Case) -> int:
    return 3 if c.illness in ("ckd", "cancer") else 2


def _doc_lines(c: Case, lang: str, riziv: bool) -> list[str]:
    d = c.doctor
    sp = SPECIALTY[d.spec].get(lg(lang), "")
    out = [d.name("initial"), sp.capitalize() if sp else ""]
    if riziv:
        out.append(("INAMI " if lang == "fr" else "RIZIV ") + d.riziv)
    out += [d.street, f"{d.pc} {d.city}"]
    return [x for x in out if x]


def mc_2024(c: Case, rng: random.Random, *, lang: str):
    """The 2024 model of the standard medical certificate typed in Carlito: the title in bold capitals at the top
    LEFT with the legal line under it in grey, a thin dark-green rule; the patient's name and birth date in a
    two-cell box; each section a lettered heading (A-G) on a pale green ground with its answer typed below; the
    degree of severity as four round options on one line, the chosen one filled; the doctor's block on page 2 as a
    bordered table (name, RIZIV/INAMI number, date) with the signature and stamp cell to its RIGHT."""
    L = MC[lang]
    tags = {"patient": 1, "illness": 1, "severity": 1}
    i = ILLNESSES[c.illness].get(lang) or ILLNESSES[c.illness]["en"]
    s1, s2 = Sheet(210, 297), Sheet(210, 297)
    T(s1, 18, 14, L["t"], f=CARL_B, pt=15)
    P(s1, 18, 21, 174, L["s"], f=CARL, pt=8.5, col=G1)
    ln(s1, 18, 30, 192, 30, lw=0.6, col=(30, 90, 60))
    T(s1, 18, 34, L["pat"], f=CARL_B, pt=10)
    noname = "mc_no_patient" in c.flags
    frame(s1, 18, 39, 118, 11, lw=0.3)
    frame(s1, 136, 39, 56, 11, lw=0.3)
    T(s1, 19.5, 40, L["pn"], f=CARL, pt=7, col=G1)
    T(s1, 137.5, 40, L["pb"], f=CARL, pt=7, col=G1)
    if not noname:
        T(s1, 20, 44.5, f"{c.p.surname.upper()} {c.p.given_names}", f=CARL_B, pt=10.5)
    T(s1, 138, 44.5, _b9.fdate(c.p.birth_date, "slashes"), f=CARL_B, pt=10.5)
    cur = {"sh": s1, "y": 56.0, "pg": 1}

    def head(t):
        if cur["y"] > 250 and cur["sh"] is s1:
            cur["sh"], cur["y"], cur["pg"] = s2, 18.0, 2
        frame(cur["sh"], 18, cur["y"], 174, 6.5, lw=0, fill=(226, 240, 230))
        T(cur["sh"], 20, cur["y"] + 1.2, t, f=CARL_B, pt=10)
        cur["y"] += 9

    def body(t):
        if t:
            cur["y"] = P(cur["sh"], 20, cur["y"], 170, t, f=CARL, pt=10, lead=1.3) + 3
        else:
            ln(cur["sh"], 20, cur["y"] + 4, 190, cur["y"] + 4, lw=0.15, col=G3, dash=0.6)
            cur["y"] += 9

    head("A. " + L["A"])
    body(
        ""
        if "mc_no_illness" in c.flags
        else f"{i['name']} (ICD-10 {ILLNESSES[c.illness]['icd']}). {i['history']}"
    )
    head("B. " + L["B"])
    tags["severity"] = cur["pg"]
    x = 22.0
    chosen = None if "mc_no_severity" in c.flags else _level(c)
    for k, lv in enumerate(L["lv"]):
        cur["sh"].rect(x, cur["y"] + 0.4, 3.4, 3.4, width_mm=0.3)
        if k == chosen:
            cur["sh"].rect(x + 0.8, cur["y"] + 1.2, 1.8, 1.8, width_mm=0, fill=(0, 0, 0))
        T(cur["sh"], x + 5, cur["y"], lv, f=CARL, pt=10)
        x += 38
    cur["y"] += 7
    body("" if "mc_no_severity" in c.flags else f"{L['Bn']}: {i['severity']}")
    head("C. " + L["C"])
    tags["treatment"] = cur["pg"]
    not_tx = "mc_no_treatment" in c.flags
    for lab, val in [(L["C1"], "; ".join(i["meds"])), (L["C2"], i["intervention"]), (L["C3"], i["duration"])]:
        T(cur["sh"], 20, cur["y"], lab, f=CARL_B, pt=9)
        cur["y"] += 5
        body("" if not_tx else val)
    for key, val in [("D", i["consequences"]), ("E", i["prognosis"]), ("F", i["needs"]), ("G", i["travel"])]:
        head(f"{key}. {L[key]}")
        body(val)
    if cur["sh"] is s1:
        cur["sh"], cur["y"], cur["pg"] = s2, 18.0, 2
    sh, y = cur["sh"], max(cur["y"] + 6, 150.0)
    T(sh, 18, y, L["doc"], f=CARL_B, pt=10.5)
    y += 6
    riz = "mc_no_riziv" not in c.flags
    for k, (lab, val) in enumerate(
        [
            (L["dn"], c.doctor.name()),
            (L["dr"], c.doctor.riziv if riz else ""),
            (L["dd"], _b9.fdate(c.cert_date, c.cert_date_style, lg(lang))),
        ]
    ):
        frame(sh, 18, y + k * 11, 96, 11, lw=0.3)
        T(sh, 19.5, y + k * 11 + 1, lab, f=CARL, pt=7, col=G1)
        T(sh, 21, y + k * 11 + 5, val, f=CARL_B, pt=10)
    frame(sh, 114, y, 78, 33, lw=0.3)
    T(sh, 115.5, y + 1, L["ds"], f=CARL, pt=7, col=G1)
    stamp(sh, 150, y + 4, _doc_lines(c, lang, riz), rng, shape="rect", col=ST_B, mm=38)
    if "mc_unsigned" not in c.flags:
        sign(sh, 118, y + 10, rng, w=34, h=13)
    tags["signature"] = tags["doctor"] = 2
    for k, s in enumerate((s1, s2)):
        T(s, 192, 288, f"{k + 1}/2", f=CARL, pt=8, at="right", col=G2)
    return [s1, s2], tags


def mc_old_nl(c: Case, rng: random.Random):
    """The previous model of the 'STANDAARD MEDISCH GETUIGSCHRIFT' as DVZ printed it (sections A/ to G/ in bold with
    dotted answer lines), filled in BY HAND in blue ballpoint by the doctor; the patient's name on the first dotted
    line under the title; the doctor's stamp with the RIZIV number at the bottom LEFT of page 2, the date and
    signature at its RIGHT after 'Datum en handtekening:'; scanned a little grey with a fold across each page."""
    L = MC["nl"]
    tags = {"patient": 1, "illness": 1, "severity": 1, "treatment": 1}
    i = ILLNESSES[c.illness]["nl"]
    s1, s2 = Sheet(210, 297), Sheet(210, 297)
    T(s1, 105, 16, L["t"], f=LSER_B, pt=14, at="center")
    T(s1, 105, 23, L["s"], f=LSER, pt=9, at="center")
    ink = PEN_B

    def dotted(sh, y, n):
        for k in range(n):
            ln(sh, 20, y + 6 + k * 8, 190, y + 6 + k * 8, lw=0.2, col=G2, dash=0.4)

    def answer(sh, y, text, n):
        dotted(sh, y, n)
        if not text:
            return y + n * 8 + 2
        lines = sh.wrap(text, 160, font=HW2, size_pt=12)
        for k, line in enumerate(lines[:n]):
            hand(sh, 22, y + k * 8 + 0.5, line, rng, f=HW2, pt=12, col=ink)
        return y + n * 8 + 2

    T(s1, 20, 34, f"{L['pat']} - {L['pn']}:", f=LSER_B, pt=10)
    dotted(s1, 34, 1)
    if "mc_no_patient" not in c.flags:
        hand(s1, 80, 34.5, f"{c.p.surname} {c.p.given_names}", rng, f=HW2, pt=13, col=ink)
    T(s1, 20, 46, f"{L['pb']}: ", f=LSER_B, pt=10)
    hand(s1, 52, 45.5, _b9.fdate(c.p.birth_date, "dots"), rng, f=HW2, pt=13, col=ink)
    y = 58.0
    T(s1, 20, y, "A/ " + L["A"], f=LSER_B, pt=10.5)
    y = answer(s1, y + 2, "" if "mc_no_illness" in c.flags else f"{i['name']}. {i['history']}", 5)
    T(s1, 20, y, "B/ " + L["B"], f=LSER_B, pt=10.5)
    y = answer(s1, y + 2, "" if "mc_no_severity" in c.flags else i["severity"], 3)
    T(s1, 20, y, "C/ " + L["C"], f=LSER_B, pt=10.5)
    y += 6
    nt = "mc_no_treatment" in c.flags
    for lab, val, n in [
        (L["C1"], "; ".join(i["meds"]), 3),
        (L["C2"], i["intervention"], 2),
        (L["C3"], i["duration"], 1),
    ]:
        T(s1, 24, y, f"- {lab}:", f=LSER, pt=10)
        y = answer(s1, y + 1, "" if nt else val, n)
    y = 18.0
    for key, val in [("D", i["consequences"]), ("E", i["prognosis"]), ("F", i["needs"]), ("G", i["travel"])]:
        T(s2, 20, y, f"{key}/ {L[key]}", f=LSER_B, pt=10.5)
        y = answer(s2, y + 2, val, 3)
    y += 8
    riz = "mc_no_riziv" not in c.flags
    stamp(s2, 20, y, _doc_lines(c, "nl", riz), rng, shape="rect", col=ST_V, mm=40)
    T(s2, 112, y, "Datum en handtekening:", f=LSER_B, pt=10)
    hand(s2, 112, y + 6, _b9.fdate(c.cert_date, c.cert_date_style, "nl"), rng, f=HW2, pt=13, col=ink)
    if "mc_unsigned" not in c.flags:
        sign(s2, 114, y + 14, rng, w=40, h=14, col=ink)
    tags["signature"] = tags["doctor"] = 2
    return [fold_cross(aged(s1, (236, 236, 236), 0.3)), fold_cross(aged(s2, (236, 236, 236), 0.3))], tags


_reg(
    "be9ter-medcert-2024-fr-carlito-groene-koppen-rondjes-53",
    "medical-certificate",
    "fr",
    lambda c, r: mc_2024(c, r, lang="fr"),
    "2024 model typed in French, green section heads",
)
_reg(
    "be9ter-medcert-2024-en-carlito-groene-koppen-53",
    "medical-certificate",
    "en",
    lambda c, r: mc_2024(c, r, lang="en"),
    "2024 model typed in English",
)
_reg(
    "be9ter-medcert-oud-nl-balpen-stippellijnen-53",
    "medical-certificate",
    "nl",
    mc_old_nl,
    "previous model in Dutch filled in by hand on dotted lines",
)


# --------------------------------------------------------------------------- medical statements, COI


def _ms_lang(c: Case) -> str:
    return "fr" if c.lang == "fr" else "nl"


def ms_specialist(c: Case, rng: random.Random):
    """A hospital specialist's report to the general practitioner ('Verslag' / 'Rapport') in DejaVu Sans: the
    hospital's name and department in a dark blue block at the top RIGHT, the GP as addressee at the LEFT, a
    one-line 'Betreft / Concerne' with the patient's name and birth date, then headed paragraphs (Anamnese,
    Diagnose, Behandeling, Beleid) with the heading words in bold at the start of each paragraph; signed at the
    RIGHT above the typed name; 'cc: patiënt' at the foot."""
    lang = _ms_lang(c)
    i = ill(c, lang)
    d = c.specialist
    sh = Sheet(210, 297)
    frame(sh, 112, 12, 82, 22, lw=0, fill=(24, 46, 96))
    T(sh, 115, 15, d.inst[:40], f=DJV_B, pt=9, col=(255, 255, 255))
    T(sh, 115, 20.5, d.dept[:46], f=DJV, pt=7, col=(255, 255, 255))
    T(sh, 115, 25.5, f"{d.street}, {d.pc} {d.city}", f=DJV, pt=7, col=(255, 255, 255))
    gp = c.doctor
    for j, t in enumerate([gp.name(), gp.street, f"{gp.pc} {gp.city}"]):
        T(sh, 18, 44 + j * 4.8, t, f=DJV, pt=9.5)
    T(sh, 192, 66, _b9.fdate(c.medstat_date, "long", lang), f=DJV, pt=9.5, at="right")
    T(
        sh,
        18,
        74,
        ("Betreft: " if lang == "nl" else "Concerne : ")
        + f"{c.p.surname.upper()} {c.p.given_names}, {_b9.fdate(c.p.birth_date, 'dots')}",
        f=DJV_B,
        pt=9.5,
    )
    y = 84.0
    heads = {
        "nl": ["Anamnese", "Diagnose", "Behandeling", "Beleid"],
        "fr": ["Anamnèse", "Diagnostic", "Traitement", "Suivi"],
    }[lang]
    for h_, t in zip(
        heads,
        [
            i["history"],
            i["name"] + ". " + i["severity"],
            "; ".join(i["meds"]) + ". " + i["intervention"],
            i["needs"],
        ],
    ):
        y = P(sh, 18, y, 174, f"{h_}: {t}", f=DJV, pt=9.5, lead=1.4) + 3
    sign(sh, 130, y + 6, rng)
    T(sh, 130, y + 24, d.name(), f=DJV, pt=9.5)
    T(sh, 130, y + 28.5, SPECIALTY[d.spec].get(lang, ""), f=DJV, pt=8.5, col=G1)
    T(sh, 18, 280, "cc: patiënt" if lang == "nl" else "cc : patient", f=DJV, pt=7.5, col=G2)
    return [sh], {}


def ms_daycare(c: Case, rng: random.Random):
    """A day-hospital attendance report printed from the hospital's record system ('Verslag dagziekenhuis' /
    'Rapport hôpital de jour') in Liberation Sans: a grey header line with the printing date and 'pagina 1', a
    framed block of patient identifiers (name, birth date, patient number), the visit's findings as short
    colon-led lines, the medication list as a ruled table (name, dose), electronically validated by the doctor
    ('gevalideerd door') with no pen signature."""
    lang = _ms_lang(c)
    i = ill(c, lang)
    d = c.specialist
    sh = Sheet(210, 297)
    frame(sh, 0, 8, 210, 8, lw=0, fill=(226, 226, 226))
    T(
        sh,
        14,
        9.8,
        f"{d.inst} - {'afgedrukt op' if lang == 'nl' else 'imprimé le'} "
        f"{_b9.fdate(c.medstat_date + datetime.timedelta(days=1), 'dots')}",
        f=LSAN,
        pt=8,
        col=G1,
    )
    T(sh, 196, 9.8, "pagina 1/1" if lang == "nl" else "page 1/1", f=LSAN, pt=8, at="right", col=G1)
    T(sh, 14, 24, "VERSLAG DAGZIEKENHUIS" if lang == "nl" else "RAPPORT HÔPITAL DE JOUR", f=LSAN_B, pt=13)
    frame(sh, 14, 32, 182, 18, lw=0.3)
    for j, (a, v) in enumerate(
        [
            ("Patiënt" if lang == "nl" else "Patient", f"{c.p.surname.upper()}, {c.p.given_names}"),
            ("Geboren" if lang == "nl" else "Né(e) le", _b9.fdate(c.p.birth_date, "slashes")),
            ("Nr.", digits(rng, 9)),
        ]
    ):
        T(sh, 17, 34 + j * 5, a, f=LSAN, pt=8.5, col=G1)
        T(sh, 48, 34 + j * 5, v, f=LSAN_B, pt=9)
    T(
        sh,
        120,
        34,
        ("Opname: " if lang == "nl" else "Séance : ") + _b9.fdate(c.medstat_date, "dots"),
        f=LSAN,
        pt=9,
    )
    y = 58.0
    for a, v in [
        ("Diagnose" if lang == "nl" else "Diagnostic", i["name"]),
        ("Klinisch" if lang == "nl" else "Clinique", i["severity"]),
        ("Plan", i["needs"]),
    ]:
        y = P(sh, 14, y, 182, f"{a}: {v}", f=LSAN, pt=9.5) + 2.5
    y += 4
    T(sh, 14, y, "Medicatie" if lang == "nl" else "Médication", f=LSAN_B, pt=10)
    y += 6
    for m in i["meds"]:
        ln(sh, 14, y - 1, 196, y - 1, lw=0.15, col=G3)
        T(sh, 16, y, m, f=LSAN, pt=9.5)
        y += 6
    ln(sh, 14, y - 1, 196, y - 1, lw=0.15, col=G3)
    T(
        sh,
        14,
        y + 10,
        ("Elektronisch gevalideerd door " if lang == "nl" else "Validé électroniquement par ")
        + f"{d.name()} ({SPECIALTY[d.spec].get(lang, '')})",
        f=LSAN,
        pt=9,
        col=G1,
    )
    return [sh], {}


def coi_table(c: Case, rng: random.Random):
    """A country-of-origin fact sheet in English by a medical NGO's documentation desk: a navy title bar, the
    country in large letters, then a three-column table (Item, Availability, Accessibility / cost) for the drug, the
    specialist follow-up and the laboratory tests, the insurance situation as a boxed note below, sources as
    numbered footnotes in small grey type."""
    o = c.origin()
    e = BC.get(o, {})
    sh = Sheet(210, 297)
    frame(sh, 14, 12, 182, 11, lw=0, fill=(22, 36, 80))
    T(sh, 17, 14.5, "MEDICAL AVAILABILITY FACT SHEET", f=FSAN_B, pt=11, col=(255, 255, 255))
    T(sh, 193, 15, f"ref. MAF-{digits(rng, 4)}", f=FSAN, pt=8, at="right", col=(255, 255, 255))
    T(sh, 14, 32, land(o, "en"), f=FSAN_B, pt=20)
    T(
        sh,
        14,
        42,
        f"Prepared for counsel on {_b9.fdate(c.app_date - datetime.timedelta(days=rng.randint(5, 40)), 'long', 'en')}",
        f=FSAN,
        pt=9,
        col=G1,
    )
    rows = [
        ("Item", "Availability", "Accessibility / cost"),
        (
            _b9.drug(c.illness, "nl").split("(")[0][:40],
            "Not on the national list [1]",
            f"Private import only; about {ILLNESSES[c.illness]['cost']} per month [2]",
        ),
        (
            "Specialist follow-up",
            f"{e.get('hospital', 'capital only')[:40]}",
            "Waiting list; fees not covered [1]",
        ),
        ("Laboratory monitoring", "Capital only", f"Out of pocket; minimum wage {e.get('wage', '-')} [3]"),
    ]
    y = 54.0
    for k, r in enumerate(rows):
        if k == 0:
            frame(sh, 14, y, 182, 8, lw=0, fill=(220, 226, 240))
        for j, v in enumerate(r):
            P(sh, 16 + j * 61, y + 1.5, 58, v, f=FSAN_B if k == 0 else FSAN, pt=8.8)
        y += 8 if k == 0 else 14
        ln(sh, 14, y, 196, y, lw=0.2, col=G2)
    frame(sh, 14, y + 8, 182, 30, lw=0.4)
    T(sh, 17, y + 10, "Health insurance", f=FSAN_B, pt=9.5)
    P(sh, 17, y + 16, 176, e.get("insurance_en", ""), f=FSAN, pt=9.5)
    for k, s in enumerate(
        [
            "[1] Ministry of Health, list of essential medicines, latest edition.",
            "[2] Telephone survey of private pharmacies, two cities.",
            "[3] National statistics office, wage data.",
        ]
    ):
        T(sh, 14, 266 + k * 4, s, f=FSAN, pt=7, col=G2)
    return [sh], {}


def coi_note_fr(c: Case, rng: random.Random):
    """A French note of a Belgian asbl's health-migration desk ('Note sur l'accessibilité des soins') in Century
    Schoolbook: the asbl's name in small capitals centred, a short sub-title with the country and the illness,
    numbered paragraphs (1. Disponibilité, 2. Accessibilité financière, 3. Conclusion) in justified prose with
    footnote numbers in brackets, initialled at the end by the jurist."""
    o = c.origin()
    e = BC.get(o, {})
    ilf = (ILLNESSES[c.illness].get("fr") or ILLNESSES[c.illness]["nl"])["name"]
    sh = Sheet(210, 297)
    T(
        sh,
        105,
        16,
        "SANTÉ SANS FRONTIÈRES INTÉRIEURES ASBL - CELLULE DOCUMENTATION",
        f=CENT_B,
        pt=9,
        at="center",
        sp=0.5,
    )
    ln(sh, 50, 21, 160, 21, lw=0.3)
    T(sh, 105, 32, "Note sur la disponibilité et l'accessibilité des soins", f=CENT_B, pt=13, at="center")
    T(sh, 105, 39, f"{land(o, 'fr')} - {ilf}", f=CENT_I, pt=10.5, at="center")
    y = 52.0
    for k, (h_, t) in enumerate(
        [
            (
                "Disponibilité",
                f"Le traitement ({_b9.drug(c.illness, 'fr')}) n'est disponible qu'à {e.get('hospital', '')}, "
                "et de manière irrégulière [1].",
            ),
            (
                "Accessibilité financière",
                e.get("insurance_fr", "") + f" Le salaire minimum est de {e.get('wage', '-')} [2].",
            ),
            (
                "Conclusion",
                "Les soins requis ne sont ni disponibles de manière continue ni accessibles pour le "
                "requérant dans son pays d'origine.",
            ),
        ],
        1,
    ):
        T(sh, 20, y, f"{k}. {h_}", f=CENT_B, pt=10.5)
        y = P(sh, 20, y + 6, 170, t, f=CENT, pt=10.5, al="justify", lead=1.45) + 5
    T(
        sh,
        20,
        y + 6,
        f"Namur, le {_b9.fdate(c.app_date - datetime.timedelta(days=rng.randint(4, 30)), 'long', 'fr')}",
        f=CENT,
        pt=10,
    )
    hand(sh, 20, y + 12, "C.L.", rng, f=HW2, pt=14)
    for k, s in enumerate(
        [
            "[1] Rapports d'ONG et entretiens avec des médecins sur place.",
            "[2] Données officielles sur le salaire minimum.",
        ]
    ):
        T(sh, 20, 270 + k * 4, s, f=CENT, pt=7.5, col=G2)
    return [sh], {}


_reg(
    "be9ter-medstat-specialist-blauw-blok-rechts-dejavu-53",
    "medical-statement",
    "nl",
    ms_specialist,
    "specialist's report to the GP, hospital block at the top right",
)
_reg(
    "be9ter-medstat-dagziekenhuis-epd-print-53",
    "medical-statement",
    "nl",
    ms_daycare,
    "day-hospital report printed from the record system",
)
_reg(
    "be9ter-coi-factsheet-navy-tabel-voetnoten-53",
    "country-of-origin-info",
    "en",
    coi_table,
    "NGO fact sheet with an availability table",
)
_reg(
    "be9ter-coi-note-asbl-century-genummerd-53",
    "country-of-origin-info",
    "fr",
    coi_note_fr,
    "French asbl note in numbered paragraphs",
)


# --------------------------------------------------------------------------- asylum proof


_A26 = {
    "nl": dict(
        state="KONINKRIJK BELGIË - FOD BINNENLANDSE ZAKEN",
        office="Dienst Vreemdelingenzaken",
        title="BIJLAGE 26",
        sub="Bewijs van indiening van een verzoek om internationale bescherming",
        law="(artikel 50 van de wet van 15 december 1980)",
        st=["DIENST VREEMDELINGENZAKEN", "BRUSSEL"],
        labels=["Naam", "Voornamen", "Geboren op", "te", "Nationaliteit", "DVZ-nummer"],
        body="Betrokkene heeft op {d} een verzoek om internationale bescherming ingediend. Dit document is "
        "geen identiteitsbewijs en geen nationaliteitsbewijs. Het is geldig tot de hieronder vermelde "
        "datum en kan worden verlengd.",
        ext=["DVZ - VERLENGD", "GELDIG TOT"],
    ),
    "fr": dict(
        state="ROYAUME DE BELGIQUE - SPF INTÉRIEUR",
        office="Office des Étrangers",
        title="ANNEXE 26",
        sub="Attestation d'introduction d'une demande de protection internationale",
        law="(article 50 de la loi du 15 décembre 1980)",
        st=["OFFICE DES ÉTRANGERS", "BRUXELLES"],
        labels=["Nom", "Prénoms", "Né(e) le", "à", "Nationalité", "N° SP"],
        body="L'intéressé(e) a introduit le {d} une demande de protection internationale. Ce document ne "
        "constitue ni une preuve d'identité ni une preuve de nationalité. Il est valable jusqu'à la date "
        "indiquée ci-dessous et peut être prorogé.",
        ext=["OE - PROROGÉ", "VALABLE JUSQU'AU"],
    ),
}


def ay_annex26(c: Case, rng: random.Random, lang: str = "nl"):
    """'BIJLAGE 26' (or its French version 'ANNEXE 26') of the Immigration Office, the proof that an application for
    international protection was lodged, as a worn A4 certificate copied in grey: a small shield with 'B' at the top
    LEFT, the title and the legal basis centred, the holder's photo at the top RIGHT with the office's round stamp
    over its corner, the particulars on labelled dotted lines, the lodging date, then rectangular extension stamps
    each with a hand-written date."""
    A = _A26[lang]
    a = c.asylum or {}
    lodged = a.get("lodged") or SUB - datetime.timedelta(days=200)
    sh = Sheet(210, 297)
    frame(sh, 18, 14, 12, 14, lw=0.5)
    T(sh, 24, 18, "B", f=LSER_B, pt=12, at="center")
    T(sh, 105, 16, A["state"], f=LSER, pt=9, at="center")
    T(sh, 105, 22, A["office"], f=LSER_B, pt=11, at="center")
    T(sh, 105, 32, A["title"], f=LSER_B, pt=16, at="center")
    T(sh, 105, 39, A["sub"], f=LSER_I, pt=9.5, at="center")
    T(sh, 105, 44, A["law"], f=LSER, pt=8.5, at="center", col=G1)
    sh.photo(160, 52, 30, 38, rng)
    stamp(sh, 146, 78, A["st"], rng, col=ST_B, mm=26)
    y = 56.0
    vals = [
        c.p.surname.upper(),
        c.p.given_names,
        _b9.fdate(c.p.birth_date, "dots"),
        c.p.birth_place,
        nat(c.p.nationality, lang),
        c.ov or "",
    ]
    for lab, v in zip(A["labels"], vals):
        T(sh, 22, y, lab, f=LSER, pt=10)
        ln(sh, 56, y + 4.4, 150, y + 4.4, lw=0.2, col=G2, dash=0.5)
        T(sh, 58, y - 0.2, v, f=LSER_B, pt=10.5)
        y += 8
    y = P(
        sh, 22, y + 6, 168, A["body"].format(d=_b9.fdate(lodged, "long", lang)), f=LSER, pt=10, al="justify"
    )
    t = lodged
    for k in range(4):
        t = t + datetime.timedelta(days=rng.randint(80, 100))
        if t > SUB + datetime.timedelta(days=60):
            break
        x, yy = 22 + (k % 2) * 86, y + 8 + (k // 2) * 30
        stamp(sh, x, yy, A["ext"], rng, shape="rect", col=ST_V, mm=36)
        hand(sh, x + 40, yy + 6, _b9.fdate(t + datetime.timedelta(days=92), "dots"), rng, f=HW1, pt=12)
    return [aged(sh, (230, 230, 230), 0.4)], {}


_CG = {
    "fr": dict(
        head=[
            "Commissariat général aux réfugiés",
            "et aux apatrides",
            "Rue Ernest Blerot 39",
            "1070 Bruxelles",
        ],
        ref="OE",
        place="Bruxelles, le",
        title="ATTESTATION",
        body="Le Commissaire général aux réfugiés et aux apatrides atteste que {n}, né(e) le {b} à {p}, de "
        "nationalité {nat}, a introduit le {d} une demande de protection internationale qui est "
        "actuellement en cours d'examen et n'a fait l'objet d'aucune décision définitive.",
        sig="Pour le Commissaire général,",
        st=["CGRA - CGVS", "BRUXELLES"],
    ),
    "nl": dict(
        head=[
            "Commissariaat-generaal voor de",
            "Vluchtelingen en de Staatlozen",
            "Ernest Blerotstraat 39",
            "1070 Brussel",
        ],
        ref="DVZ",
        place="Brussel,",
        title="ATTEST",
        body="De Commissaris-generaal voor de Vluchtelingen en de Staatlozen bevestigt dat {n}, geboren op "
        "{b} te {p}, van {nat} nationaliteit, op {d} een verzoek om internationale bescherming heeft "
        "ingediend dat momenteel wordt onderzocht en waarover nog geen definitieve beslissing is genomen.",
        sig="Voor de Commissaris-generaal,",
        st=["CGVS - CGRA", "BRUSSEL"],
    ),
}


def ay_cgra_fr(c: Case, rng: random.Random, lang: str = "fr"):
    """The CGRA's attestation ('ATTESTATION'; the CGVS's 'ATTEST' in Dutch) that an application for international
    protection is being examined: the Commissioner General's name block at the top LEFT in Liberation Sans, the
    reference lines (CG number and the Immigration Office's number) and the date at the RIGHT, the attestation in
    one paragraph naming the person and the lodging date, the signing formula with a round stamp and a hand-written
    'p.o.' paraph at the RIGHT."""
    G = _CG[lang]
    a = c.asylum or {}
    lodged = a.get("lodged") or SUB - datetime.timedelta(days=200)
    sh = Sheet(210, 297)
    for j, t in enumerate(G["head"]):
        T(sh, 18, 16 + j * 4.8, t, f=LSAN_B if j < 2 else LSAN, pt=10 if j < 2 else 8.5)
    T(sh, 192, 16, f"CG {rng.randint(20, 26)}/{digits(rng, 5)}", f=LSAN, pt=9, at="right")
    T(sh, 192, 21, f"{G['ref']} {c.ov or ''}", f=LSAN, pt=9, at="right")
    T(
        sh,
        192,
        26,
        f"{G['place']} {_b9.fdate(SUB - datetime.timedelta(days=rng.randint(10, 60)), 'slashes')}",
        f=LSAN,
        pt=9,
        at="right",
    )
    T(sh, 105, 56, G["title"], f=LSAN_B, pt=15, at="center", sp=2)
    P(
        sh,
        22,
        72,
        166,
        G["body"].format(
            n=f"{c.p.given_names} {c.p.surname.upper()}",
            b=_b9.fdate(c.p.birth_date, "slashes"),
            p=c.p.birth_place,
            nat=nat(c.p.nationality, lang),
            d=_b9.fdate(lodged, "long", lang),
        ),
        f=LSAN,
        pt=11,
        al="justify",
        lead=1.5,
    )
    T(sh, 120, 126, G["sig"], f=LSAN, pt=10)
    stamp(sh, 124, 132, G["st"], rng, col=ST_B, mm=28)
    hand(sh, 140, 140, "p.o.", rng, f=HW1, pt=12, col=PEN_K)
    return [sh], {}


_reg(
    "be9ter-asylum-bijlage26-verlengingsstempels-grijs-53",
    "asylum-proof",
    "nl",
    ay_annex26,
    "annex 26 with photo and extension stamps, grey copy",
)
_reg(
    "be9ter-asylum-annexe26-fr-verlengingsstempels-grijs-53",
    "asylum-proof",
    "fr",
    lambda c, r: ay_annex26(c, r, "fr"),
    "annexe 26 in French",
)
_reg(
    "be9ter-asylum-cgvs-attest-nl-53",
    "asylum-proof",
    "nl",
    lambda c, r: ay_cgra_fr(c, r, "nl"),
    "CGVS attest, Dutch",
)
_reg("be9ter-asylum-cgra-attestation-fr-53", "asylum-proof", "fr", ay_cgra_fr, "CGRA attestation, French")


# --------------------------------------------------------------------------- registered-mail receipts


def rm_slip_photo(c: Case, rng: random.Random):
    """bpost's paper 'Bewijs van afgifte / Preuve de dépôt' for a registered item, the sender's and addressee's
    blocks filled in by hand in capitals, the tracking barcode sticker stuck across the top, the post office's round
    date stamp over the bottom RIGHT corner; photographed with a phone on a desk (the slip small on the dark
    ground)."""
    sh = Sheet(210, 297)
    x0, y0 = 40.0, 60.0
    frame(sh, x0, y0, 130, 150, lw=0.4, fill=(252, 240, 214))
    frame(sh, x0, y0, 130, 10, lw=0, fill=(216, 40, 40))
    T(sh, x0 + 3, y0 + 2, "bpost  AANGETEKEND - RECOMMANDÉ", f=FSAN_B, pt=10, col=(255, 255, 255))
    T(sh, x0 + 3, y0 + 14, "Bewijs van afgifte / Preuve de dépôt", f=FSAN_B, pt=9.5)
    frame(sh, x0 + 20, y0 + 22, 90, 18, lw=0, fill=(255, 255, 255))
    for i in range(70):
        if rng.random() < 0.55:
            frame(sh, x0 + 24 + i * 1.2, y0 + 24, rng.choice([0.3, 0.6, 0.9]), 9, lw=0, fill=(0, 0, 0))
    T(sh, x0 + 65, y0 + 34.5, _b9.track_spaced(c.rm_track), f=FSAN, pt=7.5, at="center")
    T(sh, x0 + 3, y0 + 46, "Afzender / Expéditeur", f=FSAN, pt=7.5, col=G1)
    for j, t in enumerate(_b9._sender_lines(c)):
        hand(sh, x0 + 5, y0 + 50 + j * 7, t.upper()[:34], rng, f=HWC, pt=11, col=PEN_B)
    T(sh, x0 + 3, y0 + 76, "Geadresseerde / Destinataire", f=FSAN, pt=7.5, col=G1)
    for j, t in enumerate(c.rm_to):
        hand(sh, x0 + 5, y0 + 80 + j * 7, t.upper()[:34], rng, f=HWC, pt=11, col=PEN_B)
    T(sh, x0 + 3, y0 + 108, f"Kantoor / Bureau: {_b9._post_office(c)}", f=FSAN, pt=8)
    T(sh, x0 + 3, y0 + 114, f"Datum / Date: {_b9.fdate(c.rm_date, 'dots')}", f=FSAN, pt=8)
    stamp(
        sh,
        x0 + 88,
        y0 + 108,
        ["BPOST", _b9.fdate(c.rm_date, "dots"), _b9._post_office(c)[:18].upper()],
        rng,
        col=(50, 50, 60),
        mm=30,
    )
    return [phone_shot(sh, rng, table=(60, 52, 46))], {}


def rm_online(c: Case, rng: random.Random):
    """An A4 print of bpost's online shipping label for a registered letter (e-Registered): a thick-bordered label
    box in the upper LEFT quarter with the sender at the top, 'AANGETEKEND / RECOMMANDÉ' on a black band, the
    addressee in large capitals, a 2D code and the tracking number; a dashed cutting line around it; below it the
    counter clerk's date stamp and initials on the 'deposit proof' strip at the bottom of the page."""
    sh = Sheet(210, 297)
    ln(sh, 10, 10, 120, 10, lw=0.3, dash=2.0, col=G2)
    ln(sh, 120, 10, 120, 120, lw=0.3, dash=2.0, col=G2)
    ln(sh, 10, 120, 120, 120, lw=0.3, dash=2.0, col=G2)
    frame(sh, 16, 16, 98, 98, lw=1.0)
    for j, t in enumerate(_b9._sender_lines(c)):
        T(sh, 19, 19 + j * 3.6, t, f=DJV, pt=7)
    frame(sh, 16, 32, 98, 9, lw=0, fill=(0, 0, 0))
    T(sh, 65, 33.8, "AANGETEKEND / RECOMMANDÉ", f=DJV_B, pt=10, at="center", col=(255, 255, 255))
    for j, t in enumerate(c.rm_to):
        T(sh, 20, 46 + j * 6, t.upper(), f=DJV_B, pt=11)
    for i in range(15):
        for j in range(15):
            if rng.random() < 0.5 or i in (0, 14) or j in (0, 14):
                frame(sh, 20 + i * 1.6, 72 + j * 1.6, 1.6, 1.6, lw=0, fill=(0, 0, 0))
    T(sh, 50, 80, _b9.track_spaced(c.rm_track), f=DJV_B, pt=9)
    T(sh, 50, 86, f"{_b9.fdate(c.rm_date, 'dots')} - e-Registered", f=DJV, pt=8, col=G1)
    ln(sh, 14, 226, 196, 226, lw=0.3, dash=2.0, col=G2)
    T(sh, 18, 232, "Bewijs van afgifte aan het loket / Preuve de dépôt au guichet", f=DJV_B, pt=9)
    T(sh, 18, 238, f"Zending {_b9.track_spaced(c.rm_track)} - {_b9._post_office(c)}", f=DJV, pt=8.5)
    stamp(sh, 130, 234, ["BPOST", _b9.fdate(c.rm_date, "dots"), "AFGIFTE"], rng, col=ST_R, mm=30)
    hand(sh, 100, 252, "ok", rng, f=HW1, pt=12, col=PEN_K)
    return [sh], {}


_reg(
    "be9ter-rm-bpost-afgiftebewijs-handgeschreven-photo-53",
    "registered-mail-receipt",
    "nl",
    rm_slip_photo,
    "bpost deposit slip filled in by hand, photographed",
)
_reg(
    "be9ter-rm-online-label-knipstreep-loketstempel-53",
    "registered-mail-receipt",
    "nl",
    rm_online,
    "printed online label with a counter stamp",
)


# --------------------------------------------------------------------------- other


def other_declaration(c: Case, rng: random.Random):
    """The applicant's own 'Verklaring op eer' handwritten in blue on lined paper torn from a pad: the title
    underlined, the applicant's name, birth date and nationality stated in his own words, that he has no identity
    document and why, place, date and signature at the bottom RIGHT."""
    p = c.p
    sh = Sheet(210, 297)
    for k in range(30):
        ln(sh, 12, 30 + k * 8, 198, 30 + k * 8, lw=0.15, col=(170, 190, 220))
    ln(sh, 28, 10, 28, 290, lw=0.3, col=(220, 120, 120))
    hand(sh, 60, 16, "Verklaring op eer", rng, f=HW1, pt=16)
    ln(sh, 60, 25, 112, 25, lw=0.4, col=PEN_B)
    text = (
        f"Ik, {p.given_names} {p.surname}, geboren op {_b9.fdate(p.birth_date, 'dots')} in {p.birth_place}, "
        f"van {nat(p.nationality, 'nl')} nationaliteit, verklaar op eer dat ik geen paspoort of andere "
        "identiteitskaart heb. Mijn papieren zijn verloren gegaan tijdens de reis naar Europa. Alles wat ik "
        "hier schrijf is waar."
    )
    y = 31.0
    for line in sh.wrap(text, 160, font=HW1, size_pt=13):
        hand(sh, 32, y, line, rng, f=HW1, pt=13)
        y += 8
    hand(
        sh,
        120,
        y + 16,
        f"{c.addr.city}, {_b9.fdate(c.app_date - datetime.timedelta(days=3), 'dots')}",
        rng,
        f=HW1,
        pt=13,
    )
    sign(sh, 124, y + 26, rng)
    return [sh], {}


def other_pharmacy(c: Case, rng: random.Random):
    """A Belgian pharmacy's receipt ('Apotheek - kasticket / Pharmacie - ticket de caisse') on a long narrow thermal
    strip placed on an A4 page: the pharmacy's name centred, the medicines with CNK codes and prices in columns, the
    patient's share and the total, 'Bedankt / Merci' at the end."""
    i = ILLNESSES[c.illness]
    sh = Sheet(210, 297)
    strip = Sheet(80, 150)
    frame(strip, 0, 0, 80, 150, lw=0, fill=(250, 250, 246))
    T(
        strip,
        40,
        6,
        rng.choice(["Apotheek Zuid", "Pharmacie du Parc", "Apotheek De Linde"]),
        f=CPRIME,
        pt=10,
        at="center",
    )
    T(strip, 40, 11, f"{c.addr.postcode} {c.addr.city}", f=CPRIME, pt=8, at="center")
    T(
        strip,
        4,
        20,
        _b9.fdate(c.app_date - datetime.timedelta(days=rng.randint(5, 40)), "dots"),
        f=CPRIME,
        pt=8,
    )
    y = 28.0
    tot = 0.0
    for m in (i.get("nl") or {}).get("meds", [])[:3]:
        pr = round(rng.uniform(4, 22), 2)
        tot += pr
        T(strip, 4, y, m[:24], f=CPRIME, pt=7.5)
        T(strip, 4, y + 3.5, f"CNK {digits(rng, 7)}", f=CPRIME, pt=6.5)
        T(strip, 76, y, f"{pr:.2f}".replace(".", ","), f=CPRIME, pt=7.5, at="right")
        y += 9
    ln(strip, 4, y, 76, y, lw=0.2, dash=0.6)
    T(strip, 4, y + 3, "TOTAAL EUR", f=CPRIME, pt=8.5)
    T(strip, 76, y + 3, f"{tot:.2f}".replace(".", ","), f=CPRIME, pt=8.5, at="right")
    T(strip, 40, y + 14, "Bedankt - Merci", f=CPRIME, pt=8, at="center")
    sh.image(64, 40, 80, 150, raster(strip, 250))
    return [sh], {}


_reg(
    "be9ter-other-declaration-gelinieerd-blok-hand-53",
    "other",
    "nl",
    other_declaration,
    "applicant's own handwritten declaration on lined paper",
)
_reg("be9ter-other-pharmacy-kasticket-strook-53", "other", "nl", other_pharmacy, "pharmacy thermal receipt")
