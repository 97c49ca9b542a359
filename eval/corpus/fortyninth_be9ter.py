"""9ter families of the `fortyninth` part (registered in be9ter.BFAMILIES).

Written by a writer who saw neither the validator nor its output, from the seeds (003, 004), rules.md and how such
papers look in Belgian files.  Every family (layout, wording, faces, signature placement and copy habit) is this
part's own and is described in its function's docstring only (the part is read blind).  The applications' sentences
are written here, in Dutch, French, German and English (`ph_*` builders); the facts of a case (illness, doctors,
dates, flags) come from the case that be9ter's generic plan draws.

Importing this module tells be9ter which origins this part's 9ter applicants come from (Malawi, Cabo Verde and Laos:
the countries of this part's identity families, and Türkiye-born nationals of them for the Turkish birth record) and
adds this part's extra clean dossiers, each under the part's own key; nothing another part reads is changed.
"""

from __future__ import annotations

import datetime
import random
from datetime import timedelta

from PIL import Image, ImageDraw

from . import be9ter as _b9
from .be9ter import ILLNESSES, SPECIALTY, Case
from .fortyninth_identity import (
    BALL_BLACK, BALL_BLUE, BOOKM, BOOKM_B, CALA, CALA_B, CALA_I, CARL, CARL_B, CARL_I, DV, DV_B, DVC, DVC_B, DVM,
    DVM_B, DVS, DVS_B, DVS_I, FOUNTAIN, FREE, FREE_B, FREE_I, FSANS, FSANS_B, GEL_GREEN, GOTH, GOTH_B, GREY1, GREY2,
    GREY3, GREY4, INK, LEAD, MONO, MONO_B, NARROW, NARROW_B, NMONO, NMONO_B, NNARROW, NNARROW_B, NROMAN, NROMAN_B,
    NROMAN_I, NSANS, NSANS_B, PALA, PALA_B, PALA_I, PEN_BOLD, PEN_CAPS, PEN_FELT, PEN_NIB, PEN_PLAIN, PEN_SLANT,
    PURPLE_INK, RUBBER_BLACK, RUBBER_BLUE, RUBBER_GREEN, RUBBER_RED, RUBBER_VIOLET, SANS, SANS_B, SANS_I, SCHOOL,
    SCHOOL_B, SCHOOL_I, SERIF, SERIF_B, SERIF_I, TYPEW, TYPEW_B, band, barcode, box, cbox, crest, crease, crushed,
    desk_photo, dn, dw, glyphs, hl, marker, mark, matrix, on_sheet, para, pen, pen_lines, raster, rubber, scaled, sign,
    staple, sticky, tilted, toner, tw, tx, txfit, vl, wrapped, fitpt, aged,
)
from .paper import Sheet
from .people import format_address, strip_accents

PART = "fortyninth"
SUB = datetime.date(2026, 12, 1)

# this part's 9ter applicants: Malawi, Cabo Verde and Laos (new key only)
_b9.PART_ORIGINS.setdefault(PART, ["MWI", "CPV", "LAO"])
# clean dossiers only this part has (new key only): the identity card with a spouse, an embassy's identity
# certificate with a child, identity pieces with a marriage act, identity pieces with a child, an identity
# certificate alone, an expired passport with a marriage act, identity pieces alone, the identity card with the
# registered posting still to come, a passport with a spouse and a child and another chosen domicile, an identity
# certificate with a child and a spouse, and a pending asylum claim with a child (the names' seeds pick the
# countries' cards, certificates, pieces, marriage acts and asylum papers)
_b9.EXTRA_CLEANS.setdefault(PART, [dict(id="idcard", family=["spouse"]), dict(id="certificate", family=["child"]),
                                   dict(id="pieces", family=["spouse"]), dict(id="pieces", family=["child"]),
                                   dict(id="certificate"), dict(id="passport-expired", family=["spouse"]),
                                   dict(id="pieces"), dict(id="idcard", rm="planned"),
                                   dict(id="passport", family=["spouse", "child"], domicile="other"),
                                   dict(id="certificate", family=["child", "spouse"]),
                                   dict(id="asylum", family=["child"])])

BC = _b9.COUNTRIES
LANGS = ("nl", "fr", "de", "en")


def _reg(fid: str, type_: str, lang: str, make, note: str) -> None:
    _b9._reg(fid, type_, PART, lang, make, note)


# =========================================================================== the case in words

def L(lang: str) -> str:
    return lang if lang in LANGS else "nl"


def fem(c: Case) -> bool:
    return c.p.sex == "F"


def up1(s: str) -> str:
    return s[:1].upper() + s[1:]


def when(c: Case, d: datetime.date, lang: str, style: str | None = None) -> str:
    return _b9.fdate(d, style or c.date_style, L(lang))


def who(p, style: str) -> str:
    return _b9.name_in(p, style)


def land(code: str, lang: str) -> str:
    return BC[code][L(lang)] if code in BC else code


def natl(code: str, lang: str) -> str:
    return BC[code]["adj_" + L(lang)] if code in BC else code


_IN_FR = {"MWI": "au Malawi", "CPV": "au Cap-Vert", "LAO": "au Laos", "TUR": "en Turquie", "BEL": "en Belgique"}
_IN_DE = {"MWI": "in Malawi", "CPV": "in Kap Verde", "LAO": "in Laos", "TUR": "in der Türkei", "BEL": "in Belgien"}


def inside(code: str, lang: str) -> str:
    if lang == "fr":
        return _IN_FR.get(code, "en " + land(code, "fr"))
    if lang == "de":
        return _IN_DE.get(code, "in " + land(code, "de"))
    return "in " + land(code, lang)


