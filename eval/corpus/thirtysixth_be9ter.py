"""9ter families of the `thirtysixth` part (registered in be9ter.BFAMILIES).

Written after dev, heldout and the parts fresh to thirty-fifth had been read, by a writer who saw neither the
validator nor its output, from the seeds (003, 004), rules.md and how such papers look in Belgian files.  Each
family's layout, wording and copy habits are described in its function's docstring and its registration note (the
part is read blind, so they are not summarised here).  Sentence builders ``s36_*``.
"""

from __future__ import annotations

import datetime
import random
from datetime import timedelta

from PIL import ImageDraw

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
from .thirtysixth_identity import (
    BLOCK,
    BOOK,
    BOOK_B,
    BOOK_I,
    CARL,
    CARL_B,
    CARL_I,
    CPR,
    CSB,
    CSB_B,
    CSB_I,
    DKG,
    DSCN,
    DSCN_B,
    FSANS,
    FSANS_B,
    LNAR,
    LNAR_B,
    LNAR_I,
    LSER,
    LSER_B,
    LSER_I,
    NMONO,
    NMONO_B,
    NSANS,
    NSANS_B,
    NSANS_I,
    ZHAND,
    binder_clip,
    de_long,
    desk_photo,
    dog_ear,
    en_long,
    fr_long,
    generation_copy,
    nl_long,
    thumb_smudge,
)
from .twentyeighth_be9ter import Pager
from .twentyeighth_identity import barcode as bars
from .twentyeighth_identity import fit, glyphs, paste, sheet_of, wrap

PART = "thirtysixth"
GREY = (98, 98, 104)
SUB = datetime.date(2026, 12, 1)


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _long(d, lang: str) -> str:
    return {"nl": nl_long, "fr": fr_long, "de": de_long, "en": en_long}[lang](d)


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


def justify_lines(
    pg: Pager,
    x: float,
    w: float,
    text: str,
    *,
    font: str,
    size: float,
    lead: float = 1.45,
    head: str | None = None,
    head_font: str | None = None,
    gap: float = 3.0,
    tag: str | None = None,
    last_left: bool = True,
) -> None:
    """A justified paragraph on the pager; a run-in bold head, if given, opens the first line."""
    lh = size * 0.3528 * lead
    hw = pg.sh.text_width(head + " ", font=head_font or font, size_pt=size) if head else 0.0
    words = text.split()
    rows: list[list[str]] = []
    cur: list[str] = []
    for wd in words:
        avail = w - (hw if not rows else 0)
        trial = " ".join(cur + [wd])
        if cur and pg.sh.text_width(trial, font=font, size_pt=size) * 1.02 > avail:
            rows.append(cur)
            cur = [wd]
        else:
            cur.append(wd)
    if cur:
        rows.append(cur)
    pg.ensure(lh * min(2, len(rows)))
    pg.tag(tag)
    for i, r in enumerate(rows):
        pg.ensure(lh)
        sh = pg.sh
        xx = x
        avail = w
        if i == 0 and head:
            sh.text(x, pg.y, head, font=head_font or font, size_pt=size)
            xx += hw
            avail -= hw
        last = i == len(rows) - 1
        if last and last_left or len(r) == 1:
            sh.text(xx, pg.y, " ".join(r), font=font, size_pt=size)
        else:
            ws = [sh.text_width(t, font=font, size_pt=size) for t in r]
            g = (avail - sum(ws)) / (len(r) - 1)
            for t, tw in zip(r, ws):
                sh.text(xx, pg.y, t, font=font, size_pt=size)
                xx += tw + g
        pg.y += lh
    pg.y += gap


# --------------------------------------------------------------------------- sentences (s36_*)


def _who(c: Case, lang: str, cap: bool = False) -> str:
    """This part's lawyers call the applicant 'aanvrager / aanvraagster', 'le demandeur / la demanderesse'."""
    s = {
        "nl": ("aanvraagster" if c.fem else "aanvrager"),
        "fr": ("la demanderesse" if c.fem else "le demandeur"),
        "de": ("die Antragstellerin" if c.fem else "der Antragsteller"),
        "en": "the applicant",
    }[lang]
    if lang == "nl":
        s = "de " + s if not cap else "De " + s
        return s
    return _cap(s) if cap else s


def _px(c: Case, key: str, lang: str) -> str:
    n = c.annex_no(key)
    if n is None:
        return ""
    return {
        "nl": f" (stuk {n})",
        "fr": f" (pièce n° {n})",
        "de": f" (Anlage {n})",
        "en": f" (enclosure {n})",
    }[lang]


def s36_person(c: Case, lang: str) -> str:
    p = c.p
    nm = name_in(p, c.name_style)
    bd = _dd(c, p.birth_date, lang)
    nb, nn = "no_birthplace" in c.flags, "no_nationality" in c.flags
    adj = COUNTRIES[p.nationality]["adj_" + lang]
    cn = cname(c.birth_cc(), lang)
    if lang == "nl":
        s = f"{nm}, geboren op {bd}" + ("" if nb else f" in {p.birth_place}, {cn}")
        s += "" if nn else f", van {adj} nationaliteit"
        s += (
            f", met rijksregisternummer {c.nrn}."
            if c.nrn
            else f", bekend bij de Dienst Vreemdelingenzaken onder nummer {c.ov}."
        )
        return s
    if lang == "fr":
        e = "e" if c.fem else ""
        s = f"{nm}, né{e} le {bd}" + ("" if nb else f" à {p.birth_place} ({cn})")
        s += "" if nn else f", de nationalité {adj}"
        s += (
            f", inscrit{e} au registre national sous le numéro {c.nrn}."
            if c.nrn
            else f", connu{e} de l'Office des Étrangers sous le numéro de sûreté publique {c.ov}."
        )
        return s
    if lang == "de":
        s = f"{nm}, geboren am {bd}" + ("" if nb else f" in {p.birth_place} ({cn})")
        s += "" if nn else f", {adj}e Staatsangehörigkeit"
        s += (
            f", Nationalregisternummer {c.nrn}."
            if c.nrn
            else f", beim Ausländeramt unter der Nummer {c.ov} geführt."
        )
        return s
    s = f"{nm}, born on {bd}" + ("" if nb else f" in {p.birth_place}, {cn}")
    s += "" if nn else f", a {COUNTRIES[p.nationality]['adj_en']} national"
    s += f", national register number {c.nrn}." if c.nrn else f", Immigration Office number {c.ov}."
    return s


def s36_home(c: Case, lang: str) -> str:
    if "no_address" in c.flags:
        return {
            "nl": f"{_who(c, lang, True)} heeft op dit ogenblik geen vaste verblijfplaats en overnacht bij "
            f"kennissen.",
            "fr": f"{_who(c, lang, True)} n'a pas de résidence fixe pour l'instant et est hébergé"
            f"{'e' if c.fem else ''} chez des connaissances.",
            "de": f"{_who(c, lang, True)} hat derzeit keinen festen Wohnsitz und übernachtet bei Bekannten.",
            "en": "The applicant has no fixed place to live at present and stays with acquaintances.",
        }[lang]
    a = addr_str(c.addr, lang, c.addr_style)
    return {
        "nl": f"{_who(c, lang, True)} verblijft effectief op het adres {a}.",
        "fr": f"{_who(c, lang, True)} réside effectivement à l'adresse suivante : {a}.",
        "de": f"{_who(c, lang, True)} hält sich tatsächlich unter folgender Anschrift auf: {a}.",
        "en": f"The applicant actually resides at {a}.",
    }[lang]


def s36_domicile(c: Case, lang: str) -> str | None:
    if "no_domicile" in c.flags or c.domicile == "none":
        return None
    if c.domicile == "lawyer" and c.lawyer:
        L = c.lawyer
        a = f"{L['street']}, {L['pc']} {L['city']}"
        return {
            "nl": f"Voor deze procedure kiest {_who(c, lang)} woonplaats bij de ondergetekende advocaat, {a}.",
            "fr": f"Pour la présente procédure, {_who(c, lang)} fait élection de domicile au cabinet de "
            f"l'avocat soussigné, {a}.",
            "de": f"Für dieses Verfahren wählt {_who(c, lang)} die Kanzlei des unterzeichneten Rechtsanwalts "
            f"als Zustellungsanschrift: {a}.",
            "en": f"For this procedure the applicant elects domicile at the office of the undersigned lawyer, "
            f"{a}.",
        }[lang]
    if c.domicile == "other" and c.other_domicile:
        return {
            "nl": f"Woonplaats wordt gekozen bij {c.other_domicile}.",
            "fr": f"Domicile est élu chez {c.other_domicile}.",
            "de": f"Zustellungsanschrift: bei {c.other_domicile}.",
            "en": f"Domicile is elected with {c.other_domicile}.",
        }[lang]
    return {
        "nl": "Op dat adres wordt ook woonplaats gekozen.",
        "fr": "Il y est également fait élection de domicile.",
        "de": "Diese Anschrift gilt auch als Zustellungsanschrift.",
        "en": "Domicile is elected at the same address.",
    }[lang]


def _members(c: Case, lang: str) -> list[str]:
    rel = {
        "nl": {"spouse": "echtgeno(o)t(e)", "child": "kind"},
        "fr": {"spouse": "conjoint(e)", "child": "enfant"},
        "de": {"spouse": "Ehegatte/Ehegattin", "child": "Kind"},
        "en": {"spouse": "spouse", "child": "child"},
    }[lang]
    out = []
    for i, m in enumerate(c.family):
        q = m.p
        nat = "" if "no_nationality" in c.flags else f", {COUNTRIES[q.nationality]['adj_' + lang]}"
        born = {"nl": "°", "fr": "né(e) le", "de": "geb.", "en": "born"}[lang]
        at = {"nl": "te", "fr": "à", "de": "in", "en": "in"}[lang]
        out.append(
            f"{rel[m.rel]} {q.given_names} {q.surname.upper()}, {born} {_dd(c, q.birth_date, lang)} {at} "
            f"{q.birth_place}{nat}{_px(c, f'fam{i}', lang)}"
        )
    return out


def s36_family(c: Case, lang: str) -> str | None:
    if not c.family:
        return None
    lst = "; ".join(_members(c, lang))
    return {
        "nl": f"De aanvraag geldt ook voor de gezinsleden die bij {_who(c, lang)} inwonen: {lst}. De akten die "
        f"de band aantonen, liggen bij.",
        "fr": f"La demande vaut également pour les membres de la famille qui vivent avec {_who(c, lang)} : "
        f"{lst}. Les actes établissant le lien sont joints.",
        "de": f"Der Antrag gilt auch für die Familienangehörigen, die mit {_who(c, lang)} zusammenleben: {lst}. "
        f"Die Urkunden über die Verwandtschaft liegen bei.",
        "en": f"The application also covers the family members living with the applicant: {lst}. The "
        f"certificates proving the relationship are enclosed.",
    }[lang]


def s36_identity(c: Case, lang: str) -> str:
    k = c.id_kind
    if k in ("asylum", "asylum-noproof"):
        d = _dd(c, c.asylum["lodged"], lang)
        r = _px(c, "asylum", lang) if k == "asylum" else ""
        return {
            "nl": f"Op {d} diende {_who(c, lang)} een verzoek om internationale bescherming in, waarover nog "
            f"geen definitieve beslissing is genomen{r}. Overeenkomstig artikel 9ter, § 2, derde lid, is "
            f"{_who(c, lang)} daarom vrijgesteld van het bewijs van de identiteit.",
            "fr": f"Le {d}, {_who(c, lang)} a introduit une demande de protection internationale, qui n'a pas "
            f"encore fait l'objet d'une décision définitive{r}. Conformément à l'article 9ter, § 2, alinéa "
            f"3, {_who(c, lang)} est dès lors dispensé{'e' if c.fem else ''} de la preuve de l'identité.",
            "de": f"Am {d} hat {_who(c, lang)} internationalen Schutz beantragt; eine endgültige Entscheidung "
            f"liegt noch nicht vor{r}. Nach Artikel 9ter § 2 Absatz 3 entfällt daher der "
            f"Identitätsnachweis.",
            "en": f"On {d} the applicant applied for international protection, on which no final decision has "
            f"been taken{r}. Under Article 9ter § 2, third paragraph, the applicant is therefore exempt "
            f"from proving identity.",
        }[lang]
    if k == "none":
        return {
            "nl": f"{_who(c, lang, True)} heeft een nieuw paspoort aangevraagd bij de ambassade; het wordt "
            f"nagezonden zodra het is uitgereikt.",
            "fr": f"{_who(c, lang, True)} a sollicité un nouveau passeport auprès de l'ambassade ; il sera "
            f"transmis dès sa délivrance.",
            "de": f"{_who(c, lang, True)} hat bei der Botschaft einen neuen Reisepass beantragt; er wird nach "
            f"Ausstellung nachgereicht.",
            "en": "The applicant has applied to the embassy for a new passport; it will be sent on as soon as it "
            "is issued.",
        }[lang]
    items = [
        d[:1].lower() + d[1:] + _px(c, key, lang)
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
            + _px(c, "id-tr", lang)
        )
    lst = ", ".join(items) or "—"
    s = {
        "nl": f"Als bewijs van de identiteit van {_who(c, lang)} wordt voorgelegd: {lst}.",
        "fr": f"L'identité {'de la demanderesse' if c.fem else 'du demandeur'} est établie par : {lst}.",
        "de": f"Zum Nachweis der Identität werden vorgelegt: {lst}.",
        "en": f"As proof of the applicant's identity the following is submitted: {lst}.",
    }[lang]
    if k == "passport-expired":
        s += {
            "nl": " Het paspoort is verlopen, maar het blijft een geldig bewijs van de identiteit.",
            "fr": " Le passeport est périmé, mais il reste une preuve valable de l'identité.",
            "de": " Der Pass ist abgelaufen, bleibt aber ein gültiger Identitätsnachweis.",
            "en": " The passport has expired but remains valid proof of identity.",
        }[lang]
    return s


def s36_medical(c: Case, lang: str) -> str:
    t = _ill(c, lang)
    doc = c.doctor.name()
    if "medcert_absent" in c.flags:
        src = {
            "nl": f"Volgens het verslag van {doc} van {_dd(c, c.medstat_date, lang)}",
            "fr": f"Selon le rapport du {doc} du {_dd(c, c.medstat_date, lang)}",
            "de": f"Nach dem Bericht von {doc} vom {_dd(c, c.medstat_date, lang)}",
            "en": f"According to the report of {doc} of {_dd(c, c.medstat_date, lang)}",
        }[lang] + _px(c, "medstat", lang)
    else:
        src = {
            "nl": f"Volgens het standaard medisch getuigschrift van {doc} van {_dd(c, c.cert_date, lang)}",
            "fr": f"Selon le certificat médical type établi par le {doc} le {_dd(c, c.cert_date, lang)}",
            "de": f"Nach dem standardisierten ärztlichen Attest von {doc} vom {_dd(c, c.cert_date, lang)}",
            "en": f"According to the standard medical certificate of {doc} of {_dd(c, c.cert_date, lang)}",
        }[lang] + _px(c, "medcert", lang)
    meds = "; ".join(t["meds"])
    return {
        "nl": f"{src} lijdt {_who(c, lang)} aan {t['name']}. {t['severity']} Noodzakelijk is: {meds}. "
        f"{t['intervention']} {t['duration']}",
        "fr": f"{src}, {_who(c, lang)} est atteint{'e' if c.fem else ''} de : {t['name']}. {t['severity']} "
        f"Le traitement nécessaire est le suivant : {meds}. {t['intervention']} {t['duration']}",
        "de": f"{src} leidet {_who(c, lang)} an {t['name']}. {t['severity']} Erforderlich ist: {meds}. "
        f"{t['intervention']} {t['duration']}",
        "en": f"{src}, the applicant suffers from {t['name']}. {t['severity']} The treatment required is: "
        f"{meds}. {t['intervention']} {t['duration']}",
    }[lang]


