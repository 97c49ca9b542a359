"""9ter families of the `thirtysecond` part (registered in be9ter.BFAMILIES).

Written after dev, heldout and the parts fresh to thirty-first had been read, by a writer who saw neither the
validator nor its output, from the seeds (003, 004), rules.md and how such papers look in Belgian files.  Each
family's layout, wording and copy habits are described in its function's docstring and its registration note (the
part is read blind, so they are not summarised here).  Sentence builders ``s32_*``.
"""

from __future__ import annotations

import random
from datetime import timedelta

from .be9ter import (
    COUNTRIES,
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
from .thirtysecond_identity import (
    BOOK,
    BOOK_B,
    BOOK_I,
    CARL,
    CARL_B,
    CENT,
    CENT_B,
    CENT_I,
    CODE,
    COND,
    COND_B,
    HAND_IT,
    NSANS,
    NSANS_B,
    NSANS_I,
    clipboard_photo,
    de_long,
    duvet_photo,
    en_long,
    fr_long,
    nl_long,
    recycled,
    stamp_smudge,
)
from .twentyeighth_be9ter import Pager
from .twentyeighth_identity import barcode as bars
from .twentyeighth_identity import fit, glyphs, paste, sheet_of, wrap

PART = "thirtysecond"
GREY = (98, 98, 98)
LANGS4 = ("nl", "fr", "de", "en")


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _long(d, lang: str) -> str:
    return {"nl": nl_long, "fr": fr_long, "de": de_long, "en": en_long}[lang](d)


# --------------------------------------------------------------------------- sentences (s32_*)


def _ref(c: Case, lang: str) -> str:
    """How this part's writers speak of the applicant after the first mention: title and surname."""
    s = c.p.surname
    return {
        "nl": ("mevrouw " if c.fem else "de heer ") + s,
        "fr": ("Madame " if c.fem else "Monsieur ") + s,
        "de": ("Frau " if c.fem else "Herr ") + s,
        "en": ("Ms " if c.fem else "Mr ") + s,
    }[lang]


def _pc(c: Case, key: str, lang: str) -> str:
    n = c.annex_no(key)
    if n is None:
        return ""
    return {"nl": f" [bijlage {n}]", "fr": f" [annexe {n}]", "de": f" [Anlage {n}]", "en": f" [annex {n}]"}[
        lang
    ]


def s32_person(c: Case, lang: str, *, first: bool = False) -> str:
    """Identity of the applicant in prose; first=True in the applicant's own voice."""
    p = c.p
    nm = name_in(p, c.name_style)
    bd = c.d(p.birth_date, lang)
    nb, nn = "no_birthplace" in c.flags, "no_nationality" in c.flags
    adj = COUNTRIES[p.nationality]["adj_" + lang]
    place = f"{p.birth_place} ({cname(c.birth_cc(), lang)})"
    e = "e" if c.fem else ""
    if lang == "nl":
        s = f"Ik heet {nm} en ben geboren op {bd}" if first else f"Het gaat om {nm}, geboren op {bd}"
        s += "" if nb else f" te {place}"
        s += "." if nn else f", van {adj} nationaliteit."
        s += "\n" if first else " "
        s += f"Rijksregisternummer {c.nrn}." if c.nrn else f"Nummer bij DVZ (OV): {c.ov}."
        return s
    if lang == "fr":
        s = f"Je m'appelle {nm}, né{e} le {bd}" if first else f"Il s'agit de {nm}, né{e} le {bd}"
        s += "" if nb else f" à {place}"
        s += "." if nn else f", de nationalité {adj}."
        s += "\n" if first else " "
        s += (
            f"Numéro de registre national {c.nrn}."
            if c.nrn
            else f"Numéro SP à l'Office des Étrangers : {c.ov}."
        )
        return s
    if lang == "de":
        s = f"Es handelt sich um {nm}, geboren am {bd}"
        s += "" if nb else f" in {place}"
        s += "." if nn else f", Staatsangehörigkeit: {adj}."
        s += (
            f" Nationalregisternummer {c.nrn}." if c.nrn else f" Aktenzeichen beim Ausländeramt (OV): {c.ov}."
        )
        return s
    s = f"The applicant is {nm}, born on {bd}"
    s += "" if nb else f" in {place}"
    s += "." if nn else f", a {COUNTRIES[p.nationality]['adj_en']} national."
    s += f" National register number {c.nrn}." if c.nrn else f" Immigration Office file number (OV): {c.ov}."
    return s


def s32_home(c: Case, lang: str, *, first: bool = False) -> str:
    if "no_address" in c.flags:
        return {
            "nl": "Ik heb geen vast adres; ik slaap bij kennissen."
            if first
            else f"{_cap(_ref(c, lang))} heeft momenteel geen vaste verblijfplaats en wordt door kennissen opgevangen.",
            "fr": "Je n'ai pas d'adresse fixe ; je dors chez des connaissances."
            if first
            else f"{_ref(c, lang)} n'a actuellement pas de lieu de résidence fixe et est hébergé{'e' if c.fem else ''} par "
            f"des connaissances.",
            "de": f"{_ref(c, lang)} hat derzeit keinen festen Wohnsitz und kommt bei Bekannten unter.",
            "en": f"{_ref(c, lang)} has no fixed place of residence at present and is put up by acquaintances.",
        }[lang]
    a = addr_str(c.addr, lang, c.addr_style)
    return {
        "nl": f"Ik woon echt op dit adres: {a}."
        if first
        else f"{_cap(_ref(c, lang))} woont werkelijk op het adres {a}.",
        "fr": f"J'habite réellement à l'adresse suivante : {a}."
        if first
        else f"{_ref(c, lang)} réside effectivement à l'adresse {a}.",
        "de": f"{_ref(c, lang)} hat den tatsächlichen Aufenthaltsort in Belgien unter der Anschrift {a}.",
        "en": f"{_ref(c, lang)} actually lives in Belgium at {a}.",
    }[lang]


def s32_domicile(c: Case, lang: str) -> str | None:
    if "no_domicile" in c.flags or c.domicile == "none":
        return None
    if c.domicile == "lawyer" and c.lawyer:
        L = c.lawyer
        return {
            "nl": f"Voor alle briefwisseling in deze procedure kiest {_ref(c, lang)} woonplaats op ons kantoor, "
            f"{L['street']}, {L['pc']} {L['city']}.",
            "fr": f"Pour toute correspondance relative à la présente procédure, {_ref(c, lang)} fait élection de "
            f"domicile en notre cabinet, {L['street']}, {L['pc']} {L['city']}.",
            "de": f"Für sämtliche Schreiben in diesem Verfahren wählt {_ref(c, lang)} Wohnsitz in unserer Kanzlei, "
            f"{L['street']}, {L['pc']} {L['city']}.",
            "en": f"For all correspondence in this procedure {_ref(c, lang)} elects domicile at our office, "
            f"{L['street']}, {L['pc']} {L['city']}.",
        }[lang]
    if c.domicile == "other" and c.other_domicile:
        return {
            "nl": f"Er wordt woonplaats gekozen bij {c.other_domicile}.",
            "fr": f"Il est fait élection de domicile chez {c.other_domicile}.",
            "de": f"Als Zustellanschrift wird {c.other_domicile} gewählt.",
            "en": f"Domicile is elected with {c.other_domicile}.",
        }[lang]
    return {
        "nl": "De gekozen woonplaats is hetzelfde adres.",
        "fr": "Le domicile élu est cette même adresse.",
        "de": "Als gewählter Wohnsitz gilt dieselbe Anschrift.",
        "en": "Domicile is elected at that same address.",
    }[lang]


def s32_family(c: Case, lang: str) -> str | None:
    if not c.family:
        return None
    rel = {
        "nl": {"spouse": "echtgeno(o)t(e)", "child": "kind"},
        "fr": {"spouse": "conjoint(e)", "child": "enfant"},
        "de": {"spouse": "Ehegatte/Ehegattin", "child": "Kind"},
        "en": {"spouse": "spouse", "child": "child"},
    }[lang]
    born = {"nl": "geboren op", "fr": "né(e) le", "de": "geboren am", "en": "born on"}[lang]
    out = []
    for i, m in enumerate(c.family):
        q = m.p
        nat = "" if "no_nationality" in c.flags else f", {COUNTRIES[q.nationality]['adj_' + lang]}"
        out.append(
            f"{rel[m.rel]}: {q.given_names} {q.surname.upper()}, {born} {c.d(q.birth_date, lang)} "
            f"({q.birth_place}){nat}{_pc(c, f'fam{i}', lang)}"
        )
    return (
        {
            "nl": "De aanvraag geldt ook voor de volgende gezinsleden – ",
            "fr": "La demande vaut aussi pour les membres de la famille suivants – ",
            "de": "Der Antrag gilt auch für folgende Familienangehörige – ",
            "en": "The application also covers these family members – ",
        }[lang]
        + "; ".join(out)
        + "."
    )


def s32_identity(c: Case, lang: str) -> str:
    k = c.id_kind
    if k in ("asylum", "asylum-noproof"):
        d = c.d(c.asylum["lodged"], lang)
        r = _pc(c, "asylum", lang) if k == "asylum" else ""
        return {
            "nl": f"{_cap(_ref(c, lang))} vroeg op {d} internationale bescherming aan; over dat verzoek is nog geen "
            f"definitieve beslissing genomen{r}. Daarom geldt de vrijstelling van artikel 9ter, § 2, derde lid, "
            f"en hoeft de identiteit niet te worden aangetoond.",
            "fr": f"{_ref(c, lang)} a demandé la protection internationale le {d} ; aucune décision définitive n'a "
            f"encore été prise sur cette demande{r}. La dispense prévue à l'article 9ter, § 2, alinéa 3, "
            f"s'applique donc et l'identité ne doit pas être démontrée.",
            "de": f"{_ref(c, lang)} hat am {d} internationalen Schutz beantragt; über diesen Antrag wurde noch nicht "
            f"endgültig entschieden{r}. Daher gilt die Befreiung nach Artikel 9ter § 2 Absatz 3.",
            "en": f"{_ref(c, lang)} applied for international protection on {d}; no final decision has been taken "
            f"on that application{r}. The exemption of Article 9ter § 2, third paragraph, therefore applies.",
        }[lang]
    if k == "none":
        return {
            "nl": "Het paspoort is bij de ambassade ter vernieuwing; een kopie volgt zodra het terug is.",
            "fr": "Le passeport est en renouvellement à l'ambassade ; une copie suivra dès son retour.",
            "de": "Der Reisepass wird bei der Botschaft erneuert; eine Kopie wird nachgereicht.",
            "en": "The passport is being renewed at the embassy; a copy will follow once it is back.",
        }[lang]
    items = [
        d[:1].lower() + d[1:] + _pc(c, key, lang)
        for key, d in c.annexes
        if key.startswith("id") and key != "id-tr"
    ]
    if c.annex_no("id-tr"):
        items.append(
            {
                "nl": "de beëdigde vertaling",
                "fr": "la traduction jurée",
                "de": "die beeidigte Übersetzung",
                "en": "the sworn translation",
            }[lang]
            + _pc(c, "id-tr", lang)
        )
    lst = "; ".join(items) or "—"
    s = {
        "nl": f"Als bewijs van de identiteit worden voorgelegd: {lst}.",
        "fr": f"Sont produits comme preuve de l'identité : {lst}.",
        "de": f"Als Identitätsnachweis werden vorgelegt: {lst}.",
        "en": f"As proof of identity the following are produced: {lst}.",
    }[lang]
    if k == "passport-expired":
        s += {
            "nl": " Het paspoort is verlopen, maar blijft een geldig bewijs van de identiteit.",
            "fr": " Le passeport est expiré mais reste une preuve valable de l'identité.",
            "de": " Der Reisepass ist abgelaufen, bleibt aber ein gültiger Identitätsnachweis.",
            "en": " The passport has expired but remains valid proof of identity.",
        }[lang]
    return s


def s32_medical(c: Case, lang: str) -> str:
    il = ILLNESSES[c.illness]
    t = il[next(x for x in (lang, "en", "fr", "nl") if x in il)]
    doc = c.doctor.name()
    if "medcert_absent" in c.flags:
        cd = c.d(c.medstat_date, lang)
        src = {
            "nl": f"het verslag van {doc} van {cd}",
            "fr": f"le rapport du {doc} du {cd}",
            "de": f"dem Bericht von {doc} vom {cd}",
            "en": f"the report of {doc} of {cd}",
        }[lang]
        src += _pc(c, "medstat", lang)
    else:
        cd = c.d(c.cert_date, lang)
        src = {
            "nl": f"het standaard medisch getuigschrift van {doc} van {cd}",
            "fr": f"le certificat médical type du {doc} du {cd}",
            "de": f"dem standardisierten ärztlichen Attest von {doc} vom {cd}",
            "en": f"the standard medical certificate of {doc} of {cd}",
        }[lang] + _pc(c, "medcert", lang)
    meds = "; ".join(t["meds"])
    return {
        "nl": f"Volgens {src} lijdt {_ref(c, lang)} aan {t['name']}. {t['severity']} Nodig zijn: {meds}. "
        f"{t['intervention']} {t['duration']}",
        "fr": f"Selon {src}, {_ref(c, lang)} souffre de {t['name']}. {t['severity']} Sont nécessaires : {meds}. "
        f"{t['intervention']} {t['duration']}",
        "de": f"Nach {src} leidet {_ref(c, lang)} an {t['name']}. {t['severity']} Erforderlich sind: {meds}. "
        f"{t['intervention']} {t['duration']}",
        "en": f"According to {src}, {_ref(c, lang)} suffers from {t['name']}. {t['severity']} Required: {meds}. "
        f"{t['intervention']} {t['duration']}",
    }[lang]


def s32_coi(c: Case, lang: str) -> str | None:
    if "no_coi" in c.flags or not c.coi_in_app:
        return None
    o, il = COUNTRIES[c.origin()], ILLNESSES[c.illness]
    cn, r = cname(c.origin(), lang), _pc(c, "coi", lang)
    dr = drug(c.illness, lang if lang != "en" else "en")
    ins = o.get("insurance_" + lang, o["insurance_en"])
    return {
        "nl": f"In {cn} is die zorg niet beschikbaar en niet toegankelijk{r}: {dr} is er alleen in {o['hospital']} "
        f"te krijgen en raakt er geregeld op; een maand behandeling kost er ongeveer {il['cost']}, bij een "
        f"gemiddeld maandloon van {o['wage']}. {ins}",
        "fr": f"En {cn}, ces soins ne sont ni disponibles ni accessibles{r} : {dr} n'est délivré qu'à "
        f"{o['hospital']} et y est souvent en rupture ; un mois de traitement y coûte environ {il['cost']}, "
        f"pour un salaire mensuel moyen de {o['wage']}. {ins}",
        "de": f"In {cn} ist diese Behandlung weder verfügbar noch zugänglich{r}: {dr} gibt es nur in "
        f"{o['hospital']}, mit häufigen Lieferengpässen; ein Behandlungsmonat kostet etwa {il['cost']}, bei "
        f"einem durchschnittlichen Monatslohn von {o['wage']}. {ins}",
        "en": f"In {cn} this care is neither available nor accessible{r}: {dr} is only dispensed at "
        f"{o['hospital']} and often runs out; a month of treatment costs about {il['cost']}, against an "
        f"average monthly wage of {o['wage']}. {ins}",
    }[lang]


def s32_other(c: Case, lang: str) -> str | None:
    out = []
    if c.previous_9ter:
        d = c.d(c.previous_9ter, lang)
        out.append(
            {
                "nl": f"Op {d} werd een eerdere 9ter-aanvraag ingediend die nog hangende is. Die aanvraag wordt hierbij "
                f"ingetrokken en vervangen door deze; alle elementen ervan worden hier herhaald.",
                "fr": f"Une précédente demande 9ter, introduite le {d}, est toujours pendante. Il y est renoncé et elle est "
                f"remplacée par la présente, qui en reprend tous les éléments.",
                "de": f"Ein früherer 9ter-Antrag vom {d} ist noch anhängig. Er wird hiermit zurückgenommen und durch diesen "
                f"ersetzt; alle seine Elemente werden hier wiederholt.",
                "en": f"An earlier 9ter application of {d} is still pending. It is hereby withdrawn and replaced by this "
                f"one, which repeats everything it contained.",
            }[lang]
        )
    a = c.asylum
    if a and a.get("status") == "refused":
        d = c.d(a["refused_on"], lang)
        out.append(
            {
                "nl": f"Het verzoek om internationale bescherming werd op {d} definitief geweigerd.",
                "fr": f"La demande de protection internationale a été définitivement refusée le {d}.",
                "de": f"Der Antrag auf internationalen Schutz wurde am {d} endgültig abgelehnt.",
                "en": f"The application for international protection was finally refused on {d}.",
            }[lang]
        )
    return " ".join(out) or None


def s32_ask(c: Case, lang: str) -> str:
    return {
        "nl": f"Er wordt gevraagd {_ref(c, lang)} te machtigen tot een verblijf van meer dan drie maanden op grond van "
        f"artikel 9ter van de wet van 15 december 1980.",
        "fr": f"Il est demandé d'autoriser {_ref(c, lang)} au séjour de plus de trois mois sur la base de l'article "
        f"9ter de la loi du 15 décembre 1980.",
        "de": f"Es wird beantragt, {_ref(c, lang)} auf der Grundlage von Artikel 9ter des Gesetzes vom 15. Dezember "
        f"1980 einen Aufenthalt von mehr als drei Monaten zu gestatten.",
        "en": f"Leave to stay for more than three months under Article 9ter of the Law of 15 December 1980 is "
        f"requested for {_ref(c, lang)}.",
    }[lang]


def _fields(c: Case, lang: str) -> list[tuple[str, str, str | None]]:
    """(label, value, tag) of the applicant's data in the labelled layouts (nl, fr)."""
    p = c.p
    L = {
        "nl": [
            "Naam",
            "Voornamen",
            "Nationaliteit",
            "Geboortedatum",
            "Geboorteplaats",
            "Geboorteland",
            "Rijksregisternummer",
            "Nummer DVZ (OV)",
            "Werkelijke verblijfplaats in België",
            "Gekozen woonplaats",
        ],
        "fr": [
            "Nom",
            "Prénoms",
            "Nationalité",
            "Date de naissance",
            "Lieu de naissance",
            "Pays de naissance",
            "Numéro de registre national",
            "Numéro SP (OE)",
            "Résidence effective en Belgique",
            "Domicile élu",
        ],
    }[lang]
    nb, nn = "no_birthplace" in c.flags, "no_nationality" in c.flags
    out = [
        (L[0], p.surname.upper(), "personal"),
        (L[1], p.given_names, None),
        (L[2], "" if nn else COUNTRIES[p.nationality]["adj_" + lang], None),
        (L[3], c.d(p.birth_date, lang), None),
        (L[4], "" if nb else p.birth_place, None),
        (L[5], "" if nb else cname(c.birth_cc(), lang), None),
        (L[6], c.nrn, None) if c.nrn else (L[7], c.ov or "", None),
        (L[8], "" if "no_address" in c.flags else addr_str(c.addr, lang, c.addr_style), "residence"),
    ]
    if s32_domicile(c, lang):
        if c.domicile == "lawyer" and c.lawyer:
            v = f"{c.lawyer['firm']}, {c.lawyer['street']}, {c.lawyer['pc']} {c.lawyer['city']}"
        elif c.domicile == "other":
            v = c.other_domicile or ""
        else:
            v = {"nl": "zelfde adres als hierboven", "fr": "même adresse que ci-dessus"}[lang]
        out.append((L[9], v, None))
    return out


# --------------------------------------------------------------------------- application 1: questions as headings

_QA = {
    "nl": dict(
        reg="AANGETEKEND",
        to=["Dienst Vreemdelingenzaken", "Dienst Medisch Verblijf (9ter)", "Pachecolaan 44", "1000 Brussel"],
        subj="Aanvraag machtiging tot verblijf om medische redenen (artikel 9ter Vreemdelingenwet)",
        sal="Geachte mevrouw, geachte heer,",
        intro="Wij treden op voor {who}. Om u het onderzoek te vergemakkelijken, is deze aanvraag opgebouwd "
        "rond de vragen die u zich bij de beoordeling stelt.",
        q=[
            "Wie dient de aanvraag in?",
            "Waar verblijft verzoeker en waar wordt woonplaats gekozen?",
            "Wie wordt in de aanvraag opgenomen?",
            "Hoe wordt de identiteit aangetoond?",
            "Aan welke aandoening lijdt verzoeker en welke behandeling is nodig?",
            "Is die behandeling in het land van herkomst beschikbaar en toegankelijk?",
            "Lopen er andere procedures?",
            "Wat wordt gevraagd?",
        ],
        close="Met oprechte hoogachting,",
        enc="Bijlagen",
        ref="Ref.",
        page="blad {i} van {n}",
    ),
    "fr": dict(
        reg="RECOMMANDÉ",
        to=[
            "Office des Étrangers",
            "Section 9ter – Séjour médical",
            "Boulevard Pachéco 44",
            "1000 Bruxelles",
        ],
        subj="Demande d'autorisation de séjour pour raisons médicales (article 9ter de la loi du 15.12.1980)",
        sal="Madame, Monsieur,",
        intro="Nous intervenons pour {who}. Afin de faciliter votre examen, la présente demande suit les "
        "questions que vous vous posez lors de l'analyse du dossier.",
        q=[
            "Qui introduit la demande ?",
            "Où le requérant réside-t-il et où élit-il domicile ?",
            "Qui est visé par la demande ?",
            "Comment l'identité est-elle établie ?",
            "De quelle affection souffre le requérant et quel traitement est nécessaire ?",
            "Ce traitement est-il disponible et accessible au pays d'origine ?",
            "D'autres procédures sont-elles en cours ?",
            "Que demandons-nous ?",
        ],
        close="Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.",
        enc="Annexes",
        ref="Réf.",
        page="feuille {i} sur {n}",
    ),
    "de": dict(
        reg="EINSCHREIBEN",
        to=["Ausländeramt", "Abteilung Medizinischer Aufenthalt (9ter)", "Pachecolaan 44", "1000 Brüssel"],
        subj="Antrag auf Aufenthaltserlaubnis aus medizinischen Gründen (Artikel 9ter des Gesetzes vom "
        "15. Dezember 1980)",
        sal="Sehr geehrte Damen und Herren,",
        intro="Wir vertreten {who}. Um Ihnen die Prüfung zu erleichtern, folgt dieser Antrag den Fragen, die "
        "Sie sich bei der Beurteilung stellen.",
        q=[
            "Wer stellt den Antrag?",
            "Wo hält sich der Antragsteller auf und wo wird Wohnsitz gewählt?",
            "Wer ist in den Antrag einbezogen?",
            "Wie wird die Identität nachgewiesen?",
            "An welcher Krankheit leidet der Antragsteller und welche Behandlung ist notwendig?",
            "Ist die Behandlung im Herkunftsland verfügbar und zugänglich?",
            "Sind andere Verfahren anhängig?",
            "Was wird beantragt?",
        ],
        close="Mit vorzüglicher Hochachtung",
        enc="Anlagen",
        ref="Az.",
        page="Blatt {i} von {n}",
    ),
    "en": dict(
        reg="REGISTERED MAIL",
        to=["Immigration Office", "Medical Residence Unit (9ter)", "Pachecolaan 44", "1000 Brussels"],
        subj="Application for leave to stay on medical grounds (Article 9ter of the Law of 15 December 1980)",
        sal="Dear Madam, dear Sir,",
        intro="We act for {who}. To make your examination easier, this application follows the questions you "
        "ask when assessing a file.",
        q=[
            "Who applies?",
            "Where does the applicant live and where is domicile elected?",
            "Who is included in the application?",
            "How is identity shown?",
            "What illness does the applicant suffer from and which treatment is needed?",
            "Is the treatment available and accessible in the country of origin?",
            "Are other procedures pending?",
            "What is requested?",
        ],
        close="Yours faithfully,",
        enc="Annexes",
        ref="Ref.",
        page="sheet {i} of {n}",
    ),
}


def app_questions(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """A law firm's request whose sections are headed by the questions the authority asks ('Wie dient de aanvraag
    in?', 'Hoe wordt de identiteit aangetoond?' ...) in bold C059, each answered in prose under it; the firm's
    name runs up the left margin in pale spaced capitals, the address and telephone at the top right; the
    registered-mail line and the addressee at the left; the letter ends with the closing formula and the
    lawyer's signature written ACROSS the firm's round stamp, with no typed name under it; 'blad i van n' at the
    foot."""
    L, R = c.lawyer, _QA[lang]
    f, fb = (CENT, CENT_B) if rng.random() < 0.6 else (BOOK, BOOK_B)
    size = 10.4 if f == CENT else 9.8
    col = rng.choice([(120, 40, 50), (30, 70, 110), (60, 90, 60)])

    def new_page(i: int):
        sh = Sheet()
        band = Sheet(250, 8)
        band.text(
            0,
            0.5,
            "   ".join(L["firm"].upper()),
            font=NSANS,
            size_pt=fit("   ".join(L["firm"].upper()), NSANS, 15, 248),
            color=tuple(int(255 - (255 - v) * 0.45) for v in col),
        )
        sh.image(6, 24, 8, 250, band.render(150).rotate(90, expand=True))
        sh.text(190, 12, L["firm"], font=fb, size_pt=10.5, anchor="right", color=col)
        sh.text(
            190,
            17,
            f"{L['street']}  ·  {L['pc']} {L['city']}",
            font=f,
            size_pt=8.5,
            anchor="right",
            color=GREY,
        )
        sh.text(190, 21.2, f"T {L['tel']}  ·  {L['mail']}", font=f, size_pt=8.5, anchor="right", color=GREY)
        if i == 0:
            sh.text(24, 40, R["reg"], font=fb, size_pt=size)
            for k, ln in enumerate(R["to"]):
                sh.text(24, 46 + k * 5, ln, font=f, size_pt=size)
            sh.text(190, 72, f"{L['city']}, {_long(c.app_date, lang)}", font=f, size_pt=size, anchor="right")
            sh.text(
                24,
                72,
                f"{R['ref']} {rng.randint(10, 99)}.{c.app_date.year % 100}/{c.p.surname.split()[0].upper()}",
                font=f,
                size_pt=size - 1.5,
                color=GREY,
            )
            return sh, 84
        return sh, 34

    pg = Pager(new_page, bottom=270)
    pg.lines(24, 166, R["subj"], font=fb, size=size + 0.4, gap=4)
    pg.lines(24, 166, R["sal"], font=f, size=size, gap=2.5)
    pg.lines(24, 166, R["intro"].format(who=name_in(c.p, c.name_style)), font=f, size=size, gap=4)
    blocks = [
        (R["q"][0], s32_person(c, lang), "personal"),
        (R["q"][1], " ".join(x for x in (s32_home(c, lang), s32_domicile(c, lang)) if x), "residence"),
        (R["q"][2], s32_family(c, lang), "family"),
        (R["q"][3], s32_identity(c, lang), "identity"),
        (R["q"][4], s32_medical(c, lang), "medical"),
        (R["q"][5], s32_coi(c, lang), "coi"),
        (R["q"][6], s32_other(c, lang), "parallel"),
        (R["q"][7], s32_ask(c, lang), None),
    ]
    for q, body, tag in blocks:
        if not body:
            continue
        pg.ensure(16)
        pg.tag(tag)
        pg.lines(24, 166, q, font=fb, size=size, gap=1.2, color=col)
        pg.lines(24, 166, body, font=f, size=size, leading=1.45, gap=4)
    pg.ensure(42)
    pg.lines(24, 166, R["close"], font=f, size=size, gap=3)
    pg.tag("signature")
    sh, y = pg.sh, pg.y
    sh.stamp(
        40,
        y,
        [L["firm"].upper()[:28], "AVOCATS · ADVOCATEN", L["city"].upper()],
        rng,
        shape="round",
        size_mm=30,
        color=rng.choice([STAMP_BLUE, STAMP_VIOLET]),
    )
    if "unsigned" not in c.flags:
        sh.signature(
            28 + rng.uniform(0, 8),
            y + 6,
            rng.uniform(46, 58),
            17,
            rng,
            color=rng.choice([INK_BLUE, INK_BLACK]),
        )
    pg.y = y + 36
    ann = [d for _, d in c.annexes]
    if ann:
        pg.ensure(14)
        pg.lines(24, 166, R["enc"], font=fb, size=size - 0.6, gap=1)
        for i, d in enumerate(ann, 1):
            pg.lines(24, 166, d, font=f, size=size - 1, gap=0.6, bullet=f"{i}.", indent=7)
    n = len(pg.pages)
    for i, p_ in enumerate(pg.pages, 1):
        p_.text(105, 287, R["page"].format(i=i, n=n), font=f, size_pt=8, anchor="center", color=GREY)
    return pg.pages, pg.tags


for _lg, _d_ in (
    (
        "nl",
        "law firm's request with the authority's questions as bold headings, the firm's name up the left margin, "
        "signature across the round stamp, no typed name",
    ),
    (
        "fr",
        "requête d'un cabinet, titres en forme de questions, nom du cabinet vertical, signature sur le cachet",
    ),
    ("de", "Antrag einer Kanzlei mit Fragen als Überschriften, Unterschrift über dem Rundstempel"),
    ("en", "the same request written in English"),
):
    _reg(
        f"be9ter-app-{_lg}-lawyer-prose-vragen-als-koppen-verticale-kantoornaam-handtekening-over-stempel-32",
        "application",
        PART,
        _lg,
        (lambda c, r, lg=_lg: app_questions(c, r, lang=lg)),
        _d_,
    )


# --------------------------------------------------------------------------- application 2: identification sheet

_FI = {
    "nl": dict(
        title="VERZOEKSCHRIFT",
        sub="tot machtiging tot verblijf – artikel 9ter van de wet van 15 december 1980",
        to="Aan de Dienst Vreemdelingenzaken – Pachecolaan 44 – 1000 Brussel (aangetekend)",
        fiche="Identificatiefiche",
        secs=[
            "§ 1. Gezin",
            "§ 2. Identiteit",
            "§ 3. Medische situatie",
            "§ 4. Zorg in het land van herkomst",
            "§ 5. Andere procedures",
            "§ 6. Verzoek",
        ],
        done="Gedaan te {city}, {date}.",
        lab="Handtekening van de advocaat",
        inv="Inventaris van de stukken",
        pg="blz.",
    ),
    "fr": dict(
        title="REQUÊTE",
        sub="en autorisation de séjour – article 9ter de la loi du 15 décembre 1980",
        to="À l'Office des Étrangers – Boulevard Pachéco 44 – 1000 Bruxelles (recommandé)",
        fiche="Fiche signalétique",
        secs=[
            "§ 1. Famille",
            "§ 2. Identité",
            "§ 3. Situation médicale",
            "§ 4. Soins au pays d'origine",
            "§ 5. Autres procédures",
            "§ 6. Demande",
        ],
        done="Fait à {city}, le {date}.",
        lab="Signature de l'avocat",
        inv="Inventaire des pièces",
        pg="p.",
    ),
}


def app_fiche(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """A request opening with an identification sheet: a grey box in which every label stands in small capitals
    ABOVE its value (two columns, values in bold), then sections '§ 1.' to '§ 6.' in C059; 'Gedaan te ...'; the
    lawyer signs ABOVE the printed label 'Handtekening van de advocaat' (a rule over the label); the inventory
    as a numbered list with dot leaders and the number of pages at the right; the firm's name centred in URW
    Bookman at the top of every page."""
    L, R = c.lawyer, _FI[lang]
    f, fb, fs = CENT, CENT_B, NSANS
    size = 10.2

    def new_page(i: int):
        sh = Sheet()
        sh.text(105, 11, L["firm"].upper(), font=BOOK_B, size_pt=10, anchor="center", letter_spacing=0.4)
        sh.text(
            105,
            16,
            f"{L['street']} – {L['pc']} {L['city']} – {L['tel']}",
            font=BOOK,
            size_pt=7.8,
            anchor="center",
            color=GREY,
        )
        sh.rule(60, 20.5, 150, 20.5, width_mm=0.2)
        if i == 0:
            sh.text(105, 30, R["title"], font=fb, size_pt=16, anchor="center", letter_spacing=1.2)
            sh.text(105, 37.5, R["sub"], font=CENT_I, size_pt=10, anchor="center")
            sh.text(105, 43, R["to"], font=f, size_pt=8.5, anchor="center", color=GREY)
            return sh, 52
        return sh, 28

    pg = Pager(new_page, bottom=272)
    rows = _fields(c, lang)
    pg.tag("personal")
    sh = pg.sh
    y0 = pg.y
    sh.text(20, y0, R["fiche"], font=fb, size_pt=10.5)
    y = y0 + 6
    cells = []
    for lab, val, tag in rows:
        span = 2 if tag == "residence" or lab in ("Gekozen woonplaats", "Domicile élu") else 1
        cells.append((lab, val, tag, span))
    # lay cells out in two columns, long ones over both
    layout, col_, yy = [], 0, 0
    for lab, val, tag, span in cells:
        if span == 2 and col_ == 1:
            col_, yy = 0, yy + 1
        layout.append((lab, val, tag, span, col_, yy))
        if span == 2:
            yy += 1
            col_ = 0
        elif col_ == 0:
            col_ = 1
        else:
            col_, yy = 0, yy + 1
    nrow = max(r[5] for r in layout) + 1
    h = nrow * 11 + 4
    sh.rect(20, y, 170, h, width_mm=0, fill=(236, 236, 236))
    for lab, val, tag, span, cx, ry in layout:
        x = 24 + cx * 84
        yy_ = y + 3 + ry * 11
        if tag:
            pg.tag(tag)
        sh.text(x, yy_, lab.upper(), font=fs, size_pt=6.8, color=GREY, letter_spacing=0.2)
        w = 162 if span == 2 else 80
        if val:
            sh.text(x, yy_ + 3.6, glyphs(val, fb), font=fb, size_pt=fit(glyphs(val, fb), fb, 10.5, w))
        else:
            sh.text(x, yy_ + 3.6, "…", font=f, size_pt=10.5, color=GREY)
    pg.y = y + h + 8
    for head, body, tag in (
        (R["secs"][0], s32_family(c, lang), "family"),
        (R["secs"][1], s32_identity(c, lang), "identity"),
        (R["secs"][2], s32_medical(c, lang), "medical"),
        (R["secs"][3], s32_coi(c, lang), "coi"),
        (R["secs"][4], s32_other(c, lang), "parallel"),
        (R["secs"][5], s32_ask(c, lang), None),
    ):
        if not body:
            continue
        pg.ensure(16)
        pg.tag(tag)
        pg.lines(20, 170, head, font=fb, size=size + 0.3, gap=1.4)
        pg.lines(20, 170, body, font=f, size=size, leading=1.45, gap=4.5)
    pg.ensure(44)
    pg.tag("signature")
    sh, y = pg.sh, pg.y + 2
    sh.text(20, y, R["done"].format(city=L["city"], date=c.d(c.app_date, lang)), font=f, size_pt=size)
    if "unsigned" not in c.flags:
        sh.signature(
            110 + rng.uniform(0, 10),
            y + 6,
            rng.uniform(44, 56),
            16,
            rng,
            color=rng.choice([INK_BLUE, INK_BLACK]),
        )
    sh.rule(108, y + 24, 180, y + 24, width_mm=0.25)
    sh.text(108, y + 25.5, R["lab"], font=fs, size_pt=8, color=GREY)
    sh.text(108, y + 30, {"nl": "Mr. ", "fr": "Me "}[lang] + f"{L['first']} {L['last']}", font=f, size_pt=9.5)
    pg.y = y + 42
    ann = list(c.annexes)
    if ann:
        pg.ensure(20)
        pg.lines(20, 170, R["inv"], font=fb, size=size + 0.5, gap=2)
        for i, (key, d) in enumerate(ann, 1):
            pg.ensure(6)
            s2 = pg.sh
            s2.text(22, pg.y, f"{i}.", font=f, size_pt=size - 0.5)
            dd = d if s2.text_width(d, font=f, size_pt=size - 0.5) < 130 else wrap(d, 130, f, size - 0.5)[0]
            w = s2.text(30, pg.y, dd, font=f, size_pt=size - 0.5)
            s2.rule(31 + w, pg.y + 3.8, 178, pg.y + 3.8, width_mm=0.15, color=(120, 120, 120), dash=0.25)
            s2.text(
                190,
                pg.y,
                f"{c.annex_pages.get(key, 1)} {R['pg']}",
                font=f,
                size_pt=size - 0.5,
                anchor="right",
            )
            pg.y += 5.6
    n = len(pg.pages)
    for i, p_ in enumerate(pg.pages, 1):
        p_.text(190, 288, f"{i}/{n}", font=f, size_pt=8, anchor="right", color=GREY)
    return pg.pages, pg.tags


_reg(
    "be9ter-app-nl-lawyer-inventaris-identificatiefiche-label-boven-waarde-handtekening-boven-label-32",
    "application",
    PART,
    "nl",
    lambda c, r: app_fiche(c, r, lang="nl"),
    "request opening with a grey identification sheet (labels above values), sections § 1-6, signature above the "
    "printed label, inventory with dot leaders",
)
_reg(
    "be9ter-app-fr-lawyer-inventaire-fiche-signaletique-libelle-sur-valeur-signature-sur-libelle-32",
    "application",
    PART,
    "fr",
    lambda c, r: app_fiche(c, r, lang="fr"),
    "requête avec fiche signalétique grise (libellés au-dessus des valeurs), §§ 1-6, signature au-dessus du "
    "libellé, inventaire à points de conduite",
)


# --------------------------------------------------------------------------- application 3: intake form

_FM = {
    "nl": dict(
        org="Sociaal Huis – Juridisch Spreekuur Vreemdelingen",
        city_hint="Mechelen",
        title="Vragenlijst aanvraag 9ter (medische regularisatie)",
        note="In te vullen door de aanvrager of met hulp van de maatschappelijk werker. Het formulier wordt "
        "met de bijlagen aangetekend naar de Dienst Vreemdelingenzaken gestuurd.",
        q=[
            ("1.1", "Wie bent u? (naam, voornamen, geboorte, nationaliteit, nummer)"),
            ("1.2", "Waar woont u echt in België?"),
            ("1.3", "Waar moet DVZ de brieven sturen?"),
            ("2.1", "Welke gezinsleden vragen mee aan?"),
            ("2.2", "Met welke documenten toont u uw identiteit aan?"),
            ("3.1", "Welke ziekte heeft u en welke behandeling krijgt u?"),
            ("3.2", "Kan u die behandeling in uw land krijgen en betalen?"),
            ("3.3", "Heeft u nog een andere aanvraag of procedure lopen?"),
            ("4.1", "Welke bijlagen stuurt u mee?"),
        ],
        dom=["mijn verblijfsadres", "mijn advocaat", "een ander adres"],
        decl="Ik vraag een machtiging tot verblijf om medische redenen (artikel 9ter). Ik verklaar dat deze "
        "gegevens juist zijn.",
        date="Datum en plaats:",
        sign="Handtekening:",
        page="vragenlijst 9ter – {i}/{n}",
    ),
    "fr": dict(
        org="Maison médicale du Nord – Permanence sociale",
        city_hint="Schaerbeek",
        title="Questionnaire – demande 9ter (régularisation médicale)",
        note="À compléter par le demandeur ou avec l'aide de l'assistant(e) social(e). Le questionnaire est "
        "envoyé avec ses annexes par recommandé à l'Office des Étrangers.",
        q=[
            ("1.1", "Qui êtes-vous ? (nom, prénoms, naissance, nationalité, numéro)"),
            ("1.2", "Où habitez-vous réellement en Belgique ?"),
            ("1.3", "Où l'Office des Étrangers doit-il envoyer le courrier ?"),
            ("2.1", "Quels membres de la famille sont repris dans la demande ?"),
            ("2.2", "Par quels documents prouvez-vous votre identité ?"),
            ("3.1", "De quelle maladie souffrez-vous et quel traitement recevez-vous ?"),
            ("3.2", "Pouvez-vous obtenir et payer ce traitement dans votre pays ?"),
            ("3.3", "Avez-vous une autre demande ou procédure en cours ?"),
            ("4.1", "Quelles annexes joignez-vous ?"),
        ],
        dom=["mon adresse de résidence", "mon avocat", "une autre adresse"],
        decl="Je demande une autorisation de séjour pour raisons médicales (article 9ter). Je déclare que ces "
        "données sont exactes.",
        date="Date et lieu :",
        sign="Signature :",
        page="questionnaire 9ter – {i}/{n}",
    ),
}


def _firstify(t: str | None, c: Case, lang: str) -> str | None:
    if not t:
        return t
    ref = _ref(c, lang)
    rep = {
        "nl": [
            (f"{_cap(ref)} woont werkelijk op het adres", "Ik woon op het adres"),
            (f"vroeg {ref}", "vroeg ik"),
            (f"{_cap(ref)} vroeg", "Ik vroeg"),
            (f"lijdt {ref}", "lijd ik"),
            (f"{_cap(ref)} heeft momenteel", "Ik heb momenteel"),
            (f"kiest {ref}", "kies ik"),
            (ref, "mij"),
        ],
        "fr": [
            (f"{ref} réside effectivement", "Je réside"),
            (f"{ref} a demandé", "J'ai demandé"),
            (f"{ref} souffre", "je souffre"),
            (f"{ref} n'a actuellement", "Je n'ai actuellement"),
            (f"{ref} fait élection", "je fais élection"),
            (ref, "moi"),
        ],
    }[lang]
    for a, b in rep:
        t = t.replace(a, b)
    return t


def app_intake_form(c: Case, rng: random.Random, *, lang: str, hand: bool) -> tuple[list[Sheet], dict]:
    """A social service's questionnaire: numbered questions ('1.1', '1.2' ...) in Nimbus Sans, each answer written
    on a pale grey band beneath it (by hand in a slanted cursive, or typed in Courier Prime Code by the social
    worker); where the letters must go as three square boxes; the declaration and, on the last lines, 'Datum en
    plaats:' and 'Handtekening:' with the signature BESIDE the label on the same line; the hand-filled version
    printed on recycled paper."""
    R = _FM[lang]
    f, fb = NSANS, NSANS_B
    hf = HAND_IT
    ink = rng.choice([INK_BLUE, INK_BLACK])

    def new_page(i: int):
        sh = Sheet()
        sh.rect(20, 10, 4, 14, width_mm=0, fill=(40, 120, 110))
        sh.text(27, 10, R["org"], font=fb, size_pt=10.5)
        sh.text(27, 15.5, R["title"], font=f, size_pt=9.5, color=GREY)
        if i == 0:
            y = sh.paragraph(20, 30, 170, R["note"], font=NSANS_I, size_pt=8.5, color=GREY) + 4
            return sh, y
        return sh, 32

    pg = Pager(new_page, bottom=268)

    def rows_of(v: str) -> list[str]:
        out = []
        for para in (v or "").split("\n"):
            if not para:
                continue
            out += wrap(glyphs(para, hf), 164 * 0.86, hf, 11.5) if hand else wrap(para, 164, CODE, 9.5)
        return out

    def answer(num: str, q: str, v: str | None, tag: str | None = None, nmin: int = 1):
        rows = rows_of(v or "")
        k = max(nmin, len(rows))
        pg.ensure(6 + 7 * min(k, 3))
        pg.tag(tag)
        pg.sh.text(20, pg.y, num, font=fb, size_pt=9.5, color=(40, 120, 110))
        pg.sh.text(30, pg.y, q, font=f, size_pt=9.5)
        pg.y += 5.5
        for j in range(k):
            pg.ensure(7.2)
            pg.sh.rect(28, pg.y, 162, 6.4, width_mm=0, fill=(234, 234, 234))
            if j < len(rows):
                if hand:
                    pg.sh.handwriting(30, pg.y - 1.4, rows[j], rng, size_pt=11.5, color=ink, font=hf)
                else:
                    pg.sh.text(30, pg.y + 1.2, rows[j], font=CODE, size_pt=9.5)
            pg.y += 7.2
        pg.y += 2.5

    Q = R["q"]
    pg.tag("personal")
    answer(*Q[0], s32_person(c, lang, first=True), "personal", 2)
    answer(*Q[1], "" if "no_address" in c.flags else addr_str(c.addr, lang, c.addr_style), "residence")
    # where the letters go: three boxes, the chosen one crossed, then the address
    pg.ensure(26)
    pg.sh.text(20, pg.y, Q[2][0], font=fb, size_pt=9.5, color=(40, 120, 110))
    pg.sh.text(30, pg.y, Q[2][1], font=f, size_pt=9.5)
    pg.y += 6
    dom = None if ("no_domicile" in c.flags or c.domicile == "none") else c.domicile
    x = 30
    for k, o in enumerate(R["dom"]):
        on = (dom == "residence" and k == 0) or (dom == "lawyer" and k == 1) or (dom == "other" and k == 2)
        pg.sh.checkbox(x, pg.y, 3.8, on, rng=rng if hand else None, ink=ink)
        x += pg.sh.text(x + 5.5, pg.y - 0.1, o, font=f, size_pt=9.5) + 14
    pg.y += 7
    if dom in ("lawyer", "other"):
        v = (
            f"{c.lawyer['firm']}, {c.lawyer['street']}, {c.lawyer['pc']} {c.lawyer['city']}"
            if dom == "lawyer"
            else c.other_domicile or ""
        )
        for r_ in rows_of(v):
            pg.sh.rect(28, pg.y, 162, 6.4, width_mm=0, fill=(234, 234, 234))
            if hand:
                pg.sh.handwriting(30, pg.y - 1.4, r_, rng, size_pt=11.5, color=ink, font=hf)
            else:
                pg.sh.text(30, pg.y + 1.2, r_, font=CODE, size_pt=9.5)
            pg.y += 7.2
    pg.y += 3
    if c.family:
        answer(*Q[3], s32_family(c, lang), "family", 1)
    answer(*Q[4], _firstify(s32_identity(c, lang), c, lang), "identity", 2)
    answer(*Q[5], _firstify(s32_medical(c, lang), c, lang), "medical", 3)
    coi = s32_coi(c, lang)
    answer(*Q[6], coi or "—", "coi" if coi else None, 2)
    oth = s32_other(c, lang)
    answer(
        *Q[7],
        _firstify(oth, c, lang) if oth else {"nl": "neen", "fr": "non"}[lang],
        "parallel" if oth else None,
    )
    ann = [d for _, d in c.annexes]
    if ann:
        answer(*Q[8], " / ".join(f"{i}) {d}" for i, d in enumerate(ann, 1)), None, 2)
    pg.ensure(40)
    pg.tag("signature")
    sh, y = pg.sh, pg.y + 2
    y = sh.paragraph(20, y, 170, R["decl"], font=fb, size_pt=9.5, leading=1.35) + 6
    w = sh.text(20, y, R["date"], font=f, size_pt=9.5)
    pl = f"{fdate(c.app_date, 'slashes', lang)}, {c.addr.city}"
    if hand:
        sh.handwriting(23 + w, y - 1.6, glyphs(pl, hf), rng, size_pt=11.5, color=ink, font=hf)
    else:
        sh.text(23 + w, y, pl, font=CODE, size_pt=9.5)
    y += 12
    w = sh.text(20, y, R["sign"], font=f, size_pt=9.5)
    sh.rule(22 + w, y + 4.5, 120, y + 4.5, width_mm=0.2, color=(120, 120, 120))
    if "unsigned" not in c.flags:
        sh.signature(25 + w, y - 8, rng.uniform(42, 54), 15, rng, color=ink)
    n = len(pg.pages)
    for i, s_ in enumerate(pg.pages, 1):
        s_.text(190, 287, R["page"].format(i=i, n=n), font=f, size_pt=7.5, anchor="right", color=GREY)
    if hand:
        return [sheet_of(recycled(s_.render(210), rng, strength=0.8)) for s_ in pg.pages], pg.tags
    return pg.pages, pg.tags


_reg(
    "be9ter-app-nl-form-sociaal-huis-genummerde-vragen-grijze-antwoordbanden-cursief-hand-32",
    "application",
    PART,
    "nl",
    lambda c, r: app_intake_form(c, r, lang="nl", hand=True),
    "a social service's numbered questionnaire answered by hand in a slanted cursive on grey bands, recycled paper, "
    "signature beside the label",
)
_reg(
    "be9ter-app-fr-form-maison-medicale-questions-numerotees-bandes-grises-dactylo-32",
    "application",
    PART,
    "fr",
    lambda c, r: app_intake_form(c, r, lang="fr", hand=False),
    "questionnaire d'une maison médicale, réponses tapées en Courier Prime Code sur des bandes grises",
)


# --------------------------------------------------------------------------- medical certificate 2024


def medcert_scale(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The 2024 model as printed from the practice's template: the title in a thin double frame, every section
    number in a grey disc at the left of its question, each answer in a rounded box typed in Courier Prime Code;
    the doctor identified by the practice's printed adhesive label (name, RIZIV number, address, a barcode) stuck
    a little askew in section 2; the severity as a four-step scale with the chosen step shaded and marked with a
    triangle under it; at the end the date and place in a box and the signature written ACROSS the practice's
    oval stamp; 'model 2024 – i/n' in the footer."""
    Mx, v = MC_NEW[lang], _values(c, lang, rng)
    d = c.doctor
    qf, qb, af = NSANS, NSANS_B, CODE
    ink = rng.choice([INK_BLUE, INK_BLACK])
    disc = rng.choice([(200, 200, 200), (196, 210, 220)])

    def new_page(i: int):
        sh = Sheet()
        if i == 0:
            sh.rect(22, 8, 166, 26, width_mm=0.5)
            sh.rect(23.4, 9.4, 163.2, 23.2, width_mm=0.2)
            sh.text(105, 11, Mx["title"], font=qb, size_pt=13.5, anchor="center")
            yy = sh.paragraph(
                30, 17.5, 150, Mx["law"], font=qf, size_pt=7.3, leading=1.2, align="center", color=GREY
            )
            sh.text(105, yy + 0.3, Mx["model"], font=NSANS_I, size_pt=7.5, anchor="center", color=GREY)
            return sh, 40
        return sh, 16

    pg = Pager(new_page, bottom=272)

    def q(t: str, tag: str | None = None):
        num, _, rest = t.partition(". ")
        rows = wrap(rest or t, 150, qb, 9.4)
        pg.ensure(5 * len(rows) + 12)
        pg.tag(tag)
        sh = pg.sh
        if rest:
            sh.rect(20, pg.y - 0.6, 7.5, 6, width_mm=0, fill=disc)
            sh.text(23.75, pg.y - 0.1, num, font=qb, size_pt=9, anchor="center")
        for j, r_ in enumerate(rows):
            sh.text(31, pg.y + j * 4.6, r_, font=qb, size_pt=9.4)
        pg.y += 4.6 * len(rows) + 1.5

    def a(val: str, tag: str | None = None, nmin: int = 1):
        rows = wrap(val, 154, af, 9.4) if val else []
        k = max(nmin, len(rows))
        h = 4.9 * k + 3
        if pg.y + h > 272:
            pg.new()
        pg.tag(tag if val else None)
        pg.sh.rect(31, pg.y, 159, h, width_mm=0.25, color=(110, 110, 110))
        for j, r_ in enumerate(rows):
            pg.sh.text(33, pg.y + 1.5 + j * 4.9, r_, font=af, size_pt=9.4)
        pg.y += h + 4

    q(Mx["s1"], "patient")
    pg.ensure(14)
    for j, (lab, val) in enumerate(
        ((Mx["name"], v["surname"]), (Mx["first"], v["first"]), (Mx["bd"], v["bd"]), (Mx["nat"], v["nat"]))
    ):
        x, y = 31 + (j % 2) * 80, pg.y + (j // 2) * 10
        pg.sh.text(x, y, lab, font=qf, size_pt=7.5, color=GREY)
        pg.sh.rect(x, y + 3.2, 77, 6, width_mm=0.25, color=(110, 110, 110))
        if val:
            pg.sh.text(x + 1.5, y + 4, val, font=af, size_pt=fit(val, af, 9.6, 73))
    pg.y += 24
    q(Mx["s2"], "doctor")
    pg.ensure(34)
    spec = SPECIALTY[d.spec].get(lang if lang in ("nl", "fr", "de") else "nl", "")
    if v["riziv"]:
        lab = Sheet(78, 26)
        lab.rect(0, 0, 78, 26, width_mm=0.2, color=(190, 190, 190), fill=(253, 253, 247))
        lab.text(3, 2, f"Dr {d.first} {d.last.upper()}", font=qb, size_pt=9.5)
        lab.text(3, 6.5, spec, font=qf, size_pt=8)
        lab.text(3, 10.5, f"RIZIV/INAMI {v['riziv']}", font=qb, size_pt=8.5)
        lab.text(3, 14.5, f"{d.street}, {d.pc} {d.city}", font=qf, size_pt=7.5)
        bars(lab, 3, 18.5, 52, 5, d.riziv)
        paste(pg.sh, lab, 31, pg.y, dpi=300, angle=rng.uniform(-2.5, 2.5))
        pg.sh.text(118, pg.y + 2, Mx["daddr"], font=qf, size_pt=7.5, color=GREY)
        pg.sh.text(118, pg.y + 6, d.inst or d.name(), font=af, size_pt=fit(d.inst or d.name(), af, 9, 70))
        pg.sh.text(118, pg.y + 12, Mx["tel"], font=qf, size_pt=7.5, color=GREY)
        pg.sh.text(118, pg.y + 16, d.tel, font=af, size_pt=9)
    else:
        pg.sh.text(31, pg.y, Mx["dname"], font=qf, size_pt=7.5, color=GREY)
        pg.sh.rect(31, pg.y + 3.2, 77, 6, width_mm=0.25, color=(110, 110, 110))
        pg.sh.text(32.5, pg.y + 4, d.name(), font=af, size_pt=9.4)
        pg.sh.text(111, pg.y, Mx["spec"], font=qf, size_pt=7.5, color=GREY)
        pg.sh.rect(111, pg.y + 3.2, 79, 6, width_mm=0.25, color=(110, 110, 110))
        pg.sh.text(112.5, pg.y + 4, spec, font=af, size_pt=9.4)
        pg.sh.text(31, pg.y + 12, Mx["daddr"], font=qf, size_pt=7.5, color=GREY)
        pg.sh.rect(31, pg.y + 15.2, 159, 6, width_mm=0.25, color=(110, 110, 110))
        pg.sh.text(
            32.5,
            pg.y + 16,
            f"{d.inst}, {d.street}, {d.pc} {d.city}",
            font=af,
            size_pt=fit(f"{d.inst}, {d.street}, {d.pc} {d.city}", af, 9.4, 155),
        )
    pg.y += 32
    q(Mx["s3"])
    a(fdate(c.cert_date - timedelta(days=rng.randint(120, 1400)), "dots", lang))
    q(Mx["s4"])
    a(v["hist"], None, 2)
    q(Mx["s5"], "illness")
    a(f"{v['ill']} (ICD-10 {v['icd']})" if v["ill"] else "", "illness", 2)
    q(Mx["s6"], "severity")
    pg.ensure(16)
    k = None if "mc_no_severity" in c.flags else rng.choice([2, 2, 3])
    for i, o in enumerate(Mx["sevopts"]):
        x = 31 + i * 39.75
        pg.sh.rect(x, pg.y, 39.75, 7, width_mm=0.3, fill=(196, 196, 196) if i == k else (248, 248, 248))
        pg.sh.text(x + 19.9, pg.y + 1.5, o, font=qb if i == k else qf, size_pt=9.2, anchor="center")
        if i == k:
            pg.sh.text(x + 19.9, pg.y + 7.2, "▲", font="sans3", size_pt=9, anchor="center")
    pg.y += 13
    q(Mx["s6b"])
    a(v["sev"], "severity", 2)
    q(Mx["s7"], "treatment")
    q(Mx["s7a"])
    a(v["meds"], "treatment", 2)
    q(Mx["s7b"])
    a(v["interv"])
    q(Mx["s7c"])
    a(v["dur"])
    q(Mx["s8"])
    a(v["cons"], None, 2)
    q(Mx["s9"])
    a(v["prog"])
    q(Mx["s10"])
    a(v["needs"])
    q(Mx["s11"])
    a(v["travel"])
    pg.ensure(44)
    pg.tag("signature")
    sh, y = pg.sh, pg.y + 2
    sh.rect(31, y, 62, 16, width_mm=0.25, color=(110, 110, 110))
    sh.text(32.5, y + 1, Mx["date"], font=qf, size_pt=7.5, color=GREY)
    sh.text(33, y + 6.5, f"{d.city}, {v['date']}", font=af, size_pt=fit(f"{d.city}, {v['date']}", af, 10, 58))
    sh.text(100, y, Mx["sign"], font=qf, size_pt=7.5, color=GREY)
    sh.stamp(
        104 + rng.uniform(0, 10),
        y + 4,
        _stamp_lines(c, lang if lang in ("nl", "fr", "de") else "nl", bool(v["riziv"])),
        rng,
        shape="oval",
        size_mm=30,
        color=rng.choice([STAMP_BLUE, STAMP_VIOLET]),
        angle=rng.uniform(-6, 6),
    )
    if v["signed"]:
        sh.signature(100 + rng.uniform(0, 12), y + 8, rng.uniform(48, 60), 18, rng, color=ink)
    n = len(pg.pages)
    for i, s_ in enumerate(pg.pages, 1):
        s_.text(
            20,
            288,
            {"nl": "model 2024", "fr": "modèle 2024", "de": "Muster 2024", "en": "2024 model"}[lang]
            + f" – {i}/{n}",
            font=qf,
            size_pt=7.5,
            color=GREY,
        )
    return pg.pages, pg.tags


for _lg, _d_ in (
    (
        "nl",
        "2024 model from a practice template: grey discs with the numbers, answers in rounded boxes in Courier "
        "Prime Code, the doctor's adhesive label, severity scale with a triangle, signature across the oval stamp",
    ),
    ("fr", "modèle 2024 : pastilles grises, réponses encadrées, étiquette du médecin, échelle de gravité"),
    ("de", "Muster 2024 mit grauen Nummernscheiben, Arztetikett, Schweregradskala"),
    ("en", "the 2024 model filled in English (not accepted)"),
):
    _reg(
        f"be9ter-medcert-2024-{_lg}-nummerschijven-afgeronde-vakken-artsenetiket-ernstschaal-32",
        "medical-certificate",
        PART,
        _lg,
        (lambda c, r, lg=_lg: medcert_scale(c, r, lang=lg)),
        _d_,
    )


# --------------------------------------------------------------------------- medical certificate, previous model


def medcert_old_runin(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The previous model retyped by a GP in URW Bookman, each heading in bold with the answer run on after it on
    the same line; the patient's identification in a ruled box at the top; at the end 'Datum', the RIZIV number
    and the printed 'Naam, handtekening en stempel van de geneesheer:' with the signature written BELOW it and the
    rectangular stamp to its right; photocopied on recycled paper."""
    Mo, v = MC_OLD[lang], _values(c, lang, rng)
    f, fb = BOOK, BOOK_B
    size = 9.6
    ink = rng.choice([INK_BLUE, INK_BLACK])
    d = c.doctor

    def new_page(i: int):
        sh = Sheet()
        if i == 0:
            sh.text(20, 12, d.inst or d.name(), font=fb, size_pt=10)
            sh.text(20, 17, f"{d.street} – {d.pc} {d.city} – {d.tel}", font=f, size_pt=8, color=GREY)
            sh.text(105, 28, Mo["title"], font=fb, size_pt=13, anchor="center")
            sh.text(105, 34, f"{Mo['sub']} {Mo['law']}", font=BOOK_I, size_pt=8.5, anchor="center")
            return sh, 42
        sh.text(
            190,
            12,
            f"{Mo['title'].title()} – {v['pat'] or '...'}",
            font=f,
            size_pt=7.5,
            anchor="right",
            color=GREY,
        )
        return sh, 22

    pg = Pager(new_page, bottom=270)
    pg.tag("patient")
    sh = pg.sh
    sh.rect(20, pg.y, 170, 16, width_mm=0.3)
    sh.text(23, pg.y + 2, f"{Mo['pat']}:", font=fb, size_pt=9)
    sh.text(88, pg.y + 2, v["pat"], font=f, size_pt=10)
    sh.text(23, pg.y + 9, f"{Mo['bd']}: {v['bd']}", font=f, size_pt=9.5)
    sh.text(100, pg.y + 9, f"{Mo['nat']}: {v['nat']}", font=f, size_pt=9.5)
    pg.y += 22

    def runin(head: str, ans: str, tag: str | None = None):
        lh = size * 0.3528 * 1.42
        pg.ensure(lh * 2)
        pg.tag(tag)
        words_h = head.split()
        words_a = ans.split() if ans else []
        toks = [(w, True) for w in words_h] + [(w, False) for w in words_a]
        x, line = 20.0, []
        space = width_sp = pg.sh.text_width(" ", font=f, size_pt=size)
        _ = width_sp

        def flush():
            nonlocal x, line
            xx = 20.0
            for w, b in line:
                pg.sh.text(xx, pg.y, w, font=fb if b else f, size_pt=size)
                xx += pg.sh.text_width(w, font=fb if b else f, size_pt=size) + space
            pg.y += lh
            pg.ensure(lh)
            x, line = 20.0, []

        for w, b in toks:
            ww = pg.sh.text_width(w, font=fb if b else f, size_pt=size)
            if x + ww > 190 and line:
                flush()
            line.append((w, b))
            x += ww + space
        if line:
            flush()
        pg.y += 2.2

    runin(Mo["A"], v["hist"])
    runin(Mo["B"], "", "illness")
    runin(Mo["diag"], f"{v['ill']} (ICD-10 {v['icd']})" if v["ill"] else "", "illness")
    runin(Mo["sev"], v["sev"], "severity")
    runin(Mo["C"], "", "treatment")
    runin(Mo["med"], v["meds"], "treatment")
    runin(Mo["interv"], v["interv"])
    runin(Mo["dur"], v["dur"])
    runin(Mo["D"], v["cons"])
    runin(Mo["E"], v["prog"])
    runin(Mo["F"], v["needs"])
    runin(Mo["G"], v["travel"])
    pg.ensure(52)
    pg.tag("signature")
    sh, y = pg.sh, pg.y + 4
    sh.text(20, y, f"{Mo['date']} {v['date']}", font=f, size_pt=10)
    w = sh.text(20, y + 7, Mo["riziv"], font=fb, size_pt=9.5)
    if v["riziv"]:
        sh.text(22 + w, y + 7, v["riziv"], font=f, size_pt=10)
    sh.text(20, y + 15, Mo["sign"], font=fb, size_pt=9.5)
    if v["signed"]:
        sh.signature(22, y + 21, rng.uniform(42, 52), 15, rng, color=ink)
    sh.stamp(
        86,
        y + 19,
        _stamp_lines(c, lang, bool(v["riziv"])),
        rng,
        shape="rect",
        size_mm=32,
        color=rng.choice([STAMP_BLUE, STAMP_VIOLET]),
        angle=rng.uniform(-3, 3),
    )
    return [sheet_of(recycled(s_.render(210), rng, strength=0.7)) for s_ in pg.pages], pg.tags


for _lg, _d_ in (
    (
        "nl",
        "previous model retyped in URW Bookman with the answers run on after the bold headings, "
        "signature below the printed label, stamp beside, recycled paper",
    ),
    ("fr", "modèle précédent retapé, réponses à la suite des titres en gras, papier recyclé"),
):
    _reg(
        f"be9ter-medcert-old-{_lg}-bookman-doorlopende-antwoorden-handtekening-onder-label-gerecycleerd-32",
        "medical-certificate",
        PART,
        _lg,
        (lambda c, r, lg=_lg: medcert_old_runin(c, r, lang=lg)),
        _d_,
    )


# --------------------------------------------------------------------------- medical statements


def medstat_specialist(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """A specialist's letter to the referring GP ('Geachte collega' / 'Cher Confrère') with a three-column grid
    at the top (patient, referring doctor, date of consultation), the CONCLUSION first in a bold paragraph and the
    details after it under small bold run-in heads; the signature at the right BESIDE the typed name and RIZIV
    number."""
    d = c.doctor if "medcert_absent" in c.flags else c.specialist
    il = ILLNESSES[c.illness]
    t = il[next(x for x in (lang, "fr", "nl") if x in il)]
    f, fb = CARL, CARL_B
    T = {
        "nl": dict(
            sal="Geachte collega,",
            grid=["Patiënt", "Verwijzer", "Consultatie"],
            concl="Besluit",
            h=["Voorgeschiedenis", "Onderzoek", "Behandeling", "Vooruitzichten"],
            end="Met collegiale groeten,",
            intro="Ik zag uw patiënt(e) op consultatie.",
        ),
        "fr": dict(
            sal="Cher Confrère,",
            grid=["Patient", "Médecin référent", "Consultation"],
            concl="Conclusion",
            h=["Antécédents", "Examen", "Traitement", "Perspectives"],
            end="Bien confraternellement,",
            intro="J'ai vu votre patient(e) en consultation.",
        ),
    }[lang]
    sh = Sheet()
    sh.text(20, 12, d.inst or d.name(), font=fb, size_pt=13, color=(0, 90, 120))
    sh.text(20, 18.5, d.dept or SPECIALTY[d.spec].get("dept_" + lang, ""), font=f, size_pt=9, color=GREY)
    sh.text(190, 12, f"{d.street}", font=f, size_pt=8.5, anchor="right", color=GREY)
    sh.text(190, 16.5, f"{d.pc} {d.city} · {d.tel}", font=f, size_pt=8.5, anchor="right", color=GREY)
    vals = [
        f"{c.p.surname.upper()} {c.p.given_names}\n°{fdate(c.p.birth_date, 'dots', lang)}",
        f"{c.doctor.name() if d is not c.doctor else 'Dr. ' + rng.choice(['A. Maes', 'C. Lefèvre', 'K. Wouters'])}",
        fdate(c.medstat_date, "dots", lang),
    ]
    for i, (h, val) in enumerate(zip(T["grid"], vals)):
        x = 20 + i * 56.7
        sh.rect(x, 26, 56.7, 17, width_mm=0.3)
        sh.rect(x, 26, 56.7, 5, width_mm=0, fill=(222, 234, 238))
        sh.text(x + 2, 26.6, h, font=fb, size_pt=8.5)
        for j, ln in enumerate(val.split("\n")):
            sh.text(x + 2, 32.5 + j * 4.6, ln, font=f, size_pt=fit(ln, f, 9.5, 52))
    y = 52
    y = sh.paragraph(20, y, 170, T["sal"], font=f, size_pt=10.5) + 2
    y = sh.paragraph(20, y, 170, T["intro"], font=f, size_pt=10.5) + 3
    w = sh.text(20, y, T["concl"] + ": ", font=fb, size_pt=10.5)
    y = (
        sh.paragraph(
            20,
            y + 5,
            170,
            f"{t['name']} (ICD-10 {il['icd']}). {t['severity']}",
            font=fb,
            size_pt=10.5,
            leading=1.42,
        )
        + 4
    )
    _ = w
    for h, body in zip(
        T["h"],
        (
            t["history"],
            t["consequences"],
            "; ".join(t["meds"]) + ". " + t["intervention"] + " " + t["duration"],
            t["prognosis"] + " " + t["needs"],
        ),
    ):
        hw = sh.text(20, y, h + ". ", font=fb, size_pt=10.3)
        rows = wrap(body, 170 - hw, f, 10.3)
        sh.text(20 + hw, y, rows[0] if rows else "", font=f, size_pt=10.3)
        rest = " ".join(rows[1:])
        y = (
            sh.paragraph(20, y + 5.1, 170, rest, font=f, size_pt=10.3, leading=1.42) if rest else y + 5.1
        ) + 3
    y += 2
    sh.text(20, y, T["end"], font=f, size_pt=10.5)
    sh.text(20, y + 9, d.name(), font=fb, size_pt=10.5)
    sh.text(20, y + 14, SPECIALTY[d.spec].get(lang, ""), font=f, size_pt=9.5)
    sh.text(20, y + 18.5, f"RIZIV/INAMI {d.riziv}", font=f, size_pt=9, color=GREY)
    sh.signature(90, y + 6, rng.uniform(40, 52), 15, rng, color=INK_BLUE)
    return [sh], {}


_IMG = {
    "hiv": (
        "RX thorax (PA en profiel)",
        "Radiographie du thorax (face et profil)",
        "Geen actieve longinfiltraten; restletsels na doorgemaakte pneumonie.",
        "Pas d'infiltrat actif ; séquelles de pneumopathie ancienne.",
    ),
    "ckd": (
        "Echografie nieren en urinewegen",
        "Échographie rénale et des voies urinaires",
        "Beide nieren verkleind (rechts 8,4 cm, links 8,1 cm) met verhoogde echogeniciteit en verlies van "
        "corticomedullaire differentiatie.",
        "Reins de taille réduite (droit 8,4 cm, gauche 8,1 cm), hyperéchogènes, perte de la différenciation "
        "cortico-médullaire.",
    ),
    "t1d": (
        "Fundusfoto's beide ogen (retinale screening)",
        "Rétinographie des deux yeux (dépistage)",
        "Milde niet-proliferatieve diabetische retinopathie beiderzijds; geen maculaoedeem.",
        "Rétinopathie diabétique non proliférante légère bilatérale ; pas d'œdème maculaire.",
    ),
    "ptsd": (
        "MRI hersenen zonder contrast",
        "IRM cérébrale sans contraste",
        "Geen structurele afwijkingen; geen aanwijzing voor een organische oorzaak van de klachten.",
        "Pas d'anomalie structurelle ; pas d'argument pour une cause organique des plaintes.",
    ),
    "sickle": (
        "Echografie abdomen",
        "Échographie abdominale",
        "Kleine, verschrompelde milt (autosplenectomie); galstenen zonder tekenen van cholecystitis.",
        "Rate petite et atrophique (autosplénectomie) ; lithiase vésiculaire sans cholécystite.",
    ),
    "cancer": (
        "CT thorax-abdomen met contrast",
        "Scanner thoraco-abdominal avec injection",
        "Status na operatie; geen aanwijzingen voor metastasen op dit ogenblik.",
        "Statut post-opératoire ; pas d'argument pour des métastases à ce jour.",
    ),
}


def medstat_imaging(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """An imaging (or technical examination) protocol from a hospital's radiology department: the department's
    name in a dark band, the patient, the examination and the requesting doctor as a data block, 'Indicatie' /
    'Indication' with the diagnosis under treatment, the findings and a boxed conclusion; validated electronically
    by the radiologist (no hand signature), the accession number and a barcode in the footer."""
    d = c.doctor if "medcert_absent" in c.flags else c.specialist
    il = ILLNESSES[c.illness]
    t = il[next(x for x in (lang, "fr", "nl") if x in il)]
    ex_nl, ex_fr, fi_nl, fi_fr = _IMG.get(c.illness, _IMG["hiv"])
    nl = lang == "nl"
    f, fb = COND, COND_B
    sh = Sheet()
    sh.rect(0, 8, 210, 14, width_mm=0, fill=(36, 46, 64))
    inst = d.inst or "Ziekenhuis"
    sh.text(20, 10, inst, font=fb, size_pt=11, color=(255, 255, 255))
    sh.text(
        20,
        15.5,
        "Dienst Medische Beeldvorming" if nl else "Service d'Imagerie médicale",
        font=f,
        size_pt=8.5,
        color=(220, 220, 230),
    )
    when = c.medstat_date - timedelta(days=rng.randint(1, 12))
    acc = f"ACC{rng.randint(10000000, 99999999)}"
    rows = [
        ("Patiënt" if nl else "Patient", f"{c.p.surname.upper()}, {c.p.given_names}"),
        ("Geboortedatum" if nl else "Date de naissance", fdate(c.p.birth_date, "dots", lang)),
        ("Onderzoek" if nl else "Examen", ex_nl if nl else ex_fr),
        ("Datum onderzoek" if nl else "Date de l'examen", fdate(when, "dots", lang)),
        ("Aanvrager" if nl else "Demandeur", d.name()),
    ]
    y = 30
    for a, b in rows:
        sh.text(20, y, a, font=f, size_pt=9, color=GREY)
        sh.text(62, y, glyphs(b, fb), font=fb, size_pt=fit(glyphs(b, fb), fb, 10, 126))
        y += 5.6
    y += 6
    for h, body in (
        (
            "Indicatie" if nl else "Indication",
            f"{t['name']} (ICD-10 {il['icd']}); opvolging onder behandeling."
            if nl
            else f"{t['name']} (CIM-10 {il['icd']}) ; suivi sous traitement.",
        ),
        ("Techniek" if nl else "Technique", "Standaardprotocol." if nl else "Protocole standard."),
        ("Bevindingen" if nl else "Résultats", fi_nl if nl else fi_fr),
    ):
        sh.text(20, y, h, font=fb, size_pt=10)
        y = sh.paragraph(20, y + 5, 170, body, font=f, size_pt=10, leading=1.4) + 4
    sh.rect(20, y, 170, 24, width_mm=0.4)
    sh.text(23, y + 2, "Besluit" if nl else "Conclusion", font=fb, size_pt=10)
    sh.paragraph(
        23, y + 7.5, 164, (fi_nl if nl else fi_fr) + " " + t["severity"], font=f, size_pt=9.5, leading=1.35
    )
    y += 32
    rad = rng.choice(
        [
            ("Dr. L. Segers", "Dr L. Segers"),
            ("Dr. F. Moreau", "Dr F. Moreau"),
            ("Dr. S. Bulut", "Dr S. Bulut"),
        ]
    )[0 if nl else 1]
    sh.text(
        20,
        y,
        (
            f"Elektronisch gevalideerd door {rad}, radioloog, op {fdate(when, 'dots', lang)}."
            if nl
            else f"Validé électroniquement par {rad}, radiologue, le {fdate(when, 'dots', lang)}."
        ),
        font=NSANS_I,
        size_pt=9,
        color=GREY,
    )
    bars(sh, 20, 276, 44, 7, acc)
    sh.text(70, 278, acc, font=f, size_pt=8, color=GREY)
    sh.text(190, 278, "1/1", font=f, size_pt=8, anchor="right", color=GREY)
    return [sh], {}


for _lg in ("nl", "fr"):
    _reg(
        f"be9ter-medstat-specialist-{_lg}-verwijsbrief-kopraster-besluit-eerst-handtekening-naast-naam-32",
        "medical-statement",
        PART,
        _lg,
        (lambda c, r, lg=_lg: medstat_specialist(c, r, lang=lg)),
        "specialist's letter to the GP, a three-column grid at the top, conclusion first, signature beside the name",
    )
    _reg(
        f"be9ter-medstat-beeldvorming-protocol-{_lg}-donkere-band-besluitkader-evalidatie-32",
        "medical-statement",
        PART,
        _lg,
        (lambda c, r, lg=_lg: medstat_imaging(c, r, lang=lg)),
        "a radiology (technical examination) protocol validated electronically, boxed conclusion",
    )


# --------------------------------------------------------------------------- country of origin information

_JOURNAL = {
    "GIN": ("Revue africaine de santé publique", "fr"),
    "RWA": ("East African Journal of Health Systems", "en"),
    "TUR": ("Journal of Health Policy and Access", "en"),
}


def coi_article(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """Two pages of a journal article printed from its PDF: the journal's name and volume in the running head,
    the title, authors and affiliations, a boxed abstract, then two columns of text with a small table of
    availability and cost; the DOI and page numbers in the footer."""
    o = c.origin()
    co, il = COUNTRIES[o], ILLNESSES[c.illness]
    jn, lang = _JOURNAL.get(o, ("Journal of Health Policy and Access", "en"))
    cn = cname(o, lang)
    dr = drug(c.illness, lang)
    vol, yr = rng.randint(8, 31), c.app_date.year - rng.choice([0, 1, 1, 2])
    f, fb, fi = CENT, CENT_B, CENT_I
    au = rng.choice(
        [
            ("A. Uwera, J.-P. Habimana, K. Schmitz", "Kigali / Louvain"),
            ("M. S. Bah, F. Camara, P. Lambert", "Conakry / Liège"),
            ("E. Yıldız, S. Aydın, L. Van Acker", "Ankara / Gent"),
        ]
    )
    if lang == "fr":
        title = f"Accès aux traitements des maladies chroniques en {cn} : disponibilité et coût de {dr}"
        abstract = (
            f"Objectif : décrire la disponibilité et le coût de {dr} en {cn}. Méthode : enquête dans les "
            f"pharmacies publiques et privées de {co['capital']} et analyse des listes de remboursement. "
            f"Résultats : le produit n'était disponible que dans {co['hospital']}, avec des ruptures "
            f"fréquentes ; le coût mensuel atteignait {il['cost']}, pour un salaire moyen de {co['wage']}. "
            f"Conclusion : le traitement n'est pas accessible à la majorité des patients."
        )
        body = [
            (
                "Introduction",
                "Les maladies chroniques représentent une part croissante de la charge de morbidité. "
                "L'accès régulier aux médicaments reste le principal obstacle à leur prise en charge.",
            ),
            (
                "Disponibilité",
                f"Sur les pharmacies visitées, seules celles de {co['hospital']} disposaient de "
                f"{dr} au moment de l'enquête ; les ruptures duraient en moyenne six semaines.",
            ),
            (
                "Accessibilité financière",
                f"Un mois de traitement coûte environ {il['cost']}. {co['insurance_fr']}",
            ),
            (
                "Discussion",
                "La continuité des soins ne peut être garantie ; l'interruption expose les patients "
                "à des complications graves.",
            ),
        ]
        hd = ["Élément", "Disponible", "Coût mensuel"]
        ab = "Résumé"
    else:
        title = f"Access to treatment for chronic disease in {cn}: availability and cost of {dr}"
        abstract = (
            f"Objective: to describe the availability and cost of {dr} in {cn}. Methods: survey of public "
            f"and private pharmacies in {co['capital']} and review of reimbursement lists. Results: the "
            f"product was only available at {co['hospital']}, with frequent stock-outs; the monthly cost "
            f"reached {il['cost']}, against an average wage of {co['wage']}. Conclusion: the treatment is "
            f"not accessible to most patients."
        )
        body = [
            (
                "Introduction",
                "Chronic diseases account for a growing share of the burden of disease. Regular "
                "access to medicines remains the main obstacle to their management.",
            ),
            (
                "Availability",
                f"Of the pharmacies visited, only those of {co['hospital']} stocked {dr} at the "
                f"time of the survey; stock-outs lasted six weeks on average.",
            ),
            ("Affordability", f"A month of treatment costs about {il['cost']}. {co['insurance_en']}"),
            (
                "Discussion",
                "Continuity of care cannot be guaranteed; interruption exposes patients to serious "
                "complications.",
            ),
        ]
        hd = ["Item", "Available", "Monthly cost"]
        ab = "Abstract"
    doi = f"10.{rng.randint(1000, 9999)}/{jn.split()[0].lower()}.{yr}.{rng.randint(100, 999)}"
    pages = [Sheet(), Sheet()]
    p0 = rng.randint(40, 300)
    for i, sh in enumerate(pages):
        sh.text(20, 10, f"{jn} · {vol} ({yr})", font=fi, size_pt=8.5, color=GREY)
        sh.text(190, 10, str(p0 + i), font=f, size_pt=8.5, anchor="right", color=GREY)
        sh.rule(20, 14.5, 190, 14.5, width_mm=0.2)
        sh.text(20, 285, f"https://doi.org/{doi}", font=f, size_pt=7.5, color=GREY)
    s = pages[0]
    y = s.paragraph(20, 22, 170, title, font=fb, size_pt=15, leading=1.2) + 3
    s.text(20, y, au[0], font=f, size_pt=10)
    s.text(20, y + 5, au[1], font=fi, size_pt=8.5, color=GREY)
    y += 13
    hbox = 6 + 4.9 * len(wrap(abstract, 160, f, 9.5)) + 3
    s.rect(20, y, 170, hbox, width_mm=0, fill=(238, 238, 232))
    s.text(23, y + 2, ab, font=fb, size_pt=9.5)
    y = s.paragraph(23, y + 7, 164, abstract, font=f, size_pt=9.5, leading=1.35) + 8
    colw = 81
    yl = y
    for h, b in body[:2]:
        s.text(20, yl, h, font=fb, size_pt=10)
        yl = s.paragraph(20, yl + 5, colw, b, font=f, size_pt=9.8, leading=1.42, align="justify") + 4
    yr = y
    for h, b in body[2:3]:
        s.text(109, yr, h, font=fb, size_pt=10)
        yr = s.paragraph(109, yr + 5, colw, b, font=f, size_pt=9.8, leading=1.42, align="justify") + 4
    s2 = pages[1]
    y2 = 24
    s2.text(20, y2, body[3][0], font=fb, size_pt=10)
    y2 = s2.paragraph(20, y2 + 5, 170, body[3][1], font=f, size_pt=9.8, leading=1.42) + 6
    s2.text(20, y2, ("Tableau 1. " if lang == "fr" else "Table 1. ") + cn, font=fb, size_pt=9.5)
    y2 += 6
    s2.rule(20, y2, 190, y2, width_mm=0.4)
    for j, hh in enumerate(hd):
        s2.text(22 + j * 60, y2 + 1.5, hh, font=fb, size_pt=9.5)
    y2 += 7
    s2.rule(20, y2, 190, y2, width_mm=0.2)
    for row in (
        (_cap(dr), "rarement" if lang == "fr" else "rarely", il["cost"]),
        ("Consultation", "limitée" if lang == "fr" else "limited", "—"),
        ("Laboratoire" if lang == "fr" else "Laboratory", "1 site", "—"),
    ):
        for j, v in enumerate(row):
            s2.text(22 + j * 60, y2 + 1.5, v, font=f, size_pt=fit(v, f, 9.5, 56))
        y2 += 6.5
    s2.rule(20, y2, 190, y2, width_mm=0.4)
    return pages, {}


def coi_slides(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """An NGO's presentation printed as a handout, two slides to the page with a frame round each and the
    slide's number under it; the title slide, then bullets on availability, cost and insurance; the printing
    date and the file name in the footer."""
    o = c.origin()
    co, il = COUNTRIES[o], ILLNESSES[c.illness]
    lang = c.lang if c.lang in ("nl", "fr", "en") else "en"
    cn = cname(o, lang)
    dr = drug(c.illness, lang)
    org = {
        "nl": "Medisch Netwerk Migranten vzw",
        "fr": "Réseau Santé Migrants asbl",
        "en": "Migrant Health Network",
    }[lang]
    S = {
        "nl": [
            (
                f"Toegang tot zorg in {cn}",
                [f"{org} – werkgroep landeninformatie", f"Update {c.app_date.year}"],
            ),
            (
                "Beschikbaarheid",
                [
                    f"{_cap(dr)}: enkel in {co['hospital']}",
                    "Geregeld voorraadbreuken (weken)",
                    f"Specialisten vooral in {co['capital']}",
                ],
            ),
            (
                "Kostprijs",
                [
                    f"Maandelijkse kost: ongeveer {il['cost']}",
                    f"Gemiddeld maandloon: {co['wage']}",
                    "Labo en consultaties ten laste van de patiënt",
                ],
            ),
            ("Ziekteverzekering", [co["insurance_nl"]]),
        ],
        "fr": [
            (
                f"Accès aux soins en {cn}",
                [f"{org} – groupe de travail pays", f"Mise à jour {c.app_date.year}"],
            ),
            (
                "Disponibilité",
                [
                    f"{_cap(dr)} : uniquement à {co['hospital']}",
                    "Ruptures de stock fréquentes",
                    f"Spécialistes surtout à {co['capital']}",
                ],
            ),
            (
                "Coût",
                [
                    f"Coût mensuel : environ {il['cost']}",
                    f"Salaire mensuel moyen : {co['wage']}",
                    "Laboratoire et consultations à charge du patient",
                ],
            ),
            ("Assurance maladie", [co["insurance_fr"]]),
        ],
        "en": [
            (f"Access to care in {cn}", [f"{org} – country working group", f"Update {c.app_date.year}"]),
            (
                "Availability",
                [
                    f"{_cap(dr)}: only at {co['hospital']}",
                    "Frequent stock-outs (weeks)",
                    f"Specialists mostly in {co['capital']}",
                ],
            ),
            (
                "Cost",
                [
                    f"Monthly cost: about {il['cost']}",
                    f"Average monthly wage: {co['wage']}",
                    "Laboratory and consultations paid by the patient",
                ],
            ),
            ("Health insurance", [co["insurance_en"]]),
        ],
    }[lang]
    col = rng.choice([(0, 110, 120), (140, 60, 30), (60, 60, 130)])
    pages = [Sheet(), Sheet()]
    fname = f"{org.split()[0]}_{o}_{c.app_date.year}.pptx"
    for pi, sh in enumerate(pages):
        for k in range(2):
            idx = pi * 2 + k
            title, bullets = S[idx]
            x, y, w, h = 30, 20 + k * 132, 150, 112.5
            sh.rect(x, y, w, h, width_mm=0.3)
            sub = Sheet(w, h)
            sub.rect(
                0,
                0,
                w,
                14 if idx else h,
                width_mm=0,
                fill=col if idx else tuple(int(255 - (255 - v) * 0.15) for v in col),
            )
            if idx == 0:
                sub.paragraph(10, 36, w - 20, title, font=NSANS_B, size_pt=20, leading=1.2, color=col)
                yy = 70
                for b in bullets:
                    sub.text(10, yy, b, font=NSANS, size_pt=11, color=GREY)
                    yy += 7
            else:
                sub.text(8, 3.5, title, font=NSANS_B, size_pt=15, color=(255, 255, 255))
                yy = 24
                for b in bullets:
                    sub.text(10, yy, "•", font=NSANS, size_pt=12, color=col)
                    yy = sub.paragraph(16, yy, w - 26, b, font=NSANS, size_pt=12, leading=1.3) + 4
            sh.image(x, y, w, h, sub.render(150))
            sh.text(105, y + h + 2, str(idx + 1), font=NSANS, size_pt=8, anchor="center", color=GREY)
        sh.text(20, 287, fname, font=NSANS, size_pt=7, color=GREY)
        sh.text(
            190,
            287,
            f"{c.app_date.strftime('%d/%m/%Y')} – {pi + 1}",
            font=NSANS,
            size_pt=7,
            anchor="right",
            color=GREY,
        )
    return pages, {}


_reg(
    "be9ter-coi-tijdschriftartikel-samenvattingskader-twee-kolommen-doi-32",
    "country-of-origin-info",
    PART,
    "fr/en",
    coi_article,
    "two pages of a journal article: boxed abstract, two columns, a table, DOI footer",
)
_reg(
    "be9ter-coi-ngo-presentatie-hand-out-twee-dia-per-blad-32",
    "country-of-origin-info",
    PART,
    "nl/fr/en",
    coi_slides,
    "an NGO's slide presentation printed as a handout, two slides to the page",
)


# --------------------------------------------------------------------------- asylum proof


def asylum_annex26_duvet(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """Annex 26 laid on the bed and photographed with the flash (the quilted cover round it, a glare spot), the
    photo printed across the top of an A4 sheet."""
    p = c.p
    nl = lang == "nl"
    a = Sheet(paper="blue")
    f, fb = NSANS, NSANS_B
    a.text(14, 10, "BELGIË – BELGIQUE" if nl else "BELGIQUE – BELGIË", font=fb, size_pt=10)
    a.text(14, 15, "Dienst Vreemdelingenzaken" if nl else "Office des Étrangers", font=f, size_pt=9)
    a.text(105, 26, "BIJLAGE 26" if nl else "ANNEXE 26", font=fb, size_pt=19, anchor="center")
    a.paragraph(
        30,
        35,
        150,
        "Inschrijvingsbewijs van een verzoeker om internationale bescherming"
        if nl
        else "Attestation d'immatriculation d'un demandeur de protection internationale",
        font=f,
        size_pt=10,
        align="center",
    )
    a.photo(150, 48, 32, 40, rng)
    rows = [
        ("Naam" if nl else "Nom", p.surname.upper()),
        ("Voornaam" if nl else "Prénom", p.given_names),
        ("Geboortedatum" if nl else "Date de naissance", fdate(p.birth_date, "dots", lang)),
        ("Geboorteplaats" if nl else "Lieu de naissance", p.birth_place),
        ("Nationaliteit" if nl else "Nationalité", COUNTRIES[p.nationality]["adj_" + lang]),
        ("OV-nummer" if nl else "N° SP", c.ov or "—"),
        ("Datum verzoek" if nl else "Date de la demande", fdate(c.asylum["lodged"], "dots", lang)),
    ]
    y = 50
    for lab, val in rows:
        a.text(16, y, lab, font=f, size_pt=9.5, color=GREY)
        a.text(60, y, glyphs(val, fb), font=fb, size_pt=11)
        y += 8.6
    a.paragraph(
        16,
        y + 6,
        175,
        "Geldig tot de beslissing over het verzoek, behoudens verlenging. Geen identiteitsbewijs."
        if nl
        else "Valable jusqu'à la décision sur la demande, sauf prorogation. Ne "
        "constitue pas un titre d'identité.",
        font=f,
        size_pt=9.5,
        leading=1.4,
    )
    a.stamp(
        118, y + 20, ["DVZ – OE", "BRUSSEL – BRUXELLES"], rng, shape="round", size_mm=26, color=STAMP_BLUE
    )
    a.signature(146, y + 28, 34, 11, rng, color=INK_BLACK)
    img = duvet_photo(a, rng, dpi=140, flash=True)
    sh = Sheet()
    w = 182
    sh.image(14, 14, w, w * img.height / img.width, img)
    return [sh], {}


def asylum_cgvs_letter(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """A letter of the CGVS/CGRA confirming that the application for international protection is being examined:
    the references (date, our reference, OV number) in a grey sidebar down the right, the addressee and the body
    at the left; signed for the Commissioner General with the signature BELOW the typed title."""
    p = c.p
    nl = lang == "nl"
    f, fb = CARL, CARL_B
    sh = Sheet()
    sh.text(
        20,
        12,
        "Commissariaat-generaal voor de Vluchtelingen en de Staatlozen"
        if nl
        else "Commissariat général aux réfugiés et aux apatrides",
        font=fb,
        size_pt=11,
    )
    sh.text(
        20,
        17.5,
        "Ernest Blerotstraat 39 – 1070 Brussel" if nl else "Rue Ernest Blerot 39 – 1070 Bruxelles",
        font=f,
        size_pt=8.5,
        color=GREY,
    )
    sh.rect(146, 26, 44, 80, width_mm=0, fill=(236, 236, 236))
    when = c.app_date - timedelta(days=rng.randint(10, 60))
    yy = 30
    for a, b in (
        ("Datum" if nl else "Date", fdate(when, "dots", lang)),
        ("Ons kenmerk" if nl else "Notre référence", f"{rng.randint(20, 26)}{rng.randint(10000, 99999)}"),
        ("OV-nummer" if nl else "N° SP", c.ov or "—"),
        ("Contact", "cgvs.info@ibz.fgov.be" if nl else "cgra.info@ibz.fgov.be"),
    ):
        sh.text(149, yy, a, font=f, size_pt=8, color=GREY)
        sh.text(149, yy + 4, b, font=fb, size_pt=fit(b, fb, 9.5, 39))
        yy += 12
    a_ = c.addr
    for i, ln in enumerate(
        [
            f"{'Mevrouw' if c.fem and nl else 'De heer' if nl else 'Madame' if c.fem else 'Monsieur'} "
            f"{p.given_names} {p.surname.upper()}",
            f"{a_.street} {a_.number}",
            f"{a_.postcode} {a_.city}",
        ]
    ):
        sh.text(20, 36 + i * 5, ln, font=f, size_pt=10.5)
    y = 70
    y = (
        sh.paragraph(
            20,
            y,
            120,
            (
                "Betreft: uw verzoek om internationale bescherming"
                if nl
                else "Concerne : votre demande de protection internationale"
            ),
            font=fb,
            size_pt=10.5,
        )
        + 4
    )
    paras = (
        [
            f"Geachte {'mevrouw' if c.fem else 'heer'},",
            f"Wij bevestigen dat uw verzoek om internationale bescherming, ingediend op "
            f"{fdate(c.asylum['lodged'], 'long', 'nl')}, door het Commissariaat-generaal wordt onderzocht. Er werd "
            f"nog geen beslissing genomen.",
            f"Uw gegevens: {p.surname.upper()} {p.given_names}, geboren op {fdate(p.birth_date, 'dots', 'nl')} te "
            f"{p.birth_place}, {COUNTRIES[p.nationality]['adj_nl']} nationaliteit.",
            "U wordt later uitgenodigd voor een persoonlijk onderhoud. Meld elke adreswijziging.",
            "Met vriendelijke groeten,",
        ]
        if nl
        else [
            f"{'Madame' if c.fem else 'Monsieur'},",
            f"Nous confirmons que votre demande de protection internationale, introduite le "
            f"{fdate(c.asylum['lodged'], 'long', 'fr')}, est en cours d'examen au Commissariat général. Aucune "
            f"décision n'a encore été prise.",
            f"Vos données : {p.surname.upper()} {p.given_names}, né{'e' if c.fem else ''} le "
            f"{fdate(p.birth_date, 'dots', 'fr')} à {p.birth_place}, de nationalité "
            f"{COUNTRIES[p.nationality]['adj_fr']}.",
            "Vous serez convoqué(e) ultérieurement pour un entretien personnel. Signalez tout changement d'adresse.",
            "Veuillez agréer l'expression de nos salutations distinguées.",
        ]
    )
    for t in paras:
        y = sh.paragraph(20, y, 120, t, font=f, size_pt=10.3, leading=1.45) + 3.5
    sh.text(
        20,
        y + 4,
        "Voor de Commissaris-generaal," if nl else "Pour le Commissaire général,",
        font=f,
        size_pt=10,
    )
    sh.text(
        20,
        y + 9,
        rng.choice(["de protection officer", "het dossierbeheer"])
        if nl
        else rng.choice(["l'officier de protection", "la gestion des dossiers"]),
        font=f,
        size_pt=9.5,
        color=GREY,
    )
    sh.signature(22, y + 14, 40, 13, rng, color=INK_BLACK)
    return [sh], {}


_reg(
    "be9ter-asylum-bijlage-26-op-dekbed-flitslicht-32",
    "asylum-proof",
    PART,
    "nl",
    lambda c, r: asylum_annex26_duvet(c, r, lang="nl"),
    "annex 26 photographed on a duvet with the flash, printed",
)
_reg(
    "be9ter-asylum-cgvs-bevestiging-onderzoek-grijze-zijkolom-32",
    "asylum-proof",
    PART,
    "nl",
    lambda c, r: asylum_cgvs_letter(c, r, lang="nl"),
    "CGVS letter confirming the application is being examined, references in a grey sidebar",
)
_reg(
    "be9ter-asylum-annexe-26-sur-couette-flash-32",
    "asylum-proof",
    PART,
    "fr",
    lambda c, r: asylum_annex26_duvet(c, r, lang="fr"),
    "annexe 26 photographiée sur une couette au flash",
)
_reg(
    "be9ter-asylum-cgra-confirmation-examen-colonne-grise-32",
    "asylum-proof",
    PART,
    "fr",
    lambda c, r: asylum_cgvs_letter(c, r, lang="fr"),
    "lettre du CGRA confirmant l'examen de la demande, références dans une colonne grise",
)


# --------------------------------------------------------------------------- registered-mail receipts


def rm_clipboard_ticket(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The counter's thermal ticket clamped on the office's clipboard and photographed with a phone: the narrow
    ticket under the metal clip, the board round it on a desk; the photo is the file."""
    t = Sheet(80, 150)
    f = "mono2"
    t.text(40, 5, "bpost", font=NSANS_B, size_pt=16, anchor="center")
    t.text(40, 13, _post_office(c), font=f, size_pt=7.5, anchor="center")
    t.text(
        40,
        17,
        f"{c.rm_date.strftime('%d/%m/%Y')}  {rng.randint(9, 17):02d}:{rng.randint(0, 59):02d}",
        font=f,
        size_pt=7.5,
        anchor="center",
    )
    t.rule(4, 22, 76, 22, width_mm=0.2, dash=0.6)
    t.text(4, 25, "AANGETEKEND / RECOMMANDÉ", font=f, size_pt=7.5)
    t.text(4, 30, "Nationaal / National", font=f, size_pt=7)
    bars(t, 6, 36, 68, 12, c.rm_track)
    t.text(40, 49.5, track_spaced(c.rm_track), font=f, size_pt=7.5, anchor="center")
    t.text(4, 57, "Bestemmeling / Destinataire", font=f, size_pt=6.8)
    for i, ln in enumerate(c.rm_to):
        t.text(4, 61 + i * 4, ln[:30], font=f, size_pt=7.3)
    t.rule(4, 76, 76, 76, width_mm=0.2, dash=0.6)
    t.text(4, 79, "Totaal / Total", font=f, size_pt=7.5)
    t.text(76, 79, f"{rng.choice(['9,30', '9,55', '10,05'])} EUR", font=f, size_pt=7.5, anchor="right")
    t.text(4, 84, rng.choice(["Bancontact", "Cash / Contant"]), font=f, size_pt=7)
    t.text(40, 95, "Bewaar dit ticket", font=f, size_pt=7, anchor="center")
    t.text(40, 99, "Conservez ce ticket", font=f, size_pt=7, anchor="center")
    img = clipboard_photo(t, rng, dpi=260, flash=rng.random() < 0.5)
    return [sheet_of(img, 110, 110 * img.height / img.width)], {}


def rm_hand_slip(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """bpost's A6 'Aangetekende zending – bewijs van afgifte / Envoi recommandé – preuve de dépôt' filled in by
    hand in capitals (addressee and sender), the barcode sticker stuck in its box, the post office's round date
    stamp, an inky fingerprint from the stamp pad; scanned on A4 on recycled paper."""
    s = Sheet(148, 105, paper="yellow")
    f, fb = NSANS, NSANS_B
    s.rect(0, 0, 148, 10, width_mm=0, fill=(228, 32, 38))
    s.text(5, 2, "bpost", font=fb, size_pt=13, color=(255, 255, 255))
    s.text(
        143,
        3,
        "AANGETEKENDE ZENDING – BEWIJS VAN AFGIFTE",
        font=fb,
        size_pt=6.5,
        anchor="right",
        color=(255, 255, 255),
    )
    s.text(
        143,
        6.2,
        "ENVOI RECOMMANDÉ – PREUVE DE DÉPÔT",
        font=f,
        size_pt=6,
        anchor="right",
        color=(255, 255, 255),
    )
    s.rect(5, 14, 66, 26, width_mm=0.3)
    s.text(6.5, 15, "Streepjescode / Code-barres", font=f, size_pt=5.5, color=GREY)
    lab = Sheet(60, 18)
    lab.rect(0, 0, 60, 18, width_mm=0, fill=(255, 255, 255))
    bars(lab, 3, 2, 54, 9, c.rm_track)
    lab.text(30, 12.5, track_spaced(c.rm_track), font="mono2", size_pt=7, anchor="center")
    paste(s, lab, 8, 19, dpi=300, angle=rng.uniform(-2, 2))
    s.rect(76, 14, 67, 40, width_mm=0.3)
    s.text(77.5, 15, "Bestemmeling / Destinataire", font=f, size_pt=5.5, color=GREY)
    hf = "blockcaps"
    ink = rng.choice([INK_BLUE, INK_BLACK])
    for i, ln in enumerate(c.rm_to):
        v = glyphs(ln.upper(), hf)
        s.handwriting(78, 19 + i * 7, v, rng, size_pt=fit(v, hf, 10, 58) / 1.0, color=ink, font=hf)
    s.rect(5, 44, 66, 36, width_mm=0.3)
    s.text(6.5, 45, "Afzender / Expéditeur", font=f, size_pt=5.5, color=GREY)
    for i, ln in enumerate(_sender_lines(c)):
        v = glyphs(ln.upper(), hf)
        s.handwriting(7, 49 + i * 7, v, rng, size_pt=fit(v, hf, 9.5, 56), color=ink, font=hf)
    s.rect(76, 58, 67, 42, width_mm=0.3)
    s.text(77.5, 59, "Stempel kantoor / Cachet du bureau", font=f, size_pt=5.5, color=GREY)
    s.stamp(
        92,
        62,
        [f"BPOST {_post_office(c).upper()[:16]}", c.rm_date.strftime("%d-%m-%Y"), "AANGETEKEND"],
        rng,
        shape="round",
        size_mm=30,
        color=(50, 50, 60),
    )
    stamp_smudge(s, rng.uniform(60, 120), rng.uniform(70, 85), rng, color=(60, 60, 80), size=13)
    sh = Sheet()
    paste(sh, s, 31, 22, dpi=240)
    return [sheet_of(recycled(sh.render(210), rng, strength=0.6))], {}


def rm_portal_list(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The law office's deposit list printed from bpost's business portal ('Lijst van afgifte – aangetekende
    zendingen'), one line per item with the item number, addressee and weight, the counter clerk's date stamp and
    initials at the foot as acknowledgement; landscape."""
    sh = Sheet(297, 210)
    f, fb = COND, COND_B
    sh.text(16, 12, "bpost", font=NSANS_B, size_pt=18, color=(228, 32, 38))
    sh.text(
        50,
        14,
        "e-Tracker · Lijst van afgifte / Liste de dépôt – aangetekende zendingen / envois recommandés",
        font=f,
        size_pt=9.5,
    )
    sender = _sender_lines(c)
    sh.text(16, 26, "Klant / Client: " + ", ".join(sender), font=f, size_pt=9)
    sh.text(
        16,
        31,
        f"Klantnummer / N° client: {rng.randint(100000, 999999)}    Datum / Date: "
        f"{c.rm_date.strftime('%d/%m/%Y')}",
        font=f,
        size_pt=9,
    )
    cols = [
        ("#", 16),
        ("Zendingnummer / N° d'envoi", 26),
        ("Bestemmeling / Destinataire", 96),
        ("Gewicht / Poids", 218),
        ("Prijs / Prix", 252),
    ]
    y = 42
    sh.rect(16, y, 265, 7, width_mm=0, fill=(230, 230, 230))
    for h, x in cols:
        sh.text(x + 1, y + 1.5, h, font=fb, size_pt=8.5)
    y += 7
    n_items = rng.randint(1, 3)
    mine = rng.randrange(n_items)
    from .be9ter import s10_tracking

    for i in range(n_items):
        if i == mine:
            tr, to = c.rm_track, ", ".join(c.rm_to)
        else:
            tr = s10_tracking(random.Random(c.seed + 77 + i))
            to = rng.choice(
                [
                    "Raad voor Vreemdelingenbetwistingen, Gaucheretstraat 92-94, 1030 Brussel",
                    "Rechtbank van eerste aanleg, Opgeëistenlaan 401, 9000 Gent",
                    "OCMW Antwerpen, Lange Gasthuisstraat 33, 2000 Antwerpen",
                ]
            )
        vals = [
            str(i + 1),
            track_spaced(tr),
            to,
            f"{rng.randint(40, 480)} g",
            f"{rng.choice(['9,30', '10,05'])} €",
        ]
        for (h, x), v in zip(cols, vals):
            sh.text(x + 1, y + 1.5, v, font=f, size_pt=fit(v, f, 9, 118 if x == 96 else 66))
        sh.rule(16, y + 7, 281, y + 7, width_mm=0.12, color=(170, 170, 170))
        y += 7
    sh.text(16, y + 8, f"Aantal zendingen / Nombre d'envois: {n_items}", font=fb, size_pt=9)
    sh.text(190, 150, "Voor ontvangst / Pour réception", font=f, size_pt=9)
    sh.stamp(
        196,
        156,
        [f"BPOST {_post_office(c).upper()[:16]}", c.rm_date.strftime("%d.%m.%Y")],
        rng,
        shape="round",
        size_mm=30,
        color=(40, 40, 60),
    )
    sh.handwriting(
        236, 170, rng.choice(["LDV", "SB", "MJ", "KD"]), rng, size_pt=13, font="hand1", color=INK_BLUE
    )
    return [sh], {}


_reg(
    "be9ter-rm-thermisch-ticket-op-klembord-telefoonfoto-32",
    "registered-mail-receipt",
    PART,
    "nl/fr",
    rm_clipboard_ticket,
    "the counter's thermal ticket on a clipboard under the metal clip, a phone photo",
)
_reg(
    "be9ter-rm-a6-afgiftebewijs-blokletters-hand-streepjescodesticker-vingerafdruk-32",
    "registered-mail-receipt",
    PART,
    "nl/fr",
    rm_hand_slip,
    "bpost's A6 proof of deposit filled in by hand in capitals, barcode sticker, round date stamp, fingerprint",
)
_reg(
    "be9ter-rm-portaal-lijst-van-afgifte-liggend-loketstempel-paraaf-32",
    "registered-mail-receipt",
    PART,
    "nl/fr",
    rm_portal_list,
    "the office's deposit list from bpost's business portal, landscape, counter stamp",
)


# --------------------------------------------------------------------------- others


def other_declaration_template(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A printed model 'Verklaring op eer / Déclaration sur l'honneur' (a template from an association) whose
    blanks the applicant filled in by hand in a slanted cursive: identity as declared, the reason no document
    can be shown, 'gelezen en goedgekeurd' / 'lu et approuvé' written by hand before the signature."""
    p = c.p
    lang = c.lang if c.lang in ("nl", "fr") else "fr"
    f, fb = NSANS, NSANS_B
    hf = HAND_IT
    ink = rng.choice([INK_BLUE, INK_BLACK])
    sh = Sheet()
    sh.text(
        105,
        18,
        "VERKLARING OP EER" if lang == "nl" else "DÉCLARATION SUR L'HONNEUR",
        font=fb,
        size_pt=15,
        anchor="center",
    )
    sh.text(
        105,
        25,
        "model – in te vullen door de aanvrager" if lang == "nl" else "modèle – à compléter par le demandeur",
        font=NSANS_I,
        size_pt=8.5,
        anchor="center",
        color=GREY,
    )
    e = "e" if c.fem else ""
    blanks = (
        [
            ("Ik, ondergetekende (naam en voornamen)", f"{p.surname.upper()} {p.given_names}"),
            ("geboren op", fdate(p.birth_date, "slashes", "nl")),
            ("te", p.birth_place),
            ("van nationaliteit", COUNTRIES[p.nationality]["adj_nl"]),
            (
                "verklaar op eer dat ik geen identiteitsdocument kan voorleggen, omdat",
                "mijn paspoort verloren is op de reis en de ambassade geen nieuw geeft zonder papieren uit mijn land",
            ),
        ]
        if lang == "nl"
        else [
            ("Je soussigné(e) (nom et prénoms)", f"{p.surname.upper()} {p.given_names}"),
            (f"né{e} le", fdate(p.birth_date, "slashes", "fr")),
            ("à", p.birth_place),
            ("de nationalité", COUNTRIES[p.nationality]["adj_fr"]),
            (
                "déclare sur l'honneur ne pas pouvoir produire de document d'identité, parce que",
                "mon passeport a été perdu pendant le voyage et l'ambassade n'en délivre pas sans documents du pays",
            ),
        ]
    )
    y = 42
    for lab, val in blanks:
        y = sh.paragraph(20, y, 170, lab, font=f, size_pt=10.5) + 1
        for r_ in wrap(glyphs(val, hf), 150, hf, 12):
            sh.rule(20, y + 6.4, 190, y + 6.4, width_mm=0.12, color=(140, 140, 140), dash=0.4)
            sh.handwriting(24, y - 1, r_, rng, size_pt=12, color=ink, font=hf)
            y += 8.4
        y += 3
    y = (
        sh.paragraph(
            20,
            y + 2,
            170,
            "Ik weet dat een valse verklaring strafbaar is."
            if lang == "nl"
            else "Je sais qu'une fausse déclaration est punissable.",
            font=f,
            size_pt=10.5,
        )
        + 8
    )
    sh.text(20, y, "Datum en plaats:" if lang == "nl" else "Date et lieu :", font=f, size_pt=10.5)
    sh.handwriting(
        58,
        y - 1.5,
        glyphs(
            f"{c.addr.city}, {fdate(c.app_date - timedelta(days=rng.randint(3, 25)), 'slashes', lang)}", hf
        ),
        rng,
        size_pt=12,
        color=ink,
        font=hf,
    )
    sh.handwriting(
        20,
        y + 10,
        glyphs("gelezen en goedgekeurd" if lang == "nl" else "lu et approuvé", hf),
        rng,
        size_pt=12,
        color=ink,
        font=hf,
    )
    sh.signature(24, y + 18, 46, 15, rng, color=ink)
    return [sh], {}


def other_pharmacy_clipboard(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A pharmacy's receipt ('Betalingsbewijs / Reçu') for the month's medicines with a barcode per product and
    the patient's name, clamped on a clipboard and photographed."""
    il = ILLNESSES[c.illness]
    lang = c.lang if c.lang in ("nl", "fr") else "fr"
    t = il[next(x for x in (lang, "fr", "nl") if x in il)]
    name = rng.choice(
        ["Apotheek De Linde", "Pharmacie Saint-Michel", "Apotheek Centrum", "Pharmacie des Marolles"]
    )
    s = Sheet(100, 160)
    f, fb = COND, COND_B
    s.text(50, 6, name, font=fb, size_pt=11, anchor="center")
    s.text(50, 11.5, f"{c.addr.postcode} {c.addr.city}", font=f, size_pt=8, anchor="center", color=GREY)
    s.text(50, 20, "BETALINGSBEWIJS" if lang == "nl" else "REÇU", font=fb, size_pt=10, anchor="center")
    s.text(
        6,
        27,
        f"{'Patiënt' if lang == 'nl' else 'Patient'}: {name_in(c.p, 'SURNAME Given')}",
        font=f,
        size_pt=8,
    )
    s.text(6, 31.5, (c.app_date - timedelta(days=rng.randint(3, 30))).strftime("%d/%m/%Y"), font=f, size_pt=8)
    y = 38
    tot = 0.0
    for m in t["meds"]:
        for r_ in wrap(m, 88, f, 8.5)[:2]:
            s.text(6, y, r_, font=f, size_pt=8.5)
            y += 4.2
        amt = round(rng.uniform(2, 16), 2)
        tot += amt
        bars(s, 6, y, 34, 4, m)
        s.text(94, y, f"{amt:.2f} €".replace(".", ","), font=f, size_pt=8.5, anchor="right")
        y += 8
    s.rule(6, y, 94, y, width_mm=0.2)
    s.text(6, y + 2, "TOTAAL" if lang == "nl" else "TOTAL", font=fb, size_pt=9)
    s.text(94, y + 2, f"{tot:.2f} €".replace(".", ","), font=fb, size_pt=9, anchor="right")
    img = clipboard_photo(s, rng, dpi=230)
    return [sheet_of(img, 120, 120 * img.height / img.width)], {}


def other_webmail(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The lawyer's message to the client printed from a webmail: the mailbox's print header with the account and
    the number of messages in the thread, the message header lines, a short body about the posting and the next
    steps, the firm's signature block."""
    L = c.lawyer or {
        "first": "",
        "last": "",
        "mail": "info@cabinet.be",
        "firm": "",
        "street": "",
        "pc": "",
        "city": "",
    }
    lang = c.lang if c.lang in ("nl", "fr") else "fr"
    sh = Sheet()
    f, fb = "sans3", "sans3"
    p = c.p
    from .people import strip_accents

    mail = (
        f"{strip_accents(p.given_names).lower().split()[0]}.{strip_accents(p.surname).lower().replace(' ', '')}"
        f"{rng.randint(1, 99)}@{rng.choice(['gmail.com', 'outlook.be', 'hotmail.com'])}"
    )
    sh.text(14, 8, L["mail"], font=f, size_pt=8, color=GREY)
    sh.text(
        196, 8, "1 bericht" if lang == "nl" else "1 message", font=f, size_pt=8, anchor="right", color=GREY
    )
    sh.rule(14, 12, 196, 12, width_mm=0.3)
    subj = "Uw aanvraag 9ter werd verstuurd" if lang == "nl" else "Votre demande 9ter a été envoyée"
    sh.text(14, 17, subj, font=fb, size_pt=13)
    sh.rule(14, 25, 196, 25, width_mm=0.15, color=(200, 200, 200))
    sh.text(14, 28, f"{L['first']} {L['last']} <{L['mail']}>", font=f, size_pt=9)
    sh.text(
        196,
        28,
        f"{c.rm_date.strftime('%d/%m/%Y')} {rng.randint(15, 18)}:{rng.randint(10, 59)}",
        font=f,
        size_pt=8.5,
        anchor="right",
        color=GREY,
    )
    sh.text(14, 33, ("Aan: " if lang == "nl" else "À : ") + mail, font=f, size_pt=8.5, color=GREY)
    body = (
        {
            "nl": [
                f"Dag {p.given_names},",
                "Vandaag is je aanvraag op grond van artikel 9ter aangetekend naar de "
                "Dienst Vreemdelingenzaken vertrokken. Het bewijs van afgifte zit in ons dossier.",
                "DVZ zal eerst nagaan of de aanvraag ontvankelijk is. Hou je brievenbus in het oog en laat ons "
                "onmiddellijk weten als je verhuist.",
                "Groeten,",
            ],
            "fr": [
                f"Bonjour {p.given_names},",
                "Votre demande fondée sur l'article 9ter est partie aujourd'hui par "
                "recommandé à l'Office des Étrangers. La preuve de dépôt est dans notre dossier.",
                "L'Office examinera d'abord la recevabilité. Surveillez votre courrier et prévenez-nous "
                "immédiatement en cas de déménagement.",
                "Bien à vous,",
            ],
        }
    )[lang]
    y = 42
    for t in body:
        y = sh.paragraph(14, y, 182, t, font=f, size_pt=10, leading=1.45) + 3
    for t in (f"{L['first']} {L['last']}", L["firm"], f"{L['street']} · {L['pc']} {L['city']}"):
        sh.text(14, y + 2, t, font=f, size_pt=9, color=(60, 60, 60))
        y += 4.6
    sh.text(
        14,
        288,
        "https://mail.kantoor.be/?_task=mail&_action=print"
        if lang == "nl"
        else "https://webmail.cabinet.be/?_task=mail&_action=print",
        font=f,
        size_pt=7,
        color=GREY,
    )
    sh.text(196, 288, "1/1", font=f, size_pt=7, anchor="right", color=GREY)
    return [sh], {}


_reg(
    "be9ter-other-declaration-op-eer-model-invulregels-cursief-gelezen-goedgekeurd-32",
    "other",
    PART,
    "nl/fr",
    other_declaration_template,
    "a printed model declaration on honour filled in by hand in a slanted cursive, 'gelezen en goedgekeurd'",
)
_reg(
    "be9ter-other-pharmacy-betalingsbewijs-streepjescodes-klembord-32",
    "other",
    PART,
    "nl/fr",
    other_pharmacy_clipboard,
    "a pharmacy's receipt with a barcode per product, photographed on a clipboard",
)
_reg(
    "be9ter-other-email-webmail-print-advocaat-aan-client-32",
    "other",
    PART,
    "nl/fr",
    other_webmail,
    "the lawyer's message to the client printed from a webmail",
)
