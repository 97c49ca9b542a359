"""9ter families of the `fortyfourth` part (registered in be9ter.BFAMILIES).

Written by a writer who saw neither the validator nor its output, from the seeds (003, 004), rules.md and how such
papers look in Belgian files.  Every family (layout, wording, faces, signature placement and copy habit) is this
part's own and is described in its function's docstring only (the part is read blind).  The applications' sentences
are written here, in Dutch, French, German and English (`w_person`, `w_home`, ...); the facts of a case (illness,
doctors, dates, flags) come from the case that be9ter's generic plan draws.

Importing this module tells be9ter which origins this part's 9ter applicants come from (Côte d'Ivoire, Rwanda and
Syria: the countries of this part's identity families) and adds this part's extra clean dossiers, each under the
part's own key; nothing another part reads is changed.
"""

from __future__ import annotations

import datetime
import random
from datetime import timedelta

from . import be9ter as _b9
from .be9ter import HOSPITALS as BE_HOSPITALS
from .be9ter import ILLNESSES, MAISONS, SPECIALTY, Case
from .fortyfourth_identity import (
    BLACK, BLACK_PEN, BLUE_PEN, CAL, CAL_B, CAR, CAR_B, CAR_I, CPS, DJC, DJC_B, DJM, DJS, DJS_B, DJS_O, FSA, FSA_B,
    FSA_O, FSE, FSE_B, FSE_I, GOT, GOT_B, GOT_O, INK, LMO, LMO_B, LSA, LSA_B, LSA_I, LSE, LSE_B, LSE_I, MID, NAR,
    NAR_B, NRM, NRM_B, NRM_I, NSN, NSN_B, NSN_I, P_BREIP, P_CAPS, P_CHANC, P_DKG, P_DKG_B, P_DKG_BI, P_DKG_I, PAL,
    PAL_B, PAL_I, PALE, S_BLUE, S_GREEN, S_GREY, S_PURPLE, SER, SER_B, SER_I, askew, bars, block, coffee_ring, crc,
    crumpled, d_long, d_num, dog_ear, dots, fit_glyphs, flat, frame, glow, gutter, in_hand, put, seal, shrink, sig,
    tickbox, width, write, write_lines,
)
from .fortyfourth_identity import _desk
from .paper import Sheet
from .people import COUNTRIES as PC
from .people import format_address

PART = "fortyfourth"
SUB = datetime.date(2026, 12, 1)

# this part's 9ter applicants: Côte d'Ivoire, Rwanda and Syria (new key only)
_b9.PART_ORIGINS.setdefault(PART, ["CIV", "RWA", "SYR"])
# clean dossiers only this part has (new key only): identity pieces with a marriage act, the Ivorian identity card
# with a child, an embassy's identity certificate with a spouse, identity pieces with a child, an identity
# certificate alone
_b9.EXTRA_CLEANS.setdefault(PART, [dict(id="pieces", family=["spouse"]), dict(id="idcard", family=["child"]),
                                   dict(id="certificate", family=["spouse"]), dict(id="pieces", family=["child"]),
                                   dict(id="certificate")])

BC = _b9.COUNTRIES
LANGS = ("nl", "fr", "de", "en")


def _reg(fid: str, type_: str, lang: str, make, note: str) -> None:
    _b9._reg(fid, type_, PART, lang, make, note)


# =========================================================================== the case in words

def when(d: datetime.date, style: str, lang: str) -> str:
    """A date as the case writes it: 14.07.1982 / 14/07/1982 / 14-7-1982 / 14 juli 1982 / 1982-07-14 / 14.7.1982."""
    if style == "dots":
        return d_num(d, ".")
    if style == "slashes":
        return d_num(d, "/")
    if style == "dashes":
        return d_num(d, "-", zero=False)
    if style == "iso":
        return d.isoformat()
    if style == "short":
        return d_num(d, ".", zero=False)
    return d_long(d, lang if lang in LANGS else "nl")


def cw(c: Case, d: datetime.date, lang: str) -> str:
    return when(d, c.date_style, lang)


def nm(p, style: str) -> str:
    g, s = p.given_names, p.surname
    return {"SURNAME Given": f"{s.upper()} {g}", "Given SURNAME": f"{g} {s.upper()}", "Given Surname": f"{g} {s}",
            "SURNAME, Given": f"{s.upper()}, {g}", "Surname Given": f"{s} {g}"}.get(style, f"{g} {s}")


def land(code: str, lang: str) -> str:
    if code in BC:
        return BC[code][lang]
    return PC[code][lang]


def adj(code: str, lang: str) -> str:
    if code in BC:
        return BC[code]["adj_" + lang]
    return PC[code]["adj_" + lang]


def code_of(name_en: str, fallback: str) -> str:
    low = (name_en or "").strip().lower()
    for k, v in PC.items():
        if v["en"].lower() == low:
            return k
    return fallback


def where(c: Case, lang: str, *, lines: bool = False) -> str:
    """The residence address in the case's style (with '23/bus 1' or '15 - boîte 01' forms)."""
    st = {"street-first": "street_first", "slash-box": ("slash_box", "slashbus_box")[c.seed % 2],
          "number-first": "number_first", "postcode-first": ("postcode_first", "dash_box")[c.seed % 2]
          }.get(c.addr_style, "street_first")
    return format_address(c.addr, "multiline" if lines else st, lang if lang in LANGS else "nl")


def ill(c: Case, lang: str) -> dict:
    il = ILLNESSES[c.illness]
    for k in (lang, "fr", "nl"):
        if k in il:
            return il[k]
    return il["nl"]


def title(p, lang: str) -> str:
    f = p.sex == "F"
    return {"nl": ("mevrouw", "de heer"), "fr": ("Madame", "Monsieur"), "de": ("Frau", "Herrn"),
            "en": ("Ms", "Mr")}[lang][0 if f else 1]


def he(c: Case, lang: str, cap: bool = False) -> str:
    s = {"nl": "zij" if c.fem else "hij", "fr": "elle" if c.fem else "il", "de": "sie" if c.fem else "er",
         "en": "she" if c.fem else "he"}[lang]
    return s[:1].upper() + s[1:] if cap else s


def his(c: Case, lang: str) -> str:
    return {"nl": "haar" if c.fem else "zijn", "fr": "sa", "de": "ihre" if c.fem else "seine",
            "en": "her" if c.fem else "his"}[lang]


def party(c: Case, lang: str, cap: bool = False) -> str:
    """How this part's letters call the applicant (the forms speak of 'de aanvrager' / 'le demandeur')."""
    if c.__dict__.get("_voice") == "form":
        s = {"nl": "de aanvraagster" if c.fem else "de aanvrager", "fr": "la demanderesse" if c.fem else "le demandeur",
             "de": "die Antragstellerin" if c.fem else "der Antragsteller", "en": "the applicant"}[lang]
        return s[:1].upper() + s[1:] if cap else s
    s = {"nl": "verzoekster" if c.fem else "verzoeker", "fr": "ma cliente" if c.fem else "mon client",
         "de": "die Antragstellerin" if c.fem else "der Antragsteller", "en": "the applicant"}[lang]
    return s[:1].upper() + s[1:] if cap else s


def counsel(c: Case, lang: str) -> str:
    L = c.lawyer
    pre = {"nl": "mr.", "fr": "Me", "de": "Rechtsanwältin" if L["sex"] == "F" else "Rechtsanwalt", "en": "counsel"}[lang]
    return f"{pre} {L['first']} {L['last']}"


def office(c: Case) -> str:
    L = c.lawyer
    return f"{L['street']}, {L['pc']} {L['city']}"


def enc(c: Case, key: str, lang: str, word: str | None = None) -> str:
    """' (stuk 3)' / ' (pièce 3)' after a reference to an enclosure, or '' when it is not enclosed."""
    n = c.annex_no(key)
    if n is None:
        return ""
    w = word or {"nl": "stuk", "fr": "pièce", "de": "Anlage", "en": "enclosure"}[lang]
    return f" ({w} {n})"


def reg_no(c: Case, lang: str) -> str:
    if c.nrn:
        return {"nl": f"met rijksregisternummer {c.nrn}", "fr": f"inscrit{'e' if c.fem else ''} au registre national "
                f"sous le numéro {c.nrn}", "de": f"Nationalregisternummer {c.nrn}",
                "en": f"national register number {c.nrn}"}[lang]
    return {"nl": f"bij de Dienst Vreemdelingenzaken gekend onder OV-nummer {c.ov}",
            "fr": f"connu{'e' if c.fem else ''} de l'Office des Étrangers sous le numéro SP {c.ov}",
            "de": f"beim Ausländeramt unter der OV-Nummer {c.ov} bekannt",
            "en": f"public-security (OV/SP) number {c.ov}"}[lang]


def w_person(c: Case, lang: str) -> str:
    """The applicant's personal data in prose; the flags may leave out the place and country of birth, or the
    nationality (nothing else in the application names them then)."""
    p = c.p
    name = nm(p, c.name_style)
    bcode = code_of(p.birth_country, p.nationality)
    place = f"{p.birth_place} ({land(bcode, lang)})"
    bd = cw(c, p.birth_date, lang)
    nobp, nonat = "no_birthplace" in c.flags, "no_nationality" in c.flags
    o = p.nationality
    e = "e" if c.fem else ""
    if lang == "nl":
        s = f"{title(p, lang)} {name}, geboren" + ("" if nobp else f" te {place}") + f" op {bd}"
        return s + ("" if nonat else f", van {adj(o, 'nl')} nationaliteit") + f", {reg_no(c, lang)}"
    if lang == "fr":
        s = f"{title(p, lang)} {name}, né{e}" + ("" if nobp else f" à {place}") + f" le {bd}"
        return s + ("" if nonat else f", de nationalité {adj(o, 'fr')}") + f", {reg_no(c, lang)}"
    if lang == "de":
        s = f"{title(p, lang)} {name}, geboren am {bd}" + ("" if nobp else f" in {place}")
        return s + ("" if nonat else f", Staatsangehörigkeit: {land(o, 'de')}") + f", {reg_no(c, lang)}"
    s = f"{title(p, lang)} {name}, born" + ("" if nobp else f" in {place}") + f" on {bd}"
    return s + ("" if nonat else f", a {adj(o, 'en')} national") + f", {reg_no(c, lang)}"


def w_home(c: Case, lang: str) -> str:
    """Where the applicant lives; with the no_address flag only that he or she lives in Belgium."""
    W = party(c, lang, True)
    if "no_address" in c.flags:
        return {"nl": f"{W} verblijft al meerdere jaren in België.",
                "fr": f"{W} séjourne en Belgique depuis plusieurs années.",
                "de": f"{W} hält sich seit mehreren Jahren in Belgien auf.",
                "en": "The applicant has been staying in Belgium for several years."}[lang]
    a = where(c, lang)
    k = c.seed % 3
    return {"nl": [f"{W} heeft {his(c, lang)} werkelijke verblijfplaats te {a}.",
                   f"Het adres waar {party(c, lang)} effectief verblijft, is {a}.",
                   f"{W} woont op dit ogenblik daadwerkelijk op het adres {a}."][k],
            "fr": [f"{W} réside effectivement {a}.", f"L'adresse de résidence effective de {party(c, lang)} est la "
                   f"suivante : {a}.", f"{W} demeure actuellement et de manière effective {a}."][k],
            "de": [f"{W} wohnt tatsächlich in {a}.", f"Die tatsächliche Wohnanschrift lautet: {a}.",
                   f"{W} hält sich derzeit tatsächlich unter der Anschrift {a} auf."][k],
            "en": [f"The applicant actually resides at {a}.", f"The applicant's address of effective residence is {a}.",
                   f"The applicant currently lives at {a}."][k]}[lang]


def w_domicile(c: Case, lang: str) -> str | None:
    if "no_domicile" in c.flags or c.domicile == "none":
        return None
    P = he(c, lang, True)
    if c.domicile == "lawyer" and c.lawyer:
        return {"nl": f"Voor alle briefwisseling in deze procedure doet {he(c, lang)} keuze van woonplaats op het "
                      f"kantoor van {his(c, lang)} raadsman, {counsel(c, lang)}, {office(c)}.",
                "fr": f"{P} élit domicile, pour les besoins de la présente procédure, au cabinet de son conseil, "
                      f"{counsel(c, lang)}, {office(c)}.",
                "de": f"Als Zustellungsanschrift für dieses Verfahren wird die Kanzlei von {counsel(c, lang)}, "
                      f"{office(c)}, gewählt.",
                "en": f"For all correspondence in this procedure the applicant elects domicile at the office of "
                      f"{his(c, lang)} counsel, {c.lawyer['first']} {c.lawyer['last']}, {office(c)}."}[lang]
    if c.domicile == "other" and c.other_domicile:
        return {"nl": f"{P} doet keuze van woonplaats bij {c.other_domicile}.",
                "fr": f"{P} élit domicile auprès de {c.other_domicile}.",
                "de": f"Als Zustellungsanschrift wird {c.other_domicile} gewählt.",
                "en": f"The applicant elects domicile with {c.other_domicile}."}[lang]
    return {"nl": f"{P} doet keuze van woonplaats op dat adres.", "fr": f"{P} y élit domicile.",
            "de": "Diese Anschrift gilt auch als Zustellungsanschrift.",
            "en": "The applicant elects domicile at that address."}[lang]


def domicile_cell(c: Case, lang: str) -> str:
    if "no_domicile" in c.flags or c.domicile == "none":
        return ""
    if c.domicile == "lawyer" and c.lawyer:
        return f"{counsel(c, lang)}, {office(c)}"
    if c.domicile == "other" and c.other_domicile:
        return c.other_domicile
    return {"nl": "idem verblijfplaats", "fr": "identique à la résidence", "de": "wie Wohnanschrift",
            "en": "same as residence"}[lang]


def _idfam(c: Case, key: str):
    if key == "id-tr":
        return next((f for f in c.idfams if f.type == "translation"), None)
    if not key.startswith("id"):
        return None
    n = 1 if key == "id" else int(key[2:])
    return c.idfams[n - 1] if len(c.idfams) >= n else None


ENC = {
    "passport": dict(nl="kopie paspoort", fr="copie du passeport", de="Kopie des Reisepasses", en="copy of passport"),
    "idcard": dict(nl="kopie identiteitskaart (recto/verso)", fr="copie de la carte d'identité (recto/verso)",
                   de="Kopie des Personalausweises (beidseitig)", en="copy of identity card (both sides)"),
    "birth-certificate": dict(nl="geboorteakte", fr="acte de naissance", de="Geburtsurkunde", en="birth certificate"),
    "nationality-certificate": dict(nl="attest van nationaliteit", fr="certificat de nationalité",
                                    de="Staatsangehörigkeitsbescheinigung", en="certificate of nationality"),
    "identity-certificate": dict(nl="identiteitsattest van de ambassade", fr="attestation d'identité de l'ambassade",
                                 de="Identitätsbescheinigung der Botschaft", en="embassy identity certificate"),
    "consular-card": dict(nl="consulaire kaart", fr="carte consulaire", de="Konsularkarte", en="consular card"),
    "driving-licence": dict(nl="rijbewijs", fr="permis de conduire", de="Führerschein", en="driving licence"),
    "translation": dict(nl="beëdigde vertaling geboorteakte", fr="traduction jurée de l'acte de naissance",
                        de="beeidigte Übersetzung der Geburtsurkunde", en="sworn translation of birth certificate"),
    "declaration": dict(nl="verklaring op eer (identiteit)", fr="déclaration sur l'honneur (identité)",
                        de="Erklärung an Eides statt (Identität)", en="declaration on honour (identity)"),
    "asylum": dict(nl="bewijs lopende asielaanvraag", fr="preuve de la demande d'asile en cours",
                   de="Nachweis des laufenden Asylantrags", en="proof of pending asylum application"),
    "other": dict(nl="apothekersattest", fr="attestation de la pharmacie", de="Apothekenbescheinigung",
                  en="pharmacy statement"),
}


def enc_text(c: Case, key: str, lang: str) -> str:
    """This part's wording of each enclosure in an application's list."""
    if key == "medcert":
        return {"nl": "standaard medisch getuigschrift ({n}, {d})", "fr": "certificat médical type ({n}, {d})",
                "de": "standardisiertes ärztliches Attest ({n}, {d})",
                "en": "standard medical certificate ({n}, {d})"}[lang].format(
            n=c.doctor.name("initial"), d=when(c.cert_date, "slashes", lang))
    if key == "medstat":
        doc = c.doctor if "medcert_absent" in c.flags else c.specialist
        return {"nl": f"medisch verslag {doc.name('initial')}", "fr": f"rapport médical du {doc.name('initial')}",
                "de": f"ärztlicher Bericht {doc.name('initial')}", "en": f"medical report, {doc.name('initial')}"}[lang]
    if key == "coi":
        cn = land(c.origin(), lang)
        return {"nl": f"documentatie zorg in {cn}", "fr": f"documentation sur les soins ({cn})",
                "de": f"Unterlagen zur Versorgung in {cn}", "en": f"documents on care in {cn}"}[lang]
    if key.startswith("fam"):
        m = c.family[int(key[3:])]
        q = m.p
        if m.rel == "child":
            return {"nl": f"geboorteakte {q.given_names}", "fr": f"acte de naissance de {q.given_names}",
                    "de": f"Geburtsurkunde {q.given_names}", "en": f"birth certificate of {q.given_names}"}[lang]
        return {"nl": "huwelijksakte", "fr": "acte de mariage", "de": "Heiratsurkunde", "en": "marriage certificate"}[lang]
    if key in ("asylum", "other"):
        return ENC[key][lang]
    f = _idfam(c, key)
    if f is None:
        return ENC["declaration"][lang]
    if f.type == "identity-document":
        return ENC["passport" if f.mrz == "TD3" else "idcard"][lang]
    return ENC.get(f.type, ENC["birth-certificate"])[lang]


def enclosures(c: Case, lang: str) -> list[tuple[int, str, int]]:
    return [(i + 1, enc_text(c, k, lang), c.annex_pages.get(k, 1)) for i, (k, _d) in enumerate(c.annexes)]


