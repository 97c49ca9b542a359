"""9ter families of the `fiftyfourth` part (registered in be9ter.BFAMILIES).

Written by a writer who saw neither the validator nor its output, from the seeds (003, 004), rules.md and how such
papers look in Belgian files.  Every family (layout, wording, faces, signature placement and copy habit) is this
part's own and is described in its function's docstring only (the part is read blind).  The applications' sentences
are written here (the `phr_*` builders); the facts of a case come from the case that be9ter's generic plan draws.

Importing this module tells be9ter which origins this part's 9ter applicants come from (Ecuador, Cuba and Sudan, and
Türkiye-born nationals of them for the Turkish birth record) and adds this part's extra clean dossiers, each under
the part's own key; nothing another part reads is changed.
"""

from __future__ import annotations

import datetime
import random

from . import be9ter as _b9
from .be9ter import ILLNESSES, SPECIALTY, Case
from .fiftyfourth_identity import (
    BIC_BLACK,
    BIC_BLUE,
    BOOK,
    BOOK_B,
    CARL,
    CARL_B,
    CPR,
    DCON,
    DCON_B,
    DMONO,
    DSAN,
    DSAN_B,
    GRY1,
    GRY2,
    GRY3,
    HAND_A,
    HAND_C,
    LNAR,
    LNAR_B,
    LSAN,
    LSAN_B,
    NMONO,
    NMONO_B,
    NROM,
    NROM_B,
    NROM_I,
    NSAN,
    NSAN_B,
    NSAN_I,
    PAL,
    PAL_B,
    PAL_I,
    STAMP_BLUE,
    STAMP_RED,
    STAMP_VIOLET,
    WHITE,
    boxed,
    card_onto,
    copier,
    crc,
    digits,
    fit,
    flow,
    line,
    marker,
    pen,
    punch_holes,
    put,
    rubber,
    scrawl,
    span_w,
)
from .paper import Sheet

PART = "fiftyfourth"
SUB = datetime.date(2026, 12, 1)

# this part's 9ter applicants (new key only)
_b9.PART_ORIGINS.setdefault(PART, ["ECU", "CUB", "SDN"])
# clean dossiers only this part has (new key only): identity pieces with a marriage act, an identity certificate
# with a child, the Ecuadorian identity card with a spouse, identity pieces with a child, an identity certificate
# with a marriage act, identity pieces alone and an identity certificate alone (the names' seeds pick both
# countries' pieces and acts)
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
    ],
)

BC = _b9.COUNTRIES
TEAL = (0, 92, 100)
PLUM = (96, 40, 86)


def _reg(fid, type_, lang, make, note):
    _b9._reg(fid, type_, PART, lang, make, note)


def L(lang):
    return lang if lang in ("nl", "fr", "de", "en") else "nl"


def dt(c: Case, d, lang):
    return _b9.fdate(d, c.date_style, L(lang))


def nm(c: Case):
    return _b9.name_in(c.p, c.name_style)


def land(code, lang):
    return _b9.cname(code, L(lang)) if code in BC else code


def natl(code, lang):
    e = BC.get(code) or {}
    return e.get(f"adj_{L(lang)}") or _b9._people.nationality_adj(code, L(lang))


def sick(c: Case, lang):
    d = ILLNESSES[c.illness]
    return d.get(L(lang)) or d.get("en") or d.get("nl")


def annex(c: Case, key, lang):
    n = c.annex_no(key)
    if n is None:
        return ""
    return {"nl": f" (stuk {n})", "fr": f" (pièce {n})", "de": f" (Anlage {n})", "en": f" (exhibit {n})"}[
        lang
    ]


def residence(c: Case, lang):
    return _b9.addr_str(c.addr, L(lang), c.addr_style)


def counsel(c: Case):
    A = c.lawyer or {}
    return f"{A.get('first', '')} {A.get('last', '')}".strip()


def counsel_addr(c: Case):
    A = c.lawyer or {}
    return f"{A.get('street', '')}, {A.get('pc', '')} {A.get('city', '')}"


def he(c: Case, lang):
    return {"nl": ("zij", "hij"), "fr": ("elle", "il"), "de": ("sie", "er"), "en": ("she", "he")}[lang][
        0 if c.fem else 1
    ]


def vz(c: Case, lang, cap=False):
    """The applicant, by gender, in the application's language."""
    w = {
        "nl": ("verzoekster", "verzoeker"),
        "fr": ("la requérante", "le requérant"),
        "en": ("the applicant", "the applicant"),
        "de": ("die Antragstellerin", "der Antragsteller"),
    }[lang]
    w = w[0] if c.fem else w[1]
    return w[0].upper() + w[1:] if cap else w


def his(c: Case, lang):
    return {"nl": ("haar", "zijn"), "en": ("her", "his"), "fr": ("sa", "sa"), "de": ("ihr", "sein")}[lang][
        0 if c.fem else 1
    ]


def sick_name(c: Case, lang):
    """The illness's name as it runs in a sentence ('lijdt aan …', 'souffre d'une …', 'suffers from …')."""
    n = _b9.lcfirst(sick(c, lang)["name"])
    if lang == "fr":
        art = ILLNESSES[c.illness].get("fr_art", "")
        return f"d'{art}{n}" if art else (f"d'{n}" if n[:1].lower() in "aeiouéèh" else f"de {n}")
    return n


def id_no(c: Case, lang):
    if c.nrn:
        return {
            "nl": f"rijksregisternummer {c.nrn}",
            "fr": f"numéro de registre national {c.nrn}",
            "de": f"Nationalregisternummer {c.nrn}",
            "en": f"national register number {c.nrn}",
        }[lang]
    return {
        "nl": f"dossiernummer DVZ {c.ov}",
        "fr": f"numéro de dossier OE (sûreté publique) {c.ov}",
        "de": f"Aktenzeichen des Ausländeramts {c.ov}",
        "en": f"Immigration Office file number {c.ov}",
    }[lang]


# --------------------------------------------------------------------------- the application's sentences


def phr_person(c: Case, lang):
    p = c.p
    nobp, nonat = "no_birthplace" in c.flags, "no_nationality" in c.flags
    bd = dt(c, p.birth_date, lang)
    bp = f"{p.birth_place}, {land(c.birth_cc(), lang)}"
    f = c.fem
    if lang == "nl":
        s = f"Verzoeker{'ster' if f else ''} heet {nm(c)} en is geboren op {bd}"
        s += "" if nobp else f" in {bp}"
        s += "." if nonat else f"; {he(c, 'nl')} heeft de {natl(p.nationality, 'nl')} nationaliteit."
        return s + f" {he(c, 'nl').capitalize()} is gekend onder {id_no(c, 'nl')}."
    if lang == "fr":
        s = f"{'La requérante' if f else 'Le requérant'}, {nm(c)}, est né{'e' if f else ''} le {bd}"
        s += "" if nobp else f" à {bp}"
        s += "." if nonat else f" ; {he(c, 'fr')} est de nationalité {natl(p.nationality, 'fr')}."
        return s + f" {he(c, 'fr').capitalize()} est connu{'e' if f else ''} sous le {id_no(c, 'fr')}."
    s = f"The applicant, {nm(c)}, was born on {bd}"
    s += "" if nobp else f" in {bp}"
    s += "." if nonat else f" and holds {natl(p.nationality, 'en')} nationality."
    return s + f" {he(c, 'en').capitalize()} is known under {id_no(c, 'en')}."


def phr_home(c: Case, lang):
    if "no_address" in c.flags:
        return {
            "nl": f"{vz(c, 'nl', True)} verblijft sinds geruime tijd in België en wordt hier medisch "
            f"opgevolgd.",
            "fr": f"{vz(c, 'fr', True)} séjourne en Belgique depuis longtemps et y est "
            f"suivi{'e' if c.fem else ''} médicalement.",
            "en": "The applicant has been staying in Belgium for a long time and is followed medically here.",
        }[lang]
    a = residence(c, lang)
    return {
        "nl": f"Het adres van de effectieve verblijfplaats in België is: {a}.",
        "fr": f"L'adresse de la résidence effective en Belgique est : {a}.",
        "en": f"The address of the applicant's effective residence in Belgium is: {a}.",
    }[lang]


def phr_domicile(c: Case, lang):
    if "no_domicile" in c.flags or c.domicile == "none":
        return None
    if c.domicile == "lawyer" and c.lawyer:
        w = f"{counsel(c)}, {counsel_addr(c)}"
        return {
            "nl": f"Voor alle mededelingen in het kader van deze aanvraag kiest {vz(c, 'nl')} woonplaats op "
            f"het kantoor van {his(c, 'nl')} raadsman, {w}.",
            "fr": f"Pour toute communication relative à la présente demande, {vz(c, 'fr')} fait élection de "
            f"domicile au cabinet de son conseil, {w}.",
            "en": f"For all communications concerning this application the applicant elects domicile at the "
            f"office of counsel, {w}.",
        }[lang]
    if c.domicile == "other" and c.other_domicile:
        return {
            "nl": f"{vz(c, 'nl', True)} kiest woonplaats bij {c.other_domicile}.",
            "fr": f"{vz(c, 'fr', True)} fait élection de domicile auprès de {c.other_domicile}.",
            "en": f"The applicant elects domicile at {c.other_domicile}.",
        }[lang]
    return {
        "nl": f"{vz(c, 'nl', True)} kiest woonplaats op het adres van {his(c, 'nl')} effectieve verblijfplaats.",
        "fr": f"{vz(c, 'fr', True)} fait élection de domicile à l'adresse de sa résidence effective.",
        "en": "The applicant elects domicile at the address of the effective residence.",
    }[lang]


def _pieces(c: Case, lang):
    items = [f"{d[0].lower() + d[1:]}{annex(c, k, lang)}" for k, d in c.annexes if k.startswith("id")]
    j = {"nl": " en ", "fr": " et ", "en": " and "}[lang]
    if not items:
        return ""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + j + items[-1]


def phr_identity(c: Case, lang):
    k = c.id_kind
    if k == "none":
        return {
            "nl": f"{vz(c, 'nl', True)} heeft een nieuw paspoort aangevraagd bij de ambassade; een kopie "
            f"wordt u overgemaakt zodra het werd uitgereikt.",
            "fr": f"{vz(c, 'fr', True)} a sollicité un nouveau passeport auprès de son ambassade ; une copie "
            f"vous sera transmise dès sa délivrance.",
            "en": "The applicant has applied to the embassy for a new passport; a copy will be forwarded as "
            "soon as it is issued.",
        }[lang]
    if k in ("asylum", "asylum-noproof"):
        s = {
            "nl": f"{vz(c, 'nl', True)} is vrijgesteld van het bewijs van {his(c, 'nl')} identiteit: over "
            f"{his(c, 'nl')} verzoek om internationale bescherming werd nog geen definitieve beslissing "
            f"genomen",
            "fr": f"{vz(c, 'fr', True)} est dispensé{'e' if c.fem else ''} de la preuve de son identité : sa "
            f"demande de protection internationale n'a pas encore fait l'objet d'une décision définitive",
            "en": "The applicant is exempt from proving identity: no final decision has yet been taken on the "
            "application for international protection",
        }[lang]
        return s + (annex(c, "asylum", lang) if c.annex_no("asylum") else "") + "."
    if k == "declaration":
        return {
            "nl": f"{vz(c, 'nl', True)} beschikt over geen enkel identiteitsdocument en legt een verklaring "
            f"op eer voor{annex(c, 'id', 'nl')}.",
            "fr": f"{vz(c, 'fr', True)} ne dispose d'aucun document d'identité et produit une déclaration sur "
            f"l'honneur{annex(c, 'id', 'fr')}.",
            "en": f"The applicant has no identity document and produces a declaration on "
            f"honour{annex(c, 'id', 'en')}.",
        }[lang]
    return {
        "nl": f"{vz(c, 'nl', True)} bewijst {his(c, 'nl')} identiteit met {_pieces(c, 'nl')}.",
        "fr": f"{vz(c, 'fr', True)} établit son identité par {_pieces(c, 'fr')}.",
        "en": f"The applicant proves {his(c, 'en')} identity by {_pieces(c, 'en')}.",
    }[lang]


