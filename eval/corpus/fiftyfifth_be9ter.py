"""9ter families of the `fiftyfifth` part (registered in be9ter.BFAMILIES).

Written by a writer who saw neither the validator nor its output, from the seeds (003, 004), rules.md and how such
papers look in Belgian files.  Every family (layout, wording, faces, signature placement and copy habit) is this
part's own and is described in its function's docstring only (the part is read blind).  The applications' sentences
are written here (the `speak_*` builders); the facts of a case come from the case that be9ter's generic plan draws.

Importing this module tells be9ter which origins this part's 9ter applicants come from (North Macedonia, Seychelles
and Equatorial Guinea, and Türkiye-born nationals of them for the Turkish birth record) and adds this part's extra
clean dossiers, each under the part's own key; nothing another part reads is changed.
"""

from __future__ import annotations

import datetime
import random

from . import be9ter as _b9
from .be9ter import ILLNESSES, SPECIALTY, Case
from .fiftyfifth_identity import (
    BLACK_PEN,
    BLUE_PEN,
    CAPS,
    CAR,
    CAR_B,
    CAR_I,
    CEN,
    CEN_B,
    CEN_I,
    CPR,
    DJC,
    DJC_B,
    DJM,
    DJS,
    DJS_B,
    FSN,
    FSN_B,
    G1,
    G2,
    G3,
    GOT,
    GOT_B,
    HW1,
    HW2,
    HW3,
    LSN,
    LSN_B,
    NIM,
    NIM_B,
    NIM_I,
    NMN,
    NMN_B,
    S_BLUE,
    S_VIOLET,
    SER,
    SER_B,
    SER_I,
    WHITE,
    crc,
    frame,
    hand,
    num,
    para,
    photocopy,
    rule,
    shrink,
    sign,
    stamp,
    tick,
    tw,
    tx,
)
from .paper import Sheet

PART = "fiftyfifth"
SUB = datetime.date(2026, 12, 1)

# this part's 9ter applicants (new key only)
_b9.PART_ORIGINS.setdefault(PART, ["MKD", "SYC", "GNQ"])
# clean dossiers only this part has (new key only): identity pieces with a marriage act, an embassy's identity
# certificate with a child, the North Macedonian identity card with a spouse, identity pieces with a child, an
# identity certificate with a marriage act, identity pieces alone, an identity certificate alone, and the identity
# card with a child (whose birth extract the name's seed picks)
_b9.EXTRA_CLEANS.setdefault(
    PART,
    [
        dict(id="pieces", family=["spouse"]),
        dict(id="certificate", family=["child"]),
        dict(id="idcard", family=["spouse"]),
        dict(id="pieces", family=["child"]),
        dict(id="certificate", family=["spouse"]),
        dict(id="pieces"),
        dict(id="certificate"),
        dict(id="idcard", family=["child"]),
    ],
)

BC = _b9.COUNTRIES
OX = (120, 28, 40)  # oxblood of the Antwerp firm
SLATE = (44, 62, 80)


def _reg(fid, type_, lang, make, note):
    _b9._reg(fid, type_, PART, lang, make, note)


def L(lang):
    return lang if lang in ("nl", "fr", "de", "en") else "nl"


def when(c: Case, d, lang):
    return _b9.fdate(d, c.date_style, L(lang))


def who(c: Case):
    return _b9.name_in(c.p, c.name_style)


def land(code, lang):
    return _b9.cname(code, L(lang)) if code in BC else _b9._people.country_name(code, L(lang))


def nat(code, lang):
    e = BC.get(code) or {}
    return e.get(f"adj_{L(lang)}") or _b9._people.nationality_adj(code, L(lang))


def ill(c: Case, lang):
    d = ILLNESSES[c.illness]
    return d.get(L(lang)) or d.get("nl")


def ill_lang(c: Case, prefer):
    """A language the illness is written in, the preferred one first."""
    langs = [x for x in (prefer, "nl", "fr", "en") if x in ILLNESSES[c.illness]]
    return langs[0]


def exhibit(c: Case, key, lang, style="paren"):
    n = c.annex_no(key)
    if n is None:
        return ""
    w = {"nl": "stuk", "fr": "pièce", "en": "exhibit", "de": "Anlage"}[lang]
    return f" ({w} {n})" if style == "paren" else f" [{w} {n}]"


def home(c: Case, lang, style=None):
    return _b9.addr_str(c.addr, L(lang), style or c.addr_style)


def counsel(c: Case):
    A = c.lawyer or {}
    return f"{A.get('first', '')} {A.get('last', '')}".strip()


def counsel_at(c: Case):
    A = c.lawyer or {}
    return f"{A.get('street', '')}, {A.get('pc', '')} {A.get('city', '')}"


def hij(c: Case, lang, cap=False):
    w = {"nl": ("zij", "hij"), "fr": ("elle", "il"), "en": ("she", "he"), "de": ("sie", "er")}[lang][
        0 if c.fem else 1
    ]
    return w.capitalize() if cap else w


def zijn(c: Case, lang):
    return {"nl": ("haar", "zijn"), "fr": ("son", "son"), "en": ("her", "his"), "de": ("ihr", "sein")}[lang][
        0 if c.fem else 1
    ]


def party(c: Case, lang, cap=False):
    w = {
        "nl": ("verzoekster", "verzoeker"),
        "fr": ("la requérante", "le requérant"),
        "en": ("the applicant", "the applicant"),
    }[lang][0 if c.fem else 1]
    return w[0].upper() + w[1:] if cap else w


def known_as(c: Case, lang):
    if c.nrn:
        return {
            "nl": f"rijksregisternummer {c.nrn}",
            "fr": f"numéro de registre national {c.nrn}",
            "en": f"national register number {c.nrn}",
        }[lang]
    return {
        "nl": f"nummer openbare veiligheid (DVZ) {c.ov}",
        "fr": f"numéro de sûreté publique {c.ov}",
        "en": f"public security (Immigration Office) number {c.ov}",
    }[lang]


# --------------------------------------------------------------------------- the applications' sentences


def speak_person(c: Case, lang):
    p = c.p
    nobp, nonat = "no_birthplace" in c.flags, "no_nationality" in c.flags
    bd = when(c, p.birth_date, lang)
    bp = f"{p.birth_place} ({land(c.birth_cc(), lang)})"
    if lang == "nl":
        s = f"{party(c, 'nl', True)} heet {who(c)}. {hij(c, 'nl', True)} werd geboren op {bd}"
        s += "." if nobp else f" te {bp}."
        s += "" if nonat else f" {hij(c, 'nl', True)} bezit de {nat(p.nationality, 'nl')} nationaliteit."
        return s + f" {hij(c, 'nl', True)} is gekend onder het {known_as(c, 'nl')}."
    if lang == "fr":
        e = "e" if c.fem else ""
        s = f"{party(c, 'fr', True)} se nomme {who(c)}. {hij(c, 'fr', True)} est né{e} le {bd}"
        s += "." if nobp else f" à {bp}."
        s += "" if nonat else f" {hij(c, 'fr', True)} est de nationalité {nat(p.nationality, 'fr')}."
        return s + f" {hij(c, 'fr', True)} est connu{e} sous le {known_as(c, 'fr')}."
    s = f"The applicant's name is {who(c)}. {hij(c, 'en', True)} was born on {bd}"
    s += "." if nobp else f" in {bp}."
    s += "" if nonat else f" {hij(c, 'en', True)} is a national of {land(p.nationality, 'en')}."
    return s + f" {hij(c, 'en', True)} is registered under {known_as(c, 'en')}."


def speak_home(c: Case, lang):
    if "no_address" in c.flags:
        return {
            "nl": f"{party(c, 'nl', True)} woont al enkele jaren in België, waar {hij(c, 'nl')} medisch wordt "
            f"opgevolgd.",
            "fr": f"{party(c, 'fr', True)} vit en Belgique depuis plusieurs années et y est suivi"
            f"{'e' if c.fem else ''} médicalement.",
            "en": "The applicant has lived in Belgium for several years and is treated here.",
        }[lang]
    a = home(c, lang)
    return {
        "nl": f"{party(c, 'nl', True)} verblijft effectief op het adres {a}.",
        "fr": f"{party(c, 'fr', True)} réside effectivement à l'adresse suivante : {a}.",
        "en": f"The applicant actually resides at {a}.",
    }[lang]


def speak_domicile(c: Case, lang):
    if "no_domicile" in c.flags or c.domicile == "none":
        return None
    if c.domicile == "lawyer" and c.lawyer:
        w = f"{counsel(c)}, {counsel_at(c)}"
        return {
            "nl": f"{party(c, 'nl', True)} doet woonstkeuze op het kantoor van {zijn(c, 'nl')} advocaat, {w}, "
            f"waar alle briefwisseling over deze aanvraag mag worden toegezonden.",
            "fr": f"{party(c, 'fr', True)} élit domicile au cabinet de son conseil, {w}, où toute "
            f"correspondance relative à la présente demande peut être adressée.",
            "en": f"The applicant elects domicile at the office of counsel, {w}, to which all correspondence on "
            f"this application may be sent.",
        }[lang]
    if c.domicile == "other" and c.other_domicile:
        return {
            "nl": f"{party(c, 'nl', True)} doet woonstkeuze bij {c.other_domicile}.",
            "fr": f"{party(c, 'fr', True)} élit domicile auprès de {c.other_domicile}.",
            "en": f"The applicant elects domicile at {c.other_domicile}.",
        }[lang]
    return {
        "nl": f"{party(c, 'nl', True)} kiest woonplaats op {zijn(c, 'nl')} adres van effectieve verblijfplaats.",
        "fr": f"{party(c, 'fr', True)} élit domicile à l'adresse de sa résidence effective.",
        "en": "The applicant elects domicile at the address of actual residence.",
    }[lang]


def _pieces(c: Case, lang):
    items = [f"{d[0].lower() + d[1:]}{exhibit(c, k, lang)}" for k, d in c.annexes if k.startswith("id")]
    j = {"nl": " en ", "fr": " et ", "en": " and "}[lang]
    if not items:
        return ""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + j + items[-1]


def speak_identity(c: Case, lang):
    k = c.id_kind
    if k == "none":
        return {
            "nl": f"{party(c, 'nl', True)} wacht nog op een nieuw paspoort; {hij(c, 'nl')} zal het overmaken "
            f"zodra de ambassade het afgeeft.",
            "fr": f"{party(c, 'fr', True)} attend un nouveau passeport et le transmettra dès que son ambassade "
            f"l'aura délivré.",
            "en": "The applicant is waiting for a new passport and will send it as soon as the embassy issues "
            "it.",
        }[lang]
    if k in ("asylum", "asylum-noproof"):
        ref = exhibit(c, "asylum", lang) if c.annex_no("asylum") else ""
        return {
            "nl": f"Over het verzoek om internationale bescherming van {party(c, 'nl')} is nog geen definitieve "
            f"beslissing genomen{ref}; {hij(c, 'nl')} is dus vrijgesteld van het identiteitsbewijs.",
            "fr": f"La demande de protection internationale de {party(c, 'fr')} n'a pas encore fait l'objet "
            f"d'une décision définitive{ref} ; {hij(c, 'fr')} est dès lors dispensé"
            f"{'e' if c.fem else ''} de la preuve de son identité.",
            "en": f"No final decision has yet been taken on the applicant's application for international "
            f"protection{ref}; the applicant is therefore exempt from proving identity.",
        }[lang]
    if k == "declaration":
        return {
            "nl": f"{party(c, 'nl', True)} heeft geen enkel identiteitsstuk en legt een verklaring op eer "
            f"neer{exhibit(c, 'id', 'nl')}.",
            "fr": f"{party(c, 'fr', True)} ne possède aucun document d'identité et dépose une déclaration sur "
            f"l'honneur{exhibit(c, 'id', 'fr')}.",
            "en": f"The applicant has no identity document and files a declaration on "
            f"honour{exhibit(c, 'id', 'en')}.",
        }[lang]
    return {
        "nl": f"{hij(c, 'nl', True)} toont {zijn(c, 'nl')} identiteit aan met {_pieces(c, 'nl')}.",
        "fr": f"{hij(c, 'fr', True)} établit son identité au moyen de {_pieces(c, 'fr')}.",
        "en": f"{hij(c, 'en', True)} proves {zijn(c, 'en')} identity with {_pieces(c, 'en')}.",
    }[lang]


def speak_medical(c: Case, lang):
    il = ill(c, ill_lang(c, lang))
    name = _b9.lcfirst(il["name"])
    doc, cd = c.doctor.name(), when(c, c.cert_date, lang)
    ms = exhibit(c, "medstat", lang)
    if "medcert_absent" in c.flags:
        return {
            "nl": f"{party(c, 'nl', True)} lijdt aan {name}. Dat blijkt uit het verslag van {doc}{ms}. Zonder "
            f"verdere behandeling loopt {hij(c, 'nl')} een reëel risico voor {zijn(c, 'nl')} leven.",
            "fr": f"{party(c, 'fr', True)} est atteint{'e' if c.fem else ''} de la pathologie suivante : {name}, "
            f"comme l'établit le rapport du {doc}{ms}. Sans traitement, sa vie est réellement menacée.",
            "en": f"The applicant suffers from {name}, as the report of {doc}{ms} shows. Without treatment "
            f"there is a real risk to life.",
        }[lang]
    mc = exhibit(c, "medcert", lang)
    extra = (
        {
            "nl": f" Het verslag van de specialist{ms} bevestigt de diagnose.",
            "fr": f" Le rapport du spécialiste{ms} confirme le diagnostic.",
            "en": f" The specialist's report{ms} confirms the diagnosis.",
        }[lang]
        if ms
        else ""
    )
    return {
        "nl": f"{party(c, 'nl', True)} lijdt aan {name}. {doc} vulde op {cd} het standaard medisch getuigschrift "
        f"in{mc}; het vermeldt de aandoening, de graad van ernst en de behandeling die nodig is. Wordt die "
        f"behandeling onderbroken, dan is het leven of de fysieke integriteit van {party(c, 'nl')} in "
        f"gevaar.{extra}",
        "fr": f"{party(c, 'fr', True)} est atteint{'e' if c.fem else ''} de la pathologie suivante : {name}. "
        f"Le {doc} a rempli le certificat médical type le {cd}{mc} ; il mentionne la maladie, son degré de "
        f"gravité et le traitement estimé nécessaire. Une interruption de ce traitement mettrait en danger "
        f"sa vie ou son intégrité physique.{extra}",
        "en": f"The applicant suffers from {name}. {doc} completed the standard medical certificate on "
        f"{cd}{mc}; it states the illness, its degree of severity and the treatment required. If that "
        f"treatment were interrupted, the applicant's life or physical integrity would be at risk."
        f"{extra}",
    }[lang]


