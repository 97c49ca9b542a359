"""9ter families of the `fiftieth` part (registered in be9ter.BFAMILIES).

Written by a writer who saw neither the validator nor its output, from the seeds (003, 004), rules.md and how such
papers look in Belgian files.  Every family (layout, wording, faces, signature placement and copy habit) is this
part's own and is described in its function's docstring only (the part is read blind).  The applications' sentences
are written here, in Dutch, French, German and English (`say_*` builders); the facts of a case (illness, doctors,
dates, flags) come from the case that be9ter's generic plan draws.

Importing this module tells be9ter which origins this part's 9ter applicants come from (Jordan, Lesotho and
Tajikistan: the countries of this part's identity families, and Türkiye-born nationals of them for the Turkish birth
record) and adds this part's extra clean dossiers, each under the part's own key; nothing another part reads is
changed.
"""

from __future__ import annotations

import datetime
import random
from datetime import timedelta

from PIL import Image, ImageDraw

from . import be9ter as _b9
from .be9ter import ILLNESSES, SPECIALTY, Case
from .fiftieth_identity import (
    CALA,
    CALA_B,
    CALA_I,
    CARL,
    CARL_B,
    CARL_I,
    DVC,
    DVC_B,
    DVM,
    DVM_B,
    FSANS,
    FSANS_B,
    G1,
    G2,
    G3,
    G4,
    GOTH,
    GOTH_B,
    HAND_BLOCK,
    HAND_CHANCERY,
    HAND_HEAVY,
    HAND_LEAN,
    HAND_ROUND,
    INK_BLACK,
    INK_BLUE,
    INK_ROYAL,
    MONO,
    NSANS,
    NSANS_B,
    NSANS_I,
    PALA,
    PALA_B,
    PALA_I,
    SANS,
    SANS_B,
    SANS_I,
    SCHOOL,
    SCHOOL_B,
    SCHOOL_I,
    SERIF,
    SERIF_B,
    SERIF_I,
    ST_BLACK,
    ST_BLUE,
    ST_GREEN,
    ST_VIOLET,
    TYPEW,
    TYPEW_B,
    BLACK,
    bars,
    block,
    chk,
    dnum,
    dword,
    fill,
    fit_pt,
    frame,
    hand,
    hand_block,
    hilite,
    hline,
    leaning,
    lines_of,
    on_table,
    photocopy,
    put,
    put_fit,
    ras,
    safe,
    signat,
    stampit,
    step_of,
    vline,
    wid,
)
from .paper import Sheet
from .people import format_address, strip_accents

PART = "fiftieth"
SUB = datetime.date(2026, 12, 1)
CARL_BI = "/usr/share/fonts/truetype/crosextra/Carlito-BoldItalic.ttf"

# this part's 9ter applicants: Jordan, Lesotho and Tajikistan (new key only)
_b9.PART_ORIGINS.setdefault(PART, ["JOR", "LSO", "TJK"])
# clean dossiers only this part has (new key only): identity pieces with a marriage act, the identity card with a
# child, an embassy's identity certificate with a child, identity pieces with a child, the identity card with a
# spouse, an identity certificate alone, an expired passport with a child, identity pieces alone, a passport with a
# spouse and the registered posting still to come, a pending asylum claim with a spouse, identity pieces with a spouse
# and a child, and the identity card with a spouse (the names' seeds pick the countries' cards, certificates, pieces
# and marriage acts, so that both countries' pieces and marriage acts are drawn)
_b9.EXTRA_CLEANS.setdefault(
    PART,
    [
        dict(id="pieces", family=["spouse"]),
        dict(id="idcard", family=["child"]),
        dict(id="certificate", family=["child"]),
        dict(id="pieces", family=["child"]),
        dict(id="idcard", family=["spouse"]),
        dict(id="certificate"),
        dict(id="passport-expired", family=["child"]),
        dict(id="pieces"),
        dict(id="passport", family=["spouse"], rm="planned"),
        dict(id="asylum", family=["spouse"]),
        dict(id="pieces", family=["spouse", "child"]),
        dict(id="idcard", family=["spouse"]),
    ],
)

BC = _b9.COUNTRIES
LANGS = ("nl", "fr", "de", "en")


def _reg(fid: str, type_: str, lang: str, make, note: str) -> None:
    _b9._reg(fid, type_, PART, lang, make, note)


# =========================================================================== the case in words


def lg(lang: str) -> str:
    return lang if lang in LANGS else "nl"


def she(c: Case) -> bool:
    return c.p.sex == "F"


def cap1(s: str) -> str:
    return s[:1].upper() + s[1:]


def on_date(c: Case, d: datetime.date, lang: str, style: str | None = None) -> str:
    return _b9.fdate(d, style or c.date_style, lg(lang))


def nm(p, style: str) -> str:
    return _b9.name_in(p, style)


def country(code: str, lang: str) -> str:
    return BC[code][lg(lang)] if code in BC else code


def adj(code: str, lang: str) -> str:
    return BC[code]["adj_" + lg(lang)] if code in BC else code


_FR_IN = {
    "JOR": "en Jordanie",
    "LSO": "au Lesotho",
    "TJK": "au Tadjikistan",
    "TUR": "en Turquie",
    "BEL": "en Belgique",
}
_DE_IN = {
    "JOR": "in Jordanien",
    "LSO": "in Lesotho",
    "TJK": "in Tadschikistan",
    "TUR": "in der Türkei",
    "BEL": "in Belgien",
}


def in_country(code: str, lang: str) -> str:
    if lang == "fr":
        return _FR_IN.get(code, "en " + country(code, "fr"))
    if lang == "de":
        return _DE_IN.get(code, "in " + country(code, "de"))
    return "in " + country(code, lang)