def w_identity(c: Case, lang: str, word: str | None = None) -> str:
    W, P, po = party(c, lang, True), he(c, lang, True), his(c, lang)
    k = c.id_kind
    r = lambda key: enc(c, key, lang, word)  # noqa: E731
    exp = cw(c, c.id_expiry, lang) if c.id_expiry else ""
    if k in ("passport", "passport-expired", "passport-mrz", "passport-name", "untranslated", "translated"):
        s = {"nl": f"{W} legt een kopie voor van {po} nationaal paspoort, geldig tot {exp}{r('id')}.",
             "fr": f"{W} produit une copie de son passeport national, valable jusqu'au {exp}{r('id')}.",
             "de": f"{W} legt eine Kopie {'ihres' if c.fem else 'seines'} Reisepasses vor, gültig bis {exp}{r('id')}.",
             "en": f"The applicant submits a copy of {po} national passport, valid until {exp}{r('id')}."}[lang]
        if k == "passport-expired":
            s = {"nl": f"{W} legt een kopie voor van {po} nationaal paspoort{r('id')}; het is op {exp} verlopen, maar "
                       f"blijft een identiteitsdocument dat {po} identiteit aantoont.",
                 "fr": f"{W} produit une copie de son passeport national{r('id')}, expiré le {exp} ; il reste un "
                       f"document d'identité qui établit son identité.",
                 "de": f"{W} legt eine Kopie {'ihres' if c.fem else 'seines'} Reisepasses vor{r('id')}; er ist am {exp} "
                       f"abgelaufen, bleibt aber ein Identitätsdokument.",
                 "en": f"The applicant submits a copy of {po} national passport{r('id')}, which expired on {exp} but "
                       f"remains an identity document."}[lang]
        if k in ("untranslated", "translated"):
            s += {"nl": f" Daarnaast is {po} geboorteakte bijgevoegd{r('id2')}",
                  "fr": f" Son acte de naissance est également joint{r('id2')}",
                  "de": f" Außerdem liegt {'ihre' if c.fem else 'seine'} Geburtsurkunde bei{r('id2')}",
                  "en": f" {po.capitalize()} birth certificate is also enclosed{r('id2')}"}[lang]
            s += ({"nl": f", samen met de beëdigde vertaling{r('id-tr')}.",
                   "fr": f", accompagné de sa traduction jurée{r('id-tr')}.",
                   "de": f", zusammen mit der beeidigten Übersetzung{r('id-tr')}.",
                   "en": f", with its sworn translation{r('id-tr')}."}[lang] if k == "translated" else ".")
        return s
    if k == "idcard":
        return {"nl": f"{W} bewijst {po} identiteit met {po} nationale identiteitskaart{r('id')}.",
                "fr": f"{W} établit son identité au moyen de sa carte nationale d'identité{r('id')}.",
                "de": f"{W} weist {'ihre' if c.fem else 'seine'} Identität mit dem Personalausweis nach{r('id')}.",
                "en": f"The applicant proves {po} identity with {po} national identity card{r('id')}."}[lang]
    if k in ("pieces", "pieces-nophoto", "certificate", "declarative-cert", "single-piece"):
        items = [f"{enc_text(c, kk, lang)}{r(kk)}" for kk, _ in c.annexes if kk.startswith("id")]
        conj = {"nl": " en ", "fr": " et ", "de": " sowie ", "en": " and "}[lang]
        lst = (", ".join(items[:-1]) + conj + items[-1]) if len(items) > 1 else (items[0] if items else "-")
        if k in ("pieces", "pieces-nophoto"):
            return {"nl": f"{W} beschikt niet over een paspoort of identiteitskaart. {P} toont {po} identiteit aan met "
                          f"een geheel van stukken: {lst}.",
                    "fr": f"{W} ne dispose ni d'un passeport ni d'une carte d'identité. {P} établit son identité par un "
                          f"ensemble de pièces : {lst}.",
                    "de": f"{W} besitzt weder Reisepass noch Personalausweis; die Identität ergibt sich aus: {lst}.",
                    "en": f"The applicant has neither passport nor identity card; {po} identity is shown by: "
                          f"{lst}."}[lang]
        return {"nl": f"Ter staving van {po} identiteit legt {party(c, lang)} voor: {lst}.",
                "fr": f"À l'appui de son identité, {party(c, lang)} produit : {lst}.",
                "de": f"Zum Nachweis der Identität wird vorgelegt: {lst}.",
                "en": f"In proof of identity the applicant submits: {lst}."}[lang]
    if k in ("asylum", "asylum-noproof"):
        lodged = cw(c, c.asylum["lodged"], lang)
        s = {"nl": f"{W} diende op {lodged} een verzoek om internationale bescherming in, dat nog niet definitief werd "
                   f"afgesloten. Op grond van artikel 9ter, § 2, derde lid, geldt de identiteitsvereiste dan niet",
             "fr": f"{W} a introduit le {lodged} une demande de protection internationale qui n'a pas encore fait "
                   f"l'objet d'une décision définitive ; en vertu de l'article 9ter, § 2, alinéa 3, l'exigence "
                   f"d'identité ne s'applique donc pas",
             "de": f"{W} hat am {lodged} internationalen Schutz beantragt; das Verfahren ist nicht abgeschlossen, "
                   f"sodass nach Artikel 9ter § 2 Absatz 3 kein Identitätsnachweis verlangt wird",
             "en": f"The applicant applied for international protection on {lodged}; no final decision has been "
                   f"taken, so under Article 9ter § 2(3) the identity requirement does not apply"}[lang]
        if k == "asylum":
            s += {"nl": f"; het bewijs daarvan is bijgevoegd{r('asylum')}.", "fr": f" ; la preuve est jointe{r('asylum')}.",
                  "de": f"; ein Nachweis liegt bei{r('asylum')}.", "en": f"; proof is enclosed{r('asylum')}."}[lang]
        else:
            s += "."
        return s
    if k == "declaration":
        return {"nl": f"{W} heeft geen enkel identiteitsdocument meer. {P} verklaart op eer wie {he(c, lang)} is"
                      f"{r('id')}.",
                "fr": f"{W} n'a plus aucun document d'identité ; {he(c, lang)} décline son identité dans une déclaration "
                      f"sur l'honneur{r('id')}.",
                "de": f"{W} besitzt keinerlei Ausweis mehr und erklärt {'ihre' if c.fem else 'seine'} Identität an "
                      f"Eides statt{r('id')}.",
                "en": f"The applicant no longer has any identity document and states {po} identity in a declaration on "
                      f"honour{r('id')}."}[lang]
    return {"nl": f"{W} heeft bij {po} ambassade een nieuw paspoort aangevraagd; een kopie wordt nagestuurd zodra het "
                  f"is afgeleverd.",
            "fr": f"{W} a demandé un nouveau passeport à son ambassade ; une copie vous sera transmise dès sa délivrance.",
            "de": f"{W} hat bei der Botschaft einen neuen Reisepass beantragt; eine Kopie wird nachgereicht.",
            "en": "The applicant has applied to the embassy for a new passport; a copy will follow once it is "
                  "issued."}[lang]


def w_medical(c: Case, lang: str, word: str | None = None) -> str:
    t = ill(c, lang)
    il = ILLNESSES[c.illness]
    W = party(c, lang, True)
    doc = c.doctor
    spec = SPECIALTY[doc.spec][lang]
    meds = "; ".join(t["meds"])
    cdate = when(c.cert_date, c.cert_date_style, lang)
    if "medcert_absent" in c.flags:
        tail = {"nl": f" Dat blijkt uit het verslag van {doc.name()}{enc(c, 'medstat', lang, word)}.",
                "fr": f" C'est ce qui ressort du rapport du {doc.name()}{enc(c, 'medstat', lang, word)}.",
                "de": f" Dies ergibt sich aus dem Bericht von {doc.name()}{enc(c, 'medstat', lang, word)}.",
                "en": f" This appears from the report of {doc.name()}{enc(c, 'medstat', lang, word)}."}[lang]
    else:
        tail = {"nl": f" Het standaard medisch getuigschrift werd op {cdate} ingevuld door {doc.name()}, {spec}"
                      f"{enc(c, 'medcert', lang, word)}.",
                "fr": f" Le certificat médical type a été complété le {cdate} par le {doc.name()}, {spec}"
                      f"{enc(c, 'medcert', lang, word)}.",
                "de": f" Das standardisierte ärztliche Attest wurde am {cdate} von {doc.name()} ({spec}) ausgefüllt"
                      f"{enc(c, 'medcert', lang, word)}.",
                "en": f" The standard medical certificate was completed on {cdate} by {doc.name()} ({spec})"
                      f"{enc(c, 'medcert', lang, word)}."}[lang]
        if c.annex_no("medstat"):
            tail += {"nl": f" Zie ook het verslag van de behandelend specialist{enc(c, 'medstat', lang, word)}.",
                     "fr": f" Voir aussi le rapport du spécialiste traitant{enc(c, 'medstat', lang, word)}.",
                     "de": f" Siehe auch den Bericht des behandelnden Facharztes{enc(c, 'medstat', lang, word)}.",
                     "en": f" See also the treating specialist's report{enc(c, 'medstat', lang, word)}."}[lang]
    nm_ = t["name"]
    sev = t["severity"].rstrip(".")
    return {"nl": f"{W} is ernstig ziek: {nm_} (ICD-10 {il['icd']}). {sev}. {his(c, lang).capitalize()} behandeling: "
                  f"{meds}. {t['intervention']} Indien de behandeling wordt onderbroken: {t['consequences']}{tail}",
            "fr": f"{W} souffre d'une affection grave : {nm_} (CIM-10 {il['icd']}). {sev}. Traitement en cours : {meds}. "
                  f"{t['intervention']} En cas d'interruption : {t['consequences']}{tail}",
            "de": f"{W} ist schwer erkrankt: {nm_} (ICD-10 {il['icd']}). {sev}. Laufende Behandlung: {meds}. "
                  f"{t['intervention']} Bei Unterbrechung: {t['consequences']}{tail}",
            "en": f"The applicant is seriously ill: {nm_} (ICD-10 {il['icd']}). {sev}. Current treatment: {meds}. "
                  f"{t['intervention']} If treatment is interrupted: {t['consequences']}{tail}"}[lang]


def w_coi(c: Case, lang: str, word: str | None = None) -> str:
    o = BC[c.origin()]
    il = ILLNESSES[c.illness]
    drug = il["drug_l"].get(lang, il["drug"]) if lang != "en" else il["drug"]
    cn = land(c.origin(), lang)
    st = enc(c, "coi", lang, word)
    ins = o.get("insurance_" + lang, o["insurance_en"])
    return {"nl": f"Voor {drug} is {party(c, lang)} in {cn} aangewezen op {o['hospital']}; de voorraden zijn er "
                  f"onregelmatig{st}. De kostprijs van een maand behandeling (ongeveer {il['cost']}) ligt ver boven "
                  f"het gemiddelde maandloon van {o['wage']}. {ins} De zorg is dus niet toegankelijk.",
            "fr": f"Pour {drug}, {party(c, lang)} dépendrait {_b9.FR_IN.get(c.origin(), 'en ' + cn)} de {o['hospital']}, "
                  f"où les stocks sont irréguliers{st}. Un mois de traitement (environ {il['cost']}) dépasse largement "
                  f"le salaire mensuel moyen de {o['wage']}. {ins} Les soins ne sont donc pas accessibles.",
            "de": f"Für {drug} wäre {party(c, lang)} {_b9.DE_IN.get(c.origin(), 'in ' + cn)} auf {o['hospital']} "
                  f"angewiesen, wo die Vorräte unregelmäßig sind{st}. Ein Behandlungsmonat (etwa {il['cost']}) "
                  f"übersteigt den Durchschnittslohn von {o['wage']}. {ins} Die Behandlung ist daher nicht zugänglich.",
            "en": f"For {drug} the applicant would depend in {cn} on {o['hospital']}, where stocks are irregular{st}. "
                  f"One month of treatment (about {il['cost']}) far exceeds the average monthly wage of {o['wage']}. "
                  f"{ins} The care is therefore not accessible."}[lang]


def w_family(c: Case, lang: str, word: str | None = None) -> str | None:
    if not c.family:
        return None
    out = []
    for i, m in enumerate(c.family):
        q = m.p
        bp = f"{q.birth_place} ({land(code_of(q.birth_country, q.nationality), lang)})"
        bd = cw(c, q.birth_date, lang)
        st = enc(c, f"fam{i}", lang, word)
        rel = {"nl": (("echtgenote" if q.sex == "F" else "echtgenoot") if m.rel == "spouse" else
                      ("dochter" if q.sex == "F" else "zoon")),
               "fr": (("épouse" if q.sex == "F" else "époux") if m.rel == "spouse" else ("fille" if q.sex == "F"
                                                                                         else "fils")),
               "de": (("Ehefrau" if q.sex == "F" else "Ehemann") if m.rel == "spouse" else ("Tochter" if q.sex == "F"
                                                                                           else "Sohn")),
               "en": (("wife" if q.sex == "F" else "husband") if m.rel == "spouse" else ("daughter" if q.sex == "F"
                                                                                       else "son"))}[lang]
        if lang == "nl":
            out.append(f"{his(c, lang)} {rel} {nm(q, c.name_style)} (geboren te {bp} op {bd}){st}")
        elif lang == "fr":
            out.append(f"{'son' if rel in ('époux', 'fils') else 'sa'} {rel} {nm(q, c.name_style)} (né"
                       f"{'e' if q.sex == 'F' else ''} à {bp} le {bd}){st}")
        elif lang == "de":
            out.append(f"{'ihr' if c.fem else 'sein'}{'e' if q.sex == 'F' else ''} {rel} {nm(q, c.name_style)} "
                       f"(geboren am {bd} in {bp}){st}")
        else:
            out.append(f"{his(c, lang)} {rel} {nm(q, c.name_style)} (born in {bp} on {bd}){st}")
    lst = "; ".join(out)
    return {"nl": f"Het verzoek wordt ook ingediend voor de gezinsleden die bij {party(c, lang)} inwonen: {lst}.",
            "fr": f"La demande est également introduite pour les membres de la famille qui vivent avec "
                  f"{party(c, lang)} : {lst}.",
            "de": f"Der Antrag wird auch für die im Haushalt lebenden Familienangehörigen gestellt: {lst}.",
            "en": f"The application is also made for the family members living with the applicant: {lst}."}[lang]


def w_history(c: Case, lang: str) -> str | None:
    out = []
    a = c.asylum
    if a and a.get("status") == "refused":
        d = cw(c, a["refused_on"], lang)
        out.append({"nl": f"Het CGVS weigerde op {d} het verzoek om internationale bescherming.",
                    "fr": f"Le CGRA a refusé la demande de protection internationale le {d}.",
                    "de": f"Das GKFS hat den Antrag auf internationalen Schutz am {d} abgelehnt.",
                    "en": f"The CGRS refused the application for international protection on {d}."}[lang])
    if c.previous_9ter:
        d = cw(c, c.previous_9ter, lang)
        rf = f"{(c.seed % 8_000_000) + 1_000_000}"
        out.append({"nl": f"{party(c, lang, True)} diende op {d} al een aanvraag 9ter in (uw kenmerk {rf}), die nog "
                          f"hangende is. Met deze aanvraag wordt die eerdere aanvraag ingetrokken; alle relevante "
                          f"elementen worden hier opnieuw uiteengezet.",
                    "fr": f"Une demande 9ter a déjà été introduite le {d} (votre réf. {rf}) et est toujours pendante. "
                          f"La présente demande emporte le désistement de cette demande antérieure ; tous les éléments "
                          f"utiles sont repris dans la présente.",
                    "de": f"Am {d} wurde bereits ein 9ter-Antrag gestellt (Ihr Zeichen {rf}), der noch anhängig ist. "
                          f"Dieser frühere Antrag wird hiermit zurückgenommen; alle erheblichen Angaben sind hier "
                          f"wiederholt.",
                    "en": f"A 9ter application was lodged on {d} (your ref. {rf}) and is still pending. It is withdrawn "
                          f"by the present application, which repeats everything relevant."}[lang])
    return " ".join(out) if out else None


def w_request(c: Case, lang: str) -> str:
    return {"nl": f"Ik verzoek u dan ook {party(c, lang)} op grond van artikel 9ter van de wet van 15 december 1980 "
                  f"te machtigen tot een verblijf van meer dan drie maanden in het Rijk.",
            "fr": f"Je vous saurais dès lors gré d'autoriser {party(c, lang)} au séjour de plus de trois mois dans le "
                  f"Royaume sur pied de l'article 9ter de la loi du 15 décembre 1980.",
            "de": f"Ich beantrage daher, {'der Antragstellerin' if c.fem else 'dem Antragsteller'} gemäß Artikel 9ter "
                  f"des Gesetzes vom 15. Dezember 1980 den Aufenthalt von mehr als drei Monaten zu gestatten.",
            "en": "I therefore ask you to authorise the applicant to stay in Belgium for more than three months under "
                  "Article 9ter of the Law of 15 December 1980."}[lang]


TO_DVZ = {"nl": ["Federale Overheidsdienst Binnenlandse Zaken", "Dienst Vreemdelingenzaken - Medisch Verblijf",
                 "Pachecolaan 44", "1000 BRUSSEL"],
          "fr": ["SPF Intérieur - Office des Étrangers", "Section 9ter", "Boulevard Pachéco 44", "1000 BRUXELLES"],
          "de": ["Föderaler Öffentlicher Dienst Inneres", "Ausländeramt - Medizinischer Aufenthalt", "Pachecolaan 44",
                 "1000 Brüssel"],
          "en": ["Immigration Office (Dienst Vreemdelingenzaken)", "9ter unit", "Pachecolaan 44", "1000 Brussels"]}

HEADS = {"nl": ["Verblijfplaats en woonplaatskeuze", "Identiteit", "Medische toestand",
                "Beschikbaarheid en toegankelijkheid van de zorg", "Gezinsleden", "Voorgaande procedures"],
         "fr": ["Résidence et élection de domicile", "Identité", "Situation médicale",
                "Disponibilité et accessibilité des soins", "Membres de la famille", "Procédures antérieures"],
         "de": ["Wohnsitz und Zustellungsanschrift", "Identität", "Gesundheitszustand",
                "Verfügbarkeit und Zugänglichkeit der Behandlung", "Familienangehörige", "Frühere Verfahren"],
         "en": ["Residence and domicile", "Identity", "Medical situation", "Availability and accessibility of care",
                "Family members", "Earlier procedures"]}


# =========================================================================== a letter that flows over pages