def speak_coi(c: Case, lang):
    if "no_coi" in c.flags:
        return None
    if not c.coi_in_app:
        if not c.annex_no("coi"):
            return None
        o, r = land(c.origin(), lang), exhibit(c, "coi", lang)
        return {
            "nl": f"Over de beschikbaarheid en de toegankelijkheid van de behandeling in {o}: zie het bijgevoegde "
            f"verslag{r}.",
            "fr": f"Quant à la disponibilité et à l'accessibilité du traitement au pays d'origine ({o}), voir le "
            f"document joint{r}.",
            "en": f"On the availability and accessibility of the treatment in {o}, see the enclosed report{r}.",
        }[lang]
    e = BC.get(c.origin(), {})
    ins = e.get(f"insurance_{lang}") or e.get("insurance_en", "")
    o, r = land(c.origin(), lang), exhibit(c, "coi", lang)
    drug = _b9.drug(c.illness, L(lang)) if lang != "en" else ILLNESSES[c.illness]["drug"]
    wage = e.get("wage", "")
    return {
        "nl": f"In {o} is de vereiste behandeling ({drug}) niet beschikbaar, en voor zover zij bestaat, is zij "
        f"voor {party(c, 'nl')} niet toegankelijk{r}. {ins} Een gemiddeld maandloon bedraagt er {wage}.",
        "fr": f"Au pays d'origine ({o}), le traitement requis ({drug}) n'est pas disponible et, à supposer qu'il "
        f"le soit, il n'est pas accessible à {party(c, 'fr')}{r}. {ins} Le salaire mensuel moyen y est de "
        f"{wage}.",
        "en": f"In {o} the required treatment ({drug}) is not available and, where it exists, not accessible to "
        f"the applicant{r}. {ins} An average monthly wage there is {wage}.",
    }[lang]


def speak_family(c: Case, lang):
    if not c.family:
        return None
    rel = {
        "child": {"nl": "kind", "fr": "enfant", "en": "child"},
        "spouse": {"nl": "echtgeno(o)t(e)", "fr": "conjoint(e)", "en": "spouse"},
    }
    born = {"nl": "geboren op", "fr": "né(e) le", "en": "born on"}[lang]
    out = [
        f"{m.p.surname.upper()} {m.p.given_names} ({rel[m.rel][lang]}, {born} {when(c, m.p.birth_date, lang)})"
        f"{exhibit(c, f'fam{i}', lang)}"
        for i, m in enumerate(c.family)
    ]
    lead = {
        "nl": "De aanvraag geldt ook voor de volgende gezinsleden, die met verzoeker samenwonen: ",
        "fr": "La demande vaut également pour les membres de la famille suivants, qui vivent avec "
        f"{party(c, 'fr')} : ",
        "en": "The application also covers the following family members, who live with the applicant: ",
    }[lang]
    return lead + "; ".join(out) + "."


def speak_history(c: Case, lang):
    out = []
    if c.previous_9ter:
        d = when(c, c.previous_9ter, lang)
        out.append(
            {
                "nl": f"Op {d} diende {party(c, 'nl')} al een aanvraag 9ter in, waarover nog niet beslist is. "
                f"{hij(c, 'nl', True)} trekt die eerdere aanvraag hierbij in; alle gegevens zijn in deze "
                f"aanvraag hernomen.",
                "fr": f"Le {d}, {party(c, 'fr')} a déjà introduit une demande 9ter, toujours pendante. "
                f"{hij(c, 'fr', True)} s'en désiste par la présente ; tous les éléments en sont repris "
                f"ici.",
                "en": f"On {d} the applicant already lodged a 9ter application, which is still pending. It is "
                f"hereby withdrawn; everything in it is repeated in this application.",
            }[lang]
        )
    a = c.asylum
    if a and a.get("status") == "refused":
        d = when(c, a["refused_on"], lang)
        out.append(
            {
                "nl": f"Het verzoek om internationale bescherming werd op {d} definitief geweigerd.",
                "fr": f"La demande de protection internationale a été définitivement refusée le {d}.",
                "en": f"The application for international protection was finally refused on {d}.",
            }[lang]
        )
    return " ".join(out) or None


HEADS = {
    "nl": [
        "Personalia",
        "Verblijfplaats en woonstkeuze",
        "Identiteit",
        "Gezin",
        "Medische toestand",
        "Behandeling in het land van herkomst",
        "Vorige procedures",
    ],
    "fr": [
        "Identité complète",
        "Résidence effective et élection de domicile",
        "Preuve de l'identité",
        "Famille",
        "Situation médicale",
        "Traitement au pays d'origine",
        "Procédures antérieures",
    ],
    "en": [
        "Personal details",
        "Residence and chosen domicile",
        "Identity",
        "Family",
        "Medical condition",
        "Treatment in the country of origin",
        "Earlier procedures",
    ],
}


def sections(c: Case, lang):
    """(tag, heading, paragraph) in the order this part's letters tell the case."""
    H = HEADS[lang]
    dom = speak_domicile(c, lang)
    out = [
        ("personal", H[0], speak_person(c, lang)),
        (
            "residence",
            H[1] if dom else H[1].split(" en ")[0].split(" et ")[0].split(" and ")[0],
            speak_home(c, lang) + (" " + dom if dom else ""),
        ),
        (None, H[2], speak_identity(c, lang)),
    ]
    fam = speak_family(c, lang)
    if fam:
        out.append((None, H[3], fam))
    out.append((None, H[4], speak_medical(c, lang)))
    coi = speak_coi(c, lang)
    if coi:
        out.append((None, H[5], coi))
    h = speak_history(c, lang)
    if h:
        out.append(("parallel", H[6], h))
    return out


# --------------------------------------------------------------------------- a page flow for letters


class Flow:
    """Text running over as many A4 pages as it needs; deco(sheet, n) draws each page's furniture."""

    def __init__(self, f, pt, *, x, w, top, bottom=270.0, lead=1.38, deco=None, x1=None, w1=None, top1=None):
        self.f, self.pt, self.lead = f, pt, lead
        self.x, self.w, self.top, self.bottom = x, w, top, bottom
        self.x1, self.w1, self.top1 = x1 if x1 is not None else x, w1 or w, top1 if top1 is not None else top
        self.deco = deco
        self.sheets: list[Sheet] = []
        self.new()

    @property
    def page(self) -> int:
        return len(self.sheets)

    @property
    def cx(self) -> float:
        return self.x1 if self.page == 1 else self.x

    @property
    def cw(self) -> float:
        return self.w1 if self.page == 1 else self.w

    def new(self):
        self.sh = Sheet(210, 297)
        self.sheets.append(self.sh)
        if self.deco:
            self.deco(self.sh, len(self.sheets))
        self.y = self.top1 if len(self.sheets) == 1 else self.top

    def room(self, h):
        if self.y + h > self.bottom:
            self.new()

    def text(self, s, *, f=None, pt=None, al="justify", gap=2.2, c=(0, 0, 0), ind=0.0, hang=0.0):
        f, pt = f or self.f, pt or self.pt
        lh = pt * 0.3528 * self.lead
        first = True
        for para_ in str(s).split("\n"):
            x0 = self.cx + ind
            lines = self.sh.wrap(para_, self.cw - ind - hang, font=f, size_pt=pt)
            for i, ln in enumerate(lines):
                if self.y + lh > self.bottom:
                    self.new()
                    x0 = self.cx + ind
                xx = x0 + (hang if not first else 0)
                ww = self.cw - ind - (hang if not first else 0)
                last = i == len(lines) - 1
                ws = ln.split()
                widths = [tw(t, f, pt) for t in ws]
                g = (ww - sum(widths)) / max(1, len(ws) - 1)
                if al == "justify" and not last and len(ws) > 1 and g > tw(" ", f, pt) * 0.8:
                    xa = xx
                    for t, wd in zip(ws, widths):
                        tx(self.sh, xa, self.y, t, f=f, pt=pt, c=c)
                        xa += wd + g
                elif al == "center":
                    tx(self.sh, xx + ww / 2, self.y, ln, f=f, pt=pt, c=c, a="center")
                elif al == "right":
                    tx(self.sh, xx + ww, self.y, ln, f=f, pt=pt, c=c, a="right")
                else:
                    tx(self.sh, xx, self.y, ln, f=f, pt=pt, c=c)
                self.y += lh
                first = False
        self.y += gap


def page_marks(sheets, fmt, *, x=105.0, y=287.0, f=SER, pt=8.0, c=G2, a="center"):
    n = len(sheets)
    for i, s in enumerate(sheets, 1):
        tx(s, x, y, fmt.format(i=i, n=n), f=f, pt=pt, c=c, a=a)


# --------------------------------------------------------------------------- applications: letters

NL_LETTER = dict(
    reg="AANGETEKEND",
    ur="Uw ref.",
    our="Onze ref.",
    re="Betreft",
    subj="aanvraag om machtiging tot verblijf op grond van artikel 9ter van de wet van 15 december 1980",
    sal="Mijnheer de Directeur-generaal,",
    intro="Ondergetekende, advocaat, treedt op voor de hierna genoemde cliënt en dient namens {hem} bij deze een "
    "aanvraag in om machtiging tot verblijf om medische redenen.",
    ask="Ik verzoek u dan ook deze aanvraag ontvankelijk en gegrond te verklaren en {vz} een machtiging tot verblijf "
    "van meer dan drie maanden toe te kennen.",
    bye="Met de meeste hoogachting,",
    for_="Voor {vz}, {zijn} raadsman,",
    inv="STUKKENBUNDEL",
    piece="Stuk",
)


def app_nl_letter(c: Case, rng: random.Random):
    """Antwerp lawyers' letter typed in Liberation Serif: the firm's name in spaced oxblood capitals at the top
    RIGHT over a thin rule, a narrow LEFT column on page 1 listing the office's lawyers and their bar, the 'AANGETEKEND'
    mention and the DVZ address in the window at the RIGHT, the place and date right-aligned with the references at
    the LEFT, 'Betreft:' in bold with the client's name SURNAME-first; numbered bold headings, justified paragraphs;
    'Met de meeste hoogachting,' with the signature written BESIDE those closing words on the same line and the
    lawyer's name under it; the 'STUKKENBUNDEL' as numbered lines; every page's footer with the bar, VAT and
    third-party account numbers and 'p. n/N'."""
    T = NL_LETTER
    A = c.lawyer or {}
    tags: dict = {}
    firm = (A.get("firm") or "Advocatenkantoor").upper()
    partners = [
        counsel(c),
        f"{rng.choice(['Els', 'Wim', 'Anke', 'Dries'])} {rng.choice(['Verhulst', 'Mortier', 'Goris'])}",
        f"{rng.choice(['Sara', 'Jonas', 'Lien'])} {rng.choice(['Baert', 'Wuyts', 'Coppens'])}",
    ]
    vat = f"BE 0{num(random.Random(crc(firm)), 3)}.{num(random.Random(crc(firm, 1)), 3)}.{num(random.Random(crc(firm, 2)), 3)}"

    def deco(sh, n):
        tx(sh, 190, 12, firm, f=SER_B, pt=11, c=OX, a="right", ls=0.8)
        rule(sh, 100, 18.5, 190, 18.5, lw=0.4, c=OX)
        tx(
            sh,
            190,
            20.5,
            f"{A.get('street', '')} · {A.get('pc', '')} {A.get('city', '')} · T {A.get('tel', '')}",
            f=SER,
            pt=7.5,
            c=G1,
            a="right",
        )
        if n == 1:
            rule(sh, 48, 32, 48, 250, lw=0.2, c=G3)
            tx(sh, 18, 34, "Advocaten", f=SER_B, pt=7.5, c=OX)
            for j, nm in enumerate(partners):
                tx(sh, 18, 39 + j * 8, nm, f=SER, pt=7.5)
                tx(sh, 18, 42.5 + j * 8, f"balie {A.get('city', 'Antwerpen')}", f=SER_I, pt=6.5, c=G2)
            tx(sh, 18, 70, A.get("mail", ""), f=SER, pt=6.2, c=G1)
        rule(sh, 20, 280, 190, 280, lw=0.2, c=G3)
        tx(
            sh,
            20,
            282,
            f"Lid van de Orde van Advocaten  ·  BTW {vat}  ·  derdenrekening BE{num(rng, 2)} "
            f"{num(rng, 4)} {num(rng, 4)} {num(rng, 4)}",
            f=SER,
            pt=6.8,
            c=G2,
        )

    F = Flow(SER, 10.8, x=22, w=168, top=30, x1=54, w1=136, top1=104, deco=deco)
    sh = F.sh
    tx(sh, 106, 36, T["reg"], f=SER_B, pt=10.5)
    for j, t in enumerate(_b9.DVZ_NL):
        tx(sh, 106, 41.5 + j * 4.8, t, f=SER, pt=shrink(t, 84, SER, 10.5))
    tx(sh, 190, 68, f"{A.get('city', 'Antwerpen')}, {when(c, c.app_date, 'nl')}", f=SER, pt=10.5, a="right")
    ref = f"{c.app_date.year}/{num(rng, 4)}/{''.join(w[0] for w in counsel(c).split()).upper()}"
    tx(sh, 54, 68, f"{T['ur']}: —", f=SER, pt=9, c=G1)
    tx(sh, 54, 72.5, f"{T['our']}: {ref}", f=SER, pt=9, c=G1)
    tx(sh, 54, 82, f"{T['re']}:", f=SER_B, pt=10.8)
    y = para(sh, 72, 82, 118, T["subj"], f=SER_B, pt=10.8, lead=1.25)
    tx(sh, 72, y + 0.5, f"{c.p.surname.upper()}, {c.p.given_names}", f=SER_B, pt=10.8)
    F.y = max(F.y, y + 10)
    F.text(T["sal"], al="left", gap=3)
    F.text(T["intro"].format(hem="haar" if c.fem else "hem"))
    for k, (tag, head, body) in enumerate(sections(c, "nl"), 1):
        F.room(18)
        if tag:
            tags[tag] = F.page
        F.text(f"{k}.  {head}", f=SER_B, al="left", gap=1.2)
        rule(F.sh, F.cx, F.y - 1.5, F.cx + tw(f"{k}.  {head}", SER_B, 10.8), F.y - 1.5, lw=0.25)
        if tag:
            tags[tag] = F.page
        F.text(body)
    F.text(T["ask"].format(vz=party(c, "nl")))
    F.room(42)
    tags["signature"] = F.page
    w = tx(F.sh, F.cx, F.y + 4, T["bye"], f=SER, pt=10.8)
    if "unsigned" not in c.flags:
        sign(F.sh, F.cx + w + 6, F.y - 2, rng, w=42, h=14, c=BLUE_PEN if rng.random() < 0.7 else BLACK_PEN)
    tx(F.sh, F.cx, F.y + 16, T["for_"].format(vz=party(c, "nl"), zijn=zijn(c, "nl")), f=SER_I, pt=10)
    tx(F.sh, F.cx, F.y + 21, f"Mr. {counsel(c)}", f=SER_B, pt=10.8)
    F.y += 34
    F.room(20)
    F.text(T["inv"], f=SER_B, al="left", gap=1.5)
    for i, (_k, d) in enumerate(c.annexes, 1):
        F.text(f"{T['piece']} {i}.  {d}", al="left", gap=0.6, ind=3, hang=12)
    page_marks(F.sheets, "p. {i}/{n}", x=190, y=282, f=SER, pt=6.8, a="right")
    return F.sheets, tags


