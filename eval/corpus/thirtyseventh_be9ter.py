"""9ter families of the `thirtyseventh` part (registered in be9ter.BFAMILIES).

Written after dev, heldout and the parts fresh to thirty-sixth had been read, by a writer who saw neither the
validator nor its output, from the seeds (003, 004), rules.md and how such papers look in Belgian files.  Each
family's layout, wording and copy habits are described in its function's docstring and its registration note (the
part is read blind, so they are not summarised here).  Sentence builders ``s37_*``.
"""

from __future__ import annotations

import datetime
import random
from datetime import timedelta

from .be9ter import (
    COUNTRIES,
    DE_IN,
    FR_IN,
    ILLNESSES,
    INK_BLACK,
    INK_BLUE,
    MC_NEW,
    MC_OLD,
    SPECIALTY,
    STAMP_BLUE,
    STAMP_VIOLET,
    Case,
    _post_office,
    _reg,
    _sender_lines,
    addr_str,
    cname,
    drug,
    fdate,
    name_in,
    track_spaced,
)
from .fresh_be9ter import _stamp_lines, _values
from .paper import Sheet
from .thirtyseventh_identity import (
    BREIP,
    CAL,
    CAL_B,
    CAL_I,
    DJS,
    DJS_B,
    DKG,
    DMONO,
    FMONO,
    FSER,
    FSER_B,
    FSER_I,
    GOTH,
    GOTH_B,
    GOTH_I,
    LMONO,
    LMONO_B,
    LSANS,
    LSANS_B,
    PAL,
    PAL_B,
    PAL_I,
    folded_in_four,
    fr_long,
    en_long,
    nl_long,
    staple,
    yellowed,
)
from .twentyeighth_be9ter import Pager
from .twentyeighth_identity import barcode as bars
from .twentyeighth_identity import fit, glyphs, paste, sheet_of, wrap

PART = "thirtyseventh"
GREY = (100, 100, 106)
SUB = datetime.date(2026, 12, 1)
_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
       "Dezember"]


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _long(d, lang: str) -> str:
    if lang == "de":
        return f"{d.day}. {_DE[d.month - 1]} {d.year}"
    return {"nl": nl_long, "fr": fr_long, "en": en_long}[lang](d)


def _dd(c: Case, d: datetime.date, lang: str) -> str:
    return _long(d, lang) if c.date_style == "long" else c.d(d, lang)


def _ill(c: Case, lang: str) -> dict:
    il = ILLNESSES[c.illness]
    return il[next(x for x in (lang, "fr", "nl", "en") if x in il)]


def _in_country(code: str, lang: str) -> str:
    if lang == "fr":
        return FR_IN.get(code, "en " + cname(code, "fr"))
    if lang == "de":
        return DE_IN.get(code, "in " + cname(code, "de"))
    return "in " + cname(code, lang)


# --------------------------------------------------------------------------- sentences (s37_*)


def _req(c: Case, lang: str, cap: bool = False) -> str:
    """This part's writers call the applicant 'verzoeker / verzoekster', 'le requérant / la requérante'."""
    s = {"nl": "verzoekster" if c.fem else "verzoeker", "fr": "la requérante" if c.fem else "le requérant",
         "de": "die Antragstellerin" if c.fem else "der Antragsteller", "en": "the applicant"}[lang]
    return _cap(s) if cap else s


def _ref(c: Case, key: str, lang: str) -> str:
    n = c.annex_no(key)
    if n is None:
        return ""
    return {"nl": f" [bijlage {n}]", "fr": f" [annexe {n}]", "de": f" [Anlage {n}]", "en": f" [annex {n}]"}[lang]


def s37_person(c: Case, lang: str) -> str:
    p = c.p
    nm = name_in(p, c.name_style)
    bd = _dd(c, p.birth_date, lang)
    nb, nn = "no_birthplace" in c.flags, "no_nationality" in c.flags
    adj = COUNTRIES[p.nationality]["adj_" + lang]
    cn = cname(c.birth_cc(), lang)
    if lang == "nl":
        s = f"Verzoeker{'ster' if c.fem else ''} is {nm}" + ("" if nn else f", {adj} onderdaan")
        s += f", geboren op {bd}" + ("" if nb else f" te {p.birth_place} ({cn})")
        s += (f". {'Haar' if c.fem else 'Zijn'} rijksregisternummer is {c.nrn}." if c.nrn else
              f". Bij de Dienst Vreemdelingenzaken is {'zij' if c.fem else 'hij'} gekend onder het OV-nummer {c.ov}.")
        return s
    if lang == "fr":
        e = "e" if c.fem else ""
        s = f"{_req(c, lang, True)} est {nm}" + ("" if nn else f", ressortissant{e} {adj}")
        s += f", né{e} le {bd}" + ("" if nb else f" à {p.birth_place} ({cn})")
        s += (f", numéro de registre national {c.nrn}." if c.nrn else
              f", connu{e} de l'Office des Étrangers sous le numéro SP {c.ov}.")
        return s
    if lang == "de":
        s = f"{_req(c, lang, True)} ist {nm}"
        s += "" if nn else f", Staatsangehörigkeit: {COUNTRIES[p.nationality]['de']}"
        s += f", geboren am {bd}" + ("" if nb else f" in {p.birth_place} ({cn})")
        s += (f", Nationalregisternummer {c.nrn}." if c.nrn else f", Akte beim Ausländeramt Nr. {c.ov}.")
        return s
    s = f"The applicant is {nm}" + ("" if nn else f", a {COUNTRIES[p.nationality]['adj_en']} national")
    s += f", born on {bd}" + ("" if nb else f" in {p.birth_place}, {cn}")
    s += f", national register number {c.nrn}." if c.nrn else f", Immigration Office reference {c.ov}."
    return s


def s37_home(c: Case, lang: str) -> str:
    if "no_address" in c.flags:
        return {"nl": f"{_req(c, lang, True)} verblijft afwisselend bij vrienden en heeft geen vaste woonplaats.",
                "fr": f"{_req(c, lang, True)} loge tantôt chez l'un, tantôt chez l'autre et n'a pas de domicile fixe.",
                "de": f"{_req(c, lang, True)} wohnt abwechselnd bei Freunden und hat keinen festen Wohnsitz.",
                "en": "The applicant stays with different friends and has no fixed home."}[lang]
    a = addr_str(c.addr, lang, c.addr_style)
    return {"nl": f"{_req(c, lang, True)} woont feitelijk te {a}.",
            "fr": f"{_req(c, lang, True)} a sa résidence effective à l'adresse {a}.",
            "de": f"{_req(c, lang, True)} wohnt tatsächlich in {a}.",
            "en": f"The applicant's actual residence is {a}."}[lang]


def s37_domicile(c: Case, lang: str) -> str | None:
    if "no_domicile" in c.flags or c.domicile == "none":
        return None
    if c.domicile == "lawyer" and c.lawyer:
        L = c.lawyer
        a = f"{L['street']}, {L['pc']} {L['city']}"
        return {"nl": f"Voor alle briefwisseling in deze procedure kiest {_req(c, lang)} woonplaats op het kantoor "
                      f"van zijn raadsman, {a}.".replace("zijn raadsman", "haar raadsman" if c.fem else "zijn raadsman"),
                "fr": f"Pour toute correspondance relative à la présente procédure, {_req(c, lang)} élit domicile "
                      f"au cabinet de son conseil, {a}.",
                "de": f"Für den gesamten Schriftverkehr in diesem Verfahren wird als Zustellungsanschrift die Kanzlei "
                      f"des Rechtsbeistands gewählt: {a}.",
                "en": f"For all correspondence in this procedure the applicant elects domicile at the office of "
                      f"counsel, {a}."}[lang]
    if c.domicile == "other" and c.other_domicile:
        return {"nl": f"Keuze van woonplaats: bij {c.other_domicile}.",
                "fr": f"Élection de domicile : chez {c.other_domicile}.",
                "de": f"Gewählte Zustellungsanschrift: bei {c.other_domicile}.",
                "en": f"Elected domicile: care of {c.other_domicile}."}[lang]
    return {"nl": "Op dit adres wordt eveneens woonplaats gekozen.",
            "fr": "Domicile est élu à cette même adresse.",
            "de": "Diese Anschrift ist zugleich die gewählte Zustellungsanschrift.",
            "en": "Domicile is elected at this same address."}[lang]


def _members(c: Case, lang: str) -> list[str]:
    rel = {"nl": {"spouse": "echtgeno(o)t(e)", "child": "kind"}, "fr": {"spouse": "conjoint(e)", "child": "enfant"},
           "de": {"spouse": "Ehegatte/Ehegattin", "child": "Kind"}, "en": {"spouse": "spouse", "child": "child"}}[lang]
    out = []
    for i, m in enumerate(c.family):
        q = m.p
        nat = "" if "no_nationality" in c.flags else f", {COUNTRIES[q.nationality]['adj_' + lang]}"
        born = {"nl": "geboren op", "fr": "né(e) le", "de": "geboren am", "en": "born on"}[lang]
        at = {"nl": "te", "fr": "à", "de": "in", "en": "in"}[lang]
        out.append(f"{rel[m.rel]}: {q.surname.upper()} {q.given_names}, {born} {_dd(c, q.birth_date, lang)} {at} "
                   f"{q.birth_place}{nat}{_ref(c, f'fam{i}', lang)}")
    return out


def s37_family(c: Case, lang: str) -> str | None:
    if not c.family:
        return None
    lst = "; ".join(_members(c, lang))
    return {"nl": f"{_req(c, lang, True)} dient deze aanvraag ook in voor de gezinsleden met wie "
                  f"{'zij' if c.fem else 'hij'} samenwoont – {lst}.",
            "fr": f"La demande est également introduite pour les membres de la famille qui résident avec "
                  f"{_req(c, lang)} – {lst}.",
            "de": f"Der Antrag wird auch für die im Haushalt lebenden Familienangehörigen gestellt – {lst}.",
            "en": f"The application is also made for the family members who live with the applicant – {lst}."}[lang]


