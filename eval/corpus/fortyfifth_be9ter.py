"""9ter families of the `fortyfifth` part (registered in be9ter.BFAMILIES).

Written by a writer who saw neither the validator nor its output, from the seeds (003, 004), rules.md and how such
papers look in Belgian files.  Every family (layout, wording, faces, signature placement and copy habit) is this
part's own and is described in its function's docstring only (the part is read blind).  The applications' sentences
are written here, in Dutch, French, German and English (`s_*` builders); the facts of a case (illness, doctors,
dates, flags) come from the case that be9ter's generic plan draws.

Importing this module tells be9ter which origins this part's 9ter applicants come from (Senegal, Nepal and Albania:
the countries of this part's identity families) and adds this part's extra clean dossiers, each under the part's
own key; nothing another part reads is changed.
"""

from __future__ import annotations

import datetime
import random
from datetime import timedelta

from . import be9ter as _b9
from .be9ter import ILLNESSES, SPECIALTY, Case
from .fortyfifth_identity import (
    AVG, AVG_B, BK, BK_B, BK_I, CD, CD_B, COU, CPT, CR, CR_B, DV, DV_B, DV_O, DVM, GREY, H_BRP, H_CAPS, H_DKG,
    H_DKG_B, H_DKG_I, H_ZAP, HLN, HLN_B, HLV, HLV_B, HLV_I, INK, LB, LB_B, LB_I, LM, LM_B, LN, LN_B, LS, LS_B, LS_I,
    PEN_BLACK, PEN_BLUE, PEN_GREEN, PEN_NAVY, PLT, PLT_B, SCH, SCH_B, SCH_I, SOFT, ST_BLACK, ST_BLUE, ST_RED,
    ST_VIOLET, TMS, TMS_B, TMS_I, autograph, band, barcode, box, crc, dn, duvet_photo, fitpt, gl, hline, inkstamp,
    option, para, pen, pen_lines, punched, raster, staple, sticky, tilted, trifold, tw, tx,
)
from .paper import Sheet
from .people import format_address

PART = "fortyfifth"
SUB = datetime.date(2026, 12, 1)

# this part's 9ter applicants: Senegal, Nepal and Albania (new key only)
_b9.PART_ORIGINS.setdefault(PART, ["SEN", "NPL", "ALB"])
# clean dossiers only this part has (new key only): identity pieces with a marriage act, the identity card with a
# child, an identity certificate with a spouse, identity pieces with a child, an expired passport with a spouse, and
# a pending asylum procedure with a spouse
_b9.EXTRA_CLEANS.setdefault(PART, [dict(id="pieces", family=["spouse"]), dict(id="idcard", family=["child"]),
                                   dict(id="certificate", family=["spouse"]), dict(id="pieces", family=["child"]),
                                   dict(id="passport-expired", family=["spouse"]),
                                   dict(id="asylum", family=["spouse"])])

BC = _b9.COUNTRIES


def _reg(fid: str, type_: str, lang: str, make, note: str) -> None:
    _b9._reg(fid, type_, PART, lang, make, note)


# =========================================================================== the case in words

def dt_(c: Case, d: datetime.date, lang: str, style: str | None = None) -> str:
    return _b9.fdate(d, style or c.date_style, lang if lang in ("nl", "fr", "de", "en") else "nl")


def who(p, style: str) -> str:
    return _b9.name_in(p, style)


def cn(code: str, lang: str) -> str:
    return BC[code][lang] if code in BC else code


def cadj(code: str, lang: str) -> str:
    return BC[code]["adj_" + lang] if code in BC else code