def app_fr_requete(c: Case, rng: random.Random):
    """Brussels 'REQUÊTE' typed in Century Schoolbook as a court pleading: the title block centred and boxed at the
    top; 'POUR :' with the applicant's full identity, residence and chosen domicile in one indented paragraph;
    'CONTRE/À :' the State represented by the Office des Étrangers with its address; 'Par pli recommandé'; then
    'PLAISE À L'OFFICE DES ÉTRANGERS' and the case in roman-numbered chapters of numbered paragraphs with hanging
    numbers; 'PAR CES MOTIFS'; the place and date, 'Pour le requérant, son conseil,' and the signature drawn OVER the
    cabinet's round stamp; the 'INVENTAIRE' as a two-column list; '- n -' centred at the foot of every page."""
    A = c.lawyer or {}
    tags: dict = {}

    def deco(sh, n):
        if n > 1:
            tx(sh, 190, 12, f"Requête 9ter – {c.p.surname.upper()}", f=CEN_I, pt=8, c=G2, a="right")

    F = Flow(CEN, 10.4, x=26, w=158, top=22, top1=30, lead=1.45, deco=deco)
    sh = F.sh
    frame(sh, 40, 14, 130, 20, lw=0.5)
    tx(sh, 105, 16.5, "REQUÊTE EN AUTORISATION DE SÉJOUR", f=CEN_B, pt=12.5, a="center")
    tx(
        sh,
        105,
        23,
        "pour raisons médicales – article 9ter de la loi du 15 décembre 1980",
        f=CEN_I,
        pt=9.5,
        a="center",
    )
    tx(
        sh,
        105,
        28,
        "sur l'accès au territoire, le séjour, l'établissement et l'éloignement des étrangers",
        f=CEN_I,
        pt=8,
        a="center",
        c=G1,
    )
    F.y = 44
    p = c.p
    tags["personal"] = 1
    tx(sh, 26, F.y, "POUR :", f=CEN_B, pt=10.4)
    nobp, nonat = "no_birthplace" in c.flags, "no_nationality" in c.flags
    e = "e" if c.fem else ""
    ident = (
        f"{'Madame' if c.fem else 'Monsieur'} {p.surname.upper()}, {p.given_names}, né{e} le "
        f"{when(c, p.birth_date, 'fr')}"
        + ("" if nobp else f" à {p.birth_place} ({land(c.birth_cc(), 'fr')})")
        + ("" if nonat else f", de nationalité {nat(p.nationality, 'fr')}")
        + f", {known_as(c, 'fr')}"
    )
    if "no_address" not in c.flags:
        ident += f", résidant effectivement {home(c, 'fr')}"
    dom = speak_domicile(c, "fr")
    ident += ";" + (f" {dom[0].lower()}{dom[1:]}" if dom else "")
    F.x1, F.w1 = 48, 136
    tags["residence"] = 1
    F.text(ident, gap=3)
    F.x1, F.w1 = 26, 158
    F.room(24)
    tx(F.sh, 26, F.y, "À :", f=CEN_B, pt=10.4)
    F.x1, F.w1 = 48, 136
    F.text(
        "l'État belge, représenté par le Ministre ou le Secrétaire d'État compétent pour l'accès au territoire, "
        "en la personne du Directeur général de l'Office des Étrangers, Service Séjour exceptionnel, Boulevard "
        "Pachéco 44, 1000 Bruxelles.",
        gap=3,
    )
    F.x1, F.w1 = 26, 158
    F.text("Par pli recommandé.", f=CEN_I, al="left", gap=6)
    F.text("PLAISE À L'OFFICE DES ÉTRANGERS", f=CEN_B, al="center", gap=4)
    chap = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]
    n = 1
    lh = 10.4 * 0.3528 * 1.45
    for k, (tag, head, body) in enumerate(sections(c, "fr")):
        paras = [body]
        if tag == "personal":
            paras = [speak_person(c, "fr")]
        if tag == "residence":
            paras = [x for x in (speak_home(c, "fr"), speak_domicile(c, "fr")) if x]
        F.room(20)
        if tag:
            tags[tag] = F.page
        F.text(f"{chap[k]}.  {head.upper()}", f=CEN_B, al="left", gap=2)
        for ptxt in paras:
            F.room(lh * 2)
            y0, sh0 = F.y, F.sh
            F.text(ptxt, ind=10, gap=1.8)
            tx(sh0, 28, y0, f"{n}.", f=CEN, pt=10.4)
            n += 1
    F.room(30)
    F.text("PAR CES MOTIFS,", f=CEN_B, al="left", gap=2)
    F.text(
        f"{party(c, 'fr', True)} prie l'Office des Étrangers de déclarer la présente demande recevable et fondée "
        f"et de l'autoriser au séjour de plus de trois mois.",
        gap=5,
    )
    F.room(48)
    tags["signature"] = F.page
    tx(F.sh, 110, F.y, f"{A.get('city', 'Bruxelles')}, le {when(c, c.app_date, 'fr')}", f=CEN, pt=10.4)
    tx(F.sh, 110, F.y + 6, f"Pour {party(c, 'fr')}, son conseil,", f=CEN_I, pt=10.4)
    stamp(
        F.sh,
        114,
        F.y + 11,
        [(A.get("firm") or "CABINET").upper()[:26], "AVOCATS", A.get("city", "").upper()],
        rng,
        c=S_BLUE,
        mm=28,
    )
    if "unsigned" not in c.flags:
        sign(F.sh, 118, F.y + 15, rng, w=44, h=15, c=BLACK_PEN)
    tx(F.sh, 110, F.y + 40, f"Me {counsel(c)}", f=CEN_B, pt=10.4)
    F.y += 52
    F.room(22)
    F.text("INVENTAIRE DES PIÈCES", f=CEN_B, al="left", gap=2)
    for i, (_k, d) in enumerate(c.annexes, 1):
        F.room(6)
        tx(F.sh, 30, F.y, f"Pièce {i}", f=CEN_B, pt=9.8)
        F.x, F.x1, F.w, F.w1 = 52, 52, 132, 132
        F.text(d, al="left", gap=0.8, pt=9.8)
        F.x, F.x1, F.w, F.w1 = 26, 26, 158, 158
    page_marks(F.sheets, "- {i} -", y=286, f=CEN, pt=9)
    return F.sheets, tags


# --------------------------------------------------------------------------- applications: forms


class HandForm:
    """A printed intake form filled in by hand: labels ABOVE open boxes, capitals in blue ballpoint."""

    def __init__(self, c: Case, rng, head, title, sub):
        self.c, self.rng = c, rng
        self.head, self.title, self.sub = head, title, sub
        self.ink = BLUE_PEN if rng.random() < 0.75 else BLACK_PEN
        self.pages: list[Sheet] = []
        self.new()

    def new(self):
        sh = Sheet(210, 297)
        self.pages.append(sh)
        self.sh = sh
        frame(sh, 16, 10, 9, 9, lw=0, fill=SLATE)
        tx(sh, 20.5, 11.6, "A", f=NIM_B, pt=11, c=WHITE, a="center")
        tx(sh, 28, 10.5, self.head, f=NIM_B, pt=9, c=SLATE)
        tx(
            sh,
            28,
            15,
            "Tiensestraat 102, 3000 Leuven  ·  016 23 90 11  ·  permanentie di & do 9-12 u",
            f=NIM,
            pt=7,
            c=G2,
        )
        if len(self.pages) == 1:
            tx(sh, 16, 26, self.title, f=NIM_B, pt=12.5)
            tx(sh, 16, 32.5, self.sub, f=NIM_I, pt=8.5, c=G1)
            self.y = 42.0
        else:
            self.y = 26.0

    def room(self, h):
        if self.y + h > 272:
            self.new()

    def section(self, letter, title):
        self.room(20)
        frame(self.sh, 16, self.y, 178, 6.5, lw=0, fill=(222, 228, 234))
        frame(self.sh, 16, self.y, 6.5, 6.5, lw=0, fill=SLATE)
        tx(self.sh, 19.25, self.y + 1.2, letter, f=NIM_B, pt=9.5, c=WHITE, a="center")
        tx(self.sh, 25, self.y + 1.3, title, f=NIM_B, pt=9.5, c=SLATE)
        self.y += 9.5

    def caps(self, x, y, s, w):
        if s:
            t = s.upper()
            pt = 11.0
            while pt > 7.5 and tw(t, NIM_B, pt) * 1.05 > w:
                pt -= 0.5
            hand(self.sh, x, y, t, self.rng, f=CAPS, pt=pt, c=self.ink)

    def boxes(self, items, h=8.5):
        """A row of labelled boxes: [(label, value, width)]."""
        self.room(h + 5)
        x = 16.0
        for label, value, w in items:
            tx(self.sh, x, self.y, label, f=NIM, pt=7, c=G1)
            frame(self.sh, x, self.y + 3.2, w - 2, h, lw=0.3, c=G2)
            self.caps(x + 1.5, self.y + 4.4, value, w - 5)
            x += w
        self.y += h + 6

    def lines(self, label, text, n=3, *, f=HW1, pt=10.0):
        """A label and n ruled lines, free text written in ordinary handwriting."""
        rows = self.sh.wrap(text or "", 168 * 0.78, font=f, size_pt=pt) if text else []
        n = max(n, len(rows))
        self.room(6 + 6.8 * min(n, 6))
        tx(self.sh, 16, self.y, label, f=NIM, pt=7, c=G1)
        self.y += 4
        for k in range(n):
            if self.y > 268:
                self.new()
            rule(self.sh, 16, self.y + 5.6, 194, self.y + 5.6, lw=0.2, c=G3)
            if k < len(rows) and rows[k]:
                hand(self.sh, 17, self.y, rows[k], self.rng, f=f, pt=pt, c=self.ink)
            self.y += 6.8
        self.y += 3

    def checks(self, label, opts, chosen):
        self.room(12)
        tx(self.sh, 16, self.y, label, f=NIM, pt=7, c=G1)
        x = 16.0
        for k, o in enumerate(opts):
            frame(self.sh, x, self.y + 4, 3.8, 3.8, lw=0.3)
            if k in chosen:
                tick(self.sh, x, self.y + 4, 3.8, self.rng, c=self.ink)
            x += tx(self.sh, x + 5.5, self.y + 4.2, o, f=NIM, pt=8.5) + 12
        self.y += 11


def app_nl_handform(c: Case, rng: random.Random):
    """Leuven aid association's intake form used as the application, filled in BY HAND: a slate square with 'A' and
    the association's name at the top LEFT, the title in bold; sections under pale bars with a lettered square;
    every item's label printed ABOVE an open box, the answers in blue ballpoint capitals; the address asked
    'postcode en gemeente' BEFORE 'straat, nummer, bus'; domicile, identity and procedures as ticked squares;
    free answers (treatment abroad, history) in running handwriting on ruled lines; the annexes listed by hand;
    two signature boxes at the end (applicant LEFT, adviser or lawyer RIGHT) with place and date written above."""
    p = c.p
    tags: dict = {}
    F = HandForm(
        c,
        rng,
        "vzw Ankerplaats – juridische permanentie migratie",
        "AANVRAAGFORMULIER MEDISCHE REGULARISATIE (artikel 9ter Vreemdelingenwet)",
        "In te vullen in drukletters, samen met uw begeleider. Gebruik dit formulier als aanvraag en "
        "stuur het aangetekend naar DVZ.",
    )
    nobp, nonat = "no_birthplace" in c.flags, "no_nationality" in c.flags
    F.section("1", "Persoonsgegevens van de aanvrager")
    tags["personal"] = len(F.pages)
    F.boxes([("Naam", p.surname, 100), ("Voornaam", p.given_names, 78)])
    F.boxes(
        [
            ("Geboortedatum (dd/mm/jjjj)", _b9.fdate(p.birth_date, "slashes"), 52),
            ("Geboorteplaats", "" if nobp else p.birth_place, 66),
            ("Geboorteland", "" if nobp else land(c.birth_cc(), "nl"), 60),
        ]
    )
    F.boxes(
        [
            ("Nationaliteit", "" if nonat else nat(p.nationality, "nl"), 62),
            ("Rijksregisternummer", c.nrn or "", 62),
            ("OF nummer openbare veiligheid (DVZ)", c.ov or "", 54),
        ]
    )
    F.checks("Geslacht", ["man", "vrouw"], {1 if c.fem else 0})
    F.section("2", "Waar woont u echt? (effectieve verblijfplaats)")
    tags["residence"] = len(F.pages)
    a = c.addr
    noaddr = "no_address" in c.flags
    F.boxes(
        [
            ("Postcode en gemeente", "" if noaddr else f"{a.postcode} {a.city}", 70),
            (
                "Straat, nummer, bus",
                "" if noaddr else f"{a.street} {a.number}" + (f" bus {a.box}" if a.box else ""),
                108,
            ),
        ]
    )
    nodom = "no_domicile" in c.flags or c.domicile == "none"
    keys = ["lawyer", "residence", "other"]
    F.checks(
        "Waar kiest u woonplaats voor de briefwisseling van DVZ?",
        ["bij mijn advocaat", "op mijn verblijfsadres", "op een ander adres"],
        set() if nodom else {keys.index(c.domicile)} if c.domicile in keys else set(),
    )
    dom = (
        ""
        if nodom
        else (
            f"{counsel(c)}, {counsel_at(c)}"
            if c.domicile == "lawyer"
            else (c.other_domicile or "")
            if c.domicile == "other"
            else ""
        )
    )
    F.boxes([("Adres gekozen woonplaats (als niet uw verblijfsadres)", dom, 178)])
    F.section("3", "Identiteit")
    k = c.id_kind
    F.checks(
        "Welke stukken legt u voor?",
        ["paspoort", "identiteitskaart", "andere stukken", "vrijstelling (asiel)"],
        {0} if k.startswith("passport") else {1} if k == "idcard" else {3} if k.startswith("asylum") else {2},
    )
    F.lines("Toelichting", speak_identity(c, "nl"), 2)
    if c.family:
        F.section("4", "Gezinsleden die mee de aanvraag doen")
        for i, m in enumerate(c.family):
            F.boxes(
                [
                    ("Naam en voornaam", f"{m.p.surname} {m.p.given_names}", 92),
                    ("Geboren op", _b9.fdate(m.p.birth_date, "slashes"), 40),
                    (
                        "Band",
                        ("kind" if m.rel == "child" else "echtgenoot") + exhibit(c, f"fam{i}", "nl"),
                        46,
                    ),
                ]
            )
    F.section("5", "Ziekte en medische stukken")
    il = ill(c, "nl")
    F.boxes([("Ziekte", il["name"], 178)])
    absent = "medcert_absent" in c.flags
    F.boxes(
        [
            ("Arts die het standaard medisch getuigschrift invulde", "" if absent else c.doctor.name(), 110),
            ("Datum getuigschrift", "" if absent else _b9.fdate(c.cert_date, "slashes"), 68),
        ]
    )
    if c.annex_no("medstat"):
        F.boxes(
            [
                (
                    "Bijkomend medisch verslag van",
                    (c.doctor if absent else c.specialist).name() + exhibit(c, "medstat", "nl"),
                    178,
                )
            ]
        )
    coi = speak_coi(c, "nl")
    F.section("6", "Behandeling in uw land van herkomst (beschikbaarheid en toegankelijkheid)")
    F.lines("Waarom kan u daar niet behandeld worden?", coi or "", 4, pt=9.5)
    hist = speak_history(c, "nl")
    F.section("7", "Eerdere procedures")
    if hist:
        tags["parallel"] = len(F.pages)
    F.checks(
        "Loopt er nog een andere aanvraag 9ter?",
        ["nee", "ja – wordt hierbij ingetrokken"],
        {1 if c.previous_9ter else 0},
    )
    F.lines("Asiel / andere procedures", hist or "geen", 2, pt=9.5)
    F.section("8", "Bijlagen")
    for i, (_k, d) in enumerate(c.annexes, 1):
        F.room(7)
        tx(F.sh, 16, F.y + 1, f"{i}.", f=NIM, pt=9)
        hand(F.sh, 24, F.y, d, rng, f=HW1, pt=9.5, c=F.ink)
        rule(F.sh, 22, F.y + 5.6, 194, F.y + 5.6, lw=0.2, c=G3)
        F.y += 6.8
    F.room(50)
    F.section("9", "Handtekening")
    tags["signature"] = len(F.pages)
    tx(F.sh, 16, F.y, "Opgemaakt te", f=NIM, pt=8, c=G1)
    hand(F.sh, 36, F.y - 1.5, c.addr.city, rng, f=HW1, pt=11, c=F.ink)
    tx(F.sh, 90, F.y, "op", f=NIM, pt=8, c=G1)
    hand(F.sh, 96, F.y - 1.5, _b9.fdate(c.app_date, "slashes"), rng, f=HW1, pt=11, c=F.ink)
    y0 = F.y + 8
    for j, lab in enumerate(["Handtekening aanvrager", "Handtekening begeleider / advocaat"]):
        frame(F.sh, 16 + j * 90, y0, 86, 28, lw=0.3)
        tx(F.sh, 18 + j * 90, y0 + 1.2, lab, f=NIM, pt=7, c=G1)
    if "unsigned" not in c.flags:
        sign(F.sh, 24, y0 + 8, rng, w=48, h=15, c=F.ink)
        if c.lawyer and rng.random() < 0.6:
            sign(F.sh, 114, y0 + 9, rng, w=44, h=14, c=BLACK_PEN)
    F.y = y0 + 32
    page_marks(F.pages, "formulier A-9ter/2025 – blad {i} van {n}", x=194, y=284, f=NIM, pt=7, a="right")
    return F.pages, tags