def phr_medical(c: Case, lang):
    d, cd, r = c.doctor.name(), dt(c, c.cert_date, lang), annex(c, "medcert", lang)
    ms = annex(c, "medstat", lang)
    if "medcert_absent" in c.flags:
        return {
            "nl": f"{vz(c, 'nl', True)} lijdt aan {sick_name(c, 'nl')}, zoals blijkt uit het medisch verslag van "
            f"{d}{ms}. Zonder behandeling bestaat een reëel risico voor {his(c, 'nl')} leven of fysieke integriteit.",
            "fr": f"{vz(c, 'fr', True)} souffre {sick_name(c, 'fr')}, comme en atteste le rapport médical de {d}{ms}. "
            f"Sans traitement, il existe un risque réel pour sa vie ou son intégrité physique.",
            "en": f"The applicant suffers from {sick_name(c, 'en')}, as the medical report of {d}{ms} shows. Without "
            f"treatment there is a real risk to life or physical integrity.",
        }[lang]
    extra = ""
    if ms:
        extra = {
            "nl": f" Het verslag van de behandelende specialist{ms} bevestigt dit.",
            "fr": f" Le rapport du spécialiste traitant{ms} le confirme.",
            "en": f" The treating specialist's report{ms} confirms this.",
        }[lang]
    return {
        "nl": f"{vz(c, 'nl', True)} lijdt aan {sick_name(c, 'nl')}. Het standaard medisch getuigschrift van {d} van {cd}{r} "
        f"vermeldt de ziekte, haar graad van ernst en de noodzakelijk geachte behandeling. Zonder die "
        f"behandeling bestaat een reëel risico voor {his(c, 'nl')} leven of fysieke integriteit.{extra}",
        "fr": f"{vz(c, 'fr', True)} souffre {sick_name(c, 'fr')}. Le certificat médical type établi par {d} le {cd}{r} "
        f"mentionne la maladie, son degré de gravité et le traitement estimé nécessaire. Sans ce "
        f"traitement, il existe un risque réel pour sa vie ou son intégrité physique.{extra}",
        "en": f"The applicant suffers from {sick_name(c, 'en')}. The standard medical certificate of {d} dated {cd}{r} "
        f"states the illness, its degree of severity and the treatment considered necessary. Without "
        f"that treatment there is a real risk to life or physical integrity.{extra}",
    }[lang]


def phr_coi(c: Case, lang):
    if "no_coi" in c.flags or not c.coi_in_app:
        return None
    e = BC.get(c.origin(), {})
    ins = e.get(f"insurance_{lang}") or e.get("insurance_en", "")
    o, r = land(c.origin(), lang), annex(c, "coi", lang)
    drug = _b9.drug(c.illness, L(lang))
    return {
        "nl": f"De noodzakelijke behandeling ({drug}) is in {o} niet beschikbaar en in elk geval niet "
        f"toegankelijk voor {vz(c, 'nl')}{r}. {ins}",
        "fr": f"Le traitement nécessaire ({drug}) n'est pas disponible en {o} et, en tout état de cause, pas "
        f"accessible {'à la requérante' if c.fem else 'au requérant'}{r}. {ins}",
        "en": f"The necessary treatment ({drug}) is not available in {o} and in any event not accessible to "
        f"the applicant{r}. {ins}",
    }[lang]


def phr_family(c: Case, lang):
    if not c.family:
        return None
    rel = {
        "child": {"nl": "kind", "fr": "enfant", "en": "child"},
        "spouse": {"nl": "echtgeno(o)t(e)", "fr": "conjoint(e)", "en": "spouse"},
    }
    out = [
        f"{m.p.given_names} {m.p.surname}, {rel[m.rel][lang]}, "
        f"{ {'nl': 'geboren op', 'fr': 'né(e) le', 'en': 'born on'}[lang] } {dt(c, m.p.birth_date, lang)}"
        f"{annex(c, f'fam{i}', lang)}"
        for i, m in enumerate(c.family)
    ]
    lead = {
        "nl": "Deze aanvraag wordt eveneens ingediend voor de volgende gezinsleden: ",
        "fr": "La présente demande est également introduite pour les membres de la famille suivants : ",
        "en": "This application is also made for the following family members: ",
    }[lang]
    return lead + "; ".join(out) + "."


def phr_history(c: Case, lang):
    out = []
    if c.previous_9ter:
        d = dt(c, c.previous_9ter, lang)
        out.append(
            {
                "nl": f"{vz(c, 'nl', True)} diende op {d} een eerdere aanvraag 9ter in, waarover DVZ nog niet "
                f"besliste. {he(c, 'nl').capitalize()} doet daarvan uitdrukkelijk afstand: de huidige "
                f"aanvraag vervangt de vorige.",
                "fr": f"{vz(c, 'fr', True)} a introduit le {d} une précédente demande 9ter, toujours pendante. "
                f"{he(c, 'fr').capitalize()} s'en désiste expressément : la présente demande remplace la "
                f"précédente.",
                "en": f"On {d} the applicant lodged an earlier 9ter application which is still pending. "
                f"{he(c, 'en').capitalize()} expressly withdraws it: the present application replaces "
                f"it.",
            }[lang]
        )
    a = c.asylum
    if a and a.get("status") == "refused":
        d = dt(c, a["refused_on"], lang)
        out.append(
            {
                "nl": f"{his(c, 'nl').capitalize()} verzoek om internationale bescherming werd op {d} "
                f"definitief afgewezen.",
                "fr": f"Sa demande de protection internationale a été définitivement rejetée le {d}.",
                "en": f"The application for international protection was finally rejected on {d}.",
            }[lang]
        )
    return " ".join(out) or None


HEADS = {
    "nl": [
        "Persoonsgegevens",
        "Verblijfplaats en woonstkeuze",
        "Identiteit",
        "Gezinsleden",
        "Medische toestand",
        "Beschikbaarheid en toegankelijkheid van de zorg",
        "Voorgaande procedures",
    ],
    "fr": [
        "Identité civile",
        "Résidence effective et élection de domicile",
        "Preuve de l'identité",
        "Membres de la famille",
        "Situation médicale",
        "Disponibilité et accessibilité des soins",
        "Procédures antérieures",
    ],
    "en": [
        "Personal particulars",
        "Residence and chosen domicile",
        "Identity",
        "Family members",
        "Medical situation",
        "Availability and accessibility of care",
        "Earlier procedures",
    ],
}


def sections(c: Case, lang):
    """(tag, heading, paragraphs) in the order every application of this part tells them."""
    H = HEADS[lang]
    dom = phr_domicile(c, lang)
    h1 = H[1] if dom else H[1].split(" en ")[0].split(" et ")[0].split(" and ")[0]
    out = [
        ("personal", H[0], [phr_person(c, lang)]),
        ("residence", h1, [phr_home(c, lang)] + ([dom] if dom else [])),
        (None, H[2], [phr_identity(c, lang)]),
    ]
    fam = phr_family(c, lang)
    if fam:
        out.append((None, H[3], [fam]))
    out.append((None, H[4], [phr_medical(c, lang)]))
    coi = phr_coi(c, lang)
    if coi:
        out.append((None, H[5], [coi]))
    h = phr_history(c, lang)
    if h:
        out.append(("parallel", H[6], [h]))
    return out


# --------------------------------------------------------------------------- applications


class Column:
    """Text running down the pages of a letter; deco(sheet, page_no) draws each new page's furniture."""

    def __init__(self, font, pt, *, x=25.0, w=160.0, top=30.0, bottom=265.0, deco=None, lead=1.4):
        self.font, self.pt, self.x, self.w, self.top, self.bottom, self.deco, self.lead = (
            font,
            pt,
            x,
            w,
            top,
            bottom,
            deco,
            lead,
        )
        self.sheets: list[Sheet] = []
        self.turn()

    def turn(self):
        self.sh = Sheet(210, 297)
        self.sheets.append(self.sh)
        if self.deco:
            self.deco(self.sh, len(self.sheets))
        self.y = self.top

    def room(self, h):
        if self.y + h > self.bottom:
            self.turn()

    def text(self, s, *, f=None, pt=None, gap=2.6, al="justify", ind=0.0, c=(0, 0, 0)):
        f, pt = f or self.font, pt or self.pt
        step = pt * 0.3528 * self.lead
        lines = self.sh.wrap(s, self.w - ind, font=f, size_pt=pt)
        for i, ln in enumerate(lines):
            self.room(step)
            if al == "justify" and i < len(lines) - 1 and " " in ln.strip():
                words = ln.split()
                ws = [span_w(w_, f, pt) for w_ in words]
                g = (self.w - ind - sum(ws)) / max(1, len(words) - 1)
                xx = self.x + ind
                for w_, ww in zip(words, ws):
                    put(self.sh, xx, self.y, w_, f=f, pt=pt, c=c)
                    xx += ww + g
            else:
                put(self.sh, self.x + ind, self.y, ln, f=f, pt=pt, c=c)
            self.y += step
        self.y += gap

    @property
    def page(self):
        return len(self.sheets)


LETTER_A = {
    "nl": dict(
        reg="AANGETEKEND",
        ur="Uw kenmerk",
        our="Ons kenmerk",
        date="Datum",
        by="Behandeld door",
        re="Betreft",
        subj="aanvraag machtiging tot verblijf – artikel 9ter Vreemdelingenwet",
        sal="Geachte mevrouw, geachte heer,",
        intro="Ondergetekende, {who}, advocaat, handelend in naam en voor rekening van verzoeker, heeft de "
        "eer u hierbij een aanvraag tot machtiging tot verblijf op grond van artikel 9ter van de wet "
        "van 15 december 1980 over te maken.",
        ask="Om deze redenen verzoek ik u de aanvraag ontvankelijk en gegrond te verklaren en {vz} te "
        "machtigen tot een verblijf van meer dan drie maanden.",
        bye="Hoogachtend,",
        role="advocaat",
        inv="Inventaris van de stukken",
        no="Nr.",
        piece="Stuk",
        page="blad {i}/{n}",
        place="{city}, {date}",
    ),
    "en": dict(
        reg="REGISTERED MAIL",
        ur="Your ref.",
        our="Our ref.",
        date="Date",
        by="Handled by",
        re="Re",
        subj="application for leave to remain – Article 9ter of the Aliens Act",
        sal="Dear Sir or Madam,",
        intro="I, the undersigned {who}, lawyer, acting on behalf of the applicant, hereby submit an "
        "application for leave to remain on the basis of Article 9ter of the Law of 15 December 1980.",
        ask="For these reasons I ask you to declare the application admissible and well-founded and to grant "
        "the applicant leave to remain for more than three months.",
        bye="Yours faithfully,",
        role="lawyer",
        inv="List of exhibits",
        no="No.",
        piece="Exhibit",
        page="page {i}/{n}",
        place="{city}, {date}",
    ),
}


