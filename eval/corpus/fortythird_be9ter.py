"""9ter families of the `fortythird` part (registered in be9ter.BFAMILIES).

Written by a writer who saw neither the validator nor its output, from the seeds (003, 004), rules.md and how such
papers look in Belgian files.  Every family (its layout, wording, faces, signature placement and copy habit) is this
part's own and is described in its function's docstring only (the part is read blind).  The applications' sentences
are written here too, in Dutch, French, German and English; the clinical facts of a case (its illness, doctor, dates)
come from the case that be9ter's generic plan draws.

Importing this module tells be9ter which origins this part's 9ter applicants come from (Burkina Faso, Madagascar and
Türkiye: the countries this part's identity families cover) and adds this part's extra clean dossiers, each under
the part's own key; nothing another part reads is changed.
"""

from __future__ import annotations

import datetime
import random
from datetime import timedelta

from . import be9ter as _b9
from .be9ter import ILLNESSES, SPECIALTY, Case
from .fortythird_identity import (
    BKM,
    BKM_B,
    BLACK,
    CAR,
    CAR_B,
    CAR_I,
    CEN,
    CEN_B,
    CEN_I,
    CPR,
    CPR_B,
    CPS,
    CPS_B,
    DARK,
    DJC,
    DJC_B,
    FSA,
    FSA_B,
    FSE,
    FSE_B,
    GOTH,
    GOTH_B,
    GREY,
    H_BREIP,
    H_CHANC,
    H_DKG,
    H_DKGB,
    H_DKGI,
    INK_BLACK,
    INK_BLUE,
    INK_NAVY,
    LGREY,
    LSN,
    LSN_B,
    NAR,
    NAR_B,
    NMO,
    NRM,
    NRM_B,
    NSN,
    NSN_B,
    PAL,
    PAL_B,
    PAL_I,
    ST_BLACK,
    ST_BLUE,
    ST_GREEN,
    ST_RED,
    ST_VIOLET,
    aged,
    box,
    coffee,
    dlong,
    dnum,
    dotted,
    fit,
    folded,
    marker,
    para,
    pen,
    pen_lines,
    punched,
    safe,
    seed_of,
    sign,
    stamp,
    staple,
    tilted,
    tint,
    tw,
    tx,
)
from .paper import Sheet
from .people import COUNTRIES as PC
from .people import format_address

PART = "fortythird"
SUB = datetime.date(2026, 12, 1)

# this part's 9ter applicants: the two countries of fortythird_identity, and Türkiye (new key only)
_b9.PART_ORIGINS.setdefault(PART, ["BFA", "MDG", "TUR"])
# clean dossiers only this part has (new key only): identity pieces with a marriage act, an embassy's identity
# certificate with a child, the Burkinabè identity card with a child, identity pieces alone, an identity
# certificate with a spouse
_b9.EXTRA_CLEANS.setdefault(PART, [dict(id="pieces", family=["spouse"]), dict(id="certificate", family=["child"]),
                                   dict(id="idcard", family=["child"]), dict(id="pieces"),
                                   dict(id="certificate", family=["spouse"])])

BC = _b9.COUNTRIES


def _reg(fid: str, type_: str, lang: str, make, note: str) -> None:
    _b9._reg(fid, type_, PART, lang, make, note)


# =========================================================================== the case in words

def fd(d: datetime.date, style: str, lang: str) -> str:
    """A date in one of the case's styles: 14.07.1982 / 14/07/1982 / 14-7-1982 / 14 juli 1982 / ISO / 14.7.1982."""
    if style == "dots":
        return dnum(d, ".")
    if style == "slashes":
        return dnum(d, "/")
    if style == "dashes":
        return dnum(d, "-", zero=False)
    if style == "iso":
        return d.isoformat()
    if style == "short":
        return dnum(d, ".", zero=False)
    return dlong(d, lang if lang in ("nl", "fr", "de", "en") else "nl")


def cd(c: Case, d: datetime.date, lang: str) -> str:
    return fd(d, c.date_style, lang)


def nm(p, style: str) -> str:
    g, s = p.given_names, p.surname
    return {"SURNAME Given": f"{s.upper()} {g}", "Given SURNAME": f"{g} {s.upper()}", "Given Surname": f"{g} {s}",
            "SURNAME, Given": f"{s.upper()}, {g}", "Surname Given": f"{s} {g}"}.get(style, f"{g} {s}")


def country(code: str, lang: str) -> str:
    if code in BC:
        return BC[code][lang]
    return PC[code][lang]


def adj(code: str, lang: str) -> str:
    return BC[code]["adj_" + lang] if code in BC else PC[code][lang]


def cc_of(name_en: str, fallback: str) -> str:
    low = (name_en or "").strip().lower()
    for k, v in PC.items():
        if v["en"].lower() == low:
            return k
    return {"türkiye": "TUR"}.get(low, fallback)


def addr(c: Case, lang: str, *, lines: bool = False) -> str:
    style = {"street-first": "street_first", "slash-box": "slash_box" if c.seed % 2 else "slashbus_box",
             "number-first": "number_first",
             "postcode-first": "postcode_first" if c.seed % 3 else "dash_box"}.get(c.addr_style, "street_first")
    if lines:
        style = "multiline"
    return format_address(c.addr, style, lang if lang in ("nl", "fr", "de", "en") else "nl")


def ill(c: Case, lang: str) -> dict:
    il = ILLNESSES[c.illness]
    for k in (lang, "fr", "nl"):
        if k in il:
            return il[k]
    return il["nl"]


def title(c: Case, lang: str, p=None) -> str:
    f = (p or c.p).sex == "F"
    return {"nl": ("mevrouw", "de heer"), "fr": ("Madame", "Monsieur"), "de": ("Frau", "Herr"),
            "en": ("Ms", "Mr")}[lang][0 if f else 1]


def who(c: Case, lang: str, cap: bool = False) -> str:
    """The applicant as the letter calls him or her."""
    f = c.fem
    s = {"nl": "cliënte" if f else "cliënt", "fr": "la requérante" if f else "le requérant",
         "de": "meine Mandantin" if f else "mein Mandant", "en": "my client"}[lang]
    return s[0].upper() + s[1:] if cap else s


def pron(c: Case, lang: str, cap: bool = False) -> str:
    s = {"nl": "zij" if c.fem else "hij", "fr": "elle" if c.fem else "il", "de": "sie" if c.fem else "er",
         "en": "she" if c.fem else "he"}[lang]
    return s[0].upper() + s[1:] if cap else s


def poss(c: Case, lang: str) -> str:
    return {"nl": "haar" if c.fem else "zijn", "fr": "sa", "de": "ihre" if c.fem else "seine",
            "en": "her" if c.fem else "his"}[lang]


def lawyer_name(c: Case, lang: str) -> str:
    L = c.lawyer
    pre = {"nl": "meester", "fr": "Maître", "de": "Rechtsanwältin" if L["sex"] == "F" else "Rechtsanwalt",
           "en": "Ms" if L["sex"] == "F" else "Mr"}[lang]
    return f"{pre} {L['first']} {L['last']}"


def lawyer_addr(c: Case) -> str:
    L = c.lawyer
    return f"{L['street']}, {L['pc']} {L['city']}"


def ref(c: Case, key: str, lang: str, word: str | None = None) -> str:
    n = c.annex_no(key)
    if n is None:
        return ""
    w = word or {"nl": "stuk", "fr": "pièce", "de": "Anlage", "en": "enclosure"}[lang]
    return f" ({w} {n})"


def id_number(c: Case, lang: str) -> str:
    if c.nrn:
        return {"nl": f"rijksregisternummer {c.nrn}", "fr": f"numéro de registre national {c.nrn}",
                "de": f"Nationalregisternummer {c.nrn}", "en": f"Belgian national number {c.nrn}"}[lang]
    return {"nl": f"bij uw dienst gekend onder OV-nummer {c.ov}",
            "fr": f"connu{'e' if c.fem else ''} de l'Office sous le numéro SP {c.ov}",
            "de": f"beim Ausländeramt unter der SP-Nummer {c.ov} geführt",
            "en": f"known to the Immigration Office under number {c.ov}"}[lang]


def birth_bits(c: Case, lang: str) -> tuple[str, str]:
    """(place with country, birth date) as the letter writes them."""
    bc = cc_of(c.p.birth_country, c.p.nationality)
    return f"{c.p.birth_place} ({country(bc, lang)})", cd(c, c.p.birth_date, lang)


def s_person(c: Case, lang: str) -> str:
    """The applicant's personal data in one run of prose (flags may leave the birthplace or nationality out)."""
    name = nm(c.p, c.name_style)
    place, bd = birth_bits(c, lang)
    nobp, nonat = "no_birthplace" in c.flags, "no_nationality" in c.flags
    o = c.p.nationality
    e = "e" if c.fem else ""
    if lang == "nl":
        s = f"{title(c, lang)} {name}, geboren op {bd}" + ("" if nobp else f" te {place}")
        s += "" if nonat else f", {adj(o, 'nl')} onderdaan"
        return s + f", {id_number(c, lang)}"
    if lang == "fr":
        s = f"{title(c, lang)} {name}, né{e} le {bd}" + ("" if nobp else f" à {place}")
        s += "" if nonat else f", de nationalité {adj(o, 'fr')}"
        return s + f", {id_number(c, lang)}"
    if lang == "de":
        s = f"{title(c, lang)} {name}, geboren am {bd}" + ("" if nobp else f" in {place}")
        s += "" if nonat else f", Staatsangehörigkeit {country(o, 'de')}"
        return s + f", {id_number(c, lang)}"
    s = f"{title(c, lang)} {name}, born on {bd}" + ("" if nobp else f" in {place}")
    s += "" if nonat else f", a national of {country(o, 'en')}"
    return s + f", {id_number(c, lang)}"


def s_residence(c: Case, lang: str) -> str:
    """Where the applicant actually lives (or, with the no_address flag, only that he lives in Belgium)."""
    W = who(c, lang, True)
    if "no_address" in c.flags:
        return {"nl": f"{W} woont sinds geruime tijd in België.",
                "fr": f"{W} vit en Belgique depuis plusieurs années.",
                "de": f"{W} lebt seit mehreren Jahren in Belgien.",
                "en": "My client has been living in Belgium for several years."}[lang]
    a = addr(c, lang)
    k = c.seed % 3
    return {"nl": [f"{W} verblijft feitelijk en effectief op het adres {a}.",
                   f"De effectieve verblijfplaats van {who(c, lang)} in België is: {a}.",
                   f"{W} woont werkelijk te {a}."][k],
            "fr": [f"{W} réside effectivement à l'adresse suivante : {a}.",
                   f"L'adresse de la résidence effective en Belgique est : {a}.",
                   f"{W} demeure réellement {a}."][k],
            "de": [f"{W} wohnt tatsächlich unter der Anschrift {a}.",
                   f"Der tatsächliche Aufenthaltsort in Belgien ist: {a}.",
                   f"{W} hält sich tatsächlich in {a} auf."][k],
            "en": [f"My client actually lives at {a}.", f"Address of actual residence in Belgium: {a}.",
                   f"My client's effective residence is {a}."][k]}[lang]


def s_domicile(c: Case, lang: str) -> str | None:
    if "no_domicile" in c.flags or c.domicile == "none":
        return None
    P = pron(c, lang, True)
    if c.domicile == "lawyer" and c.lawyer:
        ln, la = lawyer_name(c, lang), lawyer_addr(c)
        return {"nl": f"Voor deze procedure kiest {pron(c, lang)} woonplaats op het kantoor van {poss(c, lang)} "
                      f"advocaat, {ln}, {la}; alle briefwisseling kan daarheen worden gestuurd.",
                "fr": f"{P} fait élection de domicile au cabinet de son avocat, {ln}, {la}, où toute correspondance "
                      f"peut lui être adressée.",
                "de": f"{P} wählt für dieses Verfahren Zustellungsanschrift in der Kanzlei {ln}, {la}.",
                "en": f"For this procedure {pron(c, lang)} elects domicile at the office of {poss(c, lang)} lawyer, "
                      f"{ln}, {la}."}[lang]
    if c.domicile == "other" and c.other_domicile:
        return {"nl": f"{P} kiest woonplaats bij {c.other_domicile}.",
                "fr": f"{P} fait élection de domicile auprès de {c.other_domicile}.",
                "de": f"{P} wählt Zustellungsanschrift bei {c.other_domicile}.",
                "en": f"{P} elects domicile with {c.other_domicile}."}[lang]
    return {"nl": f"{P} kiest woonplaats op dat adres.", "fr": f"{P} y fait élection de domicile.",
            "de": f"{P} wählt diese Anschrift auch als Zustellungsanschrift.",
            "en": f"{P} elects domicile at that address."}[lang]


def domicile_value(c: Case, lang: str) -> str:
    if "no_domicile" in c.flags or c.domicile == "none":
        return ""
    if c.domicile == "lawyer" and c.lawyer:
        return f"{lawyer_name(c, lang)}, {lawyer_addr(c)}"
    if c.domicile == "other" and c.other_domicile:
        return c.other_domicile
    return {"nl": "zelfde adres als de verblijfplaats", "fr": "même adresse que la résidence",
            "de": "wie Wohnanschrift", "en": "same as residence"}[lang]


def _idfam(c: Case, key: str):
    if key == "id-tr":
        return next((f for f in c.idfams if f.type == "translation"), None)
    if not key.startswith("id"):
        return None
    n = 1 if key == "id" else int(key[2:])
    return c.idfams[n - 1] if len(c.idfams) >= n else None


ANX = {
    "passport": dict(nl="kopie van het nationaal paspoort", fr="copie du passeport national",
                     de="Kopie des Reisepasses", en="copy of the national passport"),
    "idcard": dict(nl="kopie van de nationale identiteitskaart (voor- en achterzijde)",
                   fr="copie de la carte nationale d'identité (recto et verso)",
                   de="Kopie des Personalausweises (Vorder- und Rückseite)", en="copy of the national identity card"),
    "birth-certificate": dict(nl="uittreksel uit de geboorteakte", fr="extrait d'acte de naissance",
                              de="Auszug aus der Geburtsurkunde", en="birth certificate"),
    "nationality-certificate": dict(nl="nationaliteitsbewijs van de rechtbank", fr="certificat de nationalité",
                                    de="Staatsangehörigkeitsnachweis", en="certificate of nationality"),
    "identity-certificate": dict(nl="identiteitsattest van de ambassade (met foto)",
                                 fr="attestation d'identité de l'ambassade (avec photo)",
                                 de="Identitätsbescheinigung der Botschaft (mit Lichtbild)",
                                 en="embassy identity certificate (with photograph)"),
    "consular-card": dict(nl="consulaire kaart", fr="carte consulaire", de="Konsularkarte", en="consular card"),
    "driving-licence": dict(nl="rijbewijs", fr="permis de conduire", de="Führerschein", en="driving licence"),
    "translation": dict(nl="beëdigde vertaling van de geboorteakte", fr="traduction jurée de l'acte de naissance",
                        de="beeidigte Übersetzung der Geburtsurkunde", en="sworn translation of the birth certificate"),
    "declaration": dict(nl="verklaring op eer over de identiteit", fr="déclaration sur l'honneur relative à l'identité",
                        de="eidesstattliche Erklärung zur Identität", en="declaration on honour about identity"),
    "asylum": dict(nl="bewijs van het hangende verzoek om internationale bescherming",
                   fr="preuve de la demande de protection internationale pendante",
                   de="Nachweis des laufenden Antrags auf internationalen Schutz",
                   en="proof of the pending application for international protection"),
    "coi": dict(nl="documentatie over beschikbaarheid en toegankelijkheid van de zorg in {c}",
                fr="documentation sur la disponibilité et l'accessibilité des soins {c}",
                de="Unterlagen zur Verfügbarkeit und Zugänglichkeit der Behandlung in {c}",
                en="documents on availability and accessibility of care in {c}"),
    "other": dict(nl="apothekersfactuur", fr="facture de pharmacie", de="Apothekenrechnung", en="pharmacy invoice"),
}


def annex_desc(c: Case, key: str, lang: str) -> str:
    """This part's own wording of what each enclosure is."""
    if key == "medcert":
        d = {"nl": "standaard medisch getuigschrift van {n}, {d}", "fr": "certificat médical type du {n}, {d}",
             "de": "standardisiertes ärztliches Attest von {n}, {d}", "en": "standard medical certificate of {n}, {d}"}
        return d[lang].format(n=c.doctor.name(), d=fd(c.cert_date, "dots", lang))
    if key == "medstat":
        doc = c.doctor if "medcert_absent" in c.flags else c.specialist
        return {"nl": f"medisch verslag van {doc.name()}", "fr": f"rapport médical du {doc.name()}",
                "de": f"ärztlicher Bericht von {doc.name()}", "en": f"medical report of {doc.name()}"}[lang]
    if key == "coi":
        cn = country(c.origin(), lang)
        if lang == "fr":
            cn = _b9.FR_IN.get(c.origin(), "en " + cn)
        return ANX["coi"][lang].format(c=cn)
    if key.startswith("fam"):
        m = c.family[int(key[3:])]
        q = m.p
        if m.rel == "child":
            return {"nl": f"geboorteakte van {q.given_names} {q.surname}", "fr": f"acte de naissance de {q.given_names} "
                    f"{q.surname}", "de": f"Geburtsurkunde von {q.given_names} {q.surname}",
                    "en": f"birth certificate of {q.given_names} {q.surname}"}[lang]
        return {"nl": "huwelijksakte", "fr": "acte de mariage", "de": "Heiratsurkunde", "en": "marriage certificate"}[lang]
    if key in ("asylum", "other"):
        return ANX[key][lang]
    f = _idfam(c, key)
    if f is None:
        return ANX["declaration"][lang]
    if f.type == "identity-document":
        return ANX["passport" if f.mrz == "TD3" else "idcard"][lang]
    return ANX.get(f.type, ANX["birth-certificate"])[lang]