def app_fr_boxform(c: Case, rng: random.Random):
    """A Brussels CPAS social service's typed form 'DEMANDE D'AUTORISATION DE SÉJOUR – ARTICLE 9ter': a grid of
    boxes, each label in tiny grey capitals INSIDE its box at the top LEFT and the answer typed in Courier Prime
    under it (long answers continue on the following lines of a taller box); the chosen domicile and earlier
    procedures as typed [X] marks; the last block with 'Signature du demandeur' printed at the LEFT of the signature
    box, 'Lu et approuvé' written by hand above the signature, and the social worker's name stamped beside it."""
    p = c.p
    tags: dict = {}
    pages: list[Sheet] = []
    st = {"y": 0.0}

    def new():
        sh = Sheet(210, 297)
        pages.append(sh)
        tx(sh, 16, 10, "CPAS D'IXELLES – SERVICE SOCIAL – CELLULE SÉJOUR", f=DJC_B, pt=8, c=G1)
        tx(sh, 194, 10, "Chaussée de Boondael 92, 1050 Ixelles", f=DJC, pt=7.5, c=G2, a="right")
        rule(sh, 16, 15, 194, 15, lw=0.5)
        st["y"] = 20.0
        return sh

    sh = new()
    tx(sh, 105, 20, "DEMANDE D'AUTORISATION DE SÉJOUR – ARTICLE 9ter", f=DJC_B, pt=13, a="center")
    tx(
        sh,
        105,
        26.5,
        "loi du 15 décembre 1980 – formulaire complété avec l'assistant(e) social(e)",
        f=DJC,
        pt=8.5,
        a="center",
        c=G1,
    )
    st["y"] = 34.0

    def row(items, *, tag=None):
        """items: [(label, value, width)]; the row is as tall as its longest answer."""
        nonlocal sh
        hs = []
        for _lab, val, w in items:
            n = len(sh.wrap(val or "", w - 4, font=CPR, size_pt=10)) if val else 1
            hs.append(5.5 + 4.4 * n)
        h = max(11.0, max(hs))
        if st["y"] + h > 272:
            sh = new()
        if tag:
            tags[tag] = len(pages)
        x = 16.0
        for lab, val, w in items:
            frame(sh, x, st["y"], w, h, lw=0.3)
            tx(sh, x + 1.2, st["y"] + 0.9, lab.upper(), f=DJC, pt=5.6, c=G2)
            if val:
                for k, ln in enumerate(sh.wrap(val, w - 4, font=CPR, size_pt=10)):
                    tx(sh, x + 2, st["y"] + 4.6 + k * 4.4, ln, f=CPR, pt=10)
            x += w
        st["y"] += h

    def band(t):
        nonlocal sh
        if st["y"] + 20 > 272:
            sh = new()
        st["y"] += 3
        tx(sh, 16, st["y"], t, f=DJC_B, pt=9.5)
        st["y"] += 5.5

    nobp, nonat = "no_birthplace" in c.flags, "no_nationality" in c.flags
    band("1. Identité du demandeur")
    tags["personal"] = len(pages)
    row([("Nom", p.surname.upper(), 92), ("Prénom(s)", p.given_names, 86)])
    row(
        [
            ("Date de naissance", _b9.fdate(p.birth_date, "dots"), 44),
            ("Lieu de naissance", "" if nobp else p.birth_place, 68),
            ("Pays de naissance", "" if nobp else land(c.birth_cc(), "fr"), 66),
        ]
    )
    row(
        [
            ("Nationalité", "" if nonat else nat(p.nationality, "fr"), 60),
            ("N° registre national", c.nrn or "", 60),
            ("N° sûreté publique (OE)", c.ov or "", 58),
        ]
    )
    band("2. Résidence effective et domicile élu")
    row(
        [
            (
                "Adresse de résidence effective en Belgique",
                "" if "no_address" in c.flags else home(c, "fr"),
                178,
            )
        ],
        tag="residence",
    )
    nodom = "no_domicile" in c.flags or c.domicile == "none"
    mark = {
        k: ("[X]" if (not nodom and c.domicile == k) else "[  ]") for k in ("lawyer", "residence", "other")
    }
    dom = (
        ""
        if nodom
        else (
            f"{counsel(c)}, {counsel_at(c)}"
            if c.domicile == "lawyer"
            else (c.other_domicile or "")
            if c.domicile == "other"
            else home(c, "fr")
        )
    )
    row(
        [
            (
                "Domicile élu",
                f"{mark['lawyer']} chez l'avocat   {mark['residence']} à la résidence   "
                f"{mark['other']} autre",
                178,
            )
        ]
    )
    row([("Adresse du domicile élu", dom, 178)])
    band("3. Preuve de l'identité")
    row([("Documents joints / dispense", speak_identity(c, "fr"), 178)])
    if c.family:
        band("4. Membres de la famille visés par la demande")
        for i, m in enumerate(c.family):
            row(
                [
                    ("Nom et prénom", f"{m.p.surname.upper()} {m.p.given_names}", 84),
                    ("Né(e) le", _b9.fdate(m.p.birth_date, "dots"), 36),
                    (
                        "Lien",
                        ("enfant" if m.rel == "child" else "conjoint(e)") + exhibit(c, f"fam{i}", "fr"),
                        58,
                    ),
                ]
            )
    band("5. Situation médicale")
    il = ill(c, ill_lang(c, "fr"))
    absent = "medcert_absent" in c.flags
    row([("Maladie", il["name"], 178)])
    row(
        [
            (
                "Certificat médical type (médecin, date)",
                ""
                if absent
                else f"{c.doctor.name()}, {when(c, c.cert_date, 'fr')}{exhibit(c, 'medcert', 'fr')}",
                178,
            )
        ]
    )
    if c.annex_no("medstat"):
        row(
            [
                (
                    "Autre rapport médical",
                    f"{(c.doctor if absent else c.specialist).name()}{exhibit(c, 'medstat', 'fr')}",
                    178,
                )
            ]
        )
    band("6. Disponibilité et accessibilité des soins au pays d'origine")
    row([("Informations", speak_coi(c, "fr") or "", 178)])
    hist = speak_history(c, "fr")
    band("7. Procédures antérieures")
    row(
        [
            ("Demande 9ter pendante", "[X] oui – désistement" if c.previous_9ter else "[X] non", 50),
            ("Précisions", hist or "—", 128),
        ],
        tag="parallel" if hist else None,
    )
    band("8. Pièces jointes")
    for i, (_k, d) in enumerate(c.annexes, 1):
        row([(f"Pièce {i}", d, 178)])
    if st["y"] + 46 > 272:
        sh = new()
    band("9. Signature")
    tags["signature"] = len(pages)
    y = st["y"]
    row([("Fait à", c.addr.city, 90), ("Le", _b9.fdate(c.app_date, "dots"), 88)])
    y = st["y"] + 4
    tx(sh, 16, y + 10, "Signature du", f=DJC, pt=8.5)
    tx(sh, 16, y + 14, "demandeur :", f=DJC, pt=8.5)
    frame(sh, 40, y, 80, 30, lw=0.3)
    if "unsigned" not in c.flags:
        hand(sh, 44, y + 2, "Lu et approuvé", rng, f=HW2, pt=11, c=BLUE_PEN)
        sign(sh, 48, y + 11, rng, w=50, h=15, c=BLUE_PEN)
    stamp(
        sh,
        130,
        y + 4,
        ["CPAS D'IXELLES", "SERVICE SOCIAL", f"AS {rng.choice(['M. Dewit', 'L. Gaspard', 'K. Ait'])}"],
        rng,
        shape="rect",
        c=S_VIOLET,
        mm=34,
    )
    st["y"] = y + 34
    page_marks(pages, "page {i}/{n}", x=194, y=284, f=DJC, pt=7.5, a="right")
    return pages, tags


def app_en_letter(c: Case, rng: random.Random):
    """English letter of a Brussels law office for an English-speaking client: a slate vertical bar down the LEFT
    edge of every page with the office's name running up it, the letterhead lines in Carlito at the top RIGHT,
    'By registered post' over the DVZ address at the LEFT; short bold side-headings; 'Yours faithfully,' with the
    signature at the LEFT over the typed name; 'Enclosures' as a bulleted list; 'page n of N' at the foot."""
    A = c.lawyer or {}
    tags: dict = {}

    def deco(sh, n):
        frame(sh, 0, 0, 9, 297, lw=0, fill=SLATE)
        tx(sh, 190, 12, A.get("firm", "Law office"), f=CAR_B, pt=12, c=SLATE, a="right")
        tx(
            sh,
            190,
            18,
            f"{A.get('street', '')}, {A.get('pc', '')} {A.get('city', '')}",
            f=CAR,
            pt=8.5,
            c=G1,
            a="right",
        )
        tx(sh, 190, 22, f"{A.get('tel', '')}  |  {A.get('mail', '')}", f=CAR, pt=8.5, c=G1, a="right")

    F = Flow(CAR, 11, x=24, w=166, top=32, top1=100, deco=deco)
    sh = F.sh
    tx(sh, 24, 40, "By registered post", f=CAR_I, pt=10)
    for j, t in enumerate(_b9.DVZ_NL):
        tx(sh, 24, 46 + j * 5, t, f=CAR, pt=10.5)
    tx(sh, 190, 74, f"{A.get('city', 'Brussels')}, {when(c, c.app_date, 'en')}", f=CAR, pt=10.5, a="right")
    tx(sh, 24, 84, f"Re: application under Article 9ter – {who(c)}", f=CAR_B, pt=11)
    F.text("Dear Sir or Madam,", al="left", gap=3)
    F.text(
        "I act for the applicant named above and hereby submit an application for leave to remain on medical "
        "grounds under Article 9ter of the Law of 15 December 1980."
    )
    for tag, head, body in sections(c, "en"):
        F.room(16)
        if tag:
            tags[tag] = F.page
        F.text(head, f=CAR_B, al="left", gap=1)
        F.text(body)
    F.text(
        "I therefore ask you to declare the application admissible and well-founded and to grant the applicant "
        "leave to remain for more than three months."
    )
    F.room(40)
    tags["signature"] = F.page
    F.text("Yours faithfully,", al="left", gap=1)
    if "unsigned" not in c.flags:
        sign(F.sh, F.cx, F.y, rng, w=44, h=14, c=BLUE_PEN)
    tx(F.sh, F.cx, F.y + 17, counsel(c), f=CAR_B, pt=11)
    tx(F.sh, F.cx, F.y + 22, "Lawyer", f=CAR, pt=10, c=G1)
    F.y += 32
    F.room(18)
    F.text("Enclosures", f=CAR_B, al="left", gap=1)
    for i, (_k, d) in enumerate(c.annexes, 1):
        F.text(f"•  {i}. {d}", al="left", gap=0.4, ind=2, hang=6)
    page_marks(F.sheets, "page {i} of {n}", x=190, y=286, f=CAR, pt=8, a="right")
    return F.sheets, tags


_reg(
    "be9ter-app-nl-prose-lawyer-antwerpen-linkerkolom-handtekening-naast-slot-55",
    "application",
    "nl",
    app_nl_letter,
    "Antwerp lawyers' letter, partners' column at the left, signature beside the closing words",
)
_reg(
    "be9ter-app-fr-prose-lawyer-requete-pour-contre-stempel-onder-handtekening-55",
    "application",
    "fr",
    app_fr_requete,
    "Brussels requête in pleading form, numbered paragraphs, signature over the office stamp",
)
_reg(
    "be9ter-app-nl-form-ankerplaats-labels-boven-handgeschreven-55",
    "application",
    "nl",
    app_nl_handform,
    "Leuven association's intake form filled in by hand, labels above the boxes",
)
_reg(
    "be9ter-app-fr-form-cpas-labels-in-vakken-courier-55",
    "application",
    "fr",
    app_fr_boxform,
    "Brussels CPAS typed form, labels inside the boxes, 'Lu et approuvé'",
)
_reg(
    "be9ter-app-en-lawyer-leisteenbalk-links-55",
    "application",
    "en",
    app_en_letter,
    "English lawyer's letter with a slate bar down the left edge (not accepted)",
)


# --------------------------------------------------------------------------- standard medical certificates