class Flow:
    """Writes top to bottom over as many pages as needed; ``tags`` keeps the (1-based) page where each named part
    begins."""

    def __init__(self, new_page, *, x0=22.0, x1=188.0, bottom=272.0, f=SER, pt=10.0, lead=1.4):
        self.new_page, self.x0, self.x1, self.bottom = new_page, x0, x1, bottom
        self.f, self.pt, self.lead = f, pt, lead
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

    @property
    def n(self) -> int:
        return len(self.sheets)

    def mark(self, k: str) -> None:
        self.tags.setdefault(k, self.n)

    def room(self, h: float) -> None:
        if self.y + h > self.bottom:
            self.turn()

    def lh(self, pt=None) -> float:
        return (pt or self.pt) * 0.3528 * self.lead

    def line(self, s: str, *, x=None, f=None, pt=None, c=BLACK, a="left", after=0.0) -> None:
        f, pt = f or self.f, pt or self.pt
        self.room(self.lh(pt))
        put(self.sh, self.x0 if x is None else x, self.y, s, f=f, pt=pt, c=c, a=a)
        self.y += self.lh(pt) + after

    def para(self, s: str, *, f=None, pt=None, indent=0.0, first=0.0, after=2.6, align="left", c=BLACK, tag=None,
             label: str | None = None, keep=2) -> None:
        f, pt = f or self.f, pt or self.pt
        s = fit_glyphs(s, f)
        x = self.x0 + indent
        w = self.x1 - x
        lines = self.sh.wrap(s, w - first, font=f, size_pt=pt)
        if first and len(lines) > 1:
            rest = " ".join(lines[1:])
            lines = lines[:1] + self.sh.wrap(rest, w, font=f, size_pt=pt)
        lh = self.lh(pt)
        self.room(lh * min(keep, len(lines)))
        if tag:
            self.mark(tag)
        if label:
            put(self.sh, self.x0, self.y, label, f=f, pt=pt, c=c)
        for i, ln in enumerate(lines):
            if self.y + lh > self.bottom:
                self.turn()
            xx = x + (first if i == 0 else 0)
            ww = w - (first if i == 0 else 0)
            if align == "justify" and i < len(lines) - 1 and " " in ln.strip():
                words = ln.split()
                ws = [width(wd, f, pt) for wd in words]
                gap = (ww - sum(ws)) / (len(words) - 1)
                for wd, wdw in zip(words, ws):
                    put(self.sh, xx, self.y, wd, f=f, pt=pt, c=c)
                    xx += wdw + gap
            else:
                put(self.sh, xx, self.y, ln, f=f, pt=pt, c=c)
            self.y += lh
        self.y += after


def foot_numbers(sheets: list[Sheet], fmt: str, *, y=286.0, x=188.0, f=NSN, pt=8.0, a="right") -> None:
    n = len(sheets)
    if n < 2:
        return
    for i, sh in enumerate(sheets):
        put(sh, x, y, fmt.format(i=i + 1, n=n), f=f, pt=pt, c=MID, a=a)


def _sections(fl: Flow, c: Case, lang: str, *, head, align="justify", word=None) -> None:
    head(0)
    dom = w_domicile(c, lang)
    fl.para(w_home(c, lang) + (" " + dom if dom else ""), align=align, tag="residence")
    head(1)
    fl.para(w_identity(c, lang, word), align=align, tag="identity")
    head(2)
    fl.para(w_medical(c, lang, word), align=align, tag="medical")
    if c.coi_in_app and "no_coi" not in c.flags:
        head(3)
        fl.para(w_coi(c, lang, word), align=align, tag="coi")
    fam = w_family(c, lang, word)
    if fam:
        head(4)
        fl.para(fam, align=align, tag="family")
    hist = w_history(c, lang)
    if hist:
        head(5)
        fl.para(hist, align=align, tag="parallel")


# =========================================================================== applications