def residence(c: Case, lang: str, *, lines: bool = False) -> str:
    """The address of effective residence in this dossier's address form."""
    st = {
        "street-first": "street_first",
        "slash-box": ("slash_box", "slashbus_box")[c.seed % 2],
        "number-first": "number_first",
        "postcode-first": ("postcode_first", "dash_box")[(c.seed // 3) % 2],
    }.get(c.addr_style, "street_first")
    return format_address(c.addr, "multiline" if lines else st, lg(lang))


def ill(c: Case, lang: str) -> dict:
    il = ILLNESSES[c.illness]
    for k in (lang, "fr", "nl"):
        if k in il:
            return il[k]
    return il["nl"]


def claimant(c: Case, lang: str, up: bool = False) -> str:
    s = {
        "nl": "verzoekster" if she(c) else "verzoeker",
        "fr": "la requérante" if she(c) else "le requérant",
        "de": "die Antragstellerin" if she(c) else "der Antragsteller",
        "en": "the applicant",
    }[lang]
    return cap1(s) if up else s


def his(c: Case, lang: str) -> str:
    return {
        "nl": "haar" if she(c) else "zijn",
        "fr": "son",
        "de": "ihre" if she(c) else "seine",
        "en": "her" if she(c) else "his",
    }[lang]


def counsel_of(c: Case, lang: str) -> str:
    A = c.lawyer
    return {
        "nl": f"meester {A['first']} {A['last']}",
        "fr": f"Maître {A['first']} {A['last']}",
        "de": f"{'Rechtsanwältin' if A.get('sex') == 'F' else 'Rechtsanwalt'} {A['first']} {A['last']}",
        "en": f"{A['first']} {A['last']}, lawyer",
    }[lang]


def annex_ref(c: Case, key: str, lang: str) -> str:
    n = c.annex_no(key)
    if n is None:
        return ""
    return {
        "nl": f" (bijlage {n})",
        "fr": f" (annexe {n})",
        "de": f" (Anlage {n})",
        "en": f" (enclosure {n})",
    }[lang]


def regnum(c: Case, lang: str) -> str:
    if c.nrn:
        return {
            "nl": f"rijksregisternummer {c.nrn}",
            "fr": f"numéro de registre national {c.nrn}",
            "de": f"Nationalregisternummer {c.nrn}",
            "en": f"national register number {c.nrn}",
        }[lang]
    return {
        "nl": f"nummer openbare veiligheid {c.ov}",
        "fr": f"numéro de sûreté publique {c.ov}",
        "de": f"Nummer der öffentlichen Sicherheit {c.ov}",
        "en": f"public security number {c.ov}",
    }[lang]


def birth_cc(c: Case) -> str:
    return _b9.country_code_of(c.p.birth_country, c.p.nationality)


def say_person(c: Case, lang: str) -> str:
    """Name, birth, nationality and register number in one phrase; the planted flags drop the place and country of
    birth or the nationality."""
    p = c.p
    n = nm(p, c.name_style)
    bd = on_date(c, p.birth_date, lang)
    nobp, nonat = "no_birthplace" in c.flags, "no_nationality" in c.flags
    cc = birth_cc(c)
    if lang == "nl":
        s = f"{n}, geboren op {bd}" + ("" if nobp else f" in {p.birth_place} ({country(cc, 'nl')})")
        s += "" if nonat else f", van {adj(p.nationality, 'nl')} nationaliteit"
    elif lang == "fr":
        s = f"{n}, né{'e' if she(c) else ''} le {bd}" + (
            "" if nobp else f" à {p.birth_place} ({country(cc, 'fr')})"
        )
        s += "" if nonat else f", de nationalité {adj(p.nationality, 'fr')}"
    elif lang == "de":
        s = f"{n}, geboren am {bd}" + ("" if nobp else f" in {p.birth_place} ({country(cc, 'de')})")
        s += "" if nonat else f", Staatsangehörigkeit: {adj(p.nationality, 'de')}"
    else:
        s = f"{n}, born on {bd}" + ("" if nobp else f" in {p.birth_place}, {country(cc, 'en')}")
        s += "" if nonat else f", a {adj(p.nationality, 'en')} national"
    return s + f", {regnum(c, lang)}"


def say_home(c: Case, lang: str) -> str:
    A = claimant(c, lang, True)
    if "no_address" in c.flags:
        return {
            "nl": f"{A} verblijft sinds geruime tijd in België, waar {'zij' if she(c) else 'hij'} ook wordt "
            f"opgevolgd door {his(c, 'nl')} behandelende artsen.",
            "fr": f"{A} séjourne depuis longtemps en Belgique, où {'elle' if she(c) else 'il'} est suivi"
            f"{'e' if she(c) else ''} par ses médecins traitants.",
            "de": f"{A} hält sich seit langem in Belgien auf und wird hier ärztlich betreut.",
            "en": "The applicant has been staying in Belgium for a long time and is followed by doctors here.",
        }[lang]
    a = residence(c, lang)
    return {
        "nl": f"{A} woont effectief op het adres {a}.",
        "fr": f"{A} réside effectivement à l'adresse suivante : {a}.",
        "de": f"{A} wohnt tatsächlich unter der Anschrift {a}.",
        "en": f"The applicant actually resides at {a}.",
    }[lang]


def say_domicile(c: Case, lang: str) -> str | None:
    if "no_domicile" in c.flags or c.domicile == "none":
        return None
    if c.domicile == "lawyer" and c.lawyer:
        A = c.lawyer
        w = f"{A['street']}, {A['pc']} {A['city']}"
        return {
            "nl": f"Voor deze procedure kiest {claimant(c, 'nl')} woonplaats op het kantoor van "
            f"{counsel_of(c, 'nl')}, {w}.",
            "fr": f"Pour la présente procédure, {claimant(c, 'fr')} fait élection de domicile au cabinet de "
            f"{counsel_of(c, 'fr')}, {w}.",
            "de": f"Für dieses Verfahren wird Wohnsitz in der Kanzlei von {counsel_of(c, 'de')}, {w}, gewählt.",
            "en": f"For this procedure the applicant elects domicile at the office of {counsel_of(c, 'en')}, "
            f"{w}.",
        }[lang]
    if c.domicile == "other" and c.other_domicile:
        return {
            "nl": f"Als gekozen woonplaats geldt: {c.other_domicile}.",
            "fr": f"Domicile est élu chez {c.other_domicile}.",
            "de": f"Als gewählter Wohnsitz gilt: {c.other_domicile}.",
            "en": f"Domicile is elected at {c.other_domicile}.",
        }[lang]
    return {
        "nl": "De gekozen woonplaats is dezelfde als het adres van de effectieve verblijfplaats.",
        "fr": "Le domicile élu est celui de la résidence effective.",
        "de": "Gewählter Wohnsitz ist die Anschrift des tatsächlichen Aufenthalts.",
        "en": "The elected domicile is the address of actual residence.",
    }[lang]


def domicile_value(c: Case, lang: str) -> str:
    if "no_domicile" in c.flags or c.domicile == "none":
        return ""
    if c.domicile == "lawyer" and c.lawyer:
        A = c.lawyer
        return f"{counsel_of(c, lang)}, {A['street']}, {A['pc']} {A['city']}"
    if c.domicile == "other" and c.other_domicile:
        return c.other_domicile
    return {
        "nl": "adres van de verblijfplaats",
        "fr": "adresse de la résidence",
        "de": "Wohnanschrift",
        "en": "address of residence",
    }[lang]


def pieces_list(c: Case, lang: str) -> str:
    items = [
        f"{d[0].lower() + d[1:]}{annex_ref(c, k, lang)}"
        for k, d in c.annexes
        if k.startswith("id") and k != "id-tr"
    ]
    if not items:
        return "-"
    conj = {"nl": " en ", "fr": " et ", "de": " und ", "en": " and "}[lang]
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + conj + items[-1]


def say_identity(c: Case, lang: str) -> str:
    k = c.id_kind
    r = lambda key: annex_ref(c, key, lang)  # noqa: E731
    A = claimant(c, lang, True)
    exp = on_date(c, c.id_expiry, lang) if c.id_expiry else ""
    if k in ("passport", "passport-mrz", "passport-name", "untranslated", "translated", "passport-expired"):
        if k == "passport-expired":
            s = {
                "nl": f"{A} bewijst {his(c, 'nl')} identiteit met {his(c, 'nl')} nationaal paspoort{r('id')}. Het "
                f"paspoort is op {exp} vervallen, maar blijft een identiteitsdocument in de zin van artikel "
                f"9ter, § 2 van de wet.",
                "fr": f"{A} établit son identité par son passeport national{r('id')}. Ce passeport a expiré le "
                f"{exp} mais demeure un document d'identité au sens de l'article 9ter, § 2, de la loi.",
                "de": f"{A} weist die Identität durch den Reisepass{r('id')} nach. Er ist seit dem {exp} "
                f"abgelaufen, bleibt aber ein Identitätsdokument im Sinne von Artikel 9ter § 2.",
                "en": f"The applicant proves {his(c, 'en')} identity with {his(c, 'en')} national passport{r('id')}, "
                f"which expired on {exp}; it remains an identity document within Article 9ter § 2.",
            }[lang]
        else:
            s = {
                "nl": f"{A} bewijst {his(c, 'nl')} identiteit met {his(c, 'nl')} nationaal paspoort{r('id')}, "
                f"geldig tot {exp}.",
                "fr": f"{A} établit son identité par son passeport national{r('id')}, valable jusqu'au {exp}.",
                "de": f"{A} weist die Identität durch den bis {exp} gültigen Reisepass{r('id')} nach.",
                "en": f"The applicant proves {his(c, 'en')} identity with {his(c, 'en')} national passport"
                f"{r('id')}, valid until {exp}.",
            }[lang]
        if k in ("untranslated", "translated"):
            s += {
                "nl": f" Daarnaast wordt {his(c, 'nl')} Turkse geboorteakte voorgelegd{r('id2')}",
                "fr": f" Son acte de naissance turc est également produit{r('id2')}",
                "de": f" Zusätzlich wird die türkische Geburtsurkunde vorgelegt{r('id2')}",
                "en": f" {cap1(his(c, 'en'))} Turkish birth record is also enclosed{r('id2')}",
            }[lang]
            s += (
                {
                    "nl": f", samen met een beëdigde vertaling{r('id-tr')}.",
                    "fr": f", accompagné d'une traduction jurée{r('id-tr')}.",
                    "de": f", zusammen mit einer beeidigten Übersetzung{r('id-tr')}.",
                    "en": f", together with a sworn translation{r('id-tr')}.",
                }[lang]
                if k == "translated"
                else "."
            )
        return s
    if k == "idcard":
        return {
            "nl": f"{A} bewijst {his(c, 'nl')} identiteit met {his(c, 'nl')} nationale identiteitskaart"
            f"{r('id')}, die als identiteitsdocument volstaat.",
            "fr": f"{A} établit son identité par sa carte nationale d'identité{r('id')}, document d'identité "
            f"suffisant à lui seul.",
            "de": f"{A} weist die Identität durch den nationalen Personalausweis{r('id')} nach.",
            "en": f"The applicant proves {his(c, 'en')} identity with {his(c, 'en')} national identity card"
            f"{r('id')}.",
        }[lang]
    if k in ("pieces", "pieces-nophoto", "certificate", "declarative-cert", "single-piece"):
        lst = pieces_list(c, lang)
        return {
            "nl": f"{A} heeft geen paspoort. {cap1(his(c, 'nl'))} identiteit wordt aangetoond met de volgende "
            f"bewijselementen, die samen de volledige naam, de geboorteplaats en -datum en de nationaliteit "
            f"bevatten, door de bevoegde overheid werden afgegeven en niet op loutere verklaringen berusten: "
            f"{lst}.",
            "fr": f"{A} ne possède pas de passeport. Son identité est établie par les éléments de preuve "
            f"suivants, qui contiennent ensemble le nom complet, le lieu et la date de naissance et la "
            f"nationalité, émanent de l'autorité compétente et ne reposent pas sur de simples déclarations : "
            f"{lst}.",
            "de": f"{A} besitzt keinen Reisepass. Die Identität wird durch folgende Nachweise belegt, die "
            f"zusammen den vollständigen Namen, Geburtsort und -datum sowie die Staatsangehörigkeit "
            f"enthalten und von der zuständigen Behörde stammen: {lst}.",
            "en": f"The applicant has no passport. {cap1(his(c, 'en'))} identity is shown by the following "
            f"evidence, which together gives the full name, place and date of birth and nationality, comes "
            f"from the competent authority and does not rest on mere declarations: {lst}.",
        }[lang]
    if k == "asylum":
        return {
            "nl": f"{A} is verzoeker om internationale bescherming; over dat verzoek is nog geen definitieve "
            f"beslissing genomen. Overeenkomstig artikel 9ter, § 2, derde lid, geldt de verplichting om de "
            f"identiteit aan te tonen daarom niet. Het bewijs van de lopende procedure wordt bijgevoegd"
            f"{r('asylum')}.",
            "fr": f"{A} a introduit une demande de protection internationale qui n'a pas encore fait l'objet "
            f"d'une décision définitive. Conformément à l'article 9ter, § 2, alinéa 3, l'obligation d'établir "
            f"l'identité ne s'applique donc pas. La preuve de la procédure en cours est jointe{r('asylum')}.",
            "de": f"{A} hat internationalen Schutz beantragt; eine endgültige Entscheidung liegt noch nicht vor. "
            f"Nach Artikel 9ter § 2 Absatz 3 entfällt daher die Pflicht zum Identitätsnachweis. Der "
            f"Nachweis des laufenden Verfahrens liegt bei{r('asylum')}.",
            "en": f"The applicant has applied for international protection and no final decision has been taken; "
            f"under Article 9ter § 2, third paragraph, the identity requirement therefore does not apply. "
            f"Proof of the pending procedure is enclosed{r('asylum')}.",
        }[lang]
    if k == "asylum-noproof":
        return {
            "nl": f"{A} is verzoeker om internationale bescherming en er is nog geen definitieve beslissing; "
            f"daarom hoeft {'zij' if she(c) else 'hij'} {his(c, 'nl')} identiteit niet aan te tonen.",
            "fr": f"{A} est demandeu{'se' if she(c) else 'r'} de protection internationale sans décision définitive "
            f"à ce jour ; son identité ne doit donc pas être établie.",
            "de": f"{A} ist Asylbewerber ohne endgültige Entscheidung; ein Identitätsnachweis ist deshalb nicht "
            f"erforderlich.",
            "en": "The applicant is an asylum seeker without a final decision and therefore need not prove "
            "identity.",
        }[lang]
    if k == "declaration":
        return {
            "nl": f"{A} beschikt over geen enkel identiteitsdocument. {cap1(his(c, 'nl'))} identiteit blijkt uit "
            f"{his(c, 'nl')} verklaring op eer{r('id')}.",
            "fr": f"{A} ne dispose d'aucun document d'identité. Son identité ressort de sa déclaration sur "
            f"l'honneur{r('id')}.",
            "de": f"{A} verfügt über kein Identitätsdokument; die Identität ergibt sich aus der ehrenwörtlichen "
            f"Erklärung{r('id')}.",
            "en": f"The applicant has no identity document; {his(c, 'en')} identity appears from "
            f"{his(c, 'en')} declaration on honour{r('id')}.",
        }[lang]
    return {
        "nl": f"{A} heeft bij {his(c, 'nl')} ambassade een nieuw paspoort aangevraagd. Zodra het is uitgereikt, "
        f"wordt een kopie nagestuurd.",
        "fr": f"{A} a sollicité un nouveau passeport auprès de son ambassade ; une copie sera transmise dès sa "
        f"délivrance.",
        "de": f"{A} hat bei der Botschaft einen neuen Reisepass beantragt; eine Kopie wird nach Ausstellung "
        f"nachgereicht.",
        "en": "The applicant has asked the embassy for a new passport; a copy will follow once it is issued.",
    }[lang]


def say_medical(c: Case, lang: str) -> str:
    t = ill(c, lang)
    il = ILLNESSES[c.illness]
    r1, r2 = annex_ref(c, "medcert", lang), annex_ref(c, "medstat", lang)
    meds = "; ".join(t["meds"])
    if lang == "nl":
        return (
            f"{claimant(c, 'nl', True)} lijdt aan {t['name'][:1].lower()}{t['name'][1:]} (ICD-10 {il['icd']}). Dat "
            f"blijkt uit het standaard medisch getuigschrift{r1}{(' en uit het medisch verslag' + r2) if r2 else ''}"
            f". Graad van ernst: {t['severity']} Noodzakelijke behandeling: {meds}. {t['intervention']} "
            f"Bij stopzetting: {t['consequences']}"
        )
    if lang == "fr":
        return (
            f"{claimant(c, 'fr', True)} est atteint{'e' if she(c) else ''} de la pathologie suivante : "
            f"{t['name'][:1].lower()}{t['name'][1:]} (CIM-10 {il['icd']}), ainsi qu'en atteste le certificat "
            f"médical type{r1}{(' et le rapport médical' + r2) if r2 else ''}. Degré de gravité : "
            f"{t['severity']} Traitement nécessaire : {meds}. {t['intervention']} En cas d'arrêt : "
            f"{t['consequences']}"
        )
    if lang == "de":
        return (
            f"{claimant(c, 'de', True)} leidet an {t['name']} (ICD-10 {il['icd']}), wie das standardisierte "
            f"ärztliche Attest{r1}{(' und der ärztliche Bericht' + r2) if r2 else ''} belegen. Schweregrad: "
            f"{t['severity']} Notwendige Behandlung: {meds}. {t['intervention']} Bei Abbruch: "
            f"{t['consequences']}"
        )
    return (
        f"The applicant suffers from {t['name']} (ICD-10 {il['icd']}), as the standard medical certificate{r1}"
        f"{(' and the medical report' + r2) if r2 else ''} show. Degree of severity: {t['severity']} Treatment "
        f"needed: {meds}. {t['intervention']} If it were stopped: {t['consequences']}"
    )


def say_care(c: Case, lang: str) -> str:
    o = BC[c.origin()]
    il = ILLNESSES[c.illness]
    drug = il.get("drug_l", {}).get(lang) or il["drug"]
    r = annex_ref(c, "coi", lang)
    ins = o.get("insurance_" + lang) or o.get("insurance_en", "")
    if lang == "nl":
        return (
            f"In {country(c.origin(), 'nl')} is {drug} niet op regelmatige basis verkrijgbaar; de behandeling "
            f"wordt in hoofdzaak aangeboden in {o['hospital']}, waar de voorraad herhaaldelijk uitgeput is{r}. "
            f"Een maand behandeling kost ongeveer {il['cost']}, terwijl een gewoon maandloon {o['wage']} bedraagt. "
            f"{ins} {claimant(c, 'nl', True)} heeft geen verblijfsrecht in een ander land."
        )
    if lang == "fr":
        return (
            f"{cap1(in_country(c.origin(), 'fr'))}, le {drug} n'est pas disponible de manière régulière ; le "
            f"traitement est essentiellement proposé à {o['hospital']}, où les ruptures de stock sont "
            f"fréquentes{r}. Un mois de traitement coûte environ {il['cost']}, pour un salaire mensuel courant de "
            f"{o['wage']}. {ins} {claimant(c, 'fr', True)} ne dispose d'aucun droit de séjour dans un autre pays."
        )
    if lang == "de":
        return (
            f"{cap1(in_country(c.origin(), 'de'))} ist {drug} nicht regelmäßig erhältlich; die Behandlung wird "
            f"vor allem im {o['hospital']} angeboten, wo die Vorräte wiederholt erschöpft sind{r}. Ein Monat "
            f"Behandlung kostet etwa {il['cost']} bei einem üblichen Monatslohn von {o['wage']}. {ins} Ein "
            f"Aufenthaltsrecht in einem anderen Staat besteht nicht."
        )
    return (
        f"In {country(c.origin(), 'en')} {il['drug']} is not regularly available; treatment is offered mainly at "
        f"{o['hospital']}, where stocks repeatedly run out{r}. A month of treatment costs about {il['cost']} "
        f"against a usual monthly wage of {o['wage']}. {o.get('insurance_en', '')} The applicant has no right of "
        f"residence in any other country."
    )


def say_family(c: Case, lang: str) -> str | None:
    if not c.family:
        return None
    out = []
    for i, m in enumerate(c.family):
        q = m.p
        cc = _b9.country_code_of(q.birth_country, q.nationality)
        f = q.sex == "F"
        rel = {
            "nl": ("echtgenote" if f else "echtgenoot")
            if m.rel == "spouse"
            else ("dochter" if f else "zoon"),
            "fr": ("épouse" if f else "époux") if m.rel == "spouse" else ("fille" if f else "fils"),
            "de": ("Ehefrau" if f else "Ehemann") if m.rel == "spouse" else ("Tochter" if f else "Sohn"),
            "en": ("wife" if f else "husband") if m.rel == "spouse" else ("daughter" if f else "son"),
        }[lang]
        bd = on_date(c, q.birth_date, lang)
        art = {"nl": "", "fr": ("sa " if f else "son "), "de": ("die " if f else "der "), "en": ""}[lang]
        born = {
            "nl": f"geboren op {bd} in {q.birth_place} ({country(cc, 'nl')})",
            "fr": f"né{'e' if f else ''} le {bd} à {q.birth_place} ({country(cc, 'fr')})",
            "de": f"geboren am {bd} in {q.birth_place} ({country(cc, 'de')})",
            "en": f"born on {bd} in {q.birth_place} ({country(cc, 'en')})",
        }[lang]
        nat = {
            "nl": f"{adj(q.nationality, 'nl')} nationaliteit",
            "fr": f"de nationalité {adj(q.nationality, 'fr')}",
            "de": f"Staatsangehörigkeit {adj(q.nationality, 'de')}",
            "en": f"{adj(q.nationality, 'en')} national",
        }[lang]
        out.append(f"{art}{rel} {nm(q, c.name_style)}, {born}, {nat}{annex_ref(c, f'fam{i}', lang)}")
    lst = "; ".join(out)
    return {
        "nl": f"De aanvraag wordt ook ingediend voor de gezinsleden die met {claimant(c, 'nl')} samenwonen: {lst}.",
        "fr": f"La demande est également introduite pour les membres de la famille qui vivent avec "
        f"{claimant(c, 'fr')} : {lst}.",
        "de": f"Der Antrag wird auch für die mit {claimant(c, 'de')} lebenden Familienangehörigen gestellt: {lst}.",
        "en": f"The application is also made for the family members living with the applicant: {lst}.",
    }[lang]


def say_history(c: Case, lang: str) -> str | None:
    out = []
    a = c.asylum
    if a and a.get("status") == "refused":
        d = on_date(c, a["refused_on"], lang)
        out.append(
            {
                "nl": f"Het verzoek om internationale bescherming van {claimant(c, 'nl')} werd op {d} afgewezen.",
                "fr": f"La demande de protection internationale de {claimant(c, 'fr')} a été refusée le {d}.",
                "de": f"Der Antrag auf internationalen Schutz wurde am {d} abgelehnt.",
                "en": f"The applicant's request for international protection was refused on {d}.",
            }[lang]
        )
    if c.previous_9ter:
        d = on_date(c, c.previous_9ter, lang)
        no = f"{(c.seed % 8_000_000) + 1_000_000}"
        out.append(
            {
                "nl": f"Op {d} diende {claimant(c, 'nl')} reeds een aanvraag op grond van artikel 9ter in (DVZ "
                f"{no}), waarover nog niet werd beslist. Overeenkomstig artikel 9ter, § 1 doet "
                f"{claimant(c, 'nl')} afstand van die eerdere aanvraag; alle elementen ervan worden in deze "
                f"aanvraag opnieuw aangevoerd.",
                "fr": f"Le {d}, {claimant(c, 'fr')} avait déjà introduit une demande fondée sur l'article 9ter "
                f"(OE {no}), toujours pendante. {claimant(c, 'fr', True)} se désiste de cette demande "
                f"antérieure ; tous les éléments qu'elle contenait sont repris dans la présente demande.",
                "de": f"Am {d} wurde bereits ein Antrag nach Artikel 9ter gestellt (Akte {no}), über den noch "
                f"nicht entschieden ist. Auf diesen Antrag wird verzichtet; alle seine Angaben werden hier "
                f"wiederholt.",
                "en": f"On {d} the applicant lodged an earlier Article 9ter application (file {no}) that is still "
                f"pending. That application is withdrawn; everything it contained is repeated here.",
            }[lang]
        )
    return " ".join(out) if out else None


def say_request(c: Case, lang: str) -> str:
    return {
        "nl": f"{claimant(c, 'nl', True)} verzoekt u daarom {'haar' if she(c) else 'hem'} op grond van artikel "
        f"9ter van de wet van 15 december 1980 te machtigen tot een verblijf van meer dan drie maanden.",
        "fr": f"{claimant(c, 'fr', True)} vous prie dès lors de lui accorder une autorisation de séjour de plus de "
        f"trois mois sur la base de l'article 9ter de la loi du 15 décembre 1980.",
        "de": f"{claimant(c, 'de', True)} beantragt daher eine Aufenthaltserlaubnis von mehr als drei Monaten auf "
        f"der Grundlage von Artikel 9ter des Gesetzes vom 15. Dezember 1980.",
        "en": "The applicant therefore asks to be granted leave to stay for more than three months under Article "
        "9ter of the Law of 15 December 1980.",
    }[lang]


def body_parts(c: Case, lang: str) -> list[tuple[str, str]]:
    """(tag, text) of an application's body after the personal data, in order."""
    out = []
    dom = say_domicile(c, lang)
    out.append(("residence", say_home(c, lang) + (" " + dom if dom else "")))
    out.append(("identity", say_identity(c, lang)))
    out.append(("medical", say_medical(c, lang)))
    if c.coi_in_app and "no_coi" not in c.flags:
        out.append(("coi", say_care(c, lang)))
    fam = say_family(c, lang)
    if fam:
        out.append(("family", fam))
    hist = say_history(c, lang)
    if hist:
        out.append(("parallel", hist))
    return out


HEADS = {
    "nl": dict(
        residence="Verblijfplaats en gekozen woonplaats",
        identity="Identiteit",
        medical="Medische toestand",
        coi="Behandeling in het land van herkomst",
        family="Gezin",
        parallel="Voorgaande procedures",
        personal="Persoonsgegevens",
        request="Verzoek",
        annexes="Stukkenbundel",
    ),
    "fr": dict(
        residence="Résidence et domicile élu",
        identity="Identité",
        medical="Situation médicale",
        coi="Soins dans le pays d'origine",
        family="Famille",
        parallel="Procédures antérieures",
        personal="Données personnelles",
        request="Demande",
        annexes="Inventaire",
    ),
    "de": dict(
        residence="Aufenthaltsort und gewählter Wohnsitz",
        identity="Identität",
        medical="Gesundheitszustand",
        coi="Behandlung im Herkunftsland",
        family="Familie",
        parallel="Frühere Verfahren",
        personal="Personalien",
        request="Antrag",
        annexes="Anlagen",
    ),
    "en": dict(
        residence="Residence and elected domicile",
        identity="Identity",
        medical="Medical situation",
        coi="Treatment in the country of origin",
        family="Family",
        parallel="Earlier procedures",
        personal="Personal details",
        request="Request",
        annexes="Enclosures",
    ),
}
DVZ = {
    "nl": ["Dienst Vreemdelingenzaken", "Dienst Medisch Verblijf", "Pachecolaan 44", "1000 Brussel"],
    "fr": ["Office des Étrangers", "Service Séjour médical", "Boulevard Pachéco 44", "1000 Bruxelles"],
    "de": [
        "Ausländeramt (Dienst Vreemdelingenzaken)",
        "Dienst für medizinischen Aufenthalt",
        "Pachecolaan 44",
        "1000 Brüssel",
    ],
    "en": ["Immigration Office (DVZ)", "Medical Residence Unit", "Pachecolaan 44", "1000 Brussels"],
}
SUBJ = {
    "nl": "Aanvraag tot machtiging tot verblijf op grond van artikel 9ter van de wet van 15 december 1980",
    "fr": "Demande d'autorisation de séjour sur la base de l'article 9ter de la loi du 15 décembre 1980",
    "de": "Antrag auf Aufenthaltserlaubnis nach Artikel 9ter des Gesetzes vom 15. Dezember 1980",
    "en": "Application for leave to stay under Article 9ter of the Law of 15 December 1980",
}


def enclosures(c: Case, lang: str) -> list[tuple[int, str, int]]:
    return [(i + 1, d, c.annex_pages.get(k, 1)) for i, (k, d) in enumerate(c.annexes)]


def pen_colour(c: Case):
    return random.Random(c.seed + 7).choice([INK_BLUE, INK_ROYAL, INK_BLACK])


# =========================================================================== text running over pages


class Pager:
    """Lays text down a page and onto new pages made by ``make(i) -> (sheet, top)``; ``tags`` holds the 1-based page
    where each named part starts."""

    def __init__(self, make, *, x0=25.0, x1=185.0, foot=268.0, f=SERIF, pt=10.5, lead=1.45):
        self.make, self.x0, self.x1, self.foot = make, x0, x1, foot
        self.f, self.pt, self.lead = f, pt, lead
        self.sheets: list[Sheet] = []
        self.tags: dict[str, int] = {}
        self.y = 0.0
        self.turn()

    def turn(self) -> None:
        sh, top = self.make(len(self.sheets))
        self.sheets.append(sh)
        self.y = top

    @property
    def sh(self) -> Sheet:
        return self.sheets[-1]

    def tag(self, k: str) -> None:
        self.tags.setdefault(k, len(self.sheets))

    def room(self, h: float) -> None:
        if self.y + h > self.foot:
            self.turn()

    def line(self, s, *, x=None, f=None, pt=None, col=BLACK, at="left", gap=0.0) -> None:
        st = step_of(pt or self.pt, self.lead)
        self.room(st)
        put(self.sh, self.x0 if x is None else x, self.y, s, f=f or self.f, pt=pt or self.pt, col=col, at=at)
        self.y += st + gap

    def para(
        self,
        s: str,
        *,
        f=None,
        pt=None,
        indent=0.0,
        gap=3.0,
        al="left",
        col=BLACK,
        tag=None,
        hang=None,
        hang_f=None,
        x1=None,
        lead_in=None,
        lead_f=None,
    ) -> None:
        """A paragraph; ``hang`` is a number hung in the left margin, ``lead_in`` a first word in another face."""
        f, pt = f or self.f, pt or self.pt
        s = safe(s, f)
        x = self.x0 + indent
        w = (x1 or self.x1) - x
        st = step_of(pt, self.lead)
        if lead_in:
            lw = wid(lead_in + " ", lead_f or f, pt)
            first = lines_of(self.sh, s, w - lw, f, pt)[:1]
            rest = s[len(first[0]) :].strip() if first else ""
            lines = first + (lines_of(self.sh, rest, w, f, pt) if rest else [])
        else:
            lines = lines_of(self.sh, s, w, f, pt)
        self.room(st * min(2, len(lines)))
        if tag:
            self.tag(tag)
        if hang:
            put(self.sh, x - 3, self.y, hang, f=hang_f or f, pt=pt, at="right")
        for i, ln in enumerate(lines):
            if self.y + st > self.foot:
                self.turn()
            xx = x
            if i == 0 and lead_in:
                xx += put(self.sh, x, self.y, lead_in + " ", f=lead_f or f, pt=pt, col=col)
            ww = (x1 or self.x1) - xx
            if al == "justify" and i < len(lines) - 1 and " " in ln.strip():
                words = ln.split()
                ws = [wid(wd, f, pt) for wd in words]
                g = (ww - sum(ws)) / (len(words) - 1)
                for wd, wdw in zip(words, ws):
                    put(self.sh, xx, self.y, wd, f=f, pt=pt, col=col)
                    xx += wdw + g
            else:
                put(self.sh, xx, self.y, ln, f=f, pt=pt, col=col)
            self.y += st
        self.y += gap


# =========================================================================== applications

ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]


def app_nl_footer(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """Dutch lawyer's letter WITHOUT a letterhead at the top: the firm's name, address, telephone, e-mail and
    enterprise number in one small-type FOOTER line over a thin rule on every page; at the top LEFT the lawyer's name
    in bold with 'Advocaat' and 'Ons kenmerk' under it, at the top RIGHT 'AANGETEKEND' over the Office's address;
    the place and date written out ('Antwerpen, 27 november 2026') under the address, the text in Caladea with each
    chapter numbered by a ROMAN numeral hung in the left margin beside its bold title, the personal data in one
    sentence, the signature at the RIGHT above the typed name 'Meester ...' and the enclosures as a ruled table
    'Stuk | Omschrijving'."""
    A, lang = c.lawyer, "nl"
    ref_ = f"{SUB.year}/{c.seed % 9000 + 1000}/{A['last'][:2].upper()}"

    def page(i):
        sh = Sheet()
        hline(sh, 25, 185, 282, lw=0.3, col=G2)
        foot = (
            f"{A['firm']} · {A['street']} · {A['pc']} {A['city']} · T {A['tel']} · {A['mail']} · "
            f"KBO 0{c.seed % 900 + 100}.{(c.seed // 7) % 900 + 100}.{(c.seed // 11) % 900 + 100}"
        )
        put(sh, 105, 284, foot, f=CALA, pt=fit_pt(foot, 160, CALA, 7.4), at="center", col=G1)
        if i:
            put(sh, 185, 14, f"- {i + 1} -", f=CALA, pt=9, at="right", col=G2)
        return sh, (24.0 if i else 18.0)

    w = Pager(page, x0=30, x1=185, foot=272, f=CALA, pt=10.5, lead=1.5)
    put(w.sh, 30, 18, f"{A['first']} {A['last']}", f=CALA_B, pt=11)
    put(w.sh, 30, 23.5, "Advocaat", f=CALA_I, pt=9.6, col=G1)
    put(w.sh, 30, 28.5, f"Ons kenmerk: {ref_}", f=CALA, pt=9, col=G1)
    put(w.sh, 118, 34, "AANGETEKEND", f=CALA_B, pt=10)
    for i, ln in enumerate(DVZ["nl"]):
        put(w.sh, 118, 40 + i * 5, ln, f=CALA, pt=10.5)
    put(w.sh, 118, 66, f"{A['city']}, {on_date(c, c.app_date, lang, 'long')}", f=CALA, pt=10.5)
    w.y = 80
    w.para(f"Betreft: {SUBJ['nl']} - {nm(c.p, c.name_style)}", f=CALA_B, gap=5)
    w.para("Mevrouw, Mijnheer,", gap=3)
    w.para(
        f"Ik treed op als raadsman van {say_person(c, lang)}. Namens {claimant(c, lang)} dien ik hierbij een "
        f"aanvraag in om machtiging tot verblijf op grond van artikel 9ter van de wet van 15 december 1980.",
        tag="personal",
        al="justify",
    )
    for n, (tg, txt) in enumerate(body_parts(c, lang)):
        w.room(18)
        w.tag(tg)
        put(w.sh, 26, w.y, ROMAN[n] + ".", f=CALA_B, pt=10.5, at="right")
        put(w.sh, 30, w.y, HEADS["nl"][tg], f=CALA_B, pt=10.5)
        w.y += 6.5
        w.para(txt, al="justify")
    w.para(say_request(c, lang), al="justify", gap=5)
    w.room(44)
    w.para("Met de meeste hoogachting,", gap=2)
    w.tag("signature")
    if "unsigned" not in c.flags:
        signat(w.sh, 120, w.y, rng, w=44, h=14, col=pen_colour(c))
    w.y += 17
    w.line(f"Meester {A['first']} {A['last']}", x=120, f=CALA_B)
    w.line("advocaat", x=120, f=CALA_I, pt=9.6, gap=8)
    rows = enclosures(c, lang)
    w.room(12 + 6.4 * min(len(rows) + 1, 6))
    put(w.sh, 30, w.y, HEADS["nl"]["annexes"], f=CALA_B, pt=10.5)
    w.y += 7
    for no_, lab, pg in [("Stuk", "Omschrijving", "")] + rows:
        w.room(6.4)
        hdr = no_ == "Stuk"
        frame(w.sh, 30, w.y, 18, 6.4, lw=0.2, col=G2, fill=(236, 236, 236) if hdr else None)
        frame(w.sh, 48, w.y, 137, 6.4, lw=0.2, col=G2, fill=(236, 236, 236) if hdr else None)
        put(w.sh, 39, w.y + 1.4, str(no_), f=CALA_B if hdr else CALA, pt=9.4, at="center")
        put_fit(
            w.sh, 50, w.y + 1.4, lab if hdr else f"{lab} ({pg} p.)", 133, f=CALA_B if hdr else CALA, pt=9.4
        )
        w.y += 6.4
    return w.sheets, w.tags


def app_fr_bold_leads(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """French lawyer's letter in Palatino: the firm's name in bold capitals at the top LEFT beside a thick vertical
    bar, the lawyer's name and 'Avocat au barreau de ...' under it, the place and date at the top RIGHT, 'Par envoi
    recommandé' and the Office's address in a block from the page's middle, the subject in a FRAMED box across the
    page, 'Madame, Monsieur,' and paragraphs each OPENED BY A WORD IN BOLD ('Identité.', 'Résidence.' ...), the
    closing formula, the signature at the LEFT under it with the name and 'Avocat' typed beneath; the inventory as a
    numbered list with each piece's page count; pages numbered '2/3' at the bottom RIGHT."""
    A, lang = c.lawyer, "fr"
    bar = random.Random(c.seed + 17).choice([(120, 20, 40), (20, 50, 110), (40, 40, 44)])
    lead_w = {
        "residence": "Résidence.",
        "identity": "Identité.",
        "medical": "Situation médicale.",
        "coi": "Pays d'origine.",
        "family": "Famille.",
        "parallel": "Antécédents.",
    }

    def page(i):
        sh = Sheet()
        if i:
            put(sh, 24, 12, f"{c.p.surname.upper()} - 9ter", f=PALA_I, pt=8.6, col=G2)
        return sh, (24.0 if i else 20.0)

    w = Pager(page, x0=24, x1=186, foot=272, f=PALA, pt=10.6, lead=1.5)
    fill(w.sh, 20, 14, 2.2, 22, bar)
    put(w.sh, 26, 14, A["firm"].upper(), f=PALA_B, pt=fit_pt(A["firm"].upper(), 90, PALA_B, 12))
    put(w.sh, 26, 21, f"Me {A['first']} {A['last']}", f=PALA, pt=10)
    put(
        w.sh,
        26,
        26,
        f"Avocat{'e' if A.get('sex') == 'F' else ''} au barreau de {A['city']}",
        f=PALA_I,
        pt=9.4,
        col=G1,
    )
    put(w.sh, 26, 31, f"{A['street']} - {A['pc']} {A['city']} - {A['tel']}", f=PALA, pt=8.4, col=G1)
    put(w.sh, 186, 14, f"{A['city']}, le {on_date(c, c.app_date, lang, 'long')}", f=PALA, pt=10, at="right")
    put(w.sh, 108, 44, "Par envoi recommandé", f=PALA_I, pt=10)
    for i, ln in enumerate(DVZ["fr"]):
        put(w.sh, 108, 50 + i * 5, ln, f=PALA, pt=10.5)
    w.y = 78
    bx = lines_of(w.sh, f"Objet : {SUBJ['fr']} - {nm(c.p, c.name_style)}", 154, PALA_B, 10.4)
    frame(w.sh, 24, w.y - 2, 162, 4 + len(bx) * 5.5, lw=0.5)
    for ln in bx:
        put(w.sh, 28, w.y, ln, f=PALA_B, pt=10.4)
        w.y += 5.5
    w.y += 6
    w.para("Madame, Monsieur,", gap=3)
    w.para(
        f"En ma qualité de conseil de {say_person(c, lang)}, j'ai l'honneur d'introduire, au nom de "
        f"{claimant(c, lang)}, une demande d'autorisation de séjour fondée sur l'article 9ter de la loi du "
        f"15 décembre 1980.",
        tag="personal",
        al="justify",
    )
    for tg, txt in body_parts(c, lang):
        w.para(txt, tag=tg, al="justify", lead_in=lead_w[tg], lead_f=PALA_B)
    w.para(say_request(c, lang), al="justify", lead_in="Par ces motifs,", lead_f=PALA_B, gap=4)
    w.room(46)
    w.para("Je vous prie d'agréer, Madame, Monsieur, l'expression de ma considération distinguée.", gap=3)
    w.tag("signature")
    if "unsigned" not in c.flags:
        signat(w.sh, 26, w.y, rng, w=46, h=14, col=pen_colour(c))
    w.y += 17
    w.line(f"{A['first']} {A['last']}", f=PALA_B)
    w.line(f"Avocat{'e' if A.get('sex') == 'F' else ''}", f=PALA_I, pt=9.6, gap=7)
    w.room(16)
    w.line("Inventaire des pièces", f=PALA_B, gap=2)
    for n, lab, pg in enclosures(c, lang):
        w.para(f"{lab} - {pg} p.", hang=f"{n}.", indent=6, gap=0.8, pt=10)
    n_ = len(w.sheets)
    for i, sh in enumerate(w.sheets):
        put(sh, 186, 286, f"{i + 1}/{n_}", f=PALA, pt=8.6, at="right", col=G1)
    return w.sheets, w.tags


def app_de_din(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """German lawyer's letter from Eupen or Sankt Vith laid out like a DIN letter: two short FOLD MARKS and a punch
    mark at the left edge, a one-line return address in 7-point type above the address window ('Per Einschreiben'
    and the Office's address), an INFORMATION BLOCK at the RIGHT (Ihr Zeichen, Unser Zeichen, Telefon, Datum) with
    the date as '27.11.2026', the subject in bold without a 'Betreff' word, chapters numbered '1.', '2.' in bold,
    the signature at the LEFT above the typed name and 'Rechtsanwalt' / 'Rechtsanwältin', and 'Anlagen' as a list."""
    A, lang = c.lawyer, "de"

    def page(i):
        sh = Sheet()
        hline(sh, 3, 8, 105, lw=0.3, col=G2)
        hline(sh, 3, 8, 210, lw=0.3, col=G2)
        hline(sh, 3, 10, 148.5, lw=0.3, col=G2)
        if i:
            put(sh, 105, 12, f"- Seite {i + 1} -", f=CARL, pt=9, at="center", col=G2)
        return sh, (22.0 if i else 20.0)

    w = Pager(page, x0=25, x1=185, foot=272, f=CARL, pt=11, lead=1.45)
    put(w.sh, 25, 16, A["firm"], f=CARL_B, pt=14)
    put(w.sh, 25, 22.5, f"{A['street']} · {A['pc']} {A['city']}", f=CARL, pt=9, col=G1)
    put(w.sh, 25, 46, f"{A['firm']} · {A['street']} · {A['pc']} {A['city']}", f=CARL, pt=7, col=G2)
    hline(w.sh, 25, 110, 49.5, lw=0.15, col=G3)
    put(w.sh, 25, 52, "Per Einschreiben", f=CARL_B, pt=10)
    for i, ln in enumerate(DVZ["de"]):
        put(w.sh, 25, 58 + i * 5, ln, f=CARL, pt=10.5)
    for i, (a, v) in enumerate(
        [
            ("Ihr Zeichen", "-"),
            ("Unser Zeichen", f"{c.seed % 900 + 100}/{SUB.year % 100} {A['last'][:1]}"),
            ("Telefon", A["tel"]),
            ("Datum", on_date(c, c.app_date, lang, "dots")),
        ]
    ):
        put(w.sh, 125, 52 + i * 8, a, f=CARL, pt=8, col=G1)
        put(w.sh, 125, 55.6 + i * 8, v, f=CARL, pt=10)
    w.y = 100
    w.para(f"{SUBJ['de']} - {nm(c.p, c.name_style)}", f=CARL_B, gap=5)
    w.para("Sehr geehrte Damen und Herren,", gap=3)
    w.para(
        f"namens und im Auftrag von {say_person(c, lang)} stelle ich hiermit einen Antrag auf Erteilung einer "
        f"Aufenthaltserlaubnis gemäß Artikel 9ter des Gesetzes vom 15. Dezember 1980.",
        tag="personal",
        al="justify",
    )
    for n, (tg, txt) in enumerate(body_parts(c, lang), 1):
        w.room(16)
        w.tag(tg)
        w.line(f"{n}. {HEADS['de'][tg]}", f=CARL_B, gap=1)
        w.para(txt, al="justify")
    w.para(say_request(c, lang), al="justify", gap=5)
    w.room(42)
    w.para("Mit freundlichen Grüßen", gap=2)
    w.tag("signature")
    if "unsigned" not in c.flags:
        signat(w.sh, 26, w.y, rng, w=42, h=14, col=pen_colour(c))
    w.y += 17
    w.line(f"{A['first']} {A['last']}")
    w.line("Rechtsanwältin" if A.get("sex") == "F" else "Rechtsanwalt", f=CARL_I, pt=10, gap=7)
    w.room(14)
    w.line("Anlagen", f=CARL_B, gap=1.5)
    for n, lab, pg in enclosures(c, lang):
        w.para(f"{lab} ({pg} S.)", hang=f"{n})", indent=7, gap=0.6, pt=10)
    return w.sheets, w.tags


def app_nl_form_comb(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A Flemish welfare centre's printed intake form 'Aanvraagformulier medische regularisatie (artikel 9ter)',
    FILLED IN BY HAND: sections introduced by a black square and a bold title, the surname and first names written
    ONE LETTER PER BOX in comb fields, the birth date in boxes DD MM JJJJ, the other answers in block capitals on
    dotted lines, the identity evidence and the chosen domicile as printed tick boxes, the family members in a small
    ruled table, and the applicant's signature in a framed box 'Handtekening aanvrager' at the bottom RIGHT of the
    last page with the date written at its LEFT; two pages, the centre's name and 'blad 1/2' in a grey top band."""
    lang = "nl"
    p = c.p
    hf = random.Random(c.seed + 21).choice([HAND_BLOCK, HAND_ROUND, HAND_HEAVY])
    ink = pen_colour(c)
    centre = random.Random(c.seed + 22).choice(
        [
            "CAW Boontje - cel Medisch Verblijf",
            "OCMW Gent - Sociaal Huis",
            "CAW Antwerpen - Vluchtelingenwerking",
            "Welzijnsschakel Leuven",
        ]
    )
    sheets: list[Sheet] = []
    tags: dict = {}
    st = {"y": 0.0}

    def new():
        sh = Sheet()
        sheets.append(sh)
        fill(sh, 0, 0, 210, 11, (224, 224, 226))
        put(sh, 14, 3, centre, f=NSANS_B, pt=9)
        st["y"] = 18.0

    def need(h):
        if st["y"] + h > 278:
            new()

    def sec(t):
        need(42)
        sh = sheets[-1]
        fill(sh, 14, st["y"] + 0.6, 3.6, 3.6, BLACK)
        put(sh, 20, st["y"], t, f=NSANS_B, pt=10.5)
        st["y"] += 8

    def comb(cap, val, n=26, tag=None):
        need(13)
        sh = sheets[-1]
        if tag:
            tags.setdefault(tag, len(sheets))
        put(sh, 14, st["y"], cap, f=NSANS, pt=7.8, col=G1)
        y = st["y"] + 3.4
        val = strip_accents(val).upper()
        for i in range(n):
            frame(sh, 14 + i * 6.6, y, 6.6, 7.2, lw=0.25)
            if i < len(val) and val[i].strip():
                hand(sh, 15.1 + i * 6.6, y + 0.2, val[i], rng, f=HAND_BLOCK, pt=12, col=ink)
        st["y"] += 13.5

    def line(cap, val, *, tag=None, x=14, w=182, half=False):
        if not half or x == 14:
            need(12)
        sh = sheets[-1]
        if tag:
            tags.setdefault(tag, len(sheets))
        put(sh, x, st["y"], cap, f=NSANS, pt=7.8, col=G1)
        hline(sh, x, x + w, st["y"] + 9.2, lw=0.2, col=G2, dash=0.5)
        if val:
            hand(sh, x + 1, st["y"] + 3.2, val, rng, f=hf, pt=11, col=ink, maxw=w - 2, caps=True)
        if not half or x != 14:
            st["y"] += 12

    def long_(cap, val, n=4, tag=None):
        need(8 + n * 6.2)
        sh = sheets[-1]
        if tag:
            tags.setdefault(tag, len(sheets))
        put(sh, 14, st["y"], cap, f=NSANS, pt=7.8, col=G1)
        for k in range(n):
            hline(sh, 14, 196, st["y"] + 9.5 + k * 6.2, lw=0.2, col=G3, dash=0.5)
        if val:
            hand_block(sh, 15, st["y"] + 3.6, 180, val, rng, f=hf, pt=10.5, step=6.2, col=ink, n=n, caps=True)
        st["y"] += 8 + n * 6.2

    def ticks(opts, chosen):
        need(7 * len(opts) + 2)
        sh = sheets[-1]
        for i, o in enumerate(opts):
            chk(sh, 16, st["y"] + i * 7, 3.8, i == chosen, rng, col=ink, kind="x")
            put(sh, 23, st["y"] + i * 7 + 0.2, o, f=NSANS, pt=9)
        st["y"] += 7 * len(opts) + 2

    new()
    put(sheets[0], 14, st["y"], "Aanvraagformulier medische regularisatie (artikel 9ter)", f=NSANS_B, pt=14)
    put(
        sheets[0],
        14,
        st["y"] + 7,
        "In te vullen in drukletters. Bij de aanvraag te voegen, samen met de bijlagen.",
        f=NSANS_I,
        pt=8.4,
        col=G1,
    )
    st["y"] += 16
    cc = birth_cc(c)
    sec("1. Gegevens van de aanvrager")
    comb("Naam", p.surname, tag="personal")
    comb("Voornamen", p.given_names)
    need(14)
    sh = sheets[-1]
    put(sh, 14, st["y"], "Geboortedatum (DD MM JJJJ)", f=NSANS, pt=7.8, col=G1)
    digs8 = dnum(p.birth_date, "")
    for i in range(8):
        x = 14 + i * 6.6 + (4 if i >= 2 else 0) + (4 if i >= 4 else 0)
        frame(sh, x, st["y"] + 3.4, 6.6, 7.2, lw=0.25)
        hand(sh, x + 1.2, st["y"] + 3.6, digs8[i], rng, f=HAND_BLOCK, pt=12, col=ink)
    st["y"] += 14
    line("Geboorteplaats", "" if "no_birthplace" in c.flags else p.birth_place, w=88, half=True)
    line("Geboorteland", "" if "no_birthplace" in c.flags else country(cc, "nl"), x=108, w=88, half=True)
    line("Nationaliteit", "" if "no_nationality" in c.flags else adj(p.nationality, "nl"), w=88, half=True)
    line("Rijksregisternummer of OV-nummer", c.nrn or c.ov or "", x=108, w=88, half=True)
    sec("2. Adres van de effectieve verblijfplaats")
    home = "" if "no_address" in c.flags else residence(c, lang)
    line("Straat, nummer, bus, postcode en gemeente", home, tag="residence")
    need(30)
    put(sheets[-1], 14, st["y"], "Gekozen woonplaats", f=NSANS, pt=7.8, col=G1)
    st["y"] += 5
    dom = None if ("no_domicile" in c.flags or c.domicile == "none") else c.domicile
    ticks(
        ["zelfde adres als de verblijfplaats", "bij de advocaat", "ander adres"],
        {"residence": 0, "lawyer": 1, "other": 2}.get(dom, -1),
    )
    if dom in ("lawyer", "other"):
        line("Adres gekozen woonplaats", domicile_value(c, lang))
    sec("3. Identiteit")
    k = c.id_kind
    chosen = (
        0
        if k.startswith("passport") or k in ("untranslated", "translated")
        else 1
        if k == "idcard"
        else 2
        if k in ("pieces", "pieces-nophoto", "certificate", "declarative-cert", "single-piece", "declaration")
        else 3
        if k.startswith("asylum")
        else 4
    )
    tags.setdefault("identity", len(sheets))
    ticks(
        [
            "paspoort",
            "nationale identiteitskaart",
            "andere bewijsstukken (zie bijlagen)",
            "vrijstelling: asielprocedure loopt nog",
            "nog geen document (wordt nagestuurd)",
        ],
        chosen,
    )
    long_("Toelichting en nummers van de bijlagen", say_identity(c, lang), n=7)
    sec("4. Medische toestand")
    t = ill(c, lang)
    long_(
        "Ziekte, graad van ernst en noodzakelijke behandeling",
        f"{t['name']}. {t['severity']} Behandeling: {'; '.join(t['meds'])}. Zie standaard medisch "
        f"getuigschrift{annex_ref(c, 'medcert', lang)}.",
        n=5,
        tag="medical",
    )
    if c.coi_in_app and "no_coi" not in c.flags:
        long_(
            "Beschikbaarheid en toegankelijkheid van de behandeling in het land van herkomst",
            say_care(c, lang),
            n=9,
            tag="coi",
        )
    if c.family:
        sec("5. Gezinsleden die de aanvraag mee indienen")
        tags.setdefault("family", len(sheets))
        need(8 + 9 * (len(c.family) + 1))
        sh = sheets[-1]
        xs = [14, 84, 120, 150, 196]
        for j, h_ in enumerate(["Naam en voornaam", "Geboortedatum", "Band", "Bijlage"]):
            frame(sh, xs[j], st["y"], xs[j + 1] - xs[j], 7, lw=0.25, fill=(236, 236, 238))
            put(sh, xs[j] + 1.5, st["y"] + 1.6, h_, f=NSANS_B, pt=8)
        st["y"] += 7
        for i, m in enumerate(c.family):
            vals = [
                f"{m.p.surname} {m.p.given_names}",
                dnum(m.p.birth_date, "/"),
                ("echtgenote" if m.p.sex == "F" else "echtgenoot") if m.rel == "spouse" else "kind",
                str(c.annex_no(f"fam{i}") or ""),
            ]
            for j, v in enumerate(vals):
                frame(sh, xs[j], st["y"], xs[j + 1] - xs[j], 9, lw=0.25)
                if v:
                    hand(
                        sh,
                        xs[j] + 1.2,
                        st["y"] + 1.2,
                        v,
                        rng,
                        f=hf,
                        pt=10,
                        col=ink,
                        maxw=xs[j + 1] - xs[j] - 2,
                        caps=True,
                    )
            st["y"] += 9
        st["y"] += 4
    hist = say_history(c, lang)
    sec(("6" if c.family else "5") + ". Eerdere procedures")
    if hist:
        long_("Welke procedures (datum, stand)?", hist, n=7, tag="parallel")
    else:
        line("Welke procedures (datum, stand)?", "geen")
    sec(("7" if c.family else "6") + ". Bijlagen")
    for n, lab, pg in enclosures(c, lang):
        line(f"Bijlage {n}", f"{lab} ({pg} blz.)")
    need(44)
    sh = sheets[-1]
    st["y"] += 4
    put(sh, 14, st["y"], "Ik verklaar dat deze gegevens juist zijn.", f=NSANS, pt=9)
    put(sh, 14, st["y"] + 10, "Datum", f=NSANS, pt=7.8, col=G1)
    hand(sh, 14, st["y"] + 14, dnum(c.app_date, "/"), rng, f=hf, pt=11.5, col=ink)
    tags["signature"] = len(sheets)
    put(sh, 110, st["y"] + 6, "Handtekening aanvrager", f=NSANS_B, pt=8.6)
    frame(sh, 110, st["y"] + 10, 86, 26, lw=0.4)
    if "unsigned" not in c.flags:
        signat(sh, 122, st["y"] + 14, rng, w=50, h=15, col=ink)
    n_ = len(sheets)
    for i, sh in enumerate(sheets):
        put(sh, 196, 3, f"blad {i + 1}/{n_}", f=NSANS, pt=8.6, at="right")
    return sheets, tags


def app_fr_form_rows(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A legal-aid office's TYPED form 'FICHE DE DEMANDE - ARTICLE 9TER', produced from a word processor: a table
    of NUMBERED ROWS ('01', '02' ...) with the question in a grey cell at the LEFT and the answer typed in Courier
    Prime at the RIGHT, one row per particular (nom, prénoms, date, lieu et pays de naissance, nationalité, numéro de
    registre national ou de sûreté publique, résidence effective, domicile élu) and one per chapter (identité,
    maladie, soins au pays, famille, procédures antérieures), the inventory as the last row; the lawyer's signature
    on a ruled line 'Signature du conseil' UNDER the table at the RIGHT with the stamp of the office beside it."""
    lang = "fr"
    p = c.p
    A = c.lawyer
    office = random.Random(c.seed + 23).choice(
        [
            "Bureau d'aide juridique de Liège",
            "Bureau d'aide juridique de Bruxelles",
            "Bureau d'aide juridique de Namur",
            "Bureau d'aide juridique de Charleroi",
        ]
    )
    sheets: list[Sheet] = []
    tags: dict = {}
    st = {"y": 0.0, "n": 0}

    def new():
        sh = Sheet()
        sheets.append(sh)
        put(sh, 16, 12, office, f=SANS_B, pt=9.6)
        put(sh, 194, 12, f"Dossier BAJ {SUB.year}/{c.seed % 90000 + 10000}", f=TYPEW, pt=9, at="right")
        hline(sh, 16, 194, 16.5, lw=0.3)
        st["y"] = 22.0

    def row(q, a, *, tag=None):
        st["n"] += 1
        body = lines_of(sheets[-1], a, 122, TYPEW, 9.2) if a else [""]
        h = max(9.0, len(body) * 4.3 + 3.6)
        if st["y"] + min(h, 60) > 276:
            new()
        sh = sheets[-1]
        if tag:
            tags.setdefault(tag, len(sheets))
        qh = lines_of(sh, q, 40, SANS, 8)
        fill(sh, 16, st["y"], 52, h, (232, 232, 234))
        put(sh, 18, st["y"] + 1.6, f"{st['n']:02d}", f=SANS_B, pt=8.6, col=G1)
        for i, ql in enumerate(qh):
            put(sh, 26, st["y"] + 1.6 + i * 3.6, ql, f=SANS, pt=8)
        frame(sh, 16, st["y"], 178, h, lw=0.25, col=G2)
        vline(sh, 68, st["y"], st["y"] + h, lw=0.25, col=G2)
        yy = st["y"] + 1.8
        for ln in body:
            if yy > 282:
                break
            put(sh, 70, yy, ln, f=TYPEW, pt=9.2)
            yy += 4.3
        st["y"] += h

    new()
    put(sheets[0], 105, st["y"], "FICHE DE DEMANDE - ARTICLE 9TER", f=SANS_B, pt=13.5, at="center")
    put(
        sheets[0],
        105,
        st["y"] + 6.5,
        "à joindre à l'envoi recommandé adressé à l'Office des Étrangers, Boulevard "
        "Pachéco 44, 1000 Bruxelles",
        f=SANS_I,
        pt=8.4,
        at="center",
        col=G1,
    )
    st["y"] += 14
    cc = birth_cc(c)
    row("Nom", p.surname.upper(), tag="personal")
    row("Prénom(s)", p.given_names)
    row("Date de naissance", on_date(c, p.birth_date, lang))
    row("Lieu de naissance", "" if "no_birthplace" in c.flags else p.birth_place)
    row("Pays de naissance", "" if "no_birthplace" in c.flags else country(cc, "fr"))
    row("Nationalité", "" if "no_nationality" in c.flags else adj(p.nationality, "fr"))
    row("N° de registre national ou de sûreté publique", c.nrn or c.ov or "")
    row(
        "Adresse de la résidence effective",
        "" if "no_address" in c.flags else residence(c, lang),
        tag="residence",
    )
    row("Domicile élu", domicile_value(c, lang))
    row("Preuve de l'identité", say_identity(c, lang), tag="identity")
    row("Maladie, degré de gravité et traitement", say_medical(c, lang), tag="medical")
    if c.coi_in_app and "no_coi" not in c.flags:
        row("Disponibilité et accessibilité des soins au pays d'origine", say_care(c, lang), tag="coi")
    fam = say_family(c, lang)
    if fam:
        row("Membres de la famille", fam, tag="family")
    hist = say_history(c, lang)
    row("Procédures antérieures", hist or "néant", tag="parallel" if hist else None)
    row("Inventaire des pièces", "; ".join(f"{n}. {lab} ({pg} p.)" for n, lab, pg in enclosures(c, lang)))
    if st["y"] + 42 > 278:
        new()
    sh = sheets[-1]
    y = st["y"] + 10
    put(sh, 16, y, f"{A['city']}, le {on_date(c, c.app_date, lang, 'long')}", f=TYPEW, pt=9.6)
    tags["signature"] = len(sheets)
    if "unsigned" not in c.flags:
        signat(sh, 128, y + 4, rng, w=44, h=14, col=pen_colour(c))
        stampit(sh, 84, y + 2, [office.upper()[:26], "AIDE JURIDIQUE"], rng, shape="oval", col=ST_BLUE, mm=36)
    hline(sh, 120, 194, y + 20, lw=0.3)
    put(
        sh,
        157,
        y + 22,
        f"Signature du conseil - Me {A['first'][0]}. {A['last']}",
        f=SANS,
        pt=8.4,
        at="center",
    )
    return sheets, tags


def app_en_clinic(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """An application written in ENGLISH by a university legal clinic: the clinic's name in a dark band across the
    top, 'Registered letter' and the Office's address under it, numbered paragraphs '1.', '2.' ... with decimal
    sub-numbers for the particulars (1.1 name, 1.2 birth ...), the supervising lawyer's signature at the LEFT over
    the typed name, and 'Annexes' as a numbered list."""
    A, lang = c.lawyer, "en"

    def page(i):
        sh = Sheet()
        fill(sh, 0, 0, 210, 12, (30, 44, 66))
        put(sh, 20, 3.4, "Migration Law Clinic - Brussels", f=NSANS_B, pt=10.5, col=(255, 255, 255))
        return sh, 22.0

    w = Pager(page, x0=30, x1=186, foot=272, f=NSANS, pt=10, lead=1.5)
    put(w.sh, 30, 22, "Registered letter", f=NSANS_B, pt=9.6)
    for i, ln in enumerate(DVZ["en"]):
        put(w.sh, 30, 28 + i * 5, ln, f=NSANS, pt=10)
    put(w.sh, 186, 22, f"Brussels, {on_date(c, c.app_date, lang, 'long')}", f=NSANS, pt=10, at="right")
    w.y = 56
    w.para(f"Re: {SUBJ['en']}", f=NSANS_B, gap=4)
    w.para("Dear Sir or Madam,", gap=3)
    w.tag("personal")
    w.para("We act for the applicant, whose particulars are as follows:", hang="1.")
    p = c.p
    cc = birth_cc(c)
    for k, (a, v) in enumerate(
        [
            ("Name", nm(p, c.name_style)),
            ("Date of birth", on_date(c, p.birth_date, lang)),
            (
                "Place and country of birth",
                "" if "no_birthplace" in c.flags else f"{p.birth_place}, {country(cc, 'en')}",
            ),
            ("Nationality", "" if "no_nationality" in c.flags else adj(p.nationality, "en")),
            ("Register number", c.nrn or c.ov or ""),
        ],
        1,
    ):
        w.para(f"{a}: {v}", hang=f"1.{k}", indent=8, gap=0.8)
    w.y += 2
    for n, (tg, txt) in enumerate(body_parts(c, lang), 2):
        w.para(txt, hang=f"{n}.", tag=tg, al="justify")
    w.para(say_request(c, lang), al="justify", gap=5)
    w.room(42)
    w.para("Yours faithfully,", gap=2)
    w.tag("signature")
    if "unsigned" not in c.flags:
        signat(w.sh, 30, w.y, rng, w=42, h=13, col=pen_colour(c))
    w.y += 16
    w.line(f"{A['first']} {A['last']}", f=NSANS_B)
    w.line("Supervising lawyer", f=NSANS_I, pt=9.4, gap=6)
    w.line("Annexes", f=NSANS_B, gap=1)
    for n, lab, pg in enclosures(c, lang):
        w.para(f"{lab} ({pg} p.)", hang=f"{n}.", indent=6, gap=0.6, pt=9.6)
    return w.sheets, w.tags


_reg(
    "be9ter-app-nl-lawyer-prose-voetregel-kantoor-romeinse-cijfers-marge-50",
    "application",
    "nl",
    app_nl_footer,
    "Dutch lawyer's letter with the firm in a footer line and roman numerals in the margin",
)
_reg(
    "be9ter-app-fr-lawyer-prose-objet-kader-vetgedrukte-aanloopwoorden-50",
    "application",
    "fr",
    app_fr_bold_leads,
    "French lawyer's letter with a framed subject and bold lead-in words",
)
_reg(
    "be9ter-app-de-lawyer-prose-din-vouwtekens-infoblok-50",
    "application",
    "de",
    app_de_din,
    "German lawyer's letter laid out like a DIN letter with fold marks and an information block",
)
_reg(
    "be9ter-app-nl-form-welzijnscentrum-kamvakjes-met-de-hand-50",
    "application",
    "nl",
    app_nl_form_comb,
    "welfare centre's intake form filled in by hand with comb boxes",
)
_reg(
    "be9ter-app-fr-form-baj-genummerde-rijen-courier-50",
    "application",
    "fr",
    app_fr_form_rows,
    "legal-aid office's typed form with numbered rows",
)
_reg(
    "be9ter-app-en-lawyer-clinic-genummerde-alineas-50",
    "application",
    "en",
    app_en_clinic,
    "an application written in English by a legal clinic",
)


# =========================================================================== standard medical certificates

OLDM = {
    "nl": dict(
        t="STANDAARD MEDISCH GETUIGSCHRIFT",
        s="bestemd voor de Dienst Vreemdelingenzaken in het kader "
        "van een aanvraag op grond van artikel 9ter van de wet van 15 december 1980",
        pat="Naam en voornaam van de patiënt",
        bd="Geboortedatum",
        nat="Nationaliteit",
        A="A/ Historiek (medische voorgeschiedenis)",
        B="B/ Diagnose: aard van de aandoening(en)",
        Bs="Graad van ernst van de aandoening(en)",
        C="C/ Huidige behandeling: medicatie",
        Ci="Interventies / hospitalisaties",
        Cd="Geschatte duur van de noodzakelijke behandeling",
        D="D/ Gevolgen en mogelijke complicaties indien de behandeling wordt stopgezet",
        E="E/ Evolutie en prognose",
        F="F/ Noden op het vlak van medische opvolging en mantelzorg",
        G="G/ Kan de patiënt reizen?",
        doc="Naam van de arts",
        riz="RIZIV-nummer",
        spec="Specialisme",
        addr="Adres",
        date="Datum",
        sign="Handtekening en stempel van de arts",
    ),
    "fr": dict(
        t="CERTIFICAT MÉDICAL TYPE",
        s="destiné à l'Office des Étrangers dans le cadre d'une demande "
        "fondée sur l'article 9ter de la loi du 15 décembre 1980",
        pat="Nom et prénom du patient",
        bd="Date de naissance",
        nat="Nationalité",
        A="A/ Historique médical",
        B="B/ Diagnostic : nature de l'affection (des affections)",
        Bs="Degré de gravité de l'affection (des affections)",
        C="C/ Traitement actuel : médication",
        Ci="Interventions / hospitalisations",
        Cd="Durée prévue du traitement nécessaire",
        D="D/ Conséquences et complications éventuelles d'un arrêt du traitement",
        E="E/ Évolution et pronostic",
        F="F/ Besoins en matière de suivi médical et de soins de proximité",
        G="G/ Le patient peut-il voyager ?",
        doc="Nom du médecin",
        riz="Numéro INAMI",
        spec="Spécialité",
        addr="Adresse",
        date="Date",
        sign="Signature et cachet du médecin",
    ),
}
NEWM = {
    "nl": dict(
        t="STANDAARD MEDISCH GETUIGSCHRIFT",
        m="model geldig vanaf 1 maart 2024 - artikel 9ter, § 1, vierde lid, van de wet van 15 december 1980",
        s=[
            "Gegevens van de patiënt",
            "Gegevens van de arts",
            "Diagnose",
            "Graad van ernst",
            "Noodzakelijk geachte behandeling",
            "Gevolgen bij stopzetting van de behandeling",
            "Evolutie en prognose",
            "Medische opvolging en afhankelijkheid",
            "Reisvermogen",
            "Datum en ondertekening",
        ],
        pn="Naam",
        pf="Voornaam",
        pbd="Geboortedatum",
        pnat="Nationaliteit",
        dn="Naam en voornaam",
        riz="RIZIV-nummer",
        spec="Specialisme",
        addr="Adres",
        hist="Voorgeschiedenis",
        diag="Aandoening (ICD-10)",
        lv=["licht", "matig", "ernstig", "zeer ernstig"],
        why="Motivering",
        med="Medicatie",
        oth="Andere behandeling (ingreep, hospitalisatie)",
        dur="Duur",
        date="Datum",
        sign="Handtekening en stempel",
        page="Pagina {i} van {n}",
    ),
    "fr": dict(
        t="CERTIFICAT MÉDICAL TYPE",
        m="modèle en vigueur à partir du 1er mars 2024 - article 9ter, § 1er, "
        "alinéa 4, de la loi du 15 décembre 1980",
        s=[
            "Données du patient",
            "Données du médecin",
            "Diagnostic",
            "Degré de gravité",
            "Traitement estimé nécessaire",
            "Conséquences d'un arrêt du traitement",
            "Évolution et pronostic",
            "Suivi médical et dépendance",
            "Capacité de voyager",
            "Date et signature",
        ],
        pn="Nom",
        pf="Prénom",
        pbd="Date de naissance",
        pnat="Nationalité",
        dn="Nom et prénom",
        riz="Numéro INAMI",
        spec="Spécialité",
        addr="Adresse",
        hist="Antécédents",
        diag="Affection (CIM-10)",
        lv=["léger", "modéré", "grave", "très grave"],
        why="Motivation",
        med="Médication",
        oth="Autre traitement (intervention, hospitalisation)",
        dur="Durée",
        date="Date",
        sign="Signature et cachet",
        page="Page {i} de {n}",
    ),
    "de": dict(
        t="STANDARDISIERTES ÄRZTLICHES ATTEST",
        m="Muster gültig ab 1. März 2024 - Artikel 9ter § 1 Absatz 4 des Gesetzes vom 15. Dezember 1980",
        s=[
            "Angaben zum Patienten",
            "Angaben zum Arzt",
            "Diagnose",
            "Schweregrad",
            "Als notwendig erachtete Behandlung",
            "Folgen eines Behandlungsabbruchs",
            "Verlauf und Prognose",
            "Medizinische Nachsorge und Abhängigkeit",
            "Reisefähigkeit",
            "Datum und Unterschrift",
        ],
        pn="Name",
        pf="Vorname",
        pbd="Geburtsdatum",
        pnat="Staatsangehörigkeit",
        dn="Name und Vorname",
        riz="LIKIV-Nummer",
        spec="Fachrichtung",
        addr="Anschrift",
        hist="Vorgeschichte",
        diag="Erkrankung (ICD-10)",
        lv=["leicht", "mittel", "schwer", "sehr schwer"],
        why="Begründung",
        med="Medikation",
        oth="Andere Behandlung (Eingriff, Krankenhaus)",
        dur="Dauer",
        date="Datum",
        sign="Unterschrift und Stempel",
        page="Seite {i} von {n}",
    ),
    "en": dict(
        t="STANDARD MEDICAL CERTIFICATE",
        m="model in force from 1 March 2024 - Article 9ter § 1, fourth "
        "paragraph, of the Law of 15 December 1980",
        s=[
            "Patient",
            "Doctor",
            "Diagnosis",
            "Degree of severity",
            "Treatment considered necessary",
            "Consequences if treatment stops",
            "Course and prognosis",
            "Follow-up and dependency",
            "Fitness to travel",
            "Date and signature",
        ],
        pn="Surname",
        pf="First name",
        pbd="Date of birth",
        pnat="Nationality",
        dn="Name",
        riz="RIZIV/INAMI number",
        spec="Specialty",
        addr="Address",
        hist="History",
        diag="Condition (ICD-10)",
        lv=["mild", "moderate", "severe", "very severe"],
        why="Reasons",
        med="Medication",
        oth="Other treatment (procedure, admission)",
        dur="Duration",
        date="Date",
        sign="Signature and stamp",
        page="Page {i} of {n}",
    ),
}


def mc_fill(c: Case, lang: str) -> dict:
    """What the doctor writes on the certificate, with this dossier's planted omission applied."""
    t = ill(c, lang)
    il = ILLNESSES[c.illness]
    F = c.flags
    d = c.doctor
    nop = "mc_no_patient" in F
    sv = t["severity"].lower()
    very = any(
        k in sv
        for k in (
            "levensbedreig",
            "vital",
            "lebensbedroh",
            "life-threat",
            "zeer ernstig",
            "très grave",
            "sehr schwer",
            "very severe",
        )
    )
    return dict(
        sur="" if nop else c.p.surname.upper(),
        first="" if nop else c.p.given_names,
        full="" if nop else f"{c.p.surname.upper()}, {c.p.given_names}",
        bd="" if nop else dnum(c.p.birth_date, "/"),
        nat="" if nop else adj(c.p.nationality, lg(lang)),
        dname=f"{d.first} {d.last}",
        riz="" if "mc_no_riziv" in F else d.riziv,
        spec=SPECIALTY[d.spec].get(lg(lang), SPECIALTY[d.spec]["nl"]),
        addr=f"{d.inst}, {d.street}, {d.pc} {d.city}",
        diag="" if "mc_no_illness" in F else f"{t['name']} (ICD-10 {il['icd']})",
        hist="" if "mc_no_illness" in F else t["history"],
        lvl=-1 if "mc_no_severity" in F else (3 if very else 2),
        why="" if "mc_no_severity" in F else t["severity"],
        med="" if "mc_no_treatment" in F else "; ".join(t["meds"]),
        oth="" if "mc_no_treatment" in F else t["intervention"],
        dur="" if "mc_no_treatment" in F else t["duration"],
        stop=t["consequences"],
        prog=t["prognosis"],
        needs=t["needs"],
        travel=t["travel"],
        date=_b9.fdate(c.cert_date, c.cert_date_style, lg(lang)),
        signed="mc_unsigned" not in F,
    )


def doc_stamp(c: Case, lang: str, riz: str) -> list[str]:
    d = c.doctor
    sp = SPECIALTY[d.spec]
    out = [f"DR. {d.first[0]}. {d.last}".upper()[:24], sp.get(lg(lang), sp["nl"])[:22]]
    if riz:
        out.append(riz)
    out.append(f"{d.pc} {d.city}".upper()[:22])
    return out


def mc_new_bars(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The 2024 model as PRINTED FROM A DOCTOR'S RECORD SOFTWARE: every numbered section under a full-width GREY
    TITLE BAR ('1  Gegevens van de patiënt'), answers typed in Liberation Sans under their small captions, the
    severity as four boxes of which the chosen one is typed over with an x, a running footer with the patient's name
    and 'Pagina 1 van 2'; the last section holds the date, the caption 'Handtekening en stempel' and the doctor's
    rubber stamp pressed OVER the signature."""
    N = NEWM[lang]
    v = mc_fill(c, lang)
    tags: dict = {}
    sheets: list[Sheet] = []
    st = {"y": 0.0, "n": 0}

    def new():
        sh = Sheet()
        sheets.append(sh)
        if len(sheets) == 1:
            put(sh, 105, 14, N["t"], f=SANS_B, pt=14, at="center")
            put(sh, 105, 20.5, N["m"], f=SANS_I, pt=8, at="center", col=G1)
            st["y"] = 30.0
        else:
            st["y"] = 18.0

    def bar(title, tag=None):
        if st["y"] + 24 > 272:
            new()
        st["n"] += 1
        sh = sheets[-1]
        fill(sh, 16, st["y"], 178, 6.4, (214, 214, 218))
        put(sh, 18, st["y"] + 1.2, f"{st['n']}", f=SANS_B, pt=9.6)
        put(sh, 26, st["y"] + 1.2, title, f=SANS_B, pt=9.6)
        if tag:
            tags.setdefault(tag, len(sheets))
        st["y"] += 9

    def ans(cap, val, *, min_lines=1, tag=None):
        body = lines_of(sheets[-1], val, 176, SANS, 9.6) if val else []
        h = 4 + max(min_lines, len(body)) * 4.6 + 2
        if st["y"] + h > 272:
            new()
        sh = sheets[-1]
        if tag:
            tags.setdefault(tag, len(sheets))
        put(sh, 18, st["y"], cap, f=SANS, pt=7.4, col=G2)
        yy = st["y"] + 3.6
        for ln in body:
            put(sh, 18, yy, ln, f=SANS, pt=9.6)
            yy += 4.6
        st["y"] += h

    new()
    bar(N["s"][0], "patient")
    for cap, val in ((N["pn"], v["sur"]), (N["pf"], v["first"]), (N["pbd"], v["bd"]), (N["pnat"], v["nat"])):
        ans(cap, val)
    bar(N["s"][1], "doctor")
    for cap, val in (
        (N["dn"], f"Dr. {v['dname']}"),
        (N["riz"], v["riz"]),
        (N["spec"], v["spec"]),
        (N["addr"], v["addr"]),
    ):
        ans(cap, val)
    bar(N["s"][2], "illness")
    ans(N["hist"], v["hist"], min_lines=2)
    ans(N["diag"], v["diag"])
    bar(N["s"][3], "severity")
    sh = sheets[-1]
    x = 18.0
    for i, lab in enumerate(N["lv"]):
        chk(sh, x, st["y"], 3.8, i == v["lvl"])
        put(sh, x + 5.4, st["y"] + 0.1, lab, f=SANS, pt=9.4)
        x += 14 + wid(lab, SANS, 9.4)
    st["y"] += 7
    ans(N["why"], v["why"], min_lines=2)
    bar(N["s"][4], "treatment")
    ans(N["med"], v["med"], min_lines=2)
    ans(N["oth"], v["oth"])
    ans(N["dur"], v["dur"])
    bar(N["s"][5])
    ans("", v["stop"])
    bar(N["s"][6])
    ans("", v["prog"])
    bar(N["s"][7])
    ans("", v["needs"])
    bar(N["s"][8])
    ans("", v["travel"])
    if st["y"] + 44 > 272:
        new()
    bar(N["s"][9], "signature")
    sh = sheets[-1]
    put(sh, 18, st["y"], N["date"], f=SANS, pt=7.4, col=G2)
    put(sh, 18, st["y"] + 3.6, v["date"], f=SANS, pt=10)
    put(sh, 90, st["y"], N["sign"], f=SANS, pt=7.4, col=G2)
    if v["signed"]:
        signat(sh, 98, st["y"] + 6, rng, w=46, h=15, col=INK_BLUE)
        stampit(
            sh, 118, st["y"] + 3, doc_stamp(c, lang, v["riz"]), rng, shape="rect", col=ST_BLUE, mm=42, angle=3
        )
    n_ = len(sheets)
    for i, sh in enumerate(sheets):
        hline(sh, 16, 194, 280, lw=0.2, col=G3)
        put(
            sh,
            16,
            282,
            f"{c.p.surname.upper()} {c.p.given_names}" if "mc_no_patient" not in c.flags else "",
            f=SANS,
            pt=7.6,
            col=G2,
        )
        put(sh, 194, 282, N["page"].format(i=i + 1, n=n_), f=SANS, pt=7.6, at="right", col=G2)
    return sheets, tags


def mc_new_pen(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The 2024 model printed BLANK (section numbers in white on black squares, captions at the LEFT of ruled
    answer lines) and FILLED IN BY HAND with a ballpoint in a running hand; the severity boxes TICKED; two pages, the
    doctor's data and the RIZIV/INAMI number on page 1 under the patient's; on page 2 the date written in, the
    signature in the middle of a dotted signature line and the round practice stamp to its RIGHT."""
    N = NEWM[lang]
    v = mc_fill(c, lang)
    hf = random.Random(c.seed + 31).choice([HAND_ROUND, HAND_LEAN, HAND_CHANCERY])
    ink = random.Random(c.seed + 32).choice([INK_BLUE, INK_ROYAL, INK_BLACK])
    pt = 12.0 if hf == HAND_CHANCERY else 10.5
    tags = {"patient": 1, "doctor": 1, "illness": 1, "severity": 1, "treatment": 2, "signature": 2}
    s1, s2 = Sheet(), Sheet()
    put(s1, 105, 12, N["t"], f=NSANS_B, pt=13.5, at="center")
    block(s1, 30, 18, 150, N["m"], f=NSANS, pt=8, lead=1.25, al="center", col=G1)

    def head(sh, y, n):
        fill(sh, 14, y, 6, 6, (20, 20, 24))
        put(sh, 17, y + 0.9, str(n), f=NSANS_B, pt=9, at="center", col=(255, 255, 255))
        put(sh, 23, y + 0.6, N["s"][n - 1], f=NSANS_B, pt=10)
        return y + 9

    def field(sh, y, cap, val, nlines=1, x=14, w=182):
        put(sh, x, y, cap, f=NSANS, pt=7.6, col=G1)
        for k in range(nlines):
            hline(sh, x, x + w, y + 8.5 + k * 6.3, lw=0.2, col=G3)
        if val:
            hand_block(sh, x + 1, y + 2.6, w - 2, val, rng, f=hf, pt=pt - 1, step=6.3, col=ink, n=nlines)
        return y + 5 + nlines * 6.3

    y = head(s1, 28, 1)
    field(s1, y, N["pn"], v["sur"], x=14, w=86)
    y = field(s1, y, N["pf"], v["first"], x=106, w=90)
    field(s1, y, N["pbd"], v["bd"], x=14, w=86)
    y = field(s1, y, N["pnat"], v["nat"], x=106, w=90)
    y = head(s1, y + 2, 2)
    field(s1, y, N["dn"], f"Dr {v['dname']}", x=14, w=86)
    y = field(s1, y, N["riz"], v["riz"], x=106, w=90)
    field(s1, y, N["spec"], v["spec"], x=14, w=86)
    y = field(s1, y, N["addr"], f"{c.doctor.street}, {c.doctor.pc} {c.doctor.city}", x=106, w=90)
    y = head(s1, y + 2, 3)
    y = field(s1, y, N["hist"], v["hist"], 4)
    y = field(s1, y, N["diag"], v["diag"], 2)
    y = head(s1, y + 2, 4)
    x = 16.0
    for i, lab in enumerate(N["lv"]):
        chk(s1, x, y, 4, i == v["lvl"], rng, col=ink, kind="v")
        put(s1, x + 6, y + 0.3, lab, f=NSANS, pt=9.6)
        x += 16 + wid(lab, NSANS, 9.6)
    y += 8
    field(s1, y, N["why"], v["why"], 4)
    y = head(s2, 14, 5)
    y = field(s2, y, N["med"], v["med"], 3)
    y = field(s2, y, N["oth"], v["oth"], 2)
    y = field(s2, y, N["dur"], v["dur"], 1)
    for n, key, k in ((6, "stop", 3), (7, "prog", 2), (8, "needs", 3), (9, "travel", 2)):
        y = head(s2, y + 2, n)
        y = field(s2, y, "", v[key], k)
    y = head(s2, y + 4, 10)
    put(s2, 14, y, N["date"], f=NSANS, pt=7.6, col=G1)
    hand(s2, 16, y + 3, v["date"], rng, f=hf, pt=pt, col=ink)
    put(s2, 80, y, N["sign"], f=NSANS, pt=7.6, col=G1)
    hline(s2, 80, 150, y + 22, lw=0.3, col=G2, dash=0.6)
    if v["signed"]:
        signat(s2, 88, y + 6, rng, w=48, h=16, col=ink)
        stampit(s2, 152, y, doc_stamp(c, lang, v["riz"]), rng, col=ST_VIOLET, mm=32)
    return [s1, s2], tags


def mc_old_typewriter(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The previous model (A/ to G/) TYPED on a typewriter in Courier Prime: the title centred and underlined with
    typed hyphens, each question in CAPITALS followed by the answer indented by five characters, double line
    spacing; two pages, page 2 laid about one degree crooked on the glass; the doctor's name, RIZIV/INAMI number and
    address typed at the end, the date at the LEFT, the rectangular stamp and the signature at the RIGHT."""
    O = OLDM[lang]
    v = mc_fill(c, lang)
    tags = {"patient": 1, "illness": 1, "severity": 1, "treatment": 1, "doctor": 2, "signature": 2}
    s1, s2 = Sheet(), Sheet()
    put(s1, 105, 16, O["t"], f=TYPEW_B, pt=12, at="center")
    put(s1, 105, 21, "-" * len(O["t"]), f=TYPEW, pt=12, at="center")
    block(s1, 30, 27, 150, O["s"], f=TYPEW, pt=8.6, lead=1.3, al="center")
    y = 44.0

    def qa(sh, y, q, a, nmin=1):
        y = block(sh, 20, y, 170, q.upper(), f=TYPEW_B, pt=9.4, lead=1.35) + 1
        body = lines_of(sh, a, 156, TYPEW, 9.6) if a else []
        for ln in body:
            put(sh, 34, y, ln, f=TYPEW, pt=9.6)
            y += 5.6
        return y + max(0, nmin - len(body)) * 5.6 + 3

    for cap, val in ((O["pat"], v["full"]), (O["bd"], v["bd"]), (O["nat"], v["nat"])):
        put(s1, 20, y, f"{cap.upper()} :", f=TYPEW_B, pt=9.4)
        put(s1, 20 + wid(f"{cap.upper()} : ", TYPEW_B, 9.4), y, val, f=TYPEW, pt=9.6)
        y += 6.4
    y += 3
    y = qa(s1, y, O["A"], v["hist"], 2)
    y = qa(s1, y, O["B"], v["diag"])
    y = qa(s1, y, O["Bs"], v["why"], 2)
    y = qa(s1, y, O["C"], v["med"], 2)
    y = qa(s1, y, O["Ci"], v["oth"])
    qa(s1, y, O["Cd"], v["dur"])
    y = 18.0
    for q, key in ((O["D"], "stop"), (O["E"], "prog"), (O["F"], "needs"), (O["G"], "travel")):
        y = qa(s2, y, q, v[key], 2)
    y += 4
    for cap, val in (
        (O["doc"], f"Dr {v['dname']} - {v['spec']}"),
        (O["riz"], v["riz"]),
        (O["addr"], v["addr"]),
    ):
        put(s2, 20, y, f"{cap.upper()} :", f=TYPEW_B, pt=9.4)
        put_fit(
            s2,
            20 + wid(f"{cap.upper()} : ", TYPEW_B, 9.4),
            y,
            val,
            170 - wid(f"{cap.upper()} : ", TYPEW_B, 9.4),
            f=TYPEW,
            pt=9.6,
        )
        y += 6.4
    y += 8
    put(s2, 20, y, f"{O['date']} : {v['date']}", f=TYPEW, pt=9.6)
    put(s2, 110, y, O["sign"] + " :", f=TYPEW, pt=9.0)
    if v["signed"]:
        stampit(s2, 110, y + 6, doc_stamp(c, lang, v["riz"]), rng, shape="rect", col=ST_BLACK, mm=40)
        signat(s2, 140, y + 12, rng, w=44, h=14, col=INK_BLUE)
    return [s1, leaning(s2, random.Random(c.seed + 33).choice([-1.2, -0.8, 0.9, 1.1]))], tags


def mc_new_table(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The 2024 model laid out as a TWO-COLUMN TABLE: the caption cells in a 54 mm wide LEFT column in bold condensed
    type, the answers in the right column, every row ruled; the severity as a row of four options where the chosen
    one carries a typed '[x]' and the others '[ ]'; the doctor's block in the table's last rows; the date, the
    signature and an oval stamp UNDER the table at the RIGHT; the model's name and the page number at the top of
    each page."""
    N = NEWM[lang]
    v = mc_fill(c, lang)
    tags: dict = {}
    sheets: list[Sheet] = []
    st = {"y": 0.0}

    def new():
        sh = Sheet()
        sheets.append(sh)
        put(sh, 16, 12, N["t"], f=DVC_B, pt=12 if len(sheets) == 1 else 9)
        if len(sheets) == 1:
            block(sh, 16, 18, 178, N["m"], f=DVC, pt=8, lead=1.25, col=G1)
            st["y"] = 30.0
        else:
            st["y"] = 20.0

    def row(cap, val, *, tag=None, head=False):
        body = lines_of(sheets[-1], val, 118, DVC, 9.4) if val else [""]
        caps = lines_of(sheets[-1], cap, 50, DVC_B, 8.4)
        h = max(7.5, len(body) * 4.4 + 3, len(caps) * 3.6 + 3)
        if st["y"] + h > 274:
            new()
        sh = sheets[-1]
        if tag:
            tags.setdefault(tag, len(sheets))
        if head:
            fill(sh, 16, st["y"], 178, 7, (40, 60, 90))
            put(sh, 18, st["y"] + 1.4, cap, f=DVC_B, pt=9.4, col=(255, 255, 255))
            st["y"] += 7
            return
        frame(sh, 16, st["y"], 54, h, lw=0.2, col=G2, fill=(238, 240, 244))
        frame(sh, 70, st["y"], 124, h, lw=0.2, col=G2)
        block(sh, 18, st["y"] + 1.6, 50, cap, f=DVC_B, pt=8.4, lead=1.2)
        yy = st["y"] + 1.8
        for ln in body:
            put(sh, 72, yy, ln, f=DVC, pt=9.4)
            yy += 4.4
        st["y"] += h

    new()
    row(f"1. {N['s'][0]}", "", head=True, tag="patient")
    row(N["pn"], v["sur"])
    row(N["pf"], v["first"])
    row(N["pbd"], v["bd"])
    row(N["pnat"], v["nat"])
    row(f"2. {N['s'][2]}", "", head=True, tag="illness")
    row(N["hist"], v["hist"])
    row(N["diag"], v["diag"])
    row(f"3. {N['s'][3]}", "", head=True, tag="severity")
    row(N["s"][3], "   ".join(("[x] " if i == v["lvl"] else "[ ] ") + lab for i, lab in enumerate(N["lv"])))
    row(N["why"], v["why"])
    row(f"4. {N['s'][4]}", "", head=True, tag="treatment")
    row(N["med"], v["med"])
    row(N["oth"], v["oth"])
    row(N["dur"], v["dur"])
    row(f"5. {N['s'][5]}", "", head=True)
    row(N["s"][5], v["stop"])
    row(f"6. {N['s'][6]}", "", head=True)
    row(N["s"][6], v["prog"])
    row(f"7. {N['s'][7]}", "", head=True)
    row(N["s"][7], v["needs"])
    row(N["s"][8], v["travel"])
    row(f"8. {N['s'][1]}", "", head=True, tag="doctor")
    row(N["dn"], f"Dr. {v['dname']}")
    row(N["riz"], v["riz"])
    row(N["spec"], v["spec"])
    row(N["addr"], v["addr"])
    if st["y"] + 40 > 274:
        new()
    sh = sheets[-1]
    y = st["y"] + 8
    tags["signature"] = len(sheets)
    put(sh, 16, y, f"{N['date']}: {v['date']}", f=DVC, pt=10)
    put(sh, 110, y, N["sign"], f=DVC, pt=8.6, col=G1)
    if v["signed"]:
        signat(sh, 112, y + 5, rng, w=46, h=15, col=INK_ROYAL)
        stampit(sh, 158, y + 2, doc_stamp(c, lang, v["riz"]), rng, shape="oval", col=ST_BLUE, mm=38)
    n_ = len(sheets)
    for i, sh in enumerate(sheets):
        put(sh, 194, 12, f"{i + 1}/{n_}", f=DVC, pt=8.6, at="right", col=G1)
    return sheets, tags


def mc_old_wordrule(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The previous model (A/ to G/) written as a WORD DOCUMENT by a hospital doctor on the hospital's letterhead
    (its name at the top RIGHT in the department's colour): each question in BOLD ITALICS, the answer under it
    indented with a thin coloured VERTICAL LINE at its LEFT; the patient's particulars in a shaded box under the
    title; two pages; at the end the typed name, specialty and RIZIV/INAMI number at the RIGHT, the signature above
    them and the round stamp at the LEFT beside the date."""
    O = OLDM[lang]
    v = mc_fill(c, lang)
    d = c.doctor
    colr = random.Random(c.seed + 34).choice([(0, 100, 120), (110, 40, 90), (30, 90, 50)])
    tags: dict = {}
    sheets: list[Sheet] = []
    st = {"y": 0.0}

    def new():
        sh = Sheet()
        sheets.append(sh)
        put(sh, 194, 12, d.inst, f=CARL_B, pt=11, at="right", col=colr)
        put(sh, 194, 17.5, d.dept or SPECIALTY[d.spec].get(lang, ""), f=CARL, pt=8.6, at="right", col=G1)
        put(sh, 194, 21.5, f"{d.street} · {d.pc} {d.city} · {d.tel}", f=CARL, pt=7.6, at="right", col=G2)
        st["y"] = 30.0

    def qa(q, a, *, tag=None, nmin=1):
        body = lines_of(sheets[-1], a, 164, CARL, 10.2) if a else []
        h = 6 + max(nmin, len(body)) * 4.9 + 3
        if st["y"] + min(h, 40) > 274:
            new()
        sh = sheets[-1]
        if tag:
            tags.setdefault(tag, len(sheets))
        yy = block(sh, 18, st["y"], 176, q, f=CARL_BI, pt=10, lead=1.25) + 1
        y0 = yy
        for ln in body:
            if yy > 276:
                new()
                sh = sheets[-1]
                yy = st["y"]
                y0 = yy
            put(sh, 26, yy, ln, f=CARL, pt=10.2)
            yy += 4.9
        yy = max(yy, y0 + nmin * 4.9)
        vline(sh, 22, y0 - 0.5, yy - 1, lw=0.6, col=colr)
        st["y"] = yy + 3

    new()
    sh = sheets[0]
    put(sh, 18, 34, O["t"], f=CARL_B, pt=14)
    block(sh, 18, 41, 176, O["s"], f=CARL_I, pt=8.6, lead=1.25, col=G1)
    fill(sh, 16, 52, 178, 16, (236, 240, 242))
    tags["patient"] = 1
    put(sh, 19, 54, f"{O['pat']}: {v['full']}", f=CARL, pt=10)
    put(sh, 19, 60, f"{O['bd']}: {v['bd']}     {O['nat']}: {v['nat']}", f=CARL, pt=10)
    st["y"] = 74.0
    qa(O["A"], v["hist"], tag="illness", nmin=2)
    qa(O["B"], v["diag"], tag="illness")
    qa(O["Bs"], v["why"], tag="severity", nmin=2)
    qa(O["C"], v["med"], tag="treatment", nmin=2)
    qa(O["Ci"], v["oth"])
    qa(O["Cd"], v["dur"])
    qa(O["D"], v["stop"])
    qa(O["E"], v["prog"])
    qa(O["F"], v["needs"])
    qa(O["G"], v["travel"])
    if st["y"] + 50 > 274:
        new()
    sh = sheets[-1]
    y = st["y"] + 6
    tags["doctor"] = len(sheets)
    tags["signature"] = len(sheets)
    put(sh, 18, y + 20, f"{O['date']}: {v['date']}", f=CARL, pt=10.2)
    if v["signed"]:
        stampit(sh, 60, y + 8, doc_stamp(c, lang, v["riz"]), rng, col=ST_BLUE, mm=30)
        signat(sh, 128, y, rng, w=46, h=15, col=INK_BLUE)
    put(sh, 194, y + 17, f"Dr. {v['dname']}", f=CARL_B, pt=10.2, at="right")
    put(sh, 194, y + 22, v["spec"], f=CARL, pt=9.6, at="right")
    put(sh, 194, y + 27, f"{O['riz']}: {v['riz']}" if v["riz"] else "", f=CARL, pt=9.6, at="right")
    return sheets, tags


_reg(
    "be9ter-medcert-2024-nl-dossierprogramma-grijze-titelbalken-stempel-over-handtekening-50",
    "medical-certificate",
    "nl",
    lambda c, r: mc_new_bars(c, r, lang="nl"),
    "2024 model printed from record software with grey title bars",
)
_reg(
    "be9ter-medcert-2024-fr-vierge-rempli-a-la-main-cases-cochees-50",
    "medical-certificate",
    "fr",
    lambda c, r: mc_new_pen(c, r, lang="fr"),
    "2024 model printed blank and filled in by hand",
)
_reg(
    "be9ter-medcert-old-fr-machine-a-ecrire-majuscules-retrait-50",
    "medical-certificate",
    "fr",
    lambda c, r: mc_old_typewriter(c, r, lang="fr"),
    "previous model typed on a typewriter",
)
_reg(
    "be9ter-medcert-2024-de-tabelle-zweispaltig-ovalstempel-50",
    "medical-certificate",
    "de",
    lambda c, r: mc_new_table(c, r, lang="de"),
    "2024 model as a two-column table",
)
_reg(
    "be9ter-medcert-old-nl-word-cursieve-vragen-gekleurde-lijn-50",
    "medical-certificate",
    "nl",
    lambda c, r: mc_old_wordrule(c, r, lang="nl"),
    "previous model as a Word document with a rule beside answers",
)
_reg(
    "be9ter-medcert-2024-en-dossierprogramma-grijze-titelbalken-50",
    "medical-certificate",
    "en",
    lambda c, r: mc_new_bars(c, r, lang="en"),
    "the 2024 model in English (not accepted)",
)


# =========================================================================== medical statements


def doc_lang(c: Case) -> str:
    return (
        c.cert_lang
        if c.cert_lang in ("nl", "fr", "de")
        else (c.lang if c.lang in ("nl", "fr", "de") else "fr")
    )


def _label(sh: Sheet, c: Case, x, y, rng: random.Random) -> None:
    """A patient label printed by the hospital and stuck on the page, a little crooked."""
    lab = Sheet(62, 26)
    fill(lab, 0, 0, 62, 26, (255, 255, 255))
    put(lab, 3, 2, f"{c.p.surname.upper()} {c.p.given_names}"[:30], f=DVC_B, pt=8.4)
    put(lab, 3, 6.5, f"{dnum(c.p.birth_date, '/')}  {c.p.sex}", f=DVC, pt=8)
    put(lab, 3, 10.5, f"PID {c.seed % 9000000 + 1000000}", f=DVC, pt=8)
    bars(lab, 3, 15, 56, 8, str(c.seed))
    img = (
        ras(lab, 240)
        .convert("RGBA")
        .rotate(random.Random(c.seed + 40).uniform(-3, 3), expand=True, fillcolor=(0, 0, 0, 0))
    )
    sh.image(x, y, 62 * img.width / lab.render(240).width, 26 * img.height / lab.render(240).height, img)


def ms_consult(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A hospital specialist's CONSULTATION REPORT ('Consultatieverslag' / 'Rapport de consultation' /
    'Konsultationsbericht'): the hospital and department at the top LEFT over a coloured rule, a printed PATIENT LABEL
    with a bar code stuck at the top RIGHT, the referring doctor and the date of the consultation on one line,
    then bold captions on their own lines (reason for referral, history, examination, conclusion, proposal) with the
    text under them, and at the foot 'elektronisch gevalideerd' with the specialist's name and a hand-drawn paraph."""
    d = c.doctor if "medcert_absent" in c.flags else c.specialist
    lang = doc_lang(c)
    t = ill(c, lang)
    il = ILLNESSES[c.illness]
    colr = random.Random(c.seed + 41).choice([(0, 90, 140), (150, 40, 60), (20, 110, 80)])
    T = {
        "nl": (
            "Consultatieverslag",
            "Verwijzer",
            "Datum consultatie",
            [
                "Reden van verwijzing",
                "Voorgeschiedenis",
                "Klinisch onderzoek en onderzoeken",
                "Besluit",
                "Voorstel en opvolging",
            ],
            "Elektronisch gevalideerd door",
            "opvolging in verband met",
        ),
        "fr": (
            "Rapport de consultation",
            "Médecin référent",
            "Date de la consultation",
            [
                "Motif de la consultation",
                "Antécédents",
                "Examen clinique et examens complémentaires",
                "Conclusion",
                "Proposition et suivi",
            ],
            "Validé électroniquement par",
            "suivi pour",
        ),
        "de": (
            "Konsultationsbericht",
            "Überweisender Arzt",
            "Datum der Konsultation",
            [
                "Überweisungsgrund",
                "Vorgeschichte",
                "Klinische Untersuchung und Befunde",
                "Beurteilung",
                "Vorschlag und Nachsorge",
            ],
            "Elektronisch validiert durch",
            "Nachsorge wegen",
        ),
    }[lang]
    sh = Sheet()
    put(sh, 16, 12, d.inst, f=FSANS_B, pt=12, col=colr)
    put(sh, 16, 18, d.dept or SPECIALTY[d.spec].get(lang, ""), f=FSANS, pt=9, col=G1)
    put(sh, 16, 22.5, f"{d.street} · {d.pc} {d.city} · {d.tel}", f=FSANS, pt=7.8, col=G2)
    hline(sh, 16, 120, 27, lw=0.8, col=colr)
    _label(sh, c, 128, 10, rng)
    put(sh, 16, 42, T[0], f=FSANS_B, pt=15)
    ref_doc = random.Random(c.seed + 42).choice(
        ["Dr. L. Peeters", "Dr. N. Dubois", "Dr. A. Schmitz", "Dr. K. Haddou"]
    )
    put(sh, 16, 51, f"{T[1]}: {ref_doc}     {T[2]}: {dnum(c.medstat_date, '/')}", f=FSANS, pt=9.6)
    parts = [
        f"{T[5]} {t['name'][:1].lower()}{t['name'][1:]}.",
        t["history"],
        f"{t['severity']} " + " ".join(f"{a} {v} {u}" for a, v, u, _r in il.get("lab", [])[:2]),
        f"{t['name']} (ICD-10 {il['icd']}). {t['prognosis']}",
        f"{'; '.join(t['meds'])}. {t['intervention']} {t['duration']} {t['consequences']}",
    ]
    y = 60.0
    for head, txt in zip(T[3], parts):
        put(sh, 16, y, head, f=FSANS_B, pt=10.2)
        y = block(sh, 16, y + 5, 178, txt, f=FSANS, pt=10, lead=1.45) + 4
    y += 4
    put(sh, 16, y, f"{T[4]}:", f=FSANS, pt=9, col=G1)
    put(sh, 16, y + 5, f"{d.name()} - {SPECIALTY[d.spec].get(lang, '')}", f=FSANS_B, pt=10)
    signat(sh, 110, y - 2, rng, w=24, h=10, col=INK_BLUE, style="initials")
    put(sh, 194, 286, f"{d.inst} - {dnum(c.medstat_date, '/')}", f=FSANS, pt=7.4, at="right", col=G2)
    return [sh], {}


def ms_discharge(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A hospital DISCHARGE LETTER ('Ontslagbrief' / 'Lettre de sortie' / 'Entlassungsbrief') to the general
    practitioner: the hospital's name CENTRED in capitals, a boxed row with the admission and discharge dates and the
    ward, the diagnoses as a NUMBERED list, the medication at discharge as a small table (medicine, dose, frequency),
    a short course paragraph and the follow-up, signed by the resident and by the supervising specialist side by
    side at the foot."""
    d = c.doctor if "medcert_absent" in c.flags else c.specialist
    lang = doc_lang(c)
    t = ill(c, lang)
    il = ILLNESSES[c.illness]
    adm = c.medstat_date - timedelta(days=random.Random(c.seed + 43).randint(4, 16))
    T = {
        "nl": (
            "ONTSLAGBRIEF",
            "Opname",
            "Ontslag",
            "Afdeling",
            "Diagnoses",
            "Medicatie bij ontslag",
            "Geneesmiddel",
            "Verloop",
            "Opvolging",
            "arts-specialist in opleiding",
            "supervisor",
            "Geachte collega,",
        ),
        "fr": (
            "LETTRE DE SORTIE",
            "Admission",
            "Sortie",
            "Unité",
            "Diagnostics",
            "Traitement de sortie",
            "Médicament",
            "Évolution",
            "Suivi",
            "médecin assistant",
            "superviseur",
            "Cher Confrère,",
        ),
        "de": (
            "ENTLASSUNGSBRIEF",
            "Aufnahme",
            "Entlassung",
            "Station",
            "Diagnosen",
            "Entlassungsmedikation",
            "Medikament",
            "Verlauf",
            "Nachsorge",
            "Assistenzarzt",
            "Oberarzt",
            "Sehr geehrte Kollegin, sehr geehrter Kollege,",
        ),
    }[lang]
    sh = Sheet()
    put(sh, 105, 12, d.inst.upper(), f=SCHOOL_B, pt=12.5, at="center")
    put(sh, 105, 18.5, f"{d.street} - {d.pc} {d.city}", f=SCHOOL, pt=8.6, at="center", col=G1)
    put(sh, 105, 30, T[0], f=SCHOOL_B, pt=14, at="center")
    put(
        sh,
        16,
        38,
        f"{c.p.surname.upper()} {c.p.given_names} - {dnum(c.p.birth_date, '/')}",
        f=SCHOOL_B,
        pt=10,
    )
    frame(sh, 16, 44, 178, 10, lw=0.3)
    for i, (a, v) in enumerate(
        [
            (T[1], dnum(adm, "/")),
            (T[2], dnum(c.medstat_date, "/")),
            (T[3], (d.dept or SPECIALTY[d.spec].get(lang, ""))[:30]),
        ]
    ):
        put(sh, 19 + i * 59, 46, a, f=SCHOOL, pt=7.6, col=G1)
        put(sh, 19 + i * 59, 49.6, v, f=SCHOOL_B, pt=9.2)
    y = block(sh, 16, 62, 178, T[11], f=SCHOOL, pt=10.5) + 3
    put(sh, 16, y, T[4], f=SCHOOL_B, pt=10.5)
    y += 6
    for i, dx in enumerate([f"{t['name']} (ICD-10 {il['icd']})", t["history"]], 1):
        put(sh, 18, y, f"{i}.", f=SCHOOL, pt=10)
        y = block(sh, 25, y, 169, dx, f=SCHOOL, pt=10, lead=1.4) + 1.5
    y += 3
    put(sh, 16, y, T[5], f=SCHOOL_B, pt=10.5)
    y += 6
    for m in t["meds"]:
        frame(sh, 16, y, 178, 7, lw=0.2, col=G2)
        put_fit(sh, 19, y + 1.6, m, 172, f=SCHOOL, pt=9.6)
        y += 7
    y += 4
    for head, txt in (
        (T[7], f"{t['severity']} {t['intervention']}"),
        (T[8], f"{t['needs']} {t['duration']}"),
    ):
        put(sh, 16, y, head, f=SCHOOL_B, pt=10.5)
        y = block(sh, 16, y + 5.5, 178, txt, f=SCHOOL, pt=10, lead=1.45) + 4
    y += 6
    res = random.Random(c.seed + 44).choice(
        ["Dr. S. Wouters", "Dr. M. Lejeune", "Dr. J. Kessler", "Dr. Y. Amrani"]
    )
    signat(sh, 22, y, rng, w=34, h=11, col=INK_BLUE)
    put(sh, 22, y + 13, res, f=SCHOOL, pt=9.6)
    put(sh, 22, y + 17.5, T[9], f=SCHOOL_I, pt=8.6, col=G1)
    signat(sh, 116, y, rng, w=38, h=12, col=INK_BLACK)
    put(sh, 116, y + 13, d.name(), f=SCHOOL, pt=9.6)
    put(sh, 116, y + 17.5, f"{SPECIALTY[d.spec].get(lang, '')} - {T[10]}", f=SCHOOL_I, pt=8.6, col=G1)
    return [sh], {}


def ms_gp_note(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A general practitioner's short ATTESTATION written BY HAND on the practice's half-page letterhead (the
    doctor's name, RIZIV number and address printed in a block at the top LEFT, 'Attest' / 'Attestation médicale' /
    'Ärztliche Bescheinigung' printed at the RIGHT), the text in a quick running hand over five or six lines naming
    the patient, the illness, its severity and the treatment, the date and a signature at the bottom RIGHT with the
    practice's round stamp beside it; the half sheet copied on the upper half of an A4."""
    d = c.doctor if "medcert_absent" in c.flags else c.specialist
    lang = doc_lang(c)
    t = ill(c, lang)
    hf = random.Random(c.seed + 45).choice([HAND_LEAN, HAND_ROUND, HAND_CHANCERY])
    ink = random.Random(c.seed + 46).choice([INK_BLUE, INK_BLACK])
    T = {
        "nl": (
            "Attest",
            f"Ondergetekende verklaart {c.p.given_names} {c.p.surname} ({dnum(c.p.birth_date, '/')}) "
            f"te behandelen voor {t['name'][:1].lower()}{t['name'][1:]}. {t['severity']} Behandeling: "
            f"{'; '.join(t['meds'])}. {t['duration']}",
        ),
        "fr": (
            "Attestation médicale",
            f"Je soussigné certifie suivre {c.p.given_names} {c.p.surname} "
            f"({dnum(c.p.birth_date, '/')}) pour {t['name'][:1].lower()}{t['name'][1:]}. {t['severity']} "
            f"Traitement : {'; '.join(t['meds'])}. {t['duration']}",
        ),
        "de": (
            "Ärztliche Bescheinigung",
            f"Hiermit bestätige ich, dass {c.p.given_names} {c.p.surname} "
            f"({dnum(c.p.birth_date, '/')}) wegen {t['name']} in meiner Behandlung ist. {t['severity']} "
            f"Behandlung: {'; '.join(t['meds'])}. {t['duration']}",
        ),
    }[lang]
    half = Sheet(210, 148)
    put(half, 16, 12, d.name(), f=SERIF_B, pt=11)
    put(half, 16, 17.5, SPECIALTY[d.spec].get(lang, "").capitalize(), f=SERIF_I, pt=9)
    put(half, 16, 22, f"{d.street} - {d.pc} {d.city}", f=SERIF, pt=8.6)
    put(half, 16, 26.5, f"RIZIV/INAMI {d.riziv} - {d.tel}", f=SERIF, pt=8.6)
    put(half, 194, 14, T[0], f=SERIF_B, pt=13, at="right")
    hline(half, 16, 194, 31, lw=0.3)
    y = hand_block(half, 18, 38, 176, T[1], rng, f=hf, pt=11.5, step=7.0, col=ink, n=10)
    hand(half, 18, y + 4, f"{d.city}, {dnum(c.medstat_date, '/')}", rng, f=hf, pt=11.5, col=ink)
    signat(half, 138, y + 2, rng, w=40, h=13, col=ink)
    stampit(
        half,
        96,
        y,
        [d.name("initial").upper()[:20], d.pc + " " + d.city.upper()[:12]],
        rng,
        col=ST_BLUE,
        mm=26,
    )
    sh = Sheet()
    sh.image(0, 0, 210, 148, ras(half, 200))
    hline(sh, 0, 210, 148.5, lw=0.2, col=G4)
    return [sh], {}


_reg(
    "be9ter-medstat-specialist-consultatieverslag-patientenklever-barcode-50",
    "medical-statement",
    "nl",
    ms_consult,
    "hospital specialist's consultation report with a patient label",
)
_reg(
    "be9ter-medstat-ontslagbrief-genummerde-diagnoses-twee-handtekeningen-50",
    "medical-statement",
    "fr",
    ms_discharge,
    "hospital discharge letter with numbered diagnoses and two signatures",
)
_reg(
    "be9ter-medstat-huisarts-attest-met-de-hand-halve-pagina-50",
    "medical-statement",
    "nl",
    ms_gp_note,
    "general practitioner's short attestation written by hand on a half page",
)


# =========================================================================== information on the country of origin


def coi_fiche(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A French-language NGO 'FICHE PAYS - ACCÈS AUX SOINS' of two pages: the NGO's name over a coloured rule, the
    country and the date of the update in a grey band, an 'EN BREF' box with three bullet points at the top, then
    chapters (Disponibilité du traitement, Accessibilité financière, Couverture sociale, Conclusion) in a serif face
    with footnote numbers in the text, and the numbered SOURCES at the foot of page 2."""
    code = c.origin()
    o = BC[code]
    il = ILLNESSES[c.illness]
    drug = il.get("drug_l", {}).get("fr") or il["drug"]
    upd = SUB - timedelta(days=rng.randint(40, 200))
    s1, s2 = Sheet(), Sheet()
    ngo = random.Random(c.seed + 47).choice(
        [
            "Observatoire Santé & Migrations asbl",
            "Médecins du Monde - cellule pays",
            "Réseau Soins Sans Frontières",
        ]
    )
    put(s1, 18, 14, ngo, f=PALA_B, pt=12)
    hline(s1, 18, 192, 19.5, lw=1.0, col=(170, 60, 40))
    fill(s1, 18, 24, 174, 10, (236, 236, 236))
    put(s1, 21, 26, f"FICHE PAYS - ACCÈS AUX SOINS : {country(code, 'fr').upper()}", f=PALA_B, pt=11)
    put(s1, 189, 26.4, f"mise à jour : {dnum(upd, '/')}", f=PALA_I, pt=9, at="right")
    frame(s1, 18, 40, 174, 34, lw=0.5, col=(170, 60, 40))
    put(s1, 22, 42, "EN BREF", f=PALA_B, pt=10, col=(170, 60, 40))
    y = 48.0
    for b in [
        f"{cap1(drug)} : disponibilité irrégulière, surtout à {o['hospital']}.",
        f"Coût mensuel estimé : {il['cost']} ; salaire mensuel courant : {o['wage']}.",
        "Pas de prise en charge publique effective des traitements de longue durée.",
    ]:
        put(s1, 24, y, "-", f=PALA, pt=10)
        y = block(s1, 29, y, 158, b, f=PALA, pt=10, lead=1.3) + 1
    y = 82.0
    chapters = [
        (
            "Disponibilité du traitement",
            f"{cap1(in_country(code, 'fr'))}, le {drug} figure sur la liste des médicaments essentiels, mais "
            f"les structures publiques en manquent régulièrement (1). Le suivi spécialisé se concentre à "
            f"{o['hospital']} ; les examens de contrôle y sont souvent reportés faute de réactifs (2).",
        ),
        (
            "Accessibilité financière",
            f"Un mois de traitement coûte environ {il['cost']}, alors que le salaire mensuel courant est de "
            f"{o['wage']} (3). Les patients achètent leurs médicaments en pharmacie privée.",
        ),
        ("Couverture sociale", o.get("insurance_fr", "")),
        (
            "Conclusion",
            f"Un patient dans la situation de {c.p.given_names} {c.p.surname} ne pourrait pas "
            f"obtenir un traitement continu {in_country(code, 'fr')}.",
        ),
    ]
    sh = s1
    for head, txt in chapters:
        if y > 230 and sh is s1:
            sh, y = s2, 18.0
        put(sh, 18, y, head, f=PALA_B, pt=11)
        y = block(sh, 18, y + 6, 174, txt, f=PALA, pt=10.5, lead=1.5, al="justify") + 6
    if sh is s1:
        sh, y = s2, 18.0
    hline(sh, 18, 100, 240, lw=0.3)
    for i, src in enumerate(
        [
            f"Ministère de la Santé, liste nationale des médicaments essentiels, {upd.year - 1}.",
            f"Entretien avec un médecin de {o['hospital']}, {dnum(upd, '/')}.",
            f"Organisation internationale du travail, salaires moyens, {upd.year - 1}.",
        ],
        1,
    ):
        block(sh, 18, 244 + (i - 1) * 9, 174, f"({i}) {src}", f=PALA, pt=8.6, lead=1.3)
    put(s1, 192, 286, "1/2", f=PALA, pt=8.4, at="right", col=G2)
    put(s2, 192, 286, "2/2", f=PALA, pt=8.4, at="right", col=G2)
    return [s1, s2], {}


def coi_price_table(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """An English MEDICINE AVAILABILITY AND PRICE SURVEY extract for the country: a narrow title block at the top
    LEFT, a one-paragraph method note, a TABLE of medicines (public availability %, private availability %, median
    price of a month's treatment in the local currency and in euro) with the row of the applicant's medicine
    HIGHLIGHTED in yellow, a paragraph on health cover under the table, and the survey's citation in small type."""
    code = c.origin()
    o = BC[code]
    il = ILLNESSES[c.illness]
    sh = Sheet()
    put(sh, 18, 16, "Medicine Availability and Price Survey", f=NSANS_B, pt=14)
    put(sh, 18, 23, f"{country(code, 'en')} - extract, {SUB.year - 1} round", f=NSANS, pt=10, col=G1)
    hline(sh, 18, 192, 27, lw=0.3)
    y = (
        block(
            sh,
            18,
            32,
            174,
            "Availability is the share of facilities visited that had the medicine in stock on "
            "the day of the visit. Prices are the median patient price for one month of treatment.",
            f=NSANS_I,
            pt=9.4,
            lead=1.4,
            col=G1,
        )
        + 6
    )
    cols = [18, 84, 112, 140, 168, 192]
    heads = ["Medicine", "Public %", "Private %", "Price / month", "Price (EUR)"]
    fill(sh, 18, y, 174, 8, (40, 50, 70))
    for x, h in zip(cols, heads):
        put(sh, x + 1.5, y + 2, h, f=NSANS_B, pt=8.6, col=(255, 255, 255))
    y += 8
    r = random.Random(c.seed + 48)
    drugs = [(il["drug"].split("(")[0].strip()[:36], True)] + [
        (m, False)
        for m in r.sample(
            [
                "metformin 500 mg",
                "amlodipine 5 mg",
                "omeprazole 20 mg",
                "salbutamol inhaler",
                "paracetamol 500 mg",
                "amoxicillin 500 mg",
                "enalapril 10 mg",
            ],
            5,
        )
    ]
    r.shuffle(drugs)
    for name, mine in drugs:
        if mine:
            hilite(sh, 18, y, 174, 7.5)
        usd = "".join(ch for ch in il["cost"] if ch.isdigit())
        eur = f"{round(int(usd) * 0.92)}" if usd and "USD" in il["cost"] else "-"
        vals = [
            name,
            f"{r.randint(0, 18) if mine else r.randint(40, 95)}",
            f"{r.randint(10, 40) if mine else r.randint(60, 100)}",
            "-" if not mine else il["cost"],
            "-" if not mine else eur,
        ]
        if not mine:
            vals[3] = f"{r.randint(20, 300)} {o['currency']}"
            vals[4] = f"{r.uniform(0.5, 9):.2f}"
        for x, v in zip(cols, vals):
            put_fit(
                sh,
                x + 1.5,
                y + 1.8,
                v,
                (cols[cols.index(x) + 1] - x - 3) if x != 168 else 22,
                f=NSANS_B if mine else NSANS,
                pt=9,
            )
        hline(sh, 18, 192, y + 7.5, lw=0.15, col=G3)
        y += 7.5
    y += 8
    y = block(sh, 18, y, 174, o.get("insurance_en", ""), f=NSANS, pt=10, lead=1.5) + 4
    y = (
        block(
            sh,
            18,
            y,
            174,
            f"The usual monthly wage is about {o['wage']}; specialised follow-up is concentrated "
            f"at {o['hospital']}.",
            f=NSANS,
            pt=10,
            lead=1.5,
        )
        + 10
    )
    block(
        sh,
        18,
        y,
        174,
        f"Source: national medicine price survey, {SUB.year - 1}, table 4 (extract printed on "
        f"{dnum(SUB - timedelta(days=r.randint(10, 80)), '/')}).",
        f=NSANS,
        pt=8,
        lead=1.3,
        col=G2,
    )
    return [sh], {}


_reg(
    "be9ter-coi-fr-fiche-pays-en-bref-kader-voetnoten-50",
    "country-of-origin-info",
    "fr",
    coi_fiche,
    "NGO country sheet on access to care with a summary box and footnotes",
)
_reg(
    "be9ter-coi-en-prijsenquete-tabel-gemarkeerde-rij-50",
    "country-of-origin-info",
    "en",
    coi_price_table,
    "medicine availability and price survey table with the applicant's medicine highlighted",
)


# =========================================================================== proof of the pending asylum procedure


def ay_annex26(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """Annex 26 as this Office prints it now: the kingdom and the Office at the top LEFT, 'BIJLAGE 26' / 'ANNEXE 26'
    in a FRAMED box at the top RIGHT, the holder's photo at the LEFT under the header with the Office's violet round
    stamp half over it, the attestation sentence beside the photo, the particulars as a numbered list, 'geldig tot'
    with a date, and a GRID of extension cells in the lower third, the cells filled so far carrying a handwritten date,
    a municipal stamp and initials; the copy in black and white."""
    p = c.p
    a = c.asylum or {}
    lodged = a.get("lodged") or (SUB - timedelta(days=200))
    T = {
        "nl": dict(
            k="KONINKRIJK BELGIË",
            o="FOD Binnenlandse Zaken - Dienst Vreemdelingenzaken",
            t="BIJLAGE 26",
            s=f"Hierbij wordt bevestigd dat de hieronder vermelde persoon op {dnum(lodged, '/')} een verzoek "
            f"om internationale bescherming heeft ingediend.",
            rows=["Naam", "Voornamen", "Geboortedatum", "Geboorteplaats", "Nationaliteit", "OV-nummer"],
            val="Dit document is geldig tot",
            ext="Verlengd tot",
            note="Dit document is geen identiteitsbewijs noch nationaliteitsbewijs.",
        ),
        "fr": dict(
            k="ROYAUME DE BELGIQUE",
            o="SPF Intérieur - Office des Étrangers",
            t="ANNEXE 26",
            s=f"Il est certifié que la personne mentionnée ci-dessous a introduit le {dnum(lodged, '/')} une "
            f"demande de protection internationale.",
            rows=["Nom", "Prénoms", "Date de naissance", "Lieu de naissance", "Nationalité", "Numéro SP"],
            val="Le présent document est valable jusqu'au",
            ext="Prorogé jusqu'au",
            note="Le présent document ne constitue ni une preuve d'identité ni une preuve de nationalité.",
        ),
    }[lang]
    sh = Sheet()
    put(sh, 16, 14, T["k"], f=NSANS_B, pt=11)
    put(sh, 16, 20, T["o"], f=NSANS, pt=9, col=G1)
    frame(sh, 146, 11, 48, 14, lw=0.7)
    put(sh, 170, 14, T["t"], f=NSANS_B, pt=15, at="center")
    sh.photo(16, 32, 30, 38, rng)
    stampit(
        sh,
        34,
        54,
        ["OFFICE DES ÉTRANGERS" if lang == "fr" else "DIENST VREEMDELINGENZAKEN", "BRUXELLES"],
        rng,
        col=ST_VIOLET,
        mm=28,
    )
    block(sh, 54, 34, 140, T["s"], f=NSANS, pt=10.5, lead=1.5)
    vals = [
        p.surname.upper(),
        p.given_names,
        dnum(p.birth_date, "/"),
        p.birth_place,
        adj(p.nationality, lang),
        c.ov or "",
    ]
    y = 84.0
    for i, (cap, v) in enumerate(zip(T["rows"], vals), 1):
        put(sh, 18, y, f"{i}. {cap}", f=NSANS, pt=10)
        put_fit(sh, 70, y, v, 120, f=NSANS_B, pt=10.5)
        hline(sh, 68, 194, y + 5, lw=0.15, col=G3)
        y += 9
    until = max(SUB + timedelta(days=rng.randint(20, 80)), lodged + timedelta(days=120))
    put(sh, 18, y + 6, f"{T['val']} {dnum(lodged + timedelta(days=120), '/')}", f=NSANS, pt=10)
    put(sh, 18, y + 13, T["note"], f=NSANS_I, pt=8.6, col=G1)
    ink = random.Random(c.seed + 51).choice([INK_BLUE, INK_BLACK])
    y = 180.0
    dates = []
    d_ = lodged + timedelta(days=120)
    while d_ < until:
        d_ = d_ + timedelta(days=90)
        dates.append(d_)
    for i in range(6):
        x = 16 + (i % 3) * 60
        yy = y + (i // 3) * 48
        frame(sh, x, yy, 58, 46, lw=0.3)
        put(sh, x + 2, yy + 2, T["ext"], f=NSANS, pt=8)
        if i < len(dates):
            hand(sh, x + 4, yy + 8, dnum(dates[i], "/"), rng, f=HAND_ROUND, pt=12, col=ink)
            stampit(
                sh,
                x + 10,
                yy + 16,
                [c.addr.city.upper()[:16], "VREEMDELINGEN" if lang == "nl" else "ÉTRANGERS"],
                rng,
                col=ST_BLUE,
                mm=26,
            )
            signat(sh, x + 34, yy + 34, rng, w=18, h=7, col=ink, style="initials")
    return [photocopy(sh, rng, contrast=1.1)], {}


def ay_convocation(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The asylum authority's INVITATION to the personal interview ('Uitnodiging voor een persoonlijk onderhoud' /
    'Convocation à un entretien personnel'), showing the application still being examined: the authority's name in
    a narrow band at the top, the addressee in the window at the RIGHT, the references (OV/SP number, CG number,
    date) in a column at the LEFT, the date, hour and place of the interview in a BOLD framed block, the list of what
    to bring, and the printed closing of the protection officer without a handwritten signature."""
    p = c.p
    a = c.asylum or {}
    lodged = a.get("lodged") or (SUB - timedelta(days=200))
    when_ = SUB + timedelta(days=rng.randint(12, 60))
    while when_.weekday() >= 5:
        when_ += timedelta(days=1)
    sent = SUB - timedelta(days=rng.randint(8, 30))
    T = {
        "nl": dict(
            org="Commissariaat-generaal voor de Vluchtelingen en de Staatlozen",
            t="Uitnodiging voor een persoonlijk onderhoud",
            b=f"In het kader van uw verzoek om internationale bescherming, ingediend "
            f"op {dword(lodged, 'nl')}, nodigt het Commissariaat-generaal u uit voor een persoonlijk "
            f"onderhoud.",
            place="Ernest Blerotstraat 39, 1070 Brussel",
            at="om",
            bring=["deze uitnodiging", "uw bijlage 26", "alle documenten over uw identiteit en uw reisweg"],
            br="Breng mee:",
            cl="Voor de Commissaris-generaal,",
            ref=["OV-nummer", "CG-nummer", "Datum"],
        ),
        "fr": dict(
            org="Commissariat général aux réfugiés et aux apatrides",
            t="Convocation à un entretien personnel",
            b=f"Dans le cadre de votre demande de protection internationale introduite le "
            f"{dword(lodged, 'fr')}, le Commissariat général vous convoque à un entretien personnel.",
            place="Rue Ernest Blerot 39, 1070 Bruxelles",
            at="à",
            bring=[
                "la présente convocation",
                "votre annexe 26",
                "tous les documents relatifs à votre identité et à votre trajet",
            ],
            br="À apporter :",
            cl="Pour le Commissaire général,",
            ref=["Numéro SP", "Numéro CG", "Date"],
        ),
    }[lang]
    sh = Sheet()
    fill(sh, 0, 8, 210, 9, (30, 60, 110))
    put(sh, 16, 10, T["org"], f=SANS_B, pt=10, col=(255, 255, 255))
    for i, ln in enumerate(
        [
            f"{p.given_names} {p.surname}",
            f"{c.addr.street} {c.addr.number}" + (f" / {c.addr.box}" if c.addr.box else ""),
            f"{c.addr.postcode} {c.addr.city}",
        ]
    ):
        put(sh, 118, 32 + i * 5, ln, f=SANS, pt=10.5)
    for i, (a_, v) in enumerate(
        zip(T["ref"], [c.ov or "", f"{lodged.year % 100}/{rng.randint(10000, 99999)}", dnum(sent, "/")])
    ):
        put(sh, 16, 32 + i * 9, a_, f=SANS, pt=7.6, col=G1)
        put(sh, 16, 35.6 + i * 9, v, f=SANS_B, pt=10)
    put(sh, 16, 68, T["t"], f=SANS_B, pt=13)
    y = block(sh, 16, 78, 178, T["b"], f=SANS, pt=10.5, lead=1.55) + 4
    frame(sh, 16, y, 178, 20, lw=0.9)
    put(
        sh,
        20,
        y + 3,
        f"{dword(when_, lang)} {T['at']} {rng.choice(['09:00', '09:30', '13:30', '14:00'])}",
        f=SANS_B,
        pt=12,
    )
    put(sh, 20, y + 11, T["place"], f=SANS_B, pt=10.5)
    y += 28
    put(sh, 16, y, T["br"], f=SANS_B, pt=10.5)
    y += 6
    for b in T["bring"]:
        put(sh, 20, y, "-", f=SANS, pt=10.5)
        y = block(sh, 25, y, 169, b, f=SANS, pt=10.5, lead=1.4) + 1
    put(sh, 16, y + 10, T["cl"], f=SANS, pt=10.5)
    put(
        sh,
        16,
        y + 16,
        random.Random(c.seed + 52).choice(["E. Vermeersch", "F. Lahlou", "C. Dewulf", "A. Renard"]),
        f=SANS_B,
        pt=10.5,
    )
    return [sh], {}


for _lg in ("nl", "fr"):
    _reg(
        f"be9ter-asylum-bijlage26-kader-rechtsboven-verlengingsraster-zwartwit-{_lg}-50",
        "asylum-proof",
        _lg,
        (lambda c, r, _l=_lg: ay_annex26(c, r, lang=_l)),
        "annex 26 with a framed title and a grid of extensions",
    )
    _reg(
        f"be9ter-asylum-cgvs-uitnodiging-persoonlijk-onderhoud-kader-{_lg}-50",
        "asylum-proof",
        _lg,
        (lambda c, r, _l=_lg: ay_convocation(c, r, lang=_l)),
        "asylum authority's invitation to the interview",
    )


# =========================================================================== proof of registered posting


def sender_lines(c: Case) -> list[str]:
    if "no_address" in c.flags or (c.lawyer and c.seed % 3 != 0):
        A = c.lawyer
        return [A["firm"], A["street"], f"{A['pc']} {A['city']}"]
    a = c.addr
    return [
        f"{c.p.given_names} {c.p.surname}",
        f"{a.street} {a.number}" + (f" bus {a.box}" if a.box else ""),
        f"{a.postcode} {a.city}",
    ]


def _receipt(c: Case, rng: random.Random, w=62.0) -> Sheet:
    """A thermal counter receipt of a registered letter."""
    s = Sheet(w, 118)
    g = (64, 64, 70)
    office = sender_lines(c)[-1]
    put(s, w / 2, 4, "bpost", f=DVM_B, pt=12, at="center", col=g)
    put(s, w / 2, 9.5, office.upper()[:24], f=DVM, pt=6.8, at="center", col=g)
    hline(s, 3, w - 3, 13.5, lw=0.2, col=g, dash=0.5)
    put(s, 3, 16, "AANGETEKEND - RECOMMANDÉ", f=DVM, pt=6.6, col=g)
    bars(s, 5, 20.5, w - 10, 9, c.rm_track, col=g)
    put(s, w / 2, 31, _b9.track_spaced(c.rm_track), f=DVM, pt=6.8, at="center", col=g)
    y = 37.0
    put(s, 3, y, "BESTEMMELING/DESTINATAIRE", f=DVM, pt=6.2, col=g)
    y += 3.6
    for ln in c.rm_to:
        put(s, 3, y, strip_accents(ln).upper()[:30], f=DVM, pt=6.6, col=g)
        y += 3.4
    y += 3
    for a_, b_ in [
        ("GEWICHT/POIDS", f"{rng.randint(80, 480)} g"),
        ("PRIJS/PRIX", f"EUR {rng.choice(['10,50', '11,30'])}"),
        ("DATUM/DATE", dnum(c.rm_date, "/")),
        ("UUR/HEURE", f"{rng.randint(9, 17):02d}:{rng.randint(0, 59):02d}"),
    ]:
        put(s, 3, y, a_, f=DVM, pt=6.6, col=g)
        put(s, w - 3, y, b_, f=DVM, pt=6.6, col=g, at="right")
        y += 3.6
    put(s, w / 2, y + 5, "BEWAAR DIT BEWIJS", f=DVM, pt=6.2, col=g, at="center")
    put(s, w / 2, y + 8.6, "CONSERVEZ CETTE PREUVE", f=DVM, pt=6.2, col=g, at="center")
    return s


def rm_envelope(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The law office's black-and-white COPY of the sealed ENVELOPE's front (the typed address label to the Office,
    the sender in the top LEFT corner, the red-printed registered-mail label with its bar code stuck above the
    address, the franking strip at the top RIGHT) on the upper half of an A4, with the thermal COUNTER RECEIPT laid
    on the glass under it; the secretary's handwritten '9ter verzonden' beside the receipt."""
    sh = Sheet()
    env = Sheet(162, 114)
    frame(env, 0.5, 0.5, 161, 113, lw=0.6, col=G2)
    for i, ln in enumerate(sender_lines(c)):
        put(env, 8, 8 + i * 4.6, ln, f=SANS, pt=8.4)
    fill(env, 118, 6, 36, 16, (230, 230, 230))
    put(env, 136, 8, "PP - PB", f=SANS_B, pt=8, at="center")
    put(env, 136, 12.5, "BELGIE(N) - BELGIQUE", f=SANS, pt=6, at="center")
    put(env, 136, 16.5, dnum(c.rm_date, "."), f=SANS, pt=7, at="center")
    fill(env, 58, 36, 58, 20, (255, 255, 255))
    frame(env, 58, 36, 58, 20, lw=0.4)
    put(env, 62, 37.5, "R", f=SANS_B, pt=20)
    put(env, 72, 38, "AANGETEKEND", f=SANS_B, pt=7.6)
    put(env, 72, 41.5, "RECOMMANDÉ", f=SANS_B, pt=7.6)
    bars(env, 72, 45, 40, 6.5, c.rm_track)
    put(env, 92, 52.2, c.rm_track, f=DVM, pt=6.4, at="center")
    for i, ln in enumerate(c.rm_to):
        put(env, 58, 66 + i * 6, ln, f=SANS, pt=11)
    sh.image(24, 14, 162, 114, ras(env, 200))
    sh.image(74, 140, 62, 118, ras(_receipt(c, rng), 220))
    hand(sh, 142, 170, "9ter verzonden", rng, f=HAND_LEAN, pt=13, col=INK_BLUE)
    hand(sh, 142, 178, dnum(c.rm_date, "/"), rng, f=HAND_LEAN, pt=13, col=INK_BLUE)
    return [photocopy(sh, rng, contrast=1.15, speckle=60)], {"addressee": 1}


def rm_hand_slip(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The post office's A6 deposit slip for a registered letter ('Preuve de dépôt d'un envoi recommandé / Bewijs van
    afgifte'), the addressee and sender written IN BALLPOINT in the printed boxes, the item number as a bar-code
    sticker in the top box, the clerk's round date stamp; PHOTOGRAPHED by the client on a walnut table (the slip only,
    a card-sized picture)."""
    s = Sheet(105, 148)
    hf = random.Random(c.seed + 53).choice([HAND_ROUND, HAND_BLOCK, HAND_LEAN])
    ink = random.Random(c.seed + 54).choice([INK_BLUE, INK_BLACK])
    fill(s, 0, 0, 105, 148, (252, 250, 244))
    fill(s, 0, 0, 105, 12, (214, 30, 44))
    put(s, 5, 2.6, "bpost", f=SANS_B, pt=14, col=(255, 255, 255))
    put(s, 100, 3.6, "PREUVE DE DÉPÔT", f=SANS_B, pt=7.4, col=(255, 255, 255), at="right")
    put(s, 100, 7.4, "BEWIJS VAN AFGIFTE", f=SANS_B, pt=7.4, col=(255, 255, 255), at="right")
    put(s, 5, 16, "Envoi recommandé · Aangetekende zending", f=SANS, pt=7.6)
    frame(s, 5, 21, 95, 22, lw=0.3, fill=(255, 255, 255))
    bars(s, 10, 23.5, 85, 10, c.rm_track)
    put(s, 52.5, 35.5, _b9.track_spaced(c.rm_track), f=MONO, pt=7.6, at="center")
    y = 48.0
    for cap, lines in (("Destinataire · Bestemmeling", c.rm_to), ("Expéditeur · Afzender", sender_lines(c))):
        put(s, 5, y, cap, f=SANS, pt=7, col=G1)
        y += 4
        for ln in lines:
            hline(s, 5, 100, y + 5.5, lw=0.2, col=G3)
            hand(s, 6, y, ln, rng, f=hf, pt=10.5, col=ink, maxw=92)
            y += 7
        y += 3
    put(s, 5, y + 2, "Date · Datum", f=SANS, pt=7, col=G1)
    hand(s, 6, y + 6, dnum(c.rm_date, "/"), rng, f=hf, pt=11, col=ink)
    stampit(
        s,
        58,
        y - 2,
        [sender_lines(c)[-1].split(" ", 1)[-1].upper()[:14], dnum(c.rm_date, "-"), "BPOST"],
        rng,
        col=ST_BLACK,
        mm=30,
    )
    return [on_table(s, rng, surface="walnut", dpi=200)], {"addressee": 1}


def rm_online(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The A4 print of the postal web shop's DEPOSIT CONFIRMATION for a registered letter ('Verzendbevestiging /
    Confirmation d'envoi'): the shop's header with the order number, the item number large with its bar code, the
    addressee and the sender side by side in two framed blocks, a status line with a GREEN CHECK 'Afgegeven in
    postkantoor ... op ...', and the browser's print line with the date and page address at the foot."""
    sh = Sheet()
    fill(sh, 0, 0, 210, 16, (214, 30, 44))
    put(sh, 16, 4, "bpost", f=SANS_B, pt=18, col=(255, 255, 255))
    put(
        sh,
        194,
        6,
        "e-shop · Aangetekend versturen / Envoi recommandé",
        f=SANS,
        pt=9,
        col=(255, 255, 255),
        at="right",
    )
    put(sh, 16, 26, "Verzendbevestiging · Confirmation d'envoi", f=SANS_B, pt=14)
    put(sh, 16, 34, f"Bestelling / Commande n° {c.seed % 90000000 + 10000000}", f=SANS, pt=9.6, col=G1)
    put(sh, 16, 46, "Zendingsnummer / Numéro d'envoi", f=SANS, pt=8.4, col=G1)
    put(sh, 16, 50.5, _b9.track_spaced(c.rm_track), f=SANS_B, pt=15)
    bars(sh, 120, 44, 72, 14, c.rm_track)
    for j, (cap, lines) in enumerate(
        (("Bestemmeling / Destinataire", c.rm_to), ("Afzender / Expéditeur", sender_lines(c)))
    ):
        x = 16 + j * 91
        frame(sh, x, 66, 87, 34, lw=0.3, col=G2)
        put(sh, x + 3, 68, cap, f=SANS_B, pt=9)
        for i, ln in enumerate(lines):
            put_fit(sh, x + 3, 75 + i * 6, ln, 81, f=SANS, pt=10.5)
    circ = Image.new("RGBA", (80, 80), (0, 0, 0, 0))
    ImageDraw.Draw(circ).ellipse([2, 2, 78, 78], fill=(30, 150, 80, 255))
    sh.image(16, 110, 8, 8, circ)
    put(sh, 20, 111.4, "v", f=SANS_B, pt=10, at="center", col=(255, 255, 255))
    office = sender_lines(c)[-1]
    put(
        sh,
        28,
        110.6,
        f"Afgegeven in postkantoor {office} op {dnum(c.rm_date, '/')} om "
        f"{rng.randint(9, 17):02d}:{rng.randint(0, 59):02d}",
        f=SANS_B,
        pt=10.5,
    )
    put(
        sh, 28, 116.4, f"Déposé au bureau de poste {office} le {dnum(c.rm_date, '/')}", f=SANS, pt=9.6, col=G1
    )
    block(
        sh,
        16,
        130,
        178,
        "Bewaar deze bevestiging: zij geldt als bewijs van afgifte van uw aangetekende zending. · "
        "Conservez cette confirmation : elle vaut preuve de dépôt de votre envoi recommandé.",
        f=SANS,
        pt=9,
        lead=1.4,
        col=G1,
    )
    put(
        sh,
        10,
        289,
        f"{dnum(c.rm_date, '/')} {rng.randint(17, 21)}:{rng.randint(10, 59)}",
        f=SANS,
        pt=7,
        col=G2,
    )
    put(
        sh,
        200,
        289,
        "https://shop.bpost.be/nl/aangetekend/bevestiging   1/1",
        f=SANS,
        pt=7,
        col=G2,
        at="right",
    )
    return [sh], {"addressee": 1}


_reg(
    "be9ter-rm-envelopkopie-kasticket-eronder-handnotitie-50",
    "registered-mail-receipt",
    "nl",
    rm_envelope,
    "copy of the envelope's front with the counter receipt under it",
)
_reg(
    "be9ter-rm-a6-afgiftebewijs-balpen-notenhouten-tafel-50",
    "registered-mail-receipt",
    "fr",
    rm_hand_slip,
    "A6 deposit slip filled in with a ballpoint, photographed on a walnut table",
)
_reg(
    "be9ter-rm-webshop-verzendbevestiging-groen-vinkje-50",
    "registered-mail-receipt",
    "nl",
    rm_online,
    "A4 print of the postal web shop's deposit confirmation",
)


# =========================================================================== other pieces


def ot_declaration(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The applicant's own declaration on honour about identity, WRITTEN BY HAND on a sheet torn from a lined
    notebook (pale blue lines, a red margin line at the left, the torn edge's small holes at the top): the heading
    'Verklaring op eer' / 'Déclaration sur l'honneur' underlined, the particulars in the first person ('Ik ... ben
    geboren op ...'), the sentence that no identity document can be produced and that the particulars come from the
    writer alone, the place and date, and the signature at the END."""
    p = c.p
    lang = c.lang if c.lang in ("nl", "fr") else "fr"
    cc = birth_cc(c)
    hf = random.Random(c.seed + 55).choice([HAND_ROUND, HAND_LEAN, HAND_HEAVY])
    ink = random.Random(c.seed + 56).choice([INK_BLUE, INK_BLACK])
    sh = Sheet()
    fill(sh, 0, 0, 210, 297, (253, 253, 250))
    for k in range(36):
        hline(sh, 0, 210, 28 + k * 7.5, lw=0.2, col=(160, 190, 226))
    vline(sh, 30, 0, 297, lw=0.4, col=(220, 110, 120))
    for k in range(18):
        circ = Image.new("RGBA", (40, 40), (0, 0, 0, 0))
        ImageDraw.Draw(circ).ellipse([4, 4, 36, 36], fill=(190, 190, 190, 255))
        sh.image(8 + k * 11, 3, 3.4, 3.4, circ)
    head = "Verklaring op eer" if lang == "nl" else "Déclaration sur l'honneur"
    w_ = hand(sh, 60, 19, head, rng, f=hf, pt=15, col=ink)
    hline(sh, 60, 60 + w_, 27, lw=0.4, col=ink)
    body = {
        "nl": f"Ik, {p.given_names} {p.surname}, verklaar op eer dat ik geboren ben op {dnum(p.birth_date, '/')} "
        f"in {p.birth_place} ({country(cc, 'nl')}) en dat ik de {adj(p.nationality, 'nl')} nationaliteit "
        f"heb. Mijn vader is {p.father or '-'} en mijn moeder is {p.mother or '-'}. Ik heb geen paspoort, "
        f"geen identiteitskaart en geen ander document. Wat hier staat, schrijf ik zelf op en kan ik met "
        f"geen enkel document bewijzen.",
        "fr": f"Je, soussigné{'e' if she(c) else ''} {p.given_names} {p.surname}, déclare sur l'honneur être "
        f"né{'e' if she(c) else ''} le {dnum(p.birth_date, '/')} à {p.birth_place} ({country(cc, 'fr')}) "
        f"et être de nationalité {adj(p.nationality, 'fr')}. Mon père est {p.father or '-'}, ma mère "
        f"{p.mother or '-'}. Je n'ai ni passeport, ni carte d'identité, ni aucun autre document. Ce qui est "
        f"écrit ici vient de moi seul{'e' if she(c) else ''} et je ne peux le prouver par aucun document.",
    }[lang]
    y = hand_block(sh, 34, 35.5, 170, body, rng, f=hf, pt=12, step=7.5, col=ink, n=24)
    hand(sh, 34, y + 7.5, f"{c.addr.city}, {dnum(c.app_date, '/')}", rng, f=hf, pt=12, col=ink)
    signat(sh, 110, y + 12, rng, w=46, h=15, col=ink)
    return [sh], {}


def ot_amu(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The public social welfare centre's attestation that it pays urgent medical aid ('Attestation d'aide médicale
    urgente' / 'Attest dringende medische hulp'): the centre's name and its social service at the top LEFT, a grey
    reference row (dossier number, social worker, date), the decision in a sentence with the period covered, the
    social worker's and the secretary's signatures SIDE BY SIDE and the centre's oval stamp between them."""
    lang = c.lang if c.lang in ("nl", "fr", "de") else "fr"
    city = c.addr.city
    start = SUB - timedelta(days=rng.randint(40, 160))
    end = start + timedelta(days=rng.choice([180, 365]))
    T = {
        "nl": (
            f"OCMW {city}",
            "Sociale dienst",
            "ATTEST DRINGENDE MEDISCHE HULP",
            f"Het OCMW bevestigt dat {c.p.given_names} {c.p.surname}, geboren op {dnum(c.p.birth_date, '/')}, "
            f"wonende te {city}, voor de periode van {dnum(start, '/')} tot {dnum(end, '/')} dringende medische "
            f"hulp ten laste van het OCMW geniet (KB 12 december 1996).",
            ["Dossier", "Maatschappelijk werker", "Datum"],
            "De maatschappelijk werker",
            "De secretaris",
        ),
        "de": (
            f"ÖSHZ {city}",
            "Sozialdienst",
            "BESCHEINIGUNG DRINGENDE MEDIZINISCHE HILFE",
            f"Das ÖSHZ bescheinigt, dass {c.p.given_names} {c.p.surname}, geboren am {dnum(c.p.birth_date, '.')}, "
            f"wohnhaft in {city}, für den Zeitraum vom {dnum(start, '.')} bis zum {dnum(end, '.')} dringende "
            f"medizinische Hilfe zu Lasten des ÖSHZ erhält (KE vom 12. Dezember 1996).",
            ["Akte", "Sozialarbeiter", "Datum"],
            "Der Sozialarbeiter",
            "Der Generaldirektor",
        ),
        "fr": (
            f"CPAS de {city}",
            "Service social",
            "ATTESTATION D'AIDE MÉDICALE URGENTE",
            f"Le CPAS atteste que {c.p.given_names} {c.p.surname}, né{'e' if she(c) else ''} le "
            f"{dnum(c.p.birth_date, '/')}, domicilié{'e' if she(c) else ''} à {city}, bénéficie de l'aide médicale "
            f"urgente à charge du CPAS pour la période du {dnum(start, '/')} au {dnum(end, '/')} (AR du 12 "
            f"décembre 1996).",
            ["Dossier", "Assistant social", "Date"],
            "L'assistant(e) social(e)",
            "Le directeur général",
        ),
    }[lang]
    sh = Sheet()
    put(sh, 16, 14, T[0], f=GOTH_B, pt=13)
    put(sh, 16, 20.5, T[1], f=GOTH, pt=9.6, col=G1)
    fill(sh, 16, 30, 178, 13, (234, 234, 236))
    worker = random.Random(c.seed + 57).choice(["S. Laurent", "K. Goossens", "M. Bouzid", "E. Lambrechts"])
    for i, (a_, v) in enumerate(zip(T[4], [f"{c.seed % 90000 + 10000}", worker, dnum(start, "/")])):
        put(sh, 19 + i * 60, 32, a_, f=GOTH, pt=7.6, col=G1)
        put(sh, 19 + i * 60, 37, v, f=GOTH_B, pt=10)
    put(sh, 16, 56, T[2], f=GOTH_B, pt=12.5)
    y = block(sh, 16, 66, 178, T[3], f=GOTH, pt=10.5, lead=1.6) + 16
    signat(sh, 22, y, rng, w=36, h=12, col=INK_BLUE)
    put(sh, 22, y + 15, T[5], f=GOTH, pt=9)
    stampit(sh, 80, y - 2, [T[0].upper()[:22], T[1].upper()], rng, shape="oval", col=ST_GREEN, mm=36)
    signat(sh, 136, y, rng, w=36, h=12, col=INK_BLACK)
    put(sh, 136, y + 15, T[6], f=GOTH, pt=9)
    return [sh], {}


_reg(
    "be9ter-other-declaration-op-eer-met-de-hand-schriftpapier-50",
    "other",
    "nl",
    ot_declaration,
    "the applicant's declaration on honour written by hand on lined notebook paper",
)
_reg(
    "be9ter-other-ocmw-attest-dringende-medische-hulp-twee-handtekeningen-50",
    "other",
    "fr",
    ot_amu,
    "welfare centre's attestation of urgent medical aid",
)
