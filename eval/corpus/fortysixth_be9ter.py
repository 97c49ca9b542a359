"""9ter families of the `fortysixth` part (registered in be9ter.BFAMILIES).

Written by a writer who saw neither the validator nor its output, from the seeds (003, 004), rules.md and how such
papers look in Belgian files.  Every family (layout, wording, faces, signature placement and copy habit) is this
part's own and is described in its function's docstring only (the part is read blind).  The applications' sentences
are written here, in Dutch, French, German and English (`t_*` builders); the facts of a case (illness, doctors,
dates, flags) come from the case that be9ter's generic plan draws.

Importing this module tells be9ter which origins this part's 9ter applicants come from (Ethiopia, Haiti and
Cameroon: the countries of this part's identity families) and adds this part's extra clean dossiers, each under the
part's own key; nothing another part reads is changed.
"""

from __future__ import annotations

import datetime
import random
from datetime import timedelta

from . import be9ter as _b9
from .be9ter import ILLNESSES, SPECIALTY, Case
from .fortysixth_identity import (
    ARI, ARI_B, ARI_I, BALL_BLACK, BALL_BLUE, BLK, BOOK, BOOK_B, BOOK_I, CAL, CAL_B, CAL_I, CAM, CAM_B, CAM_I, CNEW, CNEW_B, DJC, DJC_B, DJM,
    DJM_B, FELT_RED, GOTH, GOTH_B, HEL, HEL_B, HELN, HELN_B,
    INK_GREEN, INK_ROYAL, LIB, LIB_B, LIB_I, MID, P_BOLD, P_BREIP, P_CAPS, P_CHANC, P_ITAL, P_KRISTI,
    P_ROUND, PAL, PAL_B, PAL_I, PALE, PRIME, SEAL_BLUE, SEAL_GREEN, SEAL_GREY, SEAL_PURPLE, SEAL_RED, TIM,
    TIM_B, TIM_I, TYPE, TYPE_B, askew, bars, block, coffee_ring, desk_photo, dlong, dmy, emblem, fit,
    frame, hand, hand_block, lines_of, nums, put, quarter, rule, scrawl, seal, shrink,
    tickbox, tint, to_img, toner_streak, vrule, wid,
)
from .paper import Sheet
from .people import format_address, strip_accents

PART = "fortysixth"
SUB = datetime.date(2026, 12, 1)

# this part's 9ter applicants: Ethiopia, Haiti and Cameroon (new key only)
_b9.PART_ORIGINS.setdefault(PART, ["ETH", "HTI", "CMR"])
# clean dossiers only this part has (new key only): identity pieces with a marriage act, an identity certificate
# with a child, the identity card with a marriage act, an expired passport with a child, a pending asylum procedure
# with a child, and identity pieces alone
_b9.EXTRA_CLEANS.setdefault(PART, [dict(id="pieces", family=["spouse"]), dict(id="certificate", family=["child"]),
                                   dict(id="idcard", family=["spouse"]), dict(id="passport-expired", family=["child"]),
                                   dict(id="asylum", family=["child"]), dict(id="pieces")])

BC = _b9.COUNTRIES


def _reg(fid: str, type_: str, lang: str, make, note: str) -> None:
    _b9._reg(fid, type_, PART, lang, make, note)


# =========================================================================== the case in words

def fem(c: Case) -> bool:
    return c.p.sex == "F"


def t_date(c: Case, d: datetime.date, lang: str, style: str | None = None) -> str:
    return _b9.fdate(d, style or c.date_style, lang if lang in ("nl", "fr", "de", "en") else "nl")


def t_name(p, style: str) -> str:
    return _b9.name_in(p, style)


def t_land(code: str, lang: str) -> str:
    return BC[code][lang] if code in BC else code


def t_adj(code: str, lang: str) -> str:
    return BC[code]["adj_" + lang] if code in BC else code


_FR_IN = {"ETH": "en Éthiopie", "HTI": "en Haïti", "CMR": "au Cameroun", "TUR": "en Turquie", "BEL": "en Belgique"}
_DE_IN = {"ETH": "in Äthiopien", "HTI": "in Haiti", "CMR": "in Kamerun", "TUR": "in der Türkei", "BEL": "in Belgien"}


def t_in(code: str, lang: str) -> str:
    if lang == "fr":
        return _FR_IN.get(code, "en " + t_land(code, "fr"))
    if lang == "de":
        return _DE_IN.get(code, "in " + t_land(code, "de"))
    return "in " + t_land(code, lang)