def home_addr(c: Case, lang: str, *, multiline: bool = False) -> str:
    """The address of effective residence in this dossier's address form."""
    st = {"street-first": "street_first", "slash-box": ("slashbus_box", "slash_box")[c.seed % 2],
          "number-first": "number_first", "postcode-first": ("postcode_first", "dash_box")[(c.seed // 5) % 2]
          }.get(c.addr_style, "street_first")
    return format_address(c.addr, "multiline" if multiline else st, L(lang))


def illtext(c: Case, lang: str) -> dict:
    il = ILLNESSES[c.illness]
    for k in (lang, "fr", "nl"):
        if k in il:
            return il[k]
    return il["nl"]


def applicant(c: Case, lang: str, cap: bool = False) -> str:
    s = {"nl": "verzoekster" if fem(c) else "verzoeker", "fr": "la requérante" if fem(c) else "le requérant",
         "de": "die Antragstellerin" if fem(c) else "der Antragsteller", "en": "the applicant"}[lang]
    return up1(s) if cap else s


def poss(c: Case, lang: str) -> str:
    return {"nl": "haar" if fem(c) else "zijn", "fr": "son", "de": "ihre" if fem(c) else "seine",
            "en": "her" if fem(c) else "his"}[lang]


def counsel(c: Case, lang: str) -> str:
    A = c.lawyer
    return {"nl": f"meester {A['first']} {A['last']}", "fr": f"Maître {A['first']} {A['last']}",
            "de": f"{'Rechtsanwältin' if A.get('sex') == 'F' else 'Rechtsanwalt'} {A['first']} {A['last']}",
            "en": f"{A['first']} {A['last']}, lawyer"}[lang]


def ref(c: Case, key: str, lang: str) -> str:
    n = c.annex_no(key)
    if n is None:
        return ""
    return {"nl": f" (stuk {n})", "fr": f" (pièce n° {n})", "de": f" (Anlage {n})", "en": f" (annex {n})"}[lang]


def regno(c: Case, lang: str) -> str:
    if c.nrn:
        return {"nl": f"rijksregisternummer {c.nrn}", "fr": f"numéro national {c.nrn}",
                "de": f"Nationalregisternummer {c.nrn}", "en": f"national register number {c.nrn}"}[lang]
    return {"nl": f"DVZ-nummer (OV) {c.ov}", "fr": f"n° de sûreté publique {c.ov}", "de": f"OV-Nummer {c.ov}",
            "en": f"Immigration Office number {c.ov}"}[lang]


def born_in(c: Case, lang: str) -> str:
    p = c.p
    code = _b9.country_code_of(p.birth_country, p.nationality)
    return {"nl": f"te {p.birth_place}, {land(code, 'nl')}", "fr": f"à {p.birth_place} ({land(code, 'fr')})",
            "de": f"in {p.birth_place} ({land(code, 'de')})", "en": f"in {p.birth_place}, {land(code, 'en')}"}[lang]


def ph_person(c: Case, lang: str) -> str:
    """Name, birth, nationality and register number in one sentence; the planted flags drop the place and country of
    birth or the nationality."""
    p = c.p
    nm = who(p, c.name_style)
    bd = when(c, p.birth_date, lang)
    nobp, nonat = "no_birthplace" in c.flags, "no_nationality" in c.flags
    if lang == "nl":
        s = f"{nm}, geboren op {bd}" + ("" if nobp else f" {born_in(c, lang)}")
        s += "" if nonat else f", met de {natl(p.nationality, 'nl')} nationaliteit"
    elif lang == "fr":
        s = f"{nm}, né{'e' if fem(c) else ''} le {bd}" + ("" if nobp else f" {born_in(c, lang)}")
        s += "" if nonat else f", de nationalité {natl(p.nationality, 'fr')}"
    elif lang == "de":
        s = f"{nm}, geboren am {bd}" + ("" if nobp else f" {born_in(c, lang)}")
        s += "" if nonat else f", {natl(p.nationality, 'de')}er Staatsangehörigkeit"
    else:
        s = f"{nm}, born on {bd}" + ("" if nobp else f" {born_in(c, lang)}")
        s += "" if nonat else f", of {natl(p.nationality, 'en')} nationality"
    return s + f" ({regno(c, lang)})"


def ph_home(c: Case, lang: str) -> str:
    A = applicant(c, lang, True)
    if "no_address" in c.flags:
        return {"nl": f"{A} woont al meerdere jaren in België en wordt hier behandeld.",
                "fr": f"{A} vit en Belgique depuis plusieurs années et y est soigné{'e' if fem(c) else ''}.",
                "de": f"{A} lebt seit mehreren Jahren in Belgien und wird hier behandelt.",
                "en": "The applicant has lived in Belgium for several years and is treated here."}[lang]
    a = home_addr(c, lang)
    return {"nl": f"{A} verblijft daadwerkelijk op het volgende adres: {a}.",
            "fr": f"{A} a sa résidence effective à l'adresse suivante : {a}.",
            "de": f"{A} hat den tatsächlichen Aufenthaltsort unter folgender Anschrift: {a}.",
            "en": f"The applicant's address of actual residence is {a}."}[lang]


def ph_domicile(c: Case, lang: str) -> str | None:
    if "no_domicile" in c.flags or c.domicile == "none":
        return None
    if c.domicile == "lawyer" and c.lawyer:
        A = c.lawyer
        w = f"{A['street']}, {A['pc']} {A['city']}"
        return {"nl": f"Er wordt woonplaats gekozen bij de raadsman, {counsel(c, 'nl')}, {w}.",
                "fr": f"Il est fait élection de domicile au cabinet de son conseil, {counsel(c, 'fr')}, {w}.",
                "de": f"Zustellungsbevollmächtigt ist {counsel(c, 'de')}, {w}; dort wird Wohnsitz gewählt.",
                "en": f"Domicile is elected at the office of counsel, {counsel(c, 'en')}, {w}."}[lang]
    if c.domicile == "other" and c.other_domicile:
        return {"nl": f"Woonplaatskeuze: {c.other_domicile}.", "fr": f"Élection de domicile : {c.other_domicile}.",
                "de": f"Gewählter Wohnsitz: {c.other_domicile}.", "en": f"Elected domicile: {c.other_domicile}."}[lang]
    return {"nl": "Er wordt woonplaats gekozen op het adres van de werkelijke verblijfplaats.",
            "fr": "Il est fait élection de domicile à l'adresse de la résidence effective.",
            "de": "Als gewählter Wohnsitz gilt die tatsächliche Wohnanschrift.",
            "en": "Domicile is elected at the address of actual residence."}[lang]


def dom_line(c: Case, lang: str) -> str:
    if "no_domicile" in c.flags or c.domicile == "none":
        return ""
    if c.domicile == "lawyer" and c.lawyer:
        A = c.lawyer
        return f"{counsel(c, lang)}, {A['street']}, {A['pc']} {A['city']}"
    if c.domicile == "other" and c.other_domicile:
        return c.other_domicile
    return {"nl": "zelfde adres als verblijfplaats", "fr": "même adresse que la résidence",
            "de": "wie Wohnanschrift", "en": "same as residence"}[lang]


_PIECE = {
    "passport": dict(nl="nationaal paspoort", fr="passeport national", de="Reisepass", en="national passport"),
    "idcard": dict(nl="nationale identiteitskaart", fr="carte d'identité nationale", de="Personalausweis",
                   en="national identity card"),
    "birth-certificate": dict(nl="geboorteakte", fr="acte de naissance", de="Geburtsurkunde", en="birth certificate"),
    "nationality-certificate": dict(nl="attest van nationaliteit", fr="attestation de nationalité",
                                    de="Staatsangehörigkeitsbescheinigung", en="certificate of nationality"),
    "identity-certificate": dict(nl="identiteitsattest van de ambassade", fr="attestation d'identité de l'ambassade",
                                 de="Identitätsbescheinigung der Botschaft", en="embassy certificate of identity"),
    "consular-card": dict(nl="consulaire inschrijvingskaart", fr="carte d'inscription consulaire",
                          de="Konsularkarte", en="consular registration card"),
    "driving-licence": dict(nl="rijbewijs", fr="permis de conduire", de="Führerschein", en="driving licence"),
    "translation": dict(nl="beëdigde vertaling", fr="traduction jurée", de="beeidigte Übersetzung",
                        en="sworn translation"),
    "declaration": dict(nl="verklaring op eer", fr="déclaration sur l'honneur", de="ehrenwörtliche Erklärung",
                        en="declaration on honour"),
    "asylum": dict(nl="bewijs van de lopende asielprocedure", fr="preuve de la procédure d'asile en cours",
                   de="Nachweis des laufenden Asylverfahrens", en="proof of the pending asylum procedure"),
    "other": dict(nl="stuk van de apotheek", fr="pièce de la pharmacie", de="Apothekenbeleg", en="pharmacy document"),
}


def idfam(c: Case, key: str):
    if key == "id-tr":
        return next((f for f in c.idfams if f.type == "translation"), None)
    if not key.startswith("id"):
        return None
    n = 1 if key == "id" else int(key[2:])
    return c.idfams[n - 1] if len(c.idfams) >= n else None


def piece(c: Case, key: str, lang: str) -> str:
    """How this part's applications name each enclosure."""
    if key == "medcert":
        return {"nl": f"standaard medisch getuigschrift van {c.doctor.name()} ({when(c, c.cert_date, 'nl', 'dots')})",
                "fr": f"certificat médical type du {c.doctor.name()} ({when(c, c.cert_date, 'fr', 'dots')})",
                "de": f"ärztliches Standardattest von {c.doctor.name()} ({when(c, c.cert_date, 'de', 'dots')})",
                "en": f"standard medical certificate by {c.doctor.name()} ({when(c, c.cert_date, 'en', 'dots')})"}[lang]
    if key == "medstat":
        d = c.doctor if "medcert_absent" in c.flags else c.specialist
        return {"nl": f"medisch verslag van {d.name()}", "fr": f"rapport médical du {d.name()}",
                "de": f"ärztlicher Bericht von {d.name()}", "en": f"medical report by {d.name()}"}[lang]
    if key == "coi":
        return {"nl": f"documentatie over de zorg in {land(c.origin(), 'nl')}",
                "fr": f"documentation sur les soins {inside(c.origin(), 'fr')}",
                "de": f"Unterlagen zur Versorgung {inside(c.origin(), 'de')}",
                "en": f"documentation on care in {land(c.origin(), 'en')}"}[lang]
    if key.startswith("fam"):
        m = c.family[int(key[3:])]
        if m.rel == "child":
            return {"nl": f"geboorteakte van {m.p.given_names}", "fr": f"acte de naissance de {m.p.given_names}",
                    "de": f"Geburtsurkunde von {m.p.given_names}", "en": f"birth certificate of {m.p.given_names}"}[lang]
        return {"nl": "huwelijksakte", "fr": "acte de mariage", "de": "Heiratsurkunde", "en": "marriage certificate"
                }[lang]
    if key in ("asylum", "other"):
        return _PIECE[key][lang]
    f = idfam(c, key)
    if f is None:
        return _PIECE["declaration"][lang]
    if f.type == "identity-document":
        return _PIECE["passport" if f.mrz == "TD3" else "idcard"][lang]
    return _PIECE.get(f.type, _PIECE["other"])[lang]


def enclosures(c: Case, lang: str) -> list[tuple[int, str, int]]:
    return [(i + 1, piece(c, k, lang), c.annex_pages.get(k, 1)) for i, (k, _d) in enumerate(c.annexes)]


def joined(items: list[str], lang: str) -> str:
    conj = {"nl": " en ", "fr": " et ", "de": " und ", "en": " and "}[lang]
    if not items:
        return "-"
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + conj + items[-1]


def ph_identity(c: Case, lang: str) -> str:
    k = c.id_kind
    r = lambda key: ref(c, key, lang)  # noqa: E731
    A = applicant(c, lang, True)
    exp = when(c, c.id_expiry, lang) if c.id_expiry else ""
    if k in ("passport", "passport-mrz", "passport-name", "untranslated", "translated", "passport-expired"):
        if k == "passport-expired":
            s = {"nl": f"{A} toont {poss(c, 'nl')} identiteit aan met {poss(c, 'nl')} nationaal paspoort{r('id')}, "
                       f"dat op {exp} verlopen is; ook een verlopen paspoort blijft een identiteitsdocument in de zin "
                       f"van artikel 9ter, § 2.",
                 "fr": f"{A} établit son identité au moyen de son passeport national{r('id')}, expiré depuis le {exp}; "
                       f"un passeport périmé reste un document d'identité au sens de l'article 9ter, § 2.",
                 "de": f"{A} belegt die Identität mit dem Reisepass{r('id')}, der am {exp} abgelaufen ist; auch ein "
                       f"abgelaufener Pass bleibt ein Identitätsdokument im Sinne von Artikel 9ter § 2.",
                 "en": f"The applicant proves {poss(c, 'en')} identity with {poss(c, 'en')} national passport{r('id')}, "
                       f"which expired on {exp}; an expired passport remains an identity document under Article 9ter "
                       f"§ 2."}[lang]
        else:
            s = {"nl": f"{A} toont {poss(c, 'nl')} identiteit aan met {poss(c, 'nl')} nationaal paspoort{r('id')}, "
                       f"geldig tot {exp}.",
                 "fr": f"{A} établit son identité au moyen de son passeport national{r('id')}, valable jusqu'au {exp}.",
                 "de": f"{A} belegt die Identität mit dem bis zum {exp} gültigen Reisepass{r('id')}.",
                 "en": f"The applicant proves {poss(c, 'en')} identity with {poss(c, 'en')} national passport"
                       f"{r('id')}, valid until {exp}."}[lang]
        if k in ("untranslated", "translated"):
            s += {"nl": f" Ook {poss(c, 'nl')} geboorteakte wordt voorgelegd{r('id2')}",
                  "fr": f" Son acte de naissance est également déposé{r('id2')}",
                  "de": f" Auch die Geburtsurkunde wird vorgelegt{r('id2')}",
                  "en": f" {up1(poss(c, 'en'))} birth record is also enclosed{r('id2')}"}[lang]
            s += ({"nl": f", met een beëdigde vertaling{r('id-tr')}.", "fr": f", avec sa traduction jurée{r('id-tr')}.",
                   "de": f", mit beeidigter Übersetzung{r('id-tr')}.", "en": f", with a sworn translation{r('id-tr')}."
                   }[lang] if k == "translated" else ".")
        return s
    if k == "idcard":
        return {"nl": f"{A} toont {poss(c, 'nl')} identiteit aan met {poss(c, 'nl')} nationale identiteitskaart"
                      f"{r('id')}, een identiteitsdocument dat op zich volstaat.",
                "fr": f"{A} établit son identité au moyen de sa carte d'identité nationale{r('id')}, document "
                      f"d'identité qui suffit à lui seul.",
                "de": f"{A} belegt die Identität mit dem nationalen Personalausweis{r('id')}.",
                "en": f"The applicant proves {poss(c, 'en')} identity with {poss(c, 'en')} national identity card"
                      f"{r('id')}."}[lang]
    if k in ("pieces", "pieces-nophoto", "certificate", "declarative-cert", "single-piece"):
        keys = [kk for kk, _ in c.annexes if kk.startswith("id") and kk != "id-tr"]
        items = [piece(c, kk, lang) + r(kk) for kk in keys]
        lst = joined(items, lang)
        return {"nl": f"{A} beschikt niet over een paspoort. {up1(poss(c, 'nl'))} identiteit blijkt uit de volgende "
                      f"bewijselementen, die samen de volledige naam, de geboorteplaats en -datum en de nationaliteit "
                      f"vermelden, door de bevoegde overheid zijn afgegeven en niet op loutere verklaringen berusten: "
                      f"{lst}.",
                "fr": f"{A} ne dispose pas d'un passeport. Son identité est établie par les éléments de preuve "
                      f"suivants, qui mentionnent ensemble le nom complet, le lieu et la date de naissance et la "
                      f"nationalité, émanent de l'autorité compétente et ne reposent pas sur de simples déclarations : "
                      f"{lst}.",
                "de": f"{A} besitzt keinen Reisepass. Die Identität ergibt sich aus folgenden Nachweisen, die "
                      f"zusammen den vollständigen Namen, Geburtsort und -datum und die Staatsangehörigkeit enthalten "
                      f"und von der zuständigen Behörde ausgestellt wurden: {lst}.",
                "en": f"The applicant has no passport. {up1(poss(c, 'en'))} identity is shown by the following "
                      f"evidence, which together states the full name, place and date of birth and nationality, is "
                      f"issued by the competent authority and does not rest on mere declarations: {lst}."}[lang]
    if k == "asylum":
        return {"nl": f"{A} heeft een verzoek om internationale bescherming ingediend waarover nog geen definitieve "
                      f"beslissing is genomen; de verplichting om de identiteit aan te tonen geldt daarom niet "
                      f"(artikel 9ter, § 2, derde lid). Het bewijs daarvan is bijgevoegd{r('asylum')}.",
                "fr": f"{A} a introduit une demande de protection internationale qui n'a pas encore fait l'objet d'une "
                      f"décision définitive ; l'obligation d'établir son identité ne s'applique donc pas (article 9ter, "
                      f"§ 2, alinéa 3). La preuve en est jointe{r('asylum')}.",
                "de": f"{A} hat einen Antrag auf internationalen Schutz gestellt, über den noch nicht endgültig "
                      f"entschieden ist; die Pflicht zum Identitätsnachweis gilt daher nicht. Der Nachweis liegt bei"
                      f"{r('asylum')}.",
                "en": f"The applicant has an application for international protection on which no final decision has "
                      f"been taken, so the identity requirement does not apply (Article 9ter § 2, third paragraph). "
                      f"Proof is enclosed{r('asylum')}."}[lang]
    if k == "asylum-noproof":
        return {"nl": f"{A} is verzoeker om internationale bescherming; er is nog geen definitieve beslissing. "
                      f"{up1(poss(c, 'nl'))} identiteit moet daarom niet worden aangetoond.",
                "fr": f"{A} est demandeur de protection internationale, sans décision définitive à ce jour ; son "
                      f"identité ne doit donc pas être établie.",
                "de": f"{A} befindet sich im Asylverfahren ohne endgültige Entscheidung; ein Identitätsnachweis ist "
                      f"daher nicht erforderlich.",
                "en": "The applicant is an asylum seeker without a final decision; identity therefore need not be "
                      "shown."}[lang]
    if k == "declaration":
        return {"nl": f"{A} kan geen identiteitsdocument voorleggen. {up1(poss(c, 'nl'))} identiteit blijkt uit "
                      f"{poss(c, 'nl')} verklaring op eer{r('id')}.",
                "fr": f"{A} ne peut produire aucun document d'identité. Son identité ressort de sa déclaration sur "
                      f"l'honneur{r('id')}.",
                "de": f"{A} kann kein Identitätsdokument vorlegen; die Identität ergibt sich aus der ehrenwörtlichen "
                      f"Erklärung{r('id')}.",
                "en": f"The applicant cannot produce any identity document; {poss(c, 'en')} identity appears from "
                      f"{poss(c, 'en')} declaration on honour{r('id')}."}[lang]
    return {"nl": f"{A} heeft een nieuw paspoort aangevraagd bij de ambassade; het wordt nagestuurd zodra het is "
                  f"afgegeven.",
            "fr": f"{A} a demandé un nouveau passeport à son ambassade ; il sera transmis dès sa délivrance.",
            "de": f"{A} hat bei der Botschaft einen neuen Reisepass beantragt; er wird nach Ausstellung nachgereicht.",
            "en": "The applicant has applied for a new passport at the embassy; it will be sent on once issued."}[lang]


def ph_medical(c: Case, lang: str) -> str:
    t = illtext(c, lang)
    il = ILLNESSES[c.illness]
    r1, r2 = ref(c, "medcert", lang), ref(c, "medstat", lang)
    meds = "; ".join(t["meds"])
    if lang == "nl":
        return (f"{applicant(c, 'nl', True)} lijdt aan {t['name'].lower()} (ICD-10 {il['icd']}), zoals blijkt uit het "
                f"standaard medisch getuigschrift{r1}{(' en het bijgevoegde verslag' + r2) if r2 else ''}. "
                f"{t['severity']} De noodzakelijke behandeling bestaat uit {meds}. Bij stopzetting dreigt: "
                f"{t['consequences'][:1].lower()}{t['consequences'][1:]}")
    if lang == "fr":
        return (f"{applicant(c, 'fr', True)} souffre d'une {t['name'].lower()} (CIM-10 {il['icd']}), comme l'atteste le "
                f"certificat médical type{r1}{(' ainsi que le rapport joint' + r2) if r2 else ''}. {t['severity']} Le "
                f"traitement nécessaire comprend : {meds}. En cas d'arrêt : {t['consequences'][:1].lower()}"
                f"{t['consequences'][1:]}")
    if lang == "de":
        return (f"{applicant(c, 'de', True)} leidet an {t['name']} (ICD-10 {il['icd']}), wie das ärztliche "
                f"Standardattest{r1} belegt{(' sowie der beigefügte Bericht' + r2) if r2 else ''}. {t['severity']} "
                f"Die notwendige Behandlung umfasst: {meds}. Bei Abbruch drohen: {t['consequences']}")
    return (f"The applicant suffers from {t['name']} (ICD-10 {il['icd']}), as the standard medical certificate shows"
            f"{r1}{(' together with the enclosed report' + r2) if r2 else ''}. {t['severity']} The necessary "
            f"treatment is: {meds}. If it stopped: {t['consequences']}")


def ph_care(c: Case, lang: str) -> str:
    o = BC[c.origin()]
    il = ILLNESSES[c.illness]
    drug = il.get("drug_l", {}).get(lang) or il["drug"]
    r = ref(c, "coi", lang)
    ins = o.get("insurance_" + lang) or o.get("insurance_en", "")
    A = applicant(c, lang, True)
    if lang == "nl":
        return (f"De behandeling met {drug} is in {land(c.origin(), 'nl')} niet regelmatig beschikbaar: zij wordt "
                f"hoofdzakelijk verstrekt in {o['hospital']}, met herhaalde tekorten{r}. De kosten bedragen ongeveer "
                f"{il['cost']} per maand, tegenover een gangbaar maandloon van {o['wage']}. {ins} {A} heeft in geen "
                f"ander land een verblijfsrecht.")
    if lang == "fr":
        return (f"{up1(inside(c.origin(), 'fr'))}, le traitement par {drug} n'est pas disponible de manière régulière : "
                f"il n'est dispensé pour l'essentiel qu'à {o['hospital']}, avec des ruptures répétées{r}. Son coût "
                f"avoisine {il['cost']} par mois, pour un salaire mensuel courant de {o['wage']}. {ins} {A} n'a de "
                f"droit de séjour dans aucun autre pays.")
    if lang == "de":
        return (f"{up1(inside(c.origin(), 'de'))} ist die Behandlung mit {drug} nicht regelmäßig verfügbar; sie wird im "
                f"Wesentlichen nur im {o['hospital']} angeboten, mit wiederholten Engpässen{r}. Sie kostet etwa "
                f"{il['cost']} im Monat bei einem üblichen Monatslohn von {o['wage']}. {ins} Ein Aufenthaltsrecht in "
                f"einem anderen Land besteht nicht.")
    return (f"In {land(c.origin(), 'en')} treatment with {il['drug']} is not regularly available; it is provided "
            f"mainly at {o['hospital']}, with repeated shortages{r}. It costs about {il['cost']} a month against a "
            f"common monthly wage of {o['wage']}. {o.get('insurance_en', '')} The applicant has no right of "
            f"residence in any other country.")


def ph_family(c: Case, lang: str) -> str | None:
    if not c.family:
        return None
    out = []
    for i, m in enumerate(c.family):
        q = m.p
        code = _b9.country_code_of(q.birth_country, q.nationality)
        f = q.sex == "F"
        rel = {"nl": ("echtgenote" if f else "echtgenoot") if m.rel == "spouse" else ("dochter" if f else "zoon"),
               "fr": ("épouse" if f else "époux") if m.rel == "spouse" else ("fille" if f else "fils"),
               "de": ("Ehefrau" if f else "Ehemann") if m.rel == "spouse" else ("Tochter" if f else "Sohn"),
               "en": ("wife" if f else "husband") if m.rel == "spouse" else ("daughter" if f else "son")}[lang]
        bd = when(c, q.birth_date, lang)
        out.append({"nl": f"{poss(c, 'nl')} {rel} {who(q, c.name_style)}, geboren op {bd} te {q.birth_place} "
                          f"({land(code, 'nl')}), {natl(q.nationality, 'nl')} onderdaan",
                    "fr": f"son {rel} {who(q, c.name_style)}" if not f else f"sa {rel} {who(q, c.name_style)}",
                    "de": f"{'die' if f else 'der'} {rel} {who(q, c.name_style)}, geboren am {bd} in {q.birth_place}",
                    "en": f"{poss(c, 'en')} {rel} {who(q, c.name_style)}, born on {bd} in {q.birth_place} "
                          f"({land(code, 'en')})"}[lang] +
                   ({"fr": f", né{'e' if f else ''} le {bd} à {q.birth_place} ({land(code, 'fr')})"}.get(lang, "")) +
                   ref(c, f"fam{i}", lang))
    lst = "; ".join(out)
    return {"nl": f"De aanvraag geldt ook voor de gezinsleden die met {applicant(c, 'nl')} samenwonen: {lst}.",
            "fr": f"La demande vaut également pour les membres de la famille qui vivent avec {applicant(c, 'fr')} : "
                  f"{lst}.",
            "de": f"Der Antrag gilt auch für die mit {applicant(c, 'de')} zusammenlebenden Familienmitglieder: {lst}.",
            "en": f"The application also covers the family members living with the applicant: {lst}."}[lang]


def ph_history(c: Case, lang: str) -> str | None:
    out = []
    a = c.asylum
    if a and a.get("status") == "refused":
        d = when(c, a["refused_on"], lang)
        out.append({"nl": f"Het verzoek om internationale bescherming werd op {d} geweigerd.",
                    "fr": f"La demande de protection internationale a été rejetée le {d}.",
                    "de": f"Der Antrag auf internationalen Schutz wurde am {d} abgelehnt.",
                    "en": f"The application for international protection was refused on {d}."}[lang])
    if c.previous_9ter:
        d = when(c, c.previous_9ter, lang)
        no = f"{(c.seed % 7_000_000) + 2_000_000}"
        out.append({"nl": f"{applicant(c, 'nl', True)} diende op {d} al een aanvraag op grond van artikel 9ter in "
                          f"(dossier DVZ {no}), die nog hangende is. Van die eerdere aanvraag wordt uitdrukkelijk "
                          f"afstand gedaan; alle elementen ervan worden hierin herhaald.",
                    "fr": f"{applicant(c, 'fr', True)} a déjà introduit le {d} une demande fondée sur l'article 9ter "
                          f"(dossier OE {no}), toujours pendante. Il est expressément renoncé à cette demande "
                          f"antérieure ; tous ses éléments sont repris dans la présente.",
                    "de": f"Am {d} wurde bereits ein Antrag nach Artikel 9ter gestellt (Akte {no}), der noch anhängig "
                          f"ist. Auf diesen früheren Antrag wird ausdrücklich verzichtet; alle Angaben werden hier "
                          f"wiederholt.",
                    "en": f"On {d} the applicant already lodged an Article 9ter application (file {no}), which is "
                          f"still pending. That earlier application is expressly withdrawn; everything in it is "
                          f"repeated here."}[lang])
    return " ".join(out) if out else None


def ph_request(c: Case, lang: str) -> str:
    return {"nl": f"Om die redenen vraagt {applicant(c, 'nl')} u {'haar' if fem(c) else 'hem'} te machtigen tot een "
                  f"verblijf van meer dan drie maanden op grond van artikel 9ter van de wet van 15 december 1980.",
            "fr": f"Pour ces motifs, {applicant(c, 'fr')} sollicite une autorisation de séjour de plus de trois mois "
                  f"sur la base de l'article 9ter de la loi du 15 décembre 1980.",
            "de": f"Aus diesen Gründen beantragt {applicant(c, 'de')}, eine Aufenthaltserlaubnis von mehr als drei "
                  f"Monaten nach Artikel 9ter des Gesetzes vom 15. Dezember 1980 zu erteilen.",
            "en": "For these reasons the applicant asks to be authorised to stay for more than three months under "
                  "Article 9ter of the Law of 15 December 1980."}[lang]


def sections(c: Case, lang: str) -> list[tuple[str, str]]:
    """(tag, text) of an application's body after the personal data, in order."""
    out = []
    dom = ph_domicile(c, lang)
    out.append(("residence", ph_home(c, lang) + (" " + dom if dom else "")))
    out.append(("identity", ph_identity(c, lang)))
    out.append(("medical", ph_medical(c, lang)))
    if c.coi_in_app and "no_coi" not in c.flags:
        out.append(("coi", ph_care(c, lang)))
    fam = ph_family(c, lang)
    if fam:
        out.append(("family", fam))
    hist = ph_history(c, lang)
    if hist:
        out.append(("parallel", hist))
    return out


TITLES = {"nl": dict(residence="Verblijfplaats en woonplaatskeuze", identity="Identiteit", medical="Ziekte en behandeling",
                     coi="Beschikbaarheid en toegankelijkheid van de zorg", family="Gezinsleden",
                     parallel="Eerdere procedures", personal="Identificatie", request="Verzoek",
                     annexes="Inventaris van de stukken"),
          "fr": dict(residence="Résidence effective et domicile élu", identity="Identité",
                     medical="Maladie et traitement", coi="Disponibilité et accessibilité des soins",
                     family="Membres de la famille", parallel="Procédures antérieures", personal="Identification",
                     request="Demande", annexes="Inventaire des pièces"),
          "de": dict(residence="Wohnort und gewählter Wohnsitz", identity="Identität", medical="Krankheit und Behandlung",
                     coi="Verfügbarkeit und Zugang zur Behandlung", family="Familienmitglieder",
                     parallel="Frühere Verfahren", personal="Angaben zur Person", request="Antrag",
                     annexes="Anlagenverzeichnis"),
          "en": dict(residence="Residence and elected domicile", identity="Identity", medical="Illness and treatment",
                     coi="Availability and accessibility of care", family="Family members",
                     parallel="Earlier procedures", personal="The applicant", request="Request",
                     annexes="List of enclosures")}

OFFICE = {"nl": ["Dienst Vreemdelingenzaken", "Dienst Medisch Verblijf (9ter)", "Pachecolaan 44", "1000 Brussel"],
          "fr": ["Office des Étrangers", "Service Séjour médical - 9ter", "Boulevard Pachéco 44", "1000 Bruxelles"],
          "de": ["Ausländeramt - Dienst Vreemdelingenzaken", "Medizinischer Aufenthalt (9ter)", "Pachecolaan 44",
                 "1000 Brüssel"],
          "en": ["Immigration Office (DVZ)", "Medical Stay Unit - 9ter", "Pachecolaan 44", "1000 Brussels"]}
RE = {"nl": "Aanvraag om machtiging tot verblijf - artikel 9ter van de wet van 15 december 1980",
      "fr": "Demande d'autorisation de séjour - article 9ter de la loi du 15 décembre 1980",
      "de": "Antrag auf Aufenthaltserlaubnis - Artikel 9ter des Gesetzes vom 15. Dezember 1980",
      "en": "Application for leave to stay - Article 9ter of the Law of 15 December 1980"}


# =========================================================================== text that runs over pages

class Flowing:
    """Lays text down a page and onto fresh pages made by ``page_fn(i) -> (sheet, top_y)``; ``tags`` keeps the
    1-based page on which each named part begins."""

    def __init__(self, page_fn, *, x0=24.0, x1=186.0, foot=270.0, f=SERIF, pt=10.5, lead=1.45):
        self.page_fn, self.x0, self.x1, self.foot = page_fn, x0, x1, foot
        self.f, self.pt, self.lead = f, pt, lead
        self.sheets: list[Sheet] = []
        self.tags: dict[str, int] = {}
        self.y = 0.0
        self.new_page()

    def new_page(self) -> None:
        sh, top = self.page_fn(len(self.sheets))
        self.sheets.append(sh)
        self.y = top

    @property
    def sh(self) -> Sheet:
        return self.sheets[-1]

    def tag(self, k: str) -> None:
        self.tags.setdefault(k, len(self.sheets))

    def step(self, pt=None) -> float:
        return (pt or self.pt) * 0.3528 * self.lead

    def need(self, h: float) -> None:
        if self.y + h > self.foot:
            self.new_page()

    def line(self, s, *, x=None, f=None, pt=None, col=INK, at="left", gap=0.0) -> None:
        self.need(self.step(pt))
        tx(self.sh, self.x0 if x is None else x, self.y, s, f=f or self.f, pt=pt or self.pt, col=col, at=at)
        self.y += self.step(pt) + gap

    def text(self, s: str, *, f=None, pt=None, indent=0.0, gap=3.0, al="left", col=INK, tag=None, num=None,
             num_f=None, x1=None) -> None:
        """A paragraph; ``num`` is a number or letter hung in the left margin."""
        f, pt = f or self.f, pt or self.pt
        x = self.x0 + indent
        w = (x1 or self.x1) - x
        lines = self.sh.wrap(glyphs(s, f), w, font=f, size_pt=pt)
        st = self.step(pt)
        self.need(st * min(2, len(lines)))
        if tag:
            self.tag(tag)
        if num:
            tx(self.sh, x - 2.5, self.y, num, f=num_f or f, pt=pt, at="right")
        for i, ln in enumerate(lines):
            if self.y + st > self.foot:
                self.new_page()
            if al == "justify" and i < len(lines) - 1 and " " in ln.strip():
                words = ln.split()
                ws = [tw(wd, f, pt) for wd in words]
                g = (w - sum(ws)) / (len(words) - 1)
                xx = x
                for wd, wdw in zip(words, ws):
                    tx(self.sh, xx, self.y, wd, f=f, pt=pt, col=col)
                    xx += wdw + g
            else:
                tx(self.sh, x, self.y, ln, f=f, pt=pt, col=col)
            self.y += st
        self.y += gap


def ink_of(c: Case):
    return random.Random(c.seed + 5).choice([BALL_BLUE, FOUNTAIN, BALL_BLACK])


# =========================================================================== applications

def app_nl_sidebar(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """Dutch lawyer's letter in a TWO-COLUMN page: a narrow grey column at the LEFT of every page with the firm's
    name, the lawyers' names one under the other, the address, telephone and e-mail, the text in Century Schoolbook in
    the wide right column; 'AANGETEKEND' over the Office's address, the date written 'Gent, 28 november 2026', the
    personal data in one sentence of prose, section titles UNDERLINED (no numbers), the signature at the letter's END
    with the typed name under it and no printed label; the enclosures as a numbered list on the last page."""
    A, lang = c.lawyer, "nl"
    partners = random.Random(c.seed + 11).sample(["mr. Sanne Goethals", "mr. Wout Van Hecke", "mr. Lotte Maes",
                                                  "mr. Arne De Bruyne", "mr. Fien Coppens"], 2)

    def page(i):
        sh = Sheet()
        band(sh, 0, 0, 52, 297, (240, 240, 242))
        y = 18.0
        tx(sh, 8, y, A["firm"].split()[0].upper(), f=SCHOOL_B, pt=11)
        y = para(sh, 8, y + 6, 40, A["firm"], f=SCHOOL, pt=8.4, lead=1.3, col=GREY1) + 4
        for nm in [f"mr. {A['first']} {A['last']}"] + partners:
            tx(sh, 8, y, nm, f=SCHOOL_I, pt=7.8, col=GREY1)
            y += 4.2
        y += 4
        for ln in [A["street"], f"{A['pc']} {A['city']}", f"T {A['tel']}", A["mail"]]:
            txfit(sh, 8, y, ln, 40, f=SCHOOL, pt=7.8, col=GREY1)
            y += 4.2
        tx(sh, 8, 280, f"blad {i + 1}", f=SCHOOL, pt=7.6, col=GREY2)
        return sh, (30.0 if i else 20.0)

    w = Flowing(page, x0=62, x1=190, foot=272, f=SCHOOL, pt=10, lead=1.5)
    tx(w.sh, 120, 22, "AANGETEKEND", f=SCHOOL_B, pt=9.6)
    for i, ln in enumerate(OFFICE["nl"]):
        tx(w.sh, 120, 29 + i * 5, ln, f=SCHOOL, pt=10)
    tx(w.sh, 62, 58, f"{A['city']}, {when(c, c.app_date, lang, 'long')}", f=SCHOOL, pt=10)
    w.y = 70
    w.text(f"Betreft: {RE['nl']} - {who(c.p, c.name_style)}", f=SCHOOL_B, pt=10, gap=5)
    w.text("Geachte heer, mevrouw,", gap=3)
    w.text(f"Namens mijn cliënt{'e' if fem(c) else ''}, {ph_person(c, lang)}, dien ik hierbij een aanvraag om "
           f"machtiging tot verblijf in op grond van artikel 9ter van de wet van 15 december 1980.", tag="personal",
           al="justify")
    for tg, txt in sections(c, lang):
        w.need(16)
        w.tag(tg)
        tx(w.sh, 62, w.y, TITLES["nl"][tg], f=SCHOOL_B, pt=10)
        hl(w.sh, 62, 62 + tw(TITLES["nl"][tg], SCHOOL_B, 10), w.y + 4.3, lw=0.3)
        w.y += 7
        w.text(txt, al="justify")
    w.text(ph_request(c, lang), al="justify", gap=6)
    w.need(40)
    w.text("Met de meeste hoogachting,", gap=2)
    w.tag("signature")
    if "unsigned" not in c.flags:
        sign(w.sh, 64, w.y, rng, w=42, h=14, col=ink_of(c))
    w.y += 17
    w.line(f"mr. {A['first']} {A['last']}", f=SCHOOL_B)
    w.line("advocaat", f=SCHOOL_I, pt=9.4, gap=6)
    w.need(20)
    w.line("Bijlagen:", f=SCHOOL_B, gap=1)
    for n, lab, pg in enclosures(c, lang):
        w.text(f"{lab} ({pg} blz.)", num=f"{n}.", indent=6, gap=0.6, pt=9.6)
    return w.sheets, w.tags


def app_fr_requete(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """French 'REQUÊTE' of a Brussels or Walloon lawyer in Nimbus Roman, justified: the title in spaced capitals
    centred at the top, 'POUR :' with the applicant's particulars as prose and 'AYANT POUR CONSEIL' with the lawyer,
    then the chapters as CENTRED small headings between dashes ('- Identité -'), every paragraph NUMBERED in the left
    margin (1., 2., 3. ... running through the whole requête), 'PAR CES MOTIFS,' in bold, the signature ABOVE its
    printed label ('Pour le requérant, son conseil' under the pen stroke), the inventory of pieces at the end;
    'Recommandé' in a box at the top right of page 1; pages numbered '- 2 -'."""
    A, lang = c.lawyer, "fr"

    def page(i):
        sh = Sheet()
        if i:
            tx(sh, 105, 12, f"- {i + 1} -", f=NROMAN, pt=9, at="center")
        return sh, (22.0 if i else 16.0)

    w = Flowing(page, x0=30, x1=186, foot=274, f=NROMAN, pt=10.8, lead=1.5)
    box(w.sh, 146, 12, 42, 8, lw=0.4)
    tx(w.sh, 167, 13.8, "RECOMMANDÉ", f=NROMAN_B, pt=9.6, at="center")
    w.y = 28
    for ln in OFFICE["fr"]:
        w.line(ln, x=120, pt=10)
    w.y += 6
    w.line(f"{A['city']}, le {when(c, c.app_date, lang, 'long')}", x=120, pt=10, gap=6)
    tx(w.sh, 105, w.y, "R E Q U Ê T E", f=NROMAN_B, pt=14, at="center")
    w.y += 7
    tx(w.sh, 105, w.y, "en autorisation de séjour fondée sur l'article 9ter de la loi du 15 décembre 1980", f=NROMAN_I,
       pt=10, at="center")
    w.y += 12
    num = [0]

    def para_n(txt, tag=None):
        num[0] += 1
        w.text(txt, al="justify", num=f"{num[0]}.", tag=tag)

    w.text("POUR :", f=NROMAN_B, gap=1)
    w.text(ph_person(c, lang) + ",", indent=8, tag="personal", al="justify", gap=2)
    w.text(f"AYANT POUR CONSEIL : Me {A['first']} {A['last']}, avocat{'e' if A.get('sex') == 'F' else ''}, "
           f"{A['street']}, {A['pc']} {A['city']}.", indent=8, al="justify", gap=6)
    for tg, txt in sections(c, lang):
        w.need(18)
        tx(w.sh, 108, w.y + 1, f"- {TITLES['fr'][tg]} -", f=NROMAN_I, pt=10.5, at="center")
        w.y += 8
        para_n(txt, tag=tg)
    w.need(22)
    w.text("PAR CES MOTIFS,", f=NROMAN_B, gap=2)
    para_n(ph_request(c, lang))
    w.need(42)
    w.y += 4
    w.tag("signature")
    if "unsigned" not in c.flags:
        sign(w.sh, 112, w.y, rng, w=44, h=14, col=ink_of(c))
    w.y += 16
    w.line(f"Pour {applicant(c, 'fr')}, son conseil,", x=112, f=NROMAN_I, pt=10)
    w.line(f"Me {A['first']} {A['last']}", x=112, f=NROMAN_B, pt=10.5, gap=8)
    w.need(20)
    w.line("INVENTAIRE DES PIÈCES", f=NROMAN_B, gap=2)
    for n, lab, pg in enclosures(c, lang):
        w.text(f"Pièce {n} : {lab} ({pg} p.)", indent=4, gap=0.6, pt=10)
    return w.sheets, w.tags


def app_nl_grid(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """Dutch lawyer's request opening with an IDENTIFICATION GRID: the firm's name in URW Gothic at the top RIGHT with a
    thin rule running to the left margin, then 'VERZOEKSCHRIFT ARTIKEL 9TER' and a two-column grid with grey label
    cells (naam, voornamen, geboortedatum, geboorteplaats, geboorteland, nationaliteit, rijksregister- of OV-nummer,
    adres van de werkelijke verblijfplaats, gekozen woonplaats), the reasons in short prose sections with bold run-in
    titles, the inventory of documents as a ruled table (nr., stuk, blz.), and the lawyer's signature BESIDE its label
    'Handtekening advocaat:' on the same line."""
    A, lang = c.lawyer, "nl"
    p = c.p
    code = _b9.country_code_of(p.birth_country, p.nationality)

    def page(i):
        sh = Sheet()
        tx(sh, 188, 12, A["firm"], f=GOTH_B, pt=11, at="right")
        hl(sh, 22, 188 - tw(A["firm"], GOTH_B, 11) - 3, 15, lw=0.4)
        tx(sh, 188, 18, f"{A['street']} · {A['pc']} {A['city']} · {A['tel']}", f=GOTH, pt=7.6, at="right",
           col=GREY1)
        tx(sh, 188, 286, f"p. {i + 1}", f=GOTH, pt=7.6, at="right", col=GREY2)
        return sh, 30.0

    w = Flowing(page, x0=22, x1=188, foot=272, f=GOTH, pt=9.8, lead=1.5)
    tx(w.sh, 22, 30, "AANGETEKEND", f=GOTH_B, pt=9)
    for i, ln in enumerate(OFFICE["nl"]):
        tx(w.sh, 22, 35 + i * 4.8, ln, f=GOTH, pt=9.6)
    tx(w.sh, 188, 35, f"{A['city']}, {when(c, c.app_date, lang, 'dots')}", f=GOTH, pt=9.6, at="right")
    w.y = 62
    tx(w.sh, 22, w.y, "VERZOEKSCHRIFT ARTIKEL 9TER", f=GOTH_B, pt=13)
    w.y += 9
    w.tag("personal")
    rows = [("Naam", p.surname.upper()), ("Voornamen", p.given_names),
            ("Geboortedatum", when(c, p.birth_date, lang)),
            ("Geboorteplaats", "" if "no_birthplace" in c.flags else p.birth_place),
            ("Geboorteland", "" if "no_birthplace" in c.flags else land(code, "nl")),
            ("Nationaliteit", "" if "no_nationality" in c.flags else natl(p.nationality, "nl")),
            ("Rijksregister- of OV-nummer", c.nrn or c.ov or ""),
            ("Adres werkelijke verblijfplaats", "" if "no_address" in c.flags else home_addr(c, lang)),
            ("Gekozen woonplaats", dom_line(c, lang))]
    for a, v in rows:
        if a.startswith("Adres"):
            w.tag("residence")
        box(w.sh, 22, w.y, 58, 8, lw=0.25, col=GREY2, fill=(232, 232, 234))
        box(w.sh, 80, w.y, 108, 8, lw=0.25, col=GREY2)
        tx(w.sh, 24, w.y + 2, a, f=GOTH, pt=8.8)
        if v:
            txfit(w.sh, 82, w.y + 2, v, 104, f=GOTH_B, pt=9.4)
        w.y += 8
    w.y += 6
    for tg, txt in sections(c, lang):
        if tg == "residence":
            txt = ph_domicile(c, lang) or ""
            if not txt:
                continue
        w.text(txt, tag=tg if tg != "residence" else None, al="justify", gap=3.5)
    w.text(ph_request(c, lang), al="justify", gap=6)
    w.need(14 + 7 * (len(c.annexes) + 1))
    tx(w.sh, 22, w.y, TITLES["nl"]["annexes"], f=GOTH_B, pt=10.5)
    w.y += 7
    for n, lab, pg in [("nr.", "stuk", "blz.")] + enclosures(c, lang):
        hdr = n == "nr."
        box(w.sh, 22, w.y, 14, 7, lw=0.2, col=GREY2, fill=(232, 232, 234) if hdr else None)
        box(w.sh, 36, w.y, 136, 7, lw=0.2, col=GREY2, fill=(232, 232, 234) if hdr else None)
        box(w.sh, 172, w.y, 16, 7, lw=0.2, col=GREY2, fill=(232, 232, 234) if hdr else None)
        tx(w.sh, 29, w.y + 1.6, str(n), f=GOTH_B if hdr else GOTH, pt=8.8, at="center")
        txfit(w.sh, 38, w.y + 1.6, lab, 132, f=GOTH_B if hdr else GOTH, pt=8.8)
        tx(w.sh, 180, w.y + 1.6, str(pg), f=GOTH_B if hdr else GOTH, pt=8.8, at="center")
        w.y += 7
    w.y += 10
    w.need(24)
    w.tag("signature")
    tx(w.sh, 22, w.y + 4, "Handtekening advocaat:", f=GOTH, pt=9.6)
    if "unsigned" not in c.flags:
        sign(w.sh, 66, w.y - 2, rng, w=42, h=13, col=ink_of(c))
    tx(w.sh, 22, w.y + 14, f"mr. {A['first']} {A['last']}", f=GOTH_B, pt=9.6)
    return w.sheets, w.tags


def app_fr_form(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A CPAS social service's intake form 'Demande 9ter - fiche de renseignements', TYPED in Liberation Mono: the
    form in TWO COLUMNS (a grey left column of questions 34 mm wide, the answers in boxes in the right column),
    sections numbered in white digits on dark circles, yes/no identity options as printed boxes typed over with X;
    the last section 'Signature' with the printed label ABOVE a tall empty box in which the applicant signs, and the
    place and date typed as 'le 1er décembre 2026'; the CPAS's name and file number at the top of every page."""
    lang = "fr"
    p = c.p
    code = _b9.country_code_of(p.birth_country, p.nationality)
    cpas = random.Random(c.seed + 13).choice(["CPAS de Schaerbeek", "CPAS de Liège", "CPAS de Charleroi",
                                              "CPAS d'Anderlecht", "CPAS de Namur"])
    sheets: list[Sheet] = []
    tags: dict = {}
    st = {"y": 0.0, "sec": 0}

    def new():
        sh = Sheet()
        sheets.append(sh)
        tx(sh, 16, 10, cpas.upper(), f=SANS_B, pt=10)
        tx(sh, 16, 15, "Service social - Cellule séjour médical", f=SANS, pt=8.4, col=GREY1)
        tx(sh, 194, 10, f"Dossier n° {c.seed % 90000 + 10000}", f=MONO, pt=8.6, at="right")
        tx(sh, 194, 286, f"page {len(sheets)}", f=SANS, pt=7.4, at="right", col=GREY2)
        st["y"] = 24.0

    def ensure(h):
        if st["y"] + h > 274:
            new()

    def section(title):
        ensure(26)
        st["sec"] += 1
        disc = Image.new("RGBA", (80, 80), (0, 0, 0, 0))
        ImageDraw.Draw(disc).ellipse([2, 2, 78, 78], fill=(40, 40, 46, 255))
        sh = sheets[-1]
        sh.image(16, st["y"], 6, 6, disc)
        tx(sh, 19, st["y"] + 0.9, str(st["sec"]), f=SANS_B, pt=9, col=(255, 255, 255), at="center")
        tx(sh, 25, st["y"] + 0.8, title, f=SANS_B, pt=10.5)
        st["y"] += 9

    def row(q, a, *, tag=None, lines=1):
        body = wrapped(sheets[-1], a, 140, MONO, 9.4) if a else [""]
        h = max(8.0, max(lines, len(body)) * 4.4 + 3.4)
        ensure(h)
        sh = sheets[-1]
        if tag:
            tags.setdefault(tag, len(sheets))
        band(sh, 16, st["y"], 34, h, (232, 232, 234))
        para(sh, 17.5, st["y"] + 1.4, 31, q, f=SANS, pt=7.8, lead=1.2)
        box(sh, 50, st["y"], 144, h, lw=0.3, col=GREY2)
        yy = st["y"] + 1.8
        for ln in body:
            tx(sh, 52, yy, ln, f=MONO, pt=9.4)
            yy += 4.4
        st["y"] += h + 1.2

    new()
    tx(sheets[-1], 105, st["y"] + 2, "DEMANDE 9TER - FICHE DE RENSEIGNEMENTS", f=SANS_B, pt=13, at="center")
    tx(sheets[-1], 105, st["y"] + 8.5, "à joindre à l'envoi recommandé à l'Office des Étrangers, Boulevard Pachéco 44, "
       "1000 Bruxelles", f=SANS_I, pt=8.4, at="center", col=GREY1)
    st["y"] += 16
    section("Identité du demandeur")
    row("Nom", p.surname.upper(), tag="personal")
    row("Prénom(s)", p.given_names)
    row("Date de naissance", when(c, p.birth_date, lang))
    row("Lieu de naissance", "" if "no_birthplace" in c.flags else p.birth_place)
    row("Pays de naissance", "" if "no_birthplace" in c.flags else land(code, "fr"))
    row("Nationalité", "" if "no_nationality" in c.flags else natl(p.nationality, "fr"))
    row("N° national ou n° SP", c.nrn or c.ov or "")
    section("Résidence et domicile élu")
    row("Adresse de résidence effective en Belgique", "" if "no_address" in c.flags else home_addr(c, lang),
        tag="residence", lines=2)
    row("Domicile élu (courrier de l'OE)", dom_line(c, lang), lines=2)
    section("Preuve d'identité")
    ensure(18)
    sh = sheets[-1]
    opts = [("passeport / carte d'identité", c.id_kind in ("passport", "passport-expired", "passport-mrz", "idcard",
                                                            "passport-name", "untranslated", "translated")),
            ("autres éléments de preuve", c.id_kind in ("pieces", "pieces-nophoto", "certificate", "declarative-cert",
                                                        "single-piece", "declaration")),
            ("dispense (asile en cours)", c.id_kind in ("asylum", "asylum-noproof"))]
    for i, (lab, on) in enumerate(opts):
        cbox(sh, 52 + i * 48, st["y"], 3.8, on)
        tx(sh, 57.5 + i * 48, st["y"] + 0.2, lab, f=SANS, pt=7.8)
    st["y"] += 7
    row("Précisions", ph_identity(c, lang), tag="identity", lines=3)
    section("Situation médicale")
    row("Maladie, gravité, traitement", ph_medical(c, lang), tag="medical", lines=4)
    if c.coi_in_app and "no_coi" not in c.flags:
        row("Soins au pays d'origine", ph_care(c, lang), tag="coi", lines=3)
    fam, hist = ph_family(c, lang), ph_history(c, lang)
    if fam or hist:
        section("Famille et procédures")
        if fam:
            row("Membres de la famille", fam, tag="family", lines=2)
        if hist:
            row("Procédures antérieures", hist, tag="parallel", lines=2)
    section("Pièces jointes")
    row("Inventaire", "; ".join(f"{n}. {lab}" for n, lab, _pg in enclosures(c, lang)), lines=3)
    section("Signature")
    ensure(44)
    sh = sheets[-1]
    tags["signature"] = len(sheets)
    tx(sh, 16, st["y"], f"Fait à {c.addr.city}, le {when(c, c.app_date, 'fr', 'long')}", f=MONO, pt=9.4)
    tx(sh, 110, st["y"], "Signature du demandeur", f=SANS, pt=8.4, col=GREY1)
    box(sh, 110, st["y"] + 5, 84, 30, lw=0.4)
    if "unsigned" not in c.flags:
        sign(sh, 122, st["y"] + 11, rng, w=46, h=15, col=ink_of(c))
    return sheets, tags


def app_nl_handform(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A Flemish medical-support point's form 'Aanvraag medische regularisatie (9ter) - invulblad', printed in black
    and white and FILLED IN BY HAND in ballpoint capitals on dotted lines under numbered questions, the identity
    documents ticked in a column of printed boxes, the longer answers written over several lines in a smaller pen;
    a helper's note in pencil in the margin; 'Handtekening aanvrager' printed at the lower LEFT with the signature
    UNDER it and the date written beside; every page held by a staple at the top left and numbered 'invulblad 1/2'."""
    lang = "nl"
    p = c.p
    code = _b9.country_code_of(p.birth_country, p.nationality)
    hf = random.Random(c.seed + 17).choice([PEN_CAPS, PEN_PLAIN, PEN_BOLD])
    ink = random.Random(c.seed + 18).choice([BALL_BLUE, BALL_BLACK, FOUNTAIN])
    org = random.Random(c.seed + 19).choice(["Medisch Steunpunt Mensen zonder Papieren - Antwerpen",
                                             "Wijkgezondheidscentrum Brugse Poort - Gent",
                                             "Vluchtelingenwerk-antenne Leuven"])
    sheets: list[Sheet] = []
    tags: dict = {}
    st = {"y": 0.0, "q": 0}

    def new():
        sh = Sheet()
        sheets.append(sh)
        tx(sh, 18, 12, org, f=FSANS_B, pt=9.6)
        hl(sh, 18, 192, 16, lw=0.5)
        staple(sh, 6, 4, angle=-35)
        st["y"] = 22.0

    def q(text, ans, *, tag=None, lines=1, small=False):
        pt = 10.5 if small else 12.0
        if ans:
            lines = max(lines, len(Sheet().wrap(glyphs(strip_accents(ans).upper(), hf), 170 * 0.84, font=hf,
                                                 size_pt=pt - (1.5 if small else 0))))
        need = 7 + lines * 6.4
        if st["y"] + need > 270:
            new()
        sh = sheets[-1]
        if tag:
            tags.setdefault(tag, len(sheets))
        st["q"] += 1
        tx(sh, 18, st["y"], f"{st['q']}.", f=FSANS_B, pt=9.4)
        txfit(sh, 25, st["y"], text, 166, f=FSANS, pt=9.4)
        y = st["y"] + 6
        for k in range(lines):
            hl(sh, 25, 192, y + 5.2 + k * 6.4, lw=0.2, col=GREY2, dash=0.5)
        if ans:
            pen_lines(sh, 26, y, 170, ans, rng, f=hf, pt=pt - (1.5 if small else 0), step=6.4, col=ink, n=lines,
                      caps=True)
        st["y"] = y + lines * 6.4 + 3

    new()
    tx(sheets[-1], 105, 22, "AANVRAAG MEDISCHE REGULARISATIE (9TER) - INVULBLAD", f=FSANS_B, pt=12, at="center")
    st["y"] = 32
    q("Familienaam", p.surname, tag="personal")
    q("Voornamen", p.given_names)
    q("Geboortedatum", dn(p.birth_date, "/"))
    q("Geboorteplaats en geboorteland", "" if "no_birthplace" in c.flags else f"{p.birth_place}, {land(code, 'nl')}")
    q("Nationaliteit", "" if "no_nationality" in c.flags else natl(p.nationality, "nl"))
    q("Rijksregisternummer of OV-nummer", c.nrn or c.ov or "")
    q("Adres waar u echt woont (straat, nummer, bus, postcode, gemeente)",
      "" if "no_address" in c.flags else home_addr(c, lang), tag="residence", lines=2, small=True)
    q("Adres waar DVZ u mag schrijven (gekozen woonplaats)", dom_line(c, lang), lines=2, small=True)
    sh = sheets[-1]
    st["q"] += 1
    tx(sh, 18, st["y"], f"{st['q']}.", f=FSANS_B, pt=9.4)
    tx(sh, 25, st["y"], "Welke identiteitsdocumenten voegt u toe?", f=FSANS, pt=9.4)
    tags.setdefault("identity", len(sheets))
    y = st["y"] + 6
    for lab, on in [("paspoort", c.id_kind.startswith("passport") or c.id_kind in ("untranslated", "translated")),
                    ("identiteitskaart", c.id_kind == "idcard"),
                    ("andere stukken / attest ambassade", c.id_kind in ("pieces", "pieces-nophoto", "certificate",
                                                                        "declarative-cert", "single-piece",
                                                                        "declaration")),
                    ("geen: asielprocedure loopt nog", c.id_kind in ("asylum", "asylum-noproof"))]:
        cbox(sh, 28, y, 3.8, on, rng, col=ink, kind="cross")
        tx(sh, 34, y + 0.2, lab, f=FSANS, pt=9.4)
        y += 6
    st["y"] = y + 2
    q("Uitleg bij de identiteit", ph_identity(c, lang), lines=5, small=True)
    q("Ziekte, ernst en behandeling", ph_medical(c, lang), tag="medical", lines=7, small=True)
    if c.coi_in_app and "no_coi" not in c.flags:
        q("Zorg in het land van herkomst", ph_care(c, lang), tag="coi", lines=6, small=True)
    fam = ph_family(c, lang)
    if fam:
        q("Gezinsleden die meekomen in de aanvraag", fam, tag="family", lines=4, small=True)
    hist = ph_history(c, lang)
    if hist:
        q("Eerdere procedures (asiel, 9ter)", hist, tag="parallel", lines=4, small=True)
    q("Bijlagen (nummer en omschrijving)", "; ".join(f"{n} {lab}" for n, lab, _ in enclosures(c, lang)),
      lines=max(3, len(c.annexes) // 2 + 1), small=True)
    if st["y"] + 40 > 272:
        new()
    sh = sheets[-1]
    tags["signature"] = len(sheets)
    y = st["y"] + 4
    tx(sh, 18, y, "Handtekening aanvrager", f=FSANS_B, pt=9.4)
    if "unsigned" not in c.flags:
        sign(sh, 20, y + 5, rng, w=44, h=15, col=ink)
    tx(sh, 110, y, "Datum", f=FSANS_B, pt=9.4)
    pen(sh, 124, y - 2.4, dn(c.app_date, "/"), rng, f=hf, pt=12, col=ink)
    pen(sheets[0], 150, 36, "stukken gecheckt", rng, f=PEN_SLANT, pt=11, col=LEAD)
    for i, sh in enumerate(sheets):
        tx(sh, 192, 12, f"invulblad {i + 1}/{len(sheets)}", f=FSANS, pt=8, at="right", col=GREY2)
    return sheets, tags


def app_de_prose(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """German lawyer's letter from the German-speaking Community in DejaVu Serif: the firm's name and the lawyer's
    name in a right-aligned block at the top with a thin double rule under it, 'Per Einschreiben' and the Office's
    address at the LEFT, 'Eupen, den 27. November 2026', the subject in bold, then paragraphs with Roman numerals
    ('I.', 'II.', ...) as section marks on their own line, the personal data in a sentence, the signature at the
    letter's END over the typed name with NO label, the enclosures as a dashed list; page numbers 'Seite n' at the
    foot."""
    A, lang = c.lawyer, "de"

    def page(i):
        sh = Sheet()
        tx(sh, 188, 12, A["firm"], f=DVS_B, pt=11, at="right")
        tx(sh, 188, 17.5, f"{A['street']} · {A['pc']} {A['city']} · Tel. {A['tel']}", f=DVS, pt=7.6, at="right",
           col=GREY1)
        hl(sh, 22, 188, 21, lw=0.4)
        hl(sh, 22, 188, 22, lw=0.15)
        tx(sh, 105, 287, f"Seite {i + 1}", f=DVS, pt=7.6, at="center", col=GREY2)
        return sh, 30.0

    w = Flowing(page, x0=24, x1=186, foot=274, f=DVS, pt=9.8, lead=1.5)
    tx(w.sh, 24, 32, "Per Einschreiben", f=DVS_B, pt=9.4)
    for i, ln in enumerate(OFFICE["de"]):
        tx(w.sh, 24, 38 + i * 4.8, ln, f=DVS, pt=9.6)
    tx(w.sh, 186, 64, f"{A['city']}, den {when(c, c.app_date, lang, 'long')}", f=DVS, pt=9.6, at="right")
    w.y = 76
    w.text(f"Betrifft: {RE['de']}", f=DVS_B, gap=4)
    w.text("Sehr geehrte Damen und Herren,", gap=3)
    w.text(f"namens und im Auftrag von {ph_person(c, lang)} stelle ich hiermit einen Antrag auf Aufenthaltserlaubnis "
           f"aus medizinischen Gründen.", tag="personal", al="justify")
    roman = ["I.", "II.", "III.", "IV.", "V.", "VI.", "VII.", "VIII."]
    for i, (tg, txt) in enumerate(sections(c, lang)):
        w.need(14)
        w.tag(tg)
        w.line(f"{roman[i]}  {TITLES['de'][tg]}", f=DVS_B, gap=1)
        w.text(txt, al="justify")
    w.text(ph_request(c, lang), al="justify", gap=5)
    w.need(40)
    w.text("Mit vorzüglicher Hochachtung", gap=2)
    w.tag("signature")
    if "unsigned" not in c.flags:
        sign(w.sh, 26, w.y, rng, w=42, h=14, col=ink_of(c))
    w.y += 17
    w.line(f"{A['first']} {A['last']}", f=DVS_B, gap=6)
    w.need(16)
    w.line("Anlagen:", f=DVS_B, gap=1)
    for n, lab, pg in enclosures(c, lang):
        w.text(f"- Anlage {n}: {lab} ({pg} S.)", indent=3, gap=0.5, pt=9.2)
    return w.sheets, w.tags


def app_en_letter(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """An application written in ENGLISH by a legal-aid volunteer office in Liberation Sans: a coloured square with the
    office's initials at the top LEFT, the office's name beside it, 'BY REGISTERED POST' and the Office's address, the
    sections as bold headings numbered '1 |', '2 |', the enclosures as a bulleted list, the signature at the end with
    the typed name and the role under it."""
    A, lang = c.lawyer, "en"
    colr = random.Random(c.seed + 23).choice([(0, 110, 120), (120, 40, 90), (40, 90, 150)])

    def page(i):
        sh = Sheet()
        band(sh, 20, 10, 12, 12, colr)
        tx(sh, 26, 13, "LA", f=SANS_B, pt=10, col=(255, 255, 255), at="center")
        tx(sh, 36, 11, "Legal Aid Volunteers for Migrants", f=SANS_B, pt=11)
        tx(sh, 36, 16.5, f"{A['street']}, {A['pc']} {A['city']} · {A['mail']}", f=SANS, pt=8, col=GREY1)
        return sh, 32.0

    w = Flowing(page, x0=22, x1=188, foot=274, f=SANS, pt=10, lead=1.5)
    tx(w.sh, 22, 32, "BY REGISTERED POST", f=SANS_B, pt=9)
    for i, ln in enumerate(OFFICE["en"]):
        tx(w.sh, 22, 37 + i * 4.8, ln, f=SANS, pt=9.6)
    tx(w.sh, 188, 37, when(c, c.app_date, lang, "long"), f=SANS, pt=9.6, at="right")
    w.y = 66
    w.text(RE["en"], f=SANS_B, gap=4)
    w.text("Dear Sir or Madam,", gap=3)
    w.text(f"On behalf of {ph_person(c, lang)}, we submit this application for leave to stay on medical grounds.",
           tag="personal")
    for i, (tg, txt) in enumerate(sections(c, lang), 1):
        w.need(14)
        w.tag(tg)
        w.line(f"{i} |  {TITLES['en'][tg]}", f=SANS_B, gap=1)
        w.text(txt)
    w.text(ph_request(c, lang), gap=5)
    w.need(40)
    w.text("Yours faithfully,", gap=2)
    w.tag("signature")
    if "unsigned" not in c.flags:
        sign(w.sh, 22, w.y, rng, w=40, h=13, col=ink_of(c))
    w.y += 16
    w.line(f"{A['first']} {A['last']}", f=SANS_B)
    w.line("volunteer lawyer", f=SANS_I, pt=9, gap=6)
    w.line("Enclosures", f=SANS_B, gap=1)
    for n, lab, pg in enclosures(c, lang):
        w.text(f"•  {n}. {lab}", indent=2, gap=0.4, pt=9.4)
    return w.sheets, w.tags


_reg("be9ter-app-nl-lawyer-prose-grijze-linkerkolom-kantoor-onderstreepte-koppen-49", "application", "nl",
     app_nl_sidebar, "Dutch lawyer's letter with the firm in a grey left column, underlined headings")
_reg("be9ter-app-fr-lawyer-prose-requete-paragraphes-numerotes-marge-intitules-centres-49", "application", "fr",
     app_fr_requete, "French requête with numbered paragraphs in the margin and centred headings")
_reg("be9ter-app-nl-lawyer-inventaris-identificatieraster-grijze-labels-handtekening-naast-49", "application", "nl",
     app_nl_grid, "Dutch lawyer's request opening with a labelled identification grid, inventory table")
_reg("be9ter-app-fr-form-cpas-deux-colonnes-dactylo-cercles-49", "application", "fr", app_fr_form,
     "CPAS intake form typed in two columns, signature box under its label")
_reg("be9ter-app-nl-form-steunpunt-met-de-hand-stippellijnen-vinkvakjes-nietje-49", "application", "nl",
     app_nl_handform, "medical support point's form filled in by hand on dotted lines")
_reg("be9ter-app-de-lawyer-prose-ostbelgien-romeinse-cijfers-49", "application", "de", app_de_prose,
     "German lawyer's letter with Roman-numbered sections")
_reg("be9ter-app-en-lawyer-legal-aid-genummerde-koppen-49", "application", "en", app_en_letter,
     "an application written in English by a legal-aid office (not accepted)")


# =========================================================================== standard medical certificates

OLD = {
    "nl": dict(t="STANDAARD MEDISCH GETUIGSCHRIFT",
               s="bestemd voor de Dienst Vreemdelingenzaken - aanvraag op grond van artikel 9ter van de wet van "
                 "15 december 1980",
               pat="Naam en voornaam van de patiënt", bd="Geboortedatum", nat="Nationaliteit",
               A="A/ Medische voorgeschiedenis", B="B/ Diagnose", Bs="Graad van ernst van de aandoening",
               C="C/ Huidige behandeling en medicatie", Ci="Interventie / hospitalisatie", Cd="Duur van de behandeling",
               D="D/ Gevolgen en mogelijke complicaties bij stopzetting van de behandeling", E="E/ Evolutie en "
               "prognose", F="F/ Specifieke noden (opvolging, mantelzorg)", G="G/ Reisvermogen",
               doc="Identificatie van de arts", riz="RIZIV-nr.", date="Datum", sign="Stempel en handtekening van de "
               "arts", name="Naam"),
    "fr": dict(t="CERTIFICAT MÉDICAL TYPE",
               s="destiné à l'Office des Étrangers - demande fondée sur l'article 9ter de la loi du 15 décembre 1980",
               pat="Nom et prénom du patient", bd="Date de naissance", nat="Nationalité",
               A="A/ Historique médical", B="B/ Diagnostic", Bs="Degré de gravité de l'affection",
               C="C/ Traitement actuel et médication", Ci="Intervention / hospitalisation", Cd="Durée du traitement",
               D="D/ Conséquences et complications éventuelles d'un arrêt du traitement", E="E/ Évolution et "
               "pronostic", F="F/ Besoins spécifiques (suivi, aide de tiers)", G="G/ Capacité de voyager",
               doc="Identification du médecin", riz="N° INAMI", date="Date", sign="Cachet et signature du médecin",
               name="Nom"),
}

NEW = {
    "nl": dict(t="STANDAARD MEDISCH GETUIGSCHRIFT", m="model vanaf 1 maart 2024 - artikel 9ter, § 1 van de wet van "
               "15 december 1980",
               s=["Identificatie van de patiënt", "Identificatie van de arts", "Medische voorgeschiedenis", "Diagnose",
                  "Graad van ernst", "Noodzakelijke behandeling", "Gevolgen bij stopzetting", "Evolutie en prognose",
                  "Opvolging, afhankelijkheid en reizen"],
               pn="Naam", pf="Voornaam", pbd="Geboortedatum", pnat="Nationaliteit", dn="Naam en voornaam",
               riz="RIZIV-nummer", spec="Specialisme", addr="Adres praktijk", lv=["licht", "matig", "ernstig",
                                                                                 "zeer ernstig"],
               why="Motivering", med="Medicatie", oth="Andere behandeling", dur="Duur", date="Datum",
               sign="Handtekening", stamp="Stempel"),
    "fr": dict(t="CERTIFICAT MÉDICAL TYPE", m="modèle à partir du 1er mars 2024 - article 9ter, § 1er de la loi du "
               "15 décembre 1980",
               s=["Identification du patient", "Identification du médecin", "Antécédents médicaux", "Diagnostic",
                  "Degré de gravité", "Traitement nécessaire", "Conséquences d'un arrêt", "Évolution et pronostic",
                  "Suivi, dépendance et voyage"],
               pn="Nom", pf="Prénom", pbd="Date de naissance", pnat="Nationalité", dn="Nom et prénom",
               riz="Numéro INAMI", spec="Spécialité", addr="Adresse du cabinet", lv=["léger", "modéré", "grave",
                                                                                     "très grave"],
               why="Motivation", med="Médication", oth="Autre traitement", dur="Durée", date="Date",
               sign="Signature", stamp="Cachet"),
    "de": dict(t="STANDARDISIERTES ÄRZTLICHES ATTEST", m="Muster ab dem 1. März 2024 - Artikel 9ter § 1 des Gesetzes "
               "vom 15. Dezember 1980",
               s=["Angaben zum Patienten", "Angaben zum Arzt", "Vorgeschichte", "Diagnose", "Schweregrad",
                  "Notwendige Behandlung", "Folgen eines Abbruchs", "Verlauf und Prognose",
                  "Nachsorge, Abhängigkeit und Reisefähigkeit"],
               pn="Name", pf="Vorname", pbd="Geburtsdatum", pnat="Staatsangehörigkeit", dn="Name und Vorname",
               riz="LIKIV-Nummer", spec="Fachgebiet", addr="Praxisanschrift", lv=["leicht", "mittel", "schwer",
                                                                                  "sehr schwer"],
               why="Begründung", med="Medikamente", oth="Andere Behandlung", dur="Dauer", date="Datum",
               sign="Unterschrift", stamp="Stempel"),
    "en": dict(t="STANDARD MEDICAL CERTIFICATE", m="model from 1 March 2024 - Article 9ter § 1 of the Law of "
               "15 December 1980",
               s=["Patient", "Doctor", "Medical history", "Diagnosis", "Degree of severity", "Necessary treatment",
                  "Consequences if stopped", "Course and prognosis", "Follow-up, dependency and travel"],
               pn="Surname", pf="First name", pbd="Date of birth", pnat="Nationality", dn="Surname and first name",
               riz="RIZIV/INAMI number", spec="Speciality", addr="Practice address", lv=["mild", "moderate", "severe",
                                                                                        "very severe"],
               why="Reasons", med="Medication", oth="Other treatment", dur="Duration", date="Date",
               sign="Signature", stamp="Stamp"),
}


def mc_vals(c: Case, lang: str) -> dict:
    """What the doctor puts on the certificate, with this dossier's planted omission applied."""
    t = illtext(c, lang)
    il = ILLNESSES[c.illness]
    F = c.flags
    d = c.doctor
    nop = "mc_no_patient" in F
    sv = t["severity"].lower()
    high = any(k in sv for k in ("levensbedreig", "vital", "lebensbedroh", "life-threat", "zeer", "très", "sehr",
                                 "very"))
    return dict(sur="" if nop else c.p.surname.upper(), first="" if nop else c.p.given_names,
                full="" if nop else f"{c.p.surname.upper()} {c.p.given_names}",
                bd="" if nop else _b9.fdate(c.p.birth_date, "dots", L(lang)),
                nat="" if nop else natl(c.p.nationality, L(lang)),
                dname=f"{d.first} {d.last}", riz="" if "mc_no_riziv" in F else d.riziv,
                spec=SPECIALTY[d.spec].get(L(lang), SPECIALTY[d.spec]["nl"]),
                addr=f"{d.inst}, {d.street}, {d.pc} {d.city}",
                diag="" if "mc_no_illness" in F else f"{t['name']} (ICD-10 {il['icd']})",
                hist="" if "mc_no_illness" in F else t["history"],
                lvl=-1 if "mc_no_severity" in F else (3 if high else 2),
                why="" if "mc_no_severity" in F else t["severity"],
                med="" if "mc_no_treatment" in F else "; ".join(t["meds"]),
                oth="" if "mc_no_treatment" in F else t["intervention"],
                dur="" if "mc_no_treatment" in F else t["duration"],
                stop=t["consequences"], prog=t["prognosis"], needs=t["needs"], travel=t["travel"],
                date=_b9.fdate(c.cert_date, c.cert_date_style, L(lang)), signed="mc_unsigned" not in F)


def stamp_of(c: Case, lang: str, riz: str) -> list[str]:
    d = c.doctor
    sp = SPECIALTY[d.spec]
    out = [f"Dr {d.first[0]}. {d.last}".upper()[:24], sp.get(L(lang), sp["nl"])]
    if riz:
        out.append(riz)
    out.append(d.city.upper())
    return out


def mc_old_fields(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The previous model filled in as an ELECTRONIC PDF form and printed: each question in bold over a pale blue
    answer field whose text is set in Liberation Sans Narrow, the fields of the patient's data side by side on one
    row, two pages; on page 2 the doctor's identification in three fields and the label 'Stempel en handtekening van
    de arts' over a tall empty frame in which the doctor signed and stamped by hand."""
    O = OLD[lang]
    v = mc_vals(c, lang)
    tags = {"patient": 1, "illness": 1, "severity": 1, "treatment": 1, "doctor": 2, "signature": 2}
    s1, s2 = Sheet(), Sheet()
    fill_c = (226, 236, 250)
    tx(s1, 105, 12, O["t"], f=SANS_B, pt=14, at="center")
    para(s1, 30, 19, 150, O["s"], f=SANS_I, pt=8.4, lead=1.25, al="center", col=GREY1)

    def fld(sh, x, y, w, h, cap, val):
        tx(sh, x, y, cap, f=SANS_B, pt=8.4)
        band(sh, x, y + 4, w, h, fill_c)
        if val:
            para(sh, x + 1.5, y + 5.2, w - 3, val, f=NARROW, pt=9.6, lead=1.3)
        return y + 4 + h + 3

    fld(s1, 16, 32, 86, 7, O["pat"], v["full"])
    fld(s1, 106, 32, 40, 7, O["bd"], v["bd"])
    y = fld(s1, 150, 32, 44, 7, O["nat"], v["nat"])
    y = fld(s1, 16, y, 178, 34, O["A"], v["hist"])
    y = fld(s1, 16, y, 178, 14, O["B"], v["diag"])
    y = fld(s1, 16, y, 178, 20, O["Bs"], v["why"])
    y = fld(s1, 16, y, 178, 22, O["C"], v["med"])
    y = fld(s1, 16, y, 178, 16, O["Ci"], v["oth"])
    fld(s1, 16, y, 178, 8, O["Cd"], v["dur"])
    y = fld(s2, 16, 16, 178, 22, O["D"], v["stop"])
    y = fld(s2, 16, y, 178, 16, O["E"], v["prog"])
    y = fld(s2, 16, y, 178, 22, O["F"], v["needs"])
    y = fld(s2, 16, y, 178, 12, O["G"], v["travel"])
    tx(s2, 16, y + 2, O["doc"], f=SANS_B, pt=10)
    y += 8
    fld(s2, 16, y, 86, 7, O["name"], f"Dr {v['dname']}")
    y = fld(s2, 106, y, 88, 7, O["riz"], v["riz"])
    y = fld(s2, 16, y, 178, 7, "", v["addr"])
    y = fld(s2, 16, y, 60, 7, O["date"], v["date"])
    tx(s2, 90, y - 14, O["sign"], f=SANS_B, pt=8.4)
    box(s2, 90, y - 9.6, 104, 34, lw=0.3, col=GREY2)
    if v["signed"]:
        rubber(s2, 94, y - 7, stamp_of(c, lang, v["riz"]), rng, shape="rect", col=RUBBER_BLUE, mm=40)
        sign(s2, 142, y, rng, w=44, h=14, col=BALL_BLUE)
    return [s1, s2], tags


def mc_old_nib(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The previous model printed with DOTTED answer lines under every question and FILLED IN BY HAND with a fountain
    pen in a slanting hand, two pages; the patient's name written after its printed caption on the first line; page 2
    ends with the doctor's identification written in, the date at the left and the round practice stamp to the LEFT
    of the signature; page 2 scanned slightly askew."""
    O = OLD[lang]
    v = mc_vals(c, lang)
    hf = random.Random(c.seed + 41).choice([PEN_NIB, PEN_SLANT])
    ink = random.Random(c.seed + 42).choice([FOUNTAIN, BALL_BLUE, PURPLE_INK])
    pt = 13.0 if hf == PEN_NIB else 11.0
    tags = {"patient": 1, "illness": 1, "severity": 1, "treatment": 1, "doctor": 2, "signature": 2}
    s1, s2 = Sheet(), Sheet()
    tx(s1, 105, 12, O["t"], f=BOOKM_B, pt=13, at="center")
    para(s1, 28, 19, 154, O["s"], f=BOOKM, pt=8, lead=1.25, al="center")

    def q(sh, y, cap, val, n):
        tx(sh, 16, y, cap, f=BOOKM_B, pt=9)
        for k in range(n):
            hl(sh, 16, 194, y + 10 + k * 6.4, lw=0.2, col=GREY3, dash=0.4)
        if val:
            pen_lines(sh, 18, y + 4.5, 174, val, rng, f=hf, pt=pt - 1.5, step=6.4, col=ink, n=n)
        return y + 8 + n * 6.4

    y = 32.0
    for cap, val in [(O["pat"], v["full"]), (O["bd"], v["bd"]), (O["nat"], v["nat"])]:
        tx(s1, 16, y, cap + " :", f=BOOKM, pt=9)
        x = 18 + tw(cap + " :", BOOKM, 9)
        hl(s1, x, 194, y + 4.5, lw=0.2, col=GREY3, dash=0.4)
        if val:
            pen(s1, x + 2, y - 2, val, rng, f=hf, pt=pt - 1, col=ink, maxw=190 - x)
        y += 8
    y = q(s1, y + 2, O["A"], v["hist"], 5)
    y = q(s1, y, O["B"], v["diag"], 2)
    y = q(s1, y, O["Bs"], v["why"], 3)
    y = q(s1, y, O["C"], v["med"], 3)
    y = q(s1, y, O["Ci"], v["oth"], 2)
    q(s1, y, O["Cd"], v["dur"], 1)
    y = q(s2, 16, O["D"], v["stop"], 4)
    y = q(s2, y, O["E"], v["prog"], 3)
    y = q(s2, y, O["F"], v["needs"], 3)
    y = q(s2, y, O["G"], v["travel"], 2)
    tx(s2, 16, y + 2, O["doc"], f=BOOKM_B, pt=9.4)
    pen(s2, 18, y + 7, f"Dr {v['dname']} - {v['spec']}", rng, f=hf, pt=pt - 1, col=ink, maxw=170)
    pen(s2, 18, y + 14, v["addr"], rng, f=hf, pt=pt - 2, col=ink, maxw=170)
    tx(s2, 16, y + 23, O["riz"] + " :", f=BOOKM, pt=9)
    if v["riz"]:
        pen(s2, 36, y + 20.5, v["riz"], rng, f=hf, pt=pt - 1, col=ink)
    y += 34
    tx(s2, 16, y, O["date"] + " :", f=BOOKM, pt=9)
    pen(s2, 30, y - 2.5, v["date"], rng, f=hf, pt=pt - 1, col=ink)
    tx(s2, 90, y, O["sign"], f=BOOKM, pt=9)
    if v["signed"]:
        rubber(s2, 92, y + 5, stamp_of(c, lang, v["riz"]), rng, col=RUBBER_VIOLET, mm=30)
        sign(s2, 132, y + 8, rng, w=44, h=14, col=ink)
    return [s1, tilted(s2, random.Random(c.seed + 43).choice([-1.3, -0.8, 0.9, 1.4]))], tags


def _levels(sh, x, y, N, lvl, *, f, pt, rng=None, col=BALL_BLUE, kind="cross") -> float:
    for i, lab in enumerate(N["lv"]):
        if kind == "ring":
            box(sh, x, y, 3.8, 3.8, lw=0.25)
            tx(sh, x + 5.4, y + 0.2, lab, f=f, pt=pt)
            if i == lvl and rng is not None:
                wd = tw(lab, f, pt) + 5.0
                ring = Image.new("RGBA", (int(wd * 12), 84), (0, 0, 0, 0))
                ImageDraw.Draw(ring).ellipse([3, 3 + rng.randint(0, 4), int(wd * 12) - 3, 80], outline=col + (255,),
                                             width=6)
                sh.image(x + 3.0, y - 1.6, wd, 7.0, ring, blend="multiply")
        else:
            cbox(sh, x, y, 3.8, i == lvl, rng, col=col, kind=kind)
            tx(sh, x + 5.4, y + 0.2, lab, f=f, pt=pt)
        x += 12 + tw(lab, f, pt)
    return y + 7


def mc_new_capitals(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The 2024 model printed blank with a FRAME for every section (its number in a shaded square at the frame's top
    left corner) and FILLED IN BY HAND in BLOCK CAPITALS with a felt-tip or ballpoint; the severity as four printed
    boxes whose chosen label the doctor CIRCLED; page 2 ends with the doctor's frame (name, number, address written
    in), the label 'Handtekening' with the signature under it and the rubber stamp pressed to its right, half over the
    frame's border."""
    N = NEW[lang]
    v = mc_vals(c, lang)
    hf = random.Random(c.seed + 45).choice([PEN_CAPS, PEN_FELT, PEN_BOLD])
    ink = random.Random(c.seed + 46).choice([BALL_BLUE, BALL_BLACK, FOUNTAIN])
    tags = {"patient": 1, "illness": 1, "severity": 1, "treatment": 2, "doctor": 2, "signature": 2}
    s1, s2 = Sheet(), Sheet()
    tx(s1, 105, 10, N["t"], f=NSANS_B, pt=13.5, at="center")
    tx(s1, 105, 16.5, N["m"], f=NSANS, pt=8, at="center", col=GREY1)

    def frame_(sh, y, no, h):
        box(sh, 14, y, 182, h, lw=0.35)
        band(sh, 14, y, 8, 7, (214, 214, 218))
        tx(sh, 18, y + 1.2, str(no), f=NSANS_B, pt=9.4, at="center")
        tx(sh, 24, y + 1.2, N["s"][no - 1], f=NSANS_B, pt=9.6)
        return y + 9

    def writ(sh, x, y, w, s, n, pt=11.0):
        if s:
            pen_lines(sh, x, y, w, s, rng, f=hf, pt=pt, step=5.8, col=ink, n=n, caps=True)

    y = frame_(s1, 24, 1, 30)
    for i, (cap, val) in enumerate([(N["pn"], v["sur"]), (N["pf"], v["first"]), (N["pbd"], v["bd"]),
                                    (N["pnat"], v["nat"])]):
        x, yy = 18 + (i % 2) * 90, y + (i // 2) * 10
        tx(s1, x, yy, cap, f=NSANS, pt=7.4, col=GREY2)
        if val:
            pen(s1, x, yy + 2.2, val, rng, f=hf, pt=11.5, col=ink, maxw=84, caps=True)
    y = frame_(s1, 58, 3, 44)
    writ(s1, 18, y, 174, v["hist"], 6)
    y = frame_(s1, 106, 4, 26)
    writ(s1, 18, y, 174, v["diag"], 3)
    y = frame_(s1, 136, 5, 52)
    y = _levels(s1, 20, y, N, v["lvl"], f=NSANS, pt=9.4, rng=rng, col=ink, kind="ring")
    tx(s1, 18, y, N["why"], f=NSANS, pt=7.4, col=GREY2)
    writ(s1, 18, y + 3, 174, v["why"], 5)
    y = frame_(s1, 192, 6, 86)
    for cap, val, n in [(N["med"], v["med"], 5), (N["oth"], v["oth"], 3), (N["dur"], v["dur"], 1)]:
        tx(s1, 18, y, cap, f=NSANS, pt=7.4, col=GREY2)
        writ(s1, 18, y + 3, 174, val, n)
        y += 6 + n * 5.8
    y = frame_(s2, 14, 7, 36)
    writ(s2, 18, y, 174, v["stop"], 4)
    y = frame_(s2, 54, 8, 28)
    writ(s2, 18, y, 174, v["prog"], 3)
    y = frame_(s2, 86, 9, 44)
    writ(s2, 18, y, 174, f"{v['needs']} {v['travel']}", 6)
    y = frame_(s2, 134, 2, 40)
    for i, (cap, val) in enumerate([(N["dn"], f"Dr {v['dname']}"), (N["riz"], v["riz"]), (N["spec"], v["spec"]),
                                    (N["addr"], v["addr"])]):
        tx(s2, 18, y, cap, f=NSANS, pt=7.4, col=GREY2)
        if val:
            pen(s2, 58, y - 2, val, rng, f=hf, pt=10.5, col=ink, maxw=134, caps=True)
        y += 7.5
    y = 182.0
    tx(s2, 18, y, N["date"], f=NSANS, pt=8.6)
    pen(s2, 34, y - 2.4, v["date"], rng, f=hf, pt=11.5, col=ink)
    tx(s2, 100, y, N["sign"], f=NSANS, pt=8.6)
    if v["signed"]:
        sign(s2, 100, y + 5, rng, w=44, h=15, col=ink)
        rubber(s2, 150, y - 2, stamp_of(c, lang, v["riz"]), rng, shape="rect", col=RUBBER_BLUE, mm=40, angle=-4)
    return [s1, s2], tags


def mc_new_columns(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The 2024 model TYPED in a hospital's record software in TWO COLUMNS: the section numbers and titles in a narrow
    coloured LEFT column, the answers in Caladea in the right column, a hairline between sections; the severity as
    four printed boxes typed over with an X; the patient's data first, the doctor's identification with the
    RIZIV/INAMI number second; page 2 ends with the date and the rubber stamp pressed OVER the signature."""
    N = NEW[lang]
    v = mc_vals(c, lang)
    d = c.doctor
    colr = random.Random(c.seed + 47).choice([(0, 96, 128), (128, 40, 70), (40, 100, 60)])
    tags: dict = {}
    sheets: list[Sheet] = []
    st = {"y": 0.0}

    def new():
        sh = Sheet()
        sheets.append(sh)
        tx(sh, 16, 10, d.inst, f=CALA_B, pt=10.5, col=colr)
        tx(sh, 194, 10, f"{N['t']} · {len(sheets)}", f=CALA, pt=8, at="right", col=GREY1)
        hl(sh, 16, 194, 15, lw=0.5, col=colr)
        if len(sheets) == 1:
            tx(sh, 16, 19, N["t"], f=CALA_B, pt=14)
            tx(sh, 16, 26, N["m"], f=CALA_I, pt=8.6, col=GREY1)
            st["y"] = 34.0
        else:
            st["y"] = 22.0

    def sec(no, draw, h, tag=None):
        if st["y"] + h > 272:
            new()
        sh = sheets[-1]
        if tag:
            tags[tag] = len(sheets)
        tx(sh, 16, st["y"], f"{no}", f=CALA_B, pt=14, col=colr)
        para(sh, 24, st["y"] + 0.6, 34, N["s"][no - 1], f=CALA_B, pt=9.4, lead=1.2, col=colr)
        draw(sh, st["y"])
        st["y"] += h
        hl(sh, 16, 194, st["y"] - 2.5, lw=0.15, col=GREY3)

    def kv(rows):
        def draw(sh, y):
            for a, val in rows:
                tx(sh, 62, y, a, f=CALA, pt=8.6, col=GREY1)
                if val:
                    txfit(sh, 104, y, val, 90, f=CALA_B, pt=10)
                y += 5.6
        return draw

    def text(s, w=132):
        def draw(sh, y):
            if s:
                para(sh, 62, y, w, s, f=CALA, pt=10, lead=1.35)
        return draw

    def hgt(s, w=132, lo=12.0):
        return max(lo, len(wrapped(Sheet(), s or "", w, CALA, 10)) * 4.95 + 6)

    new()
    sec(1, kv([(N["pn"], v["sur"]), (N["pf"], v["first"]), (N["pbd"], v["bd"]), (N["pnat"], v["nat"])]), 27,
        "patient")
    sec(2, kv([(N["dn"], f"Dr {v['dname']}"), (N["riz"], v["riz"]), (N["spec"], v["spec"]), (N["addr"], v["addr"])]),
        27, "doctor")
    sec(3, text(v["hist"]), hgt(v["hist"]))
    sec(4, text(v["diag"]), hgt(v["diag"]), "illness")

    def sev(sh, y):
        yy = _levels(sh, 62, y, N, v["lvl"], f=CALA, pt=9.6)
        if v["why"]:
            para(sh, 62, yy, 132, v["why"], f=CALA, pt=10, lead=1.35)

    sec(5, sev, hgt(v["why"]) + 8, "severity")

    def treat(sh, y):
        for a, val in [(N["med"], v["med"]), (N["oth"], v["oth"]), (N["dur"], v["dur"])]:
            tx(sh, 62, y, a, f=CALA, pt=8.6, col=GREY1)
            if val:
                y = para(sh, 62, y + 4, 132, val, f=CALA, pt=10, lead=1.35)
            else:
                y += 5
            y += 2

    sec(6, treat, hgt(v["med"]) + hgt(v["oth"]) + hgt(v["dur"]) - 6, "treatment")
    sec(7, text(v["stop"]), hgt(v["stop"]))
    sec(8, text(v["prog"]), hgt(v["prog"]))
    sec(9, text(f"{v['needs']} {v['travel']}"), hgt(f"{v['needs']} {v['travel']}"))
    if st["y"] + 34 > 272 or len(sheets) == 1:
        new()
    sh = sheets[-1]
    tags["signature"] = len(sheets)
    y = st["y"] + 4
    tx(sh, 62, y, f"{N['date']} : {v['date']}", f=CALA, pt=10)
    tx(sh, 130, y, f"{N['sign']} / {N['stamp']}", f=CALA, pt=8.6, col=GREY1)
    if v["signed"]:
        sign(sh, 132, y + 6, rng, w=42, h=14, col=BALL_BLUE)
        rubber(sh, 138, y + 4, stamp_of(c, lang, v["riz"]), rng, col=RUBBER_VIOLET, mm=30)
    return sheets, tags


def mc_new_bands(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The 2024 model TYPED in DejaVu Sans Condensed with each section under a full-width GREY BAND carrying its number
    and title, the captions and answers as 'caption: answer' lines, the severity boxes typed over with an X; the
    doctor's block and the signature BESIDE its label on page 2 with the round stamp above it; the certificate had
    been folded in three for the envelope and was copied in black and white."""
    N = NEW[lang]
    v = mc_vals(c, lang)
    tags = {"patient": 1, "illness": 1, "severity": 1, "treatment": 1, "doctor": 2, "signature": 2}
    s1, s2 = Sheet(), Sheet()
    tx(s1, 16, 10, N["t"], f=DVC_B, pt=14)
    tx(s1, 16, 17, N["m"], f=DVC, pt=8.4, col=GREY1)

    def bar(sh, y, no):
        band(sh, 14, y, 182, 6.6, (210, 210, 214))
        tx(sh, 16, y + 1.0, f"{no}.  {N['s'][no - 1]}", f=DVC_B, pt=9.6)
        return y + 9

    def line(sh, y, cap, val, w=150):
        tx(sh, 16, y, f"{cap}:" if cap else "", f=DVC, pt=9, col=GREY1)
        x = 18 + (tw(cap + ":", DVC, 9) if cap else 0)
        if val:
            return max(para(sh, x, y, 194 - x, val, f=DVC, pt=9.6, lead=1.35), y + 5.6) + 1
        return y + 6

    y = bar(s1, 24, 1)
    for cap, val in [(N["pn"], v["sur"]), (N["pf"], v["first"]), (N["pbd"], v["bd"]), (N["pnat"], v["nat"])]:
        y = line(s1, y, cap, val)
    y = bar(s1, y + 2, 3)
    y = line(s1, y, "", v["hist"])
    y = bar(s1, y + 2, 4)
    y = line(s1, y, "", v["diag"])
    y = bar(s1, y + 2, 5)
    y = _levels(s1, 18, y, N, v["lvl"], f=DVC, pt=9.4)
    y = line(s1, y, N["why"], v["why"])
    y = bar(s1, y + 2, 6)
    for cap, val in [(N["med"], v["med"]), (N["oth"], v["oth"]), (N["dur"], v["dur"])]:
        y = line(s1, y, cap, val)
    y = bar(s2, 16, 7)
    y = line(s2, y, "", v["stop"])
    y = bar(s2, y + 2, 8)
    y = line(s2, y, "", v["prog"])
    y = bar(s2, y + 2, 9)
    y = line(s2, y, "", f"{v['needs']} {v['travel']}")
    y = bar(s2, y + 2, 2)
    for cap, val in [(N["dn"], f"Dr {v['dname']}"), (N["riz"], v["riz"]), (N["spec"], v["spec"]),
                     (N["addr"], v["addr"])]:
        y = line(s2, y, cap, val)
    y += 10
    tx(s2, 16, y, f"{N['date']}: {v['date']}", f=DVC, pt=9.6)
    tx(s2, 100, y + 6, f"{N['sign']}:", f=DVC, pt=9.6)
    if v["signed"]:
        sign(s2, 124, y + 1, rng, w=44, h=14, col=BALL_BLACK)
        rubber(s2, 150, y - 18, stamp_of(c, lang, v["riz"]), rng, col=RUBBER_BLUE, mm=28)
    r = random.Random(c.seed + 49)
    out = []
    for sh in (s1, s2):
        g = toner(sh, 200, 1.05)
        g = crease(g, r, at=0.34)
        out.append(crease(g, r, at=0.67))
    return out, tags


for _fid, _lang, _fn, _note in [
        ("be9ter-medcert-old-nl-typed-pdf-formulier-blauwe-velden-49", "nl", lambda c, r: mc_old_fields(c, r, lang="nl"),
         "previous model filled in as a PDF form with pale blue fields"),
        ("be9ter-medcert-old-fr-hand-vulpen-stippellijnen-stempel-links-49", "fr",
         lambda c, r: mc_old_nib(c, r, lang="fr"), "modèle précédent rempli au stylo-plume sur lignes pointillées"),
        ("be9ter-medcert-2024-nl-hand-kaders-blokletters-ernst-omcirkeld-49", "nl",
         lambda c, r: mc_new_capitals(c, r, lang="nl"), "2024 model in frames filled in by hand in block capitals"),
        ("be9ter-medcert-2024-fr-typed-twee-kolommen-ziekenhuis-stempel-over-handtekening-49", "fr",
         lambda c, r: mc_new_columns(c, r, lang="fr"), "modèle 2024 tapé en deux colonnes par un hôpital"),
        ("be9ter-medcert-2024-de-typed-grijze-balken-driemaal-gevouwen-49", "de",
         lambda c, r: mc_new_bands(c, r, lang="de"), "Muster 2024 getippt, graue Balken, dreifach gefaltet"),
        ("be9ter-medcert-2024-nl-typed-twee-kolommen-ziekenhuis-49", "nl",
         lambda c, r: mc_new_columns(c, r, lang="nl"), "2024 model typed in two columns by a hospital, Dutch"),
        ("be9ter-medcert-2024-en-typed-grijze-balken-49", "en",
         lambda c, r: mc_new_bands(c, r, lang="en"), "the 2024 model filled in English (not accepted)")]:
    _reg(_fid, "medical-certificate", _lang, _fn, _note)


# =========================================================================== medical statements

def _doclang(c: Case) -> str:
    return c.cert_lang if c.cert_lang in ("nl", "fr", "de") else (c.lang if c.lang in ("nl", "fr", "de") else "fr")


def ms_specialist(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A hospital specialist's letter to the general practitioner ('Geachte collega' / 'Cher Confrère'): the
    hospital's name in a coloured block at the top LEFT with the department and the specialist's direct line under
    it, the patient's name and birth date in a framed box at the RIGHT, then short paragraphs under bold run-in
    headings (Anamnese, Onderzoek, Besluit, Beleid), the specialist's signature over the typed name and 'c.c.' to the
    lawyer at the foot."""
    d = c.specialist if "medcert_absent" not in c.flags else c.doctor
    lang = _doclang(c)
    t = illtext(c, lang)
    il = ILLNESSES[c.illness]
    colr = random.Random(c.seed + 51).choice([(20, 80, 140), (140, 30, 60), (30, 110, 90)])
    H = {"nl": ("Geachte collega,", ["Anamnese", "Onderzoek", "Besluit", "Beleid"], "Met collegiale groeten,",
                f"Betreft: {c.p.given_names} {c.p.surname.upper()}"),
         "fr": ("Cher Confrère,", ["Anamnèse", "Examen", "Conclusion", "Attitude"], "Confraternellement,",
                f"Concerne : {c.p.given_names} {c.p.surname.upper()}"),
         "de": ("Sehr geehrte Frau Kollegin, sehr geehrter Herr Kollege,", ["Anamnese", "Befund", "Beurteilung",
                                                                             "Procedere"], "Mit kollegialen Grüßen",
                f"Betrifft: {c.p.given_names} {c.p.surname.upper()}")}[lang]
    sh = Sheet()
    band(sh, 16, 12, 82, 18, colr)
    txfit(sh, 19, 14, d.inst, 76, f=FSANS_B, pt=10.5, col=(255, 255, 255))
    txfit(sh, 19, 20, d.dept or SPECIALTY[d.spec].get(lang, ""), 76, f=FSANS, pt=8, col=(235, 240, 245))
    tx(sh, 19, 24.5, f"{d.street} · {d.pc} {d.city} · {d.tel}", f=FSANS, pt=7, col=(235, 240, 245))
    box(sh, 122, 12, 72, 18, lw=0.4)
    tx(sh, 125, 14, f"{c.p.surname.upper()} {c.p.given_names}", f=FSANS_B, pt=9.4)
    tx(sh, 125, 19.5, dn(c.p.birth_date, "/"), f=FSANS, pt=9)
    tx(sh, 125, 24, f"pat. {c.seed % 9000000 + 1000000}", f=FSANS, pt=8, col=GREY1)
    tx(sh, 194, 40, f"{d.city}, {when(c, c.medstat_date, lang, 'long')}", f=FSANS, pt=9.6, at="right")
    y = para(sh, 16, 48, 178, H[3], f=FSANS_B, pt=10) + 3
    y = para(sh, 16, y, 178, H[0], f=FSANS, pt=10.5) + 2
    parts = [t["history"], f"{t['name']} (ICD-10 {il['icd']}). {t['severity']}",
             f"{t['prognosis']} {t['consequences']}", "; ".join(t["meds"]) + ". " + t["intervention"]]
    for head, txt in zip(H[1], parts):
        y = para(sh, 16, y, 178, f"{head}. {txt}", f=FSANS, pt=10.2, lead=1.45) + 3
    y = para(sh, 16, y + 3, 178, H[2], f=FSANS, pt=10.5) + 2
    sign(sh, 16, y, rng, w=40, h=13, col=BALL_BLUE)
    tx(sh, 16, y + 15, d.name(), f=FSANS_B, pt=10)
    tx(sh, 16, y + 20, SPECIALTY[d.spec].get(lang, ""), f=FSANS, pt=9, col=GREY1)
    tx(sh, 16, 280, f"c.c. {c.lawyer['first'][0]}. {c.lawyer['last']}" if c.lawyer else "c.c. -", f=FSANS, pt=8,
       col=GREY1)
    return [sh], {}


def ms_report(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A doctor's detailed medical report written for the lawyer ('Omstandig medisch verslag' / 'Rapport médical
    circonstancié') TYPED on an office typewriter in Courier Prime with wide line spacing, the doctor's address typed
    in the upper LEFT corner, the numbered points (1) to (5) as separate paragraphs, the last page ending with the date
    and the signature over the typed name; two pages, the second with the practice's oval stamp."""
    d = c.doctor if "medcert_absent" in c.flags else c.specialist
    lang = _doclang(c)
    t = illtext(c, lang)
    il = ILLNESSES[c.illness]
    T = {"nl": ("OMSTANDIG MEDISCH VERSLAG", "Betreft", "Ik verklaar dat ik bovengenoemde patiënt(e) volg en geef "
                "het volgende verslag:"),
         "fr": ("RAPPORT MÉDICAL CIRCONSTANCIÉ", "Concerne", "Je certifie suivre le/la patient(e) susmentionné(e) et "
                "fais rapport comme suit :"),
         "de": ("AUSFÜHRLICHER ÄRZTLICHER BERICHT", "Betrifft", "Ich bestätige, den oben genannten Patienten zu "
                "betreuen, und berichte wie folgt:")}[lang]
    pts = [t["history"], f"{t['name']} (ICD-10 {il['icd']}). {t['severity']}",
           "; ".join(t["meds"]) + ". " + t["intervention"] + " " + t["duration"], t["consequences"],
           f"{t['prognosis']} {t['needs']}"]
    s1, s2 = Sheet(), Sheet()
    for i, ln in enumerate([d.name(), d.inst, d.street, f"{d.pc} {d.city}", f"tel. {d.tel}"]):
        tx(s1, 18, 14 + i * 4.8, ln, f=TYPEW, pt=9.4)
    tx(s1, 105, 50, T[0], f=TYPEW_B, pt=12, at="center")
    y = para(s1, 18, 62, 174, f"{T[1]}: {c.p.surname.upper()} {c.p.given_names}, "
             f"{dn(c.p.birth_date, '/')}", f=TYPEW, pt=10, lead=1.8) + 3
    y = para(s1, 18, y, 174, T[2], f=TYPEW, pt=10, lead=1.8) + 3
    sh = s1
    for i, p_ in enumerate(pts, 1):
        body = wrapped(sh, p_, 162, TYPEW, 10)
        if y + len(body) * 6.35 > 272 and sh is s1:
            sh, y = s2, 20.0
        tx(sh, 18, y, f"({i})", f=TYPEW, pt=10)
        y = para(sh, 30, y, 162, p_, f=TYPEW, pt=10, lead=1.8) + 4
    if sh is s1:
        sh, y = s2, 20.0
    tx(sh, 18, y + 6, f"{d.city}, {dn(c.medstat_date, '/')}", f=TYPEW, pt=10)
    sign(sh, 110, y + 10, rng, w=42, h=14, col=BALL_BLUE)
    tx(sh, 110, y + 26, d.name(), f=TYPEW, pt=10)
    rubber(sh, 60, y + 12, [d.inst.upper()[:24], d.city.upper()], rng, shape="oval", col=RUBBER_GREEN, mm=36)
    return [s1, s2], {}


def ms_lab(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A clinical laboratory's result sheet printed from the hospital's portal: the laboratory's name and
    accreditation number in a thin box at the top RIGHT, the patient's and the prescriber's data in two columns under
    it, the results as a table (analysis, result, unit, reference range) with results out of range in bold and marked
    'H' or 'L' in a separate narrow column, and the validating biologist's name at the foot; no signature."""
    lang = _doclang(c)
    il = ILLNESSES[c.illness]
    d = c.specialist
    sh = Sheet()
    box(sh, 112, 12, 82, 16, lw=0.3)
    tx(sh, 115, 14, f"Laboratorium {d.inst}"[:44] if lang == "nl" else f"Laboratoire {d.inst}"[:44], f=DVC_B,
       pt=8.8)
    tx(sh, 115, 19, f"BELAC ISO 15189 - {rng.randint(100, 999)}-MED", f=DVC, pt=7.6, col=GREY1)
    tx(sh, 115, 23, f"{d.pc} {d.city}", f=DVC, pt=7.6, col=GREY1)
    T = {"nl": ("Patiënt", "Voorschrijver", "Staalname", "Analyse", "Resultaat", "Eenheid", "Referentie",
                "Gevalideerd door"),
         "fr": ("Patient", "Prescripteur", "Prélèvement", "Analyse", "Résultat", "Unité", "Référence",
                "Validé par"),
         "de": ("Patient", "Verordnender Arzt", "Probenahme", "Analyse", "Ergebnis", "Einheit", "Referenz",
                "Validiert durch")}[lang]
    tx(sh, 16, 36, T[0], f=DVC, pt=8, col=GREY2)
    tx(sh, 16, 40, f"{c.p.surname.upper()} {c.p.given_names} ({dn(c.p.birth_date, '/')})", f=DVC_B, pt=9.6)
    tx(sh, 110, 36, T[1], f=DVC, pt=8, col=GREY2)
    tx(sh, 110, 40, d.name(), f=DVC_B, pt=9.6)
    tx(sh, 16, 48, f"{T[2]}: {dn(c.medstat_date, '/')} {rng.randint(7, 11):02d}:{rng.randint(0, 59):02d}", f=DVC,
       pt=9)
    y = 58.0
    cols = [16, 84, 120, 140, 160]
    band(sh, 16, y, 178, 7, (226, 226, 230))
    for x, h in zip(cols, [T[3], T[4], "", T[5], T[6]]):
        tx(sh, x + 1, y + 1.6, h, f=DVC_B, pt=8.8)
    y += 9
    for a, v, u, rr in il["lab"]:
        flag = ""
        try:
            val = float(v.replace(",", ".").replace("<", "").strip())
            lo, _, hi = rr.replace(",", ".").replace("<", "0-").replace(">", "").partition("-")
            if hi and val > float(hi):
                flag = "H"
            elif lo and val < float(lo) and hi:
                flag = "L"
        except ValueError:
            pass
        tx(sh, 17, y, a, f=DVC, pt=9.2)
        tx(sh, 85, y, v, f=DVC_B if flag else DVC, pt=9.2)
        tx(sh, 122, y, flag, f=DVC_B, pt=9.2, col=RUBBER_RED)
        tx(sh, 141, y, u, f=DVC, pt=9.2)
        tx(sh, 161, y, rr, f=DVC, pt=9.2)
        hl(sh, 16, 194, y + 5, lw=0.1, col=GREY4)
        y += 7
    tx(sh, 16, y + 12, T[7], f=DVC, pt=8.4, col=GREY1)
    tx(sh, 16, y + 17, rng.choice(["apr. biol. L. Vervaet", "Dr Sc. M. Delcourt", "Apr. J. Wyns"]), f=DVC_B, pt=9.4)
    return [sh], {}


_reg("be9ter-medstat-specialist-brief-huisarts-kleurblok-run-in-koppen-49", "medical-statement", "nl", ms_specialist,
     "hospital specialist's letter to the GP with run-in headings")
_reg("be9ter-medstat-omstandig-verslag-typemachine-genummerde-punten-49", "medical-statement", "fr", ms_report,
     "detailed medical report typed on a typewriter with numbered points")
_reg("be9ter-medstat-lab-portaal-hl-kolom-49", "medical-statement", "nl", ms_lab,
     "laboratory result sheet with an H/L column")


# =========================================================================== information on the country of origin

def coi_web(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """An English web article of a health-access NGO printed from the browser: the browser's print line (date, page
    title) at the top, the site's dark navigation bar with menu words, the article's title and date, an introduction,
    a TABLE of essential medicines (medicine, public sector, private sector, monthly price) with 'not available' in
    red, a paragraph on insurance, numbered sources at the foot and the URL with '1/1' at the bottom."""
    o = BC[c.origin()]
    il = ILLNESSES[c.illness]
    country = land(c.origin(), "en")
    sh = Sheet()
    tx(sh, 10, 5, f"{dn(SUB - timedelta(days=rng.randint(5, 40)), '/')} 10:{rng.randint(10, 59)}", f=SANS, pt=7,
       col=GREY2)
    tx(sh, 105, 5, f"Medicines access - {country}", f=SANS, pt=7, col=GREY2, at="center")
    band(sh, 14, 11, 182, 10, (34, 40, 52))
    tx(sh, 18, 13.4, "ACCESS·MED", f=SANS_B, pt=11, col=(255, 255, 255))
    for i, m in enumerate(["Countries", "Medicines", "Reports", "About"]):
        tx(sh, 120 + i * 19, 14.2, m, f=SANS, pt=8, col=(200, 206, 216))
    y = para(sh, 16, 30, 178, f"Access to {il['drug']} in {country}", f=SANS_B, pt=16, lead=1.2) + 2
    tx(sh, 16, y, f"Country brief · updated {dw(SUB - timedelta(days=rng.randint(60, 300)), 'en')}", f=SANS_I, pt=8.6,
       col=GREY1)
    y = para(sh, 16, y + 8, 178, f"Specialised care in {country} is concentrated in the capital, {o['capital']}, "
             f"mainly at {o['hospital']}. Supplies of long-term medicines are irregular and patients frequently "
             f"face stock-outs of several months.", f=SANS, pt=10, lead=1.45) + 4
    rows = [("Medicine", "Public sector", "Private sector", "Monthly price"),
            (il["drug"][:34], "not available", "irregular", il["cost"]),
            ("Laboratory follow-up", "capital only", "available", "-"),
            ("Specialist consultation", "waiting list", "available", "-")]
    for i, r_ in enumerate(rows):
        for j, (x, wdt) in enumerate([(16, 70), (86, 36), (122, 36), (158, 36)]):
            box(sh, x, y, wdt, 8, lw=0.2, col=GREY3, fill=(236, 238, 242) if i == 0 else None)
            col_ = RUBBER_RED if r_[j] == "not available" else INK
            txfit(sh, x + 1.5, y + 2, r_[j], wdt - 3, f=SANS_B if i == 0 else SANS, pt=8.8, col=col_)
        y += 8
    y = para(sh, 16, y + 6, 178, o.get("insurance_en", ""), f=SANS, pt=10, lead=1.45) + 6
    tx(sh, 16, y, "Sources", f=SANS_B, pt=9)
    for i, s in enumerate([f"Ministry of Health of {country}, essential medicines list", "WHO country profile",
                           "NGO field survey of pharmacies"], 1):
        tx(sh, 18, y + 5 + (i - 1) * 4.6, f"[{i}] {s}", f=SANS, pt=8, col=GREY1)
    tx(sh, 10, 290, f"https://access-med.example.org/countries/{c.origin().lower()}", f=SANS, pt=7, col=GREY2)
    tx(sh, 200, 290, "1/1", f=SANS, pt=7, col=GREY2, at="right")
    return [sh], {}


def coi_qa(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A French 'Fiche pays - accès aux soins' of a Brussels association, written as QUESTIONS AND ANSWERS: each
    question in bold in a shaded box ('Le traitement est-il disponible ?', 'Est-il accessible financièrement ?', ...)
    followed by the answer in plain text, the association's name and the date in a footer band."""
    o = BC[c.origin()]
    il = ILLNESSES[c.illness]
    drug = il.get("drug_l", {}).get("fr") or il["drug"]
    sh = Sheet()
    tx(sh, 16, 14, "FICHE PAYS - ACCÈS AUX SOINS", f=PALA_B, pt=14)
    tx(sh, 16, 21, f"{land(c.origin(), 'fr')} · {drug}", f=PALA_I, pt=10.5, col=GREY1)
    qa = [("Le traitement est-il disponible ?",
           f"Partiellement : le traitement n'est délivré qu'à {o['hospital']}, avec des ruptures de stock régulières."),
          ("Est-il accessible financièrement ?",
           f"Le coût mensuel (environ {il['cost']}) dépasse de loin un salaire courant ({o['wage']}). "
           f"{o.get('insurance_fr', '')}"),
          ("Le suivi spécialisé est-il assuré ?",
           "Les consultations spécialisées et les examens de laboratoire ne sont disponibles que dans la capitale, "
           "après de longs délais d'attente."),
          ("Autres éléments", "Les patients venant de province doivent supporter les frais de transport et de "
                              "logement à chaque contrôle.")]
    y = 32.0
    for q, a in qa:
        band(sh, 16, y, 178, 8, (236, 236, 230))
        tx(sh, 19, y + 1.8, q, f=PALA_B, pt=10)
        y = para(sh, 19, y + 11, 172, a, f=PALA, pt=10.2, lead=1.45) + 5
    band(sh, 0, 276, 210, 12, (60, 60, 66))
    tx(sh, 16, 279, f"Collectif Santé Migrants asbl · Bruxelles · {dn(SUB - timedelta(days=rng.randint(30, 200)), '.')}",
       f=PALA, pt=8.4, col=(240, 240, 240))
    return [sh], {}


def coi_overview(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A Dutch overview made by the lawyer's office ('Overzicht beschikbaarheid behandeling'): a table with one row
    per hospital or pharmacy in the country of origin (plaats, voorziening, medicatie beschikbaar, kosten) with ✓ and
    ✗ marks, a conclusion paragraph under it, and the sources as footnote numbers; the office's initials and the file
    number in the footer."""
    o = BC[c.origin()]
    il = ILLNESSES[c.illness]
    drug = il.get("drug_l", {}).get("nl") or il["drug"]
    sh = Sheet()
    tx(sh, 18, 16, "Overzicht beschikbaarheid behandeling", f=CARL_B, pt=14)
    tx(sh, 18, 23, f"{land(c.origin(), 'nl')} - {drug}", f=CARL, pt=10, col=GREY1)
    rows = [("Plaats", "Voorziening", "Medicatie", "Kosten per maand")]
    places = [o["capital"], o["capital"], "provincie"]
    for i, pl in enumerate(places):
        rows.append((pl, [o["hospital"], "privé-apotheek", "districtsziekenhuis"][i], ["✗", "✓", "✗"][i],
                     ["-", il["cost"], "-"][i]))
    y = 34.0
    for i, r_ in enumerate(rows):
        for j, (x, wdt) in enumerate([(18, 34), (52, 70), (122, 28), (150, 42)]):
            box(sh, x, y, wdt, 9, lw=0.25, col=GREY2, fill=(228, 232, 238) if i == 0 else None)
            col_ = (20, 120, 60) if r_[j] == "✓" else (RUBBER_RED if r_[j] == "✗" else INK)
            txfit(sh, x + 1.5, y + 2.4, r_[j], wdt - 3, f=DV if r_[j] in "✓✗" else (CARL_B if i == 0 else CARL), pt=9.4,
                  col=col_)
        y += 9
    y = para(sh, 18, y + 8, 174, f"Besluit: de behandeling is in {land(c.origin(), 'nl')} niet op regelmatige basis "
             f"beschikbaar, en waar zij beschikbaar is, is zij voor {_b9.name_in(c.p, 'Given SURNAME')} financieel "
             f"niet toegankelijk (1)(2). {o.get('insurance_nl', '')}", f=CARL, pt=10.5, lead=1.5) + 8
    for i, s in enumerate(["(1) lijst essentiële geneesmiddelen van het ministerie van volksgezondheid",
                           "(2) prijsopgave van een privé-apotheek, opgevraagd via familie"]):
        tx(sh, 18, y + i * 5, s, f=CARL, pt=8.4, col=GREY1)
    tx(sh, 18, 284, f"{(c.lawyer or {'firm': ''})['firm']} - dossier {c.seed % 9000 + 1000}/26", f=CARL, pt=7.6,
       col=GREY2)
    return [sh], {}


_reg("be9ter-coi-en-webartikel-navigatiebalk-medicijntabel-49", "country-of-origin-info", "en", coi_web,
     "NGO web article printed from the browser with a medicines table")
_reg("be9ter-coi-fr-fiche-pays-questions-reponses-49", "country-of-origin-info", "fr", coi_qa,
     "association's country sheet as questions and answers")
_reg("be9ter-coi-nl-overzicht-tabel-vinkjes-kruisjes-49", "country-of-origin-info", "nl", coi_overview,
     "lawyer's office overview table with ticks and crosses")


# =========================================================================== proof of the pending asylum procedure

def ay_annex26(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """Annex 26 ('BIJLAGE 26' / 'ANNEXE 26') as a white A4 form: the Kingdom's name with a small lion at the top
    CENTRE, the legal reference under the title, the fields on dotted lines filled in by TYPEWRITER (name, birth,
    nationality, date of the application), the photo STAPLED at the top right with the Office's dry stamp over its
    corner; at the foot three extension boxes, the first two with a date written by hand and a violet municipal
    stamp."""
    p = c.p
    a = c.asylum or {}
    lodged = a.get("lodged") or (SUB - timedelta(days=200))
    T = {"nl": dict(k="KONINKRIJK BELGIË", t="BIJLAGE 26", s="Inschrijvingsbewijs - verzoek om internationale "
                    "bescherming (art. 71/3 KB 8 oktober 1981)", rows=["Naam", "Voornamen", "Geboren op", "te",
                    "Nationaliteit", "Verzoek ingediend op", "OV-nummer"], ext="Verlengd tot"),
         "fr": dict(k="ROYAUME DE BELGIQUE", t="ANNEXE 26", s="Attestation d'immatriculation - demande de protection "
                    "internationale (art. 71/3 AR 8 octobre 1981)", rows=["Nom", "Prénoms", "Né(e) le", "à",
                    "Nationalité", "Demande introduite le", "N° SP"], ext="Prorogé jusqu'au")}[lang]
    sh = Sheet()
    crest(sh, 99, 10, 12, "lion", col=(50, 50, 56))
    tx(sh, 105, 25, T["k"], f=SERIF_B, pt=11, at="center")
    tx(sh, 105, 32, T["t"], f=SERIF_B, pt=16, at="center")
    para(sh, 40, 40, 130, T["s"], f=SERIF_I, pt=9, lead=1.3, al="center")
    sh.photo(160, 56, 30, 38, rng)
    staple(sh, 168, 53, angle=-12)
    ring = Image.new("RGBA", (160, 160), (0, 0, 0, 0))
    ImageDraw.Draw(ring).ellipse([6, 6, 154, 154], outline=(120, 120, 130, 150), width=8)
    sh.image(150, 80, 22, 22, ring)
    vals = [p.surname.upper(), p.given_names, dn(p.birth_date, "/"), p.birth_place, natl(p.nationality, lang),
            dn(lodged, "/"), c.ov or ""]
    y = 60.0
    for cap, v in zip(T["rows"], vals):
        tx(sh, 20, y, cap, f=SERIF, pt=10)
        hl(sh, 62, 152, y + 4.6, lw=0.2, col=GREY2, dash=0.5)
        txfit(sh, 64, y - 0.2, v, 86, f=TYPEW, pt=10.5)
        y += 10
    tx(sh, 20, y + 6, f"{'Brussel' if lang == 'nl' else 'Bruxelles'}, {dn(lodged, '/')}", f=TYPEW, pt=10)
    rubber(sh, 120, y, ["DIENST VREEMDELINGENZAKEN" if lang == "nl" else "OFFICE DES ÉTRANGERS", "BRUXELLES"], rng,
           shape="rect", col=RUBBER_BLACK, mm=44)
    pen_ink = random.Random(c.seed + 57).choice([BALL_BLUE, BALL_BLACK])
    y = 196.0
    for i in range(3):
        x = 16 + i * 60
        box(sh, x, y, 58, 60, lw=0.3)
        tx(sh, x + 2, y + 2, T["ext"], f=SERIF, pt=8.4)
        if i < 2:
            until = min(lodged + timedelta(days=90 * (i + 1)), SUB + timedelta(days=80 - 30 * i))
            pen(sh, x + 4, y + 9, dn(until, "/"), rng, f=PEN_PLAIN, pt=12, col=pen_ink)
            rubber(sh, x + 6, y + 20, [c.addr.city.upper()[:16], "VREEMDELINGEN" if lang == "nl" else "ÉTRANGERS"],
                   rng, col=RUBBER_VIOLET, mm=34)
            sign(sh, x + 30, y + 44, rng, w=22, h=8, col=pen_ink, style="initials")
    return [sh], {}


def ay_cgvs(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The asylum authority's (CGVS / CGRA) attestation that an application for international protection is pending,
    as a LETTER: the authority's name in bold over a thin blue rule at the top LEFT, the addressee in the window at
    the RIGHT, a grey box with 'Ons kenmerk / Notre référence', 'OV / SP' and the date, the attestation in two short
    paragraphs (lodged on ..., still being examined, no final decision yet), the printed name of the protection
    officer 'voor de Commissaris-generaal' without a handwritten signature, and the office's address in the footer."""
    p = c.p
    a = c.asylum or {}
    lodged = a.get("lodged") or (SUB - timedelta(days=200))
    d0 = SUB - timedelta(days=rng.randint(10, 60))
    T = {"nl": dict(org="Commissariaat-generaal voor de Vluchtelingen en de Staatlozen", ref="Ons kenmerk",
                    t="ATTEST - LOPEND VERZOEK OM INTERNATIONALE BESCHERMING",
                    b=f"Het Commissariaat-generaal bevestigt dat {p.given_names} {p.surname.upper()}, geboren op "
                      f"{dn(p.birth_date, '/')}, van {natl(p.nationality, 'nl')} nationaliteit, op {dw(lodged, 'nl')} een "
                      f"verzoek om internationale bescherming heeft ingediend.",
                    b2="Dit verzoek wordt momenteel onderzocht. Er werd nog geen definitieve beslissing genomen.",
                    sig="Voor de Commissaris-generaal,", role="protection officer",
                    foot="Ernest Blerotstraat 39 · 1070 Brussel"),
         "fr": dict(org="Commissariat général aux réfugiés et aux apatrides", ref="Notre référence",
                    t="ATTESTATION - DEMANDE DE PROTECTION INTERNATIONALE EN COURS",
                    b=f"Le Commissariat général confirme que {p.given_names} {p.surname.upper()}, né(e) le "
                      f"{dn(p.birth_date, '/')}, de nationalité {natl(p.nationality, 'fr')}, a introduit le "
                      f"{dw(lodged, 'fr')} une demande de protection internationale.",
                    b2="Cette demande est en cours d'examen. Aucune décision définitive n'a encore été prise.",
                    sig="Pour le Commissaire général,", role="officier de protection",
                    foot="Rue Ernest Blerot 39 · 1070 Bruxelles")}[lang]
    sh = Sheet()
    tx(sh, 18, 14, T["org"], f=SANS_B, pt=10.5)
    hl(sh, 18, 110, 19, lw=0.6, col=(30, 70, 150))
    for i, ln in enumerate([f"{p.given_names} {p.surname}", f"{c.addr.street} {c.addr.number}",
                            f"{c.addr.postcode} {c.addr.city}"]):
        tx(sh, 120, 36 + i * 5, ln, f=SANS, pt=10)
    band(sh, 18, 62, 174, 14, (236, 236, 238))
    for i, (lab, val) in enumerate([(T["ref"], f"{d0.year % 100}{rng.randint(10000, 99999)}"),
                                    ("OV / SP", c.ov or ""), ("Datum" if lang == "nl" else "Date", dn(d0, "/"))]):
        tx(sh, 21 + i * 58, 64, lab, f=SANS, pt=7.6, col=GREY1)
        tx(sh, 21 + i * 58, 69, val, f=SANS_B, pt=10)
    tx(sh, 18, 88, T["t"], f=SANS_B, pt=11)
    y = para(sh, 18, 98, 174, T["b"], f=SANS, pt=10.5, lead=1.55) + 3
    y = para(sh, 18, y, 174, T["b2"], f=SANS, pt=10.5, lead=1.55) + 12
    tx(sh, 18, y, T["sig"], f=SANS, pt=10)
    tx(sh, 18, y + 6, rng.choice(["S. Vandamme", "K. Haddou", "M. Lemaire", "T. Goossens"]), f=SANS_B, pt=10)
    tx(sh, 18, y + 11, T["role"], f=SANS_I, pt=9, col=GREY1)
    tx(sh, 105, 286, T["foot"], f=SANS, pt=7.6, at="center", col=GREY2)
    return [sh], {}


for _lg in ("nl", "fr"):
    _reg(f"be9ter-asylum-bijlage26-wit-typemachine-foto-geniet-verlengingsvakken-{_lg}-49", "asylum-proof", _lg,
         (lambda c, r, _l=_lg: ay_annex26(c, r, lang=_l)), "annex 26 typed on a white form with the photo stapled")
    _reg(f"be9ter-asylum-cgvs-attest-lopend-verzoek-referentiestrook-{_lg}-49", "asylum-proof", _lg,
         (lambda c, r, _l=_lg: ay_cgvs(c, r, lang=_l)), "asylum authority's attestation of a pending application")


# =========================================================================== proof of registered posting

def sender(c: Case) -> list[str]:
    if "no_address" in c.flags or (c.lawyer and c.seed % 4 != 1):
        A = c.lawyer
        return [A["firm"], A["street"], f"{A['pc']} {A['city']}"]
    a = c.addr
    return [f"{c.p.given_names} {c.p.surname}", f"{a.street} {a.number}" + (f" bus {a.box}" if a.box else ""),
            f"{a.postcode} {a.city}"]


def rm_slip(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The post office's small 'bewijs van afgifte / preuve de dépôt' slip for a registered letter, FILLED IN BY HAND
    by the sender (addressee and sender in ballpoint on printed lines), the bar-code STICKER with the item number stuck
    at the top right, the counter clerk's round date stamp over the lower corner; the slip alone is the picture (a
    card-sized image), photographed by the client."""
    s = Sheet(148, 105)
    hf = random.Random(c.seed + 61).choice([PEN_PLAIN, PEN_CAPS, PEN_SLANT])
    ink = random.Random(c.seed + 62).choice([BALL_BLUE, BALL_BLACK])
    band(s, 0, 0, 148, 9, (206, 30, 40))
    tx(s, 4, 1.8, "bpost", f=SANS_B, pt=12, col=(255, 255, 255))
    tx(s, 144, 2.6, "BEWIJS VAN AFGIFTE · PREUVE DE DÉPÔT", f=SANS_B, pt=7, col=(255, 255, 255), at="right")
    tx(s, 4, 12, "Aangetekende zending · Envoi recommandé", f=SANS, pt=7.4)
    box(s, 88, 12, 56, 20, lw=0.3, fill=(255, 255, 255))
    barcode(s, 91, 14, 50, 9, c.rm_track)
    tx(s, 116, 25, _b9.track_spaced(c.rm_track), f=MONO, pt=7.2, at="center")
    tx(s, 4, 36, "Bestemmeling / Destinataire", f=SANS, pt=6.8, col=GREY1)
    y = 40.0
    for ln in c.rm_to:
        hl(s, 4, 84, y + 5, lw=0.2, col=GREY3)
        pen(s, 5, y, ln, rng, f=hf, pt=11, col=ink, maxw=78)
        y += 6.6
    tx(s, 90, 36, "Afzender / Expéditeur", f=SANS, pt=6.8, col=GREY1)
    y = 40.0
    for ln in sender(c):
        hl(s, 90, 144, y + 5, lw=0.2, col=GREY3)
        pen(s, 91, y, ln, rng, f=hf, pt=10, col=ink, maxw=52)
        y += 6.6
    tx(s, 4, 66, "Datum / Date", f=SANS, pt=6.8, col=GREY1)
    pen(s, 4, 70, dn(c.rm_date, "/"), rng, f=hf, pt=11, col=ink)
    rubber(s, 96, 64, [sender(c)[-1].split(" ", 1)[-1].upper()[:14], dn(c.rm_date, "."), "BPOST"], rng,
           col=RUBBER_BLACK, mm=32)
    return [s], {"addressee": 1}


def rm_stapled(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The counter's thermal receipt for the registered letter STAPLED to the top of an A4 sheet on which the law
    office's secretary typed 'Bewijs van aangetekende verzending 9ter' with the client's name, then scanned: the
    receipt's narrow strip with the office, the item number under a bar code, the addressee's lines, the postage and
    the date and time; the staple's two legs at the strip's top."""
    strip = Sheet(64, 120)
    g = (70, 70, 76)
    office = sender(c)[-1]
    tx(strip, 32, 4, "bpost", f=DVM_B, pt=11, col=g, at="center")
    tx(strip, 32, 9.6, office.upper()[:26], f=DVM, pt=6.8, col=g, at="center")
    hl(strip, 3, 61, 14, lw=0.2, col=g, dash=0.6)
    tx(strip, 3, 16, "RECOMMANDE / AANGETEKEND", f=DVM, pt=6.8, col=g)
    barcode(strip, 5, 21, 54, 9, c.rm_track, col=g)
    tx(strip, 32, 31.5, c.rm_track, f=DVM, pt=7, col=g, at="center")
    y = 38.0
    tx(strip, 3, y, "DEST.:", f=DVM, pt=6.6, col=g)
    y += 3.6
    for ln in c.rm_to:
        tx(strip, 3, y, strip_accents(ln).upper()[:32], f=DVM, pt=6.6, col=g)
        y += 3.4
    y += 3
    for a, b in [("POIDS/GEWICHT", f"{rng.randint(60, 520)} g"), ("PRIX/PRIJS", f"EUR {rng.choice(['9,90', '10,70'])}"),
                 ("DATE/DATUM", dn(c.rm_date, "/")), ("HEURE/UUR", f"{rng.randint(9, 16):02d}:{rng.randint(0, 59):02d}")]:
        tx(strip, 3, y, a, f=DVM, pt=6.6, col=g)
        tx(strip, 61, y, b, f=DVM, pt=6.6, col=g, at="right")
        y += 3.6
    tx(strip, 32, y + 5, "A CONSERVER - BEWAREN", f=DVM, pt=6.4, col=g, at="center")
    page = Sheet()
    tx(page, 20, 18, "Bewijs van aangetekende verzending 9ter", f=SANS_B, pt=11)
    tx(page, 20, 24, f"cliënt: {c.p.surname.upper()} {c.p.given_names}", f=SANS, pt=10)
    page.image(70, 36, 64, 120, raster(strip, 240))
    staple(page, 94, 34, angle=4)
    return [page], {"addressee": 1}


def rm_register(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The law office's register of registered letters handed in at the post office that day ('Lijst van aangetekende
    zendingen / Liste des envois recommandés'), printed from the postal web shop: the office's name at the top, a
    table of several items (item number, addressee, postcode, town), this dossier's line among them, and at the foot
    the counter's round date stamp and the clerk's initials confirming the deposit."""
    A = c.lawyer
    sh = Sheet()
    tx(sh, 16, 14, (A or {"firm": ""})["firm"], f=NSANS_B, pt=12)
    tx(sh, 16, 20, "Lijst van aangetekende zendingen · Liste des envois recommandés", f=NSANS, pt=9.4, col=GREY1)
    tx(sh, 194, 14, dn(c.rm_date, "/"), f=NSANS_B, pt=11, at="right")
    y = 34.0
    heads = [("Nr.", 16), ("Zendingsnummer", 26), ("Bestemmeling", 72), ("Postcode", 150), ("Gemeente", 168)]
    band(sh, 16, y, 178, 7, (226, 226, 230))
    for h, x in heads:
        tx(sh, x + 1, y + 1.6, h, f=NSANS_B, pt=8.6)
    y += 8
    others = [("Rechtbank van eerste aanleg", "1000", "Brussel"), ("Vredegerecht 2e kanton", "9000", "Gent"),
              ("Raad voor Vreemdelingenbetwistingen", "1030", "Schaarbeek"), ("Huurdersbond vzw", "2060", "Antwerpen")]
    rr = random.Random(c.seed + 63)
    items = rr.sample(others, 3)
    pc_line = c.rm_to[-1]
    pc, _, town = pc_line.partition(" ")
    mine = (", ".join(c.rm_to[:-1]), pc, town)
    pos = rr.randint(0, 3)
    items.insert(pos, mine)
    for i, (to, pc_, tw_) in enumerate(items, 1):
        trk = c.rm_track if (i - 1) == pos else _b9.s10_tracking(rr)
        tx(sh, 17, y, str(i), f=NSANS, pt=9)
        tx(sh, 27, y, trk, f=NMONO, pt=8.8)
        txfit(sh, 73, y, to, 76, f=NSANS, pt=9)
        tx(sh, 151, y, pc_, f=NSANS, pt=9)
        txfit(sh, 169, y, tw_.title() if tw_.isupper() else tw_, 25, f=NSANS, pt=9)
        hl(sh, 16, 194, y + 5, lw=0.1, col=GREY3)
        y += 8
    tx(sh, 16, y + 8, f"Aantal zendingen: {len(items)}", f=NSANS, pt=9.4)
    rubber(sh, 120, y + 14, [sender(c)[-1].split(" ", 1)[-1].upper()[:14], dn(c.rm_date, "."), "BPOST"], rng,
           col=RUBBER_BLUE, mm=32)
    sign(sh, 160, y + 30, rng, w=20, h=8, col=BALL_BLACK, style="initials")
    return [sh], {"addressee": 1}


_reg("be9ter-rm-afgiftebewijs-met-de-hand-sticker-datumstempel-49", "registered-mail-receipt", "nl", rm_slip,
     "post office's deposit slip filled in by hand with the bar-code sticker, photographed")
_reg("be9ter-rm-kasticket-geniet-op-a4-secretariaat-49", "registered-mail-receipt", "nl", rm_stapled,
     "thermal counter receipt stapled onto an A4 sheet")
_reg("be9ter-rm-lijst-aangetekende-zendingen-kantoor-49", "registered-mail-receipt", "fr", rm_register,
     "law office's list of registered items, stamped by the counter")


# =========================================================================== other pieces

def ot_declaration(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The applicant's own declaration on honour about identity, TYPED by a helper in Liberation Mono as a short
    letter: the applicant's name and address at the top LEFT, 'VERKLARING OP EER' / 'DÉCLARATION SUR L'HONNEUR'
    underlined, the particulars stated in the first person ('Ik ben ... geboren op ...'), the sentence that no
    identity document can be produced and that the particulars are the declarant's own, the place and date, and the
    signature at the END with the typed name under it and no label."""
    p = c.p
    lang = c.lang if c.lang in ("nl", "fr") else "fr"
    code = _b9.country_code_of(p.birth_country, p.nationality)
    sh = Sheet()
    for i, ln in enumerate([f"{p.given_names} {p.surname}", f"{c.addr.street} {c.addr.number}",
                            f"{c.addr.postcode} {c.addr.city}"]):
        tx(sh, 20, 18 + i * 5, ln, f=MONO, pt=10)
    t = "VERKLARING OP EER" if lang == "nl" else "DÉCLARATION SUR L'HONNEUR"
    tx(sh, 20, 50, t, f=MONO_B, pt=12)
    hl(sh, 20, 20 + tw(t, MONO_B, 12), 55, lw=0.4)
    body = {"nl": f"Ik, ondergetekende, verklaar op eer dat ik {p.given_names} {p.surname} heet, geboren ben op "
                  f"{dn(p.birth_date, '/')} te {p.birth_place} ({land(code, 'nl')}) en de "
                  f"{natl(p.nationality, 'nl')} nationaliteit heb. Mijn vader heet {p.father or '-'}, mijn moeder "
                  f"{p.mother or '-'}.\n\nIk kan geen paspoort, identiteitskaart of ander identiteitsdocument "
                  f"voorleggen. Bovenstaande gegevens steunen alleen op mijn eigen verklaring.",
            "fr": f"Je soussigné(e) déclare sur l'honneur m'appeler {p.given_names} {p.surname}, être né(e) le "
                  f"{dn(p.birth_date, '/')} à {p.birth_place} ({land(code, 'fr')}) et être de nationalité "
                  f"{natl(p.nationality, 'fr')}. Mon père s'appelle {p.father or '-'}, ma mère {p.mother or '-'}."
                  f"\n\nJe ne suis en mesure de produire ni passeport, ni carte d'identité, ni aucun autre document "
                  f"d'identité. Les données ci-dessus reposent uniquement sur ma propre déclaration."}[lang]
    y = para(sh, 20, 66, 170, body, f=MONO, pt=10, lead=1.7) + 8
    tx(sh, 20, y, f"{c.addr.city}, {dn(c.app_date, '/')}", f=MONO, pt=10)
    sign(sh, 20, y + 8, rng, w=40, h=13, col=BALL_BLUE)
    tx(sh, 20, y + 24, f"{p.given_names} {p.surname}", f=MONO, pt=10)
    return [sh], {}


def ot_pharmacy(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A pharmacy's 'Attestation de délivrance / Afleveringsattest' on a half-page: the pharmacy's green cross and name
    at the top LEFT, the patient at the RIGHT, a table of the medicines delivered over the last months with their CNK
    codes and the patient's share, the pharmacist's stamp and initials under the table."""
    lang = c.lang if c.lang in ("nl", "fr") else "fr"
    t = illtext(c, lang)
    ph = rng.choice(["Pharmacie du Midi", "Apotheek Zuid", "Pharmacie Sainte-Croix", "Apotheek Rabot"])
    sh = Sheet()
    crest(sh, 16, 10, 10, "ring", col=(20, 130, 60))
    tx(sh, 30, 11, ph, f=FSANS_B, pt=12, col=(20, 110, 50))
    tx(sh, 30, 17, f"{c.addr.postcode} {c.addr.city}", f=FSANS, pt=8.6, col=GREY1)
    tx(sh, 194, 11, f"{c.p.surname.upper()} {c.p.given_names}", f=FSANS_B, pt=9.6, at="right")
    tx(sh, 194, 16.5, dn(c.p.birth_date, "/"), f=FSANS, pt=9, at="right")
    tx(sh, 16, 30, "ATTESTATION DE DÉLIVRANCE" if lang == "fr" else "AFLEVERINGSATTEST", f=FSANS_B, pt=12)
    y = 40.0
    heads = ["Date", "CNK", "Produit", "Part patient"] if lang == "fr" else ["Datum", "CNK", "Product", "Remgeld"]
    for x, h in zip([16, 40, 62, 168], heads):
        tx(sh, x, y, h, f=FSANS_B, pt=8.8)
    hl(sh, 16, 194, y + 5, lw=0.4)
    y += 8
    for k in range(3):
        d = SUB - timedelta(days=20 + 30 * k + rng.randint(0, 5))
        for m in t["meds"]:
            tx(sh, 16, y, dn(d, "/"), f=FSANS, pt=8.8)
            tx(sh, 40, y, str(rng.randint(1000000, 4999999)), f=FSANS, pt=8.8)
            txfit(sh, 62, y, m, 100, f=FSANS, pt=8.8)
            tx(sh, 192, y, f"{rng.uniform(1.2, 14.0):.2f} €".replace(".", ","), f=FSANS, pt=8.8, at="right")
            y += 6
    rubber(sh, 40, y + 6, [ph.upper()[:22], "PHARMACIEN" if lang == "fr" else "APOTHEKER"], rng, shape="rect",
           col=RUBBER_GREEN, mm=42)
    sign(sh, 96, y + 12, rng, w=16, h=8, col=BALL_BLUE, style="initials")
    hl(sh, 0, 210, 148.5, lw=0.2, col=GREY3, dash=1.0)
    return [sh], {}


def ot_email(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A printed webmail THREAD: the lawyer's reply at the top and the client's earlier message quoted under a grey
    bar ('Op ... schreef ...'), the webmail's header line with the subject in bold and the sender's round initials
    badge, the quoted text indented with a vertical grey line at its left, the print footer with the date."""
    lang = c.lang if c.lang in ("nl", "fr") else "nl"
    A = c.lawyer
    d0 = c.app_date - timedelta(days=rng.randint(2, 12))
    sh = Sheet()
    tx(sh, 16, 12, ("Onderwerp: " if lang == "nl" else "Objet : ") + ("stukken aanvraag 9ter" if lang == "nl" else
                                                                     "pièces demande 9ter"), f=CARL_B, pt=13)
    disc = Image.new("RGBA", (80, 80), (0, 0, 0, 0))
    ImageDraw.Draw(disc).ellipse([2, 2, 78, 78], fill=(60, 110, 170, 255))
    sh.image(16, 22, 9, 9, disc)
    tx(sh, 20.5, 24.4, (A["first"][0] + A["last"][0]).upper(), f=CARL_B, pt=9, col=(255, 255, 255), at="center")
    tx(sh, 28, 22.5, f"{A['first']} {A['last']} <{A['mail']}>", f=CARL_B, pt=10)
    tx(sh, 28, 27.5, ("aan: " if lang == "nl" else "à : ") + f"{c.p.given_names.split()[0].lower()}."
       f"{strip_accents(c.p.surname).split()[0].lower()}@gmail.com", f=CARL, pt=9, col=GREY1)
    tx(sh, 194, 22.5, dn(c.app_date - timedelta(days=1), "/"), f=CARL, pt=9, at="right", col=GREY1)
    body = {"nl": f"Beste {c.p.given_names.split()[0]},\n\nDank voor de documenten. De aanvraag is klaar en vertrekt "
                  f"morgen aangetekend naar de Dienst Vreemdelingenzaken. Breng het origineel van uw paspoort en van "
                  f"de medische stukken mee naar de volgende afspraak.\n\nMet vriendelijke groeten,\n"
                  f"{A['first']} {A['last']}",
            "fr": f"Bonjour {c.p.given_names.split()[0]},\n\nMerci pour les documents. La demande est prête et partira "
                  f"demain par recommandé à l'Office des Étrangers. Merci d'apporter les originaux au prochain "
                  f"rendez-vous.\n\nBien à vous,\n{A['first']} {A['last']}"}[lang]
    y = para(sh, 28, 38, 164, body, f=CARL, pt=10.5, lead=1.5) + 6
    band(sh, 28, y, 166, 6, (236, 236, 238))
    tx(sh, 30, y + 1.2, (f"Op {dn(d0, '/')} schreef {c.p.given_names} {c.p.surname}:" if lang == "nl" else
                         f"Le {dn(d0, '/')}, {c.p.given_names} {c.p.surname} a écrit :"), f=CARL_I, pt=9, col=GREY1)
    y += 10
    q = {"nl": "Goedendag meester, hierbij de foto's van mijn papieren en het attest van de dokter. Ik kom donderdag "
               "langs met de originelen. Dank u.",
         "fr": "Bonjour Maître, voici les photos de mes papiers et l'attestation du médecin. Je passerai jeudi avec "
               "les originaux. Merci."}[lang]
    y2 = para(sh, 34, y, 156, q, f=CARL, pt=10, lead=1.45, col=GREY1)
    vl(sh, 30, y - 1, y2, lw=0.8, col=GREY3)
    tx(sh, 16, 288, f"{dn(c.app_date - timedelta(days=1), '/')} - webmail", f=CARL, pt=7.6, col=GREY2)
    return [sh], {}


_reg("be9ter-other-declaration-op-eer-getypt-brief-ik-vorm-49", "other", "nl", ot_declaration,
     "the applicant's declaration on honour typed as a short letter in the first person")
_reg("be9ter-other-pharmacy-afleveringsattest-halve-pagina-49", "other", "fr", ot_pharmacy,
     "pharmacy's delivery attestation on half a page")
_reg("be9ter-other-email-webmail-draad-geciteerd-49", "other", "nl", ot_email,
     "printed webmail thread between lawyer and client")