def app_nl_letter(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """Antwerp/Ghent lawyer's letter in DejaVu Serif: the firm's name and address in a right-hand block next to a
    thin coloured vertical rule; 'AANGETEKEND' in spaced capitals above DVZ's address at the LEFT; a three-cell
    reference line (uw kenmerk / ons kenmerk / datum); the subject in bold italic; lettered headings 'A.', 'B.'
    underlined; the personal data in the opening paragraph; 'Met beleefde groeten,' then the lawyer's typed name
    with the signature BELOW it; 'Stukkenbundel' as a list after the signature; 'Pagina n van N' at the foot."""
    L = c.lawyer
    lang = "nl"
    col = rng.choice([(0, 90, 110), (120, 30, 40), (40, 60, 120)])

    def page(i):
        sh = Sheet()
        if i == 0:
            sh.rule(126, 12, 126, 36, width_mm=0.8, color=col)
            for j, s in enumerate([L["firm"], f"{L['first']} {L['last']}, advocaat", L["street"],
                                   f"{L['pc']} {L['city']}", f"T {L['tel']}", L["mail"]]):
                put(sh, 130, 12 + j * 4.1, s, f=SER_B if j == 0 else SER, pt=9 if j == 0 else 7.8,
                    c=col if j == 0 else INK)
            return sh, 46
        put(sh, 22, 12, f"{L['firm']} - {nm(c.p, 'SURNAME Given')}", f=SER_I, pt=7.6, c=MID)
        return sh, 24

    fl = Flow(page, f=SER, pt=9.6)
    put(fl.sh, 22, fl.y, "A A N G E T E K E N D", f=SER_B, pt=9)
    for i, s in enumerate(TO_DVZ["nl"]):
        put(fl.sh, 22, fl.y + 6 + i * 4.6, s, f=SER, pt=9.6)
    fl.y += 34
    ours = f"{c.app_date.year % 100}/{c.seed % 900 + 100}/{L['last'][:2].upper()}"
    for j, (a, b) in enumerate([("uw kenmerk", "-"), ("ons kenmerk", ours), ("datum", d_long(c.app_date, "nl"))]):
        put(fl.sh, 22 + j * 56, fl.y, a, f=SER_I, pt=7.4, c=MID)
        put(fl.sh, 22 + j * 56, fl.y + 3.6, b, f=SER, pt=9.4)
    fl.y += 13
    fl.para(f"Betreft: aanvraag tot machtiging tot verblijf - artikel 9ter Vreemdelingenwet - {nm(c.p, c.name_style)}",
            f=SER_I, after=4)
    fl.para("Geachte mevrouw, geachte heer,", after=3)
    fl.para(f"In naam van mijn cliënt{'e' if c.fem else ''}, {w_person(c, lang)}, hierna '{party(c, lang)}', dien ik "
            f"hierbij een aanvraag in tot machtiging tot verblijf om medische redenen.", align="justify",
            tag="personal")
    letters = "ABCDEF"
    k = [0]

    def head(i):
        fl.room(14)
        t = f"{letters[k[0]]}.  {HEADS[lang][i]}"
        fl.line(t, f=SER_B, pt=9.8)
        fl.sh.rule(22, fl.y - 0.8, 22 + width(t, SER_B, 9.8), fl.y - 0.8, width_mm=0.2)
        fl.y += 1.4
        k[0] += 1

    _sections(fl, c, lang, head=head)
    fl.para(w_request(c, lang), align="justify", after=4)
    fl.room(48)
    fl.para("Met beleefde groeten,", after=2)
    fl.mark("signature")
    y = fl.y
    put(fl.sh, 22, y, f"{L['first']} {L['last']}", f=SER, pt=9.6)
    put(fl.sh, 22, y + 4.4, "advocaat", f=SER_I, pt=8.6)
    if "unsigned" not in c.flags:
        sig(fl.sh, 24, y + 8, rng, c=rng.choice([BLUE_PEN, BLACK_PEN]))
    fl.y = y + 26
    rows = enclosures(c, lang)
    if rows:
        fl.room(14)
        fl.mark("inventory")
        fl.line("Stukkenbundel", f=SER_B, pt=9.8, after=1)
        for n, d, p in rows:
            fl.para(f"{d} - {p} blz.", label=f"stuk {n}", indent=16, after=0.4, pt=9)
    foot_numbers(fl.sheets, "Pagina {i} van {n}", f=SER)
    return fl.sheets, fl.tags


def app_fr_letter(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """Brussels avocat's letter in Caladea: a small filled square with the firm's initials at the top left and the
    firm's name beside it, 'RECOMMANDÉ' and the Office's address in a block at the RIGHT, 'Concerne :' with the
    client's name in small capitals, sections headed '§ 1', '§ 2'... in bold; the personal data in the first
    paragraph; the letter ends with the signature alone (no label, no typed name under it); the list of annexes
    on its own last page as a two-column table 'N° / Pièce'."""
    L = c.lawyer
    lang = "fr"
    initials = "".join(w[0] for w in L["firm"].split() if w[:1].isupper())[:3] or "AV"
    col = rng.choice([(30, 50, 90), (90, 30, 60), (20, 90, 80)])

    def page(i):
        sh = Sheet()
        if i == 0:
            flat(sh, 20, 12, 13, 13, col)
            put(sh, 26.5, 15.5, initials, f=CAL_B, pt=9, c=(255, 255, 255), a="center")
            put(sh, 36, 12.5, L["firm"], f=CAL_B, pt=12)
            put(sh, 36, 18, f"Avocats - {L['street']}, {L['pc']} {L['city']} - {L['tel']}", f=CAL, pt=8, c=MID)
            return sh, 34
        return sh, 18

    fl = Flow(page, f=CAL, pt=10.4, x0=22, x1=188)
    put(fl.sh, 118, fl.y, "RECOMMANDÉ", f=CAL_B, pt=10)
    for i, s in enumerate(TO_DVZ["fr"]):
        put(fl.sh, 118, fl.y + 5.5 + i * 4.8, s, f=CAL, pt=10)
    fl.y += 34
    fl.line(f"{L['city']}, le {d_long(c.app_date, 'fr')}", x=188, a="right", after=4)
    fl.line(f"N/réf. : {c.seed % 9000 + 1000}/{L['last'][:3].upper()}", pt=9, after=1)
    fl.para(f"Concerne : demande d'autorisation de séjour fondée sur l'article 9ter de la loi du 15 décembre 1980 - "
            f"{nm(c.p, 'SURNAME Given')}", f=CAL_B, after=4)
    fl.para("Monsieur le Directeur général,", after=3)
    fl.para(f"J'ai l'honneur de vous adresser, au nom de {w_person(c, lang)}, une demande d'autorisation de séjour pour "
            f"raisons médicales.", align="justify", tag="personal")
    k = [0]

    def head(i):
        k[0] += 1
        fl.para(f"§ {k[0]}  {HEADS[lang][i]}", f=CAL_B, after=1.2, keep=3)

    _sections(fl, c, lang, head=head)
    fl.para(w_request(c, lang), align="justify", after=3)
    fl.room(34)
    fl.para("Je vous prie d'agréer, Monsieur le Directeur général, l'expression de ma considération distinguée.",
            after=4)
    fl.mark("signature")
    if "unsigned" not in c.flags:
        sig(fl.sh, 120, fl.y, rng, c=BLUE_PEN)
    fl.y += 20
    rows = enclosures(c, lang)
    if rows:
        fl.turn()
        fl.mark("inventory")
        fl.line("INVENTAIRE DES PIÈCES JOINTES", f=CAL_B, pt=11.5, after=3)
        y = fl.y
        flat(fl.sh, 22, y, 166, 7, (228, 230, 236))
        put(fl.sh, 24, y + 1.5, "N°", f=CAL_B, pt=9.5)
        put(fl.sh, 38, y + 1.5, "Pièce", f=CAL_B, pt=9.5)
        y += 7
        for n, d, p in rows:
            frame(fl.sh, 22, y, 14, 7, lw=0.2, c=MID)
            frame(fl.sh, 36, y, 152, 7, lw=0.2, c=MID)
            put(fl.sh, 29, y + 1.5, str(n), f=CAL, pt=9.5, a="center")
            put(fl.sh, 38, y + 1.5, f"{d} ({p} p.)", f=CAL, pt=shrink(f"{d} ({p} p.)", 146, CAL, 9.5))
            y += 7
        fl.y = y
    foot_numbers(fl.sheets, "{i}/{n}", f=CAL, x=105, a="center")
    return fl.sheets, fl.tags


def app_de_letter(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """Letter of a lawyer in Eupen in Liberation Serif: the Kanzlei's name letter-spaced across the top, its address
    in one line under a full-width rule; 'Per Einschreiben' at the top right; Roman-numbered headings; the personal
    data in the first paragraph; 'Hochachtungsvoll' and the signature to the RIGHT of the typed label
    'Der Rechtsanwalt:'; 'Anlagenverzeichnis' as a table with page counts; printed on cream paper."""
    L = c.lawyer
    lang = "de"

    def page(i):
        sh = Sheet(paper="cream")
        if i == 0:
            put(sh, 105, 12, f"KANZLEI {L['last'].upper()}", f=LSE_B, pt=12, a="center", sp=1.6)
            sh.rule(20, 19, 190, 19, width_mm=0.3)
            put(sh, 105, 20.5, f"{L['street']} · B-{L['pc']} {L['city']} · Tel. {L['tel']} · {L['mail']}", f=LSE,
                pt=7.8, a="center", c=MID)
            return sh, 36
        put(sh, 190, 12, f"- {i + 1} -", f=LSE, pt=8.5, a="right", c=MID)
        return sh, 22

    fl = Flow(page, f=LSE, pt=10.5, x0=22, x1=188)
    put(fl.sh, 188, fl.y, "Per Einschreiben", f=LSE_B, pt=10, a="right")
    for i, s in enumerate(TO_DVZ["de"]):
        put(fl.sh, 22, fl.y + i * 4.8, s, f=LSE, pt=10.5)
    fl.y += 26
    fl.line(f"{L['city']}, den {d_long(c.app_date, 'de')}", x=188, a="right", after=5)
    fl.para(f"Antrag auf Aufenthaltserlaubnis aus medizinischen Gründen (Art. 9ter des Gesetzes vom 15. Dezember "
            f"1980) - {nm(c.p, c.name_style)}", f=LSE_B, after=4)
    fl.para("Sehr geehrte Damen und Herren,", after=3)
    fl.para(f"namens und im Auftrag von {w_person(c, lang)} beantrage ich hiermit eine Aufenthaltserlaubnis aus "
            f"medizinischen Gründen.", align="justify", tag="personal")
    romans = ["I.", "II.", "III.", "IV.", "V.", "VI."]
    k = [0]

    def head(i):
        fl.para(f"{romans[k[0]]} {HEADS[lang][i]}", f=LSE_B, after=1, keep=3)
        k[0] += 1

    _sections(fl, c, lang, head=head)
    fl.para(w_request(c, lang), align="justify", after=4)
    fl.room(34)
    fl.para("Hochachtungsvoll", after=6)
    fl.mark("signature")
    y = fl.y
    lab = "Der Rechtsanwalt:" if L["sex"] == "M" else "Die Rechtsanwältin:"
    put(fl.sh, 22, y + 4, lab, f=LSE, pt=10.5)
    if "unsigned" not in c.flags:
        sig(fl.sh, 26 + width(lab, LSE, 10.5), y - 2, rng, c=BLUE_PEN)
    put(fl.sh, 22, y + 12, f"{L['first']} {L['last']}", f=LSE_I, pt=10)
    fl.y = y + 22
    rows = enclosures(c, lang)
    if rows:
        fl.room(16)
        fl.mark("inventory")
        fl.line("Anlagenverzeichnis", f=LSE_B, pt=10.5, after=1.5)
        for n, d, p in rows:
            fl.room(6)
            put(fl.sh, 24, fl.y, f"{n}.", f=LSE, pt=9.6)
            put(fl.sh, 32, fl.y, d, f=LSE, pt=shrink(d, 130, LSE, 9.6))
            put(fl.sh, 188, fl.y, f"{p} S.", f=LSE, pt=9.6, a="right")
            fl.sh.rule(32, fl.y + 4.4, 188, fl.y + 4.4, width_mm=0.1, color=PALE)
            fl.y += 5.6
    return fl.sheets, fl.tags


def app_en_letter(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """An application written in English by a university law clinic's student under supervision, in Liberation
    Sans: the clinic's name in a grey band, the Immigration Office's address and 'By registered post', numbered
    paragraphs '1.', '2.'...; signed 'Signed:' with the signature beside the label and the supervisor's name."""
    lang = "en"

    def page(i):
        sh = Sheet()
        if i == 0:
            flat(sh, 0, 8, 210, 12, (220, 222, 226))
            put(sh, 20, 10.5, "Migration Law Clinic - Faculty of Law", f=LSA_B, pt=11)
            put(sh, 190, 11.5, "student-run, supervised", f=LSA_I, pt=8, a="right", c=MID)
            return sh, 30
        return sh, 18

    fl = Flow(page, f=LSA, pt=10, x0=20, x1=190)
    fl.line("By registered post", x=190, a="right", f=LSA_B)
    for s in TO_DVZ["en"]:
        fl.line(s)
    fl.y += 4
    fl.line(f"Brussels, {d_long(c.app_date, 'en')}", after=4)
    fl.para("Subject: application for authorisation to stay on medical grounds (Article 9ter)", f=LSA_B, after=3)
    fl.para("Dear Sir or Madam,", after=3)
    n = [0]

    def np(s, tag=None):
        n[0] += 1
        fl.para(s, label=f"{n[0]}.", indent=8, tag=tag)

    np(f"We write on behalf of {w_person(c, lang)}, together with {his(c, lang)} lawyer "
       f"{c.lawyer['first']} {c.lawyer['last']}.", tag="personal")
    dom = w_domicile(c, lang)
    np(w_home(c, lang) + (" " + dom if dom else ""), tag="residence")
    np(w_identity(c, lang), tag="identity")
    np(w_medical(c, lang), tag="medical")
    if c.coi_in_app and "no_coi" not in c.flags:
        np(w_coi(c, lang), tag="coi")
    fam = w_family(c, lang)
    if fam:
        np(fam, tag="family")
    hist = w_history(c, lang)
    if hist:
        np(hist, tag="parallel")
    np(w_request(c, lang))
    fl.room(34)
    fl.para("Yours faithfully,", after=4)
    fl.mark("signature")
    y = fl.y
    put(fl.sh, 20, y + 5, "Signed:", f=LSA, pt=10)
    if "unsigned" not in c.flags:
        sig(fl.sh, 36, y - 1, rng, c=BLUE_PEN)
    put(fl.sh, 20, y + 14, rng.choice(["Laura Claes", "Tom Vervaet", "Inès Haddou"]) + ", clinic student; supervisor "
        + rng.choice(["Prof. A. Lemmens", "Prof. S. Dierickx"]), f=LSA_I, pt=9)
    fl.y = y + 24
    rows = enclosures(c, lang)
    if rows:
        fl.mark("inventory")
        fl.line("Enclosures:", f=LSA_B)
        for k_, d, _p in rows:
            fl.para(d, label=f"({k_})", indent=9, after=0.3, pt=9.5)
    return fl.sheets, fl.tags


def _boxed(sh: Sheet, x, y, w, h, label, value, rng, *, hand, ink, pt=11.0):
    """A form box with its label small in the top-left corner and the answer written in it."""
    frame(sh, x, y, w, h, lw=0.3, c=(70, 80, 90))
    put(sh, x + 1.2, y + 0.8, label, f=FSA, pt=6.2, c=(70, 80, 90))
    if value:
        write(sh, x + 2, y + 3.2, value, rng, f=hand, pt=pt, c=ink, w=w - 4)


def app_nl_form(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A Brussels social service's two-page form 'Aanvraag machtiging tot verblijf - art. 9ter', printed in FreeSans
    with every label small INSIDE the top-left corner of its box, filled in by the social worker in blue ballpoint
    (ordinary script, not capitals); the identity evidence as a checklist ticked by hand; the applicant's signature
    goes UNDER the printed label 'Handtekening van de aanvrager' in an open area at the foot of page 2, beside the
    date written in comb boxes."""
    hand = rng.choice([P_DKG, P_DKG_I, P_BREIP])
    ink = rng.choice([BLUE_PEN, (20, 60, 160)])
    lang = "nl"
    p = c.p
    c.__dict__["_voice"] = "form"
    tags: dict[str, int] = {}
    s1, s2 = Sheet(), Sheet()
    for i, sh in enumerate((s1, s2)):
        put(sh, 16, 10, "OCMW / CPAS - Sociale dienst - cel verblijfsrecht", f=FSA_B, pt=9, c=(0, 80, 60))
        put(sh, 194, 10, f"formulier 9ter - {i + 1}/2", f=FSA, pt=8, a="right", c=MID)
        sh.rule(16, 15, 194, 15, width_mm=0.6, color=(0, 80, 60))
    put(s1, 16, 20, "AANVRAAG MACHTIGING TOT VERBLIJF - ARTIKEL 9TER", f=FSA_B, pt=13)
    put(s1, 16, 27, "Bestemd voor de Dienst Vreemdelingenzaken, Pachecolaan 44, 1000 Brussel (aangetekend te versturen)",
        f=FSA_O, pt=8, c=MID)
    put(s1, 16, 35, "I. DE AANVRAGER", f=FSA_B, pt=10, c=(0, 80, 60))
    tags["personal"] = 1
    nobp, nonat = "no_birthplace" in c.flags, "no_nationality" in c.flags
    bc = code_of(p.birth_country, p.nationality)
    y = 40
    _boxed(s1, 16, y, 86, 11, "Naam", p.surname, rng, hand=hand, ink=ink)
    _boxed(s1, 104, y, 90, 11, "Voornaam / voornamen", p.given_names, rng, hand=hand, ink=ink)
    y += 13
    _boxed(s1, 16, y, 50, 11, "Geboortedatum", cw(c, p.birth_date, lang), rng, hand=hand, ink=ink)
    _boxed(s1, 68, y, 66, 11, "Geboorteplaats", "" if nobp else p.birth_place, rng, hand=hand, ink=ink)
    _boxed(s1, 136, y, 58, 11, "Geboorteland", "" if nobp else land(bc, "nl"), rng, hand=hand, ink=ink)
    y += 13
    _boxed(s1, 16, y, 86, 11, "Nationaliteit", "" if nonat else land(p.nationality, "nl"), rng, hand=hand, ink=ink)
    _boxed(s1, 104, y, 90, 11, "Rijksregisternummer of OV-nummer", c.nrn or c.ov, rng, hand=hand, ink=ink)
    y += 16
    put(s1, 16, y, "II. ADRES", f=FSA_B, pt=10, c=(0, 80, 60))
    tags["residence"] = 1
    y += 5
    _boxed(s1, 16, y, 178, 11, "Adres van de werkelijke verblijfplaats in België",
           "" if "no_address" in c.flags else where(c, lang), rng, hand=hand, ink=ink)
    y += 13
    _boxed(s1, 16, y, 178, 11, "Gekozen woonplaats (waar DVZ de briefwisseling heen stuurt)", domicile_cell(c, lang),
           rng, hand=hand, ink=ink)
    y += 16
    put(s1, 16, y, "III. IDENTITEIT", f=FSA_B, pt=10, c=(0, 80, 60))
    tags["identity"] = 1
    y += 6
    k = c.id_kind
    pick = (0 if k.startswith("passport") or k in ("untranslated", "translated") else 1 if k == "idcard" else
            2 if k in ("pieces", "pieces-nophoto", "certificate", "declarative-cert", "single-piece", "declaration")
            else 3 if k.startswith("asylum") else 4)
    for i, o in enumerate(["nationaal paspoort", "nationale identiteitskaart", "andere stukken (zie bijlagen)",
                           "vrijstelling: asielprocedure loopt nog", "geen document (wordt nagestuurd)"]):
        tickbox(s1, 18 + (i % 2) * 88, y + (i // 2) * 6, 3.6, i == pick, rng, c=ink)
        put(s1, 24 + (i % 2) * 88, y + (i // 2) * 6 + 0.2, o, f=FSA, pt=8.8)
    y += 20
    y = write_lines(s1, 18, y, 176, w_identity(c, lang, "bijlage"), rng, f=hand, pt=10.5, lh=6.0, c=ink, n=5)
    y += 7
    put(s1, 16, y, "IV. GEZINSLEDEN DIE DE AANVRAAG MEE INDIENEN", f=FSA_B, pt=10, c=(0, 80, 60))
    y += 5
    for i in range(3):
        if i < len(c.family):
            m = c.family[i]
            tags["family"] = 1
            rel = {"spouse": "echtgeno(o)t(e)", "child": "kind"}[m.rel]
            val = f"{nm(m.p, 'Given Surname')} - {rel} - {cw(c, m.p.birth_date, lang)} - {m.p.birth_place}"
            ref_ = enc(c, f"fam{i}", lang, "bijlage").strip()
            _boxed(s1, 16, y, 178, 10, f"gezinslid {i + 1}", val + (f" {ref_}" if ref_ else ""), rng, hand=hand,
                   ink=ink, pt=10)
        else:
            _boxed(s1, 16, y, 178, 10, f"gezinslid {i + 1}", "", rng, hand=hand, ink=ink)
        y += 11
    # page 2
    put(s2, 16, 20, "V. MEDISCHE TOESTAND (zie standaard medisch getuigschrift)", f=FSA_B, pt=10, c=(0, 80, 60))
    tags["medical"] = 2
    y = write_lines(s2, 18, 27, 176, w_medical(c, lang, "bijlage"), rng, f=hand, pt=10.5, lh=6.0, c=ink, n=10)
    put(s2, 16, y + 3, "VI. ZORG IN HET LAND VAN HERKOMST", f=FSA_B, pt=10, c=(0, 80, 60))
    y += 9
    if c.coi_in_app and "no_coi" not in c.flags:
        tags["coi"] = 2
        y = write_lines(s2, 18, y, 176, w_coi(c, lang, "bijlage"), rng, f=hand, pt=10.5, lh=6.0, c=ink, n=7)
    else:
        y += 8
    put(s2, 16, y + 3, "VII. EERDERE AANVRAGEN", f=FSA_B, pt=10, c=(0, 80, 60))
    y += 9
    hist = w_history(c, lang)
    tickbox(s2, 18, y, 3.6, hist is None, rng, c=ink)
    put(s2, 24, y + 0.2, "geen", f=FSA, pt=8.8)
    tickbox(s2, 44, y, 3.6, hist is not None, rng, c=ink)
    put(s2, 50, y + 0.2, "ja:", f=FSA, pt=8.8)
    y += 6
    if hist:
        tags["parallel"] = 2
        y = write_lines(s2, 18, y, 176, hist, rng, f=hand, pt=10.5, lh=6.0, c=ink, n=5)
    put(s2, 16, y + 3, "VIII. BIJLAGEN", f=FSA_B, pt=10, c=(0, 80, 60))
    y += 9
    tags["inventory"] = 2
    for n, d, _p in enclosures(c, lang):
        if y > 226:
            break
        put(s2, 18, y, f"{n}", f=FSA_B, pt=8.5)
        write(s2, 25, y - 1.2, d, rng, f=hand, pt=10, c=ink, w=166)
        y += 5.4
    y = max(y + 6, 236)
    block(s2, 16, y, 178, "Ik verklaar dat deze gegevens juist en volledig zijn.", f=FSA, pt=8.6)
    tags["signature"] = 2
    put(s2, 16, y + 8, "Handtekening van de aanvrager", f=FSA_B, pt=8.6)
    put(s2, 122, y + 8, "Datum", f=FSA_B, pt=8.6)
    ds = d_num(c.app_date, "")
    for i, ch in enumerate(ds):
        frame(s2, 122 + i * 6.4 + (3 if i >= 2 else 0) + (3 if i >= 4 else 0), y + 13, 6.4, 8, lw=0.25)
        write(s2, 123.2 + i * 6.4 + (3 if i >= 2 else 0) + (3 if i >= 4 else 0), y + 13.6, ch, rng, f=hand, pt=12,
              c=ink)
    if "unsigned" not in c.flags:
        sig(s2, 20, y + 13, rng, c=ink)
    c.__dict__.pop("_voice", None)
    return [s1, s2], tags


def app_fr_form(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A Walloon medical-aid association's typed form, in Carlito, as one two-column table (grey rubric cells on
    the left, typed answers on the right), yes/no options shown as '[X] oui  [ ] non'; the association's oval
    stamp over the table's last rows; the signature on a line at the bottom RIGHT with 'Signature du demandeur ou
    de son avocat' printed UNDER the line."""
    lang = "fr"
    p = c.p
    col = (205, 212, 220)
    c.__dict__["_voice"] = "form"

    def page(i):
        sh = Sheet()
        if i == 0:
            put(sh, 18, 12, "Santé Sans Frontières Intérieures asbl - Namur", f=CAR_B, pt=12)
            put(sh, 18, 18, "Rue des Brasseurs 97, 5000 Namur - permanence sociale et juridique", f=CAR, pt=8.5, c=MID)
            put(sh, 105, 28, "DEMANDE D'AUTORISATION DE SÉJOUR POUR RAISONS MÉDICALES (ARTICLE 9ter)", f=CAR_B,
                pt=11.5, a="center")
            return sh, 38
        put(sh, 192, 10, f"{nm(p, 'SURNAME Given')} - suite", f=CAR_I, pt=8, a="right", c=MID)
        return sh, 18

    fl = Flow(page, f=CAR, pt=9.8, x0=18, x1=192, bottom=270)

    def row(label, value, tag=None):
        lines = fl.sh.wrap(fit_glyphs(value or " ", CAR), 111, font=CAR, size_pt=9.8) or [" "]
        lab_lines = fl.sh.wrap(fit_glyphs(label, CAR_B), 52, font=CAR_B, size_pt=8.6)
        h = max(len(lines) * 4.8, len(lab_lines) * 4.2) + 3
        if fl.y + h > fl.bottom:
            fl.turn()
        if tag:
            fl.mark(tag)
        flat(fl.sh, 18, fl.y, 56, h, col)
        frame(fl.sh, 18, fl.y, 56, h, lw=0.2, c=MID)
        frame(fl.sh, 74, fl.y, 118, h, lw=0.2, c=MID)
        for j, ln in enumerate(lab_lines):
            put(fl.sh, 20, fl.y + 1.5 + j * 4.2, ln, f=CAR_B, pt=8.6)
        for j, ln in enumerate(lines):
            put(fl.sh, 76, fl.y + 1.4 + j * 4.8, ln, f=CAR, pt=9.8)
        fl.y += h

    bc = code_of(p.birth_country, p.nationality)
    row("Nom", p.surname.upper(), tag="personal")
    row("Prénom(s)", p.given_names)
    row("Date de naissance", cw(c, p.birth_date, lang))
    row("Lieu et pays de naissance", "" if "no_birthplace" in c.flags else f"{p.birth_place}, {land(bc, 'fr')}")
    row("Nationalité", "" if "no_nationality" in c.flags else adj(p.nationality, "fr"))
    row("N° de registre national ou n° SP", c.nrn or c.ov)
    row("Adresse de résidence effective en Belgique", "" if "no_address" in c.flags else where(c, lang),
        tag="residence")
    row("Domicile élu", domicile_cell(c, lang))
    row("Preuve d'identité", w_identity(c, lang), tag="identity")
    row("Membres de la famille concernés", w_family(c, lang) or "aucun", tag="family" if c.family else None)
    row("Affection, gravité et traitement", w_medical(c, lang), tag="medical")
    if c.coi_in_app and "no_coi" not in c.flags:
        row("Soins au pays d'origine", w_coi(c, lang), tag="coi")
    hist = w_history(c, lang)
    row("Demande 9ter ou asile antérieurs ?", ("[X] oui  [ ] non - " + hist) if hist else "[ ] oui  [X] non",
        tag="parallel" if hist else None)
    items = "; ".join(f"{n}. {d}" for n, d, _p in enclosures(c, lang))
    row("Pièces jointes", items or "-", tag="inventory")
    fl.y += 6
    fl.room(46)
    fl.para(f"Fait à Namur, le {cw(c, c.app_date, lang)}.", after=4)
    fl.mark("signature")
    y = fl.y + 14
    seal(fl.sh, 28, fl.y - 20, ["SANTÉ SANS FRONTIÈRES", "INTÉRIEURES ASBL", "NAMUR"], rng, shape="oval", c=S_PURPLE,
         mm=36)
    fl.sh.rule(112, y, 190, y, width_mm=0.3)
    put(fl.sh, 112, y + 1.5, "Signature du demandeur ou de son avocat", f=CAR_I, pt=8.4)
    if "unsigned" not in c.flags:
        sig(fl.sh, 122, y - 13, rng, c=rng.choice([BLUE_PEN, BLACK_PEN]))
    fl.y = y + 8
    c.__dict__.pop("_voice", None)
    return fl.sheets, fl.tags


_reg("be9ter-app-nl-lawyer-prose-dejavu-serif-verticale-kleurlijn-letterkoppen-handtekening-onder-naam-44",
     "application", "nl", app_nl_letter, "Flemish lawyer's letter, lettered headings, signature below the typed name")
_reg("be9ter-app-fr-lawyer-prose-caladea-initialen-blok-paragrafen-handtekening-zonder-label-44", "application",
     "fr", app_fr_letter, "avocat's letter with § headings, signature alone at the end, annex table on its own page")
_reg("be9ter-app-de-lawyer-prose-eupen-liberation-serif-gespatieerd-handtekening-rechts-van-label-44", "application",
     "de", app_de_letter, "Eupen lawyer's letter, Roman headings, signature right of 'Der Rechtsanwalt:'")
_reg("be9ter-app-nl-form-ocmw-labels-in-vakhoek-blauwe-balpen-vinkjes-handtekening-onder-label-44", "application",
     "nl", app_nl_form, "social service's form, labels inside the boxes, filled in by hand, ticks")
_reg("be9ter-app-fr-form-asbl-tabel-grijze-rubrieken-carlito-handtekening-boven-lijn-44", "application", "fr",
     app_fr_form, "association's typed form as a two-column table, signature on a line")
_reg("be9ter-app-en-law-clinic-liberation-sans-genummerde-alineas-44", "application", "en", app_en_letter,
     "an application written in English by a law clinic (not accepted)")


# =========================================================================== standard medical certificates

M24 = {
    "nl": dict(title="STANDAARD MEDISCH GETUIGSCHRIFT",
               sub="Aanvraag tot machtiging tot verblijf op grond van artikel 9ter van de wet van 15 december 1980",
               model="model 2024", A="A. Identificatie van de patiënt", name="Naam", first="Voornaam",
               bd="Geboortedatum", nat="Nationaliteit", B="B. Medische voorgeschiedenis",
               C="C. Diagnose (aandoening(en) met ICD-10-code)", D="D. Graad van ernst",
               sev=["gering", "matig", "ernstig", "zeer ernstig"], sevx="Toelichting",
               E="E. Huidige behandeling", med="a. Geneesmiddelen (werkzame stof en dosering)",
               intv="b. Andere behandelingen, ingrepen, hospitalisaties", dur="c. Verwachte duur van de behandeling",
               F="F. Gevolgen en complicaties bij stopzetting van de behandeling", G="G. Evolutie en prognose",
               H="H. Noodzakelijke opvolging; is mantelzorg medisch vereist?", I="I. Kan de patiënt reizen?",
               J="J. Identificatie van de arts", dname="Naam en voornaam", riziv="RIZIV-nummer", spec="Specialisme",
               addr="Adres", date="Datum", signlab="Handtekening en stempel van de arts", page="blad {i}/{n}"),
    "fr": dict(title="CERTIFICAT MÉDICAL TYPE",
               sub="Demande d'autorisation de séjour sur la base de l'article 9ter de la loi du 15 décembre 1980",
               model="modèle 2024", A="A. Identification du patient", name="Nom", first="Prénom",
               bd="Date de naissance", nat="Nationalité", B="B. Antécédents médicaux",
               C="C. Diagnostic (affection(s) avec code CIM-10)", D="D. Degré de gravité",
               sev=["léger", "modéré", "grave", "très grave"], sevx="Précisions",
               E="E. Traitement actuel", med="a. Médicaments (substance active et posologie)",
               intv="b. Autres traitements, interventions, hospitalisations", dur="c. Durée prévue du traitement",
               F="F. Conséquences et complications en cas d'arrêt du traitement", G="G. Évolution et pronostic",
               H="H. Suivi nécessaire ; une prise en charge de la dépendance est-elle requise ?",
               I="I. Le patient peut-il voyager ?", J="J. Identification du médecin", dname="Nom et prénom",
               riziv="Numéro INAMI", spec="Spécialité", addr="Adresse", date="Date",
               signlab="Signature et cachet du médecin", page="page {i}/{n}"),
    "de": dict(title="STANDARDISIERTES ÄRZTLICHES ATTEST",
               sub="Antrag auf Aufenthaltserlaubnis nach Artikel 9ter des Gesetzes vom 15. Dezember 1980",
               model="Muster 2024", A="A. Angaben zum Patienten", name="Name", first="Vorname",
               bd="Geburtsdatum", nat="Staatsangehörigkeit", B="B. Vorgeschichte",
               C="C. Diagnose (Erkrankung(en) mit ICD-10-Code)", D="D. Schweregrad",
               sev=["leicht", "mittel", "schwer", "sehr schwer"], sevx="Erläuterung",
               E="E. Aktuelle Behandlung", med="a. Arzneimittel (Wirkstoff und Dosierung)",
               intv="b. Andere Behandlungen, Eingriffe, Krankenhausaufenthalte", dur="c. Voraussichtliche Dauer",
               F="F. Folgen und Komplikationen bei Abbruch der Behandlung", G="G. Verlauf und Prognose",
               H="H. Notwendige Nachsorge; ist Pflege durch Dritte erforderlich?", I="I. Ist der Patient reisefähig?",
               J="J. Angaben zum Arzt", dname="Name und Vorname", riziv="LIKIV-Nummer", spec="Fachrichtung",
               addr="Anschrift", date="Datum", signlab="Unterschrift und Stempel des Arztes", page="Seite {i}/{n}"),
    "en": dict(title="STANDARD MEDICAL CERTIFICATE",
               sub="Application for authorisation to stay under Article 9ter of the Law of 15 December 1980",
               model="2024 model", A="A. Identification of the patient", name="Surname", first="First name",
               bd="Date of birth", nat="Nationality", B="B. Medical history",
               C="C. Diagnosis (condition(s) with ICD-10 code)", D="D. Degree of severity",
               sev=["mild", "moderate", "severe", "very severe"], sevx="Explanation",
               E="E. Current treatment", med="a. Medicines (active substance and dose)",
               intv="b. Other treatment, procedures, admissions", dur="c. Expected duration of treatment",
               F="F. Consequences and complications if treatment stops", G="G. Course and prognosis",
               H="H. Follow-up needed; is care by a third person medically required?", I="I. Can the patient travel?",
               J="J. Identification of the doctor", dname="Name and first name", riziv="RIZIV/INAMI number",
               spec="Speciality", addr="Address", date="Date", signlab="Signature and stamp of the doctor",
               page="page {i}/{n}"),
}


def _sev_ix(t: dict) -> int:
    s = t["severity"].lower()
    return 3 if any(w in s for w in ("levens", "vital", "lebens", "life")) else 2


def mc_values(c: Case, lang: str) -> dict:
    """What the doctor writes, with this dossier's planted omission already applied."""
    t = ill(c, lang)
    il = ILLNESSES[c.illness]
    F = c.flags
    d = c.doctor
    nop = "mc_no_patient" in F
    return dict(
        name="" if nop else c.p.surname.upper(), first="" if nop else c.p.given_names,
        bd="" if nop else d_num(c.p.birth_date, "/"), nat="" if nop else adj(c.p.nationality, lang),
        dname=f"{d.last.upper()} {d.first}", riziv="" if "mc_no_riziv" in F else d.riziv,
        spec=SPECIALTY[d.spec][lang], addr=f"{d.inst}, {d.street}, {d.pc} {d.city}",
        diag="" if "mc_no_illness" in F else f"{t['name']} ({il['icd']})",
        hist="" if "mc_no_illness" in F else t["history"],
        sev=-1 if "mc_no_severity" in F else _sev_ix(t), sevx="" if "mc_no_severity" in F else t["severity"],
        med="" if "mc_no_treatment" in F else "; ".join(t["meds"]),
        intv="" if "mc_no_treatment" in F else t["intervention"],
        dur="" if "mc_no_treatment" in F else t["duration"],
        cons=t["consequences"], prog=t["prognosis"], needs=t["needs"], travel=t["travel"],
        date=when(c.cert_date, c.cert_date_style, lang), signed="mc_unsigned" not in F)


def doc_stamp(c: Case, lang: str, riziv: bool) -> list[str]:
    d = c.doctor
    out = [f"Dr {d.first[0]}. {d.last}", SPECIALTY[d.spec][lang].upper()]
    if riziv:
        out.append(d.riziv)
    out.append(f"{d.pc} {d.city}")
    return out


def mc24_typed(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The 2024 model filled in on screen: lettered sections A-J, each heading in a thin-lined frame with the
    answer typed in Courier Prime Sans in a light grey field under it, the severity as a row of four round
    options; the doctor's identification comes LAST (section J) with the signature ABOVE the label 'Handtekening
    en stempel van de arts' and the rectangular stamp to the right of it; 'blad 1/2' at the top right."""
    M = M24[lang]
    v = mc_values(c, lang)
    tags: dict[str, int] = {}
    s1, s2 = Sheet(), Sheet()
    for i, sh in enumerate((s1, s2)):
        put(sh, 192, 8, M["page"].format(i=i + 1, n=2), f=NSN, pt=7.6, c=MID, a="right")
    put(s1, 18, 12, M["title"], f=NSN_B, pt=14)
    put(s1, 18, 18.5, M["sub"], f=NSN, pt=8.2, c=INK)
    put(s1, 192, 14, M["model"], f=NSN_I, pt=8, c=MID, a="right")
    st = {"sh": s1, "y": 27.0}

    def head(t):
        sh = st["sh"]
        frame(sh, 18, st["y"], 174, 6, lw=0.25, c=INK)
        put(sh, 20, st["y"] + 1.1, t, f=NSN_B, pt=8.8)
        st["y"] += 7.5

    def fld(label, value, h=7.0, x=18.0, w=174.0, tag=None, step=True):
        sh = st["sh"]
        y = st["y"]
        if label:
            put(sh, x, y, label, f=NSN, pt=7.2, c=INK)
            y += 3.2
        flat(sh, x, y, w, h, (236, 236, 236))
        if tag:
            tags.setdefault(tag, 1 if sh is s1 else 2)
        if value:
            block(sh, x + 1.5, y + 1.0, w - 6, value, f=CPS, pt=8.6, lead=1.22)
        if step:
            st["y"] = y + h + 2.6
        return y + h + 2.6

    head(M["A"])
    tags["patient"] = 1
    y0 = st["y"]
    fld(M["name"], v["name"], w=84, step=False)
    yb = fld(M["first"], v["first"], x=108, w=84, step=False)
    st["y"] = yb
    fld(M["bd"], v["bd"], w=84, step=False)
    st["y"] = fld(M["nat"], v["nat"], x=108, w=84, step=False)
    _ = y0
    head(M["B"])
    fld("", v["hist"], h=15)
    head(M["C"])
    fld("", v["diag"], h=10, tag="illness")
    head(M["D"])
    tags["severity"] = 1
    x = 22.0
    for i, o in enumerate(M["sev"]):
        tickbox(s1, x, st["y"], 3.8, i == v["sev"], round_=True, typed=True)
        put(s1, x + 5.4, st["y"] + 0.3, o, f=NSN, pt=8.6)
        x += 12 + width(o, NSN, 8.6) + 6
    st["y"] += 7
    fld(M["sevx"], v["sevx"], h=14)
    head(M["E"])
    fld(M["med"], v["med"], h=12, tag="treatment")
    fld(M["intv"], v["intv"], h=11)
    fld(M["dur"], v["dur"], h=7)
    st["sh"], st["y"] = s2, 16.0
    head(M["F"])
    fld("", v["cons"], h=12)
    head(M["G"])
    fld("", v["prog"], h=9)
    head(M["H"])
    fld("", v["needs"], h=12)
    head(M["I"])
    fld("", v["travel"], h=9)
    head(M["J"])
    tags["doctor"] = 2
    fld(M["dname"], v["dname"], w=84, step=False)
    st["y"] = fld(M["riziv"], v["riziv"], x=108, w=84, step=False)
    fld(M["spec"], v["spec"], w=50, step=False)
    st["y"] = fld(M["addr"], v["addr"], x=72, w=120, step=False)
    tags["signature"] = 2
    y = st["y"] + 2
    put(s2, 18, y, f"{M['date']}: {v['date']}", f=CPS, pt=9.6)
    if v["signed"]:
        sig(s2, 22, y + 6, rng, c=BLUE_PEN)
    put(s2, 18, y + 22, M["signlab"], f=NSN, pt=7.8, c=INK)
    seal(s2, 92, y + 5, doc_stamp(c, lang, bool(v["riziv"])), rng, shape="rect", c=S_BLUE, mm=42)
    return [s1, s2], tags


def mc24_hand(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The 2024 model printed blank in Gothic and filled in by hand in black felt-tip, answers on the printed
    dotted lines, the severity chosen with a hand-drawn TICK; the doctor did not write his identification but
    pressed his round stamp in section J (his name and, unless missing, the RIZIV/INAMI number) and signed
    across it; the date and the RIZIV/INAMI number written BESIDE the signature box under printed labels; two pages, the patient's name repeated at the
    top of page 2; scanned a little crooked with a dog-eared corner on page 2."""
    M = M24[lang]
    v = mc_values(c, lang)
    hand = rng.choice([P_DKG_B, P_DKG, P_DKG_BI])
    ink = rng.choice([BLACK_PEN, (35, 35, 60), BLUE_PEN])
    tags: dict[str, int] = {}
    s1, s2 = Sheet(), Sheet()
    put(s1, 105, 10, M["title"], f=GOT_B, pt=14, a="center")
    block(s1, 25, 17, 160, M["sub"] + f" ({M['model']})", f=GOT_O, pt=8.4, align="center")
    st = {"sh": s1, "y": 30.0}

    def head(t):
        sh = st["sh"]
        flat(sh, 18, st["y"] - 0.6, 3, 5, (60, 60, 60))
        put(sh, 23, st["y"], t, f=GOT_B, pt=9.6)
        st["y"] += 7

    def lines(label, value, n=1, tag=None):
        sh = st["sh"]
        if tag:
            tags.setdefault(tag, 1 if sh is s1 else 2)
        if label:
            put(sh, 20, st["y"], label, f=GOT, pt=8.2, c=INK)
            st["y"] += 4.4
        for k in range(n):
            dots(sh, 20, 192, st["y"] + 6.2 + k * 6.6, c=MID)
        if value:
            write_lines(sh, 21, st["y"] + 0.3, 170, value, rng, f=hand, pt=10.5, lh=6.6, c=ink, n=n)
        st["y"] += n * 6.6 + 2.4

    head(M["A"])
    tags["patient"] = 1
    lines(f"{M['name']} / {M['first']}", f"{v['name']} {v['first']}".strip())
    lines(f"{M['bd']} / {M['nat']}", f"{v['bd']}  -  {v['nat']}" if v["bd"] else "")
    head(M["B"])
    lines("", v["hist"], 3)
    head(M["C"])
    lines("", v["diag"], 2, tag="illness")
    head(M["D"])
    tags["severity"] = 1
    x = 22.0
    for i, o in enumerate(M["sev"]):
        tickbox(s1, x, st["y"], 4, i == v["sev"], rng, c=ink)
        put(s1, x + 6, st["y"] + 0.4, o, f=GOT, pt=8.8)
        x += 12 + width(o, GOT, 8.8) + 5
    st["y"] += 7
    lines(M["sevx"], v["sevx"], 2)
    head(M["E"])
    lines(M["med"], v["med"], 3, tag="treatment")
    lines(M["intv"], v["intv"], 2)
    lines(M["dur"], v["dur"], 1)
    st["sh"], st["y"] = s2, 18.0
    put(s2, 192, 8, (f"{v['name']} {v['first']}".strip() or "..."), f=GOT_O, pt=8, c=MID, a="right")
    head(M["F"])
    lines("", v["cons"], 2)
    head(M["G"])
    lines("", v["prog"], 2)
    head(M["H"])
    lines("", v["needs"], 2)
    head(M["I"])
    lines("", v["travel"], 2)
    head(M["J"])
    tags["doctor"] = 2
    tags["signature"] = 2
    y = st["y"] + 2
    frame(s2, 20, y, 100, 40, lw=0.3, c=MID)
    put(s2, 22, y + 1.2, M["signlab"], f=GOT, pt=7.8, c=INK)
    d_ = c.doctor
    seal(s2, 26, y + 4, [f"DR {d_.first[0]}. {d_.last.upper()}"] + ([d_.riziv] if v["riziv"] else
                                                                   [SPECIALTY[d_.spec][lang]]) +
         [f"{d_.pc} {d_.city.upper()}"], rng, c=S_BLUE, mm=36)
    if v["signed"]:
        sig(s2, 44, y + 14, rng, c=ink)
    put(s2, 128, y + 1.2, M["date"], f=GOT, pt=7.8, c=INK)
    write(s2, 128, y + 7, v["date"], rng, f=hand, pt=12, c=ink)
    put(s2, 128, y + 21, M["riziv"], f=GOT, pt=7.8, c=INK)
    if v["riziv"]:
        write(s2, 128, y + 26.5, v["riziv"], rng, f=hand, pt=12, c=ink)
    return [askew(s1, rng.choice([-1.2, 0.8, 1.5])), dog_ear(s2, rng, "br")], tags


MOLD = {
    "nl": dict(title="STANDAARD MEDISCH GETUIGSCHRIFT", sub="bestemd voor de Dienst Vreemdelingenzaken",
               pat="Naam en voornaam van de patiënt", bd="Geboortedatum", sex="Geslacht",
               A="A/ Historiek van de medische aandoening(en)",
               B="B/ DIAGNOSE: beschrijving van de aard en van de ernst van de aandoeningen op basis waarvan de aanvraag "
                 "om machtiging tot verblijf op grond van artikel 9ter wordt ingediend",
               C="C/ Huidige behandeling en medische opvolging (medicatie, interventie, hospitalisatie, ...)",
               dur="Geschatte duur van de vereiste behandeling",
               D="D/ Wat zouden de gevolgen en mogelijke complicaties zijn indien de behandeling wordt stopgezet?",
               E="E/ Evolutie en prognose van de aandoening(en)",
               F="F/ Indien van toepassing: welke zijn de noden in verband met de medische opvolging? Is mantelzorg "
                 "medisch vereist?", doc="Naam, handtekening en stempel van de arts", riziv="RIZIV-nummer",
               date="Datum"),
    "fr": dict(title="CERTIFICAT MÉDICAL TYPE", sub="destiné à l'Office des Étrangers",
               pat="Nom et prénom du patient", bd="Date de naissance", sex="Sexe",
               A="A/ Historique médical",
               B="B/ DIAGNOSTIC : description de la nature et du degré de gravité des affections sur la base desquelles "
                 "la demande d'autorisation de séjour sur pied de l'article 9ter est introduite",
               C="C/ Traitement actuel et suivi médical (médication, intervention, hospitalisation, ...)",
               dur="Durée prévue du traitement nécessaire",
               D="D/ Quelles seraient les conséquences et complications éventuelles d'un arrêt du traitement ?",
               E="E/ Évolution et pronostic de la ou des pathologie(s)",
               F="F/ Si d'application : quels sont les besoins spécifiques en matière de suivi médical ? Une prise en "
                 "charge de la dépendance est-elle médicalement requise ?", doc="Nom, signature et cachet du médecin",
               riziv="Numéro INAMI", date="Date"),
}


def mc_old_typed(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The previous model (A/ to F/) retyped in Liberation Mono by the GP's secretary: each rubric printed in
    bold and its answer under it after a '>' mark, two pages, the patient block in a ruled box at the top; the
    doctor's name and RIZIV/INAMI number typed at the end and the signature placed BESIDE the printed label
    'Nom, signature et cachet'; the practice's round stamp half over the date; printed on grey recycled paper."""
    M = MOLD[lang]
    v = mc_values(c, lang)
    tags: dict[str, int] = {}
    sev_txt = v["sevx"]

    def page(i):
        sh = Sheet(paper="grey")
        if i == 0:
            put(sh, 105, 12, M["title"], f=LMO_B, pt=12.5, a="center")
            put(sh, 105, 18, M["sub"], f=LMO, pt=8.6, a="center")
            return sh, 26
        put(sh, 20, 10, f"{M['title']} - {v['name'] or '...'} ({i + 1})", f=LMO, pt=7.4, c=MID)
        return sh, 20

    fl = Flow(page, f=LMO, pt=8.8, x0=20, x1=190, bottom=276, lead=1.32)
    y = fl.y
    frame(fl.sh, 20, y, 170, 17, lw=0.3)
    fl.mark("patient")
    put(fl.sh, 22, y + 1.5, f"{M['pat']}: {(v['name'] + ' ' + v['first']).strip()}", f=LMO, pt=8.8)
    put(fl.sh, 22, y + 6.5, f"{M['bd']}: {v['bd']}", f=LMO, pt=8.8)
    put(fl.sh, 110, y + 6.5, f"{M['sex']}: {('' if not v['name'] else ('F' if c.fem else 'M'))}", f=LMO, pt=8.8)
    put(fl.sh, 22, y + 11.5, (f"Nationalité : {v['nat']}" if lang == "fr" else f"Nationaliteit: {v['nat']}"),
        f=LMO, pt=8.8)
    fl.y = y + 21

    def rub(t, ans, tag=None):
        fl.para(t, f=LMO_B, pt=8.6, after=1, tag=tag, keep=3)
        fl.para("> " + (ans or ""), indent=3, after=3)

    rub(M["A"], v["hist"])
    rub(M["B"], (v["diag"] + (". " if v["diag"] else "") + sev_txt).strip(), tag="illness")
    tags_sev = fl.tags.get("illness")
    fl.tags["severity"] = tags_sev or 1
    rub(M["C"], "; ".join(x for x in (v["med"], v["intv"]) if x), tag="treatment")
    fl.para(f"{M['dur']}: {v['dur']}", indent=3, after=3)
    rub(M["D"], v["cons"])
    rub(M["E"], v["prog"])
    rub(M["F"], f"{v['needs']} {v['travel']}")
    fl.room(40)
    fl.mark("doctor")
    fl.mark("signature")
    y = fl.y + 2
    put(fl.sh, 20, y, f"{M['date']}: {v['date']}", f=LMO, pt=9)
    put(fl.sh, 20, y + 7, f"Dr {v['dname']} - {v['spec']}", f=LMO, pt=9)
    put(fl.sh, 20, y + 12, f"{M['riziv']}: {v['riziv']}", f=LMO, pt=9)
    put(fl.sh, 20, y + 20, M["doc"] + ":", f=LMO, pt=8.6)
    if v["signed"]:
        sig(fl.sh, 26 + width(M["doc"] + ":", LMO, 8.6), y + 14, rng, c=BLUE_PEN)
    seal(fl.sh, 60, y - 9, doc_stamp(c, lang, bool(v["riziv"])), rng, c=S_PURPLE, mm=28)
    fl.y = y + 30
    tags.update(fl.tags)
    return fl.sheets, tags


def mc_old_hand(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The previous model as a printed blank (Nimbus Roman, the rubrics A/ to F/ with a few ruled lines each),
    filled in by hand with a fountain pen in a slanted script; the patient's name on the line at the top; the
    doctor signs at the end and his rectangular stamp lands OVER the signature; the RIZIV number written by hand
    under the stamp; the page was folded in four for the post (two fold lines)."""
    M = MOLD[lang]
    v = mc_values(c, lang)
    hand = rng.choice([P_CHANC, P_DKG_I])
    ink = rng.choice([(20, 40, 120), (30, 30, 40)])
    tags: dict[str, int] = {}
    s1, s2 = Sheet(), Sheet()
    put(s1, 105, 12, M["title"], f=NRM_B, pt=13.5, a="center")
    put(s1, 105, 18.5, M["sub"], f=NRM_I, pt=9.5, a="center")
    st = {"sh": s1, "y": 30.0}

    def rub(label, value, n=3, tag=None):
        sh = st["sh"]
        if tag:
            tags.setdefault(tag, 1 if sh is s1 else 2)
        y = block(sh, 20, st["y"], 170, label, f=NRM_B, pt=9.2, lead=1.25) + 2.5
        for k in range(n):
            sh.rule(20, y + 6 + k * 6.8, 190, y + 6 + k * 6.8, width_mm=0.12, color=PALE)
        if value:
            write_lines(sh, 21, y + 0.2, 168, value, rng, f=hand, pt=11, lh=6.8, c=ink, n=n)
        st["y"] = y + n * 6.8 + 4

    tags["patient"] = 1
    put(s1, 20, st["y"], M["pat"] + " :", f=NRM, pt=9.6)
    write(s1, 78, st["y"] - 1.6, f"{v['name']} {v['first']}".strip(), rng, f=hand, pt=12, c=ink)
    put(s1, 20, st["y"] + 7, M["bd"] + " :", f=NRM, pt=9.6)
    write(s1, 78, st["y"] + 5.4, v["bd"], rng, f=hand, pt=12, c=ink)
    st["y"] += 16
    rub(M["A"], v["hist"], 3)
    rub(M["B"], (v["diag"] + (". " if v["diag"] else "") + v["sevx"]).strip(), 4, tag="illness")
    tags["severity"] = tags.get("illness", 1)
    rub(M["C"], "; ".join(x for x in (v["med"], v["intv"]) if x), 4, tag="treatment")
    put(s1, 20, st["y"], M["dur"] + " :", f=NRM, pt=9.2)
    write(s1, 20 + width(M["dur"] + " :", NRM, 9.2) + 3, st["y"] - 1.6, v["dur"], rng, f=hand, pt=11, c=ink,
          w=170 - width(M["dur"], NRM, 9.2))
    st["sh"], st["y"] = s2, 18.0
    rub(M["D"], v["cons"], 3)
    rub(M["E"], v["prog"], 2)
    rub(M["F"], f"{v['needs']} {v['travel']}", 4)
    tags["doctor"] = 2
    tags["signature"] = 2
    y = st["y"] + 4
    put(s2, 20, y, M["date"] + " :", f=NRM, pt=9.6)
    write(s2, 40, y - 1.6, v["date"], rng, f=hand, pt=12, c=ink)
    put(s2, 100, y, M["doc"] + " :", f=NRM, pt=9.6)
    if v["signed"]:
        sig(s2, 108, y + 6, rng, c=ink)
    seal(s2, 104, y + 4, doc_stamp(c, lang, bool(v["riziv"])), rng, shape="rect", c=S_BLUE, mm=44)
    if v["riziv"]:
        put(s2, 100, y + 38, M["riziv"] + " :", f=NRM, pt=9.6)
        write(s2, 100 + width(M["riziv"] + " :", NRM, 9.6) + 2, y + 36.4, v["riziv"], rng, f=hand, pt=11.5, c=ink)
    return [_folds(s1, rng), _folds(s2, rng)], tags


def _folds(sh: Sheet, rng: random.Random) -> Sheet:
    from .fortyfourth_identity import bake, sheet_of
    from PIL import ImageDraw
    img = bake(sh, 200)
    W, H = img.size
    d = ImageDraw.Draw(img, "RGBA")
    y = int(H * 0.5 + rng.uniform(-8, 8))
    x = int(W * 0.5 + rng.uniform(-8, 8))
    for k in range(-9, 10):
        a = int(20 * (1 - abs(k) / 10))
        d.line([(0, y + k), (W, y + k)], fill=(60, 60, 60, a))
        d.line([(x + k, 0), (x + k, H)], fill=(60, 60, 60, a))
    return sheet_of(img, sh.width_mm, sh.height_mm)


def mc24_table(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The 2024 model exported from the practice's or hospital's record system: a single long table, the question in a
    shaded left column (DejaVu Sans Condensed), the answer in the right column, the severity written as a word
    with its scale position ('3/4'); the patient's label (name, birth date, patient number) printed in the page
    header of both pages; the doctor's electronic details at the end, signed by hand in the 'Unterschrift' row;
    a staple shadow at the top left."""
    M = M24[lang]
    v = mc_values(c, lang)
    pid = f"{c.seed % 9000000 + 1000000}"
    label = f"{v['name']} {v['first']} · {v['bd']} · Pat.-Nr. {pid}" if v["name"] else f"Pat.-Nr. {pid}"

    def page(i):
        sh = Sheet()
        flat(sh, 0, 0, 210, 14, (235, 240, 245))
        put(sh, 14, 3, c.doctor.inst, f=DJC_B, pt=9.5)
        put(sh, 196, 3.5, label, f=DJC, pt=8, a="right")
        if i == 0:
            sh.rule(14, 17, 24, 16, width_mm=0.7, color=(95, 95, 100))
            put(sh, 14, 20, M["title"], f=DJC_B, pt=13)
            put(sh, 14, 26, M["sub"] + " - " + M["model"], f=DJC, pt=8.2, c=MID)
            return sh, 34
        return sh, 20

    fl = Flow(page, f=DJC, pt=9, x0=14, x1=196, bottom=276)

    def row(q, a, tag=None, shade=True):
        ls = fl.sh.wrap(fit_glyphs(a or " ", DJC), 116, font=DJC, size_pt=9) or [" "]
        qs = fl.sh.wrap(fit_glyphs(q, DJC_B), 60, font=DJC_B, size_pt=8.2)
        h = max(len(ls) * 4.3, len(qs) * 3.9) + 3
        if fl.y + h > fl.bottom:
            fl.turn()
        if tag:
            fl.mark(tag)
        if shade:
            flat(fl.sh, 14, fl.y, 64, h, (228, 230, 232))
        frame(fl.sh, 14, fl.y, 182, h, lw=0.15, c=PALE)
        for j, ln in enumerate(qs):
            put(fl.sh, 16, fl.y + 1.4 + j * 3.9, ln, f=DJC_B, pt=8.2)
        for j, ln in enumerate(ls):
            put(fl.sh, 80, fl.y + 1.3 + j * 4.3, ln, f=DJC, pt=9)
        fl.y += h

    row(f"{M['A']} - {M['name']}, {M['first']}", f"{v['name']}, {v['first']}" if v["name"] else "", tag="patient")
    row(f"{M['bd']} / {M['nat']}", f"{v['bd']} / {v['nat']}" if v["name"] else "")
    row(M["B"], v["hist"])
    row(M["C"], v["diag"], tag="illness")
    sevw = (f"{M['sev'][v['sev']]} ({v['sev'] + 1}/4) - {v['sevx']}" if v["sev"] >= 0 else "")
    row(M["D"], sevw, tag="severity")
    row(f"{M['E']} - {M['med']}", v["med"], tag="treatment")
    row(M["intv"], v["intv"])
    row(M["dur"], v["dur"])
    row(M["F"], v["cons"])
    row(M["G"], v["prog"])
    row(M["H"], v["needs"])
    row(M["I"], v["travel"])
    row(f"{M['J']} - {M['dname']}", f"{v['dname']} ({v['spec']})", tag="doctor")
    row(M["riziv"], v["riziv"])
    row(M["addr"], v["addr"])
    row(M["date"], v["date"])
    fl.room(24)
    fl.mark("signature")
    y = fl.y
    frame(fl.sh, 14, y, 182, 20, lw=0.15, c=PALE)
    flat(fl.sh, 14, y, 64, 20, (228, 230, 232))
    put(fl.sh, 16, y + 1.4, M["signlab"], f=DJC_B, pt=8.2)
    if v["signed"]:
        sig(fl.sh, 84, y + 3, rng, c=BLUE_PEN)
    fl.y = y + 22
    foot_numbers(fl.sheets, M["page"], f=DJC)
    return fl.sheets, fl.tags


_reg("be9ter-medcert-2024-nl-typed-kaders-letters-a-j-courier-sans-arts-laatst-handtekening-boven-label-44",
     "medical-certificate", "nl", lambda c, r: mc24_typed(c, r, lang="nl"),
     "2024 model typed in grey fields, sections A-J, doctor last, signature above the label")
_reg("be9ter-medcert-2024-fr-hand-viltstift-vinkjes-ronde-stempel-handtekening-over-stempel-ezelsoor-44",
     "medical-certificate", "fr", lambda c, r: mc24_hand(c, r, lang="fr"),
     "2024 model filled in by hand, ticks, round stamp signed over, dog-eared page 2")
_reg("be9ter-medcert-old-fr-typed-liberation-mono-grijs-papier-handtekening-naast-label-44", "medical-certificate",
     "fr", lambda c, r: mc_old_typed(c, r, lang="fr"),
     "previous model retyped in mono on grey paper, signature beside the label")
_reg("be9ter-medcert-old-nl-hand-vulpen-schuin-stempel-over-handtekening-in-vieren-gevouwen-44",
     "medical-certificate", "nl", lambda c, r: mc_old_hand(c, r, lang="nl"),
     "previous model filled in with a fountain pen, stamp over the signature, folded in four")
_reg("be9ter-medcert-2024-de-typed-ziekenhuistabel-patientlabel-kop-nietje-44", "medical-certificate", "de",
     lambda c, r: mc24_table(c, r, lang="de"), "2024 model as a hospital record table (German), patient label header")
_reg("be9ter-medcert-2024-nl-hand-tweede-druk-vinkjes-ronde-stempel-44", "medical-certificate", "nl",
     lambda c, r: mc24_hand(c, r, lang="nl"), "2024 model (Dutch) filled in by hand, ticks, round stamp")
_reg("be9ter-medcert-2024-fr-typed-ziekenhuistabel-patientlabel-kop-nietje-44", "medical-certificate", "fr",
     lambda c, r: mc24_table(c, r, lang="fr"), "2024 model as a hospital record table (French)")
_reg("be9ter-medcert-2024-en-typed-kaders-letters-a-j-44", "medical-certificate", "en",
     lambda c, r: mc24_typed(c, r, lang="en"), "the 2024 model filled in English (not accepted)")


# =========================================================================== medical statements

def _doc_lang(doc, fallback: str) -> str:
    for lg in ("nl", "fr", "de"):
        if any(h[0] == doc.inst for h in BE_HOSPITALS.get(lg, [])) or any(m[0] == doc.inst for m in MAISONS.get(lg, [])):
            return lg
    return fallback if fallback in ("nl", "fr", "de") else "nl"


def _ms_lang(c: Case, doc) -> str:
    lg = _doc_lang(doc, c.cert_lang if c.cert_lang in ("nl", "fr", "de") else c.lang)
    if lg not in ILLNESSES[c.illness]:
        lg = "fr" if "fr" in ILLNESSES[c.illness] else "nl"
    return lg


def medstat_specialist(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A hospital specialist's consultation report addressed to the GP ('Beste collega' / 'Cher Confrère'): the
    hospital's name and department in a left column with a coloured rule, the patient's details on a printed
    sticker pasted at the top right, headed sections (anamnesis, examination, conclusion, policy), signed
    electronically ('elektronisch ondertekend') with the typed name and no hand signature; printed from the record
    with a line of small print at the foot; copied with the lid open a little (dark edge at the right)."""
    doc = c.doctor if "medcert_absent" in c.flags else c.specialist
    lang = _ms_lang(c, doc)
    t = ill(c, lang)
    il = ILLNESSES[c.illness]
    sh = Sheet()
    col = rng.choice([(0, 100, 140), (140, 40, 60), (40, 110, 60)])
    sh.rule(18, 12, 18, 40, width_mm=1.0, color=col)
    put(sh, 22, 12, doc.inst, f=NSN_B, pt=10.5)
    put(sh, 22, 17, doc.dept or SPECIALTY[doc.spec][lang], f=NSN, pt=8.4, c=MID)
    put(sh, 22, 21.5, f"{doc.street}, {doc.pc} {doc.city} - {doc.tel}", f=NSN, pt=8, c=MID)
    flat(sh, 128, 12, 64, 24, (250, 250, 244))
    frame(sh, 128, 12, 64, 24, lw=0.2, c=PALE)
    pid = f"{c.seed % 9000000 + 1000000}"
    for i, s in enumerate([f"{c.p.surname.upper()} {c.p.given_names}", d_num(c.p.birth_date, "/") +
                           ("  V" if c.fem else "  M"), f"Pat. {pid}"]):
        put(sh, 131, 14 + i * 6, s, f=LMO, pt=8.6)
    bars(sh, 166, 28, 24, 6, pid)
    d0 = c.medstat_date
    W = {"nl": ("Beste collega,", "Anamnese", "Klinisch onderzoek", "Besluit", "Beleid",
                f"{d_long(d0, 'nl')}", "elektronisch ondertekend door"),
         "fr": ("Cher Confrère,", "Anamnèse", "Examen clinique", "Conclusion", "Proposition",
                f"le {d_long(d0, 'fr')}", "signé électroniquement par"),
         "de": ("Sehr geehrte Frau Kollegin, sehr geehrter Herr Kollege,", "Anamnese", "Klinischer Befund",
                "Beurteilung", "Procedere", f"{d_long(d0, 'de')}", "elektronisch unterzeichnet von")}[lang]
    put(sh, 192, 44, W[5], f=NSN, pt=9.4, a="right")
    put(sh, 22, 52, W[0], f=NSN, pt=10)
    intro = {"nl": f"Ik zag uw patiënt{'e' if c.fem else ''} op mijn consultatie voor verdere opvolging.",
             "fr": f"J'ai revu votre patient{'e' if c.fem else ''} en consultation de suivi.",
             "de": "Ich habe Ihre Patientin heute zur Verlaufskontrolle gesehen." if c.fem else
                   "Ich habe Ihren Patienten heute zur Verlaufskontrolle gesehen."}[lang]
    y = block(sh, 22, 59, 170, intro, f=NSN, pt=10, lead=1.4) + 3
    for head, body in ((W[1], t["history"]), (W[2], t["severity"]), (W[3], f"{t['name']} ({il['icd']})."),
                       (W[4], "; ".join(t["meds"]) + ". " + t["intervention"] + " " + t["needs"])):
        put(sh, 22, y, head, f=NSN_B, pt=10, c=col)
        y = block(sh, 22, y + 5, 170, body, f=NSN, pt=10, lead=1.4) + 4
    y += 4
    put(sh, 22, y, {"nl": "Met collegiale groeten,", "fr": "Bien confraternellement,",
                    "de": "Mit kollegialen Grüßen"}[lang], f=NSN, pt=10)
    put(sh, 22, y + 8, f"{W[6]} {doc.name()} - {SPECIALTY[doc.spec][lang]}", f=NSN_I, pt=9.4)
    put(sh, 22, y + 13, f"RIZIV/INAMI {doc.riziv}", f=NSN, pt=8.6, c=MID)
    put(sh, 105, 286, f"{doc.inst} · verslag {pid}-{d0.strftime('%y%m%d')} · 1/1", f=NSN, pt=7, a="center", c=MID)
    from .fortyfourth_identity import bake, sheet_of
    from PIL import ImageDraw
    img = bake(sh, 200)
    Wp, Hp = img.size
    ImageDraw.Draw(img).rectangle([Wp - int(Wp * 0.025), 0, Wp, Hp], fill=(30, 30, 32))
    return [sheet_of(img)], {}


def medstat_gp_attest(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A doctor's short typed medical attestation on his letter paper (A5 printed on the upper half of A4): 'Ik
    ondergetekende, dokter ... verklaar ...' / 'Je soussigné, docteur ..., certifie ...', the condition
    and the treatment in two sentences, signed at the end above the practice stamp; the lower half of the sheet
    carries the prescription form's perforation line; a coffee-coloured ring and a crumpled look."""
    doc = c.doctor if "medcert_absent" in c.flags else c.specialist
    lang = _ms_lang(c, doc)
    t = ill(c, lang)
    sh = Sheet()
    put(sh, 18, 12, f"Dr {doc.first} {doc.last}", f=PAL_B, pt=12)
    put(sh, 18, 17.5, SPECIALTY[doc.spec][lang], f=PAL_I, pt=9.5)
    put(sh, 18, 22, f"{doc.inst} - {doc.street}, {doc.pc} {doc.city}", f=PAL, pt=8.5, c=MID)
    put(sh, 18, 26, f"RIZIV/INAMI {doc.riziv} - {doc.tel}", f=PAL, pt=8.5, c=MID)
    sh.rule(18, 30, 192, 30, width_mm=0.3)
    e = "e" if c.fem else ""
    d0 = c.medstat_date
    txt = {"nl": f"Ik ondergetekende, dokter {doc.first} {doc.last}, verklaar dat ik {title(c.p, 'nl')} "
                 f"{c.p.given_names} {c.p.surname}, geboren op {d_num(c.p.birth_date, '/')}, behandel voor "
                 f"{t['name'][0].lower() + t['name'][1:]}. {t['severity']} De behandeling ({'; '.join(t['meds'])}) "
                 f"moet zonder onderbreking worden voortgezet. {t['consequences']}",
           "fr": f"Je soussigné, docteur {doc.first} {doc.last}, certifie suivre {title(c.p, 'fr')} {c.p.given_names} "
                 f"{c.p.surname}, né{e} le {d_num(c.p.birth_date, '/')}, pour {t['name'][0].lower() + t['name'][1:]}. "
                 f"{t['severity']} Le traitement ({'; '.join(t['meds'])}) doit être poursuivi sans interruption. "
                 f"{t['consequences']}",
           "de": f"Hiermit bescheinige ich, Dr. {doc.first} {doc.last}, dass {title(c.p, 'de').replace('Herrn', 'Herr')} "
                 f"{c.p.given_names} {c.p.surname}, geboren am {d_num(c.p.birth_date, '.')}, bei mir wegen "
                 f"{t['name']} in Behandlung ist. {t['severity']} Die Behandlung ({'; '.join(t['meds'])}) muss ohne "
                 f"Unterbrechung fortgesetzt werden. {t['consequences']}"}[lang]
    y = block(sh, 18, 38, 174, txt, f=PAL, pt=10.6, lead=1.5, align="justify") + 6
    put(sh, 18, y, {"nl": f"Opgemaakt te {doc.city} op {d_num(d0, '/')}, op verzoek van de betrokkene.",
                    "fr": f"Fait à {doc.city} le {d_num(d0, '/')}, à la demande de l'intéressé{e}.",
                    "de": f"{doc.city}, den {d_num(d0, '.')}, auf Wunsch des Patienten."}[lang], f=PAL, pt=10)
    sig(sh, 120, y + 5, rng, c=BLUE_PEN)
    seal(sh, 118, y + 18, [f"Dr {doc.first[0]}. {doc.last.upper()}", doc.riziv, f"{doc.pc} {doc.city.upper()}"],
         rng, shape="rect", c=S_BLUE, mm=36)
    sh.rule(0, 148.5, 210, 148.5, width_mm=0.2, color=PALE, dash=1.2)
    coffee_ring(sh, 140, 170, rng)
    return [crumpled(sh, rng, creases=5)], {}


def medstat_discharge(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A hospital's discharge letter ('ontslagbrief' / 'lettre de sortie'): admission and discharge dates in a
    two-cell row under the title, diagnoses as a numbered list, the treatment at discharge as a small table
    (medicine / dose / duration), the follow-up appointment; signed by the resident and the supervising specialist
    side by side, each signature ABOVE a typed name; printed on letterhead with a grey left band."""
    doc = c.specialist
    lang = _ms_lang(c, doc)
    t = ill(c, lang)
    il = ILLNESSES[c.illness]
    sh = Sheet()
    flat(sh, 0, 0, 12, 297, (225, 228, 232))
    put(sh, 20, 12, doc.inst, f=CAR_B, pt=12)
    put(sh, 20, 17.5, doc.dept or SPECIALTY[doc.spec][lang], f=CAR, pt=9, c=MID)
    W = {"nl": ("ONTSLAGBRIEF", "Opname", "Ontslag", "Diagnosen", "Behandeling bij ontslag", "Geneesmiddel", "Dosering",
                "Duur", "Verdere opvolging", "arts-assistent", "behandelend specialist"),
         "fr": ("LETTRE DE SORTIE", "Admission", "Sortie", "Diagnostics", "Traitement de sortie", "Médicament",
                "Posologie", "Durée", "Suivi", "médecin assistant", "spécialiste traitant"),
         "de": ("ENTLASSUNGSBRIEF", "Aufnahme", "Entlassung", "Diagnosen", "Entlassungsmedikation", "Arzneimittel",
                "Dosierung", "Dauer", "Weitere Betreuung", "Assistenzarzt", "behandelnder Facharzt")}[lang]
    put(sh, 20, 30, W[0], f=CAR_B, pt=14)
    put(sh, 20, 37, f"{c.p.surname.upper()} {c.p.given_names} - {d_num(c.p.birth_date, '/')}", f=CAR, pt=10.5)
    out = c.medstat_date
    inn = out - timedelta(days=rng.randint(4, 16))
    for j, (a, b) in enumerate([(W[1], d_num(inn, "/")), (W[2], d_num(out, "/"))]):
        frame(sh, 20 + j * 60, 44, 58, 11, lw=0.25, c=MID)
        put(sh, 22 + j * 60, 45, a, f=CAR, pt=8, c=MID)
        put(sh, 22 + j * 60, 49, b, f=CAR_B, pt=10)
    put(sh, 20, 62, W[3], f=CAR_B, pt=10.5)
    y = block(sh, 26, 68, 164, f"1. {t['name']} ({il['icd']})", f=CAR, pt=10.2) + 1
    y = block(sh, 26, y, 164, f"2. {t['history']}", f=CAR, pt=10.2, lead=1.35) + 5
    put(sh, 20, y, W[4], f=CAR_B, pt=10.5)
    y += 6
    for j, h in enumerate((W[5], W[6], W[7])):
        put(sh, [20, 100, 150][j], y, h, f=CAR_B, pt=9)
    y += 5
    for m in t["meds"]:
        parts = m.split(" ", 1)
        put(sh, 20, y, parts[0], f=CAR, pt=9.6)
        put(sh, 100, y, parts[1] if len(parts) > 1 else "", f=CAR, pt=shrink(parts[1] if len(parts) > 1 else "", 48, CAR,
                                                                             9.6))
        put(sh, 150, y, t["duration"].rstrip("."), f=CAR, pt=shrink(t["duration"], 40, CAR, 9.6))
        sh.rule(20, y + 4.6, 190, y + 4.6, width_mm=0.1, color=PALE)
        y += 6
    y += 4
    put(sh, 20, y, W[8], f=CAR_B, pt=10.5)
    y = block(sh, 20, y + 6, 170, t["needs"] + " " + t["prognosis"], f=CAR, pt=10.2, lead=1.4) + 10
    res = rng.choice(["Dr. L. Wouters", "Dr. S. Gillet", "Dr. M. Jacobs", "Dr. A. Hennen"])
    sig(sh, 22, y, rng, c=BLACK_PEN, w=34)
    sig(sh, 112, y, rng, c=BLUE_PEN)
    put(sh, 20, y + 15, f"{res}, {W[9]}", f=CAR, pt=9.4)
    put(sh, 110, y + 15, f"{doc.name()}, {W[10]}", f=CAR, pt=9.4)
    return [sh], {}


_reg("be9ter-medstat-specialist-consultatieverslag-etiket-rechtsboven-elektronisch-ondertekend-deksel-44",
     "medical-statement", "nl", medstat_specialist,
     "specialist's consultation report to the GP, patient sticker, electronically signed, dark edge")
_reg("be9ter-medstat-artsattest-a5-bovenhelft-palatino-stempel-onder-handtekening-koffiekring-44",
     "medical-statement", "fr", medstat_gp_attest, "doctor's short attestation on A5 letter paper, coffee ring")
_reg("be9ter-medstat-ontslagbrief-grijze-band-links-medicatietabel-twee-handtekeningen-44", "medical-statement", "nl",
     medstat_discharge, "hospital discharge letter with a medicine table, two signatures")


# =========================================================================== country of origin information

def coi_survey_fr(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A Belgian NGO's survey sheet 'Disponibilité et coût des médicaments' for the country of origin, in Nimbus
    Sans Narrow: a table medicine / public sector / private pharmacy price / stock-outs in the last 12 months,
    sources as numbered footnotes, and a highlighted concluding sentence."""
    o = BC[c.origin()]
    il = ILLNESSES[c.illness]
    drug = il["drug_l"].get("fr", il["drug"])
    cn = o["fr"]
    sh = Sheet()
    put(sh, 18, 12, "Réseau Santé Migrations - fiche pays", f=NAR_B, pt=12)
    put(sh, 192, 12, f"mise à jour {d_num(SUB - timedelta(days=rng.randint(40, 200)), '/')}", f=NAR, pt=9, a="right",
        c=MID)
    put(sh, 18, 24, f"{cn.upper()} - DISPONIBILITÉ ET COÛT DES MÉDICAMENTS", f=NAR_B, pt=13)
    y = block(sh, 18, 33, 174, f"Relevé effectué auprès de pharmacies et d'hôpitaux publics de {o['capital']} et de "
              f"deux villes de province. Les prix sont exprimés en {o['currency']} et convertis en euros.", f=NAR,
              pt=10, lead=1.4) + 4
    hd = ["Médicament / soin", "Secteur public", "Pharmacie privée (prix/mois)", "Ruptures (12 mois)"]
    xs = [18, 80, 114, 160]
    flat(sh, 18, y, 174, 7, (225, 225, 225))
    for x, h in zip(xs, hd):
        put(sh, x + 1, y + 1.4, h, f=NAR_B, pt=8.8)
    y += 8
    rr = random.Random(crc(c.seed, "coi44"))
    rows = [(drug, "disponible à " + o["hospital"].split(",")[0], il["cost"], f"{rr.randint(3, 7)} mois"),
            ("consultation spécialisée", "capitale uniquement", f"{rr.randint(15, 40)} EUR", "-"),
            ("examens de laboratoire de suivi", "payants", f"{rr.randint(20, 60)} EUR", "-"),
            ("hospitalisation (par jour)", "places limitées", f"{rr.randint(25, 70)} EUR", "-")]
    for r_ in rows:
        for x, v in zip(xs, r_):
            put(sh, x + 1, y, v, f=NAR, pt=shrink(v, [60, 32, 44, 30][xs.index(x)], NAR, 9.4))
        sh.rule(18, y + 5.2, 192, y + 5.2, width_mm=0.1, color=PALE)
        y += 7
    y += 6
    y = block(sh, 18, y, 174, f"{o['insurance_fr']} (1)", f=NAR, pt=10, lead=1.4) + 4
    last = (f"Conclusion : le traitement nécessaire n'est disponible que de manière irrégulière {_b9.FR_IN.get(c.origin(), 'en ' + cn)} "
            f"et son coût dépasse le salaire mensuel moyen ({o['wage']}). (2)")
    glow(sh, 17, y - 0.6, 176, 4.8 * len(sh.wrap(last, 174, font=NAR, size_pt=10)) + 1)
    y = block(sh, 18, y, 174, last, f=NAR, pt=10, lead=1.4) + 10
    for i, s in enumerate(["(1) Rapports annuels du ministère de la Santé et d'ONG locales, 2024-2025.",
                           "(2) Enquête de prix du réseau, pharmacies visitées en 2026."]):
        put(sh, 18, 272 + i * 4.6, s, f=NAR, pt=8, c=MID)
    return [sh], {}


def coi_report_en(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """Two pages copied from an English country report on health care: a running header with the report's title
    and a page number like '47', text set in two columns of FreeSerif, a section heading 'Access to specialised
    treatment', the passage on the applicant's medicine underlined in pencil; copied from the bound report (dark
    gutter band)."""
    o = BC[c.origin()]
    il = ILLNESSES[c.illness]
    cn = o["en"]
    pg = rng.randint(31, 88)
    paras = [f"{cn} has a small number of public referral hospitals, most of them in or near {o['capital']}. "
             f"Specialised care for chronic conditions is concentrated at {o['hospital']}.",
             f"Access to specialised treatment. Patients needing {il['drug']} report long waiting lists and "
             f"recurrent stock-outs; supplies in the private sector cost about {il['cost']} a month.",
             f"The average monthly wage is around {o['wage']}. {o['insurance_en']}",
             "Outside the capital, follow-up laboratory tests are rarely available and patients travel for days to "
             "reach a specialist. NGOs interviewed for this report describe treatment interruptions as common.",
             "Sources: interviews with health workers (2025), ministry statistics, WHO country profile."]
    sheets = []
    for k in range(2):
        sh = Sheet()
        put(sh, 18, 10, f"Health Care Access Report - {cn}", f=FSE_I, pt=8.6, c=MID)
        put(sh, 192, 10, str(pg + k), f=FSE, pt=9, a="right")
        sh.rule(18, 15, 192, 15, width_mm=0.2)
        if k == 0:
            put(sh, 18, 22, "4. Chronic disease care", f=FSE_B, pt=12)
        yl = yr = 32.0
        for i, ptxt in enumerate(paras if k == 0 else paras[2:] + paras[:2]):
            if i % 2 == 0:
                yl = block(sh, 18, yl, 83, ptxt, f=FSE, pt=10, lead=1.4, align="justify") + 4
            else:
                yr = block(sh, 109, yr, 83, ptxt, f=FSE, pt=10, lead=1.4, align="justify") + 4
        if k == 0:
            sh.rule(109, 37, 190, 36.6, width_mm=0.3, color=(110, 110, 110))
            sh.rule(109, 42, 186, 41.8, width_mm=0.3, color=(110, 110, 110))
        sheets.append(gutter(sh, rng, "left" if k == 0 else "right"))
    return sheets, {}


_reg("be9ter-coi-fr-fiche-pays-ngo-narrow-prijstabel-voetnoten-markeerstift-44", "country-of-origin-info", "fr",
     coi_survey_fr, "NGO's price and availability sheet for the country")
_reg("be9ter-coi-en-landenrapport-twee-kolommen-lopende-kop-potloodstreep-rug-44", "country-of-origin-info", "en",
     coi_report_en, "two pages of an English country report, two columns, pencil underlining")


# =========================================================================== proof of pending asylum

def asylum_annex26(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """Annex 26 ('bijlage 26' / 'annexe 26'), the certificate of the asylum application: the royal decree's heading
    in small print, the photo stapled at the top left with the office's round stamp across it, the holder's data
    in a ruled box, the validity and its extensions as a grid of date stamps on the right half; printed on pale
    salmon paper, copied in greyscale-like tones."""
    a = c.asylum or {}
    lodged = a.get("lodged", SUB - timedelta(days=200))
    fr = lang == "fr"
    sh = Sheet(paper="salmon")
    put(sh, 105, 10, "ROYAUME DE BELGIQUE - SPF INTÉRIEUR" if fr else "KONINKRIJK BELGIË - FOD BINNENLANDSE ZAKEN",
        f=NRM_B, pt=10, a="center")
    put(sh, 105, 15, "Office des Étrangers" if fr else "Dienst Vreemdelingenzaken", f=NRM, pt=9.5, a="center")
    put(sh, 105, 24, "ANNEXE 26" if fr else "BIJLAGE 26", f=NRM_B, pt=15, a="center")
    block(sh, 40, 31, 130, ("Attestation d'introduction d'une demande de protection internationale (art. 50 de la loi "
                            "du 15 décembre 1980)" if fr else "Attest van indiening van een verzoek om internationale "
                            "bescherming (art. 50 van de wet van 15 december 1980)"), f=NRM_I, pt=9, align="center")
    sh.photo(18, 46, 28, 36, rng)
    sh.rule(20, 45, 30, 44, width_mm=0.7, color=(95, 95, 100))
    seal(sh, 34, 68, ["OFFICE DES ÉTRANGERS" if fr else "DIENST VREEMDELINGENZAKEN", "BRUXELLES" if fr else "BRUSSEL"],
         rng, c=S_BLUE, mm=22)
    rows = [("Nom" if fr else "Naam", c.p.surname.upper()), ("Prénom(s)" if fr else "Voornaam", c.p.given_names),
            ("Né(e) le" if fr else "Geboren op", d_num(c.p.birth_date, "/")),
            ("Nationalité (déclarée)" if fr else "Nationaliteit (verklaard)", adj(c.p.nationality, "fr" if fr else "nl")),
            ("Demande introduite le" if fr else "Verzoek ingediend op", d_num(lodged, "/")),
            ("N° OE / SP" if fr else "DVZ-nr.", c.ov or "-")]
    y = 48.0
    frame(sh, 52, 46, 140, len(rows) * 8 + 4, lw=0.3)
    for a_, b in rows:
        put(sh, 55, y, a_, f=NRM, pt=9)
        put(sh, 110, y, b, f=NRM_B, pt=shrink(b, 80, NRM_B, 10))
        y += 8
    block(sh, 18, 104, 82, ("Le présent document n'est pas un titre d'identité. Il est valable jusqu'à la date indiquée "
                            "et prorogé tant qu'il n'est pas statué définitivement sur la demande." if fr else
                            "Dit document is geen identiteitsbewijs. Het is geldig tot de vermelde datum en wordt "
                            "verlengd zolang over het verzoek niet definitief is beslist."), f=NRM, pt=9, lead=1.4)
    put(sh, 110, 102, "Prorogations / verlengingen", f=NRM_B, pt=9)
    d = lodged
    for i in range(8):
        x, yy = 110 + (i % 2) * 42, 110 + (i // 2) * 26
        frame(sh, x, yy, 40, 24, lw=0.2, c=MID)
        if d < SUB:
            nd = d + timedelta(days=rng.choice([90, 91, 92]))
            seal(sh, x + 1, yy + 1, ["PROROGÉ JUSQU'AU" if fr else "VERLENGD TOT", d_num(nd, "."),
                                     rng.choice(["LIÈGE", "BRUXELLES", "GENT", "ANTWERPEN"])], rng, shape="rect",
                 c=rng.choice([S_BLUE, S_PURPLE, S_GREEN]), mm=27)
            d = nd
    return [sh], {}


def asylum_orange_card(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The orange card (attestation d'immatriculation / attest van immatriculatie, model A) of an applicant for
    international protection: recto with the photo and the data, verso with the extension boxes, both copied one
    above the other in the middle of the sheet on a grey copy; the commune's name printed on the card."""
    a = c.asylum or {}
    lodged = a.get("lodged", SUB - timedelta(days=200))
    fr = lang == "fr"
    sh = Sheet(paper="grey")
    W, H = 120.0, 78.0
    x0 = 45.0
    for yy in (40.0, 128.0):
        flat(sh, x0, yy, W, H, (246, 200, 150))
        frame(sh, x0, yy, W, H, lw=0.4, c=(140, 90, 50))
    y0 = 40.0
    put(sh, x0 + W / 2, y0 + 3, "ROYAUME DE BELGIQUE - KONINKRIJK BELGIË", f=NSN_B, pt=8, a="center")
    put(sh, x0 + W / 2, y0 + 7.5, ("ATTESTATION D'IMMATRICULATION - Modèle A" if fr else
                                   "ATTEST VAN IMMATRICULATIE - Model A"), f=NSN_B, pt=8.4, a="center")
    sh.photo(x0 + 4, y0 + 13, 26, 33, rng)
    rows = [("Nom" if fr else "Naam", c.p.surname.upper()), ("Prénom" if fr else "Voornaam", c.p.given_names),
            ("Date de naissance" if fr else "Geboortedatum", d_num(c.p.birth_date, "/")),
            ("Nationalité" if fr else "Nationaliteit", adj(c.p.nationality, "fr" if fr else "nl")),
            ("Qualité" if fr else "Hoedanigheid", "demandeur de protection internationale" if fr else
             "verzoeker om internationale bescherming"), ("N° national" if fr else "Rijksregisternr.",
                                                          c.nrn or (c.ov or "-"))]
    y = y0 + 13
    for a_, b in rows:
        put(sh, x0 + 34, y, a_, f=NSN, pt=6.4, c=(90, 60, 40))
        put(sh, x0 + 34, y + 2.6, b, f=NSN_B, pt=shrink(b, W - 38, NSN_B, 8.2))
        y += 8
    commune = rng.choice(["Anderlecht", "Schaerbeek", "Liège", "Charleroi", "Gent", "Antwerpen"])
    put(sh, x0 + 4, y0 + H - 8, (f"Administration communale de {commune}" if fr else f"Gemeentebestuur {commune}"),
        f=NSN_I, pt=7.5)
    y0 = 128.0
    put(sh, x0 + 4, y0 + 3, ("Valable jusqu'au / prorogations" if fr else "Geldig tot / verlengingen"), f=NSN_B,
        pt=8)
    d = lodged + timedelta(days=120)
    for i in range(6):
        x, yy = x0 + 4 + (i % 3) * 38, y0 + 10 + (i // 3) * 32
        frame(sh, x, yy, 36, 30, lw=0.25, c=(140, 90, 50))
        if d < SUB + timedelta(days=60):
            put(sh, x + 2, yy + 2, d_num(d, "/"), f=LMO_B, pt=9)
            seal(sh, x + 5, yy + 6, [commune.upper()[:12], "POPULATION" if fr else "BEVOLKING"], rng, c=S_BLUE, mm=20)
            d += timedelta(days=rng.choice([90, 120]))
    return [sh], {}


for _lg in ("nl", "fr"):
    _reg(f"be9ter-asylum-bijlage26-{_lg}-zalmroze-foto-geniet-verlengingsraster-44", "asylum-proof", _lg,
         (lambda c, r, lg=_lg: asylum_annex26(c, r, lang=lg)), "annex 26 with the photo stapled, extension grid")
    _reg(f"be9ter-asylum-oranje-kaart-{_lg}-recto-boven-verso-grijze-kopie-44", "asylum-proof", _lg,
         (lambda c, r, lg=_lg: asylum_orange_card(c, r, lang=lg)), "orange card (model A) recto above verso")


# =========================================================================== proof of registered posting

def _from(c: Case) -> list[str]:
    if "no_address" in c.flags or (c.lawyer and c.seed % 5 != 0):
        L = c.lawyer
        return [L["firm"], L["street"], f"{L['pc']} {L['city']}"]
    a = c.addr
    return [f"{c.p.given_names} {c.p.surname}", f"{a.street} {a.number}" + (f" bus {a.box}" if a.box else ""),
            f"{a.postcode} {a.city}"]


def rm_thermal_photo(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """bpost's thermal counter receipt for a registered letter, photographed on the envelope: the receipt (narrow,
    Liberation Mono) lists the post office, date and time, 'AANGETEKEND / RECOMMANDÉ', the barcode and its number,
    the addressee's three lines and the price; the photo shows the envelope's corner and the red R label beside
    it."""
    r = Sheet(74, 132)
    y = 5.0
    put(r, 37, y, "bpost", f=LSA_B, pt=18, a="center", c=(210, 30, 40))
    y += 10
    put(r, 37, y, f"{rng.choice(['Postkantoor', 'Bureau de poste', 'PostPunt'])} {_from(c)[-1].split(' ', 1)[-1][:16]}",
        f=LMO, pt=7.4, a="center")
    y += 5
    put(r, 5, y, f"{d_num(c.rm_date, '/')}  {rng.randint(9, 17):02d}:{rng.randint(0, 59):02d}", f=LMO, pt=7.4)
    put(r, 69, y, f"#{rng.randint(100, 999)}", f=LMO, pt=7.4, a="right")
    y += 7
    for s in ("AANGETEKEND / RECOMMANDÉ", "binnenland - national"):
        put(r, 37, y, s, f=LMO_B, pt=8, a="center")
        y += 4.4
    y += 2
    bars(r, 8, y, 58, 10, c.rm_track)
    y += 12
    put(r, 37, y, _b9.track_spaced(c.rm_track), f=LMO, pt=7.4, a="center")
    y += 7
    put(r, 5, y, "Bestemmeling / Destinataire:", f=LMO, pt=6.8)
    y += 4
    for s in c.rm_to:
        put(r, 7, y, s, f=LMO, pt=7.4)
        y += 3.8
    y += 3
    price = rng.choice(["9,94", "10,32", "10,48"])
    put(r, 5, y, "Totaal / Total", f=LMO_B, pt=7.6)
    put(r, 69, y, f"EUR {price}", f=LMO_B, pt=7.6, a="right")
    y += 7
    put(r, 37, y, "Bewaar dit ticket - Conservez ce ticket", f=LMO, pt=6.4, a="center")
    from .fortyfourth_identity import bake, sheet_of
    from PIL import Image, ImageDraw
    rimg = bake(r, 220)
    big = Sheet(150, 200)
    env = Image.new("RGB", (600, 800), (236, 228, 206))
    ImageDraw.Draw(env).rectangle([390, 40, 560, 130], fill=(226, 40, 50))
    ImageDraw.Draw(env).text((420, 60), "R", fill=(255, 255, 255))
    big.image(0, 0, 150, 200, env)
    rot = rimg.rotate(rng.uniform(-4, 4), expand=True, fillcolor=(236, 228, 206))
    big.image(28, 18, 74 * rot.width / rimg.width, 132 * rot.height / rimg.height, rot)
    return [sheet_of(bake(_desk(big, rng), 180), 150, 200)], {"addressee": 1}


def rm_online_print(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A4 print of bpost's online 'proof of deposit' page for a registered letter (from the e-services portal):
    the portal's header bar, a table of the consignment (number, type, deposit date, addressee), the barcode, and
    the 'Gedeponeerd / Déposé' status with the post office's counter stamp pressed on the printout; browser print
    header and URL footer."""
    sh = Sheet()
    put(sh, 10, 5, f"{d_num(c.rm_date, '/', short_year=True)} {rng.randint(10, 17):02d}:{rng.randint(0, 59):02d}",
        f=LSA, pt=7, c=MID)
    put(sh, 105, 5, "bpost - Aangetekende zending / Envoi recommandé", f=LSA, pt=7, c=MID, a="center")
    flat(sh, 10, 12, 190, 14, (210, 30, 40))
    put(sh, 16, 15, "bpost", f=LSA_B, pt=16, c=(255, 255, 255))
    put(sh, 194, 17, "e-services - zakelijk / professionnel", f=LSA, pt=8, c=(255, 255, 255), a="right")
    put(sh, 16, 36, "Bewijs van afgifte - Preuve de dépôt", f=LSA_B, pt=14)
    rows = [("Zendingnummer / N° d'envoi", _b9.track_spaced(c.rm_track)),
            ("Product / Produit", "Aangetekende zending - Envoi recommandé"),
            ("Datum afgifte / Date de dépôt", d_num(c.rm_date, "/")),
            ("Afzender / Expéditeur", ", ".join(_from(c))),
            ("Bestemmeling / Destinataire", ", ".join(c.rm_to)),
            ("Status / Statut", "Gedeponeerd - Déposé")]
    y = 48.0
    for a, b in rows:
        frame(sh, 16, y, 64, 10, lw=0.2, c=PALE)
        frame(sh, 80, y, 114, 10, lw=0.2, c=PALE)
        flat(sh, 16.1, y + 0.1, 63.8, 9.8, (244, 244, 244))
        put(sh, 18, y + 2.6, a, f=LSA, pt=8.4)
        put(sh, 82, y + 2.4, b, f=LSA_B, pt=shrink(b, 110, LSA_B, 9.4))
        y += 10
    bars(sh, 16, y + 8, 80, 14, c.rm_track)
    put(sh, 56, y + 24, c.rm_track, f=LMO, pt=9, a="center")
    seal(sh, 130, y + 4, ["BPOST", d_num(c.rm_date, "-"), _from(c)[-1].split(" ", 1)[-1].upper()[:14]], rng, c=S_GREY,
         mm=30)
    put(sh, 10, 290, "https://www.bpost.be/eservices/registered/receipt", f=LSA, pt=7, c=MID)
    put(sh, 200, 290, "1/1", f=LSA, pt=7, c=MID, a="right")
    return [sh], {"addressee": 1}


def rm_slip_taped(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The yellow pre-printed deposit slip for a registered letter, filled in by hand in capitals, taped onto an A4
    sheet with two strips of tape (their glossy edges visible), the post office's black date stamp over the
    slip's corner, and the secretary's note 'aangetekend DVZ 9ter - verzonden' written under it."""
    sh = Sheet()
    x0, y0, W, H = 30.0, 40.0, 150.0, 96.0
    flat(sh, x0, y0, W, H, (252, 238, 150))
    frame(sh, x0, y0, W, H, lw=0.3, c=(150, 130, 50))
    put(sh, x0 + 4, y0 + 3, "bpost", f=NSN_B, pt=13, c=(200, 30, 40))
    put(sh, x0 + W - 4, y0 + 4, "Aangetekende zending - Envoi recommandé", f=NSN, pt=8, a="right")
    hand = rng.choice([P_CAPS, P_DKG_B])
    put(sh, x0 + 4, y0 + 14, "Bestemmeling / Destinataire", f=NSN, pt=7, c=MID)
    y = y0 + 18
    for s in c.rm_to:
        write(sh, x0 + 6, y, s, rng, f=hand, pt=11, c=BLUE_PEN, caps=True, w=90)
        y += 7
    put(sh, x0 + 4, y + 2, "Afzender / Expéditeur", f=NSN, pt=7, c=MID)
    y += 6
    for s in _from(c):
        write(sh, x0 + 6, y, s, rng, f=hand, pt=10, c=BLUE_PEN, caps=True, w=90)
        y += 6
    flat(sh, x0 + 100, y0 + 16, 46, 26, (255, 255, 255))
    put(sh, x0 + 102, y0 + 17, "R", f=NSN_B, pt=14)
    bars(sh, x0 + 110, y0 + 19, 34, 12, c.rm_track)
    put(sh, x0 + 123, y0 + 34, _b9.track_spaced(c.rm_track), f=NSN, pt=6.6, a="center")
    for tx_, ty in ((x0 - 6, y0 + 8), (x0 + W - 30, y0 + H - 10)):
        flat(sh, tx_, ty, 36, 9, (236, 238, 236))
        sh.rule(tx_, ty, tx_ + 36, ty, width_mm=0.2, color=(200, 200, 200))
    seal(sh, x0 + 98, y0 + 54, ["BPOST", d_num(c.rm_date, "."), _from(c)[-1].split(" ", 1)[-1].upper()[:14]], rng,
         c=(30, 30, 30), mm=32)
    write(sh, 40, 150, rng.choice(["aangetekend DVZ 9ter - verzonden", "9ter verstuurd aangetekend", "recommandé OE ok"]),
          rng, f=P_DKG, pt=13, c=BLACK_PEN)
    return [sh], {"addressee": 1}


_reg("be9ter-rm-bpost-kasticket-op-envelop-r-label-photo-44", "registered-mail-receipt", "nl", rm_thermal_photo,
     "thermal counter receipt photographed on the envelope")
_reg("be9ter-rm-bpost-eservices-afgiftebewijs-portaalprint-loketstempel-44", "registered-mail-receipt", "nl",
     rm_online_print, "printout of the online proof of deposit with the counter stamp")
_reg("be9ter-rm-geel-afgiftestrookje-op-a4-geplakt-tape-datumstempel-notitie-44", "registered-mail-receipt", "fr",
     rm_slip_taped, "yellow hand-filled deposit slip taped on A4, date stamp, note")


# =========================================================================== other pieces

def other_declaration(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The applicant's own declaration on honour about his or her identity ('Verklaring op eer' / 'Déclaration sur
    l'honneur'), typed by a volunteer on a plain sheet in FreeSans and signed by the applicant under 'gelezen en
    goedgekeurd' / 'lu et approuvé' written by hand; no authority, no stamp, no photo."""
    lang = c.lang if c.lang in ("nl", "fr") else "fr"
    p = c.p
    sh = Sheet()
    put(sh, 105, 30, "VERKLARING OP EER" if lang == "nl" else "DÉCLARATION SUR L'HONNEUR", f=FSA_B, pt=14, a="center")
    e = "e" if c.fem else ""
    txt = ({"nl": f"Ik, ondergetekende, {p.given_names} {p.surname}, verklaar op eer dat ik geboren ben op "
                  f"{d_num(p.birth_date, '/')} te {p.birth_place} en de {adj(p.nationality, 'nl')} nationaliteit heb. "
                  f"Ik heb geen paspoort of identiteitskaart meer: mijn documenten zijn verloren gegaan tijdens mijn "
                  f"reis. Mijn vader heet {p.father or '-'} en mijn moeder {p.mother or '-'}.",
            "fr": f"Je soussigné{e}, {p.given_names} {p.surname}, déclare sur l'honneur être né{e} le "
                  f"{d_num(p.birth_date, '/')} à {p.birth_place} et être de nationalité {adj(p.nationality, 'fr')}. Je "
                  f"n'ai plus ni passeport ni carte d'identité : mes documents ont été perdus pendant mon voyage. Mon "
                  f"père s'appelle {p.father or '-'} et ma mère {p.mother or '-'}."})[lang]
    y = block(sh, 24, 48, 162, txt, f=FSA, pt=11, lead=1.6) + 8
    y = block(sh, 24, y, 162, {"nl": "Ik verklaar dat deze gegevens juist zijn.",
                               "fr": "Je certifie que ces informations sont exactes."}[lang], f=FSA, pt=11) + 10
    put(sh, 24, y, {"nl": f"{c.addr.city}, {d_num(c.app_date - timedelta(days=3), '/')}",
                    "fr": f"{c.addr.city}, le {d_num(c.app_date - timedelta(days=3), '/')}"}[lang], f=FSA, pt=11)
    write(sh, 110, y + 10, "gelezen en goedgekeurd" if lang == "nl" else "lu et approuvé", rng, f=P_DKG, pt=12,
          c=BLUE_PEN)
    sig(sh, 112, y + 18, rng, c=BLUE_PEN)
    return [sh], {}


def other_pharmacy(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A pharmacy's 'attestation de délivrance' printed on the pharmacy's A5 letter form (upper half of the
    sheet): pharmacy name and APB number, the patient, a table of delivered medicines with CNK codes, amounts
    and 'non remboursé', the pharmacist's stamp and initials; phone photo in hand over a tablecloth."""
    il = ILLNESSES[c.illness]
    t = ill(c, "fr")
    sh = Sheet()
    put(sh, 18, 14, rng.choice(["Pharmacie du Midi", "Pharmacie Sainte-Anne", "Apotheek De Linde", "Pharmacie Centrale"]),
        f=GOT_B, pt=13, c=(0, 120, 80))
    put(sh, 18, 20, f"APB {rng.randint(100000, 999999)} - {c.addr.city}", f=GOT, pt=9, c=MID)
    put(sh, 18, 32, "ATTESTATION DE DÉLIVRANCE", f=GOT_B, pt=12)
    put(sh, 18, 39, f"Patient : {c.p.surname.upper()} {c.p.given_names}", f=GOT, pt=10)
    y = 48.0
    for j, h in enumerate(("CNK", "Produit", "Qté", "Montant")):
        put(sh, [18, 40, 140, 192][j], y, h, f=GOT_B, pt=9, a="right" if h == "Montant" else "left")
    y += 6
    for m in t["meds"]:
        put(sh, 18, y, f"{rng.randint(1000000, 4999999)}", f=DJM, pt=8.6)
        put(sh, 40, y, m, f=GOT, pt=shrink(m, 96, GOT, 9.2))
        put(sh, 140, y, str(rng.randint(1, 3)), f=GOT, pt=9.2)
        put(sh, 192, y, f"{rng.uniform(18, 240):.2f} EUR".replace(".", ","), f=GOT, pt=9.2, a="right")
        y += 6
    put(sh, 18, y + 4, "Non remboursé - patient sans mutuelle", f=GOT_O, pt=9)
    seal(sh, 130, y + 8, ["PHARMACIE", "APB", c.addr.city.upper()[:14]], rng, c=S_GREEN, mm=26)
    write(sh, 160, y + 16, "AL", rng, f=P_DKG, pt=13, c=BLACK_PEN)
    _ = il
    return [in_hand(sh, rng)], {}


def other_email(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The lawyer's e-mail exchange with the social worker, printed from the mail program: the program's print
    header, a From/To/Sent/Subject block, the short reply on top and the quoted earlier message below with '>'
    marks; DejaVu Sans."""
    L = c.lawyer
    sh = Sheet()
    put(sh, 14, 8, f"{L['first']} {L['last']}", f=DJS_B, pt=9)
    sh.rule(14, 13, 196, 13, width_mm=0.5)
    rows = [("Van:", f"{L['first']} {L['last']} <{L['mail']}>"), ("Aan:", "sociale dienst <sociaal@ocmw.example.be>"),
            ("Verzonden:", d_long(c.app_date - timedelta(days=rng.randint(1, 6)), "nl")),
            ("Onderwerp:", f"RE: dossier 9ter {c.p.surname}")]
    y = 18.0
    for a, b in rows:
        put(sh, 14, y, a, f=DJS_B, pt=9)
        put(sh, 40, y, b, f=DJS, pt=9)
        y += 5
    y = block(sh, 14, y + 6, 180, "Dag collega,\n\nDank voor de stukken. Het medisch getuigschrift is in orde; ik stuur "
              "de aanvraag deze week aangetekend naar DVZ en bezorg u een kopie van het afgiftebewijs.\n\nMet "
              f"vriendelijke groeten,\n{L['first']} {L['last']}", f=DJS, pt=9.6, lead=1.45) + 6
    block(sh, 14, y, 180, "> Beste meester,\n> In bijlage het verslag van de specialist en de kopie van de "
          "identiteitsstukken.\n> Groeten,\n> de sociale dienst", f=DJS_O, pt=9, lead=1.45, c=MID)
    put(sh, 105, 288, "1", f=DJS, pt=8, a="center", c=MID)
    return [sh], {}


_reg("be9ter-other-declaration-op-eer-getypt-gelezen-en-goedgekeurd-44", "other", "nl", other_declaration,
     "the applicant's declaration on honour about identity (no authority)")
_reg("be9ter-other-pharmacy-afleveringsattest-a5-cnk-tabel-gsm-foto-44", "other", "fr", other_pharmacy,
     "pharmacy's attestation of delivery, phone photo")
_reg("be9ter-other-email-advocaat-sociale-dienst-citaat-44", "other", "nl", other_email,
     "printed e-mail between the lawyer and the social service")
