"""9ter families of the `fortyeighth` part (registered in be9ter.BFAMILIES).

Written by a writer who saw neither the validator nor its output, from the seeds (003, 004), rules.md and how such
papers look in Belgian files.  Every family (layout, wording, faces, signature placement and copy habit) is this
part's own and is described in its function's docstring only (the part is read blind).  The applications' sentences
are written here, in Dutch, French, German and English (`tell_*` builders); the facts of a case (illness, doctors,
dates, flags) come from the case that be9ter's generic plan draws.

Importing this module tells be9ter which origins this part's 9ter applicants come from (Guinea-Bissau, Mozambique and
Yemen: the countries of this part's identity families) and adds this part's extra clean dossiers, each under the
part's own key; nothing another part reads is changed.
"""

from __future__ import annotations

import datetime
import random
from datetime import timedelta

from PIL import Image, ImageDraw

from . import be9ter as _b9
from .be9ter import ILLNESSES, SPECIALTY, Case
from .fortyeighth_identity import (
    ARIAL, ARIAL_B, ARIAL_I, ARIALN, ARIALN_B, AVANT, AVANT_B, BLACK, BLACK_BIC, BLUE_BIC, CALIB, CALIB_B, CAMB,
    CAMB_B, CAMB_I, CENT, CENT_B, CENT_I, COURIER, COURIER_B, CPRIME, DARK, DJ, DJ_B, DJM, DJM_B, DJS, DJS_B, DJSC,
    DJSC_B, FSAN, FSAN_B, H_CAPS, H_CHANCERY, H_FELT, H_FELT2, H_HEAVY, H_HEAVYLEAN, H_LEAN, H_ROUND, HELV, HELV_B,
    INK_ROYAL, LIGHT, MID, NROM, NROM_B, NROM_I, PALAT, PALAT_B, PALE, STAMP_BLACK, STAMP_BLUE, STAMP_GREEN,
    STAMP_VIOLET, TIMES, TIMES_B, TIMES_I, VIOLET_GEL, as_sheet, autograph, bars, block, clip_shadow, dnum, dword,
    fax_copy, fit, flow, frame, hand, hand_lines, hline, leaned, lines_of, pencil, phone_shot, put, putfit, raster,
    seal, shrink, tape, tickbox, vline, wid,
)
from .paper import Sheet
from .people import format_address, strip_accents

PART = "fortyeighth"
SUB = datetime.date(2026, 12, 1)

# this part's 9ter applicants: Guinea-Bissau, Mozambique and Yemen (new key only)
_b9.PART_ORIGINS.setdefault(PART, ["GNB", "MOZ", "YEM"])
# clean dossiers only this part has (new key only): identity pieces with a marriage act, an embassy's identity
# certificate with a child, the identity card with a spouse, identity pieces with a child, an expired passport with a
# marriage act, an identity certificate alone, identity pieces alone, and identity pieces with a child and a marriage
# act (the names' seeds pick both countries' pieces, certificates and marriage acts)
_b9.EXTRA_CLEANS.setdefault(PART, [dict(id="pieces", family=["spouse"]), dict(id="certificate", family=["child"]),
                                   dict(id="idcard", family=["spouse"]), dict(id="pieces", family=["child"]),
                                   dict(id="passport-expired", family=["spouse"]), dict(id="certificate"),
                                   dict(id="pieces"), dict(id="pieces", family=["child", "spouse"])])

BC = _b9.COUNTRIES
LANGS = ("nl", "fr", "de", "en")


def _reg(fid: str, type_: str, lang: str, make, note: str) -> None:
    _b9._reg(fid, type_, PART, lang, make, note)


# =========================================================================== the case in words

def fem(c: Case) -> bool:
    return c.p.sex == "F"


def L(lang: str) -> str:
    return lang if lang in LANGS else "nl"


def on(c: Case, d: datetime.date, lang: str, style: str | None = None) -> str:
    return _b9.fdate(d, style or c.date_style, L(lang))


def nm(p, style: str) -> str:
    return _b9.name_in(p, style)


def country(code: str, lang: str) -> str:
    return BC[code][L(lang)] if code in BC else code


def natl(code: str, lang: str) -> str:
    return BC[code]["adj_" + L(lang)] if code in BC else code


_FR_IN = {"GNB": "en Guinée-Bissau", "MOZ": "au Mozambique", "YEM": "au Yémen", "TUR": "en Turquie",
          "BEL": "en Belgique"}
_DE_IN = {"GNB": "in Guinea-Bissau", "MOZ": "in Mosambik", "YEM": "im Jemen", "TUR": "in der Türkei",
          "BEL": "in Belgien"}


def inside(code: str, lang: str) -> str:
    if lang == "fr":
        return _FR_IN.get(code, "en " + country(code, "fr"))
    if lang == "de":
        return _DE_IN.get(code, "in " + country(code, "de"))
    return "in " + country(code, lang)


def up1(s: str) -> str:
    return s[:1].upper() + s[1:]