def t_addr(c: Case, lang: str, *, multiline: bool = False) -> str:
    """The address of effective residence, in this dossier's address form."""
    st = {"street-first": ("street_first", "residing")[c.seed % 2 if not multiline else 0],
          "slash-box": ("slash_box", "slashbus_box")[c.seed % 2],
          "number-first": "number_first",
          "postcode-first": ("postcode_first", "dash_box")[(c.seed // 3) % 2]}.get(c.addr_style, "street_first")
    if multiline:
        st = "multiline"
    if st == "residing":
        st = "street_first"
    return format_address(c.addr, st, lang if lang in ("nl", "fr", "de", "en") else "nl")


def t_ill(c: Case, lang: str) -> dict:
    il = ILLNESSES[c.illness]
    for k in (lang, "fr", "nl"):
        if k in il:
            return il[k]
    return il["nl"]


def t_client(c: Case, lang: str, cap: bool = False) -> str:
    s = {"nl": "verzoekster" if fem(c) else "verzoeker", "fr": "la requérante" if fem(c) else "le requérant",
         "de": "die Antragstellerin" if fem(c) else "der Antragsteller", "en": "the applicant"}[lang]
    return s[:1].upper() + s[1:] if cap else s


def t_his(c: Case, lang: str) -> str:
    return {"nl": "haar" if fem(c) else "zijn", "fr": "son", "de": "ihre" if fem(c) else "seine",
            "en": "her" if fem(c) else "his"}[lang]


def t_lawyer(c: Case, lang: str) -> str:
    L = c.lawyer
    return {"nl": f"Meester {L['first']} {L['last']}", "fr": f"Me {L['first']} {L['last']}",
            "de": f"Rechtsanwalt {L['first']} {L['last']}" if L.get("sex") != "F" else
            f"Rechtsanwältin {L['first']} {L['last']}", "en": f"{L['first']} {L['last']}"}[lang]


def t_ref(c: Case, key: str, lang: str) -> str:
    n = c.annex_no(key)
    if n is None:
        return ""
    return {"nl": f" (stuk {n})", "fr": f" (pièce {n})", "de": f" (Anlage {n})", "en": f" (enclosure {n})"}[lang]


def t_number(c: Case, lang: str) -> str:
    if c.nrn:
        return {"nl": f"rijksregisternummer {c.nrn}", "fr": f"n° de registre national {c.nrn}",
                "de": f"Nationalregisternummer {c.nrn}", "en": f"national register number {c.nrn}"}[lang]
    return {"nl": f"OV-nummer {c.ov}", "fr": f"n° SP {c.ov}", "de": f"OV-Nummer {c.ov}",
            "en": f"Immigration Office reference (OV) {c.ov}"}[lang]


def t_birthplace(c: Case, lang: str) -> str:
    p = c.p
    code = _b9.country_code_of(p.birth_country, p.nationality)
    return {"nl": f"te {p.birth_place} ({t_land(code, 'nl')})", "fr": f"à {p.birth_place} ({t_land(code, 'fr')})",
            "de": f"in {p.birth_place} ({t_land(code, 'de')})", "en": f"in {p.birth_place}, {t_land(code, 'en')}"}[lang]


def t_personal(c: Case, lang: str) -> str:
    """The applicant's identifying data in one run; the flags drop the place and country of birth, or the
    nationality."""
    p = c.p
    nm = t_name(p, c.name_style)
    bd = t_date(c, p.birth_date, lang)
    nobp, nonat = "no_birthplace" in c.flags, "no_nationality" in c.flags
    e = "e" if fem(c) else ""
    if lang == "nl":
        s = f"{nm}, geboren op {bd}" + ("" if nobp else f" {t_birthplace(c, lang)}")
        s += "" if nonat else f", van {t_adj(p.nationality, 'nl')} nationaliteit"
    elif lang == "fr":
        s = f"{nm}, né{e} le {bd}" + ("" if nobp else f" {t_birthplace(c, lang)}")
        s += "" if nonat else f", de nationalité {t_adj(p.nationality, 'fr')}"
    elif lang == "de":
        s = f"{nm}, geboren am {bd}" + ("" if nobp else f" {t_birthplace(c, lang)}")
        s += "" if nonat else f", Staatsangehörigkeit: {t_land(p.nationality, 'de')}"
    else:
        s = f"{nm}, born on {bd}" + ("" if nobp else f" {t_birthplace(c, lang)}")
        s += "" if nonat else f", a national of {t_land(p.nationality, 'en')}"
    return s + f", {t_number(c, lang)}"


def t_home(c: Case, lang: str) -> str:
    C = t_client(c, lang, True)
    if "no_address" in c.flags:
        return {"nl": f"{C} woont al verschillende jaren in België en wenst hier haar behandeling voort te zetten."
                .replace("haar", t_his(c, "nl")),
                "fr": f"{C} vit en Belgique depuis plusieurs années et souhaite y poursuivre son traitement.",
                "de": f"{C} lebt seit mehreren Jahren in Belgien und möchte die Behandlung hier fortsetzen.",
                "en": "The applicant has lived in Belgium for several years and wishes to continue treatment here."
                }[lang]
    a = t_addr(c, lang)
    return {"nl": f"{C} verblijft effectief op het adres {a}.",
            "fr": f"{C} réside effectivement à l'adresse suivante : {a}.",
            "de": f"{C} hält sich tatsächlich unter der Anschrift {a} auf.",
            "en": f"The applicant actually resides at {a}."}[lang]


def t_domicile(c: Case, lang: str) -> str | None:
    if "no_domicile" in c.flags or c.domicile == "none":
        return None
    if c.domicile == "lawyer" and c.lawyer:
        L = c.lawyer
        w = f"{L['street']}, {L['pc']} {L['city']}"
        return {"nl": f"Voor deze procedure kiest {t_client(c, 'nl')} woonplaats op het kantoor van "
                      f"{t_lawyer(c, 'nl')}, {w}.",
                "fr": f"Pour la présente procédure, {t_client(c, 'fr')} fait élection de domicile au cabinet de "
                      f"{t_lawyer(c, 'fr')}, {w}.",
                "de": f"Für dieses Verfahren wird Wohnsitz gewählt in der Kanzlei von {t_lawyer(c, 'de')}, {w}.",
                "en": f"For this procedure the applicant elects domicile at the office of counsel, {t_lawyer(c, 'en')}, "
                      f"{w}."}[lang]
    if c.domicile == "other" and c.other_domicile:
        return {"nl": f"Woonplaats wordt gekozen bij {c.other_domicile}.",
                "fr": f"Domicile est élu auprès de {c.other_domicile}.",
                "de": f"Als Zustellanschrift wird {c.other_domicile} gewählt.",
                "en": f"Domicile is elected with {c.other_domicile}."}[lang]
    return {"nl": "Dit adres geldt ook als gekozen woonplaats voor alle briefwisseling.",
            "fr": "Cette adresse vaut également élection de domicile pour toute correspondance.",
            "de": "Diese Anschrift gilt zugleich als gewählter Wohnsitz für jeden Schriftverkehr.",
            "en": "That address is also the elected domicile for all correspondence."}[lang]


def dom_value(c: Case, lang: str) -> str:
    if "no_domicile" in c.flags or c.domicile == "none":
        return ""
    if c.domicile == "lawyer" and c.lawyer:
        L = c.lawyer
        return f"{t_lawyer(c, lang)}, {L['street']}, {L['pc']} {L['city']}"
    if c.domicile == "other" and c.other_domicile:
        return c.other_domicile
    return {"nl": "zie adres verblijfplaats", "fr": "idem résidence", "de": "wie Wohnanschrift",
            "en": "as residence"}[lang]


def _idfam(c: Case, key: str):
    if key == "id-tr":
        return next((f for f in c.idfams if f.type == "translation"), None)
    if not key.startswith("id"):
        return None
    n = 1 if key == "id" else int(key[2:])
    return c.idfams[n - 1] if len(c.idfams) >= n else None


_WORD = {
    "passport": dict(nl="nationaal paspoort", fr="passeport national", de="Nationalpass", en="national passport"),
    "idcard": dict(nl="nationale identiteitskaart", fr="carte nationale d'identité", de="Personalausweis",
                   en="national identity card"),
    "birth-certificate": dict(nl="geboorteakte", fr="acte de naissance", de="Geburtsurkunde", en="birth certificate"),
    "nationality-certificate": dict(nl="nationaliteitsattest", fr="certificat de nationalité",
                                    de="Staatsangehörigkeitsbescheinigung", en="certificate of nationality"),
    "identity-certificate": dict(nl="identiteitsattest van de ambassade", fr="certificat d'identité de l'ambassade",
                                 de="Identitätsbescheinigung der Botschaft", en="embassy identity certificate"),
    "consular-card": dict(nl="consulaire kaart", fr="carte consulaire", de="Konsularkarte", en="consular card"),
    "driving-licence": dict(nl="rijbewijs", fr="permis de conduire", de="Führerschein", en="driving licence"),
    "translation": dict(nl="beëdigde vertaling", fr="traduction jurée", de="beeidigte Übersetzung",
                        en="sworn translation"),
    "declaration": dict(nl="verklaring op eer", fr="déclaration sur l'honneur", de="Erklärung auf Ehre",
                        en="declaration on honour"),
    "asylum": dict(nl="bewijs van de hangende asielprocedure", fr="preuve de la procédure d'asile pendante",
                   de="Nachweis des anhängigen Asylverfahrens", en="proof of the pending asylum procedure"),
    "other": dict(nl="apotheekfactuur", fr="facture de pharmacie", de="Apothekenrechnung", en="pharmacy invoice"),
}


def annex_label(c: Case, key: str, lang: str) -> str:
    """How this part's applications name each enclosure."""
    if key == "medcert":
        return {"nl": f"standaard medisch getuigschrift, {c.doctor.name()}, {t_date(c, c.cert_date, 'nl', 'dots')}",
                "fr": f"certificat médical type, {c.doctor.name()}, {t_date(c, c.cert_date, 'fr', 'dots')}",
                "de": f"standardisiertes ärztliches Attest, {c.doctor.name()}, {t_date(c, c.cert_date, 'de', 'dots')}",
                "en": f"standard medical certificate, {c.doctor.name()}, {t_date(c, c.cert_date, 'en', 'dots')}"}[lang]
    if key == "medstat":
        d = c.doctor if "medcert_absent" in c.flags else c.specialist
        return {"nl": f"medisch verslag, {d.name()}", "fr": f"rapport médical, {d.name()}",
                "de": f"ärztlicher Bericht, {d.name()}", "en": f"medical report, {d.name()}"}[lang]
    if key == "coi":
        return {"nl": f"informatie over beschikbaarheid en toegankelijkheid van de zorg in {t_land(c.origin(), 'nl')}",
                "fr": f"informations sur la disponibilité et l'accessibilité des soins {t_in(c.origin(), 'fr')}",
                "de": f"Informationen zur Verfügbarkeit und Zugänglichkeit der Behandlung {t_in(c.origin(), 'de')}",
                "en": f"information on availability and accessibility of care in {t_land(c.origin(), 'en')}"}[lang]
    if key.startswith("fam"):
        m = c.family[int(key[3:])]
        if m.rel == "child":
            return {"nl": f"geboorteakte {m.p.given_names}", "fr": f"acte de naissance de {m.p.given_names}",
                    "de": f"Geburtsurkunde {m.p.given_names}", "en": f"birth certificate of {m.p.given_names}"}[lang]
        return {"nl": "huwelijksakte", "fr": "acte de mariage", "de": "Heiratsurkunde", "en": "marriage certificate"}[lang]
    if key in ("asylum", "other"):
        return _WORD[key][lang]
    f = _idfam(c, key)
    if f is None:
        return _WORD["declaration"][lang]
    if f.type == "identity-document":
        return _WORD["passport" if f.mrz == "TD3" else "idcard"][lang]
    return _WORD.get(f.type, _WORD["other"])[lang]


def inventory(c: Case, lang: str) -> list[tuple[int, str, int]]:
    return [(i + 1, annex_label(c, k, lang), c.annex_pages.get(k, 1)) for i, (k, _d) in enumerate(c.annexes)]


def _joined(items: list[str], lang: str) -> str:
    conj = {"nl": " en ", "fr": " et ", "de": " und ", "en": " and "}[lang]
    if not items:
        return "-"
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + conj + items[-1]


def t_identity(c: Case, lang: str) -> str:
    k = c.id_kind
    r = lambda key: t_ref(c, key, lang)  # noqa: E731
    C = t_client(c, lang, True)
    his = t_his(c, lang)
    exp = t_date(c, c.id_expiry, lang) if c.id_expiry else ""
    if k in ("passport", "passport-mrz", "passport-name", "untranslated", "translated", "passport-expired"):
        if k == "passport-expired":
            s = {"nl": f"{C} legt een kopie neer van {his} nationaal paspoort{r('id')}. Het paspoort is sinds {exp} "
                       f"verlopen, maar blijft een identiteitsdocument in de zin van artikel 9ter, § 2.",
                 "fr": f"{C} produit une copie de son passeport national{r('id')}. Ce passeport est expiré depuis le "
                       f"{exp}, mais reste un document d'identité au sens de l'article 9ter, § 2.",
                 "de": f"{C} legt eine Kopie des Nationalpasses vor{r('id')}. Der Pass ist seit dem {exp} abgelaufen, "
                       f"bleibt aber ein Identitätsdokument im Sinne von Artikel 9ter § 2.",
                 "en": f"The applicant files a copy of {his} national passport{r('id')}. It expired on {exp} but "
                       f"remains an identity document within the meaning of Article 9ter § 2."}[lang]
        else:
            s = {"nl": f"{C} toont {his} identiteit aan met {his} nationaal paspoort, geldig tot {exp}{r('id')}.",
                 "fr": f"{C} établit son identité au moyen de son passeport national, valable jusqu'au {exp}{r('id')}.",
                 "de": f"{C} weist die Identität mit dem bis {exp} gültigen Nationalpass nach{r('id')}.",
                 "en": f"The applicant proves {his} identity with {his} national passport, valid until {exp}"
                       f"{r('id')}."}[lang]
        if k in ("untranslated", "translated"):
            s += {"nl": f" Daarnaast wordt {his} geboorteakte voorgelegd{r('id2')}",
                  "fr": f" Son acte de naissance est également produit{r('id2')}",
                  "de": f" Zusätzlich wird die Geburtsurkunde vorgelegt{r('id2')}",
                  "en": f" {his.capitalize()} birth record is also enclosed{r('id2')}"}[lang]
            s += ({"nl": f", samen met de beëdigde vertaling{r('id-tr')}.",
                   "fr": f", accompagné de sa traduction jurée{r('id-tr')}.",
                   "de": f", zusammen mit der beeidigten Übersetzung{r('id-tr')}.",
                   "en": f", together with its sworn translation{r('id-tr')}."}[lang] if k == "translated" else ".")
        return s
    if k == "idcard":
        return {"nl": f"{C} toont {his} identiteit aan met {his} nationale identiteitskaart{r('id')}.",
                "fr": f"{C} établit son identité au moyen de sa carte nationale d'identité{r('id')}.",
                "de": f"{C} weist die Identität mit dem nationalen Personalausweis nach{r('id')}.",
                "en": f"The applicant proves {his} identity with {his} national identity card{r('id')}."}[lang]
    if k in ("pieces", "pieces-nophoto", "certificate", "declarative-cert", "single-piece"):
        items = [f"{annex_label(c, kk, lang)}{r(kk)}" for kk, _ in c.annexes if kk.startswith("id")]
        lst = _joined(items, lang)
        if k in ("pieces", "pieces-nophoto"):
            return {"nl": f"{C} beschikt niet over een paspoort of identiteitskaart. {his.capitalize()} identiteit "
                          f"(volledige naam, geboorteplaats en -datum, nationaliteit) blijkt uit de volgende stukken "
                          f"samen: {lst}.",
                    "fr": f"{C} ne dispose ni d'un passeport ni d'une carte d'identité. Son identité (nom complet, lieu "
                          f"et date de naissance, nationalité) résulte des éléments suivants pris ensemble : {lst}.",
                    "de": f"{C} verfügt weder über einen Pass noch über einen Ausweis. Die Identität ergibt sich aus "
                          f"den folgenden Unterlagen zusammen: {lst}.",
                    "en": f"The applicant has neither passport nor identity card; {his} identity follows from the "
                          f"following pieces taken together: {lst}."}[lang]
        return {"nl": f"Ter staving van {his} identiteit wordt voorgelegd: {lst}.",
                "fr": f"À l'appui de son identité est produit : {lst}.",
                "de": f"Zum Nachweis der Identität wird vorgelegt: {lst}.",
                "en": f"In proof of identity the applicant files: {lst}."}[lang]
    if k in ("asylum", "asylum-noproof"):
        lodged = t_date(c, c.asylum["lodged"], lang)
        s = {"nl": f"{C} heeft op {lodged} een verzoek om internationale bescherming ingediend, waarover nog geen "
                   f"definitieve beslissing is genomen. Op grond van artikel 9ter, § 2, derde lid, is {t_client(c, lang)} "
                   f"daarom vrijgesteld van de verplichting de identiteit aan te tonen",
             "fr": f"{C} a introduit le {lodged} une demande de protection internationale qui n'a pas encore fait "
                   f"l'objet d'une décision définitive. En vertu de l'article 9ter, § 2, alinéa 3, "
                   f"{t_client(c, lang)} est dès lors dispensé{'e' if fem(c) else ''} de l'obligation d'établir son "
                   f"identité",
             "de": f"{C} hat am {lodged} einen Antrag auf internationalen Schutz gestellt, über den noch nicht "
                   f"endgültig entschieden ist; nach Artikel 9ter § 2 Absatz 3 entfällt daher die Pflicht zum "
                   f"Identitätsnachweis",
             "en": f"The applicant applied for international protection on {lodged}; no final decision has been "
                   f"taken, so under Article 9ter § 2(3) the duty to prove identity does not apply"}[lang]
        if k == "asylum":
            s += {"nl": f". Het bewijs hiervan is bijgevoegd{r('asylum')}.",
                  "fr": f". La preuve en est jointe{r('asylum')}.",
                  "de": f". Der Nachweis liegt bei{r('asylum')}.",
                  "en": f". Proof of this is enclosed{r('asylum')}."}[lang]
        else:
            s += "."
        return s
    if k == "declaration":
        return {"nl": f"{C} bezit geen enkel identiteitsdocument meer en verklaart {his} identiteit op eer{r('id')}.",
                "fr": f"{C} ne possède plus aucun document d'identité et déclare son identité sur l'honneur{r('id')}.",
                "de": f"{C} besitzt keinerlei Ausweisdokument mehr und erklärt die Identität auf Ehre{r('id')}.",
                "en": f"The applicant no longer holds any identity document and declares {his} identity on "
                      f"honour{r('id')}."}[lang]
    return {"nl": f"{C} heeft bij de ambassade een nieuw paspoort aangevraagd; een kopie wordt u bezorgd zodra het "
                  f"is afgegeven.",
            "fr": f"{C} a demandé un nouveau passeport auprès de son ambassade ; une copie vous sera transmise dès sa "
                  f"délivrance.",
            "de": f"{C} hat bei der Botschaft einen neuen Pass beantragt; eine Kopie wird nach Ausstellung "
                  f"nachgereicht.",
            "en": "The applicant has applied to the embassy for a new passport; a copy will be sent once it is "
                  "issued."}[lang]


def t_medical(c: Case, lang: str) -> str:
    t = t_ill(c, lang)
    il = ILLNESSES[c.illness]
    C = t_client(c, lang, True)
    doc = c.doctor
    spec = SPECIALTY[doc.spec][lang]
    cdate = _b9.fdate(c.cert_date, c.cert_date_style, lang)
    meds = ", ".join(t["meds"])
    if "medcert_absent" in c.flags:
        src = {"nl": f"Dit blijkt uit het verslag van {doc.name()}{t_ref(c, 'medstat', lang)}.",
               "fr": f"C'est ce qui ressort du rapport du {doc.name()}{t_ref(c, 'medstat', lang)}.",
               "de": f"Dies geht aus dem Bericht von {doc.name()} hervor{t_ref(c, 'medstat', lang)}.",
               "en": f"This is shown by the report of {doc.name()}{t_ref(c, 'medstat', lang)}."}[lang]
    else:
        src = {"nl": f"{doc.name()} ({spec}) vermeldt in het standaard medisch getuigschrift van {cdate}"
                     f"{t_ref(c, 'medcert', lang)} de ziekte, de graad van ernst en de noodzakelijk geachte behandeling.",
               "fr": f"Le {doc.name()} ({spec}) mentionne dans le certificat médical type du {cdate}"
                     f"{t_ref(c, 'medcert', lang)} la maladie, son degré de gravité et le traitement estimé "
                     f"nécessaire.",
               "de": f"{doc.name()} ({spec}) nennt im standardisierten ärztlichen Attest vom {cdate}"
                     f"{t_ref(c, 'medcert', lang)} die Krankheit, ihren Schweregrad und die als notwendig erachtete "
                     f"Behandlung.",
               "en": f"{doc.name()} ({spec}) states in the standard medical certificate of {cdate}"
                     f"{t_ref(c, 'medcert', lang)} the illness, its degree of severity and the treatment considered "
                     f"necessary."}[lang]
        if "medstat" in [k for k, _ in c.annexes]:
            src += {"nl": f" Zie ook het verslag van {c.specialist.name()}{t_ref(c, 'medstat', lang)}.",
                    "fr": f" Voir également le rapport du {c.specialist.name()}{t_ref(c, 'medstat', lang)}.",
                    "de": f" Siehe auch den Bericht von {c.specialist.name()}{t_ref(c, 'medstat', lang)}.",
                    "en": f" See also the report of {c.specialist.name()}{t_ref(c, 'medstat', lang)}."}[lang]
    name = t["name"] if lang == "de" else t["name"][:1].lower() + t["name"][1:]
    if lang == "en" and "en" not in il:
        name = f"a chronic condition ({il['icd']}) treated with {il['drug']}"
        return (f"The applicant suffers from {name}. Without continued treatment there is a real risk to life and "
                f"physical integrity. " + src)
    body = {"nl": f"{C} lijdt aan {name} (ICD-10 {il['icd']}). {t['severity']} De behandeling bestaat uit {meds}. "
                  f"Bij stopzetting: {t['consequences'][:1].lower() + t['consequences'][1:]}",
            "fr": f"{C} souffre d'une affection grave : {name} (CIM-10 {il['icd']}). {t['severity']} Le traitement "
                  f"comprend : {meds}. En cas d'arrêt : {t['consequences'][:1].lower() + t['consequences'][1:]}",
            "de": f"{C} leidet an {name} (ICD-10 {il['icd']}). {t['severity']} Die Behandlung besteht aus: {meds}. "
                  f"Bei Abbruch: {t['consequences']}",
            "en": f"The applicant suffers from {name} (ICD-10 {il['icd']}). {t['severity']} Treatment: {meds}. "
                  f"If it stops: {t['consequences'][:1].lower() + t['consequences'][1:]}"}[lang]
    return body + " " + src


def t_care(c: Case, lang: str) -> str:
    o = BC[c.origin()]
    il = ILLNESSES[c.illness]
    drug = il.get("drug_l", {}).get(lang) or il["drug"]
    ref = t_ref(c, "coi", lang)
    ins = o.get("insurance_" + lang) or o.get("insurance_en", "")
    return {"nl": f"In {t_land(c.origin(), 'nl')} is {drug} enkel verkrijgbaar in {o['hospital']}, en ook daar niet "
                  f"zonder onderbrekingen{ref}. Een maand behandeling kost er ongeveer {il['cost']}, bij een "
                  f"gemiddeld maandloon van {o['wage']}. {ins} {t_client(c, 'nl', True)} heeft in geen enkel ander "
                  f"land een verblijfsrecht.",
            "fr": f"{t_in(c.origin(), 'fr')[:1].upper() + t_in(c.origin(), 'fr')[1:]}, le traitement ({drug}) n'est "
                  f"disponible qu'à l'établissement {o['hospital']}, et de manière irrégulière{ref}. Un mois de "
                  f"traitement y coûte environ {il['cost']}, pour un salaire mensuel moyen de {o['wage']}. {ins} "
                  f"{t_client(c, 'fr', True)} ne bénéficie d'un droit de séjour dans aucun autre pays.",
            "de": f"{t_in(c.origin(), 'de')[:1].upper() + t_in(c.origin(), 'de')[1:]} ist {drug} nur in "
                  f"{o['hospital']} erhältlich, und auch dort nicht ohne Unterbrechungen{ref}. Ein Behandlungsmonat "
                  f"kostet etwa {il['cost']} bei einem durchschnittlichen Monatslohn von {o['wage']}. {ins} "
                  f"Ein Aufenthaltsrecht in einem anderen Land besteht nicht.",
            "en": f"In {t_land(c.origin(), 'en')} the treatment ({il['drug']}) is only available at {o['hospital']}, "
                  f"with interruptions{ref}. A month of treatment costs about {il['cost']}, against an average "
                  f"monthly wage of {o['wage']}. {o.get('insurance_en', '')} The applicant has no right of residence "
                  f"in any other country."}[lang]


def t_family(c: Case, lang: str) -> str | None:
    if not c.family:
        return None
    out = []
    for i, m in enumerate(c.family):
        q = m.p
        code = _b9.country_code_of(q.birth_country, q.nationality)
        rel = {"nl": ("echtgenote" if q.sex == "F" else "echtgenoot") if m.rel == "spouse" else
               ("dochter" if q.sex == "F" else "zoon"),
               "fr": ("épouse" if q.sex == "F" else "époux") if m.rel == "spouse" else
               ("fille" if q.sex == "F" else "fils"),
               "de": ("Ehefrau" if q.sex == "F" else "Ehemann") if m.rel == "spouse" else
               ("Tochter" if q.sex == "F" else "Sohn"),
               "en": ("wife" if q.sex == "F" else "husband") if m.rel == "spouse" else
               ("daughter" if q.sex == "F" else "son")}[lang]
        out.append({"nl": f"{rel} {t_name(q, c.name_style)}, °{t_date(c, q.birth_date, lang)} te {q.birth_place} "
                          f"({t_land(code, 'nl')}), {t_adj(q.nationality, 'nl')} nationaliteit",
                    "fr": f"{rel} {t_name(q, c.name_style)}, né{'e' if q.sex == 'F' else ''} le "
                          f"{t_date(c, q.birth_date, lang)} à {q.birth_place} ({t_land(code, 'fr')}), de nationalité "
                          f"{t_adj(q.nationality, 'fr')}",
                    "de": f"{rel} {t_name(q, c.name_style)}, geboren am {t_date(c, q.birth_date, lang)} in "
                          f"{q.birth_place} ({t_land(code, 'de')}), Staatsangehörigkeit {t_land(q.nationality, 'de')}",
                    "en": f"{rel} {t_name(q, c.name_style)}, born on {t_date(c, q.birth_date, lang)} in "
                          f"{q.birth_place} ({t_land(code, 'en')}), {t_adj(q.nationality, 'en')} national"}[lang]
                   + t_ref(c, f"fam{i}", lang))
    lst = "; ".join(out)
    return {"nl": f"De aanvraag wordt eveneens ingediend voor de gezinsleden die met {t_client(c, 'nl')} samenwonen: "
                  f"{lst}. De bewijzen van de verwantschap zijn bijgevoegd.",
            "fr": f"La demande est également introduite pour les membres de la famille qui vivent avec "
                  f"{t_client(c, 'fr')} : {lst}. Les preuves du lien de parenté sont jointes.",
            "de": f"Der Antrag wird auch für die im Haushalt lebenden Familienangehörigen gestellt: {lst}. Die "
                  f"Nachweise der Verwandtschaft liegen bei.",
            "en": f"The application is also made for the family members who live with the applicant: {lst}. "
                  f"Proof of the family ties is enclosed."}[lang]


def t_history(c: Case, lang: str) -> str | None:
    out = []
    a = c.asylum
    if a and a.get("status") == "refused":
        d = t_date(c, a["refused_on"], lang)
        out.append({"nl": f"Het verzoek om internationale bescherming werd op {d} door het CGVS geweigerd.",
                    "fr": f"La demande de protection internationale a été refusée par le CGRA le {d}.",
                    "de": f"Der Antrag auf internationalen Schutz wurde am {d} vom GKFS abgelehnt.",
                    "en": f"The application for international protection was refused by the CGRS on {d}."}[lang])
    if c.previous_9ter:
        d = t_date(c, c.previous_9ter, lang)
        ref = f"{(c.seed % 8_000_000) + 1_000_000}"
        out.append({"nl": f"Er is nog een eerdere aanvraag op grond van artikel 9ter hangende, ingediend op {d} "
                          f"(dossier {ref}). Door deze nieuwe aanvraag wordt daarvan afstand gedaan; alle relevante "
                          f"elementen worden hierin opnieuw uiteengezet.",
                    "fr": f"Une demande antérieure fondée sur l'article 9ter, introduite le {d} (dossier {ref}), est "
                          f"toujours pendante. La présente demande emporte désistement de celle-ci ; tous les éléments "
                          f"pertinents y sont repris.",
                    "de": f"Ein früherer Antrag nach Artikel 9ter vom {d} (Akte {ref}) ist noch anhängig. Mit dem "
                          f"vorliegenden Antrag wird darauf verzichtet; alle maßgeblichen Angaben werden hier "
                          f"wiederholt.",
                    "en": f"An earlier Article 9ter application of {d} (file {ref}) is still pending. This application "
                          f"withdraws it; everything relevant is set out again here."}[lang])
    return " ".join(out) if out else None


def t_request(c: Case, lang: str) -> str:
    return {"nl": f"Om deze redenen verzoekt {t_client(c, 'nl')} u om een machtiging tot verblijf van meer dan drie "
                  f"maanden op grond van artikel 9ter van de wet van 15 december 1980.",
            "fr": f"Pour ces motifs, {t_client(c, 'fr')} sollicite l'autorisation de séjourner plus de trois mois en "
                  f"Belgique sur la base de l'article 9ter de la loi du 15 décembre 1980.",
            "de": f"Aus diesen Gründen beantragt {t_client(c, 'de')} die Erlaubnis zum Aufenthalt von mehr als drei "
                  f"Monaten gemäß Artikel 9ter des Gesetzes vom 15. Dezember 1980.",
            "en": "For these reasons the applicant asks to be granted leave to remain for more than three months "
                  "under Article 9ter of the Law of 15 December 1980."}[lang]


OFFICE = {"nl": ["Dienst Vreemdelingenzaken", "Dienst Medisch Verblijf - 9ter", "Pachecolaan 44", "1000 Brussel"],
          "fr": ["Office des Étrangers", "Section 9ter - Séjour médical", "Boulevard Pachéco 44", "1000 Bruxelles"],
          "de": ["Ausländeramt - Dienst Medizinischer Aufenthalt", "Pachecolaan 44", "1000 Brüssel"],
          "en": ["Immigration Office (DVZ/OE)", "Medical Residence Department - 9ter", "Pachecolaan 44",
                 "1000 Brussels"]}

TITLES = {"nl": ["Persoonsgegevens", "Verblijfplaats en gekozen woonplaats", "Identiteit", "Medische toestand",
                 "Behandeling in het land van herkomst", "Gezinsleden", "Voorgaande procedures"],
          "fr": ["Données personnelles", "Résidence et élection de domicile", "Identité", "Situation médicale",
                 "Traitement au pays d'origine", "Membres de la famille", "Procédures antérieures"],
          "de": ["Persönliche Angaben", "Aufenthaltsort und gewählter Wohnsitz", "Identität", "Medizinische Lage",
                 "Behandlung im Herkunftsland", "Familienangehörige", "Frühere Verfahren"],
          "en": ["Personal details", "Residence and domicile", "Identity", "Medical situation",
                 "Treatment in the country of origin", "Family members", "Earlier procedures"]}


# =========================================================================== a text that runs over pages

class Pager:
    """Lays paragraphs down a page and onto new ones; ``tags`` keeps the 1-based page on which each named part
    begins."""

    def __init__(self, page_fn, *, left=25.0, right=185.0, foot=272.0, f=TIM, pt=10.5, lead=1.45):
        self.page_fn, self.left, self.right, self.foot, self.f, self.pt, self.lead = page_fn, left, right, foot, f, pt, lead
        self.sheets: list[Sheet] = []
        self.tags: dict[str, int] = {}
        self.y = 0.0
        self.next_page()

    def next_page(self) -> None:
        sh, top = self.page_fn(len(self.sheets))
        self.sheets.append(sh)
        self.y = top

    @property
    def sh(self) -> Sheet:
        return self.sheets[-1]

    def tag(self, k: str) -> None:
        self.tags.setdefault(k, len(self.sheets))

    def lh(self, pt=None) -> float:
        return (pt or self.pt) * 0.3528 * self.lead

    def need(self, h: float) -> None:
        if self.y + h > self.foot:
            self.next_page()

    def one(self, s, *, x=None, f=None, pt=None, c=BLK, a="left", gap=0.0) -> None:
        self.need(self.lh(pt))
        put(self.sh, self.left if x is None else x, self.y, s, f=f or self.f, pt=pt or self.pt, c=c, a=a)
        self.y += self.lh(pt) + gap

    def para(self, s: str, *, f=None, pt=None, indent=0.0, gap=3.0, align="left", c=BLK, tag=None,
             first_indent=0.0) -> None:
        f, pt = f or self.f, pt or self.pt
        s = fit(s, f)
        x = self.left + indent
        w = self.right - x
        lines = self.sh.wrap(s, w - first_indent, font=f, size_pt=pt)
        if first_indent and len(lines) > 1:
            rest = self.sh.wrap(" ".join(lines[1:]), w, font=f, size_pt=pt)
            lines = lines[:1] + rest
        lh = self.lh(pt)
        self.need(lh * min(2, len(lines)))
        if tag:
            self.tag(tag)
        for i, ln in enumerate(lines):
            if self.y + lh > self.foot:
                self.next_page()
            xx = x + (first_indent if i == 0 else 0)
            ww = w - (first_indent if i == 0 else 0)
            if align == "justify" and i < len(lines) - 1 and " " in ln.strip():
                words = ln.split()
                ws = [wid(wd, f, pt) for wd in words]
                gapw = (ww - sum(ws)) / (len(words) - 1)
                for wd, wdw in zip(words, ws):
                    put(self.sh, xx, self.y, wd, f=f, pt=pt, c=c)
                    xx += wdw + gapw
            else:
                put(self.sh, xx, self.y, ln, f=f, pt=pt, c=c)
            self.y += lh
        self.y += gap


def sections(w: Pager, c: Case, lang: str, head, *, align="justify", personal_text: str | None = None) -> None:
    """The application's body: each heading via head(i), then its paragraph; i indexes TITLES."""
    if personal_text is not None:
        head(0)
        w.para(personal_text, align=align, tag="personal")
    head(1)
    dom = t_domicile(c, lang)
    w.para(t_home(c, lang) + (" " + dom if dom else ""), align=align, tag="residence")
    head(2)
    w.para(t_identity(c, lang), align=align, tag="identity")
    head(3)
    w.para(t_medical(c, lang), align=align, tag="medical")
    if c.coi_in_app and "no_coi" not in c.flags:
        head(4)
        w.para(t_care(c, lang), align=align, tag="coi")
    fam = t_family(c, lang)
    if fam:
        head(5)
        w.para(fam, align=align, tag="family")
    hist = t_history(c, lang)
    if hist:
        head(6)
        w.para(hist, align=align, tag="parallel")


def _stamp_lines_lawyer(c: Case, lang: str) -> list[str]:
    L = c.lawyer
    return [L["firm"][:30].upper(), {"nl": "ADVOCAAT", "fr": "AVOCAT", "de": "RECHTSANWALT", "en": "LAWYER"}[lang],
            f"{L['pc']} {L['city'].upper()}"]


# =========================================================================== applications

def app_nl_prose(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """Dutch lawyer's letter in Caladea: the firm's name in small capitals at the top LEFT beside a thin vertical
    rule, its address and bar under it; at the right a framed 'AANGETEKEND' above DVZ's address; 'Uw kenmerk / Ons
    kenmerk' on one line, then place and date; the subject in bold after 'Betreft:'; sections headed by Roman
    numerals in bold, underlined ('I. Persoonsgegevens'); 'Met de meeste hoogachting,' and the signature at the
    letter's end with the typed name UNDER it and no label; the 'Stukkenbundel' as a numbered list; every page
    footed 'blad n/N' with the firm's line."""
    L, lang = c.lawyer, "nl"

    def page(i):
        sh = Sheet()
        if i == 0:
            vrule(sh, 22, 10, 34, lw=0.5, c=(90, 60, 40))
            put(sh, 26, 11, L["firm"].upper(), f=CAM_B, pt=10.5, sp=0.5)
            put(sh, 26, 16.5, "advocaten - vreemdelingenrecht", f=CAM_I, pt=8.6, c=MID)
            put(sh, 26, 21, L["street"], f=CAM, pt=8.4, c=MID)
            put(sh, 26, 25, f"{L['pc']} {L['city']}", f=CAM, pt=8.4, c=MID)
            put(sh, 26, 29, f"T {L['tel']}  ·  {L['mail']}", f=CAM, pt=8.4, c=MID)
            return sh, 40
        return sh, 18

    w = Pager(page, f=CAM, pt=10.5, left=25, right=186, foot=270)
    frame(w.sh, 118, 12, 34, 7, lw=0.4)
    put(w.sh, 135, 13.4, "AANGETEKEND", f=CAM_B, pt=9.5, a="center", sp=0.4)
    for i, s in enumerate(OFFICE["nl"]):
        put(w.sh, 118, 24 + i * 4.8, s, f=CAM, pt=10)
    w.y = 52
    ref = f"{c.app_date.year}/{(c.seed % 9000) + 1000}"
    w.one(f"Uw kenmerk: -        Ons kenmerk: {ref}/{L['last'][:3].upper()}", pt=8.8, c=MID, gap=2)
    w.one(f"{L['city']}, {_b9.fdate(c.app_date, 'long', 'nl')}", gap=6)
    w.para(f"Betreft: aanvraag machtiging tot verblijf - artikel 9ter Vreemdelingenwet - "
           f"{t_name(c.p, c.name_style)}", f=CAM_B, gap=5)
    w.para("Mevrouw, Mijnheer,", gap=3)
    w.para(f"Als raadsman van {t_client(c, lang)} dien ik hierbij een aanvraag tot machtiging tot verblijf om "
           f"medische redenen in. Ik zet hieronder de gegevens en de stukken uiteen.", align="justify")
    rom = ["I", "II", "III", "IV", "V", "VI", "VII"]
    n = [0]

    def head(i):
        w.need(14)
        w.y += 1.5
        t = f"{rom[n[0]]}. {TITLES[lang][i]}"
        put(w.sh, w.left, w.y, t, f=CAM_B, pt=10.5)
        rule(w.sh, w.left, w.left + wid(t, CAM_B, 10.5), w.y + 4.6, lw=0.25)
        w.y += 7
        n[0] += 1

    sections(w, c, lang, head, personal_text=f"{t_client(c, lang, True)}: {t_personal(c, lang)}.")
    w.para(t_request(c, lang), align="justify", gap=5)
    w.need(44)
    w.para("Met de meeste hoogachting,", gap=2)
    w.tag("signature")
    y = w.y
    if "unsigned" not in c.flags:
        scrawl(w.sh, 26, y, rng, c=rng.choice([BALL_BLUE, INK_ROYAL]))
    put(w.sh, 25, y + 16, f"{L['first']} {L['last']}", f=CAM, pt=10.5)
    w.y = y + 26
    rows = inventory(c, lang)
    if rows:
        w.need(16)
        w.tag("inventory")
        w.one("Stukkenbundel", f=CAM_B, pt=10.5, gap=1.5)
        for k, d, pgs in rows:
            w.one(f"{k}.  {d} ({pgs} blz.)", pt=9.6, x=w.left + 3)
    N = len(w.sheets)
    for i, sh in enumerate(w.sheets):
        rule(sh, 25, 186, 280, lw=0.15, c=PALE)
        put(sh, 25, 282, f"{L['firm']} · {L['street']} · {L['pc']} {L['city']}", f=CAM, pt=7, c=MID)
        put(sh, 186, 282, f"blad {i + 1}/{N}", f=CAM, pt=7.4, a="right", c=MID)
    return w.sheets, w.tags


def app_fr_prose(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """French lawyer's request in Times: 'Maître ...' and 'Avocat au barreau de ...' centred at the top over a long
    rule, the bar details in small print under it; 'PAR ENVOI RECOMMANDÉ' underlined at the LEFT above the Office's
    address, place and date at the right lower down; 'Concerne :' in bold; the sections headed '1°', '2°' ... in
    bold italics run into the first line; the closing formula, then the signature ABOVE a short rule with the
    label 'Le conseil de la partie requérante' under it; 'Inventaire des pièces' with dotted leaders to the page
    counts."""
    L, lang = c.lawyer, "fr"
    barreau = {"1000": "Bruxelles", "1050": "Bruxelles", "4000": "Liège", "6000": "Charleroi"}.get(L["pc"], L["city"])

    def page(i):
        sh = Sheet()
        if i == 0:
            put(sh, 105, 12, f"Maître {L['first']} {L['last'].upper()}", f=TIM_B, pt=12.5, a="center")
            put(sh, 105, 18, f"Avocat{'e' if L['sex'] == 'F' else ''} au barreau de {barreau}", f=TIM_I, pt=10,
                a="center")
            rule(sh, 30, 180, 24, lw=0.5)
            put(sh, 105, 25.5, f"{L['street']} - {L['pc']} {L['city']} - Tél. {L['tel']} - {L['mail']}", f=TIM, pt=7.8,
                a="center", c=MID)
            return sh, 36
        put(sh, 105, 10, f"- {i + 1} -", f=TIM, pt=9, a="center", c=MID)
        return sh, 20

    w = Pager(page, f=TIM, pt=11, left=25, right=185, foot=272)
    t = "PAR ENVOI RECOMMANDÉ"
    put(w.sh, 25, w.y, t, f=TIM_B, pt=10)
    rule(w.sh, 25, 25 + wid(t, TIM_B, 10), w.y + 4.4, lw=0.3)
    for i, s in enumerate(OFFICE["fr"]):
        put(w.sh, 25, w.y + 7 + i * 4.9, s, f=TIM, pt=10.5)
    w.y += 32
    w.one(f"{L['city']}, le {_b9.fdate(c.app_date, 'long', 'fr')}", x=185, a="right", gap=6)
    w.para(f"Concerne : demande d'autorisation de séjour fondée sur l'article 9ter de la loi du 15 décembre 1980 - "
           f"{t_name(c.p, c.name_style)}", f=TIM_B, gap=5)
    w.para("Madame, Monsieur,", gap=3)
    w.para(f"J'ai l'honneur de vous adresser, au nom de {t_personal(c, lang)}, une demande d'autorisation de séjour "
           f"pour motifs médicaux.", align="justify", tag="personal")
    n = [0]
    state = {"pending": None}

    def head(i):
        n[0] += 1
        state["pending"] = f"{n[0]}° {TITLES[lang][i]}. "

    def para_run(s, tag):
        h = state["pending"] or ""
        state["pending"] = None
        w.need(12)
        if tag:
            w.tag(tag)
        hw = wid(h, TIM_B, 11)
        put(w.sh, w.left, w.y, h, f=TIM_B, pt=11)
        w.para(s, align="justify", first_indent=hw + 1)

    def run_sections():
        dom = t_domicile(c, lang)
        head(1)
        para_run(t_home(c, lang) + (" " + dom if dom else ""), "residence")
        head(2)
        para_run(t_identity(c, lang), "identity")
        head(3)
        para_run(t_medical(c, lang), "medical")
        if c.coi_in_app and "no_coi" not in c.flags:
            head(4)
            para_run(t_care(c, lang), "coi")
        fam = t_family(c, lang)
        if fam:
            head(5)
            para_run(fam, "family")
        hist = t_history(c, lang)
        if hist:
            head(6)
            para_run(hist, "parallel")

    run_sections()
    w.para(t_request(c, lang), align="justify", gap=3)
    w.para("Je vous prie d'agréer, Madame, Monsieur, l'expression de ma considération distinguée.", gap=6)
    w.need(42)
    w.tag("signature")
    y = w.y
    if "unsigned" not in c.flags:
        scrawl(w.sh, 118, y, rng, c=BALL_BLUE)
    rule(w.sh, 112, 180, y + 15, lw=0.25)
    put(w.sh, 146, y + 16.5, "Le conseil de la partie requérante", f=TIM_I, pt=9.5, a="center")
    put(w.sh, 146, y + 21.5, f"Me {L['first']} {L['last']}", f=TIM, pt=10, a="center")
    w.y = y + 32
    rows = inventory(c, lang)
    if rows:
        w.need(14)
        w.tag("inventory")
        w.one("Inventaire des pièces", f=TIM_B, pt=11, gap=1.5)
        for k, d, pgs in rows:
            w.need(5)
            lab = f"{k}. {d}"
            lab = lab if wid(lab, TIM, 10) < 140 else lab[:80] + "..."
            put(w.sh, w.left, w.y, lab, f=TIM, pt=10)
            x1 = w.left + wid(lab, TIM, 10) + 1.5
            rule(w.sh, x1, 172, w.y + 3.8, c=PALE, dash=0.4)
            put(w.sh, 185, w.y, f"{pgs} p.", f=TIM, pt=10, a="right")
            w.y += 5.4
    return w.sheets, w.tags


def app_fr_inventaire(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """French lawyer's request in Carlito with the applicant's data as a LABELLED table ('Identification de la
    partie requérante': Nom, Prénom(s), Nationalité, Date de naissance, Lieu de naissance, Pays de naissance,
    N° national / SP, Résidence effective, Domicile élu); the firm's name in a teal band at the top left with the
    address at the right; 'RECOMMANDÉ' as a tilted stamp-like mark; the body in short headed paragraphs; the
    signature BESIDE the label 'Pour la partie requérante, son conseil :' on the same line; the 'Inventaire' as a
    three-column ruled table (n°, pièce, pages)."""
    L, lang = c.lawyer, "fr"

    def page(i):
        sh = Sheet()
        if i == 0:
            tint(sh, 20, 10, 96, 12, (0, 110, 110))
            put(sh, 23, 12.5, L["firm"], f=CAL_B, pt=13, c=(255, 255, 255))
            for j, s in enumerate([L["street"], f"{L['pc']} {L['city']}", L["tel"], L["mail"]]):
                put(sh, 190, 10 + j * 3.9, s, f=CAL, pt=8.4, a="right", c=MID)
            return sh, 32
        tint(sh, 20, 10, 30, 2, (0, 110, 110))
        return sh, 18

    w = Pager(page, f=CAL, pt=10.5, left=20, right=190, foot=274)
    seal(w.sh, 142, 28, ["RECOMMANDÉ"], rng, shape="rect", c=SEAL_RED, mm=30, angle=-6)
    for i, s in enumerate(OFFICE["fr"]):
        put(w.sh, 20, 36 + i * 4.8, s, f=CAL, pt=10.5)
    w.y = 60
    w.one(f"{L['city']}, le {dmy(c.app_date, '/')}", x=190, a="right", gap=4)
    w.para("Objet : demande d'autorisation de séjour pour raisons médicales (article 9ter de la loi du 15 décembre "
           "1980)", f=CAL_B, gap=4)
    w.one("IDENTIFICATION DE LA PARTIE REQUÉRANTE", f=CAL_B, pt=10.5, gap=1.5)
    p = c.p
    w.tag("personal")
    code = _b9.country_code_of(p.birth_country, p.nationality)
    nobp, nonat = "no_birthplace" in c.flags, "no_nationality" in c.flags
    rows = [("Nom", p.surname.upper()), ("Prénom(s)", p.given_names),
            ("Nationalité", "" if nonat else t_adj(p.nationality, "fr")),
            ("Date de naissance", t_date(c, p.birth_date, lang)), ("Lieu de naissance", "" if nobp else p.birth_place),
            ("Pays de naissance", "" if nobp else t_land(code, "fr")),
            ("N° de registre national / SP", c.nrn or c.ov or ""),
            ("Résidence effective en Belgique", "" if "no_address" in c.flags else t_addr(c, lang)),
            ("Domicile élu", dom_value(c, lang))]
    for a, v in rows:
        lines = lines_of(w.sh, v or " ", 112, CAL, 10)
        hh = max(7.0, 4.6 * len(lines) + 2.4)
        w.need(hh)
        if a.startswith("Résidence"):
            w.tag("residence")
        frame(w.sh, 20, w.y, 54, hh, lw=0.2, c=PALE)
        frame(w.sh, 74, w.y, 116, hh, lw=0.2, c=PALE)
        put(w.sh, 22, w.y + 1.6, a, f=CAL, pt=9.2, c=MID)
        if v:
            block(w.sh, 76, w.y + 1.4, 112, v, f=CAL_B, pt=10, lead=1.3)
        w.y += hh
    w.y += 5

    def head(i):
        w.need(12)
        w.one(TITLES[lang][i].upper(), f=CAL_B, pt=9.8, gap=0.8)

    head(2)
    w.para(t_identity(c, lang), align="justify", tag="identity")
    head(3)
    w.para(t_medical(c, lang), align="justify", tag="medical")
    if c.coi_in_app and "no_coi" not in c.flags:
        head(4)
        w.para(t_care(c, lang), align="justify", tag="coi")
    fam = t_family(c, lang)
    if fam:
        head(5)
        w.para(fam, align="justify", tag="family")
    hist = t_history(c, lang)
    if hist:
        head(6)
        w.para(hist, align="justify", tag="parallel")
    w.para(t_request(c, lang), align="justify", gap=6)
    w.need(26)
    w.tag("signature")
    lab = "Pour la partie requérante, son conseil :"
    put(w.sh, 20, w.y + 4, lab, f=CAL, pt=10.5)
    if "unsigned" not in c.flags:
        scrawl(w.sh, 24 + wid(lab, CAL, 10.5), w.y - 2, rng, c=BALL_BLUE)
    put(w.sh, 20, w.y + 10, f"Me {L['first']} {L['last']}", f=CAL_B, pt=10.5)
    w.y += 22
    rows = inventory(c, lang)
    if rows:
        w.need(20)
        w.tag("inventory")
        w.one("INVENTAIRE", f=CAL_B, pt=10.5, gap=1)
        for k, d, pgs in [("N°", "Pièce", "Pages")] + rows:
            w.need(6.5)
            hd = k == "N°"
            for x, ww in ((20, 14), (34, 136), (170, 20)):
                frame(w.sh, x, w.y - 0.8, ww, 6.2, lw=0.2, c=MID if hd else PALE,
                      fill=(226, 238, 238) if hd else None)
            put(w.sh, 27, w.y, str(k), f=CAL_B if hd else CAL, pt=9.4, a="center")
            put(w.sh, 36, w.y, d, f=CAL_B if hd else CAL, pt=shrink(d, 132, CAL, 9.4))
            put(w.sh, 180, w.y, str(pgs), f=CAL_B if hd else CAL, pt=9.4, a="center")
            w.y += 6.2
    return w.sheets, w.tags


def app_nl_form(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """Intake form of a Flemish medical-support NGO ('Aanvraagformulier medische regularisatie - 9ter') filled in BY
    HAND: each question printed as 'Label: ........' with the answer written on the dotted line, tick boxes for the
    kind of identity evidence and for the chosen domicile, long answers in ruled free-text frames; two pages;
    the signature box at the end with the label 'Handtekening aanvrager' printed ABOVE it, the date beside it."""
    lang = "nl"
    hf = random.Random(c.seed + 41).choice([P_ROUND, P_ITAL, P_BREIP, P_CAPS])
    ink = random.Random(c.seed + 42).choice([BALL_BLUE, BALL_BLACK, INK_ROYAL])
    caps = hf == P_CAPS
    tags: dict[str, int] = {}
    s1, s2 = Sheet(), Sheet()
    org = rng.choice(["vzw Zorg Zonder Grenzen - Gent", "vzw Medisch Steunpunt Antwerpen",
                      "Solidair Netwerk Gezondheid vzw - Leuven"])
    for i, sh in enumerate((s1, s2)):
        put(sh, 20, 10, org, f=GOTH, pt=8, c=MID)
        put(sh, 190, 10, f"p. {i + 1}/2", f=GOTH, pt=8, a="right", c=MID)
    put(s1, 20, 18, "AANVRAAGFORMULIER MEDISCHE REGULARISATIE", f=GOTH_B, pt=13)
    put(s1, 20, 24.5, "artikel 9ter Vreemdelingenwet - aangetekend te versturen aan DVZ, Pachecolaan 44, 1000 Brussel",
        f=GOTH, pt=8, c=MID)
    p = c.p

    def line(sh, y, lab, val, x=20, x2=190):
        put(sh, x, y, lab + ":", f=GOTH, pt=9)
        x1 = x + wid(lab + ":", GOTH, 9) + 2
        rule(sh, x1, x2, y + 4.2, c=PALE, dash=0.45)
        if val:
            hand(sh, x1 + 1, y - 2.2, val, rng, f=hf, pt=11.5, c=ink, w=x2 - x1 - 2, caps=caps)

    def head(sh, y, t):
        put(sh, 20, y, t, f=GOTH_B, pt=10)
        rule(sh, 20, 190, y + 5, lw=0.4)
        return y + 9

    def freebox(sh, y, h, txt, pt=9.6):
        need = len(sh.wrap(fit(strip_accents(txt).upper() if caps else txt, hf), 164 * 0.84, font=hf, size_pt=pt)) if txt else 0
        h = max(h, need * 5.6 + 4)
        frame(sh, 20, y, 170, h, lw=0.25, c=MID)
        n = int((h - 2) / 5.6)
        for i in range(1, n + 1):
            rule(sh, 22, 188, y + 1 + i * 5.6, c=(215, 220, 230))
        if txt:
            hand_block(sh, 23, y + 1.6, 164, txt, rng, f=hf, pt=pt, lh=5.6, c=ink, n=n, caps=caps)
        return y + h + 4

    nobp, nonat = "no_birthplace" in c.flags, "no_nationality" in c.flags
    code = _b9.country_code_of(p.birth_country, p.nationality)
    y = head(s1, 32, "1. De aanvrager")
    tags["personal"] = 1
    line(s1, y, "Familienaam", p.surname)
    line(s1, y + 8, "Voornamen", p.given_names)
    line(s1, y + 16, "Geboortedatum", t_date(c, p.birth_date, lang), x2=100)
    line(s1, y + 16, "Nationaliteit", "" if nonat else t_adj(p.nationality, lang), x=104)
    line(s1, y + 24, "Geboorteplaats", "" if nobp else p.birth_place, x2=100)
    line(s1, y + 24, "Geboorteland", "" if nobp else t_land(code, lang), x=104)
    line(s1, y + 32, "Rijksregisternummer of OV-nummer", c.nrn or c.ov or "")
    y = head(s1, y + 44, "2. Verblijfplaats en woonplaatskeuze")
    tags["residence"] = 1
    line(s1, y, "Adres waar u werkelijk verblijft", "" if "no_address" in c.flags else t_addr(c, lang))
    put(s1, 20, y + 9, "Gekozen woonplaats:", f=GOTH, pt=9)
    dom = "none" if ("no_domicile" in c.flags or c.domicile == "none") else c.domicile
    for j, (k, lab) in enumerate([("residence", "zelfde adres"), ("lawyer", "bij de advocaat"), ("other", "elders")]):
        tickbox(s1, 58 + j * 40, y + 9.2, 3.4, dom == k, rng, c=ink)
        put(s1, 63 + j * 40, y + 9, lab, f=GOTH, pt=9)
    if dom in ("lawyer", "other"):
        line(s1, y + 17, "Adres", dom_value(c, lang))
    y = head(s1, y + 29, "3. Identiteit")
    tags["identity"] = 1
    k = c.id_kind
    kinds = [("paspoort", k.startswith("passport") or k in ("untranslated", "translated")), ("identiteitskaart",
                                                                                             k == "idcard"),
             ("andere stukken", k in ("pieces", "pieces-nophoto", "certificate", "declarative-cert", "single-piece",
                                      "declaration")),
             ("vrijgesteld (asiel)", k in ("asylum", "asylum-noproof"))]
    for j, (lab, on) in enumerate(kinds):
        tickbox(s1, 20 + j * 43, y + 0.2, 3.4, on, rng, c=ink)
        put(s1, 25 + j * 43, y, lab, f=GOTH, pt=9)
    y = freebox(s1, y + 7, 30, t_identity(c, lang))
    med = t_medical(c, lang)
    med_h = len(s1.wrap(fit(strip_accents(med).upper() if caps else med, hf), 164 * 0.84, font=hf, size_pt=9.6)) * 5.6 + 4
    if y + 9 + med_h <= 272:
        y = head(s1, y, "4. Medische situatie")
        tags["medical"] = 1
        freebox(s1, y, 272 - y, med)
        y = 18.0
    else:
        y = head(s2, 18.0, "4. Medische situatie")
        tags["medical"] = 2
        y = freebox(s2, y, 20, med)
    if c.coi_in_app and "no_coi" not in c.flags:
        y = head(s2, y, "5. Behandeling in het land van herkomst")
        tags["coi"] = 2
        y = freebox(s2, y, 20, t_care(c, lang))
    fam = t_family(c, lang)
    if fam:
        y = head(s2, y, "6. Gezinsleden")
        tags["family"] = 2
        y = freebox(s2, y, 20, fam)
    hist = t_history(c, lang)
    if hist:
        y = head(s2, y, "7. Vroegere procedures")
        tags["parallel"] = 2
        y = freebox(s2, y, 20, hist)
    y = head(s2, y, "8. Bijlagen")
    for kk, d, pgs in inventory(c, lang):
        put(s2, 22, y, f"{kk}.", f=GOTH, pt=9)
        hand(s2, 30, y - 2, f"{d} ({pgs} p.)", rng, f=hf, pt=10, c=ink, w=158, caps=caps)
        y += 6.2
    y = max(y + 6, 226.0)
    tags["signature"] = 2
    line(s2, y, "Datum", t_date(c, c.app_date, lang), x2=80)
    put(s2, 96, y, "Handtekening aanvrager", f=GOTH, pt=9)
    frame(s2, 96, y + 5, 94, 26, lw=0.3, c=MID)
    if "unsigned" not in c.flags:
        scrawl(s2, 104, y + 9, rng, c=ink)
    return [s1, s2], tags


def app_fr_form(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """Typed request form of a legal-aid office ('DEMANDE D'AUTORISATION DE SÉJOUR - ART. 9TER - fiche de dépôt'):
    sections on white-on-charcoal bars lettered A to G, each field a box with its caption printed small ABOVE it
    and the answer typed in Courier Prime inside; long answers wrap in tall boxes; the signature on a line with
    the label 'Signature du demandeur ou de son avocat' printed UNDER the line, the date box to its left."""
    lang = "fr"
    tags: dict[str, int] = {}
    sheets: list[Sheet] = []
    st = {"y": 0.0}
    office = rng.choice(["Bureau d'aide juridique de Liège", "Bureau d'aide juridique de Bruxelles - section "
                         "étrangers", "Service social du Collectif Santé Migrants - Charleroi"])

    def new():
        sh = Sheet()
        if not sheets:
            put(sh, 20, 12, office, f=HEL_B, pt=9)
            put(sh, 20, 19, "DEMANDE D'AUTORISATION DE SÉJOUR - ART. 9TER", f=HEL_B, pt=13)
            put(sh, 20, 25, "Fiche de dépôt - à joindre à l'envoi recommandé à l'Office des Étrangers, Boulevard "
                "Pachéco 44, 1000 Bruxelles", f=HEL, pt=7.6, c=MID)
            st["y"] = 32.0
        else:
            st["y"] = 16.0
        sheets.append(sh)
        return sh

    new()

    def bar(letter, t):
        if st["y"] + 24 > 274:
            new()
        tint(sheets[-1], 20, st["y"], 170, 6, (60, 60, 66))
        put(sheets[-1], 22, st["y"] + 1.1, f"{letter}.  {t.upper()}", f=HEL_B, pt=8.8, c=(255, 255, 255))
        st["y"] += 8.5

    def cells(items, *, tag=None):
        """items: (caption, value, width)."""
        heights = []
        for cap, val, wdt in items:
            ln = lines_of(sheets[-1], val or " ", wdt - 4, PRIME, 9.4)
            heights.append(max(7.0, 4.4 * len(ln) + 2.6))
        h = max(heights)
        if st["y"] + h + 4 > 274:
            new()
        if tag:
            tags.setdefault(tag, len(sheets))
        x = 20.0
        for cap, val, wdt in items:
            put(sheets[-1], x, st["y"], cap, f=HELN, pt=7, c=MID)
            frame(sheets[-1], x, st["y"] + 3, wdt - 2, h, lw=0.25, c=MID)
            if val:
                block(sheets[-1], x + 1.5, st["y"] + 4.2, wdt - 5, val, f=PRIME, pt=9.4, lead=1.32)
            x += wdt
        st["y"] += h + 5.5

    p = c.p
    nobp, nonat = "no_birthplace" in c.flags, "no_nationality" in c.flags
    code = _b9.country_code_of(p.birth_country, p.nationality)
    bar("A", "Le demandeur")
    cells([("Nom", p.surname.upper(), 85), ("Prénom(s)", p.given_names, 85)], tag="personal")
    cells([("Date de naissance", t_date(c, p.birth_date, lang), 50), ("Lieu de naissance", "" if nobp else
                                                                       p.birth_place, 60),
           ("Pays de naissance", "" if nobp else t_land(code, "fr"), 60)])
    cells([("Nationalité", "" if nonat else t_adj(p.nationality, "fr"), 70), ("N° registre national / n° SP",
                                                                              c.nrn or c.ov or "", 100)])
    bar("B", "Résidence effective et domicile élu")
    cells([("Adresse de résidence effective en Belgique", "" if "no_address" in c.flags else t_addr(c, lang), 170)],
          tag="residence")
    cells([("Domicile élu", dom_value(c, lang), 170)])
    bar("C", "Identité")
    cells([("Documents d'identité ou motif de dispense", t_identity(c, lang), 170)], tag="identity")
    bar("D", "Situation médicale")
    cells([("Maladie, degré de gravité, traitement nécessaire", t_medical(c, lang), 170)], tag="medical")
    if c.coi_in_app and "no_coi" not in c.flags:
        bar("E", "Soins dans le pays d'origine")
        cells([("Disponibilité et accessibilité du traitement", t_care(c, lang), 170)], tag="coi")
    fam = t_family(c, lang)
    if fam:
        bar("F", "Membres de la famille")
        cells([("Membres de la famille compris dans la demande", fam, 170)], tag="family")
    hist = t_history(c, lang)
    if hist:
        bar("G", "Procédures antérieures")
        cells([("Asile / demande 9ter antérieure", hist, 170)], tag="parallel")
    bar("H", "Pièces jointes")
    cells([("Inventaire", "; ".join(f"{k}) {d} - {pgs} p." for k, d, pgs in inventory(c, lang)), 170)])
    if st["y"] + 40 > 274:
        new()
    sh = sheets[-1]
    y = st["y"] + 6
    tags["signature"] = len(sheets)
    put(sh, 20, y, "Date", f=HELN, pt=7, c=MID)
    frame(sh, 20, y + 3, 46, 10, lw=0.25, c=MID)
    put(sh, 22, y + 5.6, t_date(c, c.app_date, lang), f=PRIME, pt=10)
    if "unsigned" not in c.flags:
        scrawl(sh, 96, y + 2, rng, c=BALL_BLUE)
    rule(sh, 86, 190, y + 17, lw=0.3)
    put(sh, 138, y + 18.5, "Signature du demandeur ou de son avocat", f=HELN, pt=7.6, a="center", c=MID)
    n = len(sheets)
    for i, s_ in enumerate(sheets):
        put(s_, 190, 287, f"{i + 1}/{n}", f=HEL, pt=7.4, a="right", c=MID)
    return sheets, tags


def app_de_prose(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """German request from a lawyer in the German-speaking Community, in Nimbus Sans: a narrow coloured bar at the
    LEFT of the letterhead, 'Per Einschreiben' in bold above the Office's address, 'Ort, Datum' at the right, the
    subject after 'Betreff:' in bold; sections numbered '1.' to '7.' in bold; closes 'Hochachtungsvoll'; the
    printed label 'Rechtsanwalt' / 'Rechtsanwältin' with the signature UNDER it and the office's round stamp
    pressed half over the signature; 'Anlagen' as a list with en-dashes."""
    L, lang = c.lawyer, "de"
    lab = "Rechtsanwältin" if L["sex"] == "F" else "Rechtsanwalt"

    def page(i):
        sh = Sheet()
        if i == 0:
            tint(sh, 20, 10, 1.6, 20, (170, 30, 50))
            put(sh, 25, 10, L["firm"], f=HEL_B, pt=11.5)
            put(sh, 25, 16, f"{L['street']} · {L['pc']} {L['city']}", f=HEL, pt=8.4, c=MID)
            put(sh, 25, 20.5, f"Tel. {L['tel']} · {L['mail']}", f=HEL, pt=8.4, c=MID)
            return sh, 38
        put(sh, 190, 10, f"Seite {i + 1}", f=HEL, pt=8, a="right", c=MID)
        return sh, 20

    w = Pager(page, f=HEL, pt=10, left=25, right=188, foot=272, lead=1.5)
    put(w.sh, 25, w.y, "Per Einschreiben", f=HEL_B, pt=10)
    for i, s in enumerate(OFFICE["de"]):
        put(w.sh, 25, w.y + 6 + i * 4.7, s, f=HEL, pt=10)
    w.y += 28
    w.one(f"{L['city']}, den {_b9.fdate(c.app_date, 'long', 'de')}", x=188, a="right", gap=6)
    w.para(f"Betreff: Antrag auf Aufenthaltserlaubnis aus medizinischen Gründen (Art. 9ter des Gesetzes vom "
           f"15.12.1980) - {t_name(c.p, c.name_style)}", f=HEL_B, gap=4)
    w.para("Sehr geehrte Damen und Herren,", gap=3)
    w.para(f"in der Anlage überreiche ich Ihnen namens und im Auftrag {'meiner Mandantin' if fem(c) else 'meines Mandanten'} "
           f"den folgenden Antrag.", align="justify")
    n = [0]

    def head(i):
        n[0] += 1
        w.need(12)
        w.one(f"{n[0]}.  {TITLES[lang][i]}", f=HEL_B, pt=10, gap=0.8)

    sections(w, c, lang, head, personal_text=f"{t_client(c, lang, True)}: {t_personal(c, lang)}.")
    w.para(t_request(c, lang), align="justify", gap=4)
    w.need(50)
    w.para("Hochachtungsvoll", gap=4)
    w.tag("signature")
    y = w.y
    put(w.sh, 25, y, lab, f=HEL, pt=10)
    if "unsigned" not in c.flags:
        scrawl(w.sh, 27, y + 5, rng, c=INK_ROYAL)
        seal(w.sh, 48, y + 2, _stamp_lines_lawyer(c, lang), rng, c=SEAL_BLUE, mm=28)
    put(w.sh, 25, y + 24, f"{L['first']} {L['last']}", f=HEL_B, pt=10)
    w.y = y + 34
    rows = inventory(c, lang)
    if rows:
        w.need(12)
        w.tag("inventory")
        w.one("Anlagen", f=HEL_B, pt=10, gap=1)
        for k, d, pgs in rows:
            w.one(f"– Anlage {k}: {d} ({pgs} S.)", pt=9.2)
    return w.sheets, w.tags


def app_en_letter(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """An application written in ENGLISH by a volunteer legal desk: the desk's name and address right-aligned at
    the top in Palatino, 'Registered letter' at the left above the Office's address, numbered paragraphs 1, 2, 3 ...
    without headings, signed at the end above the typed name and the words 'for the Legal Desk'."""
    L, lang = c.lawyer, "en"

    def page(i):
        sh = Sheet()
        if i == 0:
            for j, s in enumerate(["Migrant Health Legal Desk", "volunteer legal advice", f"{L['street']}",
                                   f"{L['pc']} {L['city']}"]):
                put(sh, 186, 12 + j * 4.5, s, f=PAL_B if j == 0 else PAL, pt=11 if j == 0 else 8.6, a="right")
            return sh, 38
        return sh, 18

    w = Pager(page, f=PAL, pt=10.5, left=25, right=186, foot=272)
    put(w.sh, 25, w.y, "Registered letter", f=PAL_I, pt=10)
    for i, s in enumerate(OFFICE["en"]):
        put(w.sh, 25, w.y + 6 + i * 4.8, s, f=PAL, pt=10.5)
    w.y += 30
    w.one(_b9.fdate(c.app_date, "long", "en"), x=186, a="right", gap=6)
    w.para(f"Application for leave to remain on medical grounds (Article 9ter) - {t_name(c.p, c.name_style)}",
           f=PAL_B, gap=4)
    w.para("Dear Sir or Madam,", gap=3)
    n = [0]

    def numbered(s, tag):
        n[0] += 1
        w.need(10)
        put(w.sh, 25, w.y, f"{n[0]}.", f=PAL_B, pt=10.5)
        w.para(s, indent=8, tag=tag)

    numbered(f"We write on behalf of {t_personal(c, lang)}.", "personal")
    dom = t_domicile(c, lang)
    numbered(t_home(c, lang) + (" " + dom if dom else ""), "residence")
    numbered(t_identity(c, lang), "identity")
    numbered(t_medical(c, lang), "medical")
    if c.coi_in_app and "no_coi" not in c.flags:
        numbered(t_care(c, lang), "coi")
    fam = t_family(c, lang)
    if fam:
        numbered(fam, "family")
    hist = t_history(c, lang)
    if hist:
        numbered(hist, "parallel")
    numbered(t_request(c, lang), None)
    w.need(40)
    w.para("Yours faithfully,", gap=2)
    w.tag("signature")
    y = w.y
    if "unsigned" not in c.flags:
        scrawl(w.sh, 26, y, rng, c=BALL_BLACK)
    put(w.sh, 25, y + 15, f"{L['first']} {L['last']}", f=PAL, pt=10.5)
    put(w.sh, 25, y + 20, "for the Legal Desk", f=PAL_I, pt=9.5)
    w.y = y + 30
    rows = inventory(c, lang)
    if rows:
        w.tag("inventory")
        w.one("Enclosures", f=PAL_B, gap=1)
        for k, d, pgs in rows:
            w.one(f"{k}. {d} ({pgs} p.)", pt=9.6)
    return w.sheets, w.tags


_reg("be9ter-app-nl-lawyer-prose-caladea-romeinse-onderstreepte-koppen-stukkenbundel-46", "application", "nl",
     app_nl_prose, "Dutch lawyer's letter, Roman underlined heads, signature at the end without label")
_reg("be9ter-app-fr-lawyer-prose-times-gecentreerde-kop-lopende-koppen-inventaire-stippels-46", "application", "fr",
     app_fr_prose, "French lawyer's request, run-in numbered heads, signature above the label")
_reg("be9ter-app-fr-lawyer-inventaire-carlito-gegevenstabel-tabelinventaris-46", "application", "fr",
     app_fr_inventaire, "French lawyer's request with a labelled data table and an inventory table")
_reg("be9ter-app-nl-form-vzw-stippellijnen-vinkjes-met-de-hand-46", "application", "nl", app_nl_form,
     "Dutch NGO intake form filled in by hand on dotted lines, tick boxes")
_reg("be9ter-app-fr-form-bureau-aide-juridique-lettervakken-courier-46", "application", "fr", app_fr_form,
     "French legal-aid form, caption above each box, typed answers")
_reg("be9ter-app-de-lawyer-prose-eupen-helvetica-stempel-over-handtekening-46", "application", "de", app_de_prose,
     "German lawyer's request, signature under the label with the office stamp over it")
_reg("be9ter-app-en-legal-desk-palatino-genummerde-alineas-46", "application", "en", app_en_letter,
     "an application written in English (not accepted)")


# =========================================================================== standard medical certificates

OLDM = {
    "nl": dict(title="STANDAARD MEDISCH GETUIGSCHRIFT", law="in het kader van een aanvraag tot machtiging tot verblijf "
               "bij de Dienst Vreemdelingenzaken op grond van artikel 9ter van de wet van 15 december 1980",
               pat="Naam en voornaam van de patiënt", bd="Geboortedatum", nat="Nationaliteit",
               A="A/ Historiek (datum van de diagnose, verloop; medische stukken graag in bijlage)",
               B="B/ DIAGNOSE: aard van de aandoening(en) en graad van ernst", Bsev="Graad van ernst:",
               C="C/ Actuele behandeling: medicatie, eventuele ingrepen of medisch materiaal",
               Cdur="Voorziene duur van de noodzakelijke behandeling:",
               D="D/ Wat zijn de gevolgen en mogelijke complicaties indien de behandeling wordt stopgezet?",
               E="E/ Evolutie en prognose van de aandoening(en)",
               F="F/ Noden inzake medische opvolging - is mantelzorg medisch vereist?",
               G="G/ Kan de patiënt reizen? (medische tegenindicaties)",
               doc="Naam, adres en RIZIV-nummer van de arts", riz="RIZIV", date="Datum", sign="Handtekening en stempel"),
    "fr": dict(title="CERTIFICAT MÉDICAL TYPE", law="dans le cadre d'une demande d'autorisation de séjour auprès de "
               "l'Office des Étrangers sur la base de l'article 9ter de la loi du 15 décembre 1980",
               pat="Nom et prénom du patient", bd="Date de naissance", nat="Nationalité",
               A="A/ Historique (date du diagnostic, évolution ; joindre si possible les pièces médicales)",
               B="B/ DIAGNOSTIC : nature de la ou des affection(s) et degré de gravité", Bsev="Degré de gravité :",
               C="C/ Traitement actuel : médication, intervention(s) éventuelle(s), matériel médical",
               Cdur="Durée prévue du traitement nécessaire :",
               D="D/ Quelles seraient les conséquences et complications éventuelles d'un arrêt du traitement ?",
               E="E/ Évolution et pronostic de la ou des affection(s)",
               F="F/ Besoins en matière de suivi médical - une prise en charge de la dépendance est-elle "
                 "médicalement requise ?",
               G="G/ Le patient peut-il voyager ? (contre-indications médicales)",
               doc="Nom, adresse et n° INAMI du médecin", riz="INAMI", date="Date", sign="Signature et cachet"),
}

NEWM = {
    "nl": dict(title="Standaard medisch getuigschrift", since="model van toepassing vanaf 1 maart 2024",
               law="art. 9ter, § 1, vierde lid, wet van 15.12.1980", doc="1. Gegevens van de arts",
               dn="Naam en voornaam", riz="RIZIV-nummer", spec="Specialisatie", addr="Adres",
               pat="2. Gegevens van de patiënt", pn="Naam", pf="Voornaam", pbd="Geboortedatum", pnat="Nationaliteit",
               hist="3. Medische voorgeschiedenis", diag="4. Diagnose: aard van de aandoening(en)",
               sev="5. Graad van ernst", levels=["licht", "matig", "ernstig", "zeer ernstig"], why="toelichting",
               tr="6. Noodzakelijk geachte behandeling", med="medicatie (werkzame stof, dosering)",
               other="andere behandeling (ingrepen, materiaal, opvolging)", dur="voorziene duur",
               stop="7. Gevolgen van een stopzetting", prog="8. Evolutie en prognose",
               care="9. Opvolging, mantelzorg, reismogelijkheden", date="Datum", sign="Handtekening", stamp="Stempel"),
    "fr": dict(title="Certificat médical type", since="modèle applicable à partir du 1er mars 2024",
               law="art. 9ter, § 1er, al. 4, loi du 15.12.1980", doc="1. Données du médecin",
               dn="Nom et prénom", riz="Numéro INAMI", spec="Spécialité", addr="Adresse",
               pat="2. Données du patient", pn="Nom", pf="Prénom", pbd="Date de naissance", pnat="Nationalité",
               hist="3. Antécédents médicaux", diag="4. Diagnostic : nature de la ou des affection(s)",
               sev="5. Degré de gravité", levels=["léger", "modéré", "grave", "très grave"], why="précisions",
               tr="6. Traitement estimé nécessaire", med="médication (substance active, posologie)",
               other="autre traitement (interventions, matériel, suivi)", dur="durée prévue",
               stop="7. Conséquences d'un arrêt du traitement", prog="8. Évolution et pronostic",
               care="9. Suivi, prise en charge, capacité de voyager", date="Date", sign="Signature", stamp="Cachet"),
    "de": dict(title="Standardisiertes ärztliches Attest", since="Muster anwendbar ab dem 1. März 2024",
               law="Art. 9ter § 1 Abs. 4 Gesetz vom 15.12.1980", doc="1. Angaben zum Arzt",
               dn="Name und Vorname", riz="LIKIV-Nummer", spec="Fachgebiet", addr="Anschrift",
               pat="2. Angaben zum Patienten", pn="Name", pf="Vorname", pbd="Geburtsdatum", pnat="Staatsangehörigkeit",
               hist="3. Vorgeschichte", diag="4. Diagnose: Art der Erkrankung(en)", sev="5. Schweregrad",
               levels=["leicht", "mittel", "schwer", "sehr schwer"], why="Erläuterung",
               tr="6. Als notwendig erachtete Behandlung", med="Medikation (Wirkstoff, Dosierung)",
               other="sonstige Behandlung (Eingriffe, Material, Nachsorge)", dur="voraussichtliche Dauer",
               stop="7. Folgen eines Abbruchs", prog="8. Verlauf und Prognose",
               care="9. Nachsorge, Pflege, Reisefähigkeit", date="Datum", sign="Unterschrift", stamp="Stempel"),
    "en": dict(title="Standard medical certificate", since="model applicable from 1 March 2024",
               law="Art. 9ter § 1(4), Law of 15.12.1980", doc="1. Doctor's details",
               dn="Name and first name", riz="RIZIV/INAMI number", spec="Speciality", addr="Address",
               pat="2. Patient's details", pn="Surname", pf="First name", pbd="Date of birth", pnat="Nationality",
               hist="3. Medical history", diag="4. Diagnosis: nature of the condition(s)", sev="5. Degree of severity",
               levels=["mild", "moderate", "severe", "very severe"], why="details",
               tr="6. Treatment considered necessary", med="medication (active substance, dosage)",
               other="other treatment (procedures, equipment, follow-up)", dur="expected duration",
               stop="7. Consequences if treatment stops", prog="8. Course and prognosis",
               care="9. Follow-up, care, fitness to travel", date="Date", sign="Signature", stamp="Stamp"),
}


def mvals(c: Case, lang: str) -> dict:
    """What the doctor fills in, with this dossier's planted omission applied."""
    t = t_ill(c, lang)
    il = ILLNESSES[c.illness]
    F = c.flags
    d = c.doctor
    nop = "mc_no_patient" in F
    sv = t["severity"].lower()
    lvl = 3 if any(k in sv for k in ("levens", "vital", "lebens", "life", "très", "zeer", "sehr", "very")) else 2
    return dict(surname="" if nop else c.p.surname.upper(), first="" if nop else c.p.given_names,
                full="" if nop else f"{c.p.surname.upper()}, {c.p.given_names}",
                bd="" if nop else _b9.fdate(c.p.birth_date, "dots", lang),
                nat="" if nop else t_adj(c.p.nationality, lang if lang in ("nl", "fr", "de", "en") else "nl"),
                dname=f"Dr {d.first} {d.last}", riz="" if "mc_no_riziv" in F else d.riziv,
                spec=SPECIALTY[d.spec][lang], addr=f"{d.inst}, {d.street}, {d.pc} {d.city}",
                diag="" if "mc_no_illness" in F else f"{t['name']} - ICD-10 {il['icd']}",
                hist="" if "mc_no_illness" in F else t["history"],
                lvl=-1 if "mc_no_severity" in F else lvl, sevx="" if "mc_no_severity" in F else t["severity"],
                med="" if "mc_no_treatment" in F else "; ".join(t["meds"]),
                other="" if "mc_no_treatment" in F else t["intervention"],
                dur="" if "mc_no_treatment" in F else t["duration"],
                stop=t["consequences"], prog=t["prognosis"], needs=t["needs"], travel=t["travel"],
                date=_b9.fdate(c.cert_date, c.cert_date_style, lang), signed="mc_unsigned" not in F)


def doc_seal(c: Case, lang: str, riz: bool) -> list[str]:
    d = c.doctor
    out = [f"Dr {d.first[0]}. {d.last}".upper()[:28], SPECIALTY[d.spec][lang]]
    if riz:
        out.append(d.riziv)
    out.append(d.city.upper())
    return out


def mc_old_boxes(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The previous model typed on a computer, ONE dense page: the title in bold capitals with the legal line in
    italics under it, the patient's three fields on one line of cells, every question A/ to G/ in its own frame
    with the question in bold at the top of the frame and the answer typed in Liberation Mono below; at the foot
    two frames side by side - the doctor's name, address and RIZIV/INAMI number at the LEFT, date, signature and
    the round stamp (pressed over the frame line) at the RIGHT."""
    O = OLDM[lang]
    v = mvals(c, lang)
    tags = {"patient": 1, "illness": 1, "severity": 1, "treatment": 1, "doctor": 1, "signature": 1}
    sh = Sheet()
    put(sh, 105, 10, O["title"], f=ARI_B, pt=13, a="center")
    block(sh, 28, 15.5, 154, O["law"], f=ARI_I, pt=7.8, align="center", lead=1.2)
    y = 25.0
    for lab, val, x, wdt in [(O["pat"], v["full"], 16, 88), (O["bd"], v["bd"], 104, 40), (O["nat"], v["nat"], 144, 50)]:
        frame(sh, x, y, wdt, 10, lw=0.25)
        put(sh, x + 1.2, y + 0.8, lab, f=ARI, pt=6.4, c=MID)
        if val:
            put(sh, x + 1.5, y + 4.4, val, f=CNEW_B, pt=shrink(val, wdt - 3, CNEW_B, 9))
    y += 12.5

    def q(label, ans, h, extra=None):
        nonlocal y
        frame(sh, 16, y, 178, h, lw=0.25)
        put(sh, 18, y + 1, label, f=ARI_B, pt=7.8)
        yy = y + 5.2
        if ans:
            yy = block(sh, 19, yy, 172, ans, f=CNEW, pt=8, lead=1.22)
        if extra:
            extra(yy)
        y += h + 1.8

    q(O["A"], v["hist"], 18)

    def sev_line(yy):
        put(sh, 19, yy + 0.5, O["Bsev"], f=ARI_I, pt=7.8)
        if v["sevx"]:
            block(sh, 19 + wid(O["Bsev"], ARI_I, 7.8) + 2, yy + 0.5, 150, v["sevx"], f=CNEW, pt=8, lead=1.22)

    q(O["B"], v["diag"], 24, sev_line)

    def dur_line(yy):
        put(sh, 19, yy + 0.5, O["Cdur"], f=ARI_I, pt=7.8)
        if v["dur"]:
            put(sh, 21 + wid(O["Cdur"], ARI_I, 7.8), yy + 0.5, v["dur"], f=CNEW, pt=8)

    q(O["C"], "; ".join(x for x in (v["med"], v["other"]) if x), 26, dur_line)
    q(O["D"], v["stop"], 17)
    q(O["E"], v["prog"], 14)
    q(O["F"], v["needs"], 17)
    q(O["G"], v["travel"], 13)
    y += 2
    frame(sh, 16, y, 96, 36, lw=0.3)
    frame(sh, 114, y, 80, 36, lw=0.3)
    put(sh, 18, y + 1, O["doc"], f=ARI_B, pt=7.6)
    put(sh, 18, y + 7, v["dname"], f=CNEW_B, pt=9)
    put(sh, 18, y + 12, v["spec"], f=CNEW, pt=8.4)
    block(sh, 18, y + 17, 92, v["addr"], f=CNEW, pt=8, lead=1.2)
    put(sh, 18, y + 29, f"{O['riz']}: {v['riz']}", f=CNEW_B, pt=9)
    put(sh, 116, y + 1, f"{O['date']} / {O['sign']}", f=ARI_B, pt=7.6)
    put(sh, 116, y + 7, v["date"], f=CNEW_B, pt=9.4)
    if v["signed"]:
        scrawl(sh, 122, y + 14, rng, c=BALL_BLUE)
        seal(sh, 160, y + 4, doc_seal(c, lang, bool(v["riz"])), rng, c=SEAL_BLUE, mm=30)
    return [sh], tags


def mc_old_pen(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The previous model printed blank on two pages with dotted answer lines and FILLED IN BY HAND (a chancery or
    italic hand): patient's name at the top of both pages, the severity written after its printed caption inside
    B/; the doctor's details written on page 2 with the signature BESIDE the printed word 'Signature' /
    'Handtekening' and an oval stamp under it; printed on yellowish paper and copied a little crooked."""
    O = OLDM[lang]
    v = mvals(c, lang)
    hf = random.Random(c.seed + 61).choice([P_CHANC, P_ITAL, P_KRISTI, P_ROUND])
    ink = random.Random(c.seed + 62).choice([INK_ROYAL, BALL_BLACK, BALL_BLUE])
    tags = {"patient": 1, "illness": 1, "severity": 1, "treatment": 1, "doctor": 2, "signature": 2}
    s1, s2 = Sheet(paper="yellow"), Sheet(paper="yellow")
    put(s1, 105, 12, O["title"], f=TIM_B, pt=13.5, a="center")
    block(s1, 30, 18.5, 150, O["law"], f=TIM_I, pt=8.4, align="center", lead=1.2)
    pt_ = 11.5 if hf != P_KRISTI else 14

    def dotted(sh, y, lab, val, x=18, w=None):
        put(sh, x, y, lab, f=TIM, pt=9.4)
        x1 = x + wid(lab, TIM, 9.4) + 2
        rule(sh, x1, 192, y + 4.2, c=PALE, dash=0.5)
        if val:
            hand(sh, x1 + 1, y - 2.4, val, rng, f=hf, pt=pt_, c=ink, w=192 - x1 - 2)

    dotted(s1, 32, O["pat"] + " :", v["full"])
    dotted(s1, 40, O["bd"] + " :", v["bd"])
    dotted(s1, 48, O["nat"] + " :", v["nat"])

    def q(sh, y, label, ans, n):
        y = block(sh, 18, y, 174, label, f=TIM_B, pt=9.4, lead=1.2) + 1
        for i in range(n):
            rule(sh, 18, 192, y + 5.4 + i * 6.2, c=PALE, dash=0.5)
        if ans:
            hand_block(sh, 19, y + 0.4, 170, ans, rng, f=hf, pt=pt_ - 1.5, lh=6.2, c=ink, n=n)
        return y + n * 6.2 + 3

    y = q(s1, 58, O["A"], v["hist"], 4)
    y = q(s1, y, O["B"], v["diag"], 2)
    dotted(s1, y, O["Bsev"], "")
    if v["sevx"]:
        hand_block(s1, 18 + wid(O["Bsev"], TIM, 9.4) + 3, y - 2.2, 140, v["sevx"], rng, f=hf, pt=pt_ - 1.5, lh=6.2,
                   c=ink, n=3)
    y += 20
    y = q(s1, y, O["C"], "; ".join(x for x in (v["med"], v["other"]) if x), 5)
    dotted(s1, y, O["Cdur"], v["dur"])
    put(s2, 18, 12, O["pat"] + " :", f=TIM, pt=8.6, c=MID)
    if v["full"]:
        hand(s2, 18 + wid(O["pat"] + " :", TIM, 8.6) + 3, 10, v["full"], rng, f=hf, pt=11, c=ink)
    y = q(s2, 24, O["D"], v["stop"], 4)
    y = q(s2, y, O["E"], v["prog"], 3)
    y = q(s2, y, O["F"], v["needs"], 4)
    y = q(s2, y, O["G"], v["travel"], 2)
    y += 4
    put(s2, 18, y, O["doc"], f=TIM_B, pt=9.4)
    dotted(s2, y + 8, "Dr", f"{c.doctor.first} {c.doctor.last} - {v['spec']}")
    dotted(s2, y + 16, O["riz"] + " :", v["riz"])
    dotted(s2, y + 24, O["date"] + " :", v["date"])
    lab = {"nl": "Handtekening :", "fr": "Signature :"}[lang]
    put(s2, 18, y + 36, lab, f=TIM, pt=9.4)
    if v["signed"]:
        scrawl(s2, 20 + wid(lab, TIM, 9.4) + 2, y + 30, rng, c=ink)
        seal(s2, 40, y + 44, doc_seal(c, lang, bool(v["riz"])), rng, shape="oval", c=SEAL_PURPLE, mm=42)
    return [askew(s1, rng.choice([-1.1, 0.8]), fill=(252, 247, 221)),
            askew(s2, rng.choice([-0.9, 1.2]), fill=(252, 247, 221))], tags


def mc_new_pen(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The 2024 model printed blank and filled in BY HAND in ballpoint capitals: section captions on light grey
    strips, the doctor's section FIRST on page 1 with the RIZIV/INAMI number written digit by digit in a row of
    small boxes, the patient's fields under it, the severity as four boxes in a row marked with a pen cross; two
    pages; on page 2 the date and the signature BELOW the printed label 'Handtekening', the stamp in its own box
    beside."""
    N = NEWM[lang]
    v = mvals(c, lang)
    hf = random.Random(c.seed + 63).choice([P_CAPS, P_BOLD, P_ROUND])
    ink = random.Random(c.seed + 64).choice([BALL_BLUE, BALL_BLACK, INK_GREEN])
    tags = {"doctor": 1, "patient": 1, "illness": 1, "severity": 1, "treatment": 2, "signature": 2}
    s1, s2 = Sheet(), Sheet()
    put(s1, 18, 11, N["title"].upper(), f=HELN_B, pt=14.5)
    put(s1, 18, 17.5, f"{N['since']} - {N['law']}", f=HELN, pt=8, c=MID)

    def strip(sh, y, t):
        tint(sh, 18, y, 174, 5.6, (225, 225, 225))
        put(sh, 20, y + 0.9, t, f=HELN_B, pt=9)
        return y + 8

    def fld(sh, y, lab, val, x=18, w=174):
        put(sh, x, y, lab, f=HELN, pt=7.4, c=MID)
        rule(sh, x, x + w - 3, y + 8, c=PALE)
        if val:
            hand(sh, x + 1, y + 2.2, val, rng, f=hf, pt=10.5, c=ink, w=w - 4, caps=True)

    def area(sh, y, h, ans, n):
        frame(sh, 18, y, 174, h, lw=0.2, c=PALE)
        if ans:
            hand_block(sh, 20, y + 1.5, 168, ans, rng, f=hf, pt=9.6, lh=5.5, c=ink, n=n, caps=True)
        return y + h + 3

    y = strip(s1, 24, N["doc"])
    fld(s1, y, N["dn"], v["dname"].replace("Dr ", ""), w=86)
    fld(s1, y, N["spec"], v["spec"], x=106, w=86)
    y += 11
    put(s1, 18, y, N["riz"], f=HELN, pt=7.4, c=MID)
    digits = [ch for ch in v["riz"] if ch.isdigit()]
    for i in range(11):
        frame(s1, 18 + i * 6.2, y + 3, 5.6, 6.6, lw=0.2, c=MID)
        if i < len(digits):
            hand(s1, 19.2 + i * 6.2, y + 3.4, digits[i], rng, f=hf, pt=11, c=ink)
    fld(s1, y, N["addr"], v["addr"], x=90, w=102)
    y = strip(s1, y + 14, N["pat"])
    fld(s1, y, N["pn"], v["surname"], w=60)
    fld(s1, y, N["pf"], v["first"], x=78, w=50)
    fld(s1, y, N["pbd"], v["bd"], x=128, w=32)
    fld(s1, y, N["pnat"], v["nat"], x=160, w=32)
    y = strip(s1, y + 13, N["hist"])
    y = area(s1, y, 30, v["hist"], 5)
    y = strip(s1, y, N["diag"])
    y = area(s1, y, 19, v["diag"], 3)
    y = strip(s1, y, N["sev"])
    x = 20.0
    for i, o in enumerate(N["levels"]):
        tickbox(s1, x, y, 3.8, i == v["lvl"], rng, c=ink, kind="cross")
        put(s1, x + 5.5, y + 0.2, o, f=HELN, pt=9)
        x += 12 + wid(o, HELN, 9)
    put(s1, 20, y + 7, N["why"], f=HELN, pt=7.4, c=MID)
    area(s1, y + 10, 34, v["sevx"], 5)
    put(s2, 18, 10, f"{N['pat'][3:]}: ", f=HELN, pt=7.6, c=MID)
    if v["full"]:
        hand(s2, 50, 8, v["full"], rng, f=hf, pt=10, c=ink, caps=True)
    y = strip(s2, 18, N["tr"])
    put(s2, 18, y, N["med"], f=HELN, pt=7.4, c=MID)
    y = area(s2, y + 3, 22, v["med"], 4)
    put(s2, 18, y, N["other"], f=HELN, pt=7.4, c=MID)
    y = area(s2, y + 3, 18, v["other"], 3)
    fld(s2, y, N["dur"], v["dur"])
    y = strip(s2, y + 12, N["stop"])
    y = area(s2, y, 22, v["stop"], 4)
    y = strip(s2, y, N["prog"])
    y = area(s2, y, 16, v["prog"], 3)
    y = strip(s2, y, N["care"])
    y = area(s2, y, 26, f"{v['needs']} {v['travel']}", 4)
    y += 2
    fld(s2, y, N["date"], v["date"], w=60)
    put(s2, 84, y, N["sign"], f=HELN, pt=7.4, c=MID)
    if v["signed"]:
        scrawl(s2, 86, y + 4, rng, c=ink)
    put(s2, 146, y, N["stamp"], f=HELN, pt=7.4, c=MID)
    frame(s2, 146, y + 3, 46, 28, lw=0.2, c=PALE)
    seal(s2, 150, y + 5, doc_seal(c, lang, bool(v["riz"])), rng, shape="rect", c=SEAL_BLUE, mm=38)
    return [s1, s2], tags


def mc_new_screen(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The 2024 model completed on screen and printed: a two-column grid of rows with the caption in a shaded LEFT
    cell (Carlito) and the answer at the right; the severity as a vertical list of four options, the chosen one
    marked '[X]' and the others '[ ]'; two pages with a running head 'Certificat médical type - patient: ...';
    the doctor's section last, the signature written over the signature cell with the doctor's stamp overlapping
    both the signature and the printed text beside it."""
    N = NEWM[lang]
    v = mvals(c, lang)
    tags: dict[str, int] = {}
    sheets: list[Sheet] = []
    st = {"y": 0.0}

    def new():
        sh = Sheet()
        if not sheets:
            put(sh, 18, 12, N["title"], f=CAL_B, pt=16)
            put(sh, 18, 19, N["since"], f=CAL_I, pt=9, c=MID)
            put(sh, 192, 12, N["law"], f=CAL, pt=8, a="right", c=MID)
            st["y"] = 28.0
        else:
            put(sh, 18, 10, f"{N['title']} - {v['full'] or '...'}", f=CAL_I, pt=8, c=MID)
            st["y"] = 18.0
        sheets.append(sh)

    new()

    def row(lab, val, *, tag=None, minh=7.0, opts=None):
        ln = lines_of(sheets[-1], val or " ", 118, CAL, 9.6)
        h = max(minh, 4.6 * len(ln) + 2.6)
        if opts:
            h = max(h, 5.4 * len(opts) + 3)
        if st["y"] + h > 276:
            new()
        if tag:
            tags.setdefault(tag, len(sheets))
        sh, y = sheets[-1], st["y"]
        tint(sh, 18, y, 52, h, (232, 236, 240))
        frame(sh, 18, y, 174, h, lw=0.2, c=PALE)
        vrule(sh, 70, y, y + h, lw=0.2, c=PALE)
        block(sh, 20, y + 1.4, 48, lab, f=CAL_B, pt=8.6, lead=1.2)
        if opts:
            for i, o in enumerate(opts):
                put(sh, 73, y + 1.6 + i * 5.4, f"[{'X' if i == v['lvl'] else ' '}]  {o}", f=CNEW, pt=9.4)
        elif val:
            block(sh, 73, y + 1.4, 118, val, f=CAL, pt=9.6, lead=1.3)
        st["y"] = y + h

    def sect(t):
        if st["y"] + 18 > 276:
            new()
        st["y"] += 3
        put(sheets[-1], 18, st["y"], t, f=CAL_B, pt=10.5, c=(20, 60, 110))
        st["y"] += 6

    sect(N["pat"])
    row(N["pn"], v["surname"], tag="patient")
    row(N["pf"], v["first"])
    row(N["pbd"], v["bd"])
    row(N["pnat"], v["nat"])
    sect(N["hist"])
    row(N["hist"][3:], v["hist"], minh=14)
    sect(N["diag"])
    row(N["diag"][3:], v["diag"], tag="illness", minh=9)
    sect(N["sev"])
    row(N["sev"][3:], "", tag="severity", opts=N["levels"])
    row(N["why"], v["sevx"], minh=12)
    sect(N["tr"])
    row(N["med"], v["med"], tag="treatment", minh=10)
    row(N["other"], v["other"], minh=10)
    row(N["dur"], v["dur"])
    sect(N["stop"])
    row(N["stop"][3:], v["stop"], minh=10)
    sect(N["prog"])
    row(N["prog"][3:], v["prog"])
    sect(N["care"])
    row(N["care"][3:], f"{v['needs']} {v['travel']}", minh=12)
    sect(N["doc"])
    row(N["dn"], v["dname"], tag="doctor")
    row(N["riz"], v["riz"])
    row(N["spec"], v["spec"])
    row(N["addr"], v["addr"])
    row(N["date"], v["date"], tag="signature")
    if st["y"] + 30 > 276:
        new()
        tags["signature"] = len(sheets)
    sh, y = sheets[-1], st["y"]
    tint(sh, 18, y, 52, 28, (232, 236, 240))
    frame(sh, 18, y, 174, 28, lw=0.2, c=PALE)
    vrule(sh, 70, y, y + 28, lw=0.2, c=PALE)
    put(sh, 20, y + 1.4, f"{N['sign']} / {N['stamp']}", f=CAL_B, pt=8.6)
    if v["signed"]:
        scrawl(sh, 80, y + 6, rng, c=BALL_BLUE)
        seal(sh, 104, y + 1, doc_seal(c, lang, bool(v["riz"])), rng, c=SEAL_BLUE, mm=27)
    return sheets, tags


def mc_new_dense(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The 2024 model on ONE page set very tight in DejaVu Sans Condensed: the doctor's data with the RIZIV/INAMI
    number in a grey band right under the title, then numbered captions in bold with the typed answer running on the
    same line after a colon, the severity as four inline boxes with the chosen one filled black; at the foot the
    date, the signature to the RIGHT of the printed word and the rectangular stamp at the far right."""
    N = NEWM[lang]
    v = mvals(c, lang)
    tags = {"patient": 1, "illness": 1, "severity": 1, "treatment": 1, "doctor": 1, "signature": 1}
    sh = Sheet()
    put(sh, 16, 10, N["title"].upper(), f=DJC_B, pt=12.5)
    put(sh, 194, 11, N["since"], f=DJC, pt=7.4, a="right", c=MID)
    put(sh, 16, 16, N["law"], f=DJC, pt=7.4, c=MID)
    tint(sh, 12, 21, 186, 25, (236, 236, 236))
    put(sh, 16, 22.5, N["doc"], f=DJC_B, pt=9, c=(30, 60, 100))
    for i, (a, b) in enumerate([(N["dn"], v["dname"]), (N["riz"], v["riz"]), (N["spec"], v["spec"]),
                                (N["addr"], v["addr"])]):
        x = 16 + (i % 2) * 92
        put(sh, x, 28 + (i // 2) * 8, f"{a}:", f=DJC, pt=7.4, c=MID)
        put(sh, x, 31.4 + (i // 2) * 8, b, f=DJC_B, pt=shrink(b, 88, DJC_B, 8.6))
    y = 51.0

    def run(lab, val, *, gap=2.2):
        nonlocal y
        put(sh, 16, y, lab + ":", f=DJC_B, pt=8.4)
        x0 = 16 + wid(lab + ":", DJC_B, 8.4) + 1.8
        if val:
            ln = lines_of(sh, val, 194 - x0, DJC, 8.4)
            put(sh, x0, y, ln[0], f=DJC, pt=8.4)
            if len(ln) > 1:
                y = block(sh, 16, y + 3.8, 178, " ".join(ln[1:]), f=DJC, pt=8.4, lead=1.28)
            else:
                y += 3.8
        else:
            rule(sh, x0, 194, y + 3.4, c=PALE, dash=0.4)
            y += 5
        y += gap

    put(sh, 16, y, N["pat"], f=DJC_B, pt=9.2, c=(30, 60, 100))
    y += 5
    run(N["pn"], v["surname"], gap=0.4)
    run(N["pf"], v["first"], gap=0.4)
    run(N["pbd"], v["bd"], gap=0.4)
    run(N["pnat"], v["nat"])
    run(N["hist"], v["hist"])
    run(N["diag"], v["diag"])
    put(sh, 16, y, N["sev"] + ":", f=DJC_B, pt=8.4)
    x = 16 + wid(N["sev"] + ":", DJC_B, 8.4) + 3
    for i, o in enumerate(N["levels"]):
        frame(sh, x, y + 0.3, 3, 3, lw=0.25)
        if i == v["lvl"]:
            tint(sh, x + 0.5, y + 0.8, 2, 2, (0, 0, 0))
        put(sh, x + 4, y, o, f=DJC, pt=8.4)
        x += 9 + wid(o, DJC, 8.4)
    y += 5
    run(N["why"], v["sevx"])
    run(N["tr"] + " - " + N["med"], v["med"], gap=0.6)
    run(N["other"], v["other"], gap=0.6)
    run(N["dur"], v["dur"])
    run(N["stop"], v["stop"])
    run(N["prog"], v["prog"])
    run(N["care"], f"{v['needs']} {v['travel']}")
    y = max(y + 8, 232.0)
    rule(sh, 16, 194, y - 3, lw=0.3)
    put(sh, 16, y + 6, f"{N['date']}: {v['date']}", f=DJC_B, pt=8.8)
    put(sh, 70, y + 6, N["sign"] + ":", f=DJC, pt=8.4)
    if v["signed"]:
        scrawl(sh, 88, y + 1, rng, w=34, h=11, c=BALL_BLUE)
        seal(sh, 138, y - 1, doc_seal(c, lang, bool(v["riz"])), rng, shape="rect", c=SEAL_BLUE, mm=38)
    return [sh], tags


def mc_old_fax(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The previous model typed on the practice's old template in a typewriter face, ONE page: questions A/ to G/
    underlined, the answers indented under them, no frames; a fax transmission line at the very top of the page
    (sender number, date, 'p. 1/1'); the doctor's details as a block at the LOWER LEFT and the signature with a
    round stamp pressed over the typed name at the lower right."""
    O = OLDM[lang]
    v = mvals(c, lang)
    tags = {"patient": 1, "illness": 1, "severity": 1, "treatment": 1, "doctor": 1, "signature": 1}
    sh = Sheet()
    put(sh, 8, 3, f"FAX  +32 {rng.randint(2, 87)} {rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
        f"   {dmy(c.cert_date + timedelta(days=rng.randint(0, 2)), '/', short=True)} {rng.randint(8, 18):02d}:"
        f"{rng.randint(0, 59):02d}   {c.doctor.inst[:30]}   p. 1/1", f=CNEW, pt=7)
    put(sh, 105, 13, O["title"], f=TYPE_B, pt=13, a="center")
    block(sh, 28, 19, 154, O["law"], f=TYPE, pt=7.6, align="center", lead=1.2)
    y = 30.0
    for lab, val in [(O["pat"], v["full"]), (O["bd"], v["bd"]), (O["nat"], v["nat"])]:
        put(sh, 18, y, f"{lab}: {val}", f=TYPE, pt=9)
        y += 4.6
    y += 2

    def q(lab, ans, extra=None):
        nonlocal y
        for ln in lines_of(sh, lab, 176, TYPE_B, 8.6):
            put(sh, 18, y, ln, f=TYPE_B, pt=8.6)
            rule(sh, 18, 18 + wid(ln, TYPE_B, 8.6), y + 3.8, lw=0.2)
            y += 4.2
        if ans:
            y = block(sh, 24, y + 0.6, 168, ans, f=TYPE, pt=8.4, lead=1.22)
        else:
            y += 4
        if extra:
            extra()
        y += 2.4

    def sev():
        nonlocal y
        put(sh, 24, y, O["Bsev"], f=TYPE_B, pt=8.4)
        if v["sevx"]:
            y = block(sh, 24 + wid(O["Bsev"], TYPE_B, 8.4) + 2, y, 150, v["sevx"], f=TYPE, pt=8.4, lead=1.22)
        else:
            y += 4

    def dur():
        nonlocal y
        put(sh, 24, y, f"{O['Cdur']} {v['dur']}", f=TYPE, pt=8.4)
        y += 4

    q(O["A"], v["hist"])
    q(O["B"], v["diag"], sev)
    q(O["C"], "; ".join(x for x in (v["med"], v["other"]) if x), dur)
    q(O["D"], v["stop"])
    q(O["E"], v["prog"])
    q(O["F"], v["needs"])
    q(O["G"], v["travel"])
    y = max(y + 4, 236.0)
    put(sh, 18, y, O["doc"] + ":", f=TYPE_B, pt=8.4)
    for i, s in enumerate([v["dname"], v["spec"], v["addr"], f"{O['riz']} {v['riz']}"]):
        put(sh, 18, y + 5 + i * 4.4, s, f=TYPE, pt=shrink(s, 100, TYPE, 8.6))
    put(sh, 128, y, f"{O['date']}: {v['date']}", f=TYPE, pt=9)
    put(sh, 128, y + 26, v["dname"], f=TYPE, pt=9)
    if v["signed"]:
        scrawl(sh, 130, y + 8, rng, c=BALL_BLACK)
        seal(sh, 150, y + 14, doc_seal(c, lang, bool(v["riz"])), rng, c=SEAL_GREY, mm=28)
    return [sh], tags


_reg("be9ter-medcert-old-nl-typed-kaders-per-vraag-mono-antwoord-een-blad-46", "medical-certificate", "nl",
     lambda c, r: mc_old_boxes(c, r, lang="nl"), "previous model typed, a frame per question, one page")
_reg("be9ter-medcert-old-fr-hand-stippellijnen-geel-papier-ovale-stempel-46", "medical-certificate", "fr",
     lambda c, r: mc_old_pen(c, r, lang="fr"), "previous model filled in by hand on dotted lines, two pages")
_reg("be9ter-medcert-2024-nl-hand-arts-eerst-riziv-vakjes-kruisje-46", "medical-certificate", "nl",
     lambda c, r: mc_new_pen(c, r, lang="nl"), "2024 model filled in by hand, doctor first, RIZIV digit boxes")
_reg("be9ter-medcert-2024-fr-typed-grijze-labelcel-x-tussen-haken-46", "medical-certificate", "fr",
     lambda c, r: mc_new_screen(c, r, lang="fr"), "2024 model completed on screen, shaded caption cells")
_reg("be9ter-medcert-2024-de-typed-een-blad-condensed-grijze-voetband-46", "medical-certificate", "de",
     lambda c, r: mc_new_dense(c, r, lang="de"), "2024 model in German on one dense page")
_reg("be9ter-medcert-old-fr-typed-schrijfmachine-faxregel-onderstreepte-vragen-46", "medical-certificate", "fr",
     lambda c, r: mc_old_fax(c, r, lang="fr"), "previous model typed in a typewriter face, received by fax")
_reg("be9ter-medcert-2024-nl-typed-een-blad-condensed-grijze-voetband-46", "medical-certificate", "nl",
     lambda c, r: mc_new_dense(c, r, lang="nl"), "2024 model in Dutch on one dense page")
_reg("be9ter-medcert-2024-en-typed-grijze-labelcel-46", "medical-certificate", "en",
     lambda c, r: mc_new_screen(c, r, lang="en"), "the 2024 model filled in English (not accepted)")


# =========================================================================== medical statements

def _doc_lang(c: Case, doc) -> str:
    l_ = "fr" if doc.pc[:1] in ("4", "5", "6", "7") or doc.pc in ("1000", "1030", "1050", "1060", "1070", "1080",
                                                                  "1210") else "nl"
    if doc.pc.startswith("47"):
        l_ = "de"
    return l_ if l_ in ILLNESSES[c.illness] else ("fr" if "fr" in ILLNESSES[c.illness] else "nl")


def ms_specialist(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A hospital specialist's letter to the treating GP: a roundel logo and the hospital's name at the top LEFT, the
    department, the doctor's name and direct line in a column at the RIGHT; the GP's address under the logo; a
    'Concerne / Betreft' line with the patient's name surname-first and birth date; the letter in running prose
    (reason for the consultation, history, findings, conclusion, treatment plan) without headings; signed under
    the closing with the signature LEFT of the printed name; footer with the hospital's switchboard."""
    doc = c.doctor if "medcert_absent" in c.flags else c.specialist
    lang = _doc_lang(c, doc)
    t = t_ill(c, lang)
    il = ILLNESSES[c.illness]
    sh = Sheet()
    emblem(sh, 18, 10, 14, rng, "roundel", c=(0, 90, 140))
    block(sh, 35, 11, 70, doc.inst, f=GOTH_B, pt=10.5, lead=1.15, c=(0, 70, 120))
    for i, s in enumerate([doc.dept or SPECIALTY[doc.spec][lang], doc.name(), f"Tél./Tel. {doc.tel}",
                           f"{doc.street}, {doc.pc} {doc.city}"]):
        put(sh, 192, 11 + i * 4.4, s, f=GOTH, pt=8.4, a="right", c=MID)
    gp = _b9.MAISONS.get(lang, _b9.MAISONS["nl"])[c.seed % len(_b9.MAISONS.get(lang, _b9.MAISONS["nl"]))]
    for i, s in enumerate([gp[0], gp[1], f"{gp[2]} {gp[3]}"]):
        put(sh, 18, 36 + i * 4.8, s, f=GOTH, pt=9.6)
    put(sh, 192, 56, f"{doc.city}, {dlong(c.medstat_date, lang)}", f=GOTH, pt=9.6, a="right")
    head = {"nl": "Betreft", "fr": "Concerne", "de": "Betrifft"}[lang]
    put(sh, 18, 66, f"{head}: {c.p.surname.upper()} {c.p.given_names} (°{dmy(c.p.birth_date, '.')})", f=GOTH_B,
        pt=10)
    sal = {"nl": "Geachte collega,", "fr": "Chère Consœur, cher Confrère,", "de": "Liebe Kollegin, lieber Kollege,"}
    txt = {"nl": f"Ik zag uw patiënt(e) opnieuw op de raadpleging. {t['history']} Diagnose: {t['name']} "
                 f"({il['icd']}). {t['severity']} Behandeling: {'; '.join(t['meds'])}. {t['intervention']} "
                 f"{t['needs']} {t['prognosis']}",
           "fr": f"J'ai revu votre patient(e) en consultation. {t['history']} Diagnostic : {t['name']} "
                 f"({il['icd']}). {t['severity']} Traitement : {'; '.join(t['meds'])}. {t['intervention']} "
                 f"{t['needs']} {t['prognosis']}",
           "de": f"Ich sah Ihre Patientin bzw. Ihren Patienten erneut in der Sprechstunde. {t['history']} Diagnose: "
                 f"{t['name']} ({il['icd']}). {t['severity']} Behandlung: {'; '.join(t['meds'])}. "
                 f"{t['intervention']} {t['needs']} {t['prognosis']}"}[lang]
    y = block(sh, 18, 78, 174, sal[lang], f=GOTH, pt=10) + 3
    y = block(sh, 18, y, 174, txt, f=GOTH, pt=10, lead=1.55, align="justify") + 6
    y = block(sh, 18, y, 174, {"nl": "Met collegiale groeten,", "fr": "Bien confraternellement,",
                               "de": "Mit kollegialen Grüßen"}[lang], f=GOTH, pt=10) + 4
    scrawl(sh, 18, y, rng, c=BALL_BLUE)
    put(sh, 62, y + 6, doc.name(), f=GOTH_B, pt=10)
    put(sh, 62, y + 11, SPECIALTY[doc.spec][lang], f=GOTH, pt=9)
    rule(sh, 18, 192, 282, lw=0.15, c=PALE)
    put(sh, 105, 284, f"{doc.inst} - {doc.tel}", f=GOTH, pt=7, a="center", c=MID)
    return [sh], {}


def ms_discharge(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A hospital discharge letter ('Ontslagbrief' / 'Lettre de sortie') printed from the electronic record: a
    header table (admission and discharge dates, department, ward) in a thin grid, then fixed sections in bold
    capitals (REDEN VAN OPNAME, DIAGNOSE BIJ ONTSLAG, MEDICATIE BIJ ONTSLAG as a table of drug and dose, VERDERE
    OPVOLGING), closed by 'elektronisch gevalideerd' with the doctor's name and a time; printed in Liberation Sans,
    the copy shows a toner streak."""
    doc = c.doctor if "medcert_absent" in c.flags else c.specialist
    lang = _doc_lang(c, doc)
    if lang == "de":
        lang = "fr" if "fr" in ILLNESSES[c.illness] else "nl"
    t = t_ill(c, lang)
    il = ILLNESSES[c.illness]
    adm = c.medstat_date - timedelta(days=rng.randint(4, 16))
    sh = Sheet()
    put(sh, 16, 10, doc.inst, f=ARI_B, pt=11)
    put(sh, 194, 10, {"nl": "ONTSLAGBRIEF", "fr": "LETTRE DE SORTIE"}[lang], f=ARI_B, pt=12, a="right")
    grid = [({"nl": "Patiënt", "fr": "Patient"}[lang], f"{c.p.surname.upper()} {c.p.given_names}"),
            ({"nl": "Geboortedatum", "fr": "Date de naissance"}[lang], dmy(c.p.birth_date, "/")),
            ({"nl": "Opname", "fr": "Admission"}[lang], dmy(adm, "/")),
            ({"nl": "Ontslag", "fr": "Sortie"}[lang], dmy(c.medstat_date, "/")),
            ({"nl": "Dienst", "fr": "Service"}[lang], doc.dept or SPECIALTY[doc.spec][lang]),
            ({"nl": "Behandelend arts", "fr": "Médecin responsable"}[lang], doc.name())]
    y = 20.0
    for i, (a, v) in enumerate(grid):
        x = 16 + (i % 2) * 89
        frame(sh, x, y, 89, 9, lw=0.2, c=PALE)
        put(sh, x + 1.5, y + 0.8, a, f=ARI, pt=6.8, c=MID)
        put(sh, x + 1.5, y + 4, v, f=ARI_B, pt=shrink(v, 85, ARI_B, 9))
        if i % 2:
            y += 9
    y += 8
    secs = {"nl": ["REDEN VAN OPNAME", "VOORGESCHIEDENIS", "DIAGNOSE BIJ ONTSLAG", "MEDICATIE BIJ ONTSLAG",
                   "VERDERE OPVOLGING"],
            "fr": ["MOTIF D'ADMISSION", "ANTÉCÉDENTS", "DIAGNOSTIC DE SORTIE", "TRAITEMENT DE SORTIE",
                   "SUIVI"]}[lang]
    for s_, txt in zip(secs, [t["severity"], t["history"], f"{t['name']} ({il['icd']})", None,
                              f"{t['needs']} {t['duration']}"]):
        put(sh, 16, y, s_, f=ARI_B, pt=9.4)
        y += 5.2
        if txt is None:
            for m in t["meds"]:
                frame(sh, 16, y, 178, 6.4, lw=0.15, c=PALE)
                put(sh, 18, y + 1.2, m, f=ARI, pt=9.2)
                y += 6.4
            y += 4
        else:
            y = block(sh, 16, y, 178, txt, f=ARI, pt=9.6, lead=1.4) + 4
    y += 4
    put(sh, 16, y, {"nl": "Elektronisch gevalideerd door", "fr": "Validé électroniquement par"}[lang] +
        f" {doc.name()} - {dmy(c.medstat_date, '/')} {rng.randint(9, 19):02d}:{rng.randint(0, 59):02d}", f=ARI_I,
        pt=8.8, c=MID)
    return [toner_streak(sh, rng)], {}


def ms_gp_note(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The treating GP's short handwritten certificate on the practice's A5 notepaper ('Attest' / 'Certificat'):
    the practice's printed header with the doctor's name and RIZIV/INAMI number, the text written by hand in a few
    lines (the patient is followed for the condition, needs the treatment and cannot interrupt it), date and
    signature at the bottom right with the doctor's small rectangular stamp; the A5 sheet photographed on a desk."""
    doc = c.doctor if "medcert_absent" in c.flags else c.specialist
    lang = _doc_lang(c, doc)
    if lang == "de":
        lang = "fr" if "fr" in ILLNESSES[c.illness] else "nl"
    t = t_ill(c, lang)
    hf = random.Random(c.seed + 71).choice([P_ROUND, P_ITAL, P_CHANC])
    sh = Sheet(148, 210)
    put(sh, 10, 10, doc.name(), f=TIM_B, pt=11)
    put(sh, 10, 15.5, SPECIALTY[doc.spec][lang], f=TIM_I, pt=9)
    put(sh, 10, 20, f"{doc.street} - {doc.pc} {doc.city}", f=TIM, pt=8, c=MID)
    put(sh, 10, 24, f"{'RIZIV' if lang == 'nl' else 'INAMI'} {doc.riziv} - {doc.tel}", f=TIM, pt=8, c=MID)
    rule(sh, 10, 138, 28, lw=0.3)
    hand(sh, 10, 36, {"nl": "Attest", "fr": "Certificat médical"}[lang], rng, f=hf, pt=16, c=BALL_BLUE)
    txt = {"nl": f"Ik ondergetekende, arts, verklaar dat {c.p.given_names} {c.p.surname} (°{dmy(c.p.birth_date, '/')}) "
                 f"bij mij in behandeling is voor {t['name'].lower()}. {t['severity']} De behandeling "
                 f"({'; '.join(t['meds'])}) mag niet onderbroken worden.",
           "fr": f"Je soussigné(e), docteur en médecine, certifie que {c.p.given_names} {c.p.surname} (né(e) le "
                 f"{dmy(c.p.birth_date, '/')}) est suivi(e) pour {t['name'].lower()}. {t['severity']} Le traitement "
                 f"({'; '.join(t['meds'])}) ne peut être interrompu."}[lang]
    y = hand_block(sh, 10, 50, 128, txt, rng, f=hf, pt=12, lh=7.2, c=BALL_BLUE, n=16)
    hand(sh, 70, y + 6, f"{doc.city}, {dmy(c.medstat_date, '/')}", rng, f=hf, pt=11.5, c=BALL_BLUE)
    scrawl(sh, 82, y + 14, rng, c=BALL_BLUE)
    seal(sh, 12, y + 12, [doc.name()[:24], doc.riziv], rng, shape="rect", c=SEAL_BLUE, mm=40)
    page = Sheet()
    page.image(30, 44, 148, 210, to_img(sh, 180))
    return [desk_photo(page, rng)], {}


_reg("be9ter-medstat-specialist-brief-huisarts-rondel-proza-zonder-koppen-46", "medical-statement", "fr",
     ms_specialist, "specialist's letter to the GP in running prose")
_reg("be9ter-medstat-ontslagbrief-epd-rastertabel-hoofdletterkoppen-46", "medical-statement", "nl", ms_discharge,
     "hospital discharge letter from the electronic record")
_reg("be9ter-medstat-huisarts-attest-a5-handgeschreven-bureau-46", "medical-statement", "nl", ms_gp_note,
     "GP's short handwritten certificate on A5 notepaper, photographed")


# =========================================================================== country of origin information

def coi_table_nl(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A Dutch research note compiled by a migration-law support centre ('Beschikbaarheid en toegankelijkheid van de
    behandeling'), two pages: the question and the country in a framed box at the top, a table of the treatment's
    components with columns 'beschikbaar', 'waar' and 'bron', a section on accessibility with costs against the
    average wage and the insurance situation, and the numbered list of sources with web addresses; page numbers
    'pagina n van 2' at the foot."""
    o = BC[c.origin()]
    il = ILLNESSES[c.illness]
    drug = il.get("drug_l", {}).get("nl") or il["drug"]
    s1, s2 = Sheet(), Sheet()
    put(s1, 18, 12, "Kenniscentrum Migratie & Gezondheid", f=ARI_B, pt=10, c=(120, 40, 60))
    put(s1, 18, 17.5, "Onderzoeksnota landeninformatie", f=ARI, pt=8.6, c=MID)
    frame(s1, 18, 26, 174, 24, lw=0.4, c=(120, 40, 60))
    put(s1, 21, 28.5, f"Land: {o['nl']}", f=ARI_B, pt=11)
    block(s1, 21, 34.5, 168, f"Vraag: is de behandeling met {drug} beschikbaar en toegankelijk in {o['nl']}?",
          f=ARI, pt=10, lead=1.35)
    put(s1, 21, 44, f"Afgesloten op {dmy(SUB - timedelta(days=20 + c.seed % 60), '-')}", f=ARI_I, pt=8.4, c=MID)
    y = 58.0
    put(s1, 18, y, "1. Beschikbaarheid", f=ARI_B, pt=11)
    y += 7
    cols = [(18, 62, "Onderdeel"), (80, 26, "Beschikbaar"), (106, 52, "Waar"), (158, 34, "Bron")]
    for x, w_, h in cols:
        frame(s1, x, y, w_, 7, lw=0.2, fill=(236, 228, 230))
        put(s1, x + 1.5, y + 1.6, h, f=ARI_B, pt=8.8)
    y += 7
    rows = [(drug, "beperkt", o["hospital"], "[1]"), ("opvolging door specialist", "ja", f"{o['capital']}", "[2]"),
            ("laboratoriumcontrole", "beperkt", f"privélabo's {o['capital']}", "[1]")]
    for r_ in rows:
        hh = max(9.0, 4.4 * max(len(lines_of(s1, v_, w_ - 3, ARI, 8.8)) for (x, w_, _), v_ in zip(cols, r_)) + 2)
        for (x, w_, _), v_ in zip(cols, r_):
            frame(s1, x, y, w_, hh, lw=0.2, c=PALE)
            block(s1, x + 1.5, y + 1.4, w_ - 3, v_, f=ARI, pt=8.8, lead=1.25)
        y += hh
    y += 8
    put(s1, 18, y, "2. Toegankelijkheid", f=ARI_B, pt=11)
    y = block(s1, 18, y + 7, 174, f"De maandelijkse kostprijs van de behandeling bedraagt ongeveer {il['cost']}; het "
              f"gemiddelde maandloon ligt rond {o['wage']}. {o['insurance_nl']} Patiënten betalen het grootste deel "
              f"van de kosten zelf.[3]", f=ARI, pt=10, lead=1.5, align="justify") + 4
    block(s1, 18, y, 174, "3. Besluit: de behandeling is niet op een voldoende regelmatige en betaalbare manier "
          "toegankelijk.", f=ARI_B, pt=10, lead=1.5)
    put(s2, 18, 16, "Bronnen", f=ARI_B, pt=11)
    y = 24.0
    for i, s in enumerate([f"Overzicht essentiële geneesmiddelen en leveringsproblemen, {o['en']}, 2026 - "
                           f"https://www.who.int/countries/{c.origin().lower()}",
                           f"Lijst van gespecialiseerde centra, ministerie van Volksgezondheid, {o['capital']}",
                           "Rapport van een internationale ngo over toegang tot zorg en ziektekostendekking, 2025"], 1):
        y = block(s2, 18, y, 174, f"[{i}] {s}", f=ARI, pt=9.6, lead=1.4) + 3
    for i, sh in enumerate((s1, s2)):
        put(sh, 105, 286, f"pagina {i + 1} van 2", f=ARI, pt=8, a="center", c=MID)
    return [s1, s2], {}


def coi_extract_fr(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """An extract of a French-language NGO report on health care in the country of origin: a running head with the
    report's title and 'p. 14', the text set in two justified columns in Palatino, a sub-heading per theme
    (disponibilité des médicaments, coût des soins, couverture maladie); one passage marked in the margin with a
    pen bracket by the lawyer; copied slightly crooked."""
    o = BC[c.origin()]
    il = ILLNESSES[c.illness]
    drug = il.get("drug_l", {}).get("fr") or il["drug"]
    sh = Sheet()
    put(sh, 18, 10, f"Accès aux soins et aux médicaments essentiels - {o['fr']} - rapport 2026", f=PAL_I, pt=8.4, c=MID)
    put(sh, 192, 10, "p. 14", f=PAL, pt=8.4, a="right", c=MID)
    rule(sh, 18, 192, 14.5, lw=0.25, c=PALE)
    put(sh, 18, 22, f"4. {o['fr']} : la prise en charge des maladies chroniques", f=PAL_B, pt=12)
    left = [("4.1 Disponibilité des médicaments", f"Dans le pays, le traitement ({drug}) n'est délivré qu'à "
                                                 f"l'établissement {o['hospital']}. Les pharmacies hospitalières "
                                                 f"signalent des ruptures de stock de plusieurs semaines, en "
                                                 f"particulier en dehors de la capitale, {o['capital']}. Les "
                                                 f"patients venant de province doivent se déplacer à leurs frais."),
            ("4.2 Coût des soins", f"Le coût mensuel du traitement est estimé à {il['cost']}, alors que le salaire "
                                   f"mensuel moyen avoisine {o['wage']}. Les examens de contrôle sont facturés en "
                                   f"sus.")]
    right = [("4.3 Couverture maladie", f"{o['insurance_fr']} Les mécanismes de solidarité communautaire ne couvrent "
                                        f"pas les traitements de longue durée."),
             ("4.4 Conclusion", "Pour une personne sans revenus réguliers, la continuité du traitement n'est pas "
                                "garantie.")]
    for col, x in ((left, 18), (right, 108)):
        y = 32.0
        for h, txt in col:
            put(sh, x, y, h, f=PAL_B, pt=9.8)
            y = block(sh, x, y + 5.5, 84, txt, f=PAL, pt=9.6, lead=1.5, align="justify") + 6
    sh.rule(16, 74, 16, 112, width_mm=0.6, color=FELT_RED)
    sh.rule(16, 74, 19, 74, width_mm=0.6, color=FELT_RED)
    sh.rule(16, 112, 19, 112, width_mm=0.6, color=FELT_RED)
    return [askew(sh, rng.choice([-1.4, 1.1, 1.7]))], {}


_reg("be9ter-coi-nl-onderzoeksnota-tabel-beschikbaar-waar-bron-twee-bladen-46", "country-of-origin-info", "nl",
     coi_table_nl, "Dutch research note with an availability table and sources")
_reg("be9ter-coi-fr-uittreksel-ngo-rapport-twee-kolommen-rode-haak-46", "country-of-origin-info", "fr",
     coi_extract_fr, "extract of a French NGO report in two columns, marked by the lawyer")


# =========================================================================== proof of pending asylum

def ay_annex26(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """'BIJLAGE 26 / ANNEXE 26' (registration of an application for international protection) as the Immigration
    Office issues it: the federal header at the top LEFT, the number and title centred, the photo at the top RIGHT
    with the Office's stamp over its corner, the data as numbered lines, the statement that the person has applied
    and must report to the CGRS, and a grid of four extension boxes at the foot, two of them stamped by the
    commune; copied in grey."""
    p = c.p
    lodged = c.asylum["lodged"] if c.asylum else SUB - timedelta(days=200)
    T = {"nl": ("FOD Binnenlandse Zaken", "Dienst Vreemdelingenzaken", "BIJLAGE 26",
                "Inschrijving van een verzoek om internationale bescherming", ["Naam", "Voornaam", "Geboortedatum",
                                                                              "Geboorteplaats", "Nationaliteit",
                                                                              "OV-nummer"],
                f"Betrokkene heeft op {dmy(lodged, '/')} een verzoek om internationale bescherming ingediend. Dit "
                f"document is geen identiteitsbewijs en geen nationaliteitsbewijs. Betrokkene moet gevolg geven aan "
                f"elke oproeping van het CGVS.", "Verlengingen", "Geldig tot"),
         "fr": ("SPF Intérieur", "Office des Étrangers", "ANNEXE 26",
                "Inscription d'une demande de protection internationale", ["Nom", "Prénom", "Date de naissance",
                                                                          "Lieu de naissance", "Nationalité",
                                                                          "N° SP"],
                f"L'intéressé(e) a introduit le {dmy(lodged, '/')} une demande de protection internationale. Ce "
                f"document ne constitue ni une preuve d'identité ni une preuve de nationalité. L'intéressé(e) doit "
                f"donner suite à toute convocation du CGRA.", "Prorogations", "Valable jusqu'au")}[lang]
    sh = Sheet()
    put(sh, 18, 12, "KONINKRIJK BELGIË - ROYAUME DE BELGIQUE", f=HEL_B, pt=8.6)
    put(sh, 18, 17, T[0], f=HEL, pt=8.6)
    put(sh, 18, 21.5, T[1], f=HEL_B, pt=8.6)
    put(sh, 105, 36, T[2], f=HEL_B, pt=15, a="center")
    block(sh, 40, 43, 130, T[3], f=HEL, pt=10, align="center")
    sh.photo(160, 12, 30, 38, rng)
    seal(sh, 172, 36, [T[1].upper()[:24], "BRUSSEL"], rng, c=SEAL_BLUE, mm=22)
    y = 62.0
    for i, (a, v) in enumerate(zip(T[4], [p.surname.upper(), p.given_names, dmy(p.birth_date, "/"), p.birth_place,
                                          t_adj(p.nationality, lang), c.ov or ""]), 1):
        put(sh, 20, y, f"{i}. {a}", f=HEL, pt=9.6)
        put(sh, 70, y, v, f=HEL_B, pt=10)
        rule(sh, 68, 190, y + 4.8, c=PALE)
        y += 8
    y = block(sh, 20, y + 6, 170, T[5], f=HEL, pt=10, lead=1.5) + 8
    put(sh, 20, y, T[6], f=HEL_B, pt=10)
    y += 6
    for i in range(4):
        x = 20 + (i % 2) * 86
        yy = y + (i // 2) * 34
        frame(sh, x, yy, 84, 32, lw=0.3)
        put(sh, x + 2, yy + 1.5, T[7], f=HEL, pt=8, c=MID)
        if i < 2:
            valid = lodged + timedelta(days=120 * (i + 1))
            seal(sh, x + 10, yy + 6, [c.addr.city.upper(), T[7].upper(), dmy(min(valid, SUB + timedelta(days=60)),
                                                                              "/")],
                 rng, shape="rect", c=SEAL_PURPLE, mm=40)
            scrawl(sh, x + 52, yy + 18, rng, w=22, h=8, c=BALL_BLACK, style="initials")
    img = to_img(sh).convert("L").convert("RGB")
    out = Sheet()
    out.image(0, 0, 210, 297, img)
    return [out], {}


def ay_cce_receipt(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The Council for Alien Law Litigation's acknowledgment of an appeal against the refusal of international
    protection ('Raad voor Vreemdelingenbetwistingen / Conseil du Contentieux des Étrangers - bevestiging van
    ontvangst / accusé de réception'): the Council's header centred, the roll number in bold at the right, the
    parties (the applicant against the Commissioner General), the filing date and the sentence that the appeal has
    suspensive effect, so that the asylum application has no final decision; signed by the registry clerk (printed
    name, no pen signature)."""
    p = c.p
    lodged = c.asylum["lodged"] if c.asylum else SUB - timedelta(days=200)
    filed = min(SUB - timedelta(days=20), lodged + timedelta(days=rng.randint(60, 200)))
    rol = f"{rng.randint(300000, 339999)}"
    if lang == "nl":
        head = ["Raad voor Vreemdelingenbetwistingen", "Griffie", "Gaucheretstraat 92-94 - 1030 Brussel"]
        title = "BEVESTIGING VAN ONTVANGST VAN EEN VERZOEKSCHRIFT"
        body = (f"De griffie bevestigt de ontvangst op {dmy(filed, '/')} van het verzoekschrift ingediend door "
                f"{p.given_names} {p.surname.upper()} (OV {c.ov or ''}) tegen de beslissing van de "
                f"Commissaris-generaal voor de Vluchtelingen en de Staatlozen inzake het verzoek om internationale "
                f"bescherming van {dmy(lodged, '/')}. Het beroep heeft van rechtswege schorsende werking. Het "
                f"verzoek om internationale bescherming maakt bijgevolg nog niet het voorwerp uit van een "
                f"definitieve beslissing.")
        sign = "De griffier"
    else:
        head = ["Conseil du Contentieux des Étrangers", "Greffe", "Rue Gaucheret 92-94 - 1030 Bruxelles"]
        title = "ACCUSÉ DE RÉCEPTION D'UNE REQUÊTE"
        body = (f"Le greffe accuse réception, le {dmy(filed, '/')}, de la requête introduite par {p.given_names} "
                f"{p.surname.upper()} (SP {c.ov or ''}) contre la décision du Commissaire général aux réfugiés et aux "
                f"apatrides relative à la demande de protection internationale du {dmy(lodged, '/')}. Le recours "
                f"est suspensif de plein droit. La demande de protection internationale ne fait dès lors pas encore "
                f"l'objet d'une décision définitive.")
        sign = "Le greffier"
    sh = Sheet()
    emblem(sh, 98, 8, 14, rng, "tower", c=(60, 60, 70))
    for i, s in enumerate(head):
        put(sh, 105, 25 + i * 5, s, f=LIB_B if i == 0 else LIB, pt=11 if i == 0 else 9.4, a="center")
    put(sh, 190, 46, f"{'Rolnummer' if lang == 'nl' else 'Numéro de rôle'}: {rol}", f=LIB_B, pt=10.5, a="right")
    put(sh, 105, 62, title, f=LIB_B, pt=12, a="center")
    y = block(sh, 22, 74, 166, body, f=LIB, pt=11, lead=1.6, align="justify") + 14
    put(sh, 22, y, f"{'Brussel' if lang == 'nl' else 'Bruxelles'}, {dmy(filed + timedelta(days=2), '/')}", f=LIB,
        pt=10.5)
    put(sh, 140, y + 10, sign, f=LIB_I, pt=10.5, a="center")
    put(sh, 140, y + 16, rng.choice(["N. VERSTRAETE", "C. DUBOIS", "M. JANSSENS"]), f=LIB, pt=10, a="center")
    return [sh], {}


for _lg in ("nl", "fr"):
    _reg(f"be9ter-asylum-bijlage26-{_lg}-foto-rechtsboven-verlengingsvakken-grijs-46", "asylum-proof", _lg,
         (lambda c, r, _l=_lg: ay_annex26(c, r, lang=_l)), "annex 26 with photo and extension boxes, grey copy")
    _reg(f"be9ter-asylum-rvv-ontvangstbevestiging-beroep-{_lg}-rolnummer-46", "asylum-proof", _lg,
         (lambda c, r, _l=_lg: ay_cce_receipt(c, r, lang=_l)), "Council's acknowledgment of a suspensive appeal")


# =========================================================================== proof of registered posting

def _from(c: Case) -> list[str]:
    if "no_address" in c.flags or (c.lawyer and c.seed % 5 != 2):
        L = c.lawyer
        return [L["firm"], L["street"], f"{L['pc']} {L['city']}"]
    a = c.addr
    return [f"{c.p.surname.upper()} {c.p.given_names}", f"{a.street} {a.number}" + (f" bus {a.box}" if a.box else ""),
            f"{a.postcode} {a.city}"]


def rm_thermal(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The post office's thermal till receipt for a registered letter (narrow strip, fixed-pitch print, faded grey):
    the post office and counter number, 'AANGETEKENDE ZENDING / ENVOI RECOMMANDÉ', the item number with its barcode,
    the addressee's name and address, weight and price, date and time; scanned on an A4 sheet at the left, the
    thermal print pale."""
    strip = Sheet(72, 160)
    g = (90, 90, 96)
    pc_ = _from(c)[-1].split(" ", 1)
    put(strip, 36, 5, "bpost", f=DJM_B, pt=12, a="center", c=g)
    put(strip, 36, 11, f"{pc_[-1].upper()[:22]}", f=DJM, pt=7.2, a="center", c=g)
    put(strip, 36, 15, f"LOKET {rng.randint(1, 6)} - TRANS {rng.randint(1000, 9999)}", f=DJM, pt=6.8, a="center", c=g)
    rule(strip, 4, 68, 20, c=g, dash=0.6)
    put(strip, 4, 23, "AANGETEKENDE ZENDING", f=DJM_B, pt=7.4, c=g)
    put(strip, 4, 27, "ENVOI RECOMMANDÉ", f=DJM_B, pt=7.4, c=g)
    bars(strip, 6, 32, 60, 10, c.rm_track)
    put(strip, 36, 43.5, _b9.track_spaced(c.rm_track), f=DJM, pt=7, a="center", c=g)
    put(strip, 4, 50, "BESTEMMELING/DESTINATAIRE:", f=DJM, pt=6.6, c=g)
    y = 54.0
    for s in c.rm_to:
        put(strip, 4, y, s.upper()[:30], f=DJM, pt=6.8, c=g)
        y += 3.8
    y += 2
    for a, b in [("GEWICHT/POIDS", f"{rng.randint(60, 480)} g"), ("TARIEF/TARIF", f"EUR {rng.choice(['9,40', '10,30', '11,85'])}"),
                 ("DATUM/DATE", dmy(c.rm_date, "/")), ("UUR/HEURE", f"{rng.randint(9, 17):02d}:{rng.randint(0, 59):02d}")]:
        put(strip, 4, y, a, f=DJM, pt=6.8, c=g)
        put(strip, 68, y, b, f=DJM, pt=6.8, a="right", c=g)
        y += 3.8
    rule(strip, 4, 68, y + 2, c=g, dash=0.6)
    put(strip, 36, y + 5, "BEWAAR DIT BEWIJS", f=DJM, pt=6.8, a="center", c=g)
    put(strip, 36, y + 9, "CONSERVEZ CE RECU", f=DJM, pt=6.8, a="center", c=g)
    page = Sheet()
    page.image(24, 20, 72, 160, to_img(strip, 220))
    return [askew(page, rng.choice([-1.6, 1.2, 2.1]))], {"addressee": 1}


def rm_form_sticker(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """bpost's paper 'Afgiftebewijs - Aangetekende zending' form with the barcode sticker stuck on it and the
    counter's round date stamp, the addressee and sender written by hand in capitals; photographed with a phone on
    a wooden desk."""
    hf = random.Random(c.seed + 81).choice([P_CAPS, P_ROUND, P_BOLD])
    ink = random.Random(c.seed + 82).choice([BALL_BLUE, BALL_BLACK])
    sh = Sheet(140, 100)
    tint(sh, 0, 0, 140, 11, (230, 35, 40))
    put(sh, 5, 2.4, "bpost", f=HEL_B, pt=14, c=(255, 255, 255))
    put(sh, 135, 2.4, "AFGIFTEBEWIJS", f=HEL_B, pt=8, a="right", c=(255, 255, 255))
    put(sh, 135, 6.2, "PREUVE DE DÉPÔT", f=HEL_B, pt=7, a="right", c=(255, 255, 255))
    put(sh, 5, 14, "Aangetekende zending / Envoi recommandé", f=HEL, pt=7.4)
    frame(sh, 5, 19, 78, 34, lw=0.3)
    put(sh, 7, 20, "Bestemmeling / Destinataire", f=HEL, pt=6.4, c=MID)
    for i, s in enumerate(c.rm_to):
        hand(sh, 8, 24.5 + i * 8, s, rng, f=hf, pt=11, c=ink, w=72, caps=True)
    frame(sh, 5, 56, 78, 30, lw=0.3)
    put(sh, 7, 57, "Afzender / Expéditeur", f=HEL, pt=6.4, c=MID)
    for i, s in enumerate(_from(c)):
        hand(sh, 8, 61.5 + i * 7.5, s, rng, f=hf, pt=10, c=ink, w=72, caps=True)
    tint(sh, 88, 19, 48, 24, (255, 255, 255))
    frame(sh, 88, 19, 48, 24, lw=0.2, c=PALE)
    put(sh, 90, 20.5, "R", f=HEL_B, pt=10)
    bars(sh, 97, 21, 36, 12, c.rm_track)
    put(sh, 112, 35.5, _b9.track_spaced(c.rm_track), f=DJM, pt=6.6, a="center")
    seal(sh, 92, 50, ["BPOST", dmy(c.rm_date, "."), _from(c)[-1].split(" ", 1)[-1][:14].upper()], rng, c=SEAL_GREY,
         mm=32)
    page = Sheet(150, 200)
    page.image(5, 50, 140, 100, to_img(sh, 220))
    return [desk_photo(page, rng)], {"addressee": 1}


def rm_envelope(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A photocopy of the front of the large envelope as it was posted: the sender in the upper left corner, the
    addressee on a printed label in the middle, the red registered-mail label with the barcode at the upper right
    next to the post office's cancellation stamp with the date; the counter receipt stub stapled at the lower left
    corner of the envelope and copied with it; the whole turned a quarter on the glass (A4 landscape copy)."""
    sh = Sheet(297, 210)
    frame(sh, 14, 14, 269, 182, lw=0.5, c=(150, 140, 120))
    tint(sh, 15, 15, 267, 180, (244, 238, 224))
    for i, s in enumerate(_from(c)):
        put(sh, 24, 22 + i * 4.8, s, f=ARI, pt=9.4)
    tint(sh, 96, 88, 120, 42, (255, 255, 255))
    frame(sh, 96, 88, 120, 42, lw=0.2, c=PALE)
    for i, s in enumerate(c.rm_to):
        put(sh, 104, 94 + i * 8, s, f=ARI_B if i == 0 else ARI, pt=13)
    tint(sh, 190, 22, 70, 32, (255, 255, 255))
    frame(sh, 190, 22, 70, 32, lw=0.3, c=(220, 30, 40))
    tint(sh, 190, 22, 14, 32, (220, 30, 40))
    put(sh, 197, 30, "R", f=HEL_B, pt=22, a="center", c=(255, 255, 255))
    bars(sh, 208, 26, 48, 16, c.rm_track)
    put(sh, 232, 44, _b9.track_spaced(c.rm_track), f=DJM, pt=8, a="center")
    seal(sh, 154, 20, ["BPOST", dmy(c.rm_date, "-"), "AANGETEKEND"], rng, c=SEAL_GREY, mm=30)
    tint(sh, 24, 150, 60, 40, (255, 255, 255))
    frame(sh, 24, 150, 60, 40, lw=0.25, c=PALE)
    put(sh, 27, 152, "Afgiftebewijs / Preuve de dépôt", f=ARI, pt=7.4)
    put(sh, 27, 158, _b9.track_spaced(c.rm_track), f=DJM, pt=8)
    put(sh, 27, 164, dmy(c.rm_date, "/"), f=DJM, pt=8)
    put(sh, 27, 170, c.rm_to[0][:32], f=ARI, pt=7.4)
    tint(sh, 26, 151, 9, 0.9, (80, 80, 86))
    return [quarter(sh, rng.choice([90, 270]))], {"addressee": 1}


_reg("be9ter-rm-thermisch-loketbonnetje-bleek-links-op-a4-46", "registered-mail-receipt", "nl", rm_thermal,
     "post office's thermal receipt, pale, scanned on A4")
_reg("be9ter-rm-afgiftebewijs-sticker-handgeschreven-gsm-foto-bureau-46", "registered-mail-receipt", "nl",
     rm_form_sticker, "paper receipt with barcode sticker, written by hand, phone photo")
_reg("be9ter-rm-envelop-kopie-r-label-afstempeling-strookje-geniet-46", "registered-mail-receipt", "fr",
     rm_envelope, "copy of the posted envelope with the registered label and the receipt stub")


# =========================================================================== other pieces

def ot_declaration(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The applicant's declaration on honour of identity typed by a social worker ('Verklaring op eer' /
    'Déclaration sur l'honneur'): the declarant's data in a short list, the statement that no identity document
    is available any more and that the data are declared on honour, the applicant's signature at the right and the
    social worker's countersignature 'voor gezien' / 'vu' at the left with the service's stamp."""
    p = c.p
    lang = c.lang if c.lang in ("nl", "fr") else "fr"
    sh = Sheet()
    put(sh, 105, 24, {"nl": "VERKLARING OP EER", "fr": "DÉCLARATION SUR L'HONNEUR"}[lang], f=BOOK_B, pt=14,
        a="center")
    code = _b9.country_code_of(p.birth_country, p.nationality)
    rows = {"nl": [("Naam", p.surname), ("Voornamen", p.given_names), ("Geboren op", dmy(p.birth_date, "/")),
                   ("Te", f"{p.birth_place} ({t_land(code, 'nl')})"), ("Nationaliteit", t_adj(p.nationality, "nl"))],
            "fr": [("Nom", p.surname), ("Prénoms", p.given_names), ("Né(e) le", dmy(p.birth_date, "/")),
                   ("À", f"{p.birth_place} ({t_land(code, 'fr')})"), ("Nationalité", t_adj(p.nationality, "fr"))]}[lang]
    y = 44.0
    put(sh, 22, y, {"nl": "Ondergetekende,", "fr": "Je soussigné(e),"}[lang], f=BOOK, pt=11)
    y += 9
    for a, v in rows:
        put(sh, 30, y, a, f=BOOK, pt=10.5, c=MID)
        put(sh, 76, y, v, f=BOOK_B, pt=10.5)
        y += 7
    txt = {"nl": "verklaart op eer dat bovenstaande gegevens juist zijn. Ik beschik over geen enkel paspoort, geen "
                 "identiteitskaart en geen ander document meer waarmee ik mijn identiteit kan bewijzen. Deze verklaring "
                 "is opgesteld op basis van mijn eigen verklaringen.",
           "fr": "déclare sur l'honneur que les données ci-dessus sont exactes. Je ne dispose plus d'aucun passeport, "
                 "d'aucune carte d'identité ni d'aucun autre document permettant d'établir mon identité. La présente "
                 "déclaration est rédigée sur la base de mes seules déclarations."}[lang]
    y = block(sh, 22, y + 6, 166, txt, f=BOOK, pt=11, lead=1.6) + 12
    put(sh, 22, y, f"{c.addr.city}, {dmy(c.app_date, '/')}", f=BOOK, pt=10.5)
    put(sh, 130, y + 10, {"nl": "Handtekening", "fr": "Signature"}[lang], f=BOOK_I, pt=9.5)
    scrawl(sh, 130, y + 15, rng, c=BALL_BLUE)
    put(sh, 22, y + 10, {"nl": "Voor gezien, de maatschappelijk werker", "fr": "Vu, l'assistant(e) social(e)"}[lang],
        f=BOOK_I, pt=9.5)
    scrawl(sh, 24, y + 15, rng, w=26, h=9, c=BALL_BLACK)
    seal(sh, 40, y + 24, [{"nl": "OCMW", "fr": "CPAS"}[lang] + " " + c.addr.city.upper(),
                          {"nl": "SOCIALE DIENST", "fr": "SERVICE SOCIAL"}[lang]], rng, c=SEAL_GREEN, mm=28)
    return [sh], {}


def ot_pharmacy(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A pharmacy's A4 delivery statement for the month ('Attestation de délivrance / Afleveringsattest') printed
    from the pharmacy software: the pharmacy's name, address and APB number in a box at the top LEFT, the patient
    at the right, a ruled table of the medicines (CNK code, product, quantity, price, patient's share), the totals,
    the pharmacist's stamp; a coffee ring on the copy."""
    t = t_ill(c, "fr" if "fr" in ILLNESSES[c.illness] else "nl")
    sh = Sheet()
    frame(sh, 16, 12, 86, 26, lw=0.3)
    put(sh, 19, 14, rng.choice(["Pharmacie de la Gare", "Apotheek Sint-Jacob", "Pharmacie du Parc"]), f=ARI_B, pt=11)
    put(sh, 19, 20, f"{c.addr.street} {rng.randint(2, 90)}, {c.addr.postcode} {c.addr.city}", f=ARI, pt=8.6)
    put(sh, 19, 25, f"APB {rng.randint(100000, 999999)} - TVA BE0{nums(rng, 9)}", f=ARI, pt=8.2, c=MID)
    for i, s in enumerate([f"{c.p.surname.upper()} {c.p.given_names}", t_addr(c, "fr")]):
        put(sh, 194, 16 + i * 5, s, f=ARI, pt=9, a="right")
    put(sh, 16, 48, "ATTESTATION DE DÉLIVRANCE / AFLEVERINGSATTEST", f=ARI_B, pt=12)
    put(sh, 16, 54, f"Période: {dmy(SUB - timedelta(days=60), '/')} - {dmy(SUB - timedelta(days=5), '/')}", f=ARI, pt=9)
    cols = [(16, "CNK"), (36, "Produit / Product"), (128, "Qté"), (142, "Prix"), (166, "Part patient")]
    y = 64.0
    for x, h in cols:
        put(sh, x, y, h, f=ARI_B, pt=8.8)
    rule(sh, 16, 194, y + 5, lw=0.35)
    y += 8
    tot = tot_p = 0.0
    for m in t["meds"]:
        pr = round(rng.uniform(9, 160), 2)
        pp = round(pr * rng.choice([0.25, 0.4, 1.0]), 2)
        tot, tot_p = tot + pr, tot_p + pp
        put(sh, 16, y, str(rng.randint(1000000, 4999999)), f=ARI, pt=8.8)
        put(sh, 36, y, m, f=ARI, pt=shrink(m, 90, ARI, 8.8))
        put(sh, 128, y, str(rng.randint(1, 3)), f=ARI, pt=8.8)
        put(sh, 160, y, f"{pr:.2f}".replace(".", ","), f=ARI, pt=8.8, a="right")
        put(sh, 190, y, f"{pp:.2f}".replace(".", ","), f=ARI, pt=8.8, a="right")
        rule(sh, 16, 194, y + 5, c=PALE)
        y += 7
    put(sh, 36, y + 2, "TOTAL", f=ARI_B, pt=9)
    put(sh, 160, y + 2, f"{tot:.2f}".replace(".", ","), f=ARI_B, pt=9, a="right")
    put(sh, 190, y + 2, f"{tot_p:.2f}".replace(".", ","), f=ARI_B, pt=9, a="right")
    seal(sh, 140, y + 16, ["PHARMACIEN TITULAIRE", c.addr.city.upper()], rng, shape="rect", c=SEAL_BLUE, mm=40)
    return [coffee_ring(sh, rng)], {}


def ot_email(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A printed e-mail from the CPAS/OCMW social worker to the lawyer, confirming that the applicant still lives at
    the address and that the standard certificate has been collected: the mail program's header block (Van/De,
    Aan/À, Datum/Date, Onderwerp/Objet) in bold labels, the message in two short paragraphs and the worker's
    e-mail signature with the service's name; printed from the browser with the print date in the footer."""
    L = c.lawyer
    lang = c.lang if c.lang in ("nl", "fr") else "fr"
    sh = Sheet()
    worker = rng.choice(["Sarah Michiels", "Julien Dewael", "Fatou Diallo", "Lien Goossens"])
    svc = {"nl": f"OCMW {c.addr.city} - sociale dienst", "fr": f"CPAS de {c.addr.city} - service social"}[lang]
    mail = f"{worker.split()[0].lower()}.{worker.split()[1].lower()}@{'ocmw' if lang == 'nl' else 'cpas'}-" \
           f"{c.addr.city.lower().replace(' ', '')[:10]}.be"
    hd = {"nl": ["Van", "Aan", "Datum", "Onderwerp"], "fr": ["De", "À", "Date", "Objet"]}[lang]
    vals = [f"{worker} <{mail}>", L["mail"], f"{dmy(c.app_date - timedelta(days=rng.randint(2, 8)), '/')} "
            f"{rng.randint(8, 17):02d}:{rng.randint(10, 59)}", f"{c.p.surname.upper()} - 9ter"]
    y = 20.0
    for a, b in zip(hd, vals):
        put(sh, 18, y, a + ":", f=ARI_B, pt=9.6)
        put(sh, 44, y, b, f=ARI, pt=9.6)
        y += 5.4
    rule(sh, 18, 192, y + 2, c=PALE)
    txt = {"nl": f"Beste meester {L['last']},\n\nIk bevestig dat {c.p.given_names} {c.p.surname} nog steeds op het "
                 f"opgegeven adres verblijft. Het standaard medisch getuigschrift is vandaag bij de arts opgehaald; u "
                 f"ontvangt het origineel deze week.\n\nMet vriendelijke groeten,\n{worker}\n{svc}",
           "fr": f"Bonjour Maître {L['last']},\n\nJe vous confirme que {c.p.given_names} {c.p.surname} réside toujours "
                 f"à l'adresse indiquée. Le certificat médical type a été récupéré aujourd'hui chez le médecin ; vous "
                 f"recevrez l'original cette semaine.\n\nBien cordialement,\n{worker}\n{svc}"}[lang]
    block(sh, 18, y + 8, 174, txt, f=ARI, pt=10, lead=1.5)
    put(sh, 10, 288, f"{dmy(SUB - timedelta(days=1), '/')}  -  1/1", f=ARI, pt=7, c=MID)
    return [sh], {}


_reg("be9ter-other-declaration-op-eer-getypt-maatschappelijk-werker-medeondertekend-46", "other", "nl",
     ot_declaration, "declaration on honour typed by a social worker, countersigned")
_reg("be9ter-other-pharmacy-afleveringsattest-tabel-koffiekring-46", "other", "fr", ot_pharmacy,
     "pharmacy delivery statement with a table, coffee ring on the copy")
_reg("be9ter-other-email-ocmw-maatschappelijk-werker-46", "other", "nl", ot_email,
     "printed e-mail from the social worker to the lawyer")