MC = {
    "nl": dict(
        head="FOD Binnenlandse Zaken – Dienst Vreemdelingenzaken",
        title="STANDAARD MEDISCH GETUIGSCHRIFT",
        sub="bestemd voor de Dienst Vreemdelingenzaken in het kader van artikel 9ter van de wet van 15.12.1980",
        q=[
            "Identificatie van de patiënt",
            "Identificatie van de arts",
            "Medische voorgeschiedenis",
            "Diagnose (en ICD-code)",
            "Graad van ernst",
            "Toelichting bij de graad van ernst",
            "Actuele behandeling – geneesmiddelen",
            "Actuele behandeling – ingrepen, hospitalisaties",
            "Verwachte duur van de behandeling",
            "Gevolgen bij stopzetting van de behandeling",
            "Evolutie en prognose",
            "Specifieke noden inzake opvolging",
            "Kan de patiënt reizen?",
        ],
        pat=["Naam", "Voornaam", "Geboortedatum"],
        doc=["Naam", "RIZIV-nummer", "Specialisme", "Adres"],
        lv=["licht", "matig", "ernstig", "zeer ernstig"],
        date="Datum",
        sig="Handtekening en stempel van de arts",
        foot="Standaard medisch getuigschrift – model van toepassing vanaf 01.03.2024 – blad {i}/{n}",
    ),
    "en": dict(
        head="FPS Home Affairs – Immigration Office",
        title="STANDARD MEDICAL CERTIFICATE",
        sub="for the Immigration Office under Article 9ter of the Law of 15.12.1980",
        q=[
            "Identification of the patient",
            "Identification of the doctor",
            "Medical history",
            "Diagnosis (and ICD code)",
            "Degree of severity",
            "Explanation of the degree of severity",
            "Current treatment – medication",
            "Current treatment – procedures, admissions",
            "Expected duration of treatment",
            "Consequences if treatment is stopped",
            "Course and prognosis",
            "Specific follow-up needs",
            "Can the patient travel?",
        ],
        pat=["Surname", "First name", "Date of birth"],
        doc=["Name", "RIZIV/INAMI number", "Specialty", "Address"],
        lv=["mild", "moderate", "severe", "very severe"],
        date="Date",
        sig="Doctor's signature and stamp",
        foot="Standard medical certificate – model in use from 01.03.2024 – sheet {i}/{n}",
    ),
}


def _grade(c: Case) -> int:
    return 3 if c.illness in ("ckd", "cancer", "hiv") else 2


def _doc_stamp(c: Case, lang: str, riz: bool) -> list[str]:
    d = c.doctor
    sp = SPECIALTY[d.spec].get(L(lang) if lang != "en" else "nl", "")
    out = [d.name("caps"), sp.capitalize() if sp else ""]
    if riz:
        out.append(("INAMI " if lang == "fr" else "RIZIV ") + d.riziv)
    out.append(f"{d.pc} {d.city}")
    return [x for x in out if x]


def mc_typed(c: Case, rng: random.Random, *, lang: str):
    """The 2024 standard medical certificate as the doctor's PDF print: the Immigration Office's heading in small
    grey type, the title in bold, each question numbered in a small grey square in a LEFT margin with its answer
    typed in Nimbus Sans in an indented block under the bold question, thin rules between questions; the degree of
    severity as four small square boxes, the chosen one filled black; the doctor's identification with the RIZIV
    number as a label/value grid; on page 2 the date and, on the same line, 'Handtekening:' with the signature
    BESIDE it and the doctor's rectangular stamp overlapping the line; the model's footer on both pages."""
    Q = MC[lang]
    il = ill(c, lang)
    d = c.doctor
    riz = "mc_no_riziv" not in c.flags
    no_ill, no_sev, no_tx = (
        "mc_no_illness" in c.flags,
        "mc_no_severity" in c.flags,
        "mc_no_treatment" in c.flags,
    )
    tags: dict = {}
    pages = [Sheet(210, 297), Sheet(210, 297)]
    cur = {"i": 0, "y": 44.0}
    tx(pages[0], 20, 12, Q["head"], f=NIM, pt=8, c=G2)
    tx(pages[0], 20, 20, Q["title"], f=NIM_B, pt=15)
    para(pages[0], 20, 28, 170, Q["sub"], f=NIM_I, pt=8.5, c=G1)

    def qhead(k, text, need):
        if cur["y"] + need > 268 and cur["i"] == 0:
            cur["i"], cur["y"] = 1, 20.0
        sh = pages[cur["i"]]
        sh.rect(14, cur["y"] - 0.6, 6, 6, width_mm=0, fill=(200, 200, 206))
        tx(sh, 17, cur["y"] + 0.3, str(k), f=NIM_B, pt=8, a="center")
        tx(sh, 24, cur["y"], text, f=NIM_B, pt=9.5)
        cur["y"] += 5.6
        return sh

    def answer(sh, text):
        if text:
            cur["y"] = para(sh, 28, cur["y"], 162, text, f=NIM, pt=9.8, lead=1.3)
        else:
            cur["y"] += 6
        rule(sh, 24, cur["y"] + 1.2, 190, cur["y"] + 1.2, lw=0.15, c=G3)
        cur["y"] += 4.2

    def grid(sh, rows):
        for a, b in rows:
            tx(sh, 28, cur["y"], a, f=NIM, pt=8.5, c=G1)
            tx(sh, 70, cur["y"], b, f=NIM, pt=9.8)
            cur["y"] += 5
        rule(sh, 24, cur["y"] + 0.8, 190, cur["y"] + 0.8, lw=0.15, c=G3)
        cur["y"] += 4.2

    nopat = "mc_no_patient" in c.flags
    sh = qhead(1, Q["q"][0], 20)
    tags["patient"] = cur["i"] + 1
    grid(
        sh,
        [
            (Q["pat"][0], "" if nopat else c.p.surname.upper()),
            (Q["pat"][1], "" if nopat else c.p.given_names),
            (Q["pat"][2], _b9.fdate(c.p.birth_date, "dots")),
        ],
    )
    sh = qhead(2, Q["q"][1], 25)
    tags["doctor"] = cur["i"] + 1
    sp = SPECIALTY[d.spec].get(L(lang) if lang != "en" else "en", "")
    grid(
        sh,
        [
            (Q["doc"][0], d.name()),
            (Q["doc"][1], d.riziv if riz else ""),
            (Q["doc"][2], sp.capitalize()),
            (Q["doc"][3], f"{d.inst}, {d.street}, {d.pc} {d.city}"),
        ],
    )
    sh = qhead(3, Q["q"][2], 18)
    tags["illness"] = cur["i"] + 1
    answer(sh, "" if no_ill else il["history"])
    sh = qhead(4, Q["q"][3], 12)
    answer(sh, "" if no_ill else f"{il['name']} – ICD-10 {ILLNESSES[c.illness]['icd']}")
    sh = qhead(5, Q["q"][4], 12)
    tags["severity"] = cur["i"] + 1
    x = 28.0
    for k, lv in enumerate(Q["lv"]):
        sh.rect(x, cur["y"] + 0.4, 3.6, 3.6, width_mm=0.3, color=(60, 60, 60))
        if not no_sev and k == _grade(c):
            sh.rect(x + 0.9, cur["y"] + 1.3, 1.8, 1.8, width_mm=0, fill=(0, 0, 0))
        x += tx(sh, x + 5, cur["y"], lv, f=NIM, pt=9.5) + 14
    cur["y"] += 6
    rule(sh, 24, cur["y"] + 1.2, 190, cur["y"] + 1.2, lw=0.15, c=G3)
    cur["y"] += 4.2
    sh = qhead(6, Q["q"][5], 14)
    answer(sh, "" if no_sev else il["severity"])
    sh = qhead(7, Q["q"][6], 14)
    tags["treatment"] = cur["i"] + 1
    answer(sh, "" if no_tx else "\n".join(f"– {m}" for m in il["meds"]))
    sh = qhead(8, Q["q"][7], 12)
    answer(sh, "" if no_tx else il["intervention"])
    sh = qhead(9, Q["q"][8], 10)
    answer(sh, "" if no_tx else il["duration"])
    for k, key in [(10, "consequences"), (11, "prognosis"), (12, "needs"), (13, "travel")]:
        sh = qhead(k, Q["q"][k - 1], 12)
        answer(sh, il[key])
    cur["i"], sh = 1, pages[1]
    cur["y"] = max(cur["y"], 20.0) + 8
    y = cur["y"]
    tx(sh, 24, y, f"{Q['date']}:", f=NIM_B, pt=10)
    tx(sh, 44, y, _b9.fdate(c.cert_date, c.cert_date_style, L(lang)), f=NIM, pt=10.5)
    w = tx(sh, 24, y + 14, f"{Q['sig']}:", f=NIM_B, pt=10)
    rule(sh, 24 + w + 2, y + 18.5, 190, y + 18.5, lw=0.2, c=G2)
    if "mc_unsigned" not in c.flags:
        sign(sh, 28 + w, y + 5, rng, w=42, h=14, c=BLUE_PEN if rng.random() < 0.7 else BLACK_PEN)
    stamp(
        sh,
        128,
        y + 10,
        _doc_stamp(c, lang, riz),
        rng,
        shape="rect",
        c=S_BLUE,
        mm=38,
        angle=rng.uniform(-5, 4),
    )
    tags["signature"] = 2
    for i, s in enumerate(pages, 1):
        tx(s, 190, 287, Q["foot"].format(i=i, n=2), f=NIM, pt=7.5, c=G2, a="right")
    return pages, tags


MC_FR = dict(
    title="CERTIFICAT MÉDICAL TYPE",
    sub="à l'attention de l'Office des Étrangers – article 9ter de la loi du 15 décembre 1980 – modèle 2024",
    q=[
        "Nom et prénom du patient",
        "Date de naissance",
        "Antécédents médicaux",
        "Diagnostic",
        "Degré de gravité",
        "Précisions sur la gravité",
        "Traitement actuel : médicaments",
        "Traitement actuel : interventions / hospitalisations",
        "Durée prévue du traitement",
        "Conséquences en cas d'arrêt du traitement",
        "Évolution et pronostic",
        "Besoins spécifiques de suivi",
        "Le patient peut-il voyager ?",
    ],
    lv=["léger", "modéré", "grave", "très grave"],
)


def mc_fr_hand(c: Case, rng: random.Random):
    """The 2024 model in French printed blank and filled in BY HAND by the doctor: each question printed in small
    Nimbus Sans with grey dotted writing lines under it, the answers in quick dark-blue handwriting (a thicker pen
    for the patient's name), the degree of severity as four square boxes one of which is ticked by hand; on page 2
    'Date :' with the date written in, 'Signature du médecin :' with the signature BESIDE it on the same line and
    the doctor's INAMI stamp pressed at the RIGHT, half over the last dotted line; copied a little grey."""
    Q = MC_FR
    il = ill(c, "fr")
    d = c.doctor
    ink = BLUE_PEN if rng.random() < 0.7 else BLACK_PEN
    riz = "mc_no_riziv" not in c.flags
    no_ill, no_sev, no_tx = (
        "mc_no_illness" in c.flags,
        "mc_no_severity" in c.flags,
        "mc_no_treatment" in c.flags,
    )
    tags = {"patient": 1, "illness": 1, "severity": 1, "treatment": 1, "doctor": 2, "signature": 2}
    s1, s2 = Sheet(210, 297), Sheet(210, 297)
    tx(s1, 105, 12, Q["title"], f=NIM_B, pt=14, a="center")
    tx(s1, 105, 19, Q["sub"], f=NIM, pt=8, a="center", c=G1)

    def block(sh, y, q, text, n, *, f=HW1, pt=10.5):
        tx(sh, 20, y, q, f=NIM_B, pt=8.5)
        y += 4.5
        rows = sh.wrap(text or "", 168 * 0.8, font=f, size_pt=pt) if text else []
        for k in range(max(n, len(rows))):
            rule(sh, 20, y + 6, 190, y + 6, lw=0.2, c=G3, dash=0.7)
            if k < len(rows):
                hand(sh, 21, y + 0.3, rows[k], rng, f=f, pt=pt, c=ink)
            y += 7
        return y + 2

    y = block(
        s1,
        28,
        Q["q"][0],
        "" if "mc_no_patient" in c.flags else f"{c.p.surname.upper()} {c.p.given_names}",
        1,
        f=HW3,
        pt=12,
    )
    y = block(s1, y, Q["q"][1], _b9.fdate(c.p.birth_date, "slashes"), 1)
    y = block(s1, y, Q["q"][2], "" if no_ill else il["history"], 3)
    y = block(s1, y, Q["q"][3], "" if no_ill else f"{il['name']} ({ILLNESSES[c.illness]['icd']})", 2)
    tx(s1, 20, y, Q["q"][4], f=NIM_B, pt=8.5)
    x = 24.0
    for k, lv in enumerate(Q["lv"]):
        frame(s1, x, y + 5, 4, 4, lw=0.3)
        if not no_sev and k == _grade(c):
            tick(s1, x, y + 5, 4, rng, c=ink)
        x += tx(s1, x + 6, y + 5.2, lv, f=NIM, pt=9) + 16
    y = block(s1, y + 12, Q["q"][5], "" if no_sev else il["severity"], 3)
    y = block(s1, y, Q["q"][6], "" if no_tx else "; ".join(il["meds"]), 3)
    y = block(s1, y, Q["q"][7], "" if no_tx else il["intervention"], 2)
    y = block(s1, y, Q["q"][8], "" if no_tx else il["duration"], 1)
    y = 16.0
    for k, key, n in [(9, "consequences", 3), (10, "prognosis", 2), (11, "needs", 3), (12, "travel", 2)]:
        y = block(s2, y, Q["q"][k], il[key], n)
    y += 4
    tx(s2, 20, y, "Médecin (nom, spécialité, adresse) :", f=NIM_B, pt=8.5)
    hand(s2, 22, y + 5, f"{d.name()} – {SPECIALTY[d.spec].get('fr', '')}", rng, f=HW1, pt=10.5, c=ink)
    hand(s2, 22, y + 12, f"{d.inst}, {d.street}, {d.pc} {d.city}", rng, f=HW1, pt=10, c=ink)
    tx(s2, 20, y + 21, "N° INAMI :", f=NIM_B, pt=8.5)
    if riz:
        hand(s2, 40, y + 19.5, d.riziv, rng, f=HW1, pt=11, c=ink)
    y += 32
    tx(s2, 20, y, "Date :", f=NIM_B, pt=9)
    hand(s2, 34, y - 1.5, _b9.fdate(c.cert_date, c.cert_date_style, "fr"), rng, f=HW1, pt=11.5, c=ink)
    w = tx(s2, 20, y + 14, "Signature du médecin :", f=NIM_B, pt=9)
    rule(s2, 20, y + 19, 120, y + 19, lw=0.2, c=G3, dash=0.7)
    if "mc_unsigned" not in c.flags:
        sign(s2, 24 + w, y + 6, rng, w=40, h=14, c=ink)
    stamp(
        s2,
        124,
        y + 8,
        _doc_stamp(c, "fr", riz),
        rng,
        shape="rect",
        c=S_VIOLET,
        mm=40,
        angle=rng.uniform(-6, 6),
    )
    return [photocopy(s, tone=(242, 242, 240), dpi=170) for s in (s1, s2)], tags


OLD_NL = [
    ("A/", "Voorgeschiedenis", "history"),
    ("B/", "Diagnose: aard en ernst van de aandoening(en)", None),
    ("C/", "Actuele behandeling en noodzakelijke medische opvolging", None),
    ("D/", "Gevolgen en mogelijke complicaties bij stopzetting van de behandeling", "consequences"),
    ("E/", "Evolutie en prognose van de aandoening(en)", "prognosis"),
    ("F/", "Specifieke noden inzake medische opvolging; mantelzorg", "needs"),
    ("G/", "Kan de patiënt reizen naar het land van herkomst?", "travel"),
]