def annex_rows(c: Case, lang: str) -> list[tuple[int, str, int]]:
    return [(i + 1, annex_desc(c, k, lang), c.annex_pages.get(k, 1)) for i, (k, _d) in enumerate(c.annexes)]


def s_identity(c: Case, lang: str, word: str | None = None) -> str:
    """How the applicant proves identity (or is exempt from doing so)."""
    W, P, po = who(c, lang, True), pron(c, lang, True), poss(c, lang)
    k = c.id_kind
    r = lambda key: ref(c, key, lang, word)  # noqa: E731
    exp = cd(c, c.id_expiry, lang) if c.id_expiry else ""
    if k in ("passport", "passport-expired", "passport-mrz", "passport-name", "untranslated", "translated"):
        s = {"nl": f"{W} bewijst {po} identiteit met {po} nationaal paspoort, geldig tot {exp}{r('id')}.",
             "fr": f"{W} prouve son identité par son passeport national, valable jusqu'au {exp}{r('id')}.",
             "de": f"{W} weist {po} Identität mit {po}m Reisepass nach, gültig bis {exp}{r('id')}.",
             "en": f"My client proves {po} identity with {po} national passport, valid until {exp}{r('id')}."}[lang]
        if k == "passport-expired":
            s += {"nl": " Dat paspoort is intussen vervallen; het blijft niettemin een identiteitsdocument dat de "
                        "identiteit van " + who(c, lang) + " aantoont.",
                  "fr": " Ce passeport est périmé, mais il demeure un document d'identité établissant l'identité.",
                  "de": " Der Pass ist abgelaufen, bleibt aber ein Identitätsdokument.",
                  "en": " The passport has expired but it remains an identity document."}[lang]
        if k in ("untranslated", "translated"):
            s += {"nl": f" {P} voegt eveneens {po} geboorteakte toe{r('id2')}",
                  "fr": f" {P} joint aussi son acte de naissance{r('id2')}",
                  "de": f" {P} fügt auch {po} Geburtsurkunde bei{r('id2')}",
                  "en": f" {P} also encloses {po} birth certificate{r('id2')}"}[lang]
            s += ({"nl": f", met een beëdigde vertaling{r('id-tr')}.", "fr": f", avec sa traduction jurée{r('id-tr')}.",
                   "de": f", mit beeidigter Übersetzung{r('id-tr')}.", "en": f", with a sworn translation{r('id-tr')}."}
                  [lang] if k == "translated" else ".")
        return s
    if k == "idcard":
        return {"nl": f"{W} bewijst {po} identiteit met {po} nationale identiteitskaart{r('id')}.",
                "fr": f"{W} prouve son identité par sa carte nationale d'identité{r('id')}.",
                "de": f"{W} weist {po} Identität mit {po}m Personalausweis nach{r('id')}.",
                "en": f"My client proves {po} identity with {po} national identity card{r('id')}."}[lang]
    if k in ("pieces", "pieces-nophoto", "certificate", "declarative-cert", "single-piece"):
        items = [f"{annex_desc(c, kk, lang)}{r(kk)}" for kk, _ in c.annexes if kk.startswith("id")]
        conj = {"nl": " en ", "fr": " et ", "de": " und ", "en": " and "}[lang]
        lst = (", ".join(items[:-1]) + conj + items[-1]) if len(items) > 1 else (items[0] if items else "—")
        lead = {"nl": f"{W} heeft geen paspoort. {P} bewijst {po} identiteit met de volgende stukken: ",
                "fr": f"{W} n'a pas de passeport. {P} établit son identité par les pièces suivantes : ",
                "de": f"{W} besitzt keinen Reisepass. {P} weist {po} Identität mit folgenden Unterlagen nach: ",
                "en": f"My client has no passport. {P} proves {po} identity with the following: "}[lang]
        if k in ("certificate", "declarative-cert", "single-piece"):
            lead = {"nl": f"{W} bewijst {po} identiteit met: ", "fr": f"{W} établit son identité par : ",
                    "de": f"{W} weist {po} Identität nach mit: ", "en": f"My client proves {po} identity with: "}[lang]
        return lead + lst + "."
    if k in ("asylum", "asylum-noproof"):
        lodged = cd(c, c.asylum["lodged"], lang)
        s = {"nl": f"{W} heeft op {lodged} een verzoek om internationale bescherming ingediend, waarover nog geen "
                   f"definitieve beslissing is genomen. Daarom geldt de verplichting om de identiteit aan te tonen niet "
                   f"(artikel 9ter, § 2, derde lid)",
             "fr": f"{W} a introduit le {lodged} une demande de protection internationale sur laquelle aucune décision "
                   f"définitive n'a été prise. L'obligation de démontrer son identité ne s'applique donc pas (article "
                   f"9ter, § 2, alinéa 3)",
             "de": f"{W} hat am {lodged} internationalen Schutz beantragt; darüber ist noch nicht endgültig entschieden. "
                   f"Die Pflicht zum Identitätsnachweis gilt daher nicht (Artikel 9ter § 2 Absatz 3)",
             "en": f"My client applied for international protection on {lodged}; no final decision has been taken, so "
                   f"the duty to prove identity does not apply (Article 9ter § 2, third paragraph)"}[lang]
        if k == "asylum":
            s += {"nl": f"; het bewijs daarvan gaat als bijlage{r('asylum')}.", "fr": f" ; la preuve en est jointe{r('asylum')}.",
                  "de": f"; der Nachweis liegt bei{r('asylum')}.", "en": f"; proof is enclosed{r('asylum')}."}[lang]
        else:
            s += "."
        return s
    if k == "declaration":
        return {"nl": f"{W} beschikt over geen enkel identiteitsdocument. {P} verklaart op eer wie {pron(c, lang)} is"
                      f"{r('id')}.",
                "fr": f"{W} ne possède aucun document d'identité. {P} déclare sur l'honneur son identité{r('id')}.",
                "de": f"{W} besitzt keinerlei Ausweis. {P} erklärt {po} Identität ehrenwörtlich{r('id')}.",
                "en": f"My client has no identity document at all and declares {po} identity on honour{r('id')}."}[lang]
    return {"nl": f"{W} heeft een nieuw paspoort aangevraagd bij de ambassade; het wordt u bezorgd zodra het is "
                  f"afgegeven.",
            "fr": f"{W} a sollicité un nouveau passeport auprès de son ambassade ; il vous sera transmis dès sa délivrance.",
            "de": f"{W} hat bei der Botschaft einen neuen Reisepass beantragt; er wird nach Ausstellung nachgereicht.",
            "en": "My client has applied to the embassy for a new passport; it will be sent to you once issued."}[lang]


def s_medical(c: Case, lang: str, word: str | None = None) -> str:
    t = ill(c, lang)
    W = who(c, lang, True)
    doc = c.doctor
    spec = SPECIALTY[doc.spec][lang]
    meds = ", ".join(t["meds"])
    cdate = fd(c.cert_date, c.cert_date_style, lang)
    if "medcert_absent" in c.flags:
        tail = {"nl": f" Zie het verslag van {doc.name()}{ref(c, 'medstat', lang, word)}.",
                "fr": f" Voir le rapport du {doc.name()}{ref(c, 'medstat', lang, word)}.",
                "de": f" Siehe den Bericht von {doc.name()}{ref(c, 'medstat', lang, word)}.",
                "en": f" See the report of {doc.name()}{ref(c, 'medstat', lang, word)}."}[lang]
    else:
        tail = {"nl": f" Dit blijkt uit het standaard medisch getuigschrift dat {doc.name()} ({spec}) op {cdate} "
                      f"opstelde{ref(c, 'medcert', lang, word)}.",
                "fr": f" C'est ce qu'atteste le certificat médical type établi le {cdate} par le {doc.name()} "
                      f"({spec}){ref(c, 'medcert', lang, word)}.",
                "de": f" Dies ergibt sich aus dem standardisierten ärztlichen Attest, das {doc.name()} ({spec}) am "
                      f"{cdate} ausgestellt hat{ref(c, 'medcert', lang, word)}.",
                "en": f" This is set out in the standard medical certificate completed by {doc.name()} ({spec}) on "
                      f"{cdate}{ref(c, 'medcert', lang, word)}."}[lang]
        if c.annex_no("medstat"):
            tail += {"nl": f" Een recent verslag van de behandelende specialist is bijgevoegd{ref(c, 'medstat', lang, word)}.",
                     "fr": f" Un rapport récent du spécialiste traitant est joint{ref(c, 'medstat', lang, word)}.",
                     "de": f" Ein aktueller Facharztbericht liegt bei{ref(c, 'medstat', lang, word)}.",
                     "en": f" A recent specialist report is enclosed{ref(c, 'medstat', lang, word)}."}[lang]
    name = t["name"][0].lower() + t["name"][1:] if t["name"][1:2].islower() else t["name"]
    return {"nl": f"{W} lijdt aan {name}. Ernst: {t['severity']} Behandeling: {meds}; {t['intervention'][0].lower()}"
                  f"{t['intervention'][1:]} Zonder behandeling: {t['consequences']}{tail}",
            "fr": f"{W} est atteint{'e' if c.fem else ''} de la pathologie suivante : {name}. Gravité : {t['severity']} "
                  f"Traitement : {meds}. {t['intervention']} En cas d'arrêt : {t['consequences']}{tail}",
            "de": f"{W} leidet an folgender Erkrankung: {t['name']}. Schweregrad: {t['severity']} Behandlung: {meds}. "
                  f"{t['intervention']} Bei Abbruch: {t['consequences']}{tail}",
            "en": f"My client suffers from {name}. Severity: {t['severity']} Treatment: {meds}. {t['intervention']} "
                  f"If treatment stops: {t['consequences']}{tail}"}[lang]


def s_coi(c: Case, lang: str, word: str | None = None) -> str:
    o = BC[c.origin()]
    il = ILLNESSES[c.illness]
    drug = il["drug_l"].get(lang, il["drug"]) if lang != "en" else il["drug"]
    cn = country(c.origin(), lang)
    st = ref(c, "coi", lang, word)
    ins = o.get("insurance_" + lang, o["insurance_en"])
    return {"nl": f"De noodzakelijke zorg ({drug}) is in {cn} alleen in de hoofdstad te vinden, in {o['hospital']}, "
                  f"en dan nog met onderbrekingen in de bevoorrading{st}. Een maand behandeling kost ongeveer "
                  f"{il['cost']}; het gemiddelde maandloon bedraagt er {o['wage']}. {ins} De behandeling is voor "
                  f"{who(c, lang)} dus feitelijk niet toegankelijk.",
            "fr": f"Les soins nécessaires ({drug}) ne se trouvent {_b9.FR_IN.get(c.origin(), 'en ' + cn)} que dans la "
                  f"capitale, à {o['hospital']}, avec des ruptures d'approvisionnement{st}. Un mois de traitement coûte "
                  f"environ {il['cost']}, pour un salaire mensuel moyen de {o['wage']}. {ins} Le traitement n'est "
                  f"donc pas accessible à {who(c, lang)}.",
            "de": f"Die notwendige Behandlung ({drug}) gibt es {_b9.DE_IN.get(c.origin(), 'in ' + cn)} nur in der "
                  f"Hauptstadt, im {o['hospital']}, und auch dort mit Lieferengpässen{st}. Ein Behandlungsmonat kostet "
                  f"etwa {il['cost']} bei einem Durchschnittslohn von {o['wage']}. {ins} Die Behandlung ist daher "
                  f"nicht zugänglich.",
            "en": f"The treatment required ({drug}) is found in {cn} only in the capital, at {o['hospital']}, and with "
                  f"recurrent stock-outs{st}. One month costs about {il['cost']}, against an average monthly wage of "
                  f"{o['wage']}. {ins} The treatment is therefore not accessible to my client."}[lang]


def s_family(c: Case, lang: str, word: str | None = None) -> str | None:
    if not c.family:
        return None
    out = []
    for i, m in enumerate(c.family):
        q = m.p
        bc = cc_of(q.birth_country, q.nationality)
        bp = f"{q.birth_place} ({country(bc, lang)})"
        bd = cd(c, q.birth_date, lang)
        st = ref(c, f"fam{i}", lang, word)
        if lang == "nl":
            rel = ("echtgenote" if q.sex == "F" else "echtgenoot") if m.rel == "spouse" else (
                "dochter" if q.sex == "F" else "zoon")
            out.append(f"{poss(c, lang)} {rel} {nm(q, c.name_style)}, geboren op {bd} te {bp}, "
                       f"{adj(q.nationality, 'nl')} onderdaan{st}")
        elif lang == "fr":
            rel = ("son épouse" if q.sex == "F" else "son époux") if m.rel == "spouse" else (
                "sa fille" if q.sex == "F" else "son fils")
            out.append(f"{rel} {nm(q, c.name_style)}, né{'e' if q.sex == 'F' else ''} le {bd} à {bp}, de nationalité "
                       f"{adj(q.nationality, 'fr')}{st}")
        elif lang == "de":
            rel = ("Ehefrau" if q.sex == "F" else "Ehemann") if m.rel == "spouse" else ("Tochter" if q.sex == "F"
                                                                                      else "Sohn")
            out.append(f"{poss(c, lang)} {rel} {nm(q, c.name_style)}, geboren am {bd} in {bp}{st}")
        else:
            rel = ("wife" if q.sex == "F" else "husband") if m.rel == "spouse" else ("daughter" if q.sex == "F" else "son")
            out.append(f"{poss(c, lang)} {rel} {nm(q, c.name_style)}, born on {bd} in {bp}{st}")
    lst = "; ".join(out)
    return {"nl": f"De aanvraag geldt ook voor de gezinsleden die met {who(c, lang)} samenwonen: {lst}.",
            "fr": f"La demande vaut également pour les membres de la famille qui vivent avec {who(c, lang)} : {lst}.",
            "de": f"Der Antrag gilt auch für die Familienangehörigen, die mit {'ihr' if c.fem else 'ihm'} "
                  f"zusammenleben: {lst}.",
            "en": f"The application also covers the family members who live with my client: {lst}."}[lang]


def s_history(c: Case, lang: str) -> str | None:
    parts = []
    a = c.asylum
    if a and a.get("status") == "refused":
        d = cd(c, a["refused_on"], lang)
        parts.append({"nl": f"Het verzoek om internationale bescherming werd op {d} door het CGVS geweigerd.",
                      "fr": f"La demande de protection internationale a été refusée par le CGRA le {d}.",
                      "de": f"Der Antrag auf internationalen Schutz wurde am {d} vom GKFS abgelehnt.",
                      "en": f"The application for international protection was refused by the CGRS on {d}."}[lang])
    if c.previous_9ter:
        d = cd(c, c.previous_9ter, lang)
        rf = f"{(c.seed % 7_000_000) + 2_000_000}"
        parts.append({"nl": f"Op {d} werd reeds een aanvraag op grond van artikel 9ter ingediend (uw ref. {rf}); zij is "
                            f"nog hangende. Met de huidige aanvraag ziet {who(c, lang)} af van die vorige aanvraag; "
                            f"alle relevante gegevens worden hier herhaald.",
                      "fr": f"Une demande fondée sur l'article 9ter a déjà été introduite le {d} (votre réf. {rf}) et "
                            f"est toujours pendante. Par la présente, {who(c, lang)} se désiste de cette demande "
                            f"antérieure ; tous les éléments utiles sont repris ci-dessus.",
                      "de": f"Am {d} wurde bereits ein Antrag nach Artikel 9ter gestellt (Ihr Zeichen {rf}), über den "
                            f"noch nicht entschieden ist. Mit diesem Antrag wird auf den früheren verzichtet; alle "
                            f"Angaben werden hier wiederholt.",
                      "en": f"A 9ter application was already lodged on {d} (your ref. {rf}) and is still pending. By "
                            f"this application my client withdraws it; everything relevant is repeated here."}[lang])
    return " ".join(parts) if parts else None


def s_request(c: Case, lang: str) -> str:
    return {"nl": f"Ik verzoek u dan ook {who(c, lang)} op grond van artikel 9ter van de wet van 15 december 1980 te "
                  f"machtigen tot een verblijf van meer dan drie maanden.",
            "fr": f"Je vous prie dès lors d'autoriser {who(c, lang)} au séjour de plus de trois mois sur la base de "
                  f"l'article 9ter de la loi du 15 décembre 1980.",
            "de": f"Ich beantrage daher, {'meiner Mandantin' if c.fem else 'meinem Mandanten'} nach Artikel 9ter des "
                  f"Gesetzes vom 15. Dezember 1980 den Aufenthalt von mehr als drei Monaten zu erlauben.",
            "en": "I therefore ask you to authorise my client to stay for more than three months under Article 9ter "
                  "of the Law of 15 December 1980."}[lang]