def s37_identity(c: Case, lang: str) -> str:
    k = c.id_kind
    if k in ("asylum", "asylum-noproof"):
        d = _dd(c, c.asylum["lodged"], lang)
        r = _ref(c, "asylum", lang) if k == "asylum" else ""
        return {"nl": f"{_req(c, lang, True)} diende op {d} een verzoek om internationale bescherming in; de "
                      f"procedure loopt nog{r}. Zolang er geen definitieve beslissing is, geldt de vrijstelling van "
                      f"artikel 9ter, § 2, derde lid.",
                "fr": f"{_req(c, lang, True)} a introduit une demande de protection internationale le {d} ; la "
                      f"procédure est toujours en cours{r}. Tant qu'aucune décision définitive n'est prise, la "
                      f"dispense prévue à l'article 9ter, § 2, alinéa 3, s'applique.",
                "de": f"{_req(c, lang, True)} hat am {d} internationalen Schutz beantragt; das Verfahren läuft "
                      f"noch{r}. Solange keine endgültige Entscheidung vorliegt, gilt die Befreiung nach Artikel "
                      f"9ter § 2 Absatz 3.",
                "en": f"The applicant applied for international protection on {d}; the procedure is still pending"
                      f"{r}. As long as there is no final decision, the exemption of Article 9ter § 2, third "
                      f"paragraph, applies."}[lang]
    if k == "none":
        return {"nl": f"Het paspoort van {_req(c, lang)} werd bij de ambassade ter vernieuwing ingediend en zal "
                      f"worden overgemaakt zodra het terug is.",
                "fr": f"Le passeport {'de la requérante' if c.fem else 'du requérant'} a été déposé à l'ambassade "
                      f"pour renouvellement et sera transmis dès son retour.",
                "de": "Der Reisepass liegt zur Verlängerung bei der Botschaft und wird nach Rückgabe nachgereicht.",
                "en": "The applicant's passport is at the embassy for renewal and will be forwarded on its return."
                }[lang]
    items = [d[:1].lower() + d[1:] + _ref(c, key, lang) for key, d in c.annexes
             if key.startswith("id") and key != "id-tr"]
    if c.annex_no("id-tr"):
        items.append({"nl": "met de beëdigde vertaling", "fr": "avec sa traduction jurée",
                      "de": "mit beeidigter Übersetzung", "en": "with its sworn translation"}[lang]
                     + _ref(c, "id-tr", lang))
    lst = "; ".join(items) or "—"
    s = {"nl": f"De identiteit blijkt uit: {lst}.", "fr": f"L'identité est établie par les pièces suivantes : {lst}.",
         "de": f"Die Identität ergibt sich aus: {lst}.", "en": f"Identity is shown by: {lst}."}[lang]
    if k == "passport-expired":
        s += {"nl": " Dat het paspoort vervallen is, doet niet af aan de bewijskracht ervan voor de identiteit.",
              "fr": " Le fait que le passeport soit expiré n'ôte rien à sa force probante quant à l'identité.",
              "de": " Dass der Pass abgelaufen ist, ändert nichts an seiner Beweiskraft für die Identität.",
              "en": " That the passport has expired does not affect its value as proof of identity."}[lang]
    return s


def s37_medical(c: Case, lang: str) -> str:
    t = _ill(c, lang)
    doc = c.doctor.name()
    if "medcert_absent" in c.flags:
        src = {"nl": f"Uit het verslag van {doc} van {_dd(c, c.medstat_date, lang)}{_ref(c, 'medstat', lang)} blijkt",
               "fr": f"Il ressort du rapport du {doc} du {_dd(c, c.medstat_date, lang)}{_ref(c, 'medstat', lang)}",
               "de": f"Aus dem Bericht von {doc} vom {_dd(c, c.medstat_date, lang)}{_ref(c, 'medstat', lang)} "
                     f"ergibt sich",
               "en": f"The report of {doc} of {_dd(c, c.medstat_date, lang)}{_ref(c, 'medstat', lang)} shows"}[lang]
    else:
        src = {"nl": f"Uit het standaard medisch getuigschrift van {doc} van {_dd(c, c.cert_date, lang)}"
                     f"{_ref(c, 'medcert', lang)} blijkt",
               "fr": f"Il ressort du certificat médical type établi le {_dd(c, c.cert_date, lang)} par le {doc}"
                     f"{_ref(c, 'medcert', lang)}",
               "de": f"Aus dem standardisierten ärztlichen Attest von {doc} vom {_dd(c, c.cert_date, lang)}"
                     f"{_ref(c, 'medcert', lang)} ergibt sich",
               "en": f"The standard medical certificate of {doc} of {_dd(c, c.cert_date, lang)}"
                     f"{_ref(c, 'medcert', lang)} shows"}[lang]
    meds = "; ".join(t["meds"])
    return {"nl": f"{src} dat {_req(c, lang)} lijdt aan {t['name']}. {t['severity']} De noodzakelijke behandeling "
                  f"bestaat uit: {meds}. {t['intervention']} {t['duration']}",
            "fr": f"{src} que {_req(c, lang)} souffre de : {t['name']}. {t['severity']} Le traitement requis "
                  f"comprend : {meds}. {t['intervention']} {t['duration']}",
            "de": f"{src}, dass {_req(c, lang)} an {t['name']} leidet. {t['severity']} Notwendig ist: {meds}. "
                  f"{t['intervention']} {t['duration']}",
            "en": f"{src} that the applicant suffers from {t['name']}. {t['severity']} The required treatment is: "
                  f"{meds}. {t['intervention']} {t['duration']}"}[lang]


def s37_coi(c: Case, lang: str) -> str | None:
    if "no_coi" in c.flags:
        return None
    if not c.coi_in_app:
        n = c.annex_no("coi")
        if n is None:
            return None
        o = COUNTRIES[c.origin()]
        return {"nl": f"Voor de beschikbaarheid en toegankelijkheid van de behandeling in {o['nl']} wordt verwezen "
                      f"naar bijlage {n}. {_req(c, lang, True)} heeft nooit in een ander land wettig verbleven.",
                "fr": f"Quant à la disponibilité et à l'accessibilité du traitement {_in_country(c.origin(), 'fr')}, "
                      f"il est renvoyé à l'annexe {n}. {_req(c, lang, True)} n'a jamais séjourné légalement dans un "
                      f"autre pays.",
                "de": f"Zur Verfügbarkeit und Zugänglichkeit der Behandlung {_in_country(c.origin(), 'de')} wird auf "
                      f"Anlage {n} verwiesen. {_req(c, lang, True)} hat sich in keinem anderen Land rechtmäßig "
                      f"aufgehalten.",
                "en": f"On the availability and accessibility of treatment in {o['en']}, reference is made to annex "
                      f"{n}. The applicant has never resided lawfully in another country."}[lang]
    o, il = COUNTRIES[c.origin()], ILLNESSES[c.illness]
    inn, r = _in_country(c.origin(), lang), _ref(c, "coi", lang)
    dr = drug(c.illness, lang if lang != "en" else "en")
    ins = o.get("insurance_" + lang, o["insurance_en"])
    return {"nl": f"{_cap(inn)} is {dr} niet beschikbaar in de openbare ziekenhuizen{r}. Wie het privé koopt in "
                  f"{o['capital']}, betaalt ongeveer {il['cost']} per maand, terwijl een gemiddeld maandloon er "
                  f"{o['wage']} bedraagt. {ins} Specialistische opvolging is er enkel mogelijk in {o['hospital']}. "
                  f"{_req(c, lang, True)} heeft nooit in een ander land wettig verbleven.",
            "fr": f"{_cap(inn)}, {dr} n'est pas disponible dans les hôpitaux publics{r}. Acheté en privé à "
                  f"{o['capital']}, il coûte environ {il['cost']} par mois, pour un salaire mensuel moyen de "
                  f"{o['wage']}. {ins} Le suivi spécialisé n'est possible qu'à {o['hospital']}. {_req(c, lang, True)} "
                  f"n'a jamais séjourné légalement dans un autre pays.",
            "de": f"{_cap(inn)} ist {dr} in öffentlichen Krankenhäusern nicht verfügbar{r}. Privat gekauft kostet es "
                  f"in {o['capital']} etwa {il['cost']} im Monat, bei einem Durchschnittslohn von {o['wage']}. {ins} "
                  f"Fachärztliche Nachsorge gibt es nur in {o['hospital']}. {_req(c, lang, True)} hat sich in keinem "
                  f"anderen Land rechtmäßig aufgehalten.",
            "en": f"{_cap(inn)}, {dr} is not available in public hospitals{r}. Bought privately in {o['capital']} it "
                  f"costs about {il['cost']} a month, against an average monthly wage of {o['wage']}. {ins} "
                  f"Specialist follow-up is possible only at {o['hospital']}. The applicant has never resided "
                  f"lawfully in another country."}[lang]


def s37_other(c: Case, lang: str) -> str | None:
    out = []
    if c.previous_9ter:
        d = _dd(c, c.previous_9ter, lang)
        out.append({"nl": f"{_req(c, lang, True)} diende op {d} reeds een aanvraag op grond van artikel 9ter in, "
                          f"die nog hangende is. Die aanvraag wordt hierbij ingetrokken en vervangen door de "
                          f"huidige, die alle elementen ervan overneemt.",
                    "fr": f"{_req(c, lang, True)} a déjà introduit le {d} une demande fondée sur l'article 9ter, "
                          f"toujours pendante. Cette demande est retirée et remplacée par la présente, qui en reprend "
                          f"tous les éléments.",
                    "de": f"Am {d} wurde bereits ein noch anhängiger Antrag nach Artikel 9ter gestellt. Dieser wird "
                          f"hiermit zurückgenommen und durch den vorliegenden ersetzt, der alle seine Elemente "
                          f"übernimmt.",
                    "en": f"The applicant already lodged an application under Article 9ter on {d}, which is still "
                          f"pending. That application is hereby withdrawn and replaced by this one, which repeats "
                          f"all of its elements."}[lang])
    a = c.asylum
    if a and a.get("status") == "refused":
        d = _dd(c, a["refused_on"], lang)
        out.append({"nl": f"De asielprocedure werd op {d} afgesloten met een definitieve weigering.",
                    "fr": f"La procédure d'asile s'est clôturée le {d} par un refus définitif.",
                    "de": f"Das Asylverfahren endete am {d} mit einer endgültigen Ablehnung.",
                    "en": f"The asylum procedure ended on {d} with a final refusal."}[lang])
    return " ".join(out) or None


def s37_ask(c: Case, lang: str) -> str:
    return {"nl": f"{_req(c, lang, True)} verzoekt u daarom een machtiging tot verblijf van meer dan drie maanden toe "
                  f"te kennen op grond van artikel 9ter van de wet van 15 december 1980.",
            "fr": f"{_req(c, lang, True)} vous prie dès lors de lui accorder une autorisation de séjour de plus de "
                  f"trois mois sur pied de l'article 9ter de la loi du 15 décembre 1980.",
            "de": f"{_req(c, lang, True)} bittet daher um eine Aufenthaltserlaubnis von mehr als drei Monaten auf "
                  f"Grundlage von Artikel 9ter des Gesetzes vom 15. Dezember 1980.",
            "en": "The applicant therefore asks to be granted leave to stay for more than three months under "
                  "Article 9ter of the Law of 15 December 1980."}[lang]


# --------------------------------------------------------------------------- application 1: lawyer's letter