def mc_old_nl(c: Case, rng: random.Random):
    """The previous model (sections A/ to G/) printed from a community health centre's record software in Nimbus
    Mono: the centre's name and address in a two-line header with a thin double rule, 'MEDISCH GETUIGSCHRIFT
    (art. 9ter Vw. – model DVZ)' and the patient line (name, birth date, file number) in a grey band, each section's
    letter and heading in bold capitals with the typed answer under it; at the end 'Datum', then the doctor's name
    with the RIZIV number and the signature, and the centre's oval stamp pressed over the lower lines of text."""
    il = ill(c, "nl")
    d = c.doctor
    riz = "mc_no_riziv" not in c.flags
    no_ill, no_sev, no_tx = (
        "mc_no_illness" in c.flags,
        "mc_no_severity" in c.flags,
        "mc_no_treatment" in c.flags,
    )
    tags: dict = {}

    def deco(sh, n):
        tx(sh, 20, 12, d.inst, f=NMN_B, pt=10.5)
        tx(sh, 20, 17, f"{d.street} – {d.pc} {d.city} – tel. {d.tel}", f=NMN, pt=8.5, c=G1)
        rule(sh, 20, 22, 190, 22, lw=0.5)
        rule(sh, 20, 23.2, 190, 23.2, lw=0.2)

    F = Flow(NMN, 9.8, x=20, w=170, top=30, top1=32, lead=1.32, deco=deco)
    sh = F.sh
    tx(sh, 20, 30, "MEDISCH GETUIGSCHRIFT (art. 9ter Vw. – model DVZ)", f=NMN_B, pt=12)
    frame(sh, 20, 38, 170, 8, lw=0, fill=(228, 228, 230))
    pat = "Patiënt: " + (
        "................................"
        if "mc_no_patient" in c.flags
        else f"{c.p.surname.upper()} {c.p.given_names}"
    )
    tx(sh, 22, 39.5, f"{pat}   °{_b9.fdate(c.p.birth_date, 'dots')}   dossier {num(rng, 6)}", f=NMN, pt=9.5)
    tags["patient"] = 1
    F.y = 52
    for letter, head, key in OLD_NL:
        F.room(20)
        F.text(f"{letter} {head.upper()}", f=NMN_B, pt=9.5, al="left", gap=1.0)
        if letter == "A/":
            tags["illness"] = F.page
            F.text("" if no_ill else il["history"], al="left")
        elif letter == "B/":
            F.text(
                "Diagnose: " + ("" if no_ill else f"{il['name']} (ICD-10 {ILLNESSES[c.illness]['icd']})"),
                al="left",
                gap=0.8,
            )
            tags["severity"] = F.page
            F.text("Graad van ernst: " + ("" if no_sev else il["severity"]), al="left")
        elif letter == "C/":
            tags["treatment"] = F.page
            F.text("Medicatie: " + ("" if no_tx else "; ".join(il["meds"])), al="left", gap=0.8)
            F.text("Ingreep/hospitalisatie: " + ("" if no_tx else il["intervention"]), al="left", gap=0.8)
            F.text("Duur van de behandeling: " + ("" if no_tx else il["duration"]), al="left")
        else:
            F.text(il[key], al="left")
    F.room(60)
    tags["signature"] = tags["doctor"] = F.page
    y = F.y + 4
    tx(F.sh, 20, y, f"Datum: {_b9.fdate(c.cert_date, c.cert_date_style, 'nl')}", f=NMN, pt=10)
    tx(F.sh, 20, y + 8, d.name(), f=NMN_B, pt=10)
    tx(
        F.sh,
        20,
        y + 13,
        SPECIALTY[d.spec].get("nl", "").capitalize() + (f" – RIZIV {d.riziv}" if riz else ""),
        f=NMN,
        pt=9.5,
    )
    if "mc_unsigned" not in c.flags:
        sign(F.sh, 24, y + 18, rng, w=46, h=15, c=BLUE_PEN)
    stamp(
        F.sh,
        92,
        y + 2,
        [d.inst[:30].upper(), f"{d.pc} {d.city.upper()}"],
        rng,
        shape="oval",
        c=S_BLUE,
        mm=40,
        angle=rng.uniform(-12, -4),
    )
    page_marks(F.sheets, "blz. {i}/{n}", x=190, y=287, f=NMN, pt=8, a="right")
    return F.sheets, tags


_reg(
    "be9ter-medcert-2024-nl-nummers-in-grijze-vakjes-aankruisvakken-55",
    "medical-certificate",
    "nl",
    lambda c, r: mc_typed(c, r, lang="nl"),
    "2024 model, numbered questions in grey squares, typed, Dutch",
)
_reg(
    "be9ter-medcert-2024-en-nummers-in-grijze-vakjes-aankruisvakken-55",
    "medical-certificate",
    "en",
    lambda c, r: mc_typed(c, r, lang="en"),
    "2024 model typed in English (not accepted)",
)
_reg(
    "be9ter-medcert-2024-fr-handgeschreven-stippellijnen-vinkje-55",
    "medical-certificate",
    "fr",
    mc_fr_hand,
    "2024 model in French filled in by hand on dotted lines",
)
_reg(
    "be9ter-medcert-old-nl-wgc-software-mono-ovale-stempel-55",
    "medical-certificate",
    "nl",
    mc_old_nl,
    "previous model printed from a health centre's software in a monospaced face",
)


# --------------------------------------------------------------------------- medical statements

MS = {
    "nl": dict(
        to="Aan collega",
        dear="Beste collega,",
        re="Betreft",
        born="°",
        seen="Ik zag {hem} opnieuw op {d}.",
        h=["Diagnose", "Anamnese", "Behandeling", "Bijkomende onderzoeken", "Beleid"],
        plan="Verdere opvolging op onze raadpleging om de drie maanden. De behandeling mag niet worden "
        "onderbroken.",
        bye="Met collegiale groeten,",
        cc="Kopie: patiënt; dossier",
        ref="Verwijzer",
    ),
    "fr": dict(
        to="Au confrère",
        dear="Cher confrère,",
        re="Concerne",
        born="né(e) le",
        seen="J'ai revu {hem} en consultation le {d}.",
        h=["Diagnostic", "Anamnèse", "Traitement", "Examens complémentaires", "Attitude"],
        plan="Suivi en consultation tous les trois mois. Le traitement ne peut pas être interrompu.",
        bye="Bien confraternellement,",
        cc="Copie : patient ; dossier",
        ref="Médecin référent",
    ),
}


def _ms_lang(c: Case) -> str:
    lg = "fr" if c.lang == "fr" else "nl"
    return lg if lg in ILLNESSES[c.illness] else ill_lang(c, "nl")


def runin(sh: Sheet, x, y, w, head, body, *, f=DJS, fb=DJS_B, pt=9.8, lead=1.4):
    """A bold run-in heading with the paragraph continuing on the same line."""
    hw = tx(sh, x, y, head, f=fb, pt=pt) + tw(" ", f, pt)
    lines = sh.wrap(body, w - hw, font=f, size_pt=pt)
    first = lines[0] if lines else ""
    tx(sh, x + hw, y, first, f=f, pt=pt)
    rest = body[len(first) :].strip()
    y += pt * 0.3528 * lead
    return para(sh, x, y, w, rest, f=f, pt=pt, lead=lead) if rest else y


def ms_specialist(c: Case, rng: random.Random):
    """A hospital specialist's consultation letter to the referring doctor: the hospital's name and a small square
    logo at the top LEFT, the department and the physician's direct line under it, the referring doctor's name and
    address in the window at the RIGHT; the patient line in bold ('Betreft: SURNAME Given, ° date'), the findings
    under run-in bold side-headings, the lab values as a three-column table, and at the foot 'elektronisch
    gevalideerd' with the physician's typed name and RIZIV number in place of a handwritten signature; a copy line
    and the hospital's address and switchboard in a grey footer."""
    lang = _ms_lang(c)
    M = MS.get(lang, MS["nl"])
    d = c.doctor if "medcert_absent" in c.flags else c.specialist
    il = ill(c, lang)
    ilx = ILLNESSES[c.illness]
    sh = Sheet(210, 297)
    sh.rect(18, 12, 8, 8, width_mm=0, fill=(0, 98, 120))
    tx(sh, 29, 12, d.inst, f=DJS_B, pt=11, c=(0, 98, 120))
    tx(sh, 29, 17.5, d.dept or SPECIALTY[d.spec].get(lang, ""), f=DJS, pt=8.5, c=G1)
    tx(sh, 29, 21.5, f"{d.name()} – tel. {d.tel}", f=DJS, pt=8, c=G1)
    gp = c.doctor if d is not c.doctor else None
    tx(sh, 120, 36, M["to"], f=DJS, pt=9.5)
    tx(
        sh,
        120,
        41,
        gp.name() if gp else {"nl": "Behandelend arts", "fr": "Médecin traitant"}[lang],
        f=DJS,
        pt=9.5,
    )
    if gp:
        tx(sh, 120, 46, f"{gp.street}", f=DJS, pt=9.5)
        tx(sh, 120, 51, f"{gp.pc} {gp.city}", f=DJS, pt=9.5)
    tx(sh, 18, 62, f"{d.city}, {when(c, c.medstat_date, lang)}", f=DJS, pt=9.5)
    tx(
        sh,
        18,
        70,
        f"{M['re']}: {c.p.surname.upper()} {c.p.given_names}, {M['born']} "
        f"{_b9.fdate(c.p.birth_date, 'dots')}",
        f=DJS_B,
        pt=10,
    )
    y = para(sh, 18, 80, 174, M["dear"], f=DJS, pt=9.8)
    y = para(
        sh,
        18,
        y + 1.5,
        174,
        M["seen"].format(
            hem={"nl": "uw patiënt(e)", "fr": "votre patient(e)"}[lang], d=when(c, c.medstat_date, lang)
        ),
        f=DJS,
        pt=9.8,
    )
    for head, body in [
        (M["h"][0], f"{il['name']} (ICD-10 {ilx['icd']})."),
        (M["h"][1], il["history"]),
        (M["h"][2], "; ".join(il["meds"]) + ". " + il["intervention"]),
    ]:
        y = runin(sh, 18, y + 3, 174, head + ":", body)
    tx(sh, 18, y + 3, M["h"][3] + ":", f=DJS_B, pt=9.8)
    y += 9
    for a, v, u, ref in ilx["lab"]:
        tx(sh, 24, y, a, f=DJM, pt=9)
        tx(sh, 80, y, f"{v} {u}", f=DJM, pt=9)
        tx(sh, 120, y, f"({ref})", f=DJM, pt=8.5, c=G1)
        y += 4.6
    y = runin(sh, 18, y + 3, 174, M["h"][4] + ":", f"{il['severity']} {M['plan']}")
    y = para(sh, 18, y + 4, 174, M["bye"], f=DJS, pt=9.8)
    tx(
        sh,
        18,
        y + 4,
        {"nl": "elektronisch gevalideerd –", "fr": "validé électroniquement –"}[lang] + f" {d.name()}",
        f=DJS,
        pt=9,
        c=G1,
    )
    tx(sh, 18, y + 9, f"{SPECIALTY[d.spec].get(lang, '')} – RIZIV/INAMI {d.riziv}", f=DJS, pt=8.5, c=G1)
    tx(sh, 18, y + 16, M["cc"], f=DJS, pt=8, c=G2)
    frame(sh, 0, 282, 210, 15, lw=0, fill=(236, 238, 240))
    tx(sh, 105, 286, f"{d.inst} · {d.street} · {d.pc} {d.city} · {d.tel}", f=DJS, pt=7.5, c=G1, a="center")
    return [sh], {}


DISCH = {
    "nl": dict(
        t="ONTSLAGBRIEF",
        rows=["Opname", "Ontslag", "Afdeling", "Behandelend arts"],
        h=["Ontslagdiagnose", "Verloop van de opname", "Therapie bij ontslag", "Afspraken"],
        course="Opname voor bijsturing van de behandeling en observatie. Verloop zonder verwikkelingen.",
        next="Controle op de raadpleging binnen zes weken; laboratoriumcontrole vooraf.",
    ),
    "fr": dict(
        t="LETTRE DE SORTIE",
        rows=["Admission", "Sortie", "Service", "Médecin responsable"],
        h=[
            "Diagnostic de sortie",
            "Évolution pendant l'hospitalisation",
            "Traitement à la sortie",
            "Rendez-vous",
        ],
        course="Hospitalisation pour adaptation du traitement et mise en observation. Évolution sans "
        "complication.",
        next="Contrôle en consultation dans six semaines ; prise de sang au préalable.",
    ),
}


def ms_discharge(c: Case, rng: random.Random):
    """A hospital discharge letter ('ONTSLAGBRIEF' / 'LETTRE DE SORTIE') printed from the ward's system: a grey
    table at the top with admission and discharge dates, ward and physician; the discharge diagnosis, the course,
    the medication at discharge as a ruled table (drug / dose) and the follow-up appointments under underlined
    headings; a barcode label of the stay stuck at the top RIGHT; signed by hand by the ward physician at the
    LEFT over a typed name, with the ward's rectangular stamp beside the signature."""
    lang = _ms_lang(c)
    M = DISCH.get(lang, DISCH["nl"])
    d = c.doctor if "medcert_absent" in c.flags else c.specialist
    il = ill(c, lang)
    out_ = c.medstat_date
    inn = out_ - datetime.timedelta(days=rng.randint(4, 16))
    sh = Sheet(210, 297)
    tx(sh, 18, 12, d.inst.upper(), f=LSN_B, pt=11)
    tx(sh, 18, 17.5, d.dept or SPECIALTY[d.spec].get(lang, ""), f=LSN, pt=9, c=G1)
    frame(sh, 150, 10, 44, 16, lw=0.2, c=G2, fill=(252, 252, 252))
    for k in range(34):
        if crc(c.p.surname, "stay", k) % 3:
            sh.rect(153 + k * 1.1, 12, 0.55, 7, width_mm=0, fill=(0, 0, 0))
    tx(
        sh,
        172,
        20.5,
        f"{c.p.surname.upper()[:14]} {_b9.fdate(c.p.birth_date, 'dots')}",
        f=LSN,
        pt=6.5,
        a="center",
    )
    tx(sh, 18, 34, M["t"], f=LSN_B, pt=15)
    tx(
        sh,
        18,
        42,
        f"{c.p.surname.upper()} {c.p.given_names} – {_b9.fdate(c.p.birth_date, 'dots')}",
        f=LSN_B,
        pt=10.5,
    )
    y = 50.0
    for a, b in zip(
        M["rows"],
        [
            _b9.fdate(inn, "dots"),
            _b9.fdate(out_, "dots"),
            d.dept or SPECIALTY[d.spec].get(lang, ""),
            d.name(),
        ],
    ):
        frame(sh, 18, y, 45, 7, lw=0.2, c=G3, fill=(232, 232, 234))
        frame(sh, 63, y, 129, 7, lw=0.2, c=G3)
        tx(sh, 20, y + 1.6, a, f=LSN, pt=9)
        tx(sh, 65, y + 1.6, b, f=LSN, pt=9.5)
        y += 7
    y += 6
    for head, body in [
        (M["h"][0], f"{il['name']} (ICD-10 {ILLNESSES[c.illness]['icd']})"),
        (M["h"][1], f"{il['history']} {M['course']}"),
    ]:
        w = tx(sh, 18, y, head, f=LSN_B, pt=10)
        rule(sh, 18, y + 4.6, 18 + w, y + 4.6, lw=0.25)
        y = para(sh, 18, y + 6, 174, body, f=LSN, pt=10, lead=1.4) + 3
    w = tx(sh, 18, y, M["h"][2], f=LSN_B, pt=10)
    rule(sh, 18, y + 4.6, 18 + w, y + 4.6, lw=0.25)
    y += 7
    for m in il["meds"]:
        frame(sh, 18, y, 174, 6.5, lw=0.2, c=G3)
        tx(sh, 20, y + 1.5, m, f=LSN, pt=9.5)
        y += 6.5
    y += 4
    w = tx(sh, 18, y, M["h"][3], f=LSN_B, pt=10)
    rule(sh, 18, y + 4.6, 18 + w, y + 4.6, lw=0.25)
    y = para(sh, 18, y + 6, 174, f"{M['next']} {il['needs']}", f=LSN, pt=10, lead=1.4) + 6
    sign(sh, 20, y, rng, w=40, h=13, c=BLUE_PEN)
    stamp(
        sh,
        70,
        y,
        [d.inst[:28].upper(), (d.dept or "")[:28].upper() or "SERVICE"],
        rng,
        shape="rect",
        c=S_BLUE,
        mm=34,
    )
    tx(sh, 18, y + 16, d.name(), f=LSN_B, pt=9.5)
    tx(sh, 18, y + 21, f"RIZIV/INAMI {d.riziv}", f=LSN, pt=8.5, c=G1)
    return [photocopy(sh, tone=(249, 249, 248))], {}