DVZ = {"nl": ["Dienst Vreemdelingenzaken", "Dienst Medisch Verblijf (9ter)", "Pachecolaan 44", "1000 Brussel"],
       "fr": ["Office des Étrangers", "Bureau 9ter - Séjour médical", "Boulevard Pachéco 44", "1000 Bruxelles"],
       "de": ["Ausländeramt - Dienst Vreemdelingenzaken", "Medizinischer Aufenthalt (9ter)", "Pachecolaan 44",
              "1000 Brüssel"],
       "en": ["Immigration Office (DVZ / OE)", "Medical Residence Unit", "Pachecolaan 44", "1000 Brussels"]}


# =========================================================================== a small page-flow engine

class Pager:
    """Writes a letter from top to bottom over as many pages as it takes; ``tags`` records on which page (1-based)
    each named part begins."""

    def __init__(self, make_page, *, left=24.0, right=186.0, bottom=270.0, font=NRM, size=10.5, lead=1.38):
        self.make_page = make_page
        self.left, self.right, self.bottom = left, right, bottom
        self.font, self.size, self.lead = font, size, lead
        self.sheets: list[Sheet] = []
        self.tags: dict[str, int] = {}
        self.y = 0.0
        self.new()

    def new(self) -> None:
        sh, top = self.make_page(len(self.sheets))
        self.sheets.append(sh)
        self.y = top

    @property
    def sh(self) -> Sheet:
        return self.sheets[-1]

    @property
    def page(self) -> int:
        return len(self.sheets)

    def tag(self, k: str) -> None:
        self.tags.setdefault(k, self.page)

    def need(self, h: float) -> None:
        if self.y + h > self.bottom:
            self.new()

    def space(self, h: float) -> None:
        self.y += h

    def lh(self, size=None) -> float:
        return (size or self.size) * 0.3528 * self.lead

    def line(self, s: str, *, x=None, font=None, size=None, color=BLACK, anchor="left", gap=0.0) -> None:
        font, size = font or self.font, size or self.size
        self.need(self.lh(size))
        tx(self.sh, self.left if x is None else x, self.y, s, font=font, size=size, color=color, anchor=anchor)
        self.y += self.lh(size) + gap

    def text(self, s: str, *, font=None, size=None, indent=0.0, gap=2.4, align="left", color=BLACK, tag=None,
             hang: str | None = None, keep=2) -> None:
        font, size = font or self.font, size or self.size
        s = safe(s, font)
        x = self.left + indent
        width = self.right - x
        lines = self.sh.wrap(s, width, font=font, size_pt=size)
        lh = self.lh(size)
        self.need(lh * min(keep, len(lines)))
        if tag:
            self.tag(tag)
        if hang:
            tx(self.sh, self.left, self.y, hang, font=font, size=size, color=color)
        for i, ln in enumerate(lines):
            if self.y + lh > self.bottom:
                self.new()
            if align == "justify" and i < len(lines) - 1 and " " in ln.strip():
                words = ln.split()
                ws = [tw(w, font, size) for w in words]
                g = (width - sum(ws)) / (len(words) - 1)
                xx = x
                for w, ww in zip(words, ws):
                    tx(self.sh, xx, self.y, w, font=font, size=size, color=color)
                    xx += ww + g
            elif align == "center":
                tx(self.sh, x + width / 2, self.y, ln, font=font, size=size, color=color, anchor="center")
            else:
                tx(self.sh, x, self.y, ln, font=font, size=size, color=color)
            self.y += lh
        self.y += gap


def page_numbers(sheets: list[Sheet], fmt: str, *, y=287.0, x=105.0, font=NSN, size=8.0, anchor="center") -> None:
    n = len(sheets)
    if n < 2:
        return
    for i, sh in enumerate(sheets):
        tx(sh, x, y, fmt.format(i=i + 1, n=n), font=font, size=size, color=GREY, anchor=anchor)


# =========================================================================== applications

HEADS = {"nl": ["Verblijfplaats en woonplaatskeuze", "Identiteit", "Medische toestand",
                "Zorg in het land van herkomst", "Gezinsleden", "Eerdere procedures"],
         "fr": ["RÉSIDENCE ET ÉLECTION DE DOMICILE", "IDENTITÉ", "SITUATION MÉDICALE",
                "DISPONIBILITÉ ET ACCESSIBILITÉ DES SOINS", "MEMBRES DE LA FAMILLE", "PROCÉDURES ANTÉRIEURES"],
         "de": ["Wohnsitz und Zustellungsanschrift", "Identität", "Gesundheitszustand",
                "Behandlung im Herkunftsland", "Familienangehörige", "Frühere Verfahren"],
         "en": ["Residence and address for service", "Identity", "Medical condition",
                "Care in the country of origin", "Family members", "Earlier procedures"]}


def _body(pg: Pager, c: Case, lang: str, *, head, align="justify", word=None) -> None:
    """The application's reasoned parts, each under a heading drawn by ``head(i)``."""
    head(0)
    dom = s_domicile(c, lang)
    pg.text(s_residence(c, lang) + (" " + dom if dom else ""), align=align, tag="residence")
    head(1)
    pg.text(s_identity(c, lang, word), align=align, tag="identity")
    head(2)
    pg.text(s_medical(c, lang, word), align=align, tag="medical")
    if c.coi_in_app and "no_coi" not in c.flags:
        head(3)
        pg.text(s_coi(c, lang, word), align=align, tag="coi")
    fam = s_family(c, lang, word)
    if fam:
        head(4)
        pg.text(fam, align=align, tag="family")
    hist = s_history(c, lang)
    if hist:
        head(5)
        pg.text(hist, align=align, tag="parallel")