def s36_coi(c: Case, lang: str) -> str | None:
    if "no_coi" in c.flags or not c.coi_in_app:
        return None
    o, il = COUNTRIES[c.origin()], ILLNESSES[c.illness]
    inn, r = _in_country(c.origin(), lang), _px(c, "coi", lang)
    dr = drug(c.illness, lang if lang != "en" else "en")
    ins = o.get("insurance_" + lang, o["insurance_en"])
    return {
        "nl": f"{_cap(inn)} is {dr} in de openbare gezondheidszorg niet beschikbaar{r}; in privé-apotheken in "
        f"{o['capital']} kost het ongeveer {il['cost']} per maand, terwijl het gemiddelde maandinkomen er "
        f"{o['wage']} bedraagt. {ins} Gespecialiseerde opvolging bestaat enkel in {o['hospital']}. "
        f"{_who(c, lang, True)} heeft in geen ander land wettig verbleven.",
        "fr": f"{_cap(inn)}, {dr} n'est pas disponible dans le secteur public{r} ; en pharmacie privée à "
        f"{o['capital']}, il coûte environ {il['cost']} par mois, alors que le revenu mensuel moyen y est "
        f"de {o['wage']}. {ins} Le suivi spécialisé n'existe qu'à {o['hospital']}. {_who(c, lang, True)} "
        f"n'a séjourné légalement dans aucun autre pays.",
        "de": f"{_cap(inn)} ist {dr} im öffentlichen Gesundheitswesen nicht verfügbar{r}; in privaten Apotheken "
        f"in {o['capital']} kostet es etwa {il['cost']} im Monat, bei einem durchschnittlichen Monatslohn "
        f"von {o['wage']}. {ins} Fachärztliche Betreuung gibt es nur in {o['hospital']}. "
        f"{_who(c, lang, True)} hielt sich in keinem anderen Land rechtmäßig auf.",
        "en": f"{_cap(inn)}, {dr} is not available in public health care{r}; in private pharmacies in "
        f"{o['capital']} it costs about {il['cost']} a month, while the average monthly income there is "
        f"{o['wage']}. {ins} Specialist follow-up exists only at {o['hospital']}. The applicant has not "
        f"resided lawfully in any other country.",
    }[lang]


def s36_other(c: Case, lang: str) -> str | None:
    out = []
    if c.previous_9ter:
        d = _dd(c, c.previous_9ter, lang)
        out.append(
            {
                "nl": f"Op {d} werd een eerdere aanvraag op grond van artikel 9ter ingediend, waarover nog niet "
                f"werd beslist. Met deze aanvraag doet {_who(c, lang)} daarvan afstand; alle elementen van "
                f"die aanvraag worden hier herhaald.",
                "fr": f"Une précédente demande fondée sur l'article 9ter a été introduite le {d} et n'a pas encore "
                f"été tranchée. Par la présente, {_who(c, lang)} s'en désiste ; tous les éléments de cette "
                f"demande sont repris ici.",
                "de": f"Am {d} wurde bereits ein Antrag nach Artikel 9ter gestellt, über den noch nicht "
                f"entschieden ist. Mit diesem Antrag wird darauf verzichtet; alle Elemente jenes Antrags "
                f"werden hier wiederholt.",
                "en": f"An earlier application under Article 9ter was lodged on {d} and has not yet been decided. "
                f"The applicant hereby withdraws it; all its elements are repeated here.",
            }[lang]
        )
    a = c.asylum
    if a and a.get("status") == "refused":
        d = _dd(c, a["refused_on"], lang)
        out.append(
            {
                "nl": f"Het verzoek om internationale bescherming werd op {d} definitief geweigerd.",
                "fr": f"La demande de protection internationale a été définitivement refusée le {d}.",
                "de": f"Der Antrag auf internationalen Schutz wurde am {d} endgültig abgelehnt.",
                "en": f"The application for international protection was finally refused on {d}.",
            }[lang]
        )
    return " ".join(out) or None


def s36_ask(c: Case, lang: str) -> str:
    return {
        "nl": f"Om al deze redenen verzoekt {_who(c, lang)} u om een machtiging tot verblijf van meer dan drie "
        f"maanden op grond van artikel 9ter van de wet van 15 december 1980.",
        "fr": f"Pour l'ensemble de ces motifs, {_who(c, lang)} sollicite une autorisation de séjour de plus de "
        f"trois mois sur la base de l'article 9ter de la loi du 15 décembre 1980.",
        "de": f"Aus all diesen Gründen beantragt {_who(c, lang)} eine Aufenthaltserlaubnis von mehr als drei "
        f"Monaten nach Artikel 9ter des Gesetzes vom 15. Dezember 1980.",
        "en": "For all these reasons the applicant asks for leave to stay for more than three months under "
        "Article 9ter of the Law of 15 December 1980.",
    }[lang]


# --------------------------------------------------------------------------- application 1: prose letter

_PL = {
    "nl": dict(
        reg="AANGETEKEND",
        to=["Dienst Vreemdelingenzaken", "Dienst Medisch Verblijf", "Pachecolaan 44", "1000 Brussel"],
        ref="Onze ref.",
        yref="Uw ref.",
        subj="Betreft: aanvraag tot machtiging tot verblijf – artikel 9ter",
        sal="Mevrouw, Mijnheer,",
        close="Met oprechte hoogachting,",
        heads=[
            "Persoonsgegevens.",
            "Verblijfplaats.",
            "Gezin.",
            "Identiteit.",
            "Medische toestand.",
            "Zorg in het land van herkomst.",
            "Eerdere procedures.",
            "Verzoek.",
        ],
        intro="Namens {nm} dien ik hierbij een aanvraag in op grond van artikel 9ter van de wet van 15 "
        "december 1980.",
        inv="Stukkenbundel",
        mr="Mr.",
        run="{nm} – aanvraag 9ter",
    ),
    "fr": dict(
        reg="RECOMMANDÉ",
        to=["Office des Étrangers", "Service Séjour médical", "Boulevard Pachéco 44", "1000 Bruxelles"],
        ref="N/Réf.",
        yref="V/Réf.",
        subj="Concerne : demande d'autorisation de séjour – article 9ter",
        sal="Madame, Monsieur,",
        close="Je vous prie d'agréer, Madame, Monsieur, l'assurance de ma parfaite considération.",
        heads=[
            "Identification.",
            "Résidence.",
            "Famille.",
            "Identité.",
            "Situation médicale.",
            "Soins au pays d'origine.",
            "Procédures antérieures.",
            "Demande.",
        ],
        intro="Au nom de {nm}, j'ai l'honneur d'introduire la présente demande fondée sur l'article 9ter de la "
        "loi du 15 décembre 1980.",
        inv="Inventaire des pièces",
        mr="Me",
        run="{nm} – demande 9ter",
    ),
    "de": dict(
        reg="EINSCHREIBEN",
        to=["Ausländeramt", "Dienst Medizinischer Aufenthalt", "Pachecolaan 44", "1000 Brüssel"],
        ref="Unser Zeichen",
        yref="Ihr Zeichen",
        subj="Betrifft: Antrag auf Aufenthaltserlaubnis – Artikel 9ter",
        sal="Sehr geehrte Damen und Herren,",
        close="Mit freundlichen Grüßen",
        heads=[
            "Personalien.",
            "Wohnort.",
            "Familie.",
            "Identität.",
            "Gesundheitszustand.",
            "Behandlung im Herkunftsland.",
            "Frühere Verfahren.",
            "Antrag.",
        ],
        intro="Im Namen von {nm} stelle ich hiermit einen Antrag nach Artikel 9ter des Gesetzes vom 15. "
        "Dezember 1980.",
        inv="Anlagen",
        mr="RA",
        run="{nm} – Antrag 9ter",
    ),
    "en": dict(
        reg="REGISTERED",
        to=["Immigration Office", "Medical Residence Unit", "Pachecolaan 44", "1000 Brussels"],
        ref="Our ref.",
        yref="Your ref.",
        subj="Re: application for leave to stay – Article 9ter",
        sal="Dear Sir or Madam,",
        close="Yours faithfully,",
        heads=[
            "Personal data.",
            "Residence.",
            "Family.",
            "Identity.",
            "Medical condition.",
            "Care in the country of origin.",
            "Earlier procedures.",
            "Request.",
        ],
        intro="On behalf of {nm} I hereby lodge an application under Article 9ter of the Law of 15 December "
        "1980.",
        inv="Enclosures",
        mr="Mr",
        run="{nm} – 9ter application",
    ),
}