def residence(c: Case, lang: str, *, multiline: bool = False) -> str:
    """The address of effective residence in this dossier's address form."""
    st = {"street-first": "street_first", "slash-box": ("slash_box", "slashbus_box")[c.seed % 2],
          "number-first": "number_first", "postcode-first": ("postcode_first", "dash_box")[(c.seed // 3) % 2]
          }.get(c.addr_style, "street_first")
    return format_address(c.addr, "multiline" if multiline else st, L(lang))


def medtext(c: Case, lang: str) -> dict:
    il = ILLNESSES[c.illness]
    for k in (lang, "fr", "nl"):
        if k in il:
            return il[k]
    return il["nl"]


def the_app(c: Case, lang: str, cap: bool = False) -> str:
    s = {"nl": "verzoekster" if fem(c) else "verzoeker", "fr": "la requérante" if fem(c) else "le requérant",
         "de": "die Antragstellerin" if fem(c) else "der Antragsteller", "en": "the applicant"}[lang]
    return up1(s) if cap else s


def hisher(c: Case, lang: str) -> str:
    return {"nl": "haar" if fem(c) else "zijn", "fr": "son", "de": "ihre" if fem(c) else "seine",
            "en": "her" if fem(c) else "his"}[lang]


def advocate(c: Case, lang: str) -> str:
    A = c.lawyer
    return {"nl": f"mr. {A['first']} {A['last']}", "fr": f"Me {A['first']} {A['last']}",
            "de": f"{'Rechtsanwältin' if A.get('sex') == 'F' else 'Rechtsanwalt'} {A['first']} {A['last']}",
            "en": f"{A['first']} {A['last']}, attorney"}[lang]


def annex(c: Case, key: str, lang: str) -> str:
    n = c.annex_no(key)
    if n is None:
        return ""
    return {"nl": f" (stuk {n})", "fr": f" (pièce {n})", "de": f" (Anlage {n})", "en": f" (enclosure {n})"}[lang]


def regnum(c: Case, lang: str) -> str:
    if c.nrn:
        return {"nl": f"rijksregisternummer {c.nrn}", "fr": f"n° de registre national {c.nrn}",
                "de": f"Nationalregisternummer {c.nrn}", "en": f"national register number {c.nrn}"}[lang]
    return {"nl": f"OV-nummer {c.ov}", "fr": f"n° SP {c.ov}", "de": f"Aktenzeichen (OV) {c.ov}",
            "en": f"Immigration Office number (OV) {c.ov}"}[lang]


def birth_at(c: Case, lang: str) -> str:
    p = c.p
    code = _b9.country_code_of(p.birth_country, p.nationality)
    return {"nl": f"te {p.birth_place} ({country(code, 'nl')})", "fr": f"à {p.birth_place} ({country(code, 'fr')})",
            "de": f"in {p.birth_place} ({country(code, 'de')})", "en": f"in {p.birth_place}, {country(code, 'en')}"
            }[lang]


def tell_person(c: Case, lang: str) -> str:
    """Name, birth, nationality and register number in one sentence; the planted flags drop the place and country of
    birth or the nationality."""
    p = c.p
    who = nm(p, c.name_style)
    bd = on(c, p.birth_date, lang)
    nobp, nonat = "no_birthplace" in c.flags, "no_nationality" in c.flags
    if lang == "nl":
        s = f"{who}, geboren op {bd}" + ("" if nobp else f" {birth_at(c, lang)}")
        s += "" if nonat else f", van {natl(p.nationality, 'nl')} nationaliteit"
    elif lang == "fr":
        s = f"{who}, né{'e' if fem(c) else ''} le {bd}" + ("" if nobp else f" {birth_at(c, lang)}")
        s += "" if nonat else f", de nationalité {natl(p.nationality, 'fr')}"
    elif lang == "de":
        s = f"{who}, geboren am {bd}" + ("" if nobp else f" {birth_at(c, lang)}")
        s += "" if nonat else f", Staatsangehörigkeit: {country(p.nationality, 'de')}"
    else:
        s = f"{who}, born on {bd}" + ("" if nobp else f" {birth_at(c, lang)}")
        s += "" if nonat else f", a national of {country(p.nationality, 'en')}"
    return s + f", {regnum(c, lang)}"


def tell_home(c: Case, lang: str) -> str:
    A = the_app(c, lang, True)
    if "no_address" in c.flags:
        return {"nl": f"{A} verblijft al geruime tijd in België, waar {'zij' if fem(c) else 'hij'} in behandeling is.",
                "fr": f"{A} séjourne en Belgique depuis longtemps et y est suivi{'e' if fem(c) else ''} médicalement.",
                "de": f"{A} hält sich seit längerer Zeit in Belgien auf und wird hier behandelt.",
                "en": "The applicant has been staying in Belgium for a long time and is being treated here."}[lang]
    a = residence(c, lang)
    return {"nl": f"{A} verblijft effectief op het adres {a}.",
            "fr": f"{A} réside effectivement à l'adresse suivante : {a}.",
            "de": f"{A} wohnt tatsächlich unter der Anschrift {a}.",
            "en": f"The applicant actually lives at {a}."}[lang]


def tell_domicile(c: Case, lang: str) -> str | None:
    if "no_domicile" in c.flags or c.domicile == "none":
        return None
    if c.domicile == "lawyer" and c.lawyer:
        A = c.lawyer
        w = f"{A['street']}, {A['pc']} {A['city']}"
        return {"nl": f"Keuze van woonplaats wordt gedaan op het kantoor van {advocate(c, 'nl')}, {w}, waar alle "
                      f"briefwisseling dient te worden toegezonden.",
                "fr": f"{up1(the_app(c, 'fr'))} fait élection de domicile au cabinet de {advocate(c, 'fr')}, {w}, "
                      f"où toute correspondance doit lui être adressée.",
                "de": f"Als Zustellungsanschrift wird die Kanzlei {advocate(c, 'de')}, {w}, gewählt.",
                "en": f"The applicant elects domicile at the office of {advocate(c, 'en')}, {w}, to which all "
                      f"correspondence should be sent."}[lang]
    if c.domicile == "other" and c.other_domicile:
        return {"nl": f"Gekozen woonplaats: {c.other_domicile}.",
                "fr": f"Domicile élu : {c.other_domicile}.",
                "de": f"Gewählter Wohnsitz: {c.other_domicile}.",
                "en": f"Elected domicile: {c.other_domicile}."}[lang]
    return {"nl": "De woonplaats wordt gekozen op het adres van de effectieve verblijfplaats.",
            "fr": "Le domicile est élu à l'adresse de la résidence effective.",
            "de": "Als Zustellungsanschrift gilt die tatsächliche Wohnanschrift.",
            "en": "Domicile is elected at the address of actual residence."}[lang]


def domicile_line(c: Case, lang: str) -> str:
    if "no_domicile" in c.flags or c.domicile == "none":
        return ""
    if c.domicile == "lawyer" and c.lawyer:
        A = c.lawyer
        return f"{advocate(c, lang)}, {A['street']}, {A['pc']} {A['city']}"
    if c.domicile == "other" and c.other_domicile:
        return c.other_domicile
    return {"nl": "idem verblijfplaats", "fr": "idem résidence", "de": "wie Wohnanschrift",
            "en": "same as residence"}[lang]


def idfam(c: Case, key: str):
    if key == "id-tr":
        return next((f for f in c.idfams if f.type == "translation"), None)
    if not key.startswith("id"):
        return None
    n = 1 if key == "id" else int(key[2:])
    return c.idfams[n - 1] if len(c.idfams) >= n else None


_WHAT = {
    "passport": dict(nl="nationaal paspoort", fr="passeport national", de="Reisepass", en="national passport"),
    "idcard": dict(nl="nationale identiteitskaart", fr="carte nationale d'identité", de="nationaler Personalausweis",
                   en="national identity card"),
    "birth-certificate": dict(nl="akte van geboorte", fr="acte de naissance", de="Geburtsurkunde",
                              en="birth certificate"),
    "nationality-certificate": dict(nl="nationaliteitsbewijs", fr="certificat de nationalité",
                                    de="Staatsangehörigkeitsnachweis", en="nationality certificate"),
    "identity-certificate": dict(nl="identiteitsattest van de ambassade", fr="certificat d'identité de l'ambassade",
                                 de="Identitätsbescheinigung der Botschaft", en="embassy identity certificate"),
    "consular-card": dict(nl="consulaire kaart", fr="carte consulaire", de="Konsularkarte", en="consular card"),
    "driving-licence": dict(nl="rijbewijs", fr="permis de conduire", de="Führerschein", en="driving licence"),
    "translation": dict(nl="beëdigde vertaling", fr="traduction jurée", de="beeidigte Übersetzung",
                        en="sworn translation"),
    "declaration": dict(nl="verklaring op eer", fr="déclaration sur l'honneur", de="Erklärung auf Ehrenwort",
                        en="declaration on honour"),
    "asylum": dict(nl="bewijs van de hangende asielaanvraag", fr="preuve de la demande d'asile pendante",
                   de="Nachweis des anhängigen Asylantrags", en="proof of the pending asylum claim"),
    "other": dict(nl="overzicht van de apotheek", fr="relevé de la pharmacie", de="Aufstellung der Apotheke",
                  en="pharmacy statement"),
}


def piece_name(c: Case, key: str, lang: str) -> str:
    """How this part's applications name each enclosure."""
    if key == "medcert":
        return {"nl": f"standaard medisch getuigschrift, {c.doctor.name()}, {on(c, c.cert_date, 'nl', 'dots')}",
                "fr": f"certificat médical type, {c.doctor.name()}, {on(c, c.cert_date, 'fr', 'dots')}",
                "de": f"Standardattest, {c.doctor.name()}, {on(c, c.cert_date, 'de', 'dots')}",
                "en": f"standard medical certificate, {c.doctor.name()}, {on(c, c.cert_date, 'en', 'dots')}"}[lang]
    if key == "medstat":
        d = c.doctor if "medcert_absent" in c.flags else c.specialist
        return {"nl": f"medisch verslag, {d.name()}", "fr": f"rapport médical, {d.name()}",
                "de": f"ärztlicher Bericht, {d.name()}", "en": f"medical report, {d.name()}"}[lang]
    if key == "coi":
        return {"nl": f"informatie over de zorg in {country(c.origin(), 'nl')}",
                "fr": f"informations sur les soins {inside(c.origin(), 'fr')}",
                "de": f"Informationen zur Versorgung {inside(c.origin(), 'de')}",
                "en": f"information on care in {country(c.origin(), 'en')}"}[lang]
    if key.startswith("fam"):
        m = c.family[int(key[3:])]
        if m.rel == "child":
            return {"nl": f"geboorteakte {m.p.given_names}", "fr": f"acte de naissance de {m.p.given_names}",
                    "de": f"Geburtsurkunde {m.p.given_names}", "en": f"birth certificate of {m.p.given_names}"}[lang]
        return {"nl": "huwelijksakte", "fr": "acte de mariage", "de": "Heiratsurkunde", "en": "marriage certificate"
                }[lang]
    if key in ("asylum", "other"):
        return _WHAT[key][lang]
    f = idfam(c, key)
    if f is None:
        return _WHAT["declaration"][lang]
    if f.type == "identity-document":
        return _WHAT["passport" if f.mrz == "TD3" else "idcard"][lang]
    return _WHAT.get(f.type, _WHAT["other"])[lang]


def inventory(c: Case, lang: str) -> list[tuple[int, str, int]]:
    return [(i + 1, piece_name(c, k, lang), c.annex_pages.get(k, 1)) for i, (k, _d) in enumerate(c.annexes)]


def listing(items: list[str], lang: str) -> str:
    conj = {"nl": " en ", "fr": " et ", "de": " und ", "en": " and "}[lang]
    if not items:
        return "-"
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + conj + items[-1]


def tell_identity(c: Case, lang: str) -> str:
    k = c.id_kind
    r = lambda key: annex(c, key, lang)  # noqa: E731
    A = the_app(c, lang, True)
    exp = on(c, c.id_expiry, lang) if c.id_expiry else ""
    if k in ("passport", "passport-mrz", "passport-name", "untranslated", "translated", "passport-expired"):
        if k == "passport-expired":
            s = {"nl": f"{A} bewijst {hisher(c, 'nl')} identiteit met {hisher(c, 'nl')} nationaal paspoort{r('id')}, "
                       f"vervallen op {exp}. Ook een vervallen paspoort is een identiteitsdocument in de zin van "
                       f"artikel 9ter, § 2 van de wet van 15 december 1980.",
                 "fr": f"{A} établit son identité par son passeport national{r('id')}, expiré le {exp}. Un passeport "
                       f"périmé demeure un document d'identité au sens de l'article 9ter, § 2, de la loi du 15 décembre "
                       f"1980.",
                 "de": f"{A} weist die Identität mit dem am {exp} abgelaufenen Reisepass nach{r('id')}; auch ein "
                       f"abgelaufener Pass ist ein Identitätsdokument im Sinne von Artikel 9ter § 2.",
                 "en": f"The applicant proves {hisher(c, 'en')} identity with {hisher(c, 'en')} national passport"
                       f"{r('id')}, which expired on {exp}; an expired passport is still an identity document within "
                       f"Article 9ter § 2."}[lang]
        else:
            s = {"nl": f"{A} bewijst {hisher(c, 'nl')} identiteit met {hisher(c, 'nl')} nationaal paspoort, geldig "
                       f"tot {exp}{r('id')}.",
                 "fr": f"{A} établit son identité par son passeport national, valable jusqu'au {exp}{r('id')}.",
                 "de": f"{A} weist die Identität mit dem bis {exp} gültigen Reisepass nach{r('id')}.",
                 "en": f"The applicant proves {hisher(c, 'en')} identity with {hisher(c, 'en')} national passport, "
                       f"valid until {exp}{r('id')}."}[lang]
        if k in ("untranslated", "translated"):
            s += {"nl": f" Daarnaast wordt {hisher(c, 'nl')} geboorteakte voorgelegd{r('id2')}",
                  "fr": f" Son acte de naissance est également produit{r('id2')}",
                  "de": f" Außerdem wird die Geburtsurkunde vorgelegt{r('id2')}",
                  "en": f" {up1(hisher(c, 'en'))} birth record is also produced{r('id2')}"}[lang]
            s += ({"nl": f", samen met een beëdigde vertaling{r('id-tr')}.",
                   "fr": f", accompagné d'une traduction jurée{r('id-tr')}.",
                   "de": f", zusammen mit einer beeidigten Übersetzung{r('id-tr')}.",
                   "en": f", together with a sworn translation{r('id-tr')}."}[lang] if k == "translated" else ".")
        return s
    if k == "idcard":
        return {"nl": f"{A} bewijst {hisher(c, 'nl')} identiteit met {hisher(c, 'nl')} nationale identiteitskaart"
                      f"{r('id')}.",
                "fr": f"{A} établit son identité par sa carte nationale d'identité{r('id')}.",
                "de": f"{A} weist die Identität mit dem nationalen Personalausweis nach{r('id')}.",
                "en": f"The applicant proves {hisher(c, 'en')} identity with {hisher(c, 'en')} national identity card"
                      f"{r('id')}."}[lang]
    if k in ("pieces", "pieces-nophoto", "certificate", "declarative-cert", "single-piece"):
        items = [f"{piece_name(c, kk, lang)}{r(kk)}" for kk, _ in c.annexes if kk.startswith("id")]
        lst = listing(items, lang)
        if k in ("pieces", "pieces-nophoto"):
            return {"nl": f"{A} beschikt niet over een paspoort of identiteitskaart. {up1(hisher(c, 'nl'))} volledige "
                          f"naam, geboorteplaats en -datum en nationaliteit blijken samen uit de volgende stukken, "
                          f"uitgereikt door de bevoegde overheden: {lst}.",
                    "fr": f"{A} ne dispose ni d'un passeport ni d'une carte d'identité. Ses nom complet, lieu et date "
                          f"de naissance et nationalité résultent ensemble des pièces suivantes, délivrées par les "
                          f"autorités compétentes : {lst}.",
                    "de": f"{A} besitzt weder Reisepass noch Personalausweis. Vollständiger Name, Geburtsort und "
                          f"-datum sowie Staatsangehörigkeit ergeben sich zusammen aus folgenden, von den zuständigen "
                          f"Behörden ausgestellten Unterlagen: {lst}.",
                    "en": f"The applicant has neither passport nor identity card; full name, place and date of birth "
                          f"and nationality are shown together by the following documents of the competent "
                          f"authorities: {lst}."}[lang]
        return {"nl": f"Als identiteitsbewijs wordt voorgelegd: {lst}.",
                "fr": f"À titre de preuve d'identité est produit : {lst}.",
                "de": f"Als Identitätsnachweis wird vorgelegt: {lst}.",
                "en": f"As proof of identity the applicant produces: {lst}."}[lang]
    if k in ("asylum", "asylum-noproof"):
        lodged = on(c, c.asylum["lodged"], lang)
        s = {"nl": f"{A} diende op {lodged} een verzoek om internationale bescherming in, waarover nog geen "
                   f"definitieve beslissing werd genomen; de verplichting de identiteit aan te tonen geldt daarom niet "
                   f"(artikel 9ter, § 2, derde lid)",
             "fr": f"{A} a introduit le {lodged} une demande de protection internationale qui n'a pas encore fait "
                   f"l'objet d'une décision définitive ; l'obligation de démontrer l'identité ne s'applique donc pas "
                   f"(article 9ter, § 2, alinéa 3)",
             "de": f"{A} hat am {lodged} internationalen Schutz beantragt; eine endgültige Entscheidung steht aus, "
                   f"weshalb die Pflicht zum Identitätsnachweis nicht gilt (Artikel 9ter § 2 Absatz 3)",
             "en": f"The applicant applied for international protection on {lodged}; no final decision has been "
                   f"taken, so the duty to prove identity does not apply (Article 9ter § 2, third paragraph)"}[lang]
        if k == "asylum":
            s += {"nl": f". Het bewijs daarvan is bijgevoegd{r('asylum')}.",
                  "fr": f". La preuve en est jointe{r('asylum')}.",
                  "de": f". Ein Nachweis liegt bei{r('asylum')}.",
                  "en": f". Proof is enclosed{r('asylum')}."}[lang]
        else:
            s += "."
        return s
    if k == "declaration":
        return {"nl": f"{A} heeft geen enkel identiteitsdocument meer en verklaart {hisher(c, 'nl')} identiteit op "
                      f"eer{r('id')}.",
                "fr": f"{A} ne possède plus aucun document d'identité et déclare son identité sur l'honneur{r('id')}.",
                "de": f"{A} besitzt keine Ausweispapiere mehr und erklärt die Identität auf Ehrenwort{r('id')}.",
                "en": f"The applicant no longer has any identity document and declares {hisher(c, 'en')} identity on "
                      f"honour{r('id')}."}[lang]
    return {"nl": f"{A} vroeg bij de ambassade een nieuw paspoort aan; een kopie wordt nagestuurd zodra het is "
                  f"afgeleverd.",
            "fr": f"{A} a demandé un nouveau passeport à l'ambassade ; une copie sera transmise dès sa délivrance.",
            "de": f"{A} hat bei der Botschaft einen neuen Pass beantragt; eine Kopie wird nach Ausstellung "
                  f"nachgereicht.",
            "en": "The applicant has applied to the embassy for a new passport; a copy will be sent once it is "
                  "issued."}[lang]


def tell_medical(c: Case, lang: str) -> str:
    t = medtext(c, lang)
    il = ILLNESSES[c.illness]
    A = the_app(c, lang, True)
    doc = c.doctor
    spec = SPECIALTY[doc.spec][lang]
    cdate = _b9.fdate(c.cert_date, c.cert_date_style, lang)
    meds = "; ".join(t["meds"])
    if "medcert_absent" in c.flags:
        ref = {"nl": f"De medische toestand blijkt uit het verslag van {doc.name()}{annex(c, 'medstat', lang)}.",
               "fr": f"La situation médicale ressort du rapport du {doc.name()}{annex(c, 'medstat', lang)}.",
               "de": f"Der Gesundheitszustand ergibt sich aus dem Bericht von {doc.name()}{annex(c, 'medstat', lang)}.",
               "en": f"The medical situation appears from the report by {doc.name()}{annex(c, 'medstat', lang)}."
               }[lang]
    else:
        ref = {"nl": f"Dit alles blijkt uit het standaard medisch getuigschrift van {cdate} van {doc.name()} "
                     f"({spec}){annex(c, 'medcert', lang)}, dat de ziekte, de graad van ernst en de noodzakelijk "
                     f"geachte behandeling vermeldt.",
               "fr": f"Tout ceci ressort du certificat médical type du {cdate} établi par le {doc.name()} ({spec})"
                     f"{annex(c, 'medcert', lang)}, qui mentionne la maladie, son degré de gravité et le traitement "
                     f"estimé nécessaire.",
               "de": f"Dies ergibt sich aus dem Standardattest vom {cdate} von {doc.name()} ({spec})"
                     f"{annex(c, 'medcert', lang)}, das Krankheit, Schweregrad und notwendige Behandlung angibt.",
               "en": f"All this appears from the standard medical certificate of {cdate} by {doc.name()} ({spec})"
                     f"{annex(c, 'medcert', lang)}, which states the illness, its degree of severity and the treatment "
                     f"considered necessary."}[lang]
        if c.annex_no("medstat") is not None:
            ref += {"nl": f" Zie ook het verslag van {c.specialist.name()}{annex(c, 'medstat', lang)}.",
                    "fr": f" Voir aussi le rapport du {c.specialist.name()}{annex(c, 'medstat', lang)}.",
                    "de": f" Siehe auch den Bericht von {c.specialist.name()}{annex(c, 'medstat', lang)}.",
                    "en": f" See also the report by {c.specialist.name()}{annex(c, 'medstat', lang)}."}[lang]
    name = t["name"] if lang == "de" else t["name"][:1].lower() + t["name"][1:]
    if lang == "en" and "en" not in il:
        return (f"The applicant suffers from a serious chronic illness (ICD-10 {il['icd']}) treated with {il['drug']}; "
                f"stopping the treatment would endanger life and physical integrity. " + ref)
    cons = t["consequences"][:1].lower() + t["consequences"][1:]
    body = {"nl": f"{A} lijdt aan {name} (ICD-10 {il['icd']}). {t['severity']} {up1(hisher(c, 'nl'))} behandeling "
                  f"bestaat uit: {meds}. Bij stopzetting dreigen {cons}",
            "fr": f"{A} souffre de la pathologie suivante : {name} (CIM-10 {il['icd']}). {t['severity']} Le traitement "
                  f"comprend : {meds}. En cas d'arrêt : {cons}",
            "de": f"{A} leidet an folgender Erkrankung: {name} (ICD-10 {il['icd']}). {t['severity']} Die Behandlung "
                  f"umfasst: {meds}. Bei "
                  f"Abbruch drohen: {t['consequences']}",
            "en": f"The applicant suffers from {name} (ICD-10 {il['icd']}). {t['severity']} The treatment consists of: "
                  f"{meds}. If it stops: {cons}"}[lang]
    return body + " " + ref


def tell_care(c: Case, lang: str) -> str:
    o = BC[c.origin()]
    il = ILLNESSES[c.illness]
    drug = il.get("drug_l", {}).get(lang) or il["drug"]
    ref = annex(c, "coi", lang)
    ins = o.get("insurance_" + lang) or o.get("insurance_en", "")
    if lang == "nl":
        return (f"In {country(c.origin(), 'nl')} is {drug} slechts beperkt beschikbaar, in hoofdzaak in "
                f"{o['hospital']}, en vaak onderbroken{ref}. De maandelijkse kostprijs van ongeveer {il['cost']} staat "
                f"tegenover een gemiddeld loon van {o['wage']}. {ins} {the_app(c, 'nl', True)} heeft in geen enkel "
                f"ander land een wettig verblijf.")
    if lang == "fr":
        return (f"{up1(inside(c.origin(), 'fr'))}, le traitement ({drug}) n'est disponible que de manière limitée, "
                f"essentiellement à l'établissement {o['hospital']}, avec de fréquentes interruptions{ref}. Son coût "
                f"mensuel d'environ {il['cost']} est à comparer à un salaire moyen de {o['wage']}. {ins} "
                f"{the_app(c, 'fr', True)} ne dispose d'un séjour légal dans aucun autre pays.")
    if lang == "de":
        return (f"{up1(inside(c.origin(), 'de'))} ist {drug} nur eingeschränkt verfügbar, vor allem im "
                f"{o['hospital']}, und häufig nicht lieferbar{ref}. Die monatlichen Kosten von etwa {il['cost']} "
                f"stehen einem Durchschnittslohn von {o['wage']} gegenüber. {ins} Ein rechtmäßiger Aufenthalt in einem "
                f"anderen Land besteht nicht.")
    return (f"In {country(c.origin(), 'en')} the treatment ({il['drug']}) is only available to a limited extent, "
            f"mainly at {o['hospital']}, with frequent interruptions{ref}. It costs about {il['cost']} a month against "
            f"an average wage of {o['wage']}. {o.get('insurance_en', '')} The applicant has no lawful residence in any "
            f"other country.")


def tell_family(c: Case, lang: str) -> str | None:
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
        bd = on(c, q.birth_date, lang)
        out.append({"nl": f"{rel} {nm(q, c.name_style)}, geboren op {bd} te {q.birth_place} ({country(code, 'nl')}), "
                          f"van {natl(q.nationality, 'nl')} nationaliteit",
                    "fr": f"{rel} {nm(q, c.name_style)}, né{'e' if f else ''} le {bd} à {q.birth_place} "
                          f"({country(code, 'fr')}), de nationalité {natl(q.nationality, 'fr')}",
                    "de": f"{rel} {nm(q, c.name_style)}, geboren am {bd} in {q.birth_place} ({country(code, 'de')}), "
                          f"Staatsangehörigkeit {country(q.nationality, 'de')}",
                    "en": f"{rel} {nm(q, c.name_style)}, born on {bd} in {q.birth_place} ({country(code, 'en')}), "
                          f"{natl(q.nationality, 'en')} national"}[lang] + annex(c, f"fam{i}", lang))
    lst = "; ".join(out)
    return {"nl": f"De aanvraag wordt eveneens ingediend voor de gezinsleden die met {the_app(c, 'nl')} samenwonen: "
                  f"{lst}.",
            "fr": f"La demande est également introduite pour les membres de la famille qui vivent avec "
                  f"{the_app(c, 'fr')} : {lst}.",
            "de": f"Der Antrag wird auch für die mit {the_app(c, 'de')} zusammenlebenden Familienangehörigen gestellt: "
                  f"{lst}.",
            "en": f"The application is also made for the family members living with the applicant: {lst}."}[lang]


def tell_history(c: Case, lang: str) -> str | None:
    out = []
    a = c.asylum
    if a and a.get("status") == "refused":
        d = on(c, a["refused_on"], lang)
        out.append({"nl": f"Het verzoek om internationale bescherming van {the_app(c, 'nl')} werd op {d} door het CGVS "
                          f"geweigerd.",
                    "fr": f"La demande de protection internationale de {the_app(c, 'fr')} a été refusée par le CGRA "
                          f"le {d}.",
                    "de": f"Der Antrag auf internationalen Schutz wurde am {d} vom GKFS abgelehnt.",
                    "en": f"The applicant's claim for international protection was refused by the CGRS on {d}."}[lang])
    if c.previous_9ter:
        d = on(c, c.previous_9ter, lang)
        ref = f"{(c.seed % 8_000_000) + 1_000_000}"
        out.append({"nl": f"Op {d} diende {the_app(c, 'nl')} reeds een aanvraag 9ter in (DVZ-dossier {ref}), waarover "
                          f"nog niet beslist is. Van die aanvraag wordt hierbij afstand gedaan; alle relevante "
                          f"elementen ervan worden in deze aanvraag hernomen.",
                    "fr": f"Le {d}, {the_app(c, 'fr')} a déjà introduit une demande 9ter (dossier OE {ref}), toujours "
                          f"pendante. Il est renoncé à cette demande ; tous ses éléments pertinents sont repris dans la "
                          f"présente.",
                    "de": f"Am {d} wurde bereits ein Antrag nach Artikel 9ter gestellt (Akte {ref}), über den noch "
                          f"nicht entschieden ist. Auf diesen Antrag wird verzichtet; alle maßgeblichen Angaben werden "
                          f"hier wiederholt.",
                    "en": f"On {d} the applicant already lodged a 9ter application (file {ref}), still pending. That "
                          f"application is withdrawn; everything relevant in it is repeated here."}[lang])
    return " ".join(out) if out else None


def tell_request(c: Case, lang: str) -> str:
    return {"nl": f"Om deze redenen verzoekt {the_app(c, 'nl')} u {'haar' if fem(c) else 'hem'} een machtiging tot "
                  f"verblijf van meer dan drie maanden toe te kennen op grond van artikel 9ter van de wet van "
                  f"15 december 1980.",
            "fr": f"Pour ces motifs, {the_app(c, 'fr')} vous prie de lui accorder une autorisation de séjour de plus de "
                  f"trois mois sur la base de l'article 9ter de la loi du 15 décembre 1980.",
            "de": f"Aus diesen Gründen beantragt {the_app(c, 'de')} eine Aufenthaltserlaubnis von mehr als drei "
                  f"Monaten gemäß Artikel 9ter des Gesetzes vom 15. Dezember 1980.",
            "en": "For these reasons the applicant asks to be granted leave to stay for more than three months under "
                  "Article 9ter of the Law of 15 December 1980."}[lang]


def body_parts(c: Case, lang: str) -> list[tuple[str, str]]:
    """(tag, text) of an application's body after the personal data, in order."""
    out = []
    dom = tell_domicile(c, lang)
    out.append(("residence", tell_home(c, lang) + (" " + dom if dom else "")))
    out.append(("identity", tell_identity(c, lang)))
    out.append(("medical", tell_medical(c, lang)))
    if c.coi_in_app and "no_coi" not in c.flags:
        out.append(("coi", tell_care(c, lang)))
    fam = tell_family(c, lang)
    if fam:
        out.append(("family", fam))
    hist = tell_history(c, lang)
    if hist:
        out.append(("parallel", hist))
    return out


HEAD = {"nl": dict(residence="Verblijfplaats en gekozen woonplaats", identity="Identiteit", medical="Medische situatie",
                   coi="Beschikbaarheid en toegankelijkheid van de zorg", family="Gezinsleden",
                   parallel="Voorgaande procedures", personal="Personalia"),
        "fr": dict(residence="Résidence et domicile élu", identity="Identité", medical="Situation médicale",
                   coi="Disponibilité et accessibilité des soins", family="Membres de la famille",
                   parallel="Procédures antérieures", personal="Identification"),
        "de": dict(residence="Wohnort und Zustellungsanschrift", identity="Identität", medical="Gesundheitszustand",
                   coi="Verfügbarkeit und Zugang zur Behandlung", family="Familienangehörige",
                   parallel="Frühere Verfahren", personal="Angaben zur Person"),
        "en": dict(residence="Residence and elected domicile", identity="Identity", medical="Medical situation",
                   coi="Availability and accessibility of care", family="Family members",
                   parallel="Earlier procedures", personal="The applicant")}

DVZ_LINES = {"nl": ["Dienst Vreemdelingenzaken", "Dienst Medisch Verblijf - 9ter", "Pachecolaan 44", "1000 Brussel"],
             "fr": ["Office des Étrangers", "Section 9ter - Séjour médical", "Boulevard Pachéco 44", "1000 Bruxelles"],
             "de": ["Ausländeramt (DVZ)", "Abteilung 9ter", "Pachecolaan 44", "1000 Brüssel"],
             "en": ["Immigration Office (DVZ/OE)", "Medical Residence Unit - 9ter", "Pachecolaan 44",
                    "1000 Brussels"]}

SUBJECT = {"nl": "Aanvraag tot machtiging tot verblijf op grond van artikel 9ter van de wet van 15.12.1980",
           "fr": "Demande d'autorisation de séjour sur la base de l'article 9ter de la loi du 15.12.1980",
           "de": "Antrag auf Aufenthaltserlaubnis gemäß Artikel 9ter des Gesetzes vom 15.12.1980",
           "en": "Application for leave to stay under Article 9ter of the Law of 15 December 1980"}


# =========================================================================== text that runs over pages

class Pages:
    """Lays text down a page and onto fresh pages made by ``page_fn(i) -> (sheet, top_y)``; ``tags`` keeps the
    1-based page on which each named part begins."""

    def __init__(self, page_fn, *, x0=22.0, x1=188.0, foot=272.0, f=TIMES, pt=10.5, lead=1.45):
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

    def lh(self, pt=None) -> float:
        return (pt or self.pt) * 0.3528 * self.lead

    def need(self, h: float) -> None:
        if self.y + h > self.foot:
            self.new_page()

    def line(self, s, *, x=None, f=None, pt=None, col=BLACK, at="left", gap=0.0) -> None:
        self.need(self.lh(pt))
        put(self.sh, self.x0 if x is None else x, self.y, s, f=f or self.f, pt=pt or self.pt, col=col, at=at)
        self.y += self.lh(pt) + gap

    def para(self, s: str, *, f=None, pt=None, indent=0.0, gap=3.0, al="left", col=BLACK, tag=None, lead_in=None,
             lead_f=None, hang=None, hang_f=None) -> None:
        """A paragraph; ``lead_in`` is a bold run-in heading set before the first words, ``hang`` a number set in
        the left margin."""
        f, pt = f or self.f, pt or self.pt
        x = self.x0 + indent
        w = self.x1 - x
        first = 0.0
        if lead_in:
            first = wid(lead_in + " ", lead_f or f, pt)
        s = fit(s, f)
        lines = self.sh.wrap(s, w - first, font=f, size_pt=pt)
        if first and len(lines) > 1:
            lines = lines[:1] + self.sh.wrap(" ".join(lines[1:]), w, font=f, size_pt=pt)
        lh = self.lh(pt)
        self.need(lh * min(2, len(lines)))
        if tag:
            self.tag(tag)
        if hang:
            put(self.sh, x - 2.5, self.y, hang, f=hang_f or f, pt=pt, at="right")
        if lead_in:
            put(self.sh, x, self.y, lead_in, f=lead_f or f, pt=pt)
        for i, ln in enumerate(lines):
            if self.y + lh > self.foot:
                self.new_page()
            xx = x + (first if i == 0 else 0)
            ww = w - (first if i == 0 else 0)
            if al == "justify" and i < len(lines) - 1 and " " in ln.strip():
                words = ln.split()
                ws = [wid(wd, f, pt) for wd in words]
                g = (ww - sum(ws)) / (len(words) - 1)
                for wd, wdw in zip(words, ws):
                    put(self.sh, xx, self.y, wd, f=f, pt=pt, col=col)
                    xx += wdw + g
            else:
                put(self.sh, xx, self.y, ln, f=f, pt=pt, col=col)
            self.y += lh
        self.y += gap


# =========================================================================== applications

def _sign_col(c: Case) -> tuple:
    return random.Random(c.seed + 7).choice([BLUE_BIC, INK_ROYAL, BLACK_BIC])


def app_nl_prose(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """Dutch lawyer's letter in Century Schoolbook: the firm's name centred at the top in spaced capitals with the
    partners' names in a small italic line under it and a thin double rule; a grey reference box at the top LEFT
    (uw ref., ons ref., datum) and 'AANGETEKEND' over the Office's address at the RIGHT; 'Betreft:' underlined;
    sections under bold lettered headings 'A.', 'B.', ... at the left margin; 'Met de meeste hoogachting,' with the
    signature at the LEFT over the typed name; the inventory as a numbered list after the signature; every page
    numbered '- n -' at the top centre from page 2 and the firm's bank and VAT line in grey at the foot."""
    A, lang = c.lawyer, "nl"
    others = random.Random(c.seed + 11).sample(["Mr. Lien Verhelst", "Mr. Tom Baert", "Mr. Sara De Coninck",
                                                "Mr. Pieter Gheysens", "Mr. Ines Van Praet"], 2)

    def page(i):
        sh = Sheet()
        put(sh, 105, 278, f"{A['firm']} · {A['street']} · {A['pc']} {A['city']} · IBAN BE{c.seed % 89 + 10} "
            f"{c.seed % 8999 + 1000} {c.seed // 13 % 8999 + 1000} {c.seed // 7 % 8999 + 1000} · BTW BE0"
            f"{c.seed % 899_999_999 + 100_000_000}", f=CENT, pt=6.6, col=MID, at="center")
        if i == 0:
            put(sh, 105, 12, " ".join(A["firm"].upper()), f=CENT_B, pt=10.5, at="center")
            put(sh, 105, 18.5, " · ".join([f"Mr. {A['first']} {A['last']}"] + others), f=CENT_I, pt=8, at="center",
                col=DARK)
            hline(sh, 30, 180, 23.5, lw=0.4)
            hline(sh, 30, 180, 24.6, lw=0.15)
            return sh, 30
        put(sh, 105, 12, f"- {i + 1} -", f=CENT, pt=9, at="center")
        return sh, 22

    w = Pages(page, x0=24, x1=186, foot=268, f=CENT, pt=10, lead=1.5)
    block(w.sh, 24, 32, 64, 20, (234, 234, 236))
    for i, (a, v) in enumerate([("Uw ref.", "-"), ("Ons ref.", f"{c.app_date.year}/{c.seed % 900 + 100}/9T"),
                                ("Datum", on(c, c.app_date, lang, "long"))]):
        put(w.sh, 26, 34 + i * 5.6, a, f=CENT, pt=8.4, col=DARK)
        put(w.sh, 44, 34 + i * 5.6, v, f=CENT_B, pt=8.6)
    put(w.sh, 112, 32, "AANGETEKEND", f=CENT_B, pt=9.6)
    for i, s in enumerate(DVZ_LINES["nl"]):
        put(w.sh, 112, 38 + i * 4.8, s, f=CENT, pt=10)
    w.y = 66
    s = f"Betreft: {SUBJECT['nl']} - {nm(c.p, c.name_style)}"
    for ln in lines_of(w.sh, s, 162, CENT_B, 10):
        put(w.sh, 24, w.y, ln, f=CENT_B, pt=10)
        hline(w.sh, 24, 24 + wid(ln, CENT_B, 10), w.y + 4.4, lw=0.25)
        w.y += 5.4
    w.y += 4
    w.para("Geachte mevrouw, geachte heer,", gap=2)
    w.para(f"Als raadsman van {the_app(c, lang)} heb ik de eer u hierbij een aanvraag tot machtiging tot verblijf om "
           f"medische redenen te bezorgen.", al="justify")
    letters = "ABCDEFGHIJ"
    parts = [("personal", f"{up1(the_app(c, lang))}: {tell_person(c, lang)}.")] + body_parts(c, lang)
    for n, (tg, txt_) in enumerate(parts):
        w.need(14)
        w.y += 1.5
        put(w.sh, 24, w.y, f"{letters[n]}.", f=CENT_B, pt=10)
        put(w.sh, 31, w.y, HEAD[lang][tg if tg in HEAD[lang] else "personal"], f=CENT_B, pt=10)
        w.y += 6
        w.para(txt_, indent=7, al="justify", tag=tg)
    w.para(tell_request(c, lang), al="justify", gap=5)
    w.need(44)
    w.para("Met de meeste hoogachting,", gap=2)
    w.tag("signature")
    y = w.y
    if "unsigned" not in c.flags:
        autograph(w.sh, 24, y, rng, w=44, h=14, col=_sign_col(c))
    put(w.sh, 24, y + 16, f"Mr. {A['first']} {A['last']}", f=CENT_B, pt=10)
    put(w.sh, 24, y + 21, "advocaat", f=CENT_I, pt=9.4)
    w.y = y + 30
    rows = inventory(c, lang)
    if rows:
        w.need(16)
        w.tag("inventory")
        w.line("Inventaris van de stukken", f=CENT_B, gap=1.5)
        for k, d, pgs in rows:
            w.para(f"{k}. {d} ({pgs} blz.)", indent=4, gap=0.6, pt=9.4)
    return w.sheets, w.tags


def app_fr_prose(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """French requête in Times: the lawyer's name and bar at the top LEFT, 'PAR RECOMMANDÉ' in a ruled box at the top
    RIGHT with the Office's address under it; the place and date flush right; 'REQUÊTE' centred with the legal basis
    under it; chapters headed by roman numerals in centred small capitals ('I. - IDENTIFICATION'); the paragraphs
    numbered 1, 2, 3 ... straight through, the numbers hanging in the LEFT margin; 'PAR CES MOTIFS,' before the
    request; 'Pour la partie requérante, son conseil,' with the signature at the RIGHT and the name under it; the
    list of 'Pièces' numbered at the end; 'page n sur N' at the foot."""
    A, lang = c.lawyer, "fr"
    bar = {"1000": "Bruxelles", "1050": "Bruxelles", "4000": "Liège", "6000": "Charleroi"}.get(A["pc"], A["city"])

    def page(i):
        sh = Sheet()
        if i == 0:
            put(sh, 22, 14, f"Maître {A['first']} {A['last'].upper()}", f=TIMES_B, pt=11)
            put(sh, 22, 19.5, f"Avocat{'e' if A['sex'] == 'F' else ''} au Barreau de {bar}", f=TIMES_I, pt=9.4)
            put(sh, 22, 24, f"{A['street']} - {A['pc']} {A['city']}", f=TIMES, pt=9)
            put(sh, 22, 28.5, f"Tél. {A['tel']} - {A['mail']}", f=TIMES, pt=9)
            return sh, 40
        return sh, 20

    w = Pages(page, x0=30, x1=188, foot=272, f=TIMES, pt=11, lead=1.45)
    frame(w.sh, 120, 12, 68, 8, lw=0.4)
    put(w.sh, 154, 13.6, "PAR RECOMMANDÉ", f=TIMES_B, pt=10, at="center")
    for i, s in enumerate(DVZ_LINES["fr"]):
        put(w.sh, 120, 25 + i * 4.8, s, f=TIMES, pt=10.5)
    put(w.sh, 188, 50, f"{A['city']}, le {on(c, c.app_date, lang, 'long')}", f=TIMES, pt=10.5, at="right")
    w.y = 62
    put(w.sh, 105, w.y, "REQUÊTE", f=TIMES_B, pt=14, at="center", sp=1.5)
    put(w.sh, 105, w.y + 7, "en autorisation de séjour - article 9ter de la loi du 15 décembre 1980", f=TIMES_I,
        pt=10, at="center")
    w.y += 17
    w.para("Madame, Monsieur,", gap=2)
    romans = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]
    parts = [("personal", f"{up1(the_app(c, lang))} est {tell_person(c, lang)}.")] + body_parts(c, lang)
    n = 0
    for j, (tg, txt_) in enumerate(parts):
        w.need(16)
        w.y += 2
        put(w.sh, 105, w.y, f"{romans[j]}. - {HEAD[lang][tg].upper()}", f=TIMES_B, pt=9.6, at="center", sp=0.4)
        w.y += 7
        n += 1
        w.para(txt_, al="justify", tag=tg, hang=f"{n}.")
    w.need(20)
    w.y += 2
    put(w.sh, 30, w.y, "PAR CES MOTIFS,", f=TIMES_B, pt=11)
    w.y += 6
    n += 1
    w.para(tell_request(c, lang), al="justify", hang=f"{n}.", gap=6)
    w.need(40)
    w.line("Pour la partie requérante, son conseil,", x=110, f=TIMES_I, gap=1)
    w.tag("signature")
    y = w.y
    if "unsigned" not in c.flags:
        autograph(w.sh, 116, y, rng, w=42, h=14, col=_sign_col(c))
    put(w.sh, 110, y + 16, f"Me {A['first']} {A['last']}", f=TIMES, pt=10.5)
    w.y = y + 26
    rows = inventory(c, lang)
    if rows:
        w.need(16)
        w.tag("inventory")
        w.line("Pièces :", f=TIMES_B, gap=1)
        for k, d, pgs in rows:
            w.para(f"{k}. {d} ({pgs} p.)", indent=3, gap=0.4, pt=10)
    N = len(w.sheets)
    for i, sh in enumerate(w.sheets):
        put(sh, 105, 284, f"page {i + 1} sur {N}", f=TIMES, pt=8.6, at="center", col=MID)
    return w.sheets, w.tags


def app_nl_labelled(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """Dutch lawyer's 'verzoekschrift 9ter' opening with an IDENTIFICATION TABLE: the firm's name in Carlito bold
    beside a narrow coloured bar at the top LEFT, 'AANGETEKEND' and the Office's address at the right, then a grey
    title bar and the personal data as labelled lines with dotted leaders (surname, first names, birth date, place
    and country of birth, nationality, register number, address of effective residence, elected domicile) - a label
    stays printed with nothing after it when the fact is not given; the body in headed sections; the signature at the
    RIGHT with the firm's oval stamp pressed beside it; 'Inventaris van de stukken' as a ruled table (nr.,
    omschrijving, blz.)."""
    A, lang = c.lawyer, "nl"
    tint = random.Random(c.seed + 3).choice([(0, 110, 120), (120, 40, 60), (40, 70, 140)])

    def page(i):
        sh = Sheet()
        block(sh, 18, 10, 2.2, 16 if i == 0 else 8, tint)
        if i == 0:
            put(sh, 23, 10, A["firm"], f=CALIB_B, pt=13, col=tint)
            put(sh, 23, 16.5, f"{A['street']}, {A['pc']} {A['city']}", f=CALIB, pt=8.6, col=DARK)
            put(sh, 23, 21, f"T {A['tel']} · {A['mail']}", f=CALIB, pt=8.6, col=DARK)
            return sh, 34
        put(sh, 23, 11, f"{A['firm']} - {nm(c.p, 'SURNAME Given')}", f=CALIB, pt=8.4, col=MID)
        return sh, 22

    w = Pages(page, x0=22, x1=188, foot=274, f=CALIB, pt=10.5, lead=1.45)
    put(w.sh, 118, 32, "AANGETEKEND", f=CALIB_B, pt=10)
    for i, s in enumerate(DVZ_LINES["nl"]):
        put(w.sh, 118, 37.5 + i * 4.8, s, f=CALIB, pt=10.5)
    put(w.sh, 22, 62, f"{A['city']}, {on(c, c.app_date, lang, 'long')}", f=CALIB, pt=10.5)
    block(w.sh, 22, 70, 166, 8, (228, 230, 232))
    put(w.sh, 25, 71.4, "VERZOEKSCHRIFT 9TER - IDENTIFICATIE VAN DE VERZOEKENDE PARTIJ", f=CALIB_B, pt=10.5)
    p = c.p
    code = _b9.country_code_of(p.birth_country, p.nationality)
    nobp, nonat = "no_birthplace" in c.flags, "no_nationality" in c.flags
    rows = [("Familienaam", p.surname.upper()), ("Voornamen", p.given_names),
            ("Geboortedatum", on(c, p.birth_date, lang)), ("Geboorteplaats", "" if nobp else p.birth_place),
            ("Geboorteland", "" if nobp else country(code, lang)),
            ("Nationaliteit", "" if nonat else natl(p.nationality, lang)),
            ("Rijksregisternummer / OV-nummer", c.nrn or c.ov or ""),
            ("Adres van effectieve verblijfplaats", "" if "no_address" in c.flags else residence(c, lang)),
            ("Gekozen woonplaats", domicile_line(c, lang))]
    y = 82.0
    w.tags["personal"] = 1
    w.tags["residence"] = 1
    for a, v in rows:
        put(w.sh, 24, y, a, f=CALIB, pt=10)
        x_dots = 24 + wid(a, CALIB, 10) + 1
        hline(w.sh, x_dots, 86, y + 3.6, lw=0.2, col=LIGHT, dash=0.4)
        if v:
            putfit(w.sh, 88, y, v, 100, f=CALIB_B, pt=10.5)
        y += 6.6
    w.y = y + 6
    w.para(f"Namens {the_app(c, lang)} verzoek ik u om een machtiging tot verblijf om medische redenen, op grond van "
           f"de volgende elementen.", al="justify")
    for tg, txt_ in body_parts(c, lang):
        if tg == "residence":
            continue
        w.need(14)
        w.line(HEAD[lang][tg], f=CALIB_B, pt=11, col=tint, gap=0.5)
        w.para(txt_, al="justify", tag=tg)
    w.para(tell_request(c, lang), al="justify", gap=6)
    w.need(36)
    w.line("Met hoogachting,", x=120, gap=1)
    w.tag("signature")
    y = w.y
    if "unsigned" not in c.flags:
        autograph(w.sh, 122, y, rng, w=40, h=13, col=_sign_col(c))
    seal(w.sh, 86, y - 2, [A["firm"][:24].upper(), "ADVOCATEN", A["city"].upper()], rng, shape="oval",
         col=STAMP_BLUE, mm=34)
    put(w.sh, 120, y + 15, f"{A['first']} {A['last']}, advocaat", f=CALIB, pt=10)
    w.y = y + 26
    rows = inventory(c, lang)
    if rows:
        w.need(20)
        w.tag("inventory")
        w.line("Inventaris van de stukken", f=CALIB_B, pt=11, gap=1.5)
        for k, d, pgs in [("nr.", "omschrijving", "blz.")] + rows:
            w.need(6.4)
            hd = k == "nr."
            if hd:
                block(w.sh, 22, w.y - 1, 166, 6.2, (232, 232, 234))
            frame(w.sh, 22, w.y - 1, 166, 6.2, lw=0.2, col=MID)
            vline(w.sh, 34, w.y - 1, w.y + 5.2, lw=0.2, col=MID)
            vline(w.sh, 172, w.y - 1, w.y + 5.2, lw=0.2, col=MID)
            put(w.sh, 28, w.y, str(k), f=CALIB_B if hd else CALIB, pt=9.4, at="center")
            putfit(w.sh, 36, w.y, d, 134, f=CALIB_B if hd else CALIB, pt=9.4)
            put(w.sh, 180, w.y, str(pgs), f=CALIB_B if hd else CALIB, pt=9.4, at="center")
            w.y += 6.2
    return w.sheets, w.tags


def _comb(sh: Sheet, x, y, n, s, *, cw=4.6, h=6.0, f=COURIER_B, pt=10.5) -> float:
    """A row of n letter boxes with s typed one character per box; returns the x after the row."""
    s = strip_accents(str(s)).upper()
    if len(s) > n:
        cw, n = cw * n / len(s), len(s)
    for i in range(n):
        frame(sh, x + i * cw, y, cw, h, lw=0.2, col=MID)
        if i < len(s) and s[i] != " ":
            put(sh, x + i * cw + cw / 2, y + (h - pt * 0.3528) / 2 - 0.2, s[i], f=f, pt=pt, at="center")
    return x + n * cw


def app_fr_form(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A Brussels support association's intake form ('Demande d'autorisation de séjour - article 9ter - formulaire
    d'introduction') completed ON A TYPEWRITER-LIKE FACE: the association's square logo with initials at the top
    LEFT, the title in a black band, sections numbered in white on a grey square; names, dates and numbers typed one
    letter per box in rows of COMB fields; the elected domicile as three boxes, one typed over with an X; the long
    answers in ruled free-text frames; the applicant signs in a framed box at the end under 'Fait à ..., le ...'; the
    enclosures as a typed list; 'Formulaire 9T-01 - page n/N' at the foot."""
    lang = "fr"
    p = c.p
    org = rng.choice(["Point d'appui Santé & Séjour asbl", "Collectif Soins sans Frontières asbl",
                      "Maison des Droits du Patient Migrant asbl"])
    ini = "".join(wd[0] for wd in org.split() if wd[0].isupper())[:3]
    sheets: list[Sheet] = []
    tags: dict[str, int] = {}
    st = {"y": 0.0}

    def new():
        sh = Sheet()
        sheets.append(sh)
        if len(sheets) == 1:
            block(sh, 18, 10, 14, 14, (40, 40, 44))
            put(sh, 25, 13.4, ini, f=ARIAL_B, pt=10, col=(255, 255, 255), at="center")
            put(sh, 36, 11, org, f=ARIAL_B, pt=10)
            put(sh, 36, 16.5, "Rue de la Victoire 96 - 1060 Saint-Gilles", f=ARIAL, pt=8, col=DARK)
            block(sh, 18, 28, 174, 9, (20, 20, 22))
            put(sh, 21, 29.8, "DEMANDE D'AUTORISATION DE SÉJOUR - ARTICLE 9TER - FORMULAIRE D'INTRODUCTION",
                f=ARIAL_B, pt=9.2, col=(255, 255, 255))
            st["y"] = 44.0
        else:
            st["y"] = 16.0

    new()

    def section(no, title, room=24.0):
        if st["y"] + room > 270:
            new()
        sh = sheets[-1]
        block(sh, 18, st["y"], 6, 6, (120, 120, 124))
        put(sh, 21, st["y"] + 0.9, str(no), f=ARIAL_B, pt=9, col=(255, 255, 255), at="center")
        put(sh, 27, st["y"] + 0.8, title, f=ARIAL_B, pt=10.5)
        st["y"] += 9

    def combrow(label, n, val, tag=None):
        if st["y"] + 12 > 274:
            new()
        sh = sheets[-1]
        if tag:
            tags.setdefault(tag, len(sheets))
        put(sh, 20, st["y"] + 1.4, label, f=ARIAL, pt=8.4)
        _comb(sh, 66, st["y"], n, val)
        st["y"] += 8.4

    def textbox(label, val, tag=None):
        sh = sheets[-1]
        n = len(lines_of(sh, val, 166, COURIER, 9.6)) if val else 1
        h = max(12.0, n * 4.6 + 8)
        if st["y"] + min(h, 60) > 274:
            new()
        sh = sheets[-1]
        if tag:
            tags.setdefault(tag, len(sheets))
        put(sh, 20, st["y"], label, f=ARIAL, pt=8.4)
        y0 = st["y"] + 4.6
        yy = y0 + 2
        top = y0
        for ln in lines_of(sh, val, 166, COURIER, 9.6) if val else []:
            if yy + 4.6 > 276:
                frame(sh, 18, top, 174, yy - top + 1, lw=0.3, col=MID)
                new()
                sh = sheets[-1]
                top = st["y"]
                yy = top + 2
            put(sh, 21, yy, ln, f=COURIER, pt=9.6)
            yy += 4.6
        bottom = max(yy + 1, top + 10)
        frame(sh, 18, top, 174, bottom - top, lw=0.3, col=MID)
        st["y"] = bottom + 4

    code = _b9.country_code_of(p.birth_country, p.nationality)
    nobp, nonat = "no_birthplace" in c.flags, "no_nationality" in c.flags
    section(1, "Identité du demandeur")
    combrow("Nom", 26, p.surname, tag="personal")
    combrow("Prénom(s)", 26, p.given_names)
    combrow("Date de naissance", 10, dnum(p.birth_date, "/"))
    combrow("Lieu de naissance", 26, "" if nobp else p.birth_place)
    combrow("Pays de naissance", 26, "" if nobp else country(code, "fr"))
    combrow("Nationalité", 26, "" if nonat else natl(p.nationality, "fr"))
    combrow("N° registre national / SP", 18, (c.nrn or c.ov or "").replace(".", "").replace("-", "").replace(" ", ""))
    section(2, "Résidence effective en Belgique et domicile élu", room=50)
    a = c.addr
    noad = "no_address" in c.flags
    combrow("Rue", 26, "" if noad else a.street, tag="residence")
    combrow("N° / boîte", 10, "" if noad else (a.number + (f"/{a.box}" if a.box else "")))
    combrow("Code postal / commune", 26, "" if noad else f"{a.postcode} {a.city}")
    sh = sheets[-1]
    put(sh, 20, st["y"] + 1, "Domicile élu :", f=ARIAL, pt=8.4)
    dom = "" if "no_domicile" in c.flags else c.domicile
    opts = [("à l'adresse de résidence", dom == "residence"), ("chez l'avocat", dom == "lawyer"),
            ("autre adresse", dom == "other")]
    x = 44
    for lab, onx in opts:
        tickbox(sh, x, st["y"] + 0.6, 3.8, onx)
        put(sh, x + 5.5, st["y"] + 1, lab, f=ARIAL, pt=8.4)
        x += 10 + wid(lab, ARIAL, 8.4)
    st["y"] += 7
    if dom in ("lawyer", "other"):
        put(sh, 44, st["y"], domicile_line(c, "fr"), f=COURIER, pt=9.4)
        st["y"] += 6
    st["y"] += 3
    section(3, "Identité - documents")
    textbox("Documents d'identité joints ou motif de dispense", tell_identity(c, lang), tag="identity")
    section(4, "Situation médicale")
    textbox("Maladie, gravité, traitement nécessaire", tell_medical(c, lang), tag="medical")
    if c.coi_in_app and "no_coi" not in c.flags:
        textbox("Disponibilité et accessibilité des soins au pays d'origine", tell_care(c, lang), tag="coi")
    fam = tell_family(c, lang)
    hist = tell_history(c, lang)
    if fam or hist:
        section(5, "Famille et procédures antérieures")
        if fam:
            textbox("Membres de la famille inclus dans la demande", fam, tag="family")
        if hist:
            textbox("Asile, demande 9ter antérieure", hist, tag="parallel")
    section(6, "Pièces jointes", room=40)
    for k, d, pgs in inventory(c, lang):
        if st["y"] + 5 > 276:
            new()
        put(sheets[-1], 22, st["y"], f"{k}. {d} ({pgs} p.)", f=COURIER, pt=9)
        st["y"] += 4.8
    if st["y"] + 44 > 276:
        new()
    sh = sheets[-1]
    st["y"] += 4
    put(sh, 20, st["y"], f"Fait à {c.addr.city}, le {dnum(c.app_date, '/')}", f=COURIER, pt=9.6)
    st["y"] += 7
    tags["signature"] = len(sheets)
    frame(sh, 18, st["y"], 90, 30, lw=0.3, col=MID)
    put(sh, 20, st["y"] + 1, "Signature du demandeur", f=ARIAL, pt=7.6, col=DARK)
    if "unsigned" not in c.flags:
        autograph(sh, 30, st["y"] + 8, rng, w=44, h=14, col=_sign_col(c))
    tags.setdefault("inventory", len(sheets))
    N = len(sheets)
    for i, s in enumerate(sheets):
        put(s, 192, 286, f"Formulaire 9T-01 - page {i + 1}/{N}", f=ARIAL, pt=7.4, col=MID, at="right")
    return sheets, tags


def app_nl_form(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A Flemish welfare centre's intake sheet for a 9ter application ('In te vullen in DRUKLETTERS'), FILLED IN BY
    HAND: the centre's square logo and name at the top RIGHT, every question numbered in a small circle down the
    LEFT margin with the printed question beside it and two or more grey writing lines under it on which the
    answers are written in block capitals or a round hand; two or three pages; the applicant signs on a line at the
    end, with the date written at the left; copied with a binder clip on the top edge (its black jaws at the top)."""
    lang = "nl"
    hf = random.Random(c.seed + 21).choice([H_CAPS, H_FELT2, H_ROUND, H_HEAVY])
    ink_ = random.Random(c.seed + 22).choice([BLUE_BIC, BLACK_BIC, VIOLET_GEL])
    caps = hf in (H_CAPS, H_FELT2)
    org = rng.choice(["CAW Zuid-Oost-Vlaanderen - onthaal", "Welzijnsschakel De Brug vzw",
                      "Sociaal Huis - cel vreemdelingen"])
    sheets: list[Sheet] = []
    tags: dict[str, int] = {}
    st = {"y": 0.0, "n": 0}

    def new():
        sh = Sheet()
        sheets.append(sh)
        frame(sh, 168, 8, 22, 12, lw=0.5, col=(40, 90, 130))
        put(sh, 179, 10.5, "CAW" if "CAW" in org else "SH", f=AVANT_B, pt=11, col=(40, 90, 130), at="center")
        put(sh, 164, 10, org, f=AVANT, pt=7.6, col=DARK, at="right")
        if len(sheets) == 1:
            put(sh, 18, 24, "Aanvraag medische regularisatie (artikel 9ter)", f=AVANT_B, pt=13)
            put(sh, 18, 30.5, "In te vullen in DRUKLETTERS. Bezorg dit blad met de bijlagen aan uw begeleider.",
                f=AVANT, pt=8.4, col=DARK)
            st["y"] = 40.0
        else:
            st["y"] = 26.0
        clip_shadow(sh, 92)

    new()

    def q(question, ans, *, tag=None, minlines=2):
        sh = sheets[-1]
        s = strip_accents(ans).upper() if (ans and caps) else ans
        n = max(minlines, len(lines_of(sh, s, 150 * 0.84, hf, 11)) if ans else minlines)
        h = 7 + n * 7
        if st["y"] + min(h, 60) > 276:
            new()
            sh = sheets[-1]
        if tag:
            tags.setdefault(tag, len(sheets))
        st["n"] += 1
        ring = Image.new("RGBA", (60, 60), (0, 0, 0, 0))
        ImageDraw.Draw(ring).ellipse([3, 3, 57, 57], outline=(40, 40, 40, 255), width=4)
        sh.image(18, st["y"] - 0.6, 5.6, 5.6, ring)
        put(sh, 20.8, st["y"] + 0.2, str(st["n"]), f=AVANT_B, pt=7.6, at="center")
        put(sh, 27, st["y"], question, f=AVANT, pt=9.2)
        y = st["y"] + 7
        lines = lines_of(sh, s, 150 * 0.84, hf, 11) if ans else []
        k = 0
        while k < max(n, len(lines)):
            if y + 7 > 280:
                new()
                sh = sheets[-1]
                y = st["y"]
            hline(sh, 27, 190, y + 5.2, lw=0.2, col=LIGHT)
            if k < len(lines):
                hand(sh, 28 + rng.uniform(-0.4, 0.4), y - 0.6, lines[k], rng, f=hf, pt=11, col=ink_)
            y += 7
            k += 1
        st["y"] = y + 3

    p = c.p
    code = _b9.country_code_of(p.birth_country, p.nationality)
    nobp, nonat = "no_birthplace" in c.flags, "no_nationality" in c.flags
    q("Familienaam en voornamen", f"{p.surname} {p.given_names}", tag="personal", minlines=1)
    q("Geboortedatum", on(c, p.birth_date, lang, "dots"), minlines=1)
    q("Geboorteplaats en geboorteland", "" if nobp else f"{p.birth_place}, {country(code, lang)}", minlines=1)
    q("Nationaliteit", "" if nonat else natl(p.nationality, lang), minlines=1)
    q("Rijksregisternummer of OV-nummer", c.nrn or c.ov or "", minlines=1)
    q("Adres waar u werkelijk verblijft", "" if "no_address" in c.flags else residence(c, lang), tag="residence",
      minlines=1)
    q("Gekozen woonplaats (waar DVZ u mag schrijven)", domicile_line(c, lang), minlines=1)
    q("Hoe bewijst u uw identiteit? Welke documenten voegt u toe?", tell_identity(c, lang), tag="identity")
    q("Uw ziekte, hoe ernstig die is en welke behandeling u nodig hebt", tell_medical(c, lang), tag="medical")
    if c.coi_in_app and "no_coi" not in c.flags:
        q("Kunt u in uw land behandeld worden? Is de zorg bereikbaar en betaalbaar?", tell_care(c, lang), tag="coi")
    fam = tell_family(c, lang)
    if fam:
        q("Gezinsleden die mee aanvragen", fam, tag="family")
    hist = tell_history(c, lang)
    if hist:
        q("Vroegere asielaanvraag of 9ter-aanvraag", hist, tag="parallel")
    enc = "; ".join(f"{k}. {d}" for k, d, _ in inventory(c, lang))
    q("Bijlagen", enc, tag="inventory")
    if st["y"] + 36 > 280:
        new()
    sh = sheets[-1]
    y = st["y"] + 4
    tags["signature"] = len(sheets)
    put(sh, 18, y, "Datum", f=AVANT, pt=9)
    hand(sh, 32, y - 2, on(c, c.app_date, lang, "dots"), rng, f=hf, pt=11, col=ink_)
    put(sh, 100, y, "Handtekening van de aanvrager", f=AVANT, pt=9)
    hline(sh, 100, 188, y + 22, lw=0.3)
    if "unsigned" not in c.flags:
        autograph(sh, 104, y + 6, rng, w=44, h=14, col=ink_)
    return sheets, tags


def app_de_eupen(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """German lawyer's letter from Eupen with MARGINAL KEYWORDS: the sender's one-line return address in small type
    over the window, 'Einschreiben' above the Office's address, the lawyer's name and contact details in a block at
    the top RIGHT, 'Eupen, den ...' under it; the body runs in a right-hand column while a narrow LEFT column carries
    grey bold keywords beside each section ('Person', 'Wohnsitz', 'Identität', ...); 'Mit vorzüglicher
    Hochachtung' with the signature at the LEFT of the column over the typed name; 'Anlagen' as a dashed list;
    Nimbus Sans."""
    A, lang = c.lawyer, "de"

    def page(i):
        sh = Sheet()
        if i == 0:
            for j, s in enumerate([f"{A['first']} {A['last']}", ("Rechtsanwältin" if A["sex"] == "F" else "Rechtsanwalt"),
                                   A["street"], f"{A['pc']} {A['city']}", f"Tel. {A['tel']}", A["mail"]]):
                put(sh, 190, 14 + j * 4.4, s, f=HELV_B if j == 0 else HELV, pt=9.4 if j == 0 else 8.2,
                    at="right", col=BLACK if j < 2 else DARK)
            return sh, 92
        put(sh, 190, 12, f"Seite {i + 1}", f=HELV, pt=8, at="right", col=MID)
        return sh, 22

    w = Pages(page, x0=58, x1=190, foot=274, f=HELV, pt=10, lead=1.5)
    put(w.sh, 22, 42, f"{A['first']} {A['last']} · {A['street']} · {A['pc']} {A['city']}", f=HELV, pt=6.6, col=MID)
    hline(w.sh, 22, 106, 45.5, lw=0.15, col=LIGHT)
    put(w.sh, 22, 48, "Einschreiben", f=HELV_B, pt=9.4)
    for i, s in enumerate(DVZ_LINES["de"]):
        put(w.sh, 22, 53.5 + i * 4.8, s, f=HELV, pt=10)
    put(w.sh, 190, 46, f"Eupen, den {on(c, c.app_date, lang, 'long')}", f=HELV, pt=9.6, at="right")
    put(w.sh, 22, 80, SUBJECT["de"], f=HELV_B, pt=10)
    put(w.sh, 22, 85, f"Antragsteller{'in' if fem(c) else ''}: {nm(c.p, c.name_style)}", f=HELV_B, pt=10)
    w.para("Sehr geehrte Damen und Herren,", gap=2)
    w.para(f"in Vertretung {'der' if fem(c) else 'des'} Obengenannten stelle ich hiermit einen Antrag auf "
           f"Aufenthaltserlaubnis aus medizinischen Gründen.", al="justify")
    keys = {"personal": "Person", "residence": "Wohnsitz", "identity": "Identität", "medical": "Krankheit",
            "coi": "Herkunftsland", "family": "Familie", "parallel": "Vorverfahren"}
    parts = [("personal", f"{up1(the_app(c, lang))}: {tell_person(c, lang)}.")] + body_parts(c, lang)
    for tg, txt_ in parts:
        w.need(12)
        put(w.sh, 22, w.y, keys[tg], f=HELV_B, pt=8.8, col=MID)
        w.para(txt_, al="justify", tag=tg)
    w.para(tell_request(c, lang), al="justify", gap=6)
    w.need(40)
    w.para("Mit vorzüglicher Hochachtung", gap=2)
    w.tag("signature")
    y = w.y
    if "unsigned" not in c.flags:
        autograph(w.sh, 58, y, rng, w=42, h=13, col=_sign_col(c))
    put(w.sh, 58, y + 15, f"{A['first']} {A['last']}", f=HELV, pt=10)
    put(w.sh, 58, y + 19.5, ("Rechtsanwältin" if A["sex"] == "F" else "Rechtsanwalt"), f=HELV, pt=9, col=DARK)
    w.y = y + 28
    rows = inventory(c, lang)
    if rows:
        w.need(14)
        w.tag("inventory")
        put(w.sh, 22, w.y, "Anlagen", f=HELV_B, pt=8.8, col=MID)
        for k, d, pgs in rows:
            w.para(f"- {d} ({pgs} S.)", gap=0.5, pt=9.4)
    return w.sheets, w.tags


def app_en_clinic(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """An application written in ENGLISH by a university legal clinic: the clinic's name and the university in a
    navy band across the top, 'BY REGISTERED MAIL' at the LEFT over the Office's address, the date at the right,
    'Re:' in bold, the text under numbered headings ('1. The applicant', '2. Residence ...') in Liberation Serif, signed
    at the LEFT by the supervising attorney with the typed name and title under the signature, the enclosures as a
    bulleted list."""
    A, lang = c.lawyer, "en"

    def page(i):
        sh = Sheet()
        if i == 0:
            block(sh, 0, 0, 210, 20, (24, 40, 80))
            put(sh, 20, 5, "Migration Law Clinic", f=FSAN_B, pt=14, col=(255, 255, 255))
            put(sh, 20, 12.5, "Faculty of Law and Criminology - pro bono legal assistance", f=FSAN, pt=8.6,
                col=(210, 220, 240))
            return sh, 30
        return sh, 18

    w = Pages(page, x0=22, x1=188, foot=274, f=TIMES, pt=11, lead=1.45)
    put(w.sh, 22, 30, "BY REGISTERED MAIL", f=FSAN_B, pt=9)
    for i, s in enumerate(DVZ_LINES["en"]):
        put(w.sh, 22, 35.5 + i * 4.8, s, f=TIMES, pt=10.5)
    put(w.sh, 188, 30, on(c, c.app_date, lang, "long"), f=TIMES, pt=10.5, at="right")
    w.y = 62
    w.para(f"Re: {SUBJECT['en']} - {nm(c.p, c.name_style)}", f=TIMES_B, gap=4)
    w.para("Dear Sir or Madam,", gap=2)
    w.para("On behalf of our client we submit the following application for leave to stay on medical grounds.",
           al="justify")
    parts = [("personal", f"{tell_person(c, lang)}.")] + body_parts(c, lang)
    for n, (tg, txt_) in enumerate(parts, 1):
        w.need(14)
        w.line(f"{n}. {HEAD[lang][tg]}", f=TIMES_B, gap=0.5)
        w.para(txt_, al="justify", tag=tg)
    w.para(tell_request(c, lang), al="justify", gap=6)
    w.need(40)
    w.para("Yours faithfully,", gap=2)
    w.tag("signature")
    y = w.y
    if "unsigned" not in c.flags:
        autograph(w.sh, 22, y, rng, w=42, h=13, col=_sign_col(c))
    put(w.sh, 22, y + 15, f"{A['first']} {A['last']}", f=TIMES_B, pt=10.5)
    put(w.sh, 22, y + 20, "supervising attorney, member of the bar", f=TIMES_I, pt=9.6)
    w.y = y + 28
    rows = inventory(c, lang)
    if rows:
        w.need(14)
        w.tag("inventory")
        w.line("Enclosures", f=TIMES_B, gap=1)
        for k, d, pgs in rows:
            w.para(f"•  {d} ({pgs} p.)", indent=3, gap=0.4, pt=10)
    return w.sheets, w.tags


_reg("be9ter-app-nl-lawyer-prose-schoolbook-lettersecties-referentiekader-48", "application", "nl", app_nl_prose,
     "Dutch lawyer's letter, lettered sections, grey reference box")
_reg("be9ter-app-fr-lawyer-prose-requete-chapitres-romains-paragraphes-numerotes-48", "application", "fr",
     app_fr_prose, "French requête with roman chapters and numbered paragraphs")
_reg("be9ter-app-nl-lawyer-inventaris-identificatietabel-stippellijnen-ovaalstempel-48", "application", "nl",
     app_nl_labelled, "Dutch lawyer's request opening with a labelled identification table")
_reg("be9ter-app-fr-form-asbl-kamvakjes-typemachine-handtekeningkader-48", "application", "fr", app_fr_form,
     "association's intake form typed in comb boxes, signed in a box")
_reg("be9ter-app-nl-form-caw-genummerde-cirkels-schrijflijnen-met-de-hand-klem-48", "application", "nl", app_nl_form,
     "welfare centre's intake sheet filled in by hand on writing lines")
_reg("be9ter-app-de-lawyer-prose-eupen-randspalte-stichworte-48", "application", "de", app_de_eupen,
     "German lawyer's letter from Eupen with keywords in a margin column")
_reg("be9ter-app-en-legal-clinic-genummerde-kopjes-48", "application", "en", app_en_clinic,
     "an application written in English by a legal clinic (not accepted)")


# =========================================================================== standard medical certificates

OLDM = {
    "nl": dict(title="STANDAARD MEDISCH GETUIGSCHRIFT",
               sub="af te leveren aan de Dienst Vreemdelingenzaken in het kader van een aanvraag op grond van artikel "
                   "9ter van de wet van 15 december 1980",
               pat="Naam en voornaam van de patiënt", bd="Geboortedatum", nat="Nationaliteit",
               A="Historiek (voorgeschiedenis, opnames, verloop)", B="Diagnose (aard van de aandoening)",
               Bs="Graad van ernst", C="Huidige behandeling (geneesmiddelen, ingrepen, hulpmiddelen)",
               Cd="Duur van de noodzakelijke behandeling", D="Gevolgen bij stopzetting van de behandeling",
               E="Evolutie en prognose", F="Noodzakelijke medische opvolging en nood aan mantelzorg",
               G="Mag de patiënt reizen?", doc="Naam, adres en RIZIV-nummer van de arts", riz="RIZIV",
               date="Datum", sign="Handtekening en stempel van de arts"),
    "fr": dict(title="CERTIFICAT MÉDICAL TYPE",
               sub="destiné à l'Office des Étrangers dans le cadre d'une demande fondée sur l'article 9ter de la loi "
                   "du 15 décembre 1980",
               pat="Nom et prénom du patient", bd="Date de naissance", nat="Nationalité",
               A="Historique (antécédents, hospitalisations, évolution)", B="Diagnostic (nature de l'affection)",
               Bs="Degré de gravité", C="Traitement actuel (médicaments, interventions, matériel)",
               Cd="Durée du traitement nécessaire", D="Conséquences en cas d'arrêt du traitement",
               E="Évolution et pronostic", F="Suivi médical nécessaire et besoin d'aide de tiers",
               G="Le patient peut-il voyager ?", doc="Nom, adresse et numéro INAMI du médecin", riz="INAMI",
               date="Date", sign="Signature et cachet du médecin"),
}

NEWM = {
    "nl": dict(title="Standaard medisch getuigschrift", model="Model van toepassing vanaf 1 maart 2024",
               s=["Patiënt", "Arts", "Voorgeschiedenis", "Diagnose", "Graad van ernst", "Noodzakelijke behandeling",
                  "Gevolgen bij stopzetting", "Evolutie en prognose", "Opvolging, zorgnood en reizen"],
               pn="Naam", pf="Voornaam", pbd="Geboortedatum", pnat="Nationaliteit", dn="Naam en voornaam",
               riz="RIZIV-nummer", spec="Specialisme", addr="Adres", lv=["licht", "matig", "ernstig", "zeer ernstig"],
               why="Toelichting", med="Geneesmiddelen", oth="Andere behandeling", dur="Duur",
               date="Datum", sign="Handtekening", stamp="Stempel"),
    "fr": dict(title="Certificat médical type", model="Modèle applicable à partir du 1er mars 2024",
               s=["Patient", "Médecin", "Antécédents", "Diagnostic", "Degré de gravité", "Traitement nécessaire",
                  "Conséquences d'un arrêt", "Évolution et pronostic", "Suivi, dépendance et voyage"],
               pn="Nom", pf="Prénom", pbd="Date de naissance", pnat="Nationalité", dn="Nom et prénom",
               riz="Numéro INAMI", spec="Spécialité", addr="Adresse", lv=["léger", "modéré", "grave", "très grave"],
               why="Précisions", med="Médicaments", oth="Autre traitement", dur="Durée",
               date="Date", sign="Signature", stamp="Cachet"),
    "de": dict(title="Standardisiertes ärztliches Attest", model="Muster anwendbar ab dem 1. März 2024",
               s=["Patient", "Arzt", "Vorgeschichte", "Diagnose", "Schweregrad", "Notwendige Behandlung",
                  "Folgen eines Abbruchs", "Verlauf und Prognose", "Nachsorge, Pflegebedarf, Reisefähigkeit"],
               pn="Name", pf="Vorname", pbd="Geburtsdatum", pnat="Staatsangehörigkeit", dn="Name und Vorname",
               riz="LIKIV-Nummer", spec="Fachrichtung", addr="Anschrift", lv=["leicht", "mittel", "schwer",
                                                                              "sehr schwer"],
               why="Erläuterung", med="Medikamente", oth="Sonstige Behandlung", dur="Dauer",
               date="Datum", sign="Unterschrift", stamp="Stempel"),
    "en": dict(title="Standard medical certificate", model="Model applicable from 1 March 2024",
               s=["Patient", "Doctor", "Medical history", "Diagnosis", "Degree of severity", "Necessary treatment",
                  "Consequences if stopped", "Course and prognosis", "Follow-up, care needs and travel"],
               pn="Surname", pf="First name", pbd="Date of birth", pnat="Nationality", dn="Surname and first name",
               riz="RIZIV/INAMI number", spec="Speciality", addr="Address", lv=["mild", "moderate", "severe",
                                                                                "very severe"],
               why="Details", med="Medicines", oth="Other treatment", dur="Duration",
               date="Date", sign="Signature", stamp="Stamp"),
}


def answers(c: Case, lang: str) -> dict:
    """What the doctor writes on the certificate, with this dossier's planted omission applied."""
    t = medtext(c, lang)
    il = ILLNESSES[c.illness]
    F = c.flags
    d = c.doctor
    nop = "mc_no_patient" in F
    sv = t["severity"].lower()
    high = any(k in sv for k in ("levensbedreig", "vital", "lebensbedroh", "life-threat", "zeer", "très", "sehr",
                                 "very"))
    return dict(sur="" if nop else c.p.surname.upper(), first="" if nop else c.p.given_names,
                full="" if nop else f"{c.p.surname.upper()}, {c.p.given_names}",
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


def doc_seal(c: Case, lang: str, riz: str) -> list[str]:
    d = c.doctor
    sp = SPECIALTY[d.spec]
    out = [f"Dr {d.first[0]}. {d.last}".upper()[:26], sp.get(L(lang), sp["nl"])]
    if riz:
        out.append(riz)
    out.append(f"{d.pc} {d.city}".upper())
    return out


def mc_old_circles(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The previous model with the answers TYPED in Courier Prime under each printed question, two pages: the title
    in bold sans centred with the legal line under it, the patient's name, birth date and nationality typed after
    printed captions on dotted lines, each question's letter (A to G) printed white in a black CIRCLE in the LEFT
    margin beside the question in bold; page 2 ends with the doctor's name, address and number typed in a block, the
    date, and the signature to the RIGHT of the rectangular stamp."""
    O = OLDM[lang]
    v = answers(c, lang)
    tags = {"patient": 1, "illness": 1, "severity": 1, "treatment": 1, "doctor": 2, "signature": 2}
    s1, s2 = Sheet(), Sheet()
    put(s1, 105, 12, O["title"], f=HELV_B, pt=13.5, at="center")
    flow(s1, 32, 19, 146, O["sub"], f=HELV, pt=8, lead=1.25, al="center", col=DARK)
    y = 34.0
    for a, val in [(O["pat"], v["full"]), (O["bd"], v["bd"]), (O["nat"], v["nat"])]:
        put(s1, 20, y, a + " :", f=HELV, pt=9.4)
        x = 22 + wid(a + " :", HELV, 9.4)
        hline(s1, x, 190, y + 4, lw=0.15, col=LIGHT, dash=0.5)
        if val:
            put(s1, x + 1, y - 0.2, val, f=CPRIME, pt=10)
        y += 7

    def q(sh, y, letter, label, ans, extra=None, space=0.0):
        y0 = y
        disc = Image.new("RGBA", (80, 80), (0, 0, 0, 0))
        ImageDraw.Draw(disc).ellipse([2, 2, 78, 78], fill=(20, 20, 20, 255))
        sh.image(12, y - 0.8, 6, 6, disc)
        put(sh, 15, y + 0.3, letter, f=HELV_B, pt=9, col=(255, 255, 255), at="center")
        y = flow(sh, 22, y, 168, label, f=HELV_B, pt=9.6, lead=1.2) + 1
        if ans:
            y = flow(sh, 24, y, 164, ans, f=CPRIME, pt=9.8, lead=1.4)
        if extra:
            y = extra(sh, y + 1)
        return max(y, y0 + space) + 5

    y = q(s1, y + 4, "A", O["A"], v["hist"], space=50)

    def sev(sh, yy):
        put(sh, 24, yy, O["Bs"] + " :", f=HELV_B, pt=9)
        if v["why"]:
            return flow(sh, 26 + wid(O["Bs"] + " :", HELV_B, 9), yy, 136, v["why"], f=CPRIME, pt=9.8, lead=1.4)
        return yy + 6

    y = q(s1, y, "B", O["B"], v["diag"], sev, space=60)

    def dur(sh, yy):
        put(sh, 24, yy, O["Cd"] + " :", f=HELV_B, pt=9)
        if v["dur"]:
            put(sh, 26 + wid(O["Cd"] + " :", HELV_B, 9), yy, v["dur"], f=CPRIME, pt=9.8)
        return yy + 6

    q(s1, y, "C", O["C"], "; ".join(x for x in (v["med"], v["oth"]) if x), dur)
    y = q(s2, 18, "D", O["D"], v["stop"], space=34)
    y = q(s2, y, "E", O["E"], v["prog"], space=28)
    y = q(s2, y, "F", O["F"], v["needs"], space=34)
    y = q(s2, y, "G", O["G"], v["travel"], space=26)
    put(s2, 22, y + 2, O["doc"] + " :", f=HELV_B, pt=9.4)
    y = flow(s2, 24, y + 8, 160, f"Dr {v['dname']}, {v['spec']}\n{v['addr']}" + (f"\n{O['riz']} {v['riz']}" if v["riz"]
                                                                                    else ""), f=CPRIME, pt=10,
             lead=1.4) + 6
    put(s2, 22, y, f"{O['date']} : {v['date']}", f=CPRIME, pt=10)
    put(s2, 110, y, O["sign"] + " :", f=HELV, pt=9)
    if v["signed"]:
        seal(s2, 96, y + 6, doc_seal(c, lang, v["riz"]), rng, shape="rect", col=STAMP_BLUE, mm=40)
        autograph(s2, 146, y + 8, rng, w=40, h=13, col=BLUE_BIC)
    return [s1, s2], tags


def mc_old_bars(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The previous model printed with every question in a full-width GREY BAR and the space under it left open,
    FILLED IN BY HAND (a slanted ballpoint or chancery pen), two pages; the severity written after its printed
    caption under B; page 2: the date written at the left, the doctor's rectangular stamp (name, specialism,
    INAMI/RIZIV number, town) pressed at a slant in the middle and the signature written just past its right edge."""
    O = OLDM[lang]
    v = answers(c, lang)
    hf = random.Random(c.seed + 31).choice([H_LEAN, H_CHANCERY, H_ROUND, H_HEAVYLEAN])
    pen = random.Random(c.seed + 32).choice([BLUE_BIC, BLACK_BIC, INK_ROYAL])
    ph = 13.0 if hf == H_CHANCERY else 11.0
    tags = {"patient": 1, "illness": 1, "severity": 1, "treatment": 1, "doctor": 2, "signature": 2}
    s1, s2 = Sheet(), Sheet()
    put(s1, 105, 12, O["title"], f=NROM_B, pt=14, at="center")
    flow(s1, 30, 19, 150, O["sub"], f=NROM_I, pt=8.4, lead=1.2, al="center")
    y = 34.0
    for a, val in [(O["pat"], v["full"]), (O["bd"], v["bd"]), (O["nat"], v["nat"])]:
        block(s1, 16, y, 60, 7, (226, 226, 226))
        put(s1, 18, y + 1.4, a, f=NROM, pt=8.8)
        hline(s1, 78, 194, y + 6.5, lw=0.2, col=LIGHT)
        if val:
            hand(s1, 80, y - 1.6, val, rng, f=hf, pt=ph, col=pen, maxw=110)
        y += 9

    def q(sh, y, label, ans, space):
        block(sh, 16, y, 178, 7, (226, 226, 226))
        put(sh, 18, y + 1.4, label, f=NROM_B, pt=9.2)
        if ans:
            hand_lines(sh, 19, y + 8, 172, ans, rng, f=hf, pt=ph - 1, lh=6.3, col=pen, n=int(space / 6.3))
        return y + 8 + space

    y = q(s1, y + 3, "A/ " + O["A"], v["hist"], 32)
    y = q(s1, y, "B/ " + O["B"], v["diag"], 14)
    put(s1, 19, y, O["Bs"] + " :", f=NROM, pt=9.2)
    if v["why"]:
        hand_lines(s1, 21 + wid(O["Bs"] + " :", NROM, 9.2), y - 1.8, 140, v["why"], rng, f=hf, pt=ph - 1, lh=6.3,
                   col=pen, n=4)
    y += 28
    y = q(s1, y, "C/ " + O["C"], "; ".join(x for x in (v["med"], v["oth"]) if x), 32)
    put(s1, 19, y, O["Cd"] + " :", f=NROM, pt=9.2)
    if v["dur"]:
        hand(s1, 21 + wid(O["Cd"] + " :", NROM, 9.2), y - 2, v["dur"], rng, f=hf, pt=ph - 1, col=pen, maxw=130)
    y = q(s2, 14, "D/ " + O["D"], v["stop"], 32)
    y = q(s2, y, "E/ " + O["E"], v["prog"], 22)
    y = q(s2, y, "F/ " + O["F"], v["needs"], 28)
    y = q(s2, y, "G/ " + O["G"], v["travel"], 20)
    block(s2, 16, y, 178, 7, (226, 226, 226))
    put(s2, 18, y + 1.4, O["doc"], f=NROM_B, pt=9.2)
    y += 12
    put(s2, 18, y + 14, O["date"] + " :", f=NROM, pt=9.4)
    hand(s2, 34, y + 12, v["date"], rng, f=hf, pt=ph, col=pen)
    if v["signed"]:
        seal(s2, 100, y, doc_seal(c, lang, v["riz"]), rng, shape="rect", col=STAMP_VIOLET, mm=46, angle=-9)
        autograph(s2, 148, y + 14, rng, w=42, h=14, col=pen)
    elif v["riz"]:
        hand(s2, 110, y + 4, f"Dr {v['dname']}  {OLDM[lang]['riz']} {v['riz']}", rng, f=hf, pt=ph - 1, col=pen,
             maxw=80)
    return [s1, s2], tags


def _sev_row(sh, x, y, N, lvl, *, f, pt, rng=None, col=BLUE_BIC, kind="cross", round_=False) -> float:
    for i, lab in enumerate(N["lv"]):
        tickbox(sh, x, y, 3.8, i == lvl, rng, col=col, kind=kind, round_=round_)
        put(sh, x + 5.4, y + 0.2, lab, f=f, pt=pt)
        x += 10 + wid(lab, f, pt)
    return y + 7


def mc_new_tinted(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The 2024 model printed from a general practitioner's record software: each section a pale tinted box with its
    number and title in bold at the top LEFT, the answers typed in Carlito inside the box; the patient first, then the
    doctor's identification with the RIZIV/INAMI number; the severity as a row of four printed boxes, the chosen one
    typed over with an X; the software's footer line ('gegenereerd op ...') at the foot; signed in ink with the round
    practice stamp beside the signature on page 2."""
    N = NEWM[lang]
    v = answers(c, lang)
    tags = {"patient": 1, "doctor": 1, "illness": 1, "severity": 1, "treatment": 2, "signature": 2}
    tint = random.Random(c.seed + 33).choice([(236, 244, 250), (240, 246, 236), (248, 242, 232)])
    s1, s2 = Sheet(), Sheet()
    for i, sh in enumerate((s1, s2)):
        gen = {"nl": "gegenereerd op", "fr": "généré le", "de": "erstellt am", "en": "generated on"}[lang]
        put(sh, 16, 286, f"{c.doctor.inst} - {gen} {dnum(c.cert_date, '/')} - p. {i + 1}/2", f=CALIB, pt=7, col=MID)
    put(s1, 16, 10, N["title"], f=CALIB_B, pt=16)
    put(s1, 16, 17.5, f"{N['model']} - art. 9ter wet/loi 15.12.1980", f=CALIB, pt=8.6, col=DARK)

    def sect(sh, y, no, lines_h, draw):
        block(sh, 14, y, 182, lines_h, tint)
        put(sh, 17, y + 1.5, f"{no}. {N['s'][no - 1]}", f=CALIB_B, pt=10)
        draw(sh, y + 7.5)
        return y + lines_h + 3

    def kv(sh, y, rows, x=18, lw=40):
        for a, val in rows:
            put(sh, x, y, a, f=CALIB, pt=9, col=DARK)
            if val:
                putfit(sh, x + lw, y - 0.2, val, 176 - lw - x + 18, f=CALIB_B, pt=10)
            y += 5.4
        return y

    def text(sh, y, s, w=172):
        if s:
            flow(sh, 18, y, w, s, f=CALIB, pt=10, lead=1.35)

    y = sect(s1, 24, 1, 30, lambda sh, yy: kv(sh, yy, [(N["pn"], v["sur"]), (N["pf"], v["first"]),
                                                      (N["pbd"], v["bd"]), (N["pnat"], v["nat"])]))
    y = sect(s1, y, 2, 30, lambda sh, yy: kv(sh, yy, [(N["dn"], f"Dr {v['dname']}"), (N["riz"], v["riz"]),
                                                      (N["spec"], v["spec"]), (N["addr"], v["addr"])]))
    y = sect(s1, y, 3, 34, lambda sh, yy: text(sh, yy, v["hist"]))
    y = sect(s1, y, 4, 22, lambda sh, yy: text(sh, yy, v["diag"]))

    def sev(sh, yy):
        yy = _sev_row(sh, 20, yy, N, v["lvl"], f=CALIB, pt=9.6)
        put(sh, 18, yy, N["why"] + ":", f=CALIB, pt=9, col=DARK)
        if v["why"]:
            flow(sh, 20 + wid(N["why"] + ":", CALIB, 9), yy, 150, v["why"], f=CALIB, pt=10, lead=1.35)

    sect(s1, y, 5, 36, sev)
    def treat(sh, yy):
        put(sh, 18, yy, N["med"], f=CALIB, pt=9, col=DARK)
        text(sh, yy + 5, v["med"])
        put(sh, 18, yy + 16, N["oth"], f=CALIB, pt=9, col=DARK)
        text(sh, yy + 21, v["oth"])
        put(sh, 18, yy + 31, N["dur"], f=CALIB, pt=9, col=DARK)
        if v["dur"]:
            put(sh, 44, yy + 30.8, v["dur"], f=CALIB_B, pt=10)

    y = sect(s2, 14, 6, 44, treat)
    y = sect(s2, y, 7, 24, lambda sh, yy: text(sh, yy, v["stop"]))
    y = sect(s2, y, 8, 20, lambda sh, yy: text(sh, yy, v["prog"]))
    y = sect(s2, y, 9, 36, lambda sh, yy: text(sh, yy, f"{v['needs']} {v['travel']}"))
    put(s2, 18, y + 6, f"{N['date']}: {v['date']}", f=CALIB, pt=10)
    put(s2, 110, y + 6, f"{N['sign']} / {N['stamp']}:", f=CALIB, pt=9.4, col=DARK)
    if v["signed"]:
        autograph(s2, 112, y + 12, rng, w=42, h=13, col=BLUE_BIC)
        seal(s2, 160, y + 8, doc_seal(c, lang, v["riz"]), rng, col=STAMP_BLUE, mm=30)
    return [s1, s2], tags


def mc_new_pen(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The 2024 model printed blank with a FRAME round every field and FILLED IN BY HAND: section numbers in open
    squares at the LEFT, captions in small print at the top of each frame and the answers written inside in ballpoint;
    the severity as four printed boxes, the chosen one ticked with the pen; the doctor's section last on page 2 with
    the number written in, the signature written inside the signature frame and the rubber stamp pressed beside it;
    page 1 scanned a little crooked."""
    N = NEWM[lang]
    v = answers(c, lang)
    hf = random.Random(c.seed + 35).choice([H_ROUND, H_LEAN, H_FELT, H_HEAVY])
    pen = random.Random(c.seed + 36).choice([BLUE_BIC, BLACK_BIC, INK_ROYAL])
    tags = {"patient": 1, "illness": 1, "severity": 1, "treatment": 2, "doctor": 2, "signature": 2}
    s1, s2 = Sheet(), Sheet()
    put(s1, 105, 10, N["title"].upper(), f=DJSC_B, pt=13, at="center")
    put(s1, 105, 16.5, N["model"], f=DJSC, pt=8.6, at="center", col=DARK)

    def fld(sh, x, y, w, h, cap, val, lines=1):
        frame(sh, x, y, w, h, lw=0.3, col=MID)
        put(sh, x + 1.4, y + 0.8, cap, f=DJSC, pt=6.8, col=MID)
        if val:
            if lines == 1:
                hand(sh, x + 2, y + 3.4, val, rng, f=hf, pt=11, col=pen, maxw=w - 4)
            else:
                hand_lines(sh, x + 2, y + 3.6, w - 2, val, rng, f=hf, pt=10, lh=5.8, col=pen, n=lines)

    def sec(sh, y, no):
        frame(sh, 12, y, 6, 6, lw=0.4)
        put(sh, 15, y + 0.8, str(no), f=DJSC_B, pt=9, at="center")
        put(sh, 21, y + 0.8, N["s"][no - 1], f=DJSC_B, pt=10)
        return y + 8

    y = sec(s1, 24, 1)
    fld(s1, 20, y, 86, 11, N["pn"], v["sur"])
    fld(s1, 108, y, 86, 11, N["pf"], v["first"])
    fld(s1, 20, y + 12, 86, 11, N["pbd"], v["bd"])
    fld(s1, 108, y + 12, 86, 11, N["pnat"], v["nat"])
    y = sec(s1, y + 28, 3)
    fld(s1, 20, y, 174, 40, "", v["hist"], lines=6)
    y = sec(s1, y + 44, 4)
    fld(s1, 20, y, 174, 24, "", v["diag"], lines=3)
    y = sec(s1, y + 28, 5)
    y = _sev_row(s1, 22, y, N, v["lvl"], f=DJSC, pt=9.4, rng=rng, col=pen, kind="tick")
    fld(s1, 20, y, 174, 30, N["why"], v["why"], lines=4)
    y = sec(s2, 14, 6)
    fld(s2, 20, y, 174, 30, N["med"], v["med"], lines=4)
    fld(s2, 20, y + 32, 174, 22, N["oth"], v["oth"], lines=3)
    fld(s2, 20, y + 56, 174, 11, N["dur"], v["dur"])
    y = sec(s2, y + 72, 7)
    fld(s2, 20, y, 174, 24, "", v["stop"], lines=3)
    y = sec(s2, y + 28, 8)
    fld(s2, 20, y, 174, 18, "", v["prog"], lines=2)
    y = sec(s2, y + 22, 9)
    fld(s2, 20, y, 174, 24, "", f"{v['needs']} {v['travel']}", lines=3)
    y = sec(s2, y + 28, 2)
    fld(s2, 20, y, 86, 11, N["dn"], f"Dr {v['dname']}")
    fld(s2, 108, y, 86, 11, N["riz"], v["riz"])
    fld(s2, 20, y + 12, 174, 11, N["addr"], v["addr"])
    y += 26
    fld(s2, 20, y, 50, 11, N["date"], v["date"])
    frame(s2, 72, y, 122, 28, lw=0.3, col=MID)
    put(s2, 73.4, y + 0.8, f"{N['sign']} + {N['stamp']}", f=DJSC, pt=6.8, col=MID)
    if v["signed"]:
        autograph(s2, 78, y + 8, rng, w=44, h=14, col=pen)
        seal(s2, 140, y + 3, doc_seal(c, lang, v["riz"]), rng, shape="rect", col=STAMP_BLUE, mm=44)
    return [leaned(s1, random.Random(c.seed + 37).choice([-1.4, -0.9, 1.0, 1.5])), s2], tags


def mc_new_fax(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The 2024 model TYPED in Liberation Sans Narrow with the section titles in white on black bars and the answers
    set beside their captions in a two-column grid; the doctor's section and the signature on page 2; the practice
    FAXED it to the lawyer: every page 1-bit black and white with the sending fax's header line ('Von/From', fax
    number, date and time, page n/2) across the very top."""
    N = NEWM[lang]
    v = answers(c, lang)
    tags = {"patient": 1, "illness": 1, "severity": 1, "treatment": 1, "doctor": 2, "signature": 2}
    s1, s2 = Sheet(), Sheet()
    put(s1, 18, 10, N["title"], f=ARIALN_B, pt=15)
    put(s1, 18, 17, N["model"], f=ARIALN, pt=9, col=DARK)

    def bar(sh, y, no):
        block(sh, 16, y, 178, 6.4, (20, 20, 20))
        put(sh, 18, y + 0.9, f"{no}  {N['s'][no - 1].upper()}", f=ARIALN_B, pt=9.6, col=(255, 255, 255))
        return y + 9

    def row(sh, y, cap, val, w=120):
        put(sh, 18, y, cap, f=ARIALN, pt=9.4, col=DARK)
        if val:
            return max(flow(sh, 64, y, w, val, f=ARIALN_B, pt=10, lead=1.35), y + 6) + 1
        return y + 6.5

    y = bar(s1, 26, 1)
    for a, val in [(N["pn"], v["sur"]), (N["pf"], v["first"]), (N["pbd"], v["bd"]), (N["pnat"], v["nat"])]:
        y = row(s1, y, a, val)
    y = bar(s1, y + 2, 3)
    y = row(s1, y, "", v["hist"])
    y = bar(s1, y + 2, 4)
    y = row(s1, y, "", v["diag"])
    y = bar(s1, y + 2, 5)
    y = _sev_row(s1, 20, y, N, v["lvl"], f=ARIALN, pt=9.6)
    y = row(s1, y, N["why"], v["why"])
    y = bar(s1, y + 2, 6)
    y = row(s1, y, N["med"], v["med"])
    y = row(s1, y, N["oth"], v["oth"])
    row(s1, y, N["dur"], v["dur"])
    y = bar(s2, 16, 7)
    y = row(s2, y, "", v["stop"])
    y = bar(s2, y + 2, 8)
    y = row(s2, y, "", v["prog"])
    y = bar(s2, y + 2, 9)
    y = row(s2, y, "", f"{v['needs']} {v['travel']}")
    y = bar(s2, y + 2, 2)
    for a, val in [(N["dn"], f"Dr {v['dname']}"), (N["riz"], v["riz"]), (N["spec"], v["spec"]),
                   (N["addr"], v["addr"])]:
        y = row(s2, y, a, val)
    y += 6
    put(s2, 18, y, f"{N['date']}: {v['date']}", f=ARIALN, pt=10)
    put(s2, 100, y, f"{N['sign']} / {N['stamp']}", f=ARIALN, pt=9, col=DARK)
    if v["signed"]:
        autograph(s2, 100, y + 6, rng, w=42, h=13, col=BLACK_BIC)
        seal(s2, 148, y + 2, doc_seal(c, lang, v["riz"]), rng, col=STAMP_BLACK, mm=30)
    d = c.doctor
    when = c.cert_date + timedelta(days=random.Random(c.seed + 38).randint(0, 2))
    hdr = lambda i: (f"Von/From: {d.inst[:30]}  Fax {d.tel}   {dnum(when, '.')} {10 + c.seed % 7:02d}:"  # noqa: E731
                     f"{c.seed % 50 + 10:02d}   S. {i}/2")
    return [fax_copy(s1, hdr(1)), fax_copy(s2, hdr(2))], tags


def mc_old_twocol(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The previous model TYPED by a hospital department under its letterhead (the hospital's name and the
    department in a coloured line at the top LEFT, the address at the right), laid out as a TWO-COLUMN table: the
    question (A/ to G/) in a narrow grey LEFT column and the typed answer in the wide right column, the patient's
    data in the first rows; the doctor's identification with the number in the last rows; the signature with the
    department's round stamp over its end on page 2."""
    O = OLDM[lang]
    v = answers(c, lang)
    d = c.doctor
    col = random.Random(c.seed + 39).choice([(0, 90, 130), (120, 30, 70), (30, 100, 60)])
    tags = {"patient": 1, "illness": 1, "severity": 1, "treatment": 1, "doctor": 2, "signature": 2}
    sheets: list[Sheet] = []
    st = {"y": 0.0}

    def new():
        sh = Sheet()
        sheets.append(sh)
        put(sh, 16, 10, d.inst, f=TIMES_B, pt=11, col=col)
        put(sh, 16, 15.5, d.dept or SPECIALTY[d.spec].get(L(lang), ""), f=TIMES_I, pt=8.6, col=col)
        put(sh, 194, 10, f"{d.street}", f=TIMES, pt=8, at="right", col=DARK)
        put(sh, 194, 14, f"{d.pc} {d.city} - {d.tel}", f=TIMES, pt=8, at="right", col=DARK)
        hline(sh, 16, 194, 19.5, lw=0.4, col=col)
        if len(sheets) == 1:
            put(sh, 105, 25, O["title"], f=TIMES_B, pt=13, at="center")
            flow(sh, 34, 31, 142, O["sub"], f=TIMES_I, pt=8, lead=1.2, al="center")
            st["y"] = 42.0
        else:
            st["y"] = 26.0

    new()

    def row(cap, val, tag=None):
        sh = sheets[-1]
        n = len(lines_of(sh, val, 124, TIMES, 10)) if val else 1
        h = max(9.0, n * 4.9 + 3)
        if st["y"] + h > 278:
            new()
            sh = sheets[-1]
        if tag:
            tags[tag] = len(sheets)
        block(sh, 16, st["y"], 50, h, (232, 232, 234))
        frame(sh, 16, st["y"], 178, h, lw=0.25, col=MID)
        vline(sh, 66, st["y"], st["y"] + h, lw=0.25, col=MID)
        flow(sh, 18, st["y"] + 1.4, 46, cap, f=TIMES_B, pt=8.6, lead=1.2)
        if val:
            flow(sh, 68, st["y"] + 1.4, 124, val, f=TIMES, pt=10, lead=1.4)
        st["y"] += h

    for cap, val, tg in [(O["pat"], v["full"], "patient"), (O["bd"], v["bd"], None), (O["nat"], v["nat"], None),
                         ("A/ " + O["A"], v["hist"], None), ("B/ " + O["B"], v["diag"], "illness"),
                         (O["Bs"], v["why"], "severity"),
                         ("C/ " + O["C"], "; ".join(x for x in (v["med"], v["oth"]) if x), "treatment"),
                         (O["Cd"], v["dur"], None)]:
        row(cap, val, tg)
    if len(sheets) == 1:
        new()
    for cap, val in [("D/ " + O["D"], v["stop"]), ("E/ " + O["E"], v["prog"]), ("F/ " + O["F"], v["needs"]),
                     ("G/ " + O["G"], v["travel"]),
                     (O["doc"], f"Dr {v['dname']}, {v['spec']} - {v['addr']}" + (f" - {O['riz']} {v['riz']}" if v["riz"]
                                                                                 else ""))]:
        row(cap, val)
    sh = sheets[-1]
    y = st["y"] + 8
    tags["doctor"] = tags["signature"] = len(sheets)
    put(sh, 18, y, f"{O['date']} : {v['date']}", f=TIMES, pt=10.5)
    put(sh, 110, y, O["sign"], f=TIMES_I, pt=9.4)
    if v["signed"]:
        autograph(sh, 112, y + 6, rng, w=44, h=14, col=BLUE_BIC)
        seal(sh, 146, y + 4, doc_seal(c, lang, v["riz"]), rng, col=STAMP_BLUE, mm=28)
    return sheets, tags


for _fid, _lang, _fn, _note in [
        ("be9ter-medcert-old-nl-typed-letters-in-zwarte-schijf-courier-48", "nl",
         lambda c, r: mc_old_circles(c, r, lang="nl"), "previous model typed in Courier, letters in black discs"),
        ("be9ter-medcert-old-fr-hand-grijze-vraagbalken-stempel-schuin-48", "fr",
         lambda c, r: mc_old_bars(c, r, lang="fr"), "modèle précédent, questions en bandes grises, rempli à la main"),
        ("be9ter-medcert-2024-nl-typed-huisartsprogramma-getinte-vakken-48", "nl",
         lambda c, r: mc_new_tinted(c, r, lang="nl"), "2024 model printed from a GP's software, tinted boxes"),
        ("be9ter-medcert-2024-fr-hand-kaders-ernst-aangevinkt-scheef-48", "fr",
         lambda c, r: mc_new_pen(c, r, lang="fr"), "modèle 2024 en cadres, rempli au stylo"),
        ("be9ter-medcert-2024-de-typed-zwarte-balken-gefaxt-48", "de",
         lambda c, r: mc_new_fax(c, r, lang="de"), "Muster 2024 getippt und gefaxt"),
        ("be9ter-medcert-old-fr-typed-ziekenhuisbriefhoofd-twee-kolommen-48", "fr",
         lambda c, r: mc_old_twocol(c, r, lang="fr"), "modèle précédent tapé par un service hospitalier en tableau"),
        ("be9ter-medcert-2024-en-typed-huisartsprogramma-48", "en",
         lambda c, r: mc_new_tinted(c, r, lang="en"), "the 2024 model filled in English (not accepted)")]:
    _reg(_fid, "medical-certificate", _lang, _fn, _note)


# =========================================================================== medical statements

def _hosp_doc(c: Case, who: str = "spec"):
    return c.specialist if who == "spec" else c.doctor


def ms_specialist(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A hospital specialist's consultation report printed from the hospital's record system: a patient LABEL
    (name, birth date, patient number and a bar code) stuck at the top RIGHT, the hospital's name and the department
    at the top LEFT, 'Raadplegingsverslag' / 'Rapport de consultation' with the date, then short headed sections
    (Anamnese, Klinisch onderzoek, Besluit, Beleid) in Liberation Sans; at the foot 'Elektronisch gevalideerd door'
    with the specialist's name, no handwritten signature."""
    d = _hosp_doc(c)
    lang = c.cert_lang if c.cert_lang in ("nl", "fr") else (c.lang if c.lang in ("nl", "fr") else "fr")
    t = medtext(c, lang)
    il = ILLNESSES[c.illness]
    sh = Sheet()
    put(sh, 16, 12, d.inst, f=ARIAL_B, pt=11.5)
    put(sh, 16, 18, d.dept or SPECIALTY[d.spec].get(lang, ""), f=ARIAL, pt=8.6, col=DARK)
    put(sh, 16, 22.5, f"{d.street} - {d.pc} {d.city} - {d.tel}", f=ARIAL, pt=8, col=MID)
    lbl = Sheet(70, 30)
    block(lbl, 0, 0, 70, 30, (255, 255, 250))
    put(lbl, 3, 2, f"{c.p.surname.upper()} {c.p.given_names}", f=ARIAL_B, pt=8.4)
    put(lbl, 3, 6.4, f"{dnum(c.p.birth_date, '/')}  {'V' if fem(c) else 'M'}", f=ARIAL, pt=8)
    put(lbl, 3, 10.4, f"PatNr {c.seed % 9_000_000 + 1_000_000}", f=ARIAL, pt=8)
    bars(lbl, 3, 16, 60, 9, str(c.seed % 9_000_000 + 1_000_000))
    sh.image(128, 8, 66, 28, raster(lbl, 250))
    frame(sh, 128, 8, 66, 28, lw=0.2, col=LIGHT)
    title = {"nl": "RAADPLEGINGSVERSLAG", "fr": "RAPPORT DE CONSULTATION"}[lang]
    put(sh, 16, 46, title, f=ARIAL_B, pt=13)
    when = c.medstat_date
    put(sh, 16, 53, {"nl": f"Datum raadpleging: {dnum(when, '/')}", "fr": f"Date de la consultation : "
                     f"{dnum(when, '/')}"}[lang], f=ARIAL, pt=9.4)
    heads = {"nl": ["Anamnese", "Klinisch onderzoek", "Besluit", "Beleid"],
             "fr": ["Anamnèse", "Examen clinique", "Conclusion", "Attitude"]}[lang]
    exam = {"nl": "Algemene toestand matig. Geen koorts. Bloeddruk en pols binnen de normale grenzen.",
            "fr": "État général moyen. Apyrétique. Tension artérielle et pouls dans les normes."}[lang]
    bodies = [t["history"], exam, f"{t['name']} (ICD-10 {il['icd']}). {t['severity']}",
              "; ".join(t["meds"]) + ". " + t["intervention"] + " " + t["needs"]]
    y = 62.0
    for h, b in zip(heads, bodies):
        put(sh, 16, y, h, f=ARIAL_B, pt=10)
        y = flow(sh, 16, y + 5.5, 176, b, f=ARIAL, pt=10, lead=1.45) + 4
    y += 6
    put(sh, 16, y, {"nl": "Elektronisch gevalideerd door", "fr": "Validé électroniquement par"}[lang], f=ARIAL_I,
        pt=8.6, col=DARK)
    put(sh, 16, y + 5, f"{d.name()} - {SPECIALTY[d.spec].get(lang, '')}", f=ARIAL_B, pt=9.6)
    put(sh, 16, y + 10, f"RIZIV/INAMI {d.riziv}", f=ARIAL, pt=8.6, col=DARK)
    put(sh, 105, 287, {"nl": "Vertrouwelijk medisch document", "fr": "Document médical confidentiel"}[lang],
        f=ARIAL, pt=7.4, col=MID, at="center")
    return [sh], {}


def ms_discharge(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A discharge letter ('Lettre de sortie' / 'Ontslagbrief') of a hospital ward to the general practitioner: the
    ward's name in a coloured band across the top, the GP's address block at the RIGHT, 'Concerne :' with the
    patient, the dates of admission and discharge in a two-cell row, the text under underlined headings
    (motif d'admission, évolution, diagnostic de sortie, traitement de sortie as a bulleted list, suivi), signed by the
    resident and the supervising specialist side by side at the foot."""
    d = _hosp_doc(c)
    lang = c.cert_lang if c.cert_lang in ("nl", "fr") else (c.lang if c.lang in ("nl", "fr") else "fr")
    t = medtext(c, lang)
    il = ILLNESSES[c.illness]
    col = random.Random(c.seed + 41).choice([(30, 90, 140), (130, 40, 60), (40, 110, 90)])
    sh = Sheet()
    block(sh, 0, 8, 210, 12, col)
    put(sh, 16, 10.5, f"{d.inst} - {d.dept or SPECIALTY[d.spec].get(lang, '')}"[:90], f=CAMB_B, pt=10.5,
        col=(255, 255, 255))
    put(sh, 16, 24, f"{d.street}, {d.pc} {d.city}", f=CAMB, pt=8.4, col=DARK)
    gp = c.doctor
    for i, s in enumerate([gp.name(), gp.inst, gp.street, f"{gp.pc} {gp.city}"]):
        put(sh, 120, 32 + i * 4.8, s, f=CAMB, pt=10)
    adm = c.medstat_date - timedelta(days=rng.randint(5, 14))
    put(sh, 16, 60, {"nl": "Betreft:", "fr": "Concerne :"}[lang], f=CAMB_B, pt=10.5)
    put(sh, 36, 60, f"{c.p.surname.upper()} {c.p.given_names}, {dnum(c.p.birth_date, '/')}", f=CAMB, pt=10.5)
    for i, (a, v) in enumerate([({"nl": "Opname", "fr": "Admission"}[lang], dnum(adm, "/")),
                                ({"nl": "Ontslag", "fr": "Sortie"}[lang], dnum(c.medstat_date, "/"))]):
        frame(sh, 16 + i * 60, 68, 58, 8, lw=0.25, col=MID)
        put(sh, 18 + i * 60, 69.8, f"{a}: {v}", f=CAMB, pt=9.6)
    title = {"nl": "ONTSLAGBRIEF", "fr": "LETTRE DE SORTIE"}[lang]
    put(sh, 194, 60, title, f=CAMB_B, pt=12, at="right", col=col)
    heads = {"nl": ["Reden van opname", "Verloop", "Ontslagdiagnose", "Ontslagmedicatie", "Verdere opvolging"],
             "fr": ["Motif d'admission", "Évolution", "Diagnostic de sortie", "Traitement de sortie", "Suivi"]}[lang]
    y = 84.0
    for h, b in zip(heads, [t["history"], t["severity"], f"{t['name']} (ICD-10 {il['icd']})", None, t["needs"]]):
        put(sh, 16, y, h, f=CAMB_B, pt=10)
        hline(sh, 16, 16 + wid(h, CAMB_B, 10), y + 4.4, lw=0.25)
        y += 6.5
        if b is None:
            for m in t["meds"]:
                put(sh, 19, y, "•", f=CAMB, pt=10)
                y = flow(sh, 24, y, 168, m, f=CAMB, pt=10, lead=1.4)
            y += 3
        else:
            y = flow(sh, 16, y, 176, b, f=CAMB, pt=10, lead=1.45) + 4
    y += 6
    res = random.Random(c.seed + 42).choice(["Dr. L. Vandamme", "Dr. S. Moreau", "Dr. K. Aerts", "Dr. J. Piron"])
    for i, (nm_, role) in enumerate([(res, {"nl": "arts-specialist in opleiding", "fr": "médecin assistant"}[lang]),
                                     (d.name(), {"nl": "supervisor", "fr": "superviseur"}[lang])]):
        autograph(sh, 20 + i * 90, y, rng, w=36, h=11, col=BLUE_BIC)
        put(sh, 20 + i * 90, y + 13, nm_, f=CAMB_B, pt=9.6)
        put(sh, 20 + i * 90, y + 17.5, role, f=CAMB_I, pt=8.6, col=DARK)
    return [sh], {}


def ms_lab(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A clinical laboratory's result sheet: the laboratory's name and accreditation number at the top LEFT, the
    patient's identification in a box at the RIGHT, the requesting doctor, then a table of analyses (analysis,
    result, unit, reference values) in DejaVu Sans Mono with results out of range flagged 'H' or 'L' and printed in
    bold; 'Gevalideerd door de klinisch bioloog' at the foot."""
    lang = c.lang if c.lang in ("nl", "fr") else "nl"
    il = ILLNESSES[c.illness]
    rows = il.get("lab") or [("Hemoglobine" if lang == "nl" else "Hémoglobine", "10,9", "g/dl", "12,0-16,0"),
                             ("Creatinine" if lang == "nl" else "Créatinine", "1,02", "mg/dl", "0,5-1,1"),
                             ("CRP", "14", "mg/l", "< 5"), ("Glucose", "132", "mg/dl", "70-110")]
    sh = Sheet()
    labn = rng.choice(["Laboratorium Klinische Biologie", "Laboratoire de biologie clinique"])
    put(sh, 16, 12, f"{labn} - {c.specialist.inst}", f=DJ_B, pt=10)
    put(sh, 16, 17.5, f"ISO 15189 - BELAC {rng.randint(100, 599)}-MED", f=DJ, pt=8, col=MID)
    frame(sh, 120, 24, 74, 26, lw=0.3)
    for i, s in enumerate([f"{c.p.surname.upper()} {c.p.given_names}", f"{dnum(c.p.birth_date, '/')}",
                           f"ID {c.seed % 9_000_000 + 1_000_000}"]):
        put(sh, 123, 27 + i * 6, s, f=DJ_B if i == 0 else DJ, pt=9)
    put(sh, 16, 30, {"nl": "Aanvrager:", "fr": "Prescripteur :"}[lang], f=DJ, pt=8.6, col=DARK)
    put(sh, 16, 35, c.specialist.name(), f=DJ_B, pt=9.4)
    put(sh, 16, 42, {"nl": "Staalname:", "fr": "Prélèvement :"}[lang] + f" {dnum(c.medstat_date, '/')} 08:"
        f"{rng.randint(10, 55)}", f=DJ, pt=8.6)
    y = 60.0
    hdr = {"nl": ["Analyse", "Resultaat", "Eenheid", "Referentie"], "fr": ["Analyse", "Résultat", "Unité",
                                                                         "Référence"]}[lang]
    xs = [16, 92, 130, 160]
    for x, h in zip(xs, hdr):
        put(sh, x, y, h, f=DJ_B, pt=9)
    hline(sh, 16, 194, y + 5, lw=0.4)
    y += 8
    for a, v, u, ref in rows:
        flag = ""
        try:
            num = float(v.replace(",", ".").replace("<", "").strip())
            lo, _, hi = ref.replace(",", ".").partition("-")
            if hi and num > float(hi):
                flag = " H"
            elif hi and num < float(lo):
                flag = " L"
        except ValueError:
            pass
        put(sh, 16, y, a, f=DJM, pt=9)
        put(sh, 92, y, v + flag, f=DJM_B if flag else DJM, pt=9)
        put(sh, 130, y, u, f=DJM, pt=9)
        put(sh, 160, y, ref, f=DJM, pt=9)
        hline(sh, 16, 194, y + 4.8, lw=0.1, col=PALE)
        y += 7
    put(sh, 16, y + 12, {"nl": "Gevalideerd door de klinisch bioloog", "fr": "Validé par le biologiste clinicien"
                         }[lang], f=DJ, pt=8.6, col=DARK)
    put(sh, 16, y + 17, rng.choice(["Apr. biol. M. Claes", "Dr. sc. A. Renard", "Apr. K. De Wolf"]), f=DJ_B, pt=9)
    return [sh], {}


_reg("be9ter-medstat-specialist-raadpleging-patientenlabel-streepjescode-48", "medical-statement", "nl",
     ms_specialist, "specialist's consultation report printed from the hospital record with a patient label")
_reg("be9ter-medstat-ontslagbrief-kleurband-twee-handtekeningen-48", "medical-statement", "fr", ms_discharge,
     "hospital discharge letter to the GP signed by resident and supervisor")
_reg("be9ter-medstat-lab-resultaten-mono-tabel-vlaggen-48", "medical-statement", "nl", ms_lab,
     "laboratory result sheet with flagged values")


# =========================================================================== information on the country of origin

def coi_factsheet(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """An English-language factsheet of a health NGO printed from its website's PDF: a coloured title strip with
    'Access to treatment' and the country, the date of the sheet, the text in TWO COLUMNS of Liberation Sans with bold
    run-in subheads, a grey 'Key figures' box spanning both columns (monthly cost of the treatment, average monthly
    wage, public facilities offering it), and numbered source notes in small type at the foot."""
    o = BC[c.origin()]
    il = ILLNESSES[c.illness]
    cn = o["en"]
    sh = Sheet()
    col = random.Random(c.seed + 51).choice([(0, 110, 90), (160, 60, 20), (40, 80, 150)])
    block(sh, 14, 12, 182, 16, col)
    put(sh, 18, 14.5, f"Access to treatment - {cn}", f=ARIAL_B, pt=15, col=(255, 255, 255))
    put(sh, 18, 22, f"Health Access Monitor · country factsheet · updated {MON_EN[(c.seed % 9) + 2]} 2026", f=ARIAL,
        pt=8.4, col=(235, 240, 240))
    block(sh, 14, 34, 182, 26, (236, 236, 238))
    put(sh, 18, 36, "Key figures", f=ARIAL_B, pt=10)
    for i, (a, v) in enumerate([("Monthly cost of the treatment", il["cost"]), ("Average monthly wage", o["wage"]),
                                ("Main public provider", o["hospital"])]):
        put(sh, 18 + i * 60, 43, a, f=ARIAL, pt=7.6, col=DARK)
        putfit(sh, 18 + i * 60, 48, v, 56, f=ARIAL_B, pt=10.5)
    paras = [("Availability.", f"{il['drug']} is not on the list of medicines that the public supply system "
                               f"guarantees. Where it is stocked, mainly at {o['hospital']} in {o['capital']}, supply is "
                               f"irregular and stock-outs of several weeks were reported throughout the past year.[1]"),
             ("Cost.", f"A month of treatment costs about {il['cost']}, paid by the patient, while the average monthly "
                       f"wage is {o['wage']}. Laboratory monitoring is charged separately.[2]"),
             ("Insurance.", o["insurance_en"] + "[3]"),
             ("Specialists.", f"Specialist follow-up for this condition is concentrated in {o['capital']}; outside the "
                              f"capital patients travel long distances, often without the means to do so.[1]"),
             ("Conclusion.", f"For a patient without income, the treatment is in practice neither continuously "
                             f"available nor financially accessible in {cn}.")]
    cols = [(18, 66.0), (110, 66.0)]
    ci = 0
    x, y = cols[0]
    for k, (head, body) in enumerate(paras):
        ls = lines_of(sh, head + " " + body, 82, ARIAL, 9.4)
        if ci == 0 and (k == 3 or y + len(ls) * 4.7 > 250):
            ci = 1
            x, y = cols[1]
        put(sh, x, y, head, f=ARIAL_B, pt=9.4)
        hw = wid(head + " ", ARIAL_B, 9.4)
        first = lines_of(sh, body, 82 - hw, ARIAL, 9.4)
        put(sh, x + hw, y, first[0], f=ARIAL, pt=9.4)
        rest = " ".join(first[1:])
        y += 4.7
        if rest:
            y = flow(sh, x, y, 82, rest, f=ARIAL, pt=9.4, lead=1.4)
        y += 3
    vline(sh, 105, 66, 250, lw=0.15, col=LIGHT)
    hline(sh, 18, 80, 256, lw=0.3)
    for i, s in enumerate([f"[1] Ministry of Health of {cn}, national essential medicines survey, 2025.",
                           "[2] Price survey in public and private pharmacies, Health Access Monitor, 2026.",
                           "[3] WHO Global Health Expenditure Database, country profile, 2025."]):
        put(sh, 18, 259 + i * 4.2, s, f=ARIAL, pt=7.2, col=DARK)
    put(sh, 196, 286, "healthaccessmonitor.org/factsheets", f=ARIAL, pt=7, col=MID, at="right")
    return [sh], {}


MON_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def coi_table(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A French note of a Brussels association's country-information desk ('Note - disponibilité et accessibilité
    des soins'), with a TABLE per facility: structure, médicament/traitement, disponibilité (with 'rupture' or
    'intermittent'), coût mensuel, remarque; an introduction above and a conclusion under the table in Book
    Antiqua-like P052; the association's name and a square logo at the top RIGHT; the author's initials and the date
    at the foot."""
    o = BC[c.origin()]
    il = ILLNESSES[c.illness]
    drug = il.get("drug_l", {}).get("fr") or il["drug"]
    sh = Sheet()
    frame(sh, 176, 10, 18, 18, lw=0.8, col=(90, 40, 90))
    put(sh, 185, 15, "CID", f=PALAT_B, pt=11, col=(90, 40, 90), at="center")
    put(sh, 172, 12, "Cellule d'information pays", f=PALAT_B, pt=9.4, at="right")
    put(sh, 172, 17, "Aide juridique aux migrants asbl", f=PALAT, pt=8.4, at="right", col=DARK)
    put(sh, 18, 38, "NOTE - DISPONIBILITÉ ET ACCESSIBILITÉ DES SOINS", f=PALAT_B, pt=12)
    put(sh, 18, 44.5, f"Pays : {o['fr']}  ·  Pathologie : {ILLNESSES[c.illness]['icd']}  ·  Traitement : {drug}"[:110],
        f=PALAT, pt=9, col=DARK)
    y = flow(sh, 18, 54, 174, f"La présente note résume les informations disponibles sur le traitement requis "
             f"{inside(c.origin(), 'fr')}, sur la base de rapports d'organisations internationales et de contacts "
             f"avec des soignants sur place.", f=PALAT, pt=10, lead=1.5) + 4
    heads = ["Structure", "Traitement", "Disponibilité", "Coût mensuel", "Remarque"]
    ws = [40, 40, 28, 26, 40]
    rows = [(o["hospital"], drug, "intermittente", il["cost"], "ruptures fréquentes"),
            (f"Pharmacies privées ({o['capital']})", drug, "variable", il["cost"], "paiement comptant"),
            ("Centres de santé de district", "-", "non disponible", "-", "pas de spécialiste")]
    x0 = 18
    x = x0
    for h, w_ in zip(heads, ws):
        block(sh, x, y, w_, 7, (230, 226, 234))
        frame(sh, x, y, w_, 7, lw=0.25, col=MID)
        put(sh, x + 1.5, y + 1.5, h, f=PALAT_B, pt=8.6)
        x += w_
    y += 7
    for r in rows:
        hh = max(10.0, max(len(lines_of(sh, v, w_ - 3, PALAT, 8.8)) for v, w_ in zip(r, ws)) * 4.2 + 2.5)
        x = x0
        for v, w_ in zip(r, ws):
            frame(sh, x, y, w_, hh, lw=0.25, col=MID)
            flow(sh, x + 1.5, y + 1.4, w_ - 3, v, f=PALAT, pt=8.8, lead=1.2)
            x += w_
        y += hh
    y = flow(sh, 18, y + 6, 174, o["insurance_fr"] + f" Le salaire mensuel moyen est de {o['wage']}.", f=PALAT, pt=10,
             lead=1.5) + 3
    y = flow(sh, 18, y, 174, "Conclusion : le traitement n'est disponible que de manière irrégulière et n'est pas "
             "accessible financièrement à une personne sans revenus ni couverture.", f=PALAT_B, pt=10, lead=1.5)
    put(sh, 18, 280, f"Réf. CID/{c.seed % 900 + 100} - {dnum(c.app_date - timedelta(days=rng.randint(5, 40)), '/')}"
        f" - {rng.choice(['M.L.', 'A.D.', 'S.K.', 'J.V.'])}", f=PALAT, pt=8, col=MID)
    return [sh], {}


def coi_memo(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A Dutch memo of the lawyer's office ('Nota - beschikbaarheid en toegankelijkheid van de behandeling'): a
    two-line heading with the file reference at the RIGHT, three short numbered paragraphs in DejaVu Serif with
    footnote numbers in square brackets after the facts, and the FOOTNOTES in small type under a short rule at the
    foot of the page with the web addresses of the sources."""
    o = BC[c.origin()]
    il = ILLNESSES[c.illness]
    drug = il.get("drug_l", {}).get("nl") or il["drug"]
    sh = Sheet()
    put(sh, 18, 14, "NOTA", f=DJS_B, pt=14)
    put(sh, 18, 21, "Beschikbaarheid en toegankelijkheid van de behandeling", f=DJS, pt=10.5)
    put(sh, 192, 14, f"Dossier {c.app_date.year}/{c.seed % 900 + 100}", f=DJS, pt=9, at="right", col=DARK)
    put(sh, 192, 19, f"Land: {o['nl']}", f=DJS, pt=9, at="right", col=DARK)
    hline(sh, 18, 192, 27, lw=0.4)
    ps = [f"De noodzakelijke behandeling bestaat uit {drug}. Dit middel staat niet op de nationale lijst van "
          f"essentiële geneesmiddelen van {o['nl']} en is enkel verkrijgbaar in {o['hospital']} en in enkele private "
          f"apotheken in {o['capital']} [1].",
          f"De kostprijs bedraagt ongeveer {il['cost']} per maand, te betalen door de patiënt zelf; het gemiddelde "
          f"maandloon bedraagt {o['wage']} [2]. {o['insurance_nl']} [3]",
          "Gelet op het ontbreken van inkomen en van familiale steun in het land van herkomst, is de behandeling voor "
          "betrokkene niet toegankelijk, ook al zou zij er beperkt beschikbaar zijn."]
    y = 36.0
    for i, t_ in enumerate(ps, 1):
        put(sh, 18, y, f"{i}.", f=DJS_B, pt=10)
        y = flow(sh, 26, y, 166, t_, f=DJS, pt=10, lead=1.55, al="justify") + 4
    hline(sh, 18, 70, 250, lw=0.3)
    for i, s in enumerate([f"[1] WHO, Essential Medicines List - {o['en']}, geraadpleegd op "
                           f"{dnum(c.app_date - timedelta(days=20), '/')}, https://www.who.int/",
                           f"[2] ILO, ILOSTAT - monthly earnings, {o['en']}, 2025.",
                           f"[3] Rapport over de gezondheidszorg in {o['nl']}, 2025."]):
        flow(sh, 18, 253 + i * 5.4, 174, s, f=DJS, pt=7.4, lead=1.2, col=DARK)
    return [sh], {}


_reg("be9ter-coi-en-factsheet-twee-kolommen-kerncijfers-bronnen-48", "country-of-origin-info", "en", coi_factsheet,
     "NGO factsheet in two columns with key figures and sources")
_reg("be9ter-coi-fr-note-tableau-par-structure-48", "country-of-origin-info", "fr", coi_table,
     "association's note with a table per health facility")
_reg("be9ter-coi-nl-kantoornota-voetnoten-48", "country-of-origin-info", "nl", coi_memo,
     "lawyer's office memo with footnoted sources")


# =========================================================================== proof of the pending asylum procedure

def ay_annex26(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """Annex 26 printed on pale green paper: the Kingdom's name and 'FOD Binnenlandse Zaken - Dienst
    Vreemdelingenzaken' at the top LEFT, 'BIJLAGE 26' / 'ANNEXE 26' large at the top RIGHT over the photo with the
    Office's dry seal over its corner, the statement that the person applied for international protection with the
    data on typed lines, the warning that it is no proof of identity or nationality in italics, and a GRID of six
    boxes for the extensions in the lower half, two of them filled with the commune's stamp and a handwritten
    date."""
    p = c.p
    lodged = c.asylum["lodged"] if c.asylum else SUB - timedelta(days=200)
    T = {"nl": dict(k="KONINKRIJK BELGIË", fod="FOD Binnenlandse Zaken - Dienst Vreemdelingenzaken", a="BIJLAGE 26",
                    s=f"Wordt attest afgegeven dat de hierna vermelde persoon op {dnum(lodged, '/')} een verzoek om "
                      f"internationale bescherming heeft ingediend.",
                    rows=["Naam", "Voornaam", "Geboortedatum", "Geboorteplaats", "Nationaliteit", "OV-nummer"],
                    warn="Dit attest is geen identiteitsbewijs en geen nationaliteitsbewijs.",
                    ext="Verlenging tot", by="Stempel gemeente"),
         "fr": dict(k="ROYAUME DE BELGIQUE", fod="SPF Intérieur - Office des Étrangers", a="ANNEXE 26",
                    s=f"Il est attesté que la personne désignée ci-dessous a introduit le {dnum(lodged, '/')} une "
                      f"demande de protection internationale.",
                    rows=["Nom", "Prénom", "Date de naissance", "Lieu de naissance", "Nationalité", "N° SP"],
                    warn="La présente attestation ne constitue ni une preuve d'identité ni une preuve de nationalité.",
                    ext="Prorogé jusqu'au", by="Cachet commune")}[lang]
    sh = Sheet(paper="green")
    put(sh, 16, 12, T["k"], f=ARIAL_B, pt=10)
    put(sh, 16, 17.5, T["fod"], f=ARIAL, pt=9)
    put(sh, 194, 12, T["a"], f=ARIAL_B, pt=18, at="right")
    sh.photo(160, 24, 32, 40, rng)
    ring = Image.new("RGBA", (140, 140), (0, 0, 0, 0))
    ImageDraw.Draw(ring).ellipse([6, 6, 134, 134], outline=(255, 255, 255, 150), width=9)
    sh.image(176, 50, 20, 20, ring)
    y = flow(sh, 16, 30, 136, T["s"], f=ARIAL, pt=10, lead=1.5) + 4
    vals = [p.surname.upper(), p.given_names, dnum(p.birth_date, "/"), p.birth_place, natl(p.nationality, lang),
            c.ov or ""]
    for a, v in zip(T["rows"], vals):
        put(sh, 18, y, a, f=ARIAL, pt=9.4)
        hline(sh, 60, 150, y + 4.4, lw=0.15, col=MID, dash=0.5)
        put(sh, 62, y - 0.3, v, f=COURIER_B, pt=10)
        y += 7.5
    flow(sh, 16, y + 4, 178, T["warn"], f=ARIAL_I, pt=9, lead=1.35)
    seal(sh, 18, y + 14, ["DIENST VREEMDELINGENZAKEN" if lang == "nl" else "OFFICE DES ÉTRANGERS", "BRUSSEL"],
         rng, col=STAMP_BLUE, mm=26)
    pen = random.Random(c.seed + 55).choice([BLUE_BIC, BLACK_BIC])
    for i in range(6):
        cx, cy = 16 + (i % 3) * 60, 150 + (i // 3) * 56
        frame(sh, cx, cy, 58, 52, lw=0.3, col=DARK)
        put(sh, cx + 2, cy + 1.5, T["ext"], f=ARIAL, pt=7.6, col=DARK)
        if i < 2:
            until = min(lodged + timedelta(days=120 * (i + 1)), SUB + timedelta(days=90 - 40 * i))
            hand(sh, cx + 4, cy + 7, dnum(until, "/"), rng, f=H_ROUND, pt=12, col=pen)
            seal(sh, cx + 6, cy + 16, [c.addr.city.upper()[:16], "VREEMDELINGEN" if lang == "nl" else "ÉTRANGERS",
                                       dnum(until - timedelta(days=120), ".")], rng, shape="rect", col=STAMP_VIOLET,
                 mm=40)
            autograph(sh, cx + 30, cy + 38, rng, w=22, h=8, col=pen, style="initials")
    return [sh], {}


def ay_cgvs(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The asylum authority's (CGVS / CGRA) invitation to a personal interview, as the applicant received it folded
    in three: the authority's name and address at the top LEFT with a square logo, the reference numbers (CGVS number,
    OV/SP number) in a box at the RIGHT, the addressee, then the letter saying that the application lodged on ... is
    being examined and inviting the person to an interview on a date and hour, with the practical instructions as a
    bulleted list and the signature of the protection officer 'voor de Commissaris-generaal'; two faint horizontal
    fold lines across the sheet."""
    p = c.p
    lodged = c.asylum["lodged"] if c.asylum else SUB - timedelta(days=200)
    when = SUB + timedelta(days=rng.randint(8, 40))
    while when.weekday() >= 5:
        when += timedelta(days=1)
    sent = SUB - timedelta(days=rng.randint(10, 40))
    T = {"nl": dict(org="Commissariaat-generaal voor de Vluchtelingen en de Staatlozen", adr="Ernest Blerotstraat 39, "
                    "1070 Brussel", t="Uitnodiging voor een persoonlijk onderhoud", ref="CGVS-nummer", ov="OV-nummer",
                    body=f"Uw verzoek om internationale bescherming, ingediend op {dword(lodged, 'nl')}, wordt "
                         f"onderzocht door het Commissariaat-generaal. U wordt uitgenodigd voor een persoonlijk "
                         f"onderhoud op {dword(when, 'nl')} om {rng.choice(['9.00', '9.30', '13.30'])} uur op het adres "
                         f"hierboven.",
                    b=["Breng deze brief en uw bijlage 26 mee.", "Breng alle documenten mee die uw identiteit en uw "
                       "relaas kunnen staven.", "Een tolk wordt voorzien.", "Bent u verhinderd, verwittig ons dan "
                       "onmiddellijk schriftelijk met een geldige reden."],
                    sig="Voor de Commissaris-generaal,", role="protection officer"),
         "fr": dict(org="Commissariat général aux réfugiés et aux apatrides", adr="Rue Ernest Blerot 39, 1070 "
                    "Bruxelles", t="Convocation à un entretien personnel", ref="Numéro CGRA", ov="Numéro SP",
                    body=f"Votre demande de protection internationale, introduite le {dword(lodged, 'fr')}, est en cours "
                         f"d'examen au Commissariat général. Vous êtes convoqué(e) à un entretien personnel le "
                         f"{dword(when, 'fr')} à {rng.choice(['9 h 00', '9 h 30', '13 h 30'])} à l'adresse ci-dessus.",
                    b=["Munissez-vous de la présente et de votre annexe 26.", "Apportez tous les documents qui peuvent "
                       "établir votre identité et appuyer votre récit.", "Un interprète sera présent.", "En cas "
                       "d'empêchement, prévenez-nous immédiatement par écrit en indiquant un motif valable."],
                    sig="Pour le Commissaire général,", role="officier de protection")}[lang]
    sh = Sheet()
    block(sh, 16, 12, 12, 12, (30, 70, 120))
    put(sh, 22, 14.6, "C", f=ARIAL_B, pt=14, col=(255, 255, 255), at="center")
    put(sh, 32, 12.5, T["org"], f=ARIAL_B, pt=10)
    put(sh, 32, 18, T["adr"], f=ARIAL, pt=8.4, col=DARK)
    frame(sh, 130, 30, 64, 18, lw=0.3)
    put(sh, 133, 32, f"{T['ref']}: {sent.year % 100}/{c.seed % 90000 + 10000}", f=ARIAL, pt=9)
    put(sh, 133, 38, f"{T['ov']}: {c.ov or '-'}", f=ARIAL, pt=9)
    put(sh, 133, 44, dnum(sent, "/"), f=ARIAL, pt=9)
    a = c.addr
    for i, s in enumerate([f"{p.given_names} {p.surname.upper()}", f"{a.street} {a.number}" + (f"/{a.box}" if a.box else ""),
                           f"{a.postcode} {a.city}"]):
        put(sh, 20, 56 + i * 5, s, f=ARIAL, pt=10)
    put(sh, 20, 80, T["t"], f=ARIAL_B, pt=12)
    y = flow(sh, 20, 90, 170, T["body"], f=ARIAL, pt=10.5, lead=1.55) + 4
    for b in T["b"]:
        put(sh, 22, y, "•", f=ARIAL, pt=10.5)
        y = flow(sh, 28, y, 162, b, f=ARIAL, pt=10.5, lead=1.5) + 1.5
    y += 8
    put(sh, 20, y, T["sig"], f=ARIAL, pt=10)
    autograph(sh, 20, y + 5, rng, w=36, h=11, col=BLUE_BIC)
    put(sh, 20, y + 18, f"{rng.choice(['E. Wouters', 'N. Haddou', 'P. Delcourt', 'S. Claeys'])}, {T['role']}",
        f=ARIAL, pt=9.6)
    img = raster(sh, 200)
    W, H = img.size
    d = ImageDraw.Draw(img, "RGBA")
    for frac in (0.333, 0.666):
        yy = int(H * frac)
        d.line([(0, yy), (W, yy)], fill=(120, 120, 120, 90), width=3)
        d.line([(0, yy + 3), (W, yy + 3)], fill=(255, 255, 255, 140), width=2)
    return [as_sheet(img)], {}


for _lg in ("nl", "fr"):
    _reg(f"be9ter-asylum-bijlage26-groen-papier-foto-rechtsboven-verlengingsraster-{_lg}-48", "asylum-proof", _lg,
         (lambda c, r, _l=_lg: ay_annex26(c, r, lang=_l)), "annex 26 on green paper with a grid of extensions")
    _reg(f"be9ter-asylum-cgvs-uitnodiging-gehoor-driemaal-gevouwen-{_lg}-48", "asylum-proof", _lg,
         (lambda c, r, _l=_lg: ay_cgvs(c, r, lang=_l)), "asylum authority's invitation to an interview, folded")


# =========================================================================== proof of registered posting

def from_lines(c: Case) -> list[str]:
    if "no_address" in c.flags or (c.lawyer and c.seed % 5 != 2):
        A = c.lawyer
        return [A["firm"], A["street"], f"{A['pc']} {A['city']}"]
    a = c.addr
    return [f"{c.p.given_names} {c.p.surname}", f"{a.street} {a.number}" + (f" bus {a.box}" if a.box else ""),
            f"{a.postcode} {a.city}"]


def rm_envelope(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The front of the registered envelope photographed with a phone on the counter's wooden top once the clerk had
    stamped it (the photo itself is the file, wider than high): a large white envelope with the sender's lines at the
    top LEFT, the addressee in the middle RIGHT, the registered label stuck at the top RIGHT (a red 'R' square, the
    item number under its bar code, 'AANGETEKEND / RECOMMANDÉ'), the franking printed beside it and the post
    office's round date stamp half over the label."""
    env = Sheet(229, 162)
    frame(env, 0.5, 0.5, 228, 161, lw=0.5, col=(190, 190, 190))
    for i, s in enumerate(from_lines(c)):
        put(env, 10, 10 + i * 4.8, s, f=ARIAL, pt=8.6)
    lbl = Sheet(70, 34)
    block(lbl, 0, 0, 70, 34, (255, 255, 255))
    block(lbl, 0, 0, 14, 34, (210, 30, 40))
    put(lbl, 7, 9, "R", f=ARIAL_B, pt=30, col=(255, 255, 255), at="center")
    put(lbl, 17, 2, "AANGETEKEND · RECOMMANDÉ", f=ARIALN_B, pt=6.6)
    bars(lbl, 17, 7, 50, 12, c.rm_track)
    put(lbl, 42, 21, _b9.track_spaced(c.rm_track), f=DJM, pt=7, at="center")
    put(lbl, 17, 27, "bpost", f=ARIAL_B, pt=8, col=(210, 30, 40))
    env.image(150, 8, 70, 34, raster(lbl, 250))
    frame(env, 150, 8, 70, 34, lw=0.2, col=LIGHT)
    frame(env, 118, 10, 28, 18, lw=0.3, col=(200, 40, 50))
    put(env, 132, 12, "PB-PP", f=ARIAL_B, pt=8, col=(200, 40, 50), at="center")
    put(env, 132, 17, "BELGIË(N)-BELGIQUE", f=ARIAL, pt=4.6, col=(200, 40, 50), at="center")
    put(env, 132, 21.5, dnum(c.rm_date, "."), f=ARIAL, pt=6, col=(200, 40, 50), at="center")
    for i, s in enumerate(c.rm_to):
        put(env, 100, 78 + i * 8, s, f=ARIAL_B if i == 0 else ARIAL, pt=shrink(s, 120, ARIAL_B, 13))
    office = from_lines(c)[-1].split(" ", 1)[-1].upper()[:14]
    seal(env, 186, 30, ["BPOST", dnum(c.rm_date, "-"), office], rng, col=STAMP_BLACK, mm=28, angle=15)
    frame_ = Sheet(262, 196)
    frame_.image(16, 17, 229, 162, raster(env, 200).rotate(rng.uniform(-2.5, 2.5), expand=False,
                                                            fillcolor=(255, 255, 255)))
    return [phone_shot(frame_, rng, surface="wood")], {"addressee": 1}


def rm_tracking(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The postal service's track-and-trace page printed from the browser: the browser's print line with the date
    and the page title at the top, the site's header bar, the item number in large type, the status 'Afgegeven /
    Déposé' with date, time and post office, a vertical timeline of the scan events with dots, and a 'Details' box
    naming the sender and the addressee as entered when the label was made; the URL and '1/1' at the foot."""
    lang = c.lang if c.lang in ("nl", "fr") else "nl"
    T = {"nl": dict(t="Volg uw zending", st="Afgegeven in een postkantoor", ev=["Zending aangemaakt",
                    "Afgegeven in postkantoor", "In sortering"], det="Details van de zending", snd="Afzender",
                    rcp="Bestemmeling", typ="Type", reg="Aangetekende zending"),
         "fr": dict(t="Suivre votre envoi", st="Déposé dans un bureau de poste", ev=["Envoi créé",
                    "Déposé au bureau de poste", "En cours de tri"], det="Détails de l'envoi", snd="Expéditeur",
                    rcp="Destinataire", typ="Type", reg="Envoi recommandé")}[lang]
    office = from_lines(c)[-1]
    h = rng.randint(9, 16)
    sh = Sheet()
    put(sh, 10, 5, f"{dnum(c.rm_date, '/')} {h + 1:02d}:{rng.randint(10, 59)}", f=ARIAL, pt=7, col=MID)
    put(sh, 105, 5, "bpost - Track & Trace", f=ARIAL, pt=7, col=MID, at="center")
    block(sh, 14, 12, 182, 14, (210, 30, 40))
    put(sh, 18, 15, "bpost", f=ARIAL_B, pt=14, col=(255, 255, 255))
    put(sh, 192, 16, T["t"], f=ARIAL, pt=10, col=(255, 255, 255), at="right")
    put(sh, 18, 36, _b9.track_spaced(c.rm_track), f=ARIAL_B, pt=16)
    block(sh, 18, 48, 174, 12, (236, 246, 238))
    put(sh, 22, 51, f"✓  {T['st']} - {dnum(c.rm_date, '/')} {h:02d}:{rng.randint(10, 59):02d}", f=DJ, pt=10.5,
        col=(20, 110, 50))
    y = 70.0
    evs = [(c.rm_date - timedelta(days=1), T["ev"][0], "bpost.be"), (c.rm_date, T["ev"][1], office),
           (c.rm_date, T["ev"][2], "Brussel X")][::-1]
    for i, (d, e, where) in enumerate(evs):
        dot = Image.new("RGBA", (40, 40), (0, 0, 0, 0))
        ImageDraw.Draw(dot).ellipse([4, 4, 36, 36], fill=(210, 30, 40, 255) if i == 0 else (150, 150, 150, 255))
        sh.image(20, y, 4, 4, dot)
        if i < len(evs) - 1:
            vline(sh, 22, y + 4, y + 14, lw=0.4, col=LIGHT)
        put(sh, 28, y - 0.4, e, f=ARIAL_B, pt=10)
        put(sh, 28, y + 4.6, f"{dnum(d, '/')} · {where}", f=ARIAL, pt=8.6, col=DARK)
        y += 15
    frame(sh, 18, y + 4, 174, 46, lw=0.3, col=LIGHT)
    put(sh, 22, y + 7, T["det"], f=ARIAL_B, pt=10)
    rows = [(T["typ"], T["reg"]), (T["snd"], ", ".join(from_lines(c))), (T["rcp"], ", ".join(c.rm_to))]
    yy = y + 15
    for a, v in rows:
        put(sh, 22, yy, a, f=ARIAL, pt=9, col=DARK)
        flow(sh, 60, yy, 128, v, f=ARIAL_B, pt=9.4, lead=1.3)
        yy += 10
    put(sh, 10, 290, f"https://track.bpost.cloud/btr/web/#/search?itemCode={c.rm_track}&lang={lang}", f=ARIAL, pt=7,
        col=MID)
    put(sh, 200, 290, "1/1", f=ARIAL, pt=7, col=MID, at="right")
    return [sh], {"addressee": 1}


def rm_taped(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The post office's thermal counter receipt for the registered letter, gone pale, TAPED onto an A4 sheet with
    two strips of clear tape at its ends and scanned: the office, 'Aangetekende zending / Envoi recommandé', the bar
    code and the item number, the addressee's lines, the weight, the price, the date and time; the office's reference
    pencilled beside it."""
    strip = Sheet(62, 140)
    g = (84, 84, 92)
    office = from_lines(c)[-1]
    put(strip, 31, 4, "bpost", f=DJM_B, pt=12, col=g, at="center")
    put(strip, 31, 10, office.upper()[:24], f=DJM, pt=7, col=g, at="center")
    put(strip, 31, 13.6, f"LOKET/GUICHET {rng.randint(1, 6)}", f=DJM, pt=7, col=g, at="center")
    hline(strip, 3, 59, 18, lw=0.2, col=g, dash=0.6)
    put(strip, 3, 20, "AANGETEKENDE ZENDING", f=DJM, pt=7.2, col=g)
    put(strip, 3, 23.6, "ENVOI RECOMMANDE", f=DJM, pt=7.2, col=g)
    bars(strip, 5, 28, 52, 10, c.rm_track, col=g)
    put(strip, 31, 39.5, c.rm_track, f=DJM, pt=7.2, col=g, at="center")
    put(strip, 3, 46, "BESTEMMELING/DESTINATAIRE", f=DJM, pt=6.6, col=g)
    y = 50.0
    for s in c.rm_to:
        put(strip, 3, y, strip_accents(s).upper()[:34], f=DJM, pt=7, col=g)
        y += 3.6
    y += 3
    for a, b in [("GEWICHT/POIDS", f"{rng.randint(90, 480)} g"), ("PRIJS/PRIX", f"EUR {rng.choice(['9,80', '10,60'])}"),
                 ("DATUM/DATE", dnum(c.rm_date, "/")), ("UUR/HEURE", f"{rng.randint(9, 16):02d}:{rng.randint(0, 59):02d}")]:
        put(strip, 3, y, a, f=DJM, pt=7, col=g)
        put(strip, 59, y, b, f=DJM, pt=7, col=g, at="right")
        y += 3.6
    put(strip, 31, y + 5, "BEWAREN - A CONSERVER", f=DJM, pt=6.8, col=g, at="center")
    page = Sheet()
    page.image(70, 60, 62, 140, raster(strip, 240))
    tape(page, 66, 54, 70, 10, angle=2)
    tape(page, 66, 194, 70, 10, angle=-3)
    pencil(page, 140, 70, f"9ter {c.p.surname}", rng, pt=11)
    return [page], {"addressee": 1}


_reg("be9ter-rm-enveloppe-voorkant-aangetekend-etiket-datumstempel-gsm-bureau-48", "registered-mail-receipt", "nl",
     rm_envelope,
     "front of the registered envelope with the label, photographed on a desk")
_reg("be9ter-rm-track-en-trace-webprint-tijdlijn-48", "registered-mail-receipt", "nl", rm_tracking,
     "track-and-trace page printed from the browser, with sender and addressee")
_reg("be9ter-rm-kasticket-vaal-opgeplakt-met-plakband-48", "registered-mail-receipt", "fr", rm_taped,
     "pale thermal counter receipt taped onto an A4 sheet")


# =========================================================================== other pieces

def ot_declaration(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A declaration of identity on honour on a support service's printed template: the heading and the fixed
    sentences printed, the applicant's particulars WRITTEN BY HAND on the dotted blanks (name, birth date and place,
    nationality, parents), the printed statement that no identity document can be produced and that the data rest on
    the declarant's own statements; signed at the lower RIGHT with an inked THUMBPRINT beside the signature; place and
    date written at the left."""
    p = c.p
    lang = c.lang if c.lang in ("nl", "fr") else "fr"
    hf = random.Random(c.seed + 61).choice([H_ROUND, H_FELT, H_LEAN])
    pen = random.Random(c.seed + 62).choice([BLUE_BIC, BLACK_BIC])
    T = {"nl": dict(t="VERKLARING OP EER", i="Ondergetekende", rows=["Naam en voornamen", "Geboren op",
                    "te", "Nationaliteit", "Zoon/dochter van"],
                    fix="verklaart op eer dat bovenstaande gegevens juist zijn. Ik kan geen paspoort, identiteitskaart "
                        "of ander identiteitsdocument voorleggen. Deze gegevens berusten uitsluitend op mijn eigen "
                        "verklaring.", pd="Plaats en datum", sg="Handtekening", fp="Vingerafdruk"),
         "fr": dict(t="DÉCLARATION SUR L'HONNEUR", i="Je soussigné(e)", rows=["Nom et prénoms", "Né(e) le", "à",
                    "Nationalité", "Fils/fille de"],
                    fix="déclare sur l'honneur que les données ci-dessus sont exactes. Je ne suis en mesure de produire "
                        "ni passeport, ni carte d'identité, ni aucun autre document d'identité. Ces données reposent "
                        "uniquement sur ma propre déclaration.", pd="Lieu et date", sg="Signature",
                    fp="Empreinte")}[lang]
    code = _b9.country_code_of(p.birth_country, p.nationality)
    vals = [f"{p.surname} {p.given_names}", dnum(p.birth_date, "/"), f"{p.birth_place} ({country(code, lang)})",
            natl(p.nationality, lang), f"{p.father or '-'} / {p.mother or '-'}"]
    sh = Sheet()
    put(sh, 18, 12, rng.choice(["Sociale dienst - Hulp aan vreemdelingen", "Service social - Accueil des migrants"]),
        f=HELV, pt=8.6, col=MID)
    put(sh, 105, 30, T["t"], f=HELV_B, pt=15, at="center", sp=1)
    put(sh, 20, 48, T["i"], f=HELV, pt=10.5)
    y = 58.0
    for a, v in zip(T["rows"], vals):
        put(sh, 20, y, a, f=HELV, pt=10)
        hline(sh, 62, 190, y + 4.6, lw=0.2, col=MID, dash=0.5)
        hand(sh, 64, y - 2.2, v, rng, f=hf, pt=12, col=pen, maxw=124)
        y += 11
    y = flow(sh, 20, y + 4, 170, T["fix"], f=HELV, pt=10.5, lead=1.6, al="justify") + 10
    put(sh, 20, y, T["pd"], f=HELV, pt=9.4, col=DARK)
    hand(sh, 20, y + 5, f"{c.addr.city}, {dnum(c.app_date, '/')}", rng, f=hf, pt=12, col=pen)
    put(sh, 112, y, T["sg"], f=HELV, pt=9.4, col=DARK)
    autograph(sh, 112, y + 6, rng, w=40, h=13, col=pen)
    put(sh, 166, y, T["fp"], f=HELV, pt=9.4, col=DARK)
    fp = Image.new("RGBA", (160, 210), (0, 0, 0, 0))
    d = ImageDraw.Draw(fp)
    for k in range(14):
        d.ellipse([10 + k * 4, 10 + k * 5, 150 - k * 4, 200 - k * 5], outline=(40, 40, 60, 200 - k * 6), width=3)
    sh.image(166, y + 5, 16, 21, fp, blend="multiply")
    return [sh], {}


def ot_pharmacy(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A pharmacy's A4 print of the patient's delivery history over the last months ('Historique des délivrances'
    / 'Afleveringshistoriek'): the pharmacy's name and APB number at the top LEFT, the patient at the RIGHT, a table
    (date, CNK, product, quantity, patient's share) with alternating grey rows, the total at the foot and the
    pharmacist's rectangular stamp with initials."""
    lang = c.lang if c.lang in ("nl", "fr") else "fr"
    t = medtext(c, lang)
    ph = rng.choice(["Pharmacie de la Gare", "Apotheek Sint-Pieters", "Pharmacie Cosmopolite", "Apotheek De Ster"])
    sh = Sheet()
    put(sh, 16, 12, ph, f=FSAN_B, pt=12)
    put(sh, 16, 18, f"{c.addr.postcode} {c.addr.city} · APB {rng.randint(100000, 999999)}", f=FSAN, pt=8.6, col=DARK)
    put(sh, 194, 12, f"{c.p.surname.upper()} {c.p.given_names}", f=FSAN_B, pt=10, at="right")
    put(sh, 194, 18, dnum(c.p.birth_date, "/"), f=FSAN, pt=9, at="right")
    put(sh, 16, 32, {"nl": "AFLEVERINGSHISTORIEK", "fr": "HISTORIQUE DES DÉLIVRANCES"}[lang], f=FSAN_B, pt=13)
    heads = {"nl": ["Datum", "CNK", "Product", "Aantal", "Remgeld"], "fr": ["Date", "CNK", "Produit", "Qté",
                                                                          "Ticket mod."]}[lang]
    xs = [16, 40, 62, 152, 170]
    y = 42.0
    for x, h in zip(xs, heads):
        put(sh, x, y, h, f=FSAN_B, pt=9)
    hline(sh, 16, 194, y + 5, lw=0.4)
    y += 8
    tot = 0.0
    for k in range(4):
        d = SUB - timedelta(days=15 + 30 * k + rng.randint(0, 4))
        for m in t["meds"]:
            if k % 2:
                block(sh, 16, y - 1.2, 178, 6.4, (240, 240, 242))
            pr = round(rng.uniform(1.5, 15.0), 2)
            tot += pr
            put(sh, 16, y, dnum(d, "/"), f=FSAN, pt=8.8)
            put(sh, 40, y, str(rng.randint(1000000, 4999999)), f=FSAN, pt=8.8)
            putfit(sh, 62, y, m, 86, f=FSAN, pt=8.8)
            put(sh, 158, y, "1", f=FSAN, pt=8.8, at="center")
            put(sh, 192, y, f"{pr:.2f}".replace(".", ","), f=FSAN, pt=8.8, at="right")
            y += 6.4
    hline(sh, 16, 194, y, lw=0.4)
    put(sh, 150, y + 3, "Total", f=FSAN_B, pt=9.6)
    put(sh, 192, y + 3, f"EUR {tot:.2f}".replace(".", ","), f=FSAN_B, pt=9.6, at="right")
    seal(sh, 130, y + 14, [ph.upper()[:22], "PHARMACIEN" if lang == "fr" else "APOTHEKER"], rng, shape="rect",
         col=STAMP_GREEN, mm=40)
    autograph(sh, 176, y + 18, rng, w=16, h=8, col=BLUE_BIC, style="initials")
    return [sh], {}


def ot_email(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A printed e-mail from the hospital's social service to the lawyer listing the coming appointments: the mail
    program's print header with the sender's name in bold at the top LEFT and the date at the right, 'Aan/À' and
    'Onderwerp/Objet' lines, a short message with the appointments as a dashed list, the social worker's signature
    block with the hospital's name in colour; the print footer 'Pagina 1 van 1'."""
    lang = c.lang if c.lang in ("nl", "fr") else "nl"
    d = c.specialist
    A = c.lawyer
    sw = rng.choice(["Griet Vermeiren", "Nadia El Amrani", "Chloé Devos", "Karel Desmet"])
    sh = Sheet()
    put(sh, 16, 12, sw, f=CALIB_B, pt=13)
    put(sh, 194, 13, f"{dnum(c.app_date - timedelta(days=rng.randint(3, 15)), '/')} {rng.randint(8, 17):02d}:"
        f"{rng.randint(10, 59)}", f=CALIB, pt=9.6, at="right", col=DARK)
    hline(sh, 16, 194, 20, lw=0.6)
    rows = {"nl": [("Aan", A["mail"]), ("Onderwerp", f"Afspraken {c.p.given_names} {c.p.surname}")],
            "fr": [("À", A["mail"]), ("Objet", f"Rendez-vous {c.p.given_names} {c.p.surname}")]}[lang]
    for i, (a, v) in enumerate(rows):
        put(sh, 16, 24 + i * 5.4, a + ":", f=CALIB_B, pt=9.6)
        put(sh, 40, 24 + i * 5.4, v, f=CALIB, pt=9.6)
    hline(sh, 16, 36, 36, lw=0.2, col=LIGHT)
    dates = sorted(SUB + timedelta(days=rng.randint(5, 80)) for _ in range(3))
    what = {"nl": ["consultatie", "bloedafname", "controle"], "fr": ["consultation", "prise de sang", "contrôle"]}[lang]
    intro = {"nl": f"Beste meester {A['last']},\n\nZoals gevraagd bezorg ik u de geplande afspraken van uw cliënt(e) "
                   f"bij {d.name()} ({d.inst}):",
             "fr": f"Maître {A['last']},\n\nComme convenu, voici les prochains rendez-vous de votre client(e) auprès "
                   f"du {d.name()} ({d.inst}) :"}[lang]
    y = flow(sh, 16, 42, 178, intro, f=CALIB, pt=10.5, lead=1.5) + 3
    for dt_, w_ in zip(dates, what):
        put(sh, 20, y, f"- {dword(dt_, lang)}, {rng.randint(8, 15)}:{rng.choice(['00', '15', '30', '45'])} - {w_}",
            f=CALIB, pt=10.5)
        y += 6
    tail = {"nl": "Met vriendelijke groeten,", "fr": "Bien cordialement,"}[lang]
    y = flow(sh, 16, y + 4, 178, tail, f=CALIB, pt=10.5, lead=1.5) + 2
    put(sh, 16, y, sw, f=CALIB_B, pt=10)
    put(sh, 16, y + 5, {"nl": "Sociale dienst", "fr": "Service social"}[lang], f=CALIB, pt=9.6)
    put(sh, 16, y + 10, d.inst, f=CALIB_B, pt=9.6, col=(0, 100, 140))
    put(sh, 105, 288, "Pagina 1 van 1" if lang == "nl" else "Page 1 sur 1", f=CALIB, pt=8, col=MID, at="center")
    return [sh], {}


_reg("be9ter-other-declaration-op-eer-sjabloon-ingevuld-duimafdruk-48", "other", "nl", ot_declaration,
     "declaration of identity on honour on a printed template, filled in by hand, thumbprint")
_reg("be9ter-other-pharmacy-afleveringshistoriek-tabel-48", "other", "fr", ot_pharmacy,
     "pharmacy's delivery history printed on A4")
_reg("be9ter-other-email-sociale-dienst-afspraken-48", "other", "nl", ot_email,
     "e-mail of the hospital's social service listing appointments")