def app_nl_letter(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """Flemish lawyer's letter in P052 (Palatino): the office's name letter-spaced in capitals at the top left with
    a thin rule under it and the lawyer's details in a grey line; DVZ's address at the RIGHT under 'Per
    aangetekende zending'; references in a two-cell row; personal data in the first paragraph's prose; numbered
    headings '1.' to '6.'; 'Hoogachtend,' then the signature ABOVE the typed name and 'advocaat'; the inventory on
    a separate last page as a ruled table; page numbers '- n -' at the foot."""
    L = c.lawyer
    lang = "nl"

    def page(i):
        sh = Sheet()
        if i == 0:
            tx(sh, 24, 14, L["firm"].upper(), font=PAL_B, size=12, sp=0.8)
            sh.rule(24, 21, 186, 21, width_mm=0.2, color=GREY)
            tx(sh, 24, 23, f"{L['street']}  ·  {L['pc']} {L['city']}  ·  {L['tel']}  ·  {L['mail']}", font=PAL,
               size=7.6, color=GREY)
            return sh, 38
        tx(sh, 186, 12, f"{nm(c.p, 'SURNAME Given')} - 9ter", font=PAL_I, size=8, color=GREY, anchor="right")
        return sh, 24

    pg = Pager(page, font=PAL, size=10.5)
    y0 = pg.y
    tx(pg.sh, 112, y0, "Per aangetekende zending", font=PAL_I, size=9.5)
    for i, s in enumerate(DVZ["nl"]):
        tx(pg.sh, 112, y0 + 6 + i * 4.8, s, font=PAL, size=10.5)
    pg.y = y0 + 36
    refno = f"{c.app_date.year}/{c.seed % 8000 + 1000}"
    box(pg.sh, 24, pg.y, 80, 11, lw=0.2, color=GREY)
    box(pg.sh, 104, pg.y, 82, 11, lw=0.2, color=GREY)
    tx(pg.sh, 26, pg.y + 1.2, "Ons kenmerk", font=PAL_I, size=7.5, color=GREY)
    tx(pg.sh, 26, pg.y + 5.2, refno, font=PAL, size=9.5)
    tx(pg.sh, 106, pg.y + 1.2, "Plaats en datum", font=PAL_I, size=7.5, color=GREY)
    tx(pg.sh, 106, pg.y + 5.2, f"{L['city']}, {dlong(c.app_date, 'nl')}", font=PAL, size=9.5)
    pg.y += 17
    pg.text("Betreft: aanvraag tot machtiging tot verblijf op grond van artikel 9ter van de wet van 15 december "
            f"1980 - {nm(c.p, c.name_style)}", font=PAL_B, gap=4)
    pg.text("Mevrouw, Mijnheer,", gap=3)
    pg.text(f"Als advocaat van {s_person(c, lang)}, dien ik hierbij namens {poss(c, lang)} een aanvraag in om "
            f"machtiging tot verblijf wegens medische redenen.", align="justify", tag="personal")
    k = [0]

    def head(i):
        k[0] += 1
        pg.text(f"{k[0]}.  {HEADS[lang][i]}", font=PAL_B, gap=1.2, keep=3)

    _body(pg, c, lang, head=head)
    pg.text(s_request(c, lang), align="justify", gap=4)
    pg.need(44)
    pg.text("Hoogachtend,", gap=2)
    pg.tag("signature")
    y = pg.y
    if "unsigned" not in c.flags:
        sign(pg.sh, 26, y, rng, color=rng.choice([INK_BLUE, INK_BLACK]))
    tx(pg.sh, 24, y + 17, f"{L['first']} {L['last']}", font=PAL, size=10.5)
    tx(pg.sh, 24, y + 22, "advocaat", font=PAL_I, size=9.5)
    pg.y = y + 30
    rows = annex_rows(c, lang)
    if rows:
        pg.new()
        pg.tag("inventory")
        pg.text("INVENTARIS VAN DE STUKKEN", font=PAL_B, size=11.5, gap=4)
        y = pg.y
        box(pg.sh, 24, y, 162, 7, lw=0.25, fill=(232, 232, 232))
        tx(pg.sh, 26, y + 1.5, "Stuk", font=PAL_B, size=9.5)
        tx(pg.sh, 40, y + 1.5, "Omschrijving", font=PAL_B, size=9.5)
        tx(pg.sh, 170, y + 1.5, "Blz.", font=PAL_B, size=9.5)
        y += 7
        for n, d, p in rows:
            box(pg.sh, 24, y, 162, 7, lw=0.25)
            tx(pg.sh, 26, y + 1.5, str(n), font=PAL, size=9.5)
            tx(pg.sh, 40, y + 1.5, d, font=PAL, size=fit(d, 126, PAL, 9.5))
            tx(pg.sh, 170, y + 1.5, str(p), font=PAL, size=9.5)
            y += 7
        pg.y = y
    page_numbers(pg.sheets, "- {i} -", font=PAL, size=9)
    return pg.sheets, pg.tags


def app_fr_requete(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """Walloon or Brussels avocat's 'requête' in C059 (Century): the cabinet centred at the top with a double rule,
    'RECOMMANDÉ' in a small frame at the top left, the Office's address in a block at the left, 'OBJET' in bold
    capitals, Roman-numbered headings in capitals, the personal data in prose in the first paragraph; 'PAR CES
    MOTIFS' before the request; the signature placed to the RIGHT of 'Pour le requérant, son conseil', the
    cabinet's rectangular stamp under it; the inventory as a numbered list after the signature; 'p. n/N' footers."""
    L = c.lawyer
    lang = "fr"

    def page(i):
        sh = Sheet()
        if i == 0:
            tx(sh, 105, 12, L["firm"], font=CEN_B, size=15, anchor="center")
            tx(sh, 105, 19.5, "Avocats au barreau de " + L["city"], font=CEN_I, size=9, anchor="center")
            sh.rule(30, 25, 180, 25, width_mm=0.5)
            sh.rule(30, 26.2, 180, 26.2, width_mm=0.15)
            tx(sh, 105, 28, f"{L['street']} - {L['pc']} {L['city']} - Tél. {L['tel']}", font=CEN, size=7.8,
               anchor="center", color=GREY)
            return sh, 40
        return sh, 20

    pg = Pager(page, font=CEN, size=10.2, left=22, right=188)
    box(pg.sh, 22, pg.y, 34, 8, lw=0.4)
    tx(pg.sh, 39, pg.y + 1.6, "RECOMMANDÉ", font=CEN_B, size=9.5, anchor="center")
    pg.y += 13
    for s in DVZ["fr"]:
        pg.line(s)
    pg.space(6)
    pg.line(f"{L['city']}, le {dlong(c.app_date, 'fr')}", x=188, anchor="right", gap=4)
    pg.text(f"N/Réf. : {c.seed % 9000 + 1000}/{c.app_date.year % 100}", size=9, gap=1)
    pg.text("OBJET : DEMANDE D'AUTORISATION DE SÉJOUR - ARTICLE 9ter DE LA LOI DU 15 DÉCEMBRE 1980", font=CEN_B,
            gap=4)
    pg.text("Madame, Monsieur,", gap=3)
    pg.text(f"J'ai l'honneur d'introduire, au nom de {s_person(c, lang)}, la présente demande d'autorisation de "
            f"séjour pour raisons médicales.", align="justify", tag="personal")
    romans = ["I.", "II.", "III.", "IV.", "V.", "VI."]
    k = [0]

    def head(i):
        pg.text(f"{romans[k[0]]}  {HEADS[lang][i]}", font=CEN_B, size=10, gap=1.4, keep=3)
        k[0] += 1

    _body(pg, c, lang, head=head)
    pg.text("PAR CES MOTIFS,", font=CEN_B, gap=1.5)
    pg.text(s_request(c, lang), align="justify", gap=3)
    pg.text("Je vous prie d'agréer, Madame, Monsieur, l'assurance de ma considération distinguée.", gap=6)
    pg.need(40)
    pg.tag("signature")
    y = pg.y
    lab = f"Pour {'la requérante' if c.fem else 'le requérant'}, son conseil,"
    tx(pg.sh, 22, y + 4, lab, font=CEN, size=10.2)
    if "unsigned" not in c.flags:
        sign(pg.sh, 24 + tw(lab, CEN, 10.2) + 4, y - 2, rng, color=INK_BLUE)
        stamp(pg.sh, 90, y + 12, [L["firm"], f"{L['first']} {L['last']}", f"{L['pc']} {L['city']}"], rng,
              shape="rect", color=ST_BLUE, size=42)
    tx(pg.sh, 22, y + 10, f"Me {L['first']} {L['last']}", font=CEN_I, size=10)
    pg.y = y + 34
    rows = annex_rows(c, lang)
    if rows:
        pg.tag("inventory")
        pg.text("INVENTAIRE DES PIÈCES", font=CEN_B, gap=2)
        for n, d, p in rows:
            pg.text(f"{d} ({p} p.)", hang=f"{n}.", indent=8, gap=0.6, size=9.8)
    page_numbers(pg.sheets, "p. {i}/{n}", font=CEN, x=188, anchor="right")
    return pg.sheets, pg.tags


def app_de_antrag(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """German-language letter of a lawyer in the German-speaking Community (Eupen/Sankt Vith), in Nimbus Sans:
    the Kanzlei's block at the top RIGHT, 'Einschreiben' underlined above the address at the left, 'Betrifft:' in
    bold, bold unnumbered headings, personal data in the first paragraph; 'Mit freundlichen Grüßen', the
    signature at the LEFT with the typed name and 'Rechtsanwalt' under it; 'Anlagen:' numbered under the
    signature; grey paper copy."""
    L = c.lawyer
    lang = "de"

    def page(i):
        sh = Sheet(paper="grey")
        if i == 0:
            for j, s in enumerate([f"Kanzlei {L['last']}", f"{L['first']} {L['last']}", L["street"],
                                   f"B-{L['pc']} {L['city']}", f"Tel. {L['tel']}", L["mail"]]):
                tx(sh, 188, 12 + j * 4.3, s, font=NSN_B if j == 0 else NSN, size=9 if j else 11, anchor="right")
            return sh, 44
        return sh, 20

    pg = Pager(page, font=NSN, size=10, left=22, right=188)
    tx(pg.sh, 22, pg.y, "Einschreiben", font=NSN_B, size=10)
    pg.sh.rule(22, pg.y + 4.6, 22 + tw("Einschreiben", NSN_B, 10), pg.y + 4.6, width_mm=0.25)
    pg.y += 7
    for s in DVZ["de"]:
        pg.line(s)
    pg.space(5)
    pg.line(f"{L['city']}, den {dlong(c.app_date, 'de')}", x=188, anchor="right", gap=4)
    pg.text("Betrifft: Antrag auf Aufenthaltserlaubnis aus medizinischen Gründen (Artikel 9ter des Gesetzes vom "
            "15. Dezember 1980)", font=NSN_B, gap=4)
    pg.text("Sehr geehrte Damen und Herren,", gap=3)
    pg.text(f"im Namen von {s_person(c, lang)} stelle ich hiermit einen Antrag auf Aufenthaltserlaubnis aus "
            f"medizinischen Gründen.", tag="personal")

    def head(i):
        pg.text(HEADS[lang][i], font=NSN_B, gap=1, keep=3)

    _body(pg, c, lang, head=head, align="left")
    pg.text(s_request(c, lang), gap=4)
    pg.need(46)
    pg.text("Mit freundlichen Grüßen", gap=2)
    pg.tag("signature")
    y = pg.y
    if "unsigned" not in c.flags:
        sign(pg.sh, 22, y, rng, color=INK_NAVY)
    tx(pg.sh, 22, y + 17, f"{L['first']} {L['last']}", font=NSN, size=10)
    tx(pg.sh, 22, y + 21.5, "Rechtsanwältin" if L["sex"] == "F" else "Rechtsanwalt", font=NSN, size=9, color=DARK)
    pg.y = y + 30
    rows = annex_rows(c, lang)
    if rows:
        pg.tag("inventory")
        pg.text("Anlagen:", font=NSN_B, gap=1)
        for n, d, _p in rows:
            pg.text(d, hang=f"{n}.", indent=7, gap=0.3, size=9.5)
    page_numbers(pg.sheets, "Seite {i} von {n}", font=NSN)
    return pg.sheets, pg.tags


def app_en_letter(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """An application written in English by a volunteer of a Brussels legal-aid clinic, in Carlito: clinic name in
    a coloured band, 'Registered letter' at the right, plain headings, the personal data in prose, signed at the
    end beside the typed name; enclosures in a bulleted list."""
    lang = "en"

    def page(i):
        sh = Sheet()
        if i == 0:
            tint(sh, 0, 0, 210, 16, (40, 90, 120))
            tx(sh, 20, 4.5, "Brussels Migrant Health Legal Clinic", font=CAR_B, size=13, color=(255, 255, 255))
            tx(sh, 190, 5.5, "volunteer-run  ·  free advice", font=CAR_I, size=8.5, color=(230, 235, 240), anchor="right")
            return sh, 26
        return sh, 18

    pg = Pager(page, font=CAR, size=10.5, left=20, right=190)
    pg.line("Registered letter", x=190, anchor="right", font=CAR_B)
    for s in DVZ["en"]:
        pg.line(s)
    pg.space(4)
    pg.line(f"Brussels, {dlong(c.app_date, 'en')}", gap=4)
    pg.text("Re: application for leave to stay on medical grounds (Article 9ter, Law of 15 December 1980)",
            font=CAR_B, gap=3)
    pg.text("Dear Sir or Madam,", gap=3)
    pg.text(f"On behalf of {s_person(c, lang)}, and in agreement with {poss(c, lang)} lawyer "
            f"{lawyer_name(c, lang)}, I submit this application.", tag="personal")

    def head(i):
        pg.text(HEADS[lang][i], font=CAR_B, gap=1, keep=3)

    _body(pg, c, lang, head=head, align="left")
    pg.text(s_request(c, lang), gap=4)
    pg.need(30)
    pg.text("Yours faithfully,", gap=4)
    pg.tag("signature")
    y = pg.y
    vol = rng.choice(["Hannah Peeters", "Tom Janssens", "Sara El Amrani", "Lucas Dubois"])
    tx(pg.sh, 20, y + 6, vol + ", volunteer", font=CAR, size=10.5)
    if "unsigned" not in c.flags:
        sign(pg.sh, 22 + tw(vol + ", volunteer", CAR, 10.5) + 3, y, rng, color=INK_BLUE)
    pg.y = y + 18
    rows = annex_rows(c, lang)
    if rows:
        pg.tag("inventory")
        pg.text("Enclosures", font=CAR_B, gap=1)
        for _n, d, _p in rows:
            pg.text(f"{d}", hang="•", indent=5, gap=0.3, size=10)
    return pg.sheets, pg.tags


def _form_line(sh: Sheet, x, y, w, label, value, rng, *, hand, lf=FSA, size=7.6, h=11.5) -> None:
    tx(sh, x, y, label, font=lf, size=size, color=DARK)
    box(sh, x, y + 3.4, w, h - 4, lw=0.3, color=(80, 80, 80))
    if value:
        pen(sh, x + 1.8, y + 4.2, value, rng, font=hand, size=11.5, width=w - 3, caps=True)


def app_nl_form(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """Intake form 'Aanvraag medische regularisatie (9ter)' of a Flemish welfare service (CAW), printed in FreeSans
    with each label ABOVE its box, filled in by the social worker in ballpoint capitals; the identity evidence and
    previous procedures as tick boxes; page 2 carries the medical summary, the care abroad, the annexes and, at
    the bottom left, the applicant's signature box with 'Handtekening aanvrager' under it."""
    hand = rng.choice([H_DKGB, H_DKG, H_BREIP])
    lang = "nl"
    p = c.p
    tags: dict[str, int] = {}
    s1, s2 = Sheet(), Sheet()
    for i, sh in enumerate((s1, s2)):
        tint(sh, 0, 0, 210, 11, (0, 110, 120))
        tx(sh, 14, 3, "CAW Oost-Vlaanderen - Vreemdelingendienst", font=FSA_B, size=10, color=(255, 255, 255))
        tx(sh, 196, 3.5, f"blad {i + 1}/2", font=FSA, size=8, color=(255, 255, 255), anchor="right")
    tx(s1, 14, 16, "AANVRAAG MEDISCHE REGULARISATIE (ART. 9TER)", font=FSA_B, size=14)
    tx(s1, 14, 23, "in te vullen door de maatschappelijk werker samen met de aanvrager", font=FSA, size=8.5,
       color=GREY)
    tx(s1, 14, 31, "1. PERSOONSGEGEVENS", font=FSA_B, size=10, color=(0, 110, 120))
    tags["personal"] = 1
    nobp, nonat = "no_birthplace" in c.flags, "no_nationality" in c.flags
    bc = cc_of(p.birth_country, p.nationality)
    _form_line(s1, 14, 36, 88, "Familienaam", p.surname, rng, hand=hand)
    _form_line(s1, 106, 36, 90, "Voornamen", p.given_names, rng, hand=hand)
    _form_line(s1, 14, 48, 56, "Geboortedatum", cd(c, p.birth_date, lang), rng, hand=hand)
    _form_line(s1, 74, 48, 60, "Geboorteplaats", "" if nobp else p.birth_place, rng, hand=hand)
    _form_line(s1, 138, 48, 58, "Geboorteland", "" if nobp else country(bc, "nl"), rng, hand=hand)
    _form_line(s1, 14, 60, 88, "Nationaliteit", "" if nonat else country(p.nationality, "nl"), rng, hand=hand)
    _form_line(s1, 106, 60, 90, "Rijksregisternummer of OV-nummer", c.nrn or f"OV {c.ov}", rng, hand=hand)
    tx(s1, 14, 76, "2. ADRES", font=FSA_B, size=10, color=(0, 110, 120))
    tags["residence"] = 1
    _form_line(s1, 14, 81, 182, "Adres waar de aanvrager effectief verblijft (straat, nr., bus, postcode, gemeente)",
               "" if "no_address" in c.flags else addr(c, lang), rng, hand=hand)
    _form_line(s1, 14, 93, 182, "Gekozen woonplaats (adres voor alle briefwisseling van DVZ)",
               domicile_value(c, lang), rng, hand=hand)
    tx(s1, 14, 109, "3. IDENTITEIT", font=FSA_B, size=10, color=(0, 110, 120))
    tags["identity"] = 1
    k = c.id_kind
    opts = ["paspoort", "identiteitskaart", "andere bewijsstukken (zie bijlagen)", "vrijgesteld: asielprocedure loopt",
            "nog geen document"]
    chosen = {0 if k.startswith("passport") or k in ("untranslated", "translated") else 1 if k == "idcard" else
              2 if k in ("pieces", "pieces-nophoto", "certificate", "declarative-cert", "single-piece", "declaration")
              else 3 if k.startswith("asylum") else 4}
    y = 115
    for i, o in enumerate(opts):
        s1.checkbox(16, y, 3.8, checked=i in chosen, rng=rng, ink=INK_BLUE)
        tx(s1, 22, y + 0.2, o, font=FSA, size=9)
        y += 5.6
    y = pen_lines(s1, 16, y + 2, 178, s_identity(c, lang, "bijlage"), rng, font=hand, size=10.5, lh=5.8, max_lines=5)
    tx(s1, 14, y + 4, "4. GEZINSLEDEN DIE MEE DE AANVRAAG DOEN", font=FSA_B, size=10, color=(0, 110, 120))
    y += 9
    for j, hd in enumerate(["Naam en voornaam", "Band", "Geboortedatum", "Geboorteplaats", "Bijlage"]):
        tx(s1, [14, 74, 104, 134, 176][j], y, hd, font=FSA_B, size=8)
    y += 4.5
    for i in range(3):
        box(s1, 14, y, 182, 8, lw=0.2)
        if i < len(c.family):
            m = c.family[i]
            tags["family"] = 1
            vals = [nm(m.p, "Surname Given"), {"spouse": "echtgeno(o)t(e)", "child": "kind"}[m.rel],
                    cd(c, m.p.birth_date, lang), m.p.birth_place, ref(c, f"fam{i}", lang, "").strip(" ()") or "-"]
            for j, v in enumerate(vals):
                pen(s1, [15, 75, 105, 135, 177][j], y + 0.8, v, rng, font=hand, size=10, width=[58, 28, 28, 40, 18][j])
        y += 8
    # page 2
    tx(s2, 14, 17, "5. MEDISCHE TOESTAND (samenvatting - zie standaard medisch getuigschrift)", font=FSA_B, size=10,
       color=(0, 110, 120))
    tags["medical"] = 2
    y = pen_lines(s2, 16, 24, 178, s_medical(c, lang, "bijlage"), rng, font=hand, size=10.5, lh=5.8, max_lines=9)
    tx(s2, 14, y + 3, "6. BEHANDELING IN HET LAND VAN HERKOMST", font=FSA_B, size=10, color=(0, 110, 120))
    y += 9
    if c.coi_in_app and "no_coi" not in c.flags:
        tags["coi"] = 2
        y = pen_lines(s2, 16, y, 178, s_coi(c, lang, "bijlage"), rng, font=hand, size=10.5, lh=5.8, max_lines=7)
    else:
        y += 8
    tx(s2, 14, y + 3, "7. EERDERE PROCEDURES", font=FSA_B, size=10, color=(0, 110, 120))
    y += 9
    hist = s_history(c, lang)
    s2.checkbox(16, y, 3.8, checked=hist is None, rng=rng, ink=INK_BLUE)
    tx(s2, 22, y + 0.2, "geen", font=FSA, size=9)
    s2.checkbox(40, y, 3.8, checked=hist is not None, rng=rng, ink=INK_BLUE)
    tx(s2, 46, y + 0.2, "ja, namelijk:", font=FSA, size=9)
    y += 6
    if hist:
        tags["parallel"] = 2
        y = pen_lines(s2, 16, y, 178, hist, rng, font=hand, size=10.5, lh=5.8, max_lines=5)
    tx(s2, 14, y + 3, "8. BIJLAGEN", font=FSA_B, size=10, color=(0, 110, 120))
    y += 9
    tags["inventory"] = 2
    for n, d, _p in annex_rows(c, lang):
        if y > 228:
            break
        tx(s2, 16, y, f"{n}.", font=FSA, size=8.5)
        pen(s2, 22, y - 1, d, rng, font=hand, size=10, width=170)
        y += 5.4
    y = max(y + 4, 232)
    para(s2, 14, y, 182, "Ik bevestig dat deze gegevens juist zijn en vraag een machtiging tot verblijf op grond van "
         "artikel 9ter van de wet van 15 december 1980.", font=FSA, size=8.5)
    tags["signature"] = 2
    box(s2, 14, y + 10, 74, 26, lw=0.35)
    tx(s2, 14, y + 37.5, "Handtekening aanvrager", font=FSA, size=8)
    tx(s2, 100, y + 12, "Datum:", font=FSA, size=8.5)
    pen(s2, 114, y + 10.5, cd(c, c.app_date, lang), rng, font=hand, size=11)
    if "unsigned" not in c.flags:
        sign(s2, 20, y + 14, rng, color=INK_BLUE)
    return [s1, s2], tags


def app_fr_formulaire(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """Typed request form of a Liège non-profit legal service, in Courier Prime: 'Label ......... : value' lines
    with dotted leaders, [X] boxes, sections in framed capitals, one or two pages; the applicant's signature
    spills OVER the line 'Signature du demandeur' at the end, the service's violet stamp beside it."""
    lang = "fr"
    p = c.p

    def page(i):
        sh = Sheet()
        if i == 0:
            tx(sh, 20, 12, "asbl POINT D'APPUI SANTÉ-DROIT - LIÈGE", font=CPR_B, size=11)
            tx(sh, 20, 17, "Permanence juridique - Rue Saint-Léonard 120, 4000 Liège", font=CPR, size=8.5, color=GREY)
            return sh, 26
        tx(sh, 190, 10, f"suite - {nm(p, 'SURNAME Given')}", font=CPR, size=8, color=GREY, anchor="right")
        return sh, 18

    pg = Pager(page, font=CPR, size=9.8, left=20, right=190, lead=1.35)

    def section(t):
        pg.need(14)
        pg.space(2)
        box(pg.sh, 20, pg.y - 1, 170, 6.5, lw=0.3)
        tx(pg.sh, 22, pg.y + 0.3, t, font=CPR_B, size=9.8)
        pg.y += 8

    def row(label, value):
        pg.need(6)
        tx(pg.sh, 22, pg.y, label, font=CPR, size=9.4)
        x0 = 22 + tw(label, CPR, 9.4) + 1
        tx(pg.sh, 92, pg.y, ":", font=CPR, size=9.4)
        dotted(pg.sh, x0, 91, pg.y + 3.4, color=GREY)
        for j, ln in enumerate(pg.sh.wrap(safe(value, CPR), 94, font=CPR, size_pt=9.4) or [""]):
            if j:
                pg.y += 4.6
                pg.need(5)
            tx(pg.sh, 95, pg.y, ln, font=CPR, size=9.4)
        pg.y += 5.6

    tx(pg.sh, 105, pg.y, "DEMANDE D'AUTORISATION DE SÉJOUR - ARTICLE 9ter", font=CPR_B, size=12, anchor="center")
    pg.y += 6
    tx(pg.sh, 105, pg.y, "à envoyer par recommandé à l'Office des Étrangers, Bd Pachéco 44, 1000 Bruxelles",
       font=CPR, size=8.5, anchor="center")
    pg.y += 8
    section("A. LE DEMANDEUR / LA DEMANDERESSE")
    pg.tag("personal")
    bc = cc_of(p.birth_country, p.nationality)
    row("Nom", p.surname.upper())
    row("Prénom(s)", p.given_names)
    row("Nationalité", "" if "no_nationality" in c.flags else adj(p.nationality, "fr"))
    row("Date de naissance", cd(c, p.birth_date, lang))
    row("Lieu de naissance", "" if "no_birthplace" in c.flags else p.birth_place)
    row("Pays de naissance", "" if "no_birthplace" in c.flags else country(bc, "fr"))
    row("N° registre national / SP", c.nrn or c.ov)
    pg.tag("residence")
    row("Résidence effective", "" if "no_address" in c.flags else addr(c, lang))
    row("Domicile élu", domicile_value(c, lang))
    section("B. IDENTITÉ")
    pg.text(s_identity(c, lang), tag="identity", size=9.4)
    if c.family:
        section("C. MEMBRES DE LA FAMILLE")
        pg.text(s_family(c, lang) or "", tag="family", size=9.4)
    section("D. ÉTAT DE SANTÉ")
    pg.text(s_medical(c, lang), tag="medical", size=9.4)
    if c.coi_in_app and "no_coi" not in c.flags:
        section("E. SOINS DANS LE PAYS D'ORIGINE")
        pg.text(s_coi(c, lang), tag="coi", size=9.4)
    hist = s_history(c, lang)
    section("F. PROCÉDURES ANTÉRIEURES")
    pg.need(6)
    tx(pg.sh, 22, pg.y, "[X] aucune" if not hist else "[ ] aucune    [X] oui :", font=CPR, size=9.4)
    pg.y += 6
    if hist:
        pg.text(hist, tag="parallel", size=9.4)
    section("G. PIÈCES JOINTES")
    pg.tag("inventory")
    for n, d, pp in annex_rows(c, lang):
        pg.text(f"{d} ({pp} p.)", hang=f"{n:>2}.", indent=8, gap=0.2, size=9.2)
    pg.space(4)
    pg.need(40)
    pg.text(f"Fait à Liège, le {dnum(c.app_date, '/')}", gap=10)
    pg.tag("signature")
    y = pg.y
    if "unsigned" not in c.flags:
        sign(pg.sh, 26, y - 8, rng, color=INK_BLUE, h=15)
        stamp(pg.sh, 120, y - 10, ["POINT D'APPUI", "SANTÉ-DROIT", "LIÈGE"], rng, color=ST_VIOLET, size=28)
    pg.sh.rule(22, y + 5, 90, y + 5, width_mm=0.25)
    tx(pg.sh, 22, y + 6.5, "Signature du demandeur / de la demanderesse", font=CPR, size=8.5)
    pg.y = y + 14
    return pg.sheets, pg.tags


_reg("be9ter-app-nl-lawyer-prose-palatino-spatiering-adres-rechts-kenmerkcellen-inventaris-apart-43", "application", "nl",
     app_nl_letter, "Flemish lawyer's letter, prose, numbered headings, signature above name, inventory on own page")
_reg("be9ter-app-fr-lawyer-prose-requete-century-recommande-kader-handtekening-naast-label-43", "application", "fr",
     app_fr_requete, "avocat's requête, Roman headings, signature beside the label, stamp under it")
_reg("be9ter-app-de-lawyer-prose-eupen-nimbus-kanzlei-rechts-grijs-papier-43", "application", "de", app_de_antrag,
     "German letter of an Eupen lawyer, grey paper, signature at the left")
_reg("be9ter-app-nl-form-caw-labels-boven-vakken-balpen-hoofdletters-handtekeningvak-43", "application", "nl",
     app_nl_form, "CAW intake form filled in by hand in capitals, signature box bottom left")
_reg("be9ter-app-fr-form-asbl-courier-stippelleiders-handtekening-over-lijn-43", "application", "fr",
     app_fr_formulaire, "typed asbl form with dotted leaders, signature over the line")
_reg("be9ter-app-en-volunteer-clinic-carlito-kleurband-43", "application", "en", app_en_letter,
     "an application written in English by a legal-aid clinic volunteer (not accepted)")


# =========================================================================== standard medical certificates

MC24 = {
    "nl": dict(title="STANDAARD MEDISCH GETUIGSCHRIFT",
               sub="voor de aanvraag om machtiging tot verblijf op grond van artikel 9ter van de wet van 15.12.1980",
               model="Model in voege vanaf 1 maart 2024", s1="1. Patiënt", name="Naam", first="Voornaam",
               bd="Geboortedatum", nat="Nationaliteit", s2="2. Arts die dit getuigschrift invult", dname="Naam en voornaam",
               riziv="RIZIV-nummer", spec="Specialisme", daddr="Adres praktijk / ziekenhuis",
               s3="3. Diagnose (aandoening(en) waarop de aanvraag steunt, met ICD-10-code)", hist="Voorgeschiedenis",
               s4="4. Graad van ernst", sev=["licht", "matig", "ernstig", "zeer ernstig / levensbedreigend"],
               sevx="Toelichting bij de ernst", s5="5. Huidige behandeling", med="a) Geneesmiddelen (werkzame stof, "
               "dosis)", intv="b) Andere behandelingen, ingrepen, opnames", dur="c) Verwachte duur van de behandeling",
               s6="6. Gevolgen als de behandeling wordt stopgezet", s7="7. Evolutie en prognose",
               s8="8. Noodzakelijke opvolging en zorg", s9="9. Kan de patiënt reizen?",
               s10="10. Datum, handtekening en stempel van de arts", date="Datum", signlab="Handtekening",
               stamp="Stempel", page="Blad {i}/{n}"),
    "fr": dict(title="CERTIFICAT MÉDICAL TYPE",
               sub="destiné à l'Office des Étrangers - demande d'autorisation de séjour, article 9ter, loi du 15.12.1980",
               model="Modèle applicable à partir du 1er mars 2024", s1="1. Patient", name="Nom", first="Prénom",
               bd="Date de naissance", nat="Nationalité", s2="2. Médecin qui complète ce certificat",
               dname="Nom et prénom", riziv="Numéro INAMI", spec="Spécialité", daddr="Adresse du cabinet / de l'hôpital",
               s3="3. Diagnostic (affection(s) à la base de la demande, code CIM-10)", hist="Antécédents",
               s4="4. Degré de gravité", sev=["léger", "modéré", "grave", "très grave / pronostic vital engagé"],
               sevx="Précisions sur la gravité", s5="5. Traitement actuel",
               med="a) Médicaments (substance active, posologie)", intv="b) Autres traitements, interventions, "
               "hospitalisations", dur="c) Durée prévue du traitement", s6="6. Conséquences d'un arrêt du traitement",
               s7="7. Évolution et pronostic", s8="8. Suivi et soins nécessaires", s9="9. Le patient peut-il voyager ?",
               s10="10. Date, signature et cachet du médecin", date="Date", signlab="Signature", stamp="Cachet",
               page="Page {i}/{n}"),
    "de": dict(title="STANDARDISIERTES ÄRZTLICHES ATTEST",
               sub="für den Antrag auf Aufenthaltserlaubnis nach Artikel 9ter des Gesetzes vom 15.12.1980",
               model="Muster gültig ab 1. März 2024", s1="1. Patient", name="Name", first="Vorname",
               bd="Geburtsdatum", nat="Staatsangehörigkeit", s2="2. Ausstellender Arzt", dname="Name und Vorname",
               riziv="LIKIV-Nummer", spec="Fachgebiet", daddr="Anschrift der Praxis / Klinik",
               s3="3. Diagnose (Erkrankung(en), auf die sich der Antrag stützt, ICD-10)", hist="Vorgeschichte",
               s4="4. Schweregrad", sev=["leicht", "mittel", "schwer", "sehr schwer / lebensbedrohlich"],
               sevx="Erläuterung zum Schweregrad", s5="5. Aktuelle Behandlung",
               med="a) Arzneimittel (Wirkstoff, Dosierung)", intv="b) Andere Behandlungen, Eingriffe, "
               "Krankenhausaufenthalte", dur="c) Voraussichtliche Dauer der Behandlung",
               s6="6. Folgen eines Behandlungsabbruchs", s7="7. Verlauf und Prognose",
               s8="8. Notwendige Nachsorge und Pflege", s9="9. Ist der Patient reisefähig?",
               s10="10. Datum, Unterschrift und Stempel des Arztes", date="Datum", signlab="Unterschrift",
               stamp="Stempel", page="Seite {i}/{n}"),
    "en": dict(title="STANDARD MEDICAL CERTIFICATE",
               sub="for an application for leave to stay under Article 9ter of the Law of 15.12.1980",
               model="Model in force from 1 March 2024", s1="1. Patient", name="Surname", first="First name",
               bd="Date of birth", nat="Nationality", s2="2. Doctor completing this certificate",
               dname="Name and first name", riziv="RIZIV/INAMI number", spec="Speciality",
               daddr="Practice / hospital address", s3="3. Diagnosis (condition(s) on which the application rests, "
               "ICD-10 code)", hist="History", s4="4. Degree of severity",
               sev=["mild", "moderate", "severe", "very severe / life-threatening"], sevx="Explanation of severity",
               s5="5. Current treatment", med="a) Medicines (active substance, dose)",
               intv="b) Other treatment, procedures, admissions", dur="c) Expected duration of treatment",
               s6="6. Consequences if treatment stops", s7="7. Course and prognosis", s8="8. Follow-up and care needed",
               s9="9. Is the patient fit to travel?", s10="10. Date, signature and stamp of the doctor", date="Date",
               signlab="Signature", stamp="Stamp", page="Page {i}/{n}"),
}


def _sev(t: dict) -> int:
    s = t["severity"].lower()
    return 3 if any(w in s for w in ("levens", "vital", "lebens", "life")) else 2


def _mc_values(c: Case, lang: str) -> dict:
    """What the doctor writes on the certificate, with the planted omissions already applied."""
    t = ill(c, lang)
    il = ILLNESSES[c.illness]
    F = c.flags
    d = c.doctor
    nop = "mc_no_patient" in F
    spec = SPECIALTY[d.spec][lang]
    return dict(
        name="" if nop else c.p.surname.upper(), first="" if nop else c.p.given_names,
        bd="" if nop else fd(c.p.birth_date, "dots", lang), nat="" if nop else adj(c.p.nationality, lang),
        dname=f"{d.last.upper()} {d.first}", riziv="" if "mc_no_riziv" in F else d.riziv, spec=spec,
        daddr=f"{d.inst}, {d.street}, {d.pc} {d.city}",
        diag="" if "mc_no_illness" in F else f"{t['name']} - {il['icd']}",
        hist="" if "mc_no_illness" in F else t["history"],
        sev=-1 if "mc_no_severity" in F else _sev(t), sevx="" if "mc_no_severity" in F else t["severity"],
        med="" if "mc_no_treatment" in F else "; ".join(t["meds"]),
        intv="" if "mc_no_treatment" in F else t["intervention"],
        dur="" if "mc_no_treatment" in F else t["duration"],
        cons=t["consequences"], prog=t["prognosis"], needs=t["needs"], travel=t["travel"],
        date=fd(c.cert_date, c.cert_date_style, lang if lang in ("nl", "fr", "de", "en") else "nl"),
        signed="mc_unsigned" not in F)


def _doctor_stamp(c: Case, lang: str, with_riziv: bool) -> list[str]:
    d = c.doctor
    out = [f"Dr {d.first[0]}. {d.last.upper()}", SPECIALTY[d.spec][lang]]
    if with_riziv:
        out.append(d.riziv)
    out.append(f"{d.pc} {d.city}")
    return out


def medcert_2024_typed(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The 2024 model filled in on screen and printed: numbered sections in grey bands (URW Gothic), each answer
    typed in Nimbus Mono inside a thin box under its question, the severity as four tick boxes in a row; two
    pages; the doctor's stamp partly OVER the signature at the foot of page 2, page numbers at the bottom right."""
    M = MC24[lang]
    v = _mc_values(c, lang)
    tags: dict[str, int] = {}
    s1, s2 = Sheet(), Sheet()
    for i, sh in enumerate((s1, s2)):
        tx(sh, 190, 287, M["page"].format(i=i + 1, n=2), font=GOTH, size=7.5, color=GREY, anchor="right")
        tx(sh, 20, 287, "SMG/CMT-9ter-2024", font=GOTH, size=7, color=GREY)
    tx(s1, 105, 12, M["title"], font=GOTH_B, size=14, anchor="center")
    para(s1, 30, 19, 150, M["sub"], font=GOTH, size=8.5, align="center")
    tx(s1, 105, 29, M["model"], font=GOTH, size=7.5, anchor="center", color=GREY)
    state = {"sh": s1, "y": 36.0}

    def band(t):
        sh = state["sh"]
        tint(sh, 20, state["y"], 170, 6, (222, 222, 222))
        tx(sh, 22, state["y"] + 1.1, t, font=GOTH_B, size=8.8)
        state["y"] += 8

    def field(label, value, h=7.5, w=170, x=20, tag=None):
        sh = state["sh"]
        y = state["y"]
        tx(sh, x, y, label, font=GOTH, size=7.4, color=DARK)
        box(sh, x, y + 3.2, w, h, lw=0.2, color=(90, 90, 90))
        if tag:
            tags.setdefault(tag, 1 if sh is s1 else 2)
        if value:
            para(sh, x + 1.5, y + 4.4, w - 3, value, font=NMO, size=8.6, lead=1.25)
        return y + h + 5

    band(M["s1"])
    tags["patient"] = 1
    y = state["y"]
    state["y"] = field(M["name"], v["name"], w=82)
    state["y"] = y
    field(M["first"], v["first"], w=84, x=106)
    state["y"] = y + 12.5
    y = state["y"]
    field(M["bd"], v["bd"], w=82)
    state["y"] = y
    state["y"] = field(M["nat"], v["nat"], w=84, x=106)
    band(M["s2"])
    tags["doctor"] = 1
    y = state["y"]
    field(M["dname"], v["dname"], w=82)
    state["y"] = y
    state["y"] = field(M["riziv"], v["riziv"], w=84, x=106)
    y = state["y"]
    field(M["spec"], v["spec"], w=50)
    state["y"] = y
    state["y"] = field(M["daddr"], v["daddr"], w=116, x=74)
    band(M["s3"])
    state["y"] = field(M["s3"].split(" (")[0][3:], v["diag"], h=11, tag="illness")
    state["y"] = field(M["hist"], v["hist"], h=15)
    band(M["s4"])
    tags["severity"] = 1
    x = 22
    for i, o in enumerate(M["sev"]):
        s1.checkbox(x, state["y"], 3.6, checked=(i == v["sev"]))
        tx(s1, x + 5, state["y"] + 0.1, o, font=GOTH, size=8)
        x += 8 + tw(o, GOTH, 8) + 6
    state["y"] += 7
    state["y"] = field(M["sevx"], v["sevx"], h=15)
    # page 2
    state["sh"], state["y"] = s2, 16.0
    band(M["s5"])
    state["y"] = field(M["med"], v["med"], h=15, tag="treatment")
    state["y"] = field(M["intv"], v["intv"], h=11)
    state["y"] = field(M["dur"], v["dur"], h=7.5)
    band(M["s6"])
    state["y"] = field("", v["cons"], h=11)
    band(M["s7"])
    state["y"] = field("", v["prog"], h=9)
    band(M["s8"])
    state["y"] = field("", v["needs"], h=11)
    band(M["s9"])
    state["y"] = field("", v["travel"], h=9)
    band(M["s10"])
    tags["signature"] = 2
    y = state["y"]
    tx(s2, 22, y + 2, f"{M['date']}:", font=GOTH, size=8.5)
    tx(s2, 38, y + 1.6, v["date"], font=NMO, size=9.5)
    tx(s2, 100, y + 2, f"{M['signlab']} / {M['stamp']}:", font=GOTH, size=8.5)
    if v["signed"]:
        sign(s2, 104, y + 8, rng, color=INK_BLUE)
    stamp(s2, 128, y + 5, _doctor_stamp(c, lang, bool(v["riziv"])), rng, shape="rect", color=ST_BLUE, size=44)
    return [s1, s2], tags


def medcert_2024_hand(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The 2024 model printed blank (Carlito) with ruled writing lines and filled in by hand with a ballpoint; the
    severity box crossed by hand; the doctor wrote the date BESIDE the signature line and pressed a round stamp to
    the LEFT of the signature; two pages, the second page's top carries the patient's name written again."""
    M = MC24[lang]
    v = _mc_values(c, lang)
    hand = rng.choice([H_DKG, H_DKGI, H_BREIP])
    ink = rng.choice([INK_BLUE, INK_NAVY, INK_BLACK])
    tags: dict[str, int] = {}
    s1, s2 = Sheet(), Sheet()
    tx(s1, 20, 12, M["title"], font=CAR_B, size=15)
    para(s1, 20, 19, 170, M["sub"] + " - " + M["model"], font=CAR_I, size=8.5)
    st = {"sh": s1, "y": 32.0}

    def head(t):
        sh = st["sh"]
        sh.rule(20, st["y"] + 5.2, 190, st["y"] + 5.2, width_mm=0.35)
        tx(sh, 20, st["y"], t, font=CAR_B, size=10)
        st["y"] += 8

    def lines(label, value, n=2, tag=None):
        sh = st["sh"]
        if tag:
            tags.setdefault(tag, 1 if sh is s1 else 2)
        if label:
            tx(sh, 20, st["y"], label, font=CAR, size=8.5, color=DARK)
            st["y"] += 4.5
        for k in range(n):
            sh.rule(20, st["y"] + 6.2 + k * 6.6, 190, st["y"] + 6.2 + k * 6.6, width_mm=0.12, color=LGREY)
        if value:
            pen_lines(sh, 21, st["y"] + 0.4, 168, value, rng, font=hand, size=10.5, lh=6.6, color=ink, max_lines=n)
        st["y"] += n * 6.6 + 2.5

    head(M["s1"])
    tags["patient"] = 1
    lines(f"{M['name']} / {M['first']}", f"{v['name']} {v['first']}".strip(), 1)
    lines(f"{M['bd']} - {M['nat']}", (f"{v['bd']} - {v['nat']}" if v["bd"] else ""), 1)
    head(M["s2"])
    tags["doctor"] = 1
    lines(f"{M['dname']} - {M['spec']}", f"Dr {v['dname']} - {v['spec']}", 1)
    lines(M["riziv"], v["riziv"], 1)
    lines(M["daddr"], v["daddr"], 1)
    head(M["s3"])
    lines("", v["diag"], 2, tag="illness")
    lines(M["hist"], v["hist"], 3)
    head(M["s4"])
    tags["severity"] = 1
    x = 22
    for i, o in enumerate(M["sev"]):
        s1.checkbox(x, st["y"], 3.8, checked=(i == v["sev"]), rng=rng, ink=ink)
        tx(s1, x + 5, st["y"] + 0.2, o, font=CAR, size=8.5)
        x += 10 + tw(o, CAR, 8.5) + 4
    st["y"] += 7
    lines(M["sevx"], v["sevx"], 3)
    st["sh"], st["y"] = s2, 14.0
    tx(s2, 190, 8, "(" + (f"{v['name']} {v['first']}".strip() or "...") + ")", font=CAR_I, size=8, color=GREY,
       anchor="right")
    head(M["s5"])
    lines(M["med"], v["med"], 3, tag="treatment")
    lines(M["intv"], v["intv"], 2)
    lines(M["dur"], v["dur"], 1)
    head(M["s6"])
    lines("", v["cons"], 2)
    head(M["s7"])
    lines("", v["prog"], 2)
    head(M["s8"])
    lines("", v["needs"], 2)
    head(M["s9"])
    lines("", v["travel"], 1)
    head(M["s10"])
    tags["signature"] = 2
    y = st["y"] + 4
    s2.rule(90, y + 14, 160, y + 14, width_mm=0.2)
    tx(s2, 90, y + 15.2, M["signlab"], font=CAR, size=8)
    stamp(s2, 52, y - 2, _doctor_stamp(c, lang, bool(v["riziv"])), rng, color=ST_BLUE, size=32)
    if v["signed"]:
        sign(s2, 96, y + 1, rng, color=ink)
    tx(s2, 164, y + 15.2, M["date"], font=CAR, size=8)
    pen(s2, 164, y + 6, v["date"], rng, font=hand, size=11.5, color=ink)
    return [s1, s2], tags


MCOLD = {
    "nl": dict(title="STANDAARD MEDISCH GETUIGSCHRIFT", sub="bestemd voor de Dienst Vreemdelingenzaken - art. 9ter "
               "van de wet van 15 december 1980", pat="Naam en voornaam van de patiënt:", bd="Geboortedatum:",
               nat="Nationaliteit:", sex="Geslacht:", A="A/ Historiek van de aandoening(en)",
               B="B/ DIAGNOSE: aard en graad van ernst van de aandoening(en)", sev="Graad van ernst:",
               C="C/ Huidige behandeling en medische opvolging", med="Medicatie:", intv="Interventie / hospitalisatie:",
               dur="Geschatte duur van de vereiste behandeling:", D="D/ Gevolgen en mogelijke complicaties bij "
               "stopzetting van de behandeling", E="E/ Evolutie en prognose", F="F/ Noden inzake medische opvolging; "
               "is mantelzorg vereist?", G="G/ Kan de patiënt reizen naar het land van herkomst?",
               sig="Naam, handtekening en stempel van de arts (met RIZIV-nummer):", date="Datum:"),
    "fr": dict(title="CERTIFICAT MÉDICAL TYPE", sub="destiné au Service Régularisations Humanitaires de l'Office "
               "des Étrangers - art. 9ter", pat="Nom et prénom du patient :", bd="Date de naissance :",
               nat="Nationalité :", sex="Sexe :", A="A/ Historique médical",
               B="B/ DIAGNOSTIC : nature et degré de gravité des affections", sev="Degré de gravité :",
               C="C/ Traitement actuel et suivi médical", med="Médication :", intv="Intervention / hospitalisation :",
               dur="Durée prévue du traitement nécessaire :", D="D/ Conséquences et complications éventuelles d'un "
               "arrêt du traitement", E="E/ Évolution et pronostic", F="F/ Besoins spécifiques en matière de suivi ; "
               "une prise en charge de la dépendance est-elle requise ?", G="G/ Le patient peut-il voyager vers son "
               "pays d'origine ?", sig="Nom, signature et cachet du médecin (n° INAMI) :", date="Date :"),
}


def medcert_old(c: Case, rng: random.Random, *, lang: str, hand: bool) -> tuple[list[Sheet], dict]:
    """The previous model (A/ to G/).  Typed (hand=False): one dense page in Courier Prime Sans with the answers
    run on right after each rubric, the signature and stamp in the bottom-right corner, the date at the left, a
    punched original.  By hand (hand=True): Nimbus Roman rubrics with the answers written under each in a slanted
    hand (one page, or two when they run long), the stamp pressed OVER the signature at the end, yellowed copy."""
    M = MCOLD[lang]
    v = _mc_values(c, lang)
    tags: dict[str, int] = {"patient": 1, "doctor": 1}
    lab_f, lab_b = (NRM, NRM_B) if hand else (CPS, CPS_B)
    hf = rng.choice([H_DKGI, H_CHANC, H_DKG])
    ink = rng.choice([INK_BLUE, INK_NAVY])
    sheets = [Sheet()]
    st = {"y": 0.0}

    def sh():
        return sheets[-1]

    tx(sh(), 105, 12, M["title"], font=lab_b, size=13, anchor="center")
    tx(sh(), 105, 18.5, M["sub"], font=lab_f, size=8.2, anchor="center")
    st["y"] = 28.0

    def ans(x, y, s, w):
        if not s:
            return y + 5.5
        if hand:
            return pen_lines(sh(), x, y - 0.8, w, s, rng, font=hf, size=10.5, lh=5.8, color=ink, max_lines=6)
        return para(sh(), x, y, w, s, font=CPS, size=9, lead=1.3)

    def rub(label, s, tag=None, lines_min=1):
        if st["y"] > 240:
            sheets.append(Sheet())
            st["y"] = 16.0
        if tag:
            tags.setdefault(tag, len(sheets))
        tx(sh(), 20, st["y"], label, font=lab_b, size=9.5 if hand else 8.8)
        st["y"] += 5.5
        y2 = ans(24, st["y"], s, 162)
        st["y"] = max(y2, st["y"] + lines_min * 5.5) + 3.5

    y = st["y"]
    for lbl, val, x in ((M["pat"], f"{v['name']} {v['first']}".strip(), 20), (M["bd"], v["bd"], 20),
                        (M["nat"], v["nat"], 110)):
        if lbl == M["nat"]:
            y -= 6.5
        tx(sh(), x, y, lbl, font=lab_f, size=9)
        xx = x + tw(lbl, lab_f, 9) + 2
        if val:
            if hand:
                pen(sh(), xx, y - 1.2, val, rng, font=hf, size=11, color=ink)
            else:
                tx(sh(), xx, y, val, font=CPS_B, size=9.5)
        y += 6.5
    st["y"] = y + 3
    rub(M["A"], v["hist"], lines_min=2)
    rub(M["B"], v["diag"], tag="illness", lines_min=2)
    tags.setdefault("severity", len(sheets))
    rub(M["sev"], v["sevx"], lines_min=1)
    rub(M["C"], "", tag="treatment")
    st["y"] -= 3
    for lbl, val in ((M["med"], v["med"]), (M["intv"], v["intv"]), (M["dur"], v["dur"])):
        tx(sh(), 24, st["y"], lbl, font=lab_f, size=8.8)
        st["y"] = max(ans(24 + tw(lbl, lab_f, 8.8) + 2, st["y"], val, 158 - tw(lbl, lab_f, 8.8)),
                      st["y"] + 5.5) + 1.5
    st["y"] += 2
    rub(M["D"], v["cons"])
    rub(M["E"], v["prog"])
    rub(M["F"], v["needs"])
    rub(M["G"], v["travel"])
    if st["y"] > 238:
        sheets.append(Sheet())
        st["y"] = 20.0
    tags["signature"] = len(sheets)
    tags["doctor"] = len(sheets)
    y = st["y"] + 4
    tx(sh(), 20, y, M["date"], font=lab_f, size=9)
    if hand:
        pen(sh(), 34, y - 1.4, v["date"], rng, font=hf, size=11.5, color=ink)
    else:
        tx(sh(), 34, y, v["date"], font=CPS_B, size=9.5)
    tx(sh(), 100, y, M["sig"], font=lab_f, size=8.5)
    if v["signed"]:
        sign(sh(), 118, y + 6, rng, color=ink)
    stamp(sh(), 112 if hand else 150, y + 4, _doctor_stamp(c, lang, bool(v["riziv"])), rng,
          shape="rect" if not hand else "oval", color=ST_BLUE if hand else ST_VIOLET, size=40)
    if hand:
        return [aged(s, rng, tone=(250, 244, 222)) for s in sheets], tags
    punched(sheets[0], rng)
    return sheets, tags


def medcert_2024_table(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The 2024 model as a hospital's record system prints it: one long two-column table (question left in grey
    cells, answer right) in DejaVu Sans Condensed, the hospital's name and a patient label sticker at the top right,
    an electronic-validation line beside the handwritten signature at the end; one page, or two when the answers
    are long."""
    M = MC24[lang]
    v = _mc_values(c, lang)
    d = c.doctor

    def page(i):
        sh = Sheet()
        tx(sh, 18, 12, d.inst, font=DJC_B, size=10.5)
        tx(sh, 18, 17, d.dept or SPECIALTY[d.spec][lang], font=DJC, size=8.5, color=GREY)
        if i == 0:
            box(sh, 140, 8, 54, 22, lw=0.2, color=GREY, fill=(252, 252, 246))
            if v["name"]:
                tx(sh, 142, 10, f"{v['name']}, {v['first']}", font=DJC_B, size=fit(f"{v['name']}, {v['first']}", 50,
                                                                                      DJC_B, 8.5))
                tx(sh, 142, 15, f"{v['bd']}  {'M' if c.p.sex == 'M' else ('V' if lang == 'nl' else 'F')}", font=DJC,
                   size=8)
                tx(sh, 142, 20, f"PID {c.seed % 9000000 + 1000000}", font=DJC, size=8)
            tx(sh, 105, 34, M["title"], font=DJC_B, size=13, anchor="center")
            tx(sh, 105, 40, M["model"], font=DJC, size=8, anchor="center", color=GREY)
            return sh, 48
        return sh, 26

    pg = Pager(page, left=18, right=192, bottom=272, font=DJC, size=8.8)
    rows = [("patient", M["name"], v["name"]), ("patient", M["first"], v["first"]), ("patient", M["bd"], v["bd"]),
            ("patient", M["nat"], v["nat"]), ("doctor", M["dname"], v["dname"]), ("doctor", M["riziv"], v["riziv"]),
            ("doctor", M["spec"], v["spec"]), ("doctor", M["daddr"], v["daddr"]),
            ("illness", M["s3"], v["diag"]), ("illness", M["hist"], v["hist"]),
            ("severity", M["s4"], "" if v["sev"] < 0 else M["sev"][v["sev"]]), ("severity", M["sevx"], v["sevx"]),
            ("treatment", M["med"], v["med"]), ("treatment", M["intv"], v["intv"]), ("treatment", M["dur"], v["dur"]),
            ("", M["s6"], v["cons"]), ("", M["s7"], v["prog"]), ("", M["s8"], v["needs"]), ("", M["s9"], v["travel"])]
    for tg, q, a in rows:
        ql = pg.sh.wrap(safe(q, DJC), 58, font=DJC, size_pt=8)
        al = pg.sh.wrap(safe(a, DJC), 108, font=DJC, size_pt=8.8) if a else [""]
        h = max(len(ql) * 3.6, len(al) * 4.0) + 2.4
        pg.need(h)
        if tg:
            pg.tag(tg)
        box(pg.sh, 18, pg.y, 62, h, lw=0.2, color=GREY, fill=(236, 236, 236))
        box(pg.sh, 80, pg.y, 112, h, lw=0.2, color=GREY)
        yy = pg.y + 1.2
        for ln in ql:
            tx(pg.sh, 20, yy, ln, font=DJC, size=8)
            yy += 3.6
        yy = pg.y + 1.2
        for ln in al:
            tx(pg.sh, 82, yy, ln, font=DJC, size=8.8)
            yy += 4.0
        pg.y += h
    pg.need(42)
    pg.tag("signature")
    pg.y += 6
    tx(pg.sh, 18, pg.y, f"{M['date']}: {v['date']}", font=DJC, size=9)
    pg.y += 6
    tx(pg.sh, 18, pg.y, {"nl": "Document gevalideerd door", "fr": "Document validé par", "de": "Dokument validiert von",
                         "en": "Document validated by"}[lang] + f" {d.name()}", font=DJC, size=7.5, color=GREY)
    if v["signed"]:
        sign(pg.sh, 110, pg.y - 4, rng, color=INK_BLACK)
    stamp(pg.sh, 150, pg.y - 6, _doctor_stamp(c, lang, bool(v["riziv"])), rng, shape="rect", color=ST_BLUE, size=40)
    tx(pg.sh, 110, pg.y + 14, M["signlab"], font=DJC, size=8)
    page_numbers(pg.sheets, M["page"], font=DJC, x=192, anchor="right")
    return pg.sheets, pg.tags


for _lg in ("nl", "de"):
    _reg(f"be9ter-medcert-2024-{_lg}-typed-grijze-banden-gothic-mono-antwoordvakken-stempel-over-handtekening-43",
         "medical-certificate", _lg, (lambda c, r, lg=_lg: medcert_2024_typed(c, r, lang=lg)),
         "2024 model filled in on screen, grey section bands, answer boxes, stamp over the signature")
_reg("be9ter-medcert-2024-fr-hand-schrijflijnen-balpen-datum-naast-handtekening-ronde-stempel-links-43",
     "medical-certificate", "fr", lambda c, r: medcert_2024_hand(c, r, lang="fr"),
     "2024 model printed blank and filled in by hand, date beside the signature")
_reg("be9ter-medcert-2024-nl-hand-schrijflijnen-balpen-datum-naast-handtekening-ronde-stempel-links-43",
     "medical-certificate", "nl", lambda c, r: medcert_2024_hand(c, r, lang="nl"),
     "2024 model printed blank and filled in by hand (Dutch)")
_reg("be9ter-medcert-old-fr-typed-courier-sans-dicht-geponst-43", "medical-certificate", "fr",
     lambda c, r: medcert_old(c, r, lang="fr", hand=False), "previous model typed densely on one page, punched")
_reg("be9ter-medcert-old-nl-hand-nimbus-schuin-handschrift-stempel-over-handtekening-vergeeld-43",
     "medical-certificate", "nl", lambda c, r: medcert_old(c, r, lang="nl", hand=True),
     "previous model written by hand on two pages, stamp over the signature, yellowed")
_reg("be9ter-medcert-2024-fr-ziekenhuistabel-dejavu-patientsticker-43", "medical-certificate", "fr",
     lambda c, r: medcert_2024_table(c, r, lang="fr"), "2024 model printed from a hospital system as a table")
_reg("be9ter-medcert-2024-en-typed-grijze-banden-gothic-mono-43", "medical-certificate", "en",
     lambda c, r: medcert_2024_typed(c, r, lang="en"), "the 2024 model filled in English (not accepted)")


# =========================================================================== medical statements

def medstat_specialist(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """A specialist's consultation letter to the GP ('Geachte collega' / 'Cher Confrère'): the hospital's name
    in Bookman with the department under it at the LEFT, a narrow grey column at the left listing the department's
    staff, the patient in a bold 'Betreft / Concerne' line, headed paragraphs, signed at the end ABOVE the typed
    name with 'cc: patiënt'."""
    doc = c.doctor if "medcert_absent" in c.flags else c.specialist
    t = ill(c, lang)
    dd = c.medstat_date
    sh = Sheet()
    tx(sh, 56, 12, doc.inst, font=BKM_B, size=12)
    tx(sh, 56, 18, doc.dept or SPECIALTY[doc.spec][lang], font=BKM, size=9, color=GREY)
    tx(sh, 56, 22.5, f"{doc.street} - {doc.pc} {doc.city} - {doc.tel}", font=BKM, size=7.5, color=GREY)
    tint(sh, 12, 30, 36, 240, (238, 238, 238))
    staff = [doc.name("initial")] + [f"Dr. {rng.choice('ABCDEFGHJKLMNPRSTV')}. {rng.choice(['Maes', 'Claes', 'Goossens', 'Leroy', 'Lambert', 'Nys', 'Hermans', 'Colin'])}"
                                     for _ in range(4)]
    y = 34
    tx(sh, 14, y, {"nl": "Artsen", "fr": "Médecins"}[lang], font=BKM_B, size=7.5)
    for s in staff:
        y += 4.2
        tx(sh, 14, y, s, font=BKM, size=6.8)
    name = f"{c.p.surname.upper()} {c.p.given_names}"
    L = {"nl": dict(d=f"{doc.city}, {dlong(dd, 'nl')}", sal="Geachte collega,", re="Betreft", born="geb.",
                    h=["Diagnose", "Voorgeschiedenis", "Behandeling", "Beleid en prognose"],
                    end="Met collegiale groeten,", cc="cc: patiënt; dossier"),
         "fr": dict(d=f"{doc.city}, le {dlong(dd, 'fr')}", sal="Cher Confrère, chère Consœur,", re="Concerne",
                    born="né(e) le", h=["Diagnostic", "Antécédents", "Traitement", "Attitude et pronostic"],
                    end="Bien confraternellement,", cc="cc : patient ; dossier")}[lang]
    tx(sh, 190, 34, L["d"], font=BKM, size=9.5, anchor="right")
    tx(sh, 56, 44, f"{L['re']}: {name}, {L['born']} {dnum(c.p.birth_date, '/')}", font=BKM_B, size=9.5)
    y = 54
    tx(sh, 56, y, L["sal"], font=BKM, size=9.5)
    y += 8
    for h, body in zip(L["h"], [t["name"], t["history"], "; ".join(t["meds"]) + ". " + t["intervention"],
                                t["prognosis"] + " " + t["duration"] + " " + t["needs"]]):
        tx(sh, 56, y, h, font=BKM_B, size=9.5)
        y = para(sh, 56, y + 5, 134, body, font=BKM, size=9.2, lead=1.4) + 4
    y += 4
    tx(sh, 56, y, L["end"], font=BKM, size=9.5)
    sign(sh, 58, y + 5, rng, color=INK_BLUE)
    tx(sh, 56, y + 22, doc.name(), font=BKM, size=9.5)
    tx(sh, 56, y + 26.5, f"{SPECIALTY[doc.spec][lang]} - RIZIV/INAMI {doc.riziv}", font=BKM, size=8, color=GREY)
    tx(sh, 56, 280, L["cc"], font=BKM, size=7.5, color=GREY)
    return [sh], {}


def medstat_discharge(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """A discharge or day-hospital report printed from the hospital record: admission and discharge dates in a
    framed box, 'Ontslagbrief / Rapport de sortie' in a coloured band, the lab values in a small table, no hand
    signature but an electronic-validation line at the end; scanned with a coffee ring at the corner."""
    doc = c.doctor if "medcert_absent" in c.flags else c.specialist
    t = ill(c, lang)
    il = ILLNESSES[c.illness]
    out = c.medstat_date
    adm = out - timedelta(days=rng.randint(2, 9))
    sh = Sheet()
    tx(sh, 18, 12, doc.inst, font=LSN_B, size=12)
    tx(sh, 18, 17.5, doc.dept or SPECIALTY[doc.spec][lang], font=LSN, size=9, color=GREY)
    tint(sh, 18, 26, 174, 8, (60, 100, 150))
    ttl = {"nl": "ONTSLAGBRIEF", "fr": "RAPPORT DE SORTIE"}[lang]
    tx(sh, 21, 27.5, ttl, font=LSN_B, size=11, color=(255, 255, 255))
    box(sh, 18, 38, 174, 16, lw=0.25)
    lab = {"nl": ["Patiënt", "Opname", "Ontslag"], "fr": ["Patient", "Admission", "Sortie"]}[lang]
    tx(sh, 21, 40, f"{lab[0]}: {c.p.surname.upper()} {c.p.given_names}  -  {dnum(c.p.birth_date, '.')}", font=LSN,
       size=9.5)
    tx(sh, 21, 46, f"{lab[1]}: {dnum(adm, '.')}", font=LSN, size=9.5)
    tx(sh, 90, 46, f"{lab[2]}: {dnum(out, '.')}", font=LSN, size=9.5)
    heads = {"nl": ["Diagnose bij ontslag", "Verloop", "Medicatie bij ontslag", "Verdere opvolging", "Labo"],
             "fr": ["Diagnostic de sortie", "Évolution", "Traitement de sortie", "Suivi", "Biologie"]}[lang]
    y = 60
    for h, body in zip(heads[:4], [t["name"], t["history"], "; ".join(t["meds"]), t["needs"]]):
        tx(sh, 18, y, h, font=LSN_B, size=9.5)
        y = para(sh, 18, y + 5, 174, body, font=LSN, size=9.3) + 4
    tx(sh, 18, y, heads[4], font=LSN_B, size=9.5)
    y += 6
    for a, b, u, r in il["lab"]:
        box(sh, 18, y, 174, 5.5, lw=0.15, color=LGREY)
        tx(sh, 20, y + 0.8, a, font=LSN, size=8.5)
        tx(sh, 80, y + 0.8, b, font=LSN_B, size=8.5)
        tx(sh, 110, y + 0.8, u, font=LSN, size=8.5)
        tx(sh, 140, y + 0.8, r, font=LSN, size=8.5, color=GREY)
        y += 5.5
    y += 8
    tx(sh, 18, y, {"nl": "Elektronisch gevalideerd door", "fr": "Validé électroniquement par"}[lang] +
       f" {doc.name()} ({SPECIALTY[doc.spec][lang]}), {dnum(out, '.')}", font=LSN, size=8.5, color=DARK)
    coffee(sh, 150, 230, rng)
    return [sh], {}


for _lg in ("nl", "fr"):
    _reg(f"be9ter-medstat-specialist-{_lg}-bookman-stafkolom-links-betreft-vet-handtekening-boven-naam-43",
         "medical-statement", _lg, (lambda c, r, lg=_lg: medstat_specialist(c, r, lang=lg)),
         "specialist's letter to the GP with a grey staff column")
_reg("be9ter-medstat-ontslagbrief-nl-kleurband-opnamekader-labotabel-elektronisch-koffiekring-43", "medical-statement",
     "nl", lambda c, r: medstat_discharge(c, r, lang="nl"), "discharge letter from the record, electronically validated")
_reg("be9ter-medstat-rapport-sortie-fr-kleurband-opnamekader-labotabel-elektronisch-koffiekring-43",
     "medical-statement", "fr", lambda c, r: medstat_discharge(c, r, lang="fr"), "rapport de sortie (French)")


# =========================================================================== country-of-origin information

def coi_ngo_fr(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A Brussels NGO's 'fiche pays' in Nimbus Sans: title band, an at-a-glance table (medicine - available? -
    where - monthly cost), then three short numbered paragraphs on availability, accessibility and insurance,
    sources as footnotes in small type; two columns on the first half of the page."""
    o = BC[c.origin()]
    il = ILLNESSES[c.illness]
    cn = country(c.origin(), "fr")
    sh = Sheet()
    tint(sh, 0, 0, 210, 22, (150, 40, 60))
    tx(sh, 18, 5, "FICHE PAYS - ACCÈS AUX SOINS", font=NSN_B, size=14, color=(255, 255, 255))
    tx(sh, 18, 13, f"{cn} - mise à jour {dnum(c.app_date - timedelta(days=rng.randint(30, 200)), '/')}", font=NSN,
       size=9, color=(255, 235, 235))
    y = 30
    hd = ["Traitement", "Disponible ?", "Où", "Coût mensuel"]
    xs = [18, 92, 120, 162]
    for x, h in zip(xs, hd):
        tx(sh, x, y, h, font=NSN_B, size=8.5)
    y += 5
    drugs = il["drug_l"].get("fr", il["drug"]).split(" et ")
    for dname in drugs[:3]:
        sh.rule(18, y - 1, 192, y - 1, width_mm=0.15, color=LGREY)
        tx(sh, 18, y, dname[:48], font=NSN, size=8.5)
        tx(sh, 92, y, rng.choice(["partiellement", "ruptures fréquentes", "capitale uniquement"]), font=NSN, size=8.5)
        tx(sh, 120, y, o["capital"], font=NSN, size=8.5)
        tx(sh, 162, y, il["cost"], font=NSN, size=8.5)
        y += 6
    y += 6
    paras = [f"1. Disponibilité. Le traitement n'est assuré qu'à {o['hospital']}. Les centres régionaux ne disposent "
             f"pas des médicaments ni du suivi biologique nécessaire¹.",
             f"2. Accessibilité financière. Un mois de traitement coûte environ {il['cost']}, alors que le salaire "
             f"mensuel moyen est de {o['wage']}². Les patients paient eux-mêmes.",
             f"3. Couverture maladie. {o['insurance_fr']}³"]
    for ptxt in paras:
        y = para(sh, 18, y, 174, ptxt, font=NSN, size=9.5, lead=1.4) + 4
    y += 6
    for i, s in enumerate(["OMS, Global Health Observatory, profil pays.", f"Banque mondiale, indicateurs {cn}.",
                           "MedCOI, réponse à une demande de disponibilité (extrait)."], 1):
        tx(sh, 18, y, f"{i}  {s}", font=NSN, size=7, color=GREY)
        y += 3.8
    return [sh], {}


def coi_web_en(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """An English news/NGO web article printed from a browser: the print header with the date and the URL at the
    top, the site's navigation words, a headline, a by-line, body text in FreeSerif, the page URL and '1/1' in the
    footer; yellow highlighter over the key sentence."""
    o = BC[c.origin()]
    il = ILLNESSES[c.illness]
    cn = country(c.origin(), "en")
    pd = c.app_date - timedelta(days=rng.randint(1, 20))
    slug = cn.lower().replace(" ", "-")
    sh = Sheet()
    tx(sh, 10, 6, f"{dnum(pd, '/')} {rng.randint(8, 20):02d}:{rng.randint(0, 59):02d}", font=FSA, size=7)
    tx(sh, 105, 6, f"Health access in {cn} | Global Health Watch", font=FSA, size=7, anchor="center")
    tx(sh, 12, 15, "GLOBAL HEALTH WATCH", font=FSA_B, size=13, color=(30, 70, 120))
    tx(sh, 12, 22, "Home   Countries   Diseases   Medicines   Reports   About", font=FSA, size=8, color=GREY)
    sh.rule(12, 27, 198, 27, width_mm=0.3, color=(30, 70, 120))
    y = para(sh, 12, 32, 186, f"Long waits, empty shelves: chronic treatment remains out of reach for most patients in "
             f"{cn}", font=FSE_B, size=16, lead=1.2) + 3
    tx(sh, 12, y, f"By staff correspondent  ·  {dlong(pd - timedelta(days=rng.randint(60, 400)), 'en')}", font=FSA,
       size=8, color=GREY)
    y += 8
    key = f"Patients who need {il['drug']} must travel to {o['hospital']}, and even there supplies run out for weeks."
    body = [f"Specialised care in {cn} is concentrated in the capital, {o['capital']}. {key}",
            f"A month of treatment costs around {il['cost']}. The average monthly wage is {o['wage']}. {o['insurance_en']}",
            "Doctors interviewed for this report said that patients who cannot pay interrupt their treatment, with "
            "predictable consequences: complications, emergency admissions, and avoidable deaths.",
            "Non-governmental programmes cover only a few hundred patients and have long waiting lists."]
    for j, b in enumerate(body):
        if j == 0:
            marker(sh, 12, y + 5.6, 186, 10.6)
        y = para(sh, 12, y, 186, b, font=FSE, size=11, lead=1.45) + 4
    tx(sh, 10, 290, f"https://www.globalhealthwatch.org/countries/{slug}/access-to-treatment", font=FSA, size=7)
    tx(sh, 200, 290, "1/1", font=FSA, size=7, anchor="right")
    return [sh], {}


_reg("be9ter-coi-fr-fiche-pays-ngo-nimbus-titelband-tabel-voetnoten-43", "country-of-origin-info", "fr", coi_ngo_fr,
     "NGO country sheet with a table and footnotes")
_reg("be9ter-coi-en-webartikel-browserafdruk-freeserif-markeerstift-43", "country-of-origin-info", "en", coi_web_en,
     "web article printed from a browser, highlighted sentence")


# =========================================================================== asylum proof

def asylum_convocation(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The CGVS/CGRA's convocation for a personal interview (proof that the asylum application is still being
    examined): the Commissariat's blue word mark, the reference and SP number in a right column, the date and hour
    of the interview in a framed box, folded in three."""
    a = c.asylum
    nl = lang == "nl"
    hd = c.app_date + timedelta(days=rng.randint(12, 40))
    sh = Sheet()
    tx(sh, 20, 14, "CGVS" if nl else "CGRA", font=GOTH_B, size=22, color=(20, 70, 140))
    tx(sh, 20, 24, "Commissariaat-generaal voor de Vluchtelingen en de Staatlozen" if nl else
       "Commissariat général aux réfugiés et aux apatrides", font=GOTH, size=8.5, color=(20, 70, 140))
    col = [("O.V." if nl else "S.P.", c.ov or str(rng.randint(7000000, 9999999))),
           ("Ons kenmerk" if nl else "Notre référence", f"{a['lodged'].year % 100}/{rng.randint(10000, 39999)}"),
           ("Datum" if nl else "Date", dnum(c.app_date - timedelta(days=rng.randint(5, 25)), "/"))]
    for i, (k, v) in enumerate(col):
        tx(sh, 140, 40 + i * 9, k, font=GOTH, size=7.5, color=GREY)
        tx(sh, 140, 43.5 + i * 9, v, font=GOTH_B, size=9.5)
    if "no_address" in c.flags and c.lawyer:
        where = [f"p/a {c.lawyer['firm']}" if nl else f"c/o {c.lawyer['firm']}", c.lawyer["street"],
                 f"{c.lawyer['pc']} {c.lawyer['city']}"]
    else:
        where = addr(c, "nl" if nl else "fr", lines=True).split("\n")
    for i, s in enumerate([f"{title(c, 'nl' if nl else 'fr').capitalize()} {c.p.surname.upper()} {c.p.given_names}",
                           *where]):
        tx(sh, 20, 42 + i * 5, s, font=GOTH, size=10)
    tx(sh, 20, 78, "OPROEPING - PERSOONLIJK ONDERHOUD" if nl else "CONVOCATION - ENTRETIEN PERSONNEL", font=GOTH_B,
       size=12)
    txt = (f"In het kader van uw verzoek om internationale bescherming, ingediend op {dlong(a['lodged'], 'nl')}, "
           f"wordt u uitgenodigd voor een persoonlijk onderhoud op het Commissariaat-generaal." if nl else
           f"Dans le cadre de votre demande de protection internationale, introduite le {dlong(a['lodged'], 'fr')}, "
           f"vous êtes convoqué(e) à un entretien personnel au Commissariat général.")
    y = para(sh, 20, 88, 170, txt, font=GOTH, size=10, lead=1.4) + 4
    box(sh, 20, y, 170, 18, lw=0.5, color=(20, 70, 140))
    tx(sh, 24, y + 3, ("Datum en uur: " if nl else "Date et heure : ") + f"{dlong(hd, 'nl' if nl else 'fr')}, "
       f"{rng.choice(['09.00', '09.30', '13.30', '14.00'])}", font=GOTH_B, size=10.5)
    tx(sh, 24, y + 10, ("Adres: Ernest Blerotstraat 39, 1070 Brussel" if nl else
                        "Adresse : rue Ernest Blerot 39, 1070 Bruxelles"), font=GOTH, size=9.5)
    y += 26
    y = para(sh, 20, y, 170, ("Breng deze oproeping en alle documenten mee die uw verklaringen kunnen staven. Een tolk "
                              "in de door u gevraagde taal is aanwezig." if nl else
                              "Présentez-vous muni(e) de la présente et de tous les documents utiles. Un interprète sera "
                              "présent."), font=GOTH, size=9.5, lead=1.4) + 8
    tx(sh, 120, y, "Voor de Commissaris-generaal," if nl else "Pour le Commissaire général,", font=GOTH, size=9.5)
    sign(sh, 124, y + 5, rng, color=INK_BLACK, h=10)
    return [folded(sh, rng, 3)], {"asylum": 1}


def asylum_annex26(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """Annex 26 / Bijlage 26 on green-tinted paper, photocopied: the form's fixed text in Nimbus Roman with the
    data typed in Courier Prime on dotted lines, the photo at the top right with a stamp across it, and the
    extension stamps of the commune stacked at the bottom."""
    a = c.asylum
    nl = lang == "nl"
    sh = Sheet(paper="green")
    tx(sh, 20, 12, "ROYAUME DE BELGIQUE" if not nl else "KONINKRIJK BELGIË", font=NRM_B, size=9)
    tx(sh, 20, 16.5, "SPF Intérieur - Office des Étrangers" if not nl else "FOD Binnenlandse Zaken - "
       "Dienst Vreemdelingenzaken", font=NRM, size=8.5)
    tx(sh, 190, 12, "ANNEXE 26" if not nl else "BIJLAGE 26", font=NRM_B, size=13, anchor="right")
    sh.photo(152, 26, 34, 44, rng)
    stamp(sh, 140, 54, ["OFFICE DES ÉTRANGERS" if not nl else "DIENST VREEMDELINGENZAKEN", "BRUXELLES"], rng,
          color=ST_VIOLET, size=26)
    para(sh, 20, 30, 124, ("Attestation d'introduction d'une demande de protection internationale" if not nl else
                           "Attest van indiening van een verzoek om internationale bescherming"), font=NRM_B, size=12)
    rows = ([("Nom", c.p.surname.upper()), ("Prénom(s)", c.p.given_names), ("Né(e) le", dnum(c.p.birth_date, "/")),
             ("à", c.p.birth_place), ("Nationalité déclarée", adj(c.p.nationality, "fr")),
             ("N° SP", c.ov or str(rng.randint(7000000, 9999999)))] if not nl else
            [("Naam", c.p.surname.upper()), ("Voornaam", c.p.given_names), ("Geboren op", dnum(c.p.birth_date, "/")),
             ("te", c.p.birth_place), ("Verklaarde nationaliteit", adj(c.p.nationality, "nl")),
             ("OV-nummer", c.ov or str(rng.randint(7000000, 9999999)))])
    y = 48
    for k, v in rows:
        tx(sh, 20, y, k, font=NRM, size=10)
        dotted(sh, 60, 138, y + 4.3, color=GREY)
        tx(sh, 62, y - 0.3, v, font=CPR, size=fit(v, 74, CPR, 10.5))
        y += 8
    txt = (f"L'intéressé(e) a introduit une demande de protection internationale le {dnum(a['lodged'], '/')}. Le "
           f"présent document n'est pas un titre d'identité ni un titre de nationalité." if not nl else
           f"Betrokkene heeft op {dnum(a['lodged'], '/')} een verzoek om internationale bescherming ingediend. Dit "
           f"document is geen identiteits- of nationaliteitsbewijs.")
    y = para(sh, 20, y + 4, 170, txt, font=NRM, size=10, lead=1.4) + 6
    tx(sh, 20, y, "Pour le Ministre, le délégué :" if not nl else "Voor de Minister, de gemachtigde:", font=NRM,
       size=9.5)
    sign(sh, 24, y + 5, rng, color=INK_BLACK, h=10)
    y += 30
    tx(sh, 20, y, "Prorogations :" if not nl else "Verlengingen:", font=NRM_B, size=9.5)
    dt = a["lodged"]
    k = 0
    while dt + timedelta(days=90) < c.app_date and k < 6:
        dt += timedelta(days=rng.randint(85, 95))
        stamp(sh, 22 + (k % 3) * 56, y + 6 + (k // 3) * 24,
              ["PROROGÉ JUSQU'AU" if not nl else "VERLENGD TOT", dnum(min(dt + timedelta(days=92),
                                                                          c.app_date + timedelta(days=80)), "/"),
               c.addr.city.upper()[:16]], rng, shape="rect", color=ST_BLUE, size=34)
        k += 1
    return [sh], {"asylum": 1}


for _lg in ("nl", "fr"):
    _reg(f"be9ter-asylum-cgvs-oproeping-{_lg}-woordmerk-kader-uur-in-drie-gevouwen-43", "asylum-proof", _lg,
         (lambda c, r, lg=_lg: asylum_convocation(c, r, lang=lg)), "CGVS/CGRA interview convocation, folded")
    _reg(f"be9ter-asylum-bijlage26-{_lg}-groen-papier-courier-stippellijnen-verlengingsstempels-43", "asylum-proof",
         _lg, (lambda c, r, lg=_lg: asylum_annex26(c, r, lang=lg)), "annex 26 on green paper with extension stamps")


# =========================================================================== proof of registered posting

def _sender(c: Case) -> list[str]:
    if "no_address" in c.flags or (c.lawyer and c.seed % 4 != 0):
        L = c.lawyer
        return [L["firm"], L["street"], f"{L['pc']} {L['city']}"]
    a = c.addr
    return [f"{c.p.given_names} {c.p.surname}", f"{a.street} {a.number}" + (f"/{a.box}" if a.box else ""),
            f"{a.postcode} {a.city}"]


def _track_bars(sh: Sheet, x, y, w, h, data: str) -> None:
    r = random.Random(seed_of(data))
    xx = x
    while xx < x + w:
        bw = r.choice([0.25, 0.25, 0.5, 0.75])
        tint(sh, xx, y, bw, h, BLACK)
        xx += bw + r.choice([0.25, 0.5, 0.5, 0.75])


def rm_slip_photo(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """bpost's small proof-of-deposit slip (A6 landscape) for a registered letter, filled in by hand, with the
    barcode sticker stuck on and the post office's round date stamp half over the handwriting; photographed."""
    sh = Sheet(148, 105, paper="cream")
    tint(sh, 0, 0, 148, 10, (220, 40, 50))
    tx(sh, 6, 2, "bpost", font=NSN_B, size=14, color=(255, 255, 255))
    tx(sh, 142, 3, "Bewijs van afgifte - Preuve de dépôt", font=NSN, size=8, color=(255, 255, 255), anchor="right")
    tx(sh, 6, 14, "Aangetekende zending / Envoi recommandé", font=NSN_B, size=8.5)
    hand = rng.choice([H_DKG, H_BREIP, H_DKGB])
    tx(sh, 6, 22, "Bestemmeling / Destinataire", font=NSN, size=7, color=GREY)
    y = 26
    for s in c.rm_to:
        pen(sh, 8, y, s, rng, font=hand, size=11, color=INK_BLUE, width=80)
        y += 6
    tx(sh, 6, y + 2, "Afzender / Expéditeur", font=NSN, size=7, color=GREY)
    y += 6
    for s in _sender(c):
        pen(sh, 8, y, s, rng, font=hand, size=10, color=INK_BLUE, width=80)
        y += 5.4
    box(sh, 92, 20, 50, 24, lw=0.2, color=GREY, fill=(255, 255, 255))
    tx(sh, 94, 21.5, "R", font=NSN_B, size=14)
    _track_bars(sh, 102, 23, 38, 10, c.rm_track)
    tx(sh, 117, 35.5, _b9.track_spaced(c.rm_track), font=NSN, size=7, anchor="center")
    stamp(sh, 96, 58, [rng.choice(["BPOST", "POSTPUNT"]), dnum(c.rm_date, "-"), _sender(c)[-1].split(" ", 1)[-1][:14]],
          rng, color=ST_BLACK, size=30)
    tx(sh, 6, 98, "Bewaar dit bewijs - Conservez cette preuve", font=NSN, size=6.5, color=GREY)
    return [sh], {}


def rm_envelope_copy(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """An A4 office copy: the front of the envelope (the address typed on a label, the red 'R' registered sticker
    with its barcode) at the top, and the thermal till receipt of the post office stapled under it, slightly
    crooked; black-and-white copy."""
    sh = Sheet()
    box(sh, 15, 14, 180, 110, lw=0.4, color=(90, 90, 90))
    for i, s in enumerate(_sender(c)):
        tx(sh, 22, 20 + i * 4.2, s, font=NSN, size=8)
    box(sh, 98, 60, 82, 30, lw=0.2, color=GREY, fill=(250, 250, 250))
    for i, s in enumerate(c.rm_to):
        tx(sh, 102, 64 + i * 6, s, font=CPR_B if i == 0 else CPR, size=11)
    box(sh, 22, 92, 62, 24, lw=0.3, fill=(255, 255, 255))
    tx(sh, 25, 94, "R", font=NSN_B, size=16)
    tx(sh, 34, 95, "AANGETEKEND / RECOMMANDÉ", font=NSN_B, size=6.5)
    _track_bars(sh, 34, 100, 46, 9, c.rm_track)
    tx(sh, 57, 110.5, _b9.track_spaced(c.rm_track), font=NSN, size=7, anchor="center")
    rc = Sheet(76, 110)
    ty = 4
    for s in ["bpost", rng.choice(["Postkantoor", "Bureau de poste", "PostPunt"]) + " " + _sender(c)[-1][:18], "",
              f"{dnum(c.rm_date, '/')}  {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}",
              "Aangetekende zending nationaal", "Envoi recommandé national", "", _b9.track_spaced(c.rm_track),
              f"Bestemmeling: {c.rm_to[0][:24]}", f"{c.rm_to[-1]}", "", f"Totaal / Total       {rng.choice(['9,88', '10,12', '9,64'])} EUR",
              "Betaald - Bancontact", "", "Bedankt - Merci"]:
        tx(rc, 38, ty, s, font=NMO, size=7.4 if s != "bpost" else 12, anchor="center")
        ty += 5.2 if s != "bpost" else 7
    rimg = rc.render(200).rotate(rng.uniform(-4, 4), expand=True, fillcolor=(255, 255, 255))
    sh.image(60, 136, 80, 80 * rimg.height / rimg.width, rimg)
    staple(sh, 92, 132, rng)
    return [sh], {}


def rm_deposit_list(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The law office's daily list of registered items ('lijst van aangetekende zendingen'), one row per item with
    the addressee and the barcode number, our row among others, the post office's date stamp and the clerk's
    initials at the bottom; printed in Nimbus Sans Narrow, scanned at a slight tilt."""
    L = c.lawyer
    sh = Sheet()
    tx(sh, 16, 14, L["firm"], font=NAR_B, size=12)
    tx(sh, 16, 20, "Lijst van aangetekende zendingen - Liste des envois recommandés", font=NAR, size=10)
    tx(sh, 194, 14, dnum(c.rm_date, "/"), font=NAR_B, size=11, anchor="right")
    hd = ["Nr", "Bestemmeling / Destinataire", "Adres / Adresse", "Zendingnummer / N° d'envoi"]
    xs = [16, 26, 84, 144]
    y = 32
    tint(sh, 16, y - 1, 178, 6, (225, 225, 225))
    for x, h in zip(xs, hd):
        tx(sh, x + 1, y, h, font=NAR_B, size=8.5)
    y += 7
    others = [["Rechtbank van eerste aanleg", "Opgeëistenstraat 401", "9000 Gent"],
              ["Raad voor Vreemdelingenbetwistingen", "Gaucheretstraat 92-94", "1030 Brussel"],
              ["OCMW Antwerpen", "Lange Gasthuisstraat 39", "2000 Antwerpen"],
              ["Tribunal du travail", "Place Saint-Lambert 30", "4000 Liège"]]
    rows = rng.sample(others, 3)
    pos = rng.randint(0, 3)
    rows.insert(pos, list(c.rm_to))
    for i, r in enumerate(rows):
        tr = c.rm_track if i == pos else _b9.s10_tracking(random.Random(seed_of(c.seed, i)))
        tx(sh, 17, y, str(i + 1), font=NAR, size=9)
        tx(sh, 27, y, r[0], font=NAR, size=fit(r[0], 56, NAR, 9))
        tx(sh, 85, y, f"{r[1]}, {r[2]}", font=NAR, size=fit(f"{r[1]}, {r[2]}", 58, NAR, 9))
        tx(sh, 145, y, _b9.track_spaced(tr), font=NAR, size=9)
        sh.rule(16, y + 5, 194, y + 5, width_mm=0.12, color=LGREY)
        y += 8
    y += 10
    tx(sh, 16, y, f"Aantal / Nombre : {len(rows)}", font=NAR, size=9.5)
    stamp(sh, 140, y - 2, ["BPOST", dnum(c.rm_date, "."), L["city"].upper()], rng, color=ST_RED, size=30)
    pen(sh, 110, y + 20, rng.choice(["ok - JV", "vu KD", "ok"]), rng, font=H_DKG, size=13, color=INK_BLACK)
    return [tilted(sh, rng.choice([-1.8, 1.4, 2.2]))], {}


_reg("be9ter-rm-bpost-afgiftebewijs-a6-handgeschreven-sticker-datumstempel-photo-43", "registered-mail-receipt", "nl",
     rm_slip_photo, "hand-filled bpost deposit slip with barcode sticker and date stamp, photographed")
_reg("be9ter-rm-envelopkopie-r-sticker-kasticket-geniet-43", "registered-mail-receipt", "nl", rm_envelope_copy,
     "A4 copy of the envelope front with the R sticker and the stapled till receipt")
_reg("be9ter-rm-kantoorlijst-aangetekende-zendingen-narrow-stempel-scheef-43", "registered-mail-receipt", "nl",
     rm_deposit_list, "law office's list of registered items with the post office's stamp, tilted scan")


# =========================================================================== other pieces

def other_declaration(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The applicant's own 'verklaring op eer / déclaration sur l'honneur' about his or her identity, written by
    hand on lined paper torn from a pad, signed at the end: no authority, no stamp, no photo."""
    lang = c.lang if c.lang in ("nl", "fr") else "fr"
    sh = Sheet(paper="white")
    for k in range(30):
        sh.rule(12, 30 + k * 8.5, 200, 30 + k * 8.5, width_mm=0.12, color=(170, 190, 220))
    sh.rule(26, 10, 26, 290, width_mm=0.2, color=(220, 140, 140))
    hand = rng.choice([H_DKG, H_BREIP, H_DKGI])
    p = c.p
    if lang == "nl":
        lines = ["VERKLARING OP EER", "", f"Ik, ondergetekende, {p.given_names} {p.surname},",
                 f"verklaar op eer dat ik geboren ben op {dnum(p.birth_date, '/')}",
                 f"te {p.birth_place} ({country(cc_of(p.birth_country, p.nationality), 'nl')}),",
                 f"en dat ik de {adj(p.nationality, 'nl').lower()} nationaliteit heb.",
                 "Ik heb geen paspoort en geen identiteitskaart meer:", "ik ben ze verloren tijdens mijn reis.",
                 "", f"Opgemaakt te {c.addr.city} op {dnum(c.app_date - timedelta(days=3), '/')}"]
    else:
        lines = ["DÉCLARATION SUR L'HONNEUR", "", f"Je soussigné(e) {p.given_names} {p.surname},",
                 f"déclare sur l'honneur être né(e) le {dnum(p.birth_date, '/')}",
                 f"à {p.birth_place} ({country(cc_of(p.birth_country, p.nationality), 'fr')}),",
                 f"et être de nationalité {adj(p.nationality, 'fr')}.",
                 "Je n'ai plus ni passeport ni carte d'identité :", "ils ont été perdus pendant mon voyage.",
                 "", f"Fait à {c.addr.city}, le {dnum(c.app_date - timedelta(days=3), '/')}"]
    y = 27.5
    for s in lines:
        if s:
            pen(sh, 30, y, s, rng, font=hand, size=13, color=INK_BLUE, width=166)
        y += 8.5
    sign(sh, 120, y + 2, rng, color=INK_BLUE)
    return [sh], {}


def other_pharmacy(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A pharmacy's invoice on a narrow till roll pasted on A4: pharmacy name, APB number, the patient, each
    medicine with its CNK code and price, the patient's share, totals; a date and the pharmacy's stamp."""
    t = ill(c, c.lang if c.lang in ("nl", "fr") else "fr")
    rc = Sheet(80, 150)
    y = 5
    ph = rng.choice(["Apotheek De Linde", "Pharmacie du Marché", "Apotheek Centrum", "Pharmacie Saint-Léonard"])
    for s in [ph, f"APB {rng.randint(100000, 999999)}", c.addr.city, "", f"{c.p.surname.upper()} {c.p.given_names}",
              dnum(c.app_date - timedelta(days=rng.randint(5, 30)), "/"), ""]:
        tx(rc, 40, y, s, font=CPS, size=8, anchor="center")
        y += 4.6
    tot = 0.0
    for m in t["meds"][:4]:
        price = round(rng.uniform(4, 38), 2)
        tot += price
        for ln in rc.wrap(safe(m, CPS), 62, font=CPS, size_pt=7.4):
            tx(rc, 5, y, ln, font=CPS, size=7.4)
            y += 3.8
        tx(rc, 5, y, f"CNK {rng.randint(1000000, 4999999)}", font=CPS, size=7, color=GREY)
        tx(rc, 75, y, f"{price:.2f}".replace(".", ","), font=CPS, size=7.4, anchor="right")
        y += 5
    tx(rc, 5, y + 2, "TOTAAL / TOTAL", font=CPS_B, size=8)
    tx(rc, 75, y + 2, f"{tot:.2f}".replace(".", ",") + " EUR", font=CPS_B, size=8, anchor="right")
    sh = Sheet()
    sh.image(64, 30, 80, 150, rc.render(200))
    stamp(sh, 120, 160, [ph.upper()[:22], "APOTHEEK - PHARMACIE"], rng, color=ST_GREEN, size=28)
    return [sh], {}


def other_email(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The lawyer's e-mail to the client printed from the mail program: From/To/Date/Subject block, a short
    message saying the file was posted by registered mail, the signature block with the office's details."""
    L = c.lawyer
    lang = c.lang if c.lang in ("nl", "fr", "de") else "nl"
    sh = Sheet()
    tx(sh, 16, 12, f"{L['first']} {L['last']} <{L['mail']}>", font=CAR_B, size=10)
    rows = [("Van" if lang == "nl" else "De" if lang == "fr" else "Von", f"{L['first']} {L['last']}"),
            ("Aan" if lang == "nl" else "À" if lang == "fr" else "An", f"{c.p.given_names} {c.p.surname}"),
            ("Datum" if lang != "fr" else "Date", f"{dnum(c.rm_date, '/')} {rng.randint(9, 18)}:{rng.randint(10, 59)}"),
            ("Onderwerp" if lang == "nl" else "Objet" if lang == "fr" else "Betreff", "9ter")]
    y = 20
    for a, b in rows:
        tx(sh, 16, y, a + ":", font=CAR_B, size=9)
        tx(sh, 40, y, b, font=CAR, size=9)
        y += 4.8
    sh.rule(16, y + 1, 194, y + 1, width_mm=0.2, color=GREY)
    body = {"nl": "Beste,\n\nUw aanvraag 9ter is vandaag aangetekend verstuurd naar de Dienst Vreemdelingenzaken. Het "
                  "bewijs van afgifte zit in het dossier. Bewaar alle brieven die u ontvangt en laat ons weten als u "
                  "verhuist.\n\nMet vriendelijke groet,",
            "fr": "Bonjour,\n\nVotre demande 9ter a été envoyée ce jour par recommandé à l'Office des Étrangers. La "
                  "preuve de dépôt se trouve au dossier. Conservez tous les courriers et prévenez-nous si vous "
                  "déménagez.\n\nBien à vous,",
            "de": "Guten Tag,\n\nIhr Antrag nach Artikel 9ter wurde heute per Einschreiben an das Ausländeramt geschickt. "
                  "Bitte teilen Sie uns jeden Umzug mit.\n\nMit freundlichen Grüßen"}[lang]
    y = para(sh, 16, y + 6, 178, body, font=CAR, size=10.5, lead=1.4) + 4
    for s in [f"{L['first']} {L['last']}", L["firm"], f"{L['street']}, {L['pc']} {L['city']}", L["tel"]]:
        tx(sh, 16, y, s, font=CAR, size=9, color=DARK)
        y += 4.4
    tx(sh, 105, 290, "1", font=CAR, size=8, anchor="center", color=GREY)
    return [sh], {}


_reg("be9ter-other-declaration-op-eer-gelinieerd-blok-handgeschreven-43", "other", "nl", other_declaration,
     "the applicant's own handwritten declaration on honour about identity")
_reg("be9ter-other-pharmacy-kasrol-op-a4-cnk-stempel-43", "other", "fr", other_pharmacy,
     "pharmacy till-roll invoice pasted on A4")
_reg("be9ter-other-email-advocaat-mailprogramma-afdruk-carlito-43", "other", "nl", other_email,
     "lawyer's e-mail to the client printed from the mail program")