def app_prose(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """A lawyer's letter in Century Schoolbook: the firm's name centred in spaced capitals with the partners' names
    on one line under it and a DOUBLE rule; the place and date at the right under the rule, the references at the
    left; the registered-mail mention in a small ruled box over the addressee block at the RIGHT; the subject
    underlined; the body as justified paragraphs, each opening with a bold run-in head ('Persoonsgegevens.',
    'Résidence.', ...); the signature at the letter's END under the closing words, with no label, the lawyer's
    name typed under it; page numbers '- n -' centred at the top from page 2; the exhibits listed after the
    signature; the firm's address and bank details only in the first page's footer."""
    L, R = c.lawyer, _PL[lang]
    f, fb, fi = CSB, CSB_B, CSB_I
    size = 10.2
    partners = [
        f"{L['first']} {L['last']}",
        rng.choice(["Wim Claes", "Aline Moreau", "Sarah Peeters", "Karim Haddouchi"]),
        rng.choice(["Lotte Smet", "Julien Hubert"]),
    ]
    nm = name_in(c.p, c.name_style)

    def new_page(i: int):
        sh = Sheet()
        if i == 0:
            sh.text(
                105,
                14,
                L["firm"].upper(),
                font=fb,
                size_pt=fit(L["firm"].upper(), fb, 14, 170),
                anchor="center",
                letter_spacing=0.9,
            )
            sh.text(105, 21.5, " · ".join(partners), font=fi, size_pt=8.8, anchor="center", color=GREY)
            sh.rule(20, 27, 190, 27, width_mm=0.5)
            sh.rule(20, 28.2, 190, 28.2, width_mm=0.15)
            sh.text(190, 33, f"{L['city']}, {_long(c.app_date, lang)}", font=f, size_pt=9.8, anchor="right")
            sh.text(20, 33, f"{R['yref']}: —", font=f, size_pt=8.8, color=GREY)
            sh.text(
                20,
                37.5,
                f"{R['ref']}: {c.p.surname.split()[0][:5].upper()}/{rng.randint(100, 999)}/"
                f"{c.app_date.year % 100}",
                font=f,
                size_pt=8.8,
                color=GREY,
            )
            sh.rect(112, 44, 40, 7, width_mm=0.3)
            sh.text(132, 45.2, R["reg"], font=fb, size_pt=9.5, anchor="center", letter_spacing=0.6)
            for k, ln in enumerate(R["to"]):
                sh.text(112, 55 + k * 5, ln, font=f, size_pt=10.5)
            sh.rule(20, 285, 190, 285, width_mm=0.15, color=GREY)
            sh.text(
                105,
                287,
                f"{L['street']} · {L['pc']} {L['city']} · {L['tel']} · {L['mail']} · "
                f"BE{rng.randint(10, 99)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} "
                f"{rng.randint(1000, 9999)}",
                font=f,
                size_pt=7,
                anchor="center",
                color=GREY,
            )
            return sh, 84
        sh.text(105, 12, f"- {i + 1} -", font=f, size_pt=9.5, anchor="center")
        sh.text(20, 12, R["run"].format(nm=c.p.surname.upper()), font=fi, size_pt=8, color=GREY)
        return sh, 22

    pg = Pager(new_page, bottom=272)
    sh = pg.sh
    w = sh.text(20, pg.y, R["subj"], font=fb, size_pt=size)
    sh.rule(20, pg.y + 4.6, 20 + w, pg.y + 4.6, width_mm=0.25)
    pg.y += 10
    pg.lines(20, 170, R["sal"], font=f, size=size, gap=2.5)
    justify_lines(pg, 20, 170, R["intro"].format(nm=nm), font=f, size=size)
    H = R["heads"]
    home = " ".join(x for x in (s36_home(c, lang), s36_domicile(c, lang)) if x)
    for head, body, tag in (
        (H[0], s36_person(c, lang), "personal"),
        (H[1], home, "residence"),
        (H[2], s36_family(c, lang), "family"),
        (H[3], s36_identity(c, lang), "identity"),
        (H[4], s36_medical(c, lang), "medical"),
        (H[5], s36_coi(c, lang), "coi"),
        (H[6], s36_other(c, lang), "parallel"),
        (H[7], s36_ask(c, lang), None),
    ):
        if not body:
            continue
        justify_lines(pg, 20, 170, body, font=f, size=size, head=head, head_font=fb, tag=tag)
    pg.ensure(40)
    pg.tag("signature")
    sh, y = pg.sh, pg.y + 2
    for j, r_ in enumerate(wrap(R["close"], 170, f, size)):
        sh.text(20, y + j * 5, r_, font=f, size_pt=size)
    y += 5 * len(wrap(R["close"], 170, f, size)) + 2
    if "unsigned" not in c.flags:
        sh.signature(
            22 + rng.uniform(0, 8), y, rng.uniform(44, 54), 16, rng, color=rng.choice([INK_BLUE, INK_BLACK])
        )
    sh.text(20, y + 18, f"{R['mr']} {L['first']} {L['last']}", font=fb, size_pt=size)
    pg.y = y + 28
    ann = [d for _, d in c.annexes]
    if ann:
        pg.ensure(14)
        pg.lines(20, 170, R["inv"], font=fb, size=size, gap=1.5)
        for i, d in enumerate(ann, 1):
            pg.lines(20, 170, f"{i}. {d}", font=f, size=size - 1, gap=0.6)
    return pg.pages, pg.tags


for _lg, _d_ in (
    (
        "nl",
        "lawyer's prose letter in Century Schoolbook, double rule under a centred firm name, run-in "
        "bold heads, signature at the end without a label, '- n -' page numbers",
    ),
    (
        "fr",
        "lettre d'avocat en prose, double filet sous le nom du cabinet, intertitres en gras en début "
        "de paragraphe, signature en fin de lettre sans mention",
    ),
    (
        "de",
        "Anwaltsschreiben in Prosa, fette Stichwörter am Absatzanfang, Unterschrift am Ende ohne Bezeichnung",
    ),
    ("en", "the same prose letter written in English (not accepted)"),
):
    _reg(
        f"be9ter-app-{_lg}-lawyer-prose-dubbele-lijn-ingelopen-koppen-handtekening-einde-36",
        "application",
        PART,
        _lg,
        (lambda c, r, lg=_lg: app_prose(c, r, lang=lg)),
        _d_,
    )


# --------------------------------------------------------------------------- application 2: numbered intake form

_QF = {
    "nl": dict(
        org="vzw Medisch Steunpunt Noord",
        sub="Aanvraag medische regularisatie – art. 9ter Vreemdelingenwet",
        note="Wij sturen dit formulier met alle stukken aangetekend naar de Dienst Vreemdelingenzaken, "
        "Pachecolaan 44, 1000 Brussel.",
        q=[
            "Familienaam",
            "Voornaam / voornamen",
            "Geboortedatum",
            "Geboorteplaats",
            "Geboorteland",
            "Nationaliteit",
            "Rijksregisternummer of OV-nummer",
            "Adres waar u nu echt woont",
            "Adres voor de briefwisseling (gekozen woonplaats)",
            "Gezinsleden die mee vragen",
            "Welke documenten bewijzen wie u bent?",
            "Ziekte en hoe ernstig",
            "Welke behandeling heeft u nodig?",
            "Kan u in uw land verzorgd worden?",
            "Heeft u al eerder een 9ter-aanvraag ingediend?",
        ],
        none="GEEN",
        sign="Handtekening van de aanvrager",
        date="Datum",
        page="blad {i} van {n}",
        worker="ingevuld met",
    ),
    "fr": dict(
        org="ASBL Santé Sans Papiers – Namur",
        sub="Demande de régularisation médicale – art. 9ter",
        note="Nous envoyons ce formulaire avec toutes les pièces par recommandé à l'Office des Étrangers, "
        "Boulevard Pachéco 44, 1000 Bruxelles.",
        q=[
            "Nom",
            "Prénom(s)",
            "Date de naissance",
            "Lieu de naissance",
            "Pays de naissance",
            "Nationalité",
            "N° de registre national ou SP",
            "Adresse où vous habitez réellement",
            "Adresse pour le courrier (domicile élu)",
            "Membres de la famille concernés",
            "Quels documents prouvent votre identité ?",
            "Maladie et gravité",
            "Quel traitement vous faut-il ?",
            "Pouvez-vous être soigné(e) dans votre pays ?",
            "Avez-vous déjà introduit une demande 9ter ?",
        ],
        none="NÉANT",
        sign="Signature du demandeur / de la demanderesse",
        date="Date",
        page="feuille {i} sur {n}",
        worker="complété avec",
    ),
}


def app_intake(c: Case, rng: random.Random, *, lang: str, hand: bool) -> tuple[list[Sheet], dict]:
    """An NGO's numbered intake form: the organisation's name at the top LEFT beside a rounded square logo, the
    questions numbered in circles down a narrow left column, each answer on one or more ruled lines to its right;
    the Dutch copy filled in by hand in BLOCK CAPITALS with a ballpoint, the French one typed on the association's
    typewriter in Courier Prime; at the end the applicant's signature written ABOVE a line with its label printed
    under the line, the date beside it, and the social worker's name ('ingevuld met ...')."""
    R = _QF[lang]
    f, fb = NSANS, NSANS_B
    ink = rng.choice([INK_BLUE, INK_BLACK])
    p = c.p
    col = rng.choice([(200, 80, 30), (30, 110, 130), (120, 60, 140)])
    worker = rng.choice(["Ellen", "Karim", "Sofie", "Mathilde", "Yusuf", "Anaïs"])

    def new_page(i: int):
        sh = Sheet()
        sh.rect(20, 10, 12, 12, width_mm=0, fill=col)
        sh.text(
            26,
            12.2,
            R["org"][:1].upper() if lang == "fr" else "M",
            font=fb,
            size_pt=15,
            anchor="center",
            color=(255, 255, 255),
        )
        sh.text(36, 11, R["org"], font=fb, size_pt=11)
        sh.text(36, 16.5, R["sub"], font=f, size_pt=8.6, color=GREY)
        sh.rule(20, 25, 190, 25, width_mm=0.4, color=col)
        if i == 0:
            y = sh.paragraph(20, 28, 170, R["note"], font=NSANS_I, size_pt=8.4, leading=1.3, color=GREY)
            return sh, y + 4
        return sh, 30

    pg = Pager(new_page, bottom=270)
    n = 0

    def ask(q, val, tag=None, k=1):
        nonlocal n
        n += 1
        if hand:
            vv = glyphs(str(val or "").upper(), BLOCK)
            rows = wrap(vv, 120 / 1.1, BLOCK, 11) if vv else []
            lh = 7.0
        else:
            rows = wrap(str(val or ""), 120, CPR, 9.8) if val else []
            lh = 5.6
        qrows = wrap(q, 40, f, 8.8)
        nl_ = max(k, len(rows), len(qrows))
        h = nl_ * lh + 3
        pg.ensure(h)
        pg.tag(tag)
        sh = pg.sh
        sh.rect(20, pg.y + 0.2, 6, 6, width_mm=0.3, color=col)
        sh.text(23, pg.y + 1.2, str(n), font=fb, size_pt=8, anchor="center", color=col)
        for j, r_ in enumerate(qrows):
            sh.text(29, pg.y + 0.8 + j * 3.9, r_, font=f, size_pt=8.8)
        for j in range(nl_):
            yy = pg.y + j * lh
            sh.rule(70, yy + lh - 0.6, 190, yy + lh - 0.6, width_mm=0.15, color=(150, 150, 150))
            if j < len(rows):
                if hand:
                    sh.handwriting(71, yy - 0.6, rows[j], rng, size_pt=11, color=ink, font=BLOCK)
                else:
                    sh.text(71, yy + 0.8, rows[j], font=CPR, size_pt=9.8)
        pg.y += h

    nb, nn = "no_birthplace" in c.flags, "no_nationality" in c.flags
    pg.tag("personal")
    ask(R["q"][0], p.surname, "personal")
    ask(R["q"][1], p.given_names)
    ask(R["q"][2], p.birth_date.strftime("%d/%m/%Y") if hand else _dd(c, p.birth_date, lang))
    ask(R["q"][3], "" if nb else p.birth_place)
    ask(R["q"][4], "" if nb else cname(c.birth_cc(), lang))
    ask(R["q"][5], "" if nn else COUNTRIES[p.nationality]["adj_" + lang])
    ask(R["q"][6], c.nrn or c.ov or "")
    ask(R["q"][7], "" if "no_address" in c.flags else addr_str(c.addr, lang, c.addr_style), "residence", 2)
    dom = None if ("no_domicile" in c.flags or c.domicile == "none") else c.domicile
    if dom == "lawyer" and c.lawyer:
        dv = (
            f"{'Mr.' if lang == 'nl' else 'Me'} {c.lawyer['first']} {c.lawyer['last']}, {c.lawyer['street']}, "
            f"{c.lawyer['pc']} {c.lawyer['city']}"
        )
    elif dom == "other":
        dv = c.other_domicile or ""
    elif dom == "residence":
        dv = {"nl": "zelfde adres als hierboven", "fr": "même adresse que ci-dessus"}[lang]
    else:
        dv = ""
    ask(R["q"][8], dv, None, 2)
    ask(R["q"][9], "; ".join(_members(c, lang)) or R["none"], "family" if c.family else None)
    ids = [d + _px(c, k, lang) for k, d in c.annexes if k.startswith("id") or k == "asylum"]
    idt = (
        s36_identity(c, lang)
        if c.id_kind in ("asylum", "asylum-noproof", "none")
        else ("; ".join(ids) or "—")
    )
    ask(R["q"][10], idt, "identity", 2)
    t = _ill(c, lang)
    ask(R["q"][11], f"{t['name']}. {t['severity']}", "medical", 2)
    ask(R["q"][12], "; ".join(t["meds"]) + ". " + t["duration"], None, 2)
    coi = s36_coi(c, lang)
    if coi is None and c.annex_no("coi"):
        coi = {"nl": f"Neen, zie stuk {c.annex_no('coi')}.", "fr": f"Non, voir pièce {c.annex_no('coi')}."}[
            lang
        ]
    ask(R["q"][13], coi or "", "coi" if coi else None, 2)
    oth = s36_other(c, lang)
    ask(R["q"][14], oth or R["none"], "parallel" if oth else None)
    pg.ensure(42)
    pg.tag("signature")
    sh, y = pg.sh, pg.y + 10
    if "unsigned" not in c.flags:
        sh.signature(26 + rng.uniform(0, 14), y, rng.uniform(46, 58), 16, rng, color=ink)
    sh.rule(20, y + 17, 100, y + 17, width_mm=0.35)
    sh.text(20, y + 18.5, R["sign"], font=f, size_pt=8.4, color=GREY)
    sh.rule(120, y + 17, 190, y + 17, width_mm=0.35)
    sh.text(120, y + 18.5, R["date"], font=f, size_pt=8.4, color=GREY)
    ds = c.app_date.strftime("%d/%m/%Y")
    if hand:
        sh.handwriting(124, y + 9, ds, rng, size_pt=12, color=ink, font=BLOCK)
    else:
        sh.text(124, y + 11.5, ds, font=CPR, size_pt=10)
    sh.text(20, y + 28, f"{R['worker']} {worker} ({R['org']})", font=NSANS_I, size_pt=8.2, color=GREY)
    pg.y = y + 36
    N = len(pg.pages)
    for i, p_ in enumerate(pg.pages, 1):
        p_.text(190, 287, R["page"].format(i=i, n=N), font=f, size_pt=8, anchor="right", color=GREY)
    return pg.pages, pg.tags


_reg(
    "be9ter-app-nl-form-genummerde-vragen-cirkels-blokletters-handtekening-boven-lijn-36",
    "application",
    PART,
    "nl",
    lambda c, r: app_intake(c, r, lang="nl", hand=True),
    "an NGO's numbered intake form filled in by hand in block capitals, signature above the line with its label "
    "under it",
)
_reg(
    "be9ter-app-fr-form-genummerde-vragen-typemachine-handtekening-boven-lijn-36",
    "application",
    PART,
    "fr",
    lambda c, r: app_intake(c, r, lang="fr", hand=False),
    "formulaire d'accueil numéroté d'une ASBL, tapé à la machine (Courier Prime), signature au-dessus du trait",
)


# --------------------------------------------------------------------------- application 3: labelled request

_LR = {
    "nl": dict(
        title="VERZOEKSCHRIFT",
        sub="tot machtiging tot verblijf (artikel 9ter Vreemdelingenwet)",
        to="Aan de Minister bevoegd voor Asiel en Migratie, p/a Dienst Vreemdelingenzaken, Dienst Medisch "
        "Verblijf, Pachecolaan 44, 1000 Brussel – aangetekend",
        lab=[
            "Naam",
            "Voornamen",
            "Nationaliteit",
            "Geboren op",
            "Geboorteplaats",
            "Geboorteland",
            "Rijksregisternummer",
            "OV-nummer",
            "Werkelijke verblijfplaats",
            "Gekozen woonplaats",
            "Gezinsleden",
        ],
        secs=[
            "I. Identiteit",
            "II. Medische toestand",
            "III. Beschikbaarheid en toegankelijkheid van de zorg",
            "IV. Eerdere procedures",
            "V. Verzoek",
        ],
        none="geen",
        same="idem",
        sig="Voor de verzoeker, de raadsman:",
        done="Opgemaakt te {c} op {d}.",
        inv="INVENTARIS",
        cols=["Nr.", "Omschrijving", "Blz."],
        page="{i}/{n}",
    ),
    "fr": dict(
        title="REQUÊTE",
        sub="en autorisation de séjour (article 9ter de la loi du 15 décembre 1980)",
        to="À Madame/Monsieur le Ministre de l'Asile et de la Migration, à l'intervention de l'Office des "
        "Étrangers, Séjour médical, Boulevard Pachéco 44, 1000 Bruxelles – par recommandé",
        lab=[
            "Nom",
            "Prénoms",
            "Nationalité",
            "Né(e) le",
            "Lieu de naissance",
            "Pays de naissance",
            "N° de registre national",
            "N° SP",
            "Résidence effective",
            "Domicile élu",
            "Membres de la famille",
        ],
        secs=[
            "I. Identité",
            "II. Situation médicale",
            "III. Disponibilité et accessibilité des soins",
            "IV. Procédures antérieures",
            "V. Demande",
        ],
        none="néant",
        same="idem",
        sig="Pour la partie requérante, son conseil :",
        done="Fait à {c}, le {d}.",
        inv="INVENTAIRE",
        cols=["N°", "Pièce", "p."],
        page="{i}/{n}",
    ),
    "de": dict(
        title="ANTRAG",
        sub="auf Aufenthaltserlaubnis (Artikel 9ter des Gesetzes vom 15. Dezember 1980)",
        to="An den Minister für Asyl und Migration, über das Ausländeramt, Dienst Medizinischer Aufenthalt, "
        "Pachecolaan 44, 1000 Brüssel – per Einschreiben",
        lab=[
            "Name",
            "Vornamen",
            "Staatsangehörigkeit",
            "Geboren am",
            "Geburtsort",
            "Geburtsland",
            "Nationalregisternummer",
            "OV-Nummer",
            "Tatsächlicher Wohnort",
            "Zustellungsanschrift",
            "Familienangehörige",
        ],
        secs=[
            "I. Identität",
            "II. Gesundheitszustand",
            "III. Verfügbarkeit und Zugänglichkeit der Behandlung",
            "IV. Frühere Verfahren",
            "V. Antrag",
        ],
        none="keine",
        same="wie oben",
        sig="Für den Antragsteller, der Rechtsanwalt:",
        done="Ausgefertigt in {c}, am {d}.",
        inv="ANLAGENVERZEICHNIS",
        cols=["Nr.", "Anlage", "S."],
        page="{i}/{n}",
    ),
}


def app_labelled(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """A request in Carlito with URW Bookman headings: the firm's block at the upper RIGHT (name in bold, address,
    e-mail), the title and subtitle at the LEFT under a short thick rule; the addressee as one italic line; the
    applicant's particulars as 'label : value' lines with dotted leaders from the label to the value; the argument
    under Roman-numbered headings; the closing 'Opgemaakt te ...'; the signature written BESIDE its label ('Voor
    de verzoeker, de raadsman:' at the left, the signature to the right of it on the same line, the typed name
    under the signature); the inventory as a three-column ruled table; 'n/N' at the foot of each page."""
    L, R = c.lawyer, _LR[lang]
    f, fb, fi = CARL, CARL_B, CARL_I
    hb = BOOK_B
    size = 10.6
    p = c.p

    def new_page(i: int):
        sh = Sheet()
        if i == 0:
            sh.text(190, 12, L["firm"], font=fb, size_pt=fit(L["firm"], fb, 11, 90), anchor="right")
            for k, ln in enumerate((L["street"], f"{L['pc']} {L['city']}", L["tel"], L["mail"])):
                sh.text(190, 17.5 + k * 4.3, ln, font=f, size_pt=8.8, anchor="right", color=GREY)
            sh.rect(20, 40, 24, 1.6, width_mm=0, fill=(40, 40, 40))
            sh.text(20, 44, R["title"], font=hb, size_pt=16)
            sh.text(20, 52, R["sub"], font=BOOK_I, size_pt=9.5)
            return sh, 62
        return sh, 18

    pg = Pager(new_page, bottom=274)
    pg.lines(20, 170, R["to"], font=fi, size=9.8, gap=5)
    nb, nn = "no_birthplace" in c.flags, "no_nationality" in c.flags
    dom = s36_domicile(c, lang)
    if dom and c.domicile == "lawyer":
        domv = f"{L['firm']}, {L['street']}, {L['pc']} {L['city']}"
    elif dom and c.domicile == "other":
        domv = c.other_domicile or ""
    elif dom:
        domv = R["same"]
    else:
        domv = ""
    vals = [
        p.surname.upper(),
        p.given_names,
        "" if nn else COUNTRIES[p.nationality]["adj_" + lang],
        _dd(c, p.birth_date, lang),
        "" if nb else p.birth_place,
        "" if nb else cname(c.birth_cc(), lang),
        c.nrn or None,
        None if c.nrn else (c.ov or ""),
        "" if "no_address" in c.flags else addr_str(c.addr, lang, c.addr_style),
        domv,
        "; ".join(_members(c, lang)) or R["none"],
    ]
    pg.tag("personal")
    for i, (lab, val) in enumerate(zip(R["lab"], vals)):
        if val is None:
            continue
        if i == 8:
            pg.tag("residence")
        if i == 10 and c.family:
            pg.tag("family")
        rows = wrap(val, 110, fb if i == 0 else f, size) if val else [""]
        pg.ensure(5.4 * len(rows) + 1)
        sh = pg.sh
        lw = sh.text(20, pg.y, lab, font=f, size_pt=size)
        sh.rule(21 + lw, pg.y + 4, 76, pg.y + 4, width_mm=0.15, color=(130, 130, 130), dash=0.35)
        sh.text(77, pg.y, ":", font=f, size_pt=size)
        for j, r_ in enumerate(rows):
            sh.text(80, pg.y + j * 5.4, r_, font=fb if i == 0 else f, size_pt=size)
        pg.y += 5.4 * len(rows) + 1.4
    pg.y += 5
    for t, body, tag in (
        (R["secs"][0], s36_identity(c, lang), "identity"),
        (R["secs"][1], s36_medical(c, lang), "medical"),
        (R["secs"][2], s36_coi(c, lang), "coi"),
        (R["secs"][3], s36_other(c, lang), "parallel"),
        (R["secs"][4], s36_ask(c, lang), None),
    ):
        if not body:
            continue
        pg.ensure(18)
        pg.tag(tag)
        pg.sh.text(20, pg.y, t, font=hb, size_pt=10.5)
        pg.y += 6.4
        justify_lines(pg, 20, 170, body, font=f, size=size, gap=4)
    pg.ensure(38)
    pg.tag("signature")
    sh, y = pg.sh, pg.y + 2
    sh.text(20, y, R["done"].format(c=L["city"], d=_long(c.app_date, lang)), font=f, size_pt=size)
    y += 12
    lw = sh.text(20, y, R["sig"], font=fi, size_pt=size)
    if "unsigned" not in c.flags:
        sh.signature(24 + lw, y - 8, rng.uniform(44, 52), 16, rng, color=rng.choice([INK_BLUE, INK_BLACK]))
    sh.text(26 + lw, y + 10, f"{L['first']} {L['last']}", font=fb, size_pt=size)
    pg.y = y + 22
    ann = list(c.annexes)
    if ann:
        pg.ensure(24)
        pg.lines(20, 170, R["inv"], font=hb, size=10.5, gap=2)
        sh = pg.sh
        sh.rect(20, pg.y, 170, 6.4, width_mm=0.25, fill=(232, 232, 232))
        for t, x in zip(R["cols"], (22, 34, 180)):
            sh.text(x, pg.y + 1.2, t, font=fb, size_pt=9.3)
        pg.y += 6.4
        for i, (k, d) in enumerate(ann, 1):
            rows = wrap(d, 138, f, 9.6)
            h = 4.6 * len(rows) + 2.2
            pg.ensure(h)
            sh = pg.sh
            sh.rect(20, pg.y, 170, h, width_mm=0.2)
            sh.rule(32, pg.y, 32, pg.y + h, width_mm=0.2)
            sh.rule(176, pg.y, 176, pg.y + h, width_mm=0.2)
            sh.text(22, pg.y + 1.1, str(i), font=f, size_pt=9.6)
            for j, r_ in enumerate(rows):
                sh.text(34, pg.y + 1.1 + j * 4.6, r_, font=f, size_pt=9.6)
            sh.text(180, pg.y + 1.1, str(c.annex_pages.get(k, 1)), font=f, size_pt=9.6)
            pg.y += h
    N = len(pg.pages)
    for i, p_ in enumerate(pg.pages, 1):
        p_.text(105, 287, R["page"].format(i=i, n=N), font=f, size_pt=8.5, anchor="center", color=GREY)
    return pg.pages, pg.tags


for _lg, _d_ in (
    (
        "nl",
        "request with the particulars as label : value lines on dotted leaders, Roman-numbered "
        "headings, signature beside its label, inventory table",
    ),
    (
        "fr",
        "requête, données en lignes « libellé : valeur » avec points de conduite, intertitres en "
        "chiffres romains, signature à droite de la mention, inventaire en tableau",
    ),
    (
        "de",
        "Antrag mit Personalien als Zeilen mit Führungspunkten, römisch nummerierte Abschnitte, "
        "Unterschrift neben der Bezeichnung",
    ),
):
    _reg(
        f"be9ter-app-{_lg}-lawyer-inventaris-label-puntlijn-romeinse-koppen-handtekening-naast-label-36",
        "application",
        PART,
        _lg,
        (lambda c, r, lg=_lg: app_labelled(c, r, lang=lg)),
        _d_,
    )


# --------------------------------------------------------------------------- medical certificate 2024: typed


def medcert_2024_typed(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The 2024 model as the department's PDF filled in on screen and printed: the title in white on a black band,
    each section's number in a black square at the LEFT margin with its question beside it, the typed answer in a
    light grey box under the question (Nimbus Sans); the patient and doctor sections as labelled cells; the degree
    of severity as four ballot boxes with a typed X; at the end the date and, under its label, the signature, the
    doctor's rectangular stamp pressed across the date line; the model's reference in the footer of both pages."""
    Mx, v = MC_NEW[lang], _values(c, lang, rng)
    d = c.doctor
    f, fb = NSANS, NSANS_B
    ink = rng.choice([INK_BLUE, INK_BLACK])
    L3 = lang if lang in ("nl", "fr", "de") else "nl"

    def new_page(i: int):
        sh = Sheet()
        if i == 0:
            sh.rect(20, 10, 170, 10, width_mm=0, fill=(20, 20, 24))
            sh.text(105, 11.8, Mx["title"], font=fb, size_pt=12.5, anchor="center", color=(255, 255, 255))
            y = sh.paragraph(
                22, 23, 166, Mx["law"], font=NSANS_I, size_pt=7.6, leading=1.2, align="center", color=GREY
            )
            return sh, y + 3
        sh.rect(20, 10, 170, 5, width_mm=0, fill=(20, 20, 24))
        return sh, 20

    pg = Pager(new_page, bottom=274)

    def sec(num_q: str, tag=None, need=16):
        num, _, q = num_q.partition(". ")
        pg.ensure(need)
        pg.tag(tag)
        sh = pg.sh
        sh.rect(20, pg.y, 6, 6, width_mm=0, fill=(20, 20, 24))
        sh.text(23, pg.y + 1.1, num, font=fb, size_pt=8.6, anchor="center", color=(255, 255, 255))
        for j, r_ in enumerate(wrap(q, 158, fb, 9.4)):
            sh.text(29, pg.y + 0.8 + j * 4.2, r_, font=fb, size_pt=9.4)
        pg.y += max(7, 4.2 * len(wrap(q, 158, fb, 9.4)) + 2.5)

    def box(val, tag=None, nmin=1, label=None):
        rows = wrap(val, 156, f, 9.8) if val else []
        k = max(nmin, len(rows))
        h = 4.7 * k + 3 + (4.2 if label else 0)
        pg.ensure(h + 2)
        pg.tag(tag if val else None)
        sh = pg.sh
        sh.rect(29, pg.y, 161, h, width_mm=0, fill=(238, 238, 238))
        yy = pg.y + 1.4
        if label:
            sh.text(31, yy, label, font=NSANS_I, size_pt=8.2, color=GREY)
            yy += 4.2
        for j, r_ in enumerate(rows):
            sh.text(31, yy + j * 4.7, r_, font=f, size_pt=9.8)
        pg.y += h + 2.5

    def cells(pairs, tag=None):
        pg.ensure(8 * ((len(pairs) + 1) // 2) + 2)
        pg.tag(tag)
        sh = pg.sh
        for i, (a, b) in enumerate(pairs):
            x = 29 + (i % 2) * 80.5
            y = pg.y + (i // 2) * 8.4
            sh.rect(x, y, 80.5, 8.4, width_mm=0.2, color=(160, 160, 160))
            sh.text(x + 1.5, y + 0.8, a, font=f, size_pt=7, color=GREY)
            bb = glyphs(b, fb)
            sh.text(x + 1.5, y + 3.6, bb, font=fb, size_pt=fit(bb, fb, 9.4, 77))
        pg.y += 8.4 * ((len(pairs) + 1) // 2) + 3

    sec(Mx["s1"], "patient")
    cells(
        [(Mx["name"], v["surname"]), (Mx["first"], v["first"]), (Mx["bd"], v["bd"]), (Mx["nat"], v["nat"])],
        "patient",
    )
    sec(Mx["s2"], "doctor")
    cells(
        [
            (Mx["dname"], d.name()),
            (Mx["riziv"], v["riziv"]),
            (Mx["spec"], SPECIALTY[d.spec].get(L3, "")),
            (Mx["daddr"], f"{d.street}, {d.pc} {d.city}"),
        ],
        "doctor",
    )
    sec(Mx["s3"])
    box(fdate(c.cert_date - timedelta(days=rng.randint(120, 1600)), "slashes", lang))
    sec(Mx["s4"])
    box(v["hist"], None, 2)
    sec(Mx["s5"], "illness")
    box(f"{v['ill']} – {v['icd']}" if v["ill"] else "", "illness", 2)
    sec(Mx["s6"], "severity", need=26)
    k = None if "mc_no_severity" in c.flags else rng.choice([2, 2, 3])
    sh = pg.sh
    x = 31
    for i, o in enumerate(Mx["sevopts"]):
        sh.rect(x, pg.y, 3.8, 3.8, width_mm=0.3)
        if i == k:
            sh.text(x + 0.5, pg.y - 0.3, "X", font=fb, size_pt=10)
        x += 6 + sh.text(x + 5.4, pg.y - 0.1, o, font=f, size_pt=9.6) + 8
    pg.y += 7
    box(v["sev"], "severity", 2, label=Mx["s6b"])
    sec(Mx["s7"], "treatment")
    box(v["meds"], "treatment", 2, label=Mx["s7a"])
    box(v["interv"], None, 1, label=Mx["s7b"])
    box(v["dur"], None, 1, label=Mx["s7c"])
    sec(Mx["s8"])
    box(v["cons"], None, 2)
    sec(Mx["s9"])
    box(v["prog"])
    sec(Mx["s10"])
    box(v["needs"], None, 2)
    sec(Mx["s11"])
    box(v["travel"])
    pg.ensure(50)
    pg.tag("signature")
    sh, y = pg.sh, pg.y + 4
    sh.text(29, y, Mx["date"], font=f, size_pt=8, color=GREY)
    sh.text(29, y + 4, v["date"], font=fb, size_pt=10.5)
    sh.rule(29, y + 9.5, 90, y + 9.5, width_mm=0.2)
    sh.text(110, y, Mx["sign"], font=f, size_pt=8, color=GREY)
    if v["signed"]:
        sh.signature(114 + rng.uniform(0, 10), y + 4, rng.uniform(42, 52), 16, rng, color=ink)
    sh.stamp(
        40 + rng.uniform(0, 10),
        y + 4,
        _stamp_lines(c, L3, bool(v["riziv"])),
        rng,
        shape="rect",
        size_mm=34,
        color=rng.choice([STAMP_BLUE, STAMP_VIOLET]),
        angle=rng.uniform(-7, 7),
    )
    N = len(pg.pages)
    for i, s_ in enumerate(pg.pages, 1):
        s_.text(20, 287, Mx["model"], font=f, size_pt=7.5, color=GREY)
        s_.text(190, 287, Mx["page"].format(i=i, n=N), font=f, size_pt=7.5, anchor="right", color=GREY)
    return pg.pages, pg.tags


for _lg, _d_ in (
    (
        "nl",
        "2024 model filled in on screen: black title band, section numbers in black squares, answers "
        "in grey boxes, ballot boxes for the severity, stamp across the date line",
    ),
    (
        "fr",
        "modèle 2024 rempli à l'écran : bandeau noir, numéros en carrés noirs, réponses en cadres "
        "gris, cases de gravité",
    ),
    ("de", "Muster 2024 am Bildschirm ausgefüllt, schwarze Titelleiste, Antworten in grauen Feldern"),
    ("en", "the 2024 model filled in in English (not accepted)"),
):
    _reg(
        f"be9ter-medcert-2024-{_lg}-scherm-zwarte-band-grijze-antwoordvakken-stempel-over-datum-36",
        "medical-certificate",
        PART,
        _lg,
        (lambda c, r, lg=_lg: medcert_2024_typed(c, r, lang=lg)),
        _d_,
    )


# --------------------------------------------------------------------------- medical certificate 2024: by hand


def medcert_2024_hand(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The 2024 form printed blank with an open answer frame under each question and filled in by hand with a
    fine pen (the dkg hand, black or blue), the doctor's name written in and the RIZIV number written in the boxes
    of a printed comb; the degree of severity chosen by a hand-drawn cross in its box; the signature BESIDE its
    label at the end, the practice stamp under it; the pages are a little skewed and scanned with a corner
    dog-eared."""
    Mx, v = MC_NEW[lang], _values(c, lang, rng)
    d = c.doctor
    f, fb = LSER, LSER_B
    hf = DKG
    ink = rng.choice([INK_BLUE, INK_BLACK])
    L3 = lang if lang in ("nl", "fr", "de") else "nl"
    hs = 11.5

    def new_page(i: int):
        sh = Sheet()
        if i == 0:
            sh.text(105, 12, Mx["title"], font=fb, size_pt=13, anchor="center")
            y = sh.paragraph(
                26, 18, 158, Mx["law"], font=LSER_I, size_pt=7.8, leading=1.2, align="center", color=GREY
            )
            sh.text(105, y + 0.6, Mx["model"], font=LSER_I, size_pt=7.8, anchor="center", color=GREY)
            return sh, y + 7
        return sh, 14

    pg = Pager(new_page, bottom=270)

    def q(t, tag=None):
        rows = wrap(t, 170, fb, 9.8)
        pg.ensure(4.6 * len(rows) + 12)
        pg.tag(tag)
        for r_ in rows:
            pg.sh.text(20, pg.y, r_, font=fb, size_pt=9.8)
            pg.y += 4.6
        pg.y += 0.8

    def frame(val, tag=None, nmin=1, label=None):
        vv = glyphs(val, hf) if val else ""
        rows = wrap(vv, 164 / 1.1, hf, hs) if vv else []
        k = max(nmin, len(rows))
        h = 6.6 * k + 2.5 + (4.2 if label else 0)
        pg.ensure(h + 2)
        pg.tag(tag if val else None)
        sh = pg.sh
        sh.rect(20, pg.y, 170, h, width_mm=0.25, color=(110, 110, 110))
        yy = pg.y + 0.8
        if label:
            sh.text(22, yy + 0.4, label, font=LSER_I, size_pt=8.4, color=GREY)
            yy += 4.2
        for j, r_ in enumerate(rows):
            sh.handwriting(22, yy + j * 6.6, r_, rng, size_pt=hs, color=ink, font=hf)
        pg.y += h + 3

    q(Mx["s1"], "patient")
    for lab, val in (
        (Mx["name"], v["surname"]),
        (Mx["first"], v["first"]),
        (Mx["bd"], v["bd"]),
        (Mx["nat"], v["nat"]),
    ):
        pg.ensure(8)
        w = pg.sh.text(24, pg.y + 1, lab + " :", font=f, size_pt=9.8)
        pg.sh.rule(26 + w, pg.y + 6, 190, pg.y + 6, width_mm=0.15, color=(120, 120, 120))
        if val:
            vv = glyphs(val, hf)
            pg.sh.handwriting(
                28 + w, pg.y - 0.6, vv, rng, size_pt=fit(vv, hf, hs, (158 - w) / 1.1), color=ink, font=hf
            )
        pg.y += 7.6
    pg.y += 2
    q(Mx["s2"], "doctor")
    pg.ensure(26)
    sh = pg.sh
    w = sh.text(24, pg.y + 1, Mx["dname"] + " :", font=f, size_pt=9.8)
    sh.rule(26 + w, pg.y + 6, 190, pg.y + 6, width_mm=0.15, color=(120, 120, 120))
    sh.handwriting(28 + w, pg.y - 0.6, glyphs(d.name(), hf), rng, size_pt=hs, color=ink, font=hf)
    pg.y += 8
    w = sh.text(24, pg.y + 1, Mx["riziv"] + " :", font=f, size_pt=9.8)
    digits = v["riziv"].replace("-", "")
    for i in range(11):
        bx = 28 + w + i * 5.6 + 2.4 * ((i >= 1) + (i >= 6) + (i >= 8))
        sh.rect(bx, pg.y, 5, 6, width_mm=0.2)
        if i < len(digits):
            sh.handwriting(bx + 1.1, pg.y - 0.4, digits[i], rng, size_pt=hs, color=ink, font=hf)
    pg.y += 8
    w = sh.text(24, pg.y + 1, Mx["spec"] + " :", font=f, size_pt=9.8)
    sh.handwriting(
        28 + w, pg.y - 0.6, glyphs(SPECIALTY[d.spec].get(L3, ""), hf), rng, size_pt=hs, color=ink, font=hf
    )
    pg.y += 10
    q(Mx["s3"])
    frame(fdate(c.cert_date - timedelta(days=rng.randint(100, 1400)), "slashes", lang))
    q(Mx["s4"])
    frame(v["hist"], None, 2)
    q(Mx["s5"], "illness")
    frame(f"{v['ill']} ({v['icd']})" if v["ill"] else "", "illness", 2)
    q(Mx["s6"], "severity")
    pg.ensure(9)
    k = None if "mc_no_severity" in c.flags else rng.choice([2, 2, 3])
    x = 24
    sh = pg.sh
    for i, o in enumerate(Mx["sevopts"]):
        sh.checkbox(x, pg.y, 4.0, i == k, rng=rng, ink=ink)
        x += 7 + sh.text(x + 5.6, pg.y, o, font=f, size_pt=9.8) + 9
    pg.y += 8
    frame(v["sev"], "severity", 2, label=Mx["s6b"])
    q(Mx["s7"], "treatment")
    frame(v["meds"], "treatment", 2, label=Mx["s7a"])
    frame(v["interv"], None, 1, label=Mx["s7b"])
    frame(v["dur"], None, 1, label=Mx["s7c"])
    q(Mx["s8"])
    frame(v["cons"], None, 2)
    q(Mx["s9"])
    frame(v["prog"])
    q(Mx["s10"])
    frame(v["needs"], None, 2)
    q(Mx["s11"])
    frame(v["travel"])
    pg.ensure(50)
    pg.tag("signature")
    sh, y = pg.sh, pg.y + 4
    w = sh.text(20, y, Mx["date"] + " :", font=fb, size_pt=9.8)
    sh.handwriting(24 + w, y - 1.6, glyphs(v["date"], hf), rng, size_pt=hs + 0.5, color=ink, font=hf)
    y += 12
    w = sh.text(20, y, Mx["sign"] + " :", font=fb, size_pt=9.8)
    if v["signed"]:
        sh.signature(24 + w, y - 8, rng.uniform(42, 50), 16, rng, color=ink)
    sh.stamp(
        26,
        y + 6,
        _stamp_lines(c, L3, bool(v["riziv"])),
        rng,
        shape="rect",
        size_mm=36,
        color=rng.choice([STAMP_BLUE, STAMP_VIOLET]),
        angle=rng.uniform(-4, 4),
    )
    N = len(pg.pages)
    out = []
    for i, s_ in enumerate(pg.pages, 1):
        s_.text(105, 287, Mx["page"].format(i=i, n=N), font=f, size_pt=8, anchor="center", color=GREY)
        img = s_.render(200)
        if i == 1:
            img = dog_ear(img, rng, corner="br", size=0.05)
        out.append(sheet_of(img))
    return out, pg.tags


for _lg in ("nl", "fr"):
    _reg(
        f"be9ter-medcert-2024-{_lg}-met-de-hand-fijne-pen-antwoordkaders-riziv-kam-ezelsoor-36",
        "medical-certificate",
        PART,
        _lg,
        (lambda c, r, lg=_lg: medcert_2024_hand(c, r, lang=lg)),
        "2024 form filled in by hand with a fine pen in open answer frames, the RIZIV number in a comb, severity box "
        "crossed by hand, signature beside its label, a dog-eared corner",
    )


# --------------------------------------------------------------------------- medical certificate, previous model


def _old_model(c: Case, rng: random.Random, *, lang: str, hand: bool) -> tuple[list[Sheet], dict]:
    """The previous model (A/ to G/) as the printed form (headings in bold, ruled answer lines) filled in either on
    a TYPEWRITER (Courier Prime, the typed lines not quite level with the printed ones, the whole page a copy of a
    copy) or BY HAND with a chancery pen (Z003); the doctor's name, RIZIV number and specialty under the heading
    'Naam, handtekening en stempel van de geneesheer', the signature at the RIGHT of that label and the round
    practice stamp pressed over the typed RIZIV line."""
    Mo, v = MC_OLD[lang], _values(c, lang, rng)
    d = c.doctor
    f, fb = BOOK, BOOK_B
    tf = ZHAND if hand else CPR
    ts = 12.5 if hand else 10.0
    lh = 7.0 if hand else 5.4
    ink = rng.choice([INK_BLUE, INK_BLACK]) if hand else (34, 34, 38)
    L3 = lang if lang in ("nl", "fr", "de") else "nl"
    cw = 166 / (1.1 if hand else 1.0)

    def new_page(i: int):
        sh = Sheet()
        if i == 0:
            sh.text(105, 12, Mo["title"], font=fb, size_pt=13.5, anchor="center")
            sh.text(105, 18.5, Mo["sub"], font=f, size_pt=9.5, anchor="center")
            sh.text(105, 23, Mo["law"], font=BOOK_I, size_pt=9, anchor="center")
            return sh, 32
        return sh, 14

    pg = Pager(new_page, bottom=272)

    def put(sh, x, y, s):
        if hand:
            sh.handwriting(x, y - 1.8, s, rng, size_pt=ts, color=ink, font=tf)
        else:
            sh.text(x, y + rng.uniform(-0.5, 0.3), s, font=tf, size_pt=ts, color=ink)

    def field(lab, val, tag=None):
        pg.ensure(8)
        pg.tag(tag)
        sh = pg.sh
        w = sh.text(20, pg.y, lab + ":", font=f, size_pt=9.6)
        sh.rule(22 + w, pg.y + 4.6, 190, pg.y + 4.6, width_mm=0.12, color=(140, 140, 140))
        if val:
            vv = glyphs(val, tf)
            if hand:
                sh.handwriting(
                    24 + w, pg.y - 1.8, vv, rng, size_pt=fit(vv, tf, ts, (164 - w) / 1.1), color=ink, font=tf
                )
            else:
                sh.text(24 + w, pg.y, vv, font=tf, size_pt=fit(vv, tf, ts, 164 - w), color=ink)
        pg.y += 7.6

    def head(t, tag=None):
        rows = wrap(t, 170, fb, 9.6)
        pg.ensure(4.5 * len(rows) + 10)
        pg.tag(tag)
        for r_ in rows:
            pg.sh.text(20, pg.y, r_, font=fb, size_pt=9.6)
            pg.y += 4.5
        pg.y += 1.2

    def answer(val, tag=None, nmin=1, label=None):
        if label:
            pg.ensure(6 + lh)
            pg.sh.text(24, pg.y, label, font=BOOK_I, size_pt=9.2)
            pg.y += 5
        vv = glyphs(val, tf) if val else ""
        rows = wrap(vv, cw, tf, ts) if vv else []
        pg.tag(tag if val else None)
        for j in range(max(nmin, len(rows))):
            pg.ensure(lh)
            pg.sh.rule(24, pg.y + lh - 1.6, 190, pg.y + lh - 1.6, width_mm=0.12, color=(150, 150, 150))
            if j < len(rows):
                put(pg.sh, 25, pg.y, rows[j])
            pg.y += lh
        pg.y += 2

    field(Mo["pat"], v["pat"], "patient")
    field(Mo["bd"], v["bd"])
    field(Mo["nat"], v["nat"])
    pg.y += 2
    head(Mo["A"])
    answer(v["hist"], None, 2)
    head(Mo["B"], "illness")
    pg.lines(20, 170, Mo["Bn"], font=BOOK_I, size=8.2, color=GREY, gap=1.5)
    answer(f"{v['ill']} ({v['icd']})" if v["ill"] else "", "illness", 1, label=Mo["diag"])
    answer(v["sev"], "severity", 2, label=Mo["sev"])
    head(Mo["C"], "treatment")
    answer(v["meds"], "treatment", 2, label=Mo["med"])
    answer(v["interv"], None, 1, label=Mo["interv"])
    answer(v["dur"], None, 1, label=Mo["dur"])
    head(Mo["D"])
    answer(v["cons"], None, 2)
    head(Mo["E"])
    answer(v["prog"], None, 1)
    head(Mo["F"])
    answer(v["needs"], None, 2)
    head(Mo["G"])
    answer(v["travel"], None, 1)
    pg.ensure(58)
    pg.tag("signature")
    pg.tag("doctor")
    sh, y = pg.sh, pg.y + 2
    w = sh.text(20, y, Mo["date"], font=fb, size_pt=9.6)
    put(sh, 24 + w, y, glyphs(v["date"], tf))
    y += 9
    w = sh.text(20, y, Mo["sign"], font=fb, size_pt=9.6)
    if v["signed"]:
        sh.signature(min(140, 24 + w), y - 6, rng.uniform(40, 48), 15, rng, color=INK_BLUE if hand else ink)
    y += 12
    put(sh, 24, y, glyphs(d.name(), tf))
    sw = sh.text(24, y + lh + 1, Mo["spec"], font=f, size_pt=9)
    put(sh, 26 + sw, y + lh + 1, glyphs(SPECIALTY[d.spec].get(L3, ""), tf))
    rw = sh.text(24, y + 2 * lh + 2, Mo["riziv"], font=f, size_pt=9)
    if v["riziv"]:
        put(sh, 26 + rw, y + 2 * lh + 2, v["riziv"])
    sh.stamp(
        58 + rng.uniform(0, 14),
        y - 2,
        [(d.inst or "PRAKTIJK").upper()[:24], f"{d.pc} {d.city}".upper()],
        rng,
        shape="round",
        size_mm=28,
        color=rng.choice([STAMP_BLUE, STAMP_VIOLET]),
        angle=rng.uniform(-15, 15),
    )
    N = len(pg.pages)
    out = []
    for i, s_ in enumerate(pg.pages, 1):
        s_.text(190, 287, f"{i}/{N}", font=f, size_pt=8, anchor="right", color=GREY)
        if hand:
            out.append(s_)
        else:
            out.append(sheet_of(generation_copy(s_.render(200), rng, strength=0.5)))
    return out, pg.tags


for _lg, _d_ in (
    (
        "nl",
        "previous model filled in on a typewriter on the printed lines, a copy of a copy, round stamp "
        "over the RIZIV line",
    ),
    ("fr", "modèle précédent complété à la machine à écrire sur les lignes imprimées, copie de copie"),
    ("de", "früheres Muster mit der Schreibmaschine auf den vorgedruckten Linien ausgefüllt"),
):
    _reg(
        f"be9ter-medcert-old-{_lg}-typemachine-voorgedrukte-lijnen-kopie-van-kopie-36",
        "medical-certificate",
        PART,
        _lg,
        (lambda c, r, lg=_lg: _old_model(c, r, lang=lg, hand=False)),
        _d_,
    )
for _lg in ("nl", "fr"):
    _reg(
        f"be9ter-medcert-old-{_lg}-kanselarijpen-met-de-hand-stempel-over-riziv-36",
        "medical-certificate",
        PART,
        _lg,
        (lambda c, r, lg=_lg: _old_model(c, r, lang=lg, hand=True)),
        "previous model filled in by hand with a chancery pen on the printed lines, stamp over the RIZIV line",
    )


# --------------------------------------------------------------------------- medical statements


def medstat_specialist(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """A hospital specialist's letter to the treating GP ('Geachte collega' / 'Cher confrère'): the hospital's name
    and department in a grey box at the upper LEFT, the GP's address at the right, the patient in a bold line
    ('Betreft: ...'), the history and findings in prose, the last laboratory results in a small ruled table, the
    plan as a dashed list; signed at the end over the typed name and RIZIV number, no stamp."""
    d = c.doctor if "medcert_absent" in c.flags else c.specialist
    il = ILLNESSES[c.illness]
    t = _ill(c, lang)
    nl = lang == "nl"
    f, fb = DSCN, DSCN_B
    sh = Sheet()
    sh.rect(20, 10, 86, 22, width_mm=0, fill=(234, 234, 236))
    sh.text(23, 12, (d.inst or "")[:42], font=fb, size_pt=9.5)
    sh.text(23, 17, (SPECIALTY[d.spec].get("dept_" + lang, "") or d.dept or "")[:52], font=f, size_pt=8)
    sh.text(23, 21.5, f"{d.street}, {d.pc} {d.city}"[:52], font=f, size_pt=8, color=GREY)
    sh.text(23, 26, f"tel. {d.tel}", font=f, size_pt=8, color=GREY)
    gp = rng.choice(
        ["Dr. L. Maes", "Dr. S. Verhoeven", "Dr. A. Bennani"]
        if nl
        else ["Dr M. Lemaire", "Dr C. Gillet", "Dr Y. Amrani"]
    )
    for k, ln in enumerate(
        [gp, "Huisartsenpraktijk" if nl else "Médecine générale", f"{c.addr.postcode} {c.addr.city}"]
    ):
        sh.text(130, 14 + k * 5, ln, font=f, size_pt=9.5)
    sh.text(190, 42, fdate(c.medstat_date, "long", lang), font=f, size_pt=9.5, anchor="right")
    bd = fdate(c.p.birth_date, "dots", lang)
    y = (
        sh.paragraph(
            20,
            50,
            170,
            (
                f"Betreft: {c.p.surname.upper()} {c.p.given_names}, ° {bd}"
                if nl
                else f"Concerne : {c.p.surname.upper()} {c.p.given_names}, né(e) le {bd}"
            ),
            font=fb,
            size_pt=10,
        )
        + 3
    )
    y = sh.paragraph(20, y, 170, "Geachte collega," if nl else "Cher Confrère,", font=f, size_pt=10) + 1.5
    body = (
        [
            f"Ik zag uw patiënt(e) op de raadpleging voor {t['name']} (ICD-10 {il['icd']}). {t['history']}",
            t["severity"],
        ]
        if nl
        else [
            f"J'ai revu votre patient(e) en consultation pour {t['name']} (CIM-10 {il['icd']}). {t['history']}",
            t["severity"],
        ]
    )
    for b in body:
        y = sh.paragraph(20, y, 170, b, font=f, size_pt=10, leading=1.42, align="justify") + 2.5
    labs = il.get("lab") or []
    if labs:
        sh.text(20, y, "Laatste resultaten" if nl else "Derniers résultats", font=fb, size_pt=9.5)
        y += 5
        for i, (a, b, u, r) in enumerate(labs[:4]):
            sh.rect(
                20, y, 170, 5.6, width_mm=0.15, color=(170, 170, 170), fill=(246, 246, 246) if i % 2 else None
            )
            sh.text(22, y + 0.9, a, font=f, size_pt=9)
            sh.text(90, y + 0.9, f"{b} {u}", font=fb, size_pt=9)
            sh.text(140, y + 0.9, f"({r})", font=f, size_pt=8.5, color=GREY)
            y += 5.6
        y += 4
    sh.text(20, y, "Beleid:" if nl else "Conduite à tenir :", font=fb, size_pt=10)
    y += 5.2
    for item in t["meds"] + [t["intervention"], t["duration"], t["needs"]]:
        y = sh.paragraph(26, y, 164, f"– {item}", font=f, size_pt=9.8, leading=1.35) + 1
    y += 4
    sh.text(20, y, "Met collegiale groeten," if nl else "Bien confraternellement,", font=f, size_pt=10)
    sh.signature(22, y + 4, rng.uniform(40, 48), 14, rng, color=INK_BLUE)
    sh.text(20, y + 20, d.name(), font=fb, size_pt=10)
    sh.text(
        20,
        y + 25,
        f"{SPECIALTY[d.spec].get(lang, '')} · {'RIZIV' if nl else 'INAMI'} {d.riziv}",
        font=f,
        size_pt=8.6,
        color=GREY,
    )
    return [sh], {}


def medstat_consult(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """A consultation report printed from the hospital's electronic record: a header strip with the patient's
    identification block (name, birth date, patient number, a barcode), the report's fields as labelled sections
    in small capitals (reason for consultation, history, examination, conclusion, plan), the author and the
    electronic validation line at the foot instead of a signature; printed on the ward printer whose toner left a
    faint streak."""
    d = c.doctor if "medcert_absent" in c.flags else c.specialist
    il = ILLNESSES[c.illness]
    t = _ill(c, lang)
    nl = lang == "nl"
    f, fb = FSANS, FSANS_B
    sh = Sheet()
    sh.rect(14, 10, 182, 24, width_mm=0.3, color=(120, 120, 130))
    sh.text(17, 12, (d.inst or "")[:44], font=fb, size_pt=10)
    sh.text(
        17,
        17,
        (SPECIALTY[d.spec].get("dept_" + lang, "") or d.dept or "")[:56],
        font=f,
        size_pt=8.2,
        color=GREY,
    )
    sh.text(17, 22, ("RAADPLEGINGSVERSLAG" if nl else "RAPPORT DE CONSULTATION"), font=fb, size_pt=11)
    pid = f"{rng.randint(10**7, 10**8 - 1)}"
    sh.text(120, 12, f"{c.p.surname.upper()}, {c.p.given_names}"[:36], font=fb, size_pt=9)
    sh.text(
        120,
        16.5,
        f"{'°' if nl else 'né(e) le'} {fdate(c.p.birth_date, 'dots', lang)} · "
        f"{'pat.nr.' if nl else 'n° pat.'} {pid}",
        font=f,
        size_pt=8,
    )
    bars(sh, 120, 21, 60, 9, pid)
    y = 42
    secs = (
        [
            ("REDEN VAN RAADPLEGING", f"Opvolging {t['name']}."),
            ("VOORGESCHIEDENIS", t["history"]),
            ("KLINISCH ONDERZOEK", t["severity"]),
            ("BESLUIT", f"{t['name']} (ICD-10 {il['icd']})."),
            ("BELEID", "; ".join(t["meds"]) + ". " + t["intervention"] + " " + t["duration"]),
            ("OPVOLGING", t["needs"]),
        ]
        if nl
        else [
            ("MOTIF DE CONSULTATION", f"Suivi {t['name']}."),
            ("ANTÉCÉDENTS", t["history"]),
            ("EXAMEN CLINIQUE", t["severity"]),
            ("CONCLUSION", f"{t['name']} (CIM-10 {il['icd']})."),
            ("PLAN", "; ".join(t["meds"]) + ". " + t["intervention"] + " " + t["duration"]),
            ("SUIVI", t["needs"]),
        ]
    )
    for h, b in secs:
        sh.text(14, y, h, font=fb, size_pt=8.6, letter_spacing=0.4, color=(60, 60, 80))
        y = sh.paragraph(14, y + 4.6, 182, b, font=f, size_pt=9.8, leading=1.4) + 4
    y += 4
    sh.text(
        14,
        y,
        f"{'Raadpleging van' if nl else 'Consultation du'} {fdate(c.medstat_date, 'slashes', lang)} – "
        f"{d.name()}",
        font=f,
        size_pt=9.5,
    )
    sh.rule(14, 278, 196, 278, width_mm=0.2, color=GREY)
    sh.text(
        14,
        280,
        (
            f"Elektronisch gevalideerd door {d.name()} op {fdate(c.medstat_date, 'dots', lang)} "
            f"{rng.randint(8, 18):02d}:{rng.randint(0, 59):02d} · afgedrukt {fdate(SUB - timedelta(days=rng.randint(3, 25)), 'dots', lang)}"
            if nl
            else f"Validé électroniquement par {d.name()} le {fdate(c.medstat_date, 'dots', lang)} "
            f"{rng.randint(8, 18):02d}:{rng.randint(0, 59):02d} · imprimé le "
            f"{fdate(SUB - timedelta(days=rng.randint(3, 25)), 'dots', lang)}"
        ),
        font=f,
        size_pt=7.4,
        color=GREY,
    )
    img = sh.render(200)
    dr = ImageDraw.Draw(img)
    x = int(img.width * rng.uniform(0.55, 0.8))
    dr.line([(x, 0), (x, img.height)], fill=(214, 214, 214), width=3)
    return [sheet_of(img)], {}


for _lg in ("nl", "fr"):
    _reg(
        f"be9ter-medstat-specialist-{_lg}-brief-aan-huisarts-labotabel-streepjeslijst-36",
        "medical-statement",
        PART,
        _lg,
        (lambda c, r, lg=_lg: medstat_specialist(c, r, lang=lg)),
        "a specialist's letter to the GP with a small table of the last results and the plan as a dashed list",
    )
    _reg(
        f"be9ter-medstat-raadplegingsverslag-epd-{_lg}-validatieregel-tonerstreep-36",
        "medical-statement",
        PART,
        _lg,
        (lambda c, r, lg=_lg: medstat_consult(c, r, lang=lg)),
        "a consultation report printed from the electronic record, electronic validation line, toner streak",
    )


# --------------------------------------------------------------------------- country of origin information


def coi_sheet(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A Belgian NGO's 'fiche pays – accès aux soins' in French: a coloured band with the country's name, a boxed
    summary with three ticks and crosses (available / accessible / affordable), short sections with bullet points
    on the public sector, the medicines, the costs, and the sources in small print at the foot."""
    o = COUNTRIES[c.origin()]
    il = ILLNESSES[c.illness]
    t = il.get("fr") or il.get("nl")
    dr = drug(c.illness, "fr")
    f, fb, fi = LNAR, LNAR_B, LNAR_I
    col = rng.choice([(180, 60, 30), (30, 100, 140), (90, 60, 130)])
    cn = cname(c.origin(), "fr")
    sh = Sheet()
    sh.rect(0, 12, 210, 18, width_mm=0, fill=col)
    sh.text(20, 14, f"FICHE PAYS · {cn.upper()}", font=fb, size_pt=15, color=(255, 255, 255))
    yr = SUB.year - rng.choice([0, 1])
    sh.text(
        20,
        22.5,
        f"Accès aux soins pour les maladies chroniques · mise à jour {rng.randint(1, 10):02d}/{yr}",
        font=fi,
        size_pt=9.5,
        color=(240, 240, 240),
    )
    sh.rect(20, 38, 170, 28, width_mm=0.4, color=col)
    sh.text(24, 40.5, f"En bref – {t['name'][:70]}", font=fb, size_pt=10)
    for i, (a, _ok) in enumerate(
        (
            ("Traitement disponible dans le secteur public", False),
            ("Traitement accessible financièrement", False),
            ("Suivi spécialisé hors de la capitale", False),
        )
    ):
        sh.text(26, 47 + i * 5.6, "✗", font="sans3", size_pt=10, color=(180, 30, 30))
        sh.text(33, 47 + i * 5.6, a, font=f, size_pt=9.8)
    y = 74
    secs = [
        (
            "Secteur public",
            [
                f"Les hôpitaux publics {FR_IN.get(c.origin(), 'du pays')} assurent des soins de "
                f"base ; les médicaments des affections chroniques y sont rarement disponibles.",
                f"Le suivi spécialisé est concentré à {o['hospital']}.",
            ],
        ),
        (
            "Médicaments",
            [
                f"{_cap(dr)} : absent des listes du secteur public, commande spéciale en pharmacie "
                f"privée à {o['capital']}.",
                "Ruptures de stock de plusieurs semaines signalées.",
            ],
        ),
        (
            "Coût et couverture",
            [f"Coût mensuel estimé : {il['cost']} ; salaire mensuel moyen : {o['wage']}.", o["insurance_fr"]],
        ),
    ]
    for h, items in secs:
        sh.text(20, y, h, font=fb, size_pt=11, color=col)
        y += 6
        for it in items:
            sh.text(22, y, "•", font=f, size_pt=10)
            y = sh.paragraph(27, y, 163, it, font=f, size_pt=10, leading=1.4) + 1.8
        y += 3
    sh.rule(20, 270, 190, 270, width_mm=0.2)
    sh.paragraph(
        20,
        272,
        170,
        "Sources : entretiens avec des praticiens locaux ; listes nationales de médicaments "
        "essentiels ; rapports d'ONG. Cette fiche ne remplace pas un avis médical.",
        font=fi,
        size_pt=7.8,
        leading=1.25,
        color=GREY,
    )
    return [sh], {}


def coi_web(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A page of an online medicines-availability survey printed from the browser (English): the browser's header
    line with date, time and page title, the site's navigation bar, a facility table (facility, sector, in stock,
    median price), a short note on the method; the URL and 'Page 1 of 2' in the footer; the lawyer's highlighter
    over the row with the patient's medicine."""
    o = COUNTRIES[c.origin()]
    il = ILLNESSES[c.illness]
    dr = drug(c.illness, "en")
    cn = cname(c.origin(), "en")
    f, fb = CARL, CARL_B
    when = SUB - timedelta(days=rng.randint(10, 70))
    sh = Sheet()
    sh.text(
        12,
        7,
        f"{when.strftime('%d/%m/%Y')}, {rng.randint(9, 18):02d}:{rng.randint(10, 59)}",
        font=f,
        size_pt=7.5,
    )
    sh.text(105, 7, f"Medicine availability – {cn}", font=f, size_pt=7.5, anchor="center")
    sh.rect(12, 14, 186, 10, width_mm=0, fill=(30, 60, 90))
    sh.text(16, 16, "MedAccess Monitor", font=fb, size_pt=12, color=(255, 255, 255))
    for i, t_ in enumerate(("Countries", "Medicines", "Method", "About")):
        sh.text(120 + i * 19, 17, t_, font=f, size_pt=8.5, color=(220, 230, 240))
    sh.text(14, 32, f"{cn}: availability and price of selected medicines", font=fb, size_pt=14)
    sh.text(
        14,
        40,
        f"Survey round {SUB.year - 1} · {rng.randint(24, 48)} facilities visited in {o['capital']} and two "
        f"provinces",
        font=f,
        size_pt=9.5,
        color=GREY,
    )
    cols = [("Medicine", 14), ("Sector", 92), ("In stock", 120), ("Median price / month", 146)]
    y = 50
    sh.rect(12, y, 186, 7, width_mm=0, fill=(226, 232, 238))
    for t_, x in cols:
        sh.text(x, y + 1.5, t_, font=fb, size_pt=9)
    y += 8
    rows = [
        (dr.split("(")[0].strip()[:44], "public", "0 of 14 facilities", "—"),
        (dr.split("(")[0].strip()[:44], "private", f"{rng.randint(1, 4)} of 20 pharmacies", il["cost"]),
        ("Paracetamol 500 mg", "public", "12 of 14 facilities", "1 USD"),
        ("Amoxicillin 500 mg", "public", "9 of 14 facilities", "3 USD"),
        ("Metformin 500 mg", "private", "17 of 20 pharmacies", "6 USD"),
    ]
    for i, r in enumerate(rows):
        if i == 0:
            sh.rect(12, y - 1, 186, 6.6, width_mm=0, fill=(250, 240, 110))
        for (_t, x), val in zip(cols, r):
            sh.text(x, y, glyphs(val, f), font=f, size_pt=9.4)
        sh.rule(12, y + 5.6, 198, y + 5.6, width_mm=0.1, color=(200, 200, 200))
        y += 7
    y += 6
    y = (
        sh.paragraph(
            14,
            y,
            180,
            f"Method. Availability is the share of facilities where the medicine was found on the "
            f"day of the visit. Prices are what the patient pays; none of the medicines above "
            f"is reimbursed. {o['insurance_en']}",
            font=f,
            size_pt=9.8,
            leading=1.4,
        )
        + 4
    )
    sh.paragraph(
        14,
        y,
        180,
        f"Specialist care for chronic conditions is concentrated at {o['hospital']}; patients "
        f"from the provinces travel to the capital for each review.",
        font=f,
        size_pt=9.8,
        leading=1.4,
    )
    sh.text(
        12,
        290,
        f"https://medaccess-monitor.org/countries/{c.origin().lower()}/availability",
        font=f,
        size_pt=7.5,
    )
    sh.text(198, 290, "Page 1 of 2", font=f, size_pt=7.5, anchor="right")
    return [sh], {}


_reg(
    "be9ter-coi-fiche-pays-ngo-kleurband-samenvattingskader-kruisjes-36",
    "country-of-origin-info",
    PART,
    "fr",
    coi_sheet,
    "a Belgian NGO's country sheet on access to care, a summary box with crosses, bullet sections",
)
_reg(
    "be9ter-coi-webprint-medicijnbeschikbaarheid-tabel-markeerstift-36",
    "country-of-origin-info",
    PART,
    "en",
    coi_web,
    "a browser print of a medicines-availability survey table with the patient's medicine highlighted",
)


# --------------------------------------------------------------------------- asylum proofs


def asylum_cgvs(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The CGRS's 'attest van indiening / attestation de dépôt' printed for the applicant: the office's name at the
    upper LEFT with a vertical coloured rule, the applicant's references (CGVS number, OV number) in a framed box
    at the right, one paragraph certifying that the application for international protection lodged on a given
    date is being examined and that no final decision has been taken; the official's name with 'voor de
    Commissaris-generaal' and no hand signature, only the office's printed seal."""
    p = c.p
    nl = lang == "nl"
    f, fb = NSANS, NSANS_B
    sh = Sheet()
    sh.rect(20, 12, 1.6, 22, width_mm=0, fill=(0, 90, 140))
    sh.text(
        25,
        12,
        "Commissariaat-generaal voor de Vluchtelingen en de Staatlozen"
        if nl
        else "Commissariat général aux réfugiés et aux apatrides",
        font=fb,
        size_pt=10.5,
    )
    sh.text(
        25,
        18,
        "Ernest Blerotstraat 39 · 1070 Brussel" if nl else "Rue Ernest Blerot 39 · 1070 Bruxelles",
        font=f,
        size_pt=8.8,
        color=GREY,
    )
    sh.rect(128, 40, 62, 22, width_mm=0.3)
    sh.text(131, 42, "CGVS-nr." if nl else "N° CGRA", font=f, size_pt=7.5, color=GREY)
    sh.text(131, 45.5, f"{rng.randint(20, 26)}/{rng.randint(10000, 99999)}", font=fb, size_pt=10)
    sh.text(131, 51, "OV-nr." if nl else "N° SP", font=f, size_pt=7.5, color=GREY)
    sh.text(131, 54.5, c.ov or "—", font=fb, size_pt=10)
    when = SUB - timedelta(days=rng.randint(8, 60))
    sh.text(20, 44, ("Brussel, " if nl else "Bruxelles, le ") + fdate(when, "long", lang), font=f, size_pt=10)
    sh.text(20, 74, "ATTEST" if nl else "ATTESTATION", font=fb, size_pt=15)
    e = "e" if c.fem else ""
    txt = (
        f"Het Commissariaat-generaal bevestigt dat {p.given_names} {p.surname.upper()}, geboren op "
        f"{fdate(p.birth_date, 'dots', lang)}, van {COUNTRIES[p.nationality]['adj_nl']} nationaliteit, op "
        f"{fdate(c.asylum['lodged'], 'long', lang)} een verzoek om internationale bescherming heeft ingediend. Het "
        f"verzoek wordt onderzocht; er werd nog geen definitieve beslissing over genomen."
        if nl
        else f"Le Commissariat général atteste que {p.given_names} {p.surname.upper()}, né{e} le "
        f"{fdate(p.birth_date, 'dots', lang)}, de nationalité {COUNTRIES[p.nationality]['adj_fr']}, a introduit "
        f"le {fdate(c.asylum['lodged'], 'long', lang)} une demande de protection internationale. La demande est en "
        f"cours d'examen ; aucune décision définitive n'a encore été prise."
    )
    y = sh.paragraph(20, 86, 170, txt, font=f, size_pt=11, leading=1.55) + 5
    y = (
        sh.paragraph(
            20,
            y,
            170,
            (
                "Dit attest wordt afgegeven om voor te leggen aan de bevoegde overheden."
                if nl
                else "La présente attestation est délivrée pour être produite auprès des autorités "
                "compétentes."
            ),
            font=NSANS_I,
            size_pt=10.5,
            leading=1.5,
        )
        + 12
    )
    sh.text(
        20, y, "Voor de Commissaris-generaal," if nl else "Pour le Commissaire général,", font=f, size_pt=10
    )
    sh.text(
        20,
        y + 5.5,
        rng.choice(["J. Vandamme, attaché", "L. Masson, attachée", "R. De Bock, attaché"]),
        font=fb,
        size_pt=10,
    )
    sh.stamp(
        120,
        y - 6,
        ["CGVS – CGRA", "BRUSSEL – BRUXELLES"],
        rng,
        shape="round",
        size_mm=24,
        color=(60, 60, 60),
        angle=0,
    )
    return [sh], {}


def asylum_annex26(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The Immigration Office's annex 26 ('bijlage 26 / annexe 26') as the applicant keeps it folded in a wallet,
    photographed on a wooden desk and printed: the form's heading, the applicant's photo at the upper RIGHT with
    the office's stamp over its corner, the data typed into labelled lines, the extension stamps at the foot."""
    p = c.p
    nl = lang == "nl"
    f, fb = LSER, LSER_B
    s = Sheet()
    s.text(
        105,
        10,
        "KONINKRIJK BELGIË – Federale Overheidsdienst Binnenlandse Zaken"
        if nl
        else "ROYAUME DE BELGIQUE – Service public fédéral Intérieur",
        font=f,
        size_pt=8.6,
        anchor="center",
    )
    s.text(
        105,
        15,
        "Dienst Vreemdelingenzaken" if nl else "Office des Étrangers",
        font=fb,
        size_pt=9.5,
        anchor="center",
    )
    s.text(20, 24, "BIJLAGE 26" if nl else "ANNEXE 26", font=fb, size_pt=14)
    s.paragraph(
        20,
        31,
        120,
        (
            "Inschrijving van een verzoek om internationale bescherming"
            if nl
            else "Enregistrement d'une demande de protection internationale"
        ),
        font=f,
        size_pt=9.8,
        leading=1.3,
    )
    s.photo(156, 20, 32, 40, rng)
    s.stamp(
        146,
        44,
        ["DIENST VREEMDELINGENZAKEN" if nl else "OFFICE DES ÉTRANGERS", "BRUSSEL" if nl else "BRUXELLES"],
        rng,
        shape="round",
        size_mm=22,
        color=STAMP_BLUE,
        angle=rng.uniform(-15, 15),
    )
    rows = [
        ("Naam" if nl else "Nom", p.surname.upper()),
        ("Voornaam" if nl else "Prénom", p.given_names),
        ("Geboren op" if nl else "Né(e) le", fdate(p.birth_date, "dots", lang)),
        ("te" if nl else "à", p.birth_place),
        ("Nationaliteit" if nl else "Nationalité", COUNTRIES[p.nationality]["adj_" + lang]),
        ("OV-nummer" if nl else "N° SP", c.ov or "—"),
        ("Datum verzoek" if nl else "Date de la demande", fdate(c.asylum["lodged"], "dots", lang)),
    ]
    y = 66
    for a, b in rows:
        w = s.text(20, y, a + ":", font=f, size_pt=9.8)
        s.rule(22 + w, y + 4.4, 190, y + 4.4, width_mm=0.12, color=(140, 140, 140), dash=0.4)
        s.text(60, y, glyphs(b, NMONO_B), font=NMONO_B, size_pt=10)
        y += 7.5
    y += 4
    s.paragraph(
        20,
        y,
        170,
        (
            "De houder van dit document mag in het Rijk verblijven tot er een beslissing is over "
            "het verzoek om internationale bescherming."
            if nl
            else "Le titulaire du présent document est autorisé à séjourner dans le Royaume jusqu'à ce "
            "qu'une décision soit prise sur la demande de protection internationale."
        ),
        font=f,
        size_pt=9.8,
        leading=1.4,
    )
    for k in range(2):
        dd = c.asylum["lodged"] + timedelta(days=120 * (k + 1))
        if dd < SUB:
            s.stamp(
                30 + k * 60,
                128,
                [("VERLENGD TOT" if nl else "PROROGÉ AU"), fdate(dd + timedelta(days=120), "dots", lang)],
                rng,
                shape="rect",
                size_mm=30,
                color=STAMP_VIOLET,
                angle=rng.uniform(-8, 8),
            )
    s.rule(0, 74.5, 210, 74.5, width_mm=0.25, color=(200, 200, 200))
    img = desk_photo(s, rng, dpi=170, wood=rng.choice([(150, 104, 66), (120, 86, 60), (170, 128, 88)]))
    out = Sheet()
    out.image(10, 14, 190, 190 * img.height / img.width, img)
    return [out], {}


for _lg in ("nl", "fr"):
    _reg(
        f"be9ter-asylum-cgvs-attest-indiening-referentiekader-drukzegel-{_lg}-36",
        "asylum-proof",
        PART,
        _lg,
        (lambda c, r, lg=_lg: asylum_cgvs(c, r, lang=lg)),
        "the CGRS's attestation that the application for protection is being examined, references in a box",
    )
    _reg(
        f"be9ter-asylum-bijlage26-foto-houten-bureau-verlengingsstempels-{_lg}-36",
        "asylum-proof",
        PART,
        _lg,
        (lambda c, r, lg=_lg: asylum_annex26(c, r, lang=lg)),
        "the annex 26 photographed on a wooden desk and printed, photo with stamp, extension stamps",
    )


# --------------------------------------------------------------------------- registered-mail receipts


def rm_ticket_clip(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The post office's thermal receipt held on a sheet of A4 by a binder clip and scanned: the ticket in Nimbus
    Mono with the item number under its barcode, the addressee and sender, the amount paid; the clip's dark jaw
    over the ticket's top and the ticket's right edge slightly curled."""
    t = Sheet(70, 122)
    f, fb = NMONO, NMONO_B
    t.text(35, 8, "bpost", font=NSANS_B, size_pt=16, anchor="center")
    t.text(35, 15, _post_office(c), font=f, size_pt=7.4, anchor="center")
    t.text(
        35,
        19,
        f"{c.rm_date.strftime('%d/%m/%Y')} {rng.randint(9, 17):02d}:{rng.randint(0, 59):02d} "
        f"L{rng.randint(1, 5)}",
        font=f,
        size_pt=7.4,
        anchor="center",
    )
    t.rule(3, 23, 67, 23, width_mm=0.2, dash=0.5)
    t.text(3, 26, "ZENDING AANGETEKEND", font=fb, size_pt=7.6)
    t.text(3, 30, "ENVOI RECOMMANDE", font=fb, size_pt=7.6)
    bars(t, 5, 35, 60, 10, c.rm_track)
    t.text(35, 46.5, track_spaced(c.rm_track), font=f, size_pt=7.4, anchor="center")
    t.text(3, 53, "Aan / A:", font=f, size_pt=7)
    for i, ln in enumerate(c.rm_to):
        t.text(3, 57 + i * 3.8, glyphs(ln, f)[:31], font=f, size_pt=7.4)
    t.text(3, 71, "Van / De:", font=f, size_pt=7)
    for i, ln in enumerate(_sender_lines(c)):
        t.text(3, 75 + i * 3.8, glyphs(ln, f)[:31], font=f, size_pt=7.4)
    t.rule(3, 89, 67, 89, width_mm=0.2, dash=0.5)
    t.text(3, 92, "TOTAAL / TOTAL", font=fb, size_pt=7.6)
    t.text(67, 92, f"{rng.choice(['9,45', '9,95', '10,40'])} EUR", font=fb, size_pt=7.6, anchor="right")
    t.text(35, 104, "Bewaar dit ticket / Conservez ce ticket", font=f, size_pt=6.2, anchor="center")
    sh = Sheet()
    paste(sh, t, 66, 2, k=1.1, dpi=260, angle=rng.uniform(-2, 2))
    img = binder_clip(sh.render(200), rng, x=0.5)
    return [sheet_of(img)], {}


def rm_webtrack(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The law office's print of bpost's online follow-up of the item (the item number, 'Aangetekende zending',
    the addressee, the steps with dates and times in a vertical timeline) with the counter receipt's copy pasted
    under it at the left; browser header and footer lines."""
    f, fb = CARL, CARL_B
    sh = Sheet()
    when = c.rm_date + timedelta(days=rng.randint(1, 3))
    sh.text(
        12,
        7,
        f"{when.strftime('%d/%m/%Y')} {rng.randint(9, 18):02d}:{rng.randint(10, 59)}",
        font=f,
        size_pt=7.4,
    )
    sh.text(105, 7, "Track & Trace | bpost", font=f, size_pt=7.4, anchor="center")
    sh.rect(12, 13, 186, 11, width_mm=0, fill=(230, 40, 40))
    sh.text(16, 15.5, "bpost", font=fb, size_pt=14, color=(255, 255, 255))
    sh.text(14, 32, "Uw zending · Votre envoi", font=f, size_pt=10, color=GREY)
    sh.text(14, 38, track_spaced(c.rm_track), font=fb, size_pt=15)
    sh.text(14, 47, "Aangetekende zending · Envoi recommandé", font=f, size_pt=10)
    sh.text(14, 55, "Bestemmeling · Destinataire", font=fb, size_pt=9.5)
    for i, ln in enumerate(c.rm_to):
        sh.text(14, 60 + i * 4.8, ln, font=f, size_pt=10)
    steps = [
        ("Aangeboden in het postkantoor · Déposé au bureau de poste", c.rm_date),
        ("In sortering · En cours de tri", c.rm_date + timedelta(days=1)),
        ("Uitreiking gepland · Distribution prévue", c.rm_date + timedelta(days=1)),
    ]
    y = 80
    for i, (t_, d) in enumerate(steps):
        sh.rect(16, y, 4, 4, width_mm=0, fill=(230, 40, 40) if i == 0 else (190, 190, 190))
        if i < len(steps) - 1:
            sh.rule(18, y + 4, 18, y + 12, width_mm=0.5, color=(190, 190, 190))
        sh.text(24, y - 0.4, t_, font=fb if i == 0 else f, size_pt=9.5)
        sh.text(
            190,
            y - 0.4,
            f"{d.strftime('%d/%m/%Y')} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}",
            font=f,
            size_pt=9.5,
            anchor="right",
        )
        y += 12
    t = Sheet(70, 60)
    t.rect(0, 0, 70, 60, width_mm=0, fill=(252, 252, 250))
    t.text(35, 4, "bpost", font=NSANS_B, size_pt=12, anchor="center")
    t.text(35, 10, _post_office(c), font=NMONO, size_pt=7, anchor="center")
    t.text(35, 14, c.rm_date.strftime("%d/%m/%Y"), font=NMONO, size_pt=7, anchor="center")
    bars(t, 5, 19, 60, 9, c.rm_track)
    t.text(35, 29.5, track_spaced(c.rm_track), font=NMONO, size_pt=7, anchor="center")
    for i, ln in enumerate(c.rm_to):
        t.text(4, 36 + i * 3.8, glyphs(ln, NMONO)[:30], font=NMONO, size_pt=7)
    paste(sh, t, 16, 130, k=1.15, dpi=240, angle=rng.uniform(-3, 3))
    sh.text(12, 290, f"https://track.bpost.cloud/btr/web/#/search?itemCode={c.rm_track}", font=f, size_pt=7.2)
    sh.text(198, 290, "1/1", font=f, size_pt=7.2, anchor="right")
    return [sh], {}


def rm_form_photo(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The counter's paper form for a registered item ('aangetekende zending – envoi recommandé') filled in by hand
    in ballpoint (sender and addressee), the barcode label stuck in its box and the counter's date stamp over the
    corner; photographed by the applicant on a wooden desk and sent to the lawyer, who printed the photo."""
    s = Sheet(148, 105)
    f, fb = NSANS, NSANS_B
    s.rect(0, 0, 148, 105, width_mm=0, fill=(252, 250, 244))
    s.rect(0, 0, 148, 10, width_mm=0, fill=(220, 40, 40))
    s.text(4, 2, "bpost", font=fb, size_pt=12, color=(255, 255, 255))
    s.text(
        144,
        2.8,
        "AANGETEKENDE ZENDING · ENVOI RECOMMANDÉ",
        font=fb,
        size_pt=7,
        anchor="right",
        color=(255, 255, 255),
    )
    for x, lab, lines in (
        (4, "Afzender / Expéditeur", _sender_lines(c)),
        (76, "Bestemmeling / Destinataire", c.rm_to),
    ):
        s.rect(x, 14, 68, 38, width_mm=0.3)
        s.text(x + 2, 15.5, lab, font=f, size_pt=6.5, color=GREY)
        for i, ln in enumerate(lines):
            vv = glyphs(ln, DKG)
            s.handwriting(
                x + 2, 20 + i * 8, vv, rng, size_pt=fit(vv, DKG, 11, 62 / 1.1), color=INK_BLUE, font=DKG
            )
    s.rect(4, 56, 90, 30, width_mm=0.3)
    s.text(6, 57.5, "Label", font=f, size_pt=6.5, color=GREY)
    lab = Sheet(80, 20)
    lab.rect(0, 0, 80, 20, width_mm=0, fill=(255, 255, 255))
    bars(lab, 4, 2, 72, 10, c.rm_track)
    lab.text(40, 13.5, track_spaced(c.rm_track), font=NMONO, size_pt=7.4, anchor="center")
    paste(s, lab, 8, 62, dpi=260, angle=rng.uniform(-2, 2))
    s.stamp(
        104,
        58,
        [f"BPOST {_post_office(c).upper()[:18]}", c.rm_date.strftime("%d.%m.%y")],
        rng,
        shape="round",
        size_mm=26,
        color=(40, 40, 60),
        angle=rng.uniform(-20, 20),
    )
    s.text(
        4,
        96,
        "Bewijs van afgifte voor de afzender · Preuve de dépôt pour l'expéditeur",
        font=f,
        size_pt=6.5,
        color=GREY,
    )
    img = desk_photo(s, rng, dpi=200, wood=rng.choice([(140, 96, 60), (96, 70, 50)]))
    out = Sheet()
    out.image(10, 40, 190, 190 * img.height / img.width, img)
    return [out], {}


_reg(
    "be9ter-rm-kasticket-knijper-a4-gekruld-36",
    "registered-mail-receipt",
    PART,
    "nl/fr",
    rm_ticket_clip,
    "the post office's thermal receipt held on A4 by a binder clip and scanned",
)
_reg(
    "be9ter-rm-webprint-track-trace-tijdlijn-ticket-eronder-36",
    "registered-mail-receipt",
    PART,
    "nl/fr",
    rm_webtrack,
    "a browser print of the online follow-up of the item with the receipt's copy pasted under it",
)
_reg(
    "be9ter-rm-afgifteformulier-balpen-label-houten-bureau-gefotografeerd-36",
    "registered-mail-receipt",
    PART,
    "nl/fr",
    rm_form_photo,
    "the counter's paper form filled in by hand with the barcode label, photographed on a desk",
)


# --------------------------------------------------------------------------- others


def other_declaration(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The applicant's own declaration on honour ('verklaring op eer / déclaration sur l'honneur') written by hand
    with a ballpoint on lined paper torn from a pad: who the applicant says he or she is (name, date and place of
    birth, nationality), that he or she has no identity document, the date and the signature at the end; nothing
    of any authority on it."""
    p = c.p
    lang = c.lang if c.lang in ("nl", "fr") else "fr"
    nl = lang == "nl"
    hf = rng.choice([DKG, ZHAND])
    ink = rng.choice([INK_BLUE, INK_BLACK])
    sh = Sheet()
    for k in range(30):
        sh.rule(0, 30 + k * 8.5, 210, 30 + k * 8.5, width_mm=0.15, color=(170, 196, 220))
    sh.rule(28, 0, 28, 297, width_mm=0.2, color=(220, 120, 120))
    for k in range(0, 210, 7):
        sh.rect(k, 0, 3.5, 2.5, width_mm=0, fill=(236, 236, 236))
    title = "Verklaring op eer" if nl else "Déclaration sur l'honneur"
    e = "e" if c.fem else ""
    text = (
        [
            f"Ik, ondergetekende, {p.given_names} {p.surname}, verklaar op eer dat ik geboren ben op "
            f"{fdate(p.birth_date, 'long', 'nl')} in {p.birth_place} ({cname(c.birth_cc(), 'nl')}) en dat ik de "
            f"{COUNTRIES[p.nationality]['adj_nl']} nationaliteit heb.",
            "Ik heb geen paspoort en geen identiteitskaart. Mijn papieren zijn verloren gegaan tijdens de reis.",
            f"Ik woon op het adres {addr_str(c.addr, 'nl', 'street-first')}.",
        ]
        if nl
        else [
            f"Je soussigné{e}, {p.given_names} {p.surname}, déclare sur l'honneur être né{e} le "
            f"{fdate(p.birth_date, 'long', 'fr')} à {p.birth_place} ({cname(c.birth_cc(), 'fr')}) et être de "
            f"nationalité {COUNTRIES[p.nationality]['adj_fr']}.",
            "Je n'ai ni passeport ni carte d'identité. Mes documents ont été perdus pendant le voyage.",
            f"J'habite à l'adresse {addr_str(c.addr, 'fr', 'street-first')}.",
        ]
    )
    sh.handwriting(34, 21.5, title, rng, size_pt=16, color=ink, font=hf)
    y = 38.5
    for para in text:
        for r_ in wrap(glyphs(para, hf), 160 / 1.1, hf, 12.5):
            sh.handwriting(34, y - 5.6, r_, rng, size_pt=12.5, color=ink, font=hf)
            y += 8.5
        y += 8.5
    dd = c.app_date - timedelta(days=rng.randint(3, 25))
    sh.handwriting(
        34, y - 5.6, f"{c.addr.city}, {dd.strftime('%d/%m/%Y')}", rng, size_pt=12.5, color=ink, font=hf
    )
    y += 10
    sh.signature(120, y - 6, 50, 16, rng, color=ink)
    return [sheet_of(thumb_smudge(sh.render(200), rng, where=(0.9, 0.85)))], {}


def other_pharmacy(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A pharmacy's A4 overview of the medicines dispensed over the last months ('Overzicht afgeleverde
    geneesmiddelen / Historique de délivrance'), printed from the pharmacy software: a table with date, medicine,
    quantity, patient's share and insurer's share, the totals, the pharmacist's stamp and initials."""
    lang = c.lang if c.lang in ("nl", "fr") else "fr"
    nl = lang == "nl"
    t = _ill(c, lang)
    f, fb = LNAR, LNAR_B
    ph = rng.choice(
        ["Apotheek Sint-Anna", "Pharmacie de la Gare", "Apotheek Den Akker", "Pharmacie Saint-Roch"]
    )
    sh = Sheet()
    sh.text(20, 14, ph, font=fb, size_pt=13)
    sh.text(
        20,
        20,
        f"{c.addr.postcode} {c.addr.city} · APB {rng.randint(100000, 999999)}",
        font=f,
        size_pt=9,
        color=GREY,
    )
    sh.text(
        20,
        32,
        "Overzicht afgeleverde geneesmiddelen" if nl else "Historique de délivrance",
        font=fb,
        size_pt=12,
    )
    sh.text(20, 38, f"{c.p.surname.upper()} {c.p.given_names}", font=f, size_pt=10)
    cols = [
        ("Datum" if nl else "Date", 20),
        ("Geneesmiddel" if nl else "Médicament", 44),
        ("Aantal" if nl else "Qté", 128),
        ("Patiënt" if nl else "Patient", 146),
        ("Mutualiteit" if nl else "Mutuelle", 168),
    ]
    y = 48
    sh.rect(20, y, 170, 6.4, width_mm=0, fill=(228, 228, 228))
    for a, x in cols:
        sh.text(x + 1, y + 1.2, a, font=fb, size_pt=9)
    y += 7.4
    tot_p = tot_m = 0.0
    for k in range(4):
        dd = c.app_date - timedelta(days=30 * (4 - k) + rng.randint(0, 6))
        for m in t["meds"][:3]:
            pp, mm = round(rng.uniform(1.2, 12), 2), round(rng.uniform(5, 60), 2)
            tot_p += pp
            tot_m += mm
            sh.text(21, y, dd.strftime("%d/%m/%Y"), font=f, size_pt=9)
            sh.text(45, y, glyphs(m, f)[:52], font=f, size_pt=fit(glyphs(m, f)[:52], f, 9, 82))
            sh.text(134, y, "1", font=f, size_pt=9, anchor="right")
            sh.text(162, y, f"{pp:.2f}".replace(".", ","), font=f, size_pt=9, anchor="right")
            sh.text(188, y, f"{mm:.2f}".replace(".", ","), font=f, size_pt=9, anchor="right")
            y += 5.4
        sh.rule(20, y - 0.6, 190, y - 0.6, width_mm=0.1, color=(200, 200, 200))
    y += 3
    sh.text(21, y, "Totaal" if nl else "Total", font=fb, size_pt=9.5)
    sh.text(162, y, f"{tot_p:.2f}".replace(".", ","), font=fb, size_pt=9.5, anchor="right")
    sh.text(188, y, f"{tot_m:.2f}".replace(".", ","), font=fb, size_pt=9.5, anchor="right")
    sh.stamp(
        120,
        y + 14,
        [ph.upper()[:24], f"{c.addr.postcode} {c.addr.city}".upper()[:24]],
        rng,
        shape="rect",
        size_mm=32,
        color=STAMP_BLUE,
        angle=rng.uniform(-6, 6),
    )
    sh.handwriting(160, y + 30, rng.choice(["AV", "ML", "KD"]), rng, size_pt=12, color=INK_BLUE, font=DKG)
    return [sh], {}


def other_cpas(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A public social welfare centre's letter granting urgent medical aid ('dringende medische hulp / aide médicale
    urgente') for six months: the centre's heading at the LEFT, the decision's reference in a grey strip, the
    decision in two paragraphs, the social worker's name and signature at the right."""
    lang = c.lang if c.lang in ("nl", "fr") else "fr"
    nl = lang == "nl"
    f, fb = FSANS, FSANS_B
    p = c.p
    sh = Sheet()
    city = c.addr.city
    sh.text(20, 14, f"{'OCMW' if nl else 'CPAS'} {city}", font=fb, size_pt=13)
    sh.text(20, 20, "Sociale dienst" if nl else "Service social", font=f, size_pt=9.5, color=GREY)
    sh.rect(20, 30, 170, 8, width_mm=0, fill=(232, 232, 232))
    when = c.app_date - timedelta(days=rng.randint(20, 90))
    sh.text(
        23,
        31.6,
        f"{'Beslissing' if nl else 'Décision'} {when.year}/{rng.randint(1000, 9999)} · "
        f"{fdate(when, 'dots', lang)}",
        font=fb,
        size_pt=9.5,
    )
    y = (
        sh.paragraph(
            20,
            46,
            170,
            (
                f"Het Bijzonder Comité voor de Sociale Dienst kent {p.given_names} "
                f"{p.surname.upper()} dringende medische hulp toe voor een periode van zes maanden "
                f"vanaf {fdate(when, 'long', lang)}."
                if nl
                else f"Le Comité spécial du service social octroie à {p.given_names} {p.surname.upper()} "
                f"l'aide médicale urgente pour une période de six mois à partir du "
                f"{fdate(when, 'long', lang)}."
            ),
            font=f,
            size_pt=10.5,
            leading=1.5,
        )
        + 4
    )
    y = (
        sh.paragraph(
            20,
            y,
            170,
            (
                "De kosten van raadplegingen en voorgeschreven geneesmiddelen worden ten laste "
                "genomen volgens de medische kaart."
                if nl
                else "Les frais de consultations et de médicaments prescrits sont pris en charge selon "
                "la carte médicale."
            ),
            font=f,
            size_pt=10.5,
            leading=1.5,
        )
        + 14
    )
    sh.signature(126, y, 44, 13, rng, color=INK_BLUE)
    sh.text(
        126, y + 15, rng.choice(["Lies Van Acker", "Aurélie Dethier", "Nadia Bouzid"]), font=fb, size_pt=9.8
    )
    sh.text(
        126, y + 20, "maatschappelijk werker" if nl else "assistante sociale", font=f, size_pt=9, color=GREY
    )
    return [sh], {}


_reg(
    "be9ter-other-declaration-op-eer-gelinieerd-blok-met-de-hand-36",
    "other",
    PART,
    "nl/fr",
    other_declaration,
    "the applicant's own declaration on honour written by hand on lined paper (rests on own statements)",
)
_reg(
    "be9ter-other-pharmacy-afleveroverzicht-tabel-stempel-paraaf-36",
    "other",
    PART,
    "nl/fr",
    other_pharmacy,
    "a pharmacy's printed overview of the medicines dispensed, stamp and initials",
)
_reg(
    "be9ter-other-ocmw-cpas-beslissing-dringende-medische-hulp-36",
    "other",
    PART,
    "nl/fr",
    other_cpas,
    "a public social welfare centre's decision granting urgent medical aid",
)