def _letter_a(c: Case, rng: random.Random, lang: str):
    """Lawyer's letter with a teal identity: the firm's name in spaced capitals at the top LEFT over a thin teal
    rule, the lawyer's contact lines in grey at the top RIGHT; 'AANGETEKEND' underlined over the DVZ address at
    the LEFT and a small reference table (your ref., our ref., date, handled by) at the RIGHT; 'Betreft' in bold;
    the case in numbered sections with teal bold headings; 'Hoogachtend,' then the signature at the RIGHT above
    the typed name and 'advocaat'; the exhibits as a ruled two-column table; bank and company numbers and 'blad
    n/N' in the footer of every page."""
    T_ = LETTER_A[lang]
    A = c.lawyer or {}
    tags: dict = {}
    firm = A.get("firm") or "Advocatenkantoor"
    iban = (
        f"BE{digits(random.Random(crc(firm)), 2)} {digits(random.Random(crc(firm, 1)), 4)} "
        f"{digits(random.Random(crc(firm, 2)), 4)} {digits(random.Random(crc(firm, 3)), 4)}"
    )

    def deco(sh, n):
        put(sh, 25, 13, firm.upper(), f=LSAN_B, pt=10, c=TEAL, ls=0.9)
        line(sh, 25, 19, 185, 19, lw=0.5, c=TEAL)
        if n == 1:
            for j, t in enumerate(
                [
                    counsel(c),
                    A.get("street", ""),
                    f"{A.get('pc', '')} {A.get('city', '')}",
                    A.get("tel", ""),
                    A.get("mail", ""),
                ]
            ):
                put(sh, 185, 22 + j * 3.8, t, f=LSAN, pt=7.5, c=GRY1, a="right")
        put(
            sh,
            105,
            286,
            f"{iban}  ·  KBO 0{digits(random.Random(crc(firm, 9)), 3)}.{digits(rng, 3)}.{digits(rng, 3)}",
            f=LSAN,
            pt=6.8,
            c=GRY2,
            a="center",
        )

    F = Column(NROM, 10.8, x=25, w=160, top=30, deco=deco)
    sh = F.sh
    put(sh, 25, 46, T_["reg"], f=LSAN_B, pt=10)
    line(sh, 25, 50.5, 25 + span_w(T_["reg"], LSAN_B, 10), 50.5, lw=0.3)
    for j, t in enumerate(_b9.DVZ_NL):
        put(sh, 25, 54 + j * 4.6, t, f=NROM, pt=10.5)
    ref = (
        f"{c.app_date.year}/{digits(rng, 4)}/{_b9._people.strip_accents(c.p.surname.split()[0])[:5].upper()}"
    )
    for j, (a, b) in enumerate(
        [(T_["ur"], "—"), (T_["our"], ref), (T_["date"], dt(c, c.app_date, lang)), (T_["by"], counsel(c))]
    ):
        put(sh, 122, 46 + j * 5.5, a, f=LSAN, pt=7.5, c=GRY1)
        put(sh, 148, 46 + j * 5.5, b, f=LSAN, pt=8.5)
    put(sh, 25, 84, f"{T_['re']}: {T_['subj']}", f=NROM_B, pt=10.8)
    put(sh, 25 + span_w(f"{T_['re']}: ", NROM_B, 10.8), 89, nm(c), f=NROM_B, pt=10.8)
    F.y = 100
    F.text(T_["sal"], al="left")
    F.text(T_["intro"].format(who=counsel(c)))
    for k, (tag, head, paras) in enumerate(sections(c, lang), 1):
        F.room(14)
        if tag:
            tags[tag] = F.page
        F.text(f"{k}. {head}", f=LSAN_B, pt=10.5, al="left", gap=1.2, c=TEAL)
        for s in paras:
            if tag:
                tags[tag] = F.page
            F.text(s)
    F.text(T_["ask"].format(vz=vz(c, lang)))
    F.room(40)
    F.text(T_["bye"], al="left", gap=1.0)
    tags["signature"] = F.page
    if "unsigned" not in c.flags:
        scrawl(F.sh, 128, F.y, rng, w=44, h=15, c=BIC_BLUE if rng.random() < 0.6 else BIC_BLACK)
    put(F.sh, 126, F.y + 17, counsel(c), f=NROM_B, pt=10.5)
    put(F.sh, 126, F.y + 22, T_["role"], f=NROM, pt=9.5, c=GRY1)
    F.y += 32
    F.room(24)
    F.text(T_["inv"], f=LSAN_B, pt=10.5, al="left", gap=2.0, c=TEAL)
    for i, (_k, d) in enumerate(c.annexes, 1):
        F.room(7)
        boxed(F.sh, 25, F.y - 1.3, 14, 6.4, lw=0.2, c=GRY2)
        boxed(F.sh, 39, F.y - 1.3, 146, 6.4, lw=0.2, c=GRY2)
        put(F.sh, 27, F.y, str(i), f=NROM, pt=9.5)
        put(F.sh, 41, F.y, d, f=NROM, pt=fit(d, 142, NROM, 9.5))
        F.y += 6.4
    n = len(F.sheets)
    for i, s in enumerate(F.sheets, 1):
        put(s, 185, 286, T_["page"].format(i=i, n=n), f=LSAN, pt=7.5, c=GRY1, a="right")
    return F.sheets, tags


def app_nl_letter(c: Case, rng: random.Random):
    """Dutch lawyer's letter with the teal identity (see _letter_a): numbered sections with teal headings, signature
    at the RIGHT under 'Hoogachtend,', exhibits in a ruled table, bank line and 'blad n/N' in every footer."""
    return _letter_a(c, rng, "nl")


def app_en_letter(c: Case, rng: random.Random):
    """The same teal letter written in English by counsel ('REGISTERED MAIL', 'Dear Sir or Madam', numbered
    sections, 'Yours faithfully,' and the signature at the RIGHT, 'List of exhibits')."""
    return _letter_a(c, rng, "en")


ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"]


def app_fr_letter(c: Case, rng: random.Random):
    """Walloon avocat's requête typed in Palatino: the cabinet's block in small capitals at the top LEFT with a
    thin vertical plum rule beside it, place and date at the RIGHT; 'RECOMMANDÉ' in a thin frame above the Office
    des Étrangers' address in the window position at the RIGHT; 'Concerne :' underlined; 'Monsieur le Directeur
    général,'; the sections under centred roman-numeral headings; the courtesy formula, then 'Pour le requérant,
    son conseil,' at the LEFT with the signature under it and the typed name; the 'Inventaire des pièces' as
    'Pièce n :' lines; '- n -' centred at the top of the following pages."""
    A = c.lawyer or {}
    tags: dict = {}

    def deco(sh, n):
        if n > 1:
            put(sh, 105, 12, f"- {n} -", f=PAL, pt=9, a="center", c=GRY1)
        put(
            sh,
            105,
            287,
            f"{counsel(c)} · avocat au barreau de {A.get('city', 'Bruxelles')} · {A.get('mail', '')}",
            f=PAL_I,
            pt=7,
            c=GRY2,
            a="center",
        )

    F = Column(PAL, 10.5, x=28, w=156, top=24, deco=deco, lead=1.42)
    sh = F.sh
    line(sh, 24, 12, 24, 36, lw=0.6, c=PLUM)
    for j, t in enumerate(
        [
            (A.get("firm") or "Cabinet d'avocats").upper(),
            counsel(c),
            A.get("street", ""),
            f"{A.get('pc', '')} {A.get('city', '')}",
            f"Tél. {A.get('tel', '')}",
        ]
    ):
        put(
            sh,
            28,
            12 + j * 4.6,
            t,
            f=PAL_B if j == 0 else PAL,
            pt=9 if j else 9.5,
            c=PLUM if j == 0 else GRY1,
        )
    put(sh, 184, 14, f"{A.get('city', 'Bruxelles')}, le {dt(c, c.app_date, 'fr')}", f=PAL, pt=10, a="right")
    boxed(sh, 108, 44, span_w("RECOMMANDÉ", PAL_B, 10) + 5, 7, lw=0.3)
    put(sh, 110.5, 45.3, "RECOMMANDÉ", f=PAL_B, pt=10)
    for j, t in enumerate(_b9.DVZ_FR):
        put(sh, 108, 55 + j * 4.8, t, f=PAL, pt=10.5)
    subj = f"Concerne : demande d'autorisation de séjour fondée sur l'article 9ter – {nm(c)}"
    put(sh, 28, 86, subj, f=PAL_B, pt=fit(subj, 156, PAL_B, 10.5))
    line(sh, 28, 91, 28 + min(156, span_w(subj, PAL_B, fit(subj, 156, PAL_B, 10.5))), 91, lw=0.3)
    put(sh, 28, 94, f"N/Réf. : {digits(rng, 3)}/{c.app_date.year}", f=PAL, pt=9, c=GRY1)
    F.y = 106
    F.text("Monsieur le Directeur général,", al="left", gap=3)
    F.text(
        f"Je soussigné{'e' if (A.get('sex') == 'F') else ''}, {counsel(c)}, avocat, agissant au nom et pour le "
        f"compte {'de la requérante' if c.fem else 'du requérant'}, ai l'honneur d'introduire par la présente "
        f"une demande d'autorisation de séjour sur pied de l'article 9ter de la loi du 15 décembre 1980."
    )
    for k, (tag, head, paras) in enumerate(sections(c, "fr")):
        F.room(16)
        F.y += 1.5
        if tag:
            tags[tag] = F.page
        put(F.sh, 105, F.y, f"{ROMAN[k]}. {head}", f=PAL_B, pt=10, a="center")
        F.y += 7
        for s in paras:
            if tag:
                tags[tag] = F.page
            F.text(s)
    F.text(
        "Par ces motifs, je vous prie de bien vouloir déclarer la présente demande recevable et fondée et "
        f"d'autoriser {vz(c, 'fr')} au séjour de plus de trois mois."
    )
    F.text(
        "Je vous prie d'agréer, Monsieur le Directeur général, l'expression de ma considération distinguée."
    )
    F.room(40)
    tags["signature"] = F.page
    put(
        F.sh,
        28,
        F.y + 2,
        f"Pour {'la requérante' if c.fem else 'le requérant'}, son conseil,",
        f=PAL_I,
        pt=10,
    )
    if "unsigned" not in c.flags:
        scrawl(F.sh, 30, F.y + 6, rng, w=46, h=15, c=BIC_BLUE)
    put(F.sh, 28, F.y + 24, counsel(c), f=PAL_B, pt=10.5)
    F.y += 36
    F.room(20)
    F.text("Inventaire des pièces", f=PAL_B, pt=10.5, al="left", gap=1.5)
    for i, (_k, d) in enumerate(c.annexes, 1):
        F.text(f"Pièce {i} : {d}", al="left", gap=0.4, ind=4)
    return F.sheets, tags


FORM_NL = dict(
    org="CAW Boom Mechelen Lier – Team Verblijfsrecht",
    title="AANVRAAG MACHTIGING TOT VERBLIJF OM MEDISCHE REDENEN",
    sub="artikel 9ter wet 15.12.1980 – ingevuld door de sociaal assistent samen met de aanvrager",
    s=[
        "1  De aanvrager",
        "2  Verblijf en woonstkeuze",
        "3  Bewijs van identiteit",
        "4  Gezinsleden in de aanvraag",
        "5  Medische gegevens",
        "6  Zorg in het land van herkomst",
        "7  Eerdere procedures",
        "8  Bijlagen",
        "9  Ondertekening",
    ],
)