def home(c: Case, lang: str) -> str:
    st = {"street-first": "street_first", "slash-box": ("slash_box", "slashbus_box")[c.seed % 2],
          "number-first": "number_first", "postcode-first": ("postcode_first", "dash_box")[(c.seed // 2) % 2]
          }.get(c.addr_style, "street_first")
    return format_address(c.addr, st, lang if lang in ("nl", "fr", "de", "en") else "nl")


def ill(c: Case, lang: str) -> dict:
    il = ILLNESSES[c.illness]
    for k in (lang, "fr", "nl"):
        if k in il:
            return il[k]
    return il["nl"]


def fem(c: Case) -> bool:
    return c.p.sex == "F"


def client(c: Case, lang: str, cap: bool = False) -> str:
    s = {"nl": "betrokkene", "fr": "l'intéressée" if fem(c) else "l'intéressé",
         "de": "die Betroffene" if fem(c) else "der Betroffene", "en": "our client"}[lang]
    return s[:1].upper() + s[1:] if cap else s


def sa(c: Case, lang: str) -> str:
    return {"nl": "haar" if fem(c) else "zijn", "fr": "son", "de": "ihr" if fem(c) else "sein",
            "en": "her" if fem(c) else "his"}[lang]


def lawyer_name(c: Case, lang: str) -> str:
    L = c.lawyer
    return {"nl": f"Mr. {L['first']} {L['last']}", "fr": f"Maître {L['first']} {L['last']}",
            "de": f"RA {L['first']} {L['last']}", "en": f"{L['first']} {L['last']}, attorney"}[lang]


def annex_ref(c: Case, key: str, lang: str) -> str:
    n = c.annex_no(key)
    if n is None:
        return ""
    return {"nl": f" (bijlage {n})", "fr": f" (annexe {n})", "de": f" (Anlage {n})", "en": f" (annex {n})"}[lang]


def idno(c: Case, lang: str) -> str:
    if c.nrn:
        return {"nl": f"rijksregisternummer {c.nrn}", "fr": f"numéro de registre national {c.nrn}",
                "de": f"Nationalregisternummer {c.nrn}", "en": f"Belgian national register number {c.nrn}"}[lang]
    return {"nl": f"dossiernummer DVZ (OV) {c.ov}", "fr": f"numéro de dossier à l'Office des Étrangers (SP) {c.ov}",
            "de": f"Aktenzeichen des Ausländeramts (OV) {c.ov}", "en": f"Immigration Office file number (OV) {c.ov}"}[lang]


def s_person(c: Case, lang: str) -> str:
    """Name, birth, nationality and number of the applicant in one clause; the flags leave out the place and country
    of birth or the nationality."""
    p = c.p
    nm = who(p, c.name_style)
    bcode = _b9.country_code_of(p.birth_country, p.nationality)
    nobp, nonat = "no_birthplace" in c.flags, "no_nationality" in c.flags
    bd = dt_(c, p.birth_date, lang)
    bp = f"{p.birth_place}, {cn(bcode, lang)}"
    e = "e" if fem(c) else ""
    if lang == "nl":
        s = f"{nm}, geboren op {bd}" + ("" if nobp else f" in {bp}")
        s += "" if nonat else f", met de {cadj(p.nationality, 'nl')} nationaliteit"
    elif lang == "fr":
        s = f"{nm}, né{e} le {bd}" + ("" if nobp else f" à {bp}")
        s += "" if nonat else f", de nationalité {cadj(p.nationality, 'fr')}"
    elif lang == "de":
        s = f"{nm}, geboren am {bd}" + ("" if nobp else f" in {bp}")
        s += "" if nonat else f", {cadj(p.nationality, 'de')}er Staatsangehörigkeit".replace("scher Staats",
                                                                                              "scher Staats")
    else:
        s = f"{nm}, born on {bd}" + ("" if nobp else f" in {bp}")
        s += "" if nonat else f", of {cadj(p.nationality, 'en')} nationality"
    return s + f" ({idno(c, lang)})"


def s_residence(c: Case, lang: str) -> str:
    if "no_address" in c.flags:
        return {"nl": f"{client(c, lang, True)} verblijft sinds geruime tijd in België.",
                "fr": f"{client(c, lang, True)} vit en Belgique depuis plusieurs années.",
                "de": f"{client(c, lang, True)} lebt seit Jahren in Belgien.",
                "en": "Our client has lived in Belgium for several years."}[lang]
    a = home(c, lang)
    v = c.seed % 2
    return {"nl": [f"{client(c, lang, True)} verblijft feitelijk op het volgende adres: {a}.",
                   f"De effectieve verblijfplaats van {client(c, lang)} in België is {a}."][v],
            "fr": [f"{client(c, lang, True)} a sa résidence effective à l'adresse suivante : {a}.",
                   f"La résidence effective de {client(c, lang)} en Belgique se situe {a}."][v],
            "de": [f"{client(c, lang, True)} wohnt tatsächlich unter folgender Anschrift: {a}.",
                   f"Der tatsächliche Aufenthaltsort in Belgien ist: {a}."][v],
            "en": [f"Our client actually lives at the following address: {a}.",
                   f"Our client's place of effective residence in Belgium is {a}."][v]}[lang]


def s_domicile(c: Case, lang: str) -> str | None:
    if "no_domicile" in c.flags or c.domicile == "none":
        return None
    if c.domicile == "lawyer" and c.lawyer:
        L = c.lawyer
        where_ = f"{L['street']}, {L['pc']} {L['city']}"
        return {"nl": f"Woonstkeuze wordt gedaan op het kantoor van de raadsman, {lawyer_name(c, lang)}, {where_}, "
                      f"waar alle briefwisseling in dit dossier dient te worden toegezonden.",
                "fr": f"Il est fait élection de domicile au cabinet du conseil soussigné, {lawyer_name(c, lang)}, "
                      f"{where_}, où toute correspondance relative au présent dossier doit être adressée.",
                "de": f"Zustellungsbevollmächtigt ist der unterzeichnende Rechtsanwalt; als gewählter Wohnsitz gilt "
                      f"die Kanzlei {lawyer_name(c, lang)}, {where_}.",
                "en": f"Domicile is elected at the office of counsel, {L['first']} {L['last']}, {where_}, to which all "
                      f"correspondence in this matter should be sent."}[lang]
    if c.domicile == "other" and c.other_domicile:
        return {"nl": f"Woonstkeuze wordt gedaan bij {c.other_domicile}.",
                "fr": f"Élection de domicile est faite auprès de {c.other_domicile}.",
                "de": f"Als gewählter Wohnsitz gilt {c.other_domicile}.",
                "en": f"Domicile is elected with {c.other_domicile}."}[lang]
    return {"nl": "Op dit adres wordt ook woonstkeuze gedaan.", "fr": "Domicile est élu à cette même adresse.",
            "de": "Diese Anschrift gilt zugleich als gewählter Wohnsitz.",
            "en": "Domicile is elected at that same address."}[lang]


def domicile_value(c: Case, lang: str) -> str:
    if "no_domicile" in c.flags or c.domicile == "none":
        return ""
    if c.domicile == "lawyer" and c.lawyer:
        L = c.lawyer
        return f"{lawyer_name(c, lang)}, {L['street']}, {L['pc']} {L['city']}"
    if c.domicile == "other" and c.other_domicile:
        return c.other_domicile
    return {"nl": "zelfde adres als verblijfplaats", "fr": "même adresse que la résidence", "de": "wie oben",
            "en": "same as residence"}[lang]


def _idfam(c: Case, key: str):
    if not key.startswith("id") or key == "id-tr":
        return next((f for f in c.idfams if f.type == "translation"), None) if key == "id-tr" else None
    n = 1 if key == "id" else int(key[2:])
    return c.idfams[n - 1] if len(c.idfams) >= n else None


KIND_WORD = {
    "passport": dict(nl="paspoort", fr="passeport", de="Reisepass", en="passport"),
    "idcard": dict(nl="nationale identiteitskaart", fr="carte nationale d'identité", de="Personalausweis",
                   en="national identity card"),
    "birth-certificate": dict(nl="uittreksel uit de geboorteakte", fr="extrait d'acte de naissance",
                              de="Auszug aus der Geburtsurkunde", en="birth certificate"),
    "nationality-certificate": dict(nl="nationaliteitsbewijs", fr="certificat de nationalité",
                                    de="Staatsangehörigkeitsnachweis", en="certificate of citizenship"),
    "identity-certificate": dict(nl="identiteitsattest van de diplomatieke post", fr="certificat d'identité consulaire",
                                 de="Identitätsbescheinigung der Vertretung", en="consular identity certificate"),
    "consular-card": dict(nl="consulaire kaart", fr="carte consulaire", de="Konsularkarte", en="consular card"),
    "driving-licence": dict(nl="rijbewijs", fr="permis de conduire", de="Führerschein", en="driving licence"),
    "translation": dict(nl="beëdigde vertaling", fr="traduction jurée", de="beeidigte Übersetzung",
                        en="sworn translation"),
    "declaration": dict(nl="verklaring op erewoord", fr="déclaration sur l'honneur", de="ehrenwörtliche Erklärung",
                        en="declaration on honour"),
    "asylum": dict(nl="attest van de lopende asielprocedure", fr="attestation de la procédure d'asile en cours",
                   de="Bescheinigung über das laufende Asylverfahren", en="proof of the pending asylum procedure"),
    "other": dict(nl="stuk", fr="pièce", de="Unterlage", en="document"),
}


def annex_word(c: Case, key: str, lang: str) -> str:
    """How this part's letters name each enclosure."""
    if key == "medcert":
        return {"nl": f"standaard medisch getuigschrift van {c.doctor.name()}",
                "fr": f"certificat médical type du {c.doctor.name()}",
                "de": f"standardisiertes ärztliches Attest von {c.doctor.name()}",
                "en": f"standard medical certificate by {c.doctor.name()}"}[lang]
    if key == "medstat":
        d = c.doctor if "medcert_absent" in c.flags else c.specialist
        return {"nl": f"medisch verslag van {d.name()}", "fr": f"rapport médical du {d.name()}",
                "de": f"ärztlicher Bericht von {d.name()}", "en": f"medical report by {d.name()}"}[lang]
    if key == "coi":
        return {"nl": f"documentatie over de zorg in {cn(c.origin(), 'nl')}",
                "fr": f"documentation sur les soins au {cn(c.origin(), 'fr')}" if c.origin() in ("SEN", "NPL") else
                f"documentation sur les soins en {cn(c.origin(), 'fr')}",
                "de": f"Unterlagen zur Behandlung in {cn(c.origin(), 'de')}",
                "en": f"material on care in {cn(c.origin(), 'en')}"}[lang]
    if key.startswith("fam"):
        m = c.family[int(key[3:])]
        if m.rel == "child":
            return {"nl": f"geboorteakte van {m.p.given_names}", "fr": f"acte de naissance de {m.p.given_names}",
                    "de": f"Geburtsurkunde von {m.p.given_names}", "en": f"birth certificate of {m.p.given_names}"}[lang]
        return {"nl": "huwelijksakte", "fr": "acte de mariage", "de": "Heiratsurkunde", "en": "marriage certificate"}[lang]
    if key in ("asylum", "other"):
        return KIND_WORD[key][lang]
    f = _idfam(c, key)
    if f is None:
        return KIND_WORD["declaration"][lang]
    if f.type == "identity-document":
        return KIND_WORD["passport" if f.mrz == "TD3" else "idcard"][lang]
    return KIND_WORD.get(f.type, KIND_WORD["other"])[lang]


def annex_rows(c: Case, lang: str) -> list[tuple[int, str, int]]:
    return [(i + 1, annex_word(c, k, lang), c.annex_pages.get(k, 1)) for i, (k, _d) in enumerate(c.annexes)]


def s_identity(c: Case, lang: str) -> str:
    k = c.id_kind
    r = lambda key: annex_ref(c, key, lang)  # noqa: E731
    C = client(c, lang, True)
    exp = dt_(c, c.id_expiry, lang) if c.id_expiry else ""
    if k in ("passport", "passport-mrz", "passport-name", "untranslated", "translated", "passport-expired"):
        if k == "passport-expired":
            s = {"nl": f"{C} bewijst {sa(c, lang)} identiteit met {sa(c, lang)} nationaal paspoort{r('id')}, dat "
                       f"sinds {exp} vervallen is; een vervallen paspoort blijft een identiteitsdocument.",
                 "fr": f"{C} établit son identité par son passeport national{r('id')}, expiré depuis le {exp} ; un "
                       f"passeport expiré demeure un document d'identité.",
                 "de": f"{C} weist die Identität durch den seit {exp} abgelaufenen Reisepass nach{r('id')}; auch ein "
                       f"abgelaufener Pass bleibt ein Identitätsdokument.",
                 "en": f"Our client proves {sa(c, lang)} identity with {sa(c, lang)} national passport{r('id')}, "
                       f"expired since {exp}; an expired passport remains an identity document."}[lang]
        else:
            s = {"nl": f"{C} bewijst {sa(c, lang)} identiteit met {sa(c, lang)} nationaal paspoort, geldig tot "
                       f"{exp}{r('id')}.",
                 "fr": f"{C} établit son identité par son passeport national, valable jusqu'au {exp}{r('id')}.",
                 "de": f"{C} weist die Identität durch den Reisepass nach, gültig bis {exp}{r('id')}.",
                 "en": f"Our client proves {sa(c, lang)} identity with {sa(c, lang)} national passport, valid until "
                       f"{exp}{r('id')}."}[lang]
        if k in ("untranslated", "translated"):
            s += {"nl": f" Ook {sa(c, lang)} geboorteakte wordt neergelegd{r('id2')}",
                  "fr": f" Son acte de naissance est également déposé{r('id2')}",
                  "de": f" Ferner wird die Geburtsurkunde vorgelegt{r('id2')}",
                  "en": f" {sa(c, lang).capitalize()} birth certificate is also filed{r('id2')}"}[lang]
            s += ({"nl": f", met de beëdigde vertaling ervan{r('id-tr')}.",
                   "fr": f", avec sa traduction jurée{r('id-tr')}.",
                   "de": f", mit beeidigter Übersetzung{r('id-tr')}.",
                   "en": f", with its sworn translation{r('id-tr')}."}[lang] if k == "translated" else ".")
        return s
    if k == "idcard":
        return {"nl": f"{C} bewijst {sa(c, lang)} identiteit met {sa(c, lang)} nationale identiteitskaart{r('id')}.",
                "fr": f"{C} établit son identité par sa carte nationale d'identité{r('id')}.",
                "de": f"{C} weist die Identität durch den nationalen Personalausweis nach{r('id')}.",
                "en": f"Our client proves {sa(c, lang)} identity with {sa(c, lang)} national identity card"
                      f"{r('id')}."}[lang]
    if k in ("pieces", "pieces-nophoto", "certificate", "declarative-cert", "single-piece"):
        items = [f"{annex_word(c, kk, lang)}{r(kk)}" for kk, _ in c.annexes if kk.startswith("id")]
        conj = {"nl": " en ", "fr": " et ", "de": " und ", "en": " and "}[lang]
        lst = (", ".join(items[:-1]) + conj + items[-1]) if len(items) > 1 else (items[0] if items else "-")
        if k in ("pieces", "pieces-nophoto"):
            return {"nl": f"{C} heeft geen paspoort of identiteitskaart. {sa(c, lang).capitalize()} identiteit blijkt "
                          f"uit de samenlezing van de volgende bewijselementen: {lst}.",
                    "fr": f"{C} ne possède ni passeport ni carte d'identité. Son identité résulte de la lecture "
                          f"conjointe des éléments de preuve suivants : {lst}.",
                    "de": f"{C} besitzt weder Pass noch Ausweis; die Identität ergibt sich aus dem Zusammenhang "
                          f"folgender Beweismittel: {lst}.",
                    "en": f"Our client has neither passport nor identity card; {sa(c, lang)} identity follows from the "
                          f"following pieces of evidence read together: {lst}."}[lang]
        return {"nl": f"Als identiteitsbewijs wordt neergelegd: {lst}.",
                "fr": f"À titre de preuve d'identité est déposé : {lst}.",
                "de": f"Als Identitätsnachweis wird vorgelegt: {lst}.",
                "en": f"As proof of identity we file: {lst}."}[lang]
    if k in ("asylum", "asylum-noproof"):
        lodged = dt_(c, c.asylum["lodged"], lang)
        s = {"nl": f"{C} diende op {lodged} een verzoek om internationale bescherming in waarover nog geen "
                   f"definitieve beslissing is genomen; de plicht om de identiteit aan te tonen geldt daarom niet "
                   f"(art. 9ter, § 2, derde lid)",
             "fr": f"{C} a introduit le {lodged} une demande de protection internationale qui n'a pas encore fait "
                   f"l'objet d'une décision définitive ; l'obligation d'établir son identité ne s'applique donc pas "
                   f"(art. 9ter, § 2, al. 3)",
             "de": f"{C} hat am {lodged} internationalen Schutz beantragt; über den Antrag ist noch nicht endgültig "
                   f"entschieden, weshalb die Pflicht zum Identitätsnachweis entfällt (Art. 9ter § 2 Abs. 3)",
             "en": f"Our client applied for international protection on {lodged}; no final decision has been taken, so "
                   f"the duty to prove identity does not apply (Art. 9ter § 2(3))"}[lang]
        if k == "asylum":
            s += {"nl": f". Het bewijs daarvan gaat hierbij{r('asylum')}.",
                  "fr": f". La preuve en est jointe{r('asylum')}.",
                  "de": f". Ein Nachweis ist beigefügt{r('asylum')}.",
                  "en": f". Proof of this is enclosed{r('asylum')}."}[lang]
        else:
            s += "."
        return s
    if k == "declaration":
        return {"nl": f"{C} beschikt over geen enkel identiteitsstuk meer en verklaart {sa(c, lang)} identiteit op "
                      f"erewoord{r('id')}.",
                "fr": f"{C} ne dispose plus d'aucun document d'identité et déclare son identité sur l'honneur"
                      f"{r('id')}.",
                "de": f"{C} besitzt keinerlei Ausweispapiere mehr und erklärt die Identität ehrenwörtlich{r('id')}.",
                "en": f"Our client no longer has any identity document and states {sa(c, lang)} identity on "
                      f"honour{r('id')}."}[lang]
    return {"nl": f"{C} heeft een nieuw paspoort aangevraagd bij de ambassade; het wordt nagezonden.",
            "fr": f"{C} a sollicité un nouveau passeport auprès de son ambassade ; il vous sera transmis dès réception.",
            "de": f"{C} hat bei der Botschaft einen neuen Pass beantragt; er wird nachgereicht.",
            "en": "Our client has requested a new passport from the embassy; it will be forwarded on receipt."}[lang]


def s_medical(c: Case, lang: str) -> str:
    t = ill(c, lang)
    C = client(c, lang, True)
    doc = c.doctor
    spec = SPECIALTY[doc.spec][lang]
    cdate = _b9.fdate(c.cert_date, c.cert_date_style, lang)
    meds = "; ".join(t["meds"])
    if "medcert_absent" in c.flags:
        src = {"nl": f"Dit blijkt uit het medisch verslag van {doc.name()}{annex_ref(c, 'medstat', lang)}.",
               "fr": f"C'est ce qu'établit le rapport médical du {doc.name()}{annex_ref(c, 'medstat', lang)}.",
               "de": f"Dies ergibt sich aus dem Bericht von {doc.name()}{annex_ref(c, 'medstat', lang)}.",
               "en": f"This appears from the medical report of {doc.name()}{annex_ref(c, 'medstat', lang)}."}[lang]
    else:
        src = {"nl": f"Het standaard medisch getuigschrift van {doc.name()} ({spec}), opgesteld op {cdate}"
                     f"{annex_ref(c, 'medcert', lang)}, vermeldt de aandoening, de graad van ernst en de nodige "
                     f"behandeling.",
               "fr": f"Le certificat médical type du {doc.name()} ({spec}), établi le {cdate}"
                     f"{annex_ref(c, 'medcert', lang)}, mentionne la maladie, son degré de gravité et le traitement "
                     f"estimé nécessaire.",
               "de": f"Das standardisierte ärztliche Attest von {doc.name()} ({spec}) vom {cdate}"
                     f"{annex_ref(c, 'medcert', lang)} nennt die Krankheit, ihren Schweregrad und die erforderliche "
                     f"Behandlung.",
               "en": f"The standard medical certificate of {doc.name()} ({spec}), dated {cdate}"
                     f"{annex_ref(c, 'medcert', lang)}, states the illness, its degree of severity and the treatment "
                     f"considered necessary."}[lang]
        if "medstat" in [k for k, _ in c.annexes]:
            src += {"nl": f" Het wordt gestaafd door het verslag van {c.specialist.name()}{annex_ref(c, 'medstat', lang)}.",
                    "fr": f" Il est étayé par le rapport du {c.specialist.name()}{annex_ref(c, 'medstat', lang)}.",
                    "de": f" Es wird durch den Bericht von {c.specialist.name()} gestützt{annex_ref(c, 'medstat', lang)}.",
                    "en": f" It is supported by the report of {c.specialist.name()}{annex_ref(c, 'medstat', lang)}."
                    }[lang]
    body = {"nl": f"{C} lijdt aan {t['name'].lower()}. {t['severity']} De behandeling bestaat uit: {meds}. "
                  f"{t['consequences']}",
            "fr": f"{C} est atteint{'e' if fem(c) else ''} de la pathologie suivante : {t['name'].lower()}. "
                  f"{t['severity']} Le traitement comprend : {meds}. {t['consequences']}",
            "de": f"{C} leidet an folgender Erkrankung: {t['name']}. {t['severity']} Die Behandlung umfasst: {meds}. "
                  f"{t['consequences']}",
            "en": f"Our client suffers from {t['name'].lower()}. {t['severity']} The treatment consists of: {meds}. "
                  f"{t['consequences']}"}[lang]
    return body + " " + src


def s_care(c: Case, lang: str) -> str:
    o = BC[c.origin()]
    il = ILLNESSES[c.illness]
    drug = il.get("drug_l", {}).get(lang) or il["drug"]
    ref = annex_ref(c, "coi", lang)
    land = cn(c.origin(), lang)
    ins = o.get("insurance_" + lang) or o.get("insurance_en", "")
    return {"nl": f"Beschikbaarheid: {drug} is in {land} enkel te verkrijgen via {o['hospital']}, met geregelde "
                  f"tekorten{ref}. Toegankelijkheid: een maand behandeling kost er ongeveer {il['cost']}, terwijl "
                  f"het gemiddelde maandloon {o['wage']} bedraagt. {ins} {client(c, lang, True)} heeft geen ander "
                  f"land waar {'zij' if fem(c) else 'hij'} legaal kan verblijven.",
            "fr": f"Disponibilité : au {land} (ou en {land}), le {drug} n'est délivré que par {o['hospital']}, avec des "
                  f"ruptures de stock fréquentes{ref}. Accessibilité : un mois de traitement y coûte environ "
                  f"{il['cost']}, alors que le salaire mensuel moyen est de {o['wage']}. {ins} "
                  f"{client(c, lang, True)} ne dispose d'aucun autre pays de séjour légal."
                  .replace(f"au {land} (ou en {land})", ("au " if c.origin() in ("SEN", "NPL") else "en ") + land),
            "de": f"Verfügbarkeit: {drug} ist in {land} nur über {o['hospital']} erhältlich, mit häufigen "
                  f"Lieferengpässen{ref}. Zugänglichkeit: ein Behandlungsmonat kostet etwa {il['cost']}, der "
                  f"Durchschnittslohn beträgt {o['wage']}. {ins} Ein anderes Land rechtmäßigen Aufenthalts gibt es "
                  f"nicht.",
            "en": f"Availability: in {land}, {drug} is only dispensed by {o['hospital']}, with frequent stock-outs{ref}. "
                  f"Accessibility: one month of treatment costs about {il['cost']}, while the average monthly wage is "
                  f"{o['wage']}. {ins} Our client has no other country of lawful residence."}[lang]


def s_family(c: Case, lang: str) -> str | None:
    if not c.family:
        return None
    out = []
    for i, m in enumerate(c.family):
        q = m.p
        bcode = _b9.country_code_of(q.birth_country, q.nationality)
        rel = {"nl": ("echtgenote" if q.sex == "F" else "echtgenoot") if m.rel == "spouse" else
               ("dochter" if q.sex == "F" else "zoon"),
               "fr": ("épouse" if q.sex == "F" else "époux") if m.rel == "spouse" else ("fille" if q.sex == "F" else
                                                                                       "fils"),
               "de": ("Ehefrau" if q.sex == "F" else "Ehemann") if m.rel == "spouse" else ("Tochter" if q.sex == "F"
                                                                                          else "Sohn"),
               "en": ("wife" if q.sex == "F" else "husband") if m.rel == "spouse" else ("daughter" if q.sex == "F"
                                                                                       else "son")}[lang]
        bits = {"nl": f"{rel}: {who(q, c.name_style)}, geboren op {dt_(c, q.birth_date, lang)} in {q.birth_place} "
                      f"({cn(bcode, 'nl')}), {cadj(q.nationality, 'nl')} nationaliteit",
                "fr": f"{rel} : {who(q, c.name_style)}, né{'e' if q.sex == 'F' else ''} le {dt_(c, q.birth_date, lang)} "
                      f"à {q.birth_place} ({cn(bcode, 'fr')}), de nationalité {cadj(q.nationality, 'fr')}",
                "de": f"{rel}: {who(q, c.name_style)}, geboren am {dt_(c, q.birth_date, lang)} in {q.birth_place} "
                      f"({cn(bcode, 'de')}), Staatsangehörigkeit {cn(q.nationality, 'de')}",
                "en": f"{rel}: {who(q, c.name_style)}, born on {dt_(c, q.birth_date, lang)} in {q.birth_place} "
                      f"({cn(bcode, 'en')}), {cadj(q.nationality, 'en')} national"}[lang]
        out.append(bits + annex_ref(c, f"fam{i}", lang))
    lst = "; ".join(out)
    return {"nl": f"De aanvraag geldt eveneens voor de volgende gezinsleden, die met {client(c, lang)} samenwonen - "
                  f"{lst}.",
            "fr": f"La demande vaut également pour les membres de la famille suivants, qui résident avec "
                  f"{client(c, lang)} - {lst}.",
            "de": f"Der Antrag gilt auch für folgende im selben Haushalt lebende Angehörige - {lst}.",
            "en": f"The application also covers the following family members, who live with our client - {lst}."}[lang]


def s_history(c: Case, lang: str) -> str | None:
    out = []
    a = c.asylum
    if a and a.get("status") == "refused":
        d = dt_(c, a["refused_on"], lang)
        out.append({"nl": f"Op {d} werd het verzoek om internationale bescherming door het CGVS geweigerd.",
                     "fr": f"Le {d}, le CGRA a refusé la demande de protection internationale.",
                     "de": f"Am {d} lehnte das GKFS den Antrag auf internationalen Schutz ab.",
                     "en": f"On {d} the CGRS refused the application for international protection."}[lang])
    if c.previous_9ter:
        d = dt_(c, c.previous_9ter, lang)
        ref = f"{(c.seed % 7_000_000) + 2_000_000}"
        out.append({"nl": f"Er loopt nog een eerdere aanvraag 9ter van {d} (uw referte {ref}). Die aanvraag wordt "
                          f"hierbij ingetrokken en vervangen door de huidige, die alle relevante gegevens herneemt.",
                    "fr": f"Une demande 9ter antérieure du {d} (votre référence {ref}) est toujours pendante. Elle est "
                          f"retirée et remplacée par la présente, qui reprend tous les éléments pertinents.",
                    "de": f"Ein früherer 9ter-Antrag vom {d} (Ihr Zeichen {ref}) ist noch anhängig. Er wird hiermit "
                          f"zurückgezogen und durch den vorliegenden ersetzt, der alle maßgeblichen Angaben enthält.",
                    "en": f"An earlier 9ter application of {d} (your reference {ref}) is still pending. It is hereby "
                          f"withdrawn and replaced by the present one, which restates everything relevant."}[lang])
    return " ".join(out) if out else None


def s_request(c: Case, lang: str) -> str:
    return {"nl": f"Mag ik u derhalve verzoeken {client(c, lang)} op grond van artikel 9ter van de wet van 15 december "
                  f"1980 te machtigen tot een verblijf van meer dan drie maanden?",
            "fr": f"Je vous prie dès lors de bien vouloir autoriser {client(c, lang)} au séjour de plus de trois mois "
                  f"en application de l'article 9ter de la loi du 15 décembre 1980.",
            "de": "Ich bitte daher, gemäß Artikel 9ter des Gesetzes vom 15. Dezember 1980 einen Aufenthalt von mehr "
                  "als drei Monaten zu gestatten.",
            "en": "We therefore ask you to grant our client leave to stay for more than three months under Article "
                  "9ter of the Law of 15 December 1980."}[lang]


DVZ = {"nl": ["Dienst Vreemdelingenzaken", "Afdeling Uitzonderlijk Verblijf - Medisch Verblijf", "Pachecolaan 44",
              "1000 BRUSSEL"],
       "fr": ["Office des Étrangers", "Service Séjour médical - 9ter", "Boulevard Pachéco 44", "1000 BRUXELLES"],
       "de": ["Ausländeramt (Dienst Vreemdelingenzaken)", "Medizinischer Aufenthalt", "Pachecolaan 44",
              "1000 BRÜSSEL"],
       "en": ["Immigration Office (DVZ)", "Medical Stay Unit", "Pachecolaan 44", "1000 BRUSSELS"]}

HEADS = {"nl": ["Verblijfplaats - woonstkeuze", "Identiteit", "Medische situatie", "De zorg in het land van herkomst",
                "Gezinsleden", "Procedurele voorgeschiedenis"],
         "fr": ["Résidence - élection de domicile", "Identité", "Situation médicale",
                "Les soins dans le pays d'origine", "Membres de la famille", "Antécédents de procédure"],
         "de": ["Aufenthaltsort - Zustellung", "Identität", "Medizinische Lage", "Versorgung im Herkunftsland",
                "Familienangehörige", "Verfahrensgeschichte"],
         "en": ["Residence and domicile", "Identity", "Medical situation", "Care in the country of origin",
                "Family members", "Procedural history"]}


# =========================================================================== a letter over several pages

class Writer:
    """Lays text down a page and onto new pages; ``tags`` keeps the 1-based page where each named part begins."""

    def __init__(self, new_page, *, x0=24.0, x1=186.0, bottom=270.0, f=TMS, pt=10.5, lead=1.42):
        self.new_page, self.x0, self.x1, self.bottom, self.f, self.pt, self.lead = new_page, x0, x1, bottom, f, pt, lead
        self.sheets: list[Sheet] = []
        self.tags: dict[str, int] = {}
        self.y = 0.0
        self.turn()

    def turn(self) -> None:
        sh, top = self.new_page(len(self.sheets))
        self.sheets.append(sh)
        self.y = top

    @property
    def sh(self) -> Sheet:
        return self.sheets[-1]

    def mark(self, k: str) -> None:
        self.tags.setdefault(k, len(self.sheets))

    def lh(self, pt=None) -> float:
        return (pt or self.pt) * 0.3528 * self.lead

    def room(self, h: float) -> None:
        if self.y + h > self.bottom:
            self.turn()

    def line(self, s, *, x=None, f=None, pt=None, c=INK, a="left", after=0.0) -> None:
        self.room(self.lh(pt))
        tx(self.sh, self.x0 if x is None else x, self.y, s, f=f or self.f, pt=pt or self.pt, c=c, a=a)
        self.y += self.lh(pt) + after

    def text(self, s: str, *, f=None, pt=None, indent=0.0, after=2.8, align="left", c=INK, tag=None,
             margin_label: str | None = None) -> None:
        f, pt = f or self.f, pt or self.pt
        s = gl(s, f)
        x = self.x0 + indent
        w = self.x1 - x
        lines = self.sh.wrap(s, w, font=f, size_pt=pt)
        lh = self.lh(pt)
        self.room(lh * min(2, len(lines)))
        if tag:
            self.mark(tag)
        if margin_label:
            tx(self.sh, self.x0 - 12, self.y, margin_label, f=f, pt=pt, c=c)
        for i, ln in enumerate(lines):
            if self.y + lh > self.bottom:
                self.turn()
            if align == "justify" and i < len(lines) - 1 and " " in ln.strip():
                words = ln.split()
                ws = [tw(wd, f, pt) for wd in words]
                gap = (w - sum(ws)) / (len(words) - 1)
                xx = x
                for wd, wdw in zip(words, ws):
                    tx(self.sh, xx, self.y, wd, f=f, pt=pt, c=c)
                    xx += wdw + gap
            else:
                tx(self.sh, x, self.y, ln, f=f, pt=pt, c=c)
            self.y += lh
        self.y += after


def body(w: Writer, c: Case, lang: str, head, *, align="justify") -> None:
    head(0)
    dom = s_domicile(c, lang)
    w.text(s_residence(c, lang) + (" " + dom if dom else ""), align=align, tag="residence")
    head(1)
    w.text(s_identity(c, lang), align=align, tag="identity")
    head(2)
    w.text(s_medical(c, lang), align=align, tag="medical")
    if c.coi_in_app and "no_coi" not in c.flags:
        head(3)
        w.text(s_care(c, lang), align=align, tag="coi")
    fam = s_family(c, lang)
    if fam:
        head(4)
        w.text(fam, align=align, tag="family")
    hist = s_history(c, lang)
    if hist:
        head(5)
        w.text(hist, align=align, tag="parallel")


# =========================================================================== applications

def app_nl_prose(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """Ghent/Antwerp lawyer's letter in Schoolbook: the firm's name centred in spaced capitals over a double rule;
    'Per aangetekende zending' above DVZ's address in the RIGHT-hand window position; place and date right-aligned
    under it; the subject in a pale grey bar; the sections numbered '1.' to '6.' in the LEFT margin beside
    their first line (no headings); the personal data in the second paragraph; 'Hoogachtend,' then the signature
    ABOVE the lawyer's typed name at the right; the annexes as a ruled table 'Inventaris' with page counts;
    continuation pages numbered '- 2 -' at the top centre."""
    L, lang = c.lawyer, "nl"

    def page(i):
        sh = Sheet()
        if i == 0:
            tx(sh, 105, 12, L["firm"].upper(), f=SCH_B, pt=11, a="center", sp=0.9)
            tx(sh, 105, 18, f"{L['street']} · {L['pc']} {L['city']} · {L['tel']} · {L['mail']}", f=SCH, pt=7.6,
               a="center", c=GREY)
            hline(sh, 24, 186, 23, lw=0.5)
            hline(sh, 24, 186, 24.2, lw=0.15)
            return sh, 32
        tx(sh, 105, 12, f"- {i + 1} -", f=SCH, pt=9, a="center")
        return sh, 22

    w = Writer(page, f=SCH, pt=10)
    tx(w.sh, 112, w.y, "Per aangetekende zending", f=SCH_I, pt=9.4)
    for i, s in enumerate(DVZ["nl"]):
        tx(w.sh, 112, w.y + 6 + i * 4.8, s, f=SCH, pt=10)
    w.y += 34
    tx(w.sh, 186, w.y, f"{L['city']}, {_b9.fdate(c.app_date, 'long', 'nl')}", f=SCH, pt=10, a="right")
    w.y += 10
    band(w.sh, 24, w.y - 1.2, 162, 7, (232, 232, 232))
    tx(w.sh, 26, w.y, f"Betreft: machtiging tot verblijf art. 9ter Vw. - {who(c.p, c.name_style)}", f=SCH_B, pt=9.8)
    w.y += 11
    w.text("Geachte heer, Geachte mevrouw,", after=3)
    w.text(f"Ik treed op als raadsman van {s_person(c, lang)}, hierna '{client(c, lang)}'. Namens "
           f"{'haar' if fem(c) else 'hem'} dien ik bij deze een aanvraag in tot machtiging tot verblijf om medische "
           f"redenen.", align="justify", tag="personal")
    n = [0]

    def head(i):
        n[0] += 1
        w.room(12)
        tx(w.sh, 14, w.y, f"{n[0]}.", f=SCH_B, pt=10)

    body(w, c, lang, head)
    w.text(s_request(c, lang), align="justify", after=5)
    w.room(46)
    w.text("Hoogachtend,", after=2)
    w.mark("signature")
    y = w.y
    if "unsigned" not in c.flags:
        autograph(w.sh, 126, y, rng, c=rng.choice([PEN_BLUE, PEN_BLACK]))
    tx(w.sh, 126, y + 16, f"{L['first']} {L['last']}", f=SCH, pt=10)
    tx(w.sh, 126, y + 20.6, "advocaat", f=SCH_I, pt=9)
    w.y = y + 30
    rows = annex_rows(c, lang)
    if rows:
        w.room(16)
        w.mark("inventory")
        w.line("Inventaris", f=SCH_B, pt=10.5, after=1.5)
        for k, d, pgs in rows:
            w.room(6.5)
            box(w.sh, 24, w.y - 1, 14, 6.2, lw=0.15, c=SOFT)
            box(w.sh, 38, w.y - 1, 126, 6.2, lw=0.15, c=SOFT)
            box(w.sh, 164, w.y - 1, 22, 6.2, lw=0.15, c=SOFT)
            tx(w.sh, 31, w.y, str(k), f=SCH, pt=9, a="center")
            tx(w.sh, 40, w.y, d, f=SCH, pt=fitpt(d, 122, SCH, 9))
            tx(w.sh, 175, w.y, f"{pgs} p.", f=SCH, pt=9, a="center")
            w.y += 6.2
    return w.sheets, w.tags


def app_fr_prose(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """Liège avocat's request in Palatino: the firm's details as a narrow column at the top LEFT, a framed
    'RECOMMANDÉ' at the top right above the Office's address; 'Objet :' in bold; the sections headed by roman
    numerals in small capitals ('I. - RÉSIDENCE ...') centred; the personal data opening the letter ('Mon
    client(e), ..., sollicite ...'); closed by 'Pour le requérant, son conseil,' with the signature UNDER that line
    and the typed name under the signature; 'Inventaire des pièces' as 'Pièce n : ...' lines; page number
    'n/N' at the foot right."""
    L, lang = c.lawyer, "fr"

    def page(i):
        sh = Sheet()
        if i == 0:
            for j, s in enumerate([L["firm"], f"Me {L['first']} {L['last']}", "Avocat au barreau", L["street"],
                                   f"{L['pc']} {L['city']}", f"Tél. {L['tel']}", L["mail"]]):
                tx(sh, 24, 12 + j * 3.9, s, f=PLT_B if j == 0 else PLT, pt=9 if j == 0 else 7.8, c=INK if j < 2 else GREY)
            return sh, 50
        return sh, 20

    w = Writer(page, f=PLT, pt=10)
    box(w.sh, 120, 12, 34, 7, lw=0.5)
    tx(w.sh, 137, 13.3, "RECOMMANDÉ", f=PLT_B, pt=9.5, a="center")
    for i, s in enumerate(DVZ["fr"]):
        tx(w.sh, 120, 24 + i * 4.8, s, f=PLT, pt=10)
    tx(w.sh, 186, 50, f"{L['city']}, le {_b9.fdate(c.app_date, 'long', 'fr')}", f=PLT, pt=10, a="right")
    w.y = 60
    w.text(f"Objet : demande d'autorisation de séjour - article 9ter de la loi du 15 décembre 1980 - "
           f"{who(c.p, c.name_style)}", f=PLT_B, after=4)
    w.text("Madame, Monsieur,", after=3)
    w.text(f"{'Ma cliente' if fem(c) else 'Mon client'}, {s_person(c, lang)}, sollicite par la présente une "
           f"autorisation de séjour pour raisons médicales. Je vous en expose ci-après les éléments.", align="justify",
           tag="personal")
    rom = ["I", "II", "III", "IV", "V", "VI"]
    n = [0]

    def head(i):
        w.room(14)
        w.y += 1.5
        tx(w.sh, 105, w.y, f"{rom[n[0]]}. - {HEADS[lang][i].upper()}", f=PLT_B, pt=9.2, a="center", sp=0.4)
        w.y += 6.5
        n[0] += 1

    body(w, c, lang, head)
    w.text(s_request(c, lang), align="justify", after=5)
    w.room(44)
    w.text(f"Pour {'la requérante' if fem(c) else 'le requérant'}, son conseil,", after=1)
    w.mark("signature")
    y = w.y
    if "unsigned" not in c.flags:
        autograph(w.sh, 26, y + 1, rng, c=PEN_BLUE)
    tx(w.sh, 24, y + 17, f"Me {L['first']} {L['last']}", f=PLT, pt=10)
    w.y = y + 27
    rows = annex_rows(c, lang)
    if rows:
        w.room(14)
        w.mark("inventory")
        w.line("Inventaire des pièces", f=PLT_B, pt=10.5, after=1.5)
        for k, d, pgs in rows:
            w.line(f"Pièce {k} : {d} ({pgs} p.)", pt=9.4)
    for i, sh in enumerate(w.sheets):
        if len(w.sheets) > 1:
            tx(sh, 186, 284, f"{i + 1}/{len(w.sheets)}", f=PLT, pt=8.5, a="right", c=GREY)
    return w.sheets, w.tags


def app_de_prose(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """Antrag einer Eupener Kanzlei in Bookman: the letterhead aligned RIGHT with a thin rule over the whole width,
    'Einschreiben' in bold above the Office's address at the left, 'Betrifft:' underlined, sections lettered
    'A)' to 'F)' with their headings in bold italics; closes 'Mit vorzüglicher Hochachtung'; the signature sits
    to the RIGHT of the printed label 'Rechtsanwalt/Rechtsanwältin' on the same line; 'Anlagen' as a dashed
    list."""
    L, lang = c.lawyer, "de"

    def page(i):
        sh = Sheet()
        if i == 0:
            for j, s in enumerate([L["firm"], f"{L['street']} · {L['pc']} {L['city']}", f"Tel. {L['tel']}",
                                   L["mail"]]):
                tx(sh, 186, 12 + j * 4.2, s, f=BK_B if j == 0 else BK, pt=9.6 if j == 0 else 7.8, a="right")
            hline(sh, 24, 186, 30, lw=0.3)
            return sh, 38
        hline(sh, 24, 186, 16, lw=0.2)
        tx(sh, 186, 11, f"Seite {i + 1}", f=BK, pt=8, a="right", c=GREY)
        return sh, 22

    w = Writer(page, f=BK, pt=9.6)
    tx(w.sh, 24, w.y, "Einschreiben", f=BK_B, pt=9.6)
    for i, s in enumerate(DVZ["de"]):
        tx(w.sh, 24, w.y + 5.5 + i * 4.6, s, f=BK, pt=9.6)
    w.y += 32
    tx(w.sh, 186, w.y, f"{L['city']}, den {_b9.fdate(c.app_date, 'long', 'de')}", f=BK, pt=9.6, a="right")
    w.y += 10
    t = f"Betrifft: Antrag nach Artikel 9ter des Gesetzes vom 15.12.1980 - {who(c.p, c.name_style)}"
    tx(w.sh, 24, w.y, t, f=BK_B, pt=9.6)
    hline(w.sh, 24, 24 + min(162, tw(t, BK_B, 9.6)), w.y + 4.6, lw=0.2)
    w.y += 11
    w.text("Sehr geehrte Damen und Herren,", after=3)
    w.text(f"namens und in Vollmacht {'meiner Mandantin' if fem(c) else 'meines Mandanten'} {s_person(c, lang)} "
           f"beantrage ich hiermit die Erlaubnis zum Aufenthalt aus medizinischen Gründen.", align="justify",
           tag="personal")
    n = [0]

    def head(i):
        w.room(12)
        w.line(f"{'ABCDEF'[n[0]]})  {HEADS[lang][i]}", f=BK_I, pt=9.8, after=1)
        n[0] += 1

    body(w, c, lang, head)
    w.text(s_request(c, lang), align="justify", after=4)
    w.room(40)
    w.text("Mit vorzüglicher Hochachtung", after=8)
    w.mark("signature")
    y = w.y
    lab = "Rechtsanwältin" if L["sex"] == "F" else "Rechtsanwalt"
    tx(w.sh, 24, y + 6, f"{L['first']} {L['last']}, {lab}", f=BK, pt=9.6)
    if "unsigned" not in c.flags:
        autograph(w.sh, 28 + tw(f"{L['first']} {L['last']}, {lab}", BK, 9.6), y, rng, c=PEN_NAVY)
    w.y = y + 22
    rows = annex_rows(c, lang)
    if rows:
        w.room(12)
        w.mark("inventory")
        w.line("Anlagen", f=BK_B, pt=9.8, after=1)
        for k, d, pgs in rows:
            w.line(f"- Anlage {k}: {d} ({pgs} S.)", pt=9)
    return w.sheets, w.tags


def app_en_letter(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """An application written in English by a Brussels law clinic (Carlito): clinic's name in a teal band, 'BY
    REGISTERED MAIL' above the Office's address, numbered paragraphs '1.1', '1.2'... with bold headings; signed at
    the end above the typed name."""
    L, lang = c.lawyer, "en"

    def page(i):
        sh = Sheet()
        if i == 0:
            band(sh, 0, 8, 210, 14, (0, 110, 120))
            tx(sh, 24, 11, "Brussels Migrant Health Law Clinic", f=CR_B, pt=13, c=(255, 255, 255))
            tx(sh, 186, 12.5, f"{L['street']}, {L['pc']} {L['city']}", f=CR, pt=8.4, a="right", c=(255, 255, 255))
            return sh, 32
        return sh, 20

    w = Writer(page, f=CR, pt=10.5)
    tx(w.sh, 24, w.y, "BY REGISTERED MAIL", f=CR_B, pt=9.6)
    for i, s in enumerate(DVZ["en"]):
        tx(w.sh, 24, w.y + 5 + i * 4.8, s, f=CR, pt=10)
    w.y += 30
    tx(w.sh, 186, w.y, f"{L['city']}, {_b9.fdate(c.app_date, 'long', 'en')}", f=CR, pt=10, a="right")
    w.y += 9
    w.text(f"Re: application for leave to remain on medical grounds (Article 9ter) - {who(c.p, c.name_style)}",
           f=CR_B, after=3)
    w.text("Dear Sir or Madam,", after=3)
    w.text(f"We act for {s_person(c, lang)} and hereby apply on {sa(c, lang)} behalf for leave to remain on medical "
           f"grounds.", tag="personal")
    n = [0]

    def head(i):
        n[0] += 1
        w.room(12)
        w.line(f"{n[0]}. {HEADS[lang][i]}", f=CR_B, after=1)

    body(w, c, lang, head, align="left")
    w.text(s_request(c, lang))
    w.room(40)
    w.text("Yours faithfully,", after=2)
    w.mark("signature")
    y = w.y
    if "unsigned" not in c.flags:
        autograph(w.sh, 26, y, rng, c=PEN_BLUE)
    tx(w.sh, 24, y + 16, f"{L['first']} {L['last']}", f=CR, pt=10.5)
    w.y = y + 26
    rows = annex_rows(c, lang)
    if rows:
        w.mark("inventory")
        w.line("Annexes", f=CR_B, after=1)
        for k, d, pgs in rows:
            w.line(f"{k}. {d} ({pgs} p.)", pt=9.6)
    return w.sheets, w.tags


def _comb(sh: Sheet, x, y, n, cell, s, rng, *, hand, f, ink, pt=11.5) -> None:
    """A row of letter boxes, one character per box (hand-filled in capitals, or typed)."""
    s = gl(s.upper(), f if hand else COU)[:n]
    for i in range(n):
        box(sh, x + i * cell, y, cell, cell * 1.25, lw=0.18, c=GREY)
    for i, ch in enumerate(s):
        if ch == " ":
            continue
        if hand:
            pen(sh, x + i * cell + cell * 0.18, y + 0.2, ch, rng, f=f, pt=pt, c=ink)
        else:
            tx(sh, x + i * cell + cell / 2, y + 0.9, ch, f=COU, pt=pt - 1.5, a="center")


def _cellbox(sh, x, y, w, h, label, value, rng, *, hand, f, ink, lf=AVG, pt=11.0):
    """A box with its label printed small INSIDE the top-left corner and the answer under it."""
    box(sh, x, y, w, h, lw=0.25, c=GREY)
    tx(sh, x + 1.2, y + 0.8, label, f=lf, pt=6.6, c=GREY)
    if value:
        if hand:
            pen_lines(sh, x + 2, y + 3.6, w - 3, value, rng, f=f, pt=pt, lh=5.4, c=ink, n=max(1, int((h - 3) / 5.4)))
        else:
            para(sh, x + 2, y + 4.2, w - 4, value, f=COU, pt=9.4, lead=1.25)


def app_nl_form(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """Intake form of an Antwerp social-legal service ('Aanvraagformulier medische regularisatie - art. 9ter'), filled
    in BY HAND in blue ballpoint: name fields as rows of letter boxes, the other answers in boxes whose labels sit
    in the box's top-left corner; sections on grey bars numbered 'DEEL 1' ...; the identity and medical
    paragraphs in free-text boxes; the applicant's signature box at the end with the label ABOVE it; two
    pages."""
    lang = "nl"
    hand = True
    hf = random.Random(c.seed + 5).choice([H_DKG, H_CAPS, H_DKG_B])
    ink = random.Random(c.seed + 6).choice([PEN_BLUE, PEN_NAVY])
    tags: dict[str, int] = {}
    s1, s2 = Sheet(), Sheet()
    for i, sh in enumerate((s1, s2)):
        tx(sh, 186, 10, f"blad {i + 1}/2", f=AVG, pt=7.6, a="right", c=GREY)
    tx(s1, 24, 12, "VZW Recht op Zorg Antwerpen - sociaal-juridische dienst", f=AVG_B, pt=9.4)
    tx(s1, 24, 20, "AANVRAAGFORMULIER MEDISCHE REGULARISATIE (art. 9ter Vreemdelingenwet)", f=AVG_B, pt=11.6)
    tx(s1, 24, 26, f"Te versturen per aangetekende brief aan: {', '.join(DVZ['nl'])}", f=AVG, pt=7.8, c=GREY)

    def bar(sh, y, t):
        band(sh, 24, y, 162, 6, (214, 214, 214))
        tx(sh, 26, y + 1.2, t, f=AVG_B, pt=9)
        return y + 8

    p = c.p
    y = bar(s1, 33, "DEEL 1 - PERSOONLIJKE GEGEVENS VAN DE AANVRAGER")
    tags["personal"] = 1
    tx(s1, 24, y, "Naam", f=AVG, pt=7.4, c=GREY)
    _comb(s1, 46, y - 1, 28, 4.9, p.surname, rng, hand=hand, f=hf, ink=ink)
    y += 8.5
    tx(s1, 24, y, "Voornamen", f=AVG, pt=7.4, c=GREY)
    _comb(s1, 46, y - 1, 28, 4.9, p.given_names, rng, hand=hand, f=hf, ink=ink)
    y += 9
    nobp, nonat = "no_birthplace" in c.flags, "no_nationality" in c.flags
    bcode = _b9.country_code_of(p.birth_country, p.nationality)
    _cellbox(s1, 24, y, 52, 11, "Geboortedatum", dt_(c, p.birth_date, lang), rng, hand=hand, f=hf, ink=ink)
    _cellbox(s1, 76, y, 56, 11, "Geboorteplaats", "" if nobp else p.birth_place, rng, hand=hand, f=hf, ink=ink)
    _cellbox(s1, 132, y, 54, 11, "Geboorteland", "" if nobp else cn(bcode, lang), rng, hand=hand, f=hf, ink=ink)
    y += 11
    _cellbox(s1, 24, y, 52, 11, "Nationaliteit", "" if nonat else cadj(p.nationality, lang), rng, hand=hand, f=hf,
             ink=ink)
    _cellbox(s1, 76, y, 56, 11, "Rijksregisternr. / OV-nr.", c.nrn or c.ov or "", rng, hand=hand, f=hf, ink=ink)
    _cellbox(s1, 132, y, 54, 11, "Geslacht (M/V)", "M" if p.sex == "M" else "V", rng, hand=hand, f=hf, ink=ink)
    y += 14
    y = bar(s1, y, "DEEL 2 - VERBLIJFPLAATS EN WOONSTKEUZE")
    tags["residence"] = 1
    _cellbox(s1, 24, y, 162, 11, "Adres van de effectieve verblijfplaats in België",
             "" if "no_address" in c.flags else home(c, lang), rng, hand=hand, f=hf, ink=ink)
    y += 11
    _cellbox(s1, 24, y, 162, 11, "Gekozen woonplaats (adres voor briefwisseling)", domicile_value(c, lang), rng,
             hand=hand, f=hf, ink=ink)
    y += 14
    y = bar(s1, y, "DEEL 3 - IDENTITEIT")
    tags["identity"] = 1
    _cellbox(s1, 24, y, 162, 40, "Identiteitsbewijs (of grond van vrijstelling) - zie bijlagen", s_identity(c, lang),
             rng, hand=hand, f=hf, ink=ink, pt=9.5)
    y += 43
    y = bar(s1, y, "DEEL 4 - MEDISCHE GEGEVENS")
    tags["medical"] = 1
    _cellbox(s1, 24, y, 162, 300 - y - 22 if y < 240 else 30, "Aandoening, ernst en behandeling (zie standaard "
             "medisch getuigschrift)", s_medical(c, lang), rng, hand=hand, f=hf, ink=ink, pt=9.5)
    y = 16.0
    if c.coi_in_app and "no_coi" not in c.flags:
        y = bar(s2, y, "DEEL 5 - BESCHIKBAARHEID EN TOEGANKELIJKHEID VAN DE ZORG IN HET HERKOMSTLAND")
        tags["coi"] = 2
        _cellbox(s2, 24, y, 162, 52, "Toelichting", s_care(c, lang), rng, hand=hand, f=hf, ink=ink, pt=9.5)
        y += 56
    fam = s_family(c, lang)
    if fam:
        y = bar(s2, y, "DEEL 6 - GEZINSLEDEN")
        tags["family"] = 2
        _cellbox(s2, 24, y, 162, 36, "Gezinsleden die de aanvraag mee indienen", fam, rng, hand=hand, f=hf, ink=ink,
                 pt=9.5)
        y += 40
    hist = s_history(c, lang)
    if hist:
        y = bar(s2, y, "DEEL 7 - EERDERE PROCEDURES")
        tags["parallel"] = 2
        _cellbox(s2, 24, y, 162, 24, "Asiel / eerdere aanvraag 9ter", hist, rng, hand=hand, f=hf, ink=ink, pt=9.5)
        y += 28
    y = bar(s2, y, "BIJLAGEN")
    for k, d, pgs in annex_rows(c, lang):
        tx(s2, 26, y, f"{k}.", f=AVG, pt=8.6)
        pen(s2, 34, y - 1.4, f"{d} ({pgs} blz.)", rng, f=hf, pt=10, c=ink, w=150)
        y += 6
    y += 5
    y = para(s2, 24, y, 162, "Ik verklaar dat de gegevens in dit formulier juist en volledig zijn en vraag een "
             "machtiging tot verblijf op grond van artikel 9ter.", f=AVG, pt=8.8) + 3
    tags["signature"] = 2
    _cellbox(s2, 24, y, 60, 12, "Datum", dt_(c, c.app_date, lang), rng, hand=hand, f=hf, ink=ink)
    tx(s2, 96, y, "Handtekening van de aanvrager", f=AVG, pt=7.6, c=GREY)
    box(s2, 96, y + 3.5, 90, 24, lw=0.25, c=GREY)
    if "unsigned" not in c.flags:
        autograph(s2, 104, y + 7, rng, c=ink)
    return [s1, s2], tags


def app_fr_form(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """Typed request form of a Brussels CPAS social service ('Formulaire de demande - séjour pour raisons médicales
    (9ter)'): a two-column table with the captions in a grey LEFT column and the typed answers (Liberation Sans) in
    the right, rubric numbers '1.1', '1.2'...; long answers wrap inside their cell; the signature block at the foot
    with 'Signature du demandeur ou de son avocat' and the signature BELOW it, a date cell to the left; stapled."""
    lang = "fr"
    tags: dict[str, int] = {}
    sheets: list[Sheet] = []
    st = {"y": 0.0}

    def new():
        sh = Sheet()
        if not sheets:
            tx(sh, 24, 12, "CPAS de Saint-Gilles - Service social - Cellule séjour", f=LS_B, pt=9)
            tx(sh, 24, 20, "FORMULAIRE DE DEMANDE - SÉJOUR POUR RAISONS MÉDICALES (ART. 9TER)", f=LS_B, pt=11.5)
            tx(sh, 24, 26, "À envoyer par recommandé : " + ", ".join(DVZ["fr"]), f=LS, pt=7.6, c=GREY)
            st["y"] = 34.0
            staple(sh, rng, "tl")
        else:
            st["y"] = 18.0
        sheets.append(sh)
        return sh

    new()

    def row(no, label, value, *, tag=None, lines_min=1):
        sh = sheets[-1]
        lines = sh.wrap(gl(value or "", LS), 104, font=LS, size_pt=9.2) if value else [""]
        h = max(7.5, 4.2 * max(lines_min, len(lines)) + 3)
        if st["y"] + h > 272:
            sh = new()
        if tag:
            tags.setdefault(tag, len(sheets))
        y = st["y"]
        band(sh, 24, y, 56, h, (226, 226, 226))
        box(sh, 24, y, 162, h, lw=0.2, c=GREY)
        sh.rule(80, y, 80, y + h, width_mm=0.2, color=GREY)
        tx(sh, 26, y + 1.8, no, f=LS_B, pt=8.2)
        para(sh, 33, y + 1.8, 45, label, f=LS, pt=8, lead=1.2)
        if value:
            para(sh, 82, y + 1.8, 102, value, f=LS, pt=9.2, lead=1.3)
        st["y"] = y + h

    def sect(t):
        if st["y"] + 20 > 272:
            new()
        st["y"] += 3
        tx(sheets[-1], 24, st["y"], t, f=LS_B, pt=9.8)
        st["y"] += 6

    p = c.p
    nobp, nonat = "no_birthplace" in c.flags, "no_nationality" in c.flags
    bcode = _b9.country_code_of(p.birth_country, p.nationality)
    sect("1. Identification du demandeur")
    row("1.1", "Nom", p.surname.upper(), tag="personal")
    row("1.2", "Prénom(s)", p.given_names)
    row("1.3", "Date de naissance", dt_(c, p.birth_date, lang))
    row("1.4", "Lieu et pays de naissance", "" if nobp else f"{p.birth_place} ({cn(bcode, lang)})")
    row("1.5", "Nationalité", "" if nonat else cadj(p.nationality, lang))
    row("1.6", "N° de registre national ou SP", c.nrn or c.ov or "")
    sect("2. Résidence et domicile élu")
    row("2.1", "Adresse de la résidence effective en Belgique", "" if "no_address" in c.flags else home(c, lang),
        tag="residence")
    row("2.2", "Domicile élu", domicile_value(c, lang))
    sect("3. Preuve d'identité")
    row("3.1", "Document(s) produit(s) ou motif de dispense", s_identity(c, lang), tag="identity")
    sect("4. Éléments médicaux")
    row("4.1", "Maladie, degré de gravité, traitement", s_medical(c, lang), tag="medical")
    if c.coi_in_app and "no_coi" not in c.flags:
        row("4.2", "Disponibilité et accessibilité des soins au pays d'origine", s_care(c, lang), tag="coi")
    fam = s_family(c, lang)
    if fam:
        sect("5. Membres de la famille")
        row("5.1", "Membres de la famille inclus dans la demande", fam, tag="family")
    hist = s_history(c, lang)
    if hist:
        sect("6. Procédures antérieures")
        row("6.1", "Asile / demande 9ter antérieure", hist, tag="parallel")
    sect("7. Pièces jointes")
    row("7.1", "Inventaire", "; ".join(f"{k}. {d} ({pgs} p.)" for k, d, pgs in annex_rows(c, lang)))
    if st["y"] + 40 > 272:
        new()
    sh = sheets[-1]
    y = st["y"] + 6
    tags["signature"] = len(sheets)
    box(sh, 24, y, 50, 26, lw=0.25, c=GREY)
    tx(sh, 26, y + 1.5, "Date", f=LS, pt=7.6, c=GREY)
    tx(sh, 26, y + 10, dt_(c, c.app_date, lang), f=LS, pt=10)
    box(sh, 78, y, 108, 26, lw=0.25, c=GREY)
    tx(sh, 80, y + 1.5, "Signature du demandeur ou de son avocat", f=LS, pt=7.6, c=GREY)
    if "unsigned" not in c.flags:
        autograph(sh, 92, y + 7, rng, c=PEN_BLUE)
    n = len(sheets)
    for i, s_ in enumerate(sheets):
        tx(s_, 186, 286, f"page {i + 1} / {n}", f=LS, pt=7.6, a="right", c=GREY)
    return sheets, tags


_reg("be9ter-app-nl-lawyer-prose-schoolbook-marge-nummers-venster-rechts-inventaristabel-45", "application", "nl",
     app_nl_prose, "Dutch lawyer's letter, numbers in the margin, window address at the right, annex table")
_reg("be9ter-app-fr-lawyer-prose-palatino-romeinse-koppen-recommande-kader-45", "application", "fr", app_fr_prose,
     "French lawyer's request, roman-numbered centred headings, framed RECOMMANDÉ")
_reg("be9ter-app-de-lawyer-prose-eupen-bookman-buchstaben-unterschrift-rechts-vom-label-45", "application", "de",
     app_de_prose, "German lawyer's request from Eupen, lettered sections, signature beside the label")
_reg("be9ter-app-nl-form-sociaal-juridisch-lettervakjes-balpen-45", "application", "nl", app_nl_form,
     "Dutch intake form filled in by hand, letter boxes, labels inside the boxes")
_reg("be9ter-app-fr-form-cpas-grijze-labelkolom-getypt-nietje-45", "application", "fr", app_fr_form,
     "French CPAS form, grey caption column, typed answers")
_reg("be9ter-app-en-law-clinic-carlito-genummerde-koppen-45", "application", "en", app_en_letter,
     "an application written in English (not accepted)")


# =========================================================================== standard medical certificates

OLD = {
    "nl": dict(title="STANDAARD MEDISCH GETUIGSCHRIFT", sub="bestemd voor de Dienst Vreemdelingenzaken (artikel 9ter "
               "van de wet van 15 december 1980)", pat="Naam en voornaam van de patiënt", bd="Geboortedatum",
               nat="Nationaliteit", A="A/ Historiek (datum eerste consultatie, verloop)",
               B="B/ DIAGNOSE: beschrijving van de aard en van de graad van ernst van de aandoening(en)",
               Bsev="Graad van ernst", C="C/ Huidige behandeling en medicatie (indien van toepassing: ingrepen, "
               "hospitalisaties)", Cdur="Voorziene duur van de behandeling",
               D="D/ Wat zouden de gevolgen en mogelijke complicaties zijn indien de behandeling wordt stopgezet?",
               E="E/ Evolutie en prognose", F="F/ Wat zijn de noden op het gebied van opvolging? Is mantelzorg "
               "medisch vereist?", doc="Naam, RIZIV-nummer, handtekening en stempel van de arts", riz="RIZIV-nr.",
               date="Datum"),
    "fr": dict(title="CERTIFICAT MÉDICAL TYPE", sub="destiné à l'Office des Étrangers (article 9ter de la loi du 15 "
               "décembre 1980)", pat="Nom et prénom du patient", bd="Date de naissance", nat="Nationalité",
               A="A/ Historique (date de la première consultation, évolution)",
               B="B/ DIAGNOSTIC : description de la nature et du degré de gravité de la/des affection(s)",
               Bsev="Degré de gravité", C="C/ Traitement actuel et médication (le cas échéant : interventions, "
               "hospitalisations)", Cdur="Durée prévue du traitement",
               D="D/ Quelles seraient les conséquences et complications éventuelles d'un arrêt du traitement ?",
               E="E/ Évolution et pronostic", F="F/ Quels sont les besoins en matière de suivi ? Une prise en charge "
               "de la dépendance est-elle médicalement requise ?", doc="Nom, n° INAMI, signature et cachet du "
               "médecin", riz="N° INAMI", date="Date"),
    "de": dict(title="STANDARDISIERTES ÄRZTLICHES ATTEST", sub="für das Ausländeramt (Artikel 9ter des Gesetzes vom "
               "15. Dezember 1980)", pat="Name und Vorname des Patienten", bd="Geburtsdatum",
               nat="Staatsangehörigkeit", A="A/ Vorgeschichte (erste Konsultation, Verlauf)",
               B="B/ DIAGNOSE: Art und Schweregrad der Erkrankung(en)", Bsev="Schweregrad",
               C="C/ Aktuelle Behandlung und Medikation (ggf. Eingriffe, Krankenhausaufenthalte)",
               Cdur="Voraussichtliche Dauer der Behandlung",
               D="D/ Folgen und mögliche Komplikationen bei Abbruch der Behandlung", E="E/ Entwicklung und Prognose",
               F="F/ Bedarf an Nachsorge; ist Pflege durch Dritte medizinisch erforderlich?",
               doc="Name, LIKIV-Nummer, Unterschrift und Stempel des Arztes", riz="LIKIV-Nr.", date="Datum"),
}

NEW = {
    "nl": dict(title="Standaard medisch getuigschrift", model="Model in werking vanaf 1 maart 2024", s1="1. Patiënt",
               name="Naam", first="Voornaam", bd="Geboortedatum", nat="Nationaliteit", s2="2. Medische voorgeschiedenis",
               s3="3. Diagnose", s4="4. Graad van ernst van de aandoening",
               sev=["licht", "matig", "ernstig", "zeer ernstig / levensbedreigend"], sevx="Motivering",
               s5="5. Noodzakelijk geachte behandeling", med="Medicatie (stof, dosis)", intv="Andere behandeling",
               dur="Duur", s6="6. Gevolgen bij stopzetting", s7="7. Prognose", s8="8. Opvolging en zorgnoden",
               s9="9. Reisvermogen", s10="10. Arts", dname="Naam en voornaam", riz="RIZIV-nummer",
               spec="Specialisme", addr="Adres praktijk", date="Datum", sign="Handtekening en stempel"),
    "fr": dict(title="Certificat médical type", model="Modèle en vigueur à partir du 1er mars 2024", s1="1. Patient",
               name="Nom", first="Prénom", bd="Date de naissance", nat="Nationalité", s2="2. Antécédents médicaux",
               s3="3. Diagnostic", s4="4. Degré de gravité de l'affection",
               sev=["léger", "modéré", "grave", "très grave / menace vitale"], sevx="Justification",
               s5="5. Traitement estimé nécessaire", med="Médication (substance, dose)", intv="Autre traitement",
               dur="Durée", s6="6. Conséquences en cas d'arrêt", s7="7. Pronostic", s8="8. Suivi et besoins en soins",
               s9="9. Capacité de voyager", s10="10. Médecin", dname="Nom et prénom", riz="Numéro INAMI",
               spec="Spécialité", addr="Adresse du cabinet", date="Date", sign="Signature et cachet"),
    "de": dict(title="Standardisiertes ärztliches Attest", model="Muster gültig ab dem 1. März 2024", s1="1. Patient",
               name="Name", first="Vorname", bd="Geburtsdatum", nat="Staatsangehörigkeit", s2="2. Vorgeschichte",
               s3="3. Diagnose", s4="4. Schweregrad der Erkrankung",
               sev=["leicht", "mittel", "schwer", "sehr schwer / lebensbedrohlich"], sevx="Begründung",
               s5="5. Als notwendig erachtete Behandlung", med="Medikation (Wirkstoff, Dosis)",
               intv="Andere Behandlung", dur="Dauer", s6="6. Folgen bei Abbruch", s7="7. Prognose",
               s8="8. Nachsorge und Pflegebedarf", s9="9. Reisefähigkeit", s10="10. Arzt", dname="Name und Vorname",
               riz="LIKIV-Nummer", spec="Fachrichtung", addr="Anschrift der Praxis", date="Datum",
               sign="Unterschrift und Stempel"),
    "en": dict(title="Standard medical certificate", model="Model in force from 1 March 2024", s1="1. Patient",
               name="Surname", first="First name", bd="Date of birth", nat="Nationality", s2="2. Medical history",
               s3="3. Diagnosis", s4="4. Degree of severity of the condition",
               sev=["mild", "moderate", "severe", "very severe / life-threatening"], sevx="Reasons",
               s5="5. Treatment considered necessary", med="Medication (substance, dose)", intv="Other treatment",
               dur="Duration", s6="6. Consequences if treatment stops", s7="7. Prognosis", s8="8. Follow-up and care",
               s9="9. Fitness to travel", s10="10. Doctor", dname="Name and first name", riz="RIZIV/INAMI number",
               spec="Speciality", addr="Practice address", date="Date", sign="Signature and stamp"),
}


def vals(c: Case, lang: str) -> dict:
    """What the doctor writes, with this dossier's planted omission already applied."""
    t = ill(c, lang)
    il = ILLNESSES[c.illness]
    F = c.flags
    d = c.doctor
    nop = "mc_no_patient" in F
    s = t["severity"].lower()
    six = 3 if any(k in s for k in ("levens", "vital", "lebens", "life")) else 2
    return dict(name="" if nop else c.p.surname.upper(), first="" if nop else c.p.given_names,
                full="" if nop else f"{c.p.surname.upper()} {c.p.given_names}",
                bd="" if nop else _b9.fdate(c.p.birth_date, "dots", lang),
                nat="" if nop else cadj(c.p.nationality, lang if lang in ("nl", "fr", "de", "en") else "nl"),
                dname=f"{d.last.upper()} {d.first}", riz="" if "mc_no_riziv" in F else d.riziv,
                spec=SPECIALTY[d.spec][lang], addr=f"{d.inst}, {d.street}, {d.pc} {d.city}",
                diag="" if "mc_no_illness" in F else f"{t['name']} (ICD-10 {il['icd']})",
                hist="" if "mc_no_illness" in F else t["history"],
                sev=-1 if "mc_no_severity" in F else six, sevx="" if "mc_no_severity" in F else t["severity"],
                med="" if "mc_no_treatment" in F else "; ".join(t["meds"]),
                intv="" if "mc_no_treatment" in F else t["intervention"],
                dur="" if "mc_no_treatment" in F else t["duration"],
                cons=t["consequences"], prog=t["prognosis"], needs=t["needs"], travel=t["travel"],
                date=_b9.fdate(c.cert_date, c.cert_date_style, lang), signed="mc_unsigned" not in F)


def dstamp(c: Case, lang: str, riz: bool) -> list[str]:
    d = c.doctor
    out = [f"Dr. {d.first} {d.last}"[:30], SPECIALTY[d.spec][lang].upper()]
    if riz:
        out.append(d.riziv)
    out.append(f"{d.pc} {d.city}")
    return out


def mc_old_typed(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The previous (pre-2024) model filled in on a computer: the title centred in bold Times with the legal
    reference under it, the patient's name/birth date/nationality on three dotted lines at the top, sections
    'A/' to 'F/' as bold questions each followed by the typed answer in Courier Prime, no frames; the doctor's
    block at the end: name and RIZIV/INAMI number on the LEFT, date under them, signature and round stamp at the
    RIGHT above the printed label; one page, set tight."""
    O = OLD[lang]
    v = vals(c, lang)
    tags = {"patient": 1, "illness": 1, "severity": 1, "treatment": 1, "doctor": 1, "signature": 1}
    sh = Sheet()
    tx(sh, 105, 12, O["title"], f=TMS_B, pt=13.5, a="center")
    para(sh, 30, 18.5, 150, O["sub"], f=TMS_I, pt=8.6, align="center", lead=1.2)
    y = 30.0
    for lab, val in [(O["pat"], v["full"]), (O["bd"], v["bd"]), (O["nat"], v["nat"])]:
        tx(sh, 20, y, lab + " :", f=TMS, pt=9.4)
        x1 = 20 + tw(lab + " :", TMS, 9.4) + 2
        hline(sh, x1, 190, y + 4, c=SOFT, dash=0.5)
        if val:
            tx(sh, x1 + 1, y - 0.2, val, f=CPT, pt=9.6)
        y += 6
    y += 2

    def q(label, ans, after=2.2):
        nonlocal y
        y = para(sh, 20, y, 170, label, f=TMS_B, pt=9.2, lead=1.2) + 0.6
        if ans:
            y = para(sh, 24, y, 166, ans, f=CPT, pt=8.8, lead=1.22)
        else:
            y += 6
        y += after

    q(O["A"], v["hist"])
    q(O["B"], v["diag"], after=0.8)
    tx(sh, 24, y, O["Bsev"] + " :", f=TMS_I, pt=9)
    if v["sevx"]:
        y = para(sh, 24 + tw(O["Bsev"] + " : ", TMS_I, 9), y, 160 - tw(O["Bsev"], TMS_I, 9), v["sevx"], f=CPT, pt=8.8,
                 lead=1.22) + 2.2
    else:
        y += 8
    q(O["C"], "; ".join(x for x in (v["med"], v["intv"]) if x), after=0.8)
    tx(sh, 24, y, O["Cdur"] + " :", f=TMS_I, pt=9)
    tx(sh, 26 + tw(O["Cdur"] + " :", TMS_I, 9), y, v["dur"], f=CPT, pt=8.8)
    y += 6.5
    q(O["D"], v["cons"])
    q(O["E"], v["prog"])
    q(O["F"], v["needs"])
    y = max(y + 2, 222)
    hline(sh, 20, 190, y - 2, lw=0.3)
    tx(sh, 20, y, O["doc"], f=TMS_B, pt=8.8)
    tx(sh, 20, y + 6, f"Dr. {v['dname']}", f=CPT, pt=9.6)
    tx(sh, 20, y + 11, f"{O['riz']} {v['riz']}", f=CPT, pt=9.6)
    tx(sh, 20, y + 16, v["spec"], f=CPT, pt=9)
    tx(sh, 20, y + 21, c.doctor.inst, f=CPT, pt=8.6)
    tx(sh, 20, y + 28, f"{O['date']} : {v['date']}", f=CPT, pt=9.6)
    if v["signed"]:
        autograph(sh, 128, y + 6, rng, c=PEN_BLUE)
    inkstamp(sh, 150, y + 2, dstamp(c, lang, bool(v["riz"])), rng, shape="round", c=ST_BLUE, mm=32)
    return [sh], tags


def mc_old_hand(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The previous model printed blank (two pages, each question followed by four ruled lines) and filled in by
    hand with a fountain pen; the severity written in the margin of B with an arrow-like underline; the doctor's
    rectangular stamp (name, specialism, RIZIV/INAMI number) placed in the box at the end with the signature
    across it and the date written beside; page 2 carries the patient's name again at the top; copied out of a
    ring binder."""
    O = OLD[lang]
    v = vals(c, lang)
    hf = random.Random(c.seed + 8).choice([H_DKG_I, H_ZAP, H_DKG])
    ink = random.Random(c.seed + 9).choice([PEN_NAVY, PEN_BLACK, PEN_BLUE])
    tags = {"patient": 1, "illness": 1, "severity": 1, "treatment": 1, "doctor": 2, "signature": 2}
    s1, s2 = Sheet(), Sheet()
    tx(s1, 105, 12, O["title"], f=LB_B, pt=13, a="center")
    para(s1, 30, 18, 150, O["sub"], f=LB_I, pt=8.4, align="center", lead=1.2)
    y = 30.0
    for lab, val in [(O["pat"], v["full"]), (O["bd"], v["bd"]), (O["nat"], v["nat"])]:
        tx(s1, 20, y, lab, f=LB, pt=9.4)
        hline(s1, 74, 190, y + 4.4, c=SOFT)
        if val:
            pen(s1, 76, y - 1.8, val, rng, f=hf, pt=12, c=ink, w=112)
        y += 7.5

    def q(sh, y, label, ans, n=4):
        y = para(sh, 20, y, 170, label, f=LB_B, pt=9, lead=1.2) + 2.6
        for i in range(n):
            hline(sh, 20, 190, y + 4.6 + i * 6, c=(200, 205, 215))
        if ans:
            pen_lines(sh, 22, y + 0.3, 160, ans, rng, f=hf, pt=10, lh=6, c=ink, n=n)
        return y + n * 6 + 2.5

    y = q(s1, y + 2, O["A"], v["hist"], 4)
    y = q(s1, y, O["B"], v["diag"], 2)
    tx(s1, 20, y, O["Bsev"] + ":", f=LB_I, pt=9)
    for i in range(4):
        hline(s1, 20, 190, y + 4.6 + i * 6, c=(200, 205, 215))
    if v["sevx"]:
        pen_lines(s1, 48, y - 0.2, 140, v["sevx"], rng, f=hf, pt=10, lh=6, c=ink, n=4)
    y += 27
    y = q(s1, y, O["C"], "; ".join(x for x in (v["med"], v["intv"]) if x), 5)
    tx(s1, 20, y, O["Cdur"] + ":", f=LB_I, pt=9)
    hline(s1, 74, 190, y + 4.4, c=(200, 205, 215))
    if v["dur"]:
        pen(s1, 76, y - 1.8, v["dur"], rng, f=hf, pt=10.5, c=ink, w=112)
    tx(s2, 20, 12, f"{O['pat']}:", f=LB, pt=8.6, c=GREY)
    if v["full"]:
        pen(s2, 74, 10, v["full"], rng, f=hf, pt=11, c=ink)
    y = q(s2, 24, O["D"], v["cons"], 4)
    y = q(s2, y, O["E"], v["prog"], 3)
    y = q(s2, y, O["F"], v["needs"], 4)
    y += 6
    tx(s2, 20, y, O["doc"], f=LB_B, pt=9)
    box(s2, 20, y + 5, 170, 44, lw=0.3)
    inkstamp(s2, 28, y + 12, dstamp(c, lang, bool(v["riz"])), rng, shape="rect", c=ST_VIOLET, mm=50)
    if v["signed"]:
        autograph(s2, 40, y + 16, rng, c=ink)
    tx(s2, 120, y + 10, O["date"] + ":", f=LB, pt=9)
    pen(s2, 134, y + 8, v["date"], rng, f=hf, pt=12, c=ink)
    if not v["riz"]:
        pass
    return [punched(s1, rng), punched(s2, rng)], tags


def mc_new_typed(c: Case, rng: random.Random, *, lang: str, shaded: bool = True) -> tuple[list[Sheet], dict]:
    """The 2024 model filled in on screen: sections numbered '1.' to '10.' as white-on-navy bars, the patient's
    four fields in one row of cells, the severity as four square boxes in a row (the chosen one with a typed X),
    answers typed in DejaVu Sans in light-blue fields; two pages, the doctor's section 10 at the top of page 2 as a
    two-by-two grid with the signature area to the RIGHT of the date cell and the stamp over its edge."""
    N = NEW[lang]
    v = vals(c, lang)
    tags: dict[str, int] = {}
    s1, s2 = Sheet(), Sheet()
    navy = (28, 48, 96)
    tx(s1, 20, 12, N["title"].upper(), f=DV_B, pt=14)
    tx(s1, 20, 18.5, "Art. 9ter, § 1 - wet van 15.12.1980 / loi du 15.12.1980 / Gesetz vom 15.12.1980", f=DV, pt=7.6,
       c=GREY)
    tx(s1, 190, 12, N["model"], f=DV_O, pt=7.6, a="right", c=GREY)
    st = {"sh": s1, "y": 26.0}

    def bar(t):
        band(st["sh"], 20, st["y"], 170, 6, navy)
        tx(st["sh"], 22, st["y"] + 1, t, f=DV_B, pt=8.8, c=(255, 255, 255))
        st["y"] += 7.6

    def fld(label, value, h=7.0, x=20.0, w=170.0, step=True):
        sh, y = st["sh"], st["y"]
        if label:
            tx(sh, x, y, label, f=DV, pt=6.8, c=GREY)
            y += 3
        if shaded:
            band(sh, x, y, w, h, (228, 238, 250))
        box(sh, x, y, w, h, lw=0.15, c=SOFT)
        if value:
            para(sh, x + 1.5, y + 1, w - 3, value, f=DV, pt=8.2, lead=1.2)
        if step:
            st["y"] = y + h + 2.2
        return y + h + 2.2

    bar(N["s1"])
    tags["patient"] = 1
    x = 20.0
    yy = st["y"]
    for lab, val, w in [(N["name"], v["name"], 50), (N["first"], v["first"], 48), (N["bd"], v["bd"], 32),
                        (N["nat"], v["nat"], 34)]:
        st["y"] = yy
        fld(lab, val, x=x, w=w - 2, step=False)
        x += w
    st["y"] = yy + 12.4
    bar(N["s2"])
    fld("", v["hist"], h=14)
    bar(N["s3"])
    tags["illness"] = 1
    fld("", v["diag"], h=9)
    bar(N["s4"])
    tags["severity"] = 1
    x = 22.0
    for i, o in enumerate(N["sev"]):
        option(s1, x, st["y"], 3.6, i == v["sev"])
        tx(s1, x + 5, st["y"] + 0.2, o, f=DV, pt=8.2)
        x += 10 + tw(o, DV, 8.2)
    st["y"] += 6.5
    fld(N["sevx"], v["sevx"], h=13)
    bar(N["s5"])
    tags["treatment"] = 1
    fld(N["med"], v["med"], h=11)
    fld(N["intv"], v["intv"], h=11)
    fld(N["dur"], v["dur"], h=7)
    bar(N["s6"])
    fld("", v["cons"], h=12)
    st["sh"], st["y"] = s2, 16.0
    tx(s2, 190, 10, f"{v['full'] or '-'} · 2/2", f=DV, pt=7, a="right", c=GREY)
    bar(N["s7"])
    fld("", v["prog"], h=9)
    bar(N["s8"])
    fld("", v["needs"], h=12)
    bar(N["s9"])
    fld("", v["travel"], h=9)
    bar(N["s10"])
    tags["doctor"] = 2
    yy = st["y"]
    fld(N["dname"], v["dname"], w=84, step=False)
    fld(N["riz"], v["riz"], x=106, w=84, step=False)
    st["y"] = yy + 12.4
    yy = st["y"]
    fld(N["spec"], v["spec"], w=84, step=False)
    fld(N["addr"], v["addr"], x=106, w=84, step=False)
    st["y"] = yy + 12.4
    tags["signature"] = 2
    y = st["y"] + 2
    fld(N["date"], v["date"], w=50, step=False)
    tx(s2, 76, y, N["sign"], f=DV, pt=6.8, c=GREY)
    box(s2, 76, y + 3, 114, 30, lw=0.2, c=SOFT)
    if v["signed"]:
        autograph(s2, 86, y + 8, rng, c=PEN_BLUE)
    inkstamp(s2, 140, y + 12, dstamp(c, lang, bool(v["riz"])), rng, shape="rect", c=ST_BLUE, mm=40)
    return [s1, s2], tags


def mc_new_hand(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The 2024 model printed blank in Helvetica Narrow with hairline frames and filled in by hand in felt-tip
    capitals; the severity chosen by a pen TICK in one of four boxes stacked vertically at the right of the
    explanation; the doctor's name and RIZIV/INAMI number written in section 10, the signature BELOW the label
    'Handtekening en stempel' with an oval stamp beside; two pages, a yellow sticky note 'kopie voor DVZ' on page
    1; page 2 folded in three."""
    N = NEW[lang]
    v = vals(c, lang)
    hf = random.Random(c.seed + 12).choice([H_CAPS, H_DKG_B, H_BRP])
    ink = random.Random(c.seed + 13).choice([PEN_BLACK, PEN_NAVY, PEN_GREEN])
    tags = {"patient": 1, "illness": 1, "severity": 1, "treatment": 1, "doctor": 2, "signature": 2}
    s1, s2 = Sheet(), Sheet()
    tx(s1, 20, 12, N["title"], f=HLN_B, pt=15)
    tx(s1, 20, 19, N["model"], f=HLN, pt=8.6, c=GREY)
    sticky(s1, 150, 8, ["kopie voor DVZ" if lang == "nl" else ("copie pour l'OE" if lang == "fr" else "Kopie DVZ")],
           rng)

    def frame_(sh, y, h, title, ans, n):
        tx(sh, 20, y, title, f=HLN_B, pt=9.4)
        box(sh, 20, y + 4.5, 170, h, lw=0.15, c=GREY)
        if ans:
            pen_lines(sh, 23, y + 6, 164, ans, rng, f=hf, pt=10, lh=5.6, c=ink, n=n, caps=True)
        return y + h + 7

    y = 28.0
    tx(s1, 20, y, N["s1"], f=HLN_B, pt=9.4)
    y += 5
    for i, (lab, val) in enumerate([(N["name"], v["name"]), (N["first"], v["first"]), (N["bd"], v["bd"]),
                                    (N["nat"], v["nat"])]):
        x = 20 + (i % 2) * 86
        tx(s1, x, y, lab, f=HLN, pt=7.6, c=GREY)
        hline(s1, x + 26, x + 84, y + 4.4, c=GREY)
        if val:
            pen(s1, x + 27, y - 1.6, val, rng, f=hf, pt=11, c=ink, w=56, caps=True)
        if i % 2:
            y += 8
    y += 3
    y = frame_(s1, y, 18, N["s2"], v["hist"], 3)
    y = frame_(s1, y, 12, N["s3"], v["diag"], 2)
    tx(s1, 20, y, N["s4"], f=HLN_B, pt=9.4)
    box(s1, 20, y + 4.5, 120, 26, lw=0.15, c=GREY)
    if v["sevx"]:
        pen_lines(s1, 23, y + 6, 114, v["sevx"], rng, f=hf, pt=9.5, lh=5.4, c=ink, n=4, caps=True)
    for i, o in enumerate(N["sev"]):
        yy = y + 5 + i * 6.4
        option(s1, 144, yy, 3.6, i == v["sev"], rng, c=ink)
        tx(s1, 150, yy + 0.2, o, f=HLN, pt=fitpt(o, 40, HLN, 8.4))
    y += 37
    y = frame_(s1, y, 30, f"{N['s5']} - {N['med']} / {N['intv']}", "; ".join(x for x in (v["med"], v["intv"]) if x),
               5)
    tx(s1, 20, y - 2, N["dur"] + ":", f=HLN, pt=8.6, c=GREY)
    if v["dur"]:
        pen(s1, 36, y - 4, v["dur"], rng, f=hf, pt=10.5, c=ink, caps=True, w=150)
    y = frame_(s2, 16, 22, N["s6"], v["cons"], 3)
    y = frame_(s2, y, 14, N["s7"], v["prog"], 2)
    y = frame_(s2, y, 18, N["s8"], v["needs"], 3)
    y = frame_(s2, y, 12, N["s9"], v["travel"], 2)
    tx(s2, 20, y, N["s10"], f=HLN_B, pt=9.4)
    y += 6
    for lab, val in [(N["dname"], v["dname"]), (N["riz"], v["riz"]), (N["spec"], v["spec"]), (N["date"], v["date"])]:
        tx(s2, 20, y, lab, f=HLN, pt=8, c=GREY)
        hline(s2, 60, 150, y + 4.4, c=GREY)
        if val:
            pen(s2, 62, y - 1.6, val, rng, f=hf, pt=11, c=ink, caps=True, w=86)
        y += 8
    tx(s2, 20, y + 2, N["sign"], f=HLN, pt=8, c=GREY)
    if v["signed"]:
        autograph(s2, 24, y + 7, rng, c=ink)
    inkstamp(s2, 100, y + 2, dstamp(c, lang, bool(v["riz"])), rng, shape="oval", c=ST_BLUE, mm=44)
    return [s1, trifold(s2, rng)], tags


_reg("be9ter-medcert-old-fr-typed-times-courier-vragen-zonder-kaders-arts-links-45", "medical-certificate", "fr",
     lambda c, r: mc_old_typed(c, r, lang="fr"), "previous model typed, questions without frames, doctor's data left")
_reg("be9ter-medcert-old-nl-hand-vulpen-gelinieerd-rechthoekige-stempel-perforatie-45", "medical-certificate", "nl",
     lambda c, r: mc_old_hand(c, r, lang="nl"), "previous model filled in with a fountain pen on ruled lines")
_reg("be9ter-medcert-2024-nl-typed-navy-balken-lichtblauwe-velden-45", "medical-certificate", "nl",
     lambda c, r: mc_new_typed(c, r, lang="nl"), "2024 model typed, navy section bars, light-blue fields")
_reg("be9ter-medcert-2024-fr-hand-viltstift-kapitalen-vinkje-verticaal-geeltje-45", "medical-certificate", "fr",
     lambda c, r: mc_new_hand(c, r, lang="fr"), "2024 model filled in by hand in capitals, sticky note")
_reg("be9ter-medcert-2024-de-typed-navy-balken-45", "medical-certificate", "de",
     lambda c, r: mc_new_typed(c, r, lang="de", shaded=False), "2024 model typed in German, unshaded fields")
_reg("be9ter-medcert-old-nl-typed-times-courier-45", "medical-certificate", "nl",
     lambda c, r: mc_old_typed(c, r, lang="nl"), "previous model typed in Dutch")
_reg("be9ter-medcert-2024-en-typed-navy-balken-45", "medical-certificate", "en",
     lambda c, r: mc_new_typed(c, r, lang="en"), "the 2024 model filled in English (not accepted)")


# =========================================================================== medical statements

def _mlang(c: Case, doc) -> str:
    l_ = "fr" if doc.pc[:1] in ("4", "5", "6", "7") or doc.pc in ("1000", "1030", "1050", "1060") else "nl"
    if doc.pc.startswith("47"):
        l_ = "de"
    return l_ if l_ in ILLNESSES[c.illness] else ("fr" if "fr" in ILLNESSES[c.illness] else "nl")


def medstat_specialist(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A hospital specialist's letter to the referring GP: the hospital's name in a coloured box at the top LEFT,
    the department and the doctor's direct line under it, the GP's address at the right, 'Betreft/Concerne' with
    the patient's name and birth date, the findings as short paragraphs under bold run-in heads (Anamnese,
    Diagnose, Behandeling, Beleid); signed 'Collegiale groeten' with the signature to the RIGHT of the typed name;
    the hospital's footer line."""
    doc = c.doctor if "medcert_absent" in c.flags else c.specialist
    lang = _mlang(c, doc)
    t = ill(c, lang)
    il = ILLNESSES[c.illness]
    col = rng.choice([(0, 90, 130), (120, 40, 80), (30, 100, 60)])
    sh = Sheet()
    band(sh, 20, 12, 70, 16, col)
    para(sh, 23, 14, 64, doc.inst, f=LS_B, pt=9.6, c=(255, 255, 255), lead=1.15)
    tx(sh, 20, 31, doc.dept or SPECIALTY[doc.spec][lang], f=LS, pt=8.4, c=GREY)
    tx(sh, 20, 35, f"{doc.name()} · {doc.tel}", f=LS, pt=8.4, c=GREY)
    gp = _b9.MAISONS.get(lang, _b9.MAISONS["nl"])[c.seed % len(_b9.MAISONS.get(lang, _b9.MAISONS["nl"]))]
    for i, s in enumerate([{"nl": "Geachte collega", "fr": "Cher confrère", "de": "Sehr geehrte Kollegin"}[lang],
                           gp[0], gp[1], f"{gp[2]} {gp[3]}"]):
        tx(sh, 120, 14 + i * 4.8, s, f=LS, pt=9.4)
    md = c.medstat_date
    tx(sh, 190, 46, _b9.fdate(md, "long", lang), f=LS, pt=9.4, a="right")
    head = {"nl": "Betreft", "fr": "Concerne", "de": "Betrifft"}[lang]
    tx(sh, 20, 54, f"{head}: {c.p.surname.upper()} {c.p.given_names}, °{dn(c.p.birth_date, '/')}", f=LS_B, pt=10)
    heads = {"nl": ["Anamnese", "Diagnose", "Behandeling", "Beleid"], "fr": ["Anamnèse", "Diagnostic", "Traitement",
                                                                           "Attitude"],
             "de": ["Anamnese", "Diagnose", "Behandlung", "Procedere"]}[lang]
    y = 64.0
    for h, txt in zip(heads, [t["history"], f"{t['name']} ({il['icd']}). {t['severity']}",
                              "; ".join(t["meds"]) + ". " + t["intervention"],
                              t["needs"] + " " + t["prognosis"]]):
        tx(sh, 20, y, h + ".", f=LS_B, pt=9.8)
        y = para(sh, 20 + tw(h + ". ", LS_B, 9.8), y, 170 - tw(h + ". ", LS_B, 9.8), txt, f=LS, pt=9.8, lead=1.4) + 4
    y += 4
    tx(sh, 20, y, {"nl": "Collegiale groeten,", "fr": "Bien confraternellement,", "de": "Mit kollegialen Grüßen"}[lang],
       f=LS, pt=9.8)
    tx(sh, 20, y + 12, doc.name(), f=LS_B, pt=9.8)
    tx(sh, 20, y + 17, SPECIALTY[doc.spec][lang], f=LS_I, pt=9)
    autograph(sh, 26 + tw(doc.name(), LS_B, 9.8), y + 6, rng, c=PEN_BLUE)
    hline(sh, 20, 190, 280, lw=0.2, c=SOFT)
    tx(sh, 105, 282, f"{doc.inst} · {doc.street} · {doc.pc} {doc.city} · {doc.tel}", f=LS, pt=7.2, a="center",
       c=GREY)
    return [sh], {}


def medstat_report(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """'Verslag / Rapport' of a consultation printed from the hospital's electronic record: a grey patient strip
    across the top (name, birth date, patient number, visit date), the report in Courier-like monospace with
    capitalised section words ('KLACHTEN:', 'BESLUIT:'), a 'gevalideerd door / validé par' line with the doctor's
    name and time stamp instead of a pen signature; printed on grey recycled paper and slightly crooked."""
    doc = c.doctor if "medcert_absent" in c.flags else c.specialist
    lang = _mlang(c, doc)
    t = ill(c, lang)
    il = ILLNESSES[c.illness]
    sh = Sheet(paper="grey")
    band(sh, 14, 12, 182, 14, (210, 210, 210))
    tx(sh, 17, 14, f"{c.p.surname.upper()}, {c.p.given_names}", f=LM_B, pt=10)
    tx(sh, 17, 19.5, f"{'geb.' if lang == 'nl' else ('né(e) le' if lang == 'fr' else 'geb.')} "
       f"{dn(c.p.birth_date, '/')}   pat.nr. {crc(c.p.surname, c.seed) % 9000000 + 1000000}", f=LM, pt=8.6)
    tx(sh, 192, 14, doc.inst[:34], f=LM, pt=8.6, a="right")
    tx(sh, 192, 19.5, dn(c.medstat_date, "/"), f=LM, pt=8.6, a="right")
    title = {"nl": "CONSULTATIEVERSLAG", "fr": "RAPPORT DE CONSULTATION", "de": "KONSILIARBERICHT"}[lang]
    tx(sh, 14, 34, f"{title} - {(doc.dept or SPECIALTY[doc.spec][lang]).upper()}", f=LM_B, pt=10.5)
    secs = {"nl": ["VOORGESCHIEDENIS", "DIAGNOSE", "ERNST", "THERAPIE", "BESLUIT"],
            "fr": ["ANTÉCÉDENTS", "DIAGNOSTIC", "GRAVITÉ", "TRAITEMENT", "CONCLUSION"],
            "de": ["VORGESCHICHTE", "DIAGNOSE", "SCHWEREGRAD", "THERAPIE", "BEURTEILUNG"]}[lang]
    y = 44.0
    for s_, txt in zip(secs, [t["history"], f"{t['name']} [{il['icd']}]", t["severity"],
                              "; ".join(t["meds"]) + ". " + t["duration"], t["consequences"] + " " + t["prognosis"]]):
        tx(sh, 14, y, s_ + ":", f=LM_B, pt=9)
        y = para(sh, 14, y + 4.6, 180, txt, f=LM, pt=9, lead=1.35) + 3.5
    y += 6
    tx(sh, 14, y, ({"nl": "Gevalideerd door", "fr": "Validé par", "de": "Validiert von"}[lang] +
                   f": {doc.name()} ({SPECIALTY[doc.spec][lang]}) - {dn(c.medstat_date, '/')} "
                   f"{rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}"), f=LM, pt=8.8)
    tx(sh, 14, y + 5, f"RIZIV/INAMI {doc.riziv}", f=LM, pt=8.8)
    return [tilted(sh, rng.choice([-1.2, 0.9, 1.4]))], {}


def medstat_lab(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A clinical laboratory's results sheet: the lab's name and accreditation number at the top, the patient and
    prescriber in two boxes side by side, the analyses in a table (test, result, unit, reference range) with
    out-of-range results flagged 'H' or 'L' in bold, the biologist's validation at the foot."""
    doc = c.specialist
    lang = _mlang(c, doc)
    il = ILLNESSES[c.illness]
    sh = Sheet()
    tx(sh, 16, 12, {"nl": "Klinisch Laboratorium", "fr": "Laboratoire de biologie clinique",
                    "de": "Klinisches Labor"}[lang] + f" - {doc.inst}", f=HLV_B, pt=11)
    tx(sh, 16, 18, f"BELAC {rng.randint(100, 599)}-MED · {doc.street}, {doc.pc} {doc.city}", f=HLV, pt=8, c=GREY)
    box(sh, 16, 26, 86, 24, lw=0.25)
    box(sh, 108, 26, 86, 24, lw=0.25)
    tx(sh, 18, 27.5, "Patiënt / Patient", f=HLV, pt=7.4, c=GREY)
    tx(sh, 18, 32, f"{c.p.surname.upper()} {c.p.given_names}", f=HLV_B, pt=9.6)
    tx(sh, 18, 37.5, dn(c.p.birth_date, "/"), f=HLV, pt=9.4)
    tx(sh, 110, 27.5, "Voorschrijver / Prescripteur", f=HLV, pt=7.4, c=GREY)
    tx(sh, 110, 32, doc.name(), f=HLV_B, pt=9.6)
    tx(sh, 110, 37.5, f"Staal / Échantillon: {dn(c.medstat_date, '/')}", f=HLV, pt=9)
    y = 60.0
    for x, h in zip((16, 90, 122, 146), ("Analyse", "Resultaat / Résultat", "Eenheid", "Referentie")):
        tx(sh, x, y, h, f=HLV_B, pt=8.6)
    hline(sh, 16, 194, y + 5, lw=0.3)
    y += 8
    for name, res, unit, ref in il.get("lab", []):
        tx(sh, 16, y, name, f=HLV, pt=9.4)
        tx(sh, 90, y, res, f=HLV_B, pt=9.4)
        tx(sh, 122, y, unit, f=HLV, pt=9)
        tx(sh, 146, y, ref, f=HLV, pt=9)
        y += 6.4
    tx(sh, 16, y + 8, {"nl": "Gevalideerd door de klinisch bioloog", "fr": "Validé par le biologiste clinicien",
                       "de": "Validiert durch den klinischen Biologen"}[lang] + f", {dn(c.medstat_date, '/')}",
       f=HLV_I, pt=8.6)
    return [sh], {}


_reg("be9ter-medstat-specialist-brief-aan-huisarts-gekleurd-naamvak-run-in-koppen-45", "medical-statement", "nl",
     medstat_specialist, "specialist's letter to the GP with run-in heads")
_reg("be9ter-medstat-verslag-epd-afdruk-patientstrook-mono-gevalideerd-45", "medical-statement", "fr",
     medstat_report, "consultation report printed from the record, validated electronically")
_reg("be9ter-medstat-lab-resultatenblad-twee-kaders-referentiekolom-45", "medical-statement", "nl", medstat_lab,
     "laboratory results sheet")


# =========================================================================== country of origin information

def coi_fiche(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """Country sheet of a Belgian NGO network on access to care ('Fiche pays - accès aux soins'), French: the
    NGO's logo line, the country and the treatment in a two-line title, three headed blocks (Disponibilité /
    Accessibilité financière / Couverture maladie) with the facts and sources in footnote numbers, a small price
    table; printed from the web with the URL and print date at the foot."""
    o = BC[c.origin()]
    il = ILLNESSES[c.illness]
    drug = il.get("drug_l", {}).get("fr") or il["drug"]
    sh = Sheet()
    tx(sh, 16, 12, "Réseau Santé Migrations asbl", f=AVG_B, pt=11, c=(0, 110, 100))
    tx(sh, 16, 18, "Fiche pays - accès aux soins", f=AVG, pt=9, c=GREY)
    tx(sh, 16, 30, f"{o['fr'].upper()} - {drug}", f=AVG_B, pt=13)
    tx(sh, 16, 37, f"Mise à jour : {dn(SUB - timedelta(days=40 + c.seed % 90), '/')}", f=AVG, pt=8.6, c=GREY)
    y = 48.0
    blocks = [("Disponibilité", f"Le traitement ({drug}) n'est disponible qu'au {o['hospital']}, avec des ruptures "
                                f"de stock signalées à plusieurs reprises au cours de l'année écoulée.[1]"),
              ("Accessibilité financière", f"Coût mensuel estimé : {il['cost']}. Salaire mensuel moyen : "
                                           f"{o['wage']}.[2]"),
              ("Couverture maladie", f"{o['insurance_fr']}[3]")]
    for h, t in blocks:
        band(sh, 16, y, 3, 6, (0, 110, 100))
        tx(sh, 22, y + 0.6, h, f=AVG_B, pt=10.5)
        y = para(sh, 22, y + 8, 170, t, f=AVG, pt=10, lead=1.45) + 7
    for i, (a, b) in enumerate([("Poste", "Montant"), ("Traitement (1 mois)", il["cost"]),
                                ("Salaire moyen (1 mois)", o["wage"])]):
        box(sh, 22, y, 80, 7, lw=0.2, c=SOFT)
        box(sh, 102, y, 60, 7, lw=0.2, c=SOFT)
        tx(sh, 24, y + 1.5, a, f=AVG_B if i == 0 else AVG, pt=9)
        tx(sh, 104, y + 1.5, b, f=AVG_B if i == 0 else AVG, pt=9)
        y += 7
    y += 10
    for i, s in enumerate(["[1] Enquête auprès des pharmacies hospitalières, 2026.",
                           "[2] Statistiques nationales de l'emploi, dernière publication.",
                           "[3] Textes réglementaires de l'assurance maladie."], 1):
        tx(sh, 16, y, s, f=AVG, pt=8, c=GREY)
        y += 4.5
    tx(sh, 16, 286, f"https://www.reseau-sante-migrations.be/fiches/{c.origin().lower()}  "
       f"{dn(SUB - timedelta(days=5), '/')}", f=AVG, pt=7, c=GREY)
    return [sh], {}


def coi_brief_en(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """English 'Country brief: treatment availability' of an international medical NGO: a dark title band, a
    question/answer layout ('Q1 Is the treatment available?' ... 'Q3 Is it affordable?') with each answer in a
    light box, a footer with the document reference; two sentences highlighted in yellow by the lawyer."""
    o = BC[c.origin()]
    il = ILLNESSES[c.illness]
    sh = Sheet()
    band(sh, 0, 10, 210, 18, (40, 40, 60))
    tx(sh, 16, 13, "Country brief: treatment availability", f=CD_B, pt=14, c=(255, 255, 255))
    tx(sh, 16, 21, f"{o['en']} · {il['drug']}", f=CD, pt=10, c=(230, 230, 230))
    y = 38.0
    qa = [("Q1  Is the treatment available in the country?", f"Only at {o['hospital']}; supply has been interrupted "
                                                             f"repeatedly."),
          ("Q2  What does it cost the patient?", f"About {il['cost']} per month, against an average monthly wage "
                                                 f"of {o['wage']}."),
          ("Q3  Does health insurance cover it?", o["insurance_en"])]
    for i, (q, a) in enumerate(qa):
        tx(sh, 16, y, q, f=CD_B, pt=10.5)
        y += 6
        lines = sh.wrap(gl(a, CD), 170, font=CD, size_pt=10)
        h = len(lines) * 5.2 + 4
        band(sh, 16, y, 178, h, (238, 240, 246))
        if i in (0, 1):
            band(sh, 18, y + 1.6, min(170, tw(lines[0], CD, 10)) + 2, 5, (255, 240, 110))
        para(sh, 19, y + 2, 172, a, f=CD, pt=10, lead=1.45)
        y += h + 8
    tx(sh, 16, 284, f"Ref. CB-{c.origin()}-{SUB.year}-{c.seed % 90 + 10}", f=CD, pt=7.6, c=GREY)
    return [sh], {}


_reg("be9ter-coi-fr-fiche-pays-ngo-netwerk-drie-blokken-voetnoten-url-45", "country-of-origin-info", "fr", coi_fiche,
     "NGO country sheet in French with three blocks and footnotes")
_reg("be9ter-coi-en-country-brief-vraag-antwoord-markeerstift-45", "country-of-origin-info", "en", coi_brief_en,
     "English country brief as questions and answers, highlighted")


# =========================================================================== proof of pending asylum

def asylum_card(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The 'attest van immatriculatie / attestation d'immatriculation' (orange card, model A) as the commune issues
    it to an asylum seeker: a folded orange card copied open on A4, the photo at the LEFT of the inner half, the
    holder's data, the OV/SP number and the validity with two extension stamps; the commune's round stamp across
    the photo's corner; copied a little crooked."""
    p = c.p
    lodged = c.asylum["lodged"] if c.asylum else SUB - timedelta(days=200)
    issued = lodged + timedelta(days=rng.randint(20, 60))
    valid = min(SUB + timedelta(days=rng.randint(40, 150)), issued + timedelta(days=365 * 2))
    sh = Sheet()
    x0, y0, W, H = 22.0, 40.0, 166.0, 104.0
    band(sh, x0, y0, W, H, (250, 206, 150))
    box(sh, x0, y0, W, H, lw=0.3, c=(150, 100, 50))
    sh.rule(x0 + W / 2, y0, x0 + W / 2, y0 + H, width_mm=0.2, color=(150, 100, 50), dash=1.0)
    t = {"nl": ("KONINKRIJK BELGIË", "ATTEST VAN IMMATRICULATIE", "Model A", "Naam", "Voornamen", "Geboren op",
                "te", "Nationaliteit", "OV-nummer", "Geldig tot", "Verlengd tot"),
         "fr": ("ROYAUME DE BELGIQUE", "ATTESTATION D'IMMATRICULATION", "Modèle A", "Nom", "Prénoms", "Né(e) le",
                "à", "Nationalité", "N° SP", "Valable jusqu'au", "Prorogé jusqu'au")}[lang]
    tx(sh, x0 + W * 0.75, y0 + 20, t[0], f=HLV_B, pt=9, a="center")
    tx(sh, x0 + W * 0.75, y0 + 30, t[1], f=HLV_B, pt=11, a="center")
    tx(sh, x0 + W * 0.75, y0 + 37, t[2], f=HLV, pt=9, a="center")
    sh.photo(x0 + 4, y0 + 8, 24, 31, rng)
    y = y0 + 8
    for a, v in [(t[3], p.surname.upper()), (t[4], p.given_names), (t[5], dn(p.birth_date, "/")),
                 (t[6], p.birth_place), (t[7], cadj(p.nationality, lang)), (t[8], c.ov or ""),
                 (t[9], dn(valid - timedelta(days=180), "/"))]:
        tx(sh, x0 + 31, y, a, f=HLV, pt=6.8, c=GREY)
        tx(sh, x0 + 31, y + 2.6, v, f=HLV_B, pt=fitpt(v, 48, HLV_B, 8.6))
        y += 7.4
    inkstamp(sh, x0 + 14, y0 + 30, [f"{'GEMEENTE' if lang == 'nl' else 'COMMUNE'}", c.addr.city.upper(),
                                    "BEVOLKING" if lang == "nl" else "POPULATION"], rng, c=ST_BLUE, mm=22)
    inkstamp(sh, x0 + 8, y0 + 66, [t[10].upper(), dn(valid, "/"), c.addr.city.upper()], rng, shape="rect",
             c=ST_VIOLET, mm=32)
    return [tilted(sh, rng.choice([-1.5, 1.0, 1.8]))], {}


def asylum_cgvs(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The CGVS/CGRA's letter inviting the applicant to a personal interview: the federal letterhead at the top
    left, the applicant's name and address, the CGVS reference and OV/SP number in a grey box at the right, the
    date of lodging in the text and the interview date in bold; no signature (an official letter)."""
    p = c.p
    lodged = c.asylum["lodged"] if c.asylum else SUB - timedelta(days=200)
    d0 = SUB - timedelta(days=rng.randint(15, 60))
    iv = SUB + timedelta(days=rng.randint(10, 50))
    sh = Sheet()
    if lang == "nl":
        head = ["Commissariaat-generaal voor de Vluchtelingen en de Staatlozen", "Ernest Blerotstraat 39 - 1070 Brussel"]
        tlt = "Uitnodiging voor een persoonlijk onderhoud"
        txt = (f"U hebt op {dn(lodged, '/')} een verzoek om internationale bescherming ingediend. Uw verzoek wordt "
               f"momenteel onderzocht. U wordt uitgenodigd voor een persoonlijk onderhoud op")
        rest = "Breng deze brief en al uw documenten mee. Komt u niet, dan kan dat gevolgen hebben voor uw procedure."
    else:
        head = ["Commissariat général aux réfugiés et aux apatrides", "Rue Ernest Blerot 39 - 1070 Bruxelles"]
        tlt = "Convocation à un entretien personnel"
        txt = (f"Vous avez introduit une demande de protection internationale le {dn(lodged, '/')}. Votre demande est "
               f"en cours d'examen. Vous êtes convoqué(e) à un entretien personnel le")
        rest = ("Veuillez vous munir de la présente et de tous vos documents. Votre absence peut avoir des "
                "conséquences pour votre procédure.")
    tx(sh, 20, 14, head[0], f=CR_B, pt=10)
    tx(sh, 20, 19.5, head[1], f=CR, pt=8.6, c=GREY)
    for i, s in enumerate([f"{p.given_names} {p.surname.upper()}", c.addr.street + " " + c.addr.number,
                           f"{c.addr.postcode} {c.addr.city}"]):
        tx(sh, 20, 44 + i * 5, s, f=CR, pt=10)
    band(sh, 130, 40, 60, 22, (228, 228, 228))
    for i, s in enumerate([f"CG {SUB.year % 100}/{crc(p.surname, c.seed) % 90000 + 10000}",
                           f"{'OV' if lang == 'nl' else 'SP'} {c.ov or ''}", dn(d0, "/")]):
        tx(sh, 133, 43 + i * 6, s, f=CR_B if i == 0 else CR, pt=9.6)
    tx(sh, 20, 76, tlt, f=CR_B, pt=12)
    y = para(sh, 20, 86, 170, txt, f=CR, pt=10.5, lead=1.5)
    tx(sh, 20, y + 2, f"{dn(iv, '/')} - {rng.choice(['09:00', '09:30', '13:00', '13:30'])}", f=CR_B, pt=11)
    para(sh, 20, y + 12, 170, rest, f=CR, pt=10.5, lead=1.5)
    return [sh], {}


for _lg in ("nl", "fr"):
    _reg(f"be9ter-asylum-oranje-kaart-{_lg}-open-gevouwen-foto-links-verlengingsstempels-45", "asylum-proof", _lg,
         (lambda c, r, _l=_lg: asylum_card(c, r, lang=_l)), "orange card (model A) copied open")
    _reg(f"be9ter-asylum-cgvs-uitnodiging-{_lg}-grijs-referentievak-zonder-handtekening-45", "asylum-proof", _lg,
         (lambda c, r, _l=_lg: asylum_cgvs(c, r, lang=_l)), "CGVS/CGRA interview invitation")


# =========================================================================== proof of registered posting

def _sender(c: Case) -> list[str]:
    if "no_address" in c.flags or (c.lawyer and c.seed % 4 != 1):
        L = c.lawyer
        return [L["firm"], L["street"], f"{L['pc']} {L['city']}"]
    a = c.addr
    return [f"{c.p.given_names} {c.p.surname}", f"{a.street} {a.number}" + (f"/{a.box}" if a.box else ""),
            f"{a.postcode} {a.city}"]


def rm_deposit_slip(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """bpost's paper 'Bewijs van afgifte van een aangetekende zending / Preuve de dépôt d'un envoi recommandé'
    (the small white slip) filled in by hand - addressee in the upper box, sender below - with the printed barcode
    sticker and its number, the counter's round date stamp over the lower right; the slip scanned on an A5 sheet,
    crooked."""
    sh = Sheet(148, 105)
    box(sh, 4, 4, 140, 97, lw=0.3, c=(200, 40, 40))
    tx(sh, 8, 7, "bpost", f=HLV_B, pt=14, c=(220, 30, 40))
    tx(sh, 40, 7.5, "BEWIJS VAN AFGIFTE - AANGETEKENDE ZENDING", f=HLV_B, pt=7.6)
    tx(sh, 40, 11.5, "PREUVE DE DÉPÔT - ENVOI RECOMMANDÉ", f=HLV_B, pt=7.6)
    hf = random.Random(c.seed + 3).choice([H_DKG, H_CAPS, H_BRP])
    box(sh, 8, 18, 84, 32, lw=0.25)
    tx(sh, 9.5, 19, "Bestemmeling / Destinataire", f=HLV, pt=6.4, c=GREY)
    for i, s in enumerate(c.rm_to):
        pen(sh, 11, 23 + i * 7.5, s, rng, f=hf, pt=11, c=PEN_BLUE, w=78)
    box(sh, 8, 54, 84, 28, lw=0.25)
    tx(sh, 9.5, 55, "Afzender / Expéditeur", f=HLV, pt=6.4, c=GREY)
    for i, s in enumerate(_sender(c)):
        pen(sh, 11, 59 + i * 7, s, rng, f=hf, pt=10.5, c=PEN_BLUE, w=78)
    band(sh, 98, 20, 42, 22, (255, 255, 255))
    box(sh, 98, 20, 42, 22, lw=0.2, c=SOFT)
    barcode(sh, 101, 23, 36, 11, c.rm_track)
    tx(sh, 119, 36, _b9.track_spaced(c.rm_track), f=DVM, pt=6.4, a="center")
    inkstamp(sh, 100, 52, ["BPOST", dn(c.rm_date, "-"), _sender(c)[-1].split(" ", 1)[-1][:14].upper()], rng,
             c=ST_BLACK, mm=30)
    big = Sheet(210, 148)
    big.image(20, 16, 148, 105, raster(sh, 220))
    return [tilted(big, rng.choice([-2.4, -1.6, 2.0, 2.6]))], {"addressee": 1}


def rm_counter_list(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A law office's list of registered items handed in at the post office ('Lijst van aangetekende zendingen /
    Liste des envois recommandés'): a table of the day's items (number, addressee, barcode number) with this
    dossier's letter to DVZ among others, the clerk's counter stamp and initials at the bottom; A4, typed."""
    L = c.lawyer
    sh = Sheet()
    tx(sh, 16, 14, L["firm"], f=LN_B, pt=12)
    tx(sh, 16, 20, f"{L['street']}, {L['pc']} {L['city']}", f=LN, pt=9, c=GREY)
    tx(sh, 16, 34, "LIJST VAN AANGETEKENDE ZENDINGEN / LISTE DES ENVOIS RECOMMANDÉS", f=LN_B, pt=11.5)
    tx(sh, 16, 41, f"Datum van afgifte / Date de dépôt: {dn(c.rm_date, '/')}", f=LN, pt=10)
    others = [["Rechtbank van eerste aanleg", "Opgeëistenstraat 401", "9000 Gent"],
              ["Raad voor Vreemdelingenbetwistingen", "Gaucheretstraat 92-94", "1030 Brussel"],
              ["OCMW", "Onderbergen 86", "9000 Gent"], ["Tribunal du travail", "Place Saint-Lambert", "4000 Liège"]]
    r2 = random.Random(c.seed + 71)
    items = [(r2.choice(others), _b9.s10_tracking(r2)) for _ in range(r2.randint(1, 3))]
    pos = r2.randint(0, len(items))
    items.insert(pos, (c.rm_to, c.rm_track))
    y = 54.0
    for x, h in zip((16, 28, 120), ("Nr.", "Bestemmeling / Destinataire", "Nummer / Numéro")):
        tx(sh, x, y, h, f=LN_B, pt=9.4)
    hline(sh, 16, 194, y + 5, lw=0.35)
    y += 8
    for i, (to, tr) in enumerate(items, 1):
        tx(sh, 16, y, str(i), f=LN, pt=9.6)
        para(sh, 28, y, 88, ", ".join(to), f=LN, pt=9.6, lead=1.2)
        tx(sh, 120, y, _b9.track_spaced(tr), f=DVM, pt=8.8)
        y += 11
        hline(sh, 16, 194, y - 2.5, lw=0.15, c=SOFT)
    inkstamp(sh, 120, y + 10, ["BPOST", dn(c.rm_date, "-"), _sender(c)[-1].split(" ", 1)[-1][:14].upper()], rng,
             c=ST_RED, mm=32)
    autograph(sh, 160, y + 18, rng, w=24, h=9, c=PEN_BLACK, style="initials")
    return [sh], {"addressee": 1}


def rm_label_receipt(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """Phone photo of the receipt part of a pre-printed registered-mail label (bought online, printed at home):
    the R logo, the tracking barcode, 'Aangetekend / Recommandé', the addressee and sender blocks printed, and the
    post office's date stamp pressed on it; lying on a duvet."""
    sh = Sheet(120, 150)
    band(sh, 6, 6, 108, 14, (220, 30, 40))
    tx(sh, 12, 8, "R", f=HLV_B, pt=24, c=(255, 255, 255))
    tx(sh, 30, 9, "AANGETEKEND · RECOMMANDÉ", f=HLV_B, pt=10, c=(255, 255, 255))
    barcode(sh, 14, 26, 92, 16, c.rm_track)
    tx(sh, 60, 44, _b9.track_spaced(c.rm_track), f=DVM, pt=9, a="center")
    tx(sh, 10, 54, "Bestemmeling / Destinataire", f=HLV, pt=7.4, c=GREY)
    for i, s in enumerate(c.rm_to):
        tx(sh, 10, 59 + i * 5, s, f=HLV_B, pt=9.4)
    tx(sh, 10, 80, "Afzender / Expéditeur", f=HLV, pt=7.4, c=GREY)
    for i, s in enumerate(_sender(c)):
        tx(sh, 10, 85 + i * 4.6, s, f=HLV, pt=8.8)
    tx(sh, 10, 104, "Bewijs van afgifte - bewaar dit deel / Preuve de dépôt - conservez cette partie", f=HLV_I, pt=6.2)
    inkstamp(sh, 62, 108, ["BPOST", dn(c.rm_date, "."), _sender(c)[-1].split(" ", 1)[-1][:14].upper()], rng,
             c=ST_BLACK, mm=32)
    page = Sheet(150, 200)
    page.image(15, 20, 120, 150, raster(sh, 200))
    return [duvet_photo(page, rng)], {"addressee": 1}


_reg("be9ter-rm-bpost-witte-afgiftestrook-handgeschreven-a5-scheef-45", "registered-mail-receipt", "nl",
     rm_deposit_slip, "bpost deposit slip filled in by hand, on an A5 scan")
_reg("be9ter-rm-kantoorlijst-aangetekende-zendingen-loketstempel-paraaf-45", "registered-mail-receipt", "nl",
     rm_counter_list, "law office's list of registered items, stamped by the counter")
_reg("be9ter-rm-voorgedrukt-label-ontvangstdeel-gsm-foto-dekbed-45", "registered-mail-receipt", "fr",
     rm_label_receipt, "receipt part of a pre-printed registered label, photographed")


# =========================================================================== other pieces

def other_declaration(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The applicant's handwritten declaration on honour of identity ('Verklaring op erewoord' / 'Déclaration sur
    l'honneur') on a sheet of squared school paper: name, birth date and place, nationality and the statement that
    no identity document is left, written in blue ballpoint, signed at the bottom right with the place and date
    to the left."""
    p = c.p
    lang = c.lang if c.lang in ("nl", "fr") else "fr"
    sh = Sheet()
    for x in range(0, 211, 5):
        sh.rule(x, 0, x, 297, width_mm=0.08, color=(200, 215, 235))
    for y in range(0, 298, 5):
        sh.rule(0, y, 210, y, width_mm=0.08, color=(200, 215, 235))
    hf = random.Random(c.seed + 17).choice([H_DKG, H_DKG_I, H_BRP])
    title = "Verklaring op erewoord" if lang == "nl" else "Déclaration sur l'honneur"
    pen(sh, 60, 20, title, rng, f=hf, pt=17, c=PEN_BLUE)
    bp = f"{p.birth_place} ({cn(_b9.country_code_of(p.birth_country, p.nationality), lang)})"
    txt = (f"Ik, ondergetekende, {p.given_names} {p.surname}, geboren op {dn(p.birth_date, '/')} te {bp}, van "
           f"{cadj(p.nationality, 'nl')} nationaliteit, verklaar op erewoord dat dit mijn echte identiteit is. Ik heb "
           f"geen paspoort en geen identiteitskaart meer." if lang == "nl" else
           f"Je soussigné{'e' if fem(c) else ''}, {p.given_names} {p.surname}, né{'e' if fem(c) else ''} le "
           f"{dn(p.birth_date, '/')} à {bp}, de nationalité {cadj(p.nationality, 'fr')}, déclare sur l'honneur que "
           f"ceci est ma véritable identité. Je n'ai plus ni passeport ni carte d'identité.")
    y = pen_lines(sh, 20, 40, 170, txt, rng, f=hf, pt=13, lh=10, c=PEN_BLUE)
    pen(sh, 20, y + 14, f"{c.addr.city}, {dn(c.app_date, '/')}", rng, f=hf, pt=12, c=PEN_BLUE)
    autograph(sh, 130, y + 10, rng, c=PEN_BLUE)
    return [sh], {}


def other_pharmacy(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A pharmacy's till receipt for the month's medicines (narrow thermal paper): the pharmacy's name and APB
    number, the patient, the medicines with their CNK codes and prices, the patient's share; photographed."""
    t = ill(c, "fr" if "fr" in ILLNESSES[c.illness] else "nl")
    sh = Sheet(80, 150)
    tx(sh, 40, 6, rng.choice(["Pharmacie du Midi", "Apotheek De Zwaan", "Pharmacie Centrale"]), f=LM_B, pt=10,
       a="center")
    tx(sh, 40, 11, f"APB {rng.randint(100000, 999999)}", f=LM, pt=7.4, a="center")
    tx(sh, 4, 18, f"{dn(SUB - timedelta(days=rng.randint(5, 40)), '/')}  {rng.randint(8, 19):02d}:"
       f"{rng.randint(0, 59):02d}", f=LM, pt=7.6)
    tx(sh, 4, 23, f"{c.p.surname.upper()} {c.p.given_names[:12]}", f=LM, pt=7.6)
    y = 31.0
    tot = 0.0
    for m in t["meds"][:3]:
        pr = round(rng.uniform(8, 140), 2)
        tot += pr
        para(sh, 4, y, 72, m, f=LM, pt=7.4, lead=1.2)
        tx(sh, 76, y + 6.6, f"{pr:.2f}".replace(".", ","), f=LM, pt=7.6, a="right")
        tx(sh, 4, y + 6.6, f"CNK {rng.randint(1000000, 4999999)}", f=LM, pt=6.6)
        y += 13
    tx(sh, 4, y + 2, "TOTAL", f=LM_B, pt=8)
    tx(sh, 76, y + 2, f"{tot:.2f}".replace(".", ","), f=LM_B, pt=8, a="right")
    page = Sheet(120, 180)
    page.image(20, 15, 80, 150, raster(sh, 220))
    return [duvet_photo(page, rng)], {}


def other_email(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A printed e-mail from the treating doctor's secretary to the lawyer, forwarding the certificate: the mail
    client's header lines (Van/Aan/Datum/Onderwerp) in a grey block, two short paragraphs, the signature line of
    the secretariat; printed with the browser's page header and footer."""
    L = c.lawyer
    d = c.doctor
    sh = Sheet()
    tx(sh, 10, 6, f"Webmail - {L['mail']}", f=HLV, pt=7, c=GREY)
    band(sh, 16, 16, 178, 26, (236, 236, 236))
    rows = [("Van", f"secretariaat {d.inst} <secretariaat@{d.inst.split()[0].lower()}.be>"), ("Aan", L["mail"]),
            ("Datum", f"{dn(c.cert_date + timedelta(days=1), '/')} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}"),
            ("Onderwerp", f"Medisch getuigschrift {c.p.surname.upper()}")]
    for i, (a, b) in enumerate(rows):
        tx(sh, 19, 18 + i * 5.6, a + ":", f=HLV_B, pt=9)
        tx(sh, 42, 18 + i * 5.6, b, f=HLV, pt=9)
    y = para(sh, 16, 52, 178, f"Geachte meester {L['last']},\n\nIn bijlage vindt u het ingevulde standaard medisch "
             f"getuigschrift van {d.name()} voor uw cliënt(e) {c.p.given_names} {c.p.surname}. Het origineel wordt "
             f"u per post toegestuurd.\n\nMet vriendelijke groeten,\nhet secretariaat {SPECIALTY[d.spec]['nl']}",
             f=HLV, pt=10, lead=1.5)
    tx(sh, 10, 287, f"1 van 1    {dn(SUB - timedelta(days=2), '/')}", f=HLV, pt=7, c=GREY)
    return [sh], {}


_reg("be9ter-other-declaration-op-erewoord-handgeschreven-ruitjespapier-45", "other", "nl", other_declaration,
     "the applicant's handwritten declaration of identity on squared paper")
_reg("be9ter-other-pharmacy-kasticket-cnk-gsm-foto-45", "other", "fr", other_pharmacy,
     "pharmacy till receipt, photographed")
_reg("be9ter-other-email-secretariaat-arts-grijze-kop-45", "other", "nl", other_email,
     "printed e-mail from the doctor's secretariat")