_reg(
    "be9ter-medstat-specialist-consultbrief-vensteradres-elektronisch-gevalideerd-55",
    "medical-statement",
    "nl",
    ms_specialist,
    "specialist's consultation letter to the referring doctor, validated electronically",
)
_reg(
    "be9ter-medstat-ontslagbrief-opnametabel-streepjescodesticker-55",
    "medical-statement",
    "fr",
    ms_discharge,
    "hospital discharge letter with the admission table and a barcode label",
)


# --------------------------------------------------------------------------- country-of-origin information


def coi_factsheet(c: Case, rng: random.Random):
    """A country fact sheet on access to treatment printed from a browser: the print date and page title in small type
    at the top, the web address and 'n/N' at the foot; the sheet of an (invented) observatory with a coloured
    title bar, a short 'Key findings' box, a table of the required medicines with their availability in public
    facilities, private pharmacies and the monthly cost against the average wage, and numbered sources."""
    o = c.origin()
    e = BC.get(o, {})
    cn = land(o, "en")
    ilx = ILLNESSES[c.illness]
    sh = Sheet(210, 297)
    now = SUB - datetime.timedelta(days=rng.randint(5, 60))
    tx(
        sh,
        12,
        6,
        f"{_b9.fdate(now, 'slashes')} {rng.randint(9, 17):02d}:{rng.randint(0, 59):02d}",
        f=DJS,
        pt=7,
        c=G2,
    )
    tx(sh, 105, 6, f"Access to care – {cn} | Health Access Observatory", f=DJS, pt=7, c=G2, a="center")
    frame(sh, 12, 14, 186, 16, lw=0, fill=(24, 96, 110))
    title = f"{cn.upper()}: ACCESS TO {ilx['drug'].split('(')[0].strip().upper()}"
    tx(sh, 16, 16.5, title, f=DJS_B, pt=shrink(title, 178, DJS_B, 11.5), c=WHITE)
    tx(
        sh,
        16,
        23.5,
        f"Country sheet – {c.illness.upper()} – updated {_b9.fdate(now - datetime.timedelta(days=90), 'iso')}",
        f=DJS,
        pt=8,
        c=WHITE,
    )
    frame(sh, 12, 36, 186, 36, lw=0.3, c=(24, 96, 110), fill=(238, 246, 247))
    tx(sh, 16, 38, "Key findings", f=DJS_B, pt=10, c=(24, 96, 110))
    para(
        sh,
        16,
        44,
        178,
        f"{e.get('insurance_en', '')} The referral hospital ({e.get('hospital', '')}) reports "
        f"stock-outs of the medicines below for several months a year. An average monthly wage is "
        f"{e.get('wage', '')}.",
        f=DJS,
        pt=9,
        lead=1.4,
    )
    y = 80.0
    cols = [
        ("Medicine / treatment", 70),
        ("Public sector", 34),
        ("Private pharmacy", 36),
        ("Monthly cost", 46),
    ]
    x = 12.0
    for h, w in cols:
        frame(sh, x, y, w, 8, lw=0.25, fill=(220, 230, 232))
        tx(sh, x + 2, y + 2, h, f=DJS_B, pt=8.5)
        x += w
    y += 8
    rows = [
        (ilx["drug"], "not available", "irregular", ilx.get("cost", "—")),
        ("Specialist follow-up", "capital only", "private clinics", "out of pocket"),
        ("Laboratory monitoring", "limited", "available", "out of pocket"),
    ]
    for r in rows:
        x = 12.0
        for (_h, w), v in zip(cols, r):
            frame(sh, x, y, w, 10, lw=0.25)
            para(sh, x + 2, y + 1.6, w - 4, v, f=DJS, pt=8.5, lead=1.2)
            x += w
        y += 10
    tx(sh, 12, y + 8, "Sources", f=DJS_B, pt=9.5)
    for k, t in enumerate(
        [
            f"Ministry of Health of {cn}, essential medicines list, {SUB.year - 1}.",
            f"WHO country office, service availability survey, {SUB.year - 2}.",
            "Interviews with pharmacists in the capital, field mission of the Observatory.",
        ],
        1,
    ):
        para(sh, 16, y + 14 + (k - 1) * 6, 178, f"[{k}] {t}", f=DJS, pt=8.5)
    tx(
        sh,
        12,
        289,
        f"https://www.healthaccess-observatory.org/countries/{o.lower()}/{c.illness}",
        f=DJS,
        pt=7,
        c=G2,
    )
    tx(sh, 198, 289, "1/1", f=DJS, pt=7, c=G2, a="right")
    return [sh], {}


def coi_local_doctor(c: Case, rng: random.Random):
    """A letter 'To whom it may concern' from the head of department of the reference hospital in the country of
    origin, in English: the hospital's name centred in bold with its address, a reference and the date at the RIGHT,
    three short paragraphs saying the required treatment is not available (or not for the applicant) and why, the
    head of department's signature over a round hospital stamp at the LEFT; faxed to the lawyer, with a fax header
    line at the very top."""
    o = c.origin()
    e = BC.get(o, {})
    cn = land(o, "en")
    ilx = ILLNESSES[c.illness]
    sh = Sheet(210, 297)
    d = SUB - datetime.timedelta(days=rng.randint(20, 120))
    tx(
        sh,
        8,
        4,
        f"{_b9.fdate(d + datetime.timedelta(days=2), 'dots')} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}"
        f"   FROM: +{rng.randint(200, 299)} {num(rng, 7)}   TO: +32 {num(rng, 8)}   P.001/001",
        f=DJM,
        pt=7.5,
        c=G1,
    )
    base = {
        "MKD": 'University Clinical Centre "Mother Teresa", Skopje',
        "SYC": "Seychelles Hospital, Victoria",
        "GNQ": "Hospital Regional de Malabo",
    }.get(o, e.get("hospital", f"National Hospital of {cn}"))
    hosp = f"{base.split(',')[0]} – Department of {SPECIALTY[ilx['spec']].get('en', 'medicine').title()}"
    tx(sh, 105, 18, hosp.upper(), f=SER_B, pt=shrink(hosp.upper(), 176, SER_B, 13), a="center")
    tx(sh, 105, 25, f"{e.get('capital', '')}, {cn}", f=SER, pt=10, a="center", c=G1)
    rule(sh, 40, 30, 170, 30, lw=0.4)
    tx(sh, 190, 38, f"Ref. {num(rng, 3)}/{d.year}", f=SER, pt=10, a="right")
    tx(sh, 190, 43, words_en(d), f=SER, pt=10, a="right")
    tx(sh, 20, 56, "TO WHOM IT MAY CONCERN", f=SER_B, pt=11.5)
    paras = [
        f"I, the undersigned, head of the department concerned at {hosp}, confirm that {ilx['drug']} is not "
        f"part of the treatments our hospital or any public hospital of {cn} can provide on a regular basis.",
        f"{e.get('insurance_en', '')} Patients who need this treatment must buy it abroad or on the private "
        f"market, when it can be found, at a cost far above the average monthly income ({e.get('wage', '')}).",
        f"Returning to {cn} would therefore mean an interruption of the treatment of {c.p.given_names} "
        f"{c.p.surname}, with the consequences described by the treating doctors in Belgium.",
        "This letter is issued at the request of the patient's family for whatever purpose it may serve.",
    ]
    y = 66.0
    for t in paras:
        y = para(sh, 20, y, 170, t, f=SER, pt=11, lead=1.45) + 4
    stamp(sh, 24, y + 6, [base.split(",")[0].upper()[:30], cn.upper(), "DEPARTMENT"], rng, c=S_BLUE, mm=32)
    sign(sh, 30, y + 12, rng, w=46, h=15, c=BLACK_PEN)
    tx(sh, 20, y + 40, "Head of Department", f=SER_I, pt=10)
    return [photocopy(sh, dpi=150, tone=(244, 244, 242), contrast=1.2)], {}


def words_en(d):
    return f"{d.day} {_b9.MONTHS['en'][d.month - 1]} {d.year}"


_reg(
    "be9ter-coi-landenfiche-browserprint-medicijntabel-55",
    "country-of-origin-info",
    "en",
    coi_factsheet,
    "country fact sheet printed from a browser, medicines table",
)
_reg(
    "be9ter-coi-brief-ziekenhuis-herkomstland-gefaxt-55",
    "country-of-origin-info",
    "en",
    coi_local_doctor,
    "faxed letter of the reference hospital in the country of origin",
)


# --------------------------------------------------------------------------- asylum proof