def app_nl_form(c: Case, rng: random.Random):
    """Dutch intake form of a social-work service used as the application: the organisation's name at the top
    LEFT, the title in bold capitals, sections under BLACK bars with white numbered titles, each item a row with a
    pale grey label cell at the LEFT and the answer typed in Courier Prime at the RIGHT (long answers wrap in the
    cell), the chosen domicile as ticked squares; the last section has two signature boxes side by side (applicant
    at the LEFT, counsel at the RIGHT) with date and place above them; 'p. n/N' at the foot RIGHT."""
    p = c.p
    tags: dict = {}
    pages: list[Sheet] = []
    st = {"y": 0.0}

    def new():
        sh = Sheet(210, 297)
        pages.append(sh)
        put(sh, 18, 10, FORM_NL["org"], f=DCON, pt=8, c=GRY1)
        st["y"] = 18.0
        return sh

    sh = new()
    put(sh, 18, 18, FORM_NL["title"], f=DCON_B, pt=12.5)
    put(sh, 18, 24.5, FORM_NL["sub"], f=DCON, pt=8, c=GRY1)
    st["y"] = 32.0

    def bar(t):
        nonlocal sh
        if st["y"] > 252:
            sh = new()
        boxed(sh, 18, st["y"], 174, 6.5, lw=0, fill=(20, 20, 20))
        put(sh, 20, st["y"] + 1.3, t, f=DCON_B, pt=9.5, c=WHITE)
        st["y"] += 8.5

    def row(label, value, *, tag=None):
        nonlocal sh
        lines = sh.wrap(value or "", 112, font=CPR, size_pt=9.5) if value else [""]
        nlab = len(sh.wrap(label, 52, font=DCON, size_pt=8.2))
        h = max(7.5, 4.2 * len(lines) + 2.6, 3.6 * nlab + 3.0)
        if st["y"] + h > 270:
            sh = new()
        if tag:
            tags[tag] = len(pages)
        boxed(sh, 18, st["y"], 56, h, lw=0.2, c=GRY2, fill=(236, 236, 236))
        boxed(sh, 74, st["y"], 118, h, lw=0.2, c=GRY2)
        flow(sh, 20, st["y"] + 1.6, 52, label, f=DCON, pt=8.2, lead=1.2)
        for k, ln in enumerate(lines):
            put(sh, 76, st["y"] + 1.6 + k * 4.2, ln, f=CPR, pt=9.5)
        st["y"] += h

    nobp, nonat = "no_birthplace" in c.flags, "no_nationality" in c.flags
    bar(FORM_NL["s"][0])
    tags["personal"] = len(pages)
    row("Naam", p.surname.upper())
    row("Voornaam", p.given_names)
    row("Geslacht", "vrouw" if c.fem else "man")
    row("Geboortedatum", dt(c, p.birth_date, "nl"))
    row("Geboorteplaats", "" if nobp else p.birth_place)
    row("Geboorteland", "" if nobp else land(c.birth_cc(), "nl"))
    row("Nationaliteit", "" if nonat else natl(p.nationality, "nl"))
    row("Rijksregisternummer", c.nrn or "")
    row("DVZ-nummer (OV)", c.ov or "")
    bar(FORM_NL["s"][1])
    row(
        "Adres van de effectieve verblijfplaats in België",
        "" if "no_address" in c.flags else residence(c, "nl"),
        tag="residence",
    )
    nodom = "no_domicile" in c.flags or c.domicile == "none"
    if st["y"] + 16 > 270:
        sh = new()
    tags.setdefault("residence", len(pages))
    boxed(sh, 18, st["y"], 56, 7, lw=0.2, c=GRY2, fill=(236, 236, 236))
    boxed(sh, 74, st["y"], 118, 7, lw=0.2, c=GRY2)
    put(sh, 20, st["y"] + 1.5, "Woonstkeuze bij", f=DCON, pt=8.2)
    opts_ = [("advocaat", "lawyer"), ("verblijfadres", "residence"), ("andere", "other")]
    for k, (lab, key) in enumerate(opts_):
        x = 76 + k * 38
        sh.checkbox(x, st["y"] + 1.3, 3.6, (not nodom) and c.domicile == key)
        put(sh, x + 5, st["y"] + 1.4, lab, f=DCON, pt=8.5)
    st["y"] += 7
    dom_txt = (
        ""
        if nodom
        else (
            f"{counsel(c)}, {counsel_addr(c)}"
            if c.domicile == "lawyer"
            else (c.other_domicile or "")
            if c.domicile == "other"
            else residence(c, "nl")
        )
    )
    row("Adres van de gekozen woonplaats", dom_txt)
    bar(FORM_NL["s"][2])
    row("Stukken / vrijstelling", phr_identity(c, "nl"))
    if c.family:
        bar(FORM_NL["s"][3])
        for i, m in enumerate(c.family):
            rel = "kind" if m.rel == "child" else "echtgeno(o)t(e)"
            row(
                f"{rel.capitalize()}",
                f"{m.p.surname.upper()} {m.p.given_names}, °{dt(c, m.p.birth_date, 'nl')}"
                f"{annex(c, f'fam{i}', 'nl')}",
            )
    bar(FORM_NL["s"][4])
    i = sick(c, "nl")
    row("Aandoening", i["name"])
    absent = "medcert_absent" in c.flags
    row(
        "Standaard medisch getuigschrift",
        "" if absent else f"{c.doctor.name()}, {dt(c, c.cert_date, 'nl')}{annex(c, 'medcert', 'nl')}",
    )
    if c.annex_no("medstat"):
        who_ = c.doctor if absent else c.specialist
        row("Bijkomend medisch verslag", f"{who_.name()}{annex(c, 'medstat', 'nl')}")
    bar(FORM_NL["s"][5])
    coi = phr_coi(c, "nl")
    row("Beschikbaarheid en toegankelijkheid", coi or "")
    hist = phr_history(c, "nl")
    if hist:
        bar(FORM_NL["s"][6])
        row("Asiel / eerdere aanvraag 9ter", hist, tag="parallel")
    bar(FORM_NL["s"][7])
    for k, (_key, d) in enumerate(c.annexes, 1):
        row(f"Stuk {k}", d)
    if st["y"] + 52 > 270:
        sh = new()
    bar(FORM_NL["s"][8])
    tags["signature"] = len(pages)
    put(sh, 20, st["y"] + 1, f"Opgemaakt te {c.addr.city}, op {dt(c, c.app_date, 'nl')}", f=DCON, pt=9)
    y0 = st["y"] + 8
    for k, lab in enumerate(["Handtekening van de aanvrager", "Handtekening van de raadsman"]):
        x = 18 + k * 88
        put(sh, x, y0, lab, f=DCON, pt=8, c=GRY1)
        boxed(sh, x, y0 + 4, 84, 26, lw=0.3)
    put(sh, 108, y0 + 31.5, counsel(c), f=CPR, pt=9)
    if "unsigned" not in c.flags:
        scrawl(sh, 24, y0 + 9, rng, w=46, h=15, c=BIC_BLUE)
        if rng.random() < 0.7:
            scrawl(sh, 114, y0 + 10, rng, w=42, h=14, c=BIC_BLACK)
    n = len(pages)
    for k, s in enumerate(pages, 1):
        put(s, 192, 287, f"p. {k}/{n}", f=DCON, pt=8, c=GRY1, a="right")
    return pages, tags


_reg(
    "be9ter-app-nl-prose-lawyer-tealkop-genummerde-secties-54",
    "application",
    "nl",
    app_nl_letter,
    "Dutch lawyer's letter, teal letterhead, numbered sections, signature at the right",
)
_reg(
    "be9ter-app-en-prose-lawyer-tealkop-genummerde-secties-54",
    "application",
    "en",
    app_en_letter,
    "the same letter in English (not accepted)",
)
_reg(
    "be9ter-app-fr-prose-avocat-palatino-romeinse-koppen-54",
    "application",
    "fr",
    app_fr_letter,
    "French requête, roman-numeral headings, signature at the left under 'son conseil'",
)
_reg(
    "be9ter-app-nl-form-caw-zwarte-balken-courier-54",
    "application",
    "nl",
    app_nl_form,
    "Dutch social-service intake form with black section bars, typed in Courier",
)


# --------------------------------------------------------------------------- standard medical certificates

MC24 = {
    "nl": dict(
        t="STANDAARD MEDISCH GETUIGSCHRIFT",
        s="artikel 9ter, § 1, van de wet van 15 december 1980 – model van toepassing sinds 1 maart 2024",
        q=[
            "Patiënt: naam en voornaam",
            "Geboortedatum en nationaliteit",
            "Arts: naam en RIZIV-nummer",
            "Specialisme en adres",
            "Medische voorgeschiedenis",
            "Diagnose (ICD-10)",
            "Graad van ernst van de aandoening",
            "Toelichting bij de ernst",
            "Behandeling – medicatie",
            "Behandeling – ingrepen, opnames",
            "Geschatte duur van de behandeling",
            "Gevolgen bij stopzetting van de behandeling",
            "Evolutie en prognose",
            "Noden inzake opvolging en mantelzorg",
            "Kan de patiënt reizen?",
            "Datum",
            "Handtekening en stempel van de arts",
        ],
        lv=["licht", "matig", "ernstig", "zeer ernstig"],
        pg="Model 2024 – blad {i}/2",
    ),
    "fr": dict(
        t="CERTIFICAT MÉDICAL TYPE",
        s="article 9ter, § 1er, de la loi du 15 décembre 1980 – modèle applicable depuis le 1er mars 2024",
        q=[
            "Patient : nom et prénom",
            "Date de naissance et nationalité",
            "Médecin : nom et numéro INAMI",
            "Spécialité et adresse",
            "Antécédents médicaux",
            "Diagnostic (CIM-10)",
            "Degré de gravité de l'affection",
            "Justification du degré de gravité",
            "Traitement – médicaments",
            "Traitement – interventions, hospitalisations",
            "Durée prévue du traitement",
            "Conséquences en cas d'arrêt du traitement",
            "Évolution et pronostic",
            "Besoins de suivi et de soins de proximité",
            "Le patient peut-il voyager ?",
            "Date",
            "Signature et cachet du médecin",
        ],
        lv=["légère", "modérée", "grave", "très grave"],
        pg="Modèle 2024 – page {i}/2",
    ),
    "en": dict(
        t="STANDARD MEDICAL CERTIFICATE",
        s="Article 9ter, § 1, Law of 15 December 1980 – model in use since 1 March 2024",
        q=[
            "Patient: surname and first name",
            "Date of birth and nationality",
            "Doctor: name and RIZIV/INAMI number",
            "Specialty and address",
            "Medical history",
            "Diagnosis (ICD-10)",
            "Degree of severity of the illness",
            "Explanation of the severity",
            "Treatment – medication",
            "Treatment – procedures, admissions",
            "Expected duration of treatment",
            "Consequences if treatment is stopped",
            "Course and prognosis",
            "Needs for follow-up and care",
            "Can the patient travel?",
            "Date",
            "Doctor's signature and stamp",
        ],
        lv=["mild", "moderate", "severe", "very severe"],
        pg="Model 2024 – sheet {i}/2",
    ),
}


def _grade(c: Case) -> int:
    return 3 if c.illness in ("ckd", "cancer") else 2


def _stamp_lines(c: Case, lang: str, riz: bool) -> list[str]:
    d = c.doctor
    sp = SPECIALTY[d.spec].get(L(lang) if L(lang) != "en" else "nl", "")
    out = [d.name("caps"), sp.capitalize() if sp else ""]
    if riz:
        out.append(("INAMI " if lang == "fr" else "RIZIV ") + d.riziv)
    out.append(f"{d.pc} {d.city}")
    return [x for x in out if x]


def mc_grid(c: Case, rng: random.Random, *, lang: str):
    """The 2024 standard medical certificate typed into a two-column grid: the title in a framed box centred at the
    top with the legal line under it; every question in a pale blue-grey cell at the LEFT and its answer typed in
    Liberation Sans Narrow in the cell at the RIGHT; the degree of severity as four square boxes on one line with
    a typed 'X' in the chosen one; the doctor's RIZIV/INAMI number in the doctor's row on page 1; date, signature and
    stamp in the last two rows of page 2; 'Model 2024 – blad n/2' at the foot RIGHT."""
    Q = MC24[lang]
    i = sick(c, lang)
    il = ILLNESSES[c.illness]
    d = c.doctor
    riz = "mc_no_riziv" not in c.flags
    no_ill = "mc_no_illness" in c.flags
    no_sev = "mc_no_severity" in c.flags
    no_tx = "mc_no_treatment" in c.flags
    tags: dict = {}
    s1, s2 = Sheet(210, 297), Sheet(210, 297)
    boxed(s1, 40, 12, 130, 11, lw=0.6)
    put(s1, 105, 14.2, Q["t"], f=LNAR_B, pt=14, a="center")
    put(s1, 105, 26, Q["s"], f=LNAR, pt=8, c=GRY1, a="center")
    cur = {"sh": s1, "y": 33.0, "pg": 1}

    def row(q, a, *, minh=8.0, tag=None):
        lines = cur["sh"].wrap(a, 124, font=LNAR, size_pt=9.8) if a else []
        nq = len(cur["sh"].wrap(q, 46, font=LNAR_B, size_pt=8.3))
        h = max(minh, 4.3 * len(lines) + 3.0, 3.4 * nq + 3.0)
        if cur["y"] + h > 280 and cur["sh"] is s1:
            cur["sh"], cur["y"], cur["pg"] = s2, 16.0, 2
        sh = cur["sh"]
        if tag:
            tags[tag] = cur["pg"]
        boxed(sh, 16, cur["y"], 50, h, lw=0.25, c=GRY2, fill=(226, 232, 240))
        boxed(sh, 66, cur["y"], 128, h, lw=0.25, c=GRY2)
        flow(sh, 18, cur["y"] + 1.5, 46, q, f=LNAR_B, pt=8.3, lead=1.15)
        for k, ln in enumerate(lines):
            put(sh, 68, cur["y"] + 1.6 + k * 4.3, ln, f=LNAR, pt=9.8)
        cur["y"] += h

    row(
        Q["q"][0],
        "" if "mc_no_patient" in c.flags else f"{c.p.surname.upper()} {c.p.given_names}",
        tag="patient",
    )
    row(Q["q"][1], f"{_b9.fdate(c.p.birth_date, 'dots')} – {natl(c.p.nationality, lang)}")
    row(Q["q"][2], f"{d.name()}" + (f" – {d.riziv}" if riz else ""), tag="doctor")
    sp = SPECIALTY[d.spec].get(L(lang) if L(lang) != "en" else "nl", "")
    row(Q["q"][3], f"{sp.capitalize() if sp else ''} – {d.inst}, {d.street}, {d.pc} {d.city}")
    row(Q["q"][4], "" if no_ill else i["history"], minh=12, tag="illness")
    row(Q["q"][5], "" if no_ill else f"{i['name']} ({il['icd']})", minh=10)
    if cur["y"] + 10 > 280:
        cur["sh"], cur["y"], cur["pg"] = s2, 16.0, 2
    sh = cur["sh"]
    tags["severity"] = cur["pg"]
    boxed(sh, 16, cur["y"], 50, 9, lw=0.25, c=GRY2, fill=(226, 232, 240))
    boxed(sh, 66, cur["y"], 128, 9, lw=0.25, c=GRY2)
    flow(sh, 18, cur["y"] + 1.5, 46, Q["q"][6], f=LNAR_B, pt=8.3, lead=1.15)
    x = 69.0
    for k, lv in enumerate(Q["lv"]):
        boxed(sh, x, cur["y"] + 2.6, 3.8, 3.8, lw=0.3)
        if not no_sev and k == _grade(c):
            put(sh, x + 0.55, cur["y"] + 2.5, "X", f=LNAR_B, pt=10)
        put(sh, x + 5.5, cur["y"] + 2.6, lv, f=LNAR, pt=9.5)
        x += 31
    cur["y"] += 9
    row(Q["q"][7], "" if no_sev else i["severity"], minh=10)
    row(Q["q"][8], "" if no_tx else "; ".join(i["meds"]), minh=10, tag="treatment")
    row(Q["q"][9], "" if no_tx else i["intervention"], minh=9)
    row(Q["q"][10], "" if no_tx else i["duration"], minh=8)
    row(Q["q"][11], i["consequences"], minh=9)
    row(Q["q"][12], i["prognosis"], minh=8)
    row(Q["q"][13], i["needs"], minh=9)
    row(Q["q"][14], i["travel"], minh=8)
    if cur["sh"] is s1:
        cur["sh"], cur["y"], cur["pg"] = s2, 16.0, 2
    sh = cur["sh"]
    row(Q["q"][15], _b9.fdate(c.cert_date, c.cert_date_style, L(lang)))
    y = cur["y"]
    boxed(sh, 16, y, 50, 36, lw=0.25, c=GRY2, fill=(226, 232, 240))
    boxed(sh, 66, y, 128, 36, lw=0.25, c=GRY2)
    flow(sh, 18, y + 1.5, 46, Q["q"][16], f=LNAR_B, pt=8.3, lead=1.15)
    rubber(sh, 128, y + 3, _stamp_lines(c, lang, riz), rng, shape="rect", c=STAMP_BLUE, mm=36)
    if "mc_unsigned" not in c.flags:
        scrawl(sh, 74, y + 10, rng, w=44, h=15, c=BIC_BLUE if rng.random() < 0.7 else BIC_BLACK)
    tags["signature"] = 2
    for k, s in enumerate((s1, s2), 1):
        put(s, 194, 288, Q["pg"].format(i=k), f=LNAR, pt=8, c=GRY1, a="right")
    return [s1, s2], tags