_LT = {
    "nl": dict(reg="Per aangetekende zending", to=["Aan de Dienst Vreemdelingenzaken", "Directie Toegang en Verblijf –"
               " Cel 9ter", "Pachecolaan 44", "1000 Brussel"], subj="AANVRAAG TOT MACHTIGING TOT VERBLIJF OP GROND "
               "VAN ARTIKEL 9TER VAN DE WET VAN 15 DECEMBER 1980", sal="Geachte mevrouw, geachte heer,",
               close="Met de meeste hoogachting,", heads=["I. Identificatie", "II. Verblijf en woonplaatskeuze",
               "III. Gezinsleden", "IV. Identiteitsbewijs", "V. Medische toestand", "VI. Toegankelijkheid van de zorg "
               "in het herkomstland", "VII. Vorige procedures", "VIII. Verzoek"], sig="Voor verzoeker, de raadsman,",
               sigf="Voor verzoekster, de raadsman,", inv="Bijlagen", intro="Ik richt mij tot u als raadsman van "
               "{nm}, die hierbij een aanvraag indient op grond van artikel 9ter van de wet van 15 december 1980.",
               side=["Advocaten", "Balie"], page="blad {i}"),
    "fr": dict(reg="Par envoi recommandé", to=["À l'Office des Étrangers", "Direction Accès et Séjour – Cellule 9ter",
               "Boulevard Pachéco 44", "1000 Bruxelles"], subj="DEMANDE D'AUTORISATION DE SÉJOUR FONDÉE SUR L'ARTICLE "
               "9TER DE LA LOI DU 15 DÉCEMBRE 1980", sal="Madame, Monsieur,", close="Veuillez agréer, Madame, "
               "Monsieur, l'expression de mes sentiments distingués.", heads=["I. Identification", "II. Résidence et "
               "élection de domicile", "III. Membres de la famille", "IV. Preuve de l'identité", "V. Situation "
               "médicale", "VI. Accessibilité des soins au pays d'origine", "VII. Procédures antérieures",
               "VIII. Demande"], sig="Pour le requérant, son conseil,", sigf="Pour la requérante, son conseil,",
               inv="Annexes", intro="J'ai l'honneur de m'adresser à vous en qualité de conseil de {nm}, qui introduit "
               "par la présente une demande sur la base de l'article 9ter de la loi du 15 décembre 1980.",
               side=["Avocats", "Barreau"], page="page {i}"),
    "de": dict(reg="Per Einschreiben", to=["An das Ausländeramt", "Direktion Zugang und Aufenthalt – Zelle 9ter",
               "Pachecolaan 44", "1000 Brüssel"], subj="ANTRAG AUF AUFENTHALTSERLAUBNIS NACH ARTIKEL 9TER DES GESETZES "
               "VOM 15. DEZEMBER 1980", sal="Sehr geehrte Damen und Herren,", close="Mit vorzüglicher Hochachtung",
               heads=["I. Personalien", "II. Wohnort und Zustellungsanschrift", "III. Familienangehörige",
               "IV. Identitätsnachweis", "V. Gesundheitszustand", "VI. Zugang zur Behandlung im Herkunftsland",
               "VII. Frühere Verfahren", "VIII. Antrag"], sig="Für den Antragsteller, der Rechtsbeistand,",
               sigf="Für die Antragstellerin, der Rechtsbeistand,", inv="Anlagen", intro="Als Rechtsbeistand von "
               "{nm} stelle ich hiermit einen Antrag nach Artikel 9ter des Gesetzes vom 15. Dezember 1980.",
               side=["Rechtsanwälte", "Kammer"], page="Seite {i}"),
    "en": dict(reg="By registered post", to=["To the Immigration Office", "Access and Residence – 9ter Unit",
               "Pachecolaan 44", "1000 Brussels"], subj="APPLICATION FOR LEAVE TO STAY UNDER ARTICLE 9TER OF THE LAW "
               "OF 15 DECEMBER 1980", sal="Dear Sir or Madam,", close="Yours faithfully,", heads=["I. Identification",
               "II. Residence and elected domicile", "III. Family members", "IV. Proof of identity", "V. Medical "
               "condition", "VI. Access to care in the country of origin", "VII. Earlier procedures", "VIII. Request"],
               sig="For the applicant, counsel,", sigf="For the applicant, counsel,", inv="Annexes",
               intro="I write to you as counsel for {nm}, who hereby applies under Article 9ter of the Law of 15 "
               "December 1980.", side=["Lawyers", "Bar"], page="page {i}"),
}


