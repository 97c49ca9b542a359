"""9ter families of the `fortyseventh` part (registered in be9ter.BFAMILIES).

Written by a writer who saw neither the validator nor its output, from the seeds (003, 004), rules.md and how such
papers look in Belgian files.  Every family (layout, wording, faces, signature placement and copy habit) is this
part's own and is described in its function's docstring only (the part is read blind).  The applications' sentences
are written here, in Dutch, French, German and English (`say_*` builders); the facts of a case (illness, doctors,
dates, flags) come from the case that be9ter's generic plan draws.

Importing this module tells be9ter which origins this part's 9ter applicants come from (South Sudan, Zimbabwe and
Lebanon: the countries of this part's identity families) and adds this part's extra clean dossiers, each under the
part's own key; nothing another part reads is changed.
"""

from __future__ import annotations

import datetime
import random
from datetime import timedelta

from PIL import Image, ImageDraw

from . import be9ter as _b9
from .be9ter import ILLNESSES, SPECIALTY, Case
from .fortyseventh_identity import (
    BIC_BLACK, BIC_BLUE, BOOKM, BOOKM_B, BOOKM_I, CALA, CALA_B, CALA_I, CARL, CARL_B, COUR, COUR_B, FAINT, FOUNTAIN,
    FSANS, FSANS_B, GEL_VIOLET, GOTHIC, GOTHIC_B, GREEN_PEN, GREY, INK, LMONO, LMONO_B, LSANS, LSANS_B, LSANS_I,
    LSERIF, LSERIF_B, LSERIF_I, MONO, NARROW, NARROW_B, PAD_BLACK, PAD_BLUE, PAD_GREEN, PAD_RED, PAD_VIOLET, PALA,
    PALA_B, PALA_I, PEN_BREIP, PEN_CAPS, PEN_FAT, PEN_FATSLANT, PEN_LOOP, PEN_NIB, PEN_SCRIPT, PEN_SLANT, PRIME,
    PRIME_B, ROMAN, ROMAN_B, ROMAN_I, SANS, SANS_B, SANS_I, SCHOOL, SCHOOL_B, SCHOOL_I, SOFT, VERA, VERA_B, VERAC,
    VERAC_B, VSERIF, VSERIF_B, VSERIF_I, VSERIFC, VSERIFC_B, barcode, box, dd, diagonal_crease, dlong, fitpt,
    half_turn, hl, ink, ink_lines, on_table, para, raster, safe, shade, sheet_of, sig, square, stamp, sticky, thumb,
    tilt, tw, txt, vl, wrap,
)
from .paper import Sheet
from .people import format_address, strip_accents

PART = "fortyseventh"
SUB = datetime.date(2026, 12, 1)

# this part's 9ter applicants: South Sudan, Zimbabwe and Lebanon (new key only)
_b9.PART_ORIGINS.setdefault(PART, ["SSD", "ZWE", "LBN"])
# clean dossiers only this part has (new key only): identity pieces with a marriage act, an embassy's identity
# certificate with a child, the identity card with a child, an expired passport with a child and a marriage act, a
# pending asylum procedure with a child and a spouse, and an identity certificate alone (the order of the family
# members lets the names' seeds pick the country's own marriage act)
_b9.EXTRA_CLEANS.setdefault(PART, [dict(id="pieces", family=["spouse"]), dict(id="certificate", family=["child"]),
                                   dict(id="idcard", family=["child"]),
                                   dict(id="passport-expired", family=["child", "spouse"]),
                                   dict(id="asylum", family=["child", "spouse"]), dict(id="certificate")])

BC = _b9.COUNTRIES
LANGS = ("nl", "fr", "de", "en")


def _reg(fid: str, type_: str, lang: str, make, note: str) -> None:
    _b9._reg(fid, type_, PART, lang, make, note)


# =========================================================================== the case in words

def she(c: Case) -> bool:
    return c.p.sex == "F"


def L4(lang: str) -> str:
    return lang if lang in LANGS else "nl"


def say_date(c: Case, d: datetime.date, lang: str, style: str | None = None) -> str:
    return _b9.fdate(d, style or c.date_style, L4(lang))


def say_name(p, style: str) -> str:
    return _b9.name_in(p, style)


def land(code: str, lang: str) -> str:
    return BC[code][L4(lang)] if code in BC else code


def adj(code: str, lang: str) -> str:
    return BC[code]["adj_" + L4(lang)] if code in BC else code


_FR_IN = {"SSD": "au Soudan du Sud", "ZWE": "au Zimbabwe", "LBN": "au Liban", "TUR": "en Turquie",
          "BEL": "en Belgique"}
_DE_IN = {"SSD": "im Südsudan", "ZWE": "in Simbabwe", "LBN": "im Libanon", "TUR": "in der Türkei",
          "BEL": "in Belgien"}


def in_land(code: str, lang: str) -> str:
    if lang == "fr":
        return _FR_IN.get(code, "en " + land(code, "fr"))
    if lang == "de":
        return _DE_IN.get(code, "in " + land(code, "de"))
    return "in " + land(code, lang)


def cap1(s: str) -> str:
    return s[:1].upper() + s[1:]