MC_OLD_FR = dict(
    t="CERTIFICAT MÉDICAL TYPE",
    s="destiné à l'Office des Étrangers – demande d'autorisation de séjour (article 9ter)",
    A="A/ Historique médical",
    B="B/ Diagnostic : nature et degré de gravité des affections",
    Bd="Diagnostic :",
    Bs="Degré de gravité :",
    C="C/ Traitement actuel et suivi médical nécessaire",
    C1="Médication :",
    C2="Intervention / hospitalisation :",
    C3="Durée prévue du traitement :",
    D="D/ Conséquences et complications éventuelles d'un arrêt du traitement",
    E="E/ Évolution et pronostic de la ou des pathologies",
    F="F/ Besoins spécifiques en matière de suivi médical",
    G="G/ Le patient peut-il voyager vers son pays d'origine ?",
)


def mc_old_fr(c: Case, rng: random.Random):
    """The previous model of the 'CERTIFICAT MÉDICAL TYPE' printed in Nimbus Roman with sections A/ to G/ and
    solid grey writing lines under each, filled in BY HAND in black ink with a thick pen (upright script); the
    patient's name and birth date at the top; the doctor's rectangular stamp with the INAMI number at the bottom
    RIGHT of page 2, the date written at the LEFT after 'Date :' and the signature over 'Signature du médecin'; the
    original had been punched for a binder and is copied with the two holes black in the left margin."""
    Q = MC_OLD_FR
    i = sick(c, "fr")
    ink = BIC_BLACK if rng.random() < 0.6 else BIC_BLUE
    tags = {"patient": 1, "illness": 1, "severity": 1, "treatment": 1, "doctor": 2, "signature": 2}
    s1, s2 = Sheet(210, 297), Sheet(210, 297)
    put(s1, 105, 14, Q["t"], f=NROM_B, pt=15, a="center")
    put(s1, 105, 21, Q["s"], f=NROM_I, pt=9, a="center")

    def lines_(sh, y, n):
        for k in range(n):
            line(sh, 24, y + 7 + k * 7.6, 192, y + 7 + k * 7.6, lw=0.15, c=GRY3)

    def write(sh, y, text, n):
        lines_(sh, y, n)
        if text:
            rows = sh.wrap(text, 160, font=HAND_C, size_pt=11.5)
            for k, r in enumerate(rows[:n]):
                pen(sh, 25, y + 1.6 + k * 7.6, r, rng, f=HAND_C, pt=11.5, c=ink)
        return y + n * 7.6 + 3

    put(s1, 24, 32, "Nom et prénom du patient :", f=NROM, pt=10)
    if "mc_no_patient" not in c.flags:
        pen(s1, 76, 31, f"{c.p.surname.upper()} {c.p.given_names}", rng, f=HAND_C, pt=12.5, c=ink)
    put(s1, 24, 40, "Date de naissance :", f=NROM, pt=10)
    pen(s1, 62, 39, _b9.fdate(c.p.birth_date, "slashes"), rng, f=HAND_C, pt=12.5, c=ink)
    y = 50.0
    put(s1, 24, y, Q["A"], f=NROM_B, pt=10.5)
    y = write(s1, y + 1, "" if "mc_no_illness" in c.flags else i["history"], 4)
    put(s1, 24, y, Q["B"], f=NROM_B, pt=10.5)
    put(s1, 28, y + 6, Q["Bd"], f=NROM, pt=10)
    y = write(s1, y + 7, "" if "mc_no_illness" in c.flags else f"{i['name']}", 2)
    put(s1, 28, y, Q["Bs"], f=NROM, pt=10)
    y = write(s1, y + 1, "" if "mc_no_severity" in c.flags else i["severity"], 3)
    put(s1, 24, y, Q["C"], f=NROM_B, pt=10.5)
    y += 6
    no_tx = "mc_no_treatment" in c.flags
    for lab, val, n in [
        (Q["C1"], "; ".join(i["meds"]), 3),
        (Q["C2"], i["intervention"], 2),
        (Q["C3"], i["duration"], 1),
    ]:
        put(s1, 28, y, lab, f=NROM, pt=10)
        y = write(s1, y + 1, "" if no_tx else val, n)
    y = 16.0
    for key, val, n in [
        ("D", i["consequences"], 3),
        ("E", i["prognosis"], 2),
        ("F", i["needs"], 3),
        ("G", i["travel"], 2),
    ]:
        put(s2, 24, y, Q[key], f=NROM_B, pt=10.5)
        y = write(s2, y + 1, val, n)
    y += 10
    put(s2, 24, y, "Date :", f=NROM, pt=10)
    pen(s2, 38, y - 1, _b9.fdate(c.cert_date, c.cert_date_style, "fr"), rng, f=HAND_C, pt=12.5, c=ink)
    put(s2, 24, y + 12, "Signature du médecin :", f=NROM, pt=10)
    if "mc_unsigned" not in c.flags:
        scrawl(s2, 30, y + 17, rng, w=46, h=16, c=ink)
    put(s2, 120, y, "Cachet du médecin :", f=NROM, pt=10)
    rubber(
        s2,
        120,
        y + 6,
        _stamp_lines(c, "fr", "mc_no_riziv" not in c.flags),
        rng,
        shape="rect",
        c=STAMP_VIOLET,
        mm=38,
    )
    return [punch_holes(copier(s, dpi=170, tone=(244, 244, 244))) for s in (s1, s2)], tags


_reg(
    "be9ter-medcert-2024-nl-raster-narrow-lichtblauwe-vragen-54",
    "medical-certificate",
    "nl",
    lambda c, r: mc_grid(c, r, lang="nl"),
    "2024 model typed into a two-column grid, Dutch",
)
_reg(
    "be9ter-medcert-2024-fr-raster-narrow-lichtblauwe-vragen-54",
    "medical-certificate",
    "fr",
    lambda c, r: mc_grid(c, r, lang="fr"),
    "2024 model typed into a two-column grid, French",
)
_reg(
    "be9ter-medcert-2024-en-raster-narrow-lichtblauwe-vragen-54",
    "medical-certificate",
    "en",
    lambda c, r: mc_grid(c, r, lang="en"),
    "2024 model typed into a two-column grid, English (not accepted)",
)
_reg(
    "be9ter-medcert-oud-fr-dikke-pen-geperforeerd-54",
    "medical-certificate",
    "fr",
    mc_old_fr,
    "previous model in French written by hand with a thick pen, punched",
)


# --------------------------------------------------------------------------- medical statements


def _ms_lang(c: Case) -> str:
    return "fr" if c.lang == "fr" else "nl"


MS = {
    "nl": dict(
        to="Aan de behandelende huisarts",
        re="Betreft",
        born="geboren op",
        dear="Geachte collega,",
        open="Ik zag uw patiënt(e) op de raadpleging van {d}. Hierbij mijn bevindingen.",
        h=["Diagnose", "Voorgeschiedenis", "Huidige behandeling", "Laboresultaten", "Besluit"],
        concl="De behandeling moet zonder onderbreking worden voortgezet; een gespecialiseerde opvolging om "
        "de drie maanden blijft noodzakelijk.",
        bye="Met collegiale groeten,",
        staff="Staf",
    ),
    "fr": dict(
        to="Au médecin traitant",
        re="Concerne",
        born="né(e) le",
        dear="Cher Confrère, chère Consœur,",
        open="J'ai revu votre patient(e) en consultation le {d}. Voici mes constatations.",
        h=["Diagnostic", "Antécédents", "Traitement actuel", "Biologie", "Conclusion"],
        concl="Le traitement doit être poursuivi sans interruption ; un suivi spécialisé tous les trois mois "
        "reste indispensable.",
        bye="Bien confraternellement,",
        staff="Équipe médicale",
    ),
}


def ms_specialist(c: Case, rng: random.Random):
    """Hospital specialist's letter to the general practitioner with a Belgian hospital's furniture: the hospital
    and department at the top RIGHT, the department's physicians listed in small grey type down a LEFT margin
    column with their RIZIV numbers, 'Betreft' with the patient's name and birth date in bold, the findings under
    bold headings, the blood results as a small table, signed at the bottom LEFT above the typed name."""
    lang = _ms_lang(c)
    M_ = MS[lang]
    d = c.doctor if "medcert_absent" in c.flags else c.specialist
    i = sick(c, lang)
    il = ILLNESSES[c.illness]
    sh = Sheet(210, 297)
    put(sh, 192, 14, d.inst, f=CARL_B, pt=12, a="right", c=(20, 60, 110))
    put(sh, 192, 20, d.dept or SPECIALTY[d.spec].get(lang, ""), f=CARL, pt=9, a="right", c=GRY1)
    put(sh, 192, 24.5, f"{d.street} – {d.pc} {d.city} – tel. {d.tel}", f=CARL, pt=8, a="right", c=GRY1)
    line(sh, 50, 30, 192, 30, lw=0.4, c=(20, 60, 110))
    put(sh, 14, 36, M_["staff"], f=CARL_B, pt=7.5, c=GRY1)
    others = [(d.first, d.last)] + [
        (
            rng.choice(["A.", "B.", "C.", "E.", "H.", "K.", "M.", "S."]),
            rng.choice(["Claes", "Lambert", "Dewulf", "Moreau", "Peeters", "Gilson", "Van Hecke", "Renard"]),
        )
        for _ in range(4)
    ]
    for k, (g, s) in enumerate(others):
        put(sh, 14, 42 + k * 9, f"Dr. {g[0]}. {s}", f=CARL, pt=7.2, c=GRY1)
        put(
            sh,
            14,
            45.5 + k * 9,
            f"{digits(rng, 1)}-{digits(rng, 5)}-{digits(rng, 2)}-580",
            f=CARL,
            pt=6.5,
            c=GRY2,
        )
    line(sh, 46, 34, 46, 270, lw=0.15, c=GRY3)
    to = M_["to"] if d.spec != "gp" else {"nl": "Aan wie het aanbelangt", "fr": "À qui de droit"}[lang]
    put(sh, 52, 40, to, f=CARL, pt=10)
    put(sh, 52, 46, f"{d.city}, {dt(c, c.medstat_date, lang)}", f=CARL, pt=10)
    put(
        sh,
        52,
        56,
        f"{M_['re']}: {c.p.surname.upper()} {c.p.given_names}, {M_['born']} "
        f"{_b9.fdate(c.p.birth_date, 'dots')}",
        f=CARL_B,
        pt=10.2,
    )
    dear = M_["dear"] if d.spec != "gp" else {"nl": "Geachte,", "fr": "Madame, Monsieur,"}[lang]
    y = flow(sh, 52, 66, 138, dear, f=CARL, pt=10.5)
    y = flow(sh, 52, y + 2, 138, M_["open"].format(d=dt(c, c.medstat_date, lang)), f=CARL, pt=10.5)
    for head, body in [
        (M_["h"][0], f"{i['name']} ({il['icd']})."),
        (M_["h"][1], i["history"]),
        (M_["h"][2], "; ".join(i["meds"]) + ". " + i["intervention"]),
    ]:
        put(sh, 52, y + 3, head, f=CARL_B, pt=10.5)
        y = flow(sh, 52, y + 8, 138, body, f=CARL, pt=10.5) + 1
    put(sh, 52, y + 3, M_["h"][3], f=CARL_B, pt=10.5)
    y += 9
    for a, v, u, ref in il["lab"]:
        put(sh, 56, y, a, f=CARL, pt=9.5)
        put(sh, 110, y, v, f=CARL_B, pt=9.5)
        put(sh, 128, y, u, f=CARL, pt=9.5, c=GRY1)
        put(sh, 152, y, ref, f=CARL, pt=9, c=GRY1)
        y += 5
    put(sh, 52, y + 3, M_["h"][4], f=CARL_B, pt=10.5)
    y = flow(sh, 52, y + 8, 138, f"{i['severity']} {M_['concl']}", f=CARL, pt=10.5)
    y = flow(sh, 52, y + 4, 138, M_["bye"], f=CARL, pt=10.5)
    scrawl(sh, 54, y + 2, rng, w=40, h=14, c=BIC_BLUE)
    put(sh, 52, y + 18, d.name(), f=CARL_B, pt=10)
    put(
        sh, 52, y + 22.5, f"{SPECIALTY[d.spec].get(lang, '')} – RIZIV/INAMI {d.riziv}", f=CARL, pt=8.5, c=GRY1
    )
    return [sh], {}