def app_letter(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """A lawyer's letter in P052 (Palatino-like) with a NARROW RIGHT-HAND COLUMN on the first page that lists the
    firm's lawyers, address, bank account and bar under a monogram in a circle; the text runs in the left 132 mm;
    the registered-mail mention in italics under the date at the left; the subject in bold capitals; the body
    divided by Roman-numbered headings on their own lines ('I. Identificatie' ...); at the end, the closing words,
    then the label 'Voor verzoeker, de raadsman,' ABOVE the signature and the typed name UNDER it; the annexes as a
    numbered list; from page 2 a header line with the client's surname and 'blad n' at the right."""
    L, R = c.lawyer, _LT[lang]
    f, fb, fi = PAL, PAL_B, PAL_I
    size = 10
    nm = name_in(c.p, c.name_style)
    mono = "".join(w[0] for w in L["firm"].split() if w[:1].isupper())[:3]
    others = rng.sample(["Tom Claessens", "Nadia El Kaddouri", "Inge Verbeke", "Pierre Lemaire", "Sarah Dupuis",
                         "Bram Goossens"], 2)

    def new_page(i: int):
        sh = Sheet()
        if i == 0:
            sh.stamp(163, 10, [mono], rng, shape="round", size_mm=18, color=(40, 40, 46), angle=0)
            x, y = 158, 34
            sh.rule(154, 30, 154, 250, width_mm=0.2, color=GREY)
            sh.text(x, y, glyphs(L["firm"], fb), font=fb, size_pt=fit(L["firm"], fb, 9, 36))
            y += 7
            sh.text(x, y, R["side"][0], font=fi, size_pt=8, color=GREY)
            y += 4.5
            for n in [f"{L['first']} {L['last']}"] + others:
                sh.text(x, y, n, font=f, size_pt=8)
                y += 4
            y += 4
            for ln in (L["street"], f"{L['pc']} {L['city']}", L["tel"], L["mail"]):
                sh.text(x, y, glyphs(ln, f), font=f, size_pt=fit(ln, f, 7.6, 36))
                y += 4
            y += 4
            sh.text(x, y, f"{R['side'][1]} {L['city']}", font=f, size_pt=7.6, color=GREY)
            sh.text(x, y + 4, f"BE{rng.randint(10, 99)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} "
                              f"{rng.randint(1000, 9999)}", font=f, size_pt=7.2, color=GREY)
            for k, ln in enumerate(R["to"]):
                sh.text(20, 40 + k * 5, ln, font=f, size_pt=10.2)
            sh.text(20, 68, f"{L['city']}, {_long(c.app_date, lang)}", font=f, size_pt=10)
            sh.text(20, 73.5, R["reg"], font=fi, size_pt=10)
            return sh, 84
        sh.text(20, 12, f"{c.p.surname.upper()} – 9ter", font=fi, size_pt=8, color=GREY)
        sh.text(148, 12, R["page"].format(i=i + 1), font=fi, size_pt=8, color=GREY, anchor="right")
        sh.rule(20, 16, 148, 16, width_mm=0.15, color=GREY)
        return sh, 24

    W = 128
    pg = Pager(new_page, bottom=275)
    for ln in wrap(R["subj"], W, fb, size):
        pg.sh.text(20, pg.y, ln, font=fb, size_pt=size)
        pg.y += 4.8
    pg.y += 4
    pg.lines(20, W, R["sal"], font=f, size=size, gap=2.5)
    pg.lines(20, W, R["intro"].format(nm=nm), font=f, size=size, gap=3)
    H = R["heads"]
    home = " ".join(x for x in (s37_home(c, lang), s37_domicile(c, lang)) if x)
    for head, body, tag in ((H[0], s37_person(c, lang), "personal"), (H[1], home, "residence"),
                            (H[2], s37_family(c, lang), "family"), (H[3], s37_identity(c, lang), "identity"),
                            (H[4], s37_medical(c, lang), "medical"), (H[5], s37_coi(c, lang), "coi"),
                            (H[6], s37_other(c, lang), "parallel"), (H[7], s37_ask(c, lang), None)):
        if not body:
            continue
        pg.ensure(14)
        pg.tag(tag)
        pg.sh.text(20, pg.y, head, font=fb, size_pt=size + 0.5)
        pg.y += 6
        pg.lines(20, W, body, font=f, size=size, gap=3.5, tag=tag)
    pg.ensure(48)
    pg.tag("signature")
    sh, y = pg.sh, pg.y + 2
    for j, r_ in enumerate(wrap(R["close"], W, f, size)):
        sh.text(20, y + j * 4.9, r_, font=f, size_pt=size)
    y += 4.9 * len(wrap(R["close"], W, f, size)) + 4
    sh.text(20, y, R["sigf"] if c.fem else R["sig"], font=fi, size_pt=size)
    if "unsigned" not in c.flags:
        sh.signature(22 + rng.uniform(0, 12), y + 4, rng.uniform(40, 52), 15, rng,
                     color=rng.choice([INK_BLUE, INK_BLACK]))
    sh.text(20, y + 21, f"{L['first']} {L['last'].upper()}", font=fb, size_pt=size)
    sh.text(20, y + 26, {"nl": "advocaat", "fr": "avocat" + ("e" if L["sex"] == "F" else ""),
                         "de": "Rechtsanwalt" + ("in" if L["sex"] == "F" else ""), "en": "lawyer"}[lang],
            font=fi, size_pt=9, color=GREY)
    pg.y = y + 36
    ann = [d for _, d in c.annexes]
    if ann:
        pg.ensure(16)
        pg.lines(20, W, R["inv"] + ":", font=fb, size=size, gap=1.5)
        for i, d in enumerate(ann, 1):
            pg.lines(20, W, f"{i}) {d}", font=f, size=size - 0.8, gap=0.5)
    return pg.pages, pg.tags


for _lg, _d_ in (
    ("nl", "lawyer's letter in Palatino with a narrow right column listing the firm, Roman-numbered headings on their "
           "own lines, label above the signature, name under it"),
    ("fr", "lettre d'avocat, colonne étroite à droite avec le cabinet, intertitres numérotés en chiffres romains, "
           "mention au-dessus de la signature"),
    ("de", "Anwaltsschreiben mit schmaler rechter Spalte, römisch nummerierte Überschriften, Bezeichnung über der "
           "Unterschrift"),
    ("en", "the same lawyer's letter written in English (not accepted)"),
):
    _reg(f"be9ter-app-{_lg}-lawyer-prose-rechterkolom-romeinse-koppen-label-boven-handtekening-37", "application",
         PART, _lg, (lambda c, r, lg=_lg: app_letter(c, r, lang=lg)), _d_)


# --------------------------------------------------------------------------- application 2: social service form

_FM = {
    "nl": dict(org="Medisch Steunpunt Vluchtelingen vzw – Antwerpen", title="AANVRAAGFORMULIER 9TER",
               sub="Aanvraag om machtiging tot verblijf om medische redenen (art. 9ter Vreemdelingenwet) – aangetekend "
                   "te versturen aan DVZ, Pachecolaan 44, 1000 Brussel",
               blocks=["A  Persoonsgegevens van de aanvrager", "B  Verblijfplaats en keuze van woonplaats",
                       "C  Gezinsleden die de aanvraag mee indienen", "D  Identiteit", "E  Medische gegevens",
                       "F  Behandeling in het land van herkomst", "G  Andere procedures", "H  Ondertekening"],
               f=["Familienaam", "Voornaam", "Nationaliteit", "Geboortedatum", "Geboorteplaats", "Geboorteland",
                  "Rijksregisternr. / OV-nr.", "Adres waar ik effectief verblijf", "Gekozen woonplaats",
                  "Naam, geboortedatum, band", "Voorgelegde stukken", "Ziekte en behandeling (zie SMG)",
                  "Beschikbaarheid en toegankelijkheid", "Vorige 9ter-aanvraag / asiel", "Datum", "Plaats"],
               sign="Handtekening van de aanvrager", ask="Ik vraag een machtiging tot verblijf op grond van artikel "
               "9ter van de wet van 15 december 1980.", none="geen", att="Bijlagen (nummer – omschrijving)"),
    "fr": dict(org="Service social Migrants et Santé asbl – Liège", title="FORMULAIRE DE DEMANDE 9TER",
               sub="Demande d'autorisation de séjour pour raisons médicales (art. 9ter) – à envoyer par recommandé à "
                   "l'OE, Boulevard Pachéco 44, 1000 Bruxelles",
               blocks=["A  Données personnelles du demandeur", "B  Résidence et élection de domicile",
                       "C  Membres de la famille inclus dans la demande", "D  Identité", "E  Données médicales",
                       "F  Traitement au pays d'origine", "G  Autres procédures", "H  Signature"],
               f=["Nom", "Prénom", "Nationalité", "Date de naissance", "Lieu de naissance", "Pays de naissance",
                  "N° registre national / SP", "Adresse de résidence effective", "Domicile élu",
                  "Nom, date de naissance, lien", "Pièces produites", "Maladie et traitement (voir CMT)",
                  "Disponibilité et accessibilité", "Demande 9ter antérieure / asile", "Date", "Lieu"],
               sign="Signature du demandeur", ask="Je sollicite une autorisation de séjour sur la base de l'article 9ter "
               "de la loi du 15 décembre 1980.", none="néant", att="Annexes (numéro – description)"),
}


def app_form(c: Case, rng: random.Random, *, lang: str, hand: bool) -> tuple[list[Sheet], dict]:
    """A social service's own two-page application form: the organisation's name in URW Gothic on a dark strip at the
    TOP LEFT, the form title at the right; lettered blocks (A–H) each framed, the block letter in a filled square at
    the block's upper left; within a block the fields as boxes with the caption printed small in the box's TOP
    LEFT corner and the answer below it — typed in Liberation Mono or written in ballpoint (Breip hand); the
    signature box at the end with its caption printed UNDER the box's line."""
    R = _FM[lang]
    F = R["f"]
    p = c.p
    ink = rng.choice([INK_BLUE, INK_BLACK])
    vf = BREIP if hand else LMONO

    def new_page(i: int):
        sh = Sheet()
        sh.rect(15, 10, 112, 9, width_mm=0, fill=(46, 52, 64))
        sh.text(18, 12, glyphs(R["org"], GOTH_B), font=GOTH_B, size_pt=fit(R["org"], GOTH_B, 9, 106),
                color=(255, 255, 255))
        sh.text(195, 11, R["title"], font=GOTH_B, size_pt=11, anchor="right")
        sh.text(195, 16.5, f"{i + 1}/2", font=GOTH, size_pt=8, anchor="right", color=GREY)
        if i == 0:
            y = sh.paragraph(15, 23, 180, R["sub"], font=GOTH_I, size_pt=8, color=GREY)
            return sh, y + 3
        return sh, 25

    pg = Pager(new_page, bottom=280)

    def val(sh, x, y, w, s):
        s = str(s or "")
        if not s:
            return
        if hand:
            s2 = glyphs(s, BREIP)
            sh.handwriting(x, y - 1.2, s2, rng, size_pt=fit(s2, BREIP, 12, w / 1.08), font=BREIP, color=ink)
        else:
            sh.text(x, y, s, font=LMONO, size_pt=fit(s, LMONO, 9.5, w))

    def block(title, tag=None):
        pg.ensure(24)
        pg.tag(tag)
        sh = pg.sh
        sh.rect(15, pg.y, 6, 6, width_mm=0, fill=(46, 52, 64))
        sh.text(18, pg.y + 0.8, title[0], font=GOTH_B, size_pt=9, anchor="center", color=(255, 255, 255))
        sh.text(23.5, pg.y + 0.8, title[3:], font=GOTH_B, size_pt=10)
        pg.y += 8

    def row(cells, tag=None, h=11):
        pg.ensure(h + 1)
        pg.tag(tag)
        sh = pg.sh
        x = 15
        for cap, v, w in cells:
            sh.rect(x, pg.y, w, h, width_mm=0.25)
            sh.text(x + 1, pg.y + 0.7, cap, font=GOTH, size_pt=6.2, color=GREY)
            val(sh, x + 1.5, pg.y + 4.6, w - 3, v)
            x += w
        pg.y += h

    def tall(cap, text, tag=None, nmin=2):
        lines = wrap(text, 174, vf, 11 if hand else 9.3) if text else []
        k = max(nmin, len(lines))
        step = 5.6 if hand else 4.4
        h = 5 + k * step + 1.5
        if pg.y + h > pg.bottom:
            pg.new()
        pg.tag(tag)
        sh = pg.sh
        sh.rect(15, pg.y, 180, h, width_mm=0.25)
        sh.text(16, pg.y + 0.7, cap, font=GOTH, size_pt=6.2, color=GREY)
        for j, ln in enumerate(lines):
            val(sh, 16.5, pg.y + 4.6 + j * step, 176, ln)
        pg.y += h

    block(R["blocks"][0], "personal")
    row([(F[0], p.surname.upper(), 90), (F[1], p.given_names, 90)], "personal")
    nat = "" if "no_nationality" in c.flags else COUNTRIES[p.nationality][lang]
    row([(F[2], nat, 60), (F[3], c.d(p.birth_date, lang), 50), (F[6], c.nrn or c.ov, 70)], "personal")
    nb = "no_birthplace" in c.flags
    row([(F[4], "" if nb else p.birth_place, 90), (F[5], "" if nb else cname(c.birth_cc(), lang), 90)], "personal")
    pg.y += 3
    block(R["blocks"][1], "residence")
    home = "" if "no_address" in c.flags else addr_str(c.addr, lang, c.addr_style)
    row([(F[7], home, 180)], "residence")
    dom = ""
    if "no_domicile" not in c.flags and c.domicile != "none":
        if c.domicile == "lawyer" and c.lawyer:
            L = c.lawyer
            dom = (f"{'Mr.' if lang == 'nl' else 'Me'} {L['first']} {L['last']}, {L['street']}, {L['pc']} "
                   f"{L['city']}")
        elif c.domicile == "other" and c.other_domicile:
            dom = c.other_domicile
        elif home:
            dom = {"nl": "idem (adres hierboven)", "fr": "idem (adresse ci-dessus)"}[lang]
    row([(F[8], dom, 180)], "residence")
    pg.y += 3
    block(R["blocks"][2], "family")
    fam = _members(c, lang)
    tall(F[9], "; ".join(fam) if fam else R["none"], "family", nmin=1)
    pg.y += 3
    block(R["blocks"][3], "identity")
    tall(F[10], s37_identity(c, lang), "identity")
    pg.y += 3
    block(R["blocks"][4], "medical")
    tall(F[11], s37_medical(c, lang), "medical", nmin=3)
    pg.y += 3
    block(R["blocks"][5], "coi")
    tall(F[12], s37_coi(c, lang) or "", "coi", nmin=2)
    pg.y += 3
    block(R["blocks"][6], "parallel")
    tall(F[13], s37_other(c, lang) or R["none"], "parallel", nmin=1)
    ann = [d for _, d in c.annexes]
    if ann:
        tall(R["att"], " · ".join(f"{i}. {d}" for i, d in enumerate(ann, 1)), None, nmin=2)
    pg.y += 3
    pg.ensure(52)
    block(R["blocks"][7], "signature")
    pg.lines(15, 180, R["ask"], font=GOTH, size=9.5, gap=2)
    city = c.addr.city if "no_address" not in c.flags else (c.lawyer or {}).get("city", "Bruxelles")
    row([(F[15], city, 90), (F[14], c.d(c.app_date, lang), 90)], "signature")
    sh = pg.sh
    y = pg.y + 4
    if "unsigned" not in c.flags:
        sh.signature(30 + rng.uniform(0, 20), y + 2, rng.uniform(44, 56), 17, rng, color=ink)
    sh.rule(20, y + 21, 110, y + 21, width_mm=0.3)
    sh.text(20, y + 22.5, R["sign"], font=GOTH, size_pt=8, color=GREY)
    pg.y = y + 30
    return pg.pages, pg.tags


for _lg, _hd, _d_ in (
    ("nl", True, "social service's lettered application form (A–H), captions in the boxes' top-left corners, "
                 "filled in by hand; signature over a line with its caption under it"),
    ("fr", False, "formulaire à blocs lettrés A–H d'un service social, légendes dans le coin des cases, rempli à la "
                  "machine ; signature au-dessus de la ligne"),
):
    _reg(f"be9ter-app-{_lg}-form-blokletters-a-h-bijschrift-in-hoek-handtekening-boven-lijn-37", "application", PART,
         _lg, (lambda c, r, lg=_lg, hd=_hd: app_form(c, r, lang=lg, hand=hd)), _d_)


# --------------------------------------------------------------------------- medical certificate 2024, typed


def medcert_2024_typed(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The 2024 model printed from a hospital's record system: the title in Caladea capitals at the left with the
    model's reference in a thin box at the upper RIGHT; every numbered section a full-width ruled box whose title
    sits in a grey strip inside the box's top; the answers typed in Caladea; the degree of severity as four round
    radio buttons in a row, the chosen one filled; the doctor's block at the end: date at the left, then the label
    'Handtekening en stempel van de arts' ABOVE a large box holding the signature and, at its right, the doctor's
    stamp; 'p. i/n' centred at the foot of each page."""
    Mx, v = MC_NEW[lang], _values(c, lang, rng)
    d = c.doctor
    f, fb, fi = CAL, CAL_B, CAL_I
    L3 = lang if lang in ("nl", "fr", "de") else "nl"

    def new_page(i: int):
        sh = Sheet()
        if i == 0:
            sh.text(18, 13, Mx["title"], font=fb, size_pt=14)
            sh.rect(134, 9, 58, 10, width_mm=0.2)
            sh.text(136, 10.5, glyphs(Mx["model"], fi), font=fi, size_pt=fit(Mx["model"], fi, 7.6, 54))
            y = sh.paragraph(18, 22, 174, Mx["law"], font=fi, size_pt=8, leading=1.2, color=GREY)
            return sh, y + 4
        sh.text(18, 12, Mx["title"].title(), font=fi, size_pt=8, color=GREY)
        return sh, 20

    pg = Pager(new_page, bottom=276)

    def section(title, body_rows, tag=None, extra=0.0, draw_extra=None):
        rows = []
        for lab, val in body_rows:
            if lab:
                rows.append(("L", lab))
            for ln in (wrap(val, 168, f, 10) if val else [""]):
                rows.append(("V", ln))
        h = 7 + sum(4.3 if k == "L" else 5 for k, _ in rows) + extra + 2
        pg.ensure(h + 2)
        pg.tag(tag)
        sh = pg.sh
        y0 = pg.y
        sh.rect(18, y0, 174, h, width_mm=0.3)
        sh.rect(18, y0, 174, 6, width_mm=0, fill=(226, 226, 226))
        sh.text(20, y0 + 1, glyphs(title, fb), font=fb, size_pt=fit(title, fb, 9.6, 170))
        y = y0 + 7.5
        if draw_extra:
            draw_extra(sh, y)
            y += extra
        for k, t in rows:
            if k == "L":
                sh.text(21, y, t, font=fi, size_pt=8.4, color=GREY)
                y += 4.3
            else:
                sh.text(21, y, t, font=f, size_pt=10)
                y += 5
        pg.y = y0 + h + 2.5

    section(Mx["s1"], [(f"{Mx['name']} / {Mx['first']}", f"{v['surname']} {v['first']}".strip()),
                       (f"{Mx['bd']} – {Mx['nat']}", f"{v['bd']}   {v['nat']}".strip())], "patient")
    section(Mx["s2"], [(Mx["dname"], d.name()), (Mx["riziv"], v["riziv"]),
                       (Mx["spec"], SPECIALTY[d.spec].get(L3, "")), (Mx["daddr"], f"{d.street}, {d.pc} {d.city}")],
            "doctor")
    section(Mx["s3"], [(None, fdate(c.cert_date - timedelta(days=rng.randint(150, 1500)), "dots", lang))])
    section(Mx["s4"], [(None, v["hist"])])
    section(Mx["s5"], [(None, f"{v['ill']} ({v['icd']})" if v["ill"] else "")], "illness")
    k = None if "mc_no_severity" in c.flags else rng.choice([2, 2, 3])

    def radios(sh, y):
        x = 22
        for i, o in enumerate(Mx["sevopts"]):
            sh.rect(x, y + 0.3, 3.6, 3.6, width_mm=0.3)
            if i == k:
                sh.rect(x + 0.8, y + 1.1, 2.0, 2.0, width_mm=0, fill=(20, 20, 20))
            x += 6 + sh.text(x + 5, y, o, font=f, size_pt=10) + 8

    section(Mx["s6"], [(Mx["s6b"], v["sev"])], "severity", extra=7, draw_extra=radios)
    section(Mx["s7"], [(Mx["s7a"], v["meds"]), (Mx["s7b"], v["interv"]), (Mx["s7c"], v["dur"])], "treatment")
    section(Mx["s8"], [(None, v["cons"])])
    section(Mx["s9"], [(None, v["prog"])])
    section(Mx["s10"], [(None, v["needs"])])
    section(Mx["s11"], [(None, v["travel"])])
    pg.ensure(52)
    pg.tag("signature")
    sh, y = pg.sh, pg.y + 3
    sh.text(18, y, f"{Mx['date']}: {v['date']}", font=fb, size_pt=10.5)
    sh.text(18, y + 8, Mx["sign"], font=fi, size_pt=9, color=GREY)
    sh.rect(18, y + 13, 174, 32, width_mm=0.3)
    if v["signed"]:
        sh.signature(26 + rng.uniform(0, 14), y + 18, rng.uniform(44, 56), 17, rng,
                     color=rng.choice([INK_BLUE, INK_BLACK]))
    sh.stamp(120 + rng.uniform(0, 12), y + 15, _stamp_lines(c, L3, bool(v["riziv"])), rng, shape="rect", size_mm=40,
             color=rng.choice([STAMP_BLUE, STAMP_VIOLET]), angle=rng.uniform(-5, 5))
    N = len(pg.pages)
    for i, s_ in enumerate(pg.pages, 1):
        s_.text(105, 287, f"p. {i}/{N}", font=f, size_pt=8, anchor="center", color=GREY)
    return pg.pages, pg.tags


for _lg, _d_ in (
    ("nl", "2024 model printed from a hospital record system: sections as ruled boxes with grey title strips, "
           "radio buttons for the severity, label above a large signature box with the stamp at its right"),
    ("fr", "modèle 2024 imprimé depuis le dossier hospitalier : sections encadrées à bandeau gris, boutons radio "
           "pour la gravité, cadre de signature sous la mention"),
    ("de", "Muster 2024 aus dem Krankenhaussystem gedruckt, Abschnitte in Rahmen mit grauem Titelstreifen"),
    ("en", "the 2024 model filled in in English (not accepted)"),
):
    _reg(f"be9ter-medcert-2024-{_lg}-ziekenhuissysteem-kaders-grijze-strook-rondjes-handtekeningvak-37",
         "medical-certificate", PART, _lg, (lambda c, r, lg=_lg: medcert_2024_typed(c, r, lang=lg)), _d_)


# --------------------------------------------------------------------------- medical certificate 2024, by hand


def medcert_2024_hand(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The 2024 form printed blank in DejaVu Serif with three or four ruled writing lines under each question,
    filled in by a GP by hand (Breip hand, blue or black ballpoint); the degree of severity chosen by a hand-drawn
    ring AROUND the word; the RIZIV number written on its line; at the end the practice stamp first and the
    signature BELOW it, with the date written in BESIDE its label; the page photocopied on slightly yellow paper."""
    Mx, v = MC_NEW[lang], _values(c, lang, rng)
    d = c.doctor
    ink = rng.choice([INK_BLUE, INK_BLACK])
    L3 = lang if lang in ("nl", "fr", "de") else "nl"
    f, fb = DJS, DJS_B

    def new_page(i: int):
        sh = Sheet()
        if i == 0:
            sh.text(105, 12, Mx["title"], font=fb, size_pt=12.5, anchor="center")
            y = sh.paragraph(22, 18, 166, Mx["law"], font=f, size_pt=7, leading=1.2, align="center", color=GREY)
            sh.text(105, y + 1, Mx["model"], font=f, size_pt=7, anchor="center", color=GREY)
            return sh, y + 8
        return sh, 16

    pg = Pager(new_page, bottom=272)

    def hw(sh, x, y, s, w=160):
        s2 = glyphs(s, BREIP)
        sh.handwriting(x, y, s2, rng, size_pt=fit(s2, BREIP, 12, w / 1.08), font=BREIP, color=ink)

    def q(title, answer, tag=None, nlines=3, label=None):
        rows = wrap(answer, 158, BREIP, 12.5) if answer else []
        n = max(nlines, len(rows))
        h = 6 + (4.5 if label else 0) + n * 6.6
        pg.ensure(h + 2)
        pg.tag(tag)
        sh = pg.sh
        sh.text(20, pg.y, glyphs(title, fb), font=fb, size_pt=fit(title, fb, 9.2, 170))
        y = pg.y + 5.5
        if label:
            sh.text(22, y, label, font=f, size_pt=7.8, color=GREY)
            y += 4.5
        for j in range(n):
            sh.rule(22, y + 5.4, 190, y + 5.4, width_mm=0.15, color=(150, 150, 150))
            if j < len(rows):
                hw(sh, 23, y - 0.4, rows[j])
            y += 6.6
        pg.y = y + 2

    pg.tag("patient")
    q(Mx["s1"], f"{v['surname']} {v['first']}  –  {v['bd']}  –  {v['nat']}".strip(" –") if v["surname"] else "",
      "patient", nlines=2)
    q(Mx["s2"], f"{d.name()}, {SPECIALTY[d.spec].get(L3, '')}, {d.street}, {d.pc} {d.city}", "doctor", nlines=2)
    pg.ensure(10)
    pg.tag("doctor")
    sh = pg.sh
    sh.text(22, pg.y, f"{Mx['riziv']}:", font=f, size_pt=8.6)
    sh.rule(48, pg.y + 4.8, 110, pg.y + 4.8, width_mm=0.15, color=(150, 150, 150))
    if v["riziv"]:
        hw(sh, 50, pg.y - 1.2, v["riziv"], 58)
    pg.y += 9
    q(Mx["s3"], fdate(c.cert_date - timedelta(days=rng.randint(200, 1500)), "slashes", lang), nlines=1)
    q(Mx["s4"], v["hist"], nlines=2)
    q(Mx["s5"], f"{v['ill']} ({v['icd']})" if v["ill"] else "", "illness", nlines=2)
    pg.ensure(30)
    pg.tag("severity")
    sh = pg.sh
    sh.text(20, pg.y, glyphs(Mx["s6"], fb), font=fb, size_pt=9.2)
    y = pg.y + 6
    x = 26
    k = None if "mc_no_severity" in c.flags else rng.choice([2, 3, 2])
    for i, o in enumerate(Mx["sevopts"]):
        w = sh.text(x, y, o, font=f, size_pt=9.6)
        if i == k:
            from PIL import Image, ImageDraw
            n = 40
            im = Image.new("RGBA", (int((w + 6) * n / 4), int(9 * n / 4)), (0, 0, 0, 0))
            dd = ImageDraw.Draw(im)
            dd.ellipse([3, 3, im.width - 4, im.height - 4], outline=ink + (255,), width=5)
            sh.image(x - 3, y - 2.6, w + 6, 9, im.rotate(rng.uniform(-4, 4)), blend="multiply")
        x += w + 14
    pg.y = y + 9
    q("", v["sev"], "severity", nlines=2, label=Mx["s6b"])
    q(Mx["s7"], v["meds"], "treatment", nlines=2, label=Mx["s7a"])
    q("", v["interv"], None, nlines=1, label=Mx["s7b"])
    q("", v["dur"], None, nlines=1, label=Mx["s7c"])
    q(Mx["s8"], v["cons"], nlines=2)
    q(Mx["s9"], v["prog"], nlines=1)
    q(Mx["s10"], v["needs"], nlines=2)
    q(Mx["s11"], v["travel"], nlines=1)
    pg.ensure(62)
    pg.tag("signature")
    sh, y = pg.sh, pg.y + 2
    sh.stamp(24 + rng.uniform(0, 8), y, _stamp_lines(c, L3, bool(v["riziv"])), rng, shape="rect", size_mm=38,
             color=rng.choice([STAMP_BLUE, STAMP_VIOLET]), angle=rng.uniform(-6, 6))
    if v["signed"]:
        sh.signature(28 + rng.uniform(0, 10), y + 22, rng.uniform(42, 52), 16, rng, color=ink)
    sh.text(110, y + 10, f"{Mx['date']}:", font=f, size_pt=9)
    hw(sh, 128, y + 8.5, v["date"], 58)
    sh.text(110, y + 30, Mx["sign"], font=f, size_pt=8, color=GREY)
    pages = [sheet_of(yellowed(s_.render(200), rng, strength=0.3)) for s_ in pg.pages]
    return pages, pg.tags


for _lg, _d_ in (
    ("nl", "2024 form filled in by hand on ruled lines, the severity ringed, stamp first and signature below it, "
           "copied on yellowish paper"),
    ("fr", "modèle 2024 rempli à la main sur lignes, gravité entourée, cachet puis signature en dessous"),
):
    _reg(f"be9ter-medcert-2024-{_lg}-hand-lijntjes-ernst-omcirkeld-stempel-boven-handtekening-37",
         "medical-certificate", PART, _lg, (lambda c, r, lg=_lg: medcert_2024_hand(c, r, lang=lg)), _d_)


# --------------------------------------------------------------------------- medical certificate, previous model


def medcert_old(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The previous model (A/ to G/) typed on an office typewriter in FreeMono: the title and the law's reference
    centred and underlined with typed hyphens; each heading in capitals, the answer indented under it; the patient
    line and the date typed; at the foot the label 'Naam, handtekening en stempel van de geneesheer' at the LEFT with
    the signature BESIDE it at the right and the RIZIV number typed under the label; the sheet folded in four for
    the post."""
    Mx, v = MC_OLD[lang], _values(c, lang, rng)
    d = c.doctor
    L3 = lang if lang in ("nl", "fr", "de") else "nl"
    f, fb = FMONO, LMONO_B

    def new_page(i: int):
        sh = Sheet()
        if i == 0:
            sh.text(105, 16, Mx["title"], font=fb, size_pt=12, anchor="center")
            sh.text(105, 22, "-" * len(Mx["title"]), font=f, size_pt=12, anchor="center")
            sh.text(105, 28, glyphs(Mx["sub"], f), font=f, size_pt=9.5, anchor="center")
            sh.text(105, 33, glyphs(Mx["law"], f), font=f, size_pt=9.5, anchor="center")
            return sh, 44
        sh.text(190, 12, f"- {i + 1} -", font=f, size_pt=9, anchor="right")
        return sh, 22

    pg = Pager(new_page, bottom=275)
    pg.tag("patient")
    pg.lines(20, 170, f"{Mx['pat']}: {v['pat']}", font=f, size=10, gap=0.8, tag="patient")
    pg.lines(20, 170, f"{Mx['bd']}: {v['bd']}     {Mx['nat']}: {v['nat']}", font=f, size=10, gap=4)

    def head(t, tag=None):
        pg.lines(20, 170, t.upper() if len(t) < 70 else t, font=fb, size=9.2, gap=1.2, tag=tag)

    def ans(t, tag=None, gap=3.5):
        if t:
            pg.lines(26, 164, t, font=f, size=10, gap=gap, tag=tag)
        else:
            pg.y += 8
            pg.tag(None)

    head(Mx["A"])
    ans(v["hist"])
    head(Mx["B"])
    ans(f"{Mx['diag']} {v['ill']}" + (f" – ICD-10 {v['icd']}" if v["ill"] else ""), "illness", gap=1)
    ans(f"{Mx['sev']} {v['sev']}", "severity")
    head(Mx["C"], "treatment")
    ans(f"{Mx['med']} {v['meds']}", "treatment", gap=1)
    ans(f"{Mx['interv']} {v['interv']}", gap=1)
    ans(f"{Mx['dur']} {v['dur']}")
    head(Mx["D"])
    ans(v["cons"])
    head(Mx["E"])
    ans(v["prog"])
    head(Mx["F"])
    ans(v["needs"])
    head(Mx["G"])
    ans(v["travel"])
    pg.ensure(48)
    pg.tag("signature")
    sh, y = pg.sh, pg.y + 4
    sh.text(20, y, f"{Mx['date']} {v['date']}", font=f, size_pt=10)
    sh.text(20, y + 9, glyphs(Mx["sign"], f), font=f, size_pt=9, )
    sh.text(20, y + 15, d.name(), font=f, size_pt=10)
    sh.text(20, y + 20, f"{SPECIALTY[d.spec].get(L3, '')}", font=f, size_pt=10)
    if v["riziv"]:
        sh.text(20, y + 25, f"{Mx['riziv']} {v['riziv']}", font=f, size_pt=10)
    if v["signed"]:
        sh.signature(128 + rng.uniform(0, 10), y + 6, rng.uniform(40, 50), 16, rng,
                     color=rng.choice([INK_BLUE, INK_BLACK]))
    sh.stamp(122, y + 22, _stamp_lines(c, L3, bool(v["riziv"])), rng, shape="oval", size_mm=36,
             color=rng.choice([STAMP_BLUE, STAMP_VIOLET]), angle=rng.uniform(-10, 10))
    pages = [sheet_of(folded_in_four(s_.render(200), rng)) for s_ in pg.pages]
    return pages, pg.tags


for _lg, _d_ in (
    ("nl", "previous model typed on a typewriter, headings in capitals, signature beside the label at the right, "
           "sheet folded in four"),
    ("fr", "modèle précédent tapé à la machine à écrire, signature à droite de la mention, feuille pliée en quatre"),
):
    _reg(f"be9ter-medcert-old-{_lg}-schrijfmachine-koppen-hoofdletters-handtekening-naast-label-37",
         "medical-certificate", PART, _lg, (lambda c, r, lg=_lg: medcert_old(c, r, lang=lg)), _d_)


# --------------------------------------------------------------------------- medical statements


def _author(c: Case):
    return c.doctor if "medcert_absent" in c.flags else c.specialist


def medstat_specialist(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """A hospital specialist's letter to the GP ('Waarde collega' / 'Cher confrère'): the hospital's name in FreeSerif
    with the department in small capitals on a coloured rule across the top, the consultation date and the
    patient's name and birth date in a grey box at the right; paragraphs headed 'Anamnese', 'Onderzoek',
    'Besluit', 'Beleid'; the signature above the typed name at the left."""
    d = _author(c)
    t = _ill(c, lang)
    f, fb, fi = FSER, FSER_B, FSER_I
    dept = SPECIALTY[d.spec].get(f"dept_{lang}", SPECIALTY[d.spec].get("dept_nl", ""))
    sh = Sheet()
    sh.rule(18, 24, 192, 24, width_mm=1.0, color=(0, 92, 120))
    sh.text(18, 12, glyphs(d.inst or "AZ", fb), font=fb, size_pt=fit(d.inst or "AZ", fb, 13, 110))
    sh.text(18, 18.5, glyphs(dept.upper(), f), font=f, size_pt=fit(dept.upper(), f, 8.5, 110), color=GREY)
    sh.rect(128, 30, 64, 20, width_mm=0, fill=(236, 236, 236))
    sh.text(130, 32, {"nl": "Patiënt", "fr": "Patient(e)"}[lang], font=fi, size_pt=8, color=GREY)
    sh.text(130, 36.5, f"{c.p.surname.upper()} {c.p.given_names}", font=fb, size_pt=9.5)
    sh.text(130, 41.5, fdate(c.p.birth_date, "dots", lang), font=f, size_pt=9.5)
    sh.text(18, 32, {"nl": "Aan dr. (huisarts)", "fr": "Au Dr (médecin traitant)"}[lang], font=f, size_pt=10)
    sh.text(18, 40, f"{d.city}, {fdate(c.medstat_date, 'long', lang)}", font=f, size_pt=10)
    y = 58
    y = sh.paragraph(18, y, 174, {"nl": "Waarde collega,", "fr": "Cher confrère,"}[lang], font=f, size_pt=10.5) + 2
    for h, b in (({"nl": "Anamnese", "fr": "Anamnèse"}[lang], t["history"]),
                 ({"nl": "Besluit", "fr": "Conclusion"}[lang], f"{t['name']}. {t['severity']}"),
                 ({"nl": "Beleid", "fr": "Attitude"}[lang], "; ".join(t["meds"]) + ". " + t["intervention"] + " "
                  + t["duration"]),
                 ({"nl": "Bij stopzetting", "fr": "En cas d'arrêt"}[lang], t["consequences"])):
        sh.text(18, y, h.upper(), font=fb, size_pt=9, color=(0, 92, 120))
        y = sh.paragraph(18, y + 5, 174, b, font=f, size_pt=10.5, leading=1.4) + 3
    y += 2
    sh.text(18, y, {"nl": "Met collegiale groeten,", "fr": "Bien confraternellement,"}[lang], font=f, size_pt=10.5)
    sh.signature(20, y + 4, 44, 15, rng, color=INK_BLUE)
    sh.text(18, y + 21, d.name(), font=fb, size_pt=10.5)
    sh.text(18, y + 26, SPECIALTY[d.spec].get(lang, "").capitalize(), font=fi, size_pt=9.5, color=GREY)
    return [sh], {}


def medstat_consult(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """A consultation report printed from the hospital's electronic record: a header grid in DejaVu Sans Mono
    (patient, date of birth, record number, consultation date, author) with a barcode, then 'Reden van
    consultatie', 'Klinisch onderzoek', 'Diagnose', 'Behandeling' as labelled blocks with a thin rule between
    them; 'Elektronisch gevalideerd door' and the author at the foot, no wet signature."""
    d = _author(c)
    t = _ill(c, lang)
    sh = Sheet()
    f = DMONO
    sh.text(18, 12, glyphs(d.inst or "Hôpital", LSANS_B), font=LSANS_B, size_pt=11)
    sh.text(192, 12, {"nl": "CONSULTATIEVERSLAG", "fr": "RAPPORT DE CONSULTATION"}[lang], font=LSANS_B, size_pt=11,
            anchor="right")
    sh.rule(18, 18, 192, 18, width_mm=0.4)
    grid = [({"nl": "Patiënt", "fr": "Patient"}[lang], f"{c.p.surname.upper()}, {c.p.given_names}"),
            ({"nl": "Geboren", "fr": "Né(e) le"}[lang], c.p.birth_date.strftime("%d/%m/%Y")),
            ({"nl": "Dossiernr.", "fr": "N° dossier"}[lang], str(rng.randint(10**7, 10**8 - 1))),
            ({"nl": "Consultatie", "fr": "Consultation"}[lang], c.medstat_date.strftime("%d/%m/%Y")),
            ({"nl": "Auteur", "fr": "Auteur"}[lang], d.name())]
    y = 22
    for a, b in grid:
        sh.text(18, y, f"{a:<12}", font=f, size_pt=8.6, color=GREY)
        sh.text(48, y, glyphs(b, f), font=f, size_pt=8.8)
        y += 4.6
    bars(sh, 150, 23, 40, 12, c.p.surname + str(c.seed))
    y += 4
    for h, b in (({"nl": "Reden van consultatie", "fr": "Motif de consultation"}[lang], t["history"]),
                 ({"nl": "Diagnose", "fr": "Diagnostic"}[lang], f"{t['name']} – {ILLNESSES[c.illness]['icd']}"),
                 ({"nl": "Ernst", "fr": "Gravité"}[lang], t["severity"]),
                 ({"nl": "Behandeling", "fr": "Traitement"}[lang], "; ".join(t["meds"]) + ". " + t["intervention"]),
                 ({"nl": "Prognose", "fr": "Pronostic"}[lang], t["prognosis"])):
        sh.rule(18, y, 192, y, width_mm=0.15, color=GREY)
        sh.text(18, y + 2, h, font=LSANS_B, size_pt=9.5)
        y = sh.paragraph(18, y + 7, 174, b, font=LSANS, size_pt=10, leading=1.4) + 3
    sh.text(18, y + 6, {"nl": f"Elektronisch gevalideerd door {d.name()} op "
                              f"{c.medstat_date.strftime('%d/%m/%Y')}",
                        "fr": f"Validé électroniquement par {d.name()} le {c.medstat_date.strftime('%d/%m/%Y')}"}[lang],
            font=LSANS, size_pt=8.5, color=GREY)
    return [sh], {}


for _lg in ("nl", "fr"):
    _reg(f"be9ter-medstat-specialist-{_lg}-brief-huisarts-gekleurde-lijn-grijs-patientvak-37", "medical-statement",
         PART, _lg, (lambda c, r, lg=_lg: medstat_specialist(c, r, lang=lg)),
         "specialist's letter to the GP with a coloured rule and a grey patient box, headed paragraphs")
    _reg(f"be9ter-medstat-consult-{_lg}-epd-print-mono-rooster-elektronisch-gevalideerd-37", "medical-statement",
         PART, _lg, (lambda c, r, lg=_lg: medstat_consult(c, r, lang=lg)),
         "consultation report printed from the electronic record, mono header grid, electronically validated")


# --------------------------------------------------------------------------- country-of-origin information


def coi_table(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """An NGO's medical-availability fact sheet in English: a coloured title bar, the country and the request in a
    box, then a table 'Item – Availability – Facility – Price' for the drug and the follow-up, and two paragraphs on
    access and costs with numbered source notes at the foot."""
    o = COUNTRIES[c.origin()]
    il = ILLNESSES[c.illness]
    dr = drug(c.illness, "en")
    sh = Sheet()
    sh.rect(18, 12, 174, 11, width_mm=0, fill=(120, 40, 60))
    sh.text(21, 14.5, "Health Access Watch – Medical availability fact sheet", font=GOTH_B, size_pt=11,
            color=(255, 255, 255))
    sh.rect(18, 28, 174, 16, width_mm=0.3)
    sh.text(21, 30, f"Country: {o['en']}", font=GOTH_B, size_pt=10)
    sh.text(21, 35.5, f"Question: availability and accessibility of {dr} and specialist follow-up", font=GOTH,
            size_pt=9)
    sh.text(189, 30, f"Ref. HAW-{c.origin()}-{rng.randint(100, 999)}", font=GOTH, size_pt=8.5, anchor="right")
    rows = [("Item", "Available in public sector", "Facility", "Private price / month"),
            (dr[:38], "No (stock-outs)", o["hospital"][:30], il["cost"]),
            ("Specialist follow-up", "Limited", o["hospital"][:30], "—"),
            ("Laboratory monitoring", "Partly", o["capital"], "out of pocket")]
    y = 52
    xs = [18, 78, 118, 160, 192]
    for i, r in enumerate(rows):
        for j, cell in enumerate(r):
            sh.rect(xs[j], y, xs[j + 1] - xs[j], 9, width_mm=0.25, fill=(240, 228, 232) if i == 0 else None)
            t = glyphs(cell, GOTH_B if i == 0 else GOTH)
            sh.text(xs[j] + 1.5, y + 2.5, t, font=GOTH_B if i == 0 else GOTH,
                    size_pt=fit(t, GOTH, 8.6, xs[j + 1] - xs[j] - 3))
        y += 9
    y += 6
    y = sh.paragraph(18, y, 174, f"{o['insurance_en']} The average monthly wage is about {o['wage']}, so that the "
                     f"monthly cost of {dr} ({il['cost']}) exceeds what most households earn [1].", font=GOTH,
                     size_pt=10, leading=1.45) + 3
    y = sh.paragraph(18, y, 174, f"Patients outside {o['capital']} must travel for every consultation; follow-up "
                     f"is concentrated at {o['hospital']} [2].", font=GOTH, size_pt=10, leading=1.45) + 6
    sh.rule(18, y, 80, y, width_mm=0.2)
    sh.text(18, y + 2, "[1] National statistics office, wage survey 2025.", font=GOTH_I, size_pt=8)
    sh.text(18, y + 6, f"[2] Interviews with health workers in {o['capital']}, 2026.", font=GOTH_I, size_pt=8)
    return [sh], {}


def coi_memo(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A lawyer's research note in French ('Note – disponibilité des soins') typed in Caladea with the firm's
    reference in the header, findings as dashed points and quoted sources in italics; initials at the end."""
    o = COUNTRIES[c.origin()]
    il = ILLNESSES[c.illness]
    dr = drug(c.illness, "fr")
    sh = Sheet()
    sh.text(18, 14, "NOTE", font=CAL_B, size_pt=16)
    sh.text(18, 22, f"Disponibilité et accessibilité des soins – {o['fr']}", font=CAL_B, size_pt=11.5)
    sh.text(192, 14, f"Réf. {c.p.surname.split()[0][:6].upper()}/COI", font=CAL, size_pt=9, anchor="right",
            color=GREY)
    sh.rule(18, 28, 192, 28, width_mm=0.3)
    y = 36
    for t in (f"– {_cap(_in_country(c.origin(), 'fr'))}, {dr} ne figure pas parmi les médicaments fournis par les "
              f"structures publiques.",
              f"– En pharmacie privée à {o['capital']}, le coût mensuel est d'environ {il['cost']}.",
              f"– Le salaire mensuel moyen est de l'ordre de {o['wage']}.",
              f"– {o['insurance_fr']}",
              f"– Le suivi spécialisé n'est assuré qu'à {o['hospital']}."):
        y = sh.paragraph(18, y, 174, t, font=CAL, size_pt=10.5, leading=1.45) + 2.5
    y += 4
    y = sh.paragraph(18, y, 174, "Sources : rapports d'ONG de santé (2025–2026) ; base de données MedCOI (réponses "
                     "disponibles au dossier) ; entretiens avec des pharmaciens.", font=CAL_I, size_pt=9.5) + 6
    sh.handwriting(160, y, "J.D.", rng, size_pt=13, font=BREIP, color=INK_BLUE)
    return [sh], {}


_reg("be9ter-coi-en-ngo-factsheet-titelbalk-tabel-bronnoten-37", "country-of-origin-info", PART, "en", coi_table,
     "NGO's medical-availability fact sheet with a coloured title bar, a table and numbered source notes")
_reg("be9ter-coi-fr-note-avocat-streepjes-bronnen-cursief-37", "country-of-origin-info", PART, "fr", coi_memo,
     "lawyer's research note in French with dashed findings and sources in italics")


# --------------------------------------------------------------------------- asylum proof


def asylum_annex26(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """Annex 26 (certificate of the lodging of an application for international protection) copied with its
    extension stamps: the federal heading at the upper left, 'BIJLAGE 26' / 'ANNEXE 26' in a box at the right; the
    photo at the upper right with a dry stamp over its corner; the holder's data on dotted lines typed by the
    office; below, three boxes of renewal stamps, the last one dated recently; the document folded in four."""
    nl = lang == "nl"
    a = c.asylum or {"lodged": SUB - timedelta(days=200)}
    lodged = a["lodged"]
    sh = Sheet()
    sh.text(18, 12, "KONINKRIJK BELGIË" if nl else "ROYAUME DE BELGIQUE", font=LSANS_B, size_pt=10)
    sh.text(18, 17, "FOD Binnenlandse Zaken – Dienst Vreemdelingenzaken" if nl else
            "SPF Intérieur – Office des Étrangers", font=LSANS, size_pt=9)
    sh.rect(150, 10, 40, 10, width_mm=0.4)
    sh.text(170, 12.5, "BIJLAGE 26" if nl else "ANNEXE 26", font=LSANS_B, size_pt=11, anchor="center")
    sh.photo(156, 26, 30, 38, rng)
    sh.stamp(170, 52, ["DVZ" if nl else "OE"], rng, shape="round", size_mm=16, color=(150, 150, 150))
    sh.text(18, 28, glyphs("Attest van indiening van een verzoek om internationale bescherming" if nl else
                           "Attestation d'introduction d'une demande de protection internationale", LSANS_B),
            font=LSANS_B, size_pt=10)
    y = 40
    rows = [("Naam" if nl else "Nom", c.p.surname.upper()), ("Voornaam" if nl else "Prénom", c.p.given_names),
            ("Geboren op" if nl else "Né(e) le", fdate(c.p.birth_date, "dots", lang)),
            ("te" if nl else "à", c.p.birth_place), ("Nationaliteit" if nl else "Nationalité",
                                                      COUNTRIES[c.p.nationality]["adj_" + lang]),
            ("OV-nummer" if nl else "N° SP", c.ov or ""),
            ("Verzoek ingediend op" if nl else "Demande introduite le", fdate(lodged, "dots", lang))]
    for a_, b_ in rows:
        sh.text(18, y, a_, font=LSANS, size_pt=9.5)
        sh.rule(60, y + 4.4, 148, y + 4.4, width_mm=0.15, dash=0.5, color=GREY)
        sh.text(62, y, glyphs(b_, LMONO), font=LMONO, size_pt=fit(b_, LMONO, 10, 84))
        y += 7
    sh.paragraph(18, y + 4, 174, "Dit attest is geldig tot de in de verlengingsvakken vermelde datum, zolang het "
                 "verzoek in behandeling is." if nl else "La présente attestation est valable jusqu'à la date indiquée "
                 "dans les cases de prorogation, tant que la demande est en cours d'examen.", font=LSANS, size_pt=9)
    yb = y + 22
    # the renewal stamps: the last one runs past the submission date, earlier ones four months apart
    ends = [SUB + timedelta(days=rng.randint(25, 100))]
    while len(ends) < 3 and ends[0] - timedelta(days=120) > lodged + timedelta(days=30):
        ends.insert(0, ends[0] - timedelta(days=120))
    for i in range(3):
        sh.rect(18 + i * 58, yb, 56, 40, width_mm=0.3)
        sh.text(20 + i * 58, yb + 1.5, ("Verlenging" if nl else "Prorogation") + f" {i + 1}", font=LSANS,
                size_pt=8, color=GREY)
        if i < len(ends):
            sh.stamp(22 + i * 58, yb + 8, [("GELDIG TOT" if nl else "VALABLE JUSQU'AU"), ends[i].strftime("%d.%m.%Y")],
                     rng, shape="rect", size_mm=40, color=rng.choice([STAMP_BLUE, STAMP_VIOLET]),
                     angle=rng.uniform(-8, 8))
            sh.signature(30 + i * 58, yb + 26, 24, 9, rng, color=INK_BLACK)
    return [sheet_of(folded_in_four(sh.render(200), rng))], {"asylum": 1}


def asylum_cgvs(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The CGRS's letter confirming that the application for international protection is still being examined: a
    thin purple rule under the CGRS's name at the upper left, the reference block at the right, a short text in
    Liberation Sans, the protection officer's name with 'namens de Commissaris-generaal' and no wet signature."""
    nl = lang == "nl"
    a = c.asylum or {"lodged": SUB - timedelta(days=200)}
    sh = Sheet()
    sh.text(18, 13, "Commissariaat-generaal voor de Vluchtelingen en de Staatlozen" if nl else
            "Commissariat général aux réfugiés et aux apatrides", font=LSANS_B, size_pt=10.5)
    sh.rule(18, 19, 120, 19, width_mm=0.6, color=(96, 50, 138))
    sh.text(18, 22, "Ernest Blerotstraat 39, 1070 Brussel" if nl else "Rue Ernest Blerot 39, 1070 Bruxelles",
            font=LSANS, size_pt=8.5, color=GREY)
    for i, (x_, y_) in enumerate((("Ons kenmerk" if nl else "Notre référence", f"{rng.randint(10, 26)}/"
                                   f"{rng.randint(10000, 99999)}"), ("OV" if nl else "SP", c.ov or ""),
                                  ("Datum" if nl else "Date", fdate(SUB - timedelta(days=rng.randint(5, 40)), "dots",
                                                                    lang)))):
        sh.text(140, 30 + i * 9, x_, font=LSANS, size_pt=7.5, color=GREY)
        sh.text(140, 33.5 + i * 9, y_, font=LSANS_B, size_pt=9.5)
    sh.text(18, 64, "ATTEST" if nl else "ATTESTATION", font=LSANS_B, size_pt=13)
    txt = (f"Het CGVS bevestigt dat {c.p.given_names} {c.p.surname.upper()}, geboren op "
           f"{fdate(c.p.birth_date, 'dots', lang)}, van {COUNTRIES[c.p.nationality]['adj_nl']} nationaliteit, op "
           f"{fdate(a['lodged'], 'dots', lang)} een verzoek om internationale bescherming heeft ingediend. Over dit "
           f"verzoek is nog geen beslissing genomen; het onderzoek is lopende." if nl else
           f"Le CGRA confirme que {c.p.given_names} {c.p.surname.upper()}, né(e) le "
           f"{fdate(c.p.birth_date, 'dots', lang)}, de nationalité {COUNTRIES[c.p.nationality]['adj_fr']}, a introduit "
           f"le {fdate(a['lodged'], 'dots', lang)} une demande de protection internationale. Aucune décision n'a encore "
           f"été prise ; l'examen est en cours.")
    y = sh.paragraph(18, 74, 174, txt, font=LSANS, size_pt=10.5, leading=1.5) + 10
    sh.text(18, y, rng.choice(["K. Peeters", "L. Dubois", "M. Janssens", "A. Leclercq"]), font=LSANS_B, size_pt=10)
    sh.text(18, y + 5, "protection officer, namens de Commissaris-generaal" if nl else
            "officier de protection, pour le Commissaire général", font=LSANS, size_pt=9.5, color=GREY)
    return [sh], {"asylum": 1}


for _lg in ("nl", "fr"):
    _reg(f"be9ter-asylum-annex26-{_lg}-verlengingsvakken-foto-rechts-gevouwen-37", "asylum-proof", PART, _lg,
         (lambda c, r, lg=_lg: asylum_annex26(c, r, lang=lg)),
         "annex 26 with three renewal boxes and the photo at the right, folded in four")
    _reg(f"be9ter-asylum-cgvs-{_lg}-attest-paarse-lijn-kenmerkblok-37", "asylum-proof", PART, _lg,
         (lambda c, r, lg=_lg: asylum_cgvs(c, r, lang=lg)),
         "CGRS attestation that the application is still being examined, reference block at the right")


# --------------------------------------------------------------------------- registered-mail receipts


def rm_postoffice_slip(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """bpost's counter receipt for a registered letter printed on a narrow thermal strip, stapled to an A4 sheet of
    the office's file with the sender's handwritten 'aangetekend DVZ 9ter' beside it; the strip carries the post
    office, date and time, the item number with its barcode, the addressee and the price."""
    to = c.rm_to
    strip = Sheet(72, 128)
    f = DMONO
    strip.text(36, 5, "bpost", font=LSANS_B, size_pt=15, anchor="center", color=(210, 30, 40))
    strip.text(36, 13, glyphs(_post_office(c), f), font=f, size_pt=7.5, anchor="center")
    strip.text(36, 17, f"{c.rm_date.strftime('%d/%m/%Y')}  {rng.randint(9, 16):02d}:{rng.randint(0, 59):02d}", font=f,
               size_pt=7.5, anchor="center")
    strip.rule(4, 22, 68, 22, width_mm=0.2, dash=0.6)
    y = 25
    for ln in ("AANGETEKENDE ZENDING", "ENVOI RECOMMANDÉ", "", "Bestemmeling / Destinataire:") + tuple(to):
        if ln:
            t = glyphs(ln, f)
            strip.text(5, y, t, font=f, size_pt=fit(t, f, 7.5, 62))
        y += 4.2
    y += 2
    strip.text(5, y, "Afzender / Expéditeur:", font=f, size_pt=7.5)
    y += 4.2
    for ln in _sender_lines(c):
        t = glyphs(ln, f)
        strip.text(5, y, t, font=f, size_pt=fit(t, f, 7.5, 62))
        y += 4.2
    y += 2
    bars(strip, 8, y, 56, 10, c.rm_track)
    strip.text(36, y + 11.5, track_spaced(c.rm_track), font=f, size_pt=7.5, anchor="center")
    strip.text(5, y + 18, "TOTAAL / TOTAL", font=f, size_pt=7.5)
    strip.text(67, y + 18, "EUR 9,40", font=f, size_pt=7.5, anchor="right")
    strip.text(36, y + 24, "Bewaar dit bewijs / Conservez ce reçu", font=f, size_pt=6.5, anchor="center")
    sh = Sheet()
    paste(sh, strip, 30, 30, dpi=300, angle=rng.uniform(-3, 3))
    staple(sh, 32, 28)
    sh.handwriting(112, 60, "aangetekend DVZ", rng, size_pt=13, font=DKG, color=INK_BLUE)
    sh.handwriting(112, 68, "9ter – " + c.p.surname.split()[0], rng, size_pt=13, font=DKG, color=INK_BLUE)
    return [sh], {}


def rm_track_print(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The 'Track & Trace' page of bpost's website printed from the browser: URL and date in the page header, a
    timeline of events ('Aangeboden aan het postkantoor', 'In behandeling', 'Afgeleverd') with the item number, the
    addressee's name and postcode, the sender; the browser's page footer with '1/1'."""
    to = c.rm_to
    sh = Sheet()
    sh.text(12, 6, f"{c.rm_date.strftime('%d/%m/%Y')} {rng.randint(10, 18):02d}:{rng.randint(0, 59):02d}", font=LSANS,
            size_pt=7.5)
    sh.text(105, 6, "bpost – Track & Trace", font=LSANS, size_pt=7.5, anchor="center")
    sh.text(12, 290, f"https://track.bpost.cloud/btr/web/#/search?itemCode={c.rm_track}&lang=nl", font=LSANS,
            size_pt=7, color=GREY)
    sh.text(198, 290, "1/1", font=LSANS, size_pt=7.5, anchor="right")
    sh.rect(12, 14, 186, 14, width_mm=0, fill=(236, 40, 48))
    sh.text(16, 17.5, "bpost", font=LSANS_B, size_pt=16, color=(255, 255, 255))
    sh.text(20, 38, "Zendingsnummer", font=LSANS, size_pt=9, color=GREY)
    sh.text(20, 43, track_spaced(c.rm_track), font=LSANS_B, size_pt=15)
    sh.text(20, 54, "Aangetekende zending – nationaal", font=LSANS, size_pt=10)
    sh.text(20, 66, "Bestemmeling", font=LSANS_B, size_pt=10)
    y = 72
    for ln in to:
        sh.text(20, y, ln, font=LSANS, size_pt=10)
        y += 5
    sh.text(110, 66, "Afzender", font=LSANS_B, size_pt=10)
    for i, ln in enumerate(_sender_lines(c)):
        sh.text(110, 72 + i * 5, glyphs(ln, LSANS), font=LSANS, size_pt=10)
    y = 100
    ev = [(c.rm_date, "Aangeboden in " + _post_office(c)), (c.rm_date, "Sortering – in behandeling")]
    for i, (dd, t) in enumerate(ev):
        sh.rect(21, y + 0.5, 4, 4, width_mm=0, fill=(236, 40, 48))
        sh.text(30, y, dd.strftime("%d/%m/%Y"), font=LSANS_B, size_pt=9.5)
        sh.text(60, y, glyphs(t, LSANS), font=LSANS, size_pt=9.5)
        if i < len(ev) - 1:
            sh.rule(23, y + 5, 23, y + 13, width_mm=0.4, color=(236, 40, 48))
        y += 14
    return [sh], {}


_reg("be9ter-rm-bpost-thermisch-strookje-geniet-op-a4-handnotitie-37", "registered-mail-receipt", PART, "nl/fr",
     rm_postoffice_slip, "bpost thermal counter strip stapled on an A4 sheet with a handwritten note beside it")
_reg("be9ter-rm-bpost-track-trace-browserprint-tijdlijn-37", "registered-mail-receipt", PART, "nl",
     rm_track_print, "bpost Track & Trace page printed from the browser, events as a timeline")


# --------------------------------------------------------------------------- other pieces


def other_declaration(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A 'déclaration sur l'honneur' written by the applicant on squared paper with a ballpoint (Breip hand): the
    applicant's own statement of name, birth date and place and nationality, signed at the foot; no authority, no
    photo, nothing but the applicant's word."""
    p = c.p
    sh = Sheet()
    for i in range(0, 297, 5):
        sh.rule(0, i, 210, i, width_mm=0.1, color=(190, 206, 228))
    for i in range(0, 210, 5):
        sh.rule(i, 0, i, 297, width_mm=0.1, color=(190, 206, 228))
    ink = INK_BLUE
    lines = ["Déclaration sur l'honneur", "",
             f"Je soussigné{'e' if c.fem else ''} {p.surname.upper()} {p.given_names},",
             f"né{'e' if c.fem else ''} le {p.birth_date.strftime('%d/%m/%Y')} à {p.birth_place}",
             f"de nationalité {COUNTRIES[p.nationality]['adj_fr']},",
             "déclare sur l'honneur que ces informations sont exactes.",
             "Je n'ai pas de passeport ni de carte d'identité avec moi.", "",
             f"Fait à {c.addr.city}, le {c.app_date.strftime('%d/%m/%Y')}"]
    y = 30
    for ln in lines:
        if ln:
            sh.handwriting(22, y, glyphs(ln, BREIP), rng, size_pt=13, font=BREIP, color=ink)
        y += 10
    sh.signature(110, y + 4, 48, 16, rng, color=ink)
    return [sh], {}


def other_pharmacy(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A pharmacy's till receipt (narrow strip) for the month's medicines photographed on a table: the pharmacy's
    name, the products with prices, the patient's share and the total; the strip a little curled."""
    il = ILLNESSES[c.illness]
    t = _ill(c, "fr")
    strip = Sheet(70, 118)
    strip.text(35, 5, "PHARMACIE DU MIDI", font=DMONO, size_pt=9, anchor="center")
    strip.text(35, 9.5, f"{c.addr.postcode} {c.addr.city}", font=DMONO, size_pt=7.5, anchor="center")
    strip.text(35, 14, f"{c.app_date - timedelta(days=rng.randint(5, 30)):%d/%m/%Y}", font=DMONO, size_pt=7.5,
               anchor="center")
    strip.rule(3, 18, 67, 18, width_mm=0.2, dash=0.5)
    y = 21
    tot = 0.0
    for m in t["meds"][:3]:
        pr = round(rng.uniform(8, 60), 2)
        tot += pr
        for j, ln in enumerate(wrap(m, 48, DMONO, 7)[:2]):
            strip.text(4, y + j * 3.6, glyphs(ln, DMONO), font=DMONO, size_pt=7)
        strip.text(66, y, f"{pr:.2f}", font=DMONO, size_pt=7, anchor="right")
        y += 9
    strip.rule(3, y, 67, y, width_mm=0.2, dash=0.5)
    strip.text(4, y + 3, "TOTAL EUR", font=DMONO, size_pt=8)
    strip.text(66, y + 3, f"{tot:.2f}", font=DMONO, size_pt=8, anchor="right")
    strip.text(35, y + 12, "Merci – Dank u", font=DMONO, size_pt=7, anchor="center")
    sh = Sheet()
    sh.rect(0, 0, 210, 297, width_mm=0, fill=(196, 186, 170))
    paste(sh, strip, 60, 40, k=1.3, dpi=260, angle=rng.uniform(-6, 6), bg=(196, 186, 170))
    _ = il
    return [sh], {}


_reg("be9ter-other-declaration-fr-verklaring-op-eer-ruitjespapier-balpen-37", "other", PART, "fr", other_declaration,
     "applicant's own declaration on honour written on squared paper")
_reg("be9ter-other-pharmacy-kasticket-op-tafel-gefotografeerd-37", "other", PART, "fr", other_pharmacy,
     "pharmacy till receipt photographed on a table")