def home_addr(c: Case, lang: str, *, lines: bool = False) -> str:
    """The address of effective residence in this dossier's address form."""
    st = {"street-first": "street_first", "slash-box": ("slash_box", "slashbus_box")[c.seed % 2],
          "number-first": "number_first", "postcode-first": ("postcode_first", "dash_box")[(c.seed // 5) % 2]
          }.get(c.addr_style, "street_first")
    return format_address(c.addr, "multiline" if lines else st, L4(lang))


def ill(c: Case, lang: str) -> dict:
    il = ILLNESSES[c.illness]
    for k in (lang, "fr", "nl"):
        if k in il:
            return il[k]
    return il["nl"]


def client(c: Case, lang: str, cap: bool = False) -> str:
    s = {"nl": "verzoekster" if she(c) else "verzoeker", "fr": "la requérante" if she(c) else "le requérant",
         "de": "die Antragstellerin" if she(c) else "der Antragsteller", "en": "the applicant"}[lang]
    return cap1(s) if cap else s


def poss(c: Case, lang: str) -> str:
    return {"nl": "haar" if she(c) else "zijn", "fr": "son", "de": "ihre" if she(c) else "seine",
            "en": "her" if she(c) else "his"}[lang]


def counsel(c: Case, lang: str) -> str:
    L = c.lawyer
    return {"nl": f"meester {L['first']} {L['last']}", "fr": f"Maître {L['first']} {L['last']}",
            "de": f"{'Rechtsanwältin' if L.get('sex') == 'F' else 'Rechtsanwalt'} {L['first']} {L['last']}",
            "en": f"counsel {L['first']} {L['last']}"}[lang]


def piece(c: Case, key: str, lang: str) -> str:
    n = c.annex_no(key)
    if n is None:
        return ""
    return {"nl": f" [stuk {n}]", "fr": f" [pièce {n}]", "de": f" [Anlage {n}]", "en": f" [annex {n}]"}[lang]


def reg_number(c: Case, lang: str) -> str:
    if c.nrn:
        return {"nl": f"rijksregisternummer {c.nrn}", "fr": f"numéro de registre national {c.nrn}",
                "de": f"Nationalregisternummer {c.nrn}", "en": f"national register number {c.nrn}"}[lang]
    return {"nl": f"dossiernummer DVZ (OV) {c.ov}", "fr": f"numéro de dossier OE (SP) {c.ov}",
            "de": f"Aktenzeichen des Ausländeramts (OV) {c.ov}", "en": f"Immigration Office file number {c.ov}"}[lang]


def born_where(c: Case, lang: str) -> str:
    p = c.p
    code = _b9.country_code_of(p.birth_country, p.nationality)
    return {"nl": f"te {p.birth_place}, {land(code, 'nl')}", "fr": f"à {p.birth_place} ({land(code, 'fr')})",
            "de": f"in {p.birth_place}, {land(code, 'de')}", "en": f"at {p.birth_place}, {land(code, 'en')}"}[lang]


def say_person(c: Case, lang: str) -> str:
    """Name, birth, nationality and register number in one run; the planted flags drop the place and country of
    birth or the nationality."""
    p = c.p
    nm = say_name(p, c.name_style)
    bd = say_date(c, p.birth_date, lang)
    nobp, nonat = "no_birthplace" in c.flags, "no_nationality" in c.flags
    if lang == "nl":
        s = f"{nm}, geboren {bd}" + ("" if nobp else f" {born_where(c, lang)}")
        s += "" if nonat else f", met de {adj(p.nationality, 'nl')} nationaliteit"
    elif lang == "fr":
        s = f"{nm}, né{'e' if she(c) else ''} le {bd}" + ("" if nobp else f" {born_where(c, lang)}")
        s += "" if nonat else f", de nationalité {adj(p.nationality, 'fr')}"
    elif lang == "de":
        s = f"{nm}, geboren am {bd}" + ("" if nobp else f" {born_where(c, lang)}")
        s += "" if nonat else f", {adj(p.nationality, 'de')}e Staatsangehörigkeit"
    else:
        s = f"{nm}, born {bd}" + ("" if nobp else f" {born_where(c, lang)}")
        s += "" if nonat else f", of {adj(p.nationality, 'en')} nationality"
    return s + f" ({reg_number(c, lang)})"


def say_home(c: Case, lang: str) -> str:
    C = client(c, lang, True)
    if "no_address" in c.flags:
        return {"nl": f"{C} verblijft sinds geruime tijd in België.",
                "fr": f"{C} séjourne en Belgique depuis de nombreux mois.",
                "de": f"{C} hält sich seit längerer Zeit in Belgien auf.",
                "en": "The applicant has been staying in Belgium for a long time."}[lang]
    a = home_addr(c, lang)
    return {"nl": f"{C} woont feitelijk op het volgende adres: {a}.",
            "fr": f"{C} a sa résidence effective à l'adresse {a}.",
            "de": f"{C} wohnt tatsächlich unter folgender Anschrift: {a}.",
            "en": f"The applicant's actual place of residence is {a}."}[lang]


def say_domicile(c: Case, lang: str) -> str | None:
    if "no_domicile" in c.flags or c.domicile == "none":
        return None
    if c.domicile == "lawyer" and c.lawyer:
        L = c.lawyer
        w = f"{L['street']}, {L['pc']} {L['city']}"
        return {"nl": f"Voor alle briefwisseling in deze procedure doet {client(c, 'nl')} keuze van woonplaats bij "
                      f"{counsel(c, 'nl')}, {w}.",
                "fr": f"{cap1(client(c, 'fr'))} élit domicile, pour toute correspondance relative à la présente "
                      f"procédure, au cabinet de {counsel(c, 'fr')}, {w}.",
                "de": f"Zustellungen in diesem Verfahren erfolgen an den gewählten Wohnsitz in der Kanzlei "
                      f"{counsel(c, 'de')}, {w}.",
                "en": f"For all correspondence in this procedure the applicant elects domicile at the office of "
                      f"{counsel(c, 'en')}, {w}."}[lang]
    if c.domicile == "other" and c.other_domicile:
        return {"nl": f"Woonplaatskeuze: bij {c.other_domicile}.",
                "fr": f"Élection de domicile : auprès de {c.other_domicile}.",
                "de": f"Gewählter Wohnsitz: bei {c.other_domicile}.",
                "en": f"Elected domicile: with {c.other_domicile}."}[lang]
    return {"nl": "Het adres van verblijf geldt tevens als gekozen woonplaats.",
            "fr": "L'adresse de résidence vaut également élection de domicile.",
            "de": "Die Wohnanschrift gilt zugleich als gewählter Zustellungsort.",
            "en": "The residence address is also the elected domicile."}[lang]


def domicile_value(c: Case, lang: str) -> str:
    if "no_domicile" in c.flags or c.domicile == "none":
        return ""
    if c.domicile == "lawyer" and c.lawyer:
        L = c.lawyer
        return f"{counsel(c, lang)}, {L['street']}, {L['pc']} {L['city']}"
    if c.domicile == "other" and c.other_domicile:
        return c.other_domicile
    return {"nl": "= adres van verblijf", "fr": "= adresse de résidence", "de": "= Wohnanschrift",
            "en": "= residence address"}[lang]


def id_fam(c: Case, key: str):
    if key == "id-tr":
        return next((f for f in c.idfams if f.type == "translation"), None)
    if not key.startswith("id"):
        return None
    n = 1 if key == "id" else int(key[2:])
    return c.idfams[n - 1] if len(c.idfams) >= n else None


_NOUN = {
    "passport": dict(nl="paspoort", fr="passeport", de="Reisepass", en="passport"),
    "idcard": dict(nl="identiteitskaart van het land van herkomst", fr="carte d'identité nationale",
                   de="nationaler Personalausweis", en="national identity card"),
    "birth-certificate": dict(nl="uittreksel uit de geboorteakte", fr="extrait d'acte de naissance",
                              de="Auszug aus der Geburtsurkunde", en="birth certificate"),
    "nationality-certificate": dict(nl="bewijs van nationaliteit", fr="attestation de nationalité",
                                    de="Nachweis der Staatsangehörigkeit", en="proof of nationality"),
    "identity-certificate": dict(nl="identiteitsbewijs afgegeven door de ambassade",
                                 fr="certificat d'identité délivré par l'ambassade",
                                 de="Identitätsbescheinigung der Botschaft", en="identity certificate of the embassy"),
    "consular-card": dict(nl="consulaire inschrijvingskaart", fr="carte d'immatriculation consulaire",
                          de="Konsularkarte", en="consular registration card"),
    "driving-licence": dict(nl="rijbewijs", fr="permis de conduire", de="Führerschein", en="driving licence"),
    "translation": dict(nl="beëdigde vertaling", fr="traduction jurée", de="beeidigte Übersetzung",
                        en="sworn translation"),
    "declaration": dict(nl="verklaring op erewoord", fr="déclaration sur l'honneur", de="ehrenwörtliche Erklärung",
                        en="declaration on honour"),
    "asylum": dict(nl="bewijs van de lopende asielprocedure", fr="preuve de la procédure d'asile en cours",
                   de="Nachweis des laufenden Asylverfahrens", en="proof of the pending asylum procedure"),
    "other": dict(nl="factuur van de apotheek", fr="facture de la pharmacie", de="Apothekenrechnung",
                  en="pharmacy invoice"),
}


def enclosure(c: Case, key: str, lang: str) -> str:
    """How this part's applications name each enclosure."""
    if key == "medcert":
        return {"nl": f"standaard medisch getuigschrift van {c.doctor.name()} ({say_date(c, c.cert_date, 'nl', 'dots')})",
                "fr": f"certificat médical type du {c.doctor.name()} ({say_date(c, c.cert_date, 'fr', 'dots')})",
                "de": f"standardisiertes ärztliches Attest, {c.doctor.name()} ({say_date(c, c.cert_date, 'de', 'dots')})",
                "en": f"standard medical certificate by {c.doctor.name()} ({say_date(c, c.cert_date, 'en', 'dots')})"
                }[lang]
    if key == "medstat":
        d = c.doctor if "medcert_absent" in c.flags else c.specialist
        return {"nl": f"verslag van {d.name()}", "fr": f"rapport du {d.name()}", "de": f"Bericht von {d.name()}",
                "en": f"report by {d.name()}"}[lang]
    if key == "coi":
        return {"nl": f"documentatie over de zorg in {land(c.origin(), 'nl')}",
                "fr": f"documentation sur les soins {in_land(c.origin(), 'fr')}",
                "de": f"Unterlagen zur Versorgung {in_land(c.origin(), 'de')}",
                "en": f"documentation on care in {land(c.origin(), 'en')}"}[lang]
    if key.startswith("fam"):
        m = c.family[int(key[3:])]
        if m.rel == "child":
            return {"nl": f"geboorteakte van {m.p.given_names}", "fr": f"acte de naissance de {m.p.given_names}",
                    "de": f"Geburtsurkunde von {m.p.given_names}", "en": f"birth certificate of {m.p.given_names}"}[lang]
        return {"nl": "akte van huwelijk", "fr": "acte de mariage", "de": "Heiratsurkunde",
                "en": "marriage certificate"}[lang]
    if key in ("asylum", "other"):
        return _NOUN[key][lang]
    f = id_fam(c, key)
    if f is None:
        return _NOUN["declaration"][lang]
    if f.type == "identity-document":
        return _NOUN["passport" if f.mrz == "TD3" else "idcard"][lang]
    return _NOUN.get(f.type, _NOUN["other"])[lang]


def enclosures(c: Case, lang: str) -> list[tuple[int, str, int]]:
    return [(i + 1, enclosure(c, k, lang), c.annex_pages.get(k, 1)) for i, (k, _d) in enumerate(c.annexes)]


def joined(items: list[str], lang: str) -> str:
    conj = {"nl": " en ", "fr": " et ", "de": " sowie ", "en": " and "}[lang]
    if not items:
        return "-"
    return items[0] if len(items) == 1 else "; ".join(items[:-1]) + conj + items[-1]


def say_identity(c: Case, lang: str) -> str:
    k = c.id_kind
    r = lambda key: piece(c, key, lang)  # noqa: E731
    C = client(c, lang, True)
    po = poss(c, lang)
    exp = say_date(c, c.id_expiry, lang) if c.id_expiry else ""
    if k in ("passport", "passport-mrz", "passport-name", "untranslated", "translated", "passport-expired"):
        if k == "passport-expired":
            s = {"nl": f"De identiteit blijkt uit het paspoort van {client(c, 'nl')}{r('id')}. Dat paspoort is op "
                       f"{exp} vervallen; een vervallen paspoort blijft evenwel een identiteitsdocument in de zin van "
                       f"artikel 9ter, § 2 van de wet.",
                 "fr": f"L'identité est établie par le passeport de {client(c, 'fr')}{r('id')}. Ce passeport est "
                       f"périmé depuis le {exp}, ce qui ne lui ôte pas sa qualité de document d'identité au sens de "
                       f"l'article 9ter, § 2, de la loi.",
                 "de": f"Die Identität ergibt sich aus dem Reisepass{r('id')}. Der Pass ist seit dem {exp} "
                       f"abgelaufen, bleibt aber ein Identitätsdokument im Sinne von Artikel 9ter § 2 des Gesetzes.",
                 "en": f"Identity is shown by the applicant's passport{r('id')}, which expired on {exp}; an expired "
                       f"passport remains an identity document under Article 9ter § 2 of the Law."}[lang]
        else:
            s = {"nl": f"De identiteit blijkt uit het paspoort van {client(c, 'nl')}, geldig tot {exp}{r('id')}.",
                 "fr": f"L'identité est établie par le passeport de {client(c, 'fr')}, valable jusqu'au {exp}{r('id')}.",
                 "de": f"Die Identität ergibt sich aus dem bis zum {exp} gültigen Reisepass{r('id')}.",
                 "en": f"Identity is shown by the applicant's passport, valid until {exp}{r('id')}."}[lang]
        if k in ("untranslated", "translated"):
            s += {"nl": f" Ook {po} geboorteakte wordt voorgelegd{r('id2')}",
                  "fr": f" L'acte de naissance est également produit{r('id2')}",
                  "de": f" Ferner wird die Geburtsurkunde vorgelegt{r('id2')}",
                  "en": f" The birth record is also enclosed{r('id2')}"}[lang]
            s += ({"nl": f", met een beëdigde vertaling{r('id-tr')}.",
                   "fr": f", avec sa traduction jurée{r('id-tr')}.",
                   "de": f", mit beeidigter Übersetzung{r('id-tr')}.",
                   "en": f", with a sworn translation{r('id-tr')}."}[lang] if k == "translated" else ".")
        return s
    if k == "idcard":
        return {"nl": f"De identiteit blijkt uit de nationale identiteitskaart van {client(c, 'nl')}{r('id')}.",
                "fr": f"L'identité est établie par la carte d'identité nationale de {client(c, 'fr')}{r('id')}.",
                "de": f"Die Identität ergibt sich aus dem nationalen Personalausweis{r('id')}.",
                "en": f"Identity is shown by the applicant's national identity card{r('id')}."}[lang]
    if k in ("pieces", "pieces-nophoto", "certificate", "declarative-cert", "single-piece"):
        items = [f"{enclosure(c, kk, lang)}{r(kk)}" for kk, _ in c.annexes if kk.startswith("id")]
        lst = joined(items, lang)
        if k in ("pieces", "pieces-nophoto"):
            return {"nl": f"{C} heeft geen paspoort en geen identiteitskaart. Naam, geboorteplaats en -datum en "
                          f"nationaliteit worden samen aangetoond door: {lst}.",
                    "fr": f"{C} ne possède ni passeport ni carte d'identité. Ses nom, lieu et date de naissance et "
                          f"nationalité sont établis par l'ensemble des pièces suivantes : {lst}.",
                    "de": f"{C} besitzt weder Pass noch Ausweis. Name, Geburtsort und -datum sowie "
                          f"Staatsangehörigkeit ergeben sich zusammen aus: {lst}.",
                    "en": f"The applicant holds neither passport nor identity card; name, place and date of birth "
                          f"and nationality are shown together by: {lst}."}[lang]
        return {"nl": f"Als bewijs van identiteit wordt voorgelegd: {lst}.",
                "fr": f"Est produit comme preuve d'identité : {lst}.",
                "de": f"Als Identitätsnachweis wird vorgelegt: {lst}.",
                "en": f"As proof of identity the applicant files: {lst}."}[lang]
    if k in ("asylum", "asylum-noproof"):
        lodged = say_date(c, c.asylum["lodged"], lang)
        s = {"nl": f"{C} diende op {lodged} een verzoek om internationale bescherming in. Daarover is nog geen "
                   f"definitieve beslissing genomen, zodat de verplichting om de identiteit aan te tonen overeenkomstig "
                   f"artikel 9ter, § 2, derde lid, niet geldt",
             "fr": f"{C} a introduit le {lodged} une demande de protection internationale, sur laquelle aucune "
                   f"décision définitive n'est intervenue ; en vertu de l'article 9ter, § 2, alinéa 3, l'obligation "
                   f"de démontrer l'identité ne s'applique dès lors pas",
             "de": f"{C} hat am {lodged} internationalen Schutz beantragt; eine endgültige Entscheidung liegt nicht "
                   f"vor, so dass die Pflicht zum Identitätsnachweis gemäß Artikel 9ter § 2 Absatz 3 entfällt",
             "en": f"The applicant applied for international protection on {lodged}; as no final decision has been "
                   f"taken, the duty to prove identity does not apply (Article 9ter § 2, third paragraph)"}[lang]
        if k == "asylum":
            s += {"nl": f". Het bewijs daarvan gaat hierbij{r('asylum')}.",
                  "fr": f". La preuve en est jointe{r('asylum')}.",
                  "de": f". Der Nachweis ist beigefügt{r('asylum')}.",
                  "en": f". The proof is enclosed{r('asylum')}."}[lang]
        else:
            s += "."
        return s
    if k == "declaration":
        return {"nl": f"{C} heeft geen enkel identiteitsstuk meer en bevestigt {po} identiteit op erewoord{r('id')}.",
                "fr": f"{C} n'a plus aucune pièce d'identité et atteste de son identité sur l'honneur{r('id')}.",
                "de": f"{C} hat keinerlei Ausweispapiere mehr und bestätigt die Identität ehrenwörtlich{r('id')}.",
                "en": f"The applicant no longer has any identity paper and confirms {po} identity on "
                      f"honour{r('id')}."}[lang]
    return {"nl": f"{C} heeft een nieuw paspoort aangevraagd bij de ambassade. Een kopie volgt na ontvangst.",
            "fr": f"{C} a sollicité un nouveau passeport auprès de l'ambassade ; une copie suivra dès réception.",
            "de": f"{C} hat bei der Botschaft einen neuen Pass beantragt; eine Kopie wird nach Erhalt nachgereicht.",
            "en": "The applicant has applied to the embassy for a new passport; a copy will follow on receipt."}[lang]


def say_medical(c: Case, lang: str) -> str:
    t = ill(c, lang)
    il = ILLNESSES[c.illness]
    C = client(c, lang, True)
    doc = c.doctor
    spec = SPECIALTY[doc.spec][lang]
    cdate = _b9.fdate(c.cert_date, c.cert_date_style, lang)
    meds = "; ".join(t["meds"])
    if "medcert_absent" in c.flags:
        src = {"nl": f"Zie het verslag van {doc.name()}{piece(c, 'medstat', lang)}.",
               "fr": f"Voir le rapport du {doc.name()}{piece(c, 'medstat', lang)}.",
               "de": f"Siehe den Bericht von {doc.name()}{piece(c, 'medstat', lang)}.",
               "en": f"See the report by {doc.name()}{piece(c, 'medstat', lang)}."}[lang]
    else:
        src = {"nl": f"Het standaard medisch getuigschrift van {cdate}, opgesteld door {doc.name()} ({spec})"
                     f"{piece(c, 'medcert', lang)}, vermeldt de aandoening, de ernst ervan en de noodzakelijke "
                     f"behandeling.",
               "fr": f"Le certificat médical type du {cdate}, établi par le {doc.name()} ({spec})"
                     f"{piece(c, 'medcert', lang)}, indique la maladie, son degré de gravité et le traitement estimé "
                     f"nécessaire.",
               "de": f"Das standardisierte ärztliche Attest vom {cdate}, ausgestellt von {doc.name()} ({spec})"
                     f"{piece(c, 'medcert', lang)}, nennt die Krankheit, ihren Schweregrad und die notwendige "
                     f"Behandlung.",
               "en": f"The standard medical certificate of {cdate} by {doc.name()} ({spec}){piece(c, 'medcert', lang)} "
                     f"states the illness, its degree of severity and the treatment considered necessary."}[lang]
        if c.annex_no("medstat") is not None:
            src += {"nl": f" Aanvullend: het verslag van {c.specialist.name()}{piece(c, 'medstat', lang)}.",
                    "fr": f" En complément : le rapport du {c.specialist.name()}{piece(c, 'medstat', lang)}.",
                    "de": f" Ergänzend: der Bericht von {c.specialist.name()}{piece(c, 'medstat', lang)}.",
                    "en": f" See also the report by {c.specialist.name()}{piece(c, 'medstat', lang)}."}[lang]
    name = t["name"] if lang == "de" else t["name"][:1].lower() + t["name"][1:]
    if lang == "en" and "en" not in il:
        return (f"The applicant suffers from a serious chronic condition (ICD-10 {il['icd']}) that is treated with "
                f"{il['drug']}; stopping the treatment would put life and physical integrity at risk. " + src)
    cons = t["consequences"][:1].lower() + t["consequences"][1:]
    body = {"nl": f"{C} lijdt aan {name} (ICD-10 {il['icd']}). {t['severity']} De behandeling omvat: {meds}. "
                  f"Wordt zij onderbroken, dan dreigen {cons}",
            "fr": f"{C} est atteint{'e' if she(c) else ''} de la pathologie suivante : {name} (CIM-10 {il['icd']}). "
                  f"{t['severity']} Traitement : {meds}. Son interruption entraînerait : {cons}",
            "de": f"{C} leidet an folgender Erkrankung: {name} (ICD-10 {il['icd']}). {t['severity']} Behandlung: "
                  f"{meds}. Eine Unterbrechung hätte zur Folge: {t['consequences']}",
            "en": f"The applicant suffers from {name} (ICD-10 {il['icd']}). {t['severity']} Treatment: {meds}. "
                  f"Interruption would lead to: {cons}"}[lang]
    return body + " " + src


def say_care(c: Case, lang: str) -> str:
    o = BC[c.origin()]
    il = ILLNESSES[c.illness]
    drug = il.get("drug_l", {}).get(lang) or il["drug"]
    ref = piece(c, "coi", lang)
    ins = o.get("insurance_" + lang) or o.get("insurance_en", "")
    if lang == "nl":
        return (f"In {land(c.origin(), 'nl')} wordt {drug} alleen verstrekt door {o['hospital']}, met geregelde "
                f"onderbrekingen in de bevoorrading{ref}. De behandeling kost er ongeveer {il['cost']} per maand, "
                f"terwijl een gemiddeld maandloon {o['wage']} bedraagt. {ins} {client(c, 'nl', True)} heeft geen "
                f"verblijfsrecht in enig ander land.")
    if lang == "fr":
        return (f"{cap1(in_land(c.origin(), 'fr'))}, le traitement ({drug}) n'est délivré que par l'établissement "
                f"{o['hospital']}, avec des ruptures d'approvisionnement récurrentes{ref}. Il coûte environ "
                f"{il['cost']} par mois, pour un salaire mensuel moyen de {o['wage']}. {ins} {client(c, 'fr', True)} "
                f"ne dispose d'un droit de séjour dans aucun autre pays.")
    if lang == "de":
        return (f"{cap1(in_land(c.origin(), 'de'))} wird {drug} nur von {o['hospital']} abgegeben, mit wiederholten "
                f"Lieferengpässen{ref}. Die Behandlung kostet dort etwa {il['cost']} im Monat, bei einem "
                f"durchschnittlichen Monatslohn von {o['wage']}. {ins} In keinem anderen Land besteht ein "
                f"Aufenthaltsrecht.")
    return (f"In {land(c.origin(), 'en')} the treatment ({il['drug']}) is dispensed only by {o['hospital']}, with "
            f"recurring supply gaps{ref}. It costs about {il['cost']} a month against an average monthly wage of "
            f"{o['wage']}. {o.get('insurance_en', '')} The applicant has no right of residence in any other country.")


def say_family(c: Case, lang: str) -> str | None:
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
        bd = say_date(c, q.birth_date, lang)
        out.append({"nl": f"{rel}: {say_name(q, c.name_style)}, geboren {bd} te {q.birth_place} "
                          f"({land(code, 'nl')}), {adj(q.nationality, 'nl')} nationaliteit",
                    "fr": f"{rel} : {say_name(q, c.name_style)}, né{'e' if f else ''} le {bd} à {q.birth_place} "
                          f"({land(code, 'fr')}), de nationalité {adj(q.nationality, 'fr')}",
                    "de": f"{rel}: {say_name(q, c.name_style)}, geboren am {bd} in {q.birth_place} "
                          f"({land(code, 'de')}), Staatsangehörigkeit {land(q.nationality, 'de')}",
                    "en": f"{rel}: {say_name(q, c.name_style)}, born {bd} at {q.birth_place} ({land(code, 'en')}), "
                          f"{adj(q.nationality, 'en')} national"}[lang] + piece(c, f"fam{i}", lang))
    lst = "; ".join(out)
    return {"nl": f"De aanvraag geldt eveneens voor de volgende gezinsleden, die met {client(c, 'nl')} samenwonen: "
                  f"{lst}.",
            "fr": f"La demande vaut également pour les membres de la famille suivants, qui vivent avec "
                  f"{client(c, 'fr')} : {lst}.",
            "de": f"Der Antrag gilt auch für folgende Familienangehörige, die mit {client(c, 'de')} zusammenleben: "
                  f"{lst}.",
            "en": f"The application also covers the following family members, who live with the applicant: {lst}."
            }[lang]


def say_history(c: Case, lang: str) -> str | None:
    out = []
    a = c.asylum
    if a and a.get("status") == "refused":
        d = say_date(c, a["refused_on"], lang)
        out.append({"nl": f"Op {d} weigerde het CGVS {client(c, 'nl')} de internationale bescherming.",
                    "fr": f"Le {d}, le CGRA a refusé la protection internationale à {client(c, 'fr')}.",
                    "de": f"Am {d} lehnte das GKFS den Antrag auf internationalen Schutz ab.",
                    "en": f"On {d} the CGRS refused the applicant international protection."}[lang])
    if c.previous_9ter:
        d = say_date(c, c.previous_9ter, lang)
        ref = f"{(c.seed % 7_000_000) + 2_000_000}"
        out.append({"nl": f"Op {d} werd reeds een aanvraag op grond van artikel 9ter ingediend (DVZ-dossier {ref}), "
                          f"waarover nog niet werd beslist. {client(c, 'nl', True)} ziet daarvan af: deze aanvraag "
                          f"vervangt de vorige en herneemt alle relevante gegevens.",
                    "fr": f"Une demande fondée sur l'article 9ter a déjà été introduite le {d} (dossier OE {ref}) et "
                          f"n'a pas encore été tranchée. {client(c, 'fr', True)} s'en désiste : la présente demande la "
                          f"remplace et en reprend tous les éléments pertinents.",
                    "de": f"Am {d} wurde bereits ein Antrag nach Artikel 9ter gestellt (Akte {ref}), über den noch "
                          f"nicht entschieden ist. Dieser Antrag wird zurückgenommen; der vorliegende ersetzt ihn und "
                          f"wiederholt alle maßgeblichen Angaben.",
                    "en": f"An Article 9ter application was already lodged on {d} (file {ref}) and is still pending. "
                          f"It is withdrawn: this application replaces it and repeats everything relevant."}[lang])
    return " ".join(out) if out else None


def say_request(c: Case, lang: str) -> str:
    return {"nl": f"{client(c, 'nl', True)} verzoekt u dan ook om een machtiging tot verblijf van meer dan drie "
                  f"maanden op grond van artikel 9ter van de wet van 15 december 1980.",
            "fr": f"{client(c, 'fr', True)} vous prie dès lors de lui accorder une autorisation de séjour de plus de "
                  f"trois mois sur la base de l'article 9ter de la loi du 15 décembre 1980.",
            "de": f"{client(c, 'de', True)} beantragt daher eine Aufenthaltserlaubnis für mehr als drei Monate auf "
                  f"der Grundlage von Artikel 9ter des Gesetzes vom 15. Dezember 1980.",
            "en": "The applicant therefore asks for leave to stay for more than three months under Article 9ter of "
                  "the Law of 15 December 1980."}[lang]


DVZ = {"nl": ["Federale Overheidsdienst Binnenlandse Zaken", "Dienst Vreemdelingenzaken - cel 9ter", "Pachecolaan 44",
              "1000 BRUSSEL"],
       "fr": ["Office des Étrangers", "Bureau 9ter - séjour pour raisons médicales", "Boulevard Pachéco 44",
              "1000 BRUXELLES"],
       "de": ["Ausländeramt", "Zelle 9ter", "Pachecolaan 44", "1000 BRÜSSEL"],
       "en": ["Immigration Office (Dienst Vreemdelingenzaken)", "9ter unit", "Pachecolaan 44", "1000 Brussels"]}

HEADS = {"nl": ["Gegevens van verzoeker", "Verblijfplaats en woonplaatskeuze", "Identiteit", "Medische gegevens",
                "Zorg in het land van herkomst", "Gezinsleden", "Eerdere procedures"],
         "fr": ["Identification", "Résidence et domicile élu", "Identité", "Éléments médicaux",
                "Soins dans le pays d'origine", "Membres de la famille", "Procédures antérieures"],
         "de": ["Angaben zur Person", "Wohnort und Zustellungsanschrift", "Identität", "Medizinische Angaben",
                "Versorgung im Herkunftsland", "Familienangehörige", "Frühere Verfahren"],
         "en": ["The applicant", "Residence and elected domicile", "Identity", "Medical facts",
                "Care in the country of origin", "Family members", "Earlier procedures"]}

SUBJ = {"nl": "Aanvraag om machtiging tot verblijf om medische redenen (art. 9ter Vreemdelingenwet)",
        "fr": "Demande d'autorisation de séjour pour raisons médicales (art. 9ter de la loi du 15.12.1980)",
        "de": "Antrag auf Aufenthaltserlaubnis aus medizinischen Gründen (Art. 9ter Gesetz vom 15.12.1980)",
        "en": "Application for leave to stay on medical grounds (Article 9ter, Law of 15.12.1980)"}


# =========================================================================== text that runs over pages

class Column:
    """Lays paragraphs down a page and onto the next; ``tags`` keeps the 1-based page on which each named part
    begins."""

    def __init__(self, page_fn, *, left=24.0, right=186.0, foot=270.0, f=ROMAN, pt=10.5, lead=1.45):
        self.page_fn, self.left, self.right, self.foot = page_fn, left, right, foot
        self.f, self.pt, self.lead = f, pt, lead
        self.sheets: list[Sheet] = []
        self.tags: dict[str, int] = {}
        self.y = 0.0
        self.turn()

    def turn(self) -> None:
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

    def room(self, h: float) -> None:
        if self.y + h > self.foot:
            self.turn()

    def line(self, s, *, x=None, f=None, pt=None, col=INK, anchor="left", gap=0.0) -> None:
        self.room(self.lh(pt))
        txt(self.sh, self.left if x is None else x, self.y, s, f=f or self.f, pt=pt or self.pt, col=col,
            anchor=anchor)
        self.y += self.lh(pt) + gap

    def text(self, s: str, *, f=None, pt=None, indent=0.0, gap=3.0, align="left", col=INK, tag=None,
             hang: str | None = None, hang_f=None, first=0.0) -> None:
        """A paragraph; ``hang`` is a label set in the left margin beside its first line, ``first`` indents the
        first line (to run a heading into it)."""
        f, pt = f or self.f, pt or self.pt
        s = safe(s, f)
        x = self.left + indent
        w = self.right - x
        lines = self.sh.wrap(s, w - first, font=f, size_pt=pt)
        if first and len(lines) > 1:
            lines = lines[:1] + self.sh.wrap(" ".join(lines[1:]), w, font=f, size_pt=pt)
        lh = self.lh(pt)
        self.room(lh * min(2, len(lines)))
        if tag:
            self.tag(tag)
        if hang:
            txt(self.sh, self.left + indent - 2, self.y, hang, f=hang_f or f, pt=pt, anchor="right")
        for i, ln in enumerate(lines):
            if self.y + lh > self.foot:
                self.turn()
            xx = x + (first if i == 0 else 0)
            ww = w - (first if i == 0 else 0)
            if align == "justify" and i < len(lines) - 1 and " " in ln.strip():
                words = ln.split()
                ws = [tw(wd, f, pt) for wd in words]
                g = (ww - sum(ws)) / (len(words) - 1)
                for wd, wdw in zip(words, ws):
                    txt(self.sh, xx, self.y, wd, f=f, pt=pt, col=col)
                    xx += wdw + g
            else:
                txt(self.sh, xx, self.y, ln, f=f, pt=pt, col=col)
            self.y += lh
        self.y += gap


def body_parts(c: Case, lang: str) -> list[tuple[int, str, str]]:
    """(heading index, tag, text) of an application's body after the personal data, in order."""
    out = []
    dom = say_domicile(c, lang)
    out.append((1, "residence", say_home(c, lang) + (" " + dom if dom else "")))
    out.append((2, "identity", say_identity(c, lang)))
    out.append((3, "medical", say_medical(c, lang)))
    if c.coi_in_app and "no_coi" not in c.flags:
        out.append((4, "coi", say_care(c, lang)))
    fam = say_family(c, lang)
    if fam:
        out.append((5, "family", fam))
    hist = say_history(c, lang)
    if hist:
        out.append((6, "parallel", hist))
    return out


def lawyer_seal(c: Case, lang: str) -> list[str]:
    L = c.lawyer
    return [f"{L['first'][0]}. {L['last']}".upper(), {"nl": "ADVOCAAT", "fr": "AVOCAT", "de": "RECHTSANWALT",
                                                      "en": "ATTORNEY"}[lang], L["city"].upper()]


# =========================================================================== applications

def app_nl_prose(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """Dutch lawyer's letter in Bookman with the firm's letterhead at the FOOT of every page (name, address, phone,
    e-mail, VAT and client account under a double rule) and only a round monogram of the firm's initials at the top
    RIGHT; 'AANGETEKEND' in spaced small capitals over DVZ's address at the LEFT; a four-cell reference row (datum,
    ons kenmerk, uw kenmerk, cliënt); 'Inzake:' in bold; sections marked '§ 1', '§ 2' ... in the LEFT MARGIN beside
    a heading in spaced capitals; 'Hoogachtend,' then the typed name and 'advocaat' with the signature drawn OVER
    the typed name; 'Inventaris' as 'stuk n' lines with page counts at the right."""
    L, lang = c.lawyer, "nl"
    ini = "".join(w[0] for w in L["firm"].replace("&", " ").split() if w[:1].isupper())[:3] or L["last"][:2].upper()

    def page(i):
        sh = Sheet()
        hl(sh, 24, 186, 272.5, lw=0.35)
        hl(sh, 24, 186, 273.5, lw=0.15)
        txt(sh, 24, 275.5, f"{L['firm']}  |  {L['street']}  |  {L['pc']} {L['city']}  |  T {L['tel']}  |  {L['mail']}",
            f=BOOKM, pt=6.6, col=GREY)
        txt(sh, 24, 279, f"BTW BE0{(c.seed % 899_999_999) + 100_000_000}  |  derdenrekening BE{(c.seed % 89) + 10} "
            f"{(c.seed % 8999) + 1000} {(c.seed // 7 % 8999) + 1000} {(c.seed // 11 % 8999) + 1000}", f=BOOKM, pt=6.6,
            col=GREY)
        txt(sh, 186, 283, f"{i + 1}", f=BOOKM, pt=7.4, anchor="right", col=GREY)
        if i == 0:
            ring = Image.new("RGBA", (200, 200), (0, 0, 0, 0))
            ImageDraw.Draw(ring).ellipse([6, 6, 194, 194], outline=(90, 40, 40, 255), width=7)
            sh.image(168, 10, 18, 18, ring)
            txt(sh, 177, 15.2, ini, f=BOOKM_B, pt=12, anchor="center", col=(90, 40, 40))
            return sh, 30
        return sh, 18

    w = Column(page, f=BOOKM, pt=10, left=30, right=186, foot=266, lead=1.5)
    txt(w.sh, 30, 30, "A A N G E T E K E N D", f=BOOKM_B, pt=8.4)
    for i, s in enumerate(DVZ["nl"]):
        txt(w.sh, 30, 36 + i * 4.8, s, f=BOOKM, pt=9.6)
    cells = [("Datum", say_date(c, c.app_date, "nl", "long")), ("Ons kenmerk", f"{c.app_date.year}/"
                                                                               f"{(c.seed % 900) + 100}/{L['last'][:2].upper()}"),
             ("Uw kenmerk", "-"), ("Cliënt", c.p.surname.upper())]
    for i, (a, v) in enumerate(cells):
        x = 30 + i * 39
        txt(w.sh, x, 62, a, f=BOOKM, pt=7, col=GREY)
        txt(w.sh, x, 65.4, v, f=BOOKM_B, pt=fitpt(v, 37, BOOKM_B, 8.6))
    w.y = 76
    w.text(f"Inzake: {SUBJ['nl']} - {say_name(c.p, c.name_style)}", f=BOOKM_B, gap=4)
    w.text("Geachte heer, mevrouw,", gap=2.5)
    w.text(f"Ik treed op als raadsman van {client(c, lang)}, in {'wier' if she(c) else 'wiens'} naam ik u "
           f"hierbij een aanvraag om machtiging tot verblijf om medische redenen bezorg.", align="justify")
    n = [0]

    def head(i):
        n[0] += 1
        w.room(14)
        w.y += 2
        txt(w.sh, 26, w.y, f"§ {n[0]}", f=BOOKM_B, pt=9.6, anchor="right")
        txt(w.sh, 30, w.y, " ".join(HEADS[lang][i].upper()), f=BOOKM_B, pt=8.2)
        w.y += 6

    head(0)
    w.text(f"{client(c, lang, True)}: {say_person(c, lang)}.", align="justify", tag="personal")
    for i, tg, s in body_parts(c, lang):
        head(i)
        w.text(s, align="justify", tag=tg)
    w.text(say_request(c, lang), align="justify", gap=5)
    w.room(40)
    w.text("Hoogachtend,", gap=8)
    w.tag("signature")
    y = w.y
    txt(w.sh, 30, y + 6, f"{L['first']} {L['last']}", f=BOOKM, pt=10)
    txt(w.sh, 30, y + 11, "advocaat", f=BOOKM_I, pt=9.4)
    if "unsigned" not in c.flags:
        sig(w.sh, 28, y - 2, rng, w=44, h=14, col=random.Random(c.seed + 5).choice([BIC_BLUE, FOUNTAIN]))
    w.y = y + 22
    rows = enclosures(c, lang)
    if rows:
        w.room(16)
        w.tag("inventory")
        w.line("Inventaris", f=BOOKM_B, pt=10, gap=1)
        for k, d, pgs in rows:
            w.room(5)
            txt(w.sh, 30, w.y, f"stuk {k}", f=BOOKM, pt=9)
            txt(w.sh, 46, w.y, d, f=BOOKM, pt=fitpt(d, 118, BOOKM, 9))
            txt(w.sh, 186, w.y, f"{pgs} blz.", f=BOOKM, pt=9, anchor="right")
            w.y += 5
    return w.sheets, w.tags


def app_fr_prose(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """French requête in Palatino: the lawyer's name and bar at the top RIGHT in a small block, 'Envoi recommandé'
    in italics at the LEFT and the Office's address in the window position at the right; the title 'REQUÊTE EN
    AUTORISATION DE SÉJOUR (article 9ter)' in a framed box across the page; 'POUR :' with the applicant's data and
    counsel, 'CONTRE :' the Belgian State; sections opened by italic underlined 'Quant à ...' headings; place and
    date, then 'Pour la partie requérante, son conseil' with the signature at the LEFT and the firm's rectangular
    cachet to its right; 'Pièces jointes' as '1)', '2)' ...; page numbers 'p. n/N' top right."""
    L, lang = c.lawyer, "fr"
    bar = {"1000": "Bruxelles", "1050": "Bruxelles", "4000": "Liège", "6000": "Charleroi"}.get(L["pc"], L["city"])

    def page(i):
        sh = Sheet()
        if i == 0:
            for j, s in enumerate([f"Me {L['first']} {L['last']}", f"Avocat{'e' if L['sex'] == 'F' else ''} au "
                                   f"barreau de {bar}", L["street"], f"{L['pc']} {L['city']}", L["mail"]]):
                txt(sh, 186, 12 + j * 4.2, s, f=PALA_B if j == 0 else PALA, pt=9.6 if j == 0 else 8.2,
                    anchor="right", col=INK if j == 0 else GREY)
            return sh, 36
        return sh, 20

    w = Column(page, f=PALA, pt=10.5, left=24, right=186, foot=274, lead=1.5)
    txt(w.sh, 24, 40, "Envoi recommandé", f=PALA_I, pt=10)
    for i, s in enumerate(DVZ["fr"]):
        txt(w.sh, 112, 44 + i * 5, s, f=PALA, pt=10.2)
    w.y = 72
    box(w.sh, 24, w.y, 162, 15, lw=0.5)
    txt(w.sh, 105, w.y + 2.2, "REQUÊTE EN AUTORISATION DE SÉJOUR", f=PALA_B, pt=12.5, anchor="center")
    txt(w.sh, 105, w.y + 8.4, "article 9ter de la loi du 15 décembre 1980", f=PALA_I, pt=9.6, anchor="center")
    w.y += 22
    hw = tw("POUR :", PALA_B, 10.5) + 2
    txt(w.sh, 24, w.y, "POUR :", f=PALA_B, pt=10.5)
    w.text(f"{say_person(c, lang)}, ayant pour conseil {counsel(c, lang)}, avocat, {L['street']}, {L['pc']} "
           f"{L['city']} ;", align="justify", tag="personal", first=hw)
    txt(w.sh, 24, w.y, "CONTRE :", f=PALA_B, pt=10.5)
    w.text("l'État belge, représenté par le Secrétaire d'État à l'Asile et la Migration.",
           first=tw("CONTRE :", PALA_B, 10.5) + 2, gap=5)
    w.text("Madame, Monsieur,", gap=2.5)
    w.text(f"{client(c, lang, True)} a l'honneur de solliciter une autorisation de séjour pour raisons médicales, "
           f"pour les motifs exposés ci-après.", align="justify", gap=4)
    quant = {1: "Quant à la résidence et au domicile élu", 2: "Quant à l'identité", 3: "Quant à la maladie",
             4: "Quant aux soins dans le pays d'origine", 5: "Quant aux membres de la famille",
             6: "Quant aux procédures antérieures"}
    for i, tg, s in body_parts(c, lang):
        w.room(14)
        h = quant[i]
        txt(w.sh, 24, w.y, h, f=PALA_I, pt=10.5)
        hl(w.sh, 24, 24 + tw(h, PALA_I, 10.5), w.y + 4.5, lw=0.25)
        w.y += 6.5
        w.text(s, align="justify", tag=tg)
    w.text(say_request(c, lang), align="justify", gap=4)
    w.room(46)
    w.line(f"{L['city']}, le {say_date(c, c.app_date, 'fr', 'long')}", gap=3)
    w.line("Pour la partie requérante, son conseil,", f=PALA_I, gap=1)
    w.tag("signature")
    y = w.y
    if "unsigned" not in c.flags:
        sig(w.sh, 24, y, rng, w=40, h=13, col=BIC_BLUE)
        stamp(w.sh, 72, y - 1, [L["firm"][:26], f"Me {L['last']}", f"{L['pc']} {L['city']}"], rng, shape="rect",
              col=PAD_BLUE, mm=40)
    txt(w.sh, 24, y + 16, f"Me {L['first']} {L['last']}", f=PALA, pt=10)
    w.y = y + 26
    rows = enclosures(c, lang)
    if rows:
        w.room(14)
        w.tag("inventory")
        w.line("Pièces jointes", f=PALA_B, gap=1)
        for k, d, pgs in rows:
            w.line(f"{k})  {d} - {pgs} p.", pt=9.6)
    N = len(w.sheets)
    for i, sh in enumerate(w.sheets):
        txt(sh, 186, 8 if i else 6, f"p. {i + 1}/{N}", f=PALA, pt=8, anchor="right", col=GREY)
    return w.sheets, w.tags


def app_fr_inventaire(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """French lawyer's request whose first page opens with an identification GRID ('Fiche d'identification'): two
    columns of ruled cells, each cell with its caption in tiny grey capitals in its upper LEFT corner and the value
    under it; the body in numbered paragraphs with the number hanging in the margin; 'Inventaire des pièces' as a
    ruled table with a grey header row (n°, description, pages); signature with the firm's ROUND stamp pressed
    half over it and the words 'Le conseil de la partie requérante' printed UNDER; DejaVu Serif Condensed."""
    L, lang = c.lawyer, "fr"

    def page(i):
        sh = Sheet()
        if i == 0:
            txt(sh, 22, 11, L["firm"].upper(), f=SANS_B, pt=11, col=(60, 60, 110))
            txt(sh, 22, 16.5, f"{L['street']} - {L['pc']} {L['city']} - {L['tel']}", f=SANS, pt=8, col=GREY)
            hl(sh, 22, 188, 21, lw=0.6, col=(60, 60, 110))
            return sh, 28
        txt(sh, 188, 10, L["firm"], f=SANS, pt=7.4, anchor="right", col=GREY)
        return sh, 18

    w = Column(page, f=VSERIFC, pt=9.8, left=30, right=188, foot=276, lead=1.45)
    txt(w.sh, 22, 28, "RECOMMANDÉ", f=SANS_B, pt=9)
    for i, s in enumerate(DVZ["fr"]):
        txt(w.sh, 120, 28 + i * 4.6, s, f=VSERIFC, pt=9.6)
    txt(w.sh, 188, 52, f"{L['city']}, {say_date(c, c.app_date, 'fr', 'slashes')}", f=VSERIFC, pt=9.6, anchor="right")
    txt(w.sh, 22, 60, "Objet : " + SUBJ["fr"], f=VSERIFC_B, pt=fitpt("Objet : " + SUBJ["fr"], 166, VSERIFC_B, 10))
    txt(w.sh, 22, 70, "FICHE D'IDENTIFICATION", f=SANS_B, pt=9.4)
    p = c.p
    code = _b9.country_code_of(p.birth_country, p.nationality)
    nobp, nonat = "no_birthplace" in c.flags, "no_nationality" in c.flags
    grid = [("NOM", p.surname.upper()), ("PRÉNOM(S)", p.given_names),
            ("DATE DE NAISSANCE", say_date(c, p.birth_date, lang)), ("NATIONALITÉ", "" if nonat else
                                                                     adj(p.nationality, "fr")),
            ("LIEU DE NAISSANCE", "" if nobp else p.birth_place), ("PAYS DE NAISSANCE", "" if nobp else
                                                                   land(code, "fr")),
            ("N° NATIONAL / N° SP", c.nrn or c.ov or ""), ("SEXE", "F" if she(c) else "M")]
    y = 75.0
    w.tags["personal"] = 1
    for j in range(0, len(grid), 2):
        for k_, (a, v) in enumerate(grid[j:j + 2]):
            x = 22 + k_ * 83
            box(w.sh, x, y, 83, 11, lw=0.25, col=SOFT)
            txt(w.sh, x + 1.5, y + 0.9, a, f=SANS, pt=5.8, col=GREY)
            if v:
                txt(w.sh, x + 1.5, y + 4.6, v, f=VSERIFC_B, pt=fitpt(v, 79, VSERIFC_B, 9.8))
        y += 11
    w.tags["residence"] = 1
    for a, v in [("RÉSIDENCE EFFECTIVE EN BELGIQUE", "" if "no_address" in c.flags else home_addr(c, lang)),
                 ("DOMICILE ÉLU", domicile_value(c, lang))]:
        box(w.sh, 22, y, 166, 11, lw=0.25, col=SOFT)
        txt(w.sh, 23.5, y + 0.9, a, f=SANS, pt=5.8, col=GREY)
        if v:
            txt(w.sh, 23.5, y + 4.6, v, f=VSERIFC_B, pt=fitpt(v, 162, VSERIFC_B, 9.8))
        y += 11
    w.y = y + 8
    n = 0
    for i, tg, s in body_parts(c, lang):
        if i == 1:
            continue
        n += 1
        w.text(f"{HEADS[lang][i]}. " + s, align="justify", tag=tg, hang=f"{n}.", hang_f=VSERIFC_B)
    n += 1
    w.text(say_request(c, lang), align="justify", hang=f"{n}.", hang_f=VSERIFC_B, gap=6)
    w.room(36)
    w.tag("signature")
    y = w.y
    if "unsigned" not in c.flags:
        sig(w.sh, 120, y, rng, w=42, h=13, col=BIC_BLUE)
        stamp(w.sh, 146, y - 4, lawyer_seal(c, lang), rng, col=PAD_VIOLET, mm=26)
    hl(w.sh, 112, 186, y + 16, lw=0.25)
    txt(w.sh, 149, y + 17.5, "Le conseil de la partie requérante", f=VSERIFC, pt=8.4, anchor="center")
    txt(w.sh, 149, y + 21.5, f"Me {L['first']} {L['last']}", f=VSERIFC_B, pt=9, anchor="center")
    w.y = y + 30
    rows = enclosures(c, lang)
    if rows:
        w.room(20)
        w.tag("inventory")
        w.line("Inventaire des pièces", f=VSERIFC_B, pt=10.5, gap=1.5)
        for k, d, pgs in [("N°", "Description", "Pages")] + rows:
            w.room(6.5)
            hd = k == "N°"
            if hd:
                shade(w.sh, 30, w.y - 1, 156, 6, (222, 222, 226))
            for x in (30, 42, 170, 186):
                vl(w.sh, x, w.y - 1, w.y + 5, lw=0.2, col=GREY)
            hl(w.sh, 30, 186, w.y + 5, lw=0.2, col=GREY)
            if hd:
                hl(w.sh, 30, 186, w.y - 1, lw=0.2, col=GREY)
            txt(w.sh, 36, w.y, str(k), f=VSERIFC_B if hd else VSERIFC, pt=9, anchor="center")
            txt(w.sh, 44, w.y, d, f=VSERIFC_B if hd else VSERIFC, pt=fitpt(d, 124, VSERIFC, 9))
            txt(w.sh, 178, w.y, str(pgs), f=VSERIFC_B if hd else VSERIFC, pt=9, anchor="center")
            w.y += 6
    return w.sheets, w.tags


def app_nl_form(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """Intake form of a Flemish support organisation for people without papers ('Aanvraag 9ter - invulformulier'),
    FILLED IN BY HAND: every question in a grey cell in the LEFT column of a ruled two-column table and the answer
    written in the white cell at its right; sections opened by a white number in a black disc; long answers in
    taller cells; two pages; at the end 'gelezen en goedgekeurd' written by hand above the signature, on a line
    with 'Handtekening van de aanvrager of de advocaat' printed UNDER it, and the date written at the left."""
    lang = "nl"
    hf = random.Random(c.seed + 43).choice([PEN_LOOP, PEN_SLANT, PEN_CAPS, PEN_BREIP])
    pen = random.Random(c.seed + 44).choice([BIC_BLUE, BIC_BLACK, GEL_VIOLET])
    up = hf == PEN_CAPS
    org = rng.choice(["vzw Steunpunt Papierloos Gent", "vzw Huis van Medische Bijstand - Antwerpen",
                      "Werkgroep Zorg voor Iedereen vzw - Leuven"])
    tags: dict[str, int] = {}
    sheets: list[Sheet] = []
    st = {"y": 0.0}

    def new():
        sh = Sheet()
        sheets.append(sh)
        txt(sh, 18, 9, org, f=NARROW, pt=8, col=GREY)
        if len(sheets) == 1:
            txt(sh, 18, 15, "AANVRAAG 9TER - INVULFORMULIER", f=NARROW_B, pt=15)
            txt(sh, 18, 22, "In te vullen in het Nederlands. Aangetekend op te sturen naar Dienst Vreemdelingenzaken, "
                "Pachecolaan 44, 1000 Brussel.", f=NARROW, pt=8, col=GREY)
            st["y"] = 30.0
        else:
            st["y"] = 18.0

    new()

    def section(no, title):
        if st["y"] + 24 > 270:
            new()
        sh = sheets[-1]
        disc = Image.new("RGBA", (80, 80), (0, 0, 0, 0))
        ImageDraw.Draw(disc).ellipse([2, 2, 78, 78], fill=(20, 20, 20, 255))
        sh.image(18, st["y"], 6, 6, disc)
        txt(sh, 21, st["y"] + 1.1, str(no), f=NARROW_B, pt=9, col=(255, 255, 255), anchor="center")
        txt(sh, 27, st["y"] + 0.8, title, f=NARROW_B, pt=10.5)
        st["y"] += 9

    def row(q, a, *, tag=None, minh=9.0):
        w_ans = 108.0
        s = strip_accents(a).upper() if (a and up) else a
        n = len(wrap(sheets[-1], s, w_ans * 0.84, hf, 10.5)) if a else 1
        h = max(minh, n * 6.0 + 3)
        if st["y"] + h > 272:
            new()
        sh = sheets[-1]
        if tag:
            tags.setdefault(tag, len(sheets))
        shade(sh, 18, st["y"], 64, h, (228, 228, 230))
        box(sh, 18, st["y"], 174, h, lw=0.25, col=GREY)
        vl(sh, 82, st["y"], st["y"] + h, lw=0.25, col=GREY)
        para(sh, 20, st["y"] + 1.3, 60, q, f=NARROW, pt=8.6, lead=1.2)
        if a:
            ink_lines(sh, 84, st["y"] + 0.6, w_ans + 2, a, rng, f=hf, pt=10.5, lh=6.0, col=pen, n=30, upper=up)
        st["y"] += h

    p = c.p
    code = _b9.country_code_of(p.birth_country, p.nationality)
    nobp, nonat = "no_birthplace" in c.flags, "no_nationality" in c.flags
    section(1, "Wie vraagt aan?")
    row("Familienaam", p.surname, tag="personal")
    row("Voorna(a)m(en)", p.given_names)
    row("Geboortedatum", say_date(c, p.birth_date, lang))
    row("Geboorteplaats", "" if nobp else p.birth_place)
    row("Geboorteland", "" if nobp else land(code, lang))
    row("Nationaliteit", "" if nonat else adj(p.nationality, lang))
    row("Rijksregisternummer of OV-nummer", c.nrn or c.ov or "")
    section(2, "Waar woont u?")
    row("Adres waar u echt verblijft (straat, nr., bus, postcode, gemeente)",
        "" if "no_address" in c.flags else home_addr(c, lang), tag="residence")
    row("Gekozen woonplaats voor de briefwisseling", domicile_value(c, lang))
    section(3, "Identiteit")
    row("Welke documenten bewijzen uw identiteit? Of waarom bent u vrijgesteld?", say_identity(c, lang),
        tag="identity")
    section(4, "Gezondheid")
    row("Ziekte, ernst en noodzakelijke behandeling", say_medical(c, lang), tag="medical")
    if c.coi_in_app and "no_coi" not in c.flags:
        row("Is de behandeling beschikbaar en toegankelijk in uw land?", say_care(c, lang), tag="coi")
    fam = say_family(c, lang)
    hist = say_history(c, lang)
    if fam or hist:
        section(5, "Gezin en vroegere procedures")
        if fam:
            row("Gezinsleden die mee aanvragen", fam, tag="family")
        if hist:
            row("Asiel of eerdere 9ter-aanvraag", hist, tag="parallel")
    section(6, "Bijlagen")
    rows = enclosures(c, lang)
    row("Lijst van de bijgevoegde stukken", "; ".join(f"{k}. {d} ({pgs} blz.)" for k, d, pgs in rows) or "-")
    if st["y"] + 44 > 272:
        new()
    sh = sheets[-1]
    y = st["y"] + 10
    tags["signature"] = len(sheets)
    txt(sh, 18, y + 12, "Datum:", f=NARROW, pt=9)
    ink(sh, 32, y + 10, say_date(c, c.app_date, lang, "dots"), rng, f=hf, pt=11, col=pen)
    if "unsigned" not in c.flags:
        ink(sh, 98, y, "gelezen en goedgekeurd", rng, f=hf, pt=10.5, col=pen)
        sig(sh, 104, y + 6, rng, w=40, h=12, col=pen)
    hl(sh, 96, 190, y + 20, lw=0.3)
    txt(sh, 143, y + 21.5, "Handtekening van de aanvrager of de advocaat", f=NARROW, pt=7.8, anchor="center",
        col=GREY)
    N = len(sheets)
    for i, s_ in enumerate(sheets):
        txt(s_, 192, 9, f"blad {i + 1} van {N}", f=NARROW, pt=8, anchor="right", col=GREY)
    return sheets, tags


def app_fr_form(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """Typed questionnaire of a CPAS's medical-social unit ('Questionnaire - demande 9ter'): a shaded band down the
    LEFT margin carrying the section letter (A, B, C ...) beside each block; every item as 'Q3.' in bold with the
    question, and the answer on the next line after 'R :' typed in Nimbus Mono, indented; the date as a typed line
    and the signature inside a framed box at the lower RIGHT whose caption 'Signature du demandeur ou de son
    conseil' is printed INSIDE the box at its top."""
    lang = "fr"
    tags: dict[str, int] = {}
    sheets: list[Sheet] = []
    st = {"y": 0.0, "q": 0}
    cpas = rng.choice(["CPAS de Schaerbeek", "CPAS de Liège", "CPAS de Namur", "CPAS de Charleroi"])

    def new():
        sh = Sheet()
        sheets.append(sh)
        shade(sh, 12, 10, 10, 277, (232, 232, 236))
        if len(sheets) == 1:
            txt(sh, 28, 11, f"{cpas} - Cellule médico-sociale", f=SANS_B, pt=9)
            txt(sh, 28, 17, "QUESTIONNAIRE - DEMANDE D'AUTORISATION DE SÉJOUR (ART. 9TER)", f=SANS_B, pt=12)
            txt(sh, 28, 23, "À joindre à la demande envoyée par recommandé à l'Office des Étrangers, Boulevard "
                "Pachéco 44, 1000 Bruxelles", f=SANS, pt=7.6, col=GREY)
            st["y"] = 32.0
        else:
            st["y"] = 16.0

    new()

    def letter(L_):
        txt(sheets[-1], 17, st["y"], L_, f=SANS_B, pt=14, anchor="center", col=(70, 70, 90))

    def qa(q, a, *, tag=None):
        st["q"] += 1
        ans = wrap(sheets[-1], a or "-", 156, COUR, 9.4)
        h = 5 + 4.4 * len(ans) + 3
        if st["y"] + h > 278:
            new()
        sh = sheets[-1]
        if tag:
            tags.setdefault(tag, len(sheets))
        lab = f"Q{st['q']}."
        txt(sh, 28, st["y"], lab, f=SANS_B, pt=9)
        txt(sh, 28 + tw(lab, SANS_B, 9) + 2, st["y"], q, f=SANS, pt=fitpt(q, 150, SANS, 9))
        y = st["y"] + 5
        txt(sh, 30, y, "R :", f=COUR_B, pt=9.4)
        for ln in ans:
            txt(sh, 38, y, ln, f=COUR, pt=9.4)
            y += 4.4
        st["y"] = y + 3

    p = c.p
    code = _b9.country_code_of(p.birth_country, p.nationality)
    nobp, nonat = "no_birthplace" in c.flags, "no_nationality" in c.flags
    letter("A")
    qa("Nom et prénom(s) du demandeur", f"{p.surname.upper()} {p.given_names}", tag="personal")
    qa("Date, lieu et pays de naissance", say_date(c, p.birth_date, lang) + ("" if nobp else
                                                                            f", {p.birth_place}, {land(code, 'fr')}"))
    qa("Nationalité", "" if nonat else adj(p.nationality, "fr"))
    qa("Numéro de registre national ou numéro SP", c.nrn or c.ov or "")
    letter("B")
    qa("Adresse de résidence effective en Belgique", "" if "no_address" in c.flags else home_addr(c, lang),
       tag="residence")
    qa("Domicile élu", domicile_value(c, lang))
    letter("C")
    qa("Preuve de l'identité ou motif de dispense", say_identity(c, lang), tag="identity")
    letter("D")
    qa("Maladie, gravité et traitement nécessaire", say_medical(c, lang), tag="medical")
    if c.coi_in_app and "no_coi" not in c.flags:
        qa("Disponibilité et accessibilité des soins au pays d'origine", say_care(c, lang), tag="coi")
    fam = say_family(c, lang)
    if fam:
        letter("E")
        qa("Membres de la famille repris dans la demande", fam, tag="family")
    hist = say_history(c, lang)
    if hist:
        letter("F")
        qa("Procédure d'asile ou demande 9ter antérieure", hist, tag="parallel")
    letter("G")
    qa("Pièces jointes", "; ".join(f"{k}) {d} ({pgs} p.)" for k, d, pgs in enclosures(c, lang)) or "-")
    if st["y"] + 40 > 278:
        new()
    sh = sheets[-1]
    y = st["y"] + 6
    tags["signature"] = len(sheets)
    txt(sh, 28, y + 8, f"Fait à {c.addr.city}, le {say_date(c, c.app_date, 'fr', 'slashes')}", f=COUR, pt=9.6)
    box(sh, 112, y, 78, 32, lw=0.35)
    txt(sh, 114, y + 1.5, "Signature du demandeur ou de son conseil", f=SANS, pt=7.4, col=GREY)
    if "unsigned" not in c.flags:
        sig(sh, 126, y + 9, rng, w=42, h=13, col=random.Random(c.seed + 45).choice([BIC_BLUE, BIC_BLACK]))
    N = len(sheets)
    for i, s_ in enumerate(sheets):
        txt(s_, 190, 289, f"{i + 1} / {N}", f=SANS, pt=7.4, anchor="right", col=GREY)
    return sheets, tags


def app_de_prose(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """German request of a lawyer in the German-speaking Community laid out in the German business-letter manner:
    a one-line return address in tiny type above the address field at the LEFT, an information block at the RIGHT
    ('Ihr Zeichen', 'Unser Zeichen', 'Datum'), the subject in bold WITHOUT the word 'Betreff', the sections lettered
    'A.', 'B.' ... in bold; 'Mit freundlichen Grüßen', the signature BELOW, then the typed name and the word
    'Rechtsanwalt' / 'Rechtsanwältin' under it; 'Anlagen' as a numbered list; Liberation Sans."""
    L, lang = c.lawyer, "de"
    role = "Rechtsanwältin" if L["sex"] == "F" else "Rechtsanwalt"

    def page(i):
        sh = Sheet()
        if i == 0:
            txt(sh, 186, 12, L["firm"], f=LSANS_B, pt=12.5, anchor="right")
            txt(sh, 186, 18, f"{L['street']} | {L['pc']} {L['city']}", f=LSANS, pt=8.4, anchor="right", col=GREY)
            txt(sh, 186, 22, f"Tel. {L['tel']} | {L['mail']}", f=LSANS, pt=8.4, anchor="right", col=GREY)
            return sh, 100
        txt(sh, 105, 10, f"- {i + 1} -", f=LSANS, pt=8.4, anchor="center", col=GREY)
        return sh, 20

    w = Column(page, f=LSANS, pt=10, left=25, right=186, foot=272, lead=1.5)
    txt(w.sh, 25, 45, f"{L['firm']} · {L['street']} · {L['pc']} {L['city']}", f=LSANS, pt=6.4, col=GREY)
    hl(w.sh, 25, 110, 48.5, lw=0.15, col=GREY)
    txt(w.sh, 25, 51, "Einschreiben", f=LSANS_B, pt=9)
    for i, s in enumerate(DVZ["de"]):
        txt(w.sh, 25, 56 + i * 4.8, s, f=LSANS, pt=10)
    info = [("Ihr Zeichen", "-"), ("Unser Zeichen", f"{L['last'][:3].upper()}-{c.app_date.year}-{(c.seed % 900) + 100}"),
            ("Datum", say_date(c, c.app_date, "de", "dots"))]
    for i, (a, v) in enumerate(info):
        txt(w.sh, 130, 50 + i * 8, a, f=LSANS, pt=7.4, col=GREY)
        txt(w.sh, 130, 53.4 + i * 8, v, f=LSANS, pt=9.4)
    w.y = 88
    w.text(f"{SUBJ['de']} - {say_name(c.p, c.name_style)}", f=LSANS_B, gap=5)
    w.text("Sehr geehrte Damen und Herren,", gap=2.5)
    w.text(f"namens und in Vollmacht {'meiner Mandantin' if she(c) else 'meines Mandanten'} stelle ich den folgenden "
           f"Antrag.", align="justify", gap=4)
    letters = "ABCDEFGH"
    n = [0]

    def head(i):
        w.room(13)
        w.line(f"{letters[n[0]]}. {HEADS[lang][i]}", f=LSANS_B, gap=1)
        n[0] += 1

    head(0)
    w.text(f"{client(c, lang, True)}: {say_person(c, lang)}.", align="justify", tag="personal")
    for i, tg, s in body_parts(c, lang):
        head(i)
        w.text(s, align="justify", tag=tg)
    w.text(say_request(c, lang), align="justify", gap=5)
    w.room(42)
    w.line("Mit freundlichen Grüßen", gap=2)
    w.tag("signature")
    y = w.y
    if "unsigned" not in c.flags:
        sig(w.sh, 25, y, rng, w=42, h=13, col=random.Random(c.seed + 46).choice([BIC_BLUE, FOUNTAIN]))
    txt(w.sh, 25, y + 16, f"{L['first']} {L['last']}", f=LSANS, pt=10)
    txt(w.sh, 25, y + 21, role, f=LSANS, pt=9, col=GREY)
    w.y = y + 30
    rows = enclosures(c, lang)
    if rows:
        w.room(12)
        w.tag("inventory")
        w.line("Anlagen", f=LSANS_B, gap=1)
        for k, d, pgs in rows:
            w.line(f"{k}.  {d} ({pgs} S.)", pt=9.2)
    return w.sheets, w.tags


def app_en_memo(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """An application written in ENGLISH by a volunteer health-rights helpdesk, laid out as a memo: a black bar
    with 'APPLICATION - ARTICLE 9ter' across the top, a 'TO / FROM / DATE / RE' block with the labels in bold at
    the LEFT, headed sections in small bold capitals, the closing 'Respectfully submitted,' with the signature
    ABOVE a rule and the typed name and 'for the Helpdesk' under it; 'Enclosures' as a list."""
    L, lang = c.lawyer, "en"

    def page(i):
        sh = Sheet()
        if i == 0:
            shade(sh, 20, 10, 170, 10, (20, 20, 24))
            txt(sh, 24, 12.2, "APPLICATION - ARTICLE 9ter", f=FSANS_B, pt=12, col=(255, 255, 255))
            txt(sh, 186, 13, "Migrant Health Rights Helpdesk", f=FSANS, pt=8.6, anchor="right", col=(220, 220, 220))
            return sh, 26
        return sh, 18

    w = Column(page, f=FSANS, pt=10, left=24, right=186, foot=274, lead=1.45)
    for a, v in [("TO", ", ".join(DVZ["en"])), ("FROM", f"Migrant Health Rights Helpdesk, {L['street']}, {L['pc']} "
                                                         f"{L['city']}"),
                 ("DATE", say_date(c, c.app_date, "en", "long")), ("RE", f"{SUBJ['en']} - {say_name(c.p, c.name_style)}")]:
        txt(w.sh, 24, w.y, a + ":", f=FSANS_B, pt=9.6)
        w.text(v, indent=18, pt=9.6, gap=1.2)
    hl(w.sh, 24, 186, w.y + 1, lw=0.4)
    w.y += 6
    w.text(f"{HEADS[lang][0].upper()}. {say_person(c, lang)}.", align="justify", tag="personal")
    for i, tg, s in body_parts(c, lang):
        w.room(12)
        w.line(HEADS[lang][i].upper(), f=FSANS_B, pt=9, gap=0.5)
        w.text(s, align="justify", tag=tg)
    w.text(say_request(c, lang), align="justify", gap=4)
    w.room(40)
    w.line("Respectfully submitted,", gap=2)
    w.tag("signature")
    y = w.y
    if "unsigned" not in c.flags:
        sig(w.sh, 26, y, rng, w=40, h=12, col=BIC_BLACK)
    hl(w.sh, 24, 90, y + 14, lw=0.3)
    txt(w.sh, 24, y + 15.5, f"{L['first']} {L['last']}", f=FSANS, pt=10)
    txt(w.sh, 24, y + 20.5, "for the Helpdesk", f=FSANS, pt=9, col=GREY)
    w.y = y + 30
    rows = enclosures(c, lang)
    if rows:
        w.tag("inventory")
        w.line("Enclosures", f=FSANS_B, gap=1)
        for k, d, pgs in rows:
            w.line(f"({k}) {d}, {pgs} p.", pt=9.4)
    return w.sheets, w.tags


_reg("be9ter-app-nl-lawyer-prose-bookman-paragraaftekens-marge-briefhoofd-onderaan-47", "application", "nl",
     app_nl_prose, "Dutch lawyer's letter, letterhead at the foot, § numbers in the margin, signature over the name")
_reg("be9ter-app-fr-lawyer-prose-palatino-pour-contre-quant-a-kopjes-cachet-47", "application", "fr", app_fr_prose,
     "French requête with a framed title, POUR/CONTRE, 'Quant à' headings, signature left of the cachet")
_reg("be9ter-app-fr-lawyer-inventaire-identificatieraster-hangende-nummers-rond-stempel-47", "application", "fr",
     app_fr_inventaire, "French request opening with an identification grid, numbered paragraphs, inventory table")
_reg("be9ter-app-nl-form-vzw-grijze-vraagcel-antwoord-met-de-pen-gelezen-goedgekeurd-47", "application", "nl",
     app_nl_form, "Dutch intake form filled in by hand in a two-column table")
_reg("be9ter-app-fr-form-cpas-vraag-antwoord-r-mono-handtekeningkader-47", "application", "fr", app_fr_form,
     "French CPAS questionnaire, typed answers after 'R :', signature box")
_reg("be9ter-app-de-lawyer-prose-eupen-geschaeftsbrief-infoblok-letters-47", "application", "de", app_de_prose,
     "German lawyer's request in business-letter layout, lettered sections")
_reg("be9ter-app-en-helpdesk-memo-to-from-re-47", "application", "en", app_en_memo,
     "an application written in English (not accepted)")


# =========================================================================== standard medical certificates

OLD = {
    "nl": dict(title="STANDAARD MEDISCH GETUIGSCHRIFT",
               sub="bestemd voor de Dienst Vreemdelingenzaken - aanvraag om machtiging tot verblijf op grond van "
                   "artikel 9ter van de wet van 15 december 1980",
               pat="Naam en voornaam van de patiënt", bd="Geboortedatum", nat="Nationaliteit",
               A="A/ Historiek: sinds wanneer, verloop, eventuele opnames (medische stukken bijvoegen)",
               B="B/ Diagnose: aard van de aandoening(en)", Bs="Graad van ernst",
               C="C/ Huidige behandeling: geneesmiddelen, ingrepen, medische hulpmiddelen", Cd="Voorziene duur",
               D="D/ Gevolgen en mogelijke complicaties als de behandeling wordt stopgezet",
               E="E/ Evolutie en prognose", F="F/ Medische opvolging - is mantelzorg medisch noodzakelijk?",
               G="G/ Kan de patiënt reizen? Medische tegenaanwijzingen", doc="Arts (naam, adres, RIZIV-nummer)",
               riz="RIZIV-nr.", date="Datum", sign="Handtekening", stamp="Stempel"),
    "fr": dict(title="CERTIFICAT MÉDICAL TYPE",
               sub="destiné à l'Office des Étrangers - demande d'autorisation de séjour sur la base de l'article 9ter "
                   "de la loi du 15 décembre 1980",
               pat="Nom et prénom du patient", bd="Date de naissance", nat="Nationalité",
               A="A/ Historique : depuis quand, évolution, hospitalisations éventuelles (joindre les pièces)",
               B="B/ Diagnostic : nature de la ou des affections", Bs="Degré de gravité",
               C="C/ Traitement actuel : médicaments, interventions, matériel médical", Cd="Durée prévue",
               D="D/ Conséquences et complications possibles en cas d'arrêt du traitement",
               E="E/ Évolution et pronostic", F="F/ Suivi médical - une prise en charge de la dépendance est-elle "
                                                "médicalement requise ?",
               G="G/ Le patient peut-il voyager ? Contre-indications médicales",
               doc="Médecin (nom, adresse, n° INAMI)", riz="N° INAMI", date="Date", sign="Signature",
               stamp="Cachet"),
}

NEW = {
    "nl": dict(title="Standaard medisch getuigschrift", model="model vanaf 1 maart 2024",
               law="artikel 9ter, § 1, wet van 15 december 1980", s1="1  Identificatie van de arts", dn="Naam",
               riz="RIZIV-nummer", spec="Specialisme", addr="Adres praktijk / ziekenhuis",
               s2="2  Identificatie van de patiënt", pn="Naam", pf="Voornaam", pbd="Geboortedatum",
               pnat="Nationaliteit", s3="3  Medische voorgeschiedenis", s4="4  Diagnose",
               s5="5  Ernst van de aandoening", lv=["gering", "matig", "ernstig", "zeer ernstig"], why="Toelichting",
               s6="6  Noodzakelijke behandeling", med="Geneesmiddelen (werkzame stof en dosis)",
               oth="Andere behandeling (ingrepen, hulpmiddelen, opvolging)", dur="Voorziene duur",
               s7="7  Gevolgen bij stopzetting", s8="8  Evolutie en prognose", s9="9  Opvolging, mantelzorg, reizen",
               date="Datum", sign="Handtekening van de arts", stamp="Stempel"),
    "fr": dict(title="Certificat médical type", model="modèle en vigueur depuis le 1er mars 2024",
               law="article 9ter, § 1er, loi du 15 décembre 1980", s1="1  Identification du médecin", dn="Nom",
               riz="Numéro INAMI", spec="Spécialité", addr="Adresse du cabinet / de l'hôpital",
               s2="2  Identification du patient", pn="Nom", pf="Prénom", pbd="Date de naissance",
               pnat="Nationalité", s3="3  Antécédents médicaux", s4="4  Diagnostic",
               s5="5  Gravité de l'affection", lv=["légère", "modérée", "grave", "très grave"], why="Précisions",
               s6="6  Traitement nécessaire", med="Médicaments (substance active et dose)",
               oth="Autre traitement (interventions, matériel, suivi)", dur="Durée prévue",
               s7="7  Conséquences d'un arrêt", s8="8  Évolution et pronostic", s9="9  Suivi, dépendance, voyage",
               date="Date", sign="Signature du médecin", stamp="Cachet"),
    "de": dict(title="Standardisiertes ärztliches Attest", model="Muster gültig ab 1. März 2024",
               law="Artikel 9ter § 1 Gesetz vom 15. Dezember 1980", s1="1  Angaben zum Arzt", dn="Name",
               riz="LIKIV-Nummer", spec="Fachrichtung", addr="Anschrift Praxis / Klinik",
               s2="2  Angaben zum Patienten", pn="Name", pf="Vorname", pbd="Geburtsdatum",
               pnat="Staatsangehörigkeit", s3="3  Vorgeschichte", s4="4  Diagnose",
               s5="5  Schweregrad", lv=["gering", "mäßig", "schwer", "sehr schwer"], why="Begründung",
               s6="6  Notwendige Behandlung", med="Medikamente (Wirkstoff und Dosis)",
               oth="Sonstige Behandlung (Eingriffe, Hilfsmittel, Nachsorge)", dur="Voraussichtliche Dauer",
               s7="7  Folgen eines Abbruchs", s8="8  Verlauf und Prognose", s9="9  Nachsorge, Pflege, Reisefähigkeit",
               date="Datum", sign="Unterschrift des Arztes", stamp="Stempel"),
    "en": dict(title="Standard medical certificate", model="model in force from 1 March 2024",
               law="Article 9ter § 1, Law of 15 December 1980", s1="1  The doctor", dn="Name",
               riz="RIZIV/INAMI number", spec="Speciality", addr="Practice / hospital address",
               s2="2  The patient", pn="Surname", pf="First name", pbd="Date of birth", pnat="Nationality",
               s3="3  Medical history", s4="4  Diagnosis", s5="5  Severity of the condition",
               lv=["mild", "moderate", "severe", "very severe"], why="Explanation",
               s6="6  Treatment required", med="Medicines (active substance and dose)",
               oth="Other treatment (procedures, equipment, follow-up)", dur="Expected duration",
               s7="7  Consequences if stopped", s8="8  Course and prognosis", s9="9  Follow-up, care, travel",
               date="Date", sign="Doctor's signature", stamp="Stamp"),
}


def fill(c: Case, lang: str) -> dict:
    """What the doctor writes on the certificate, with this dossier's planted omission applied."""
    t = ill(c, lang)
    il = ILLNESSES[c.illness]
    F = c.flags
    d = c.doctor
    nop = "mc_no_patient" in F
    sv = t["severity"].lower()
    grave = any(k in sv for k in ("levensbedreig", "vital", "lebensbedroh", "life-threat", "zeer", "très", "sehr",
                                  "very", "levens", "life"))
    return dict(sur="" if nop else c.p.surname.upper(), first="" if nop else c.p.given_names,
                full="" if nop else f"{c.p.surname.upper()} {c.p.given_names}",
                bd="" if nop else _b9.fdate(c.p.birth_date, "dots", L4(lang)),
                nat="" if nop else adj(c.p.nationality, lang),
                dname=f"{d.first} {d.last}", riz="" if "mc_no_riziv" in F else d.riziv,
                spec=SPECIALTY[d.spec][L4(lang) if L4(lang) in SPECIALTY[d.spec] else "nl"],
                addr=f"{d.inst}, {d.street}, {d.pc} {d.city}",
                diag="" if "mc_no_illness" in F else f"{t['name']} (ICD-10 {il['icd']})",
                hist="" if "mc_no_illness" in F else t["history"],
                lvl=-1 if "mc_no_severity" in F else (3 if grave else 2),
                why="" if "mc_no_severity" in F else t["severity"],
                med="" if "mc_no_treatment" in F else "; ".join(t["meds"]),
                oth="" if "mc_no_treatment" in F else t["intervention"],
                dur="" if "mc_no_treatment" in F else t["duration"],
                stop=t["consequences"], prog=t["prognosis"], needs=t["needs"], travel=t["travel"],
                date=_b9.fdate(c.cert_date, c.cert_date_style, L4(lang)), signed="mc_unsigned" not in F)


def doc_stamp(c: Case, lang: str, with_riziv: bool) -> list[str]:
    d = c.doctor
    sp = SPECIALTY[d.spec]
    out = [f"Dr {d.first[0]}. {d.last}".upper()[:26], sp.get(L4(lang), sp["nl"])]
    if with_riziv:
        out.append(d.riziv)
    out.append(f"{d.pc} {d.city}".upper())
    return out


def mc_old_grid(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The previous model typed into a GRID, two pages: the title in Caladea bold, the legal line under it, the
    patient's three fields in one row of cells; every question a row whose LEFT cell holds only its big letter (A to
    G) and whose right cell has the question in small bold and the typed answer under it; page 2 ends with the
    doctor's framed identification block (name, specialism, address, RIZIV/INAMI number) and, under it, the date at
    the left and the signature at the right with the round stamp to the LEFT of the signature."""
    OM = OLD[lang]
    v = fill(c, lang)
    tags = {"patient": 1, "illness": 1, "severity": 1, "treatment": 1, "doctor": 2, "signature": 2}
    s1, s2 = Sheet(), Sheet()
    txt(s1, 105, 12, OM["title"], f=CALA_B, pt=14, anchor="center")
    para(s1, 30, 19, 150, OM["sub"], f=CALA_I, pt=8.4, align="center", lead=1.2)
    y = 31.0
    for lab, val, x, wd in [(OM["pat"], v["full"], 16, 90), (OM["bd"], v["bd"], 106, 40), (OM["nat"], v["nat"], 146, 48)]:
        box(s1, x, y, wd, 11, lw=0.3)
        txt(s1, x + 1.5, y + 0.8, lab, f=CALA, pt=6.8, col=GREY)
        if val:
            txt(s1, x + 1.5, y + 4.8, val, f=CALA_B, pt=fitpt(val, wd - 3, CALA_B, 10))
    y += 15

    def row(sh, y, letter_, q, ans, h, extra=None):
        box(sh, 16, y, 178, h, lw=0.3)
        vl(sh, 28, y, y + h, lw=0.3)
        txt(sh, 22, y + 2, letter_, f=CALA_B, pt=18, anchor="center", col=(70, 70, 80))
        para(sh, 30, y + 1.4, 162, q[3:], f=CALA_B, pt=8.4, lead=1.15)
        yy = y + 6.2
        if ans:
            yy = para(sh, 30, yy, 162, ans, f=CALA, pt=9.4, lead=1.3)
        if extra:
            extra(sh, yy + 0.6)
        return y + h + 2

    y = row(s1, y, "A", OM["A"], v["hist"], 30)

    def sev(sh, yy):
        txt(sh, 30, yy, OM["Bs"] + ":", f=CALA_B, pt=8.8)
        if v["why"]:
            para(sh, 30 + tw(OM["Bs"] + ":", CALA_B, 8.8) + 2, yy, 132, v["why"], f=CALA, pt=9.4, lead=1.3)

    y = row(s1, y, "B", OM["B"], v["diag"], 40, sev)

    def dur(sh, yy):
        txt(sh, 30, yy, OM["Cd"] + ":", f=CALA_B, pt=8.8)
        if v["dur"]:
            txt(sh, 32 + tw(OM["Cd"] + ":", CALA_B, 8.8), yy, v["dur"], f=CALA, pt=9.4)

    row(s1, y, "C", OM["C"], "; ".join(x for x in (v["med"], v["oth"]) if x), 44, dur)
    txt(s2, 16, 10, f"{OM['title']} - {OM['pat']}: {v['full'] or '..........'}", f=CALA_I, pt=8, col=GREY)
    y = 18.0
    y = row(s2, y, "D", OM["D"], v["stop"], 30)
    y = row(s2, y, "E", OM["E"], v["prog"], 24)
    y = row(s2, y, "F", OM["F"], v["needs"], 30)
    y = row(s2, y, "G", OM["G"], v["travel"], 24)
    y += 4
    box(s2, 16, y, 178, 34, lw=0.45)
    txt(s2, 18, y + 1.5, OM["doc"], f=CALA_B, pt=8.6)
    txt(s2, 18, y + 8, f"Dr {v['dname']}", f=CALA_B, pt=10.5)
    txt(s2, 18, y + 13.5, v["spec"], f=CALA, pt=9.4)
    txt(s2, 18, y + 19, v["addr"], f=CALA, pt=fitpt(v["addr"], 170, CALA, 9.4))
    txt(s2, 18, y + 25, f"{OM['riz']}: {v['riz']}", f=CALA_B, pt=10)
    y += 42
    txt(s2, 18, y, f"{OM['date']}: {v['date']}", f=CALA, pt=10)
    txt(s2, 130, y, OM["sign"] + ":", f=CALA, pt=10)
    if v["signed"]:
        stamp(s2, 92, y + 2, doc_stamp(c, lang, bool(v["riz"])), rng, col=PAD_BLUE, mm=30)
        sig(s2, 132, y + 6, rng, w=44, h=14, col=BIC_BLUE)
    return [s1, s2], tags


def mc_old_ink(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The previous model printed blank in a small Times face with OPEN space under each question (no lines) and
    FILLED IN WITH A FOUNTAIN PEN in a slanted hand, two pages; the doctor writes the severity after its printed
    caption inside B/; page 2 carries the doctor's identification in three written lines, the date, and the round
    stamp with the signature written OVER it at the lower right; the copy is grey and page 2 was laid on the glass
    upside down."""
    OM = OLD[lang]
    v = fill(c, lang)
    hf = random.Random(c.seed + 61).choice([PEN_SLANT, PEN_NIB, PEN_SCRIPT, PEN_FATSLANT])
    pen = random.Random(c.seed + 62).choice([FOUNTAIN, BIC_BLACK, GEL_VIOLET])
    pt_ = 14.5 if hf == PEN_SCRIPT else 11.5
    tags = {"patient": 1, "illness": 1, "severity": 1, "treatment": 1, "doctor": 2, "signature": 2}
    s1, s2 = Sheet(), Sheet()
    txt(s1, 105, 12, OM["title"], f=ROMAN_B, pt=13, anchor="center")
    para(s1, 34, 18, 142, OM["sub"], f=ROMAN_I, pt=8, align="center", lead=1.2)
    y = 32.0
    for lab, val in [(OM["pat"], v["full"]), (OM["bd"], v["bd"]), (OM["nat"], v["nat"])]:
        txt(s1, 18, y, lab + " :", f=ROMAN, pt=9)
        if val:
            ink(s1, 22 + tw(lab + " :", ROMAN, 9), y - 2.6, val, rng, f=hf, pt=pt_, col=pen, maxw=120)
        y += 8

    def q(sh, y, label, ans, space):
        y = para(sh, 18, y, 174, label, f=ROMAN_B, pt=8.8, lead=1.15) + 1
        if ans:
            ink_lines(sh, 20, y, 172, ans, rng, f=hf, pt=pt_ - 1.5, lh=6.4, col=pen, n=int(space / 6.4))
        return y + space

    y = q(s1, y + 4, OM["A"], v["hist"], 34)
    y = q(s1, y, OM["B"], v["diag"], 14)
    txt(s1, 22, y, OM["Bs"] + " :", f=ROMAN, pt=9)
    if v["why"]:
        ink_lines(s1, 24 + tw(OM["Bs"] + " :", ROMAN, 9), y - 2, 150, v["why"], rng, f=hf, pt=pt_ - 1.5, lh=6.4,
                  col=pen, n=4)
    y += 28
    y = q(s1, y, OM["C"], "; ".join(x for x in (v["med"], v["oth"]) if x), 34)
    txt(s1, 22, y, OM["Cd"] + " :", f=ROMAN, pt=9)
    if v["dur"]:
        ink(s1, 24 + tw(OM["Cd"] + " :", ROMAN, 9), y - 2.4, v["dur"], rng, f=hf, pt=pt_ - 1, col=pen, maxw=140)
    y = q(s2, 16, OM["D"], v["stop"], 34)
    y = q(s2, y, OM["E"], v["prog"], 24)
    y = q(s2, y, OM["F"], v["needs"], 30)
    y = q(s2, y, OM["G"], v["travel"], 22)
    txt(s2, 18, y + 2, OM["doc"] + " :", f=ROMAN_B, pt=9)
    for i, s in enumerate([f"Dr {v['dname']} - {v['spec']}", v["addr"], f"{OM['riz']} {v['riz']}" if v["riz"] else ""]):
        if s:
            ink(s2, 20, y + 8 + i * 7.5, s, rng, f=hf, pt=pt_ - 1.5, col=pen, maxw=170)
    y += 34
    txt(s2, 18, y, OM["date"] + " :", f=ROMAN, pt=9)
    ink(s2, 32, y - 2.5, v["date"], rng, f=hf, pt=pt_, col=pen)
    txt(s2, 120, y, f"{OM['sign']} / {OM['stamp']} :", f=ROMAN, pt=9)
    if v["signed"]:
        stamp(s2, 124, y + 5, doc_stamp(c, lang, bool(v["riz"])), rng, col=PAD_VIOLET, mm=30)
        sig(s2, 128, y + 10, rng, w=44, h=14, col=pen)
    g1 = sheet_of(raster(s1).convert("L").convert("RGB"))
    g2 = half_turn(sheet_of(raster(s2).convert("L").convert("RGB")))
    return [g1, g2], tags


def mc_new_ink(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The 2024 model printed blank and FILLED IN BY HAND in ballpoint: section captions in white on a dark teal bar,
    the patient FIRST and the doctor's section LAST; each field a printed caption with the answer written on a faint
    line; the degree of severity as four printed options in a row, the chosen one RINGED by the pen; two pages; the
    RIZIV/INAMI number written in one field; the signature written BESIDE the printed caption and the doctor's
    rectangular stamp pressed under it."""
    N = NEW[lang]
    v = fill(c, lang)
    hf = random.Random(c.seed + 63).choice([PEN_LOOP, PEN_CAPS, PEN_FAT, PEN_BREIP])
    pen = random.Random(c.seed + 64).choice([BIC_BLUE, BIC_BLACK, GREEN_PEN])
    up = hf == PEN_CAPS
    tags = {"patient": 1, "illness": 1, "severity": 1, "treatment": 2, "doctor": 2, "signature": 2}
    s1, s2 = Sheet(), Sheet()
    TEAL = (20, 90, 100)
    txt(s1, 18, 10, N["title"], f=SANS_B, pt=15, col=TEAL)
    txt(s1, 18, 17, f"{N['model']} - {N['law']}", f=SANS, pt=8, col=GREY)

    def bar(sh, y, t):
        shade(sh, 18, y, 174, 6, TEAL)
        txt(sh, 20, y + 1.1, t, f=SANS_B, pt=9, col=(255, 255, 255))
        return y + 9

    def field(sh, y, cap, val, x=18, w=174):
        txt(sh, x, y, cap, f=SANS, pt=7.2, col=GREY)
        hl(sh, x, x + w - 3, y + 9, lw=0.2, col=FAINT)
        if val:
            ink(sh, x + 1, y + 2.8, val, rng, f=hf, pt=11, col=pen, maxw=w - 4, upper=up)

    def space(sh, y, h, val):
        box(sh, 18, y, 174, h, lw=0.2, col=FAINT)
        if val:
            ink_lines(sh, 20, y + 1.2, 170, val, rng, f=hf, pt=10, lh=5.8, col=pen, n=int(h / 5.8), upper=up)
        return y + h + 3

    y = bar(s1, 26, N["s2"])
    field(s1, y, N["pn"], v["sur"], w=62)
    field(s1, y, N["pf"], v["first"], x=80, w=50)
    field(s1, y, N["pbd"], v["bd"], x=130, w=30)
    field(s1, y, N["pnat"], v["nat"], x=160, w=32)
    y = bar(s1, y + 14, N["s3"])
    y = space(s1, y, 34, v["hist"])
    y = bar(s1, y, N["s4"])
    y = space(s1, y, 22, v["diag"])
    y = bar(s1, y, N["s5"])
    x = 22.0
    for i, o in enumerate(N["lv"]):
        txt(s1, x, y + 1, o, f=SANS, pt=9.6)
        if i == v["lvl"]:
            ow = tw(o, SANS, 9.6)
            ring = Image.new("RGBA", (int(ow * 12) + 40, 100), (0, 0, 0, 0))
            ImageDraw.Draw(ring).ellipse([4, 6, int(ow * 12) + 34, 94], outline=pen + (255,), width=6)
            s1.image(x - 2.5, y - 1.2, ow + 5, 8, ring, blend="multiply")
        x += tw(o, SANS, 9.6) + 16
    txt(s1, 18, y + 9, N["why"], f=SANS, pt=7.2, col=GREY)
    space(s1, y + 12, 40, v["why"])
    txt(s2, 18, 10, f"{N['title']} - {N['pn']}: ", f=SANS, pt=7.6, col=GREY)
    if v["full"]:
        ink(s2, 22 + tw(f"{N['title']} - {N['pn']}: ", SANS, 7.6), 8, v["full"], rng, f=hf, pt=10, col=pen, upper=up)
    y = bar(s2, 18, N["s6"])
    txt(s2, 18, y, N["med"], f=SANS, pt=7.2, col=GREY)
    y = space(s2, y + 3, 22, v["med"])
    txt(s2, 18, y, N["oth"], f=SANS, pt=7.2, col=GREY)
    y = space(s2, y + 3, 18, v["oth"])
    field(s2, y, N["dur"], v["dur"])
    y = bar(s2, y + 13, N["s7"])
    y = space(s2, y, 20, v["stop"])
    y = bar(s2, y, N["s8"])
    y = space(s2, y, 14, v["prog"])
    y = bar(s2, y, N["s9"])
    y = space(s2, y, 22, f"{v['needs']} {v['travel']}")
    y = bar(s2, y, N["s1"])
    field(s2, y, N["dn"], v["dname"], w=86)
    field(s2, y, N["spec"], v["spec"], x=106, w=86)
    field(s2, y + 12, N["riz"], v["riz"], w=60)
    field(s2, y + 12, N["addr"], v["addr"], x=80, w=112)
    y += 27
    field(s2, y, N["date"], v["date"], w=50)
    txt(s2, 76, y, N["sign"], f=SANS, pt=7.2, col=GREY)
    if v["signed"]:
        sig(s2, 110, y - 4, rng, w=40, h=12, col=pen)
        stamp(s2, 112, y + 8, doc_stamp(c, lang, bool(v["riz"])), rng, shape="rect", col=PAD_BLUE, mm=40)
    return [s1, s2], tags


def mc_new_fields(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The 2024 model completed in the fillable PDF and printed: numbered section heads in blue with a thin blue rule,
    each answer in a pale blue field box with its caption above it, the doctor's section FIRST on page 1; the degree
    of severity as four square boxes in a column, the chosen one typed 'X'; the patient's name repeated in a grey
    footer line on both pages; on page 2 the date field and a wide signature field with the pen signature and the
    doctor's round stamp overlapping the field's edge."""
    N = NEW[lang]
    v = fill(c, lang)
    tags: dict[str, int] = {}
    sheets: list[Sheet] = []
    st = {"y": 0.0}
    BLUE, FIELD = (30, 70, 150), (226, 236, 250)

    def new():
        sh = Sheet()
        sheets.append(sh)
        if len(sheets) == 1:
            txt(sh, 18, 11, N["title"].upper(), f=LSANS_B, pt=14, col=BLUE)
            txt(sh, 18, 17.5, N["model"], f=LSANS_I, pt=8.4, col=GREY)
            txt(sh, 192, 12, N["law"], f=LSANS, pt=7.6, anchor="right", col=GREY)
            st["y"] = 26.0
        else:
            st["y"] = 14.0
        txt(sh, 18, 286, f"{N['pn']}: {v['full'] or '-'}", f=LSANS, pt=7.4, col=GREY)

    new()

    def head(t):
        if st["y"] + 20 > 276:
            new()
        st["y"] += 2
        txt(sheets[-1], 18, st["y"], t, f=LSANS_B, pt=10, col=BLUE)
        hl(sheets[-1], 18, 192, st["y"] + 5, lw=0.25, col=BLUE)
        st["y"] += 7.5

    def fld(cap, val, *, tag=None, minh=7.0, x=18.0, w=174.0, same=False):
        ln = wrap(sheets[-1], val or " ", w - 4, LSANS, 9.4)
        h = max(minh, 4.4 * len(ln) + 2.4)
        if not same and st["y"] + h + 4 > 278:
            new()
        if tag:
            tags.setdefault(tag, len(sheets))
        sh, y = sheets[-1], st["y"]
        txt(sh, x, y, cap, f=LSANS, pt=7, col=GREY)
        shade(sh, x, y + 3, w - 2, h, FIELD)
        box(sh, x, y + 3, w - 2, h, lw=0.15, col=(150, 170, 210))
        if val:
            para(sh, x + 1.5, y + 4.2, w - 5, val, f=LSANS, pt=9.4, lead=1.32)
        return y + h + 5

    head(N["s1"])
    y1 = fld(N["dn"], f"Dr {v['dname']}", x=18, w=87, tag="doctor")
    fld(N["riz"], v["riz"], x=105, w=87, same=True)
    st["y"] = y1
    y1 = fld(N["spec"], v["spec"], x=18, w=87)
    fld(N["addr"], v["addr"], x=105, w=87, same=True)
    st["y"] = y1
    head(N["s2"])
    y1 = fld(N["pn"], v["sur"], x=18, w=87, tag="patient")
    fld(N["pf"], v["first"], x=105, w=87, same=True)
    st["y"] = y1
    y1 = fld(N["pbd"], v["bd"], x=18, w=87)
    fld(N["pnat"], v["nat"], x=105, w=87, same=True)
    st["y"] = y1
    head(N["s3"])
    st["y"] = fld(N["s3"][3:], v["hist"], minh=14)
    head(N["s4"])
    st["y"] = fld(N["s4"][3:], v["diag"], tag="illness", minh=9)
    head(N["s5"])
    if st["y"] + 30 > 276:
        new()
    tags.setdefault("severity", len(sheets))
    for i, o in enumerate(N["lv"]):
        square(sheets[-1], 20, st["y"] + i * 5.6, 3.6, i == v["lvl"])
        txt(sheets[-1], 26, st["y"] + i * 5.6 + 0.1, o, f=LSANS, pt=9.4)
    st["y"] += 4 * 5.6 + 3
    st["y"] = fld(N["why"], v["why"], minh=12)
    head(N["s6"])
    st["y"] = fld(N["med"], v["med"], tag="treatment", minh=10)
    st["y"] = fld(N["oth"], v["oth"], minh=10)
    st["y"] = fld(N["dur"], v["dur"])
    head(N["s7"])
    st["y"] = fld(N["s7"][3:], v["stop"], minh=10)
    head(N["s8"])
    st["y"] = fld(N["s8"][3:], v["prog"])
    head(N["s9"])
    st["y"] = fld(N["s9"][3:], f"{v['needs']} {v['travel']}", minh=12)
    if st["y"] + 40 > 278:
        new()
    tags["signature"] = len(sheets)
    y1 = fld(N["date"], v["date"], x=18, w=50)
    sh, y = sheets[-1], st["y"]
    txt(sh, 70, y, N["sign"], f=LSANS, pt=7, col=GREY)
    shade(sh, 70, y + 3, 120, 28, FIELD)
    box(sh, 70, y + 3, 120, 28, lw=0.15, col=(150, 170, 210))
    if v["signed"]:
        sig(sh, 84, y + 8, rng, w=46, h=15, col=BIC_BLUE)
        stamp(sh, 158, y - 4, doc_stamp(c, lang, bool(v["riz"])), rng, col=PAD_BLUE, mm=30)
    return sheets, tags


def mc_new_twocol(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The 2024 model on ONE page in TWO COLUMNS, typed in Vera Sans Condensed: sections 1 to 5 in the left column,
    6 to 9 in the right, each section's caption in bold capitals with a hairline under it and the answers typed
    below their small grey captions; the severity as an inline row of boxes with the chosen one ticked; across the
    foot a grey band with the date at the LEFT, the signature in the middle and the stamp at the RIGHT."""
    N = NEW[lang]
    v = fill(c, lang)
    tags = {"doctor": 1, "patient": 1, "illness": 1, "severity": 1, "treatment": 1, "signature": 1}
    sh = Sheet()
    txt(sh, 14, 10, N["title"].upper(), f=VERAC_B, pt=12.5)
    txt(sh, 14, 16, f"{N['model']}  ·  {N['law']}", f=VERAC, pt=7.4, col=GREY)
    hl(sh, 14, 196, 20, lw=0.5)
    vl(sh, 105, 24, 246, lw=0.2, col=FAINT)
    cols = {"L": [14.0, 24.0], "R": [109.0, 24.0]}

    def sect(side, t):
        x, y = cols[side]
        txt(sh, x, y, t.upper(), f=VERAC_B, pt=8.2)
        hl(sh, x, x + 87, y + 3.8, lw=0.15, col=GREY)
        cols[side][1] = y + 5.6

    def item(side, cap, val, *, gap=1.6):
        x, y = cols[side]
        if cap:
            txt(sh, x, y, cap, f=VERAC, pt=6.6, col=GREY)
            y += 2.8
        if val:
            y = para(sh, x, y, 87, val, f=VERAC, pt=8.2, lead=1.22)
        else:
            y += 3.6
        cols[side][1] = y + gap

    sect("L", N["s1"])
    item("L", N["dn"], f"Dr {v['dname']}")
    item("L", N["riz"], v["riz"])
    item("L", N["spec"], v["spec"])
    item("L", N["addr"], v["addr"])
    sect("L", N["s2"])
    item("L", f"{N['pn']}, {N['pf']}", f"{v['sur']}, {v['first']}" if v["sur"] else "")
    item("L", N["pbd"], v["bd"])
    item("L", N["pnat"], v["nat"])
    sect("L", N["s3"])
    item("L", "", v["hist"])
    sect("L", N["s4"])
    item("L", "", v["diag"])
    sect("L", N["s5"])
    x, y = cols["L"]
    for i, o in enumerate(N["lv"]):
        box(sh, x, y + 0.4, 2.8, 2.8, lw=0.25)
        if i == v["lvl"]:
            txt(sh, x + 1.4, y - 0.2, "✓", f=VERA, pt=8, anchor="center")
        txt(sh, x + 3.8, y, o, f=VERAC, pt=7.8)
        x += 7 + tw(o, VERAC, 7.8)
    cols["L"][1] = y + 5
    item("L", N["why"], v["why"])
    sect("R", N["s6"])
    item("R", N["med"], v["med"])
    item("R", N["oth"], v["oth"])
    item("R", N["dur"], v["dur"])
    sect("R", N["s7"])
    item("R", "", v["stop"])
    sect("R", N["s8"])
    item("R", "", v["prog"])
    sect("R", N["s9"])
    item("R", "", f"{v['needs']} {v['travel']}")
    y = max(250.0, cols["L"][1] + 4, cols["R"][1] + 4)
    shade(sh, 14, y, 182, 30, (236, 236, 238))
    txt(sh, 17, y + 2, N["date"], f=VERAC, pt=6.8, col=GREY)
    txt(sh, 17, y + 6, v["date"], f=VERAC_B, pt=9.4)
    txt(sh, 70, y + 2, N["sign"], f=VERAC, pt=6.8, col=GREY)
    txt(sh, 150, y + 2, N["stamp"], f=VERAC, pt=6.8, col=GREY)
    if v["signed"]:
        sig(sh, 72, y + 7, rng, w=44, h=14, col=BIC_BLUE)
        stamp(sh, 140, y + 4, doc_stamp(c, lang, bool(v["riz"])), rng, shape="rect", col=PAD_BLACK, mm=36)
    return [sh], tags


def mc_old_run(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The previous model typed by a general practice as RUNNING TEXT on its own letter paper, one page: the
    practice's name and address typed at the top LEFT, the model's title centred and underlined, the patient's data
    on one line, then each item as a run-in bold label ('A/ Historique :') followed by the answer on the same line,
    in Courier Prime; the doctor's details typed at the lower LEFT and the signature at the lower RIGHT with the
    practice's oval stamp beside it; a yellow sticky note 'original suit par la poste' stuck at the top right."""
    OM = OLD[lang]
    v = fill(c, lang)
    d = c.doctor
    tags = {"patient": 1, "illness": 1, "severity": 1, "treatment": 1, "doctor": 1, "signature": 1}
    sh = Sheet()
    for i, s in enumerate([d.inst, d.street, f"{d.pc} {d.city}", f"Tél. {d.tel}"]):
        txt(sh, 18, 10 + i * 4.3, s, f=PRIME_B if i == 0 else PRIME, pt=9)
    txt(sh, 105, 34, OM["title"], f=PRIME_B, pt=12, anchor="center")
    hl(sh, 105 - tw(OM["title"], PRIME_B, 12) / 2, 105 + tw(OM["title"], PRIME_B, 12) / 2, 39.2, lw=0.3)
    para(sh, 30, 41, 150, OM["sub"], f=PRIME, pt=7.4, align="center", lead=1.15)
    pat = f"{OM['pat']} : {v['full'] or '.......................'} - {OM['bd']} : {v['bd'] or '..........'} - " \
          f"{OM['nat']} : {v['nat'] or '..........'}"
    y = para(sh, 18, 52, 174, pat, f=PRIME, pt=8.8, lead=1.25) + 2.5

    def run(label, val, gap=2.4):
        nonlocal y
        lw_ = tw(label + " ", PRIME_B, 8.6)
        txt(sh, 18, y, label, f=PRIME_B, pt=8.6)
        lines = wrap(sh, val or "", 174 - lw_, PRIME, 8.6)
        txt(sh, 18 + lw_, y, lines[0] if val else "", f=PRIME, pt=8.6)
        y += 3.9
        if val and len(lines) > 1:
            y = para(sh, 18, y, 174, " ".join(lines[1:]), f=PRIME, pt=8.6, lead=1.2)
        y += gap

    run(OM["A"].split(":")[0] + " :", v["hist"])
    run(OM["B"].split(":")[0] + " :", v["diag"], gap=0.6)
    run(OM["Bs"] + " :", v["why"])
    run(OM["C"].split(":")[0] + " :", "; ".join(x for x in (v["med"], v["oth"]) if x), gap=0.6)
    run(OM["Cd"] + " :", v["dur"])
    run(OM["D"][:2] + " " + OM["D"][3:].split(" en ")[0].split(" et ")[0] + " :", v["stop"])
    run(OM["E"] + " :", v["prog"])
    run(OM["F"].split(" - ")[0] + " :", v["needs"])
    run(OM["G"].split("?")[0] + "? :", v["travel"])
    y = max(y + 6, 236.0)
    txt(sh, 18, y, OM["doc"] + " :", f=PRIME_B, pt=8.6)
    for i, s in enumerate([f"Dr {v['dname']}", v["spec"], f"{OM['riz']} {v['riz']}" if v["riz"] else "",
                           f"{OM['date']} : {v['date']}"]):
        if s:
            txt(sh, 18, y + 5 + i * 4.4, s, f=PRIME, pt=8.8)
    txt(sh, 130, y, OM["sign"] + " :", f=PRIME, pt=8.8)
    if v["signed"]:
        sig(sh, 128, y + 5, rng, w=40, h=13, col=BIC_BLACK)
        stamp(sh, 168, y + 2, doc_stamp(c, lang, bool(v["riz"])), rng, shape="oval", col=PAD_GREEN, mm=28)
    note = {"fr": ["original suit", "par la poste"], "nl": ["origineel volgt", "per post"]}[lang]
    sticky(sh, 166, 4, note, rng)
    return [sh], tags


def mc_new_ehr(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The 2024 model printed from a hospital's electronic record, two pages: the hospital's name and a logo square
    at the top LEFT, the patient's adhesive label stuck at the top RIGHT (name, birth date, record number and a
    barcode, slightly crooked); the sections as rows of a grid with the caption in a narrow bold column at the LEFT;
    the severity printed as the chosen word in bold with '(schaal: ...)' after it; page 2 ends with 'Datum' and the
    pen signature over the printed name with the department's round stamp under it; page footer with the print
    time and 'pagina n/2'."""
    N = NEW[lang]
    v = fill(c, lang)
    d = c.doctor
    tags: dict[str, int] = {}
    s1, s2 = Sheet(), Sheet()
    for s in (s1, s2):
        shade(s, 16, 10, 8, 8, (0, 100, 140))
        txt(s, 27, 10, d.inst, f=CARL_B, pt=10.5, col=(0, 80, 120))
        txt(s, 27, 15, d.dept or SPECIALTY[d.spec][L4(lang)], f=CARL, pt=8, col=GREY)
    if v["full"]:
        lab = Sheet(66, 26)
        box(lab, 0.5, 0.5, 65, 25, lw=0.2, col=SOFT)
        txt(lab, 3, 2, v["full"], f=CARL_B, pt=fitpt(v["full"], 60, CARL_B, 9))
        txt(lab, 3, 7, f"° {v['bd']}   {'V' if she(c) else 'M'}", f=CARL, pt=8.4)
        txt(lab, 3, 11.5, f"EPD {(c.seed % 9_000_000) + 1_000_000}", f=CARL, pt=8)
        barcode(lab, 3, 16, 44, 6.5, c.p.surname + str(c.seed))
        img = raster(lab, 260).rotate(rng.uniform(-3, 3), expand=True, fillcolor=(255, 255, 255))
        s1.image(128, 8, 66, 26, img, blend="multiply")
    txt(s1, 16, 38, N["title"].upper(), f=CARL_B, pt=14)
    txt(s1, 16, 44.5, f"{N['model']} - {N['law']}", f=CARL, pt=8, col=GREY)
    st = {"sh": s1, "y": 52.0, "pg": 1}

    def row(cap, val, *, tag=None, minh=8.0):
        ln = wrap(st["sh"], val or " ", 136, CARL, 9.6)
        h = max(minh, 4.5 * len(ln) + 2.6)
        if st["y"] + h > 272:
            st["sh"], st["y"], st["pg"] = s2, 26.0, 2
        if tag:
            tags.setdefault(tag, st["pg"])
        sh, y = st["sh"], st["y"]
        box(sh, 16, y, 178, h, lw=0.2, col=SOFT)
        vl(sh, 54, y, y + h, lw=0.2, col=SOFT)
        para(sh, 18, y + 1.4, 35, cap, f=CARL_B, pt=8.4, lead=1.15)
        if val:
            para(sh, 56, y + 1.4, 136, val, f=CARL, pt=9.6, lead=1.3)
        st["y"] = y + h

    row(N["pn"] + " / " + N["pf"], f"{v['sur']} {v['first']}".strip(), tag="patient")
    row(N["pbd"], v["bd"])
    row(N["pnat"], v["nat"])
    row(N["s3"][3:], v["hist"], minh=14)
    row(N["s4"][3:], v["diag"], tag="illness")
    sev = f"{N['lv'][v['lvl']].upper()}   ({' / '.join(N['lv'])})" if v["lvl"] >= 0 else ""
    row(N["s5"][3:], sev, tag="severity")
    row(N["why"], v["why"], minh=12)
    row(N["med"], v["med"], tag="treatment", minh=10)
    row(N["oth"], v["oth"], minh=10)
    row(N["dur"], v["dur"])
    row(N["s7"][3:], v["stop"], minh=10)
    row(N["s8"][3:], v["prog"])
    row(N["s9"][3:], f"{v['needs']} {v['travel']}", minh=12)
    row(N["dn"], f"Dr {v['dname']}", tag="doctor")
    row(N["spec"], v["spec"])
    row(N["riz"], v["riz"])
    row(N["addr"], v["addr"])
    if st["y"] + 40 > 272:
        st["sh"], st["y"], st["pg"] = s2, 26.0, 2
    tags["signature"] = st["pg"]
    sh, y = st["sh"], st["y"] + 8
    txt(sh, 16, y, f"{N['date']}: {v['date']}", f=CARL, pt=10)
    txt(sh, 120, y + 16, f"Dr {v['dname']}", f=CARL, pt=10)
    if v["signed"]:
        sig(sh, 118, y + 4, rng, w=44, h=14, col=BIC_BLUE)
        stamp(sh, 150, y + 20, doc_stamp(c, lang, bool(v["riz"])), rng, col=PAD_BLUE, mm=28)
    out = [s1, s2] if st["pg"] == 2 or st["sh"] is s2 else [s1]
    t0 = f"{rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}"
    for i, s in enumerate(out):
        txt(s, 16, 286, f"{'afgedrukt' if lang == 'nl' else 'imprimé'} {dd(c.cert_date, '/')} {t0}", f=CARL, pt=7,
            col=GREY)
        txt(s, 194, 286, f"{'pagina' if lang == 'nl' else 'page'} {i + 1}/{len(out)}", f=CARL, pt=7, anchor="right",
            col=GREY)
    return out, tags


_reg("be9ter-medcert-old-nl-typed-raster-grote-letters-links-stempel-links-van-handtekening-47",
     "medical-certificate", "nl", lambda c, r: mc_old_grid(c, r, lang="nl"),
     "previous model typed into a grid with the question letters in a left column, two pages")
_reg("be9ter-medcert-old-fr-hand-vulpen-open-ruimte-grijs-blad2-ondersteboven-47", "medical-certificate", "fr",
     lambda c, r: mc_old_ink(c, r, lang="fr"), "previous model filled in with a fountain pen, page 2 upside down")
_reg("be9ter-medcert-2024-nl-hand-petrol-balken-ernst-omcirkeld-arts-laatst-47", "medical-certificate", "nl",
     lambda c, r: mc_new_ink(c, r, lang="nl"), "2024 model filled in by hand, severity ringed, doctor last")
_reg("be9ter-medcert-2024-fr-typed-invulvelden-lichtblauw-arts-eerst-47", "medical-certificate", "fr",
     lambda c, r: mc_new_fields(c, r, lang="fr"), "2024 model printed from the fillable PDF, pale blue fields")
_reg("be9ter-medcert-2024-de-typed-twee-kolommen-een-blad-grijze-voetband-47", "medical-certificate", "de",
     lambda c, r: mc_new_twocol(c, r, lang="de"), "2024 model in German on one page in two columns")
_reg("be9ter-medcert-old-fr-typed-lopende-tekst-courier-huisarts-geeltje-47", "medical-certificate", "fr",
     lambda c, r: mc_old_run(c, r, lang="fr"), "previous model typed as running text on practice paper")
_reg("be9ter-medcert-2024-nl-typed-epd-print-patientenklever-raster-47", "medical-certificate", "nl",
     lambda c, r: mc_new_ehr(c, r, lang="nl"), "2024 model printed from a hospital record with a patient label")
_reg("be9ter-medcert-2024-en-typed-invulvelden-lichtblauw-47", "medical-certificate", "en",
     lambda c, r: mc_new_fields(c, r, lang="en"), "the 2024 model filled in English (not accepted)")


# =========================================================================== medical statements

_FR_PC = ("1000", "1030", "1040", "1050", "1060", "1070", "1080", "1180", "1190", "1200", "1210")


def doc_lang(c: Case, doc) -> str:
    """The language a doctor writes in, from where the practice is; falls back to one the illness is written in."""
    lg = "de" if doc.pc.startswith("47") else ("fr" if doc.pc[:1] in "4567" or doc.pc in _FR_PC else "nl")
    il = ILLNESSES[c.illness]
    if lg not in il:
        lg = "fr" if "fr" in il else "nl"
    return lg


def the_doctor(c: Case):
    return c.doctor if "medcert_absent" in c.flags else c.specialist


def ms_consult(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A specialist's consultation report ('Consultatieverslag' / 'Rapport de consultation') to the referring
    doctor: a full-width coloured band at the top with the hospital's name in white and the department under it,
    the date and the patient line ('Patiënt(e): ... °...') in a thin frame, then fixed headings in bold small
    capitals (reason for referral, history, examination, conclusion, plan) each followed by a short paragraph; the
    signature at the lower RIGHT above the typed name and specialism; Nimbus Sans Narrow."""
    doc = the_doctor(c)
    lang = doc_lang(c, doc)
    t = ill(c, lang)
    il = ILLNESSES[c.illness]
    sh = Sheet()
    col = random.Random(c.seed + 71).choice([(0, 96, 120), (110, 30, 60), (40, 70, 140)])
    shade(sh, 0, 8, 210, 16, col)
    txt(sh, 18, 10, doc.inst, f=NARROW_B, pt=12, col=(255, 255, 255))
    txt(sh, 18, 16.5, doc.dept or SPECIALTY[doc.spec][lang], f=NARROW, pt=8.6, col=(225, 235, 240))
    title = {"nl": "CONSULTATIEVERSLAG", "fr": "RAPPORT DE CONSULTATION", "de": "KONSILIARBERICHT"}[lang]
    txt(sh, 18, 32, title, f=NARROW_B, pt=13)
    txt(sh, 192, 33, f"{doc.city}, {dd(c.medstat_date, '/')}", f=NARROW, pt=9.4, anchor="right")
    box(sh, 18, 40, 174, 9, lw=0.25, col=GREY)
    pl = {"nl": "Patiënt(e)", "fr": "Patient(e)", "de": "Patient(in)"}[lang]
    txt(sh, 20, 42, f"{pl}: {c.p.surname.upper()} {c.p.given_names}   °{dd(c.p.birth_date, '.')}", f=NARROW_B, pt=10)
    heads = {"nl": ["Reden van verwijzing", "Voorgeschiedenis", "Onderzoek", "Besluit", "Beleid"],
             "fr": ["Motif de la consultation", "Anamnèse", "Examen", "Conclusion", "Attitude"],
             "de": ["Anlass", "Vorgeschichte", "Befund", "Beurteilung", "Procedere"]}[lang]
    exam = {"nl": f"Klinisch stabiel. Laboratorium en beeldvorming in overeenstemming met de gekende aandoening "
                  f"({il['icd']}).",
            "fr": f"Cliniquement stable. Biologie et imagerie concordantes avec l'affection connue ({il['icd']}).",
            "de": f"Klinisch stabil. Labor und Bildgebung passend zur bekannten Erkrankung ({il['icd']})."}[lang]
    texts = [{"nl": "Opvolging van een gekende chronische aandoening.",
              "fr": "Suivi d'une affection chronique connue.",
              "de": "Verlaufskontrolle einer bekannten chronischen Erkrankung."}[lang],
             t["history"], exam, f"{t['name']}. {t['severity']}",
             f"{'; '.join(t['meds'])}. {t['intervention']} {t['needs']}"]
    y = 56.0
    for h, s in zip(heads, texts):
        txt(sh, 18, y, h.upper(), f=NARROW_B, pt=8.8, track=0.3)
        y = para(sh, 18, y + 4.6, 174, s, f=NARROW, pt=10, lead=1.45) + 4
    y += 6
    sig(sh, 128, y, rng, w=42, h=12, col=BIC_BLUE)
    txt(sh, 192, y + 14, doc.name(), f=NARROW_B, pt=10, anchor="right")
    txt(sh, 192, y + 19, SPECIALTY[doc.spec][lang], f=NARROW, pt=9, anchor="right")
    txt(sh, 105, 286, f"{doc.inst} - {doc.street}, {doc.pc} {doc.city} - {doc.tel}", f=NARROW, pt=7,
        anchor="center", col=GREY)
    return [sh], {}


def ms_admission(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A hospital's short certificate of admission ('Attest van hospitalisatie' / 'Attestation d'hospitalisation')
    issued by the ward: the hospital's name centred over a double rule, the statement that the patient was admitted
    from one date to another in the department for the named condition and still needs the stated treatment, in
    large type with generous spacing; the doctor's signature at the LEFT and the ward's square stamp at the right;
    copied slightly crooked with a diagonal crease at the lower corner."""
    doc = the_doctor(c)
    lang = doc_lang(c, doc)
    if lang == "de":
        lang = "fr" if "fr" in ILLNESSES[c.illness] else "nl"
    t = ill(c, lang)
    adm = c.medstat_date - timedelta(days=rng.randint(6, 20))
    sh = Sheet()
    txt(sh, 105, 16, doc.inst.upper(), f=SCHOOL_B, pt=12.5, anchor="center")
    txt(sh, 105, 23, doc.dept or SPECIALTY[doc.spec][lang], f=SCHOOL_I, pt=9.4, anchor="center", col=GREY)
    hl(sh, 30, 180, 28.5, lw=0.5)
    hl(sh, 30, 180, 29.6, lw=0.2)
    title = {"nl": "ATTEST VAN HOSPITALISATIE", "fr": "ATTESTATION D'HOSPITALISATION"}[lang]
    txt(sh, 105, 44, title, f=SCHOOL_B, pt=14, anchor="center", track=0.8)
    body = {"nl": f"Ondergetekende, {doc.name()}, {SPECIALTY[doc.spec]['nl']}, verklaart dat {c.p.given_names} "
                  f"{c.p.surname.upper()}, geboren op {dd(c.p.birth_date, '/')}, opgenomen was in onze dienst van "
                  f"{dd(adm, '/')} tot {dd(c.medstat_date, '/')} wegens {t['name'][:1].lower() + t['name'][1:]}.\n\n"
                  f"{t['severity']}\n\nDe patiënt heeft verder nood aan de volgende behandeling: "
                  f"{'; '.join(t['meds'])}. {t['needs']}",
            "fr": f"Je soussigné(e), {doc.name()}, {SPECIALTY[doc.spec]['fr']}, certifie que {c.p.given_names} "
                  f"{c.p.surname.upper()}, né(e) le {dd(c.p.birth_date, '/')}, a été hospitalisé(e) dans notre "
                  f"service du {dd(adm, '/')} au {dd(c.medstat_date, '/')} pour "
                  f"{t['name'][:1].lower() + t['name'][1:]}.\n\n{t['severity']}\n\nLe patient nécessite la "
                  f"poursuite du traitement suivant : {'; '.join(t['meds'])}. {t['needs']}"}[lang]
    y = para(sh, 26, 60, 158, body, f=SCHOOL, pt=11.5, lead=1.75, align="justify") + 12
    txt(sh, 26, y, f"{doc.city}, {dd(c.medstat_date + timedelta(days=1), '/')}", f=SCHOOL, pt=11)
    sig(sh, 28, y + 8, rng, w=42, h=13, col=BIC_BLACK)
    txt(sh, 26, y + 24, doc.name(), f=SCHOOL_B, pt=10.5)
    stamp(sh, 128, y + 4, [doc.inst[:24].upper(), (doc.dept or "")[:24].upper() or "HOSPITALISATION",
                           doc.city.upper()], rng, shape="rect", col=PAD_BLUE, mm=44)
    return [diagonal_crease(tilt(sh, rng.choice([-1.2, 0.9, 1.6])), rng)], {}


def ms_medication(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The treating GP's medication schedule and problem list printed from the practice software
    ('Medicatieschema' / 'Schéma de médication'): a grey header band with the practice and the print date, the
    patient's identification line, a 'Problemen / Problèmes' list with ICD codes, then a ruled table of the current
    medicines with columns for morning, noon, evening and night and the start date; the GP's initials and stamp at
    the foot; dot-matrix-like grey print."""
    doc = the_doctor(c)
    lang = doc_lang(c, doc)
    if lang == "de":
        lang = "fr" if "fr" in ILLNESSES[c.illness] else "nl"
    t = ill(c, lang)
    il = ILLNESSES[c.illness]
    sh = Sheet()
    shade(sh, 14, 10, 182, 14, (226, 226, 226))
    txt(sh, 17, 12, f"{doc.inst}  -  {doc.name()}", f=LMONO_B, pt=9.4)
    txt(sh, 17, 17.5, f"{doc.street}, {doc.pc} {doc.city}", f=LMONO, pt=8)
    txt(sh, 193, 12, dd(c.medstat_date, "/"), f=LMONO, pt=8.4, anchor="right")
    title = {"nl": "MEDICATIESCHEMA", "fr": "SCHÉMA DE MÉDICATION"}[lang]
    txt(sh, 14, 32, title, f=LMONO_B, pt=13)
    txt(sh, 14, 40, f"{c.p.surname.upper()}, {c.p.given_names}  -  {dd(c.p.birth_date, '/')}", f=LMONO, pt=10)
    txt(sh, 14, 50, {"nl": "Problemen", "fr": "Problèmes"}[lang], f=LMONO_B, pt=10)
    txt(sh, 18, 56, f"{il['icd']}  {t['name']}", f=LMONO, pt=fitpt(f"{il['icd']}  {t['name']}", 176, LMONO, 9.4))
    txt(sh, 18, 61, "I10  " + {"nl": "arteriële hypertensie (in opvolging)", "fr": "hypertension artérielle (suivi)"}[lang],
        f=LMONO, pt=9.4)
    y = 72.0
    heads = {"nl": ["Geneesmiddel", "ocht.", "midd.", "av.", "nacht", "sinds"],
             "fr": ["Médicament", "matin", "midi", "soir", "nuit", "depuis"]}[lang]
    xs = [14, 118, 134, 150, 164, 178]
    for x, h in zip(xs, heads):
        txt(sh, x, y, h, f=LMONO_B, pt=8.6)
    hl(sh, 14, 196, y + 4.6, lw=0.4)
    y += 7
    r = random.Random(c.seed + 73)
    for m in t["meds"]:
        ln = wrap(sh, m, 100, LMONO, 8.6)
        txt(sh, 14, y, ln[0], f=LMONO, pt=8.6)
        dose = r.choice([("1", "-", "-", "-"), ("1", "-", "1", "-"), ("-", "-", "1", "-"), ("1", "1", "1", "-")])
        for x, dv in zip(xs[1:5], dose):
            txt(sh, x + 4, y, dv, f=LMONO, pt=8.6, anchor="center")
        txt(sh, 178, y, dd(c.medstat_date - timedelta(days=r.randint(120, 900)), "/", yy=True), f=LMONO, pt=8.6)
        for extra in ln[1:]:
            y += 4.2
            txt(sh, 14, y, extra, f=LMONO, pt=8.6)
        hl(sh, 14, 196, y + 4.4, lw=0.15, col=SOFT)
        y += 6.4
    y = para(sh, 14, y + 6, 182, f"{t['intervention']} {t['duration']}", f=LMONO, pt=8.8, lead=1.3) + 10
    sig(sh, 20, y, rng, w=20, h=9, col=BIC_BLUE, style="initials")
    stamp(sh, 48, y - 2, [doc.name()[:24], doc.riziv, doc.city.upper()], rng, shape="rect", col=PAD_BLUE, mm=40)
    img = raster(sh).convert("L").point(lambda v_: 60 + int(v_ * 0.76)).convert("RGB")
    return [sheet_of(img)], {}


_reg("be9ter-medstat-specialist-consultatieverslag-kleurband-vaste-kopjes-47", "medical-statement", "nl",
     ms_consult, "specialist's consultation report under a coloured band, fixed headings")
_reg("be9ter-medstat-attest-hospitalisatie-dubbele-lijn-scheef-vouw-47", "medical-statement", "fr", ms_admission,
     "hospital's short certificate of admission, crooked copy with a crease")
_reg("be9ter-medstat-medicatieschema-huisarts-tabel-mono-grijs-47", "medical-statement", "nl", ms_medication,
     "GP's medication schedule and problem list printed from the practice software")


# =========================================================================== country of origin information

def coi_web_en(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """An English web article printed from a browser: the browser's print line at the top (date, time, page title)
    and at the foot (the full web address and 'n/2'); the site's name in a coloured logo word, the headline, a
    by-line and the article in one column with two intermediate headings and a pull quote in a grey box; two
    pages."""
    o = BC[c.origin()]
    il = ILLNESSES[c.illness]
    country = o["en"]
    slug = country.lower().replace(" ", "-")
    when = SUB - timedelta(days=rng.randint(20, 300))
    title = f"{country}: patients with chronic illness left without affordable treatment"
    url = f"https://www.healthaccesswatch.org/reports/{when.year}/{slug}-chronic-care-access"
    stamp_ = f"{dd(SUB - timedelta(days=rng.randint(2, 12)), '/', yy=True)}, {rng.randint(9, 18):02d}:{rng.randint(0, 59):02d}"
    sheets = [Sheet(), Sheet()]
    for i, sh in enumerate(sheets):
        txt(sh, 10, 6, stamp_, f=VERA, pt=7, col=GREY)
        txt(sh, 105, 6, title[:70], f=VERA, pt=7, anchor="center", col=GREY)
        txt(sh, 10, 289, url, f=VERA, pt=7, col=GREY)
        txt(sh, 200, 289, f"{i + 1}/2", f=VERA, pt=7, anchor="right", col=GREY)
    s1, s2 = sheets
    txt(s1, 18, 16, "Health Access Watch", f=VERA_B, pt=15, col=(200, 60, 30))
    txt(s1, 18, 23, "REPORTS  ·  COUNTRIES  ·  MEDICINES  ·  ABOUT", f=VERA, pt=7.4, col=GREY)
    hl(s1, 18, 192, 27, lw=0.3, col=SOFT)
    y = para(s1, 18, 33, 174, title, f=VSERIF_B, pt=16, lead=1.2) + 3
    txt(s1, 18, y, f"By the Access to Medicines team  ·  {dlong(when, 'en')}", f=VERA, pt=8, col=GREY)
    y += 9
    parts = [(None, f"In {country}, people who depend on long-term treatment face an unreliable supply of essential "
                    f"medicines. Treatment with {il['drug']} is available at {o['hospital']}, but stock-outs lasting "
                    f"several weeks are reported every year, especially outside {o['capital']}."),
             ("Cost of care", f"A month of treatment costs around {il['cost']}, while the average monthly wage is "
                              f"{o['wage']}. {o['insurance_en']}"),
             ("Access outside the capital", "Specialist follow-up is concentrated in the capital. Patients from "
                                            "other regions travel for days and pay for transport, tests and "
                                            "consultations themselves.")]
    for h, s in parts:
        if h:
            txt(s1, 18, y, h, f=VSERIF_B, pt=11.5)
            y += 6.5
        y = para(s1, 18, y, 174, s, f=VSERIF, pt=10, lead=1.55) + 4
    shade(s1, 30, y + 2, 150, 22, (238, 238, 238))
    para(s1, 36, y + 6, 138, "\"We see patients interrupt their treatment because the pharmacy is empty or because "
         "they cannot pay.\"", f=VSERIF_I, pt=10.5, lead=1.4)
    y = 20.0
    txt(s2, 18, y, "What this means", f=VSERIF_B, pt=11.5)
    para(s2, 18, y + 6.5, 174, f"For a patient without regular income, continuous treatment in {country} is not "
         f"guaranteed. Interruptions lead to complications and hospital admissions that the patient cannot afford. "
         f"Humanitarian programmes cover only a small share of the need and rarely provide long-term medication.",
         f=VSERIF, pt=10, lead=1.55)
    return sheets, {}


def coi_advice_nl(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A Dutch advice note of a Belgian NGO's medical unit on the availability of each medicine in the country of
    origin ('Advies beschikbaarheid behandeling'): the unit's name at the top RIGHT with a small square logo, a
    reference line, a table with one row per medicine (name, available yes/partly/no, price per month, where), a
    paragraph on accessibility with the insurance situation, a conclusion in a frame, signed by the unit's doctor
    with the signature BELOW the typed name."""
    o = BC[c.origin()]
    il = ILLNESSES[c.illness]
    t = ill(c, "nl") if "nl" in il else ill(c, "fr")
    sh = Sheet()
    shade(sh, 170, 10, 8, 8, (160, 40, 60))
    txt(sh, 192, 20, "Medische Cel vzw Gezondheid Zonder Grenzen", f=GOTHIC_B, pt=9, anchor="right")
    txt(sh, 192, 24.5, "Brussel - Gent", f=GOTHIC, pt=8, anchor="right", col=GREY)
    txt(sh, 18, 36, "ADVIES BESCHIKBAARHEID BEHANDELING", f=GOTHIC_B, pt=13)
    txt(sh, 18, 43, f"Land: {o['nl']}   ·   ref. MC/{(c.seed % 900) + 100}/{SUB.year}   ·   "
        f"{dd(SUB - timedelta(days=rng.randint(15, 90)), '-')}", f=GOTHIC, pt=8.8, col=GREY)
    y = 54.0
    cols = [(18, 76, "Geneesmiddel / zorg"), (94, 28, "Beschikbaar"), (122, 28, "Prijs/maand"), (150, 42, "Waar")]
    for x, w_, h in cols:
        shade(sh, x, y, w_, 7, (236, 224, 226))
        box(sh, x, y, w_, 7, lw=0.2, col=GREY)
        txt(sh, x + 1.5, y + 1.6, h, f=GOTHIC_B, pt=8.4)
    y += 7
    items = [(m, rng.choice(["gedeeltelijk", "onregelmatig"]), il["cost"], o["hospital"]) for m in t["meds"]] + \
        [("opvolging door specialist", "beperkt", "-", o["capital"])]
    for row_ in items:
        hh = max(8.0, 4.2 * max(len(wrap(sh, v_, w_ - 3, GOTHIC, 8.4)) for (x, w_, _), v_ in zip(cols, row_)) + 2)
        for (x, w_, _), v_ in zip(cols, row_):
            box(sh, x, y, w_, hh, lw=0.2, col=SOFT)
            para(sh, x + 1.5, y + 1.3, w_ - 3, v_, f=GOTHIC, pt=8.4, lead=1.2)
        y += hh
    y += 6
    txt(sh, 18, y, "Toegankelijkheid", f=GOTHIC_B, pt=10.5)
    y = para(sh, 18, y + 6, 174, f"{o['insurance_nl']} Het gemiddelde maandloon bedraagt {o['wage']}, zodat de "
             f"behandeling voor de meeste patiënten onbetaalbaar is.", f=GOTHIC, pt=9.8, lead=1.5) + 6
    box(sh, 18, y, 174, 20, lw=0.5, col=(160, 40, 60))
    para(sh, 21, y + 3, 168, "Besluit: de noodzakelijke behandeling is niet voldoende beschikbaar en niet "
         "toegankelijk voor deze patiënt in het land van herkomst.", f=GOTHIC_B, pt=9.8, lead=1.45)
    y += 30
    nm = rng.choice(["dr. An Vercauteren", "dr. Pierre Mahieu", "dr. Lotte Claus"])
    txt(sh, 18, y, nm, f=GOTHIC, pt=10)
    txt(sh, 18, y + 5, "arts, Medische Cel", f=GOTHIC, pt=8.6, col=GREY)
    sig(sh, 20, y + 10, rng, w=36, h=11, col=BIC_BLUE)
    return [sh], {}


_reg("be9ter-coi-en-webartikel-browserprint-kop-voet-url-47", "country-of-origin-info", "en", coi_web_en,
     "English web article printed from a browser, two pages")
_reg("be9ter-coi-nl-advies-medische-cel-tabel-per-geneesmiddel-47", "country-of-origin-info", "nl", coi_advice_nl,
     "Dutch advice note of an NGO's medical unit with a table per medicine")


# =========================================================================== proof of the pending asylum procedure

def ay_annex26(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """Annex 26 (registration of an application for international protection) on the Office's pale blue-grey
    security paper: the Kingdom's name in both languages across the top, the annex number in a black box at the top
    LEFT, the photo at the LEFT under it with a round dry stamp over its lower edge, the holder's data typed on
    numbered rows at the right, the sentence that the document is no proof of identity or nationality, and two
    validity extensions written BY HAND with the commune's rectangular stamp, on the lower half."""
    p = c.p
    lodged = c.asylum["lodged"] if c.asylum else SUB - timedelta(days=240)
    T = {"nl": ("BIJLAGE 26", "Dienst Vreemdelingenzaken",
                "Attest van het verzoek om internationale bescherming",
                ["Naam", "Voornamen", "Geboren op", "Te", "Nationaliteit", "OV-nummer", "Verzoek ingediend op"],
                "Dit attest is geen bewijs van identiteit of nationaliteit. De houder moet gevolg geven aan elke "
                "oproeping van de Commissaris-generaal voor de Vluchtelingen en de Staatlozen.",
                "Verlengd tot"),
         "fr": ("ANNEXE 26", "Office des Étrangers",
                "Attestation de la demande de protection internationale",
                ["Nom", "Prénoms", "Né(e) le", "À", "Nationalité", "N° SP", "Demande introduite le"],
                "La présente attestation ne constitue pas une preuve d'identité ou de nationalité. Le titulaire doit "
                "donner suite à toute convocation du Commissaire général aux réfugiés et aux apatrides.",
                "Prorogé jusqu'au")}[lang]
    sh = Sheet()
    shade(sh, 8, 8, 194, 200, (232, 238, 242))
    txt(sh, 105, 12, "KONINKRIJK BELGIË  ·  ROYAUME DE BELGIQUE  ·  KÖNIGREICH BELGIEN", f=SANS, pt=7.6,
        anchor="center", col=GREY)
    shade(sh, 14, 20, 34, 9, (20, 20, 20))
    txt(sh, 31, 21.6, T[0], f=SANS_B, pt=10, anchor="center", col=(255, 255, 255))
    txt(sh, 56, 21, T[1], f=SANS_B, pt=9.6)
    txt(sh, 56, 26, T[2], f=SANS, pt=9)
    sh.photo(14, 36, 30, 39, rng)
    ring = Image.new("RGBA", (120, 120), (0, 0, 0, 0))
    ImageDraw.Draw(ring).ellipse([4, 4, 116, 116], outline=(120, 120, 130, 140), width=4)
    sh.image(30, 62, 22, 22, ring, blend="multiply")
    vals = [p.surname.upper(), p.given_names, dd(p.birth_date, "/"), p.birth_place, adj(p.nationality, lang),
            c.ov or "", dd(lodged, "/")]
    y = 38.0
    for i, (a, v) in enumerate(zip(T[3], vals), 1):
        txt(sh, 56, y, f"{i}.", f=SANS, pt=8.6, col=GREY)
        txt(sh, 62, y, a, f=SANS, pt=8.6)
        txt(sh, 104, y, v, f=COUR_B, pt=fitpt(v, 92, COUR_B, 10))
        hl(sh, 102, 196, y + 4.5, lw=0.15, col=SOFT)
        y += 7.6
    para(sh, 14, 96, 182, T[4], f=SANS_I, pt=8.4, lead=1.35)
    stamp(sh, 150, 104, [T[1].upper()[:22], "BRUSSEL - BRUXELLES"], rng, col=PAD_BLUE, mm=24)
    pen = random.Random(c.seed + 75).choice([BIC_BLUE, BIC_BLACK])
    for i in range(2):
        y0 = 140 + i * 32
        box(sh, 14, y0, 182, 28, lw=0.3, col=GREY)
        txt(sh, 16, y0 + 1.5, T[5], f=SANS, pt=8, col=GREY)
        until = min(lodged + timedelta(days=120 * (i + 1)), SUB + timedelta(days=70 - i * 40))
        ink(sh, 20, y0 + 8, dd(until, "/"), rng, f=PEN_LOOP, pt=13, col=pen)
        stamp(sh, 70, y0 + 3, [c.addr.city.upper(), {"nl": "BEVOLKING", "fr": "POPULATION"}[lang],
                               dd(until - timedelta(days=120), ".")], rng, shape="rect", col=PAD_VIOLET, mm=36)
        sig(sh, 150, y0 + 10, rng, w=24, h=9, col=pen, style="initials")
    return [sh], {}


def ay_reception(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """A reception centre's attestation that the person is an applicant for international protection housed there
    ('Opvangattest' / 'Attestation d'accueil'): the reception network's name and the centre's address in a left
    column beside a vertical coloured rule, the title centred, a sentence naming the resident, the date of the
    application and the Office's reference, and that no final decision has been taken; the director's signature
    ABOVE the typed name, the centre's round stamp to the right; printed on plain paper."""
    p = c.p
    lodged = c.asylum["lodged"] if c.asylum else SUB - timedelta(days=240)
    centre = rng.choice([("Opvangcentrum Klein-Kasteeltje", "Centre d'accueil du Petit-Château", "Dienstenstraat 10",
                          "1000", "Brussel"),
                         ("Opvangcentrum Sint-Truiden", "Centre d'accueil de Saint-Trond", "Tiensesteenweg 93",
                          "3800", "Sint-Truiden"),
                         ("Opvangcentrum Jumet", "Centre d'accueil de Jumet", "Rue de Gosselies 68", "6040",
                          "Jumet")])
    sh = Sheet()
    vl(sh, 60, 12, 60, lw=1.2, col=(0, 110, 130))
    for i, s in enumerate(["Fedasil", centre[0] if lang == "nl" else centre[1], centre[2], f"{centre[3]} {centre[4]}"]):
        txt(sh, 18, 14 + i * 5, s, f=CARL_B if i < 2 else CARL, pt=10 if i == 0 else 8.8)
    title = {"nl": "OPVANGATTEST", "fr": "ATTESTATION D'ACCUEIL"}[lang]
    txt(sh, 120, 30, title, f=CARL_B, pt=15, anchor="center", track=1)
    txt(sh, 192, 44, f"{centre[4]}, {dd(SUB - timedelta(days=rng.randint(5, 40)), '/')}", f=CARL, pt=10,
        anchor="right")
    body = {"nl": f"Hierbij bevestigt de directie van {centre[0]} dat {p.given_names} {p.surname.upper()}, geboren op "
                  f"{dd(p.birth_date, '/')} te {p.birth_place}, van {adj(p.nationality, 'nl')} nationaliteit, "
                  f"OV-nummer {c.ov or '-'}, in ons centrum wordt opgevangen als verzoeker om internationale "
                  f"bescherming.\n\nHet verzoek werd op {dd(lodged, '/')} bij de Dienst Vreemdelingenzaken "
                  f"ingediend. Volgens onze gegevens is over dit verzoek nog geen definitieve beslissing genomen.\n\n"
                  f"Dit attest wordt afgegeven op vraag van betrokkene, om te dienen waar nodig.",
            "fr": f"La direction du {centre[1]} atteste que {p.given_names} {p.surname.upper()}, né(e) le "
                  f"{dd(p.birth_date, '/')} à {p.birth_place}, de nationalité {adj(p.nationality, 'fr')}, n° SP "
                  f"{c.ov or '-'}, est accueilli(e) dans notre centre en qualité de demandeur de protection "
                  f"internationale.\n\nLa demande a été introduite le {dd(lodged, '/')} auprès de l'Office des "
                  f"Étrangers. Selon nos informations, aucune décision définitive n'a encore été prise.\n\nLa présente "
                  f"attestation est délivrée à la demande de l'intéressé(e), pour servir et valoir ce que de droit."
            }[lang]
    y = para(sh, 24, 58, 162, body, f=CARL, pt=11, lead=1.6, align="justify") + 14
    sig(sh, 24, y, rng, w=40, h=12, col=BIC_BLUE)
    txt(sh, 24, y + 15, rng.choice(["Els Martens", "Nadia Bouhlal", "Marc Dethier", "Ilse Wouters"]), f=CARL_B,
        pt=10)
    txt(sh, 24, y + 20, {"nl": "centrumverantwoordelijke", "fr": "directeur/directrice du centre"}[lang], f=CARL,
        pt=9, col=GREY)
    stamp(sh, 100, y - 2, ["FEDASIL", centre[4].upper(), {"nl": "OPVANG", "fr": "ACCUEIL"}[lang]], rng,
          col=PAD_GREEN, mm=28)
    return [sh], {}


for _lg in ("nl", "fr"):
    _reg(f"be9ter-asylum-bijlage26-blauwgrijs-foto-links-verlenging-met-de-hand-{_lg}-47", "asylum-proof", _lg,
         (lambda c, r, _l=_lg: ay_annex26(c, r, lang=_l)), "annex 26 on blue-grey paper, extensions by hand")
    _reg(f"be9ter-asylum-opvangattest-fedasil-kolom-links-{_lg}-47", "asylum-proof", _lg,
         (lambda c, r, _l=_lg: ay_reception(c, r, lang=_l)), "reception centre's attestation of a pending application")


# =========================================================================== proof of registered posting

def sender(c: Case) -> list[str]:
    if "no_address" in c.flags or (c.lawyer and c.seed % 4 != 1):
        L = c.lawyer
        return [L["firm"], L["street"], f"{L['pc']} {L['city']}"]
    a = c.addr
    return [f"{c.p.given_names} {c.p.surname}", f"{a.street} {a.number}" + (f"/{a.box}" if a.box else ""),
            f"{a.postcode} {a.city}"]


def rm_ticket_photo(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The post office's thermal ticket for a registered letter laid on an A4 sheet on a desk and photographed
    close up with a phone (a thumb on one edge): a narrow strip with 'bpost' and the office, 'ENVOI RECOMMANDÉ -
    AANGETEKEND', the item number under a barcode, the addressee's lines, weight, tariff, date and time, in a
    fixed-pitch face gone grey."""
    strip = Sheet(64, 150)
    g = (80, 80, 86)
    office = sender(c)[-1].split(" ", 1)[-1]
    txt(strip, 32, 4, "bpost", f=MONO, pt=13, anchor="center", col=g)
    txt(strip, 32, 10, f"BUREAU/KANTOOR {office.upper()[:16]}", f=MONO, pt=6.4, anchor="center", col=g)
    txt(strip, 32, 14, f"GUICHET {rng.randint(1, 5)}  TICKET {rng.randint(10000, 99999)}", f=MONO, pt=6.4,
        anchor="center", col=g)
    hl(strip, 3, 61, 18.5, lw=0.2, col=g, dash=0.5)
    txt(strip, 3, 21, "ENVOI RECOMMANDE", f=MONO, pt=7, col=g)
    txt(strip, 3, 25, "AANGETEKENDE ZENDING", f=MONO, pt=7, col=g)
    barcode(strip, 5, 30, 54, 10, c.rm_track)
    txt(strip, 32, 41.5, _b9.track_spaced(c.rm_track), f=MONO, pt=6.6, anchor="center", col=g)
    txt(strip, 3, 48, "DESTINATAIRE/BESTEMMELING", f=MONO, pt=6.2, col=g)
    y = 52.0
    for s in c.rm_to:
        txt(strip, 3, y, strip_accents(s).upper()[:27], f=MONO, pt=6.4, col=g)
        y += 3.6
    y += 2
    for a, b in [("POIDS/GEWICHT", f"{rng.randint(80, 520)} g"), ("TARIF", f"EUR {rng.choice(['9,40', '10,30', '12,10'])}"),
                 ("DATE", dd(c.rm_date, "/")), ("HEURE", f"{rng.randint(9, 17):02d}:{rng.randint(0, 59):02d}")]:
        txt(strip, 3, y, a, f=MONO, pt=6.4, col=g)
        txt(strip, 61, y, b, f=MONO, pt=6.4, anchor="right", col=g)
        y += 3.6
    txt(strip, 32, y + 4, "A CONSERVER - BEWAREN", f=MONO, pt=6.4, anchor="center", col=g)
    page = Sheet()
    page.image(57, 36, 96, 225, raster(strip, 260).rotate(rng.uniform(-4, 4), expand=False,
                                                          fillcolor=(255, 255, 255)))
    return [thumb(on_table(page, rng, cloth="laminate"), rng)], {"addressee": 1}


def rm_office_list(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A law office's own list of registered letters handed in at the counter ('Liste des envois recommandés
    déposés'), typed in a table (n°, destinataire, adresse, numéro d'envoi) with this letter among two or three
    others of the day, signed by the counter clerk at the foot and stamped with the post office's round date
    stamp over the last rows; the firm's name at the top LEFT."""
    L = c.lawyer or {"firm": "Secrétariat", "street": "", "pc": "", "city": ""}
    sh = Sheet()
    txt(sh, 18, 12, L["firm"], f=LSERIF_B, pt=11.5)
    txt(sh, 18, 17.5, f"{L['street']} - {L['pc']} {L['city']}", f=LSERIF, pt=8.6, col=GREY)
    txt(sh, 105, 34, "LISTE DES ENVOIS RECOMMANDÉS DÉPOSÉS", f=LSERIF_B, pt=13, anchor="center")
    txt(sh, 105, 40, f"Dépôt du {dd(c.rm_date, '/')} - bureau de poste de {L['city'] or 'Bruxelles'}", f=LSERIF_I,
        pt=9.6, anchor="center")
    others = [(["Tribunal de première instance", "Greffe civil", "Place Poelaert 1", "1000 Bruxelles"],
               _b9.s10_tracking(random.Random(c.seed + 81))),
              (["Conseil du Contentieux des Étrangers", "Rue Gaucheret 92-94", "1030 Bruxelles"],
               _b9.s10_tracking(random.Random(c.seed + 82)))]
    rows = others[:1] + [(c.rm_to, c.rm_track)] + others[1:]
    xs = [(18, 10, "N°"), (28, 58, "Destinataire"), (86, 62, "Adresse"), (148, 44, "N° d'envoi")]
    y = 52.0
    for x, w_, h in xs:
        shade(sh, x, y, w_, 7, (230, 230, 230))
        box(sh, x, y, w_, 7, lw=0.25)
        txt(sh, x + 1.5, y + 1.6, h, f=LSERIF_B, pt=9)
    y += 7
    for i, (to, trk) in enumerate(rows, 1):
        name = to[0] if len(to) < 4 else f"{to[0]} - {to[1]}"
        addr = ", ".join(to[1:] if len(to) < 4 else to[2:])
        vals = [str(i), name, addr, _b9.track_spaced(trk)]
        hh = max(9.0, 4.2 * max(len(wrap(sh, v_, w_ - 3, LSERIF, 8.8)) for (x, w_, _), v_ in zip(xs, vals)) + 2.5)
        for (x, w_, _), v_ in zip(xs, vals):
            box(sh, x, y, w_, hh, lw=0.25)
            para(sh, x + 1.5, y + 1.4, w_ - 3, v_, f=LSERIF, pt=8.8, lead=1.2)
        y += hh
    y += 10
    txt(sh, 18, y, "Pour réception - le préposé :", f=LSERIF, pt=9.6)
    sig(sh, 22, y + 5, rng, w=30, h=10, col=BIC_BLACK, style="initials")
    stamp(sh, 120, y - 16, ["BPOST", dd(c.rm_date, "-"), (L["city"] or "BRUXELLES").upper()], rng, col=PAD_RED,
          mm=30, angle=12)
    return [sh], {"addressee": 1}


def rm_label_a4(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """An A4 print of a registered-letter label bought online, with the counter's date stamp on the proof-of-
    deposit half: a dashed cutting line across the middle, the upper half the label (red 'R' block, barcode and
    item number, sender at the upper LEFT, addressee in large type), the lower half 'Bewijs van afgifte / Preuve
    de dépôt' repeating the number and the addressee, with the post office's date stamp and the clerk's initials
    on it."""
    sh = Sheet()
    box(sh, 20, 20, 170, 110, lw=0.4)
    shade(sh, 20, 20, 20, 110, (210, 30, 40))
    txt(sh, 30, 60, "R", f=SANS_B, pt=44, anchor="center", col=(255, 255, 255))
    for i, s in enumerate(sender(c)):
        txt(sh, 46, 24 + i * 4.6, s, f=SANS, pt=8.6)
    barcode(sh, 120, 24, 64, 16, c.rm_track)
    txt(sh, 152, 42, _b9.track_spaced(c.rm_track), f=MONO, pt=8.6, anchor="center")
    txt(sh, 46, 62, {"fr": "Destinataire", "nl": "Bestemmeling"}.get(c.lang, "Bestemmeling"), f=SANS, pt=8, col=GREY)
    for i, s in enumerate(c.rm_to):
        txt(sh, 46, 68 + i * 8, s, f=SANS_B if i == 0 else SANS, pt=fitpt(s, 138, SANS_B, 13))
    txt(sh, 46, 120, f"Aangetekend - Recommandé - gekocht op {dd(c.rm_date - timedelta(days=1), '/')}", f=SANS,
        pt=7.6, col=GREY)
    hl(sh, 10, 200, 148, lw=0.3, col=GREY, dash=2.0)
    txt(sh, 14, 145, "✂", f=VERA, pt=10, col=GREY)
    txt(sh, 20, 158, "BEWIJS VAN AFGIFTE  -  PREUVE DE DÉPÔT", f=SANS_B, pt=11)
    barcode(sh, 20, 168, 70, 14, c.rm_track)
    txt(sh, 55, 184, _b9.track_spaced(c.rm_track), f=MONO, pt=9, anchor="center")
    for i, s in enumerate(c.rm_to):
        txt(sh, 20, 194 + i * 5.2, s, f=SANS, pt=9.6)
    stamp(sh, 120, 170, ["BPOST", dd(c.rm_date, "."), sender(c)[-1].split(" ", 1)[-1].upper()[:14]], rng,
          col=PAD_BLACK, mm=32)
    sig(sh, 160, 206, rng, w=22, h=8, col=BIC_BLUE, style="initials")
    return [sh], {"addressee": 1}


_reg("be9ter-rm-loketticket-thermisch-gsm-opname-tafel-duim-47", "registered-mail-receipt", "fr", rm_ticket_photo,
     "post office's thermal ticket photographed on a desk, a thumb at the edge")
_reg("be9ter-rm-kantoorlijst-aangetekende-zendingen-tabel-datumstempel-47", "registered-mail-receipt", "fr",
     rm_office_list, "law office's list of registered letters, stamped by the post office")
_reg("be9ter-rm-online-etiket-a4-kniplijn-afgiftehelft-gestempeld-47", "registered-mail-receipt", "nl", rm_label_a4,
     "A4 print of an online registered-letter label, proof half stamped at the counter")


# =========================================================================== other pieces

def ot_declaration(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The applicant's declaration of identity on honour WRITTEN BY HAND on a sheet of lined school paper (blue
    lines, a red margin): the heading underlined, the data written as a sentence, the statement that no identity
    document is left and that the data are declared on honour, place and date, and the signature at the lower
    right; photographed flat on a table."""
    p = c.p
    lang = c.lang if c.lang in ("nl", "fr") else "fr"
    hf = random.Random(c.seed + 85).choice([PEN_LOOP, PEN_SLANT, PEN_BREIP])
    pen = random.Random(c.seed + 86).choice([BIC_BLUE, BIC_BLACK])
    code = _b9.country_code_of(p.birth_country, p.nationality)
    sh = Sheet()
    for yy in range(24, 286, 8):
        hl(sh, 8, 202, yy, lw=0.15, col=(170, 190, 225))
    vl(sh, 28, 0, 297, lw=0.3, col=(220, 120, 120))
    head = {"nl": "Verklaring op erewoord", "fr": "Déclaration sur l'honneur"}[lang]
    ink(sh, 70, 18, head, rng, f=hf, pt=15, col=pen)
    hl(sh, 70, 70 + tw(head, SANS, 15) * 1.1, 25.5, lw=0.4, col=pen)
    body = {"nl": f"Ik, {p.given_names} {p.surname}, geboren op {dd(p.birth_date, '/')} in {p.birth_place} "
                  f"({land(code, 'nl')}), van {adj(p.nationality, 'nl')} nationaliteit, verklaar op erewoord dat deze "
                  f"gegevens juist zijn. Ik heb geen paspoort, geen identiteitskaart en geen ander document meer om "
                  f"mijn identiteit te bewijzen. Alles wat hier staat, verklaar ik zelf.",
            "fr": f"Je soussigné(e), {p.given_names} {p.surname}, né(e) le {dd(p.birth_date, '/')} à {p.birth_place} "
                  f"({land(code, 'fr')}), de nationalité {adj(p.nationality, 'fr')}, déclare sur l'honneur que ces "
                  f"données sont exactes. Je n'ai plus de passeport, ni de carte d'identité, ni aucun autre document "
                  f"qui prouve mon identité. Tout ce qui est écrit ici, je le déclare moi-même."}[lang]
    y = 40.0
    for ln in wrap(sh, body, 150, hf, 12.5):
        ink(sh, 32, y - 4.2, ln, rng, f=hf, pt=12.5, col=pen)
        y += 8
    ink(sh, 32, y + 4, f"{c.addr.city}, {dd(c.app_date, '/')}", rng, f=hf, pt=12.5, col=pen)
    sig(sh, 130, y + 12, rng, w=42, h=13, col=pen)
    return [on_table(sh, rng, cloth="laminate")], {}


def ot_pharmacy(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A pharmacy's receipt ('Ticket / Kasticket') for the month's medicines, a narrow till strip copied in the
    middle of an A4 sheet: the pharmacy's name and address, the date, each medicine with its CNK code, the
    patient's share and the total, the pharmacist's small stamp on the back showing through faintly."""
    t = ill(c, "fr" if "fr" in ILLNESSES[c.illness] else "nl")
    strip = Sheet(74, 170)
    name = rng.choice(["Pharmacie Saint-Jean", "Apotheek De Linde", "Pharmacie du Marché", "Apotheek Centrum"])
    txt(strip, 37, 5, name, f=MONO, pt=9, anchor="center")
    txt(strip, 37, 10, f"{c.addr.street} {rng.randint(2, 120)}", f=MONO, pt=6.8, anchor="center")
    txt(strip, 37, 13.5, f"{c.addr.postcode} {c.addr.city}", f=MONO, pt=6.8, anchor="center")
    txt(strip, 4, 20, f"{dd(SUB - timedelta(days=rng.randint(8, 40)), '/')}  {rng.randint(8, 18):02d}:"
        f"{rng.randint(0, 59):02d}", f=MONO, pt=6.8)
    txt(strip, 4, 24, f"Patient: {c.p.surname.upper()[:18]}", f=MONO, pt=6.8)
    hl(strip, 3, 71, 28.5, lw=0.2, dash=0.5)
    y = 31.0
    tot = 0.0
    for m in t["meds"]:
        pr = round(rng.uniform(4, 60), 2)
        tot += pr
        txt(strip, 4, y, str(rng.randint(1000000, 4999999)), f=MONO, pt=6.6)
        y += 3.4
        for ln in wrap(strip, m, 50, MONO, 6.6)[:2]:
            txt(strip, 4, y, ln, f=MONO, pt=6.6)
            y += 3.4
        txt(strip, 70, y - 3.4, f"{pr:.2f}".replace(".", ","), f=MONO, pt=6.6, anchor="right")
        y += 1.5
    hl(strip, 3, 71, y, lw=0.2, dash=0.5)
    txt(strip, 4, y + 2, "TOTAL", f=MONO, pt=7.6)
    txt(strip, 70, y + 2, f"EUR {tot:.2f}".replace(".", ","), f=MONO, pt=7.6, anchor="right")
    txt(strip, 37, y + 9, "Merci - Dank u", f=MONO, pt=6.8, anchor="center")
    page = Sheet()
    page.image(68, 40, 74, 170, raster(strip, 220))
    stamp(page, 92, 170, [name.upper()[:20], "PHARMACIEN"], rng, shape="rect", col=(200, 200, 215), mm=34,
          angle=180)
    return [page], {}


def ot_email(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A printed e-mail from the treating doctor's secretary to the lawyer, sent with the signed certificate as an
    attachment: the webmail's grey header strip with the subject in bold, the sender, the recipient and the date
    on separate lines with the labels at the LEFT, an attachment chip ('certificat.pdf'), two short paragraphs and
    the secretary's signature block; the print footer with the page count."""
    L = c.lawyer
    d = c.doctor
    lang = c.lang if c.lang in ("nl", "fr") else "fr"
    sh = Sheet()
    sec = rng.choice(["Leen Hermans", "Sophie Collard", "Kaat Vermeersch", "Julie Lemaire"])
    mail = f"secretariaat.{d.last.lower().replace(' ', '')}@{d.inst.split()[0].lower()}.be"
    subj = {"nl": f"Getuigschrift 9ter - {c.p.surname.upper()}", "fr": f"Certificat 9ter - {c.p.surname.upper()}"}[lang]
    shade(sh, 14, 14, 182, 30, (238, 240, 244))
    txt(sh, 18, 16.5, subj, f=VERA_B, pt=11)
    lab = {"nl": ["Van", "Aan", "Datum"], "fr": ["De", "À", "Date"]}[lang]
    vals = [f"{sec} <{mail}>", L["mail"], f"{dd(c.cert_date + timedelta(days=rng.randint(0, 3)), '/')} "
            f"{rng.randint(8, 17):02d}:{rng.randint(10, 59)}"]
    for i, (a, v) in enumerate(zip(lab, vals)):
        txt(sh, 18, 24 + i * 5.6, a, f=VERA, pt=8.6, col=GREY)
        txt(sh, 34, 24 + i * 5.6, v, f=VERA, pt=8.6)
    box(sh, 18, 48, 44, 8, lw=0.3, col=SOFT)
    txt(sh, 21, 49.6, {"nl": "getuigschrift.pdf", "fr": "certificat.pdf"}[lang] + "  (212 KB)", f=VERA, pt=7.8)
    body = {"nl": f"Geachte meester {L['last']},\n\nIn bijlage vindt u het standaard medisch getuigschrift dat "
                  f"{d.name()} voor uw cliënt(e) {c.p.given_names} {c.p.surname} heeft ingevuld en ondertekend. Het "
                  f"origineel ligt ter afhaling aan het secretariaat.\n\nMet vriendelijke groeten,\n{sec}\nsecretariaat "
                  f"{d.dept or d.inst}",
            "fr": f"Maître {L['last']},\n\nVous trouverez en annexe le certificat médical type complété et signé par "
                  f"le {d.name()} pour votre client(e) {c.p.given_names} {c.p.surname}. L'original peut être retiré "
                  f"au secrétariat.\n\nBien cordialement,\n{sec}\nsecrétariat {d.dept or d.inst}"}[lang]
    para(sh, 18, 64, 174, body, f=VERA, pt=10, lead=1.5)
    txt(sh, 14, 288, f"{dd(SUB - timedelta(days=2), '/')}", f=VERA, pt=7, col=GREY)
    txt(sh, 196, 288, "1/1", f=VERA, pt=7, anchor="right", col=GREY)
    return [sh], {}


_reg("be9ter-other-declaration-op-erewoord-handgeschreven-schoolpapier-tafelfoto-47", "other", "nl", ot_declaration,
     "declaration of identity on honour written by hand on lined paper, photographed")
_reg("be9ter-other-pharmacy-kasticket-smalle-strook-midden-a4-47", "other", "fr", ot_pharmacy,
     "pharmacy till receipt copied in the middle of an A4 sheet")
_reg("be9ter-other-email-secretariaat-arts-bijlagechip-47", "other", "nl", ot_email,
     "printed e-mail from the doctor's secretary to the lawyer")