CONSULT = {
    "nl": dict(
        t="CONSULTATIEVERSLAG",
        rows=["Patiënt", "Geboortedatum", "Patiëntnummer", "Consultatie", "Arts"],
        h=["Reden van consultatie", "Anamnese", "Klinisch onderzoek", "Besluit", "Beleid"],
        reason="Opvolging van de gekende aandoening.",
        exam="Algemene toestand matig. Bloeddruk en pols binnen normale grenzen. Geen koorts.",
        val="Elektronisch gevalideerd door {d} op {dt} – niet handtekend",
    ),
    "fr": dict(
        t="RAPPORT DE CONSULTATION",
        rows=["Patient", "Date de naissance", "N° de dossier", "Consultation", "Médecin"],
        h=["Motif de la consultation", "Anamnèse", "Examen clinique", "Conclusion", "Attitude"],
        reason="Suivi de l'affection connue.",
        exam="État général moyen. Tension artérielle et pouls dans les normes. Apyrétique.",
        val="Validé électroniquement par {d} le {dt} – non signé",
    ),
}


def ms_consult(c: Case, rng: random.Random):
    """Consultation report printed from the hospital's electronic patient record in a monospaced face: the
    hospital's name and the report type on one line at the top between two rules, a boxed header table (patient,
    birth date, record number, date, doctor), the report under upper-case headings, an electronic-validation line
    at the end instead of a signature and the print line with date and user at the foot."""
    lang = _ms_lang(c)
    K = CONSULT[lang]
    d = c.doctor if "medcert_absent" in c.flags else c.specialist
    i = sick(c, lang)
    sh = Sheet(210, 297)
    line(sh, 16, 12, 194, 12, lw=0.5)
    put(sh, 16, 14.5, d.inst.upper(), f=NMONO_B, pt=10)
    put(sh, 194, 14.5, K["t"], f=NMONO_B, pt=10, a="right")
    line(sh, 16, 20, 194, 20, lw=0.5)
    vals = [
        f"{c.p.surname.upper()}, {c.p.given_names}",
        _b9.fdate(c.p.birth_date, "dots"),
        f"{digits(rng, 3)}.{digits(rng, 3)}.{digits(rng, 3)}",
        _b9.fdate(c.medstat_date, "dots"),
        f"{d.name()} ({SPECIALTY[d.spec].get(lang, '')})",
    ]
    y = 25.0
    for a, b in zip(K["rows"], vals):
        boxed(sh, 16, y, 44, 6.2, lw=0.2)
        boxed(sh, 60, y, 134, 6.2, lw=0.2)
        put(sh, 18, y + 1.3, a, f=NMONO, pt=9)
        put(sh, 62, y + 1.3, b, f=NMONO_B, pt=fit(b, 130, NMONO_B, 9.5))
        y += 6.2
    y += 6
    for head, body in zip(
        K["h"],
        [
            K["reason"],
            i["history"],
            K["exam"] + " " + i["severity"],
            f"{i['name']}. {i['prognosis']}",
            "; ".join(i["meds"]) + ". " + i["needs"],
        ],
    ):
        put(sh, 16, y, head.upper(), f=NMONO_B, pt=9.5)
        y = flow(sh, 16, y + 5, 178, body, f=NMONO, pt=9.5, lead=1.35) + 4
    flow(
        sh,
        16,
        y + 6,
        178,
        K["val"].format(d=d.name(), dt=_b9.fdate(c.medstat_date, "dots")),
        f=NMONO,
        pt=8.5,
        c=GRY1,
    )
    put(
        sh,
        16,
        285,
        f"Afgedrukt / imprimé {_b9.fdate(c.medstat_date + datetime.timedelta(days=rng.randint(1, 9)), 'dots')}"
        f" 14:{rng.randint(10, 59)} – gebruiker {d.last[:4].upper()}{digits(rng, 2)}",
        f=NMONO,
        pt=7,
        c=GRY2,
    )
    return [sh], {}


_reg(
    "be9ter-medstat-specialist-artsenkolom-links-carlito-54",
    "medical-statement",
    "nl",
    ms_specialist,
    "specialist's letter to the GP with the physicians' column at the left",
)
_reg(
    "be9ter-medstat-consultverslag-epd-mono-54",
    "medical-statement",
    "fr",
    ms_consult,
    "consultation report printed from the patient record, monospaced, no signature",
)


# --------------------------------------------------------------------------- country-of-origin information

NOTE = {
    "nl": dict(
        t="NOTA",
        s="Beschikbaarheid en toegankelijkheid van de behandeling in {o}",
        by="Opgesteld door",
        p=[
            "{Vz} heeft de volgende behandeling nodig: {drug}.",
            "Volgens de beschikbare bronnen is deze behandeling in {o} niet of slechts in één ziekenhuis in "
            "{cap} beschikbaar ({hosp}), met lange wachttijden.",
            "{ins}",
            "Een maandloon in de formele sector bedraagt ongeveer {wage}; de maandelijkse kost van de "
            "behandeling ligt daar ruim boven ({cost}).",
            "{Vz} heeft in {o} geen familie meer die de kosten kan dragen.",
        ],
        src="Bronnen",
    ),
    "fr": dict(
        t="NOTE",
        s="Disponibilité et accessibilité du traitement en {o}",
        by="Rédigée par",
        p=[
            "{Vz} a besoin du traitement suivant : {drug}.",
            "Selon les sources disponibles, ce traitement n'est pas disponible en {o}, ou seulement dans un "
            "hôpital de {cap} ({hosp}), avec de longs délais d'attente.",
            "{ins}",
            "Un salaire mensuel dans le secteur formel s'élève à environ {wage} ; le coût mensuel du "
            "traitement le dépasse largement ({cost}).",
            "{Vz} n'a plus de famille en {o} en mesure d'en assumer le coût.",
        ],
        src="Sources",
    ),
}


def coi_note(c: Case, rng: random.Random):
    """The law office's own research note on availability and accessibility of the treatment in the country of
    origin, typed in Bookman: 'NOTA' and the subject at the top LEFT, the author and date in grey, five numbered
    paragraphs each with a superscript-like bracketed footnote number, the sources as a numbered list of
    organisations and web addresses at the foot of the page above a thin rule."""
    lang = "fr" if c.lang == "fr" else "nl"
    N = NOTE[lang]
    o = c.origin()
    e = BC.get(o, {})
    il = ILLNESSES[c.illness]
    sh = Sheet(210, 297)
    put(sh, 22, 18, N["t"], f=BOOK_B, pt=16)
    put(sh, 22, 27, N["s"].format(o=land(o, lang)), f=BOOK_B, pt=11)
    put(
        sh,
        22,
        34,
        f"{N['by']}: {counsel(c)} – {dt(c, c.app_date - datetime.timedelta(days=rng.randint(3, 20)), lang)}",
        f=BOOK,
        pt=8.5,
        c=GRY1,
    )
    y = 46.0
    vals = dict(
        drug=_b9.drug(c.illness, L(lang)),
        o=land(o, lang),
        cap=e.get("capital", ""),
        hosp=e.get("hospital", ""),
        ins=e.get(f"insurance_{lang}", ""),
        wage=e.get("wage", ""),
        cost=il.get("cost", ""),
        Vz=vz(c, lang, True),
    )
    for k, p in enumerate(N["p"], 1):
        put(sh, 22, y, f"{k}.", f=BOOK_B, pt=10)
        y = flow(sh, 30, y, 158, p.format(**vals) + f" [{k}]", f=BOOK, pt=10, lead=1.45, al="justify") + 3
    line(sh, 22, 240, 100, 240, lw=0.3)
    put(sh, 22, 243, N["src"], f=BOOK_B, pt=8.5)
    src = [
        {
            "nl": "[1] Standaard medisch getuigschrift en specialistisch verslag (bijlagen)",
            "fr": "[1] Certificat médical type et rapport du spécialiste (pièces jointes)",
        }[lang],
        f"[2] World Health Organization, country profile {land(o, 'en')}, who.int ({SUB.year})",
        f"[3] MedCOI – antwoorden beschikbaarheid {land(o, 'en')} (BDA-{digits(rng, 8)})",
        "[4] International Labour Organization, ILOSTAT, minimum wages",
        {
            "nl": "[5] Verklaring van verzoeker tijdens het onderhoud op het kantoor",
            "fr": "[5] Déclaration du requérant lors de l'entretien au cabinet",
        }[lang],
    ]
    for k, s in enumerate(src):
        put(sh, 22, 248 + k * 4.3, s, f=BOOK, pt=7.5, c=GRY1)
    return [sh], {}


def coi_table(c: Case, rng: random.Random):
    """English fact sheet of an NGO network on access to medicines: a dark plum title band with the country's name,
    a one-paragraph summary, then a table of the needed medicines with availability, the monthly price in local
    currency and the source, coloured dots for 'not available', 'irregular', 'private only'; the insurance situation
    below the table and the sheet's date and reference at the foot."""
    o = c.origin()
    e = BC.get(o, {})
    il = ILLNESSES[c.illness]
    i = sick(c, "en")
    sh = Sheet(210, 297)
    boxed(sh, 0, 10, 210, 20, lw=0, fill=PLUM)
    put(sh, 18, 13, "ACCESS TO ESSENTIAL MEDICINES – COUNTRY SHEET", f=DSAN_B, pt=12, c=WHITE)
    put(sh, 18, 21, land(o, "en").upper(), f=DSAN_B, pt=10, c=(236, 220, 236))
    y = flow(
        sh,
        18,
        38,
        174,
        f"This sheet summarises what a patient treated for {i['name'].lower()} would find in "
        f"{land(o, 'en')} today. Prices were collected in pharmacies of {e.get('capital', '')} and compared "
        f"with the monthly minimum wage ({e.get('wage', '')}).",
        f=DSAN,
        pt=9.5,
        lead=1.4,
    )
    y += 6
    cols = [18, 92, 132, 160]
    for x, h in zip(cols, ["Medicine / care", "Availability", "Monthly cost", "Source"]):
        put(sh, x, y, h, f=DSAN_B, pt=8.5)
    line(sh, 18, y + 5, 192, y + 5, lw=0.4)
    y += 8
    meds = [m for m in i["meds"]] + [i["intervention"].split(".")[0]]
    states = [
        ("not available", (190, 40, 40)),
        ("irregular supply", (220, 150, 30)),
        ("private sector only", (90, 90, 180)),
    ]
    for k, m in enumerate(meds):
        st_, col = states[(k + crc(o, c.illness)) % 3]
        rows = sh.wrap(m, 70, font=DSAN, size_pt=8.5)
        for j, r in enumerate(rows):
            put(sh, 18, y + j * 4, r, f=DSAN, pt=8.5)
        boxed(sh, 92, y + 0.8, 2.6, 2.6, lw=0, fill=col)
        put(sh, 96, y, st_, f=DSAN, pt=8.5)
        put(sh, 132, y, il.get("cost", "") if k == 0 else "—", f=DSAN, pt=8.5)
        put(sh, 160, y, rng.choice(["pharmacy survey", "MoH list 2025", "WHO EML check"]), f=DSAN, pt=8)
        y += max(1, len(rows)) * 4 + 3
        line(sh, 18, y - 1.5, 192, y - 1.5, lw=0.1, c=GRY3)
    y = flow(
        sh, 18, y + 6, 174, "Insurance and payment: " + e.get("insurance_en", ""), f=DSAN, pt=9.5, lead=1.4
    )
    put(
        sh,
        18,
        280,
        f"Sheet {o}-{c.illness.upper()}-{SUB.year - 1}/{digits(rng, 3)} · updated "
        f"{_b9.fdate(SUB - datetime.timedelta(days=rng.randint(40, 200)), 'iso')}",
        f=DSAN,
        pt=7,
        c=GRY2,
    )
    return [sh], {}