def ay_annex26(c: Case, rng: random.Random):
    """'ANNEXE 26' in French as the commune hands it out: a folded A4 card with the royal arms and 'ROYAUME DE
    BELGIQUE – SPF Intérieur – Office des Étrangers' at the top, the photo glued at the RIGHT with the commune's
    dry seal half over it, the holder's particulars on dotted lines at the LEFT, the attestation sentence, and on the
    lower half a grid of extension boxes, the first two filled with a violet commune stamp and a handwritten
    'prorogé jusqu'au'; the fold across the middle shows as a soft grey line."""
    a = c.asylum or {}
    lodged = a.get("lodged") or SUB - datetime.timedelta(days=200)
    sh = Sheet(210, 297)
    tx(sh, 18, 14, "ROYAUME DE BELGIQUE – SPF Intérieur", f=FSN, pt=9, c=G1)
    tx(sh, 18, 19, "Office des Étrangers", f=FSN_B, pt=11)
    tx(sh, 18, 30, "ANNEXE 26", f=FSN_B, pt=20)
    tx(sh, 18, 40, "Attestation d'introduction d'une demande de protection internationale", f=FSN, pt=10)
    sh.photo(150, 14, 34, 44, rng)
    stamp(sh, 160, 40, ["COMMUNE", "SCEAU"], rng, c=(170, 170, 170), mm=22)
    rows = [
        ("Nom", c.p.surname.upper()),
        ("Prénom(s)", c.p.given_names),
        ("Né(e) le", _b9.fdate(c.p.birth_date, "dots")),
        ("à", c.p.birth_place),
        ("Nationalité", nat(c.p.nationality, "fr")),
        ("N° SP", c.ov or ""),
    ]
    y = 52.0
    for lab, val in rows:
        tx(sh, 18, y, lab, f=FSN, pt=10)
        rule(sh, 50, y + 4.8, 140, y + 4.8, lw=0.2, c=G2, dash=0.6)
        tx(sh, 52, y, val, f=FSN_B, pt=10.5)
        y += 8
    para(
        sh,
        18,
        y + 4,
        174,
        f"L'intéressé(e) a introduit le {_b9.fdate(lodged, 'dots')} une demande de protection "
        f"internationale. Le présent document n'est pas un titre d'identité ni une preuve de nationalité. Il est "
        f"valable jusqu'à la date de la dernière prorogation.",
        f=FSN,
        pt=10,
        lead=1.4,
    )
    rule(sh, 10, 148.5, 200, 148.5, lw=0.6, c=(205, 205, 205))
    tx(sh, 18, 156, "Prorogations", f=FSN_B, pt=10.5)
    ext = lodged
    for k in range(6):
        x, yy = 18 + (k % 3) * 60, 164 + (k // 3) * 46
        frame(sh, x, yy, 56, 42, lw=0.3)
        if ext < SUB and k < 4:
            ext = ext + datetime.timedelta(days=122)
            stamp(sh, x + 6, yy + 4, ["ADMINISTRATION COMMUNALE", "ÉTRANGERS"], rng, c=S_VIOLET, mm=22)
            hand(
                sh,
                x + 3,
                yy + 28,
                f"prorogé jusqu'au {_b9.fdate(ext, 'slashes')}",
                rng,
                f=HW1,
                pt=9,
                c=BLUE_PEN,
            )
    return [sh], {}


def ay_cgvs_letter(c: Case, rng: random.Random):
    """A CGVS invitation to the personal interview, in Dutch, as proof that the asylum application is still
    pending: the CGVS name and the Belgian federal logo bar at the top LEFT, the applicant's name, CGVS and DVZ
    reference numbers in a grey block at the RIGHT, 'Uitnodiging voor een persoonlijk onderhoud' in bold, the date,
    hour and room, the interpreter's language, what to bring; no signature ('Deze brief is automatisch
    aangemaakt'); a staple's two holes at the top LEFT corner."""
    a = c.asylum or {}
    lodged = a.get("lodged") or SUB - datetime.timedelta(days=200)
    inv = SUB + datetime.timedelta(days=rng.randint(10, 45))
    sh = Sheet(210, 297)
    frame(sh, 18, 12, 3, 14, lw=0, fill=(0, 0, 0))
    frame(sh, 21, 12, 3, 14, lw=0, fill=(250, 210, 0))
    frame(sh, 24, 12, 3, 14, lw=0, fill=(220, 30, 40))
    tx(sh, 30, 12, "Commissariaat-generaal voor de", f=NIM_B, pt=10)
    tx(sh, 30, 17, "Vluchtelingen en de Staatlozen", f=NIM_B, pt=10)
    tx(sh, 30, 22.5, "Ernest Blerotstraat 39 – 1070 Brussel", f=NIM, pt=8, c=G1)
    frame(sh, 120, 36, 72, 30, lw=0, fill=(236, 236, 238))
    for k, (lab, val) in enumerate(
        [
            ("Naam", f"{c.p.surname.upper()} {c.p.given_names}"),
            ("CGVS-nr.", f"{lodged.year % 100}/{num(rng, 5)}"),
            ("DVZ-nr.", c.ov or ""),
            ("Datum", _b9.fdate(SUB - datetime.timedelta(days=rng.randint(10, 40)), "dots")),
        ]
    ):
        tx(sh, 123, 38 + k * 6.5, lab, f=NIM, pt=8, c=G1)
        tx(sh, 145, 38 + k * 6.5, val, f=NIM_B, pt=shrink(val, 45, NIM_B, 9))
    tx(sh, 18, 80, "Uitnodiging voor een persoonlijk onderhoud", f=NIM_B, pt=13)
    y = para(
        sh,
        18,
        90,
        174,
        f"U hebt op {_b9.fdate(lodged, 'dots')} een verzoek om internationale bescherming "
        f"ingediend. Uw verzoek wordt behandeld door het Commissariaat-generaal. U wordt uitgenodigd voor een "
        f"persoonlijk onderhoud op {_b9.fdate(inv, 'dots')} om {rng.choice(['9.00', '9.30', '13.30'])} uur, "
        f"lokaal {rng.randint(100, 520)}.",
        f=NIM,
        pt=10.5,
        lead=1.45,
    )
    y = para(
        sh,
        18,
        y + 4,
        174,
        "Een tolk zal aanwezig zijn. Breng deze uitnodiging, uw bijlage 26 en alle "
        "documenten mee die uw verklaringen kunnen staven. Verwittig ons tijdig als u verhinderd bent.",
        f=NIM,
        pt=10.5,
        lead=1.45,
    )
    tx(sh, 18, y + 10, "Deze brief is automatisch aangemaakt en niet ondertekend.", f=NIM_I, pt=9, c=G1)
    for xx in (10, 16):
        sh.rect(xx, 8, 1.6, 1.6, width_mm=0, fill=(90, 90, 90))
    return [sh], {}


_reg(
    "be9ter-asylum-annexe26-fr-gevouwen-verlengingsvakken-55",
    "asylum-proof",
    "fr",
    ay_annex26,
    "annexe 26 with the photo at the right and extension boxes",
)
_reg(
    "be9ter-asylum-cgvs-uitnodiging-onderhoud-nl-55",
    "asylum-proof",
    "nl",
    ay_cgvs_letter,
    "CGVS invitation to the personal interview, Dutch",
)


# --------------------------------------------------------------------------- registered-mail receipts


def rm_slip_photo(c: Case, rng: random.Random):
    """bpost's small bilingual slip 'BEWIJS VAN AFGIFTE VAN EEN AANGETEKENDE ZENDING / PREUVE DE DÉPÔT D'UN ENVOI
    RECOMMANDÉ' (A6, landscape), the addressee and sender boxes filled in by hand in capitals, the item's barcode
    sticker stuck across the top RIGHT, the post office's round date stamp struck half over the sender box; the slip
    is photographed with a phone lying on a desk."""
    sh = Sheet(148, 105, paper="cream")
    frame(sh, 3, 3, 142, 99, lw=0.4, c=(190, 40, 40))
    tx(sh, 6, 5.5, "bpost", f=NIM_B, pt=12, c=(190, 40, 40))
    tx(sh, 6, 11.5, "BEWIJS VAN AFGIFTE VAN EEN AANGETEKENDE ZENDING", f=NIM_B, pt=6.8)
    tx(sh, 6, 15, "PREUVE DE DÉPÔT D'UN ENVOI RECOMMANDÉ", f=NIM_B, pt=6.8)
    frame(sh, 84, 5, 58, 22, lw=0.2, c=G2, fill=(255, 255, 255))
    for k in range(44):
        if crc(c.rm_track, k) % 3:
            sh.rect(87 + k * 1.2, 7, 0.6 + 0.25 * (k % 2), 11, width_mm=0, fill=(0, 0, 0))
    tx(sh, 113, 20, _b9.track_spaced(c.rm_track), f=DJM, pt=7, a="center")
    ink = BLUE_PEN if rng.random() < 0.6 else BLACK_PEN
    for j, (lab, lines) in enumerate(
        [("Bestemmeling / Destinataire", c.rm_to), ("Afzender / Expéditeur", _b9._sender_lines(c))]
    ):
        y = 30 + j * 34
        frame(sh, 6, y, 136, 31, lw=0.3, c=(190, 40, 40))
        tx(sh, 8, y + 1, lab, f=NIM, pt=6.5, c=(150, 30, 30))
        for k, t in enumerate(lines):
            hand(sh, 10, y + 6 + k * 7.5, t.upper(), rng, f=CAPS, pt=10.5, c=ink)
    stamp(
        sh,
        96,
        58,
        [_b9._post_office(c).upper(), _b9.fdate(c.rm_date, "dots"), "BPOST"],
        rng,
        c=(40, 40, 44),
        mm=30,
        angle=rng.uniform(-20, 20),
    )
    return [sh], {}


def rm_deposit_list(c: Case, rng: random.Random):
    """The law office's 'LIJST VAN AFGIFTE – AANGETEKENDE ZENDINGEN' (A4) filled in on the computer before the post
    office run: the office's name at the top LEFT, the date, a numbered table (item number, addressee with full
    address, postal code, type) listing the day's registered letters, one of them this application; the post
    office's round stamp and the clerk's initials in the box 'Voor ontvangst' at the foot."""
    A = c.lawyer or {}
    sender = _b9._sender_lines(c)
    sh = Sheet(210, 297)
    tx(sh, 18, 14, sender[0], f=CAR_B, pt=12)
    tx(sh, 18, 20, ", ".join(sender[1:]), f=CAR, pt=9, c=G1)
    tx(sh, 18, 34, "LIJST VAN AFGIFTE – AANGETEKENDE ZENDINGEN", f=CAR_B, pt=13)
    tx(sh, 18, 40, "LISTE DE DÉPÔT – ENVOIS RECOMMANDÉS", f=CAR, pt=10, c=G1)
    tx(sh, 192, 34, f"Datum: {_b9.fdate(c.rm_date, 'dots')}", f=CAR, pt=10.5, a="right")
    others = [
        ["Vredegerecht van het kanton Gent 1", "Opgeëistenstraat 401", "9000 Gent"],
        ["Mr. P. Van Hove, advocaat", "Kouter 12", "9000 Gent"],
        ["Sociaal Verhuurkantoor Schelde", "Vlasmarkt 3", "2000 Antwerpen"],
        ["Rechtbank van eerste aanleg – griffie", "Quatre-Brasstraat 13", "1000 Brussel"],
        ["Mutualité Solidaris", "Rue Saint-Jean 32", "1000 Bruxelles"],
    ]
    rows = rng.sample(others, rng.randint(2, 4))
    pos = rng.randint(0, len(rows))
    rows.insert(pos, list(c.rm_to))
    cols = [("Nr.", 10), ("Zendingsnummer", 48), ("Bestemmeling – naam en adres", 100), ("Soort", 16)]
    y = 50.0
    x = 18.0
    for h, w in cols:
        frame(sh, x, y, w, 8, lw=0.3, fill=(230, 230, 232))
        tx(sh, x + 1.5, y + 2, h, f=CAR_B, pt=9)
        x += w
    y += 8
    for k, r in enumerate(rows, 1):
        trk = c.rm_track if r == list(c.rm_to) else _b9.s10_tracking(random.Random(crc(c.rm_track, k)))
        x = 18.0
        vals = [
            str(k),
            _b9.track_spaced(trk),
            "\n".join(r),
            "AR" if r == list(c.rm_to) and rng.random() < 0.5 else "AT",
        ]
        for (h, w), v in zip(cols, vals):
            frame(sh, x, y, w, 17, lw=0.3)
            para(
                sh,
                x + 1.5,
                y + 1.5,
                w - 3,
                v,
                f=CAR if h != "Zendingsnummer" else DJM,
                pt=9.5 if h != "Zendingsnummer" else 8.5,
                lead=1.25,
            )
            x += w
        y += 17
    tx(sh, 18, y + 4, "AT = aangetekend  ·  AR = aangetekend met ontvangstbewijs", f=CAR_I, pt=8, c=G2)
    frame(sh, 112, y + 14, 80, 40, lw=0.4)
    tx(sh, 114, y + 15.5, "Voor ontvangst – bpost", f=CAR, pt=8.5, c=G1)
    stamp(
        sh,
        126,
        y + 20,
        [_b9._post_office(c).upper(), _b9.fdate(c.rm_date, "dots"), "BPOST"],
        rng,
        c=(40, 40, 44),
        mm=28,
        angle=rng.uniform(-15, 15),
    )
    sign(sh, 160, y + 36, rng, w=24, h=9, c=BLACK_PEN, style="initials")
    if A:
        tx(sh, 18, 282, A.get("mail", ""), f=CAR, pt=7.5, c=G2)
    return [sh], {}


_reg(
    "be9ter-rm-bpost-strookje-handgeschreven-photo-bureau-55",
    "registered-mail-receipt",
    "nl",
    rm_slip_photo,
    "bpost's A6 proof-of-deposit slip filled in by hand, photographed",
)
_reg(
    "be9ter-rm-afgiftelijst-kantoor-tabel-poststempel-55",
    "registered-mail-receipt",
    "nl",
    rm_deposit_list,
    "the law office's deposit list of registered letters stamped by the post office",
)


# --------------------------------------------------------------------------- other papers


def other_declaration(c: Case, rng: random.Random):
    """A declaration on honour written BY HAND by the applicant on squared school paper (Dutch 'Verklaring op eer' or
    French 'Déclaration sur l'honneur' by the application's language): the title underlined, the applicant's name,
    birth date and place and nationality as he or she states them, that no identity document can be produced and
    why, place, date and signature at the RIGHT; the sheet torn from a spiral pad (the holes along the LEFT edge)."""
    lang = "fr" if c.lang == "fr" else "nl"
    p = c.p
    sh = Sheet(210, 297)
    for k in range(0, 60):
        rule(sh, 0, 10 + k * 5, 210, 10 + k * 5, lw=0.12, c=(176, 200, 224))
    for k in range(0, 42):
        rule(sh, 10 + k * 5, 0, 10 + k * 5, 297, lw=0.12, c=(176, 200, 224))
    for k in range(22):
        sh.rect(3, 12 + k * 12.5, 3, 5, width_mm=0, fill=(255, 255, 255))
        sh.rect(3, 12 + k * 12.5, 3, 5, width_mm=0.2, color=G3)
    ink = BLUE_PEN
    title = "Verklaring op eer" if lang == "nl" else "Déclaration sur l'honneur"
    w = hand(sh, 70, 22, title, rng, f=HW3, pt=16, c=ink)
    rule(sh, 70, 31, 70 + w * 0.95, 31, lw=0.4, c=ink)
    if lang == "nl":
        body = (
            f"Ik, ondergetekende {p.given_names} {p.surname.upper()}, geboren op "
            f"{_b9.fdate(p.birth_date, 'slashes')} in {p.birth_place} ({land(c.birth_cc(), 'nl')}), van "
            f"{nat(p.nationality, 'nl')} nationaliteit, verklaar op eer dat ik geen paspoort of identiteitskaart "
            f"heb. Mijn papieren zijn verloren gegaan toen ik mijn land verliet en de ambassade kan mij geen nieuw "
            f"paspoort geven zonder dat ik terugga. Alles wat ik hier schrijf is waar."
        )
        place_ = f"{c.addr.city}, {_b9.fdate(c.app_date, 'slashes')}"
    else:
        body = (
            f"Je soussigné{'e' if c.fem else ''} {p.given_names} {p.surname.upper()}, né{'e' if c.fem else ''} "
            f"le {_b9.fdate(p.birth_date, 'slashes')} à {p.birth_place} ({land(c.birth_cc(), 'fr')}), de "
            f"nationalité {nat(p.nationality, 'fr')}, déclare sur l'honneur que je ne possède ni passeport ni "
            f"carte d'identité. Mes documents ont été perdus lors de mon départ et mon ambassade ne peut pas me "
            f"délivrer de passeport sans que je retourne au pays. Tout ce que j'écris ici est vrai."
        )
        place_ = f"Fait à {c.addr.city}, le {_b9.fdate(c.app_date, 'slashes')}"
    y = 42.0
    for ln in sh.wrap(glyphs(body), 170 * 0.78, font=HW2, size_pt=12.5):
        hand(sh, 18, y, ln, rng, f=HW2, pt=12.5, c=ink)
        y += 10
    hand(sh, 110, y + 10, place_, rng, f=HW2, pt=12, c=ink)
    sign(sh, 120, y + 22, rng, w=46, h=15, c=ink)
    return [sh], {}


def glyphs(s):
    from .fiftyfifth_identity import glyphs_ok

    return glyphs_ok(s, HW2)


def other_ocmw(c: Case, rng: random.Random):
    """An OCMW/CPAS attestation that the applicant receives urgent medical aid ('dringende medische hulp' / 'aide
    médicale urgente'), by the application's language: the public centre's name and logo bar at the top, the
    'ATTEST' title, one paragraph with the applicant's name and the period covered, the social worker's and the
    secretary's signatures side by side at the foot with the centre's round stamp between them."""
    lang = "fr" if c.lang == "fr" else "nl"
    city = c.addr.city
    sh = Sheet(210, 297)
    frame(sh, 0, 0, 210, 8, lw=0, fill=(0, 110, 90))
    tx(sh, 18, 14, ("OCMW " if lang == "nl" else "CPAS de ") + city, f=GOT_B, pt=14, c=(0, 110, 90))
    tx(
        sh,
        18,
        21,
        "Sociale dienst – medische kaart" if lang == "nl" else "Service social – carte médicale",
        f=GOT,
        pt=9.5,
        c=G1,
    )
    tx(sh, 105, 46, "ATTEST" if lang == "nl" else "ATTESTATION", f=GOT_B, pt=15, a="center")
    start = SUB - datetime.timedelta(days=rng.randint(30, 200))
    if lang == "nl":
        t = (
            f"Het OCMW van {city} verklaart dat {who(c)}, geboren op {_b9.fdate(c.p.birth_date, 'dots')}, "
            f"verblijvende {home(c, 'nl')}, sinds {_b9.fdate(start, 'dots')} dringende medische hulp ontvangt. De "
            f"medische kaart is geldig voor drie maanden en wordt verlengd zolang de toestand ongewijzigd blijft."
        )
    else:
        t = (
            f"Le CPAS de {city} atteste que {who(c)}, né(e) le {_b9.fdate(c.p.birth_date, 'dots')}, résidant "
            f"{home(c, 'fr')}, bénéficie de l'aide médicale urgente depuis le {_b9.fdate(start, 'dots')}. La carte "
            f"médicale est valable trois mois et renouvelée tant que la situation reste inchangée."
        )
    y = para(sh, 22, 60, 166, t, f=GOT, pt=11, lead=1.55)
    tx(
        sh,
        22,
        y + 8,
        f"{city}, {_b9.fdate(SUB - datetime.timedelta(days=rng.randint(5, 40)), 'dots')}",
        f=GOT,
        pt=10.5,
    )
    for k, lab in enumerate(
        [
            "De maatschappelijk werker" if lang == "nl" else "L'assistant(e) social(e)",
            "De algemeen directeur" if lang == "nl" else "Le directeur général",
        ]
    ):
        tx(sh, 22 + k * 100, y + 20, lab, f=GOT, pt=9.5, c=G1)
        sign(sh, 24 + k * 100, y + 26, rng, w=40, h=13, c=BLUE_PEN)
    stamp(
        sh,
        86,
        y + 26,
        [("OCMW " if lang == "nl" else "CPAS ") + city.upper(), "★"],
        rng,
        c=(0, 110, 90),
        mm=26,
    )
    return [sh], {}


_reg(
    "be9ter-other-declaration-op-eer-geruit-spiraalblok-55",
    "other",
    "nl",
    other_declaration,
    "declaration on honour written by hand on squared paper",
)
_reg(
    "be9ter-other-ocmw-attest-dringende-medische-hulp-55",
    "other",
    "nl",
    other_ocmw,
    "public welfare centre's attestation of urgent medical aid",
)