_reg(
    "be9ter-coi-nota-kantoor-bookman-voetnoten-54",
    "country-of-origin-info",
    "nl",
    coi_note,
    "the law office's own note with numbered paragraphs and sources",
)
_reg(
    "be9ter-coi-geneesmiddelentabel-pruimband-engels-54",
    "country-of-origin-info",
    "en",
    coi_table,
    "English NGO medicines sheet with an availability table",
)


# --------------------------------------------------------------------------- asylum proof

A26 = {
    "nl": dict(
        state="KONINKRIJK BELGIË – FOD Binnenlandse Zaken",
        office="Dienst Vreemdelingenzaken",
        title="BIJLAGE 26",
        sub="Attest van verzoek om internationale bescherming",
        lab=["Naam", "Voorna(a)m(en)", "Geboortedatum", "Geboorteplaats", "Nationaliteit", "DVZ-nummer"],
        body="Betrokkene heeft op {d} een verzoek om internationale bescherming ingediend. Dit attest is "
        "geldig tot {v} en kan worden verlengd. Het is geen identiteitsbewijs en geen bewijs van "
        "nationaliteit.",
        ext="Verlengingen",
        until="Verlengd tot",
        st=["DVZ", "BRUSSEL"],
    ),
    "fr": dict(
        state="ROYAUME DE BELGIQUE – SPF Intérieur",
        office="Office des Étrangers",
        title="ANNEXE 26",
        sub="Attestation de demande de protection internationale",
        lab=["Nom", "Prénom(s)", "Date de naissance", "Lieu de naissance", "Nationalité", "N° SP"],
        body="L'intéressé(e) a introduit le {d} une demande de protection internationale. La présente "
        "attestation est valable jusqu'au {v} et peut être prorogée. Elle ne constitue ni une preuve "
        "d'identité ni une preuve de nationalité.",
        ext="Prorogations",
        until="Prorogé jusqu'au",
        st=["OFFICE DES ÉTRANGERS", "BRUXELLES"],
    ),
}


def ay_annex26(c: Case, rng: random.Random, lang: str):
    """'BIJLAGE 26' / 'ANNEXE 26' as a boxed form: the photo at the top LEFT with a round embossed-looking seal
    over its corner, a barcode with the file number at the top RIGHT, the particulars in boxes with small captions,
    the attestation sentence, and a grid of extension boxes at the foot, the filled ones with a violet stamp and a
    hand-written date; copied slightly dark."""
    A = A26[lang]
    a = c.asylum or {}
    lodged = a.get("lodged") or SUB - datetime.timedelta(days=180)
    sh = Sheet(210, 297)
    put(sh, 20, 12, A["state"], f=DCON, pt=8.5, c=GRY1)
    put(sh, 20, 17, A["office"], f=DCON_B, pt=11)
    sh.photo(20, 28, 30, 39, rng)
    rubber(sh, 38, 55, A["st"], rng, c=(160, 160, 160), mm=20)
    for k in range(46):
        if (crc(c.ov or "", k) % 3) != 0:
            boxed(sh, 132 + k * 1.2, 14, 0.6 + 0.3 * (k % 2), 10, lw=0, fill=(0, 0, 0))
    put(sh, 160, 26, c.ov or "", f=DMONO, pt=8, a="center")
    put(sh, 60, 31, A["title"], f=DCON_B, pt=20)
    put(sh, 60, 41, A["sub"], f=DCON, pt=10.5)
    vals = [
        c.p.surname.upper(),
        c.p.given_names,
        _b9.fdate(c.p.birth_date, "dots"),
        f"{c.p.birth_place} ({land(c.birth_cc(), lang)})",
        natl(c.p.nationality, lang),
        c.ov or "",
    ]
    y = 74.0
    for k, (lab, v) in enumerate(zip(A["lab"], vals)):
        x = 20 if k % 2 == 0 else 108
        boxed(sh, x, y, 84, 12, lw=0.3)
        put(sh, x + 2, y + 1, lab, f=DCON, pt=7, c=GRY1)
        put(sh, x + 2, y + 5, v, f=DCON_B, pt=fit(v, 78, DCON_B, 10.5))
        if k % 2 == 1:
            y += 14
    valid = lodged + datetime.timedelta(days=120)
    y = flow(
        sh,
        20,
        y + 6,
        172,
        A["body"].format(d=_b9.fdate(lodged, "long", lang), v=_b9.fdate(valid, "dots")),
        f=DCON,
        pt=10,
        lead=1.4,
    )
    put(sh, 20, y + 4, f"{_b9.fdate(lodged, 'dots')}", f=DCON, pt=9)
    scrawl(sh, 60, y + 1, rng, w=30, h=10, c=BIC_BLACK)
    put(sh, 20, y + 18, A["ext"], f=DCON_B, pt=10)
    t = valid
    for k in range(8):
        x, yy = 20 + (k % 4) * 43, y + 24 + (k // 4) * 30
        boxed(sh, x, yy, 41, 28, lw=0.3)
        if t < SUB + datetime.timedelta(days=30):
            t = t + datetime.timedelta(days=rng.randint(85, 120))
            rubber(
                sh,
                x + 2,
                yy + 2,
                [A["office"][:22].upper(), A["until"]],
                rng,
                shape="rect",
                c=STAMP_VIOLET,
                mm=22,
                angle=rng.uniform(-4, 4),
            )
            pen(sh, x + 6, yy + 17, _b9.fdate(t, "dots"), rng, f=HAND_A, pt=11, c=BIC_BLUE)
    return [copier(sh, dpi=170, gamma=1.15, tone=(240, 240, 238))], {}


AI = {
    "nl": dict(
        title="ATTEST VAN IMMATRICULATIE",
        model="model A",
        commune="Gemeente",
        lab=["Naam", "Voornamen", "Geboren te", "op", "Nationaliteit", "Geldig tot"],
        note="Afgegeven aan een verzoeker om internationale bescherming wiens verzoek in behandeling is.",
        holder="Handtekening van de houder",
        officer="De ambtenaar",
    ),
}


def ay_orange_card(c: Case, rng: random.Random, lang: str):
    """The orange 'attest van immatriculatie' (model A) of the commune of residence, the folded orange card
    copied in colour in the upper half of an A4 sheet: the title and model at the top, the photo at the RIGHT with
    the commune's round stamp over it, the holder's particulars on ruled lines, the validity date, the note that it
    is issued to an applicant for international protection, the holder's and the officer's signatures."""
    A = AI[lang]
    commune = c.addr.city
    W_, H_ = 150.0, 100.0
    cd = Sheet(W_, H_)
    boxed(cd, 0, 0, W_, H_, lw=0, fill=(250, 196, 140))
    boxed(cd, 3, 3, W_ - 6, H_ - 6, lw=0.4, c=(150, 80, 30))
    put(cd, 8, 7, "BELGIQUE – BELGIË – BELGIEN", f=NSAN, pt=7, c=(90, 40, 10))
    put(cd, 8, 12, A["title"], f=NSAN_B, pt=12)
    put(cd, 8, 18, f"{A['model']} – {A['commune']} {commune}", f=NSAN, pt=8.5)
    cd.photo(W_ - 38, 9, 28, 36, rng)
    rubber(cd, W_ - 50, 30, [commune.upper()[:18], "POPULATION", "BEVOLKING"], rng, c=STAMP_BLUE, mm=22)
    lab = A["lab"]
    vals = [
        c.p.surname.upper(),
        c.p.given_names,
        c.p.birth_place,
        _b9.fdate(c.p.birth_date, "dots"),
        natl(c.p.nationality, lang),
        _b9.fdate(SUB + datetime.timedelta(days=rng.randint(40, 170)), "dots"),
    ]
    y = 26.0
    for k in range(0, 6, 1):
        put(cd, 8, y, lab[k], f=NSAN, pt=7, c=(90, 40, 10))
        put(cd, 34, y - 0.4, vals[k], f=NSAN_B, pt=fit(vals[k], 66, NSAN_B, 9.5))
        line(cd, 34, y + 4.2, 104, y + 4.2, lw=0.15, c=(150, 80, 30))
        y += 7.5
    flow(cd, 8, y + 1, 134, A["note"], f=NSAN_I, pt=7.5)
    put(cd, 8, 88, A["holder"], f=NSAN, pt=6.5)
    scrawl(cd, 10, 90, rng, w=26, h=7, c=BIC_BLACK)
    put(cd, 90, 88, A["officer"], f=NSAN, pt=6.5)
    scrawl(cd, 92, 90, rng, w=26, h=7, c=BIC_BLUE)
    sh = Sheet(210, 297)
    x0, y0 = 30.0, 24.0
    card_onto(cd, sh, x0, y0)
    line(sh, x0 + W_ / 2, y0, x0 + W_ / 2, y0 + H_, lw=0.4, c=(170, 110, 60))
    return [sh], {}


_reg(
    "be9ter-asylum-bijlage26-vakjesformulier-verlengingsraster-54",
    "asylum-proof",
    "nl",
    lambda c, r: ay_annex26(c, r, "nl"),
    "annex 26 as a boxed form with a grid of extensions, Dutch",
)
_reg(
    "be9ter-asylum-annexe26-vakjesformulier-verlengingsraster-54",
    "asylum-proof",
    "fr",
    lambda c, r: ay_annex26(c, r, "fr"),
    "annex 26 as a boxed form with a grid of extensions, French",
)
_reg(
    "be9ter-asylum-oranje-kaart-immatriculatie-nl-54",
    "asylum-proof",
    "nl",
    lambda c, r: ay_orange_card(c, r, "nl"),
    "orange registration certificate (model A), Dutch",
)


# --------------------------------------------------------------------------- proof of registered posting


def rm_thermal(c: Case, rng: random.Random):
    """bpost counter receipt for a registered letter: a narrow thermal-paper strip (8 cm wide) stuck with two
    pieces of tape onto an A4 sheet and copied: 'bpost' at the top, the office, date and time, 'Aangetekende zending
    / Envoi recommandé', the item's barcode and number, the addressee's lines, the price paid and the counter
    number; the tape shows as two grey bands across the ends of the strip."""
    sh = Sheet(210, 297)
    x0, y0, w = 64.0, 30.0, 80.0
    h = 150.0
    boxed(sh, x0, y0, w, h, lw=0, fill=(250, 250, 248))
    cx = x0 + w / 2
    put(sh, cx, y0 + 6, "bpost", f=DSAN_B, pt=18, a="center", c=(40, 40, 40))
    put(sh, cx, y0 + 16, f"{_b9._post_office(c)}", f=DMONO, pt=8.5, a="center")
    put(
        sh,
        cx,
        y0 + 20.5,
        f"{_b9.fdate(c.rm_date, 'dots')}  {rng.randint(9, 16):02d}:{rng.randint(0, 59):02d}  "
        f"Loket/Guichet {rng.randint(1, 4)}",
        f=DMONO,
        pt=8,
        a="center",
    )
    put(sh, cx, y0 + 28, "AANGETEKENDE ZENDING", f=DMONO, pt=9, a="center")
    put(sh, cx, y0 + 32.5, "ENVOI RECOMMANDÉ", f=DMONO, pt=9, a="center")
    for k in range(60):
        if crc(c.rm_track, k) % 3:
            boxed(sh, x0 + 8 + k * 1.05, y0 + 38, 0.5 + 0.25 * (k % 3), 11, lw=0, fill=(10, 10, 10))
    put(sh, cx, y0 + 51, _b9.track_spaced(c.rm_track), f=DMONO, pt=9, a="center")
    put(sh, x0 + 5, y0 + 60, "Bestemmeling / Destinataire:", f=DMONO, pt=7.5)
    for j, t in enumerate(c.rm_to):
        put(sh, x0 + 5, y0 + 64.5 + j * 4.2, t, f=DMONO, pt=8.5)
    yy = y0 + 66 + len(c.rm_to) * 4.2
    put(sh, x0 + 5, yy, "Afzender / Expéditeur:", f=DMONO, pt=7.5)
    for j, t in enumerate(_b9._sender_lines(c)):
        put(sh, x0 + 5, yy + 4.5 + j * 4.2, t[:34], f=DMONO, pt=8.5)
    yy += 6 + 3 * 4.2 + 4
    put(sh, x0 + 5, yy, "Aangetekend/Recommandé", f=DMONO, pt=8.5)
    put(sh, x0 + w - 5, yy, "EUR 10,20", f=DMONO, pt=8.5, a="right")
    put(sh, x0 + 5, yy + 5, "TOTAAL/TOTAL", f=DMONO, pt=9)
    put(sh, x0 + w - 5, yy + 5, "EUR 10,20", f=DMONO, pt=9, a="right")
    put(sh, cx, yy + 14, "Bewaar dit bewijs / Conservez ce reçu", f=DMONO, pt=7.5, a="center")
    for ty in (y0 - 6, y0 + h - 8):
        boxed(sh, x0 - 8, ty, w + 16, 14, lw=0, fill=(226, 226, 222))
    return [copier(sh, dpi=180, tone=(250, 250, 250))], {}


def rm_envelope_photo(c: Case, rng: random.Random):
    """Phone photo of the office's envelope to the Immigration Office with the bpost 'R' label and barcode stuck at
    the top LEFT and the post office's date stamp beside the franking, the small white deposit receipt laid on the
    envelope's lower RIGHT corner showing the same number, the addressee and the date."""
    W_, H_ = 229.0, 162.0
    env = Sheet(W_, H_)
    boxed(env, 0, 0, W_, H_, lw=0, fill=(246, 240, 226))
    for j, t in enumerate(_b9._sender_lines(c)):
        put(env, 10, 8 + j * 4.5, t, f=NSAN, pt=8, c=GRY1)
    boxed(env, 10, 26, 60, 24, lw=0, fill=WHITE)
    put(env, 13, 28, "R", f=NSAN_B, pt=22)
    put(env, 26, 29, "AANGETEKEND", f=NSAN_B, pt=8)
    put(env, 26, 33, "RECOMMANDÉ", f=NSAN_B, pt=8)
    for k in range(44):
        if crc(c.rm_track, "e", k) % 3:
            boxed(env, 13 + k * 1.2, 39, 0.6, 7, lw=0, fill=(0, 0, 0))
    put(env, 40, 46.5, _b9.track_spaced(c.rm_track), f=NSAN, pt=6.5, a="center")
    boxed(env, W_ - 46, 8, 36, 22, lw=0.4, c=(200, 40, 40))
    put(env, W_ - 28, 12, "PP – PB", f=NSAN_B, pt=9, a="center", c=(200, 40, 40))
    put(env, W_ - 28, 18, "BELGIE(N) – BELGIQUE", f=NSAN, pt=6, a="center", c=(200, 40, 40))
    rubber(
        env,
        W_ - 86,
        10,
        ["BPOST", _b9.fdate(c.rm_date, "dots"), _b9._post_office(c)[:16].upper()],
        rng,
        c=(60, 60, 70),
        mm=26,
    )
    for j, t in enumerate(c.rm_to):
        put(env, 100, 80 + j * 7, t, f=NSAN, pt=12)
    rc = Sheet(70, 50)
    boxed(rc, 0, 0, 70, 50, lw=0, fill=WHITE)
    put(rc, 3, 3, "bpost – Bewijs van afgifte", f=NSAN_B, pt=7.5)
    put(rc, 3, 8, _b9.track_spaced(c.rm_track), f=NSAN_B, pt=8)
    put(rc, 3, 13, f"{_b9.fdate(c.rm_date, 'dots')} – {_b9._post_office(c)}", f=NSAN, pt=6.5)
    for j, t in enumerate(c.rm_to):
        put(rc, 3, 19 + j * 3.8, t, f=NSAN, pt=6.8)
    put(rc, 3, 40, "Aangetekend · EUR 10,20", f=NSAN, pt=6.5)
    bg = Sheet(210, 297)
    boxed(bg, 0, 0, 210, 297, lw=0, fill=(74, 62, 54))
    card_onto(env, bg, 4, 60, scale=0.88, deg=rng.uniform(-3, -1), dpi=160)
    card_onto(rc, bg, 118, 150, scale=1.0, deg=rng.uniform(4, 8), dpi=220)
    return [copier(bg, dpi=150, tone=(255, 248, 236), blur=0.5)], {}


_reg(
    "be9ter-rm-bpost-kasticket-thermisch-plakband-54",
    "registered-mail-receipt",
    "nl",
    rm_thermal,
    "bpost thermal counter receipt taped on A4",
)
_reg(
    "be9ter-rm-envelop-r-sticker-afgiftebewijs-photo-54",
    "registered-mail-receipt",
    "nl",
    rm_envelope_photo,
    "registered envelope with the R label and the deposit receipt, photographed",
)


# --------------------------------------------------------------------------- other pieces


def other_declaration(c: Case, rng: random.Random):
    """The applicant's 'DÉCLARATION SUR L'HONNEUR / VERKLARING OP EER' typed on a home printer in two languages,
    French first: the applicant's particulars as he or she states them, the declaration that no identity document
    is available and the reasons, place, date and the applicant's signature at the RIGHT; no stamp, no photo."""
    p = c.p
    sh = Sheet(210, 297)
    put(sh, 105, 22, "DÉCLARATION SUR L'HONNEUR", f=DSAN_B, pt=14, a="center")
    put(sh, 105, 30, "VERKLARING OP EER", f=DSAN, pt=11, a="center", c=GRY1)
    y = 44.0
    for a, b in [
        ("Je soussigné(e) / Ondergetekende", f"{p.given_names} {p.surname}"),
        ("né(e) le / geboren op", _b9.fdate(p.birth_date, "dots")),
        ("à / te", f"{p.birth_place} ({land(c.birth_cc(), 'fr')})"),
        ("nationalité / nationaliteit", natl(p.nationality, "fr")),
        ("résidant à / wonende te", residence(c, "fr")),
    ]:
        put(sh, 22, y, a, f=DSAN, pt=9, c=GRY1)
        put(sh, 88, y, b, f=DSAN_B, pt=fit(b, 100, DSAN_B, 10.5))
        y += 8
    y = flow(
        sh,
        22,
        y + 6,
        166,
        "déclare sur l'honneur que je ne possède aucun passeport, aucune carte d'identité "
        "ni aucun acte d'état civil. Mes documents sont restés dans mon pays lors de mon départ et je ne peux "
        "pas les obtenir auprès des autorités de mon pays. Les données ci-dessus sont celles que je déclare "
        "moi-même.",
        f=DSAN,
        pt=10.5,
        lead=1.45,
        al="justify",
    )
    y = flow(
        sh,
        22,
        y + 4,
        166,
        "verklaar op eer dat ik geen paspoort, geen identiteitskaart en geen akte van de "
        "burgerlijke stand bezit. Mijn documenten zijn bij mijn vertrek in mijn land achtergebleven en ik kan "
        "ze niet verkrijgen bij de autoriteiten van mijn land. Bovenstaande gegevens verklaar ik zelf.",
        f=DSAN,
        pt=10,
        lead=1.45,
        al="justify",
        c=GRY1,
    )
    put(
        sh,
        22,
        y + 14,
        f"Fait à / Opgemaakt te {c.addr.city}, le / op {_b9.fdate(c.app_date, 'dots')}",
        f=DSAN,
        pt=10,
    )
    put(sh, 120, y + 26, "Signature / Handtekening", f=DSAN, pt=9, c=GRY1)
    scrawl(sh, 122, y + 31, rng, w=42, h=14, c=BIC_BLUE)
    return [sh], {}


def other_pharmacy(c: Case, rng: random.Random):
    """A Belgian pharmacy's dispensing history printed on the counter's laser printer: the pharmacy's name, address
    and APB number at the top LEFT, the patient's name and birth date in a frame at the RIGHT, a table of deliveries
    (date, product, quantity, price, patient share) with the 'no reimbursement' mention, the total and the
    pharmacist's stamp; a yellow marker stroke over the total."""
    p = c.p
    i = sick(c, "fr" if c.lang == "fr" else "nl")
    name = rng.choice(["Pharmacie du Marché", "Apotheek De Linde", "Pharmacie Centrale", "Apotheek Sint-Jan"])
    sh = Sheet(210, 297)
    put(sh, 18, 16, name, f=LNAR_B, pt=13)
    put(sh, 18, 22, f"{c.addr.postcode} {c.addr.city} – APB {digits(rng, 6)}", f=LNAR, pt=9, c=GRY1)
    boxed(sh, 120, 12, 72, 16, lw=0.3)
    put(sh, 123, 14, f"{p.surname.upper()} {p.given_names}", f=LNAR_B, pt=9.5)
    put(
        sh,
        123,
        19.5,
        f"°{_b9.fdate(p.birth_date, 'dots')} – geen verzekerbaarheid / pas d'assurabilité",
        f=LNAR,
        pt=7.8,
    )
    put(sh, 18, 36, "Afleveringshistoriek / Historique des délivrances", f=LNAR_B, pt=11)
    cols = [18, 44, 128, 146, 170]
    y = 46.0
    for x, h in zip(cols, ["Datum", "Product", "Aantal", "Prijs", "Remgeld"]):
        put(sh, x, y, h, f=LNAR_B, pt=9)
    line(sh, 18, y + 5, 192, y + 5, lw=0.3)
    y += 8
    tot = 0.0
    d0 = SUB - datetime.timedelta(days=120)
    for k in range(6):
        med = i["meds"][k % len(i["meds"])]
        price = round(20 + (crc(med, k) % 9000) / 100, 2)
        tot += price
        put(sh, 18, y, _b9.fdate(d0 + datetime.timedelta(days=21 * k), "dots"), f=LNAR, pt=9)
        put(sh, 44, y, med[:52], f=LNAR, pt=9)
        put(sh, 128, y, "1", f=LNAR, pt=9)
        put(sh, 146, y, f"{price:.2f}".replace(".", ","), f=LNAR, pt=9)
        put(sh, 170, y, f"{price:.2f}".replace(".", ","), f=LNAR, pt=9)
        y += 6
    line(sh, 18, y, 192, y, lw=0.3)
    put(sh, 128, y + 3, "Totaal / Total EUR", f=LNAR_B, pt=9.5)
    put(sh, 170, y + 3, f"{tot:.2f}".replace(".", ","), f=LNAR_B, pt=9.5)
    marker(sh, 126, y + 2.2, 64, 5.4)
    put(
        sh,
        18,
        y + 14,
        "Geen tussenkomst ziekteverzekering – Pas d'intervention de l'assurance maladie",
        f=LNAR,
        pt=8.5,
        c=GRY1,
    )
    rubber(
        sh,
        120,
        y + 22,
        [name.upper()[:20], f"{c.addr.postcode} {c.addr.city.upper()}"[:20]],
        rng,
        shape="oval",
        c=STAMP_RED,
        mm=28,
    )
    return [sh], {}


_reg(
    "be9ter-other-declaration-op-eer-tweetalig-thuisprinter-54",
    "other",
    "fr",
    other_declaration,
    "the applicant's typed declaration on honour, French and Dutch",
)
_reg(
    "be9ter-other-pharmacy-afleveringshistoriek-markeerstift-54",
    "other",
    "nl",
    other_pharmacy,
    "pharmacy's dispensing history",
)
